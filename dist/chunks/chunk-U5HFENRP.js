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
} from "./chunk-4YPXGNEM.js";
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
} from "./chunk-A3GHAN5G.js";
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
var DERIVED = `{"prefilter":{"key":"rules 298\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?:connecting to|connect to|Redis on) ['\\"]?[a-z][a-z0-9+.-]{1,20}:\\\\/\\\\/[^\\\\s'\\"/]{1,255}\\\\/[^\\\\s:'\\"]{0,200}:\\\\d{1,5}(?!\\\\d)/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -[235]\\\\b|\\\\[Errno -[235]\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:(?!-)\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error -[235] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5}\\\\./\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError(?!:?\\\\s{1,4}Error connecting to Redis on (?!(?:[\\\\w.-]{1,255}:\\\\d{1,5}|\\\\/[^\\\\s()]{1,255}) \\\\((?!Errno::EINVAL\\\\)|Redis::TimeoutError\\\\)|SocketError\\\\))))/\\n/Error connecting to Redis on localhost:\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?!localhost:)(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{0,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/\\n/(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[20,26,30,31,32,33,34,35,36,45,54,56,59,60,61,167,176,210,222,223,249,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,472,473,474,475,477,478,480,482,483,484,485,486,487,488,491,492,493,495],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,9472,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":13182,"states":14909,"edges":"AAAAAAAAAAABAAAAVgAAAAIAAABmiQAAAwAAAHIOAAAEAAAAWtkAAAUAAACEUAcABgAAAJDLAQAHAAAAUDgIAAgAAADIEgIACQAAAMqQAAAKAAAAkkkAAAsAAACw6wkADAAAACqWAAANAAAAhhgAAA4AAADMkwEADwAAAGSzAAAQAAAATicAABEAAACSoQEAEgAAAGgJAAATAAAAWAUCABQAAAAimAMAFQAAAAw1AgAWAAAANBwBABcAAADgHgIAGAAAALo2AgAZAAAAnigCABoAAADOQAIAGwAAAIbIAgAcAAAA0hkDAB0AAAAAAAAAHgAAAKJEDwAfAAAAIBIBACAAAAAkbAIAIQAAAAAAAAAiAAAAJOsBACMAAABE+QAAJAAAALrmBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAOmQOACkAAAAAAAAAKgAAAHzBAQArAAAAEA4DACwAAAAC2gEALQAAADqJCwAuAAAAAAAAAC8AAAAsGgIAMAAAAAAAAAAxAAAA2HACADIAAAB83xAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAABQxQ4APwAAACYCDQBAAAAA5gwNAEEAAADEghAAQgAAANgyDgBDAAAAxH4OAEQAAAAAAAAARQAAACKDDgBGAAAAAAAAAEcAAABmpQ4ASAAAAHCqDgBJAAAAbAYTAEoAAAC+0Q4ASwAAAAL0DgBMAAAAWPQOAE0AAACu9A4ATgAAAH4HDwBPAAAAhgsPAFAAAADkOg8AUQAAADq8DwBSAAAAkLwPAFMAAADuwA8AVAAAANDeEABVAAAAJt8QAFgAAACsAAAAWQAAAKwzBABbAAAAHnkKAFwAAACQSgEAXwAAAOqgAABhAAAAMgQLAGIAAADoMAkAagAAAGo5AgBtAAAA+C4EAHMAAADSPgAArwAAAAIBAAC5AAAAyD8DALsAAAAMHgwABQEAAFRMEQBdAQAArgEAALQBAAAEAgAACwIAAFoCAABiAgAAsAIAALICAAAGAwAADwMAAFwDAABmAwAAsgMAAL0DAAAIBAAAFAQAAF4EAABrBAAAtAQAAL4EAAAKBQAAGAUAAGAFAABvBQAAtgUAALgFAAAMBgAAFgYAAGIGAABwBgAAuAYAAL0GAAAOBwAAGwcAAGQHAABsBwAAugcAAMoHAAAQCAAAEggAAGYIAAB0CAAAvAgAAM0IAACqTBEAGQkAAABNEQBqCQAAuPkOAHAJAAC+CQAAfQkAABj5CwCBCQAABPUOAIQJAAC8dAsAxQkAABQKAADLCQAAPAsMABkKAABqCgAAdgoAAMAKAADDCgAAFgsAAB4LAABsCwAAeQsAAMILAADHCwAAGAwAACIMAABuDAAAdgwAAMQMAADQDAAAGg0AANMMAABcMgIALQ0AAHANAAB+DQAAxg0AAMkNAAAcDgAAJg4AAFZNEQB0DgAAPnUAAHUOAAAqwwEAdw4AAMgOAAB7DgAAXEgNAHwOAADMlQIAfQ4AAKYsAgB+DgAA6B4AAH8OAAAm2w4AgA4AAIKZAQCBDgAAYjEAAIMOAACGdAMAhg4AAJz+AgCPDgAAwhMEAJIOAAAk2g4Azg4AAB4PAADXDgAAFHIJACQPAAB0DwAAiA8AAMoPAADfDwAAIBAAACgQAAB2EAAAgBAAAMwQAADREAAAIhEAACcRAAB4EQAAgBEAAM4RAADkEQAAJBIAACYSAAB6EgAAhxIAANASAADkEgAAJhMAAC4TAAB8EwAAixMAANITAADjEwAAKBQAADYUAAB+FAAAihQAANQUAADhFAAAKhUAADQVAACAFQAAgxUAANYVAADeFQAALBYAAC4WAACCFgAAkxYAANgWAADeFgAALhcAADoXAACEFwAAhhcAANoXAADhFwAAMBgAAEQYAACsTREAhxgAAH4LEQCIGAAA+lYCAIsYAADcGAAAjxgAAF4IAgCUGAAAumMDAN4YAACe0AAA3xgAAHb3CADjGAAA7DYLAOQYAAAyGQAA5hgAAN5GAQDnGAAAVLsIAOkYAAA+rgcA6xgAAAJvDADtGAAA8lwHAPIYAABcXQIA9RgAAEQFBwAzGQAAiBkAADUZAADWzQYAOBkAAASbDACfGQAA3hkAAPYZAAA0GgAAPxoAAIoaAACjGgAA4BoAAOIaAAA2GwAAUBsAAIwbAACbGwAA4hsAAOcbAAA4HAAARRwAAI4cAACeHAAA5BwAAOwcAAA6HQAARh0AAJAdAACdHQAA5h0AAPAdAAA8HgAAQh4AAJIeAACmHgAAAk4RAO4eAAA+HwAA8h4AAKxyDgD/HgAAKNgMAFkfAACUHwAAoB8AAOofAADwHwAAQCAAAEMgAAAWmAYASCAAAJYgAACZIAAArrkGAJ0gAADsIAAAoSAAAAJhBQCkIAAAQtMDAPEgAABCIQAATiEAAJghAACbIQAA7iEAAPYhAABEIgAAUSIAAJoiAACfIgAA8CIAAPoiAABGIwAATiMAAJwjAACfIwAA8iMAAPsjAABIJAAASSQAAJ4kAACfJAAA9CQAAPkkAABKJQAAUCUAAKAlAACqJQAA9iUAAP4lAABMJgAATyYAAKImAAClJgAA+CYAAAknAABYThEAUCcAAPLRAQBTJwAAqhkNAFcnAACSlBAAWicAAKQnAABcJwAA5FkJALwnAAD6JwAA/ScAAFAoAABcKAAApigAALMoAAD8KAAAAykAAFIpAABUKQAAqCkAALEpAAD+KQAACCoAAFQqAABfKgAAqioAAMYqAAAAKwAACCsAAK5OEQBbKwAArCsAALQrAAACLAAAAywAAFgsAABaLAAAriwAALEsAAAELQAABy0AAARPEQBfLQAAsC0AALYtAAAGLgAADS4AAFwuAABkLgAAsi4AALUuAAAILwAAES8AAF4vAABfLwAAtC8AALUvAAAKMAAAGzAAAGAwAABuMAAAtjAAAMIwAAAMMQAAEzEAAFpPEQBoMQAAuDEAALoxAAAOMgAAJDIAAGQyAABsMgAAujIAALwyAAAQMwAAGTMAAGYzAABwMwAAvDMAAMczAAASNAAAHjQAAGg0AAB1NAAAvjQAAMg0AAAUNQAAIjUAAGo1AAB5NQAAwDUAAMI1AAAWNgAAIDYAAGw2AAB6NgAAwjYAAMc2AAAYNwAAJTcAAG43AAB2NwAAxDcAAMo3AAAaOAAAJjgAAHA4AACNOAAAxjgAAM84AAAcOQAAKjkAAHI5AAB4OQAAyDkAANQ5AAAeOgAAIToAAHQ6AAB8OgAAyjoAANs6AAAgOwAALjsAAHY7AACPOwAAzDsAAM07AAAiPAAAPzwAALBPEQB9PAAAzjwAANQ8AAAkPQAALD0AAHo9AACDPQAA0D0AANM9AAAmPgAAMj4AAHw+AACCPgAAXFARAO4+AAAoPwAAMD8AALJQEQCBPwAA1D8AAOU/AAAqQAAAMkAAAIBAAACOQAAA1kAAANlAAAAsQQAANEEAAIJBAACPQQAA2EEAAN1BAAAuQgAAOEIAAIRCAACMQgAA2kIAAOZCAAAwQwAAPUMAAIZDAACIQwAA3EMAAPVDAAAyRAAAQ0QAAIhEAACURAAA3kQAAOVEAAA0RQAAPEUAAIpFAACPRQAA4EUAAO1FAAA2RgAAPkYAAIxGAACWRgAA4kYAAO1GAAA4RwAAREcAAI5HAACWRwAACFERAPBHAAA6SAAAQEgAAJBIAACrSAAA5kgAAPJIAAA8SQAAQkkAAF5REQCXSQAA3EcCAJhJAAC4kQUAmUkAAL4ZCACdSQAA6EkAAJ5JAADYLAsAoEkAAGJoBgCmSQAA7lACAO5JAAAQfhAA9EkAAD5KAABESgAAPKUDAEZKAAC0UREAoEoAAOpKAADwSgAAQEsAAFtLAACWSwAAoksAAOxLAADySwAAQkwAAEpMAACYTAAAnkwAAO5MAAD6TAAARE0AAGFNAACaTQAAo00AAPBNAAD8TQAARk4AAElOAACcTgAApk4AAPJOAAD+TgAASE8AAE9PAACeTwAApk8AAPRPAAD1TwAAbmIAAPdPAABKUAAAWVAAAKBQAACmUAAA9lAAAPhQAABMUQAAYlEAAKJRAADAUQAA+FEAABFSAABOUgAAUFIAAKRSAACnUgAA+lIAAAZTAABQUwAAV1MAAKZTAACuUwAA/FMAAP5TAABSVAAAW1QAAKhUAACyVAAA/lQAAAlVAABUVQAAYFUAAKpVAAC3VQAAAFYAAApWAABWVgAAZFYAAKxWAAC7VgAAAlcAAARXAABYVwAAYlcAAK5XAAC8VwAABFgAAAlYAABaWAAAZ1gAALBYAADFWAAABlkAAA5ZAABcWQAAdVkAALJZAAC7WQAACFoAABJaAABeWgAAZloAALRaAADBWgAAClsAAA9bAABgWwAAaFsAALZbAAC3WwAADFwAAA5cAABiXAAAZVwAALhcAAC7XAAAClIRABNdAABkXQAAal0AALpdAADBXQAAEF4AABheAABmXgAAal4AALxeAAC+XgAAEl8AABVfAABoXwAAcF8AAL5fAAC/XwAAFGAAABpgAABqYAAAb2AAAMBgAADbYAAAFmEAACRhAABsYQAAc2EAAMJhAADOYQAAGGIAAB9iAABgUhEAcGIAAMRiAADHYgAAGmMAAB1jAAC2UhEAdWMAAMZjAADMYwAAHGQAACNkAAByZAAAkGQAAMhkAADhZAAAHmUAACBlAAB0ZQAAd2UAAMplAADWZQAAIGYAACdmAAB2ZgAAfmYAAMxmAADOZgAAImcAACtnAAB4ZwAAgmcAAM5nAADZZwAAJGgAADBoAAB6aAAAh2gAANBoAADaaAAAJmkAADRpAAB8aQAAi2kAANJpAADUaQAAKGoAADJqAAB+agAAjGoAANRqAADZagAAKmsAADdrAACAawAAlWsAANZrAADeawAALGwAAEVsAACCbAAAi2wAANhsAADibAAALm0AADZtAACEbQAAkW0AANptAADfbQAAMG4AADhuAACGbgAAh24AANxuAADebgAAMm8AADVvAACIbwAAi28AAAxTEQDjbwAANHAAADpwAACKcAAAkXAAAOBwAADocAAANnEAADpxAACMcQAAjnEAAOJxAADlcQAAOHIAAEByAACOcgAAj3IAAORyAADqcgAAOnMAAD9zAACQcwAAq3MAAOZzAAD0cwAAPHQAAEN0AACSdAAAnnQAAOh0AADvdAAAYlMRAEF1AACUdQAApXUAAOp1AADydQAApqsBAAZ2AABAdgAASHYAALhTEQCldgAA7HYAAPJ2AABCdwAARHcAAJh3AACudwAA7ncAAAx4AABEeAAAR3gAAJp4AACmeAAA8HgAAPZ4AABGeQAAYXkAAJx5AACoeQAA8nkAAPh5AABIegAAZnoAAJ56AACuegAA9HoAAAJ7AABKewAAUHsAAKB7AACjewAA9nsAAAB8AABMfAAAanwAAKJ8AAC4fAAA+HwAAAR9AABOfQAAUX0AAKR9AACnfQAA+n0AAPx9AABQfgAAZ34AAKZ+AACyfgAA/H4AABh/AABSfwAAWn8AAA5UEQC5fwAA/n8AAAyAAABUgAAAYIAAAKqAAAC3gAAAAIEAAAqBAABWgQAAXoEAAKyBAACtgQAAAoIAAASCAABYggAAW4IAAK6CAACxggAAZFQRAAmDAABagwAAYIMAALCDAAC3gwAABoQAAA6EAABchAAAcoQAALKEAAC7hAAACIUAAAuFAABehQAAaIUAALSFAAC8hQAACoYAACOGAABghgAAbIYAALaGAAC+hgAAulQRABSHAABihwAAZYcAALiHAADChwAADogAABSIAABkiAAAcogAALqIAADHiAAAEIkAACeJAAAQVREAZ4kAAOAPEABpiQAAQM4BAGyJAABGfQIAbYkAAPYKCABuiQAA9LEGAG+JAACQyQAAcIkAAFRZAgBziQAAWMsPAHWJAAC8iQAAd4kAANTQCAB8iQAASt0GAH2JAAC+JQ4AxokAAKC4CQDLiQAAEooAAB6KAABoigAAaYoAANz1AwBrigAAvooAAMGKAAAUiwAAG4sAAOSfAQAciwAAaosAACyLAAC4MwEAcYsAAMCLAADMiwAAFowAACOMAABsjAAAeowAAMKMAADOjAAAGI0AAB+NAABujQAAdo0AAMSNAADUjQAAGo4AAB+OAABwjgAAdo4AAMaOAADOjgAAHI8AACWPAAByjwAAdY8AAMiPAADUjwAAHpAAACSQAABmVREAk5AAALxVEQDXkAAAIJEAACKRAABeBgEAI5EAADagAgAnkQAA8tMCACuRAAAoAw0ALJEAACruAQAukQAAjMsCAC+RAADG/AwAOZEAADh2AgBAkQAAdpEAAIORAADMkQAA0ZEAACKSAAAmkgAAeJIAAIWSAADOkgAA1pIAACSTAADZkgAAWBcLACuTAAB6kwAAM5MAAOKiAwB8kwAA0JMAANqTAAAmlAAAKJQAAHyUAACVlAAA0pQAANSUAAAolQAAK5UAAH6VAACKlQAA1JUAANyVAAASVhEAMJYAAICWAAAylgAAjGwTADmWAAAe8gYAO5YAABZEBwA9lgAAqlcBAEKWAAB8rAwARpYAAKTtDQCGlgAA1OsAAJiWAADWlgAA2JYAACyXAADjlgAAAKwAAO+WAAA4nQAAO5cAAIKXAACRlwAA2JcAAOSXAAAumAAAMZgAAISYAACHmAAA2pgAAPKYAAAwmQAAN5kAAIaZAACSmQAA3JkAAOmZAAAymgAAQJoAAIiaAACUmgAA3poAAOWaAAA0mwAATJsAAIqbAACWmwAA4JsAAOabAAA2nAAAPJwAAIycAACRnAAA4pwAAOicAAC+VhEAOp0AAI6dAACVnQAA5J0AAPydAAA6ngAAQZ4AAJCeAACpngAA5p4AAP6eAAA8nwAASJ8AAJKfAACYnwAA6J8AAO6fAAA+oAAAQ6AAAJSgAACaoAAAFFcRAAOhAABAoQAAUaEAAJahAACkoQAA7KEAAPuhAABCogAASqIAAJiiAAC4ogAA7qIAAPqiAABEowAAWKMAAJqjAACiowAA8KMAAPajAABGpAAAUqQAAJykAACmpAAA8qQAAPikAABIpQAAVqUAAJ6lAACqpQAA9KUAAA+mAABKpgAATKYAAKCmAACxpgAA9qYAAP6mAABMpwAAWqcAAKKnAAClpwAA+KcAAACoAABOqAAAW6gAAKSoAACpqAAA+qgAAASpAABQqQAAWKkAAKapAACoqQAA/KkAAA2qAABSqgAAY6oAAKiqAACtqgAA/qoAAAKrAABUqwAAYKsAAKqrAACxqwAAalcRAAWsAABWrAAAYKwAAKysAADErAAAAq0AAAWtAABYrQAAYa0AAK6tAACvrQAABK4AAAWuAABargAAX64AALCuAAC2rgAABq8AABCvAABcrwAAaK8AALKvAAC5rwAACLAAACCwAABesAAAYLAAALSwAAC9sAAACrEAABSxAABgsQAAa7EAALaxAADOsQAADLIAACKyAABisgAAZ7IAALiyAAC/sgAADrMAABqzAADAVxEAZrMAAEzWAgBpswAAZosBAG2zAAAcxgYAb7MAAO6HCAB1swAAurMAALyzAABahwIAyLMAABC0AAActAAAZrQAAB+0AACSBQkAc7QAALy0AADGtAAAErUAABO1AABe+xAAGrUAAGi1AABvtQAAvrUAAIO1AAAOtQEAw7UAABS2AAAgtgAAarYAAG22AADAtgAAyLYAABa3AAAjtwAAbLcAAHG3AADCtwAAzLcAABi4AAAguAAAbrgAAHG4AADEuAAAzbgAABq5AAAbuQAAcLkAAHG5AADGuQAAy7kAABy6AAAiugAAcroAAHy6AADIugAA0LoAAB67AAAguwAAdLsAAH27AADKuwAA1LsAACC8AAArvAAAdrwAAIK8AADMvAAA2bwAACK9AAAsvQAAeL0AAIa9AADOvQAA3b0AACS+AAAmvgAAer4AAIS+AADQvgAA3r4AACa/AAArvwAAfL8AAIm/AADSvwAA2r8AACjAAAApwAAAfsAAAITAAADUwAAA2cAAACrBAAA0wQAAgMEAAIXBAADWwQAA5cEAACzCAAAxwgAAgsIAAJPCAADYwgAA4MIAAC7DAAA0wwAAhMMAAJDDAADawwAA98MAADDEAAA5xAAAhsQAAJLEAADcxAAA38QAADLFAAA8xQAAiMUAAJTFAADexQAA5cUAADTGAAA8xgAAisYAAKPGAADgxgAA9MYAADbHAAA+xwAAjMcAAI/HAADixwAA7scAADjIAAA+yAAAjsgAAKnIAADkyAAA8MgAADrJAABAyQAAFlgRAJrJAADmyQAA8ckAADzKAABEygAACtwAAEjKAACSygAAn8oAAOjKAADyygAAPssAAEzLAACUywAAo8sAAOrLAADsywAAQMwAAErMAACWzAAApMwAAOzMAADxzAAAQs0AAE/NAACYzQAAoM0AAO7NAACozQAAVIIBAO/NAABEzgAA8s0AADBwAQD+zQAA9KcBAFXOAACazgAAo84AAPDOAAAHzwAARs8AAFTPAACczwAAqc8AAPLPAAD6zwAASNAAAGfQAABsWBEAp9AAAPTQAAD+0AAAStEAAFXRAADCWBEAotEAAPbRAAD/0QAATNIAAFbSAACi0gAArdIAAPjSAAAE0wAATtMAAFvTAACk0wAArtMAAPrTAAAI1AAAUNQAAF/UAACm1AAAqNQAAPzUAAAG1QAAUtUAAGDVAACo1QAArdUAAP7VAAAL1gAAVNYAAFzWAACq1gAAsNYAAADXAAAM1wAAVtcAAHPXAACs1wAAtdcAAALYAAAQ2AAAWNgAAF7YAACu2AAAutgAAATZAAAL2QAAGFkRAFzZAABgNAIAYNkAALDZAAC12QAABtoAAL7ZAADi+gQAE9oAAFzaAABz2gAAstoAALPaAAAI2wAACtsAAF7bAABh2wAAtNsAALfbAABuWREAK9wAAGDcAABh3AAAttwAALjcAAAM3QAAD90AAGLdAABl3QAAxFkRAL3dAAAO3gAAFN4AAGTeAABr3gAAut4AANzeAAAQ3wAAGN8AAGbfAAB13wAAvN8AAL7fAAAS4AAAI+AAAGjgAAB54AAAvuAAAMrgAAAU4QAAG+EAAGrhAABy4QAAwOEAAMThAAAW4gAAJOIAAGziAAB24gAAwuIAAM3iAAAY4wAAHeMAAG7jAAB34wAAxOMAAM7jAAAa5AAAIuQAAHDkAABy5AAAxuQAANPkAAAc5QAAMOUAAHLlAAB65QAAyOUAAMnlAAAe5gAAIOYAAHTmAAB35gAAyuYAAM3mAAAaWhEAJecAAHbnAAB85wAAzOcAANPnAAAi6AAAKugAAHjoAACH6AAAzugAANPoAAAk6QAAMekAAHrpAACK6QAA0OkAAN7pAAAm6gAAPeoAAHzqAACF6gAA0uoAANjqAAAo6wAANOsAAH7rAACF6wAAcFoRANnrAABE/QIA3OsAACrsAADh6wAADEUKADnsAACA7AAAkewAANbsAADk7AAALO0AADjtAACC7QAAj+0AANjtAADi7QAALu4AADbuAACE7gAAh+4AANruAADm7gAAMO8AAD3vAACG7wAAkO8AANzvAADk7wAAMvAAADTwAACI8AAAkfAAAN7wAADo8AAANPEAAD/xAACK8QAAn/EAAODxAADo8QAANvIAAE/yAACM8gAAlfIAAOLyAADs8gAAOPMAAEDzAACO8wAAm/MAAOTzAADp8wAAOvQAAEL0AACQ9AAAkfQAAOb0AADo9AAAPPUAAD/1AACS9QAAlfUAAMZaEQDt9QAAPvYAAET2AACU9gAAm/YAAOr2AADy9gAAQPcAAE73AACW9wAAmfcAAOz3AAD09wAAQvgAAEX4AACY+AAApPgAAO74AAD4+AAAHFsRAEX5AAAMzg4ARvkAAJr5AABH+QAAuCANAE75AABm0A4AT/kAALBiBQBT+QAAOCACAFT5AADOqgwAaPkAAFQDAgCj+QAA8PkAAPr5AABG+gAAUfoAAJz6AACo+gAA8voAAP/6AABI+wAAUvsAAJ77AACs+wAA9PsAAAP8AABK/AAATPwAAKD8AACq/AAA9vwAAAT9AABM/QAAUf0AAKL9AACv/QAA+P0AAAj+AABO/gAAUP4AAKT+AACy/gAA+v4AAAv/AAByWxEAV/8AAMhbEQCu/wAAHlwRAAUAAQBSAAEAXAABAKgAAQCzAAEA/gABAAoBAQBUAQEAYQEBAKoBAQC0AQEAAAIBAA4CAQBWAgEAZQIBAKwCAQCuAgEAAgMBAAwDAQBYAwEAZgMBAK4DAQCzAwEABAQBABEEAQBaBAEAYgQBALAEAQDABAEABgUBAAgFAQBcBQEAagUBALIFAQDDBQEAdFwRAA8GAQDKXBEAdwYBALQGAQDFBgEACgcBABYHAQBgBwEAaAcBACBdEQC7BwEADAgBABQIAQBiCAEAZAgBALgIAQBnCAEACuoHAHEIAQCSUwUAwQgBAA4JAQDHCAEAxKEKABgJAQBkCQEAbwkBALoJAQDGCQEAEAoBAB0KAQBmCgEAcAoBALwKAQDKCgEAEgsBACELAQBoCwEAagsBAL4LAQDICwEAFAwBACAMAQBqDAEAcgwBAHZdEQDDDAEAFg0BACQNAQBsDQEAeQ0BAMINAQDZDQEAGA4BACAOAQBuDgEAhA4BAMQOAQDQDgEAGg8BACkPAQBwDwEAew8BAMYPAQDIDwEAHBABACkQAQByEAEAgBABAMgQAQDLEAEAHhEBADQRAQB0EQEAfBEBAMoRAQDcEQEAzF0RACgSAQBAfgQAKhIBAIrkDwAtEgEALLENAC8SAQB2EgEAexIBAMwSAQDTEgEAIhMBAC4TAQB4EwEAhRMBAM4TAQDQEwEAJBQBADoUAQB6FAEAhhQBANAUAQDvFAEAJhUBAEIVAQB8FQEAhBUBACJeEQDUFQEAKBYBADEWAQB+FgEAiBYBANQWAQDfFgEAKhcBADYXAQCAFwEAjRcBANYXAQDgFwEALBgBADoYAQCCGAEAkRgBANgYAQDaGAEALhkBADgZAQCEGQEAkhkBANoZAQDfGQEAMBoBAD0aAQCGGgEAlhoBANwaAQDeGgEAMhsBAEAbAQCIGwEAmRsBAHheEQDlGwEAzl4RADYcAQCy5AUAORwBAIocAQA9HAEAxOUBAEAcAQAEPQgAQhwBAGi3AQBIHAEA1HQFAJEcAQDa2QsAlxwBAOAcAQD3HAEANh0BADsdAQCMHQEAjx0BAOIdAQCWHQEAJqAGAKgdAQDmqgYA5x0BADClBgDuHQEAOB4BAD4eAQCmKgEARx4BAI4eAQCXHgEA5B4BAOoeAQA6HwEASB8BAJAfAQCaHwEA5h8BAPofAQA8IAEASCABAJIgAQClIAEA6CABAPcgAQA+IQEASiEBAJQhAQCVIQEA6iEBAPQhAQBAIgEATiIBAJYiAQCbIgEA7CIBAPkiAQB6XxEAVSMBAJgjAQCnIwEA7iMBAPojAQBEJAEARSQBAJokAQCkJAEA8CQBAP4kAQBGJQEASyUBAJwlAQCpJQEAfGARAPQlAQBIJgEAUSYBAJ4mAQCoJgEA9CYBAP8mAQBKJwEAVicBAKAnAQCtJwEA9icBAAAoAQBMKAEAWigBAKIoAQCxKAEA+CgBAPooAQBOKQEAWCkBAKQpAQCyKQEA+ikBAAcqAQBQKgEAZyoBANJgEQDBKgEA/CoBAAgrAQBSKwEAWCsBAKgrAQC0KwEA/isBAAQsAQBULAEAWiwBAKosAQCvLAEAAC0BAAYtAQAoYREAXy0BAKwtAQC2LQEAAi4BAA0uAQBYLgEAZC4BAK4uAQC7LgEABC8BAA4vAQBaLwEAaC8BALAvAQC/LwEABjABAAgwAQBcMAEAZjABALIwAQDAMAEACDEBAA0xAQBeMQEAazEBALQxAQC8MQEACjIBABoyAQBgMgEAYjIBALYyAQDEMgEADDMBAB0zAQAqYhEAaTMBAIBiEQC+MwEADjQBABo0AQBkNAEAdDQBALo0AQDDNAEAEDUBABM1AQBmNQEAcjUBALw1AQDDNQEAEjYBABo2AQBoNgEAhjYBAL42AQDGNgEAFDcBACU3AQBqNwEAbzcBAMA3AQDXNwEAFjgBACQ4AQBsOAEAeTgBAMI4AQDKOAEAGDkBABw5AQBuOQEAcDkBAMQ5AQDHOQEAGjoBACI6AQBwOgEAdjoBAMY6AQDSOgEAHDsBACw7AQByOwEAezsBAMg7AQDLOwEAHjwBACo8AQB0PAEAezwBANZiEQDTPAEAID0BACM9AQB2PQEAhD0BAMw9AQDZPQEAIj4BADk+AQB4PgEAgD4BAM4+AQDQPgEAJD8BAC0/AQB6PwEAhD8BANA/AQDbPwEAJkABADJAAQB8QAEAiUABANJAAQDcQAEAKEEBADZBAQB+QQEAjUEBANRBAQDWQQEAKkIBADRCAQCAQgEAjkIBANZCAQDbQgEALEMBADlDAQCCQwEAikMBANhDAQDuQwEALkQBADpEAQCERAEAk0QBANpEAQDlRAEAMEUBADJFAQCGRQEAk0UBANxFAQDqRQEAMkYBADVGAQCIRgEAnkYBACxjEQDmRgEA+CoCAOxGAQAsmwIA9kYBADRHAQA2RwEAikcBAJtHAQDgRwEA8UcBADZIAQA7SAEAjEgBAJBIAQDiSAEA7kgBADhJAQA/SQEAjkkBAJZJAQDkSQEAAkoBADpKAQBCSgEAgmMRAJVKAQDmSgEA50oBADrlDgD1SgEAokANAP9KAQA8SwEAPksBAJJLAQCrSwEA6EsBAPlLAQA+TAEASkwBAJRMAQCWTAEA6kwBAPNMAQBATQEA+UwBAPZSAQBKTQEAlk0BAKFNAQDsTQEA+E0BAEJOAQBPTgEAmE4BAKJOAQDuTgEA/E4BAERPAQBTTwEAmk8BAJxPAQDwTwEA+k8BAEZQAQBUUAEAnFABAKFQAQDyUAEA/1ABAEhRAQBUUQEAnlEBAKRRAQD0UQEA+lEBAEpSAQBPUgEAoFIBAKZSAQDYYxEABVMBAExTAQBYUwEAolMBAKVTAQD4UwEA+1MBAE5UAQBVVAEApFQBALBUAQD6VAEAB1UBAFBVAQBeVQEAplUBALJVAQD8VQEAA1YBAC5kEQBYVgEAqFYBAK5WAQD+VgEAA1cBAFRXAQBaVwEAhGQRAKtXAQB2FAIAtFcBANqFDAC2VwEAMjsRALhXAQCoQw0AuVcBAABYAQAMWAEAVlgBAFdYAQCsWAEAYlgBAHJTDQC2WAEAAlkBABBZAQBYWQEAXVkBAK5ZAQC7WQEA2mQRAAZaAQCOCw0AEloBAMr+DAAnWgEAMGURAIBaAQCwWgEA11oBAAZbAQAqWwEAXFsBAGRbAQCGZREAvlsBAAhcAQAKXAEAXlwBAGFcAQC0XAEAuVwBAApdAQAXXQEAYF0BAHxdAQC2XQEAvl0BANxlEQAVXgEAYl4BABleAQB2aAEAZV4BALheAQDEXgEADl8BABRfAQBkXwEAcV8BALpfAQC8XwEAEGABACZgAQBmYAEAcmABALxgAQDEYAEAMmYRABhhAQBoYQEAcGEBAL5hAQC/YQEAFGIBABZiAQBqYgEAbWIBAMBiAQDDYgEAiGYRABtjAQBsYwEAcmMBAMJjAQDJYwEAGGQBACBkAQBuZAEAe2QBAMRkAQDJZAEAGmUBACRlAQBwZQEAeGUBAMZlAQDIZQEAHGYBAC1mAQByZgEAg2YBAMhmAQDNZgEAHmcBACJnAQB0ZwEAgGcBAMpnAQDRZwEAIGgBADJoAQDeZhEAe2gBAMxoAQDUaAEAImkBACRpAQB4aQEAh2kBAM5pAQDdaQEAJGoBADBqAQB6agEAfWoBANBqAQDTagEAJmsBAC5rAQB8awEAhmsBANJrAQDXawEAKGwBADBsAQB+bAEAiGwBANRsAQDfbAEAKm0BADhtAQCAbQEAg20BANZtAQDebQEALG4BAEduAQCCbgEAjW4BANhuAQDdbgEALm8BADFvAQCEbwEAjm8BANpvAQDsbwEANGcRAD5wAQCGcAEAkHABANxwAQDncAEAMnEBADpxAQCIcQEAjnEBAN5xAQDgcQEANHIBAE1yAQCKcgEAo3IBAOByAQDucgEANnMBAEBzAQCMcwEAonMBAOJzAQD/cwEAOHQBAEB0AQCOdAEAnnQBAOR0AQDmdAEAOnUBAEh1AQCQdQEAoXUBAIpnEQDtdQEA4GcRAD12AQCSdgEAo3YBAOh2AQD0dgEAPncBAEB3AQCUdwEAl3cBAOp3AQD2dwEAQHgBAEh4AQCMaBEAoXgBAOx4AQD4eAEAQnkBAFF5AQCYeQEAuHkBAO55AQD2eQEARHoBAFh6AQCaegEAn3oBAPB6AQD5egEARnsBAEx7AQCcewEApHsBAPJ7AQABfAEASHwBAE18AQCefAEAq3wBAPR8AQABfQEASn0BAFZ9AQCgfQEAr30BAPZ9AQAAfgEATH4BAFp+AQCifgEAp34BAPh+AQAFfwEATn8BAFZ/AQCkfwEAp38BAPp/AQAGgAEAUIABAFqAAQCmgAEAsIABAPyAAQAKgQEAUoEBAF+BAQCogQEAv4EBAP6BAQABggEA4mgRAFaCAQCqggEAuIIBAACDAQARgwEAOGkRAF2DAQCOaREAy4MBAAKEAQAShAEAWIQBAFqEAQCuhAEAvIQBAASFAQAVhQEA5GkRAGGFAQA6ahEAtYUBAAaGAQAOhgEAXIYBAF6GAQCyhgEAu4YBAAiHAQAShwEAXocBAGmHAQC0hwEAwIcBAAqIAQAXiAEAYIgBAGqIAQC2iAEAxIgBAAyJAQAbiQEAYokBAGSJAQC4iQEAwokBAA6KAQAaigEAZIoBAGyKAQDmahEAv4oBABCLAQAYiwEAPGsRAG2LAQC8iwEAb4sBAGDiAwBziwEA3MYBAHeLAQBObg4AfIsBAGbhAQDIiwEAEowBABqMAQAM1hIALowBAAb4DwA6jAEAaIwBAI6MAQC+jAEA54wBABSNAQA6jQEAao0BAJCNAQDAjQEAyI0BABaOAQBAjgEAbI4BAIWOAQDCjgEAxI4BABiPAQAfjwEAbo8BAHaPAQDEjwEA048BABqQAQAgkAEAcJABAHyQAQDGkAEAzZABAByRAQAokQEAcpEBAH+RAQDIkQEA0pEBAB6SAQAskgEAdJIBAHaSAQDKkgEA25IBACCTAQAjkwEAdpMBAKGTAQCSaxEAz5MBAAIJBADWkwEAMlAGANmTAQAilAEA3JMBANSEDQDdkwEA8qgCAOKTAQAMZAQAKZQBAH5uAgAslAEA6nsDADGUAQCCtQ8APZQBAHiUAQB6lAEAzpQBAN+UAQAklQEAMpUBAHqVAQCBlQEA0JUBANKVAQAmlgEA1ZUBAGSMAgDYlQEAXrIBADWWAQB8lgEAi5YBANKWAQDelgEAKJcBACuXAQB+lwEAgZcBANSXAQD0lwEAKpgBADaYAQCAmAEAlJgBANaYAQDkmAEALJkBADOZAQDoaxEAmZkBANiZAQDamQEANN4MANuZAQAy3QwA5ZkBAC6aAQAwmgEAhJoBAI6aAQDamgEAlZoBAObhDADjmgEAMJsBADabAQCGmwEAkpsBANybAQDjmwEAMpwBADecAQCInAEAlJwBAN6cAQDhnAEANJ0BAEGdAQCKnQEAj50BAOCdAQDqnQEANp4BAEyeAQCMngEAjp4BAOKeAQDsngEAOJ8BAEefAQCOnwEAmZ8BAD5sEQDwnwEAOqABAEegAQCQoAEAnqABAOagAQDyoAEAPKEBAEOhAQCUbBEAl6EBAOihAQCeoQEAWEgOAKChAQBsaQQA6qEBACbFAwDtoQEAXEQLAPehAQBMkgsA/6EBAD6iAQBMogEAlKIBAKGiAQDqogEA8qIBAECjAQBKowEAVuUHAFCjAQCWowEAmKMBAOyjAQD6owEAQqQBAFOkAQDqbBEAn6QBAEBtEQDzpAEARKUBAEqlAQCapQEAoqUBAPClAQD5pQEARqYBAEmmAQCcpgEAqKYBAPKmAQD4pgEASKcBAFCnAQCepwEAvacBAOxtEQD2pwEASqgBAFioAQCgqAEAsagBAEJuEQD9qAEAmG4RAFGpAQCiqQEAqKkBAPipAQAAqgEATqoBAFeqAQCkqgEAp6oBAPqqAQAGqwEAUKsBAFarAQBEbxEAqKsBAPyrAQAFrAEAUqwBAFysAQCorAEAs6wBAP6sAQAKrQEAVK0BAGGtAQCqrQEAtK0BAACuAQAOrgEAVq4BAGWuAQCsrgEArq4BAAKvAQAMrwEAWK8BAGavAQCurwEAs68BAASwAQARsAEAWrABAGKwAQCwsAEAwLABAAaxAQAIsQEAXLEBAGqxAQCysQEAw7EBAJpvEQAPsgEA8G8RAGeyAQC0sgEAt7IBAAqzAQAWswEAYLMBAGazAQC2swEAw7MBAAy0AQAOtAEAYrQBAHi0AQC4tAEAxLQBAEZwEQAatQEAZLUBAGq1AQC6tQEAvbUBABC2AQAetgEAZrYBAGu2AQC8tgEAybYBABK3AQAatwEAnHARAHW3AQC+twEAzLcBABS4AQAquAEAargBAHO4AQDAuAEA1rgBABa5AQAeuQEAbLkBAG+5AQDCuQEAy7kBABi6AQAZugEAbroBAG+6AQDEugEAyboBABq7AQAguwEAcLsBAHq7AQDGuwEA0rsBABy8AQAjvAEAcrwBAHq8AQDIvAEAyrwBAB69AQAfvQEAdL0BAIK9AQDKvQEA0r0BACC+AQA7vgEAdr4BAIK+AQDMvgEA0r4BACK/AQAlvwEAeL8BAIa/AQDOvwEA078BACTAAQAxwAEAesABAILAAQDQwAEA3sABACbBAQApwQEA8nARAH/BAQDSwQEAgMEBAFgVCgCIwQEA4gQKAIrBAQC4eg8Aj8EBABCnDwDVwQEAKMIBADnCAQB+wgEAmsIBANTCAQDcwgEASHERADvDAQCAwwEAiMMBANbDAQDcwwEALMQBADHEAQCCxAEAi8QBANjEAQDixAEALsUBADzFAQCExQEAkcUBANrFAQDmxQEAMMYBADPGAQCGxgEAosYBAJ5xEQDfxgEAfIUOAObGAQC6JxAA6MYBAJ44CgDpxgEAMscBAOvGAQB0vwIAPscBAIjHAQCLxwEA/DwKAJfHAQDexwEAm8cBAIYsCgDoxwEANMgBADzIAQCOygEAQMgBAAolEABCyAEAisgBAFDIAQAGFQkAj8gBAFbdAwCXyAEA4MgBAPfIAQA2yQEAPskBAIzJAQCWyQEA4skBAOfJAQA4ygEAQMoBAPRxEQCYygEA5MoBAJrKAQAEagkAncoBAAZhBADpygEAOssBAELLAQBKchEAkssBADZKAgCTywEAdqkMAJXLAQDGoAkAmcsBAEQ6DACcywEA5ssBAJ7LAQDmvA8A6MsBAIb5BQDtywEAPMwBAPXLAQAakgIA9ssBAEhTAgBKzAEAkswBAJXMAQDozAEA8MwBAD7NAQD0zAEAtDsGAPfMAQBcDwYABM0BAFAJBgBDzQEAlM0BAE3NAQBSYAYAoc0BAOrNAQDyzQEAoHIRAEPOAQCWzgEAVM4BAIhMBACizgEA7M4BAPLOAQBCzwEATM8BAPZyEQCdzwEA7s8BAPvPAQBE0AEATNABALB6EQBQ0AEAmtABAFTQAQBS1wEAYNABAE7tDQCg0AEA8NABAPbQAQBG0QEAS9EBAJzRAQCi0QEATHMRAPzRAQA23wwAANIBAEjSAQBZ0gEAonMRAKXSAQD4cxEA/NIBAE50EQBY0wEAoNMBAKfTAQD20wEA/tMBAEzUAQBZ1AEAotQBAKfUAQD41AEAAtUBAE7VAQBW1QEApNUBAKrVAQD61QEA/NUBAFDWAQBe1gEAptYBAKnWAQD81gEACNcBAKR0EQBU1wEAqNcBALbXAQD+1wEAD9gBAPp0EQBb2AEAUHURALDYAQAA2QEABtkBAFbZAQBb2QEArNkBALLZAQCmdREABNoBAFjaAQAL2gEAWEoPAA7aAQAiHQYAc9oBAK7aAQCw2gEABNsBAB7bAQBa2wEAZ9sBAGAZCgBr2wEAsNsBALLbAQAG3AEAE9wBAFzcAQBz3AEAstwBAMzcAQAI3QEACt0BAF7dAQAO3QEAfgUOAGHdAQC03QEAt90BAAreAQAW3gEAYN4BAGbeAQC23gEAwN4BAPx1EQAR3wEAYt8BAG/fAQC43wEAxN8BAA7gAQAU4AEAZOABAGrgAQC64AEAv+ABABDhAQAW4QEAUnYRAGfhAQC84QEAfOEBAGxABQC+4QEAEuIBAMrhAQCwCAMAGOIBAGjiAQB24gEAvuIBAMHiAQAU4wEAGeMBAGrjAQB34wEAwOMBANDjAQAW5AEAGOQBAGzkAQB65AEAwuQBANPkAQCodhEAHuUBAG7lAQB65QEA/nYRANXlAQAa5gEAJOYBAHDmAQB+5gEAxuYBAMfmAQAc5wEALecBAHLnAQB+5wEAyOcBANjnAQAe6AEAIOgBAHToAQCC6AEAyugBANvoAQBUdxEAJukBAHbpAQCC6QEAqncRANLpAQAi6gEAKOoBAHjqAQB96gEAzuoBANTqAQBWeBEALOsBAHrrAQCE6wEAnJcPAJPrAQDQ6wEA2esBACbsAQAw7AEAfOwBAITsAQDS7AEA1uwBACjtAQAq7QEAfu0BAIHtAQDU7QEA8O0BAKx4EQA97gEAgO4BAIHuAQDW7gEA4u4BACzvAQA77wEAgu8BAIzvAQDY7wEA5O8BAC7wAQA18AEAAnkRAIrwAQAQeA0Al/ABANrwAQDp8AEAMPEBADzxAQCG8QEAh/EBANzxAQDm8QEAMvIBAEDyAQCI8gEAjfIBAN7yAQDr8gEArnkRADzzAQCK8wEAlvMBAODzAQDz8wEANvQBADf0AQCM9AEAmPQBAOL0AQDx9AEAOPUBAEL1AQCO9QEAmvUBAOT1AQDr9QEABHoRAEv2AQCQ9gEAnPYBAOb2AQD29gEAPPcBAEb3AQCS9wEAmvcBAOj3AQAQ+AEAPvgBABb4AQDy/AEAZvgBAJT4AQCc+AEA6vgBAPD4AQBA+QEATvkBAJb5AQCt+QEA7PkBAPf5AQBC+gEATPoBAJj6AQDF+gEA7voBAPb6AQBE+wEAVPsBAJr7AQCc+wEA8PsBAP77AQBG/AEAV/wBAAZ7EQCj/AEAXHsRABr9AQBI/QEAUP0BAJ79AQCk/QEA9P0BAAL+AQBK/gEAYf4BAKD+AQCr/gEA9v4BAAD/AQBM/wEAef8BAKL/AQCq/wEA+P8BAAgAAgBOAAIAUAACAKQAAgCyAAIA+gACAAsBAgCyexEAVwECAAh8EQCoAQIA/AECAAoCAgBSAgIAYwICAF58EQCvAgIAtHwRAAYDAgAKfREAXAMCAGB9EQBwAwIAYp0LAKwDAgAABAIADgQCAFYEAgBnBAIAtn0RALIEAgACBQIADgUCAAx+EQBhBQIArgUCAGkFAgCC4A8AuwUCAAQGAgASBgIAWgYCAGQGAgCwBgIAygYCAAYHAgAJBwIAXAcCAGMHAgCyBwIA0gcCAAgIAgAiCAIAYn4RAGsIAgC0CAIAbwgCALhgAgB0CAIAaLkCAMIIAgAKCQIAFAkCAGAJAgB6CQIAtgkCAMYJAgAMCgIAEgoCAGIKAgBkCgIAuAoCAM4KAgAOCwIAGgsCAGQLAgBoCwIAugsCAL8LAgAQDAIAFgwCAGYMAgCGDAIAvAwCANYMAgASDQIAFA0CAGgNAgBrDQIAvg0CAMENAgAUDgIAIA4CAGoOAgBwDgIAwA4CAMoOAgC4fhEAGw8CAGwPAgB5DwIAwg8CAM4PAgAYEAIAKxACAG4QAgB9EAIAxBACANAQAgAaEQIAGxECAHARAgB6EQIAxhECANQRAgAcEgIAIRICAHISAgB/EgIADn8RAMkSAgBYGQwAyhICAFwdDQDLEgIAhv0HAM0SAgAM0A8AzhICAH7SCQDPEgIA6A0NANISAgASew4A0xICAPISDQDUEgIAdnwLANUSAgB6gAwA1hICAFhEDADXEgIATNwFANgSAgAeEwIA4BICAPLzEgDiEgIABCAPAOQSAgBifBAA6xICAFAjEwDwEgIAHCwPAAwTAgAafw4AERMCACwREwAgEwIAdBMCAC8TAgCg7Q4AghMCAMoTAgDbEwIAZH8RACcUAgC6fxEAghQCAMwUAgDbFAIAIhUCACwVAgB4FQIAhBUCAM4VAgCbFQIAKt0OANUVAgBmgBEAJhYCAHoWAgCLFgIA0BYCANkWAgAmFwIAMhcCAHwXAgB/FwIA0hcCANoXAgAoGAIAMhgCAH4YAgCDGAIA1BgCANwYAgAqGQIAQxkCAIAZAgCMGQIA1hkCAN4ZAgASgREANBoCAGiBEQCFGgIA2BoCANsaAgAuGwIAOhsCAIQbAgCKGwIA2hsCAOQbAgC+gREANRwCAIYcAgCTHAIA3BwCAOQcAgAUghEAOB0CAIgdAgCOHQIA3h0CAOMdAgA0HgIAOh4CAGqCEQCSHgIAwIIRAOIeAgB6KAsA5R4CADYfAgDsHgIATOYKAEAfAgCMHwIARR8CAFy/CACUHwIAHn8NAKgfAgDiHwIA6h8CABaDEQA9IAIAjiACAKQgAgDkIAIA5SACADohAgA8IQIAkCECAJYhAgDmIQIA8iECADwiAgBDIgIAkiICAJoiAgDoIgIA8SICAD4jAgBBIwIAlCMCAKIjAgDqIwIA9yMCAEAkAgBXJAIAliQCAJ4kAgDsJAIA+CQCAO4lAgAUJQIAQiUCAGolAgCYJQIAvCUCAGyDEQALJgIARCYCAE0mAgBGJwIAVSYCAJomAgDKJgIA8CYCABQnAgDCgxEASCcCAJwnAgCtJwIA8icCACIoAgBIKAIAbCgCABiEEQCjKAIASEAOAKQoAgAA4wYApygCAPQoAgCqKAIAwgAQAP4oAgBKKQIAASkCABDrBgACKQIA9JgPAFIpAgCgKQIApCkCAPYpAgD4KQIATCoCAE8qAgCiKgIAvioCAG6EEQD9KgIAYPQMAAIrAgCeaQ0ABCsCAE4rAgAIKwIAZHMLAGsrAgCkKwIArSsCAPorAgD8KwIAUCwCAGEsAgDEhBEAqywCAPwsAgAFLQIAUi0CAGMtAgCoLQIAry0CAP4tAgAGLgIAVC4CABguAgBATwIAYS4CAAAvAgBjLgIAWDACAG0uAgCqLgIAti4CABqFEQAFLwIAVi8CAGAvAgCsLwIAtC8CAHCFEQAOMAIAxoURAF0wAgCuMAIAuzACAAQxAgAOMQIAWjECAFwxAgCwMQIAvjECAAYyAgATMgIAHIYRAGEyAgCyMgIAvzICAAgzAgASMwIAXjMCAGAzAgC0MwIAwjMCAAo0AgAXNAIAcoYRAGM0AgBUcw8AZjQCAPpDDgBtNAIAtjQCAMA0AgDIhhEAFDUCAGI1AgBkNQIA3rgPAG81AgAexQUAeTUCALg1AgB7NQIASKsDAL01AgAONgIAGDYCAGQ2AgBsNgIAHocRAMQ2AgAQNwIAHDcCAGY3AgBpNwIAvDcCAMY3AgASOAIALDgCAGg4AgB/OAIAvjgCAMM4AgAUOQIAMDkCAHSHEQB0OQIAwDkCAHs5AgAUcAgAzDkCABY6AgAZOgIAbDoCAHY6AgDCOgIA3DoCABg7AgAeOwIAbjsCAHA7AgDEOwIA0jsCABo8AgAdPAIAcDwCAHw8AgDGPAIAyTwCABw9AgA/PQIAyocRAHQ9AgDIPQIA1j0CAB4+AgAhPgIAdD4CAIA+AgDKPgIAzT4CACCIEQArPwIAdj8CAHw/AgDMPwIA0T8CACJAAgAmQAIAeEACAHtAAgB2iBEAz0ACAIAxDgDRQAIAlGoQANRAAgAkQQIA10ACADBjEADYQAIA2EUCANpAAgC0TxAA3EACAPpHEADdQAIAbFYQAN5AAgD8cxAA5UACALTzDADoQAIArh8PADBBAgB6QQIApkECANBBAgDcQQIAJkICADVCAgB8QgIAhkICANJCAgDVQgIAKEMCAEJDAgB+QwIAiEMCANRDAgDZQwIAKkQCADREAgCARAIAi0QCANZEAgDcRAIALEUCADFFAgCCRQIAhkUCAMyIEQDdRQIALkYCAOZFAgB6XRAAOEYCAIRGAgCPRgIA2kYCAOBGAgAwRwIANUcCAIZHAgCKRwIAIokRAOFHAgB+7wIA40cCANDaDgDkRwIAWHENAOZHAgDEqw8A9kcCADJIAgA8SAIAiEgCAJNIAgDeSAIA5EgCADRJAgA5SQIAikkCAI5JAgDgSQIAA0oCAHiJEQBDSgIA7HoCAERKAgCMSgIAj0oCAOJKAgDuSgIAOEsCAFBLAgCOSwIAmksCAORLAgDqSwIAOkwCAEBMAgCQTAIAlUwCAOZMAgDsTAIAzokRAEZNAgCSTQIAnU0CAOhNAgDuTQIAPk4CAENOAgCUTgIAmE4CAOpOAgDtTgIAJIoRAEpPAgCWTwIAoU8CAOxPAgDyTwIAQlACAEdQAgCYUAIAnFACAHqKEQDvUAIARFECAFBRAgCaUQIAplECAPBRAgD2UQIARlICAExSAgCcUgIAoVICAPJSAgD4UgIA0IoRAFRTAgCeUwIApFMCAPRTAgAAVAIASlQCAFdUAgCgVAIAr1QCAPZUAgACVQIATFUCAFhVAgCiVQIAqFUCAPhVAgD+VQIATlYCAFNWAgCkVgIAqlYCACaLEQAEVwIAXusIABBXAgBQVwIAE1cCAOLZCQBcVwIAplcCAK5XAgCMahIAslcCAPxXAgACWAIAUlgCAFhYAgCoWAIArVgCAP5YAgAEWQIAfIsRAFxZAgCa8hIAXlkCAKpZAgCwWQIAAFoCALZZAgBc3gIADloCAFZaAgBvWgIArFoCALVaAgACWwIADFsCAFhbAgBkWwIArlsCALpbAgAEXAIAClwCAFpcAgBgXAIAsFwCALVcAgAGXQIADF0CANKLEQBoXQIAsl0CALxdAgAIXgIAE14CAF5eAgBjXgIAtF4CALteAgAKXwIAFl8CAGBfAgBmXwIAtl8CALxfAgAMYAIAEWACAGJgAgBoYAIAKIwRAMlgAgAOYQIAD2ECAGRhAgAUYQIAbmYCAGlhAgC6YQIAyGECABBiAgAdYgIAZmICAHBiAgC8YgIAyGICABJjAgAYYwIAaGMCAHRjAgC+YwIA0WMCABRkAgAjZAIAamQCAHZkAgDAZAIAwWQCABZlAgAgZQIAbGUCAHplAgDCZQIAx2UCABhmAgAlZgIAfowRAHpmAgDEZgIA1GYCABpnAgAmZwIAcGcCAHZnAgDGZwIA0mcCABxoAgApaAIAcmgCAIFoAgDIaAIA1GgCAB5pAgAqaQIAdGkCAIdpAgDKaQIA2WkCACBqAgAsagIAdmoCAHdqAgDMagIA1moCACJrAgAwawIAeGsCAH1rAgDOawIA22sCANSMEQAmbAIATgoHADBsAgB6bAIAMWwCADbbCgAybAIAQOQMAI5sAgDQbAIA3GwCACZtAgAsbQIAfG0CAIJtAgDSbQIA120CAChuAgAubgIAKo0RAIpuAgDUbgIA4W4CAKIBAwDnbgIAKm8CAC9vAgD4gAIAMm8CANJEAwA2bwIAgG8CAIZvAgDWbwIA3G8CACxwAgAxcAIAgnACAIhwAgCAjREA5HACAC5xAgA0cQIAhHECAIlxAgDacQIA4XECADByAgA+cgIAhnICAKFyAgDccgIA6nICADJzAgA1cwIAiHMCAJZzAgDecwIA43MCADR0AgBBdAIAinQCAJZ0AgDgdAIA5nQCADZ1AgA8dQIAjHUCAJF1AgDidQIA6HUCANaNEQA9dgIAjnYCAJd2AgDkdgIA8XYCADp3AgBBdwIAkHcCAKF3AgDmdwIA63cCADx4AgBLeAIAkngCAJR4AgDoeAIA+XgCAD55AgBKeQIAlHkCAJp5AgDqeQIA8HkCAEB6AgBFegIAlnoCAJx6AgAsjhEAA3sCAEJ7AgBOewIAmHsCAKR7AgDuewIA9HsCAER8AgBKfAIAmnwCAJ98AgDwfAIA9nwCAIKOEQBMfQIAVrACAF19AgCcfQIApX0CAPJ9AgAIfgIASH4CAFR+AgCefgIAq34CAPR+AgD+fgIASn8CAFZ/AgCgfwIApn8CAPZ/AgD8fwIATIACAFGAAgCigAIAqIACANiOEQABgQIAToECAFiBAgCkgQIAqYECAPqBAgAKggIAUIICAGmCAgCmggIAq4ICAPyCAgAFgwIAUoMCAF+DAgCogwIAr4MCAP6DAgABhAIAVIQCAGCEAgCqhAIAvYQCAACFAgAPhQIAVoUCAGKFAgCshQIArYUCAAKGAgAMhgIAWIYCAGaGAgCuhgIAs4YCAASHAgARhwIALo8RAF2HAgCwhwIAs4cCAAaIAgATiAIAomkMABWIAgBciAIAXogCALKIAgC1iAIACIkCABKJAgBeiQIAaokCALSJAgDHiQIACooCABmKAgBgigIAbIoCALaKAgC3igIADIsCABaLAgBiiwIAcIsCALiLAgC9iwIADowCABuMAgCEjxEAZYwCALqMAgDGjAIAEI0CABaNAgBmjQIAaI0CALyNAgDGjQIAEo4CACCOAgBojgIAbY4CAL6OAgDLjgIAFI8CACCPAgBqjwIAfY8CAMCPAgDPjwIAFpACACKQAgBskAIAbZACAMKQAgDMkAIAGJECACaRAgBukQIAc5ECAMSRAgDRkQIA2o8RACOSAgBwkgIAJpICABJ5DQB2kgIAxpICAMmSAgAckwIAKpMCAHKTAgB3kwIAyJMCANWTAgAelAIAKpQCAHSUAgB6lAIAypQCANCUAgAglQIAJZUCAHaVAgB8lQIAMJARAM6VAgAilgIA05UCALShDgAxlgIAeJYCAJiWAgDOlgIA05YCACSXAgA/lwIAepcCAIaXAgDQlwIA1pcCACaYAgA2mAIAfJgCAI2YAgDSmAIA15gCACiZAgAsmQIAfpkCAIqZAgDUmQIA2pkCACqaAgAwmgIAgJoCAIWaAgDWmgIA3JoCAIaQEQA7mwIAmMAPAEKbAgCCmwIAg5sCANibAgDpmwIALpwCADqcAgCEnAIAmpwCANqcAgDmnAIAMJ0CAD2dAgCGnQIAkJ0CANydAgDonQIAMp4CADmeAgCIngIAlJ4CAN6eAgDkngIANJ8CADqfAgCKnwIAj58CAOCfAgDmnwIA3JARADigAgAkBxAAP6ACAIygAgCNoAIA4qACAOOgAgA4oQIAPaECAI6hAgCUoQIA5KECAO6hAgA6ogIARqICAJCiAgCXogIA5qICAOuiAgA8owIAPaMCAJKjAgCeowIA6KMCAO6jAgA+pAIAQKQCAJSkAgCepAIA6qQCAPikAgBApQIARaUCAJalAgCjpQIA7KUCAPilAgBCpgIAVaYCAJimAgCnpgIA7qYCAPqmAgBEpwIARacCAJqnAgCkpwIA8KcCAP6nAgBGqAIAS6gCAJyoAgCpqAIAMpERAAOpAgBIqQIAVKkCAJ6pAgC1qQIA9KkCAPapAgBKqgIAW6oCAKCqAgCiqgIA9qoCAPyqAgBMqwIAY6sCAKKrAgCrqwIA+KsCAA6sAgBOrAIAWqwCAKSsAgCxrAIA+qwCAAStAgBQrQIAXK0CAKatAgC5rQIA/K0CAAuuAgBSrgIAXq4CAKiuAgCprgIA/q4CAAivAgBUrwIAYq8CAKqvAgCvrwIAALACAA2wAgCIkREAWLACAKywAgDAsAIAArECABCxAgBYsQIAZbECAK6xAgC1sQIABLICABCyAgBasgIAbbICALCyAgC1sgIABrMCAA+zAgBcswIAZrMCALKzAgC3swIACLQCABi0AgBetAIAd7QCALS0AgC5tAIACrUCABO1AgBgtQIAbbUCALa1AgC9tQIADLYCAA+2AgBitgIAbrYCALi2AgDLtgIADrcCAB23AgBktwIAcLcCALq3AgC7twIAELgCABq4AgBmuAIAdLgCALy4AgDBuAIAErkCAB+5AgDekREAgbkCAL65AgDKuQIAFLoCABq6AgBqugIAcroCACTcDwB6ugIAwLoCAMW6AgAWuwIAHLsCAGy7AgCCuwIAwrsCAMS7AgAYvAIAIrwCAG68AgB6vAIAxLwCANe8AgAavQIAKb0CAHC9AgB8vQIAxr0CAMe9AgAcvgIAJr4CAHK+AgCAvgIAyL4CAM2+AgAevwIAK78CADSSEQB9vwIAyr8CANC/AgAgwAIAJsACAHbAAgCCwAIAzMACANnAAgAiwQIALMECAHjBAgCOwQIAzsECANPBAgAkwgIAK8ICAHrCAgCIwgIA0MICAODCAgAmwwIANMMCAHzDAgCLwwIA0sMCANTDAgAoxAIAMsQCAH7EAgCMxAIA1MQCANnEAgAqxQIAN8UCAIDFAgCMxQIA1sUCAOnFAgAsxgIAO8YCAILGAgCOxgIA2MYCANnGAgAuxwIAOMcCAITHAgCSxwIA2scCAN/HAgAwyAIAPcgCAIqSEQCIyAIA3MgCAJLIAgA4MAoA7cgCADLJAgA7yQIAiMkCAJTJAgDeyQIA5skCAGbYEgDqyQIANMoCADrKAgCKygIAkMoCAODKAgDlygIANssCADzLAgDgkhEAm8sCAOLLAgDnywIAOMwCAD/MAgCOzAIAmswCAOTMAgDrzAIAltACAPDMAgA6zQIAR80CAJDNAgCfzQIA5s0CAOvNAgA8zgIAQ84CAJLOAgCezgIA6M4CAPTOAgA+zwIARM8CAJTPAgCazwIA6s8CAO/PAgBA0AIARtACADaTEQCi0AIA7NACAPvQAgBC0QIAR9ECAJjRAgCf0QIA7tECAPrRAgBE0gIAUNICAJrSAgCg0gIA8NICAPbSAgBG0wIAS9MCAJzTAgCi0wIAjJMRAP7TAgBI1AIAWNQCAJ7UAgCs1AIA9NQCAAHVAgBK1QIAVtUCAKDVAgCn1QIA9tUCAP7VAgDikxEAVdYCAFahEABZ1gIAkPgCAF3WAgCi1gIAs9YCAPjWAgAA1wIATtcCAATXAgBGvg0AWNcCAKTXAgCp1wIA+tcCAALYAgBQ2AIAUtgCAKbYAgBZ2AIAdOoCAK7YAgD82AIAEtkCAFLZAgBe2QIAqNkCAL7ZAgD+2QIAF9oCAFTaAgBg2gIAqtoCALDaAgAA2wIACNsCAFbbAgBm2wIArNsCALXbAgAC3AIAD9wCAFjcAgBn3AIArtwCALjcAgAE3QIAEt0CAFrdAgBf3QIAsN0CAL3dAgAG3gIADt4CADiUEQBy3gIAst4CALPeAgAI3wIAEt8CAF7fAgBm3wIAtN8CAL7fAgAK4AIAD+ACAGDgAgBo4AIAtuACALjgAgBq5QIAueACAJJPAwC84AIADOECAL3gAgCuXQMAzOACAKBWAwAY4QIAYuECAGThAgC44QIAv+ECAA7iAgAW4gIAZOICAGXiAgC64gIAwOICABDjAgAV4wIAZuMCAGfjAgC84wIAyOMCABLkAgAY5AIAaOQCAHLkAgC+5AIA0uQCABTlAgAc5QIAjpQRAG3lAgDA5QIAceUCAIhKAwDD5QIAFuYCACTmAgBs5gIAg+YCAMLmAgDP5gIAGOcCACDnAgBu5wIAb+cCAMTnAgDK5wIAGugCAB/oAgBw6AIAcegCAMboAgDS6AIAHOkCACLpAgBy6QIAfOkCAMjpAgDc6QIAHuoCACbqAgA6lREAgeoCAMrqAgDR6gIAIOsCACzrAgB26wIAhusCAMzrAgDa6wIAIuwCAC/sAgB47AIAhOwCAM7sAgDV7AIAJO0CACztAgDmlREAhu0CANDtAgDa7QIAJu4CADHuAgB87gIAge4CANLuAgDZ7gIAKO8CADDvAgA8lhEAhu8CANTvAgDk7wIAKvACADbwAgCA8AIAhPACANbwAgDe8AIALPECAC7xAgCC8QIAiPECANjxAgDv8QIALvICADfyAgCE8gIAmvICANryAgDm8gIAMPMCAD3zAgCG8wIAkPMCANzzAgDf8wIAMvQCADr0AgCI9AIAkvQCAN70AgDj9AIANPUCADz1AgCK9QIAmvUCAOD1AgDp9QIANvYCAEP2AgCM9gIAm/YCAOL2AgDs9gIAOPcCAEb3AgCO9wIAk/cCAOT3AgDx9wIAOvgCAEL4AgCSlhEAnfgCAOb4AgCv+AIAVrQEAOv4AgA8+QIARvkCAJL5AgCa+QIA6PkCAKn5AgCUPxAA7vkCAD76AgD2+QIAtMoNAPf5AgB0IQkA+PkCAFQFAwD5+QIAoD0MAEr6AgCU+gIAlvoCALqiDQCb+gIA6voCAPb6AgBA+wIAT/sCAJb7AgCn+wIA7PsCAO77AgBC/AIASPwCAJj8AgCk/AIA7vwCAPb8AgDolhEASv0CAD6XEQCm/QIAlJcRAPP9AgBAmBEASf4CAJaYEQBL/gIA7gAFAJ/+AgB41QwAqf4CAPL+AgD8/gIASP8CAEr/AgCe/wIAsf8CAPT/AgD8/wIA+u0NAAAAAwBKAAMAUAADAKAAAwCmAAMA9gADAPsAAwBMAQMAUgEDAOyYEQCsAQMA+AEDAPoBAwBOAgMAWAIDAKQCAwCyAgMA+gIDAP8CAwBQAwMAXQMDAKYDAwCyAwMA/AMDAAIEAwBSBAMAWAQDAKgEAwCtBAMA/gQDAAQFAwBCmREAYgUDAKoFAwC3BQMAAAYDAAcGAwBWBgMAXgYDAKwGAwCtBgMApOkLAK8GAwACBwMAwgYDAKDnCwAWBwMAWAcDAG4HAwCuBwMAxwcDAAQIAwAJCAMAWggDAGsIAwCYmREAwQgDAAYJAwAICQMAXAkDAGYJAwCyCQMAwAkDAAgKAwANCgMAXgoDAGsKAwC0CgMAvAoDAAoLAwAWCwMAYAsDABoLAwC4DAMAZgsDALYLAwC8CwMADAwDABEMAwBiDAMAaAwDAO6ZEQC6DAMADg0DABwNAwBkDQMAdQ0DAESaEQDBDQMAmpoRABgOAwBmDgMAGg4DAB70BwBZDgMArCYTAHQOAwC8DgMAdQ4DABwUAwB2DgMAgFQKAMkOAwASDwMAIQ8DAGgPAwBtDwMAvg8DANQPAwAUEAMAFRADAGoQAwBsEAMAwBADAMoQAwAWEQMAJBEDAGwRAwCFEQMAwhEDANMRAwAYEgMAJBIDAG4SAwB2EgMAnJsRANgSAwAaEwMAGxMDAHATAwB8EwMAxhMDAMkTAwDymxEAHhQDAHIUAwB/FAMAyBQDANUUAwAeFQMAIxUDAHQVAwB+FQMAyhUDANIVAwAgFgMAMBYDAHYWAwCEFgMAzBYDANkWAwAiFwMAKRcDAHgXAwCAFwMAzhcDANEXAwAkGAMAOBgDAHoYAwCQGAMA0BgDAOkYAwAmGQMAKxkDAHwZAwCNGQMASJwRANoZAwCenBEA3hkDAMBJCgDuGQMA4mwTADUaAwB+GgMAhRoDANQaAwDgGgMAKhsDADobAwCAGwMAjhsDANYbAwDjGwMALBwDADgcAwCCHAMAiRwDAPScEQDaHAMALh0DAN0cAwB+RwQAOx0DAIQdAwCRHQMA2h0DAN8dAwAwHgMAOh4DAIYeAwCOHgMA3B4DAOEeAwB4bwQA5R4DADIfAwA1HwMAiB8DAJQfAwBKnREA4x8DADQgAwDqHwMAGvgKADkgAwCKIAMAkiADAOAgAwD2IAMANiEDADghAwCMIQMAmSEDAOIhAwD2IQMAoJ0RAD0iAwCOIgMAliIDALTvCgCYIgMA5CIDAOwiAwA6IwMARiMDAJAjAwCdIwMA5iMDAOsjAwA8JAMARSQDAJIkAwCpJAMA6CQDAPMkAwD2nREATCUDAJQlAwCXJQMA6iUDAO0lAwBAJgMATiYDAJYmAwCjJgMA7CYDAAMnAwBCJwMASicDAJgnAwCeJwMA7icDAPonAwBEKAMATigDAJooAwCjKAMA8CgDAPYoAwBGKQMAUykDAEyeEQCoKQMA8ikDAKopAwDO/AoAASoDAEgqAwBZKgMAnioDAKAqAwD0KgMA+ioDAEorAwBWKwMAoCsDAKcrAwD2KwMA/isDAEwsAwBOLAMAoiwDAK8sAwD4LAMA/ywDAE4tAwBWLQMApC0DALEtAwD6LQMA/y0DAFAuAwBaLgMApi4DAK4uAwD8LgMABS8DAFIvAwBVLwMAqC8DALQvAwD+LwMABTADAKKeEQBhMAMAqjADAGowAwC0NQMAjDADACwBCwDFMAMAADEDAAIxAwBWMQMAZzEDAKwxAwC6MQMAAjIDAAkyAwBYMgMAYDIDAK4yAwCzMgMABDMDAAUzAwBaMwMAZjMDALAzAwC2MwMABjQDAAg0AwBcNAMAZjQDALI0AwDANAMACDUDAA01AwBeNQMAazUDAPieEQC1NQMACjYDAA82AwBgNgMAZjYDALY2AwDANgMADDcDABg3AwBiNwMAaTcDALg3AwDANwMADjgDABA4AwBkOAMAcTgDALo4AwDBOAMAEDkDABg5AwBmOQMAczkDALw5AwDBOQMAEjoDABw6AwBoOgMAcDoDAL46AwDHOgMAFDsDABc7AwBqOwMAdjsDAMA7AwDHOwMATp8RACI8AwC68goAKjwDAGw8AwB5PAMAwjwDAMw8AwAYPQMAGj0DAG49AwCBPQMAxD0DAMw9AwAaPgMAJj4DAHA+AwB2PgMAxj4DAMw+AwAcPwMAIT8DAHI/AwB4PwMApJ8RANY/AwAeQAMALUADAHRAAwCQQAMAykADAJRAAwD2gQMA0kADAPqfEQApQQMAdkEDAINBAwDMQQMA1kEDACJCAwAwQgMAeEIDAI5CAwDOQgMA2kIDACRDAwAsQwMAUKARAIBDAwDQQwMA1kMDACZEAwArRAMAfEQDAIJEAwCmoBEA10QDAChFAwAxRQMAfkUDAIhFAwDURQMA3EUDACpGAwAvRgMAgEYDAJBGAwDWRgMA3kYDACxHAwAyRwMAMEkDAEVHAwCCRwMAh0cDANhHAwDhRwMALkgDADtIAwCESAMAi0gDANpIAwDdSAMA/KARADJJAwCGSQMAk0kDANxJAwDzSQMAMkoDAD5KAwBSoREAj0oDAN5KAwDmSgMANEsDADhLAwCKSwMAmEsDAOBLAwDqSwMANkwDAEFMAwCMTAMAlEwDAOJMAwDnTAMAOE0DAFNNAwCOTQMAmk0DAORNAwDqTQMAOk4DAEpOAwCQTgMAoU4DAOZOAwDrTgMAPE8DAEBPAwCooREAm08DAOhPAwABUAMAPlADAEhQAwCUUAMAmlADAOpQAwDsUAMAQFEDAE9RAwCWUQMAoFEDAOxRAwD0UQMAQlIDAEZSAwCYUgMAplIDAO5SAwD4UgMARFMDAE9TAwCaUwMAolMDAPBTAwD1UwMARlQDAGFUAwCcVAMAqFQDAPJUAwD4VAMASFUDAFhVAwCeVQMAr1UDAPRVAwD5VQMASlYDAE5WAwD+oREAqVYDAPZWAwAHVwMATFcDAFZXAwCiVwMAsFcDAPhXAwD5VwMATlgDAF9YAwCkWAMAuFgDAPpYAwACWQMAUFkDAFRZAwCmWQMAtFkDAPxZAwAGWgMAUloDAF1aAwCoWgMAsFoDAP5aAwADWwMAVFsDAG9bAwCqWwMAtlsDAABcAwAGXAMAVlwDAGZcAwCsXAMAvVwDAAJdAwAHXQMAWF0DAFxdAwBUohEAvF0DAAReAwAfXgMAWl4DAGheAwCwXgMAt14DAAZfAwASXwMAXF8DAGRfAwCqohEAwF8DAAhgAwASYAMAXmADAGlgAwC0YAMAvGADAAphAwAPYQMAYGEDAHthAwC2YQMAwmEDAAxiAwASYgMAYmIDAHJiAwC4YgMAyWIDAA5jAwATYwMAZGMDAGhjAwAAoxEAy2MDABBkAwAYZAMAZmQDAGdkAwC8ZAMAwWQDABJlAwAgZQMAaGUDAHVlAwC+ZQMAyGUDABRmAwAgZgMAamYDAHBmAwDAZgMAyGYDABZnAwAdZwMAbGcDAHhnAwDCZwMAyGcDABhoAwAkaAMAbmgDAH5oAwDEaAMA0GgDABppAwAgaQMAcGkDAHxpAwDGaQMA02kDABxqAwAragMAcmoDAH5qAwBWoxEAy2oDAB5rAwAhawMAdGsDAIJrAwDKawMA4WsDACBsAwAtbAMAdmwDAIxsAwDMbAMA2GwDACJtAwAvbQMAeG0DAIJtAwDObQMA1m0DACRuAwAubgMAem4DAH9uAwDQbgMA2G4DACZvAwAybwMAfG8DAIlvAwDSbwMA3G8DAChwAwAucAMAfnADAJJwAwDUcAMA3HADACpxAwA4cQMAgHEDAI1xAwDWcQMA3nEDACxyAwA5cgMAgnIDAJByAwDYcgMA6XIDAC5zAwA2cwMAhHMDAJpzAwDacwMA3HMDADB0AwAxdAMArKMRAIt0AwDIVQ4AlHQDANx0AwDrdAMAMnUDAD51AwCIdQMAkHUDAAKkEQDjdQMANHYDAD12AwCKdgMAl3YDAOB2AwDndgMANncDADl3AwCMdwMAlHcDAOJ3AwDndwMAOHgDAEF4AwCOeAMAmHgDAOR4AwDseAMAOnkDAD95AwCQeQMAoHkDAOZ5AwDueQMAPHoDAEJ6AwCSegMAlHoDAOh6AwD1egMAPnsDAFV7AwCUewMAoHsDAFikEQD2ewMAQHwDAFd8AwCWfAMAonwDAOx8AwDyfAMAQn0DAEp9AwCYfQMAn30DAO59AwD8fQMARH4DAF9+AwCafgMAqH4DAPB+AwD3fgMARn8DAFJ/AwCcfwMApH8DAK6kEQAGgAMASIADAFCAAwCegAMAz4ADAPSAAwAAgQMASoEDAFCBAwCggQMApYEDAASlEQACggMATIIDAFOCAwCiggMAqoIDAPiCAwD6ggMAToMDAFiDAwCkgwMArIMDAFqlEQAIhAMAFpIDAAmEAwBQhAMAUoQDAKaEAwC3hAMA/IQDAA2FAwBShQMAXoUDAKiFAwCvhQMA/oUDAAaGAwBUhgMAgYYDAKqGAwCvhgMAAIcDAAGHAwBWhwMAYIcDAKyHAwC6hwMAAogDAAeIAwBYiAMAZYgDAK6IAwDKiAMABIkDACCJAwCwpREAZ4kDALCJAwC0iQMABooDAAyKAwBcigMAXooDALKKAwCzigMACIsDACuLAwBeiwMAgosDALSLAwDhiwMACowDABKMAwBgjAMAZYwDALaMAwDDjAMADI0DABSNAwBijQMAZI0DALiNAwDAjQMADo4DADuOAwBkjgMAcY4DALqOAwC/jgMAEI8DAB2PAwBmjwMAco8DALyPAwDpjwMAEpADABqQAwBokAMAg5ADAL6QAwDAkAMAFJEDACWRAwBqkQMAc5EDAMCRAwDMkQMABqYRACOSAwBskgMAc5IDAMKSAwDOkgMAGJMDACuTAwBukwMAdpMDAMSTAwDJkwMAGpQDACOUAwBwlAMAepQDAMaUAwDOlAMAHJUDACGVAwBylQMAgpUDAMiVAwDQlQMAHpYDADeWAwB0lgMAeZYDAMqWAwDTlgMAIJcDAC2XAwB2lwMAfZcDAMyXAwDPlwMAXKYRACeYAwB4mAMAL5gDAKQWDQCBmAMAzpgDANaYAwAkmQMAL5kDAHqZAwB8mQMA0JkDAOuZAwAmmgMAMpoDAHyaAwCEmgMAsqYRAN+aAwAomwMAMJsDAH6bAwCKmwMA1JsDANqbAwAqnAMAMJwDAICcAwCFnAMA1pwDANycAwAIpxEAOZ0DAIKdAwCKnQMA2J0DAOydAwAungMAM54DAISeAwCNngMA2p4DAOCeAwAwnwMAOJ8DAIafAwCJnwMA3J8DAPmfAwAyoAMAQ6ADAIigAwCQoAMA3qADAOGgAwA0oQMASKEDAIqhAwCXoQMA4KEDAOqhAwA2ogMAOKIDAIyiAwCfogMAtKcRAOeiAwA4owMASaMDAI6jAwCXowMA5KMDAPqjAwA6pAMAR6QDAJCkAwCYpAMA5qQDAAWlAwAKqBEASKUDAJKlAwCapQMAYKgRAOulAwA+pgMARqYDAJSmAwChpgMA6qYDAO+mAwBApwMASKcDAJanAwCXpwMA7KcDAO6nAwBCqAMASKgDAJioAwCaqAMA7qgDAASpAwBEqQMAUKkDAJqpAwCkqQMA8KkDAPypAwBGqgMATKoDAJyqAwCkqgMA8qoDACSrAwC2qBEAUasDAJ6rAwCoqwMA9KsDAPyrAwBKrAMAS6wDAKCsAwCmrAMA9qwDAAKtAwBMrQMATa0DAKKtAwCkrQMA+K0DAP6tAwBOrgMAWq4DAKSuAwCrrgMA+q4DAAKvAwBQrwMAU68DAKavAwCwrwMA/K8DAP6vAwBSsAMAXLADAKiwAwC0sAMA/rADABSxAwBUsQMAYLEDAKqxAwC3sQMAALIDAAqyAwBWsgMAXrIDAKyyAwC+sgMADKkRAASzAwBYswMAYrMDAK6zAwCwswMABLQDAB20AwBatAMAXLQDALC0AwCztAMABrUDABK1AwBctQMAZLUDAGKpEQDGtQMACLYDAAu2AwBetgMAaLYDALS2AwDAtgMACrcDACC3AwBgtwMAaLcDALa3AwDEtwMADLgDAA+4AwBiuAMAargDALi4AwC7uAMADrkDAMa4AwAcwAMAGLkDAGS5AwAZuQMAarwDAGa5AwC6uQMAwLkDABC6AwAaugMAZroDAHS6AwC8ugMAyboDABK7AwApuwMAaLsDAHC7AwC+uwMAx7sDABS8AwAVvAMAuKkRAHO8AwDAvAMAyrwDABa9AwAgvQMAbL0DAHq9AwDCvQMAz70DABi+AwAvvgMAbr4DAHa+AwDEvgMAy74DABq/AwAfvwMAcL8DAHS/AwDGvwMA078DAA6qEQApwAMAcsADAHrAAwDIwAMAzsADAB7BAwAqwQMAdMEDAIPBAwDKwQMAz8EDACDCAwA7wgMAdsIDAILCAwDMwgMA0sIDACLDAwA2wwMAeMMDAIDDAwDOwwMA5MMDACTEAwApxAMAesQDAIHEAwDQxAMA3MQDAGSqEQAtxQMAfMUDAIrFAwDSxQMA38UDACjGAwA/xgMAfsYDAIbGAwDUxgMA2sYDACrHAwA2xwMAgMcDAIfHAwDWxwMA5McDACzIAwAvyAMAgsgDAIrIAwDYyAMA5sgDAC7JAwAxyQMAhMkDAIzJAwDayQMA68kDADDKAwA1ygMAhsoDAIjKAwDcygMA48oDADLLAwBAywMAiMsDAJXLAwDeywMA9csDADTMAwA8zAMAiswDAJTMAwDgzAMA68wDADbNAwBCzQMAjM0DAJTNAwC6qhEA5M0DADjOAwBCzgMAjs4DAJDOAwDkzgMA584DADrPAwBGzwMAkM8DAJrPAwDmzwMA7s8DADzQAwBK0AMAktADAJ/QAwDo0AMA8NADAD7RAwBU0QMAlNEDAKDRAwDq0QMAANIDAEDSAwBF0gMAltIDAJzSAwDs0gMAANMDABCrEQBF0wMAmNMDAKDTAwDu0wMA/NMDAETUAwAE1AMAnl8IAFHUAwCa1AMAotQDAPDUAwD61AMARtUDAFHVAwCc1QMAqNUDAPLVAwD61QMAZqsRAE7WAwCe1gMAo9YDAPTWAwAD1wMAStcDAFbXAwCg1wMAo9cDAPbXAwD51wMATNgDAFTYAwCi2AMAp9gDAPjYAwAI2QMATtkDAFbZAwCk2QMAp9kDAPrZAwAE2gMAUNoDAFLaAwCm2gMArNoDAPzaAwAG2wMAUtsDAGDbAwCo2wMAtdsDAP7bAwAV3AMAVNwDAFzcAwCq3AMAs9wDAADdAwAB3QMAvKsRAGPdAwCs3QMAr90DAJ65CgCy3QMAhgEKALTdAwAC3gMAtt0DAJapBAC43QMAenQGAAXeAwCUhQgACN4DAHr1BgAM3gMAWN4DABDeAwA+iQoAEt4DAPBdCABd3gMArt4DAGTeAwDM7wQAZt4DAJReCgC23gMABN8DAAffAwBa3wMAZt8DALDfAwC23wMABuADACHgAwBc4AMAaOADALLgAwC44AMACOEDABDhAwBe4QMAYOEDALThAwBj4QMAgPIDAL7hAwAK4gMAEuIDABKsEQBx4gMAtuIDAL3iAwAM4wMAFOMDAGLjAwBv4wMAuOMDAL3jAwAO5AMAGOQDAGTkAwBs5AMAuuQDALzkAwBqygoAv+QDAIqACADE5AMAEOUDAMnkAwBMAwQAyuQDAMx4CQAW5QMAZuUDAGjlAwC85QMAyeUDABLmAwAV5gMAaOYDAHnmAwC+5gMAwOYDABTnAwAe5wMAaucDAHbnAwDA5wMAyOcDAL6sEQAb6AMAbOgDAG/oAwDC6AMAzOgDABjpAwAg6QMAbukDAHvpAwDE6QMAxukDABrqAwAw6gMAcOoDAHzqAwDG6gMAzuoDABStEQAh6wMAcusDAIHrAwDI6wMAyusDAB7sAwAv7AMAdOwDAH/sAwDK7AMAz+wDACDtAwAj7QMAdu0DAIDtAwDM7QMA3u0DACLuAwAq7gMAeO4DAILuAwDO7gMA0+4DACTvAwAs7wMAeu8DAHzvAwDQ7wMA1+8DACbwAwAt8AMAfPADAILwAwDS8AMA3vADACjxAwAr8QMAfvEDAIHxAwDU8QMA8PEDACryAwAy8gMAwK0RAI3yAwDW8gMA3vIDACzzAwAv8wMAgvMDAIfzAwDY8wMA5/MDAC70AwBO9AMAhPQDAJD0AwDa9AMA5PQDADD1AwA49QMAhvUDAJj1AwAWrhEA5vUDADL2AwBA9gMAiPYDAJX2AwDe9gMA9fYDADT3AwA89wMAivcDAJn3AwDg9wMA5fcDADb4AwBD+AMAjPgDAJn4AwDi+AMA7vgDADj5AwBH+QMAjvkDAJj5AwDk+QMA8vkDADr6AwA/+gMAkPoDAJ36AwDm+gMA6foDADz7AwBE+wMAkvsDAJf7AwDo+wMA9fsDAD78AwBG/AMAlPwDAJ38AwDq/AMA9/wDAED9AwBO/QMAlv0DAKn9AwDs/QMA9P0DAEL+AwBJ/gMAmP4DAJ3+AwDu/gMABP8DAET/AwBG/wMAmv8DAKj/AwDw/wMA/f8DAEYABABOAAQAnAAEAJ8ABADyAAQA9wAEAEgBBABXAQQAngEEAL4BBAD0AQQAAAIEAEoCBABUAgQAoAIEAKgCBAD2AgQACAMEAGyuEQBRAwQAogMEAK8DBAD4AwQABQQEAE4EBABaBAQApAQEALMEBAD6BAQABAUEAFAFBABYBQQApgUEALAFBAD8BQQAAQYEAFIGBABaBgQAwq4RALQGBAD+BgQABAcEAFQHBABvBwQAqgcEALYHBAAACAQABggEAFYIBAByCAQArAgEALQIBAAYrxEACgkEAFgJBABiCQQArgkEALkJBAAECgQAEAoEAFoKBABiCgQAbq8RALwKBAAGCwQADAsEAFwLBAB3CwQAsgsEAL4LBAAIDAQADgwEAF4MBABmDAQAtAwEALoMBAAKDQQAEw0EAGANBABtDQQAtg0EAMMNBAAMDgQAGg4EAGIOBABvDgQAuA4EAM8OBAAODwQAFg8EAGQPBABpDwQAug8EAHUPBAC+EQQAxw8EABAQBAAYEAQAZhAEAHEQBAC8EAQAwRAEABIRBAAVEQQAaBEEAHIRBADErxEAwxEEABQSBAAjEgQAahIEAGwSBADAEgQA0RIEABYTBAAnEwQAbBMEAIATBAAasBEA0xMEABgUBAAbFAQAbhQEACAUBAAuJwgAJRQEAEYYEAB4FAQAxBQEAMYUBAAaFQQAJBUEAHAVBAB8FQQAxhUEAPAVBAAcFgQAJxYEADgmBQBCFgQAchYEAKUWBADIFgQA7hYEAB4XBABEFwQAdBcEAKgXBADKFwQA9RcEACAYBAAoGAQAdhgEAKAYBADMGAQAARkEACIZBABNGQQAeBkEAIAZBADOGQQA3RkEACQaBAApGgQAehoEAIMaBADQGgQAhxoEAIoiBADhGgQAJhsEAC0bBAB8GwQAhBsEANIbBADfGwQAKBwEAC0cBAB+HAQAiBwEANQcBADcHAQAKh0EADQdBABCKQQAOR0EAIAdBACFHQQA1h0EAOMdBAAsHgQAOR4EAIIeBACOHgQA2B4EAOceBAAuHwQAOB8EAIQfBACMHwQA2h8EAOQfBAAwIAQANSAEAIYgBACOIAQAcLARAOggBAAyIQQAOCEEAIghBACjIQQA3iEEAOohBAA0IgQAOiIEAMawEQCXIgQA4CIEAOwiBAA2IwQARSMEAIwjBACWIwQA4iMEAPAjBAA4JAQAPSQEAI4kBACbJAQA5CQEAOwkBAA6JQQARCUEAJAlBACVJQQA5iUEAO4lBAA8JgQAPyYEAJImBACeJgQA6CYEAO4mBAA+JwQAWScEAJQnBACgJwQA6icEAPAnBABAKAQASCgEAJYoBACYKAQA7CgEAPYoBAAcsREASCkEAJgpBACaKQQA7ikEAPspBABEKgQARyoEAJoqBACrKgQA8CoEAPIqBABGKwQAUCsEAJwrBACoKwQA8isEAPorBABysREATSwEAJ4sBAChLAQA9CwEAP4sBABKLQQAUi0EAKAtBACtLQQA9i0EAPgtBABMLgQAYi4EAKIuBACuLgQAyLERABQvBABOLwQAai8EAB6yEQCpLwQA+i8EAAcwBABQMAQAXTAEAKYwBACyMAQA/DAEAAsxBABSMQQAXDEEAKgxBAC2MQQA/jEEAAMyBABUMgQAYTIEAKoyBADDMgQAADMEAAIzBABWMwQAXTMEAHSyEQDJMwQAAjQEABM0BABYNAQAZDQEAK40BADBNAQABDUEABM1BABaNQQAZjUEALA1BACxNQQABjYEABA2BABcNgQAajYEALI2BAC3NgQACDcEABU3BADKshEAYzcEALQ3BADBNwQACjgEABc4BABgOAQAbDgEALY4BADFOAQADDkEABY5BABiOQQAcDkEALg5BAC9OQQADjoEABs6BABkOgQAbDoEAMyzEQC/OgQAEDsEABg7BAAitBEAaDsEALw7BADKOwQAEjwEACM8BAB4tBEAbzwEAM60EQDDPAQAFD0EABw9BABqPQQAeT0EAMA9BADFPQQAFj4EACM+BABsPgQAeT4EAMI+BADOPgQAGD8EACc/BABuPwQAeD8EAHq1EQDGPwQAfjIPAMo/BACiFQ0A1z8EABpABAApQAQAcEAEAHxABADGQAQAx0AEABxBBAAmQQQAckEEAIBBBADIQQQAzUEEAB5CBAArQgQA0LURAHhCBADKQgQA1UIEACBDBAAuQwQAdkMEAIdDBADMQwQA2EMEACJEBAAqRAQAJrYRAH1EBADORAQA20QEACRFBAAxRQQAekUEAIZFBADQRQQA30UEACZGBAAwRgQAfEYEAIpGBADSRgQA30YEAChHBAA/RwQAfLYRAItHBADURwQA4UcEACpIBAA2SAQAgEgEAI9IBADWSAQA4EgEACxJBAA6SQQAgkkEAEhJBADIzAkAh0kEANhJBADlSQQALkoEADZKBADSthEAkEoEANpKBADqSgQAMEsEADlLBACGSwQAiUsEANxLBADoSwQAMkwEADlMBAAotxEAlUwEAN5MBADtTAQANE0EADVNBACKTQQAoU0EAOBNBAD6TQQANk4EAEJOBACMTgQAn04EAOJOBADxTgQAOE8EAERPBACOTwQAj08EAORPBADuTwQAOlAEAEhQBACQUAQAlVAEAOZQBADzUAQAfrcRAFZRBACSUQQAoVEEAOhRBADqUQQAPlIEAO1RBACgWAQAS1IEAJRSBAChUgQA6lIEAO9SBABAUwQASlMEAJZTBAClUwQA7FMEAPFTBABCVAQAT1QEAJhUBAClVAQA7lQEAPpUBABEVQQAU1UEAJpVBACkVQQA8FUEAP1VBABGVgQAS1YEAJxWBACgVgQA8lYEAP5WBABIVwQATlcEAJ5XBACkVwQA9FcEAPlXBABKWAQAUFgEANS3EQCtWAQA9lgEAANZBABMWQQAWFkEAKJZBACxWQQA+FkEAAJaBABOWgQAXFoEAKRaBACpWgQA+loEAAdbBABQWwQAV1sEAKZbBACrWwQA/FsEAAhcBABSXAQAVVwEAKhcBAC1XAQA/lwEAANdBABUXQQAXl0EAKpdBAC2XQQAAF4EABNeBABWXgQAZF4EAKxeBACvXgQAAl8EAAxfBABYXwQAZF8EAK5fBAC0XwQABGAEAApgBABaYAQAX2AEALBgBAC2YAQAKrgRAAhhBABcYQQAbWEEALJhBADDYQQACGIEABBiBABeYgQAbmIEALRiBAC2YgQACmMEABhjBABgYwQAcWMEAIC4EQC9YwQA1rgRAA1kBABiZAQAZ2QEALhkBABoZAQAupAEAL5kBAAOZQQAGGUEAGRlBABwZQQAumUEAMBlBAAQZgQAFmYEAGZmBABrZgQAvGYEAMJmBAAsuREAIGcEAGhnBACBZwQAvmcEAL9nBAAUaAQAMWgEAGpoBAByaAQABIsEAIRoBADAaAQAw2gEABZpBAAbaQQALroRAIVpBADCaQQAyGkEABhqBADYaQQAADUFABpqBABuagQAdGoEAMRqBADYagQAGmsEACJrBABwawQAfWsEAMZrBADLawQAHGwEACZsBABybAQAemwEAMhsBADZbAQAHm0EACNtBAB0bQQAdm0EAMptBADRbQQAIG4EACxuBAB2bgQAfW4EAMxuBADobgQAIm8EACpvBACEuhEAeW8EAM5vBADabwQAJHAEADFwBAB6cAQAgnAEANBwBADTcAQAJnEEADFxBAB8cQQAfnEEANJxBADYcQQAKHIEADRyBAB+cgQAhXIEANRyBADccgQAKnMEAC9zBACAcwQAmXMEANZzBAACdAQALHQEADh0BACCdAQAkXQEANh0BADidAQALnUEADZ1BACEdQQAlHUEANp1BADodQQAMHYEAEF2BACGdgQAknYEANq6EQDhdgQAMncEADp3BACIdwQAiXcEAN53BACedwQA7uMLAPt3BAA0eAQAPHgEAIp4BACOeAQA4HgEAOZ4BAA2eQQAOHkEAIx5BACNeQQA4nkEAON5BAA4egQARHoEAI56BACUegQA5HoEAOx6BAA6ewQAPHsEAJB7BACrewQA5nsEAOh7BAA8fAQASnwEAJJ8BACjfAQA6HwEAOp8BAA+fQQAV30EAJR9BAClfQQA6n0EAPZ9BAAwuxEATn4EAJZ+BABcfgQA8jMIAKx+BADsfgQA7X4EAEJ/BABTfwQAmH8EAKR/BADufwQABIAEAESABABQgAQAmoAEAKeABADwgAQA+oAEAEaBBABIgQQAnIEEAKaBBADygQQAAIIEAEiCBABNggQAnoIEAKuCBAD0ggQAEIMEAEqDBABSgwQAhrsRAK6DBAD2gwQAD4QEAEyEBABNhAQAooQEAL+EBAD4hAQAAIUEAE6FBABfhQQApIUEALKFBAD6hQQAE4YEAFCGBABWhgQApoYEAKiGBAD8hgQAAocEAFKHBABmhwQAqIcEALCHBAD+hwQAC4gEAFSIBABZiAQAqogEALSIBAAAiQQACIkEAFaJBABmiQQArIkEALGJBAACigQAC4oEAFiKBABligQArooEALWKBADcuxEAFYsEAFqLBABoiwQAsIsEAMmLBAAGjAQADIwEAFyMBABejAQAsowEALiMBAAIjQQAHI0EAF6NBABmjQQAtI0EAMGNBAAKjgQAD44EAGCOBABqjgQAto4EAL6OBAAMjwQAHI8EAGKPBABnjwQAuI8EAMGPBAAOkAQAG5AEAGSQBABrkAQAMrwRAL+QBAAQkQQAEZEEAGaRBABykQQAvJEEAMKRBAASkgQAI5IEAGiSBAB8kgQAvpIEAM2SBAAUkwQAGZMEAGqTBAB3kwQAwJMEANCTBAAWlAQAJJQEAGyUBACDlAQAwpQEAMuUBAAYlQQAHpUEAG6VBAB6lQQAxJUEAMuVBAAalgQANpYEAHCWBAB4lgQAiLwRAMyWBAAclwQAIpcEAHKXBAB3lwQAyJcEAM6XBADevBEAI5gEAHSYBAB2mAQAypgEANGYBAAgmQQALpkEAHaZBACDmQQAzJkEAOOZBAAimgQAKpoEAHiaBAB5mgQAzpoEANGaBAAkmwQAOJsEAHqbBACJmwQA0JsEANWbBAAmnAQAJ5wEAHycBACTnAQAir0RANScBAAonQQANZ0EAH6dBACLnQQA1J0EANmdBAAqngQANJ4EAICeBACIngQA1p4EAOaeBAAsnwQAOp8EAIKfBACPnwQA2J8EAN+fBAAuoAQANqAEAISgBACGoAQA2qAEAOKgBAAwoQQAMaEEAIahBABGoQQACjoFAIuhBADcoQQA36EEADKiBAA8ogQAiKIEAJ+iBADeogQA5KIEADSjBABAowQAiqMEAI2jBADgowQA/aMEADakBABHpAQAjKQEAJSkBADipAQA6aQEADilBAA+pQQAjqUEAJylBADkpQQA/6UEADqmBABGpgQAkKYEAJamBADmpgQA+6YEADynBABEpwQAkqcEAJynBADopwQA7qcEAD6oBABMqAQAlKgEAKCoBADqqAQA8agEAECpBABIqQQA4L0RAKSpBADsqQQAAqoEAEKqBABOqgQAmKoEAJ2qBADuqgQA96oEAESrBABOqwQAmqsEAKarBABekQYAtqsEAPCrBAD4qwQANr4RAEusBACcrAQAqawEAPKsBAD/rAQASK0EAFStBACerQQAra0EAPStBAD+rQQASq4EAFiuBACgrgQApa4EAPauBAADrwQATK8EAFSvBACMvhEAsK8EAPivBAAOsAQATrAEAFqwBACksAQAqbAEAPqwBAADsQQAULEEAFqxBACmsQQArrEEAPyxBAAIsgQAUrIEAGWyBACosgQAqbIEAP6yBAAMswQAVLMEAFqzBACqswQAtrMEAAC0BAAHtAQA4r4RAGC0BACstAQAtLQEAAK1BAAItQQAwPMJABG1BABYtQQAXbUEADIjBQBetQQArrUEALq1BAAEtgQABrYEAFq2BABktgQAsLYEALy2BAAGtwQADrcEADi/EQBktwQAsrcEAMG3BAAIuAQADbgEAF64BABruAQAtLgEAMG4BAAKuQQAFrkEAGC5BABvuQQAtrkEAMC5BAAMugQAGroEAGK6BABnugQAuLoEAMW6BAAOuwQAFrsEAGS7BABuuwQAursEAL+7BAAQvAQAGLwEAGa8BABxvAQAvLwEAMG8BAASvQQAFb0EAGi9BAByvQQAvr0EAMa9BACOvxEAGb4EAGq+BAB5vgQAwL4EAMK+BAAWvwQAJ78EAGy/BAB3vwQAwr8EAMe/BAAYwAQAG8AEAG7ABAB4wAQAxMAEAMzABAAawQQAHMEEAHDBBAB9wQQAxsEEAM3BBAAcwgQAJMIEAHLCBABzwgQAyMIEAM3CBAAewwQAJMMEAHTDBAB+wwQAysMEANLDBADkvxEAVsQEAHbEBACrxAQAzMQEAObEBAAixQQASMUEAHjFBACSxQQAzsUEAPTFBAAkxgQAPsYEAHrGBACjxgQA0MYEANjGBAAmxwQAKMcEAHzHBACJxwQA0scEANnHBAAoyAQAMMgEAH7IBAB/yAQA1MgEANnIBAAqyQQAMMkEAIDJBACKyQQA1skEAN7JBAA6wBEASMoEAJDAEQCKygQA2MoEANrKBAAuywQAO8sEAITLBACLywQA2ssEAOLLBAAwzAQAMcwEAIbMBACLzAQA3MwEAOLMBAAyzQQAPM0EAIjNBACQzQQA5sARAOPNBAA0zgQANs4EAIrOBACRzgQA4M4EAO7OBAA2zwQAQ88EAIzPBACjzwQA4s8EAOrPBAA40AQAQtAEAI7QBABO0AQAojAFAJnQBADk0AQA8NAEADrRBABC0QQAPMERAJHRBADm0QQAmtEEAEyxBQCm0QQA0J0FAOvRBAA80gQAP9IEAJLSBACc0gQA6NIEAP/SBAA+0wQARNMEAJTTBACg0wQA6tMEAO3TBABA1AQAXdQEAJbUBACn1AQA7NQEAAvVBABC1QQAStUEAJjVBACa1QQA7tUEAP3VBABE1gQATtYEAJrWBACo1gQA8NYEAAvXBABG1wQAUtcEAJzXBACk1wQAksERAP7XBABI2AQAV9gEAJ7YBACj2AQA9NgEAPrYBABK2QQAUdkEAKDZBACo2QQA9tkEAPjZBABM2gQAU9oEAKLaBACk2gQA+NoEAPnaBABO2wQAWNsEAKTbBACw2wQA+tsEAADcBABQ3AQAatwEAKbcBACu3AQA/NwEABLdBABS3QQAYN0EAKjdBACr3QQA/t0EAAHeBABU3gQAYt4EAKreBAC33gQAAN8EABffBABW3wQAXt8EAKzfBACu3wQAAuAEAArgBABY4AQAb+AEAK7gBAC64AQABOEEABrhBABa4QQAYuEEALDhBAC+4QQABuIEABDiBABc4gQAZOIEALLiBAC54gQACOMEABTjBABe4wQAX+MEALTjBADA4wQACuQEABfkBABg5AQAZ+QEALbkBAC55AQADOUEABTlBABi5QQAZ+UEALjlBADF5QQADuYEAD7mBABk5gQAbOYEAOjBEQDC5gQAXPwRANbmBAAQ5wQAGOcEAD7CEQB05wQAvOcEAL7nBAAS6AQAI+gEAGjoBABw6AQAvugEAMroBAAU6QQAGukEAGrpBABw6QQAwOkEAMXpBAAW6gQAHOoEAJTCEQBx6gQAwuoEAHjqBABKQQ4AyuoEABjrBAAd6wQAfKgKAB7rBACu7gsAJOsEAOpgCwAn6wQAbusEACnrBAD+6wsAL+sEAOBdDABz6wQAxOsEAHTrBABkmgkA0esEABrsBAAn7AQAcOwEAHzsBADG7AQA1ewEABztBAAm7QQA7MMRAHztBADI7QQAze0EAB7uBAAm7gQAQsQRAHnuBADK7gQAze4EACDvBAAq7wQAdu8EAJ7vBADuxBEA0u8EACLwBAA48AQAePAEAIbwBADO8AQA2/AEACTxBAAm8QQAevEEAITxBADQ8QQA3PEEACbyBAAt8gQAfPIEAITyBADS8gQA2fIEACjzBAAx8wQAfvMEAIrzBADU8wQA3PMEAETFEQAv9AQAgPQEAIj0BADW9AQA5fQEACz1BAAx9QQAgvUEAI/1BADY9QQA5fUEAC72BAA69gQAhPYEAJP2BADa9gQA5PYEADD3BAA+9wQAhvcEAIv3BADc9wQA6fcEADL4BAA6+AQAiPgEAJL4BADe+AQA7PgEADT5BABK+QQAivkEAJb5BADg+QQA5fkEADb6BAA/+gQAjPoEAJb6BACaxREA7PoEADj7BABE+wQAjvsEAJb7BADwxREA6fsEADr8BABH/AQAkPwEAJ38BADm/AQA8vwEADz9BABL/QQAkv0EAJz9BADo/QQAAP4EAD7+BABI/gQAlP4EAKL+BADq/gQAAP8EAED/BABM/wQAlv8EAJv/BADs/wQA9f8EAEIABQBMAAUAmAAFAKAABQBGxhEA+wAFAEQBBQAEAQUALg4RAFEBBQCaAQUApgEFAPABBQD/AQUARgIFAFACBQCcAgUAqgIFAPICBQD/AgUASAMFAF8DBQCeAwUApgMFAPQDBQD+AwUASgQFAE8EBQCgBAUAqAQFAJzGEQACBQUATAUFAFIFBQCiBQUAvQUFAPgFBQAEBgUATgYFAFQGBQDyxhEArAYFAEjHEQD/BgUAUAcFAF0HBQCmBwUAswcFAPwHBQAICAUAUggFAGEIBQCoCAUAsggFAP4IBQAMCQUAVAkFAFkJBQCqCQUAtwkFAAAKBQAICgUAnscRAGIKBQCsCgUAvAoFAAILBQALCwUAWAsFAFsLBQCuCwUAugsFAAQMBQALDAUA9McRAGgMBQCwDAUAxgwFAAYNBQASDQUAXA0FAGMNBQCyDQUAug0FAAgOBQANDgUAXg4FAGcOBQC0DgUAvg4FAErIEQAPDwUAYA8FABYPBQC+EwUAaA8FALYPBQC8DwUADBAFABEQBQBiEAUAaxAFALgQBQDCEAUADhEFABoRBQBkEQUAbBEFAKDIEQC/EQUAEBIFABgSBQBmEgUAcRIFALwSBQDBEgUAEhMFABUTBQBoEwUAchMFAPbIEQDIEwUAFBQFABgUBQBqFAUAbxQFAMAUBQDGFAUAFhUFADYVBQBsFQUAdBUFAMIVBQDQFQUAGBYFABsWBQBuFgUAdhYFAMQWBQDNFgUAGhcFACcXBQBwFwUAdhcFAMYXBQDSFwUAHBgFAB4YBQByGAUAgRgFAMgYBQDTGAUAHhkFACAZBQB0GQUAjRkFAMoZBQDbGQUAIBoFACwaBQBMyREAfhoFAMwaBQDsGgUAIhsFADAbBQB4GwUAhRsFAM4bBQDVGwUAJBwFAEAcBQB6HAUAghwFAKLJEQDVHAUAJh0FADMdBQB8HQUAiR0FANIdBQDeHQUAKB4FADceBQB+HgUAiB4FANQeBQDpHgUAKh8FADIfBQCAHwUAjx8FANYfBQDYHwUALCAFADUgBQCCIAUAhSAFANggBQDkIAUALiEFAEohBQCEIQUAjCEFAPjJEQDfIQUAMCIFAEYiBQCGIgUAkiIFANwiBQD/IgUATsoRAD8jBQCIIwUAlSMFAN4jBQDqIwUANCQFAEMkBQCKJAUAlCQFAOAkBQDoJAUANiUFAEAlBQCMJQUAkSUFAOIlBQDqJQUApMoRAEwmBQCOJgUAtCYFAOQmBQAKJwUAOicFAGAnBQCQJwUAuycFAOYnBQDuJwUAPCgFAGYoBQCSKAUAyCgFAOgoBQAOKQUAPikFAGQpBQCUKQUAyikFAOopBQAVKgUAQCoFAEgqBQCWKgUAmyoFAKyLBQClKgUA7CoFAPEqBQBCKwUATysFAJgrBQClKwUA7isFAPorBQBELAUAUywFAJosBQCkLAUA8CwFAP4sBQBGLQUASy0FAJwtBQCpLQUA8i0FAPotBQBILgUATi4FAJ4uBQBSLgUA/IgFAKouBQD0LgUABC8FAEovBQBTLwUAoC8FAKMvBQD2LwUAAjAFAEwwBQBTMAUA+soRALYwBQD4MAUA+zAFAE4xBQBrMQUApDEFALUxBQD6MQUAATIFAFAyBQBpMgUApjIFAK4yBQD8MgUAEjMFAFIzBQBXMwUAqDMFAK8zBQD+MwUABzQFAFQ0BQBlNAUAqjQFALY0BQBQyxEAAjUFAFw4BQAUNQUAVjUFAFk1BQCsNQUAyTUFAAI2BQATNgUAWDYFAGc2BQCuNgUAvzYFAAQ3BQASNwUAWjcFAGY3BQCwNwUAvTcFAAY4BQAQOAUApssRAGI4BQCyOAUAwDgFAAg5BQAKOQUAXjkFAGU5BQC0OQUAzTkFAPzLEQAeOgUAYDoFAGM6BQC2OgUA0zoFAAw7BQAdOwUAYjsFAGo7BQC4OwUAvzsFAA48BQAUPAUAZDwFAHI8BQC6PAUA1TwFABA9BQAcPQUAZj0FAGw9BQC8PQUA0T0FABI+BQAaPgUAaD4FAHI+BQC+PgUAxD4FABQ/BQAiPwUAaj8FAHY/BQDAPwUAxz8FABZABQAeQAUAUswRAHVABQDCQAUAz0AFABhBBQAmQQUAbkEFAH1BBQDEQQUAxkEFABpCBQAkQgUAcEIFAH5CBQDGQgUAy0IFABxDBQApQwUAckMFAHVDBQDIQwUA1EMFAB5EBQAxRAUAdEQFAINEBQDKRAUA1kQFACBFBQAhRQUAdkUFAIBFBQDMRQUA2kUFACJGBQAnRgUAeEYFAIVGBQCozBEA00YFACRHBQA6RwUAekcFAJBHBQDQRwUA2UcFACZIBQAzSAUAfEgFAIpIBQDSSAUA4UgFAChJBQAqSQUAfkkFAIhJBQDUSQUA4kkFACpKBQAvSgUAgEoFAI1KBQDWSgUA2UoFACxLBQA0SwUAgksFAJNLBQDYSwUA5ksFAC5MBQA7TAUAhEwFAKRMBQDaTAUA4kwFADBNBQBATQUAhk0FAIhNBQDcTQUA6k0FADJOBQBDTgUAqs0RAI5OBQDeTgUA6k4FAADOEQA7TwUAik8FAEFPBQBePQcAkU8FAOBPBQDmTwUANlAFAEJQBQCMUAUAj1AFAOJQBQDlUAUAOFEFAGBRBQCOUQUAsVEFAORRBQDvUQUAOlIFAD9SBQCQUgUAk1IFAOZSBQDwUgUAPFMFAGRTBQBWzhEAl1MFAOhTBQD1UwUAPlQFAEtUBQCUVAUAoFQFAOpUBQD5VAUAQFUFAEpVBQCWVQUAnlUFAOxVBQD2VQUAQlYFAEdWBQCYVgUAoFYFAKzOEQD7VgUARFcFAFhXBQCaVwUAolcFAPBXBQD1VwUARlgFAFZYBQCcWAUApFgFAPJYBQD8WAUASFkFAFNZBQCeWQUAqlkFAPRZBQD8WQUAAs8RAEtaBQCgWgUArFoFAPZaBQAFWwUATFsFAFpbBQCiWwUAslsFAPhbBQAGXAUATlwFAFpcBQCkXAUAq1wFAPpcBQACXQUAUF0FAGZdBQCmXQUAul0FAPxdBQD/XQUAUl4FAG9eBQCoXgUAuV4FAP5eBQAGXwUAVF8FAF9fBQCqXwUAr18FAABgBQADYAUAVmAFAGBgBQCsYAUAr2AFAFjPEQAEYQUA+mIIAAdhBQBYYQUAW2EFAK5hBQC4YQUABGIFAAxiBQBaYgUAeWIFAK7PEQDEYgUABmMFACxjBQBcYwUAgmMFALJjBQDYYwUACGQFAEBkBQBeZAUAlGQFALRkBQDaZAUACmUFADBlBQBgZQUAlmUFALZlBQDaZQUADGYFAChmBQBiZgUAamYFAATQEQC9ZgUADmcFABtnBQBkZwUAcWcFALpnBQDGZwUAEGgFAB9oBQBmaAUAcGgFALxoBQDKaAUAEmkFABdpBQBoaQUAdWkFAL5pBQDGaQUAWtARACBqBQBqagUAemoFAMBqBQDJagUAFmsFABlrBQBsawUAeGsFAMJrBQDJawUAsNARACZsBQBubAUAhGwFAMRsBQDQbAUAGm0FACFtBQBwbQUAeG0FAMZtBQDLbQUAHG4FACVuBQBybgUAfG4FAAbREQDJbgUAHm8FACpvBQB0bwUAem8FAMpvBQDMbwUAIHAFACpwBQB2cAUAhHAFAMxwBQDRcAUAInEFAC9xBQB4cQUAgHEFAM5xBQDYcQUAJHIFADJyBQB6cgUAkHIFANByBQDccgUAJnMFAC1zBQB8cwUAhHMFANJzBQDXcwUAKHQFADF0BQB+dAUAiHQFAFzREQDXdAUAKnUFAEd1BQCAdQUAkXUFANZ1BQDkdQUALHYFAER2BQCCdgUAhXYFANh2BQD1dgUALncFAD93BQCEdwUAnHcFANp3BQDmdwUAMHgFAEN4BQCGeAUAlXgFANx4BQDoeAUAMnkFADN5BQCIeQUAknkFAN55BQDseQUANHoFADl6BQCKegUAl3oFALLREQDlegUANnsFAEN7BQCMewUAmXsFAOJ7BQDuewUAOHwFAEd8BQCOfAUAmHwFAOR8BQDyfAUAOn0FAD99BQCQfQUAnX0FAOZ9BQDufQUAtNIRAEh+BQCSfgUAon4FAOh+BQDxfgUAPn8FAEF/BQCUfwUAoH8FAOp/BQDxfwUACtMRAE6ABQCWgAUArIAFAOyABQD4gAUAQoEFAEmBBQCYgQUAoIEFAO6BBQDzgQUARIIFAE2CBQCaggUApIIFAGDTEQDxggUARoMFAFKDBQCcgwUAooMFAPKDBQD0gwUASIQFAFKEBQCehAUArIQFAPSEBQD5hAUASoUFAFeFBQCghQUAqIUFAPaFBQAAhgUATIYFAFqGBQCihgUAuIYFAPiGBQAEhwUATocFAFWHBQCkhwUArIcFAPqHBQD/hwUAUIgFAFmIBQCmiAUAsIgFALbTEQAKiQUAUokFAGiJBQCoiQUAtIkFAP6JBQAFigUAVIoFAFyKBQCqigUAr4oFAACLBQAJiwUAVosFAGCLBQAM1BEArYsFAAKMBQAOjAUAWIwFAF6MBQCujAUAsIwFAASNBQAOjQUAWo0FAGiNBQCwjQUAtY0FAAaOBQATjgUAXI4FAGSOBQCyjgUAvI4FAAiPBQAWjwUAXo8FAHSPBQC0jwUAwI8FAAqQBQARkAUAYJAFAGiQBQC2kAUAu5AFAAyRBQAVkQUAYpEFAGyRBQBi1BEAupEFAHosDQDGkQUADpIFAB+SBQBkkgUAaZIFALqSBQDRkgUAEJMFACSTBQBmkwUAfpMFALyTBQDLkwUAEpQFABeUBQBolAUAdZQFAL6UBQDLlAUAFJUFACCVBQBqlQUAeZUFAMCVBQDKlQUAFpYFAB6WBQBslgUAipYFAMKWBQDKlgUAGJcFACGXBQBulwUAe5cFAMSXBQDGlwUAGpgFADOYBQBwmAUAgZgFAMaYBQDSmAUAHJkFACSZBQC41BEAd5kFAMiZBQDQmQUAHpoFAC2aBQB0mgUAeZoFAMqaBQDXmgUAIJsFAC2bBQB2mwUAgpsFAMybBQDbmwUAIpwFACycBQB4nAUAgJwFAM6cBQDYnAUAJJ0FACmdBQB6nQUAgp0FAA7VEQDknQUAJp4FACmeBQB8ngUAmZ4FANKeBQDjngUAKJ8FAF6fBQB+nwUAnZ8FANSfBQDcnwUAKqAFACygBQCAoAUAj6AFANagBQDgoAUALKEFADqhBQCCoQUAnaEFANihBQDkoQUALqIFADaiBQBk1REAkKIFANqiBQDpogUAMKMFADWjBQCGowUAjKMFANyjBQDjowUAMqQFADqkBQCIpAUAiqQFAN6kBQDlpAUANKUFADalBQCKpQUAi6UFAOClBQDqpQUANqYFAEKmBQCMpgUAkqYFAOKmBQD8pgUAOKcFAECnBQCOpwUApKcFAOSnBQDypwUAOqgFAD2oBQCQqAUAk6gFAOaoBQD0qAUAPKkFAEmpBQCSqQUAqakFAOipBQDwqQUAPqoFAECqBQCUqgUAnKoFAOqqBQABqwUAQKsFAEyrBQCWqwUArKsFAOyrBQD0qwUAQqwFAFCsBQCYrAUAoqwFAO6sBQD2rAUARK0FAEutBQCarQUApq0FAPCtBQDxrQUARq4FAFKuBQCcrgUAqa4FAPKuBQD5rgUASK8FAEuvBQCerwUApq8FAPSvBQD5rwUASrAFAFewBQCgsAUA0LAFAPawBQD+sAUAutURAFKxBQCisQUAsLEFAPixBQAJsgUATrIFAFOyBQCksgUAu7IFAPqyBQAOswUAULMFAG+zBQCmswUArrMFAPyzBQD+swUAUrQFAGG0BQCotAUAsrQFAP60BQAMtQUAVLUFAG+1BQCqtQUAtrUFAAC2BQAItgUAENYRAGK2BQCstgUAu7YFAAK3BQAHtwUAWLcFAF63BQCutwUAtbcFAAS4BQAMuAUAWrgFAFy4BQCwuAUAt7gFAAa5BQAIuQUAXLkFAF25BQCyuQUAvLkFAAi6BQAUugUAXroFAGS6BQC0ugUAzroFAAq7BQASuwUAYLsFAHa7BQC2uwUAxLsFAAy8BQAPvAUAYrwFAGW8BQC4vAUAxrwFAA69BQAbvQUAZL0FAHu9BQC6vQUAwr0FABC+BQASvgUAZr4FAG6+BQC8vgUA074FABK/BQAevwUAaL8FAH6/BQC+vwUAxr8FABTABQAiwAUAasAFAHTABQDAwAUAyMAFABbBBQAdwQUAbMEFAHjBBQDCwQUAw8EFABjCBQAkwgUAbsIFAHvCBQDEwgUAy8IFABrDBQAdwwUAcMMFAHjDBQDGwwUAy8MFABzEBQApxAUAcsQFAKLEBQDIxAUA0MQFAGbWEQAjxQUAdMUFAJDFBQDKxQUA0sUFALzWEQBZxgUAdsYFAJzGBQDMxgUA9cYFACLHBQBYxwUAeMcFAI3HBQDOxwUA1scFACTIBQAnyAUAesgFAJfIBQDQyAUA4cgFACbJBQApyQUAfMkFAIbJBQDSyQUA1MkFACjKBQAyygUAfsoFAIrKBQDUygUA8MoFACrLBQAyywUAEtcRALPLBQDWywUA2csFACzMBQBSzAUAgswFAKvMBQDYzAUA/MwFAC7NBQA2zQUAaNcRAInNBQDazQUA580FADDOBQA9zgUAhs4FAJLOBQDczgUA684FADLPBQA8zwUAiM8FAJbPBQDezwUA488FADTQBQBB0AUAitAFAJLQBQDg0AUA6tAFADbRBQBE0QUAjNEFAKLRBQDi0QUA7tEFADjSBQA90gUAjtIFAJfSBQDk0gUA7tIFADrTBQBW0wUAkNMFAJjTBQC+1xEA6NMFADzUBQBK1AUAktQFAKPUBQAU2BEA79QFAGrYEQBD1QUAlNUFAJzVBQDq1QUA+dUFAEDWBQBG1gUAltYFAKLWBQDs1gUA7tYFAELXBQBM1wUAmNcFAKTXBQDu1wUA9tcFABbZEQBJ2AUAmtgFAKnYBQDw2AUAENkFAEbZBQBS2QUAnNkFAKbZBQDy2QUA+tkFAEjaBQBK2gUAntoFAK7aBQD02gUA/toFAErbBQBW2wUAoNsFAKbbBQD22wUA/tsFAGzZEQBR3AUAotwFAKvcBQAYegwAr9wFAPjcBQC43AUAmJUPAALdBQAkWw8ABd0FAE7dBQBa3QUApN0FALPdBQD63QUABN4FAFDeBQBY3gUAYnILAF7eBQCm3gUAs94FAPzeBQAT3wUAUt8FAFrfBQCo3wUAst8FAP7fBQAD4AUAVOAFAFzgBQDC2REAt+AFAADhBQAO4QUAVuEFAGnhBQCs4QUAtOEFAALiBQAF4gUAWOIFAF3iBQCu4gUAveIFAATjBQAk4wUAWuMFAGbjBQCw4wUAuuMFAAbkBQAi5AUAXOQFAGTkBQAY2hEAxeQFAAjlBQAO5QUAXuUFAGrlBQC05QUAvuUFAArmBQAQ5gUAYOYFAG7mBQC25gUAwuYFAAznBQAP5wUAYucFAGPnBQC45wUAxOcFAA7oBQAU6AUAZOgFAGroBQC66AUAxugFABDpBQAt6QUAZukFAG/pBQC86QUAyOkFABLqBQAV6gUAaOoFAHLqBQC+6gUAyuoFABTrBQAa6wUAausFAHDrBQDA6wUAxesFABbsBQAc7AUAbtoRAHjsBQDC7AUAxOwFABjtBQAn7QUAbu0FAHntBQDE7QUA0O0FABruBQAh7gUAcO4FAHjuBQDG7gUA0O4FABzvBQAn7wUAcu8FAH7vBQDI7wUA0O8FAHDbEQAg8AUAdPAFAIfwBQDK8AUA0vAFACDxBQAm8QUAdvEFAILxBQDM8QUA1vEFACLyBQAo8gUAePIFAIbyBQDO8gUA2vIFACTzBQAn8wUAevMFAILzBQDQ8wUA0fMFACb0BQAy9AUAfPQFAIL0BQDS9AUA2vQFACj1BQAu9QUAfvUFAIr1BQDU9QUA8fUFACr2BQAz9gUAgPYFAIz2BQDW9gUA2fYFACz3BQA29wUAgvcFAIr3BQDY9wUA6fcFAC74BQA8+AUAhPgFAJr4BQDa+AUA6PgFADD5BQA6+QUAxtsRAJX5BQDc+QUA5/kFADL6BQA++gUAiPoFAI/6BQDe+gUA5voFADT7BQA++wUAivsFAJX7BQDg+wUA7PsFADb8BQA+/AUAHNwRAI78BQDi/AUA9fwFADj9BQBA/QUAjv0FAJT9BQDk/QUA8P0FADr+BQBE/gUAkP4FAJb+BQDm/gUA9P4FADz/BQBI/wUAkv8FAJX/BQDo/wUA8P8FAD4ABgA/AAYAlAAGAKAABgDqAAYA8AAGAEABBgBIAQYAlgEGAJwBBgDsAQYA+AEGAEICBgBfAgYAmAIGAKECBgDuAgYA+gIGAEQDBgBHAwYAmgMGAKQDBgDwAwYA+AMGAEYEBgBXBAYAnAQGAKoEBgDyBAYACAUGAEgFBgBWBQYAngUGAKgFBgD0BQYA/AUGAEoGBgBtBgYActwRAKsGBgD2BgYABAcGAEwHBgBbBwYAogcGAK0HBgD4BwYAAAgGAE4IBgBcCAYApAgGAKcIBgD6CAYAAgkGAMjcEQBsCQYAHt0RAKgJBgD8CQYACQoGAFIKBgBfCgYAqAoGAK0KBgD+CgYACAsGAFQLBgBjCwYAqgsGAK8LBgAADAYADQwGAFYMBgBjDAYArAwGALgMBgACDQYAEQ0GAFgNBgBiDQYArg0GALoNBgAEDgYACg4GAFoOBgBgDgYAsA4GALUOBgAGDwYADA8GAHTdEQBhDwYA9DAGAG0PBgCyDwYAwA8GAAgQBgAUEAYAXhAGAGsQBgC0EAYAvhAGAAoRBgAmEQYAYBEGAHwRBgDK3REAuBEGAAwSBgAZEgYAYhIGAG8SBgC4EgYAvRIGAA4TBgAYEwYAZBMGAHMTBgC6EwYAvxMGABAUBgAdFAYAZhQGAHMUBgC8FAYAyBQGABIVBgAhFQYAaBUGAHIVBgC+FQYAyhUGABQWBgAaFgYAahYGAHAWBgDAFgYAxRYGABYXBgAcFwYAIN4RAHgXBgDCFwYAyRcGABgYBgAmGAYAbhgGAHEYBgDEGAYAzBgGABoZBgAfGQYAcBkGAH0ZBgDGGQYAzhkGAHbeEQAhGgYAchoGAIEaBgDIGgYAyhoGAB4bBgAvGwYAdBsGAH8bBgDKGwYAzxsGACAcBgAjHAYAdhwGAIAcBgDMHAYA6BwGAMzeEQApHQYAeB0GAIYdBgDOHQYA0R0GACQeBgAzHgYAeh4GAH8eBgDQHgYA3R4GACYfBgAzHwYAfB8GAIgfBgDSHwYA4R8GACggBgAyIAYAfiAGAIwgBgDUIAYA2SAGACohBgA3IQYAgCEGAIwhBgDWIQYA6SEGACwiBgA7IgYAgiIGAI4iBgDYIgYA2SIGAC4jBgA4IwYAhCMGAJIjBgDaIwYA3yMGADAkBgA9JAYAIt8RAIgkBgDcJAYA6iQGADIlBgBDJQYAJOARAI8lBgB64BEA4yUGADQmBgA8JgYAiiYGAJkmBgDgJgYA5SYGADYnBgBDJwYAjCcGAJknBgDiJwYA7icGADgoBgBHKAYAjigGAJgoBgAm4REA5igGADopBgBVKQYAkCkGAJIpBgDmKQYAACoGADwqBgBJKgYAkioGAJ4qBgDoKgYA8ioGAD4rBgBYKwYAlCsGAKMrBgDqKwYA7ysGAEAsBgBNLAYAliwGAKMsBgDsLAYA+CwGAEItBgBRLQYAmC0GAKItBgDuLQYA+i0GAEQuBgBXLgYAmi4GAKkuBgDwLgYA/C4GAEYvBgBHLwYAnC8GAKYvBgDyLwYAADAGAEgwBgBNMAYAnjAGAKswBgB84REAATEGAEoxBgBXMQYAoDEGAKwxBgD2MQYABTIGAEwyBgBWMgYAojIGALAyBgD4MgYA/TIGAE4zBgBbMwYApDMGALAzBgD6MwYADTQGAFA0BgBfNAYApjQGALI0BgD8NAYA/TQGAFI1BgBcNQYAqDUGALY1BgD+NQYAAzYGAFQ2BgBhNgYA0uERALc2BgAANwYAAjcGAFY3BgBvNwYArDcGAL03BgACOAYADjgGAFg4BgBgOAYA1OIRALM4BgAEOQYADDkGAFo5BgBpOQYAsDkGALU5BgAGOgYAEzoGAFw6BgBpOgYAsjoGAL46BgAIOwYAFzsGAF47BgBoOwYAKuMRAMc7BgAKPAYAGTwGAGA8BgBsPAYAtjwGALc8BgAMPQYAFj0GAGI9BgBwPQYAuD0GAL09BgAOPgYAGz4GAIDjEQBpPgYAuj4GAMc+BgAQPwYAHT8GAGY/BgByPwYAvD8GAMs/BgASQAYAHEAGAGhABgB2QAYAvkAGAMNABgAUQQYAIUEGAGpBBgByQQYAguQRAMxBBgAWQgYAJkIGAGxCBgB1QgYAwkIGAMVCBgAYQwYAJEMGAG5DBgB1QwYA2OQRAM9DBgAaRAYAG0QGAHBEBgCIRAYAxkQGANNEBgAcRQYAKEUGAHJFBgB8RQYAyEUGAMxFBgAeRgYAI0YGAHRGBgB6RgYAykYGAOpGBgAgRwYAOEcGAHZHBgCNRwYAzEcGANhHBgAiSAYALEgGAHhIBgB6SAYAzkgGANVIBgAkSQYAK0kGAHpJBgCASQYA0EkGANxJBgAmSgYAKUoGAHxKBgB/SgYA0koGAN5KBgAoSwYAK0sGAC7lEQCDSwYA1EsGANxLBgAqTAYAMEwGAIBMBgCFTAYA1kwGAN9MBgAsTQYANk0GAIJNBgCOTQYA2E0GAOBNBgCE5REAM04GAIROBgCMTgYA2k4GAOVOBgAwTwYANU8GAIZPBgCJTwYA3E8GAOZPBgDa5REAOlAGAIhQBgCMUAYA3lAGAOBQBgA0UQYAN1EGAIpRBgCSUQYA4FEGAO1RBgA2UgYAO1IGAIxSBgCWUgYA4lIGAOpSBgA4UwYAOVMGAI5TBgCTUwYA5FMGAOdTBgA6VAYAPVQGAJBUBgCeVAYA5lQGAP9UBgA8VQYATVUGAJJVBgCeVQYA6FUGAPBVBgAw5hEAQ1YGAJRWBgCcVgYA6lYGAPlWBgBAVwYARVcGAJZXBgCjVwYA7FcGAPlXBgBCWAYATlgGAJhYBgCnWAYA7lgGAPhYBgBEWQYATFkGAJpZBgCkWQYA8FkGAPVZBgBGWgYATloGAIbmEQCnWgYA8loGAP5aBgBIWwYAUFsGANzmEQCqWwYA9FsGAPtbBgBKXAYAWFwGAKBcBgCjXAYA9lwGAP5cBgBMXQYAT10GAKJdBgCuXQYA+F0GAP5dBgBOXgYAaV4GAKReBgCwXgYA+l4GAABfBgBQXwYAc18GAKZfBgCpXwYA/F8GACBgBgAy5xEAV2AGAKhgBgC1YAYA/mAGAAthBgBUYQYAYGEGAKphBgC5YQYAAGIGAApiBgBWYgYAZGIGAKxiBgCxYgYAAmMGAA9jBgBYYwYAYGMGAIjnEQC7YwYABGQGAAxkBgBaZAYAc2QGALBkBgC2ZAYABmUGAAtlBgBcZQYAfGUGALJlBgC+ZQYACGYGABVmBgBeZgYAZmYGALRmBgC3ZgYACmcGABRnBgBgZwYAYmcGALZnBgDAZwYADGgGABhoBgDe5xEAeGgGALhoBgDEaAYADmkGABNpBgBkaQYAFmkGACbjEgBtaQYAumkGAMRpBgAQagYAGGoGAO5gCgAcagYAZmoGADNqBgASngoAbGoGALxqBgB5agYAlmUNAMJqBgASawYAF2sGAGhrBgBuawYANOgRAMxrBgAUbAYAKmwGAGpsBgB2bAYAwGwGAMVsBgAWbQYAH20GAGxtBgB2bQYAwm0GAMptBgAYbgYAJ24GAG5uBgBzbgYAxG4GANFuBgAabwYAJ28GAHBvBgB8bwYAxm8GANVvBgAccAYAJnAGAHJwBgCAcAYAyHAGANVwBgAecQYANXEGAHRxBgB8cQYAynEGANRxBgAgcgYAJXIGAHZyBgB+cgYANukRANhyBgAicwYAKHMGAHhzBgCTcwYAznMGANpzBgAkdAYAKnQGAIzpEQCAdAYAnBQOAI10BgDQdAYA33QGACZ1BgAydQYAfHUGAH11BgDSdQYA3HUGACh2BgA2dgYAfnYGAIN2BgDUdgYA4XYGAOLpEQAvdwYAgHcGAIh3BgDWdwYA2XcGACx4BgA1eAYAgngGAJF4BgDYeAYA43gGAC55BgA2eQYAhHkGAJR5BgDaeQYA6HkGADB6BgBBegYAhnoGAJJ6BgDcegYA5HoGAOTqEQA4ewYAiHsGAJB7BgDeewYA5XsGADR8BgBCfAYAinwGAJB8BgDgfAYA7HwGADZ9BgBFfQYAjH0GAJZ9BgDifQYA530GADh+BgA+fgYAjn4GAKJ+BgDkfgYA7H4GADp/BgBkfwYAkH8GAJl/BgDmfwYA838GADyABgBKgAYAkoAGAKWABgDogAYABIEGADrrEQBDgQYAlIEGAKGBBgDqgQYA94EGAECCBgBMggYAloIGAKWCBgDsggYA9oIGAEKDBgBQgwYAmIMGAJ2DBgDugwYA+4MGAESEBgBMhAYAkOsRAKaEBgDwhAYAAIUGAEaFBgBPhQYAnIUGAJ+FBgDyhQYA/oUGAEiGBgBPhgYA5usRAMiGBgD0hgYA/YYGAEqHBgBXhwYAoIcGAK6HBgD2hwYACYgGAEyIBgBoiAYAPOwRALCIBgD4iAYADokGAE6JBgBaiQYApIkGAKuJBgD6iQYAAooGAFCKBgBVigYApooGAK+KBgD8igYABosGAJLsEQBTiwYAqIsGALSLBgD+iwYABIwGAFSMBgBWjAYAqowGALSMBgAAjQYADo0GAFaNBgBbjQYArI0GALmNBgACjgYACo4GAFiOBgBijgYAro4GALyOBgAEjwYAGo8GAFqPBgBmjwYAsI8GALePBgAGkAYADpAGAFyQBgBhkAYAspAGALuQBgAIkQYAEpEGAOjsEQBkkQYAtJEGALqRBgAKkgYAD5IGAGCSBgBmkgYAPu0RALuSBgAMkwYAGZMGAGKTBgBvkwYAuJMGAMSTBgAOlAYAHZQGAGSUBgBulAYAupQGAMiUBgAQlQYAFZUGAGaVBgBzlQYAvJUGAMSVBgBA7hEAIJYGAGiWBgB+lgYAvpYGAMqWBgAUlwYAGZcGAGqXBgBzlwYAwJcGAMqXBgCW7hEAIpgGAGyYBgB9mAYAwpgGAM6YBgAYmQYAJ5kGAG6ZBgB4mQYAxJkGANKZBgAamgYAH5oGAHCaBgB9mgYAxpoGANCaBgAcmwYA0poGAM6eBgAqmwYAcpsGAIibBgDImwYA1JsGAB6cBgAjnAYAdJwGAH2cBgDKnAYA1JwGACCdBgAsnQYAdp0GAHydBgDMnQYA0p0GACKeBgAnngYAeJ4GAH6eBgDs7hEA1J4GACSfBgAqnwYAep8GAH+fBgDQnwYA1p8GAELvEQA0oAYAfKAGAJKgBgDSoAYA3qAGACihBgAtoQYAfqEGAIehBgDUoQYA3qEGACqiBgA2ogYAgKIGAJOiBgDWogYA5aIGACyjBgA4owYAgqMGAIOjBgDYowYA4qMGAC6kBgA8pAYAhKQGAImkBgDapAYA56QGAJjvEQA/pQYAhqUGAKalBgDcpQYA6KUGADKmBgA8pgYAiKYGAI2mBgDepgYA36YGADSnBgBApwYAiqcGAJenBgDgpwYA7KcGADaoBgBJqAYAjKgGAJuoBgDiqAYA7qgGADipBgA5qQYAjqkGAJipBgDkqQYA8qkGADqqBgA/qgYAkKoGAJ2qBgDu7xEAAqsGAETwEQBCqwYAkqsGAJirBgDoqwYA7asGAD6sBgBErAYAmvARAJmsBgDqrAYA7awGAECtBgBMrQYAlq0GAJytBgDsrQYAB64GAEKuBgBOrgYAmK4GAJ6uBgDurgYA8K4GAESvBgBfrwYAmq8GAJyvBgDwrwYA/q8GAEawBgBXsAYAnLAGAJ6wBgDysAYAC7EGAEixBgBZsQYAnrEGAKqxBgCc8REA/rEGAEqyBgBYsgYAoLIGALayBgD2sgYAArMGAEyzBgBRswYAorMGAKuzBgD4swYAArQGAE60BgBWtAYApLQGAKm0BgD6tAYACbUGAFC1BgBftQYAprUGAK+1BgD8tQYAArYGAFK2BgBYtgYAqLYGALS2BgD+tgYABbcGAFS3BgBctwYAqrcGAKy3BgAAuAYAELgGAFa4BgBguAYArLgGALi4BgACuQYACLkGAFi5BgBguQYA8vERALq5BgAEugYAFboGAFq6BgBmugYAsLoGAL+6BgAGuwYAELsGAFy7BgBquwYAsrsGALe7BgAIvAYAFbwGAF68BgBmvAYAtLwGAL68BgCO1AYAwLwGAAq9BgAQvQYAYL0GAGa9BgC2vQYAu70GAAy+BgASvgYASPIRAG6+BgC4vgYAvr4GAA6/BgApvwYAZL8GAHC/BgC6vwYAwL8GABDABgAYwAYAZsAGAGnABgC8wAYAyMAGABLBBgAjwQYAaMEGAHTBBgC+wQYAzcEGABTCBgAewgYAasIGAHjCBgDAwgYAxcIGABbDBgAjwwYAbMMGAHTDBgDCwwYAzMMGABjEBgAmxAYAbsQGAITEBgDExAYA0MQGABrFBgAfxQYAcMUGAHnFBgDGxQYA0MUGAErzEQAixgYAcsYGAHjGBgDIxgYA1MYGAB7HBgArxwYAdMcGAH7HBgDKxwYA0scGACDIBgAqyAYAdsgGAHvIBgDMyAYAzcgGACLJBgAnyQYAeMkGAInJBgDOyQYA08kGACTKBgA7ygYAesoGAI7KBgDQygYA7MoGACbLBgAuywYAoPMRAITLBgDSywYA3MsGACjMBgA8zAYAfswGAH/MBgDUzAYA4MwGACrNBgBGzQYAgM0GAIjNBgD28xEA380GACzOBgA6zgYAgs4GADvOBgBSPwsAjM4GANjOBgDazgYALs8GAEfPBgCEzwYAlc8GANrPBgDmzwYAMNAGADjQBgBM9BEAktAGANzQBgDi0AYAMtEGAE3RBgCI0QYAlNEGAN7RBgDk0QYANNIGADfSBgCK0gYAktIGAODSBgDw0gYANtMGADvTBgCM0wYAldMGAOLTBgDv0wYAONQGAD/UBgCi9BEAnNQGAOTUBgD61AYAOtUGAEbVBgCQ1QYAldUGAObVBgDv1QYAPNYGAEbWBgCS1gYArtYGAOjWBgDw1gYA+PQRAEPXBgCU1wYAnNcGAOrXBgDs1wYAQNgGAFvYBgCW2AYAmNgGAOzYBgD62AYAQtkGAFPZBgCY2QYAmtkGAO7ZBgAH2gYARNoGAFXaBgCa2gYAptoGAPDaBgD42gYATvURAFLbBgCc2wYAotsGAPLbBgAN3AYASNwGAFTcBgCe3AYApNwGAPTcBgD33AYApPURAGfdBgCg3QYAod0GAPbdBgAF3gYATN4GAFHeBgCi3gYAr94GAPjeBgAF3wYATt8GAFrfBgCk3wYAs98GAPrfBgAE4AYAUOAGAF7gBgCm4AYAq+AGAPzgBgAJ4QYAUuEGAF7hBgCo4QYAruEGAP7hBgC74QYAfvcGAATiBgBU4gYAWeIGAKriBgCw4gYA+vURAAXjBgBW4wYAduMGAKzjBgC44wYAAuQGAAjkBgBY5AYAYOQGAAYRBwBh5AYAruQGALvkBgAE5QYACuUGAFrlBgBm5QYAsOUGALLlBgAG5gYAFeYGAFzmBgBn5gYAsuYGALTmBgAI5wYAIecGAF7nBgBv5wYAtOcGAMDnBgAK6AYAFugGAGDoBgBz6AYAtugGAMXoBgAM6QYAGOkGAGLpBgBj6QYAuOkGAMLpBgAO6gYAHOoGAGTqBgBp6gYAuuoGAMfqBgBQ9hEAHesGAGbrBgB66wYAvOsGANjrBgAS7AYALuwGAKb2EQB37AYAvuwGAL/sBgAU7QYAI+0GAGrtBgBv7QYAwO0GAM3tBgAW7gYAI+4GAGzuBgB47gYAwu4GANHuBgAY7wYAIu8GAG7vBgB87wYAxO8GAMnvBgAa8AYAJ/AGAHDwBgCA8AYAxvAGAMjwBgAc8QYAKvEGAHLxBgCD8QYA/PYRAM/xBgBS9xEAI/IGAHTyBgCB8gYAyvIGANfyBgAg8wYAJvMGAHbzBgCC8wYAzPMGANzzBgAi9AYAK/QGAHj0BgB79AYAzvQGANr0BgAk9QYAK/UGAKj3EQCG9QYA0PUGAOD1BgAm9gYAL/YGAHz2BgB/9gYA0vYGAN72BgAo9wYAL/cGAP73EQCN9wYA1PcGAOD3BgAq+AYAK/gGAID4BgCK+AYA1vgGAOT4BgAs+QYAMfkGAIL5BgCP+QYAVPgRAN35BgAu+gYAPfoGAIT6BgCk+gYA2voGAOb6BgAw+wYAOvsGAIb7BgCO+wYA3PsGAOj7BgAy/AYAOPwGAIj8BgCO/AYA3vwGAOP8BgA0/QYAOv0GAFb5EQCP/QYA4P0GAOn9BgA2/gYAR/4GAIz+BgCT/gYA4v4GAOr+BgA4/wYARf8GAI7/BgCT/wYA5P8GAO7/BgA6AAcAQgAHAJAABwCfAAcA5gAHAOsABwA8AQcASQEHAJIBBwCfAQcA6AEHAPQBBwA+AgcATQIHAJQCBwCeAgcA6gIHAPICBwBAAwcASgMHAJYDBwCbAwcA7AMHAPQDBwBY+hEARwQHAJgEBwCbBAcA7gQHAPgEBwCu+hEASgUHAJoFBwCfBQcA8AUHABAGBwBGBgcAUgYHAJwGBwCiBgcA8gYHAPUGBwBIBwcASgcHAJ4HBwC5BwcA9AcHAPYHBwBKCAcAWAgHAKAIBwCxCAcA9ggHAPgIBwBMCQcAZQkHAKIJBwCzCQcA+AkHAAQKBwAE+xEAXgoHAKQKBwDECgcA+goHAPwKBwBQCwcAXAsHAFoiEABfCwcAeB8HAGwLBwDoLAcAfAsHAKYLBwCpCwcA/AsHAAsMBwBSDAcAVwwHAKgMBwC1DAcA/gwHAAsNBwBUDQcAYA0HAKoNBwC5DQcAAA4HAAoOBwBWDgcAZA4HAKwOBwCxDgcAAg8HAA8PBwBYDwcAZA8HAK4PBwC0DwcABBAHAAoQBwBaEAcAXxAHALAQBwC2EAcAWvsRABwRBwBcEQcAXhEHALIRBwDGEQcACBIHABASBwBeEgcAaxIHALQSBwC5EgcAChMHABQTBwBgEwcAaBMHALYTBwDPEwcADBQHABgUBwBiFAcAahQHALD7EQDTFAcADhUHABAVBwBkFQcAchUHALoVBwDLFQcAEBYHABIWBwBmFgcAfxYHALwWBwDNFgcAEhcHAB4XBwAG/BEAbRcHAL4XBwDHFwcAFBgHACUYBwBqGAcAcRgHAMAYBwDIGAcAFhkHACMZBwBsGQcAcRkHAMIZBwDMGQcAGBoHACAaBwBuGgcAhxoHAMQaBwDQGgcAGhsHACIbBwCy/BEAcxsHAMYbBwDQGwcAHBwHAB4cBwByHAcAixwHAMgcBwDZHAcAHh0HACwdBwB0HQcAdx0HAModBwDVHQcAIB4HACweBwB2HgcAfR4HAAj9EQDNHgcAIh8HAD0fBwBe/REAfR8HAM4fBwDbHwcAJCAHADEgBwB6IAcAhiAHANAgBwDfIAcAJiEHADAhBwB8IQcAiiEHANIhBwDXIQcAKCIHADUiBwB+IgcAiiIHANQiBwDaIgcAKiMHADAjBwCAIwcAhSMHANYjBwDcIwcAtP0RADkkBwCCJAcAhCQHANgkBwDxJAcALiUHAD8lBwCEJQcAkCUHANolBwDiJQcAtv4RADUmBwCGJgcAjiYHANwmBwD1JgcAMicHADcnBwCIJwcAjScHAN4nBwDoJwcANCgHADcoBwCKKAcAlCgHAOAoBwDmKAcANikHADgpBwCMKQcAjSkHAOIpBwDqKQcAOCoHAEgqBwCOKgcAlCoHAOQqBwDpKgcAOisHAFArBwCQKwcAmCsHAOYrBwAQLAcAPCwHAF8sBwCSLAcAsSwHAAz/EQDwLAcAYv8RAE8tBwCULQcAoi0HAOotBwD2LQcAQC4HAE0uBwCWLgcAoC4HAOwuBwD0LgcAQi8HAE0vBwCYLwcAmi8HAO4vBwDxLwcARDAHAEwwBwCaMAcAoDAHAPAwBwD5MAcARjEHAFMxBwCcMQcApDEHAPIxBwD3MQcASDIHAFEyBwCeMgcAqDIHAPQyBwD8MgcASjMHAE8zBwCgMwcAsDMHAPYzBwD+MwcATDQHAE40BwCiNAcAvTQHAPg0BwD6NAcATjUHAFw1BwCkNQcAtTUHAPo1BwD8NQcAUDYHAGk2BwCmNgcAtzYHAPw2BwAINwcAUjcHAFo3BwC4/xEArjcHAP43BwADOAcAVDgHAHQ4BwCqOAcAtjgHAAA5BwAGOQcAVjkHAFk5BwCsOQcAtDkHAAI6BwAMOgcAWDoHAF06BwCuOgcAtjoHAAQ7BwAOOwcAWjsHAFw7BwCwOwcAwTsHAAY8BwAmPAcAXDwHAGQ8BwCyPAcAvDwHAAg9BwANPQcADgASAHI9BwC0PQcAvD0HAAo+BwAPPgcAYD4HAHA+BwC2PgcAvj4HAAw/BwAWPwcAYj8HAG0/BwC4PwcAxD8HAA5ABwAWQAcAZAASAHBABwC6QAcAxkAHABBBBwAXQQcAZkEHAG5BBwC8QQcA1UEHABJCBwAYQgcAaEIHAG1CBwC+QgcA3kIHABRDBwAgQwcAakMHAHBDBwDAQwcAw0MHALoAEgAYRAcAbEQHACREBwCkHhEAb0QHAMJEBwDMRAcAGEUHACZFBwBuRQcAfUUHAMRFBwDHRQcAGkYHANxFBwDuhQcA4EUHAABkBwAmRgcAcEYHAHJGBwDGRgcAzEYHABxHBwArRwcAckcHAH1HBwDIRwcA0EcHAG7GBwDiRwcAHkgHACpIBwB0SAcAh0gHAMpIBwDZSAcAIEkHACxJBwB2SQcAd0kHAMxJBwDWSQcAIkoHADBKBwB4SgcAfUoHAM5KBwDbSgcAEAESAD5LBwB6SwcAiUsHANBLBwDVSwcAJkwHADNMBwB8TAcAiUwHANJMBwDeTAcAKE0HADdNBwB+TQcAiE0HANRNBwDiTQcAKk4HAC9OBwCATgcAjU4HANZOBwDiTgcALE8HADJPBwCCTwcAiE8HANhPBwDdTwcALlAHADRQBwBmARIAhVAHANpQBwCNUAcAevsJAJFQBwD24wkAk1AHAMzKBwCkUAcAMAsPAOZQBwAwUQcANlEHABacCAA9UQcAhlEHAIlRBwDcUQcA6FEHADJSBwA0UgcAiFIHAI5SBwDeUgcA7VIHADRTBwA/UwcAilMHAItTBwDgUwcA9FMHADZUBwBQVAcAjFQHAJhUBwDiVAcA9VQHADhVBwBHVQcAjlUHAJpVBwDkVQcA5VUHADpWBwBEVgcAkFYHAJ5WBwDmVgcA61YHADxXBwBJVwcAvAESAKxXBwDoVwcA91cHAD5YBwBDWAcAlFgHAKFYBwDqWAcA91gHAEBZBwBMWQcAllkHAKVZBwDsWQcA9lkHAEJaBwBQWgcAmFoHAJ1aBwDuWgcA+1oHAERbBwBQWwcAmlsHAKBbBwDwWwcA9lsHAEZcBwBLXAcAnFwHAKJcBwASAhIAAF0HAEhdBwBjXQcAnl0HAKxdBwD0XQcAAV4HAEpeBwBhXgcAoF4HAK9eBwD2XgcA+14HAExfBwBZXwcAol8HAK9fBwD4XwcABGAHAE5gBwBdYAcApGAHAK5gBwD6YAcACGEHAFBhBwBVYQcApmEHALNhBwD8YQcA/2EHAFJiBwBeYgcAqGIHAK5iBwD+YgcABGMHAFRjBwBZYwcAqmMHALBjBwBoAhIAHGQHAL4CEgBcZAcArGQHAK5kBwACZQcAD2UHAFhlBwBbZQcArmUHAK9lBwAEZgcACWYHAFpmBwBgZgcAsGYHALpmBwAGZwcAImcHAFxnBwB4ZwcAFAMSALhnBwAIaAcACmgHAF5oBwBraAcAtGgHALdoBwAKaQcAC2kHAGBpBwBlaQcAtmkHALxpBwAMagcAFmoHAGJqBwB+agcAuGoHANRqBwBqAxIAFGsHAGRrBwBqawcAumsHAL9rBwAQbAcAFmwHAMADEgBobAcAvGwHAMpsBwASbQcAI20HAMIEEgBvbQcAGAUSAMNtBwAUbgcAHG4HAGpuBwBvbgcAwG4HAHluBwDoggcAwW4HABZvBwAibwcAbG8HAHlvBwDCbwcAym8HABhwBwAicAcAbnAHAH1wBwDEcAcAxXAHABpxBwAicQcAcHEHAH9xBwDGcQcAy3EHABxyBwApcgcAcnIHAH9yBwDIcgcA1HIHAB5zBwAtcwcAdHMHAH5zBwDKcwcA2HMHACB0BwAldAcAdnQHAIN0BwDMdAcA1HQHACJ1BwAsdQcAeHUHAH11BwDOdQcA1nUHAMQFEgApdgcAenYHAIN2BwCEewcAh3YHANB2BwDddgcAJncHADJ3BwB8dwcAi3cHANJ3BwDcdwcAKHgHADZ4BwB+eAcAg3gHANR4BwDheAcAKnkHADJ5BwAaBhIAjHkHANZ5BwDmeQcALHoHADV6BwCCegcAhXoHANh6BwDkegcALnsHADV7BwBwBhIAlXsHANp7BwDhewcAMHwHAD18BwCGfAcApXwHANx8BwDmfAcAMn0HADp9BwCIfQcAl30HAN59BwDjfQcANH4HAEF+BwCKfgcAl34HAOB+BwDsfgcANn8HAEV/BwCMfwcAln8HAOJ/BwDqfwcAOIAHAEKABwCOgAcAk4AHAOSABwDsgAcAxgYSAEaBBwCQgQcAloEHAOaBBwABggcAPIIHAEiCBwCSggcAmIIHABwHEgDtggcAPoMHAEuDBwCUgwcAoYMHAOqDBwD2gwcAQIQHAE+EBwCWhAcAoIQHAHIHEgD2hAcAQoUHAEeFBwCYhQcAoIUHAMgHEgD4hQcARIYHAEqGBwCahgcAnIYHAPCGBwD9hgcARocHAEmHBwCchwcAnYcHAPKHBwD3hwcASIgHAE6IBwCeiAcAqIgHAPSIBwAOiQcASokHAFmJBwCgiQcApYkHAPaJBwADigcATIoHAFmKBwCiigcArooHAPiKBwAHiwcATosHAFiLBwCkiwcAsosHAPqLBwD/iwcAUIwHAF2MBwCmjAcAsIwHAGSWBwCyjAcA/IwHAAKNBwBSjQcAWI0HAKiNBwCtjQcA/o0HAASOBwAeCBIAWY4HAKqOBwC3jgcAAI8HAA2PBwBWjwcAYo8HAKyPBwC7jwcAApAHAAyQBwBYkAcAZpAHAK6QBwCzkAcABJEHABGRBwBakQcAYpEHACAJEgC2kQcABpIHAAySBwBckgcAYZIHALKSBwC4kgcAdgkSAAqTBwBekwcAZ5MHALSTBwC3kwcACpQHABaUBwBglAcAZ5QHALaUBwC+lAcADJUHACWVBwBilQcAdpUHALiVBwDUlQcADpYHABaWBwAiChIAcpYHALqWBwDQlgcAEJcHAByXBwBmlwcAa5cHALyXBwDFlwcAEpgHAByYBwBomAcAhJgHAL6YBwDGmAcAeAoSABmZBwBqmQcAd5kHAMCZBwDNmQcAFpoHACKaBwBsmgcAe5oHAMKaBwDMmgcAGJsHACabBwBumwcAc5sHAMSbBwDRmwcAGpwHACKcBwDOChIAfpwHAMacBwDcnAcAHJ0HACidBwBynQcAd50HAMidBwDRnQcAHp4HACieBwB0ngcAfJ4HAMqeBwDZngcAIJ8HACKfBwB2nwcAf58HAMyfBwDPnwcAIqAHAC6gBwB4oAcAf6AHAM6gBwDWoAcAJKEHAD2hBwB6oQcAjqEHANChBwDsoQcAJqIHAC6iBwAkCxIAgaIHANKiBwDfogcAKKMHADWjBwB+owcAiqMHANSjBwDjowcAKqQHADSkBwCApAcAiqQHANakBwDkpAcALKUHAEKlBwCCpQcAjqUHANilBwDdpQcALqYHADemBwCEpgcAjqYHANqmBwDmpgcAMKcHADanBwCGpwcAjKcHANynBwDhpwcAMqgHADioBwB6CxIAlKgHAN6oBwDiqAcANKkHAEOpBwCKqQcAj6kHAOCpBwDtqQcANqoHAEOqBwCMqgcAmKoHAOKqBwDxqgcAOKsHAEKrBwCOqwcAnKsHAOSrBwDpqwcAOqwHAEesBwCQrAcAnKwHAOasBwDsrAcAPK0HAEKtBwCSrQcAl60HAOitBwDurQcA0AsSAEOuBwCUrgcAm64HAOquBwD2rgcAQK8HAEKvBwCWrwcAQ68HAEy1BwCxrwcA7K8HAO6vBwBCsAcAULAHAJiwBwCpsAcA7rAHAPCwBwBEsQcAXbEHAJqxBwCrsQcA8LEHAPyxBwBGsgcAUrIHAJyyBwCvsgcA8rIHAAGzBwBIswcAVLMHAJ6zBwCfswcA9LMHAP6zBwBKtAcAWLQHAKC0BwCltAcA9rQHAAO1BwAmDBIATrUHAKK1BwC9tQcA+LUHAPq1BwBOtgcAXLYHAKS2BwC1tgcA+rYHAPy2BwBQtwcAabcHAKa3BwC3twcA/LcHAAi4BwBSuAcAXrgHAKi4BwC7uAcA/rgHAA25BwBUuQcAYLkHAKq5BwCruQcAALoHAAq6BwBWugcAZLoHAKy6BwCxugcAArsHAA+7BwAoDRIAXbsHAK67BwC2uwcABLwHAAa8BwBavAcAa7wHALC8BwC+vAcABr0HACG9BwBcvQcAaL0HALK9BwC6vQcAKg4SAA2+BwBevgcAZb4HALS+BwDAvgcACr8HAA2/BwBgvwcAaL8HALa/BwDGvwcADMAHABHABwBiwAcAa8AHALjABwDFwAcADsEHABXBBwBkwQcAbMEHAIAOEgDHwQcAEMIHABjCBwBmwgcAesIHALzCBwDBwgcAEsMHABvDBwBowwcAbsMHAL7DBwDGwwcAFMQHACPEBwBqxAcAe8QHAMDEBwDJxAcAFsUHABnFBwBsxQcAdsUHAMLFBwDOxQcAGMYHAB7GBwDWDhIAe8YHAMTGBwDJxgcAGscHACHHBwBwxwcAfMcHAMbHBwDOxwcALA8SADfIBwByyAcAdMgHAMjIBwDWyAcAHskHAC/JBwB0yQcAdskHAMrJBwDjyQcAIMoHADHKBwB2ygcAgsoHAIIPEgDbygcAIssHACvLBwB4ywcAfssHAM7LBwDUywcAJMwHADDMBwB6zAcAgcwHANDMBwDYzAcAJs0HACrNBwB8zQcAh80HANLNBwDgzQcAKM4HADnOBwB+zgcAis4HANTOBwDczgcA2A8SAC3PBwCAzwcAis8HANbPBwDYzwcALNAHAEXQBwCC0AcAk9AHANjQBwDm0AcALtEHADHRBwCE0QcAj9EHANrRBwDo0QcAMNIHAD3SBwCG0gcAndIHANzSBwDk0gcAMtMHADTTBwCI0wcAkNMHAN7TBwDt0wcANNQHADnUBwCK1AcAl9QHAODUBwDt1AcANtUHAELVBwCM1QcAm9UHAOLVBwDs1QcAONYHAEbWBwCO1gcAk9YHAOTWBwDx1gcAOtcHAELXBwCQ1wcAmtcHAObXBwDr1wcAPNgHAETYBwCS2AcAldgHAOjYBwAF2QcAPtkHAE/ZBwCU2QcAnNkHAOrZBwDt2QcAQNoHAEzaBwCW2gcAnNoHAOzaBwAH2wcAQtsHAE7bBwCY2wcAntsHAC4QEgD92wcARNwHAEXcBwCa3AcA0twHAPDcBwD+3AcARt0HAEfdBwCc3QcApN0HAPLdBwAB3gcASN4HAE3eBwCe3gcAq94HAPTeBwAB3wcASt8HAFbfBwCg3wcAr98HAPbfBwAA4AcATOAHAFrgBwCi4AcAp+AHAPjgBwAF4QcATuEHAFbhBwCk4QcAruEHAPrhBwD/4QcAUOIHAFjiBwCm4gcAsOIHAPziBwAH4wcAUuMHAF7jBwCo4wcAsOMHAIQQEgAD5AcAVOQHAFfkBwCq5AcAtOQHAADlBwAI5QcA2hASAGTlBwCs5QcAwuUHAALmBwAO5gcAWOYHAF3mBwCu5gcAt+YHAATnBwAO5wcAWucHAGLnBwCw5wcAvOcHAAboBwAZ6AcAXOgHAF3oBwCy6AcAwOgHAAjpBwAO6QcAXukHAGrpBwC06QcAu+kHADAREgAL6gcAYOoHAGzqBwC26gcAw+oHAAzrBwAU6wcAYusHAGzrBwC46wcAx+sHAA7sBwAP7AcAZOwHAGzsBwC67AcAyewHABDtBwAV7QcAZu0HAHPtBwC87QcAye0HABLuBwAe7gcAaO4HAHfuBwC+7gcAyO4HABTvBwAi7wcAau8HAG/vBwDA7wcAze8HABbwBwAe8AcAbPAHAHDwBwDC8AcA0PAHABjxBwAi8QcAbvEHAHnxBwDE8QcAzPEHABryBwAl8gcAcPIHAHXyBwDG8gcAyfIHABzzBwAm8wcAcvMHAHrzBwDI8wcA5/MHAIYREgAt9AcAdPQHAHX0BwDK9AcA0vQHACD1BwAh9QcAdvUHAHz1BwDM9QcA0fUHACL2BwA99gcAePYHAIb2BwDO9gcA1fYHACT3BwAw9wcAevcHAID3BwDQ9wcA7PcHACb4BwAu+AcA3BESAIL4BwDS+AcA2PgHACj5BwAt+QcAfvkHAIT5BwAyEhIA2fkHACr6BwAx+gcAgPoHAIz6BwDW+gcA3voHAN4SEgA/+wcAgvsHALj7BwDY+wcA2vsHANr8BwAN/AcALvwHAFP8BwCE/AcAi/wHAIoTEgC+/AcANBMSAOr8BwAw/QcAav0HAOATEgCP/QcADkwNAJD9BwDkkA8Ao/0HANz9BwCm/QcA9sIOAO39BwAy/gcAOv4HAIj+BwCL/gcA3v4HAOr+BwA0/wcAOv8HAIr/BwCl/wcA4P8HAOz/BwA2AAgAPAAIAIwACACUAAgA4gAIAP4ACAA4AQgAQAEIADYUEgCdAQgA5AEIAOUBCAA6AggAQgIIAJACCACRAggA5gIIAOwCCAA8AwgAQQMIAJIDCACtAwgA6AMIAPYDCAA+BAgARQQIAJQECACgBAgA6gQIAPAECABABQgAXAUIAJYFCACeBQgAjBQSAPIFCABCBggASAYIAJgGCACdBggA7gYIAPQGCADiFBIASQcIAJoHCAChBwgA8AcIAPwHCABGCAgATggIAI4VEgCvCAgA8ggIACgJCABICQgASgkIAEoKCAB9CQgAngkIAMMJCAD0CQgA+wkIADoWEgAuCggA5BUSAFoKCACgCggA2goIAJAWEgD4CggATAsIAE0LCACiCwgArAsIAPgLCAAGDAgATgwIAGkMCACkDAgAsAwIAPoMCAACDQgA5hYSAFwNCACmDQgArA0IAPwNCAAXDggAUg4IAF4OCACoDggArg4IAP4OCAAGDwgAVA8IAGIPCACqDwgArQ8IAAAQCAAIEAgAVhAIAF8QCACsEAgAuRAIAAIRCAAEEQgAWBEIAHMRCACuEQgAsBEIAAQSCAASEggAWhIIAGsSCACwEggAshIIAAYTCAAfEwgAXBMIAG0TCACyEwgAvhMIAAgUCAAQFAgAPBcSAGQUCAC0FAgAvBQIAAoVCAARFQgAYBUIAGUVCAC2FQgAwhUIAAwWCAAPFggAYhYIAGoWCAC4FggAxRYIAA4XCAATFwgAZBcIAG4XCAC6FwgAwhcIABAYCAAcGAgAZhgIAHkYCAC8GAgAyhgIABIZCAAVGQgAaBkIAHIZCACSFxIAwRkIABQaCAAcGggAahoIAG0aCADAGggAzBoIABYbCAAcGwgAbBsIAIcbCADCGwgAzhsIABgcCAAeHAgAbhwIAHYcCADEHAgA0hwIABodCAAdHQgAcB0IAHgdCADGHQgAzx0IABweCAApHggAch4IAHQeCADIHggA4x4IAB4fCAAgHwgAdB8IAIIfCADKHwgA2x8IACAgCAAiIAgAdiAIAI8gCADMIAgA3SAIACIhCAAuIQgAeCEIAIAhCADoFxIA1CEIACQiCAAsIggAeiIIAIEiCADQIggA1SIIACYjCAAyIwgAfCMIAH8jCADSIwgA2iMIACgkCAA1JAgAfiQIAIMkCADUJAgA3iQIAColCAAyJQgAgCUIAIwlCADWJQgA6SUIACwmCAA6JggAgiYIAIUmCADYJggA4iYIAD4YEgAxJwgAhCcIAJAnCADaJwgA4CcIADAoCABLKAgAhigIAJIoCADcKAgA4igIADIpCAA6KQgAiCkIAJYpCADeKQgA4SkIADQqCAA8KggAiioIAJMqCADgKggA7SoIADYrCAA4KwgAjCsIAKcrCADiKwgA5CsIADgsCABGLAgAjiwIAJ8sCADkLAgA5iwIADotCABTLQgAkC0IAKEtCADmLQgA8i0IADwuCABELggAlBgSAJguCADoLggA8C4IAD4vCABFLwgAlC8IAJkvCADqLwgA9i8IAEAwCABDMAgAljAIAJ4wCADsMAgA+TAIAEIxCABHMQgAmDEIAKIxCADuMQgA9jEIAEQyCABQMggAmjIIAK0yCADwMggA/jIIAEYzCABJMwgAnDMIAKYzCADqGBIA+jMIAEAZEgBWNAgAnjQIAK80CAD0NAgAADUIAEo1CABSNQgAlhkSAKU1CAD2NQgAADYIAEw2CABUNggAojYIALI2CAD4NggA/TYIAE43CABXNwgApDcIALE3CAD6NwgAATgIAOwZEgBSOAgApjgIAFU4CAAYSQkAWTgIAKTIEABcOAgA6L0PAF44CACQsAkAsDgIANY1EAC3OAgA/DgIAA05CABSOQgAYDkIAKg5CADEOQgA/jkIABo6CABCGhIAYjoIAKo6CAC3OggAADsIABc7CABWOwgAYjsIAKw7CACyOwgAAjwIAAg8CABYPAgAXTwIAK48CAC0PAgAmBoSABo9CABaPQgAaT0IALA9CACGPQgAukIIALI9CAAGPggAFT4IAFw+CABnPggAsj4IAL4+CAAIPwgACz8IAF4/CAAPPwgAeEwIACQ/CAAWRggAaj8IALQ/CAC6PwgACkAIACVACABgQAgAbEAIALZACAC8QAgADEEIABhBCABiQQgAaEEIALhBCAC+QQgADkIIABNCCABkQggAakIIAO4aEgC9QggAEEMIACxDCABmQwgAbkMIAPAbEgDIQwgAEkQIABhECABoRAgAg0QIAL5ECADKRAgAFEUIABpFCABqRQgAckUIAMBFCADhRQgARhwSAB5GCACcHBIAcUYIAMJGCADPRggAGEcIACVHCABuRwgAekcIAMRHCADTRwgAGkgIACRICABwSAgAeEgIAMZICADQSAgAHEkIACpJCABySQgAiEkIAMhJCADUSQgAHkoIACNKCAB0SggAfUoIAMpKCADUSggAIEsIAChLCAB2SwgAgEsIAMxLCADRSwgAIkwIACpMCADyHBIAhEwIAM5MCADhTAgAJE0IADNNCAB6TQgAhk0IANBNCADRTQgAJk4IADBOCAB8TggAik4IANJOCADXTggAKE8IADVPCABIHRIAiU8IANRPCADgTwgAKlAIADBQCACAUAgAjFAIANZQCADeUAgASh4SAC9RCACCUQgAilEIANhRCADlUQgALlIIADNSCACEUggAjFIIANpSCADcUggAMFMIAEtTCACGUwgAiFMIANxTCADqUwgAMlQIAENUCACIVAgAilQIAN5UCAD3VAgANFUIAEVVCACKVQgAllUIAOBVCADoVQgAoB4SADtWCACMVggAmVYIAOJWCADvVggAOFcIAERXCACOVwgAnVcIAORXCADuVwgAOlgIAEhYCACQWAgAlVgIAOZYCADzWAgAPFkIAERZCACSWQgAlFkIAOhZCADyWQgAPloIAEZaCAD2HhIAn1oIAOpaCAD4WggAQFsIAENbCACWWwgAnlsIAOxbCAACXAgAQlwIAEdcCACYXAgArlwIAO5cCAD6XAgARF0IAFFdCACaXQgApF0IAEwfEgDyXQgARl4IAFReCACcXggArV4IAKIfEgD4XggASF8IAFRfCAD4HxIAoF8IAPRfCAD6XwgASmAIAGpgCACgYAgArGAIAPZgCAD9YAgATGEIAFRhCACiYQgAqWEIAPhhCAAEYggATmIIAFBiCACkYggAq2IIAE4gEgD9YggAUGMIAFhjCACmYwgAtmMIAPxjCAD+YwgAUmQIAGBkCACoZAgAuWQIAKQgEgAFZQgA+iASAGFlCACqZQgAsWUIAABmCAAIZggAVmYIAGRmCACsZggAr2YIAAJnCAAKZwgAWGcIAF9nCACuZwgAvGcIAARoCAAHaAgAWmgIAFxoCACwaAgAyWgIAAZpCAAXaQgAXGkIAGhpCACyaQgAuWkIAAhqCAAQaggAXmoIAGdqCAC0aggAwWoIAAprCAAUawgAYGsIAG5rCAC2awgAx2sIAAxsCAAUbAgAYmwIAGxsCAC4bAgAxmwIAA5tCAAkbQgAZG0IAHBtCAC6bQgAwW0IABBuCAAYbggAZm4IAGxuCAC8bggAyG4IABJvCAAcbwgAaG8IAG5vCAC+bwgA0m8IAKYhEgAicAgAanAIAINwCADAcAgA1nAIABZxCAAlcQgAbHEIAIZxCADCcQgAxXEIAMx2CADNcQgA1nsIANFxCAAYcggAHXIIAG5yCAB7cggAxHIIANFyCAAacwgAJnMIAHBzCAB/cwgAxnMIANBzCAAcdAgAKnQIAHJ0CAB3dAgAyHQIANV0CAAedQgAKnUIAHR1CAB6dQgAynUIANB1CAAgdggAJXYIAHZ2CAB8dggA/CESANh2CAAidwgAKHcIAHh3CACTdwgAzncIANp3CAAkeAgAKngIAHp4CACBeAgA0HgIANV4CAB+eggA3HgIACZ5CAAoeQgAfHkIAIN5CADSeQgA7nkIACh6CAAweggA/iISAIJ6CADUeggA4XoIACp7CABGewgAgHsIAIh7CABUIxIA23sIACx8CAAvfAgAgnwIAIx8CADYfAgA6XwIAC59CAAzfQgAhH0IAIl9CADafQgA+n0IADB+CAA5fggAhn4IAId+CADcfggA6H4IADJ/CAA4fwgAiH8IAI5/CADefwgA438IADSACAA6gAgAqiMSAIuACADggAgA7IAIADaBCABDgQgAjIEIAJSBCADigQgA64EIADiCCABFgggAjoIIAJyCCADkgggA94IIADqDCABCgwgAkIMIAJODCADmgwgA64MIADyECABLhAgAkoQIALKECADohAgA9IQIAD6FCABIhQgArCQSAJ6FCADqhQgA7IUIAECGCABKhggAloYIAJ+GCADshggA74YIAEKHCABKhwgAmIcIAM+HCAACJRIA+ocIAESICABTiAgAmogIALqICADwiAgA/IgIAEaJCABNiQgAnIkIAKGJCADyiQgA84kIAEiKCABUiggAnooIAKSKCAD0iggA9ooIAEqLCABUiwgAoIsIAK6LCAD2iwgA+4sIAEyMCABZjAgAoowIAKyMCAD4jAgABo0IAE6NCABkjQgApI0IALCNCAD6jQgA/40IAFCOCABZjggApo4IALCOCAD8jggACI8IAFKPCABljwgAqI8IALePCAD+jwgACpAIAFSQCABVkAgAqpAIALSQCAAAkQgADpEIAFaRCABbkQgArJEIALmRCABYJRIAEJIIAFiSCABukggArpIIALqSCAAEkwgAC5MIAFqTCABikwgAsJMIALWTCAAGlAgAD5QIAFyUCABmlAgAspQIALqUCAAIlQgADJUIAF6VCABglQgAtJUIAMKVCAAKlggAFJYIAGCWCABulggAtpYIAMOWCAAMlwgAI5cIAGKXCABqlwgAuJcIAMiXCAAOmAgAE5gIAGSYCABqmAgAupgIAMKYCAAQmQgAFZkIAGaZCABnmQgAvJkIAMiZCAASmggAGJoIAGiaCABqmggAvpoIAMiaCAAUmwgAIpsIAGqbCABvmwgAwJsIAM2bCABaJhIAGJwIAGycCAB2nAgAwpwIANCcCAAYnQgAHZ0IAG6dCAB7nQgAxJ0IAMadCAAadwoAzp0IABqeCAAonggAcJ4IAIaeCADGnggA0p4IAByfCAAhnwgAcp8IAHufCADInwgA0p8IAB6gCAAqoAgAdKAIAIegCADKoAgA2aAIACChCAAsoQgAdqEIAHehCADMoQgA1qEIACKiCAAwoggAeKIIAH2iCADOoggA26IIALAmEgAtowgAeqMIAISjCADQowgA0qMIACakCAAwpAgAfKQIAIikCADSpAgA2qQIALInEgAppQgAfqUIAIqlCADUpQgA2qUIACqmCAAspggAgKYIAIqmCADWpggA5KYIACynCAAxpwgAgqcIAI+nCADYpwgA4KcIAC6oCAA4qAgAhKgIAJKoCADaqAgA8KgIADCpCAA8qQgAhqkIAI2pCADcqQgA5KkIADKqCAA3qggAiKoIAJGqCADeqggA6KoIADSrCABJqwgAiqsIAJOrCADgqwgA7asIADasCAA4rAgAjKwIAKWsCADirAgA86wIADitCABErQgAjq0IAJatCAAIKBIA6a0IADquCABCrggAkK4IAKauCADmrggA664IADyvCABDrwgAkq8IAKCvCADorwgA+K8IAD6wCABSsAgAlLAIAJywCADqsAgA+bAIAECxCABFsQgAlrEIAJ+xCADssQgA+bEIAEKyCABMsggAmLIIAKSyCADusggA9LIIAF4oEgBSswgAmrMIALCzCADwswgA/LMIAEa0CABLtAgAnLQIAKW0CADytAgA/LQIAEi1CABQtQgAnrUIAKK1CAD0tQgA9rUIAEq2CABYtggAoLYIAKq2CAD2tggABLcIAEy3CABZtwgAorcIALm3CAD4twgAALgIAE64CABeuAgApLgIAKm4CAD6uAgAALkIAFC5CABYuQgAprkIAMG5CAD8uQgA/rkIAFK6CABjuggAqLoIALG6CAD+uggACrsIALQoEgBZuwgAqrsIAK27CAAAvAgACrwIAFa8CABYvAgArLwIAMe8CAACvQgABL0IAFi9CABmvQgArr0IAL+9CAAEvggABr4IAFq+CABzvggAsL4IAMG+CAAGvwgAEr8IAAopEgB5vwgAsr8IAMO/CAAIwAgAJMAIAF7ACABmwAgAYCkSALnACAAKwQgAEsEIAGDBCABrwQgAtsEIALvBCAAMwggAD8IIAGLCCABswggAuMIIALvCCAAOwwgAFsMIAGTDCABmwwgAusMIANXDCAAQxAgAEsQIAGbECAB0xAgAvMQIAM3ECAASxQgAFMUIAGjFCACBxQgAvsUIAM/FCAAUxggAIMYIAGrGCAByxggAtikSAM3GCAAWxwgAHscIAGzHCAB2xwgAwscIAM3HCAAYyAgAJMgIAG7ICAB2yAgADCoSAMnICAAayQgAH8kIAHDJCACByQgAYioSANPJCAAcyggAHsoIAHLKCACLyggAyMoIANnKCAAeywgAKssIAHTLCAB8ywgAuCoSAM/LCAAgzAgAKMwIAHbMCACFzAgAzMwIANLMCAAizQgALs0IAHjNCAB6zQgAzs0IANjNCAAkzggAMM4IAHrOCACCzggADisSANzOCAAmzwgAKc8IAHzPCAB/zwgA0s8IAODPCAAo0AgALdAIAH7QCACL0AgAZCsSAOXQCAAq0QgAMtEIAIDRCAA30QgA6NoIAIvRCADW0QgA29EIACzSCAAv0ggAgtIIAIzSCADY0ggA+9IIAC7TCAAx0wgAhNMIAKjTCADa0wgA4tMIALorEgA21AgAhtQIAJTUCADc1AgA6NQIADLVCAA51QgAiNUIAJDVCADe1QgA7tUIADTWCAA51ggAitYIAJDWCADg1ggA6NYIADbXCABT1wgAjNcIAJXXCADi1wgA7tcIADjYCAA+2AgAjtgIAKLYCADk2AgA7NgIADrZCABK2QgAkNkIAJLZCADm2QgA9NkIADzaCABN2ggAECwSAJnaCABmLBIA7doIAD7bCABF2wgAlNsIAKDbCADq2wgA7dsIAEDcCABQ3AgAltwIAJjcCADs3AgA+twIAELdCABT3QgAvCwSAJ/dCAASLRIAAd4IAETeCABT3ggAmt4IAKbeCADw3ggA8d4IAEbfCABQ3wgAnN8IAKrfCADy3wgA998IAEjgCABV4AgAaC0SAKPgCAD04AgA/eAIAErhCABb4QgAoOEIAKfhCAD24QgA/uEIAEziCABZ4ggAouIIAKfiCAD44ggAAuMIAE7jCABW4wgApOMIAKrjCAD64wgABuQIAFDkCABS5AgApuQIALXkCAD85AgAB+UIAFLlCABa5QgAqOUIAKrlCAD+5QgAC+YIAFTmCABo5ggAquYIALLmCAAA5wgAD+cIAFbnCABb5wgArOcIALnnCAAC6AgADOgIAFjoCABa6AgArugIAL3oCAAE6QgADukIAFrpCABi6QgAsOkIALHpCAAG6ggAC+oIAFzqCABq6ggAsuoIAL/qCAAI6wgAEusIAGouEgBh6wgAtOsIAMDrCAAo+wgA0OsIAArsCAAS7AgAwC4SAGXsCAC27AgAvuwIAAztCAAP7QgAYu0IAG7tCAC47QgAvu0IAA7uCAAp7ggAZO4IAHDuCAC67ggAwO4IABDvCAAT7wgAZu8IAG7vCAC87wgAvu8IABLwCAAt8AgAaPAIAGrwCAC+8AgAzPAIABTxCAAl8QgAavEIAGzxCADA8QgA2fEIABbyCAAn8ggAbPIIAHjyCADC8ggAyvIIABYvEgAd8wgAbvMIAHTzCADE8wgAzPMIABr0CAAp9AgAcPQIAHX0CADG9AgA0/QIABz1CAAp9QgAcvUIAH71CADI9QgA1/UIAB72CAAo9ggAdPYIAIL2CADK9ggAz/YIACD3CAAt9wgAbC8SAIL3CADM9wgA0vcIACL4CAA9+AgAePgIAIT4CADO+AgA1PgIACT5CAAn+QgAevkIAIb5CADQ+QgA1vkIACb6CAAs+ggAfPoIAIH6CADS+ggA2PoIAMIvEgAu+wgAfvsIAIT7CADU+wgA2fsIACr8CAAw/AgAGDASAIX8CADW/AgA4/wIACz9CAA5/QgAgv0IAI79CADY/QgA5/0IAC7+CAA4/ggAhP4IAJL+CADa/ggA3/4IADD/CAA9/wgAhv8IAJ7/CADc/wgA4v8IADIACQA+AAkAiAAJAJgACQDeAAkA5wAJADQBCQA3AQkAigEJAJYBCQDgAQkA5wEJABoxEgA4AgkAjAIJAJYCCQDiAgkA5QIJADgDCQBAAwkAjgMJAJEDCQDkAwkA8AMJADoECQBABAkAkAQJAKsECQDmBAkA8gQJADwFCQBCBQkAcDESALIFCQDoBQkA8wUJAD4GCQBDBgkAlAYJAJ0GCQDqBgkA7QYJAEAHCQBMBwkAlgcJAKIHCQBWEgkArgcJAOwHCQDzBwkAQggJAEgICQCYCAkApggJAO4ICQAJCQkARAkJAFAJCQCaCQkAoAkJAPAJCQAKCgkARgoJAFIKCQCcCgkAogoJAPIKCQD4CgkASAsJAE0LCQCeCwkApAsJAMYxEgABDAkASgwJAFYMCQCgDAkAqgwJAPYMCQD6DAkATA0JAFENCQCiDQkAqA0JAPgNCQAYDgkATg4JAFoOCQCkDgkAqg4JAPoOCQAADwkAUA8JAFUPCQCmDwkArA8JAHIyEgABEAkAUhAJAFkQCQCoEAkAtBAJAP4QCQAaEQkAVBEJAFwRCQB0MxIA0xEJAAASCQAmEgkAyjMSAGkSCQCsEgkAuxIJAAITCQAOEwkAWBMJAFkTCQCuEwkAuBMJAAQUCQASFAkAWhQJAF8UCQCwFAkAvRQJACA0EgAOFQkAIjUSAGEVCQCyFQkAvxUJAAgWCQAVFgkAXhYJAGoWCQC0FgkAwxYJAAoXCQAUFwkAYBcJAG4XCQC2FwkAuxcJAAwYCQAZGAkAYhgJAGoYCQB4NRIAxBgJAA4ZCQAeGQkAZBkJAG0ZCQC6GQkAvRkJABAaCQAcGgkAZhoJAG0aCQDONRIAxxoJABIbCQAeGwkAaBsJAHAbCQAkNhIAyxsJABQcCQAbHAkAahwJAGscCQDAHAkAxRwJABYdCQAkHQkAbB0JAHkdCQDCHQkAzB0JABgeCQAgHgkAbh4JAHceCQDEHgkAyh4JABofCQArHwkAcB8JAIwfCQDGHwkAzh8JAHo2EgAnIAkAciAJAHwgCQDIIAkA0iAJAB4hCQAfIQkA0DYSAHkhCQDKIQkA1yEJACAiCQAtIgkAdiIJAIIiCQDMIgkA2yIJACIjCQAsIwkAeCMJAIAjCQDOIwkA2CMJACQkCQApJAkAeiQJAIIkCQAmNxIA2yQJACYlCQAyJQkAfCUJAIQlCQB8NxIA1yUJACgmCQA3JgkAfiYJAJ4mCQDUJgkA4CYJAConCQAwJwkAgCcJAIgnCQDWJwkA3ScJACwoCQAuKAkAgigJAI4oCQDYKAkA7igJAC4pCQAzKQkAhCkJAJEpCQDSNxIA3ykJADAqCQA/KgkAhioJAKYqCQDcKgkA6CoJADIrCQA4KwkAiCsJAJArCQDeKwkA5SsJADQsCQA2LAkAiiwJAJYsCQDgLAkA9iwJADYtCQA7LQkAjC0JAJktCQDiLQkA6i0JADguCQA+LgkAji4JAJcuCQDkLgkA8S4JADovCQBHLwkAkC8JAJ4vCQDmLwkA8y8JADwwCQBTMAkAkjAJAMIwCQAoOBIA7jAJAD4xCQD1MAkAaNMPAFQxCQCUMQkAojEJAOoxCQDtMQkAQDIJAEMyCQCWMgkApDIJAOwyCQDxMgkAQjMJAE8zCQCYMwkAoDMJAO4zCQD1MwkARDQJAFA0CQCaNAkApzQJAPA0CQD+NAkARjUJAFI1CQCcNQkAozUJAPI1CQD6NQkASDYJAEw2CQCeNgkAqTYJAPQ2CQACNwkASjcJAFs3CQCgNwkArDcJAPY3CQD+NwkAfjgSAFI4CQCiOAkAtjgJAPg4CQAGOQkATjkJAFs5CQCkOQkAuzkJAPo5CQACOgkAUDoJAFo6CQCmOgkAqzoJAPw6CQAEOwkAUjsJAGE7CQCoOwkArTsJAP47CQALPAkAVDwJAGE8CQCqPAkAtjwJAAA9CQAPPQkAVj0JAGA9CQCsPQkAtD0JAAI+CQAMPgkAWD4JAF0+CQCuPgkAtj4JANQ4EgAPPwkAWj8JAGY/CQCwPwkAuD8JACo5EgALQAkAXEAJAGtACQCyQAkA0kAJAAhBCQAUQQkAXkEJAGRBCQC0QQkAvEEJAApCCQARQgkAYEIJAGJCCQC2QgkAwkIJAAxDCQAiQwkAYkMJAGdDCQC4QwkAxUMJAIA5EgAXRAkAZEQJAGpECQC6RAkAyEQJABBFCQAdRQkAZkUJAH1FCQC8RQkAxEUJABJGCQAhRgkAaEYJAG1GCQC+RgkAy0YJABRHCQAhRwkAakcJAHZHCQDARwkAz0cJABZICQAgSAkAbEgJAIhICQDCSAkAykgJANY5EgAlSQkA7GcOACdJCQBuSQkAeEkJAOLjDgCOSQkAxEkJANBJCQAaSgkAIEoJAHBKCQB4SgkAoI0JAHxKCQDGSgkAikoJAHR3CQDZSgkAHEsJACtLCQBySwkAfksJAMhLCQDJSwkAHkwJAChMCQB0TAkAgkwJAMpMCQDPTAkAIE0JAC1NCQAsOhIAfE0JAMxNCQDSTQkAIk4JACdOCQB4TgkAfk4JAC47EgDZTgkAJE8JADJPCQB6TwkAi08JANBPCQDcTwkAJlAJAC5QCQDaOxIAiFAJANJQCQDcUAkAKFEJADdRCQB+UQkAiVEJANRRCQDiUQkAKlIJADdSCQCAUgkAl1IJANZSCQDeUgkALFMJAC9TCQCCUwkAjlMJANhTCQDeUwkALlQJAElUCQCEVAkAkFQJANpUCQDgVAkAMFUJADhVCQCGVQkAiFUJANxVCQDdVQkAMlYJAEBWCQCIVgkAkFYJAN5WCQD5VgkANFcJAEBXCQCKVwkAkFcJAOBXCQDjVwkANlgJAERYCQCMWAkAkVgJAOJYCQDvWAkAOFkJAFRZCQCOWQkAllkJADA8EgDxWQkA3OAOAPVZCQA6WgkA91kJADo7DwBGWgkAkFoJAJ1aCQDmWgkA61oJADxbCQBGWwkAklsJAKJbCQDoWwkA7VsJAD5cCQBHXAkAlFwJAKFcCQDqXAkA8VwJAEBdCQBMXQkAll0JAJxdCQDsXQkA8l0JAEJeCQBHXgkAmF4JAJ5eCQCGPBIA+l4JAERfCQBKXwkAml8JAKBfCQDwXwkA/V8JAEZgCQBLYAkAnGAJAKRgCQDyYAkAKGEJAEhhCQBzYQkAnmEJAKZhCQD0YQkAAWIJAEpiCQBPYgkAoGIJAKhiCQD2YgkA+WIJAExjCQBVYwkAomMJALFjCQD4YwkAA2QJAE5kCQBWZAkApGQJALRkCQD6ZAkACGUJAFBlCQBhZQkApmUJALJlCQD8ZQkABGYJAIg9EgBYZgkAqGYJALBmCQD+ZgkABWcJAFRnCQBiZwkAqmcJALBnCQAAaAkADGgJAFZoCQBlaAkArGgJALZoCQACaQkAB2kJAFhpCQBeaQkArmkJAMJpCQDePRIADmoJAFbpCQARagkAWmoJABNqCQA0rQkAX2oJALBqCQC8agkABmsJABNrCQBcawkAZmsJADQ+EgDNawkACGwJAApsCQBebAkAZGwJALRsCQDsbAkACm0JABBtCQBgbQkAaW0JALZtCQDDbQkADG4JAERuCQBibgkAaW4JALhuCQC9bgkADm8JAB1vCQBkbwkAhG8JALpvCQDGbwkAEHAJABZwCQBmcAkAgHAJALxwCQC/cAkAEnEJABdxCQBocQkAd3EJAL5xCQDecQkA4D4SADRyCQBqcgkAdnIJAMByCQDKcgkAFnMJACJzCQB+KAoAI3MJAGxzCQBxcwkAwnMJAMxzCQAYdAkAKHQJAG50CQBzdAkAxHQJAM10CQAadQkAJ3UJAHB1CQB3dQkAxnUJANJ1CQAcdgkAInYJAHJ2CQB4dgkAyHYJAM12CQAedwkAJHcJADY/EgB3dwkAyncJAM93CQAgeAkAL3gJAHZ4CQCWeAkA4j8SANp4CQAieQkAL3kJAHh5CQB/eQkAznkJANZ5CQAkegkAJnoJAHp6CQAregkAlo4MADt6CQAAQwwAgHoJALh0DACCegkA0HoJANR6CQDgggkA5noJACwDDADregkAJnsJACh7CQB8ewkAjXsJANJ7CQDgewkAKHwJAC98CQB+fAkAhnwJANR8CQDbfAkAKn0JAC99CQCAfQkAj30JANZ9CQD2fQkALH4JADh+CQCCfgkAiH4JANh+CQDgfgkALn8JADp/CQCEfwkAkX8JANp/CQD1fwkAMIAJAD6ACQCGgAkAjIAJANyACQDhgAkAMoEJAD+BCQCIgQkAnoEJAN6BCQDqgQkANIIJAEGCCQCKggkAlIIJADhAEgDlggkANoMJADyDCQCMgwkArIMJAOKDCQDwgwkAOIQJAEWECQCOhAkApYQJAOSECQDshAkAOoUJAEmFCQCQhQkAlYUJAOaFCQDzhQkAPIYJAEaGCQCShgkAlIYJAOiGCQD2hgkAPocJAEuHCQCUhwkAoIcJAOqHCQDwhwkAQIgJAEiICQCWiAkAnIgJAOyICQD1iAkAQokJAE+JCQCYiQkAookJAO6JCQD8iQkARIoJAFqKCQCaigkApooJAPCKCQD4igkAjkASAFCLCQCciwkAoosJAPKLCQD0iwkASIwJAFKMCQCejAkAqowJAPSMCQALjQkASo0JAF6NCQDkQBIAro0JAPaNCQD5jQkATI4JAFSOCQCijgkAro4JAPiOCQAGjwkATo8JAFiPCQCkjwkAr48JAPqPCQAGkAkAUJAJAFaQCQCmkAkArpAJAPyQCQAJkQkAUpEJAFeRCQCokQkAspEJAP6RCQAGkgkAVJIJAFqSCQCqkgkAs5IJAACTCQANkwkAVpMJAGOTCQCskwkAupMJAAKUCQAPlAkAWJQJAG+UCQCulAkAtpQJAASVCQAJlQkAWpUJAGCVCQCwlQkAuJUJAAaWCQAclgkAXJYJAGqWCQCylgkAtZYJAAiXCQAXlwkAXpcJAGOXCQC0lwkAwZcJAAqYCQAamAkAYJgJAG6YCQC2mAkAzZgJAAyZCQAVmQkAYpkJAGiZCQC4mQkAxJkJAA6aCQAVmgkAOkESAHCaCQC6mgkAvJoJABCbCQAamwkAZpsJAHKbCQC8mwkAxJsJAJBBEgAXnAkAaJwJAHecCQC+nAkA3pwJABSdCQAgnQkAap0JAHCdCQDAnQkAyJ0JABaeCQAXngkAbJ4JAHKeCQDCngkAx54JABifCQAznwkAbp8JAHyfCQDEnwkAy58JABqgCQAmoAkAcKAJAHagCQDmQRIAy6AJAByhCQAmoQkAcqEJAIOhCQDIoQkA1KEJAB6iCQAhogkAdKIJAHeiCQDKogkA0qIJACCjCQAnowkAdqMJAHujCQDMowkA26MJACKkCQBCpAkAeKQJAISkCQDOpAkA1KQJACSlCQAspQkAeqUJAIelCQDQpQkA1aUJACamCQAwpgkAfKYJAISmCQDSpgkA4qYJACinCQAtpwkAfqcJAIenCQDUpwkA4acJACqoCQAxqAkAPEISAIWoCQDWqAkA5agJACypCQBMqQkAgqkJAI6pCQDYqQkA3qkJAC6qCQA2qgkAhKoJAJCqCQDaqgkA56oJADCrCQA3qwkAhqsJAIerCQDcqwkA4asJADKsCQBArAkAiKwJAJWsCQDerAkA6KwJAJJCEgA5rQkAiq0JAJetCQDgrQkA7a0JADauCQA8rgkAjK4JAJiuCQDirgkA8q4JADivCQBBrwkAjq8JAJGvCQDkrwkA8K8JADqwCQBBsAkA6EISAJKwCQDmsAkAl7AJAC6HDQCgsAkA0tkNAPewCQA8sQkARLEJAJKxCQCcsQkA6LEJAPexCQA+sgkAP7IJAJSyCQCcsgkAlEMSAPKyCQDqQxIAXrMJAJazCQBjswkAslISAGqzCQCC1AkAnrMJAOyzCQD7swkAQrQJAEe0CQCYtAkApbQJAO60CQD7tAkARLUJAFC1CQCatQkAqbUJAPC1CQD6tQkARrYJAGm2CQCctgkA0rYJAPK2CQAWtwkASLcJAFC3CQBCRRIAo7cJAPS3CQD6twkASrgJAFK4CQCYRRIArrgJAPa4CQARuQkATLkJAFi5CQCiuQkAs7kJAPi5CQAMugkATroJAFa6CQCkugkAqroJAPq6CQAGuwkAULsJAGC7CQCmuwkAr7sJAPy7CQD/uwkAUrwJAF68CQCovAkAr7wJAO5FEgAMvQkAVL0JAF69CQBERhIAr70JAAC+CQANvgkAVr4JAGO+CQCsvgkAuL4JAAK/CQARvwkAWL8JAGK/CQCuvwkAvL8JAATACQAJwAkAWsAJAGfACQCwwAkAuMAJAJpGEgASwQkAXMEJAGzBCQCywQkAu8EJAAjCCQALwgkAXsIJAGrCCQC0wgkAu8IJAPBGEgAZwwkAYMMJAGXDCQC2wwkAw8MJAAzECQAZxAkAYsQJAGjECQC4xAkAxMQJAA7FCQAexQkAZMUJAG3FCQC6xQkAvcUJABDGCQAcxgkAZsYJAG3GCQBGRxIAwcYJABLHCQAfxwkAaMcJAIbHCQC+xwkAyscJABTICQAnyAkAasgJAHjICQDAyAkAw8gJABbJCQAgyQkAbMkJAHrJCQDCyQkAz8kJABjKCQAvygkAbsoJAHbKCQDEygkAy8oJABrLCQAfywkAcMsJAIbLCQDGywkAyMsJABzMCQAqzAkAcswJAH/MCQCcRxIA0MwJAPJHEgAjzQkAdM0JAIHNCQDKzQkA180JACDOCQAszgkAds4JAIXOCQDMzgkA1s4JACLPCQAwzwkAeM8JAH3PCQDOzwkA288JACTQCQAs0AkASEgSAIbQCQDQ0AkA4NAJACbRCQAv0QkAfNEJAH/RCQDS0QkA3tEJACjSCQAv0gkAnkgSAIrSCQDU0gkA5NIJACrTCQDq0gkAmr8OADPTCQCA0wkAg9MJANbTCQDi0wkALNQJADPUCQD0SBIAi9QJAN7XCQCM1AkA2NQJAOfUCQAu1QkA6dQJAIbWCQAv1QkAhNUJAKDVCQDa1QkAEtYJADDWCQBo1gkASkkSAInWCQDc1gkA+NYJADLXCQBq1wkAiNcJAMDXCQCgSRIA69cJADTYCQBC2AkAitgJAJ3YCQDg2AkA/NgJADbZCQBu2QkAjNkJAMTZCQD2SRIA89kJADjaCQBE2gkAjtoJAJbaCQBMShIA6doJADrbCQBC2wkAkNsJAJ/bCQDm2wkA69sJADzcCQBJ3AkAktwJAJ/cCQDo3AkA9NwJAD7dCQBN3QkAlN0JAJ7dCQDq3QkA8t0JAEDeCQBK3gkAlt4JAJveCQDs3gkA9N4JAKJKEgBR3wkAmN8JAFPfCQDw4AkAmd8JAO7fCQAK4AkAROAJAHzgCQCa4AkA0uAJAPhKEgDz4AkARuEJAGLhCQCc4QkA1OEJAPLhCQAq4gkATksSAEviCQCe4gkAr+IJAPTiCQAQ4wkASuMJAILjCQCg4wkA2OMJAKRLEgAD5AkATOQJAFjkCQCi5AkAseQJAPjkCQAC5QkATuUJAFblCQCOWwoAXOUJAKTlCQCp5QkA+uUJAAfmCQBQ5gkAWOYJAKbmCQCs5gkA/OYJALbmCQByTQoACOcJAFLnCQBi5wkAqOcJALHnCQD+5wkAAegJAFToCQBg6AkAqugJALHoCQD6SxIAI+kJAFBMEgBk6QkArOkJAMLpCQAC6gkADuoJAFjqCQBf6gkAruoJALPqCQAE6wkADesJAFrrCQBk6wkApkwSALXrCQC8TQ0AuusJAAbsCQC86wkAmOUMABDsCQBc7AkAXewJALLsCQDB7AkACO0JAA3tCQBe7QkAa+0JALTtCQDB7QkACu4JABbuCQBg7gkAb+4JALbuCQDA7gkADO8JABrvCQBi7wkAZ+8JALjvCQDF7wkADvAJAA/wCQBk8AkAafAJALrwCQC/8AkAEPEJACHxCQBm8QkAifEJALzxCQDH8QkAEvIJABfyCQBo8gkAa/IJAL7yCQDI8gkAFPMJADzzCQBq8wkAifMJAFJNEgDM8wkAFvQJABj0CQBs9AkAe/QJAML0CQDN9AkAGPUJACD1CQBu9QkAdfUJAMT1CQDG9QkAGvYJACT2CQBw9gkAcvYJAMb2CQDf9gkAHPcJAB73CQBy9wkAdfcJAMj3CQDU9wkAHvgJACb4CQCoTRIAgPgJAMr4CQDQ+AkAIPkJADv5CQB2+QkAgvkJAMz5CQDS+QkAIvoJACr6CQB4+gkAevoJAM76CQDY+gkAJPsJACz7CQD+TRIAi/sJAND7CQDX+wkAJvwJAC78CQB8/AkAifwJANL8CQDX/AkAKP0JADL9CQB+/QkAhv0JANT9CQDj/QkAKv4JAC/+CQCA/gkAjf4JANb+CQDj/gkALP8JADj/CQCC/wkAkf8JANj/CQDi/wkALgAKADYACgCEAAoAjgAKANoACgDfAAoAMAEKADgBCgBUThIAkgEKANwBCgDsAQoAMgIKADsCCgCIAgoAiwIKAN4CCgDqAgoANAMKADsDCgCqThIAkAMKAOADCgDmAwoANgQKADsECgCMBAoAkgQKAABPEgDoBAoAOAUKAD4FCgCOBQoAkwUKABB8DwCbBQoA5AUKAOkFCgA6BgoAQgYKAJAGCgC5BgoA5gYKAMQGCgBKDgoADwcKADwHCgBlBwoAkgcKAL0HCgDoBwoA8AcKAD4ICgBNCAoAlAgKAJkICgDqCAoA9wgKAEAJCgBNCQoAlgkKAKIJCgDsCQoA+wkKAEIKCgBMCgoAmAoKAKYKCgDuCgoA8woKAEQLCgBRCwoAmgsKAKILCgDwCwoA9gsKAEYMCgBSDAoAnAwKAKwMCgDyDAoA+wwKAEgNCgBLDQoAng0KAKoNCgD0DQoA+w0KAFZPEgBzDgoAoA4KAMsOCgD2DgoA/g4KAEwPCgBbDwoAog8KAKcPCgD4DwoABRAKAE4QCgBbEAoApBAKALAQCgD6EAoACREKAFARCgBaEQoAphEKALQRCgD8EQoAARIKAFISCgBfEgoAqBIKALASCgD+EgoABBMKAFQTCgBgEwoAqhMKALoTCgAAFAoACRQKAFYUCgBZFAoArBQKALgUCgACFQoACRUKAKxPEgBaFQoA2osPAGYVCgCuFQoAuxUKAAQWCgAQFgoAWhYKAGAWCgCwFgoAthYKAAYXCgALFwoAXBcKAGIXCgACUBIA2BcKAAgYCgAuGAoAXhgKAJIYCgC0GAoA3RgKAAoZCgA1GQoArlASAGwZCgC2GQoAbhkKAA5ICwDAGQoADBoKACYaCgBiGgoAZRoKAKJlCgBxGgoAuBoKAL0aCgAOGwoAGxsKAGQbCgBxGwoAuhsKAMYbCgAQHAoAHxwKAGYcCgBwHAoAvBwKAMgcCgASHQoAJR0KAGgdCgB3HQoAvh0KAModCgAUHgoAFR4KAGoeCgB0HgoAwB4KAM4eCgAWHwoAGx8KAGwfCgB5HwoABFESAMcfCgAYIAoAJSAKAG4gCgB7IAoAxCAKANAgCgAaIQoAKSEKAHAhCgB6IQoAxiEKANQhCgAcIgoAISIKAHIiCgB/IgoAyCIKANAiCgAGUhIAKiMKAHQjCgCEIwoAyiMKANMjCgAgJAoAIyQKAHYkCgCCJAoAzCQKANMkCgBcUhIAJSUKAHglCgCAJQoAziUKANolCgAkJgoAKiYKAHomCgCAJgoA0CYKANUmCgAmJwoALCcKAAhTEgClJwoA0icKAPsnCgAoKAoATCgKALRTEgCEKAoA6F8LAJEoCgDUKAoA4ygKACopCgA2KQoAgCkKAIEpCgDWKQoA4CkKACwqCgA6KgoAgioKAIcqCgDYKgoA5SoKAApUEgBRKwoAYFQSAK0rCgDaKwoAAywKADAsCgBULAoAtlQSAJQsCgDcLAoA4SwKADItCgA/LQoAiC0KAJAtCgDeLQoA5C0KADQuCgBALgoAii4KAJouCgDgLgoA6S4KADYvCgA5LwoAjC8KAMcvCgDiLwoA7i8KAAxVEgA+MAoAjjAKAKcwCgDkMAoA8jAKADoxCgBHMQoAkDEKAJcxCgDmMQoA7zEKADwyCgBJMgoAkjIKAKkyCgDoMgoA6zIKAD4zCgBAMwoAlDMKAJ0zCgDqMwoA+jMKAEA0CgBZNAoAljQKAJg0CgDsNAoA9TQKAEI1CgBKNQoAmDUKAJo1CgDuNQoABzYKAEQ2CgBbNgoAmjYKAKY2CgDwNgoAATcKAEY3CgBSNwoAnDcKAKc3CgDyNwoA/zcKAEg4CgBSOAoAYlUSALE4CgD0OAoAAjkKAEo5CgAxOQoAsEEKAIY5CgCgOQoArTkKAPY5CgD+OQoATDoKAFI6CgCiOgoArjoKAPg6CgADOwoATjsKAFc7CgCkOwoApzsKAPo7CgD8OwoAUDwKAFc8CgCmPAoAqDwKALhVEgD/PAoAUj0KAGA9CgCoPQoArT0KAP49CgALPgoAVD4KAGA+CgCqPgoAsj4KAA5WEgAOPwoAVj8KAGY/CgCsPwoAuj8KAAJACgALQAoAWEAKAGJACgCuQAoAsEAKAARBCgAOQQoAWkEKAFxBCgBkVhIAtUEKAAZCCgAOQgoAXEIKAGJCCgCyQgoAvkIKAAhDCgAXQwoAXkMKAGdDCgC0QwoAt0MKAApECgAMRAoAYEQKAGdECgC2RAoAuEQKALpWEgARRQoAYkUKAH5FCgC4RQoA1EUKABBXEgAbRgoAJH4LAB1GCgBkRgoAaUYKALpGCgDHRgoAEEcKAB1HCgBmRwoAbEcKALxHCgDIRwoAEkgKACJICgBoSAoAcUgKAL5ICgDBSAoAFEkKACBJCgBqSQoAcUkKAGZXEgDPSQoAFkoKABtKCgBsSgoAeUoKAMJKCgDPSgoAGEsKAB5LCgBuSwoAeksKAMRLCgDUSwoAGkwKACNMCgBwTAoAc0wKAMZMCgDSTAoAHE0KACNNCgC8VxIAdE0KAMhNCgDWTQoAHk4KAC9OCgASWBIAe04KAGhYEgDSTgoAvlgSACVPCgB2TwoAg08KAMxPCgDZTwoAIlAKAC5QCgB4UAoAh1AKAM5QCgDYUAoAJFEKADJRCgB6UQoAf1EKANBRCgDdUQoAJlIKAC5SCgAUWRIAiFIKANJSCgDiUgoAKFMKADFTCgB+UwoAgVMKANRTCgDgUwoAKlQKADFUCgBqWRIAglQKANZUCgDkVAoALFUKAD1VCgDAWRIAiVUKABZaEgDgVQoAbFoSADNWCgCEVgoAkVYKANpWCgDnVgoAMFcKADxXCgCGVwoAlVcKANxXCgDmVwoAMlgKAEBYCgCIWAoAjVgKAN5YCgDrWAoANFkKADxZCgDCWhIAllkKAOBZCgDwWQoANloKAD9aCgCMWgoAj1oKAOJaCgDuWgoAOFsKAD9bCgAYWxIAmFsKAORbCgDyWwoAOlwKAFBcCgCQXAoAnFwKAOZcCgDtXAoAPF0KAERdCgCSXQoAl10KAOhdCgDxXQoAPl4KAEheCgBuWxIAql4KAOpeCgD2XgoAQF8KAEdfCgCWXwoAnl8KAOxfCgDxXwoAQmAKAEtgCgCYYAoAomAKAMRbEgDzYAoAxlINAPpgCgCKrwoA/WAKAERhCgAYYQoAMj8TAElhCgCaYQoAp2EKAPBhCgD9YQoARmIKAFJiCgCcYgoAq2IKAPJiCgD8YgoASGMKAFZjCgCeYwoAq2MKAPRjCgALZAoASmQKAFJkCgCgZAoAqmQKAPZkCgD7ZAoATGUKAFRlCgAaXBIAp2UKAPhlCgAHZgoATmYKAG5mCgCkZgoAsGYKAPpmCgAEZwoAUGcKAFpnCgCmZwoAtGcKAPxnCgASaAoAUmgKAF5oCgCoaAoArWgKAP5oCgAHaQoAVGkKAF5pCgCqaQoAtmkKAABqCgATagoAVmoKAGVqCgCsagoAuGoKAAJrCgADawoAWGsKAGJrCgCuawoAvGsKAARsCgAJbAoAWmwKAGdsCgDGXBIAvmwKAAZtCgAcbQoAXG0KAGhtCgCybQoAuW0KAAhuCgAQbgoAXm4KAGNuCgC0bgoAvW4KAApvCgAUbwoAyF0SAGVvCgC2bwoAvm8KAAxwCgAPcAoAYnAKAGtwCgC4cAoAx3AKAA5xCgAZcQoAZHEKAGxxCgC6cQoAynEKABByCgAecgoAZnIKAHdyCgC8cgoAyHIKABJzCgAacwoAHl4SAG5zCgC+cwoAxnMKABR0CgAbdAoAanQKAHh0CgDAdAoAxnQKABZ1CgAidQoAbHUKAHt1CgDCdQoAzHUKABh2CgAddgoAbnYKAHR2CgDEdgoA2HYKAHReEgArdwoAcHcKAHx3CgDGdwoAzHcKABx4CgAieAoAcngKAHd4CgDIeAoAzngKAMpeEgAjeQoAdHkKAIV5CgDKeQoA0nkKACB6CgDWeQoArpYKANh5CgByLhAAKnoKAHZ6CgCEegoAzHoKAOJ6CgAiewoALnsKAHh7CgB/ewoAznsKANZ7CgAkfAoAKXwKAHp8CgCDfAoA0HwKANp8CgAmfQoALn0KAHx9CgCAfQoA0n0KAN19CgAofgoANn4KAH5+CgCPfgoA1H4KAOB+CgAqfwoAMn8KACBfEgCCfwoA1n8KAOR/CgAsgAoANoAKAIKACgCQgAoA2IAKAOWACgAugQoARYEKAISBCgCMgQoA2oEKAOqBCgAwggoANYIKAIaCCgCMggoA3IIKAOSCCgAygwoANIMKAIiDCgCVgwoA3oMKAOaDCgA0hAoAOYQKAIqECgCLhAoA4IQKAOyECgA2hQoAQ4UKAIyFCgCUhQoA4oUKAPGFCgA4hgoAPYYKAI6GCgCbhgoA5IYKAPGGCgA6hwoARocKAJCHCgCfhwoA5ocKAPCHCgA8iAoASogKAJKICgCXiAoA6IgKAPWICgB2XxIAQYkKAJSJCgCciQoA6okKAPeJCgBAigoARYoKAJaKCgCgigoA7IoKAPSKCgBCiwoARIsKAJiLCgCziwoA7osKAPCLCgBEjAoAUowKAJqMCgCrjAoA8IwKAPKMCgBGjQoAX40KAJyNCgCtjQoA8o0KAP6NCgDMXxIAUI4KAJ6OCgCkjgoA9I4KAACPCgBKjwoAZ48KAKCPCgCpjwoA9o8KAAKQCgBMkAoAT5AKAKKQCgCskAoA+JAKAACRCgBOkQoAWJEKAKSRCgCykQoA+pEKABCSCgBQkgoAXJIKAKaSCgCtkgoA/JIKAASTCgBSkwoAV5MKAKiTCgCxkwoA/pMKAAiUCgBUlAoAXJQKAKqUCgCslAoAAJUKABCVCgBWlQoAYJUKAKyVCgC4lQoAApYKAAiWCgBYlgoAYJYKACJgEgC0lgoABJcKAAqXCgBalwoAX5cKALCXCgC2lwoAeGASABSYCgBcmAoAcpgKALKYCgC+mAoACJkKAA2ZCgBemQoAZ5kKALSZCgC+mQoACpoKAC2aCgBgmgoAZJoKALaaCgBvmgoADpwKALiaCgAMmwoAGpsKAGKbCgBsmwoAuJsKANybCgB6YRIAFJwKAGScCgBwnAoAupwKALycCgAQnQoAGp0KAGadCgBynQoAvJ0KAOCdCgDQYRIAFp4KAGieCgAhngoAwJ8KAGqeCgC+ngoAzJ4KABSfCgAenwoAap8KAI6fCgAmYhIAxp8KABagCgAioAoAbKAKAG6gCgDCoAoAzKAKABihCgAkoQoAbqEKAJKhCgB8YhIA4aEKABqiCgAjogoAcKIKAH6iCgDGogoAzKIKAByjCgAoowoAcqMKAHqjCgDSYhIAz6MKAB6kCgA3pAoAdKQKAIOkCgDKpAoA0qQKACClCgAvpQoAdqUKAHulCgDMpQoA2aUKACKmCgAvpgoAeKYKAISmCgDOpgoA3aYKACSnCgAupwoAeqcKAIinCgDQpwoA1acKACaoCgAzqAoAKGMSAH2oCgBsIQsAlagKANKoCgDcqAoAKKkKACqpCgB+qQoAjKkKANSpCgDhqQoAKqoKADKqCgCAqgoArKoKANaqCgDdqgoALKsKAEWrCgCCqwoAkasKANirCgDgqwoALqwKAD2sCgCErAoAiawKANqsCgDnrAoAMK0KAD2tCgCGrQoAkq0KANytCgDrrQoAMq4KADyuCgCIrgoAlq4KAN6uCgDjrgoANK8KAEGvCgB+YxIAna8KAOCvCgDvrwoANrAKAEKwCgCMsAoAmLAKAOKwCgDpsAoAOLEKAESxCgCOsQoAlbEKAOSxCgDssQoAOrIKAD6yCgCQsgoAm7IKAOayCgDysgoAPLMKAEmzCgCSswoAmrMKAOizCgDyswoAPrQKAES0CgCUtAoAqLQKAOq0CgD4tAoAQLUKAE21CgCWtQoArbUKAOy1CgD0tQoAQrYKAEy2CgCYtgoAnbYKAO62CgD2tgoARLcKAFO3CgCatwoAn7cKAPC3CgD9twoARrgKAFO4CgCcuAoAqLgKAPK4CgABuQoASLkKAFK5CgDUYxIAprkKAPS5CgADugoASroKAE+6CgCgugoAqboKAPa6CgAHuwoATLsKAFO7CgCiuwoAqrsKAPi7CgAFvAoATrwKAFO8CgCkvAoArrwKAPq8CgACvQoAUL0KAGm9CgCmvQoAsr0KAPy9CgAEvgoAKmQSAGG+CgCovgoAxb4KAP6+CgAHvwoAVL8KAGK/CgCqvwoAsL8KAADACgAMwAoAVsAKAF3ACgCswAoAtMAKAALBCgASwQoAWMEKAF7BCgCuwQoAs8EKAATCCgAawgoAWsIKAGLCCgCwwgoAusIKAAbDCgARwwoAXMMKAGjDCgCywwoAusMKAIBkEgAVxAoAXsQKAGXECgC0xAoAwMQKAArFCgAQxQoAYMUKAHHFCgC2xQoAysUKAAzGCgAaxgoAYsYKAG/GCgC4xgoAz8YKAA7HCgAWxwoAZMcKAGvHCgC6xwoAvMcKABDICgAayAoAZsgKAGjICgC8yAoA1cgKABLJCgAUyQoAaMkKAGvJCgC+yQoAyskKABTKCgBCygoA1mQSAHnKCgDAygoA3coKABbLCgAfywoAbMsKAHrLCgDCywoAyMsKABjMCgAkzAoAbswKAHbMCgAsZRIAzMwKABrNCgAgzQoAcM0KAHzNCgDGzQoAyc0KABzOCgAhzgoAcs4KAHvOCgDIzgoAzs4KAB7PCgAtzwoAdM8KAIDPCgDKzwoA0s8KAIJlEgAm0AoAdtAKAHvQCgDM0AoA4tAKACLRCgAq0QoAeNEKAIbRCgDO0QoA2NEKACTSCgAn0goAetIKAILSCgDQ0goA0dIKACbTCgAs0woAfNMKAIrTCgDS0woA6NMKACjUCgAq1AoAftQKAITUCgDU1AoA6NQKACrVCgAy1QoAgNUKAJDVCgDW1QoA2NUKACzWCgA71goAgtYKAIzWCgDY1goA3dYKAC7XCgA01woAhNcKAJjXCgDa1woA4tcKADDYCgA12AoAhtgKAIzYCgDc2AoA5NgKADLZCgA12QoAiNkKAI3ZCgDe2QoA59kKADTaCgA62goAitoKAJnaCgDg2goA7NoKANhlEgBC2woAjNsKAJ/bCgDi2woA/tsKADjcCgBA3AoALmYSAJzcCgDk3AoA+twKADrdCgBG3QoAkN0KAJXdCgDm3QoA790KADzeCgBG3goAkt4KAJreCgDo3goA6t4KAD7fCgBN3woAlN8KALHfCgDq3woA898KAEDgCgBO4AoAluAKAJzgCgDs4AoA+uAKAELhCgBP4QoAmOEKAK/hCgDu4QoA9uEKAETiCgBG4goAmuIKAKLiCgDw4goA/+IKAEbjCgBL4woAnOMKAKnjCgDy4woA/+MKAEjkCgBU5AoAnuQKAK3kCgD05AoA/uQKAErlCgBY5QoAoOUKAKXlCgD25QoAA+YKAIRmEgBW5goAouYKAKTmCgD45goA/+YKAE7nCgBV5woApOcKAKrnCgD65woACOgKAFDoCgBd6AoApugKALboCgD86AoAAekKAFLpCgBa6QoAqOkKAG7pCgB8VAsAtOkKAP7pCgAA6goABO0KAAvqCgBU6goAWeoKAKrqCgC06goAAOsKABDrCgBW6woAW+sKAKzrCgC16woAAuwKAA/sCgBY7AoAX+wKAK7sCgC27AoA2mYSABLtCgBa7QoAcu0KALDtCgCy7QoABu4KAB3uCgBc7goAXu4KALLuCgDA7goACO8KABXvCgBe7woAZu8KADBnEgC37woACvAKAMvvCgBupQwAE/AKAGDwCgBu8AoAYBsLAG/wCgC28AoAwfAKAAzxCgAU8QoAYvEKAG3xCgC48QoAvfEKAA7yCgAR8goAZPIKAG7yCgCGZxIAwPIKABDzCgDE8goAyCwPACvzCgBm8woAcvMKALzzCgDC8woAEvQKABr0CgBo9AoAfvQKAL70CgDM9AoAFPUKABf1CgBq9QoAg/UKAMD1CgDM9QoAFvYKACH2CgBs9goAbvYKAML2CgDd9goAGPcKACb3CgBu9woAe/cKAMT3CgDb9woA3GcSABz4CgAiLw8AMPgKAHD4CgBx+AoAxvgKAMv4CgAc+QoAIvkKAHL5CgB0+QoAyPkKAM75CgAe+goAMvoKAHT6CgB8+goAyvoKANr6CgAg+woAIvsKAHb7CgCE+woAzPsKAN37CgAyaBIAKPwKAHj8CgCE/AoAiGgSAND8CgAk/QoANf0KAHr9CgCC/QoA0P0KANn9CgAm/goALf4KAHz+CgB9/goA3mgSAN7+CgAo/woAKv8KAH7/CgCF/woA1P8KANz/CgAqAAsAMwALAIAACwCHAAsA1gALANcACwA0aRIAMQELAIIBCwCKAQsA2AELAOIBCwAuAgsAPAILAIQCCwCaAgsA2gILAOYCCwAwAwsANQMLAIYDCwCPAwsA3AMLAOYDCwCKaRIAMwQLAIgECwCQBAsAOosMAKAECwDeBAsA6wQLADQFCwBABQsAigULAJQFCwDgBQsA5AULADYGCwA7BgsAjAYLAJIGCwDiBgsAAgcLADgHCwBQBwsAjgcLAKUHCwDkBwsA8AcLADoICwBECAsAkAgLAJIICwDmCAsA7QgLADwJCwBDCQsAkgkLAJgJCwDoCQsA9AkLAD4KCwBBCgsAlAoLAJcKCwDqCgsA9goLAEALCwBDCwsAlgsLALILCwDsCwsA9AsLAOBpEgBODAsAmAwLAKIMCwDuDAsA8AwLAEQNCwBLDQsAmg0LAKENCwDwDQsA9g0LAEYOCwBUDgsAnA4LAKkOCwDyDgsAAg8LAEgPCwBNDwsAng8LAKYPCwD0DwsABBALAEoQCwBPEAsAoBALAKYQCwD2EAsA/hALADZqEgBSEQsAohELAKoRCwD4EQsA+xELAE4SCwBaEgsApBILAKoSCwD6EgsAFRMLAFATCwBeEwsAphMLALUTCwD8EwsACBQLAFIUCwBaFAsA4moSAK0UCwD+FAsACBULAFQVCwBcFQsAqhULAMoVCwAAFgsADRYLAFYWCwBbFgsArBYLALAWCwACFwsADxcLADhrEgBdFwsArhcLALEXCwAEGAsADhgLAFoYCwBmGAsAsBgLAMMYCwAGGQsAFRkLAFwZCwBoGQsAshkLALMZCwAIGgsAEhoLAF4aCwBsGgsAtBoLALkaCwAKGwsAFxsLAI5rEgBqGwsAthsLALgbCwAMHAsAJRwLAGIcCwBzHAsAuBwLAMQcCwAOHQsAFh0LAJBsEgBrHQsAuh0LAMEdCwAQHgsAFh4LAGYeCwByHgsAvB4LAL8eCwASHwsAFR8LAGgfCwBwHwsAvh8LAM4fCwAUIAsAGSALAGogCwBzIAsAwCALAM0gCwAWIQsAHSELAOZsEgB4IQsAwiELAM8hCwAYIgsAICILAG4iCwB4IgsAxCILANMiCwAaIwsAGyMLAHAjCwB4IwsAxiMLANUjCwAcJAsAISQLAHIkCwB/JAsAyCQLANUkCwAeJQsAKiULAHQlCwCDJQsAyiULANQlCwAgJgsALiYLAHYmCwB7JgsAzCYLANkmCwAiJwsAKicLAHgnCwCCJwsAzicLANMnCwAkKAsALCgLADxtEgCIKAsA0CgLANwoCwAmKQsALCkLAHwpCwCCKQsA0ikLANcpCwAoKgsALioLAJJtEgCKKgsA1CoLANoqCwAqKwsAMCsLAIArCwCNKwsA1isLANsrCwAsLAsANCwLAIIsCwCgLAsAlG4SANosCwBgdw4A2ywLAHxYDQDeLAsA+OoMAO4sCwAuLQsALy0LAIQtCwCJLQsA2i0LAOAtCwAwLgsAMi4LAIYuCwCMLgsA3C4LAPAuCwAyLwsAOi8LAIgvCwCYLwsA3i8LAOAvCwA0MAsAQjALAIowCwCbMAsA6m4SAOYwCwA2MQsAQjELAEBvEgCZMQsA4jELAOoxCwA4MgsARTILAI4yCwCQMgsA5DILAPoyCwA6MwsARjMLAJAzCwCYMwsA7G8SAPIzCwA8NAsAPzQLAJI0CwCXNAsA6DQLAPk0CwA+NQsARzULAJQ1CwCeNQsA6jULAPg1CwBANgsARTYLAJY2CwCjNgsAQnASAPg2CwBCNwsATzcLAJg3CwCaNwsA7jcLAAQ4CwBEOAsAUDgLAJo4CwCiOAsAmHASAPU4CwBGOQsATDkLAJw5CwCkOQsA8jkLAPU5CwBIOgsAVDoLAJ46CwCkOgsA9DoLAA87CwBKOwsAVzsLAKA7CwCiOwsA9jsLAAw8CwBMPAsAWDwLAKI8CwCqPAsA7nASAP48CwBOPQsAUz0LAKQ9CwC/PQsA+j0LAAg+CwBQPgsAVz4LAKY+CwCyPgsA/D4LAAM/CwBEcRIAXT8LAKg/CwCwPwsA/j8LAAlACwBUQAsAWUALAKpACwCtQAsAAEELAApBCwBWQQsAXkELAKxBCwC6QQsAAkILAAVCCwBYQgsAYEILAK5CCwDOQgsABEMLABFDCwBaQwsAX0MLALBDCwC0QwsABkQLABNECwCacRIAfEQLALJECwC7RAsACEULAAlFCwBeRQsAZkULALRFCwDERQsACkYLAAxGCwBgRgsAbkYLALZGCwDHRgsA8HESABJHCwBiRwsAbkcLAEZyEgC/RwsAnHISABNICwBkSAsAfkgLALpICwDJSAsAEEkLABtJCwBmSQsAaEkLALxJCwDJSQsAEkoLAB9KCwBoSgsAdEoLAL5KCwDPSgsAFEsLABdLCwBqSwsAhEsLAMBLCwDJSwsAFkwLACNMCwBsTAsAckwLAMJMCwDOTAsAGE0LABtNCwBuTQsAc00LAMRNCwDVTQsAGk4LADVOCwBwTgsAfE4LAMZOCwDNTgsAHE8LAB5PCwByTwsAeU8LAMhPCwDPTwsAHlALACRQCwB0UAsAgFALAMpQCwDNUAsAIFELACNRCwB2UQsAglELAMxRCwDfUQsAIlILADFSCwB4UgsAhFILAM5SCwDPUgsAJFMLAC5TCwB6UwsAiFMLANBTCwDVUwsAJlQLADNUCwDychIAhFQLAEhzEgDUVAsAKFULAD5VCwB+VQsAilULANRVCwDcVQsAnnMSADBWCwCAVgsAiFYLANZWCwDZVgsALFcLADhXCwCCVwsAiFcLANhXCwDzVwsALlgLADxYCwCEWAsAk1gLANpYCwDmWAsAMFkLADhZCwD0cxIAi1kLANxZCwDmWQsAMloLADpaCwCIWgsAqFoLAN5aCwDrWgsANFsLADlbCwCKWwsAjlsLAOBbCwDtWwsASnQSAFlcCwCgdBIAkVwLAOJcCwDxXAsAOF0LAFhdCwCOXQsAml0LAORdCwDuXQsAOl4LAEZeCwCQXgsAll4LAOZeCwDsXgsAPF8LAEFfCwCSXwsAmF8LAPZ0EgDuXwsAPmALAENgCwCUYAsAmmALAKJ1EgDtYAsAQGELAEphCwCWYQsAmGELAOxhCwAFYgsAQmILAFNiCwCYYgsApmILAO5iCwDxYgsARGMLAE9jCwCaYwsAomMLAPBjCwDyYwsARmQLAE5kCwCcZAsAqWQLAPJkCwD+ZAsASGULAExlCwCeZQsApmULAPRlCwADZgsASmYLAE9mCwCgZgsArWYLAPZmCwADZwsATGcLAFhnCwCiZwsAsWcLAPhnCwACaAsATmgLAFxoCwCkaAsAqWgLAPpoCwAHaQsA+HUSAFhpCwBOdhIAqmkLAARuCwCyaQsA/GkLAAJqCwBSagsAWGoLAKhqCwC1agsA/moLAANrCwBUawsAXGsLAKprCwDTawsAAGwLAN5rCwCsbAsAJmwLAAJtCwApbAsAVmwLAH9sCwCkdhIA1WwLAPp2EgAobQsAWG0LAIxtCwCubQsA120LAFB3EgASbgsAWm4LAGduCwCwbgsAvG4LAAZvCwAMbwsAXG8LAGJvCwCybwsAt28LAAhwCwAOcAsApncSAIRwCwBgcQsAh3ALALRwCwDdcAsAUngSADNxCwCoeBIAhnELALZxCwDqcQsADHILADVyCwD+eBIAbHILALhyCwC9cgsADnMLABZzCwBUeRIAaXMLALpzCwDDcwsAEHQLAB10CwBmdAsAbXQLAKp5EgDEdAsAAHoSACV1CwBodQsAdHULAL51CwDNdQsAFHYLAB12CwBqdgsAdHYLAMB2CwDCdgsAFncLAC93CwBsdwsAfXcLAMJ3CwDOdwsAGHgLACB4CwBWehIAfHgLAMR4CwDVeAsAGnkLACZ5CwBweQsAeHkLAKx6EgDLeQsAHHoLACZ6CwByegsAenoLAMh6CwDYegsAHnsLACN7CwB0ewsAfXsLAMp7CwDXewsAIHwLACd8CwACexIAfHwLADLjDwCDfAsAzHwLAIl8CwDatA4A0XwLACJ9CwAufQsAeH0LAIV9CwDOfQsA2H0LAFh7EgApfgsAen4LAIZ+CwDQfgsA3X4LACZ/CwAwfwsAfH8LAJh/CwDSfwsA2n8LAK57EgAtgAsAfoALAIaACwDUgAsA14ALACqBCwAzgQsAgIELAI+BCwDWgQsA4YELACyCCwA0ggsAgoILAJKCCwDYggsA5oILAC6DCwA/gwsAhIMLAJCDCwDagwsA4oMLAAR8EgA2hAsAhoQLAI6ECwDchAsA44QLADKFCwBAhQsAiIULAI6FCwDehQsA6oULADSGCwBDhgsAioYLAJSGCwDghgsA5YYLADaHCwA8hwsAjIcLAKCHCwDihwsA6ocLADiICwBWiAsAjogLAJaICwBafBIA7IgLALB8EgBCiQsAkIkLAKmJCwDmiQsA74kLADyKCwBMigsAkooLAKKKCwDoigsA9IoLAD6LCwBEiwsAlIsLAKKLCwDqiwsA94sLAECMCwBXjAsAlowLAJ6MCwDsjAsA9owLAEKNCwBQjQsAmI0LAK6NCwDujQsA+o0LAESOCwBLjgsAmo4LAKKOCwDwjgsA9Y4LAEaPCwBPjwsAnI8LAKaPCwDyjwsA+o8LAEiQCwBKkAsAnpALAK6QCwD0kAsA/pALAEqRCwBWkQsAoJELAKaRCwD2kQsA/pELAFx9EgBOkgsAopILALOSCwD4kgsAFJMLAE6TCwBWkwsAsn0SALWTCwD6kwsAC5QLAFCUCwBYlAsAppQLAL+UCwD8lAsAApULAFKVCwBXlQsAqJULAMiVCwD+lQsACpYLAFSWCwBalgsAqpYLALKWCwAAlwsAD5cLAFaXCwBblwsArJcLALmXCwACmAsAD5gLAFiYCwBkmAsArpgLAL2YCwAEmQsADpkLAFqZCwBomQsAsJkLALWZCwAGmgsAE5oLAFyaCwBfmgsAspoLALqaCwAImwsACpsLAF6bCwBkmwsAtJsLAMCbCwAKnAsAEpwLAAh+EgBlnAsAtpwLALqcCwAMnQsAGZ0LAF5+EgBqnQsAtH4SAL6dCwAOngsAJZ4LAGSeCwBtngsAup4LANCeCwAQnwsAHJ8LAGafCwBznwsAvJ8LAMafCwASoAsAGqALAGigCwCmoAsAvqALAOegCwAUoQsAHKELAGqhCwCNoQsACn8SAM+hCwAWogsA1qELAPq+CwAbogsAbKILAHmiCwDCogsAz6ILABijCwAkowsAbqMLAH2jCwDEowsAzqMLABqkCwAopAsAcKQLAHWkCwDGpAsA06QLABylCwBApQsAcqULAHqlCwBgfxIA0aULAB6mCwAhpgsAdKYLAH6mCwDKpgsA0qYLACCnCwA5pwsAdqcLAIKnCwDMpwsA1KcLALZ/EgAyqAsAeKgLAICoCwDOqAsA2KgLACSpCwA4qQsAeqkLAHupCwDQqQsA3KkLACaqCwAuqgsADIASAI+qCwDSqgsA06oLACirCwA0qwsAfqsLAI2rCwDUqwsA3qsLACqsCwAtrAsAgKwLAIisCwDWrAsA16wLACytCwAurQsAgq0LAIitCwDYrQsA2q0LAC6uCwBErgsAhK4LAJCuCwDargsA5K4LADCvCwA8rwsAhq8LAIyvCwDcrwsA5K8LADKwCwBbsAsAiLALAJCwCwDesAsA6LALADSxCwA5sQsAirELAJKxCwDgsQsA+bELADayCwBCsgsAjLILAJSyCwBigBIA7rILADizCwA7swsAjrMLAJOzCwDkswsA7bMLADq0CwBAtAsAkLQLAJ+0CwDmtAsA8rQLADy1CwBRtQsAkrULAJq1CwDotQsA9bULAPS7CwABtgsAPrYLAEO2CwCUtgsAmbYLAOq2CwD7tgsAQLcLAEi3CwCWtwsATLcLAES5CwCttwsA7LcLAPq3CwBCuAsAXbgLAJi4CwCkuAsA7rgLAPu4CwC4gBIARrkLAJq5CwCnuQsA8LkLAPi5CwBGugsAXboLAJy6CwCqugsA8roLAA27CwBIuwsAVLsLAJ67CwCruwsADoESAP27CwBKvAsAW7wLAKC8CwCxvAsA9rwLAP68CwBMvQsAY70LAKK9CwCwvQsA+L0LABO+CwBOvgsAWr4LAKS+CwCxvgsAZIESAA6/CwBQvwsAU78LAKa/CwDDvwsA/L8LAA3ACwBSwAsAdsALAKjACwCwwAsAuoESAAfBCwBUwQsAV8ELAKrBCwC0wQsAAMILAAjCCwBWwgsAb8ILAKzCCwC4wgsAAsMLAArDCwAQghIAaMMLAK7DCwC2wwsABMQLAA7ECwBaxAsAbsQLALDECwCxxAsABsULABLFCwBcxQsAZMULAGaCEgDGxQsACMYLAAvGCwBexgsAe8YLALTGCwDFxgsACscLABjHCwBgxwsAdccLALbHCwC+xwsADMgLABnICwBoywsAJcgLAGLICwBnyAsAuMgLAL3ICwAOyQsAH8kLAGTJCwBsyQsAuskLANHJCwAQygsAHsoLAGbKCwCBygsAvMoLAMjKCwASywsAH8sLALyCEgBxywsAvssLAM/LCwAUzAsAJcwLAGrMCwByzAsAwMwLANfMCwAWzQsAJM0LAGzNCwCHzQsAws0LAM7NCwAYzgsAJc4LABKDEgCCzgsAxM4LAMfOCwAazwsAN88LAHDPCwCBzwsAxs8LANTPCwAc0AsAMdALAHLQCwB60AsAyNALANXQCwDU1gsA4dALAB7RCwAj0QsAdNELAHnRCwDK0QsA29ELACDSCwAo0gsAdtILACzSCwAk1AsAjdILAMzSCwDa0gsAItMLAD3TCwB40wsAhNMLAM7TCwDb0wsAaIMSACbUCwB61AsAh9QLANDUCwDY1AsAJtULAD3VCwB81QsAitULANLVCwDt1QsAKNYLADTWCwB+1gsAi9YLAL6DEgDd1gsAKtcLADvXCwCA1wsAkdcLANbXCwDe1wsALNgLAEPYCwCC2AsAkNgLANjYCwDz2AsALtkLADrZCwCE2QsAkdkLABSEEgDj2QsAMNoLAEHaCwCG2gsAktoLANzaCwDp2gsAMtsLADfbCwCI2wsAktsLAN7bCwDu2wsANNwLADncCwCK3AsAk9wLAODcCwDt3AsANt0LAD3dCwCM3QsAmN0LAOLdCwDo3QsAON4LAD7eCwCO3gsAk94LAOTeCwDq3gsAaoQSAD/fCwCQ3wsAmN8LAObfCwD83wsAPOALAEHgCwCS4AsAmeALAOjgCwDx4AsAPuELAE/hCwCU4QsAoOELAOrhCwDy4QsAbIUSAELiCwCW4gsArOILAOziCwD44gsAQuMLAEnjCwCY4wsAoOMLAMKFEgDz4wsAROQLAEvkCwCa5AsAo+QLAPDkCwAB5QsARuULAFLlCwCc5QsApOULABiGEgD05QsASOYLAF7mCwCe5gsAquYLAPTmCwD75gsASucLAFLnCwBuhhIApecLAPbnCwD95wsATOgLAFXoCwCi6AsAs+gLAPjoCwAE6QsATukLAFbpCwDEhhIApukLAPrpCwAJ6gsAUOoLAHDqCwCm6gsAqOoLAPzqCwAT6wsAUusLAF7rCwCo6wsAsOsLAHCHEgAD7AsAVOwLAFbsCwCq7AsAsewLAADtCwAI7QsAVu0LAF/tCwCs7QsAsu0LAALuCwAT7gsAWO4LAGDuCwAciBIAuu4LAATvCwAH7wsAWu8LAF/vCwCw7wsAwe8LAAbwCwAh8AsAXPALAGjwCwCy8AsAuvALAHKIEgAe8QsAXvELAF/xCwC08QsAufELAAryCwAQ8gsAYPILAGryCwC28gsAvvILAAzzCwAe8wsAyIgSAG/zCwC48wsAwvMLAA70CwAU9AsAZPQLAHj0CwC69AsAwvQLABD1CwAg9QsAZvULAGv1CwC89QsAwvULABL2CwAa9gsAaPYLAGn2CwC+9gsAwPYLABT3CwAj9wsAavcLAIr3CwDA9wsAwvcLABb4CwAt+AsAbPgLAHj4CwDC+AsAyvgLAB6JEgAg+QsAbvkLAIf5CwDE+QsAzfkLABr6CwAk+gsAcPoLAHj6CwDG+gsA1voLABz7CwAh+wsAcvsLAHv7CwDI+wsA1fsLAB78CwAl/AsAdPwLAHz8CwDKiRIA1PwLACD9CwAo/QsAdv0LAIT9CwDM/QsA2f0LACL+CwAq/gsAeP4LAHr+CwDO/gsA1v4LACT/CwAl/wsAev8LAHz/CwDQ/wsA3/8LACYADABGAAwAfAAMAH4ADADSAAwA6QAMACgBDAA0AQwAfgEMAJgBDADUAQwAAAIMACoCDAAtAgwAgAIMAIUCDADWAgwA4wIMACCKEgAuAwwAggMMAIwDDADYAwwA5wMMAC4EDAA5BAwAhAQMAJIEDADaBAwA5wQMADAFDABHBQwAhgUMAI4FDADcBQwA3QUMADIGDAA0BgwAiAYMAJcGDADeBgwA/gYMADQHDAA2BwwAigcMAKEHDADgBwwA7AcMADYIDAA+CAwAdooSAJEIDADiCAwA6AgMADgJDABACQwAjgkMAK0JDADkCQwA8QkMADoKDAA7CgwAkAoMAKYKDADmCgwAAgsMAMyKEgBBCwwAkgsMAJwLDADoCwwA8AsMAD4MDAA/DAwAlAwMAEAMDACmFQwAmgwMAOoMDAD2DAwAQA0MAFANDACWDQwApA0MAOwNDAD/DQwAQg4MAE4ODACYDgwAnw4MAO4ODAD2DgwARA8MAEgPDACaDwwAqA8MAPAPDAD6DwwARhAMAFEQDACcEAwApBAMAPIQDAAqEQwASBEMAFARDACeEQwAoxEMAPQRDAD6EQwAShIMAFISDACgEgwAuhIMAPYSDAAuEwwATBMMAFQTDACiEwwApxMMAPgTDAD+EwwAThQMAFYUDACkFAwAvhQMAPoUDAAUFQwAUBUMAIgVDAAiixIArhUMAPwVDAADFgwAUhYMAF4WDACoFgwAqRYMAP4WDAAKFwwAVBcMAGEXDACqFwwAsRcMAAAYDAAMGAwAVhgMAGMYDACsGAwAuxgMAAIZDAAWGQwAeIsSAFoZDACuGQwAZBkMANAFDwCxGQwAqHAOALsZDADeCA0AvRkMAAQaDAAkGgwAWhoMAFwaDACwGgwAxxoMAAYbDAASGwwAXBsMAGQbDADOixIAtBsMAAgcDAAVHAwAXhwMAGccDAC0HAwAthwMAAodDAAbHQwAYB0MAHEdDAC2HQwAyh0MACSMEgAsHgwAYh4MAGQeDAC4HgwAzx4MAA4fDAAaHwwAZB8MAGwfDAB6jBIAvB8MABAgDAATIAwAZiAMAG4gDAC8IAwAySAMABIhDAAXIQwAaCEMAHIhDAC+IQwAxiEMABQiDAAtIgwAaiIMAHYiDADAIgwAzCIMABYjDAAjIwwAbCMMAHQjDADCIwwA0iMMABgkDAAdJAwAbiQMAHckDADEJAwA0SQMABolDAAhJQwAcCUMAHglDADQjBIA0yUMABwmDAAfJgwAciYMAHwmDADIJgwAyiYMAB4nDAAvJwwAdCcMAIUnDADKJwwA1icMACAoDAAnKAwAdigMAJAoDADMKAwA1CgMACIpDAAjKQwA4DIMACwpDAB4KQwAfikMAM4pDADiKQwAJCoMACwqDAB6KgwAhCoMANAqDADVKgwAJisMAC4rDAB8KwwAiisMANIrDADfKwwAKCwMACssDAB+LAwAiCwMANQsDADWLAwAKi0MADstDACALQwAkS0MANYtDADeLQwAJo0SADYuDACCLgwAni4MANguDADgLgwAfI0SAC8vDACELwwAmi8MANovDADiLwwAMDAMAD4wDACGMAwAkzAMANwwDADfMAwAMjEMADwxDACIMQwAijEMAN4xDADvMQwANDIMAEUyDACKMgwAkjIMANKNEgDxMgwANjMMAEIzDACMMwwAjjMMAOIzDADlMwwAODQMAEQ0DACONAwAljQMACiOEgDtNAwAOjUMAEc1DACQNQwAmDUMAOY1DAD4NQwAPDYMAEk2DACSNgwAkzYMAOg2DAD+NgwAPjcMAEY3DACUNwwAojcMAOo3DAD3NwwAQDgMAEM4DACWOAwAoDgMAOw4DADuOAwAQjkMAFM5DACYOQwAqTkMAO45DAD2OQwAfo4SAFE6DACaOgwApDoMAPA6DACnOgwAxikOAP46DABGOwwAXDsMAJw7DACoOwwA8jsMAP47DABIPAwATjwMAJ48DACkPAwA9DwMAPk8DABKPQwAUD0MANSOEgClPQwA9j0MAPg9DABMPgwAUz4MAKI+DACqPgwA+D4MAPs+DABOPwwAVz8MAKQ/DACzPwwA+j8MAAVADABQQAwAWEAMAKZADAC2QAwA/EAMAApBDABSQQwAY0EMAKhBDAC0QQwA/kEMAAZCDADWjxIAckIMAKpCDACyQgwALJASAAxDDABWQwwAbEMMAKxDDAC0QwwAAkQMACFEDACCkBIAW0QMADSIDABlRAwArkQMALFEDACW7BAAtkQMAARFDAC4RAwAUvEOAAZFDABaRQwADkUMAMhRDAAVRQwAukoMAGdFDACwRQwAxEUMAAZGDAAORgwAXEYMAGFGDACyRgwAwkYMAAhHDAAQRwwAXkcMAGhHDAC0RwwAv0cMAApIDAAWSAwAYEgMAGhIDADYkBIAu0gMAAxJDAAVSQwAYkkMAGhJDAC4SQwAx0kMAA5KDAAaSgwAZEoMAGdKDAAukRIAv0oMABBLDAAfSwwAZksMAGhLDAC8SwwAzUsMABJMDAAjTAwAaEwMAHxMDAC+TAwAxkwMABRNDAAiTQwAak0MAHdNDADATQwAw00MABZODAAgTgwAbE4MAG5ODADCTgwA004MABhPDAApTwwAbk8MAHpPDADETwwAy08MABpQDAAiUAwAcFAMAIdQDADGUAwA0lAMABxRDAAyUQwAclEMAHVRDACEkRIA01EMAB5SDAAqUgwAdFIMAHxSDADakRIA1lIMACBTDAA2UwwAdlMMAHlTDADMUwwA1FMMACJUDAAkVAwAeFQMAJNUDADOVAwA0FQMACRVDAAyVQwAelUMAItVDADQVQwA0lUMACZWDAA/VgwAfFYMAI1WDADSVgwA3lYMADCSEgAuVwwAflcMAIxXDADUVwwA71cMACpYDAA2WAwAgFgMAIZYDADWWAwA3lgMACxZDAA8WQwAglkMAIdZDADYWQwA4VkMAC5aDAA7WgwAhFoMAItaDADaWgwA4loMAIaSEgA1WwwAhlsMAIxbDADcWwwA5FsMADJcDABeXAwAiFwMAI9cDADeXAwA91wMADRdDABDXQwAil0MAKZdDADckhIA7F0MADZeDABAXgwAjF4MAJReDADiXgwA6V4MADhfDAA+XwwAjl8MAJxfDADkXwwA/18MADpgDABGYAwAkGAMAJZgDADmYAwA7mAMADxhDABKYQwAkmEMAJ9hDADoYQwA62EMAD5iDABIYgwAlGIMAJZiDADqYgwA92IMAEBjDABPYwwAlmMMAKJjDADsYwwA9GMMADKTEgBHZAwAmGQMAJ5kDADuZAwA9mQMAERlDABwZQwAmmUMAKFlDADwZQwACWYMAEZmDABVZgwAnGYMAKVmDADyZgwA+GYMAEhnDABZZwwAnmcMAMZnDAD0ZwwAIGgMAEpoDABRaAwAoGgMALloDAD2aAwABWkMAExpDABoaQwAiJMSAKdpDAD4aQwAAmoMAE5qDABeagwApGoMAKlqDAD6agwAA2sMAFBrDABdawwApmsMAK1rDAD8awwACGwMAFJsDABlbAwAqGwMALdsDAD+bAwACm0MAFRtDABVbQwAqm0MALRtDAAAbgwADm4MAFZuDABbbgwArG4MALluDADekxIAE28MAFhvDABabwwArm8MALFvDAAEcAwAB3AMAFpwDABhcAwAsHAMALxwDAAGcQwAFnEMAFxxDABscQwAsnEMALdxDAAIcgwAEXIMAF5yDABrcgwAtHIMALtyDAAKcwwAFnMMAGBzDABmcwwAtnMMALxzDAAMdAwAEXQMAGJ0DABodAwA4JQSAMJ0DAAOdQwAHHUMAGR1DAB0dQwAunUMALx1DAAQdgwAH3YMAGZ2DABwdgwAvHYMAMR2DADilRIAGHcMAGh3DAB0dwwAOJYSAMN3DAAUeAwAHHgMAGp4DAB6eAwAwHgMAM54DAAWeQwAI3kMAGx5DABzeQwAwnkMAMp5DADklhIAKXoMAG56DAB1egwAxHoMAMx6DAAaewwAJ3sMAHB7DAB1ewwAxnsMANB7DAAcfAwAJHwMAHJ8DACLfAwAyHwMANR8DAAefQwAJn0MADqXEgCAfQwAyn0MAM19DAAgfgwAJX4MAHZ+DACHfgwAzH4MAOd+DAAifwwALn8MAHh/DAB/fwwAzn8MAOp/DAAkgAwALIAMAJCXEgB/gAwA0IAMANqADAAmgQwALoEMAHyBDAB+gQwAzgIOAIyBDADSgQwA14EMACiCDAAxggwAfoIMAIuCDADUggwA24IMAOaXEgAzgwwAgIMMAI2DDADWgwwA5YMMACyEDAA2hAwAgoQMAJCEDADYhAwA3YQMAC6FDAA7hQwAhIUMAIyFDAA8mBIA5oUMADCGDAA9hgwAhoYMAImGDADchgwA6oYMADKHDAA3hwwAiIcMAJWHDADehwwA5ocMAJKYEgA8iAwAiogMAJCIDADgiAwAkYgMAAIbDQDsiAwANokMAFOJDACMiQwAlYkMAOKJDADwiQwAOIoMAD6KDACOigwAmooMAOSKDADrigwA6JgSADuLDADA+QwARosMAJCLDABKiwwAZPYMAKOLDADmiwwA8IsMADyMDABIjAwAkowMAJ+MDADojAwA64wMAD6NDABMjQwAlI0MAJmNDADqjQwA940MAECODABIjgwAPpkSAJyODADsjgwA+o4MAEKPDABdjwwAmI8MAKSPDADujwwA9I8MAOqZEgBnkAwAQJoSAJ+QDADwkAwA/ZAMAEaRDABTkQwAnJEMAKiRDADykQwAAZIMAEiSDABSkgwAnpIMAKySDAD0kgwA+ZIMAEqTDABXkwwAoJMMALyTDAD2kwwA/pMMAJaaEgBRlAwAopQMAKiUDAD4lAwAAJUMAE6VDABPlQwApJUMAKuVDAD6lQwA/5UMAFCWDABYlgwAppYMALSWDAD8lgwA/5YMAFKXDABalwwAqJcMALWXDAD+lwwAA5gMAFSYDABemAwAqpgMALKYDAAAmQwAEZkMAFaZDABbmQwArJkMAK6ZDAACmgwACZoMAFiaDABkmgwArpoMALWaDADsmhIAEJsMAFqbDAB3mwwAsJsMALmbDAAGnAwAFJwMAFycDABinAwAspwMAL6cDAAInQwAD50MAF6dDABmnQwAtJ0MAMqdDAAKngwAD54MAGCeDABnngwAtp4MAL+eDAAMnwwAHZ8MAGKfDABunwwAuJ8MAMCfDACYmxIAFKAMAGSgDABpoAwAuqAMANWgDAAQoQwAHqEMAGahDABtoQwAvKEMAMihDAASogwAFaIMAGiiDABwogwAvqIMAL+iDAAUowwAFqMMAGqjDAB5owwAwKMMAOCjDAAWpAwAGKQMAGykDACDpAwAwqQMAM6kDAAYpQwAIKUMAO6bEgBzpQwAxKUMAMylDAAapgwAKqYMAHCmDAB+pgwAxqYMANemDAAcpwwAKKcMAHKnDAB1pwwAyKcMANCnDAAeqAwALKgMAHSoDACBqAwAyqgMANKoDAAgqQwAWKkMAEScEgB3qQwAzKkMANipDAAiqgwAMaoMAHiqDACAqgwAmpwSANCqDAAkqwwAMqsMAHqrDACLqwwA8JwSANerDABGnRIALqwMAPKdEgB9rAwAtMgMAH+sDADktQwAgKwMACquDACCrAwAPrgMAIOsDACIsgwAhawMALjKDACIrAwA0qwMAImsDACEsAwAi6wMAJ69DADYrAwAKK0MAC6tDAB+rQwAg60MANStDADarQwASJ4SACyuDACArgwAhq4MANauDADjrgwASp8SADmvDACCrwwAma8MANivDAD0rwwALrAMADawDACgnxIAibAMANqwDADksAwAMLEMAD6xDACGsQwAlbEMANyxDADosQwA9p8SADqyDABMoBIAlLIMAN6yDADfsgwANLMMADqzDACKswwAlrMMAOCzDADvswwANrQMADi0DACMtAwAlrQMAOK0DADutAwAOLUMAD+1DACioBIAlrUMAPigEgDutQwAOrYMAEC2DACQtgwAnrYMAOa2DAD1tgwAPLcMAEa3DACStwwArrcMAOi3DADwtwwATqESAEq4DACUuAwAo7gMAOq4DADvuAwAQLkMAFu5DACWuQwAorkMAOy5DADyuQwAQroMAES6DACYugwAsboMAO66DAD/ugwARLsMAFC7DACauwwAsrsMAPC7DAD8uwwARrwMAEy8DACcvAwAorwMAPK8DAD3vAwASL0MAE69DACkoRIAo70MAPS9DAD6vQwASr4MAAq+DAD+wgwAVr4MAKC+DAC4vgwA9r4MAPq+DACkwAwAAr8MAEy/DABSvwwAor8MAKi/DAD4vwwA/b8MAE7ADABUwAwApqISAKbADAD6wAwAAMEMAFDBDABdwQwAqKMSALPBDAD8wQwAE8IMAFLCDABuwgwAqMIMALDCDAD+oxIA/8IMAFTDDABiwwwAqsMMALvDDAAAxAwADMQMAFbEDABuxAwArMQMALDEDABaxgwAuMQMAALFDAAIxQwAWMUMAF7FDACuxQwAs8UMAATGDAAKxgwAVKQSAFzGDACwxgwAtsYMAAbHDAATxwwAVqUSAGnHDACyxwwAyccMAAjIDAAkyAwAXsgMAGbIDACspRIAtsgMAArJDAAQyQwAYMkMAGPJDAC2yQwAwskMAAzKDAAoygwAYsoMAGrKDAACphIAu8oMAA7LDAAaywwAZMsMAGrLDAC6ywwA0ssMABDMDAAUzAwAvs0MABfMDAAc0gwAHMwMAGbMDAAdzAwAGNAMAGzMDAC8zAwAwswMABLNDAAXzQwAaM0MAG7NDABYphIAwM0MABTODAAazgwAas4MAHfODABapxIAzc4MABbPDAAtzwwAbM8MAIjPDADCzwwAys8MALCnEgAd0AwAbtAMAHjQDADE0AwA0tAMABrRDAAp0QwAcNEMAHzRDAAGqBIAztEMAFyoEgAo0gwActIMAHPSDADI0gwAztIMAB7TDAAq0wwAdNMMAIPTDADK0wwAzNMMACDUDAAq1AwAdtQMAILUDADM1AwA09QMALKoEgAq1QwACKkSAILVDADO1QwA2tUMACTWDAA61gwAetYMAIbWDADQ1gwA49YMACbXDAA01wwAfNcMAIbXDABeqRIA2tcMALSpEgA+2AwAftgMAIrYDADU2AwA4dgMACrZDAA02QwAgNkMAILZDADW2QwA4NkMACzaDAA62gwAgtoMAIfaDADY2gwA5doMAC7bDAA22wwAhNsMAJTbDADa2wwA3NsMADDcDAA53AwAhtwMAJfcDADc3AwA5twMAAqqEgA+3QwAiN0MAJ/dDADe3QwA+d0MAGCqEgBN3gwAit4MAJDeDADg3gwA6t4MALaqEgA43wwAjN8MAJ3fDADi3wwA6t8MADjgDAD+3wwAiAgNAETgDACO4AwAlOAMAOTgDADq4AwAOuEMAD/hDACQ4QwAluEMAAyrEgAC4gwAPOIMAETiDAAOrBIAoOIMAOjiDAD54gwAPuMMAE/jDACU4wwAoOMMAOrjDADx4wwAZKwSAFHkDACW5AwAp+QMAOzkDAD45AwAQuUMAEnlDAC6rBIAmuUMAO7lDADv5QwAROYMAEzmDACa5gwAn+YMAPDmDAD55gwARucMAFDnDACc5wwApOcMAPLnDAD35wwASOgMAFjoDACe6AwApugMAPToDAAK6QwASukMAFbpDACg6QwAtukMAPbpDAD76QwATOoMAFLqDACi6gwAtuoMABCtEgAO6wwATusMAFzrDACk6wwAsesMAPrrDAD86wwAUOwMAFrsDACm7AwAsuwMAPzsDAAD7QwAUu0MAFrtDACo7QwAwe0MAP7tDAAS7gwAVO4MAFzuDACq7gwArO4MAADvDAAN7wwAVu8MAFvvDACs7wwAtu8MAALwDAAN8AwAWPAMAGTwDACu8AwAtPAMAATxDAAM8QwAWvEMAFvxDACw8QwAtvEMAAbyDAAL8gwAXPIMAGvyDACy8gwAvvIMAAjzDAAL8wwAXvMMAGHzDABmrRIAufMMAAr0DAAm9AwAvK0SAID0DAC29AwAvvQMABKuEgAS9QwAYvUMAG71DABorhIAvvUMAA72DAAa9gwAwrASAGb2DAC69gwAxPYMABD3DAAS9wwAZvcMAHf3DAC89wwAxPcMABL4DAAe+AwAaPgMAG74DAC++AwAxPgMABT5DAAZ+QwAavkMAHD5DAAYsRIAwvkMABb6DAAc+gwAbPoMAG/6DADC+gwAzvoMABj7DAAg+wwAGrISAHT7DADE+wwAyvsMABr8DAAf/AwAcPwMAHb8DABwshIAyPwMABz9DAAl/QwAcv0MAIn9DADI/QwA0/0MAB7+DAAo/gwAdP4MAHz+DABysxIA1/4MACD/DAAo/wwAdv8MAID/DADM/wwA1/8MACIADQAoAA0AeAANAIQADQDOAA0A0AANACQBDQArAQ0AegENAIIBDQDQAQ0A4gENAMizEgBlAg0AfAINAIQCDQDSAg0A9QINAMq0EgAqAw0AfgMNAIsDDQDUAw0A2wMNACoEDQA7BA0AgAQNAIwEDQDWBA0A3QQNACwFDQAtBQ0AGCYNADQFDQAgtRIAlQUNANgFDQDnBQ0ALgYNADoGDQCEBg0AhQYNANoGDQDkBg0AMAcNAD4HDQCGBw0AiwcNANwHDQDpBw0AdrUSADoIDQDMtRIAkAgNACK2EgDsCA0ANAkNAEMJDQCKCQ0AqgkNAOAJDQDsCQ0ANgoNAD0KDQCMCg0AlAoNAOIKDQDkCg0AOAsNAEILDQAktxIAmAsNAOQLDQDsCw0AercSAEQMDQCQDA0AmAwNANC3EgAmDQ0APA0NAEQNDQCSDQ0AsA0NACa4EgDtDQ0AYPYNAPYNDQA+Dg0ARQ4NAKLuDgBODg0AlA4NAKQODQDqDg0A9g4NAEAPDQBGDw0Alg8NALIPDQDsDw0A9A8NAHy4EgBWEA0AmBANAKIQDQDuEA0A+hANAEQRDQBMEQ0A0rgSAKURDQDwEQ0A8hENAEYSDQBMEg0AnBINAKQSDQAouRIA9BINAEgTDQBLEw0AnhMNAKYTDQD0Ew0ABBQNAEoUDQBMFA0AoBQNAK4UDQD2FA0ABxUNAH65EgBTFQ0A1LkSAKgVDQD4FQ0A/RUNAE4WDQBUFg0AKroSAK4WDQD6Fg0A/BYNAFAXDQBjFw0AphcNAK4XDQD8Fw0ACBgNAFIYDQBYGA0AqBgNAK4YDQD+GA0AAxkNAFQZDQBaGQ0ALLsSALMZDQAAGg0ADRoNAFYaDQBdGg0ArBoNALQaDQCCuxIADhsNAFgbDQBiGw0ArhsNALobDQAEHA0AExwNAFocDQBkHA0AsBwNALwcDQAGHQ0ADR0NANi7EgBfHQ0AUsgPAGIdDQCyHQ0Aax0NAC7fDgBtHQ0Axv4NAL4dDQAIHg0AEB4NAC68EgBqHg0AtB4NAL4eDQAKHw0AFh8NAGAfDQBvHw0Ath8NAMAfDQAMIA0AGCANAGIgDQBpIA0AhLwSAMYgDQAOIQ0A2CANAGTPDgAlIQ0AZCENAHEhDQC6IQ0AvCENABAiDQAhIg0AZiINAIIiDQC8Ig0AxCINANq8EgArIw0AaCMNAHwjDQC+Iw0AxiMNABQkDQAXJA0AaiQNAHgkDQDAJA0A1yQNABYlDQAjJQ0AbCUNAG4lDQDCJQ0A0yUNADC9EgAeJg0AbiYNAHMmDQDEJg0A2iYNABonDQAoJw0AcCcNAHMnDQDGJw0A0icNABwoDQAiKA0AcigNAH4oDQDIKA0A9CgNAB4pDQAqKQ0AdCkNAIMpDQDKKQ0A1CkNACAqDQAuKg0AdioNAHsqDQDMKg0A2SoNAIa9EgAkKw0AeCsNAIYrDQDOKw0A2ysNACQsDQA2LA0A3L0SAIksDQDQLA0A3CwNACYtDQA/LQ0AfC0NAH4tDQDSLQ0A4S0NACguDQBILg0Afi4NAIYuDQDULg0A9y4NADK+EgAvLw0AgC8NAIMvDQDWLw0A4C8NACwwDQA0MA0AgjANAIgwDQDYMA0A5DANAC4xDQA9MQ0AhDENAJAxDQDaMQ0A5zENADAyDQA6Mg0AhjINAI4yDQDcMg0A6zINADIzDQA0Mw0AiDMNAJkzDQDeMw0A7zMNADQ0DQA8NA0AijQNAJs0DQDgNA0A4jQNADY1DQA5NQ0AjDUNAJY1DQDiNQ0ABjYNADg2DQBUNg0AiL4SAJQ2DQDkNg0A6TYNADo3DQBJNw0AkDcNAJw3DQDmNw0A6TcNADw4DQA/OA0AkjgNAJo4DQDoOA0A9zgNAD45DQBDOQ0AlDkNAKo5DQDqOQ0A6zkNAEA6DQBROg0AljoNAKI6DQDsOg0A9joNAEI7DQBOOw0AmDsNAJ87DQDevhIA8jsNAEQ8DQBSPA0AmjwNAKQ8DQDwPA0A+zwNAEY9DQBOPQ0AnD0NAKg9DQDyPQ0ABT4NAEg+DQBWPg0Anj4NAKg+DQD0Pg0A/D4NAEo/DQBZPw0AoD8NAKU/DQD2Pw0A/T8NAExADQBYQA0ANL8SAK5ADQD4QA0A+0ANAE5BDQBRQQ0ApEENAL5BDQD6QQ0ABkINAFBCDQBjQg0ApkINALRCDQD8Qg0ABkMNAFJDDQB1Qw0Air8SALJDDQD+Qw0ACkQNAFREDQBbRA0AqkQNALJEDQAARQ0ABEUNAFZFDQBkRQ0ArEUNALZFDQACRg0ADUYNAFhGDQBgRg0ArkYNAL1GDQAERw0ACUcNAFpHDQBhRw0AsEcNALxHDQAGSA0ADkgNAOC/EgBySA0ADKUPAHVIDQCySA0AvEgNAAhJDQAUSQ0AXkkNAGFJDQC0SQ0AvkkNAApKDQANSg0AYEoNAHBKDQC2Sg0AuEoNAAxLDQAaSw0AYksNAHNLDQA2wBIAv0sNAIzAEgAnTA0AZEwNAG5MDQC6TA0AxkwNABBNDQATTQ0AZk0NAHBNDQDiwBIAwU0NABJODQAyTg0AaE4NAHBODQA4wRIAzE4NABRPDQAqTw0Aak8NAHZPDQDATw0Ax08NABZQDQAeUA0AbFANAHFQDQDCUA0Ay1ANABhRDQAiUQ0AblENAHZRDQDEUQ0A0lENABpSDQAnUg0AcFINAHhSDQCOwRIA1lINABxTDQAkUw0A5MESAHlTDQDIUw0A1FMNAB5UDQAlVA0AdFQNAHxUDQDKVA0A1FQNACBVDQAuVQ0AdlUNAIxVDQDMVQ0A2FUNACJWDQAnVg0AeFYNAIFWDQDOVg0A2FYNACRXDQAsVw0AelcNAH9XDQDQVw0A4FcNACZYDQAuWA0AOsISAIZYDQDSWA0A1VgNANhdDgDaWA0AkMISADZZDQB+WQ0AlFkNANRZDQDgWQ0AKloNADFaDQCAWg0AiFoNANZaDQDbWg0ALFsNADVbDQCCWw0AjFsNANhbDQDgWw0ALlwNADBcDQDwZw0APFwNAIRcDQCRXA0A2lwNAOJcDQDmwhIAPF0NAIZdDQCJXQ0A3F0NAOZdDQA8wxIAQF4NAIheDQCeXg0A3l4NAOpeDQA0Xw0AO18NAIpfDQCSXw0A4F8NAOVfDQA2YA0AP2ANAIxgDQCWYA0A4mANAOpgDQA4YQ0AOmENAI5hDQCeYQ0A5GENAO5hDQA6Yg0ARmINAJBiDQCWYg0A6MMSAPRiDQA8Yw0AUmMNAJJjDQCeYw0A6GMNAO1jDQA+ZA0AR2QNAJRkDQCeZA0A6mQNAPJkDQBAZQ0AYmUNAD7EEgClZQ0A7GUNAPhlDQBCZg0AQ2YNAJhmDQCiZg0A7mYNAPxmDQBEZw0ASWcNAJpnDQCnZw0AlMQSAABoDQBGaA0AUGgNAJxoDQCoaA0A8mgNAPhoDQBIaQ0AUGkNAJbFEgCjaQ0A9GkNAPxpDQBKag0AVmoNAF50DQBjag0AoGoNAKxqDQD2ag0A/moNAOzFEgBZaw0AomsNAKprDQD4aw0ABmwNAE5sDQBbbA0ApGwNAKdsDQD6bA0ABG0NAFBtDQBSbQ0Apm0NALNtDQD8bQ0AC24NAFJuDQBebg0AqG4NALBuDQBCxhIADm8NAFRvDQBcbw0Aqm8NALZvDQAAcA0ABnANAFZwDQBccA0ArHANALFwDQACcQ0ACHENAJjGEgBlcQ0ArnENALNxDQAEcg0ADnINAFpyDQBicg0AsHINALxyDQAGcw0AGXMNAFxzDQBqcw0AsnMNALVzDQAIdA0AEnQNAO7GEgBxdA0AtHQNAMJ0DQAKdQ0ADXUNAGB1DQBqdQ0ARMcSALt1DQAMdg0AxHUNAPSUDQAUdg0AYnYNAG52DQC4dg0AvnYNAA53DQDLdg0AmpINABR3DQBkdw0AaXcNALp3DQDAdw0AmscSABZ4DQBmeA0Aa3gNALx4DQDCeA0A8McSACB5DQBoeQ0Ag3kNAL55DQDKeQ0AFHoNABt6DQBGyBIAc3oNAMB6DQDNeg0AFnsNACJ7DQBsew0Af3sNAMJ7DQDDew0AGHwNACR8DQBufA0AfXwNAMR8DQDOfA0AGn0NACZ9DQBwfQ0Ad30NAJzIEgDMfQ0AHH4NACJ+DQByfg0Ad34NAMh+DQDOfg0ASMkSACd/DQB0fw0AgX8NAMp/DQDOfw0AIIANACKADQB2gA0Ag4ANAMyADQDWgA0AnskSACmBDQB4gQ0AgIENAM6BDQDagQ0AJIINADeCDQB6gg0AiYINANCCDQDcgg0AJoMNACeDDQB8gw0AhoMNANKDDQDggw0AKIQNAC2EDQB+hA0Ai4QNAPTJEgDghA0AKoUNADCFDQCAhQ0AhoUNANaFDQDbhQ0ALIYNADKGDQBKyhIAh4YNANiGDQDihg0A9soSADaHDQCEhw0AkYcNANqHDQDfhw0AMIgNADqIDQCGiA0AjogNANyIDQDoiA0AMokNAEWJDQCIiQ0AiYkNAN6JDQDqiQ0ANIoNAEOKDQCKig0AlIoNAOCKDQDoig0ANosNADiLDQBMyxIAlYsNAOKLDQDxiw0AOIwNAEeMDQCOjA0AmowNAOSMDQDnjA0AOo0NAD2NDQCiyxIAko0NAOaNDQDpjQ0API4NAESODQCSjg0An44NAOiODQDtjg0APo8NAEiPDQCUjw0AnI8NAOqPDQD2jw0AQJANAFOQDQCWkA0Al5ANAOyQDQD4kA0AQpENAFGRDQCYkQ0AopENAO6RDQD6kQ0ARJINAEuSDQD4yxIAqZINAPCSDQD8kg0ARpMNAEeTDQCckw0AppMNAPKTDQAAlA0ASJQNAE2UDQCelA0Aq5QNAE7MEgAFlQ0ApMwSAFeVDQCglQ0ArpUNAPaVDQAHlg0ATJYNAG6WDQD6zBIAp5YNAPiWDQColg0AEM4NAACXDQBOlw0AT5cNAKybDQBRlw0ArpwNAFOXDQCqmg0AVJcNAAaeDQBVlw0AqJkNAF2XDQCklw0AZ5cNAAyhDQCplw0A+pcNAAeYDQBQmA0AXZgNAKaYDQCymA0A/JgNAAuZDQBSmQ0AXJkNAFDNEgC2mQ0A/pkNAACaDQBUmg0AZZoNAKbNEgCrmg0AAJsNAAybDQBWmw0AY5sNAPzNEgC6mw0AApwNAA+cDQBYnA0Ab5wNAFLOEgC3nA0AXp8NALicDQAEnQ0ABp0NAFqdDQBgnQ0AsJ0NALqdDQCozhIAEp4NAFyeDQBeng0Asp4NAMGeDQAInw0AE58NAP7OEgBtnw0AtJ8NAMOfDQAKoA0AFqANAGCgDQBsoA0AtqANAL2gDQBUzxIAGKENAGKhDQBqoQ0Aqs8SANGhDQAOog0AH6INAGSiDQBwog0AANASAMGiDQAQow0AGKMNAGajDQBnow0AvKMNAMKjDQASpA0AF6QNAGikDQBppA0AvqQNAMqkDQAUpQ0AGqUNAGqlDQB0pQ0AwKUNAM6lDQAgqw0A1KUNABamDQAepg0AVtASAHymDQDCpg0AyqYNABinDQAhpw0AbqcNACWnDQAeqg0Ae6cNAMSnDQDLpw0AGqgNACaoDQBwqA0AgKgNAMaoDQDUqA0AHKkNACmpDQByqQ0AfqkNAMipDQDPqQ0ArNASACeqDQB0qg0AhaoNAMqqDQDbqg0AAtESACyrDQB2qw0AeasNAMyrDQDUqw0AIqwNACesDQB4rA0AiKwNAM6sDQDWrA0AJK0NAC2tDQB6rQ0AMa0NACqwDQCHrQ0A0K0NANetDQAmrg0AMq4NAHyuDQCMrg0A0q4NAOCuDQAorw0ANa8NAH6vDQCKrw0A1K8NANuvDQBY0RIAM7ANAICwDQCRsA0A1rANAOewDQCu0RIAMbENAIKxDQCPsQ0A2LENAOSxDQAusg0AOLINAISyDQCYsg0A2rINANuyDQAwsw0APLMNAIazDQClsw0A3LMNAOSzDQAytA0AN7QNAIi0DQChtA0A3rQNAAq1DQA0tQ0AQLUNAIq1DQCZtQ0A4LUNAOq1DQA2tg0APrYNAIy2DQCXtg0A4rYNAOS2DQA4tw0AO7cNAI63DQCWtw0A5LcNAPG3DQA6uA0AP7gNAJC4DQCYuA0A5rgNAOi4DQA8uQ0ARrkNAJK5DQCcuQ0A6LkNAO65DQA+ug0ATLoNAJS6DQCtug0A6roNAPO6DQBAuw0ASrsNAJa7DQCiuw0ABNISAPi7DQBCvA0ATLwNAJi8DQCjvA0A7rwNAPO8DQBEvQ0AS70NAJq9DQCivQ0A8L0NAB2+DQBa0hIATb4NAJy+DQCkvg0A8r4NAB+/DQBIvw0ATb8NAJ6/DQCfvw0A9L8NAP6/DQBKwA0AWMANAKDADQClwA0A9sANAAPBDQBMwQ0AaMENAKLBDQC+wQ0AsNISAAXCDQBOwg0AUsINAKTCDQCqwg0A+sINAPzCDQBQww0AUcMNAKbDDQDJww0A/MMNACDEDQBSxA0Af8QNAKjEDQCwxA0A/sQNAAPFDQBUxQ0AYcUNAKrFDQCyxQ0AAMYNAALGDQBWxg0AXsYNAKzGDQDZxg0AAscNAA/HDQBYxw0AXccNAK7HDQC7xw0ABMgNABDIDQBayA0Ah8gNALDIDQC4yA0ABskNACHJDQBcyQ0AXskNALLJDQDDyQ0ACMoNABHKDQBeyg0AasoNAAbTEgDByg0ACssNACXLDQBgyw0AZcsNALbLDQDWyw0ADMwNABjMDQBizA0AaswNAFzTEgDGzA0ADs0NABjNDQBkzQ0Ab80NALrNDQDCzQ0ACNQSABnODQBmzg0AcM4NALzODQDHzg0AEs8NACbPDQBozw0Afc8NAL7PDQDGzw0AFNANACvQDQBq0A0Ab9ANAMDQDQDK0A0AFtENAB7RDQBe1BIAbtENAMLRDQDT0Q0AGNINABvSDQBu0g0AetINALTUEgDS0g0AGtMNACvTDQAK1RIAc9MNAMbTDQDJ0w0AHNQNACjUDQBy1A0AeNQNAMjUDQDS1A0AYNUSACvVDQB01Q0Ai9UNAMrVDQDS1Q0AttUSACbWDQB21g0AfNYNAMzWDQDk1g0AItcNACTXDQB41w0Ae9cNAM7XDQDR1w0AJNgNADDYDQB62A0AgNgNANDYDQDa2A0AYtYSACvZDQB82Q0AidkNALjWEgDi2Q0AKNoNADTaDQB+2g0AhNoNANTaDQDg2g0AKtsNAOLaDQBClxAAN9sNAIDbDQCP2w0A1tsNAOLbDQAs3A0ANNwNAA7XEgCK3A0A2NwNANrcDQAu3Q0APd0NAITdDQCO3Q0A2t0NAOPdDQAw3g0AMt4NAIbeDQCX3g0A3N4NAPHeDQAy3w0AOt8NAIjfDQDJ3w0A3t8NAObfDQA04A0AQOANAIrgDQCd4A0A4OANAOHgDQA24Q0AQuENAIzhDQCb4Q0A4uENAOzhDQA44g0AROINAI7iDQCV4g0AutcSAADjDQAQ2BIAPeMNAJDjDQCY4w0A5uMNAPPjDQA85A0AQeQNAJLkDQCc5A0A6OQNAPDkDQA+5Q0ASOUNAJzpDQBO5Q0AoOsNAGvlDQCU5Q0AnuUNAOrlDQCk5Q0AmOcNAPDlDQBA5g0ASeYNAJbmDQCi5g0A7OYNABnnDQBC5w0AXucNALzYEgCa5w0A7ucNAP/nDQBE6A0AR+gNAJroDQCm6A0A8OgNAB3pDQBG6Q0AYukNABLZEgCi6Q0A8ukNAPvpDQBI6g0AUuoNAJ7qDQCp6g0A9OoNAAjrDQBK6w0AZusNAGjZEgCi6w0A9usNAAfsDQBM7A0AT+wNAKLsDQC27A0A+OwNABTtDQC+2RIAVu0NABTaEgCs7Q0AatoSAAbuDQBQ7g0AVu4NAKbuDQCs7g0A/O4NAAHvDQBS7w0AWO8NAMDaEgCy7w0A/u8NAAbwDQBs2xIAWvANAKrwDQCy8A0AAPENAA3xDQBW8Q0AYvENAKzxDQCu8Q0AAvINAAjyDQBY8g0AYPINAMLbEgC78g0ABPMNAAvzDQBa8w0AYvMNALDzDQC18w0ABvQNABb0DQBc9A0AZPQNALL0DQDA9A0ACPUNABX1DQBe9Q0AX/UNALT1DQC99Q0ACvYNABT2DQAY3BIAbPYNALb2DQC59g0ADPcNABT3DQBi9w0Ab/cNALj3DQC99w0ADvgNABj4DQBk+A0AbPgNALr4DQDG+A0AEPkNACP5DQBm+Q0AdPkNALz5DQC/+Q0AEvoNABz6DQBu3BIAbfoNAL76DQDK+g0AFPsNABf7DQBq+w0AcvsNAMD7DQDN+w0AFvwNABv8DQBs/A0AdvwNAML8DQDK/A0AGP0NACT9DQBu/Q0Agf0NAMT9DQDS/Q0AGv4NAB3+DQBw/g0Aev4NAMTcEgDM/g0AHP8NACj/DQBy/w0AdP8NAMj/DQDP/w0AHgAOADIADgB0AA4AfAAOAMoADgDWAA4AIAEOADMBDgB2AQ4AhAEOAMwBDgDPAQ4AIgIOACwCDgB4Ag4AewIOABrdEgDpAg4AJAMOACYDDgB6Aw4AiAMOANADDgDhAw4AJgQOACgEDgB8BA4AlQQOANIEDgDjBA4AKAUOADQFDgBw3RIAhwUOANQFDgDhBQ4AKgYOADQGDgCABg4AjgYOANYGDgDsBg4ALAcOADgHDgCCBw4AjgcOANgHDgDrBw4ALggOAD0IDgCECA4AkAgOANoIDgDbCA4AMAkOADoJDgCGCQ4AlAkOANwJDgDhCQ4AMgoOAD8KDgDG3RIAlgoOAN4KDgD0Cg4ANAsOAEALDgCKCw4AkQsOAOALDgDoCw4ANgwOADsMDgCMDA4AlQwOAOIMDgDsDA4AOA0OAEANDgCODQ4Akg0OAOQNDgDmDQ4AOg4OAEgODgCQDg4Amg4OAOYODgD0Dg4APA8OAEkPDgCSDw4AqQ8OAOgPDgDwDw4APhAOAE4QDgCUEA4AmRAOAOoQDgDwEA4AQBEOAEgRDgCWEQ4AmxEOAOwRDgDtEQ4AQhIOAE4SDgCYEg4AnhIOAO4SDgDwEg4ARBMOAE4TDgCaEw4AqBMOAPATDgD1Ew4ARhQOAFMUDgDI3hIAohQOAPIUDgD3FA4ASBUOAE4VDgAe3xIAoxUOAPQVDgABFg4AShYOAFcWDgCgFg4ArBYOAPYWDgAFFw4ATBcOAFYXDgCiFw4AsBcOAPgXDgD9Fw4AThgOAFsYDgCkGA4ArBgOACDgEgAGGQ4AUBkOAGAZDgCmGQ4ArxkOAPwZDgD/GQ4AUhoOAF4aDgCoGg4ArxoOAHbgEgADGw4AVBsOAGEbDgCqGw4AtxsOAAAcDgAMHA4AVhwOAGUcDgCsHA4AthwOAAIdDgAQHQ4AWB0OAF0dDgCuHQ4Aux0OAAQeDgAMHg4AzOASAGYeDgCwHg4AwB4OAAYfDgAPHw4AXB8OAF8fDgCyHw4Avh8OAAggDgAPIA4AIuESAGMgDgC0IA4AvSAOAEpHEQDBIA4ACiEOABchDgBgIQ4AbCEOALYhDgDFIQ4ADCIOABYiDgBiIg4AcCIOALgiDgC9Ig4ADiMOABsjDgBkIw4AbCMOAHjhEgDGIw4AECQOACAkDgBmJA4AbyQOALwkDgC/JA4AEiUOAB4lDgBoJQ4AbyUOAM7hEgDVJQ4AFCYOABomDgBqJg4AdiYOAMAmDgDXJg4AFicOABgnDgBsJw4AdicOAMInDgDOJw4AGCgOACQoDgBuKA4AdCgOAMQoDgDKKA4AGikOAB8pDgBwKQ4AdikOACTiEgDUKQ4AHCoOACkqDgByKg4AiSoOAMgqDgDQKg4AHisOACErDgB0Kw4AgCsOAMorDgDbKw4AICwOACwsDgB2LA4AhSwOAMwsDgDWLA4AIi0OAC4tDgB4LQ4Afy0OAM4tDgDWLQ4AJC4OAC4uDgB6Lg4Ahi4OANAuDgDTLg4AJi8OADAvDgB64hIAli8OANDiEgDcLw4AKDAOACowDgB+MA4AhDAOANQwDgDeMA4AKjEOADIxDgB84xIAgzEOAEhvEACLMQ4A1jEOANcxDgAsMg4ANjIOAIIyDgCtMg4A0uMSAOgyDgAuMw4AMDMOAIQzDgCSMw4A2jMOAOszDgAo5BIANjQOAIY0DgCSNA4A3DQOAN40DgAyNQ4ANTUOAIg1DgCNNQ4A3jUOAOs1DgA0Ng4AUDYOAIo2DgCSNg4A1OQSAO02DgA2Nw4AUTcOAIw3DgCONw4A4jcOAPM3DgA4OA4ARjgOAI44DgCVOA4A5DgOAOw4DgA6OQ4APzkOAJA5DgCZOQ4A5jkOAPA5DgA8Og4APToOAJI6DgCbOg4A6DoOAPI6DgA+Ow4ARjsOAJQ7DgCkOw4A6jsOAPA7DgBAPA4ARTwOAJY8DgCsPA4A7DwOAPQ8DgBCPQ4ART0OAJg9DgBRPQ4A8D4OALg9DgDuPQ4A/D0OAEQ+DgBFPg4AKuUSAKo+DgCA5RIAAT8OAEY/DgBSPw4AnD8OAJ4/DgDyPw4A/z8OANblEgBOQA4AnkAOAL5ADgD0QA4A/EAOACzmEgAAQQ4A0FkOAE1BDgCgQQ4AqkEOAILmEgD/QQ4ATEIOAGJCDgCiQg4AuEIOAPhCDgD6Qg4ATkMOAFRDDgCkQw4AuEMOAC7nEgAHRA4AhOcSAFdEDgCmRA4ArkQOAPxEDgAGRQ4AUkUOAF5FDgCoRQ4Aq0UOAP5FDgAIRg4A2ucSAF1GDgCqRg4AwEYOAABHDgAWRw4AVkcOAFhHDgCsRw4AskcOAAJIDgAWSA4AhugSAFpIDgCuSA4AaEgOAEiaEADOSA4A3OgSAAtJDgBaSQ4AYkkOALBJDgC6SQ4ABkoOABJKDgBcSg4AX0oOALJKDgC8Sg4AMukSABFLDgBeSw4AdEsOALRLDgDKSw4ACkwOAAxMDgBgTA4AZkwOALZMDgDKTA4A3ukSAA5NDgBiTQ4AcE0OALhNDgDJTQ4ANOoSABVODgCK6hIAcE4OALpODgC9Tg4AEE8OABpPDgA26xIAb08OALxPDgDSTw4AElAOAChQDgBoUA4AalAOAL5QDgDEUA4AFFEOAChRDgDi6xIAdlEOAMBRDgDCUQ4AFlIOADZSDgA47BIAdlIOAMJSDgDOUg4AGFMOABtTDgBuUw4AeFMOAI7sEgDNUw4AGlQOADBUDgBwVA4AhlQOAMZUDgDIVA4AHFUOACJVDgByVQ4AhlUOADrtEgDMVQ4AHlYOACZWDgB0Vg4AflYOAMpWDgDWVg4AIFcOACNXDgB2Vw4AgFcOAJDtEgDVVw4AIlgOADhYDgB4WA4AjlgOAM5YDgDQWA4AJFkOACpZDgB6WQ4AjlkOADzuEgDXWQ4AJloOAC5aDgB8Wg4AhloOANJaDgDeWg4AKFsOACtbDgB+Ww4AiFsOAJLuEgDdWw4AKlwOAEBcDgCAXA4AllwOANZcDgDYXA4ALF0OADJdDgCCXQ4All0OAD7vEgDgXQ4ALl4OAPRdDgD0ShMANF4OALB2DwA+Xg4AhF4OAD9eDgDM2g8AR14OAB7ZDwCGXg4A2l4OAOheDgAwXw4AQV8OAJTvEgCNXw4A6u8SAOVfDgBuVQ8A6F8OADJgDgA1YA4AiGAOAJFgDgDeYA4A72AOADRhDgA+YQ4AimEOAJJhDgDgYQ4ApmEOALakDwDjYQ4ANmIOAD9iDgCMYg4AomIOAOJiDgD4Yg4AOGMOADpjDgCOYw4AlGMOAORjDgD4Yw4AQPASAGJkDgCQZA4AuGQOAJbwEgDsZA4A8kEPAPJkDgCUZg4A82QOAKBDDwD1ZA4AnkIPAPZkDgA8ZQ4APmUOAJJlDgCgZQ4A6GUOAPllDgDs8BIARmYOAELxEgCaZg4A6mYOAPBmDgBAZw4ARWcOAJZnDgCcZw4AmPESAPhnDgBCaA4ASmgOAETyEgCkaA4A7mgOAPhoDgBEaQ4ATWkOAJppDgCbaQ4A8GkOAPhpDgBGag4AS2oOAJxqDgCsag4A8PISAP5qDgBIaw4ASmsOAJ5rDgCkaw4A9GsOAPtrDgBKbA4AT2wOAKBsDgCkbA4A9mwOAANtDgBMbQ4AVG0OAKJtDgCnbQ4A+G0OAAhuDgBG8xIAX24OAKRuDgCwbg4A+m4OAAlvDgBQbw4AWm8OAKZvDgC0bw4A/G8OAAlwDgBScA4AaXAOAJzzEgCrcA4ASPQSAAFxDgBUcQ4ABXEOABgHEwBccQ4AqnEOANJxDgAAcg4AKHIOAFZyDgB+cg4AnvQSALVyDgACcw4AA3MOAFhzDgBncw4ArnMOAG5zDgBcdQ4Av3MOAAR0DgAGdA4AWnQOAF10DgCwdA4As3QOAAZ1DgAOdQ4AoPUSAGF1DgCydQ4AuXUOAAh2DgARdg4AXnYOAG92DgC0dg4AwHYOAAp3DgASdw4A9vUSAGZ3DgC2dw4AvXcOAAx4DgAReA4AYngOAGZ4DgC4eA4AxXgOAA55DgAdeQ4AZHkOAHV5DgC6eQ4AvHkOABB6DgATeg4AZnoOAGl6DgC8eg4AxHoOAEz2EgAXew4ATsQOAB17DgC4fBAAHnsOAGh7DgBrew4AvnsOAMh7DgCi9hIAHXwOAGp8DgB5fA4AwHwOAM98DgAWfQ4AIn0OAGx9DgBvfQ4Awn0OAMV9DgD49hIAG34OAG5+DgCWfg4ATvcSAMx+DgCk9xIAIn8OAPr3EgB+fw4Axn8OANd/DgAcgA4AKIAOAHKADgCVgA4AyIAOAMuADgAegQ4AQoEOAHSBDgB8gQ4ApvgSAMyBDgAggg4ALoIOAHaCDgCHgg4A/PgSANOCDgBS+RIAKoMOAP75EgB9gw4AzoMOANuDDgAkhA4AJ4QOAHqEDgB/hA4A0IQOAOGEDgAmhQ4AMoUOAFT6EgCBhQ4A0oUOAOOFDgAohg4ANIYOAH6GDgCYhg4A1IYOANiGDgDYiA4A24YOADKLDgDehg4AiowOAOCGDgDaiQ4A4oYOANaHDgDlhg4AKocOAC+HDgCAhw4Al4cOAKr6EgDjhw4ALIgOADyIDgCCiA4Ah4gOAAD7EgDaiA4ALokOADSJDgCEiQ4AkYkOAFb7EgDgiQ4AMIoOADaKDgCGig4Ai4oOANyKDgDiig4ArPsSAD6LDgCIiw4AoYsOAN6LDgDniw4ANIwOAEuMDgAC/BIAkIwOAOCMDgDijA4ANo0OAEWNDgCMjQ4AmI0OAFj8EgDkjQ4AOI4OAEmODgCOjg4AnI4OAOSODgDrjg4AOo8OADyPDgCQjw4Amo8OAOaPDgD0jw4APJAOAEGQDgCSkA4An5AOAOiQDgDwkA4APpEOAEKRDgCUkQ4AlpEOAOqRDgDwkQ4AQJIOAE2SDgCu/BIAo5IOAOySDgADkw4AQpMOAF6TDgAE/RIApJMOAO6TDgDvkw4ARJQOAEqUDgCalA4AppQOAPCUDgD/lA4ARpUOAEiVDgCclQ4AppUOAPKVDgAAlg4ASJYOAE2WDgCelg4Aq5YOAPSWDgD8lg4ASpcOAE6XDgCglw4AopcOAPaXDgD8lw4ATJgOAFmYDgBa/RIAr5gOAPiYDgAPmQ4ATpkOAGqZDgCw/RIArZkOAPqZDgAImg4AUJoOAFqaDgCmmg4AspoOAPyaDgD/mg4AUpsOAG6bDgComw4AsJsOAAb+EgAKnA4AVJwOAFecDgCqnA4AtJwOAAj/EgAJnQ4AVp0OAGSdDgCsnQ4Atp0OAAKeDgAOng4AWJ4OAGCeDgC0/xIAsJ4OAASfDgASnw4AWp8OAGufDgAKABMAt58OAGAAEwALoA4AXKAOAGSgDgCyoA4AuKAOAAihDgARoQ4AXqEOAGuhDgAMARMAuaEOAAqiDgDAoQ4AuKMOABOiDgBgog4AaqIOALaiDgC+og4ADKMOAFKjDgBiow4AaqMOAGIBEwC+ow4ADqQOABSkDgBkpA4AbKQOALqkDgAApQ4AEKUOABilDgC4ARMAbqUOAA4CEwDFpQ4AEqYOACCmDgBopg4AcqYOAL6mDgDKpg4AFKcOABenDgBqpw4AcqcOALoCEwDMpw4AFqgOABmoDgBsqA4AdqgOABADEwDKqA4AZgMTACapDgBuqQ4Af6kOAMSpDgDQqQ4AGqoOAB2qDgC8AxMAuKoOAMaqDgAOqw4AEgQTACyrDgByqw4AdKsOAMirDgDWqw4AHqwOAC+sDgBoBBMAkKwOAMqsDgDSrA4AvgQTACatDgBeIg8AM60OAHatDgCFrQ4AzK0OANitDgAirg4AI64OAHiuDgCCrg4Azq4OANyuDgAkrw4AKa8OAHqvDgCHrw4AFAUTAN6vDgAmsA4AM7AOAHywDgCEsA4AagUTAN6wDgAosQ4AVLEOAH6xDgCKsQ4A1LEOAOOxDgAqsg4ANLIOAICyDgCOsg4A1rIOANuyDgAssw4AObMOAIKzDgCKsw4A2LMOAOazDgAutA4AO7QOAIS0DgCMtA4AwAUTANy0DgDG1w8A6LQOADC1DgA6tQ4AhrUOAJK1DgDctQ4A47UOADK2DgA6tg4AiLYOAIy2DgDetg4A7LYOADS3DgA+tw4AircOAJW3DgDgtw4A6LcOADa4DgA4uA4AjLgOAJS4DgDiuA4A77gOADi5DgA9uQ4AjrkOAJu5DgDkuQ4AAroOADq6DgBrug4AkLoOAJy6DgDmug4A7LoOADy7DgBBuw4AkrsOAJq7DgDouw4A9LsOAD68DgBRvA4AlLwOAKK8DgDqvA4A9LwOAEC9DgBIvQ4Alr0OAKW9DgDsvQ4A8b0OAEK+DgBJvg4AmL4OAKS+DgDuvg4ACr8OAES/DgBMvw4AFgYTAJy/DgDwvw4A/r8OAEbADgBTwA4AnMAOAKrADgDywA4A/8AOAEjBDgBfwQ4AnsEOAKbBDgD0wQ4AAsIOAErCDgBXwg4AoMIOAKjCDgDCBhMABMMOAEzDDgBNww4AbgcTAK7DDgD4ww4A/8MOAMQHEwBVxA4ApMQOAKnEDgAaCBMAAsUOAHAIEwBYxQ4ApsUOAI7FDgDqFhEAp8UOAKYbDwCpxQ4Aqh0PAK/FDgD8xQ4AsMUOAE4aDwC2xQ4AqBwPAMTFDgAesBAACcYOAFLGDgBdxg4AqMYOAKrGDgD+xg4AC8cOAFTHDgBbxw4AqscOALvHDgAAyA4ADMgOAFbIDgBdyA4ArMgOALTIDgDGCBMACMkOAFjJDgBeyQ4ArskOALPJDgAEyg4ACsoOABwJEwBmyg4AsMoOALrKDgAGyw4ACssOAFzLDgBoyw4AsssOAL7LDgAIzA4AFcwOAF7MDgBmzA4AtMwOAL7MDgAKzQ4AFs0OAGDNDgBjzQ4Ats0OAMDNDgDICRMADs4OAGLODgBlzg4AuM4OALvODgB0ChMAFs8OAMoKEwByzw4Aus8OALvPDgAgCxMAGNAOAHYLEwBr0A4AvNAOAMPQDgAS0Q4AF9EOAMwLEwBw0Q4AIgwTAMbRDgAU0g4AHtIOAGrSDgB10g4AwNIOAM7SDgAW0w4AGdMOAGzTDgB00w4AwtMOAMzTDgAY1A4AJNQOAG7UDgBx1A4AxNQOAM7UDgB4DBMAKNUOAHDVDgCG1Q4AxtUOANLVDgAc1g4AI9YOAHLWDgB61g4AyNYOAM3WDgAe1w4AJ9cOAHTXDgB+1w4AytcOANLXDgAg2A4AItgOAHbYDgCG2A4AzNgOANbYDgAi2Q4ALtkOAHjZDgB+2Q4AztkOANbZDgAkDRMAMtoOAHraDgB72g4Aeg0TANXaDgDQDRMAKNsOAHzbDgB92w4A0tsOANXbDgAo3A4AM9wOAH7cDgCD3A4A1NwOAN7cDgAmDhMATt0OAIDdDgCI3Q4AfA4TANjdDgAs3g4APd4OAILeDgCT3g4A2N4OANveDgDSDhMANN8OAITfDgCJ3w4A2t8OAN3fDgAw4A4AM+AOAIbgDgCO4A4AKA8TAOrgDgAy4Q4ANeEOAIjhDgCT4Q4A3uEOAOrhDgA04g4AO+IOAIriDgCS4g4A4OIOAO7iDgA24w4AQ+MOAIzjDgCU4w4Afg8TAO7jDgA45A4AO+QOAI7kDgCY5A4A5OQOAOzkDgDUDxMARuUOAJDlDgCW5Q4A5uUOAPDlDgA85g4AUOYOAJLmDgCa5g4AKhATAPXmDgA+5w4ARucOAJTnDgCX5w4A6ucOAPbnDgBA6A4ASugOAJboDgCf6A4A7OgOAO3oDgBC6Q4AWukOAJjpDgCa6Q4A7ukOAP/pDgBE6g4AVeoOAJrqDgCi6g4A8OoOAP/qDgBG6w4ASOsOAJzrDgCt6w4A8usOAAPsDgBI7A4AYewOAJ7sDgCg7A4A9OwOAAPtDgBK7Q4Aau0OANYQEwCi7Q4A9u0OABbuDgBM7g4AYO4OAC4SEwCq7g4A+O4OAAXvDgBO7w4AU+8OAKTvDgCu7w4A+u8OAALwDgBQ8A4AVvAOAKbwDgCv8A4A/PAOAAnxDgCEEhMAXvEOAKjxDgCu8Q4A/vEOAATyDgBU8g4AXfIOAKryDgCr8g4AAPMOAArzDgBW8w4AYvMOAKzzDgCz8w4A2hITAAr0DgAwExMAYPQOAIYTEwC29A4A3BMTABD1DgBa9Q4AavUOALD1DgC19Q4ABvYOAAz2DgBc9g4AaPYOALL2DgC69g4AMhQTABn3DgBe9w4Ab/cOALT3DgDG9w4ACvgOABL4DgBg+A4Aa/gOALb4DgC7+A4ADPkOABH5DgBi+Q4AgvkOAIgUEwDI+Q4ADvoOABj6DgBk+g4AcPoOALr6DgDA+g4AEPsOABj7DgBm+w4AaPsOALz7DgBy+w4AcgEPAM37DgAS/A4AI/wOAGj8DgB6/A4AvvwOAMb8DgAU/Q4AH/0OAGr9DgBv/Q4AwP0OAMX9DgAW/g4ANv4OAN4UEwBu/g4Awv4OANH+DgAY/w4AI/8OAG7/DgCA/w4AxP8OAMz/DgAaAA8AJQAPAHAADwB1AA8AxgAPAMsADwAcAQ8APAEPADQVEwB0AQ8AyAEPANcBDwAeAg8AKQIPAHQCDwCGAg8AygIPANICDwAgAw8AKwMPAHYDDwB7Aw8AzAMPANEDDwAiBA8AQgQPAIoVEwCFBA8AzgQPAOUEDwDgFRMAMQUPAHoFDwCRBQ8ANhYTAN0FDwAmBg8ALQYPAHwGDwCKBg8A0gYPAN8GDwAoBw8APwcPAIwWEwCGBw8A4hYTANYHDwAqCA8AOAgPAIAIDwCRCA8AOBcTAOMIDwAsCQ8AQwkPAI4XEwCMCQ8A2AkPAOQJDwAuCg8AMQoPAIQKDwCOCg8A5BcTAPYKDwA6GBMAOAsPAJAYEwCOCw8A3AsPAN0LDwCODw8A3wsPAIoNDwDjCw8AnBYPAOYLDwAyDA8A6wsPAJIRDwDsCw8AkBAPADcMDwDwFQ8APgwPAIgMDwCLDA8A3gwPAOgMDwDmGBMAPA0PADwZEwCTDQ8A4A0PAKoNDwCYFA8A7g0PADYODwBADg8AjA4PAJgODwDiDg8A5Q4PADgPDwBADw8AkhkTAJAPDwDkDw8A5w8PADoQDwA9EA8A6BkTAJIQDwDmEA8A9BAPADwRDwBNEQ8AlBoTAJQRDwDoEQ8A9REPAD4SDwBNEg8AlBIPAKASDwDqEg8A+xIPAEATDwBREw8AlhMPAKITDwDsEw8A8xMPAEIUDwBKFA8AQBsTAKYUDwDuFA8A7xQPAJYbEwBQFQ8AmhUPAKEVDwDsGxMA9xUPAEYWDwBLFg8AmBwTAKUWDwDyFg8A+BYPAEgXDwBKFw8AnhcPAKgXDwD0Fw8AAhgPAEoYDwBPGA8AoBgPAK0YDwD2GA8ADhkPAEwZDwBiGQ8AohkPAKUZDwD4GQ8AABoPAEQdEwBaGg8ApBoPAKcaDwD6Gg8ABBsPAJodEwBYGw8A8B0TAKgbDwD8Gw8A/xsPAFIcDwBVHA8ARh4TAKocDwD+HA8ADB0PAFQdDwBlHQ8A8h4TALMdDwAAHg8ADh4PAFYeDwAZHg8AIt0QAGAeDwCsHg8AuB4PAAIfDwAFHw8AWB8PAGAfDwCeHxMAyB8PAPQfEwAeIA8AWiAPAHQgDwBKIBMAtSAPALgkDwC+IA8AZCUPAMAgDwAGIQ8ACCEPAFwhDwBqIQ8AsiEPAMMhDwCgIBMADyIPAPYgEwBkIg8AtCIPALkiDwAKIw8AECMPAEwhEwBmIw8AtiMPALsjDwAMJA8AIiQPAGIkDwBqJA8A+CETANgkDwAOJQ8AFiUPAE4iEwB7JQ8AuiUPAMclDwAQJg8AFSYPAGYmDwBsJg8AvCYPAMgmDwASJw8AGScPAGgnDwBwJw8AvicPAOEnDwD6IhMAISgPAGooDwB5KA8AwCgPAMIoDwAWKQ8AHykPAGwpDwCDKQ8AwikPAM0pDwAYKg8AIioPAG4qDwB2Kg8ApiMTAMoqDwAaKw8AICsPAHArDwB1Kw8AxisPAMwrDwD8IxMAPiwPAHIsDwB6LA8AqCQTANEsDwAeLQ8AHy0PAHQtDwB8LQ8Ayi0PANUtDwAgLg8AJS4PAHYuDwB7Lg8AzC4PAOwuDwD+JBMAKC8PAHgvDwB/Lw8Azi8PANMvDwAkMA8AKDAPAHowDwCHMA8A0DAPANgwDwAmMQ8AMTEPAHwxDwCBMQ8A0jEPANcxDwAoMg8ASDIPAFQlEwCNMg8A1DIPAN8yDwAqMw8AMjMPAIAzDwCDMw8A1jMPAIozDwDcNg8A4jMPACw0DwA2NA8AgjQPAIs0DwDYNA8A2TQPAC41DwA2NQ8AhDUPAI81DwDaNQ8A3zUPADA2DwA1Ng8AhjYPAKY2DwCqJRMA6DYPADI3DwA0Nw8AiDcPAI43DwDeNw8A5TcPADQ4DwA5OA8AijgPAI44DwDgOA8A7TgPADY5DwA+OQ8AjDkPAJc5DwDiOQ8A5zkPADg6DwA9Og8AjjoPAK46DwAAJhMA7DoPAFYmEwBEOw8AkDsPAJk7DwDmOw8A7DsPADw8DwBIPA8AkjwPALA8DwDoPA8A6TwPAD49DwBAPQ8AlD0PAKE9DwDqPQ8A+D0PAEA+DwBPPg8Alj4PALI+DwDsPg8A9D4PAAInEwBVPw8AmD8PAJk/DwDuPw8A+j8PAERADwBTQA8AmkAPAKRADwDwQA8A/EAPAEZBDwBNQQ8AWCcTAKRBDwCuJxMA+0EPAEhCDwBVQg8ABCgTAKNCDwD0Qg8AAUMPAEpDDwBUQw8AWigTAKJDDwD2Qw8ADEQPAExEDwBYRA8AsCgTAKpEDwAUgBAAwEQPAPhEDwAARQ8ARMEPABZFDwBORQ8AVkUPAKRFDwBwRQ8ABqQQAKVFDwBSRw8Ap0UPAKpIDwCwRQ8AXKQQALRFDwD6RQ8A/EUPAFBGDwBeRg8ApkYPALdGDwAGKRMABEcPAFwpEwBURw8AqEcPAKtHDwD+Rw8AAUgPALIpEwBcSA8ACCoTALRIDwBaoQ8AykgPAABJDwAOSQ8AVkkPAFdJDwBeKhMAtEkPALQqEwAlSg8ACisTAGVKDwCuSg8AvEoPAARLDwAOSw8AWksPAGJLDwCwSw8AsUsPALpQDwDLSw8AYE4PANxLDwAGTA8AD0wPAFxMDwBdTA8AskwPAMBMDwAITQ8AEk0PAF5NDwBqTQ8AtE0PALpNDwAKTg8AJk4PAGArEwBuTg8Atk4PAMNODwAMTw8AFk8PAGJPDwBkTw8AuE8PAM9PDwAOUA8AGlAPAGRQDwCAUA8AtisTAMtQDwAQUQ8AElEPAGZRDwBwUQ8AvFEPAMxRDwASUg8AF1IPAGhSDwBuUg8AvlIPANRSDwAUUw8AHFMPAGpTDwBtUw8AwFMPAMlTDwAWVA8AJFQPAGxUDwB2VA8AwlQPAM5UDwAYVQ8ANFUPAAwsEwB7VQ8AxFUPAMxVDwAaVg8AHVYPAHavDwAqVg8AcFYPAHJWDwB0rg8AflYPAMZWDwDTVg8AHFcPACpXDwByVw8AdVcPAMhXDwDTVw8AHlgPACpYDwB0WA8Ae1gPAMpYDwDSWA8AIFkPACJZDwB2WQ8AhlkPAMxZDwDWWQ8AIloPAC5aDwB4Wg8AfloPAM5aDwDWWg8AYiwTACZbDwB6Ww8AiFsPANBbDwDdWw8AJlwPADJcDwB8XA8AglwPANJcDwDVXA8AKF0PADBdDwB+XQ8AgF0PAIhiDwCBXQ8ALF8PAI5dDwDUXQ8A1l0PADxnDwDZXQ8AKl4PADNeDwCAXg8AjV4PANZeDwDdXg8AuCwTADVfDwCMZA8ANl8PANpgDwBMXw8Agl8PAJBfDwDYXw8A2V8PAA4tEwA6YA8AhGAPAItgDwBkLRMA3GAPADBhDwA2YQ8AhmEPAJBhDwDcYQ8A6GEPADJiDwA5Yg8Aui0TAKFiDwDeYg8A42IPADRjDwA6Yw8AimMPAJRjDwDgYw8A7GMPADZkDwA9ZA8AEC4TAJtkDwDiZA8A8WQPADhlDwBEZQ8AjmUPAJFlDwDkZQ8A52UPADpmDwBKZg8AkGYPAJlmDwDmZg8A92YPAGYuEwBKZw8AkmcPAKNnDwC8LhMA72cPABIvEwBGaA8AlGgPAJZoDwCebQ8Al2gPAEJqDwCkaA8A6mgPAOxoDwBScg8A72gPAEBpDwBJaQ8AlmkPAKNpDwDsaQ8A82kPAGgvEwBLag8Aom8PAExqDwDwaw8AYmoPAJhqDwCmag8A7moPAO9qDwC+LxMAUGsPAJprDwChaw8AFDATAPJrDwBGbA8ATGwPAJxsDwCmbA8A8mwPAP5sDwBIbQ8AT20PAGowEwC3bQ8A9G0PAPltDwBKbg8AUG4PAKBuDwCqbg8A9m4PAAJvDwBMbw8AU28PAMAwEwCxbw8A+G8PAAdwDwBOcA8AWnAPAKRwDwCncA8A+nAPAP1wDwBQcQ8AYHEPAKZxDwCvcQ8A/HEPAA1yDwAWMRMAYHIPAKhyDwC5cg8AbDETAAVzDwDCMRMAXHMPAKpzDwDTcw8AAHQPAAh0DwBWdA8AZnQPAKx0DwCudA8AAnUPABB1DwBYdQ8AaXUPABgyEwC0dQ8ABHYPABB2DwBuMhMAiHYPABozEwC5dg8ABncPABN3DwBcdw8AeHcPALJ3DwC6dw8AcDMTABl4DwBeeA8AYHgPALR4DwC1eA8ACnkPAA15DwBgeQ8AbHkPALZ5DwC9eQ8ADHoPACh6DwBieg8AanoPAMYzEwDFeg8ADnsPAB57DwBkew8AaXsPALp7DwDlew8AHDQTABZ8DwByNBMAbnwPALx8DwC9fA8AJIYPAMJ8DwDKMREAxnwPABJ9DwDIfA8AcIEPAMx8DwDCfw8A2nwPAICJDwAXfQ8AECoRAB19DwAGJREAHn0PAGh9DwBrfQ8Avn0PAMh9DwDINBMAHH4PAGp+DwBwfg8AwH4PAMl+DwAWfw8AI38PAGx/DwCIfw8AHjUTAMR/DwAYgA8Ax38PAHw1EQAmgA8AboAPAH+ADwB0NRMAyoAPABqBDwAmgQ8AyjUTAHaBDwDGgQ8AzIEPAByCDwAhgg8AcoIPAHiCDwDMNhMAz4IPAM43EwAjgw8AdIMPAHyDDwDKgw8A1oMPACCEDwAzhA8AdoQPAIKEDwDMhA8A24QPACKFDwArhQ8AeIUPAIKFDwDOhQ8A2oUPAHo4EwA1hg8AeoYPAIaGDwDQhg8A0oYPACaHDwAphw8AfIcPAIiHDwDShw8A2ocPANA4EwA0iA8AfogPAI6IDwDUiA8A4IgPACqJDwAwiQ8AJjkTAKKJDwDWiQ8A3okPACyKDwBWig8AgooPAI2KDwDYig8A5IoPAC6LDwA/iw8AhIsPAIWLDwB8ORMA4IsPADCMDwA9jA8A0jkTAJOMDwDcjA8A84wPADKNDwBdjQ8AiI0PAJCNDwDejQ8A6I0PADSODwBAjg8Aio4PAI2ODwDgjg8A6o4PACg6EwA+jw8AjI8PAJKPDwDijw8A648PADiQDwBFkA8AjpAPAKqQDwB+OhMA5pAPADqRDwDrkA8Aqp4PAEeRDwCQkQ8Al5EPAOaRDwDokQ8APJIPAEKSDwCSkg8AmZIPAOiSDwAAkw8APpMPAEOTDwCUkw8ASpMPAECUDwCdkw8A6pMPAPSTDwDUOhMARpQPAJaUDwCclA8A7JQPAPGUDwBClQ8ASJUPACo7EwCZlQ8A7pUPAP+VDwBElg8AUJYPAJqWDwCklg8A8JYPAPyWDwBGlw8ATZcPAIA7EwCelw8A8pcPAKeXDwCUQREA9ZcPAEiYDwBomA8AnpgPAKaYDwDWOxMABZkPAEqZDwBRmQ8AoJkPAKiZDwD2mQ8A+ZkPAKSbDwAGmg8ATJoPAE6aDwCimg8AsJoPAPiaDwAJmw8ALDwTAFWbDwCCPBMArZsPAPqbDwAJnA8AUJwPAF+cDwCmnA8AspwPAPycDwD/nA8AUp0PAFWdDwConQ8AuJ0PAP6dDwAHng8AVJ4PAGWeDwDYPBMAr54PAACfDwAJnw8AVp8PAGCfDwCsnw8AtJ8PAAKgDwAgoA8AWKAPAHagDwCuoA8AzKAPAAShDwAioQ8ALj0TAGGhDwCwoQ8AtaEPAAaiDwC8oQ8ACKMPAA+iDwBcog8AZqIPALKiDwDOog8AhD0TAA6jDwBeow8AZKMPALSjDwDQow8A2j0TADSkDwCGPhMAiqQPANw+EwC+pA8A3j8TACKlDwBipQ8AZKUPALilDwC+pQ8ADqYPACKmDwBkpg8AbKYPALqmDwDkpg8ANEATABmnDwBmpw8Ac6cPALynDwDKpw8AEqgPAByoDwBoqA8AgqgPAL6oDwDLqA8AFKkPACCpDwBqqQ8AdKkPAMCpDwDIqQ8AikATAB2qDwBsqg8AdKoPAOBAEwCaqg8A4kETAM6qDwAYqw8AH6sPAG6rDwB2qw8ANkETAMarDwAarA8AK6wPAHCsDwB4rA8AxqwPANCsDwAcrQ8AKK0PAHKtDwB1rQ8AyK0PANKtDwA4QhMAOq4PAI5CEwCCrg8Ayq4PANuuDwDkQhMAJ68PADpDEwB/rw8AzK8PANuvDwAisA8AMbAPAHiwDwCEsA8AzrAPANGwDwAksQ8AJ7EPAHqxDwCKsQ8A0LEPANmxDwAmsg8AN7IPAJBDEwB+sg8A0rIPAIiyDwB+sw8A1bIPACizDwAwsw8A5kMTAISzDwDUsw8A4LMPACq0DwAytA8APEQTAIy0DwDWtA8A2bQPACy1DwA2tQ8AkkQTAIe1DwDYtQ8A7rUPAC62DwAvtg8AhLYPAJW2DwDatg8A5rYPADC3DwA6tw8AhrcPAJK3DwDoRBMA6LcPADK4DwA1uA8AiLgPAJK4DwCURRMA4bgPADS5DwA3uQ8AirkPAJa5DwDguQ8A5rkPADa6DwBAug8A6kUTAJG6DwDiug8A77oPADi7DwA7uw8AjrsPAKq7DwDkuw8A7LsPAEBGEwBCvA8AlkYTAJi8DwDsRhMA6bwPADy9DwD9vA8ApJ0QAFy9DwCSvQ8Apr0PAEJHEwDpvQ8APr4PAES+DwCUvg8AoL4PAOq+DwD5vg8AQL8PAEK/DwCWvw8AoL8PAOy/DwD4vw8AQsAPAEnADwCYRxMApMAPAO5HEwD2wA8AREgTAEfBDwBIww8AVMEPAJrBDwCcwQ8A8MEPAP7BDwBGwg8AV8IPAEpLEwCjwg8AoEsTAPrCDwD2SxMAaMMPAJ7DDwCsww8A9MMPAPXDDwBMTBMAVsQPAKDEDwCnxA8AokwTAP7EDwD4TBMATsUPAKLFDwCwxQ8A+MUPAAnGDwBOTRMAVMYPAKTGDwCwxg8ApE0TAADHDwBQxw8AVscPAKbHDwCrxw8A/McPAALIDwBQThMAVcgPAKjIDwC0yA8A/sgPAATJDwBUyQ8AXskPAPxOEwCvyQ8AAMoPAA3KDwBWyg8AWcoPAKzKDwDByg8AAssPAArLDwBSTxMAYMsPAK7LDwC6yw8ABMwPAArMDwBazA8AYMwPALDMDwC1zA8ABs0PAAzNDwBWURMAa80PALLNDwDBzQ8ACM4PABHODwBezg8AZM4PALTODwC6zg8ACs8PABbPDwBgzw8AZ88PALbPDwC+zw8AAlITABbQDwBi0A8AbdAPALjQDwDE0A8ADtEPABTRDwBk0Q8AbNEPALrRDwDG0Q8AENIPABbSDwBm0g8AbNIPALzSDwDB0g8AEtMPABjTDwBYUhMAb9MPAL7TDwDM0w8AFNQPACHUDwBq1A8AgdQPAMDUDwDc1A8AFtUPAB7VDwCuUhMAf9UPAMLVDwDE1Q8AGNYPAC7WDwBu1g8Ab9YPAMTWDwDV1g8AGtcPACbXDwAEUxMAjNcPAFpTEwDc1w8AHNgPAB3YDwBy2A8Ag9gPAMjYDwDU2A8AsFMTACPZDwB02Q8AetkPAMrZDwDq2Q8AINoPACzaDwB22g8AfdoPAAZUEwDY2g8AItsPACTbDwB42w8AmNsPAFxUEwDV2w8AslQTACncDwB63A8AitwPANDcDwDY3A8AJt0PADDdDwB83Q8AiN0PANLdDwDV3Q8AKN4PADLeDwAIVRMAg94PAIThDwCM3g8A1N4PAOTeDwAq3w8AOt8PAIDfDwCo3w8A1t8PAP7fDwAs4A8AVOAPALRVEwCO4A8A2OAPANrgDwAu4Q8ATuEPALhXEwCR4Q8A2uEPAObhDwAw4g8AWOIPAIbiDwCu4g8A3OIPAATjDwAOWBMAOOMPAIjjDwCN4w8A3uMPAOTjDwASWhMAPOQPAL5aEwCW5A8A4OQPAOPkDwA25Q8AQOUPAIzlDwCU5Q8AalsTAPDlDwA45g8AP+YPAI7mDwCW5g8A5OYPAPHmDwA65w8AP+cPAJDnDwCa5w8A5ucPAO7nDwA86A8ATOgPAJLoDwCg6A8A6OgPAPXoDwA+6Q8ATOkPAJTpDwCX6Q8A6ukPAPXpDwBA6g8ASOoPAJbqDwCv6g8A7OoPAPjqDwBC6w8AUusPAJjrDwCd6w8A7usPAPTrDwBE7A8AUOwPAJrsDwCi7A8AwFsTAPrsDwBG7Q8ASe0PAJztDwCk7Q8A8u0PAPPtDwBI7g8ASu4PAJ7uDwCk7g8A9O4PAADvDwBK7w8AV+8PAKDvDwCq7w8A9u8PAP7vDwBM8A8ATvAPAKLwDwCv8A8A+PAPAP/wDwBO8Q8AVvEPAKTxDwCo8Q8A+vEPAPzxDwBQ8g8AU/IPAKbyDwCu8g8A/PIPAAvzDwBS8w8AVPMPAKjzDwC18w8A/vMPAA30DwBU9A8AYPQPAKr0DwC79A8AAPUPABH1DwBW9Q8AYvUPAKz1DwCz9Q8AAvYPACH2DwAWXBMAbPYPAK72DwCv9g8ABPcPABD3DwBa9w8AdvcPALD3DwC49w8AbFwTAA74DwAYXRMAaPgPALL4DwC4+A8ACPkPAA75DwBe+Q8AdvkPALT5DwC++Q8ACvoPABb6DwBg+g8AY/oPALb6DwDA+g8ADPsPACT7DwBi+w8AcvsPALj7DwC6+w8ADvwPABz8DwBk/A8AdfwPAG5dEwDA/A8AEP0PABz9DwDEXRMAbv0PAHBeEwDI/Q8AEv4PABX+DwBo/g8Acv4PAMZeEwDA/g8AFP8PACL/DwBq/w8Ae/8PAHJfEwDH/w8AyF8TAB4AEAAeYBMAdAAQACBhEwDEABAAGAEQACUBEABuARAAfQEQAMQBEADKARAAGgIQACYCEABwAhAAcgIQAMYCEADQAhAAHAMQACoDEAByAxAAdwMQAMgDEADVAxAAHgQQACoEEAB0BBAAhwQQAMoEEADZBBAAIAUQACwFEAB2BRAAdwUQAMwFEADWBRAAIgYQADAGEAB4BhAAfQYQAM4GEADbBhAAdmETAC4HEAB6BxAAiAcQANAHEADTBxAAJggQADYIEAB8CBAAiggQANIIEADeCBAAKAkQAC8JEAB+CRAAhQkQANQJEADgCRAAKgoQACsKEACAChAAjAoQANYKEADjChAALAsQADMLEACCCxAAjgsQANgLEADlCxAALgwQAD0MEACEDBAAmAwQANoMEADmDBAAMA0QAEMNEACGDRAAlQ0QANwNEADoDRAAMg4QADMOEACIDhAAkg4QAN4OEADsDhAANA8QADkPEACKDxAAlw8QAMxhEwDhDxAANhAQAEcQEACMEBAAmhAQAOIQEADxEBAAOBEQADoREACOERAAmBEQAOQREADyERAAOhIQAD8SEACQEhAAnRIQAOYSEAD1EhAAPBMQAEETEACSExAAnxMQAOgTEADyExAAPhQQAEoUEACUFBAApxQQAOoUEAD0FBAAQBUQAEwVEACWFRAAqRUQAOwVEAD7FRAAQhYQAE4WEACYFhAAmRYQAO4WEAD4FhAARBcQAFIXEACaFxAAnxcQAPAXEAD9FxAAImITAEsYEACcGBAAqRgQAPIYEAD8GBAASBkQAE4ZEACeGRAAoBkQAPQZEAABGhAAShoQAE0aEACgGhAArhoQAPYaEAACGxAATBsQAFkbEACiGxAArBsQAPgbEAAHHBAAThwQAFMcEACkHBAAsRwQAPocEAAHHRAAUB0QAFwdEACmHRAAtR0QAPwdEAAGHhAAUh4QAGAeEACoHhAArR4QAP4eEAALHxAAVB8QAGAfEACqHxAAvR8QAAAgEAAPIBAAViAQAGIgEACsIBAArSAQAAIhEAAMIRAAWCEQAGYhEACuIRAAsyEQAAQiEAARIhAAeGITAG0iEACwIhAAvyIQAAYjEAASIxAAXCMQAF0jEACyIxAAvCMQAAgkEAAWJBAAXiQQAGMkEAC0JBAAwSQQAM5iEwAdJRAAYCUQAG8lEAC2JRAAwiUQAAwmEAANJhAAYiYQAGwmEAC4JhAAxiYQAA4nEAATJxAAZCcQAHEnEAAkYxMAvCcQABAoEAAeKBAAZigQAHMoEAC8KBAAyCgQABIpEAAYKRAAaCkQAHkpEAC+KRAAwCkQABQqEAAdKhAAaioQAHcqEADAKhAAzyoQABYrEAAhKxAAbCsQAHgrEADCKxAA1SsQABgsEAAnLBAAbiwQAHosEADELBAAxSwQABotEAAkLRAAcC0QAH4tEADGLRAAyy0QABwuEAApLhAAemMTAH8uEADILhAA1i4QAB4vEAAoLxAAdC8QAIIvEADKLxAAzC8QACAwEAAxMBAAdjAQAIQwEADMMBAA/TAQACIxEAAkMRAAeDEQAIIxEADOMRAA3DEQACQyEAApMhAAejIQAIcyEADQMhAA3DIQACYzEAA5MxAAfDMQAIszEADSMxAA3jMQACg0EAApNBAAfjQQAIg0EADUNBAA4jQQACo1EAAvNRAAgDUQAI01EADQYxMA2DUQACw2EAAuNhAAgjYQAJE2EADYNhAA5zYQAC43EAA6NxAAhDcQAIc3EADaNxAA3TcQADA4EAA2OBAAhjgQAJI4EADcOBAA3zgQADI5EAA3ORAAiDkQAJE5EADeORAA5DkQADQ6EABDOhAAijoQAJY6EADgOhAA8DoQADY7EAA4OxAAjDsQAJo7EADiOxAA8zsQACZkEwA+PBAAjjwQAJo8EAB8ZBMA9zwQADo9EABJPRAAkD0QAJw9EADmPRAA5z0QADw+EABGPhAAkj4QAKA+EADoPhAA7T4QAD4/EABLPxAA0mQTAKA/EADqPxAA9D8QAEBAEABsQBAAlkAQAJ1AEADsQBAABUEQAEJBEABRQRAAmEEQAKdBEADuQRAA80EQAERCEABRQhAAmkIQAKdCEADwQhAA/EIQAEZDEABVQxAAnEMQAKZDEADyQxAAAEQQAEhEEABNRBAAnkQQAKtEEAD0RBAAAEUQAEpFEABdRRAAoEUQAK9FEAD2RRAAAkYQAExGEABNRhAAokYQAKxGEAD4RhAABkcQAE5HEABTRxAApEcQALFHEAAoZRMAC0gQAFBIEABhSBAApkgQALJIEAD8SBAAE0kQAFJJEABUSRAAqEkQALlJEAD+SRAAAUoQAFRKEABeShAAqkoQAKxKEAAASxAACksQAFZLEABiSxAArEsQALhLEAACTBAAFUwQAFhMEABnTBAArkwQALpMEAAETRAABU0QAFpNEABkTRAAsE0QAL5NEAAGThAAC04QAFxOEABpThAAfmUTALROEAAITxAAEk8QAF5PEABmTxAA1GUTAMdPEAAKUBAAFlAQAGBQEABvUBAAtlAQAL9QEAAMURAAFlEQAGJREABwURAAuFEQAL1REAAOUhAAG1IQAGRSEABwUhAAulIQAM1SEAAQUxAAH1MQAGZTEAByUxAAvFMQAL1TEAASVBAAHFQQAGhUEAB2VBAAvlQQAMNUEAAUVRAAIVUQACpmEwBsVRAAwFUQAMpVEAAWVhAAHlYQAIBmEwBxVhAAwlYQANhWEAAYVxAAGVcQAG5XEAB/VxAAxFcQANBXEAAaWBAAJFgQAHBYEAB+WBAAxlgQAMtYEAAcWRAAKVkQAHJZEAB+WRAAyFkQANtZEAAeWhAALVoQAHRaEACAWhAAyloQAMtaEAAgWxAAKlsQAHZbEACEWxAAzFsQANFbEAAiXBAAL1wQANZmEwB6XBAAzlwQANhcEAAkXRAALF0QACxnEwCQXRAA0F0QANxdEAAmXhAAK14QAHxeEACFXhAA0l4QANxeEAAoXxAANF8QAH5fEACRXxAA1F8QAONfEAAqYBAANmAQAIBgEACBYBAA1mAQAOBgEAAsYRAAOmEQAIJhEACHYRAA2GEQAOVhEACCZxMAMGIQAIRiEACOYhAA2mIQAOJiEADYZxMAPWMQAIZjEACVYxAA3GMQAOdjEAAyZBAAPmQQAIhkEACXZBAA3mQQAP5kEAA0ZRAAQGUQAIplEACRZRAA4GUQAO5lEAA2ZhAAO2YQAIxmEACYZhAA4mYQAPVmEAA4ZxAAR2cQAI5nEACaZxAA5GcQAOVnEAA6aBAARGgQAJBoEACeaBAA5mgQAOtoEAA8aRAASWkQAC5oEwCUaRAA6GkQAPJpEAA+ahAARmoQAIRoEwCxahAA6moQAPtqEABAaxAATGsQAJZrEACpaxAA7GsQAPtrEABCbBAATmwQAJhsEACZbBAA7mwQAPhsEABEbRAAUm0QAJptEACfbRAA8G0QAP1tEADaaBMASG4QAJxuEACmbhAA8m4QAPpuEAAwaRMAZW8QAJ5vEACvbxAA9G8QAABwEABKcBAAXXAQAKBwEACvcBAA9nAQAAJxEABMcRAATXEQAKJxEACscRAA+HEQAAZyEABOchAAU3IQAKRyEACxchAAhmkTAPxyEABQcxAAWnMQAKZzEACucxAA3GkTAA10EABSdBAAZnQQAKh0EACsdBAA/nQQAAB1EABUdRAAaHUQAKp1EACtdRAAAHYQAB12EABWdhAAZ3YQAKx2EAC4dhAAAncQABV3EABYdxAAZ3cQAK53EAC6dxAABHgQAAV4EABaeBAAZHgQALB4EAC+eBAABnkQAAt5EABceRAAaXkQADJqEwC0eRAACHoQABJ6EABeehAAZnoQAIhqEwC2ehAACnsQABh7EABgexAAcXsQAN5qEwC9exAANGsTAC98EAA2bBMAanwQADhtEwC+fBAADn0QABN9EABkfRAAaH0QALp9EADHfRAAjm0TABV+EABmfhAAan4QALx+EAC+fhAAEn8QACt/EABofxAAeX8QAL5/EADKfxAA5G0TABeAEADKhRAAIIAQAGqAEAB9gBAAwIAQAMGAEAAWgRAAIoEQAGyBEAB7gRAAwoEQAMyBEAAYghAAJIIQAG6CEAB1ghAAOm4TAMyCEAAagxAAHIMQADKPEAAdgxAAJIgQACCDEABwgxAAJoMQAH6KEAAngxAArPcQAHyDEADGgxAA1YMQAByEEAAohBAAcoQQAICEEADIhBAA44QQAB6FEAAqhRAAdIUQAHuFEACQbhMA14UQACCGEAAihhAAdoYQAHeGEADMhhAAz4YQACKHEAAthxAAeIcQAH2HEADOhxAA2IcQAOZuEwAxiBAAeogQAHyIEADQiBAA0YgQACaJEAApiRAAfIkQAIeJEADSiRAA14kQACiKEAAyihAAPG8TAJGKEADUihAA1YoQACqLEAA2ixAAgIsQAI+LEADWixAA4IsQACyMEAA4jBAAgowQAImMEACSbxMA4IwQAC6NEAAwjRAAhI0QAJONEADajRAA5I0QADCOEAA5jhAAho4QAIiOEADcjhAA7Y4QAD5wEwBBjxAAiI8QAJKPEADejxAA548QADSQEAA2kBAAipAQAJuQEADgkBAA6JAQADaREABUkRAAjJEQAJSREADikRAA7pEQADiSEABLkhAAjpIQAI+SEADkkhAA8JIQADqTEABJkxAAkJMQAJqTEADmkxAA8pMQADyUEABDlBAAlHATAKOUEADolBAA+ZQQAD6VEABGlRAAlJUQAJuVEADqlRAA+JUQAECWEABQlhAAlpYQAKaWEADslhAACJcQAOpwEwBPlxAAmJcQAK+XEADulxAA9pcQAESYEABSmBAAmpgQAKSYEADwmBAA/JgQAEaZEABcmRAAnJkQAJ+ZEADymRAADpoQAEBxEwBSmhAAnpoQAKaaEAD0mhAAA5sQAEqbEABPmxAAoJsQAK2bEAD2mxAAAJwQAEycEABOnBAAopwQALCcEAD4nBAABZ0QAE6dEABRnRAAlnETAK+dEAD6nRAABJ4QAFCeEABYnhAApp4QALWeEAD8nhAAAZ8QAFKfEABfnxAAqJ8QALKfEAD+nxAAAKAQAFSgEABioBAAqqAQALegEAAAoRAAA6EQAOxxEwBZoRAArKEQALihEAACohAACaIQAFiiEABgohAArqIQAMeiEAAEoxAAGKMQAFqjEAB2oxAAsKMQALijEACYchMADqQQAO5yEwBppBAAsqQQALmkEAAIpRAAEKUQAF6lEABjpRAAtKUQAMSlEAAKphAAEqYQAGCmEABuphAAtqYQAMOmEAAMpxAAGacQAGKnEABupxAAuKcQAL6nEAAOqBAAFqgQAGSoEABwqBAAuqgQAM2oEAAQqRAAH6kQAGapEAByqRAAvKkQAL2pEAASqhAAHKoQAGiqEAB2qhAAvqoQAMOqEAAUqxAAIasQAERzEwBtqxAAwKsQAMqrEAAWrBAAGKwQAGysEAB7rBAAwqwQAOKsEAAYrRAAIK0QAG6tEAB4rRAAxK0QAMqtEAAarhAAHK4QAHCuEAB/rhAAxq4QANKuEAAcrxAAJK8QAJpzEwCQrxAAyK8QAOavEADwcxMAPLAQAHSwEACSsBAAyrAQANKwEAAgsRAAL7EQAHaxEAB4sRAAzLEQANWxEAAishAAJbIQAHiyEACEshAAzrIQANWyEAAksxAALLMQAHqzEACTsxAA0LMQAOSzEAAmtBAAQrQQAHy0EACEtBAARnQTAPC0EAAotRAARrUQAJx0EwCXtRAA1LUQANm1EAAqthAARbYQAIC2EACMthAA1rYQAN62EADydBMAP7cQAIK3EACRtxAA2LcQAOS3EAAuuBAAL7gQAIS4EACOuBAA2rgQAOi4EAAwuRAANbkQAIa5EACTuRAASHUTAOC5EAAyuhAANLoQAIi6EACLuhAA3roQAOa6EAA0uxAAPrsQAIq7EACVuxAA4LsQAOy7EAA2vBAAPrwQAJ51EwCavBAA4rwQAOi8EAA4vRAARL0QAI69EACdvRAA5L0QAO69EAA6vhAAQr4QAJC+EACfvhAA5r4QAOi+EAA8vxAARb8QAJK/EACVvxAA6L8QAPS/EAA+wBAARsAQAPR1EwCkwBAA6sAQAPLAEABAwRAASsEQAJbBEAChwRAA7MEQAPjBEABCwhAASsIQAEp2EwCdwhAA7sIQAP/CEABEwxAAVcMQAJrDEACfwxAA8MMQAPTDEABGxBAAVMQQAJzEEACpxBAA8sQQAAnFEABIxRAAUMUQAJ7FEACqxRAA9MUQAAfGEABKxhAAWcYQAKDGEACsxhAA9sYQAPfGEABMxxAAVscQAKLHEACwxxAA+McQAP3HEABOyBAAW8gQAKB2EwCqyBAA+sgQAAjJEABQyRAAXckQAKbJEAC9yRAA/MkQAATKEABSyhAAXcoQAKjKEACqyhAA/soQAAvLEABUyxAAW8sQAKrLEAC7yxAAAMwQAA7MEABWzBAAY8wQAKzMEADDzBAAAs0QAArNEABYzRAAXc0QAK7NEAC+zRAABM4QAAzOEABazhAAZM4QALDOEAC7zhAABs8QABLPEABczxAAZM8QAEx3EwDLzxAACNAQAA3QEABe0BAAedAQALTQEADA0BAACtEQABLREACidxMAc9EQALbREADF0RAADNIQABjSEABi0hAAY9IQALjSEADC0hAADtMQABzTEABk0xAAadMQALrTEADH0xAA+HcTABjUEABm1BAAaNQQALzUEADJ1BAAEtUQABfVEABo1RAActUQAL7VEADJ1RAAFNYQACDWEABq1hAAcNYQAMDWEADI1hAAFtcQACLXEABs1xAAf9cQAMLXEADR1xAAGNgQACTYEABu2BAAb9gQAMTYEADO2BAAGtkQACjZEABw2RAAddkQAMbZEADT2RAATngTACHaEABy2hAAgdoQAMjaEADX2hAAHtsQACfbEAB02xAAetsQAMrbEADQ2xAAINwQACzcEAB23BAAfdwQAMzcEADo3BAApHgTACzdEAB43RAAhN0QAM7dEADR3RAAJN4QAC7eEAD6eBMAgt4QAFB5EwDY3hAApnkTAC7fEAD8eRMAhN8QANLfEADT3xAAjOcQAN/fEAAo4BAA5t8QANzkEADp3xAARO4QAOvfEAD28RAAKeAQAH7gEACU4BAA1OAQANzgEAAq4RAALOEQANrjEAA44RAAgOEQAIjhEABSehMAjeEQANbhEADZ4RAALOIQADbiEACC4hAAhOIQANjiEADp4hAALuMQAD/jEACE4xAAjOMQAKh6EwDh4xAAMOQQADfkEACG5BAAjuQQAP56EwDe5BAAMuUQADjlEACI5RAAleUQAN7lEADm5RAANOYQADbmEACK5hAAkeYQAODmEADn5hAANucQAD7nEABUexMAmecQAOLnEADj5xAAOOgQAE7oEACO6BAAlugQAOToEADm6BAAlOsQAPLoEAA66RAAQukQAKp7EwBH6RAAkOkQAJPpEADm6RAA8OkQADzqEAA+6hAAkuoQAKPqEADo6hAA+eoQAD7rEABG6xAAAHwTAJvrEADq6xAA8esQAEDsEABI7BAAVnwTAKDsEADs7BAA7uwQAELtEABT7RAAmO0QAKntEADu7RAA9u0QAKx8EwBJ7hAA/vUQAFDuEACa7hAAsO4QAPDuEAD47hAARu8QAFTvEACc7xAAqe8QAPLvEAD17xAASPAQAFLwEACe8BAAoPAQAPTwEAAF8RAASvEQAFvxEACg8RAAqPEQAAJ9EwD/8RAATPIQAFnyEACi8hAAqfIQAPjyEAAJ8xAATvMQAFrzEACk8xAArPMQAFh9EwAH9BAAUPQQAFP0EACm9BAAsPQQAPz0EAD+9BAAUvUQAGP1EACo9RAAufUQAK59EwAG9hAAVPYQAGv2EACq9hAAtvYQAAD3EAAK9xAAVvcQAF73EAAEfhMArfcQAAL4EAAY+BAAWPgQAGD4EACu+BAAvPgQAAT5EAAM+RAAWn4TABH5EABa+RAAXfkQALD5EAC6+RAABvoQAAj6EABc+hAAbfoQALL6EADD+hAACPsQABD7EACwfhMAZPsQALT7EAC5+xAACvwQACX8EABg/BAAbvwQALb8EAC9/BAADP0QABj9EABi/RAAaP0QALj9EAC7/RAADv4QABj+EABk/hAAav4QALr+EAC8/hAAEP8QABr/EABm/xAAcv8QALz/EADT/xAAEgARACYAEQBoABEAhAARAL4AEQDGABEABn8TABYBEQBqAREAeAERAMABEQDRAREAXH8TAB0CEQCyfxMAegIRAMICEQDMAhEAGAMRACMDEQBuAxEAdgMRAMQDEQDQAxEAGgQRAC0EEQBwBBEAfwQRAMYEEQDSBBEAHAURAB0FEQByBREAfAURAMgFEQDWBREAHgYRACMGEQB0BhEAgQYRAF6AEwDSBhEAIAcRACoHEQB2BxEAewcRAMwHEQDUBxEAIggRACgIEQB4CBEAhAgRAM4IEQDUCBEAJAkRAC0JEQB6CREAhwkRANAJEQDYCREAJgoRACcKEQB8ChEAfgoRANIKEQDVChEAKAsRACsLEQAKgRMAlAsRANQLEQDcCxEAKgwRADYMEQCADBEAhgwRANYMEQDcDBEALA0RADENEQDYDREAWg0RAIINEQCKDREAtoETAN4NEQAMghMARA4RAIQOEQCGDhEA2g4RAOcOEQAwDxEANw8RAIYPEQCODxEA3A8RAOwPEQAyEBEANBARAIgQEQCWEBEA3hARAO8QEQC4ghMAOxERAA6DEwCYEREA4BERAOoREQA2EhEAQRIRAIwSEQCUEhEA4hIRAO4SEQA4ExEASxMRAI4TEQCcExEA5BMRAO4TEQA6FBEAQhQRAJAUEQCfFBEA5hQRAOsUEQA8FREAQxURAJIVEQCeFREAuoMTACcWEQA+FhEAfRYRAJQWEQCcFhEAEIQTABQXEQBAFxEATBcRAJYXEQCcFxEA7BcRAPIXEQBCGBEARxgRAJgYEQCeGBEAZoQTAO8YEQBEGREAShkRAJoZEQCfGREA8BkRAP8ZEQBGGhEAUhoRAJwaEQCfGhEA8hoRAPUaEQBIGxEAUBsRAJ4bEQCtGxEA9BsRAPkbEQBKHBEAYBwRAKAcEQChHBEA9hwRAAcdEQBMHREAWB0RAKIdEQCsHREA+B0RAAQeEQBOHhEAVR4RALyEEwC0HhEA+h4RAAYfEQBQHxEAXx8RAKYfEQC6HxEA/B8RAAsgEQBSIBEAYyARAKggEQC0IBEAEoUTAAAhEQBUIREAYiERAKohEQC7IREAaIUTAAYiEQBWIhEAYiIRAL6FEwCyIhEAAiMRAAgjEQBYIxEAXSMRAK4jEQC0IxEAwIYTAAkkEQBaJBEAXCQRALAkEQDBJBEAGIgTABIlEQBcJREAYiURALIlEQC+JREACCYRABAmEQBuiBMAZCYRALQmEQDAJhEACicRABInEQDEiBMAbCcRALYnEQC5JxEADCgRABYoEQAaiRMAZCgRALgoEQDGKBEADikRAB8pEQDGiRMAaikRALopEQDGKREAHIoTABgqEQBmKhEAaSoRALwqEQDIKhEAEisRAB4rEQBoKxEAcCsRAMiKEwDJKxEAFCwRACAsEQBqLBEAciwRAB6LEwDJLBEAFi0RACctEQBsLREAfS0RAMItEQDKLREAGC4RABsuEQBuLhEAeC4RAMQuEQDGLhEAGi8RACkvEQBwLxEAkC8RAMYvEQDOLxEAHDARACYwEQByMBEAeDARAMgwEQDKMBEAHjERAC0xEQB0MREAgDERAHSLEwDWMREAIDIRAD4yEQB2MhEAfDIRAMwyEQDVMhEAIjMRAC8zEQB4MxEAgDMRAM4zEQDkMxEAJDQRACY0EQB6NBEAlTQRANA0EQDcNBEAJjURADM1EQDKixMAgjURANI1EQDaNREAKDYRAD42EQB+NhEAgzYRANQ2EQDaNhEAKjcRADY3EQCANxEAiDcRACCMEwDjNxEALDgRADw4EQCCOBEAhzgRANg4EQDeOBEALjkRAEQ5EQCEOREAhjkRANo5EQDkOREAMDoRAD46EQCGOhEAizoRANw6EQDpOhEAdowTAEE7EQCIOxEAkTsRAN47EQDoOxEANDwRAEI8EQCKPBEAjzwRAOA8EQDtPBEANj0RAD49EQCMPREAnD0RAOI9EQDkPREAOD4RAEY+EQCOPhEAnz4RAMyMEwDrPhEAIo0TAD8/EQCQPxEAlj8RAOY/EQDuPxEAPEARAEZAEQCSQBEAlEARAOhAEQDrQBEAPkERAF5BEQDOjRMAoEERAOpBEQDwQREAQEIRAExCEQCWQhEAnkIRACSOEwD4QhEAQkMRAEhDEQCYQxEApEMRAO5DEQD2QxEAeo4TAEZEEQCaRBEAqEQRAPBEEQABRREA0I4TAFNFEQCcRREAs0URACaPEwD8RREASEYRAFRGEQCeRhEAoUYRAPRGEQD+RhEAfI8TAFtHEQCgRxEAp0cRAPZHEQD+RxEATEgRAFlIEQCiSBEAp0gRAPhIEQACSREATkkRAFZJEQCkSREAs0kRAPpJEQD/SREAUEoRAGZKEQCmShEAp0oRAPxKEQAKSxEAUksRAGNLEQCoSxEAtEsRAP5LEQAGTBEAKJATAFhMEQBYAQAAXEwRAFz+EgBgTBEAFqoPALZMEQASCQAACE0RAAZQEQC7ThEAVisAAAhPEQBaLQAAFlARAHg8AAC1UBEAfj8AAAtREQDkRwAAtlERAH61EAC3UREAlEoAALtREQACswMAvlERAO7bBwAOUhEADl0AALpSEQBwYwAAEFMRAN5vAAC7UxEAlnYAAB1UEQCofwAAaFQRAASDAAC8VBEADIcAAG5VEQB0kAAAMVYRAGhWEQDKWBEAoNEAAMhZEQC43QAAHloRACDnAADKWhEA6PUAAH5bEQBQ/wAA7FsRAKb/AAAgXBEA/P8AAIBcEQAIBgEAKl0RALYHAQB/XREAwAwBAEFeEQDSFQEAhF4RAN4bAQDtXhEAJF8RAJZfEQDQXxEA2F8RACZgEQAyYBEAQiMBAIRgEQDyJQEARGERAH5hEQCGYREA1GERANZhEQBWLQEANmIRAGIzAQDeYhEAyjwBADpkEQBSVgEA4mQRAARaAQD2ZBEAeLYSAP5kEQB0tBIAVWURAFpaAQCMZREAslsBAO5lEQAMXgEAN2YRABJhAQCMZhEAFmMBAJZnEQDmdQEA+mcRADZoEQA+aBEAPHYBAJtoEQCWeAEARGkRAFaDAQCxaREArIMBAPBpEQBahQEAQmoRAJBqEQCaahEAsIUBAPBqEQC6igEA9mwRAJikAQBIbREAlm0RAKZtEQDupAEATm4RAPaoAQCgbhEA7m4RAP5uEQBMqQEApm8RAAiyAQBYchEAzB4HAPxyEQByPQIAAHMRACA/AgAEcxEAmM8BABBzEQA8TQIAqnMRALL+EgCrcxEAEncMAK5zEQCe0gEAvnMRANLXDAAAdBEAlsMRABR0EQD00gEAJnQRAIxBEwBVdBEAStMBAFh0EQDmYg0ABnURAFTYAQBcdREAqtgBAAp2EQAM3wEAsXYRABjlAQBddxEAIOkBAK13EQAAeBEADHgRAMzpAQAKeREAWHkRAFt5EQAUfA4AZHkRAITwAQDDeREANPMBACV6EQBaehEAtHoRALjMDQDAehEApgECAN16EQA69gEAEnsRAJz8AQC+exEAUAECAGp8EQCoAgIA0HwRAP4CAgBsfREAfKoLAHB9EQCqAwIAv30RAKwEAgDGfhEAFg8CAG1/EQC49QwAcH8RACAUAgByfxEAeAQPAMJ/EQBkAhMA1H8RABCAEQBugBEAvIARAIKAEQCKHgIAv4ARAIyLDQDGgBEAopYNAMmAEQC2dQ0AzIARAAxNDgDNgBEAalEOANeAEQAkFgIA3YARAEqVDQBqgREAghoCAJKBEQAcqw4AzIERADAcAgAgghEAMh0CAImFEQACMAIA+JMRAOy7DQCglBEA5JQRAEyVEQCQlREA9pURACqDDAD8lREAeu0CAEGXEQAWsBIARpcRAOqXEQBalxEA8JoRAGKXEQAetBIAaJcRAJr9AgDslxEAOgwNAO6XEQCQjQ0A8ZcRAA5ECQD0lxEA8P0CAPmXEQBG/gIA+5cRAN7NBAAhmBEAdhoFAFCaEQC6DQMA+JoRAEabEQBHmxEAjjYNAFCbEQC8/Q8AVZsRAF4gDgBlmxEAFFsTAKabEQDEEgMAoZwRABY8AwCknBEA0v4KAKWcEQCcKQMAp5wRACgaAwConBEA3h8DAKqcEQDEPwQAq5wRADgiAwCsnBEAVDADAK2cEQDYHAMArpwRAGY7BAC0nBEAPiUDAN2cEQDoFREA/J8RAMhqAwAAoBEAIEEDAASgEQAwXQ0AXKARAHpDAwCuohEAsl8DABukEQDedQMAx6QRAPJ/AwB5pREA+oMDALmlEQBaiQMAtKYRANKaAwAQpxEAXqcRAGynEQAsnQMAZKgRAHyyDwBuqBEA6KUDAGWpEQCytQMAwaoRAOLNAwBnqxEASNYDACSsEQBorBEAyawRABboAwAmrREAaq0RAHutEQAc6wMAxK4RADRPBQDFrhEAqAYEAMyuEQC8GgkAca8RALAKBAB1rxEA2ikJAHOwEQDcIAQAfbERAEgsBAAtshEApC8EAOayEQAgsxEAKLMRAHazEQCFsxEAXjcEANazEQC6OgQAgbQRAAz1DACEtBEAaDwEANa0EQAktREA6rQRAL6uEgAutREAvjwEANi1EQB0QgQANbYRAHhEBADYthEAhEoEADC3EQAA6QkAgbcRADxRBACMuBEAtmMEAN64EQBARBIASLkRAIK5EQCKuREA2LkRAOW5EQDcdgQA57kRANKcBADpuREAEmcEAJe7EQCggwQAlLwRAMaWBADmvBEANL0RAEW9EQAemAQARb4RAEasBACWvhEAoq8EADq/EQBctwQAn78RABS+BACqvxEALMoEALe/EQAgxAQAucARAILKBABbwREAkNEEAJjBEQDy1wQARcIRAGbnBABKwhEACsMJAEvCEQC8xgkATcIRAKq9CQCwwhEA6sIRAPLCEQBAwxEAmMMRAHDTDQCewxEAFK8SAKDDEQBs6gQAosMRAGzVDwC5wxEAaFoTANzDEQBm/Q8A9MMRAHLtBABvxBEAmMQRAKPEEQB07gQATsURACr0BAD/xREA5PsEAJ/GEQD2BAUAosYRAGwXBgAOxxEApAYFAFXHEQAKDwUAV8cRAPoGBQCkxxEAVgoFAKjHEQBaDAUAqsgRALoRBQCxyREA0BwFAPvJEQDaIQUAxMwRAP7MEQAGzREAVM0RAGPNEQDORgUAs80RAIhOBQCuzhEA7lYFALnOEQA2AgkABc8RAEpaBQAJ0BEAyG4FABPQEQC4ZgUAYNARABRqBQBk0BEAGGwFAM7REQAI0hEAENIRAF7SEQBj0hEA8IIFAG3SEQDgegUAutIRADx+BQC+0hEAQIAFAMLUEQBymQUAatURAISiBQAW1hEAVrYFAOHWEQAgxgUAONcRAIDLBQB31xEAhM0FAM7XEQDm0wUAINgRAOjUBQBy2BEAwNgRAMrYEQA+1QUAGdkRAETYBQDL2REAquAFAIraEQDE2hEAzNoRABrbEQAg2xEAbOwFAIbbEQAe8AUAMtwRAIz8BQB23BEAoAYGAC3dEQCmCQYA2d0RALYRBgCH3hEAHBoGAD7fEQB43xEAgN8RAM7fEQDe3xEAhiQGAPrfEQDkKAYAMOARAIglBgCC4BEA0OARANrgEQDeJQYA7uERACjiEQAw4hEAfuIRAIfiEQCqNgYA3uIRAK44BgCc4xEA1uMRAN7jEQAs5BEALeQRAMRDBgAx5BEAUosGADnkEQB+SwYAO+QRAGQ+BgCI5BEAwEEGAIzkEQCiiAYAjuURAC5OBgA65hEAPlYGAJDmEQCcWgYA4uYRAJ5bBgCW5xEArmMGAFDoEQCK6BEAkugRAODoEQDq6BEAvmsGADnpEQDMcgYA/ukRADjqEQBA6hEAjuoRAJvqEQAqdwYAneoRAD6BBgDp6hEAMnsGAJbrEQCahAYA7usRAJ6GBgBa7REAlO0RAJztEQDq7REA+e0RALaSBgBK7hEAEpYGAFDwEQA8qwYAtvARAPDwEQAM8REARvERAFPxEQCUrAYAZPIRAJ7yEQCm8hEA9PIRAPfyEQBivgYA1/MRAHzLBgBP9BEAhtAGAFP0EQAoVwwABfURAD7XBgBR9REARtsGALD2EQBo7AYACPcRAMjxBgAG+BEAQLMJABr4EQDqsgkAcPgRAKr4EQCy+BEAAPkRAAP5EQDY+QYAcvkRAKz5EQC0+REAAvoRABH6EQCK/QYAY/oRAEIEBwCy+xEAuBQHAGP8EQBo+g0AaPwRAPrGDwBr/BEAaBcHAGz8EQBMxQ8AvvwRAHAbBwDQ/REACv4RABL+EQBg/hEAaf4RACwkBwDA/hEAMCYHAHH/EQA+LQcA0f8RAKg3BwBnABIAZEAHABMBEgAkSwcAvwESAJJXBwDIAhIAVmQHAB4DEgCyZwcAdgMSAA5rBwDcAxIAFgQSAB4EEgBsBBIAewQSACR2BwB8BBIAZmwHAM4EEgBobQcAIAUSAG4FEgB4BRIAvm0HACAGEgCAeQcAyQYSADqBBwB6BxIA7IQHADoIEgB0CBIAfAgSAMoIEgDZCBIAVI4HACwJEgCwkQcAfgkSAMwJEgDbCRIACJMHAIcKEgAUmQcA2AoSAHCcBwAxCxIAiKgHADMLEgB8ogcAQgwSAHwMEgCEDBIA0gwSAEQNEgB+DRIAhg0SANQNEgDhDRIAWLsHADcOEgAIvgcAjg4SALrBBwAuDxIAHMgHAOQPEgAqzwcAjxASAP7jBwDoERIAfPgHADoSEgCIEhIAlxISANT5BwAEExIALPsHAEAUEgCOAQgAmBQSAOwFCADqFBIAOBUSAEcVEgBEBwgAtBUSAJwICADpFhIAUA0IAEEXEgBeFAgA7RcSAM4hCACZGBIAki4IAFAZEgBINAgAoxkSAKA1CABIGhIAVDoIAAobEgBEGxIATBsSAJobEgDzGxIAvEMIAKscEgBsRggAZB0SAJ4dEgCmHRIA9B0SAP4dEgB+TwgAWB4SACxRCACvHhIANlYIAAAfEgCUWggAqx8SAPJeCACwIBIA/mQIAAIhEgBQIRIAUiESAFRlCAAYIhIAUiISAFoiEgCoIhIAxiMSAAAkEgAIJBIAViQSAHQlEgCuJRIAtiUSAAQmEgAOJhIAApIIAMwmEgAGJxIADicSAFwnEgBmJxIARLMIAHInEgAkowgAtycSACilCAASKBIA5K0IAGkpEgDGyQgAbSkSALTACADEKRIAwMYIAA0qEgDEyAgAwioSAMrLCAARKxIA0M4IAMQrEgAw1AgAHCwSAJLaCADILBIAmN0IAB4tEgDu3QgAhC0SAL4tEgDGLRIAFC4SACMuEgCe4AgAzS4SAGDsCAAmLxIAGPMIADQwEgBuMBIAdjASAMQwEgDTMBIAgPwIAMkxEgAcMhIANjISAPQLCQCOMhIAyDISANAyEgAeMxIALTMSAPwPCQCqMxIAqhEJADw0EgB2NBIAfjQSAMw0EgAxNRIAXBUJAH41EgC4GAkAMDYSAL4bCQCMNhIAHCAJAC03EgCAqAkAMDcSANAkCQCDNxIA0iUJAIg4EgBMOAkA3jgSAAQ/CQAxORIABkAJAEg6EgCCOhIAijoSANg6EgDkOhIAdk0JADY7EgCEOxIAiDsSAM5OCQDqOxIAfFAJAKI8EgDcPBIA5DwSADI9EgBcPRIA7l4JAI09EgBSZgkA+j0SAOSICwA8PhIAij4SAMI+EgCyawkAWT8SAIw/EgCRQBIARosJAJdBEgASnAkA8EISAD5DEgBjRBIAlkQSALVEEgDsRBIAUkUSAJ63CQD2RRIA/rwJAKBGEgAGwQkA/0cSAGBvCgABSBIAHs0JAE5IEgB60AkAVkoSAOTaCQClShIASOIJAKxKEgBC3wkArkwSAPxMEgCrTRIAdPgJALZOEgCKAwoAClASAFhQEgCBUBIAshcKACBREgBaURIAYlESALBREgC/URIAwh8KAAxSEgAeIwoAEFISALBsCgC3UhIAIiUKABBTEgBeUxIAh1MSAHwnCgASVBIALisKAIlUEgCEKwoAFFYSAAA/CgAcVxIADkYKAB5YEgB0TgoAhFgSAMpOCgDNWBIAIE8KABpZEgB8UgoAzFkSAIJVCgAyWhIA2FUKAHtaEgAuVgoAyFoSAIpZCgBEXBIAcFwSAOJcEgAcXRIAJF0SAHJdEgAjXhIAaHMKACRfEgCAfwoA4V8SAEiOCgCUYBIAzmASANZgEgAkYRIALmESAAaYCgD+YhIAyKMKACxkEgBSvgoAiWQSAAjECgAuZRIAxMwKAJJlEgAg0AoAOGYSAI7cCgA7aBIAIvwKAPdpEgBCDAsAkWoSAEwRCwDvahIAqBQLAKprEgDkaxIA7GsSADpsEgCSbBIAZB0LAK5tEgDobRIA8G0SAD5uEgBobhIAfioLAPNuEgDgMAsASG8SAJZvEgCkbxIAjDELAPJvEgDmMwsApXASAPA4CwDvcBIA+DwLAPlxEgAMRwsA/HESALhHCwBVcxIA0lQLAKNzEgAqVgsAAXQSAIZZCwBSdBIANlwLAKN0EgCMXAsAGnUSAEx1EgAUdhIAUGkLAHh2EgCmaQsArncSAPx3EgAleBIAXnALADB4EgAKcQsADHoSABJ1CwBmehIAbngLALl6EgDGeQsAu3sSACiACwAJfBIAMIQLAM98EgAGfRIAtH0SAKSTCwAPfhIAYJwLALZ+EgC4nQsAPH8SAMChCwB2fxIAyKULALt/EgAiqAsAaIASAOKyCwB4gBIAbs4LANCBEgD+wAsAFYISAFjDCwB8ghIAssULAIaEEgDAhBIAyIQSABaFEgAjhRIAOt8LAHmFEgBA4gsAJYYSAPLlCwDjhhIAGocSAIKHEgBCmxIAj4cSAMaHEgB+iBIAYvMLAICIEgAI8QsAMIkSAHSJEgDYiRIAyvwLAIaKEgCMCAwA5IsSALIbDACFjBIAuh8MAN6MEgDGJQwANI0SACwuDACJjRIALi8MAC6OEgDkNAwA8I4SACqPEgAyjxIAgI8SAPSPEgBUQgwA25ASALZIDADxkRIAylIMAJaSEgAwWwwAQpMSAEJkDAD6kxIANJQSADyUEgCKlBIA/JQSADaVEgA+lRIAjJUSADuWEgBqrxIAQJYSAI6WEgBClhIAWPYPAFSWEgD09BIAmJYSAL53DABAlxIAdH0MAE6ZEgBMlAwAXZkSAJSZEgDymRIARJAMAE+aEgCakAwAmZsSAA6gDAD8nBIA0KsMABSdEgD6xA4ATp0SAJydEgC6nRIAJqwMAGSeEgCenhIApp4SAPSeEgBYnxIALK8MABKgEgAysgwAvqASAI61DADAoRIA+qESAAKiEgBQohIAwqISAPyiEgAEoxIAUqMSALajEgCmwQwAcKQSAKqkEgCypBIAAKUSAGSlEgBcxwwAdKYSAK6mEgC2phIABKcSAGinEgDAzgwAIqgSAMbRDADOqBIAItUMAGiqEgAKpA8AvqoSAGCkDwAoqxIAYqsSAGqrEgC4qxIALqwSAJLiDADCrBIAEiMNAHCuEgCAEBMAcq8SAAJKDwCGrxIAiD8TAJivEgDArxIAyK8SAAx8EADurxIAWnYPAESwEgBssBIAxbASAMQyEwA0sRIAbrESAHaxEgDEsRIAJrISAG77DACMshIAxrISAM6yEgAcsxIAfrMSACCtDgDesxIAIisNACa1EgDSsA4ALLUSAIIFDQCQtRIAMggNAIC2EgDOthIA3bYSAP4aDgAstxIAQnITAIu4EgCaEQ0AlbgSAEIQDQCKuRIATBUNAEa6EgCAuhIAiLoSANa6EgA1vBIAXh4NAEi+EgAqLw0A5r4SAO47DQBCwBIAuEsNAELBEgC+Tg0Ak8ISAKSZDgCWwhIA3F8OAJrCEgAoWQ0AoMISABipDgBEwxIAksMSAJzDEgAyXg0AsMQSAOrEEgDyxBIAQMUSAO7FEgBMaw0AR8YSAP5uDQBOyBIAanoNAKTIEgDyyBIA/sgSAMZ9DQCqyRIAIoENAFLKEgCgyhIAt8oSAIKGDQCszxIAuKENAFvQEgBspg0AudISAPjBDQBu0xIAstMSAGvUEgDE0g0AbtQSAGzRDQBu1RIAHtUNABjWEgAg1g0AcNYSACbZDQAx1xIAZNcSAILXEgCC3A0A3tcSAOTiDQB02BIAOuMNAMjaEgAW2xIAGNsSAKjvDQBx2xIAVPANAHjbEgCu8g0A4t0SABzeEgAk3hIAct4SAHzeEgCICg4AOt8SAHTfEgB83xIAyt8SANnfEgCeFQ4AJuASAPoYDgDS4BIAWh4OAH7hEgC6Iw4AfeISAHwvDgAp4xIA0i8OADLjEgAIeA8A2uMSADA0DgAw5BIAfuQSAOLkEgDgNg4AOOUSAJo+DgCK5hIA2OYSANvmEgD2QQ4AkOcSAFBEDgDi5xIAMOgSADPoEgBURg4A6OgSAARJDgA66RIAiOkSAIvpEgAISw4AQOoSAA5ODgCS6hIA4OoSAOrqEgBkTg4APusSAIzrEgCP6xIAZk8OAEDsEgBsUg4AluwSAOTsEgDn7BIAxFMOAJjtEgDm7RIA6e0SAMxXDgCa7hIA6O4SAOvuEgDUWw4AoO8SAIZfDgCe8BIA5mQOAL7wEgCoTxMACPESAD5mDgCb8RIA7vESAJ3yEgCYaA4ApPISAPJqDgBU9BIA/nAOAFb0EgAkBQ8A/PQSAEr1EgCl9hIAPmgPAKr2EgBQ+BIABPcSABh+DgBg+BIAcH8OALb4EgDKgQ4ACPkSAMyCDgBu+RIAqPkSAAX6EgCYkw4ACPoSAP6bDgAN+hIAeIMOABn6EgDijQ4AvPwSAJaSDgBo/RIAopgOAL7+EgBCPw8A3P4SADA+EwD2/hIANOQPABD/EgBe/xIAYf8SAACdDgDE/xIArp4OABYAEwCwnw4AaAATALYAEwDAABMABqAOAGcCEwC8pQ4AbgITAMCnDgATAxMAwqgOAJMEEwB0rA4AHAUTANCvDgC1BhMAmkgTAC0HEwAWABAAbwcTAKLDDgDSCBMAAskOACQJEwByCRMAiwkTAFrKDgDLCRMAHgoTAJgKEwAOzw4ARAsTABDQDgDwCxMAaNEOAIAMEwDODBMA2AwTABrVDgB7DRMAwqoPAIsOEwDW3Q4AhRATAOjmDgB1ERMAghETAMsREwDYERMANBQTAAj3DgA+FBMAbP4OAPIWEwDUBw8ARhcTANYIDwCWFxMAggkPAOcXEwDaCg8A6RgTADQNDwDwGRMAPhoTAJwaEwDqGhMAlxsTAEQVDwD0GxMAQhwTAKAcEwDuHBMAnR0TAFAbDwBOHhMAnB4TAPoeEwBIHxMAUiATALAgDwCsIBMACCIPAFQhEwCiIRMAsiETAGAjDwBxIhMApCITAFkjEwAUKA8AsiMTAMQqDwAgJBMAUiQTAHQnEwCcQQ8AIikTAPxGDwDOKRMAVEgPAHoqEwCsSQ8ADy0TAC5gDwDILhMA6GcPAL8vEwBEaw8AeDETAP5yDwAhMhMArnUPAJ00EwBmfA8AyzQTABR+DwAmNRMAdGATAH01EwDEgA8AgDUTAMiCDwDNNRMAIDYTADw2EwB2NhMAzzYTACI3EwA+NxMAeDcTANY3EwAkOBMALjgTAB6DDwCCOBMAwocTANY4EwAoiA8A4DkTAIaMDwArOhMANo8PAIY6EwDKYBMAlTsTAGwAEAA4PBMATpsPAO4/EwC0ehAAQEETAIC0DwA7QhMAHq4PAPBCEwAgrw8A8EQTAD5FEwBIRRMA3LcPAPhFEwCMug8A40gTAPBIEwA5SRMARkkTAI9JEwCcSRMA5UkTAPJJEwA7ShMASEoTAJFKEwCeShMAVksTAJzCDwC8SxMA8sIPAE1MEwBKxA8AvkwTAPbEDwBXTRMATsYPAMBNEwD6TRMAbE4TAKZOEwAKTxMAqskPANBPEwD+TxMAJlATAFRQEwB8UBMAqlATANJQEwAAURMAB1ETAH7eDwBeURMArFETALFREwBczQ8AB1MTAHDXDwBoVBMAztsPAAtVEwBeVRMA3FUTAApWEwAyVhMAYFYTAIhWEwC2VhMA3lYTAAxXEwA0VxMAYlcTADZYEwBkWBMAjFgTALpYEwDiWBMAEFkTADhZEwBmWRMAjlkTALxZEwB0WhMArCIRAHhaEwD+IBEAcVsTAOLlDwDOWxMA8OwPAItcEwDCXBMAN10TAFz4DwB3XRMAuvwPAONdEwAaXhMAzl4TABxfEwAsXxMAvv4PAH5fEwDA/w8A3V8TAMoGEQAvZBMAODwQAIhkEwDkPBAAhmUTALJOEAAyZhMAalUQAN5mEwB4XBAAimcTAC5iEAA2aBMAkmkQAOJoEwBGbhAAjmkTAPpyEAA6ahMAsnkQAOpqEwC2exAATmsTAIprEwCSaxMA4GsTAJpvEwDobxMABnATANiMEABMcxMAaqsQALhzEwByrxAAZHQTANK0EAD+dBMALLcQAFB1EwDcuRAApXUTAIy8EAD5dRMAlMAQAFp2EwCYwhAAvHYTAPZ2EwBOdxMAss8QAK53EwBg0RAADXgTABDUEABWeBMAHNoQABZ5EwB63hAAZn0TAPrzEAAWfxMAFAERAGh/EwAWAhEAun8TAAiAEwAMgBMAbAIRAGaAEwC0gBMAEoETAGCBEwAUghMAYoITAMSCEwA0EREAFoMTAGSDEwBogxMAihERAJGEEwDuGBEAcYUTAAAiEQDBhRMAFIYTADyGEwBqhhMAw4YTABaHEwA+hxMAbIcTANmHEwAEJBEAcIgTAF4mEQDOiBMAYCcRACKJEwBwiRMAgIkTAGIoEQDPiRMAZCkRAB+KEwByihMA0ooTAL4rEQAuixMAwCwRAC6MEwDWNxEA2IwTAOQ+EQAqjRMAeI0TAIiNEwA6PxEAKI4TAOxCEQCKjhMAREQRAN6OEwBGRREALo8TAPJFEQB/jxMA0o8TAA==","fail":"AAAAAAAAAABmiQAAQM4BAFrZAACEUAcAkMsBAFA4CADIEgIAXB0NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAAAAAADIEgIA6A0NAGD2DQC29g0ADPcNAGL3DQC49w0ADvgNAGT4DQC6+A0AEPkNAGb5DQC8+Q0AEvoNAAAAAACEUAcAkMsBAJDLAQAimAMADDUCAGI1AgASew4ATsQOAH7vAgDU7wIANBwBALLkBQBYyw8AIpgDAMgSAgBM3AUAurMAABC0AABmtAAAvLQAABK1AAByDgAAyBICAFwdDQDG/g0AHP8NAHL/DQDI/w0AHgAOAAAAAACEUAcAyBICAFgZDAD4LgQAujYCALDrCQCeKAIAZokAAM5AAgBsVhAAwlYQANzGAQBOJwAAyBICAHZ8CwDMfAsAkkkAALiRBQAqlgAAgJYAAIbIAgA4MAoAjjAKAMgSAgDoDQ0AYPYNALb2DQAM9w0AYvcNALj3DQAO+A0AZPgNALr4DQCG/QcADkwNAFYAAABWAAAAHnkKAJDLAQCSSQAAyBICAIb9BwAqwwEAAAAAACqWAAB8rAwA5LUMAOgeAACGGAAAUDgIAKY4CACQyQAA5skAADzKAADSGQMAOCIDAI4iAwC07woAiBkAAK4ZDACocA4AWAEAAK4BAAAEAgAAWgIAALACAACG/QcADkwNAFYAAABWAAAAkqEBAGxpBAAqlgAAZLMAAJDLAQA2SgIASt0GAMgSAgBcHQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAB+0gkA1NIJAAAAAADKkAAAzJMBAJDLAQDmywEAcg4AAMgSAgCSoQEAbGkEAMJpBABWAAAATKkBAKKpAQD4qQEATqoBAKSqAQD6qgEAUKsBAAAAAADSGQMAFjwDACrDAQCAwwEA1sMBAFhEDAA0iAwAiogMAHqADADQgAwAJoEMAHyBDABOKwIAzHwLAPpWAgDi2QkAONoJAI7aCQBQOAgAyBICAAzQDwD24wkAyBICABJ7DgC4fBAAPkoAAJRKAADqSgAAQEsAAJZLAADsSwAAAAAAALDrCQCY5QwAhv0HAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAH7SCQDU0gkAAAAAAMqQAAAqlgAAcg4AAMyVAgDYLAsAUDgIAMgSAgCG/QcAYjEAALgxAAAOMgAAZDIAAKJEDwCeKAIAZokAAEDOAQDoHgAAUDgIAMgSAgBcHQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAAw1AgBiNQIASKsDAJ6rAwD0qwMASqwDAHqADADQgAwAMhkAAIgZAACuGQwAqHAOAFgBAACuAQAABAIAAFoCAACwAgAAWtkAAGA0AgBUcw8AqnMPAFgZDACQSgEA5koBAIbIAgDMkwEAUDgIAOi9DwBYGQwArhkMAKhwDgBYAQAArgEAAAQCAABaAgAAokQPAJ4oAgBmiQAAQM4BAOgeAABQOAgAyBICAFwdDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAADDUCAGI1AgBIqwMAnqsDAPSrAwBKrAMAeoAMANCADAAyGQAAiBkAAK4ZDACocA4AWAEAAK4BAAAEAgAAWgIAALACAABa2QAAYDQCAFRzDwCqcw8AWBkMAJBKAQDmSgEAhsgCAMyTAQBQOAgA6L0PAGaJAABAzgEAhnQDANIZAwAWPAMAYjEAALgxAAAOMgAAZDIAAKJEDwByDgAA6B4AAD4fAACUHwAA6h8AAEAgAACiRA8ATicAAORZCQCQywEAdqkMAMyVAgCiRA8ANBwBAAQ9CAByDgAAKsMBAD51AAC+JQ4ATOYKAKTtDQDYHAMAurMAABC0AABmtAAAvLQAABK1AABotQAAWBkMAK4ZDACocA4AWAEAAK4BAAAEAgAAWgIAALACAAA0HAEAxOUBAHIOAADMlQIAyBICAJ4oAgDCABAAXB0NAPSxBgCG/QcA5JAPALiRBQAOkgUAIpQBAAAAAABkswAAZLMAACqWAAByDgAAKsMBAMgSAgDoDQ0A6L0PAIYYAAC6YwMAKpYAAFA4CADIEgIAHhMCAKoZDQCQywEAyBICAMqQAAByDgAA6B4AAMgSAgAAAAAAhhgAACRsAgA22woA3BgAAFrZAACGGAAAyBICAOgNDQCmOAgA1jUQACw2EACeKAIAZokAAEDOAQDoHgAAAAAAAJDLAQC6NgIAZokAALyJAAASigAAaIoAAL6KAAAUiwAAuDMBAFA4CADovQ8AhhgAALpjAwAqlgAAUDgIALo2AgAqlgAAgJYAANTrAABE/QIAnigCAGaJAAD2CggAujYCAFA4CACeKAIAujYCACqWAACAlgAA1OsAAET9AgDKkAAAnigCAJKhAQBsaQQAZLMAAMgSAgAkbAIAemwCANBsAgDIEgIAftIJANTSCQCSSQAAuJEFAA6SBQAqlgAAhsgCANzIAgAyyQIAyBICAFhEDAA0iAwAiogMAHqADADQgAwAJoEMAHyBDADOAg4Axv4NACrRCADooQEAWtkAACqWAACGGAAA3BgAAN5GAQA0RwEAcg4AAFxIDQBWAAAAVgAAAB55CgCQywEAkkkAANgsCwBQOAgAujYCAGaJAACQyQAA5skAADzKAAC6NgIANBwBAIocAQDa2QsAAAAAAJKhAQBsaQQAKpYAAIYYAACSSQAAyBICAOgNDQBg9g0AtvYNAAz3DQBi9w0AuPcNAA74DQBk+A0AuvgNAIb9BwAOTA0AVgAAAFYAAAAeeQoAkMsBAJJJAADIEgIAXB0NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAARM4AAJBKAQDmSgEAkkkAANxHAgDMygcAZosBAE5uDgDIEgIAftIJANTSCQAAAAAAypAAACqWAAByDgAAzJUCANgsCwBQOAgAyBICAJ4oAgAimAMAyBICAIb9BwDoHgAAPh8AAJQfAADqHwAAypAAAJJJAADoSQAAPkoAAIYYAACSSQAAYmgGAGSzAABM1gIAVFkCAGJoBgCEUAcA9uMJAMgSAgBYGQwAkqEBAMqQAADgHgIAzJMBACKUAQDIEgIAZokAAJDJAADmyQAACtwAAFwdDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAA7s0AAH7SCQDU0gkAAAAAAMqQAADMkwEAkMsBAObLAQAAAAAAkMsBAMagCQD24wkA4B4CAFYAAACsAAAAAgEAAMgSAgAAAAAAVgAAAKwAAAACAQAAWAEAAK4BAAAEAgAAWgIAACTrAQB66wEATNwFAEzWAgCi1gIA+NYCAEa+DQCcvg0A8r4NAFrZAADMkwEAMlAGAOhJAAC8TQ0AevsJAJJJAADIEgIAXB0NAFjLDwAimAMAyBICAFgZDACuGQwAqHAOAFgBAACuAQAABAIAAFoCAACwAgAATNwFAKLcBQD43AUATicAAORZCQDgHgIAypAAAJDLAQDmywEAkMsBAMgSAgBM3AUAurMAABC0AABmtAAAvLQAABK1AABotQAAhv0HAOgeAACGGAAAkkkAAMgSAgBcHQ0AkMkAAObJAAA8ygAADDUCAGI1AgBIqwMAnqsDAPSrAwBKrAMAeoAMANCADAAyGQAAiBkAAK4ZDACocA4AWAEAAK4BAAAEAgAAWgIAALACAABYRAwANIgMAIqIDACG/QcA6B4AAAAAAABmiQAAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAFSCAQCqggEAAIMBAFaDAQC65gQAXB0NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAPpWAgDi2QkAONoJAI7aCQDk2gkAOtsJAJDbCQBcHQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAANgsCwDKkAAAcg4AAIKZAQAilAEA4B4CAMgSAgA0HAEABD0IAB7yBgDuhwgAZokAAFjLDwC6YwMAAgkEADQcAQDIEgIAAAAAAGSzAABmiwEAvIsBABKMAQCGGAAA+lYCAFBXAgCmVwIAIBIBANIZAwAgEgEAZokAAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAABUggEAqoIBAACDAQBWgwEAAAAAAIRQBwD24wkA4B4CADYfAgByDgAA6B4AAB7yBgAcxgYAcsYGAOa8DwAyUAYA7lACACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAxD8EABpABABwQAQAxkAEABxBBAByQQQAyEEEAB5CBAB0QgQAjgsNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAIpQBAD4fAACUHwAA6h8AAEAgAADmywEAgJYAANTrAABE/QIAXB0NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBALo2AgCQywEA5ssBAEhTAgCSlBAAcg4AAOgeAABQOAgAyBICAKJEDwAUgBAAkqEBAOihAQA+ogEAlKIBAOqiAQBAowEAWtkAAGA0AgBUcw8AqnMPAH7SCQDU0gkAKtMJAIDTCQDW0wkALNQJAMgSAgDKkAAAcg4AAIKZAQAilAEA4B4CAMgSAgBcHQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAA0HAEABD0IAB7yBgDuhwgAZokAAFjLDwC6YwMAAgkEAJJJAAC6NgIAZokAANTQCAAq0QgA6KEBAFrZAAAqlgAAUDgIAMgSAgCiRA8AkMsBAMagCQCeKAIAZokAAJ4oAgCSoQEAWEgOAK5IDgCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAKpYAAICWAADU6wAARP0CALyJAAASigAAaIoAAL6KAAAUiwAA5J8BADqgAQCQoAEA5qABADyhAQDovQ8AgJYAANTrAABE/QIAWAUCAGSzAAAqlgAAVgAAAJJJAABiaAYAhFAHAMgSAgAAAAAAAAAAAAAAAAC65gQAftIJANTSCQCG+QUAQM4BAMgOAAD24wkA0hkDAGgJAADKkAAAcg4AAOgeAAA+HwAAhhgAAPpWAgBQVwIAplcCAEwRCwCiEQsA+BELAFgZDACuGQwAqHAOAFgBAACuAQAABAIAAFoCAACwAgAAeoAMANCADAAmgQwAfIEMAM4CDgDG/g0AKtEIAOihAQBa2QAAKpYAAFA4CACGGAAA3BgAADIZAABcHQ0ALt8OABKKAABoigAAvooAABSLAABqiwAAEnsOAE7EDgBYcQ0AEnsOALh8EADMkwEAAgkEAFgJBACGyAIAsOsJALxNDQByDgAAzJUCAFrZAADMkwEAMlAGAOhJAADIEgIAftIJADZKAgCeKAIAnigCAMyTAQAyUAYANBwBAAAAAADIEgIAHhMCAHQTAgDKEwIAIBQCAMgSAgBYGQwAkqEBAFhIDgCuSA4AQM4BAOgeAABM3AUA7ocIAESICACaiAgA8IgIAMgSAgAimAMAeJgDAM6YAwCQywEAyBICAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQCm3gUAVt0DAKzdAwAC3gMAlIUIAOgeAACscg4AkkkAAGJoBgAilAEA4B4CAE4nAADy0QEASNIBAJ7SAQBE+QAAIBIBAE4nAADy0QEASNIBAJ7SAQBs6gQAwuoEABjrBABcHQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAANgsCwASew4ATsQOAIRQBwBQOAgA6L0PADpkDgAAAAAAAAAAAAAAAAAAAAAAyBICAHzBAQCeKAIAZokAAPYKCADIEgIATNwFAJDLAQDmywEAPMwBAOi9DwCGGAAAkkkAAGJoBgBmiQAA1NAIAHIOAAAAAAAAhhgAAIbIAgDcyAIAMskCAGxpBABQOAgApjgIALyJAAASigAAaIoAAL6KAAAUiwAAJNoOAHpsAgDQbAIAzJMBAMyTAQDgHgIAhhgAAPpWAgBe6wgAypAAAJDLAQDmywEAPMwBABhJCQAqlgAAcg4AACbbDgDcGAAA3kYBADQcAQCy5AUAVFkCAGSzAABQOAgA6L0PAIYYAAC6YwMAKpYAAAAAAACEUAcA4B4CAMyTAQAilAEAyBICAB4TAgB0EwIAyhMCACAUAgAeEwIAqhkNAJDLAQDIEgIAypAAAHIOAADoHgAAPh8AAMgSAgAeEwIAdBMCAMoTAgAgFAIAHhMCAKoZDQCQywEAyBICAMqQAAByDgAA6B4AAMgSAgBcHQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAD0pwEASqgBAKCoAQD2qAEAyBICAMqQAAByDgAA6B4AAD4fAACGGAAA+lYCAFBXAgCGyAIAODAKAI4wCgB2qQwAgpkBAIRQBwD24wkAzJMBACKUAQC6YwMADGQEAMTlAQA0HAEAyBICAIb9BwAOTA0AVgAAAFYAAAAeeQoAkMsBAJJJAADYLAsAUDgIAMgSAgBcHQ0A4A8QAMyTAQDIEgIAhsgCADgwCgCOMAoAdqkMAIKZAQCEUAcA9uMJAMgSAgBYRAwAAAAAAHIOAAAqwwEAgMMBANIZAwByDgAAhnQDAMgSAgB+0gkAxqAJAHr7CQCSSQAAYmgGACKUAQAqlgAAcg4AAPbjCQBM5AkAouQJAPjkCQBO5QkApOUJACKUAQDgHgIAyBICABJ7DgBOxA4AjlsKAORbCgBOxA4AAAAAACqWAABQOAgAkLAJAAIJBABYCQQADNAPAPbjCQByDgAAKsMBAOgeAAA+HwAAYmgGAIRQBwD24wkAKpYAAICWAADU6wAARP0CAGaJAADMkwEAWEgOANIZAwCcKQMAzvwKAKLuDgD47g4ATu8OAKTvDgD67w4AUPAOAKbwDgA2SgIAjEoCAOJKAgBOJwAA8tEBAEjSAQCe0gEA6L0PAICWAADU6wAARP0CAAAAAABmiQAAhsgCANzIAgDOQAIAkqEBAGaJAABYyw8A4B4CAM5AAgBmiQAAQM4BAJbOAQDszgEAQs8BAJjPAQDuzwEARNABAJrQAQDw0AEARtEBAJzRAQA0HAEAVgAAAKwAAABGfQIA5rwPADy9DwDIDgAA9uMJAE4nAADy0QEASNIBABJ3DABodwwAypAAAJKhAQCSSQAAYmgGAFYAAACSoQEAWEgOAEiaEADy0QEASNIBABJ3DABodwwA6B4AAD4fAADU6wAARP0CAAAAAADIEgIAnigCAPQoAgBKKQIAoCkCAPYpAgBMKgIAoioCACqWAACqVwEAdhQCAMwUAgAiFQIAeBUCAM4VAgB2fAsA2rQOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAw1AgBiNQIAdnwLANq0DgB2FAIAzBQCACIVAgB4FQIAzhUCADqJCwCSoQEAWEgOAEiaEACemhAA9JoQABwsDwCQZA4AyBICAH7SCQDmvA8ApJ0QAPqdEABQnhAAOokLAJCJCwAeEwIAdBMCAMoTAgAgFAIAAAAAADpkDgDIEgIAftIJAOa8DwCknRAA+p0QAFCeEAA6iQsAkIkLAB4TAgB0EwIAyhMCACAUAgAeEwIAdBMCAMoTAgAgFAIA9NIBALrmBABMxQ8AosUPAPjFDwBOxg8ApMYPAAAAAADKkAAAIJEAAIzLAgAyUAYAzkACAJRqEABQOAgAJGwCAMqQAAAgkQAAjMsCADJQBgDOQAIA/HMQAJDLAQA2SgIASt0GAAQ9CABa2QAAhFAHAJDLAQAkbAIAzkACAGaJAABAzgEAls4BAOzOAQBCzwEAmM8BAO7PAQBE0AEAmtABAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAATicAAPLRAQBI0gEAntIBAFYAAADoMAkAHvIGAJJJAADYLAsAhsgCANzIAgAyyQIAiMkCAN7JAgByDgAAyBICABJ7DgBOxA4AWHENAJ4oAgDCABAAAAAAAFwdDQBSyA8AqMgPAP7IDwBUyQ8AqskPAADKDwBWyg8AdnwLADLjDwCI4w8A3uMPANIZAwAAAAAAhFAHAJJJAADSGQMAZLMAAGaLAQBm4QEAvOEBABLiAQBo4gEA5ssBADzMAQDIEgIAypAAAHIOAACCmQEAIpQBAOAeAgDIEgIAHCwPAJBkDgB2fAsAAAAAAJKhAQAAAAAAypAAAGaJAADU0AgAAAAAAAAAAADKkAAAkkkAAMgSAgBa2QAAYDQCAFRzDwDIEgIAdnwLAAAAAADKkAAAZokAALDrCQC8TQ0AevsJAND7CQAm/AkAfPwJAJ4oAgDS/AkAKP0JAH79CQCeKAIATNwFAKLcBQD43AUAJFsPAHpbDwDQWw8ATNwFAKLcBQD43AUAJFsPAHpbDwDQWw8AZokAAFjLDwAAAAAAyBICAOAeAgA2HwIAjB8CAAAAAACSSQAA2CwLAHxYDQDSWA0AzkACALTzDAAK9AwAIpgDAJJJAADYLAsAfFgNANJYDQDOQAIAJEECADZKAgCMSgIA4koCADhLAgByDgAAuJEFAHosDQCMSgIA4koCADhLAgCSSQAA6EkAABB+EABmfhAAvH4QAAAAAACQywEA5ssBAALaAQAiHQYAHvIGAJJJAAByDgAAzkACANhFAgAuRgIAhEYCANpGAgAwRwIAhkcCAJJJAADcRwIAxKsPAOhJAAAQfhAAZn4QAIRQBwDOQAIA2EUCAOhJAAAQfhAAZn4QALx+EABmiQAAzJMBAAIJBADoHgAAfKwMANKsDAAorQwAfq0MANStDADOQAIA2EUCAOhJAAAQfhAAZn4QALx+EADOQAIA2EUCAOhJAAAQfhAAZn4QACKYAwBWAAAA6DAJACqWAACAlgAA1OsAAET9AgBOJwAApCcAAICWAADmywEAhhgAAGSzAAAqlgAAKpYAAICWAADU6wAARP0CAGaJAABK3QYABD0IACqWAACAlgAA1OsAAET9AgCSSQAAkkkAALiRBQAOkgUAnigCAPQoAgBKKQIA2CwLACqWAACAlgAA1OsAAET9AgA0HAEABD0IAJJJAADoSQAAvE0NAFA4CADovQ8AgJYAANTrAABE/QIAkqEBAJKhAQBWAAAAHnkKAMyTAQAilAEA6nsDAEB8AwD46gwA5ssBAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCQywEA5ssBAEhTAgCeUwIA9FMCAEpUAgCgVAIA9lQCAExVAgCiVQIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAAAAAAqlgAAIpgDACqWAACAlgAA1OsAAET9AgBQOAgA6L0PAKpXAQAyOxEAgJYAANTrAABE/QIAAAAAACqWAACAlgAAxqAJAFA4CACQsAkAhsgCAMyTAQACCQQAgpkBAIRQBwD24wkAKpYAAICWAADU6wAARP0CAJ4oAgBIQA4AevsJACCRAADy0wIAkqEBAOihAQBMkgsAopILAPiSCwBYSA4AgJYAANTrAABE/QIAWMsPAOAeAgBM5goAKpYAAICWAADU6wAARP0CAJDLAQDgHgIAypAAADQcAQAEPQgAhhgAAJJJAADYLAsA+OoMANTrAABE/QIAhFAHAHr7CQCSSQAA3EcCAE4nAACeKAIASEAOAHr7CQAgkQAA8tMCAHIOAADoHgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAGaJAABAzgEAls4BAGIxAABM1gIAQM4BAMyVAgDYLAsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBABhJCQDaUAcAMFEHABacCABsnAgAwpwIABidCABunQgAxJ0IACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAHvIGABzGBgByxgYAdqkMAIKZAQCEUAcA9uMJACqWAACAlgAA1OsAAET9AgCSSQAAZokAALyJAAAkbAIAhFAHAIbIAgA4MAoAjjAKAE4nAACSoQEA6KEBAFrZAAAqlgAAgJYAANTrAABE/QIAYmgGALhoBgBiZAQAkqEBAFhIDgA0HAEABD0IAIYYAACSSQAA2CwLAFA4CADovQ8AgJYAANTrAABE/QIAcg4AAFxIDQBWAAAAVgAAAB55CgCQywEAkkkAANgsCwBQOAgAGEkJANpQBwAwUQcAFpwIAGycCADCnAgAGJ0IAG6dCADEnQgAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCSoQEAkqEBAFhIDgDgHgIAeigLANTQCABmiQAARn0CAJx9AgDyfQIASH4CAJ5+AgD0fgIASn8CAKB/AgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAkMsBADZKAgAimAMAzJMBACKUAQB+bgIA1G4CACpvAgD4gAIAToECAKSBAgD6gQIAUIICAKaCAgD8ggIAUoMCAKiDAgD+gwIAVIQCAKqEAgAAhQIAVoUCAKyFAgAChgIAWIYCAK6GAgAEhwIANBwBAJ4oAgDCABAAgJYAAE4nAACqGQ0AkMsBADQcAQCy5AUAVFkCANgsCwCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAZLMAABzGBgByxgYAyMYGAB7HBgB0xwYAyscGADQcAQCKHAEA2tkLAJCwCQDS2Q0A5FkJAGSzAABM1gIAVFkCAGJoBgCEUAcA9uMJACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAAAAAAGaJAADU0AgAypAAACqWAAAqlgAAgJYAANTrAABE/QIAumMDAGSzAABmiwEAvIsBABKMAQAqlgAAhhgAAGSzAABmiwEAvIsBABKMAQAqlgAAgJYAANTrAABE/QIAUDgIAOi9DwAe8gYAdPIGALyLAQASjAEAKpYAAICWAADU6wAARP0CAFA4CADovQ8ATicAAORZCQDc4A4AKpYAAFA4CABmiQAA1NAIACrRCACA0QgAEnsOAE7EDgBYcQ0AXB0NAPSxBgA0HAEABD0IAFo9CACeKAIAwgAQAICWAADIEgIAHhMCAJKUEAAgkQAAxvwMAJJJAABiaAYAhFAHAPbjCQDYLAsALi0LAIQtCwCSSQAAyBICABJ7DgBOxA4AWHENAH7SCQDU0gkAhvkFAPYKCADIEgIAWBkMAJBKAQDmSgEAOuUOAJDlDgDm5Q4APOYOAJLmDgBcHQ0AUsgPAKjIDwCCmQEA2JkBAC6aAQDIEgIAWBkMAJBKAQDmSgEAOuUOAJDlDgDm5Q4APOYOAJLmDgDKkAAAIJEAAPLTAgBI1AIAntQCAPTUAgBK1QIAoNUCAPbVAgDsuw0AQrwNAJi8DQDuvA0ARL0NAJq9DQCEUAcAyBICAB4TAgCkJwAAWtkAAMgSAgBcHQ0Ash0NAJx9AgDyfQIASH4CAJ5+AgD0fgIASn8CAHIOAADIEgIAEnsOAE7EDgBYcQ0AHhMCAJKUEAAgkQAAxvwMAJJJAABiaAYAhFAHAPbjCQBYyw8AhhgAANwYAADeRgEA+CoCAH7SCQDU0gkAPMwBAOi9DwAe8gYAurMAAFqHAgBGfQIA5ssBAMagCQB8wQEAEnsOAEzcBQAimAMApBYNAPoWDQBQFw0AphcNACqWAACAlgAA1OsAAET9AgCGGAAAkkkAAGaJAABUWQIAYmgGAIRQBwD24wkAKpYAAICWAADU6wAARP0CAGRzCwDkWQkA3OAOAH5uAgDIEgIAhv0HAJz+AgA0HAEAnigCAEhADgDMkwEA8qgCAGaJAABUWQIAYmgGAIRQBwD24wkAyBICAHZ8CwAy4w8AiOMPAN7jDwAeEwIAdBMCAMoTAgAgFAIAAAAAAMgSAgBYRAwArkQMAIK1DwDYtQ8ALrYPAIS2DwAS4gEAVFkCAGJoBgCeKAIAkqEBAFhIDgASew4A7lACAERRAgCaUQIATNwFAEzWAgCQ+AIA5vgCADz5AgCS+QIA6PkCAFQFAwCqBQMAAAYDAFYGAwCsBgMAAgcDAFgHAwCuBwMABAgDAFoIAwAAAAAAypAAACCRAADy0wIASNQCAJ7UAgD01AIAStUCAKDVAgBM3AUATNYCAJD4AgDm+AIAPPkCAJL5AgDo+QIAypAAAHIOAAASew4ATsQOAH7vAgDU7wIANBwBALLkBQBYyw8AeoAMANCADAAmgQwAfIEMAE4rAgDMfAsAIn0LAHr7CQDgHgIANBwBAGi3AQACCQQAKsMBAIKZAQAilAEA4B4CAMgSAgB+0gkA1NIJAJJJAADKkAAAkMsBAOgNDQDovQ8AHvIGALqzAABahwIARn0CAObLAQA8zAEAyBICAFwdDQBYyw8AUDgIAMgSAgB6gAwA0IAMACaBDAB8gQwAypAAAHIOAADoHgAAWEQMAK5EDAB4lAEAzpQBACSVAQB6lQEA0JUBAF6yAQAM0A8A2lAHADBRBwAWnAgAbJwIAMKcCAAYnQgAbp0IAAxkBABiZAQAuGQEAA5lBABkZQQAumUEAFA4CADIEgIAXB0NAFjLDwBQOAgAyBICAHqADADQgAwAJoEMAHyBDADKkAAAcg4AAOgeAACG/QcAnP4CAPL+AgBI/wIAnv8CAPT/AgD67Q0AUO4NAKbuDQD87g0AUu8NAFjLDwC6YwMAZLMAANIZAwDS/goARDoMAJo6DADwOgwARjsMAJw7DADyOwwACHgPADLjDwCI4w8A3uMPAMgSAgAM0A8AevsJAJJJAADIEgIADNAPAE4nAADIEgIAnigCAEhADgB6+wkAIJEAAPLTAgB+0gkANkoCAOx6AgBCewIA9goIAFA4CADIEgIAWtkAAMyTAQAyUAYA6EkAAMgSAgAM0A8AhsgCADgwCgCOMAoATicAAJKhAQDooQEAhv0HAA5MDQBkTA0AukwNALiRBQB6LA0A0CwNAKC4CQDIEgIAWtkAAMyTAQAyUAYA6EkAAMgSAgAM0A8AhsgCADgwCgCOMAoATicAAJKhAQDooQEANBwBAMTlAQAa5gEAcOYBAMbmAQAc5wEAcucBACKYAwDIEgIAWtkAAMyTAQAyUAYA6EkAAMgSAgAM0A8AhsgCADgwCgCOMAoATicAAJKhAQDooQEA6A0NAD4ODQCGyAIAzJMBAFA4CADovQ8AWtkAAMyTAQAyUAYA6EkAAMgSAgAM0A8AhsgCADgwCgCOMAoATicAAJKhAQDooQEAzJMBAPKoAgDIEgIAWBkMAB55CgDMkwEAIpQBAOp7AwBAfAMA+OoMAMgSAgDoDQ0A6L0PAICWAADmywEASFMCAJ5TAgD0UwIASlQCAKBUAgD2VAIAXB0NAFLIDwCoyA8AgpkBANiZAQAumgEANBwBAAQ9CACGGAAAkkkAAMgSAgASew4ATsQOAFhxDQB2fAsAzHwLAJJJAAC4kQUAIpgDAMgSAgBYRAwArkQMAARFDAB6gAwAumMDABBkAwBmZAMANBwBALLkBQCSoQEAbGkEAGSzAAAqlgAAnigCAEhADgB6+wkAIJEAAPLTAgByDgAAyBICAAzQDwB6+wkAkkkAAMgSAgAM0A8ATicAAMgSAgB+0gkANkoCAOx6AgBCewIAkkkAANgsCwDgHgIATOYKAICWAADIEgIA6A0NAD4ODQCGyAIAzJMBAFA4CADovQ8AnigCACKYAwDIEgIA2HACAC5xAgCEcQIAJGwCAHpsAgBQOAgAyBICAFwdDQBUWQIAIBIBAHYSAQBM1gIAotYCAPjWAgBGvg0AnL4NAPK+DQBIvw0Anr8NAPS/DQBKwA0AoMANAPbADQBMwQ0AosENAPjBDQBOwg0ApMINAPrCDQBQww0ApsMNAPzDDQBSxA0AqMQNAP7EDQBUxQ0AqsUNAADGDQBWxg0ArMYNAALHDQBYxw0ArscNAATIDQBayA0AsMgNAAbJDQBcyQ0AsskNAAjKDQBeyg0AzJMBACKUAQB+bgIA1G4CACpvAgDSRAMAKEUDAH5FAwDURQMAKkYDAIBGAwDWRgMALEcDAIJHAwDYRwMALkgDAIRIAwDaSAMAAAAAAIRQBwB6+wkAyBICAPISDQBIEw0AhsgCADgwCgBcHQ0AWMsPAK7LDwAEzA8AWswPALDMDwAGzQ8AWEQMAK5EDAAERQwAIpgDAHiYAwDOmAMAkMsBAMgSAgCG/QcA3P0HADL+BwCI/gcA3v4HAJz+AgDy/gIASP8CAJ7/AgBM3AUAotwFAE5uDgDKkAAANBwBAIYYAADIEgIAgJYAAObLAQBYRAwANIgMAIqIDAB6gAwA0IAMADIZAACIGQAArhkMAEZ9AgA2SgIASt0GAAQ9CACSSQAA2CwLAPjqDADIEgIAnigCAPQoAgBKKQIAoCkCAFgZDACQSgEA5ssBAFYAAACsAAAARn0CAObLAQA8zAEAyBICAIb9BwDkkA8AOpEPAFRZAgDYLAsALi0LAAQ9CACGGAAAkkkAAMgSAgDoDQ0ApjgIANY1EAAsNhAAnigCAGaJAABAzgEA6B4AAIb9BwCc/gIAeNUMAM7VDAAk1gwAetYMAMgSAgBYRAwANIgMAIqIDACG/QcA5JAPADqRDwBGfQIAkkkAAGJoBgAilAEA4B4CAMgSAgDKkAAApiwCAMqQAACSSQAAkkkAAGJoBgAilAEA4B4CAMgSAgDoDQ0AYPYNAFrZAABYRAwArkQMAARFDAB+0gkA1NIJABqSAgB08gYAhsgCADgwCgCOMAoAIpgDAMgSAgA0HAEAihwBANrZCwBmiQAA9goIAJCwCQAilAEA4B4CAMgSAgB+0gkA1NIJADzMAQCSzAEA6MwBAD7NAQBYRAwANIgMAIqIDACSoQEA6KEBACbFAwB8xQMA0sUDACjGAwB+xgMA1MYDABJ7DgC4fBAAPkoAAAKzAwBYswMArrMDAAS0AwBAzgEA6B4AAKxyDgDIEgIAWEQMAK5EDAAERQwANBwBAAQ9CABaPQgAihwBAJDLAQBYRAwANIgMAIqIDABYRAwArkQMAARFDADIUQwAHlIMAHRSDABYGQwAkEoBAOZKAQCiQA0A+EANAE5BDQCkQQ0AyBICAAzQDwBOJwAAyBICAIb9BwDkkA8AOpEPAEZ9AgCSSQAAYmgGACKUAQDgHgIAyBICAMqQAAD65QkAUOYJAKbmCQASew4ATsQOAFhxDQCG/QcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAXB0NAFRZAgB6+wkA0PsJACb8CQB8/AkA0vwJACj9CQB+/QkA1P0JAJ5pDQC4kQUAeiwNAOx6AgByDgAAhnQDAGaJAABUWQIA2CwLAPISDQC8TQ0Acg4AAMyVAgDIEgIAeoAMAPpWAgBQVwIAplcCAJKhAQDooQEATJILAKKSCwD4kgsAsOsJALxNDQByDgAAzJUCAGgJAAC+CQAAEnsOAE7EDgBYcQ0AXB0NAPYKCABQOAgAkMsBAObLAQByDgAAKsMBANIZAwAM0A8A9uMJAMgSAgCG/QcAyA4AABRyCQBqcgkAwHIJABZzCQDIEgIAVgAAAJJJAABiaAYAIpQBAOAeAgDIEgIATNwFAKLcBQD43AUATt0FAKTdBQD63QUAUN4FAKbeBQBW3QMArN0DAJ65CgD0uQoADNAPAPbjCQDIEgIAypAAACCRAACMywIAWAUCAMgSAgDoDQ0AYPYNADQcAQCy5AUAzJMBACKUAQDIEgIAhv0HAMgOAAAUcgkAanIJAMByCQAWcwkAyBICACr+CQCA/gkA1v4JACz/CQCC/wkA2P8JAC4ACgCEAAoA2gAKADABCgCG/QcA6B4AAD4fAACUHwAA6h8AAEAgAADSGQMAcg4AAMgSAgASew4AuHwQAD5KAACUSgAA6koAAEBLAACWSwAA7EsAAEJMAACYTAAA7kwAAEQ6DACaOgwAxikOABwqDgByKg4AyCoOAB4rDgAM0A8A9uMJAMgSAgDyEg0AvE0NAHIOAACSoQEA6KEBAEySCwCikgsA+JILAPjWAgAAAAAAkqEBAHIOAADMlQIAIpYCAFRZAgDYLAsAfMEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAEA4DAGYOAwB8wQEAAAAAABAOAwBmDgMAHBQDAKLcBQAYegwAbnoMAMR6DAAaewwAcHsMAMZ7DAAcfAwAcnwMAEwDBACiAwQA+AMEAE4EBACkBAQA+gQEAFAFBACmBQQA/AUEAFIGBACoBgQA/gYEAFQHBACqBwQAAAgEAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAAt4DAFjeAwCu3gMABN8DAFrfAwCw3wMABuADAFzgAwCy4AMACOEDAF7hAwC04QMAEOUDAGblAwC85QMAEuYDAGjmAwC+5gMAFOcDAGrnAwDA5wMAFugDAGzoAwDC6AMAGOkDAG7pAwDE6QMAGuoDAHDqAwDgHgIA0hkDAGSzAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwCeKAIAZokAAHIOAADCEwQAGBQEAFhIDgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA/hoOAFQbDgCqGw4AABwOAFYcDgCsHA4AAh0OAFgdDgCuHQ4ABB4OAFjeAwCu3gMAHhMCAHQTAgDKEwIAIBQCAMCnDgDC6gQAGOsEAG7rBADE6wQAGuwEAHDsBADG7AQAHO0EAHZ8CwDatA4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAFrZAACw6wkAzJMBAPKoAgBYSA4ATNwFAKLcBQD43AUATt0FAKTdBQD63QUAUN4FAKbeBQD83gUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAevUGAND1BgAm9gYAfPYGANL2BgAo9wYAnP4CAPL+AgBkswAAVgAAAPguBADOQAIAtE8QAApQEAAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAzkACAGxWEABM1gIAkPgCAOb4AgA8+QIAkvkCAGSzAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCGGAAA3BgAAFrZAAAqlgAAgJYAANTrAABE/QIAwlYQANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAFbdAwCs3QMAUDgIABhJCQAqlgAAcg4AACbbDgDcGAAA3kYBANgsCwCqVwEAqEMNAAIJBADMlQIA2CwLAPjqDADU6wAARP0CAEzcBQBM1gIAotYCAPjWAgBO1wIAHhMCAHQTAgDKEwIAIBQCADQcAQBWAAAAHnkKAJDLAQCSSQAA2CwLAPjqDADU6wAARP0CAJKhAQBsaQQAwmkEAFYAAADSPgAAzkACAJRqEADMkwEAnigCAADjBgA2SgIARn0CACKYAwDIEgIAeoAMANCADAAmgQwAfIEMAJKhAQDooQEAJsUDAHzFAwDovQ8AUDgIANIZAwBg9AwA2lAHADBRBwCGUQcAyBICAIb9BwCmLAIAZokAAEZ9AgDmywEAPMwBAMgSAgAM0A8AnigCAALaAQAiHQYAHvIGAJJJAADIEgIAHhMCAORZCQA6WgkAOCIDAI4iAwC07woAiBkAANI+AADIEgIAWtkAALDZAAA2SgIA4A8QADYQEADoMAkAPjEJAMgSAgBcHQ0AhsgCANzIAgDMkwEA8qgCAGaJAACeKAIAkqEBAMgSAgBYRAwADGQEAGJkBACSoQEAWEgOADQcAQAEPQgAhhgAAJJJAABmiQAAVFkCAGJoBgCEUAcA9uMJANIZAwCSoQEAbGkEAMJpBABWAAAA0j4AAMgSAgCSoQEAbGkEAMJpBAAYagQAbmoEAMRqBAAaawQAcGsEAMZrBAAcbAQAcmwEAMhsBADSgQwAKIIMAH6CDADUggwAyBICAJKhAQBsaQQAwmkEABhqBABuagQAxGoEABprBABwawQAxmsEABxsBABybAQAyGwEANKBDAAoggwAfoIMANSCDACQSgEA5koBADrlDgCQ5Q4A5uUOAJKhAQAimAMAZLMAAGaLAQDcxgEATicAAORZCQDgHgIAypAAAJDLAQDmywEAPMwBANIZAwDEPwQAohUNAPgVDQBOFg0A3s0EADTOBACKzgQA4M4EADbPBACMzwQA4s8EADjQBABYGQwArDMEAJz+AgBkswAAZosBANpQBwBeIA4ALh0DAIQdAwDaHQMAMB4DAIYeAwDcHgMAVAUDAKoFAwAABgMAVgYDAKwGAwBcHQ0A9LEGAFgZDAAeeQoAcg4AAMyVAgDgHgIAkMsBAObLAQByDgAAwhMEABgUBAAuJwgA6A0NAJDLAQDmvA8AhsgCADgwCgCOMAoADDUCAGI1AgASew4AuJEFAA6SBQAqlgAAUDgIAJJJAABiaAYAuGgGAA5pBgBkaQYAumkGABBqBgDSGQMA2BwDAH5HBADURwQAKkgEAIBIBADWSAQALEkEAIJJBADYSQQALkoEAFjeAwCUXgoA6l4KAEBfCgBkaQYAumkGABBqBgDuYAoAiq8KAOCvCgB2FAIAzJMBAJDLAQDmywEAIBIBAIrkDwDIEgIATNwFAJDLAQDmywEAhvkFAFRZAgDYLAsAXB0NAPSxBgBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAAt4DAFjeAwCu3gMABN8DAPISDQC8TQ0Acg4AAMyVAgCSoQEA6KEBAEySCwCikgsA+JILALDrCQC8TQ0Acg4AAMyVAgDIEgIAXB0NAFjLDwBQOAgAyBICAFgZDAAeeQoAkMsBAJJJAAAAAAAAAAAAAAAAAADOQAIAAAAAAM5AAgAAAAAAzkACAAAAAADIEgIAXB0NAFjLDwBQOAgAyBICAFgZDAAeeQoAkMsBAJJJAABifBAAAAAAAMgSAgBcHQ0AWMsPAFA4CADIEgIAWBkMAB55CgCQywEAkkkAAJKhAQDooQEAJsUDAHzFAwDSxQMAKMYDAH7GAwDUxgMAEnsOALh8EAA+SgAAIBIBAFYAAAAeeQoAcg4AAMyVAgDgHgIAkMsBAObLAQByDgAAwhMEABgUBAAgEgEAQH4EAFwdDQAu3w4AoLgJAPa4CQBMuQkAorkJAH7SCQDU0gkAGpICAHTyBgCQywEAUDgIAMgSAgBcHQ0A9goIAEwLCACiCwgA+AsIANgsCwD46gwAzkACAMgSAgA0HAEAaLcBAAIJBAAqwwEAgpkBACKUAQDgHgIAyBICAFwdDQD0sQYA4B4CAEzmCgA0HAEAyBICAFhEDAAyUAYAiFAGAOgNDQDovQ8APr4PAOgwCQBo0w8AvtMPAHIOAADIEgIADNAPAPbjCQAAAAAAAAAAANIZAwCcKQMAzvwKACT9CgB6/QoA0P0KAHZ8CwAy4w8AiOMPAN7jDwASew4ATsQOAFhxDQBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBicgsAuHILAA5zCwCw6wkAvE0NAHIOAADMlQIAaHsOAPjqDABO6wwApOsMAPrrDABQ7AwApuwMAPzsDABS7QwAqO0MAOgNDQCkyBAAKpYAABJ7DgBOxA4AWHENAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQCm3gUAVt0DAKzdAwAC3gMAWN4DAJReCgDqXgoAQF8KAGRpBgC6aQYA5rwPADJQBgDYLAsATNwFAKLcBQD43AUATt0FAKTdBQD63QUAUN4FALo2AgAQNwIAYmgGALhoBgAOaQYAZGkGALppBgAQagYAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAPzeBQBS3wUAqN8FAP7fBQBU4AUAhv0HAOgeAAA+HwAAlB8AAOofAADSGQMA2BwDAH5HBADURwQAKkgEAIBIBADWSAQALEkEAIJJBADYSQQALkoEAIRKBADaSgQAMEsEAIZLBADcSwQAMkwEAFjeAwCUXgoA6l4KAEBfCgCWXwoA7F8KAEJgCgCYYAoAOCIDAI4iAwC07woABJsMAMagCQB6+wkAkkkAANgsCwASew4ATsQOAFhxDQDyEg0AvE0NAHIOAAAqlgAAkkkAAFrZAACEUAcAkMsBACRsAgDIEgIAWEQMADSIDACKiAwAypAAACCRAACQywEA5ssBAIb5BQDc+QUAMvoFAGaJAACeKAIAkqEBAAAAAADIEgIAJGwCAEDkDAAilAEAfm4CANIZAwDYHAMAfkcEANRHBAAqSAQAgEgEANZIBAAsSQQADDUCAGI1AgBM3AUATNYCAFahEACsoRAAAqIQAKTtDQAWPAMAyA4AADQcAQAEPQgAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUAYnILALhyCwAOcwsAsOsJACKYAwAAAAAAAAAAAAAAAAAQDgMAZg4DAHzBAQAAAAAAAAAAAAAAAAAAAAAAEA4DAGYOAwAcFAMAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAAt4DAHr1BgDQ9QYAJvYGAHz2BgDS9gYAKPcGADQcAQDUdAUAKnUFAIB1BQDWdQUAUDgIAJ4oAgDIEgIANBwBAIocAQDa2QsAMNoLAIbaCwA0HAEA1HQFACp1BQCAdQUA1nUFAGSzAAC6swAAELQAAGa0AAC8tAAAsuQFAEZ9AgDmvA8AZokAAPYKCAA0HAEA1HQFACp1BQCAdQUA1nUFAC4nCADoDQ0AkMsBAOa8DwCGyAIAODAKAI4wCgAMNQIAYjUCABJ7DgC4kQUADpIFACqWAABQOAgANBwBAMTlAQAgkQAAjMsCAOLLAgBM1gIAVFkCAGJoBgCEUAcA9uMJAHIOAADoHgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAP4aDgBUGw4AmJUPAGxABQDCQAUAGEEFAG5BBQDEQQUAGkIFAHBCBQDGQgUAHEMFAHJDBQDIQwUAyBICAJKhAQBsaQQAIpQBACRsAgDIEgIAHhMCAHQTAgDKEwIAuPUMAA72DABcHQ0A9goIAFA4CACQywEA5ssBAHIOAAAqwwEAOmQOAET5AACwYgUAvE0NAHIOAADMlQIA5tsJADzcCQCS3AkA6NwJAD7dCQCU3QkA6t0JAEDeCQCW3gkA7N4JAFwdDQBYyw8AIpgDAMgSAgAM0A8ATicAAMgSAgASew4AuHwQAD5KAACUSgAAVgAAAOgwCQAe8gYAzJMBANSEDQDkWQkAKpYAAFA4CADIEgIANBwBANR0BQAqdQUAgHUFANZ1BQAuJwgA8hINALxNDQByDgAAzJUCAPISDQC8TQ0Acg4AAMyVAgDIEgIAsOsJACKYAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALrmBAAQ5wQAqr0JAAC+CQBWvgkArL4JAAK/CQBYvwkArr8JAATACQBawAkAsMAJAAbBCQBcwQkAssEJAAjCCQBewgkAtMIJAFjeAwCUXgoA6l4KAEBfCgCWXwoA7F8KAEJgCgCYYAoADNAPANpQBwAwUQcAFpwIAGycCADCnAgAGJ0IAG6dCADEnQgAyBICABJ7DgBiaAYAuGgGAA5pBgBQOAgAyBICAAzQDwB6+wkAIpgDAHIOAADCEwQAGBQEAGxpBAC6NgIAcg4AAMITBAAYFAQAujYCACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA/hoOAFQbDgCqGw4AABwOAFYcDgCsHA4AAh0OAFgdDgCuHQ4ABB4OAFoeDgCwHg4ABh8OAFwfDgCyHw4ACCAOAFjeAwCUXgoA6l4KAEBfCgCWXwoA7F8KAEJgCgCYYAoADNAPANpQBwAwUQcAFpwIAGycCADCnAgAGJ0IAG6dCADEnQgAyBICABJ7DgBiaAYAuGgGAA5pBgBQOAgAyBICAAzQDwB6+wkAWN4DAJReCgDqXgoAQF8KAJZfCgDsXwoAQmAKAJhgCgAM0A8A2lAHADBRBwAWnAgAbJwIAMKcCAAYnQgAbp0IAMSdCADIEgIAEnsOAGJoBgC4aAYADmkGAFA4CADIEgIADNAPAHr7CQCQywEA5rwPAPKoAgDooQEAPqIBACKYAwC6NgIAZLMAAGaLAQDcxgEAMscBAIjHAQDexwEANMgBAI7KAQCiRA8AFIAQAMqQAAAgkQAAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBAJJTBQDoUwUAPlQFAJRUBQDqVAUAQFUFAJZVBQDsVQUAQlYFAJhWBQA0HAEA1HQFACp1BQCAdQUA1nUFAAAAAAAgEgEAQH4EAFwdDQAu3w4AoLgJAPa4CQBMuQkAorkJAH7SCQDU0gkAGpICAHTyBgCQywEAUDgIAMgSAgBcHQ0A9goIAEwLCACiCwgA+AsIANgsCwD46gwAzkACAMgSAgA0HAEAaLcBAAIJBAAqwwEAgpkBACKUAQDgHgIAyBICAFwdDQD0sQYA4B4CAEzmCgA0HAEAyBICAFhEDAAyUAYAiFAGAOgNDQDovQ8APr4PAOgwCQBo0w8AvtMPAHIOAADIEgIADNAPAPbjCQAAAAAAiuQPALiRBQAOkgUAZJIFALqSBQAQkwUAZpMFACASAQBAfgQAXB0NAC7fDgCguAkA9rgJAEy5CQCiuQkAftIJANTSCQAakgIAdPIGAJDLAQBQOAgAyBICAFwdDQD2CggATAsIAKILCAD4CwgA2CwLAPjqDADOQAIAyBICADQcAQBotwEAAgkEACrDAQCCmQEAIpQBAOAeAgDIEgIAXB0NAPSxBgDgHgIATOYKADQcAQDIEgIAWEQMADJQBgCIUAYA6A0NAOi9DwA+vg8A6DAJAGjTDwC+0w8Acg4AAMgSAgAM0A8A9uMJAAAAAAB6gAwA0IAMANIZAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAw1AgBiNQIAhv0HANz9BwAy/gcAbhQEAMQUBAAaFQQAcBUEAMYVBACk7Q0AAAAAAAAAAAByDgAAAAAAAAAAAAC65gQAaBcHAL4XBwD43AUATt0FAKTdBQD63QUAUN4FAKbeBQBW3QMArN0DAALeAwBY3gMAlF4KAOpeCgBAXwoAZGkGALppBgAQagYA0hkDAGY7BAC8OwQAEjwEAGg8BAC+PAQAFD0EAGo9BADAPQQAZJoJALqaCQAQmwkAZpsJALybCQCG/QcAyA4AABRyCQBqcgkAwHIJABZzCQDIEgIAXB0NAE4nAACSSQAA2CwLAPjqDABkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAODIAQA2yQEAjMkBAOLJAQA4ygEAypAAACCRAACMywIAWAUCAMgSAgCG/QcAyA4AABRyCQBqcgkAwHIJABZzCQDSGQMAZokAAFgFAgCQywEA5ssBAJJJAAC4kQUADpIFACqWAAByDgAAVgAAAOgwCQA+MQkA1OsAAObLAQAAAAAAypAAACqWAAByDgAAzJUCANgsCwD46gwA1OsAAET9AgDS/goAKP8KAH7/CgDc+QUAMvoFAIj6BQDe+gUANPsFAIr7BQDg+wUANvwFAIz8BQDi/AUAOP0FAI79BQDk/QUAOv4FAJD+BQDm/gUAPP8FAJL/BQDo/wUAPgAGAJQABgDqAAYAQAEGAJYBBgDsAQYAQgIGAJgCBgDuAgYARAMGAJoDBgDwAwYARgQGAJwEBgDyBAYASAUGAJ4FBgBmiQAAvIkAAO6HCABEiAgAUDgIAMgSAgASew4AuHwQAD5KAAA0HAEAsuQFAAjlBQDIEgIAftIJANTSCQCSSQAAuJEFAA6SBQAqlgAAcg4AAMgSAgBYGQwA0AUPAD4xCQDIEgIAftIJANTSCQAAAAAAypAAACqWAAByDgAAzJUCAMgSAgCSoQEAbGkEAAxkBABotwEAMlAGAIhQBgBa2QAAsOsJAMyTAQBkswAA7ocIAMgSAgBYRAwANIgMANIZAwBkswAATNYCAJD4AgDm+AIAPPkCAJL5AgBkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEACiUQAPjqDADU6wAARP0CAGIxAAC6swAAELQAAGa0AAC8tAAAErUAANIZAwBkswAATNYCAJD4AgDm+AIAPPkCAJL5AgBkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEACiUQAPjqDADU6wAARP0CAH7SCQDU0gkAPMwBAJLMAQDozAEAPs0BAJTNAQDqzQEAkqEBAOihAQBMkgsAopILAPiSCwCw6wkAvE0NAHIOAADMlQIAKpYAAFA4CACQsAkAAgkEAGIxAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwB6dAYA0HQGACZ1BgB8dQYA0nUGACh2BgB+dgYA1HYGAGY7BAC8OwQAEjwEAGg8BAC+PAQAFD0EAGo9BADAPQQAFj4EAGw+BADCPgQAGD8EAG4/BAAC2gEAWNoBAK7aAQAE2wEAWtsBAGAZCgC2GQoADBoKAGIaCgC4GgoADhsKAGQbCgC6GwoAEBwKAGYcCgC8HAoAEh0KAGgdCgC+HQoAFB4KAGoeCgDAHgoAFh8KAGwfCgBmiwEA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwB6dAYA0HQGACZ1BgB8dQYA0nUGACh2BgB+dgYA1HYGACgaAwB+GgMAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBAJJTBQDoUwUAPlQFAJRUBQDqVAUAQFUFAOgeAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA/hoOAFQbDgCqGw4AABwOAFYcDgCsHA4AAh0OAFgdDgCuHQ4ABB4OAFoeDgCwHg4ABh8OAFwfDgCyHw4ACCAOAFgZDAAyBAsAiAQLAN4ECwA0BQsAigULAOAFCwA2BgsAjAYLAOIGCwA4BwsAjgcLAOQHCwA6CAsAkAgLAOYICwA8CQsAkgkLAOgJCwA+CgsAlAoLAOoKCwBACwsAOCIDAI4iAwC07woABJsMAMagCQB6+wkAkkkAANgsCwASew4ATsQOAFhxDQDyEg0AvE0NAHIOAACSSQAAyBICAFrZAABgNAIAVHMPAKpzDwB6gAwA0IAMACaBDAB8gQwAWBkMAB55CgByDgAAKsMBAIKZAQCeKAIAkqEBAFhIDgASew4ATsQOAFhxDQBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUAYnILALhyCwAOcwsAEnsOALh8EAA+SgAAftIJANTSCQA8zAEAkswBAOjMAQA+zQEAhv0HAOgeAAA+HwAAlB8AAOofAABAIAAARPkAALggDQBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAPokKAK5EDAAERQwAnigCAADjBgBW4wYArOMGAALkBgCGGAAAyBICAIb9BwDkkA8AOpEPAFRZAgDMkwEADGQEAAQ9CACEUAcAevsJAJJJAADYLAsA+OoMANTrAABE/QIAvP0PAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAO5gCgBEYQoAmmEKAPBhCgBGYgoAnGIKAPJiCgBIYwoAnmMKAPRjCgBKZAoAoGQKAPZkCgBMZQoAhv0HAOgeAAA+HwAAlB8AAOofAAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBADgiAwCOIgMAtO8KAArwCgBg8AoAtvAKAAzxCgBi8QoAHhMCAORZCQA6WgkAkFoJAAzQDwCQywEAyBICAOgNDQA+Dg0AkMsBAObLAQAakgIAkkkAANxHAgCQywEAIpgDAMgSAgB8wQEAypAAACCRAACMywIAWAUCAP4aDgBUGw4AqhsOAAAcDgBWHA4ArBwOAAIdDgBYHQ4Arh0OAAQeDgBaHg4AsB4OAAYfDgBcHw4Ash8OAAggDgAA6QkAgtQJAN7XCQA02AkAitgJAODYCQBY3gMAlF4KAOpeCgBAXwoAll8KAOxfCgBCYAoAmGAKAAzQDwDaUAcAMFEHABacCABsnAgAwpwIABidCABunQgAxJ0IAMgSAgASew4AYmgGALhoBgAOaQYAUDgIAMgSAgAM0A8AevsJAGZqBgC8agYAEmsGAGhrBgBeIA4AtCAOAAohDgBgIQ4AtiEOAAwiDgBiIg4AuCIOAA4jDgBkIw4AWN4DAJReCgDqXgoAQF8KAGRpBgC6aQYAdqkMAOgeAAAWRAcAWEgOAB7yBgCSSQAAYmgGAIRQBwD24wkAkkkAAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAGZqBgC8agYAEmsGAGhrBgAqlgAAgJYAANTrAABE/QIAjB8CAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAGZqBgCWZQ0A7GUNAEJmDQCYZg0A7mYNAERnDQCaZw0AyA4AABRyCQBqcgkAwHIJABZzCQDcRwIA2lAHADBRBwCGUQcAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDSGQMAwEkKAICWAADU6wAARP0CAIYYAADcGAAAdvcIAMz3CAAi+AgAePgIAM74CAAk+QgANkoCAIbIAgDcyAIAzJMBAPKoAgBmiQAAnigCAJKhAQDIEgIAEnsOAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAO5gCgDGUg0AzMoHACLLBwB4ywcAzssHACTMBwB6zAcA0MwHACbNBwBcHQ0ATicAAJJJAADYLAsA+OoMAIb9BwDoHgAAFkQHAFhIDgAe8gYAkkkAAGJoBgCEUAcA9uMJAMgSAgB2fAsAMuMPAIjjDwDe4w8AFjwDALryCgAQ8woAZvMKALzzCgAS9AoAaPQKAK65BgAEugYAWroGALC6BgAGuwYAXLsGALK7BgAIvAYAXrwGALS8BgCO1AYA5NQGADrVBgCQ1QYA5tUGADzWBgDKkAAAkMsBAJDLAQDmywEAhhgAAJJJAADIEgIAEnsOAE7EDgDaUAcAHnkKAJKhAQDooQEAPqIBACKYAwDSGQMAAAAAAMgSAgASew4A7lACAERRAgCaUQIApO0NAIb9BwAOTA0AzJMBADJQBgBmiQAAnigCAJKhAQBYSA4Ahv0HAOgeAAA+HwAAlB8AAOofAABAIAAAFpgGAMgSAgAeEwIAqhkNAAAaDQBWGg0AEnsOAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGANIZAwA4IgMAjiIDALTvCgBcHQ0AhsgCANzIAgDMkwEA8qgCAGaJAACeKAIAkqEBAFhIDgCG/QcA6B4AAD4fAACUHwAA6h8AAEAgAAA0HAEAAAAAAFYAAABkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAFbdAwCs3QMAenQGAJwUDgDyFA4ASBUOAJDLAQDGoAkAMAsPAHpsAgCAlgAARDoMAJo6DACQywEA5ssBAIb5BQDc+QUAMvoFAGaJAACeKAIAkqEBAFhIDgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBACCRAACGGAAAIpgDANIZAwCSSQAAZLMAAFYAAABkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAFbdAwCs3QMATicAAPLRAQBI0gEAntIBAGSzAABmiwEA3MYBADLHAQCQywEA5ssBAEhTAgCSlBAAcg4AAOgeAAD85gkAUucJAKjnCQD+5wkAVOgJAKroCQDQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgDUdgYAFjwDAMgOAAAUcgkAanIJAMByCQAWcwkAyBICAHZ8CwAy4w8AiOMPAN7jDwBeIA4AtCAOAEpHEQCgRxEA9kcRAExIEQCiSBEA+EgRAE5JEQCkSREA+kkRAFBKEQD4AwQATgQEAKQEBAD6BAQAUAUEAKYFBAD8BQQAUgYEAPISDQC8TQ0Acg4AAJ4oAgAA4wYAVuMGAKzjBgAC5AYAWOQGAHapDAA+dQAAhsgCANzIAgDMkwEA8qgCAGaJAACeKAIAkqEBAGaJAABOJwAAJGwCAE4KBwAC2gEAcg4AAGIxAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwB6dAYAnBQOAPIUDgBIFQ4AyBICADQcAQCy5AUAIpgDAMgSAgB6gAwA0IAMACaBDAB8gQwAnigCAMIAEABcHQ0AhsgCANzIAgDMkwEA8qgCAGaJAACeKAIAkqEBAEzcBQCi3AUAGHoMAG56DADEegwAGnsMAHB7DADGewwAHHwMAHJ8DADIfAwAHn0MAHZ8CwByDgAAzJUCACKWAgCeKAIAkqEBAGxpBAACCQQApiwCAJjlDABYRAwAVgAAALyJAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwB6dAYAnBQOAPIUDgBIFQ4AKBoDAH4aAwBeBgEAtAYBAAoHAQBgBwEAtgcBAAwIAQBiCAEAnigCAEhADgCEUAcAkkkAAHIOAADMlQIAuJEFAHosDQDgDxAAyBICAB4TAgCQywEAxqAJADQcAQDIEgIAfMEBAET5AADSGQMA2BwDALqzAAAQtAAAZrQAALy0AAAStQAAaLUAAPISDQBIEw0AnhMNAPQTDQB+0gkARDoMAJo6DADIEgIADNAPAHr7CQCSSQAAyBICAAzQDwBOJwAAyBICAFwdDQCGyAIA3MgCAMyTAQDyqAIAZokAAJ4oAgCSoQEAWEgOAJ4oAgAA4wYAVuMGAKzjBgAC5AYAWOQGAHapDADIEgIAEnsOAE7EDgBYcQ0AEnsOAGaJAADU0AgAJGwCAMgSAgASew4AWMsPACKYAwDIEgIADNAPAE4nAADIEgIAEnsOALh8EAA+SgAAlEoAAOpKAAAqlgAAUDgIAMgSAgCeKAIAAOMGAFbjBgCs4wYAAuQGAFjkBgCSoQEAZokAAEDOAQDMlQIAYmgGAGSzAAByDgAA6B4AAGaJAABGfQIAZLMAAO6HCADOQAIAtE8QAApQEAAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAzkACAGxWEADCVhAA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwB6dAYAnBQOAPIUDgBIFQ4AAAAAAFYAAADoMAkAaNMPAHIOAADoHgAAZokAAEZ9AgBkswAA7ocIAFYAAABqOQIAzkACALRPEAAKUBAAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcg4AAM5AAgBsVhAAwlYQANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAFbdAwCs3QMAenQGAJwUDgDyFA4ASBUOAJKhAQBsaQQAhsgCAMyTAQAilAEA4B4CAGSzAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwCeuQoA6B4AAD4fAADU6wAARP0CANIZAwCSSQAAuJEFAHosDQDsegIAcg4AAFYAAAAeeQoAkMsBAJJJAADSGQMAkkkAALiRBQB6LA0A7HoCAHIOAABWAAAAHnkKAJDLAQCSSQAA0hkDAMBJCgCAlgAA1OsAAET9AgBmOwQAvDsEABI8BABoPAQAvjwEABQ9BABqPQQAfKgKAGwhCwDCIQsAGCILAG4iCwDEIgsAGiMLAHAjCwDGIwsAHCQLAHIkCwDIJAsAHiULAHQlCwDKJQsAICYLAHYmCwDMJgsAIicLAHgnCwDOJwsAJCgLAF4gDgC0IA4ACiEOAGAhDgC2IQ4ADCIOAGIiDgC4Ig4ADiMOAGQjDgC6Iw4AECQOAGYkDgC8JA4AEiUOAGglDgBKRxEAoEcRAPZHEQCGGAAAIBIBAIrkDwDIEgIATNwFAKLcBQD43AUATt0FAKTdBQD63QUAUN4FAGJyCwC4cgsADnMLAIb9BwDoHgAAPh8AAJQfAADqHwAAwD0EABY+BABsPgQAwj4EABg/BABuPwQAcu0EAMjtBAAe7gQAujYCABA3AgC4kQUAeiwNAOx6AgByDgAAVgAAAB55CgCQywEAkkkAAM5AAgBsVhAAwlYQANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAFbdAwCs3QMAenQGAJwUDgDyFA4ASBUOAJ4VDgD0FQ4AShYOAKAWDgD2Fg4ATBcOAKIXDgD4Fw4AThgOAKQYDgB2fAsAMuMPAIjjDwDe4w8ARv4CAEzWAgBWoRAArKEQAAKiEABYohAArqIQAASjEABaoxAAsKMQAJapBADsqQQAQqoEAJiqBADuqgQARKsEAJqrBADwqwQARqwEAJysBADyrAQASK0EAJ6tBAD0rQQASq4EAKCuBAD2rgQATK8EAKKvBAD4rwQATrAEAKSwBAD6sAQAULEEAKaxBAD8sQQARGEKAEzWAgBWoRAArKEQAAKiEABYohAArqIQAASjEABaoxAAsKMQANgcAwB+RwQA1EcEACpIBACASAQA1kgEACxJBACSSQAAYmgGALhoBgAOaQYAZGkGALppBgAQagYAZmoGALxqBgASawYAaGsGADgiAwAqlgAAWtkAAGSzAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwB6dAYAnBQOAPIUDgBIFQ4A9uMJANwYAADsNgsAQjcLAGaJAACGyAIA3MgCAMyTAQDyqAIAZokAAJ4oAgCSoQEAWEgOACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcg4AAD51AACGyAIA3MgCAMyTAQDyqAIAZokAAJ4oAgCSoQEAWEgOACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAOCIDAI4iAwC07woAXB0NAMb+DQBsaQQAhsgCADgwCgB6gAwA0IAMAOw2CwBCNwsAcg4AAMgSAgAeEwIAqhkNAAAaDQBWGg0ArBoNAFhEDACuRAwABEUMACKYAwB4mAMAzpgDAJDLAQDIEgIATNwFALqzAADKkAAAcg4AAMyVAgDYLAsAyBICAHqADADQgAwA7DYLAEI3CwBcHQ0AhsgCANzIAgDMkwEA8qgCAGaJAACeKAIAkqEBAGSzAABkswAAHMYGAHLGBgDIxgYAHscGADzMAQDIEgIAWtkAALDrCQDMkwEA8qgCAFhIDgB2fAsAcg4AAMyVAgAilgIAnigCAJKhAQBsaQQAAgkEAKYsAgDMkwEAIpQBAOAeAgDIEgIAXB0NAPSxBgBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAAt4DAFjeAwCu3gMABN8DAFrfAwDc/QcAMv4HAIj+BwDe/gcANP8HAIr/BwDg/wcANgAIABJ7DgBkswAAVgAAAAAAAADMkwEAVgAAAMgSAgBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAAt4DAFjeAwCu3gMABN8DABJ7DgC4fBAAPkoAAPISDQC8TQ0Acg4AAMyVAgASew4AYmgGALhoBgAOaQYAZGkGALppBgAQagYA7mAKAIqvCgDgrwoAdhQCAMyTAQCQywEA5ssBAAzQDwDaUAcAMFEHAIZRBwDIEgIAEnsOAGSzAABWAAAAyBICAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQCm3gUAVt0DAKzdAwAC3gMAWtkAAMyTAQAyUAYA6EkAAMgSAgDyEg0AvE0NAHIOAADMlQIAyBICAJJJAABkswAAVgAAAMgSAgBYGQwAkEoBAOZKAQCGyAIAzJMBAFA4CADovQ8AgJYAANIZAwDEPwQAohUNAPgVDQBOFg0ARv4CAO4ABQC8iwEAEowBAAAAAABYBQIAAAAAAAAAAAAAAAAAZokAAE4nAAByDgAAwhMEABgUBAAuJwgAhCcIANonCAAwKAgAhigIANwoCAAyKQgAiCkIAGJ8EADeHwMAZLMAAFYAAADIEgIAWBkMAJBKAQDmSgEAhsgCAMyTAQBQOAgA6L0PAICWAADSGQMAxD8EAKIVDQD4FQ0AThYNAEb+AgDuAAUAvIsBABKMAQAAAAAAWAUCAAAAAAAAAAAAAAAAAGaJAABOJwAAUDgIAKY4CADgDxAAkkkAAGJoBgCGyAIAODAKAIb9BwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAABC0wMAmNMDAO7TAwDKkAAAIJEAAF4GAQCGyAIA3MgCAMyTAQDyqAIAZokAAJ4oAgCSoQEAWEgOAAzQDwCQywEAyBICAOgNDQBg9g0AtvYNAAz3DQBi9w0AuPcNAA74DQBk+A0AuvgNABD5DQBm+Q0AvPkNABL6DQBQOAgAcg4AAMgSAgCG/QcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAQtMDAJjTAwDu0wMAypAAACCRAABeBgEAhsgCANzIAgDMkwEA8qgCAGaJAACeKAIAkqEBAFhIDgAM0A8AkMsBAMgSAgDoDQ0AYPYNALb2DQAM9w0AYvcNALj3DQAO+A0AZPgNALr4DQAQ+Q0AZvkNALz5DQAS+g0AyBICAIb9BwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAABC0wMAmNMDAO7TAwDKkAAAIJEAAF4GAQCGyAIA3MgCAMyTAQDyqAIAZokAAJ4oAgCSoQEAWEgOAAzQDwCQywEAyBICAOgNDQBg9g0AtvYNAAz3DQBi9w0AuPcNAA74DQBk+A0AuvgNABD5DQBm+Q0AvPkNABL6DQBifBAAZjsEAORZCQA6WgkAkFoJAHqADADQgAwAJoEMAHyBDADSgQwAKIIMAH6CDADUggwAAAAAAGaJAADU0AgAKtEIAGxpBADSGQMAkMsBAOa8DwAilAEA4B4CAEzmCgCAlgAA1OsAAET9AgAqlgAANBwBAGSzAABM1gIAvIkAAO6HCABEiAgAcg4AAOgeAAA+HwAAlB8AAOofAABAIAAA5ssBAICWAADU6wAARP0CAALaAQByDgAA0hkDABY8AwC68goAEPMKAGbzCgC88woAEvQKAGj0CgCk7Q0A2BwDAH5HBADURwQAKkgEAIBIBADWSAQALEkEAGJyCwC4cgsAOlwKAJBcCgDmXAoAZGkGALppBgAQagYA7mAKABJ7DgBOxA4AUDgIAOi9DwCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA3h8DALh8EAA+SgAAPKUDAJKlAwDopQMAPqYDAJSmAwDqpgMAQKcDAJanAwBcHQ0AhsgCANzIAgDMkwEA8qgCAGaJAACeKAIAkqEBAFhIDgBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAAt4DAFwdDQBUWQIA8moOALh8EADMkwEAAgkEAFgJBAA0HAEAihwBADQcAQAEPQgAhhgAAHJNCgDITQoAHk4KALj1DAAO9gwANBwBALLkBQBGfQIAJGwCAHpsAgBQOAgAyBICAOgNDQDovQ8AZokAAEgTDQCeEw0A9BMNAEoUDQCgFA0A9hQNAEwVDQBw0w0AWMsPAFA4CADIEgIAWEQMADSIDACKiAwAAhsNAD4ODQACCQQAPnUAAJ4oAgCSoQEAWEgOAFA4CADIEgIAypAAACCRAACSSQAAYmgGAPKoAgDIEgIAEnsOAGJoBgC4aAYADmkGAFA4CADIEgIAftIJANTSCQCSSQAAuJEFAJKhAQBsaQQAwmkEAAA1BQBkswAAzkACAGxWEADCVhAA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwB6dAYAnBQOAPIUDgBIFQ4AlGoQAOgeAAA+HwAAlB8AAOofAABAIAAAUDgIAOi9DwBmiQAA9goIANIZAwAYSQkAWtkAAIYYAADSGQMAsOsJALxNDQByDgAAzJUCAJKhAQDooQEAXEQLALJECwAIRQsAXkULAOgwCQA+MQkA1OsAAET9AgBg9AwA2lAHADBRBwCGUQcAyBICAMqQAAAgkQAAjMsCAFgFAgDIEgIAhv0HAMgOAAAUcgkAanIJAMByCQCG/QcA5JAPADqRDwBUWQIAypAAAHIOAADIEgIAsOsJAJjlDAAe8gYAJGwCAHpsAgBQOAgAGEkJANpQBwAwUQcAFpwIAGycCADCnAgAGJ0IAG6dCADEnQgAGp4IAHCeCADGnggAHJ8IAHKfCADInwgAHqAIAHSgCADKoAgAIKEIAHahCADMoQgAIqIIAHiiCADOoggARLMIAJqzCADwswgARrQIAFA4CADIEgIADNAPAHr7CQCSSQAAyBICAFrZAABgNAIAzJMBADJQBgBiaAYAIpQBAOAeAgDIEgIAHhMCAKoZDQCQywEAyBICAAzQDwDaUAcAMFEHABacCABsnAgAwpwIABidCABunQgAPjEJADZKAgBUWQIAYmgGAIRQBwD24wkAkkkAAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAGZqBgCWZQ0A7GUNAEJmDQCYZg0A7mYNAERnDQCaZw0APiUDAMTlAQCSSQAAZokAAFRZAgDYLAsADNAPANpQBwAwUQcAFpwIAGycCADCnAgAGJ0IAG6dCADEnQgAyBICABJ7DgBiaAYAuGgGAA5pBgBQOAgAyBICAAzQDwB6+wkAkkkAAAw1AgDKkAAAIJEAAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQA0HAEAihwBANrZCwCQsAkA0tkNACKYAwDIEgIATNwFAKLcBQAYegwAIJEAAJJJAADYLAsA3h8DAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAO5gCgBa2QAAYDQCAMyTAQAyUAYAYmgGACKUAQDgHgIAyBICAB4TAgCqGQ0AkMsBAMgSAgCGyAIA3MgCADLJAgCIyQIAsOsJALxNDQByDgAAzJUCACKWAgCGyAIA3MgCAMyTAQDyqAIAZokAAJ4oAgCSoQEAzMoHAAAAAACSoQEA0hkDADgiAwCOIgMAtO8KAPISDQC8TQ0Acg4AAMyVAgByDgAAyBICAFwdDQCGyAIA3MgCAMyTAQDyqAIAZokAAJ4oAgCSoQEAWEgOAFhEDACuRAwABEUMAMhRDAAeUgwAdFIMAFgZDAAeeQoAdHkKACgaAwB+GgMAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBAJJTBQCQywEA5ssBAIb5BQBUWQIA2CwLAIb9BwDoHgAAcg4AACrDAQCCmQEAhFAHAJKhAQCSoQEAyBICAPISDQC8TQ0Acg4AAMyVAgBE+QAAuCANALrmBAASew4AuJEFAA6SBQAqlgAAUDgIAMgSAgAeEwIAqhkNAJDLAQDIEgIAAAAAAMqQAAAqlgAAgJYAACKYAwDIEgIAHhMCAHQTAgDKEwIAIBQCAIYYAADcGAAA7DYLAEI3CwByDgAATicAAPLRAQBI0gEAntIBAOi9DwCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA/hoOAFQbDgAYegwAbnoMAMR6DAAaewwAcHsMAMZ7DAAcfAwAcnwMAH7SCQDU0gkAhvkFANz5BQAy+gUAyBICAFwdDQBYyw8AIpgDAMgSAgBM3AUAotwFAPjcBQAkWw8AelsPALyJAACguAkAyBICAFgZDAAeeQoAzJMBACKUAQBUWQIAcg4AANIZAwA4IgMAjiIDALTvCgAK8AoA6B4AAD4fAACUHwAA6h8AAEAgAAAWmAYAyBICAFwdDQCGyAIA3MgCAMyTAQDyqAIAZokAAJ4oAgCSoQEAWEgOAB4TAgCqGQ0AkMsBAMgSAgBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwByDgAA6B4AAD4fAACUHwAA6h8AAEAgAAAWmAYAbJgGAD4fAADU6wAARP0CAOgeAAA+HwAA1OsAAET9AgBeIA4AtCAOAAohDgBgIQ4AtiEOAAwiDgBiIg4AuCIOAA4jDgBkIw4AujYCAJDLAQDmywEASFMCAJKUEAByDgAA6B4AAK5xDQD6VgIAXusIALTrCADIEgIAhv0HAOgeAAA+HwAAlB8AAOofAABkswAAJGwCALDrCQC8TQ0AevsJAHIOAADoHgAAfKwMAIiyDACQywEA5rwPAIbIAgA4MAoAjjAKAM5AAgC0TxAAgJYAANTrAABE/QIAzkACAIYYAAAqlgAAkkkAAFrZAACEUAcAkMsBACRsAgB6bAIAgJYAANTrAABE/QIAXiAOALQgDgC8iwEAEowBAAb4DwAAAAAAAAAAACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA0hkDANgcAwB+RwQA1EcEACpIBACASAQA1kgEACxJBACCSQQA2EkEAC5KBACESgQA2koEADBLBACGSwQA3EsEADJMBAASew4AuHwQAD5KAAB2fAsAzHwLAFA4CABWAAAAHnkKAMyTAQAilAEA6nsDAMgSAgDKkAAAkMsBAJKhAQDSGQMAaAkAALDrCQAG7AkAXOwJAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQBicgsAuHILAA5zCwASew4AuHwQAD5KAAACswMAYPYNAG5JCQDESQkAGkoJAHBKCQCgjQkA6A0NAKY4CAAqlgAANBwBAIocAQACswMAYPYNAG5JCQDESQkAGkoJAHBKCQCgjQkA6A0NAKY4CAAqlgAANBwBAIocAQDgHAEAyBICAH7SCQBEOgwAmjoMAMYpDgAcKg4AcioOAMgqDgAqlgAAgJYAADQcAQBotwEAAgkEACrDAQCCmQEAhFAHAPbjCQDIEgIA6A0NAOi9DwCGGAAAumMDACqWAABQOAgAyBICAFrZAACw6wkAzJMBAPKoAgBYSA4AEnsOALiRBQAimAMAzJMBACKUAQDgHgIAyBICABJ7DgBOxA4AWHENAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQBicgsAuHILAA5zCwASew4AuHwQAD5KAAACswMAYPYNAG5JCQDESQkAGkoJAHBKCQCgjQkA6A0NAKY4CAAqlgAANBwBAIocAQDoDQ0ApMgQAPrIEABQyRAApskQAPzJEABSyhAATNwFAKLcBQD43AUATt0FAKTdBQD63QUAUN4FAAYVCQCEUAcAzMoHACRsAgB6bAIAgJYAAObLAQCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAxD8EAKIVDQD4FQ0AThYNAJCNDQCw6wkAzJMBAPKoAgBYSA4AHhMCAKQnAACSSQAAZLMAAO6HCADMkwEAIpQBAOAeAgDIEgIAhv0HAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAFwdDQDgDxAAzJMBAMgSAgCGyAIAODAKAI4wCgB2qQwAgpkBAIRQBwD24wkA0hkDAMyTAQDyqAIAWEgOAIYYAADcGAAA3kYBAE4nAACqGQ0AABoNAFYaDQCsGg0ASNQCAICWAADU6wAARP0CAHzBAQDiBAoAOAUKAI4FCgDkBQoAOgYKAJAGCgAAAAAAEA4DAGYOAwB6gAwA0IAMADIZAADWzQYALM4GAFI/CwCoPwsA/j8LAB4TAgDkWQkAOloJAJBaCQAM0A8AkMsBAMgSAgDoDQ0APg4NAJDLAQDmywEAGpICAJJJAADcRwIAkMsBAHZ8CwDMfAsAIn0LAHh9CwDOfQsAAAAAAIbIAgDcyAIARn0CAAAAAACQywEARDoMAJo6DAAAAAAAUDgIABhJCQBuSQkAxEkJABpKCQBwSgkAdHcJAMp3CQAgeAkAdngJAMzKBwAkbAIAemwCAJJJAACGGAAA3BgAAN5GAQBOJwAAqhkNAAAaDQBWGg0ArBoNAEjUAgCAlgAA1OsAAET9AgDOQAIAlGoQAMgOAAAUcgkA0oEMAORZCQDc4A4Afm4CAMgSAgBcHQ0A9LEGAIbIAgDcyAIAMskCAGxpBABQOAgAyBICAOgNDQBg9g0AbkkJAMRJCQAaSgkAcEoJAKCNCQB2fAsAzHwLAIbIAgDMkwEAkMsBAMagCQD24wkANBwBAAQ9CACGGAAAWtkAAIRQBwCQywEAJGwCAEDkDAAilAEA4B4CAMgSAgBM3AUAotwFAPjcBQAkWw8AelsPANBbDwAmXA8AfFwPANJcDwDIEgIAftIJAEQ6DACaOgwA8DoMAEY7DACcOwwA8jsMANIvDgAoMA4AuJEFAHosDQBUWQIA2CwLAOAeAgDIEgIAWEQMADSIDACKiAwAdnwLAMyTAQAyUAYA6EkAAD5KAAA8pQMAyBICAHqADADQgAwAJoEMAHyBDAB+0gkARDoMAJo6DADGKQ4AHCoOAHIqDgDIKg4AHisOAAzQDwCQywEAyBICADQcAQBotwEAAgkEAGIxAABmiwEA3MYBAE4nAADkWQkA4B4CAMqQAACQywEA5ssBAJDLAQDmywEAhvkFAFRZAgDYLAsA6A0NAGD2DQBuSQkAxEkJABpKCQBwSgkAoI0JAFgZDACQSgEA5koBAIbIAgDMkwEAUDgIAOi9DwCEUAcAhFAHAJJJAACSoQEAWEgOAHIOAAAqwwEAyBICAOgNDQBg9g0AbkkJAMRJCQAaSgkAcEoJAKCNCQB6gAwA0IAMACaBDAB8gQwA0oEMACiCDAB+ggwA1IIMAOgNDQBg9g0AbkkJAMRJCQAaSgkAcEoJAKCNCQB2fAsAzHwLAFA4CABWAAAAHnkKAMyTAQAilAEAHvIGAHTyBgDK8gYAIPMGAHbzBgDM8wYAIvQGAHj0BgDO9AYAJPUGAMyTAQBmiQAA1NAIAMgSAgASew4AZLMAAFYAAADSGQMAyBICAKJEDwAUgBAATNwFAKLcBQD43AUATt0FAKTdBQD63QUAUN4FAET5AAAAAAAAuuYEAEzFDwCqGQ0AkMsBAJJJAABiaAYAhsgCADgwCgAWRAcAIpgDAMgSAgB+0gkA1NIJACrTCQCA0wkA1tMJACzUCQDIEgIAWEQMANgcAwB+RwQA1EcEACpIBACASAQA1kgEACxJBACCSQQA2EkEAC5KBACESgQA2koEADBLBACGSwQA3EsEADJMBADEPwQAHvIGAHTyBgDK8gYAIPMGAHbzBgDM8wYAIvQGAHj0BgDO9AYAJPUGADgiAwCOIgMAPq4HAKJEDwAqlgAAqlcBAKhDDQACCQQAzJUCAGJoBgAilAEA4B4CAMgSAgDoDQ0AYPYNADQcAQCy5AUAzJMBAAYVCQBcFQkAshUJAAgWCQBeFgkAtBYJAAoXCQBgFwkAthcJAAwYCQBiGAkAuBgJAA4ZCQBkGQkAuhkJABAaCQBmGgkAkMsBAObLAQBIUwIAkpQQAHIOAADoHgAAfMEBAJJJAABkswAAVgAAANIZAwAAAAAAkqEBAHIOAADSGQMAAAAAAMqQAAAgkQAAjMsCAFgFAgDSGQMAAAAAAJ4oAgCSoQEAWEgOABJ7DgBOxA4AWHENAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQBicgsAuHILAA5zCwASew4AZLMAAFYAAADSGQMAAAAAAJKhAQByDgAA0hkDAAAAAACG/QcAKsMBAIDDAQDSGQMAAAAAAIYYAACGGAAAKpYAAB7yBgCSSQAAYmgGAIRQBwD24wkAyBICAH7SCQDU0gkAKtMJAIDTCQDW0wkALNQJAECzCQCSSQAAYmgGALhoBgAOaQYAUDgIABhJCQB6+wkAAAAAAJJJAACSSQAAVgAAAGSzAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwB+CxEAHnkKAHR5CgDKeQoARPkAALBiBQC8TQ0Acg4AAMyVAgA6ZA4AftIJANTSCQCG+QUA3PkFADL6BQDIEgIA6A0NAKY4CADWNRAALDYQAJ4oAgBmiQAAQM4BAOgeAACG/QcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAXB0NAFRZAgDKkAAAkqEBAFA4CADIEgIAeoAMANCADAAmgQwAfIEMAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQBicgsAuHILAA5zCwCQywEA5ssBAEhTAgCSlBAAcg4AAOgeAADovQ8AgJYAANTrAABE/QIAKpYAAICWAADU6wAADEUKAGJFCgAyGQAAAAAAAAAAAAAAAAAAEA4DAGYOAwAcFAMAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAAt4DAHr1BgDQ9QYAJvYGAHz2BgDS9gYAKPcGAAAAAAAAAAAAEA4DAGYOAwAcFAMAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAAt4DAHr1BgDQ9QYAJvYGAHz2BgDS9gYAKPcGAFrZAADMkwEAIpQBACqWAACAlgAA1OsAAET9AgAAAAAAAAAAAAAAAAAAAAAAAAAAAIYYAAAqlgAAkkkAAM5AAgBsVhAAwlYQANzGAQAyxwEAiMcBAN7HAQA0yAEACiUQAGAlEAC2JRAADCYQAGImEAC4JhAADicQAGQnEAD+Gg4AVBsOAKobDgAAHA4AVhwOAKwcDgACHQ4AWB0OAK4dDgAEHg4AWh4OALAeDgAGHw4AXB8OALIfDgAIIA4AhFAHAHIOAADIEgIAdnwLADLjDwCI4w8A3uMPAAAAAAAAAAAAAAAAANgsCwCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAAAAAAAAAAAAAAAAAKpXAQCoQw0AhFAHAPbjCQDIEgIAftIJANTSCQAq0wkAgNMJANbTCQAAAAAAKpYAAICWAACeKAIAzJMBACKUAQB+bgIApMgQACCRAADgHgIAcg4AAD51AACQyQAATicAAJ4oAgBmiQAAkMkAAMgSAgBcHQ0AnigCAOAeAgBM5goAFkQHAFhIDgCw6wkAhhgAACqWAACqVwEAqEMNAAAAAACGGAAAyBICAH7SCQDU0gkAsOsJAMqQAAByDgAAPnUAAPYKCAByDgAAKsMBAIKZAQCEUAcA9uMJACqWAAB+0gkA5rwPANSEDQDkWQkAypAAAJJJAABmiQAAVFkCAAAAAACEUAcAyBICAH7SCQDU0gkAGpICAHCSAgByDgAAPnUAAPYKCACGGAAA3BgAANIZAwDASQoAFkoKAGxKCgDCSgoAGEsKAG5LCgDESwoAGkwKAHBMCgDGTAoAHE0KACqWAAAe8gYAdPIGAMryBgAg8wYAdvMGAMzzBgAi9AYAePQGAM70BgAk9QYAHhMCAHQTAgDKEwIAIBQCAPTSAQDYHAMAfkcEANRHBAAqSAQAgEgEANZIBAAsSQQAgkkEANhJBAAuSgQAhEoEANpKBAAwSwQAhksEANxLBAAyTAQAHhMCAHQTAgDKEwIAIBQCAPTSAQDYHAMAfkcEANRHBAAqSAQAgEgEANZIBAAsSQQAgkkEANhJBAAuSgQAhEoEANpKBAAwSwQAhksEANxLBAAyTAQAyBICABJ7DgBiaAYAuGgGAA5pBgBQOAgAyBICAAzQDwB6+wkAYmgGALhoBgAOaQYAUDgIAMgSAgAM0A8AevsJAMgSAgBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAPzeBQBS3wUAqN8FAP7fBQBU4AUAlGoQAMgOAAAUcgkAanIJAMByCQAWcwkAkkkAAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAGZqBgCWZQ0A7GUNAEJmDQCYZg0A7mYNAERnDQCaZw0AWN4DAJReCgDqXgoAQF8KAJZfCgDsXwoAQmAKAJhgCgA4IgMAjiIDALTvCgAK8AoAYPAKALbwCgAM8QoAYvEKAB4TAgDkWQkAOloJAJBaCQAM0A8AkMsBAMgSAgDoDQ0APg4NAJDLAQDmywEAGpICAJJJAADcRwIAkMsBAPpWAgDU0AgAWEgOAICWAADU6wAARP0CAIRQBwCEUAcAkqEBAMgSAgASew4AYmgGALhoBgAOaQYAUDgIAMgSAgAM0A8AevsJAJJJAADIEgIAWtkAALDrCQDMkwEA8qgCAFhIDgBa2QAAYDQCAMyTAQAyUAYAYmgGACKUAQDgHgIAyBICAB4TAgCqGQ0AkMsBAMgSAgBcHQ0AWMsPAK7LDwAM0A8A2lAHADBRBwCGUQcAyBICAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQCm3gUAVt0DAFhEDAA0iAwAiogMAHqADADQgAwAJoEMAHyBDADOAg4AJAMOAHoDDgDQAw4AJgQOAHwEDgDSBA4AKAUOAAw1AgBiNQIAftIJANTSCQAAAAAAypAAACqWAAByDgAAzJUCAMgSAgASew4AYmgGALhoBgAOaQYAUDgIAMgSAgAM0A8AevsJAJJJAADIEgIAXB0NAE4nAACSSQAA2CwLAPjqDABYSA4AgJYAANTrAABE/QIAvP0PAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGABKeCgBongoAvp4KABSfCgBqnwoAwJ8KABagCgBsoAoAwqAKABihCgBuoQoARPkAAFrZAABgNAIAzJMBADJQBgA4IAIAkMsBAObLAQCG+QUAVFkCANgsCwAu3w4AAAAAAMqQAADMkwEAkMsBAObLAQAC2gEAUDgIAJ4oAgBkswAAyBICAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQCm3gUAVt0DAAzQDwCeKAIAkkkAAGaJAADMkwEAIpQBAMgSAgAC2gEAUDgIAJ4oAgBkswAAyBICAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQCm3gUAVt0DAHZ8CwDatA4AAFgBAFZYAQByUw0AyFMNAB5UDQB0VA0AylQNAFrZAACw6wkAmOUMAIYYAADIEgIAEnsOALiRBQAimAMAzJMBACKUAQDgHgIAyBICABJ7DgBOxA4AWHENAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAHIOAADIEgIATNwFAKLcBQAYegwAbnoMAMR6DAAaewwAcHsMAMZ7DAAcfAwAcnwMAMh8DAAefQwAXB0NAC7fDgAAAAAAypAAAMyTAQCQywEA5ssBADzMAQDIEgIAHhMCAJDLAQDGoAkANBwBAMgSAgASew4AuHwQAD5KAADKkAAAIJEAAPLTAgBI1AIAgJYAAJKhAQAimAMAzJMBACKUAQDgHgIAyBICAOgNDQCmOAgA1jUQACw2EACeKAIAZokAAEDOAQDoHgAAzgIOAC7fDgAAAAAAypAAAMyTAQCQywEA5ssBAFwdDQD0sQYAftIJANTSCQByDgAAyA4AAHr7CQCQywEAZLMAACqWAAAeEwIAkMsBAMagCQA0HAEAyBICAFhEDAAyUAYAcg4AAMgSAgBYGQwAkEoBAOa8DwAMZAQAsuQFAEZ9AgAimAMAyBICAB4TAgB0EwIAvIkAAKC4CQDcRwIAkMsBACKYAwDIEgIADNAPAJDLAQDIEgIAhv0HAMgOAAB6+wkAkMsBAGSzAACGGAAAKpYAAKpXAQDSGQMA3h8DAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAO5gCgBcHQ0ALt8OAAAAAADKkAAAzJMBAJDLAQDmvA8AIpQBAOAeAgDIEgIAXB0NAPSxBgBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwAqlgAAkkkAAGaJAAD2CggAUDgIAJDLAQDmvA8AIpQBAE4nAACqGQ0AyBICAHZ8CwDMfAsAIn0LAN5GAQBOJwAAqhkNAAAaDQBWGg0ArBoNAGaJAADMkwEAujYCAGaJAAC+JQ4AeigLANAoCwAilAEAMhkAANbNBgAszgYAUj8LAKg/CwD+PwsAVEALAKpACwAAQQsA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAANBwBAGi3AQACCQQAnigCAMIAEACw6wkAZokAAIbIAgDMkwEAIpQBAGh7DgAuLQsAhC0LANotCwAwLgsAhi4LANwuCwAyLwsAiC8LAN4vCwA0MAsAijALAOAwCwA2MQsAPg4NAOawCQA8sQkAkrEJAMqQAABQOAgAftIJANTSCQCG+QUA9goIAMgSAgDKkAAAUDgIAAAAAACEUAcAyBICABJ7DgBiaAYAuGgGAA5pBgBkaQYAumkGALDrCQBWAAAAujYCAIYYAAAqlgAAkkkAAFrZAACEUAcAkMsBACRsAgC6NgIA4B4CAEzmCgCi5goA+OYKAE7nCgCk5woA+ucKAObLAQByDgAAKsMBAOgeAAByDgAA0hkDAOAeAgBM5goAouYKAPjmCgBO5woApOcKAPrnCgBQ6AoApugKAPzoCgBS6QoAqOkKAB4TAgCqGQ0AkMsBAAzQDwCQywEAyBICAIb9BwDoHgAAPh8AAJQfAADMkwEAZLMAACqWAAB6gAwA0IAMACaBDAB8gQwAJGwCADbbCgDcGAAAWtkAALDrCQC8TQ0Acg4AAMyVAgDYLAsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAILOBgDYzgYALs8GAITPBgDazwYAMNAGAFwdDQD2CggAUDgIAJDLAQDmywEAcg4AACrDAQDIEgIAHhMCAKoZDQAAGg0AVhoNANpQBwAwUQcAhlEHAMgSAgASew4AZLMAAFYAAADIEgIATNwFAKLcBQD43AUATt0FAKTdBQD63QUAUN4FAKbeBQBW3QMArN0DAALeAwBY3gMArt4DAGaJAADMkwEAKpYAAICWAADU6wAARP0CAHzBAQDiBAoAOAUKAI4FCgDkBQoAOgYKAJAGCgAqlgAANBwBAFYAAAAeeQoAkMsBADZKAgBGfQIAIpgDAMgSAgAeEwIAdBMCAMoTAgC49QwADvYMAFhEDACuRAwABEUMAHqADAD6VgIAUFcCAKZXAgB+0gkA1NIJAHIOAADIDgAAkqEBAMqQAACSSQAAYmgGAIRQBwBQOAgA6L0PAIYYAAD6VgIAUFcCAKZXAgB6gAwA0IAMAJDLAQDIEgIAhv0HAOgeAAA+HwAAlB8AAIYYAAD6VgIAUFcCAKZXAgBYGQwAkEoBAOZKAQCGyAIAzJMBAFA4CADovQ8AZLMAAO6HCADIEgIA8hINALxNDQByDgAAzJUCAMgSAgBYRAwANIgMAIqIDAAkbAIANtsKANwYAABa2QAAhFAHADALDwDKkAAAVgAAAMgSAgAeEwIAdBMCAMoTAgC49QwADvYMACAUAgC6YwMAhFAHAM5AAgBsVhAA7ocIAGaJAABYyw8AhhgAACqWAAAWRAcAcg4AAM5AAgAwYxAAhmMQAJDLAQDmywEAcg4AAMgOAACSoQEAhsgCADgwCgBQOAgApjgIAPYKCABQOAgAkMsBAObLAQByDgAAKsMBAOgeAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA0hkDADgiAwD6VgIAUFcCAKZXAgBMEQsAohELAPgRCwBOEgsApBILAPoSCwBQEwsAphMLAPwTCwBSFAsAqBQLAP4UCwBUFQsAqhULAAAWCwBWFgsArBYLAAIXCwDIEgIAuCANAMgOAAAUcgkAanIJAMByCQAWcwkAfigKAOhfCwA+YAsAlGALAPjqDADU6wAARP0CAHZ8CwByDgAAzJUCACKWAgCeKAIAkqEBAGxpBAACCQQApiwCAMgSAgBcHQ0A9LEGAHqADAAqlgAAWtkAAMgSAgBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwDSGQMAfMEBAOIECgA4BQoAjgUKAOQFCgA6BgoAkAYKAOYGCgA8BwoASg4KAAAAAAAAAAAAAAAAAFgVCgCuFQoABBYKAFoWCgCwFgoABhcKAFwXCgCyFwoAAAAAAAAAAAAIGAoAXhgKALQYCgCOygEA5MoBADrLAQAeEwIAqhkNAAAaDQBWGg0A0hkDAMQ/BAAaQAQAMjsRAIg7EQDeOxEANDwRAGaJAACeKAIAkqEBAFhIDgAeEwIA5FkJADpaCQCQWgkAeoAMANCADAAmgQwAfIEMANKBDAAoggwAfoIMANSCDAAqlgAAhhgAANwYAAAqlgAAhhgAAIYYAADcGAAAKpYAAIYYAACSSQAA0hkDADgiAwCOIgMAtO8KAArwCgBg8AoAtvAKAAzxCgBi8QoAHhMCAORZCQA6WgkAkFoJAAzQDwCQywEAyBICAOgNDQA+Dg0AkMsBAObLAQAakgIAkkkAANxHAgCQywEAIpgDAMgSAgCiRA8A0hkDAAAAAADIEgIAnigCAPQoAgBOJwAATicAAKQnAACAlgAA5rwPACKUAQDgHgIAyBICABJ7DgBiaAYAuGgGAA5pBgBQOAgAyBICAAzQDwB6+wkAkkkAAMgSAgBcHQ0ATicAAJJJAADYLAsA+OoMAMzKBwBM1gIAotYCANIZAwBcHQ0Axv4NACrRCACA0QgAnigCAADjBgBW4wYArOMGAALkBgBY5AYABhEHAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQCm3gUAVt0DAKzdAwCeuQoA9LkKAFwdDQCyHQ0ACB4NAF4eDQBg9g0AWtkAABDnBABcHQ0Ash0NAJx9AgDyfQIASH4CAJ5+AgD0fgIASn8CAMgSAgBQxQ4AAAAAAMgSAgB83xAAZLMAAGaLAQDcxgEAMscBAIjHAQDexwEANMgBAIrIAQBW3QMArN0DALrmBAA0HAEAxOUBAHIOAADMlQIAyBICAJ4oAgDCABAADNAPAE4nAADIEgIAEnsOAO5QAgBEUQIAmlECAPrGDwDatA4AdhQCAMwUAgAiFQIAeBUCAHIOAADIEgIAWBkMAK4ZDABGfQIANkoCAErdBgAEPQgAkkkAANgsCwD46gwAyBICAAAAAADIEgIAEnsOAE7EDgBYcQ0AnigCAMIAEAB+0gkA1NIJAHIOAADIDgAAevsJAJDLAQBkswAAKpYAAAw1AgBiNQIASKsDAEhADgCEUAcAkqEBAMgSAgDgHgIAzJMBAIbIAgA4MAoAWEgOAK5IDgBYyw8ArssPAOAeAgDMkwEAhsgCADgwCgAexQUAXggCALhgAgAOYQIAyBICAOAeAgDMkwEAhsgCADgwCgA0HAEA1HQFACp1BQCAdQUA1nUFALrmBAA0HAEAxOUBAHIOAADMlQIAyBICAJ4oAgDCABAADNAPAE4nAADIEgIAEnsOAO5QAgBEUQIAmlECADQcAQDUdAUAKnUFAIB1BQDWdQUALHYFAAw1AgBiNQIASKsDAEhADgCEUAcAkqEBAMgSAgDgHgIAzJMBAIbIAgA4MAoAHsUFAF4IAgC4YAIADmECAMgSAgDgHgIAzJMBAIbIAgA4MAoANBwBANR0BQAqdQUAgHUFANZ1BQAsdgUADDUCAGI1AgBIqwMASEAOAIRQBwCSoQEAyBICAOAeAgDMkwEAhsgCADgwCgBYSA4ArkgOAFjLDwCuyw8A4B4CAMyTAQCGyAIAODAKAB7FBQBeCAIAuGACAA5hAgDIEgIA4B4CAMyTAQCGyAIAODAKAFA4CACkyBAAkqEBAFhIDgCGGAAA3BgAAN5GAQBOJwAAqhkNAAAaDQBWGg0ArBoNAEjUAgCAlgAA1OsAAET9AgA4IgMAjiIDALTvCgA0HAEAihwBANrZCwAw2gsAhtoLANzaCwB6gAwA+lYCAFBXAgCmVwIAUDgIADQcAQCKHAEA2tkLADDaCwCG2gsA3NoLAHqADAD6VgIAUFcCAKZXAgBQOAgANBwBAIocAQDa2QsAMNoLAIbaCwDc2gsAWBkMAK4ZDAAEGgwAWhoMALAaDAAGGwwAXBsMAJKhAQDooQEAJsUDAHzFAwDIEgIAypAAAJDLAQCSoQEAftIJANTSCQByDgAAyA4AAJKhAQCGyAIAODAKAFhEDAAMZAQAYmQEALhkBAAOZQQAZGUEAMgSAgB2fAsAzHwLAJJJAAC4kQUAIpgDAMgSAgAeEwIAqhkNAJDLAQDIEgIAWBkMAK4ZDAAEGgwAWhoMALAaDAAGGwwAXBsMAAw1AgBiNQIASKsDAJ6rAwD0qwMASqwDAB4TAgCqGQ0AABoNAFYaDQCsGg0AWEQMADJQBgCIUAYAWEQMAK5EDAAERQwAWkUMAPSxBgBYGQwArhkMAAQaDABaGgwAsBoMAAYbDABcGwwAzkACAALaAQByDgAAyA4AADQcAQCy5AUAVFkCAGSzAADuhwgAzJMBACKUAQDgHgIAyBICAFgZDACuGQwABBoMAFoaDACwGgwABhsMAFwbDAAeEwIAqhkNAJDLAQDIEgIAIBIBACyxDQB+CxEA1AsRAHqADADQgAwAJoEMAHyBDABYGQwAkEoBAObLAQBIUwIA5FkJADo7DwAqlgAAUDgIAMgSAgBa2QAAzJMBADJQBgDoSQAAyBICAAAAAADIEgIADNAPAJDLAQDIEgIABCAPAAAAAADIEgIADNAPAJDLAQDIEgIABCAPAFogDwDOAg4A9LEGAOgNDQDovQ8APr4PAOgwCQBo0w8AvtMPAOi9DwCGGAAAZLMAAFYAAACsAAAADB4MAGIeDAC4HgwADh8MAGQfDAA0HAEAsuQFAFjLDwBeCAIAZokAANTQCAAq0QgAvIkAACRsAgBOCgcAviUOAEzmCgDyEg0ASBMNAJ4TDQD0Ew0AeoAMANCADAAmgQwAfIEMAJ4oAgDCABAAKpYAAIYYAADIEgIAHhMCAKoZDQAAGg0AVhoNAKwaDQBYRAwArkQMAJbsEADs7BAAQu0QAJjtEADu7RAAWEgOAFA4CADOQAIAyBICABJ7DgC4kQUAIpgDAMgSAgASew4ATsQOAFhxDQBYRAwArkQMAJbsEADs7BAAQu0QAJjtEADu7RAAWEQMADJQBgDSGQMAOCIDAH4LEQDUCxEAKgwRAFhEDACuRAwAluwQAOzsEABC7RAAmO0QAO7tEABYGQwAkqEBAFhIDgCuSA4AQM4BAOgeAAB+0gkARDoMAJo6DADIEgIAaAkAAIYYAAB+CxEA1AsRACoMEQBYRAwArkQMAJbsEADs7BAAQu0QAJjtEADu7RAAypAAACCRAACSSQAAYmgGALhoBgAOaQYAKpYAAICWAADU6wAARP0CAJKhAQDooQEAJsUDAHzFAwDIEgIAhv0HAA5MDQBkswAA7ocIAMgSAgAeEwIA5FkJADpaCQCQWgkAokQPAPhEDwDgHgIATOYKADQcAQDIEgIAzJMBACKUAQDIEgIAXB0NAFjLDwAimAMAyBICAAzQDwBOJwAAyBICABJ7DgC4fBAAPkoAAJRKAADIDgAAevsJAJDLAQBkswAAKpYAAJKhAQDooQEATJILAKKSCwD4kgsA+NYCACKYAwDIEgIAWEQMAK5EDACW7BAA7OwQAELtEACY7RAA7u0QAFhIDgBQOAgAyBICAOAeAgBM5goANBwBABJ7DgC4fBAAPkoAAOAeAgBM5goANBwBAHIOAADIEgIAXB0NAIbIAgDcyAIAzJMBAPKoAgBmiQAAnigCAJKhAQDoDQ0AkMsBAOa8DwCGyAIAODAKAI4wCgDIEgIAHhMCAKoZDQAAGg0AVhoNAKwaDQAeEwIAqhkNAJDLAQDIEgIAAtoBAFA4CACeKAIAZLMAAOAeAgBM5goAouYKAMgSAgDoDQ0AkMsBAOa8DwCGyAIAODAKAI4wCgDIEgIAWEQMAK5EDACW7BAA7OwQAELtEABYyw8AZLMAACqWAAAeEwIAqhkNAJDLAQDIEgIAAtoBAFA4CACeKAIAZLMAABzGBgByxgYAkqEBADpkDgAC2gEAUDgIAJ4oAgBkswAAJtsOANwYAADeRgEATicAAKoZDQAAGg0AVhoNAKwaDQBI1AIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAMzKBwC6swAAWocCALCHAgAGiAIAUDgIAOi9DwBOJwAATicAAKoZDQAAGg0AVhoNAKwaDQBI1AIAgJYAANTrAABE/QIAsh0NAJJJAABiaAYA1IQNAPLRAQC8iQAAoLgJAMqQAACQywEAEnsOAE7EDgBYcQ0AHhMCAORZCQDc4A4Afm4CAGDiAwC24gMADOMDAGLjAwC44wMADuQDAGTkAwC65AMAnigCAMIAEAB+0gkA1NIJAHIOAADIDgAAkqEBAIbIAgA4MAoAUDgIANIZAwCGGAAA3BgAAN5GAQD4KgIAZHMLALpzCwAQdAsAZnQLAB4TAgCSlBAAIJEAAMb8DACSSQAAYmgGAIRQBwD24wkAkkkAANgsCwCGGAAAcg4AAIKZAQCEUAcA9uMJAAIJBABYCQQAftIJANTSCQAAAAAAypAAAMyTAQCQywEA5ssBAMgSAgB2fAsA2rQOANqFDAAwhgwAhoYMANyGDAAyhwwAiIcMAN6HDADoDQ0AkMsBAOa8DwCGyAIAODAKAMgSAgA4IAIAjiACANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAFbdAwCs3QMA0hkDAB4TAgCqGQ0AkMsBAMgSAgBYGQwAUDgIABhJCQDIEgIAWEQMADSIDACKiAwAeoAMANCADAAmgQwAfIEMAJKhAQDooQEAJsUDAHzFAwDovQ8AftIJANTSCQAAAAAAypAAAMyTAQCQywEA5ssBADzMAQDIEgIANBwBAIocAQDa2QsAMNoLAIbaCwDc2gsAWBkMAJBKAQDmSgEAhsgCAMyTAQBQOAgA6L0PAHIOAADIEgIAWBkMAK4ZDAAEGgwAWhoMALAaDAAGGwwAXBsMAOAeAgA2HwIAyBICAB4TAgDkWQkAOloJAJBaCQByDgAAyBICAFhEDACuRAwABEUMAHIOAABWAAAA6DAJAB7yBgBOJwAA8tEBAEjSAQCe0gEAokQPALo2AgAqlgAAgJYAANTrAABE/QIAWtkAAGA0AgD6Qw4AumMDACKUAQDgHgIA0hkDAIYYAADcGAAA3kYBACybAgCYwA8ApO0NAFA4CADovQ8APr4PAJS+DwDqvg8AQL8PAJa/DwDsvw8AQsAPANIZAwByDgAAzJUCALiRBQAOkgUAZLMAAJJJAADSGQMAkMsBAObLAQAakgIAdPIGAIbIAgA4MAoAjjAKADZKAgCeKAIAkqEBAFhIDgB8rAwA0qwMACitDAB+rQwA1K0MAGSzAABmiwEAkMsBAObLAQB8rAwA0qwMACitDAB+rQwA1K0MACquDACArgwA1q4MACyvDACCrwwA2K8MAC6wDABm4QEAvOEBALAIAwAGCQMAWEgOAHysDADSrAwAKK0MAH6tDADUrQwAKq4MAICuDADWrgwALK8MAIKvDADYrwwALrAMAFYAAACsAAAARn0CAHapDADoHgAApO0NAMqQAAByDgAA6B4AAD4fAADWlgAAKpYAAICWAADU6wAARP0CAFrZAABgNAIA+kMOALpjAwAilAEA4B4CANIZAwAArAAAVqwAAKysAAAsmwIAmMAPAKTtDQBQOAgA6L0PAD6+DwCUvg8A6r4PAEC/DwCWvw8A7L8PAELADwDSGQMAcg4AAMyVAgDYLAsALi0LAAQ9CACqVwEAqEMNANIZAwDgHgIANBwBAAQ9CACGGAAAkkkAAGaJAABUWQIAYmgGAIRQBwD24wkAyBICAB4TAgB0EwIAkMkAAJKhAQByDgAA6B4AACjYDAB6KAsAnigCAADjBgBUWQIAZokAANTQCADIEgIAdnwLADLjDwCI4w8A3uMPANTQCADSGQMAJGwCAEDkDACW5AwA7OQMAELlDADMkwEA8qgCAEipAgCeqQIAKpYAAGaJAADgDxAAyBICAAzQDwB6+wkAkkkAAMgSAgAM0A8ATicAAMgSAgA0HAEABD0IAFo9CACKHAEAkMsBAICWAAA0HAEAaLcBAL63AQD6VgIAXusIANgsCwBQOAgAyBICAJ4oAgAimAMAyBICAFwdDQBYyw8A3BgAAN5GAQDoSQAAPkoAADylAwDIEgIAWBkMAJBKAQDmSgEAokANAPhADQBOQQ0A4B4CADYfAgAM0A8AMAsPALj1DAAO9gwAEncMAGh3DAAeEwIAdBMCADbfDACM3wwA4t8MADjgDACO4AwA5OAMADrhDACQ4QwAWBkMAK4ZDABGfQIAdqkMAOgeAAB2fAsAMuMPAIjjDwDe4w8AZLMAAEzWAgBWoRAA4B4CALDrCQAG7AkAWEQMAK5EDAAERQwAyFEMAB5SDAAOfRAA5ssBAIb5BQD2CggAyBICAAAAAAAmAg0AyBICALDrCQBmiQAAWMsPAFA4CACSoQEAWEgOAFA4CAB2fAsA2rQOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAM5AAgDSGQMAyD8DAB5AAwB0QAMA9oEDAEyCAwCiggMA+IIDAE6DAwBcHQ0AVFkCAFwdDQBUWQIAAAAAAOYMDQDIEgIAUDgIAJCwCQDS2Q0AKNoNAH7aDQDU2g0A0hkDAJ4oAgAimAMAkkkAANgsCwDYHAMA7ocIAGaJAABGfQIAsOsJAGaJAABAzgEAyBICAB4TAgB0EwIAyhMCACAUAgAy4w8AiOMPAN7jDwCGGAAAkkkAAGaJAABYBQIAyBICAHZ8CwAy4w8AiOMPAN7jDwCEUAcAevsJACCRAADy0wIA6A0NAOi9DwCSSQAA2CwLAB7yBgCSSQAA2CwLAGaJAABGfQIA5ssBAOgNDQDovQ8AkkkAANgsCwAe8gYAkkkAANgsCwByDgAAgpkBANiZAQAumgEAhJoBAObhDAA84gwAyBICAJ4oAgAimAMAyBICAIb9BwCCmQEA2JkBAC6aAQCEmgEAVgAAAJBKAQDmSgEANBwBAGi3AQACCQQA6B4AAD4fAADmywEAAtoBACIdBgAe8gYAkkkAAGJoBgCEUAcANBwBALLkBQDMkwEAIpQBADZKAgC8iQAAKpYAAJ4oAgBmiQAAvIkAACRsAgDIEgIANBwBAIocAQByDgAAzJUCAMgSAgB+0gkA1NIJABqSAgASeQ0AhhgAAJJJAADIEgIATNwFAEzWAgCi1gIA+NYCAE7XAgCSoQEAZokAAEDOAQDMlQIAuuYEAFgZDACQSgEA5koBAKJADQD4QA0ATkENAKRBDQDIEgIATNwFAKLcBQCYlQ8A7pUPAESWDwCalg8A8JYPAEaXDwDIEgIAWtkAAMyTAQAyUAYA6EkAAMgSAgB2fAsA2rQOADC1DgCGtQ4AiFAGAEzcBQCi3AUAvIsBAMzKBwAqlgAAcg4AACrDAQDOQAIAtE8QAApQEACoQw0A/kMNAMyTAQAyUAYA2CwLAFA4CADIEgIAWtkAAMyTAQAyUAYA6EkAAMgSAgBM3AUAotwFALyLAQASjAEAypAAAJ4oAgCSSQAA2CwLAHxYDQDSWA0A2F0OAE4nAADy0QEASNIBAJ7SAQBcSA0AskgNAAhJDQBeSQ0AtEkNAIRQBwCEUAcAMAsPABJ7DgBiaAYAuGgGAA5pBgBQOAgAyBICAAzQDwB6+wkAkkkAAMgSAgBYRAwArkQMAAzQDwBOJwAAKpYAAFA4CADovQ8AUDgIAMgSAgASew4AYmgGALhoBgAOaQYAZGkGALppBgAQagYA7mAKAMZSDQAcUw0Acg4AAMyVAgASew4AYmgGALhoBgAOaQYAUDgIAMgSAgAM0A8AevsJAJJJAADIEgIAWEQMAK5EDADeHwMAGvgKAL57DgAoWQ0AflkNANRZDQAqWg0AgFoNANZaDQAsWw0AglsNANhbDQAuXA0A8GcNAEZoDQCcaA0A8mgNAN4fAwBiaAYAuGgGAA5pBgBkaQYAumkGABBqBgDuYAoAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAFwdDQBOJwAAkkkAANgsCwD46gwAEnsOAE7EDgBYcQ0AnigCAMIAEABcHQ0AWMsPAK7LDwBYRAwArkQMAJbsEADs7BAAQu0QAFjLDwBkswAAKpYAAAzQDwBOJwAAyBICAHZ8CwAy4w8AiOMPAN7jDwDIEgIAeoAMANCADAAmgQwAfIEMAE4rAgDatA4AMLUOAAIJBAB2fAsA2rQOADC1DgACCQQAeoAMANCADAAyGQAAdnwLADLjDwCI4w8A3uMPADLjDwCI4w8A3uMPACqWAADMkwEAhsgCADgwCgDIEgIAypAAACCRAAAq7gEAgO4BANbuAQAs7wEAgu8BANjvAQAu8AEAhPABABB4DQBmeA0AvHgNAMgSAgDKkAAAIJEAAFrZAABgNAIAtjQCANgsCwBQOAgAyBICAHZ8CwDatA4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEATicAAKQnAACAlgAA1OsAAET9AgDgHgIANh8CAFA4CADIEgIAeoAMANCADAAmgQwAfIEMAE4rAgDatA4AdhQCAMwUAgAiFQIAeBUCAMgSAgCG/QcADkwNAGSzAABkswAAKpYAAHIOAABa2QAAYDQCAFRzDwCqcw8AeoAMANCADAAmgQwAfIEMAE4rAgDatA4AdhQCAMwUAgAiFQIAeBUCAM4VAgDatA4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAumMDAAAAAACGGAAAumMDABBkAwASew4ATsQOAFhxDQBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQDoDQ0APg4NAOawCQAM0A8A2lAHADBRBwBYGQwAzJMBACKUAQCG/QcA5JAPADqRDwBGfQIAftIJANTSCQCG+QUA3PkFAA5MDQBkswAAZLMAACqWAAAqlgAAnigCAMIAEABcHQ0AnigCAJKhAQCG+QUA9goIAMgSAgBYGQwAkEoBAOZKAQA65Q4AkOUOAOblDgA85g4AkuYOAAzQDwBOJwAAyBICAMqQAAAgkQAA8tMCAEjUAgCe1AIA9NQCAErVAgCg1QIAeoAMAF4IAgC4YAIAYmgGACqWAAByDgAAyBICAAzQDwBOJwAAyBICAMqQAAAgkQAA8tMCAEjUAgCe1AIA9NQCAErVAgCg1QIAeoAMAF4IAgC4YAIAhhgAANwYAAA+rgcAKpYAAJJJAADuUAIARFECAJpRAgAgEgEAQH4EAAzQDwCeKAIAAtoBACIdBgAe8gYAkkkAAMgSAgDyEg0ASBMNAJ4TDQD0Ew0AeoAMANCADAAyGQAAXB0NAFRZAgCqWQIAAFoCAFZaAgCsWgIAAlsCAFhbAgA0HAEABD0IAJJJAADoSQAAvE0NAFA4CADIEgIAWEgOAFA4CADIEgIAOokLAIRQBwDaUAcAkkkAAGJoBgCEUAcA9uMJANIZAwDKkAAAIJEAAFrZAACw2QAANkoCAOAPEABE+QAAVAMCADqJCwCQiQsADNAPAPbjCQDIEgIAXB0NAPSxBgA6iQsAhhgAANwYAAA+rgcAKpYAADqJCwCQiQsAhsgCANzIAgAyyQIAiMkCAFhEDACuRAwAeJQBAIRQBwAwCw8AemwCAFrZAADMkwEAMlAGAOhJAAC4kQUARDoMAJJJAADoSQAAIpgDAAw1AgBiNQIAuDUCAA42AgBkNgIAHhMCAHQTAgDU0AgAcg4AAHqADAC6YwMAXB0NAFLIDwCoyA8A/sgPAFTJDwCqyQ8AIpQBAOAeAgB2fAsAMuMPAIjjDwC6NgIAZokAAEDOAQCWzgEA7M4BAELPAQCYzwEA7s8BANSEDQBOJwAApCcAAICWAADmywEAhhgAAGSzAAAqlgAAokQPABSAEABcHQ0ALt8OAKC4CQDKkAAAZokAANTQCAAMNQIAYjUCAMSCEAAagxAAfooQANSKEAAqixAAgIsQANaLEAAsjBAAgowQALrmBABYRAwANIgMAIqIDAB6gAwA0IAMACaBDAB8gQwAOokLAJJJAAC4kQUARDoMACqWAAA6iQsATicAAPLRAQDU0AgAcg4AAOgeAAA6iQsAnmkNALiRBQBEOgwAkkkAAOhJAAAimAMA0oEMAHQTAgDU0AgAcg4AAJz+AgDSGQMA0hkDAPwXDQBSGA0AqBgNAP4YDQBUGQ0AOgwNAJAMDQAM0A8AkMsBAMgSAgB6gAwAKpYAAGaJAABGfQIAdnwLAMx8CwBQOAgAyBICAAzQDwBOJwAAyBICAFhEDACuRAwAfgsRAOqgAAAYSQkAKpYAAHIOAADIEgIAeoAMANCADAAmgQwAfIEMAE4rAgDatA4AMLUOAAIJBADoDQ0AYPYNALb2DQAM9w0AYvcNALj3DQAO+A0AZPgNALr4DQAQ+Q0AZvkNALz5DQAS+g0A1NAIAJDLAQDmywEAhvkFAPYKCAAimAMAyBICAHZ8CwDatA4AMLUOAAIJBADMlQIAXB0NAIbIAgDcyAIAzJMBAPKoAgBmiQAAnigCAJKhAQAkQQIARDoMAJo6DADwOgwARjsMAJw7DADyOwwASDwMAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDeHwMAYmgGALhoBgAOaQYAUDgIAMgSAgAM0A8AevsJAJJJAADIEgIAWtkAAGA0AgDMkwEAMlAGAGJoBgAilAEA4B4CAMgSAgAeEwIAqhkNAJDLAQDIEgIADNAPANpQBwAwUQcAFpwIAGycCADCnAgAGJ0IAG6dCACAlgAA1OsAAET9AgBeIA4AtCAOAAohDgBgIQ4AtiEOAAwiDgBiIg4AuCIOAA4jDgBkIw4AuiMOABAkDgBmJA4AvCQOABIlDgBoJQ4A2BwDAH5HBADURwQAKkgEAIBIBADWSAQALEkEAIJJBADYSQQALkoEAIRKBADaSgQAMEsEAIZLBADcSwQAMkwEANgcAwB+RwQA1EcEACpIBACASAQA1kgEACxJBACCSQQA2EkEAC5KBACESgQA2koEADBLBACGSwQA3EsEADJMBADgHgIA4B4CAJDLAQDmywEA4B4CAHooCwBUWQIA2CwLACqWAACAlgAA1OsAAET9AgCGGAAAumMDACKUAQDgHgIAyBICAIb9BwDoHgAAFkQHAFhIDgAe8gYAkkkAANgsCwBQOAgAyBICABJ7DgBoew4AvnsOAD5oDwCG/QcA5JAPADqRDwBGfQIAkkkAAFYAAAAyBAsAiAQLAJJJAAAAAAAATicAAPLRAQBI0gEAZg4DAH7SCQDU0gkAhvkFAEDOAQDIDgAA9uMJANIZAwBUMAMAqjADAAAxAwBWMQMArDEDAAIyAwBYMgMArjIDAAQzAwB6+wkAkkkAAFYAAADqoAAAkkkAAMgSAgAeEwIAkMsBAMagCQA0HAEAyBICAIb9BwD2wg4ATMMOAMyTAQBM3AUAurMAAFhIDgCuSA4AhFAHAJDLAQAkbAIAaHsOAL57DgCkmQ4A+pkOAAylDwBipQ8AuKUPAA6mDwBGfQIAKpYAAFA4CADIEgIAEnsOAGh7DgC+ew4ApJkOAPqZDgAMpQ8AYqUPALilDwAOpg8AKpYAAGaJAAB6bAIAUDgIAMgSAgASew4AaHsOAL57DgCkmQ4A+pkOAAylDwBipQ8AuKUPAA6mDwAeEwIAdBMCAMoTAgAgFAIAwKcOABaoDgBsqA4A9kEOAExCDgCiQg4A+EIOAE5DDgCkQw4AkqEBAFhIDgCuSA4AyBICABJ7DgBoew4AvnsOAKSZDgD6mQ4ADKUPAGKlDwC4pQ8ADqYPAOihAQBa2QAAyBICABJ7DgBoew4AvnsOAKSZDgD6mQ4ADKUPAGKlDwC4pQ8ADqYPAHpsAgBQOAgAyBICABJ7DgBoew4AvnsOAKSZDgD6mQ4ADKUPAGKlDwC4pQ8ADqYPAHIOAADIEgIAHhMCAHQTAgDKEwIAIBQCAH7SCQDU0gkAcg4AAFxIDQCSoQEAkkkAAMgSAgCG/QcADkwNAAylDwBipQ8AuKUPAA6mDwAAAAAAOmQOAMgSAgAeEwIAdBMCAMoTAgDS1wwAdnwLADLjDwCI4w8A3uMPAPbjCQAqlgAAhv0HAOgeAACscg4AAnMOAFhzDgDIEgIADNAPABJ7DgBoew4AYHcOALZ3DgAMeA4AYngOALh4DgAOeQ4AyBICAAzQDwCSoQEAkqEBAFhIDgAe8gYAkkkAAGJoBgAilAEAAgEAABaqDwByDgAAyBICABwsDwCQZA4AkkkAAMqQAABWAAAAZLMAALqzAABahwIAsIcCAAaIAgA0HAEAihwBANrZCwAw2gsAhtoLANzaCwBmiQAARn0CAFA4CAAYSQkAWtkAAIYYAABkswAAurMAAFqHAgCwhwIABogCAJJJAADYLAsAfFgNAIyLDQDiiw0AOIwNAI6MDQDkjA0AOo0NAOgeAAByDgAAAAAAAAAAAAAYqQ4AbqkOAMSpDgAaqg4ARPkAALggDQC65gQATMUPAKLFDwD4xQ8AIBQCAAAAAABM3AUAotwFAPjcBQB8hQ4A0oUOACiGDgByDgAAyA4AAJKhAQBYSA4AzkACAJKhAQDooQEA+kcQACKUAQBOJwAAWtkAAGA0AgD6Qw4AtE8QAICWAADU6wAARP0CAFA4CADovQ8AnigCAPQoAgDYRQIAuJEFAHosDQDQLA0AhsgCANzIAgAyyQIAbGkEAFA4CACmOAgA1jUQAGJoBgCEUAcA9uMJAMgSAgBa2QAAYDQCAPpDDgC6YwMAIpQBAOAeAgDoDQ0A6L0PAD6+DwCUvg8A6r4PAEC/DwCWvw8A7L8PAGJoBgCEUAcA9uMJAMgSAgBa2QAAYDQCAPpDDgC6YwMAIpQBAOAeAgCG/QcADkwNAMyTAQAyUAYA2CwLAHxYDQDSGQMAEnsOAGh7DgC+ew4ApJkOAPqZDgBQmg4AppoOAPyaDgAeEwIAdBMCAMoTAgAgFAIAwKcOAMLqBAAY6wQAru4LAEQ6DAC+GQgAGEkJAHr7CQCSSQAAyBICAAAAAADovQ8AgJYAANTrAAAq7AAAAAAAAAAAAACG/QcADkwNAMyTAQAyUAYA2CwLAHxYDQBs6gQASkEOAKBBDgA+aA8AHhMCAORZCQA6WgkAkFoJAAAAAABwqg4AfMEBAE4nAADy0QEASNIBABAOAwDSGQMAdnwLANq0DgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAyv4MACD/DAB+0gkA1NIJAALaAQAiHQYAHvIGAJJJAABiaAYAhFAHAPbjCQDIEgIAWEQMAK5EDACqVwEAqEMNAP5DDQBURA0AqkQNAABFDQBWRQ0ArEUNAAJGDQBYRg0ArkYNAFwdDQD0sQYAeoAMANCADAA+rgcAokQPANhwAgAucQIAhHECANpxAgDIEgIAdnwLANq0DgAwtQ4AhrUOAIhQBgBM3AUAotwFALyLAQASjAEABvgPADQcAQCy5AUAzJMBACKUAQC6YwMAIpQBAOAeAgDIEgIAWEQMAK5EDAAk2g4AetoOAMKqDwAYqw8A3EcCANDaDgC65gQAAAAAAMgSAgDKkAAAIJEAACgDDQB+Aw0A1AMNACoEDQCABA0A1gQNACwFDQCCBQ0AMuMPAIjjDwDe4w8AnigCAMIAEACSSQAAWtkAACqWAAAqlgAAhhgAAMgSAgASew4AaHsOAL57DgBWAAAArAAAAAIBAAC65gQAJNoOAHraDgC65gQAkkkAANxHAgDQ2g4AuuYEAAAAAADIEgIAEnsOALh8EADMkwEAAgkEAFgJBACuCQQAaHsOAL57DgAoWQ0AflkNANRZDQAqWg0AgFoNANZaDQAsWw0AglsNANhbDQAuXA0A8GcNAEZoDQCcaA0A8mgNAEhpDQAkbAIAQOQMAFA4CACGGAAA+lYCAOAPEACsMwQApiwCAPwsAgBE+QAAVAMCAGgXBwBM1gIAotYCAPjWAgC8iQAAkMsBAMagCQByDgAAKsMBACKUAQC6YwMAAgkEAKYsAgCY5QwAUDgIAMgSAgBYRAwArkQMAJJJAADYLAsAfFgNANJYDQDaUAcAMFEHABacCACSSQAA7lACAAzQDwD24wkAyBICAIb9BwDoHgAArHIOAAJzDgBYcw4AujYCAGaJAADU0AgAKtEIAIDRCABM3AUATNYCAKLWAgD41gIAnigCAGaJAAC8iQAAkqEBAGaJAAAkbAIALocNAISHDQDahw0AMIgNAIaIDQDciA0AftIJAEQ6DADqewMAQHwDAPjqDADU6wAARDoMAFYAAACSSQAA2CwLAAAAAAAAAAAAAAAAAJ4oAgDCABAATicAAKoZDQCQywEA5ssBAFwdDQDG/g0AKtEIAGgJAAC+CQAA8hINALxNDQASTg0AZokAAE4nAACSSQAA2CwLAPjqDADIEgIAXB0NAMb+DQAq0QgAaAkAAL4JAADyEg0AvE0NABJODQB2fAsAZokAALyJAADuhwgAaAkAAL4JAADyEg0AvE0NABJODQB2fAsAZokAALyJAADuhwgAaAkAAL4JAADyEg0AvE0NABJODQBsaQQAIpQBAIKZAQAilAEA6DAJAGjTDwC+0w8AFNQPAGrUDwAAAAAAHhMCAHQTAgDKEwIAeAQPAM4EDwDIEgIAEnsOAGh7DgC+ew4APmgPACRsAgAAAAAAyBICABJ7DgBoew4AvnsOAD5oDwCG/QcADkwNAMyTAQAyUAYA2CwLAHxYDQBYGQwArhkMAKhwDgAeEwIAdBMCAMoTAgBM3AUATNYCAJD4AgBkswAAKpYAABZEBwCSoQEAWEgOAFA4CAD2wg4ATMMOAKLDDgD4ww4ATsQOAKTEDgDoDQ0ApMgQAPrIEAA2SgIAVFkCAGJoBgCEUAcA9uMJALo2AgA0HAEAcg4AABJ7DgBoew4AvnsOAD5oDwBYGQwArhkMAKhwDgAeEwIAdBMCAMoTAgCG/QcADkwNAMyTAQAyUAYA2CwLAHxYDQDOQAIAzkACAK4fDwDIEgIAHhMCAHQTAgDKEwIAIBQCADLjDwCI4w8A3uMPAB4TAgCQywEAxqAJADQcAQAM0A8AMAsPAFhEDADgHgIAhhgAANwYAACQywEA5ssBADzMAQDIEgIAypAAACCRAADG/AwAHP0MAHL9DADI/QwAHv4MAHT+DAAgrQ4AXiIPALQiDwAKIw8AOmQOACTrAQCscg4AAnMOAFhzDgDIEgIA8hINALxNDQASTg0AYHcOALZ3DgAMeA4AYngOALh4DgAOeQ4AyBICAPISDQC8TQ0AEk4NAGaJAAC8iQAA7ocIAMgSAgCG/QcA6B4AAKxyDgACcw4AWHMOAMgSAgDyEg0AvE0NABJODQASew4AaHsOAGB3DgC2dw4ADHgOAGJ4DgC4eA4ADnkOAMgSAgDyEg0AvE0NABJODQAAAAAAWAUCAJJJAADKkAAAkMsBAObLAQCiRA8AVgAAAKwAAADIPwMAHkADAHRAAwDKQAMAdnwLANq0DgB2FAIAzBQCACIVAgB4FQIAzhUCAIoeAgB+0gkARDoMAEzcBQCi3AUA+NwFAHqADAD6VgIAUFcCAAAAAACiRA8A+EQPAETBDwCawQ8A8MEPAEbCDwDS1wwAWBkMAK4ZDACocA4A0hkDAEjDDwCeww8A9MMPANIZAwDIEgIAypAAACCRAACMywIAMlAGAIhQBgAC2gEAWEoPAFYAAADMkwEAMlAGANgsCwD46gwAhsgCAMyTAQAilAEA6nsDAGaJAAC+JQ4ATOYKAFgZDACSoQEAZokAAFRZAgBOJwAAqhkNAJDLAQA0HAEAyBICAIb9BwAOTA0AzJMBADJQBgDYLAsARDoMAJo6DADIEgIAHhMCAORZCQDc4A4AMuEOAIjhDgDe4Q4ANOIOAIriDgDg4g4AXB0NAE4nAACSSQAA2CwLAPjqDAC6JxAAECgQAGYoEAC8KBAAEikQAGgpEAB2qQwAyBICAB4TAgCqGQ0AABoNAFYaDQCG/QcA9sIOAEzDDgCiww4A+MMOAOSQDwA6kQ8ARn0CAJJJAADYLAsAXB0NAJ4oAgBIQA4AnkAOAJJJAADYLAsADkwNAGSzAABkswAAKpYAAHIOAAAqwwEATicAAJKUEAB0EwIAyhMCACAUAgDYXQ4ALl4OAIReDgCqGQ0AABoNAFYaDQCG/QcA9sIOAEzDDgCiww4A+MMOAOSQDwA6kQ8ARn0CAJJJAADYLAsAXB0NAJ4oAgBIQA4AnkAOAJJJAADYLAsADkwNAGSzAABkswAAKpYAAHIOAAAqwwEATicAAJKUEADaXg4AMF8OAIZfDgBAzgEAyBICAAAAAADIEgIAHhMCAHQTAgDKEwIAuPUMAA72DAAAAAAAftIJAEQ6DACaOgwA0hkDAHZ8CwAWRAcAbEQHAOAPEACsMwQA6B4AAFA4CADSGQMAzJMBACKUAQBOJwAAqhkNAET9AgAQDgMAZg4DABJ7DgBoew4AvnsOAD5oDwCUaA8AsHYPAAZ3DwBcdw8AgFQKANZUCgAsVQoAuPUMAA72DAB2fAsAMuMPAIjjDwDe4w8AglUKAMCnDgDC6gQAGOsEAOpgCwDatA4AMjsRAIg7EQDeOxEANDwRAFgZDACSoQEAWEgOAK5IDgBAzgEA6B4AAH7SCQDU0gkAKtMJAJ5TAgCiRA8AJOsBAHrrAQB8wQEAsOsJAJjlDAAWRAcAYDQCAPpDDgC6YwMAIpQBAOAeAgAQDgMAZg4DABJ7DgBoew4AvnsOAD5oDwCUaA8AsHYPAAZ3DwBcdw8AzJUCACKWAgBYyw8AUDgIAKY4CABGfQIAUDgIALo2AgCEUAcAevsJACqWAACAlgAA1OsAAET9AgBm4QEAvOEBAJKhAQBYSA4AkkkAANgsCwASew4AZokAAEDOAQAk2g4AzJMBAPKoAgBQOAgAyBICAB4TAgB0EwIAyhMCACAUAgCG/QcADkwNAGSzAABkswAAKpYAAHIOAAAqwwEATicAAJKUEAC0oQ4ACqIOAGCiDgC2og4ADKMOAKJEDwD4RA8ATkUPAOSQDwCqng8AAJ8PAFafDwCsnw8AuKMOAA6kDgBkpA4AyBICAMgSAgDSGQMANBwBADQcAQCy5AUARn0CACKYAwDIEgIAWAUCAK4FAgAEBgIAWgYCALAGAgAGBwIAhhgAACqWAACSSQAA7M4BAFA4CABWAAAA6DAJAFA4CACSSQAAZokAANTQCADIEgIAEnsOAGh7DgC+ew4APmgPAHQTAgDKEwIAIBQCAIb9BwAOTA0AZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAAkpQQAFrZAABgNAIAVHMPACqWAACAlgAA5ssBABJ7DgBoew4AvnsOAGSzAABmiwEAZuEBALzhAQCSoQEAWEgOAJJJAAASew4AaHsOAL57DgBcHQ0AUsgPAKjIDwD+yA8AVMkPAKrJDwAAyg8AVsoPAKzKDwDSGQMAAAAAAAAAAADMkwEAAgkEACTaDgAqlgAAVgAAAJBKAQDmywEAGpICAEzWAgBUWQIA2CwLAGSzAAAAAAAAFIAQAB4TAgB0EwIAyhMCACAUAgD00gEAyoUQAPbCDgBMww4AosMOAPjDDgDSGQMAHhMCAHQTAgDKEwIAuPUMAA72DAB2fAsAMuMPAIjjDwDe4w8AQM4BAJbOAQDszgEAQs8BAJjPAQDuzwEARNABAHIOAAAMNQIAhhgAAMgSAgB2fAsAMuMPAIjjDwDe4w8ADNAPAMzKBwAiywcAeMsHAM7LBwAkzAcAeswHANDMBwCEUAcAkkkAAOhJAAA+SgAAPKUDAMgSAgB2fAsAMuMPAIjjDwDe4w8AhhgAAFA4CACQsAkAIpQBAOAeAgDSGQMAdnwLANq0DgDG1w8AHNgPAHLYDwDI2A8Acg4AAGaJAABK3QYAVgAAAJKhAQCeKAIASEAOAJ5ADgD0QA4A0FkOAJKhAQBYSA4ArkgOAARJDgDIEgIADNAPAE4nAADIEgIAEnsOAGh7DgC+ew4AUDgIAJCwCQDS2Q0AKNoNADpkDgCQZA4AkqEBAFhIDgCuSA4AGEkJAOxnDgBCaA4AOmQOAJBkDgCAlgAA1OsAAET9AgAafw4AkkkAANgsCwB8WA0A0lgNAOgNDQA+Dg0Aou4OAPjuDgBO7w4ApO8OAPrvDgBQ8A4A0oEMAORZCQDc4A4AMuEOAIjhDgDe4Q4AyBICAJ4oAgDCABAATicAAKoZDQCQywEA5ssBAFhEDAAyUAYAcg4AAMgSAgBYGQwArhkMAEZ9AgDmywEAhhgAAJJJAADIEgIAXB0NAFjLDwBQOAgAyBICAFrZAABgNAIAVHMPAKpzDwBM3AUATNYCAJD4AgBkswAAKpYAABZEBwCSoQEAWEgOAFA4CACSSQAA7lACAERRAgCaUQIApO0NAKTtDQAgEgEAKpYAAICWAADU6wAAujYCABA3AgBmNwIAvDcCABI4AgC6NgIATicAAPLRAQBI0gEAEncMAGh3DAAAAAAA3h8DABr4CgC+ew4AcH8OAHQTAgDKEwIAIBQCAAw1AgAMNQIAKpYAAGaJAABYyw8AZLMAAJDLAQDmywEAhvkFAFRZAgBiaAYAhFAHAPbjCQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAD51AABUWQIAYmgGAAIJBABOJwAA5FkJACqWAABQOAgAUDgIAOi9DwA+vg8A6DAJAGjTDwC+0w8A6L0PAIYYAABkswAAIpgDACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAVgAAAFYAAACSoQEAbGkEAGSzAABM1gIAVFkCAGJoBgCEUAcA9uMJAGSzAABmiwEA3MYBALonEADYLAsAqlcBANqFDAAwhgwAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAIYYAADcGAAAPq4HAJJJAAC4kQUAeiwNAOx6AgByDgAAgpkBACqWAACGGAAAkkkAAGSzAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwB6dAYA0HQGACZ1BgB8dQYA0nUGACh2BgB+dgYA1HYGACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA2CwLAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCSSQAAZokAAMyTAQAilAEAKpYAAICWAACSoQEAZokAAJDJAAAgkQAAxvwMAO6HCABEiAgAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAGxpBAAilAEAumMDADJQBgBiaAYAZokAANTQCABsaQQA2HACAGaJAABUWQIAYmgGAIRQBwD24wkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBUWQIAZokAAGaJAAC8iQAAEooAAGiKAAC+igAAFIsAAJDLAQDmywEAcg4AAMgOAAB6+wkAkMsBAGSzAAAqlgAATicAAPLRAQBI0gEAEncMAGh3DAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAOAeAgBM5goAouYKAALaAQBQOAgAnigCAGSzAABkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAFbdAwCs3QMAenQGANB0BgAmdQYAfHUGANJ1BgAodgYAfnYGANR2BgDMkwEA8qgCAEipAgCeqQIA9KkCAEqqAgCgqgIAcg4AAMyVAgAilgIAVFkCANgsCwAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQCOCw0A5AsNACqWAACqVwEAMjsRAIg7EQDeOxEANDwRAIo8EQDgPBEANj0RACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAI4LDQDkCw0AZLMAAGaLAQBm4QEAvOEBAJKhAQBYSA4AkkkAAGJoBgCEUAcA9uMJACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAI4LDQDkCw0AYmgGALhoBgAOaQYAZGkGALppBgAQagYAZmoGAJZlDQDsZQ0AQmYNAJhmDQDuZg0ARGcNAJpnDQAEWgEAjgsNAOQLDQDKkAAAIJEAAMb8DADuhwgARIgIAJqICADwiAgARokIAJyJCACQsAkAhFAHACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAI4LDQDkCw0Acg4AAMITBAAYFAQAWEgOAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAjgsNAOQLDQCsMwQAAjQEAFg0BACuNAQABDUEAFo1BACwNQQABjYEAFw2BACyNgQACDcEAARaAQCOCw0A5AsNAE4nAACSoQEAIpgDAFrZAABgNAIAIpgDAHIOAADCEwQAGBQEAFhIDgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAI4LDQDkCw0AZjsEALw7BAASPAQAaDwEAMgSAgDSGQMA6EkAABB+EABmfhAAvH4QAJDLAQDGoAkAWtkAAGA0AgCeKAIAkqEBAMgSAgB2fAsA2rQOAHYUAgDMFAIAIhUCAHgVAgDOFQIAAAAAAMgSAgB+0gkA1NIJABqSAgASeQ0AaHkNAL55DQAUeg0Ahv0HACbbDgB82w4A0tsOACjcDgB+3A4A1NwOAIb9BwAm2w4AfNsOANLbDgAo3A4AftwOANTcDgB2fAsA2rQOAHYUAgDMFAIAIhUCAHgVAgDOFQIAokQPABSAEABcHQ0ALt8OAKC4CQDKkAAAZokAAFwdDQAu3w4AoLgJAMqQAABmiQAA1NAIAMgSAgCiRA8AFIAQAGqAEADAgBAAFoEQAGyBEADCgRAAGIIQAG6CEADKkAAAkqEBAJKhAQDIEgIA6A0NAD4ODQCUDg0A6g4NAOa8DwAilAEA4B4CAMgSAgBYRAwAMlAGANgsCwAuLQsAcg4AAE4nAACSSQAAyBICAEzcBQCi3AUA+NwFACRbDwB6Ww8A0FsPACZcDwDgHgIAsOsJAAbsCQDIEgIATNwFAKLcBQD43AUAJFsPAHpbDwDQWw8AJlwPAJDJAAByDgAA6B4AAFA4CADIEgIAnigCACKYAwDSGQMAJOsBAGqAEADMfAsAUDgIAMgSAgAM0A8ATicAAMgSAgBYRAwArkQMAIYYAAAqlgAAgJYAAMgSAgB2fAsA2rQOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQCG/QcA5JAPADqRDwB4lgIAzpYCAMgSAgASew4AuJEFAHosDQDQLA0AJi0NAKJEDwD4RA8AokQPAPhEDwBORQ8ApEUPAEzcBQBM1gIAVqEQAKyhEAACohAAWKIQAK6iEAAEoxAAWqMQALCjEACiRA8A+EQPAFwdDQCeKAIASEAOAIbIAgA4MAoAdnwLANq0DgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAWtkAAGA0AgBUcw8AqnMPABJ7DgC4fBAAPkoAAAKzAwA+Dg0AkMsBAObLAQAakgIAkkkAAMgSAgBM3AUATNYCAFahEACsoRAAAqIQAAzQDwBOJwAAyBICABJ7DgC4fBAAPkoAAB4TAgCqGQ0AkqEBAJKhAQDooQEAWtkAAMyTAQAilAEA4B4CAMgSAgB2fAsA2rQOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAMqQAACQywEA5rwPACKUAQDgHgIAyBICAPISDQBIEw0AWMsPAFA4CACSoQEAbGkEACKUAQDgHgIAyBICAAzQDwBOJwAAyBICABJ7DgC4fBAAPkoAAH61EADUtRAAKrYQAIC2EADWthAALLcQAIK3EADYtxAALrgQAIS4EADauBAAMLkQAIa5EAAMNQIAYjUCAN64DwBYyw8A3BgAAN5GAQDoSQAAPkoAADylAwDIEgIAdnwLANq0DgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEADNAPAMzKBwAiywcAeMsHAM7LBwAkzAcAeswHANDMBwBkTA0AukwNABBNDQBmTQ0A0hkDAAAAAAAAAAAAAAAAAMgSAgB6gAwAfgsRANQLEQAqDBEAWEQMAK5EDACW7BAA7OwQAELtEACY7RAA7u0QAFwdDQD2CggAUDgIACKYAwBmiQAARn0CAIYYAADIEgIAXB0NAPYKCABQOAgAWBkMAIYYAAB+CxEA1AsRACoMEQBYRAwArkQMAJbsEADs7BAAQu0QAJjtEADu7RAAXB0NAPYKCABQOAgAcg4AAMyVAgAilgIA1NAIACrRCADgHgIATOYKADQcAQDIEgIAWEQMAK5EDACW7BAA7OwQAELtEACY7RAA7u0QAJ4oAgD0KAIAEOsGAPLTAgCSoQEAWEgOAFhEDACuRAwAluwQAOzsEABC7RAAmO0QADYfAgDIEgIA4B4CAEzmCgCi5goAeoAMAH4LEQDUCxEAKgwRAFhEDACuRAwAluwQAOzsEABC7RAAmO0QAO7tEABWAAAAkEoBAOZKAQCGyAIAzJMBAFA4CADovQ8AgJYAAHapDADMlQIAuJEFAHosDQBUWQIA2CwLAOAeAgAimAMA0hkDAGY7BAC8OwQAEjwEAGg8BABa2QAAzJMBADJQBgDoSQAAyBICAHZ8CwDatA4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEADDUCAGI1AgASew4ATsQOAFhxDQB+0gkA1NIJAICWAABEOgwAmjoMAMgSAgBYGQwArhkMAKhwDgBWAAAANBwBAMgSAgB2fAsAMuMPAIjjDwAAAAAA3uMPAJiVDwBsQAUAsuQFAFjLDwBQOAgAyBICAB4TAgB0EwIAyhMCACAUAgBa2QAAzJMBADJQBgDoSQAAyBICAHZ8CwDatA4AMLUOAIa1DgCIUAYATNwFAKLcBQC8iwEAJgINAHwCDQB8Ag0AUMUOAHzBAQDiBAoAOAUKAI4FCgAQfA8AZnwPAFYAAACQSgEA5koBAKJADQD4QA0ATkENAKRBDQDIEgIATNwFAKLcBQCYlQ8A7pUPAESWDwCalg8A8JYPAEaXDwBsaQQA1IQNACqFDQAe8gYAIpgDAGSzAAC6swAAzqoMACSrDAB6qwwAEncMAGh3DAAqlgAAgJYAANTrAABE/QIA4B4CADYfAgBmiQAAuHwQAD5KAAA8pQMAkqUDAFwdDQCyHQ0ACB4NABJ7DgBoew4AvnsOAHB/DgB0EwIAyhMCALj1DAAO9gwATsQOAFhxDQCG/QcA6B4AACqWAAASew4AuHwQAD5KAAAeEwIAkpQQAOiUEAA+lRAAlJUQAIb9BwDkkA8AOpEPAHiWAgDOlgIAyBICABJ7DgC4kQUAeiwNANAsDQB+0gkA1NIJAKJEDwCQywEARDoMAJo6DADIEgIANBwBALLkBQCGyAIAODAKAKoZDQCQywEAyBICADQcAQCKHAEAkMsBAObLAQBYRAwArkQMAE4nAACqGQ0AkMsBADQcAQCy5AUAVFkCAGJoBgCEUAcAKpYAAB7yBgAcxgYAkkkAAGJoBgCEUAcA9uMJAMgSAgAeEwIAdBMCAMoTAgAgFAIAHhMCAKoZDQCQywEAyBICABJ7DgBmiQAAQM4BALh8EAA+SgAAPKUDAJKlAwB8sg8AfrMPANSzDwAqtA8AHhMCAHQTAgDKEwIAeAQPAM4EDwDIEgIAEnsOAGh7DgC+ew4AGHoMAG56DADEegwAGnsMAHB7DADGewwAHHwMAHJ8DABMAwQAogMEAJiVDwDulQ8AsAgDAAYJAwBYSA4Als4BAEJuEQCYbhEAbtwSAHQADgAimAMAgMMBAJ6cEQBI9BIAUDgIANI+AADubhEARG8RAJ6cEQC0UREAQkwAAIxsEwBI9BIAUDgIAEj0EgBI9BIAUDgIAJ6cEQBq2hIASPQSAIxsEwDgHgIAPh8AACASAQCMbBMAIBIBAD6XEQA+lxEAUDgIAOi9DwBAIAAAIBIBADzKAAA8zAEAVEwRAFRMEQBI9BIAPMwBAEj0EgCscg4AOGkRAI5pEQBc/BEAQm4RAJhuEQBMShIAjGwTAGgJAACenBEAOGkRAI5pEQAgEgEA2mQRAHi2EgDOthIA0LURAOAeAgA+lxEA8JoRAEabEQBCbhEAmG4RAPRIEgA0HAEAFIAQAD6XEQCUbBEAPpcRAPbjCQBQIxMAXPwRAJ6cEQCMahIASPQSAGgJAABoCQAAZH8RALp/EQAQgBEAjGwTAHIOAACicxEA+HMRAKJzEQD4cxEAlsMRAIxsEwBYcQ0AEA4DAFA4CADuhwgAUDgIAGR/EQC6fxEAZAITACASAQBkfxEAun8RAGQCEwA+HwAAQm4RAJhuEQCmVwIAyBICADSIDACenBEA0hkDAFhxDQBYcQ0AyBICAJJJAAA+lxEA8qgCAFA4CACenBEAOEsCAKJzEQD4cxEAPpcRAPZyEQBMcxEAonMRADiWEgCicxEAOJYSAGqvEgA+lxEAboQRAGaAEQC8gBEA2mQRAGaAEQAAAAAAyBICAGR/EQC6fxEAZH8RALp/EQBkfxEAun8RAE50EQBc/BEATk0TAKRNEwDOQAIA9nIRANpkEQCicxEA+HMRAM5AAgBQOAgAyBICAIxsEwDIEgIA/E4TALB6EQASWhMAnpwRAJ6cEQC65gQAuuYEALrmBADSGQMA1NAIAMIAEADU/QkAwgAQACZcDwAmXA8AkkkAAB5/DQC8rRIARPkAAHIOAAByDgAAIokRALx+EABE+QAASJ4SAHIOAAC8fhAAPpcRAD6XEQA+lxEAPpcRAD6XEQDaZBEA2mQRAD6XEQA+lxEAPpcRAD6XEQA+lxEAPpcRANpkEQDaZBEA2mQRAD6XEQA+lxEAPpcRANpkEQDaZBEALo8RANpkEQDaZBEAPpcRAD6XEQA+lxEAyBICAMgSAgAqEBMAaAkAACoQEwBoCQAA4pMRAPC9DQDIEgIAjGwTAJDLAQDiBAoAyBICAHIOAAByDgAAPpcRAD6XEQCSoQEAEloTAGR/EQC6fxEA0hkDAJ6cEQCMbBMAcg4AAJiZEQDIEgIA9tUCAOgeAAAimAMAsOsJAIYYAABQOAgAxJ0IAFA4CADA2hIAnpwRACbjEgASWhMAcg4AAJh7AgBa2QAAWtkAAFrZAACMbBMAWtkAAExVAgDgDxAAjGwTAJh7AgCMbBMA2nECAJryEgCw0hIABtMSAPygEQCMbBMAVlETAKxREwD0/wIAIBIBAIxsEwB83xAAaAkAAIxsEwBWAAAAhhgAAOi9DwC0UREAIpgDANqREgBWAAAAmvISAGgJAACMbBMAjGoSAGgJAACenBEAaAkAAGgJAABUThIAnpwRALRREQDMlQIAIpgDAMKuEQBWCAQACuIDAL6sEQDG6gMA4mwTAPYKCADaZBEAeLYSAM62EgDM4BIABN8DAGR/EQC6fxEAZAITAOzDEQDaZBEAjGwTAFLfBQAC3gMA/vcRANpkEQA+lxEAPpcRAGR/EQC6fxEAPpcRAPCaEQBGmxEAyA4AAJ6cEQCQWgkAWEgOAJ6cEQDmlxIA5pcSAJ6cEQAquhIA6pcRAPguBADIEgIAnpwRANK2EQA8zAEAjGwTAMgSAgDIEgIAyBICAOJsEwDIEgIAtFERAIxsEwDIEgIAnpwRABJaEwDwmhEARpsRAMgSAgBQ3gUAVHkSADqJCwA6ZA4AjGwTABBqBgCMbBMA7mAKAMLZEQBAIAAAnpwRANK2EQAotxEAxFsSAIxsEwDMlQIAWEgOAJ6cEQBq2hIARPkAAFR5EgD+9xEA3NoLABK1AACeKAIAyBICANpkEQB4thIAzrYSAGR/EQDCsBIAOmQOAKJKEgC0UREAcg4AACASAQA+whEAmkYSAPBGEgDEWxIAkkkAANpkEQB4thIAzrYSAMzgEgAi4RIAxFsSAJJJAADEWxIAkkkAACBdEQCszhEAjGwTAMgSAgCMbBMAyBICAJ6cEQBq2hIAXPwRAJ6cEQB4tBEAzrQRACS1EQCQQRIAyBICAPRxEQCenBEAPpcRAPCaEQBGmxEAHNwRAPQFBgC0UREAUCMTAIqIDADibBMAPpcRAOJsEwA+lxEAoHIRANIZAwDi6REAOOoRAI7qEQB4tBEAzrQRACS1EQB6tREABFESAOLpEQA46hEAjuoRACBdEQCWVQUA2mQRAHi2EgDOthIAzOASACLhEgCWCwsAjGwTAMyVAgCMbBMAVHkSALRREQC65gQAAt4DANgsCwA+lxEA8JoRAEabEQAaXBIAQCAAANpkEQB4thIAzrYSAIxsEwDSGQMAzOASACLhEgA22QkAxFsSAJJJAAA06BEAiugRAODoEQB44RIAEGoGADToEQA+lxEAlMQSANpkEQDibBMAPpcRAPCaEQDibBMAWEgOAMgSAgASWhMA8JoRAEabEQCS1gYAnpwRAGraEgCMbBMArBoNAJ6cEQCMbBMAFpgGAB7fEgDaZBEA4mwTAKJzEQD4cxEAUDgIAPpLEgDi6REAOOoRAI7qEQASWhMA8JoRAEabEQDCrhEAzJUCAFhIDgAe3xIAjGwTAFhIDgDIEgIAOpcSAFA4CACGyAIAHt8SAHTfEgDK3xIAIF0RACASAQCenBEAjGwTAE7EDgC0UREAdqkMANpkEQAe3xIA2mQRAB7fEgA+lxEA4mwTAOJsEwDibBMAPpcRAPCaEQBGmxEAeLQRAM60EQAktREAPG0SAHjhEgDO4RIAVHkSAEAgAAB6tREAQsQRAB7fEgB03xIAyt8SACDgEgASWhMA6pcRAJhyEwA2vhEAjL4RAJhyEwA06BEAHt8SANpkEQB4thIAzrYSANpkEQB4thIAzrYSAIxsEwCCuxIA+OoMAIxsEwBYSA4AjGwTAIwACAC0UREAyBICADzMAQAgEgEAnpwRACq6EgDqlxEADNYSAAAAAABQOAgAAAAAADhtEwCenBEAKroSAOqXEQAM1hIAAAAAAFA4CAAAAAAAjGwTAIxsEwBu3BIAjGwTAG7cEgCMbBMAbtwSADhtEwCMbBMA5pcSAOJsEwA+lxEAPpcRAPCaEQBGmxEAnpwRAAAAAABq2hIAWHENANpkEQB4thIAzrYSAGCoEQCMbBMAmvISAJJJAAASWBIAwrASAPYKCAB+uRIA1LkSAGQCEwAimAMAHt8SAHTfEgDK3xIAnpwRAJ6cEQA+lxEA8JoRAEabEQAWcwkAAAAAALAmEgAGJxIAXCcSAMSdCACUxBIA6sQSAEDFEgCMbBMAIF0RAPjqDADeyQIAWEgOAJ6cEQCMbBMA2pESAMp5CgAgXREAjGwTAPbjCQBc/BEAZH8RALp/EQCicxEA+HMRANpkEQB4thIAzrYSAOp7AwCenBEAjGwTAKzdAwA+lxEAPpcRAPCaEQBGmxEAUDgIAEAgAAA+lxEAFrASAD6XEQDwmhEARpsRABhdEwAAAAAA2mQRAHi2EgDOthIAnpwRANK2EQAotxEAtFERAJ6cEQCy7AkAVHkSALRREQDgHAEAAAAAAIxsEwBUeRIAtFERAOAcAQAiNRIA2mQRAHi2EgDOthIAKroSAOqXEQCMbBMAnpwRAD6XEQDwmhEARpsRAIxsEwAimAMAWHsSAMgSAgDiPxIAPpcRAET5AABqcgkAkkkAACbjEgAimAMAPMwBAIxsEwCAlgAA5pcSAOp7AwCo9xEAyBICAMgSAgCenBEAZAITAGhaEwAgEgEAXPwRAMgSAgD0SBIAMlAGANK2EQAotxEAqPcRACKUAQAiNRIAeDUSAM41EgBQOAgAAAAAAAAAAAAAAAAAjGwTAFR5EgAAAAAAAAAAAAAAAAD0SBIAslISAJJJAADIEgIAIBIBAIxsEwCa8hIAVHkSAFA4CAA+lxEA/vcRAP73EQA+lxEA6pcRABAOAwAkYxMAeLYSAM62EgDM4BIAIuESAFAjEwASWhMA6pcRALrmBADaZBEAMGURALrmBAAqlgAAkkkAAEwLCACMbBMAZokAAEwLCADibBMAvFcSAKj3EQBkfxEAun8RAE50EQDSthEAKLcRAGR/EQC6fxEATnQRANK2EQAotxEAkkkAAJJJAADC2REAfMEBAJTEEgDqxBIAQMUSAMRbEgCMbBMAIpgDAD6XEQCMbBMArN0DAHDdEgDIEgIAPpcRAPCaEQBGmxEAJmISAHxiEgC65gQAuuYEAIxsEwCs3QMArN0DAFDeBQA6lxIAtFERAAAAAACMbBMAjGwTACqWAACenBEArN0DAIK7EgDIEgIAVkELAOAeAgDqbhIAQG8SAFYAAABWAAAAEGoGAJ6cEQDIEgIAjGwTAIxsEwCGGAAA2mQRAHi2EgDOthIATPQRAKwaDQAE3wMAPpcRAPCaEQBGmxEAokQPAGR/EQDCsBIAjpYSAIxqEgD24wkAjGoSAIxqEgBQOAgAhhgAAGR/EQDCsBIAun8RANpkEQCenBEAjGoSAOJqEgA4axIAUCMTAKJ1EgAetBIAPpcRAKzdAwCenBEAkgcKAKAOCgAAAAAAAlASAFhQEgAAAAAAAAAAAAoZCgBKchEArBoNAJ6cEQCMbBMAjGwTAOaXEgCSSQAAnpwRAIxsEwAUgBAAnpwRACASAQDIEgIAnpwRAC68EgCGGAAAPsIRAFAjEwBc/BEAjGwTAIxsEwCMbBMAhhgAAIYYAACGGAAAXPwRAIxsEwCMbBMAhhgAAIYYAACGGAAAhhgAAIYYAAA+lxEA8JoRAEabEQCMbBMAyBICAIxsEwDIEgIAjGwTACASAQDOixIAIBIBAMgSAgCMbBMAaAkAAM6LEgBoCQAAgrsSAPbjCQDOixIA0hkDAAAAAAAimAMAeowSACKYAwCMbBMAgrsSAKx8EwCenBEArHwTAIxsEwCsfBMAPpcRAPCaEQBGmxEAjGwTAETBDwAgEgEAtFERAHIOAAByDgAAtFERAFhIDgCCuxIA0hkDAIxsEwDSGQMA2mQRAHi2EgDOthIAPpcRAPCaEQBGmxEAyBICAObLAQCMbBMAyBICAIxsEwCenBEAqnkSAMgSAgDIEgIAPMwBAJKYEgAgEgEAjjAKAFAjEwCenBEAUDgIAGgJAACMbBMAzosSAAAAAADIEgIAonMRAPhzEQCWwxEAFIAQAD6XEQDwmhEARpsRAITnEgCenBEA7kcTAGraEgCYRxMAnpwRAJ6cEQBInhIAnp4SAPSeEgBInhIAnp4SAPSeEgBKnxIAoJ8SAEieEgCenhIA9J4SAEqfEgCgnxIAatoSAD6XEQDwmhEARpsRAITnEgCenBEA7kcTAGraEgCYRxMAnpwRAP5DDQCenBEAkkkAAIbIAgCSSQAAEloTAPCaEQBGmxEAnpwRALqsEgBQOAgAIpgDAKRBDQDSGQMAkBgTAMKwEgD00gEAyBICAHIOAAAAAAAAdqkMAAAAAAA4lhIADKsSAGKrEgC4qxIAjGwTABJaEwDwmhEARpsRAMgSAgBoCQAAuuYEALrmBABQIxMAyBICANpkEQDIEgIAnpwRANIZAwCenBEApIMDAJryEgCa8hIAokQPAJ6cEQCMbBMAyBICAGR/EQC6fxEAEloTAPCaEQBGmxEAEloTAMgSAgBQOAgAjGwTAFA4CAAOrBIA5uEMAPbjCQBoCQAAUCMTABDnBACAOxMAEowBAET5AAAM1hIAonMRAPhzEQAKSg0AkBgTAARFDADIEgIA5MESAMgSAgAERQwAovYSAFD4EgBIaQ0AJOsBANpkEQB4thIAzrYSAMgSAgCMbBMAjGwTABJaEwDMlQIAzJUCABJaEwASWhMAUDgIAAJ5EQBYeREA8McSAMiGEQDaZBEAPpcRAOqXEQCMHwIAXB0NACrDAQBmgBEA2mQRABBkAwAk6wEAUN4FADyxCQCGUQcA4B4CAJJJAAAy+gUAUDgIAIxsEwBYSA4AKhATAPbVAgAOYQIA9tUCAA5hAgCuWwIAOokLAOJsEwDeyQIAjGwTAGgJAADIEgIAHocRAOgeAAAQZAMA/E4TAMgSAgCMbBMA9nIRAETQAQCMbBMAUCMTAJJvEwAQ5wQAjGwTANIZAwDSGQMA0hkDANIZAwCenBEAnpwRACy7EgDqlxEA0LcSAMgSAgCSSQAAzJUCAG7cEgByDgAAWEgOANpkEQB4thIAzrYSAMSdCAA+lxEA8JoRAEabEQB44RIAzuESANK2EQAotxEA0rYRACi3EQA+lxEAovYSAM5AAgCMbBMAyBICABAOAwCicxEAsv4SAJ6cEQBuBxMA1IQNAFjLDwDIEgIAovYSAFD4EgBkpg8AhhgAAKL2EgBQ+BIAZKYPACRsAgCi9hIAUPgSAGSmDwBkfxEAun8RAGQCEwAQAxMA2OYSAC7nEgDc6BIAovYSAFD4EgBkpg8AovYSAFD4EgBkpg8AovYSAFD4EgBkpg8AZH8RALp/EQBkpg8AkGQOAGR/EQC0qRIAEloTABawEgCMbBMAyBICAE4nAABOJwAA4B4CALo2AgBUTBEAlvASAKTtDQBq2hIAyBICAIxsEwDIEgIA0lgNAKLLEgA6ZA4AyBICAMgSAgCQwhIAXPwRAE5NEwC6fxEA9NIBAMgSAgB+hg4APqIBAKoZDQCE5xIAPpcRAOAeAgAmLQ0AhOcSANIZAwCE5xIA0hkDAJ6cEQDIEgIAyBICAKL2EgBQ+BIAjGwTAGR/EQC6fxEAZAITAJo6DADIEgIAyBICAMgSAgCWwxEAyBICAILmEgCUaA8Acg4AAMaqDgCicxEAnpwRANpkEQB2/wwABEUMABhdEwAAAAAABEUMAGyqDwB6DRMAbqsPANANEwBc/BEAILUSABJaEwDqlxEAovYSAD5oDwBUTBEAXPwRAHoNEwBc/BEA0A0TAFz8EQCi9hIAUPgSAJbFEgBWAAAAGEkJAJJJAABgfREAcg4AAMgSAgAERQwAkMISAMgSAgCOlhIAJGwCAGwGEwCaSBMA8EgTACKYAwCaOgwAUDgIAMgSAgDIEgIAyBICAIxsEwBoTg0AaE4NAGhODQBoTg0A4B4CAOAeAgDA1A8AyBICAGR/EQDgFRMAovYSAPRKEwDIEgIAovYSAJRoDwDIEgIASPQSAFz+EgBkfxEAsv4SAMgSAgBuBxMAxAcTADZBEwAaCBMAyBICAMgSAgCi9hIAlGgPAEj0EgBc/hIAZH8RALL+EgDIEgIArh8PAPQfEwBkfxEAun8RABJaEwDqlxEAyBICAJAYEwBQIxMAUCMTAET5AABysxIATCETAB60EgB66wEAaE4NAGhODQBoTg0AaE4NAMgSAgBsBhMA+p8RAGaAEQDAghEAmjoMACRbDwCmVwIASksTALSpEgBI9BIAnpwRAExMEwCenBEAUCMTANIZAwCk7Q0ApO0NAMgSAgCsGg0AbgcTAMQHEwBQOAgAUDgIAOiUEABkfxEAun8RAKwaDQBuBxMAxAcTAFA4CABQOAgA6JQQAJTvEgDq7xIAZH8RAMKwEgBqrxIAAAAAAJ6cEQCenBEAEA4DAD6XEQCi9hIAsncPAMBZEgDCsBIAxDITAIg/EwASWhMAFrASANIZAwAWWhIAZAITANgsCwCMbBMA9FMCAFYAAACE5xIAovYSALJ3DwCSSQAAPpcRAFA4CADIEgIAZH8RALp/EQDolBAATkUPANIZAwDSGQMAfMEBAHzBAQB8wQEAfMEBANIZAwCenBEAfMEBAMgSAgDIEgIAyBICAAAAAAAAAAAAovYSAPRKEwBkfxEAun8RAOiUEACqcw8AjGwTAKL2EgDYLAsAjGwTAKL2EgD8ThMAnpwRAMgSAgDIEgIAIpgDAFA4CAAqlgAAyBICAGwGEwCaSBMA8EgTAEZJEwCcSRMA8kkTAEhKEwDSGQMAZH8RALp/EQBOdBEAbgcTAMQHEwCenBEAZH8RAMKwEgD09BIAEloTAPCaEQD2chEAYjUCAJbwEgCoTxMA/k8TAFRQEwCqUBMAEloTAOqXEQAmzQcAEloTAJ6cEQCwUxMA0hkDAFhIDgAmWg4A3OgSAFpJDgCi9hIAPmgPAJbwEgCoTxMA/k8TAFRQEwCqUBMAAFETANzoEgCW8BIAqE8TAP5PEwBUUBMAqlATAABREwA+lxEAUCMTAPr3EgAgEgEAkMISAIxsEwAgEgEAatoSACASAQBq2hIAonMRADiWEgAgEgEAyBICAKL2EgBQ+BIAZH8RALp/EQBiNQIAcDMTAHAzEwBiNQIA2mQRANpkEQDaZBEA4ukRANpkEQDaZBEA2mQRANpkEQCicxEAOJYSANpkEQDi6REA2mQRAHq3EgDaZBEAercSANpkEQB6txIAlMQSAHq3EgDaZBEAercSANpkEQB6txIAyrIRAHq3EgDaZBEAercSAHi0EQDOtBEAEIARAMgSAgBQIxMAyBICANIZAwCenBEAhhgAAFhIDgBmgBEARsgSACYOEwAmDhMAZoARALyAEQDU0AgAOm4TANIZAwDSGQMAcg4AAHIOAABapREAnpwRAHrrAQDaZBEAjGwTAE5FDwCYchMATkUPAIxsEwDaZBEAtFERAIxsEwC0UREA2mQRAHi2EgC0UREA8nQTAEh1EwDaZBEA0hkDAOLAEgCenBEAyBICAMgSAgDIEgIArHwTAMgSAgDIEgIAyBICAKx8EwDIEgIAgNEIAKx8EwCMbBMA7u0QAMgSAgDIEgIArHwTAJ6cEQB4tBEAzrQRACS1EQDaZBEABFoBAEj0EgBc/hIAyBICABJaEwDqlxEAZH8RALp/EQBkAhMAEowBANICDQByNBMAgDsTAFhIDgDwnBIAOJYSAGqvEgA6ZA4APpcRABawEgA6ZA4AjGwTANTQCABgqBEALrwSAKL2EgBQ+BIAZH8RAMKwEgDEMhMAjGwTALRREQAmLQ0AhhgAAIxsEwD24wkAZH8RALp/EQBkAhMAJNoOAGCoEQA8RBMAZH8RAOAVEwCi9hIAPmgPAIxsEwA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAgAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIAAAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAAAAACAAwAAgAMAAAABAAAAAAAAgAEAAIAAAACAAQAAAAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIAAAACAAgAAgAIAAIAAAACAAAAAgAMAAIACAACAAAAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAEAAAAAAAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAgAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAgAAAAAIAAQAABgAACAAAAAIAAAICBHIAABAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAKCAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAABAAAAAACAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQABBAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQACBgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAACAAAAAAAAAAACABAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAAiAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAgAAAAAIAAQAABgAAiAAAAAIAAAICBHoAABAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACACAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAIAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAAAQAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACIABAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAICAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAMAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAEAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHMAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAAAQAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABA"},"index":{"lists":[[13,14,15,29,30,109,111,112,113,202,237],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,86,87,89,90,91,92,93,94,95,96,97,98,99,100,104,105,106,107,109,111,112,113,117,122,123,150,153,154,156,168,169,170,173,174,175,176,181,182,190,193,202,207,209,210,214,215,218,227,228,232,237,239,241,242,243,244,246,248,249,251,252,255,256,257,258,259,273],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,59,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,82,86,87,89,90,91,92,93,94,95,96,97,98,99,100,103,104,105,106,107,109,111,112,113,117,122,123,129,150,153,154,156,168,169,170,173,174,175,176,181,182,190,193,202,207,209,210,211,214,215,218,227,228,232,237,239,241,242,243,244,246,248,249,251,252,255,256,257,258,259,262,263,264,273],[5,13,14,15,20,29,30,51,52,79,102,109,111,112,113,202,217,237,259,262,279],[13,14,15,20,29,30,109,111,112,113,141,142,143,202,237,265,266,267,268,269,270,271],[6,7,13,14,15,29,30,109,111,112,113,202,218,237],[13,14,15,29,30,78,80,109,111,112,113,202,237],[13,14,15,29,30,109,111,112,113,202,237,252,272],[10,13,14,15,29,30,91,109,111,112,113,122,123,148,149,177,178,202,237,252,257,258],[10,13,14,15,29,30,109,111,112,113,141,142,143,202,237],[10,13,14,15,29,30,54,77,84,89,92,96,97,109,111,112,113,133,141,142,143,144,162,181,182,184,188,196,199,202,210,212,213,214,215,226,234,235,236,237,245,273],[13,14,15,29,30,37,38,39,45,46,109,111,112,113,121,187,200,202,203,205,237,238,251],[13,14,15,29,30,109,111,112,113,145,202,237,285],[12,13,14,15,29,30,109,111,112,113,202,237],[1,10,13,14,15,20,21,29,30,109,111,112,113,141,142,143,171,172,189,202,237,239,243,244,273],[10,13,14,15,20,28,29,30,31,34,109,111,112,113,141,142,143,147,171,172,202,237,239,243,244,273],[4,10,13,14,15,18,19,20,29,30,56,109,111,112,113,141,142,143,171,172,202,218,237,239,243,244,256,273],[6,10,13,14,15,20,29,30,40,109,111,112,113,141,142,143,171,172,173,202,204,237,239,243,244,261,273],[0,2,9,10,11,13,14,15,16,18,20,29,30,33,43,44,47,48,106,109,111,112,113,141,142,143,165,171,172,173,183,186,202,218,220,237,239,240,243,244,247,250,253,273,274,277,280,281,284,286],[3,5,10,13,14,15,20,25,29,30,33,43,47,48,50,59,62,63,85,88,107,108,109,111,112,113,117,119,125,126,128,134,141,142,143,146,151,154,157,165,171,172,173,180,185,192,194,195,201,202,206,207,218,219,230,233,237,239,243,244,273,282,287],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,202,237,239,243,244,273],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,173,202,237,239,243,244,273],[10,13,14,15,17,20,29,30,109,111,112,113,141,142,143,171,172,202,237,239,243,244,273],[10,13,14,15,20,25,27,29,30,33,109,111,112,113,141,142,143,171,172,201,202,237,239,243,244,273],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,202,237,239,243,244,273,278],[10,13,14,15,20,29,30,105,109,111,112,113,141,142,143,171,172,173,179,198,202,237,239,243,244,263,273,275,276],[10,13,14,15,20,29,30,100,108,109,111,112,113,120,124,135,141,142,143,167,171,172,180,202,222,237,239,243,244,263,273],[10,13,14,15,20,29,30,32,59,109,111,112,113,119,127,141,142,143,156,157,171,172,191,201,202,207,237,239,243,244,273],[9,10,13,14,15,20,22,29,30,49,83,109,111,112,113,141,142,143,171,172,173,202,237,239,243,244,273],[10,13,14,15,16,20,29,30,32,33,65,109,111,112,113,141,142,143,156,171,172,201,202,237,239,243,244,273],[10,13,14,15,20,23,24,29,30,35,36,58,70,109,111,112,113,118,130,132,136,141,142,143,152,158,159,160,161,163,164,166,171,172,176,197,202,208,209,221,224,229,231,232,237,239,243,244,254,260,273],[10,13,14,15,19,20,21,29,30,73,109,110,111,112,113,141,142,143,171,172,202,237,239,243,244,273],[7,10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,202,237,239,243,244,273],[10,13,14,15,20,26,29,30,32,33,109,111,112,113,141,142,143,171,172,173,201,202,237,239,243,244,273],[10,13,14,15,20,26,29,30,32,109,111,112,113,141,142,143,171,172,201,202,237,239,243,244,273],[13,14,15,29,30,109,111,112,113,116,131,137,138,139,140,155,202,223,225,237,283],[13,14,15,29,30,81,109,111,112,113,202,237],[10,13,14,15,20,29,30,41,42,109,111,112,113,141,142,143,202,237,239,243,244,273],[13,14,15,29,30,51,109,111,112,113,202,237],[13,14,15,29,30,52,55,57,60,61,109,111,112,113,202,237],[13,14,15,29,30,53,109,111,112,113,202,237],[13,14,15,29,30,64,68,69,71,109,111,112,113,202,237],[13,14,15,29,30,67,90,109,111,112,113,202,237],[13,14,15,29,30,67,109,111,112,113,114,115,202,237],[13,14,15,29,30,67,91,93,109,111,112,113,202,237],[13,14,15,29,30,67,109,111,112,113,202,237],[13,14,15,29,30,72,74,76,90,109,111,112,113,202,237,246],[13,14,15,29,30,75,109,111,112,113,175,202,237],[13,14,15,29,30,90,109,111,112,113,202,237,246],[13,14,15,29,30,91,93,99,109,111,112,113,202,237,264],[13,14,15,29,30,93,109,111,112,113,202,237],[13,14,15,29,30,98,104,109,111,112,113,202,237,246,264],[13,14,15,29,30,101,109,111,112,113,202,216,237],[13,14,15,29,30,109,111,112,113,174,202,237],[13,14,15,29,30,109,111,112,113,202,237,246],[13,14,15,29,30,109,111,112,113,202,237,264],[13,14,15,29,30,95,109,111,112,113,202,237,249],[5,13,14,15,20,29,30,51,52,95,109,111,112,113,202,237,249,259,262],[13,14,15,20,29,30,95,109,111,112,113,202,227,228,237,249],[6,7,13,14,15,29,30,95,109,111,112,113,202,218,237,249],[13,14,15,29,30,95,109,111,112,113,202,237,249,252],[10,13,14,15,29,30,91,95,109,111,112,113,122,123,202,237,249,252,257,258],[10,13,14,15,29,30,95,103,109,111,112,113,202,227,228,237,249],[10,13,14,15,29,30,54,77,82,86,87,89,92,94,95,96,97,109,111,112,113,181,182,193,202,210,211,214,215,227,228,237,249,273],[13,14,15,29,30,95,109,111,112,113,202,237,249,251],[1,8,10,13,14,15,20,21,29,30,95,109,111,112,113,202,227,228,237,239,241,242,243,244,249,255,273],[10,13,14,15,20,29,30,95,109,111,112,113,202,227,228,237,239,241,242,243,244,249,273],[4,10,13,14,15,18,19,20,29,30,56,95,109,111,112,113,202,218,227,228,237,239,241,242,243,244,249,256,273],[6,10,13,14,15,20,29,30,95,109,111,112,113,173,202,227,228,237,239,241,242,243,244,249,273],[2,9,10,13,14,15,16,18,20,29,30,95,106,109,111,112,113,173,202,218,227,228,237,239,241,242,243,244,248,249,273],[5,10,13,14,15,20,29,30,59,62,63,95,107,109,111,112,113,117,150,154,173,202,207,218,227,228,237,239,241,242,243,244,249,273],[10,13,14,15,20,29,30,95,109,111,112,113,190,202,227,228,237,239,241,242,243,244,249,273],[10,13,14,15,20,29,30,95,109,111,112,113,173,202,227,228,237,239,241,242,243,244,249,273],[10,13,14,15,17,20,29,30,95,109,111,112,113,129,202,227,228,237,239,241,242,243,244,249,273],[10,13,14,15,20,29,30,95,105,109,111,112,113,173,202,227,228,237,239,241,242,243,244,249,263,273],[10,13,14,15,20,29,30,95,100,109,111,112,113,202,227,228,237,239,241,242,243,244,249,263,273],[10,13,14,15,20,29,30,59,95,109,111,112,113,156,202,207,227,228,237,239,241,242,243,244,249,273],[9,10,13,14,15,20,29,30,95,109,111,112,113,173,202,227,228,237,239,241,242,243,244,249,273],[10,13,14,15,16,20,29,30,95,109,111,112,113,150,153,156,202,227,228,237,239,241,242,243,244,249,273],[10,13,14,15,20,29,30,70,95,109,111,112,113,150,176,202,209,227,228,232,237,239,241,242,243,244,249,273],[10,13,14,15,19,20,21,29,30,73,95,109,111,112,113,202,227,228,237,239,241,242,243,244,249,273],[7,10,13,14,15,20,29,30,95,109,111,112,113,202,227,228,237,239,241,242,243,244,249,273],[13,14,15,29,30,81,95,109,111,112,113,202,237,249],[10,13,14,15,20,29,30,95,109,111,112,113,202,227,228,237,239,243,244,249,273],[13,14,15,29,30,51,95,109,111,112,113,202,237,249],[13,14,15,29,30,52,55,57,60,61,95,109,111,112,113,202,237,249],[13,14,15,29,30,53,95,109,111,112,113,202,237,249],[13,14,15,29,30,68,69,71,95,109,111,112,113,202,237,249],[13,14,15,29,30,66,67,90,95,109,111,112,113,202,237,249],[13,14,15,29,30,67,95,109,111,112,113,202,237,249],[13,14,15,29,30,67,91,93,95,109,111,112,113,202,237,249],[13,14,15,29,30,72,74,76,90,95,109,111,112,113,168,202,237,246,249],[13,14,15,29,30,75,95,109,111,112,113,175,202,237,249],[13,14,15,29,30,90,95,109,111,112,113,202,237,246,249],[13,14,15,29,30,91,93,95,99,109,111,112,113,170,202,237,249,264],[13,14,15,29,30,93,95,109,111,112,113,202,237,249],[13,14,15,29,30,95,98,104,109,111,112,113,202,237,246,249,264],[13,14,15,29,30,95,109,111,112,113,169,202,237,249],[13,14,15,29,30,95,109,111,112,113,170,202,237,249],[13,14,15,29,30,95,109,111,112,113,174,202,237,249],[13,14,15,29,30,95,109,111,112,113,202,237,246,249],[13,14,15,29,30,95,109,111,112,113,202,237,249,264]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[8250,40],[9135,41],[215,42],[10095,43],[10003,44],[8595,45],[10008,46],[9472,47],[10007,48],[10004,49],[8730,50],[10006,51],[8505,52],[9762,0],[9888,0],[8617,0],[8226,53],[10060,54],[9654,55],[65123,55]],"plainDefault":0,"spaced":[56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,57,58,56,56,59,56,56,56,60,56,61,62,56,63,63,63,63,63,63,63,63,63,63,56,56,56,64,56,56,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,82,83,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,56,56],"spacedOther":[[160,56],[5760,56],[8192,56],[8193,56],[8194,56],[8195,56],[8196,56],[8197,56],[8198,56],[8199,56],[8200,56],[8201,56],[8202,56],[8232,56],[8233,56],[8239,56],[8287,56],[12288,56],[65279,56],[9676,84],[9679,85],[8250,86],[9135,87],[215,88],[10095,89],[10003,90],[8595,89],[10008,91],[9472,92],[10007,93],[10004,94],[8730,95],[10006,96],[8505,56],[9762,97],[9888,97],[8617,98],[8226,99],[10060,100],[9654,101],[65123,101]],"spacedDefault":56,"blank":56}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,75,77,78,79],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,56,57,59,60,61,62,63,64,65,66,67,68,69,71,72,73,74,75,77,78,79,82,86,87,105,106,107,108,115,116,117,120,121,122,127,128,135,138],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,54,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,77,78,79,82,86,87,92,105,106,107,108,115,116,117,120,121,122,127,128,135,138],[6,7,26,27,51,70,75,77,78,79],[6,7,75,77,78,79,99,100,101],[6,7,50,52,75,77,78,79],[6,7,61,75,77,78,79,86,87,103,104,123,124],[6,7,29,49,55,59,62,66,67,75,77,78,79,95,99,100,101,102,111,127,128,130,133,139],[6,7,13,14,20,21,75,77,78,79,85,133],[6,7,75,77,78,79,102],[6,7,75,77,78,79,99,100,101,118,119,134],[5,6,7,8,11,75,77,78,79,99,100,101,102,118,119],[6,7,75,77,78,79,99,100,101,118,119],[6,7,15,75,77,78,79,99,100,101,118,119,120],[6,7,10,18,19,22,23,73,75,77,78,79,99,100,101,114,118,119,120,129,132],[2,6,7,10,18,22,23,25,33,36,37,55,58,74,75,77,78,79,82,83,89,90,91,96,99,100,101,102,107,108,114,118,119,120,126,131,137,139],[6,7,75,77,78,79,99,100,101,118,119,120],[2,4,6,7,10,75,77,78,79,99,100,101,118,119],[6,7,75,77,78,79,84,96,99,100,101,114,118,119,126],[6,7,9,33,75,77,78,79,83,90,99,100,101,108,118,119,136],[0,6,7,24,54,75,77,78,79,99,100,101,118,119,120],[6,7,9,10,75,77,78,79,99,100,101,108,118,119],[0,1,6,7,12,32,42,75,77,78,79,82,93,94,96,99,100,101,108,109,110,112,113,114,118,119,122],[6,7,45,75,76,77,78,79,99,100,101,118,119],[3,6,7,9,10,75,77,78,79,99,100,101,118,119,120],[3,6,7,9,75,77,78,79,99,100,101,118,119],[6,7,75,77,78,79,82,93,97,98,107],[6,7,53,75,77,78,79],[6,7,16,17,75,77,78,79,99,100,101],[6,7,30,75,77,78,79,99,100,101],[6,7,75,77,78,79,99,100,101,106],[6,7,72,75,77,78,79,99,100,101,125],[6,7,69,74,75,77,78,79,88,99,100,101],[6,7,38,75,77,78,79,99,100,101],[6,7,26,75,77,78,79],[6,7,27,30,31,34,35,75,77,78,79],[6,7,28,75,77,78,79],[6,7,37,41,42,43,75,77,78,79],[6,7,40,60,75,77,78,79],[6,7,40,75,77,78,79,80,81],[6,7,40,61,63,75,77,78,79],[6,7,40,75,77,78,79],[6,7,44,46,48,60,75,77,78,79],[6,7,47,75,77,78,79,122],[6,7,60,75,77,78,79],[6,7,61,63,69,75,77,78,79],[6,7,63,75,77,78,79],[6,7,68,71,75,77,78,79],[6,7,70,75,77,78,79],[6,7,75,77,78,79,121],[6,7,65,75,77,78,79],[6,7,26,27,65,70,75,77,78,79],[6,7,61,65,75,77,78,79,86,87],[6,7,65,70,75,77,78,79],[6,7,29,49,54,56,57,59,62,64,65,66,67,75,77,78,79,127,128,138],[6,7,65,75,77,78,79,120],[6,7,65,73,75,77,78,79,120],[6,7,33,36,37,65,74,75,77,78,79,82,105,107,108,120],[6,7,65,75,77,78,79,135],[6,7,65,75,77,78,79,92],[6,7,33,65,75,77,78,79,108],[6,7,54,65,75,77,78,79,120],[6,7,65,75,77,78,79,105,106,108],[6,7,42,65,75,77,78,79,82,105,108,122],[6,7,45,65,75,77,78,79],[6,7,65,75,77,78,79,82,107],[6,7,53,65,75,77,78,79],[6,7,30,65,75,77,78,79],[6,7,65,75,77,78,79,106],[6,7,65,72,75,77,78,79],[6,7,65,69,74,75,77,78,79],[6,7,26,65,75,77,78,79],[6,7,27,30,31,34,35,65,75,77,78,79],[6,7,28,65,75,77,78,79],[6,7,37,41,42,43,65,75,77,78,79],[6,7,39,40,60,65,75,77,78,79],[6,7,40,65,75,77,78,79],[6,7,40,61,63,65,75,77,78,79],[6,7,44,46,48,60,65,75,77,78,79,115],[6,7,47,65,75,77,78,79,122],[6,7,60,65,75,77,78,79],[6,7,61,63,65,69,75,77,78,79,117],[6,7,63,65,75,77,78,79],[6,7,65,68,71,75,77,78,79],[6,7,65,75,77,78,79,116],[6,7,65,75,77,78,79,117],[6,7,65,75,77,78,79,121]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[8250,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,50,50,50,50,50,50,50,50,50,52,53,50,54,54,54,54,54,54,54,54,54,54,50,50,50,50,50,50,50,50,50,50,55,56,57,58,50,55,59,50,50,50,55,50,60,50,61,62,63,64,50,55,50,50,50,65,50,50,66,50,50,50,50,67,50,50,68,50,50,50,50,50,50,50,69,70,50,50,50,50,68,50,50,50,50,50,50,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,71],[9679,72],[8250,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[9472,79],[10007,80],[10004,81],[8730,82],[10006,83],[8505,53],[9762,84],[9888,84],[8617,85],[8226,86]],"spacedDefault":50,"blank":50}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6,7,11,12,24],[4,6,7,8,11,12,24],[13],[7,9,10,11,12,20,26,27,28],[2],[1],[3,4,14,22,25],[16],[4],[0,5,6,15,18,23,24],[17,19],[21],[7,8,11,12],[6,24]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
