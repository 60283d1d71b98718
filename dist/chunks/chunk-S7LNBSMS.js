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
} from "./chunk-M7YUVKDM.js";
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
} from "./chunk-TBNX4VEE.js";
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
    case "file:php": {
      const service = serviceForPhpLibraryFile(groups.path ?? "");
      return service ? { kind: "infrastructure", confidence: "high", service } : void 0;
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
  repeatsAreFailures: true
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
var DIALECTS = [PHPT, GOTESTSUM, PYTEST, UNITTEST, POKU, JEST, VITEST, AVA, BUN, JASMINE, EXUNIT, PLAYWRIGHT, MOCHA, NODE_TEST, DENO, JAPA, GOCHECK, GO, CONSOLE_LAUNCHER, JUNITCORE, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, COLLISION, NETTE_TESTER, MINITEST_REPORTERS, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 301\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?:connecting to|connect to|Redis on) ['\\"]?[a-z][a-z0-9+.-]{1,20}:\\\\/\\\\/[^\\\\s'\\"/]{1,255}\\\\/[^\\\\s:'\\"]{0,200}:\\\\d{1,5}(?!\\\\d)/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/(?<!rescue |raise )\\\\b(?:Minitest::Assertion|Test::Unit::AssertionFailedError)(?=:|\\\\s*$)/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -[235]\\\\b|\\\\[Errno -[235]\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:(?!-)\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error -[235] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5}\\\\./\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError(?!:?\\\\s{1,4}Error connecting to Redis on (?!(?:[\\\\w.-]{1,255}:\\\\d{1,5}|\\\\/[^\\\\s()]{1,255}) \\\\((?!Errno::EINVAL\\\\)|Redis::TimeoutError\\\\)|SocketError\\\\))))/\\n/Error connecting to Redis on localhost:\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?!localhost:)(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{0,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/\\n/(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\bFailed opening required '(?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)' \\\\(include_path=/\\n/\\\\brequire(?:_once)?\\\\((?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)\\\\): [Ff]ailed to open stream: No such file or directory/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[21,27,31,32,33,34,35,36,37,46,55,57,60,61,62,168,177,211,223,224,250,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,472,473,474,475,476,477,478,479,480,481,482,483,484,485,486,487,489,490,492,494,495,496,497,498,499,500,503,504,505,507],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,9472,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":10,"quiet":13283,"states":15031,"edges":"AAAAAAAAAAABAAAAVgAAAAIAAABmiQAAAwAAAHIOAAAEAAAAWtkAAAUAAADyXAcABgAAAJDLAQAHAAAAvkQIAAgAAAA2HwIACQAAAMqQAAAKAAAAkkkAAAsAAAAe+AkADAAAACqWAAANAAAAhhgAAA4AAADMkwEADwAAAGSzAAAQAAAATicAABEAAACSoQEAEgAAAGgJAAATAAAAxhECABQAAACQpAMAFQAAAHpBAgAWAAAANBwBABcAAABOKwIAGAAAAChDAgAZAAAADDUCABoAAAA8TQIAGwAAAPTUAgAcAAAAQCYDAB0AAAAAAAAAHgAAADZkDwAfAAAAIBIBACAAAACSeAIAIQAAAAAAAAAiAAAAkvcBACMAAABE+QAAJAAAACjzBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAzoMOACkAAAAAAAAAKgAAAHzBAQArAAAAfhoDACwAAABw5gEALQAAAFKVCwAuAAAAAAAAAC8AAACaJgIAMAAAAAAAAAAxAAAARn0CADIAAABqAREAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAADk5A4APwAAAGYiDQBAAAAAJi0NAEEAAACypBAAQgAAAGxSDgBDAAAAWJ4OAEQAAAAAAAAARQAAALaiDgBGAAAAAAAAAEcAAAD6xA4ASAAAAATKDgBJAAAAuCwTAEoAAABS8Q4ASwAAAJYTDwBMAAAA7BMPAE0AAABCFA8ATgAAABInDwBPAAAAGisPAFAAAAB4Wg8AUQAAAM7bDwBSAAAAJNwPAFMAAACC4A8AVAAAAL4AEQBVAAAAFAERAFgAAACsAAAAWQAAABpABABbAAAAjIUKAFwAAACQSgEAXwAAAOqgAABhAAAAoBALAGIAAABWPQkAagAAANhFAgBtAAAAZjsEAHMAAADSPgAArwAAAAIBAAC5AAAANkwDALsAAAAkKgwABQEAAEJuEQBdAQAArgEAALQBAAAEAgAACwIAAFoCAABiAgAAsAIAALICAAAGAwAADwMAAFwDAABmAwAAsgMAAL0DAAAIBAAAFAQAAF4EAABrBAAAtAQAAL4EAAAKBQAAGAUAAGAFAABvBQAAtgUAALgFAAAMBgAAFgYAAGIGAABwBgAAuAYAAL0GAAAOBwAAGwcAAGQHAABsBwAAugcAAMoHAAAQCAAAEggAAGYIAAB0CAAAvAgAAM0IAACYbhEAGQkAAO5uEQBqCQAATBkPAHAJAAC+CQAAfQkAADAFDACBCQAAmBQPAIQJAADUgAsAxQkAABQKAADLCQAAVBcMABkKAABqCgAAdgoAAMAKAADDCgAAFgsAAB4LAABsCwAAeQsAAMILAADHCwAAGAwAACIMAABuDAAAdgwAAMQMAADQDAAAGg0AANMMAADKPgIALQ0AAHANAAB+DQAAxg0AAMkNAAAcDgAAJg4AAERvEQB0DgAAPnUAAHUOAAAqwwEAdw4AAMgOAAB7DgAAnGgNAHwOAAA6ogIAfQ4AABQ5AgB+DgAA6B4AAH8OAAC6+g4AgA4AAIKZAQCBDgAAYjEAAIMOAAD0gAMAhg4AAAoLAwCPDgAAMCAEAJIOAAC4+Q4Azg4AAB4PAADXDgAAgn4JACQPAAB0DwAAiA8AAMoPAADfDwAAIBAAACgQAAB2EAAAgBAAAMwQAADREAAAIhEAACcRAAB4EQAAgBEAAM4RAADkEQAAJBIAACYSAAB6EgAAhxIAANASAADkEgAAJhMAAC4TAAB8EwAAixMAANITAADjEwAAKBQAADYUAAB+FAAAihQAANQUAADhFAAAKhUAADQVAACAFQAAgxUAANYVAADeFQAALBYAAC4WAACCFgAAkxYAANgWAADeFgAALhcAADoXAACEFwAAhhcAANoXAADhFwAAMBgAAEQYAACabxEAhxgAAGwtEQCIGAAAaGMCAIsYAADcGAAAjxgAAMwUAgCUGAAAKHADAN4YAACe0AAA3xgAAOQDCQDjGAAABEMLAOQYAAAyGQAA5hgAAN5GAQDnGAAAwscIAOkYAACsugcA6xgAABp7DADtGAAAYGkHAPIYAADKaQIA9RgAALIRBwAzGQAAiBkAADUZAABE2gYAOBkAAES7DACfGQAA3hkAAPYZAAA0GgAAPxoAAIoaAACjGgAA4BoAAOIaAAA2GwAAUBsAAIwbAACbGwAA4hsAAOcbAAA4HAAARRwAAI4cAACeHAAA5BwAAOwcAAA6HQAARh0AAJAdAACdHQAA5h0AAPAdAAA8HgAAQh4AAJIeAACmHgAA8G8RAO4eAAA+HwAA8h4AAECSDgD/HgAAaPgMAFkfAACUHwAAoB8AAOofAADwHwAAQCAAAEMgAACEpAYASCAAAJYgAACZIAAAHMYGAJ0gAADsIAAAoSAAAHBtBQCkIAAAsN8DAPEgAABCIQAATiEAAJghAACbIQAA7iEAAPYhAABEIgAAUSIAAJoiAACfIgAA8CIAAPoiAABGIwAATiMAAJwjAACfIwAA8iMAAPsjAABIJAAASSQAAJ4kAACfJAAA9CQAAPkkAABKJQAAUCUAAKAlAACqJQAA9iUAAP4lAABMJgAATyYAAKImAAClJgAA+CYAAAknAABGcBEAUCcAAGDeAQBTJwAA6jkNAFcnAACAthAAWicAAKQnAABcJwAAUmYJALwnAAD6JwAA/ScAAFAoAABcKAAApigAALMoAAD8KAAAAykAAFIpAABUKQAAqCkAALEpAAD+KQAACCoAAFQqAABfKgAAqioAAMYqAAAAKwAACCsAAJxwEQBbKwAArCsAALQrAAACLAAAAywAAFgsAABaLAAAriwAALEsAAAELQAABy0AAPJwEQBfLQAAsC0AALYtAAAGLgAADS4AAFwuAABkLgAAsi4AALUuAAAILwAAES8AAF4vAABfLwAAtC8AALUvAAAKMAAAGzAAAGAwAABuMAAAtjAAAMIwAAAMMQAAEzEAAEhxEQBoMQAAuDEAALoxAAAOMgAAJDIAAGQyAABsMgAAujIAALwyAAAQMwAAGTMAAGYzAABwMwAAvDMAAMczAAASNAAAHjQAAGg0AAB1NAAAvjQAAMg0AAAUNQAAIjUAAGo1AAB5NQAAwDUAAMI1AAAWNgAAIDYAAGw2AAB6NgAAwjYAAMc2AAAYNwAAJTcAAG43AAB2NwAAxDcAAMo3AAAaOAAAJjgAAHA4AACNOAAAxjgAAM84AAAcOQAAKjkAAHI5AAB4OQAAyDkAANQ5AAAeOgAAIToAAHQ6AAB8OgAAyjoAANs6AAAgOwAALjsAAHY7AACPOwAAzDsAAM07AAAiPAAAPzwAAJ5xEQB9PAAAzjwAANQ8AAAkPQAALD0AAHo9AACDPQAA0D0AANM9AAAmPgAAMj4AAHw+AACCPgAASnIRAO4+AAAoPwAAMD8AAKByEQCBPwAA1D8AAOU/AAAqQAAAMkAAAIBAAACOQAAA1kAAANlAAAAsQQAANEEAAIJBAACPQQAA2EEAAN1BAAAuQgAAOEIAAIRCAACMQgAA2kIAAOZCAAAwQwAAPUMAAIZDAACIQwAA3EMAAPVDAAAyRAAAQ0QAAIhEAACURAAA3kQAAOVEAAA0RQAAPEUAAIpFAACPRQAA4EUAAO1FAAA2RgAAPkYAAIxGAACWRgAA4kYAAO1GAAA4RwAAREcAAI5HAACWRwAA9nIRAPBHAAA6SAAAQEgAAJBIAACrSAAA5kgAAPJIAAA8SQAAQkkAAExzEQCXSQAASlQCAJhJAAAmngUAmUkAACwmCACdSQAA6EkAAJ5JAAD61QEAoEkAANB0BgCmSQAAXF0CAO5JAAD+nxAA9EkAAD5KAABESgAAqrEDAEZKAACicxEAoEoAAOpKAADwSgAAQEsAAFtLAACWSwAAoksAAOxLAADySwAAQkwAAEpMAACYTAAAnkwAAO5MAAD6TAAARE0AAGFNAACaTQAAo00AAPBNAAD8TQAARk4AAElOAACcTgAApk4AAPJOAAD+TgAASE8AAE9PAACeTwAApk8AAPRPAAD1TwAAbmIAAPdPAABKUAAAWVAAAKBQAACmUAAA9lAAAPhQAABMUQAAYlEAAKJRAADAUQAA+FEAABFSAABOUgAAUFIAAKRSAACnUgAA+lIAAAZTAABQUwAAV1MAAKZTAACuUwAA/FMAAP5TAABSVAAAW1QAAKhUAACyVAAA/lQAAAlVAABUVQAAYFUAAKpVAAC3VQAAAFYAAApWAABWVgAAZFYAAKxWAAC7VgAAAlcAAARXAABYVwAAYlcAAK5XAAC8VwAABFgAAAlYAABaWAAAZ1gAALBYAADFWAAABlkAAA5ZAABcWQAAdVkAALJZAAC7WQAACFoAABJaAABeWgAAZloAALRaAADBWgAAClsAAA9bAABgWwAAaFsAALZbAAC3WwAADFwAAA5cAABiXAAAZVwAALhcAAC7XAAA+HMRABNdAABkXQAAal0AALpdAADBXQAAEF4AABheAABmXgAAal4AALxeAAC+XgAAEl8AABVfAABoXwAAcF8AAL5fAAC/XwAAFGAAABpgAABqYAAAb2AAAMBgAADbYAAAFmEAACRhAABsYQAAc2EAAMJhAADOYQAAGGIAAB9iAABOdBEAcGIAAMRiAADHYgAAGmMAAB1jAACkdBEAdWMAAMZjAADMYwAAHGQAACNkAAByZAAAkGQAAMhkAADhZAAAHmUAACBlAAB0ZQAAd2UAAMplAADWZQAAIGYAACdmAAB2ZgAAfmYAAMxmAADOZgAAImcAACtnAAB4ZwAAgmcAAM5nAADZZwAAJGgAADBoAAB6aAAAh2gAANBoAADaaAAAJmkAADRpAAB8aQAAi2kAANJpAADUaQAAKGoAADJqAAB+agAAjGoAANRqAADZagAAKmsAADdrAACAawAAlWsAANZrAADeawAALGwAAEVsAACCbAAAi2wAANhsAADibAAALm0AADZtAACEbQAAkW0AANptAADfbQAAMG4AADhuAACGbgAAh24AANxuAADebgAAMm8AADVvAACIbwAAi28AAPp0EQDjbwAANHAAADpwAACKcAAAkXAAAOBwAADocAAANnEAADpxAACMcQAAjnEAAOJxAADlcQAAOHIAAEByAACOcgAAj3IAAORyAADqcgAAOnMAAD9zAACQcwAAq3MAAOZzAAD0cwAAPHQAAEN0AACSdAAAnnQAAOh0AADvdAAAUHURAEF1AACUdQAApXUAAOp1AADydQAApqsBAAZ2AABAdgAASHYAAKZ1EQCldgAA7HYAAPJ2AABCdwAARHcAAJh3AACudwAA7ncAAAx4AABEeAAAR3gAAJp4AACmeAAA8HgAAPZ4AABGeQAAYXkAAJx5AACoeQAA8nkAAPh5AABIegAAZnoAAJ56AACuegAA9HoAAAJ7AABKewAAUHsAAKB7AACjewAA9nsAAAB8AABMfAAAanwAAKJ8AAC4fAAA+HwAAAR9AABOfQAAUX0AAKR9AACnfQAA+n0AAPx9AABQfgAAZ34AAKZ+AACyfgAA/H4AABh/AABSfwAAWn8AAPx1EQC5fwAA/n8AAAyAAABUgAAAYIAAAKqAAAC3gAAAAIEAAAqBAABWgQAAXoEAAKyBAACtgQAAAoIAAASCAABYggAAW4IAAK6CAACxggAAUnYRAAmDAABagwAAYIMAALCDAAC3gwAABoQAAA6EAABchAAAcoQAALKEAAC7hAAACIUAAAuFAABehQAAaIUAALSFAAC8hQAACoYAACOGAABghgAAbIYAALaGAAC+hgAAqHYRABSHAABihwAAZYcAALiHAADChwAADogAABSIAABkiAAAcogAALqIAADHiAAAEIkAACeJAAD+dhEAZ4kAAM4xEABpiQAAQM4BAGyJAAC0iQIAbYkAAGQXCABuiQAAYr4GAG+JAACQyQAAcIkAAMJlAgBziQAARu0PAHSJAAColwwAdYkAALyJAAB3iQAAQt0IAHyJAAC46QYAfYkAAFJFDgDGiQAADsUJAMuJAAASigAAHooAAGiKAABpigAASgIEAGuKAAC+igAAwYoAABSLAAAbiwAA5J8BAByLAABqiwAALIsAALgzAQBxiwAAwIsAAMyLAAAWjAAAI4wAAGyMAAB6jAAAwowAAM6MAAAYjQAAH40AAG6NAAB2jQAAxI0AANSNAAAajgAAH44AAHCOAAB2jgAAxo4AAM6OAAAcjwAAJY8AAHKPAAB1jwAAyI8AANSPAAAekAAAJJAAAFR3EQCTkAAAqncRANeQAAAgkQAAIpEAAF4GAQAjkQAApKwCACeRAABg4AIAK5EAAGgjDQAskQAAmPoBAC6RAAD61wIAL5EAAAYdDQA5kQAApoICAECRAAB2kQAAg5EAAMyRAADRkQAAIpIAACaSAAB4kgAAhZIAAM6SAADWkgAAJJMAANmSAADGIwsAK5MAAHqTAAAzkwAAUK8DAHyTAADQkwAA2pMAACaUAAAolAAAfJQAAJWUAADSlAAA1JQAACiVAAArlQAAfpUAAIqVAADUlQAA3JUAAAB4EQAwlgAAgJYAADKWAACIlRMAOZYAAIz+BgA7lgAAhFAHAD2WAACqVwEAQpYAALzMDABGlgAAOA0OAIaWAADU6wAAmJYAANaWAADYlgAALJcAAOOWAAAArAAA75YAADidAAA7lwAAgpcAAJGXAADYlwAA5JcAAC6YAAAxmAAAhJgAAIeYAADamAAA8pgAADCZAAA3mQAAhpkAAJKZAADcmQAA6ZkAADKaAABAmgAAiJoAAJSaAADemgAA5ZoAADSbAABMmwAAipsAAJabAADgmwAA5psAADacAAA8nAAAjJwAAJGcAADinAAA6JwAAKx4EQA6nQAAjp0AAJWdAADknQAA/J0AADqeAABBngAAkJ4AAKmeAADmngAA/p4AADyfAABInwAAkp8AAJifAADonwAA7p8AAD6gAABDoAAAlKAAAJqgAAACeREAA6EAAEChAABRoQAAlqEAAKShAADsoQAA+6EAAEKiAABKogAAmKIAALiiAADuogAA+qIAAESjAABYowAAmqMAAKKjAADwowAA9qMAAEakAABSpAAAnKQAAKakAADypAAA+KQAAEilAABWpQAAnqUAAKqlAAD0pQAAD6YAAEqmAABMpgAAoKYAALGmAAD2pgAA/qYAAEynAABapwAAoqcAAKWnAAD4pwAAAKgAAE6oAABbqAAApKgAAKmoAAD6qAAABKkAAFCpAABYqQAApqkAAKipAAD8qQAADaoAAFKqAABjqgAAqKoAAK2qAAD+qgAAAqsAAFSrAABgqwAAqqsAALGrAABYeREABawAAFasAABgrAAArKwAAMSsAAACrQAABa0AAFitAABhrQAArq0AAK+tAAAErgAABa4AAFquAABfrgAAsK4AALauAAAGrwAAEK8AAFyvAABorwAAsq8AALmvAAAIsAAAILAAAF6wAABgsAAAtLAAAL2wAAAKsQAAFLEAAGCxAABrsQAAtrEAAM6xAAAMsgAAIrIAAGKyAABnsgAAuLIAAL+yAAAOswAAGrMAAK55EQBmswAAuuICAGmzAABmiwEAbbMAAIrSBgBvswAAXJQIAHWzAAC6swAAvLMAAMiTAgDIswAAELQAABy0AABmtAAAH7QAAAASCQBztAAAvLQAAMa0AAAStQAAE7UAAEwdEQAatQAAaLUAAG+1AAC+tQAAg7UAAA61AQDDtQAAFLYAACC2AABqtgAAbbYAAMC2AADItgAAFrcAACO3AABstwAAcbcAAMK3AADMtwAAGLgAACC4AABuuAAAcbgAAMS4AADNuAAAGrkAABu5AABwuQAAcbkAAMa5AADLuQAAHLoAACK6AAByugAAfLoAAMi6AADQugAAHrsAACC7AAB0uwAAfbsAAMq7AADUuwAAILwAACu8AAB2vAAAgrwAAMy8AADZvAAAIr0AACy9AAB4vQAAhr0AAM69AADdvQAAJL4AACa+AAB6vgAAhL4AANC+AADevgAAJr8AACu/AAB8vwAAib8AANK/AADavwAAKMAAACnAAAB+wAAAhMAAANTAAADZwAAAKsEAADTBAACAwQAAhcEAANbBAADlwQAALMIAADHCAACCwgAAk8IAANjCAADgwgAALsMAADTDAACEwwAAkMMAANrDAAD3wwAAMMQAADnEAACGxAAAksQAANzEAADfxAAAMsUAADzFAACIxQAAlMUAAN7FAADlxQAANMYAADzGAACKxgAAo8YAAODGAAD0xgAANscAAD7HAACMxwAAj8cAAOLHAADuxwAAOMgAAD7IAACOyAAAqcgAAOTIAADwyAAAOskAAEDJAAAEehEAmskAAObJAADxyQAAPMoAAETKAAAK3AAASMoAAJLKAACfygAA6MoAAPLKAAA+ywAATMsAAJTLAACjywAA6ssAAOzLAABAzAAASswAAJbMAACkzAAA7MwAAPHMAABCzQAAT80AAJjNAACgzQAA7s0AAKjNAABUggEA780AAETOAADyzQAAMHABAP7NAAD0pwEAVc4AAJrOAACjzgAA8M4AAAfPAABGzwAAVM8AAJzPAACpzwAA8s8AAPrPAABI0AAAZ9AAAFp6EQCn0AAA9NAAAP7QAABK0QAAVdEAALB6EQCi0QAA9tEAAP/RAABM0gAAVtIAAKLSAACt0gAA+NIAAATTAABO0wAAW9MAAKTTAACu0wAA+tMAAAjUAABQ1AAAX9QAAKbUAACo1AAA/NQAAAbVAABS1QAAYNUAAKjVAACt1QAA/tUAAAvWAABU1gAAXNYAAKrWAACw1gAAANcAAAzXAABW1wAAc9cAAKzXAAC11wAAAtgAABDYAABY2AAAXtgAAK7YAAC62AAABNkAAAvZAAAGexEAXNkAAM5AAgBg2QAAsNkAALXZAAAG2gAAvtkAAFAHBQAT2gAAXNoAAHPaAACy2gAAs9oAAAjbAAAK2wAAXtsAAGHbAAC02wAAt9sAAFx7EQAr3AAAYNwAAGHcAAC23AAAuNwAAAzdAAAP3QAAYt0AAGXdAACyexEAvd0AAA7eAAAU3gAAZN4AAGveAAC63gAA3N4AABDfAAAY3wAAZt8AAHXfAAC83wAAvt8AABLgAAAj4AAAaOAAAHngAAC+4AAAyuAAABThAAAb4QAAauEAAHLhAADA4QAAxOEAABbiAAAk4gAAbOIAAHbiAADC4gAAzeIAABjjAAAd4wAAbuMAAHfjAADE4wAAzuMAABrkAAAi5AAAcOQAAHLkAADG5AAA0+QAABzlAAAw5QAAcuUAAHrlAADI5QAAyeUAAB7mAAAg5gAAdOYAAHfmAADK5gAAzeYAAAh8EQAl5wAAducAAHznAADM5wAA0+cAACLoAAAq6AAAeOgAAIfoAADO6AAA0+gAACTpAAAx6QAAeukAAIrpAADQ6QAA3ukAACbqAAA96gAAfOoAAIXqAADS6gAA2OoAACjrAAA06wAAfusAAIXrAABefBEA2esAALIJAwDc6wAAKuwAAOHrAAB6UQoAOewAAIDsAACR7AAA1uwAAOTsAAAs7QAAOO0AAILtAACP7QAA2O0AAOLtAAAu7gAANu4AAITuAACH7gAA2u4AAObuAAAw7wAAPe8AAIbvAACQ7wAA3O8AAOTvAAAy8AAANPAAAIjwAACR8AAA3vAAAOjwAAA08QAAP/EAAIrxAACf8QAA4PEAAOjxAAA28gAAT/IAAIzyAACV8gAA4vIAAOzyAAA48wAAQPMAAI7zAACb8wAA5PMAAOnzAAA69AAAQvQAAJD0AACR9AAA5vQAAOj0AAA89QAAP/UAAJL1AACV9QAAtHwRAO31AAA+9gAARPYAAJT2AACb9gAA6vYAAPL2AABA9wAATvcAAJb3AACZ9wAA7PcAAPT3AABC+AAARfgAAJj4AACk+AAA7vgAAPj4AAAKfREARfkAAKDtDgBG+QAAmvkAAEf5AAD4QA0ATvkAAPrvDgBP+QAAHm8FAFP5AACmLAIAVPkAAA7LDABo+QAAwg8CAKP5AADw+QAA+vkAAEb6AABR+gAAnPoAAKj6AADy+gAA//oAAEj7AABS+wAAnvsAAKz7AAD0+wAAA/wAAEr8AABM/AAAoPwAAKr8AAD2/AAABP0AAEz9AABR/QAAov0AAK/9AAD4/QAACP4AAE7+AABQ/gAApP4AALL+AAD6/gAAC/8AAGB9EQBX/wAAtn0RAK7/AAAMfhEABQABAFIAAQBcAAEAqAABALMAAQD+AAEACgEBAFQBAQBhAQEAqgEBALQBAQAAAgEADgIBAFYCAQBlAgEArAIBAK4CAQACAwEADAMBAFgDAQBmAwEArgMBALMDAQAEBAEAEQQBAFoEAQBiBAEAsAQBAMAEAQAGBQEACAUBAFwFAQBqBQEAsgUBAMMFAQBifhEADwYBALh+EQB3BgEAtAYBAMUGAQAKBwEAFgcBAGAHAQBoBwEADn8RALsHAQAMCAEAFAgBAGIIAQBkCAEAuAgBAGcIAQB49gcAcQgBAABgBQDBCAEADgkBAMcIAQAyrgoAGAkBAGQJAQBvCQEAugkBAMYJAQAQCgEAHQoBAGYKAQBwCgEAvAoBAMoKAQASCwEAIQsBAGgLAQBqCwEAvgsBAMgLAQAUDAEAIAwBAGoMAQByDAEAZH8RAMMMAQAWDQEAJA0BAGwNAQB5DQEAwg0BANkNAQAYDgEAIA4BAG4OAQCEDgEAxA4BANAOAQAaDwEAKQ8BAHAPAQB7DwEAxg8BAMgPAQAcEAEAKRABAHIQAQCAEAEAyBABAMsQAQAeEQEANBEBAHQRAQB8EQEAyhEBANwRAQC6fxEAKBIBAK6KBAAqEgEAeAYQAC0SAQDA0A0ALxIBAHYSAQB7EgEAzBIBANMSAQAiEwEALhMBAHgTAQCFEwEAzhMBANATAQAkFAEAOhQBAHoUAQCGFAEA0BQBAO8UAQAmFQEAQhUBAHwVAQCEFQEAEIARANQVAQAoFgEAMRYBAH4WAQCIFgEA1BYBAN8WAQAqFwEANhcBAIAXAQCNFwEA1hcBAOAXAQAsGAEAOhgBAIIYAQCRGAEA2BgBANoYAQAuGQEAOBkBAIQZAQCSGQEA2hkBAN8ZAQAwGgEAPRoBAIYaAQCWGgEA3BoBAN4aAQAyGwEAQBsBAIgbAQCZGwEAZoARAOUbAQC8gBEANhwBACDxBQA5HAEAihwBAD0cAQAy8gEAQBwBAHJJCABCHAEAaLcBAEgcAQBCgQUAkRwBAPLlCwCXHAEA4BwBAPccAQA2HQEAOx0BAIwdAQCPHQEA4h0BAJYdAQCUrAYAqB0BAFS3BgDnHQEAnrEGAO4dAQA4HgEAPh4BAKYqAQBHHgEAjh4BAJceAQDkHgEA6h4BADofAQBIHwEAkB8BAJofAQDmHwEA+h8BADwgAQBIIAEAkiABAKUgAQDoIAEA9yABAD4hAQBKIQEAlCEBAJUhAQDqIQEA9CEBAEAiAQBOIgEAliIBAJsiAQDsIgEA+SIBAGiBEQBVIwEAmCMBAKcjAQDuIwEA+iMBAEQkAQBFJAEAmiQBAKQkAQDwJAEA/iQBAEYlAQBLJQEAnCUBAKklAQBqghEA9CUBAEgmAQBRJgEAniYBAKgmAQD0JgEA/yYBAEonAQBWJwEAoCcBAK0nAQD2JwEAACgBAEwoAQBaKAEAoigBALEoAQD4KAEA+igBAE4pAQBYKQEApCkBALIpAQD6KQEAByoBAFAqAQBnKgEAwIIRAMEqAQD8KgEACCsBAFIrAQBYKwEAqCsBALQrAQD+KwEABCwBAFQsAQBaLAEAqiwBAK8sAQAALQEABi0BABaDEQBfLQEArC0BALYtAQACLgEADS4BAFguAQBkLgEAri4BALsuAQAELwEADi8BAFovAQBoLwEAsC8BAL8vAQAGMAEACDABAFwwAQBmMAEAsjABAMAwAQAIMQEADTEBAF4xAQBrMQEAtDEBALwxAQAKMgEAGjIBAGAyAQBiMgEAtjIBAMQyAQAMMwEAHTMBABiEEQBpMwEAboQRAL4zAQAONAEAGjQBAGQ0AQB0NAEAujQBAMM0AQAQNQEAEzUBAGY1AQByNQEAvDUBAMM1AQASNgEAGjYBAGg2AQCGNgEAvjYBAMY2AQAUNwEAJTcBAGo3AQBvNwEAwDcBANc3AQAWOAEAJDgBAGw4AQB5OAEAwjgBAMo4AQAYOQEAHDkBAG45AQBwOQEAxDkBAMc5AQAaOgEAIjoBAHA6AQB2OgEAxjoBANI6AQAcOwEALDsBAHI7AQB7OwEAyDsBAMs7AQAePAEAKjwBAHQ8AQB7PAEAxIQRANM8AQAgPQEAIz0BAHY9AQCEPQEAzD0BANk9AQAiPgEAOT4BAHg+AQCAPgEAzj4BANA+AQAkPwEALT8BAHo/AQCEPwEA0D8BANs/AQAmQAEAMkABAHxAAQCJQAEA0kABANxAAQAoQQEANkEBAH5BAQCNQQEA1EEBANZBAQAqQgEANEIBAIBCAQCOQgEA1kIBANtCAQAsQwEAOUMBAIJDAQCKQwEA2EMBAO5DAQAuRAEAOkQBAIREAQCTRAEA2kQBAOVEAQAwRQEAMkUBAIZFAQCTRQEA3EUBAOpFAQAyRgEANUYBAIhGAQCeRgEAGoURAOZGAQBmNwIA7EYBAJqnAgD2RgEANEcBADZHAQCKRwEAm0cBAOBHAQDxRwEANkgBADtIAQCMSAEAkEgBAOJIAQDuSAEAOEkBAD9JAQCOSQEAlkkBAORJAQACSgEAOkoBAEJKAQBwhREAlUoBAOZKAQDnSgEAzgQPAPVKAQDiYA0A/0oBADxLAQA+SwEAkksBAKtLAQDoSwEA+UsBAD5MAQBKTAEAlEwBAJZMAQDqTAEA80wBAEBNAQD5TAEA9lIBAEpNAQCWTQEAoU0BAOxNAQD4TQEAQk4BAE9OAQCYTgEAok4BAO5OAQD8TgEARE8BAFNPAQCaTwEAnE8BAPBPAQD6TwEARlABAFRQAQCcUAEAoVABAPJQAQD/UAEASFEBAFRRAQCeUQEApFEBAPRRAQD6UQEASlIBAE9SAQCgUgEAplIBAMaFEQAFUwEATFMBAFhTAQCiUwEApVMBAPhTAQD7UwEATlQBAFVUAQCkVAEAsFQBAPpUAQAHVQEAUFUBAF5VAQCmVQEAslUBAPxVAQADVgEAHIYRAFhWAQCoVgEArlYBAP5WAQADVwEAVFcBAFpXAQByhhEAq1cBAOQgAgC0VwEAGqYMALZXAQAgXREAuFcBAOhjDQC5VwEAAFgBAAxYAQBWWAEAV1gBAKxYAQBiWAEAsnMNALZYAQACWQEAEFkBAFhZAQBdWQEArlkBALtZAQDIhhEABloBAM4rDQASWgEACh8NACdaAQAehxEAgFoBALBaAQDXWgEABlsBACpbAQBcWwEAZFsBAHSHEQC+WwEACFwBAApcAQBeXAEAYVwBALRcAQC5XAEACl0BABddAQBgXQEAfF0BALZdAQC+XQEAyocRABVeAQBiXgEAGV4BAHZoAQBlXgEAuF4BAMReAQAOXwEAFF8BAGRfAQBxXwEAul8BALxfAQAQYAEAJmABAGZgAQByYAEAvGABAMRgAQAgiBEAGGEBAGhhAQBwYQEAvmEBAL9hAQAUYgEAFmIBAGpiAQBtYgEAwGIBAMNiAQB2iBEAG2MBAGxjAQByYwEAwmMBAMljAQAYZAEAIGQBAG5kAQB7ZAEAxGQBAMlkAQAaZQEAJGUBAHBlAQB4ZQEAxmUBAMhlAQAcZgEALWYBAHJmAQCDZgEAyGYBAM1mAQAeZwEAImcBAHRnAQCAZwEAymcBANFnAQAgaAEAMmgBAMyIEQB7aAEAzGgBANRoAQAiaQEAJGkBAHhpAQCHaQEAzmkBAN1pAQAkagEAMGoBAHpqAQB9agEA0GoBANNqAQAmawEALmsBAHxrAQCGawEA0msBANdrAQAobAEAMGwBAH5sAQCIbAEA1GwBAN9sAQAqbQEAOG0BAIBtAQCDbQEA1m0BAN5tAQAsbgEAR24BAIJuAQCNbgEA2G4BAN1uAQAubwEAMW8BAIRvAQCObwEA2m8BAOxvAQAiiREAPnABAIZwAQCQcAEA3HABAOdwAQAycQEAOnEBAIhxAQCOcQEA3nEBAOBxAQA0cgEATXIBAIpyAQCjcgEA4HIBAO5yAQA2cwEAQHMBAIxzAQCicwEA4nMBAP9zAQA4dAEAQHQBAI50AQCedAEA5HQBAOZ0AQA6dQEASHUBAJB1AQChdQEAeIkRAO11AQDOiREAPXYBAJJ2AQCjdgEA6HYBAPR2AQA+dwEAQHcBAJR3AQCXdwEA6ncBAPZ3AQBAeAEASHgBAHqKEQCheAEA7HgBAPh4AQBCeQEAUXkBAJh5AQC4eQEA7nkBAPZ5AQBEegEAWHoBAJp6AQCfegEA8HoBAPl6AQBGewEATHsBAJx7AQCkewEA8nsBAAF8AQBIfAEATXwBAJ58AQCrfAEA9HwBAAF9AQBKfQEAVn0BAKB9AQCvfQEA9n0BAAB+AQBMfgEAWn4BAKJ+AQCnfgEA+H4BAAV/AQBOfwEAVn8BAKR/AQCnfwEA+n8BAAaAAQBQgAEAWoABAKaAAQCwgAEA/IABAAqBAQBSgQEAX4EBAKiBAQC/gQEA/oEBAAGCAQDQihEAVoIBAKqCAQC4ggEAAIMBABGDAQAmixEAXYMBAHyLEQDLgwEAAoQBABKEAQBYhAEAWoQBAK6EAQC8hAEABIUBABWFAQDSixEAYYUBACiMEQC1hQEABoYBAA6GAQBchgEAXoYBALKGAQC7hgEACIcBABKHAQBehwEAaYcBALSHAQDAhwEACogBABeIAQBgiAEAaogBALaIAQDEiAEADIkBABuJAQBiiQEAZIkBALiJAQDCiQEADooBABqKAQBkigEAbIoBANSMEQC/igEAEIsBABiLAQAqjREAbYsBALyLAQBviwEAzu4DAHOLAQDcxgEAd4sBAOKNDgB8iwEA1O0BAMiLAQASjAEAGowBAFj8EgAujAEA9BkQADqMAQBojAEAjowBAL6MAQDnjAEAFI0BADqNAQBqjQEAkI0BAMCNAQDIjQEAFo4BAECOAQBsjgEAhY4BAMKOAQDEjgEAGI8BAB+PAQBujwEAdo8BAMSPAQDTjwEAGpABACCQAQBwkAEAfJABAMaQAQDNkAEAHJEBACiRAQBykQEAf5EBAMiRAQDSkQEAHpIBACySAQB0kgEAdpIBAMqSAQDbkgEAIJMBACOTAQB2kwEAoZMBAICNEQDPkwEAcBUEANaTAQCgXAYA2ZMBACKUAQDckwEAaKQNAN2TAQBgtQIA4pMBAHpwBAAplAEA7HoCACyUAQBYiAMAMZQBABbVDwA9lAEAeJQBAHqUAQDOlAEA35QBACSVAQAylQEAepUBAIGVAQDQlQEA0pUBACaWAQDVlQEA0pgCANiVAQBesgEANZYBAHyWAQCLlgEA0pYBAN6WAQAolwEAK5cBAH6XAQCBlwEA1JcBAPSXAQAqmAEANpgBAICYAQCUmAEA1pgBAOSYAQAsmQEAM5kBANaNEQCZmQEA2JkBANqZAQB0/gwA25kBAHL9DADlmQEALpoBADCaAQCEmgEAjpoBANqaAQCVmgEAJgINAOOaAQAwmwEANpsBAIabAQCSmwEA3JsBAOObAQAynAEAN5wBAIicAQCUnAEA3pwBAOGcAQA0nQEAQZ0BAIqdAQCPnQEA4J0BAOqdAQA2ngEATJ4BAIyeAQCOngEA4p4BAOyeAQA4nwEAR58BAI6fAQCZnwEALI4RAPCfAQA6oAEAR6ABAJCgAQCeoAEA5qABAPKgAQA8oQEAQ6EBAIKOEQCXoQEA6KEBAJ6hAQDsZw4AoKEBANp1BADqoQEAlNEDAO2hAQB0UAsA96EBAGSeCwD/oQEAPqIBAEyiAQCUogEAoaIBAOqiAQDyogEAQKMBAEqjAQDE8QcAUKMBAJajAQCYowEA7KMBAPqjAQBCpAEAU6QBANiOEQCfpAEALo8RAPOkAQBEpQEASqUBAJqlAQCipQEA8KUBAPmlAQBGpgEASaYBAJymAQCopgEA8qYBAPimAQBIpwEAUKcBAJ6nAQC9pwEA2o8RAPanAQBKqAEAWKgBAKCoAQCxqAEAMJARAP2oAQCGkBEAUakBAKKpAQCoqQEA+KkBAACqAQBOqgEAV6oBAKSqAQCnqgEA+qoBAAarAQBQqwEAVqsBADKREQCoqwEA/KsBAAWsAQBSrAEAXKwBAKisAQCzrAEA/qwBAAqtAQBUrQEAYa0BAKqtAQC0rQEAAK4BAA6uAQBWrgEAZa4BAKyuAQCurgEAAq8BAAyvAQBYrwEAZq8BAK6vAQCzrwEABLABABGwAQBasAEAYrABALCwAQDAsAEABrEBAAixAQBcsQEAarEBALKxAQDDsQEAiJERAA+yAQDekREAZ7IBALSyAQC3sgEACrMBABazAQBgswEAZrMBALazAQDDswEADLQBAA60AQBitAEAeLQBALi0AQDEtAEANJIRABq1AQBktQEAarUBALq1AQC9tQEAELYBAB62AQBmtgEAa7YBALy2AQDJtgEAErcBABq3AQCKkhEAdbcBAL63AQDMtwEAFLgBAB64AQDy0QEAKrgBAGq4AQBzuAEAwLgBANa4AQAWuQEAHrkBAGy5AQBvuQEAwrkBAMu5AQAYugEAGboBAG66AQBvugEAxLoBAMm6AQAauwEAILsBAHC7AQB6uwEAxrsBANK7AQAcvAEAI7wBAHK8AQB6vAEAyLwBAMq8AQAevQEAH70BAHS9AQCCvQEAyr0BANK9AQAgvgEAO74BAHa+AQCCvgEAzL4BANK+AQAivwEAJb8BAHi/AQCGvwEAzr8BANO/AQAkwAEAMcABAHrAAQCCwAEA0MABAN7AAQAmwQEAKcEBAOCSEQB/wQEA0sEBAIDBAQDGIQoAiMEBAFARCgCKwQEATJoPAI/BAQCkxg8A1cEBACjCAQA5wgEAfsIBAJrCAQDUwgEA3MIBADaTEQA7wwEAgMMBAIjDAQDWwwEA3MMBACzEAQAxxAEAgsQBAIvEAQDYxAEA4sQBAC7FAQA8xQEAhMUBAJHFAQDaxQEA5sUBADDGAQAzxgEAhsYBAKLGAQCMkxEA38YBABClDgDmxgEAqEkQAOjGAQAMRQoA6cYBADLHAQDrxgEA4ssCAD7HAQCIxwEAi8cBAGpJCgCXxwEA3scBAJvHAQD0OAoA6McBADTIAQA8yAEAjsoBAEDIAQD4RhAAQsgBAIrIAQBQyAEAdCEJAI/IAQDE6QMAl8gBAODIAQD3yAEANskBAD7JAQCMyQEAlskBAOLJAQDnyQEAOMoBAEDKAQDikxEAmMoBAOTKAQCaygEAcnYJAJ3KAQB0bQQA6coBADrLAQBCywEAOJQRAJLLAQCkVgIAk8sBALbJDACVywEANK0JAJnLAQBcRgwAnMsBAObLAQCeywEAetwPAOjLAQD0BQYA7csBADzMAQD1ywEAiJ4CAPbLAQC2XwIASswBAJLMAQCVzAEA6MwBAPDMAQA+zQEA9MwBACJIBgD3zAEAyhsGAATNAQC+FQYAQ80BAJTNAQBNzQEAwGwGAKHNAQDqzQEA8s0BAI6UEQBDzgEAls4BAFTOAQD2WAQAos4BAOzOAQDyzgEAQs8BAEzPAQDklBEAnc8BAO7PAQD7zwEARNABAEzQAQCknxEAUNABAJrQAQBU0AEAwOMBAGDQAQDiDA4AoNABAPDQAQD20AEARtEBAEvRAQCc0QEAotEBADqVEQD+0QEASNIBAEvSAQCe0gEAqNIBAPTSAQAQ0wEAStMBAGbTAQCQlREAo9MBAPbTAQD50wEATNQBAFjUAQCi1AEAqNQBAPjUAQAC1QEA5pURAFPVAQCk1QEAsdUBADyWEQD81QEA9JYOAP3VAQBQ1gEAANYBADgLDQAQ1gEARjkLAFrWAQCm1gEAqdYBAGx9DgCu1gEA3OgSAMLWAQD81gEAGNcBAJKWEQBf1wEAqNcBALbXAQD+1wEACNgBAFTYAQBw2AEAqtgBAMbYAQDolhEAA9kBAFbZAQBZ2QEArNkBALjZAQAC2gEACNoBAFjaAQBi2gEAPpcRALPaAQAE2wEAEdsBAFrbAQBq2wEAsNsBALLbAQAG3AEAFNwBAFzcAQBt3AEAlJcRALncAQDqlxEADt0BAF7dAQBk3QEAtN0BALndAQAK3gEAEN4BAECYEQBq3gEAdv8MAG7eAQC23gEAx94BAJaYEQAT3wEA7JgRAGrfAQBCmREAxt8BAA7gAQAV4AEAZOABAGzgAQC64AEAx+ABABDhAQAV4QEAZuEBAHDhAQC84QEAxOEBABLiAQAY4gEAaOIBAGriAQC+4gEAzOIBABTjAQAX4wEAauMBAHbjAQCYmREAwuMBABbkAQAk5AEAbOQBAH3kAQDumREAyeQBAESaEQAe5QEAbuUBAHTlAQDE5QEAyeUBABrmAQAg5gEAmpoRAHLmAQDG5gEAeeYBAOxpDwB85gEAkCkGAOHmAQAc5wEAHucBAHLnAQCM5wEAyOcBANXnAQDOJQoA2ecBAB7oAQAg6AEAdOgBAIHoAQDK6AEA4egBACDpAQA66QEAdukBAHjpAQDM6QEAfOkBABIlDgDP6QEAIuoBACXqAQB46gEAhOoBAM7qAQDU6gEAJOsBAC7rAQDwmhEAf+sBANDrAQDd6wEAJuwBADLsAQB87AEAguwBANLsAQDY7AEAKO0BAC3tAQB+7QEAhO0BAEabEQDV7QEAKu4BAOrtAQDaTAUALO4BAIDuAQA47gEAHhUDAIbuAQDW7gEA5O4BACzvAQAv7wEAgu8BAIfvAQDY7wEA5e8BAC7wAQA+8AEAhPABAIbwAQDa8AEA6PABADDxAQBB8QEAnJsRAIzxAQDc8QEA6PEBAPKbEQBD8gEAiPIBAJLyAQDe8gEA7PIBADTzAQA18wEAivMBAJvzAQDg8wEA7PMBADb0AQBG9AEAjPQBAI70AQDi9AEA8PQBADj1AQBJ9QEASJwRAJT1AQDk9QEA8PUBAJ6cEQBA9gEAkPYBAJb2AQDm9gEA6/YBADz3AQBC9wEASp0RAJr3AQDo9wEA8vcBADC3DwAB+AEAPvgBAEf4AQCU+AEAnvgBAOr4AQDy+AEAQPkBAET5AQCW+QEAmPkBAOz5AQDv+QEAQvoBAF76AQCgnREAq/oBAO76AQDv+gEARPsBAFD7AQCa+wEAqfsBAPD7AQD6+wEARvwBAFL8AQCc/AEAo/wBAPadEQD4/AEApJcNAAX9AQBI/QEAV/0BAJ79AQCq/QEA9P0BAPX9AQBK/gEAVP4BAKD+AQCu/gEA9v4BAPv+AQBM/wEAWf8BAKKeEQCq/wEA+P8BAAQAAgBOAAIAYQACAKQAAgClAAIA+gACAAYBAgBQAQIAXwECAKYBAgCwAQIA/AECAAgCAgBSAgIAWQICAPieEQC5AgIA/gICAAoDAgBUAwIAZAMCAKoDAgC0AwIAAAQCAAgEAgBWBAIAfgQCAKwEAgCEBAIAYAkCANQEAgACBQIACgUCAFgFAgBeBQIArgUCALwFAgAEBgIAGwYCAFoGAgBlBgIAsAYCALoGAgAGBwIAMwcCAFwHAgBkBwIAsgcCAMIHAgAICAIACggCAF4IAgBsCAIAtAgCAMUIAgD6nxEAEQkCAFCgEQCICQIAtgkCAL4JAgAMCgIAEgoCAGIKAgBwCgIAuAoCAM8KAgAOCwIAGQsCAGQLAgBuCwIAugsCAOcLAgAQDAIAGAwCAGYMAgB2DAIAvAwCAL4MAgASDQIAIA0CAGgNAgB5DQIApqARAMUNAgD8oBEAFg4CAGoOAgB4DgIAwA4CANEOAgBSoREAHQ8CAKihEQB0DwIA/qERAMoPAgBUohEA3g8CAHqpCwAaEAIAbhACAHwQAgDEEAIA1RACAKqiEQAgEQIAcBECAHwRAgAAoxEAzxECABwSAgDXEQIAcAIQACkSAgByEgIAgBICAMgSAgDSEgIAHhMCADgTAgB0EwIAdxMCAMoTAgDREwIAIBQCAEAUAgB2FAIAkBQCAFajEQDZFAIAIhUCAN0UAgAmbQIA4hQCANbFAgAwFQIAeBUCAIIVAgDOFQIA6BUCACQWAgA0FgIAehYCAIAWAgDQFgIA0hYCACYXAgA8FwIAfBcCAIgXAgDSFwIA1hcCACgYAgAtGAIAfhgCAIQYAgDUGAIA9BgCACoZAgBEGQIAgBkCAIIZAgDWGQIA2RkCACwaAgAvGgIAghoCAI4aAgDYGgIA3hoCAC4bAgA4GwIArKMRAIkbAgDaGwIA5xsCADAcAgA8HAIAhhwCAJkcAgDcHAIA6xwCADIdAgA+HQIAiB0CAIkdAgDeHQIA6B0CADQeAgBCHgIAih4CAI8eAgDgHgIA7R4CAAKkEQA3HwIAcCUMADgfAgCcPQ0AOR8CAPQJCAA7HwIA+vEPADwfAgDs3gkAPR8CACguDQBAHwIAppoOAEEfAgAyMw0AQh8CAI6ICwBDHwIAkowMAEQfAgBwUAwARR8CALroBQBGHwIAjB8CAE4fAgA+GhMAUB8CAJg/DwBSHwIAUJ4QAFkfAgCcSRMAXh8CALBLDwB6HwIArp4OAH8fAgB4NxMAjh8CAOIfAgCdHwIANA0PAPAfAgA4IAIASSACAFikEQCVIAIArqQRAPAgAgA6IQIASSECAJAhAgCaIQIA5iECAPIhAgA8IgIACSICAL78DgBDIgIAWqURAJQiAgDoIgIA+SICAD4jAgBHIwIAlCMCAKAjAgDqIwIA7SMCAEAkAgBIJAIAliQCAKAkAgDsJAIA8SQCAEIlAgBKJQIAmCUCALElAgDuJQIA+iUCAEQmAgBMJgIABqYRAKImAgBcphEA8yYCAEYnAgBJJwIAnCcCAKgnAgDyJwIA+CcCAEgoAgBSKAIAsqYRAKMoAgD0KAIAASkCAEopAgBSKQIACKcRAKYpAgD2KQIA/CkCAEwqAgBRKgIAoioCAKgqAgBepxEAACsCALSnEQBQKwIA6DQLAFMrAgCkKwIAWisCALryCgCuKwIA+isCALMrAgDKywgAAiwCALKeDQAWLAIAUCwCAFgsAgAKqBEAqywCAPwsAgASLQIAUi0CAFMtAgCoLQIAqi0CAP4tAgAELgIAVC4CAGAuAgCqLgIAsS4CAAAvAgAILwIAVi8CAF8vAgCsLwIAry8CAAIwAgAQMAIAWDACAGUwAgCuMAIAxTACAAQxAgAMMQIAWjECAGYxAgBcMgIAgjECALAxAgDYMQIABjICACoyAgBgqBEAeTICALIyAgC7MgIAtDMCAMMyAgAIMwIAODMCAF4zAgCCMwIAtqgRALYzAgAKNAIAGzQCAGA0AgCQNAIAtjQCANo0AgAMqREAETUCANxfDgASNQIAbu8GABU1AgBiNQIAGDUCALAiEABsNQIAuDUCAG81AgB+9wYAcDUCAIi4DwDANQIADjYCABI2AgBkNgIAZjYCALo2AgC9NgIAEDcCACw3AgBiqREAazcCAKAUDQBwNwIAMokNAHI3AgC8NwIAdjcCAHx/CwDZNwIAEjgCABs4AgBoOAIAajgCAL44AgDPOAIAuKkRABk5AgBqOQIAczkCAMA5AgDROQIAFjoCAB06AgBsOgIAdDoCAMI6AgCGOgIArlsCAM86AgBuOwIA0ToCAMY8AgDbOgIAGDsCACQ7AgAOqhEAczsCAMQ7AgDOOwIAGjwCACI8AgBkqhEAfDwCALqqEQDLPAIAHD0CACk9AgByPQIAfD0CAMg9AgDKPQIAHj4CACw+AgB0PgIAgT4CABCrEQDPPgIAID8CAC0/AgB2PwIAgD8CAMw/AgDOPwIAIkACADBAAgB4QAIAhUACAGarEQDRQAIA6JIPANRAAgCOYw4A20ACACRBAgAuQQIAvKsRAIJBAgDQQQIA0kECAHLYDwDdQQIAjNEFAOdBAgAmQgIA6UECALa3AwArQgIAfEICAIZCAgDSQgIA2kICABKsEQAyQwIAfkMCAIpDAgDUQwIA10MCACpEAgA0RAIAgEQCAJpEAgDWRAIA7UQCACxFAgAxRQIAgkUCAJ5FAgBorBEA4kUCAC5GAgDpRQIAgnwIADpGAgCERgIAh0YCANpGAgDkRgIAMEcCAEpHAgCGRwIAjEcCANxHAgDeRwIAMkgCAEBIAgCISAIAi0gCAN5IAgDqSAIANEkCADdJAgCKSQIArUkCAL6sEQDiSQIANkoCAERKAgCMSgIAj0oCAOJKAgDuSgIAOEsCADtLAgAUrREAmUsCAORLAgDqSwIAOkwCAD9MAgCQTAIAlEwCAOZMAgDpTAIAaq0RAD1NAgAUUQ4AP00CAIKMEABCTQIAkk0CAEVNAgAehRAARk0CAEZSAgBITQIAonEQAEpNAgDoaRAAS00CAFp4EABMTQIA6pUQAFNNAgD0Ew0AVk0CAEI/DwCeTQIA6E0CABROAgA+TgIASk4CAJROAgCjTgIA6k4CAPROAgBATwIAQ08CAJZPAgCwTwIA7E8CAPZPAgBCUAIAR1ACAJhQAgCiUAIA7lACAPlQAgBEUQIASlECAJpRAgCfUQIA8FECAPRRAgDArREAS1ICAJxSAgBUUgIAaH8QAKZSAgDyUgIA/VICAEhTAgBOUwIAnlMCAKNTAgD0UwIA+FMCABauEQBPVAIA7PsCAFFUAgBk+g4AUlQCAOyQDQBUVAIAWMsPAGRUAgCgVAIAqlQCAPZUAgABVQIATFUCAFJVAgCiVQIAp1UCAPhVAgD8VQIATlYCAHFWAgBsrhEAsVYCAFqHAgCyVgIA+lYCAP1WAgBQVwIAXFcCAKZXAgC+VwIA/FcCAAhYAgBSWAIAWFgCAKhYAgCuWAIA/lgCAANZAgBUWQIAWlkCAMKuEQC0WQIAAFoCAAtaAgBWWgIAXFoCAKxaAgCxWgIAAlsCAAZbAgBYWwIAW1sCABivEQC4WwIABFwCAA9cAgBaXAIAYFwCALBcAgC1XAIABl0CAApdAgBurxEAXV0CALJdAgC+XQIACF4CABReAgBeXgIAZF4CALReAgC6XgIACl8CAA9fAgBgXwIAZl8CAMSvEQDCXwIADGACABJgAgBiYAIAbmACALhgAgDFYAIADmECAB1hAgBkYQIAcGECALphAgDGYQIAEGICABZiAgBmYgIAbGICALxiAgDBYgIAEmMCABhjAgAasBEAcmMCAMz3CAB+YwIAvmMCAIFjAgBQ5gkAymMCABRkAgAcZAIAgI8SACBkAgBqZAIAcGQCAMBkAgDGZAIAFmUCABtlAgBsZQIAcmUCAHCwEQDKZQIA5hgTAMxlAgAYZgIAHmYCAG5mAgAkZgIAyuoCAHxmAgDEZgIA3WYCABpnAgAjZwIAcGcCAHpnAgDGZwIA0mcCABxoAgAoaAIAcmgCAHhoAgDIaAIAzmgCAB5pAgAjaQIAdGkCAHppAgDGsBEA1mkCACBqAgAqagIAdmoCAIFqAgDMagIA0WoCACJrAgApawIAeGsCAIRrAgDOawIA1GsCACRsAgAqbAIAemwCAH9sAgDQbAIA1mwCAByxEQA3bQIAfG0CAH1tAgDSbQIAgm0CANxyAgDXbQIAKG4CADZuAgB+bgIAi24CANRuAgDebgIAKm8CADZvAgCAbwIAhm8CANZvAgDibwIALHACAD9wAgCCcAIAkXACANhwAgDkcAIALnECAC9xAgCEcQIAjnECANpxAgDocQIAMHICADVyAgCGcgIAk3ICAHKxEQDocgIAMnMCAEJzAgCIcwIAlHMCAN5zAgDkcwIANHQCAEB0AgCKdAIAl3QCAOB0AgDvdAIANnUCAEJ1AgCMdQIAmHUCAOJ1AgD1dQIAOHYCAEd2AgCOdgIAmnYCAOR2AgDldgIAOncCAER3AgCQdwIAnncCAOZ3AgDrdwIAPHgCAEl4AgDIsREAlHgCALwWBwCeeAIA6HgCAJ94AgCk5woAoHgCAIAEDQD8eAIAPnkCAEp5AgCUeQIAmnkCAOp5AgDweQIAQHoCAEV6AgCWegIAnHoCAB6yEQD4egIAQnsCAE97AgAQDgMAVXsCAJh7AgCdewIAZo0CAKB7AgBAUQMApHsCAO57AgD0ewIARHwCAEp8AgCafAIAn3wCAPB8AgD2fAIAdLIRAFJ9AgCcfQIAon0CAPJ9AgD3fQIASH4CAE9+AgCefgIArH4CAPR+AgAPfwIASn8CAFh/AgCgfwIAo38CAPZ/AgAEgAIATIACAFGAAgCigAIAr4ACAPiAAgAEgQIAToECAFSBAgCkgQIAqoECAPqBAgD/gQIAUIICAFaCAgDKshEAq4ICAPyCAgAFgwIAUoMCAF+DAgCogwIAr4MCAP6DAgAPhAIAVIQCAFmEAgCqhAIAuYQCAACFAgAChQIAVoUCAGeFAgCshQIAuIUCAAKGAgAIhgIAWIYCAF6GAgCuhgIAs4YCAASHAgAKhwIAILMRAHGHAgCwhwIAvIcCAAaIAgASiAIAXIgCAGKIAgCyiAIAuIgCAAiJAgANiQIAXokCAGSJAgB2sxEAuokCAMS8AgDLiQIACooCABOKAgBgigIAdooCALaKAgDCigIADIsCABmLAgBiiwIAbIsCALiLAgDEiwIADowCABSMAgBkjAIAaowCALqMAgC/jAIAEI0CABaNAgDMsxEAb40CALyNAgDGjQIAEo4CABeOAgBojgIAeI4CAL6OAgDXjgIAFI8CABmPAgBqjwIAc48CAMCPAgDNjwIAFpACAB2QAgBskAIAb5ACAMKQAgDOkAIAGJECACuRAgBukQIAfZECAMSRAgDQkQIAGpICABuSAgBwkgIAepICAMaSAgDUkgIAHJMCACGTAgBykwIAf5MCACK0EQDLkwIAHpQCACGUAgB0lAIAgZQCALp1DACDlAIAypQCAMyUAgAglQIAI5UCAHaVAgCAlQIAzJUCANiVAgAilgIANZYCAHiWAgCHlgIAzpYCANqWAgAklwIAJZcCAHqXAgCElwIA0JcCAN6XAgAmmAIAK5gCAHyYAgCJmAIAeLQRANOYAgAomQIANJkCAH6ZAgCEmQIA1JkCANaZAgAqmgIANJoCAICaAgCOmgIA1poCANuaAgAsmwIAOZsCAIKbAgCOmwIA2JsCAOubAgAunAIAPZwCAIScAgCQnAIA2pwCANucAgAwnQIAOp0CAIadAgCUnQIA3J0CAOGdAgAyngIAP54CAM60EQCRngIA3p4CAJSeAgCmmA0A5J4CADSfAgA3nwIAip8CAJifAgDgnwIA5Z8CADagAgBDoAIAjKACAJigAgDioAIA6KACADihAgA+oQIAjqECAJOhAgDkoQIA6qECACS1EQA8ogIAkKICAEGiAgBIwQ4An6ICAOaiAgAGowIAPKMCAEGjAgCSowIAraMCAOijAgD0owIAPqQCAESkAgCUpAIApKQCAOqkAgD7pAIAQKUCAEWlAgCWpQIAmqUCAOylAgD4pQIAQqYCAEimAgCYpgIAnqYCAO6mAgDzpgIARKcCAEqnAgB6tREAqacCACzgDwCwpwIA8KcCAPGnAgBGqAIAV6gCAJyoAgCoqAIA8qgCAAipAgBIqQIAVKkCAJ6pAgCrqQIA9KkCAP6pAgBKqgIAVqoCAKCqAgCnqgIA9qoCAAKrAgBMqwIAUqsCAKKrAgCoqwIA+KsCAP2rAgBOrAIAVKwCANC1EQCmrAIAEikQAK2sAgD6rAIA+6wCAFCtAgBRrQIApq0CAKutAgD8rQIAAq4CAFKuAgBcrgIAqK4CALSuAgD+rgIABa8CAFSvAgBZrwIAqq8CAKuvAgAAsAIADLACAFawAgBcsAIArLACAK6wAgACsQIADLECAFixAgBmsQIArrECALOxAgAEsgIAEbICAFqyAgBmsgIAsLICAMOyAgAGswIAFbMCAFyzAgBoswIAsrMCALOzAgAItAIAErQCAF60AgBstAIAtLQCALm0AgAKtQIAF7UCACa2EQBxtQIAtrUCAMK1AgAMtgIAI7YCAGK2AgBktgIAuLYCAMm2AgAOtwIAELcCAGS3AgBqtwIAurcCANG3AgAQuAIAGbgCAGa4AgB8uAIAvLgCAMi4AgASuQIAH7kCAGi5AgByuQIAvrkCAMq5AgAUugIAJ7oCAGq6AgB5ugIAwLoCAMy6AgAWuwIAF7sCAGy7AgB2uwIAwrsCANC7AgAYvAIAHbwCAG68AgB7vAIAfLYRAMa8AgAavQIALr0CAHC9AgB+vQIAxr0CANO9AgAcvgIAI74CAHK+AgB+vgIAyL4CANu+AgAevwIAI78CAHS/AgB9vwIAyr8CANS/AgAgwAIAJcACAHbAAgCGwAIAzMACAOXAAgAiwQIAJ8ECAHjBAgCBwQIAzsECANvBAgAkwgIAK8ICAHrCAgB9wgIA0MICANzCAgAmwwIAOcMCAHzDAgCLwwIA0sMCAN7DAgAoxAIAKcQCAH7EAgCIxAIA1MQCAOLEAgAqxQIAL8UCAIDFAgCNxQIA0rYRAO/FAgAsxgIAOMYCAILGAgCIxgIA2MYCAODGAgAS/g8A6MYCAC7HAgAzxwIAhMcCAIrHAgDaxwIA8McCADDIAgAyyAIAhsgCAJDIAgDcyAIA6MgCADLJAgBFyQIAiMkCAJfJAgDeyQIA6skCADTKAgA1ygIAisoCAJTKAgDgygIA7soCADbLAgA7ywIAjMsCAJnLAgAotxEA68sCADjMAgA+zAIAjswCAJTMAgDkzAIA8MwCADrNAgBHzQIAkM0CAJrNAgDmzQIA/M0CADzOAgBBzgIAks4CAJnOAgDozgIA9s4CAD7PAgBOzwIAlM8CAKLPAgDqzwIA+c8CAEDQAgBC0AIAltACAKDQAgDs0AIA+tACAELRAgBH0QIAmNECAKXRAgDu0QIA+tECAETSAgBX0gIAmtICAKnSAgDw0gIA/NICAEbTAgBH0wIAnNMCAKbTAgDy0wIAANQCAEjUAgBN1AIAntQCAKvUAgB+txEA9tQCAErVAgAA1QIApjwKAFvVAgCg1QIAqdUCAPbVAgAC1gIATNYCAFTWAgCy/hIAWNYCAKLWAgCo1gIA+NYCAP7WAgBO1wIAU9cCAKTXAgCq1wIA1LcRAAnYAgBQ2AIAVdgCAKbYAgCt2AIA/NgCAAjZAgBS2QIAWdkCAATdAgBe2QIAqNkCALXZAgD+2QIADdoCAFTaAgBZ2gIAqtoCALHaAgAA2wIADNsCAFbbAgBi2wIArNsCALLbAgAC3AIACNwCAFjcAgBd3AIArtwCALTcAgAquBEAEN0CAFrdAgBp3QIAsN0CALXdAgAG3gIADd4CAFzeAgBo3gIAst4CAL7eAgAI3wIADt8CAF7fAgBk3wIAtN8CALnfAgAK4AIAEOACAIC4EQBs4AIAtuACAMbgAgAM4QIAGuECAGLhAgBv4QIAuOECAMThAgAO4gIAFeICAGTiAgBs4gIA1rgRAMPiAgBEwxAAx+ICAP4EAwDL4gIAEOMCACHjAgBm4wIAbuMCALzjAgBy4wIA2t0NAMbjAgAS5AIAF+QCAGjkAgBw5AIAvuQCAMDkAgAU5QIAx+QCAOL2AgAc5QIAauUCAIDlAgDA5QIAzOUCABbmAgAs5gIAbOYCAIXmAgDC5gIAzuYCABjnAgAe5wIAbucCAHbnAgDE5wIA1OcCABroAgAj6AIAcOgCAH3oAgDG6AIA1egCABzpAgAm6QIAcukCAIDpAgDI6QIAzekCAB7qAgAr6gIAdOoCAHzqAgAsuREA4OoCACDrAgAh6wIAdusCAIDrAgDM6wIA1OsCACLsAgAs7AIAeOwCAH3sAgDO7AIA1uwCACTtAgAm7QIA2PECACftAgAAXAMAKu0CAHrtAgAr7QIAHGoDADrtAgAOYwMAhu0CANDtAgDS7QIAJu4CAC3uAgB87gIAhO4CANLuAgDT7gIAKO8CAC7vAgB+7wIAg+8CANTvAgDV7wIAKvACADbwAgCA8AIAhvACANbwAgDg8AIALPECAEDxAgCC8QIAivECAIK5EQDb8QIALvICAN/xAgD2VgMAMfICAITyAgCS8gIA2vICAPHyAgAw8wIAPfMCAIbzAgCO8wIA3PMCAN3zAgAy9AIAOPQCAIj0AgCN9AIA3vQCAN/0AgA09QIAQPUCAIr1AgCQ9QIA4PUCAOr1AgA29gIASvYCAIz2AgCU9gIALroRAO/2AgA49wIAP/cCAI73AgCa9wIA5PcCAPT3AgA6+AIASPgCAJD4AgCd+AIA5vgCAPL4AgA8+QIAQ/kCAJL5AgCa+QIA2roRAPT5AgA++gIASPoCAJT6AgCf+gIA6voCAO/6AgBA+wIAR/sCAJb7AgCe+wIAMLsRAPT7AgBC/AIAUvwCAJj8AgCk/AIA7vwCAPL8AgBE/QIATP0CAJr9AgCc/QIA8P0CAPb9AgBG/gIAXf4CAJz+AgCl/gIA8v4CAAj/AgBI/wIAVP8CAJ7/AgCr/wIA9P8CAP7/AgBKAAMATQADAKAAAwCoAAMA9gADAAABAwBMAQMAUQEDAKIBAwCqAQMA+AEDAAgCAwBOAgMAVwIDAKQCAwCxAgMA+gIDAAkDAwBQAwMAWgMDAKYDAwC0AwMA/AMDAAEEAwBSBAMAXwQDAKgEAwCwBAMAhrsRAAsFAwBUBQMAHQUDAMTABABZBQMAqgUDALQFAwAABgMACAYDAFYGAwAXBgMAgmEQAFwGAwCsBgMAZAYDAEjqDQBlBgMA4i0JAGYGAwDCEQMAZwYDALhJDAC4BgMAAgcDAAQHAwBOwg0ACQcDAFgHAwBkBwMArgcDAL0HAwAECAMAFQgDAFoIAwBcCAMAsAgDALYIAwAGCQMAEgkDAFwJAwBkCQMA3LsRALgJAwAyvBEAFAoDAIi8EQBhCgMANL0RALcKAwCKvREAuQoDAFwNBQANCwMAuPUMABcLAwBgCwMAagsDALYLAwC4CwMADAwDAB8MAwBiDAMAagwDAI4NDgBuDAMAuAwDAL4MAwAODQMAFA0DAGQNAwBpDQMAug0DAMANAwDgvREAGg4DAGYOAwBoDgMAvA4DAMYOAwASDwMAIA8DAGgPAwBtDwMAvg8DAMsPAwAUEAMAIBADAGoQAwBwEAMAwBADAMYQAwAWEQMAGxEDAGwRAwByEQMANr4RANARAwAYEgMAJRIDAG4SAwB1EgMAxBIDAMwSAwAaEwMAGxMDALz1CwAdEwMAcBMDADATAwC48wsAhBMDAMYTAwDcEwMAHBQDADUUAwByFAMAdxQDAMgUAwDZFAMAjL4RAC8VAwB0FQMAdhUDAMoVAwDUFQMAIBYDAC4WAwB2FgMAexYDAMwWAwDZFgMAIhcDACoXAwB4FwMAhBcDAM4XAwCIFwMAJhkDANQXAwAkGAMAKhgDAHoYAwB/GAMA0BgDANYYAwDivhEAKBkDAHwZAwCKGQMA0hkDAOMZAwA4vxEALxoDAI6/EQCGGgMA1BoDAIgaAwCMAAgAxxoDAPhMEwDiGgMAKhsDAOMaAwCKIAMA5BoDAO5gCgA3GwMAgBsDAI8bAwDWGwMA2xsDACwcAwBCHAMAghwDAIMcAwDYHAMA2hwDAC4dAwA4HQMAhB0DAJIdAwDaHQMA8x0DADAeAwBBHgMAhh4DAJIeAwDcHgMA5B4DAJDAEQBGHwMAiB8DAIkfAwDeHwMA6h8DADQgAwA3IAMA5sARAIwgAwDgIAMA7SADADYhAwBDIQMAjCEDAJEhAwDiIQMA7CEDADgiAwBAIgMAjiIDAJ4iAwDkIgMA8iIDADojAwBHIwMAkCMDAJcjAwDmIwMA7iMDADwkAwA/JAMAkiQDAKYkAwDoJAMA/iQDAD4lAwBXJQMAlCUDAJklAwDqJQMA+yUDADzBEQBIJgMAksERAEwmAwAuVgoAXCYDAN6VEwCjJgMA7CYDAPMmAwBCJwMATicDAJgnAwCoJwMA7icDAPwnAwBEKAMAUSgDAJooAwCmKAMA8CgDAPcoAwDowREASCkDAJwpAwBLKQMA7FMEAKkpAwDyKQMA/ykDAEgqAwBNKgMAnioDAKgqAwD0KgMA/CoDAEorAwBPKwMA5nsEAFMrAwCgKwMAoysDAPYrAwACLAMAPsIRAFEsAwCiLAMAWCwDAIgECwCnLAMA+CwDAAAtAwBOLQMAZC0DAKQtAwCmLQMA+i0DAAcuAwBQLgMAZC4DAJTCEQCrLgMA/C4DAAQvAwAi/AoABi8DAFIvAwBaLwMAqC8DALQvAwD+LwMACzADAFQwAwBZMAMAqjADALMwAwAAMQMAFzEDAFYxAwBhMQMA6sIRALoxAwACMgMABTIDAFgyAwBbMgMArjIDALwyAwAEMwMAETMDAFozAwBxMwMAsDMDALgzAwAGNAMADDQDAFw0AwBoNAMAsjQDALw0AwAINQMAETUDAF41AwBkNQMAtDUDAME1AwBAwxEAFjYDAGA2AwAYNgMAPAkLAG82AwC2NgMAxzYDAAw3AwAONwMAYjcDAGg3AwC4NwMAxDcDAA44AwAVOAMAZDgDAGw4AwC6OAMAvDgDABA5AwAdOQMAZjkDAG05AwC8OQMAxDkDABI6AwAfOgMAaDoDAG06AwC+OgMAyDoDABQ7AwAcOwMAajsDAHM7AwDAOwMAwzsDABY8AwAiPAMAbDwDAHM8AwCWwxEAzzwDABg9AwDYPAMAIkIDAPo8AwCaDQsAMz0DAG49AwBwPQMAxD0DANU9AwAaPgMAKD4DAHA+AwB3PgMAxj4DAM4+AwAcPwMAIT8DAHI/AwBzPwMAyD8DANQ/AwAeQAMAJEADAHRAAwB2QAMAykADANRAAwAgQQMALkEDAHZBAwB7QQMAzEEDANlBAwDswxEAI0IDAHhCAwB9QgMAzkIDANRCAwAkQwMALkMDAHpDAwCGQwMA0EMDANdDAwAmRAMALkQDAHxEAwB+RAMA0kQDAN9EAwAoRQMAL0UDAH5FAwCGRQMA1EUDAOFFAwAqRgMAL0YDAIBGAwCKRgMA1kYDAN5GAwAsRwMANUcDAIJHAwCFRwMA2EcDAORHAwAuSAMANUgDAELEEQCQSAMAKP8KAJhIAwDaSAMA50gDADBJAwA6SQMAhkkDAIhJAwDcSQMA70kDADJKAwA6SgMAiEoDAJRKAwDeSgMA5EoDADRLAwA6SwMAiksDAI9LAwDgSwMA5ksDAJjEEQBETAMAjEwDAJtMAwDiTAMA/kwDADhNAwACTQMAZI4DAEBNAwDuxBEAl00DAORNAwDxTQMAOk4DAEROAwCQTgMAnk4DAOZOAwD8TgMAPE8DAEhPAwCSTwMAmk8DAETFEQDuTwMAPlADAERQAwCUUAMAmVADAOpQAwDwUAMAmsURAEVRAwCWUQMAn1EDAOxRAwD2UQMAQlIDAEpSAwCYUgMAnVIDAO5SAwD+UgMARFMDAExTAwCaUwMAoFMDAJ5VAwCzUwMA8FMDAPVTAwBGVAMAT1QDAJxUAwCpVAMA8lQDAPlUAwBIVQMAS1UDAPDFEQCgVQMA9FUDAAFWAwBKVgMAYVYDAKBWAwCsVgMARsYRAP1WAwBMVwMAVFcDAKJXAwCmVwMA+FcDAAZYAwBOWAMAWFgDAKRYAwCvWAMA+lgDAAJZAwBQWQMAVVkDAKZZAwDBWQMA/FkDAAhaAwBSWgMAWFoDAKhaAwC4WgMA/loDAA9bAwBUWwMAWVsDAKpbAwCuWwMAnMYRAAlcAwBWXAMAb1wDAKxcAwC2XAMAAl0DAAhdAwBYXQMAWl0DAK5dAwC9XQMABF4DAA5eAwBaXgMAYl4DALBeAwC0XgMABl8DABRfAwBcXwMAZl8DALJfAwC9XwMACGADABBgAwBeYAMAY2ADALRgAwDPYAMACmEDABZhAwBgYQMAZmEDALZhAwDGYQMADGIDAB1iAwBiYgMAZ2IDALhiAwC8YgMA8sYRABdjAwBkYwMAdWMDALpjAwDEYwMAEGQDAB5kAwBmZAMAZ2QDALxkAwDNZAMAEmUDACZlAwBoZQMAcGUDAL5lAwDCZQMAFGYDACJmAwBqZgMAdGYDAMBmAwDLZgMAFmcDAB5nAwBsZwMAcWcDAMJnAwDdZwMAGGgDACRoAwBuaAMAdGgDAMRoAwDUaAMAGmkDACtpAwBwaQMAdWkDAMZpAwDKaQMASMcRACpqAwByagMAjWoDAMhqAwDWagMAHmsDACVrAwB0awMAgGsDAMprAwDSawMAnscRAC5sAwB2bAMAgGwDAMxsAwDXbAMAIm0DACptAwB4bQMAfW0DAM5tAwDpbQMAJG4DADBuAwB6bgMAgG4DANBuAwDgbgMAJm8DADdvAwB8bwMAgW8DANJvAwDWbwMA9McRADlwAwB+cAMAhnADANRwAwDVcAMAKnEDAC9xAwCAcQMAjnEDANZxAwDjcQMALHIDADZyAwCCcgMAjnIDANhyAwDecgMALnMDADZzAwCEcwMAi3MDANpzAwDmcwMAMHQDADZ0AwCGdAMAknQDANx0AwDsdAMAMnUDAD51AwCIdQMAjnUDAN51AwDqdQMANHYDAEF2AwCKdgMAmXYDAOB2AwDsdgMASsgRADl3AwCMdwMAj3cDAOJ3AwDwdwMAOHgDAE94AwCOeAMAm3gDAOR4AwD6eAMAOnkDAEZ5AwCQeQMAnXkDAOZ5AwDweQMAPHoDAER6AwCSegMAnHoDAOh6AwDtegMAPnsDAEZ7AwCUewMAoHsDAOp7AwD3ewMAQHwDAEp8AwCWfAMAnHwDAOx8AwAAfQMAQn0DAEp9AwCYfQMApn0DAO59AwD7fQMARH4DAEx+AwCafgMAp34DAPB+AwD+fgMARn8DAFd/AwCcfwMApH8DAPJ/AwAIgAMASIADAEqAAwCegAMAn4ADAKDIEQD5gAMAXHUOAAKBAwBKgQMAWYEDAKCBAwCsgQMA9oEDAP6BAwD2yBEAUYIDAKKCAwCrggMA+IIDAAWDAwBOgwMAVYMDAKSDAwCngwMA+oMDAAKEAwBQhAMAVYQDAKaEAwCvhAMA/IQDAAaFAwBShQMAWoUDAKiFAwCthQMA/oUDAA6GAwBUhgMAXIYDAKqGAwCwhgMAAIcDAAKHAwBWhwMAY4cDAKyHAwDDhwMAAogDAA6IAwBMyREAZIgDAK6IAwDFiAMABIkDABCJAwBaiQMAYIkDALCJAwC4iQMABooDAA2KAwBcigMAaooDALKKAwDNigMACIsDABaLAwBeiwMAZYsDALSLAwDAiwMACowDABKMAwCiyREAdIwDALaMAwC+jAMADI0DAD2NAwBijQMAbo0DALiNAwC+jQMADo4DABOOAwD4yREAcI4DALqOAwDBjgMAEI8DABiPAwBmjwMAaI8DALyPAwDGjwMAEpADABqQAwBOyhEAdpADAISeAwB3kAMAvpADAMCQAwAUkQMAJZEDAGqRAwB7kQMAwJEDAMyRAwAWkgMAHZIDAGySAwB0kgMAwpIDAO+SAwAYkwMAHZMDAG6TAwBvkwMAxJMDAM6TAwAalAMAKJQDAHCUAwB1lAMAxpQDANOUAwAclQMAOJUDAHKVAwCOlQMApMoRANWVAwAelgMAIpYDAHSWAwB6lgMAypYDAMyWAwAglwMAIZcDAHaXAwCZlwMAzJcDAPCXAwAimAMAT5gDAHiYAwCAmAMAzpgDANOYAwAkmQMAMZkDAHqZAwCCmQMA0JkDANKZAwAmmgMALpoDAHyaAwCpmgMA0poDAN+aAwAomwMALZsDAH6bAwCLmwMA1JsDAOCbAwAqnAMAV5wDAICcAwCInAMA1pwDAPGcAwAsnQMALp0DAIKdAwCTnQMA2J0DAOGdAwAungMAOp4DAPrKEQCRngMA2p4DAOGeAwAwnwMAPJ8DAIafAwCZnwMA3J8DAOSfAwAyoAMAN6ADAIigAwCRoAMA3qADAOigAwA0oQMAPKEDAIqhAwCPoQMA4KEDAPChAwA2ogMAPqIDAIyiAwClogMA4qIDAOeiAwA4owMAQaMDAI6jAwCbowMA5KMDAOujAwA6pAMAPaQDAFDLEQCVpAMA5qQDAJ2kAwDkNg0A76QDADylAwBEpQMAkqUDAJ2lAwDopQMA6qUDAD6mAwBZpgMAlKYDAKCmAwDqpgMA8qYDAKbLEQBNpwMAlqcDAJ6nAwDspwMA+KcDAEKoAwBIqAMAmKgDAJ6oAwDuqAMA86gDAESpAwBKqQMA/MsRAKepAwDwqQMA+KkDAEaqAwBaqgMAnKoDAKGqAwDyqgMA+6oDAEirAwBOqwMAnqsDAKarAwD0qwMA96sDAEqsAwBnrAMAoKwDALGsAwD2rAMA/qwDAEytAwBPrQMAoq0DALatAwD4rQMABa4DAE6uAwBYrgMApK4DAKauAwD6rgMADa8DAKjMEQBVrwMApq8DALevAwD8rwMABbADAFKwAwBosAMAqLADALWwAwD+sAMABrEDAFSxAwBzsQMA/swRALaxAwAAsgMACLIDAFTNEQBZsgMArLIDALSyAwACswMAD7MDAFizAwBdswMArrMDALazAwAEtAMABbQDAFq0AwBctAMAsLQDALa0AwAGtQMACLUDAFy1AwBytQMAsrUDAL61AwAItgMAErYDAF62AwBqtgMAtLYDALq2AwAKtwMAErcDAGC3AwCStwMAqs0RAL+3AwAMuAMAFrgDAGK4AwBquAMAuLgDALm4AwAOuQMAFLkDAGS5AwBwuQMAurkDALu5AwAQugMAEroDAGa6AwBsugMAvLoDAMi6AwASuwMAGbsDAGi7AwBwuwMAvrsDAMG7AwAUvAMAHrwDAGq8AwBsvAMAwLwDAMq8AwAWvQMAIr0DAGy9AwCCvQMAwr0DAM69AwAYvgMAJb4DAG6+AwB4vgMAxL4DAMy+AwAavwMALL8DAADOEQByvwMAxr8DANC/AwAcwAMAHsADAHLAAwCLwAMAyMADAMrAAwAewQMAIcEDAHTBAwCAwQMAysEDANLBAwBWzhEANMIDAHbCAwB5wgMAzMIDANbCAwAiwwMALsMDAHjDAwCOwwMAzsMDANbDAwAkxAMAMsQDAHrEAwB9xAMA0MQDANjEAwAmxQMAKcUDAHzFAwA0xQMAiswDAIbFAwDSxQMAh8UDANjIAwDUxQMAKMYDAC7GAwB+xgMAiMYDANTGAwDixgMAKscDADfHAwCAxwMAl8cDANbHAwDexwMALMgDADXIAwCCyAMAg8gDAKzOEQDhyAMALskDADjJAwCEyQMAjskDANrJAwDoyQMAMMoDAD3KAwCGygMAncoDANzKAwDkygMAMssDADnLAwCIywMAjcsDAN7LAwDiywMANMwDAEHMAwACzxEAl8wDAODMAwDozAMANs0DADzNAwCMzQMAmM0DAOLNAwDxzQMAOM4DAD3OAwCOzgMAqc4DAOTOAwDwzgMAOs8DAEDPAwCQzwMApM8DAObPAwDuzwMAPNADAFLQAwCS0AMAl9ADAOjQAwDv0AMAPtEDAErRAwBYzxEAm9EDAOrRAwD40QMAQNIDAE3SAwCW0gMArdIDAOzSAwD00gMAQtMDAEjTAwCY0wMApNMDAO7TAwD10wMARNQDAFLUAwCa1AMAndQDAPDUAwD41AMARtUDAFTVAwCc1QMAn9UDAPLVAwD61QMASNYDAFnWAwCe1gMAo9YDAPTWAwD21gMAStcDAFHXAwCg1wMArtcDAPbXAwAD2AMATNgDAGPYAwCi2AMAqtgDAPjYAwAC2QMATtkDAFnZAwCk2QMAsNkDAPrZAwAC2gMArs8RAFLaAwCm2gMAsNoDAPzaAwD+2gMAUtsDAFXbAwCo2wMAtNsDAP7bAwAI3AMAVNwDAFzcAwCq3AMAuNwDAADdAwAN3QMAVt0DAF7dAwCs3QMAwt0DAALeAwAO3gMAWN4DAG7eAwCu3gMAs94DAATfAwAK3wMAWt8DAG7fAwAE0BEAs98DAAbgAwAO4AMAXOADAGrgAwCy4AMAcuADAAxsCAC/4AMACOEDABDhAwBe4QMAaOEDALThAwC/4QMACuIDABbiAwBg4gMAaOIDAFrQEQC84gMADOMDABHjAwBi4wMAceMDALjjAwDE4wMADuQDABHkAwBk5AMAZ+QDALrkAwDC5AMAEOUDABXlAwBm5QMAduUDALzlAwDE5QMAEuYDABXmAwBo5gMAcuYDAL7mAwDA5gMAFOcDABrnAwBq5wMAdOcDAMDnAwDO5wMAFugDACPoAwBs6AMAg+gDAMLoAwDK6AMAGOkDACHpAwBu6QMAb+kDALDQEQDR6QMAGuoDAB3qAwAMxgoAIOoDAPQNCgAi6gMAcOoDACTqAwAEtgQAJuoDAOiABgBz6gMAApIIAHbqAwDoAQcAeuoDAMbqAwB+6gMArJUKAIDqAwBeaggAy+oDABzrAwDS6gMAOvwEANTqAwACawoAJOsDAHLrAwB16wMAyOsDANTrAwAe7AMAJOwDAHTsAwCP7AMAyuwDANbsAwAg7QMAJu0DAHbtAwB+7QMAzO0DAM7tAwAi7gMA0e0DAO7+AwAs7gMAeO4DAIDuAwAG0REA3+4DACTvAwAr7wMAeu8DAILvAwDQ7wMA3e8DACbwAwAr8AMAfPADAIbwAwDS8AMA2vADACjxAwAq8QMA2NYKAC3xAwD4jAgAMvEDAH7xAwA38QMAug8EADjxAwA6hQkAhPEDANTxAwDW8QMAKvIDADfyAwCA8gMAg/IDANbyAwDn8gMALPMDAC7zAwCC8wMAjPMDANjzAwDk8wMALvQDADb0AwCy0REAifQDANr0AwDd9AMAMPUDADr1AwCG9QMAjvUDANz1AwDp9QMAMvYDADT2AwCI9gMAnvYDAN72AwDq9gMANPcDADz3AwAI0hEAj/cDAOD3AwDv9wMANvgDADj4AwCM+AMAnfgDAOL4AwDt+AMAOPkDAD35AwCO+QMAkfkDAOT5AwDu+QMAOvoDAEz6AwCQ+gMAmPoDAOb6AwDw+gMAPPsDAEH7AwCS+wMAmvsDAOj7AwDq+wMAPvwDAEX8AwCU/AMAm/wDAOr8AwDw/AMAQP0DAEz9AwCW/QMAmf0DAOz9AwDv/QMAQv4DAF7+AwCY/gMAoP4DALTSEQD7/gMARP8DAEz/AwCa/wMAnf8DAPD/AwD1/wMARgAEAFUABACcAAQAvAAEAPIABAD+AAQASAEEAFIBBACeAQQApgEEAPQBBAAGAgQACtMRAFQCBACgAgQArgIEAPYCBAADAwQATAMEAGMDBACiAwQAqgMEAPgDBAAHBAQATgQEAFMEBACkBAQAsQQEAPoEBAAHBQQAUAUEAFwFBACmBQQAtQUEAPwFBAAGBgQAUgYEAGAGBACoBgQArQYEAP4GBAALBwQAVAcEAFcHBACqBwQAsgcEAAAIBAAFCAQAVggEAGMIBACsCAQAtAgEAAIJBAALCQQAWAkEAGUJBACuCQQAvAkEAAQKBAAXCgQAWgoEAGIKBACwCgQAtwoEAAYLBAALCwQAXAsEAHILBACyCwQAtAsEAAgMBAAWDAQAXgwEAGsMBAC0DAQAvAwEAAoNBAANDQQAYA0EAGUNBAC2DQQAxQ0EAAwOBAAsDgQAYg4EAG4OBAC4DgQAwg4EAA4PBAAWDwQAZA8EAHYPBABg0xEAvw8EABAQBAAdEAQAZhAEAHMQBAC8EAQAyBAEABIRBAAhEQQAaBEEAHIRBAC+EQQAxhEEABQSBAAeEgQAahIEAG8SBADAEgQAyBIEALbTEQAiEwQAbBMEAHITBADCEwQA3RMEABgUBAAkFAQAbhQEAHQUBADEFAQA4BQEABoVBAAiFQQADNQRAHgVBADGFQQA0BUEABwWBAAnFgQAchYEAH4WBADIFgQA0BYEAGLUEQAqFwQAdBcEAHoXBADKFwQA5RcEACAYBAAsGAQAdhgEAHwYBADMGAQA1BgEACIZBAAoGQQAeBkEAIEZBADOGQQA2xkEACQaBAAxGgQAehoEAIgaBADQGgQA3RoEACYbBAA9GwQAfBsEAIQbBADSGwQA1xsEACgcBADjGwQALB4EADUcBAB+HAQAhhwEANQcBADfHAQAKh0EAC8dBACAHQQAgx0EANYdBADgHQQAuNQRADEeBACCHgQAkR4EANgeBADaHgQALh8EAD8fBACEHwQAlR8EANofBADuHwQADtURAEEgBACGIAQAiSAEANwgBACOIAQAnDMIAJMgBAA0OhAA5iAEADIhBAA0IQQAiCEEAJIhBADeIQQA6iEEADQiBABeIgQAiiIEAJUiBACmMgUAsCIEAOAiBAATIwQANiMEAFwjBACMIwQAsiMEAOIjBAAWJAQAOCQEAGMkBACOJAQAliQEAOQkBAAOJQQAOiUEAG8lBACQJQQAuyUEAOYlBADuJQQAPCYEAEsmBACSJgQAlyYEAOgmBADxJgQAPicEAPUmBAD4LgQATycEAJQnBACbJwQA6icEAPInBABAKAQATSgEAJYoBACbKAQA7CgEAPYoBABCKQQASikEAJgpBACiKQQAsDUEAKcpBADuKQQA8ykEAEQqBABRKgQAmioEAKcqBADwKgQA/CoEAEYrBABVKwQAnCsEAKYrBADyKwQA+isEAEgsBABSLAQAniwEAKMsBAD0LAQA/CwEAGTVEQBWLQQAoC0EAKYtBAD2LQQAES4EAEwuBABYLgQAoi4EAKguBAC61REABS8EAE4vBABaLwQApC8EALMvBAD6LwQABDAEAFAwBABeMAQApjAEAKswBAD8MAQACTEEAFIxBABaMQQAqDEEALIxBAD+MQQAAzIEAFQyBABcMgQAqjIEAK0yBAAAMwQADDMEAFYzBABcMwQArDMEAMczBAACNAQADjQEAFg0BABeNAQArjQEALY0BAAENQQABjUEAFo1BABkNQQAENYRALY1BAAGNgQACDYEAFw2BABpNgQAsjYEALU2BAAINwQAGTcEAF43BABgNwQAtDcEAL43BAAKOAQAFjgEAGA4BABoOAQAZtYRALs4BAAMOQQADzkEAGI5BABsOQQAuDkEAMA5BAAOOgQAGzoEAGQ6BABmOgQAujoEANA6BAAQOwQAHDsEALzWEQCCOwQAvDsEANg7BAAS1xEAFzwEAGg8BAB1PAQAvjwEAMs8BAAUPQQAID0EAGo9BAB5PQQAwD0EAMo9BAAWPgQAJD4EAGw+BABxPgQAwj4EAM8+BAAYPwQAMT8EAG4/BABwPwQAxD8EAMs/BABo1xEAN0AEAHBABACBQAQAxkAEANJABAAcQQQAL0EEAHJBBACBQQQAyEEEANRBBAAeQgQAH0IEAHRCBAB+QgQAykIEANhCBAAgQwQAJUMEAHZDBACDQwQAvtcRANFDBAAiRAQAL0QEAHhEBACFRAQAzkQEANpEBAAkRQQAM0UEAHpFBACERQQA0EUEAN5FBAAmRgQAK0YEAHxGBACJRgQA0kYEANpGBADA2BEALUcEAH5HBACGRwQAFtkRANZHBAAqSAQAOEgEAIBIBACRSAQAbNkRAN1IBADC2REAMUkEAIJJBACKSQQA2EkEAOdJBAAuSgQAM0oEAIRKBACRSgQA2koEAOdKBAAwSwQAPEsEAIZLBACVSwQA3EsEAOZLBABu2hEANEwEABJSDwA4TAQA4jUNAEVMBACITAQAl0wEAN5MBADqTAQANE0EADVNBACKTQQAlE0EAOBNBADuTQQANk4EADtOBACMTgQAmU4EAMTaEQDmTgQAOE8EAENPBACOTwQAnE8EAORPBAD1TwQAOlAEAEZQBACQUAQAmFAEABrbEQDrUAQAPFEEAElRBACSUQQAn1EEAOhRBAD0UQQAPlIEAE1SBACUUgQAnlIEAOpSBAD4UgQAQFMEAE1TBACWUwQArVMEAHDbEQD5UwQAQlQEAE9UBACYVAQApFQEAO5UBAD9VAQARFUEAE5VBACaVQQAqFUEAPBVBAC2VQQANtkJAPVVBABGVgQAU1YEAJxWBACkVgQAxtsRAP5WBABIVwQAWFcEAJ5XBACnVwQA9FcEAPdXBABKWAQAVlgEAKBYBACnWAQAHNwRAANZBABMWQQAW1kEAKJZBACjWQQA+FkEAA9aBABOWgQAaFoEAKRaBACwWgQA+loEAA1bBABQWwQAX1sEAKZbBACyWwQA/FsEAP1bBABSXAQAXFwEAKhcBAC2XAQA/lwEAANdBABUXQQAYV0EAHLcEQDEXQQAAF4EAA9eBABWXgQAWF4EAKxeBABbXgQADmUEALleBAACXwQAD18EAFhfBABdXwQArl8EALhfBAAEYAQAE2AEAFpgBABfYAQAsGAEAL1gBAAGYQQAE2EEAFxhBABoYQQAsmEEAMFhBAAIYgQAEmIEAF5iBABrYgQAtGIEALliBAAKYwQADmMEAGBjBABsYwQAtmMEALxjBAAMZAQAEmQEAGJkBABnZAQAuGQEAL5kBADI3BEAG2UEAGRlBABxZQQAumUEAMZlBAAQZgQAH2YEAGZmBABwZgQAvGYEAMpmBAASZwQAF2cEAGhnBAB1ZwQAvmcEAMVnBAAUaAQAGWgEAGpoBAB2aAQAwGgEAMNoBAAWaQQAI2kEAGxpBABxaQQAwmkEAMxpBAAYagQAJGoEAG5qBACBagQAxGoEANJqBAAaawQAHWsEAHBrBAB6awQAxmsEANJrBAAcbAQAImwEAHJsBAB4bAQAyGwEAM1sBAAebQQAJG0EAB7dEQB2bQQAym0EANttBAAgbgQAMW4EAHZuBAB+bgQAzG4EANxuBAAibwQAJG8EAHhvBACGbwQAzm8EAN9vBAB03REAK3AEAMrdEQB7cAQA0HAEANVwBAAmcQQA1nAEACidBAAscQQAfHEEAIZxBADScQQA3nEEAChyBAAucgQAfnIEAIRyBADUcgQA2XIEACpzBAAwcwQAIN4RAI5zBADWcwQA73MEACx0BAAtdAQAgnQEAJ90BADYdAQA4HQEAHKXBADydAQALnUEADF1BACEdQQAiXUEACLfEQDzdQQAMHYEADZ2BACGdgQARnYEAG5BBQCIdgQA3HYEAOJ2BAAydwQARncEAIh3BACQdwQA3ncEAOt3BAA0eAQAOXgEAIp4BACUeAQA4HgEAOh4BAA2eQQAR3kEAIx5BACReQQA4nkEAOR5BAA4egQAP3oEAI56BACaegQA5HoEAOt6BAA6ewQAVnsEAJB7BACYewQAeN8RAOd7BAA8fAQASHwEAJJ8BACffAQA6HwEAPB8BAA+fQQAQX0EAJR9BACffQQA6n0EAOx9BABAfgQARn4EAJZ+BACifgQA7H4EAPN+BABCfwQASn8EAJh/BACdfwQA7n8EAAeABABEgAQAcIAEAJqABACmgAQA8IAEAP+ABABGgQQAUIEEAJyBBACkgQQA8oEEAAKCBABIggQAVoIEAJ6CBACvggQA9IIEAACDBADO3xEAT4MEAKCDBACogwQA9oMEAPeDBABMhAQADIQEAAbwCwBphAQAooQEAKqEBAD4hAQA/IQEAE6FBABUhQQApIUEAKaFBAD6hQQA+4UEAFCGBABRhgQApoYEALKGBAD8hgQAAocEAFKHBABahwQAqIcEAKqHBAD+hwQAGYgEAFSIBABWiAQAqogEALiIBAAAiQQAEYkEAFaJBABYiQQArIkEAMWJBAACigQAE4oEAFiKBABkigQAJOARALyKBAAEiwQAyooEAGBACAAaiwQAWosEAFuLBACwiwQAwYsEAAaMBAASjAQAXIwEAHKMBACyjAQAvowEAAiNBAAVjQQAXo0EAGiNBAC0jQQAto0EAAqOBAAUjgQAYI4EAG6OBAC2jgQAu44EAAyPBAAZjwQAYo8EAH6PBAC4jwQAwI8EAHrgEQAckAQAZJAEAH2QBAC6kAQAu5AEABCRBAAtkQQAZpEEAG6RBAC8kQQAzZEEABKSBAAgkgQAaJIEAIGSBAC+kgQAxJIEABSTBAAWkwQAapMEAHCTBADAkwQA1JMEABaUBAAelAQAbJQEAHmUBADClAQAx5QEABiVBAAilQQAbpUEAHaVBADElQQA1JUEABqWBAAflgQAcJYEAHmWBADGlgQA05YEAByXBAAjlwQA0OARAIOXBADIlwQA1pcEAB6YBAA3mAQAdJgEAHqYBADKmAQAzJgEACCZBAAmmQQAdpkEAIqZBADMmQQA1JkEACKaBAAvmgQAeJoEAH2aBADOmgQA2JoEACSbBAAsmwQAepsEAIqbBADQmwQA1ZsEACacBAAvnAQAfJwEAImcBADSnAQA2ZwEACbhEQAtnQQAfp0EAH+dBADUnQQA4J0EACqeBAAwngQAgJ4EAJGeBADWngQA6p4EACyfBAA7nwQAgp8EAIefBADYnwQA5Z8EAC6gBAA+oAQAhKAEAJKgBADaoAQA8aAEADChBAA5oQQAhqEEAIyhBADcoQQA6KEEADKiBAA5ogQAiKIEAKSiBADeogQA5qIEAHzhEQA6owQAiqMEAJCjBADgowQA5aMEADakBAA8pAQA0uERAJGkBADipAQA5KQEADilBAA/pQQAjqUEAJylBADkpQQA8aUEADqmBABRpgQAkKYEAJimBADmpgQA56YEADynBAA/pwQAkqcEAKanBADopwQA96cEAD6oBABDqAQAlKgEAJWoBADqqAQAAakEAH7iEQBCqQQAlqkEAKOpBADsqQQA+akEAEKqBABHqgQAmKoEAKKqBADuqgQA9qoEAESrBABUqwQAmqsEAKirBADwqwQA/asEAEasBABNrAQAnKwEAKSsBADyrAQA9KwEAEitBABQrQQAnq0EAJ+tBAD0rQQAtK0EAHhGBQD5rQQASq4EAE2uBACgrgQAqq4EAPauBAANrwQATK8EAFKvBACirwQArq8EAPivBAD7rwQATrAEAGuwBACksAQAtbAEAPqwBAACsQQAULEEAFexBACmsQQArLEEAPyxBAAKsgQAUrIEAG2yBACosgQAtLIEAP6yBAAEswQAVLMEAGmzBACqswQAsrMEAAC0BAAKtAQAVrQEAFy0BACstAQAurQEAAK1BAAOtQQAWLUEAF+1BACutQQAtrUEANTiEQAStgQAWrYEAHC2BACwtgQAvLYEAAa3BAALtwQAXLcEAGW3BACytwQAvLcEAAi4BAAUuAQAzJ0GACS4BABeuAQAZrgEACrjEQC5uAQACrkEABe5BABguQQAbbkEALa5BADCuQQADLoEABu6BABiugQAbLoEALi6BADGugQADrsEABO7BABkuwQAcbsEALq7BADCuwQAgOMRAB68BABmvAQAfLwEALy8BADIvAQAEr0EABe9BABovQQAcb0EAL69BADIvQQAFL4EABy+BABqvgQAdr4EAMC+BADTvgQAFr8EABe/BABsvwQAer8EAMK/BADIvwQAGMAEACTABABuwAQAdcAEANbjEQDOwAQAGsEEACLBBABwwQQAdsEEAC4ACgB/wQQAxsEEAMvBBACgLwUAzMEEABzCBAAowgQAcsIEAHTCBADIwgQA0sIEAB7DBAAqwwQAdMMEAHzDBAAs5BEA0sMEACDEBAAvxAQAdsQEAHvEBADMxAQA2cQEACLFBAAvxQQAeMUEAITFBADOxQQA3cUEACTGBAAuxgQAesYEAIjGBADQxgQA1cYEACbHBAAzxwQAfMcEAITHBADSxwQA3McEACjIBAAtyAQAfsgEAIbIBADUyAQA38gEACrJBAAvyQQAgMkEAIPJBADWyQQA4MkEACzKBAA0ygQAguQRAIfKBADYygQA58oEAC7LBAAwywQAhMsEAJXLBADaywQA5csEADDMBAA1zAQAhswEAInMBADczAQA5swEADLNBAA6zQQAiM0EAIrNBADezQQA680EADTOBAA7zgQAis4EAJLOBADgzgQA4c4EADbPBAA7zwQAjM8EAJLPBADizwQA7M8EADjQBABA0AQA2OQRAMTQBADk0AQAGdEEADrRBABU0QQAkNEEALbRBADm0QQAANIEADzSBABi0gQAktIEAKzSBADo0gQAEdMEAD7TBABG0wQAlNMEAJbTBADq0wQA99MEAEDUBABH1AQAltQEAJ7UBADs1AQA7dQEAELVBABH1QQAmNUEAJ7VBADu1QQA+NUEAETWBABM1gQALuURALbWBACE5REA+NYEAEbXBABI1wQAnNcEAKnXBADy1wQA+dcEAEjYBABQ2AQAntgEAJ/YBAD02AQA+dgEAErZBABQ2QQAoNkEAKrZBAD22QQA/tkEANrlEQBR2gQAotoEAKTaBAD42gQA/9oEAE7bBABc2wQApNsEALHbBAD62wQAEdwEAFDcBABY3AQAptwEALDcBAD83AQAvNwEABA9BQAH3QQAUt0EAF7dBACo3QQAsN0EADDmEQD/3QQAVN4EAAjeBAC6vQUAFN4EAD6qBQBZ3gQAqt4EAK3eBAAA3wQACt8EAFbfBABt3wQArN8EALLfBAAC4AQADuAEAFjgBABb4AQAruAEAMvgBAAE4QQAFeEEAFrhBAB54QQAsOEEALjhBAAG4gQACOIEAFziBABr4gQAsuIEALziBAAI4wQAFuMEAF7jBAB54wQAtOMEAMDjBAAK5AQAEuQEAIbmEQBs5AQAtuQEAMXkBAAM5QQAEeUEAGLlBABo5QQAuOUEAL/lBAAO5gQAFuYEAGTmBABm5gQAuuYEAMHmBAAQ5wQAEucEAGbnBABn5wQAvOcEAMbnBAAS6AQAHugEAGjoBABu6AQAvugEANjoBAAU6QQAHOkEAGrpBACA6QQAwOkEAM7pBAAW6gQAGeoEAGzqBABv6gQAwuoEANDqBAAY6wQAJesEAG7rBACF6wQAxOsEAMzrBAAa7AQAHOwEAHDsBAB47AQAxuwEAN3sBAAc7QQAKO0EAHLtBACI7QQAyO0EANDtBAAe7gQALO4EAHTuBAB+7gQAyu4EANLuBAAg7wQAJ+8EAHbvBACC7wQAzO8EAM3vBAAi8AQALvAEAHjwBACF8AQAzvAEANXwBAAk8QQAJ/EEAHrxBACC8QQA0PEEANXxBAAm8gQAM/IEAHzyBACs8gQA0vIEANryBADc5hEAMPMEAFAhEgBE8wQAfvMEAIbzBAAy5xEA4vMEACr0BAAs9AQAgPQEAJH0BADW9AQA3vQEACz1BAA49QQAgvUEAIj1BADY9QQA3vUEAC72BAAz9gQAhPYEAIr2BACI5xEA3/YEADD3BADm9gQA3mAOADj3BACG9wQAi/cEAOq0CgCM9wQAxvoLAJL3BAACbQsAlfcEANz3BACX9wQAFvgLAJ33BAD4aQwA4fcEADL4BADi9wQA0qYJAD/4BACI+AQAlfgEAN74BADq+AQANPkEAEP5BACK+QQAlPkEAODoEQDq+QQANvoEADv6BACM+gQAlPoEADbpEQDn+gQAOPsEADv7BACO+wQAmPsEAOT7BAAM/AQA4ukRAED8BACQ/AQApvwEAOb8BAD0/AQAPP0EAEn9BACS/QQAlP0EAOj9BADy/QQAPv4EAEr+BACU/gQAm/4EAOr+BADy/gQAQP8EAEf/BACW/wQAn/8EAOz/BAD4/wQAQgAFAEoABQA46hEAnQAFAO4ABQD2AAUARAEFAFMBBQCaAQUAnwEFAPABBQD9AQUARgIFAFMCBQCcAgUAqAIFAPICBQABAwUASAMFAFIDBQCeAwUArAMFAPQDBQD5AwUASgQFAFcEBQCgBAUAqAQFAPYEBQAABQUATAUFAFoFBQCiBQUAuAUFAPgFBQAEBgUATgYFAFMGBQCkBgUArQYFAPoGBQAEBwUAjuoRAFoHBQCmBwUAsgcFAPwHBQAECAUA5OoRAFcIBQCoCAUAtQgFAP4IBQALCQUAVAkFAGAJBQCqCQUAuQkFAAAKBQAKCgUAVgoFAG4KBQCsCgUAtgoFAAILBQAQCwUAWAsFAG4LBQCuCwUAugsFAAQMBQAJDAUAWgwFAGMMBQCwDAUAugwFAAYNBQAODQUAOusRAGkNBQCyDQUAcg0FABwwEQC/DQUACA4FABQOBQBeDgUAbQ4FALQOBQC+DgUACg8FABgPBQBgDwUAbQ8FALYPBQDNDwUADBAFABQQBQBiEAUAbBAFALgQBQC9EAUADhEFABYRBQCQ6xEAcBEFALoRBQDAEQUAEBIFACsSBQBmEgUAchIFALwSBQDCEgUA5usRABoTBQA87BEAbRMFAL4TBQDLEwUAFBQFACEUBQBqFAUAdhQFAMAUBQDPFAUAFhUFACAVBQBsFQUAehUFAMIVBQDHFQUAGBYFACUWBQBuFgUAdhYFAJLsEQDQFgUAGhcFACoXBQBwFwUAeRcFAMYXBQDJFwUAHBgFACgYBQByGAUAeRgFAOjsEQDWGAUAHhkFADQZBQB0GQUAgBkFAMoZBQDRGQUAIBoFACgaBQB2GgUAexoFAMwaBQDVGgUAIhsFACwbBQA+7REAfRsFAM4bBQCEGwUALCAFANYbBQAkHAUAKhwFAHocBQB/HAUA0BwFANkcBQAmHQUAMB0FAHwdBQCIHQUA0h0FANodBQCU7REALR4FAH4eBQCGHgUA1B4FAN8eBQAqHwUALx8FAIAfBQCDHwUA1h8FAOAfBQDq7REANiAFAIIgBQCGIAUA2CAFAN0gBQAuIQUANCEFAIQhBQCkIQUA2iEFAOIhBQAwIgUAPiIFAIYiBQCJIgUA3CIFAOQiBQAyIwUAOyMFAIgjBQCVIwUA3iMFAOQjBQA0JAUAQCQFAIokBQCMJAUA4CQFAO8kBQA2JQUAQSUFAIwlBQCOJQUA4iUFAPslBQA4JgUASSYFAI4mBQCaJgUAQO4RAOwmBQA6JwUAWicFAJAnBQCeJwUA5icFAPMnBQA8KAUAQygFAJIoBQCuKAUA6CgFAPAoBQCW7hEAQykFAJQpBQChKQUA6ikFAPcpBQBAKgUATCoFAJYqBQClKgUA7CoFAPYqBQBCKwUAVysFAJgrBQCgKwUA7isFAP0rBQBELAUARiwFAJosBQCjLAUA8CwFAPMsBQBGLQUAUi0FAJwtBQC4LQUA8i0FAPotBQDs7hEATS4FAJ4uBQC0LgUA9C4FAAAvBQBKLwUAbS8FAELvEQCtLwUA9i8FAAMwBQBMMAUAWDAFAKIwBQCxMAUA+DAFAAIxBQBOMQUAVjEFAKQxBQCuMQUA+jEFAP8xBQBQMgUAWDIFAJjvEQC6MgUA/DIFACIzBQBSMwUAeDMFAKgzBQDOMwUA/jMFACk0BQBUNAUAXDQFAKo0BQDUNAUAADUFADY1BQBWNQUAfDUFAKw1BQDSNQUAAjYFADg2BQBYNgUAgzYFAK42BQC2NgUABDcFAAk3BQAamAUAEzcFAFo3BQBfNwUAsDcFAL03BQAGOAUAEzgFAFw4BQBoOAUAsjgFAME4BQAIOQUAEjkFAF45BQBsOQUAtDkFALk5BQAKOgUAFzoFAGA6BQBoOgUAtjoFALw6BQAMOwUAwDoFAGqVBQAYOwUAYjsFAHI7BQC4OwUAwTsFAA48BQARPAUAZDwFAHA8BQC6PAUAwTwFAO7vEQAkPQUAZj0FAGk9BQC8PQUA2T0FABI+BQAjPgUAaD4FAG8+BQC+PgUA1z4FABQ/BQAcPwUAaj8FAIA/BQDAPwUAxT8FABZABQAdQAUAbEAFAHVABQDCQAUA00AFABhBBQAkQQUARPARAHBBBQDKRAUAgkEFAMRBBQDHQQUAGkIFADdCBQBwQgUAgUIFAMZCBQDVQgUAHEMFAC1DBQByQwUAgEMFAMhDBQDUQwUAHkQFACtEBQB0RAUAfkQFAJrwEQDQRAUAIEUFAC5FBQB2RQUAeEUFAMxFBQDTRQUAIkYFADtGBQDw8BEAjEYFAM5GBQDRRgUAJEcFAEFHBQB6RwUAi0cFANBHBQDYRwUAJkgFAC1IBQB8SAUAgkgFANJIBQDgSAUAKEkFAENJBQB+SQUAikkFANRJBQDaSQUAKkoFAD9KBQCASgUAiEoFANZKBQDgSgUALEsFADJLBQCCSwUAkEsFANhLBQDkSwUALkwFADVMBQCETAUAjEwFAEbxEQDjTAUAME0FAD1NBQCGTQUAlE0FANxNBQDrTQUAMk4FADROBQCITgUAkk4FAN5OBQDsTgUANE8FADlPBQCKTwUAl08FAOBPBQDjTwUANlAFAEJQBQCMUAUAn1AFAOJQBQDxUAUAOFEFAERRBQCOUQUAj1EFAORRBQDuUQUAOlIFAEhSBQCQUgUAlVIFAOZSBQDzUgUAnPERAEFTBQCSUwUAqFMFAOhTBQD+UwUAPlQFAEdUBQCUVAUAoVQFAOpUBQD4VAUAQFUFAE9VBQCWVQUAmFUFAOxVBQD2VQUAQlYFAFBWBQCYVgUAnVYFAO5WBQD7VgUARFcFAEdXBQCaVwUAolcFAPBXBQABWAUARlgFAFRYBQCcWAUAqVgFAPJYBQASWQUASFkFAFBZBQCeWQUArlkFAPRZBQD2WQUASloFAFhaBQCgWgUAsVoFAJ7yEQD8WgUATFsFAFhbBQD08hEAqVsFAPhbBQCvWwUAzEkHAP9bBQBOXAUAVFwFAKRcBQCwXAUA+lwFAP1cBQBQXQUAU10FAKZdBQDOXQUA/F0FAB9eBQBSXgUAXV4FAKheBQCtXgUA/l4FAAFfBQBUXwUAXl8FAKpfBQDSXwUASvMRAAVgBQBWYAUAY2AFAKxgBQC5YAUAAmEFAA5hBQBYYQUAZ2EFAK5hBQC4YQUABGIFAAxiBQBaYgUAZGIFALBiBQC1YgUABmMFAA5jBQCg8xEAaWMFALJjBQDGYwUACGQFABBkBQBeZAUAY2QFALRkBQDEZAUACmUFABJlBQBgZQUAamUFALZlBQDBZQUADGYFABhmBQBiZgUAamYFAPbzEQC5ZgUADmcFABpnBQBkZwUAc2cFALpnBQDIZwUAEGgFACBoBQBmaAUAdGgFALxoBQDIaAUAEmkFABlpBQBoaQUAcGkFAL5pBQDUaQUAFGoFAChqBQBqagUAbWoFAMBqBQDdagUAFmsFACdrBQBsawUAdGsFAMJrBQDNawUAGGwFAB1sBQBubAUAcWwFAMRsBQDObAUAGm0FAB1tBQBM9BEAcm0FAGhvCAB1bQUAxm0FAMltBQAcbgUAJm4FAHJuBQB6bgUAyG4FAOduBQCi9BEAMm8FAHRvBQCabwUAym8FAPBvBQAgcAUARnAFAHZwBQCucAUAzHAFAAJxBQAicQUASHEFAHhxBQCecQUAznEFAARyBQAkcgUASHIFAHpyBQCWcgUA0HIFANhyBQD49BEAK3MFAHxzBQCJcwUA0nMFAN9zBQAodAUANHQFAH50BQCNdAUA1HQFAN50BQAqdQUAOHUFAIB1BQCFdQUA1nUFAON1BQAsdgUANHYFAE71EQCOdgUA2HYFAOh2BQAudwUAN3cFAIR3BQCHdwUA2ncFAOZ3BQAweAUAN3gFAKT1EQCUeAUA3HgFAPJ4BQAyeQUAPnkFAIh5BQCPeQUA3nkFAOZ5BQA0egUAOXoFAIp6BQCTegUA4HoFAOp6BQD69REAN3sFAIx7BQCYewUA4nsFAOh7BQA4fAUAOnwFAI58BQCYfAUA5HwFAPJ8BQA6fQUAP30FAJB9BQCdfQUA5n0FAO59BQA8fgUARn4FAJJ+BQCgfgUA6H4FAP5+BQA+fwUASn8FAJR/BQCbfwUA6n8FAPJ/BQBAgAUARYAFAJaABQCfgAUA7IAFAPaABQBQ9hEARYEFAJiBBQC1gQUA7oEFAP+BBQBEggUAUoIFAJqCBQCyggUA8IIFAPOCBQBGgwUAY4MFAJyDBQCtgwUA8oMFAAqEBQBIhAUAVIQFAJ6EBQCxhAUA9IQFAAOFBQBKhQUAVoUFAKCFBQChhQUA9oUFAACGBQBMhgUAWoYFAKKGBQCnhgUA+IYFAAWHBQCm9hEAU4cFAKSHBQCxhwUA+ocFAAeIBQBQiAUAXIgFAKaIBQC1iAUA/IgFAAaJBQBSiQUAYIkFAKiJBQCtiQUA/okFAAuKBQBUigUAXIoFAKj3EQC2igUAAIsFABCLBQBWiwUAX4sFAKyLBQCviwUAAowFAA6MBQBYjAUAX4wFAP73EQC8jAUABI0FABqNBQBajQUAZo0FALCNBQC3jQUABo4FAA6OBQBcjgUAYY4FALKOBQC7jgUACI8FABKPBQBU+BEAX48FALSPBQDAjwUACpAFABCQBQBgkAUAYpAFALaQBQDAkAUADJEFABqRBQBikQUAZ5EFALiRBQDFkQUADpIFABaSBQBkkgUAbpIFALqSBQDIkgUAEJMFACaTBQBmkwUAcpMFALyTBQDDkwUAEpQFABqUBQBolAUAbZQFAL6UBQDHlAUAFJUFAB6VBQCq+BEAeJUFAMCVBQDWlQUAFpYFACKWBQBslgUAc5YFAMKWBQDKlgUAGJcFAB2XBQBulwUAd5cFAMSXBQDOlwUAAPkRABuYBQBwmAUAfJgFAMaYBQDMmAUAHJkFAB6ZBQBymQUAfJkFAMiZBQDWmQUAHpoFACOaBQB0mgUAgZoFAMqaBQDSmgUAIJsFACqbBQB2mwUAhJsFAMybBQDimwUAIpwFAC6cBQB4nAUAf5wFAM6cBQDWnAUAJJ0FACmdBQB6nQUAg50FANCdBQDanQUAVvkRACieBQC6TA0ANJ4FAHyeBQCNngUA0p4FANeeBQAonwUAP58FAH6fBQCSnwUA1J8FAOyfBQAqoAUAOaAFAICgBQCFoAUA1qAFAOOgBQAsoQUAOaEFAIKhBQCOoQUA2KEFAOehBQAuogUAOKIFAISiBQCMogUA2qIFAPiiBQAwowUAOKMFAIajBQCPowUA3KMFAOmjBQAypAUANKQFAIikBQChpAUA3qQFAO+kBQA0pQUAQKUFAIqlBQCSpQUArPkRAOWlBQA2pgUAPqYFAIymBQCbpgUA4qYFAOemBQA4pwUARacFAI6nBQCbpwUA5KcFAPCnBQA6qAUASagFAJCoBQCaqAUA5qgFAO6oBQA8qQUARqkFAJKpBQCXqQUA6KkFAPCpBQAC+hEAUqoFAJSqBQCXqgUA6qoFAAerBQBAqwUAUasFAJarBQDMqwUA7KsFAAusBQBCrAUASqwFAJisBQCarAUA7qwFAP2sBQBErQUATq0FAJqtBQCorQUA8K0FAAuuBQBGrgUAUq4FAJyuBQCkrgUAWPoRAP6uBQBIrwUAV68FAJ6vBQCjrwUA9K8FAPqvBQBKsAUAUbAFAKCwBQCosAUA9rAFAPiwBQBMsQUAU7EFAKKxBQCksQUA+LEFAPmxBQBOsgUAWLIFAKSyBQCwsgUA+rIFAACzBQBQswUAarMFAKazBQCuswUA/LMFABK0BQBStAUAYLQFAKi0BQCrtAUA/rQFAAG1BQBUtQUAYrUFAKq1BQC3tQUAALYFABe2BQBWtgUAXrYFAKy2BQCutgUAArcFAAq3BQBYtwUAb7cFAK63BQC6twUABLgFABq4BQBauAUAYrgFALC4BQC+uAUABrkFABC5BQBcuQUAZLkFALK5BQC5uQUACLoFABS6BQBeugUAX7oFALS6BQDAugUACrsFABe7BQBguwUAZ7sFALa7BQC5uwUADLwFABS8BQBivAUAZ7wFALi8BQDFvAUADr0FAD69BQBkvQUAbL0FAK76EQDAvQUAEL4FAB6+BQBmvgUAd74FALy+BQDBvgUAEr8FACm/BQBovwUAfL8FAL6/BQDdvwUAFMAFABzABQBqwAUAbMAFAMDABQDPwAUAFsEFACDBBQBswQUAesEFAMLBBQDdwQUAGMIFACTCBQBuwgUAdsIFAAT7EQDQwgUAGsMFACnDBQBwwwUAdcMFAMbDBQDMwwUAHMQFACPEBQByxAUAesQFAMjEBQDKxAUAHsUFACXFBQB0xQUAdsUFAMrFBQDLxQUAIMYFACrGBQB2xgUAgsYFAMzGBQDSxgUAIscFADzHBQB4xwUAgMcFAM7HBQDkxwUAJMgFADLIBQB6yAUAfcgFANDIBQDTyAUAJskFADTJBQB8yQUAickFANLJBQDpyQUAKMoFADDKBQB+ygUAgMoFANTKBQDcygUAKssFAEHLBQCAywUAjMsFANbLBQDsywUALMwFADTMBQCCzAUAkMwFANjMBQDizAUALs0FADbNBQCEzQUAi80FANrNBQDmzQUAMM4FADHOBQCGzgUAks4FANzOBQDpzgUAMs8FADnPBQCIzwUAi88FAN7PBQDmzwUANNAFADnQBQCK0AUAl9AFAODQBQAQ0QUANtEFAD7RBQBa+xEAkdEFAOLRBQD+0QUAONIFAEDSBQCw+xEAx9IFAOTSBQAK0wUAOtMFAGPTBQCQ0wUAxtMFAObTBQD70wUAPNQFAETUBQCS1AUAldQFAOjUBQAF1QUAPtUFAE/VBQCU1QUAl9UFAOrVBQD01QUAQNYFAELWBQCW1gUAoNYFAOzWBQD41gUAQtcFAF7XBQCY1wUAoNcFAAb8EQAh2AUARNgFAEfYBQCa2AUAwNgFAPDYBQAZ2QUARtkFAGrZBQCc2QUApNkFAFz8EQD32QUASNoFAFXaBQCe2gUAq9oFAPTaBQAA2wUAStsFAFnbBQCg2wUAqtsFAPbbBQAE3AUATNwFAFHcBQCi3AUAr9wFAPjcBQAA3QUATt0FAFjdBQCk3QUAst0FAPrdBQAQ3gUAUN4FAFzeBQCm3gUAq94FAPzeBQAF3wUAUt8FAFzfBQCo3wUAxN8FAP7fBQAG4AUAsvwRAFbgBQCq4AUAuOAFAADhBQAR4QUACP0RAF3hBQBe/REAseEFAALiBQAK4gUAWOIFAGfiBQCu4gUAtOIFAATjBQAQ4wUAWuMFAFzjBQCw4wUAuuMFAAbkBQAS5AUAXOQFAGTkBQAK/hEAt+QFAAjlBQAX5QUAXuUFAH7lBQC05QUAwOUFAArmBQAU5gUAYOYFAGjmBQC25gUAuOYFAAznBQAc5wUAYucFAGznBQC45wUAxOcFAA7oBQAU6AUAZOgFAGzoBQBg/hEAv+gFABDpBQAZ6QUAMIYMAB3pBQBm6QUAJukFACy1DwBw6QUAuHoPAHPpBQC86QUAyOkFABLqBQAh6gUAaOoFAHLqBQC+6gUAxuoFAHp+CwDM6gUAFOsFACHrBQBq6wUAgesFAMDrBQDI6wUAFuwFACDsBQBs7AUAcewFAMLsBQDK7AUAtv4RACXtBQBu7QUAfO0FAMTtBQDX7QUAGu4FACLuBQBw7gUAc+4FAMbuBQDL7gUAHO8FACvvBQBy7wUAku8FAMjvBQDU7wUAHvAFACjwBQB08AUAkPAFAMrwBQDS8AUADP8RADPxBQB28QUAfPEFAMzxBQDY8QUAIvIFACzyBQB48gUAfvIFAM7yBQDc8gUAJPMFADDzBQB68wUAffMFANDzBQDR8wUAJvQFADL0BQB89AUAgvQFANL0BQDY9AUAKPUFADT1BQB+9QUAm/UFANT1BQDd9QUAKvYFADb2BQCA9gUAg/YFANb2BQDg9gUALPcFADj3BQCC9wUAiPcFANj3BQDe9wUALvgFADP4BQCE+AUAivgFAGL/EQDm+AUAMPkFADL5BQCG+QUAlfkFANz5BQDn+QUAMvoFAD76BQCI+gUAj/oFAN76BQDm+gUANPsFAD77BQCK+wUAlfsFAOD7BQDs+wUANvwFAD78BQBkABIAjvwFAOL8BQD1/AUAOP0FAED9BQCO/QUAlP0FAOT9BQDw/QUAOv4FAET+BQCQ/gUAlv4FAOb+BQD0/gUAPP8FAEj/BQCS/wUAlf8FAOj/BQDw/wUAPgAGAD8ABgCUAAYAoAAGAOoABgDwAAYAQAEGAEgBBgCWAQYAnAEGAOwBBgD4AQYAQgIGAF8CBgCYAgYAoQIGAO4CBgD6AgYARAMGAEcDBgCaAwYApAMGAPADBgD4AwYARgQGAFcEBgCcBAYAqgQGAPIEBgAIBQYASAUGAFYFBgCeBQYAqAUGALoAEgADBgYASgYGAFUGBgCgBgYArAYGAPYGBgD9BgYATAcGAFQHBgCiBwYArAcGAPgHBgADCAYATggGAFoIBgCkCAYArAgGABABEgD8CAYAUAkGAGMJBgCmCQYArgkGAPwJBgACCgYAUgoGAF4KBgCoCgYAsgoGAP4KBgAECwYAVAsGAGILBgCqCwYAtgsGAAAMBgADDAYAVgwGAF4MBgCsDAYArQwGAAINBgAODQYAWA0GAF4NBgCuDQYAtg0GAAQOBgAKDgYAWg4GAGYOBgCwDgYAzQ4GAAYPBgAPDwYAXA8GAGgPBgCyDwYAtQ8GAAgQBgASEAYAXhAGAGYQBgC0EAYAxRAGAAoRBgAYEQYAYBEGAHYRBgC2EQYAxBEGAAwSBgAWEgYAYhIGAGoSBgC4EgYA2xIGAGYBEgAZEwYAZBMGAHITBgC6EwYAyRMGABAUBgAbFAYAZhQGAG4UBgC8FAYAyhQGABIVBgAVFQYAaBUGAHAVBgC8ARIA2hUGABICEgAWFgYAahYGAHcWBgDAFgYAzRYGABYXBgAbFwYAbBcGAHYXBgDCFwYA0RcGABgYBgAdGAYAbhgGAHsYBgDEGAYA0RgGABoZBgAmGQYAcBkGAH8ZBgDGGQYA0BkGABwaBgAoGgYAchoGAHgaBgDIGgYAzhoGAB4bBgAjGwYAdBsGAHobBgBoAhIAzxsGAGI9BgDbGwYAIBwGAC4cBgB2HAYAghwGAMwcBgDZHAYAIh0GACwdBgB4HQYAlB0GAM4dBgDqHQYAvgISACYeBgB6HgYAhx4GANAeBgDdHgYAJh8GACsfBgB8HwYAhh8GANIfBgDhHwYAKCAGAC0gBgB+IAYAiyAGANQgBgDhIAYAKiEGADYhBgCAIQYAjyEGANYhBgDgIQYALCIGADgiBgCCIgYAiCIGANgiBgDeIgYALiMGADMjBgCEIwYAiiMGABQDEgDmIwYAMCQGADckBgCGJAYAlCQGANwkBgDfJAYAMiUGADolBgCIJQYAjSUGAN4lBgDrJQYANCYGADwmBgBqAxIAjyYGAOAmBgDvJgYANicGADgnBgCMJwYAnScGAOInBgDtJwYAOCgGAD0oBgCOKAYAkSgGAOQoBgDuKAYAOikGAFYpBgDAAxIAlykGAOYpBgD0KQYAPCoGAD8qBgCSKgYAoSoGAOgqBgDtKgYAPisGAEsrBgCUKwYAoSsGAOorBgD2KwYAQCwGAE8sBgCWLAYAoCwGAOwsBgD6LAYAQi0GAEctBgCYLQYApS0GAO4tBgD6LQYARC4GAFcuBgCaLgYAqS4GAPAuBgD8LgYARi8GAEcvBgCcLwYApi8GAPIvBgAAMAYASDAGAE0wBgCeMAYAqzAGABYEEgD2MAYASjEGAFgxBgCgMQYAsTEGABgFEgD9MQYAbgUSAFEyBgCiMgYAqjIGAPgyBgAHMwYATjMGAFMzBgCkMwYAsTMGAPozBgAHNAYAUDQGAFw0BgCmNAYAtTQGAPw0BgAGNQYAGgYSAFQ1BgCoNQYAwzUGAP41BgAANgYAVDYGAG42BgCqNgYAtzYGAAA3BgAMNwYAVjcGAGA3BgCsNwYAxjcGAAI4BgAROAYAWDgGAF04BgCuOAYAuzgGAAQ5BgAROQYAWjkGAGY5BgCwOQYAvzkGAAY6BgAQOgYAXDoGAGg6BgCyOgYAxToGAAg7BgAXOwYAXjsGAGo7BgC0OwYAtTsGAAo8BgAUPAYAYDwGAG48BgC2PAYAuzwGAAw9BgAZPQYAcAYSAG89BgC4PQYAxT0GAA4+BgAaPgYAZD4GAHM+BgC6PgYAxD4GABA/BgAePwYAZj8GAGs/BgC8PwYAyT8GABJABgAeQAYAaEAGAHtABgC+QAYAzUAGABRBBgAgQQYAakEGAGtBBgDAQQYAykEGABZCBgAkQgYAbEIGAHFCBgDCQgYAz0IGAMYGEgAlQwYAbkMGAHBDBgDEQwYA3UMGABpEBgArRAYAcEQGAHxEBgDGRAYAzkQGAMgHEgAhRQYAckUGAHpFBgDIRQYA10UGAB5GBgAjRgYAdEYGAIFGBgDKRgYA10YGACBHBgAsRwYAdkcGAIVHBgDMRwYA1kcGAB4IEgA1SAYAeEgGAIdIBgDOSAYA2kgGACRJBgAlSQYAekkGAIRJBgDQSQYA3kkGACZKBgArSgYAfEoGAIlKBgB0CBIA10oGAChLBgA1SwYAfksGAItLBgDUSwYA4EsGACpMBgA5TAYAgEwGAIpMBgDWTAYA5EwGACxNBgAxTQYAgk0GAI9NBgDYTQYA4E0GAHYJEgA6TgYAhE4GAJROBgDaTgYA404GADBPBgAzTwYAhk8GAJJPBgDcTwYA408GAMwJEgA9UAYAiFAGAIlQBgDeUAYA9lAGADRRBgBBUQYAilEGAJZRBgDgUQYA6lEGADZSBgA6UgYAjFIGAJFSBgDiUgYA6FIGADhTBgBYUwYAjlMGAKZTBgDkUwYA+1MGADpUBgBGVAYAkFQGAJpUBgDmVAYA6FQGADxVBgBDVQYAklUGAJlVBgDoVQYA7lUGAD5WBgBKVgYAlFYGAJdWBgDqVgYA7VYGAEBXBgBMVwYAllcGAJlXBgAiChIA8VcGAEJYBgBKWAYAmFgGAJ5YBgDuWAYA81gGAERZBgBNWQYAmlkGAKRZBgDwWQYA/FkGAEZaBgBOWgYAeAoSAKFaBgDyWgYA+loGAEhbBgBTWwYAnlsGAKNbBgD0WwYA91sGAEpcBgBUXAYAzgoSAKhcBgD2XAYA+lwGAExdBgBOXQYAol0GAKVdBgD4XQYAAF4GAE5eBgBbXgYApF4GAKleBgD6XgYABF8GAFBfBgBYXwYApl8GAKdfBgD8XwYAAWAGAFJgBgBVYAYAqGAGAKtgBgD+YAYADGEGAFRhBgBtYQYAqmEGALthBgAAYgYADGIGAFZiBgBeYgYAJAsSALFiBgACYwYACmMGAFhjBgBnYwYArmMGALNjBgAEZAYAEWQGAFpkBgBnZAYAsGQGALxkBgAGZQYAFWUGAFxlBgBmZQYAsmUGALplBgAIZgYAEmYGAF5mBgBjZgYAtGYGALxmBgB6CxIAFWcGAGBnBgBsZwYAtmcGAL5nBgDQCxIAGGgGAGJoBgBpaAYAuGgGAMZoBgAOaQYAEWkGAGRpBgBsaQYAumkGAL1pBgAQagYAHGoGAGZqBgBsagYAvGoGANdqBgASawYAHmsGAGhrBgBuawYAvmsGAOFrBgAUbAYAF2wGAGpsBgCObAYAJgwSAMVsBgAWbQYAI20GAGxtBgB5bQYAwm0GAM5tBgAYbgYAJ24GAG5uBgB4bgYAxG4GANJuBgAabwYAH28GAHBvBgB9bwYAxm8GAM5vBgB8DBIAKXAGAHJwBgB6cAYAyHAGAOFwBgAecQYAJHEGAHRxBgB5cQYAynEGAOpxBgAgcgYALHIGAHZyBgCDcgYAzHIGANRyBgAicwYAJXMGAHhzBgCCcwYAznMGANBzBgAkdAYALnQGAHp0BgCGdAYA0gwSAOZ0BgAmdQYAMnUGAHx1BgCBdQYA0nUGAIR1BgByCRMA23UGACh2BgAydgYAfnYGAIZ2BgBcbQoAinYGANR2BgChdgYAgKoKANp2BgAqdwYA53YGACqFDQAwdwYAgHcGAIV3BgDWdwYA3HcGACgNEgA6eAYAgngGAJh4BgDYeAYA5HgGAC55BgAzeQYAhHkGAI15BgDaeQYA5HkGADB6BgA4egYAhnoGAJV6BgDcegYA4XoGADJ7BgA/ewYAiHsGAJV7BgDeewYA6nsGADR8BgBDfAYAinwGAJR8BgDgfAYA7nwGADZ9BgBDfQYAjH0GAKN9BgDifQYA6n0GADh+BgBCfgYAjn4GAJN+BgDkfgYA7H4GACoOEgBGfwYAkH8GAJZ/BgDmfwYAAYAGADyABgBIgAYAkoAGAJiABgCADhIA7oAGADA0DgD7gAYAPoEGAE2BBgCUgQYAoIEGAOqBBgDrgQYAQIIGAEqCBgCWggYApIIGAOyCBgDxggYAQoMGAE+DBgDWDhIAnYMGAO6DBgD2gwYARIQGAEeEBgCahAYAo4QGAPCEBgD/hAYARoUGAFGFBgCchQYApIUGAPKFBgAChgYASIYGAFaGBgCehgYAr4YGAPSGBgAAhwYASocGAFKHBgDYDxIApocGAPaHBgD+hwYATIgGAFOIBgCiiAYAsIgGAPiIBgD+iAYATokGAFqJBgCkiQYAs4kGAPqJBgAEigYAUIoGAFWKBgCmigYArIoGAPyKBgAQiwYAUosGAFqLBgCoiwYA0osGAP6LBgAHjAYAVIwGAGGMBgCqjAYAuIwGAACNBgATjQYAVo0GAHKNBgAuEBIAsY0GAAKOBgAPjgYAWI4GAGWOBgCujgYAuo4GAASPBgATjwYAWo8GAGSPBgCwjwYAvo8GAAaQBgALkAYAXJAGAGmQBgCykAYAupAGAIQQEgAUkQYAXpEGAG6RBgC0kQYAvZEGAAqSBgANkgYAYJIGAGySBgC2kgYAvZIGANoQEgA2kwYAYpMGAGuTBgC4kwYAxZMGAA6UBgAclAYAZJQGAHeUBgC6lAYA1pQGADAREgAelQYAZpUGAHyVBgC8lQYAyJUGABKWBgAZlgYAaJYGAHCWBgC+lgYAw5YGABSXBgAdlwYAapcGAHSXBgCGERIAwZcGABaYBgAimAYAbJgGAHKYBgDCmAYAxJgGABiZBgAimQYAbpkGAHyZBgDEmQYAyZkGABqaBgAnmgYAcJoGAHiaBgDGmgYA0JoGABybBgAqmwYAcpsGAIibBgDImwYA1JsGAB6cBgAlnAYAdJwGAHycBgDKnAYAz5wGACCdBgApnQYAdp0GAICdBgDcERIA0p0GACKeBgAongYAeJ4GAH2eBgDOngYA1J4GADISEgApnwYAep8GAIefBgDQnwYA3Z8GACagBgAyoAYAfKAGAIugBgDSoAYA3KAGACihBgA2oQYAfqEGAIOhBgDUoQYA4aEGACqiBgAyogYANBMSAI6iBgDWogYA7KIGACyjBgA4owYAgqMGAIejBgDYowYA4aMGAC6kBgA4pAYAihMSAJCkBgDapAYA66QGADClBgA8pQYAhqUGAJWlBgDcpQYA5qUGADKmBgBApgYAiKYGAI2mBgDepgYA66YGADSnBgA+pwYAiqcGAECnBgA8qwYAmKcGAOCnBgD2pwYANqgGAEKoBgCMqAYAkagGAOKoBgDrqAYAOKkGAEKpBgCOqQYAmqkGAOSpBgDqqQYAOqoGAECqBgCQqgYAlaoGAOaqBgDsqgYA4BMSAEKrBgCSqwYAmKsGAOirBgDtqwYAPqwGAESsBgA2FBIAoqwGAOqsBgAArQYAQK0GAEytBgCWrQYAm60GAOytBgD1rQYAQq4GAEyuBgCYrgYApK4GAO6uBgABrwYARK8GAFOvBgCarwYApq8GAPCvBgDxrwYARrAGAFCwBgCcsAYAqrAGAPKwBgD3sAYASLEGAFWxBgCMFBIArbEGAPSxBgAUsgYASrIGAFayBgCgsgYAqrIGAPayBgD7sgYATLMGAE2zBgCiswYArrMGAPizBgAFtAYATrQGAFq0BgCktAYAt7QGAPq0BgAJtQYAULUGAFy1BgCmtQYAp7UGAPy1BgAGtgYAUrYGAGC2BgCotgYArbYGAP62BgALtwYA4hQSAHC3BgA4FRIAsLcGAAC4BgAGuAYAVrgGAFu4BgCsuAYAsrgGAI4VEgAHuQYAWLkGAFu5BgCuuQYAurkGAAS6BgAKugYAWroGAHW6BgCwugYAvLoGAAa7BgAMuwYAXLsGAF67BgCyuwYAzbsGAAi8BgAKvAYAXrwGAGy8BgC0vAYAxbwGAAq9BgAMvQYAYL0GAHm9BgC2vQYAx70GAAy+BgAYvgYAkBYSAGy+BgC4vgYAxr4GAA6/BgAkvwYAZL8GAHC/BgC6vwYAv78GABDABgAZwAYAZsAGAHDABgC8wAYAxMAGABLBBgAXwQYAaMEGAHfBBgC+wQYAzcEGABTCBgAdwgYAasIGAHDCBgDAwgYAxsIGABbDBgAiwwYAbMMGAHPDBgDCwwYAysMGABjEBgAaxAYAbsQGAH7EBgDExAYAzsQGABrFBgAmxQYAcMUGAHbFBgDGxQYAzsUGAOYWEgAoxgYAcsYGAIPGBgDIxgYA1MYGAB7HBgAtxwYAdMcGAH7HBgDKxwYA2McGACDIBgAlyAYAdsgGAIPIBgDMyAYA1MgGACLJBgAsyQYA/OAGAC7JBgB4yQYAfskGAM7JBgDUyQYAJMoGACnKBgB6ygYAgMoGADwXEgDcygYAJssGACzLBgB8ywYAl8sGANLLBgDeywYAKMwGAC7MBgB+zAYAhswGANTMBgDXzAYAKs0GADbNBgCAzQYAkc0GANbNBgDizQYALM4GADvOBgCCzgYAjM4GANjOBgDmzgYALs8GADPPBgCEzwYAkc8GANrPBgDizwYAMNAGADrQBgCG0AYAlNAGANzQBgDy0AYAMtEGAD7RBgCI0QYAjdEGAN7RBgDn0QYANNIGAD7SBgA+GBIAkNIGAODSBgDm0gYANtMGAELTBgCM0wYAmdMGAOLTBgDs0wYAONQGAEDUBgCO1AYAmNQGAOTUBgDp1AYAOtUGADvVBgCQ1QYAldUGAObVBgD31QYAPNYGAEHWBgCS1gYAqdYGAOjWBgD81gYAPtcGAFrXBgCU1wYAnNcGAJQYEgDy1wYAQNgGAErYBgCW2AYAqtgGAOzYBgDt2AYAQtkGAE7ZBgCY2QYAtNkGAO7ZBgD22QYA6hgSAE3aBgCa2gYAqNoGAPDaBgCp2gYAaksLAPraBgBG2wYASNsGAJzbBgC12wYA8tsGAAPcBgBI3AYAVNwGAJ7cBgCm3AYAQBkSAADdBgBK3QYAUN0GAKDdBgC73QYA9t0GAALeBgBM3gYAUt4GAKLeBgCl3gYA+N4GAADfBgBO3wYAXt8GAKTfBgCp3wYA+t8GAAPgBgBQ4AYAXeAGAKbgBgCt4AYAlhkSAArhBgBS4QYAaOEGAKjhBgC04QYA/uEGAAPiBgBU4gYAXeIGAKriBgC04gYAAOMGABzjBgBW4wYAXuMGAOwZEgCx4wYAAuQGAArkBgBY5AYAWuQGAK7kBgDJ5AYABOUGAAblBgBa5QYAaOUGALDlBgDB5QYABuYGAAjmBgBc5gYAdeYGALLmBgDD5gYACOcGABTnBgBe5wYAZucGAEIaEgDA5wYACugGABDoBgBg6AYAe+gGALboBgDC6AYADOkGABLpBgBi6QYAZekGAJgaEgDV6QYADuoGAA/qBgBk6gYAc+oGALrqBgC/6gYAEOsGAB3rBgBm6wYAc+sGALzrBgDI6wYAEuwGACHsBgBo7AYAcuwGAL7sBgDM7AYAFO0GABntBgBq7QYAd+0GAMDtBgDM7QYAFu4GABzuBgBs7gYAKe4GAOwDBwBy7gYAwu4GAMfuBgAY7wYAHu8GAO4aEgBz7wYAxO8GAOTvBgAa8AYAJvAGAHDwBgB28AYAxvAGAM7wBgB0HQcAz/AGABzxBgAp8QYAcvEGAHjxBgDI8QYA1PEGAB7yBgAg8gYAdPIGAIPyBgDK8gYA1fIGACDzBgAi8wYAdvMGAI/zBgDM8wYA3fMGACL0BgAu9AYAePQGAIT0BgDO9AYA4fQGACT1BgAz9QYAevUGAIb1BgDQ9QYA0fUGACb2BgAw9gYAfPYGAIr2BgDS9gYA1/YGACj3BgA19wYARBsSAIv3BgDU9wYA6PcGACr4BgBG+AYAgPgGAJz4BgCaGxIA5fgGACz5BgAt+QYAgvkGAJH5BgDY+QYA3fkGAC76BgA7+gYAhPoGAJH6BgDa+gYA5voGADD7BgA/+wYAhvsGAJD7BgDc+wYA6vsGADL8BgA3/AYAiPwGAJX8BgDe/AYA7vwGADT9BgA2/QYAiv0GAJj9BgDg/QYA8f0GAPAbEgA9/gYARhwSAJH+BgDi/gYA7/4GADj/BgBF/wYAjv8GAJT/BgDk/wYA8P8GADoABwBKAAcAkAAHAJkABwDmAAcA6QAHADwBBwBIAQcAkgEHAJkBBwCcHBIA9AEHAD4CBwBOAgcAlAIHAJ0CBwDqAgcA7QIHAEADBwBMAwcAlgMHAJ0DBwDyHBIA+wMHAEIEBwBOBAcAmAQHAJkEBwDuBAcA+AQHAEQFBwBSBQcAmgUHAJ8FBwDwBQcA/QUHAEgdEgBLBgcAnAYHAKsGBwDyBgcAEgcHAEgHBwBUBwcAngcHAKgHBwD0BwcA/AcHAEoIBwBWCAcAoAgHAKYIBwD2CAcA/AgHAEwJBwBRCQcAogkHAKgJBwBKHhIA/QkHAE4KBwBXCgcApAoHALUKBwD6CgcAAQsHAFALBwBYCwcApgsHALMLBwD8CwcAAQwHAFIMBwBcDAcAqAwHALAMBwD+DAcADQ0HAFQNBwBZDQcAqg0HALcNBwAADgcADQ4HAFYOBwBiDgcArA4HALsOBwACDwcADA8HAFgPBwBgDwcArg8HALgPBwAEEAcACRAHAFoQBwBiEAcATB8SALUQBwAGEQcACREHAFwRBwBmEQcAoh8SALgRBwAIEgcADRIHAF4SBwB+EgcAtBIHAMASBwAKEwcAEBMHAGATBwBjEwcAthMHALgTBwAMFAcAJxQHAGIUBwBkFAcAuBQHAMYUBwAOFQcAHxUHAGQVBwBmFQcAuhUHANMVBwAQFgcAIRYHAGYWBwByFgcA+B8SAMwWBwASFwcAMhcHAGgXBwBqFwcAvhcHAMoXBwBIRBAAzRcHAOYrBwDaFwcAVjkHAOoXBwAUGAcAFxgHAGoYBwB5GAcAwBgHAMUYBwAWGQcAIxkHAGwZBwB5GQcAwhkHAM4ZBwAYGgcAJxoHAG4aBwB4GgcAxBoHANIaBwAaGwcAHxsHAHAbBwB9GwcAxhsHANIbBwAcHAcAIhwHAHIcBwB4HAcAyBwHAM0cBwAeHQcAJB0HAE4gEgCKHQcAyh0HAMwdBwAgHgcANB4HAHYeBwB+HgcAzB4HANkeBwAiHwcAJx8HAHgfBwCCHwcAzh8HANYfBwAkIAcAPSAHAHogBwCGIAcA0CAHANggBwCkIBIAQSEHAHwhBwB+IQcA0iEHAOAhBwAoIgcAOSIHAH4iBwCAIgcA1CIHAO0iBwAqIwcAOyMHAIAjBwCMIwcA+iASANsjBwAsJAcANSQHAIIkBwCTJAcA2CQHAN8kBwAuJQcANiUHAIQlBwCRJQcA2iUHAN8lBwAwJgcAOiYHAIYmBwCOJgcA3CYHAPUmBwAyJwcAPicHAIgnBwCQJwcApiESAOEnBwA0KAcAPigHAIooBwCMKAcA4CgHAPkoBwA2KQcARykHAIwpBwCaKQcA4ikHAOUpBwA4KgcAQyoHAI4qBwCaKgcA5CoHAOsqBwD8IRIAOysHAJArBwCrKwcAUiISAOsrBwA8LAcASSwHAJIsBwCfLAcA6CwHAPQsBwA+LQcATS0HAJQtBwCeLQcA6i0HAPgtBwBALgcARS4HAJYuBwCjLgcA7C4HAPguBwBCLwcASC8HAJgvBwCeLwcA7i8HAPMvBwBEMAcASjAHAKgiEgCnMAcA8DAHAPIwBwBGMQcAXzEHAJwxBwCtMQcA8jEHAP4xBwBIMgcAUDIHAKojEgCjMgcA9DIHAPwyBwBKMwcAYzMHAKAzBwClMwcA9jMHAPszBwBMNAcAVjQHAKI0BwClNAcA+DQHAAI1BwBONQcAVDUHAKQ1BwCmNQcA+jUHAPs1BwBQNgcAWDYHAKY2BwC2NgcA/DYHAAI3BwBSNwcAVzcHAKg3BwC+NwcA/jcHAAY4BwBUOAcAfjgHAKo4BwDNOAcAADkHAB85BwAAJBIAXjkHAFYkEgC9OQcAAjoHABA6BwBYOgcAZDoHAK46BwC7OgcABDsHAA47BwBaOwcAYjsHALA7BwC7OwcABjwHAAg8BwBcPAcAXzwHALI8BwC6PAcACD0HAA49BwBePQcAZz0HALQ9BwDBPQcACj4HABI+BwBgPgcAZT4HALY+BwC/PgcADD8HABY/BwBiPwcAaj8HALg/BwC9PwcADkAHAB5ABwBkQAcAbEAHALpABwC8QAcAEEEHACtBBwBmQQcAaEEHALxBBwDKQQcAEkIHACNCBwBoQgcAakIHAL5CBwDXQgcAFEMHACVDBwBqQwcAdkMHAMBDBwDIQwcArCQSABxEBwBsRAcAcUQHAMJEBwDiRAcAGEUHACRFBwBuRQcAdEUHAMRFBwDHRQcAGkYHACJGBwBwRgcAekYHAMZGBwDLRgcAHEcHACRHBwByRwcAfEcHAMhHBwDKRwcAHkgHAC9IBwB0SAcAlEgHAMpIBwDSSAcAIEkHACpJBwB2SQcAe0kHAAIlEgDgSQcAIkoHACpKBwB4SgcAfUoHAM5KBwDeSgcAJEsHACxLBwB6SwcAhEsHANBLBwDbSwcAJkwHADJMBwB8TAcAhEwHAFglEgDeTAcAKE0HADRNBwB+TQcAhU0HANRNBwDcTQcAKk4HAENOBwCATgcAhk4HANZOBwDbTgcALE8HAExPBwCCTwcAjk8HANhPBwDeTwcALlAHADFQBwCuJRIAhlAHANpQBwCSUAcAkkARAN1QBwAwUQcAOlEHAIZRBwCUUQcA3FEHAOtRBwAyUgcANVIHAIhSBwBKUgcAXJIHAE5SBwBucAcAlFIHAN5SBwDgUgcANFMHADpTBwCKUwcAmVMHAOBTBwDrUwcANlQHAD5UBwDc0gcAUFQHAIxUBwCYVAcA4lQHAPVUBwA4VQcAR1UHAI5VBwCaVQcA5FUHAOVVBwA6VgcARFYHAJBWBwCeVgcA5lYHAOtWBwA8VwcASVcHAAQmEgCsVwcA6FcHAPdXBwA+WAcAQ1gHAJRYBwChWAcA6lgHAPdYBwBAWQcATFkHAJZZBwClWQcA7FkHAPZZBwBCWgcAUFoHAJhaBwCdWgcA7loHAPtaBwBEWwcAUFsHAJpbBwCgWwcA8FsHAPZbBwBGXAcAS1wHAJxcBwCiXAcAWiYSAPNcBwBIXQcA+1wHAOgHCgD/XAcAZPAJAAFdBwA61wcAEl0HAMQqDwBUXQcAnl0HAKRdBwCEqAgAq10HAPRdBwD3XQcASl4HAFZeBwCgXgcAol4HAPZeBwD8XgcATF8HAFtfBwCiXwcArV8HAPhfBwD5XwcATmAHAGJgBwCkYAcAvmAHAPpgBwAGYQcAUGEHAGNhBwCmYQcAtWEHAPxhBwAIYgcAUmIHAFNiBwCoYgcAsmIHAP5iBwAMYwcAVGMHAFljBwCqYwcAt2MHALAmEgAaZAcAVmQHAGVkBwCsZAcAsWQHAAJlBwAPZQcAWGUHAGVlBwCuZQcAumUHAARmBwATZgcAWmYHAGRmBwCwZgcAvmYHAAZnBwALZwcAXGcHAGlnBwCyZwcAvmcHAAhoBwAOaAcAXmgHAGRoBwC0aAcAuWgHAAppBwAQaQcABicSAG5pBwC2aQcA0WkHAAxqBwAaagcAYmoHAG9qBwC4agcAz2oHAA5rBwAdawcAZGsHAGlrBwC6awcAx2sHABBsBwAdbAcAZmwHAHJsBwC8bAcAy2wHABJtBwAcbQcAaG0HAHZtBwC+bQcAw20HABRuBwAhbgcAam4HAG1uBwDAbgcAzG4HABZvBwAcbwcAbG8HAHJvBwDCbwcAx28HABhwBwAecAcAXCcSAIpwBwCyJxIAynAHABpxBwAccQcAcHEHAH1xBwDGcQcAyXEHABxyBwAdcgcAcnIHAHdyBwDIcgcAznIHAB5zBwAocwcAdHMHAJBzBwDKcwcA5nMHAAgoEgAmdAcAdnQHAHh0BwDMdAcA2XQHACJ1BwAldQcAeHUHAHl1BwDOdQcA03UHACR2BwAqdgcAenYHAIR2BwDQdgcA7HYHACZ3BwBCdwcAXigSAIJ3BwDSdwcA2HcHACh4BwAteAcAfngHAIR4BwC0KBIA1ngHACp5BwA4eQcAgHkHAJF5BwC2KRIA3XkHAAwqEgAxegcAgnoHAIp6BwDYegcA3XoHAC57BwDnegcAVo8HAC97BwCEewcAkHsHANp7BwDnewcAMHwHADh8BwCGfAcAkHwHANx8BwDrfAcAMn0HADN9BwCIfQcAkH0HAN59BwDtfQcANH4HADl+BwCKfgcAl34HAOB+BwDtfgcANn8HAEJ/BwCMfwcAm38HAOJ/BwDsfwcAOIAHAEaABwCOgAcAk4AHAOSABwDxgAcAOoEHAEKBBwCQgQcAmoEHAOaBBwDrgQcAPIIHAESCBwC4KhIAl4IHAOiCBwDxggcA8ocHAPWCBwA+gwcAS4MHAJSDBwCggwcA6oMHAPmDBwBAhAcASoQHAJaEBwCkhAcA7IQHAPGEBwBChQcAT4UHAJiFBwCghQcADisSAPqFBwBEhgcAVIYHAJqGBwCjhgcA8IYHAPOGBwBGhwcAUocHAJyHBwCjhwcAZCsSAAOIBwBIiAcAT4gHAJ6IBwCriAcA9IgHABOJBwBKiQcAVIkHAKCJBwCoiQcA9okHAAWKBwBMigcAUYoHAKKKBwCvigcA+IoHAAWLBwBOiwcAWosHAKSLBwCziwcA+osHAASMBwBQjAcAWIwHAKaMBwCwjAcA/IwHAAGNBwBSjQcAWo0HALorEgC0jQcA/o0HAASOBwBUjgcAb44HAKqOBwC2jgcAAI8HAAaPBwAQLBIAW48HAKyPBwC5jwcAApAHAA+QBwBYkAcAZJAHAK6QBwC9kAcABJEHAA6RBwBmLBIAZJEHALCRBwC1kQcABpIHAA6SBwC8LBIAZpIHALKSBwC4kgcACJMHAAqTBwBekwcAa5MHALSTBwC3kwcACpQHAAuUBwBglAcAZZQHALaUBwC8lAcADJUHABaVBwBilQcAfJUHALiVBwDHlQcADpYHABOWBwBklgcAcZYHALqWBwDHlgcAEJcHAByXBwBmlwcAdZcHALyXBwDGlwcAEpgHACCYBwBomAcAbZgHAL6YBwDLmAcAFJkHAB6ZBwDSogcAIJkHAGqZBwBwmQcAwJkHAMaZBwAWmgcAG5oHAGyaBwBymgcAEi0SAMeaBwAYmwcAJZsHAG6bBwB7mwcAxJsHANCbBwAanAcAKZwHAHCcBwB6nAcAxpwHANScBwAcnQcAIZ0HAHKdBwB/nQcAyJ0HANCdBwAULhIAJJ4HAHSeBwB6ngcAyp4HAM+eBwAgnwcAJp8HAGouEgB4nwcAzJ8HANWfBwAioAcAJaAHAHigBwCEoAcAzqAHANWgBwAkoQcALKEHAHqhBwCToQcA0KEHAOShBwAmogcAQqIHAHyiBwCEogcAFi8SAOCiBwAoowcAPqMHAH6jBwCKowcA1KMHANmjBwAqpAcAM6QHAICkBwCKpAcA1qQHAPKkBwAspQcANKUHAGwvEgCHpQcA2KUHAOWlBwAupgcAO6YHAISmBwCQpgcA2qYHAOmmBwAwpwcAOqcHAIanBwCUpwcA3KcHAOGnBwAyqAcAP6gHAIioBwCQqAcAwi8SAOyoBwA0qQcASqkHAIqpBwCWqQcA4KkHAOWpBwA2qgcAP6oHAIyqBwCWqgcA4qoHAOqqBwA4qwcAR6sHAI6rBwCQqwcA5KsHAO2rBwA6rAcAPawHAJCsBwCcrAcA5qwHAO2sBwA8rQcARK0HAJKtBwCrrQcA6K0HAPytBwA+rgcAWq4HAJSuBwCcrgcAGDASAO+uBwBArwcATa8HAJavBwCjrwcA7K8HAPivBwBCsAcAUbAHAJiwBwCisAcA7rAHAPiwBwBEsQcAUrEHAJqxBwCwsQcA8LEHAPyxBwBGsgcAS7IHAJyyBwClsgcA8rIHAPyyBwBIswcAVLMHAJ6zBwCkswcA9LMHAPqzBwBKtAcAT7QHAKC0BwCmtAcAbjASAAK1BwBMtQcAULUHAKK1BwCxtQcA+LUHAP21BwBOtgcAW7YHAKS2BwCxtgcA+rYHAAa3BwBQtwcAX7cHAKa3BwCwtwcA/LcHAAq4BwBSuAcAV7gHAKi4BwC1uAcA/rgHAAq5BwBUuQcAWrkHAKq5BwCwuQcAALoHAAW6BwBWugcAXLoHAMQwEgCxugcAArsHAAm7BwBYuwcAZLsHAK67BwCwuwcABLwHALG7BwC6wQcAH7wHAFq8BwBcvAcAsLwHAL68BwAGvQcAF70HAFy9BwBevQcAsr0HAMu9BwAIvgcAGb4HAF6+BwBqvgcAtL4HAMC+BwAKvwcAHb8HAGC/BwBvvwcAtr8HAMK/BwAMwAcADcAHAGLABwBswAcAuMAHAMbABwAOwQcAE8EHAGTBBwBxwQcAGjESALzBBwAQwgcAK8IHAGbCBwBowgcAvMIHAMrCBwASwwcAI8MHAGjDBwBqwwcAvsMHANfDBwAUxAcAJcQHAGrEBwB2xAcAwMQHAMzEBwAWxQcAKcUHAGzFBwB7xQcAwsUHAM7FBwAYxgcAGcYHAG7GBwB4xgcAxMYHANLGBwAaxwcAH8cHAHDHBwB9xwcAHDISAMvHBwAcyAcAJMgHAHLIBwB0yAcAyMgHANnIBwAeyQcALMkHAHTJBwCPyQcAyskHANbJBwAgygcAKMoHAB4zEgB7ygcAzMoHANPKBwAiywcALssHAHjLBwB7ywcAzssHANbLBwAkzAcANMwHAHrMBwB/zAcA0MwHANnMBwAmzQcAM80HAHzNBwCDzQcA0s0HANrNBwB0MxIANc4HAH7OBwCGzgcA1M4HAOjOBwAqzwcAL88HAIDPBwCJzwcA1s8HANzPBwAs0AcANNAHAILQBwCR0AcA2NAHAOnQBwAu0QcAN9EHAITRBwCH0QcA2tEHAOTRBwAw0gcAPNIHAIbSBwCM0gcAyjMSAOnSBwAy0wcAN9MHAIjTBwCP0wcA3tMHAOrTBwA01AcAPNQHACA0EgCl1AcA4NQHAOLUBwA21QcARNUHAIzVBwCd1QcA4tUHAOTVBwA41gcAUdYHAI7WBwCf1gcA5NYHAPDWBwB2NBIASdcHAJDXBwCZ1wcA5tcHAOzXBwA82AcAQtgHAJLYBwCe2AcA6NgHAO/YBwA+2QcARtkHAJTZBwCY2QcA6tkHAPXZBwBA2gcATtoHAJbaBwCn2gcA7NoHAPjaBwBC2wcAStsHAMw0EgCb2wcA7tsHAPjbBwBE3AcARtwHAJrcBwCz3AcA8NwHAAHdBwBG3QcAVN0HAJzdBwCf3QcA8t0HAP3dBwBI3gcAVt4HAJ7eBwCr3gcA9N4HAAvfBwBK3wcAUt8HAKDfBwCi3wcA9t8HAP7fBwBM4AcAW+AHAKLgBwCn4AcA+OAHAAXhBwBO4QcAW+EHAKThBwCw4QcA+uEHAAniBwBQ4gcAWuIHAKbiBwC04gcA/OIHAAHjBwBS4wcAX+MHAKjjBwCw4wcA/uMHAAjkBwBU5AcAWeQHAKrkBwCy5AcAAOUHAAPlBwBW5QcAc+UHAKzlBwC95QcAAuYHAArmBwBY5gcAW+YHAK7mBwC65gcABOcHAArnBwBa5wcAdecHALDnBwC85wcABugHAAzoBwAiNRIAa+gHALLoBwCz6AcACOkHAEDpBwBe6QcAbOkHALTpBwC16QcACuoHABLqBwBg6gcAb+oHALbqBwC76gcADOsHABnrBwBi6wcAb+sHALjrBwDE6wcADuwHAB3sBwBk7AcAbuwHALrsBwDI7AcAEO0HABXtBwBm7QcAc+0HALztBwDE7QcAEu4HABzuBwBo7gcAbe4HAL7uBwDG7gcAFO8HAB7vBwBq7wcAde8HAMDvBwDM7wcAFvAHAB7wBwB4NRIAcfAHAMLwBwDF8AcAGPEHACLxBwBu8QcAdvEHAM41EgDS8QcAGvIHADDyBwBw8gcAfPIHAMbyBwDL8gcAHPMHACXzBwBy8wcAfPMHAMjzBwDQ8wcAHvQHACr0BwB09AcAh/QHAMr0BwDL9AcAIPUHAC71BwB29QcAfPUHAMz1BwDY9QcAIvYHACn2BwAkNhIAefYHAM72BwDa9gcAJPcHADH3BwB69wcAgvcHAND3BwDa9wcAJvgHADX4BwB8+AcAffgHANL4BwDa+AcAKPkHADf5BwB++QcAg/kHANT5BwDh+QcAKvoHADf6BwCA+gcAjPoHANb6BwDl+gcALPsHADb7BwCC+wcAkPsHANj7BwDd+wcALvwHADv8BwCE/AcAjPwHANr8BwDe/AcAMP0HAD79BwCG/QcAkP0HANz9BwDn/QcAMv4HADr+BwCI/gcAk/4HAN7+BwDj/gcANP8HADf/BwCK/wcAlP8HAOD/BwDo/wcANgAIAFUACAB6NhIAmwAIAOIACADjAAgAOAEIAEABCACOAQgAjwEIAOQBCADqAQgAOgIIAD8CCACQAggAqwIIAOYCCAD0AggAPAMIAEMDCACSAwgAngMIAOgDCADuAwgAPgQIAFoECACUBAgAnAQIANA2EgDwBAgAQAUIAEYFCACWBQgAmwUIAOwFCADyBQgAJjcSAEcGCACYBggAnwYIAO4GCAD6BggARAcIAEwHCADSNxIArQcIAPAHCAAmCAgARggIAEgICABICQgAewgIAJwICADBCAgA8ggIAPkICAB+OBIALAkIACg4EgBYCQgAngkIANgJCADUOBIA/QkIAE5sDQD+CQgAeLAPABEKCABKCggAFAoIAIriDgBbCggAoAoIAKgKCAD2CggA+QoIAEwLCABYCwgAogsIAKgLCAD4CwgAEwwIAE4MCABaDAgApAwIAKoMCAD6DAgAAg0IAFANCABsDQgApg0IAK4NCAAqORIACw4IAFIOCABTDggAqA4IALAOCAD+DggA/w4IAFQPCABaDwgAqg8IAK8PCAAAEAgAGxAIAFYQCABkEAgArBAIALMQCAACEQgADhEIAFgRCABeEQgArhEIAMoRCAAEEggADBIIAIA5EgBgEggAsBIIALYSCAAGEwgACxMIAFwTCABiEwgA1jkSALcTCAAIFAgADxQIAF4UCABqFAgAtBQIALwUCACCOhIAHRUIAGAVCACWFQgAthUIALgVCAC4FggA6xUIAAwWCAAxFggAYhYIAGkWCAAuOxIAnBYIANg6EgDIFggADhcIAEgXCACEOxIAZhcIALoXCAC7FwgAEBgIABoYCABmGAgAdBgIALwYCADXGAgAEhkIAB4ZCABoGQgAcBkIANo7EgDKGQgAFBoIABoaCABqGggAhRoIAMAaCADMGggAFhsIABwbCABsGwgAdBsIAMIbCADQGwgAGBwIABscCABuHAgAdhwIAMQcCADNHAgAGh0IACcdCABwHQgAch0IAMYdCADhHQgAHB4IAB4eCAByHggAgB4IAMgeCADZHggAHh8IACAfCAB0HwgAjR8IAMofCADbHwgAICAIACwgCAB2IAgAfiAIADA8EgDSIAgAIiEIACohCAB4IQgAfyEIAM4hCADTIQgAJCIIADAiCAB6IggAfSIIANAiCADYIggAJiMIADMjCAB8IwgAgSMIANIjCADcIwgAKCQIADAkCAB+JAgAiiQIANQkCADnJAgAKiUIADglCACAJQgAgyUIANYlCADgJQgAhjwSAC8mCACCJggAiiYIANgmCADbJggALicIADonCACEJwgAiicIANonCAD1JwgAMCgIADwoCACGKAgAjCgIANwoCADkKAgAMikIAEApCACIKQgAiykIAN4pCADmKQgANCoIAD0qCACKKggAlyoIAOAqCADiKggANisIAFErCACMKwgAjisIAOIrCADwKwgAOCwIAEksCACOLAgAkCwIAOQsCAD9LAgAOi0IAEstCACQLQgAnC0IAOYtCADuLQgA3DwSAEIuCACSLggAmi4IAOguCADvLggAPi8IAEMvCACULwgAoC8IAOovCADtLwgAQDAIAEgwCACWMAgAozAIAOwwCADxMAgAQjEIAEwxCACYMQgAoDEIAO4xCAD6MQgARDIIAFcyCACaMggAqDIIAPAyCADzMggARjMIAFAzCAAyPRIAnzMIAPIzCAD+MwgASDQIAE40CACeNAgAuTQIAPQ0CAAANQgASjUIAFA1CACgNQgAqDUIAPY1CAAENggATDYIAE82CACiNggAqjYIAPg2CAABNwgATjcIAFs3CACkNwgApjcIAPo3CAAVOAgAUDgIAFI4CACmOAgAtDgIAPw4CAANOQgAUjkIAFQ5CACoOQgAwTkIAP45CAAPOggAVDoIAGA6CACqOggAsjoIAIg9EgAGOwgAVjsIAF47CACsOwgAszsIAAI8CAAHPAgAWDwIAGQ8CACuPAgAsTwIAAQ9CAAMPQgAWj0IAGc9CACwPQgAtT0IAAY+CAAQPggAXD4IAGQ+CACyPggAvj4IAAg/CAAbPwgAXj8IAGw/CAC0PwgAtz8IAApACAAUQAgA3j0SAGhACAA0PhIAxEAIAAxBCAAdQQgAYkEIAG5BCAC4QQgAwEEIAIo+EgATQggAZEIIAG5CCAC6QggAwkIIABBDCAAgQwgAZkMIAGtDCAC8QwgAxUMIABJECAAfRAgAaEQIAG9ECADgPhIAwEQIABRFCADDRAgAhlUJAMdECACS6hAAykQIAHzdDwDMRAgA/rwJAB5FCADEVxAAJUUIAGpFCAB7RQgAwEUIAM5FCAAWRggAMkYIAGxGCACIRggANj8SANBGCAAYRwgAJUcIAG5HCACFRwgAxEcIANBHCAAaSAgAIEgIAHBICAB2SAgAxkgIAMtICAAcSQgAIkkIAIw/EgCISQgAyEkIANdJCAAeSggA9EkIAChPCAAgSggAdEoIAINKCADKSggA1UoIACBLCAAsSwgAdksIAHlLCADMSwgAfUsIAOZYCACSSwgAhFIIANhLCAAiTAgAKEwIAHhMCACTTAgAzkwIANpMCAAkTQgAKk0IAHpNCACGTQgA0E0IANZNCAAmTggALE4IAHxOCACBTggA0k4IANhOCADiPxIAK08IAH5PCACaTwgA1E8IANxPCADkQBIANlAIAIBQCACGUAgA1lAIAPFQCAAsUQgAOFEIAIJRCACIUQgA2FEIAOBRCAAuUggAT1IIADpBEgCMUggAkEESAN9SCAAwUwgAPVMIAIZTCACTUwgA3FMIAOhTCAAyVAgAQVQIAIhUCACSVAgA3lQIAOZUCAA0VQgAPlUIAIpVCACYVQgA4FUIAPZVCAA2VggAQlYIAIxWCACRVggA4lYIAOtWCAA4VwgAQlcIAI5XCACWVwgA5FcIAO5XCAA6WAgAP1gIAJBYCACYWAgA5kESAPJYCAA8WQgAT1kIAJJZCAChWQgA6FkIAPRZCAA+WggAP1oIAJRaCACeWggA6loIAPhaCABAWwgARVsIAJZbCACjWwgAPEISAPdbCABCXAgATlwIAJhcCACeXAgA7lwIAPpcCABEXQgATF0IAD5DEgCdXQgA8F0IAPhdCABGXggAU14IAJxeCAChXggA8l4IAPpeCABIXwgASl8IAJ5fCAC5XwgA9F8IAPZfCABKYAgAWGAIAKBgCACxYAgA9mAIAPhgCABMYQgAZWEIAKJhCACzYQgA+GEIAARiCABOYggAVmIIAJRDEgCpYggA+mIIAAdjCABQYwgAXWMIAKZjCACyYwgA/GMIAAtkCABSZAgAXGQIAKhkCAC2ZAgA/mQIAANlCABUZQgAYWUIAKplCACyZQgAAGYIAAJmCABWZggAYGYIAKxmCAC0ZggA6kMSAA1nCABYZwgAZmcIAK5nCACxZwgABGgIAAxoCABaaAgAcGgIALBoCAC1aAgABmkIABxpCABcaQgAaGkIALJpCAC/aQgACGoIABJqCABARBIAYGoIALRqCADCaggACmsIABtrCACWRBIAZmsIALZrCADCawgA7EQSAA5sCABibAgAaGwIALhsCADYbAgADm0IABptCABkbQgAa20IALptCADCbQgAEG4IABduCABmbggAcm4IALxuCAC+bggAEm8IABlvCABCRRIAa28IAL5vCADGbwgAFHAIACRwCABqcAgAbHAIAMBwCADOcAgAFnEIACdxCACYRRIAc3EIAO5FEgDPcQgAGHIIAB9yCABucggAdnIIAMRyCADScggAGnMIAB1zCABwcwgAeHMIAMZzCADNcwgAHHQIACp0CABydAgAdXQIAMh0CADKdAgAHnUIADd1CAB0dQgAhXUIAMp1CADWdQgAIHYIACd2CAB2dggAfnYIAMx2CADVdggAIncIAC93CAB4dwgAgncIAM53CADcdwgAJHgIADV4CAB6eAgAgngIANB4CADaeAgAJnkIADR5CAB8eQgAknkIANJ5CADeeQgAKHoIAC96CAB+eggAhnoIANR6CADaeggAKnsIADZ7CACAewgAinsIANZ7CADcewgALHwIAEB8CACaRhIAkHwIANh8CADxfAgALn0IAER9CACEfQgAk30IANp9CAD0fQgAMH4IADN+CAA6gwgAO34IAESICAA/fggAhn4IAIt+CADcfggA6X4IADJ/CAA/fwgAiH8IAJR/CADefwgA7X8IADSACAA+gAgAioAIAJiACADggAgA5YAIADaBCABDgQgAjIEIAJiBCADigQgA6IEIADiCCAA+gggAjoIIAJOCCADkgggA6oIIAPBGEgBGgwgAkIMIAJaDCADmgwgAAYQIADyECABIhAgAkoQIAJiECADohAgA74QIAD6FCABDhQgA7IYIAEqFCACUhQgAloUIAOqFCADxhQgAQIYIAFyGCACWhggAnoYIAPJHEgDwhggAQocIAE+HCACYhwgAtIcIAO6HCAD2hwgASEgSAEmICACaiAgAnYgIAPCICAD6iAgARokIAFeJCACciQgAoYkIAPKJCAD3iQgASIoIAGiKCACeiggAp4oIAPSKCAD1iggASosIAFaLCACgiwgAposIAPaLCAD8iwgATIwIAFGMCACijAgAqIwIAJ5IEgD5jAgATo0IAFqNCACkjQgAsY0IAPqNCAACjggAUI4IAFmOCACmjggAs44IAPyOCAAKjwgAUo8IAGWPCACojwgAsI8IAP6PCAABkAgAVJAIAFmQCACqkAgAuZAIAACRCAAgkQgAVpEIAGKRCACskQgAtpEIAKBJEgAMkggAWJIIAFqSCACukggAuJIIAASTCAANkwgAWpMIAF2TCACwkwgAuJMIAAaUCAA9lAgA9kkSAGiUCACylAgAwZQIAAiVCAAolQgAXpUIAGqVCAC0lQgAu5UIAAqWCAAPlggAYJYIAGGWCAC2lggAwpYIAAyXCAASlwgAYpcIAGSXCAC4lwgAwpcIAA6YCAAcmAgAZJgIAGmYCAC6mAgAx5gIABCZCAAamQgAZpkIAHSZCAC8mQgA0pkIABKaCAAemggAaJoIAG2aCAC+mggAx5oIABSbCAAemwgAapsIAHabCADAmwgA05sIABacCAAlnAgAbJwIAHicCADCnAgAw5wIABidCAAinQgAbp0IAHydCADEnQgAyZ0IABqeCAAnnggATEoSAH6eCADGnggA3J4IAByfCAAonwgAcp8IAHmfCADInwgA0J8IAB6gCAAjoAgAdKAIAH2gCADKoAgA1KAIACChCAAooQgAdqEIAHqhCADMoQgAzqEIACKiCAAwoggAeKIIAIKiCADOoggA3KIIACSjCAAxowgAeqMIAJGjCADQowgA2KMIACakCAA2pAgAfKQIAIGkCADSpAgA2KQIACilCAAwpQgAfqUIAIOlCADUpQgA1aUIACqmCAA2pggAgKYIAIamCADWpggA2KYIACynCAA2pwgAgqcIAJCnCADYpwgA3acIAC6oCAA7qAgATksSAIaoCADaqAgA5KgIADCpCAA+qQgAhqkIAIupCADcqQgA6akIADKqCAA0qggAiIMKADyqCACIqggAlqoIAN6qCAD0qggANKsIAECrCACKqwgAj6sIAOCrCADpqwgANqwIAECsCACMrAgAmKwIAOKsCAD1rAgAOK0IAEetCACOrQgAmq0IAOStCADlrQgAOq4IAESuCACQrggAnq4IAOauCADrrggAPK8IAEmvCACkSxIAm68IAOivCADyrwgAPrAIAECwCACUsAgAnrAIAOqwCAD2sAgAQLEIAEixCACmTBIAl7EIAOyxCAD4sQgAQrIIAEiyCACYsggAmrIIAO6yCAD4sggARLMIAFKzCACaswgAn7MIAPCzCAD9swgARrQIAE60CACctAgAprQIAPK0CAAAtQgASLUIAF61CACetQgAqrUIAPS1CAD7tQgASrYIAFK2CACgtggApbYIAPa2CAD/tggATLcIAFa3CACitwgAt7cIAPi3CAABuAgATrgIAFu4CACkuAgAprgIAPq4CAATuQgAULkIAGG5CACmuQgAsrkIAPy5CAAEuggA/EwSAFe6CACouggAsLoIAP66CAAUuwgAVLsIAFm7CACquwgAsbsIAAC8CAAOvAgAVrwIAGa8CACsvAgAwLwIAAK9CAAKvQgAWL0IAGe9CACuvQgAs70IAAS+CAANvggAWr4IAGe+CACwvggAur4IAAa/CAASvwgAXL8IAGK/CABSTRIAwL8IAAjACAAewAgAXsAIAGrACAC0wAgAucAIAArBCAATwQgAYMEIAGrBCAC2wQgAvsEIAAzCCAAQwggAYsIIAGTCCAC4wggAxsIIAA7DCAAYwwgAZMMIAHLDCAC6wwgAx8MIABDECAAnxAgAZsQIAG7ECAC8xAgAzMQIABLFCAAXxQgAaMUIAG7FCAC+xQgAxsUIABTGCAAvxggAasYIAGzGCADAxggA0cYIABbHCAAfxwgAbMcIAHjHCACoTRIAx8cIABjICAAbyAgAbsgIAHjICADEyAgAxsgIABrJCAA1yQgAcMkIAHLJCADGyQgA1MkIABzKCAAtyggAcsoIAHTKCADIyggA4coIAB7LCAAvywgAdMsIAIDLCAD+TRIA58sIACDMCAAxzAgAdswIAJLMCADMzAgA1MwIAFROEgAnzQgAeM0IAIDNCADOzQgA2c0IACTOCAApzggAes4IAH3OCADQzggA2s4IACbPCAApzwgAfM8IAITPCADSzwgA1M8IACjQCABD0AgAftAIAIDQCADU0AgA4tAIACrRCAA70QgAgNEIAILRCADW0QgA79EIACzSCAA90ggAgtIIAI7SCADY0ggA4NIIAKpOEgA70wgAhNMIAIzTCADa0wgA5NMIADDUCAA71AgAhtQIAJLUCADc1AgA5NQIAABPEgA31QgAiNUIAI3VCADe1QgA79UIAFZPEgBB1ggAitYIAIzWCADg1ggA+dYIADbXCABH1wgAjNcIAJjXCADi1wgA6tcIAKxPEgA92AgAjtgIAJbYCADk2AgA89gIADrZCABA2QgAkNkIAJzZCADm2QgA6NkIADzaCABG2ggAktoIAJ7aCADo2ggA8NoIAAJQEgBK2wgAlNsIAJfbCADq2wgA7dsIAEDcCABO3AgAltwIAJvcCADs3AgA+dwIAFhQEgBT3QgAmN0IAKDdCADu3QgApd0IAFbnCAD53QgARN4IAEneCACa3ggAnd4IAPDeCAD63ggARt8IAGnfCACc3wgAn98IAPLfCAAW4AgASOAIAFDgCACuUBIApOAIAPTgCAAC4QgASuEIAFbhCACg4QgAp+EIAPbhCAD+4QgATOIIAFziCACi4ggAp+IIAPjiCAD+4ggATuMIAFbjCACk4wgAweMIAPrjCAAD5AgAUOQIAFzkCACm5AgArOQIAPzkCAAQ5QgAUuUIAFrlCACo5QgAuOUIAP7lCAAA5ggAVOYIAGLmCACq5ggAu+YIAARREgAH5wgAWlESAFvnCACs5wgAs+cIAALoCAAO6AgAWOgIAFvoCACu6AgAvugIAATpCAAG6QgAWukIAGjpCACw6QgAwekIALBREgAN6ggABlISAG/qCACy6ggAweoIAAjrCAAU6wgAXusIAF/rCAC06wgAvusIAArsCAAY7AgAYOwIAGXsCAC27AgAw+wIAFxSEgAR7QgAYu0IAGvtCAC47QgAye0IAA7uCAAV7ggAZO4IAGzuCAC67ggAx+4IABDvCAAV7wgAZu8IAHDvCAC87wgAxO8IABLwCAAY8AgAaPAIAHTwCAC+8AgAwPAIABTxCAAj8QgAavEIAHXxCADA8QgAyPEIABbyCAAY8ggAbPIIAHnyCADC8ggA1vIIABjzCAAg8wgAbvMIAH3zCADE8wgAyfMIABr0CAAn9AgAcPQIAHr0CADG9AgAyPQIABz1CAAr9QgAcvUIAHz1CADI9QgA0PUIAB72CAAf9ggAdPYIAHn2CADK9ggA2PYIACD3CAAt9wgAdvcIAID3CABeUxIAz/cIACL4CAAu+AgAlgcJAD74CAB4+AgAgPgIALRTEgDT+AgAJPkIACz5CAB6+QgAffkIAND5CADc+QgAJvoIACz6CAB8+ggAl/oIANL6CADe+ggAKPsIAC77CAB++wgAgfsIANT7CADc+wgAKvwIACz8CACA/AgAm/wIANb8CADY/AgALP0IADr9CACC/QgAk/0IANj9CADa/QgALv4IAEf+CACE/ggAlf4IANr+CADm/ggAMP8IADj/CAAKVBIAi/8IANz/CADi/wgAMgAJADoACQCIAAkAlwAJAN4ACQDjAAkANAEJAEEBCQCKAQkAlwEJAOABCQDsAQkANgIJAEUCCQCMAgkAlgIJAOICCQDwAgkAOAMJAD0DCQCOAwkAmwMJAGBUEgDwAwkAOgQJAEAECQCQBAkAqwQJAOYECQDyBAkAPAUJAEIFCQCSBQkAlQUJAOgFCQD0BQkAPgYJAEQGCQCUBgkAmgYJAOoGCQDvBgkAQAcJAEYHCQC2VBIAnAcJAOwHCQDyBwkAQggJAEcICQCYCAkAnggJAAxVEgDzCAkARAkJAFEJCQCaCQkApwkJAPAJCQD8CQkARgoJAFUKCQCcCgkApgoJAPIKCQAACwkASAsJAE0LCQCeCwkAqwsJAPQLCQAMDAkASgwJAFAMCQCgDAkArAwJAPYMCQAGDQkATA0JAFUNCQCiDQkApQ0JAPgNCQAEDgkATg4JAFUOCQAOVhIApg4JAPoOCQAEDwkAUA8JAFMPCQCmDwkArg8JAPwPCQD/DwkAUhAJAF4QCQCoEAkArhAJAP4QCQAZEQkAVBEJAGARCQCqEQkAsBEJAGRWEgAgEgkAVhIJAGESCQCsEgkAsRIJAAITCQALEwkAWBMJAFsTCQCuEwkAuhMJAAQUCQAQFAkAxB4JABwUCQBaFAkAYRQJALAUCQC2FAkABhUJABQVCQBcFQkAdxUJALIVCQC+FQkACBYJAA4WCQBeFgkAeBYJALQWCQDAFgkAChcJABAXCQBgFwkAZhcJALYXCQC7FwkADBgJABIYCQC6VhIAbxgJALgYCQDEGAkADhkJABgZCQBkGQkAaBkJALoZCQC/GQkAEBoJABYaCQBmGgkAhhoJALwaCQDIGgkAEhsJABgbCQBoGwkAbhsJAL4bCQDDGwkAFBwJABocCQBmVxIAbxwJAMAcCQDHHAkAFh0JACIdCQBsHQkAiB0JAMIdCQDKHQkAaFgSAEEeCQBuHgkAlB4JAL5YEgDXHgkAGh8JACkfCQBwHwkAfB8JAMYfCQDHHwkAHCAJACYgCQByIAkAgCAJAMggCQDNIAkAHiEJACshCQAUWRIAfCEJABZaEgDPIQkAICIJAC0iCQB2IgkAgyIJAMwiCQDYIgkAIiMJADEjCQB4IwkAgiMJAM4jCQDcIwkAJCQJACkkCQB6JAkAhyQJANAkCQDYJAkAbFoSADIlCQB8JQkAjCUJANIlCQDbJQkAKCYJACsmCQB+JgkAiiYJANQmCQDbJgkAwloSADUnCQCAJwkAjCcJANYnCQDeJwkAGFsSADkoCQCCKAkAiSgJANgoCQDZKAkALikJADMpCQCEKQkAkikJANopCQDnKQkAMCoJADoqCQCGKgkAjioJANwqCQDlKgkAMisJADgrCQCIKwkAmSsJAN4rCQD6KwkANCwJADwsCQBuWxIAlSwJAOAsCQDqLAkANi0JAEAtCQCMLQkAjS0JAMRbEgDnLQkAOC4JAEUuCQCOLgkAmy4JAOQuCQDwLgkAOi8JAEkvCQCQLwkAmi8JAOYvCQDuLwkAPDAJAEYwCQCSMAkAlzAJAOgwCQDwMAkAGlwSAEkxCQCUMQkAoDEJAOoxCQDyMQkAcFwSAEUyCQCWMgkApTIJAOwyCQAMMwkAQjMJAE4zCQCYMwkAnjMJAO4zCQD2MwkARDQJAEs0CQCaNAkAnDQJAPA0CQD8NAkARjUJAFw1CQCcNQkAoTUJAPI1CQD/NQkAxlwSAE02CQCeNgkArTYJAPQ2CQAUNwkASjcJAFY3CQCgNwkApjcJAPY3CQD+NwkATDgJAFM4CQCiOAkApDgJAPg4CQAEOQkATjkJAGQ5CQCkOQkAqTkJAPo5CQAHOgkAUDoJAFg6CQCmOgkArDoJAPw6CQAFOwkAUjsJAF87CQCoOwkAtTsJAP47CQAMPAkAVDwJAGE8CQCqPAkAwTwJAAA9CQAwPQkAHF0SAFw9CQCsPQkAYz0JAFb1DwDCPQkAAj4JABA+CQBYPgkAWz4JAK4+CQCxPgkABD8JABI/CQBaPwkAXz8JALA/CQC9PwkABkAJAA5ACQBcQAkAY0AJALJACQC+QAkACEEJABVBCQBeQQkAbEEJALRBCQDAQQkACkIJABFCCQBgQgkAaEIJALZCCQC6QgkADEMJABdDCQBiQwkAcEMJALhDCQDJQwkADkQJABpECQBkRAkAbEQJAHJdEgDARAkAEEUJACRFCQBmRQkAdEUJALxFCQDJRQkAEkYJAClGCQBoRgkAcEYJAL5GCQDIRgkAFEcJABlHCQBqRwkAckcJAMBHCQDPRwkAFkgJABtICQBsSAkAeUgJAMJICQDPSAkAGEkJACRJCQBuSQkAfUkJAMRJCQDOSQkAGkoJACJKCQBwSgkAekoJAMZKCQDLSgkAHEsJACRLCQDIXRIAfUsJAMhLCQDUSwkAHkwJACZMCQAeXhIAeUwJAMpMCQDZTAkAIE0JAEBNCQB2TQkAgk0JAMxNCQDSTQkAIk4JACpOCQB4TgkAf04JAM5OCQDQTgkAJE8JADBPCQB6TwkAkE8JANBPCQDVTwkAJlAJADNQCQB0XhIAhVAJANJQCQDYUAkAKFEJADZRCQB+UQkAi1EJANRRCQDrUQkAKlIJADJSCQCAUgkAj1IJANZSCQDbUgkALFMJADlTCQCCUwkAj1MJANhTCQDkUwkALlQJAD1UCQCEVAkAjlQJANpUCQD2VAkAMFUJADhVCQDKXhIAk1UJAICHDgCVVQkA3FUJAOZVCQB2Aw8A/FUJADJWCQA+VgkAiFYJAI5WCQDeVgkA5lYJAA6aCQDqVgkANFcJAPhWCQDigwkAR1cJAIpXCQCZVwkA4FcJAOxXCQA2WAkAN1gJAIxYCQCWWAkA4lgJAPBYCQA4WQkAPVkJAI5ZCQCbWQkAIF8SAOpZCQA6WgkAQFoJAJBaCQCVWgkA5loJAOxaCQAiYBIAR1sJAJJbCQCgWwkA6FsJAPlbCQA+XAkASlwJAJRcCQCcXAkAzmASAPZcCQBAXQkASl0JAJZdCQClXQkA7F0JAPddCQBCXgkAUF4JAJheCQClXgkA7l4JAAVfCQBEXwkATF8JAJpfCQCdXwkA8F8JAPxfCQBGYAkATGAJAJxgCQC3YAkA8mAJAP5gCQBIYQkATmEJAJ5hCQCmYQkA9GEJAPZhCQBKYgkAS2IJAKBiCQCuYgkA9mIJAP5iCQBMYwkAZ2MJAKJjCQCuYwkA+GMJAP5jCQBOZAkAUWQJAKRkCQCyZAkA+mQJAP9kCQBQZQkAXWUJAKZlCQDCZQkA/GUJAARmCQAkYRIAX2YJAHAADwBjZgkAqGYJAGVmCQDOWg8AtGYJAP5mCQALZwkAVGcJAFlnCQCqZwkAtGcJAABoCQAQaAkAVmgJAFtoCQCsaAkAtWgJAAJpCQAPaQkAWGkJAF9pCQCuaQkAumkJAARqCQAKagkAWmoJAGBqCQCwagkAtWoJAAZrCQAMawkAemESAGhrCQCyawkAuGsJAAhsCQAObAkAXmwJAGtsCQC0bAkAuWwJAAptCQASbQkAYG0JAJZtCQC2bQkA4W0JAAxuCQAUbgkAYm4JAG9uCQC4bgkAvW4JAA5vCQAWbwkAZG8JAGdvCQC6bwkAw28JABBwCQAfcAkAZnAJAHFwCQC8cAkAxHAJABJxCQAicQkAaHEJAHZxCQC+cQkAz3EJABRyCQAgcgkAanIJAHJyCQB8YhIAxnIJABZzCQAecwkAbHMJAHNzCQDCcwkA0HMJABh0CQAedAkAbnQJAHp0CQDEdAkA03QJABp1CQAkdQkAcHUJAHV1CQDGdQkAzHUJABx2CQAwdgkA0mISAHx2CQDE9QkAf3YJAMh2CQCBdgkAorkJAM12CQAedwkAKncJAHR3CQCBdwkAyncJANR3CQAoYxIAO3gJAHZ4CQB4eAkAzHgJANJ4CQAieQkAWnkJAHh5CQB+eQkAznkJANd5CQAkegkAMXoJAHp6CQCyegkA0HoJANd6CQAmewkAK3sJAHx7CQCLewkA0nsJAPJ7CQAofAkANHwJAH58CQCEfAkA1HwJAO58CQAqfQkALX0JAIB9CQCFfQkA1n0JAOV9CQAsfgkATH4JANRjEgCifgkA2H4JAOR+CQAufwkAOH8JAIR/CQCQfwkA7DQKAJF/CQDafwkA338JADCACQA6gAkAhoAJAJaACQDcgAkA4YAJADKBCQA7gQkAiIEJAJWBCQDegQkA5YEJADSCCQBAggkAioIJAJCCCQDgggkA5oIJADaDCQA7gwkAjIMJAJKDCQAqZBIA5YMJADiECQA9hAkAjoQJAJ2ECQDkhAkABIUJANZkEgBIhQkAkIUJAJ2FCQDmhQkA7YUJADyGCQBEhgkAkoYJAJSGCQDohgkAmYYJANauDACphgkAGE8MAO6GCQDQgAwA8IYJAD6HCQBChwkATo8JAFSHCQBEDwwAWYcJAJSHCQCWhwkA6ocJAPuHCQBAiAkATogJAJaICQCdiAkA7IgJAPSICQBCiQkASYkJAJiJCQCdiQkA7okJAP2JCQBEigkAZIoJAJqKCQCmigkA8IoJAPaKCQBGiwkATosJAJyLCQCoiwkA8osJAP+LCQBIjAkAY4wJAJ6MCQCsjAkA9IwJAPqMCQBKjQkAT40JAKCNCQCtjQkA9o0JAAyOCQBMjgkAWI4JAKKOCQCvjgkA+I4JAAKPCQAsZRIAU48JAKSPCQCqjwkA+o8JABqQCQBQkAkAXpAJAKaQCQCzkAkA/JAJABORCQBSkQkAWpEJAKiRCQC3kQkA/pEJAAOSCQBUkgkAYZIJAKqSCQC0kgkAAJMJAAKTCQBWkwkAZJMJAKyTCQC5kwkAApQJAA6UCQBYlAkAXpQJAK6UCQC2lAkABJUJAAqVCQBalQkAY5UJALCVCQC9lQkABpYJABCWCQBclgkAapYJALKWCQDIlgkACJcJABSXCQBelwkAZpcJAIJlEgC+lwkACpgJABCYCQBgmAkAYpgJALaYCQDAmAkADJkJABiZCQBimQkAeZkJALiZCQDMmQkA2GUSAByaCQBkmgkAZ5oJALqaCQDCmgkAEJsJABybCQBmmwkAdJsJALybCQDGmwkAEpwJAB2cCQBonAkAdJwJAL6cCQDEnAkAFJ0JABydCQBqnQkAd50JAMCdCQDFnQkAFp4JACCeCQBsngkAdJ4JAMKeCQDIngkAGJ8JACGfCQBunwkAe58JAMSfCQDRnwkAGqAJACigCQBwoAkAfaAJAMagCQDdoAkAHKEJACShCQByoQkAd6EJAMihCQDOoQkAHqIJACaiCQB0ogkAiqIJAMqiCQDYogkAIKMJACOjCQB2owkAhaMJAMyjCQDRowkAIqQJAC+kCQB4pAkAiKQJAM6kCQDcpAkAJKUJADulCQB6pQkAg6UJANClCQDWpQkAJqYJADKmCQB8pgkAg6YJAC5mEgDepgkAKKcJACqnCQB+pwkAiKcJANSnCQDgpwkAKqgJADKoCQCEZhIAhagJANaoCQDlqAkALKkJAEypCQCCqQkAjqkJANipCQDeqQkALqoJADaqCQCEqgkAhaoJANqqCQDgqgkAMKsJADWrCQCGqwkAoasJANyrCQDqqwkAMqwJADmsCQCIrAkAlKwJAN6sCQDkrAkA2mYSADmtCQCKrQkAlK0JAOCtCQDxrQkANq4JAEKuCQCMrgkAj64JAOKuCQDlrgkAOK8JAECvCQCOrwkAla8JAOSvCQDprwkAOrAJAEmwCQCQsAkAsLAJAOawCQDysAkAPLEJAEKxCQCSsQkAmrEJAOixCQD1sQkAPrIJAEOyCQCUsgkAnrIJAOqyCQDysgkAQLMJAFCzCQCWswkAm7MJAOyzCQD1swkAQrQJAE+0CQCYtAkAn7QJADBnEgDztAkARLUJAFO1CQCatQkAurUJAPC1CQD8tQkARrYJAEy2CQCctgkApLYJAPK2CQD+tgkASLcJAFW3CQCetwkApbcJAPS3CQD1twkASrgJAE+4CQCguAkArrgJAPa4CQADuQkATLkJAFa5CQCGZxIAp7kJAPi5CQAFugkATroJAFu6CQCkugkAqroJAPq6CQAGuwkAULsJAGC7CQCmuwkAr7sJAPy7CQD/uwkAUrwJAF68CQCovAkAr7wJANxnEgAAvQkAVL0JAAW9CQDCpg0ADr0JAGb5DQBlvQkAqr0JALK9CQAAvgkACr4JAFa+CQBlvgkArL4JAK2+CQACvwkACr8JAIhoEgBgvwkA3mgSAMy/CQAEwAkA0b8JAKZ3EgDYvwkA8OAJAAzACQBawAkAacAJALDACQC1wAkABsEJABPBCQBcwQkAacEJALLBCQC+wQkACMIJABfCCQBewgkAaMIJALTCCQDXwgkACsMJAEDDCQBgwwkAhMMJALbDCQC+wwkANmoSABHECQBixAkAaMQJALjECQDAxAkAjGoSABzFCQBkxQkAf8UJALrFCQDGxQkAEMYJACHGCQBmxgkAesYJALzGCQDExgkAEscJABjHCQBoxwkAdMcJAL7HCQDOxwkAFMgJAB3ICQBqyAkAbcgJAMDICQDMyAkAFskJAB3JCQDiahIAeskJAMLJCQDMyQkAOGsSAB3KCQBuygkAe8oJAMTKCQDRygkAGssJACbLCQBwywkAf8sJAMbLCQDQywkAHMwJACrMCQByzAkAd8wJAMjMCQDVzAkAHs0JACbNCQCOaxIAgM0JAMrNCQDazQkAIM4JACnOCQB2zgkAec4JAMzOCQDYzgkAIs8JACnPCQDkaxIAh88JAM7PCQDTzwkAJNAJADHQCQB60AkAh9AJANDQCQDW0AkAJtEJADLRCQB80QkAjNEJANLRCQDb0QkAKNIJACvSCQB+0gkAitIJANTSCQDb0gkAOmwSAC/TCQCA0wkAjdMJANbTCQD00wkALNQJADjUCQCC1AkAldQJANjUCQDm1AkALtUJADHVCQCE1QkAjtUJANrVCQDo1QkAMNYJAD3WCQCG1gkAndYJANzWCQDk1gkAMtcJADnXCQCI1wkAjdcJAN7XCQD01wkANNgJADbYCQCK2AkAmNgJAODYCQDt2AkAkGwSAD7ZCQDmbBIAkdkJAOLZCQDv2QkAONoJAEXaCQCO2gkAmtoJAOTaCQDz2gkAOtsJAETbCQCQ2wkAntsJAObbCQDr2wkAPNwJAEncCQCS3AkAmtwJADxtEgD03AkAPt0JAE7dCQCU3QkAnd0JAOrdCQDt3QkAQN4JAEzeCQCW3gkAnd4JAJJtEgD43gkAQt8JAFLfCQCY3wkAWN8JAC7fDgCh3wkA7t8JAPHfCQBE4AkAUOAJAJrgCQCh4AkA6G0SAPngCQBM5AkA+uAJAEbhCQBV4QkAnOEJAFfhCQD04gkAneEJAPLhCQAO4gkASOIJAIDiCQCe4gkA1uIJAD5uEgD34gkASuMJAGbjCQCg4wkA2OMJAPbjCQAu5AkAlG4SAFnkCQCi5AkAsOQJAPjkCQAL5QkATuUJAGrlCQCk5QkA3OUJAPrlCQAy5gkA6m4SAGHmCQCm5gkAsuYJAPzmCQAE5wkAQG8SAFfnCQCo5wkAsOcJAP7nCQAN6AkAVOgJAFnoCQCq6AkAt+gJAADpCQAN6QkAVukJAGLpCQCs6QkAu+kJAALqCQAM6gkAWOoJAGDqCQCu6gkAuOoJAATrCQAJ6wkAWusJAGLrCQCWbxIAv+sJAAbsCQDB6wkAXu0JAAfsCQBc7AkAeOwJALLsCQDq7AkACO0JAEDtCQDsbxIAYe0JALTtCQDQ7QkACu4JAELuCQBg7gkAmO4JAEJwEgC57gkADO8JAB3vCQBi7wkAfu8JALjvCQDw7wkADvAJAEbwCQCYcBIAcfAJALrwCQDG8AkAEPEJAB/xCQBm8QkAcPEJALzxCQDE8QkA/GcKAMrxCQAS8gkAF/IJAGjyCQB18gkAvvIJAMbyCQAU8wkAGvMJAGrzCQAk8wkA4FkKAHbzCQDA8wkA0PMJABb0CQAf9AkAbPQJAG/0CQDC9AkAzvQJABj1CQAf9QkA7nASAJH1CQBEcRIA0vUJABr2CQAw9gkAcPYJAHz2CQDG9gkAzfYJABz3CQAh9wkAcvcJAHv3CQDI9wkA0vcJAJpxEgAj+AkA/G0NACj4CQB0+AkAKvgJANgFDQB++AkAyvgJAMv4CQAg+QkAL/kJAHb5CQB7+QkAzPkJANn5CQAi+gkAL/oJAHj6CQCE+gkAzvoJAN36CQAk+wkALvsJAHr7CQCI+wkA0PsJANX7CQAm/AkAM/wJAHz8CQB9/AkA0vwJANf8CQAo/QkALf0JAH79CQCP/QkA1P0JAPf9CQAq/gkANf4JAID+CQCF/gkA1v4JANn+CQAs/wkANv8JAIL/CQCq/wkA2P8JAPf/CQBGchIAOgAKAIQACgCGAAoA2gAKAOkACgAwAQoAOwEKAIYBCgCOAQoA3AEKAOMBCgAyAgoANAIKAIgCCgCSAgoA3gIKAOACCgA0AwoATQMKAIoDCgCMAwoA4AMKAOMDCgA2BAoAQgQKAIwECgCUBAoAnHISAO4ECgA4BQoAPgUKAI4FCgCpBQoA5AUKAPAFCgA6BgoAQAYKAJAGCgCYBgoA5gYKAOgGCgA8BwoARgcKAJIHCgCaBwoA8nISAPkHCgA+CAoARQgKAJQICgCcCAoA6ggKAPcICgBACQoARQkKAJYJCgCgCQoA7AkKAPQJCgBCCgoAUQoKAJgKCgCdCgoA7goKAPsKCgBECwoAUQsKAJoLCgCmCwoA8AsKAP8LCgBGDAoAUAwKAJwMCgCkDAoA8gwKAPwMCgBIDQoATQ0KAJ4NCgCmDQoASHMSAAAOCgBKDgoAWg4KAKAOCgCpDgoA9g4KAPkOCgBMDwoAWA8KAKIPCgCpDwoAnnMSAP4PCgBOEAoAVBAKAKQQCgCpEAoA+hAKAAARCgD0cxIAVhEKAKYRCgCsEQoA/BEKAAESCgCkmw8ACRIKAFISCgBXEgoAqBIKALASCgD+EgoAJxMKAFQTCgAyEwoAuBoKAH0TCgCqEwoA0xMKAAAUCgArFAoAVhQKAF4UCgCsFAoAuxQKAAIVCgAHFQoAWBUKAGUVCgCuFQoAuxUKAAQWCgAQFgoAWhYKAGkWCgCwFgoAuhYKAAYXCgAUFwoAXBcKAGEXCgCyFwoAvxcKAAgYCgAQGAoAXhgKAGQYCgC0GAoAwBgKAAoZCgAaGQoAYBkKAGkZCgC2GQoAuRkKAAwaCgAYGgoAYhoKAGkaCgBKdBIA4RoKAA4bCgA5GwoAZBsKAGwbCgC6GwoAyRsKABAcCgAVHAoAZhwKAHMcCgC8HAoAyRwKABIdCgAeHQoAaB0KAHcdCgC+HQoAyB0KABQeCgAiHgoAah4KAG8eCgDAHgoAzR4KABYfCgAeHwoAbB8KAHIfCgDCHwoAzh8KABggCgAoIAoAbiAKAHcgCgDEIAoAxyAKABohCgAmIQoAcCEKAHchCgCgdBIAyCEKAG6rDwDUIQoAHCIKACkiCgByIgoAfiIKAMgiCgDOIgoAHiMKACQjCgB0IwoAeSMKAMojCgDQIwoA9nQSAEYkCgB2JAoAnCQKAMwkCgAAJQoAIiUKAEslCgB4JQoAoyUKAKJ1EgDaJQoAJCYKANwlCgAmVAsALiYKAHomCgCUJgoA0CYKANMmCgAQcgoA3yYKACYnCgArJwoAfCcKAIknCgDSJwoA3ycKACgoCgA0KAoAfigKAI0oCgDUKAoA3igKACopCgA2KQoAgCkKAJMpCgDWKQoA5SkKACwqCgA4KgoAgioKAIMqCgDYKgoA4ioKAC4rCgA8KwoAhCsKAIkrCgDaKwoA5ysKAPh1EgA1LAoAhiwKAJMsCgDcLAoA6SwKADItCgA+LQoAiC0KAJctCgDeLQoA6C0KADQuCgBCLgoAii4KAI8uCgDgLgoA7S4KADYvCgA+LwoA+nYSAJgvCgDiLwoA8i8KADgwCgBBMAoAjjAKAJEwCgDkMAoA8DAKADoxCgBBMQoAUHcSAJMxCgDmMQoA7jEKADwyCgBIMgoAkjIKAJgyCgDoMgoA7jIKAD4zCgBDMwoAlDMKAJozCgD8dxIAEzQKAEA0CgBpNAoAljQKALo0CgCoeBIA8jQKAABsCwD/NAoAQjUKAFE1CgCYNQoApDUKAO41CgDvNQoARDYKAE42CgCaNgoAqDYKAPA2CgD1NgoARjcKAFM3CgD+eBIAvzcKAFR5EgAbOAoASDgKAHE4CgCeOAoAwjgKAKp5EgACOQoASjkKAE85CgCgOQoArTkKAPY5CgD+OQoATDoKAFI6CgCiOgoArjoKAPg6CgAIOwoATjsKAFc7CgCkOwoApzsKAPo7CgA1PAoAUDwKAFw8CgAAehIArDwKAPw8CgAVPQoAUj0KAGA9CgCoPQoAtT0KAP49CgAFPgoAVD4KAF0+CgCqPgoAtz4KAAA/CgAXPwoAVj8KAFk/CgCsPwoArj8KAAJACgALQAoAWEAKAGhACgCuQAoAx0AKAARBCgAGQQoAWkEKAGNBCgCwQQoAuEEKAAZCCgAIQgoAXEIKAHVCCgCyQgoAyUIKAAhDCgAUQwoAXkMKAG9DCgC0QwoAwEMKAApECgAVRAoAYEQKAG1ECgC2RAoAwEQKAFZ6EgAfRQoAYkUKAHBFCgC4RQoAn0UKAB5OCgD0RQoADkYKABtGCgBkRgoAbEYKALpGCgDARgoAEEcKABxHCgBmRwoAcUcKALxHCgDFRwoAEkgKABVICgBoSAoAakgKAL5ICgDFSAoAFEkKABZJCgCsehIAbUkKAMBJCgDOSQoAFkoKABtKCgBsSgoAeUoKAMJKCgDOSgoAGEsKACBLCgACexIAfEsKAMRLCgDUSwoAGkwKAChMCgBwTAoAeUwKAMZMCgDQTAoAHE0KAB5NCgByTQoAfE0KAMhNCgDKTQoAWHsSACNOCgB0TgoAfE4KAMpOCgDQTgoAIE8KACxPCgB2TwoAhU8KAMxPCgDVTwoAIlAKACVQCgB4UAoAelAKAM5QCgDVUAoAJFEKACZRCgCuexIAf1EKANBRCgDsUQoAJlIKAEJSCgAEfBIAiVIKADyKCwCLUgoA0lIKANdSCgAoUwoANVMKAH5TCgCLUwoA1FMKANpTCgAqVAoANlQKAIBUCgCQVAoA1lQKAN9UCgAsVQoAL1UKAIJVCgCOVQoA2FUKAN9VCgBafBIAPVYKAIRWCgCJVgoA2lYKAOdWCgAwVwoAPVcKAIZXCgCMVwoA3FcKAOhXCgAyWAoAQlgKAIhYCgCRWAoA3lgKAOFYCgA0WQoAQFkKAIpZCgCRWQoAsHwSAOJZCgA2WgoARFoKAIxaCgCdWgoABn0SAOlaCgBcfRIAQFsKALJ9EgCTWwoA5FsKAPFbCgA6XAoAR1wKAJBcCgCcXAoA5lwKAPVcCgA8XQoARl0KAJJdCgCgXQoA6F0KAO1dCgA+XgoAS14KAJReCgCcXgoACH4SAPZeCgBAXwoAUF8KAJZfCgCfXwoA7F8KAO9fCgBCYAoATmAKAJhgCgCfYAoAXn4SAPBgCgBEYQoAUmEKAJphCgCrYQoAtH4SAPdhCgAKfxIATmIKAGB/EgChYgoA8mIKAP9iCgBIYwoAVWMKAJ5jCgCqYwoA9GMKAANkCgBKZAoAVGQKAKBkCgCuZAoA9mQKAPtkCgBMZQoAWWUKAKJlCgCqZQoAtn8SAARmCgBOZgoAXmYKAKRmCgCtZgoA+mYKAP1mCgBQZwoAXGcKAKZnCgCtZwoADIASAAZoCgBSaAoAYGgKAKhoCgC+aAoA/mgKAAppCgBUaQoAW2kKAKppCgCyaQoAAGoKAAVqCgBWagoAX2oKAKxqCgC2agoAYoASABhrCgBYawoAZGsKAK5rCgC1awoABGwKAAxsCgBabAoAX2wKALBsCgC5bAoABm0KABBtCgC4gBIAYW0KAAZzDQBobQoA+LsKAGttCgCybQoAhm0KAH5lEwC3bQoACG4KABVuCgBebgoAa24KALRuCgDAbgoACm8KABlvCgBgbwoAam8KALZvCgDEbwoADHAKABlwCgBicAoAeXAKALhwCgDAcAoADnEKABhxCgBkcQoAaXEKALpxCgDCcQoADoESABVyCgBmcgoAdXIKALxyCgDccgoAEnMKAB5zCgBocwoAcnMKAL5zCgDIcwoAFHQKACJ0CgBqdAoAgHQKAMB0CgDMdAoAFnUKABt1CgBsdQoAdXUKAMJ1CgDMdQoAGHYKACR2CgBudgoAgXYKAMR2CgDTdgoAGncKACZ3CgBwdwoAcXcKAMZ3CgDQdwoAHHgKACp4CgByeAoAd3gKAMh4CgDVeAoAuoESACx5CgB0eQoAinkKAMp5CgDWeQoAIHoKACd6CgB2egoAfnoKAMx6CgDRegoAInsKACt7CgB4ewoAgnsKALyCEgDTewoAJHwKACx8CgB6fAoAfXwKANB8CgDZfAoAJn0KADV9CgB8fQoAh30KANJ9CgDafQoAKH4KADh+CgB+fgoAjH4KANR+CgDlfgoAKn8KADZ/CgCAfwoAiH8KABKDEgDcfwoALIAKADSACgCCgAoAiYAKANiACgDmgAoALoEKADSBCgCEgQoAkIEKANqBCgDpgQoAMIIKADqCCgCGggoAi4IKANyCCgDiggoAMoMKAEaDCgBogxIAmYMKAN6DCgDqgwoANIQKADqECgCKhAoAkIQKAOCECgDlhAoANoUKADyFCgC+gxIAkYUKAOKFCgDzhQoAOIYKAECGCgCOhgoARIYKAByjCgBGhgoAYFAQAJiGCgDkhgoA8oYKADqHCgBQhwoAkIcKAJyHCgDmhwoA7YcKADyICgBEiAoAkogKAJeICgDoiAoA8YgKAD6JCgBIiQoAlIkKAJyJCgDqiQoA7okKAECKCgBLigoAlooKAKSKCgDsigoA/YoKAEKLCgBOiwoAmIsKAKCLCgAUhBIA8IsKAESMCgBSjAoAmowKAKSMCgDwjAoA/owKAEaNCgBTjQoAnI0KALONCgDyjQoA+o0KAEiOCgBYjgoAno4KAKOOCgD0jgoA+o4KAEqPCgBSjwoAoI8KAKKPCgD2jwoAA5AKAEyQCgBUkAoAopAKAKeQCgD4kAoA+ZAKAE6RCgBakQoApJEKALGRCgD6kQoAApIKAFCSCgBfkgoAppIKAKuSCgD8kgoACZMKAFKTCgBfkwoAqJMKALSTCgD+kwoADZQKAFSUCgBelAoAqpQKALiUCgAAlQoABZUKAFaVCgBjlQoAaoQSAK+VCgAClgoACpYKAFiWCgBllgoArpYKALOWCgAElwoADpcKAFqXCgBilwoAsJcKALKXCgAGmAoAIZgKAFyYCgBemAoAspgKAMCYCgAImQoAGZkKAF6ZCgBgmQoAtJkKAM2ZCgAKmgoAG5oKAGCaCgBsmgoAwIQSAL6aCgAMmwoAEpsKAGKbCgBumwoAuJsKANWbCgAOnAoAF5wKAGScCgBwnAoAupwKAL2cCgAQnQoAGp0KAGadCgBunQoAvJ0KAMadCgASngoAIJ4KAGieCgB+ngoAvp4KAMqeCgAUnwoAG58KAGqfCgBynwoAwJ8KAMWfCgAWoAoAH6AKAGygCgB2oAoAwqAKAMqgCgAYoQoAGqEKAG6hCgB+oQoAxKEKAM6hCgAaogoAJqIKAHCiCgB2ogoAxqIKAM6iCgAWhRIAIqMKAHKjCgB4owoAyKMKAM2jCgAepAoAJKQKAGyFEgCCpAoAyqQKAOCkCgAgpQoALKUKAHalCgB7pQoAzKUKANWlCgAipgoALKYKAHimCgCbpgoAzqYKANKmCgAkpwoA3aYKAHyoCgAmpwoAeqcKAIinCgDQpwoA2qcKACaoCgBKqAoAboYSAIKoCgDSqAoA3qgKACipCgAqqQoAfqkKAIipCgDUqQoA4KkKACqqCgBOqgoAxIYSAISqCgDWqgoAj6oKAC6sCgDYqgoALKsKADqrCgCCqwoAjKsKANirCgD8qwoAGocSADSsCgCErAoAkKwKANqsCgDcrAoAMK0KADqtCgCGrQoAkq0KANytCgAArgoAcIcSAE+uCgCIrgoAka4KAN6uCgDsrgoANK8KADqvCgCKrwoAlq8KAOCvCgDorwoAxocSAD2wCgCMsAoApbAKAOKwCgDxsAoAOLEKAECxCgCOsQoAnbEKAOSxCgDpsQoAOrIKAEeyCgCQsgoAnbIKAOayCgDysgoAPLMKAEuzCgCSswoAnLMKAOizCgD2swoAPrQKAEO0CgCUtAoAobQKAByIEgDrtAoA2i0LAAO1CgBAtQoASrUKAJa1CgCYtQoA7LUKAPq1CgBCtgoAT7YKAJi2CgCgtgoA7rYKABq3CgBEtwoAS7cKAJq3CgCztwoA8LcKAP+3CgBGuAoATrgKAJy4CgCruAoA8rgKAPe4CgBIuQoAVbkKAJ65CgCruQoA9LkKAAC6CgBKugoAWboKAKC6CgCqugoA9roKAAS7CgBMuwoAUbsKAKK7CgCvuwoAcogSAAu8CgBOvAoAXbwKAKS8CgCwvAoA+rwKAAa9CgBQvQoAV70KAKa9CgCyvQoA/L0KAAO+CgBSvgoAWr4KAKi+CgCsvgoA/r4KAAm/CgBUvwoAYL8KAKq/CgC3vwoAAMAKAAjACgBWwAoAYMAKAKzACgCywAoAAsEKABbBCgBYwQoAZsEKAK7BCgC7wQoABMIKABvCCgBawgoAYsIKALDCCgC6wgoABsMKAAvDCgBcwwoAZMMKALLDCgDBwwoACMQKAA3ECgBexAoAa8QKALTECgDBxAoACsUKABbFCgBgxQoAb8UKALbFCgDAxQoAyIgSABTGCgBixgoAccYKALjGCgC9xgoADscKABfHCgBkxwoAdccKALrHCgDBxwoAEMgKABjICgBmyAoAc8gKALzICgDByAoAEskKABzJCgBoyQoAcMkKAL7JCgDXyQoAFMoKACDKCgBqygoAcsoKAB6JEgDPygoAFssKADPLCgBsywoAdcsKAMLLCgDQywoAGMwKAB7MCgBuzAoAeswKAMTMCgDLzAoAGs0KACLNCgBwzQoAgM0KAMbNCgDMzQoAHM4KACHOCgByzgoAiM4KAMjOCgDQzgoAHs8KACjPCgB0zwoAf88KAMrPCgDWzwoAINAKACjQCgB0iRIAg9AKAMzQCgDT0AoAItEKAC7RCgB40QoAftEKAM7RCgDf0QoAJNIKADjSCgB60goAiNIKANDSCgDd0goAJtMKAD3TCgB80woAhNMKANLTCgDZ0woAKNQKACrUCgB+1AoAiNQKANTUCgDW1AoAKtUKAEPVCgCA1QoAgtUKANbVCgDZ1QoALNYKADjWCgCC1goAsNYKAMqJEgDn1goALtcKAEvXCgCE1woAjdcKANrXCgDo1woAMNgKADbYCgCG2AoAktgKANzYCgDk2AoAIIoSADrZCgCI2QoAjtkKAN7ZCgDq2QoANNoKADfaCgCK2goAj9oKAODaCgDp2goANtsKADzbCgCM2woAm9sKAOLbCgDu2woAONwKAEDcCgB2ihIAlNwKAOTcCgDp3AoAOt0KAFDdCgCQ3QoAmN0KAObdCgD03QoAPN4KAEbeCgCS3goAld4KAOjeCgDw3goAPt8KAD/fCgCU3woAmt8KAOrfCgD43woAQOAKAFbgCgCW4AoAmOAKAOzgCgDy4AoAQuEKAFbhCgCY4QoAoOEKAO7hCgD+4QoAROIKAEbiCgCa4goAqeIKAPDiCgD64goARuMKAEvjCgCc4woAouMKAPLjCgAG5AoASOQKAFDkCgCe5AoAo+QKAPTkCgD65AoASuUKAFLlCgCg5QoAo+UKAPblCgD75QoATOYKAFXmCgCi5goAqOYKAPjmCgAH5woATucKAFrnCgDMihIAsOcKAPrnCgAN6AoAUOgKAGzoCgCm6AoArugKACKLEgAK6QoAUukKAGjpCgCo6QoAtOkKAP7pCgAD6goAVOoKAF3qCgCq6goAtOoKAADrCgAI6woAVusKAFjrCgCs6woAu+sKAALsCgAf7AoAWOwKAGHsCgCu7AoAvOwKAATtCgAK7QoAWu0KAGjtCgCw7QoAve0KAAbuCgAd7goAXO4KAGTuCgCy7goAtO4KAAjvCgAQ7woAXu8KAG3vCgC07woAue8KAArwCgAX8AoAYPAKAG3wCgC28AoAwvAKAAzxCgAb8QoAYvEKAGzxCgC48QoAxvEKAA7yCgAT8goAZPIKAHHyCgB4ixIAxPIKABDzCgAS8woAZvMKAG3zCgC88woAw/MKABL0CgAY9AoAaPQKAHb0CgC+9AoAy/QKABT1CgAk9QoAavUKAG/1CgDA9QoAyPUKABb2CgDc9QoAlGALACL2CgBs9goAbvYKAHL5CgB59goAwvYKAMf2CgAY9woAIvcKAG73CgB+9woAxPcKAMn3CgAa+AoAI/gKAHD4CgB9+AoAxvgKAM34CgAc+QoAJPkKAM6LEgCA+QoAyPkKAOD5CgAe+goAIPoKAHT6CgCL+goAyvoKAMz6CgAg+woALvsKAHb7CgCD+woAzPsKANT7CgAkjBIAJfwKAHj8CgA5/AoArsUMAIH8CgDO/AoA3PwKAM4nCwDd/AoAJP0KAC/9CgB6/QoAgv0KAND9CgDb/QoAJv4KACv+CgB8/goAf/4KANL+CgDc/goAeowSAC7/CgB+/woAMv8KAFxMDwCZ/woA1P8KAOD/CgAqAAsAMAALAIAACwCIAAsA1gALAOwACwAsAQsAOgELAIIBCwCFAQsA2AELAPEBCwAuAgsAOgILAIQCCwCPAgsA2gILANwCCwAwAwsASwMLAIYDCwCUAwsA3AMLAOkDCwAyBAsASQQLANCMEgCKBAsAtk4PAJ4ECwDeBAsA3wQLADQFCwA5BQsAigULAJAFCwDgBQsA4gULADYGCwA8BgsAjAYLAKAGCwDiBgsA6gYLADgHCwBIBwsAjgcLAJAHCwDkBwsA8gcLADoICwBLCAsAJo0SAJYICwDmCAsA8ggLAHyNEgA+CQsAkgkLAKMJCwDoCQsA8AkLAD4KCwBHCgsAlAoLAJsKCwDqCgsA6woLANKNEgBMCwsAlgsLAJgLCwDsCwsA8wsLAEIMCwBKDAsAmAwLAKEMCwDuDAsA9QwLAEQNCwBFDQsAKI4SAJ8NCwDwDQsA+A0LAEYOCwBQDgsAnA4LAKoOCwDyDgsACA8LAEgPCwBUDwsAng8LAKMPCwD0DwsA/Q8LAEoQCwBUEAsAfo4SAKEQCwD2EAsA/hALAHqrDAAOEQsATBELAFkRCwCiEQsArhELAPgRCwACEgsAThILAFISCwCkEgsAqRILAPoSCwAAEwsAUBMLAHATCwCmEwsAvhMLAPwTCwATFAsAUhQLAF4UCwCoFAsAshQLAP4UCwAAFQsAVBULAFsVCwCqFQsAsRULAAAWCwAGFgsAVhYLAGIWCwCsFgsArxYLAAIXCwAFFwsAWBcLAGQXCwCuFwsAsRcLAAQYCwAgGAsAWhgLAGIYCwDUjhIAvBgLAAYZCwAQGQsAXBkLAF4ZCwCyGQsAuRkLAAgaCwAPGgsAXhoLAGQaCwC0GgsAwhoLAAobCwAXGwsAYBsLAHAbCwC2GwsAuxsLAAwcCwAUHAsAYhwLAHIcCwC4HAsAvRwLAA4dCwAUHQsAZB0LAGwdCwAqjxIAwB0LABAeCwAYHgsAZh4LAGkeCwC8HgsAyB4LABIfCwAYHwsAaB8LAIMfCwC+HwsAzB8LABQgCwAjIAsAaiALAHYgCwDAIAsAyCALANaPEgAbIQsAbCELAHYhCwDCIQsAyiELABgiCwA4IgsAbiILAHsiCwDEIgsAySILABojCwAeIwsAcCMLAH0jCwAskBIAyyMLABwkCwAfJAsAciQLAHwkCwDIJAsA1CQLAB4lCwAxJQsAdCULAIMlCwDKJQsA1iULACAmCwAhJgsAdiYLAIAmCwDMJgsA2iYLACInCwAnJwsAeCcLAIUnCwCCkBIA2CcLACQoCwAmKAsAeigLAJMoCwDQKAsA4SgLACYpCwAyKQsAfCkLAIQpCwCEkRIA2SkLACgqCwAvKgsAfioLAIQqCwDUKgsA4CoLACorCwAtKwsAgCsLAIMrCwDWKwsA3isLACwsCwA8LAsAgiwLAIcsCwDYLAsA4SwLAC4tCwA7LQsAhC0LAIstCwDakRIA5i0LADAuCwA9LgsAhi4LAI4uCwDcLgsA5i4LADIvCwBBLwsAiC8LAIkvCwDeLwsA5i8LADQwCwBDMAsAijALAI8wCwDgMAsA7TALADYxCwBDMQsAjDELAJgxCwDiMQsA8TELADgyCwBCMgsAjjILAJwyCwDkMgsA6TILADozCwBHMwsAkDMLAJgzCwDmMwsA8DMLADw0CwBBNAsAkjQLAJo0CwAwkhIA9jQLAD41CwBKNQsAlDULAJo1CwDqNQsA8DULAEA2CwBFNgsAljYLAJw2CwCGkhIA+DYLAEI3CwBINwsAmDcLAJ43CwDuNwsA+zcLAEQ4CwBJOAsAmjgLAKI4CwDwOAsADjkLAIiTEgBHOQsAnDkLAKE5CwDyOQsA+DkLAEg6CwBKOgsAnjoLAKQ6CwD0OgsACDsLAEo7CwBSOwsAoDsLALA7CwD2OwsA+DsLAEw8CwBaPAsAojwLALM8CwDekxIA/jwLAE49CwBaPQsANJQSALE9CwD6PQsAAj4LAFA+CwBdPgsApj4LAKg+CwD8PgsAEj8LAFI/CwBePwsAqD8LALA/CwDglBIACkALAFRACwBXQAsAqkALAK9ACwAAQQsAEUELAFZBCwBfQQsArEELALZBCwACQgsAEEILAFhCCwBdQgsArkILALtCCwA2lRIAEEMLAFpDCwBnQwsAsEMLALJDCwAGRAsAHEQLAFxECwBoRAsAskQLALpECwCMlRIADUULAF5FCwBkRQsAtEULALxFCwAKRgsADUYLAGBGCwBsRgsAtkYLALxGCwAMRwsAJ0cLAGJHCwBvRwsAuEcLALpHCwAOSAsAJEgLAGRICwBwSAsAukgLAMJICwDilRIAFkkLAGZJCwBrSQsAvEkLANdJCwASSgsAIEoLAGhKCwBvSgsAvkoLAMpKCwAUSwsAG0sLADiWEgB1SwsAwEsLAMhLCwAWTAsAIUwLAGxMCwBxTAsAwkwLAMVMCwAYTQsAIk0LAG5NCwB2TQsAxE0LANJNCwAaTgsAHU4LAHBOCwB4TgsAxk4LAOZOCwAcTwsAKU8LAHJPCwB3TwsAyE8LAMxPCwAeUAsAK1ALAI6WEgCUUAsAylALANNQCwAgUQsAIVELAHZRCwB+UQsAzFELANxRCwAiUgsAJFILAHhSCwCGUgsAzlILAN9SCwDklhIAKlMLAHpTCwCGUwsAOpcSANdTCwCQlxIAK1QLAHxUCwCWVAsA0lQLAOFUCwAoVQsAM1ULAH5VCwCAVQsA1FULAOFVCwAqVgsAN1YLAIBWCwCMVgsA1lYLAOdWCwAsVwsAL1cLAIJXCwCcVwsA2FcLAOFXCwAuWAsAO1gLAIRYCwCKWAsA2lgLAOZYCwAwWQsAM1kLAIZZCwCLWQsA3FkLAO1ZCwAyWgsATVoLAIhaCwCUWgsA3loLAOVaCwA0WwsANlsLAIpbCwCRWwsA4FsLAOdbCwA2XAsAPFwLAIxcCwCYXAsA4lwLAOVcCwA4XQsAO10LAI5dCwCaXQsA5F0LAPddCwA6XgsASV4LAJBeCwCcXgsA5l4LAOdeCwA8XwsARl8LAJJfCwCgXwsA6F8LAO1fCwA+YAsAS2ALAOaXEgCcYAsAPJgSAOxgCwBAYQsAVmELAJZhCwCiYQsA7GELAPRhCwCSmBIASGILAJhiCwCgYgsA7mILAPFiCwBEYwsAUGMLAJpjCwCgYwsA8GMLAAtkCwBGZAsAVGQLAJxkCwCrZAsA8mQLAP5kCwBIZQsAUGULAOiYEgCjZQsA9GULAP5lCwBKZgsAUmYLAKBmCwDAZgsA9mYLAANnCwBMZwsAUWcLAKJnCwCmZwsA+GcLAAVoCwA+mRIAcWgLAJSZEgCpaAsA+mgLAAlpCwBQaQsAcGkLAKZpCwCyaQsA/GkLAAZqCwBSagsAXmoLAKhqCwCuagsA/moLAARrCwBUawsAWWsLAKprCwCwawsA6pkSAAZsCwBWbAsAW2wLAKxsCwCybAsAlpoSAAVtCwBYbQsAYm0LAK5tCwCwbQsABG4LAB1uCwBabgsAa24LALBuCwC+bgsABm8LAAlvCwBcbwsAZ28LALJvCwC6bwsACHALAApwCwBecAsAZnALALRwCwDBcAsACnELABZxCwBgcQsAZHELALZxCwC+cQsADHILABtyCwBicgsAZ3ILALhyCwDFcgsADnMLABtzCwBkcwsAcHMLALpzCwDJcwsAEHQLABp0CwBmdAsAdHQLALx0CwDBdAsAEnULAB91CwDsmhIAcHULAEKbEgDCdQsAHHoLAMp1CwAUdgsAGnYLAGp2CwBwdgsAwHYLAM12CwAWdwsAG3cLAGx3CwB0dwsAwncLAOt3CwAYeAsA9ncLAMR4CwA+eAsAGnkLAEF4CwBueAsAl3gLAJibEgDteAsA7psSAEB5CwBweQsApHkLAMZ5CwDveQsARJwSACp6CwByegsAf3oLAMh6CwDUegsAHnsLACR7CwB0ewsAensLAMp7CwDPewsAIHwLACZ8CwCanBIAnHwLAHh9CwCffAsAzHwLAPV8CwBGnRIAS30LAJydEgCefQsAzn0LAAJ+CwAkfgsATX4LAPKdEgCEfgsA0H4LANV+CwAmfwsALn8LAEieEgCBfwsA0n8LANt/CwAogAsANYALAH6ACwCFgAsAnp4SANyACwD0nhIAPYELAICBCwCMgQsA1oELAOWBCwAsggsANYILAIKCCwCMggsA2IILANqCCwAugwsAR4MLAISDCwCVgwsA2oMLAOaDCwAwhAsAOIQLAEqfEgCUhAsA3IQLAO2ECwAyhQsAPoULAIiFCwCQhQsAoJ8SAOOFCwA0hgsAPoYLAIqGCwCShgsA4IYLAPCGCwA2hwsAO4cLAIyHCwCVhwsA4ocLAO+HCwA4iAsAP4gLAPafEgCUiAsAIAUQAJuICwDkiAsAoYgLAG7UDgDpiAsAOokLAEaJCwCQiQsAnYkLAOaJCwDwiQsATKASAEGKCwCSigsAnooLAOiKCwD1igsAPosLAEiLCwCUiwsAsIsLAOqLCwDyiwsAoqASAEWMCwCWjAsAnowLAOyMCwDvjAsAQo0LAEuNCwCYjQsAp40LAO6NCwD5jQsARI4LAEyOCwCajgsAqo4LAPCOCwD+jgsARo8LAFePCwCcjwsAqI8LAPKPCwD6jwsA+KASAE6QCwCekAsAppALAPSQCwD7kAsASpELAFiRCwCgkQsAppELAPaRCwACkgsATJILAFuSCwCikgsArJILAPiSCwD9kgsATpMLAFSTCwCkkwsAuJMLAPqTCwAClAsAUJQLAG6UCwCmlAsArpQLAE6hEgAElQsApKESAFqVCwColQsAwZULAP6VCwAHlgsAVJYLAGSWCwCqlgsAupYLAACXCwAMlwsAVpcLAFyXCwCslwsAupcLAAKYCwAPmAsAWJgLAG+YCwCumAsAtpgLAASZCwAOmQsAWpkLAGiZCwCwmQsAxpkLAAaaCwASmgsAXJoLAGOaCwCymgsAupoLAAibCwANmwsAXpsLAGebCwC0mwsAvpsLAAqcCwASnAsAYJwLAGKcCwC2nAsAxpwLAAydCwAWnQsAYp0LAG6dCwC4nQsAvp0LAA6eCwAWngsAUKISAGaeCwC6ngsAy54LABCfCwAsnwsAZp8LAG6fCwCmohIAzZ8LABKgCwAjoAsAaKALAHCgCwC+oAsA16ALABShCwAaoQsAaqELAG+hCwDAoQsA4KELABaiCwAiogsAbKILAHKiCwDCogsAyqILABijCwAnowsAbqMLAHOjCwDEowsA0aMLABqkCwAnpAsAcKQLAHykCwDGpAsA1aQLABylCwAmpQsAcqULAIClCwDIpQsAzaULAB6mCwArpgsAdKYLAHemCwDKpgsA0qYLACCnCwAipwsAdqcLAHynCwDMpwsA2KcLACKoCwAqqAsA/KISAH2oCwDOqAsA0qgLACSpCwAxqQsAUqMSAIKpCwCooxIA1qkLACaqCwA9qgsAfKoLAIWqCwDSqgsA6KoLACirCwA0qwsAfqsLAIurCwDUqwsA3qsLACqsCwAyrAsAgKwLAL6sCwDWrAsA/6wLACytCwA0rQsAgq0LAKWtCwD+oxIA560LAC6uCwDurQsAEssLADOuCwCErgsAka4LANquCwDnrgsAMK8LADyvCwCGrwsAla8LANyvCwDmrwsAMrALAECwCwCIsAsAjbALAN6wCwDrsAsANLELAFixCwCKsQsAkrELAFSkEgDpsQsANrILADmyCwCMsgsAlrILAOKyCwDqsgsAOLMLAFGzCwCOswsAmrMLAOSzCwDsswsAqqQSAEq0CwCQtAsAmLQLAOa0CwDwtAsAPLULAFC1CwCStQsAk7ULAOi1CwD0tQsAPrYLAEa2CwAApRIAp7YLAOq2CwDrtgsAQLcLAEy3CwCWtwsApbcLAOy3CwD2twsAQrgLAEW4CwCYuAsAoLgLAO64CwDvuAsARLkLAEa5CwCauQsAoLkLAPC5CwDyuQsARroLAFy6CwCcugsAqLoLAPK6CwD8ugsASLsLAFS7CwCeuwsApLsLAPS7CwD8uwsASrwLAHO8CwCgvAsAqLwLAPa8CwAAvQsATL0LAFG9CwCivQsAqr0LAPi9CwARvgsATr4LAFq+CwCkvgsArL4LAFalEgAGvwsAUL8LAFO/CwCmvwsAq78LAPy/CwAFwAsAUsALAFjACwCowAsAt8ALAP7ACwAKwQsAVMELAGnBCwCqwQsAssELAADCCwANwgsADMgLABnCCwBWwgsAW8ILAKzCCwCxwgsAAsMLABPDCwBYwwsAYMMLAK7DCwBkwwsAXMULAMXDCwAExAsAEsQLAFrECwB1xAsAsMQLALzECwAGxQsAE8ULAKylEgBexQsAssULAL/FCwAIxgsAEMYLAF7GCwB1xgsAtMYLAMLGCwAKxwsAJccLAGDHCwBsxwsAtscLAMPHCwACphIAFcgLAGLICwBzyAsAuMgLAMnICwAOyQsAFskLAGTJCwB7yQsAuskLAMjJCwAQygsAK8oLAGbKCwByygsAvMoLAMnKCwBYphIAJssLAGjLCwBrywsAvssLANvLCwAUzAsAJcwLAGrMCwCOzAsAwMwLAMjMCwCuphIAH80LAGzNCwBvzQsAws0LAMzNCwAYzgsAIM4LAG7OCwCHzgsAxM4LANDOCwAazwsAIs8LAASnEgCAzwsAxs8LAM7PCwAc0AsAJtALAHLQCwCG0AsAyNALAMnQCwAe0QsAKtELAHTRCwB80QsAWqcSAN7RCwAg0gsAI9ILAHbSCwCT0gsAzNILAN3SCwAi0wsAMNMLAHjTCwCN0wsAztMLANbTCwAk1AsAMdQLAIDXCwA91AsAetQLAH/UCwDQ1AsA1dQLACbVCwA31QsAfNULAITVCwDS1QsA6dULACjWCwA21gsAftYLAJnWCwDU1gsA4NYLACrXCwA31wsAsKcSAInXCwDW1wsA59cLACzYCwA92AsAgtgLAIrYCwDY2AsA79gLAC7ZCwA82QsAhNkLAJ/ZCwDa2QsA5tkLADDaCwA92gsABqgSAJraCwDc2gsA39oLADLbCwBP2wsAiNsLAJnbCwDe2wsA7NsLADTcCwBJ3AsAitwLAJLcCwDg3AsA7dwLAOziCwD53AsANt0LADvdCwCM3QsAkd0LAOLdCwDz3QsAON4LAEDeCwCO3gsARN4LADzgCwCl3gsA5N4LAPLeCwA63wsAVd8LAJDfCwCc3wsA5t8LAPPfCwBcqBIAPuALAJLgCwCf4AsA6OALAPDgCwA+4QsAVeELAJThCwCi4QsA6uELAAXiCwBA4gsATOILAJbiCwCj4gsAsqgSAPXiCwBC4wsAU+MLAJjjCwCp4wsA7uMLAPbjCwBE5AsAW+QLAJrkCwCo5AsA8OQLAAvlCwBG5QsAUuULAJzlCwCp5QsACKkSAPvlCwBI5gsAWeYLAJ7mCwCq5gsA9OYLAAHnCwBK5wsAT+cLAKDnCwCq5wsA9ucLAAboCwBM6AsAUegLAKLoCwCr6AsA+OgLAAXpCwBO6QsAVekLAKTpCwCw6QsA+ukLAADqCwBQ6gsAVuoLAKbqCwCr6gsA/OoLAALrCwBeqRIAV+sLAKjrCwCw6wsA/usLABTsCwBU7AsAWewLAKrsCwCx7AsAAO0LAAntCwBW7QsAZ+0LAKztCwC47QsAAu4LAAruCwBgqhIAWu4LAK7uCwDE7gsABO8LABDvCwBa7wsAYe8LALDvCwC47wsAtqoSAAvwCwBc8AsAY/ALALLwCwC78AsACPELABnxCwBe8QsAavELALTxCwC88QsADKsSAAzyCwBg8gsAdvILALbyCwDC8gsADPMLABPzCwBi8wsAavMLAGKrEgC98wsADvQLABX0CwBk9AsAbfQLALr0CwDL9AsAEPULABz1CwBm9QsAbvULALirEgC+9QsAEvYLACH2CwBo9gsAiPYLAL72CwDA9gsAFPcLACv3CwBq9wsAdvcLAMD3CwDI9wsAZKwSABv4CwBs+AsAbvgLAML4CwDJ+AsAGPkLACD5CwBu+QsAd/kLAMT5CwDK+QsAGvoLACv6CwBw+gsAePoLABCtEgDS+gsAHPsLAB/7CwBy+wsAd/sLAMj7CwDZ+wsAHvwLADn8CwB0/AsAgPwLAMr8CwDS/AsAZq0SADb9CwB2/QsAd/0LAMz9CwDR/QsAIv4LACj+CwB4/gsAgv4LAM7+CwDW/gsAJP8LADb/CwC8rRIAh/8LAND/CwDa/wsAJgAMACwADAB8AAwAkAAMANIADADaAAwAKAEMADgBDAB+AQwAgwEMANQBDADaAQwAKgIMADICDACAAgwAgQIMANYCDADYAgwALAMMADsDDACCAwwAogMMANgDDADaAwwALgQMAEUEDACEBAwAkAQMANoEDADiBAwAEq4SADgFDACGBQwAnwUMANwFDADlBQwAMgYMADwGDACIBgwAkAYMAN4GDADuBgwANAcMADkHDACKBwwAkwcMAOAHDADtBwwANggMAD0IDACMCAwAlAgMAL6uEgDsCAwAOAkMAEAJDACOCQwAnAkMAOQJDADxCQwAOgoMAEIKDACQCgwAkgoMAOYKDADuCgwAPAsMAD0LDACSCwwAlAsMAOgLDAD3CwwAPgwMAF4MDACUDAwAlgwMAOoMDAABDQwAQA0MAEwNDACWDQwAsA0MAOwNDAAYDgwAQg4MAEUODACYDgwAnQ4MAO4ODAD7DgwAFK8SAEYPDACaDwwApA8MAPAPDAD/DwwARhAMAFEQDACcEAwAqhAMAPIQDAD/EAwASBEMAF8RDACeEQwAphEMAPQRDAD1EQwAShIMAEwSDACgEgwArxIMAPYSDAAWEwwATBMMAE4TDACiEwwAuRMMAPgTDAAEFAwAThQMAFYUDABqrxIAqRQMAPoUDAAAFQwAUBUMAFgVDACmFQwAxRUMAPwVDAAJFgwAUhYMAFMWDACoFgwAvhYMAP4WDAAaFwwAwK8SAFkXDACqFwwAtBcMAAAYDAAIGAwAVhgMAFcYDACsGAwAWBgMAL4hDACyGAwAAhkMAA4ZDABYGQwAaBkMAK4ZDAC8GQwABBoMABcaDABaGgwAZhoMALAaDAC3GgwABhsMAA4bDABcGwwAYBsMALIbDADAGwwACBwMABIcDABeHAwAaRwMALQcDAC8HAwACh0MAEIdDABgHQwAaB0MALYdDAC7HQwADB4MABIeDABiHgwAah4MALgeDADSHgwADh8MAEYfDABkHwwAbB8MALofDAC/HwwAECAMABYgDABmIAwAbiAMALwgDADWIAwAEiEMACwhDABoIQwAoCEMABawEgDGIQwAFCIMABsiDABqIgwAdiIMAMAiDADBIgwAFiMMACIjDABsIwwAeSMMAMIjDADJIwwAGCQMACQkDABuJAwAeyQMAMQkDADTJAwAGiUMAC4lDABssBIAciUMAMYlDAB8JQwAZCUPAMklDAA8kA4A0yUMAB4pDQDVJQwAHCYMADwmDAByJgwAdCYMAMgmDADfJgwAHicMAConDAB0JwwAfCcMAMKwEgDMJwwAICgMAC0oDAB2KAwAfygMAMwoDADOKAwAIikMADMpDAB4KQwAiSkMAM4pDADiKQwAGLESAEQqDAB6KgwAfCoMANAqDADnKgwAJisMADIrDAB8KwwAhCsMAG6xEgDUKwwAKCwMACssDAB+LAwAhiwMANQsDADhLAwAKi0MAC8tDACALQwAii0MANYtDADeLQwALC4MAEUuDACCLgwAji4MANguDADkLgwALi8MADsvDACELwwAjC8MANovDADqLwwAMDAMADUwDACGMAwAjzAMANwwDADpMAwAMjEMADkxDACIMQwAkDEMAMSxEgDrMQwANDIMADcyDACKMgwAlDIMAOAyDADiMgwANjMMAEczDACMMwwAnTMMAOIzDADuMwwAODQMAD80DACONAwAqDQMAOQ0DADsNAwAOjUMADs1DAD4PgwARDUMAJA1DACWNQwA5jUMAPo1DAA8NgwARDYMAJI2DACcNgwA6DYMAO02DAA+NwwARjcMAJQ3DACiNwwA6jcMAPc3DABAOAwAQzgMAJY4DACgOAwA7DgMAO44DABCOQwAUzkMAJg5DACpOQwA7jkMAPY5DAAashIATjoMAJo6DAC2OgwA8DoMAPg6DABwshIARzsMAJw7DACyOwwA8jsMAPo7DABIPAwAVjwMAJ48DACrPAwA9DwMAPc8DABKPQwAVD0MAKA9DACiPQwA9j0MAAc+DABMPgwAXT4MAKI+DACqPgwAxrISAAk/DABOPwwAWj8MAKQ/DACmPwwA+j8MAP0/DABQQAwAXEAMAKZADACuQAwAHLMSAAVBDABSQQwAX0EMAKhBDACwQQwA/kEMABBCDABUQgwAYUIMAKpCDACrQgwAAEMMABZDDABWQwwAXkMMAKxDDAC6QwwAAkQMAA9EDABYRAwAW0QMAK5EDAC4RAwABEUMAAZFDABaRQwAa0UMALBFDADBRQwABkYMAA5GDABysxIAaUYMALJGDAC8RgwACEcMAL9GDABaSQ4AFkcMAF5HDAB0RwwAtEcMAMBHDAAKSAwAFkgMAGBIDABmSAwAtkgMALxIDAAMSQwAEUkMAGJJDABoSQwAyLMSAL1JDAAOSgwAEEoMAGRKDABrSgwAukoMAMJKDAAQSwwAE0sMAGZLDABvSwwAvEsMAMtLDAASTAwAHUwMAGhMDABwTAwAvkwMAM5MDAAUTQwAIk0MAGpNDAB7TQwAwE0MAMxNDAAWTgwAHk4MAMq0EgCKTgwAwk4MAMpODAAgtRIAJE8MAG5PDACETwwAxE8MAMxPDAAaUAwAOVAMAHa1EgBzUAwAdKgMAH1QDADGUAwAyVAMAIQOEQDOUAwAHFEMANBQDADmEA8AHlEMAHJRDAAmUQwA4F0MAC1RDADSVgwAf1EMAMhRDADcUQwAHlIMACZSDAB0UgwAeVIMAMpSDADaUgwAIFMMAChTDAB2UwwAgFMMAMxTDADXUwwAIlQMAC5UDAB4VAwAgFQMAMy1EgDTVAwAJFUMAC1VDAB6VQwAgFUMANBVDADfVQwAJlYMADJWDAB8VgwAf1YMACK2EgDXVgwAKFcMADdXDAB+VwwAgFcMANRXDADlVwwAKlgMADtYDACAWAwAlFgMANZYDADeWAwALFkMADpZDACCWQwAj1kMANhZDADbWQwALloMADhaDACEWgwAhloMANpaDADrWgwAMFsMAEFbDACGWwwAklsMANxbDADjWwwAMlwMADpcDACIXAwAn1wMAN5cDADqXAwANF0MAEpdDACKXQwAjV0MAHi2EgDrXQwANl4MAEJeDACMXgwAlF4MAM62EgDuXgwAOF8MAE5fDACOXwwAkV8MAORfDADsXwwAOmAMADxgDACQYAwAq2AMAOZgDADoYAwAPGEMAEphDACSYQwAo2EMAOhhDADqYQwAPmIMAFdiDACUYgwApWIMAOpiDAD2YgwAJLcSAEZjDACWYwwApGMMAOxjDAAHZAwAQmQMAE5kDACYZAwAnmQMAO5kDAD2ZAwARGUMAFRlDACaZQwAn2UMAPBlDAD5ZQwARmYMAFNmDACcZgwAo2YMAPJmDAD6ZgwAercSAE1nDACeZwwApGcMAPRnDAD8ZwwASmgMAHZoDACgaAwAp2gMAPZoDAAPaQwATGkMAFtpDACiaQwAvmkMANC3EgAEagwATmoMAFhqDACkagwArGoMAPpqDAABawwAUGsMAFZrDACmawwAtGsMAPxrDAAXbAwAUmwMAF5sDACobAwArmwMAP5sDAAGbQwAVG0MAGJtDACqbQwAt20MAABuDAADbgwAVm4MAGBuDACsbgwArm4MAAJvDAAPbwwAWG8MAGdvDACubwwAum8MAARwDAAMcAwAJrgSAF9wDACwcAwAtnAMAAZxDAAOcQwAXHEMAIhxDACycQwAuXEMAAhyDAAhcgwAXnIMAG1yDAC0cgwAvXIMAApzDAAQcwwAYHMMAHFzDAC2cwwA3nMMAAx0DAA4dAwAYnQMAGl0DAC4dAwA0XQMAA51DAAddQwAZHUMAIB1DAB8uBIAv3UMABB2DAAadgwAZnYMAHZ2DAC8dgwAwXYMABJ3DAAbdwwAaHcMAHV3DAC+dwwAxXcMABR4DAAgeAwAangMAH14DADAeAwAz3gMABZ5DAAieQwAbHkMAG15DADCeQwAzHkMABh6DAAmegwAbnoMAHN6DADEegwA0XoMANK4EgArewwAcHsMAHJ7DADGewwAyXsMABx8DAAffAwAcnwMAHl8DADIfAwA1HwMAB59DAAufQwAdH0MAIR9DADKfQwAz30MACB+DAApfgwAdn4MAIN+DADMfgwA034MACJ/DAAufwwAeH8MAH5/DADOfwwA1H8MACSADAApgAwAeoAMAICADADUuRIA2oAMACaBDAA0gQwAfIEMAIyBDADSgQwA1IEMACiCDAA3ggwAfoIMAIiCDADUggwA3IIMANa6EgAwgwwAgIMMAIyDDAAsuxIA24MMACyEDAA0hAwAgoQMAJKEDADYhAwA5oQMAC6FDAA7hQwAhIUMAIuFDADahQwA4oUMANi7EgBBhgwAhoYMAI2GDADchgwA5IYMADKHDAA/hwwAiIcMAI2HDADehwwA6IcMADSIDAA8iAwAiogMAKOIDADgiAwA7IgMADaJDAA+iQwALrwSAJiJDADiiQwA5YkMADiKDAA9igwAjooMAJ+KDADkigwA/4oMADqLDABGiwwAkIsMAJeLDADmiwwAAowMADyMDABEjAwAhLwSAJeMDADojAwA8owMAD6NDABGjQwAlI0MAJaNDABiIg4ApI0MAOqNDADvjQwAQI4MAEmODACWjgwAo44MAOyODADzjgwA2rwSAEuPDACYjwwApY8MAO6PDAD9jwwARJAMAE6QDACakAwAqJAMAPCQDAD1kAwARpEMAFORDACckQwApJEMADC9EgDzkQwASJIMAFSSDACekgwAq5IMAPSSDAACkwwASpMMAFeTDACgkwwAt5MMAPaTDAD+kwwATJQMAFKUDACilAwArpQMAPiUDAAVlQwATpUMAFeVDACklQwAspUMAPqVDAAAlgwAUJYMAFyWDACmlgwArZYMAPyWDAAElwwAUpcMAHGXDACGvRIAuZcMAP6XDAAKmAwAVJgMAFuYDACqmAwAspgMAACZDAAKmQwAVpkMAFuZDACsmQwAtJkMAAKaDAAHmgwAWJoMAFmaDACumgwAupoMAASbDAARmwwAWpsMAGKbDACwmwwAs5sMAAacDAAQnAwAXJwMAGKcDACynAwAvpwMAAidDAAKnQwAXp0MAHSdDAC0nQwA0J0MAAqeDAASngwA3L0SAGWeDAC2ngwAvp4MAAyfDAAPnwwAYp8MAGufDAC4nwwAx58MAA6gDAAZoAwAZKAMAGygDAC6oAwAyqAMABChDAAeoQwAZqEMAHehDAC8oQwAyKEMABKiDAAaogwAMr4SAG6iDAC+ogwAxqIMABSjDAAbowwAaqMMAHijDADAowwAxqMMABakDAAipAwAbKQMAHukDADCpAwAzKQMABilDAAdpQwAbqUMAHSlDADEpQwA2KUMAIi+EgAmpgwAcKYMAH2mDADGpgwAyaYMABynDAAqpwwAcqcMAHenDADIpwwA1acMAB6oDAAmqAwA3r4SAHyoDADKqAwA0KgMACCpDADRqAwAQjsNACypDAB2qQwAk6kMAMypDADVqQwAIqoMADCqDAB4qgwAfqoMAM6qDADaqgwAJKsMACurDAA0vxIAe6sMAAAaDQCGqwwA0KsMAIqrDACkFg0A46sMACasDAAwrAwAfKwMAIisDADSrAwA36wMACitDAArrQwAfq0MAIytDADUrQwA2a0MACquDAA3rgwAgK4MAIiuDACKvxIA3K4MACyvDAA6rwwAgq8MAJ2vDADYrwwA5K8MAC6wDAA0sAwANsASAKewDACMwBIA37AMADCxDAA9sQwAhrEMAJOxDADcsQwA6LEMADKyDABBsgwAiLIMAJKyDADesgwA7LIMADSzDAA5swwAirMMAJezDADgswwA/LMMADa0DAA+tAwA4sASAJG0DADitAwA6LQMADi1DABAtQwAjrUMAI+1DADktQwA67UMADq2DAA/tgwAkLYMAJi2DADmtgwA9LYMADy3DAA/twwAkrcMAJq3DADotwwA9bcMAD64DABDuAwAlLgMAJ64DADquAwA8rgMAEC5DABRuQwAlrkMAJu5DADsuQwA7rkMAEK6DABJugwAmLoMAKS6DADuugwA9boMADjBEgBQuwwAmrsMALe7DADwuwwA+bsMAEa8DABUvAwAnLwMAKK8DADyvAwA/rwMAEi9DABPvQwAnr0MAKa9DAD0vQwACr4MAEq+DABPvgwAoL4MAKe+DAD2vgwA/74MAEy/DABdvwwAor8MAK6/DAD4vwwAAMAMAOTBEgBUwAwApMAMAKnADAD6wAwAFcEMAFDBDABewQwApsEMAK3BDAD8wQwACMIMAFLCDABVwgwAqMIMALDCDAD+wgwA/8IMAFTDDABWwwwAqsMMALnDDAAAxAwAIMQMAFbEDABYxAwArMQMAMPEDAACxQwADsUMAFjFDABgxQwAOsISALPFDAAExgwADMYMAFrGDABqxgwAsMYMAL7GDAAGxwwAF8cMAFzHDABoxwwAsscMALXHDAAIyAwAEMgMAF7IDABsyAwAtMgMAMHIDAAKyQwAEskMAGDJDACYyQwAkMISALfJDAAMygwAGMoMAGLKDABxygwAuMoMAMDKDADmwhIAEMsMAGTLDAByywwAussMAMvLDAA8wxIAF8wMAJLDEgBuzAwAPsQSAL3MDAD06AwAv8wMACTWDADAzAwAas4MAMLMDAB+2AwAw8wMAMjSDADFzAwA+OoMAMjMDAASzQwAycwMAMTQDADLzAwA3t0MABjNDABozQwAbs0MAL7NDADDzQwAFM4MABrODACUxBIAbM4MAMDODADGzgwAFs8MACPPDACWxRIAec8MAMLPDADZzwwAGNAMADTQDABu0AwAdtAMAOzFEgDJ0AwAGtEMACTRDABw0QwAftEMAMbRDADV0QwAHNIMACjSDABCxhIAetIMAJjGEgDU0gwAHtMMAB/TDAB00wwAetMMAMrTDADW0wwAINQMAC/UDAB21AwAeNQMAMzUDADW1AwAItUMAC7VDAB41QwAf9UMAO7GEgDW1QwARMcSAC7WDAB61gwAgNYMANDWDADe1gwAJtcMADXXDAB81wwAhtcMANLXDADu1wwAKNgMADDYDACaxxIAitgMANTYDADj2AwAKtkMAC/ZDACA2QwAm9kMANbZDADi2QwALNoMADLaDACC2gwAhNoMANjaDADx2gwALtsMAD/bDACE2wwAkNsMANrbDADy2wwAMNwMADzcDACG3AwAjNwMANzcDADi3AwAMt0MADfdDACI3QwAjt0MAPDHEgDj3QwANN4MADreDACK3gwASt4MAD7jDACW3gwA4N4MAPjeDAA23wwAOt8MAOTgDABC3wwAjN8MAJLfDADi3wwA6N8MADjgDAA94AwAjuAMAJTgDADyyBIA5uAMADrhDABA4QwAkOEMAJ3hDAD0yRIA8+EMADziDABT4gwAkuIMAK7iDADo4gwA8OIMAErKEgA/4wwAlOMMAKLjDADq4wwA++MMAEDkDABM5AwAluQMAK7kDADs5AwA8OQMAJrmDAD45AwAQuUMAEjlDACY5QwAnuUMAO7lDADz5QwAROYMAErmDACgyhIAnOYMAPDmDAD25gwARucMAFPnDACiyxIAqecMAPLnDAAJ6AwASOgMAGToDACe6AwApugMAPjLEgD26AwASukMAFDpDACg6QwAo+kMAPbpDAAC6gwATOoMAGjqDACi6gwAquoMAE7MEgD76gwATusMAFrrDACk6wwAqusMAPrrDAAS7AwAUOwMAFTsDAD+7QwAV+wMAFzyDABc7AwApuwMAF3sDABY8AwArOwMAPzsDAAC7QwAUu0MAFftDACo7QwAru0MAKTMEgAA7gwAVO4MAFruDACq7gwAt+4MAKbNEgAN7wwAVu8MAG3vDACs7wwAyO8MAALwDAAK8AwA/M0SAF3wDACu8AwAuPAMAATxDAAS8QwAWvEMAGnxDACw8QwAvPEMAFLOEgAO8gwAqM4SAGjyDACy8gwAs/IMAAjzDAAO8wwAXvMMAGrzDAC08wwAw/MMAAr0DAAM9AwAYPQMAGr0DAC29AwAwvQMAAz1DAAT9QwA/s4SAGr1DABUzxIAwvUMAA72DAAa9gwAZPYMAHr2DAC69gwAxvYMABD3DAAj9wwAZvcMAHT3DAC89wwAxvcMAKrPEgAa+AwAANASAH74DAC++AwAyvgMABT5DAAh+QwAavkMAHT5DADA+QwAwvkMABb6DAAg+gwAbPoMAHr6DADC+gwAx/oMABj7DAAl+wwAbvsMAHb7DADE+wwA1PsMABr8DAAc/AwAcPwMAHn8DADG/AwA1/wMABz9DAAm/QwAVtASAH79DADI/QwA3/0MAB7+DAA5/gwArNASAI3+DADK/gwA0P4MACD/DAAq/wwAAtESAHj/DADM/wwA3f8MACIADQAqAA0AeAANAD4ADQDIKA0AhAANAM4ADQDUAA0AJAENACoBDQB6AQ0AfwENANABDQDWAQ0AWNESAEICDQB8Ag0AhAINAFrSEgDgAg0AKAMNADkDDQB+Aw0AjwMNANQDDQDgAw0AKgQNADEEDQCw0hIAkQQNANYEDQDnBA0ALAUNADgFDQCCBQ0AiQUNAAbTEgDaBQ0ALgYNAC8GDQCEBg0AjAYNANoGDQDfBg0AMAcNADkHDQCGBw0AkAcNANwHDQDkBw0AMggNADcIDQCICA0AmAgNAN4IDQDmCA0ANAkNAEoJDQCKCQ0AlgkNAOAJDQD2CQ0ANgoNADsKDQCMCg0AkgoNAOIKDQD2Cg0AXNMSAE4LDQCOCw0AnAsNAOQLDQDxCw0AOgwNADwMDQCQDA0AmgwNAOYMDQDyDA0APA0NAEMNDQCSDQ0Amg0NAOgNDQABDg0APg4NAFIODQCUDg0AnA4NAOoODQDsDg0AQA8NAE0PDQCWDw0Amw8NAOwPDQD2Dw0AQhANAE0QDQCYEA0ApBANAO4QDQD0EA0ARBENAEwRDQCaEQ0AmxENAPARDQD2EQ0ARhINAEsSDQCcEg0AqxINAPISDQD+Eg0ASBMNAEsTDQCeEw0AoRMNALLTEgD5Ew0AShQNAGYUDQAI1BIAwBQNAPYUDQD+FA0AXtQSAFIVDQCiFQ0ArhUNALTUEgD+FQ0AThYNAFoWDQAO1xIAphYNAPoWDQAEFw0AUBcNAFIXDQCmFw0AtxcNAPwXDQAEGA0AUhgNAF4YDQCoGA0ArhgNAP4YDQAEGQ0AVBkNAFkZDQCqGQ0AsBkNAGTXEgACGg0AVhoNAFwaDQCsGg0ArxoNAAIbDQAOGw0AWBsNAGAbDQBm2BIAtBsNAAQcDQAKHA0AWhwNAF8cDQCwHA0AthwNALzYEgAIHQ0AXB0NAGUdDQCyHQ0AyR0NAAgeDQATHg0AXh4NAGgeDQC0Hg0AvB4NAL7ZEgAXHw0AYB8NAGgfDQC2Hw0AwB8NAAwgDQAXIA0AYiANAGggDQC4IA0AxCANAA4hDQAQIQ0AZCENAGshDQC6IQ0AwiENABAiDQAiIg0AFNoSAKUiDQC8Ig0AxCINABIjDQA1Iw0AFtsSAGojDQC+Iw0AyyMNABQkDQAbJA0AaiQNAHskDQDAJA0AzCQNABYlDQAdJQ0AbCUNAG0lDQBYRg0AdCUNAGzbEgDVJQ0AGCYNACcmDQBuJg0AeiYNAMQmDQDFJg0AGicNACQnDQBwJw0AficNAMYnDQDLJw0AHCgNACkoDQDC2xIAeigNABjcEgDQKA0AbtwSACwpDQB0KQ0AgykNAMopDQDqKQ0AICoNACwqDQB2Kg0AfSoNAMwqDQDUKg0AIisNACQrDQB4Kw0AgisNAHDdEgDYKw0AJCwNACwsDQDG3RIAhCwNANAsDQDYLA0AHN4SAGYtDQB8LQ0AhC0NANItDQDwLQ0Act4SAC0uDQD0FQ4ANi4NAH4uDQCFLg0ANg4PAI4uDQDULg0A5C4NACovDQA2Lw0AgC8NAIYvDQDWLw0A8i8NACwwDQA0MA0AyN4SAJYwDQDYMA0A4jANAC4xDQA6MQ0AhDENAIwxDQAe3xIA5TENADAyDQAyMg0AhjINAIwyDQDcMg0A5DINAHTfEgA0Mw0AiDMNAIszDQDeMw0A5jMNADQ0DQBENA0AijQNAIw0DQDgNA0A7jQNADY1DQBHNQ0Ayt8SAJM1DQAg4BIA6DUNADg2DQA9Ng0AjjYNAJQ2DQB24BIA7jYNADo3DQA8Nw0AkDcNAKM3DQDmNw0A7jcNADw4DQBIOA0AkjgNAJg4DQDoOA0A7jgNAD45DQBDOQ0AlDkNAJo5DQB44RIA8zkNAEA6DQBNOg0AljoNAJ06DQDsOg0A9DoNAM7hEgBOOw0AmDsNAKI7DQDuOw0A+jsNAEQ8DQBTPA0AmjwNAKQ8DQDwPA0A/DwNAEY9DQBNPQ0AJOISAJ89DQA65w8Aoj0NAPI9DQCrPQ0Awv4OAK09DQBaHg4A/j0NAEg+DQBQPg0AeuISAKo+DQD0Pg0A/j4NAEo/DQBWPw0AoD8NAK8/DQD2Pw0AAEANAExADQBYQA0AokANAKlADQDQ4hIABkENAE5BDQAYQQ0A+O4OAGVBDQCkQQ0AsUENAPpBDQD8QQ0AUEINAGFCDQCmQg0AwkINAPxCDQAEQw0AJuMSAGtDDQCoQw0AvEMNAP5DDQAGRA0AVEQNAFdEDQCqRA0AuEQNAABFDQAXRQ0AVkUNAGNFDQCsRQ0ArkUNAAJGDQATRg0AfOMSAF5GDQCuRg0As0YNAARHDQAaRw0AWkcNAGhHDQCwRw0As0cNAAZIDQASSA0AXEgNAGJIDQCySA0AvkgNAAhJDQA0SQ0AXkkNAGpJDQC0SQ0Aw0kNAApKDQAUSg0AYEoNAG5KDQC2Sg0Au0oNAAxLDQAZSw0A0uMSAGRLDQC4Sw0AxksNAA5MDQAbTA0AZEwNAHZMDQAo5BIAyUwNABBNDQAcTQ0AZk0NAH9NDQC8TQ0Avk0NABJODQAhTg0AaE4NAIhODQC+Tg0Axk4NABRPDQA3Tw0AfuQSAG9PDQDATw0Aw08NABZQDQAgUA0AbFANAHRQDQDCUA0AyFANABhRDQAkUQ0AblENAH1RDQDEUQ0A0FENABpSDQAnUg0AcFINAHpSDQDGUg0AzlINABxTDQArUw0AclMNAHRTDQDIUw0A2VMNAB5UDQAvVA0AdFQNAHxUDQDKVA0A21QNACBVDQAiVQ0AdlUNAHlVDQDMVQ0A1lUNACJWDQBGVg0AeFYNAJRWDQDU5BIA1FYNACRXDQApVw0AelcNAIlXDQDQVw0A3FcNACZYDQApWA0AfFgNAH9YDQDSWA0A2lgNAChZDQA3WQ0AflkNAINZDQDUWQ0A6lkNACpaDQArWg0AgFoNAJFaDQDWWg0A4loNACxbDQA2Ww0AglsNAI5bDQDYWw0A31sNACrlEgAyXA0AhFwNAJJcDQDaXA0A5FwNADBdDQA7XQ0Ahl0NAI5dDQDcXQ0A6F0NADJeDQBFXg0AiF4NAJZeDQDeXg0A6F4NADRfDQA8Xw0Ail8NAJlfDQDgXw0A5V8NADZgDQA9YA0AjGANAJhgDQCA5RIA7mANADhhDQA7YQ0AjmENAJFhDQDkYQ0A/mENADpiDQBGYg0AkGINAKNiDQDmYg0A9GINADxjDQBGYw0AkmMNALVjDQDW5RIA8mMNAD5kDQBKZA0AlGQNAJtkDQDqZA0A8mQNAEBlDQBEZQ0AlmUNAKRlDQDsZQ0A9mUNAEJmDQBNZg0AmGYNAKBmDQDuZg0A/WYNAERnDQBJZw0AmmcNAKFnDQDwZw0A/GcNAEZoDQBOaA0ALOYSALJoDQCgxA8AtWgNAPJoDQD8aA0ASGkNAFRpDQCeaQ0AoWkNAPRpDQD+aQ0ASmoNAE1qDQCgag0AsGoNAPZqDQD4ag0ATGsNAFprDQCiaw0As2sNAILmEgD/aw0A2OYSAGdsDQCkbA0ArmwNAPpsDQAGbQ0AUG0NAFNtDQCmbQ0AsG0NAC7nEgABbg0AUm4NAHJuDQCobg0AsG4NAITnEgAMbw0AVG8NAGpvDQCqbw0Atm8NAABwDQAHcA0AVnANAF5wDQCscA0AsXANAAJxDQALcQ0AWHENAGJxDQCucQ0AtnENAARyDQAScg0AWnINAGdyDQCwcg0AuHINANrnEgAWcw0AXHMNAGRzDQAw6BIAuXMNAAh0DQAUdA0AXnQNAGV0DQC0dA0AvHQNAAp1DQAUdQ0AYHUNAG51DQC2dQ0AzHUNAAx2DQAYdg0AYnYNAGd2DQC4dg0AwXYNAA53DQAYdw0AZHcNAGx3DQC6dw0Av3cNABB4DQAgeA0AZngNAG54DQCG6BIAyngNABJ5DQAoeQ0AaHkNAHR5DQC+eQ0AxXkNABR6DQAceg0AanoNAG96DQDAeg0AyXoNABZ7DQAgew0AbHsNAHR7DQDCew0AxHsNAISHDQDQew0AGHwNACV8DQBufA0AdnwNADLpEgDQfA0AGn0NAB19DQBwfQ0Aen0NAIjpEgDUfQ0AHH4NADJ+DQByfg0Afn4NAMh+DQDPfg0AHn8NACZ/DQB0fw0AeX8NAMp/DQDTfw0AIIANACqADQB2gA0AfoANAMyADQDOgA0AIoENADKBDQB4gQ0AgoENAM6BDQDagQ0AJIINACqCDQA06hIAiIINANCCDQDmgg0AJoMNADKDDQB8gw0AgYMNANKDDQDbgw0AKIQNADKEDQB+hA0AhoQNANSEDQD2hA0AiuoSADmFDQCAhQ0AjIUNANaFDQDXhQ0ALIYNADaGDQCChg0AkIYNANiGDQDdhg0ALocNADuHDQDg6hIAlIcNANqHDQDkhw0AMIgNADyIDQCGiA0AjIgNANyIDQDkiA0A4usSADeJDQCIiQ0AkIkNAN6JDQDqiQ0A8pMNAPeJDQA0ig0AQIoNAIqKDQCSig0AOOwSAO2KDQA2iw0APosNAIyLDQCaiw0A4osNAO+LDQA4jA0AO4wNAI6MDQCYjA0A5IwNAOaMDQA6jQ0AR40NAJCNDQCfjQ0A5o0NAPKNDQA8jg0ARI4NAI7sEgCijg0A6I4NAPCODQA+jw0ASo8NAJSPDQCajw0A6o8NAPCPDQBAkA0ARZANAJaQDQCckA0A5OwSAPmQDQBCkQ0AR5ENAJiRDQCikQ0A7pENAPaRDQBEkg0AUJINAJqSDQCtkg0A8JINAP6SDQBGkw0ASZMNAJyTDQCmkw0AOu0SAAWUDQBIlA0AVpQNAJ6UDQChlA0A9JQNAP6UDQCQ7RIAT5UNAKCVDQBYlQ0AiLQNAKiVDQD2lQ0AApYNAEyWDQBSlg0AopYNAF+WDQAusg0AqJYNAPiWDQD9lg0ATpcNAFSXDQDm7RIAqpcNAPqXDQD/lw0AUJgNAFaYDQA87hIAtJgNAPyYDQAXmQ0AUpkNAF6ZDQComQ0Ar5kNAJLuEgAHmg0AVJoNAGGaDQCqmg0AtpoNAACbDQATmw0AVpsNAFebDQCsmw0AuJsNAAKcDQARnA0AWJwNAGKcDQCunA0AupwNAASdDQALnQ0A6O4SAGCdDQCwnQ0Atp0NAAaeDQALng0AXJ4NAGKeDQCU7xIAu54NAAifDQAVnw0AXp8NAGKfDQC0nw0Atp8NAAqgDQAXoA0AYKANAGqgDQDq7xIAvaANAAyhDQAUoQ0AYqENAG6hDQC4oQ0Ay6ENAA6iDQAdog0AZKINAHCiDQC6og0Au6INABCjDQAaow0AZqMNAHSjDQC8ow0AwaMNABKkDQAfpA0AQPASAHSkDQC+pA0AxKQNABSlDQAapQ0AaqUNAG+lDQDApQ0AxqUNAJbwEgAbpg0AbKYNAHamDQBC8RIAyqYNABinDQAlpw0AbqcNAHOnDQDEpw0AzqcNABqoDQAiqA0AcKgNAHyoDQDGqA0A2agNABypDQAdqQ0AcqkNAH6pDQDIqQ0A16kNAB6qDQAoqg0AdKoNAHyqDQDKqg0AzKoNAJjxEgApqw0AdqsNAIWrDQDMqw0A26sNACKsDQAurA0AeKwNAHusDQDOrA0A0awNAO7xEgAmrQ0Aeq0NAH2tDQDQrQ0A2K0NACauDQAzrg0AfK4NAIGuDQDSrg0A3K4NACivDQAwrw0Afq8NAIqvDQDUrw0A568NACqwDQArsA0AgLANAIywDQDWsA0A5bANACyxDQA2sQ0AgrENAI6xDQDYsQ0A37ENAETyEgA9sg0AhLINAJCyDQDasg0A27INADCzDQA6sw0AhrMNAJSzDQDcsw0A4bMNADK0DQA/tA0AmvISAJm0DQDw8hIA67QNADS1DQBCtQ0AirUNAJu1DQDgtQ0AArYNAEbzEgA7tg0AjLYNADy2DQCk7Q0AlLYNAOK2DQDjtg0AQLsNAOW2DQBCvA0A57YNAD66DQDotg0Amr0NAOm2DQA8uQ0A8bYNADi3DQD7tg0AoMANAD23DQCOtw0Am7cNAOS3DQDxtw0AOrgNAEa4DQCQuA0An7gNAOa4DQDwuA0AnPMSAEq5DQCSuQ0AlLkNAOi5DQD5uQ0A8vMSAD+6DQCUug0AoLoNAOq6DQD3ug0ASPQSAE67DQCWuw0Ao7sNAOy7DQADvA0AnvQSAEu8DQDyvg0ATLwNAJi8DQCavA0A7rwNAPS8DQBEvQ0ATr0NAPT0EgCmvQ0A8L0NAPK9DQBGvg0AVb4NAJy+DQCnvg0ASvUSAAG/DQBIvw0AV78NAJ6/DQCqvw0A9L8NAADADQBKwA0AUcANAKD1EgCswA0A9sANAP7ADQD29RIAZcENAKLBDQCzwQ0A+MENAATCDQBM9hIAVcINAKTCDQCswg0A+sINAPvCDQBQww0AVsMNAKbDDQCrww0A/MMNAP3DDQBSxA0AXsQNAKjEDQCuxA0A/sQNAAjFDQBUxQ0AYsUNALTKDQBoxQ0AqsUNALLFDQCi9hIAEMYNAFbGDQBexg0ArMYNALXGDQACxw0AucYNALLJDQAPxw0AWMcNAF/HDQCuxw0AuscNAATIDQAUyA0AWsgNAGjIDQCwyA0AvcgNAAbJDQASyQ0AXMkNAGPJDQD49hIAu8kNAAjKDQAZyg0AXsoNAG/KDQBO9xIAwMoNAArLDQANyw0AYMsNAGjLDQC2yw0Au8sNAAzMDQAczA0AYswNAGrMDQC4zA0AwcwNAA7NDQDFzA0Avs8NABvNDQBkzQ0Aa80NALrNDQDGzQ0AEM4NACDODQBmzg0AdM4NALzODQDJzg0AEs8NAB7PDQBozw0Ab88NAKT3EgDHzw0AFNANACXQDQBq0A0Ae9ANAPr3EgDF0A0AFtENACPRDQBs0Q0AeNENAMLRDQDM0Q0AGNINACzSDQBu0g0Ab9INAMTSDQDQ0g0AGtMNADnTDQBw0w0AeNMNAMbTDQDL0w0AHNQNADXUDQBy1A0AntQNAMjUDQDU1A0AHtUNAC3VDQB01Q0AftUNAMrVDQDS1Q0AINYNACvWDQB21g0AeNYNAMzWDQDP1g0AItcNACrXDQB41w0AhdcNAM7XDQDT1w0AJNgNACzYDQB62A0AfNgNANDYDQDa2A0AJtkNADDZDQB82Q0AgtkNANLZDQDg2Q0AKNoNAEHaDQB+2g0Ah9oNANTaDQDe2g0AKtsNADbbDQBQ+BIAjNsNANbbDQDg2w0ALNwNADfcDQCC3A0Ah9wNANjcDQDf3A0ALt0NADbdDQCE3Q0Asd0NAKb4EgDh3Q0AMN4NADjeDQCG3g0As94NANzeDQDh3g0AMt8NADPfDQCI3w0Akt8NAN7fDQDs3w0ANOANADngDQCK4A0Al+ANAODgDQD84A0ANuENAFLhDQD8+BIAmeENAOLhDQDm4Q0AOOINAD7iDQCO4g0AkOINAOTiDQDl4g0AOuMNAF3jDQCQ4w0AtOMNAObjDQAT5A0APOQNAETkDQCS5A0Al+QNAOjkDQD15A0APuUNAEblDQCU5Q0AluUNAOrlDQDy5Q0AQOYNAG3mDQCW5g0Ao+YNAOzmDQDx5g0AQucNAE/nDQCY5w0ApOcNAO7nDQAb6A0AROgNAEzoDQCa6A0AtegNAPDoDQDy6A0ARukNAFfpDQCc6Q0ApekNAPLpDQD+6Q0AUvkSAFXqDQCe6g0AueoNAPTqDQD56g0ASusNAGrrDQCg6w0ArOsNAPbrDQD+6w0AqPkSAFrsDQCi7A0ArOwNAPjsDQAD7Q0ATu0NAFbtDQBU+hIAre0NAPrtDQAE7g0AUO4NAFvuDQCm7g0Auu4NAPzuDQAR7w0AUu8NAFrvDQCo7w0Av+8NAP7vDQAD8A0AVPANAF7wDQCq8A0AsvANAKr6EgAC8Q0AVvENAGfxDQCs8Q0Ar/ENAALyDQAO8g0AAPsSAGbyDQCu8g0Av/INAFb7EgAH8w0AWvMNAF3zDQCw8w0AvPMNAAb0DQAM9A0AXPQNAGb0DQCs+xIAv/QNAAj1DQAf9Q0AXvUNAGb1DQAC/BIAuvUNAAr2DQAQ9g0AYPYNAHj2DQC29g0AuPYNAAz3DQAP9w0AYvcNAGX3DQC49w0AxPcNAA74DQAU+A0AZPgNAG74DQCu/BIAv/gNABD5DQAd+Q0ABP0SAHb5DQC8+Q0AyPkNABL6DQAY+g0AaPoNAHT6DQC++g0AdvoNADC5EADL+g0AFPsNACP7DQBq+w0AdvsNAMD7DQDI+w0AWv0SAB78DQBs/A0AbvwNAML8DQDR/A0AGP0NACL9DQBu/Q0Ad/0NAMT9DQDG/Q0AGv4NACv+DQBw/g0Ahf4NAMb+DQDO/g0AHP8NAF3/DQBy/w0Aev8NAMj/DQDU/w0AHgAOADEADgB0AA4AdQAOAMoADgDWAA4AIAEOAC8BDgB2AQ4AgAEOAMwBDgDYAQ4AIgIOACkCDgAG/hIAlAIOAFz+EgDRAg4AJAMOACwDDgB6Aw4AhwMOANADDgDVAw4AJgQOADAEDgB8BA4AhAQOANIEDgDcBA4AMAkOAOIEDgA0Cw4A/wQOACgFDgAyBQ4AfgUOADgFDgAsBw4AhAUOANQFDgDdBQ4AKgYOADYGDgCABg4ArQYOANYGDgDyBg4ACP8SAC4HDgCCBw4AkwcOANgHDgDbBw4ALggOADoIDgCECA4AsQgOANoIDgD2CA4AXv8SADYJDgCGCQ4AjwkOANwJDgDmCQ4AMgoOAD0KDgCICg4AnAoOAN4KDgD6Cg4AtP8SADYLDgCKCw4AmwsOAOALDgDjCw4ANgwOAEoMDgCMDA4AqAwOAAoAEwDqDA4AYAATAEANDgC2ABMAmg0OAOQNDgDqDQ4AOg4OAEAODgCQDg4AlQ4OAOYODgDsDg4ADAETAEYPDgCSDw4Amg8OALgBEwDuDw4APhAOAEYQDgCUEA4AoRAOAOoQDgD2EA4AQBEOAEIRDgCWEQ4AnBEOAOwRDgD0EQ4ADgITAE8SDgCYEg4AnxIOAO4SDgD2Eg4ARBMOAEkTDgCaEw4AqhMOAPATDgD4Ew4ARhQOAFQUDgCcFA4AqRQOAPIUDgDzFA4ASBUOAFEVDgCeFQ4AqBUOAGQCEwAAFg4AShYOAE0WDgCgFg4AqBYOAPYWDgADFw4ATBcOAFEXDgCiFw4ArBcOAPgXDgAAGA4AThgOAFoYDgCkGA4AtxgOAPoYDgAIGQ4AUBkOAFMZDgCmGQ4AsBkOALoCEwABGg4AUhoOAF4aDgCoGg4AqxoOAP4aDgAGGw4AVBsOAGEbDgCqGw4ArxsOAAAcDgAKHA4AVhwOAF4cDgCsHA4AuBwOAAIdDgAVHQ4AWB0OAGYdDgCuHQ4AsR0OAAQeDgAOHg4AEAMTAGAeDgCwHg4AvB4OAAYfDgAIHw4AXB8OAGMfDgCyHw4Axh8OAAggDgAQIA4AXiAOAGogDgC0IA4AxyAOAAohDgAYIQ4AYCEOAGMhDgC2IQ4AwCEOAAwiDgAPIg4AZgMTAH0iDgC4Ig4AuiIOAA4jDgAcIw4AZCMOAHUjDgC6Iw4AvCMOABAkDgApJA4AZiQOAHckDgC8JA4AyCQOALwDEwAbJQ4AaCUOAHUlDgC+JQ4AyCUOABQmDgAiJg4AaiYOAIAmDgDAJg4AzCYOABYnDgAiJw4AbCcOAH8nDgDCJw4A0ScOABgoDgAkKA4AbigOAG8oDgDEKA4AzigOABopDgAoKQ4AcCkOAHUpDgDGKQ4A0ykOABIEEwAqKg4AcioOAIgqDgDIKg4A1CoOAB4rDgAlKw4AdCsOAHwrDgDKKw4AzysOACAsDgApLA4AdiwOAIAsDgDMLA4A1CwOACItDgAmLQ4AeC0OAHotDgDOLQ4A3C0OACQuDgAuLg4Aei4OAIguDgDQLg4A3S4OACYvDgA9Lw4AfC8OAIQvDgDSLw4A4i8OACgwDgAtMA4AfjAOAIQwDgDUMA4A3DAOACoxDgAvMQ4AgDEOAIExDgDWMQ4A4jEOACwyDgAyMg4AgjIOAIQyDgDYMg4A4jIOAC4zDgA8Mw4AhDMOAIkzDgDaMw4A5zMOABQFEwA2NA4AhjQOAIs0DgDcNA4A4jQOAGoFEwA3NQ4AiDUOAJU1DgDeNQ4A6zUOADQ2DgBANg4AijYOAJk2DgDgNg4A6jYOADY3DgBENw4AjDcOAJE3DgDiNw4A7zcOADg4DgBAOA4AbAYTAJo4DgDkOA4A9DgOADo5DgBDOQ4AkDkOAJM5DgDmOQ4A8jkOADw6DgBDOg4AwgYTAJc6DgDoOg4A9ToOAD47DgBLOw4AlDsOAKA7DgDqOw4A+TsOAEA8DgBKPA4AljwOAKQ8DgDsPA4A8TwOAEI9DgBPPQ4AmD0OAKA9DgAYBxMA+j0OAEQ+DgBUPg4Amj4OAKM+DgDwPg4A8z4OAEY/DgBSPw4AnD8OAKM/DgBuBxMA9z8OAEhADgBRQA4AOGkRAFVADgCeQA4Aq0AOAPRADgAAQQ4ASkEOAFlBDgCgQQ4AqkEOAPZBDgAEQg4ATEIOAFFCDgCiQg4Ar0IOAPhCDgAAQw4AxAcTAFpDDgCkQw4AtEMOAPpDDgADRA4AUEQOAFNEDgCmRA4AskQOAPxEDgADRQ4AGggTAGlFDgCoRQ4ArkUOAP5FDgAKRg4AVEYOAGtGDgCqRg4ArEYOAABHDgAKRw4AVkcOAGJHDgCsRw4AuEcOAAJIDgAISA4AWEgOAF5IDgCuSA4As0gOAARJDgAKSQ4AcAgTAGhJDgCwSQ4AvUkOAAZKDgAdSg4AXEoOAGRKDgCySg4AtUoOAAhLDgAUSw4AXksOAG9LDgC0Sw4AwEsOAApMDgAZTA4AYEwOAGpMDgC2TA4AwkwOAAxNDgATTQ4AYk0OAGpNDgC4TQ4Awk0OAA5ODgAaTg4AZE4OAGdODgC6Tg4AxE4OAMYIEwAqTw4AHAkTAHBPDgC8Tw4Avk8OABJQDgAYUA4AaFAOAHJQDgC+UA4AxlAOAMgJEwAXUQ4ANpEQAB9RDgBqUQ4Aa1EOAMBRDgDKUQ4AFlIOAEFSDgAeChMAfFIOAMJSDgDEUg4AGFMOACZTDgBuUw4Af1MOAHQKEwDKUw4AGlQOACZUDgBwVA4AclQOAMZUDgDJVA4AHFUOACFVDgByVQ4Af1UOAMhVDgDkVQ4AHlYOACZWDgAgCxMAgVYOAMpWDgDlVg4AIFcOACJXDgB2Vw4Ah1cOAMxXDgDaVw4AIlgOAClYDgB4WA4AgFgOAM5YDgDTWA4AJFkOAC1ZDgB6WQ4AhFkOANBZDgDRWQ4AJloOAC9aDgB8Wg4AhloOANJaDgDaWg4AKFsOADhbDgB+Ww4AhFsOANRbDgDZWw4AKlwOAEBcDgCAXA4AiFwOANZcDgDZXA4ALF0OAOVcDgCEXg4ATF0OAIJdDgCQXQ4A2F0OANldDgB2CxMAPl4OAMwLEwCVXg4A2l4OAOZeDgAwXw4AMl8OAIZfDgCTXw4AIgwTAOJfDgAyYA4AUmAOAIhgDgCQYA4AeAwTAJRgDgBkeQ4A4WAOADRhDgA+YQ4AzgwTAJNhDgDgYQ4A9mEOADZiDgBMYg4AjGIOAI5iDgDiYg4A6GIOADhjDgBMYw4Aeg0TAJtjDgDQDRMA62MOADpkDgBCZA4AkGQOAJpkDgDmZA4A8mQOADxlDgA/ZQ4AkmUOAJxlDgAmDhMA8WUOAD5mDgBUZg4AlGYOAKpmDgDqZg4A7GYOAEBnDgBGZw4AlmcOAKpnDgDSDhMA7mcOAEJoDgD8Zw4ANrwQAGJoDgAoDxMAn2gOAO5oDgD2aA4ARGkOAE5pDgCaaQ4ApmkOAPBpDgDzaQ4ARmoOAFBqDgB+DxMApWoOAPJqDgAIaw4ASGsOAF5rDgCeaw4AoGsOAPRrDgD6aw4ASmwOAF5sDgAqEBMAomwOAPZsDgAEbQ4ATG0OAF1tDgCAEBMAqW0OANYQEwAEbg4ATm4OAFFuDgCkbg4Arm4OAIIREwADbw4AUG8OAGZvDgCmbw4AvG8OAPxvDgD+bw4AUnAOAFhwDgCocA4AvHAOAC4SEwAKcQ4AVHEOAFZxDgCqcQ4AynEOAIQSEwAKcg4AVnIOAGJyDgCscg4Ar3IOAAJzDgAMcw4A2hITAGFzDgCucw4AxHMOAAR0DgAadA4AWnQOAFx0DgCwdA4AtnQOAAZ1DgAadQ4AhhMTAGB1DgCydQ4AunUOAAh2DgASdg4AXnYOAGp2DgC0dg4At3YOAAp3DgAUdw4A3BMTAGl3DgC2dw4AzHcOAAx4DgAieA4AYngOAGR4DgC4eA4AvngOAA55DgAieQ4AiBQTAGt5DgC6eQ4AwnkOABB6DgAaeg4AZnoOAHJ6DgC8eg4Av3oOABJ7DgAcew4A3hQTAHF7DgC+ew4A1HsOABR8DgAqfA4AanwOAGx8DgDAfA4AxnwOABZ9DgAqfQ4AihUTAHR9DgDCfQ4AiH0OAEBxEwDIfQ4ARJYPANJ9DgAYfg4A030OALr8DwDbfQ4ADPsPABp+DgBufg4AfH4OAMR+DgDVfg4A4BUTACF/DgA2FhMAeX8OAAJ1DwB8fw4Axn8OAMl/DgAcgA4AJYAOAHKADgCDgA4AyIAOANKADgAegQ4AJoEOAHSBDgA6gQ4ASsQPAHeBDgDKgQ4A04EOACCCDgA2gg4AdoIOAIyCDgDMgg4AzoIOACKDDgAogw4AeIMOAIyDDgCMFhMA9oMOACSEDgBMhA4A4hYTAICEDgCGYQ8AhoQOACiGDgCHhA4ANGMPAImEDgAyYg8AioQOANCEDgDShA4AJoUOADSFDgB8hQ4AjYUOADgXEwDahQ4AjhcTAC6GDgB+hg4AhIYOANSGDgDZhg4AKocOADCHDgDkFxMAjIcOANaHDgDehw4AkBgTADiIDgCCiA4AjIgOANiIDgDhiA4ALokOAC+JDgCEiQ4AjIkOANqJDgDfiQ4AMIoOAECKDgA8GRMAkooOANyKDgDeig4AMosOADiLDgCIiw4Aj4sOAN6LDgDjiw4ANIwOADiMDgCKjA4Al4wOAOCMDgDojA4ANo0OADuNDgCMjQ4AnI0OAJIZEwDzjQ4AOI4OAESODgCOjg4AnY4OAOSODgDujg4AOo8OAEiPDgCQjw4AnY8OAOaPDgD9jw4A6BkTAD+QDgCUGhMAlZAOAOiQDgCZkA4AZC0TAPCQDgA+kQ4AZpEOAJSRDgC8kQ4A6pEOABKSDgDqGhMASZIOAJaSDgCXkg4A7JIOAPuSDgBCkw4AApMOAPCUDgBTkw4AmJMOAJqTDgDukw4A8ZMOAESUDgBHlA4AmpQOAKKUDgDsGxMA9ZQOAEaVDgBNlQ4AnJUOAKWVDgDylQ4AA5YOAEiWDgBUlg4AnpYOAKaWDgBCHBMA+pYOAEqXDgBRlw4AoJcOAKWXDgD2lw4A+pcOAEyYDgBZmA4AopgOALGYDgD4mA4ACZkOAE6ZDgBQmQ4ApJkOAKeZDgD6mQ4A/ZkOAFCaDgBYmg4AmBwTAKuaDgDi4w4AsZoOAKaeEACymg4A/JoOAP+aDgBSmw4AXJsOAO4cEwCxmw4A/psOAA2cDgBUnA4AY5wOAKqcDgC2nA4AAJ0OAAOdDgBWnQ4AWZ0OAEQdEwCvnQ4AAp4OACqeDgCaHRMAYJ4OAPAdEwC2ng4ARh4TABKfDgBanw4Aa58OALCfDgC8nw4ABqAOACmgDgBcoA4AX6AOALKgDgDWoA4ACKEOABChDgDyHhMAYKEOALShDgDCoQ4ACqIOABuiDgBIHxMAZ6IOAJ4fEwC+og4ASiATABGjDgBiow4Ab6MOALijDgC7ow4ADqQOABOkDgBkpA4AdaQOALqkDgDGpA4AoCATABWlDgBmpQ4Ad6UOALylDgDIpQ4AEqYOACymDgBopg4AbKYOAGyoDgBvpg4AxqoOAHKmDgAerA4AdKYOAG6pDgB2pg4AaqcOAHmmDgC+pg4Aw6YOABSnDgArpw4A9iATAHenDgDApw4A0KcOABaoDgAbqA4ATCETAG6oDgDCqA4AyKgOABipDgAlqQ4AoiETAHSpDgDEqQ4AyqkOABqqDgAfqg4AcKoOAHaqDgD4IRMA0qoOAByrDgA1qw4AcqsOAHurDgDIqw4A36sOAE4iEwAkrA4AdKwOAHasDgDKrA4A2awOACCtDgAsrQ4ApCITAHitDgDMrQ4A3a0OACKuDgAwrg4AeK4OAH+uDgDOrg4A0K4OACSvDgAurw4Aeq8OAIivDgDQrw4A1a8OACawDgAzsA4AfLAOAISwDgDSsA4A1rAOACixDgAqsQ4AfrEOAISxDgDUsQ4A4bEOAPoiEwA3sg4AgLIOAJeyDgDWsg4A8rIOAFAjEwA4sw4AgrMOAIOzDgDYsw4A3rMOAC60DgA6tA4AhLQOAJO0DgDatA4A3LQOADC1DgA6tQ4AhrUOAJS1DgDctQ4A4bUOADK2DgA/tg4AiLYOAJC2DgDetg4A4rYOADS3DgA2tw4AircOAJC3DgDgtw4A7bcOAKYjEwBDuA4AjLgOAKO4DgDiuA4A/rgOAPwjEwBBuQ4AjrkOAJy5DgDkuQ4A7rkOADq6DgBGug4AkLoOAJO6DgDmug4AArsOADy7DgBEuw4AUiQTAJ67DgDouw4A67sOAD68DgBIvA4AVCUTAJ28DgDqvA4A+LwOAEC9DgBKvQ4Alr0OAKK9DgDsvQ4A9L0OAAAmEwBEvg4AmL4OAKa+DgDuvg4A/74OAFYmEwBLvw4ArCYTAJ+/DgDwvw4A+L8OAEbADgBMwA4AnMAOAKXADgDywA4A/8AOAFgnEwBNwQ4AnsEOAFTBDgBMww4Ap8EOAPTBDgD+wQ4ASsIOAFLCDgCgwg4A5sIOAPbCDgD+wg4AricTAFLDDgCiww4AqMMOAPjDDgAAxA4ATsQOAJTEDgCkxA4ArMQOAAQoEwACxQ4AWigTAFnFDgCmxQ4AtMUOAPzFDgAGxg4AUsYOAF7GDgCoxg4Aq8YOAP7GDgAGxw4ABikTAGDHDgCqxw4ArccOAADIDgAKyA4AXCkTAF7IDgCyKRMAusgOAALJDgATyQ4AWMkOAGTJDgCuyQ4AsckOAAgqEwBMyg4AWsoOAKLKDgBeKhMAwMoOAAbLDgAIyw4AXMsOAGrLDgCyyw4Aw8sOALQqEwAkzA4AXswOAGbMDgAKKxMAuswOAPJBDwDHzA4ACs0OABnNDgBgzQ4AbM0OALbNDgC3zQ4ADM4OABbODgBizg4AcM4OALjODgC9zg4ADs8OABvPDgBgKxMAcs8OALrPDgDHzw4AENAOABjQDgC2KxMActAOALzQDgDo0A4AEtEOAB7RDgBo0Q4Ad9EOAL7RDgDI0Q4AFNIOACLSDgBq0g4Ab9IOAMDSDgDN0g4AFtMOAB7TDgBs0w4AetMOAMLTDgDP0w4AGNQOACDUDgAMLBMAcNQOALT5DwB81A4AxNQOAM7UDgAa1Q4AJtUOAHDVDgB31Q4AxtUOAM7VDgAc1g4AINYOAHLWDgCA1g4AyNYOANLWDgAe1w4AKdcOAHTXDgB81w4AytcOAMzXDgAg2A4AKNgOAHbYDgCD2A4AzNgOANHYDgAi2Q4AL9kOAHjZDgCW2Q4AztkOAP/ZDgAk2g4AMNoOAHraDgCA2g4A0NoOANXaDgAm2w4ALtsOAHzbDgCI2w4A0tsOAOXbDgAo3A4ANtwOAH7cDgCI3A4A1NwOANzcDgAq3Q4AOd0OAIDdDgCF3Q4A1t0OAN3dDgAs3g4AON4OAILeDgCe3g4A2N4OAODeDgBiLBMAMN8OAITfDgCS3w4A2t8OAOffDgAw4A4APuAOAIbgDgCT4A4A3OAOAPPgDgAy4Q4AOuEOAIjhDgCW4Q4A3uEOAOvhDgA04g4APOIOAA4tEwCY4g4A4OIOAOHiDgC6LRMAQuMOAIzjDgCT4w4AEC4TAOnjDgA45A4APeQOAGYuEwCW5A4AvC4TAOzkDgA65Q4AIuUOANg4EQA75Q4AOjsPAD3lDgA+PQ8AQ+UOAJDlDgBE5Q4A4jkPAErlDgA8PA8AWOUOAAzSEACd5Q4A5uUOAPHlDgA85g4APuYOAJLmDgCf5g4A6OYOAO/mDgA+5w4AT+cOAJTnDgCg5w4A6ucOAPHnDgBA6A4ASOgOABIvEwCc6A4A7OgOAPLoDgBC6Q4AR+kOAJjpDgCe6Q4AaC8TAPrpDgBE6g4ATuoOAJrqDgCe6g4A8OoOAPzqDgBG6w4AUusOAJzrDgCp6w4A8usOAPrrDgBI7A4AUuwOAJ7sDgCq7A4A9OwOAPfsDgBK7Q4AVO0OABQwEwCi7Q4A9u0OAPntDgBM7g4AT+4OAMAwEwCq7g4AFjETAAbvDgBO7w4AT+8OAGwxEwCs7w4AwjETAP/vDgBQ8A4AV/AOAKbwDgCr8A4AGDITAATxDgBuMhMAWvEOAKjxDgCy8Q4A/vEOAAnyDgBU8g4AYvIOAKryDgCt8g4AAPMOAAjzDgBW8w4AYPMOAKzzDgC48w4AAvQOAAX0DgBY9A4AYvQOAMQyEwC89A4ABPUOABr1DgBa9Q4AZvUOALD1DgC39Q4ABvYOAA72DgBc9g4AYfYOALL2DgC79g4ACPcOABL3DgBe9w4AZvcOALT3DgC29w4ACvgOABr4DgBg+A4AavgOALb4DgDC+A4ADPkOABL5DgBi+Q4AavkOAHAzEwDG+Q4ADvoOAA/6DgDGMxMAafoOABw0EwC8+g4AEPsOABH7DgBm+w4AafsOALz7DgDH+w4AEvwOABf8DgBo/A4AcvwOAHI0EwDi/A4AFP0OABz9DgDINBMAbP0OAMD9DgDR/Q4AFv4OACf+DgBs/g4Ab/4OAB41EwDI/g4AGP8OAB3/DgBu/w4Acf8OAMT/DgDH/w4AGgAPACIADwB0NRMAfgAPAMYADwDJAA8AHAEPACcBDwByAQ8AfgEPAMgBDwDPAQ8AHgIPACYCDwB0Ag8AfgIPAODkDwCCAg8AygIPANcCDwAgAw8AKAMPAMo1EwCCAw8AzAMPAM8DDwAiBA8ALAQPAHgEDwCABA8AIDYTANoEDwAkBQ8AKgUPAHoFDwCEBQ8A0AUPAOQFDwAmBg8ALgYPAHY2EwCJBg8A0gYPANoGDwAoBw8AKwcPAH4HDwCKBw8A1AcPAN4HDwAqCA8AMwgPAIAIDwCBCA8A1ggPAO4IDwAsCQ8ALgkPAIIJDwCTCQ8A2AkPAOkJDwAuCg8ANgoPAIQKDwCTCg8A2goPANwKDwAwCw8AQQsPAIYLDwCXCw8A3AsPAPULDwAyDA8ANAwPAIgMDwCXDA8A3gwPAP4MDwAiNxMANg0PAIoNDwCqDQ8A4A0PAPQNDwB6OBMAPg4PAIwODwCZDg8A4g4PAOcODwA4Dw8AQg8PAI4PDwCWDw8A5A8PAOoPDwA6EA8AQxAPAJAQDwCdEA8A0DgTAPIQDwA8EQ8AQhEPAJIRDwCYEQ8A6BEPAPERDwA+Eg8APxIPAJQSDwCeEg8A6hIPAPYSDwBAEw8ARxMPACY5EwCeEw8AfDkTAPQTDwDSORMAShQPACg6EwCkFA8A7hQPAP4UDwBEFQ8ASRUPAJoVDwCgFQ8A8BUPAPwVDwBGFg8AThYPAH46EwCtFg8A8hYPAAMXDwBIFw8AWhcPAJ4XDwCmFw8A9BcPAP8XDwBKGA8ATxgPAKAYDwClGA8A9hgPABYZDwDUOhMAXBkPAKIZDwCsGQ8A+BkPAAQaDwBOGg8AVBoPAKQaDwCsGg8A+hoPAPwaDwBQGw8ABhsPAAYhDwBhGw8AphsPALcbDwD8Gw8ADhwPAFIcDwBaHA8AqBwPALMcDwD+HA8AAx0PAFQdDwBZHQ8Aqh0PAModDwAqOxMAAh4PAFYeDwBlHg8ArB4PALceDwACHw8AFB8PAFgfDwBgHw8Arh8PALkfDwAEIA8ACSAPAFogDwBfIA8AsCAPANAgDwCAOxMACCEPAFwhDwBrIQ8AsiEPAL0hDwAIIg8AGiIPAF4iDwBmIg8AtCIPAL8iDwAKIw8ADyMPAGAjDwBlIw8AtiMPANYjDwDWOxMAGSQPAGIkDwB5JA8ALDwTAMUkDwAOJQ8AJSUPAII8EwBxJQ8AuiUPAMElDwAQJg8AHiYPAGYmDwBzJg8AvCYPANMmDwDYPBMAGicPAC49EwBqJw8AvicPAMwnDwAUKA8AJSgPAIQ9EwB3KA8AwCgPANcoDwDaPRMAICkPAGwpDwB4KQ8AwikPAMUpDwAYKg8AIioPADA+EwCKKg8Ahj4TAMwqDwDcPhMAIisPAHArDwBxKw8AIi8PAHMrDwAeLQ8AdysPADA2DwB6Kw8AxisPAH8rDwAmMQ8AgCsPACQwDwDLKw8AhDUPANIrDwAcLA8AHywPAHIsDwB8LA8AMj8TANAsDwCIPxMAJy0PAHQtDwA+LQ8ALDQPAIItDwDKLQ8A1C0PACAuDwAsLg8Adi4PAHkuDwDMLg8A1C4PAN4/EwAkLw8AeC8PAHsvDwDOLw8A0S8PADRAEwAmMA8AejAPAIgwDwDQMA8A4TAPAOBAEwAoMQ8AfDEPAIkxDwDSMQ8A4TEPACgyDwA0Mg8AfjIPAI8yDwDUMg8A5TIPACozDwA2Mw8AgDMPAIczDwDWMw8A3jMPAIxBEwA6NA8AgjQPAIM0DwDiQRMA5DQPAC41DwA1NQ8AOEITAIs1DwDaNQ8A3zUPAORCEwA5Ng8AhjYPAIw2DwDcNg8A3jYPADI3DwA8Nw8AiDcPAJY3DwDeNw8A4zcPADQ4DwBBOA8AijgPAKI4DwDgOA8A9jgPADY5DwA5OQ8AjDkPAJQ5DwCQQxMA7jkPADg6DwA7Og8AjjoPAJg6DwDmQxMA7DoPADxEEwA8Ow8AkDsPAJM7DwDmOw8A6TsPAJJEEwA+PA8AkjwPAKA8DwDoPA8A+TwPAD5FEwBHPQ8AlD0PAKI9DwDqPQ8ArT0PABD/EAD0PQ8AQD4PAEw+DwCWPg8AmT4PAOw+DwD0Pg8A6kUTAFw/DwBARhMAsj8PAO4/DwAIQA8AlkYTAElADwBMRA8AUkAPAPhEDwBUQA8AmkAPAJxADwDwQA8A/kAPAEZBDwBXQQ8A7EYTAKNBDwBCRxMA+EEPAEhCDwBNQg8AnkIPAKRCDwCYRxMA+kIPAEpDDwBPQw8AoEMPALZDDwD2Qw8A/kMPAERIEwBsRA8AokQPAKpEDwCaSBMAD0UPAE5FDwBbRQ8ApEUPAKlFDwD6RQ8AAEYPAFBGDwBcRg8ApkYPAK1GDwD8Rg8ABEcPAFJHDwB1Rw8ARkkTALVHDwD+Rw8ADUgPAFRIDwBWSA8AqkgPALNIDwAASQ8AF0kPAFZJDwBhSQ8ArEkPALZJDwACSg8ACkoPAPJJEwBeSg8ArkoPALRKDwAESw8ACUsPAFpLDwBgSw8ASEoTANJLDwAGTA8ADkwPAPRKEwBlTA8AskwPALNMDwAITQ8AEE0PAF5NDwBpTQ8AtE0PALlNDwAKTg8AD04PAGBODwCATg8ASksTALxODwAMTw8AE08PAGJPDwBnTw8AuE8PALxPDwAOUA8AG1APAGRQDwBsUA8AulAPAMVQDwAQUQ8AFVEPAGZRDwBrUQ8AvFEPANxRDwCgSxMAIVIPAGhSDwBzUg8AvlIPAMZSDwAUUw8AF1MPAGpTDwAeUw8AcFYPAHZTDwDAUw8AylMPABZUDwAfVA8AbFQPAG1UDwDCVA8AylQPABhVDwAjVQ8AblUPAHNVDwDEVQ8AyVUPABpWDwA6Vg8A9ksTAHxWDwDGVg8AyFYPABxXDwAiVw8AclcPAHlXDwDIVw8AzVcPAB5YDwAiWA8AdFgPAIFYDwDKWA8A0lgPACBZDwArWQ8AdlkPAHtZDwDMWQ8A0VkPACJaDwBCWg8ATEwTAIBaDwCiTBMA2FoPACRbDwAtWw8AelsPAIBbDwDQWw8A3FsPACZcDwBEXA8AfFwPAH1cDwDSXA8A1FwPAChdDwA1XQ8Afl0PAIxdDwDUXQ8A410PACpeDwBGXg8AgF4PAIheDwBOTRMA6V4PACxfDwAtXw8Agl8PAI5fDwDYXw8A518PAC5gDwA4YA8AhGAPAJBgDwDaYA8A4WAPAKRNEwA4YQ8A+k0TAI9hDwDcYQ8A6WEPAFBOEwA3Yg8AiGIPAJViDwDeYg8A6GIPAKZOEwA2Yw8AimMPAKBjDwDgYw8A7GMPAPxOEwA+ZA8AAqIQAFRkDwCMZA8AlGQPANjgDwCqZA8A4mQPAOpkDwA4ZQ8ABGUPAPTFEAA5ZQ8A5mYPADtlDwA+aA8ARGUPAErGEABIZQ8AjmUPAJBlDwDkZQ8A8mUPADpmDwBLZg8AUk8TAJhmDwCoTxMA6GYPADxnDwA/Zw8AkmcPAJVnDwD+TxMA8GcPAFRQEwBIaA8A7sAPAF5oDwCUaA8AomgPAOpoDwDraA8AqlATAEhpDwAAURMAuWkPAFZREwD5aQ8AQmoPAFBqDwCYag8AomoPAO5qDwD2ag8ARGsPAEVrDwBOcA8AX2sPAPRtDwBwaw8AmmsPAKNrDwDwaw8A8WsPAEZsDwBUbA8AnGwPAKZsDwDybA8A/mwPAEhtDwBObQ8Anm0PALptDwCsURMAAm4PAEpuDwBXbg8AoG4PAKpuDwD2bg8A+G4PAExvDwBjbw8Aom8PAK5vDwD4bw8AFHAPAAJSEwBfcA8ApHAPAKZwDwD6cA8ABHEPAFBxDwBgcQ8ApnEPAKtxDwD8cQ8AAnIPAFJyDwBocg8AqHIPALByDwD+cg8AAXMPAFRzDwBdcw8AqnMPALhzDwAAdA8ACnQPAFZ0DwBidA8ArHQPAMh0DwBYUhMAD3UPAFh1DwBgdQ8ArnUPALF1DwAKzw8AvnUPAAR2DwAGdg8ACM4PABJ2DwBadg8AZ3YPALB2DwC+dg8ABncPAAl3DwBcdw8AZ3cPALJ3DwC+dw8ACHgPAA94DwBeeA8AZngPALR4DwC2eA8ACnkPABp5DwBgeQ8AankPALZ5DwDCeQ8ADHoPABJ6DwBieg8AanoPAK5SEwC6eg8ADnsPABx7DwBkew8AcXsPALp7DwDGew8AEHwPABZ8DwBmfA8AaXwPALx8DwDEfA8AEn0PABR9DwAcgg8AFX0PAMB+DwAifQ8AaH0PAGp9DwDQhg8AbX0PAL59DwDHfQ8AFH4PACF+DwBqfg8AcX4PAARTEwDJfg8AIIQPAMp+DwBugA8A4H4PABZ/DwAkfw8AbH8PAG1/DwBaUxMAzn8PABiADwAfgA8AsFMTAHCADwDEgA8AyoAPABqBDwAkgQ8AcIEPAHyBDwDGgQ8AzYEPAAZUEwA1gg8AcoIPAHeCDwDIgg8AzoIPAB6DDwAogw8AdIMPAICDDwDKgw8A0YMPAFxUEwAvhA8AdoQPAIWEDwDMhA8A2IQPACKFDwAlhQ8AeIUPAHuFDwDOhQ8A3oUPACSGDwAthg8AeoYPAIuGDwCyVBMA3oYPACaHDwA3hw8ACFUTAIOHDwBeVRMA2ocPACiIDwAqiA8AMo0PACuIDwDWiQ8AOIgPAH6IDwCAiA8A5pEPAIOIDwDUiA8A3YgPACqJDwA3iQ8AgIkPAIeJDwC0VRMA34kPADaPDwDgiQ8AhIsPAPaJDwAsig8AOooPAIKKDwCDig8AClYTAOSKDwAuiw8ANYsPAGBWEwCGiw8A2osPAOCLDwAwjA8AOowPAIaMDwCSjA8A3IwPAOOMDwC2VhMAS40PAIiNDwCNjQ8A3o0PAOSNDwA0jg8APo4PAIqODwCWjg8A4I4PAOeODwAMVxMARY8PAIyPDwCbjw8A4o8PAO6PDwA4kA8AO5APAI6QDwCRkA8A5JAPAPSQDwA6kQ8AQ5EPAJCRDwChkQ8AYlcTAPSRDwA8kg8ATZIPALhXEwCZkg8ADlgTAPCSDwA+kw8AZ5MPAJSTDwCckw8A6pMPAPqTDwBAlA8AQpQPAJaUDwCklA8A7JQPAP2UDwBkWBMASJUPAJiVDwCklQ8AulgTAByWDwBmWRMATZYPAJqWDwCnlg8A8JYPAAyXDwBGlw8ATpcPALxZEwCtlw8A8pcPAPSXDwBImA8ASZgPAJ6YDwChmA8A9JgPAACZDwBKmQ8AUZkPAKCZDwC8mQ8A9pkPAP6ZDwASWhMAWZoPAKKaDwCymg8A+JoPAP2aDwBOmw8AeZsPAGhaEwCqmw8AvloTAAKcDwBQnA8AUZwPALilDwBWnA8AuFMRAFqcDwCmnA8AXJwPAAShDwBgnA8AVp8PAG6cDwAUqQ8Aq5wPAP5LEQCxnA8A9EYRALKcDwD8nA8A/5wPAFKdDwBcnQ8AFFsTALCdDwD+nQ8ABJ4PAFSeDwBdng8Aqp4PALeeDwAAnw8AHJ8PAGpbEwBYnw8ArJ8PAFufDwBqVxEAup8PAAKgDwAToA8AwFsTAF6gDwCuoA8AuqAPABZcEwAKoQ8AWqEPAGChDwCwoQ8AtaEPAAaiDwAMog8AGF0TAGOiDwAaXhMAt6IPAAijDwAQow8AXqMPAGqjDwC0ow8Ax6MPAAqkDwAWpA8AYKQPAG+kDwC2pA8Av6QPAAylDwAWpQ8AYqUPAG6lDwDGXhMAyaUPAA6mDwAapg8AZKYPAGamDwC6pg8AvaYPABCnDwAcpw8AZqcPAG6nDwAcXxMAyKcPABKoDwAiqA8AaKgPAHSoDwC+qA8AxKgPAHJfEwA2qQ8AaqkPAHKpDwDAqQ8A6qkPABaqDwAhqg8AbKoPAHiqDwDCqg8A06oPABirDwAZqw8AyF8TAHSrDwDEqw8A0asPAB5gEwAnrA8AcKwPAIesDwDGrA8A8awPABytDwAkrQ8Acq0PAHytDwDIrQ8A1K0PAB6uDwAhrg8AdK4PAH6uDwB0YBMA0q4PACCvDwAmrw8Adq8PAH+vDwDMrw8A2a8PACKwDwA+sA8AymATAHqwDwDOsA8Af7APAD6+DwDbsA8AJLEPACuxDwB6sQ8AfLEPANCxDwDWsQ8AJrIPAC2yDwB8sg8AlLIPANKyDwDXsg8AKLMPAN6yDwDUsw8AMbMPAH6zDwCIsw8AIGETANqzDwAqtA8AMLQPAIC0DwCFtA8A1rQPANy0DwB2YRMALbUPAIK1DwCTtQ8A2LUPAOS1DwAutg8AOLYPAIS2DwCQtg8A2rYPAOG2DwDMYRMAMrcPAIa3DwA7tw8AgmMRAIm3DwDctw8A/LcPADK4DwA6uA8AImITAJm4DwDeuA8A5bgPADS5DwA8uQ8AirkPAI25DwA4uw8AmrkPAOC5DwDiuQ8ANroPAES6DwCMug8AnboPAHhiEwDpug8AzmITAEG7DwCOuw8AnbsPAOS7DwDzuw8AOrwPAEa8DwCQvA8Ak7wPAOa8DwDpvA8APL0PAEy9DwCSvQ8Am70PAOi9DwD5vQ8AJGMTAEO+DwCUvg8Anb4PAOq+DwD0vg8AQL8PAEi/DwCWvw8AtL8PAOy/DwAKwA8AQsAPAGDADwCYwA8AtsAPAHpjEwD1wA8ARMEPAEnBDwCawQ8AUMEPAJzCDwCjwQ8A8MEPAPrBDwBGwg8AYsIPANBjEwCiwg8A8sIPAPjCDwBIww8AZMMPACZkEwDIww8A0mQTAB7EDwAoZRMAUsQPACpmEwC2xA8A9sQPAPjEDwBMxQ8AUsUPAKLFDwC2xQ8A+MUPAADGDwBOxg8AeMYPAIBmEwCtxg8A+sYPAAfHDwBQxw8AXscPAKbHDwCwxw8A/McPABbIDwBSyA8AX8gPAKjIDwC0yA8A/sgPAAjJDwBUyQ8AXMkPANZmEwCxyQ8AAMoPAAjKDwAsZxMALsoPAC5oEwBiyg8ArMoPALPKDwACyw8ACssPAIJnEwAeyw8A9HUTAFrLDwCuyw8Av8sPAATMDwAMzA8AWswPAGTMDwCwzA8AvMwPAAbNDwAJzQ8AXM0PAGbNDwCEaBMAzs0PANpoEwAWzg8AXs4PAG/ODwAwaRMAu84PAIZpEwATzw8AYM8PAG/PDwC2zw8Axc8PAAzQDwAY0A8AYtAPAGXQDwC40A8Au9APAA7RDwAe0Q8AZNEPAG3RDwC60Q8Ay9EPANxpEwAS0g8AZtIPABzSDwAS0w8AadIPALzSDwDE0g8AMmoTABjTDwBo0w8AdNMPAL7TDwDG0w8AiGoTACDUDwBq1A8AbdQPAMDUDwDK1A8A3moTABvVDwBs1Q8AgtUPAMLVDwDD1Q8AGNYPACnWDwBu1g8AetYPAMTWDwDO1g8AGtcPACbXDwA0axMAfNcPAMbXDwDJ1w8AHNgPACbYDwDgaxMAddgPAMjYDwDL2A8AHtkPACrZDwB02Q8AetkPAMrZDwDU2Q8ANmwTACXaDwB22g8Ag9oPAMzaDwDP2g8AItsPAD7bDwB42w8AgNsPAIxsEwDW2w8A4mwTACzcDwA4bRMAfdwPANDcDwCR3A8Akr8QAPDcDwAm3Q8AOt0PAI5tEwB93Q8A0t0PANjdDwAo3g8ANN4PAH7eDwCN3g8A1N4PANbeDwAq3w8ANN8PAIDfDwCM3w8A1t8PAN3fDwDkbRMAOOAPADpuEwCK4A8AkG4TANvgDwDc4g8A6OAPAC7hDwAw4Q8AhOEPAJLhDwDa4Q8A6+EPAJZxEwA34g8A7HETAI7iDwBCchMA/OIPADLjDwBA4w8AiOMPAInjDwCYchMA6uMPADTkDwA75A8A7nITAK3kDwDydBMA7OQPADblDwA55Q8AjOUPAJblDwBIdRMA6uUPADjmDwBG5g8AjuYPAJvmDwDk5g8A7OYPAJ51EwA95w8AkOcPAJznDwDm5w8A7OcPADzoDwBG6A8ASnYTAJfoDwDo6A8A9egPAD7pDwBB6Q8AlOkPAKnpDwDq6Q8A8ukPAKB2EwBC6g8AluoPAKTqDwDs6g8A/eoPAPZ2EwBI6w8AmOsPAKTrDwBMdxMA9OsPAETsDwBK7A8AmuwPAJ/sDwDw7A8A9uwPAPh3EwBO7Q8AnO0PAKjtDwDy7Q8A+O0PAEjuDwBO7g8Anu4PAKPuDwD07g8A+u4PAFJ6EwBZ7w8AoO8PAK/vDwD27w8A/+8PAEzwDwBS8A8AovAPAKjwDwD48A8ABPEPAE7xDwBV8Q8ApPEPAKzxDwD+ehMABPIPAFDyDwBb8g8ApvIPALLyDwD88g8AAvMPAFLzDwBa8w8AqPMPALTzDwD+8w8ABPQPAFT0DwBa9A8AqvQPAK/0DwAA9Q8ABvUPAFR7EwBd9Q8ArPUPALr1DwAC9g8AD/YPAFj2DwBv9g8ArvYPAMr2DwAE9w8ADPcPAKp7EwBt9w8AsPcPALL3DwAG+A8AHPgPAFz4DwBd+A8AsvgPAMP4DwAI+Q8AFPkPAAB8EwB6+Q8AVnwTAMr5DwAK+g8AC/oPAGD6DwBx+g8AtvoPAML6DwCsfBMAEfsPAGL7DwBo+w8AuPsPANj7DwAO/A8AGvwPAGT8DwBr/A8AAn0TAMb8DwAQ/Q8AEv0PAGb9DwCG/Q8AWH0TAMP9DwCufRMAF/4PAGj+DwB4/g8Avv4PAMb+DwAU/w8AHv8PAGr/DwB2/w8AwP8PAMP/DwAWABAAIAAQAAR+EwBxABAAcgMQAHoAEADCABAA0gAQABgBEAAoARAAbgEQAJYBEADEARAA7AEQABoCEABCAhAAsH4TAHwCEADGAhAAyAIQABwDEAA8AxAAtIATAH8DEADIAxAA1AMQAB4EEABGBBAAdAQQAJwEEADKBBAA8gQQAAqBEwAmBRAAdgUQAHsFEADMBRAA0gUQAA6DEwAqBhAAuoMTAIQGEADOBhAA0QYQACQHEAAuBxAAegcQAIIHEABmhBMA3gcQACYIEAAtCBAAfAgQAIQIEADSCBAA3wgQACgJEAAtCRAAfgkQAIgJEADUCRAA3AkQACoKEAA6ChAAgAoQAI4KEADWChAA4woQACwLEAA6CxAAggsQAIULEADYCxAA4wsQAC4MEAA2DBAAhAwQAJ0MEADaDBAA5gwQADANEABADRAAhg0QAIsNEADcDRAA4g0QADIOEAA+DhAAiA4QAJAOEAC8hBMA6A4QADQPEAA3DxAAig8QAJIPEADgDxAA4Q8QADYQEAA4EBAAjBAQAJIQEADiEBAA7hAQADgREABFERAAjhEQAJgREADkERAA7BEQADoSEAA8EhAAkBIQAJ0SEADmEhAA7RIQADwTEABEExAAkhMQAJYTEADoExAA6hMQAD4UEABBFBAAlBQQAJwUEADqFBAA+RQQAEAVEABCFRAAlhUQAKMVEADsFRAA+xUQAEIWEABOFhAAmBYQAKkWEADuFhAA/xYQAEQXEABQFxAAmhcQAKEXEADwFxAADxgQABKFEwBaGBAAnBgQAJ0YEADyGBAA/hgQAEgZEABkGRAAnhkQAKYZEABohRMA/BkQABSGEwBWGhAAoBoQAKYaEAD2GhAA/BoQAEwbEABkGxAAohsQAKwbEAD4GxAABBwQAE4cEABRHBAApBwQAK4cEAD6HBAAEh0QAFAdEABgHRAAph0QAKgdEAD8HRAACh4QAFIeEABjHhAAaoYTAK4eEAD+HhAACh8QAMCGEwBcHxAAbIcTALYfEAAAIBAAAyAQAFYgEABgIBAAwocTAK4gEAACIRAAECEQAFghEABpIRAAbogTALUhEADEiBMADCIQABqJEwBiIhAAHIoTALIiEAAGIxAAEyMQAFwjEABrIxAAsiMQALgjEAAIJBAAFCQQAF4kEABgJBAAtCQQAL4kEAAKJRAAGCUQAGAlEABlJRAAtiUQAMMlEAAMJhAAGCYQAGImEAB1JhAAuCYQAMcmEAAOJxAAGicQAGQnEABlJxAAuicQAMQnEAAQKBAAHigQAGYoEABrKBAAvCgQAMkoEAByihMAHCkQAGgpEAB2KRAAvikQAMEpEAAUKhAAJCoQAGoqEAB4KhAAwCoQAMwqEAAWKxAAHSsQAGwrEABzKxAAwisQAM4rEAAYLBAAGSwQAG4sEAB6LBAAxCwQANEsEAAaLRAAIS0QAHAtEAB8LRAAxi0QANMtEAAcLhAAKy4QAHIuEACGLhAAyC4QANQuEAAeLxAAMS8QAHQvEACDLxAAyi8QANYvEAAgMBAAITAQAHYwEACAMBAAzDAQANowEAAiMRAAJzEQAHgxEACFMRAAyIoTAM8xEAAkMhAANTIQAHoyEACIMhAA0DIQAN8yEAAmMxAAKDMQAHwzEACGMxAA0jMQAOAzEAAoNBAALTQQAH40EACLNBAA1DQQAOM0EAAqNRAALzUQAIA1EACNNRAA1jUQAOA1EAAsNhAAODYQAII2EACVNhAA2DYQAOI2EAAuNxAAOjcQAIQ3EACXNxAA2jcQAOk3EAAwOBAAPDgQAIY4EACHOBAA3DgQAOY4EAAyORAAQDkQAIg5EACNORAA3jkQAOs5EAAeixMAOToQAIo6EACXOhAA4DoQAOo6EAA2OxAAPDsQAIw7EACOOxAA4jsQAO87EAA4PBAAOzwQAI48EACcPBAA5DwQAPA8EAA6PRAARz0QAJA9EACaPRAA5j0QAPU9EAA8PhAAQT4QAJI+EACfPhAA6D4QAPU+EAA+PxAASj8QAJQ/EACjPxAA6j8QAPQ/EABAQBAATkAQAJZAEACbQBAA7EAQAPlAEABCQRAATkEQAJhBEACrQRAA7kEQAP1BEABEQhAAUEIQAJpCEACbQhAA8EIQAPpCEABGQxAAVEMQAJxDEAChQxAA8kMQAP9DEAB0ixMAW0QQAJ5EEACtRBAA9EQQAABFEABKRRAAS0UQAKBFEACqRRAA9kUQAARGEABMRhAAUUYQAKJGEACvRhAAyosTAAtHEABORxAAXUcQAKRHEACwRxAA+kcQAPtHEABQSBAAWkgQAKZIEAC0SBAA/EgQAAFJEABSSRAAX0kQACCMEwCqSRAA/kkQAAxKEABUShAAYUoQAKpKEAC2ShAAAEsQAAZLEABWSxAAZ0sQAKxLEACuSxAAAkwQAAtMEABYTBAAZUwQAK5MEAC9TBAABE0QAA9NEABaTRAAZk0QALBNEADDTRAABk4QABVOEABcThAAaE4QALJOEACzThAACE8QABJPEABeTxAAbE8QALRPEAC5TxAAClAQABdQEAB2jBMAbVAQALZQEADEUBAADFEQABZREABiURAAcFEQALhREAC6URAADlIQAB9SEABkUhAAclIQALpSEADrUhAAEFMQABJTEABmUxAAcFMQALxTEADKUxAAElQQABdUEABoVBAAdVQQAL5UEADKVBAAFFUQACdVEABqVRAAeVUQAMBVEADMVRAAFlYQABdWEABsVhAAdlYQAMJWEADQVhAAGFcQAB1XEABuVxAAe1cQAMyMEwDGVxAAGlgQABxYEABwWBAAf1gQAMZYEADVWBAAHFkQAChZEAByWRAAdVkQAMhZEADLWRAAHloQACRaEAB0WhAAgFoQAMpaEADNWhAAIFsQACVbEAB2WxAAf1sQAMxbEADSWxAAIlwQADFcEAB4XBAAhFwQAM5cEADeXBAAJF0QACZdEAB6XRAAiF0QANBdEADhXRAAIo0TACxeEAB8XhAAiF4QAHiNEwDlXhAAKF8QADdfEAB+XxAAil8QANRfEADVXxAAKmAQADRgEACAYBAAjmAQANZgEADbYBAALGEQADlhEADOjRMAjmEQANhhEADiYRAALmIQAFpiEACEYhAAi2IQANpiEADzYhAAMGMQAD9jEACGYxAAlWMQANxjEADhYxAAMmQQAD9kEACIZBAAlWQQAN5kEADqZBAANGUQAENlEACKZRAAlGUQAOBlEADuZRAANmYQADtmEACMZhAAmWYQAOJmEADuZhAAOGcQAEtnEACOZxAAnWcQAORnEADwZxAAOmgQADtoEACQaBAAmmgQAOZoEAD0aBAAPGkQAEFpEACSaRAAn2kQACSOEwD5aRAAPmoQAE9qEACUahAAoGoQAOpqEAABaxAAQGsQAEJrEACWaxAAp2sQAOxrEADvaxAAQmwQAExsEACYbBAAmmwQAO5sEAD4bBAARG0QAFBtEACabRAApm0QAPBtEAADbhAARm4QAFVuEACcbhAAqG4QAPJuEADzbhAASG8QAFJvEACebxAArG8QAPRvEAD5bxAASnAQAFdwEAB6jhMAonAQAPZwEAAAcRAATHEQAFRxEADQjhMAtXEQAPhxEAAEchAATnIQAF1yEACkchAArXIQAPpyEAAEcxAAUHMQAF5zEACmcxAAq3MQAPxzEAAJdBAAUnQQAF50EACodBAAu3QQAP50EAANdRAAVHUQAGB1EACqdRAAq3UQAAB2EAAKdhAAVnYQAGR2EACsdhAAsXYQAAJ3EAAPdxAAJo8TAFp3EACudxAAuHcQAAR4EAAMeBAAfI8TAF94EACweBAAxngQAAZ5EAAHeRAAXHkQAG15EACyeRAAvnkQAAh6EAASehAAXnoQAGx6EAC0ehAAuXoQAAp7EAAXexAAYHsQAGx7EAC2exAAyXsQAAx8EAAbfBAAYnwQAG58EAC4fBAAuXwQAA59EAAYfRAAZH0QAHJ9EAC6fRAAv30QABB+EAAdfhAA0o8TAGh+EAC8fhAAxn4QABJ/EAAafxAAKJATAH5/EAC+fxAAyn8QABSAEAAZgBAAaoAQAHOAEADAgBAAyoAQABaBEAAigRAAbIEQAH+BEADCgRAA0YEQABiCEAAkghAAboIQAG+CEADEghAAzoIQABqDEAAogxAAcIMQAHWDEADGgxAA04MQAH6QEwAehBAAcoQQAHyEEADIhBAA0IQQANSQEwArhRAAdIUQAIOFEADKhRAA1YUQACCGEAAshhAAdoYQAIWGEADMhhAA7IYQACKHEAAuhxAAeIcQAH+HEADOhxAA3IcQACSIEAApiBAAeogQAIaIEADQiBAA44gQACaJEAA1iRAAfIkQAIiJEADSiRAA04kQACiKEAAyihAAfooQAIyKEADUihAA2YoQACqLEAA3ixAAKpETAIKLEADWixAA4IsQACyMEAA0jBAAgJETAJ+MEADYjBAA6YwQAC6NEAA6jRAAhI0QAJeNEADajRAA6Y0QADCOEAA8jhAAho4QAIeOEADcjhAA5o4QADKPEABAjxAAiI8QAI2PEADejxAA648QANaREwA2kBAAipAQAJSQEADgkBAA6JAQACySEwBTkRAAjJEQAJ2READikRAA7pEQADiSEABLkhAAjpIQAJ2SEADkkhAA8JIQADqTEAA7kxAAkJMQAJqTEADmkxAA9JMQADyUEABBlBAAkpQQAJ+UEACCkhMA6pQQAD6VEABIlRAAlJUQAJyVEADYkhMA+5UQAECWEABUlhAAlpYQAJqWEADslhAA7pYQAEKXEABWlxAAmJcQAJuXEADulxAAC5gQAESYEABVmBAAmpgQAKaYEADwmBAAA5kQAEaZEABVmRAAnJkQAKiZEADymRAA85kQAEiaEABSmhAAnpoQAKyaEAD0mhAA+ZoQAEqbEABXmxAALpMTAKKbEAD2mxAAAJwQAEycEABUnBAAhJMTAKScEAD4nBAABp0QAE6dEABfnRAA2pMTAKudEAAwlBMAHZ4QADKVEwBYnhAANJYTAKyeEAD8nhAAAZ8QAFKfEABWnxAAqJ8QALWfEACKlhMAA6AQAFSgEABYoBAAqqAQAKygEAAAoRAAGaEQAFahEABnoRAArKEQALihEADglhMABaIQALinEAAOohAAWKIQAGuiEACuohAAr6IQAASjEAAQoxAAWqMQAGmjEACwoxAAuqMQAAakEAASpBAAXKQQAGOkEAA2lxMAuqQQAAilEAAKpRAAILEQAAulEAASqhAADqUQAF6lEAAUpRAAbKwQABWlEACaGREAaqUQALSlEADDpRAACqYQABamEABgphAAbqYQALamEADRphAADKcQABinEABipxAAaacQAIyXEwDFpxAADqgQABCoEABkqBAAZagQALqoEAC9qBAAEKkQABupEABmqRAAa6kQALypEADGqRAA4pcTAB+qEABoqhAAaqoQAL6qEAC/qhAAFKsQABerEABqqxAAdasQAMCrEADFqxAAFqwQACCsEAA4mBMAf6wQAMKsEADDrBAAGK0QACStEABurRAAfa0QAMStEADOrRAAGq4QACauEABwrhAAd64QAI6YEwDOrhAAHK8QAB6vEAByrxAAga8QAMivEADSrxAAHrAQACewEAB0sBAAdrAQAMqwEADbsBAAOpkTAC+xEAB2sRAAgLEQAMyxEADVsRAAIrIQACSyEAB4shAAibIQAM6yEADWshAAJLMQAEKzEAB6sxAAgrMQANCzEADcsxAAJrQQADm0EAB8tBAAfbQQANK0EADetBAAKLUQADe1EAB+tRAAiLUQANS1EADgtRAAKrYQADG2EACQmRMAkbYQANa2EADnthAALLcQADS3EACCtxAAibcQANi3EADmtxAALrgQAD64EACEuBAAlLgQANq4EAD2uBAA5pkTAD25EACGuRAAnbkQANy5EADkuRAAMroQAEC6EACIuhAAkroQAN66EADquhAANLsQAEq7EACKuxAAjbsQAOC7EAD8uxAAPJoTAEC8EACMvBAAlLwQAOK8EADxvBAAOL0QAD29EACOvRAAm70QAOS9EADuvRAAOr4QADy+EACQvhAAnr4QAOa+EADzvhAAPL8QAD+/EACSmhMAnb8QAOi/EADyvxAAPsAQAEbAEACUwBAAo8AQAOrAEADvwBAAQMEQAE3BEACWwRAAoMEQAOzBEADuwRAAQsIQAFDCEACYwhAApcIQAO7CEADxwhAA6JoTAEfDEACawxAApsMQAPDDEAD3wxAARsQQAE7EEACcxBAAtcQQAPLEEAAGxRAASMUQAGTFEACexRAApsUQAJSbEwD8xRAA6psTAFfGEACgxhAAp8YQAPbGEAD+xhAATMcQAFHHEACixxAAsscQAPjHEAAAyBAATsgQAFzIEACkyBAAscgQAPrIEAAHyRAAUMkQAFzJEACmyRAArMkQAPzJEAAEyhAAUsoQAF7KEACoyhAAu8oQAP7KEAANyxAAVMsQAGDLEACqyxAAq8sQAADMEAAKzBAAVswQAGTMEACszBAAscwQAALNEAAPzRAAQJwTAFvNEACuzRAAuM0QAATOEAAGzhAAWs4QAGnOEACwzhAA0M4QAAbPEAAOzxAAXM8QAGbPEACyzxAAuM8QAAjQEAAK0BAAXtAQAG3QEAC00BAAwNAQAArREAAS0RAAlpwTAH7REAC20RAA1NEQAOycEwAq0hAAYtIQAIDSEAC40hAAwNIQAA7TEAAd0xAAZNMQAGbTEAC60xAAw9MQABDUEAAT1BAAZtQQAHLUEAC81BAAw9QQABLVEAAa1RAAaNUQAIHVEAC+1RAA0tUQABTWEAAw1hAAatYQAHLWEABCnRMA3tYQABbXEAA01xAAmJ0TAIXXEADC1xAAx9cQABjYEAAz2BAAbtgQAHrYEADE2BAAzNgQAO6dEwAt2RAAcNkQAH/ZEADG2RAA0tkQABzaEAAd2hAActoQAHzaEADI2hAA1toQAB7bEAAj2xAAdNsQAIHbEABEnhMAztsQACDcEAAi3BAAdtwQAHncEADM3BAA1NwQACLdEAAs3RAAeN0QAIPdEADO3RAA2t0QACTeEAAs3hAAmp4TAIjeEADQ3hAA1t4QACbfEAAy3xAAfN8QAIvfEADS3xAA3N8QACjgEAAw4BAAfuAQAI3gEADU4BAA1uAQACrhEAAz4RAAgOEQAIPhEADW4RAA4uEQACziEAA04hAA8J4TAJLiEADY4hAA4OIQAC7jEAA44xAAhOMQAI/jEADa4xAA5uMQADDkEAA45BAARp8TAIvkEADc5BAA7eQQADLlEABD5RAAiOUQAI3lEADe5RAA4uUQADTmEABC5hAAiuYQAJfmEADg5hAA9+YQADbnEAA+5xAAjOcQAJjnEADi5xAA9ecQADjoEABH6BAAjugQAJroEADk6BAA5egQADrpEABE6RAAkOkQAJ7pEADm6RAA6+kQADzqEABJ6hAAnJ8TAJjqEADo6hAA9uoQAD7rEABL6xAAlOsQAKvrEADq6xAA8usQAEDsEABL7BAAluwQAJjsEADs7BAA+ewQAELtEABJ7RAAmO0QAKntEADu7RAA/O0QAETuEABR7hAAmu4QALHuEADw7hAA+O4QAEbvEABL7xAAnO8QAKzvEADy7xAA+u8QAEjwEABS8BAAnvAQAKnwEAD08BAAAPEQAErxEABS8RAASKATALnxEAD28RAA+/EQAEzyEABn8hAAovIQAK7yEAD48hAAAPMQAJ6gEwBh8xAApPMQALPzEAD68xAABvQQAFD0EABR9BAApvQQALD0EAD89BAACvUQAFL1EABX9RAAqPUQALX1EAD0oBMABvYQAFT2EABW9hAAqvYQALf2EAAA9xAABfcQAFb3EABg9xAArPcQALf3EAAC+BAADvgQAFj4EABe+BAArvgQALb4EAAE+RAAEPkQAFr5EABt+RAAsPkQAL/5EAAG+hAAEvoQAFz6EABd+hAAsvoQALz6EAAI+xAAFvsQAF77EABj+xAAtPsQAMH7EABKoRMAD/wQAGD8EABv/BAAtvwQAMX8EAAM/RAAFf0QAGL9EABo/RAAuP0QAL79EAAO/hAAGv4QAGT+EABr/hAAuv4QANb+EACgoRMAGv8QAGb/EABy/xAAvP8QAL//EAASABEAHAARAPahEwBwABEATKITAMYAEQCiohMAHAERAPiiEwByAREAwAERAMEBEQB6CREAzQERABYCEQDUAREAygYRANcBEQAyEBEA2QERAOQTEQAXAhEAbAIRAIICEQDCAhEAygIRABgDEQAaAxEAyAURACYDEQBuAxEAdgMRAE6jEwB7AxEAxAMRAMcDEQAaBBEAJAQRAHAEEQByBBEAxgQRANcEEQAcBREALQURAHIFEQB6BREApKMTAM8FEQAeBhEAJQYRAHQGEQB8BhEA+qMTAMwGEQAgBxEAJgcRAHYHEQCDBxEAzAcRANQHEQAiCBEAJAgRAHgIEQB/CBEAzggRANUIEQAkCREALAkRAFCkEwCHCREA0AkRANEJEQAmChEAPAoRAHwKEQCEChEA0goRANQKEQCCDREA4AoRACgLEQAwCxEApqQTADULEQB+CxEAgQsRANQLEQDeCxEAKgwRACwMEQCADBEAkQwRANYMEQDnDBEALA0RADQNEQD8pBMAiQ0RANgNEQDfDREALg4RADYOEQBSpRMAjg4RANoOEQDcDhEAMA8RAEEPEQCGDxEAlw8RANwPEQDkDxEAqKUTADcQEQDsFxEAPhARAIgQEQCeEBEA3hARAOYQEQA0EREAQhERAIoREQCXEREA4BERAOMREQA2EhEAQBIRAIwSEQCOEhEA4hIRAPMSEQA4ExEASRMRAI4TEQCWExEA/qUTAO0TEQA6FBEARxQRAJAUEQCXFBEA5hQRAPcUEQA8FREASBURAJIVEQCaFREAVKYTAPUVEQA+FhEAQRYRAJQWEQCeFhEA6hYRAOwWEQBAFxEAURcRAJYXEQCnFxEAqqYTAPQXEQBCGBEAWRgRAJgYEQCkGBEA7hgRAPgYEQBEGREATBkRAACnEwCbGREA8BkRAAYaEQBGGhEAThoRAJwaEQCqGhEA8hoRAPoaEQBWpxMA/xoRAEgbEQBLGxEAnhsRAKgbEQD0GxEA9hsRAEocEQBbHBEAoBwRALEcEQD2HBEA/hwRAKynEwBSHREAoh0RAKcdEQD4HREAEx4RAE4eEQBcHhEApB4RAKseEQD6HhEABh8RAFAfEQBWHxEAph8RAKkfEQD8HxEABiARAFIgEQBYIBEAqCARAKogEQD+IBEACCERAFQhEQBgIREAqiERAMEhEQAAIhEAFCIRAFYiEQByIhEArCIRALQiEQACqBMABCMRAFgjEQBmIxEAriMRAL8jEQBYqBMACyQRAK6oEwBoJBEAsCQRALokEQAGJREAESURAFwlEQBkJREAsiURAL4lEQAIJhEAGyYRAF4mEQBtJhEAtCYRAMAmEQAKJxEACycRAGAnEQBqJxEAticRAMQnEQAMKBEAESgRAGIoEQBvKBEAWqkTAMAoEQAOKREAGCkRAGQpEQBpKREAuikRAMIpEQAQKhEAFioRAGYqEQByKhEAvCoRAMIqEQASKxEAGysRAGgrEQB1KxEAvisRAMYrEQAULBEAFSwRAGosEQBsLBEAwCwRAMMsEQAWLREAGS0RAAaqEwCCLREAwi0RAMotEQAYLhEAJC4RAG4uEQB0LhEAxC4RAMouEQAaLxEAHy8RAMYvEQBILxEAcC8RAHgvEQCyqhMAzC8RAAirEwAyMBEAcjARAHQwEQDIMBEA1TARAB4xEQAlMREAdDERAHwxEQDKMREA2jERACAyEQAiMhEAdjIRAIQyEQDMMhEA3TIRALSrEwApMxEACqwTAIYzEQDOMxEA2DMRACQ0EQAvNBEAejQRAII0EQDQNBEA3DQRACY1EQA5NREAfDURAIo1EQDSNREA3DURACg2EQAwNhEAfjYRAI02EQDUNhEA2TYRACo3EQAxNxEAgDcRAIw3EQC2rBMAFTgRACw4EQBrOBEAgjgRAIo4EQAMrRMAAjkRAC45EQA6OREAhDkRAIo5EQDaOREA4DkRADA6EQA1OhEAhjoRAIw6EQBirRMA3ToRADI7EQA4OxEAiDsRAI07EQDeOxEA7TsRADQ8EQBAPBEAijwRAI08EQDgPBEA4zwRADY9EQA+PREAjD0RAJs9EQDiPREA5z0RADg+EQBOPhEAjj4RAI8+EQDkPhEA9T4RADo/EQBGPxEAkD8RAJo/EQDmPxEA8j8RADxAEQBDQBEAuK0TAKJAEQDoQBEA9EARAD5BEQBNQREAlEERAKhBEQDqQREA+UERAEBCEQBRQhEAlkIRAKJCEQAOrhMA7kIRAEJDEQBQQxEAmEMRAKlDEQBkrhMA9EMRAEREEQBQRBEAuq4TAKBEEQDwRBEA9kQRAEZFEQBLRREAnEURAKJFEQC8rxMA90URAEhGEQBKRhEAnkYRAK9GEQAUsRMAAEcRAEpHEQBQRxEAoEcRAKxHEQD2RxEA/kcRAGqxEwBSSBEAokgRAK5IEQD4SBEAAEkRAMCxEwBaSREApEkRAKdJEQD6SREABEoRABayEwBSShEApkoRALRKEQD8ShEADUsRAMKyEwBYSxEAqEsRALRLEQAYsxMABkwRAFRMEQBXTBEAqkwRALZMEQAATREADE0RAFZNEQBeTREAxLMTALdNEQACThEADk4RAFhOEQBgThEAGrQTALdOEQAETxEAFU8RAFpPEQBrTxEAsE8RALhPEQAGUBEACVARAFxQEQBmUBEAslARALRQEQAIUREAF1ERAF5REQB+UREAtFERALxREQAKUhEAFFIRAGBSEQBmUhEAtlIRALhSEQAMUxEAG1MRAGJTEQBuUxEAcLQTAMRTEQAOVBEALFQRAGRUEQBqVBEAulQRAMNUEQAQVREAHVURAGZVEQBuVREAvFURANJVEQASVhEAFFYRAGhWEQCDVhEAvlYRAMpWEQAUVxEAIVcRAMa0EwBwVxEAwFcRAMhXEQAWWBEALFgRAGxYEQBxWBEAwlgRAMhYEQAYWREAJFkRAG5ZEQB2WREAHLUTANFZEQAaWhEAKloRAHBaEQB1WhEAxloRAMxaEQAcWxEAMlsRAHJbEQB0WxEAyFsRANJbEQAeXBEALFwRAHRcEQB5XBEAylwRANdcEQBytRMAL10RAHZdEQB/XREAzF0RANZdEQAiXhEAMF4RAHheEQB9XhEAzl4RANteEQAkXxEALF8RAHpfEQCKXxEA0F8RANJfEQAmYBEANGARAHxgEQCNYBEAyLUTANlgEQAethMALWERAH5hEQCEYREA1GERANxhEQAqYhEANGIRAIBiEQCCYhEA1mIRANliEQAsYxEATGMRAMq2EwCOYxEA2GMRAN5jEQAuZBEAOmQRAIRkEQCMZBEAILcTAOZkEQAwZREANmURAIZlEQCSZREA3GURAORlEQB2txMANGYRAIhmEQCWZhEA3mYRAO9mEQDMtxMAQWcRAIpnEQChZxEAIrgTAOpnEQA2aBEAQmgRAIxoEQCPaBEA4mgRAOxoEQB4uBMASWkRAI5pEQCVaREA5GkRAOxpEQA6ahEAR2oRAJBqEQCVahEA5moRAPBqEQA8axEARGsRAJJrEQChaxEA6GsRAO1rEQA+bBEAVGwRAJRsEQCVbBEA6mwRAPhsEQBAbREAUW0RAJZtEQCibREA7G0RAPRtEQAkuRMARm4RAFgBAABKbhEAqCQTAE5uEQCqyQ8ApG4RABIJAAD2bhEA9HERAKlwEQBWKwAA9nARAFotAAAEchEAeDwAAKNyEQB+PwAA+XIRAORHAACkcxEAbNcQAKVzEQCUSgAAqXMRAHC/AwCscxEAXOgHAPxzEQAOXQAAqHQRAHBjAAD+dBEA3m8AAKl1EQCWdgAAC3YRAKh/AABWdhEABIMAAKp2EQAMhwAAXHcRAHSQAAAfeBEAVngRALh6EQCg0QAAtnsRALjdAAAMfBEAIOcAALh8EQDo9QAAbH0RAFD/AADafREApv8AAA5+EQD8/wAAbn4RAAgGAQAYfxEAtgcBAG1/EQDADAEAL4ARANIVAQBygBEA3hsBANuAEQASgREAhIERAL6BEQDGgREAFIIRACCCEQBCIwEAcoIRAPIlAQAygxEAbIMRAHSDEQDCgxEAxIMRAFYtAQAkhBEAYjMBAMyEEQDKPAEAKIYRAFJWAQDQhhEABFoBAOSGEQDE3BIA7IYRAMDaEgBDhxEAWloBAHqHEQCyWwEA3IcRAAxeAQAliBEAEmEBAHqIEQAWYwEAhIkRAOZ1AQDoiREAJIoRACyKEQA8dgEAiYoRAJZ4AQAyixEAVoMBAJ+LEQCsgwEA3osRAFqFAQAwjBEAfowRAIiMEQCwhQEA3owRALqKAQDkjhEAmKQBADaPEQCEjxEAlI8RAO6kAQA8kBEA9qgBAI6QEQDckBEA7JARAEypAQCUkREACLIBAEaUEQA6KwcA6pQRAOBJAgDulBEAjksCAPKUEQCYzwEA/pQRAKpZAgCSlREAoNMBAPSVEQBO1QEAm5YRAFLXAQDqlhEAANkBAEyXEQCu2gEAoJcRALLcAQD2lxEACN0BAJ6YEQD+JBMAn5gRACqDDACimBEADN8BALKYEQAS+AwA9JgRAIroEQAImREAYt8BABqZEQDYZxMASZkRALjfAQBMmREAeoINAPqZEQDC5AEAUJoRABjlAQD+mhEAeusBAKWbEQCG8QEAUZwRAI71AQChnBEA9JwRAACdEQA69gEA/p0RAEyeEQBPnhEAqJsOAFieEQDy/AEAt54RAKL/AQAZnxEATp8RAKifEQBM7A0AtJ8RABQOAgDRnxEAqAICAAagEQAKCQIAsqARAL4NAgBeoREAFg8CAMShEQBsDwIAYKIRAJS2CwBkohEAGBACALOiEQAaEQIAuqMRAIQbAgBhpBEA+BUNAGSkEQCOIAIAZqQRAAwkDwC2pBEAsCgTAMikEQAEpREAYqURALClEQB2pREA+CoCALOlEQAgqw0AuqURADa2DQC9pREASpUNAMClEQCgbA4AwaURAP5wDgDLpREAkiICANGlEQDetA0AXqYRAPAmAgCGphEAsMoOAMCmEQCeKAIAFKcRAKApAgB9qhEAcDwCAOy4EQCA2w0AlLkRANi5EQBAuhEAhLoRAOq6EQBCjwwA8LoRAOj5AgA1vBEAYtYSADq8EQDevBEATrwRAOS/EQBWvBEAatoSAFy8EQAICgMA4LwRAHosDQDivBEAJK0NAOW8EQB8UAkA6LwRAF4KAwDtvBEAtAoDAO+8EQBM2gQAAb0RAEZ0EwAVvREA5CYFAES/EQAoGgMA7L8RADrAEQA7wBEAzlYNAETAEQCqHxAAScARAPI/DgBZwBEAEIQTAJrAEQAyHwMAlcERAIRIAwCYwREAQAsLAJnBEQAKNgMAm8ERAJYmAwCcwREATCwDAJ7BEQAyTAQAn8ERAKYuAwCgwREAwjwDAKHBEQBGKQMAosERANRHBACowREArDEDANHBEQDWNxEA8MQRADZ3AwD0xBEAjk0DAPjEEQDEfA0AUMURAOhPAwCixxEAIGwDAA/JEQBMggMAu8kRAGCMAwBtyhEAaJADAK3KEQDIlQMAqMsRAECnAwAEzBEAUswRAGDMEQCaqQMAWM0RABDSDwBizREAVrIDAFnOEQAgwgMAtc8RAFDaAwBb0BEAtuIDABjREQBc0REAvdERAIT0AwAa0hEAXtIRAG/SEQCK9wMAuNMRAKJbBQC50xEAFhMEAMDTEQAqJwkAZdQRAB4XBABp1BEASDYJAGfVEQBKLQQAcdYRALY4BAAh1xEAEjwEANrXEQAU2BEAHNgRAGrYEQB52BEAzEMEAMrYEQAoRwQAddkRAEwVDQB42REA1kgEAMrZEQAY2hEA3tkRAArVEgAi2hEALEkEAMzaEQDiTgQAKdsRAOZQBADM2xEA8lYEACTcEQBu9QkAddwRAKpdBACA3REAJHAEANLdEQA0aRIAPN4RAHbeEQB+3hEAzN4RANneEQBKgwQA294RAECpBADd3hEAgHMEAIvgEQAOkAQAiOERADSjBADa4REAKOIRADniEQCMpAQAOeMRALS4BACK4xEAELwEAC7kEQDKwwQAk+QRAILKBACe5BEAmtYEAKvkEQCO0AQAreURAPDWBABP5hEA/t0EAIzmEQBg5AQAOecRANTzBAA+5xEAeM8JAD/nEQAq0wkAQecRABjKCQCk5xEA3ucRAObnEQA06BEAjOgRAATzDQCP6BEA8pEMAJLoEQBg1RIAlOgRANr2BACW6BEAWvcPAK3oEQBkgxMA0OgRAFQfEADo6BEA4PkEAGPpEQCM6REAl+kRAOL6BABC6hEAmAAFAPPqEQBSCAUAk+sRAGQRBQCW6xEA2iMGAALsEQASEwUASewRAHgbBQBL7BEAaBMFAJjsEQDEFgUAnOwRAMgYBQCe7REAKB4FAKXuEQA+KQUA7+4RAEguBQC48REA8vERAPrxEQBI8hEAV/IRADxTBQCn8hEA9loFAKLzEQBcYwUArfMRAKQOCQD58xEAuGYFAP30EQA2ewUAB/URACZzBQBU9REAgnYFAFj1EQCGeAUAwvYRAPz2EQAE9xEAUvcRAFf3EQBejwUAYfcRAE6HBQCu9xEAqooFALL3EQCujAUAtvkRAOClBQBe+hEA8q4FAAr7EQDEwgUA1fsRAI7SBQAs/BEA7tcFAGv8EQDy2QUAwvwRAFTgBQAU/REAVuEFAGb9EQC0/REAvv0RAKzhBQAN/hEAsuQFAL/+EQAY7QUAfv8RALj/EQDA/xEADgASABQAEgDa+AUAegASAIz8BQAmARIA+ggGAGoBEgAOEwYAIQISABQWBgDNAhIAJB4GAHsDEgCKJgYAMgQSAGwEEgB0BBIAwgQSANIEEgD0MAYA7gQSAFI1BgAkBRIA9jEGAHYFEgDEBRIAzgUSAEwyBgDiBhIAHAcSACQHEgByBxIAewcSABhDBgDSBxIAHEUGAJAIEgDKCBIA0ggSACAJEgAhCRIAMlAGACUJEgDAlwYALQkSAOxXBgAvCRIA0koGAHwJEgAuTgYAgAkSABCVBgCCChIAnFoGAC4LEgCsYgYAhAsSAApnBgDWCxIADGgGAIoMEgAccAYARA0SAH4NEgCGDRIA1A0SAN4NEgAseAYALQ4SADp/BgDyDhIALA8SADQPEgCCDxIAjw8SAJiDBgCRDxIArI0GAN0PEgCghwYAihASAAiRBgDiEBIADJMGAE4SEgCIEhIAkBISAN4SEgDtEhIAJJ8GAD4TEgCAogYARBUSAKq3BgCqFRIA5BUSAAAWEgA6FhIARxYSAAK5BgBYFxIAkhcSAJoXEgDoFxIA6xcSANDKBgDLGBIA6tcGAEMZEgD03AYARxkSAEBjDAD5GRIArOMGAEUaEgC05wYApBsSANb4BgD8GxIANv4GAPocEgCuvwkADh0SAFi/CQBkHRIAnh0SAKYdEgD0HRIA9x0SAEYGBwBmHhIAoB4SAKgeEgD2HhIABR8SAPgJBwBXHxIAsBAHAKYgEgAmIQcAVyESAPwZDgBcIRIA7usPAF8hEgDWIwcAYCESAEDqDwCyIRIA3icHAMQiEgD+IhIABiMSAFQjEgBdIxIAmjAHALQjEgCeMgcAZSQSAKw5BwDFJBIAFkQHAFslEgDSTAcAByYSAJJXBwCzJhIAAGQHALwnEgDEcAcAEigSACB0BwBqKBIAfHcHANAoEgAKKRIAEikSAGApEgBvKRIAkoIHAHApEgDUeAcAwikSANZ5BwAUKhIAYioSAGwqEgAsegcAFCsSAO6FBwC9KxIAqI0HAG4sEgBakQcALi0SAGgtEgBwLRIAvi0SAM0tEgDCmgcAIC4SAB6eBwByLhIAwC4SAM8uEgB2nwcAey8SAIKlBwDMLxIA3qgHACUwEgD2tAcAJzASAOquBwA2MRIAcDESAHgxEgDGMRIAODISAHIyEgB6MhIAyDISANUyEgDGxwcAKzMSAHbKBwCCMxIAKM4HACI0EgCK1AcA2DQSAJjbBwCDNRIAbPAHANw2EgDqBAgALjcSAHw3EgCLNxIAQgYIAPg3EgCaBwgANDkSAPwNCACMORIAWhIIAN45EgAsOhIAOzoSALITCACoOhIAChUIAN07EgC+GQgANTwSAMwgCADhPBIAPC4IAI09EgAAOwgARD4SALZACACXPhIADkIIADw/EgDCRggA/j8SADhAEgBAQBIAjkASAOdAEgAqUAgAn0ESANpSCABYQhIAkkISAJpCEgDoQhIA8kISAOxbCABMQxIAml0IAKNDEgCkYggA9EMSAAJnCACfRBIAYGsIAKRFEgBscQgA9kUSAERGEgBGRhIAwnEIAAxHEgBGRxIATkcSAJxHEgC6SBIA9EgSAPxIEgBKSRIAaEoSAKJKEgCqShIA+EoSAAJLEgBwnggAwEsSAPpLEgACTBIAUEwSAFpMEgCyvwgAZkwSAJKvCACrTBIAlrEIAAZNEgBSuggAXU4SADTWCABhThIAIs0IALhOEgAu0wgAAU8SADLVCAC2TxIAONgIAAVQEgA+2wgAuFASAJ7gCAAQURIAAOcIALxREgAG6ggAElISAFzqCAB4UhIAslISALpSEgAIUxIAF1MSAAztCADBUxIAzvgIABpUEgCG/wgAKFUSAGJVEgBqVRIAuFUSAMdVEgDuCAkAvVYSABBXEgAqVxIAYhgJAIJXEgC8VxIAxFcSABJYEgAhWBIAahwJAJ5YEgAYHgkAMFkSAGpZEgByWRIAwFkSACVaEgDKIQkAcloSACYlCQAkWxIALCgJAIBbEgCKLAkAIVwSAO60CQAkXBIAPjEJAHdcEgBAMgkAfF0SALpECQDSXRIAcksJACVeEgB0TAkAPF8SAHZfEgB+XxIAzF8SANhfEgDkWQkAKmASAHhgEgB8YBIAPFsJAN5gEgDqXAkAlmESANBhEgDYYRIAJmISAFBiEgBcawkAgWISAMByCQDuYhIA/JQLADBjEgB+YxIAtmMSACB4CQBNZBIAgGQSAIVlEgC0lwkAi2YSAICoCQDkZxIAMmgSAFdpEgCKaRIAqWkSAOBpEgBGahIADMQJAOpqEgBsyQkAlGsSAHTNCQDzbBIAznsKAPVsEgCM2QkAQm0SAOjcCQBKbxIAUucJAJlvEgC27gkAoG8SALDrCQCicRIA8HESAJ9yEgDiBAoAqnMSAPgPCgD+dBIATHUSAHV1EgAgJAoAFHYSAE52EgBWdhIApHYSALN2EgAwLAoAAHcSAIwvCgAEdxIAHnkKAKt3EgCQMQoABHgSAFJ4EgB7eBIA6jMKAAZ5EgCcNwoAfXkSAPI3CgAIexIAbksKABB8EgB8UgoAEn0SAOJaCgB4fRIAOFsKAMF9EgCOWwoADn4SAOpeCgDAfhIA8GEKACZ/EgBGYgoAb38SAJxiCgC8fxIA+GUKADiBEgBkgRIA1oESABCCEgAYghIAZoISABeDEgDWfwoAGIQSAO6LCgDVhBIAtpoKAIiFEgDChRIAyoUSABiGEgAihhIAdKQKAPKHEgA2sAoAIIkSAMDKCgB9iRIAdtAKACKKEgAy2QoAhooSAI7cCgAsixIA/OgKAC+NEgCQCAsA644SALAYCwCFjxIAuh0LAOOPEgAWIQsAnpASANiQEgDgkBIALpESAIaREgDSKQsAopISANySEgDkkhIAMpMSAFyTEgDsNgsA55MSAPg8CwA8lBIAipQSAJiUEgCkPQsA5pQSAP4/CwCZlRIACEULAOOVEgAQSQsA7ZYSACRTCwDwlhIA0FMLAEmYEgDqYAsAl5gSAEJiCwD1mBIAnmULAEaZEgBOaAsAl5kSAKRoCwAOmhIAQJoSAAibEgBodQsAbJsSAL51CwCinBIA8JwSABmdEgB2fAsAJJ0SACJ9CwAAnxIAKoELAFqfEgCGhAsArZ8SAN6FCwCvoBIAQIwLAP2gEgBIkAsAw6ESAPqhEgCoohIAvJ8LAAOjEgB4qAsAqqMSANCpCwAwpBIA2K0LAGqkEgDgsQsAr6QSADq0CwBcpRIA+r4LAGylEgCG2gsAxKYSABbNCwAJpxIAcM8LAHCnEgDK0QsAeqkSALSpEgC8qRIACqoSABeqEgBS6wsAbaoSAFjuCwAZqxIACvILANerEgAOrBIAdqwSAI7BEgCDrBIAuqwSAHKtEgB6/wsAdK0SACD9CwAkrhIAaK4SAMyuEgDiCAwAeq8SAKQUDADYsBIAyicMAHmxEgDSKwwA0rESAN4xDAAoshIARDoMAH2yEgBGOwwAIrMSAPxADADksxIAHrQSACa0EgB0tBIA6LQSAGxODADPtRIAzlQMAOW2EgDiXgwAircSAEhnDAA2uBIAWnAMAO64EgAouRIAMLkSAH65EgDwuRIAKroSADK6EgCAuhIAL7sSALbVEgA0uxIAgrsSADa7EgBGGBAASLsSAEAbEwCMuxIA1oMMADS8EgCMiQwA6b0SAGCeDAA3vhIAaKIMAJq/EgCMtAwAqb8SAOC/EgA+wBIAhLAMAJvAEgDasAwA5cESAE7ADABIwxIAEMwMAGDDEgCO5A4AmsMSAOjDEgAGxBIAZswMALDEEgDqxBIA8sQSAEDFEgCkxRIAbM8MAF7GEgBy0gwACscSAM7VDAAMyBIARsgSAE7IEgCcyBIADskSAEjJEgBQyRIAnskSAALKEgDm4QwAvMoSAPbKEgD+yhIATMsSALDLEgCc5wwAwMwSAPrMEgACzRIAUM0SALTNEgAA7wwAbs4SAAbyDAAazxIAYvUMALTQEgCeww8ACtESAPTDDwB00RIArtESALbREgAE0hIAetISANICDQAO0xIAUkMNALzUEgDMNhMAvtUSAJZpDwDS1RIA1GUTAOTVEgAM1hIAFNYSAPqdEAA61hIA7pUPAJDWEgC41hIAEdcSABBZEwCA1xIAutcSAMLXEgAQ2BIActgSAK4bDQDY2BIAEtkSABrZEgBo2RIAytkSALTMDgAq2hIAYksNAHLbEgBm0A4AeNsSAMIlDQDc2xIAcigNAMzcEgAa3RIAKd0SAJI6DgB43RIAPpsTANfeEgDaMQ0A4d4SAIIwDQDW3xIAjDUNAJLgEgDM4BIA1OASACLhEgCB4hIAnj4NAJTkEgBqTw0AMuUSAC5cDQCO5hIA+GsNAI7nEgD+bg0A3+gSADi5DgDi6BIAcH8OAOboEgC8eA0A7OgSAKzIDgCQ6RIA3ukSAOjpEgDGfQ0A/OoSADbrEgA+6xIAjOsSADrsEgDgig0Ak+wSAJKODQCa7hIA/pkNAPDuEgA+7xIASu8SAFqdDQD27xIAtqANAJ7wEgDs8BIAA/ESABamDQD49RIATMENAKf2EgAAxg0ABfkSAIzhDQC6+RIA/vkSALf6EgBY8g0AuvoSAADxDQC6+xIAsvQNAGT8EgC09Q0AvPwSALr4DQB9/RIAsP0SAM79EgAW/A0AKv4SAHgCDgDA/hIAzgIOABQBEwBiARMAZAETADwPDgC9ARMA6A8OAMQBEwBCEg4ALgQTAGgEEwBwBBMAvgQTAMgEEwAcKg4AhgUTAMAFEwDIBRMAFgYTACUGEwAyNQ4AcgYTAI44DgAeBxMA7j0OAMoHEwBOQw4AyQgTABBPDgB1CRMAZk8OAH4JEwCclw8AJgoTAMRTDgB8ChMAygoTAC4LEwB0Vg4AhAsTAC5eDgDWDBMAJA0TACcNEwCKYQ4A3A0TAORjDgAuDhMAfA4TAH8OEwDoZQ4ANA8TAJhoDgCGDxMA1A8TANcPEwCcag4AjBATAKJtDgDeEBMALBETADYREwD4bQ4AihETANgREwDbERMA+m4OAIwSEwAAcg4A4hITADATEwAzExMAWHMOAOQTEwAyFBMANRQTAGB3DgDmFBMANBUTADcVEwBoew4A7BUTABp/DgDqFhMAeoQOAAoXEwCkeBMAVBcTANKFDgDnFxMAOhgTAOkYEwAsiA4A8BgTAIaKDgCgGhMAkpAOAKIaEwC4JA8ASBsTAJYbEwDxHBMA0ocPAPYcEwCcHhMAUB0TAKydDgCsHhMABJ8OAAIfEwBeoQ4AVB8TAGCiDgC6HxMA9B8TAFEgEwAssw4AVCATAJK7DgBZIBMADKMOAGUgEwB2rQ4ACCMTACqyDgC0IxMANrgOAMskEwCcdBMACiUTANZeDwAhJRMA8HMTACglEwB8ZBMAQiUTACIGEABcJRMAqiUTAK0lEwCUvA4AECYTAEK+DgBiJhMARL8OALQmEwACJxMADCcTAJq/DgCzKBMAUMUOALooEwBUxw4AXykTAFbIDgDfKhMACMwOAGgrEwBkzw4AAS0TAOZuEwB5LRMABCIQALstEwA24w4AHi8TAJboDgBwLxMAvi8TANcvEwDu6Q4AFzATAGowEwDkMBMAou4OAJAxEwCk7w4APDITAPzwDgDMMhMAGjMTACQzEwCu9A4AxzMTAFbKDwDOMxMAiuQPANc0EwBq/Q4A0TYTAHwGDwDBNxMAzjcTABc4EwAkOBMAgDoTAJwWDwCKOhMAAB4PAD49EwBoJw8Akj0TAGooDwDiPRMAFikPADM+EwBuKg8ANT8TAMgsDwA8QBMAikATAOhAEwA2QRMA40ETANg0DwBAQhMAjkITAOxCEwA6QxMA6UMTAOQ6DwCaRBMA6EQTAEZFEwCURRMAnkYTAERADwD4RhMAnEEPAKBHEwDuRxMA/kcTAPRCDwC9SBMA8EgTAKVJEwCoRw8A/kkTAFhKDwBsShMAnkoTAMBNEwAwYQ8Abk8TAJBmDwAaUBMA6GcPAMZQEwBAaQ8AW1MTAMJ/DwAUVRMAfIcPAAtWEwDYig8AxFcTAJKSDwBtWBMAQpUPAOlaEwD6mw8AF1sTAKidDwByWxMAcIkTAMlbEwBYoA8AzFsTAFyiDwAZXBMAbFwTAIhcEwDCXBMAG10TAG5dEwCKXRMAxF0TACJeEwBwXhMAel4TALKiDwDOXhMAvrATACJfEwC8pw8ALGATABqsDwB3YBMAyq4PANJgEwDGiRMA4WETAFoiEACEYhMA4roPADpmEwCinBAAjGcTABTUDwCHaBMAss0PADxpEwC0zg8APGsTAIprEwCUaxMAcNcPAERsEwAg2g8AL28TADxvEwCFbxMAkm8TANtvEwDobxMAMXATAD5wEwCHcBMAlHATAN1wEwDqcBMAonETADDiDwAIchMAhuIPAJlyEwDe4w8ACnMTAERzEwBMcxMAmnMTAEt1EwDi5Q8AWHYTAJLoDwD/dhMAQusPAGh3EwCidxMAFHgTAE54EwDMeBMA+ngTACJ5EwBQeRMAeHkTAKZ5EwDOeRMA/HkTAAN6EwBsABAAWnoTAKh6EwCtehMASu8PAAN8EwBe+Q8AZH0TALz9DwAHfhMAWn4TANh+EwAGfxMALn8TAFx/EwCEfxMAsn8TANp/EwAIgBMAMIATAF6AEwAygRMAYIETAIiBEwC2gRMA3oETAAyCEwA0ghMAYoITAIqCEwC4ghMAcIMTAJpEEQB0gxMA7EIRAG2EEwDQBxAAyoQTAN4OEACHhRMAvoUTADOGEwBKGhAAc4YTAKgeEADfhhMAFocTAMqHEwAYiBMAKIgTAKwgEAB6iBMAriEQANmIEwC4KBEAK40TACZeEACEjRMA0l4QAIKOEwCgcBAALo8TAFh3EADajxMAZn4QAIaQEwAchBAAMpETAICLEADekRMANJAQAIqSEwDolBAANpMTAKCbEADmkxMApJ0QAEqUEwCGlBMAjpQTANyUEwCWmBMA5JgTAAKZEwDGrhAASJwTAFjNEAC0nBMAYNEQAGCdEwDA1hAA+p0TABrZEABMnhMAytsQAKGeEwB63hAA9Z4TAILiEABWnxMAhuQQALifEwDynxMASqATAKDxEACqoBMATvMQAAmhEwD+9RAAUqETAAr8EAASohMAaAARAGKmEwDoFREAEqgTAAIjEQBkqBMABCQRALaoEwAEqRMACKkTAFokEQBiqRMAsKkTAA6qEwBcqhMAEKsTAF6rEwDAqxMAIjMRABKsEwBgrBMAZKwTAHgzEQCNrRMA3DoRAG2uEwDuQxEAva4TABCvEwA4rxMAZq8TAL+vEwASsBMAOrATAGiwEwDVsBMA8kURAGyxEwBMSBEAyrETAE5JEQAeshMAbLITAHyyEwBQShEAy7ITAFJLEQAbsxMAbrMTAM6zEwCsTREAKrQTAK5OEQAqtRMAxFkRANS1EwDSYBEAJrYTAHS2EwCEthMAKGERACS3EwDaZBEAhrcTADJmEQDatxMANGcRACq4EwDgZxEAe7gTAM64EwA=","fail":"AAAAAAAAAABmiQAAQM4BAFrZAADyXAcAkMsBAL5ECAA2HwIAnD0NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAAAAAAA2HwIAKC4NAPQVDgBKFg4AoBYOAPYWDgBMFw4AohcOAPgXDgBOGA4ApBgOAPoYDgBQGQ4AphkOAAAAAADyXAcAkMsBAJDLAQCQpAMAekECANBBAgCmmg4A4uMOAOz7AgBC/AIANBwBACDxBQBG7Q8AkKQDADYfAgC66AUAurMAABC0AABmtAAAvLQAABK1AAByDgAANh8CAJw9DQBaHg4AsB4OAAYfDgBcHw4Ash8OAAAAAADyXAcANh8CAHAlDABmOwQAKEMCAB74CQAMNQIAZokAADxNAgBaeBAAsHgQANzGAQBOJwAANh8CAI6ICwDkiAsAkkkAACaeBQAqlgAAgJYAAPTUAgCmPAoA/DwKADYfAgAoLg0A9BUOAEoWDgCgFg4A9hYOAEwXDgCiFw4A+BcOAE4YDgD0CQgATmwNAFYAAABWAAAAjIUKAJDLAQCSSQAANh8CAPQJCAAqwwEAAAAAACqWAAC8zAwAJNYMAOgeAACGGAAAvkQIABRFCACQyQAA5skAADzKAABAJgMApi4DAPwuAwAi/AoAiBkAAMYlDAA8kA4AWAEAAK4BAAAEAgAAWgIAALACAAD0CQgATmwNAFYAAABWAAAAkqEBANp1BAAqlgAAZLMAAJDLAQCkVgIAuOkGADYfAgCcPQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAADs3gkAQt8JAAAAAADKkAAAzJMBAJDLAQDmywEAcg4AADYfAgCSoQEA2nUEADB2BABWAAAATKkBAKKpAQD4qQEATqoBAKSqAQD6qgEAUKsBAAAAAABAJgMAhEgDACrDAQCAwwEA1sMBAHBQDAB0qAwAyqgMAJKMDADojAwAPo0MAJSNDAC8NwIA5IgLAGhjAgBQ5gkApuYJAPzmCQC+RAgANh8CAPrxDwBk8AkANh8CAKaaDgCmnhAAPkoAAJRKAADqSgAAQEsAAJZLAADsSwAAAAAAAB74CQDYBQ0A9AkIAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAOzeCQBC3wkAAAAAAMqQAAAqlgAAcg4AADqiAgD61QEAvkQIADYfAgD0CQgAYjEAALgxAAAOMgAAZDIAADZkDwAMNQIAZokAAEDOAQDoHgAAvkQIADYfAgCcPQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAHpBAgDQQQIAtrcDAAy4AwBiuAMAuLgDAJKMDADojAwAMhkAAIgZAADGJQwAPJAOAFgBAACuAQAABAIAAFoCAACwAgAAWtkAAM5AAgDokg8APpMPAHAlDACQSgEA5koBAPTUAgDMkwEAvkQIAHzdDwBwJQwAxiUMADyQDgBYAQAArgEAAAQCAABaAgAANmQPAAw1AgBmiQAAQM4BAOgeAAC+RAgANh8CAJw9DQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAekECANBBAgC2twMADLgDAGK4AwC4uAMAkowMAOiMDAAyGQAAiBkAAMYlDAA8kA4AWAEAAK4BAAAEAgAAWgIAALACAABa2QAAzkACAOiSDwA+kw8AcCUMAJBKAQDmSgEA9NQCAMyTAQC+RAgAfN0PAGaJAABAzgEA9IADAEAmAwCESAMAYjEAALgxAAAOMgAAZDIAADZkDwByDgAA6B4AAD4fAACUHwAA6h8AAEAgAAA2ZA8ATicAAFJmCQCQywEAtskMADqiAgA2ZA8ANBwBAHJJCAByDgAAKsMBAD51AABSRQ4AuvIKADgNDgBGKQMAurMAABC0AABmtAAAvLQAABK1AABotQAAcCUMAMYlDAA8kA4AWAEAAK4BAAAEAgAAWgIAALACAAA0HAEAMvIBAHIOAAA6ogIANh8CAAw1AgCwIhAAnD0NAGK+BgD0CQgAeLAPACaeBQB8ngUAIpQBAAAAAABkswAAZLMAACqWAAByDgAAKsMBADYfAgAoLg0AfN0PAIYYAAAocAMAKpYAAL5ECAA2HwIAjB8CAOo5DQCQywEANh8CAMqQAAByDgAA6B4AADYfAgAAAAAAhhgAAJJ4AgCk5woA3BgAAFrZAACGGAAANh8CACguDQAURQgAxFcQABpYEAAMNQIAZokAAEDOAQDoHgAAAAAAAJDLAQAoQwIAZokAALyJAAASigAAaIoAAL6KAAAUiwAAuDMBAL5ECAB83Q8AhhgAAChwAwAqlgAAvkQIAChDAgAqlgAAgJYAANTrAACyCQMADDUCAGaJAABkFwgAKEMCAL5ECAAMNQIAKEMCACqWAACAlgAA1OsAALIJAwDKkAAADDUCAJKhAQDadQQAZLMAADYfAgCSeAIA6HgCAD55AgA2HwIA7N4JAELfCQCSSQAAJp4FAHyeBQAqlgAA9NQCAErVAgCg1QIANh8CAHBQDAB0qAwAyqgMAJKMDADojAwAPo0MAJSNDABiIg4AWh4OAJjdCADooQEAWtkAACqWAACGGAAA3BgAAN5GAQA0RwEAcg4AAJxoDQBWAAAAVgAAAIyFCgCQywEAkkkAAPrVAQC+RAgAKEMCAGaJAACQyQAA5skAADzKAAAoQwIANBwBAIocAQDy5QsAAAAAAJKhAQDadQQAKpYAAIYYAACSSQAANh8CACguDQD0FQ4AShYOAKAWDgD2Fg4ATBcOAKIXDgD4Fw4AThgOAPQJCABObA0AVgAAAFYAAACMhQoAkMsBAJJJAAA2HwIAnD0NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAARM4AAJBKAQDmSgEAkkkAAEpUAgA61wcAZosBAOKNDgA2HwIA7N4JAELfCQAAAAAAypAAACqWAAByDgAAOqICAPrVAQC+RAgANh8CAAw1AgCQpAMANh8CAPQJCADoHgAAPh8AAJQfAADqHwAAypAAAJJJAADoSQAAPkoAAIYYAACSSQAA0HQGAGSzAAC64gIAwmUCANB0BgDyXAcAZPAJADYfAgBwJQwAkqEBAMqQAABOKwIAzJMBACKUAQA2HwIAZokAAJDJAADmyQAACtwAAJw9DQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAA7s0AAOzeCQBC3wkAAAAAAMqQAADMkwEAkMsBAObLAQAAAAAAkMsBADStCQBk8AkATisCAFYAAACsAAAAAgEAADYfAgAAAAAAVgAAAKwAAAACAQAAWAEAAK4BAAAEAgAAWgIAAJL3AQDo9wEAuugFALriAgAQ4wIAZuMCANrdDQAw3g0Aht4NAFrZAADMkwEAoFwGAOhJAAD8bQ0A6AcKAJJJAAA2HwIAnD0NAEbtDwCQpAMANh8CAHAlDADGJQwAPJAOAFgBAACuAQAABAIAAFoCAACwAgAAuugFABDpBQBm6QUATicAAFJmCQBOKwIAypAAAJDLAQDmywEAkMsBADYfAgC66AUAurMAABC0AABmtAAAvLQAABK1AABotQAA9AkIAOgeAACGGAAAkkkAADYfAgCcPQ0AkMkAAObJAAA8ygAAekECANBBAgC2twMADLgDAGK4AwC4uAMAkowMAOiMDAAyGQAAiBkAAMYlDAA8kA4AWAEAAK4BAAAEAgAAWgIAALACAABwUAwAdKgMAMqoDAD0CQgA6B4AAAAAAABmiQAAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAFSCAQCqggEAAIMBAFaDAQAo8wQAnD0NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAGhjAgBQ5gkApuYJAPzmCQBS5wkAqOcJAP7nCQCcPQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAPrVAQDKkAAAcg4AAIKZAQAilAEATisCADYfAgA0HAEAckkIAIz+BgBclAgAZokAAEbtDwAocAMAcBUEADQcAQA2HwIAAAAAAGSzAABmiwEAvIsBABKMAQCGGAAAaGMCAL5jAgAUZAIAIBIBAEAmAwAgEgEAZokAAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAABUggEAqoIBAACDAQBWgwEAAAAAAPJcBwBk8AkATisCAKQrAgByDgAA6B4AAIz+BgCK0gYA4NIGAHrcDwCgXAYAXF0CACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAMkwEAIhMBADeTAQANE0EAIpNBADgTQQANk4EAIxOBADiTgQAzisNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAIpQBAD4fAACUHwAA6h8AAEAgAADmywEAgJYAANTrAACyCQMAnD0NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAChDAgCQywEA5ssBALZfAgCAthAAcg4AAOgeAAC+RAgANh8CADZkDwACohAAkqEBAOihAQA+ogEAlKIBAOqiAQBAowEAWtkAAM5AAgDokg8APpMPAOzeCQBC3wkAmN8JAO7fCQBE4AkAmuAJADYfAgDKkAAAcg4AAIKZAQAilAEATisCADYfAgCcPQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAA0HAEAckkIAIz+BgBclAgAZokAAEbtDwAocAMAcBUEAJJJAAAoQwIAZokAAELdCACY3QgA6KEBAFrZAAAqlgAAvkQIADYfAgA2ZA8AkMsBADStCQAMNQIAZokAAAw1AgCSoQEA7GcOAEJoDgCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAKpYAAICWAADU6wAAsgkDALyJAAASigAAaIoAAL6KAAAUiwAA5J8BADqgAQCQoAEA5qABADyhAQB83Q8AgJYAANTrAACyCQMAxhECAGSzAAAqlgAAVgAAAJJJAADQdAYA8lwHADYfAgAAAAAAAAAAAAAAAAAo8wQA7N4JAELfCQD0BQYAQM4BAMgOAABk8AkAQCYDAGgJAADKkAAAcg4AAOgeAAA+HwAAhhgAAGhjAgC+YwIAFGQCALodCwAQHgsAZh4LAHAlDADGJQwAPJAOAFgBAACuAQAABAIAAFoCAACwAgAAkowMAOiMDAA+jQwAlI0MAGIiDgBaHg4AmN0IAOihAQBa2QAAKpYAAL5ECACGGAAA3BgAADIZAACcPQ0Awv4OABKKAABoigAAvooAABSLAABqiwAAppoOAOLjDgDskA0AppoOAKaeEADMkwEAcBUEAMYVBAD01AIAHvgJAPxtDQByDgAAOqICAFrZAADMkwEAoFwGAOhJAAA2HwIA7N4JAKRWAgAMNQIADDUCAMyTAQCgXAYANBwBAAAAAAA2HwIAjB8CAOIfAgA4IAIAjiACADYfAgBwJQwAkqEBAOxnDgBCaA4AQM4BAOgeAAC66AUAXJQIALKUCAAIlQgAXpUIADYfAgCQpAMA5qQDADylAwCQywEANh8CALroBQAQ6QUAZukFALzpBQAS6gUAaOoFAL7qBQAU6wUAxOkDABrqAwBw6gMAApIIAOgeAABAkg4AkkkAANB0BgAilAEATisCAE4nAABg3gEAtt4BAAzfAQBE+QAAIBIBAE4nAABg3gEAtt4BAAzfAQDa9gQAMPcEAIb3BACcPQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAPrVAQCmmg4A4uMOAPJcBwC+RAgAfN0PAM6DDgAAAAAAAAAAAAAAAAAAAAAANh8CAHzBAQAMNQIAZokAAGQXCAA2HwIAuugFAJDLAQDmywEAPMwBAHzdDwCGGAAAkkkAANB0BgBmiQAAQt0IAHIOAAAAAAAAhhgAAPTUAgBK1QIAoNUCANp1BAC+RAgAFEUIALyJAAASigAAaIoAAL6KAAAUiwAAuPkOAOh4AgA+eQIAzJMBAMyTAQBOKwIAhhgAAGhjAgDM9wgAypAAAJDLAQDmywEAPMwBAIZVCQAqlgAAcg4AALr6DgDcGAAA3kYBADQcAQAg8QUAwmUCAGSzAAC+RAgAfN0PAIYYAAAocAMAKpYAAAAAAADyXAcATisCAMyTAQAilAEANh8CAIwfAgDiHwIAOCACAI4gAgCMHwIA6jkNAJDLAQA2HwIAypAAAHIOAADoHgAAPh8AADYfAgCMHwIA4h8CADggAgCOIAIAjB8CAOo5DQCQywEANh8CAMqQAAByDgAA6B4AADYfAgCcPQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAD0pwEASqgBAKCoAQD2qAEANh8CAMqQAAByDgAA6B4AAD4fAACGGAAAaGMCAL5jAgD01AIApjwKAPw8CgC2yQwAgpkBAPJcBwBk8AkAzJMBACKUAQAocAMAenAEADLyAQA0HAEANh8CAPQJCABObA0AVgAAAFYAAACMhQoAkMsBAJJJAAD61QEAvkQIADYfAgCcPQ0AzjEQAMyTAQA2HwIA9NQCAKY8CgD8PAoAtskMAIKZAQDyXAcAZPAJADYfAgBwUAwAAAAAAHIOAAAqwwEAgMMBAEAmAwByDgAA9IADADYfAgDs3gkANK0JAOgHCgCSSQAA0HQGACKUAQAqlgAAcg4AAGTwCQC68AkAEPEJAGbxCQC88QkAEvIJACKUAQBOKwIANh8CAKaaDgDi4w4A/GcKAFJoCgDi4w4AAAAAACqWAAC+RAgA/rwJAHAVBADGFQQA+vEPAGTwCQByDgAAKsMBAOgeAAA+HwAA0HQGAPJcBwBk8AkAKpYAAICWAADU6wAAsgkDAKBcBgD61QEAUNYBAKbWAQD81gEAZokAAEDOAQCWzgEA7M4BAELPAQCYzwEA7s8BACqWAAByDgAAOqICAEAmAwDKkAAAIJEAAPrXAgCgXAYAQCYDAGaJAABAzgEAls4BAOzOAQBCzwEAmM8BAO7PAQBE0AEAwOMBABbkAQBs5AEAwuQBABjlAQBu5QEAxOUBABrmAQBmiQAAqJcMAFSYDABAJgMACjYDADwJCwA2Dg8AjA4PAOIODwA4Dw8Ajg8PAOQPDwA6EA8ApFYCAPpWAgBQVwIATicAAGDeAQC23gEADN8BAHzdDwCAlgAA1OsAALIJAwAAAAAAZokAAPTUAgBK1QIAPE0CAJKhAQBmiQAARu0PAE4rAgA8TQIAZokAAEDOAQCWzgEA7M4BAELPAQCYzwEA7s8BAETQAQCa0AEA8NABAEbRAQCc0QEANBwBAFYAAACsAAAAtIkCAHrcDwDQ3A8AyA4AAGTwCQBOJwAAYN4BALbeAQAqgwwAgIMMAMqQAACSoQEAkkkAANB0BgBWAAAAkqEBAOxnDgA2vBAAYN4BALbeAQAqgwwAgIMMAOgeAAA+HwAA1OsAALIJAwAAAAAANh8CAAw1AgBiNQIAuDUCAA42AgBkNgIAujYCABA3AgAqlgAAqlcBAOQgAgA6IQIAkCECAOYhAgA8IgIAjogLAG7UDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQB6QQIA0EECAI6ICwBu1A4A5CACADohAgCQIQIA5iECADwiAgBSlQsAkqEBAOxnDgA2vBAAjLwQAOK8EACwSw8AJIQOADYfAgDs3gkAetwPAJK/EADovxAAPsAQAFKVCwColQsAjB8CAOIfAgA4IAIAjiACAAAAAADOgw4ANh8CAOzeCQB63A8Akr8QAOi/EAA+wBAAUpULAKiVCwCMHwIA4h8CADggAgCOIAIAjB8CAOIfAgA4IAIAjiACAGLfAQAo8wQAQOoPAJbqDwDs6g8AQusPAJjrDwAAAAAAypAAACCRAAD61wIAoFwGADxNAgCCjBAAvkQIAJJ4AgDKkAAAIJEAAPrXAgCgXAYAPE0CAOqVEACQywEApFYCALjpBgBySQgAWtkAAPJcBwCQywEAkngCADxNAgBmiQAAQM4BAJbOAQDszgEAQs8BAJjPAQDuzwEARNABAJrQAQCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAAAAAAE4nAABg3gEAtt4BAAzfAQBWAAAAVj0JAIz+BgCSSQAA+tUBAPTUAgBK1QIAoNUCAPbVAgBM1gIAcg4AADYfAgCmmg4A4uMOAOyQDQAMNQIAsCIQAAAAAACcPQ0AOucPAJDnDwDm5w8APOgPAJLoDwDo6A8APukPAI6ICwAgBRAAdgUQAMwFEABAJgMAAAAAAPJcBwCSSQAAQCYDAGSzAABmiwEA1O0BACruAQCA7gEA1u4BAObLAQA8zAEANh8CAMqQAAByDgAAgpkBACKUAQBOKwIANh8CALBLDwAkhA4AjogLAAAAAACSoQEAAAAAAMqQAABmiQAAQt0IAAAAAAAAAAAAypAAAJJJAAA2HwIAWtkAAM5AAgDokg8ANh8CAI6ICwAAAAAAypAAAGaJAAAe+AkA/G0NAOgHCgA+CAoAlAgKAOoICgAMNQIAQAkKAJYJCgDsCQoADDUCALroBQAQ6QUAZukFALh6DwAOew8AZHsPALroBQAQ6QUAZukFALh6DwAOew8AZHsPAGaJAABG7Q8AAAAAADYfAgBOKwIApCsCAPorAgAAAAAAkkkAAPrVAQBQ1gEAptYBADxNAgD0Ew0AShQNAJCkAwCSSQAA+tUBAFDWAQCm1gEAPE0CAJJNAgCkVgIA+lYCAFBXAgCmVwIAcg4AACaeBQC6TA0A+lYCAFBXAgCmVwIAkkkAAOhJAAD+nxAAVKAQAKqgEAAAAAAAkMsBAObLAQBw5gEAkCkGAIz+BgCSSQAAcg4AADxNAgBGUgIAnFICAPJSAgBIUwIAnlMCAPRTAgCSSQAASlQCAFjLDwDoSQAA/p8QAFSgEADyXAcAPE0CAEZSAgDoSQAA/p8QAFSgEACqoBAAZokAAKiXDABwFQQA6B4AALzMDAASzQwAaM0MAL7NDAAUzgwAPE0CAEZSAgDoSQAA/p8QAFSgEACqoBAAPE0CAEZSAgDoSQAA/p8QAFSgEACQpAMAVgAAAFY9CQAqlgAAgJYAANTrAACyCQMATicAAKQnAACAlgAA5ssBAIYYAABkswAAKpYAACqWAACAlgAA1OsAALIJAwBmiQAAuOkGAHJJCAAqlgAAgJYAANTrAACyCQMAkkkAAJJJAAAmngUAfJ4FAAw1AgBiNQIAuDUCAPrVAQAqlgAAgJYAANTrAACyCQMANBwBAHJJCACSSQAA6EkAAPxtDQC+RAgAfN0PAICWAADU6wAAsgkDAJKhAQCSoQEAVgAAAIyFCgDMkwEAIpQBAFiIAwCuiAMAOAsNAObLAQCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAkMsBAObLAQC2XwIADGACAGJgAgC4YAIADmECAGRhAgC6YQIAEGICAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAKpYAAJCkAwAqlgAAgJYAANTrAACyCQMAvkQIAHzdDwCqVwEAIF0RAICWAADU6wAAsgkDAAAAAAAqlgAAgJYAADStCQC+RAgA/rwJAPTUAgDMkwEAcBUEAIKZAQDyXAcAZPAJACqWAACAlgAA1OsAALIJAwAMNQIA3F8OAOgHCgAgkQAAYOACAJKhAQDooQEAZJ4LALqeCwAQnwsA7GcOAICWAADU6wAAsgkDAEbtDwBOKwIAuvIKACqWAACAlgAA1OsAALIJAwCQywEATisCAMqQAAA0HAEAckkIAIYYAACSSQAA+tUBADgLDQDU6wAAsgkDAPJcBwDoBwoAkkkAAEpUAgBOJwAADDUCANxfDgDoBwoAIJEAAGDgAgByDgAA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBmiQAAQM4BAJbOAQBiMQAAuuICAEDOAQA6ogIA+tUBAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCGVQkASF0HAJ5dBwCEqAgA2qgIADCpCACGqQgA3KkIADKqCAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAIz+BgCK0gYA4NIGALbJDACCmQEA8lwHAGTwCQAqlgAAgJYAANTrAACyCQMAkkkAAGaJAAC8iQAAkngCAPJcBwD01AIApjwKAPw8CgBOJwAAkqEBAOihAQBa2QAAKpYAAICWAADU6wAAsgkDANB0BgAmdQYA0HAEAJKhAQDsZw4ANBwBAHJJCACGGAAAkkkAAPrVAQC+RAgAfN0PAICWAADU6wAAsgkDAHIOAACcaA0AVgAAAFYAAACMhQoAkMsBAJJJAAD61QEAvkQIAIZVCQBIXQcAnl0HAISoCADaqAgAMKkIAIapCADcqQgAMqoIACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAkqEBAJKhAQDsZw4ATisCAOg0CwBC3QgAZokAALSJAgAKigIAYIoCALaKAgAMiwIAYosCALiLAgAOjAIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAJDLAQCkVgIAkKQDAMyTAQAilAEA7HoCAEJ7AgCYewIAZo0CALyNAgASjgIAaI4CAL6OAgAUjwIAao8CAMCPAgAWkAIAbJACAMKQAgAYkQIAbpECAMSRAgAakgIAcJICAMaSAgAckwIAcpMCADQcAQAMNQIAsCIQAICWAABOJwAA6jkNAJDLAQA0HAEAIPEFAMJlAgD61QEAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAGSzAACK0gYA4NIGADbTBgCM0wYA4tMGADjUBgA0HAEAihwBAPLlCwD+vAkAZvkNAFJmCQBkswAAuuICAMJlAgDQdAYA8lwHAGTwCQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAAAAABmiQAAQt0IAMqQAAAqlgAAKpYAAICWAADU6wAAsgkDAChwAwBkswAAZosBALyLAQASjAEAKpYAAIYYAABkswAAZosBALyLAQASjAEAKpYAAICWAADU6wAAsgkDAL5ECAB83Q8AjP4GAOL+BgC8iwEAEowBACqWAACAlgAA1OsAALIJAwC+RAgAfN0PAE4nAABSZgkAcAAPACqWAAC+RAgAZokAAELdCACY3QgA7t0IAKaaDgDi4w4A7JANAJw9DQBivgYANBwBAHJJCADISQgADDUCALAiEACAlgAANh8CAIwfAgCAthAAIJEAAAYdDQCSSQAA0HQGAPJcBwBk8AkA+tUBAEY5CwCcOQsAkkkAADYfAgCmmg4A4uMOAOyQDQDs3gkAQt8JAPQFBgBkFwgANh8CAHAlDACQSgEA5koBAM4EDwAkBQ8AegUPANAFDwAmBg8AnD0NADrnDwCQ5w8AgpkBANiZAQAumgEANh8CAHAlDACQSgEA5koBAM4EDwAkBQ8AegUPANAFDwAmBg8AypAAACCRAABg4AIAtuACAAzhAgBi4QIAuOECAA7iAgBk4gIAgNsNANbbDQAs3A0AgtwNANjcDQAu3Q0A8lwHADYfAgCMHwIApCcAAFrZAAA2HwIAnD0NAPI9DQAKigIAYIoCALaKAgAMiwIAYosCALiLAgByDgAANh8CAKaaDgDi4w4A7JANAIwfAgCAthAAIJEAAAYdDQCSSQAA0HQGAPJcBwBk8AkARu0PAIYYAADcGAAA3kYBAGY3AgDs3gkAQt8JADzMAQB83Q8AjP4GALqzAADIkwIAtIkCAObLAQA0rQkAfMEBAKaaDgC66AUAkKQDAOQ2DQA6Nw0AkDcNAOY3DQAqlgAAgJYAANTrAACyCQMAhhgAAJJJAABmiQAAwmUCANB0BgDyXAcAZPAJACqWAACAlgAA1OsAALIJAwB8fwsAUmYJAHAADwDsegIANh8CAPQJCAAKCwMANBwBAAw1AgDcXw4AzJMBAGC1AgBmiQAAwmUCANB0BgDyXAcAZPAJADYfAgCOiAsAIAUQAHYFEADMBRAAjB8CAOIfAgA4IAIAjiACAAAAAAA2HwIAcFAMAMZQDAAW1Q8AbNUPAMLVDwAY1g8AgO4BAMJlAgDQdAYADDUCAJKhAQDsZw4AppoOAFxdAgCyXQIACF4CALroBQC64gIA/gQDAFQFAwCqBQMAAAYDAFYGAwDCEQMAGBIDAG4SAwDEEgMAGhMDAHATAwDGEwMAHBQDAHIUAwDIFAMAAAAAAMqQAAAgkQAAYOACALbgAgAM4QIAYuECALjhAgAO4gIAuugFALriAgD+BAMAVAUDAKoFAwAABgMAVgYDAMqQAAByDgAAppoOAOLjDgDs+wIAQvwCADQcAQAg8QUARu0PAJKMDADojAwAPo0MAJSNDAC8NwIA5IgLADqJCwDoBwoATisCADQcAQBotwEAcBUEACrDAQCCmQEAIpQBAE4rAgA2HwIA7N4JAELfCQCSSQAAypAAAJDLAQAoLg0AfN0PAIz+BgC6swAAyJMCALSJAgDmywEAPMwBADYfAgCcPQ0ARu0PAL5ECAA2HwIAkowMAOiMDAA+jQwAlI0MAMqQAAByDgAA6B4AAHBQDADGUAwAeJQBAM6UAQAklQEAepUBANCVAQBesgEA+vEPAEhdBwCeXQcAhKgIANqoCAAwqQgAhqkIANypCAB6cAQA0HAEACZxBAB8cQQA0nEEAChyBAC+RAgANh8CAJw9DQBG7Q8AvkQIADYfAgCSjAwA6IwMAD6NDACUjQwAypAAAHIOAADoHgAA9AkIAAoLAwBgCwMAtgsDAAwMAwBiDAMAjg0OAOQNDgA6Dg4AkA4OAOYODgBG7Q8AKHADAGSzAABAJgMAQAsLAFxGDACyRgwACEcMAF5HDAC0RwwACkgMAJyXDwAgBRAAdgUQAMwFEAA2HwIA+vEPAOgHCgCSSQAANh8CAPrxDwBOJwAANh8CAAw1AgDcXw4A6AcKACCRAABg4AIA7N4JAKRWAgBahwIAsIcCAGQXCAC+RAgANh8CAFrZAADMkwEAoFwGAOhJAAA2HwIA+vEPAPTUAgCmPAoA/DwKAE4nAACSoQEA6KEBAPQJCABObA0ApGwNAPpsDQAmngUAukwNABBNDQAOxQkANh8CAFrZAADMkwEAoFwGAOhJAAA2HwIA+vEPAPTUAgCmPAoA/DwKAE4nAACSoQEA6KEBADQcAQAy8gEAiPIBAN7yAQA08wEAivMBAODzAQCQpAMANh8CAFrZAADMkwEAoFwGAOhJAAA2HwIA+vEPAPTUAgCmPAoA/DwKAE4nAACSoQEA6KEBACguDQB+Lg0A9NQCAMyTAQC+RAgAfN0PAFrZAADMkwEAoFwGAOhJAAA2HwIA+vEPAPTUAgCmPAoA/DwKAE4nAACSoQEA6KEBAMyTAQBgtQIANh8CAHAlDACMhQoAzJMBACKUAQBYiAMArogDADgLDQA2HwIAKC4NAHzdDwCAlgAA5ssBALZfAgAMYAIAYmACALhgAgAOYQIAZGECAJw9DQA65w8AkOcPAIKZAQDYmQEALpoBADQcAQBySQgAhhgAAJJJAAA2HwIAppoOAOLjDgDskA0AjogLAOSICwCSSQAAJp4FAJCkAwA2HwIAcFAMAMZQDAAcUQwAkowMAChwAwB+cAMA1HADADQcAQAg8QUAkqEBANp1BABkswAAKpYAAAw1AgDcXw4A6AcKACCRAABg4AIAcg4AADYfAgD68Q8A6AcKAJJJAAA2HwIA+vEPAE4nAAA2HwIA7N4JAKRWAgBahwIAsIcCAJJJAAD61QEATisCALryCgCAlgAANh8CACguDQB+Lg0A9NQCAMyTAQC+RAgAfN0PAAw1AgCQpAMANh8CAEZ9AgCcfQIA8n0CAJJ4AgDoeAIAvkQIADYfAgCcPQ0AwmUCACASAQB2EgEAuuICABDjAgBm4wIA2t0NADDeDQCG3g0A3N4NADLfDQCI3w0A3t8NADTgDQCK4A0A4OANADbhDQCM4Q0A4uENADjiDQCO4g0A5OINADrjDQCQ4w0A5uMNADzkDQCS5A0A6OQNAD7lDQCU5Q0A6uUNAEDmDQCW5g0A7OYNAELnDQCY5w0A7ucNAEToDQCa6A0A8OgNAEbpDQCc6Q0A8ukNAMyTAQAilAEA7HoCAEJ7AgCYewIAQFEDAJZRAwDsUQMAQlIDAJhSAwDuUgMARFMDAJpTAwDwUwMARlQDAJxUAwDyVAMASFUDAAAAAADyXAcA6AcKADYfAgAyMw0AiDMNAPTUAgCmPAoAnD0NAEbtDwCc7Q8A8u0PAEjuDwCe7g8A9O4PAHBQDADGUAwAHFEMAJCkAwDmpAMAPKUDAJDLAQA2HwIA9AkIAEoKCACgCggA9goIAEwLCAAKCwMAYAsDALYLAwAMDAMAuugFABDpBQDijQ4AypAAADQcAQCGGAAANh8CAICWAADmywEAcFAMAHSoDADKqAwAkowMAOiMDAAyGQAAiBkAAMYlDAC0iQIApFYCALjpBgBySQgAkkkAAPrVAQA4Cw0ANh8CAAw1AgBiNQIAuDUCAA42AgBwJQwAkEoBAObLAQBWAAAArAAAALSJAgDmywEAPMwBADYfAgD0CQgAeLAPAM6wDwDCZQIA+tUBAEY5CwBySQgAhhgAAJJJAAA2HwIAKC4NABRFCADEVxAAGlgQAAw1AgBmiQAAQM4BAOgeAAD0CQgACgsDALj1DAAO9gwAZPYMALr2DAA2HwIAcFAMAHSoDADKqAwA9AkIAHiwDwDOsA8AtIkCAJJJAADQdAYAIpQBAE4rAgA2HwIAypAAABQ5AgDKkAAAkkkAAJJJAADQdAYAIpQBAE4rAgA2HwIAKC4NAPQVDgBa2QAAcFAMAMZQDAAcUQwA7N4JAELfCQCIngIA4v4GAPTUAgCmPAoA/DwKAJCkAwA2HwIANBwBAIocAQDy5QsAZokAAGQXCAD+vAkAIpQBAE4rAgA2HwIA7N4JAELfCQA8zAEAkswBAOjMAQA+zQEAcFAMAHSoDADKqAwAkqEBAOihAQCU0QMA6tEDAEDSAwCW0gMA7NIDAELTAwCmmg4App4QAD5KAABwvwMAxr8DABzAAwBywAMAQM4BAOgeAABAkg4ANh8CAHBQDADGUAwAHFEMADQcAQBySQgAyEkIAIocAQCQywEAcFAMAHSoDADKqAwAcFAMAMZQDAAcUQwA4F0MADZeDACMXgwAcCUMAJBKAQDmSgEA4mANADhhDQCOYQ0A5GENADYfAgD68Q8ATicAADYfAgD0CQgAeLAPAM6wDwC0iQIAkkkAANB0BgAilAEATisCADYfAgDKkAAAaPIJAL7yCQAU8wkAppoOAOLjDgDskA0A9AkIAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAJw9DQDCZQIA6AcKAD4ICgCUCAoA6ggKAEAJCgCWCQoA7AkKAEIKCgAyiQ0AJp4FALpMDQBahwIAcg4AAPSAAwBmiQAAwmUCAPrVAQAyMw0A/G0NAHIOAAA6ogIANh8CAJKMDABoYwIAvmMCABRkAgCSoQEA6KEBAGSeCwC6ngsAEJ8LAB74CQD8bQ0Acg4AADqiAgBoCQAAvgkAAKaaDgDi4w4A7JANAJw9DQBkFwgAvkQIAJDLAQDmywEAcg4AACrDAQBAJgMA+vEPAGTwCQA2HwIA9AkIAMgOAACCfgkA2H4JAC5/CQCEfwkANh8CAFYAAACSSQAA0HQGACKUAQBOKwIANh8CALroBQAQ6QUAZukFALzpBQAS6gUAaOoFAL7qBQAU6wUAxOkDABrqAwAMxgoAYsYKAPrxDwBk8AkANh8CAMqQAAAgkQAA+tcCAMYRAgA2HwIAKC4NAPQVDgA0HAEAIPEFAKiXDAAilAEANh8CAPQJCADIDgAAgn4JANh+CQAufwkAhH8JADYfAgCYCgoA7goKAEQLCgCaCwoA8AsKAEYMCgCcDAoA8gwKAEgNCgCeDQoA9AkIAOgeAAA+HwAAlB8AAOofAABAIAAAQCYDAHIOAAA2HwIAppoOAKaeEAA+SgAAlEoAAOpKAABASwAAlksAAOxLAABCTAAAmEwAAO5MAABcRgwAskYMAFpJDgCwSQ4ABkoOAFxKDgCySg4A+vEPAGTwCQA2HwIAMjMNAPxtDQByDgAAkqEBAOihAQBkngsAup4LABCfCwBm4wIAAAAAAJKhAQByDgAAOqICAJCiAgDCZQIA+tUBAHzBAQAAAAAAAAAAAAAAAAAAAAAAAAAAAH4aAwDUGgMAfMEBAAAAAAB+GgMA1BoDAIogAwAQ6QUAMIYMAIaGDADchgwAMocMAIiHDADehwwANIgMAIqIDAC6DwQAEBAEAGYQBAC8EAQAEhEEAGgRBAC+EQQAFBIEAGoSBADAEgQAFhMEAGwTBADCEwQAGBQEAG4UBABm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAHDqAwDG6gMAHOsDAHLrAwDI6wMAHuwDAHTsAwDK7AMAIO0DAHbtAwDM7QMAIu4DAH7xAwDU8QMAKvIDAIDyAwDW8gMALPMDAILzAwDY8wMALvQDAIT0AwDa9AMAMPUDAIb1AwDc9QMAMvYDAIj2AwDe9gMATisCAEAmAwBkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMADDUCAGaJAAByDgAAMCAEAIYgBADsZw4AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAJI6DgDoOg4APjsOAJQ7DgDqOw4AQDwOAJY8DgDsPA4AQj0OAJg9DgDG6gMAHOsDAIwfAgDiHwIAOCACAI4gAgBUxw4AMPcEAIb3BADc9wQAMvgEAIj4BADe+AQANPkEAIr5BACOiAsAbtQOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQBa2QAAHvgJAMyTAQBgtQIA7GcOALroBQAQ6QUAZukFALzpBQAS6gUAaOoFAL7qBQAU6wUAausFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAOgBBwA+AgcAlAIHAOoCBwBAAwcAlgMHAAoLAwBgCwMAZLMAAFYAAABmOwQAPE0CAKJxEAD4cRAAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcg4AADxNAgBaeBAAuuICAP4EAwBUBQMAqgUDAAAGAwBkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAhhgAANwYAABa2QAAKpYAAICWAADU6wAAsgkDALB4EADcxgEAMscBAIjHAQDexwEANMgBAIrIAQDE6QMAGuoDAL5ECACGVQkAKpYAAHIOAAC6+g4A3BgAAN5GAQD61QEAqlcBAOhjDQBwFQQAOqICAPrVAQA4Cw0A1OsAALIJAwC66AUAuuICABDjAgBm4wIAvOMCAIwfAgDiHwIAOCACAI4gAgA0HAEAVgAAAIyFCgCQywEAkkkAAPrVAQA4Cw0A1OsAALIJAwCSoQEA2nUEADB2BABWAAAA0j4AADxNAgCCjBAAzJMBAAw1AgBu7wYApFYCALSJAgCQpAMANh8CAJKMDADojAwAPo0MAJSNDACSoQEA6KEBAJTRAwDq0QMAfN0PAL5ECABAJgMAoBQNAEhdBwCeXQcA9F0HADYfAgD0CQgAFDkCAGaJAAC0iQIA5ssBADzMAQA2HwIA+vEPAAw1AgBw5gEAkCkGAIz+BgCSSQAANh8CAIwfAgBSZgkAqGYJAKYuAwD8LgMAIvwKAIgZAADSPgAANh8CAFrZAACw2QAApFYCAM4xEAAkMhAAVj0JAKw9CQA2HwIAnD0NAPTUAgBK1QIAqJcMAP6XDABmiQAADDUCAJKhAQA2HwIAcFAMAHpwBADQcAQAkqEBAOxnDgA0HAEAckkIAIYYAACSSQAAZokAAMJlAgDQdAYA8lwHAGTwCQBAJgMAkqEBANp1BAAwdgQAVgAAANI+AAA2HwIAkqEBANp1BAAwdgQAhnYEANx2BAAydwQAiHcEAN53BAA0eAQAingEAOB4BAA2eQQA6o0MAECODACWjgwA7I4MADYfAgCSoQEA2nUEADB2BACGdgQA3HYEADJ3BACIdwQA3ncEADR4BACKeAQA4HgEADZ5BADqjQwAQI4MAJaODADsjgwAkEoBAOZKAQDOBA8AJAUPAHoFDwCSoQEAkKQDAGSzAABmiwEA3MYBAE4nAABSZgkATisCAMqQAACQywEA5ssBADzMAQBAJgMAMkwEAOI1DQA4Ng0AjjYNAEzaBACi2gQA+NoEAE7bBACk2wQA+tsEAFDcBACm3AQAcCUMABpABAAKCwMAZLMAAGaLAQBIXQcA8j8OAJwpAwDyKQMASCoDAJ4qAwD0KgMASisDAMIRAwAYEgMAbhIDAMQSAwAaEwMAnD0NAGK+BgBwJQwAjIUKAHIOAAA6ogIATisCAJDLAQDmywEAcg4AADAgBACGIAQAnDMIACguDQCQywEAetwPAPTUAgCmPAoA/DwKAHpBAgDQQQIAppoOACaeBQB8ngUAKpYAAL5ECACSSQAA0HQGACZ1BgB8dQYA0nUGACh2BgB+dgYAQCYDAEYpAwDsUwQAQlQEAJhUBADuVAQARFUEAJpVBADwVQQARlYEAJxWBADG6gMAAmsKAFhrCgCuawoA0nUGACh2BgB+dgYAXG0KAPi7CgBOvAoA5CACAMyTAQCQywEA5ssBACASAQB4BhAANh8CALroBQCQywEA5ssBAPQFBgDCZQIA+tUBAJw9DQBivgYAuugFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAHDqAwDG6gMAHOsDAHLrAwAyMw0A/G0NAHIOAAA6ogIAkqEBAOihAQBkngsAup4LABCfCwAe+AkA/G0NAHIOAAA6ogIANh8CAJw9DQBG7Q8AvkQIADYfAgBwJQwAjIUKAJDLAQCSSQAAAAAAAAAAAAAAAAAAPE0CAAAAAAA8TQIAAAAAADxNAgAAAAAANh8CAJw9DQBG7Q8AvkQIADYfAgBwJQwAjIUKAJDLAQCSSQAAUJ4QAAAAAAA2HwIAnD0NAEbtDwC+RAgANh8CAHAlDACMhQoAkMsBAJJJAACSoQEA6KEBAJTRAwDq0QMAQNIDAJbSAwDs0gMAQtMDAKaaDgCmnhAAPkoAACASAQBWAAAAjIUKAHIOAAA6ogIATisCAJDLAQDmywEAcg4AADAgBACGIAQAIBIBAK6KBACcPQ0Awv4OAA7FCQBkxQkAusUJABDGCQDs3gkAQt8JAIieAgDi/gYAkMsBAL5ECAA2HwIAnD0NAGQXCAC6FwgAEBgIAGYYCAD61QEAOAsNADxNAgA2HwIANBwBAGi3AQBwFQQAKsMBAIKZAQAilAEATisCADYfAgCcPQ0AYr4GAE4rAgC68goANBwBADYfAgBwUAwAoFwGAPZcBgAoLg0AfN0PANLdDwBWPQkAVvUPAKz1DwByDgAANh8CAPrxDwBk8AkAAAAAAAAAAABAJgMACjYDADwJCwCSCQsA6AkLAD4KCwCOiAsAIAUQAHYFEADMBRAAVpkMAKyZDAACmgwAuugFABDpBQBm6QUAvOkFABLqBQBo6gUAen4LANB+CwAmfwsAHvgJAPxtDQByDgAAOqICAPyaDgA4Cw0AjgsNAOQLDQA6DA0AkAwNAOYMDQA8DQ0Akg0NAOgNDQAoLg0AkuoQACqWAACmmg4A4uMOAOyQDQC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAFOsFAMTpAwAa6gMAcOoDAMbqAwACawoAWGsKAK5rCgDSdQYAKHYGAHrcDwCgXAYA+tUBALroBQAQ6QUAZukFALzpBQAS6gUAaOoFAL7qBQAoQwIAfkMCANB0BgAmdQYAfHUGANJ1BgAodgYAfnYGABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQBq6wUAwOsFABbsBQBs7AUAwuwFAPQJCADoHgAAPh8AAJQfAADqHwAAQCYDAEYpAwDsUwQAQlQEAJhUBADuVAQARFUEAJpVBADwVQQARlYEAJxWBADyVgQASFcEAJ5XBAD0VwQASlgEAKBYBADG6gMAAmsKAFhrCgCuawoABGwKAFpsCgCwbAoABm0KAKYuAwD8LgMAIvwKAES7DAA0rQkA6AcKAJJJAAD61QEAppoOAOLjDgDskA0AMjMNAPxtDQByDgAAKpYAAJJJAABa2QAA8lwHAJDLAQCSeAIANh8CAHBQDAB0qAwAyqgMAMqQAAAgkQAAkMsBAObLAQD0BQYASgYGAKAGBgBmiQAADDUCAJKhAQAAAAAANh8CAJJ4AgCABA0AIpQBAOx6AgBAJgMARikDAOxTBABCVAQAmFQEAO5UBABEVQQAmlUEAHpBAgDQQQIAuugFALriAgBEwxAAmsMQAPDDEAA4DQ4AhEgDAMgOAAA0HAEAckkIABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFAHp+CwDQfgsAJn8LAB74CQCQpAMAAAAAAAAAAAAAAAAAfhoDANQaAwB8wQEAAAAAAAAAAAAAAAAAAAAAAH4aAwDUGgMAiiADABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAHDqAwDoAQcAPgIHAJQCBwDqAgcAQAMHAJYDBwA0HAEAQoEFAJiBBQDugQUARIIFAL5ECAAMNQIANh8CADQcAQCKHAEA8uULAEjmCwCe5gsANBwBAEKBBQCYgQUA7oEFAESCBQBkswAAurMAABC0AABmtAAAvLQAACDxBQC0iQIAetwPAGaJAABkFwgANBwBAEKBBQCYgQUA7oEFAESCBQCcMwgAKC4NAJDLAQB63A8A9NQCAKY8CgD8PAoAekECANBBAgCmmg4AJp4FAHyeBQAqlgAAvkQIADQcAQAy8gEAIJEAAPrXAgBQ2AIAuuICAMJlAgDQdAYA8lwHAGTwCQByDgAA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCSOg4A6DoOACy1DwDaTAUAME0FAIZNBQDcTQUAMk4FAIhOBQDeTgUANE8FAIpPBQDgTwUANlAFADYfAgCSoQEA2nUEACKUAQCSeAIANh8CAIwfAgDiHwIAOCACAPgVDQBOFg0AnD0NAGQXCAC+RAgAkMsBAObLAQByDgAAKsMBAM6DDgBE+QAAHm8FAPxtDQByDgAAOqICAFToCQCq6AkAAOkJAFbpCQCs6QkAAuoJAFjqCQCu6gkABOsJAFrrCQCcPQ0ARu0PAJCkAwA2HwIA+vEPAE4nAAA2HwIAppoOAKaeEAA+SgAAlEoAAFYAAABWPQkAjP4GAMyTAQBopA0AUmYJACqWAAC+RAgANh8CADQcAQBCgQUAmIEFAO6BBQBEggUAnDMIADIzDQD8bQ0Acg4AADqiAgAyMw0A/G0NAHIOAAA6ogIANh8CAB74CQCQpAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAo8wQAfvMEABjKCQBuygkAxMoJABrLCQBwywkAxssJABzMCQByzAkAyMwJAB7NCQB0zQkAys0JACDOCQB2zgkAzM4JACLPCQDG6gMAAmsKAFhrCgCuawoABGwKAFpsCgCwbAoABm0KAPrxDwBIXQcAnl0HAISoCADaqAgAMKkIAIapCADcqQgAMqoIADYfAgCmmg4A0HQGACZ1BgB8dQYAvkQIADYfAgD68Q8A6AcKAJCkAwByDgAAMCAEAIYgBADadQQAKEMCAHIOAAAwIAQAhiAEAChDAgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAJI6DgDoOg4APjsOAJQ7DgDqOw4AQDwOAJY8DgDsPA4AQj0OAJg9DgDuPQ4ARD4OAJo+DgDwPg4ARj8OAJw/DgDG6gMAAmsKAFhrCgCuawoABGwKAFpsCgCwbAoABm0KAPrxDwBIXQcAnl0HAISoCADaqAgAMKkIAIapCADcqQgAMqoIADYfAgCmmg4A0HQGACZ1BgB8dQYAvkQIADYfAgD68Q8A6AcKAMbqAwACawoAWGsKAK5rCgAEbAoAWmwKALBsCgAGbQoA+vEPAEhdBwCeXQcAhKgIANqoCAAwqQgAhqkIANypCAAyqggANh8CAKaaDgDQdAYAJnUGAHx1BgC+RAgANh8CAPrxDwDoBwoAkMsBAHrcDwBgtQIA6KEBAD6iAQCQpAMAKEMCAGSzAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCOygEANmQPAAKiEADKkAAAIJEAAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQAAYAUAVmAFAKxgBQACYQUAWGEFAK5hBQAEYgUAWmIFALBiBQAGYwUANBwBAEKBBQCYgQUA7oEFAESCBQAAAAAAIBIBAK6KBACcPQ0Awv4OAA7FCQBkxQkAusUJABDGCQDs3gkAQt8JAIieAgDi/gYAkMsBAL5ECAA2HwIAnD0NAGQXCAC6FwgAEBgIAGYYCAD61QEAOAsNADxNAgA2HwIANBwBAGi3AQBwFQQAKsMBAIKZAQAilAEATisCADYfAgCcPQ0AYr4GAE4rAgC68goANBwBADYfAgBwUAwAoFwGAPZcBgAoLg0AfN0PANLdDwBWPQkAVvUPAKz1DwByDgAANh8CAPrxDwBk8AkAAAAAAHgGEAAmngUAfJ4FANKeBQAonwUAfp8FANSfBQAgEgEArooEAJw9DQDC/g4ADsUJAGTFCQC6xQkAEMYJAOzeCQBC3wkAiJ4CAOL+BgCQywEAvkQIADYfAgCcPQ0AZBcIALoXCAAQGAgAZhgIAPrVAQA4Cw0APE0CADYfAgA0HAEAaLcBAHAVBAAqwwEAgpkBACKUAQBOKwIANh8CAJw9DQBivgYATisCALryCgA0HAEANh8CAHBQDACgXAYA9lwGACguDQB83Q8A0t0PAFY9CQBW9Q8ArPUPAHIOAAA2HwIA+vEPAGTwCQAAAAAAkowMAOiMDABAJgMAAAAAAAAAAAAAAAAAAAAAAAAAAAB6QQIA0EECAPQJCABKCggAoAoIANwgBAAyIQQAiCEEAN4hBAA0IgQAOA0OAAAAAAAAAAAAcg4AAAAAAAAAAAAAKPMEANYjBwAsJAcAZukFALzpBQAS6gUAaOoFAL7qBQAU6wUAxOkDABrqAwBw6gMAxuoDAAJrCgBYawoArmsKANJ1BgAodgYAfnYGAEAmAwDURwQAKkgEAIBIBADWSAQALEkEAIJJBADYSQQALkoEANKmCQAopwkAfqcJANSnCQAqqAkA9AkIAMgOAACCfgkA2H4JAC5/CQCEfwkANh8CAJw9DQBOJwAAkkkAAPrVAQA4Cw0AZLMAAGaLAQDcxgEAMscBAIjHAQDexwEANMgBAIrIAQDgyAEANskBAIzJAQDiyQEAOMoBAMqQAAAgkQAA+tcCAMYRAgA2HwIA9AkIAMgOAACCfgkA2H4JAC5/CQCEfwkAQCYDAGaJAADGEQIAkMsBAObLAQCSSQAAJp4FAHyeBQAqlgAAcg4AAFYAAABWPQkArD0JANTrAADmywEAAAAAAMqQAAAqlgAAcg4AADqiAgD61QEAOAsNANTrAACyCQMAQAsLAJYLCwDsCwsASgYGAKAGBgD2BgYATAcGAKIHBgD4BwYATggGAKQIBgD6CAYAUAkGAKYJBgD8CQYAUgoGAKgKBgD+CgYAVAsGAKoLBgAADAYAVgwGAKwMBgACDQYAWA0GAK4NBgAEDgYAWg4GALAOBgAGDwYAXA8GALIPBgAIEAYAXhAGALQQBgAKEQYAYBEGALYRBgAMEgYAZokAALyJAABclAgAspQIAL5ECAA2HwIAppoOAKaeEAA+SgAANBwBACDxBQB28QUANh8CAOzeCQBC3wkAkkkAACaeBQB8ngUAKpYAAHIOAAA2HwIAcCUMAGQlDwCsPQkANh8CAOzeCQBC3wkAAAAAAMqQAAAqlgAAcg4AADqiAgA2HwIAkqEBANp1BAB6cAQAaLcBAKBcBgD2XAYAWtkAAB74CQDMkwEAZLMAAFyUCAA2HwIAcFAMAHSoDABAJgMAZLMAALriAgD+BAMAVAUDAKoFAwAABgMAZLMAAGaLAQDcxgEAMscBAIjHAQDexwEANMgBAPhGEAA4Cw0A1OsAALIJAwBiMQAAurMAABC0AABmtAAAvLQAABK1AABAJgMAZLMAALriAgD+BAMAVAUDAKoFAwAABgMAZLMAAGaLAQDcxgEAMscBAIjHAQDexwEANMgBAPhGEAA4Cw0A1OsAALIJAwDs3gkAQt8JADzMAQCSzAEA6MwBAD7NAQCUzQEA6s0BAJKhAQDooQEAZJ4LALqeCwAQnwsAHvgJAPxtDQByDgAAOqICACqWAAC+RAgA/rwJAHAVBABiMQAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMA6IAGAD6BBgCUgQYA6oEGAECCBgCWggYA7IIGAEKDBgDURwQAKkgEAIBIBADWSAQALEkEAIJJBADYSQQALkoEAIRKBADaSgQAMEsEAIZLBADcSwQAcOYBAMbmAQAc5wEAcucBAMjnAQDOJQoAJCYKAHomCgDQJgoAJicKAHwnCgDSJwoAKCgKAH4oCgDUKAoAKikKAIApCgDWKQoALCoKAIIqCgDYKgoALisKAIQrCgDaKwoAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMA6IAGAD6BBgCUgQYA6oEGAECCBgCWggYA7IIGAEKDBgCWJgMA7CYDAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQAAYAUAVmAFAKxgBQACYQUAWGEFAK5hBQDoHgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAJI6DgDoOg4APjsOAJQ7DgDqOw4AQDwOAJY8DgDsPA4AQj0OAJg9DgDuPQ4ARD4OAJo+DgDwPg4ARj8OAJw/DgBwJQwAoBALAPYQCwBMEQsAohELAPgRCwBOEgsApBILAPoSCwBQEwsAphMLAPwTCwBSFAsAqBQLAP4UCwBUFQsAqhULAAAWCwBWFgsArBYLAAIXCwBYFwsArhcLAKYuAwD8LgMAIvwKAES7DAA0rQkA6AcKAJJJAAD61QEAppoOAOLjDgDskA0AMjMNAPxtDQByDgAAkkkAADYfAgBa2QAAzkACAOiSDwA+kw8AkowMAOiMDAA+jQwAlI0MAHAlDACMhQoAcg4AACrDAQCCmQEADDUCAJKhAQDsZw4AppoOAOLjDgDskA0AuugFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFAHp+CwDQfgsAJn8LAKaaDgCmnhAAPkoAAOzeCQBC3wkAPMwBAJLMAQDozAEAPs0BAPQJCADoHgAAPh8AAJQfAADqHwAAQCAAAET5AAD4QA0AuugFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAKyVCgDGUAwAHFEMAAw1AgBu7wYAxO8GABrwBgBw8AYAhhgAADYfAgD0CQgAeLAPAM6wDwDCZQIAzJMBAHpwBABySQgA8lwHAOgHCgCSSQAA+tUBADgLDQDU6wAAsgkDAKofEADQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgBcbQoAsm0KAAhuCgBebgoAtG4KAApvCgBgbwoAtm8KAAxwCgBicAoAuHAKAA5xCgBkcQoAunEKAPQJCADoHgAAPh8AAJQfAADqHwAAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCmLgMA/C4DACL8CgB4/AoAzvwKACT9CgB6/QoA0P0KAIwfAgBSZgkAqGYJAP5mCQD68Q8AkMsBADYfAgAoLg0Afi4NAJDLAQDmywEAiJ4CAJJJAABKVAIAkMsBAJCkAwA2HwIAfMEBAMqQAAAgkQAA+tcCAMYRAgCSOg4A6DoOAD47DgCUOw4A6jsOAEA8DgCWPA4A7DwOAEI9DgCYPQ4A7j0OAEQ+DgCaPg4A8D4OAEY/DgCcPw4AbvUJAPDgCQBM5AkAouQJAPjkCQBO5QkAxuoDAAJrCgBYawoArmsKAARsCgBabAoAsGwKAAZtCgD68Q8ASF0HAJ5dBwCEqAgA2qgIADCpCACGqQgA3KkIADKqCAA2HwIAppoOANB0BgAmdQYAfHUGAL5ECAA2HwIA+vEPAOgHCgDUdgYAKncGAIB3BgDWdwYA8j8OAEhADgCeQA4A9EAOAEpBDgCgQQ4A9kEOAExCDgCiQg4A+EIOAMbqAwACawoAWGsKAK5rCgDSdQYAKHYGALbJDADoHgAAhFAHAOxnDgCM/gYAkkkAANB0BgDyXAcAZPAJAJJJAADQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgDUdgYAKncGAIB3BgDWdwYAKpYAAICWAADU6wAAsgkDAPorAgDQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgDUdgYAKoUNAICFDQDWhQ0ALIYNAIKGDQDYhg0ALocNAMgOAACCfgkA2H4JAC5/CQCEfwkASlQCAEhdBwCeXQcA9F0HACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAQCYDAC5WCgCAlgAA1OsAALIJAwCGGAAA3BgAAOQDCQA6BAkAkAQJAOYECQA8BQkAkgUJAKRWAgD01AIAStUCAKiXDAD+lwwAZokAAAw1AgCSoQEANh8CAKaaDgDQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgBcbQoABnMNADrXBwCQ1wcA5tcHADzYBwCS2AcA6NgHAD7ZBwCU2QcAnD0NAE4nAACSSQAA+tUBADgLDQD0CQgA6B4AAIRQBwDsZw4AjP4GAJJJAADQdAYA8lwHAGTwCQA2HwIAjogLACAFEAB2BRAAzAUQAIRIAwAo/woAfv8KANT/CgAqAAsAgAALANYACwAcxgYAcsYGAMjGBgAexwYAdMcGAMrHBgAgyAYAdsgGAMzIBgAiyQYA/OAGAFLhBgCo4QYA/uEGAFTiBgCq4gYAypAAAJDLAQCQywEA5ssBAIYYAACSSQAANh8CAKaaDgDi4w4ASF0HAIyFCgCSoQEA6KEBAD6iAQCQpAMAQCYDAAAAAAA2HwIAppoOAFxdAgCyXQIACF4CADgNDgD0CQgATmwNAMyTAQCgXAYAZokAAAw1AgCSoQEA7GcOAPQJCADoHgAAPh8AAJQfAADqHwAAQCAAAISkBgA2HwIAjB8CAOo5DQBAOg0AljoNAKaaDgDQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgBAJgMApi4DAPwuAwAi/AoAnD0NAPTUAgBK1QIAqJcMAP6XDABmiQAADDUCAJKhAQDsZw4A9AkIAOgeAAA+HwAAlB8AAOofAABAIAAANBwBAAAAAABWAAAAZLMAAGaLAQDcxgEAMscBAIjHAQDexwEANMgBAIrIAQDE6QMAGuoDAOiABgAwNA4AhjQOANw0DgCQywEANK0JAMQqDwDoeAIAgJYAAFxGDACyRgwAkMsBAObLAQD0BQYASgYGAKAGBgBmiQAADDUCAJKhAQDsZw4AKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAgkQAAhhgAAJCkAwBAJgMAkkkAAGSzAABWAAAAZLMAAGaLAQDcxgEAMscBAIjHAQDexwEANMgBAIrIAQDE6QMAGuoDAE4nAABg3gEAtt4BAAzfAQBkswAAZosBANzGAQAyxwEAkMsBAObLAQC2XwIAgLYQAHIOAADoHgAAavMJAMDzCQAW9AkAbPQJAML0CQAY9QkAPoEGAJSBBgDqgQYAQIIGAJaCBgDsggYAQoMGAIRIAwDIDgAAgn4JANh+CQAufwkAhH8JADYfAgCOiAsAIAUQAHYFEADMBRAA8j8OAEhADgA4aREAjmkRAORpEQA6ahEAkGoRAOZqEQA8axEAkmsRAOhrEQA+bBEAZhAEALwQBAASEQQAaBEEAL4RBAAUEgQAahIEAMASBAAyMw0A/G0NAHIOAAAMNQIAbu8GAMTvBgAa8AYAcPAGAMbwBgC2yQwAPnUAAPTUAgBK1QIAqJcMAP6XDABmiQAADDUCAJKhAQBmiQAATicAAJJ4AgC8FgcAcOYBAHIOAABiMQAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMA6IAGADA0DgCGNA4A3DQOADYfAgA0HAEAIPEFAJCkAwA2HwIAkowMAOiMDAA+jQwAlI0MAAw1AgCwIhAAnD0NAPTUAgBK1QIAqJcMAP6XDABmiQAADDUCAJKhAQC66AUAEOkFADCGDACGhgwA3IYMADKHDACIhwwA3ocMADSIDACKiAwA4IgMADaJDACOiAsAcg4AADqiAgCQogIADDUCAJKhAQDadQQAcBUEABQ5AgDYBQ0AcFAMAFYAAAC8iQAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMA6IAGADA0DgCGNA4A3DQOAJYmAwDsJgMAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBAAw1AgDcXw4A8lwHAJJJAAByDgAAOqICACaeBQC6TA0AzjEQADYfAgCMHwIAkMsBADStCQA0HAEANh8CAHzBAQBE+QAAQCYDAEYpAwC6swAAELQAAGa0AAC8tAAAErUAAGi1AAAyMw0AiDMNAN4zDQA0NA0A7N4JAFxGDACyRgwANh8CAPrxDwDoBwoAkkkAADYfAgD68Q8ATicAADYfAgCcPQ0A9NQCAErVAgColwwA/pcMAGaJAAAMNQIAkqEBAOxnDgAMNQIAbu8GAMTvBgAa8AYAcPAGAMbwBgC2yQwANh8CAKaaDgDi4w4A7JANAKaaDgBmiQAAQt0IAJJ4AgA2HwIAppoOAEbtDwCQpAMANh8CAPrxDwBOJwAANh8CAKaaDgCmnhAAPkoAAJRKAADqSgAAKpYAAL5ECAA2HwIADDUCAG7vBgDE7wYAGvAGAHDwBgDG8AYAkqEBAGaJAABAzgEAOqICANB0BgBkswAAcg4AAOgeAABmiQAAtIkCAGSzAABclAgAPE0CAKJxEAD4cRAAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcg4AADxNAgBaeBAAsHgQANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMA6IAGADA0DgCGNA4A3DQOAAAAAABWAAAAVj0JAFb1DwByDgAA6B4AAGaJAAC0iQIAZLMAAFyUCABWAAAA2EUCADxNAgCicRAA+HEQAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHIOAAA8TQIAWngQALB4EADcxgEAMscBAIjHAQDexwEANMgBAIrIAQDE6QMAGuoDAOiABgAwNA4AhjQOANw0DgCSoQEA2nUEAPTUAgDMkwEAIpQBAE4rAgBkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMADMYKAOgeAAA+HwAA1OsAALIJAwBAJgMAkkkAACaeBQC6TA0AWocCAHIOAABWAAAAjIUKAJDLAQCSSQAAQCYDAJJJAAAmngUAukwNAFqHAgByDgAAVgAAAIyFCgCQywEAkkkAAEAmAwAuVgoAgJYAANTrAACyCQMA1EcEACpIBACASAQA1kgEACxJBACCSQQA2EkEAOq0CgDaLQsAMC4LAIYuCwDcLgsAMi8LAIgvCwDeLwsANDALAIowCwDgMAsANjELAIwxCwDiMQsAODILAI4yCwDkMgsAOjMLAJAzCwDmMwsAPDQLAJI0CwDyPw4ASEAOAJ5ADgD0QA4ASkEOAKBBDgD2QQ4ATEIOAKJCDgD4Qg4ATkMOAKRDDgD6Qw4AUEQOAKZEDgD8RA4AOGkRAI5pEQDkaREAhhgAACASAQB4BhAANh8CALroBQAQ6QUAZukFALzpBQAS6gUAaOoFAL7qBQB6fgsA0H4LACZ/CwD0CQgA6B4AAD4fAACUHwAA6h8AAC5KBACESgQA2koEADBLBACGSwQA3EsEAOD5BAA2+gQAjPoEAChDAgB+QwIAJp4FALpMDQBahwIAcg4AAFYAAACMhQoAkMsBAJJJAAA8TQIAWngQALB4EADcxgEAMscBAIjHAQDexwEANMgBAIrIAQDE6QMAGuoDAOiABgAwNA4AhjQOANw0DgAyNQ4AiDUOAN41DgA0Ng4AijYOAOA2DgA2Nw4AjDcOAOI3DgA4OA4AjogLACAFEAB2BRAAzAUQALQKAwC64gIARMMQAJrDEADwwxAARsQQAJzEEADyxBAASMUQAJ7FEAAEtgQAWrYEALC2BAAGtwQAXLcEALK3BAAIuAQAXrgEALS4BAAKuQQAYLkEALa5BAAMugQAYroEALi6BAAOuwQAZLsEALq7BAAQvAQAZrwEALy8BAASvQQAaL0EAL69BAAUvgQAar4EALJtCgC64gIARMMQAJrDEADwwxAARsQQAJzEEADyxBAASMUQAJ7FEABGKQMA7FMEAEJUBACYVAQA7lQEAERVBACaVQQAkkkAANB0BgAmdQYAfHUGANJ1BgAodgYAfnYGANR2BgAqdwYAgHcGANZ3BgCmLgMAKpYAAFrZAABkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMA6IAGADA0DgCGNA4A3DQOAGTwCQDcGAAABEMLAFpDCwBmiQAA9NQCAErVAgColwwA/pcMAGaJAAAMNQIAkqEBAOxnDgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHIOAAA+dQAA9NQCAErVAgColwwA/pcMAGaJAAAMNQIAkqEBAOxnDgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAKYuAwD8LgMAIvwKAJw9DQBaHg4A2nUEAPTUAgCmPAoAkowMAOiMDAAEQwsAWkMLAHIOAAA2HwIAjB8CAOo5DQBAOg0AljoNAOw6DQBwUAwAxlAMABxRDACQpAMA5qQDADylAwCQywEANh8CALroBQC6swAAypAAAHIOAAA6ogIA+tUBADYfAgCSjAwA6IwMAARDCwBaQwsAnD0NAPTUAgBK1QIAqJcMAP6XDABmiQAADDUCAJKhAQBkswAAZLMAAIrSBgDg0gYANtMGAIzTBgA8zAEANh8CAFrZAAAe+AkAzJMBAGC1AgDsZw4AjogLAHIOAAA6ogIAkKICAAw1AgCSoQEA2nUEAHAVBAAUOQIAzJMBACKUAQBOKwIANh8CAJw9DQBivgYAuugFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAHDqAwDG6gMAHOsDAHLrAwDI6wMASgoIAKAKCAD2CggATAsIAKILCAD4CwgATgwIAKQMCACmmg4AZLMAAFYAAAAAAAAAzJMBAFYAAAA2HwIAuugFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAHDqAwDG6gMAHOsDAHLrAwCmmg4App4QAD5KAAAyMw0A/G0NAHIOAAA6ogIAppoOANB0BgAmdQYAfHUGANJ1BgAodgYAfnYGAFxtCgD4uwoATrwKAOQgAgDMkwEAkMsBAObLAQD68Q8ASF0HAJ5dBwD0XQcANh8CAKaaDgBkswAAVgAAADYfAgC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAFOsFAMTpAwAa6gMAcOoDAFrZAADMkwEAoFwGAOhJAAA2HwIAMjMNAPxtDQByDgAAOqICADYfAgCSSQAAZLMAAFYAAAA2HwIAcCUMAJBKAQDmSgEA9NQCAMyTAQC+RAgAfN0PAICWAABAJgMAMkwEAOI1DQA4Ng0AjjYNALQKAwBcDQUAvIsBABKMAQAAAAAAxhECAAAAAAAAAAAAAAAAAGaJAABOJwAAcg4AADAgBACGIAQAnDMIAPIzCABINAgAnjQIAPQ0CABKNQgAoDUIAPY1CABQnhAATCwDAGSzAABWAAAANh8CAHAlDACQSgEA5koBAPTUAgDMkwEAvkQIAHzdDwCAlgAAQCYDADJMBADiNQ0AODYNAI42DQC0CgMAXA0FALyLAQASjAEAAAAAAMYRAgAAAAAAAAAAAAAAAABmiQAATicAAL5ECAAURQgAzjEQAJJJAADQdAYA9NQCAKY8CgD0CQgA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAsN8DAAbgAwBc4AMAypAAACCRAABeBgEA9NQCAErVAgColwwA/pcMAGaJAAAMNQIAkqEBAOxnDgD68Q8AkMsBADYfAgAoLg0A9BUOAEoWDgCgFg4A9hYOAEwXDgCiFw4A+BcOAE4YDgCkGA4A+hgOAFAZDgCmGQ4AvkQIAHIOAAA2HwIA9AkIAOgeAAA+HwAAlB8AAOofAABAIAAAliAAALDfAwAG4AMAXOADAMqQAAAgkQAAXgYBAPTUAgBK1QIAqJcMAP6XDABmiQAADDUCAJKhAQDsZw4A+vEPAJDLAQA2HwIAKC4NAPQVDgBKFg4AoBYOAPYWDgBMFw4AohcOAPgXDgBOGA4ApBgOAPoYDgBQGQ4AphkOADYfAgD0CQgA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAsN8DAAbgAwBc4AMAypAAACCRAABeBgEA9NQCAErVAgColwwA/pcMAGaJAAAMNQIAkqEBAOxnDgD68Q8AkMsBADYfAgAoLg0A9BUOAEoWDgCgFg4A9hYOAEwXDgCiFw4A+BcOAE4YDgCkGA4A+hgOAFAZDgCmGQ4AUJ4QANRHBABSZgkAqGYJAP5mCQCSjAwA6IwMAD6NDACUjQwA6o0MAECODACWjgwA7I4MAAAAAABmiQAAQt0IAJjdCADadQQAQCYDAJDLAQB63A8AIpQBAE4rAgC68goAgJYAANTrAACyCQMAKpYAADQcAQBkswAAuuICALyJAABclAgAspQIAHIOAADoHgAAPh8AAJQfAADqHwAAQCAAAObLAQCAlgAA1OsAALIJAwBw5gEAcg4AAEAmAwCESAMAKP8KAH7/CgDU/woAKgALAIAACwDWAAsAOA0OAEYpAwDsUwQAQlQEAJhUBADuVAQARFUEAJpVBAB6fgsA0H4LAKhoCgD+aAoAVGkKANJ1BgAodgYAfnYGAFxtCgCmmg4A4uMOAL5ECAB83Q8AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAEwsAwCmnhAAPkoAAKqxAwAAsgMAVrIDAKyyAwACswMAWLMDAK6zAwAEtAMAnD0NAPTUAgBK1QIAqJcMAP6XDABmiQAADDUCAJKhAQDsZw4AuugFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAHDqAwCcPQ0AwmUCAIaKDgCmnhAAzJMBAHAVBADGFQQANBwBAIocAQA0HAEAckkIAIYYAADgWQoANloKAIxaCgD4FQ0AThYNADQcAQAg8QUAtIkCAJJ4AgDoeAIAvkQIADYfAgAoLg0AfN0PAGaJAACIMw0A3jMNADQ0DQCKNA0A4DQNADY1DQCMNQ0ABPMNAEbtDwC+RAgANh8CAHBQDAB0qAwAyqgMAEI7DQB+Lg0AcBUEAD51AAAMNQIAkqEBAOxnDgC+RAgANh8CAMqQAAAgkQAAkkkAANB0BgBgtQIANh8CAKaaDgDQdAYAJnUGAHx1BgC+RAgANh8CAOzeCQBC3wkAkkkAACaeBQCSoQEA2nUEADB2BABuQQUAZLMAADxNAgBaeBAAsHgQANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMA6IAGADA0DgCGNA4A3DQOAIKMEADoHgAAPh8AAJQfAADqHwAAQCAAAL5ECAB83Q8AZokAAGQXCABAJgMAhlUJAFrZAACGGAAAQCYDAB74CQD8bQ0Acg4AADqiAgCSoQEA6KEBAHRQCwDKUAsAIFELAHZRCwBWPQkArD0JANTrAACyCQMAoBQNAEhdBwCeXQcA9F0HADYfAgDKkAAAIJEAAPrXAgDGEQIANh8CAPQJCADIDgAAgn4JANh+CQAufwkA9AkIAHiwDwDOsA8AwmUCAMqQAAByDgAANh8CAB74CQDYBQ0AjP4GAJJ4AgDoeAIAvkQIAIZVCQBIXQcAnl0HAISoCADaqAgAMKkIAIapCADcqQgAMqoIAIiqCADeqggANKsIAIqrCADgqwgANqwIAIysCADirAgAOK0IAI6tCADkrQgAOq4IAJCuCADmrggAPK8IALK/CAAIwAgAXsAIALTACAC+RAgANh8CAPrxDwDoBwoAkkkAADYfAgBa2QAAzkACAKiXDACgXAYA0HQGACKUAQBOKwIANh8CAIwfAgDqOQ0AkMsBADYfAgD68Q8ASF0HAJ5dBwCEqAgA2qgIADCpCACGqQgA3KkIAKw9CQCkVgIAwmUCANB0BgDyXAcAZPAJAJJJAADQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgDUdgYAKoUNAICFDQDWhQ0ALIYNAIKGDQDYhg0ALocNAKwxAwAy8gEAkkkAAGaJAADCZQIA+tUBAPrxDwBIXQcAnl0HAISoCADaqAgAMKkIAIapCADcqQgAMqoIADYfAgCmmg4A0HQGACZ1BgB8dQYAvkQIADYfAgD68Q8A6AcKAJJJAAB6QQIAypAAACCRAABeBgEAtAYBAAoHAQBgBwEAtgcBAAwIAQBiCAEANBwBAIocAQDy5QsA/rwJAGb5DQCQpAMANh8CALroBQAQ6QUAMIYMACCRAACSSQAA+tUBAEwsAwDQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgBcbQoAWtkAAM5AAgColwwAoFwGANB0BgAilAEATisCADYfAgCMHwIA6jkNAJDLAQA2HwIA9NQCAErVAgCg1QIA9tUCAB74CQD8bQ0Acg4AADqiAgCQogIA9NQCAErVAgColwwA/pcMAGaJAAAMNQIAkqEBADrXBwAAAAAAkqEBAEAmAwCmLgMA/C4DACL8CgAyMw0A/G0NAHIOAAA6ogIAcg4AADYfAgCcPQ0A9NQCAErVAgColwwA/pcMAGaJAAAMNQIAkqEBAOxnDgBwUAwAxlAMABxRDADgXQwANl4MAIxeDABwJQwAjIUKAOKFCgCWJgMA7CYDAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQAAYAUAkMsBAObLAQD0BQYAwmUCAPrVAQD0CQgA6B4AAHIOAAAqwwEAgpkBAPJcBwCSoQEAkqEBADYfAgAyMw0A/G0NAHIOAAA6ogIARPkAAPhADQAo8wQAppoOACaeBQB8ngUAKpYAAL5ECAA2HwIAjB8CAOo5DQCQywEANh8CAAAAAADKkAAAKpYAAICWAACQpAMANh8CAIwfAgDiHwIAOCACAI4gAgCGGAAA3BgAAARDCwBaQwsAcg4AAE4nAABg3gEAtt4BAAzfAQB83Q8AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAJI6DgDoOg4AMIYMAIaGDADchgwAMocMAIiHDADehwwANIgMAIqIDADs3gkAQt8JAPQFBgBKBgYAoAYGADYfAgCcPQ0ARu0PAJCkAwA2HwIAuugFABDpBQBm6QUAuHoPAA57DwC8iQAADsUJADYfAgBwJQwAjIUKAMyTAQAilAEAwmUCAHIOAABAJgMApi4DAPwuAwAi/AoAePwKAOgeAAA+HwAAlB8AAOofAABAIAAAhKQGADYfAgCcPQ0A9NQCAErVAgColwwA/pcMAGaJAAAMNQIAkqEBAOxnDgCMHwIA6jkNAJDLAQA2HwIAuugFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAcg4AAOgeAAA+HwAAlB8AAOofAABAIAAAhKQGANqkBgA+HwAA1OsAALIJAwDoHgAAPh8AANTrAACyCQMA8j8OAEhADgCeQA4A9EAOAEpBDgCgQQ4A9kEOAExCDgCiQg4A+EIOAChDAgCQywEA5ssBALZfAgCAthAAcg4AAOgeAABCkQ0AaGMCAMz3CAAi+AgANh8CAPQJCADoHgAAPh8AAJQfAADqHwAAZLMAAJJ4AgAe+AkA/G0NAOgHCgByDgAA6B4AALzMDADI0gwAkMsBAHrcDwD01AIApjwKAPw8CgA8TQIAonEQAICWAADU6wAAsgkDADxNAgCGGAAAKpYAAJJJAABa2QAA8lwHAJDLAQCSeAIA6HgCAICWAADU6wAAsgkDAPI/DgBIQA4AvIsBABKMAQD0GRAAAAAAAAAAAAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAEAmAwBGKQMA7FMEAEJUBACYVAQA7lQEAERVBACaVQQA8FUEAEZWBACcVgQA8lYEAEhXBACeVwQA9FcEAEpYBACgWAQAppoOAKaeEAA+SgAAjogLAOSICwC+RAgAVgAAAIyFCgDMkwEAIpQBAFiIAwA2HwIAypAAAJDLAQCSoQEAQCYDAGgJAAAe+AkAdPgJAMr4CQC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAen4LANB+CwAmfwsAppoOAKaeEAA+SgAAcL8DAPQVDgDcVQkAMlYJAIhWCQDeVgkADpoJACguDQAURQgAKpYAADQcAQCKHAEAcL8DAPQVDgDcVQkAMlYJAIhWCQDeVgkADpoJACguDQAURQgAKpYAADQcAQCKHAEA4BwBADYfAgDs3gkAXEYMALJGDABaSQ4AsEkOAAZKDgBcSg4AKpYAAICWAAA0HAEAaLcBAHAVBAAqwwEAgpkBAPJcBwBk8AkANh8CACguDQB83Q8AhhgAAChwAwAqlgAAvkQIADYfAgBa2QAAHvgJAMyTAQBgtQIA7GcOAKaaDgAmngUAkKQDAMyTAQAilAEATisCADYfAgCmmg4A4uMOAOyQDQC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAen4LANB+CwAmfwsAppoOAKaeEAA+SgAAcL8DAPQVDgDcVQkAMlYJAIhWCQDeVgkADpoJACguDQAURQgAKpYAADQcAQCKHAEAKC4NAJLqEADo6hAAPusQAJTrEADq6xAAQOwQALroBQAQ6QUAZukFALzpBQAS6gUAaOoFAL7qBQB0IQkA8lwHADrXBwCSeAIA6HgCAICWAADmywEAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBADJMBADiNQ0AODYNAI42DQAkrQ0AHvgJAMyTAQBgtQIA7GcOAIwfAgCkJwAAkkkAAGSzAABclAgAzJMBACKUAQBOKwIANh8CAPQJCADoHgAAPh8AAJQfAADqHwAAQCAAAJYgAACcPQ0AzjEQAMyTAQA2HwIA9NQCAKY8CgD8PAoAtskMAIKZAQDyXAcAZPAJAEAmAwDMkwEAYLUCAOxnDgCGGAAA3BgAAN5GAQBOJwAA6jkNAEA6DQCWOg0A7DoNALbgAgCAlgAA1OsAALIJAwB8wQEAUBEKAKYRCgD8EQoAUhIKAKgSCgD+EgoAAAAAAH4aAwDUGgMAkowMAOiMDAAyGQAARNoGAJraBgBqSwsAwEsLABZMCwCMHwIAUmYJAKhmCQD+ZgkA+vEPAJDLAQA2HwIAKC4NAH4uDQCQywEA5ssBAIieAgCSSQAASlQCAJDLAQCOiAsA5IgLADqJCwCQiQsA5okLAAAAAAD01AIAStUCALSJAgAAAAAAkMsBAFxGDACyRgwAAAAAAL5ECACGVQkA3FUJADJWCQCIVgkA3lYJAOKDCQA4hAkAjoQJAOSECQA61wcAkngCAOh4AgCSSQAAhhgAANwYAADeRgEATicAAOo5DQBAOg0AljoNAOw6DQC24AIAgJYAANTrAACyCQMAPE0CAIKMEADIDgAAgn4JAOqNDABSZgkAcAAPAOx6AgA2HwIAnD0NAGK+BgD01AIAStUCAKDVAgDadQQAvkQIADYfAgAoLg0A9BUOANxVCQAyVgkAiFYJAN5WCQAOmgkAjogLAOSICwD01AIAzJMBAJDLAQA0rQkAZPAJADQcAQBySQgAhhgAAFrZAADyXAcAkMsBAJJ4AgCABA0AIpQBAE4rAgA2HwIAuugFABDpBQBm6QUAuHoPAA57DwBkew8AunsPABB8DwBmfA8ANh8CAOzeCQBcRgwAskYMAAhHDABeRwwAtEcMAApIDABmTw4AvE8OACaeBQC6TA0AwmUCAPrVAQBOKwIANh8CAHBQDAB0qAwAyqgMAI6ICwDMkwEAoFwGAOhJAAA+SgAAqrEDADYfAgCSjAwA6IwMAD6NDACUjQwA7N4JAFxGDACyRgwAWkkOALBJDgAGSg4AXEoOALJKDgD68Q8AkMsBADYfAgA0HAEAaLcBAHAVBABiMQAAZosBANzGAQBOJwAAUmYJAE4rAgDKkAAAkMsBAObLAQCQywEA5ssBAPQFBgDCZQIA+tUBACguDQD0FQ4A3FUJADJWCQCIVgkA3lYJAA6aCQBwJQwAkEoBAOZKAQD01AIAzJMBAL5ECAB83Q8A8lwHAPJcBwCSSQAAkqEBAOxnDgByDgAAKsMBADYfAgAoLg0A9BUOANxVCQAyVgkAiFYJAN5WCQAOmgkAkowMAOiMDAA+jQwAlI0MAOqNDABAjgwAlo4MAOyODAAoLg0A9BUOANxVCQAyVgkAiFYJAN5WCQAOmgkAjogLAOSICwC+RAgAVgAAAIyFCgDMkwEAIpQBAIz+BgDi/gYAOP8GAI7/BgDk/wYAOgAHAJAABwDmAAcAPAEHAJIBBwDMkwEAZokAAELdCAA2HwIAppoOAGSzAABWAAAAQCYDADYfAgA2ZA8AAqIQALroBQAQ6QUAZukFALzpBQAS6gUAaOoFAL7qBQBE+QAAAAAAACjzBABA6g8A6jkNAJDLAQCSSQAA0HQGAPTUAgCmPAoAhFAHAJCkAwA2HwIA7N4JAELfCQCY3wkA7t8JAETgCQCa4AkANh8CAHBQDABGKQMA7FMEAEJUBACYVAQA7lQEAERVBACaVQQA8FUEAEZWBACcVgQA8lYEAEhXBACeVwQA9FcEAEpYBACgWAQAMkwEAIz+BgDi/gYAOP8GAI7/BgDk/wYAOgAHAJAABwDmAAcAPAEHAJIBBwCmLgMA/C4DAKy6BwA2ZA8AKpYAAKpXAQDoYw0AcBUEADqiAgDQdAYAIpQBAE4rAgA2HwIAKC4NAPQVDgA0HAEAIPEFAKiXDAB0IQkAyiEJACAiCQB2IgkAzCIJACIjCQB4IwkAziMJACQkCQB6JAkA0CQJACYlCQB8JQkA0iUJACgmCQB+JgkA1CYJAJDLAQDmywEAtl8CAIC2EAByDgAA6B4AAHzBAQCSSQAAZLMAAFYAAABAJgMAAAAAAJKhAQByDgAAQCYDAAAAAADKkAAAIJEAAPrXAgDGEQIAQCYDAAAAAAAMNQIAkqEBAOxnDgCmmg4A4uMOAOyQDQC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAen4LANB+CwAmfwsAppoOAGSzAABWAAAAQCYDAAAAAACSoQEAcg4AAEAmAwAAAAAA9AkIACrDAQCAwwEAQCYDAAAAAACGGAAAhhgAACqWAACM/gYAkkkAANB0BgDyXAcAZPAJADYfAgDs3gkAQt8JAJjfCQDu3wkAROAJAJrgCQCuvwkAkkkAANB0BgAmdQYAfHUGAL5ECACGVQkA6AcKAAAAAACSSQAAkkkAAFYAAABkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMAbC0RAIyFCgDihQoAOIYKAET5AAAebwUA/G0NAHIOAAA6ogIAzoMOAOzeCQBC3wkA9AUGAEoGBgCgBgYANh8CACguDQAURQgAxFcQABpYEAAMNQIAZokAAEDOAQDoHgAA9AkIAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAJw9DQDCZQIAypAAAJKhAQC+RAgANh8CAJKMDADojAwAPo0MAJSNDAC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAen4LANB+CwAmfwsAkMsBAObLAQC2XwIAgLYQAHIOAADoHgAAfN0PAICWAADU6wAAsgkDACqWAACAlgAA1OsAAHpRCgDQUQoAMhkAAAAAAAAAAAAAAAAAAH4aAwDUGgMAiiADABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAHDqAwDoAQcAPgIHAJQCBwDqAgcAQAMHAJYDBwAAAAAAAAAAAH4aAwDUGgMAiiADABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAHDqAwDoAQcAPgIHAJQCBwDqAgcAQAMHAJYDBwBa2QAAzJMBACKUAQAqlgAAgJYAANTrAACyCQMAAAAAAAAAAAAAAAAAAAAAAAAAAACGGAAAKpYAAJJJAAA8TQIAWngQALB4EADcxgEAMscBAIjHAQDexwEANMgBAPhGEABORxAApEcQAPpHEABQSBAApkgQAPxIEABSSRAAkjoOAOg6DgA+Ow4AlDsOAOo7DgBAPA4AljwOAOw8DgBCPQ4AmD0OAO49DgBEPg4Amj4OAPA+DgBGPw4AnD8OAPJcBwByDgAANh8CAI6ICwAgBRAAdgUQAMwFEAAAAAAAAAAAAAAAAAD61QEAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQAAAAAAAAAAAAAAAACqVwEA6GMNAPJcBwBk8AkANh8CAOzeCQBC3wkAmN8JAO7fCQBE4AkAAAAAACqWAACAlgAADDUCAMyTAQAilAEA7HoCAJLqEAAgkQAATisCAHIOAAA+dQAAkMkAAE4nAAAMNQIAZokAAJDJAAA2HwIAnD0NAAw1AgBOKwIAuvIKAIRQBwDsZw4AHvgJAIYYAAAqlgAAqlcBAOhjDQAAAAAAhhgAADYfAgDs3gkAQt8JAB74CQDKkAAAcg4AAD51AABkFwgAcg4AACrDAQCCmQEA8lwHAGTwCQAqlgAA7N4JAHrcDwBopA0AUmYJAMqQAACSSQAAZokAAMJlAgAAAAAA8lwHADYfAgDs3gkAQt8JAIieAgDengIAcg4AAD51AABkFwgAhhgAANwYAABAJgMALlYKAIRWCgDaVgoAMFcKAIZXCgDcVwoAMlgKAIhYCgDeWAoANFkKAIpZCgAqlgAAjP4GAOL+BgA4/wYAjv8GAOT/BgA6AAcAkAAHAOYABwA8AQcAkgEHAIwfAgDiHwIAOCACAI4gAgBi3wEARikDAOxTBABCVAQAmFQEAO5UBABEVQQAmlUEAPBVBABGVgQAnFYEAPJWBABIVwQAnlcEAPRXBABKWAQAoFgEAIwfAgDiHwIAOCACAI4gAgBi3wEARikDAOxTBABCVAQAmFQEAO5UBABEVQQAmlUEAPBVBABGVgQAnFYEAPJWBABIVwQAnlcEAPRXBABKWAQAoFgEADYfAgCmmg4A0HQGACZ1BgB8dQYAvkQIADYfAgD68Q8A6AcKANB0BgAmdQYAfHUGAL5ECAA2HwIA+vEPAOgHCgA2HwIAuugFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQBq6wUAwOsFABbsBQBs7AUAwuwFAIKMEADIDgAAgn4JANh+CQAufwkAhH8JAJJJAADQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgDUdgYAKoUNAICFDQDWhQ0ALIYNAIKGDQDYhg0ALocNAMbqAwACawoAWGsKAK5rCgAEbAoAWmwKALBsCgAGbQoApi4DAPwuAwAi/AoAePwKAM78CgAk/QoAev0KAND9CgCMHwIAUmYJAKhmCQD+ZgkA+vEPAJDLAQA2HwIAKC4NAH4uDQCQywEA5ssBAIieAgCSSQAASlQCAJDLAQBoYwIAQt0IAOxnDgCAlgAA1OsAALIJAwDyXAcA8lwHAJKhAQA2HwIAppoOANB0BgAmdQYAfHUGAL5ECAA2HwIA+vEPAOgHCgCSSQAANh8CAFrZAAAe+AkAzJMBAGC1AgDsZw4AWtkAAM5AAgColwwAoFwGANB0BgAilAEATisCADYfAgCMHwIA6jkNAJDLAQA2HwIAnD0NAEbtDwCc7Q8A+vEPAEhdBwCeXQcA9F0HADYfAgC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAFOsFAMTpAwBwUAwAdKgMAMqoDACSjAwA6IwMAD6NDACUjQwAYiIOALgiDgAOIw4AZCMOALojDgAQJA4AZiQOALwkDgB6QQIA0EECAOzeCQBC3wkAAAAAAMqQAAAqlgAAcg4AADqiAgA2HwIAppoOANB0BgAmdQYAfHUGAL5ECAA2HwIA+vEPAOgHCgCSSQAANh8CAJw9DQBOJwAAkkkAAPrVAQA4Cw0A7GcOAICWAADU6wAAsgkDAKofEADQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgCAqgoA1qoKACyrCgCCqwoA2KsKAC6sCgCErAoA2qwKADCtCgCGrQoA3K0KAET5AABa2QAAzkACAKiXDACgXAYApiwCAJDLAQDmywEA9AUGAMJlAgD61QEAwv4OAAAAAADKkAAAzJMBAJDLAQDmywEAcOYBAL5ECAAMNQIAZLMAADYfAgC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAFOsFAMTpAwBYmgwADDUCAJJJAABmiQAAqJcMACKUAQA2HwIAcOYBAL5ECAAMNQIAZLMAADYfAgC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAFOsFAMTpAwCOiAsAbtQOAABYAQBWWAEAsnMNAAh0DQBedA0AtHQNAAp1DQBa2QAAHvgJANgFDQCGGAAANh8CAKaaDgAmngUAkKQDAMyTAQAilAEATisCADYfAgCmmg4A4uMOAOyQDQC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQByDgAANh8CALroBQAQ6QUAMIYMAIaGDADchgwAMocMAIiHDADehwwANIgMAIqIDADgiAwANokMAJw9DQDC/g4AAAAAAMqQAADMkwEAkMsBAObLAQA8zAEANh8CAIwfAgCQywEANK0JADQcAQA2HwIAppoOAKaeEAA+SgAAypAAACCRAABg4AIAtuACAICWAACSoQEAkKQDAMyTAQAilAEATisCADYfAgAoLg0AFEUIAMRXEAAaWBAADDUCAGaJAABAzgEA6B4AAGIiDgDC/g4AAAAAAMqQAADMkwEAkMsBAObLAQCcPQ0AYr4GAOzeCQBC3wkAcg4AAMgOAADoBwoAkMsBAGSzAAAqlgAAjB8CAJDLAQA0rQkANBwBADYfAgBwUAwAoFwGAHIOAAA2HwIAcCUMAJBKAQB63A8AenAEACDxBQC0iQIAkKQDADYfAgCMHwIA4h8CALyJAAAOxQkASlQCAJDLAQCQpAMANh8CAPrxDwCQywEANh8CAPQJCADIDgAA6AcKAJDLAQBkswAAhhgAACqWAACqVwEAQCYDAEwsAwDQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgBcbQoAnD0NAML+DgAAAAAAypAAAMyTAQCQywEAetwPACKUAQBOKwIANh8CAJw9DQBivgYAuugFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAKpYAAJJJAABmiQAAZBcIAL5ECACQywEAetwPACKUAQBOJwAA6jkNADYfAgCOiAsA5IgLADqJCwDeRgEATicAAOo5DQBAOg0AljoNAOw6DQBmiQAAqJcMAChDAgBmiQAAUkUOAOg0CwA+NQsAIpQBADIZAABE2gYAmtoGAGpLCwDASwsAFkwLAGxMCwDCTAsAGE0LAOgeAAA+HwAAlB8AAOofAABAIAAAliAAADQcAQBotwEAcBUEAAw1AgCwIhAAHvgJAGaJAAD01AIAzJMBACKUAQD8mg4ARjkLAJw5CwDyOQsASDoLAJ46CwD0OgsASjsLAKA7CwD2OwsATDwLAKI8CwD4PAsATj0LAH4uDQBUvQkAqr0JAAC+CQDKkAAAvkQIAOzeCQBC3wkA9AUGAGQXCAA2HwIAypAAAL5ECAAAAAAA8lwHADYfAgCmmg4A0HQGACZ1BgB8dQYA0nUGACh2BgAe+AkAVgAAAChDAgCGGAAAKpYAAJJJAABa2QAA8lwHAJDLAQCSeAIAKEMCAE4rAgC68goAEPMKAGbzCgC88woAEvQKAGj0CgDmywEAcg4AACrDAQDoHgAAcg4AAEAmAwBOKwIAuvIKABDzCgBm8woAvPMKABL0CgBo9AoAvvQKABT1CgBq9QoAwPUKABb2CgCMHwIA6jkNAJDLAQD68Q8AkMsBADYfAgD0CQgA6B4AAD4fAACUHwAAzJMBAGSzAAAqlgAAkowMAOiMDAA+jQwAlI0MAJJ4AgCk5woA3BgAAFrZAAAe+AkA/G0NAHIOAAA6ogIA+tUBAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDw2gYARtsGAJzbBgDy2wYASNwGAJ7cBgCcPQ0AZBcIAL5ECACQywEA5ssBAHIOAAAqwwEANh8CAIwfAgDqOQ0AQDoNAJY6DQCumgwABJsMAFqbDACwmwwAppoOAGSzAABWAAAANh8CALroBQAQ6QUAZukFALzpBQAS6gUAaOoFAL7qBQAU6wUAxOkDABrqAwBw6gMAxuoDABzrAwBmiQAAqJcMACqWAACAlgAA1OsAALIJAwB8wQEAUBEKAKYRCgD8EQoAUhIKAKgSCgD+EgoANBwBAFYAAACMhQoAkMsBAKRWAgC0iQIAkKQDADYfAgCMHwIA4h8CADggAgD4FQ0AThYNAHBQDADGUAwAHFEMAJKMDABoYwIAvmMCABRkAgDs3gkAQt8JAHIOAADIDgAAkqEBAMqQAACSSQAA0HQGAPJcBwC+RAgAfN0PAIYYAABoYwIAvmMCABRkAgCSjAwA6IwMAJDLAQA2HwIA9AkIAOgeAAA+HwAAlB8AAIYYAABoYwIAvmMCABRkAgBwJQwAkEoBAOZKAQD01AIAzJMBAL5ECAB83Q8AZLMAAFyUCAA2HwIAMjMNAPxtDQByDgAAOqICADYfAgBwUAwAdKgMAMqoDACSeAIApOcKANwYAABa2QAA8lwHAMQqDwDKkAAAVgAAADYfAgCMHwIA4h8CADggAgD4FQ0AThYNAI4gAgAocAMA8lwHADxNAgBaeBAAXJQIAGaJAABG7Q8AhhgAACqWAACEUAcAcg4AADxNAgAehRAAdIUQAJDLAQDmywEAcg4AAMgOAACSoQEA9NQCAKY8CgC+RAgAFEUIAGQXCAC+RAgAkMsBAObLAQByDgAAKsMBAOgeAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAQCYDAKYuAwBoYwIAvmMCABRkAgC6HQsAEB4LAGYeCwC8HgsAEh8LAGgfCwC+HwsAFCALAGogCwDAIAsAFiELAGwhCwDCIQsAGCILAG4iCwDEIgsAGiMLAHAjCwA2HwIA+EANAMgOAACCfgkA2H4JAC5/CQCEfwkA7DQKAABsCwBWbAsArGwLADgLDQDU6wAAsgkDAI6ICwByDgAAOqICAJCiAgAMNQIAkqEBANp1BABwFQQAFDkCADYfAgCcPQ0AYr4GAJKMDAAqlgAAWtkAADYfAgC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAFOsFAMTpAwBAJgMAfMEBAFARCgCmEQoA/BEKAFISCgCoEgoA/hIKAFQTCgCqEwoAuBoKAAAAAAAAAAAAAAAAAMYhCgAcIgoAciIKAMgiCgAeIwoAdCMKAMojCgAgJAoAAAAAAAAAAAB2JAoAzCQKACIlCgCOygEA5MoBADrLAQCMHwIA6jkNAEA6DQCWOg0AQCYDADJMBACITAQAIF0RAHZdEQDMXREAIl4RAGaJAAAMNQIAkqEBAOxnDgCMHwIAUmYJAKhmCQD+ZgkAkowMAOiMDAA+jQwAlI0MAOqNDABAjgwAlo4MAOyODAAqlgAAhhgAANwYAAAqlgAAhhgAAIYYAADcGAAAKpYAAIYYAACSSQAAQCYDAKYuAwD8LgMAIvwKAHj8CgDO/AoAJP0KAHr9CgDQ/QoAjB8CAFJmCQCoZgkA/mYJAPrxDwCQywEANh8CACguDQB+Lg0AkMsBAObLAQCIngIAkkkAAEpUAgCQywEAkKQDADYfAgA2ZA8AQCYDAAAAAAA2HwIADDUCAGI1AgBOJwAATicAAKQnAACAlgAAetwPACKUAQBOKwIANh8CAKaaDgDQdAYAJnUGAHx1BgC+RAgANh8CAPrxDwDoBwoAkkkAADYfAgCcPQ0ATicAAJJJAAD61QEAOAsNADrXBwC64gIAEOMCAEAmAwCcPQ0AWh4OAJjdCADu3QgADDUCAG7vBgDE7wYAGvAGAHDwBgDG8AYAdB0HALroBQAQ6QUAZukFALzpBQAS6gUAaOoFAL7qBQAU6wUAxOkDABrqAwAMxgoAYsYKAJw9DQDyPQ0ASD4NAJ4+DQD0FQ4AWtkAAH7zBACcPQ0A8j0NAAqKAgBgigIAtooCAAyLAgBiiwIAuIsCADYfAgDk5A4AAAAAADYfAgBqAREAZLMAAGaLAQDcxgEAMscBAIjHAQDexwEANMgBAIrIAQDE6QMAGuoDACjzBAA0HAEAMvIBAHIOAAA6ogIANh8CAAw1AgCwIhAA+vEPAE4nAAA2HwIAppoOAFxdAgCyXQIACF4CAO7rDwBu1A4A5CACADohAgCQIQIA5iECAHIOAAA2HwIAcCUMAMYlDAC0iQIApFYCALjpBgBySQgAkkkAAPrVAQA4Cw0ANh8CAAAAAAA2HwIAppoOAOLjDgDskA0ADDUCALAiEADs3gkAQt8JAHIOAADIDgAA6AcKAJDLAQBkswAAKpYAAHpBAgDQQQIAtrcDANxfDgDyXAcAkqEBADYfAgBOKwIAzJMBAPTUAgCmPAoA7GcOAEJoDgBG7Q8AnO0PAE4rAgDMkwEA9NQCAKY8CgCM0QUAzBQCACZtAgB8bQIANh8CAE4rAgDMkwEA9NQCAKY8CgA0HAEAQoEFAJiBBQDugQUARIIFACjzBAA0HAEAMvIBAHIOAAA6ogIANh8CAAw1AgCwIhAA+vEPAE4nAAA2HwIAppoOAFxdAgCyXQIACF4CADQcAQBCgQUAmIEFAO6BBQBEggUAmoIFAHpBAgDQQQIAtrcDANxfDgDyXAcAkqEBADYfAgBOKwIAzJMBAPTUAgCmPAoAjNEFAMwUAgAmbQIAfG0CADYfAgBOKwIAzJMBAPTUAgCmPAoANBwBAEKBBQCYgQUA7oEFAESCBQCaggUAekECANBBAgC2twMA3F8OAPJcBwCSoQEANh8CAE4rAgDMkwEA9NQCAKY8CgDsZw4AQmgOAEbtDwCc7Q8ATisCAMyTAQD01AIApjwKAIzRBQDMFAIAJm0CAHxtAgA2HwIATisCAMyTAQD01AIApjwKAL5ECACS6hAAkqEBAOxnDgCGGAAA3BgAAN5GAQBOJwAA6jkNAEA6DQCWOg0A7DoNALbgAgCAlgAA1OsAALIJAwCmLgMA/C4DACL8CgA0HAEAihwBAPLlCwBI5gsAnuYLAPTmCwCSjAwAaGMCAL5jAgAUZAIAvkQIADQcAQCKHAEA8uULAEjmCwCe5gsA9OYLAJKMDABoYwIAvmMCABRkAgC+RAgANBwBAIocAQDy5QsASOYLAJ7mCwD05gsAcCUMAMYlDAAcJgwAciYMAMgmDAAeJwwAdCcMAJKhAQDooQEAlNEDAOrRAwA2HwIAypAAAJDLAQCSoQEA7N4JAELfCQByDgAAyA4AAJKhAQD01AIApjwKAHBQDAB6cAQA0HAEACZxBAB8cQQA0nEEADYfAgCOiAsA5IgLAJJJAAAmngUAkKQDADYfAgCMHwIA6jkNAJDLAQA2HwIAcCUMAMYlDAAcJgwAciYMAMgmDAAeJwwAdCcMAHpBAgDQQQIAtrcDAAy4AwBiuAMAuLgDAIwfAgDqOQ0AQDoNAJY6DQDsOg0AcFAMAKBcBgD2XAYAcFAMAMZQDAAcUQwAclEMAGK+BgBwJQwAxiUMABwmDAByJgwAyCYMAB4nDAB0JwwAPE0CAHDmAQByDgAAyA4AADQcAQAg8QUAwmUCAGSzAABclAgAzJMBACKUAQBOKwIANh8CAHAlDADGJQwAHCYMAHImDADIJgwAHicMAHQnDACMHwIA6jkNAJDLAQA2HwIAIBIBAMDQDQBsLREAwi0RAJKMDADojAwAPo0MAJSNDABwJQwAkEoBAObLAQC2XwIAUmYJAM5aDwAqlgAAvkQIADYfAgBa2QAAzJMBAKBcBgDoSQAANh8CAAAAAAA2HwIA+vEPAJDLAQA2HwIAmD8PAAAAAAA2HwIA+vEPAJDLAQA2HwIAmD8PAO4/DwBiIg4AYr4GACguDQB83Q8A0t0PAFY9CQBW9Q8ArPUPAHzdDwCGGAAAZLMAAFYAAACsAAAAJCoMAHoqDADQKgwAJisMAHwrDAA0HAEAIPEFAEbtDwDMFAIAZokAAELdCACY3QgAvIkAAJJ4AgC8FgcAUkUOALryCgAyMw0AiDMNAN4zDQA0NA0AkowMAOiMDAA+jQwAlI0MAAw1AgCwIhAAKpYAAIYYAAA2HwIAjB8CAOo5DQBAOg0AljoNAOw6DQBwUAwAxlAMAIQOEQDaDhEAMA8RAIYPEQDcDxEA7GcOAL5ECAA8TQIANh8CAKaaDgAmngUAkKQDADYfAgCmmg4A4uMOAOyQDQBwUAwAxlAMAIQOEQDaDhEAMA8RAIYPEQDcDxEAcFAMAKBcBgBAJgMApi4DAGwtEQDCLREAGC4RAHBQDADGUAwAhA4RANoOEQAwDxEAhg8RANwPEQBwJQwAkqEBAOxnDgBCaA4AQM4BAOgeAADs3gkAXEYMALJGDAA2HwIAaAkAAIYYAABsLREAwi0RABguEQBwUAwAxlAMAIQOEQDaDhEAMA8RAIYPEQDcDxEAypAAACCRAACSSQAA0HQGACZ1BgB8dQYAKpYAAICWAADU6wAAsgkDAJKhAQDooQEAlNEDAOrRAwA2HwIA9AkIAE5sDQBkswAAXJQIADYfAgCMHwIAUmYJAKhmCQD+ZgkANmQPAIxkDwBOKwIAuvIKADQcAQA2HwIAzJMBACKUAQA2HwIAnD0NAEbtDwCQpAMANh8CAPrxDwBOJwAANh8CAKaaDgCmnhAAPkoAAJRKAADIDgAA6AcKAJDLAQBkswAAKpYAAJKhAQDooQEAZJ4LALqeCwAQnwsAZuMCAJCkAwA2HwIAcFAMAMZQDACEDhEA2g4RADAPEQCGDxEA3A8RAOxnDgC+RAgANh8CAE4rAgC68goANBwBAKaaDgCmnhAAPkoAAE4rAgC68goANBwBAHIOAAA2HwIAnD0NAPTUAgBK1QIAqJcMAP6XDABmiQAADDUCAJKhAQAoLg0AkMsBAHrcDwD01AIApjwKAPw8CgA2HwIAjB8CAOo5DQBAOg0AljoNAOw6DQCMHwIA6jkNAJDLAQA2HwIAcOYBAL5ECAAMNQIAZLMAAE4rAgC68goAEPMKADYfAgAoLg0AkMsBAHrcDwD01AIApjwKAPw8CgA2HwIAcFAMAMZQDACEDhEA2g4RADAPEQBG7Q8AZLMAACqWAACMHwIA6jkNAJDLAQA2HwIAcOYBAL5ECAAMNQIAZLMAAIrSBgDg0gYAkqEBAM6DDgBw5gEAvkQIAAw1AgBkswAAuvoOANwYAADeRgEATicAAOo5DQBAOg0AljoNAOw6DQC24AIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBADrXBwC6swAAyJMCAB6UAgB0lAIAvkQIAHzdDwBOJwAATicAAOo5DQBAOg0AljoNAOw6DQC24AIAgJYAANTrAACyCQMA8j0NAJJJAADQdAYAaKQNAGDeAQC8iQAADsUJAMqQAACQywEAppoOAOLjDgDskA0AjB8CAFJmCQBwAA8A7HoCAM7uAwAk7wMAeu8DANDvAwAm8AMAfPADANLwAwAo8QMADDUCALAiEADs3gkAQt8JAHIOAADIDgAAkqEBAPTUAgCmPAoAvkQIAEAmAwCGGAAA3BgAAN5GAQBmNwIAfH8LANJ/CwAogAsAfoALAIwfAgCAthAAIJEAAAYdDQCSSQAA0HQGAPJcBwBk8AkA+vEPAEhdBwCeXQcA9F0HAChwAwAilAEATisCADYfAgDs3gkAQt8JAAAAAADKkAAAzJMBAJDLAQDmywEAPMwBADYfAgDMkwEAYLUCAOxnDgC+RAgANh8CAKaaDgDi4w4A7JANAPrxDwBIXQcAnl0HAPRdBwA2HwIA9AkIAHiwDwAmngUA5ssBAPQFBgC46QYAQCYDAKYuAwD8LgMAIvwKAHj8CgDO/AoAJP0KAHr9CgDQ/QoAjB8CAFJmCQCoZgkA/mYJAPrxDwCQywEANh8CACguDQB+Lg0AkMsBAObLAQCIngIAkkkAAEpUAgCQywEAkkkAAPrVAQCGGAAAcg4AAIKZAQDyXAcAZPAJAHAVBADGFQQA7N4JAELfCQAAAAAAypAAAMyTAQCQywEA5ssBADYfAgCOiAsAbtQOABqmDABwpgwAxqYMABynDABypwwAyKcMAB6oDAAoLg0AkMsBAHrcDwD01AIApjwKADYfAgCmLAIA/CwCANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMAQCYDAIwfAgDqOQ0AkMsBADYfAgBwJQwAvkQIAIZVCQA2HwIAcFAMAHSoDADKqAwAkowMAOiMDAA+jQwAlI0MAJKhAQDooQEAlNEDAOrRAwB83Q8A7N4JAELfCQAAAAAAypAAAMyTAQCQywEA5ssBADzMAQA2HwIANBwBAIocAQDy5QsASOYLAJ7mCwD05gsAcCUMAJBKAQDmSgEA9NQCAMyTAQC+RAgAfN0PAHIOAAA2HwIAcCUMAMYlDAAcJgwAciYMAMgmDAAeJwwAdCcMAE4rAgCkKwIANh8CAIwfAgBSZgkAqGYJAP5mCQByDgAANh8CAHBQDADGUAwAHFEMAHIOAABWAAAAVj0JAIz+BgBOJwAAYN4BALbeAQAM3wEANmQPAChDAgAqlgAAgJYAANTrAACyCQMAWtkAAM5AAgCOYw4AKHADACKUAQBOKwIAQCYDAIYYAADcGAAA3kYBAJqnAgAs4A8AOA0OAL5ECAB83Q8A0t0PACjeDwB+3g8A1N4PACrfDwCA3w8A1t8PAEAmAwByDgAAOqICACaeBQB8ngUAZLMAAJJJAABAJgMAkMsBAObLAQCIngIA4v4GAPTUAgCmPAoA/DwKAKRWAgAMNQIAkqEBAOxnDgC8zAwAEs0MAGjNDAC+zQwAFM4MAGSzAABmiwEAkMsBAObLAQC8zAwAEs0MAGjNDAC+zQwAFM4MAGrODADAzgwAFs8MAGzPDADCzwwAGNAMAG7QDADU7QEAKu4BAB4VAwB0FQMA7GcOALzMDAASzQwAaM0MAL7NDAAUzgwAas4MAMDODAAWzwwAbM8MAMLPDAAY0AwAbtAMAFYAAACsAAAAtIkCALbJDADoHgAAOA0OAMqQAAByDgAA6B4AAD4fAADWlgAAKpYAAICWAADU6wAAsgkDAFrZAADOQAIAjmMOAChwAwAilAEATisCAEAmAwAArAAAVqwAAKysAACapwIALOAPADgNDgC+RAgAfN0PANLdDwAo3g8Aft4PANTeDwAq3w8AgN8PANbfDwBAJgMAcg4AADqiAgD61QEARjkLAHJJCACqVwEA6GMNAEAmAwBOKwIANBwBAHJJCACGGAAAkkkAAGaJAADCZQIA0HQGAPJcBwBk8AkANh8CAIwfAgDiHwIAkMkAAJKhAQByDgAA6B4AAGj4DADoNAsADDUCAG7vBgDCZQIAZokAAELdCAA2HwIAjogLACAFEAB2BRAAzAUQAELdCABAJgMAkngCAIAEDQDWBA0ALAUNAIIFDQDMkwEAYLUCALa1AgAMtgIAKpYAAGaJAADOMRAANh8CAPrxDwDoBwoAkkkAADYfAgD68Q8ATicAADYfAgA0HAEAckkIAMhJCACKHAEAkMsBAICWAAA0HAEAaLcBAL63AQBoYwIAzPcIAPrVAQC+RAgANh8CAAw1AgCQpAMANh8CAJw9DQBG7Q8A3BgAAN5GAQDoSQAAPkoAAKqxAwA2HwIAcCUMAJBKAQDmSgEA4mANADhhDQCOYQ0ATisCAKQrAgD68Q8AxCoPAPgVDQBOFg0AKoMMAICDDACMHwIA4h8CAHb/DADM/wwAIgANAHgADQDOAA0AJAENAHoBDQDQAQ0AcCUMAMYlDAC0iQIAtskMAOgeAACOiAsAIAUQAHYFEADMBRAAZLMAALriAgBEwxAATisCAB74CQB0+AkAcFAMAMZQDAAcUQwA4F0MADZeDAD8nhAA5ssBAPQFBgBkFwgANh8CAAAAAABmIg0ANh8CAB74CQBmiQAARu0PAL5ECACSoQEA7GcOAL5ECACOiAsAbtQOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBADxNAgBAJgMANkwDAIxMAwDiTAMAZI4DALqOAwAQjwMAZo8DALyPAwCcPQ0AwmUCAJw9DQDCZQIAAAAAACYtDQA2HwIAvkQIAP68CQBm+Q0AvPkNABL6DQBo+g0AQCYDAAw1AgCQpAMAkkkAAPrVAQBGKQMAXJQIAGaJAAC0iQIAHvgJAGaJAABAzgEANh8CAIwfAgDiHwIAOCACAI4gAgAgBRAAdgUQAMwFEACGGAAAkkkAAGaJAADGEQIANh8CAI6ICwAgBRAAdgUQAMwFEADyXAcA6AcKACCRAABg4AIAKC4NAHzdDwCSSQAA+tUBAIz+BgCSSQAA+tUBAGaJAAC0iQIA5ssBACguDQB83Q8AkkkAAPrVAQCM/gYAkkkAAPrVAQByDgAAgpkBANiZAQAumgEAhJoBACYCDQB8Ag0ANh8CAAw1AgCQpAMANh8CAPQJCACCmQEA2JkBAC6aAQCEmgEAVgAAAJBKAQDmSgEANBwBAGi3AQBwFQQA6B4AAD4fAADmywEAcOYBAJApBgCM/gYAkkkAANB0BgDyXAcANBwBACDxBQColwwAIpQBAKRWAgC8iQAAKpYAAAw1AgBmiQAAvIkAAJJ4AgA2HwIANBwBAIocAQByDgAAOqICADYfAgDs3gkAQt8JAIieAgCmmA0AhhgAAJJJAAA2HwIAuugFALriAgAQ4wIAZuMCALzjAgCSoQEAZokAAEDOAQA6ogIAKPMEAHAlDACQSgEA5koBAOJgDQA4YQ0AjmENAORhDQA2HwIAuugFABDpBQAstQ8AgrUPANi1DwAutg8AhLYPANq2DwA2HwIAWtkAAMyTAQCgXAYA6EkAADYfAgCOiAsAbtQOAMTUDgAa1Q4A9lwGALroBQAQ6QUAvIsBADrXBwAqlgAAcg4AACrDAQA8TQIAonEQAPhxEADoYw0APmQNAMyTAQCgXAYA+tUBAL5ECAA2HwIAWtkAAMyTAQCgXAYA6EkAADYfAgC66AUAEOkFALyLAQASjAEAypAAAAw1AgCSSQAA+tUBAFDWAQCm1gEAbH0OAE4nAABg3gEAtt4BAAzfAQCcaA0A8mgNAEhpDQCeaQ0A9GkNAPJcBwDyXAcAxCoPAKaaDgDQdAYAJnUGAHx1BgC+RAgANh8CAPrxDwDoBwoAkkkAADYfAgBwUAwAxlAMAPrxDwBOJwAAKpYAAL5ECAB83Q8AvkQIADYfAgCmmg4A0HQGACZ1BgB8dQYA0nUGACh2BgB+dgYAXG0KAAZzDQBccw0AppoOANB0BgAmdQYAfHUGAL5ECAA2HwIA+vEPAOgHCgCSSQAANh8CAHBQDADGUAwATCwDAIgECwBSmw4AvHgNABJ5DQBoeQ0AvnkNABR6DQBqeg0AwHoNABZ7DQBsew0AwnsNAISHDQDahw0AMIgNAIaIDQBMLAMA0HQGACZ1BgB8dQYA0nUGACh2BgB+dgYAXG0KAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCcPQ0ATicAAJJJAAD61QEAOAsNAKaaDgDi4w4A7JANAAw1AgCwIhAAnD0NAEbtDwCc7Q8AcFAMAMZQDACEDhEA2g4RADAPEQBG7Q8AZLMAACqWAAD68Q8ATicAADYfAgCOiAsAIAUQAHYFEADMBRAANh8CAJKMDADojAwAPo0MAJSNDAC8NwIAbtQOAMTUDgBwFQQAjogLAG7UDgDE1A4AcBUEAJKMDADojAwAMhkAAI6ICwAgBRAAdgUQAMwFEAAgBRAAdgUQAMwFEAAqlgAAzJMBAPTUAgCmPAoANh8CAMqQAAAgkQAAmPoBAO76AQBE+wEAmvsBAPD7AQBG/AEAnPwBAPL8AQCklw0A+pcNAFCYDQA2HwIAypAAACCRAABa2QAAzkACACRBAgD61QEAvkQIADYfAgCOiAsAbtQOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAE4nAACkJwAAgJYAANTrAACyCQMATisCAKQrAgC+RAgANh8CAJKMDADojAwAPo0MAJSNDAC8NwIAbtQOAOQgAgA6IQIAkCECAOYhAgA2HwIA9AkIAE5sDQBkswAAZLMAACqWAAByDgAAWtkAAM5AAgDokg8APpMPAJKMDADojAwAPo0MAJSNDAC8NwIAbtQOAOQgAgA6IQIAkCECAOYhAgA8IgIAbtQOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAChwAwAAAAAAhhgAAChwAwB+cAMAppoOAOLjDgDskA0AuugFABDpBQBm6QUAvOkFABLqBQBo6gUAKC4NAH4uDQBUvQkA+vEPAEhdBwCeXQcAcCUMAMyTAQAilAEA9AkIAHiwDwDOsA8AtIkCAOzeCQBC3wkA9AUGAEoGBgBObA0AZLMAAGSzAAAqlgAAKpYAAAw1AgCwIhAAnD0NAAw1AgCSoQEA9AUGAGQXCAA2HwIAcCUMAJBKAQDmSgEAzgQPACQFDwB6BQ8A0AUPACYGDwD68Q8ATicAADYfAgDKkAAAIJEAAGDgAgC24AIADOECAGLhAgC44QIADuICAJKMDADMFAIAJm0CANB0BgAqlgAAcg4AADYfAgD68Q8ATicAADYfAgDKkAAAIJEAAGDgAgC24AIADOECAGLhAgC44QIADuICAJKMDADMFAIAJm0CAIYYAADcGAAArLoHACqWAACSSQAAXF0CALJdAgAIXgIAIBIBAK6KBAD68Q8ADDUCAHDmAQCQKQYAjP4GAJJJAAA2HwIAMjMNAIgzDQDeMw0ANDQNAJKMDADojAwAMhkAAJw9DQDCZQIAGGYCAG5mAgDEZgIAGmcCAHBnAgDGZwIANBwBAHJJCACSSQAA6EkAAPxtDQC+RAgANh8CAOxnDgC+RAgANh8CAFKVCwDyXAcASF0HAJJJAADQdAYA8lwHAGTwCQBAJgMAypAAACCRAABa2QAAsNkAAKRWAgDOMRAARPkAAMIPAgBSlQsAqJULAPrxDwBk8AkANh8CAJw9DQBivgYAUpULAIYYAADcGAAArLoHACqWAABSlQsAqJULAPTUAgBK1QIAoNUCAPbVAgBwUAwAxlAMAHiUAQDyXAcAxCoPAOh4AgBa2QAAzJMBAKBcBgDoSQAAJp4FAFxGDACSSQAA6EkAAJCkAwB6QQIA0EECACZCAgB8QgIA0kICAIwfAgDiHwIAQt0IAHIOAACSjAwAKHADAJw9DQA65w8AkOcPAObnDwA86A8AkugPACKUAQBOKwIAjogLACAFEAB2BRAAKEMCAGaJAABAzgEAls4BAOzOAQBCzwEAmM8BAO7PAQBopA0ATicAAKQnAACAlgAA5ssBAIYYAABkswAAKpYAADZkDwACohAAnD0NAML+DgAOxQkAypAAAGaJAABC3QgAekECANBBAgCypBAACKUQAGysEADCrBAAGK0QAG6tEADErRAAGq4QAHCuEAAo8wQAcFAMAHSoDADKqAwAkowMAOiMDAA+jQwAlI0MAFKVCwCSSQAAJp4FAFxGDAAqlgAAUpULAE4nAABg3gEAQt0IAHIOAADoHgAAUpULADKJDQAmngUAXEYMAJJJAADoSQAAkKQDAOqNDADiHwIAQt0IAHIOAAAKCwMAQCYDAEAmAwA8OA0AkjgNAOg4DQA+OQ0AlDkNAHosDQDQLA0A+vEPAJDLAQA2HwIAkowMACqWAABmiQAAtIkCAI6ICwDkiAsAvkQIADYfAgD68Q8ATicAADYfAgBwUAwAxlAMAGwtEQDqoAAAhlUJACqWAAByDgAANh8CAJKMDADojAwAPo0MAJSNDAC8NwIAbtQOAMTUDgBwFQQAKC4NAPQVDgBKFg4AoBYOAPYWDgBMFw4AohcOAPgXDgBOGA4ApBgOAPoYDgBQGQ4AphkOAELdCACQywEA5ssBAPQFBgBkFwgAkKQDADYfAgCOiAsAbtQOAMTUDgBwFQQAOqICAJw9DQD01AIAStUCAKiXDAD+lwwAZokAAAw1AgCSoQEAkk0CAFxGDACyRgwACEcMAF5HDAC0RwwACkgMAGBIDACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEATCwDANB0BgAmdQYAfHUGAL5ECAA2HwIA+vEPAOgHCgCSSQAANh8CAFrZAADOQAIAqJcMAKBcBgDQdAYAIpQBAE4rAgA2HwIAjB8CAOo5DQCQywEANh8CAPrxDwBIXQcAnl0HAISoCADaqAgAMKkIAIapCADcqQgAgJYAANTrAACyCQMA8j8OAEhADgCeQA4A9EAOAEpBDgCgQQ4A9kEOAExCDgCiQg4A+EIOAE5DDgCkQw4A+kMOAFBEDgCmRA4A/EQOAEYpAwDsUwQAQlQEAJhUBADuVAQARFUEAJpVBADwVQQARlYEAJxWBADyVgQASFcEAJ5XBAD0VwQASlgEAKBYBABGKQMA7FMEAEJUBACYVAQA7lQEAERVBACaVQQA8FUEAEZWBACcVgQA8lYEAEhXBACeVwQA9FcEAEpYBACgWAQATisCAE4rAgCQywEA5ssBAE4rAgDoNAsAwmUCAPrVAQAqlgAAgJYAANTrAACyCQMAhhgAAChwAwAilAEATisCADYfAgD0CQgA6B4AAIRQBwDsZw4AjP4GAJJJAAD61QEAvkQIADYfAgCmmg4A/JoOAFKbDgDShw8A9AkIAHiwDwDOsA8AtIkCAJJJAABWAAAAoBALAPYQCwCSSQAAAAAAAE4nAABg3gEAtt4BANQaAwDs3gkAQt8JAPQFBgBAzgEAyA4AAGTwCQBAJgMAwjwDABg9AwBuPQMAxD0DABo+AwBwPgMAxj4DABw/AwByPwMA6AcKAJJJAABWAAAA6qAAAJJJAAA2HwIAjB8CAJDLAQA0rQkANBwBADYfAgD0CQgAiuIOAODiDgDMkwEAuugFALqzAADsZw4AQmgOAPJcBwCQywEAkngCAPyaDgBSmw4AOLkOAI65DgCgxA8A9sQPAEzFDwCixQ8AtIkCACqWAAC+RAgANh8CAKaaDgD8mg4AUpsOADi5DgCOuQ4AoMQPAPbEDwBMxQ8AosUPACqWAABmiQAA6HgCAL5ECAA2HwIAppoOAPyaDgBSmw4AOLkOAI65DgCgxA8A9sQPAEzFDwCixQ8AjB8CAOIfAgA4IAIAjiACAFTHDgCqxw4AAMgOAIphDgDgYQ4ANmIOAIxiDgDiYg4AOGMOAJKhAQDsZw4AQmgOADYfAgCmmg4A/JoOAFKbDgA4uQ4AjrkOAKDEDwD2xA8ATMUPAKLFDwDooQEAWtkAADYfAgCmmg4A/JoOAFKbDgA4uQ4AjrkOAKDEDwD2xA8ATMUPAKLFDwDoeAIAvkQIADYfAgCmmg4A/JoOAFKbDgA4uQ4AjrkOAKDEDwD2xA8ATMUPAKLFDwByDgAANh8CAIwfAgDiHwIAOCACAI4gAgDs3gkAQt8JAHIOAACcaA0AkqEBAJJJAAA2HwIA9AkIAE5sDQCgxA8A9sQPAEzFDwCixQ8AAAAAAM6DDgA2HwIAjB8CAOIfAgA4IAIAEvgMAI6ICwAgBRAAdgUQAMwFEABk8AkAKpYAAPQJCADoHgAAQJIOAJaSDgDskg4ANh8CAPrxDwCmmg4A/JoOAPSWDgBKlw4AoJcOAPaXDgBMmA4AopgOADYfAgD68Q8AkqEBAJKhAQDsZw4AjP4GAJJJAADQdAYAIpQBAAIBAACqyQ8Acg4AADYfAgCwSw8AJIQOAJJJAADKkAAAVgAAAGSzAAC6swAAyJMCAB6UAgB0lAIANBwBAIocAQDy5QsASOYLAJ7mCwD05gsAZokAALSJAgC+RAgAhlUJAFrZAACGGAAAZLMAALqzAADIkwIAHpQCAHSUAgCSSQAA+tUBAFDWAQAgqw0AdqsNAMyrDQAirA0AeKwNAM6sDQDoHgAAcg4AAAAAAAAAAAAArMgOAALJDgBYyQ4ArskOAET5AAD4QA0AKPMEAEDqDwCW6g8A7OoPAI4gAgAAAAAAuugFABDpBQBm6QUAEKUOAGalDgC8pQ4Acg4AAMgOAACSoQEA7GcOADxNAgCSoQEA6KEBAOhpEAAilAEATicAAFrZAADOQAIAjmMOAKJxEACAlgAA1OsAALIJAwC+RAgAfN0PAAw1AgBiNQIARlICACaeBQC6TA0AEE0NAPTUAgBK1QIAoNUCANp1BAC+RAgAFEUIAMRXEADQdAYA8lwHAGTwCQA2HwIAWtkAAM5AAgCOYw4AKHADACKUAQBOKwIAKC4NAHzdDwDS3Q8AKN4PAH7eDwDU3g8AKt8PAIDfDwDQdAYA8lwHAGTwCQA2HwIAWtkAAM5AAgCOYw4AKHADACKUAQBOKwIA9AkIAE5sDQDMkwEAoFwGAPrVAQBQ1gEAQCYDAKaaDgD8mg4AUpsOADi5DgCOuQ4A5LkOADq6DgCQug4AjB8CAOIfAgA4IAIAjiACAFTHDgAw9wQAhvcEAMb6CwBcRgwALCYIAIZVCQDoBwoAkkkAADYfAgAAAAAAfN0PAICWAADU6wAAKuwAAAAAAAAAAAAA9AkIAE5sDQDMkwEAoFwGAPrVAQBQ1gEA2vYEAN5gDgA0YQ4A0ocPAIwfAgBSZgkAqGYJAP5mCQAAAAAABMoOAHzBAQBOJwAAYN4BALbeAQB+GgMAQCYDAI6ICwBu1A4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAAofDQBgHw0A7N4JAELfCQBw5gEAkCkGAIz+BgCSSQAA0HQGAPJcBwBk8AkANh8CAHBQDADGUAwAqlcBAOhjDQA+ZA0AlGQNAOpkDQBAZQ0AlmUNAOxlDQBCZg0AmGYNAO5mDQCcPQ0AYr4GAJKMDADojAwArLoHADZkDwBGfQIAnH0CAPJ9AgBIfgIANh8CAI6ICwBu1A4AxNQOABrVDgD2XAYAuugFABDpBQC8iwEAEowBAPQZEAA0HAEAIPEFAKiXDAAilAEAKHADACKUAQBOKwIANh8CAHBQDADGUAwAuPkOAA76DgBWyg8ArMoPAEpUAgBk+g4AKPMEAAAAAAA2HwIAypAAACCRAABoIw0AviMNABQkDQBqJA0AwCQNABYlDQBsJQ0AwiUNACAFEAB2BRAAzAUQAAw1AgCwIhAAkkkAAFrZAAAqlgAAKpYAAIYYAAA2HwIAppoOAPyaDgBSmw4AVgAAAKwAAAACAQAAKPMEALj5DgAO+g4AKPMEAJJJAABKVAIAZPoOACjzBAAAAAAANh8CAKaaDgCmnhAAzJMBAHAVBADGFQQAHBYEAPyaDgBSmw4AvHgNABJ5DQBoeQ0AvnkNABR6DQBqeg0AwHoNABZ7DQBsew0AwnsNAISHDQDahw0AMIgNAIaIDQDciA0AkngCAIAEDQC+RAgAhhgAAGhjAgDOMRAAGkAEABQ5AgBqOQIARPkAAMIPAgDWIwcAuuICABDjAgBm4wIAvIkAAJDLAQA0rQkAcg4AACrDAQAilAEAKHADAHAVBAAUOQIA2AUNAL5ECAA2HwIAcFAMAMZQDACSSQAA+tUBAFDWAQCm1gEASF0HAJ5dBwCEqAgAkkkAAFxdAgD68Q8AZPAJADYfAgD0CQgA6B4AAECSDgCWkg4A7JIOAChDAgBmiQAAQt0IAJjdCADu3QgAuugFALriAgAQ4wIAZuMCAAw1AgBmiQAAvIkAAJKhAQBmiQAAkngCAMKmDQAYpw0AbqcNAMSnDQAaqA0AcKgNAOzeCQBcRgwAWIgDAK6IAwA4Cw0A1OsAAFxGDABWAAAAkkkAAPrVAQAAAAAAAAAAAAAAAAAMNQIAsCIQAE4nAADqOQ0AkMsBAObLAQCcPQ0AWh4OAJjdCABoCQAAvgkAADIzDQD8bQ0AUm4NAGaJAABOJwAAkkkAAPrVAQA4Cw0ANh8CAJw9DQBaHg4AmN0IAGgJAAC+CQAAMjMNAPxtDQBSbg0AjogLAGaJAAC8iQAAXJQIAGgJAAC+CQAAMjMNAPxtDQBSbg0AjogLAGaJAAC8iQAAXJQIAGgJAAC+CQAAMjMNAPxtDQBSbg0A2nUEACKUAQCCmQEAIpQBAFY9CQBW9Q8ArPUPAAL2DwBY9g8AAAAAAIwfAgDiHwIAOCACAAwkDwBiJA8ANh8CAKaaDgD8mg4AUpsOANKHDwCSeAIAAAAAADYfAgCmmg4A/JoOAFKbDgDShw8A9AkIAE5sDQDMkwEAoFwGAPrVAQBQ1gEAcCUMAMYlDAA8kA4AjB8CAOIfAgA4IAIAuugFALriAgD+BAMAZLMAACqWAACEUAcAkqEBAOxnDgC+RAgAiuIOAODiDgA24w4AjOMOAOLjDgA45A4AKC4NAJLqEADo6hAApFYCAMJlAgDQdAYA8lwHAGTwCQAoQwIANBwBAHIOAACmmg4A/JoOAFKbDgDShw8AcCUMAMYlDAA8kA4AjB8CAOIfAgA4IAIA9AkIAE5sDQDMkwEAoFwGAPrVAQBQ1gEAPE0CADxNAgBCPw8ANh8CAIwfAgDiHwIAOCACAI4gAgAgBRAAdgUQAMwFEACMHwIAkMsBADStCQA0HAEA+vEPAMQqDwBwUAwATisCAIYYAADcGAAAkMsBAObLAQA8zAEANh8CAMqQAAAgkQAABh0NAFwdDQCyHQ0ACB4NAF4eDQC0Hg0AtMwOAPJBDwBIQg8AnkIPAM6DDgCS9wEAQJIOAJaSDgDskg4ANh8CADIzDQD8bQ0AUm4NAPSWDgBKlw4AoJcOAPaXDgBMmA4AopgOADYfAgAyMw0A/G0NAFJuDQBmiQAAvIkAAFyUCAA2HwIA9AkIAOgeAABAkg4AlpIOAOySDgA2HwIAMjMNAPxtDQBSbg0AppoOAPyaDgD0lg4ASpcOAKCXDgD2lw4ATJgOAKKYDgA2HwIAMjMNAPxtDQBSbg0AAAAAAMYRAgCSSQAAypAAAJDLAQDmywEANmQPAFYAAACsAAAANkwDAIxMAwDiTAMAOE0DAI6ICwBu1A4A5CACADohAgCQIQIA5iECADwiAgD4KgIA7N4JAFxGDAC66AUAEOkFAGbpBQCSjAwAaGMCAL5jAgAAAAAANmQPAIxkDwDY4A8ALuEPAIThDwDa4Q8AEvgMAHAlDADGJQwAPJAOAEAmAwDc4g8AMuMPAIjjDwBAJgMANh8CAMqQAAAgkQAA+tcCAKBcBgD2XAYAcOYBAOxpDwBWAAAAzJMBAKBcBgD61QEAOAsNAPTUAgDMkwEAIpQBAFiIAwBmiQAAUkUOALryCgBwJQwAkqEBAGaJAADCZQIATicAAOo5DQCQywEANBwBADYfAgD0CQgATmwNAMyTAQCgXAYA+tUBAFxGDACyRgwANh8CAIwfAgBSZgkAcAAPAMYADwAcAQ8AcgEPAMgBDwAeAg8AdAIPAJw9DQBOJwAAkkkAAPrVAQA4Cw0AqEkQAP5JEABUShAAqkoQAABLEABWSxAAtskMADYfAgCMHwIA6jkNAEA6DQCWOg0A9AkIAIriDgDg4g4ANuMOAIzjDgB4sA8AzrAPALSJAgCSSQAA+tUBAJw9DQAMNQIA3F8OADJgDgCSSQAA+tUBAE5sDQBkswAAZLMAACqWAAByDgAAKsMBAE4nAACAthAA4h8CADggAgCOIAIAbH0OAMJ9DgAYfg4A6jkNAEA6DQCWOg0A9AkIAIriDgDg4g4ANuMOAIzjDgB4sA8AzrAPALSJAgCSSQAA+tUBAJw9DQAMNQIA3F8OADJgDgCSSQAA+tUBAE5sDQBkswAAZLMAACqWAAByDgAAKsMBAE4nAACAthAAbn4OAMR+DgAafw4AQM4BADYfAgAAAAAANh8CAIwfAgDiHwIAOCACAPgVDQBOFg0AAAAAAOzeCQBcRgwAskYMAEAmAwCOiAsAhFAHANpQBwDOMRAAGkAEAOgeAAC+RAgAQCYDAMyTAQAilAEATicAAOo5DQCyCQMAfhoDANQaAwCmmg4A/JoOAFKbDgDShw8AKIgPAESWDwCalg8A8JYPAO5gCgBEYQoAmmEKAPgVDQBOFg0AjogLACAFEAB2BRAAzAUQAPBhCgBUxw4AMPcEAIb3BAACbQsAbtQOACBdEQB2XREAzF0RACJeEQBwJQwAkqEBAOxnDgBCaA4AQM4BAOgeAADs3gkAQt8JAJjfCQAMYAIANmQPAJL3AQDo9wEAfMEBAB74CQDYBQ0AhFAHAM5AAgCOYw4AKHADACKUAQBOKwIAfhoDANQaAwCmmg4A/JoOAFKbDgDShw8AKIgPAESWDwCalg8A8JYPADqiAgCQogIARu0PAL5ECAAURQgAtIkCAL5ECAAoQwIA8lwHAOgHCgAqlgAAgJYAANTrAACyCQMA1O0BACruAQCSoQEA7GcOAJJJAAD61QEAppoOAGaJAABAzgEAuPkOAMyTAQBgtQIAvkQIADYfAgCMHwIA4h8CADggAgCOIAIA9AkIAE5sDQBkswAAZLMAACqWAAByDgAAKsMBAE4nAACAthAASMEOAJ7BDgD0wQ4ASsIOAKDCDgA2ZA8AjGQPAOJkDwB4sA8APr4PAJS+DwDqvg8AQL8PAEzDDgCiww4A+MMOADYfAgA2HwIAQCYDADQcAQA0HAEAIPEFALSJAgCQpAMANh8CAMYRAgAcEgIAchICAMgSAgAeEwIAdBMCAIYYAAAqlgAAkkkAAOzOAQC+RAgAVgAAAFY9CQC+RAgAkkkAAGaJAABC3QgANh8CAKaaDgD8mg4AUpsOANKHDwDiHwIAOCACAI4gAgD0CQgATmwNAGSzAABkswAAKpYAAHIOAAAqwwEATicAAIC2EABa2QAAzkACAOiSDwAqlgAAgJYAAObLAQCmmg4A/JoOAFKbDgBkswAAZosBANTtAQAq7gEAkqEBAOxnDgCSSQAAppoOAPyaDgBSmw4AnD0NADrnDwCQ5w8A5ucPADzoDwCS6A8A6OgPAD7pDwCU6Q8AQCYDAAAAAAAAAAAAzJMBAHAVBAC4+Q4AKpYAAFYAAACQSgEA5ssBAIieAgC64gIAwmUCAPrVAQBkswAAAAAAAAKiEACMHwIA4h8CADggAgCOIAIAYt8BALinEACK4g4A4OIOADbjDgCM4w4ANh8CAKaaDgD8mg4AUpsOANKHDwAoiA8AcFAMAMZQDABAzgEAls4BAOzOAQBCzwEAmM8BAO7PAQBE0AEAcg4AAHpBAgCMHwIA4h8CADggAgD4FQ0AThYNAI6ICwAgBRAAdgUQAMwFEACGGAAANh8CAI6ICwAgBRAAdgUQAMwFEAD68Q8AOtcHAJDXBwDm1wcAPNgHAJLYBwDo2AcAPtkHAPJcBwCSSQAA6EkAAD5KAACqsQMANh8CAI6ICwAgBRAAdgUQAMwFEACGGAAAvkQIAP68CQAilAEATisCAEAmAwCOiAsAbtQOALT5DwAK+g8AYPoPALb6DwByDgAAZokAALjpBgBWAAAAkqEBAAw1AgDcXw4AMmAOAIhgDgBkeQ4AkqEBAOxnDgBCaA4AmGgOADYfAgD68Q8ATicAADYfAgCmmg4A/JoOAFKbDgC+RAgA/rwJAGb5DQC8+Q0AzoMOACSEDgCSoQEA7GcOAEJoDgCGVQkAgIcOANaHDgDOgw4AJIQOAICWAADU6wAAsgkDAK6eDgCSSQAA+tUBAFDWAQCm1gEAKC4NAH4uDQA2Dg8AjA4PAOIODwA4Dw8Ajg8PAOQPDwDqjQwAUmYJAHAADwDGAA8AHAEPAHIBDwA2HwIADDUCALAiEABOJwAA6jkNAJDLAQDmywEAcFAMAKBcBgByDgAANh8CAHAlDADGJQwAtIkCAObLAQCGGAAAkkkAADYfAgCcPQ0ARu0PAL5ECAA2HwIAWtkAAM5AAgDokg8APpMPALroBQC64gIA/gQDAGSzAAAqlgAAhFAHAJKhAQDsZw4AvkQIAJJJAABcXQIAsl0CAAheAgA4DQ4AOA0OACASAQAqlgAAgJYAANTrAAAoQwIAfkMCANRDAgAqRAIAgEQCAChDAgBOJwAAYN4BALbeAQAqgwwAgIMMAAAAAABMLAMAiAQLAFKbDgAEnw4A4h8CADggAgCOIAIAekECAHpBAgAqlgAAZokAAEbtDwBkswAAkMsBAObLAQD0BQYAwmUCANB0BgDyXAcAZPAJACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAPnUAAMJlAgDQdAYAcBUEAE4nAABSZgkAKpYAAL5ECAC+RAgAfN0PANLdDwBWPQkAVvUPAKz1DwB83Q8AhhgAAGSzAACQpAMAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBWAAAAVgAAAJKhAQDadQQAZLMAALriAgDCZQIA0HQGAPJcBwBk8AkAZLMAAGaLAQDcxgEAqEkQAPrVAQCqVwEAGqYMAHCmDACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAhhgAANwYAACsugcAkkkAACaeBQC6TA0AWocCAHIOAACCmQEAKpYAAIYYAACSSQAAZLMAAGaLAQDcxgEAMscBAIjHAQDexwEANMgBAIrIAQDE6QMAGuoDAOiABgA+gQYAlIEGAOqBBgBAggYAloIGAOyCBgBCgwYAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQD61QEAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAJJJAABmiQAAqJcMACKUAQAqlgAAgJYAAJKhAQBmiQAAkMkAACCRAAAGHQ0AXJQIALKUCACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA2nUEACKUAQAocAMAoFwGANB0BgBmiQAAQt0IANp1BABGfQIAZokAAMJlAgDQdAYA8lwHAGTwCQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAMJlAgBmiQAAZokAALyJAAASigAAaIoAAL6KAAAUiwAAkMsBAObLAQByDgAAyA4AAOgHCgCQywEAZLMAACqWAABOJwAAYN4BALbeAQAqgwwAgIMMACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEATisCALryCgAQ8woAcOYBAL5ECAAMNQIAZLMAAGSzAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAxOkDABrqAwDogAYAPoEGAJSBBgDqgQYAQIIGAJaCBgDsggYAQoMGAMyTAQBgtQIAtrUCAAy2AgBitgIAuLYCAA63AgByDgAAOqICAJCiAgDCZQIA+tUBACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAM4rDQAkLA0AKpYAAKpXAQAgXREAdl0RAMxdEQAiXhEAeF4RAM5eEQAkXxEAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAzisNACQsDQBkswAAZosBANTtAQAq7gEAkqEBAOxnDgCSSQAA0HQGAPJcBwBk8AkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAzisNACQsDQDQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgDUdgYAKoUNAICFDQDWhQ0ALIYNAIKGDQDYhg0ALocNAARaAQDOKw0AJCwNAMqQAAAgkQAABh0NAFyUCACylAgACJUIAF6VCAC0lQgACpYIAP68CQDyXAcAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAzisNACQsDQByDgAAMCAEAIYgBADsZw4AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQDOKw0AJCwNABpABABwQAQAxkAEABxBBAByQQQAyEEEAB5CBAB0QgQAykIEACBDBAB2QwQABFoBAM4rDQAkLA0ATicAAJKhAQCQpAMAWtkAAM5AAgCQpAMAcg4AADAgBACGIAQA7GcOAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAzisNACQsDQDURwQAKkgEAIBIBADWSAQANh8CAEAmAwDoSQAA/p8QAFSgEACqoBAAkMsBADStCQBa2QAAzkACAAw1AgCSoQEANh8CAI6ICwBu1A4A5CACADohAgCQIQIA5iECADwiAgAAAAAANh8CAOzeCQBC3wkAiJ4CAKaYDQD8mA0AUpkNAKiZDQD0CQgAuvoOABD7DgBm+w4AvPsOABL8DgBo/A4A9AkIALr6DgAQ+w4AZvsOALz7DgAS/A4AaPwOAI6ICwBu1A4A5CACADohAgCQIQIA5iECADwiAgA2ZA8AAqIQAJw9DQDC/g4ADsUJAMqQAABmiQAAnD0NAML+DgAOxQkAypAAAGaJAABC3QgANh8CADZkDwACohAAWKIQAK6iEAAEoxAAWqMQALCjEAAGpBAAXKQQAMqQAACSoQEAkqEBADYfAgAoLg0Afi4NANQuDQAqLw0AetwPACKUAQBOKwIANh8CAHBQDACgXAYA+tUBAEY5CwByDgAATicAAJJJAAA2HwIAuugFABDpBQBm6QUAuHoPAA57DwBkew8AunsPAE4rAgAe+AkAdPgJADYfAgC66AUAEOkFAGbpBQC4eg8ADnsPAGR7DwC6ew8AkMkAAHIOAADoHgAAvkQIADYfAgAMNQIAkKQDAEAmAwCS9wEAWKIQAOSICwC+RAgANh8CAPrxDwBOJwAANh8CAHBQDADGUAwAhhgAACqWAACAlgAANh8CAI6ICwBu1A4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAPQJCAB4sA8AzrAPAOaiAgA8owIANh8CAKaaDgAmngUAukwNABBNDQBmTQ0ANmQPAIxkDwA2ZA8AjGQPAOJkDwA4ZQ8AuugFALriAgBEwxAAmsMQAPDDEABGxBAAnMQQAPLEEABIxRAAnsUQADZkDwCMZA8AnD0NAAw1AgDcXw4A9NQCAKY8CgCOiAsAbtQOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQBa2QAAzkACAOiSDwA+kw8AppoOAKaeEAA+SgAAcL8DAH4uDQCQywEA5ssBAIieAgCSSQAANh8CALroBQC64gIARMMQAJrDEADwwxAA+vEPAE4nAAA2HwIAppoOAKaeEAA+SgAAjB8CAOo5DQCSoQEAkqEBAOihAQBa2QAAzJMBACKUAQBOKwIANh8CAI6ICwBu1A4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAypAAAJDLAQB63A8AIpQBAE4rAgA2HwIAMjMNAIgzDQBG7Q8AvkQIAJKhAQDadQQAIpQBAE4rAgA2HwIA+vEPAE4nAAA2HwIAppoOAKaeEAA+SgAAbNcQAMLXEAAY2BAAbtgQAMTYEAAa2RAAcNkQAMbZEAAc2hAActoQAMjaEAAe2xAAdNsQAHpBAgDQQQIActgPAEbtDwDcGAAA3kYBAOhJAAA+SgAAqrEDADYfAgCOiAsAbtQOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQD68Q8AOtcHAJDXBwDm1wcAPNgHAJLYBwDo2AcAPtkHAKRsDQD6bA0AUG0NAKZtDQD81gEAAAAAAAAAAAAAAAAANh8CAJKMDABsLREAwi0RABguEQBwUAwAxlAMAIQOEQDaDhEAMA8RAIYPEQDcDxEAnD0NAGQXCAC+RAgAkKQDAGaJAAC0iQIAhhgAADYfAgCcPQ0AZBcIAL5ECABwJQwAhhgAAGwtEQDCLREAGC4RAHBQDADGUAwAhA4RANoOEQAwDxEAhg8RANwPEQCcPQ0AZBcIAL5ECAByDgAAOqICAJCiAgBC3QgAmN0IAE4rAgC68goANBwBADYfAgBwUAwAxlAMAIQOEQDaDhEAMA8RAIYPEQDcDxEADDUCAGI1AgB+9wYAYOACAJKhAQDsZw4AcFAMAMZQDACEDhEA2g4RADAPEQCGDxEApCsCADYfAgBOKwIAuvIKABDzCgCSjAwAbC0RAMItEQAYLhEAcFAMAMZQDACEDhEA2g4RADAPEQCGDxEA3A8RAFYAAACQSgEA5koBAPTUAgDMkwEAvkQIAHzdDwCAlgAAtskMADqiAgAmngUAukwNAMJlAgD61QEATisCAJCkAwBAJgMA1EcEACpIBACASAQA1kgEAFrZAADMkwEAoFwGAOhJAAA2HwIAjogLAG7UDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQB6QQIA0EECAKaaDgDi4w4A7JANAOzeCQBC3wkAgJYAAFxGDACyRgwANh8CAHAlDADGJQwAPJAOAFYAAAA0HAEANh8CAI6ICwAgBRAAdgUQAAAAAADMBRAALLUPANpMBQAg8QUARu0PAL5ECAA2HwIAjB8CAOIfAgA4IAIAjiACAFrZAADMkwEAoFwGAOhJAAA2HwIAjogLAG7UDgDE1A4AGtUOAPZcBgC66AUAEOkFALyLAQBmIg0AvCINALwiDQDk5A4AfMEBAFARCgCmEQoA/BEKAKSbDwD6mw8AVgAAAJBKAQDmSgEA4mANADhhDQCOYQ0A5GENADYfAgC66AUAEOkFACy1DwCCtQ8A2LUPAC62DwCEtg8A2rYPANp1BABopA0AvqQNAIz+BgCQpAMAZLMAALqzAAAOywwAZMsMALrLDAAqgwwAgIMMACqWAACAlgAA1OsAALIJAwBOKwIApCsCAGaJAACmnhAAPkoAAKqxAwAAsgMAnD0NAPI9DQBIPg0AppoOAPyaDgBSmw4ABJ8OAOIfAgA4IAIA+BUNAE4WDQDi4w4A7JANAPQJCADoHgAAKpYAAKaaDgCmnhAAPkoAAIwfAgCAthAA1rYQACy3EACCtxAA9AkIAHiwDwDOsA8A5qICADyjAgA2HwIAppoOACaeBQC6TA0AEE0NAOzeCQBC3wkANmQPAJDLAQBcRgwAskYMADYfAgA0HAEAIPEFAPTUAgCmPAoA6jkNAJDLAQA2HwIANBwBAIocAQCQywEA5ssBAHBQDADGUAwATicAAOo5DQCQywEANBwBACDxBQDCZQIA0HQGAPJcBwAqlgAAjP4GAIrSBgCSSQAA0HQGAPJcBwBk8AkANh8CAIwfAgDiHwIAOCACAI4gAgCMHwIA6jkNAJDLAQA2HwIAppoOAGaJAABAzgEApp4QAD5KAACqsQMAALIDABDSDwAS0w8AaNMPAL7TDwCMHwIA4h8CADggAgAMJA8AYiQPADYfAgCmmg4A/JoOAFKbDgAwhgwAhoYMANyGDAAyhwwAiIcMAN6HDAA0iAwAiogMALoPBAAQEAQALLUPAIK1DwAeFQMAdBUDAOxnDgCWzgEAMJARAIaQEQC6AhMACCAOAJCkAwCAwwEAksERAJQaEwC+RAgA0j4AANyQEQAykREAksERAKJzEQBCTAAAiJUTAJQaEwC+RAgAlBoTAJQaEwC+RAgAksERALYAEwCUGhMAiJUTAE4rAgA+HwAAIBIBAIiVEwAgEgEAMrwRADK8EQC+RAgAfN0PAEAgAAAgEgEAPMoAADzMAQBCbhEAQm4RAJQaEwA8zAEAlBoTAECSDgAmixEAfIsRAFAhEgAwkBEAhpARAEBvEgCIlRMAaAkAAJLBEQAmixEAfIsRACASAQDIhhEAxNwSABrdEgDE2hEATisCADK8EQDkvxEAOsARADCQEQCGkBEA6G0SADQcAQACohAAMrwRAIKOEQAyvBEAZPAJAJxJEwBQIRIAksERAICPEgCUGhMAaAkAAGgJAABYpBEArqQRAASlEQCIlRMAcg4AAJaYEQDsmBEAlpgRAOyYEQCK6BEAiJUTAOyQDQB+GgMAvkQIAFyUCAC+RAgAWKQRAK6kEQCwKBMAIBIBAFikEQCupBEAsCgTAD4fAAAwkBEAhpARABRkAgA2HwIAdKgMAJLBEQBAJgMA7JANAOyQDQA2HwIAkkkAADK8EQCSlhEA5JQRAETQAQDelRMA3pUTAOSUEQDumREARJoRAJqaEQD+lwwAqpgMAJLBEQCmVwIAlpgRAOyYEQAyvBEA5JQRADqVEQCWmBEALLsSAJaYEQAsuxIAttUSADK8EQBiqREAWqURALClEQDIhhEAWqURAAAAAAA2HwIAWKQRAK6kEQBYpBEArqQRAFikEQCupBEAQpkRAFAhEgD2dhMATHcTADxNAgDklBEAyIYRAJaYEQDsmBEAPE0CAL5ECAA2HwIAiJUTADYfAgBKdhMApJ8RAA6DEwCSwREAksERACjzBAAo8wQAKPMEAEAmAwBC3QgAsCIQAEIKCgCwIhAAunsPALp7DwCSSQAAsp4NAAjUEgBE+QAAcg4AAHIOAAAWrhEAqqAQAET5AACUxBIAcg4AAKqgEAAyvBEAMrwRADK8EQAyvBEAMrwRAMiGEQDIhhEAMrwRADK8EQAyvBEAMrwRADK8EQAyvBEAyIYRAMiGEQDIhhEAMrwRADK8EQAyvBEAyIYRAMiGEQAitBEAyIYRAMiGEQAyvBEAMrwRADK8EQA2HwIANh8CAHY2EwBoCQAAdjYTAGgJAADWuBEAhN0NADYfAgCIlRMAkMsBAFARCgA2HwIAcg4AAHIOAAAyvBEAMrwRAJKhAQAOgxMAWKQRAK6kEQBAJgMAksERAIiVEwByDgAAjL4RADYfAgBk4gIA6B4AAJCkAwAe+AkAhhgAAL5ECAAyqggAvkQIAAwBEwCSwREAcgkTAA6DEwByDgAABogCAFrZAABa2QAAWtkAAIiVEwBa2QAAumECAM4xEACIlRMABogCAIiVEwBIfgIA5hgTAPz4EgBS+RIA8MURAIiVEwBSehMAqHoTAGIMAwAgEgEAiJUTAGoBEQBoCQAAiJUTAFYAAACGGAAAfN0PAKJzEQCQpAMAzrYSAFYAAADmGBMAaAkAAIiVEwCAjxIAaAkAAJLBEQBoCQAAaAkAAEhzEgCSwREAonMRADqiAgCQpAMAttMRAMQUBAB47gMAstERADT3AwDelRMAZBcIAMiGEQDE3BIAGt0SABgHEwBy6wMAWKQRAK6kEQCwKBMA4OgRAMiGEQCIlRMAwOsFAHDqAwDyHBIAyIYRADK8EQAyvBEAWKQRAK6kEQAyvBEA5L8RADrAEQDIDgAAksERAP5mCQDsZw4AksERANq8EgDavBIAksERAHbgEgDevBEAZjsEADYfAgCSwREAxtsRADzMAQCIlRMANh8CADYfAgA2HwIA3pUTADYfAgCicxEAiJUTADYfAgCSwREADoMTAOS/EQA6wBEAAJkMAL7qBQBInhIAUpULAM6DDgCIlRMAfnYGAIiVEwBcbQoAtv4RAEAgAACSwREAxtsRABzcEQC4gBIAiJUTADqiAgDsZw4AksERALYAEwBE+QAASJ4SAPIcEgD05gsAErUAAAw1AgA2HwIAyIYRAMTcEgAa3RIAWKQRAA7XEgDOgw4Alm8SAKJzEQByDgAAIBIBADLnEQCOaxIA5GsSALiAEgCSSQAAyIYRAMTcEgAa3RIAGAcTAG4HEwC4gBIAkkkAALiAEgCSSQAADn8RAKDzEQCIlRMANh8CAIiVEwA2HwIAksERALYAEwBQIRIAksERAGzZEQDC2REAGNoRAIRmEgA2HwIA4pMRAJLBEQAyvBEA5L8RADrAEQAQARIAYhIGAKJzEQCcSRMAyqgMAN6VEwAyvBEA3pUTADK8EQCOlBEAQCYDANYOEgAsDxIAgg8SAGzZEQDC2REAGNoRAG7aEQD4dRIA1g4SACwPEgCCDxIADn8RAARiBQDIhhEAxNwSABrdEgAYBxMAbgcTAAQYCwCIlRMAOqICAIiVEwBInhIAonMRACjzBABw6gMA+tUBADK8EQDkvxEAOsARAA6BEgBAIAAAyIYRAMTcEgAa3RIAiJUTAEAmAwAYBxMAbgcTAKTlCQC4gBIAkkkAACgNEgB+DRIA1A0SAMQHEwB+dgYAKA0SADK8EQDg6hIAyIYRAN6VEwAyvBEA5L8RAN6VEwDsZw4ANh8CAA6DEwDkvxEAOsARAADjBgCSwREAtgATAIiVEwDsOg0AksERAIiVEwCEpAYAagUTAMiGEQDelRMAlpgRAOyYEQC+RAgA7nASANYOEgAsDxIAgg8SAA6DEwDkvxEAOsARALbTEQA6ogIA7GcOAGoFEwCIlRMA7GcOADYfAgAuvBIAvkQIAPTUAgBqBRMAwAUTABYGEwAOfxEAIBIBAJLBEQCIlRMA4uMOAKJzEQC2yQwAyIYRAGoFEwDIhhEAagUTADK8EQDelRMA3pUTAN6VEwAyvBEA5L8RADrAEQBs2REAwtkRABjaEQAwkhIAxAcTABoIEwBInhIAQCAAAG7aEQA26REAagUTAMAFEwAWBhMAbAYTAA6DEwDevBEAlJsTACrjEQCA4xEAlJsTACgNEgBqBRMAyIYRAMTcEgAa3RIAyIYRAMTcEgAa3RIAiJUTAM7hEgA4Cw0AiJUTAOxnDgCIlRMA+gwIAKJzEQA2HwIAPMwBACASAQCSwREAduASAN68EQBY/BIAAAAAAL5ECAAAAAAANJYTAJLBEQB24BIA3rwRAFj8EgAAAAAAvkQIAAAAAACIlRMAiJUTALoCEwCIlRMAugITAIiVEwC6AhMANJYTAIiVEwDavBIA3pUTADK8EQAyvBEA5L8RADrAEQCSwREAAAAAALYAEwDskA0AyIYRAMTcEgAa3RIAVM0RAIiVEwDmGBMAkkkAAAZ9EgAO1xIAZBcIAMrfEgAg4BIAsCgTAJCkAwBqBRMAwAUTABYGEwCSwREAksERADK8EQDkvxEAOsARAIR/CQAAAAAApEsSAPpLEgBQTBIAMqoIAODqEgA26xIAjOsSAIiVEwAOfxEAOAsNAEzWAgDsZw4AksERAIiVEwDOthIAOIYKAA5/EQCIlRMAZPAJAFAhEgBYpBEArqQRAJaYEQDsmBEAyIYRAMTcEgAa3RIAWIgDAJLBEQCIlRMAGuoDADK8EQAyvBEA5L8RADrAEQC+RAgAQCAAADK8EQBi1hIAMrwRAOS/EQA6wBEAFIYTAAAAAADIhhEAxNwSABrdEgCSwREAxtsRABzcEQCicxEAksERACD5CQBInhIAonMRAOAcAQAAAAAAiJUTAEieEgCicxEA4BwBABZaEgDIhhEAxNwSABrdEgB24BIA3rwRAIiVEwCSwREAMrwRAOS/EQA6wBEAiJUTAJCkAwBMoBIANh8CANZkEgAyvBEARPkAANh+CQCSSQAAcgkTAJCkAwA8zAEAiJUTAICWAADavBIAWIgDAJwcEgA2HwIANh8CAJLBEQCwKBMAZIMTACASAQBQIRIANh8CAOhtEgCgXAYAxtsRABzcEQCcHBIAIpQBABZaEgBsWhIAwloSAL5ECAAAAAAAAAAAAAAAAACIlRMASJ4SAAAAAAAAAAAAAAAAAOhtEgCmdxIAkkkAADYfAgAgEgEAiJUTAOYYEwBInhIAvkQIADK8EQDyHBIA8hwSADK8EQDevBEAfhoDACCMEwDE3BIAGt0SABgHEwBuBxMAnEkTAA6DEwDevBEAKPMEAMiGEQAehxEAKPMEACqWAACSSQAAuhcIAIiVEwBmiQAAuhcIAN6VEwCwfBIAnBwSAFikEQCupBEAQpkRAMbbEQAc3BEAWKQRAK6kEQBCmREAxtsRABzcEQCSSQAAkkkAALb+EQB8wQEA4OoSADbrEgCM6xIAuIASAIiVEwCQpAMAMrwRAIiVEwAa6gMAvAMTADYfAgAyvBEA5L8RADrAEQAahxIAcIcSACjzBAAo8wQAiJUTABrqAwAa6gMAvuoFAC68EgCicxEAAAAAAIiVEwCIlRMAKpYAAJLBEQAa6gMAzuESADYfAgBuTQsATisCAN6TEgA0lBIAVgAAAFYAAAB+dgYAksERADYfAgCIlRMAiJUTAIYYAADIhhEAxNwSABrdEgBAGRIA7DoNAHLrAwAyvBEA5L8RADrAEQA2ZA8AWKQRAA7XEgCCuxIAgI8SAGTwCQCAjxIAgI8SAL5ECACGGAAAWKQRAA7XEgCupBEAyIYRAJLBEQCAjxIA1o8SACyQEgCcSRMAlpoSAGraEgAyvBEAGuoDAJLBEQAAFAoADhsKAAAAAAD2dBIATHUSAAAAAAAAAAAAeCUKADiUEQDsOg0AksERAIiVEwCIlRMA2rwSAJJJAACSwREAiJUTAAKiEACSwREAIBIBADYfAgCSwREAeuISAIYYAAAy5xEAnEkTAFAhEgCIlRMAiJUTAIiVEwCGGAAAhhgAAIYYAABQIRIAiJUTAIiVEwCGGAAAhhgAAIYYAACGGAAAhhgAADK8EQDkvxEAOsARAIiVEwA2HwIAiJUTADYfAgCIlRMAIBIBAMKwEgAgEgEANh8CAIiVEwBoCQAAwrASAGgJAADO4RIAZPAJAMKwEgBAJgMAAAAAAJCkAwBusRIAkKQDAIiVEwDO4RIAqKUTAJLBEQCopRMAiJUTAKilEwAyvBEA5L8RADrAEQCIlRMA2OAPACASAQCicxEAcg4AAHIOAACicxEA7GcOAM7hEgBAJgMAiJUTAEAmAwDIhhEAxNwSABrdEgAyvBEA5L8RADrAEQA2HwIA5ssBAIiVEwA2HwIAiJUTAJLBEQCenhIANh8CACASAQCSwREAiJUTAJCkAwA2HwIAPMwBAN6+EgAgEgEA/DwKAJxJEwCSwREAvkQIAGgJAACIlRMAwrASAAAAAAA2HwIAlpgRAOyYEQCK6BEAAqIQADK8EQDkvxEAOsARANANEwCSwREAOm4TALYAEwDkbRMAksERAJLBEQCUxBIA6sQSAEDFEgCUxBIA6sQSAEDFEgCWxRIA7MUSAJTEEgDqxBIAQMUSAJbFEgDsxRIAtgATADK8EQDkvxEAOsARANANEwCSwREAOm4TALYAEwDkbRMAksERAD5kDQCSwREAkkkAAPTUAgCSSQAADoMTAOS/EQA6wBEAksERAAbTEgC+RAgAkKQDAORhDQBAJgMA3D4TAA7XEgBi3wEANh8CAHIOAAAAAAAAtskMAAAAAAAsuxIAWNESAK7REgAE0hIAiJUTAA6DEwDkvxEAOsARADYfAgBoCQAAKPMEACjzBACcSRMANh8CAMiGEQA2HwIAksERAEAmAwCSwREAEpADAOYYEwDmGBMANmQPAJLBEQCIlRMANh8CAFikEQCupBEADoMTAOS/EQA6wBEADoMTADYfAgC+RAgAiJUTAL5ECABa0hIAJgINAGTwCQBoCQAAnEkTAH7zBADMYRMAEowBAET5AABY/BIAlpgRAOyYEQBKag0A3D4TABxRDAA2HwIAMOgSADYfAgAcUQwA7hwTAJweEwDciA0AkvcBAMiGEQDE3BIAGt0SADYfAgCIlRMAiJUTAA6DEwA6ogIAOqICAA6DEwAOgxMAvkQIAPadEQBMnhEAPO4SALyrEQDIhhEAMrwRAN68EQD6KwIAnD0NACrDAQBapREAyIYRAH5wAwCS9wEAvuoFAKq9CQD0XQcATisCAJJJAACgBgYAvkQIAIiVEwDsZw4AdjYTAGTiAgB8bQIAZOICAHxtAgAcaAIAUpULAN6VEwBM1gIAiJUTAGgJAAA2HwIAEqwRAOgeAAB+cAMASnYTADYfAgCIlRMA5JQRAETQAQCIlRMAnEkTAI6YEwB+8wQAiJUTAEAmAwBAJgMAQCYDAEAmAwCSwREAksERAHjhEgDevBEAHN4SADYfAgCSSQAAOqICALoCEwByDgAA7GcOAMiGEQDE3BIAGt0SADKqCAAyvBEA5L8RADrAEQDEBxMAGggTAMbbEQAc3BEAxtsRABzcEQAyvBEA7hwTADxNAgCIlRMANh8CAH4aAwCWmBEA/iQTAJLBEQC6LRMAaKQNAEbtDwA2HwIA7hwTAJweEwD4xQ8AhhgAAO4cEwCcHhMA+MUPAJJ4AgDuHBMAnB4TAPjFDwBYpBEArqQRALAoEwBcKRMAJA0TAHoNEwAoDxMA7hwTAJweEwD4xQ8A7hwTAJweEwD4xQ8A7hwTAJweEwD4xQ8AWKQRAK6kEQD4xQ8AJIQOAFikEQAA0BIADoMTAGLWEgCIlRMANh8CAE4nAABOJwAATisCAChDAgBCbhEA4hYTADgNDgC2ABMANh8CAIiVEwA2HwIAptYBAO7xEgDOgw4ANh8CADYfAgDc6BIAUCESAPZ2EwCupBEAYt8BADYfAgASpg4APqIBAOo5DQDQDRMAMrwRAE4rAgBmTQ0A0A0TAEAmAwDQDRMAQCYDAJLBEQA2HwIANh8CAO4cEwCcHhMAiJUTAFikEQCupBEAsCgTALJGDAA2HwIANh8CADYfAgCK6BEANh8CAM4MEwAoiA8Acg4AAFrKDgCWmBEAksERAMiGEQC2Hw0AHFEMABSGEwAAAAAAHFEMAADKDwDGMxMAAssPABw0EwBQIRIAbNsSAA6DEwDevBEA7hwTANKHDwBCbhEAUCESAMYzEwBQIRIAHDQTAFAhEgDuHBMAnB4TAOLrEgBWAAAAhlUJAJJJAABUohEAcg4AADYfAgAcUQwA3OgSADYfAgCCuxIAkngCALgsEwDmbhMAPG8TAJCkAwCyRgwAvkQIADYfAgA2HwIANh8CAIiVEwCobg0AqG4NAKhuDQCobg0ATisCAE4rAgCu9g8ANh8CAFikEQAsPBMA7hwTAEBxEwA2HwIA7hwTACiIDwA2HwIAlBoTAKgkEwBYpBEA/iQTADYfAgC6LRMAEC4TAIJnEwBmLhMANh8CADYfAgDuHBMAKIgPAJQaEwCoJBMAWKQRAP4kEwA2HwIAQj8PAEBGEwBYpBEArqQRAA6DEwDevBEANh8CANw+EwCcSRMAnEkTAET5AAC+2RIAmEcTAGraEgDo9wEAqG4NAKhuDQCobg0AqG4NADYfAgC4LBMA7sQRAFqlEQC0pxEAskYMALh6DwAUZAIAlnETAADQEgCUGhMAksERAJhyEwCSwREAnEkTAEAmAwA4DQ4AOA0OADYfAgDsOg0Aui0TABAuEwC+RAgAvkQIANa2EABYpBEArqQRAOw6DQC6LRMAEC4TAL5ECAC+RAgA1rYQAOAVEwA2FhMAWKQRAA7XEgC21RIAAAAAAJLBEQCSwREAfhoDADK8EQDuHBMARpcPALR+EgAO1xIAEFkTANRlEwAOgxMAYtYSAEAmAwAKfxIAsCgTAPrVAQCIlRMAYmACAFYAAADQDRMA7hwTAEaXDwCSSQAAMrwRAL5ECAA2HwIAWKQRAK6kEQDWthAA4mQPAEAmAwBAJgMAfMEBAHzBAQB8wQEAfMEBAEAmAwCSwREAfMEBADYfAgA2HwIANh8CAAAAAAAAAAAA7hwTAEBxEwBYpBEArqQRANa2EAA+kw8AiJUTAO4cEwD61QEAiJUTAO4cEwBKdhMAksERADYfAgA2HwIAkKQDAL5ECAAqlgAANh8CALgsEwDmbhMAPG8TAJJvEwDobxMAPnATAJRwEwBAJgMAWKQRAK6kEQBCmREAui0TABAuEwD0dRMAksERAJxJEwCcSRMAnEkTAJxJEwDuHBMAHFEMAEAmAwDklBEA0EECAFikEQAO1xIAQBsTAA6DEwDkvxEA4hYTAKR4EwD6eBMAUHkTAKZ5EwAOgxMA3rwRAJTZBwAOgxMAksERAKx8EwBAJgMA7GcOALp5DgAoDxMA7mgOAO4cEwDShw8A4hYTAKR4EwD6eBMAUHkTAKZ5EwD8eRMAKA8TAOIWEwCkeBMA+ngTAFB5EwCmeRMA/HkTADK8EQCcSRMARh4TACASAQDc6BIAiJUTACASAQC2ABMAIBIBALYAEwCWmBEALLsSACASAQA2HwIA7hwTAJweEwBYpBEArqQRANBBAgC8WRMAvFkTANBBAgDIhhEAyIYRAMiGEQDWDhIAyIYRAMiGEQDIhhEAyIYRAJaYEQAsuxIAyIYRANYOEgDIhhEAxt0SAMiGEQDG3RIAyIYRAMbdEgDg6hIAxt0SAMiGEQDG3RIAyIYRAMbdEgC+1xEAxt0SAMiGEQDG3RIAbNkRAMLZEQAEpREANh8CAJxJEwA2HwIAQCYDAJLBEQCGGAAA7GcOAFqlEQCS7hIAcjQTAHI0EwBapREAsKURAELdCAA2lxMAQCYDAEAmAwByDgAAcg4AAE7KEQCSwREA6PcBAMiGEQCIlRMA4mQPAJSbEwDiZA8AiJUTAMiGEQCicxEAiJUTAKJzEQDIhhEAxNwSAKJzEQDunRMARJ4TAMiGEQBAJgMALucSAJLBEQA2HwIANh8CADYfAgCopRMANh8CADYfAgA2HwIAqKUTADYfAgDu3QgAqKUTAIiVEwDcDxEANh8CADYfAgCopRMAksERAGzZEQDC2REAGNoRAMiGEQAEWgEAlBoTAKgkEwA2HwIADoMTAN68EQBYpBEArqQRALAoEwASjAEAEiMNAL5aEwDMYRMA7GcOADzDEgAsuxIAttUSAM6DDgAyvBEAYtYSAM6DDgCIlRMAQt0IAFTNEQB64hIA7hwTAJweEwBYpBEADtcSABBZEwCIlRMAonMRAGZNDQCGGAAAiJUTAGTwCQBYpBEArqQRALAoEwC4+Q4AVM0RAIhqEwBYpBEALDwTAO4cEwDShw8AiJUTAA==","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAIAAIADAACAAAAAgAIAAIADAAAAAAAAgAAAAIACAACAAAAAgAEAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAgAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIAAAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAAAAgAMAAIADAAAAAQAAAAAAAIABAACAAAAAgAEAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAgAMAAAADAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABACABAAAAAAAAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAQAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAACAAAAAAgABAAAGAAAIAAAAAgAAAAQECOQAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAKCAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAEEABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAgAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAACAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAgYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAIAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAIgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAgAAAAAIAAQAABgAAiAAAAAIAAAAEBAjkABAgAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAAEAAAAAAAEAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAIAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAIAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgACAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAgAAAAIgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAgAAAAIgAEAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAICIAAAAAADgAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAQAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAgABAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAADAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5gAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAGAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAABgACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAA="},"index":{"lists":[[13,14,15,29,30,109,111,112,113,211,247],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,86,87,89,90,91,92,93,94,95,96,97,98,99,100,104,105,106,107,109,111,112,113,117,122,123,150,153,154,156,168,169,170,173,174,175,176,190,191,199,202,211,216,218,219,223,224,227,236,237,241,247,249,251,252,253,254,256,258,259,261,262,265,266,267,268,269,283],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,59,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,82,86,87,89,90,91,92,93,94,95,96,97,98,99,100,103,104,105,106,107,109,111,112,113,117,122,123,129,150,153,154,156,168,169,170,173,174,175,176,181,182,183,190,191,199,202,211,216,218,219,220,223,224,227,236,237,241,247,249,251,252,253,254,256,258,259,261,262,265,266,267,268,269,272,273,274,283],[5,13,14,15,20,29,30,51,52,79,102,109,111,112,113,211,226,247,269,272,289],[13,14,15,20,29,30,109,111,112,113,141,142,143,211,247,275,276,277,278,279,280,281],[6,7,13,14,15,29,30,109,111,112,113,211,227,247],[13,14,15,29,30,78,80,109,111,112,113,211,247],[13,14,15,29,30,109,111,112,113,211,247,262,282],[10,13,14,15,29,30,91,109,111,112,113,122,123,148,149,177,178,211,247,262,267,268],[10,13,14,15,29,30,109,111,112,113,141,142,143,211,247],[10,13,14,15,29,30,54,77,84,89,92,96,97,109,111,112,113,133,141,142,143,144,162,189,190,191,193,197,205,208,211,219,221,222,223,224,235,243,244,245,246,247,255,283],[13,14,15,29,30,37,38,39,45,46,109,111,112,113,121,196,209,211,212,214,247,248,261],[13,14,15,29,30,109,111,112,113,145,211,247,295],[12,13,14,15,29,30,109,111,112,113,211,247],[1,10,13,14,15,20,21,29,30,109,111,112,113,141,142,143,171,172,198,211,247,249,253,254,283],[10,13,14,15,20,28,29,30,31,34,109,111,112,113,141,142,143,147,171,172,211,247,249,253,254,283],[4,10,13,14,15,18,19,20,29,30,56,109,111,112,113,141,142,143,171,172,211,227,247,249,253,254,266,283],[6,10,13,14,15,20,29,30,40,109,111,112,113,141,142,143,171,172,173,211,213,247,249,253,254,271,283],[0,2,9,10,11,13,14,15,16,18,20,29,30,33,43,44,47,48,106,109,111,112,113,141,142,143,165,171,172,173,186,192,195,211,227,229,247,249,250,253,254,257,260,263,283,284,287,290,291,294,296],[3,5,10,13,14,15,20,25,29,30,33,43,47,48,50,59,62,63,85,88,107,108,109,111,112,113,117,119,125,126,128,134,141,142,143,146,151,154,157,165,171,172,173,180,184,185,188,194,201,203,204,210,211,215,216,227,228,239,242,247,249,253,254,283,292,297],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,211,247,249,253,254,283],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,173,211,247,249,253,254,283],[10,13,14,15,17,20,29,30,109,111,112,113,141,142,143,171,172,211,247,249,253,254,283],[10,13,14,15,20,25,27,29,30,33,109,111,112,113,141,142,143,171,172,210,211,247,249,253,254,283],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,211,247,249,253,254,283,288],[10,13,14,15,20,29,30,105,109,111,112,113,141,142,143,171,172,173,179,207,211,247,249,253,254,273,283,285,286],[10,13,14,15,20,29,30,100,108,109,111,112,113,120,124,135,141,142,143,167,171,172,180,211,231,247,249,253,254,273,283],[10,13,14,15,20,29,30,32,59,109,111,112,113,119,127,141,142,143,156,157,171,172,200,210,211,216,247,249,253,254,283],[9,10,13,14,15,20,22,29,30,49,83,109,111,112,113,141,142,143,171,172,173,211,247,249,253,254,283],[10,13,14,15,16,20,29,30,32,33,65,109,111,112,113,141,142,143,156,171,172,187,210,211,247,249,253,254,283],[10,13,14,15,20,23,24,29,30,35,36,58,70,109,111,112,113,118,130,132,136,141,142,143,152,158,159,160,161,163,164,166,171,172,176,206,211,217,218,230,233,238,240,241,247,249,253,254,264,270,283],[10,13,14,15,19,20,21,29,30,73,109,110,111,112,113,141,142,143,171,172,211,247,249,253,254,283],[7,10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,211,247,249,253,254,283],[10,13,14,15,20,26,29,30,32,33,109,111,112,113,141,142,143,171,172,173,210,211,247,249,253,254,283],[10,13,14,15,20,26,29,30,32,109,111,112,113,141,142,143,171,172,210,211,247,249,253,254,283],[13,14,15,29,30,109,111,112,113,116,131,137,138,139,140,155,211,232,234,247,293],[13,14,15,29,30,81,109,111,112,113,211,247],[10,13,14,15,20,29,30,41,42,109,111,112,113,141,142,143,211,247,249,253,254,283],[13,14,15,29,30,51,109,111,112,113,211,247],[13,14,15,29,30,52,55,57,60,61,109,111,112,113,211,247],[13,14,15,29,30,53,109,111,112,113,211,247],[13,14,15,29,30,64,68,69,71,109,111,112,113,211,247],[13,14,15,29,30,67,90,109,111,112,113,211,247],[13,14,15,29,30,67,109,111,112,113,114,115,211,247],[13,14,15,29,30,67,91,93,109,111,112,113,211,247],[13,14,15,29,30,67,109,111,112,113,211,247],[13,14,15,29,30,72,74,76,90,109,111,112,113,211,247,256],[13,14,15,29,30,75,109,111,112,113,175,211,247],[13,14,15,29,30,90,109,111,112,113,211,247,256],[13,14,15,29,30,91,93,99,109,111,112,113,211,247,274],[13,14,15,29,30,93,109,111,112,113,211,247],[13,14,15,29,30,98,104,109,111,112,113,211,247,256,274],[13,14,15,29,30,101,109,111,112,113,211,225,247],[13,14,15,29,30,109,111,112,113,174,211,247],[13,14,15,29,30,109,111,112,113,211,247,256],[13,14,15,29,30,109,111,112,113,211,247,274],[13,14,15,29,30,95,109,111,112,113,181,182,183,211,247,259],[5,13,14,15,20,29,30,51,52,95,109,111,112,113,181,182,183,211,247,259,269,272],[13,14,15,20,29,30,95,109,111,112,113,181,182,183,211,236,237,247,259],[6,7,13,14,15,29,30,95,109,111,112,113,181,182,183,211,227,247,259],[13,14,15,29,30,95,109,111,112,113,181,182,183,211,247,259,262],[10,13,14,15,29,30,91,95,109,111,112,113,122,123,181,182,183,211,247,259,262,267,268],[10,13,14,15,29,30,95,103,109,111,112,113,181,182,183,211,236,237,247,259],[10,13,14,15,29,30,54,77,82,86,87,89,92,94,95,96,97,109,111,112,113,181,182,183,190,191,202,211,219,220,223,224,236,237,247,259,283],[13,14,15,29,30,95,109,111,112,113,181,182,183,211,247,259,261],[1,8,10,13,14,15,20,21,29,30,95,109,111,112,113,181,182,183,211,236,237,247,249,251,252,253,254,259,265,283],[10,13,14,15,20,29,30,95,109,111,112,113,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[4,10,13,14,15,18,19,20,29,30,56,95,109,111,112,113,181,182,183,211,227,236,237,247,249,251,252,253,254,259,266,283],[6,10,13,14,15,20,29,30,95,109,111,112,113,173,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[2,9,10,13,14,15,16,18,20,29,30,95,106,109,111,112,113,173,181,182,183,211,227,236,237,247,249,251,252,253,254,258,259,283],[5,10,13,14,15,20,29,30,59,62,63,95,107,109,111,112,113,117,150,154,173,181,182,183,211,216,227,236,237,247,249,251,252,253,254,259,283],[10,13,14,15,20,29,30,95,109,111,112,113,181,182,183,199,211,236,237,247,249,251,252,253,254,259,283],[10,13,14,15,20,29,30,95,109,111,112,113,173,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[10,13,14,15,17,20,29,30,95,109,111,112,113,129,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[10,13,14,15,20,29,30,95,105,109,111,112,113,173,181,182,183,211,236,237,247,249,251,252,253,254,259,273,283],[10,13,14,15,20,29,30,95,100,109,111,112,113,181,182,183,211,236,237,247,249,251,252,253,254,259,273,283],[10,13,14,15,20,29,30,59,95,109,111,112,113,156,181,182,183,211,216,236,237,247,249,251,252,253,254,259,283],[9,10,13,14,15,20,29,30,95,109,111,112,113,173,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[10,13,14,15,16,20,29,30,95,109,111,112,113,150,153,156,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[10,13,14,15,20,29,30,70,95,109,111,112,113,150,176,181,182,183,211,218,236,237,241,247,249,251,252,253,254,259,283],[10,13,14,15,19,20,21,29,30,73,95,109,111,112,113,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[7,10,13,14,15,20,29,30,95,109,111,112,113,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[13,14,15,29,30,81,95,109,111,112,113,181,182,183,211,247,259],[10,13,14,15,20,29,30,95,109,111,112,113,181,182,183,211,236,237,247,249,253,254,259,283],[13,14,15,29,30,51,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,52,55,57,60,61,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,53,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,68,69,71,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,66,67,90,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,67,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,67,91,93,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,72,74,76,90,95,109,111,112,113,168,181,182,183,211,247,256,259],[13,14,15,29,30,75,95,109,111,112,113,175,181,182,183,211,247,259],[13,14,15,29,30,90,95,109,111,112,113,181,182,183,211,247,256,259],[13,14,15,29,30,91,93,95,99,109,111,112,113,170,181,182,183,211,247,259,274],[13,14,15,29,30,93,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,95,98,104,109,111,112,113,181,182,183,211,247,256,259,274],[13,14,15,29,30,95,109,111,112,113,169,181,182,183,211,247,259],[13,14,15,29,30,95,109,111,112,113,170,181,182,183,211,247,259],[13,14,15,29,30,95,109,111,112,113,174,181,182,183,211,247,259],[13,14,15,29,30,95,109,111,112,113,181,182,183,211,247,256,259],[13,14,15,29,30,95,109,111,112,113,181,182,183,211,247,259,274]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[8250,40],[9135,41],[215,42],[10095,43],[10003,44],[8595,45],[10008,46],[9472,47],[10007,48],[10004,49],[8730,50],[10006,51],[8505,52],[9762,0],[9888,0],[8617,0],[8226,53],[10060,54],[9654,55],[65123,55]],"plainDefault":0,"spaced":[56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,57,58,56,56,59,56,56,56,60,56,61,62,56,63,63,63,63,63,63,63,63,63,63,56,56,56,64,56,56,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,82,83,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,56,56],"spacedOther":[[160,56],[5760,56],[8192,56],[8193,56],[8194,56],[8195,56],[8196,56],[8197,56],[8198,56],[8199,56],[8200,56],[8201,56],[8202,56],[8232,56],[8233,56],[8239,56],[8287,56],[12288,56],[65279,56],[9676,84],[9679,85],[8250,86],[9135,87],[215,88],[10095,89],[10003,90],[8595,89],[10008,91],[9472,92],[10007,93],[10004,94],[8730,95],[10006,96],[8505,56],[9762,97],[9888,97],[8617,98],[8226,99],[10060,100],[9654,101],[65123,101]],"spacedDefault":56,"blank":56}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,75,77,78,79],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,56,57,59,60,61,62,63,64,65,66,67,68,69,71,72,73,74,75,77,78,79,82,86,87,105,106,107,108,115,116,117,120,121,122,135,136,143,146],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,54,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,77,78,79,82,86,87,92,105,106,107,108,115,116,117,120,121,122,127,128,129,135,136,143,146],[6,7,26,27,51,70,75,77,78,79],[6,7,75,77,78,79,99,100,101],[6,7,50,52,75,77,78,79],[6,7,61,75,77,78,79,86,87,103,104,123,124],[6,7,29,49,55,59,62,66,67,75,77,78,79,95,99,100,101,102,111,134,135,136,138,141,147],[6,7,13,14,20,21,75,77,78,79,85,141],[6,7,75,77,78,79,102],[6,7,75,77,78,79,99,100,101,118,119,142],[5,6,7,8,11,75,77,78,79,99,100,101,102,118,119],[6,7,75,77,78,79,99,100,101,118,119],[6,7,15,75,77,78,79,99,100,101,118,119,120],[6,7,10,18,19,22,23,73,75,77,78,79,99,100,101,114,118,119,120,132,137,140],[2,6,7,10,18,22,23,25,33,36,37,55,58,74,75,77,78,79,82,83,89,90,91,96,99,100,101,102,107,108,114,118,119,120,126,130,131,134,139,145,147],[6,7,75,77,78,79,99,100,101,118,119,120],[2,4,6,7,10,75,77,78,79,99,100,101,118,119],[6,7,75,77,78,79,84,96,99,100,101,114,118,119,126],[6,7,9,33,75,77,78,79,83,90,99,100,101,108,118,119,144],[0,6,7,24,54,75,77,78,79,99,100,101,118,119,120],[6,7,9,10,75,77,78,79,99,100,101,108,118,119,133],[0,1,6,7,12,32,42,75,77,78,79,82,93,94,96,99,100,101,108,109,110,112,113,114,118,119,122],[6,7,45,75,76,77,78,79,99,100,101,118,119],[3,6,7,9,10,75,77,78,79,99,100,101,118,119,120],[3,6,7,9,75,77,78,79,99,100,101,118,119],[6,7,75,77,78,79,82,93,97,98,107],[6,7,53,75,77,78,79],[6,7,16,17,75,77,78,79,99,100,101],[6,7,30,75,77,78,79,99,100,101],[6,7,75,77,78,79,99,100,101,106],[6,7,72,75,77,78,79,99,100,101,125],[6,7,69,74,75,77,78,79,88,99,100,101],[6,7,38,75,77,78,79,99,100,101],[6,7,26,75,77,78,79],[6,7,27,30,31,34,35,75,77,78,79],[6,7,28,75,77,78,79],[6,7,37,41,42,43,75,77,78,79],[6,7,40,60,75,77,78,79],[6,7,40,75,77,78,79,80,81],[6,7,40,61,63,75,77,78,79],[6,7,40,75,77,78,79],[6,7,44,46,48,60,75,77,78,79],[6,7,47,75,77,78,79,122],[6,7,60,75,77,78,79],[6,7,61,63,69,75,77,78,79],[6,7,63,75,77,78,79],[6,7,68,71,75,77,78,79],[6,7,70,75,77,78,79],[6,7,75,77,78,79,121],[6,7,65,75,77,78,79,127,128,129],[6,7,26,27,65,70,75,77,78,79,127,128,129],[6,7,61,65,75,77,78,79,86,87,127,128,129],[6,7,65,70,75,77,78,79,127,128,129],[6,7,29,49,54,56,57,59,62,64,65,66,67,75,77,78,79,127,128,129,135,136,146],[6,7,65,75,77,78,79,120,127,128,129],[6,7,65,73,75,77,78,79,120,127,128,129],[6,7,33,36,37,65,74,75,77,78,79,82,105,107,108,120,127,128,129],[6,7,65,75,77,78,79,127,128,129,143],[6,7,65,75,77,78,79,92,127,128,129],[6,7,33,65,75,77,78,79,108,127,128,129],[6,7,54,65,75,77,78,79,120,127,128,129],[6,7,65,75,77,78,79,105,106,108,127,128,129],[6,7,42,65,75,77,78,79,82,105,108,122,127,128,129],[6,7,45,65,75,77,78,79,127,128,129],[6,7,65,75,77,78,79,82,107,127,128,129],[6,7,53,65,75,77,78,79,127,128,129],[6,7,30,65,75,77,78,79,127,128,129],[6,7,65,75,77,78,79,106,127,128,129],[6,7,65,72,75,77,78,79,127,128,129],[6,7,65,69,74,75,77,78,79,127,128,129],[6,7,26,65,75,77,78,79,127,128,129],[6,7,27,30,31,34,35,65,75,77,78,79,127,128,129],[6,7,28,65,75,77,78,79,127,128,129],[6,7,37,41,42,43,65,75,77,78,79,127,128,129],[6,7,39,40,60,65,75,77,78,79,127,128,129],[6,7,40,65,75,77,78,79,127,128,129],[6,7,40,61,63,65,75,77,78,79,127,128,129],[6,7,44,46,48,60,65,75,77,78,79,115,127,128,129],[6,7,47,65,75,77,78,79,122,127,128,129],[6,7,60,65,75,77,78,79,127,128,129],[6,7,61,63,65,69,75,77,78,79,117,127,128,129],[6,7,63,65,75,77,78,79,127,128,129],[6,7,65,68,71,75,77,78,79,127,128,129],[6,7,65,75,77,78,79,116,127,128,129],[6,7,65,75,77,78,79,117,127,128,129],[6,7,65,75,77,78,79,121,127,128,129]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[8250,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,50,50,50,50,50,50,50,50,50,52,53,50,54,54,54,54,54,54,54,54,54,54,50,50,50,50,50,50,50,50,50,50,55,56,57,58,50,55,59,50,50,50,55,50,60,50,61,62,63,64,50,55,50,50,50,65,50,50,66,50,50,50,50,67,50,50,68,50,50,50,50,50,50,50,69,70,50,50,50,50,68,50,50,50,50,50,50,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,71],[9679,72],[8250,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[9472,79],[10007,80],[10004,81],[8730,82],[10006,83],[8505,53],[9762,84],[9888,84],[8617,85],[8226,86]],"spacedDefault":50,"blank":50}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6,7,11,12,24],[4,6,7,8,11,12,24],[13],[7,9,10,11,12,20,26,27,28,29],[2],[1],[3,4,14,22,25],[16],[4],[0,5,6,15,18,23,24],[17,19],[21],[7,8,11,12],[6,24]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
  if (failing.length === 0) return judgeByFatal(inputs.run, inputs.counts, unaccounted(inputs.all), inputs.reportedFailures);
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
function judgeByFatal(run, counts, other, reported = 0) {
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
