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
} from "./chunk-HUAGODNF.js";
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
var DERIVED = `{"prefilter":{"key":"rules 299\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?:connecting to|connect to|Redis on) ['\\"]?[a-z][a-z0-9+.-]{1,20}:\\\\/\\\\/[^\\\\s'\\"/]{1,255}\\\\/[^\\\\s:'\\"]{0,200}:\\\\d{1,5}(?!\\\\d)/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -[235]\\\\b|\\\\[Errno -[235]\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:(?!-)\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error -[235] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5}\\\\./\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError(?!:?\\\\s{1,4}Error connecting to Redis on (?!(?:[\\\\w.-]{1,255}:\\\\d{1,5}|\\\\/[^\\\\s()]{1,255}) \\\\((?!Errno::EINVAL\\\\)|Redis::TimeoutError\\\\)|SocketError\\\\))))/\\n/Error connecting to Redis on localhost:\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?!localhost:)(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{0,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:\\\\/[\\\\w./-]{0,300}\\\\/)?(?<tool>rabbitmq\\\\-server|redis\\\\-server|nats\\\\-server|memcached|mariadbd|initdb|pg_ctl|mysqld|mongod|sqlcmd)'$/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/\\n/(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[20,26,30,31,32,33,34,35,36,45,54,56,59,60,61,167,176,210,222,223,249,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,472,473,474,475,476,477,478,479,480,481,482,483,484,485,487,488,490,492,493,494,495,496,497,498,501,502,503,505],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,9472,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":10,"quiet":13189,"states":14924,"edges":"AAAAAAAAAAABAAAAVgAAAAIAAABmiQAAAwAAAHIOAAAEAAAAWtkAAAUAAACEUAcABgAAAJDLAQAHAAAAUDgIAAgAAADIEgIACQAAAMqQAAAKAAAAkkkAAAsAAACw6wkADAAAACqWAAANAAAAhhgAAA4AAADMkwEADwAAAGSzAAAQAAAATicAABEAAACSoQEAEgAAAGgJAAATAAAAWAUCABQAAAAimAMAFQAAAAw1AgAWAAAANBwBABcAAADgHgIAGAAAALo2AgAZAAAAnigCABoAAADOQAIAGwAAAIbIAgAcAAAA0hkDAB0AAAAAAAAAHgAAAKJEDwAfAAAAIBIBACAAAAAkbAIAIQAAAAAAAAAiAAAAJOsBACMAAABE+QAAJAAAALrmBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAOmQOACkAAAAAAAAAKgAAAHzBAQArAAAAEA4DACwAAAAC2gEALQAAADqJCwAuAAAAAAAAAC8AAAAsGgIAMAAAAAAAAAAxAAAA2HACADIAAADW4RAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAABQxQ4APwAAACYCDQBAAAAA5gwNAEEAAAAehRAAQgAAANgyDgBDAAAAxH4OAEQAAAAAAAAARQAAACKDDgBGAAAAAAAAAEcAAABmpQ4ASAAAAHCqDgBJAAAAxggTAEoAAAC+0Q4ASwAAAAL0DgBMAAAAWPQOAE0AAACu9A4ATgAAAH4HDwBPAAAAhgsPAFAAAADkOg8AUQAAADq8DwBSAAAAkLwPAFMAAADuwA8AVAAAACrhEABVAAAAgOEQAFgAAACsAAAAWQAAAKwzBABbAAAAHnkKAFwAAACQSgEAXwAAAOqgAABhAAAAMgQLAGIAAADoMAkAagAAAGo5AgBtAAAA+C4EAHMAAADSPgAArwAAAAIBAAC5AAAAyD8DALsAAAAMHgwABQEAAK5OEQBdAQAArgEAALQBAAAEAgAACwIAAFoCAABiAgAAsAIAALICAAAGAwAADwMAAFwDAABmAwAAsgMAAL0DAAAIBAAAFAQAAF4EAABrBAAAtAQAAL4EAAAKBQAAGAUAAGAFAABvBQAAtgUAALgFAAAMBgAAFgYAAGIGAABwBgAAuAYAAL0GAAAOBwAAGwcAAGQHAABsBwAAugcAAMoHAAAQCAAAEggAAGYIAAB0CAAAvAgAAM0IAAAETxEAGQkAAFpPEQBqCQAAuPkOAHAJAAC+CQAAfQkAABj5CwCBCQAABPUOAIQJAAC8dAsAxQkAABQKAADLCQAAPAsMABkKAABqCgAAdgoAAMAKAADDCgAAFgsAAB4LAABsCwAAeQsAAMILAADHCwAAGAwAACIMAABuDAAAdgwAAMQMAADQDAAAGg0AANMMAABcMgIALQ0AAHANAAB+DQAAxg0AAMkNAAAcDgAAJg4AALBPEQB0DgAAPnUAAHUOAAAqwwEAdw4AAMgOAAB7DgAAXEgNAHwOAADMlQIAfQ4AAKYsAgB+DgAA6B4AAH8OAAAm2w4AgA4AAIKZAQCBDgAAYjEAAIMOAACGdAMAhg4AAJz+AgCPDgAAwhMEAJIOAAAk2g4Azg4AAB4PAADXDgAAFHIJACQPAAB0DwAAiA8AAMoPAADfDwAAIBAAACgQAAB2EAAAgBAAAMwQAADREAAAIhEAACcRAAB4EQAAgBEAAM4RAADkEQAAJBIAACYSAAB6EgAAhxIAANASAADkEgAAJhMAAC4TAAB8EwAAixMAANITAADjEwAAKBQAADYUAAB+FAAAihQAANQUAADhFAAAKhUAADQVAACAFQAAgxUAANYVAADeFQAALBYAAC4WAACCFgAAkxYAANgWAADeFgAALhcAADoXAACEFwAAhhcAANoXAADhFwAAMBgAAEQYAAAGUBEAhxgAANgNEQCIGAAA+lYCAIsYAADcGAAAjxgAAF4IAgCUGAAAumMDAN4YAACe0AAA3xgAAHb3CADjGAAA7DYLAOQYAAAyGQAA5hgAAN5GAQDnGAAAVLsIAOkYAAA+rgcA6xgAAAJvDADtGAAA8lwHAPIYAABcXQIA9RgAAEQFBwAzGQAAiBkAADUZAADWzQYAOBkAAASbDACfGQAA3hkAAPYZAAA0GgAAPxoAAIoaAACjGgAA4BoAAOIaAAA2GwAAUBsAAIwbAACbGwAA4hsAAOcbAAA4HAAARRwAAI4cAACeHAAA5BwAAOwcAAA6HQAARh0AAJAdAACdHQAA5h0AAPAdAAA8HgAAQh4AAJIeAACmHgAAXFARAO4eAAA+HwAA8h4AAKxyDgD/HgAAKNgMAFkfAACUHwAAoB8AAOofAADwHwAAQCAAAEMgAAAWmAYASCAAAJYgAACZIAAArrkGAJ0gAADsIAAAoSAAAAJhBQCkIAAAQtMDAPEgAABCIQAATiEAAJghAACbIQAA7iEAAPYhAABEIgAAUSIAAJoiAACfIgAA8CIAAPoiAABGIwAATiMAAJwjAACfIwAA8iMAAPsjAABIJAAASSQAAJ4kAACfJAAA9CQAAPkkAABKJQAAUCUAAKAlAACqJQAA9iUAAP4lAABMJgAATyYAAKImAAClJgAA+CYAAAknAACyUBEAUCcAAPLRAQBTJwAAqhkNAFcnAADslhAAWicAAKQnAABcJwAA5FkJALwnAAD6JwAA/ScAAFAoAABcKAAApigAALMoAAD8KAAAAykAAFIpAABUKQAAqCkAALEpAAD+KQAACCoAAFQqAABfKgAAqioAAMYqAAAAKwAACCsAAAhREQBbKwAArCsAALQrAAACLAAAAywAAFgsAABaLAAAriwAALEsAAAELQAABy0AAF5REQBfLQAAsC0AALYtAAAGLgAADS4AAFwuAABkLgAAsi4AALUuAAAILwAAES8AAF4vAABfLwAAtC8AALUvAAAKMAAAGzAAAGAwAABuMAAAtjAAAMIwAAAMMQAAEzEAALRREQBoMQAAuDEAALoxAAAOMgAAJDIAAGQyAABsMgAAujIAALwyAAAQMwAAGTMAAGYzAABwMwAAvDMAAMczAAASNAAAHjQAAGg0AAB1NAAAvjQAAMg0AAAUNQAAIjUAAGo1AAB5NQAAwDUAAMI1AAAWNgAAIDYAAGw2AAB6NgAAwjYAAMc2AAAYNwAAJTcAAG43AAB2NwAAxDcAAMo3AAAaOAAAJjgAAHA4AACNOAAAxjgAAM84AAAcOQAAKjkAAHI5AAB4OQAAyDkAANQ5AAAeOgAAIToAAHQ6AAB8OgAAyjoAANs6AAAgOwAALjsAAHY7AACPOwAAzDsAAM07AAAiPAAAPzwAAApSEQB9PAAAzjwAANQ8AAAkPQAALD0AAHo9AACDPQAA0D0AANM9AAAmPgAAMj4AAHw+AACCPgAAtlIRAO4+AAAoPwAAMD8AAAxTEQCBPwAA1D8AAOU/AAAqQAAAMkAAAIBAAACOQAAA1kAAANlAAAAsQQAANEEAAIJBAACPQQAA2EEAAN1BAAAuQgAAOEIAAIRCAACMQgAA2kIAAOZCAAAwQwAAPUMAAIZDAACIQwAA3EMAAPVDAAAyRAAAQ0QAAIhEAACURAAA3kQAAOVEAAA0RQAAPEUAAIpFAACPRQAA4EUAAO1FAAA2RgAAPkYAAIxGAACWRgAA4kYAAO1GAAA4RwAAREcAAI5HAACWRwAAYlMRAPBHAAA6SAAAQEgAAJBIAACrSAAA5kgAAPJIAAA8SQAAQkkAALhTEQCXSQAA3EcCAJhJAAC4kQUAmUkAAL4ZCACdSQAA6EkAAJ5JAADYLAsAoEkAAGJoBgCmSQAA7lACAO5JAABqgBAA9EkAAD5KAABESgAAPKUDAEZKAAAOVBEAoEoAAOpKAADwSgAAQEsAAFtLAACWSwAAoksAAOxLAADySwAAQkwAAEpMAACYTAAAnkwAAO5MAAD6TAAARE0AAGFNAACaTQAAo00AAPBNAAD8TQAARk4AAElOAACcTgAApk4AAPJOAAD+TgAASE8AAE9PAACeTwAApk8AAPRPAAD1TwAAbmIAAPdPAABKUAAAWVAAAKBQAACmUAAA9lAAAPhQAABMUQAAYlEAAKJRAADAUQAA+FEAABFSAABOUgAAUFIAAKRSAACnUgAA+lIAAAZTAABQUwAAV1MAAKZTAACuUwAA/FMAAP5TAABSVAAAW1QAAKhUAACyVAAA/lQAAAlVAABUVQAAYFUAAKpVAAC3VQAAAFYAAApWAABWVgAAZFYAAKxWAAC7VgAAAlcAAARXAABYVwAAYlcAAK5XAAC8VwAABFgAAAlYAABaWAAAZ1gAALBYAADFWAAABlkAAA5ZAABcWQAAdVkAALJZAAC7WQAACFoAABJaAABeWgAAZloAALRaAADBWgAAClsAAA9bAABgWwAAaFsAALZbAAC3WwAADFwAAA5cAABiXAAAZVwAALhcAAC7XAAAZFQRABNdAABkXQAAal0AALpdAADBXQAAEF4AABheAABmXgAAal4AALxeAAC+XgAAEl8AABVfAABoXwAAcF8AAL5fAAC/XwAAFGAAABpgAABqYAAAb2AAAMBgAADbYAAAFmEAACRhAABsYQAAc2EAAMJhAADOYQAAGGIAAB9iAAC6VBEAcGIAAMRiAADHYgAAGmMAAB1jAAAQVREAdWMAAMZjAADMYwAAHGQAACNkAAByZAAAkGQAAMhkAADhZAAAHmUAACBlAAB0ZQAAd2UAAMplAADWZQAAIGYAACdmAAB2ZgAAfmYAAMxmAADOZgAAImcAACtnAAB4ZwAAgmcAAM5nAADZZwAAJGgAADBoAAB6aAAAh2gAANBoAADaaAAAJmkAADRpAAB8aQAAi2kAANJpAADUaQAAKGoAADJqAAB+agAAjGoAANRqAADZagAAKmsAADdrAACAawAAlWsAANZrAADeawAALGwAAEVsAACCbAAAi2wAANhsAADibAAALm0AADZtAACEbQAAkW0AANptAADfbQAAMG4AADhuAACGbgAAh24AANxuAADebgAAMm8AADVvAACIbwAAi28AAGZVEQDjbwAANHAAADpwAACKcAAAkXAAAOBwAADocAAANnEAADpxAACMcQAAjnEAAOJxAADlcQAAOHIAAEByAACOcgAAj3IAAORyAADqcgAAOnMAAD9zAACQcwAAq3MAAOZzAAD0cwAAPHQAAEN0AACSdAAAnnQAAOh0AADvdAAAvFURAEF1AACUdQAApXUAAOp1AADydQAApqsBAAZ2AABAdgAASHYAABJWEQCldgAA7HYAAPJ2AABCdwAARHcAAJh3AACudwAA7ncAAAx4AABEeAAAR3gAAJp4AACmeAAA8HgAAPZ4AABGeQAAYXkAAJx5AACoeQAA8nkAAPh5AABIegAAZnoAAJ56AACuegAA9HoAAAJ7AABKewAAUHsAAKB7AACjewAA9nsAAAB8AABMfAAAanwAAKJ8AAC4fAAA+HwAAAR9AABOfQAAUX0AAKR9AACnfQAA+n0AAPx9AABQfgAAZ34AAKZ+AACyfgAA/H4AABh/AABSfwAAWn8AAGhWEQC5fwAA/n8AAAyAAABUgAAAYIAAAKqAAAC3gAAAAIEAAAqBAABWgQAAXoEAAKyBAACtgQAAAoIAAASCAABYggAAW4IAAK6CAACxggAAvlYRAAmDAABagwAAYIMAALCDAAC3gwAABoQAAA6EAABchAAAcoQAALKEAAC7hAAACIUAAAuFAABehQAAaIUAALSFAAC8hQAACoYAACOGAABghgAAbIYAALaGAAC+hgAAFFcRABSHAABihwAAZYcAALiHAADChwAADogAABSIAABkiAAAcogAALqIAADHiAAAEIkAACeJAABqVxEAZ4kAADoSEABpiQAAQM4BAGyJAABGfQIAbYkAAPYKCABuiQAA9LEGAG+JAACQyQAAcIkAAFRZAgBziQAAss0PAHWJAAC8iQAAd4kAANTQCAB8iQAASt0GAH2JAAC+JQ4AxokAAKC4CQDLiQAAEooAAB6KAABoigAAaYoAANz1AwBrigAAvooAAMGKAAAUiwAAG4sAAOSfAQAciwAAaosAACyLAAC4MwEAcYsAAMCLAADMiwAAFowAACOMAABsjAAAeowAAMKMAADOjAAAGI0AAB+NAABujQAAdo0AAMSNAADUjQAAGo4AAB+OAABwjgAAdo4AAMaOAADOjgAAHI8AACWPAAByjwAAdY8AAMiPAADUjwAAHpAAACSQAADAVxEAk5AAABZYEQDXkAAAIJEAACKRAABeBgEAI5EAADagAgAnkQAA8tMCACuRAAAoAw0ALJEAACruAQAukQAAjMsCAC+RAADG/AwAOZEAADh2AgBAkQAAdpEAAIORAADMkQAA0ZEAACKSAAAmkgAAeJIAAIWSAADOkgAA1pIAACSTAADZkgAAWBcLACuTAAB6kwAAM5MAAOKiAwB8kwAA0JMAANqTAAAmlAAAKJQAAHyUAACVlAAA0pQAANSUAAAolQAAK5UAAH6VAACKlQAA1JUAANyVAABsWBEAMJYAAICWAAAylgAAlnETADmWAAAe8gYAO5YAABZEBwA9lgAAqlcBAEKWAAB8rAwARpYAAKTtDQCGlgAA1OsAAJiWAADWlgAA2JYAACyXAADjlgAAAKwAAO+WAAA4nQAAO5cAAIKXAACRlwAA2JcAAOSXAAAumAAAMZgAAISYAACHmAAA2pgAAPKYAAAwmQAAN5kAAIaZAACSmQAA3JkAAOmZAAAymgAAQJoAAIiaAACUmgAA3poAAOWaAAA0mwAATJsAAIqbAACWmwAA4JsAAOabAAA2nAAAPJwAAIycAACRnAAA4pwAAOicAAAYWREAOp0AAI6dAACVnQAA5J0AAPydAAA6ngAAQZ4AAJCeAACpngAA5p4AAP6eAAA8nwAASJ8AAJKfAACYnwAA6J8AAO6fAAA+oAAAQ6AAAJSgAACaoAAAblkRAAOhAABAoQAAUaEAAJahAACkoQAA7KEAAPuhAABCogAASqIAAJiiAAC4ogAA7qIAAPqiAABEowAAWKMAAJqjAACiowAA8KMAAPajAABGpAAAUqQAAJykAACmpAAA8qQAAPikAABIpQAAVqUAAJ6lAACqpQAA9KUAAA+mAABKpgAATKYAAKCmAACxpgAA9qYAAP6mAABMpwAAWqcAAKKnAAClpwAA+KcAAACoAABOqAAAW6gAAKSoAACpqAAA+qgAAASpAABQqQAAWKkAAKapAACoqQAA/KkAAA2qAABSqgAAY6oAAKiqAACtqgAA/qoAAAKrAABUqwAAYKsAAKqrAACxqwAAxFkRAAWsAABWrAAAYKwAAKysAADErAAAAq0AAAWtAABYrQAAYa0AAK6tAACvrQAABK4AAAWuAABargAAX64AALCuAAC2rgAABq8AABCvAABcrwAAaK8AALKvAAC5rwAACLAAACCwAABesAAAYLAAALSwAAC9sAAACrEAABSxAABgsQAAa7EAALaxAADOsQAADLIAACKyAABisgAAZ7IAALiyAAC/sgAADrMAABqzAAAaWhEAZrMAAEzWAgBpswAAZosBAG2zAAAcxgYAb7MAAO6HCAB1swAAurMAALyzAABahwIAyLMAABC0AAActAAAZrQAAB+0AACSBQkAc7QAALy0AADGtAAAErUAABO1AAC4/RAAGrUAAGi1AABvtQAAvrUAAIO1AAAOtQEAw7UAABS2AAAgtgAAarYAAG22AADAtgAAyLYAABa3AAAjtwAAbLcAAHG3AADCtwAAzLcAABi4AAAguAAAbrgAAHG4AADEuAAAzbgAABq5AAAbuQAAcLkAAHG5AADGuQAAy7kAABy6AAAiugAAcroAAHy6AADIugAA0LoAAB67AAAguwAAdLsAAH27AADKuwAA1LsAACC8AAArvAAAdrwAAIK8AADMvAAA2bwAACK9AAAsvQAAeL0AAIa9AADOvQAA3b0AACS+AAAmvgAAer4AAIS+AADQvgAA3r4AACa/AAArvwAAfL8AAIm/AADSvwAA2r8AACjAAAApwAAAfsAAAITAAADUwAAA2cAAACrBAAA0wQAAgMEAAIXBAADWwQAA5cEAACzCAAAxwgAAgsIAAJPCAADYwgAA4MIAAC7DAAA0wwAAhMMAAJDDAADawwAA98MAADDEAAA5xAAAhsQAAJLEAADcxAAA38QAADLFAAA8xQAAiMUAAJTFAADexQAA5cUAADTGAAA8xgAAisYAAKPGAADgxgAA9MYAADbHAAA+xwAAjMcAAI/HAADixwAA7scAADjIAAA+yAAAjsgAAKnIAADkyAAA8MgAADrJAABAyQAAcFoRAJrJAADmyQAA8ckAADzKAABEygAACtwAAEjKAACSygAAn8oAAOjKAADyygAAPssAAEzLAACUywAAo8sAAOrLAADsywAAQMwAAErMAACWzAAApMwAAOzMAADxzAAAQs0AAE/NAACYzQAAoM0AAO7NAACozQAAVIIBAO/NAABEzgAA8s0AADBwAQD+zQAA9KcBAFXOAACazgAAo84AAPDOAAAHzwAARs8AAFTPAACczwAAqc8AAPLPAAD6zwAASNAAAGfQAADGWhEAp9AAAPTQAAD+0AAAStEAAFXRAAAcWxEAotEAAPbRAAD/0QAATNIAAFbSAACi0gAArdIAAPjSAAAE0wAATtMAAFvTAACk0wAArtMAAPrTAAAI1AAAUNQAAF/UAACm1AAAqNQAAPzUAAAG1QAAUtUAAGDVAACo1QAArdUAAP7VAAAL1gAAVNYAAFzWAACq1gAAsNYAAADXAAAM1wAAVtcAAHPXAACs1wAAtdcAAALYAAAQ2AAAWNgAAF7YAACu2AAAutgAAATZAAAL2QAAclsRAFzZAABgNAIAYNkAALDZAAC12QAABtoAAL7ZAADi+gQAE9oAAFzaAABz2gAAstoAALPaAAAI2wAACtsAAF7bAABh2wAAtNsAALfbAADIWxEAK9wAAGDcAABh3AAAttwAALjcAAAM3QAAD90AAGLdAABl3QAAHlwRAL3dAAAO3gAAFN4AAGTeAABr3gAAut4AANzeAAAQ3wAAGN8AAGbfAAB13wAAvN8AAL7fAAAS4AAAI+AAAGjgAAB54AAAvuAAAMrgAAAU4QAAG+EAAGrhAABy4QAAwOEAAMThAAAW4gAAJOIAAGziAAB24gAAwuIAAM3iAAAY4wAAHeMAAG7jAAB34wAAxOMAAM7jAAAa5AAAIuQAAHDkAABy5AAAxuQAANPkAAAc5QAAMOUAAHLlAAB65QAAyOUAAMnlAAAe5gAAIOYAAHTmAAB35gAAyuYAAM3mAAB0XBEAJecAAHbnAAB85wAAzOcAANPnAAAi6AAAKugAAHjoAACH6AAAzugAANPoAAAk6QAAMekAAHrpAACK6QAA0OkAAN7pAAAm6gAAPeoAAHzqAACF6gAA0uoAANjqAAAo6wAANOsAAH7rAACF6wAAylwRANnrAABE/QIA3OsAACrsAADh6wAADEUKADnsAACA7AAAkewAANbsAADk7AAALO0AADjtAACC7QAAj+0AANjtAADi7QAALu4AADbuAACE7gAAh+4AANruAADm7gAAMO8AAD3vAACG7wAAkO8AANzvAADk7wAAMvAAADTwAACI8AAAkfAAAN7wAADo8AAANPEAAD/xAACK8QAAn/EAAODxAADo8QAANvIAAE/yAACM8gAAlfIAAOLyAADs8gAAOPMAAEDzAACO8wAAm/MAAOTzAADp8wAAOvQAAEL0AACQ9AAAkfQAAOb0AADo9AAAPPUAAD/1AACS9QAAlfUAACBdEQDt9QAAPvYAAET2AACU9gAAm/YAAOr2AADy9gAAQPcAAE73AACW9wAAmfcAAOz3AAD09wAAQvgAAEX4AACY+AAApPgAAO74AAD4+AAAdl0RAEX5AAAMzg4ARvkAAJr5AABH+QAAuCANAE75AABm0A4AT/kAALBiBQBT+QAAOCACAFT5AADOqgwAaPkAAFQDAgCj+QAA8PkAAPr5AABG+gAAUfoAAJz6AACo+gAA8voAAP/6AABI+wAAUvsAAJ77AACs+wAA9PsAAAP8AABK/AAATPwAAKD8AACq/AAA9vwAAAT9AABM/QAAUf0AAKL9AACv/QAA+P0AAAj+AABO/gAAUP4AAKT+AACy/gAA+v4AAAv/AADMXREAV/8AACJeEQCu/wAAeF4RAAUAAQBSAAEAXAABAKgAAQCzAAEA/gABAAoBAQBUAQEAYQEBAKoBAQC0AQEAAAIBAA4CAQBWAgEAZQIBAKwCAQCuAgEAAgMBAAwDAQBYAwEAZgMBAK4DAQCzAwEABAQBABEEAQBaBAEAYgQBALAEAQDABAEABgUBAAgFAQBcBQEAagUBALIFAQDDBQEAzl4RAA8GAQAkXxEAdwYBALQGAQDFBgEACgcBABYHAQBgBwEAaAcBAHpfEQC7BwEADAgBABQIAQBiCAEAZAgBALgIAQBnCAEACuoHAHEIAQCSUwUAwQgBAA4JAQDHCAEAxKEKABgJAQBkCQEAbwkBALoJAQDGCQEAEAoBAB0KAQBmCgEAcAoBALwKAQDKCgEAEgsBACELAQBoCwEAagsBAL4LAQDICwEAFAwBACAMAQBqDAEAcgwBANBfEQDDDAEAFg0BACQNAQBsDQEAeQ0BAMINAQDZDQEAGA4BACAOAQBuDgEAhA4BAMQOAQDQDgEAGg8BACkPAQBwDwEAew8BAMYPAQDIDwEAHBABACkQAQByEAEAgBABAMgQAQDLEAEAHhEBADQRAQB0EQEAfBEBAMoRAQDcEQEAJmARACgSAQBAfgQAKhIBAOTmDwAtEgEALLENAC8SAQB2EgEAexIBAMwSAQDTEgEAIhMBAC4TAQB4EwEAhRMBAM4TAQDQEwEAJBQBADoUAQB6FAEAhhQBANAUAQDvFAEAJhUBAEIVAQB8FQEAhBUBAHxgEQDUFQEAKBYBADEWAQB+FgEAiBYBANQWAQDfFgEAKhcBADYXAQCAFwEAjRcBANYXAQDgFwEALBgBADoYAQCCGAEAkRgBANgYAQDaGAEALhkBADgZAQCEGQEAkhkBANoZAQDfGQEAMBoBAD0aAQCGGgEAlhoBANwaAQDeGgEAMhsBAEAbAQCIGwEAmRsBANJgEQDlGwEAKGERADYcAQCy5AUAORwBAIocAQA9HAEAxOUBAEAcAQAEPQgAQhwBAGi3AQBIHAEA1HQFAJEcAQDa2QsAlxwBAOAcAQD3HAEANh0BADsdAQCMHQEAjx0BAOIdAQCWHQEAJqAGAKgdAQDmqgYA5x0BADClBgDuHQEAOB4BAD4eAQCmKgEARx4BAI4eAQCXHgEA5B4BAOoeAQA6HwEASB8BAJAfAQCaHwEA5h8BAPofAQA8IAEASCABAJIgAQClIAEA6CABAPcgAQA+IQEASiEBAJQhAQCVIQEA6iEBAPQhAQBAIgEATiIBAJYiAQCbIgEA7CIBAPkiAQDUYREAVSMBAJgjAQCnIwEA7iMBAPojAQBEJAEARSQBAJokAQCkJAEA8CQBAP4kAQBGJQEASyUBAJwlAQCpJQEA1mIRAPQlAQBIJgEAUSYBAJ4mAQCoJgEA9CYBAP8mAQBKJwEAVicBAKAnAQCtJwEA9icBAAAoAQBMKAEAWigBAKIoAQCxKAEA+CgBAPooAQBOKQEAWCkBAKQpAQCyKQEA+ikBAAcqAQBQKgEAZyoBACxjEQDBKgEA/CoBAAgrAQBSKwEAWCsBAKgrAQC0KwEA/isBAAQsAQBULAEAWiwBAKosAQCvLAEAAC0BAAYtAQCCYxEAXy0BAKwtAQC2LQEAAi4BAA0uAQBYLgEAZC4BAK4uAQC7LgEABC8BAA4vAQBaLwEAaC8BALAvAQC/LwEABjABAAgwAQBcMAEAZjABALIwAQDAMAEACDEBAA0xAQBeMQEAazEBALQxAQC8MQEACjIBABoyAQBgMgEAYjIBALYyAQDEMgEADDMBAB0zAQCEZBEAaTMBANpkEQC+MwEADjQBABo0AQBkNAEAdDQBALo0AQDDNAEAEDUBABM1AQBmNQEAcjUBALw1AQDDNQEAEjYBABo2AQBoNgEAhjYBAL42AQDGNgEAFDcBACU3AQBqNwEAbzcBAMA3AQDXNwEAFjgBACQ4AQBsOAEAeTgBAMI4AQDKOAEAGDkBABw5AQBuOQEAcDkBAMQ5AQDHOQEAGjoBACI6AQBwOgEAdjoBAMY6AQDSOgEAHDsBACw7AQByOwEAezsBAMg7AQDLOwEAHjwBACo8AQB0PAEAezwBADBlEQDTPAEAID0BACM9AQB2PQEAhD0BAMw9AQDZPQEAIj4BADk+AQB4PgEAgD4BAM4+AQDQPgEAJD8BAC0/AQB6PwEAhD8BANA/AQDbPwEAJkABADJAAQB8QAEAiUABANJAAQDcQAEAKEEBADZBAQB+QQEAjUEBANRBAQDWQQEAKkIBADRCAQCAQgEAjkIBANZCAQDbQgEALEMBADlDAQCCQwEAikMBANhDAQDuQwEALkQBADpEAQCERAEAk0QBANpEAQDlRAEAMEUBADJFAQCGRQEAk0UBANxFAQDqRQEAMkYBADVGAQCIRgEAnkYBAIZlEQDmRgEA+CoCAOxGAQAsmwIA9kYBADRHAQA2RwEAikcBAJtHAQDgRwEA8UcBADZIAQA7SAEAjEgBAJBIAQDiSAEA7kgBADhJAQA/SQEAjkkBAJZJAQDkSQEAAkoBADpKAQBCSgEA3GURAJVKAQDmSgEA50oBADrlDgD1SgEAokANAP9KAQA8SwEAPksBAJJLAQCrSwEA6EsBAPlLAQA+TAEASkwBAJRMAQCWTAEA6kwBAPNMAQBATQEA+UwBAPZSAQBKTQEAlk0BAKFNAQDsTQEA+E0BAEJOAQBPTgEAmE4BAKJOAQDuTgEA/E4BAERPAQBTTwEAmk8BAJxPAQDwTwEA+k8BAEZQAQBUUAEAnFABAKFQAQDyUAEA/1ABAEhRAQBUUQEAnlEBAKRRAQD0UQEA+lEBAEpSAQBPUgEAoFIBAKZSAQAyZhEABVMBAExTAQBYUwEAolMBAKVTAQD4UwEA+1MBAE5UAQBVVAEApFQBALBUAQD6VAEAB1UBAFBVAQBeVQEAplUBALJVAQD8VQEAA1YBAIhmEQBYVgEAqFYBAK5WAQD+VgEAA1cBAFRXAQBaVwEA3mYRAKtXAQB2FAIAtFcBANqFDAC2VwEAjD0RALhXAQCoQw0AuVcBAABYAQAMWAEAVlgBAFdYAQCsWAEAYlgBAHJTDQC2WAEAAlkBABBZAQBYWQEAXVkBAK5ZAQC7WQEANGcRAAZaAQCOCw0AEloBAMr+DAAnWgEAimcRAIBaAQCwWgEA11oBAAZbAQAqWwEAXFsBAGRbAQDgZxEAvlsBAAhcAQAKXAEAXlwBAGFcAQC0XAEAuVwBAApdAQAXXQEAYF0BAHxdAQC2XQEAvl0BADZoEQAVXgEAYl4BABleAQB2aAEAZV4BALheAQDEXgEADl8BABRfAQBkXwEAcV8BALpfAQC8XwEAEGABACZgAQBmYAEAcmABALxgAQDEYAEAjGgRABhhAQBoYQEAcGEBAL5hAQC/YQEAFGIBABZiAQBqYgEAbWIBAMBiAQDDYgEA4mgRABtjAQBsYwEAcmMBAMJjAQDJYwEAGGQBACBkAQBuZAEAe2QBAMRkAQDJZAEAGmUBACRlAQBwZQEAeGUBAMZlAQDIZQEAHGYBAC1mAQByZgEAg2YBAMhmAQDNZgEAHmcBACJnAQB0ZwEAgGcBAMpnAQDRZwEAIGgBADJoAQA4aREAe2gBAMxoAQDUaAEAImkBACRpAQB4aQEAh2kBAM5pAQDdaQEAJGoBADBqAQB6agEAfWoBANBqAQDTagEAJmsBAC5rAQB8awEAhmsBANJrAQDXawEAKGwBADBsAQB+bAEAiGwBANRsAQDfbAEAKm0BADhtAQCAbQEAg20BANZtAQDebQEALG4BAEduAQCCbgEAjW4BANhuAQDdbgEALm8BADFvAQCEbwEAjm8BANpvAQDsbwEAjmkRAD5wAQCGcAEAkHABANxwAQDncAEAMnEBADpxAQCIcQEAjnEBAN5xAQDgcQEANHIBAE1yAQCKcgEAo3IBAOByAQDucgEANnMBAEBzAQCMcwEAonMBAOJzAQD/cwEAOHQBAEB0AQCOdAEAnnQBAOR0AQDmdAEAOnUBAEh1AQCQdQEAoXUBAORpEQDtdQEAOmoRAD12AQCSdgEAo3YBAOh2AQD0dgEAPncBAEB3AQCUdwEAl3cBAOp3AQD2dwEAQHgBAEh4AQDmahEAoXgBAOx4AQD4eAEAQnkBAFF5AQCYeQEAuHkBAO55AQD2eQEARHoBAFh6AQCaegEAn3oBAPB6AQD5egEARnsBAEx7AQCcewEApHsBAPJ7AQABfAEASHwBAE18AQCefAEAq3wBAPR8AQABfQEASn0BAFZ9AQCgfQEAr30BAPZ9AQAAfgEATH4BAFp+AQCifgEAp34BAPh+AQAFfwEATn8BAFZ/AQCkfwEAp38BAPp/AQAGgAEAUIABAFqAAQCmgAEAsIABAPyAAQAKgQEAUoEBAF+BAQCogQEAv4EBAP6BAQABggEAPGsRAFaCAQCqggEAuIIBAACDAQARgwEAkmsRAF2DAQDoaxEAy4MBAAKEAQAShAEAWIQBAFqEAQCuhAEAvIQBAASFAQAVhQEAPmwRAGGFAQCUbBEAtYUBAAaGAQAOhgEAXIYBAF6GAQCyhgEAu4YBAAiHAQAShwEAXocBAGmHAQC0hwEAwIcBAAqIAQAXiAEAYIgBAGqIAQC2iAEAxIgBAAyJAQAbiQEAYokBAGSJAQC4iQEAwokBAA6KAQAaigEAZIoBAGyKAQBAbREAv4oBABCLAQAYiwEAlm0RAG2LAQC8iwEAb4sBAGDiAwBziwEA3MYBAHeLAQBObg4AfIsBAGbhAQDIiwEAEowBABqMAQBm2BIALowBAGD6DwA6jAEAaIwBAI6MAQC+jAEA54wBABSNAQA6jQEAao0BAJCNAQDAjQEAyI0BABaOAQBAjgEAbI4BAIWOAQDCjgEAxI4BABiPAQAfjwEAbo8BAHaPAQDEjwEA048BABqQAQAgkAEAcJABAHyQAQDGkAEAzZABAByRAQAokQEAcpEBAH+RAQDIkQEA0pEBAB6SAQAskgEAdJIBAHaSAQDKkgEA25IBACCTAQAjkwEAdpMBAKGTAQDsbREAz5MBAAIJBADWkwEAMlAGANmTAQAilAEA3JMBANSEDQDdkwEA8qgCAOKTAQAMZAQAKZQBAH5uAgAslAEA6nsDADGUAQCCtQ8APZQBAHiUAQB6lAEAzpQBAN+UAQAklQEAMpUBAHqVAQCBlQEA0JUBANKVAQAmlgEA1ZUBAGSMAgDYlQEAXrIBADWWAQB8lgEAi5YBANKWAQDelgEAKJcBACuXAQB+lwEAgZcBANSXAQD0lwEAKpgBADaYAQCAmAEAlJgBANaYAQDkmAEALJkBADOZAQBCbhEAmZkBANiZAQDamQEANN4MANuZAQAy3QwA5ZkBAC6aAQAwmgEAhJoBAI6aAQDamgEAlZoBAObhDADjmgEAMJsBADabAQCGmwEAkpsBANybAQDjmwEAMpwBADecAQCInAEAlJwBAN6cAQDhnAEANJ0BAEGdAQCKnQEAj50BAOCdAQDqnQEANp4BAEyeAQCMngEAjp4BAOKeAQDsngEAOJ8BAEefAQCOnwEAmZ8BAJhuEQDwnwEAOqABAEegAQCQoAEAnqABAOagAQDyoAEAPKEBAEOhAQDubhEAl6EBAOihAQCeoQEAWEgOAKChAQBsaQQA6qEBACbFAwDtoQEAXEQLAPehAQBMkgsA/6EBAD6iAQBMogEAlKIBAKGiAQDqogEA8qIBAECjAQBKowEAVuUHAFCjAQCWowEAmKMBAOyjAQD6owEAQqQBAFOkAQBEbxEAn6QBAJpvEQDzpAEARKUBAEqlAQCapQEAoqUBAPClAQD5pQEARqYBAEmmAQCcpgEAqKYBAPKmAQD4pgEASKcBAFCnAQCepwEAvacBAEZwEQD2pwEASqgBAFioAQCgqAEAsagBAJxwEQD9qAEA8nARAFGpAQCiqQEAqKkBAPipAQAAqgEATqoBAFeqAQCkqgEAp6oBAPqqAQAGqwEAUKsBAFarAQCecREAqKsBAPyrAQAFrAEAUqwBAFysAQCorAEAs6wBAP6sAQAKrQEAVK0BAGGtAQCqrQEAtK0BAACuAQAOrgEAVq4BAGWuAQCsrgEArq4BAAKvAQAMrwEAWK8BAGavAQCurwEAs68BAASwAQARsAEAWrABAGKwAQCwsAEAwLABAAaxAQAIsQEAXLEBAGqxAQCysQEAw7EBAPRxEQAPsgEASnIRAGeyAQC0sgEAt7IBAAqzAQAWswEAYLMBAGazAQC2swEAw7MBAAy0AQAOtAEAYrQBAHi0AQC4tAEAxLQBAKByEQAatQEAZLUBAGq1AQC6tQEAvbUBABC2AQAetgEAZrYBAGu2AQC8tgEAybYBABK3AQAatwEA9nIRAHW3AQC+twEAzLcBABS4AQAquAEAargBAHO4AQDAuAEA1rgBABa5AQAeuQEAbLkBAG+5AQDCuQEAy7kBABi6AQAZugEAbroBAG+6AQDEugEAyboBABq7AQAguwEAcLsBAHq7AQDGuwEA0rsBABy8AQAjvAEAcrwBAHq8AQDIvAEAyrwBAB69AQAfvQEAdL0BAIK9AQDKvQEA0r0BACC+AQA7vgEAdr4BAIK+AQDMvgEA0r4BACK/AQAlvwEAeL8BAIa/AQDOvwEA078BACTAAQAxwAEAesABAILAAQDQwAEA3sABACbBAQApwQEATHMRAH/BAQDSwQEAgMEBAFgVCgCIwQEA4gQKAIrBAQC4eg8Aj8EBABCnDwDVwQEAKMIBADnCAQB+wgEAmsIBANTCAQDcwgEAonMRADvDAQCAwwEAiMMBANbDAQDcwwEALMQBADHEAQCCxAEAi8QBANjEAQDixAEALsUBADzFAQCExQEAkcUBANrFAQDmxQEAMMYBADPGAQCGxgEAosYBAPhzEQDfxgEAfIUOAObGAQAUKhAA6MYBAJ44CgDpxgEAMscBAOvGAQB0vwIAPscBAIjHAQCLxwEA/DwKAJfHAQDexwEAm8cBAIYsCgDoxwEANMgBADzIAQCOygEAQMgBAGQnEABCyAEAisgBAFDIAQAGFQkAj8gBAFbdAwCXyAEA4MgBAPfIAQA2yQEAPskBAIzJAQCWyQEA4skBAOfJAQA4ygEAQMoBAE50EQCYygEA5MoBAJrKAQAEagkAncoBAAZhBADpygEAOssBAELLAQCkdBEAkssBADZKAgCTywEAdqkMAJXLAQDGoAkAmcsBAEQ6DACcywEA5ssBAJ7LAQDmvA8A6MsBAIb5BQDtywEAPMwBAPXLAQAakgIA9ssBAEhTAgBKzAEAkswBAJXMAQDozAEA8MwBAD7NAQD0zAEAtDsGAPfMAQBcDwYABM0BAFAJBgBDzQEAlM0BAE3NAQBSYAYAoc0BAOrNAQDyzQEA+nQRAEPOAQCWzgEAVM4BAIhMBACizgEA7M4BAPLOAQBCzwEATM8BAFB1EQCdzwEA7s8BAPvPAQBE0AEATNABAAp9EQBQ0AEAmtABAFTQAQBS1wEAYNABAE7tDQCg0AEA8NABAPbQAQBG0QEAS9EBAJzRAQCi0QEApnURAPzRAQA23wwAANIBAEjSAQBZ0gEA/HURAKXSAQBSdhEA/NIBAKh2EQBY0wEAoNMBAKfTAQD20wEA/tMBAEzUAQBZ1AEAotQBAKfUAQD41AEAAtUBAE7VAQBW1QEApNUBAKrVAQD61QEA/NUBAFDWAQBe1gEAptYBAKnWAQD81gEACNcBAP52EQBU1wEAqNcBALbXAQD+1wEAD9gBAFR3EQBb2AEAqncRALDYAQAA2QEABtkBAFbZAQBb2QEArNkBALLZAQAAeBEABNoBAFjaAQAL2gEAWEoPAA7aAQAiHQYAc9oBAK7aAQCw2gEABNsBAB7bAQBa2wEAZ9sBAGAZCgBr2wEAsNsBALLbAQAG3AEAE9wBAFzcAQBz3AEAstwBAMzcAQAI3QEACt0BAF7dAQAO3QEAfgUOAGHdAQC03QEAt90BAAreAQAW3gEAYN4BAGbeAQC23gEAwN4BAFZ4EQAR3wEAYt8BAG/fAQC43wEAxN8BAA7gAQAU4AEAZOABAGrgAQC64AEAv+ABABDhAQAW4QEArHgRAGfhAQC84QEAfOEBAGxABQC+4QEAEuIBAMrhAQCwCAMAGOIBAGjiAQB24gEAvuIBAMHiAQAU4wEAGeMBAGrjAQB34wEAwOMBANDjAQAW5AEAGOQBAGzkAQB65AEAwuQBANPkAQACeREAHuUBAG7lAQB65QEAWHkRANXlAQAa5gEAJOYBAHDmAQB+5gEAxuYBAMfmAQAc5wEALecBAHLnAQB+5wEAyOcBANjnAQAe6AEAIOgBAHToAQCC6AEAyugBANvoAQCueREAJukBAHbpAQCC6QEABHoRANLpAQAi6gEAKOoBAHjqAQB96gEAzuoBANTqAQCwehEALOsBAHrrAQCE6wEAnJcPAJPrAQDQ6wEA2esBACbsAQAw7AEAfOwBAITsAQDS7AEA1uwBACjtAQAq7QEAfu0BAIHtAQDU7QEA8O0BAAZ7EQA97gEAgO4BAIHuAQDW7gEA4u4BACzvAQA77wEAgu8BAIzvAQDY7wEA5O8BAC7wAQA18AEAXHsRAIrwAQAQeA0Al/ABANrwAQDp8AEAMPEBADzxAQCG8QEAh/EBANzxAQDm8QEAMvIBAEDyAQCI8gEAjfIBAN7yAQDr8gEACHwRADzzAQCK8wEAlvMBAODzAQDz8wEANvQBADf0AQCM9AEAmPQBAOL0AQDx9AEAOPUBAEL1AQCO9QEAmvUBAOT1AQDr9QEAXnwRAEv2AQCQ9gEAnPYBAOb2AQD29gEAPPcBAEb3AQCS9wEAmvcBAOj3AQAQ+AEAPvgBABb4AQDy/AEAZvgBAJT4AQCc+AEA6vgBAPD4AQBA+QEATvkBAJb5AQCt+QEA7PkBAPf5AQBC+gEATPoBAJj6AQDF+gEA7voBAPb6AQBE+wEAVPsBAJr7AQCc+wEA8PsBAP77AQBG/AEAV/wBAGB9EQCj/AEAtn0RABr9AQBI/QEAUP0BAJ79AQCk/QEA9P0BAAL+AQBK/gEAYf4BAKD+AQCr/gEA9v4BAAD/AQBM/wEAef8BAKL/AQCq/wEA+P8BAAgAAgBOAAIAUAACAKQAAgCyAAIA+gACAAsBAgAMfhEAVwECAGJ+EQCoAQIA/AECAAoCAgBSAgIAYwICALh+EQCvAgIADn8RAAYDAgBkfxEAXAMCALp/EQBwAwIAYp0LAKwDAgAABAIADgQCAFYEAgBnBAIAEIARALIEAgACBQIADgUCAGaAEQBhBQIArgUCAGkFAgDc4g8AuwUCAAQGAgASBgIAWgYCAGQGAgCwBgIAygYCAAYHAgAJBwIAXAcCAGMHAgCyBwIA0gcCAAgIAgAiCAIAvIARAGsIAgC0CAIAbwgCALhgAgB0CAIAaLkCAMIIAgAKCQIAFAkCAGAJAgB6CQIAtgkCAMYJAgAMCgIAEgoCAGIKAgBkCgIAuAoCAM4KAgAOCwIAGgsCAGQLAgBoCwIAugsCAL8LAgAQDAIAFgwCAGYMAgCGDAIAvAwCANYMAgASDQIAFA0CAGgNAgBrDQIAvg0CAMENAgAUDgIAIA4CAGoOAgBwDgIAwA4CAMoOAgASgREAGw8CAGwPAgB5DwIAwg8CAM4PAgAYEAIAKxACAG4QAgB9EAIAxBACANAQAgAaEQIAGxECAHARAgB6EQIAxhECANQRAgAcEgIAIRICAHISAgB/EgIAaIERAMkSAgBYGQwAyhICAFwdDQDLEgIAhv0HAM0SAgBm0g8AzhICAH7SCQDPEgIA6A0NANISAgASew4A0xICAPISDQDUEgIAzHwLANUSAgB6gAwA1hICAFhEDADXEgIATNwFANgSAgAeEwIA4BICAEz2EgDiEgIABCAPAOQSAgC8fhAA6xICAKolEwDwEgIAHCwPAAwTAgAafw4AERMCAIYTEwAgEwIAdBMCAC8TAgCg7Q4AghMCAMoTAgDbEwIAvoERACcUAgAUghEAghQCAMwUAgDbFAIAIhUCACwVAgB4FQIAhBUCAM4VAgCbFQIAKt0OANUVAgDAghEAJhYCAHoWAgCLFgIA0BYCANkWAgAmFwIAMhcCAHwXAgB/FwIA0hcCANoXAgAoGAIAMhgCAH4YAgCDGAIA1BgCANwYAgAqGQIAQxkCAIAZAgCMGQIA1hkCAN4ZAgBsgxEANBoCAMKDEQCFGgIA2BoCANsaAgAuGwIAOhsCAIQbAgCKGwIA2hsCAOQbAgAYhBEANRwCAIYcAgCTHAIA3BwCAOQcAgBuhBEAOB0CAIgdAgCOHQIA3h0CAOMdAgA0HgIAOh4CAMSEEQCSHgIAGoURAOIeAgB6KAsA5R4CADYfAgDsHgIATOYKAEAfAgCMHwIARR8CAFy/CACUHwIAHn8NAKgfAgDiHwIA6h8CAHCFEQA9IAIAjiACAKQgAgDkIAIA5SACADohAgA8IQIAkCECAJYhAgDmIQIA8iECADwiAgBDIgIAkiICAJoiAgDoIgIA8SICAD4jAgBBIwIAlCMCAKIjAgDqIwIA9yMCAEAkAgBXJAIAliQCAJ4kAgDsJAIA+CQCAO4lAgAUJQIAQiUCAGolAgCYJQIAvCUCAMaFEQALJgIARCYCAE0mAgBGJwIAVSYCAJomAgDKJgIA8CYCABQnAgAchhEASCcCAJwnAgCtJwIA8icCACIoAgBIKAIAbCgCAHKGEQCjKAIASEAOAKQoAgAA4wYApygCAPQoAgCqKAIAHAMQAP4oAgBKKQIAASkCABDrBgACKQIA9JgPAFIpAgCgKQIApCkCAPYpAgD4KQIATCoCAE8qAgCiKgIAvioCAMiGEQD9KgIAYPQMAAIrAgCeaQ0ABCsCAE4rAgAIKwIAZHMLAGsrAgCkKwIArSsCAPorAgD8KwIAUCwCAGEsAgAehxEAqywCAPwsAgAFLQIAUi0CAGMtAgCoLQIAry0CAP4tAgAGLgIAVC4CABguAgBATwIAYS4CAAAvAgBjLgIAWDACAG0uAgCqLgIAti4CAHSHEQAFLwIAVi8CAGAvAgCsLwIAtC8CAMqHEQAOMAIAIIgRAF0wAgCuMAIAuzACAAQxAgAOMQIAWjECAFwxAgCwMQIAvjECAAYyAgATMgIAdogRAGEyAgCyMgIAvzICAAgzAgASMwIAXjMCAGAzAgC0MwIAwjMCAAo0AgAXNAIAzIgRAGM0AgBUcw8AZjQCAPpDDgBtNAIAtjQCAMA0AgAiiREAFDUCAGI1AgBkNQIA3rgPAG81AgAexQUAeTUCALg1AgB7NQIASKsDAL01AgAONgIAGDYCAGQ2AgBsNgIAeIkRAMQ2AgAQNwIAHDcCAGY3AgBpNwIAvDcCAMY3AgASOAIALDgCAGg4AgB/OAIAvjgCAMM4AgAUOQIAMDkCAM6JEQB0OQIAwDkCAHs5AgAUcAgAzDkCABY6AgAZOgIAbDoCAHY6AgDCOgIA3DoCABg7AgAeOwIAbjsCAHA7AgDEOwIA0jsCABo8AgAdPAIAcDwCAHw8AgDGPAIAyTwCABw9AgA/PQIAJIoRAHQ9AgDIPQIA1j0CAB4+AgAhPgIAdD4CAIA+AgDKPgIAzT4CAHqKEQArPwIAdj8CAHw/AgDMPwIA0T8CACJAAgAmQAIAeEACAHtAAgDQihEAz0ACAIAxDgDRQAIA7mwQANRAAgAkQQIA10ACAIplEADYQAIA2EUCANpAAgAOUhAA3EACAFRKEADdQAIAxlgQAN5AAgBWdhAA5UACALTzDADoQAIArh8PADBBAgB6QQIApkECANBBAgDcQQIAJkICADVCAgB8QgIAhkICANJCAgDVQgIAKEMCAEJDAgB+QwIAiEMCANRDAgDZQwIAKkQCADREAgCARAIAi0QCANZEAgDcRAIALEUCADFFAgCCRQIAhkUCACaLEQDdRQIALkYCAOZFAgDUXxAAOEYCAIRGAgCPRgIA2kYCAOBGAgAwRwIANUcCAIZHAgCKRwIAfIsRAOFHAgB+7wIA40cCANDaDgDkRwIAWHENAOZHAgDEqw8A9kcCADJIAgA8SAIAiEgCAJNIAgDeSAIA5EgCADRJAgA5SQIAikkCAI5JAgDgSQIAA0oCANKLEQBDSgIA7HoCAERKAgCMSgIAj0oCAOJKAgDuSgIAOEsCAFBLAgCOSwIAmksCAORLAgDqSwIAOkwCAEBMAgCQTAIAlUwCAOZMAgDsTAIAKIwRAEZNAgCSTQIAnU0CAOhNAgDuTQIAPk4CAENOAgCUTgIAmE4CAOpOAgDtTgIAfowRAEpPAgCWTwIAoU8CAOxPAgDyTwIAQlACAEdQAgCYUAIAnFACANSMEQDvUAIARFECAFBRAgCaUQIAplECAPBRAgD2UQIARlICAExSAgCcUgIAoVICAPJSAgD4UgIAKo0RAFRTAgCeUwIApFMCAPRTAgAAVAIASlQCAFdUAgCgVAIAr1QCAPZUAgACVQIATFUCAFhVAgCiVQIAqFUCAPhVAgD+VQIATlYCAFNWAgCkVgIAqlYCAICNEQAEVwIAXusIABBXAgBQVwIAE1cCAOLZCQBcVwIAplcCAK5XAgDmbBIAslcCAPxXAgACWAIAUlgCAFhYAgCoWAIArVgCAP5YAgAEWQIA1o0RAFxZAgD09BIAXlkCAKpZAgCwWQIAAFoCALZZAgBc3gIADloCAFZaAgBvWgIArFoCALVaAgACWwIADFsCAFhbAgBkWwIArlsCALpbAgAEXAIAClwCAFpcAgBgXAIAsFwCALVcAgAGXQIADF0CACyOEQBoXQIAsl0CALxdAgAIXgIAE14CAF5eAgBjXgIAtF4CALteAgAKXwIAFl8CAGBfAgBmXwIAtl8CALxfAgAMYAIAEWACAGJgAgBoYAIAgo4RAMlgAgAOYQIAD2ECAGRhAgAUYQIAbmYCAGlhAgC6YQIAyGECABBiAgAdYgIAZmICAHBiAgC8YgIAyGICABJjAgAYYwIAaGMCAHRjAgC+YwIA0WMCABRkAgAjZAIAamQCAHZkAgDAZAIAwWQCABZlAgAgZQIAbGUCAHplAgDCZQIAx2UCABhmAgAlZgIA2I4RAHpmAgDEZgIA1GYCABpnAgAmZwIAcGcCAHZnAgDGZwIA0mcCABxoAgApaAIAcmgCAIFoAgDIaAIA1GgCAB5pAgAqaQIAdGkCAIdpAgDKaQIA2WkCACBqAgAsagIAdmoCAHdqAgDMagIA1moCACJrAgAwawIAeGsCAH1rAgDOawIA22sCAC6PEQAmbAIATgoHADBsAgB6bAIAMWwCADbbCgAybAIAQOQMAI5sAgDQbAIA3GwCACZtAgAsbQIAfG0CAIJtAgDSbQIA120CAChuAgAubgIAhI8RAIpuAgDUbgIA4W4CAKIBAwDnbgIAKm8CAC9vAgD4gAIAMm8CANJEAwA2bwIAgG8CAIZvAgDWbwIA3G8CACxwAgAxcAIAgnACAIhwAgDajxEA5HACAC5xAgA0cQIAhHECAIlxAgDacQIA4XECADByAgA+cgIAhnICAKFyAgDccgIA6nICADJzAgA1cwIAiHMCAJZzAgDecwIA43MCADR0AgBBdAIAinQCAJZ0AgDgdAIA5nQCADZ1AgA8dQIAjHUCAJF1AgDidQIA6HUCADCQEQA9dgIAjnYCAJd2AgDkdgIA8XYCADp3AgBBdwIAkHcCAKF3AgDmdwIA63cCADx4AgBLeAIAkngCAJR4AgDoeAIA+XgCAD55AgBKeQIAlHkCAJp5AgDqeQIA8HkCAEB6AgBFegIAlnoCAJx6AgCGkBEAA3sCAEJ7AgBOewIAmHsCAKR7AgDuewIA9HsCAER8AgBKfAIAmnwCAJ98AgDwfAIA9nwCANyQEQBMfQIAVrACAF19AgCcfQIApX0CAPJ9AgAIfgIASH4CAFR+AgCefgIAq34CAPR+AgD+fgIASn8CAFZ/AgCgfwIApn8CAPZ/AgD8fwIATIACAFGAAgCigAIAqIACADKREQABgQIAToECAFiBAgCkgQIAqYECAPqBAgAKggIAUIICAGmCAgCmggIAq4ICAPyCAgAFgwIAUoMCAF+DAgCogwIAr4MCAP6DAgABhAIAVIQCAGCEAgCqhAIAvYQCAACFAgAPhQIAVoUCAGKFAgCshQIArYUCAAKGAgAMhgIAWIYCAGaGAgCuhgIAs4YCAASHAgARhwIAiJERAF2HAgCwhwIAs4cCAAaIAgATiAIAomkMABWIAgBciAIAXogCALKIAgC1iAIACIkCABKJAgBeiQIAaokCALSJAgDHiQIACooCABmKAgBgigIAbIoCALaKAgC3igIADIsCABaLAgBiiwIAcIsCALiLAgC9iwIADowCABuMAgDekREAZYwCALqMAgDGjAIAEI0CABaNAgBmjQIAaI0CALyNAgDGjQIAEo4CACCOAgBojgIAbY4CAL6OAgDLjgIAFI8CACCPAgBqjwIAfY8CAMCPAgDPjwIAFpACACKQAgBskAIAbZACAMKQAgDMkAIAGJECACaRAgBukQIAc5ECAMSRAgDRkQIANJIRACOSAgBwkgIAJpICABJ5DQB2kgIAxpICAMmSAgAckwIAKpMCAHKTAgB3kwIAyJMCANWTAgAelAIAKpQCAHSUAgB6lAIAypQCANCUAgAglQIAJZUCAHaVAgB8lQIAipIRAM6VAgAilgIA05UCALShDgAxlgIAeJYCAJiWAgDOlgIA05YCACSXAgA/lwIAepcCAIaXAgDQlwIA1pcCACaYAgA2mAIAfJgCAI2YAgDSmAIA15gCACiZAgAsmQIAfpkCAIqZAgDUmQIA2pkCACqaAgAwmgIAgJoCAIWaAgDWmgIA3JoCAOCSEQA7mwIAmMAPAEKbAgCCmwIAg5sCANibAgDpmwIALpwCADqcAgCEnAIAmpwCANqcAgDmnAIAMJ0CAD2dAgCGnQIAkJ0CANydAgDonQIAMp4CADmeAgCIngIAlJ4CAN6eAgDkngIANJ8CADqfAgCKnwIAj58CAOCfAgDmnwIANpMRADigAgB+CRAAP6ACAIygAgCNoAIA4qACAOOgAgA4oQIAPaECAI6hAgCUoQIA5KECAO6hAgA6ogIARqICAJCiAgCXogIA5qICAOuiAgA8owIAPaMCAJKjAgCeowIA6KMCAO6jAgA+pAIAQKQCAJSkAgCepAIA6qQCAPikAgBApQIARaUCAJalAgCjpQIA7KUCAPilAgBCpgIAVaYCAJimAgCnpgIA7qYCAPqmAgBEpwIARacCAJqnAgCkpwIA8KcCAP6nAgBGqAIAS6gCAJyoAgCpqAIAjJMRAAOpAgBIqQIAVKkCAJ6pAgC1qQIA9KkCAPapAgBKqgIAW6oCAKCqAgCiqgIA9qoCAPyqAgBMqwIAY6sCAKKrAgCrqwIA+KsCAA6sAgBOrAIAWqwCAKSsAgCxrAIA+qwCAAStAgBQrQIAXK0CAKatAgC5rQIA/K0CAAuuAgBSrgIAXq4CAKiuAgCprgIA/q4CAAivAgBUrwIAYq8CAKqvAgCvrwIAALACAA2wAgDikxEAWLACAKywAgDAsAIAArECABCxAgBYsQIAZbECAK6xAgC1sQIABLICABCyAgBasgIAbbICALCyAgC1sgIABrMCAA+zAgBcswIAZrMCALKzAgC3swIACLQCABi0AgBetAIAd7QCALS0AgC5tAIACrUCABO1AgBgtQIAbbUCALa1AgC9tQIADLYCAA+2AgBitgIAbrYCALi2AgDLtgIADrcCAB23AgBktwIAcLcCALq3AgC7twIAELgCABq4AgBmuAIAdLgCALy4AgDBuAIAErkCAB+5AgA4lBEAgbkCAL65AgDKuQIAFLoCABq6AgBqugIAcroCAH7eDwB6ugIAwLoCAMW6AgAWuwIAHLsCAGy7AgCCuwIAwrsCAMS7AgAYvAIAIrwCAG68AgB6vAIAxLwCANe8AgAavQIAKb0CAHC9AgB8vQIAxr0CAMe9AgAcvgIAJr4CAHK+AgCAvgIAyL4CAM2+AgAevwIAK78CAI6UEQB9vwIAyr8CANC/AgAgwAIAJsACAHbAAgCCwAIAzMACANnAAgAiwQIALMECAHjBAgCOwQIAzsECANPBAgAkwgIAK8ICAHrCAgCIwgIA0MICAODCAgAmwwIANMMCAHzDAgCLwwIA0sMCANTDAgAoxAIAMsQCAH7EAgCMxAIA1MQCANnEAgAqxQIAN8UCAIDFAgCMxQIA1sUCAOnFAgAsxgIAO8YCAILGAgCOxgIA2MYCANnGAgAuxwIAOMcCAITHAgCSxwIA2scCAN/HAgAwyAIAPcgCAOSUEQCIyAIA3MgCAJLIAgA4MAoA7cgCADLJAgA7yQIAiMkCAJTJAgDeyQIA5skCAMDaEgDqyQIANMoCADrKAgCKygIAkMoCAODKAgDlygIANssCADzLAgA6lREAm8sCAOLLAgDnywIAOMwCAD/MAgCOzAIAmswCAOTMAgDrzAIAltACAPDMAgA6zQIAR80CAJDNAgCfzQIA5s0CAOvNAgA8zgIAQ84CAJLOAgCezgIA6M4CAPTOAgA+zwIARM8CAJTPAgCazwIA6s8CAO/PAgBA0AIARtACAJCVEQCi0AIA7NACAPvQAgBC0QIAR9ECAJjRAgCf0QIA7tECAPrRAgBE0gIAUNICAJrSAgCg0gIA8NICAPbSAgBG0wIAS9MCAJzTAgCi0wIA5pURAP7TAgBI1AIAWNQCAJ7UAgCs1AIA9NQCAAHVAgBK1QIAVtUCAKDVAgCn1QIA9tUCAP7VAgA8lhEAVdYCALCjEABZ1gIAkPgCAF3WAgCi1gIAs9YCAPjWAgAA1wIATtcCAATXAgBGvg0AWNcCAKTXAgCp1wIA+tcCAALYAgBQ2AIAUtgCAKbYAgBZ2AIAdOoCAK7YAgD82AIAEtkCAFLZAgBe2QIAqNkCAL7ZAgD+2QIAF9oCAFTaAgBg2gIAqtoCALDaAgAA2wIACNsCAFbbAgBm2wIArNsCALXbAgAC3AIAD9wCAFjcAgBn3AIArtwCALjcAgAE3QIAEt0CAFrdAgBf3QIAsN0CAL3dAgAG3gIADt4CAJKWEQBy3gIAst4CALPeAgAI3wIAEt8CAF7fAgBm3wIAtN8CAL7fAgAK4AIAD+ACAGDgAgBo4AIAtuACALjgAgBq5QIAueACAJJPAwC84AIADOECAL3gAgCuXQMAzOACAKBWAwAY4QIAYuECAGThAgC44QIAv+ECAA7iAgAW4gIAZOICAGXiAgC64gIAwOICABDjAgAV4wIAZuMCAGfjAgC84wIAyOMCABLkAgAY5AIAaOQCAHLkAgC+5AIA0uQCABTlAgAc5QIA6JYRAG3lAgDA5QIAceUCAIhKAwDD5QIAFuYCACTmAgBs5gIAg+YCAMLmAgDP5gIAGOcCACDnAgBu5wIAb+cCAMTnAgDK5wIAGugCAB/oAgBw6AIAcegCAMboAgDS6AIAHOkCACLpAgBy6QIAfOkCAMjpAgDc6QIAHuoCACbqAgCUlxEAgeoCAMrqAgDR6gIAIOsCACzrAgB26wIAhusCAMzrAgDa6wIAIuwCAC/sAgB47AIAhOwCAM7sAgDV7AIAJO0CACztAgBAmBEAhu0CANDtAgDa7QIAJu4CADHuAgB87gIAge4CANLuAgDZ7gIAKO8CADDvAgCWmBEAhu8CANTvAgDk7wIAKvACADbwAgCA8AIAhPACANbwAgDe8AIALPECAC7xAgCC8QIAiPECANjxAgDv8QIALvICADfyAgCE8gIAmvICANryAgDm8gIAMPMCAD3zAgCG8wIAkPMCANzzAgDf8wIAMvQCADr0AgCI9AIAkvQCAN70AgDj9AIANPUCADz1AgCK9QIAmvUCAOD1AgDp9QIANvYCAEP2AgCM9gIAm/YCAOL2AgDs9gIAOPcCAEb3AgCO9wIAk/cCAOT3AgDx9wIAOvgCAEL4AgDsmBEAnfgCAOb4AgCv+AIAVrQEAOv4AgA8+QIARvkCAJL5AgCa+QIA6PkCAKn5AgDuQRAA7vkCAD76AgD2+QIAtMoNAPf5AgB0IQkA+PkCAFQFAwD5+QIAoD0MAEr6AgCU+gIAlvoCALqiDQCb+gIA6voCAPb6AgBA+wIAT/sCAJb7AgCn+wIA7PsCAO77AgBC/AIASPwCAJj8AgCk/AIA7vwCAPb8AgBCmREASv0CAJiZEQCm/QIA7pkRAPP9AgCamhEASf4CAPCaEQBL/gIA7gAFAJ/+AgB41QwAqf4CAPL+AgD8/gIASP8CAEr/AgCe/wIAsf8CAPT/AgD8/wIA+u0NAAAAAwBKAAMAUAADAKAAAwCmAAMA9gADAPsAAwBMAQMAUgEDAEabEQCsAQMA+AEDAPoBAwBOAgMAWAIDAKQCAwCyAgMA+gIDAP8CAwBQAwMAXQMDAKYDAwCyAwMA/AMDAAIEAwBSBAMAWAQDAKgEAwCtBAMA/gQDAAQFAwCcmxEAYgUDAKoFAwC3BQMAAAYDAAcGAwBWBgMAXgYDAKwGAwCtBgMApOkLAK8GAwACBwMAwgYDAKDnCwAWBwMAWAcDAG4HAwCuBwMAxwcDAAQIAwAJCAMAWggDAGsIAwDymxEAwQgDAAYJAwAICQMAXAkDAGYJAwCyCQMAwAkDAAgKAwANCgMAXgoDAGsKAwC0CgMAvAoDAAoLAwAWCwMAYAsDABoLAwC4DAMAZgsDALYLAwC8CwMADAwDABEMAwBiDAMAaAwDAEicEQC6DAMADg0DABwNAwBkDQMAdQ0DAJ6cEQDBDQMA9JwRABgOAwBmDgMAGg4DAB70BwBZDgMABikTAHQOAwC8DgMAdQ4DABwUAwB2DgMAgFQKAMkOAwASDwMAIQ8DAGgPAwBtDwMAvg8DANQPAwAUEAMAFRADAGoQAwBsEAMAwBADAMoQAwAWEQMAJBEDAGwRAwCFEQMAwhEDANMRAwAYEgMAJBIDAG4SAwB2EgMA9p0RANgSAwAaEwMAGxMDAHATAwB8EwMAxhMDAMkTAwBMnhEAHhQDAHIUAwB/FAMAyBQDANUUAwAeFQMAIxUDAHQVAwB+FQMAyhUDANIVAwAgFgMAMBYDAHYWAwCEFgMAzBYDANkWAwAiFwMAKRcDAHgXAwCAFwMAzhcDANEXAwAkGAMAOBgDAHoYAwCQGAMA0BgDAOkYAwAmGQMAKxkDAHwZAwCNGQMAop4RANoZAwD4nhEA3hkDAMBJCgDuGQMA7HETADUaAwB+GgMAhRoDANQaAwDgGgMAKhsDADobAwCAGwMAjhsDANYbAwDjGwMALBwDADgcAwCCHAMAiRwDAE6fEQDaHAMALh0DAN0cAwB+RwQAOx0DAIQdAwCRHQMA2h0DAN8dAwAwHgMAOh4DAIYeAwCOHgMA3B4DAOEeAwB4bwQA5R4DADIfAwA1HwMAiB8DAJQfAwCknxEA4x8DADQgAwDqHwMAGvgKADkgAwCKIAMAkiADAOAgAwD2IAMANiEDADghAwCMIQMAmSEDAOIhAwD2IQMA+p8RAD0iAwCOIgMAliIDALTvCgCYIgMA5CIDAOwiAwA6IwMARiMDAJAjAwCdIwMA5iMDAOsjAwA8JAMARSQDAJIkAwCpJAMA6CQDAPMkAwBQoBEATCUDAJQlAwCXJQMA6iUDAO0lAwBAJgMATiYDAJYmAwCjJgMA7CYDAAMnAwBCJwMASicDAJgnAwCeJwMA7icDAPonAwBEKAMATigDAJooAwCjKAMA8CgDAPYoAwBGKQMAUykDAKagEQCoKQMA8ikDAKopAwDO/AoAASoDAEgqAwBZKgMAnioDAKAqAwD0KgMA+ioDAEorAwBWKwMAoCsDAKcrAwD2KwMA/isDAEwsAwBOLAMAoiwDAK8sAwD4LAMA/ywDAE4tAwBWLQMApC0DALEtAwD6LQMA/y0DAFAuAwBaLgMApi4DAK4uAwD8LgMABS8DAFIvAwBVLwMAqC8DALQvAwD+LwMABTADAPygEQBhMAMAqjADAGowAwC0NQMAjDADACwBCwDFMAMAADEDAAIxAwBWMQMAZzEDAKwxAwC6MQMAAjIDAAkyAwBYMgMAYDIDAK4yAwCzMgMABDMDAAUzAwBaMwMAZjMDALAzAwC2MwMABjQDAAg0AwBcNAMAZjQDALI0AwDANAMACDUDAA01AwBeNQMAazUDAFKhEQC1NQMACjYDAA82AwBgNgMAZjYDALY2AwDANgMADDcDABg3AwBiNwMAaTcDALg3AwDANwMADjgDABA4AwBkOAMAcTgDALo4AwDBOAMAEDkDABg5AwBmOQMAczkDALw5AwDBOQMAEjoDABw6AwBoOgMAcDoDAL46AwDHOgMAFDsDABc7AwBqOwMAdjsDAMA7AwDHOwMAqKERACI8AwC68goAKjwDAGw8AwB5PAMAwjwDAMw8AwAYPQMAGj0DAG49AwCBPQMAxD0DAMw9AwAaPgMAJj4DAHA+AwB2PgMAxj4DAMw+AwAcPwMAIT8DAHI/AwB4PwMA/qERANY/AwAeQAMALUADAHRAAwCQQAMAykADAJRAAwD2gQMA0kADAFSiEQApQQMAdkEDAINBAwDMQQMA1kEDACJCAwAwQgMAeEIDAI5CAwDOQgMA2kIDACRDAwAsQwMAqqIRAIBDAwDQQwMA1kMDACZEAwArRAMAfEQDAIJEAwAAoxEA10QDAChFAwAxRQMAfkUDAIhFAwDURQMA3EUDACpGAwAvRgMAgEYDAJBGAwDWRgMA3kYDACxHAwAyRwMAMEkDAEVHAwCCRwMAh0cDANhHAwDhRwMALkgDADtIAwCESAMAi0gDANpIAwDdSAMAVqMRADJJAwCGSQMAk0kDANxJAwDzSQMAMkoDAD5KAwCsoxEAj0oDAN5KAwDmSgMANEsDADhLAwCKSwMAmEsDAOBLAwDqSwMANkwDAEFMAwCMTAMAlEwDAOJMAwDnTAMAOE0DAFNNAwCOTQMAmk0DAORNAwDqTQMAOk4DAEpOAwCQTgMAoU4DAOZOAwDrTgMAPE8DAEBPAwACpBEAm08DAOhPAwABUAMAPlADAEhQAwCUUAMAmlADAOpQAwDsUAMAQFEDAE9RAwCWUQMAoFEDAOxRAwD0UQMAQlIDAEZSAwCYUgMAplIDAO5SAwD4UgMARFMDAE9TAwCaUwMAolMDAPBTAwD1UwMARlQDAGFUAwCcVAMAqFQDAPJUAwD4VAMASFUDAFhVAwCeVQMAr1UDAPRVAwD5VQMASlYDAE5WAwBYpBEAqVYDAPZWAwAHVwMATFcDAFZXAwCiVwMAsFcDAPhXAwD5VwMATlgDAF9YAwCkWAMAuFgDAPpYAwACWQMAUFkDAFRZAwCmWQMAtFkDAPxZAwAGWgMAUloDAF1aAwCoWgMAsFoDAP5aAwADWwMAVFsDAG9bAwCqWwMAtlsDAABcAwAGXAMAVlwDAGZcAwCsXAMAvVwDAAJdAwAHXQMAWF0DAFxdAwCupBEAvF0DAAReAwAfXgMAWl4DAGheAwCwXgMAt14DAAZfAwASXwMAXF8DAGRfAwAEpREAwF8DAAhgAwASYAMAXmADAGlgAwC0YAMAvGADAAphAwAPYQMAYGEDAHthAwC2YQMAwmEDAAxiAwASYgMAYmIDAHJiAwC4YgMAyWIDAA5jAwATYwMAZGMDAGhjAwBapREAy2MDABBkAwAYZAMAZmQDAGdkAwC8ZAMAwWQDABJlAwAgZQMAaGUDAHVlAwC+ZQMAyGUDABRmAwAgZgMAamYDAHBmAwDAZgMAyGYDABZnAwAdZwMAbGcDAHhnAwDCZwMAyGcDABhoAwAkaAMAbmgDAH5oAwDEaAMA0GgDABppAwAgaQMAcGkDAHxpAwDGaQMA02kDABxqAwAragMAcmoDAH5qAwCwpREAy2oDAB5rAwAhawMAdGsDAIJrAwDKawMA4WsDACBsAwAtbAMAdmwDAIxsAwDMbAMA2GwDACJtAwAvbQMAeG0DAIJtAwDObQMA1m0DACRuAwAubgMAem4DAH9uAwDQbgMA2G4DACZvAwAybwMAfG8DAIlvAwDSbwMA3G8DAChwAwAucAMAfnADAJJwAwDUcAMA3HADACpxAwA4cQMAgHEDAI1xAwDWcQMA3nEDACxyAwA5cgMAgnIDAJByAwDYcgMA6XIDAC5zAwA2cwMAhHMDAJpzAwDacwMA3HMDADB0AwAxdAMABqYRAIt0AwDIVQ4AlHQDANx0AwDrdAMAMnUDAD51AwCIdQMAkHUDAFymEQDjdQMANHYDAD12AwCKdgMAl3YDAOB2AwDndgMANncDADl3AwCMdwMAlHcDAOJ3AwDndwMAOHgDAEF4AwCOeAMAmHgDAOR4AwDseAMAOnkDAD95AwCQeQMAoHkDAOZ5AwDueQMAPHoDAEJ6AwCSegMAlHoDAOh6AwD1egMAPnsDAFV7AwCUewMAoHsDALKmEQD2ewMAQHwDAFd8AwCWfAMAonwDAOx8AwDyfAMAQn0DAEp9AwCYfQMAn30DAO59AwD8fQMARH4DAF9+AwCafgMAqH4DAPB+AwD3fgMARn8DAFJ/AwCcfwMApH8DAAinEQAGgAMASIADAFCAAwCegAMAz4ADAPSAAwAAgQMASoEDAFCBAwCggQMApYEDAF6nEQACggMATIIDAFOCAwCiggMAqoIDAPiCAwD6ggMAToMDAFiDAwCkgwMArIMDALSnEQAIhAMAFpIDAAmEAwBQhAMAUoQDAKaEAwC3hAMA/IQDAA2FAwBShQMAXoUDAKiFAwCvhQMA/oUDAAaGAwBUhgMAgYYDAKqGAwCvhgMAAIcDAAGHAwBWhwMAYIcDAKyHAwC6hwMAAogDAAeIAwBYiAMAZYgDAK6IAwDKiAMABIkDACCJAwAKqBEAZ4kDALCJAwC0iQMABooDAAyKAwBcigMAXooDALKKAwCzigMACIsDACuLAwBeiwMAgosDALSLAwDhiwMACowDABKMAwBgjAMAZYwDALaMAwDDjAMADI0DABSNAwBijQMAZI0DALiNAwDAjQMADo4DADuOAwBkjgMAcY4DALqOAwC/jgMAEI8DAB2PAwBmjwMAco8DALyPAwDpjwMAEpADABqQAwBokAMAg5ADAL6QAwDAkAMAFJEDACWRAwBqkQMAc5EDAMCRAwDMkQMAYKgRACOSAwBskgMAc5IDAMKSAwDOkgMAGJMDACuTAwBukwMAdpMDAMSTAwDJkwMAGpQDACOUAwBwlAMAepQDAMaUAwDOlAMAHJUDACGVAwBylQMAgpUDAMiVAwDQlQMAHpYDADeWAwB0lgMAeZYDAMqWAwDTlgMAIJcDAC2XAwB2lwMAfZcDAMyXAwDPlwMAtqgRACeYAwB4mAMAL5gDAKQWDQCBmAMAzpgDANaYAwAkmQMAL5kDAHqZAwB8mQMA0JkDAOuZAwAmmgMAMpoDAHyaAwCEmgMADKkRAN+aAwAomwMAMJsDAH6bAwCKmwMA1JsDANqbAwAqnAMAMJwDAICcAwCFnAMA1pwDANycAwBiqREAOZ0DAIKdAwCKnQMA2J0DAOydAwAungMAM54DAISeAwCNngMA2p4DAOCeAwAwnwMAOJ8DAIafAwCJnwMA3J8DAPmfAwAyoAMAQ6ADAIigAwCQoAMA3qADAOGgAwA0oQMASKEDAIqhAwCXoQMA4KEDAOqhAwA2ogMAOKIDAIyiAwCfogMADqoRAOeiAwA4owMASaMDAI6jAwCXowMA5KMDAPqjAwA6pAMAR6QDAJCkAwCYpAMA5qQDAAWlAwBkqhEASKUDAJKlAwCapQMAuqoRAOulAwA+pgMARqYDAJSmAwChpgMA6qYDAO+mAwBApwMASKcDAJanAwCXpwMA7KcDAO6nAwBCqAMASKgDAJioAwCaqAMA7qgDAASpAwBEqQMAUKkDAJqpAwCkqQMA8KkDAPypAwBGqgMATKoDAJyqAwCkqgMA8qoDACSrAwAQqxEAUasDAJ6rAwCoqwMA9KsDAPyrAwBKrAMAS6wDAKCsAwCmrAMA9qwDAAKtAwBMrQMATa0DAKKtAwCkrQMA+K0DAP6tAwBOrgMAWq4DAKSuAwCrrgMA+q4DAAKvAwBQrwMAU68DAKavAwCwrwMA/K8DAP6vAwBSsAMAXLADAKiwAwC0sAMA/rADABSxAwBUsQMAYLEDAKqxAwC3sQMAALIDAAqyAwBWsgMAXrIDAKyyAwC+sgMAZqsRAASzAwBYswMAYrMDAK6zAwCwswMABLQDAB20AwBatAMAXLQDALC0AwCztAMABrUDABK1AwBctQMAZLUDALyrEQDGtQMACLYDAAu2AwBetgMAaLYDALS2AwDAtgMACrcDACC3AwBgtwMAaLcDALa3AwDEtwMADLgDAA+4AwBiuAMAargDALi4AwC7uAMADrkDAMa4AwAcwAMAGLkDAGS5AwAZuQMAarwDAGa5AwC6uQMAwLkDABC6AwAaugMAZroDAHS6AwC8ugMAyboDABK7AwApuwMAaLsDAHC7AwC+uwMAx7sDABS8AwAVvAMAEqwRAHO8AwDAvAMAyrwDABa9AwAgvQMAbL0DAHq9AwDCvQMAz70DABi+AwAvvgMAbr4DAHa+AwDEvgMAy74DABq/AwAfvwMAcL8DAHS/AwDGvwMA078DAGisEQApwAMAcsADAHrAAwDIwAMAzsADAB7BAwAqwQMAdMEDAIPBAwDKwQMAz8EDACDCAwA7wgMAdsIDAILCAwDMwgMA0sIDACLDAwA2wwMAeMMDAIDDAwDOwwMA5MMDACTEAwApxAMAesQDAIHEAwDQxAMA3MQDAL6sEQAtxQMAfMUDAIrFAwDSxQMA38UDACjGAwA/xgMAfsYDAIbGAwDUxgMA2sYDACrHAwA2xwMAgMcDAIfHAwDWxwMA5McDACzIAwAvyAMAgsgDAIrIAwDYyAMA5sgDAC7JAwAxyQMAhMkDAIzJAwDayQMA68kDADDKAwA1ygMAhsoDAIjKAwDcygMA48oDADLLAwBAywMAiMsDAJXLAwDeywMA9csDADTMAwA8zAMAiswDAJTMAwDgzAMA68wDADbNAwBCzQMAjM0DAJTNAwAUrREA5M0DADjOAwBCzgMAjs4DAJDOAwDkzgMA584DADrPAwBGzwMAkM8DAJrPAwDmzwMA7s8DADzQAwBK0AMAktADAJ/QAwDo0AMA8NADAD7RAwBU0QMAlNEDAKDRAwDq0QMAANIDAEDSAwBF0gMAltIDAJzSAwDs0gMAANMDAGqtEQBF0wMAmNMDAKDTAwDu0wMA/NMDAETUAwAE1AMAnl8IAFHUAwCa1AMAotQDAPDUAwD61AMARtUDAFHVAwCc1QMAqNUDAPLVAwD61QMAwK0RAE7WAwCe1gMAo9YDAPTWAwAD1wMAStcDAFbXAwCg1wMAo9cDAPbXAwD51wMATNgDAFTYAwCi2AMAp9gDAPjYAwAI2QMATtkDAFbZAwCk2QMAp9kDAPrZAwAE2gMAUNoDAFLaAwCm2gMArNoDAPzaAwAG2wMAUtsDAGDbAwCo2wMAtdsDAP7bAwAV3AMAVNwDAFzcAwCq3AMAs9wDAADdAwAB3QMAFq4RAGPdAwCs3QMAr90DAJ65CgCy3QMAhgEKALTdAwAC3gMAtt0DAJapBAC43QMAenQGAAXeAwCUhQgACN4DAHr1BgAM3gMAWN4DABDeAwA+iQoAEt4DAPBdCABd3gMArt4DAGTeAwDM7wQAZt4DAJReCgC23gMABN8DAAffAwBa3wMAZt8DALDfAwC23wMABuADACHgAwBc4AMAaOADALLgAwC44AMACOEDABDhAwBe4QMAYOEDALThAwBj4QMAgPIDAL7hAwAK4gMAEuIDAGyuEQBx4gMAtuIDAL3iAwAM4wMAFOMDAGLjAwBv4wMAuOMDAL3jAwAO5AMAGOQDAGTkAwBs5AMAuuQDALzkAwBqygoAv+QDAIqACADE5AMAEOUDAMnkAwBMAwQAyuQDAMx4CQAW5QMAZuUDAGjlAwC85QMAyeUDABLmAwAV5gMAaOYDAHnmAwC+5gMAwOYDABTnAwAe5wMAaucDAHbnAwDA5wMAyOcDABivEQAb6AMAbOgDAG/oAwDC6AMAzOgDABjpAwAg6QMAbukDAHvpAwDE6QMAxukDABrqAwAw6gMAcOoDAHzqAwDG6gMAzuoDAG6vEQAh6wMAcusDAIHrAwDI6wMAyusDAB7sAwAv7AMAdOwDAH/sAwDK7AMAz+wDACDtAwAj7QMAdu0DAIDtAwDM7QMA3u0DACLuAwAq7gMAeO4DAILuAwDO7gMA0+4DACTvAwAs7wMAeu8DAHzvAwDQ7wMA1+8DACbwAwAt8AMAfPADAILwAwDS8AMA3vADACjxAwAr8QMAfvEDAIHxAwDU8QMA8PEDACryAwAy8gMAGrARAI3yAwDW8gMA3vIDACzzAwAv8wMAgvMDAIfzAwDY8wMA5/MDAC70AwBO9AMAhPQDAJD0AwDa9AMA5PQDADD1AwA49QMAhvUDAJj1AwBwsBEA5vUDADL2AwBA9gMAiPYDAJX2AwDe9gMA9fYDADT3AwA89wMAivcDAJn3AwDg9wMA5fcDADb4AwBD+AMAjPgDAJn4AwDi+AMA7vgDADj5AwBH+QMAjvkDAJj5AwDk+QMA8vkDADr6AwA/+gMAkPoDAJ36AwDm+gMA6foDADz7AwBE+wMAkvsDAJf7AwDo+wMA9fsDAD78AwBG/AMAlPwDAJ38AwDq/AMA9/wDAED9AwBO/QMAlv0DAKn9AwDs/QMA9P0DAEL+AwBJ/gMAmP4DAJ3+AwDu/gMABP8DAET/AwBG/wMAmv8DAKj/AwDw/wMA/f8DAEYABABOAAQAnAAEAJ8ABADyAAQA9wAEAEgBBABXAQQAngEEAL4BBAD0AQQAAAIEAEoCBABUAgQAoAIEAKgCBAD2AgQACAMEAMawEQBRAwQAogMEAK8DBAD4AwQABQQEAE4EBABaBAQApAQEALMEBAD6BAQABAUEAFAFBABYBQQApgUEALAFBAD8BQQAAQYEAFIGBABaBgQAHLERALQGBAD+BgQABAcEAFQHBABvBwQAqgcEALYHBAAACAQABggEAFYIBAByCAQArAgEALQIBABysREACgkEAFgJBABiCQQArgkEALkJBAAECgQAEAoEAFoKBABiCgQAyLERALwKBAAGCwQADAsEAFwLBAB3CwQAsgsEAL4LBAAIDAQADgwEAF4MBABmDAQAtAwEALoMBAAKDQQAEw0EAGANBABtDQQAtg0EAMMNBAAMDgQAGg4EAGIOBABvDgQAuA4EAM8OBAAODwQAFg8EAGQPBABpDwQAug8EAHUPBAC+EQQAxw8EABAQBAAYEAQAZhAEAHEQBAC8EAQAwRAEABIRBAAVEQQAaBEEAHIRBAAeshEAwxEEABQSBAAjEgQAahIEAGwSBADAEgQA0RIEABYTBAAnEwQAbBMEAIATBAB0shEA0xMEABgUBAAbFAQAbhQEACAUBAAuJwgAJRQEAKAaEAB4FAQAxBQEAMYUBAAaFQQAJBUEAHAVBAB8FQQAxhUEAPAVBAAcFgQAJxYEADgmBQBCFgQAchYEAKUWBADIFgQA7hYEAB4XBABEFwQAdBcEAKgXBADKFwQA9RcEACAYBAAoGAQAdhgEAKAYBADMGAQAARkEACIZBABNGQQAeBkEAIAZBADOGQQA3RkEACQaBAApGgQAehoEAIMaBADQGgQAhxoEAIoiBADhGgQAJhsEAC0bBAB8GwQAhBsEANIbBADfGwQAKBwEAC0cBAB+HAQAiBwEANQcBADcHAQAKh0EADQdBABCKQQAOR0EAIAdBACFHQQA1h0EAOMdBAAsHgQAOR4EAIIeBACOHgQA2B4EAOceBAAuHwQAOB8EAIQfBACMHwQA2h8EAOQfBAAwIAQANSAEAIYgBACOIAQAyrIRAOggBAAyIQQAOCEEAIghBACjIQQA3iEEAOohBAA0IgQAOiIEACCzEQCXIgQA4CIEAOwiBAA2IwQARSMEAIwjBACWIwQA4iMEAPAjBAA4JAQAPSQEAI4kBACbJAQA5CQEAOwkBAA6JQQARCUEAJAlBACVJQQA5iUEAO4lBAA8JgQAPyYEAJImBACeJgQA6CYEAO4mBAA+JwQAWScEAJQnBACgJwQA6icEAPAnBABAKAQASCgEAJYoBACYKAQA7CgEAPYoBAB2sxEASCkEAJgpBACaKQQA7ikEAPspBABEKgQARyoEAJoqBACrKgQA8CoEAPIqBABGKwQAUCsEAJwrBACoKwQA8isEAPorBADMsxEATSwEAJ4sBAChLAQA9CwEAP4sBABKLQQAUi0EAKAtBACtLQQA9i0EAPgtBABMLgQAYi4EAKIuBACuLgQAIrQRABQvBABOLwQAai8EAHi0EQCpLwQA+i8EAAcwBABQMAQAXTAEAKYwBACyMAQA/DAEAAsxBABSMQQAXDEEAKgxBAC2MQQA/jEEAAMyBABUMgQAYTIEAKoyBADDMgQAADMEAAIzBABWMwQAXTMEAM60EQDJMwQAAjQEABM0BABYNAQAZDQEAK40BADBNAQABDUEABM1BABaNQQAZjUEALA1BACxNQQABjYEABA2BABcNgQAajYEALI2BAC3NgQACDcEABU3BAAktREAYzcEALQ3BADBNwQACjgEABc4BABgOAQAbDgEALY4BADFOAQADDkEABY5BABiOQQAcDkEALg5BAC9OQQADjoEABs6BABkOgQAbDoEACa2EQC/OgQAEDsEABg7BAB8thEAaDsEALw7BADKOwQAEjwEACM8BADSthEAbzwEACi3EQDDPAQAFD0EABw9BABqPQQAeT0EAMA9BADFPQQAFj4EACM+BABsPgQAeT4EAMI+BADOPgQAGD8EACc/BABuPwQAeD8EANS3EQDGPwQAfjIPAMo/BACiFQ0A1z8EABpABAApQAQAcEAEAHxABADGQAQAx0AEABxBBAAmQQQAckEEAIBBBADIQQQAzUEEAB5CBAArQgQAKrgRAHhCBADKQgQA1UIEACBDBAAuQwQAdkMEAIdDBADMQwQA2EMEACJEBAAqRAQAgLgRAH1EBADORAQA20QEACRFBAAxRQQAekUEAIZFBADQRQQA30UEACZGBAAwRgQAfEYEAIpGBADSRgQA30YEAChHBAA/RwQA1rgRAItHBADURwQA4UcEACpIBAA2SAQAgEgEAI9IBADWSAQA4EgEACxJBAA6SQQAgkkEAEhJBADIzAkAh0kEANhJBADlSQQALkoEADZKBAAsuREAkEoEANpKBADqSgQAMEsEADlLBACGSwQAiUsEANxLBADoSwQAMkwEADlMBACCuREAlUwEAN5MBADtTAQANE0EADVNBACKTQQAoU0EAOBNBAD6TQQANk4EAEJOBACMTgQAn04EAOJOBADxTgQAOE8EAERPBACOTwQAj08EAORPBADuTwQAOlAEAEhQBACQUAQAlVAEAOZQBADzUAQA2LkRAFZRBACSUQQAoVEEAOhRBADqUQQAPlIEAO1RBACgWAQAS1IEAJRSBAChUgQA6lIEAO9SBABAUwQASlMEAJZTBAClUwQA7FMEAPFTBABCVAQAT1QEAJhUBAClVAQA7lQEAPpUBABEVQQAU1UEAJpVBACkVQQA8FUEAP1VBABGVgQAS1YEAJxWBACgVgQA8lYEAP5WBABIVwQATlcEAJ5XBACkVwQA9FcEAPlXBABKWAQAUFgEAC66EQCtWAQA9lgEAANZBABMWQQAWFkEAKJZBACxWQQA+FkEAAJaBABOWgQAXFoEAKRaBACpWgQA+loEAAdbBABQWwQAV1sEAKZbBACrWwQA/FsEAAhcBABSXAQAVVwEAKhcBAC1XAQA/lwEAANdBABUXQQAXl0EAKpdBAC2XQQAAF4EABNeBABWXgQAZF4EAKxeBACvXgQAAl8EAAxfBABYXwQAZF8EAK5fBAC0XwQABGAEAApgBABaYAQAX2AEALBgBAC2YAQAhLoRAAhhBABcYQQAbWEEALJhBADDYQQACGIEABBiBABeYgQAbmIEALRiBAC2YgQACmMEABhjBABgYwQAcWMEANq6EQC9YwQAMLsRAA1kBABiZAQAZ2QEALhkBABoZAQAupAEAL5kBAAOZQQAGGUEAGRlBABwZQQAumUEAMBlBAAQZgQAFmYEAGZmBABrZgQAvGYEAMJmBACGuxEAIGcEAGhnBACBZwQAvmcEAL9nBAAUaAQAMWgEAGpoBAByaAQABIsEAIRoBADAaAQAw2gEABZpBAAbaQQAiLwRAIVpBADCaQQAyGkEABhqBADYaQQAADUFABpqBABuagQAdGoEAMRqBADYagQAGmsEACJrBABwawQAfWsEAMZrBADLawQAHGwEACZsBABybAQAemwEAMhsBADZbAQAHm0EACNtBAB0bQQAdm0EAMptBADRbQQAIG4EACxuBAB2bgQAfW4EAMxuBADobgQAIm8EACpvBADevBEAeW8EAM5vBADabwQAJHAEADFwBAB6cAQAgnAEANBwBADTcAQAJnEEADFxBAB8cQQAfnEEANJxBADYcQQAKHIEADRyBAB+cgQAhXIEANRyBADccgQAKnMEAC9zBACAcwQAmXMEANZzBAACdAQALHQEADh0BACCdAQAkXQEANh0BADidAQALnUEADZ1BACEdQQAlHUEANp1BADodQQAMHYEAEF2BACGdgQAknYEADS9EQDhdgQAMncEADp3BACIdwQAiXcEAN53BACedwQA7uMLAPt3BAA0eAQAPHgEAIp4BACOeAQA4HgEAOZ4BAA2eQQAOHkEAIx5BACNeQQA4nkEAON5BAA4egQARHoEAI56BACUegQA5HoEAOx6BAA6ewQAPHsEAJB7BACrewQA5nsEAOh7BAA8fAQASnwEAJJ8BACjfAQA6HwEAOp8BAA+fQQAV30EAJR9BAClfQQA6n0EAPZ9BACKvREATn4EAJZ+BABcfgQA8jMIAKx+BADsfgQA7X4EAEJ/BABTfwQAmH8EAKR/BADufwQABIAEAESABABQgAQAmoAEAKeABADwgAQA+oAEAEaBBABIgQQAnIEEAKaBBADygQQAAIIEAEiCBABNggQAnoIEAKuCBAD0ggQAEIMEAEqDBABSgwQA4L0RAK6DBAD2gwQAD4QEAEyEBABNhAQAooQEAL+EBAD4hAQAAIUEAE6FBABfhQQApIUEALKFBAD6hQQAE4YEAFCGBABWhgQApoYEAKiGBAD8hgQAAocEAFKHBABmhwQAqIcEALCHBAD+hwQAC4gEAFSIBABZiAQAqogEALSIBAAAiQQACIkEAFaJBABmiQQArIkEALGJBAACigQAC4oEAFiKBABligQArooEALWKBAA2vhEAFYsEAFqLBABoiwQAsIsEAMmLBAAGjAQADIwEAFyMBABejAQAsowEALiMBAAIjQQAHI0EAF6NBABmjQQAtI0EAMGNBAAKjgQAD44EAGCOBABqjgQAto4EAL6OBAAMjwQAHI8EAGKPBABnjwQAuI8EAMGPBAAOkAQAG5AEAGSQBABrkAQAjL4RAL+QBAAQkQQAEZEEAGaRBABykQQAvJEEAMKRBAASkgQAI5IEAGiSBAB8kgQAvpIEAM2SBAAUkwQAGZMEAGqTBAB3kwQAwJMEANCTBAAWlAQAJJQEAGyUBACDlAQAwpQEAMuUBAAYlQQAHpUEAG6VBAB6lQQAxJUEAMuVBAAalgQANpYEAHCWBAB4lgQA4r4RAMyWBAAclwQAIpcEAHKXBAB3lwQAyJcEAM6XBAA4vxEAI5gEAHSYBAB2mAQAypgEANGYBAAgmQQALpkEAHaZBACDmQQAzJkEAOOZBAAimgQAKpoEAHiaBAB5mgQAzpoEANGaBAAkmwQAOJsEAHqbBACJmwQA0JsEANWbBAAmnAQAJ5wEAHycBACTnAQA5L8RANScBAAonQQANZ0EAH6dBACLnQQA1J0EANmdBAAqngQANJ4EAICeBACIngQA1p4EAOaeBAAsnwQAOp8EAIKfBACPnwQA2J8EAN+fBAAuoAQANqAEAISgBACGoAQA2qAEAOKgBAAwoQQAMaEEAIahBABGoQQACjoFAIuhBADcoQQA36EEADKiBAA8ogQAiKIEAJ+iBADeogQA5KIEADSjBABAowQAiqMEAI2jBADgowQA/aMEADakBABHpAQAjKQEAJSkBADipAQA6aQEADilBAA+pQQAjqUEAJylBADkpQQA/6UEADqmBABGpgQAkKYEAJamBADmpgQA+6YEADynBABEpwQAkqcEAJynBADopwQA7qcEAD6oBABMqAQAlKgEAKCoBADqqAQA8agEAECpBABIqQQAOsARAKSpBADsqQQAAqoEAEKqBABOqgQAmKoEAJ2qBADuqgQA96oEAESrBABOqwQAmqsEAKarBABekQYAtqsEAPCrBAD4qwQAkMARAEusBACcrAQAqawEAPKsBAD/rAQASK0EAFStBACerQQAra0EAPStBAD+rQQASq4EAFiuBACgrgQApa4EAPauBAADrwQATK8EAFSvBADmwBEAsK8EAPivBAAOsAQATrAEAFqwBACksAQAqbAEAPqwBAADsQQAULEEAFqxBACmsQQArrEEAPyxBAAIsgQAUrIEAGWyBACosgQAqbIEAP6yBAAMswQAVLMEAFqzBACqswQAtrMEAAC0BAAHtAQAPMERAGC0BACstAQAtLQEAAK1BAAItQQAwPMJABG1BABYtQQAXbUEADIjBQBetQQArrUEALq1BAAEtgQABrYEAFq2BABktgQAsLYEALy2BAAGtwQADrcEAJLBEQBktwQAsrcEAMG3BAAIuAQADbgEAF64BABruAQAtLgEAMG4BAAKuQQAFrkEAGC5BABvuQQAtrkEAMC5BAAMugQAGroEAGK6BABnugQAuLoEAMW6BAAOuwQAFrsEAGS7BABuuwQAursEAL+7BAAQvAQAGLwEAGa8BABxvAQAvLwEAMG8BAASvQQAFb0EAGi9BAByvQQAvr0EAMa9BADowREAGb4EAGq+BAB5vgQAwL4EAMK+BAAWvwQAJ78EAGy/BAB3vwQAwr8EAMe/BAAYwAQAG8AEAG7ABAB4wAQAxMAEAMzABAAawQQAHMEEAHDBBAB9wQQAxsEEAM3BBAAcwgQAJMIEAHLCBABzwgQAyMIEAM3CBAAewwQAJMMEAHTDBAB+wwQAysMEANLDBAA+whEAVsQEAHbEBACrxAQAzMQEAObEBAAixQQASMUEAHjFBACSxQQAzsUEAPTFBAAkxgQAPsYEAHrGBACjxgQA0MYEANjGBAAmxwQAKMcEAHzHBACJxwQA0scEANnHBAAoyAQAMMgEAH7IBAB/yAQA1MgEANnIBAAqyQQAMMkEAIDJBACKyQQA1skEAN7JBACUwhEASMoEAOrCEQCKygQA2MoEANrKBAAuywQAO8sEAITLBACLywQA2ssEAOLLBAAwzAQAMcwEAIbMBACLzAQA3MwEAOLMBAAyzQQAPM0EAIjNBACQzQQAQMMRAOPNBAA0zgQANs4EAIrOBACRzgQA4M4EAO7OBAA2zwQAQ88EAIzPBACjzwQA4s8EAOrPBAA40AQAQtAEAI7QBABO0AQAojAFAJnQBADk0AQA8NAEADrRBABC0QQAlsMRAJHRBADm0QQAmtEEAEyxBQCm0QQA0J0FAOvRBAA80gQAP9IEAJLSBACc0gQA6NIEAP/SBAA+0wQARNMEAJTTBACg0wQA6tMEAO3TBABA1AQAXdQEAJbUBACn1AQA7NQEAAvVBABC1QQAStUEAJjVBACa1QQA7tUEAP3VBABE1gQATtYEAJrWBACo1gQA8NYEAAvXBABG1wQAUtcEAJzXBACk1wQA7MMRAP7XBABI2AQAV9gEAJ7YBACj2AQA9NgEAPrYBABK2QQAUdkEAKDZBACo2QQA9tkEAPjZBABM2gQAU9oEAKLaBACk2gQA+NoEAPnaBABO2wQAWNsEAKTbBACw2wQA+tsEAADcBABQ3AQAatwEAKbcBACu3AQA/NwEABLdBABS3QQAYN0EAKjdBACr3QQA/t0EAAHeBABU3gQAYt4EAKreBAC33gQAAN8EABffBABW3wQAXt8EAKzfBACu3wQAAuAEAArgBABY4AQAb+AEAK7gBAC64AQABOEEABrhBABa4QQAYuEEALDhBAC+4QQABuIEABDiBABc4gQAZOIEALLiBAC54gQACOMEABTjBABe4wQAX+MEALTjBADA4wQACuQEABfkBABg5AQAZ+QEALbkBAC55AQADOUEABTlBABi5QQAZ+UEALjlBADF5QQADuYEAD7mBABk5gQAbOYEAELEEQDC5gQAtv4RANbmBAAQ5wQAGOcEAJjEEQB05wQAvOcEAL7nBAAS6AQAI+gEAGjoBABw6AQAvugEAMroBAAU6QQAGukEAGrpBABw6QQAwOkEAMXpBAAW6gQAHOoEAO7EEQBx6gQAwuoEAHjqBABKQQ4AyuoEABjrBAAd6wQAfKgKAB7rBACu7gsAJOsEAOpgCwAn6wQAbusEACnrBAD+6wsAL+sEAOBdDABz6wQAxOsEAHTrBABkmgkA0esEABrsBAAn7AQAcOwEAHzsBADG7AQA1ewEABztBAAm7QQARsYRAHztBADI7QQAze0EAB7uBAAm7gQAnMYRAHnuBADK7gQAze4EACDvBAAq7wQAdu8EAJ7vBABIxxEA0u8EACLwBAA48AQAePAEAIbwBADO8AQA2/AEACTxBAAm8QQAevEEAITxBADQ8QQA3PEEACbyBAAt8gQAfPIEAITyBADS8gQA2fIEACjzBAAx8wQAfvMEAIrzBADU8wQA3PMEAJ7HEQAv9AQAgPQEAIj0BADW9AQA5fQEACz1BAAx9QQAgvUEAI/1BADY9QQA5fUEAC72BAA69gQAhPYEAJP2BADa9gQA5PYEADD3BAA+9wQAhvcEAIv3BADc9wQA6fcEADL4BAA6+AQAiPgEAJL4BADe+AQA7PgEADT5BABK+QQAivkEAJb5BADg+QQA5fkEADb6BAA/+gQAjPoEAJb6BAD0xxEA7PoEADj7BABE+wQAjvsEAJb7BABKyBEA6fsEADr8BABH/AQAkPwEAJ38BADm/AQA8vwEADz9BABL/QQAkv0EAJz9BADo/QQAAP4EAD7+BABI/gQAlP4EAKL+BADq/gQAAP8EAED/BABM/wQAlv8EAJv/BADs/wQA9f8EAEIABQBMAAUAmAAFAKAABQCgyBEA+wAFAEQBBQAEAQUAiBARAFEBBQCaAQUApgEFAPABBQD/AQUARgIFAFACBQCcAgUAqgIFAPICBQD/AgUASAMFAF8DBQCeAwUApgMFAPQDBQD+AwUASgQFAE8EBQCgBAUAqAQFAPbIEQACBQUATAUFAFIFBQCiBQUAvQUFAPgFBQAEBgUATgYFAFQGBQBMyREArAYFAKLJEQD/BgUAUAcFAF0HBQCmBwUAswcFAPwHBQAICAUAUggFAGEIBQCoCAUAsggFAP4IBQAMCQUAVAkFAFkJBQCqCQUAtwkFAAAKBQAICgUA+MkRAGIKBQCsCgUAvAoFAAILBQALCwUAWAsFAFsLBQCuCwUAugsFAAQMBQALDAUATsoRAGgMBQCwDAUAxgwFAAYNBQASDQUAXA0FAGMNBQCyDQUAug0FAAgOBQANDgUAXg4FAGcOBQC0DgUAvg4FAKTKEQAPDwUAYA8FABYPBQC+EwUAaA8FALYPBQC8DwUADBAFABEQBQBiEAUAaxAFALgQBQDCEAUADhEFABoRBQBkEQUAbBEFAPrKEQC/EQUAEBIFABgSBQBmEgUAcRIFALwSBQDBEgUAEhMFABUTBQBoEwUAchMFAFDLEQDIEwUAFBQFABgUBQBqFAUAbxQFAMAUBQDGFAUAFhUFADYVBQBsFQUAdBUFAMIVBQDQFQUAGBYFABsWBQBuFgUAdhYFAMQWBQDNFgUAGhcFACcXBQBwFwUAdhcFAMYXBQDSFwUAHBgFAB4YBQByGAUAgRgFAMgYBQDTGAUAHhkFACAZBQB0GQUAjRkFAMoZBQDbGQUAIBoFACwaBQCmyxEAfhoFAMwaBQDsGgUAIhsFADAbBQB4GwUAhRsFAM4bBQDVGwUAJBwFAEAcBQB6HAUAghwFAPzLEQDVHAUAJh0FADMdBQB8HQUAiR0FANIdBQDeHQUAKB4FADceBQB+HgUAiB4FANQeBQDpHgUAKh8FADIfBQCAHwUAjx8FANYfBQDYHwUALCAFADUgBQCCIAUAhSAFANggBQDkIAUALiEFAEohBQCEIQUAjCEFAFLMEQDfIQUAMCIFAEYiBQCGIgUAkiIFANwiBQD/IgUAqMwRAD8jBQCIIwUAlSMFAN4jBQDqIwUANCQFAEMkBQCKJAUAlCQFAOAkBQDoJAUANiUFAEAlBQCMJQUAkSUFAOIlBQDqJQUA/swRAEwmBQCOJgUAtCYFAOQmBQAKJwUAOicFAGAnBQCQJwUAuycFAOYnBQDuJwUAPCgFAGYoBQCSKAUAyCgFAOgoBQAOKQUAPikFAGQpBQCUKQUAyikFAOopBQAVKgUAQCoFAEgqBQCWKgUAmyoFAKyLBQClKgUA7CoFAPEqBQBCKwUATysFAJgrBQClKwUA7isFAPorBQBELAUAUywFAJosBQCkLAUA8CwFAP4sBQBGLQUASy0FAJwtBQCpLQUA8i0FAPotBQBILgUATi4FAJ4uBQBSLgUA/IgFAKouBQD0LgUABC8FAEovBQBTLwUAoC8FAKMvBQD2LwUAAjAFAEwwBQBTMAUAVM0RALYwBQD4MAUA+zAFAE4xBQBrMQUApDEFALUxBQD6MQUAATIFAFAyBQBpMgUApjIFAK4yBQD8MgUAEjMFAFIzBQBXMwUAqDMFAK8zBQD+MwUABzQFAFQ0BQBlNAUAqjQFALY0BQCqzREAAjUFAFw4BQAUNQUAVjUFAFk1BQCsNQUAyTUFAAI2BQATNgUAWDYFAGc2BQCuNgUAvzYFAAQ3BQASNwUAWjcFAGY3BQCwNwUAvTcFAAY4BQAQOAUAAM4RAGI4BQCyOAUAwDgFAAg5BQAKOQUAXjkFAGU5BQC0OQUAzTkFAFbOEQAeOgUAYDoFAGM6BQC2OgUA0zoFAAw7BQAdOwUAYjsFAGo7BQC4OwUAvzsFAA48BQAUPAUAZDwFAHI8BQC6PAUA1TwFABA9BQAcPQUAZj0FAGw9BQC8PQUA0T0FABI+BQAaPgUAaD4FAHI+BQC+PgUAxD4FABQ/BQAiPwUAaj8FAHY/BQDAPwUAxz8FABZABQAeQAUArM4RAHVABQDCQAUAz0AFABhBBQAmQQUAbkEFAH1BBQDEQQUAxkEFABpCBQAkQgUAcEIFAH5CBQDGQgUAy0IFABxDBQApQwUAckMFAHVDBQDIQwUA1EMFAB5EBQAxRAUAdEQFAINEBQDKRAUA1kQFACBFBQAhRQUAdkUFAIBFBQDMRQUA2kUFACJGBQAnRgUAeEYFAIVGBQACzxEA00YFACRHBQA6RwUAekcFAJBHBQDQRwUA2UcFACZIBQAzSAUAfEgFAIpIBQDSSAUA4UgFAChJBQAqSQUAfkkFAIhJBQDUSQUA4kkFACpKBQAvSgUAgEoFAI1KBQDWSgUA2UoFACxLBQA0SwUAgksFAJNLBQDYSwUA5ksFAC5MBQA7TAUAhEwFAKRMBQDaTAUA4kwFADBNBQBATQUAhk0FAIhNBQDcTQUA6k0FADJOBQBDTgUABNARAI5OBQDeTgUA6k4FAFrQEQA7TwUAik8FAEFPBQBePQcAkU8FAOBPBQDmTwUANlAFAEJQBQCMUAUAj1AFAOJQBQDlUAUAOFEFAGBRBQCOUQUAsVEFAORRBQDvUQUAOlIFAD9SBQCQUgUAk1IFAOZSBQDwUgUAPFMFAGRTBQCw0BEAl1MFAOhTBQD1UwUAPlQFAEtUBQCUVAUAoFQFAOpUBQD5VAUAQFUFAEpVBQCWVQUAnlUFAOxVBQD2VQUAQlYFAEdWBQCYVgUAoFYFAAbREQD7VgUARFcFAFhXBQCaVwUAolcFAPBXBQD1VwUARlgFAFZYBQCcWAUApFgFAPJYBQD8WAUASFkFAFNZBQCeWQUAqlkFAPRZBQD8WQUAXNERAEtaBQCgWgUArFoFAPZaBQAFWwUATFsFAFpbBQCiWwUAslsFAPhbBQAGXAUATlwFAFpcBQCkXAUAq1wFAPpcBQACXQUAUF0FAGZdBQCmXQUAul0FAPxdBQD/XQUAUl4FAG9eBQCoXgUAuV4FAP5eBQAGXwUAVF8FAF9fBQCqXwUAr18FAABgBQADYAUAVmAFAGBgBQCsYAUAr2AFALLREQAEYQUA+mIIAAdhBQBYYQUAW2EFAK5hBQC4YQUABGIFAAxiBQBaYgUAeWIFAAjSEQDEYgUABmMFACxjBQBcYwUAgmMFALJjBQDYYwUACGQFAEBkBQBeZAUAlGQFALRkBQDaZAUACmUFADBlBQBgZQUAlmUFALZlBQDaZQUADGYFAChmBQBiZgUAamYFAF7SEQC9ZgUADmcFABtnBQBkZwUAcWcFALpnBQDGZwUAEGgFAB9oBQBmaAUAcGgFALxoBQDKaAUAEmkFABdpBQBoaQUAdWkFAL5pBQDGaQUAtNIRACBqBQBqagUAemoFAMBqBQDJagUAFmsFABlrBQBsawUAeGsFAMJrBQDJawUACtMRACZsBQBubAUAhGwFAMRsBQDQbAUAGm0FACFtBQBwbQUAeG0FAMZtBQDLbQUAHG4FACVuBQBybgUAfG4FAGDTEQDJbgUAHm8FACpvBQB0bwUAem8FAMpvBQDMbwUAIHAFACpwBQB2cAUAhHAFAMxwBQDRcAUAInEFAC9xBQB4cQUAgHEFAM5xBQDYcQUAJHIFADJyBQB6cgUAkHIFANByBQDccgUAJnMFAC1zBQB8cwUAhHMFANJzBQDXcwUAKHQFADF0BQB+dAUAiHQFALbTEQDXdAUAKnUFAEd1BQCAdQUAkXUFANZ1BQDkdQUALHYFAER2BQCCdgUAhXYFANh2BQD1dgUALncFAD93BQCEdwUAnHcFANp3BQDmdwUAMHgFAEN4BQCGeAUAlXgFANx4BQDoeAUAMnkFADN5BQCIeQUAknkFAN55BQDseQUANHoFADl6BQCKegUAl3oFAAzUEQDlegUANnsFAEN7BQCMewUAmXsFAOJ7BQDuewUAOHwFAEd8BQCOfAUAmHwFAOR8BQDyfAUAOn0FAD99BQCQfQUAnX0FAOZ9BQDufQUADtURAEh+BQCSfgUAon4FAOh+BQDxfgUAPn8FAEF/BQCUfwUAoH8FAOp/BQDxfwUAZNURAE6ABQCWgAUArIAFAOyABQD4gAUAQoEFAEmBBQCYgQUAoIEFAO6BBQDzgQUARIIFAE2CBQCaggUApIIFALrVEQDxggUARoMFAFKDBQCcgwUAooMFAPKDBQD0gwUASIQFAFKEBQCehAUArIQFAPSEBQD5hAUASoUFAFeFBQCghQUAqIUFAPaFBQAAhgUATIYFAFqGBQCihgUAuIYFAPiGBQAEhwUATocFAFWHBQCkhwUArIcFAPqHBQD/hwUAUIgFAFmIBQCmiAUAsIgFABDWEQAKiQUAUokFAGiJBQCoiQUAtIkFAP6JBQAFigUAVIoFAFyKBQCqigUAr4oFAACLBQAJiwUAVosFAGCLBQBm1hEArYsFAAKMBQAOjAUAWIwFAF6MBQCujAUAsIwFAASNBQAOjQUAWo0FAGiNBQCwjQUAtY0FAAaOBQATjgUAXI4FAGSOBQCyjgUAvI4FAAiPBQAWjwUAXo8FAHSPBQC0jwUAwI8FAAqQBQARkAUAYJAFAGiQBQC2kAUAu5AFAAyRBQAVkQUAYpEFAGyRBQC81hEAupEFAHosDQDGkQUADpIFAB+SBQBkkgUAaZIFALqSBQDRkgUAEJMFACSTBQBmkwUAfpMFALyTBQDLkwUAEpQFABeUBQBolAUAdZQFAL6UBQDLlAUAFJUFACCVBQBqlQUAeZUFAMCVBQDKlQUAFpYFAB6WBQBslgUAipYFAMKWBQDKlgUAGJcFACGXBQBulwUAe5cFAMSXBQDGlwUAGpgFADOYBQBwmAUAgZgFAMaYBQDSmAUAHJkFACSZBQAS1xEAd5kFAMiZBQDQmQUAHpoFAC2aBQB0mgUAeZoFAMqaBQDXmgUAIJsFAC2bBQB2mwUAgpsFAMybBQDbmwUAIpwFACycBQB4nAUAgJwFAM6cBQDYnAUAJJ0FACmdBQB6nQUAgp0FAGjXEQDknQUAJp4FACmeBQB8ngUAmZ4FANKeBQDjngUAKJ8FAF6fBQB+nwUAnZ8FANSfBQDcnwUAKqAFACygBQCAoAUAj6AFANagBQDgoAUALKEFADqhBQCCoQUAnaEFANihBQDkoQUALqIFADaiBQC+1xEAkKIFANqiBQDpogUAMKMFADWjBQCGowUAjKMFANyjBQDjowUAMqQFADqkBQCIpAUAiqQFAN6kBQDlpAUANKUFADalBQCKpQUAi6UFAOClBQDqpQUANqYFAEKmBQCMpgUAkqYFAOKmBQD8pgUAOKcFAECnBQCOpwUApKcFAOSnBQDypwUAOqgFAD2oBQCQqAUAk6gFAOaoBQD0qAUAPKkFAEmpBQCSqQUAqakFAOipBQDwqQUAPqoFAECqBQCUqgUAnKoFAOqqBQABqwUAQKsFAEyrBQCWqwUArKsFAOyrBQD0qwUAQqwFAFCsBQCYrAUAoqwFAO6sBQD2rAUARK0FAEutBQCarQUApq0FAPCtBQDxrQUARq4FAFKuBQCcrgUAqa4FAPKuBQD5rgUASK8FAEuvBQCerwUApq8FAPSvBQD5rwUASrAFAFewBQCgsAUA0LAFAPawBQD+sAUAFNgRAFKxBQCisQUAsLEFAPixBQAJsgUATrIFAFOyBQCksgUAu7IFAPqyBQAOswUAULMFAG+zBQCmswUArrMFAPyzBQD+swUAUrQFAGG0BQCotAUAsrQFAP60BQAMtQUAVLUFAG+1BQCqtQUAtrUFAAC2BQAItgUAatgRAGK2BQCstgUAu7YFAAK3BQAHtwUAWLcFAF63BQCutwUAtbcFAAS4BQAMuAUAWrgFAFy4BQCwuAUAt7gFAAa5BQAIuQUAXLkFAF25BQCyuQUAvLkFAAi6BQAUugUAXroFAGS6BQC0ugUAzroFAAq7BQASuwUAYLsFAHa7BQC2uwUAxLsFAAy8BQAPvAUAYrwFAGW8BQC4vAUAxrwFAA69BQAbvQUAZL0FAHu9BQC6vQUAwr0FABC+BQASvgUAZr4FAG6+BQC8vgUA074FABK/BQAevwUAaL8FAH6/BQC+vwUAxr8FABTABQAiwAUAasAFAHTABQDAwAUAyMAFABbBBQAdwQUAbMEFAHjBBQDCwQUAw8EFABjCBQAkwgUAbsIFAHvCBQDEwgUAy8IFABrDBQAdwwUAcMMFAHjDBQDGwwUAy8MFABzEBQApxAUAcsQFAKLEBQDIxAUA0MQFAMDYEQAjxQUAdMUFAJDFBQDKxQUA0sUFABbZEQBZxgUAdsYFAJzGBQDMxgUA9cYFACLHBQBYxwUAeMcFAI3HBQDOxwUA1scFACTIBQAnyAUAesgFAJfIBQDQyAUA4cgFACbJBQApyQUAfMkFAIbJBQDSyQUA1MkFACjKBQAyygUAfsoFAIrKBQDUygUA8MoFACrLBQAyywUAbNkRALPLBQDWywUA2csFACzMBQBSzAUAgswFAKvMBQDYzAUA/MwFAC7NBQA2zQUAwtkRAInNBQDazQUA580FADDOBQA9zgUAhs4FAJLOBQDczgUA684FADLPBQA8zwUAiM8FAJbPBQDezwUA488FADTQBQBB0AUAitAFAJLQBQDg0AUA6tAFADbRBQBE0QUAjNEFAKLRBQDi0QUA7tEFADjSBQA90gUAjtIFAJfSBQDk0gUA7tIFADrTBQBW0wUAkNMFAJjTBQAY2hEA6NMFADzUBQBK1AUAktQFAKPUBQBu2hEA79QFAMTaEQBD1QUAlNUFAJzVBQDq1QUA+dUFAEDWBQBG1gUAltYFAKLWBQDs1gUA7tYFAELXBQBM1wUAmNcFAKTXBQDu1wUA9tcFAHDbEQBJ2AUAmtgFAKnYBQDw2AUAENkFAEbZBQBS2QUAnNkFAKbZBQDy2QUA+tkFAEjaBQBK2gUAntoFAK7aBQD02gUA/toFAErbBQBW2wUAoNsFAKbbBQD22wUA/tsFAMbbEQBR3AUAotwFAKvcBQAYegwAr9wFAPjcBQC43AUAmJUPAALdBQAkWw8ABd0FAE7dBQBa3QUApN0FALPdBQD63QUABN4FAFDeBQBY3gUAYnILAF7eBQCm3gUAs94FAPzeBQAT3wUAUt8FAFrfBQCo3wUAst8FAP7fBQAD4AUAVOAFAFzgBQAc3BEAt+AFAADhBQAO4QUAVuEFAGnhBQCs4QUAtOEFAALiBQAF4gUAWOIFAF3iBQCu4gUAveIFAATjBQAk4wUAWuMFAGbjBQCw4wUAuuMFAAbkBQAi5AUAXOQFAGTkBQBy3BEAxeQFAAjlBQAO5QUAXuUFAGrlBQC05QUAvuUFAArmBQAQ5gUAYOYFAG7mBQC25gUAwuYFAAznBQAP5wUAYucFAGPnBQC45wUAxOcFAA7oBQAU6AUAZOgFAGroBQC66AUAxugFABDpBQAt6QUAZukFAG/pBQC86QUAyOkFABLqBQAV6gUAaOoFAHLqBQC+6gUAyuoFABTrBQAa6wUAausFAHDrBQDA6wUAxesFABbsBQAc7AUAyNwRAHjsBQDC7AUAxOwFABjtBQAn7QUAbu0FAHntBQDE7QUA0O0FABruBQAh7gUAcO4FAHjuBQDG7gUA0O4FABzvBQAn7wUAcu8FAH7vBQDI7wUA0O8FAMrdEQAg8AUAdPAFAIfwBQDK8AUA0vAFACDxBQAm8QUAdvEFAILxBQDM8QUA1vEFACLyBQAo8gUAePIFAIbyBQDO8gUA2vIFACTzBQAn8wUAevMFAILzBQDQ8wUA0fMFACb0BQAy9AUAfPQFAIL0BQDS9AUA2vQFACj1BQAu9QUAfvUFAIr1BQDU9QUA8fUFACr2BQAz9gUAgPYFAIz2BQDW9gUA2fYFACz3BQA29wUAgvcFAIr3BQDY9wUA6fcFAC74BQA8+AUAhPgFAJr4BQDa+AUA6PgFADD5BQA6+QUAIN4RAJX5BQDc+QUA5/kFADL6BQA++gUAiPoFAI/6BQDe+gUA5voFADT7BQA++wUAivsFAJX7BQDg+wUA7PsFADb8BQA+/AUAdt4RAI78BQDi/AUA9fwFADj9BQBA/QUAjv0FAJT9BQDk/QUA8P0FADr+BQBE/gUAkP4FAJb+BQDm/gUA9P4FADz/BQBI/wUAkv8FAJX/BQDo/wUA8P8FAD4ABgA/AAYAlAAGAKAABgDqAAYA8AAGAEABBgBIAQYAlgEGAJwBBgDsAQYA+AEGAEICBgBfAgYAmAIGAKECBgDuAgYA+gIGAEQDBgBHAwYAmgMGAKQDBgDwAwYA+AMGAEYEBgBXBAYAnAQGAKoEBgDyBAYACAUGAEgFBgBWBQYAngUGAKgFBgD0BQYA/AUGAEoGBgBtBgYAzN4RAKsGBgD2BgYABAcGAEwHBgBbBwYAogcGAK0HBgD4BwYAAAgGAE4IBgBcCAYApAgGAKcIBgD6CAYAAgkGACLfEQBsCQYAeN8RAKgJBgD8CQYACQoGAFIKBgBfCgYAqAoGAK0KBgD+CgYACAsGAFQLBgBjCwYAqgsGAK8LBgAADAYADQwGAFYMBgBjDAYArAwGALgMBgACDQYAEQ0GAFgNBgBiDQYArg0GALoNBgAEDgYACg4GAFoOBgBgDgYAsA4GALUOBgAGDwYADA8GAM7fEQBhDwYA9DAGAG0PBgCyDwYAwA8GAAgQBgAUEAYAXhAGAGsQBgC0EAYAvhAGAAoRBgAmEQYAYBEGAHwRBgAk4BEAuBEGAAwSBgAZEgYAYhIGAG8SBgC4EgYAvRIGAA4TBgAYEwYAZBMGAHMTBgC6EwYAvxMGABAUBgAdFAYAZhQGAHMUBgC8FAYAyBQGABIVBgAhFQYAaBUGAHIVBgC+FQYAyhUGABQWBgAaFgYAahYGAHAWBgDAFgYAxRYGABYXBgAcFwYAeuARAHgXBgDCFwYAyRcGABgYBgAmGAYAbhgGAHEYBgDEGAYAzBgGABoZBgAfGQYAcBkGAH0ZBgDGGQYAzhkGANDgEQAhGgYAchoGAIEaBgDIGgYAyhoGAB4bBgAvGwYAdBsGAH8bBgDKGwYAzxsGACAcBgAjHAYAdhwGAIAcBgDMHAYA6BwGACbhEQApHQYAeB0GAIYdBgDOHQYA0R0GACQeBgAzHgYAeh4GAH8eBgDQHgYA3R4GACYfBgAzHwYAfB8GAIgfBgDSHwYA4R8GACggBgAyIAYAfiAGAIwgBgDUIAYA2SAGACohBgA3IQYAgCEGAIwhBgDWIQYA6SEGACwiBgA7IgYAgiIGAI4iBgDYIgYA2SIGAC4jBgA4IwYAhCMGAJIjBgDaIwYA3yMGADAkBgA9JAYAfOERAIgkBgDcJAYA6iQGADIlBgBDJQYAfuIRAI8lBgDU4hEA4yUGADQmBgA8JgYAiiYGAJkmBgDgJgYA5SYGADYnBgBDJwYAjCcGAJknBgDiJwYA7icGADgoBgBHKAYAjigGAJgoBgCA4xEA5igGADopBgBVKQYAkCkGAJIpBgDmKQYAACoGADwqBgBJKgYAkioGAJ4qBgDoKgYA8ioGAD4rBgBYKwYAlCsGAKMrBgDqKwYA7ysGAEAsBgBNLAYAliwGAKMsBgDsLAYA+CwGAEItBgBRLQYAmC0GAKItBgDuLQYA+i0GAEQuBgBXLgYAmi4GAKkuBgDwLgYA/C4GAEYvBgBHLwYAnC8GAKYvBgDyLwYAADAGAEgwBgBNMAYAnjAGAKswBgDW4xEAATEGAEoxBgBXMQYAoDEGAKwxBgD2MQYABTIGAEwyBgBWMgYAojIGALAyBgD4MgYA/TIGAE4zBgBbMwYApDMGALAzBgD6MwYADTQGAFA0BgBfNAYApjQGALI0BgD8NAYA/TQGAFI1BgBcNQYAqDUGALY1BgD+NQYAAzYGAFQ2BgBhNgYALOQRALc2BgAANwYAAjcGAFY3BgBvNwYArDcGAL03BgACOAYADjgGAFg4BgBgOAYALuURALM4BgAEOQYADDkGAFo5BgBpOQYAsDkGALU5BgAGOgYAEzoGAFw6BgBpOgYAsjoGAL46BgAIOwYAFzsGAF47BgBoOwYAhOURAMc7BgAKPAYAGTwGAGA8BgBsPAYAtjwGALc8BgAMPQYAFj0GAGI9BgBwPQYAuD0GAL09BgAOPgYAGz4GANrlEQBpPgYAuj4GAMc+BgAQPwYAHT8GAGY/BgByPwYAvD8GAMs/BgASQAYAHEAGAGhABgB2QAYAvkAGAMNABgAUQQYAIUEGAGpBBgByQQYA3OYRAMxBBgAWQgYAJkIGAGxCBgB1QgYAwkIGAMVCBgAYQwYAJEMGAG5DBgB1QwYAMucRAM9DBgAaRAYAG0QGAHBEBgCIRAYAxkQGANNEBgAcRQYAKEUGAHJFBgB8RQYAyEUGAMxFBgAeRgYAI0YGAHRGBgB6RgYAykYGAOpGBgAgRwYAOEcGAHZHBgCNRwYAzEcGANhHBgAiSAYALEgGAHhIBgB6SAYAzkgGANVIBgAkSQYAK0kGAHpJBgCASQYA0EkGANxJBgAmSgYAKUoGAHxKBgB/SgYA0koGAN5KBgAoSwYAK0sGAIjnEQCDSwYA1EsGANxLBgAqTAYAMEwGAIBMBgCFTAYA1kwGAN9MBgAsTQYANk0GAIJNBgCOTQYA2E0GAOBNBgDe5xEAM04GAIROBgCMTgYA2k4GAOVOBgAwTwYANU8GAIZPBgCJTwYA3E8GAOZPBgA06BEAOlAGAIhQBgCMUAYA3lAGAOBQBgA0UQYAN1EGAIpRBgCSUQYA4FEGAO1RBgA2UgYAO1IGAIxSBgCWUgYA4lIGAOpSBgA4UwYAOVMGAI5TBgCTUwYA5FMGAOdTBgA6VAYAPVQGAJBUBgCeVAYA5lQGAP9UBgA8VQYATVUGAJJVBgCeVQYA6FUGAPBVBgCK6BEAQ1YGAJRWBgCcVgYA6lYGAPlWBgBAVwYARVcGAJZXBgCjVwYA7FcGAPlXBgBCWAYATlgGAJhYBgCnWAYA7lgGAPhYBgBEWQYATFkGAJpZBgCkWQYA8FkGAPVZBgBGWgYATloGAODoEQCnWgYA8loGAP5aBgBIWwYAUFsGADbpEQCqWwYA9FsGAPtbBgBKXAYAWFwGAKBcBgCjXAYA9lwGAP5cBgBMXQYAT10GAKJdBgCuXQYA+F0GAP5dBgBOXgYAaV4GAKReBgCwXgYA+l4GAABfBgBQXwYAc18GAKZfBgCpXwYA/F8GACBgBgCM6REAV2AGAKhgBgC1YAYA/mAGAAthBgBUYQYAYGEGAKphBgC5YQYAAGIGAApiBgBWYgYAZGIGAKxiBgCxYgYAAmMGAA9jBgBYYwYAYGMGAOLpEQC7YwYABGQGAAxkBgBaZAYAc2QGALBkBgC2ZAYABmUGAAtlBgBcZQYAfGUGALJlBgC+ZQYACGYGABVmBgBeZgYAZmYGALRmBgC3ZgYACmcGABRnBgBgZwYAYmcGALZnBgDAZwYADGgGABhoBgA46hEAeGgGALhoBgDEaAYADmkGABNpBgBkaQYAFmkGAIDlEgBtaQYAumkGAMRpBgAQagYAGGoGAO5gCgAcagYAZmoGADNqBgASngoAbGoGALxqBgB5agYAlmUNAMJqBgASawYAF2sGAGhrBgBuawYAjuoRAMxrBgAUbAYAKmwGAGpsBgB2bAYAwGwGAMVsBgAWbQYAH20GAGxtBgB2bQYAwm0GAMptBgAYbgYAJ24GAG5uBgBzbgYAxG4GANFuBgAabwYAJ28GAHBvBgB8bwYAxm8GANVvBgAccAYAJnAGAHJwBgCAcAYAyHAGANVwBgAecQYANXEGAHRxBgB8cQYAynEGANRxBgAgcgYAJXIGAHZyBgB+cgYAkOsRANhyBgAicwYAKHMGAHhzBgCTcwYAznMGANpzBgAkdAYAKnQGAObrEQCAdAYAnBQOAI10BgDQdAYA33QGACZ1BgAydQYAfHUGAH11BgDSdQYA3HUGACh2BgA2dgYAfnYGAIN2BgDUdgYA4XYGADzsEQAvdwYAgHcGAIh3BgDWdwYA2XcGACx4BgA1eAYAgngGAJF4BgDYeAYA43gGAC55BgA2eQYAhHkGAJR5BgDaeQYA6HkGADB6BgBBegYAhnoGAJJ6BgDcegYA5HoGAD7tEQA4ewYAiHsGAJB7BgDeewYA5XsGADR8BgBCfAYAinwGAJB8BgDgfAYA7HwGADZ9BgBFfQYAjH0GAJZ9BgDifQYA530GADh+BgA+fgYAjn4GAKJ+BgDkfgYA7H4GADp/BgBkfwYAkH8GAJl/BgDmfwYA838GADyABgBKgAYAkoAGAKWABgDogAYABIEGAJTtEQBDgQYAlIEGAKGBBgDqgQYA94EGAECCBgBMggYAloIGAKWCBgDsggYA9oIGAEKDBgBQgwYAmIMGAJ2DBgDugwYA+4MGAESEBgBMhAYA6u0RAKaEBgDwhAYAAIUGAEaFBgBPhQYAnIUGAJ+FBgDyhQYA/oUGAEiGBgBPhgYAQO4RAMiGBgD0hgYA/YYGAEqHBgBXhwYAoIcGAK6HBgD2hwYACYgGAEyIBgBoiAYAlu4RALCIBgD4iAYADokGAE6JBgBaiQYApIkGAKuJBgD6iQYAAooGAFCKBgBVigYApooGAK+KBgD8igYABosGAOzuEQBTiwYAqIsGALSLBgD+iwYABIwGAFSMBgBWjAYAqowGALSMBgAAjQYADo0GAFaNBgBbjQYArI0GALmNBgACjgYACo4GAFiOBgBijgYAro4GALyOBgAEjwYAGo8GAFqPBgBmjwYAsI8GALePBgAGkAYADpAGAFyQBgBhkAYAspAGALuQBgAIkQYAEpEGAELvEQBkkQYAtJEGALqRBgAKkgYAD5IGAGCSBgBmkgYAmO8RALuSBgAMkwYAGZMGAGKTBgBvkwYAuJMGAMSTBgAOlAYAHZQGAGSUBgBulAYAupQGAMiUBgAQlQYAFZUGAGaVBgBzlQYAvJUGAMSVBgCa8BEAIJYGAGiWBgB+lgYAvpYGAMqWBgAUlwYAGZcGAGqXBgBzlwYAwJcGAMqXBgDw8BEAIpgGAGyYBgB9mAYAwpgGAM6YBgAYmQYAJ5kGAG6ZBgB4mQYAxJkGANKZBgAamgYAH5oGAHCaBgB9mgYAxpoGANCaBgAcmwYA0poGAM6eBgAqmwYAcpsGAIibBgDImwYA1JsGAB6cBgAjnAYAdJwGAH2cBgDKnAYA1JwGACCdBgAsnQYAdp0GAHydBgDMnQYA0p0GACKeBgAnngYAeJ4GAH6eBgBG8REA1J4GACSfBgAqnwYAep8GAH+fBgDQnwYA1p8GAJzxEQA0oAYAfKAGAJKgBgDSoAYA3qAGACihBgAtoQYAfqEGAIehBgDUoQYA3qEGACqiBgA2ogYAgKIGAJOiBgDWogYA5aIGACyjBgA4owYAgqMGAIOjBgDYowYA4qMGAC6kBgA8pAYAhKQGAImkBgDapAYA56QGAPLxEQA/pQYAhqUGAKalBgDcpQYA6KUGADKmBgA8pgYAiKYGAI2mBgDepgYA36YGADSnBgBApwYAiqcGAJenBgDgpwYA7KcGADaoBgBJqAYAjKgGAJuoBgDiqAYA7qgGADipBgA5qQYAjqkGAJipBgDkqQYA8qkGADqqBgA/qgYAkKoGAJ2qBgBI8hEAAqsGAJ7yEQBCqwYAkqsGAJirBgDoqwYA7asGAD6sBgBErAYA9PIRAJmsBgDqrAYA7awGAECtBgBMrQYAlq0GAJytBgDsrQYAB64GAEKuBgBOrgYAmK4GAJ6uBgDurgYA8K4GAESvBgBfrwYAmq8GAJyvBgDwrwYA/q8GAEawBgBXsAYAnLAGAJ6wBgDysAYAC7EGAEixBgBZsQYAnrEGAKqxBgD28xEA/rEGAEqyBgBYsgYAoLIGALayBgD2sgYAArMGAEyzBgBRswYAorMGAKuzBgD4swYAArQGAE60BgBWtAYApLQGAKm0BgD6tAYACbUGAFC1BgBftQYAprUGAK+1BgD8tQYAArYGAFK2BgBYtgYAqLYGALS2BgD+tgYABbcGAFS3BgBctwYAqrcGAKy3BgAAuAYAELgGAFa4BgBguAYArLgGALi4BgACuQYACLkGAFi5BgBguQYATPQRALq5BgAEugYAFboGAFq6BgBmugYAsLoGAL+6BgAGuwYAELsGAFy7BgBquwYAsrsGALe7BgAIvAYAFbwGAF68BgBmvAYAtLwGAL68BgCO1AYAwLwGAAq9BgAQvQYAYL0GAGa9BgC2vQYAu70GAAy+BgASvgYAovQRAG6+BgC4vgYAvr4GAA6/BgApvwYAZL8GAHC/BgC6vwYAwL8GABDABgAYwAYAZsAGAGnABgC8wAYAyMAGABLBBgAjwQYAaMEGAHTBBgC+wQYAzcEGABTCBgAewgYAasIGAHjCBgDAwgYAxcIGABbDBgAjwwYAbMMGAHTDBgDCwwYAzMMGABjEBgAmxAYAbsQGAITEBgDExAYA0MQGABrFBgAfxQYAcMUGAHnFBgDGxQYA0MUGAKT1EQAixgYAcsYGAHjGBgDIxgYA1MYGAB7HBgArxwYAdMcGAH7HBgDKxwYA0scGACDIBgAqyAYAdsgGAHvIBgDMyAYAzcgGACLJBgAnyQYAeMkGAInJBgDOyQYA08kGACTKBgA7ygYAesoGAI7KBgDQygYA7MoGACbLBgAuywYA+vURAITLBgDSywYA3MsGACjMBgA8zAYAfswGAH/MBgDUzAYA4MwGACrNBgBGzQYAgM0GAIjNBgBQ9hEA380GACzOBgA6zgYAgs4GADvOBgBSPwsAjM4GANjOBgDazgYALs8GAEfPBgCEzwYAlc8GANrPBgDmzwYAMNAGADjQBgCm9hEAktAGANzQBgDi0AYAMtEGAE3RBgCI0QYAlNEGAN7RBgDk0QYANNIGADfSBgCK0gYAktIGAODSBgDw0gYANtMGADvTBgCM0wYAldMGAOLTBgDv0wYAONQGAD/UBgD89hEAnNQGAOTUBgD61AYAOtUGAEbVBgCQ1QYAldUGAObVBgDv1QYAPNYGAEbWBgCS1gYArtYGAOjWBgDw1gYAUvcRAEPXBgCU1wYAnNcGAOrXBgDs1wYAQNgGAFvYBgCW2AYAmNgGAOzYBgD62AYAQtkGAFPZBgCY2QYAmtkGAO7ZBgAH2gYARNoGAFXaBgCa2gYAptoGAPDaBgD42gYAqPcRAFLbBgCc2wYAotsGAPLbBgAN3AYASNwGAFTcBgCe3AYApNwGAPTcBgD33AYA/vcRAGfdBgCg3QYAod0GAPbdBgAF3gYATN4GAFHeBgCi3gYAr94GAPjeBgAF3wYATt8GAFrfBgCk3wYAs98GAPrfBgAE4AYAUOAGAF7gBgCm4AYAq+AGAPzgBgAJ4QYAUuEGAF7hBgCo4QYAruEGAP7hBgC74QYAfvcGAATiBgBU4gYAWeIGAKriBgCw4gYAVPgRAAXjBgBW4wYAduMGAKzjBgC44wYAAuQGAAjkBgBY5AYAYOQGAAYRBwBh5AYAruQGALvkBgAE5QYACuUGAFrlBgBm5QYAsOUGALLlBgAG5gYAFeYGAFzmBgBn5gYAsuYGALTmBgAI5wYAIecGAF7nBgBv5wYAtOcGAMDnBgAK6AYAFugGAGDoBgBz6AYAtugGAMXoBgAM6QYAGOkGAGLpBgBj6QYAuOkGAMLpBgAO6gYAHOoGAGTqBgBp6gYAuuoGAMfqBgCq+BEAHesGAGbrBgB66wYAvOsGANjrBgAS7AYALuwGAAD5EQB37AYAvuwGAL/sBgAU7QYAI+0GAGrtBgBv7QYAwO0GAM3tBgAW7gYAI+4GAGzuBgB47gYAwu4GANHuBgAY7wYAIu8GAG7vBgB87wYAxO8GAMnvBgAa8AYAJ/AGAHDwBgCA8AYAxvAGAMjwBgAc8QYAKvEGAHLxBgCD8QYAVvkRAM/xBgCs+REAI/IGAHTyBgCB8gYAyvIGANfyBgAg8wYAJvMGAHbzBgCC8wYAzPMGANzzBgAi9AYAK/QGAHj0BgB79AYAzvQGANr0BgAk9QYAK/UGAAL6EQCG9QYA0PUGAOD1BgAm9gYAL/YGAHz2BgB/9gYA0vYGAN72BgAo9wYAL/cGAFj6EQCN9wYA1PcGAOD3BgAq+AYAK/gGAID4BgCK+AYA1vgGAOT4BgAs+QYAMfkGAIL5BgCP+QYArvoRAN35BgAu+gYAPfoGAIT6BgCk+gYA2voGAOb6BgAw+wYAOvsGAIb7BgCO+wYA3PsGAOj7BgAy/AYAOPwGAIj8BgCO/AYA3vwGAOP8BgA0/QYAOv0GALD7EQCP/QYA4P0GAOn9BgA2/gYAR/4GAIz+BgCT/gYA4v4GAOr+BgA4/wYARf8GAI7/BgCT/wYA5P8GAO7/BgA6AAcAQgAHAJAABwCfAAcA5gAHAOsABwA8AQcASQEHAJIBBwCfAQcA6AEHAPQBBwA+AgcATQIHAJQCBwCeAgcA6gIHAPICBwBAAwcASgMHAJYDBwCbAwcA7AMHAPQDBwCy/BEARwQHAJgEBwCbBAcA7gQHAPgEBwAI/REASgUHAJoFBwCfBQcA8AUHABAGBwBGBgcAUgYHAJwGBwCiBgcA8gYHAPUGBwBIBwcASgcHAJ4HBwC5BwcA9AcHAPYHBwBKCAcAWAgHAKAIBwCxCAcA9ggHAPgIBwBMCQcAZQkHAKIJBwCzCQcA+AkHAAQKBwBe/REAXgoHAKQKBwDECgcA+goHAPwKBwBQCwcAXAsHALQkEABfCwcAeB8HAGwLBwDoLAcAfAsHAKYLBwCpCwcA/AsHAAsMBwBSDAcAVwwHAKgMBwC1DAcA/gwHAAsNBwBUDQcAYA0HAKoNBwC5DQcAAA4HAAoOBwBWDgcAZA4HAKwOBwCxDgcAAg8HAA8PBwBYDwcAZA8HAK4PBwC0DwcABBAHAAoQBwBaEAcAXxAHALAQBwC2EAcAtP0RABwRBwBcEQcAXhEHALIRBwDGEQcACBIHABASBwBeEgcAaxIHALQSBwC5EgcAChMHABQTBwBgEwcAaBMHALYTBwDPEwcADBQHABgUBwBiFAcAahQHAAr+EQDTFAcADhUHABAVBwBkFQcAchUHALoVBwDLFQcAEBYHABIWBwBmFgcAfxYHALwWBwDNFgcAEhcHAB4XBwBg/hEAbRcHAL4XBwDHFwcAFBgHACUYBwBqGAcAcRgHAMAYBwDIGAcAFhkHACMZBwBsGQcAcRkHAMIZBwDMGQcAGBoHACAaBwBuGgcAhxoHAMQaBwDQGgcAGhsHACIbBwAM/xEAcxsHAMYbBwDQGwcAHBwHAB4cBwByHAcAixwHAMgcBwDZHAcAHh0HACwdBwB0HQcAdx0HAModBwDVHQcAIB4HACweBwB2HgcAfR4HAGL/EQDNHgcAIh8HAD0fBwC4/xEAfR8HAM4fBwDbHwcAJCAHADEgBwB6IAcAhiAHANAgBwDfIAcAJiEHADAhBwB8IQcAiiEHANIhBwDXIQcAKCIHADUiBwB+IgcAiiIHANQiBwDaIgcAKiMHADAjBwCAIwcAhSMHANYjBwDcIwcADgASADkkBwCCJAcAhCQHANgkBwDxJAcALiUHAD8lBwCEJQcAkCUHANolBwDiJQcAEAESADUmBwCGJgcAjiYHANwmBwD1JgcAMicHADcnBwCIJwcAjScHAN4nBwDoJwcANCgHADcoBwCKKAcAlCgHAOAoBwDmKAcANikHADgpBwCMKQcAjSkHAOIpBwDqKQcAOCoHAEgqBwCOKgcAlCoHAOQqBwDpKgcAOisHAFArBwCQKwcAmCsHAOYrBwAQLAcAPCwHAF8sBwCSLAcAsSwHAGYBEgDwLAcAvAESAE8tBwCULQcAoi0HAOotBwD2LQcAQC4HAE0uBwCWLgcAoC4HAOwuBwD0LgcAQi8HAE0vBwCYLwcAmi8HAO4vBwDxLwcARDAHAEwwBwCaMAcAoDAHAPAwBwD5MAcARjEHAFMxBwCcMQcApDEHAPIxBwD3MQcASDIHAFEyBwCeMgcAqDIHAPQyBwD8MgcASjMHAE8zBwCgMwcAsDMHAPYzBwD+MwcATDQHAE40BwCiNAcAvTQHAPg0BwD6NAcATjUHAFw1BwCkNQcAtTUHAPo1BwD8NQcAUDYHAGk2BwCmNgcAtzYHAPw2BwAINwcAUjcHAFo3BwASAhIArjcHAP43BwADOAcAVDgHAHQ4BwCqOAcAtjgHAAA5BwAGOQcAVjkHAFk5BwCsOQcAtDkHAAI6BwAMOgcAWDoHAF06BwCuOgcAtjoHAAQ7BwAOOwcAWjsHAFw7BwCwOwcAwTsHAAY8BwAmPAcAXDwHAGQ8BwCyPAcAvDwHAAg9BwANPQcAaAISAHI9BwC0PQcAvD0HAAo+BwAPPgcAYD4HAHA+BwC2PgcAvj4HAAw/BwAWPwcAYj8HAG0/BwC4PwcAxD8HAA5ABwAWQAcAvgISAHBABwC6QAcAxkAHABBBBwAXQQcAZkEHAG5BBwC8QQcA1UEHABJCBwAYQgcAaEIHAG1CBwC+QgcA3kIHABRDBwAgQwcAakMHAHBDBwDAQwcAw0MHABQDEgAYRAcAbEQHACREBwD+IBEAb0QHAMJEBwDMRAcAGEUHACZFBwBuRQcAfUUHAMRFBwDHRQcAGkYHANxFBwDuhQcA4EUHAABkBwAmRgcAcEYHAHJGBwDGRgcAzEYHABxHBwArRwcAckcHAH1HBwDIRwcA0EcHAG7GBwDiRwcAHkgHACpIBwB0SAcAh0gHAMpIBwDZSAcAIEkHACxJBwB2SQcAd0kHAMxJBwDWSQcAIkoHADBKBwB4SgcAfUoHAM5KBwDbSgcAagMSAD5LBwB6SwcAiUsHANBLBwDVSwcAJkwHADNMBwB8TAcAiUwHANJMBwDeTAcAKE0HADdNBwB+TQcAiE0HANRNBwDiTQcAKk4HAC9OBwCATgcAjU4HANZOBwDiTgcALE8HADJPBwCCTwcAiE8HANhPBwDdTwcALlAHADRQBwDAAxIAhVAHANpQBwCNUAcAevsJAJFQBwD24wkAk1AHAMzKBwCkUAcAMAsPAOZQBwAwUQcANlEHABacCAA9UQcAhlEHAIlRBwDcUQcA6FEHADJSBwA0UgcAiFIHAI5SBwDeUgcA7VIHADRTBwA/UwcAilMHAItTBwDgUwcA9FMHADZUBwBQVAcAjFQHAJhUBwDiVAcA9VQHADhVBwBHVQcAjlUHAJpVBwDkVQcA5VUHADpWBwBEVgcAkFYHAJ5WBwDmVgcA61YHADxXBwBJVwcAFgQSAKxXBwDoVwcA91cHAD5YBwBDWAcAlFgHAKFYBwDqWAcA91gHAEBZBwBMWQcAllkHAKVZBwDsWQcA9lkHAEJaBwBQWgcAmFoHAJ1aBwDuWgcA+1oHAERbBwBQWwcAmlsHAKBbBwDwWwcA9lsHAEZcBwBLXAcAnFwHAKJcBwBsBBIAAF0HAEhdBwBjXQcAnl0HAKxdBwD0XQcAAV4HAEpeBwBhXgcAoF4HAK9eBwD2XgcA+14HAExfBwBZXwcAol8HAK9fBwD4XwcABGAHAE5gBwBdYAcApGAHAK5gBwD6YAcACGEHAFBhBwBVYQcApmEHALNhBwD8YQcA/2EHAFJiBwBeYgcAqGIHAK5iBwD+YgcABGMHAFRjBwBZYwcAqmMHALBjBwDCBBIAHGQHABgFEgBcZAcArGQHAK5kBwACZQcAD2UHAFhlBwBbZQcArmUHAK9lBwAEZgcACWYHAFpmBwBgZgcAsGYHALpmBwAGZwcAImcHAFxnBwB4ZwcAbgUSALhnBwAIaAcACmgHAF5oBwBraAcAtGgHALdoBwAKaQcAC2kHAGBpBwBlaQcAtmkHALxpBwAMagcAFmoHAGJqBwB+agcAuGoHANRqBwDEBRIAFGsHAGRrBwBqawcAumsHAL9rBwAQbAcAFmwHABoGEgBobAcAvGwHAMpsBwASbQcAI20HABwHEgBvbQcAcgcSAMNtBwAUbgcAHG4HAGpuBwBvbgcAwG4HAHluBwDoggcAwW4HABZvBwAibwcAbG8HAHlvBwDCbwcAym8HABhwBwAicAcAbnAHAH1wBwDEcAcAxXAHABpxBwAicQcAcHEHAH9xBwDGcQcAy3EHABxyBwApcgcAcnIHAH9yBwDIcgcA1HIHAB5zBwAtcwcAdHMHAH5zBwDKcwcA2HMHACB0BwAldAcAdnQHAIN0BwDMdAcA1HQHACJ1BwAsdQcAeHUHAH11BwDOdQcA1nUHAB4IEgApdgcAenYHAIN2BwCEewcAh3YHANB2BwDddgcAJncHADJ3BwB8dwcAi3cHANJ3BwDcdwcAKHgHADZ4BwB+eAcAg3gHANR4BwDheAcAKnkHADJ5BwB0CBIAjHkHANZ5BwDmeQcALHoHADV6BwCCegcAhXoHANh6BwDkegcALnsHADV7BwDKCBIAlXsHANp7BwDhewcAMHwHAD18BwCGfAcApXwHANx8BwDmfAcAMn0HADp9BwCIfQcAl30HAN59BwDjfQcANH4HAEF+BwCKfgcAl34HAOB+BwDsfgcANn8HAEV/BwCMfwcAln8HAOJ/BwDqfwcAOIAHAEKABwCOgAcAk4AHAOSABwDsgAcAIAkSAEaBBwCQgQcAloEHAOaBBwABggcAPIIHAEiCBwCSggcAmIIHAHYJEgDtggcAPoMHAEuDBwCUgwcAoYMHAOqDBwD2gwcAQIQHAE+EBwCWhAcAoIQHAMwJEgD2hAcAQoUHAEeFBwCYhQcAoIUHACIKEgD4hQcARIYHAEqGBwCahgcAnIYHAPCGBwD9hgcARocHAEmHBwCchwcAnYcHAPKHBwD3hwcASIgHAE6IBwCeiAcAqIgHAPSIBwAOiQcASokHAFmJBwCgiQcApYkHAPaJBwADigcATIoHAFmKBwCiigcArooHAPiKBwAHiwcATosHAFiLBwCkiwcAsosHAPqLBwD/iwcAUIwHAF2MBwCmjAcAsIwHAGSWBwCyjAcA/IwHAAKNBwBSjQcAWI0HAKiNBwCtjQcA/o0HAASOBwB4ChIAWY4HAKqOBwC3jgcAAI8HAA2PBwBWjwcAYo8HAKyPBwC7jwcAApAHAAyQBwBYkAcAZpAHAK6QBwCzkAcABJEHABGRBwBakQcAYpEHAHoLEgC2kQcABpIHAAySBwBckgcAYZIHALKSBwC4kgcA0AsSAAqTBwBekwcAZ5MHALSTBwC3kwcACpQHABaUBwBglAcAZ5QHALaUBwC+lAcADJUHACWVBwBilQcAdpUHALiVBwDUlQcADpYHABaWBwB8DBIAcpYHALqWBwDQlgcAEJcHAByXBwBmlwcAa5cHALyXBwDFlwcAEpgHAByYBwBomAcAhJgHAL6YBwDGmAcA0gwSABmZBwBqmQcAd5kHAMCZBwDNmQcAFpoHACKaBwBsmgcAe5oHAMKaBwDMmgcAGJsHACabBwBumwcAc5sHAMSbBwDRmwcAGpwHACKcBwAoDRIAfpwHAMacBwDcnAcAHJ0HACidBwBynQcAd50HAMidBwDRnQcAHp4HACieBwB0ngcAfJ4HAMqeBwDZngcAIJ8HACKfBwB2nwcAf58HAMyfBwDPnwcAIqAHAC6gBwB4oAcAf6AHAM6gBwDWoAcAJKEHAD2hBwB6oQcAjqEHANChBwDsoQcAJqIHAC6iBwB+DRIAgaIHANKiBwDfogcAKKMHADWjBwB+owcAiqMHANSjBwDjowcAKqQHADSkBwCApAcAiqQHANakBwDkpAcALKUHAEKlBwCCpQcAjqUHANilBwDdpQcALqYHADemBwCEpgcAjqYHANqmBwDmpgcAMKcHADanBwCGpwcAjKcHANynBwDhpwcAMqgHADioBwDUDRIAlKgHAN6oBwDiqAcANKkHAEOpBwCKqQcAj6kHAOCpBwDtqQcANqoHAEOqBwCMqgcAmKoHAOKqBwDxqgcAOKsHAEKrBwCOqwcAnKsHAOSrBwDpqwcAOqwHAEesBwCQrAcAnKwHAOasBwDsrAcAPK0HAEKtBwCSrQcAl60HAOitBwDurQcAKg4SAEOuBwCUrgcAm64HAOquBwD2rgcAQK8HAEKvBwCWrwcAQ68HAEy1BwCxrwcA7K8HAO6vBwBCsAcAULAHAJiwBwCpsAcA7rAHAPCwBwBEsQcAXbEHAJqxBwCrsQcA8LEHAPyxBwBGsgcAUrIHAJyyBwCvsgcA8rIHAAGzBwBIswcAVLMHAJ6zBwCfswcA9LMHAP6zBwBKtAcAWLQHAKC0BwCltAcA9rQHAAO1BwCADhIATrUHAKK1BwC9tQcA+LUHAPq1BwBOtgcAXLYHAKS2BwC1tgcA+rYHAPy2BwBQtwcAabcHAKa3BwC3twcA/LcHAAi4BwBSuAcAXrgHAKi4BwC7uAcA/rgHAA25BwBUuQcAYLkHAKq5BwCruQcAALoHAAq6BwBWugcAZLoHAKy6BwCxugcAArsHAA+7BwCCDxIAXbsHAK67BwC2uwcABLwHAAa8BwBavAcAa7wHALC8BwC+vAcABr0HACG9BwBcvQcAaL0HALK9BwC6vQcAhBASAA2+BwBevgcAZb4HALS+BwDAvgcACr8HAA2/BwBgvwcAaL8HALa/BwDGvwcADMAHABHABwBiwAcAa8AHALjABwDFwAcADsEHABXBBwBkwQcAbMEHANoQEgDHwQcAEMIHABjCBwBmwgcAesIHALzCBwDBwgcAEsMHABvDBwBowwcAbsMHAL7DBwDGwwcAFMQHACPEBwBqxAcAe8QHAMDEBwDJxAcAFsUHABnFBwBsxQcAdsUHAMLFBwDOxQcAGMYHAB7GBwAwERIAe8YHAMTGBwDJxgcAGscHACHHBwBwxwcAfMcHAMbHBwDOxwcAhhESADfIBwByyAcAdMgHAMjIBwDWyAcAHskHAC/JBwB0yQcAdskHAMrJBwDjyQcAIMoHADHKBwB2ygcAgsoHANwREgDbygcAIssHACvLBwB4ywcAfssHAM7LBwDUywcAJMwHADDMBwB6zAcAgcwHANDMBwDYzAcAJs0HACrNBwB8zQcAh80HANLNBwDgzQcAKM4HADnOBwB+zgcAis4HANTOBwDczgcAMhISAC3PBwCAzwcAis8HANbPBwDYzwcALNAHAEXQBwCC0AcAk9AHANjQBwDm0AcALtEHADHRBwCE0QcAj9EHANrRBwDo0QcAMNIHAD3SBwCG0gcAndIHANzSBwDk0gcAMtMHADTTBwCI0wcAkNMHAN7TBwDt0wcANNQHADnUBwCK1AcAl9QHAODUBwDt1AcANtUHAELVBwCM1QcAm9UHAOLVBwDs1QcAONYHAEbWBwCO1gcAk9YHAOTWBwDx1gcAOtcHAELXBwCQ1wcAmtcHAObXBwDr1wcAPNgHAETYBwCS2AcAldgHAOjYBwAF2QcAPtkHAE/ZBwCU2QcAnNkHAOrZBwDt2QcAQNoHAEzaBwCW2gcAnNoHAOzaBwAH2wcAQtsHAE7bBwCY2wcAntsHAIgSEgD92wcARNwHAEXcBwCa3AcA0twHAPDcBwD+3AcARt0HAEfdBwCc3QcApN0HAPLdBwAB3gcASN4HAE3eBwCe3gcAq94HAPTeBwAB3wcASt8HAFbfBwCg3wcAr98HAPbfBwAA4AcATOAHAFrgBwCi4AcAp+AHAPjgBwAF4QcATuEHAFbhBwCk4QcAruEHAPrhBwD/4QcAUOIHAFjiBwCm4gcAsOIHAPziBwAH4wcAUuMHAF7jBwCo4wcAsOMHAN4SEgAD5AcAVOQHAFfkBwCq5AcAtOQHAADlBwAI5QcANBMSAGTlBwCs5QcAwuUHAALmBwAO5gcAWOYHAF3mBwCu5gcAt+YHAATnBwAO5wcAWucHAGLnBwCw5wcAvOcHAAboBwAZ6AcAXOgHAF3oBwCy6AcAwOgHAAjpBwAO6QcAXukHAGrpBwC06QcAu+kHAIoTEgAL6gcAYOoHAGzqBwC26gcAw+oHAAzrBwAU6wcAYusHAGzrBwC46wcAx+sHAA7sBwAP7AcAZOwHAGzsBwC67AcAyewHABDtBwAV7QcAZu0HAHPtBwC87QcAye0HABLuBwAe7gcAaO4HAHfuBwC+7gcAyO4HABTvBwAi7wcAau8HAG/vBwDA7wcAze8HABbwBwAe8AcAbPAHAHDwBwDC8AcA0PAHABjxBwAi8QcAbvEHAHnxBwDE8QcAzPEHABryBwAl8gcAcPIHAHXyBwDG8gcAyfIHABzzBwAm8wcAcvMHAHrzBwDI8wcA5/MHAOATEgAt9AcAdPQHAHX0BwDK9AcA0vQHACD1BwAh9QcAdvUHAHz1BwDM9QcA0fUHACL2BwA99gcAePYHAIb2BwDO9gcA1fYHACT3BwAw9wcAevcHAID3BwDQ9wcA7PcHACb4BwAu+AcANhQSAIL4BwDS+AcA2PgHACj5BwAt+QcAfvkHAIT5BwCMFBIA2fkHACr6BwAx+gcAgPoHAIz6BwDW+gcA3voHADgVEgA/+wcAgvsHALj7BwDY+wcA2vsHANr8BwAN/AcALvwHAFP8BwCE/AcAi/wHAOQVEgC+/AcAjhUSAOr8BwAw/QcAav0HADoWEgCP/QcADkwNAJD9BwDkkA8Ao/0HANz9BwCm/QcA9sIOAO39BwAy/gcAOv4HAIj+BwCL/gcA3v4HAOr+BwA0/wcAOv8HAIr/BwCl/wcA4P8HAOz/BwA2AAgAPAAIAIwACACUAAgA4gAIAP4ACAA4AQgAQAEIAJAWEgCdAQgA5AEIAOUBCAA6AggAQgIIAJACCACRAggA5gIIAOwCCAA8AwgAQQMIAJIDCACtAwgA6AMIAPYDCAA+BAgARQQIAJQECACgBAgA6gQIAPAECABABQgAXAUIAJYFCACeBQgA5hYSAPIFCABCBggASAYIAJgGCACdBggA7gYIAPQGCAA8FxIASQcIAJoHCAChBwgA8AcIAPwHCABGCAgATggIAOgXEgCvCAgA8ggIACgJCABICQgASgkIAEoKCAB9CQgAngkIAMMJCAD0CQgA+wkIAJQYEgAuCggAPhgSAFoKCACgCggA2goIAOoYEgD4CggATAsIAE0LCACiCwgArAsIAPgLCAAGDAgATgwIAGkMCACkDAgAsAwIAPoMCAACDQgAQBkSAFwNCACmDQgArA0IAPwNCAAXDggAUg4IAF4OCACoDggArg4IAP4OCAAGDwgAVA8IAGIPCACqDwgArQ8IAAAQCAAIEAgAVhAIAF8QCACsEAgAuRAIAAIRCAAEEQgAWBEIAHMRCACuEQgAsBEIAAQSCAASEggAWhIIAGsSCACwEggAshIIAAYTCAAfEwgAXBMIAG0TCACyEwgAvhMIAAgUCAAQFAgAlhkSAGQUCAC0FAgAvBQIAAoVCAARFQgAYBUIAGUVCAC2FQgAwhUIAAwWCAAPFggAYhYIAGoWCAC4FggAxRYIAA4XCAATFwgAZBcIAG4XCAC6FwgAwhcIABAYCAAcGAgAZhgIAHkYCAC8GAgAyhgIABIZCAAVGQgAaBkIAHIZCADsGRIAwRkIABQaCAAcGggAahoIAG0aCADAGggAzBoIABYbCAAcGwgAbBsIAIcbCADCGwgAzhsIABgcCAAeHAgAbhwIAHYcCADEHAgA0hwIABodCAAdHQgAcB0IAHgdCADGHQgAzx0IABweCAApHggAch4IAHQeCADIHggA4x4IAB4fCAAgHwgAdB8IAIIfCADKHwgA2x8IACAgCAAiIAgAdiAIAI8gCADMIAgA3SAIACIhCAAuIQgAeCEIAIAhCABCGhIA1CEIACQiCAAsIggAeiIIAIEiCADQIggA1SIIACYjCAAyIwgAfCMIAH8jCADSIwgA2iMIACgkCAA1JAgAfiQIAIMkCADUJAgA3iQIAColCAAyJQgAgCUIAIwlCADWJQgA6SUIACwmCAA6JggAgiYIAIUmCADYJggA4iYIAJgaEgAxJwgAhCcIAJAnCADaJwgA4CcIADAoCABLKAgAhigIAJIoCADcKAgA4igIADIpCAA6KQgAiCkIAJYpCADeKQgA4SkIADQqCAA8KggAiioIAJMqCADgKggA7SoIADYrCAA4KwgAjCsIAKcrCADiKwgA5CsIADgsCABGLAgAjiwIAJ8sCADkLAgA5iwIADotCABTLQgAkC0IAKEtCADmLQgA8i0IADwuCABELggA7hoSAJguCADoLggA8C4IAD4vCABFLwgAlC8IAJkvCADqLwgA9i8IAEAwCABDMAgAljAIAJ4wCADsMAgA+TAIAEIxCABHMQgAmDEIAKIxCADuMQgA9jEIAEQyCABQMggAmjIIAK0yCADwMggA/jIIAEYzCABJMwgAnDMIAKYzCABEGxIA+jMIAJobEgBWNAgAnjQIAK80CAD0NAgAADUIAEo1CABSNQgA8BsSAKU1CAD2NQgAADYIAEw2CABUNggAojYIALI2CAD4NggA/TYIAE43CABXNwgApDcIALE3CAD6NwgAATgIAEYcEgBSOAgApjgIAFU4CAAYSQkAWTgIAP7KEABcOAgA6L0PAF44CACQsAkAsDgIADA4EAC3OAgA/DgIAA05CABSOQgAYDkIAKg5CADEOQgA/jkIABo6CACcHBIAYjoIAKo6CAC3OggAADsIABc7CABWOwgAYjsIAKw7CACyOwgAAjwIAAg8CABYPAgAXTwIAK48CAC0PAgA8hwSABo9CABaPQgAaT0IALA9CACGPQgAukIIALI9CAAGPggAFT4IAFw+CABnPggAsj4IAL4+CAAIPwgACz8IAF4/CAAPPwgAeEwIACQ/CAAWRggAaj8IALQ/CAC6PwgACkAIACVACABgQAgAbEAIALZACAC8QAgADEEIABhBCABiQQgAaEEIALhBCAC+QQgADkIIABNCCABkQggAakIIAEgdEgC9QggAEEMIACxDCABmQwgAbkMIAEoeEgDIQwgAEkQIABhECABoRAgAg0QIAL5ECADKRAgAFEUIABpFCABqRQgAckUIAMBFCADhRQgAoB4SAB5GCAD2HhIAcUYIAMJGCADPRggAGEcIACVHCABuRwgAekcIAMRHCADTRwgAGkgIACRICABwSAgAeEgIAMZICADQSAgAHEkIACpJCABySQgAiEkIAMhJCADUSQgAHkoIACNKCAB0SggAfUoIAMpKCADUSggAIEsIAChLCAB2SwgAgEsIAMxLCADRSwgAIkwIACpMCABMHxIAhEwIAM5MCADhTAgAJE0IADNNCAB6TQgAhk0IANBNCADRTQgAJk4IADBOCAB8TggAik4IANJOCADXTggAKE8IADVPCACiHxIAiU8IANRPCADgTwgAKlAIADBQCACAUAgAjFAIANZQCADeUAgApCASAC9RCACCUQgAilEIANhRCADlUQgALlIIADNSCACEUggAjFIIANpSCADcUggAMFMIAEtTCACGUwgAiFMIANxTCADqUwgAMlQIAENUCACIVAgAilQIAN5UCAD3VAgANFUIAEVVCACKVQgAllUIAOBVCADoVQgA+iASADtWCACMVggAmVYIAOJWCADvVggAOFcIAERXCACOVwgAnVcIAORXCADuVwgAOlgIAEhYCACQWAgAlVgIAOZYCADzWAgAPFkIAERZCACSWQgAlFkIAOhZCADyWQgAPloIAEZaCABQIRIAn1oIAOpaCAD4WggAQFsIAENbCACWWwgAnlsIAOxbCAACXAgAQlwIAEdcCACYXAgArlwIAO5cCAD6XAgARF0IAFFdCACaXQgApF0IAKYhEgDyXQgARl4IAFReCACcXggArV4IAPwhEgD4XggASF8IAFRfCABSIhIAoF8IAPRfCAD6XwgASmAIAGpgCACgYAgArGAIAPZgCAD9YAgATGEIAFRhCACiYQgAqWEIAPhhCAAEYggATmIIAFBiCACkYggAq2IIAKgiEgD9YggAUGMIAFhjCACmYwgAtmMIAPxjCAD+YwgAUmQIAGBkCACoZAgAuWQIAP4iEgAFZQgAVCMSAGFlCACqZQgAsWUIAABmCAAIZggAVmYIAGRmCACsZggAr2YIAAJnCAAKZwgAWGcIAF9nCACuZwgAvGcIAARoCAAHaAgAWmgIAFxoCACwaAgAyWgIAAZpCAAXaQgAXGkIAGhpCACyaQgAuWkIAAhqCAAQaggAXmoIAGdqCAC0aggAwWoIAAprCAAUawgAYGsIAG5rCAC2awgAx2sIAAxsCAAUbAgAYmwIAGxsCAC4bAgAxmwIAA5tCAAkbQgAZG0IAHBtCAC6bQgAwW0IABBuCAAYbggAZm4IAGxuCAC8bggAyG4IABJvCAAcbwgAaG8IAG5vCAC+bwgA0m8IAAAkEgAicAgAanAIAINwCADAcAgA1nAIABZxCAAlcQgAbHEIAIZxCADCcQgAxXEIAMx2CADNcQgA1nsIANFxCAAYcggAHXIIAG5yCAB7cggAxHIIANFyCAAacwgAJnMIAHBzCAB/cwgAxnMIANBzCAAcdAgAKnQIAHJ0CAB3dAgAyHQIANV0CAAedQgAKnUIAHR1CAB6dQgAynUIANB1CAAgdggAJXYIAHZ2CAB8dggAViQSANh2CAAidwgAKHcIAHh3CACTdwgAzncIANp3CAAkeAgAKngIAHp4CACBeAgA0HgIANV4CAB+eggA3HgIACZ5CAAoeQgAfHkIAIN5CADSeQgA7nkIACh6CAAweggAWCUSAIJ6CADUeggA4XoIACp7CABGewgAgHsIAIh7CACuJRIA23sIACx8CAAvfAgAgnwIAIx8CADYfAgA6XwIAC59CAAzfQgAhH0IAIl9CADafQgA+n0IADB+CAA5fggAhn4IAId+CADcfggA6H4IADJ/CAA4fwgAiH8IAI5/CADefwgA438IADSACAA6gAgABCYSAIuACADggAgA7IAIADaBCABDgQgAjIEIAJSBCADigQgA64EIADiCCABFgggAjoIIAJyCCADkgggA94IIADqDCABCgwgAkIMIAJODCADmgwgA64MIADyECABLhAgAkoQIALKECADohAgA9IQIAD6FCABIhQgABicSAJ6FCADqhQgA7IUIAECGCABKhggAloYIAJ+GCADshggA74YIAEKHCABKhwgAmIcIAM+HCABcJxIA+ocIAESICABTiAgAmogIALqICADwiAgA/IgIAEaJCABNiQgAnIkIAKGJCADyiQgA84kIAEiKCABUiggAnooIAKSKCAD0iggA9ooIAEqLCABUiwgAoIsIAK6LCAD2iwgA+4sIAEyMCABZjAgAoowIAKyMCAD4jAgABo0IAE6NCABkjQgApI0IALCNCAD6jQgA/40IAFCOCABZjggApo4IALCOCAD8jggACI8IAFKPCABljwgAqI8IALePCAD+jwgACpAIAFSQCABVkAgAqpAIALSQCAAAkQgADpEIAFaRCABbkQgArJEIALmRCACyJxIAEJIIAFiSCABukggArpIIALqSCAAEkwgAC5MIAFqTCABikwgAsJMIALWTCAAGlAgAD5QIAFyUCABmlAgAspQIALqUCAAIlQgADJUIAF6VCABglQgAtJUIAMKVCAAKlggAFJYIAGCWCABulggAtpYIAMOWCAAMlwgAI5cIAGKXCABqlwgAuJcIAMiXCAAOmAgAE5gIAGSYCABqmAgAupgIAMKYCAAQmQgAFZkIAGaZCABnmQgAvJkIAMiZCAASmggAGJoIAGiaCABqmggAvpoIAMiaCAAUmwgAIpsIAGqbCABvmwgAwJsIAM2bCAC0KBIAGJwIAGycCAB2nAgAwpwIANCcCAAYnQgAHZ0IAG6dCAB7nQgAxJ0IAMadCAAadwoAzp0IABqeCAAonggAcJ4IAIaeCADGnggA0p4IAByfCAAhnwgAcp8IAHufCADInwgA0p8IAB6gCAAqoAgAdKAIAIegCADKoAgA2aAIACChCAAsoQgAdqEIAHehCADMoQgA1qEIACKiCAAwoggAeKIIAH2iCADOoggA26IIAAopEgAtowgAeqMIAISjCADQowgA0qMIACakCAAwpAgAfKQIAIikCADSpAgA2qQIAAwqEgAppQgAfqUIAIqlCADUpQgA2qUIACqmCAAspggAgKYIAIqmCADWpggA5KYIACynCAAxpwgAgqcIAI+nCADYpwgA4KcIAC6oCAA4qAgAhKgIAJKoCADaqAgA8KgIADCpCAA8qQgAhqkIAI2pCADcqQgA5KkIADKqCAA3qggAiKoIAJGqCADeqggA6KoIADSrCABJqwgAiqsIAJOrCADgqwgA7asIADasCAA4rAgAjKwIAKWsCADirAgA86wIADitCABErQgAjq0IAJatCABiKhIA6a0IADquCABCrggAkK4IAKauCADmrggA664IADyvCABDrwgAkq8IAKCvCADorwgA+K8IAD6wCABSsAgAlLAIAJywCADqsAgA+bAIAECxCABFsQgAlrEIAJ+xCADssQgA+bEIAEKyCABMsggAmLIIAKSyCADusggA9LIIALgqEgBSswgAmrMIALCzCADwswgA/LMIAEa0CABLtAgAnLQIAKW0CADytAgA/LQIAEi1CABQtQgAnrUIAKK1CAD0tQgA9rUIAEq2CABYtggAoLYIAKq2CAD2tggABLcIAEy3CABZtwgAorcIALm3CAD4twgAALgIAE64CABeuAgApLgIAKm4CAD6uAgAALkIAFC5CABYuQgAprkIAMG5CAD8uQgA/rkIAFK6CABjuggAqLoIALG6CAD+uggACrsIAA4rEgBZuwgAqrsIAK27CAAAvAgACrwIAFa8CABYvAgArLwIAMe8CAACvQgABL0IAFi9CABmvQgArr0IAL+9CAAEvggABr4IAFq+CABzvggAsL4IAMG+CAAGvwgAEr8IAGQrEgB5vwgAsr8IAMO/CAAIwAgAJMAIAF7ACABmwAgAuisSALnACAAKwQgAEsEIAGDBCABrwQgAtsEIALvBCAAMwggAD8IIAGLCCABswggAuMIIALvCCAAOwwgAFsMIAGTDCABmwwgAusMIANXDCAAQxAgAEsQIAGbECAB0xAgAvMQIAM3ECAASxQgAFMUIAGjFCACBxQgAvsUIAM/FCAAUxggAIMYIAGrGCAByxggAECwSAM3GCAAWxwgAHscIAGzHCAB2xwgAwscIAM3HCAAYyAgAJMgIAG7ICAB2yAgAZiwSAMnICAAayQgAH8kIAHDJCACByQgAvCwSANPJCAAcyggAHsoIAHLKCACLyggAyMoIANnKCAAeywgAKssIAHTLCAB8ywgAEi0SAM/LCAAgzAgAKMwIAHbMCACFzAgAzMwIANLMCAAizQgALs0IAHjNCAB6zQgAzs0IANjNCAAkzggAMM4IAHrOCACCzggAaC0SANzOCAAmzwgAKc8IAHzPCAB/zwgA0s8IAODPCAAo0AgALdAIAH7QCACL0AgAvi0SAOXQCAAq0QgAMtEIAIDRCAA30QgA6NoIAIvRCADW0QgA29EIACzSCAAv0ggAgtIIAIzSCADY0ggA+9IIAC7TCAAx0wgAhNMIAKjTCADa0wgA4tMIABQuEgA21AgAhtQIAJTUCADc1AgA6NQIADLVCAA51QgAiNUIAJDVCADe1QgA7tUIADTWCAA51ggAitYIAJDWCADg1ggA6NYIADbXCABT1wgAjNcIAJXXCADi1wgA7tcIADjYCAA+2AgAjtgIAKLYCADk2AgA7NgIADrZCABK2QgAkNkIAJLZCADm2QgA9NkIADzaCABN2ggAai4SAJnaCADALhIA7doIAD7bCABF2wgAlNsIAKDbCADq2wgA7dsIAEDcCABQ3AgAltwIAJjcCADs3AgA+twIAELdCABT3QgAFi8SAJ/dCABsLxIAAd4IAETeCABT3ggAmt4IAKbeCADw3ggA8d4IAEbfCABQ3wgAnN8IAKrfCADy3wgA998IAEjgCABV4AgAwi8SAKPgCAD04AgA/eAIAErhCABb4QgAoOEIAKfhCAD24QgA/uEIAEziCABZ4ggAouIIAKfiCAD44ggAAuMIAE7jCABW4wgApOMIAKrjCAD64wgABuQIAFDkCABS5AgApuQIALXkCAD85AgAB+UIAFLlCABa5QgAqOUIAKrlCAD+5QgAC+YIAFTmCABo5ggAquYIALLmCAAA5wgAD+cIAFbnCABb5wgArOcIALnnCAAC6AgADOgIAFjoCABa6AgArugIAL3oCAAE6QgADukIAFrpCABi6QgAsOkIALHpCAAG6ggAC+oIAFzqCABq6ggAsuoIAL/qCAAI6wgAEusIAMQwEgBh6wgAtOsIAMDrCAAo+wgA0OsIAArsCAAS7AgAGjESAGXsCAC27AgAvuwIAAztCAAP7QgAYu0IAG7tCAC47QgAvu0IAA7uCAAp7ggAZO4IAHDuCAC67ggAwO4IABDvCAAT7wgAZu8IAG7vCAC87wgAvu8IABLwCAAt8AgAaPAIAGrwCAC+8AgAzPAIABTxCAAl8QgAavEIAGzxCADA8QgA2fEIABbyCAAn8ggAbPIIAHjyCADC8ggAyvIIAHAxEgAd8wgAbvMIAHTzCADE8wgAzPMIABr0CAAp9AgAcPQIAHX0CADG9AgA0/QIABz1CAAp9QgAcvUIAH71CADI9QgA1/UIAB72CAAo9ggAdPYIAIL2CADK9ggAz/YIACD3CAAt9wgAxjESAIL3CADM9wgA0vcIACL4CAA9+AgAePgIAIT4CADO+AgA1PgIACT5CAAn+QgAevkIAIb5CADQ+QgA1vkIACb6CAAs+ggAfPoIAIH6CADS+ggA2PoIABwyEgAu+wgAfvsIAIT7CADU+wgA2fsIACr8CAAw/AgAcjISAIX8CADW/AgA4/wIACz9CAA5/QgAgv0IAI79CADY/QgA5/0IAC7+CAA4/ggAhP4IAJL+CADa/ggA3/4IADD/CAA9/wgAhv8IAJ7/CADc/wgA4v8IADIACQA+AAkAiAAJAJgACQDeAAkA5wAJADQBCQA3AQkAigEJAJYBCQDgAQkA5wEJAHQzEgA4AgkAjAIJAJYCCQDiAgkA5QIJADgDCQBAAwkAjgMJAJEDCQDkAwkA8AMJADoECQBABAkAkAQJAKsECQDmBAkA8gQJADwFCQBCBQkAyjMSALIFCQDoBQkA8wUJAD4GCQBDBgkAlAYJAJ0GCQDqBgkA7QYJAEAHCQBMBwkAlgcJAKIHCQBWEgkArgcJAOwHCQDzBwkAQggJAEgICQCYCAkApggJAO4ICQAJCQkARAkJAFAJCQCaCQkAoAkJAPAJCQAKCgkARgoJAFIKCQCcCgkAogoJAPIKCQD4CgkASAsJAE0LCQCeCwkApAsJACA0EgABDAkASgwJAFYMCQCgDAkAqgwJAPYMCQD6DAkATA0JAFENCQCiDQkAqA0JAPgNCQAYDgkATg4JAFoOCQCkDgkAqg4JAPoOCQAADwkAUA8JAFUPCQCmDwkArA8JAMw0EgABEAkAUhAJAFkQCQCoEAkAtBAJAP4QCQAaEQkAVBEJAFwRCQDONRIA0xEJAAASCQAmEgkAJDYSAGkSCQCsEgkAuxIJAAITCQAOEwkAWBMJAFkTCQCuEwkAuBMJAAQUCQASFAkAWhQJAF8UCQCwFAkAvRQJAHo2EgAOFQkAfDcSAGEVCQCyFQkAvxUJAAgWCQAVFgkAXhYJAGoWCQC0FgkAwxYJAAoXCQAUFwkAYBcJAG4XCQC2FwkAuxcJAAwYCQAZGAkAYhgJAGoYCQDSNxIAxBgJAA4ZCQAeGQkAZBkJAG0ZCQC6GQkAvRkJABAaCQAcGgkAZhoJAG0aCQAoOBIAxxoJABIbCQAeGwkAaBsJAHAbCQB+OBIAyxsJABQcCQAbHAkAahwJAGscCQDAHAkAxRwJABYdCQAkHQkAbB0JAHkdCQDCHQkAzB0JABgeCQAgHgkAbh4JAHceCQDEHgkAyh4JABofCQArHwkAcB8JAIwfCQDGHwkAzh8JANQ4EgAnIAkAciAJAHwgCQDIIAkA0iAJAB4hCQAfIQkAKjkSAHkhCQDKIQkA1yEJACAiCQAtIgkAdiIJAIIiCQDMIgkA2yIJACIjCQAsIwkAeCMJAIAjCQDOIwkA2CMJACQkCQApJAkAeiQJAIIkCQCAORIA2yQJACYlCQAyJQkAfCUJAIQlCQDWORIA1yUJACgmCQA3JgkAfiYJAJ4mCQDUJgkA4CYJAConCQAwJwkAgCcJAIgnCQDWJwkA3ScJACwoCQAuKAkAgigJAI4oCQDYKAkA7igJAC4pCQAzKQkAhCkJAJEpCQAsOhIA3ykJADAqCQA/KgkAhioJAKYqCQDcKgkA6CoJADIrCQA4KwkAiCsJAJArCQDeKwkA5SsJADQsCQA2LAkAiiwJAJYsCQDgLAkA9iwJADYtCQA7LQkAjC0JAJktCQDiLQkA6i0JADguCQA+LgkAji4JAJcuCQDkLgkA8S4JADovCQBHLwkAkC8JAJ4vCQDmLwkA8y8JADwwCQBTMAkAkjAJAMIwCQCCOhIA7jAJAD4xCQD1MAkAwtUPAFQxCQCUMQkAojEJAOoxCQDtMQkAQDIJAEMyCQCWMgkApDIJAOwyCQDxMgkAQjMJAE8zCQCYMwkAoDMJAO4zCQD1MwkARDQJAFA0CQCaNAkApzQJAPA0CQD+NAkARjUJAFI1CQCcNQkAozUJAPI1CQD6NQkASDYJAEw2CQCeNgkAqTYJAPQ2CQACNwkASjcJAFs3CQCgNwkArDcJAPY3CQD+NwkA2DoSAFI4CQCiOAkAtjgJAPg4CQAGOQkATjkJAFs5CQCkOQkAuzkJAPo5CQACOgkAUDoJAFo6CQCmOgkAqzoJAPw6CQAEOwkAUjsJAGE7CQCoOwkArTsJAP47CQALPAkAVDwJAGE8CQCqPAkAtjwJAAA9CQAPPQkAVj0JAGA9CQCsPQkAtD0JAAI+CQAMPgkAWD4JAF0+CQCuPgkAtj4JAC47EgAPPwkAWj8JAGY/CQCwPwkAuD8JAIQ7EgALQAkAXEAJAGtACQCyQAkA0kAJAAhBCQAUQQkAXkEJAGRBCQC0QQkAvEEJAApCCQARQgkAYEIJAGJCCQC2QgkAwkIJAAxDCQAiQwkAYkMJAGdDCQC4QwkAxUMJANo7EgAXRAkAZEQJAGpECQC6RAkAyEQJABBFCQAdRQkAZkUJAH1FCQC8RQkAxEUJABJGCQAhRgkAaEYJAG1GCQC+RgkAy0YJABRHCQAhRwkAakcJAHZHCQDARwkAz0cJABZICQAgSAkAbEgJAIhICQDCSAkAykgJADA8EgAlSQkA7GcOACdJCQBuSQkAeEkJAOLjDgCOSQkAxEkJANBJCQAaSgkAIEoJAHBKCQB4SgkAoI0JAHxKCQDGSgkAikoJAHR3CQDZSgkAHEsJACtLCQBySwkAfksJAMhLCQDJSwkAHkwJAChMCQB0TAkAgkwJAMpMCQDPTAkAIE0JAC1NCQCGPBIAfE0JAMxNCQDSTQkAIk4JACdOCQB4TgkAfk4JAIg9EgDZTgkAJE8JADJPCQB6TwkAi08JANBPCQDcTwkAJlAJAC5QCQA0PhIAiFAJANJQCQDcUAkAKFEJADdRCQB+UQkAiVEJANRRCQDiUQkAKlIJADdSCQCAUgkAl1IJANZSCQDeUgkALFMJAC9TCQCCUwkAjlMJANhTCQDeUwkALlQJAElUCQCEVAkAkFQJANpUCQDgVAkAMFUJADhVCQCGVQkAiFUJANxVCQDdVQkAMlYJAEBWCQCIVgkAkFYJAN5WCQD5VgkANFcJAEBXCQCKVwkAkFcJAOBXCQDjVwkANlgJAERYCQCMWAkAkVgJAOJYCQDvWAkAOFkJAFRZCQCOWQkAllkJAIo+EgDxWQkA3OAOAPVZCQA6WgkA91kJADo7DwBGWgkAkFoJAJ1aCQDmWgkA61oJADxbCQBGWwkAklsJAKJbCQDoWwkA7VsJAD5cCQBHXAkAlFwJAKFcCQDqXAkA8VwJAEBdCQBMXQkAll0JAJxdCQDsXQkA8l0JAEJeCQBHXgkAmF4JAJ5eCQDgPhIA+l4JAERfCQBKXwkAml8JAKBfCQDwXwkA/V8JAEZgCQBLYAkAnGAJAKRgCQDyYAkAKGEJAEhhCQBzYQkAnmEJAKZhCQD0YQkAAWIJAEpiCQBPYgkAoGIJAKhiCQD2YgkA+WIJAExjCQBVYwkAomMJALFjCQD4YwkAA2QJAE5kCQBWZAkApGQJALRkCQD6ZAkACGUJAFBlCQBhZQkApmUJALJlCQD8ZQkABGYJAOI/EgBYZgkAqGYJALBmCQD+ZgkABWcJAFRnCQBiZwkAqmcJALBnCQAAaAkADGgJAFZoCQBlaAkArGgJALZoCQACaQkAB2kJAFhpCQBeaQkArmkJAMJpCQA4QBIADmoJAFbpCQARagkAWmoJABNqCQA0rQkAX2oJALBqCQC8agkABmsJABNrCQBcawkAZmsJAI5AEgDNawkACGwJAApsCQBebAkAZGwJALRsCQDsbAkACm0JABBtCQBgbQkAaW0JALZtCQDDbQkADG4JAERuCQBibgkAaW4JALhuCQC9bgkADm8JAB1vCQBkbwkAhG8JALpvCQDGbwkAEHAJABZwCQBmcAkAgHAJALxwCQC/cAkAEnEJABdxCQBocQkAd3EJAL5xCQDecQkAOkESADRyCQBqcgkAdnIJAMByCQDKcgkAFnMJACJzCQB+KAoAI3MJAGxzCQBxcwkAwnMJAMxzCQAYdAkAKHQJAG50CQBzdAkAxHQJAM10CQAadQkAJ3UJAHB1CQB3dQkAxnUJANJ1CQAcdgkAInYJAHJ2CQB4dgkAyHYJAM12CQAedwkAJHcJAJBBEgB3dwkAyncJAM93CQAgeAkAL3gJAHZ4CQCWeAkAPEISANp4CQAieQkAL3kJAHh5CQB/eQkAznkJANZ5CQAkegkAJnoJAHp6CQAregkAlo4MADt6CQAAQwwAgHoJALh0DACCegkA0HoJANR6CQDgggkA5noJACwDDADregkAJnsJACh7CQB8ewkAjXsJANJ7CQDgewkAKHwJAC98CQB+fAkAhnwJANR8CQDbfAkAKn0JAC99CQCAfQkAj30JANZ9CQD2fQkALH4JADh+CQCCfgkAiH4JANh+CQDgfgkALn8JADp/CQCEfwkAkX8JANp/CQD1fwkAMIAJAD6ACQCGgAkAjIAJANyACQDhgAkAMoEJAD+BCQCIgQkAnoEJAN6BCQDqgQkANIIJAEGCCQCKggkAlIIJAJJCEgDlggkANoMJADyDCQCMgwkArIMJAOKDCQDwgwkAOIQJAEWECQCOhAkApYQJAOSECQDshAkAOoUJAEmFCQCQhQkAlYUJAOaFCQDzhQkAPIYJAEaGCQCShgkAlIYJAOiGCQD2hgkAPocJAEuHCQCUhwkAoIcJAOqHCQDwhwkAQIgJAEiICQCWiAkAnIgJAOyICQD1iAkAQokJAE+JCQCYiQkAookJAO6JCQD8iQkARIoJAFqKCQCaigkApooJAPCKCQD4igkA6EISAFCLCQCciwkAoosJAPKLCQD0iwkASIwJAFKMCQCejAkAqowJAPSMCQALjQkASo0JAF6NCQA+QxIAro0JAPaNCQD5jQkATI4JAFSOCQCijgkAro4JAPiOCQAGjwkATo8JAFiPCQCkjwkAr48JAPqPCQAGkAkAUJAJAFaQCQCmkAkArpAJAPyQCQAJkQkAUpEJAFeRCQCokQkAspEJAP6RCQAGkgkAVJIJAFqSCQCqkgkAs5IJAACTCQANkwkAVpMJAGOTCQCskwkAupMJAAKUCQAPlAkAWJQJAG+UCQCulAkAtpQJAASVCQAJlQkAWpUJAGCVCQCwlQkAuJUJAAaWCQAclgkAXJYJAGqWCQCylgkAtZYJAAiXCQAXlwkAXpcJAGOXCQC0lwkAwZcJAAqYCQAamAkAYJgJAG6YCQC2mAkAzZgJAAyZCQAVmQkAYpkJAGiZCQC4mQkAxJkJAA6aCQAVmgkAlEMSAHCaCQC6mgkAvJoJABCbCQAamwkAZpsJAHKbCQC8mwkAxJsJAOpDEgAXnAkAaJwJAHecCQC+nAkA3pwJABSdCQAgnQkAap0JAHCdCQDAnQkAyJ0JABaeCQAXngkAbJ4JAHKeCQDCngkAx54JABifCQAznwkAbp8JAHyfCQDEnwkAy58JABqgCQAmoAkAcKAJAHagCQBARBIAy6AJAByhCQAmoQkAcqEJAIOhCQDIoQkA1KEJAB6iCQAhogkAdKIJAHeiCQDKogkA0qIJACCjCQAnowkAdqMJAHujCQDMowkA26MJACKkCQBCpAkAeKQJAISkCQDOpAkA1KQJACSlCQAspQkAeqUJAIelCQDQpQkA1aUJACamCQAwpgkAfKYJAISmCQDSpgkA4qYJACinCQAtpwkAfqcJAIenCQDUpwkA4acJACqoCQAxqAkAlkQSAIWoCQDWqAkA5agJACypCQBMqQkAgqkJAI6pCQDYqQkA3qkJAC6qCQA2qgkAhKoJAJCqCQDaqgkA56oJADCrCQA3qwkAhqsJAIerCQDcqwkA4asJADKsCQBArAkAiKwJAJWsCQDerAkA6KwJAOxEEgA5rQkAiq0JAJetCQDgrQkA7a0JADauCQA8rgkAjK4JAJiuCQDirgkA8q4JADivCQBBrwkAjq8JAJGvCQDkrwkA8K8JADqwCQBBsAkAQkUSAJKwCQDmsAkAl7AJAC6HDQCgsAkA0tkNAPewCQA8sQkARLEJAJKxCQCcsQkA6LEJAPexCQA+sgkAP7IJAJSyCQCcsgkA7kUSAPKyCQBERhIAXrMJAJazCQBjswkADFUSAGqzCQCC1AkAnrMJAOyzCQD7swkAQrQJAEe0CQCYtAkApbQJAO60CQD7tAkARLUJAFC1CQCatQkAqbUJAPC1CQD6tQkARrYJAGm2CQCctgkA0rYJAPK2CQAWtwkASLcJAFC3CQCcRxIAo7cJAPS3CQD6twkASrgJAFK4CQDyRxIArrgJAPa4CQARuQkATLkJAFi5CQCiuQkAs7kJAPi5CQAMugkATroJAFa6CQCkugkAqroJAPq6CQAGuwkAULsJAGC7CQCmuwkAr7sJAPy7CQD/uwkAUrwJAF68CQCovAkAr7wJAEhIEgAMvQkAVL0JAF69CQCeSBIAr70JAAC+CQANvgkAVr4JAGO+CQCsvgkAuL4JAAK/CQARvwkAWL8JAGK/CQCuvwkAvL8JAATACQAJwAkAWsAJAGfACQCwwAkAuMAJAPRIEgASwQkAXMEJAGzBCQCywQkAu8EJAAjCCQALwgkAXsIJAGrCCQC0wgkAu8IJAEpJEgAZwwkAYMMJAGXDCQC2wwkAw8MJAAzECQAZxAkAYsQJAGjECQC4xAkAxMQJAA7FCQAexQkAZMUJAG3FCQC6xQkAvcUJABDGCQAcxgkAZsYJAG3GCQCgSRIAwcYJABLHCQAfxwkAaMcJAIbHCQC+xwkAyscJABTICQAnyAkAasgJAHjICQDAyAkAw8gJABbJCQAgyQkAbMkJAHrJCQDCyQkAz8kJABjKCQAvygkAbsoJAHbKCQDEygkAy8oJABrLCQAfywkAcMsJAIbLCQDGywkAyMsJABzMCQAqzAkAcswJAH/MCQD2SRIA0MwJAExKEgAjzQkAdM0JAIHNCQDKzQkA180JACDOCQAszgkAds4JAIXOCQDMzgkA1s4JACLPCQAwzwkAeM8JAH3PCQDOzwkA288JACTQCQAs0AkAokoSAIbQCQDQ0AkA4NAJACbRCQAv0QkAfNEJAH/RCQDS0QkA3tEJACjSCQAv0gkA+EoSAIrSCQDU0gkA5NIJACrTCQDq0gkAmr8OADPTCQCA0wkAg9MJANbTCQDi0wkALNQJADPUCQBOSxIAi9QJAN7XCQCM1AkA2NQJAOfUCQAu1QkA6dQJAIbWCQAv1QkAhNUJAKDVCQDa1QkAEtYJADDWCQBo1gkApEsSAInWCQDc1gkA+NYJADLXCQBq1wkAiNcJAMDXCQD6SxIA69cJADTYCQBC2AkAitgJAJ3YCQDg2AkA/NgJADbZCQBu2QkAjNkJAMTZCQBQTBIA89kJADjaCQBE2gkAjtoJAJbaCQCmTBIA6doJADrbCQBC2wkAkNsJAJ/bCQDm2wkA69sJADzcCQBJ3AkAktwJAJ/cCQDo3AkA9NwJAD7dCQBN3QkAlN0JAJ7dCQDq3QkA8t0JAEDeCQBK3gkAlt4JAJveCQDs3gkA9N4JAPxMEgBR3wkAmN8JAFPfCQDw4AkAmd8JAO7fCQAK4AkAROAJAHzgCQCa4AkA0uAJAFJNEgDz4AkARuEJAGLhCQCc4QkA1OEJAPLhCQAq4gkAqE0SAEviCQCe4gkAr+IJAPTiCQAQ4wkASuMJAILjCQCg4wkA2OMJAP5NEgAD5AkATOQJAFjkCQCi5AkAseQJAPjkCQAC5QkATuUJAFblCQCOWwoAXOUJAKTlCQCp5QkA+uUJAAfmCQBQ5gkAWOYJAKbmCQCs5gkA/OYJALbmCQByTQoACOcJAFLnCQBi5wkAqOcJALHnCQD+5wkAAegJAFToCQBg6AkAqugJALHoCQBUThIAI+kJAKpOEgBk6QkArOkJAMLpCQAC6gkADuoJAFjqCQBf6gkAruoJALPqCQAE6wkADesJAFrrCQBk6wkAAE8SALXrCQC8TQ0AuusJAAbsCQC86wkAmOUMABDsCQBc7AkAXewJALLsCQDB7AkACO0JAA3tCQBe7QkAa+0JALTtCQDB7QkACu4JABbuCQBg7gkAb+4JALbuCQDA7gkADO8JABrvCQBi7wkAZ+8JALjvCQDF7wkADvAJAA/wCQBk8AkAafAJALrwCQC/8AkAEPEJACHxCQBm8QkAifEJALzxCQDH8QkAEvIJABfyCQBo8gkAa/IJAL7yCQDI8gkAFPMJADzzCQBq8wkAifMJAKxPEgDM8wkAFvQJABj0CQBs9AkAe/QJAML0CQDN9AkAGPUJACD1CQBu9QkAdfUJAMT1CQDG9QkAGvYJACT2CQBw9gkAcvYJAMb2CQDf9gkAHPcJAB73CQBy9wkAdfcJAMj3CQDU9wkAHvgJACb4CQACUBIAgPgJAMr4CQDQ+AkAIPkJADv5CQB2+QkAgvkJAMz5CQDS+QkAIvoJACr6CQB4+gkAevoJAM76CQDY+gkAJPsJACz7CQBYUBIAi/sJAND7CQDX+wkAJvwJAC78CQB8/AkAifwJANL8CQDX/AkAKP0JADL9CQB+/QkAhv0JANT9CQDj/QkAKv4JAC/+CQCA/gkAjf4JANb+CQDj/gkALP8JADj/CQCC/wkAkf8JANj/CQDi/wkALgAKADYACgCEAAoAjgAKANoACgDfAAoAMAEKADgBCgCuUBIAkgEKANwBCgDsAQoAMgIKADsCCgCIAgoAiwIKAN4CCgDqAgoANAMKADsDCgAEURIAkAMKAOADCgDmAwoANgQKADsECgCMBAoAkgQKAFpREgDoBAoAOAUKAD4FCgCOBQoAkwUKABB8DwCbBQoA5AUKAOkFCgA6BgoAQgYKAJAGCgC5BgoA5gYKAMQGCgBKDgoADwcKADwHCgBlBwoAkgcKAL0HCgDoBwoA8AcKAD4ICgBNCAoAlAgKAJkICgDqCAoA9wgKAEAJCgBNCQoAlgkKAKIJCgDsCQoA+wkKAEIKCgBMCgoAmAoKAKYKCgDuCgoA8woKAEQLCgBRCwoAmgsKAKILCgDwCwoA9gsKAEYMCgBSDAoAnAwKAKwMCgDyDAoA+wwKAEgNCgBLDQoAng0KAKoNCgD0DQoA+w0KALBREgBzDgoAoA4KAMsOCgD2DgoA/g4KAEwPCgBbDwoAog8KAKcPCgD4DwoABRAKAE4QCgBbEAoApBAKALAQCgD6EAoACREKAFARCgBaEQoAphEKALQRCgD8EQoAARIKAFISCgBfEgoAqBIKALASCgD+EgoABBMKAFQTCgBgEwoAqhMKALoTCgAAFAoACRQKAFYUCgBZFAoArBQKALgUCgACFQoACRUKAAZSEgBaFQoA2osPAGYVCgCuFQoAuxUKAAQWCgAQFgoAWhYKAGAWCgCwFgoAthYKAAYXCgALFwoAXBcKAGIXCgBcUhIA2BcKAAgYCgAuGAoAXhgKAJIYCgC0GAoA3RgKAAoZCgA1GQoACFMSAGwZCgC2GQoAbhkKAA5ICwDAGQoADBoKACYaCgBiGgoAZRoKAKJlCgBxGgoAuBoKAL0aCgAOGwoAGxsKAGQbCgBxGwoAuhsKAMYbCgAQHAoAHxwKAGYcCgBwHAoAvBwKAMgcCgASHQoAJR0KAGgdCgB3HQoAvh0KAModCgAUHgoAFR4KAGoeCgB0HgoAwB4KAM4eCgAWHwoAGx8KAGwfCgB5HwoAXlMSAMcfCgAYIAoAJSAKAG4gCgB7IAoAxCAKANAgCgAaIQoAKSEKAHAhCgB6IQoAxiEKANQhCgAcIgoAISIKAHIiCgB/IgoAyCIKANAiCgBgVBIAKiMKAHQjCgCEIwoAyiMKANMjCgAgJAoAIyQKAHYkCgCCJAoAzCQKANMkCgC2VBIAJSUKAHglCgCAJQoAziUKANolCgAkJgoAKiYKAHomCgCAJgoA0CYKANUmCgAmJwoALCcKAGJVEgClJwoA0icKAPsnCgAoKAoATCgKAA5WEgCEKAoA6F8LAJEoCgDUKAoA4ygKACopCgA2KQoAgCkKAIEpCgDWKQoA4CkKACwqCgA6KgoAgioKAIcqCgDYKgoA5SoKAGRWEgBRKwoAulYSAK0rCgDaKwoAAywKADAsCgBULAoAEFcSAJQsCgDcLAoA4SwKADItCgA/LQoAiC0KAJAtCgDeLQoA5C0KADQuCgBALgoAii4KAJouCgDgLgoA6S4KADYvCgA5LwoAjC8KAMcvCgDiLwoA7i8KAGZXEgA+MAoAjjAKAKcwCgDkMAoA8jAKADoxCgBHMQoAkDEKAJcxCgDmMQoA7zEKADwyCgBJMgoAkjIKAKkyCgDoMgoA6zIKAD4zCgBAMwoAlDMKAJ0zCgDqMwoA+jMKAEA0CgBZNAoAljQKAJg0CgDsNAoA9TQKAEI1CgBKNQoAmDUKAJo1CgDuNQoABzYKAEQ2CgBbNgoAmjYKAKY2CgDwNgoAATcKAEY3CgBSNwoAnDcKAKc3CgDyNwoA/zcKAEg4CgBSOAoAvFcSALE4CgD0OAoAAjkKAEo5CgAxOQoAsEEKAIY5CgCgOQoArTkKAPY5CgD+OQoATDoKAFI6CgCiOgoArjoKAPg6CgADOwoATjsKAFc7CgCkOwoApzsKAPo7CgD8OwoAUDwKAFc8CgCmPAoAqDwKABJYEgD/PAoAUj0KAGA9CgCoPQoArT0KAP49CgALPgoAVD4KAGA+CgCqPgoAsj4KAGhYEgAOPwoAVj8KAGY/CgCsPwoAuj8KAAJACgALQAoAWEAKAGJACgCuQAoAsEAKAARBCgAOQQoAWkEKAFxBCgC+WBIAtUEKAAZCCgAOQgoAXEIKAGJCCgCyQgoAvkIKAAhDCgAXQwoAXkMKAGdDCgC0QwoAt0MKAApECgAMRAoAYEQKAGdECgC2RAoAuEQKABRZEgARRQoAYkUKAH5FCgC4RQoA1EUKAGpZEgAbRgoAen4LAB1GCgBkRgoAaUYKALpGCgDHRgoAEEcKAB1HCgBmRwoAbEcKALxHCgDIRwoAEkgKACJICgBoSAoAcUgKAL5ICgDBSAoAFEkKACBJCgBqSQoAcUkKAMBZEgDPSQoAFkoKABtKCgBsSgoAeUoKAMJKCgDPSgoAGEsKAB5LCgBuSwoAeksKAMRLCgDUSwoAGkwKACNMCgBwTAoAc0wKAMZMCgDSTAoAHE0KACNNCgAWWhIAdE0KAMhNCgDWTQoAHk4KAC9OCgBsWhIAe04KAMJaEgDSTgoAGFsSACVPCgB2TwoAg08KAMxPCgDZTwoAIlAKAC5QCgB4UAoAh1AKAM5QCgDYUAoAJFEKADJRCgB6UQoAf1EKANBRCgDdUQoAJlIKAC5SCgBuWxIAiFIKANJSCgDiUgoAKFMKADFTCgB+UwoAgVMKANRTCgDgUwoAKlQKADFUCgDEWxIAglQKANZUCgDkVAoALFUKAD1VCgAaXBIAiVUKAHBcEgDgVQoAxlwSADNWCgCEVgoAkVYKANpWCgDnVgoAMFcKADxXCgCGVwoAlVcKANxXCgDmVwoAMlgKAEBYCgCIWAoAjVgKAN5YCgDrWAoANFkKADxZCgAcXRIAllkKAOBZCgDwWQoANloKAD9aCgCMWgoAj1oKAOJaCgDuWgoAOFsKAD9bCgByXRIAmFsKAORbCgDyWwoAOlwKAFBcCgCQXAoAnFwKAOZcCgDtXAoAPF0KAERdCgCSXQoAl10KAOhdCgDxXQoAPl4KAEheCgDIXRIAql4KAOpeCgD2XgoAQF8KAEdfCgCWXwoAnl8KAOxfCgDxXwoAQmAKAEtgCgCYYAoAomAKAB5eEgDzYAoAxlINAPpgCgCKrwoA/WAKAERhCgAYYQoAjEETAElhCgCaYQoAp2EKAPBhCgD9YQoARmIKAFJiCgCcYgoAq2IKAPJiCgD8YgoASGMKAFZjCgCeYwoAq2MKAPRjCgALZAoASmQKAFJkCgCgZAoAqmQKAPZkCgD7ZAoATGUKAFRlCgB0XhIAp2UKAPhlCgAHZgoATmYKAG5mCgCkZgoAsGYKAPpmCgAEZwoAUGcKAFpnCgCmZwoAtGcKAPxnCgASaAoAUmgKAF5oCgCoaAoArWgKAP5oCgAHaQoAVGkKAF5pCgCqaQoAtmkKAABqCgATagoAVmoKAGVqCgCsagoAuGoKAAJrCgADawoAWGsKAGJrCgCuawoAvGsKAARsCgAJbAoAWmwKAGdsCgAgXxIAvmwKAAZtCgAcbQoAXG0KAGhtCgCybQoAuW0KAAhuCgAQbgoAXm4KAGNuCgC0bgoAvW4KAApvCgAUbwoAImASAGVvCgC2bwoAvm8KAAxwCgAPcAoAYnAKAGtwCgC4cAoAx3AKAA5xCgAZcQoAZHEKAGxxCgC6cQoAynEKABByCgAecgoAZnIKAHdyCgC8cgoAyHIKABJzCgAacwoAeGASAG5zCgC+cwoAxnMKABR0CgAbdAoAanQKAHh0CgDAdAoAxnQKABZ1CgAidQoAbHUKAHt1CgDCdQoAzHUKABh2CgAddgoAbnYKAHR2CgDEdgoA2HYKAM5gEgArdwoAcHcKAHx3CgDGdwoAzHcKABx4CgAieAoAcngKAHd4CgDIeAoAzngKACRhEgAjeQoAdHkKAIV5CgDKeQoA0nkKACB6CgDWeQoArpYKANh5CgDMMBAAKnoKAHZ6CgCEegoAzHoKAOJ6CgAiewoALnsKAHh7CgB/ewoAznsKANZ7CgAkfAoAKXwKAHp8CgCDfAoA0HwKANp8CgAmfQoALn0KAHx9CgCAfQoA0n0KAN19CgAofgoANn4KAH5+CgCPfgoA1H4KAOB+CgAqfwoAMn8KAHphEgCCfwoA1n8KAOR/CgAsgAoANoAKAIKACgCQgAoA2IAKAOWACgAugQoARYEKAISBCgCMgQoA2oEKAOqBCgAwggoANYIKAIaCCgCMggoA3IIKAOSCCgAygwoANIMKAIiDCgCVgwoA3oMKAOaDCgA0hAoAOYQKAIqECgCLhAoA4IQKAOyECgA2hQoAQ4UKAIyFCgCUhQoA4oUKAPGFCgA4hgoAPYYKAI6GCgCbhgoA5IYKAPGGCgA6hwoARocKAJCHCgCfhwoA5ocKAPCHCgA8iAoASogKAJKICgCXiAoA6IgKAPWICgDQYRIAQYkKAJSJCgCciQoA6okKAPeJCgBAigoARYoKAJaKCgCgigoA7IoKAPSKCgBCiwoARIsKAJiLCgCziwoA7osKAPCLCgBEjAoAUowKAJqMCgCrjAoA8IwKAPKMCgBGjQoAX40KAJyNCgCtjQoA8o0KAP6NCgAmYhIAUI4KAJ6OCgCkjgoA9I4KAACPCgBKjwoAZ48KAKCPCgCpjwoA9o8KAAKQCgBMkAoAT5AKAKKQCgCskAoA+JAKAACRCgBOkQoAWJEKAKSRCgCykQoA+pEKABCSCgBQkgoAXJIKAKaSCgCtkgoA/JIKAASTCgBSkwoAV5MKAKiTCgCxkwoA/pMKAAiUCgBUlAoAXJQKAKqUCgCslAoAAJUKABCVCgBWlQoAYJUKAKyVCgC4lQoAApYKAAiWCgBYlgoAYJYKAHxiEgC0lgoABJcKAAqXCgBalwoAX5cKALCXCgC2lwoA0mISABSYCgBcmAoAcpgKALKYCgC+mAoACJkKAA2ZCgBemQoAZ5kKALSZCgC+mQoACpoKAC2aCgBgmgoAZJoKALaaCgBvmgoADpwKALiaCgAMmwoAGpsKAGKbCgBsmwoAuJsKANybCgDUYxIAFJwKAGScCgBwnAoAupwKALycCgAQnQoAGp0KAGadCgBynQoAvJ0KAOCdCgAqZBIAFp4KAGieCgAhngoAwJ8KAGqeCgC+ngoAzJ4KABSfCgAenwoAap8KAI6fCgCAZBIAxp8KABagCgAioAoAbKAKAG6gCgDCoAoAzKAKABihCgAkoQoAbqEKAJKhCgDWZBIA4aEKABqiCgAjogoAcKIKAH6iCgDGogoAzKIKAByjCgAoowoAcqMKAHqjCgAsZRIAz6MKAB6kCgA3pAoAdKQKAIOkCgDKpAoA0qQKACClCgAvpQoAdqUKAHulCgDMpQoA2aUKACKmCgAvpgoAeKYKAISmCgDOpgoA3aYKACSnCgAupwoAeqcKAIinCgDQpwoA1acKACaoCgAzqAoAgmUSAH2oCgBsIQsAlagKANKoCgDcqAoAKKkKACqpCgB+qQoAjKkKANSpCgDhqQoAKqoKADKqCgCAqgoArKoKANaqCgDdqgoALKsKAEWrCgCCqwoAkasKANirCgDgqwoALqwKAD2sCgCErAoAiawKANqsCgDnrAoAMK0KAD2tCgCGrQoAkq0KANytCgDrrQoAMq4KADyuCgCIrgoAlq4KAN6uCgDjrgoANK8KAEGvCgDYZRIAna8KAOCvCgDvrwoANrAKAEKwCgCMsAoAmLAKAOKwCgDpsAoAOLEKAESxCgCOsQoAlbEKAOSxCgDssQoAOrIKAD6yCgCQsgoAm7IKAOayCgDysgoAPLMKAEmzCgCSswoAmrMKAOizCgDyswoAPrQKAES0CgCUtAoAqLQKAOq0CgD4tAoAQLUKAE21CgCWtQoArbUKAOy1CgD0tQoAQrYKAEy2CgCYtgoAnbYKAO62CgD2tgoARLcKAFO3CgCatwoAn7cKAPC3CgD9twoARrgKAFO4CgCcuAoAqLgKAPK4CgABuQoASLkKAFK5CgAuZhIAprkKAPS5CgADugoASroKAE+6CgCgugoAqboKAPa6CgAHuwoATLsKAFO7CgCiuwoAqrsKAPi7CgAFvAoATrwKAFO8CgCkvAoArrwKAPq8CgACvQoAUL0KAGm9CgCmvQoAsr0KAPy9CgAEvgoAhGYSAGG+CgCovgoAxb4KAP6+CgAHvwoAVL8KAGK/CgCqvwoAsL8KAADACgAMwAoAVsAKAF3ACgCswAoAtMAKAALBCgASwQoAWMEKAF7BCgCuwQoAs8EKAATCCgAawgoAWsIKAGLCCgCwwgoAusIKAAbDCgARwwoAXMMKAGjDCgCywwoAusMKANpmEgAVxAoAXsQKAGXECgC0xAoAwMQKAArFCgAQxQoAYMUKAHHFCgC2xQoAysUKAAzGCgAaxgoAYsYKAG/GCgC4xgoAz8YKAA7HCgAWxwoAZMcKAGvHCgC6xwoAvMcKABDICgAayAoAZsgKAGjICgC8yAoA1cgKABLJCgAUyQoAaMkKAGvJCgC+yQoAyskKABTKCgBCygoAMGcSAHnKCgDAygoA3coKABbLCgAfywoAbMsKAHrLCgDCywoAyMsKABjMCgAkzAoAbswKAHbMCgCGZxIAzMwKABrNCgAgzQoAcM0KAHzNCgDGzQoAyc0KABzOCgAhzgoAcs4KAHvOCgDIzgoAzs4KAB7PCgAtzwoAdM8KAIDPCgDKzwoA0s8KANxnEgAm0AoAdtAKAHvQCgDM0AoA4tAKACLRCgAq0QoAeNEKAIbRCgDO0QoA2NEKACTSCgAn0goAetIKAILSCgDQ0goA0dIKACbTCgAs0woAfNMKAIrTCgDS0woA6NMKACjUCgAq1AoAftQKAITUCgDU1AoA6NQKACrVCgAy1QoAgNUKAJDVCgDW1QoA2NUKACzWCgA71goAgtYKAIzWCgDY1goA3dYKAC7XCgA01woAhNcKAJjXCgDa1woA4tcKADDYCgA12AoAhtgKAIzYCgDc2AoA5NgKADLZCgA12QoAiNkKAI3ZCgDe2QoA59kKADTaCgA62goAitoKAJnaCgDg2goA7NoKADJoEgBC2woAjNsKAJ/bCgDi2woA/tsKADjcCgBA3AoAiGgSAJzcCgDk3AoA+twKADrdCgBG3QoAkN0KAJXdCgDm3QoA790KADzeCgBG3goAkt4KAJreCgDo3goA6t4KAD7fCgBN3woAlN8KALHfCgDq3woA898KAEDgCgBO4AoAluAKAJzgCgDs4AoA+uAKAELhCgBP4QoAmOEKAK/hCgDu4QoA9uEKAETiCgBG4goAmuIKAKLiCgDw4goA/+IKAEbjCgBL4woAnOMKAKnjCgDy4woA/+MKAEjkCgBU5AoAnuQKAK3kCgD05AoA/uQKAErlCgBY5QoAoOUKAKXlCgD25QoAA+YKAN5oEgBW5goAouYKAKTmCgD45goA/+YKAE7nCgBV5woApOcKAKrnCgD65woACOgKAFDoCgBd6AoApugKALboCgD86AoAAekKAFLpCgBa6QoAqOkKAG7pCgB8VAsAtOkKAP7pCgAA6goABO0KAAvqCgBU6goAWeoKAKrqCgC06goAAOsKABDrCgBW6woAW+sKAKzrCgC16woAAuwKAA/sCgBY7AoAX+wKAK7sCgC27AoANGkSABLtCgBa7QoAcu0KALDtCgCy7QoABu4KAB3uCgBc7goAXu4KALLuCgDA7goACO8KABXvCgBe7woAZu8KAIppEgC37woACvAKAMvvCgBupQwAE/AKAGDwCgBu8AoAYBsLAG/wCgC28AoAwfAKAAzxCgAU8QoAYvEKAG3xCgC48QoAvfEKAA7yCgAR8goAZPIKAG7yCgDgaRIAwPIKABDzCgDE8goAyCwPACvzCgBm8woAcvMKALzzCgDC8woAEvQKABr0CgBo9AoAfvQKAL70CgDM9AoAFPUKABf1CgBq9QoAg/UKAMD1CgDM9QoAFvYKACH2CgBs9goAbvYKAML2CgDd9goAGPcKACb3CgBu9woAe/cKAMT3CgDb9woANmoSABz4CgAiLw8AMPgKAHD4CgBx+AoAxvgKAMv4CgAc+QoAIvkKAHL5CgB0+QoAyPkKAM75CgAe+goAMvoKAHT6CgB8+goAyvoKANr6CgAg+woAIvsKAHb7CgCE+woAzPsKAN37CgCMahIAKPwKAHj8CgCE/AoA4moSAND8CgAk/QoANf0KAHr9CgCC/QoA0P0KANn9CgAm/goALf4KAHz+CgB9/goAOGsSAN7+CgAo/woAKv8KAH7/CgCF/woA1P8KANz/CgAqAAsAMwALAIAACwCHAAsA1gALANcACwCOaxIAMQELAIIBCwCKAQsA2AELAOIBCwAuAgsAPAILAIQCCwCaAgsA2gILAOYCCwAwAwsANQMLAIYDCwCPAwsA3AMLAOYDCwDkaxIAMwQLAIgECwCQBAsAOosMAKAECwDeBAsA6wQLADQFCwBABQsAigULAJQFCwDgBQsA5AULADYGCwA7BgsAjAYLAJIGCwDiBgsAAgcLADgHCwBQBwsAjgcLAKUHCwDkBwsA8AcLADoICwBECAsAkAgLAJIICwDmCAsA7QgLADwJCwBDCQsAkgkLAJgJCwDoCQsA9AkLAD4KCwBBCgsAlAoLAJcKCwDqCgsA9goLAEALCwBDCwsAlgsLALILCwDsCwsA9AsLADpsEgBODAsAmAwLAKIMCwDuDAsA8AwLAEQNCwBLDQsAmg0LAKENCwDwDQsA9g0LAEYOCwBUDgsAnA4LAKkOCwDyDgsAAg8LAEgPCwBNDwsAng8LAKYPCwD0DwsABBALAEoQCwBPEAsAoBALAKYQCwD2EAsA/hALAJBsEgBSEQsAohELAKoRCwD4EQsA+xELAE4SCwBaEgsApBILAKoSCwD6EgsAFRMLAFATCwBeEwsAphMLALUTCwD8EwsACBQLAFIUCwBaFAsAPG0SAK0UCwD+FAsACBULAFQVCwBcFQsAqhULAMoVCwAAFgsADRYLAFYWCwBbFgsArBYLALAWCwACFwsADxcLAJJtEgBdFwsArhcLALEXCwAEGAsADhgLAFoYCwBmGAsAsBgLAMMYCwAGGQsAFRkLAFwZCwBoGQsAshkLALMZCwAIGgsAEhoLAF4aCwBsGgsAtBoLALkaCwAKGwsAFxsLAOhtEgBqGwsAthsLALgbCwAMHAsAJRwLAGIcCwBzHAsAuBwLAMQcCwAOHQsAFh0LAOpuEgBrHQsAuh0LAMEdCwAQHgsAFh4LAGYeCwByHgsAvB4LAL8eCwASHwsAFR8LAGgfCwBwHwsAvh8LAM4fCwAUIAsAGSALAGogCwBzIAsAwCALAM0gCwAWIQsAHSELAEBvEgB4IQsAwiELAM8hCwAYIgsAICILAG4iCwB4IgsAxCILANMiCwAaIwsAGyMLAHAjCwB4IwsAxiMLANUjCwAcJAsAISQLAHIkCwB/JAsAyCQLANUkCwAeJQsAKiULAHQlCwCDJQsAyiULANQlCwAgJgsALiYLAHYmCwB7JgsAzCYLANkmCwAiJwsAKicLAHgnCwCCJwsAzicLANMnCwAkKAsALCgLAJZvEgCIKAsA0CgLANwoCwAmKQsALCkLAHwpCwCCKQsA0ikLANcpCwAoKgsALioLAOxvEgCKKgsA1CoLANoqCwAqKwsAMCsLAIArCwCNKwsA1isLANsrCwAsLAsANCwLAIIsCwCgLAsA7nASANosCwBgdw4A2ywLAHxYDQDeLAsA+OoMAO4sCwAuLQsALy0LAIQtCwCJLQsA2i0LAOAtCwAwLgsAMi4LAIYuCwCMLgsA3C4LAPAuCwAyLwsAOi8LAIgvCwCYLwsA3i8LAOAvCwA0MAsAQjALAIowCwCbMAsARHESAOYwCwA2MQsAQjELAJpxEgCZMQsA4jELAOoxCwA4MgsARTILAI4yCwCQMgsA5DILAPoyCwA6MwsARjMLAJAzCwCYMwsARnISAPIzCwA8NAsAPzQLAJI0CwCXNAsA6DQLAPk0CwA+NQsARzULAJQ1CwCeNQsA6jULAPg1CwBANgsARTYLAJY2CwCjNgsAnHISAPg2CwBCNwsATzcLAJg3CwCaNwsA7jcLAAQ4CwBEOAsAUDgLAJo4CwCiOAsA8nISAPU4CwBGOQsATDkLAJw5CwCkOQsA8jkLAPU5CwBIOgsAVDoLAJ46CwCkOgsA9DoLAA87CwBKOwsAVzsLAKA7CwCiOwsA9jsLAAw8CwBMPAsAWDwLAKI8CwCqPAsASHMSAP48CwBOPQsAUz0LAKQ9CwC/PQsA+j0LAAg+CwBQPgsAVz4LAKY+CwCyPgsA/D4LAAM/CwCecxIAXT8LAKg/CwCwPwsA/j8LAAlACwBUQAsAWUALAKpACwCtQAsAAEELAApBCwBWQQsAXkELAKxBCwC6QQsAAkILAAVCCwBYQgsAYEILAK5CCwDOQgsABEMLABFDCwBaQwsAX0MLALBDCwC0QwsABkQLABNECwD0cxIAfEQLALJECwC7RAsACEULAAlFCwBeRQsAZkULALRFCwDERQsACkYLAAxGCwBgRgsAbkYLALZGCwDHRgsASnQSABJHCwBiRwsAbkcLAKB0EgC/RwsA9nQSABNICwBkSAsAfkgLALpICwDJSAsAEEkLABtJCwBmSQsAaEkLALxJCwDJSQsAEkoLAB9KCwBoSgsAdEoLAL5KCwDPSgsAFEsLABdLCwBqSwsAhEsLAMBLCwDJSwsAFkwLACNMCwBsTAsAckwLAMJMCwDOTAsAGE0LABtNCwBuTQsAc00LAMRNCwDVTQsAGk4LADVOCwBwTgsAfE4LAMZOCwDNTgsAHE8LAB5PCwByTwsAeU8LAMhPCwDPTwsAHlALACRQCwB0UAsAgFALAMpQCwDNUAsAIFELACNRCwB2UQsAglELAMxRCwDfUQsAIlILADFSCwB4UgsAhFILAM5SCwDPUgsAJFMLAC5TCwB6UwsAiFMLANBTCwDVUwsAJlQLADNUCwBMdRIAhFQLAKJ1EgDUVAsAKFULAD5VCwB+VQsAilULANRVCwDcVQsA+HUSADBWCwCAVgsAiFYLANZWCwDZVgsALFcLADhXCwCCVwsAiFcLANhXCwDzVwsALlgLADxYCwCEWAsAk1gLANpYCwDmWAsAMFkLADhZCwBOdhIAi1kLANxZCwDmWQsAMloLADpaCwCIWgsAqFoLAN5aCwDrWgsANFsLADlbCwCKWwsAjlsLAOBbCwDtWwsApHYSAFlcCwD6dhIAkVwLAOJcCwDxXAsAOF0LAFhdCwCOXQsAml0LAORdCwDuXQsAOl4LAEZeCwCQXgsAll4LAOZeCwDsXgsAPF8LAEFfCwCSXwsAmF8LAFB3EgDuXwsAPmALAENgCwCUYAsAmmALAPx3EgDtYAsAQGELAEphCwCWYQsAmGELAOxhCwAFYgsAQmILAFNiCwCYYgsApmILAO5iCwDxYgsARGMLAE9jCwCaYwsAomMLAPBjCwDyYwsARmQLAE5kCwCcZAsAqWQLAPJkCwD+ZAsASGULAExlCwCeZQsApmULAPRlCwADZgsASmYLAE9mCwCgZgsArWYLAPZmCwADZwsATGcLAFhnCwCiZwsAsWcLAPhnCwACaAsATmgLAFxoCwCkaAsAqWgLAPpoCwAHaQsAUngSAFhpCwCoeBIAqmkLAARuCwCyaQsA/GkLAAJqCwBSagsAWGoLAKhqCwC1agsA/moLAANrCwBUawsAXGsLAKprCwDTawsAAGwLAN5rCwCsbAsAJmwLAAJtCwApbAsAVmwLAH9sCwD+eBIA1WwLAFR5EgAobQsAWG0LAIxtCwCubQsA120LAKp5EgASbgsAWm4LAGduCwCwbgsAvG4LAAZvCwAMbwsAXG8LAGJvCwCybwsAt28LAAhwCwAOcAsAAHoSAIRwCwBgcQsAh3ALALRwCwDdcAsArHoSADNxCwACexIAhnELALZxCwDqcQsADHILADVyCwBYexIAbHILALhyCwC9cgsADnMLABZzCwCuexIAaXMLALpzCwDDcwsAEHQLAB10CwBmdAsAbXQLAAR8EgDEdAsAWnwSACV1CwBodQsAdHULAL51CwDNdQsAFHYLAB12CwBqdgsAdHYLAMB2CwDCdgsAFncLAC93CwBsdwsAfXcLAMJ3CwDOdwsAGHgLACB4CwCwfBIAfHgLAMR4CwDVeAsAGnkLACZ5CwBweQsAeHkLAAZ9EgDLeQsAHHoLACZ6CwByegsAenoLAMh6CwDYegsAHnsLACN7CwB0ewsAfXsLAMp7CwDXewsAIHwLACd8CwBcfRIAfnwLALJ9EgDSfAsAjOUPANl8CwAifQsA33wLANq0DgAnfQsAeH0LAIR9CwDOfQsA230LACR+CwAufgsAXn4SAH9+CwDQfgsA3H4LACZ/CwAzfwsAfH8LAIZ/CwDSfwsA7n8LACiACwAwgAsAtH4SAIOACwDUgAsA3IALACqBCwAtgQsAgIELAImBCwDWgQsA5YELACyCCwA3ggsAgoILAIqCCwDYggsA6IILAC6DCwA8gwsAhIMLAJWDCwDagwsA5oMLADCECwA4hAsACn8SAIyECwDchAsA5IQLADKFCwA5hQsAiIULAJaFCwDehQsA5IULADSGCwBAhgsAioYLAJmGCwDghgsA6oYLADaHCwA7hwsAjIcLAJKHCwDihwsA9ocLADiICwBAiAsAjogLAKyICwDkiAsA7IgLAGB/EgBCiQsAkIkLAKmJCwDmiQsA74kLADyKCwBMigsAkooLAKKKCwDoigsA9IoLAD6LCwBEiwsAlIsLAKKLCwDqiwsA94sLAECMCwBXjAsAlowLAJ6MCwDsjAsA9owLAEKNCwBQjQsAmI0LAK6NCwDujQsA+o0LAESOCwBLjgsAmo4LAKKOCwDwjgsA9Y4LAEaPCwBPjwsAnI8LAKaPCwDyjwsA+o8LAEiQCwBKkAsAnpALAK6QCwD0kAsA/pALAEqRCwBWkQsAoJELAKaRCwD2kQsA/pELALZ/EgBOkgsAopILALOSCwD4kgsAFJMLAE6TCwBWkwsADIASALWTCwD6kwsAC5QLAFCUCwBYlAsAppQLAL+UCwD8lAsAApULAFKVCwBXlQsAqJULAMiVCwD+lQsACpYLAFSWCwBalgsAqpYLALKWCwAAlwsAD5cLAFaXCwBblwsArJcLALmXCwACmAsAD5gLAFiYCwBkmAsArpgLAL2YCwAEmQsADpkLAFqZCwBomQsAsJkLALWZCwAGmgsAE5oLAFyaCwBfmgsAspoLALqaCwAImwsACpsLAF6bCwBkmwsAtJsLAMCbCwAKnAsAEpwLAGKAEgBlnAsAtpwLALqcCwAMnQsAGZ0LALiAEgBqnQsADoESAL6dCwAOngsAJZ4LAGSeCwBtngsAup4LANCeCwAQnwsAHJ8LAGafCwBznwsAvJ8LAMafCwASoAsAGqALAGigCwCmoAsAvqALAOegCwAUoQsAHKELAGqhCwCNoQsAZIESAM+hCwAWogsA1qELAPq+CwAbogsAbKILAHmiCwDCogsAz6ILABijCwAkowsAbqMLAH2jCwDEowsAzqMLABqkCwAopAsAcKQLAHWkCwDGpAsA06QLABylCwBApQsAcqULAHqlCwC6gRIA0aULAB6mCwAhpgsAdKYLAH6mCwDKpgsA0qYLACCnCwA5pwsAdqcLAIKnCwDMpwsA1KcLABCCEgAyqAsAeKgLAICoCwDOqAsA2KgLACSpCwA4qQsAeqkLAHupCwDQqQsA3KkLACaqCwAuqgsAZoISAI+qCwDSqgsA06oLACirCwA0qwsAfqsLAI2rCwDUqwsA3qsLACqsCwAtrAsAgKwLAIisCwDWrAsA16wLACytCwAurQsAgq0LAIitCwDYrQsA2q0LAC6uCwBErgsAhK4LAJCuCwDargsA5K4LADCvCwA8rwsAhq8LAIyvCwDcrwsA5K8LADKwCwBbsAsAiLALAJCwCwDesAsA6LALADSxCwA5sQsAirELAJKxCwDgsQsA+bELADayCwBCsgsAjLILAJSyCwC8ghIA7rILADizCwA7swsAjrMLAJOzCwDkswsA7bMLADq0CwBAtAsAkLQLAJ+0CwDmtAsA8rQLADy1CwBRtQsAkrULAJq1CwDotQsA9bULAPS7CwABtgsAPrYLAEO2CwCUtgsAmbYLAOq2CwD7tgsAQLcLAEi3CwCWtwsATLcLAES5CwCttwsA7LcLAPq3CwBCuAsAXbgLAJi4CwCkuAsA7rgLAPu4CwASgxIARrkLAJq5CwCnuQsA8LkLAPi5CwBGugsAXboLAJy6CwCqugsA8roLAA27CwBIuwsAVLsLAJ67CwCruwsAaIMSAP27CwBKvAsAW7wLAKC8CwCxvAsA9rwLAP68CwBMvQsAY70LAKK9CwCwvQsA+L0LABO+CwBOvgsAWr4LAKS+CwCxvgsAvoMSAA6/CwBQvwsAU78LAKa/CwDDvwsA/L8LAA3ACwBSwAsAdsALAKjACwCwwAsAFIQSAAfBCwBUwQsAV8ELAKrBCwC0wQsAAMILAAjCCwBWwgsAb8ILAKzCCwC4wgsAAsMLAArDCwBqhBIAaMMLAK7DCwC2wwsABMQLAA7ECwBaxAsAbsQLALDECwCxxAsABsULABLFCwBcxQsAZMULAMCEEgDGxQsACMYLAAvGCwBexgsAe8YLALTGCwDFxgsACscLABjHCwBgxwsAdccLALbHCwC+xwsADMgLABnICwBoywsAJcgLAGLICwBnyAsAuMgLAL3ICwAOyQsAH8kLAGTJCwBsyQsAuskLANHJCwAQygsAHsoLAGbKCwCBygsAvMoLAMjKCwASywsAH8sLABaFEgBxywsAvssLAM/LCwAUzAsAJcwLAGrMCwByzAsAwMwLANfMCwAWzQsAJM0LAGzNCwCHzQsAws0LAM7NCwAYzgsAJc4LAGyFEgCCzgsAxM4LAMfOCwAazwsAN88LAHDPCwCBzwsAxs8LANTPCwAc0AsAMdALAHLQCwB60AsAyNALANXQCwDU1gsA4dALAB7RCwAj0QsAdNELAHnRCwDK0QsA29ELACDSCwAo0gsAdtILACzSCwAk1AsAjdILAMzSCwDa0gsAItMLAD3TCwB40wsAhNMLAM7TCwDb0wsAwoUSACbUCwB61AsAh9QLANDUCwDY1AsAJtULAD3VCwB81QsAitULANLVCwDt1QsAKNYLADTWCwB+1gsAi9YLABiGEgDd1gsAKtcLADvXCwCA1wsAkdcLANbXCwDe1wsALNgLAEPYCwCC2AsAkNgLANjYCwDz2AsALtkLADrZCwCE2QsAkdkLAG6GEgDj2QsAMNoLAEHaCwCG2gsAktoLANzaCwDp2gsAMtsLADfbCwCI2wsAktsLAN7bCwDu2wsANNwLADncCwCK3AsAk9wLAODcCwDt3AsANt0LAD3dCwCM3QsAmN0LAOLdCwDo3QsAON4LAD7eCwCO3gsAk94LAOTeCwDq3gsAxIYSAD/fCwCQ3wsAmN8LAObfCwD83wsAPOALAEHgCwCS4AsAmeALAOjgCwDx4AsAPuELAE/hCwCU4QsAoOELAOrhCwDy4QsAxocSAELiCwCW4gsArOILAOziCwD44gsAQuMLAEnjCwCY4wsAoOMLAByIEgDz4wsAROQLAEvkCwCa5AsAo+QLAPDkCwAB5QsARuULAFLlCwCc5QsApOULAHKIEgD05QsASOYLAF7mCwCe5gsAquYLAPTmCwD75gsASucLAFLnCwDIiBIApecLAPbnCwD95wsATOgLAFXoCwCi6AsAs+gLAPjoCwAE6QsATukLAFbpCwAeiRIApukLAPrpCwAJ6gsAUOoLAHDqCwCm6gsAqOoLAPzqCwAT6wsAUusLAF7rCwCo6wsAsOsLAMqJEgAD7AsAVOwLAFbsCwCq7AsAsewLAADtCwAI7QsAVu0LAF/tCwCs7QsAsu0LAALuCwAT7gsAWO4LAGDuCwB2ihIAuu4LAATvCwAH7wsAWu8LAF/vCwCw7wsAwe8LAAbwCwAh8AsAXPALAGjwCwCy8AsAuvALAMyKEgAe8QsAXvELAF/xCwC08QsAufELAAryCwAQ8gsAYPILAGryCwC28gsAvvILAAzzCwAe8wsAIosSAG/zCwC48wsAwvMLAA70CwAU9AsAZPQLAHj0CwC69AsAwvQLABD1CwAg9QsAZvULAGv1CwC89QsAwvULABL2CwAa9gsAaPYLAGn2CwC+9gsAwPYLABT3CwAj9wsAavcLAIr3CwDA9wsAwvcLABb4CwAt+AsAbPgLAHj4CwDC+AsAyvgLAHiLEgAg+QsAbvkLAIf5CwDE+QsAzfkLABr6CwAk+gsAcPoLAHj6CwDG+gsA1voLABz7CwAh+wsAcvsLAHv7CwDI+wsA1fsLAB78CwAl/AsAdPwLAHz8CwAkjBIA1PwLACD9CwAo/QsAdv0LAIT9CwDM/QsA2f0LACL+CwAq/gsAeP4LAHr+CwDO/gsA1v4LACT/CwAl/wsAev8LAHz/CwDQ/wsA3/8LACYADABGAAwAfAAMAH4ADADSAAwA6QAMACgBDAA0AQwAfgEMAJgBDADUAQwAAAIMACoCDAAtAgwAgAIMAIUCDADWAgwA4wIMAHqMEgAuAwwAggMMAIwDDADYAwwA5wMMAC4EDAA5BAwAhAQMAJIEDADaBAwA5wQMADAFDABHBQwAhgUMAI4FDADcBQwA3QUMADIGDAA0BgwAiAYMAJcGDADeBgwA/gYMADQHDAA2BwwAigcMAKEHDADgBwwA7AcMADYIDAA+CAwA0IwSAJEIDADiCAwA6AgMADgJDABACQwAjgkMAK0JDADkCQwA8QkMADoKDAA7CgwAkAoMAKYKDADmCgwAAgsMACaNEgBBCwwAkgsMAJwLDADoCwwA8AsMAD4MDAA/DAwAlAwMAEAMDACmFQwAmgwMAOoMDAD2DAwAQA0MAFANDACWDQwApA0MAOwNDAD/DQwAQg4MAE4ODACYDgwAnw4MAO4ODAD2DgwARA8MAEgPDACaDwwAqA8MAPAPDAD6DwwARhAMAFEQDACcEAwApBAMAPIQDAAqEQwASBEMAFARDACeEQwAoxEMAPQRDAD6EQwAShIMAFISDACgEgwAuhIMAPYSDAAuEwwATBMMAFQTDACiEwwApxMMAPgTDAD+EwwAThQMAFYUDACkFAwAvhQMAPoUDAAUFQwAUBUMAIgVDAB8jRIArhUMAPwVDAADFgwAUhYMAF4WDACoFgwAqRYMAP4WDAAKFwwAVBcMAGEXDACqFwwAsRcMAAAYDAAMGAwAVhgMAGMYDACsGAwAuxgMAAIZDAAWGQwA0o0SAFoZDACuGQwAZBkMANAFDwCxGQwAqHAOALsZDADeCA0AvRkMAAQaDAAkGgwAWhoMAFwaDACwGgwAxxoMAAYbDAASGwwAXBsMAGQbDAAojhIAtBsMAAgcDAAVHAwAXhwMAGccDAC0HAwAthwMAAodDAAbHQwAYB0MAHEdDAC2HQwAyh0MAH6OEgAsHgwAYh4MAGQeDAC4HgwAzx4MAA4fDAAaHwwAZB8MAGwfDADUjhIAvB8MABAgDAATIAwAZiAMAG4gDAC8IAwAySAMABIhDAAXIQwAaCEMAHIhDAC+IQwAxiEMABQiDAAtIgwAaiIMAHYiDADAIgwAzCIMABYjDAAjIwwAbCMMAHQjDADCIwwA0iMMABgkDAAdJAwAbiQMAHckDADEJAwA0SQMABolDAAhJQwAcCUMAHglDAAqjxIA0yUMABwmDAAfJgwAciYMAHwmDADIJgwAyiYMAB4nDAAvJwwAdCcMAIUnDADKJwwA1icMACAoDAAnKAwAdigMAJAoDADMKAwA1CgMACIpDAAjKQwA4DIMACwpDAB4KQwAfikMAM4pDADiKQwAJCoMACwqDAB6KgwAhCoMANAqDADVKgwAJisMAC4rDAB8KwwAiisMANIrDADfKwwAKCwMACssDAB+LAwAiCwMANQsDADWLAwAKi0MADstDACALQwAkS0MANYtDADeLQwAgI8SADYuDACCLgwAni4MANguDADgLgwA1o8SAC8vDACELwwAmi8MANovDADiLwwAMDAMAD4wDACGMAwAkzAMANwwDADfMAwAMjEMADwxDACIMQwAijEMAN4xDADvMQwANDIMAEUyDACKMgwAkjIMACyQEgDxMgwANjMMAEIzDACMMwwAjjMMAOIzDADlMwwAODQMAEQ0DACONAwAljQMAIKQEgDtNAwAOjUMAEc1DACQNQwAmDUMAOY1DAD4NQwAPDYMAEk2DACSNgwAkzYMAOg2DAD+NgwAPjcMAEY3DACUNwwAojcMAOo3DAD3NwwAQDgMAEM4DACWOAwAoDgMAOw4DADuOAwAQjkMAFM5DACYOQwAqTkMAO45DAD2OQwA2JASAFE6DACaOgwApDoMAPA6DACnOgwAxikOAP46DABGOwwAXDsMAJw7DACoOwwA8jsMAP47DABIPAwATjwMAJ48DACkPAwA9DwMAPk8DABKPQwAUD0MAC6REgClPQwA9j0MAPg9DABMPgwAUz4MAKI+DACqPgwA+D4MAPs+DABOPwwAVz8MAKQ/DACzPwwA+j8MAAVADABQQAwAWEAMAKZADAC2QAwA/EAMAApBDABSQQwAY0EMAKhBDAC0QQwA/kEMAAZCDAAwkhIAckIMAKpCDACyQgwAhpISAAxDDABWQwwAbEMMAKxDDAC0QwwAAkQMACFEDADckhIAW0QMADSIDABlRAwArkQMALFEDADw7hAAtkQMAARFDAC4RAwAUvEOAAZFDABaRQwADkUMAMhRDAAVRQwAukoMAGdFDACwRQwAxEUMAAZGDAAORgwAXEYMAGFGDACyRgwAwkYMAAhHDAAQRwwAXkcMAGhHDAC0RwwAv0cMAApIDAAWSAwAYEgMAGhIDAAykxIAu0gMAAxJDAAVSQwAYkkMAGhJDAC4SQwAx0kMAA5KDAAaSgwAZEoMAGdKDACIkxIAv0oMABBLDAAfSwwAZksMAGhLDAC8SwwAzUsMABJMDAAjTAwAaEwMAHxMDAC+TAwAxkwMABRNDAAiTQwAak0MAHdNDADATQwAw00MABZODAAgTgwAbE4MAG5ODADCTgwA004MABhPDAApTwwAbk8MAHpPDADETwwAy08MABpQDAAiUAwAcFAMAIdQDADGUAwA0lAMABxRDAAyUQwAclEMAHVRDADekxIA01EMAB5SDAAqUgwAdFIMAHxSDAA0lBIA1lIMACBTDAA2UwwAdlMMAHlTDADMUwwA1FMMACJUDAAkVAwAeFQMAJNUDADOVAwA0FQMACRVDAAyVQwAelUMAItVDADQVQwA0lUMACZWDAA/VgwAfFYMAI1WDADSVgwA3lYMAIqUEgAuVwwAflcMAIxXDADUVwwA71cMACpYDAA2WAwAgFgMAIZYDADWWAwA3lgMACxZDAA8WQwAglkMAIdZDADYWQwA4VkMAC5aDAA7WgwAhFoMAItaDADaWgwA4loMAOCUEgA1WwwAhlsMAIxbDADcWwwA5FsMADJcDABeXAwAiFwMAI9cDADeXAwA91wMADRdDABDXQwAil0MAKZdDAA2lRIA7F0MADZeDABAXgwAjF4MAJReDADiXgwA6V4MADhfDAA+XwwAjl8MAJxfDADkXwwA/18MADpgDABGYAwAkGAMAJZgDADmYAwA7mAMADxhDABKYQwAkmEMAJ9hDADoYQwA62EMAD5iDABIYgwAlGIMAJZiDADqYgwA92IMAEBjDABPYwwAlmMMAKJjDADsYwwA9GMMAIyVEgBHZAwAmGQMAJ5kDADuZAwA9mQMAERlDABwZQwAmmUMAKFlDADwZQwACWYMAEZmDABVZgwAnGYMAKVmDADyZgwA+GYMAEhnDABZZwwAnmcMAMZnDAD0ZwwAIGgMAEpoDABRaAwAoGgMALloDAD2aAwABWkMAExpDABoaQwA4pUSAKdpDAD4aQwAAmoMAE5qDABeagwApGoMAKlqDAD6agwAA2sMAFBrDABdawwApmsMAK1rDAD8awwACGwMAFJsDABlbAwAqGwMALdsDAD+bAwACm0MAFRtDABVbQwAqm0MALRtDAAAbgwADm4MAFZuDABbbgwArG4MALluDAA4lhIAE28MAFhvDABabwwArm8MALFvDAAEcAwAB3AMAFpwDABhcAwAsHAMALxwDAAGcQwAFnEMAFxxDABscQwAsnEMALdxDAAIcgwAEXIMAF5yDABrcgwAtHIMALtyDAAKcwwAFnMMAGBzDABmcwwAtnMMALxzDAAMdAwAEXQMAGJ0DABodAwAOpcSAMJ0DAAOdQwAHHUMAGR1DAB0dQwAunUMALx1DAAQdgwAH3YMAGZ2DABwdgwAvHYMAMR2DAA8mBIAGHcMAGh3DAB0dwwAkpgSAMN3DAAUeAwAHHgMAGp4DAB6eAwAwHgMAM54DAAWeQwAI3kMAGx5DABzeQwAwnkMAMp5DAA+mRIAKXoMAG56DAB1egwAxHoMAMx6DAAaewwAJ3sMAHB7DAB1ewwAxnsMANB7DAAcfAwAJHwMAHJ8DACLfAwAyHwMANR8DAAefQwAJn0MAJSZEgCAfQwAyn0MAM19DAAgfgwAJX4MAHZ+DACHfgwAzH4MAOd+DAAifwwALn8MAHh/DAB/fwwAzn8MAOp/DAAkgAwALIAMAOqZEgB/gAwA0IAMANqADAAmgQwALoEMAHyBDAB+gQwAzgIOAIyBDADSgQwA14EMACiCDAAxggwAfoIMAIuCDADUggwA24IMAECaEgAzgwwAgIMMAI2DDADWgwwA5YMMACyEDAA2hAwAgoQMAJCEDADYhAwA3YQMAC6FDAA7hQwAhIUMAIyFDACWmhIA5oUMADCGDAA9hgwAhoYMAImGDADchgwA6oYMADKHDAA3hwwAiIcMAJWHDADehwwA5ocMAOyaEgA8iAwAiogMAJCIDADgiAwAkYgMAAIbDQDsiAwANokMAFOJDACMiQwAlYkMAOKJDADwiQwAOIoMAD6KDACOigwAmooMAOSKDADrigwAQpsSADuLDADA+QwARosMAJCLDABKiwwAZPYMAKOLDADmiwwA8IsMADyMDABIjAwAkowMAJ+MDADojAwA64wMAD6NDABMjQwAlI0MAJmNDADqjQwA940MAECODABIjgwAmJsSAJyODADsjgwA+o4MAEKPDABdjwwAmI8MAKSPDADujwwA9I8MAEScEgBnkAwAmpwSAJ+QDADwkAwA/ZAMAEaRDABTkQwAnJEMAKiRDADykQwAAZIMAEiSDABSkgwAnpIMAKySDAD0kgwA+ZIMAEqTDABXkwwAoJMMALyTDAD2kwwA/pMMAPCcEgBRlAwAopQMAKiUDAD4lAwAAJUMAE6VDABPlQwApJUMAKuVDAD6lQwA/5UMAFCWDABYlgwAppYMALSWDAD8lgwA/5YMAFKXDABalwwAqJcMALWXDAD+lwwAA5gMAFSYDABemAwAqpgMALKYDAAAmQwAEZkMAFaZDABbmQwArJkMAK6ZDAACmgwACZoMAFiaDABkmgwArpoMALWaDABGnRIAEJsMAFqbDAB3mwwAsJsMALmbDAAGnAwAFJwMAFycDABinAwAspwMAL6cDAAInQwAD50MAF6dDABmnQwAtJ0MAMqdDAAKngwAD54MAGCeDABnngwAtp4MAL+eDAAMnwwAHZ8MAGKfDABunwwAuJ8MAMCfDADynRIAFKAMAGSgDABpoAwAuqAMANWgDAAQoQwAHqEMAGahDABtoQwAvKEMAMihDAASogwAFaIMAGiiDABwogwAvqIMAL+iDAAUowwAFqMMAGqjDAB5owwAwKMMAOCjDAAWpAwAGKQMAGykDACDpAwAwqQMAM6kDAAYpQwAIKUMAEieEgBzpQwAxKUMAMylDAAapgwAKqYMAHCmDAB+pgwAxqYMANemDAAcpwwAKKcMAHKnDAB1pwwAyKcMANCnDAAeqAwALKgMAHSoDACBqAwAyqgMANKoDAAgqQwAWKkMAJ6eEgB3qQwAzKkMANipDAAiqgwAMaoMAHiqDACAqgwA9J4SANCqDAAkqwwAMqsMAHqrDACLqwwASp8SANerDACgnxIALqwMAEygEgB9rAwAtMgMAH+sDADktQwAgKwMACquDACCrAwAPrgMAIOsDACIsgwAhawMALjKDACIrAwA0qwMAImsDACEsAwAi6wMAJ69DADYrAwAKK0MAC6tDAB+rQwAg60MANStDADarQwAoqASACyuDACArgwAhq4MANauDADjrgwApKESADmvDACCrwwAma8MANivDAD0rwwALrAMADawDAD6oRIAibAMANqwDADksAwAMLEMAD6xDACGsQwAlbEMANyxDADosQwAUKISADqyDACmohIAlLIMAN6yDADfsgwANLMMADqzDACKswwAlrMMAOCzDADvswwANrQMADi0DACMtAwAlrQMAOK0DADutAwAOLUMAD+1DAD8ohIAlrUMAFKjEgDutQwAOrYMAEC2DACQtgwAnrYMAOa2DAD1tgwAPLcMAEa3DACStwwArrcMAOi3DADwtwwAqKMSAEq4DACUuAwAo7gMAOq4DADvuAwAQLkMAFu5DACWuQwAorkMAOy5DADyuQwAQroMAES6DACYugwAsboMAO66DAD/ugwARLsMAFC7DACauwwAsrsMAPC7DAD8uwwARrwMAEy8DACcvAwAorwMAPK8DAD3vAwASL0MAE69DAD+oxIAo70MAPS9DAD6vQwASr4MAAq+DAD+wgwAVr4MAKC+DAC4vgwA9r4MAPq+DACkwAwAAr8MAEy/DABSvwwAor8MAKi/DAD4vwwA/b8MAE7ADABUwAwAAKUSAKbADAD6wAwAAMEMAFDBDABdwQwAAqYSALPBDAD8wQwAE8IMAFLCDABuwgwAqMIMALDCDABYphIA/8IMAFTDDABiwwwAqsMMALvDDAAAxAwADMQMAFbEDABuxAwArMQMALDEDABaxgwAuMQMAALFDAAIxQwAWMUMAF7FDACuxQwAs8UMAATGDAAKxgwArqYSAFzGDACwxgwAtsYMAAbHDAATxwwAsKcSAGnHDACyxwwAyccMAAjIDAAkyAwAXsgMAGbIDAAGqBIAtsgMAArJDAAQyQwAYMkMAGPJDAC2yQwAwskMAAzKDAAoygwAYsoMAGrKDABcqBIAu8oMAA7LDAAaywwAZMsMAGrLDAC6ywwA0ssMABDMDAAUzAwAvs0MABfMDAAc0gwAHMwMAGbMDAAdzAwAGNAMAGzMDAC8zAwAwswMABLNDAAXzQwAaM0MAG7NDACyqBIAwM0MABTODAAazgwAas4MAHfODAC0qRIAzc4MABbPDAAtzwwAbM8MAIjPDADCzwwAys8MAAqqEgAd0AwAbtAMAHjQDADE0AwA0tAMABrRDAAp0QwAcNEMAHzRDABgqhIAztEMALaqEgAo0gwActIMAHPSDADI0gwAztIMAB7TDAAq0wwAdNMMAIPTDADK0wwAzNMMACDUDAAq1AwAdtQMAILUDADM1AwA09QMAAyrEgAq1QwAYqsSAILVDADO1QwA2tUMACTWDAA61gwAetYMAIbWDADQ1gwA49YMACbXDAA01wwAfNcMAIbXDAC4qxIA2tcMAA6sEgA+2AwAftgMAIrYDADU2AwA4dgMACrZDAA02QwAgNkMAILZDADW2QwA4NkMACzaDAA62gwAgtoMAIfaDADY2gwA5doMAC7bDAA22wwAhNsMAJTbDADa2wwA3NsMADDcDAA53AwAhtwMAJfcDADc3AwA5twMAGSsEgA+3QwAiN0MAJ/dDADe3QwA+d0MALqsEgBN3gwAit4MAJDeDADg3gwA6t4MABCtEgA43wwAjN8MAJ3fDADi3wwA6t8MADjgDAD+3wwAiAgNAETgDACO4AwAlOAMAOTgDADq4AwAOuEMAD/hDACQ4QwAluEMAGatEgAC4gwAPOIMAETiDABorhIAoOIMAOjiDAD54gwAPuMMAE/jDACU4wwAoOMMAOrjDADx4wwAvq4SAFHkDACW5AwAp+QMAOzkDAD45AwAQuUMAEnlDAAUrxIAmuUMAO7lDADv5QwAROYMAEzmDACa5gwAn+YMAPDmDAD55gwARucMAFDnDACc5wwApOcMAPLnDAD35wwASOgMAFjoDACe6AwApugMAPToDAAK6QwASukMAFbpDACg6QwAtukMAPbpDAD76QwATOoMAFLqDACi6gwAtuoMAGqvEgAO6wwATusMAFzrDACk6wwAsesMAPrrDAD86wwAUOwMAFrsDACm7AwAsuwMAPzsDAAD7QwAUu0MAFrtDACo7QwAwe0MAP7tDAAS7gwAVO4MAFzuDACq7gwArO4MAADvDAAN7wwAVu8MAFvvDACs7wwAtu8MAALwDAAN8AwAWPAMAGTwDACu8AwAtPAMAATxDAAM8QwAWvEMAFvxDACw8QwAtvEMAAbyDAAL8gwAXPIMAGvyDACy8gwAvvIMAAjzDAAL8wwAXvMMAGHzDADArxIAufMMAAr0DAAm9AwAFrASAID0DAC29AwAvvQMAGywEgAS9QwAYvUMAG71DADCsBIAvvUMAA72DAAa9gwAHLMSAGb2DAC69gwAxPYMABD3DAAS9wwAZvcMAHf3DAC89wwAxPcMABL4DAAe+AwAaPgMAG74DAC++AwAxPgMABT5DAAZ+QwAavkMAHD5DABysxIAwvkMABb6DAAc+gwAbPoMAG/6DADC+gwAzvoMABj7DAAg+wwAdLQSAHT7DADE+wwAyvsMABr8DAAf/AwAcPwMAHb8DADKtBIAyPwMABz9DAAl/QwAcv0MAIn9DADI/QwA0/0MAB7+DAAo/gwAdP4MAHz+DADMtRIA1/4MACD/DAAo/wwAdv8MAID/DADM/wwA1/8MACIADQAoAA0AeAANAIQADQDOAA0A0AANACQBDQArAQ0AegENAIIBDQDQAQ0A4gENACK2EgBlAg0AfAINAIQCDQDSAg0A9QINACS3EgAqAw0AfgMNAIsDDQDUAw0A2wMNACoEDQA7BA0AgAQNAIwEDQDWBA0A3QQNACwFDQAtBQ0AGCYNADQFDQB6txIAlQUNANgFDQDnBQ0ALgYNADoGDQCEBg0AhQYNANoGDQDkBg0AMAcNAD4HDQCGBw0AiwcNANwHDQDpBw0A0LcSADoIDQAmuBIAkAgNAHy4EgDsCA0ANAkNAEMJDQCKCQ0AqgkNAOAJDQDsCQ0ANgoNAD0KDQCMCg0AlAoNAOIKDQDkCg0AOAsNAEILDQB+uRIAmAsNAOQLDQDsCw0A1LkSAEQMDQCQDA0AmAwNACq6EgAmDQ0APA0NAEQNDQCSDQ0AsA0NAIC6EgDtDQ0AYPYNAPYNDQA+Dg0ARQ4NAKLuDgBODg0AlA4NAKQODQDqDg0A9g4NAEAPDQBGDw0Alg8NALIPDQDsDw0A9A8NANa6EgBWEA0AmBANAKIQDQDuEA0A+hANAEQRDQBMEQ0ALLsSAKURDQDwEQ0A8hENAEYSDQBMEg0AnBINAKQSDQCCuxIA9BINAEgTDQBLEw0AnhMNAKYTDQD0Ew0ABBQNAEoUDQBMFA0AoBQNAK4UDQD2FA0ABxUNANi7EgBTFQ0ALrwSAKgVDQD4FQ0A/RUNAE4WDQBUFg0AhLwSAK4WDQD6Fg0A/BYNAFAXDQBjFw0AphcNAK4XDQD8Fw0ACBgNAFIYDQBYGA0AqBgNAK4YDQD+GA0AAxkNAFQZDQBaGQ0Ahr0SALMZDQAAGg0ADRoNAFYaDQBdGg0ArBoNALQaDQDcvRIADhsNAFgbDQBiGw0ArhsNALobDQAEHA0AExwNAFocDQBkHA0AsBwNALwcDQAGHQ0ADR0NADK+EgBfHQ0ApscPAGIdDQCyHQ0Aax0NAC7fDgBtHQ0Axv4NAL4dDQAIHg0AEB4NAIi+EgBqHg0AtB4NAL4eDQAKHw0AFh8NAGAfDQBvHw0Ath8NAMAfDQAMIA0AGCANAGIgDQBpIA0A3r4SAMYgDQAOIQ0A2CANAGTPDgAlIQ0AZCENAHEhDQC6IQ0AvCENABAiDQAhIg0AZiINAIIiDQC8Ig0AxCINADS/EgArIw0AaCMNAHwjDQC+Iw0AxiMNABQkDQAXJA0AaiQNAHgkDQDAJA0A1yQNABYlDQAjJQ0AbCUNAG4lDQDCJQ0A0yUNAIq/EgAeJg0AbiYNAHMmDQDEJg0A2iYNABonDQAoJw0AcCcNAHMnDQDGJw0A0icNABwoDQAiKA0AcigNAH4oDQDIKA0A9CgNAB4pDQAqKQ0AdCkNAIMpDQDKKQ0A1CkNACAqDQAuKg0AdioNAHsqDQDMKg0A2SoNAOC/EgAkKw0AeCsNAIYrDQDOKw0A2ysNACQsDQA2LA0ANsASAIksDQDQLA0A3CwNACYtDQA/LQ0AfC0NAH4tDQDSLQ0A4S0NACguDQBILg0Afi4NAIYuDQDULg0A9y4NAIzAEgAvLw0AgC8NAIMvDQDWLw0A4C8NACwwDQA0MA0AgjANAIgwDQDYMA0A5DANAC4xDQA9MQ0AhDENAJAxDQDaMQ0A5zENADAyDQA6Mg0AhjINAI4yDQDcMg0A6zINADIzDQA0Mw0AiDMNAJkzDQDeMw0A7zMNADQ0DQA8NA0AijQNAJs0DQDgNA0A4jQNADY1DQA5NQ0AjDUNAJY1DQDiNQ0ABjYNADg2DQBUNg0A4sASAJQ2DQDkNg0A6TYNADo3DQBJNw0AkDcNAJw3DQDmNw0A6TcNADw4DQA/OA0AkjgNAJo4DQDoOA0A9zgNAD45DQBDOQ0AlDkNAKo5DQDqOQ0A6zkNAEA6DQBROg0AljoNAKI6DQDsOg0A9joNAEI7DQBOOw0AmDsNAJ87DQA4wRIA8jsNAEQ8DQBSPA0AmjwNAKQ8DQDwPA0A+zwNAEY9DQBOPQ0AnD0NAKg9DQDyPQ0ABT4NAEg+DQBWPg0Anj4NAKg+DQD0Pg0A/D4NAEo/DQBZPw0AoD8NAKU/DQD2Pw0A/T8NAExADQBYQA0AjsESAK5ADQD4QA0A+0ANAE5BDQBRQQ0ApEENAL5BDQD6QQ0ABkINAFBCDQBjQg0ApkINALRCDQD8Qg0ABkMNAFJDDQB1Qw0A5MESALJDDQD+Qw0ACkQNAFREDQBbRA0AqkQNALJEDQAARQ0ABEUNAFZFDQBkRQ0ArEUNALZFDQACRg0ADUYNAFhGDQBgRg0ArkYNAL1GDQAERw0ACUcNAFpHDQBhRw0AsEcNALxHDQAGSA0ADkgNADrCEgBySA0ADKUPAHVIDQCySA0AvEgNAAhJDQAUSQ0AXkkNAGFJDQC0SQ0AvkkNAApKDQANSg0AYEoNAHBKDQC2Sg0AuEoNAAxLDQAaSw0AYksNAHNLDQCQwhIAv0sNAObCEgAnTA0AZEwNAG5MDQC6TA0AxkwNABBNDQATTQ0AZk0NAHBNDQA8wxIAwU0NABJODQAyTg0AaE4NAHBODQCSwxIAzE4NABRPDQAqTw0Aak8NAHZPDQDATw0Ax08NABZQDQAeUA0AbFANAHFQDQDCUA0Ay1ANABhRDQAiUQ0AblENAHZRDQDEUQ0A0lENABpSDQAnUg0AcFINAHhSDQDowxIA1lINABxTDQAkUw0APsQSAHlTDQDIUw0A1FMNAB5UDQAlVA0AdFQNAHxUDQDKVA0A1FQNACBVDQAuVQ0AdlUNAIxVDQDMVQ0A2FUNACJWDQAnVg0AeFYNAIFWDQDOVg0A2FYNACRXDQAsVw0AelcNAH9XDQDQVw0A4FcNACZYDQAuWA0AlMQSAIZYDQDSWA0A1VgNANhdDgDaWA0A6sQSADZZDQB+WQ0AlFkNANRZDQDgWQ0AKloNADFaDQCAWg0AiFoNANZaDQDbWg0ALFsNADVbDQCCWw0AjFsNANhbDQDgWw0ALlwNADBcDQDwZw0APFwNAIRcDQCRXA0A2lwNAOJcDQBAxRIAPF0NAIZdDQCJXQ0A3F0NAOZdDQCWxRIAQF4NAIheDQCeXg0A3l4NAOpeDQA0Xw0AO18NAIpfDQCSXw0A4F8NAOVfDQA2YA0AP2ANAIxgDQCWYA0A4mANAOpgDQA4YQ0AOmENAI5hDQCeYQ0A5GENAO5hDQA6Yg0ARmINAJBiDQCWYg0AQsYSAPRiDQA8Yw0AUmMNAJJjDQCeYw0A6GMNAO1jDQA+ZA0AR2QNAJRkDQCeZA0A6mQNAPJkDQBAZQ0AYmUNAJjGEgClZQ0A7GUNAPhlDQBCZg0AQ2YNAJhmDQCiZg0A7mYNAPxmDQBEZw0ASWcNAJpnDQCnZw0A7sYSAABoDQBGaA0AUGgNAJxoDQCoaA0A8mgNAPhoDQBIaQ0AUGkNAPDHEgCjaQ0A9GkNAPxpDQBKag0AVmoNAF50DQBjag0AoGoNAKxqDQD2ag0A/moNAEbIEgBZaw0AomsNAKprDQD4aw0ABmwNAE5sDQBbbA0ApGwNAKdsDQD6bA0ABG0NAFBtDQBSbQ0Apm0NALNtDQD8bQ0AC24NAFJuDQBebg0AqG4NALBuDQCcyBIADm8NAFRvDQBcbw0Aqm8NALZvDQAAcA0ABnANAFZwDQBccA0ArHANALFwDQACcQ0ACHENAPLIEgBlcQ0ArnENALNxDQAEcg0ADnINAFpyDQBicg0AsHINALxyDQAGcw0AGXMNAFxzDQBqcw0AsnMNALVzDQAIdA0AEnQNAEjJEgBxdA0AtHQNAMJ0DQAKdQ0ADXUNAGB1DQBqdQ0AnskSALt1DQAMdg0AxHUNAPSUDQAUdg0AYnYNAG52DQC4dg0AvnYNAA53DQDLdg0AmpINABR3DQBkdw0AaXcNALp3DQDAdw0A9MkSABZ4DQBmeA0Aa3gNALx4DQDCeA0ASsoSACB5DQBoeQ0Ag3kNAL55DQDKeQ0AFHoNABt6DQCgyhIAc3oNAMB6DQDNeg0AFnsNACJ7DQBsew0Af3sNAMJ7DQDDew0AGHwNACR8DQBufA0AfXwNAMR8DQDOfA0AGn0NACZ9DQBwfQ0Ad30NAPbKEgDMfQ0AHH4NACJ+DQByfg0Ad34NAMh+DQDOfg0AossSACd/DQB0fw0AgX8NAMp/DQDOfw0AIIANACKADQB2gA0Ag4ANAMyADQDWgA0A+MsSACmBDQB4gQ0AgIENAM6BDQDagQ0AJIINADeCDQB6gg0AiYINANCCDQDcgg0AJoMNACeDDQB8gw0AhoMNANKDDQDggw0AKIQNAC2EDQB+hA0Ai4QNAE7MEgDghA0AKoUNADCFDQCAhQ0AhoUNANaFDQDbhQ0ALIYNADKGDQCkzBIAh4YNANiGDQDihg0AUM0SADaHDQCEhw0AkYcNANqHDQDfhw0AMIgNADqIDQCGiA0AjogNANyIDQDoiA0AMokNAEWJDQCIiQ0AiYkNAN6JDQDqiQ0ANIoNAEOKDQCKig0AlIoNAOCKDQDoig0ANosNADiLDQCmzRIAlYsNAOKLDQDxiw0AOIwNAEeMDQCOjA0AmowNAOSMDQDnjA0AOo0NAD2NDQD8zRIAko0NAOaNDQDpjQ0API4NAESODQCSjg0An44NAOiODQDtjg0APo8NAEiPDQCUjw0AnI8NAOqPDQD2jw0AQJANAFOQDQCWkA0Al5ANAOyQDQD4kA0AQpENAFGRDQCYkQ0AopENAO6RDQD6kQ0ARJINAEuSDQBSzhIAqZINAPCSDQD8kg0ARpMNAEeTDQCckw0AppMNAPKTDQAAlA0ASJQNAE2UDQCelA0Aq5QNAKjOEgAFlQ0A/s4SAFeVDQCglQ0ArpUNAPaVDQAHlg0ATJYNAG6WDQBUzxIAp5YNAPiWDQColg0AEM4NAACXDQBOlw0AT5cNAKybDQBRlw0ArpwNAFOXDQCqmg0AVJcNAAaeDQBVlw0AqJkNAF2XDQCklw0AZ5cNAAyhDQCplw0A+pcNAAeYDQBQmA0AXZgNAKaYDQCymA0A/JgNAAuZDQBSmQ0AXJkNAKrPEgC2mQ0A/pkNAACaDQBUmg0AZZoNAADQEgCrmg0AAJsNAAybDQBWmw0AY5sNAFbQEgC6mw0AApwNAA+cDQBYnA0Ab5wNAKzQEgC3nA0AXp8NALicDQAEnQ0ABp0NAFqdDQBgnQ0AsJ0NALqdDQAC0RIAEp4NAFyeDQBeng0Asp4NAMGeDQAInw0AE58NAFjREgBtnw0AtJ8NAMOfDQAKoA0AFqANAGCgDQBsoA0AtqANAL2gDQCu0RIAGKENAGKhDQBqoQ0ABNISANGhDQAOog0AH6INAGSiDQBwog0AWtISAMGiDQAQow0AGKMNAGajDQBnow0AvKMNAMKjDQASpA0AF6QNAGikDQBppA0AvqQNAMqkDQAUpQ0AGqUNAGqlDQB0pQ0AwKUNAM6lDQAgqw0A1KUNABamDQAepg0AsNISAHymDQDCpg0AyqYNABinDQAhpw0AbqcNACWnDQAeqg0Ae6cNAMSnDQDLpw0AGqgNACaoDQBwqA0AgKgNAMaoDQDUqA0AHKkNACmpDQByqQ0AfqkNAMipDQDPqQ0ABtMSACeqDQB0qg0AhaoNAMqqDQDbqg0AXNMSACyrDQB2qw0AeasNAMyrDQDUqw0AIqwNACesDQB4rA0AiKwNAM6sDQDWrA0AJK0NAC2tDQB6rQ0AMa0NACqwDQCHrQ0A0K0NANetDQAmrg0AMq4NAHyuDQCMrg0A0q4NAOCuDQAorw0ANa8NAH6vDQCKrw0A1K8NANuvDQCy0xIAM7ANAICwDQCRsA0A1rANAOewDQAI1BIAMbENAIKxDQCPsQ0A2LENAOSxDQAusg0AOLINAISyDQCYsg0A2rINANuyDQAwsw0APLMNAIazDQClsw0A3LMNAOSzDQAytA0AN7QNAIi0DQChtA0A3rQNAAq1DQA0tQ0AQLUNAIq1DQCZtQ0A4LUNAOq1DQA2tg0APrYNAIy2DQCXtg0A4rYNAOS2DQA4tw0AO7cNAI63DQCWtw0A5LcNAPG3DQA6uA0AP7gNAJC4DQCYuA0A5rgNAOi4DQA8uQ0ARrkNAJK5DQCcuQ0A6LkNAO65DQA+ug0ATLoNAJS6DQCtug0A6roNAPO6DQBAuw0ASrsNAJa7DQCiuw0AXtQSAPi7DQBCvA0ATLwNAJi8DQCjvA0A7rwNAPO8DQBEvQ0AS70NAJq9DQCivQ0A8L0NAB2+DQC01BIATb4NAJy+DQCkvg0A8r4NAB+/DQBIvw0ATb8NAJ6/DQCfvw0A9L8NAP6/DQBKwA0AWMANAKDADQClwA0A9sANAAPBDQBMwQ0AaMENAKLBDQC+wQ0ACtUSAAXCDQBOwg0AUsINAKTCDQCqwg0A+sINAPzCDQBQww0AUcMNAKbDDQDJww0A/MMNACDEDQBSxA0Af8QNAKjEDQCwxA0A/sQNAAPFDQBUxQ0AYcUNAKrFDQCyxQ0AAMYNAALGDQBWxg0AXsYNAKzGDQDZxg0AAscNAA/HDQBYxw0AXccNAK7HDQC7xw0ABMgNABDIDQBayA0Ah8gNALDIDQC4yA0ABskNACHJDQBcyQ0AXskNALLJDQDDyQ0ACMoNABHKDQBeyg0AasoNAGDVEgDByg0ACssNACXLDQBgyw0AZcsNALbLDQDWyw0ADMwNABjMDQBizA0AaswNALbVEgDGzA0ADs0NABjNDQBkzQ0Ab80NALrNDQDCzQ0AYtYSABnODQBmzg0AcM4NALzODQDHzg0AEs8NACbPDQBozw0Afc8NAL7PDQDGzw0AFNANACvQDQBq0A0Ab9ANAMDQDQDK0A0AFtENAB7RDQC41hIAbtENAMLRDQDT0Q0AGNINABvSDQBu0g0AetINAA7XEgDS0g0AGtMNACvTDQBk1xIAc9MNAMbTDQDJ0w0AHNQNACjUDQBy1A0AeNQNAMjUDQDS1A0AutcSACvVDQB01Q0Ai9UNAMrVDQDS1Q0AENgSACbWDQB21g0AfNYNAMzWDQDk1g0AItcNACTXDQB41w0Ae9cNAM7XDQDR1w0AJNgNADDYDQB62A0AgNgNANDYDQDa2A0AvNgSACvZDQB82Q0AidkNABLZEgDi2Q0AKNoNADTaDQB+2g0AhNoNANTaDQDg2g0AKtsNAOLaDQCcmRAAN9sNAIDbDQCP2w0A1tsNAOLbDQAs3A0ANNwNAGjZEgCK3A0A2NwNANrcDQAu3Q0APd0NAITdDQCO3Q0A2t0NAOPdDQAw3g0AMt4NAIbeDQCX3g0A3N4NAPHeDQAy3w0AOt8NAIjfDQDJ3w0A3t8NAObfDQA04A0AQOANAIrgDQCd4A0A4OANAOHgDQA24Q0AQuENAIzhDQCb4Q0A4uENAOzhDQA44g0AROINAI7iDQCV4g0AFNoSAADjDQBq2hIAPeMNAJDjDQCY4w0A5uMNAPPjDQA85A0AQeQNAJLkDQCc5A0A6OQNAPDkDQA+5Q0ASOUNAJzpDQBO5Q0AoOsNAGvlDQCU5Q0AnuUNAOrlDQCk5Q0AmOcNAPDlDQBA5g0ASeYNAJbmDQCi5g0A7OYNABnnDQBC5w0AXucNABbbEgCa5w0A7ucNAP/nDQBE6A0AR+gNAJroDQCm6A0A8OgNAB3pDQBG6Q0AYukNAGzbEgCi6Q0A8ukNAPvpDQBI6g0AUuoNAJ7qDQCp6g0A9OoNAAjrDQBK6w0AZusNAMLbEgCi6w0A9usNAAfsDQBM7A0AT+wNAKLsDQC27A0A+OwNABTtDQAY3BIAVu0NAG7cEgCs7Q0AxNwSAAbuDQBQ7g0AVu4NAKbuDQCs7g0A/O4NAAHvDQBS7w0AWO8NABrdEgCy7w0A/u8NAAbwDQDG3RIAWvANAKrwDQCy8A0AAPENAA3xDQBW8Q0AYvENAKzxDQCu8Q0AAvINAAjyDQBY8g0AYPINABzeEgC78g0ABPMNAAvzDQBa8w0AYvMNALDzDQC18w0ABvQNABb0DQBc9A0AZPQNALL0DQDA9A0ACPUNABX1DQBe9Q0AX/UNALT1DQC99Q0ACvYNABT2DQBy3hIAbPYNALb2DQC59g0ADPcNABT3DQBi9w0Ab/cNALj3DQC99w0ADvgNABj4DQBk+A0AbPgNALr4DQDG+A0AEPkNACP5DQBm+Q0AdPkNALz5DQC/+Q0AEvoNABz6DQDI3hIAbfoNAL76DQDK+g0AFPsNABf7DQBq+w0AcvsNAMD7DQDN+w0AFvwNABv8DQBs/A0AdvwNAML8DQDK/A0AGP0NACT9DQBu/Q0Agf0NAMT9DQDS/Q0AGv4NAB3+DQBw/g0Aev4NAB7fEgDM/g0AHP8NACj/DQBy/w0AdP8NAMj/DQDP/w0AHgAOADIADgB0AA4AfAAOAMoADgDWAA4AIAEOADMBDgB2AQ4AhAEOAMwBDgDPAQ4AIgIOACwCDgB4Ag4AewIOAHTfEgDpAg4AJAMOACYDDgB6Aw4AiAMOANADDgDhAw4AJgQOACgEDgB8BA4AlQQOANIEDgDjBA4AKAUOADQFDgDK3xIAhwUOANQFDgDhBQ4AKgYOADQGDgCABg4AjgYOANYGDgDsBg4ALAcOADgHDgCCBw4AjgcOANgHDgDrBw4ALggOAD0IDgCECA4AkAgOANoIDgDbCA4AMAkOADoJDgCGCQ4AlAkOANwJDgDhCQ4AMgoOAD8KDgAg4BIAlgoOAN4KDgD0Cg4ANAsOAEALDgCKCw4AkQsOAOALDgDoCw4ANgwOADsMDgCMDA4AlQwOAOIMDgDsDA4AOA0OAEANDgCODQ4Akg0OAOQNDgDmDQ4AOg4OAEgODgCQDg4Amg4OAOYODgD0Dg4APA8OAEkPDgCSDw4AqQ8OAOgPDgDwDw4APhAOAE4QDgCUEA4AmRAOAOoQDgDwEA4AQBEOAEgRDgCWEQ4AmxEOAOwRDgDtEQ4AQhIOAE4SDgCYEg4AnhIOAO4SDgDwEg4ARBMOAE4TDgCaEw4AqBMOAPATDgD1Ew4ARhQOAFMUDgAi4RIAohQOAPIUDgD3FA4ASBUOAE4VDgB44RIAoxUOAPQVDgABFg4AShYOAFcWDgCgFg4ArBYOAPYWDgAFFw4ATBcOAFYXDgCiFw4AsBcOAPgXDgD9Fw4AThgOAFsYDgCkGA4ArBgOAHriEgAGGQ4AUBkOAGAZDgCmGQ4ArxkOAPwZDgD/GQ4AUhoOAF4aDgCoGg4ArxoOANDiEgADGw4AVBsOAGEbDgCqGw4AtxsOAAAcDgAMHA4AVhwOAGUcDgCsHA4AthwOAAIdDgAQHQ4AWB0OAF0dDgCuHQ4Aux0OAAQeDgAMHg4AJuMSAGYeDgCwHg4AwB4OAAYfDgAPHw4AXB8OAF8fDgCyHw4Avh8OAAggDgAPIA4AfOMSAGMgDgC0IA4AvSAOAKRJEQDBIA4ACiEOABchDgBgIQ4AbCEOALYhDgDFIQ4ADCIOABYiDgBiIg4AcCIOALgiDgC9Ig4ADiMOABsjDgBkIw4AbCMOANLjEgDGIw4AECQOACAkDgBmJA4AbyQOALwkDgC/JA4AEiUOAB4lDgBoJQ4AbyUOACjkEgDVJQ4AFCYOABomDgBqJg4AdiYOAMAmDgDXJg4AFicOABgnDgBsJw4AdicOAMInDgDOJw4AGCgOACQoDgBuKA4AdCgOAMQoDgDKKA4AGikOAB8pDgBwKQ4AdikOAH7kEgDUKQ4AHCoOACkqDgByKg4AiSoOAMgqDgDQKg4AHisOACErDgB0Kw4AgCsOAMorDgDbKw4AICwOACwsDgB2LA4AhSwOAMwsDgDWLA4AIi0OAC4tDgB4LQ4Afy0OAM4tDgDWLQ4AJC4OAC4uDgB6Lg4Ahi4OANAuDgDTLg4AJi8OADAvDgDU5BIAli8OACrlEgDcLw4AKDAOACowDgB+MA4AhDAOANQwDgDeMA4AKjEOADIxDgDW5RIAgzEOAKJxEACLMQ4A1jEOANcxDgAsMg4ANjIOAIIyDgCtMg4ALOYSAOgyDgAuMw4AMDMOAIQzDgCSMw4A2jMOAOszDgCC5hIANjQOAIY0DgCSNA4A3DQOAN40DgAyNQ4ANTUOAIg1DgCNNQ4A3jUOAOs1DgA0Ng4AUDYOAIo2DgCSNg4ALucSAO02DgA2Nw4AUTcOAIw3DgCONw4A4jcOAPM3DgA4OA4ARjgOAI44DgCVOA4A5DgOAOw4DgA6OQ4APzkOAJA5DgCZOQ4A5jkOAPA5DgA8Og4APToOAJI6DgCbOg4A6DoOAPI6DgA+Ow4ARjsOAJQ7DgCkOw4A6jsOAPA7DgBAPA4ARTwOAJY8DgCsPA4A7DwOAPQ8DgBCPQ4ART0OAJg9DgBRPQ4A8D4OALg9DgDuPQ4A/D0OAEQ+DgBFPg4AhOcSAKo+DgDa5xIAAT8OAEY/DgBSPw4AnD8OAJ4/DgDyPw4A/z8OADDoEgBOQA4AnkAOAL5ADgD0QA4A/EAOAIboEgAAQQ4A0FkOAE1BDgCgQQ4AqkEOANzoEgD/QQ4ATEIOAGJCDgCiQg4AuEIOAPhCDgD6Qg4ATkMOAFRDDgCkQw4AuEMOAIjpEgAHRA4A3ukSAFdEDgCmRA4ArkQOAPxEDgAGRQ4AUkUOAF5FDgCoRQ4Aq0UOAP5FDgAIRg4ANOoSAF1GDgCqRg4AwEYOAABHDgAWRw4AVkcOAFhHDgCsRw4AskcOAAJIDgAWSA4A4OoSAFpIDgCuSA4AaEgOAKKcEADOSA4ANusSAAtJDgBaSQ4AYkkOALBJDgC6SQ4ABkoOABJKDgBcSg4AX0oOALJKDgC8Sg4AjOsSABFLDgBeSw4AdEsOALRLDgDKSw4ACkwOAAxMDgBgTA4AZkwOALZMDgDKTA4AOOwSAA5NDgBiTQ4AcE0OALhNDgDJTQ4AjuwSABVODgDk7BIAcE4OALpODgC9Tg4AEE8OABpPDgCQ7RIAb08OALxPDgDSTw4AElAOAChQDgBoUA4AalAOAL5QDgDEUA4AFFEOAChRDgA87hIAdlEOAMBRDgDCUQ4AFlIOADZSDgCS7hIAdlIOAMJSDgDOUg4AGFMOABtTDgBuUw4AeFMOAOjuEgDNUw4AGlQOADBUDgBwVA4AhlQOAMZUDgDIVA4AHFUOACJVDgByVQ4AhlUOAJTvEgDMVQ4AHlYOACZWDgB0Vg4AflYOAMpWDgDWVg4AIFcOACNXDgB2Vw4AgFcOAOrvEgDVVw4AIlgOADhYDgB4WA4AjlgOAM5YDgDQWA4AJFkOACpZDgB6WQ4AjlkOAJbwEgDXWQ4AJloOAC5aDgB8Wg4AhloOANJaDgDeWg4AKFsOACtbDgB+Ww4AiFsOAOzwEgDdWw4AKlwOAEBcDgCAXA4AllwOANZcDgDYXA4ALF0OADJdDgCCXQ4All0OAJjxEgDgXQ4ALl4OAPRdDgBOTRMANF4OALB2DwA+Xg4AhF4OAD9eDgAm3Q8AR14OAHjbDwCGXg4A2l4OAOheDgAwXw4AQV8OAO7xEgCNXw4ARPISAOVfDgBuVQ8A6F8OADJgDgA1YA4AiGAOAJFgDgDeYA4A72AOADRhDgA+YQ4AimEOAJJhDgDgYQ4ApmEOALakDwDjYQ4ANmIOAD9iDgCMYg4AomIOAOJiDgD4Yg4AOGMOADpjDgCOYw4AlGMOAORjDgD4Yw4AmvISAGJkDgCQZA4AuGQOAPDyEgDsZA4A8kEPAPJkDgCUZg4A82QOAKBDDwD1ZA4AnkIPAPZkDgA8ZQ4APmUOAJJlDgCgZQ4A6GUOAPllDgBG8xIARmYOAJzzEgCaZg4A6mYOAPBmDgBAZw4ARWcOAJZnDgCcZw4A8vMSAPhnDgBCaA4ASmgOAJ70EgCkaA4A7mgOAPhoDgBEaQ4ATWkOAJppDgCbaQ4A8GkOAPhpDgBGag4AS2oOAJxqDgCsag4ASvUSAP5qDgBIaw4ASmsOAJ5rDgCkaw4A9GsOAPtrDgBKbA4AT2wOAKBsDgCkbA4A9mwOAANtDgBMbQ4AVG0OAKJtDgCnbQ4A+G0OAAhuDgCg9RIAX24OAKRuDgCwbg4A+m4OAAlvDgBQbw4AWm8OAKZvDgC0bw4A/G8OAAlwDgBScA4AaXAOAPb1EgCrcA4AovYSAAFxDgBUcQ4ABXEOAHIJEwBccQ4AqnEOANJxDgAAcg4AKHIOAFZyDgB+cg4A+PYSALVyDgACcw4AA3MOAFhzDgBncw4ArnMOAG5zDgBcdQ4Av3MOAAR0DgAGdA4AWnQOAF10DgCwdA4As3QOAAZ1DgAOdQ4A+vcSAGF1DgCydQ4AuXUOAAh2DgARdg4AXnYOAG92DgC0dg4AwHYOAAp3DgASdw4AUPgSAGZ3DgC2dw4AvXcOAAx4DgAReA4AYngOAGZ4DgC4eA4AxXgOAA55DgAdeQ4AZHkOAHV5DgC6eQ4AvHkOABB6DgATeg4AZnoOAGl6DgC8eg4AxHoOAKb4EgAXew4ATsQOAB17DgASfxAAHnsOAGh7DgBrew4AvnsOAMh7DgD8+BIAHXwOAGp8DgB5fA4AwHwOAM98DgAWfQ4AIn0OAGx9DgBvfQ4Awn0OAMV9DgBS+RIAG34OAG5+DgCWfg4AqPkSAMx+DgD++RIAIn8OAFT6EgB+fw4Axn8OANd/DgAcgA4AKIAOAHKADgCVgA4AyIAOAMuADgAegQ4AQoEOAHSBDgB8gQ4AAPsSAMyBDgAggg4ALoIOAHaCDgCHgg4AVvsSANOCDgCs+xIAKoMOAFj8EgB9gw4AzoMOANuDDgAkhA4AJ4QOAHqEDgB/hA4A0IQOAOGEDgAmhQ4AMoUOAK78EgCBhQ4A0oUOAOOFDgAohg4ANIYOAH6GDgCYhg4A1IYOANiGDgDYiA4A24YOADKLDgDehg4AiowOAOCGDgDaiQ4A4oYOANaHDgDlhg4AKocOAC+HDgCAhw4Al4cOAAT9EgDjhw4ALIgOADyIDgCCiA4Ah4gOAFr9EgDaiA4ALokOADSJDgCEiQ4AkYkOALD9EgDgiQ4AMIoOADaKDgCGig4Ai4oOANyKDgDiig4ABv4SAD6LDgCIiw4AoYsOAN6LDgDniw4ANIwOAEuMDgBc/hIAkIwOAOCMDgDijA4ANo0OAEWNDgCMjQ4AmI0OALL+EgDkjQ4AOI4OAEmODgCOjg4AnI4OAOSODgDrjg4AOo8OADyPDgCQjw4Amo8OAOaPDgD0jw4APJAOAEGQDgCSkA4An5AOAOiQDgDwkA4APpEOAEKRDgCUkQ4AlpEOAOqRDgDwkQ4AQJIOAE2SDgAI/xIAo5IOAOySDgADkw4AQpMOAF6TDgBe/xIApJMOAO6TDgDvkw4ARJQOAEqUDgCalA4AppQOAPCUDgD/lA4ARpUOAEiVDgCclQ4AppUOAPKVDgAAlg4ASJYOAE2WDgCelg4Aq5YOAPSWDgD8lg4ASpcOAE6XDgCglw4AopcOAPaXDgD8lw4ATJgOAFmYDgC0/xIAr5gOAPiYDgAPmQ4ATpkOAGqZDgAKABMArZkOAPqZDgAImg4AUJoOAFqaDgCmmg4AspoOAPyaDgD/mg4AUpsOAG6bDgComw4AsJsOAGAAEwAKnA4AVJwOAFecDgCqnA4AtJwOAGIBEwAJnQ4AVp0OAGSdDgCsnQ4Atp0OAAKeDgAOng4AWJ4OAGCeDgAOAhMAsJ4OAASfDgASnw4AWp8OAGufDgBkAhMAt58OALoCEwALoA4AXKAOAGSgDgCyoA4AuKAOAAihDgARoQ4AXqEOAGuhDgBmAxMAuaEOAAqiDgDAoQ4AuKMOABOiDgBgog4AaqIOALaiDgC+og4ADKMOAFKjDgBiow4AaqMOALwDEwC+ow4ADqQOABSkDgBkpA4AbKQOALqkDgAApQ4AEKUOABilDgASBBMAbqUOAGgEEwDFpQ4AEqYOACCmDgBopg4AcqYOAL6mDgDKpg4AFKcOABenDgBqpw4AcqcOABQFEwDMpw4AFqgOABmoDgBsqA4AdqgOAGoFEwDKqA4AwAUTACapDgBuqQ4Af6kOAMSpDgDQqQ4AGqoOAB2qDgAWBhMAuKoOAMaqDgAOqw4AbAYTACyrDgByqw4AdKsOAMirDgDWqw4AHqwOAC+sDgDCBhMAkKwOAMqsDgDSrA4AGAcTACatDgBeIg8AM60OAHatDgCFrQ4AzK0OANitDgAirg4AI64OAHiuDgCCrg4Azq4OANyuDgAkrw4AKa8OAHqvDgCHrw4AbgcTAN6vDgAmsA4AM7AOAHywDgCEsA4AxAcTAN6wDgAosQ4AVLEOAH6xDgCKsQ4A1LEOAOOxDgAqsg4ANLIOAICyDgCOsg4A1rIOANuyDgAssw4AObMOAIKzDgCKsw4A2LMOAOazDgAutA4AO7QOAIS0DgCMtA4AGggTANy0DgAg2g8A6LQOADC1DgA6tQ4AhrUOAJK1DgDctQ4A47UOADK2DgA6tg4AiLYOAIy2DgDetg4A7LYOADS3DgA+tw4AircOAJW3DgDgtw4A6LcOADa4DgA4uA4AjLgOAJS4DgDiuA4A77gOADi5DgA9uQ4AjrkOAJu5DgDkuQ4AAroOADq6DgBrug4AkLoOAJy6DgDmug4A7LoOADy7DgBBuw4AkrsOAJq7DgDouw4A9LsOAD68DgBRvA4AlLwOAKK8DgDqvA4A9LwOAEC9DgBIvQ4Alr0OAKW9DgDsvQ4A8b0OAEK+DgBJvg4AmL4OAKS+DgDuvg4ACr8OAES/DgBMvw4AcAgTAJy/DgDwvw4A/r8OAEbADgBTwA4AnMAOAKrADgDywA4A/8AOAEjBDgBfwQ4AnsEOAKbBDgD0wQ4AAsIOAErCDgBXwg4AoMIOAKjCDgAcCRMABMMOAEzDDgBNww4AyAkTAK7DDgD4ww4A/8MOAB4KEwBVxA4ApMQOAKnEDgB0ChMAAsUOAMoKEwBYxQ4ApsUOAI7FDgBEGREAp8UOAKYbDwCpxQ4Aqh0PAK/FDgD8xQ4AsMUOAE4aDwC2xQ4AqBwPAMTFDgB4shAACcYOAFLGDgBdxg4AqMYOAKrGDgD+xg4AC8cOAFTHDgBbxw4AqscOALvHDgAAyA4ADMgOAFbIDgBdyA4ArMgOALTIDgAgCxMACMkOAFjJDgBeyQ4ArskOALPJDgAEyg4ACsoOAHYLEwBmyg4AsMoOALrKDgAGyw4ACssOAFzLDgBoyw4AsssOAL7LDgAIzA4AFcwOAF7MDgBmzA4AtMwOAL7MDgAKzQ4AFs0OAGDNDgBjzQ4Ats0OAMDNDgAiDBMADs4OAGLODgBlzg4AuM4OALvODgDODBMAFs8OACQNEwByzw4Aus8OALvPDgB6DRMAGNAOANANEwBr0A4AvNAOAMPQDgAS0Q4AF9EOACYOEwBw0Q4AfA4TAMbRDgAU0g4AHtIOAGrSDgB10g4AwNIOAM7SDgAW0w4AGdMOAGzTDgB00w4AwtMOAMzTDgAY1A4AJNQOAG7UDgBx1A4AxNQOAM7UDgDSDhMAKNUOAHDVDgCG1Q4AxtUOANLVDgAc1g4AI9YOAHLWDgB61g4AyNYOAM3WDgAe1w4AJ9cOAHTXDgB+1w4AytcOANLXDgAg2A4AItgOAHbYDgCG2A4AzNgOANbYDgAi2Q4ALtkOAHjZDgB+2Q4AztkOANbZDgB+DxMAMtoOAHraDgB72g4A1A8TANXaDgAqEBMAKNsOAHzbDgB92w4A0tsOANXbDgAo3A4AM9wOAH7cDgCD3A4A1NwOAN7cDgCAEBMATt0OAIDdDgCI3Q4A1hATANjdDgAs3g4APd4OAILeDgCT3g4A2N4OANveDgAsERMANN8OAITfDgCJ3w4A2t8OAN3fDgAw4A4AM+AOAIbgDgCO4A4AghETAOrgDgAy4Q4ANeEOAIjhDgCT4Q4A3uEOAOrhDgA04g4AO+IOAIriDgCS4g4A4OIOAOriDgBMxQ8A7uIOADbjDgBD4w4AjOMOAJTjDgDYERMA7uMOADjkDgA75A4AjuQOAJjkDgDk5A4A7OQOAC4SEwBG5Q4AkOUOAJblDgDm5Q4A8OUOADzmDgBQ5g4AkuYOAJrmDgCEEhMA9eYOAD7nDgBG5w4AlOcOAJfnDgDq5w4A9ucOAEDoDgBK6A4AlugOAJ/oDgDs6A4A7egOAELpDgBa6Q4AmOkOAJrpDgDu6Q4A/+kOAETqDgBV6g4AmuoOAKLqDgDw6g4A/+oOAEbrDgBI6w4AnOsOAK3rDgDy6w4AA+wOAEjsDgBh7A4AnuwOAKDsDgD07A4AA+0OAErtDgBq7Q4AMBMTAKLtDgD27Q4AFu4OAEzuDgBg7g4AiBQTAKruDgD47g4ABe8OAE7vDgBT7w4ApO8OAK7vDgD67w4AAvAOAFDwDgBW8A4ApvAOAK/wDgD88A4ACfEOAN4UEwBe8Q4AqPEOAK7xDgD+8Q4ABPIOAFTyDgBd8g4AqvIOAKvyDgAA8w4ACvMOAFbzDgBi8w4ArPMOALPzDgA0FRMACvQOAIoVEwBg9A4A4BUTALb0DgA2FhMAEPUOAFr1DgBq9Q4AsPUOALX1DgAG9g4ADPYOAFz2DgBo9g4AsvYOALr2DgCMFhMAGfcOAF73DgBv9w4AtPcOAMb3DgAK+A4AEvgOAGD4DgBr+A4AtvgOALv4DgAM+Q4AEfkOAGL5DgCC+Q4A4hYTAMj5DgAO+g4AGPoOAGT6DgBw+g4AuvoOAMD6DgAQ+w4AGPsOAGb7DgBo+w4AvPsOAHL7DgByAQ8AzfsOABL8DgAj/A4AaPwOAHr8DgC+/A4AxvwOABT9DgAf/Q4Aav0OAG/9DgDA/Q4Axf0OABb+DgA2/g4AOBcTAG7+DgDC/g4A0f4OABj/DgAj/w4Abv8OAID/DgDE/w4AzP8OABoADwAlAA8AcAAPAHUADwDGAA8AywAPABwBDwA8AQ8AjhcTAHQBDwDIAQ8A1wEPAB4CDwApAg8AdAIPAIYCDwDKAg8A0gIPACADDwArAw8AdgMPAHsDDwDMAw8A0QMPACIEDwBCBA8A5BcTAIUEDwDOBA8A5QQPADoYEwAxBQ8AegUPAJEFDwCQGBMA3QUPACYGDwAtBg8AfAYPAIoGDwDSBg8A3wYPACgHDwA/Bw8A5hgTAIYHDwA8GRMA1gcPACoIDwA4CA8AgAgPAJEIDwCSGRMA4wgPACwJDwBDCQ8A6BkTAIwJDwDYCQ8A5AkPAC4KDwAxCg8AhAoPAI4KDwA+GhMA9goPAJQaEwA4Cw8A6hoTAI4LDwDcCw8A3QsPAI4PDwDfCw8Aig0PAOMLDwCcFg8A5gsPADIMDwDrCw8AkhEPAOwLDwCQEA8ANwwPAPAVDwA+DA8AiAwPAIsMDwDeDA8A6AwPAEAbEwA8DQ8AlhsTAJMNDwDgDQ8Aqg0PAJgUDwDuDQ8ANg4PAEAODwCMDg8AmA4PAOIODwDlDg8AOA8PAEAPDwDsGxMAkA8PAOQPDwDnDw8AOhAPAD0QDwBCHBMAkhAPAOYQDwD0EA8APBEPAE0RDwDuHBMAlBEPAOgRDwD1EQ8APhIPAE0SDwCUEg8AoBIPAOoSDwD7Eg8AQBMPAFETDwCWEw8AohMPAOwTDwDzEw8AQhQPAEoUDwCaHRMAphQPAO4UDwDvFA8A8B0TAFAVDwCaFQ8AoRUPAEYeEwD3FQ8ARhYPAEsWDwDyHhMApRYPAPIWDwD4Fg8ASBcPAEoXDwCeFw8AqBcPAPQXDwACGA8AShgPAE8YDwCgGA8ArRgPAPYYDwAOGQ8ATBkPAGIZDwCiGQ8ApRkPAPgZDwAAGg8Anh8TAFoaDwCkGg8ApxoPAPoaDwAEGw8A9B8TAFgbDwBKIBMAqBsPAPwbDwD/Gw8AUhwPAFUcDwCgIBMAqhwPAP4cDwAMHQ8AVB0PAGUdDwBMIRMAsx0PAAAeDwAOHg8AVh4PABkeDwB83xAAYB4PAKweDwC4Hg8AAh8PAAUfDwBYHw8AYB8PAPghEwDIHw8ATiITAB4gDwBaIA8AdCAPAKQiEwC1IA8AuCQPAL4gDwBkJQ8AwCAPAAYhDwAIIQ8AXCEPAGohDwCyIQ8AwyEPAPoiEwAPIg8AUCMTAGQiDwC0Ig8AuSIPAAojDwAQIw8ApiMTAGYjDwC2Iw8AuyMPAAwkDwAiJA8AYiQPAGokDwBSJBMA2CQPAA4lDwAWJQ8AqCQTAHslDwC6JQ8AxyUPABAmDwAVJg8AZiYPAGwmDwC8Jg8AyCYPABInDwAZJw8AaCcPAHAnDwC+Jw8A4ScPAFQlEwAhKA8AaigPAHkoDwDAKA8AwigPABYpDwAfKQ8AbCkPAIMpDwDCKQ8AzSkPABgqDwAiKg8AbioPAHYqDwAAJhMAyioPABorDwAgKw8AcCsPAHUrDwDGKw8AzCsPAFYmEwA+LA8AciwPAHosDwACJxMA0SwPAB4tDwAfLQ8AdC0PAHwtDwDKLQ8A1S0PACAuDwAlLg8Adi4PAHsuDwDMLg8A7C4PAFgnEwAoLw8AeC8PAH8vDwDOLw8A0y8PACQwDwAoMA8AejAPAIcwDwDQMA8A2DAPACYxDwAxMQ8AfDEPAIExDwDSMQ8A1zEPACgyDwBIMg8AricTAI0yDwDUMg8A3zIPACozDwAyMw8AgDMPAIMzDwDWMw8AijMPANw2DwDiMw8ALDQPADY0DwCCNA8AizQPANg0DwDZNA8ALjUPADY1DwCENQ8AjzUPANo1DwDfNQ8AMDYPADU2DwCGNg8ApjYPAAQoEwDoNg8AMjcPADQ3DwCINw8AjjcPAN43DwDlNw8ANDgPADk4DwCKOA8AjjgPAOA4DwDtOA8ANjkPAD45DwCMOQ8AlzkPAOI5DwDnOQ8AODoPAD06DwCOOg8ArjoPAFooEwDsOg8AsCgTAEQ7DwCQOw8AmTsPAOY7DwDsOw8APDwPAEg8DwCSPA8AsDwPAOg8DwDpPA8APj0PAEA9DwCUPQ8AoT0PAOo9DwD4PQ8AQD4PAE8+DwCWPg8Asj4PAOw+DwD0Pg8AXCkTAFU/DwCYPw8AmT8PAO4/DwD6Pw8AREAPAFNADwCaQA8ApEAPAPBADwD8QA8ARkEPAE1BDwCyKRMApEEPAAgqEwD7QQ8ASEIPAFVCDwBeKhMAo0IPAPRCDwABQw8ASkMPAFRDDwC0KhMAokMPAPZDDwAMRA8ATEQPAFhEDwAKKxMAqkQPAG6CEADARA8A+EQPAABFDwBEwQ8AFkUPAE5FDwBWRQ8ApEUPAHBFDwBgphAApUUPAFJHDwCnRQ8AqkgPALBFDwC2phAAtEUPAPpFDwD8RQ8AUEYPAF5GDwCmRg8At0YPAGArEwAERw8AtisTAFRHDwCoRw8Aq0cPAP5HDwABSA8ADCwTAFxIDwBiLBMAtEgPAFqhDwDKSA8AAEkPAA5JDwBWSQ8AV0kPALgsEwC0SQ8ADi0TACVKDwBkLRMAZUoPAK5KDwC8Sg8ABEsPAA5LDwBaSw8AYksPALBLDwCxSw8AulAPAMtLDwBgTg8A3EsPAAZMDwAPTA8AXEwPAF1MDwCyTA8AwEwPAAhNDwASTQ8AXk0PAGpNDwC0TQ8Auk0PAApODwAmTg8Aui0TAG5ODwC2Tg8Aw04PAAxPDwAWTw8AYk8PAGRPDwC4Tw8Az08PAA5QDwAaUA8AZFAPAIBQDwAQLhMAy1APABBRDwASUQ8AZlEPAHBRDwC8UQ8AzFEPABJSDwAXUg8AaFIPAG5SDwC+Ug8A1FIPABRTDwAcUw8AalMPAG1TDwDAUw8AyVMPABZUDwAkVA8AbFQPAHZUDwDCVA8AzlQPABhVDwA0VQ8AZi4TAHtVDwDEVQ8AzFUPABpWDwAdVg8Adq8PACpWDwBwVg8AclYPAHSuDwB+Vg8AxlYPANNWDwAcVw8AKlcPAHJXDwB1Vw8AyFcPANNXDwAeWA8AKlgPAHRYDwB7WA8AylgPANJYDwAgWQ8AIlkPAHZZDwCGWQ8AzFkPANZZDwAiWg8ALloPAHhaDwB+Wg8AzloPANZaDwC8LhMAJlsPAHpbDwCIWw8A0FsPAN1bDwAmXA8AMlwPAHxcDwCCXA8A0lwPANVcDwAoXQ8AMF0PAH5dDwCAXQ8AiGIPAIFdDwAsXw8Ajl0PANRdDwDWXQ8APGcPANldDwAqXg8AM14PAIBeDwCNXg8A1l4PAN1eDwASLxMANV8PAIxkDwA2Xw8A2mAPAExfDwCCXw8AkF8PANhfDwDZXw8AaC8TADpgDwCEYA8Ai2APAL4vEwDcYA8AMGEPADZhDwCGYQ8AkGEPANxhDwDoYQ8AMmIPADliDwAUMBMAoWIPAN5iDwDjYg8ANGMPADpjDwCKYw8AlGMPAOBjDwDsYw8ANmQPAD1kDwBqMBMAm2QPAOJkDwDxZA8AOGUPAERlDwCOZQ8AkWUPAORlDwDnZQ8AOmYPAEpmDwCQZg8AmWYPAOZmDwD3Zg8AwDATAEpnDwCSZw8Ao2cPABYxEwDvZw8AbDETAEZoDwCUaA8AlmgPAJ5tDwCXaA8AQmoPAKRoDwDqaA8A7GgPAFJyDwDvaA8AQGkPAElpDwCWaQ8Ao2kPAOxpDwDzaQ8AwjETAEtqDwCibw8ATGoPAPBrDwBiag8AmGoPAKZqDwDuag8A72oPABgyEwBQaw8AmmsPAKFrDwBuMhMA8msPAEZsDwBMbA8AnGwPAKZsDwDybA8A/mwPAEhtDwBPbQ8AxDITALdtDwD0bQ8A+W0PAEpuDwBQbg8AoG4PAKpuDwD2bg8AAm8PAExvDwBTbw8AGjMTALFvDwD4bw8AB3APAE5wDwBacA8ApHAPAKdwDwD6cA8A/XAPAFBxDwBgcQ8ApnEPAK9xDwD8cQ8ADXIPAHAzEwBgcg8AqHIPALlyDwDGMxMABXMPABw0EwBccw8AqnMPANNzDwAAdA8ACHQPAFZ0DwBmdA8ArHQPAK50DwACdQ8AEHUPAFh1DwBpdQ8AcjQTALR1DwAEdg8AEHYPAMg0EwCIdg8AdDUTALl2DwAGdw8AE3cPAFx3DwB4dw8AsncPALp3DwDKNRMAGXgPAF54DwBgeA8AtHgPALV4DwAKeQ8ADXkPAGB5DwBseQ8AtnkPAL15DwAMeg8AKHoPAGJ6DwBqeg8AIDYTAMV6DwAOew8AHnsPAGR7DwBpew8AunsPAOV7DwB2NhMAFnwPAMw2EwBufA8AvHwPAL18DwAkhg8AwnwPACQ0EQDGfA8AEn0PAMh8DwBwgQ8AzHwPAMJ/DwDafA8AgIkPABd9DwBqLBEAHX0PAGAnEQAefQ8AaH0PAGt9DwC+fQ8AyH0PACI3EwAcfg8Aan4PAHB+DwDAfg8AyX4PABZ/DwAjfw8AbH8PAIh/DwB4NxMAxH8PABiADwDHfw8A1jcRACaADwBugA8Af4APAM43EwDKgA8AGoEPACaBDwAkOBMAdoEPAMaBDwDMgQ8AHIIPACGCDwBygg8AeIIPACY5EwDPgg8AKDoTACODDwB0gw8AfIMPAMqDDwDWgw8AIIQPADOEDwB2hA8AgoQPAMyEDwDbhA8AIoUPACuFDwB4hQ8AgoUPAM6FDwDahQ8A1DoTADWGDwB6hg8AhoYPANCGDwDShg8AJocPACmHDwB8hw8AiIcPANKHDwDahw8AKjsTADSIDwB+iA8AjogPANSIDwDgiA8AKokPADCJDwCAOxMAookPANaJDwDeiQ8ALIoPAFaKDwCCig8AjYoPANiKDwDkig8ALosPAD+LDwCEiw8AhYsPANY7EwDgiw8AMIwPAD2MDwAsPBMAk4wPANyMDwDzjA8AMo0PAF2NDwCIjQ8AkI0PAN6NDwDojQ8ANI4PAECODwCKjg8AjY4PAOCODwDqjg8AgjwTAD6PDwCMjw8Ako8PAOKPDwDrjw8AOJAPAEWQDwCOkA8AqpAPANg8EwDmkA8AOpEPAOuQDwCqng8AR5EPAJCRDwCXkQ8A5pEPAOiRDwA8kg8AQpIPAJKSDwCZkg8A6JIPAACTDwA+kw8AQ5MPAJSTDwBKkw8AQJQPAJ2TDwDqkw8A9JMPAC49EwBGlA8AlpQPAJyUDwDslA8A8ZQPAEKVDwBIlQ8AhD0TAJmVDwDulQ8A/5UPAESWDwBQlg8AmpYPAKSWDwDwlg8A/JYPAEaXDwBNlw8A2j0TAJ6XDwDylw8Ap5cPAO5DEQD1lw8ASJgPAGiYDwCemA8AppgPADA+EwAFmQ8ASpkPAFGZDwCgmQ8AqJkPAPaZDwD5mQ8ApJsPAAaaDwBMmg8ATpoPAKKaDwCwmg8A+JoPAAmbDwCGPhMAVZsPANw+EwCtmw8A+psPAAmcDwBQnA8AX5wPAKacDwCynA8A/JwPAP+cDwBSnQ8AVZ0PAKidDwC4nQ8A/p0PAAeeDwBUng8AZZ4PADI/EwCvng8AAJ8PAAmfDwBWnw8AYJ8PAKyfDwC0nw8AAqAPACCgDwBYoA8AdqAPAK6gDwDMoA8ABKEPACKhDwCIPxMAYaEPALChDwC1oQ8ABqIPALyhDwAIow8AD6IPAFyiDwBmog8AsqIPAM6iDwDePxMADqMPAF6jDwBkow8AtKMPANCjDwA0QBMANKQPAOBAEwCKpA8ANkETAL6kDwA4QhMAIqUPAGKlDwBkpQ8AuKUPAL6lDwAOpg8AIqYPAGSmDwBspg8AuqYPAOSmDwCOQhMAGacPAGanDwBzpw8AvKcPAMqnDwASqA8AHKgPAGioDwCCqA8AvqgPAMuoDwAUqQ8AIKkPAGqpDwB0qQ8AwKkPAMipDwDkQhMAHaoPAGyqDwB0qg8AOkMTAJqqDwA8RBMAzqoPABirDwAfqw8AbqsPAHarDwCQQxMAiqsPAAJSEwDGqw8AGqwPACusDwBwrA8AeKwPAMasDwDQrA8AHK0PACitDwByrQ8Ada0PAMitDwDSrQ8AkkQTADquDwDoRBMAgq4PAMquDwDbrg8APkUTACevDwCURRMAf68PAMyvDwDbrw8AIrAPADGwDwB4sA8AhLAPAM6wDwDRsA8AJLEPACexDwB6sQ8AirEPANCxDwDZsQ8AJrIPADeyDwDqRRMAfrIPANKyDwCIsg8AfrMPANWyDwAosw8AMLMPAEBGEwCEsw8A1LMPAOCzDwAqtA8AMrQPAJZGEwCMtA8A1rQPANm0DwAstQ8ANrUPAOxGEwCHtQ8A2LUPAO61DwAutg8AL7YPAIS2DwCVtg8A2rYPAOa2DwAwtw8AOrcPAIa3DwCStw8AQkcTAOi3DwAyuA8ANbgPAIi4DwCSuA8A7kcTAOG4DwA0uQ8AN7kPAIq5DwCWuQ8A4LkPAOa5DwA2ug8AQLoPAERIEwCRug8A4roPAO+6DwA4uw8AO7sPAI67DwCquw8A5LsPAOy7DwCaSBMAQrwPAPBIEwCYvA8ARkkTAOm8DwA8vQ8A/bwPAP6fEABcvQ8Akr0PAKa9DwCcSRMA6b0PAD6+DwBEvg8AlL4PAKC+DwDqvg8A+b4PAEC/DwBCvw8Alr8PAKC/DwDsvw8A+L8PAELADwBJwA8A8kkTAKTADwBIShMA9sAPAJ5KEwBHwQ8ASMMPAFTBDwCawQ8AnMEPAPDBDwD+wQ8ARsIPAFfCDwCkTRMAo8IPAPpNEwD6wg8AUE4TAGjDDwCeww8ArMMPAPTDDwD1ww8Apk4TAFbEDwCgxA8Ap8QPAPxOEwAZxQ8AAFETAFjFDwCixQ8ApcUPAPjFDwACxg8AVlETAFbGDwCkxg8AssYPAPrGDwAHxw8AUMcPAFjHDwCsURMAqccPAPzHDwAIyA8AUsgPAFjIDwCoyA8AssgPAFhSEwADyQ8AVMkPAGHJDwCqyQ8ArckPAADKDwAVyg8AVsoPAF7KDwCuUhMArsoPAALLDwAQyw8AWMsPAGnLDwAEUxMAtMsPAATMDwAQzA8AWlMTAGDMDwCwzA8AtswPAAbNDwALzQ8AXM0PAGLNDwAGVBMAus0PAAjODwAUzg8AXs4PAGTODwC0zg8Aus4PAArPDwAPzw8AYM8PAGbPDwBgVhMAxc8PAAzQDwAb0A8AYtAPAGvQDwC40A8AvtAPAA7RDwAU0Q8AZNEPAHDRDwC60Q8AwdEPABDSDwAY0g8ADFcTAHDSDwC80g8Ax9IPABLTDwAe0w8AaNMPAG7TDwC+0w8AxtMPABTUDwAg1A8AatQPAHDUDwDA1A8AxtQPABbVDwAb1Q8AbNUPAHLVDwBiVxMAydUPABjWDwAm1g8AbtYPAHvWDwDE1g8A29YPABrXDwA21w8AcNcPAHjXDwC4VxMA2dcPABzYDwAe2A8ActgPAIjYDwDI2A8AydgPAB7ZDwAv2Q8AdNkPAIDZDwAOWBMA5tkPAGRYEwA22g8AdtoPAHfaDwDM2g8A3doPACLbDwAu2w8AulgTAH3bDwDO2w8A1NsPACTcDwBE3A8AetwPAIbcDwDQ3A8A19wPABBZEwAy3Q8AfN0PAH7dDwDS3Q8A8t0PAGZZEwAv3g8AvFkTAIPeDwDU3g8A5N4PACrfDwAy3w8AgN8PAIrfDwDW3w8A4t8PACzgDwAv4A8AguAPAIzgDwASWhMA3eAPAN7jDwDm4A8ALuEPAD7hDwCE4Q8AlOEPANrhDwAC4g8AMOIPAFjiDwCG4g8AruIPAL5aEwDo4g8AMuMPADTjDwCI4w8AqOMPAMJcEwDr4w8ANOQPAEDkDwCK5A8AsuQPAODkDwAI5Q8ANuUPAF7lDwAYXRMAkuUPAOLlDwDn5Q8AOOYPAD7mDwAcXxMAluYPAMhfEwDw5g8AOucPAD3nDwCQ5w8AmucPAObnDwDu5w8AdGATAEroDwCS6A8AmegPAOjoDwDw6A8APukPAEvpDwCU6Q8AmekPAOrpDwD06Q8AQOoPAEjqDwCW6g8ApuoPAOzqDwD66g8AQusPAE/rDwCY6w8ApusPAO7rDwDx6w8AROwPAE/sDwCa7A8AouwPAPDsDwAJ7Q8ARu0PAFLtDwCc7Q8ArO0PAPLtDwD37Q8ASO4PAE7uDwCe7g8Aqu4PAPTuDwD87g8AymATAFTvDwCg7w8Ao+8PAPbvDwD+7w8ATPAPAE3wDwCi8A8ApPAPAPjwDwD+8A8ATvEPAFrxDwCk8Q8AsfEPAPrxDwAE8g8AUPIPAFjyDwCm8g8AqPIPAPzyDwAJ8w8AUvMPAFnzDwCo8w8AsPMPAP7zDwAC9A8AVPQPAFb0DwCq9A8ArfQPAAD1DwAI9Q8AVvUPAGX1DwCs9Q8ArvUPAAL2DwAP9g8AWPYPAGf2DwCu9g8AuvYPAAT3DwAV9w8AWvcPAGv3DwCw9w8AvPcPAAb4DwAN+A8AXPgPAHv4DwAgYRMAxvgPAAj5DwAJ+Q8AXvkPAGr5DwC0+Q8A0PkPAAr6DwAS+g8AdmETAGj6DwAiYhMAwvoPAAz7DwAS+w8AYvsPAGj7DwC4+w8A0PsPAA78DwAY/A8AZPwPAHD8DwC6/A8AvfwPABD9DwAa/Q8AZv0PAH79DwC8/Q8AzP0PABL+DwAU/g8AaP4PAHb+DwC+/g8Az/4PAHhiEwAa/w8Aav8PAHb/DwDOYhMAyP8PAHpjEwAiABAAbAAQAG8AEADCABAAzAAQANBjEwAaARAAbgEQAHwBEADEARAA1QEQAHxkEwAhAhAA0mQTAHgCEAAoZRMAzgIQACpmEwAeAxAAcgMQAH8DEADIAxAA1wMQAB4EEAAkBBAAdAQQAIAEEADKBBAAzAQQACAFEAAqBRAAdgUQAIQFEADMBRAA0QUQACIGEAAvBhAAeAYQAIQGEADOBhAA4QYQACQHEAAzBxAAegcQAIYHEADQBxAA0QcQACYIEAAwCBAAfAgQAIoIEADSCBAA1wgQACgJEAA1CRAAgGYTAIgJEADUCRAA4gkQACoKEAAtChAAgAoQAJAKEADWChAA5AoQACwLEAA4CxAAggsQAIkLEADYCxAA3wsQAC4MEAA6DBAAhAwQAIUMEADaDBAA5gwQADANEAA9DRAAhg0QAI0NEADcDRAA6A0QADIOEAA/DhAAiA4QAJcOEADeDhAA8g4QADQPEABADxAAig8QAJ0PEADgDxAA7w8QADYQEABCEBAAjBAQAI0QEADiEBAA7BAQADgREABGERAAjhEQAJMREADkERAA8REQANZmEwA7EhAAkBIQAKESEADmEhAA9BIQADwTEABLExAAkhMQAJQTEADoExAA8hMQAD4UEABMFBAAlBQQAJkUEADqFBAA9xQQAEAVEABPFRAAlhUQAJsVEADsFRAA+RUQAEIWEABMFhAAmBYQAKQWEADuFhAAARcQAEQXEABOFxAAmhcQAKYXEADwFxAAAxgQAEYYEABVGBAAnBgQAKgYEADyGBAA8xgQAEgZEABSGRAAnhkQAKwZEAD0GRAA+RkQAEoaEABXGhAALGcTAKUaEAD2GhAAAxsQAEwbEABWGxAAohsQAKgbEAD4GxAA+hsQAE4cEABbHBAApBwQAKccEAD6HBAACB0QAFAdEABcHRAAph0QALMdEAD8HRAABh4QAFIeEABhHhAAqB4QAK0eEAD+HhAACx8QAFQfEABhHxAAqh8QALYfEAAAIBAADyAQAFYgEABgIBAArCAQALogEAACIRAAByEQAFghEABlIRAAriEQALohEAAEIhAAFyIQAFoiEABpIhAAsCIQALwiEAAGIxAAByMQAFwjEABmIxAAsiMQAMAjEAAIJBAADSQQAF4kEABrJBAAgmcTAMckEAAKJRAAGSUQAGAlEABsJRAAtiUQALclEAAMJhAAFiYQAGImEABwJhAAuCYQAL0mEAAOJxAAGycQANhnEwB3JxAAuicQAMknEAAQKBAAHCgQAGYoEABnKBAAvCgQAMYoEAASKRAAICkQAGgpEABtKRAAvikQAMspEAAuaBMAFioQAGoqEAB4KhAAwCoQAM0qEAAWKxAAIisQAGwrEAByKxAAwisQANMrEAAYLBAAGiwQAG4sEAB3LBAAxCwQANEsEAAaLRAAKS0QAHAtEAB7LRAAxi0QANItEAAcLhAALy4QAHIuEACBLhAAyC4QANQuEAAeLxAAHy8QAHQvEAB+LxAAyi8QANgvEAAgMBAAJTAQAHYwEACDMBAAhGgTANkwEAAiMRAAMDEQAHgxEACCMRAAzjEQANwxEAAkMhAAJjIQAHoyEACLMhAA0DIQAN4yEAAmMxAAVzMQAHwzEAB+MxAA0jMQANwzEAAoNBAANjQQAH40EACDNBAA1DQQAOE0EAAqNRAANjUQAIA1EACTNRAA1jUQAOU1EAAsNhAAODYQAII2EACDNhAA2DYQAOI2EAAuNxAAPDcQAIQ3EACJNxAA2jcQAOc3EADaaBMAMjgQAIY4EACIOBAA3DgQAOs4EAAyORAAQTkQAIg5EACUORAA3jkQAOE5EAA0OhAANzoQAIo6EACQOhAA4DoQAOw6EAA2OxAAOTsQAIw7EACROxAA4jsQAOs7EAA4PBAAPjwQAI48EACdPBAA5DwQAPA8EAA6PRAASj0QAJA9EACSPRAA5j0QAPQ9EAA8PhAATT4QADBpEwCYPhAA6D4QAPQ+EACGaRMAUT8QAJQ/EACjPxAA6j8QAPY/EABAQBAAQUAQAJZAEACgQBAA7EAQAPpAEABCQRAAR0EQAJhBEAClQRAA3GkTAPpBEABEQhAATkIQAJpCEADGQhAA8EIQAPdCEABGQxAAX0MQAJxDEACrQxAA8kMQAAFEEABIRBAATUQQAJ5EEACrRBAA9EQQAAFFEABKRRAAVkUQAKBFEACvRRAA9kUQAABGEABMRhAAWkYQAKJGEACnRhAA+EYQAAVHEABORxAAWkcQAKRHEAC3RxAA+kcQAAlIEABQSBAAXEgQAKZIEACnSBAA/EgQAAZJEABSSRAAYEkQAKhJEACtSRAA/kkQAAtKEAAyahMAZUoQAKpKEAC7ShAAAEsQAAxLEABWSxAAbUsQAKxLEACuSxAAAkwQABNMEABYTBAAW0wQAK5MEAC4TBAABE0QAAZNEABaTRAAZE0QALBNEAC8TRAABk4QABJOEABcThAAb04QALJOEADBThAACE8QABRPEABeTxAAX08QALRPEAC+TxAAClAQABhQEABgUBAAZVAQALZQEADDUBAAiGoTAA5REABiURAAbFEQALhREADAURAA3moTACFSEABkUhAAcFIQALpSEADJUhAAEFMQABlTEABmUxAAcFMQALxTEADKUxAAElQQABdUEABoVBAAdVQQAL5UEADKVBAAFFUQACdVEABqVRAAeVUQAMBVEADMVRAAFlYQABdWEABsVhAAdlYQAMJWEADQVhAAGFcQAB1XEABuVxAAe1cQADRrEwDGVxAAGlgQACRYEABwWBAAeFgQAIprEwDLWBAAHFkQADJZEAByWRAAc1kQAMhZEADZWRAAHloQACpaEAB0WhAAfloQAMpaEADYWhAAIFsQACVbEAB2WxAAg1sQAMxbEADYWxAAIlwQADVcEAB4XBAAh1wQAM5cEADaXBAAJF0QACVdEAB6XRAAhF0QANBdEADeXRAAJl4QACteEAB8XhAAiV4QAOBrEwDUXhAAKF8QADJfEAB+XxAAhl8QADZsEwDqXxAAKmAQADZgEACAYBAAhWAQANZgEADfYBAALGEQADZhEACCYRAAjmEQANhhEADrYRAALmIQAD1iEACEYhAAkGIQANpiEADbYhAAMGMQADpjEACGYxAAlGMQANxjEADhYxAAMmQQAD9kEACMbBMAimQQAN5kEADoZBAANGUQADxlEADibBMAl2UQAOBlEADvZRAANmYQAEFmEACMZhAAmGYQAOJmEADxZhAAOGcQAFhnEACOZxAAmmcQAORnEADrZxAAOmgQAEhoEACQaBAAlWgQAOZoEADyaBAAPGkQAE9pEACSaRAAoWkQAOhpEAD0aRAAPmoQAD9qEACUahAAnmoQAOpqEAD4ahAAQGsQAEVrEACWaxAAo2sQADhtEwDuaxAAQmwQAExsEACYbBAAoGwQAI5tEwALbRAARG0QAFVtEACabRAApm0QAPBtEAADbhAARm4QAFVuEACcbhAAqG4QAPJuEADzbhAASG8QAFJvEACebxAArG8QAPRvEAD5bxAASnAQAFdwEADkbRMAonAQAPZwEAAAcRAATHEQAFRxEAA6bhMAv3EQAPhxEAAJchAATnIQAFpyEACkchAAt3IQAPpyEAAJcxAAUHMQAFxzEACmcxAAp3MQAPxzEAAGdBAAUnQQAGB0EACodBAArXQQAP50EAALdRAAkG4TAFZ1EACqdRAAtHUQAAB2EAAIdhAA5m4TAGd2EACsdhAAwHYQAAJ3EAAGdxAAWHcQAFp3EACudxAAwncQAAR4EAAHeBAAWngQAHd4EACweBAAwXgQAAZ5EAASeRAAXHkQAG95EACyeRAAwXkQAAh6EAAUehAAXnoQAF96EAC0ehAAvnoQAAp7EAAYexAAYHsQAGV7EAC2exAAw3sQADxvEwAOfBAAYnwQAGx8EAC4fBAAwHwQAJJvEwAQfRAAZH0QAHJ9EAC6fRAAy30QAOhvEwAXfhAAPnATAIl+EABAcRMAxH4QAEJyEwAYfxAAaH8QAG1/EAC+fxAAwn8QABSAEAAhgBAAmHITAG+AEADAgBAAxIAQABaBEAAYgRAAbIEQAIWBEADCgRAA04EQABiCEAAkghAA7nITAHGCEAAkiBAAeoIQAMSCEADXghAAGoMQABuDEABwgxAAfIMQAMaDEADVgxAAHIQQACaEEAByhBAAfoQQAMiEEADPhBAARHMTACaFEAB0hRAAdoUQAIyREAB3hRAAfooQAHqFEADKhRAAgIUQANiMEACBhRAABvoQANaFEAAghhAAL4YQAHaGEACChhAAzIYQANqGEAAihxAAPYcQAHiHEACEhxAAzocQANWHEACacxMAMYgQAHqIEAB8iBAA0IgQANGIEAAmiRAAKYkQAHyJEACHiRAA0okQANeJEAAoihAAMooQAPBzEwCLihAA1IoQANaKEAAqixAAK4sQAICLEACDixAA1osQAOGLEAAsjBAAMYwQAIKMEACMjBAARnQTAOuMEAAujRAAL40QAISNEACQjRAA2o0QAOmNEAAwjhAAOo4QAIaOEACSjhAA3I4QAOOOEACcdBMAOo8QAIiPEACKjxAA3o8QAO2PEAA0kBAAPpAQAIqQEACTkBAA4JAQAOKQEAA2kRAAR5EQAEh1EwCbkRAA4pEQAOyREAA4khAAQZIQAI6SEACQkhAA5JIQAPWSEAA6kxAAQpMQAJCTEACukxAA5pMQAO6TEAA8lBAASJQQAJKUEACllBAA6JQQAOmUEAA+lRAASpUQAJSVEACjlRAA6pUQAPSVEABAlhAATJYQAJaWEACdlhAAnnUTAP2WEABClxAAU5cQAJiXEACglxAA7pcQAPWXEABEmBAAUpgQAJqYEACqmBAA8JgQAACZEABGmRAAYpkQAPR1EwCpmRAA8pkQAAmaEABImhAAUJoQAJ6aEACsmhAA9JoQAP6aEABKmxAAVpsQAKCbEAC2mxAA9psQAPmbEABMnBAAaJwQAEp2EwCsnBAA+JwQAACdEABOnRAAXZ0QAKSdEACpnRAA+p0QAAeeEABQnhAAWp4QAKaeEAConhAA/J4QAAqfEABSnxAAX58QAKifEACrnxAAoHYTAAmgEABUoBAAXqAQAKqgEACyoBAAAKEQAA+hEABWoRAAW6EQAKyhEAC5oRAAAqIQAAyiEABYohAAWqIQAK6iEAC8ohAABKMQABGjEABaoxAAXaMQAPZ2EwCzoxAABqQQABKkEABcpBAAY6QQALKkEAC6pBAACKUQACGlEABepRAAcqUQALSlEADQpRAACqYQABKmEACidxMAaKYQAPh3EwDDphAADKcQABOnEABipxAAaqcQALinEAC9pxAADqgQAB6oEABkqBAAbKgQALqoEADIqBAAEKkQAB2pEABmqRAAc6kQALypEADIqRAAEqoQABiqEABoqhAAcKoQAL6qEADKqhAAFKsQACerEABqqxAAeasQAMCrEADMqxAAFqwQABesEABsrBAAdqwQAMKsEADQrBAAGK0QAB2tEABurRAAe60QAE54EwDHrRAAGq4QACSuEABwrhAAcq4QAMauEADVrhAAHK8QADyvEAByrxAAeq8QAMivEADSrxAAHrAQACSwEAB0sBAAdrAQAMqwEADZsBAAILEQACyxEAB2sRAAfrEQAKR4EwDqsRAAIrIQAECyEAD6eBMAlrIQAM6yEADsshAAJLMQACyzEAB6sxAAibMQANCzEADSsxAAJrQQAC+0EAB8tBAAf7QQANK0EADetBAAKLUQAC+1EAB+tRAAhrUQANS1EADttRAAKrYQAD62EACAthAAnLYQANa2EADethAAUHkTAEq3EACCtxAAoLcQAKZ5EwDxtxAALrgQADO4EACEuBAAn7gQANq4EADmuBAAMLkQADi5EAD8eRMAmbkQANy5EADruRAAMroQAD66EACIuhAAiboQAN66EADouhAANLsQAEK7EACKuxAAj7sQAOC7EADtuxAAUnoTADq8EACMvBAAjrwQAOK8EADlvBAAOL0QAEC9EACOvRAAmL0QAOS9EADvvRAAOr4QAEa+EACQvhAAmL4QAKh6EwD0vhAAPL8QAEK/EACSvxAAnr8QAOi/EAD3vxAAPsAQAEjAEACUwBAAnMAQAOrAEAD5wBAAQMEQAELBEACWwRAAn8EQAOzBEADvwRAAQsIQAE7CEACYwhAAoMIQAP56EwD+whAARMMQAEzDEACawxAApMMQAPDDEAD7wxAARsQQAFLEEACcxBAApMQQAFR7EwD3xBAASMUQAFnFEACexRAAr8UQAPTFEAD5xRAASsYQAE7GEACgxhAArsYQAPbGEAADxxAATMcQAGPHEACixxAAqscQAPjHEAAEyBAATsgQAGHIEACkyBAAs8gQAPrIEAAGyRAAUMkQAFHJEACmyRAAsMkQAPzJEAAKyhAAUsoQAFfKEACoyhAAtcoQAKp7EwAEyxAAVMsQAGLLEACqyxAAt8sQAADMEAAXzBAAVswQAF7MEACszBAAt8wQAALNEAAEzRAAWM0QAGXNEACuzRAAtc0QAATOEAAVzhAAWs4QAGjOEACwzhAAvc4QAAbPEAAdzxAAXM8QAGTPEACyzxAAt88QAAjQEAAY0BAAXtAQAGbQEAC00BAAvtAQAArREAAV0RAAYNEQAGzREAC20RAAvtEQAFZ8EwAl0hAAYtIQAGfSEAC40hAA09IQAA7TEAAa0xAAZNMQAGzTEACsfBMAzdMQABDUEAAf1BAAZtQQAHLUEAC81BAAvdQQABLVEAAc1RAAaNUQAHbVEAC+1RAAw9UQABTWEAAh1hAAAn0TAHLWEADA1hAAwtYQABbXEAAj1xAAbNcQAHHXEADC1xAAzNcQABjYEAAj2BAAbtgQAHrYEADE2BAAytgQABrZEAAi2RAAcNkQAHzZEADG2RAA2dkQABzaEAAr2hAActoQAH7aEADI2hAAydoQAB7bEAAo2xAAdNsQAILbEADK2xAAz9sQACDcEAAt3BAAWH0TAHvcEADM3BAA29wQACLdEAAx3RAAeN0QAIHdEADO3RAA1N0QACTeEAAq3hAAet4QAIbeEADQ3hAA194QACbfEABC3xAArn0TAIbfEADS3xAA3t8QACjgEAAr4BAAfuAQAIjgEAAEfhMA3OAQAFp+EwAy4RAAsH4TAIjhEAAGfxMA3uEQACziEAAt4hAA5ukQADniEACC4hAAQOIQADbnEABD4hAAnvAQAEXiEABQ9BAAg+IQANjiEADu4hAALuMQADbjEACE4xAAhuMQADTmEACS4xAA2uMQAOLjEABcfxMA5+MQADDkEAAz5BAAhuQQAJDkEADc5BAA3uQQADLlEABD5RAAiOUQAJnlEADe5RAA5uUQALJ/EwA75hAAiuYQAJHmEADg5hAA6OYQAAiAEwA45xAAjOcQAJLnEADi5xAA7+cQADjoEABA6BAAjugQAJDoEADk6BAA6+gQADrpEABB6RAAkOkQAJjpEABegBMA8+kQADzqEAA96hAAkuoQAKjqEADo6hAA8OoQAD7rEABA6xAA7u0QAEzrEACU6xAAnOsQALSAEwCh6xAA6usQAO3rEABA7BAASuwQAJbsEACY7BAA7OwQAP3sEABC7RAAU+0QAJjtEACg7RAACoETAPXtEABE7hAAS+4QAJruEACi7hAAYIETAPruEABG7xAASO8QAJzvEACt7xAA8u8QAAPwEABI8BAAUPAQALaBEwCj8BAAWPgQAKrwEAD08BAACvEQAErxEABS8RAAoPEQAK7xEAD28RAAA/IQAEzyEABP8hAAovIQAKzyEAD48hAA+vIQAE7zEABf8xAApPMQALXzEAD68xAAAvQQAAyCEwBZ9BAApvQQALP0EAD89BAAA/UQAFL1EABj9RAAqPUQALT1EAD+9RAABvYQAGKCEwBh9hAAqvYQAK32EAAA9xAACvcQAFb3EABY9xAArPcQAL33EAAC+BAAE/gQALiCEwBg+BAArvgQAMX4EAAE+RAAEPkQAFr5EABk+RAAsPkQALj5EAAOgxMAB/oQAFz6EABy+hAAsvoQALr6EAAI+xAAFvsQAF77EABm+xAAZIMTAGv7EAC0+xAAt/sQAAr8EAAU/BAAYPwQAGL8EAC2/BAAx/wQAAz9EAAd/RAAYv0QAGr9EAC6gxMAvv0QAA7+EAAT/hAAZP4QAH/+EAC6/hAAyP4QABD/EAAX/xAAZv8QAHL/EAC8/xAAwv8QABIAEQAVABEAaAARAHIAEQC+ABEAxAARABQBEQAWAREAagERAHQBEQDAAREAzAERABYCEQAtAhEAbAIRAIACEQDCAhEA3gIRABgDEQAgAxEAEIQTAHADEQDEAxEA0gMRABoEEQArBBEAZoQTAHcEEQC8hBMA1AQRABwFEQAmBREAcgURAH0FEQDIBREA0AURAB4GEQAqBhEAdAYRAIcGEQDKBhEA2QYRACAHEQAsBxEAdgcRAHcHEQDMBxEA1gcRACIIEQAwCBEAeAgRAH0IEQDOCBEA2wgRAGiFEwAsCREAegkRAIQJEQDQCREA1QkRACYKEQAuChEAfAoRAIIKEQDSChEA3goRACgLEQAuCxEAfgsRAIcLEQDUCxEA4QsRACoMEQAyDBEAgAwRAIEMEQDWDBEA2AwRACwNEQAvDREAgg0RAIUNEQAUhhMA7g0RAC4OEQA2DhEAhA4RAJAOEQDaDhEA4A4RADAPEQA2DxEAhg8RAIsPEQAyEBEAtA8RANwPEQDkDxEAwIYTADgQEQAWhxMAnhARAN4QEQDgEBEANBERAEEREQCKEREAkRERAOAREQDoEREANhIRAEYSEQCMEhEAjhIRAOISEQDwEhEAOBMRAEkTEQDChxMAlRMRABiIEwDyExEAOhQRAEQUEQCQFBEAmxQRAOYUEQDuFBEAPBURAEgVEQCSFREApRURAOgVEQD2FREAPhYRAEgWEQCUFhEAnBYRAOoWEQD5FhEAQBcRAEUXEQCWFxEAnRcRAOwXEQD4FxEAxIgTAIEYEQCYGBEA1xgRAO4YEQD2GBEAGokTAG4ZEQCaGREAphkRAPAZEQD2GREARhoRAEwaEQCcGhEAoRoRAPIaEQD4GhEAcIkTAEkbEQCeGxEApBsRAPQbEQD5GxEAShwRAFkcEQCgHBEArBwRAPYcEQD5HBEATB0RAE8dEQCiHREAqh0RAPgdEQAHHhEATh4RAFMeEQCkHhEAuh4RAPoeEQD7HhEAUB8RAGEfEQCmHxEAsh8RAPwfEQAGIBEAUiARAF4gEQCoIBEAryARAMaJEwAOIREAVCERAGAhEQCqIREAuSERAAAiEQAUIhEAViIRAGUiEQCsIhEAvSIRAAIjEQAOIxEAHIoTAFojEQCuIxEAvCMRAAQkEQAVJBEAcooTAGAkEQCwJBEAvCQRAMiKEwAMJREAXCURAGIlEQCyJREAtyURAAgmEQAOJhEAyosTAGMmEQC0JhEAtiYRAAonEQAbJxEAIo0TAGwnEQC2JxEAvCcRAAwoEQAYKBEAYigRAGooEQB4jRMAvigRAA4pEQAaKREAZCkRAGwpEQDOjRMAxikRABAqEQATKhEAZioRAHAqEQAkjhMAvioRABIrEQAgKxEAaCsRAHkrEQDQjhMAxCsRABQsEQAgLBEAJo8TAHIsEQDALBEAwywRABYtEQAiLREAbC0RAHgtEQDCLREAyi0RANKPEwAjLhEAbi4RAHouEQDELhEAzC4RACiQEwAjLxEAcC8RAIEvEQDGLxEA1y8RABwwEQAkMBEAcjARAHUwEQDIMBEA0jARAB4xEQAgMREAdDERAIMxEQDKMREA6jERACAyEQAoMhEAdjIRAIAyEQDMMhEA0jIRACIzEQAkMxEAeDMRAIczEQDOMxEA2jMRAH6QEwAwNBEAejQRAJg0EQDQNBEA1jQRACY1EQAvNREAfDURAIk1EQDSNREA2jURACg2EQA+NhEAfjYRAIA2EQDUNhEA7zYRACo3EQA2NxEAgDcRAI03EQDUkBMA3DcRACw4EQA0OBEAgjgRAJg4EQDYOBEA3TgRAC45EQA0OREAhDkRAJA5EQDaOREA4jkRACqREwA9OhEAhjoRAJY6EQDcOhEA4ToRADI7EQA4OxEAiDsRAJ47EQDeOxEA4DsRADQ8EQA+PBEAijwRAJg8EQDgPBEA5TwRADY9EQBDPREAgJETAJs9EQDiPREA6z0RADg+EQBCPhEAjj4RAJw+EQDkPhEA6T4RADo/EQBHPxEAkD8RAJg/EQDmPxEA9j8RADxAEQA+QBEAkkARAKBAEQDoQBEA+UARANaREwBFQREALJITAJlBEQDqQREA8EERAEBCEQBIQhEAlkIRAKBCEQDsQhEA7kIRAEJDEQBFQxEAmEMRALhDEQDYkhMA+kMRAEREEQBKRBEAmkQRAKZEEQDwRBEA+EQRAC6TEwBSRREAnEURAKJFEQDyRREA/kURAEhGEQBQRhEAhJMTAKBGEQD0RhEAAkcRAEpHEQBbRxEA2pMTAK1HEQD2RxEADUgRADCUEwBWSBEAokgRAK5IEQD4SBEA+0gRAE5JEQBYSREAhpQTALVJEQD6SREAAUoRAFBKEQBYShEApkoRALNKEQD8ShEAAUsRAFJLEQBcSxEAqEsRALBLEQD+SxEADUwRAFRMEQBZTBEAqkwRAMBMEQAATREAAU0RAFZNEQBkTREArE0RAL1NEQACThEADk4RAFhOEQBgThEAMpUTALJOEQBYAQAAtk4RALYAEwC6ThEAFqoPABBPEQASCQAAYk8RAGBSEQAVUREAVisAAGJREQBaLQAAcFIRAHg8AAAPUxEAfj8AAGVTEQDkRwAAEFQRANi3EAARVBEAlEoAABVUEQACswMAGFQRAO7bBwBoVBEADl0AABRVEQBwYwAAalURAN5vAAAVVhEAlnYAAHdWEQCofwAAwlYRAASDAAAWVxEADIcAAMhXEQB0kAAAi1gRAMJYEQAkWxEAoNEAACJcEQC43QAAeFwRACDnAAAkXREA6PUAANhdEQBQ/wAARl4RAKb/AAB6XhEA/P8AANpeEQAIBgEAhF8RALYHAQDZXxEAwAwBAJtgEQDSFQEA3mARAN4bAQBHYREAfmERAPBhEQAqYhEAMmIRAIBiEQCMYhEAQiMBAN5iEQDyJQEAnmMRANhjEQDgYxEALmQRADBkEQBWLQEAkGQRAGIzAQA4ZREAyjwBAJRmEQBSVgEAPGcRAARaAQBQZxEA0rgSAFhnEQDOthIAr2cRAFpaAQDmZxEAslsBAEhoEQAMXgEAkWgRABJhAQDmaBEAFmMBAPBpEQDmdQEAVGoRAJBqEQCYahEAPHYBAPVqEQCWeAEAnmsRAFaDAQALbBEArIMBAEpsEQBahQEAnGwRAOpsEQD0bBEAsIUBAEptEQC6igEAUG8RAJikAQCibxEA8G8RAABwEQDupAEAqHARAPaoAQD6cBEASHERAFhxEQBMqQEAAHIRAAiyAQCydBEAzB4HAFZ1EQByPQIAWnURACA/AgBedREAmM8BAGp1EQA8TQIABHYRAAwBEwAFdhEAEncMAAh2EQCe0gEAGHYRANLXDABadhEA8MURAG52EQD00gEAgHYRAOZDEwCvdhEAStMBALJ2EQDmYg0AYHcRAFTYAQC2dxEAqtgBAGR4EQAM3wEAC3kRABjlAQC3eREAIOkBAAd6EQBaehEAZnoRAMzpAQBkexEAsnsRALV7EQAUfA4AvnsRAITwAQAdfBEANPMBAH98EQC0fBEADn0RALjMDQAafREApgECADd9EQA69gEAbH0RAJz8AQAYfhEAUAECAMR+EQCoAgIAKn8RAP4CAgDGfxEAfKoLAMp/EQCqAwIAGYARAKwEAgAggREAFg8CAMeBEQC49QwAyoERACAUAgDMgREAeAQPAByCEQC+BBMALoIRAGqCEQDIghEAFoMRANyCEQCKHgIAGYMRAIyLDQAggxEAopYNACODEQC2dQ0AJoMRAAxNDgAngxEAalEOADGDEQAkFgIAN4MRAEqVDQDEgxEAghoCAOyDEQAcqw4AJoQRADAcAgB6hBEAMh0CAOOHEQACMAIAUpYRAOy7DQD6lhEAPpcRAKaXEQDqlxEAUJgRACqDDABWmBEAeu0CAJuZEQBwshIAoJkRAESaEQC0mREASp0RALyZEQB4thIAwpkRAJr9AgBGmhEAOgwNAEiaEQCQjQ0AS5oRAA5ECQBOmhEA8P0CAFOaEQBG/gIAVZoRAN7NBABnmhEAVFATAHuaEQB2GgUAqpwRALoNAwBSnREAoJ0RAKGdEQCONg0Aqp0RABYAEACvnREAXiAOAL+dEQAeYBMAAJ4RAMQSAwD7nhEAFjwDAP6eEQDS/goA/54RAJwpAwABnxEAKBoDAAKfEQDeHwMABJ8RAMQ/BAAFnxEAOCIDAAafEQBUMAMAB58RANgcAwAInxEAZjsEAA6fEQA+JQMAN58RAEIYEQBWohEAyGoDAFqiEQAgQQMAXqIRADBdDQC2ohEAekMDAAilEQCyXwMAdaYRAN51AwAhpxEA8n8DANOnEQD6gwMAE6gRAFqJAwAOqREA0poDAGqpEQC4qREAxqkRACydAwC+qhEAfLIPAMiqEQDopQMAv6sRALK1AwAbrREA4s0DAMGtEQBI1gMAfq4RAMKuEQAjrxEAFugDAICvEQDErxEA1a8RABzrAwAesREANE8FAB+xEQCoBgQAJrERALwaCQDLsREAsAoEAM+xEQDaKQkAzbIRANwgBADXsxEASCwEAIe0EQCkLwQAQLURAHq1EQCCtREA0LURAN+1EQBeNwQAMLYRALo6BADbthEADPUMAN62EQBoPAQAMLcRAH63EQBEtxEAGLESAIi3EQC+PAQAMrgRAHRCBACPuBEAeEQEADK5EQCESgQAirkRAADpCQDbuREAPFEEAOa6EQC2YwQAOLsRAJpGEgCiuxEA3LsRAOS7EQAyvBEAP7wRANx2BABBvBEA0pwEAEO8EQASZwQA8b0RAKCDBADuvhEAxpYEAEC/EQCOvxEAn78RAB6YBACfwBEARqwEAPDAEQCirwQAlMERAFy3BAD5wREAFL4EAATCEQAsygQAEcIRACDEBAATwxEAgsoEALXDEQCQ0QQA8sMRAPLXBACfxBEAZucEAKTEEQAKwwkApcQRALzGCQCnxBEAqr0JAArFEQBExREATMURAJrFEQDyxREAcNMNAPjFEQBusRIA+sURAGzqBAD8xREAxtcPABPGEQByXxMANsYRAMD/DwBOxhEAcu0EAMnGEQDyxhEA/cYRAHTuBACoxxEAKvQEAFnIEQDk+wQA+cgRAPYEBQD8yBEAbBcGAGjJEQCkBgUAr8kRAAoPBQCxyREA+gYFAP7JEQBWCgUAAsoRAFoMBQAEyxEAuhEFAAvMEQDQHAUAVcwRANohBQAezxEAWM8RAGDPEQCuzxEAvc8RAM5GBQAN0BEAiE4FAAjREQDuVgUAE9ERADYCCQBf0REASloFAGPSEQDIbgUAbdIRALhmBQC60hEAFGoFAL7SEQAYbAUAKNQRAGLUEQBq1BEAuNQRAL3UEQDwggUAx9QRAOB6BQAU1REAPH4FABjVEQBAgAUAHNcRAHKZBQDE1xEAhKIFAHDYEQBWtgUAO9kRACDGBQCS2REAgMsFANHZEQCEzQUAKNoRAObTBQB62hEA6NQFAMzaEQAa2xEAJNsRAD7VBQBz2xEARNgFACXcEQCq4AUA5NwRAB7dEQAm3REAdN0RAHrdEQBs7AUA4N0RAB7wBQCM3hEAjPwFANDeEQCgBgYAh98RAKYJBgAz4BEAthEGAOHgEQAcGgYAmOERANLhEQDa4REAKOIRADjiEQCGJAYAVOIRAOQoBgCK4hEAiCUGANziEQAq4xEANOMRAN4lBgBI5BEAguQRAIrkEQDY5BEA4eQRAKo2BgA45REArjgGAPblEQAw5hEAOOYRAIbmEQCH5hEAxEMGAIvmEQBSiwYAk+YRAH5LBgCV5hEAZD4GAOLmEQDAQQYA5uYRAKKIBgDo5xEALk4GAJToEQA+VgYA6ugRAJxaBgA86REAnlsGAPDpEQCuYwYAquoRAOTqEQDs6hEAOusRAETrEQC+awYAk+sRAMxyBgBY7BEAkuwRAJrsEQDo7BEA9ewRACp3BgD37BEAPoEGAEPtEQAyewYA8O0RAJqEBgBI7hEAnoYGALTvEQDu7xEA9u8RAETwEQBT8BEAtpIGAKTwEQASlgYAqvIRADyrBgAQ8xEASvMRAGbzEQCg8xEArfMRAJSsBgC+9BEA+PQRAAD1EQBO9REAUfURAGK+BgAx9hEAfMsGAKn2EQCG0AYArfYRAChXDABf9xEAPtcGAKv3EQBG2wYACvkRAGjsBgBi+REAyPEGAGD6EQBAswkAdPoRAOqyCQDK+hEABPsRAAz7EQBa+xEAXfsRANj5BgDM+xEABvwRAA78EQBc/BEAa/wRAIr9BgC9/BEAQgQHAAz+EQC4FAcAvf4RAGj6DQDC/hEAWswPAMX+EQBoFwcAxv4RAKzKDwAY/xEAcBsHACoAEgBkABIAbAASALoAEgDDABIALCQHABoBEgAwJgcAywESAD4tBwArAhIAqDcHAMECEgBkQAcAbQMSACRLBwAZBBIAklcHACIFEgBWZAcAeAUSALJnBwDQBRIADmsHADYGEgBwBhIAeAYSAMYGEgDVBhIAJHYHANYGEgBmbAcAKAcSAGhtBwB6BxIAyAcSANIHEgC+bQcAeggSAIB5BwAjCRIAOoEHANQJEgDshAcAlAoSAM4KEgDWChIAJAsSADMLEgBUjgcAhgsSALCRBwDYCxIAJgwSADUMEgAIkwcA4QwSABSZBwAyDRIAcJwHAIsNEgCIqAcAjQ0SAHyiBwCcDhIA1g4SAN4OEgAsDxIAng8SANgPEgDgDxIALhASADsQEgBYuwcAkRASAAi+BwDoEBIAusEHAIgREgAcyAcAPhISACrPBwDpEhIA/uMHAEIUEgB8+AcAlBQSAOIUEgDxFBIA1PkHAF4VEgAs+wcAmhYSAI4BCADyFhIA7AUIAEQXEgCSFxIAoRcSAEQHCAAOGBIAnAgIAEMZEgBQDQgAmxkSAF4UCABHGhIAziEIAPMaEgCSLggAqhsSAEg0CAD9GxIAoDUIAKIcEgBUOggAZB0SAJ4dEgCmHRIA9B0SAE0eEgC8QwgABR8SAGxGCAC+HxIA+B8SAAAgEgBOIBIAWCASAH5PCACyIBIALFEIAAkhEgA2VggAWiESAJRaCAAFIhIA8l4IAAojEgD+ZAgAXCMSAKojEgCsIxIAVGUIAHIkEgCsJBIAtCQSAAIlEgAgJhIAWiYSAGImEgCwJhIAzicSAAgoEgAQKBIAXigSAGgoEgACkggAJikSAGApEgBoKRIAtikSAMApEgBEswgAzCkSACSjCAARKhIAKKUIAGwqEgDkrQgAwysSAMbJCADHKxIAtMAIAB4sEgDAxggAZywSAMTICAAcLRIAyssIAGstEgDQzggAHi4SADDUCAB2LhIAktoIACIvEgCY3QgAeC8SAO7dCADeLxIAGDASACAwEgBuMBIAfTASAJ7gCAAnMRIAYOwIAIAxEgAY8wgAjjISAMgyEgDQMhIAHjMSAC0zEgCA/AgAIzQSAHY0EgCQNBIA9AsJAOg0EgAiNRIAKjUSAHg1EgCHNRIA/A8JAAQ2EgCqEQkAljYSANA2EgDYNhIAJjcSAIs3EgBcFQkA2DcSALgYCQCKOBIAvhsJAOY4EgAcIAkAhzkSAICoCQCKORIA0CQJAN05EgDSJQkA4joSAEw4CQA4OxIABD8JAIs7EgAGQAkAojwSANw8EgDkPBIAMj0SAD49EgB2TQkAkD0SAN49EgDiPRIAzk4JAEQ+EgB8UAkA/D4SADY/EgA+PxIAjD8SALY/EgDuXgkA5z8SAFJmCQBUQBIAdnwLAJZAEgDkQBIAHEESALJrCQCzQRIA5kESAOtCEgBGiwkA8UMSABKcCQBKRRIAmEUSAL1GEgDwRhIAD0cSAEZHEgCsRxIAnrcJAFBIEgD+vAkA+kgSAAbBCQBZShIAYG8KAFtKEgAezQkAqEoSAHrQCQCwTBIA5NoJAP9MEgBI4gkABk0SAELfCQAITxIAVk8SAAVQEgB0+AkAEFESAIoDCgBkUhIAslISANtSEgCyFwoAelMSALRTEgC8UxIAClQSABlUEgDCHwoAZlQSAB4jCgBqVBIAsGwKABFVEgAiJQoAalUSALhVEgDhVRIAfCcKAGxWEgAuKwoA41YSAIQrCgBuWBIAAD8KAHZZEgAORgoAeFoSAHROCgDeWhIAyk4KACdbEgAgTwoAdFsSAHxSCgAmXBIAglUKAIxcEgDYVQoA1VwSAC5WCgAiXRIAilkKAJ5eEgDKXhIAPF8SAHZfEgB+XxIAzF8SAH1gEgBocwoAfmESAIB/CgA7YhIASI4KAO5iEgAoYxIAMGMSAH5jEgCIYxIABpgKAFhlEgDIowoAhmYSAFK+CgDjZhIACMQKAIhnEgDEzAoA7GcSACDQCgCSaBIAjtwKAJVqEgAi/AoAUWwSAEIMCwDrbBIATBELAEltEgCoFAsABG4SAD5uEgBGbhIAlG4SAOxuEgBkHQsACHASAEJwEgBKcBIAmHASAMJwEgB+KgsATXESAOAwCwCicRIA8HESAP5xEgCMMQsATHISAOYzCwD/chIA8DgLAElzEgD4PAsAU3QSAAxHCwBWdBIAuEcLAK91EgDSVAsA/XUSACpWCwBbdhIAhlkLAKx2EgA2XAsA/XYSAIxcCwB0dxIApncSAG54EgBQaQsA0ngSAKZpCwAIehIAVnoSAH96EgBecAsAinoSAApxCwBmfBIAEnULAMB8EgBueAsAE30SAMZ5CwDRfRIACH4SAMF+EgB+gAsAD38SAIaECwAOgBIApJMLAGmAEgBgnAsAEIESALidCwCWgRIAwKELANCBEgDIpQsAFYISACKoCwDCghIA4rILANKCEgBuzgsAKoQSAP7ACwBvhBIAWMMLANaEEgCyxQsA4IYSABqHEgAihxIAcIcSAH2HEgA63wsA04cSAEDiCwB/iBIA8uULAD2JEgB0iRIA3IkSAJydEgDpiRIAIIoSANiKEgBi8wsA2ooSAAjxCwCKixIAzosSADKMEgDK/AsA4IwSAIwIDAA+jhIAshsMAN+OEgC6HwwAOI8SAMYlDACOjxIALC4MAOOPEgAuLwwAiJASAOQ0DABKkRIAhJESAIyREgDakRIATpISAFRCDAA1kxIAtkgMAEuUEgDKUgwA8JQSADBbDACclRIAQmQMAFSWEgCOlhIAlpYSAOSWEgBWlxIAkJcSAJiXEgDmlxIAlZgSAMSxEgCamBIA6JgSAJyYEgCy+A8ArpgSAE73EgDymBIAvncMAJqZEgB0fQwAqJsSAEyUDAC3mxIA7psSAEycEgBEkAwAqZwSAJqQDADznRIADqAMAFafEgDQqwwAbp8SAPrEDgConxIA9p8SABSgEgAmrAwAvqASAPigEgAAoRIATqESALKhEgAsrwwAbKISADKyDAAYoxIAjrUMABqkEgBUpBIAXKQSAKqkEgAcpRIAVqUSAF6lEgCspRIAEKYSAKbBDADKphIABKcSAAynEgBapxIAvqcSAFzHDADOqBIACKkSABCpEgBeqRIAwqkSAMDODAB8qhIAxtEMACirEgAi1QwAwqwSAAqkDwAYrRIAYKQPAIKtEgC8rRIAxK0SABKuEgCIrhIAkuIMAByvEgASIw0AyrASANoSEwDMsRIAAkoPAOCxEgDiQRMA8rESABqyEgAishIAZn4QAEiyEgBadg8AnrISAMayEgAfsxIAHjUTAI6zEgDIsxIA0LMSAB60EgCAtBIAbvsMAOa0EgAgtRIAKLUSAHa1EgDYtRIAIK0OADi2EgAiKw0AgLcSANKwDgCGtxIAggUNAOq3EgAyCA0A2rgSACi5EgA3uRIA/hoOAIa5EgBMdxMA5boSAJoRDQDvuhIAQhANAOS7EgBMFQ0AoLwSANq8EgDivBIAML0SAI++EgBeHg0AosASACovDQBAwRIA7jsNAJzCEgC4Sw0AnMMSAL5ODQDtxBIApJkOAPDEEgDcXw4A9MQSAChZDQD6xBIAGKkOAJ7FEgDsxRIA9sUSADJeDQAKxxIARMcSAEzHEgCaxxIASMgSAExrDQChyBIA/m4NAKjKEgBqeg0A/soSAEzLEgBYyxIAxn0NAATMEgAigQ0ArMwSAPrMEgARzRIAgoYNAAbSEgC4oQ0AtdISAGymDQAT1RIA+MENAMjVEgAM1hIAxdYSAMTSDQDI1hIAbNENAMjXEgAe1Q0ActgSACDWDQDK2BIAJtkNAIvZEgC+2RIA3NkSAILcDQA42hIA5OINAM7aEgA64w0AIt0SAHDdEgBy3RIAqO8NAMvdEgBU8A0A0t0SAK7yDQA84BIAduASAH7gEgDM4BIA1uASAIgKDgCU4RIAzuESANbhEgAk4hIAM+ISAJ4VDgCA4hIA+hgOACzjEgBaHg4A2OMSALojDgDX5BIAfC8OAIPlEgDSLw4AjOUSAAh4DwA05hIAMDQOAIrmEgDY5hIAPOcSAOA2DgCS5xIAmj4OAOToEgAy6RIANekSAPZBDgDq6RIAUEQOADzqEgCK6hIAjeoSAFRGDgBC6xIABEkOAJTrEgDi6xIA5esSAAhLDgCa7BIADk4OAOzsEgA67RIARO0SAGRODgCY7RIA5u0SAOntEgBmTw4Amu4SAGxSDgDw7hIAPu8SAEHvEgDEUw4A8u8SAEDwEgBD8BIAzFcOAPTwEgBC8RIARfESANRbDgD68RIAhl8OAPjyEgDmZA4AGPMSALJUEwBi8xIAPmYOAPXzEgBI9BIA9/QSAJhoDgD+9BIA8moOAK72EgD+cA4AsPYSACQFDwBW9xIApPcSAP/4EgA+aA8ABPkSAKr6EgBe+RIAGH4OALr6EgBwfw4AEPsSAMqBDgBi+xIAzIIOAMj7EgAC/BIAX/wSAJiTDgBi/BIA/psOAGf8EgB4gw4Ac/wSAOKNDgAW/xIAlpIOAML/EgCimA4A2QATAKpQEwAYARMAQj8PAC8BEwD+TxMANgETAIpAEwBQARMAjuYPAGoBEwC4ARMAuwETAACdDgAeAhMArp4OAHACEwCwnw4AwgITABADEwAaAxMABqAOAMEEEwC8pQ4AyAQTAMCnDgBtBRMAwqgOAO0GEwB0rA4AdgcTANCvDgAPCRMA9EoTAIcJEwBwAhAAyQkTAKLDDgAsCxMAAskOAH4LEwDMCxMA5QsTAFrKDgAlDBMAeAwTAPIMEwAOzw4Ang0TABDQDgBKDhMAaNEOANoOEwAoDxMAMg8TABrVDgDVDxMAwqoPANwPEwD2xA8A5RATANbdDgDfEhMA6OYOAM8TEwDcExMAJRQTADIUEwCOFhMACPcOAJgWEwBs/g4ATBkTANQHDwCgGRMA1ggPAPAZEwCCCQ8AQRoTANoKDwBDGxMANA0PAEocEwCYHBMA9hwTAEQdEwDxHRMARBUPAE4eEwCcHhMA+h4TAEgfEwD3HxMAUBsPAKggEwD2IBMAVCETAKIhEwCsIhMAsCAPAAYjEwAIIg8AriMTAPwjEwAMJBMAYCMPAMskEwD+JBMAsyUTABQoDwAMJhMAxCoPAHomEwCsJhMAzikTAJxBDwB8KxMA/EYPACgsEwBUSA8A1CwTAKxJDwBpLxMALmAPACIxEwDoZw8AGTITAERrDwDSMxMA/nIPAHs0EwCudQ8A9zYTAGZ8DwAlNxMAFH4PAIA3EwB+ZRMA1zcTAMSADwDaNxMAyIIPACc4EwB6OBMAljgTANA4EwApORMAfDkTAJg5EwDSORMAMDoTAH46EwCIOhMAHoMPANw6EwDMjBMAMDsTACiIDwA6PBMAhowPAIU8EwA2jw8A4DwTANRlEwDvPRMAxgIQAJI+EwBOmw8ASEITAA59EACaQxMAgLQPAJVEEwAerg8ASkUTACCvDwBKRxMAmEcTAKJHEwDctw8AUkgTAIy6DwA9SxMASksTAJNLEwCgSxMA6UsTAPZLEwA/TBMATEwTAJVMEwCiTBMA60wTAPhMEwCwTRMAnMIPABZOEwDywg8Ap04TAErEDwAYTxMAUk8TAFpPEwCoTxMAWVETAE7GDwBmUhMA/sgPAA1TEwCuyw8AdlMTALBTEwAiVBMAXFQTANpUEwAIVRMAMFUTAF5VEwCGVRMAtFUTANxVEwAKVhMAEVYTANjgDwBoVhMAtlYTALtWEwC2zw8AEVgTAMrZDwByWRMAKN4PABVaEwBoWhMA5loTABRbEwA8WxMAalsTAJJbEwDAWxMA6FsTABZcEwA+XBMAbFwTAEBdEwBuXRMAll0TAMRdEwDsXRMAGl4TAEJeEwBwXhMAmF4TAMZeEwB+XxMABiURAIJfEwBYIxEAe2ATADzoDwDYYBMASu8PAJVhEwDMYRMAQWITALb6DwCBYhMAFP8PAO1iEwAkYxMA2GMTACZkEwA2ZBMAGAEQAIhkEwAaAhAA52QTACQJEQA5aRMAkj4QAJJpEwA+PxAAkGoTAAxREAA8axMAxFcQAOhrEwDSXhAAlGwTAIhkEABAbRMA7GsQAOxtEwCgcBAAmG4TAFR1EABEbxMADHwQAPRvEwAQfhAAWHATAJRwEwCccBMA6nATAKR0EwDydBMAEHUTADKPEABWeBMAxK0QAMJ4EwDMsRAAbnkTACy3EAAIehMAhrkQAFp6EwA2vBAAr3oTAOa+EAADexMA7sIQAGR7EwDyxBAAxnsTAAB8EwBYfBMADNIQALh8EwC60xAAF30TAGrWEABgfRMAdtwQACB+EwDU4BAAcIITAFT2EAAghBMAbgMRAHKEEwBwBBEAxIQTABKFEwAWhRMAxgQRAHCFEwC+hRMAHIYTAGqGEwAehxMAbIcTAM6HEwCOExEAIIgTAG6IEwByiBMA5BMRAJuJEwBIGxEAe4oTAFokEQDLihMAHosTAEaLEwB0ixMAzYsTACCMEwBIjBMAdowTAOOMEwBeJhEAeo0TALgoEQDYjRMAuikRACyOEwB6jhMAio4TALwqEQDZjhMAvisRACmPEwB8jxMA3I8TABguEQA4kBMAGi8RADiREwAwOhEA4pETAD5BEQA0khMAgpITAJKSEwCUQREAMpMTAEZFEQCUkxMAnkYRAOiTEwCgRxEAOJQTAExIEQCJlBMA3JQTAA==","fail":"AAAAAAAAAABmiQAAQM4BAFrZAACEUAcAkMsBAFA4CADIEgIAXB0NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAAAAAADIEgIA6A0NAGD2DQC29g0ADPcNAGL3DQC49w0ADvgNAGT4DQC6+A0AEPkNAGb5DQC8+Q0AEvoNAAAAAACEUAcAkMsBAJDLAQAimAMADDUCAGI1AgASew4ATsQOAH7vAgDU7wIANBwBALLkBQCyzQ8AIpgDAMgSAgBM3AUAurMAABC0AABmtAAAvLQAABK1AAByDgAAyBICAFwdDQDG/g0AHP8NAHL/DQDI/w0AHgAOAAAAAACEUAcAyBICAFgZDAD4LgQAujYCALDrCQCeKAIAZokAAM5AAgDGWBAAHFkQANzGAQBOJwAAyBICAMx8CwAifQsAkkkAALiRBQAqlgAAgJYAAIbIAgA4MAoAjjAKAMgSAgDoDQ0AYPYNALb2DQAM9w0AYvcNALj3DQAO+A0AZPgNALr4DQCG/QcADkwNAFYAAABWAAAAHnkKAJDLAQCSSQAAyBICAIb9BwAqwwEAAAAAACqWAAB8rAwA5LUMAOgeAACGGAAAUDgIAKY4CACQyQAA5skAADzKAADSGQMAOCIDAI4iAwC07woAiBkAAK4ZDACocA4AWAEAAK4BAAAEAgAAWgIAALACAACG/QcADkwNAFYAAABWAAAAkqEBAGxpBAAqlgAAZLMAAJDLAQA2SgIASt0GAMgSAgBcHQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAB+0gkA1NIJAAAAAADKkAAAzJMBAJDLAQDmywEAcg4AAMgSAgCSoQEAbGkEAMJpBABWAAAATKkBAKKpAQD4qQEATqoBAKSqAQD6qgEAUKsBAAAAAADSGQMAFjwDACrDAQCAwwEA1sMBAFhEDAA0iAwAiogMAHqADADQgAwAJoEMAHyBDABOKwIAIn0LAPpWAgDi2QkAONoJAI7aCQBQOAgAyBICAGbSDwD24wkAyBICABJ7DgASfxAAPkoAAJRKAADqSgAAQEsAAJZLAADsSwAAAAAAALDrCQCY5QwAhv0HAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAH7SCQDU0gkAAAAAAMqQAAAqlgAAcg4AAMyVAgDYLAsAUDgIAMgSAgCG/QcAYjEAALgxAAAOMgAAZDIAAKJEDwCeKAIAZokAAEDOAQDoHgAAUDgIAMgSAgBcHQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAAw1AgBiNQIASKsDAJ6rAwD0qwMASqwDAHqADADQgAwAMhkAAIgZAACuGQwAqHAOAFgBAACuAQAABAIAAFoCAACwAgAAWtkAAGA0AgBUcw8AqnMPAFgZDACQSgEA5koBAIbIAgDMkwEAUDgIAOi9DwBYGQwArhkMAKhwDgBYAQAArgEAAAQCAABaAgAAokQPAJ4oAgBmiQAAQM4BAOgeAABQOAgAyBICAFwdDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAADDUCAGI1AgBIqwMAnqsDAPSrAwBKrAMAeoAMANCADAAyGQAAiBkAAK4ZDACocA4AWAEAAK4BAAAEAgAAWgIAALACAABa2QAAYDQCAFRzDwCqcw8AWBkMAJBKAQDmSgEAhsgCAMyTAQBQOAgA6L0PAGaJAABAzgEAhnQDANIZAwAWPAMAYjEAALgxAAAOMgAAZDIAAKJEDwByDgAA6B4AAD4fAACUHwAA6h8AAEAgAACiRA8ATicAAORZCQCQywEAdqkMAMyVAgCiRA8ANBwBAAQ9CAByDgAAKsMBAD51AAC+JQ4ATOYKAKTtDQDYHAMAurMAABC0AABmtAAAvLQAABK1AABotQAAWBkMAK4ZDACocA4AWAEAAK4BAAAEAgAAWgIAALACAAA0HAEAxOUBAHIOAADMlQIAyBICAJ4oAgAcAxAAXB0NAPSxBgCG/QcA5JAPALiRBQAOkgUAIpQBAAAAAABkswAAZLMAACqWAAByDgAAKsMBAMgSAgDoDQ0A6L0PAIYYAAC6YwMAKpYAAFA4CADIEgIAHhMCAKoZDQCQywEAyBICAMqQAAByDgAA6B4AAMgSAgAAAAAAhhgAACRsAgA22woA3BgAAFrZAACGGAAAyBICAOgNDQCmOAgAMDgQAIY4EACeKAIAZokAAEDOAQDoHgAAAAAAAJDLAQC6NgIAZokAALyJAAASigAAaIoAAL6KAAAUiwAAuDMBAFA4CADovQ8AhhgAALpjAwAqlgAAUDgIALo2AgAqlgAAgJYAANTrAABE/QIAnigCAGaJAAD2CggAujYCAFA4CACeKAIAujYCACqWAACAlgAA1OsAAET9AgDKkAAAnigCAJKhAQBsaQQAZLMAAMgSAgAkbAIAemwCANBsAgDIEgIAftIJANTSCQCSSQAAuJEFAA6SBQAqlgAAhsgCANzIAgAyyQIAyBICAFhEDAA0iAwAiogMAHqADADQgAwAJoEMAHyBDADOAg4Axv4NACrRCADooQEAWtkAACqWAACGGAAA3BgAAN5GAQA0RwEAcg4AAFxIDQBWAAAAVgAAAB55CgCQywEAkkkAANgsCwBQOAgAujYCAGaJAACQyQAA5skAADzKAAC6NgIANBwBAIocAQDa2QsAAAAAAJKhAQBsaQQAKpYAAIYYAACSSQAAyBICAOgNDQBg9g0AtvYNAAz3DQBi9w0AuPcNAA74DQBk+A0AuvgNAIb9BwAOTA0AVgAAAFYAAAAeeQoAkMsBAJJJAADIEgIAXB0NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAARM4AAJBKAQDmSgEAkkkAANxHAgDMygcAZosBAE5uDgDIEgIAftIJANTSCQAAAAAAypAAACqWAAByDgAAzJUCANgsCwBQOAgAyBICAJ4oAgAimAMAyBICAIb9BwDoHgAAPh8AAJQfAADqHwAAypAAAJJJAADoSQAAPkoAAIYYAACSSQAAYmgGAGSzAABM1gIAVFkCAGJoBgCEUAcA9uMJAMgSAgBYGQwAkqEBAMqQAADgHgIAzJMBACKUAQDIEgIAZokAAJDJAADmyQAACtwAAFwdDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAA7s0AAH7SCQDU0gkAAAAAAMqQAADMkwEAkMsBAObLAQAAAAAAkMsBAMagCQD24wkA4B4CAFYAAACsAAAAAgEAAMgSAgAAAAAAVgAAAKwAAAACAQAAWAEAAK4BAAAEAgAAWgIAACTrAQB66wEATNwFAEzWAgCi1gIA+NYCAEa+DQCcvg0A8r4NAFrZAADMkwEAMlAGAOhJAAC8TQ0AevsJAJJJAADIEgIAXB0NALLNDwAimAMAyBICAFgZDACuGQwAqHAOAFgBAACuAQAABAIAAFoCAACwAgAATNwFAKLcBQD43AUATicAAORZCQDgHgIAypAAAJDLAQDmywEAkMsBAMgSAgBM3AUAurMAABC0AABmtAAAvLQAABK1AABotQAAhv0HAOgeAACGGAAAkkkAAMgSAgBcHQ0AkMkAAObJAAA8ygAADDUCAGI1AgBIqwMAnqsDAPSrAwBKrAMAeoAMANCADAAyGQAAiBkAAK4ZDACocA4AWAEAAK4BAAAEAgAAWgIAALACAABYRAwANIgMAIqIDACG/QcA6B4AAAAAAABmiQAAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAFSCAQCqggEAAIMBAFaDAQC65gQAXB0NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAPpWAgDi2QkAONoJAI7aCQDk2gkAOtsJAJDbCQBcHQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAANgsCwDKkAAAcg4AAIKZAQAilAEA4B4CAMgSAgA0HAEABD0IAB7yBgDuhwgAZokAALLNDwC6YwMAAgkEADQcAQDIEgIAAAAAAGSzAABmiwEAvIsBABKMAQCGGAAA+lYCAFBXAgCmVwIAIBIBANIZAwAgEgEAZokAAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAABUggEAqoIBAACDAQBWgwEAAAAAAIRQBwD24wkA4B4CADYfAgByDgAA6B4AAB7yBgAcxgYAcsYGAOa8DwAyUAYA7lACACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAxD8EABpABABwQAQAxkAEABxBBAByQQQAyEEEAB5CBAB0QgQAjgsNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAIpQBAD4fAACUHwAA6h8AAEAgAADmywEAgJYAANTrAABE/QIAXB0NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBALo2AgCQywEA5ssBAEhTAgDslhAAcg4AAOgeAABQOAgAyBICAKJEDwBughAAkqEBAOihAQA+ogEAlKIBAOqiAQBAowEAWtkAAGA0AgBUcw8AqnMPAH7SCQDU0gkAKtMJAIDTCQDW0wkALNQJAMgSAgDKkAAAcg4AAIKZAQAilAEA4B4CAMgSAgBcHQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAA0HAEABD0IAB7yBgDuhwgAZokAALLNDwC6YwMAAgkEAJJJAAC6NgIAZokAANTQCAAq0QgA6KEBAFrZAAAqlgAAUDgIAMgSAgCiRA8AkMsBAMagCQCeKAIAZokAAJ4oAgCSoQEAWEgOAK5IDgCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAKpYAAICWAADU6wAARP0CALyJAAASigAAaIoAAL6KAAAUiwAA5J8BADqgAQCQoAEA5qABADyhAQDovQ8AgJYAANTrAABE/QIAWAUCAGSzAAAqlgAAVgAAAJJJAABiaAYAhFAHAMgSAgAAAAAAAAAAAAAAAAC65gQAftIJANTSCQCG+QUAQM4BAMgOAAD24wkA0hkDAGgJAADKkAAAcg4AAOgeAAA+HwAAhhgAAPpWAgBQVwIAplcCAEwRCwCiEQsA+BELAFgZDACuGQwAqHAOAFgBAACuAQAABAIAAFoCAACwAgAAeoAMANCADAAmgQwAfIEMAM4CDgDG/g0AKtEIAOihAQBa2QAAKpYAAFA4CACGGAAA3BgAADIZAABcHQ0ALt8OABKKAABoigAAvooAABSLAABqiwAAEnsOAE7EDgBYcQ0AEnsOABJ/EADMkwEAAgkEAFgJBACGyAIAsOsJALxNDQByDgAAzJUCAFrZAADMkwEAMlAGAOhJAADIEgIAftIJADZKAgCeKAIAnigCAMyTAQAyUAYANBwBAAAAAADIEgIAHhMCAHQTAgDKEwIAIBQCAMgSAgBYGQwAkqEBAFhIDgCuSA4AQM4BAOgeAABM3AUA7ocIAESICACaiAgA8IgIAMgSAgAimAMAeJgDAM6YAwCQywEAyBICAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQCm3gUAVt0DAKzdAwAC3gMAlIUIAOgeAACscg4AkkkAAGJoBgAilAEA4B4CAE4nAADy0QEASNIBAJ7SAQBE+QAAIBIBAE4nAADy0QEASNIBAJ7SAQBs6gQAwuoEABjrBABcHQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAANgsCwASew4ATsQOAIRQBwBQOAgA6L0PADpkDgAAAAAAAAAAAAAAAAAAAAAAyBICAHzBAQCeKAIAZokAAPYKCADIEgIATNwFAJDLAQDmywEAPMwBAOi9DwCGGAAAkkkAAGJoBgBmiQAA1NAIAHIOAAAAAAAAhhgAAIbIAgDcyAIAMskCAGxpBABQOAgApjgIALyJAAASigAAaIoAAL6KAAAUiwAAJNoOAHpsAgDQbAIAzJMBAMyTAQDgHgIAhhgAAPpWAgBe6wgAypAAAJDLAQDmywEAPMwBABhJCQAqlgAAcg4AACbbDgDcGAAA3kYBADQcAQCy5AUAVFkCAGSzAABQOAgA6L0PAIYYAAC6YwMAKpYAAAAAAACEUAcA4B4CAMyTAQAilAEAyBICAB4TAgB0EwIAyhMCACAUAgAeEwIAqhkNAJDLAQDIEgIAypAAAHIOAADoHgAAPh8AAMgSAgAeEwIAdBMCAMoTAgAgFAIAHhMCAKoZDQCQywEAyBICAMqQAAByDgAA6B4AAMgSAgBcHQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAD0pwEASqgBAKCoAQD2qAEAyBICAMqQAAByDgAA6B4AAD4fAACGGAAA+lYCAFBXAgCGyAIAODAKAI4wCgB2qQwAgpkBAIRQBwD24wkAzJMBACKUAQC6YwMADGQEAMTlAQA0HAEAyBICAIb9BwAOTA0AVgAAAFYAAAAeeQoAkMsBAJJJAADYLAsAUDgIAMgSAgBcHQ0AOhIQAMyTAQDIEgIAhsgCADgwCgCOMAoAdqkMAIKZAQCEUAcA9uMJAMgSAgBYRAwAAAAAAHIOAAAqwwEAgMMBANIZAwByDgAAhnQDAMgSAgB+0gkAxqAJAHr7CQCSSQAAYmgGACKUAQAqlgAAcg4AAPbjCQBM5AkAouQJAPjkCQBO5QkApOUJACKUAQDgHgIAyBICABJ7DgBOxA4AjlsKAORbCgBOxA4AAAAAACqWAABQOAgAkLAJAAIJBABYCQQAZtIPAPbjCQByDgAAKsMBAOgeAAA+HwAAYmgGAIRQBwD24wkAKpYAAICWAADU6wAARP0CAGaJAADMkwEAWEgOANIZAwCcKQMAzvwKAKLuDgD47g4ATu8OAKTvDgD67w4AUPAOAKbwDgA2SgIAjEoCAOJKAgBOJwAA8tEBAEjSAQCe0gEA6L0PAICWAADU6wAARP0CAAAAAABmiQAAhsgCANzIAgDOQAIAkqEBAGaJAACyzQ8A4B4CAM5AAgBmiQAAQM4BAJbOAQDszgEAQs8BAJjPAQDuzwEARNABAJrQAQDw0AEARtEBAJzRAQA0HAEAVgAAAKwAAABGfQIA5rwPADy9DwDIDgAA9uMJAE4nAADy0QEASNIBABJ3DABodwwAypAAAJKhAQCSSQAAYmgGAFYAAACSoQEAWEgOAKKcEADy0QEASNIBABJ3DABodwwA6B4AAD4fAADU6wAARP0CAAAAAADIEgIAnigCAPQoAgBKKQIAoCkCAPYpAgBMKgIAoioCACqWAACqVwEAdhQCAMwUAgAiFQIAeBUCAM4VAgDMfAsA2rQOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAw1AgBiNQIAzHwLANq0DgB2FAIAzBQCACIVAgB4FQIAzhUCADqJCwCSoQEAWEgOAKKcEAD4nBAATp0QABwsDwCQZA4AyBICAH7SCQDmvA8A/p8QAFSgEACqoBAAOokLAJCJCwAeEwIAdBMCAMoTAgAgFAIAAAAAADpkDgDIEgIAftIJAOa8DwD+nxAAVKAQAKqgEAA6iQsAkIkLAB4TAgB0EwIAyhMCACAUAgAeEwIAdBMCAMoTAgAgFAIA9NIBALrmBACsyg8AAssPAFjLDwCuyw8ABMwPAAAAAADKkAAAIJEAAIzLAgAyUAYAzkACAO5sEABQOAgAJGwCAMqQAAAgkQAAjMsCADJQBgDOQAIAVnYQAJDLAQA2SgIASt0GAAQ9CABa2QAAhFAHAJDLAQAkbAIAzkACAGaJAABAzgEAls4BAOzOAQBCzwEAmM8BAO7PAQBE0AEAmtABAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAATicAAPLRAQBI0gEAntIBAFYAAADoMAkAHvIGAJJJAADYLAsAhsgCANzIAgAyyQIAiMkCAN7JAgByDgAAyBICABJ7DgBOxA4AWHENAJ4oAgAcAxAAAAAAAFwdDQCmxw8A/McPAFLIDwCoyA8A/sgPAFTJDwCqyQ8AzHwLAIzlDwDi5Q8AOOYPANIZAwAAAAAAhFAHAJJJAADSGQMAZLMAAGaLAQBm4QEAvOEBABLiAQBo4gEA5ssBADzMAQDIEgIAypAAAHIOAACCmQEAIpQBAOAeAgDIEgIAHCwPAJBkDgDMfAsAAAAAAJKhAQAAAAAAypAAAGaJAADU0AgAAAAAAAAAAADKkAAAkkkAAMgSAgBa2QAAYDQCAFRzDwDIEgIAzHwLAAAAAADKkAAAZokAALDrCQC8TQ0AevsJAND7CQAm/AkAfPwJAJ4oAgDS/AkAKP0JAH79CQCeKAIATNwFAKLcBQD43AUAJFsPAHpbDwDQWw8ATNwFAKLcBQD43AUAJFsPAHpbDwDQWw8AZokAALLNDwAAAAAAyBICAOAeAgA2HwIAjB8CAAAAAACSSQAA2CwLAHxYDQDSWA0AzkACALTzDAAK9AwAIpgDAJJJAADYLAsAfFgNANJYDQDOQAIAJEECADZKAgCMSgIA4koCADhLAgByDgAAuJEFAHosDQCMSgIA4koCADhLAgCSSQAA6EkAAGqAEADAgBAAFoEQAAAAAACQywEA5ssBAALaAQAiHQYAHvIGAJJJAAByDgAAzkACANhFAgAuRgIAhEYCANpGAgAwRwIAhkcCAJJJAADcRwIAxKsPAOhJAABqgBAAwIAQAIRQBwDOQAIA2EUCAOhJAABqgBAAwIAQABaBEABmiQAAzJMBAAIJBADoHgAAfKwMANKsDAAorQwAfq0MANStDADOQAIA2EUCAOhJAABqgBAAwIAQABaBEADOQAIA2EUCAOhJAABqgBAAwIAQACKYAwBWAAAA6DAJACqWAACAlgAA1OsAAET9AgBOJwAApCcAAICWAADmywEAhhgAAGSzAAAqlgAAKpYAAICWAADU6wAARP0CAGaJAABK3QYABD0IACqWAACAlgAA1OsAAET9AgCSSQAAkkkAALiRBQAOkgUAnigCAPQoAgBKKQIA2CwLACqWAACAlgAA1OsAAET9AgA0HAEABD0IAJJJAADoSQAAvE0NAFA4CADovQ8AgJYAANTrAABE/QIAkqEBAJKhAQBWAAAAHnkKAMyTAQAilAEA6nsDAEB8AwD46gwA5ssBAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCQywEA5ssBAEhTAgCeUwIA9FMCAEpUAgCgVAIA9lQCAExVAgCiVQIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAAAAAAqlgAAIpgDACqWAACAlgAA1OsAAET9AgBQOAgA6L0PAKpXAQCMPREAgJYAANTrAABE/QIAAAAAACqWAACAlgAAxqAJAFA4CACQsAkAhsgCAMyTAQACCQQAgpkBAIRQBwD24wkAKpYAAICWAADU6wAARP0CAJ4oAgBIQA4AevsJACCRAADy0wIAkqEBAOihAQBMkgsAopILAPiSCwBYSA4AgJYAANTrAABE/QIAss0PAOAeAgBM5goAKpYAAICWAADU6wAARP0CAJDLAQDgHgIAypAAADQcAQAEPQgAhhgAAJJJAADYLAsA+OoMANTrAABE/QIAhFAHAHr7CQCSSQAA3EcCAE4nAACeKAIASEAOAHr7CQAgkQAA8tMCAHIOAADoHgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAGaJAABAzgEAls4BAGIxAABM1gIAQM4BAMyVAgDYLAsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBABhJCQDaUAcAMFEHABacCABsnAgAwpwIABidCABunQgAxJ0IACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAHvIGABzGBgByxgYAdqkMAIKZAQCEUAcA9uMJACqWAACAlgAA1OsAAET9AgCSSQAAZokAALyJAAAkbAIAhFAHAIbIAgA4MAoAjjAKAE4nAACSoQEA6KEBAFrZAAAqlgAAgJYAANTrAABE/QIAYmgGALhoBgBiZAQAkqEBAFhIDgA0HAEABD0IAIYYAACSSQAA2CwLAFA4CADovQ8AgJYAANTrAABE/QIAcg4AAFxIDQBWAAAAVgAAAB55CgCQywEAkkkAANgsCwBQOAgAGEkJANpQBwAwUQcAFpwIAGycCADCnAgAGJ0IAG6dCADEnQgAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCSoQEAkqEBAFhIDgDgHgIAeigLANTQCABmiQAARn0CAJx9AgDyfQIASH4CAJ5+AgD0fgIASn8CAKB/AgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAkMsBADZKAgAimAMAzJMBACKUAQB+bgIA1G4CACpvAgD4gAIAToECAKSBAgD6gQIAUIICAKaCAgD8ggIAUoMCAKiDAgD+gwIAVIQCAKqEAgAAhQIAVoUCAKyFAgAChgIAWIYCAK6GAgAEhwIANBwBAJ4oAgAcAxAAgJYAAE4nAACqGQ0AkMsBADQcAQCy5AUAVFkCANgsCwCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAZLMAABzGBgByxgYAyMYGAB7HBgB0xwYAyscGADQcAQCKHAEA2tkLAJCwCQDS2Q0A5FkJAGSzAABM1gIAVFkCAGJoBgCEUAcA9uMJACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAAAAAAGaJAADU0AgAypAAACqWAAAqlgAAgJYAANTrAABE/QIAumMDAGSzAABmiwEAvIsBABKMAQAqlgAAhhgAAGSzAABmiwEAvIsBABKMAQAqlgAAgJYAANTrAABE/QIAUDgIAOi9DwAe8gYAdPIGALyLAQASjAEAKpYAAICWAADU6wAARP0CAFA4CADovQ8ATicAAORZCQDc4A4AKpYAAFA4CABmiQAA1NAIACrRCACA0QgAEnsOAE7EDgBYcQ0AXB0NAPSxBgA0HAEABD0IAFo9CACeKAIAHAMQAICWAADIEgIAHhMCAOyWEAAgkQAAxvwMAJJJAABiaAYAhFAHAPbjCQDYLAsALi0LAIQtCwCSSQAAyBICABJ7DgBOxA4AWHENAH7SCQDU0gkAhvkFAPYKCADIEgIAWBkMAJBKAQDmSgEAOuUOAJDlDgDm5Q4APOYOAJLmDgBcHQ0ApscPAPzHDwCCmQEA2JkBAC6aAQDIEgIAWBkMAJBKAQDmSgEAOuUOAJDlDgDm5Q4APOYOAJLmDgDKkAAAIJEAAPLTAgBI1AIAntQCAPTUAgBK1QIAoNUCAPbVAgDsuw0AQrwNAJi8DQDuvA0ARL0NAJq9DQCEUAcAyBICAB4TAgCkJwAAWtkAAMgSAgBcHQ0Ash0NAJx9AgDyfQIASH4CAJ5+AgD0fgIASn8CAHIOAADIEgIAEnsOAE7EDgBYcQ0AHhMCAOyWEAAgkQAAxvwMAJJJAABiaAYAhFAHAPbjCQCyzQ8AhhgAANwYAADeRgEA+CoCAH7SCQDU0gkAPMwBAOi9DwAe8gYAurMAAFqHAgBGfQIA5ssBAMagCQB8wQEAEnsOAEzcBQAimAMApBYNAPoWDQBQFw0AphcNACqWAACAlgAA1OsAAET9AgCGGAAAkkkAAGaJAABUWQIAYmgGAIRQBwD24wkAKpYAAICWAADU6wAARP0CAGRzCwDkWQkA3OAOAH5uAgDIEgIAhv0HAJz+AgA0HAEAnigCAEhADgDMkwEA8qgCAGaJAABUWQIAYmgGAIRQBwD24wkAyBICAMx8CwCM5Q8A4uUPADjmDwAeEwIAdBMCAMoTAgAgFAIAAAAAAMgSAgBYRAwArkQMAIK1DwDYtQ8ALrYPAIS2DwAS4gEAVFkCAGJoBgCeKAIAkqEBAFhIDgASew4A7lACAERRAgCaUQIATNwFAEzWAgCQ+AIA5vgCADz5AgCS+QIA6PkCAFQFAwCqBQMAAAYDAFYGAwCsBgMAAgcDAFgHAwCuBwMABAgDAFoIAwAAAAAAypAAACCRAADy0wIASNQCAJ7UAgD01AIAStUCAKDVAgBM3AUATNYCAJD4AgDm+AIAPPkCAJL5AgDo+QIAypAAAHIOAAASew4ATsQOAH7vAgDU7wIANBwBALLkBQCyzQ8AeoAMANCADAAmgQwAfIEMAE4rAgAifQsAeH0LAHr7CQDgHgIANBwBAGi3AQACCQQAKsMBAIKZAQAilAEA4B4CAMgSAgB+0gkA1NIJAJJJAADKkAAAkMsBAOgNDQDovQ8AHvIGALqzAABahwIARn0CAObLAQA8zAEAyBICAFwdDQCyzQ8AUDgIAMgSAgB6gAwA0IAMACaBDAB8gQwAypAAAHIOAADoHgAAWEQMAK5EDAB4lAEAzpQBACSVAQB6lQEA0JUBAF6yAQBm0g8A2lAHADBRBwAWnAgAbJwIAMKcCAAYnQgAbp0IAAxkBABiZAQAuGQEAA5lBABkZQQAumUEAFA4CADIEgIAXB0NALLNDwBQOAgAyBICAHqADADQgAwAJoEMAHyBDADKkAAAcg4AAOgeAACG/QcAnP4CAPL+AgBI/wIAnv8CAPT/AgD67Q0AUO4NAKbuDQD87g0AUu8NALLNDwC6YwMAZLMAANIZAwDS/goARDoMAJo6DADwOgwARjsMAJw7DADyOwwACHgPAIzlDwDi5Q8AOOYPAMgSAgBm0g8AevsJAJJJAADIEgIAZtIPAE4nAADIEgIAnigCAEhADgB6+wkAIJEAAPLTAgB+0gkANkoCAOx6AgBCewIA9goIAFA4CADIEgIAWtkAAMyTAQAyUAYA6EkAAMgSAgBm0g8AhsgCADgwCgCOMAoATicAAJKhAQDooQEAhv0HAA5MDQBkTA0AukwNALiRBQB6LA0A0CwNAKC4CQDIEgIAWtkAAMyTAQAyUAYA6EkAAMgSAgBm0g8AhsgCADgwCgCOMAoATicAAJKhAQDooQEANBwBAMTlAQAa5gEAcOYBAMbmAQAc5wEAcucBACKYAwDIEgIAWtkAAMyTAQAyUAYA6EkAAMgSAgBm0g8AhsgCADgwCgCOMAoATicAAJKhAQDooQEA6A0NAD4ODQCGyAIAzJMBAFA4CADovQ8AWtkAAMyTAQAyUAYA6EkAAMgSAgBm0g8AhsgCADgwCgCOMAoATicAAJKhAQDooQEAzJMBAPKoAgDIEgIAWBkMAB55CgDMkwEAIpQBAOp7AwBAfAMA+OoMAMgSAgDoDQ0A6L0PAICWAADmywEASFMCAJ5TAgD0UwIASlQCAKBUAgD2VAIAXB0NAKbHDwD8xw8AgpkBANiZAQAumgEANBwBAAQ9CACGGAAAkkkAAMgSAgASew4ATsQOAFhxDQDMfAsAIn0LAJJJAAC4kQUAIpgDAMgSAgBYRAwArkQMAARFDAB6gAwAumMDABBkAwBmZAMANBwBALLkBQCSoQEAbGkEAGSzAAAqlgAAnigCAEhADgB6+wkAIJEAAPLTAgByDgAAyBICAGbSDwB6+wkAkkkAAMgSAgBm0g8ATicAAMgSAgB+0gkANkoCAOx6AgBCewIAkkkAANgsCwDgHgIATOYKAICWAADIEgIA6A0NAD4ODQCGyAIAzJMBAFA4CADovQ8AnigCACKYAwDIEgIA2HACAC5xAgCEcQIAJGwCAHpsAgBQOAgAyBICAFwdDQBUWQIAIBIBAHYSAQBM1gIAotYCAPjWAgBGvg0AnL4NAPK+DQBIvw0Anr8NAPS/DQBKwA0AoMANAPbADQBMwQ0AosENAPjBDQBOwg0ApMINAPrCDQBQww0ApsMNAPzDDQBSxA0AqMQNAP7EDQBUxQ0AqsUNAADGDQBWxg0ArMYNAALHDQBYxw0ArscNAATIDQBayA0AsMgNAAbJDQBcyQ0AsskNAAjKDQBeyg0AzJMBACKUAQB+bgIA1G4CACpvAgDSRAMAKEUDAH5FAwDURQMAKkYDAIBGAwDWRgMALEcDAIJHAwDYRwMALkgDAIRIAwDaSAMAAAAAAIRQBwB6+wkAyBICAPISDQBIEw0AhsgCADgwCgBcHQ0Ass0PAAjODwBezg8AtM4PAArPDwBgzw8AWEQMAK5EDAAERQwAIpgDAHiYAwDOmAMAkMsBAMgSAgCG/QcA3P0HADL+BwCI/gcA3v4HAJz+AgDy/gIASP8CAJ7/AgBM3AUAotwFAE5uDgDKkAAANBwBAIYYAADIEgIAgJYAAObLAQBYRAwANIgMAIqIDAB6gAwA0IAMADIZAACIGQAArhkMAEZ9AgA2SgIASt0GAAQ9CACSSQAA2CwLAPjqDADIEgIAnigCAPQoAgBKKQIAoCkCAFgZDACQSgEA5ssBAFYAAACsAAAARn0CAObLAQA8zAEAyBICAIb9BwDkkA8AOpEPAFRZAgDYLAsALi0LAAQ9CACGGAAAkkkAAMgSAgDoDQ0ApjgIADA4EACGOBAAnigCAGaJAABAzgEA6B4AAIb9BwCc/gIAeNUMAM7VDAAk1gwAetYMAMgSAgBYRAwANIgMAIqIDACG/QcA5JAPADqRDwBGfQIAkkkAAGJoBgAilAEA4B4CAMgSAgDKkAAApiwCAMqQAACSSQAAkkkAAGJoBgAilAEA4B4CAMgSAgDoDQ0AYPYNAFrZAABYRAwArkQMAARFDAB+0gkA1NIJABqSAgB08gYAhsgCADgwCgCOMAoAIpgDAMgSAgA0HAEAihwBANrZCwBmiQAA9goIAJCwCQAilAEA4B4CAMgSAgB+0gkA1NIJADzMAQCSzAEA6MwBAD7NAQBYRAwANIgMAIqIDACSoQEA6KEBACbFAwB8xQMA0sUDACjGAwB+xgMA1MYDABJ7DgASfxAAPkoAAAKzAwBYswMArrMDAAS0AwBAzgEA6B4AAKxyDgDIEgIAWEQMAK5EDAAERQwANBwBAAQ9CABaPQgAihwBAJDLAQBYRAwANIgMAIqIDABYRAwArkQMAARFDADIUQwAHlIMAHRSDABYGQwAkEoBAOZKAQCiQA0A+EANAE5BDQCkQQ0AyBICAGbSDwBOJwAAyBICAIb9BwDkkA8AOpEPAEZ9AgCSSQAAYmgGACKUAQDgHgIAyBICAMqQAAD65QkAUOYJAKbmCQASew4ATsQOAFhxDQCG/QcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAXB0NAFRZAgB6+wkA0PsJACb8CQB8/AkA0vwJACj9CQB+/QkA1P0JAJ5pDQC4kQUAeiwNAOx6AgByDgAAhnQDAGaJAABUWQIA2CwLAPISDQC8TQ0Acg4AAMyVAgDIEgIAeoAMAPpWAgBQVwIAplcCAJKhAQDooQEATJILAKKSCwD4kgsAsOsJALxNDQByDgAAzJUCAGgJAAC+CQAAEnsOAE7EDgBYcQ0AXB0NAPYKCABQOAgAkMsBAObLAQByDgAAKsMBANIZAwBm0g8A9uMJAMgSAgCG/QcAyA4AABRyCQBqcgkAwHIJABZzCQDIEgIAVgAAAJJJAABiaAYAIpQBAOAeAgDIEgIATNwFAKLcBQD43AUATt0FAKTdBQD63QUAUN4FAKbeBQBW3QMArN0DAJ65CgD0uQoAZtIPAPbjCQDIEgIAypAAACCRAACMywIAWAUCAMgSAgDoDQ0AYPYNADQcAQCy5AUAzJMBACKUAQDIEgIAhv0HAMgOAAAUcgkAanIJAMByCQAWcwkAyBICACr+CQCA/gkA1v4JACz/CQCC/wkA2P8JAC4ACgCEAAoA2gAKADABCgCG/QcA6B4AAD4fAACUHwAA6h8AAEAgAADSGQMAcg4AAMgSAgASew4AEn8QAD5KAACUSgAA6koAAEBLAACWSwAA7EsAAEJMAACYTAAA7kwAAEQ6DACaOgwAxikOABwqDgByKg4AyCoOAB4rDgBm0g8A9uMJAMgSAgDyEg0AvE0NAHIOAACSoQEA6KEBAEySCwCikgsA+JILAPjWAgAAAAAAkqEBAHIOAADMlQIAIpYCAFRZAgDYLAsAfMEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAEA4DAGYOAwB8wQEAAAAAABAOAwBmDgMAHBQDAKLcBQAYegwAbnoMAMR6DAAaewwAcHsMAMZ7DAAcfAwAcnwMAEwDBACiAwQA+AMEAE4EBACkBAQA+gQEAFAFBACmBQQA/AUEAFIGBACoBgQA/gYEAFQHBACqBwQAAAgEAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAAt4DAFjeAwCu3gMABN8DAFrfAwCw3wMABuADAFzgAwCy4AMACOEDAF7hAwC04QMAEOUDAGblAwC85QMAEuYDAGjmAwC+5gMAFOcDAGrnAwDA5wMAFugDAGzoAwDC6AMAGOkDAG7pAwDE6QMAGuoDAHDqAwDgHgIA0hkDAGSzAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwCeKAIAZokAAHIOAADCEwQAGBQEAFhIDgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA/hoOAFQbDgCqGw4AABwOAFYcDgCsHA4AAh0OAFgdDgCuHQ4ABB4OAFjeAwCu3gMAHhMCAHQTAgDKEwIAIBQCAMCnDgDC6gQAGOsEAG7rBADE6wQAGuwEAHDsBADG7AQAHO0EAMx8CwDatA4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAFrZAACw6wkAzJMBAPKoAgBYSA4ATNwFAKLcBQD43AUATt0FAKTdBQD63QUAUN4FAKbeBQD83gUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAevUGAND1BgAm9gYAfPYGANL2BgAo9wYAnP4CAPL+AgBkswAAVgAAAPguBADOQAIADlIQAGRSEAAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAzkACAMZYEABM1gIAkPgCAOb4AgA8+QIAkvkCAGSzAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCGGAAA3BgAAFrZAAAqlgAAgJYAANTrAABE/QIAHFkQANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAFbdAwCs3QMAUDgIABhJCQAqlgAAcg4AACbbDgDcGAAA3kYBANgsCwCqVwEAqEMNAAIJBADMlQIA2CwLAPjqDADU6wAARP0CAEzcBQBM1gIAotYCAPjWAgBO1wIAHhMCAHQTAgDKEwIAIBQCADQcAQBWAAAAHnkKAJDLAQCSSQAA2CwLAPjqDADU6wAARP0CAJKhAQBsaQQAwmkEAFYAAADSPgAAzkACAO5sEADMkwEAnigCAADjBgA2SgIARn0CACKYAwDIEgIAeoAMANCADAAmgQwAfIEMAJKhAQDooQEAJsUDAHzFAwDovQ8AUDgIANIZAwBg9AwA2lAHADBRBwCGUQcAyBICAIb9BwCmLAIAZokAAEZ9AgDmywEAPMwBAMgSAgBm0g8AnigCAALaAQAiHQYAHvIGAJJJAADIEgIAHhMCAORZCQA6WgkAOCIDAI4iAwC07woAiBkAANI+AADIEgIAWtkAALDZAAA2SgIAOhIQAJASEADoMAkAPjEJAMgSAgBcHQ0AhsgCANzIAgDMkwEA8qgCAGaJAACeKAIAkqEBAMgSAgBYRAwADGQEAGJkBACSoQEAWEgOADQcAQAEPQgAhhgAAJJJAABmiQAAVFkCAGJoBgCEUAcA9uMJANIZAwCSoQEAbGkEAMJpBABWAAAA0j4AAMgSAgCSoQEAbGkEAMJpBAAYagQAbmoEAMRqBAAaawQAcGsEAMZrBAAcbAQAcmwEAMhsBADSgQwAKIIMAH6CDADUggwAyBICAJKhAQBsaQQAwmkEABhqBABuagQAxGoEABprBABwawQAxmsEABxsBABybAQAyGwEANKBDAAoggwAfoIMANSCDACQSgEA5koBADrlDgCQ5Q4A5uUOAJKhAQAimAMAZLMAAGaLAQDcxgEATicAAORZCQDgHgIAypAAAJDLAQDmywEAPMwBANIZAwDEPwQAohUNAPgVDQBOFg0A3s0EADTOBACKzgQA4M4EADbPBACMzwQA4s8EADjQBABYGQwArDMEAJz+AgBkswAAZosBANpQBwBeIA4ALh0DAIQdAwDaHQMAMB4DAIYeAwDcHgMAVAUDAKoFAwAABgMAVgYDAKwGAwBcHQ0A9LEGAFgZDAAeeQoAcg4AAMyVAgDgHgIAkMsBAObLAQByDgAAwhMEABgUBAAuJwgA6A0NAJDLAQDmvA8AhsgCADgwCgCOMAoADDUCAGI1AgASew4AuJEFAA6SBQAqlgAAUDgIAJJJAABiaAYAuGgGAA5pBgBkaQYAumkGABBqBgDSGQMA2BwDAH5HBADURwQAKkgEAIBIBADWSAQALEkEAIJJBADYSQQALkoEAFjeAwCUXgoA6l4KAEBfCgBkaQYAumkGABBqBgDuYAoAiq8KAOCvCgB2FAIAzJMBAJDLAQDmywEAIBIBAOTmDwDIEgIATNwFAJDLAQDmywEAhvkFAFRZAgDYLAsAXB0NAPSxBgBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAAt4DAFjeAwCu3gMABN8DAPISDQC8TQ0Acg4AAMyVAgCSoQEA6KEBAEySCwCikgsA+JILALDrCQC8TQ0Acg4AAMyVAgDIEgIAXB0NALLNDwBQOAgAyBICAFgZDAAeeQoAkMsBAJJJAAAAAAAAAAAAAAAAAADOQAIAAAAAAM5AAgAAAAAAzkACAAAAAADIEgIAXB0NALLNDwBQOAgAyBICAFgZDAAeeQoAkMsBAJJJAAC8fhAAAAAAAMgSAgBcHQ0Ass0PAFA4CADIEgIAWBkMAB55CgCQywEAkkkAAJKhAQDooQEAJsUDAHzFAwDSxQMAKMYDAH7GAwDUxgMAEnsOABJ/EAA+SgAAIBIBAFYAAAAeeQoAcg4AAMyVAgDgHgIAkMsBAObLAQByDgAAwhMEABgUBAAgEgEAQH4EAFwdDQAu3w4AoLgJAPa4CQBMuQkAorkJAH7SCQDU0gkAGpICAHTyBgCQywEAUDgIAMgSAgBcHQ0A9goIAEwLCACiCwgA+AsIANgsCwD46gwAzkACAMgSAgA0HAEAaLcBAAIJBAAqwwEAgpkBACKUAQDgHgIAyBICAFwdDQD0sQYA4B4CAEzmCgA0HAEAyBICAFhEDAAyUAYAiFAGAOgNDQDovQ8APr4PAOgwCQDC1Q8AGNYPAHIOAADIEgIAZtIPAPbjCQAAAAAAAAAAANIZAwCcKQMAzvwKACT9CgB6/QoA0P0KAMx8CwCM5Q8A4uUPADjmDwASew4ATsQOAFhxDQBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBicgsAuHILAA5zCwCw6wkAvE0NAHIOAADMlQIAaHsOAPjqDABO6wwApOsMAPrrDABQ7AwApuwMAPzsDABS7QwAqO0MAOgNDQD+yhAAKpYAABJ7DgBOxA4AWHENAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQCm3gUAVt0DAKzdAwAC3gMAWN4DAJReCgDqXgoAQF8KAGRpBgC6aQYA5rwPADJQBgDYLAsATNwFAKLcBQD43AUATt0FAKTdBQD63QUAUN4FALo2AgAQNwIAYmgGALhoBgAOaQYAZGkGALppBgAQagYAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAPzeBQBS3wUAqN8FAP7fBQBU4AUAhv0HAOgeAAA+HwAAlB8AAOofAADSGQMA2BwDAH5HBADURwQAKkgEAIBIBADWSAQALEkEAIJJBADYSQQALkoEAIRKBADaSgQAMEsEAIZLBADcSwQAMkwEAFjeAwCUXgoA6l4KAEBfCgCWXwoA7F8KAEJgCgCYYAoAOCIDAI4iAwC07woABJsMAMagCQB6+wkAkkkAANgsCwASew4ATsQOAFhxDQDyEg0AvE0NAHIOAAAqlgAAkkkAAFrZAACEUAcAkMsBACRsAgDIEgIAWEQMADSIDACKiAwAypAAACCRAACQywEA5ssBAIb5BQDc+QUAMvoFAGaJAACeKAIAkqEBAAAAAADIEgIAJGwCAEDkDAAilAEAfm4CANIZAwDYHAMAfkcEANRHBAAqSAQAgEgEANZIBAAsSQQADDUCAGI1AgBM3AUATNYCALCjEAAGpBAAXKQQAKTtDQAWPAMAyA4AADQcAQAEPQgAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUAYnILALhyCwAOcwsAsOsJACKYAwAAAAAAAAAAAAAAAAAQDgMAZg4DAHzBAQAAAAAAAAAAAAAAAAAAAAAAEA4DAGYOAwAcFAMAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAAt4DAHr1BgDQ9QYAJvYGAHz2BgDS9gYAKPcGADQcAQDUdAUAKnUFAIB1BQDWdQUAUDgIAJ4oAgDIEgIANBwBAIocAQDa2QsAMNoLAIbaCwA0HAEA1HQFACp1BQCAdQUA1nUFAGSzAAC6swAAELQAAGa0AAC8tAAAsuQFAEZ9AgDmvA8AZokAAPYKCAA0HAEA1HQFACp1BQCAdQUA1nUFAC4nCADoDQ0AkMsBAOa8DwCGyAIAODAKAI4wCgAMNQIAYjUCABJ7DgC4kQUADpIFACqWAABQOAgANBwBAMTlAQAgkQAAjMsCAOLLAgBM1gIAVFkCAGJoBgCEUAcA9uMJAHIOAADoHgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAP4aDgBUGw4AmJUPAGxABQDCQAUAGEEFAG5BBQDEQQUAGkIFAHBCBQDGQgUAHEMFAHJDBQDIQwUAyBICAJKhAQBsaQQAIpQBACRsAgDIEgIAHhMCAHQTAgDKEwIAuPUMAA72DABcHQ0A9goIAFA4CACQywEA5ssBAHIOAAAqwwEAOmQOAET5AACwYgUAvE0NAHIOAADMlQIA5tsJADzcCQCS3AkA6NwJAD7dCQCU3QkA6t0JAEDeCQCW3gkA7N4JAFwdDQCyzQ8AIpgDAMgSAgBm0g8ATicAAMgSAgASew4AEn8QAD5KAACUSgAAVgAAAOgwCQAe8gYAzJMBANSEDQDkWQkAKpYAAFA4CADIEgIANBwBANR0BQAqdQUAgHUFANZ1BQAuJwgA8hINALxNDQByDgAAzJUCAPISDQC8TQ0Acg4AAMyVAgDIEgIAsOsJACKYAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALrmBAAQ5wQAqr0JAAC+CQBWvgkArL4JAAK/CQBYvwkArr8JAATACQBawAkAsMAJAAbBCQBcwQkAssEJAAjCCQBewgkAtMIJAFjeAwCUXgoA6l4KAEBfCgCWXwoA7F8KAEJgCgCYYAoAZtIPANpQBwAwUQcAFpwIAGycCADCnAgAGJ0IAG6dCADEnQgAyBICABJ7DgBiaAYAuGgGAA5pBgBQOAgAyBICAGbSDwB6+wkAIpgDAHIOAADCEwQAGBQEAGxpBAC6NgIAcg4AAMITBAAYFAQAujYCACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA/hoOAFQbDgCqGw4AABwOAFYcDgCsHA4AAh0OAFgdDgCuHQ4ABB4OAFoeDgCwHg4ABh8OAFwfDgCyHw4ACCAOAFjeAwCUXgoA6l4KAEBfCgCWXwoA7F8KAEJgCgCYYAoAZtIPANpQBwAwUQcAFpwIAGycCADCnAgAGJ0IAG6dCADEnQgAyBICABJ7DgBiaAYAuGgGAA5pBgBQOAgAyBICAGbSDwB6+wkAWN4DAJReCgDqXgoAQF8KAJZfCgDsXwoAQmAKAJhgCgBm0g8A2lAHADBRBwAWnAgAbJwIAMKcCAAYnQgAbp0IAMSdCADIEgIAEnsOAGJoBgC4aAYADmkGAFA4CADIEgIAZtIPAHr7CQCQywEA5rwPAPKoAgDooQEAPqIBACKYAwC6NgIAZLMAAGaLAQDcxgEAMscBAIjHAQDexwEANMgBAI7KAQCiRA8AboIQAMqQAAAgkQAAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBAJJTBQDoUwUAPlQFAJRUBQDqVAUAQFUFAJZVBQDsVQUAQlYFAJhWBQA0HAEA1HQFACp1BQCAdQUA1nUFAAAAAAAgEgEAQH4EAFwdDQAu3w4AoLgJAPa4CQBMuQkAorkJAH7SCQDU0gkAGpICAHTyBgCQywEAUDgIAMgSAgBcHQ0A9goIAEwLCACiCwgA+AsIANgsCwD46gwAzkACAMgSAgA0HAEAaLcBAAIJBAAqwwEAgpkBACKUAQDgHgIAyBICAFwdDQD0sQYA4B4CAEzmCgA0HAEAyBICAFhEDAAyUAYAiFAGAOgNDQDovQ8APr4PAOgwCQDC1Q8AGNYPAHIOAADIEgIAZtIPAPbjCQAAAAAA5OYPALiRBQAOkgUAZJIFALqSBQAQkwUAZpMFACASAQBAfgQAXB0NAC7fDgCguAkA9rgJAEy5CQCiuQkAftIJANTSCQAakgIAdPIGAJDLAQBQOAgAyBICAFwdDQD2CggATAsIAKILCAD4CwgA2CwLAPjqDADOQAIAyBICADQcAQBotwEAAgkEACrDAQCCmQEAIpQBAOAeAgDIEgIAXB0NAPSxBgDgHgIATOYKADQcAQDIEgIAWEQMADJQBgCIUAYA6A0NAOi9DwA+vg8A6DAJAMLVDwAY1g8Acg4AAMgSAgBm0g8A9uMJAAAAAAB6gAwA0IAMANIZAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAw1AgBiNQIAhv0HANz9BwAy/gcAbhQEAMQUBAAaFQQAcBUEAMYVBACk7Q0AAAAAAAAAAAByDgAAAAAAAAAAAAC65gQAaBcHAL4XBwD43AUATt0FAKTdBQD63QUAUN4FAKbeBQBW3QMArN0DAALeAwBY3gMAlF4KAOpeCgBAXwoAZGkGALppBgAQagYA0hkDAGY7BAC8OwQAEjwEAGg8BAC+PAQAFD0EAGo9BADAPQQAZJoJALqaCQAQmwkAZpsJALybCQCG/QcAyA4AABRyCQBqcgkAwHIJABZzCQDIEgIAXB0NAE4nAACSSQAA2CwLAPjqDABkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAODIAQA2yQEAjMkBAOLJAQA4ygEAypAAACCRAACMywIAWAUCAMgSAgCG/QcAyA4AABRyCQBqcgkAwHIJABZzCQDSGQMAZokAAFgFAgCQywEA5ssBAJJJAAC4kQUADpIFACqWAAByDgAAVgAAAOgwCQA+MQkA1OsAAObLAQAAAAAAypAAACqWAAByDgAAzJUCANgsCwD46gwA1OsAAET9AgDS/goAKP8KAH7/CgDc+QUAMvoFAIj6BQDe+gUANPsFAIr7BQDg+wUANvwFAIz8BQDi/AUAOP0FAI79BQDk/QUAOv4FAJD+BQDm/gUAPP8FAJL/BQDo/wUAPgAGAJQABgDqAAYAQAEGAJYBBgDsAQYAQgIGAJgCBgDuAgYARAMGAJoDBgDwAwYARgQGAJwEBgDyBAYASAUGAJ4FBgBmiQAAvIkAAO6HCABEiAgAUDgIAMgSAgASew4AEn8QAD5KAAA0HAEAsuQFAAjlBQDIEgIAftIJANTSCQCSSQAAuJEFAA6SBQAqlgAAcg4AAMgSAgBYGQwA0AUPAD4xCQDIEgIAftIJANTSCQAAAAAAypAAACqWAAByDgAAzJUCAMgSAgCSoQEAbGkEAAxkBABotwEAMlAGAIhQBgBa2QAAsOsJAMyTAQBkswAA7ocIAMgSAgBYRAwANIgMANIZAwBkswAATNYCAJD4AgDm+AIAPPkCAJL5AgBkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAZCcQAPjqDADU6wAARP0CAGIxAAC6swAAELQAAGa0AAC8tAAAErUAANIZAwBkswAATNYCAJD4AgDm+AIAPPkCAJL5AgBkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAZCcQAPjqDADU6wAARP0CAH7SCQDU0gkAPMwBAJLMAQDozAEAPs0BAJTNAQDqzQEAkqEBAOihAQBMkgsAopILAPiSCwCw6wkAvE0NAHIOAADMlQIAKpYAAFA4CACQsAkAAgkEAGIxAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwB6dAYA0HQGACZ1BgB8dQYA0nUGACh2BgB+dgYA1HYGAGY7BAC8OwQAEjwEAGg8BAC+PAQAFD0EAGo9BADAPQQAFj4EAGw+BADCPgQAGD8EAG4/BAAC2gEAWNoBAK7aAQAE2wEAWtsBAGAZCgC2GQoADBoKAGIaCgC4GgoADhsKAGQbCgC6GwoAEBwKAGYcCgC8HAoAEh0KAGgdCgC+HQoAFB4KAGoeCgDAHgoAFh8KAGwfCgBmiwEA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwB6dAYA0HQGACZ1BgB8dQYA0nUGACh2BgB+dgYA1HYGACgaAwB+GgMAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBAJJTBQDoUwUAPlQFAJRUBQDqVAUAQFUFAOgeAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA/hoOAFQbDgCqGw4AABwOAFYcDgCsHA4AAh0OAFgdDgCuHQ4ABB4OAFoeDgCwHg4ABh8OAFwfDgCyHw4ACCAOAFgZDAAyBAsAiAQLAN4ECwA0BQsAigULAOAFCwA2BgsAjAYLAOIGCwA4BwsAjgcLAOQHCwA6CAsAkAgLAOYICwA8CQsAkgkLAOgJCwA+CgsAlAoLAOoKCwBACwsAOCIDAI4iAwC07woABJsMAMagCQB6+wkAkkkAANgsCwASew4ATsQOAFhxDQDyEg0AvE0NAHIOAACSSQAAyBICAFrZAABgNAIAVHMPAKpzDwB6gAwA0IAMACaBDAB8gQwAWBkMAB55CgByDgAAKsMBAIKZAQCeKAIAkqEBAFhIDgASew4ATsQOAFhxDQBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUAYnILALhyCwAOcwsAEnsOABJ/EAA+SgAAftIJANTSCQA8zAEAkswBAOjMAQA+zQEAhv0HAOgeAAA+HwAAlB8AAOofAABAIAAARPkAALggDQBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAPokKAK5EDAAERQwAnigCAADjBgBW4wYArOMGAALkBgCGGAAAyBICAIb9BwDkkA8AOpEPAFRZAgDMkwEADGQEAAQ9CACEUAcAevsJAJJJAADYLAsA+OoMANTrAABE/QIAFgAQAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAO5gCgBEYQoAmmEKAPBhCgBGYgoAnGIKAPJiCgBIYwoAnmMKAPRjCgBKZAoAoGQKAPZkCgBMZQoAhv0HAOgeAAA+HwAAlB8AAOofAAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBADgiAwCOIgMAtO8KAArwCgBg8AoAtvAKAAzxCgBi8QoAHhMCAORZCQA6WgkAkFoJAGbSDwCQywEAyBICAOgNDQA+Dg0AkMsBAObLAQAakgIAkkkAANxHAgCQywEAIpgDAMgSAgB8wQEAypAAACCRAACMywIAWAUCAP4aDgBUGw4AqhsOAAAcDgBWHA4ArBwOAAIdDgBYHQ4Arh0OAAQeDgBaHg4AsB4OAAYfDgBcHw4Ash8OAAggDgAA6QkAgtQJAN7XCQA02AkAitgJAODYCQBY3gMAlF4KAOpeCgBAXwoAll8KAOxfCgBCYAoAmGAKAGbSDwDaUAcAMFEHABacCABsnAgAwpwIABidCABunQgAxJ0IAMgSAgASew4AYmgGALhoBgAOaQYAUDgIAMgSAgBm0g8AevsJAGZqBgC8agYAEmsGAGhrBgBeIA4AtCAOAAohDgBgIQ4AtiEOAAwiDgBiIg4AuCIOAA4jDgBkIw4AWN4DAJReCgDqXgoAQF8KAGRpBgC6aQYAdqkMAOgeAAAWRAcAWEgOAB7yBgCSSQAAYmgGAIRQBwD24wkAkkkAAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAGZqBgC8agYAEmsGAGhrBgAqlgAAgJYAANTrAABE/QIAjB8CAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAGZqBgCWZQ0A7GUNAEJmDQCYZg0A7mYNAERnDQCaZw0AyA4AABRyCQBqcgkAwHIJABZzCQDcRwIA2lAHADBRBwCGUQcAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDSGQMAwEkKAICWAADU6wAARP0CAIYYAADcGAAAdvcIAMz3CAAi+AgAePgIAM74CAAk+QgANkoCAIbIAgDcyAIAzJMBAPKoAgBmiQAAnigCAJKhAQDIEgIAEnsOAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAO5gCgDGUg0AzMoHACLLBwB4ywcAzssHACTMBwB6zAcA0MwHACbNBwBcHQ0ATicAAJJJAADYLAsA+OoMAIb9BwDoHgAAFkQHAFhIDgAe8gYAkkkAAGJoBgCEUAcA9uMJAMgSAgDMfAsAjOUPAOLlDwA45g8AFjwDALryCgAQ8woAZvMKALzzCgAS9AoAaPQKAK65BgAEugYAWroGALC6BgAGuwYAXLsGALK7BgAIvAYAXrwGALS8BgCO1AYA5NQGADrVBgCQ1QYA5tUGADzWBgDKkAAAkMsBAJDLAQDmywEAhhgAAJJJAADIEgIAEnsOAE7EDgDaUAcAHnkKAJKhAQDooQEAPqIBACKYAwDSGQMAAAAAAMgSAgASew4A7lACAERRAgCaUQIApO0NAIb9BwAOTA0AzJMBADJQBgBmiQAAnigCAJKhAQBYSA4Ahv0HAOgeAAA+HwAAlB8AAOofAABAIAAAFpgGAMgSAgAeEwIAqhkNAAAaDQBWGg0AEnsOAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGANIZAwA4IgMAjiIDALTvCgBcHQ0AhsgCANzIAgDMkwEA8qgCAGaJAACeKAIAkqEBAFhIDgCG/QcA6B4AAD4fAACUHwAA6h8AAEAgAAA0HAEAAAAAAFYAAABkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAFbdAwCs3QMAenQGAJwUDgDyFA4ASBUOAJDLAQDGoAkAMAsPAHpsAgCAlgAARDoMAJo6DACQywEA5ssBAIb5BQDc+QUAMvoFAGaJAACeKAIAkqEBAFhIDgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBACCRAACGGAAAIpgDANIZAwCSSQAAZLMAAFYAAABkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAFbdAwCs3QMATicAAPLRAQBI0gEAntIBAGSzAABmiwEA3MYBADLHAQCQywEA5ssBAEhTAgDslhAAcg4AAOgeAAD85gkAUucJAKjnCQD+5wkAVOgJAKroCQDQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgDUdgYAFjwDAMgOAAAUcgkAanIJAMByCQAWcwkAyBICAMx8CwCM5Q8A4uUPADjmDwBeIA4AtCAOAKRJEQD6SREAUEoRAKZKEQD8ShEAUksRAKhLEQD+SxEAVEwRAKpMEQD4AwQATgQEAKQEBAD6BAQAUAUEAKYFBAD8BQQAUgYEAPISDQC8TQ0Acg4AAJ4oAgAA4wYAVuMGAKzjBgAC5AYAWOQGAHapDAA+dQAAhsgCANzIAgDMkwEA8qgCAGaJAACeKAIAkqEBAGaJAABOJwAAJGwCAE4KBwAC2gEAcg4AAGIxAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwB6dAYAnBQOAPIUDgBIFQ4AyBICADQcAQCy5AUAIpgDAMgSAgB6gAwA0IAMACaBDAB8gQwAnigCABwDEABcHQ0AhsgCANzIAgDMkwEA8qgCAGaJAACeKAIAkqEBAEzcBQCi3AUAGHoMAG56DADEegwAGnsMAHB7DADGewwAHHwMAHJ8DADIfAwAHn0MAMx8CwByDgAAzJUCACKWAgCeKAIAkqEBAGxpBAACCQQApiwCAJjlDABYRAwAVgAAALyJAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwB6dAYAnBQOAPIUDgBIFQ4AKBoDAH4aAwBeBgEAtAYBAAoHAQBgBwEAtgcBAAwIAQBiCAEAnigCAEhADgCEUAcAkkkAAHIOAADMlQIAuJEFAHosDQA6EhAAyBICAB4TAgCQywEAxqAJADQcAQDIEgIAfMEBAET5AADSGQMA2BwDALqzAAAQtAAAZrQAALy0AAAStQAAaLUAAPISDQBIEw0AnhMNAPQTDQB+0gkARDoMAJo6DADIEgIAZtIPAHr7CQCSSQAAyBICAGbSDwBOJwAAyBICAFwdDQCGyAIA3MgCAMyTAQDyqAIAZokAAJ4oAgCSoQEAWEgOAJ4oAgAA4wYAVuMGAKzjBgAC5AYAWOQGAHapDADIEgIAEnsOAE7EDgBYcQ0AEnsOAGaJAADU0AgAJGwCAMgSAgASew4Ass0PACKYAwDIEgIAZtIPAE4nAADIEgIAEnsOABJ/EAA+SgAAlEoAAOpKAAAqlgAAUDgIAMgSAgCeKAIAAOMGAFbjBgCs4wYAAuQGAFjkBgCSoQEAZokAAEDOAQDMlQIAYmgGAGSzAAByDgAA6B4AAGaJAABGfQIAZLMAAO6HCADOQAIADlIQAGRSEAAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAzkACAMZYEAAcWRAA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwB6dAYAnBQOAPIUDgBIFQ4AAAAAAFYAAADoMAkAwtUPAHIOAADoHgAAZokAAEZ9AgBkswAA7ocIAFYAAABqOQIAzkACAA5SEABkUhAAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcg4AAM5AAgDGWBAAHFkQANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAFbdAwCs3QMAenQGAJwUDgDyFA4ASBUOAJKhAQBsaQQAhsgCAMyTAQAilAEA4B4CAGSzAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwCeuQoA6B4AAD4fAADU6wAARP0CANIZAwCSSQAAuJEFAHosDQDsegIAcg4AAFYAAAAeeQoAkMsBAJJJAADSGQMAkkkAALiRBQB6LA0A7HoCAHIOAABWAAAAHnkKAJDLAQCSSQAA0hkDAMBJCgCAlgAA1OsAAET9AgBmOwQAvDsEABI8BABoPAQAvjwEABQ9BABqPQQAfKgKAGwhCwDCIQsAGCILAG4iCwDEIgsAGiMLAHAjCwDGIwsAHCQLAHIkCwDIJAsAHiULAHQlCwDKJQsAICYLAHYmCwDMJgsAIicLAHgnCwDOJwsAJCgLAF4gDgC0IA4ACiEOAGAhDgC2IQ4ADCIOAGIiDgC4Ig4ADiMOAGQjDgC6Iw4AECQOAGYkDgC8JA4AEiUOAGglDgCkSREA+kkRAFBKEQCGGAAAIBIBAOTmDwDIEgIATNwFAKLcBQD43AUATt0FAKTdBQD63QUAUN4FAGJyCwC4cgsADnMLAIb9BwDoHgAAPh8AAJQfAADqHwAAwD0EABY+BABsPgQAwj4EABg/BABuPwQAcu0EAMjtBAAe7gQAujYCABA3AgC4kQUAeiwNAOx6AgByDgAAVgAAAB55CgCQywEAkkkAAM5AAgDGWBAAHFkQANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAFbdAwCs3QMAenQGAJwUDgDyFA4ASBUOAJ4VDgD0FQ4AShYOAKAWDgD2Fg4ATBcOAKIXDgD4Fw4AThgOAKQYDgDMfAsAjOUPAOLlDwA45g8ARv4CAEzWAgCwoxAABqQQAFykEACypBAACKUQAF6lEAC0pRAACqYQAJapBADsqQQAQqoEAJiqBADuqgQARKsEAJqrBADwqwQARqwEAJysBADyrAQASK0EAJ6tBAD0rQQASq4EAKCuBAD2rgQATK8EAKKvBAD4rwQATrAEAKSwBAD6sAQAULEEAKaxBAD8sQQARGEKAEzWAgCwoxAABqQQAFykEACypBAACKUQAF6lEAC0pRAACqYQANgcAwB+RwQA1EcEACpIBACASAQA1kgEACxJBACSSQAAYmgGALhoBgAOaQYAZGkGALppBgAQagYAZmoGALxqBgASawYAaGsGADgiAwAqlgAAWtkAAGSzAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwB6dAYAnBQOAPIUDgBIFQ4A9uMJANwYAADsNgsAQjcLAGaJAACGyAIA3MgCAMyTAQDyqAIAZokAAJ4oAgCSoQEAWEgOACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcg4AAD51AACGyAIA3MgCAMyTAQDyqAIAZokAAJ4oAgCSoQEAWEgOACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAOCIDAI4iAwC07woAXB0NAMb+DQBsaQQAhsgCADgwCgB6gAwA0IAMAOw2CwBCNwsAcg4AAMgSAgAeEwIAqhkNAAAaDQBWGg0ArBoNAFhEDACuRAwABEUMACKYAwB4mAMAzpgDAJDLAQDIEgIATNwFALqzAADKkAAAcg4AAMyVAgDYLAsAyBICAHqADADQgAwA7DYLAEI3CwBcHQ0AhsgCANzIAgDMkwEA8qgCAGaJAACeKAIAkqEBAGSzAABkswAAHMYGAHLGBgDIxgYAHscGADzMAQDIEgIAWtkAALDrCQDMkwEA8qgCAFhIDgDMfAsAcg4AAMyVAgAilgIAnigCAJKhAQBsaQQAAgkEAKYsAgDMkwEAIpQBAOAeAgDIEgIAXB0NAPSxBgBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAAt4DAFjeAwCu3gMABN8DAFrfAwDc/QcAMv4HAIj+BwDe/gcANP8HAIr/BwDg/wcANgAIABJ7DgBkswAAVgAAAAAAAADMkwEAVgAAAMgSAgBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAAt4DAFjeAwCu3gMABN8DABJ7DgASfxAAPkoAAPISDQC8TQ0Acg4AAMyVAgASew4AYmgGALhoBgAOaQYAZGkGALppBgAQagYA7mAKAIqvCgDgrwoAdhQCAMyTAQCQywEA5ssBAGbSDwDaUAcAMFEHAIZRBwDIEgIAEnsOAGSzAABWAAAAyBICAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQCm3gUAVt0DAKzdAwAC3gMAWtkAAMyTAQAyUAYA6EkAAMgSAgDyEg0AvE0NAHIOAADMlQIAyBICAJJJAABkswAAVgAAAMgSAgBYGQwAkEoBAOZKAQCGyAIAzJMBAFA4CADovQ8AgJYAANIZAwDEPwQAohUNAPgVDQBOFg0ARv4CAO4ABQC8iwEAEowBAAAAAABYBQIAAAAAAAAAAAAAAAAAZokAAE4nAAByDgAAwhMEABgUBAAuJwgAhCcIANonCAAwKAgAhigIANwoCAAyKQgAiCkIALx+EADeHwMAZLMAAFYAAADIEgIAWBkMAJBKAQDmSgEAhsgCAMyTAQBQOAgA6L0PAICWAADSGQMAxD8EAKIVDQD4FQ0AThYNAEb+AgDuAAUAvIsBABKMAQAAAAAAWAUCAAAAAAAAAAAAAAAAAGaJAABOJwAAUDgIAKY4CAA6EhAAkkkAAGJoBgCGyAIAODAKAIb9BwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAABC0wMAmNMDAO7TAwDKkAAAIJEAAF4GAQCGyAIA3MgCAMyTAQDyqAIAZokAAJ4oAgCSoQEAWEgOAGbSDwCQywEAyBICAOgNDQBg9g0AtvYNAAz3DQBi9w0AuPcNAA74DQBk+A0AuvgNABD5DQBm+Q0AvPkNABL6DQBQOAgAcg4AAMgSAgCG/QcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAQtMDAJjTAwDu0wMAypAAACCRAABeBgEAhsgCANzIAgDMkwEA8qgCAGaJAACeKAIAkqEBAFhIDgBm0g8AkMsBAMgSAgDoDQ0AYPYNALb2DQAM9w0AYvcNALj3DQAO+A0AZPgNALr4DQAQ+Q0AZvkNALz5DQAS+g0AyBICAIb9BwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAABC0wMAmNMDAO7TAwDKkAAAIJEAAF4GAQCGyAIA3MgCAMyTAQDyqAIAZokAAJ4oAgCSoQEAWEgOAGbSDwCQywEAyBICAOgNDQBg9g0AtvYNAAz3DQBi9w0AuPcNAA74DQBk+A0AuvgNABD5DQBm+Q0AvPkNABL6DQC8fhAAZjsEAORZCQA6WgkAkFoJAHqADADQgAwAJoEMAHyBDADSgQwAKIIMAH6CDADUggwAAAAAAGaJAADU0AgAKtEIAGxpBADSGQMAkMsBAOa8DwAilAEA4B4CAEzmCgCAlgAA1OsAAET9AgAqlgAANBwBAGSzAABM1gIAvIkAAO6HCABEiAgAcg4AAOgeAAA+HwAAlB8AAOofAABAIAAA5ssBAICWAADU6wAARP0CAALaAQByDgAA0hkDABY8AwC68goAEPMKAGbzCgC88woAEvQKAGj0CgCk7Q0A2BwDAH5HBADURwQAKkgEAIBIBADWSAQALEkEAGJyCwC4cgsAOlwKAJBcCgDmXAoAZGkGALppBgAQagYA7mAKABJ7DgBOxA4AUDgIAOi9DwCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA3h8DABJ/EAA+SgAAPKUDAJKlAwDopQMAPqYDAJSmAwDqpgMAQKcDAJanAwBcHQ0AhsgCANzIAgDMkwEA8qgCAGaJAACeKAIAkqEBAFhIDgBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAAt4DAFwdDQBUWQIA8moOABJ/EADMkwEAAgkEAFgJBAA0HAEAihwBADQcAQAEPQgAhhgAAHJNCgDITQoAHk4KALj1DAAO9gwANBwBALLkBQBGfQIAJGwCAHpsAgBQOAgAyBICAOgNDQDovQ8AZokAAEgTDQCeEw0A9BMNAEoUDQCgFA0A9hQNAEwVDQBw0w0Ass0PAFA4CADIEgIAWEQMADSIDACKiAwAAhsNAD4ODQACCQQAPnUAAJ4oAgCSoQEAWEgOAFA4CADIEgIAypAAACCRAACSSQAAYmgGAPKoAgDIEgIAEnsOAGJoBgC4aAYADmkGAFA4CADIEgIAftIJANTSCQCSSQAAuJEFAJKhAQBsaQQAwmkEAAA1BQBkswAAzkACAMZYEAAcWRAA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwB6dAYAnBQOAPIUDgBIFQ4A7mwQAOgeAAA+HwAAlB8AAOofAABAIAAAUDgIAOi9DwBmiQAA9goIANIZAwAYSQkAWtkAAIYYAADSGQMAsOsJALxNDQByDgAAzJUCAJKhAQDooQEAXEQLALJECwAIRQsAXkULAOgwCQA+MQkA1OsAAET9AgBg9AwA2lAHADBRBwCGUQcAyBICAMqQAAAgkQAAjMsCAFgFAgDIEgIAhv0HAMgOAAAUcgkAanIJAMByCQCG/QcA5JAPADqRDwBUWQIAypAAAHIOAADIEgIAsOsJAJjlDAAe8gYAJGwCAHpsAgBQOAgAGEkJANpQBwAwUQcAFpwIAGycCADCnAgAGJ0IAG6dCADEnQgAGp4IAHCeCADGnggAHJ8IAHKfCADInwgAHqAIAHSgCADKoAgAIKEIAHahCADMoQgAIqIIAHiiCADOoggARLMIAJqzCADwswgARrQIAFA4CADIEgIAZtIPAHr7CQCSSQAAyBICAFrZAABgNAIAzJMBADJQBgBiaAYAIpQBAOAeAgDIEgIAHhMCAKoZDQCQywEAyBICAGbSDwDaUAcAMFEHABacCABsnAgAwpwIABidCABunQgAPjEJADZKAgBUWQIAYmgGAIRQBwD24wkAkkkAAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAGZqBgCWZQ0A7GUNAEJmDQCYZg0A7mYNAERnDQCaZw0APiUDAMTlAQCSSQAAZokAAFRZAgDYLAsAZtIPANpQBwAwUQcAFpwIAGycCADCnAgAGJ0IAG6dCADEnQgAyBICABJ7DgBiaAYAuGgGAA5pBgBQOAgAyBICAGbSDwB6+wkAkkkAAAw1AgDKkAAAIJEAAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQA0HAEAihwBANrZCwCQsAkA0tkNACKYAwDIEgIATNwFAKLcBQAYegwAIJEAAJJJAADYLAsA3h8DAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAO5gCgBa2QAAYDQCAMyTAQAyUAYAYmgGACKUAQDgHgIAyBICAB4TAgCqGQ0AkMsBAMgSAgCGyAIA3MgCADLJAgCIyQIAsOsJALxNDQByDgAAzJUCACKWAgCGyAIA3MgCAMyTAQDyqAIAZokAAJ4oAgCSoQEAzMoHAAAAAACSoQEA0hkDADgiAwCOIgMAtO8KAPISDQC8TQ0Acg4AAMyVAgByDgAAyBICAFwdDQCGyAIA3MgCAMyTAQDyqAIAZokAAJ4oAgCSoQEAWEgOAFhEDACuRAwABEUMAMhRDAAeUgwAdFIMAFgZDAAeeQoAdHkKACgaAwB+GgMAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBAJJTBQCQywEA5ssBAIb5BQBUWQIA2CwLAIb9BwDoHgAAcg4AACrDAQCCmQEAhFAHAJKhAQCSoQEAyBICAPISDQC8TQ0Acg4AAMyVAgBE+QAAuCANALrmBAASew4AuJEFAA6SBQAqlgAAUDgIAMgSAgAeEwIAqhkNAJDLAQDIEgIAAAAAAMqQAAAqlgAAgJYAACKYAwDIEgIAHhMCAHQTAgDKEwIAIBQCAIYYAADcGAAA7DYLAEI3CwByDgAATicAAPLRAQBI0gEAntIBAOi9DwCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA/hoOAFQbDgAYegwAbnoMAMR6DAAaewwAcHsMAMZ7DAAcfAwAcnwMAH7SCQDU0gkAhvkFANz5BQAy+gUAyBICAFwdDQCyzQ8AIpgDAMgSAgBM3AUAotwFAPjcBQAkWw8AelsPALyJAACguAkAyBICAFgZDAAeeQoAzJMBACKUAQBUWQIAcg4AANIZAwA4IgMAjiIDALTvCgAK8AoA6B4AAD4fAACUHwAA6h8AAEAgAAAWmAYAyBICAFwdDQCGyAIA3MgCAMyTAQDyqAIAZokAAJ4oAgCSoQEAWEgOAB4TAgCqGQ0AkMsBAMgSAgBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwByDgAA6B4AAD4fAACUHwAA6h8AAEAgAAAWmAYAbJgGAD4fAADU6wAARP0CAOgeAAA+HwAA1OsAAET9AgBeIA4AtCAOAAohDgBgIQ4AtiEOAAwiDgBiIg4AuCIOAA4jDgBkIw4AujYCAJDLAQDmywEASFMCAOyWEAByDgAA6B4AAK5xDQD6VgIAXusIALTrCADIEgIAhv0HAOgeAAA+HwAAlB8AAOofAABkswAAJGwCALDrCQC8TQ0AevsJAHIOAADoHgAAfKwMAIiyDACQywEA5rwPAIbIAgA4MAoAjjAKAM5AAgAOUhAAgJYAANTrAABE/QIAzkACAIYYAAAqlgAAkkkAAFrZAACEUAcAkMsBACRsAgB6bAIAgJYAANTrAABE/QIAXiAOALQgDgC8iwEAEowBAGD6DwAAAAAAAAAAACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA0hkDANgcAwB+RwQA1EcEACpIBACASAQA1kgEACxJBACCSQQA2EkEAC5KBACESgQA2koEADBLBACGSwQA3EsEADJMBAASew4AEn8QAD5KAADMfAsAIn0LAFA4CABWAAAAHnkKAMyTAQAilAEA6nsDAMgSAgDKkAAAkMsBAJKhAQDSGQMAaAkAALDrCQAG7AkAXOwJAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQBicgsAuHILAA5zCwASew4AEn8QAD5KAAACswMAYPYNAG5JCQDESQkAGkoJAHBKCQCgjQkA6A0NAKY4CAAqlgAANBwBAIocAQACswMAYPYNAG5JCQDESQkAGkoJAHBKCQCgjQkA6A0NAKY4CAAqlgAANBwBAIocAQDgHAEAyBICAH7SCQBEOgwAmjoMAMYpDgAcKg4AcioOAMgqDgAqlgAAgJYAADQcAQBotwEAAgkEACrDAQCCmQEAhFAHAPbjCQDIEgIA6A0NAOi9DwCGGAAAumMDACqWAABQOAgAyBICAFrZAACw6wkAzJMBAPKoAgBYSA4AEnsOALiRBQAimAMAzJMBACKUAQDgHgIAyBICABJ7DgBOxA4AWHENAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQBicgsAuHILAA5zCwASew4AEn8QAD5KAAACswMAYPYNAG5JCQDESQkAGkoJAHBKCQCgjQkA6A0NAKY4CAAqlgAANBwBAIocAQDoDQ0A/soQAFTLEACqyxAAAMwQAFbMEACszBAATNwFAKLcBQD43AUATt0FAKTdBQD63QUAUN4FAAYVCQCEUAcAzMoHACRsAgB6bAIAgJYAAObLAQCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAxD8EAKIVDQD4FQ0AThYNAJCNDQCw6wkAzJMBAPKoAgBYSA4AHhMCAKQnAACSSQAAZLMAAO6HCADMkwEAIpQBAOAeAgDIEgIAhv0HAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAFwdDQA6EhAAzJMBAMgSAgCGyAIAODAKAI4wCgB2qQwAgpkBAIRQBwD24wkA0hkDAMyTAQDyqAIAWEgOAIYYAADcGAAA3kYBAE4nAACqGQ0AABoNAFYaDQCsGg0ASNQCAICWAADU6wAARP0CAHzBAQDiBAoAOAUKAI4FCgDkBQoAOgYKAJAGCgAAAAAAEA4DAGYOAwB6gAwA0IAMADIZAADWzQYALM4GAFI/CwCoPwsA/j8LAB4TAgDkWQkAOloJAJBaCQBm0g8AkMsBAMgSAgDoDQ0APg4NAJDLAQDmywEAGpICAJJJAADcRwIAkMsBAMx8CwAifQsAeH0LAM59CwAkfgsAAAAAAIbIAgDcyAIARn0CAAAAAACQywEARDoMAJo6DAAAAAAAUDgIABhJCQBuSQkAxEkJABpKCQBwSgkAdHcJAMp3CQAgeAkAdngJAMzKBwAkbAIAemwCAJJJAACGGAAA3BgAAN5GAQBOJwAAqhkNAAAaDQBWGg0ArBoNAEjUAgCAlgAA1OsAAET9AgDOQAIA7mwQAMgOAAAUcgkA0oEMAORZCQDc4A4Afm4CAMgSAgBcHQ0A9LEGAIbIAgDcyAIAMskCAGxpBABQOAgAyBICAOgNDQBg9g0AbkkJAMRJCQAaSgkAcEoJAKCNCQDMfAsAIn0LAIbIAgDMkwEAkMsBAMagCQD24wkANBwBAAQ9CACGGAAAWtkAAIRQBwCQywEAJGwCAEDkDAAilAEA4B4CAMgSAgBM3AUAotwFAPjcBQAkWw8AelsPANBbDwAmXA8AfFwPANJcDwDIEgIAftIJAEQ6DACaOgwA8DoMAEY7DACcOwwA8jsMANIvDgAoMA4AuJEFAHosDQBUWQIA2CwLAOAeAgDIEgIAWEQMADSIDACKiAwAzHwLAMyTAQAyUAYA6EkAAD5KAAA8pQMAyBICAHqADADQgAwAJoEMAHyBDAB+0gkARDoMAJo6DADGKQ4AHCoOAHIqDgDIKg4AHisOAGbSDwCQywEAyBICADQcAQBotwEAAgkEAGIxAABmiwEA3MYBAE4nAADkWQkA4B4CAMqQAACQywEA5ssBAJDLAQDmywEAhvkFAFRZAgDYLAsA6A0NAGD2DQBuSQkAxEkJABpKCQBwSgkAoI0JAFgZDACQSgEA5koBAIbIAgDMkwEAUDgIAOi9DwCEUAcAhFAHAJJJAACSoQEAWEgOAHIOAAAqwwEAyBICAOgNDQBg9g0AbkkJAMRJCQAaSgkAcEoJAKCNCQB6gAwA0IAMACaBDAB8gQwA0oEMACiCDAB+ggwA1IIMAOgNDQBg9g0AbkkJAMRJCQAaSgkAcEoJAKCNCQDMfAsAIn0LAFA4CABWAAAAHnkKAMyTAQAilAEAHvIGAHTyBgDK8gYAIPMGAHbzBgDM8wYAIvQGAHj0BgDO9AYAJPUGAMyTAQBmiQAA1NAIAMgSAgASew4AZLMAAFYAAADSGQMAyBICAKJEDwBughAATNwFAKLcBQD43AUATt0FAKTdBQD63QUAUN4FAET5AAAAAAAAuuYEAKzKDwCqGQ0AkMsBAJJJAABiaAYAhsgCADgwCgAWRAcAIpgDAMgSAgB+0gkA1NIJACrTCQCA0wkA1tMJACzUCQDIEgIAWEQMANgcAwB+RwQA1EcEACpIBACASAQA1kgEACxJBACCSQQA2EkEAC5KBACESgQA2koEADBLBACGSwQA3EsEADJMBADEPwQAHvIGAHTyBgDK8gYAIPMGAHbzBgDM8wYAIvQGAHj0BgDO9AYAJPUGADgiAwCOIgMAPq4HAKJEDwAqlgAAqlcBAKhDDQACCQQAzJUCAGJoBgAilAEA4B4CAMgSAgDoDQ0AYPYNADQcAQCy5AUAzJMBAAYVCQBcFQkAshUJAAgWCQBeFgkAtBYJAAoXCQBgFwkAthcJAAwYCQBiGAkAuBgJAA4ZCQBkGQkAuhkJABAaCQBmGgkAkMsBAObLAQBIUwIA7JYQAHIOAADoHgAAfMEBAJJJAABkswAAVgAAANIZAwAAAAAAkqEBAHIOAADSGQMAAAAAAMqQAAAgkQAAjMsCAFgFAgDSGQMAAAAAAJ4oAgCSoQEAWEgOABJ7DgBOxA4AWHENAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQBicgsAuHILAA5zCwASew4AZLMAAFYAAADSGQMAAAAAAJKhAQByDgAA0hkDAAAAAACG/QcAKsMBAIDDAQDSGQMAAAAAAIYYAACGGAAAKpYAAB7yBgCSSQAAYmgGAIRQBwD24wkAyBICAH7SCQDU0gkAKtMJAIDTCQDW0wkALNQJAECzCQCSSQAAYmgGALhoBgAOaQYAUDgIABhJCQB6+wkAAAAAAJJJAACSSQAAVgAAAGSzAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAVt0DAKzdAwDYDREAHnkKAHR5CgDKeQoARPkAALBiBQC8TQ0Acg4AAMyVAgA6ZA4AftIJANTSCQCG+QUA3PkFADL6BQDIEgIA6A0NAKY4CAAwOBAAhjgQAJ4oAgBmiQAAQM4BAOgeAACG/QcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAXB0NAFRZAgDKkAAAkqEBAFA4CADIEgIAeoAMANCADAAmgQwAfIEMAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQBicgsAuHILAA5zCwCQywEA5ssBAEhTAgDslhAAcg4AAOgeAADovQ8AgJYAANTrAABE/QIAKpYAAICWAADU6wAADEUKAGJFCgAyGQAAAAAAAAAAAAAAAAAAEA4DAGYOAwAcFAMAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAAt4DAHr1BgDQ9QYAJvYGAHz2BgDS9gYAKPcGAAAAAAAAAAAAEA4DAGYOAwAcFAMAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwCs3QMAAt4DAHr1BgDQ9QYAJvYGAHz2BgDS9gYAKPcGAFrZAADMkwEAIpQBACqWAACAlgAA1OsAAET9AgAAAAAAAAAAAAAAAAAAAAAAAAAAAIYYAAAqlgAAkkkAAM5AAgDGWBAAHFkQANzGAQAyxwEAiMcBAN7HAQA0yAEAZCcQALonEAAQKBAAZigQALwoEAASKRAAaCkQAL4pEAD+Gg4AVBsOAKobDgAAHA4AVhwOAKwcDgACHQ4AWB0OAK4dDgAEHg4AWh4OALAeDgAGHw4AXB8OALIfDgAIIA4AhFAHAHIOAADIEgIAzHwLAIzlDwDi5Q8AOOYPAAAAAAAAAAAAAAAAANgsCwCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAAAAAAAAAAAAAAAAAKpXAQCoQw0AhFAHAPbjCQDIEgIAftIJANTSCQAq0wkAgNMJANbTCQAAAAAAKpYAAICWAACeKAIAzJMBACKUAQB+bgIA/soQACCRAADgHgIAcg4AAD51AACQyQAATicAAJ4oAgBmiQAAkMkAAMgSAgBcHQ0AnigCAOAeAgBM5goAFkQHAFhIDgCw6wkAhhgAACqWAACqVwEAqEMNAAAAAACGGAAAyBICAH7SCQDU0gkAsOsJAMqQAAByDgAAPnUAAPYKCAByDgAAKsMBAIKZAQCEUAcA9uMJACqWAAB+0gkA5rwPANSEDQDkWQkAypAAAJJJAABmiQAAVFkCAAAAAACEUAcAyBICAH7SCQDU0gkAGpICAHCSAgByDgAAPnUAAPYKCACGGAAA3BgAANIZAwDASQoAFkoKAGxKCgDCSgoAGEsKAG5LCgDESwoAGkwKAHBMCgDGTAoAHE0KACqWAAAe8gYAdPIGAMryBgAg8wYAdvMGAMzzBgAi9AYAePQGAM70BgAk9QYAHhMCAHQTAgDKEwIAIBQCAPTSAQDYHAMAfkcEANRHBAAqSAQAgEgEANZIBAAsSQQAgkkEANhJBAAuSgQAhEoEANpKBAAwSwQAhksEANxLBAAyTAQAHhMCAHQTAgDKEwIAIBQCAPTSAQDYHAMAfkcEANRHBAAqSAQAgEgEANZIBAAsSQQAgkkEANhJBAAuSgQAhEoEANpKBAAwSwQAhksEANxLBAAyTAQAyBICABJ7DgBiaAYAuGgGAA5pBgBQOAgAyBICAGbSDwB6+wkAYmgGALhoBgAOaQYAUDgIAMgSAgBm0g8AevsJAMgSAgBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAPzeBQBS3wUAqN8FAP7fBQBU4AUA7mwQAMgOAAAUcgkAanIJAMByCQAWcwkAkkkAAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAGZqBgCWZQ0A7GUNAEJmDQCYZg0A7mYNAERnDQCaZw0AWN4DAJReCgDqXgoAQF8KAJZfCgDsXwoAQmAKAJhgCgA4IgMAjiIDALTvCgAK8AoAYPAKALbwCgAM8QoAYvEKAB4TAgDkWQkAOloJAJBaCQBm0g8AkMsBAMgSAgDoDQ0APg4NAJDLAQDmywEAGpICAJJJAADcRwIAkMsBAPpWAgDU0AgAWEgOAICWAADU6wAARP0CAIRQBwCEUAcAkqEBAMgSAgASew4AYmgGALhoBgAOaQYAUDgIAMgSAgBm0g8AevsJAJJJAADIEgIAWtkAALDrCQDMkwEA8qgCAFhIDgBa2QAAYDQCAMyTAQAyUAYAYmgGACKUAQDgHgIAyBICAB4TAgCqGQ0AkMsBAMgSAgBcHQ0Ass0PAAjODwBm0g8A2lAHADBRBwCGUQcAyBICAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQCm3gUAVt0DAFhEDAA0iAwAiogMAHqADADQgAwAJoEMAHyBDADOAg4AJAMOAHoDDgDQAw4AJgQOAHwEDgDSBA4AKAUOAAw1AgBiNQIAftIJANTSCQAAAAAAypAAACqWAAByDgAAzJUCAMgSAgASew4AYmgGALhoBgAOaQYAUDgIAMgSAgBm0g8AevsJAJJJAADIEgIAXB0NAE4nAACSSQAA2CwLAPjqDABYSA4AgJYAANTrAABE/QIAFgAQAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGABKeCgBongoAvp4KABSfCgBqnwoAwJ8KABagCgBsoAoAwqAKABihCgBuoQoARPkAAFrZAABgNAIAzJMBADJQBgA4IAIAkMsBAObLAQCG+QUAVFkCANgsCwAu3w4AAAAAAMqQAADMkwEAkMsBAObLAQAC2gEAUDgIAJ4oAgBkswAAyBICAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQCm3gUAVt0DAGbSDwCeKAIAkkkAAGaJAADMkwEAIpQBAMgSAgAC2gEAUDgIAJ4oAgBkswAAyBICAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQCm3gUAVt0DAMx8CwDatA4AAFgBAFZYAQByUw0AyFMNAB5UDQB0VA0AylQNAFrZAACw6wkAmOUMAIYYAADIEgIAEnsOALiRBQAimAMAzJMBACKUAQDgHgIAyBICABJ7DgBOxA4AWHENAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAHIOAADIEgIATNwFAKLcBQAYegwAbnoMAMR6DAAaewwAcHsMAMZ7DAAcfAwAcnwMAMh8DAAefQwAXB0NAC7fDgAAAAAAypAAAMyTAQCQywEA5ssBADzMAQDIEgIAHhMCAJDLAQDGoAkANBwBAMgSAgASew4AEn8QAD5KAADKkAAAIJEAAPLTAgBI1AIAgJYAAJKhAQAimAMAzJMBACKUAQDgHgIAyBICAOgNDQCmOAgAMDgQAIY4EACeKAIAZokAAEDOAQDoHgAAzgIOAC7fDgAAAAAAypAAAMyTAQCQywEA5ssBAFwdDQD0sQYAftIJANTSCQByDgAAyA4AAHr7CQCQywEAZLMAACqWAAAeEwIAkMsBAMagCQA0HAEAyBICAFhEDAAyUAYAcg4AAMgSAgBYGQwAkEoBAOa8DwAMZAQAsuQFAEZ9AgAimAMAyBICAB4TAgB0EwIAvIkAAKC4CQDcRwIAkMsBACKYAwDIEgIAZtIPAJDLAQDIEgIAhv0HAMgOAAB6+wkAkMsBAGSzAACGGAAAKpYAAKpXAQDSGQMA3h8DAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAO5gCgBcHQ0ALt8OAAAAAADKkAAAzJMBAJDLAQDmvA8AIpQBAOAeAgDIEgIAXB0NAPSxBgBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwAqlgAAkkkAAGaJAAD2CggAUDgIAJDLAQDmvA8AIpQBAE4nAACqGQ0AyBICAMx8CwAifQsAeH0LAN5GAQBOJwAAqhkNAAAaDQBWGg0ArBoNAGaJAADMkwEAujYCAGaJAAC+JQ4AeigLANAoCwAilAEAMhkAANbNBgAszgYAUj8LAKg/CwD+PwsAVEALAKpACwAAQQsA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAANBwBAGi3AQACCQQAnigCABwDEACw6wkAZokAAIbIAgDMkwEAIpQBAGh7DgAuLQsAhC0LANotCwAwLgsAhi4LANwuCwAyLwsAiC8LAN4vCwA0MAsAijALAOAwCwA2MQsAPg4NAOawCQA8sQkAkrEJAMqQAABQOAgAftIJANTSCQCG+QUA9goIAMgSAgDKkAAAUDgIAAAAAACEUAcAyBICABJ7DgBiaAYAuGgGAA5pBgBkaQYAumkGALDrCQBWAAAAujYCAIYYAAAqlgAAkkkAAFrZAACEUAcAkMsBACRsAgC6NgIA4B4CAEzmCgCi5goA+OYKAE7nCgCk5woA+ucKAObLAQByDgAAKsMBAOgeAAByDgAA0hkDAOAeAgBM5goAouYKAPjmCgBO5woApOcKAPrnCgBQ6AoApugKAPzoCgBS6QoAqOkKAB4TAgCqGQ0AkMsBAGbSDwCQywEAyBICAIb9BwDoHgAAPh8AAJQfAADMkwEAZLMAACqWAAB6gAwA0IAMACaBDAB8gQwAJGwCADbbCgDcGAAAWtkAALDrCQC8TQ0Acg4AAMyVAgDYLAsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAILOBgDYzgYALs8GAITPBgDazwYAMNAGAFwdDQD2CggAUDgIAJDLAQDmywEAcg4AACrDAQDIEgIAHhMCAKoZDQAAGg0AVhoNANpQBwAwUQcAhlEHAMgSAgASew4AZLMAAFYAAADIEgIATNwFAKLcBQD43AUATt0FAKTdBQD63QUAUN4FAKbeBQBW3QMArN0DAALeAwBY3gMArt4DAGaJAADMkwEAKpYAAICWAADU6wAARP0CAHzBAQDiBAoAOAUKAI4FCgDkBQoAOgYKAJAGCgAqlgAANBwBAFYAAAAeeQoAkMsBADZKAgBGfQIAIpgDAMgSAgAeEwIAdBMCAMoTAgC49QwADvYMAFhEDACuRAwABEUMAHqADAD6VgIAUFcCAKZXAgB+0gkA1NIJAHIOAADIDgAAkqEBAMqQAACSSQAAYmgGAIRQBwBQOAgA6L0PAIYYAAD6VgIAUFcCAKZXAgB6gAwA0IAMAJDLAQDIEgIAhv0HAOgeAAA+HwAAlB8AAIYYAAD6VgIAUFcCAKZXAgBYGQwAkEoBAOZKAQCGyAIAzJMBAFA4CADovQ8AZLMAAO6HCADIEgIA8hINALxNDQByDgAAzJUCAMgSAgBYRAwANIgMAIqIDAAkbAIANtsKANwYAABa2QAAhFAHADALDwDKkAAAVgAAAMgSAgAeEwIAdBMCAMoTAgC49QwADvYMACAUAgC6YwMAhFAHAM5AAgDGWBAA7ocIAGaJAACyzQ8AhhgAACqWAAAWRAcAcg4AAM5AAgCKZRAA4GUQAJDLAQDmywEAcg4AAMgOAACSoQEAhsgCADgwCgBQOAgApjgIAPYKCABQOAgAkMsBAObLAQByDgAAKsMBAOgeAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA0hkDADgiAwD6VgIAUFcCAKZXAgBMEQsAohELAPgRCwBOEgsApBILAPoSCwBQEwsAphMLAPwTCwBSFAsAqBQLAP4UCwBUFQsAqhULAAAWCwBWFgsArBYLAAIXCwDIEgIAuCANAMgOAAAUcgkAanIJAMByCQAWcwkAfigKAOhfCwA+YAsAlGALAPjqDADU6wAARP0CAMx8CwByDgAAzJUCACKWAgCeKAIAkqEBAGxpBAACCQQApiwCAMgSAgBcHQ0A9LEGAHqADAAqlgAAWtkAAMgSAgBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQBQ3gUApt4FAFbdAwDSGQMAfMEBAOIECgA4BQoAjgUKAOQFCgA6BgoAkAYKAOYGCgA8BwoASg4KAAAAAAAAAAAAAAAAAFgVCgCuFQoABBYKAFoWCgCwFgoABhcKAFwXCgCyFwoAAAAAAAAAAAAIGAoAXhgKALQYCgCOygEA5MoBADrLAQAeEwIAqhkNAAAaDQBWGg0A0hkDAMQ/BAAaQAQAjD0RAOI9EQA4PhEAjj4RAGaJAACeKAIAkqEBAFhIDgAeEwIA5FkJADpaCQCQWgkAeoAMANCADAAmgQwAfIEMANKBDAAoggwAfoIMANSCDADSGQMAKpYAAIYYAADcGAAAKpYAAIYYAACGGAAA3BgAACqWAACGGAAAkkkAANIZAwA4IgMAjiIDALTvCgAK8AoAYPAKALbwCgAM8QoAYvEKAB4TAgDkWQkAOloJAJBaCQBm0g8AkMsBAMgSAgDoDQ0APg4NAJDLAQDmywEAGpICAJJJAADcRwIAkMsBACKYAwDIEgIAokQPAAAAAADIEgIAnigCAPQoAgBOJwAATicAAKQnAACAlgAA5rwPACKUAQDgHgIAyBICABJ7DgBiaAYAuGgGAA5pBgBQOAgAyBICAGbSDwB6+wkAkkkAAMgSAgBcHQ0ATicAAJJJAADYLAsA+OoMAMzKBwBM1gIAotYCANIZAwBcHQ0Axv4NACrRCACA0QgAnigCAADjBgBW4wYArOMGAALkBgBY5AYABhEHAEzcBQCi3AUA+NwFAE7dBQCk3QUA+t0FAFDeBQCm3gUAVt0DAKzdAwCeuQoA9LkKAFwdDQCyHQ0ACB4NAF4eDQBg9g0AWtkAABDnBABcHQ0Ash0NAJx9AgDyfQIASH4CAJ5+AgD0fgIASn8CAMgSAgBQxQ4AAAAAAMgSAgDW4RAAZLMAAGaLAQDcxgEAMscBAIjHAQDexwEANMgBAIrIAQBW3QMArN0DALrmBAA0HAEAxOUBAHIOAADMlQIAyBICAJ4oAgAcAxAAZtIPAE4nAADIEgIAEnsOAO5QAgBEUQIAmlECAFrMDwDatA4AdhQCAMwUAgAiFQIAeBUCAHIOAADIEgIAWBkMAK4ZDABGfQIANkoCAErdBgAEPQgAkkkAANgsCwD46gwAyBICAAAAAADIEgIAEnsOAE7EDgBYcQ0AnigCABwDEAB+0gkA1NIJAHIOAADIDgAAevsJAJDLAQBkswAAKpYAAAw1AgBiNQIASKsDAEhADgCEUAcAkqEBAMgSAgDgHgIAzJMBAIbIAgA4MAoAWEgOAK5IDgCyzQ8ACM4PAOAeAgDMkwEAhsgCADgwCgAexQUAXggCALhgAgAOYQIAyBICAOAeAgDMkwEAhsgCADgwCgA0HAEA1HQFACp1BQCAdQUA1nUFALrmBAA0HAEAxOUBAHIOAADMlQIAyBICAJ4oAgAcAxAAZtIPAE4nAADIEgIAEnsOAO5QAgBEUQIAmlECADQcAQDUdAUAKnUFAIB1BQDWdQUALHYFAAw1AgBiNQIASKsDAEhADgCEUAcAkqEBAMgSAgDgHgIAzJMBAIbIAgA4MAoAHsUFAF4IAgC4YAIADmECAMgSAgDgHgIAzJMBAIbIAgA4MAoANBwBANR0BQAqdQUAgHUFANZ1BQAsdgUADDUCAGI1AgBIqwMASEAOAIRQBwCSoQEAyBICAOAeAgDMkwEAhsgCADgwCgBYSA4ArkgOALLNDwAIzg8A4B4CAMyTAQCGyAIAODAKAB7FBQBeCAIAuGACAA5hAgDIEgIA4B4CAMyTAQCGyAIAODAKAFA4CAD+yhAAkqEBAFhIDgCGGAAA3BgAAN5GAQBOJwAAqhkNAAAaDQBWGg0ArBoNAEjUAgCAlgAA1OsAAET9AgA4IgMAjiIDALTvCgA0HAEAihwBANrZCwAw2gsAhtoLANzaCwB6gAwA+lYCAFBXAgCmVwIAUDgIADQcAQCKHAEA2tkLADDaCwCG2gsA3NoLAHqADAD6VgIAUFcCAKZXAgBQOAgANBwBAIocAQDa2QsAMNoLAIbaCwDc2gsAWBkMAK4ZDAAEGgwAWhoMALAaDAAGGwwAXBsMAJKhAQDooQEAJsUDAHzFAwDIEgIAypAAAJDLAQCSoQEAftIJANTSCQByDgAAyA4AAJKhAQCGyAIAODAKAFhEDAAMZAQAYmQEALhkBAAOZQQAZGUEAMgSAgDMfAsAIn0LAJJJAAC4kQUAIpgDAMgSAgAeEwIAqhkNAJDLAQDIEgIAWBkMAK4ZDAAEGgwAWhoMALAaDAAGGwwAXBsMAAw1AgBiNQIASKsDAJ6rAwD0qwMASqwDAB4TAgCqGQ0AABoNAFYaDQCsGg0AWEQMADJQBgCIUAYAWEQMAK5EDAAERQwAWkUMAPSxBgBYGQwArhkMAAQaDABaGgwAsBoMAAYbDABcGwwAzkACAALaAQByDgAAyA4AADQcAQCy5AUAVFkCAGSzAADuhwgAzJMBACKUAQDgHgIAyBICAFgZDACuGQwABBoMAFoaDACwGgwABhsMAFwbDAAeEwIAqhkNAJDLAQDIEgIAIBIBACyxDQDYDREALg4RAHqADADQgAwAJoEMAHyBDABYGQwAkEoBAObLAQBIUwIA5FkJADo7DwAqlgAAUDgIAMgSAgBa2QAAzJMBADJQBgDoSQAAyBICAAAAAADIEgIAZtIPAJDLAQDIEgIABCAPAAAAAADIEgIAZtIPAJDLAQDIEgIABCAPAFogDwDOAg4A9LEGAOgNDQDovQ8APr4PAOgwCQDC1Q8AGNYPAOi9DwCGGAAAZLMAAFYAAACsAAAADB4MAGIeDAC4HgwADh8MAGQfDAA0HAEAsuQFALLNDwBeCAIAZokAANTQCAAq0QgAvIkAACRsAgBOCgcAviUOAEzmCgDyEg0ASBMNAJ4TDQD0Ew0AeoAMANCADAAmgQwAfIEMAJ4oAgAcAxAAKpYAAIYYAADIEgIAHhMCAKoZDQAAGg0AVhoNAKwaDQBYRAwArkQMAPDuEABG7xAAnO8QAPLvEABI8BAAWEgOAFA4CADOQAIAyBICABJ7DgC4kQUAIpgDAMgSAgASew4ATsQOAFhxDQBYRAwArkQMAPDuEABG7xAAnO8QAPLvEABI8BAAWEQMADJQBgDSGQMAOCIDANgNEQAuDhEAhA4RAFhEDACuRAwA8O4QAEbvEACc7xAA8u8QAEjwEABYGQwAkqEBAFhIDgCuSA4AQM4BAOgeAAB+0gkARDoMAJo6DADIEgIAaAkAAIYYAADYDREALg4RAIQOEQBYRAwArkQMAPDuEABG7xAAnO8QAPLvEABI8BAAypAAACCRAACSSQAAYmgGALhoBgAOaQYAKpYAAICWAADU6wAARP0CAJKhAQDooQEAJsUDAHzFAwDIEgIAhv0HAA5MDQBkswAA7ocIAMgSAgAeEwIA5FkJADpaCQCQWgkAokQPAPhEDwDgHgIATOYKADQcAQDIEgIAzJMBACKUAQDIEgIAXB0NALLNDwAimAMAyBICAGbSDwBOJwAAyBICABJ7DgASfxAAPkoAAJRKAADIDgAAevsJAJDLAQBkswAAKpYAAJKhAQDooQEATJILAKKSCwD4kgsA+NYCACKYAwDIEgIAWEQMAK5EDADw7hAARu8QAJzvEADy7xAASPAQAFhIDgBQOAgAyBICAOAeAgBM5goANBwBABJ7DgASfxAAPkoAAOAeAgBM5goANBwBAHIOAADIEgIAXB0NAIbIAgDcyAIAzJMBAPKoAgBmiQAAnigCAJKhAQDoDQ0AkMsBAOa8DwCGyAIAODAKAI4wCgDIEgIAHhMCAKoZDQAAGg0AVhoNAKwaDQAeEwIAqhkNAJDLAQDIEgIAAtoBAFA4CACeKAIAZLMAAOAeAgBM5goAouYKAMgSAgDoDQ0AkMsBAOa8DwCGyAIAODAKAI4wCgDIEgIAWEQMAK5EDADw7hAARu8QAJzvEACyzQ8AZLMAACqWAAAeEwIAqhkNAJDLAQDIEgIAAtoBAFA4CACeKAIAZLMAABzGBgByxgYAkqEBADpkDgAC2gEAUDgIAJ4oAgBkswAAJtsOANwYAADeRgEATicAAKoZDQAAGg0AVhoNAKwaDQBI1AIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAMzKBwC6swAAWocCALCHAgAGiAIAUDgIAOi9DwBOJwAATicAAKoZDQAAGg0AVhoNAKwaDQBI1AIAgJYAANTrAABE/QIAsh0NAJJJAABiaAYA1IQNAPLRAQC8iQAAoLgJAMqQAACQywEAEnsOAE7EDgBYcQ0AHhMCAORZCQDc4A4Afm4CAGDiAwC24gMADOMDAGLjAwC44wMADuQDAGTkAwC65AMAnigCABwDEAB+0gkA1NIJAHIOAADIDgAAkqEBAIbIAgA4MAoAUDgIANIZAwCGGAAA3BgAAN5GAQD4KgIAZHMLALpzCwAQdAsAZnQLAB4TAgDslhAAIJEAAMb8DACSSQAAYmgGAIRQBwD24wkAkkkAANgsCwCGGAAAcg4AAIKZAQCEUAcA9uMJAAIJBABYCQQAftIJANTSCQAAAAAAypAAAMyTAQCQywEA5ssBAMgSAgDMfAsA2rQOANqFDAAwhgwAhoYMANyGDAAyhwwAiIcMAN6HDADoDQ0AkMsBAOa8DwCGyAIAODAKAMgSAgA4IAIAjiACANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAFbdAwCs3QMA0hkDAB4TAgCqGQ0AkMsBAMgSAgBYGQwAUDgIABhJCQDIEgIAWEQMADSIDACKiAwAeoAMANCADAAmgQwAfIEMAJKhAQDooQEAJsUDAHzFAwDovQ8AftIJANTSCQAAAAAAypAAAMyTAQCQywEA5ssBADzMAQDIEgIANBwBAIocAQDa2QsAMNoLAIbaCwDc2gsAWBkMAJBKAQDmSgEAhsgCAMyTAQBQOAgA6L0PAHIOAADIEgIAWBkMAK4ZDAAEGgwAWhoMALAaDAAGGwwAXBsMAOAeAgA2HwIAyBICAB4TAgDkWQkAOloJAJBaCQByDgAAyBICAFhEDACuRAwABEUMAHIOAABWAAAA6DAJAB7yBgBOJwAA8tEBAEjSAQCe0gEAokQPALo2AgAqlgAAgJYAANTrAABE/QIAWtkAAGA0AgD6Qw4AumMDACKUAQDgHgIA0hkDAIYYAADcGAAA3kYBACybAgCYwA8ApO0NAFA4CADovQ8APr4PAJS+DwDqvg8AQL8PAJa/DwDsvw8AQsAPANIZAwByDgAAzJUCALiRBQAOkgUAZLMAAJJJAADSGQMAkMsBAObLAQAakgIAdPIGAIbIAgA4MAoAjjAKADZKAgCeKAIAkqEBAFhIDgB8rAwA0qwMACitDAB+rQwA1K0MAGSzAABmiwEAkMsBAObLAQB8rAwA0qwMACitDAB+rQwA1K0MACquDACArgwA1q4MACyvDACCrwwA2K8MAC6wDABm4QEAvOEBALAIAwAGCQMAWEgOAHysDADSrAwAKK0MAH6tDADUrQwAKq4MAICuDADWrgwALK8MAIKvDADYrwwALrAMAFYAAACsAAAARn0CAHapDADoHgAApO0NAMqQAAByDgAA6B4AAD4fAADWlgAAKpYAAICWAADU6wAARP0CAFrZAABgNAIA+kMOALpjAwAilAEA4B4CANIZAwAArAAAVqwAAKysAAAsmwIAmMAPAKTtDQBQOAgA6L0PAD6+DwCUvg8A6r4PAEC/DwCWvw8A7L8PAELADwDSGQMAcg4AAMyVAgDYLAsALi0LAAQ9CACqVwEAqEMNANIZAwDgHgIANBwBAAQ9CACGGAAAkkkAAGaJAABUWQIAYmgGAIRQBwD24wkAyBICAB4TAgB0EwIAkMkAAJKhAQByDgAA6B4AACjYDAB6KAsAnigCAADjBgBUWQIAZokAANTQCADIEgIAzHwLAIzlDwDi5Q8AOOYPANTQCADSGQMAJGwCAEDkDACW5AwA7OQMAELlDADMkwEA8qgCAEipAgCeqQIAKpYAAGaJAAA6EhAAyBICAGbSDwB6+wkAkkkAAMgSAgBm0g8ATicAAMgSAgA0HAEABD0IAFo9CACKHAEAkMsBAICWAAA0HAEAaLcBAL63AQD6VgIAXusIANgsCwBQOAgAyBICAJ4oAgAimAMAyBICAFwdDQCyzQ8A3BgAAN5GAQDoSQAAPkoAADylAwDIEgIAWBkMAJBKAQDmSgEAokANAPhADQBOQQ0A4B4CADYfAgBm0g8AMAsPALj1DAAO9gwAEncMAGh3DAAeEwIAdBMCADbfDACM3wwA4t8MADjgDACO4AwA5OAMADrhDACQ4QwAWBkMAK4ZDABGfQIAdqkMAOgeAADMfAsAjOUPAOLlDwA45g8AZLMAAEzWAgCwoxAA4B4CALDrCQAG7AkAWEQMAK5EDAAERQwAyFEMAB5SDABofxAA5ssBAIb5BQD2CggAyBICAAAAAAAmAg0AyBICALDrCQBmiQAAss0PAFA4CACSoQEAWEgOAFA4CADMfAsA2rQOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAM5AAgDSGQMAyD8DAB5AAwB0QAMA9oEDAEyCAwCiggMA+IIDAE6DAwBcHQ0AVFkCAFwdDQBUWQIAAAAAAOYMDQDIEgIAUDgIAJCwCQDS2Q0AKNoNAH7aDQDU2g0A0hkDAJ4oAgAimAMAkkkAANgsCwDYHAMA7ocIAGaJAABGfQIAsOsJAGaJAABAzgEAyBICAB4TAgB0EwIAyhMCACAUAgCM5Q8A4uUPADjmDwCGGAAAkkkAAGaJAABYBQIAyBICAMx8CwCM5Q8A4uUPADjmDwCEUAcAevsJACCRAADy0wIA6A0NAOi9DwCSSQAA2CwLAB7yBgCSSQAA2CwLAGaJAABGfQIA5ssBAOgNDQDovQ8AkkkAANgsCwAe8gYAkkkAANgsCwByDgAAgpkBANiZAQAumgEAhJoBAObhDAA84gwAyBICAJ4oAgAimAMAyBICAIb9BwCCmQEA2JkBAC6aAQCEmgEAVgAAAJBKAQDmSgEANBwBAGi3AQACCQQA6B4AAD4fAADmywEAAtoBACIdBgAe8gYAkkkAAGJoBgCEUAcANBwBALLkBQDMkwEAIpQBADZKAgC8iQAAKpYAAJ4oAgBmiQAAvIkAACRsAgDIEgIANBwBAIocAQByDgAAzJUCAMgSAgB+0gkA1NIJABqSAgASeQ0AhhgAAJJJAADIEgIATNwFAEzWAgCi1gIA+NYCAE7XAgCSoQEAZokAAEDOAQDMlQIAuuYEAFgZDACQSgEA5koBAKJADQD4QA0ATkENAKRBDQDIEgIATNwFAKLcBQCYlQ8A7pUPAESWDwCalg8A8JYPAEaXDwDIEgIAWtkAAMyTAQAyUAYA6EkAAMgSAgDMfAsA2rQOADC1DgCGtQ4AiFAGAEzcBQCi3AUAvIsBAMzKBwAqlgAAcg4AACrDAQDOQAIADlIQAGRSEACoQw0A/kMNAMyTAQAyUAYA2CwLAFA4CADIEgIAWtkAAMyTAQAyUAYA6EkAAMgSAgBM3AUAotwFALyLAQASjAEAypAAAJ4oAgCSSQAA2CwLAHxYDQDSWA0A2F0OAE4nAADy0QEASNIBAJ7SAQBcSA0AskgNAAhJDQBeSQ0AtEkNAIRQBwCEUAcAMAsPABJ7DgBiaAYAuGgGAA5pBgBQOAgAyBICAGbSDwB6+wkAkkkAAMgSAgBYRAwArkQMAGbSDwBOJwAAKpYAAFA4CADovQ8AUDgIAMgSAgASew4AYmgGALhoBgAOaQYAZGkGALppBgAQagYA7mAKAMZSDQAcUw0Acg4AAMyVAgASew4AYmgGALhoBgAOaQYAUDgIAMgSAgBm0g8AevsJAJJJAADIEgIAWEQMAK5EDADeHwMAGvgKAL57DgAoWQ0AflkNANRZDQAqWg0AgFoNANZaDQAsWw0AglsNANhbDQAuXA0A8GcNAEZoDQCcaA0A8mgNAN4fAwBiaAYAuGgGAA5pBgBkaQYAumkGABBqBgDuYAoAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAFwdDQBOJwAAkkkAANgsCwD46gwAEnsOAE7EDgBYcQ0AnigCABwDEABcHQ0Ass0PAAjODwBYRAwArkQMAPDuEABG7xAAnO8QALLNDwBkswAAKpYAAGbSDwBOJwAAyBICAMx8CwCM5Q8A4uUPADjmDwDIEgIAeoAMANCADAAmgQwAfIEMAE4rAgDatA4AMLUOAAIJBADMfAsA2rQOADC1DgACCQQAeoAMANCADAAyGQAAzHwLAIzlDwDi5Q8AOOYPAIzlDwDi5Q8AOOYPACqWAADMkwEAhsgCADgwCgDIEgIAypAAACCRAAAq7gEAgO4BANbuAQAs7wEAgu8BANjvAQAu8AEAhPABABB4DQBmeA0AvHgNAMgSAgDKkAAAIJEAAFrZAABgNAIAtjQCANgsCwBQOAgAyBICAMx8CwDatA4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEATicAAKQnAACAlgAA1OsAAET9AgDgHgIANh8CAFA4CADIEgIAeoAMANCADAAmgQwAfIEMAE4rAgDatA4AdhQCAMwUAgAiFQIAeBUCAMgSAgCG/QcADkwNAGSzAABkswAAKpYAAHIOAABa2QAAYDQCAFRzDwCqcw8AeoAMANCADAAmgQwAfIEMAE4rAgDatA4AdhQCAMwUAgAiFQIAeBUCAM4VAgDatA4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAumMDAAAAAACGGAAAumMDABBkAwASew4ATsQOAFhxDQBM3AUAotwFAPjcBQBO3QUApN0FAPrdBQDoDQ0APg4NAOawCQBm0g8A2lAHADBRBwBYGQwAzJMBACKUAQCG/QcA5JAPADqRDwBGfQIAftIJANTSCQCG+QUA3PkFAA5MDQBkswAAZLMAACqWAAAqlgAAnigCABwDEABcHQ0AnigCAJKhAQCG+QUA9goIAMgSAgBYGQwAkEoBAOZKAQA65Q4AkOUOAOblDgA85g4AkuYOAGbSDwBOJwAAyBICAMqQAAAgkQAA8tMCAEjUAgCe1AIA9NQCAErVAgCg1QIAeoAMAF4IAgC4YAIAYmgGACqWAAByDgAAyBICAGbSDwBOJwAAyBICAMqQAAAgkQAA8tMCAEjUAgCe1AIA9NQCAErVAgCg1QIAeoAMAF4IAgC4YAIAhhgAANwYAAA+rgcAKpYAAJJJAADuUAIARFECAJpRAgAgEgEAQH4EAGbSDwCeKAIAAtoBACIdBgAe8gYAkkkAAMgSAgDyEg0ASBMNAJ4TDQD0Ew0AeoAMANCADAAyGQAAXB0NAFRZAgCqWQIAAFoCAFZaAgCsWgIAAlsCAFhbAgA0HAEABD0IAJJJAADoSQAAvE0NAFA4CADIEgIAWEgOAFA4CADIEgIAOokLAIRQBwDaUAcAkkkAAGJoBgCEUAcA9uMJANIZAwDKkAAAIJEAAFrZAACw2QAANkoCADoSEABE+QAAVAMCADqJCwCQiQsAZtIPAPbjCQDIEgIAXB0NAPSxBgA6iQsAhhgAANwYAAA+rgcAKpYAADqJCwCQiQsAhsgCANzIAgAyyQIAiMkCAFhEDACuRAwAeJQBAIRQBwAwCw8AemwCAFrZAADMkwEAMlAGAOhJAAC4kQUARDoMAJJJAADoSQAAIpgDAAw1AgBiNQIAuDUCAA42AgBkNgIAHhMCAHQTAgDU0AgAcg4AAHqADAC6YwMAXB0NAKbHDwD8xw8AUsgPAKjIDwD+yA8AIpQBAOAeAgDMfAsAjOUPAOLlDwC6NgIAZokAAEDOAQCWzgEA7M4BAELPAQCYzwEA7s8BANSEDQBOJwAApCcAAICWAADmywEAhhgAAGSzAAAqlgAAokQPAG6CEABcHQ0ALt8OAKC4CQDKkAAAZokAANTQCAAMNQIAYjUCAB6FEAB0hRAA2IwQAC6NEACEjRAA2o0QADCOEACGjhAA3I4QALrmBABYRAwANIgMAIqIDAB6gAwA0IAMACaBDAB8gQwAOokLAJJJAAC4kQUARDoMACqWAAA6iQsATicAAPLRAQDU0AgAcg4AAOgeAAA6iQsAnmkNALiRBQBEOgwAkkkAAOhJAAAimAMA0oEMAHQTAgDU0AgAcg4AAJz+AgDSGQMA0hkDAPwXDQBSGA0AqBgNAP4YDQBUGQ0AOgwNAJAMDQBm0g8AkMsBAMgSAgB6gAwAKpYAAGaJAABGfQIAzHwLACJ9CwBQOAgAyBICAGbSDwBOJwAAyBICAFhEDACuRAwA2A0RAOqgAAAYSQkAKpYAAHIOAADIEgIAeoAMANCADAAmgQwAfIEMAE4rAgDatA4AMLUOAAIJBADoDQ0AYPYNALb2DQAM9w0AYvcNALj3DQAO+A0AZPgNALr4DQAQ+Q0AZvkNALz5DQAS+g0A1NAIAJDLAQDmywEAhvkFAPYKCAAimAMAyBICAMx8CwDatA4AMLUOAAIJBADMlQIAXB0NAIbIAgDcyAIAzJMBAPKoAgBmiQAAnigCAJKhAQAkQQIARDoMAJo6DADwOgwARjsMAJw7DADyOwwASDwMAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDeHwMAYmgGALhoBgAOaQYAUDgIAMgSAgBm0g8AevsJAJJJAADIEgIAWtkAAGA0AgDMkwEAMlAGAGJoBgAilAEA4B4CAMgSAgAeEwIAqhkNAJDLAQDIEgIAZtIPANpQBwAwUQcAFpwIAGycCADCnAgAGJ0IAG6dCACAlgAA1OsAAET9AgBeIA4AtCAOAAohDgBgIQ4AtiEOAAwiDgBiIg4AuCIOAA4jDgBkIw4AuiMOABAkDgBmJA4AvCQOABIlDgBoJQ4A2BwDAH5HBADURwQAKkgEAIBIBADWSAQALEkEAIJJBADYSQQALkoEAIRKBADaSgQAMEsEAIZLBADcSwQAMkwEANgcAwB+RwQA1EcEACpIBACASAQA1kgEACxJBACCSQQA2EkEAC5KBACESgQA2koEADBLBACGSwQA3EsEADJMBADgHgIA4B4CAJDLAQDmywEA4B4CAHooCwBUWQIA2CwLACqWAACAlgAA1OsAAET9AgCGGAAAumMDACKUAQDgHgIAyBICAIb9BwDoHgAAFkQHAFhIDgAe8gYAkkkAANgsCwBQOAgAyBICABJ7DgBoew4AvnsOAD5oDwCG/QcA5JAPADqRDwBGfQIAkkkAAFYAAAAyBAsAiAQLAJJJAAAAAAAATicAAPLRAQBI0gEAZg4DAH7SCQDU0gkAhvkFAEDOAQDIDgAA9uMJANIZAwBUMAMAqjADAAAxAwBWMQMArDEDAAIyAwBYMgMArjIDAAQzAwB6+wkAkkkAAFYAAADqoAAAkkkAAMgSAgAeEwIAkMsBAMagCQA0HAEAyBICAIb9BwD2wg4ATMMOAMyTAQBM3AUAurMAAFhIDgCuSA4AhFAHAJDLAQAkbAIAaHsOAL57DgCkmQ4A+pkOAAylDwBipQ8AuKUPAA6mDwBGfQIAKpYAAFA4CADIEgIAEnsOAGh7DgC+ew4ApJkOAPqZDgAMpQ8AYqUPALilDwAOpg8AKpYAAGaJAAB6bAIAUDgIAMgSAgASew4AaHsOAL57DgCkmQ4A+pkOAAylDwBipQ8AuKUPAA6mDwAeEwIAdBMCAMoTAgAgFAIAwKcOABaoDgBsqA4A9kEOAExCDgCiQg4A+EIOAE5DDgCkQw4AkqEBAFhIDgCuSA4AyBICABJ7DgBoew4AvnsOAKSZDgD6mQ4ADKUPAGKlDwC4pQ8ADqYPAOihAQBa2QAAyBICABJ7DgBoew4AvnsOAKSZDgD6mQ4ADKUPAGKlDwC4pQ8ADqYPAHpsAgBQOAgAyBICABJ7DgBoew4AvnsOAKSZDgD6mQ4ADKUPAGKlDwC4pQ8ADqYPAHIOAADIEgIAHhMCAHQTAgDKEwIAIBQCAH7SCQDU0gkAcg4AAFxIDQCSoQEAkkkAAMgSAgCG/QcADkwNAAylDwBipQ8AuKUPAA6mDwAAAAAAOmQOAMgSAgAeEwIAdBMCAMoTAgDS1wwAzHwLAIzlDwDi5Q8AOOYPAPbjCQAqlgAAhv0HAOgeAACscg4AAnMOAFhzDgDIEgIAZtIPABJ7DgBoew4AYHcOALZ3DgAMeA4AYngOALh4DgAOeQ4AyBICAGbSDwCSoQEAkqEBAFhIDgAe8gYAkkkAAGJoBgAilAEAAgEAABaqDwByDgAAyBICABwsDwCQZA4AkkkAAMqQAABWAAAAZLMAALqzAABahwIAsIcCAAaIAgA0HAEAihwBANrZCwAw2gsAhtoLANzaCwBmiQAARn0CAFA4CAAYSQkAWtkAAIYYAABkswAAurMAAFqHAgCwhwIABogCAJJJAADYLAsAfFgNAIyLDQDiiw0AOIwNAI6MDQDkjA0AOo0NAOgeAAByDgAAAAAAAAAAAAAYqQ4AbqkOAMSpDgAaqg4ARPkAALggDQC65gQArMoPAALLDwBYyw8AIBQCAAAAAABM3AUAotwFAPjcBQB8hQ4A0oUOACiGDgByDgAAyA4AAJKhAQBYSA4AzkACAJKhAQDooQEAVEoQACKUAQBOJwAAWtkAAGA0AgD6Qw4ADlIQAICWAADU6wAARP0CAFA4CADovQ8AnigCAPQoAgDYRQIAuJEFAHosDQDQLA0AhsgCANzIAgAyyQIAbGkEAFA4CACmOAgAMDgQAGJoBgCEUAcA9uMJAMgSAgBa2QAAYDQCAPpDDgC6YwMAIpQBAOAeAgDoDQ0A6L0PAD6+DwCUvg8A6r4PAEC/DwCWvw8A7L8PAGJoBgCEUAcA9uMJAMgSAgBa2QAAYDQCAPpDDgC6YwMAIpQBAOAeAgCG/QcADkwNAMyTAQAyUAYA2CwLAHxYDQDSGQMAEnsOAGh7DgC+ew4ApJkOAPqZDgBQmg4AppoOAPyaDgAeEwIAdBMCAMoTAgAgFAIAwKcOAMLqBAAY6wQAru4LAEQ6DAC+GQgAGEkJAHr7CQCSSQAAyBICAAAAAADovQ8AgJYAANTrAAAq7AAAAAAAAAAAAACG/QcADkwNAMyTAQAyUAYA2CwLAHxYDQBs6gQASkEOAKBBDgA+aA8AHhMCAORZCQA6WgkAkFoJAAAAAABwqg4AfMEBAE4nAADy0QEASNIBABAOAwDSGQMAzHwLANq0DgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAyv4MACD/DAB+0gkA1NIJAALaAQAiHQYAHvIGAJJJAABiaAYAhFAHAPbjCQDIEgIAWEQMAK5EDACqVwEAqEMNAP5DDQBURA0AqkQNAABFDQBWRQ0ArEUNAAJGDQBYRg0ArkYNAFwdDQD0sQYAeoAMANCADAA+rgcAokQPANhwAgAucQIAhHECANpxAgDIEgIAzHwLANq0DgAwtQ4AhrUOAIhQBgBM3AUAotwFALyLAQASjAEAYPoPADQcAQCy5AUAzJMBACKUAQC6YwMAIpQBAOAeAgDIEgIAWEQMAK5EDAAk2g4AetoOAMKqDwAYqw8A3EcCANDaDgC65gQAAAAAAMgSAgDKkAAAIJEAACgDDQB+Aw0A1AMNACoEDQCABA0A1gQNACwFDQCCBQ0AjOUPAOLlDwA45g8AnigCABwDEACSSQAAWtkAACqWAAAqlgAAhhgAAMgSAgASew4AaHsOAL57DgBWAAAArAAAAAIBAAC65gQAJNoOAHraDgC65gQAkkkAANxHAgDQ2g4AuuYEAAAAAADIEgIAEnsOABJ/EADMkwEAAgkEAFgJBACuCQQAaHsOAL57DgAoWQ0AflkNANRZDQAqWg0AgFoNANZaDQAsWw0AglsNANhbDQAuXA0A8GcNAEZoDQCcaA0A8mgNAEhpDQAkbAIAQOQMAFA4CACGGAAA+lYCADoSEACsMwQApiwCAPwsAgBE+QAAVAMCAGgXBwBM1gIAotYCAPjWAgC8iQAAkMsBAMagCQByDgAAKsMBACKUAQC6YwMAAgkEAKYsAgCY5QwAUDgIAMgSAgBYRAwArkQMAJJJAADYLAsAfFgNANJYDQDaUAcAMFEHABacCACSSQAA7lACAGbSDwD24wkAyBICAIb9BwDoHgAArHIOAAJzDgBYcw4AujYCAGaJAADU0AgAKtEIAIDRCABM3AUATNYCAKLWAgD41gIAnigCAGaJAAC8iQAAkqEBAGaJAAAkbAIALocNAISHDQDahw0AMIgNAIaIDQDciA0AftIJAEQ6DADqewMAQHwDAPjqDADU6wAARDoMAFYAAACSSQAA2CwLAAAAAAAAAAAAAAAAAJ4oAgAcAxAATicAAKoZDQCQywEA5ssBAFwdDQDG/g0AKtEIAGgJAAC+CQAA8hINALxNDQASTg0AZokAAE4nAACSSQAA2CwLAPjqDADIEgIAXB0NAMb+DQAq0QgAaAkAAL4JAADyEg0AvE0NABJODQDMfAsAZokAALyJAADuhwgAaAkAAL4JAADyEg0AvE0NABJODQDMfAsAZokAALyJAADuhwgAaAkAAL4JAADyEg0AvE0NABJODQBsaQQAIpQBAIKZAQAilAEA6DAJAMLVDwAY1g8AbtYPAMTWDwAAAAAAHhMCAHQTAgDKEwIAeAQPAM4EDwDIEgIAEnsOAGh7DgC+ew4APmgPACRsAgAAAAAAyBICABJ7DgBoew4AvnsOAD5oDwCG/QcADkwNAMyTAQAyUAYA2CwLAHxYDQBYGQwArhkMAKhwDgAeEwIAdBMCAMoTAgBM3AUATNYCAJD4AgBkswAAKpYAABZEBwCSoQEAWEgOAFA4CAD2wg4ATMMOAKLDDgD4ww4ATsQOAKTEDgDoDQ0A/soQAFTLEAA2SgIAVFkCAGJoBgCEUAcA9uMJALo2AgA0HAEAcg4AABJ7DgBoew4AvnsOAD5oDwBYGQwArhkMAKhwDgAeEwIAdBMCAMoTAgCG/QcADkwNAMyTAQAyUAYA2CwLAHxYDQDOQAIAzkACAK4fDwDIEgIAHhMCAHQTAgDKEwIAIBQCAIzlDwDi5Q8AOOYPAB4TAgCQywEAxqAJADQcAQBm0g8AMAsPAFhEDADgHgIAhhgAANwYAACQywEA5ssBADzMAQDIEgIAypAAACCRAADG/AwAHP0MAHL9DADI/QwAHv4MAHT+DAAgrQ4AXiIPALQiDwAKIw8AOmQOACTrAQCscg4AAnMOAFhzDgDIEgIA8hINALxNDQASTg0AYHcOALZ3DgAMeA4AYngOALh4DgAOeQ4AyBICAPISDQC8TQ0AEk4NAGaJAAC8iQAA7ocIAMgSAgCG/QcA6B4AAKxyDgACcw4AWHMOAMgSAgDyEg0AvE0NABJODQASew4AaHsOAGB3DgC2dw4ADHgOAGJ4DgC4eA4ADnkOAMgSAgDyEg0AvE0NABJODQAAAAAAWAUCAJJJAADKkAAAkMsBAObLAQCiRA8AVgAAAKwAAADIPwMAHkADAHRAAwDKQAMAzHwLANq0DgB2FAIAzBQCACIVAgB4FQIAzhUCAIoeAgB+0gkARDoMAEzcBQCi3AUA+NwFAHqADAD6VgIAUFcCAAAAAACiRA8A+EQPAETBDwCawQ8A8MEPAEbCDwDS1wwAWBkMAK4ZDACocA4A0hkDAEjDDwCeww8A9MMPANIZAwDIEgIAypAAACCRAACMywIAMlAGAIhQBgAC2gEAWEoPAFYAAADMkwEAMlAGANgsCwD46gwAhsgCAMyTAQAilAEA6nsDAGaJAAC+JQ4ATOYKAFgZDACSoQEAZokAAFRZAgBOJwAAqhkNAJDLAQA0HAEAyBICAIb9BwAOTA0AzJMBADJQBgDYLAsARDoMAJo6DADIEgIAHhMCAORZCQDc4A4AMuEOAIjhDgDe4Q4ANOIOAIriDgDg4g4AXB0NAE4nAACSSQAA2CwLAPjqDAAUKhAAaioQAMAqEAAWKxAAbCsQAMIrEAB2qQwAyBICAB4TAgCqGQ0AABoNAFYaDQCG/QcA9sIOAEzDDgCiww4A+MMOAOSQDwA6kQ8ARn0CAJJJAADYLAsAXB0NAJ4oAgBIQA4AnkAOAJJJAADYLAsADkwNAGSzAABkswAAKpYAAHIOAAAqwwEATicAAOyWEAB0EwIAyhMCACAUAgDYXQ4ALl4OAIReDgCqGQ0AABoNAFYaDQCG/QcA9sIOAEzDDgCiww4A+MMOAOSQDwA6kQ8ARn0CAJJJAADYLAsAXB0NAJ4oAgBIQA4AnkAOAJJJAADYLAsADkwNAGSzAABkswAAKpYAAHIOAAAqwwEATicAAOyWEADaXg4AMF8OAIZfDgBAzgEAyBICAAAAAADIEgIAHhMCAHQTAgDKEwIAuPUMAA72DAAAAAAAftIJAEQ6DACaOgwA0hkDAMx8CwAWRAcAbEQHADoSEACsMwQA6B4AAFA4CADSGQMAzJMBACKUAQBOJwAAqhkNAET9AgAQDgMAZg4DABJ7DgBoew4AvnsOAD5oDwCUaA8AsHYPAAZ3DwBcdw8AgFQKANZUCgAsVQoAuPUMAA72DADMfAsAjOUPAOLlDwA45g8AglUKAMCnDgDC6gQAGOsEAOpgCwDatA4AjD0RAOI9EQA4PhEAjj4RAFgZDACSoQEAWEgOAK5IDgBAzgEA6B4AAH7SCQDU0gkAKtMJAJ5TAgCiRA8AJOsBAHrrAQB8wQEAsOsJAJjlDAAWRAcAYDQCAPpDDgC6YwMAIpQBAOAeAgAQDgMAZg4DABJ7DgBoew4AvnsOAD5oDwCUaA8AsHYPAAZ3DwBcdw8AzJUCACKWAgCyzQ8AUDgIAKY4CABGfQIAUDgIALo2AgCEUAcAevsJACqWAACAlgAA1OsAAET9AgBm4QEAvOEBAJKhAQBYSA4AkkkAANgsCwASew4AZokAAEDOAQAk2g4AzJMBAPKoAgBQOAgAyBICAB4TAgB0EwIAyhMCACAUAgCG/QcADkwNAGSzAABkswAAKpYAAHIOAAAqwwEATicAAOyWEAC0oQ4ACqIOAGCiDgC2og4ADKMOAKJEDwD4RA8ATkUPAOSQDwCqng8AAJ8PAFafDwCsnw8AuKMOAA6kDgBkpA4AyBICAMgSAgDSGQMANBwBADQcAQCy5AUARn0CACKYAwDIEgIAWAUCAK4FAgAEBgIAWgYCALAGAgAGBwIAhhgAACqWAACSSQAA7M4BAFA4CABWAAAA6DAJAFA4CACSSQAAZokAANTQCADIEgIAEnsOAGh7DgC+ew4APmgPAHQTAgDKEwIAIBQCAIb9BwAOTA0AZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAA7JYQAFrZAABgNAIAVHMPACqWAACAlgAA5ssBABJ7DgBoew4AvnsOAGSzAABmiwEAZuEBALzhAQCSoQEAWEgOAJJJAAASew4AaHsOAL57DgBcHQ0ApscPAPzHDwBSyA8AqMgPAP7IDwBUyQ8AqskPAADKDwDSGQMAAAAAAAAAAADMkwEAAgkEACTaDgAqlgAAVgAAAJBKAQDmywEAGpICAEzWAgBUWQIA2CwLAGSzAAAAAAAAboIQAB4TAgB0EwIAyhMCACAUAgD00gEAJIgQAPbCDgBMww4AosMOAPjDDgDIEgIAEnsOAGh7DgC+ew4APmgPAJRoDwBYRAwArkQMAEDOAQCWzgEA7M4BAELPAQCYzwEA7s8BAETQAQByDgAADDUCAB4TAgB0EwIAyhMCALj1DAAO9gwAzHwLAIzlDwDi5Q8AOOYPAIYYAADIEgIAzHwLAIzlDwDi5Q8AOOYPAGbSDwDMygcAIssHAHjLBwDOywcAJMwHAHrMBwDQzAcAhFAHAJJJAADoSQAAPkoAADylAwDIEgIAzHwLAIzlDwDi5Q8AOOYPAIYYAABQOAgAkLAJACKUAQDgHgIA0hkDAMx8CwDatA4AINoPAHbaDwDM2g8AItsPAHIOAABmiQAASt0GAFYAAACSoQEAnigCAEhADgCeQA4A9EAOANBZDgCSoQEAWEgOAK5IDgAESQ4AyBICAGbSDwBOJwAAyBICABJ7DgBoew4AvnsOAFA4CACQsAkA0tkNACjaDQA6ZA4AkGQOAJKhAQBYSA4ArkgOABhJCQDsZw4AQmgOADpkDgCQZA4AgJYAANTrAABE/QIAGn8OAJJJAADYLAsAfFgNANJYDQDoDQ0APg4NAKLuDgD47g4ATu8OAKTvDgD67w4AUPAOANKBDADkWQkA3OAOADLhDgCI4Q4A3uEOAMgSAgCeKAIAHAMQAE4nAACqGQ0AkMsBAObLAQBYRAwAMlAGAHIOAADIEgIAWBkMAK4ZDABGfQIA5ssBAIYYAACSSQAAyBICAFwdDQCyzQ8AUDgIAMgSAgBa2QAAYDQCAFRzDwCqcw8ATNwFAEzWAgCQ+AIAZLMAACqWAAAWRAcAkqEBAFhIDgBQOAgAkkkAAO5QAgBEUQIAmlECAKTtDQCk7Q0AIBIBACqWAACAlgAA1OsAALo2AgAQNwIAZjcCALw3AgASOAIAujYCAE4nAADy0QEASNIBABJ3DABodwwAAAAAAN4fAwAa+AoAvnsOAHB/DgB0EwIAyhMCACAUAgAMNQIADDUCACqWAABmiQAAss0PAGSzAACQywEA5ssBAIb5BQBUWQIAYmgGAIRQBwD24wkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQA+dQAAVFkCAGJoBgACCQQATicAAORZCQAqlgAAUDgIAFA4CADovQ8APr4PAOgwCQDC1Q8AGNYPAOi9DwCGGAAAZLMAACKYAwAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAFYAAABWAAAAkqEBAGxpBABkswAATNYCAFRZAgBiaAYAhFAHAPbjCQBkswAAZosBANzGAQAUKhAA2CwLAKpXAQDahQwAMIYMAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCGGAAA3BgAAD6uBwCSSQAAuJEFAHosDQDsegIAcg4AAIKZAQAqlgAAhhgAAJJJAABkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAFbdAwCs3QMAenQGANB0BgAmdQYAfHUGANJ1BgAodgYAfnYGANR2BgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBANgsCwCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAkkkAAGaJAADMkwEAIpQBACqWAACAlgAAkqEBAGaJAACQyQAAIJEAAMb8DADuhwgARIgIAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBsaQQAIpQBALpjAwAyUAYAYmgGAGaJAADU0AgAbGkEANhwAgBmiQAAVFkCAGJoBgCEUAcA9uMJACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAVFkCAGaJAABmiQAAvIkAABKKAABoigAAvooAABSLAACQywEA5ssBAHIOAADIDgAAevsJAJDLAQBkswAAKpYAAE4nAADy0QEASNIBABJ3DABodwwAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDgHgIATOYKAKLmCgAC2gEAUDgIAJ4oAgBkswAAZLMAAGaLAQDcxgEAMscBAIjHAQDexwEANMgBAIrIAQBW3QMArN0DAHp0BgDQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgDUdgYAzJMBAPKoAgBIqQIAnqkCAPSpAgBKqgIAoKoCAHIOAADMlQIAIpYCAFRZAgDYLAsAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAjgsNAOQLDQAqlgAAqlcBAIw9EQDiPREAOD4RAI4+EQDkPhEAOj8RAJA/EQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQCOCw0A5AsNAGSzAABmiwEAZuEBALzhAQCSoQEAWEgOAJJJAABiaAYAhFAHAPbjCQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQCOCw0A5AsNAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAGZqBgCWZQ0A7GUNAEJmDQCYZg0A7mYNAERnDQCaZw0ABFoBAI4LDQDkCw0AypAAACCRAADG/AwA7ocIAESICACaiAgA8IgIAEaJCACciQgAkLAJAIRQBwAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQCOCw0A5AsNAHIOAADCEwQAGBQEAFhIDgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAI4LDQDkCw0ArDMEAAI0BABYNAQArjQEAAQ1BABaNQQAsDUEAAY2BABcNgQAsjYEAAg3BAAEWgEAjgsNAOQLDQBOJwAAkqEBACKYAwBa2QAAYDQCACKYAwByDgAAwhMEABgUBABYSA4AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQCOCw0A5AsNAGY7BAC8OwQAEjwEAGg8BADIEgIA0hkDAOhJAABqgBAAwIAQABaBEACQywEAxqAJAFrZAABgNAIAnigCAJKhAQDIEgIAzHwLANq0DgB2FAIAzBQCACIVAgB4FQIAzhUCAAAAAADIEgIAftIJANTSCQAakgIAEnkNAGh5DQC+eQ0AFHoNAIb9BwAm2w4AfNsOANLbDgAo3A4AftwOANTcDgCG/QcAJtsOAHzbDgDS2w4AKNwOAH7cDgDU3A4AzHwLANq0DgB2FAIAzBQCACIVAgB4FQIAzhUCAKJEDwBughAAXB0NAC7fDgCguAkAypAAAGaJAABcHQ0ALt8OAKC4CQDKkAAAZokAANTQCADIEgIAokQPAG6CEADEghAAGoMQAHCDEADGgxAAHIQQAHKEEADIhBAAypAAAJKhAQCSoQEAyBICAOgNDQA+Dg0AlA4NAOoODQDmvA8AIpQBAOAeAgDIEgIAWEQMADJQBgDYLAsALi0LAHIOAABOJwAAkkkAAMgSAgBM3AUAotwFAPjcBQAkWw8AelsPANBbDwAmXA8A4B4CALDrCQAG7AkAyBICAEzcBQCi3AUA+NwFACRbDwB6Ww8A0FsPACZcDwCQyQAAcg4AAOgeAABQOAgAyBICAJ4oAgAimAMA0hkDACTrAQDEghAAIn0LAFA4CADIEgIAZtIPAE4nAADIEgIAWEQMAK5EDACGGAAAKpYAAICWAADIEgIAzHwLANq0DgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAhv0HAOSQDwA6kQ8AeJYCAM6WAgDIEgIAEnsOALiRBQB6LA0A0CwNACYtDQCiRA8A+EQPAKJEDwD4RA8ATkUPAKRFDwBM3AUATNYCALCjEAAGpBAAXKQQALKkEAAIpRAAXqUQALSlEAAKphAAokQPAPhEDwBcHQ0AnigCAEhADgCGyAIAODAKAMx8CwDatA4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAFrZAABgNAIAVHMPAKpzDwASew4AEn8QAD5KAAACswMAPg4NAJDLAQDmywEAGpICAJJJAADIEgIATNwFAEzWAgCwoxAABqQQAFykEABm0g8ATicAAMgSAgASew4AEn8QAD5KAAAeEwIAqhkNAJKhAQCSoQEA6KEBAFrZAADMkwEAIpQBAOAeAgDIEgIAzHwLANq0DgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDKkAAAkMsBAOa8DwAilAEA4B4CAMgSAgDyEg0ASBMNALLNDwBQOAgAkqEBAGxpBAAilAEA4B4CAMgSAgBm0g8ATicAAMgSAgASew4AEn8QAD5KAADYtxAALrgQAIS4EADauBAAMLkQAIa5EADcuRAAMroQAIi6EADeuhAANLsQAIq7EADguxAADDUCAGI1AgDeuA8Ass0PANwYAADeRgEA6EkAAD5KAAA8pQMAyBICAMx8CwDatA4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAGbSDwDMygcAIssHAHjLBwDOywcAJMwHAHrMBwDQzAcAZEwNALpMDQAQTQ0AZk0NANIZAwAAAAAAAAAAAAAAAADIEgIAeoAMANgNEQAuDhEAhA4RAFhEDACuRAwA8O4QAEbvEACc7xAA8u8QAEjwEABcHQ0A9goIAFA4CAAimAMAZokAAEZ9AgCGGAAAyBICAFwdDQD2CggAUDgIAFgZDACGGAAA2A0RAC4OEQCEDhEAWEQMAK5EDADw7hAARu8QAJzvEADy7xAASPAQAFwdDQD2CggAUDgIAHIOAADMlQIAIpYCANTQCAAq0QgA4B4CAEzmCgA0HAEAyBICAFhEDACuRAwA8O4QAEbvEACc7xAA8u8QAEjwEACeKAIA9CgCABDrBgDy0wIAkqEBAFhIDgBYRAwArkQMAPDuEABG7xAAnO8QAPLvEAA2HwIAyBICAOAeAgBM5goAouYKAHqADADYDREALg4RAIQOEQBYRAwArkQMAPDuEABG7xAAnO8QAPLvEABI8BAAVgAAAJBKAQDmSgEAhsgCAMyTAQBQOAgA6L0PAICWAAB2qQwAzJUCALiRBQB6LA0AVFkCANgsCwDgHgIAIpgDANIZAwBmOwQAvDsEABI8BABoPAQAWtkAAMyTAQAyUAYA6EkAAMgSAgDMfAsA2rQOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAw1AgBiNQIAEnsOAE7EDgBYcQ0AftIJANTSCQCAlgAARDoMAJo6DADIEgIAWBkMAK4ZDACocA4AVgAAADQcAQDIEgIAzHwLAIzlDwDi5Q8AAAAAADjmDwCYlQ8AbEAFALLkBQCyzQ8AUDgIAMgSAgAeEwIAdBMCAMoTAgAgFAIAWtkAAMyTAQAyUAYA6EkAAMgSAgDMfAsA2rQOADC1DgCGtQ4AiFAGAEzcBQCi3AUAvIsBACYCDQB8Ag0AfAINAFDFDgB8wQEA4gQKADgFCgCOBQoAEHwPAGZ8DwBWAAAAkEoBAOZKAQCiQA0A+EANAE5BDQCkQQ0AyBICAEzcBQCi3AUAmJUPAO6VDwBElg8AmpYPAPCWDwBGlw8AbGkEANSEDQAqhQ0AHvIGACKYAwBkswAAurMAAM6qDAAkqwwAeqsMABJ3DABodwwAKpYAAICWAADU6wAARP0CAOAeAgA2HwIAZokAABJ/EAA+SgAAPKUDAJKlAwBcHQ0Ash0NAAgeDQASew4AaHsOAL57DgBwfw4AdBMCAMoTAgC49QwADvYMAE7EDgBYcQ0Ahv0HAOgeAAAqlgAAEnsOABJ/EAA+SgAAHhMCAOyWEABClxAAmJcQAO6XEACG/QcA5JAPADqRDwB4lgIAzpYCAMgSAgASew4AuJEFAHosDQDQLA0AftIJANTSCQCiRA8AkMsBAEQ6DACaOgwAyBICADQcAQCy5AUAhsgCADgwCgCqGQ0AkMsBAMgSAgA0HAEAihwBAJDLAQDmywEAWEQMAK5EDABOJwAAqhkNAJDLAQA0HAEAsuQFAFRZAgBiaAYAhFAHACqWAAAe8gYAHMYGAJJJAABiaAYAhFAHAPbjCQDIEgIAHhMCAHQTAgDKEwIAIBQCAB4TAgCqGQ0AkMsBAMgSAgASew4AZokAAEDOAQASfxAAPkoAADylAwCSpQMAfLIPAH6zDwDUsw8AKrQPAB4TAgB0EwIAyhMCAHgEDwDOBA8AyBICABJ7DgBoew4AvnsOABh6DABuegwAxHoMABp7DABwewwAxnsMABx8DAByfAwATAMEAKIDBACYlQ8A7pUPALAIAwAGCQMAWEgOAJbOAQCccBEA8nARAMjeEgB0AA4AIpgDAIDDAQD4nhEAovYSAFA4CADSPgAASHERAJ5xEQD4nhEADlQRAEJMAACWcRMAovYSAFA4CACi9hIAovYSAFA4CAD4nhEAxNwSAKL2EgCWcRMA4B4CAD4fAAAgEgEAlnETACASAQCYmREAmJkRAFA4CADovQ8AQCAAACASAQA8ygAAPMwBAK5OEQCuThEAovYSADzMAQCi9hIArHIOAJJrEQDoaxEAtv4RAJxwEQDycBEApkwSAJZxEwBoCQAA+J4RAJJrEQDoaxEAIBIBADRnEQDSuBIAKLkSACq4EQDgHgIAmJkRAEqdEQCgnREAnHARAPJwEQBOSxIANBwBAG6CEACYmREA7m4RAJiZEQD24wkAqiUTALb+EQD4nhEA5mwSAKL2EgBoCQAAaAkAAL6BEQAUghEAaoIRAJZxEwByDgAA/HURAFJ2EQD8dREAUnYRAPDFEQCWcRMAWHENABAOAwBQOAgA7ocIAFA4CAC+gREAFIIRAL4EEwAgEgEAvoERABSCEQC+BBMAPh8AAJxwEQDycBEAplcCAMgSAgA0iAwA+J4RANIZAwBYcQ0AWHENAMgSAgCSSQAAmJkRAPKoAgBQOAgA+J4RADhLAgD8dREAUnYRAJiZEQBQdREApnURAPx1EQCSmBIA/HURAJKYEgDEsRIAmJkRAMiGEQDAghEAFoMRADRnEQDAghEAAAAAAMgSAgC+gREAFIIRAL6BEQAUghEAvoERABSCEQCodhEAtv4RAARTEwBaUxMAzkACAFB1EQA0ZxEA/HURAFJ2EQDOQAIAUDgIAMgSAgCWcRMAyBICAFhSEwAKfREAHF8TAPieEQD4nhEAuuYEALrmBAC65gQA0hkDANTQCAAcAxAA1P0JABwDEAAmXA8AJlwPAJJJAAAefw0AFrASAET5AAByDgAAcg4AAHyLEQAWgRAARPkAAKKgEgByDgAAFoEQAJiZEQCYmREAmJkRAJiZEQCYmREANGcRADRnEQCYmREAmJkRAJiZEQCYmREAmJkRAJiZEQA0ZxEANGcRADRnEQCYmREAmJkRAJiZEQA0ZxEANGcRAIiREQA0ZxEANGcRAJiZEQCYmREAmJkRAMgSAgDIEgIAhBITAGgJAACEEhMAaAkAADyWEQDwvQ0AyBICAJZxEwCQywEA4gQKAMgSAgByDgAAcg4AAJiZEQCYmREAkqEBABxfEwC+gREAFIIRANIZAwD4nhEAlnETAHIOAADymxEAyBICAPbVAgDoHgAAIpgDALDrCQCGGAAAUDgIAMSdCABQOAgAGt0SAPieEQCA5RIAHF8TAHIOAACYewIAWtkAAFrZAABa2QAAlnETAFrZAABMVQIAOhIQAJZxEwCYewIAlnETANpxAgD09BIACtUSAGDVEgBWoxEAlnETAGBWEwC2VhMA9P8CACASAQCWcRMA1uEQAGgJAACWcRMAVgAAAIYYAADovQ8ADlQRACKYAwA0lBIAVgAAAPT0EgBoCQAAlnETAOZsEgBoCQAA+J4RAGgJAABoCQAArlASAPieEQAOVBEAzJUCACKYAwAcsREAVggEAAriAwAYrxEAxuoDAOxxEwD2CggANGcRANK4EgAouRIAJuMSAATfAwC+gREAFIIRAL4EEwBGxhEANGcRAJZxEwBS3wUAAt4DAFj6EQA0ZxEAmJkRAJiZEQC+gREAFIIRAJiZEQBKnREAoJ0RAMgOAAD4nhEAkFoJAFhIDgD4nhEAQJoSAECaEgD4nhEAhLwSAESaEQD4LgQAyBICAPieEQAsuREAPMwBAJZxEwDIEgIAyBICAMgSAgDscRMAyBICAA5UEQCWcRMAyBICAPieEQAcXxMASp0RAKCdEQDIEgIAUN4FAK57EgA6iQsAOmQOAJZxEwAQagYAlnETAO5gCgAc3BEAQCAAAPieEQAsuREAgrkRAB5eEgCWcRMAzJUCAFhIDgD4nhEAxNwSAET5AACuexIAWPoRANzaCwAStQAAnigCAMgSAgA0ZxEA0rgSACi5EgC+gREAHLMSADpkDgD8TBIADlQRAHIOAAAgEgEAmMQRAPRIEgBKSRIAHl4SAJJJAAA0ZxEA0rgSACi5EgAm4xIAfOMSAB5eEgCSSQAAHl4SAJJJAAB6XxEABtERAJZxEwDIEgIAlnETAMgSAgD4nhEAxNwSALb+EQD4nhEA0rYRACi3EQB+txEA6kMSAMgSAgBOdBEA+J4RAJiZEQBKnREAoJ0RAHbeEQD0BQYADlQRAKolEwCKiAwA7HETAJiZEQDscRMAmJkRAPp0EQDSGQMAPOwRAJLsEQDo7BEA0rYRACi3EQB+txEA1LcRAF5TEgA87BEAkuwRAOjsEQB6XxEAllUFADRnEQDSuBIAKLkSACbjEgB84xIAlgsLAJZxEwDMlQIAlnETAK57EgAOVBEAuuYEAALeAwDYLAsAmJkRAEqdEQCgnREAdF4SAEAgAAA0ZxEA0rgSACi5EgCWcRMA0hkDACbjEgB84xIANtkJAB5eEgCSSQAAjuoRAOTqEQA66xEA0uMSABBqBgCO6hEAmJkRAO7GEgA0ZxEA7HETAJiZEQBKnREA7HETAFhIDgDIEgIAHF8TAEqdEQCgnREAktYGAPieEQDE3BIAlnETAKwaDQD4nhEAlnETABaYBgB44RIANGcRAOxxEwD8dREAUnYRAFA4CABUThIAPOwRAJLsEQDo7BEAHF8TAEqdEQCgnREAHLERAMyVAgBYSA4AeOESAJZxEwBYSA4AyBICAJSZEgBQOAgAhsgCAHjhEgDO4RIAJOISAHpfEQAgEgEA+J4RAJZxEwBOxA4ADlQRAHapDAA0ZxEAeOESADRnEQB44RIAmJkRAOxxEwDscRMA7HETAJiZEQBKnREAoJ0RANK2EQAotxEAfrcRAJZvEgDS4xIAKOQSAK57EgBAIAAA1LcRAJzGEQB44RIAzuESACTiEgB64hIAHF8TAESaEQCidxMAkMARAObAEQCidxMAjuoRAHjhEgA0ZxEA0rgSACi5EgA0ZxEA0rgSACi5EgCWcRMA3L0SAPjqDACWcRMAWEgOAJZxEwCMAAgADlQRAMgSAgA8zAEAIBIBAPieEQCEvBIARJoRAGbYEgAAAAAAUDgIAAAAAABCchMA+J4RAIS8EgBEmhEAZtgSAAAAAABQOAgAAAAAAJZxEwCWcRMAyN4SAJZxEwDI3hIAlnETAMjeEgBCchMAlnETAECaEgDscRMAmJkRAJiZEQBKnREAoJ0RAPieEQAAAAAAxNwSAFhxDQA0ZxEA0rgSACi5EgC6qhEAlnETAPT0EgCSSQAAbFoSAByzEgD2CggA2LsSAC68EgC+BBMAIpgDAHjhEgDO4RIAJOISAPieEQD4nhEAmJkRAEqdEQCgnREAFnMJAAAAAAAKKRIAYCkSALYpEgDEnQgA7sYSAETHEgCaxxIAlnETAHpfEQD46gwA3skCAFhIDgD4nhEAlnETADSUEgDKeQoAel8RAJZxEwD24wkAtv4RAL6BEQAUghEA/HURAFJ2EQA0ZxEA0rgSACi5EgDqewMA+J4RAJZxEwCs3QMAmJkRAJiZEQBKnREAoJ0RAFA4CABAIAAAmJkRAHCyEgCYmREASp0RAKCdEQAiYhMAAAAAADRnEQDSuBIAKLkSAPieEQAsuREAgrkRAA5UEQD4nhEAsuwJAK57EgAOVBEA4BwBAAAAAACWcRMArnsSAA5UEQDgHAEAfDcSADRnEQDSuBIAKLkSAIS8EgBEmhEAlnETAPieEQCYmREASp0RAKCdEQCWcRMAIpgDAF5+EgDIEgIAPEISAJiZEQBE+QAAanIJAJJJAACA5RIAIpgDADzMAQCWcRMAgJYAAECaEgDqewMAAvoRAMgSAgDIEgIA+J4RAL4EEwByXxMAIBIBALb+EQDIEgIATksSADJQBgAsuREAgrkRAAL6EQAilAEAfDcSANI3EgAoOBIAUDgIAAAAAAAAAAAAAAAAAJZxEwCuexIAAAAAAAAAAAAAAAAATksSAAxVEgCSSQAAyBICACASAQCWcRMA9PQSAK57EgBQOAgAmJkRAFj6EQBY+hEAmJkRAESaEQAQDgMALmgTANK4EgAouRIAJuMSAHzjEgCqJRMAHF8TAESaEQC65gQANGcRAIpnEQC65gQAKpYAAJJJAABMCwgAlnETAGaJAABMCwgA7HETABZaEgAC+hEAvoERABSCEQCodhEALLkRAIK5EQC+gREAFIIRAKh2EQAsuREAgrkRAJJJAACSSQAAHNwRAHzBAQDuxhIARMcSAJrHEgAeXhIAlnETACKYAwCYmREAlnETAKzdAwDK3xIAyBICAJiZEQBKnREAoJ0RAIBkEgDWZBIAuuYEALrmBACWcRMArN0DAKzdAwBQ3gUAlJkSAA5UEQAAAAAAlnETAJZxEwAqlgAA+J4RAKzdAwDcvRIAyBICAFZBCwDgHgIARHESAJpxEgBWAAAAVgAAABBqBgD4nhEAyBICAJZxEwCWcRMAhhgAADRnEQDSuBIAKLkSAKb2EQCsGg0ABN8DAJiZEQBKnREAoJ0RAKJEDwC+gREAHLMSAOiYEgDmbBIA9uMJAOZsEgDmbBIAUDgIAIYYAAC+gREAHLMSABSCEQA0ZxEA+J4RAOZsEgA8bRIAkm0SAKolEwD8dxIAeLYSAJiZEQCs3QMA+J4RAJIHCgCgDgoAAAAAAFxSEgCyUhIAAAAAAAAAAAAKGQoApHQRAKwaDQD4nhEAlnETAJZxEwBAmhIA+J4RACASAQCSSQAA+J4RAJZxEwBughAAyBICAPieEQCIvhIAhhgAAJjEEQCqJRMAtv4RAJZxEwCWcRMAlnETAIYYAACGGAAAhhgAALb+EQCWcRMAlnETAIYYAACGGAAAhhgAAIYYAACGGAAAmJkRAEqdEQCgnREAlnETAMgSAgCWcRMAyBICAJZxEwAgEgEAKI4SACASAQDIEgIAlnETAGgJAAAojhIAaAkAANy9EgD24wkAKI4SANIZAwAAAAAAIpgDANSOEgAimAMAlnETANy9EgC2gRMA+J4RALaBEwCWcRMAtoETAJiZEQBKnREAoJ0RAJZxEwBEwQ8AIBIBAA5UEQByDgAAcg4AAA5UEQBYSA4A3L0SANIZAwCWcRMA0hkDADRnEQDSuBIAKLkSAJiZEQBKnREAoJ0RAMgSAgDmywEAlnETAMgSAgCWcRMA+J4RAAR8EgDIEgIAyBICADzMAQDsmhIAIBIBAI4wCgCqJRMA+J4RAFA4CABoCQAAlnETACiOEgAAAAAAyBICAPx1EQBSdhEA8MURAG6CEACYmREASp0RAKCdEQDe6RIA+J4RAEhKEwDE3BIA8kkTAPieEQD4nhEAoqASAPigEgBOoRIAoqASAPigEgBOoRIApKESAPqhEgCioBIA+KASAE6hEgCkoRIA+qESAMTcEgCYmREASp0RAKCdEQDe6RIA+J4RAEhKEwDE3BIA8kkTAPieEQD+Qw0A+J4RAJJJAACGyAIAkkkAABxfEwBKnREAoJ0RAPieEQAUrxIAUDgIACKYAwCkQQ0A0hkDAOoaEwAcsxIA9NIBAMgSAgByDgAAAAAAAHapDAAAAAAAkpgSAGatEgC8rRIAEq4SAJZxEwAcXxMASp0RAKCdEQDIEgIAaAkAALrmBAC65gQAqiUTAMgSAgA0ZxEAyBICAPieEQDSGQMA+J4RAKSDAwD09BIA9PQSAKJEDwD4nhEAlnETAMgSAgC+gREAFIIRABxfEwBKnREAoJ0RABxfEwDIEgIAUDgIAJZxEwBQOAgAaK4SAObhDAD24wkAaAkAAKolEwAQ5wQA2j0TABKMAQBE+QAAZtgSAPx1EQBSdhEACkoNAOoaEwAERQwAyBICAD7EEgDIEgIABEUMAPz4EgCq+hIASGkNACTrAQA0ZxEA0rgSACi5EgDIEgIAlnETAJZxEwAcXxMAzJUCAMyVAgAcXxMAHF8TAFA4CABcexEAsnsRAErKEgAiiREANGcRAJiZEQBEmhEAjB8CAFwdDQAqwwEAwIIRADRnEQAQZAMAJOsBAFDeBQA8sQkAhlEHAOAeAgCSSQAAMvoFAFA4CACWcRMAWEgOAIQSEwD21QIADmECAPbVAgAOYQIArlsCADqJCwDscRMA3skCAJZxEwBoCQAAyBICAHiJEQDoHgAAEGQDAFhSEwDIEgIAlnETAFB1EQBE0AEAlnETAKolEwCcdBMAEOcEAJZxEwDSGQMA0hkDANIZAwDSGQMA+J4RAPieEQCGvRIARJoRACq6EgDIEgIAkkkAAMyVAgDI3hIAcg4AAFhIDgA0ZxEA0rgSACi5EgDEnQgAmJkRAEqdEQCgnREA0uMSACjkEgAsuREAgrkRACy5EQCCuREAmJkRAPz4EgDOQAIAlnETAMgSAgAQDgMA/HURAAwBEwD4nhEAyAkTANSEDQCyzQ8AyBICAPz4EgCq+hIAZKYPAIYYAAD8+BIAqvoSAGSmDwAkbAIA/PgSAKr6EgBkpg8AvoERABSCEQC+BBMAagUTADLpEgCI6RIANusSAPz4EgCq+hIAZKYPAPz4EgCq+hIAZKYPAPz4EgCq+hIAZKYPAL6BEQAUghEAZKYPAJBkDgC+gREADqwSABxfEwBwshIAlnETAMgSAgBOJwAATicAAOAeAgC6NgIArk4RAPDyEgCk7Q0AxNwSAMgSAgCWcRMAyBICANJYDQD8zRIAOmQOAMgSAgDIEgIA6sQSALb+EQAEUxMAFIIRAPTSAQDIEgIAfoYOAD6iAQCqGQ0A3ukSAJiZEQDgHgIAJi0NAN7pEgDSGQMA3ukSANIZAwD4nhEAyBICAMgSAgD8+BIAqvoSAJZxEwC+gREAFIIRAL4EEwCaOgwAyBICAMgSAgDIEgIA8MURAMgSAgDc6BIAlGgPAHIOAADGqg4A/HURAPieEQA0ZxEAdv8MAARFDAAiYhMAAAAAAARFDABsqg8A1A8TAG6rDwAqEBMAtv4RAHq3EgAcXxMARJoRAPz4EgA+aA8Ark4RALb+EQDUDxMAtv4RACoQEwC2/hEA/PgSAKr6EgDwxxIAVgAAABhJCQCSSQAAun8RAHIOAADIEgIABEUMAOrEEgDIEgIA6JgSACRsAgDGCBMA9EoTAEpLEwAimAMAmjoMAFA4CADIEgIAyBICAMgSAgCWcRMAaE4NAGhODQBoTg0AaE4NAOAeAgDgHgIAGtcPAMgSAgC+gREAOhgTAPz4EgBOTRMAyBICAPz4EgCUaA8AyBICAKL2EgC2ABMAvoERAAwBEwDIEgIAyAkTAB4KEwCQQxMAdAoTAMgSAgDIEgIA/PgSAJRoDwCi9hIAtgATAL6BEQAMARMAyBICAK4fDwBOIhMAvoERABSCEQAcXxMARJoRAMgSAgDqGhMAqiUTAKolEwBE+QAAzLUSAKYjEwB4thIAeusBAGhODQBoTg0AaE4NAGhODQDIEgIAxggTAFSiEQDAghEAGoURAJo6DAAkWw8AplcCAKRNEwAOrBIAovYSAPieEQCmThMA+J4RAKolEwDSGQMApO0NAKTtDQDIEgIArBoNAMgJEwAeChMAUDgIAFA4CABClxAAvoERABSCEQCsGg0AyAkTAB4KEwBQOAgAUDgIAEKXEADu8RIARPISAL6BEQAcsxIAxLESAAAAAAD4nhEA+J4RABAOAwCYmREA/PgSALJ3DwAaXBIAHLMSAB41EwDiQRMAHF8TAHCyEgDSGQMAcFwSAL4EEwDYLAsAlnETAPRTAgBWAAAA3ukSAPz4EgCydw8AkkkAAJiZEQBQOAgAyBICAL6BEQAUghEAQpcQAE5FDwDSGQMA0hkDAHzBAQB8wQEAfMEBAHzBAQDSGQMA+J4RAHzBAQDIEgIAyBICAMgSAgAAAAAAAAAAAPz4EgBOTRMAvoERABSCEQBClxAAqnMPAJZxEwD8+BIA2CwLAJZxEwD8+BIAWFITAPieEQDIEgIAyBICACKYAwBQOAgAKpYAAMgSAgDGCBMA9EoTAEpLEwCgSxMA9ksTAExMEwCiTBMA0hkDAL6BEQAUghEAqHYRAMgJEwAeChMAAlITAPieEQCqJRMAqiUTAKolEwCqJRMA/PgSAARFDADSGQMAUHURAGI1AgC+gREAHLMSAE73EgAcXxMASp0RAPDyEgCyVBMACFUTAF5VEwC0VRMAHF8TAESaEQAmzQcAHF8TAPieEQC6WBMA0hkDAFhIDgAmWg4ANusSAFpJDgD8+BIAPmgPAPDyEgCyVBMACFUTAF5VEwC0VRMAClYTADbrEgDw8hIAslQTAAhVEwBeVRMAtFUTAApWEwCYmREAqiUTAFT6EgAgEgEA6sQSAJZxEwAgEgEAxNwSACASAQDE3BIA/HURAJKYEgAgEgEAyBICAPz4EgCq+hIAvoERABSCEQBiNQIAyjUTAMo1EwBiNQIANGcRADRnEQA0ZxEAPOwRADRnEQA0ZxEANGcRADRnEQD8dREAkpgSADRnEQA87BEANGcRANS5EgA0ZxEA1LkSADRnEQDUuRIA7sYSANS5EgA0ZxEA1LkSADRnEQDUuRIAJLURANS5EgA0ZxEA1LkSANK2EQAotxEAaoIRAMgSAgCqJRMAyBICANIZAwD4nhEAhhgAAFhIDgDAghEAoMoSAIAQEwCAEBMAwIIRABaDEQDU0AgARHMTANIZAwDSGQMAcg4AAHIOAAC0pxEA+J4RAHrrAQA0ZxEAlnETAE5FDwCidxMATkUPAJZxEwA0ZxEADlQRAJZxEwAOVBEANGcRANK4EgAOVBEA/HkTAFJ6EwA0ZxEA0hkDADzDEgD4nhEAyBICAMgSAgDIEgIAtoETAMgSAgDIEgIAyBICALaBEwDIEgIAgNEIALaBEwCWcRMASPAQAMgSAgDIEgIAtoETAPieEQDSthEAKLcRAH63EQA0ZxEABFoBAKL2EgC2ABMAyBICABxfEwBEmhEAvoERABSCEQC+BBMAEowBANICDQDMNhMA2j0TAFhIDgBKnxIAkpgSAMSxEgA6ZA4AmJkRAHCyEgA6ZA4AlnETANTQCAC6qhEAiL4SAPz4EgCq+hIAvoERAByzEgAeNRMAlnETAA5UEQAmLQ0AhhgAAJZxEwD24wkAvoERABSCEQC+BBMAJNoOALqqEQCWRhMAvoERADoYEwD8+BIAPmgPAJZxEwA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAgAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIAAAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAAAAACAAwAAgAMAAAABAAAAAAAAgAEAAIAAAACAAQAAAAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIAAAACAAgAAgAIAAIAAAACAAAAAgAMAAIACAACAAAAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAEAAAAAAAAAgAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoBAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAIAAAAACAAEAAAYAAAgAAAACAAAABAQI5AAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAoIAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAQAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAAEAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAQQAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAgAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAEAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQACBgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAgAQAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAAiAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAACAAAAAAgABAAAGAACIAAAAAgAAAAQECOQAECAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAQAAAAAAAQAAAAAAAAAAAAIGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAgACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAgAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAIAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAiAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAiAAQAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgIgAAAAAAOAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABCAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQBAAAAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjmAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAYAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAGAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAA=="},"index":{"lists":[[13,14,15,29,30,109,111,112,113,211,247],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,86,87,89,90,91,92,93,94,95,96,97,98,99,100,104,105,106,107,109,111,112,113,117,122,123,150,153,154,156,168,169,170,173,174,175,176,190,191,199,202,211,216,218,219,223,224,227,236,237,241,247,249,251,252,253,254,256,258,259,261,262,265,266,267,268,269,283],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,59,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,82,86,87,89,90,91,92,93,94,95,96,97,98,99,100,103,104,105,106,107,109,111,112,113,117,122,123,129,150,153,154,156,168,169,170,173,174,175,176,181,182,183,190,191,199,202,211,216,218,219,220,223,224,227,236,237,241,247,249,251,252,253,254,256,258,259,261,262,265,266,267,268,269,272,273,274,283],[5,13,14,15,20,29,30,51,52,79,102,109,111,112,113,211,226,247,269,272,289],[13,14,15,20,29,30,109,111,112,113,141,142,143,211,247,275,276,277,278,279,280,281],[6,7,13,14,15,29,30,109,111,112,113,211,227,247],[13,14,15,29,30,78,80,109,111,112,113,211,247],[13,14,15,29,30,109,111,112,113,211,247,262,282],[10,13,14,15,29,30,91,109,111,112,113,122,123,148,149,177,178,211,247,262,267,268],[10,13,14,15,29,30,109,111,112,113,141,142,143,211,247],[10,13,14,15,29,30,54,77,84,89,92,96,97,109,111,112,113,133,141,142,143,144,162,189,190,191,193,197,205,208,211,219,221,222,223,224,235,243,244,245,246,247,255,283],[13,14,15,29,30,37,38,39,45,46,109,111,112,113,121,196,209,211,212,214,247,248,261],[13,14,15,29,30,109,111,112,113,145,211,247,295],[12,13,14,15,29,30,109,111,112,113,211,247],[1,10,13,14,15,20,21,29,30,109,111,112,113,141,142,143,171,172,198,211,247,249,253,254,283],[10,13,14,15,20,28,29,30,31,34,109,111,112,113,141,142,143,147,171,172,211,247,249,253,254,283],[4,10,13,14,15,18,19,20,29,30,56,109,111,112,113,141,142,143,171,172,211,227,247,249,253,254,266,283],[6,10,13,14,15,20,29,30,40,109,111,112,113,141,142,143,171,172,173,211,213,247,249,253,254,271,283],[0,2,9,10,11,13,14,15,16,18,20,29,30,33,43,44,47,48,106,109,111,112,113,141,142,143,165,171,172,173,186,192,195,211,227,229,247,249,250,253,254,257,260,263,283,284,287,290,291,294,296],[3,5,10,13,14,15,20,25,29,30,33,43,47,48,50,59,62,63,85,88,107,108,109,111,112,113,117,119,125,126,128,134,141,142,143,146,151,154,157,165,171,172,173,180,184,185,188,194,201,203,204,210,211,215,216,227,228,239,242,247,249,253,254,283,292,297],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,211,247,249,253,254,283],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,173,211,247,249,253,254,283],[10,13,14,15,17,20,29,30,109,111,112,113,141,142,143,171,172,211,247,249,253,254,283],[10,13,14,15,20,25,27,29,30,33,109,111,112,113,141,142,143,171,172,210,211,247,249,253,254,283],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,211,247,249,253,254,283,288],[10,13,14,15,20,29,30,105,109,111,112,113,141,142,143,171,172,173,179,207,211,247,249,253,254,273,283,285,286],[10,13,14,15,20,29,30,100,108,109,111,112,113,120,124,135,141,142,143,167,171,172,180,211,231,247,249,253,254,273,283],[10,13,14,15,20,29,30,32,59,109,111,112,113,119,127,141,142,143,156,157,171,172,200,210,211,216,247,249,253,254,283],[9,10,13,14,15,20,22,29,30,49,83,109,111,112,113,141,142,143,171,172,173,211,247,249,253,254,283],[10,13,14,15,16,20,29,30,32,33,65,109,111,112,113,141,142,143,156,171,172,187,210,211,247,249,253,254,283],[10,13,14,15,20,23,24,29,30,35,36,58,70,109,111,112,113,118,130,132,136,141,142,143,152,158,159,160,161,163,164,166,171,172,176,206,211,217,218,230,233,238,240,241,247,249,253,254,264,270,283],[10,13,14,15,19,20,21,29,30,73,109,110,111,112,113,141,142,143,171,172,211,247,249,253,254,283],[7,10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,211,247,249,253,254,283],[10,13,14,15,20,26,29,30,32,33,109,111,112,113,141,142,143,171,172,173,210,211,247,249,253,254,283],[10,13,14,15,20,26,29,30,32,109,111,112,113,141,142,143,171,172,210,211,247,249,253,254,283],[13,14,15,29,30,109,111,112,113,116,131,137,138,139,140,155,211,232,234,247,293],[13,14,15,29,30,81,109,111,112,113,211,247],[10,13,14,15,20,29,30,41,42,109,111,112,113,141,142,143,211,247,249,253,254,283],[13,14,15,29,30,51,109,111,112,113,211,247],[13,14,15,29,30,52,55,57,60,61,109,111,112,113,211,247],[13,14,15,29,30,53,109,111,112,113,211,247],[13,14,15,29,30,64,68,69,71,109,111,112,113,211,247],[13,14,15,29,30,67,90,109,111,112,113,211,247],[13,14,15,29,30,67,109,111,112,113,114,115,211,247],[13,14,15,29,30,67,91,93,109,111,112,113,211,247],[13,14,15,29,30,67,109,111,112,113,211,247],[13,14,15,29,30,72,74,76,90,109,111,112,113,211,247,256],[13,14,15,29,30,75,109,111,112,113,175,211,247],[13,14,15,29,30,90,109,111,112,113,211,247,256],[13,14,15,29,30,91,93,99,109,111,112,113,211,247,274],[13,14,15,29,30,93,109,111,112,113,211,247],[13,14,15,29,30,98,104,109,111,112,113,211,247,256,274],[13,14,15,29,30,101,109,111,112,113,211,225,247],[13,14,15,29,30,109,111,112,113,174,211,247],[13,14,15,29,30,109,111,112,113,211,247,256],[13,14,15,29,30,109,111,112,113,211,247,274],[13,14,15,29,30,95,109,111,112,113,181,182,183,211,247,259],[5,13,14,15,20,29,30,51,52,95,109,111,112,113,181,182,183,211,247,259,269,272],[13,14,15,20,29,30,95,109,111,112,113,181,182,183,211,236,237,247,259],[6,7,13,14,15,29,30,95,109,111,112,113,181,182,183,211,227,247,259],[13,14,15,29,30,95,109,111,112,113,181,182,183,211,247,259,262],[10,13,14,15,29,30,91,95,109,111,112,113,122,123,181,182,183,211,247,259,262,267,268],[10,13,14,15,29,30,95,103,109,111,112,113,181,182,183,211,236,237,247,259],[10,13,14,15,29,30,54,77,82,86,87,89,92,94,95,96,97,109,111,112,113,181,182,183,190,191,202,211,219,220,223,224,236,237,247,259,283],[13,14,15,29,30,95,109,111,112,113,181,182,183,211,247,259,261],[1,8,10,13,14,15,20,21,29,30,95,109,111,112,113,181,182,183,211,236,237,247,249,251,252,253,254,259,265,283],[10,13,14,15,20,29,30,95,109,111,112,113,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[4,10,13,14,15,18,19,20,29,30,56,95,109,111,112,113,181,182,183,211,227,236,237,247,249,251,252,253,254,259,266,283],[6,10,13,14,15,20,29,30,95,109,111,112,113,173,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[2,9,10,13,14,15,16,18,20,29,30,95,106,109,111,112,113,173,181,182,183,211,227,236,237,247,249,251,252,253,254,258,259,283],[5,10,13,14,15,20,29,30,59,62,63,95,107,109,111,112,113,117,150,154,173,181,182,183,211,216,227,236,237,247,249,251,252,253,254,259,283],[10,13,14,15,20,29,30,95,109,111,112,113,181,182,183,199,211,236,237,247,249,251,252,253,254,259,283],[10,13,14,15,20,29,30,95,109,111,112,113,173,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[10,13,14,15,17,20,29,30,95,109,111,112,113,129,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[10,13,14,15,20,29,30,95,105,109,111,112,113,173,181,182,183,211,236,237,247,249,251,252,253,254,259,273,283],[10,13,14,15,20,29,30,95,100,109,111,112,113,181,182,183,211,236,237,247,249,251,252,253,254,259,273,283],[10,13,14,15,20,29,30,59,95,109,111,112,113,156,181,182,183,211,216,236,237,247,249,251,252,253,254,259,283],[9,10,13,14,15,20,29,30,95,109,111,112,113,173,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[10,13,14,15,16,20,29,30,95,109,111,112,113,150,153,156,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[10,13,14,15,20,29,30,70,95,109,111,112,113,150,176,181,182,183,211,218,236,237,241,247,249,251,252,253,254,259,283],[10,13,14,15,19,20,21,29,30,73,95,109,111,112,113,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[7,10,13,14,15,20,29,30,95,109,111,112,113,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[13,14,15,29,30,81,95,109,111,112,113,181,182,183,211,247,259],[10,13,14,15,20,29,30,95,109,111,112,113,181,182,183,211,236,237,247,249,253,254,259,283],[13,14,15,29,30,51,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,52,55,57,60,61,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,53,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,68,69,71,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,66,67,90,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,67,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,67,91,93,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,72,74,76,90,95,109,111,112,113,168,181,182,183,211,247,256,259],[13,14,15,29,30,75,95,109,111,112,113,175,181,182,183,211,247,259],[13,14,15,29,30,90,95,109,111,112,113,181,182,183,211,247,256,259],[13,14,15,29,30,91,93,95,99,109,111,112,113,170,181,182,183,211,247,259,274],[13,14,15,29,30,93,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,95,98,104,109,111,112,113,181,182,183,211,247,256,259,274],[13,14,15,29,30,95,109,111,112,113,169,181,182,183,211,247,259],[13,14,15,29,30,95,109,111,112,113,170,181,182,183,211,247,259],[13,14,15,29,30,95,109,111,112,113,174,181,182,183,211,247,259],[13,14,15,29,30,95,109,111,112,113,181,182,183,211,247,256,259],[13,14,15,29,30,95,109,111,112,113,181,182,183,211,247,259,274]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[8250,40],[9135,41],[215,42],[10095,43],[10003,44],[8595,45],[10008,46],[9472,47],[10007,48],[10004,49],[8730,50],[10006,51],[8505,52],[9762,0],[9888,0],[8617,0],[8226,53],[10060,54],[9654,55],[65123,55]],"plainDefault":0,"spaced":[56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,57,58,56,56,59,56,56,56,60,56,61,62,56,63,63,63,63,63,63,63,63,63,63,56,56,56,64,56,56,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,82,83,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,56,56],"spacedOther":[[160,56],[5760,56],[8192,56],[8193,56],[8194,56],[8195,56],[8196,56],[8197,56],[8198,56],[8199,56],[8200,56],[8201,56],[8202,56],[8232,56],[8233,56],[8239,56],[8287,56],[12288,56],[65279,56],[9676,84],[9679,85],[8250,86],[9135,87],[215,88],[10095,89],[10003,90],[8595,89],[10008,91],[9472,92],[10007,93],[10004,94],[8730,95],[10006,96],[8505,56],[9762,97],[9888,97],[8617,98],[8226,99],[10060,100],[9654,101],[65123,101]],"spacedDefault":56,"blank":56}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,75,77,78,79],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,56,57,59,60,61,62,63,64,65,66,67,68,69,71,72,73,74,75,77,78,79,82,86,87,105,106,107,108,115,116,117,120,121,122,135,136,143,146],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,54,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,77,78,79,82,86,87,92,105,106,107,108,115,116,117,120,121,122,127,128,129,135,136,143,146],[6,7,26,27,51,70,75,77,78,79],[6,7,75,77,78,79,99,100,101],[6,7,50,52,75,77,78,79],[6,7,61,75,77,78,79,86,87,103,104,123,124],[6,7,29,49,55,59,62,66,67,75,77,78,79,95,99,100,101,102,111,134,135,136,138,141,147],[6,7,13,14,20,21,75,77,78,79,85,141],[6,7,75,77,78,79,102],[6,7,75,77,78,79,99,100,101,118,119,142],[5,6,7,8,11,75,77,78,79,99,100,101,102,118,119],[6,7,75,77,78,79,99,100,101,118,119],[6,7,15,75,77,78,79,99,100,101,118,119,120],[6,7,10,18,19,22,23,73,75,77,78,79,99,100,101,114,118,119,120,132,137,140],[2,6,7,10,18,22,23,25,33,36,37,55,58,74,75,77,78,79,82,83,89,90,91,96,99,100,101,102,107,108,114,118,119,120,126,130,131,134,139,145,147],[6,7,75,77,78,79,99,100,101,118,119,120],[2,4,6,7,10,75,77,78,79,99,100,101,118,119],[6,7,75,77,78,79,84,96,99,100,101,114,118,119,126],[6,7,9,33,75,77,78,79,83,90,99,100,101,108,118,119,144],[0,6,7,24,54,75,77,78,79,99,100,101,118,119,120],[6,7,9,10,75,77,78,79,99,100,101,108,118,119,133],[0,1,6,7,12,32,42,75,77,78,79,82,93,94,96,99,100,101,108,109,110,112,113,114,118,119,122],[6,7,45,75,76,77,78,79,99,100,101,118,119],[3,6,7,9,10,75,77,78,79,99,100,101,118,119,120],[3,6,7,9,75,77,78,79,99,100,101,118,119],[6,7,75,77,78,79,82,93,97,98,107],[6,7,53,75,77,78,79],[6,7,16,17,75,77,78,79,99,100,101],[6,7,30,75,77,78,79,99,100,101],[6,7,75,77,78,79,99,100,101,106],[6,7,72,75,77,78,79,99,100,101,125],[6,7,69,74,75,77,78,79,88,99,100,101],[6,7,38,75,77,78,79,99,100,101],[6,7,26,75,77,78,79],[6,7,27,30,31,34,35,75,77,78,79],[6,7,28,75,77,78,79],[6,7,37,41,42,43,75,77,78,79],[6,7,40,60,75,77,78,79],[6,7,40,75,77,78,79,80,81],[6,7,40,61,63,75,77,78,79],[6,7,40,75,77,78,79],[6,7,44,46,48,60,75,77,78,79],[6,7,47,75,77,78,79,122],[6,7,60,75,77,78,79],[6,7,61,63,69,75,77,78,79],[6,7,63,75,77,78,79],[6,7,68,71,75,77,78,79],[6,7,70,75,77,78,79],[6,7,75,77,78,79,121],[6,7,65,75,77,78,79,127,128,129],[6,7,26,27,65,70,75,77,78,79,127,128,129],[6,7,61,65,75,77,78,79,86,87,127,128,129],[6,7,65,70,75,77,78,79,127,128,129],[6,7,29,49,54,56,57,59,62,64,65,66,67,75,77,78,79,127,128,129,135,136,146],[6,7,65,75,77,78,79,120,127,128,129],[6,7,65,73,75,77,78,79,120,127,128,129],[6,7,33,36,37,65,74,75,77,78,79,82,105,107,108,120,127,128,129],[6,7,65,75,77,78,79,127,128,129,143],[6,7,65,75,77,78,79,92,127,128,129],[6,7,33,65,75,77,78,79,108,127,128,129],[6,7,54,65,75,77,78,79,120,127,128,129],[6,7,65,75,77,78,79,105,106,108,127,128,129],[6,7,42,65,75,77,78,79,82,105,108,122,127,128,129],[6,7,45,65,75,77,78,79,127,128,129],[6,7,65,75,77,78,79,82,107,127,128,129],[6,7,53,65,75,77,78,79,127,128,129],[6,7,30,65,75,77,78,79,127,128,129],[6,7,65,75,77,78,79,106,127,128,129],[6,7,65,72,75,77,78,79,127,128,129],[6,7,65,69,74,75,77,78,79,127,128,129],[6,7,26,65,75,77,78,79,127,128,129],[6,7,27,30,31,34,35,65,75,77,78,79,127,128,129],[6,7,28,65,75,77,78,79,127,128,129],[6,7,37,41,42,43,65,75,77,78,79,127,128,129],[6,7,39,40,60,65,75,77,78,79,127,128,129],[6,7,40,65,75,77,78,79,127,128,129],[6,7,40,61,63,65,75,77,78,79,127,128,129],[6,7,44,46,48,60,65,75,77,78,79,115,127,128,129],[6,7,47,65,75,77,78,79,122,127,128,129],[6,7,60,65,75,77,78,79,127,128,129],[6,7,61,63,65,69,75,77,78,79,117,127,128,129],[6,7,63,65,75,77,78,79,127,128,129],[6,7,65,68,71,75,77,78,79,127,128,129],[6,7,65,75,77,78,79,116,127,128,129],[6,7,65,75,77,78,79,117,127,128,129],[6,7,65,75,77,78,79,121,127,128,129]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[8250,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,50,50,50,50,50,50,50,50,50,52,53,50,54,54,54,54,54,54,54,54,54,54,50,50,50,50,50,50,50,50,50,50,55,56,57,58,50,55,59,50,50,50,55,50,60,50,61,62,63,64,50,55,50,50,50,65,50,50,66,50,50,50,50,67,50,50,68,50,50,50,50,50,50,50,69,70,50,50,50,50,68,50,50,50,50,50,50,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,71],[9679,72],[8250,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[9472,79],[10007,80],[10004,81],[8730,82],[10006,83],[8505,53],[9762,84],[9888,84],[8617,85],[8226,86]],"spacedDefault":50,"blank":50}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6,7,11,12,24],[4,6,7,8,11,12,24],[13],[7,9,10,11,12,20,26,27,28,29],[2],[1],[3,4,14,22,25],[16],[4],[0,5,6,15,18,23,24],[17,19],[21],[7,8,11,12],[6,24]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
