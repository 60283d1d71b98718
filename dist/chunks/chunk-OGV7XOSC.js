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
} from "./chunk-O5ONXSQ7.js";
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
    // mocha before 6 printed a failure's details under `fullTitle()`, its root suite's empty title and a space
    // before the test's (lib/runnable.js: `this.parent.fullTitle() + ' ' + this.title`): a failure outside any
    // suite (`Uncaught error outside test suite`, a root hook) is headed `  1)  Uncaught error outside test suite:`.
    { event: "listed", pattern: /^\s{1,8}(?:\S[^\n]{0,500}?: {1,8})?(?<key>\d{1,5})\) {1,2}(?!(?:Error|Failure):$)(?<name>\S[^\n]{0,500})$/, afterOutput: true },
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
var DERIVED = `{"prefilter":{"key":"rules 299\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?:connecting to|connect to|Redis on) ['\\"]?[a-z][a-z0-9+.-]{1,20}:\\\\/\\\\/[^\\\\s'\\"/]{1,255}\\\\/[^\\\\s:'\\"]{0,200}:\\\\d{1,5}(?!\\\\d)/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/(?<!rescue |raise )\\\\b(?:Minitest::Assertion|Test::Unit::AssertionFailedError)(?=:|\\\\s*$)/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -[235]\\\\b|\\\\[Errno -[235]\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:(?!-)\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error -[235] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5}\\\\./\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError(?!:?\\\\s{1,4}Error connecting to Redis on (?!(?:[\\\\w.-]{1,255}:\\\\d{1,5}|\\\\/[^\\\\s()]{1,255}) \\\\((?!Errno::EINVAL\\\\)|Redis::TimeoutError\\\\)|SocketError\\\\))))/\\n/Error connecting to Redis on localhost:\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?!localhost:)(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{0,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/\\n/(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[21,27,31,32,33,34,35,36,37,46,55,57,60,61,62,168,177,211,223,224,250,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,472,473,474,475,476,477,478,479,480,481,482,483,484,485,487,488,490,492,493,494,495,496,497,498,501,502,503,505],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,9472,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":10,"quiet":13223,"states":14967,"edges":"AAAAAAAAAAABAAAAVgAAAAIAAABmiQAAAwAAAHIOAAAEAAAAWtkAAAUAAADyXAcABgAAAJDLAQAHAAAAvkQIAAgAAAA2HwIACQAAAMqQAAAKAAAAkkkAAAsAAAAe+AkADAAAACqWAAANAAAAhhgAAA4AAADMkwEADwAAAGSzAAAQAAAATicAABEAAACSoQEAEgAAAGgJAAATAAAAxhECABQAAACQpAMAFQAAAHpBAgAWAAAANBwBABcAAABOKwIAGAAAAChDAgAZAAAADDUCABoAAAA8TQIAGwAAAPTUAgAcAAAAQCYDAB0AAAAAAAAAHgAAAA5QDwAfAAAAIBIBACAAAACSeAIAIQAAAAAAAAAiAAAAkvcBACMAAABE+QAAJAAAACjzBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAApm8OACkAAAAAAAAAKgAAAHzBAQArAAAAfhoDACwAAABw5gEALQAAAFKVCwAuAAAAAAAAAC8AAACaJgIAMAAAAAAAAAAxAAAARn0CADIAAABC7RAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAC80A4APwAAAD4ODQBAAAAA/hgNAEEAAACKkBAAQgAAAEQ+DgBDAAAAMIoOAEQAAAAAAAAARQAAAI6ODgBGAAAAAAAAAEcAAADSsA4ASAAAANy1DgBJAAAAOBcTAEoAAAAq3Q4ASwAAAG7/DgBMAAAAxP8OAE0AAAAaAA8ATgAAAOoSDwBPAAAA8hYPAFAAAABQRg8AUQAAAKbHDwBSAAAA/McPAFMAAABazA8AVAAAAJbsEABVAAAA7OwQAFgAAACsAAAAWQAAABpABABbAAAAjIUKAFwAAACQSgEAXwAAAOqgAABhAAAAoBALAGIAAABWPQkAagAAANhFAgBtAAAAZjsEAHMAAADSPgAArwAAAAIBAAC5AAAANkwDALsAAAAkKgwABQEAABpaEQBdAQAArgEAALQBAAAEAgAACwIAAFoCAABiAgAAsAIAALICAAAGAwAADwMAAFwDAABmAwAAsgMAAL0DAAAIBAAAFAQAAF4EAABrBAAAtAQAAL4EAAAKBQAAGAUAAGAFAABvBQAAtgUAALgFAAAMBgAAFgYAAGIGAABwBgAAuAYAAL0GAAAOBwAAGwcAAGQHAABsBwAAugcAAMoHAAAQCAAAEggAAGYIAAB0CAAAvAgAAM0IAABwWhEAGQkAAMZaEQBqCQAAJAUPAHAJAAC+CQAAfQkAADAFDACBCQAAcAAPAIQJAADUgAsAxQkAABQKAADLCQAAVBcMABkKAABqCgAAdgoAAMAKAADDCgAAFgsAAB4LAABsCwAAeQsAAMILAADHCwAAGAwAACIMAABuDAAAdgwAAMQMAADQDAAAGg0AANMMAADKPgIALQ0AAHANAAB+DQAAxg0AAMkNAAAcDgAAJg4AABxbEQB0DgAAPnUAAHUOAAAqwwEAdw4AAMgOAAB7DgAAdFQNAHwOAAA6ogIAfQ4AABQ5AgB+DgAA6B4AAH8OAACS5g4AgA4AAIKZAQCBDgAAYjEAAIMOAAD0gAMAhg4AAAoLAwCPDgAAMCAEAJIOAACQ5Q4Azg4AAB4PAADXDgAAgn4JACQPAAB0DwAAiA8AAMoPAADfDwAAIBAAACgQAAB2EAAAgBAAAMwQAADREAAAIhEAACcRAAB4EQAAgBEAAM4RAADkEQAAJBIAACYSAAB6EgAAhxIAANASAADkEgAAJhMAAC4TAAB8EwAAixMAANITAADjEwAAKBQAADYUAAB+FAAAihQAANQUAADhFAAAKhUAADQVAACAFQAAgxUAANYVAADeFQAALBYAAC4WAACCFgAAkxYAANgWAADeFgAALhcAADoXAACEFwAAhhcAANoXAADhFwAAMBgAAEQYAAByWxEAhxgAAEQZEQCIGAAAaGMCAIsYAADcGAAAjxgAAMwUAgCUGAAAKHADAN4YAACe0AAA3xgAAOQDCQDjGAAABEMLAOQYAAAyGQAA5hgAAN5GAQDnGAAAwscIAOkYAACsugcA6xgAABp7DADtGAAAYGkHAPIYAADKaQIA9RgAALIRBwAzGQAAiBkAADUZAABE2gYAOBkAABynDACfGQAA3hkAAPYZAAA0GgAAPxoAAIoaAACjGgAA4BoAAOIaAAA2GwAAUBsAAIwbAACbGwAA4hsAAOcbAAA4HAAARRwAAI4cAACeHAAA5BwAAOwcAAA6HQAARh0AAJAdAACdHQAA5h0AAPAdAAA8HgAAQh4AAJIeAACmHgAAyFsRAO4eAAA+HwAA8h4AABh+DgD/HgAAQOQMAFkfAACUHwAAoB8AAOofAADwHwAAQCAAAEMgAACEpAYASCAAAJYgAACZIAAAHMYGAJ0gAADsIAAAoSAAAHBtBQCkIAAAsN8DAPEgAABCIQAATiEAAJghAACbIQAA7iEAAPYhAABEIgAAUSIAAJoiAACfIgAA8CIAAPoiAABGIwAATiMAAJwjAACfIwAA8iMAAPsjAABIJAAASSQAAJ4kAACfJAAA9CQAAPkkAABKJQAAUCUAAKAlAACqJQAA9iUAAP4lAABMJgAATyYAAKImAAClJgAA+CYAAAknAAAeXBEAUCcAAGDeAQBTJwAAwiUNAFcnAABYohAAWicAAKQnAABcJwAAUmYJALwnAAD6JwAA/ScAAFAoAABcKAAApigAALMoAAD8KAAAAykAAFIpAABUKQAAqCkAALEpAAD+KQAACCoAAFQqAABfKgAAqioAAMYqAAAAKwAACCsAAHRcEQBbKwAArCsAALQrAAACLAAAAywAAFgsAABaLAAAriwAALEsAAAELQAABy0AAMpcEQBfLQAAsC0AALYtAAAGLgAADS4AAFwuAABkLgAAsi4AALUuAAAILwAAES8AAF4vAABfLwAAtC8AALUvAAAKMAAAGzAAAGAwAABuMAAAtjAAAMIwAAAMMQAAEzEAACBdEQBoMQAAuDEAALoxAAAOMgAAJDIAAGQyAABsMgAAujIAALwyAAAQMwAAGTMAAGYzAABwMwAAvDMAAMczAAASNAAAHjQAAGg0AAB1NAAAvjQAAMg0AAAUNQAAIjUAAGo1AAB5NQAAwDUAAMI1AAAWNgAAIDYAAGw2AAB6NgAAwjYAAMc2AAAYNwAAJTcAAG43AAB2NwAAxDcAAMo3AAAaOAAAJjgAAHA4AACNOAAAxjgAAM84AAAcOQAAKjkAAHI5AAB4OQAAyDkAANQ5AAAeOgAAIToAAHQ6AAB8OgAAyjoAANs6AAAgOwAALjsAAHY7AACPOwAAzDsAAM07AAAiPAAAPzwAAHZdEQB9PAAAzjwAANQ8AAAkPQAALD0AAHo9AACDPQAA0D0AANM9AAAmPgAAMj4AAHw+AACCPgAAIl4RAO4+AAAoPwAAMD8AAHheEQCBPwAA1D8AAOU/AAAqQAAAMkAAAIBAAACOQAAA1kAAANlAAAAsQQAANEEAAIJBAACPQQAA2EEAAN1BAAAuQgAAOEIAAIRCAACMQgAA2kIAAOZCAAAwQwAAPUMAAIZDAACIQwAA3EMAAPVDAAAyRAAAQ0QAAIhEAACURAAA3kQAAOVEAAA0RQAAPEUAAIpFAACPRQAA4EUAAO1FAAA2RgAAPkYAAIxGAACWRgAA4kYAAO1GAAA4RwAAREcAAI5HAACWRwAAzl4RAPBHAAA6SAAAQEgAAJBIAACrSAAA5kgAAPJIAAA8SQAAQkkAACRfEQCXSQAASlQCAJhJAAAmngUAmUkAACwmCACdSQAA6EkAAJ5JAAD61QEAoEkAANB0BgCmSQAAXF0CAO5JAADWixAA9EkAAD5KAABESgAAqrEDAEZKAAB6XxEAoEoAAOpKAADwSgAAQEsAAFtLAACWSwAAoksAAOxLAADySwAAQkwAAEpMAACYTAAAnkwAAO5MAAD6TAAARE0AAGFNAACaTQAAo00AAPBNAAD8TQAARk4AAElOAACcTgAApk4AAPJOAAD+TgAASE8AAE9PAACeTwAApk8AAPRPAAD1TwAAbmIAAPdPAABKUAAAWVAAAKBQAACmUAAA9lAAAPhQAABMUQAAYlEAAKJRAADAUQAA+FEAABFSAABOUgAAUFIAAKRSAACnUgAA+lIAAAZTAABQUwAAV1MAAKZTAACuUwAA/FMAAP5TAABSVAAAW1QAAKhUAACyVAAA/lQAAAlVAABUVQAAYFUAAKpVAAC3VQAAAFYAAApWAABWVgAAZFYAAKxWAAC7VgAAAlcAAARXAABYVwAAYlcAAK5XAAC8VwAABFgAAAlYAABaWAAAZ1gAALBYAADFWAAABlkAAA5ZAABcWQAAdVkAALJZAAC7WQAACFoAABJaAABeWgAAZloAALRaAADBWgAAClsAAA9bAABgWwAAaFsAALZbAAC3WwAADFwAAA5cAABiXAAAZVwAALhcAAC7XAAA0F8RABNdAABkXQAAal0AALpdAADBXQAAEF4AABheAABmXgAAal4AALxeAAC+XgAAEl8AABVfAABoXwAAcF8AAL5fAAC/XwAAFGAAABpgAABqYAAAb2AAAMBgAADbYAAAFmEAACRhAABsYQAAc2EAAMJhAADOYQAAGGIAAB9iAAAmYBEAcGIAAMRiAADHYgAAGmMAAB1jAAB8YBEAdWMAAMZjAADMYwAAHGQAACNkAAByZAAAkGQAAMhkAADhZAAAHmUAACBlAAB0ZQAAd2UAAMplAADWZQAAIGYAACdmAAB2ZgAAfmYAAMxmAADOZgAAImcAACtnAAB4ZwAAgmcAAM5nAADZZwAAJGgAADBoAAB6aAAAh2gAANBoAADaaAAAJmkAADRpAAB8aQAAi2kAANJpAADUaQAAKGoAADJqAAB+agAAjGoAANRqAADZagAAKmsAADdrAACAawAAlWsAANZrAADeawAALGwAAEVsAACCbAAAi2wAANhsAADibAAALm0AADZtAACEbQAAkW0AANptAADfbQAAMG4AADhuAACGbgAAh24AANxuAADebgAAMm8AADVvAACIbwAAi28AANJgEQDjbwAANHAAADpwAACKcAAAkXAAAOBwAADocAAANnEAADpxAACMcQAAjnEAAOJxAADlcQAAOHIAAEByAACOcgAAj3IAAORyAADqcgAAOnMAAD9zAACQcwAAq3MAAOZzAAD0cwAAPHQAAEN0AACSdAAAnnQAAOh0AADvdAAAKGERAEF1AACUdQAApXUAAOp1AADydQAApqsBAAZ2AABAdgAASHYAAH5hEQCldgAA7HYAAPJ2AABCdwAARHcAAJh3AACudwAA7ncAAAx4AABEeAAAR3gAAJp4AACmeAAA8HgAAPZ4AABGeQAAYXkAAJx5AACoeQAA8nkAAPh5AABIegAAZnoAAJ56AACuegAA9HoAAAJ7AABKewAAUHsAAKB7AACjewAA9nsAAAB8AABMfAAAanwAAKJ8AAC4fAAA+HwAAAR9AABOfQAAUX0AAKR9AACnfQAA+n0AAPx9AABQfgAAZ34AAKZ+AACyfgAA/H4AABh/AABSfwAAWn8AANRhEQC5fwAA/n8AAAyAAABUgAAAYIAAAKqAAAC3gAAAAIEAAAqBAABWgQAAXoEAAKyBAACtgQAAAoIAAASCAABYggAAW4IAAK6CAACxggAAKmIRAAmDAABagwAAYIMAALCDAAC3gwAABoQAAA6EAABchAAAcoQAALKEAAC7hAAACIUAAAuFAABehQAAaIUAALSFAAC8hQAACoYAACOGAABghgAAbIYAALaGAAC+hgAAgGIRABSHAABihwAAZYcAALiHAADChwAADogAABSIAABkiAAAcogAALqIAADHiAAAEIkAACeJAADWYhEAZ4kAAKYdEABpiQAAQM4BAGyJAAC0iQIAbYkAAGQXCABuiQAAYr4GAG+JAACQyQAAcIkAAMJlAgBziQAAHtkPAHWJAAC8iQAAd4kAAELdCAB8iQAAuOkGAH2JAAAqMQ4AxokAAA7FCQDLiQAAEooAAB6KAABoigAAaYoAAEoCBABrigAAvooAAMGKAAAUiwAAG4sAAOSfAQAciwAAaosAACyLAAC4MwEAcYsAAMCLAADMiwAAFowAACOMAABsjAAAeowAAMKMAADOjAAAGI0AAB+NAABujQAAdo0AAMSNAADUjQAAGo4AAB+OAABwjgAAdo4AAMaOAADOjgAAHI8AACWPAAByjwAAdY8AAMiPAADUjwAAHpAAACSQAAAsYxEAk5AAAIJjEQDXkAAAIJEAACKRAABeBgEAI5EAAKSsAgAnkQAAYOACACuRAABADw0ALJEAAJj6AQAukQAA+tcCAC+RAADeCA0AOZEAAKaCAgBAkQAAdpEAAIORAADMkQAA0ZEAACKSAAAmkgAAeJIAAIWSAADOkgAA1pIAACSTAADZkgAAxiMLACuTAAB6kwAAM5MAAFCvAwB8kwAA0JMAANqTAAAmlAAAKJQAAHyUAACVlAAA0pQAANSUAAAolQAAK5UAAH6VAACKlQAA1JUAANyVAADYYxEAMJYAAICWAAAylgAACIATADmWAACM/gYAO5YAAIRQBwA9lgAAqlcBAEKWAACUuAwARpYAABD5DQCGlgAA1OsAAJiWAADWlgAA2JYAACyXAADjlgAAAKwAAO+WAAA4nQAAO5cAAIKXAACRlwAA2JcAAOSXAAAumAAAMZgAAISYAACHmAAA2pgAAPKYAAAwmQAAN5kAAIaZAACSmQAA3JkAAOmZAAAymgAAQJoAAIiaAACUmgAA3poAAOWaAAA0mwAATJsAAIqbAACWmwAA4JsAAOabAAA2nAAAPJwAAIycAACRnAAA4pwAAOicAACEZBEAOp0AAI6dAACVnQAA5J0AAPydAAA6ngAAQZ4AAJCeAACpngAA5p4AAP6eAAA8nwAASJ8AAJKfAACYnwAA6J8AAO6fAAA+oAAAQ6AAAJSgAACaoAAA2mQRAAOhAABAoQAAUaEAAJahAACkoQAA7KEAAPuhAABCogAASqIAAJiiAAC4ogAA7qIAAPqiAABEowAAWKMAAJqjAACiowAA8KMAAPajAABGpAAAUqQAAJykAACmpAAA8qQAAPikAABIpQAAVqUAAJ6lAACqpQAA9KUAAA+mAABKpgAATKYAAKCmAACxpgAA9qYAAP6mAABMpwAAWqcAAKKnAAClpwAA+KcAAACoAABOqAAAW6gAAKSoAACpqAAA+qgAAASpAABQqQAAWKkAAKapAACoqQAA/KkAAA2qAABSqgAAY6oAAKiqAACtqgAA/qoAAAKrAABUqwAAYKsAAKqrAACxqwAAMGURAAWsAABWrAAAYKwAAKysAADErAAAAq0AAAWtAABYrQAAYa0AAK6tAACvrQAABK4AAAWuAABargAAX64AALCuAAC2rgAABq8AABCvAABcrwAAaK8AALKvAAC5rwAACLAAACCwAABesAAAYLAAALSwAAC9sAAACrEAABSxAABgsQAAa7EAALaxAADOsQAADLIAACKyAABisgAAZ7IAALiyAAC/sgAADrMAABqzAACGZREAZrMAALriAgBpswAAZosBAG2zAACK0gYAb7MAAFyUCAB1swAAurMAALyzAADIkwIAyLMAABC0AAActAAAZrQAAB+0AAAAEgkAc7QAALy0AADGtAAAErUAABO1AAAkCREAGrUAAGi1AABvtQAAvrUAAIO1AAAOtQEAw7UAABS2AAAgtgAAarYAAG22AADAtgAAyLYAABa3AAAjtwAAbLcAAHG3AADCtwAAzLcAABi4AAAguAAAbrgAAHG4AADEuAAAzbgAABq5AAAbuQAAcLkAAHG5AADGuQAAy7kAABy6AAAiugAAcroAAHy6AADIugAA0LoAAB67AAAguwAAdLsAAH27AADKuwAA1LsAACC8AAArvAAAdrwAAIK8AADMvAAA2bwAACK9AAAsvQAAeL0AAIa9AADOvQAA3b0AACS+AAAmvgAAer4AAIS+AADQvgAA3r4AACa/AAArvwAAfL8AAIm/AADSvwAA2r8AACjAAAApwAAAfsAAAITAAADUwAAA2cAAACrBAAA0wQAAgMEAAIXBAADWwQAA5cEAACzCAAAxwgAAgsIAAJPCAADYwgAA4MIAAC7DAAA0wwAAhMMAAJDDAADawwAA98MAADDEAAA5xAAAhsQAAJLEAADcxAAA38QAADLFAAA8xQAAiMUAAJTFAADexQAA5cUAADTGAAA8xgAAisYAAKPGAADgxgAA9MYAADbHAAA+xwAAjMcAAI/HAADixwAA7scAADjIAAA+yAAAjsgAAKnIAADkyAAA8MgAADrJAABAyQAA3GURAJrJAADmyQAA8ckAADzKAABEygAACtwAAEjKAACSygAAn8oAAOjKAADyygAAPssAAEzLAACUywAAo8sAAOrLAADsywAAQMwAAErMAACWzAAApMwAAOzMAADxzAAAQs0AAE/NAACYzQAAoM0AAO7NAACozQAAVIIBAO/NAABEzgAA8s0AADBwAQD+zQAA9KcBAFXOAACazgAAo84AAPDOAAAHzwAARs8AAFTPAACczwAAqc8AAPLPAAD6zwAASNAAAGfQAAAyZhEAp9AAAPTQAAD+0AAAStEAAFXRAACIZhEAotEAAPbRAAD/0QAATNIAAFbSAACi0gAArdIAAPjSAAAE0wAATtMAAFvTAACk0wAArtMAAPrTAAAI1AAAUNQAAF/UAACm1AAAqNQAAPzUAAAG1QAAUtUAAGDVAACo1QAArdUAAP7VAAAL1gAAVNYAAFzWAACq1gAAsNYAAADXAAAM1wAAVtcAAHPXAACs1wAAtdcAAALYAAAQ2AAAWNgAAF7YAACu2AAAutgAAATZAAAL2QAA3mYRAFzZAADOQAIAYNkAALDZAAC12QAABtoAAL7ZAABQBwUAE9oAAFzaAABz2gAAstoAALPaAAAI2wAACtsAAF7bAABh2wAAtNsAALfbAAA0ZxEAK9wAAGDcAABh3AAAttwAALjcAAAM3QAAD90AAGLdAABl3QAAimcRAL3dAAAO3gAAFN4AAGTeAABr3gAAut4AANzeAAAQ3wAAGN8AAGbfAAB13wAAvN8AAL7fAAAS4AAAI+AAAGjgAAB54AAAvuAAAMrgAAAU4QAAG+EAAGrhAABy4QAAwOEAAMThAAAW4gAAJOIAAGziAAB24gAAwuIAAM3iAAAY4wAAHeMAAG7jAAB34wAAxOMAAM7jAAAa5AAAIuQAAHDkAABy5AAAxuQAANPkAAAc5QAAMOUAAHLlAAB65QAAyOUAAMnlAAAe5gAAIOYAAHTmAAB35gAAyuYAAM3mAADgZxEAJecAAHbnAAB85wAAzOcAANPnAAAi6AAAKugAAHjoAACH6AAAzugAANPoAAAk6QAAMekAAHrpAACK6QAA0OkAAN7pAAAm6gAAPeoAAHzqAACF6gAA0uoAANjqAAAo6wAANOsAAH7rAACF6wAANmgRANnrAACyCQMA3OsAACrsAADh6wAAelEKADnsAACA7AAAkewAANbsAADk7AAALO0AADjtAACC7QAAj+0AANjtAADi7QAALu4AADbuAACE7gAAh+4AANruAADm7gAAMO8AAD3vAACG7wAAkO8AANzvAADk7wAAMvAAADTwAACI8AAAkfAAAN7wAADo8AAANPEAAD/xAACK8QAAn/EAAODxAADo8QAANvIAAE/yAACM8gAAlfIAAOLyAADs8gAAOPMAAEDzAACO8wAAm/MAAOTzAADp8wAAOvQAAEL0AACQ9AAAkfQAAOb0AADo9AAAPPUAAD/1AACS9QAAlfUAAIxoEQDt9QAAPvYAAET2AACU9gAAm/YAAOr2AADy9gAAQPcAAE73AACW9wAAmfcAAOz3AAD09wAAQvgAAEX4AACY+AAApPgAAO74AAD4+AAA4mgRAEX5AAB42Q4ARvkAAJr5AABH+QAA0CwNAE75AADS2w4AT/kAAB5vBQBT+QAApiwCAFT5AADmtgwAaPkAAMIPAgCj+QAA8PkAAPr5AABG+gAAUfoAAJz6AACo+gAA8voAAP/6AABI+wAAUvsAAJ77AACs+wAA9PsAAAP8AABK/AAATPwAAKD8AACq/AAA9vwAAAT9AABM/QAAUf0AAKL9AACv/QAA+P0AAAj+AABO/gAAUP4AAKT+AACy/gAA+v4AAAv/AAA4aREAV/8AAI5pEQCu/wAA5GkRAAUAAQBSAAEAXAABAKgAAQCzAAEA/gABAAoBAQBUAQEAYQEBAKoBAQC0AQEAAAIBAA4CAQBWAgEAZQIBAKwCAQCuAgEAAgMBAAwDAQBYAwEAZgMBAK4DAQCzAwEABAQBABEEAQBaBAEAYgQBALAEAQDABAEABgUBAAgFAQBcBQEAagUBALIFAQDDBQEAOmoRAA8GAQCQahEAdwYBALQGAQDFBgEACgcBABYHAQBgBwEAaAcBAOZqEQC7BwEADAgBABQIAQBiCAEAZAgBALgIAQBnCAEAePYHAHEIAQAAYAUAwQgBAA4JAQDHCAEAMq4KABgJAQBkCQEAbwkBALoJAQDGCQEAEAoBAB0KAQBmCgEAcAoBALwKAQDKCgEAEgsBACELAQBoCwEAagsBAL4LAQDICwEAFAwBACAMAQBqDAEAcgwBADxrEQDDDAEAFg0BACQNAQBsDQEAeQ0BAMINAQDZDQEAGA4BACAOAQBuDgEAhA4BAMQOAQDQDgEAGg8BACkPAQBwDwEAew8BAMYPAQDIDwEAHBABACkQAQByEAEAgBABAMgQAQDLEAEAHhEBADQRAQB0EQEAfBEBAMoRAQDcEQEAkmsRACgSAQCuigQAKhIBAFDyDwAtEgEAmLwNAC8SAQB2EgEAexIBAMwSAQDTEgEAIhMBAC4TAQB4EwEAhRMBAM4TAQDQEwEAJBQBADoUAQB6FAEAhhQBANAUAQDvFAEAJhUBAEIVAQB8FQEAhBUBAOhrEQDUFQEAKBYBADEWAQB+FgEAiBYBANQWAQDfFgEAKhcBADYXAQCAFwEAjRcBANYXAQDgFwEALBgBADoYAQCCGAEAkRgBANgYAQDaGAEALhkBADgZAQCEGQEAkhkBANoZAQDfGQEAMBoBAD0aAQCGGgEAlhoBANwaAQDeGgEAMhsBAEAbAQCIGwEAmRsBAD5sEQDlGwEAlGwRADYcAQAg8QUAORwBAIocAQA9HAEAMvIBAEAcAQBySQgAQhwBAGi3AQBIHAEAQoEFAJEcAQDy5QsAlxwBAOAcAQD3HAEANh0BADsdAQCMHQEAjx0BAOIdAQCWHQEAlKwGAKgdAQBUtwYA5x0BAJ6xBgDuHQEAOB4BAD4eAQCmKgEARx4BAI4eAQCXHgEA5B4BAOoeAQA6HwEASB8BAJAfAQCaHwEA5h8BAPofAQA8IAEASCABAJIgAQClIAEA6CABAPcgAQA+IQEASiEBAJQhAQCVIQEA6iEBAPQhAQBAIgEATiIBAJYiAQCbIgEA7CIBAPkiAQBAbREAVSMBAJgjAQCnIwEA7iMBAPojAQBEJAEARSQBAJokAQCkJAEA8CQBAP4kAQBGJQEASyUBAJwlAQCpJQEAQm4RAPQlAQBIJgEAUSYBAJ4mAQCoJgEA9CYBAP8mAQBKJwEAVicBAKAnAQCtJwEA9icBAAAoAQBMKAEAWigBAKIoAQCxKAEA+CgBAPooAQBOKQEAWCkBAKQpAQCyKQEA+ikBAAcqAQBQKgEAZyoBAJhuEQDBKgEA/CoBAAgrAQBSKwEAWCsBAKgrAQC0KwEA/isBAAQsAQBULAEAWiwBAKosAQCvLAEAAC0BAAYtAQDubhEAXy0BAKwtAQC2LQEAAi4BAA0uAQBYLgEAZC4BAK4uAQC7LgEABC8BAA4vAQBaLwEAaC8BALAvAQC/LwEABjABAAgwAQBcMAEAZjABALIwAQDAMAEACDEBAA0xAQBeMQEAazEBALQxAQC8MQEACjIBABoyAQBgMgEAYjIBALYyAQDEMgEADDMBAB0zAQDwbxEAaTMBAEZwEQC+MwEADjQBABo0AQBkNAEAdDQBALo0AQDDNAEAEDUBABM1AQBmNQEAcjUBALw1AQDDNQEAEjYBABo2AQBoNgEAhjYBAL42AQDGNgEAFDcBACU3AQBqNwEAbzcBAMA3AQDXNwEAFjgBACQ4AQBsOAEAeTgBAMI4AQDKOAEAGDkBABw5AQBuOQEAcDkBAMQ5AQDHOQEAGjoBACI6AQBwOgEAdjoBAMY6AQDSOgEAHDsBACw7AQByOwEAezsBAMg7AQDLOwEAHjwBACo8AQB0PAEAezwBAJxwEQDTPAEAID0BACM9AQB2PQEAhD0BAMw9AQDZPQEAIj4BADk+AQB4PgEAgD4BAM4+AQDQPgEAJD8BAC0/AQB6PwEAhD8BANA/AQDbPwEAJkABADJAAQB8QAEAiUABANJAAQDcQAEAKEEBADZBAQB+QQEAjUEBANRBAQDWQQEAKkIBADRCAQCAQgEAjkIBANZCAQDbQgEALEMBADlDAQCCQwEAikMBANhDAQDuQwEALkQBADpEAQCERAEAk0QBANpEAQDlRAEAMEUBADJFAQCGRQEAk0UBANxFAQDqRQEAMkYBADVGAQCIRgEAnkYBAPJwEQDmRgEAZjcCAOxGAQCapwIA9kYBADRHAQA2RwEAikcBAJtHAQDgRwEA8UcBADZIAQA7SAEAjEgBAJBIAQDiSAEA7kgBADhJAQA/SQEAjkkBAJZJAQDkSQEAAkoBADpKAQBCSgEASHERAJVKAQDmSgEA50oBAKbwDgD1SgEAukwNAP9KAQA8SwEAPksBAJJLAQCrSwEA6EsBAPlLAQA+TAEASkwBAJRMAQCWTAEA6kwBAPNMAQBATQEA+UwBAPZSAQBKTQEAlk0BAKFNAQDsTQEA+E0BAEJOAQBPTgEAmE4BAKJOAQDuTgEA/E4BAERPAQBTTwEAmk8BAJxPAQDwTwEA+k8BAEZQAQBUUAEAnFABAKFQAQDyUAEA/1ABAEhRAQBUUQEAnlEBAKRRAQD0UQEA+lEBAEpSAQBPUgEAoFIBAKZSAQCecREABVMBAExTAQBYUwEAolMBAKVTAQD4UwEA+1MBAE5UAQBVVAEApFQBALBUAQD6VAEAB1UBAFBVAQBeVQEAplUBALJVAQD8VQEAA1YBAPRxEQBYVgEAqFYBAK5WAQD+VgEAA1cBAFRXAQBaVwEASnIRAKtXAQDkIAIAtFcBAPKRDAC2VwEA+EgRALhXAQDATw0AuVcBAABYAQAMWAEAVlgBAFdYAQCsWAEAYlgBAIpfDQC2WAEAAlkBABBZAQBYWQEAXVkBAK5ZAQC7WQEAoHIRAAZaAQCmFw0AEloBAOIKDQAnWgEA9nIRAIBaAQCwWgEA11oBAAZbAQAqWwEAXFsBAGRbAQBMcxEAvlsBAAhcAQAKXAEAXlwBAGFcAQC0XAEAuVwBAApdAQAXXQEAYF0BAHxdAQC2XQEAvl0BAKJzEQAVXgEAYl4BABleAQB2aAEAZV4BALheAQDEXgEADl8BABRfAQBkXwEAcV8BALpfAQC8XwEAEGABACZgAQBmYAEAcmABALxgAQDEYAEA+HMRABhhAQBoYQEAcGEBAL5hAQC/YQEAFGIBABZiAQBqYgEAbWIBAMBiAQDDYgEATnQRABtjAQBsYwEAcmMBAMJjAQDJYwEAGGQBACBkAQBuZAEAe2QBAMRkAQDJZAEAGmUBACRlAQBwZQEAeGUBAMZlAQDIZQEAHGYBAC1mAQByZgEAg2YBAMhmAQDNZgEAHmcBACJnAQB0ZwEAgGcBAMpnAQDRZwEAIGgBADJoAQCkdBEAe2gBAMxoAQDUaAEAImkBACRpAQB4aQEAh2kBAM5pAQDdaQEAJGoBADBqAQB6agEAfWoBANBqAQDTagEAJmsBAC5rAQB8awEAhmsBANJrAQDXawEAKGwBADBsAQB+bAEAiGwBANRsAQDfbAEAKm0BADhtAQCAbQEAg20BANZtAQDebQEALG4BAEduAQCCbgEAjW4BANhuAQDdbgEALm8BADFvAQCEbwEAjm8BANpvAQDsbwEA+nQRAD5wAQCGcAEAkHABANxwAQDncAEAMnEBADpxAQCIcQEAjnEBAN5xAQDgcQEANHIBAE1yAQCKcgEAo3IBAOByAQDucgEANnMBAEBzAQCMcwEAonMBAOJzAQD/cwEAOHQBAEB0AQCOdAEAnnQBAOR0AQDmdAEAOnUBAEh1AQCQdQEAoXUBAFB1EQDtdQEApnURAD12AQCSdgEAo3YBAOh2AQD0dgEAPncBAEB3AQCUdwEAl3cBAOp3AQD2dwEAQHgBAEh4AQBSdhEAoXgBAOx4AQD4eAEAQnkBAFF5AQCYeQEAuHkBAO55AQD2eQEARHoBAFh6AQCaegEAn3oBAPB6AQD5egEARnsBAEx7AQCcewEApHsBAPJ7AQABfAEASHwBAE18AQCefAEAq3wBAPR8AQABfQEASn0BAFZ9AQCgfQEAr30BAPZ9AQAAfgEATH4BAFp+AQCifgEAp34BAPh+AQAFfwEATn8BAFZ/AQCkfwEAp38BAPp/AQAGgAEAUIABAFqAAQCmgAEAsIABAPyAAQAKgQEAUoEBAF+BAQCogQEAv4EBAP6BAQABggEAqHYRAFaCAQCqggEAuIIBAACDAQARgwEA/nYRAF2DAQBUdxEAy4MBAAKEAQAShAEAWIQBAFqEAQCuhAEAvIQBAASFAQAVhQEAqncRAGGFAQAAeBEAtYUBAAaGAQAOhgEAXIYBAF6GAQCyhgEAu4YBAAiHAQAShwEAXocBAGmHAQC0hwEAwIcBAAqIAQAXiAEAYIgBAGqIAQC2iAEAxIgBAAyJAQAbiQEAYokBAGSJAQC4iQEAwokBAA6KAQAaigEAZIoBAGyKAQCseBEAv4oBABCLAQAYiwEAAnkRAG2LAQC8iwEAb4sBAM7uAwBziwEA3MYBAHeLAQC6eQ4AfIsBANTtAQDIiwEAEowBABqMAQDY5hIALowBAMwFEAA6jAEAaIwBAI6MAQC+jAEA54wBABSNAQA6jQEAao0BAJCNAQDAjQEAyI0BABaOAQBAjgEAbI4BAIWOAQDCjgEAxI4BABiPAQAfjwEAbo8BAHaPAQDEjwEA048BABqQAQAgkAEAcJABAHyQAQDGkAEAzZABAByRAQAokQEAcpEBAH+RAQDIkQEA0pEBAB6SAQAskgEAdJIBAHaSAQDKkgEA25IBACCTAQAjkwEAdpMBAKGTAQBYeREAz5MBAHAVBADWkwEAoFwGANmTAQAilAEA3JMBAECQDQDdkwEAYLUCAOKTAQB6cAQAKZQBAOx6AgAslAEAWIgDADGUAQDuwA8APZQBAHiUAQB6lAEAzpQBAN+UAQAklQEAMpUBAHqVAQCBlQEA0JUBANKVAQAmlgEA1ZUBANKYAgDYlQEAXrIBADWWAQB8lgEAi5YBANKWAQDelgEAKJcBACuXAQB+lwEAgZcBANSXAQD0lwEAKpgBADaYAQCAmAEAlJgBANaYAQDkmAEALJkBADOZAQCueREAmZkBANiZAQDamQEATOoMANuZAQBK6QwA5ZkBAC6aAQAwmgEAhJoBAI6aAQDamgEAlZoBAP7tDADjmgEAMJsBADabAQCGmwEAkpsBANybAQDjmwEAMpwBADecAQCInAEAlJwBAN6cAQDhnAEANJ0BAEGdAQCKnQEAj50BAOCdAQDqnQEANp4BAEyeAQCMngEAjp4BAOKeAQDsngEAOJ8BAEefAQCOnwEAmZ8BAAR6EQDwnwEAOqABAEegAQCQoAEAnqABAOagAQDyoAEAPKEBAEOhAQBaehEAl6EBAOihAQCeoQEAxFMOAKChAQDadQQA6qEBAJTRAwDtoQEAdFALAPehAQBkngsA/6EBAD6iAQBMogEAlKIBAKGiAQDqogEA8qIBAECjAQBKowEAxPEHAFCjAQCWowEAmKMBAOyjAQD6owEAQqQBAFOkAQCwehEAn6QBAAZ7EQDzpAEARKUBAEqlAQCapQEAoqUBAPClAQD5pQEARqYBAEmmAQCcpgEAqKYBAPKmAQD4pgEASKcBAFCnAQCepwEAvacBALJ7EQD2pwEASqgBAFioAQCgqAEAsagBAAh8EQD9qAEAXnwRAFGpAQCiqQEAqKkBAPipAQAAqgEATqoBAFeqAQCkqgEAp6oBAPqqAQAGqwEAUKsBAFarAQAKfREAqKsBAPyrAQAFrAEAUqwBAFysAQCorAEAs6wBAP6sAQAKrQEAVK0BAGGtAQCqrQEAtK0BAACuAQAOrgEAVq4BAGWuAQCsrgEArq4BAAKvAQAMrwEAWK8BAGavAQCurwEAs68BAASwAQARsAEAWrABAGKwAQCwsAEAwLABAAaxAQAIsQEAXLEBAGqxAQCysQEAw7EBAGB9EQAPsgEAtn0RAGeyAQC0sgEAt7IBAAqzAQAWswEAYLMBAGazAQC2swEAw7MBAAy0AQAOtAEAYrQBAHi0AQC4tAEAxLQBAAx+EQAatQEAZLUBAGq1AQC6tQEAvbUBABC2AQAetgEAZrYBAGu2AQC8tgEAybYBABK3AQAatwEAYn4RAHW3AQC+twEAzLcBABS4AQAeuAEA8tEBACq4AQBquAEAc7gBAMC4AQDWuAEAFrkBAB65AQBsuQEAb7kBAMK5AQDLuQEAGLoBABm6AQBuugEAb7oBAMS6AQDJugEAGrsBACC7AQBwuwEAersBAMa7AQDSuwEAHLwBACO8AQByvAEAerwBAMi8AQDKvAEAHr0BAB+9AQB0vQEAgr0BAMq9AQDSvQEAIL4BADu+AQB2vgEAgr4BAMy+AQDSvgEAIr8BACW/AQB4vwEAhr8BAM6/AQDTvwEAJMABADHAAQB6wAEAgsABANDAAQDewAEAJsEBACnBAQC4fhEAf8EBANLBAQCAwQEAxiEKAIjBAQBQEQoAisEBACSGDwCPwQEAfLIPANXBAQAowgEAOcIBAH7CAQCawgEA1MIBANzCAQAOfxEAO8MBAIDDAQCIwwEA1sMBANzDAQAsxAEAMcQBAILEAQCLxAEA2MQBAOLEAQAuxQEAPMUBAITFAQCRxQEA2sUBAObFAQAwxgEAM8YBAIbGAQCixgEAZH8RAN/GAQDokA4A5sYBAIA1EADoxgEADEUKAOnGAQAyxwEA68YBAOLLAgA+xwEAiMcBAIvHAQBqSQoAl8cBAN7HAQCbxwEA9DgKAOjHAQA0yAEAPMgBAI7KAQBAyAEA0DIQAELIAQCKyAEAUMgBAHQhCQCPyAEAxOkDAJfIAQDgyAEA98gBADbJAQA+yQEAjMkBAJbJAQDiyQEA58kBADjKAQBAygEAun8RAJjKAQDkygEAmsoBAHJ2CQCdygEAdG0EAOnKAQA6ywEAQssBABCAEQCSywEApFYCAJPLAQCOtQwAlcsBADStCQCZywEAXEYMAJzLAQDmywEAnssBAFLIDwDoywEA9AUGAO3LAQA8zAEA9csBAIieAgD2ywEAtl8CAErMAQCSzAEAlcwBAOjMAQDwzAEAPs0BAPTMAQAiSAYA98wBAMobBgAEzQEAvhUGAEPNAQCUzQEATc0BAMBsBgChzQEA6s0BAPLNAQBmgBEAQ84BAJbOAQBUzgEA9lgEAKLOAQDszgEA8s4BAELPAQBMzwEAvIARAJ3PAQDuzwEA+88BAETQAQBM0AEAfIsRAFDQAQCa0AEAVNABAMDjAQBg0AEAuvgNAKDQAQDw0AEA9tABAEbRAQBL0QEAnNEBAKLRAQASgREA/tEBAEjSAQBL0gEAntIBAKjSAQD00gEAENMBAErTAQBm0wEAaIERAKPTAQD20wEA+dMBAEzUAQBY1AEAotQBAKjUAQD41AEAAtUBAL6BEQBT1QEApNUBALHVAQAUghEA/NUBAMyCDgD91QEAUNYBAADWAQAQ9wwAENYBAEY5CwBa1gEAptYBAKnWAQBEaQ4ArtYBAFzTEgDC1gEA/NYBABjXAQBqghEAX9cBAKjXAQC21wEA/tcBAAjYAQBU2AEAcNgBAKrYAQDG2AEAwIIRAAPZAQBW2QEAWdkBAKzZAQC42QEAAtoBAAjaAQBY2gEAYtoBABaDEQCz2gEABNsBABHbAQBa2wEAatsBALDbAQCy2wEABtwBABTcAQBc3AEAbdwBAGyDEQC53AEAwoMRAA7dAQBe3QEAZN0BALTdAQC53QEACt4BABDeAQAYhBEAat4BAE7rDABu3gEAtt4BAMfeAQBuhBEAE98BAMSEEQBq3wEAGoURAMbfAQAO4AEAFeABAGTgAQBs4AEAuuABAMfgAQAQ4QEAFeEBAGbhAQBw4QEAvOEBAMThAQAS4gEAGOIBAGjiAQBq4gEAvuIBAMziAQAU4wEAF+MBAGrjAQB24wEAcIURAMLjAQAW5AEAJOQBAGzkAQB95AEAxoURAMnkAQAchhEAHuUBAG7lAQB05QEAxOUBAMnlAQAa5gEAIOYBAHKGEQBy5gEAxuYBAHnmAQDEVQ8AfOYBAJApBgDh5gEAHOcBAB7nAQBy5wEAjOcBAMjnAQDV5wEAziUKANnnAQAe6AEAIOgBAHToAQCB6AEAyugBAOHoAQAg6QEAOukBAHbpAQB46QEAzOkBAHzpAQDqEA4Az+kBACLqAQAl6gEAeOoBAITqAQDO6gEA1OoBACTrAQAu6wEAyIYRAH/rAQDQ6wEA3esBACbsAQAy7AEAfOwBAILsAQDS7AEA2OwBACjtAQAt7QEAfu0BAITtAQAehxEA1e0BACruAQDq7QEA2kwFACzuAQCA7gEAOO4BAB4VAwCG7gEA1u4BAOTuAQAs7wEAL+8BAILvAQCH7wEA2O8BAOXvAQAu8AEAPvABAITwAQCG8AEA2vABAOjwAQAw8QEAQfEBAHSHEQCM8QEA3PEBAOjxAQDKhxEAQ/IBAIjyAQCS8gEA3vIBAOzyAQA08wEANfMBAIrzAQCb8wEA4PMBAOzzAQA29AEARvQBAIz0AQCO9AEA4vQBAPD0AQA49QEASfUBACCIEQCU9QEA5PUBAPD1AQB2iBEAQPYBAJD2AQCW9gEA5vYBAOv2AQA89wEAQvcBACKJEQCa9wEA6PcBAPL3AQAIow8AAfgBAD74AQBH+AEAlPgBAJ74AQDq+AEA8vgBAED5AQBE+QEAlvkBAJj5AQDs+QEA7/kBAEL6AQBe+gEAeIkRAKv6AQDu+gEA7/oBAET7AQBQ+wEAmvsBAKn7AQDw+wEA+vsBAEb8AQBS/AEAnPwBAKP8AQDOiREA+PwBAHyDDQAF/QEASP0BAFf9AQCe/QEAqv0BAPT9AQD1/QEASv4BAFT+AQCg/gEArv4BAPb+AQD7/gEATP8BAFn/AQB6ihEAqv8BAPj/AQAEAAIATgACAGEAAgCkAAIApQACAPoAAgAGAQIAUAECAF8BAgCmAQIAsAECAPwBAgAIAgIAUgICAFkCAgDQihEAuQICAP4CAgAKAwIAVAMCAGQDAgCqAwIAtAMCAAAEAgAIBAIAVgQCAH4EAgCsBAIAhAQCAGAJAgDUBAIAAgUCAAoFAgBYBQIAXgUCAK4FAgC8BQIABAYCABsGAgBaBgIAZQYCALAGAgC6BgIABgcCADMHAgBcBwIAZAcCALIHAgDCBwIACAgCAAoIAgBeCAIAbAgCALQIAgDFCAIA0osRABEJAgAojBEAiAkCALYJAgC+CQIADAoCABIKAgBiCgIAcAoCALgKAgDPCgIADgsCABkLAgBkCwIAbgsCALoLAgDnCwIAEAwCABgMAgBmDAIAdgwCALwMAgC+DAIAEg0CACANAgBoDQIAeQ0CAH6MEQDFDQIA1IwRABYOAgBqDgIAeA4CAMAOAgDRDgIAKo0RAB0PAgCAjREAdA8CANaNEQDKDwIALI4RAN4PAgB6qQsAGhACAG4QAgB8EAIAxBACANUQAgCCjhEAIBECAHARAgB8EQIA2I4RAM8RAgAcEgIA1xECAEjuDwApEgIAchICAIASAgDIEgIA0hICAB4TAgA4EwIAdBMCAHcTAgDKEwIA0RMCACAUAgBAFAIAdhQCAJAUAgAujxEA2RQCACIVAgDdFAIAJm0CAOIUAgDWxQIAMBUCAHgVAgCCFQIAzhUCAOgVAgAkFgIANBYCAHoWAgCAFgIA0BYCANIWAgAmFwIAPBcCAHwXAgCIFwIA0hcCANYXAgAoGAIALRgCAH4YAgCEGAIA1BgCAPQYAgAqGQIARBkCAIAZAgCCGQIA1hkCANkZAgAsGgIALxoCAIIaAgCOGgIA2BoCAN4aAgAuGwIAOBsCAISPEQCJGwIA2hsCAOcbAgAwHAIAPBwCAIYcAgCZHAIA3BwCAOscAgAyHQIAPh0CAIgdAgCJHQIA3h0CAOgdAgA0HgIAQh4CAIoeAgCPHgIA4B4CAO0eAgDajxEANx8CAHAlDAA4HwIAdCkNADkfAgD0CQgAOx8CANLdDwA8HwIA7N4JAD0fAgAAGg0AQB8CAH6GDgBBHwIACh8NAEIfAgCOiAsAQx8CAJKMDABEHwIAcFAMAEUfAgC66AUARh8CAIwfAgBOHwIAvgQTAFAfAgBwKw8AUh8CACiKEABZHwIAHDQTAF4fAgCINw8Aeh8CAIaKDgB/HwIA+CETAI4fAgDiHwIAnR8CAAz5DgDwHwIAOCACAEkgAgAwkBEAlSACAIaQEQDwIAIAOiECAEkhAgCQIQIAmiECAOYhAgDyIQIAPCICAAkiAgCW6A4AQyICADKREQCUIgIA6CICAPkiAgA+IwIARyMCAJQjAgCgIwIA6iMCAO0jAgBAJAIASCQCAJYkAgCgJAIA7CQCAPEkAgBCJQIASiUCAJglAgCxJQIA7iUCAPolAgBEJgIATCYCAN6REQCiJgIANJIRAPMmAgBGJwIASScCAJwnAgCoJwIA8icCAPgnAgBIKAIAUigCAIqSEQCjKAIA9CgCAAEpAgBKKQIAUikCAOCSEQCmKQIA9ikCAPwpAgBMKgIAUSoCAKIqAgCoKgIANpMRAAArAgCMkxEAUCsCAOg0CwBTKwIApCsCAForAgC68goArisCAPorAgCzKwIAyssIAAIsAgCKig0AFiwCAFAsAgBYLAIA4pMRAKssAgD8LAIAEi0CAFItAgBTLQIAqC0CAKotAgD+LQIABC4CAFQuAgBgLgIAqi4CALEuAgAALwIACC8CAFYvAgBfLwIArC8CAK8vAgACMAIAEDACAFgwAgBlMAIArjACAMUwAgAEMQIADDECAFoxAgBmMQIAXDICAIIxAgCwMQIA2DECAAYyAgAqMgIAOJQRAHkyAgCyMgIAuzICALQzAgDDMgIACDMCADgzAgBeMwIAgjMCAI6UEQC2MwIACjQCABs0AgBgNAIAkDQCALY0AgDaNAIA5JQRABE1AgC0Sw4AEjUCAG7vBgAVNQIAYjUCABg1AgCIDhAAbDUCALg1AgBvNQIAfvcGAHA1AgBgpA8AwDUCAA42AgASNgIAZDYCAGY2AgC6NgIAvTYCABA3AgAsNwIAOpURAGs3AgB4AA0AcDcCAAp1DQByNwIAvDcCAHY3AgB8fwsA2TcCABI4AgAbOAIAaDgCAGo4AgC+OAIAzzgCAJCVEQAZOQIAajkCAHM5AgDAOQIA0TkCABY6AgAdOgIAbDoCAHQ6AgDCOgIAhjoCAK5bAgDPOgIAbjsCANE6AgDGPAIA2zoCABg7AgAkOwIA5pURAHM7AgDEOwIAzjsCABo8AgAiPAIAPJYRAHw8AgCSlhEAyzwCABw9AgApPQIAcj0CAHw9AgDIPQIAyj0CAB4+AgAsPgIAdD4CAIE+AgDolhEAzz4CACA/AgAtPwIAdj8CAIA/AgDMPwIAzj8CACJAAgAwQAIAeEACAIVAAgA+lxEA0UACAMB+DwDUQAIAZk8OANtAAgAkQQIALkECAJSXEQCCQQIA0EECANJBAgBKxA8A3UECAIzRBQDnQQIAJkICAOlBAgC2twMAK0ICAHxCAgCGQgIA0kICANpCAgDqlxEAMkMCAH5DAgCKQwIA1EMCANdDAgAqRAIANEQCAIBEAgCaRAIA1kQCAO1EAgAsRQIAMUUCAIJFAgCeRQIAQJgRAOJFAgAuRgIA6UUCAIJ8CAA6RgIAhEYCAIdGAgDaRgIA5EYCADBHAgBKRwIAhkcCAIxHAgDcRwIA3kcCADJIAgBASAIAiEgCAItIAgDeSAIA6kgCADRJAgA3SQIAikkCAK1JAgCWmBEA4kkCADZKAgBESgIAjEoCAI9KAgDiSgIA7koCADhLAgA7SwIA7JgRAJlLAgDkSwIA6ksCADpMAgA/TAIAkEwCAJRMAgDmTAIA6UwCAEKZEQA9TQIA7DwOAD9NAgBaeBAAQk0CAJJNAgBFTQIA9nAQAEZNAgBGUgIASE0CAHpdEABKTQIAwFUQAEtNAgAyZBAATE0CAMKBEABTTQIAzP8MAFZNAgAaKw8Ank0CAOhNAgAUTgIAPk4CAEpOAgCUTgIAo04CAOpOAgD0TgIAQE8CAENPAgCWTwIAsE8CAOxPAgD2TwIAQlACAEdQAgCYUAIAolACAO5QAgD5UAIARFECAEpRAgCaUQIAn1ECAPBRAgD0UQIAmJkRAEtSAgCcUgIAVFICAEBrEACmUgIA8lICAP1SAgBIUwIATlMCAJ5TAgCjUwIA9FMCAPhTAgDumREAT1QCAOz7AgBRVAIAPOYOAFJUAgDEfA0AVFQCADC3DwBkVAIAoFQCAKpUAgD2VAIAAVUCAExVAgBSVQIAolUCAKdVAgD4VQIA/FUCAE5WAgBxVgIARJoRALFWAgBahwIAslYCAPpWAgD9VgIAUFcCAFxXAgCmVwIAvlcCAPxXAgAIWAIAUlgCAFhYAgCoWAIArlgCAP5YAgADWQIAVFkCAFpZAgCamhEAtFkCAABaAgALWgIAVloCAFxaAgCsWgIAsVoCAAJbAgAGWwIAWFsCAFtbAgDwmhEAuFsCAARcAgAPXAIAWlwCAGBcAgCwXAIAtVwCAAZdAgAKXQIARpsRAF1dAgCyXQIAvl0CAAheAgAUXgIAXl4CAGReAgC0XgIAul4CAApfAgAPXwIAYF8CAGZfAgCcmxEAwl8CAAxgAgASYAIAYmACAG5gAgC4YAIAxWACAA5hAgAdYQIAZGECAHBhAgC6YQIAxmECABBiAgAWYgIAZmICAGxiAgC8YgIAwWICABJjAgAYYwIA8psRAHJjAgDM9wgAfmMCAL5jAgCBYwIAUOYJAMpjAgAUZAIAHGQCAFh7EgAgZAIAamQCAHBkAgDAZAIAxmQCABZlAgAbZQIAbGUCAHJlAgBInBEAymUCAGYDEwDMZQIAGGYCAB5mAgBuZgIAJGYCAMrqAgB8ZgIAxGYCAN1mAgAaZwIAI2cCAHBnAgB6ZwIAxmcCANJnAgAcaAIAKGgCAHJoAgB4aAIAyGgCAM5oAgAeaQIAI2kCAHRpAgB6aQIAnpwRANZpAgAgagIAKmoCAHZqAgCBagIAzGoCANFqAgAiawIAKWsCAHhrAgCEawIAzmsCANRrAgAkbAIAKmwCAHpsAgB/bAIA0GwCANZsAgD0nBEAN20CAHxtAgB9bQIA0m0CAIJtAgDccgIA120CAChuAgA2bgIAfm4CAItuAgDUbgIA3m4CACpvAgA2bwIAgG8CAIZvAgDWbwIA4m8CACxwAgA/cAIAgnACAJFwAgDYcAIA5HACAC5xAgAvcQIAhHECAI5xAgDacQIA6HECADByAgA1cgIAhnICAJNyAgBKnREA6HICADJzAgBCcwIAiHMCAJRzAgDecwIA5HMCADR0AgBAdAIAinQCAJd0AgDgdAIA73QCADZ1AgBCdQIAjHUCAJh1AgDidQIA9XUCADh2AgBHdgIAjnYCAJp2AgDkdgIA5XYCADp3AgBEdwIAkHcCAJ53AgDmdwIA63cCADx4AgBJeAIAoJ0RAJR4AgC8FgcAnngCAOh4AgCfeAIApOcKAKB4AgBY8AwA/HgCAD55AgBKeQIAlHkCAJp5AgDqeQIA8HkCAEB6AgBFegIAlnoCAJx6AgD2nREA+HoCAEJ7AgBPewIAEA4DAFV7AgCYewIAnXsCAGaNAgCgewIAQFEDAKR7AgDuewIA9HsCAER8AgBKfAIAmnwCAJ98AgDwfAIA9nwCAEyeEQBSfQIAnH0CAKJ9AgDyfQIA930CAEh+AgBPfgIAnn4CAKx+AgD0fgIAD38CAEp/AgBYfwIAoH8CAKN/AgD2fwIABIACAEyAAgBRgAIAooACAK+AAgD4gAIABIECAE6BAgBUgQIApIECAKqBAgD6gQIA/4ECAFCCAgBWggIAop4RAKuCAgD8ggIABYMCAFKDAgBfgwIAqIMCAK+DAgD+gwIAD4QCAFSEAgBZhAIAqoQCALmEAgAAhQIAAoUCAFaFAgBnhQIArIUCALiFAgAChgIACIYCAFiGAgBehgIAroYCALOGAgAEhwIACocCAPieEQBxhwIAsIcCALyHAgAGiAIAEogCAFyIAgBiiAIAsogCALiIAgAIiQIADYkCAF6JAgBkiQIATp8RALqJAgDEvAIAy4kCAAqKAgATigIAYIoCAHaKAgC2igIAwooCAAyLAgAZiwIAYosCAGyLAgC4iwIAxIsCAA6MAgAUjAIAZIwCAGqMAgC6jAIAv4wCABCNAgAWjQIApJ8RAG+NAgC8jQIAxo0CABKOAgAXjgIAaI4CAHiOAgC+jgIA144CABSPAgAZjwIAao8CAHOPAgDAjwIAzY8CABaQAgAdkAIAbJACAG+QAgDCkAIAzpACABiRAgArkQIAbpECAH2RAgDEkQIA0JECABqSAgAbkgIAcJICAHqSAgDGkgIA1JICAByTAgAhkwIAcpMCAH+TAgD6nxEAy5MCAB6UAgAhlAIAdJQCAIGUAgC6dQwAg5QCAMqUAgDMlAIAIJUCACOVAgB2lQIAgJUCAMyVAgDYlQIAIpYCADWWAgB4lgIAh5YCAM6WAgDalgIAJJcCACWXAgB6lwIAhJcCANCXAgDelwIAJpgCACuYAgB8mAIAiZgCAFCgEQDTmAIAKJkCADSZAgB+mQIAhJkCANSZAgDWmQIAKpoCADSaAgCAmgIAjpoCANaaAgDbmgIALJsCADmbAgCCmwIAjpsCANibAgDrmwIALpwCAD2cAgCEnAIAkJwCANqcAgDbnAIAMJ0CADqdAgCGnQIAlJ0CANydAgDhnQIAMp4CAD+eAgCmoBEAkZ4CAN6eAgCUngIAfoQNAOSeAgA0nwIAN58CAIqfAgCYnwIA4J8CAOWfAgA2oAIAQ6ACAIygAgCYoAIA4qACAOigAgA4oQIAPqECAI6hAgCToQIA5KECAOqhAgD8oBEAPKICAJCiAgBBogIAIK0OAJ+iAgDmogIABqMCADyjAgBBowIAkqMCAK2jAgDoowIA9KMCAD6kAgBEpAIAlKQCAKSkAgDqpAIA+6QCAEClAgBFpQIAlqUCAJqlAgDspQIA+KUCAEKmAgBIpgIAmKYCAJ6mAgDupgIA86YCAESnAgBKpwIAUqERAKmnAgAEzA8AsKcCAPCnAgDxpwIARqgCAFeoAgCcqAIAqKgCAPKoAgAIqQIASKkCAFSpAgCeqQIAq6kCAPSpAgD+qQIASqoCAFaqAgCgqgIAp6oCAPaqAgACqwIATKsCAFKrAgCiqwIAqKsCAPirAgD9qwIATqwCAFSsAgCooREApqwCAOoUEACtrAIA+qwCAPusAgBQrQIAUa0CAKatAgCrrQIA/K0CAAKuAgBSrgIAXK4CAKiuAgC0rgIA/q4CAAWvAgBUrwIAWa8CAKqvAgCrrwIAALACAAywAgBWsAIAXLACAKywAgCusAIAArECAAyxAgBYsQIAZrECAK6xAgCzsQIABLICABGyAgBasgIAZrICALCyAgDDsgIABrMCABWzAgBcswIAaLMCALKzAgCzswIACLQCABK0AgBetAIAbLQCALS0AgC5tAIACrUCABe1AgD+oREAcbUCALa1AgDCtQIADLYCACO2AgBitgIAZLYCALi2AgDJtgIADrcCABC3AgBktwIAarcCALq3AgDRtwIAELgCABm4AgBmuAIAfLgCALy4AgDIuAIAErkCAB+5AgBouQIAcrkCAL65AgDKuQIAFLoCACe6AgBqugIAeboCAMC6AgDMugIAFrsCABe7AgBsuwIAdrsCAMK7AgDQuwIAGLwCAB28AgBuvAIAe7wCAFSiEQDGvAIAGr0CAC69AgBwvQIAfr0CAMa9AgDTvQIAHL4CACO+AgByvgIAfr4CAMi+AgDbvgIAHr8CACO/AgB0vwIAfb8CAMq/AgDUvwIAIMACACXAAgB2wAIAhsACAMzAAgDlwAIAIsECACfBAgB4wQIAgcECAM7BAgDbwQIAJMICACvCAgB6wgIAfcICANDCAgDcwgIAJsMCADnDAgB8wwIAi8MCANLDAgDewwIAKMQCACnEAgB+xAIAiMQCANTEAgDixAIAKsUCAC/FAgCAxQIAjcUCAKqiEQDvxQIALMYCADjGAgCCxgIAiMYCANjGAgDgxgIA6ukPAOjGAgAuxwIAM8cCAITHAgCKxwIA2scCAPDHAgAwyAIAMsgCAIbIAgCQyAIA3MgCAOjIAgAyyQIARckCAIjJAgCXyQIA3skCAOrJAgA0ygIANcoCAIrKAgCUygIA4MoCAO7KAgA2ywIAO8sCAIzLAgCZywIAAKMRAOvLAgA4zAIAPswCAI7MAgCUzAIA5MwCAPDMAgA6zQIAR80CAJDNAgCazQIA5s0CAPzNAgA8zgIAQc4CAJLOAgCZzgIA6M4CAPbOAgA+zwIATs8CAJTPAgCizwIA6s8CAPnPAgBA0AIAQtACAJbQAgCg0AIA7NACAPrQAgBC0QIAR9ECAJjRAgCl0QIA7tECAPrRAgBE0gIAV9ICAJrSAgCp0gIA8NICAPzSAgBG0wIAR9MCAJzTAgCm0wIA8tMCAADUAgBI1AIATdQCAJ7UAgCr1AIAVqMRAPbUAgBK1QIAANUCAKY8CgBb1QIAoNUCAKnVAgD21QIAAtYCAEzWAgBU1gIAMukSAFjWAgCi1gIAqNYCAPjWAgD+1gIATtcCAFPXAgCk1wIAqtcCAKyjEQAJ2AIAUNgCAFXYAgCm2AIArdgCAPzYAgAI2QIAUtkCAFnZAgAE3QIAXtkCAKjZAgC12QIA/tkCAA3aAgBU2gIAWdoCAKraAgCx2gIAANsCAAzbAgBW2wIAYtsCAKzbAgCy2wIAAtwCAAjcAgBY3AIAXdwCAK7cAgC03AIAAqQRABDdAgBa3QIAad0CALDdAgC13QIABt4CAA3eAgBc3gIAaN4CALLeAgC+3gIACN8CAA7fAgBe3wIAZN8CALTfAgC53wIACuACABDgAgBYpBEAbOACALbgAgDG4AIADOECABrhAgBi4QIAb+ECALjhAgDE4QIADuICABXiAgBk4gIAbOICAK6kEQDD4gIAHK8QAMfiAgD+BAMAy+ICABDjAgAh4wIAZuMCAG7jAgC84wIAcuMCALLJDQDG4wIAEuQCABfkAgBo5AIAcOQCAL7kAgDA5AIAFOUCAMfkAgDi9gIAHOUCAGrlAgCA5QIAwOUCAMzlAgAW5gIALOYCAGzmAgCF5gIAwuYCAM7mAgAY5wIAHucCAG7nAgB25wIAxOcCANTnAgAa6AIAI+gCAHDoAgB96AIAxugCANXoAgAc6QIAJukCAHLpAgCA6QIAyOkCAM3pAgAe6gIAK+oCAHTqAgB86gIABKURAODqAgAg6wIAIesCAHbrAgCA6wIAzOsCANTrAgAi7AIALOwCAHjsAgB97AIAzuwCANbsAgAk7QIAJu0CANjxAgAn7QIAAFwDACrtAgB67QIAK+0CABxqAwA67QIADmMDAIbtAgDQ7QIA0u0CACbuAgAt7gIAfO4CAITuAgDS7gIA0+4CACjvAgAu7wIAfu8CAIPvAgDU7wIA1e8CACrwAgA28AIAgPACAIbwAgDW8AIA4PACACzxAgBA8QIAgvECAIrxAgBapREA2/ECAC7yAgDf8QIA9lYDADHyAgCE8gIAkvICANryAgDx8gIAMPMCAD3zAgCG8wIAjvMCANzzAgDd8wIAMvQCADj0AgCI9AIAjfQCAN70AgDf9AIANPUCAED1AgCK9QIAkPUCAOD1AgDq9QIANvYCAEr2AgCM9gIAlPYCAAamEQDv9gIAOPcCAD/3AgCO9wIAmvcCAOT3AgD09wIAOvgCAEj4AgCQ+AIAnfgCAOb4AgDy+AIAPPkCAEP5AgCS+QIAmvkCALKmEQD0+QIAPvoCAEj6AgCU+gIAn/oCAOr6AgDv+gIAQPsCAEf7AgCW+wIAnvsCAAinEQD0+wIAQvwCAFL8AgCY/AIApPwCAO78AgDy/AIARP0CAEz9AgCa/QIAnP0CAPD9AgD2/QIARv4CAF3+AgCc/gIApf4CAPL+AgAI/wIASP8CAFT/AgCe/wIAq/8CAPT/AgD+/wIASgADAE0AAwCgAAMAqAADAPYAAwAAAQMATAEDAFEBAwCiAQMAqgEDAPgBAwAIAgMATgIDAFcCAwCkAgMAsQIDAPoCAwAJAwMAUAMDAFoDAwCmAwMAtAMDAPwDAwABBAMAUgQDAF8EAwCoBAMAsAQDAF6nEQALBQMAVAUDAB0FAwDEwAQAWQUDAKoFAwC0BQMAAAYDAAgGAwBWBgMAFwYDAFpNEABcBgMArAYDAGQGAwAg1g0AZQYDAOItCQBmBgMAwhEDAGcGAwC4SQwAuAYDAAIHAwAEBwMAJq4NAAkHAwBYBwMAZAcDAK4HAwC9BwMABAgDABUIAwBaCAMAXAgDALAIAwC2CAMABgkDABIJAwBcCQMAZAkDALSnEQC4CQMACqgRABQKAwBgqBEAYQoDAAypEQC3CgMAYqkRALkKAwBcDQUADQsDAJDhDAAXCwMAYAsDAGoLAwC2CwMAuAsDAAwMAwAfDAMAYgwDAGoMAwBm+Q0AbgwDALgMAwC+DAMADg0DABQNAwBkDQMAaQ0DALoNAwDADQMAuKkRABoOAwBmDgMAaA4DALwOAwDGDgMAEg8DACAPAwBoDwMAbQ8DAL4PAwDLDwMAFBADACAQAwBqEAMAcBADAMAQAwDGEAMAFhEDABsRAwBsEQMAchEDAA6qEQDQEQMAGBIDACUSAwBuEgMAdRIDAMQSAwDMEgMAGhMDABsTAwC89QsAHRMDAHATAwAwEwMAuPMLAIQTAwDGEwMA3BMDABwUAwA1FAMAchQDAHcUAwDIFAMA2RQDAGSqEQAvFQMAdBUDAHYVAwDKFQMA1BUDACAWAwAuFgMAdhYDAHsWAwDMFgMA2RYDACIXAwAqFwMAeBcDAIQXAwDOFwMAiBcDACYZAwDUFwMAJBgDACoYAwB6GAMAfxgDANAYAwDWGAMAuqoRACgZAwB8GQMAihkDANIZAwDjGQMAEKsRAC8aAwBmqxEAhhoDANQaAwCIGgMAjAAIAMcaAwB4NxMA4hoDACobAwDjGgMAiiADAOQaAwDuYAoANxsDAIAbAwCPGwMA1hsDANsbAwAsHAMAQhwDAIIcAwCDHAMA2BwDANocAwAuHQMAOB0DAIQdAwCSHQMA2h0DAPMdAwAwHgMAQR4DAIYeAwCSHgMA3B4DAOQeAwBorBEARh8DAIgfAwCJHwMA3h8DAOofAwA0IAMANyADAL6sEQCMIAMA4CADAO0gAwA2IQMAQyEDAIwhAwCRIQMA4iEDAOwhAwA4IgMAQCIDAI4iAwCeIgMA5CIDAPIiAwA6IwMARyMDAJAjAwCXIwMA5iMDAO4jAwA8JAMAPyQDAJIkAwCmJAMA6CQDAP4kAwA+JQMAVyUDAJQlAwCZJQMA6iUDAPslAwAUrREASCYDAGqtEQBMJgMALlYKAFwmAwBegBMAoyYDAOwmAwDzJgMAQicDAE4nAwCYJwMAqCcDAO4nAwD8JwMARCgDAFEoAwCaKAMApigDAPAoAwD3KAMAwK0RAEgpAwCcKQMASykDAOxTBACpKQMA8ikDAP8pAwBIKgMATSoDAJ4qAwCoKgMA9CoDAPwqAwBKKwMATysDAOZ7BABTKwMAoCsDAKMrAwD2KwMAAiwDABauEQBRLAMAoiwDAFgsAwCIBAsApywDAPgsAwAALQMATi0DAGQtAwCkLQMApi0DAPotAwAHLgMAUC4DAGQuAwBsrhEAqy4DAPwuAwAELwMAIvwKAAYvAwBSLwMAWi8DAKgvAwC0LwMA/i8DAAswAwBUMAMAWTADAKowAwCzMAMAADEDABcxAwBWMQMAYTEDAMKuEQC6MQMAAjIDAAUyAwBYMgMAWzIDAK4yAwC8MgMABDMDABEzAwBaMwMAcTMDALAzAwC4MwMABjQDAAw0AwBcNAMAaDQDALI0AwC8NAMACDUDABE1AwBeNQMAZDUDALQ1AwDBNQMAGK8RABY2AwBgNgMAGDYDADwJCwBvNgMAtjYDAMc2AwAMNwMADjcDAGI3AwBoNwMAuDcDAMQ3AwAOOAMAFTgDAGQ4AwBsOAMAujgDALw4AwAQOQMAHTkDAGY5AwBtOQMAvDkDAMQ5AwASOgMAHzoDAGg6AwBtOgMAvjoDAMg6AwAUOwMAHDsDAGo7AwBzOwMAwDsDAMM7AwAWPAMAIjwDAGw8AwBzPAMAbq8RAM88AwAYPQMA2DwDACJCAwD6PAMAmg0LADM9AwBuPQMAcD0DAMQ9AwDVPQMAGj4DACg+AwBwPgMAdz4DAMY+AwDOPgMAHD8DACE/AwByPwMAcz8DAMg/AwDUPwMAHkADACRAAwB0QAMAdkADAMpAAwDUQAMAIEEDAC5BAwB2QQMAe0EDAMxBAwDZQQMAxK8RACNCAwB4QgMAfUIDAM5CAwDUQgMAJEMDAC5DAwB6QwMAhkMDANBDAwDXQwMAJkQDAC5EAwB8RAMAfkQDANJEAwDfRAMAKEUDAC9FAwB+RQMAhkUDANRFAwDhRQMAKkYDAC9GAwCARgMAikYDANZGAwDeRgMALEcDADVHAwCCRwMAhUcDANhHAwDkRwMALkgDADVIAwAasBEAkEgDACj/CgCYSAMA2kgDAOdIAwAwSQMAOkkDAIZJAwCISQMA3EkDAO9JAwAySgMAOkoDAIhKAwCUSgMA3koDAORKAwA0SwMAOksDAIpLAwCPSwMA4EsDAOZLAwBwsBEAREwDAIxMAwCbTAMA4kwDAP5MAwA4TQMAAk0DAGSOAwBATQMAxrARAJdNAwDkTQMA8U0DADpOAwBETgMAkE4DAJ5OAwDmTgMA/E4DADxPAwBITwMAkk8DAJpPAwAcsREA7k8DAD5QAwBEUAMAlFADAJlQAwDqUAMA8FADAHKxEQBFUQMAllEDAJ9RAwDsUQMA9lEDAEJSAwBKUgMAmFIDAJ1SAwDuUgMA/lIDAERTAwBMUwMAmlMDAKBTAwCeVQMAs1MDAPBTAwD1UwMARlQDAE9UAwCcVAMAqVQDAPJUAwD5VAMASFUDAEtVAwDIsREAoFUDAPRVAwABVgMASlYDAGFWAwCgVgMArFYDAB6yEQD9VgMATFcDAFRXAwCiVwMAplcDAPhXAwAGWAMATlgDAFhYAwCkWAMAr1gDAPpYAwACWQMAUFkDAFVZAwCmWQMAwVkDAPxZAwAIWgMAUloDAFhaAwCoWgMAuFoDAP5aAwAPWwMAVFsDAFlbAwCqWwMArlsDAHSyEQAJXAMAVlwDAG9cAwCsXAMAtlwDAAJdAwAIXQMAWF0DAFpdAwCuXQMAvV0DAAReAwAOXgMAWl4DAGJeAwCwXgMAtF4DAAZfAwAUXwMAXF8DAGZfAwCyXwMAvV8DAAhgAwAQYAMAXmADAGNgAwC0YAMAz2ADAAphAwAWYQMAYGEDAGZhAwC2YQMAxmEDAAxiAwAdYgMAYmIDAGdiAwC4YgMAvGIDAMqyEQAXYwMAZGMDAHVjAwC6YwMAxGMDABBkAwAeZAMAZmQDAGdkAwC8ZAMAzWQDABJlAwAmZQMAaGUDAHBlAwC+ZQMAwmUDABRmAwAiZgMAamYDAHRmAwDAZgMAy2YDABZnAwAeZwMAbGcDAHFnAwDCZwMA3WcDABhoAwAkaAMAbmgDAHRoAwDEaAMA1GgDABppAwAraQMAcGkDAHVpAwDGaQMAymkDACCzEQAqagMAcmoDAI1qAwDIagMA1moDAB5rAwAlawMAdGsDAIBrAwDKawMA0msDAHazEQAubAMAdmwDAIBsAwDMbAMA12wDACJtAwAqbQMAeG0DAH1tAwDObQMA6W0DACRuAwAwbgMAem4DAIBuAwDQbgMA4G4DACZvAwA3bwMAfG8DAIFvAwDSbwMA1m8DAMyzEQA5cAMAfnADAIZwAwDUcAMA1XADACpxAwAvcQMAgHEDAI5xAwDWcQMA43EDACxyAwA2cgMAgnIDAI5yAwDYcgMA3nIDAC5zAwA2cwMAhHMDAItzAwDacwMA5nMDADB0AwA2dAMAhnQDAJJ0AwDcdAMA7HQDADJ1AwA+dQMAiHUDAI51AwDedQMA6nUDADR2AwBBdgMAinYDAJl2AwDgdgMA7HYDACK0EQA5dwMAjHcDAI93AwDidwMA8HcDADh4AwBPeAMAjngDAJt4AwDkeAMA+ngDADp5AwBGeQMAkHkDAJ15AwDmeQMA8HkDADx6AwBEegMAknoDAJx6AwDoegMA7XoDAD57AwBGewMAlHsDAKB7AwDqewMA93sDAEB8AwBKfAMAlnwDAJx8AwDsfAMAAH0DAEJ9AwBKfQMAmH0DAKZ9AwDufQMA+30DAER+AwBMfgMAmn4DAKd+AwDwfgMA/n4DAEZ/AwBXfwMAnH8DAKR/AwDyfwMACIADAEiAAwBKgAMAnoADAJ+AAwB4tBEA+YADADRhDgACgQMASoEDAFmBAwCggQMArIEDAPaBAwD+gQMAzrQRAFGCAwCiggMAq4IDAPiCAwAFgwMAToMDAFWDAwCkgwMAp4MDAPqDAwAChAMAUIQDAFWEAwCmhAMAr4QDAPyEAwAGhQMAUoUDAFqFAwCohQMArYUDAP6FAwAOhgMAVIYDAFyGAwCqhgMAsIYDAACHAwAChwMAVocDAGOHAwCshwMAw4cDAAKIAwAOiAMAJLURAGSIAwCuiAMAxYgDAASJAwAQiQMAWokDAGCJAwCwiQMAuIkDAAaKAwANigMAXIoDAGqKAwCyigMAzYoDAAiLAwAWiwMAXosDAGWLAwC0iwMAwIsDAAqMAwASjAMAerURAHSMAwC2jAMAvowDAAyNAwA9jQMAYo0DAG6NAwC4jQMAvo0DAA6OAwATjgMA0LURAHCOAwC6jgMAwY4DABCPAwAYjwMAZo8DAGiPAwC8jwMAxo8DABKQAwAakAMAJrYRAHaQAwCEngMAd5ADAL6QAwDAkAMAFJEDACWRAwBqkQMAe5EDAMCRAwDMkQMAFpIDAB2SAwBskgMAdJIDAMKSAwDvkgMAGJMDAB2TAwBukwMAb5MDAMSTAwDOkwMAGpQDACiUAwBwlAMAdZQDAMaUAwDTlAMAHJUDADiVAwBylQMAjpUDAHy2EQDVlQMAHpYDACKWAwB0lgMAepYDAMqWAwDMlgMAIJcDACGXAwB2lwMAmZcDAMyXAwDwlwMAIpgDAE+YAwB4mAMAgJgDAM6YAwDTmAMAJJkDADGZAwB6mQMAgpkDANCZAwDSmQMAJpoDAC6aAwB8mgMAqZoDANKaAwDfmgMAKJsDAC2bAwB+mwMAi5sDANSbAwDgmwMAKpwDAFecAwCAnAMAiJwDANacAwDxnAMALJ0DAC6dAwCCnQMAk50DANidAwDhnQMALp4DADqeAwDSthEAkZ4DANqeAwDhngMAMJ8DADyfAwCGnwMAmZ8DANyfAwDknwMAMqADADegAwCIoAMAkaADAN6gAwDooAMANKEDADyhAwCKoQMAj6EDAOChAwDwoQMANqIDAD6iAwCMogMApaIDAOKiAwDnogMAOKMDAEGjAwCOowMAm6MDAOSjAwDrowMAOqQDAD2kAwAotxEAlaQDAOakAwCdpAMAvCINAO+kAwA8pQMARKUDAJKlAwCdpQMA6KUDAOqlAwA+pgMAWaYDAJSmAwCgpgMA6qYDAPKmAwB+txEATacDAJanAwCepwMA7KcDAPinAwBCqAMASKgDAJioAwCeqAMA7qgDAPOoAwBEqQMASqkDANS3EQCnqQMA8KkDAPipAwBGqgMAWqoDAJyqAwChqgMA8qoDAPuqAwBIqwMATqsDAJ6rAwCmqwMA9KsDAPerAwBKrAMAZ6wDAKCsAwCxrAMA9qwDAP6sAwBMrQMAT60DAKKtAwC2rQMA+K0DAAWuAwBOrgMAWK4DAKSuAwCmrgMA+q4DAA2vAwCAuBEAVa8DAKavAwC3rwMA/K8DAAWwAwBSsAMAaLADAKiwAwC1sAMA/rADAAaxAwBUsQMAc7EDANa4EQC2sQMAALIDAAiyAwAsuREAWbIDAKyyAwC0sgMAArMDAA+zAwBYswMAXbMDAK6zAwC2swMABLQDAAW0AwBatAMAXLQDALC0AwC2tAMABrUDAAi1AwBctQMAcrUDALK1AwC+tQMACLYDABK2AwBetgMAarYDALS2AwC6tgMACrcDABK3AwBgtwMAkrcDAIK5EQC/twMADLgDABa4AwBiuAMAargDALi4AwC5uAMADrkDABS5AwBkuQMAcLkDALq5AwC7uQMAELoDABK6AwBmugMAbLoDALy6AwDIugMAErsDABm7AwBouwMAcLsDAL67AwDBuwMAFLwDAB68AwBqvAMAbLwDAMC8AwDKvAMAFr0DACK9AwBsvQMAgr0DAMK9AwDOvQMAGL4DACW+AwBuvgMAeL4DAMS+AwDMvgMAGr8DACy/AwDYuREAcr8DAMa/AwDQvwMAHMADAB7AAwBywAMAi8ADAMjAAwDKwAMAHsEDACHBAwB0wQMAgMEDAMrBAwDSwQMALroRADTCAwB2wgMAecIDAMzCAwDWwgMAIsMDAC7DAwB4wwMAjsMDAM7DAwDWwwMAJMQDADLEAwB6xAMAfcQDANDEAwDYxAMAJsUDACnFAwB8xQMANMUDAIrMAwCGxQMA0sUDAIfFAwDYyAMA1MUDACjGAwAuxgMAfsYDAIjGAwDUxgMA4sYDACrHAwA3xwMAgMcDAJfHAwDWxwMA3scDACzIAwA1yAMAgsgDAIPIAwCEuhEA4cgDAC7JAwA4yQMAhMkDAI7JAwDayQMA6MkDADDKAwA9ygMAhsoDAJ3KAwDcygMA5MoDADLLAwA5ywMAiMsDAI3LAwDeywMA4ssDADTMAwBBzAMA2roRAJfMAwDgzAMA6MwDADbNAwA8zQMAjM0DAJjNAwDizQMA8c0DADjOAwA9zgMAjs4DAKnOAwDkzgMA8M4DADrPAwBAzwMAkM8DAKTPAwDmzwMA7s8DADzQAwBS0AMAktADAJfQAwDo0AMA79ADAD7RAwBK0QMAMLsRAJvRAwDq0QMA+NEDAEDSAwBN0gMAltIDAK3SAwDs0gMA9NIDAELTAwBI0wMAmNMDAKTTAwDu0wMA9dMDAETUAwBS1AMAmtQDAJ3UAwDw1AMA+NQDAEbVAwBU1QMAnNUDAJ/VAwDy1QMA+tUDAEjWAwBZ1gMAntYDAKPWAwD01gMA9tYDAErXAwBR1wMAoNcDAK7XAwD21wMAA9gDAEzYAwBj2AMAotgDAKrYAwD42AMAAtkDAE7ZAwBZ2QMApNkDALDZAwD62QMAAtoDAIa7EQBS2gMAptoDALDaAwD82gMA/toDAFLbAwBV2wMAqNsDALTbAwD+2wMACNwDAFTcAwBc3AMAqtwDALjcAwAA3QMADd0DAFbdAwBe3QMArN0DAMLdAwAC3gMADt4DAFjeAwBu3gMArt4DALPeAwAE3wMACt8DAFrfAwBu3wMA3LsRALPfAwAG4AMADuADAFzgAwBq4AMAsuADAHLgAwAMbAgAv+ADAAjhAwAQ4QMAXuEDAGjhAwC04QMAv+EDAAriAwAW4gMAYOIDAGjiAwAyvBEAvOIDAAzjAwAR4wMAYuMDAHHjAwC44wMAxOMDAA7kAwAR5AMAZOQDAGfkAwC65AMAwuQDABDlAwAV5QMAZuUDAHblAwC85QMAxOUDABLmAwAV5gMAaOYDAHLmAwC+5gMAwOYDABTnAwAa5wMAaucDAHTnAwDA5wMAzucDABboAwAj6AMAbOgDAIPoAwDC6AMAyugDABjpAwAh6QMAbukDAG/pAwCIvBEA0ekDABrqAwAd6gMADMYKACDqAwD0DQoAIuoDAHDqAwAk6gMABLYEACbqAwDogAYAc+oDAAKSCAB26gMA6AEHAHrqAwDG6gMAfuoDAKyVCgCA6gMAXmoIAMvqAwAc6wMA0uoDADr8BADU6gMAAmsKACTrAwBy6wMAdesDAMjrAwDU6wMAHuwDACTsAwB07AMAj+wDAMrsAwDW7AMAIO0DACbtAwB27QMAfu0DAMztAwDO7QMAIu4DANHtAwDu/gMALO4DAHjuAwCA7gMA3rwRAN/uAwAk7wMAK+8DAHrvAwCC7wMA0O8DAN3vAwAm8AMAK/ADAHzwAwCG8AMA0vADANrwAwAo8QMAKvEDANjWCgAt8QMA+IwIADLxAwB+8QMAN/EDALoPBAA48QMAOoUJAITxAwDU8QMA1vEDACryAwA38gMAgPIDAIPyAwDW8gMA5/IDACzzAwAu8wMAgvMDAIzzAwDY8wMA5PMDAC70AwA29AMAir0RAIn0AwDa9AMA3fQDADD1AwA69QMAhvUDAI71AwDc9QMA6fUDADL2AwA09gMAiPYDAJ72AwDe9gMA6vYDADT3AwA89wMA4L0RAI/3AwDg9wMA7/cDADb4AwA4+AMAjPgDAJ34AwDi+AMA7fgDADj5AwA9+QMAjvkDAJH5AwDk+QMA7vkDADr6AwBM+gMAkPoDAJj6AwDm+gMA8PoDADz7AwBB+wMAkvsDAJr7AwDo+wMA6vsDAD78AwBF/AMAlPwDAJv8AwDq/AMA8PwDAED9AwBM/QMAlv0DAJn9AwDs/QMA7/0DAEL+AwBe/gMAmP4DAKD+AwCMvhEA+/4DAET/AwBM/wMAmv8DAJ3/AwDw/wMA9f8DAEYABABVAAQAnAAEALwABADyAAQA/gAEAEgBBABSAQQAngEEAKYBBAD0AQQABgIEAOK+EQBUAgQAoAIEAK4CBAD2AgQAAwMEAEwDBABjAwQAogMEAKoDBAD4AwQABwQEAE4EBABTBAQApAQEALEEBAD6BAQABwUEAFAFBABcBQQApgUEALUFBAD8BQQABgYEAFIGBABgBgQAqAYEAK0GBAD+BgQACwcEAFQHBABXBwQAqgcEALIHBAAACAQABQgEAFYIBABjCAQArAgEALQIBAACCQQACwkEAFgJBABlCQQArgkEALwJBAAECgQAFwoEAFoKBABiCgQAsAoEALcKBAAGCwQACwsEAFwLBAByCwQAsgsEALQLBAAIDAQAFgwEAF4MBABrDAQAtAwEALwMBAAKDQQADQ0EAGANBABlDQQAtg0EAMUNBAAMDgQALA4EAGIOBABuDgQAuA4EAMIOBAAODwQAFg8EAGQPBAB2DwQAOL8RAL8PBAAQEAQAHRAEAGYQBABzEAQAvBAEAMgQBAASEQQAIREEAGgRBAByEQQAvhEEAMYRBAAUEgQAHhIEAGoSBABvEgQAwBIEAMgSBACOvxEAIhMEAGwTBAByEwQAwhMEAN0TBAAYFAQAJBQEAG4UBAB0FAQAxBQEAOAUBAAaFQQAIhUEAOS/EQB4FQQAxhUEANAVBAAcFgQAJxYEAHIWBAB+FgQAyBYEANAWBAA6wBEAKhcEAHQXBAB6FwQAyhcEAOUXBAAgGAQALBgEAHYYBAB8GAQAzBgEANQYBAAiGQQAKBkEAHgZBACBGQQAzhkEANsZBAAkGgQAMRoEAHoaBACIGgQA0BoEAN0aBAAmGwQAPRsEAHwbBACEGwQA0hsEANcbBAAoHAQA4xsEACweBAA1HAQAfhwEAIYcBADUHAQA3xwEACodBAAvHQQAgB0EAIMdBADWHQQA4B0EAJDAEQAxHgQAgh4EAJEeBADYHgQA2h4EAC4fBAA/HwQAhB8EAJUfBADaHwQA7h8EAObAEQBBIAQAhiAEAIkgBADcIAQAjiAEAJwzCACTIAQADCYQAOYgBAAyIQQANCEEAIghBACSIQQA3iEEAOohBAA0IgQAXiIEAIoiBACVIgQApjIFALAiBADgIgQAEyMEADYjBABcIwQAjCMEALIjBADiIwQAFiQEADgkBABjJAQAjiQEAJYkBADkJAQADiUEADolBABvJQQAkCUEALslBADmJQQA7iUEADwmBABLJgQAkiYEAJcmBADoJgQA8SYEAD4nBAD1JgQA+C4EAE8nBACUJwQAmycEAOonBADyJwQAQCgEAE0oBACWKAQAmygEAOwoBAD2KAQAQikEAEopBACYKQQAoikEALA1BACnKQQA7ikEAPMpBABEKgQAUSoEAJoqBACnKgQA8CoEAPwqBABGKwQAVSsEAJwrBACmKwQA8isEAPorBABILAQAUiwEAJ4sBACjLAQA9CwEAPwsBAA8wREAVi0EAKAtBACmLQQA9i0EABEuBABMLgQAWC4EAKIuBACoLgQAksERAAUvBABOLwQAWi8EAKQvBACzLwQA+i8EAAQwBABQMAQAXjAEAKYwBACrMAQA/DAEAAkxBABSMQQAWjEEAKgxBACyMQQA/jEEAAMyBABUMgQAXDIEAKoyBACtMgQAADMEAAwzBABWMwQAXDMEAKwzBADHMwQAAjQEAA40BABYNAQAXjQEAK40BAC2NAQABDUEAAY1BABaNQQAZDUEAOjBEQC2NQQABjYEAAg2BABcNgQAaTYEALI2BAC1NgQACDcEABk3BABeNwQAYDcEALQ3BAC+NwQACjgEABY4BABgOAQAaDgEAD7CEQC7OAQADDkEAA85BABiOQQAbDkEALg5BADAOQQADjoEABs6BABkOgQAZjoEALo6BADQOgQAEDsEABw7BACUwhEAgjsEALw7BADYOwQA6sIRABc8BABoPAQAdTwEAL48BADLPAQAFD0EACA9BABqPQQAeT0EAMA9BADKPQQAFj4EACQ+BABsPgQAcT4EAMI+BADPPgQAGD8EADE/BABuPwQAcD8EAMQ/BADLPwQAQMMRADdABABwQAQAgUAEAMZABADSQAQAHEEEAC9BBAByQQQAgUEEAMhBBADUQQQAHkIEAB9CBAB0QgQAfkIEAMpCBADYQgQAIEMEACVDBAB2QwQAg0MEAJbDEQDRQwQAIkQEAC9EBAB4RAQAhUQEAM5EBADaRAQAJEUEADNFBAB6RQQAhEUEANBFBADeRQQAJkYEACtGBAB8RgQAiUYEANJGBADaRgQAmMQRAC1HBAB+RwQAhkcEAO7EEQDWRwQAKkgEADhIBACASAQAkUgEAETFEQDdSAQAmsURADFJBACCSQQAikkEANhJBADnSQQALkoEADNKBACESgQAkUoEANpKBADnSgQAMEsEADxLBACGSwQAlUsEANxLBADmSwQARsYRADRMBADqPQ8AOEwEALohDQBFTAQAiEwEAJdMBADeTAQA6kwEADRNBAA1TQQAik0EAJRNBADgTQQA7k0EADZOBAA7TgQAjE4EAJlOBACcxhEA5k4EADhPBABDTwQAjk8EAJxPBADkTwQA9U8EADpQBABGUAQAkFAEAJhQBADyxhEA61AEADxRBABJUQQAklEEAJ9RBADoUQQA9FEEAD5SBABNUgQAlFIEAJ5SBADqUgQA+FIEAEBTBABNUwQAllMEAK1TBABIxxEA+VMEAEJUBABPVAQAmFQEAKRUBADuVAQA/VQEAERVBABOVQQAmlUEAKhVBADwVQQAtlUEADbZCQD1VQQARlYEAFNWBACcVgQApFYEAJ7HEQD+VgQASFcEAFhXBACeVwQAp1cEAPRXBAD3VwQASlgEAFZYBACgWAQAp1gEAPTHEQADWQQATFkEAFtZBACiWQQAo1kEAPhZBAAPWgQATloEAGhaBACkWgQAsFoEAPpaBAANWwQAUFsEAF9bBACmWwQAslsEAPxbBAD9WwQAUlwEAFxcBACoXAQAtlwEAP5cBAADXQQAVF0EAGFdBABKyBEAxF0EAABeBAAPXgQAVl4EAFheBACsXgQAW14EAA5lBAC5XgQAAl8EAA9fBABYXwQAXV8EAK5fBAC4XwQABGAEABNgBABaYAQAX2AEALBgBAC9YAQABmEEABNhBABcYQQAaGEEALJhBADBYQQACGIEABJiBABeYgQAa2IEALRiBAC5YgQACmMEAA5jBABgYwQAbGMEALZjBAC8YwQADGQEABJkBABiZAQAZ2QEALhkBAC+ZAQAoMgRABtlBABkZQQAcWUEALplBADGZQQAEGYEAB9mBABmZgQAcGYEALxmBADKZgQAEmcEABdnBABoZwQAdWcEAL5nBADFZwQAFGgEABloBABqaAQAdmgEAMBoBADDaAQAFmkEACNpBABsaQQAcWkEAMJpBADMaQQAGGoEACRqBABuagQAgWoEAMRqBADSagQAGmsEAB1rBABwawQAemsEAMZrBADSawQAHGwEACJsBABybAQAeGwEAMhsBADNbAQAHm0EACRtBAD2yBEAdm0EAMptBADbbQQAIG4EADFuBAB2bgQAfm4EAMxuBADcbgQAIm8EACRvBAB4bwQAhm8EAM5vBADfbwQATMkRACtwBACiyREAe3AEANBwBADVcAQAJnEEANZwBAAonQQALHEEAHxxBACGcQQA0nEEAN5xBAAocgQALnIEAH5yBACEcgQA1HIEANlyBAAqcwQAMHMEAPjJEQCOcwQA1nMEAO9zBAAsdAQALXQEAIJ0BACfdAQA2HQEAOB0BABylwQA8nQEAC51BAAxdQQAhHUEAIl1BAD6yhEA83UEADB2BAA2dgQAhnYEAEZ2BABuQQUAiHYEANx2BADidgQAMncEAEZ3BACIdwQAkHcEAN53BADrdwQANHgEADl4BACKeAQAlHgEAOB4BADoeAQANnkEAEd5BACMeQQAkXkEAOJ5BADkeQQAOHoEAD96BACOegQAmnoEAOR6BADregQAOnsEAFZ7BACQewQAmHsEAFDLEQDnewQAPHwEAEh8BACSfAQAn3wEAOh8BADwfAQAPn0EAEF9BACUfQQAn30EAOp9BADsfQQAQH4EAEZ+BACWfgQAon4EAOx+BADzfgQAQn8EAEp/BACYfwQAnX8EAO5/BAAHgAQARIAEAHCABACagAQApoAEAPCABAD/gAQARoEEAFCBBACcgQQApIEEAPKBBAACggQASIIEAFaCBACeggQAr4IEAPSCBAAAgwQApssRAE+DBACggwQAqIMEAPaDBAD3gwQATIQEAAyEBAAG8AsAaYQEAKKEBACqhAQA+IQEAPyEBABOhQQAVIUEAKSFBACmhQQA+oUEAPuFBABQhgQAUYYEAKaGBACyhgQA/IYEAAKHBABShwQAWocEAKiHBACqhwQA/ocEABmIBABUiAQAVogEAKqIBAC4iAQAAIkEABGJBABWiQQAWIkEAKyJBADFiQQAAooEABOKBABYigQAZIoEAPzLEQC8igQABIsEAMqKBABgQAgAGosEAFqLBABbiwQAsIsEAMGLBAAGjAQAEowEAFyMBAByjAQAsowEAL6MBAAIjQQAFY0EAF6NBABojQQAtI0EALaNBAAKjgQAFI4EAGCOBABujgQAto4EALuOBAAMjwQAGY8EAGKPBAB+jwQAuI8EAMCPBABSzBEAHJAEAGSQBAB9kAQAupAEALuQBAAQkQQALZEEAGaRBABukQQAvJEEAM2RBAASkgQAIJIEAGiSBACBkgQAvpIEAMSSBAAUkwQAFpMEAGqTBABwkwQAwJMEANSTBAAWlAQAHpQEAGyUBAB5lAQAwpQEAMeUBAAYlQQAIpUEAG6VBAB2lQQAxJUEANSVBAAalgQAH5YEAHCWBAB5lgQAxpYEANOWBAAclwQAI5cEAKjMEQCDlwQAyJcEANaXBAAemAQAN5gEAHSYBAB6mAQAypgEAMyYBAAgmQQAJpkEAHaZBACKmQQAzJkEANSZBAAimgQAL5oEAHiaBAB9mgQAzpoEANiaBAAkmwQALJsEAHqbBACKmwQA0JsEANWbBAAmnAQAL5wEAHycBACJnAQA0pwEANmcBAD+zBEALZ0EAH6dBAB/nQQA1J0EAOCdBAAqngQAMJ4EAICeBACRngQA1p4EAOqeBAAsnwQAO58EAIKfBACHnwQA2J8EAOWfBAAuoAQAPqAEAISgBACSoAQA2qAEAPGgBAAwoQQAOaEEAIahBACMoQQA3KEEAOihBAAyogQAOaIEAIiiBACkogQA3qIEAOaiBABUzREAOqMEAIqjBACQowQA4KMEAOWjBAA2pAQAPKQEAKrNEQCRpAQA4qQEAOSkBAA4pQQAP6UEAI6lBACcpQQA5KUEAPGlBAA6pgQAUaYEAJCmBACYpgQA5qYEAOemBAA8pwQAP6cEAJKnBACmpwQA6KcEAPenBAA+qAQAQ6gEAJSoBACVqAQA6qgEAAGpBABWzhEAQqkEAJapBACjqQQA7KkEAPmpBABCqgQAR6oEAJiqBACiqgQA7qoEAPaqBABEqwQAVKsEAJqrBACoqwQA8KsEAP2rBABGrAQATawEAJysBACkrAQA8qwEAPSsBABIrQQAUK0EAJ6tBACfrQQA9K0EALStBAB4RgUA+a0EAEquBABNrgQAoK4EAKquBAD2rgQADa8EAEyvBABSrwQAoq8EAK6vBAD4rwQA+68EAE6wBABrsAQApLAEALWwBAD6sAQAArEEAFCxBABXsQQAprEEAKyxBAD8sQQACrIEAFKyBABtsgQAqLIEALSyBAD+sgQABLMEAFSzBABpswQAqrMEALKzBAAAtAQACrQEAFa0BABctAQArLQEALq0BAACtQQADrUEAFi1BABftQQArrUEALa1BACszhEAErYEAFq2BABwtgQAsLYEALy2BAAGtwQAC7cEAFy3BABltwQAsrcEALy3BAAIuAQAFLgEAMydBgAkuAQAXrgEAGa4BAACzxEAubgEAAq5BAAXuQQAYLkEAG25BAC2uQQAwrkEAAy6BAAbugQAYroEAGy6BAC4ugQAxroEAA67BAATuwQAZLsEAHG7BAC6uwQAwrsEAFjPEQAevAQAZrwEAHy8BAC8vAQAyLwEABK9BAAXvQQAaL0EAHG9BAC+vQQAyL0EABS+BAAcvgQAar4EAHa+BADAvgQA074EABa/BAAXvwQAbL8EAHq/BADCvwQAyL8EABjABAAkwAQAbsAEAHXABACuzxEAzsAEABrBBAAiwQQAcMEEAHbBBAAuAAoAf8EEAMbBBADLwQQAoC8FAMzBBAAcwgQAKMIEAHLCBAB0wgQAyMIEANLCBAAewwQAKsMEAHTDBAB8wwQABNARANLDBAAgxAQAL8QEAHbEBAB7xAQAzMQEANnEBAAixQQAL8UEAHjFBACExQQAzsUEAN3FBAAkxgQALsYEAHrGBACIxgQA0MYEANXGBAAmxwQAM8cEAHzHBACExwQA0scEANzHBAAoyAQALcgEAH7IBACGyAQA1MgEAN/IBAAqyQQAL8kEAIDJBACDyQQA1skEAODJBAAsygQANMoEAFrQEQCHygQA2MoEAOfKBAAuywQAMMsEAITLBACVywQA2ssEAOXLBAAwzAQANcwEAIbMBACJzAQA3MwEAObMBAAyzQQAOs0EAIjNBACKzQQA3s0EAOvNBAA0zgQAO84EAIrOBACSzgQA4M4EAOHOBAA2zwQAO88EAIzPBACSzwQA4s8EAOzPBAA40AQAQNAEALDQEQDE0AQA5NAEABnRBAA60QQAVNEEAJDRBAC20QQA5tEEAADSBAA80gQAYtIEAJLSBACs0gQA6NIEABHTBAA+0wQARtMEAJTTBACW0wQA6tMEAPfTBABA1AQAR9QEAJbUBACe1AQA7NQEAO3UBABC1QQAR9UEAJjVBACe1QQA7tUEAPjVBABE1gQATNYEAAbREQC21gQAXNERAPjWBABG1wQASNcEAJzXBACp1wQA8tcEAPnXBABI2AQAUNgEAJ7YBACf2AQA9NgEAPnYBABK2QQAUNkEAKDZBACq2QQA9tkEAP7ZBACy0REAUdoEAKLaBACk2gQA+NoEAP/aBABO2wQAXNsEAKTbBACx2wQA+tsEABHcBABQ3AQAWNwEAKbcBACw3AQA/NwEALzcBAAQPQUAB90EAFLdBABe3QQAqN0EALDdBAAI0hEA/90EAFTeBAAI3gQAur0FABTeBAA+qgUAWd4EAKreBACt3gQAAN8EAArfBABW3wQAbd8EAKzfBACy3wQAAuAEAA7gBABY4AQAW+AEAK7gBADL4AQABOEEABXhBABa4QQAeeEEALDhBAC44QQABuIEAAjiBABc4gQAa+IEALLiBAC84gQACOMEABbjBABe4wQAeeMEALTjBADA4wQACuQEABLkBABe0hEAbOQEALbkBADF5AQADOUEABHlBABi5QQAaOUEALjlBAC/5QQADuYEABbmBABk5gQAZuYEALrmBADB5gQAEOcEABLnBABm5wQAZ+cEALznBADG5wQAEugEAB7oBABo6AQAbugEAL7oBADY6AQAFOkEABzpBABq6QQAgOkEAMDpBADO6QQAFuoEABnqBABs6gQAb+oEAMLqBADQ6gQAGOsEACXrBABu6wQAhesEAMTrBADM6wQAGuwEABzsBABw7AQAeOwEAMbsBADd7AQAHO0EACjtBABy7QQAiO0EAMjtBADQ7QQAHu4EACzuBAB07gQAfu4EAMruBADS7gQAIO8EACfvBAB27wQAgu8EAMzvBADN7wQAIvAEAC7wBAB48AQAhfAEAM7wBADV8AQAJPEEACfxBAB68QQAgvEEANDxBADV8QQAJvIEADPyBAB88gQArPIEANLyBADa8gQAtNIRADDzBAAoDRIARPMEAH7zBACG8wQACtMRAOLzBAAq9AQALPQEAID0BACR9AQA1vQEAN70BAAs9QQAOPUEAIL1BACI9QQA2PUEAN71BAAu9gQAM/YEAIT2BACK9gQAYNMRAN/2BAAw9wQA5vYEALZMDgA49wQAhvcEAIv3BADqtAoAjPcEAMb6CwCS9wQAAm0LAJX3BADc9wQAl/cEABb4CwCd9wQA+GkMAOH3BAAy+AQA4vcEANKmCQA/+AQAiPgEAJX4BADe+AQA6vgEADT5BABD+QQAivkEAJT5BAC41BEA6vkEADb6BAA7+gQAjPoEAJT6BAAO1REA5/oEADj7BAA7+wQAjvsEAJj7BADk+wQADPwEALrVEQBA/AQAkPwEAKb8BADm/AQA9PwEADz9BABJ/QQAkv0EAJT9BADo/QQA8v0EAD7+BABK/gQAlP4EAJv+BADq/gQA8v4EAED/BABH/wQAlv8EAJ//BADs/wQA+P8EAEIABQBKAAUAENYRAJ0ABQDuAAUA9gAFAEQBBQBTAQUAmgEFAJ8BBQDwAQUA/QEFAEYCBQBTAgUAnAIFAKgCBQDyAgUAAQMFAEgDBQBSAwUAngMFAKwDBQD0AwUA+QMFAEoEBQBXBAUAoAQFAKgEBQD2BAUAAAUFAEwFBQBaBQUAogUFALgFBQD4BQUABAYFAE4GBQBTBgUApAYFAK0GBQD6BgUABAcFAGbWEQBaBwUApgcFALIHBQD8BwUABAgFALzWEQBXCAUAqAgFALUIBQD+CAUACwkFAFQJBQBgCQUAqgkFALkJBQAACgUACgoFAFYKBQBuCgUArAoFALYKBQACCwUAEAsFAFgLBQBuCwUArgsFALoLBQAEDAUACQwFAFoMBQBjDAUAsAwFALoMBQAGDQUADg0FABLXEQBpDQUAsg0FAHINBQD0GxEAvw0FAAgOBQAUDgUAXg4FAG0OBQC0DgUAvg4FAAoPBQAYDwUAYA8FAG0PBQC2DwUAzQ8FAAwQBQAUEAUAYhAFAGwQBQC4EAUAvRAFAA4RBQAWEQUAaNcRAHARBQC6EQUAwBEFABASBQArEgUAZhIFAHISBQC8EgUAwhIFAL7XEQAaEwUAFNgRAG0TBQC+EwUAyxMFABQUBQAhFAUAahQFAHYUBQDAFAUAzxQFABYVBQAgFQUAbBUFAHoVBQDCFQUAxxUFABgWBQAlFgUAbhYFAHYWBQBq2BEA0BYFABoXBQAqFwUAcBcFAHkXBQDGFwUAyRcFABwYBQAoGAUAchgFAHkYBQDA2BEA1hgFAB4ZBQA0GQUAdBkFAIAZBQDKGQUA0RkFACAaBQAoGgUAdhoFAHsaBQDMGgUA1RoFACIbBQAsGwUAFtkRAH0bBQDOGwUAhBsFACwgBQDWGwUAJBwFACocBQB6HAUAfxwFANAcBQDZHAUAJh0FADAdBQB8HQUAiB0FANIdBQDaHQUAbNkRAC0eBQB+HgUAhh4FANQeBQDfHgUAKh8FAC8fBQCAHwUAgx8FANYfBQDgHwUAwtkRADYgBQCCIAUAhiAFANggBQDdIAUALiEFADQhBQCEIQUApCEFANohBQDiIQUAMCIFAD4iBQCGIgUAiSIFANwiBQDkIgUAMiMFADsjBQCIIwUAlSMFAN4jBQDkIwUANCQFAEAkBQCKJAUAjCQFAOAkBQDvJAUANiUFAEElBQCMJQUAjiUFAOIlBQD7JQUAOCYFAEkmBQCOJgUAmiYFABjaEQDsJgUAOicFAFonBQCQJwUAnicFAOYnBQDzJwUAPCgFAEMoBQCSKAUArigFAOgoBQDwKAUAbtoRAEMpBQCUKQUAoSkFAOopBQD3KQUAQCoFAEwqBQCWKgUApSoFAOwqBQD2KgUAQisFAFcrBQCYKwUAoCsFAO4rBQD9KwUARCwFAEYsBQCaLAUAoywFAPAsBQDzLAUARi0FAFItBQCcLQUAuC0FAPItBQD6LQUAxNoRAE0uBQCeLgUAtC4FAPQuBQAALwUASi8FAG0vBQAa2xEArS8FAPYvBQADMAUATDAFAFgwBQCiMAUAsTAFAPgwBQACMQUATjEFAFYxBQCkMQUArjEFAPoxBQD/MQUAUDIFAFgyBQBw2xEAujIFAPwyBQAiMwUAUjMFAHgzBQCoMwUAzjMFAP4zBQApNAUAVDQFAFw0BQCqNAUA1DQFAAA1BQA2NQUAVjUFAHw1BQCsNQUA0jUFAAI2BQA4NgUAWDYFAIM2BQCuNgUAtjYFAAQ3BQAJNwUAGpgFABM3BQBaNwUAXzcFALA3BQC9NwUABjgFABM4BQBcOAUAaDgFALI4BQDBOAUACDkFABI5BQBeOQUAbDkFALQ5BQC5OQUACjoFABc6BQBgOgUAaDoFALY6BQC8OgUADDsFAMA6BQBqlQUAGDsFAGI7BQByOwUAuDsFAME7BQAOPAUAETwFAGQ8BQBwPAUAujwFAME8BQDG2xEAJD0FAGY9BQBpPQUAvD0FANk9BQASPgUAIz4FAGg+BQBvPgUAvj4FANc+BQAUPwUAHD8FAGo/BQCAPwUAwD8FAMU/BQAWQAUAHUAFAGxABQB1QAUAwkAFANNABQAYQQUAJEEFABzcEQBwQQUAykQFAIJBBQDEQQUAx0EFABpCBQA3QgUAcEIFAIFCBQDGQgUA1UIFABxDBQAtQwUAckMFAIBDBQDIQwUA1EMFAB5EBQArRAUAdEQFAH5EBQBy3BEA0EQFACBFBQAuRQUAdkUFAHhFBQDMRQUA00UFACJGBQA7RgUAyNwRAIxGBQDORgUA0UYFACRHBQBBRwUAekcFAItHBQDQRwUA2EcFACZIBQAtSAUAfEgFAIJIBQDSSAUA4EgFAChJBQBDSQUAfkkFAIpJBQDUSQUA2kkFACpKBQA/SgUAgEoFAIhKBQDWSgUA4EoFACxLBQAySwUAgksFAJBLBQDYSwUA5EsFAC5MBQA1TAUAhEwFAIxMBQAe3REA40wFADBNBQA9TQUAhk0FAJRNBQDcTQUA600FADJOBQA0TgUAiE4FAJJOBQDeTgUA7E4FADRPBQA5TwUAik8FAJdPBQDgTwUA408FADZQBQBCUAUAjFAFAJ9QBQDiUAUA8VAFADhRBQBEUQUAjlEFAI9RBQDkUQUA7lEFADpSBQBIUgUAkFIFAJVSBQDmUgUA81IFAHTdEQBBUwUAklMFAKhTBQDoUwUA/lMFAD5UBQBHVAUAlFQFAKFUBQDqVAUA+FQFAEBVBQBPVQUAllUFAJhVBQDsVQUA9lUFAEJWBQBQVgUAmFYFAJ1WBQDuVgUA+1YFAERXBQBHVwUAmlcFAKJXBQDwVwUAAVgFAEZYBQBUWAUAnFgFAKlYBQDyWAUAElkFAEhZBQBQWQUAnlkFAK5ZBQD0WQUA9lkFAEpaBQBYWgUAoFoFALFaBQB23hEA/FoFAExbBQBYWwUAzN4RAKlbBQD4WwUAr1sFAMxJBwD/WwUATlwFAFRcBQCkXAUAsFwFAPpcBQD9XAUAUF0FAFNdBQCmXQUAzl0FAPxdBQAfXgUAUl4FAF1eBQCoXgUArV4FAP5eBQABXwUAVF8FAF5fBQCqXwUA0l8FACLfEQAFYAUAVmAFAGNgBQCsYAUAuWAFAAJhBQAOYQUAWGEFAGdhBQCuYQUAuGEFAARiBQAMYgUAWmIFAGRiBQCwYgUAtWIFAAZjBQAOYwUAeN8RAGljBQCyYwUAxmMFAAhkBQAQZAUAXmQFAGNkBQC0ZAUAxGQFAAplBQASZQUAYGUFAGplBQC2ZQUAwWUFAAxmBQAYZgUAYmYFAGpmBQDO3xEAuWYFAA5nBQAaZwUAZGcFAHNnBQC6ZwUAyGcFABBoBQAgaAUAZmgFAHRoBQC8aAUAyGgFABJpBQAZaQUAaGkFAHBpBQC+aQUA1GkFABRqBQAoagUAamoFAG1qBQDAagUA3WoFABZrBQAnawUAbGsFAHRrBQDCawUAzWsFABhsBQAdbAUAbmwFAHFsBQDEbAUAzmwFABptBQAdbQUAJOARAHJtBQBobwgAdW0FAMZtBQDJbQUAHG4FACZuBQBybgUAem4FAMhuBQDnbgUAeuARADJvBQB0bwUAmm8FAMpvBQDwbwUAIHAFAEZwBQB2cAUArnAFAMxwBQACcQUAInEFAEhxBQB4cQUAnnEFAM5xBQAEcgUAJHIFAEhyBQB6cgUAlnIFANByBQDYcgUA0OARACtzBQB8cwUAiXMFANJzBQDfcwUAKHQFADR0BQB+dAUAjXQFANR0BQDedAUAKnUFADh1BQCAdQUAhXUFANZ1BQDjdQUALHYFADR2BQAm4REAjnYFANh2BQDodgUALncFADd3BQCEdwUAh3cFANp3BQDmdwUAMHgFADd4BQB84REAlHgFANx4BQDyeAUAMnkFAD55BQCIeQUAj3kFAN55BQDmeQUANHoFADl6BQCKegUAk3oFAOB6BQDqegUA0uERADd7BQCMewUAmHsFAOJ7BQDoewUAOHwFADp8BQCOfAUAmHwFAOR8BQDyfAUAOn0FAD99BQCQfQUAnX0FAOZ9BQDufQUAPH4FAEZ+BQCSfgUAoH4FAOh+BQD+fgUAPn8FAEp/BQCUfwUAm38FAOp/BQDyfwUAQIAFAEWABQCWgAUAn4AFAOyABQD2gAUAKOIRAEWBBQCYgQUAtYEFAO6BBQD/gQUARIIFAFKCBQCaggUAsoIFAPCCBQDzggUARoMFAGODBQCcgwUArYMFAPKDBQAKhAUASIQFAFSEBQCehAUAsYQFAPSEBQADhQUASoUFAFaFBQCghQUAoYUFAPaFBQAAhgUATIYFAFqGBQCihgUAp4YFAPiGBQAFhwUAfuIRAFOHBQCkhwUAsYcFAPqHBQAHiAUAUIgFAFyIBQCmiAUAtYgFAPyIBQAGiQUAUokFAGCJBQCoiQUArYkFAP6JBQALigUAVIoFAFyKBQCA4xEAtooFAACLBQAQiwUAVosFAF+LBQCsiwUAr4sFAAKMBQAOjAUAWIwFAF+MBQDW4xEAvIwFAASNBQAajQUAWo0FAGaNBQCwjQUAt40FAAaOBQAOjgUAXI4FAGGOBQCyjgUAu44FAAiPBQASjwUALOQRAF+PBQC0jwUAwI8FAAqQBQAQkAUAYJAFAGKQBQC2kAUAwJAFAAyRBQAakQUAYpEFAGeRBQC4kQUAxZEFAA6SBQAWkgUAZJIFAG6SBQC6kgUAyJIFABCTBQAmkwUAZpMFAHKTBQC8kwUAw5MFABKUBQAalAUAaJQFAG2UBQC+lAUAx5QFABSVBQAelQUAguQRAHiVBQDAlQUA1pUFABaWBQAilgUAbJYFAHOWBQDClgUAypYFABiXBQAdlwUAbpcFAHeXBQDElwUAzpcFANjkEQAbmAUAcJgFAHyYBQDGmAUAzJgFAByZBQAemQUAcpkFAHyZBQDImQUA1pkFAB6aBQAjmgUAdJoFAIGaBQDKmgUA0poFACCbBQAqmwUAdpsFAISbBQDMmwUA4psFACKcBQAunAUAeJwFAH+cBQDOnAUA1pwFACSdBQApnQUAep0FAIOdBQDQnQUA2p0FAC7lEQAongUAkjgNADSeBQB8ngUAjZ4FANKeBQDXngUAKJ8FAD+fBQB+nwUAkp8FANSfBQDsnwUAKqAFADmgBQCAoAUAhaAFANagBQDjoAUALKEFADmhBQCCoQUAjqEFANihBQDnoQUALqIFADiiBQCEogUAjKIFANqiBQD4ogUAMKMFADijBQCGowUAj6MFANyjBQDpowUAMqQFADSkBQCIpAUAoaQFAN6kBQDvpAUANKUFAEClBQCKpQUAkqUFAITlEQDlpQUANqYFAD6mBQCMpgUAm6YFAOKmBQDnpgUAOKcFAEWnBQCOpwUAm6cFAOSnBQDwpwUAOqgFAEmoBQCQqAUAmqgFAOaoBQDuqAUAPKkFAEapBQCSqQUAl6kFAOipBQDwqQUA2uURAFKqBQCUqgUAl6oFAOqqBQAHqwUAQKsFAFGrBQCWqwUAzKsFAOyrBQALrAUAQqwFAEqsBQCYrAUAmqwFAO6sBQD9rAUARK0FAE6tBQCarQUAqK0FAPCtBQALrgUARq4FAFKuBQCcrgUApK4FADDmEQD+rgUASK8FAFevBQCerwUAo68FAPSvBQD6rwUASrAFAFGwBQCgsAUAqLAFAPawBQD4sAUATLEFAFOxBQCisQUApLEFAPixBQD5sQUATrIFAFiyBQCksgUAsLIFAPqyBQAAswUAULMFAGqzBQCmswUArrMFAPyzBQAStAUAUrQFAGC0BQCotAUAq7QFAP60BQABtQUAVLUFAGK1BQCqtQUAt7UFAAC2BQAXtgUAVrYFAF62BQCstgUArrYFAAK3BQAKtwUAWLcFAG+3BQCutwUAurcFAAS4BQAauAUAWrgFAGK4BQCwuAUAvrgFAAa5BQAQuQUAXLkFAGS5BQCyuQUAubkFAAi6BQAUugUAXroFAF+6BQC0ugUAwLoFAAq7BQAXuwUAYLsFAGe7BQC2uwUAubsFAAy8BQAUvAUAYrwFAGe8BQC4vAUAxbwFAA69BQA+vQUAZL0FAGy9BQCG5hEAwL0FABC+BQAevgUAZr4FAHe+BQC8vgUAwb4FABK/BQApvwUAaL8FAHy/BQC+vwUA3b8FABTABQAcwAUAasAFAGzABQDAwAUAz8AFABbBBQAgwQUAbMEFAHrBBQDCwQUA3cEFABjCBQAkwgUAbsIFAHbCBQDc5hEA0MIFABrDBQApwwUAcMMFAHXDBQDGwwUAzMMFABzEBQAjxAUAcsQFAHrEBQDIxAUAysQFAB7FBQAlxQUAdMUFAHbFBQDKxQUAy8UFACDGBQAqxgUAdsYFAILGBQDMxgUA0sYFACLHBQA8xwUAeMcFAIDHBQDOxwUA5McFACTIBQAyyAUAesgFAH3IBQDQyAUA08gFACbJBQA0yQUAfMkFAInJBQDSyQUA6ckFACjKBQAwygUAfsoFAIDKBQDUygUA3MoFACrLBQBBywUAgMsFAIzLBQDWywUA7MsFACzMBQA0zAUAgswFAJDMBQDYzAUA4swFAC7NBQA2zQUAhM0FAIvNBQDazQUA5s0FADDOBQAxzgUAhs4FAJLOBQDczgUA6c4FADLPBQA5zwUAiM8FAIvPBQDezwUA5s8FADTQBQA50AUAitAFAJfQBQDg0AUAENEFADbRBQA+0QUAMucRAJHRBQDi0QUA/tEFADjSBQBA0gUAiOcRAMfSBQDk0gUACtMFADrTBQBj0wUAkNMFAMbTBQDm0wUA+9MFADzUBQBE1AUAktQFAJXUBQDo1AUABdUFAD7VBQBP1QUAlNUFAJfVBQDq1QUA9NUFAEDWBQBC1gUAltYFAKDWBQDs1gUA+NYFAELXBQBe1wUAmNcFAKDXBQDe5xEAIdgFAETYBQBH2AUAmtgFAMDYBQDw2AUAGdkFAEbZBQBq2QUAnNkFAKTZBQA06BEA99kFAEjaBQBV2gUAntoFAKvaBQD02gUAANsFAErbBQBZ2wUAoNsFAKrbBQD22wUABNwFAEzcBQBR3AUAotwFAK/cBQD43AUAAN0FAE7dBQBY3QUApN0FALLdBQD63QUAEN4FAFDeBQBc3gUApt4FAKveBQD83gUABd8FAFLfBQBc3wUAqN8FAMTfBQD+3wUABuAFAIroEQBW4AUAquAFALjgBQAA4QUAEeEFAODoEQBd4QUANukRALHhBQAC4gUACuIFAFjiBQBn4gUAruIFALTiBQAE4wUAEOMFAFrjBQBc4wUAsOMFALrjBQAG5AUAEuQFAFzkBQBk5AUA4ukRALfkBQAI5QUAF+UFAF7lBQB+5QUAtOUFAMDlBQAK5gUAFOYFAGDmBQBo5gUAtuYFALjmBQAM5wUAHOcFAGLnBQBs5wUAuOcFAMTnBQAO6AUAFOgFAGToBQBs6AUAOOoRAL/oBQAQ6QUAGekFADCGDAAd6QUAZukFACbpBQAEoQ8AcOkFAJBmDwBz6QUAvOkFAMjpBQAS6gUAIeoFAGjqBQBy6gUAvuoFAMbqBQB6fgsAzOoFABTrBQAh6wUAausFAIHrBQDA6wUAyOsFABbsBQAg7AUAbOwFAHHsBQDC7AUAyuwFAI7qEQAl7QUAbu0FAHztBQDE7QUA1+0FABruBQAi7gUAcO4FAHPuBQDG7gUAy+4FABzvBQAr7wUAcu8FAJLvBQDI7wUA1O8FAB7wBQAo8AUAdPAFAJDwBQDK8AUA0vAFAOTqEQAz8QUAdvEFAHzxBQDM8QUA2PEFACLyBQAs8gUAePIFAH7yBQDO8gUA3PIFACTzBQAw8wUAevMFAH3zBQDQ8wUA0fMFACb0BQAy9AUAfPQFAIL0BQDS9AUA2PQFACj1BQA09QUAfvUFAJv1BQDU9QUA3fUFACr2BQA29gUAgPYFAIP2BQDW9gUA4PYFACz3BQA49wUAgvcFAIj3BQDY9wUA3vcFAC74BQAz+AUAhPgFAIr4BQA66xEA5vgFADD5BQAy+QUAhvkFAJX5BQDc+QUA5/kFADL6BQA++gUAiPoFAI/6BQDe+gUA5voFADT7BQA++wUAivsFAJX7BQDg+wUA7PsFADb8BQA+/AUAPOwRAI78BQDi/AUA9fwFADj9BQBA/QUAjv0FAJT9BQDk/QUA8P0FADr+BQBE/gUAkP4FAJb+BQDm/gUA9P4FADz/BQBI/wUAkv8FAJX/BQDo/wUA8P8FAD4ABgA/AAYAlAAGAKAABgDqAAYA8AAGAEABBgBIAQYAlgEGAJwBBgDsAQYA+AEGAEICBgBfAgYAmAIGAKECBgDuAgYA+gIGAEQDBgBHAwYAmgMGAKQDBgDwAwYA+AMGAEYEBgBXBAYAnAQGAKoEBgDyBAYACAUGAEgFBgBWBQYAngUGAKgFBgCS7BEAAwYGAEoGBgBVBgYAoAYGAKwGBgD2BgYA/QYGAEwHBgBUBwYAogcGAKwHBgD4BwYAAwgGAE4IBgBaCAYApAgGAKwIBgDo7BEA/AgGAFAJBgBjCQYApgkGAK4JBgD8CQYAAgoGAFIKBgBeCgYAqAoGALIKBgD+CgYABAsGAFQLBgBiCwYAqgsGALYLBgAADAYAAwwGAFYMBgBeDAYArAwGAK0MBgACDQYADg0GAFgNBgBeDQYArg0GALYNBgAEDgYACg4GAFoOBgBmDgYAsA4GAM0OBgAGDwYADw8GAFwPBgBoDwYAsg8GALUPBgAIEAYAEhAGAF4QBgBmEAYAtBAGAMUQBgAKEQYAGBEGAGARBgB2EQYAthEGAMQRBgAMEgYAFhIGAGISBgBqEgYAuBIGANsSBgA+7REAGRMGAGQTBgByEwYAuhMGAMkTBgAQFAYAGxQGAGYUBgBuFAYAvBQGAMoUBgASFQYAFRUGAGgVBgBwFQYAlO0RANoVBgDq7REAFhYGAGoWBgB3FgYAwBYGAM0WBgAWFwYAGxcGAGwXBgB2FwYAwhcGANEXBgAYGAYAHRgGAG4YBgB7GAYAxBgGANEYBgAaGQYAJhkGAHAZBgB/GQYAxhkGANAZBgAcGgYAKBoGAHIaBgB4GgYAyBoGAM4aBgAeGwYAIxsGAHQbBgB6GwYAQO4RAM8bBgBiPQYA2xsGACAcBgAuHAYAdhwGAIIcBgDMHAYA2RwGACIdBgAsHQYAeB0GAJQdBgDOHQYA6h0GAJbuEQAmHgYAeh4GAIceBgDQHgYA3R4GACYfBgArHwYAfB8GAIYfBgDSHwYA4R8GACggBgAtIAYAfiAGAIsgBgDUIAYA4SAGACohBgA2IQYAgCEGAI8hBgDWIQYA4CEGACwiBgA4IgYAgiIGAIgiBgDYIgYA3iIGAC4jBgAzIwYAhCMGAIojBgDs7hEA5iMGADAkBgA3JAYAhiQGAJQkBgDcJAYA3yQGADIlBgA6JQYAiCUGAI0lBgDeJQYA6yUGADQmBgA8JgYAQu8RAI8mBgDgJgYA7yYGADYnBgA4JwYAjCcGAJ0nBgDiJwYA7ScGADgoBgA9KAYAjigGAJEoBgDkKAYA7igGADopBgBWKQYAmO8RAJcpBgDmKQYA9CkGADwqBgA/KgYAkioGAKEqBgDoKgYA7SoGAD4rBgBLKwYAlCsGAKErBgDqKwYA9isGAEAsBgBPLAYAliwGAKAsBgDsLAYA+iwGAEItBgBHLQYAmC0GAKUtBgDuLQYA+i0GAEQuBgBXLgYAmi4GAKkuBgDwLgYA/C4GAEYvBgBHLwYAnC8GAKYvBgDyLwYAADAGAEgwBgBNMAYAnjAGAKswBgDu7xEA9jAGAEoxBgBYMQYAoDEGALExBgDw8BEA/TEGAEbxEQBRMgYAojIGAKoyBgD4MgYABzMGAE4zBgBTMwYApDMGALEzBgD6MwYABzQGAFA0BgBcNAYApjQGALU0BgD8NAYABjUGAPLxEQBUNQYAqDUGAMM1BgD+NQYAADYGAFQ2BgBuNgYAqjYGALc2BgAANwYADDcGAFY3BgBgNwYArDcGAMY3BgACOAYAETgGAFg4BgBdOAYArjgGALs4BgAEOQYAETkGAFo5BgBmOQYAsDkGAL85BgAGOgYAEDoGAFw6BgBoOgYAsjoGAMU6BgAIOwYAFzsGAF47BgBqOwYAtDsGALU7BgAKPAYAFDwGAGA8BgBuPAYAtjwGALs8BgAMPQYAGT0GAEjyEQBvPQYAuD0GAMU9BgAOPgYAGj4GAGQ+BgBzPgYAuj4GAMQ+BgAQPwYAHj8GAGY/BgBrPwYAvD8GAMk/BgASQAYAHkAGAGhABgB7QAYAvkAGAM1ABgAUQQYAIEEGAGpBBgBrQQYAwEEGAMpBBgAWQgYAJEIGAGxCBgBxQgYAwkIGAM9CBgCe8hEAJUMGAG5DBgBwQwYAxEMGAN1DBgAaRAYAK0QGAHBEBgB8RAYAxkQGAM5EBgCg8xEAIUUGAHJFBgB6RQYAyEUGANdFBgAeRgYAI0YGAHRGBgCBRgYAykYGANdGBgAgRwYALEcGAHZHBgCFRwYAzEcGANZHBgD28xEANUgGAHhIBgCHSAYAzkgGANpIBgAkSQYAJUkGAHpJBgCESQYA0EkGAN5JBgAmSgYAK0oGAHxKBgCJSgYATPQRANdKBgAoSwYANUsGAH5LBgCLSwYA1EsGAOBLBgAqTAYAOUwGAIBMBgCKTAYA1kwGAORMBgAsTQYAMU0GAIJNBgCPTQYA2E0GAOBNBgBO9REAOk4GAIROBgCUTgYA2k4GAONOBgAwTwYAM08GAIZPBgCSTwYA3E8GAONPBgCk9REAPVAGAIhQBgCJUAYA3lAGAPZQBgA0UQYAQVEGAIpRBgCWUQYA4FEGAOpRBgA2UgYAOlIGAIxSBgCRUgYA4lIGAOhSBgA4UwYAWFMGAI5TBgCmUwYA5FMGAPtTBgA6VAYARlQGAJBUBgCaVAYA5lQGAOhUBgA8VQYAQ1UGAJJVBgCZVQYA6FUGAO5VBgA+VgYASlYGAJRWBgCXVgYA6lYGAO1WBgBAVwYATFcGAJZXBgCZVwYA+vURAPFXBgBCWAYASlgGAJhYBgCeWAYA7lgGAPNYBgBEWQYATVkGAJpZBgCkWQYA8FkGAPxZBgBGWgYATloGAFD2EQChWgYA8loGAPpaBgBIWwYAU1sGAJ5bBgCjWwYA9FsGAPdbBgBKXAYAVFwGAKb2EQCoXAYA9lwGAPpcBgBMXQYATl0GAKJdBgClXQYA+F0GAABeBgBOXgYAW14GAKReBgCpXgYA+l4GAARfBgBQXwYAWF8GAKZfBgCnXwYA/F8GAAFgBgBSYAYAVWAGAKhgBgCrYAYA/mAGAAxhBgBUYQYAbWEGAKphBgC7YQYAAGIGAAxiBgBWYgYAXmIGAPz2EQCxYgYAAmMGAApjBgBYYwYAZ2MGAK5jBgCzYwYABGQGABFkBgBaZAYAZ2QGALBkBgC8ZAYABmUGABVlBgBcZQYAZmUGALJlBgC6ZQYACGYGABJmBgBeZgYAY2YGALRmBgC8ZgYAUvcRABVnBgBgZwYAbGcGALZnBgC+ZwYAqPcRABhoBgBiaAYAaWgGALhoBgDGaAYADmkGABFpBgBkaQYAbGkGALppBgC9aQYAEGoGABxqBgBmagYAbGoGALxqBgDXagYAEmsGAB5rBgBoawYAbmsGAL5rBgDhawYAFGwGABdsBgBqbAYAjmwGAP73EQDFbAYAFm0GACNtBgBsbQYAeW0GAMJtBgDObQYAGG4GACduBgBubgYAeG4GAMRuBgDSbgYAGm8GAB9vBgBwbwYAfW8GAMZvBgDObwYAVPgRAClwBgBycAYAenAGAMhwBgDhcAYAHnEGACRxBgB0cQYAeXEGAMpxBgDqcQYAIHIGACxyBgB2cgYAg3IGAMxyBgDUcgYAInMGACVzBgB4cwYAgnMGAM5zBgDQcwYAJHQGAC50BgB6dAYAhnQGAKr4EQDmdAYAJnUGADJ1BgB8dQYAgXUGANJ1BgCEdQYA8vMSANt1BgAodgYAMnYGAH52BgCGdgYAXG0KAIp2BgDUdgYAoXYGAICqCgDadgYAKncGAOd2BgACcQ0AMHcGAIB3BgCFdwYA1ncGANx3BgAA+REAOngGAIJ4BgCYeAYA2HgGAOR4BgAueQYAM3kGAIR5BgCNeQYA2nkGAOR5BgAwegYAOHoGAIZ6BgCVegYA3HoGAOF6BgAyewYAP3sGAIh7BgCVewYA3nsGAOp7BgA0fAYAQ3wGAIp8BgCUfAYA4HwGAO58BgA2fQYAQ30GAIx9BgCjfQYA4n0GAOp9BgA4fgYAQn4GAI5+BgCTfgYA5H4GAOx+BgAC+hEARn8GAJB/BgCWfwYA5n8GAAGABgA8gAYASIAGAJKABgCYgAYAWPoRAO6ABgAIIA4A+4AGAD6BBgBNgQYAlIEGAKCBBgDqgQYA64EGAECCBgBKggYAloIGAKSCBgDsggYA8YIGAEKDBgBPgwYArvoRAJ2DBgDugwYA9oMGAESEBgBHhAYAmoQGAKOEBgDwhAYA/4QGAEaFBgBRhQYAnIUGAKSFBgDyhQYAAoYGAEiGBgBWhgYAnoYGAK+GBgD0hgYAAIcGAEqHBgBShwYAsPsRAKaHBgD2hwYA/ocGAEyIBgBTiAYAoogGALCIBgD4iAYA/ogGAE6JBgBaiQYApIkGALOJBgD6iQYABIoGAFCKBgBVigYApooGAKyKBgD8igYAEIsGAFKLBgBaiwYAqIsGANKLBgD+iwYAB4wGAFSMBgBhjAYAqowGALiMBgAAjQYAE40GAFaNBgByjQYABvwRALGNBgACjgYAD44GAFiOBgBljgYAro4GALqOBgAEjwYAE48GAFqPBgBkjwYAsI8GAL6PBgAGkAYAC5AGAFyQBgBpkAYAspAGALqQBgBc/BEAFJEGAF6RBgBukQYAtJEGAL2RBgAKkgYADZIGAGCSBgBskgYAtpIGAL2SBgCy/BEANpMGAGKTBgBrkwYAuJMGAMWTBgAOlAYAHJQGAGSUBgB3lAYAupQGANaUBgAI/REAHpUGAGaVBgB8lQYAvJUGAMiVBgASlgYAGZYGAGiWBgBwlgYAvpYGAMOWBgAUlwYAHZcGAGqXBgB0lwYAXv0RAMGXBgAWmAYAIpgGAGyYBgBymAYAwpgGAMSYBgAYmQYAIpkGAG6ZBgB8mQYAxJkGAMmZBgAamgYAJ5oGAHCaBgB4mgYAxpoGANCaBgAcmwYAKpsGAHKbBgCImwYAyJsGANSbBgAenAYAJZwGAHScBgB8nAYAypwGAM+cBgAgnQYAKZ0GAHadBgCAnQYAtP0RANKdBgAingYAKJ4GAHieBgB9ngYAzp4GANSeBgAK/hEAKZ8GAHqfBgCHnwYA0J8GAN2fBgAmoAYAMqAGAHygBgCLoAYA0qAGANygBgAooQYANqEGAH6hBgCDoQYA1KEGAOGhBgAqogYAMqIGAAz/EQCOogYA1qIGAOyiBgAsowYAOKMGAIKjBgCHowYA2KMGAOGjBgAupAYAOKQGAGL/EQCQpAYA2qQGAOukBgAwpQYAPKUGAIalBgCVpQYA3KUGAOalBgAypgYAQKYGAIimBgCNpgYA3qYGAOumBgA0pwYAPqcGAIqnBgBApwYAPKsGAJinBgDgpwYA9qcGADaoBgBCqAYAjKgGAJGoBgDiqAYA66gGADipBgBCqQYAjqkGAJqpBgDkqQYA6qkGADqqBgBAqgYAkKoGAJWqBgDmqgYA7KoGALj/EQBCqwYAkqsGAJirBgDoqwYA7asGAD6sBgBErAYADgASAKKsBgDqrAYAAK0GAECtBgBMrQYAlq0GAJutBgDsrQYA9a0GAEKuBgBMrgYAmK4GAKSuBgDurgYAAa8GAESvBgBTrwYAmq8GAKavBgDwrwYA8a8GAEawBgBQsAYAnLAGAKqwBgDysAYA97AGAEixBgBVsQYAZAASAK2xBgD0sQYAFLIGAEqyBgBWsgYAoLIGAKqyBgD2sgYA+7IGAEyzBgBNswYAorMGAK6zBgD4swYABbQGAE60BgBatAYApLQGALe0BgD6tAYACbUGAFC1BgBctQYAprUGAKe1BgD8tQYABrYGAFK2BgBgtgYAqLYGAK22BgD+tgYAC7cGALoAEgBwtwYAEAESALC3BgAAuAYABrgGAFa4BgBbuAYArLgGALK4BgBmARIAB7kGAFi5BgBbuQYArrkGALq5BgAEugYACroGAFq6BgB1ugYAsLoGALy6BgAGuwYADLsGAFy7BgBeuwYAsrsGAM27BgAIvAYACrwGAF68BgBsvAYAtLwGAMW8BgAKvQYADL0GAGC9BgB5vQYAtr0GAMe9BgAMvgYAGL4GAGgCEgBsvgYAuL4GAMa+BgAOvwYAJL8GAGS/BgBwvwYAur8GAL+/BgAQwAYAGcAGAGbABgBwwAYAvMAGAMTABgASwQYAF8EGAGjBBgB3wQYAvsEGAM3BBgAUwgYAHcIGAGrCBgBwwgYAwMIGAMbCBgAWwwYAIsMGAGzDBgBzwwYAwsMGAMrDBgAYxAYAGsQGAG7EBgB+xAYAxMQGAM7EBgAaxQYAJsUGAHDFBgB2xQYAxsUGAM7FBgC+AhIAKMYGAHLGBgCDxgYAyMYGANTGBgAexwYALccGAHTHBgB+xwYAyscGANjHBgAgyAYAJcgGAHbIBgCDyAYAzMgGANTIBgAiyQYALMkGAPzgBgAuyQYAeMkGAH7JBgDOyQYA1MkGACTKBgApygYAesoGAIDKBgAUAxIA3MoGACbLBgAsywYAfMsGAJfLBgDSywYA3ssGACjMBgAuzAYAfswGAIbMBgDUzAYA18wGACrNBgA2zQYAgM0GAJHNBgDWzQYA4s0GACzOBgA7zgYAgs4GAIzOBgDYzgYA5s4GAC7PBgAzzwYAhM8GAJHPBgDazwYA4s8GADDQBgA60AYAhtAGAJTQBgDc0AYA8tAGADLRBgA+0QYAiNEGAI3RBgDe0QYA59EGADTSBgA+0gYAFgQSAJDSBgDg0gYA5tIGADbTBgBC0wYAjNMGAJnTBgDi0wYA7NMGADjUBgBA1AYAjtQGAJjUBgDk1AYA6dQGADrVBgA71QYAkNUGAJXVBgDm1QYA99UGADzWBgBB1gYAktYGAKnWBgDo1gYA/NYGAD7XBgBa1wYAlNcGAJzXBgBsBBIA8tcGAEDYBgBK2AYAltgGAKrYBgDs2AYA7dgGAELZBgBO2QYAmNkGALTZBgDu2QYA9tkGAMIEEgBN2gYAmtoGAKjaBgDw2gYAqdoGAGpLCwD62gYARtsGAEjbBgCc2wYAtdsGAPLbBgAD3AYASNwGAFTcBgCe3AYAptwGABgFEgAA3QYASt0GAFDdBgCg3QYAu90GAPbdBgAC3gYATN4GAFLeBgCi3gYApd4GAPjeBgAA3wYATt8GAF7fBgCk3wYAqd8GAPrfBgAD4AYAUOAGAF3gBgCm4AYAreAGAG4FEgAK4QYAUuEGAGjhBgCo4QYAtOEGAP7hBgAD4gYAVOIGAF3iBgCq4gYAtOIGAADjBgAc4wYAVuMGAF7jBgDEBRIAseMGAALkBgAK5AYAWOQGAFrkBgCu5AYAyeQGAATlBgAG5QYAWuUGAGjlBgCw5QYAweUGAAbmBgAI5gYAXOYGAHXmBgCy5gYAw+YGAAjnBgAU5wYAXucGAGbnBgAaBhIAwOcGAAroBgAQ6AYAYOgGAHvoBgC26AYAwugGAAzpBgAS6QYAYukGAGXpBgBwBhIA1ekGAA7qBgAP6gYAZOoGAHPqBgC66gYAv+oGABDrBgAd6wYAZusGAHPrBgC86wYAyOsGABLsBgAh7AYAaOwGAHLsBgC+7AYAzOwGABTtBgAZ7QYAau0GAHftBgDA7QYAzO0GABbuBgAc7gYAbO4GACnuBgDsAwcAcu4GAMLuBgDH7gYAGO8GAB7vBgDGBhIAc+8GAMTvBgDk7wYAGvAGACbwBgBw8AYAdvAGAMbwBgDO8AYAdB0HAM/wBgAc8QYAKfEGAHLxBgB48QYAyPEGANTxBgAe8gYAIPIGAHTyBgCD8gYAyvIGANXyBgAg8wYAIvMGAHbzBgCP8wYAzPMGAN3zBgAi9AYALvQGAHj0BgCE9AYAzvQGAOH0BgAk9QYAM/UGAHr1BgCG9QYA0PUGANH1BgAm9gYAMPYGAHz2BgCK9gYA0vYGANf2BgAo9wYANfcGABwHEgCL9wYA1PcGAOj3BgAq+AYARvgGAID4BgCc+AYAcgcSAOX4BgAs+QYALfkGAIL5BgCR+QYA2PkGAN35BgAu+gYAO/oGAIT6BgCR+gYA2voGAOb6BgAw+wYAP/sGAIb7BgCQ+wYA3PsGAOr7BgAy/AYAN/wGAIj8BgCV/AYA3vwGAO78BgA0/QYANv0GAIr9BgCY/QYA4P0GAPH9BgDIBxIAPf4GAB4IEgCR/gYA4v4GAO/+BgA4/wYARf8GAI7/BgCU/wYA5P8GAPD/BgA6AAcASgAHAJAABwCZAAcA5gAHAOkABwA8AQcASAEHAJIBBwCZAQcAdAgSAPQBBwA+AgcATgIHAJQCBwCdAgcA6gIHAO0CBwBAAwcATAMHAJYDBwCdAwcAyggSAPsDBwBCBAcATgQHAJgEBwCZBAcA7gQHAPgEBwBEBQcAUgUHAJoFBwCfBQcA8AUHAP0FBwAgCRIASwYHAJwGBwCrBgcA8gYHABIHBwBIBwcAVAcHAJ4HBwCoBwcA9AcHAPwHBwBKCAcAVggHAKAIBwCmCAcA9ggHAPwIBwBMCQcAUQkHAKIJBwCoCQcAIgoSAP0JBwBOCgcAVwoHAKQKBwC1CgcA+goHAAELBwBQCwcAWAsHAKYLBwCzCwcA/AsHAAEMBwBSDAcAXAwHAKgMBwCwDAcA/gwHAA0NBwBUDQcAWQ0HAKoNBwC3DQcAAA4HAA0OBwBWDgcAYg4HAKwOBwC7DgcAAg8HAAwPBwBYDwcAYA8HAK4PBwC4DwcABBAHAAkQBwBaEAcAYhAHACQLEgC1EAcABhEHAAkRBwBcEQcAZhEHAHoLEgC4EQcACBIHAA0SBwBeEgcAfhIHALQSBwDAEgcAChMHABATBwBgEwcAYxMHALYTBwC4EwcADBQHACcUBwBiFAcAZBQHALgUBwDGFAcADhUHAB8VBwBkFQcAZhUHALoVBwDTFQcAEBYHACEWBwBmFgcAchYHANALEgDMFgcAEhcHADIXBwBoFwcAahcHAL4XBwDKFwcAIDAQAM0XBwDmKwcA2hcHAFY5BwDqFwcAFBgHABcYBwBqGAcAeRgHAMAYBwDFGAcAFhkHACMZBwBsGQcAeRkHAMIZBwDOGQcAGBoHACcaBwBuGgcAeBoHAMQaBwDSGgcAGhsHAB8bBwBwGwcAfRsHAMYbBwDSGwcAHBwHACIcBwByHAcAeBwHAMgcBwDNHAcAHh0HACQdBwAmDBIAih0HAModBwDMHQcAIB4HADQeBwB2HgcAfh4HAMweBwDZHgcAIh8HACcfBwB4HwcAgh8HAM4fBwDWHwcAJCAHAD0gBwB6IAcAhiAHANAgBwDYIAcAfAwSAEEhBwB8IQcAfiEHANIhBwDgIQcAKCIHADkiBwB+IgcAgCIHANQiBwDtIgcAKiMHADsjBwCAIwcAjCMHANIMEgDbIwcALCQHADUkBwCCJAcAkyQHANgkBwDfJAcALiUHADYlBwCEJQcAkSUHANolBwDfJQcAMCYHADomBwCGJgcAjiYHANwmBwD1JgcAMicHAD4nBwCIJwcAkCcHAH4NEgDhJwcANCgHAD4oBwCKKAcAjCgHAOAoBwD5KAcANikHAEcpBwCMKQcAmikHAOIpBwDlKQcAOCoHAEMqBwCOKgcAmioHAOQqBwDrKgcA1A0SADsrBwCQKwcAqysHACoOEgDrKwcAPCwHAEksBwCSLAcAnywHAOgsBwD0LAcAPi0HAE0tBwCULQcAni0HAOotBwD4LQcAQC4HAEUuBwCWLgcAoy4HAOwuBwD4LgcAQi8HAEgvBwCYLwcAni8HAO4vBwDzLwcARDAHAEowBwCADhIApzAHAPAwBwDyMAcARjEHAF8xBwCcMQcArTEHAPIxBwD+MQcASDIHAFAyBwCCDxIAozIHAPQyBwD8MgcASjMHAGMzBwCgMwcApTMHAPYzBwD7MwcATDQHAFY0BwCiNAcApTQHAPg0BwACNQcATjUHAFQ1BwCkNQcApjUHAPo1BwD7NQcAUDYHAFg2BwCmNgcAtjYHAPw2BwACNwcAUjcHAFc3BwCoNwcAvjcHAP43BwAGOAcAVDgHAH44BwCqOAcAzTgHAAA5BwAfOQcA2A8SAF45BwAuEBIAvTkHAAI6BwAQOgcAWDoHAGQ6BwCuOgcAuzoHAAQ7BwAOOwcAWjsHAGI7BwCwOwcAuzsHAAY8BwAIPAcAXDwHAF88BwCyPAcAujwHAAg9BwAOPQcAXj0HAGc9BwC0PQcAwT0HAAo+BwASPgcAYD4HAGU+BwC2PgcAvz4HAAw/BwAWPwcAYj8HAGo/BwC4PwcAvT8HAA5ABwAeQAcAZEAHAGxABwC6QAcAvEAHABBBBwArQQcAZkEHAGhBBwC8QQcAykEHABJCBwAjQgcAaEIHAGpCBwC+QgcA10IHABRDBwAlQwcAakMHAHZDBwDAQwcAyEMHAIQQEgAcRAcAbEQHAHFEBwDCRAcA4kQHABhFBwAkRQcAbkUHAHRFBwDERQcAx0UHABpGBwAiRgcAcEYHAHpGBwDGRgcAy0YHABxHBwAkRwcAckcHAHxHBwDIRwcAykcHAB5IBwAvSAcAdEgHAJRIBwDKSAcA0kgHACBJBwAqSQcAdkkHAHtJBwDaEBIA4EkHACJKBwAqSgcAeEoHAH1KBwDOSgcA3koHACRLBwAsSwcAeksHAIRLBwDQSwcA20sHACZMBwAyTAcAfEwHAIRMBwAwERIA3kwHAChNBwA0TQcAfk0HAIVNBwDUTQcA3E0HACpOBwBDTgcAgE4HAIZOBwDWTgcA204HACxPBwBMTwcAgk8HAI5PBwDYTwcA3k8HAC5QBwAxUAcAhhESAIZQBwDaUAcAklAHAGosEQDdUAcAMFEHADpRBwCGUQcAlFEHANxRBwDrUQcAMlIHADVSBwCIUgcASlIHAFySBwBOUgcAbnAHAJRSBwDeUgcA4FIHADRTBwA6UwcAilMHAJlTBwDgUwcA61MHADZUBwA+VAcA3NIHAFBUBwCMVAcAmFQHAOJUBwD1VAcAOFUHAEdVBwCOVQcAmlUHAORVBwDlVQcAOlYHAERWBwCQVgcAnlYHAOZWBwDrVgcAPFcHAElXBwDcERIArFcHAOhXBwD3VwcAPlgHAENYBwCUWAcAoVgHAOpYBwD3WAcAQFkHAExZBwCWWQcApVkHAOxZBwD2WQcAQloHAFBaBwCYWgcAnVoHAO5aBwD7WgcARFsHAFBbBwCaWwcAoFsHAPBbBwD2WwcARlwHAEtcBwCcXAcAolwHADISEgDzXAcASF0HAPtcBwDoBwoA/1wHAGTwCQABXQcAOtcHABJdBwCcFg8AVF0HAJ5dBwCkXQcAhKgIAKtdBwD0XQcA910HAEpeBwBWXgcAoF4HAKJeBwD2XgcA/F4HAExfBwBbXwcAol8HAK1fBwD4XwcA+V8HAE5gBwBiYAcApGAHAL5gBwD6YAcABmEHAFBhBwBjYQcApmEHALVhBwD8YQcACGIHAFJiBwBTYgcAqGIHALJiBwD+YgcADGMHAFRjBwBZYwcAqmMHALdjBwCIEhIAGmQHAFZkBwBlZAcArGQHALFkBwACZQcAD2UHAFhlBwBlZQcArmUHALplBwAEZgcAE2YHAFpmBwBkZgcAsGYHAL5mBwAGZwcAC2cHAFxnBwBpZwcAsmcHAL5nBwAIaAcADmgHAF5oBwBkaAcAtGgHALloBwAKaQcAEGkHAN4SEgBuaQcAtmkHANFpBwAMagcAGmoHAGJqBwBvagcAuGoHAM9qBwAOawcAHWsHAGRrBwBpawcAumsHAMdrBwAQbAcAHWwHAGZsBwBybAcAvGwHAMtsBwASbQcAHG0HAGhtBwB2bQcAvm0HAMNtBwAUbgcAIW4HAGpuBwBtbgcAwG4HAMxuBwAWbwcAHG8HAGxvBwBybwcAwm8HAMdvBwAYcAcAHnAHADQTEgCKcAcAihMSAMpwBwAacQcAHHEHAHBxBwB9cQcAxnEHAMlxBwAccgcAHXIHAHJyBwB3cgcAyHIHAM5yBwAecwcAKHMHAHRzBwCQcwcAynMHAOZzBwDgExIAJnQHAHZ0BwB4dAcAzHQHANl0BwAidQcAJXUHAHh1BwB5dQcAznUHANN1BwAkdgcAKnYHAHp2BwCEdgcA0HYHAOx2BwAmdwcAQncHADYUEgCCdwcA0ncHANh3BwAoeAcALXgHAH54BwCEeAcAjBQSANZ4BwAqeQcAOHkHAIB5BwCReQcAjhUSAN15BwDkFRIAMXoHAIJ6BwCKegcA2HoHAN16BwAuewcA53oHAFaPBwAvewcAhHsHAJB7BwDaewcA53sHADB8BwA4fAcAhnwHAJB8BwDcfAcA63wHADJ9BwAzfQcAiH0HAJB9BwDefQcA7X0HADR+BwA5fgcAin4HAJd+BwDgfgcA7X4HADZ/BwBCfwcAjH8HAJt/BwDifwcA7H8HADiABwBGgAcAjoAHAJOABwDkgAcA8YAHADqBBwBCgQcAkIEHAJqBBwDmgQcA64EHADyCBwBEggcAkBYSAJeCBwDoggcA8YIHAPKHBwD1ggcAPoMHAEuDBwCUgwcAoIMHAOqDBwD5gwcAQIQHAEqEBwCWhAcApIQHAOyEBwDxhAcAQoUHAE+FBwCYhQcAoIUHAOYWEgD6hQcARIYHAFSGBwCahgcAo4YHAPCGBwDzhgcARocHAFKHBwCchwcAo4cHADwXEgADiAcASIgHAE+IBwCeiAcAq4gHAPSIBwATiQcASokHAFSJBwCgiQcAqIkHAPaJBwAFigcATIoHAFGKBwCiigcAr4oHAPiKBwAFiwcATosHAFqLBwCkiwcAs4sHAPqLBwAEjAcAUIwHAFiMBwCmjAcAsIwHAPyMBwABjQcAUo0HAFqNBwCSFxIAtI0HAP6NBwAEjgcAVI4HAG+OBwCqjgcAto4HAACPBwAGjwcA6BcSAFuPBwCsjwcAuY8HAAKQBwAPkAcAWJAHAGSQBwCukAcAvZAHAASRBwAOkQcAPhgSAGSRBwCwkQcAtZEHAAaSBwAOkgcAlBgSAGaSBwCykgcAuJIHAAiTBwAKkwcAXpMHAGuTBwC0kwcAt5MHAAqUBwALlAcAYJQHAGWUBwC2lAcAvJQHAAyVBwAWlQcAYpUHAHyVBwC4lQcAx5UHAA6WBwATlgcAZJYHAHGWBwC6lgcAx5YHABCXBwAclwcAZpcHAHWXBwC8lwcAxpcHABKYBwAgmAcAaJgHAG2YBwC+mAcAy5gHABSZBwAemQcA0qIHACCZBwBqmQcAcJkHAMCZBwDGmQcAFpoHABuaBwBsmgcAcpoHAOoYEgDHmgcAGJsHACWbBwBumwcAe5sHAMSbBwDQmwcAGpwHACmcBwBwnAcAepwHAMacBwDUnAcAHJ0HACGdBwBynQcAf50HAMidBwDQnQcA7BkSACSeBwB0ngcAep4HAMqeBwDPngcAIJ8HACafBwBCGhIAeJ8HAMyfBwDVnwcAIqAHACWgBwB4oAcAhKAHAM6gBwDVoAcAJKEHACyhBwB6oQcAk6EHANChBwDkoQcAJqIHAEKiBwB8ogcAhKIHAO4aEgDgogcAKKMHAD6jBwB+owcAiqMHANSjBwDZowcAKqQHADOkBwCApAcAiqQHANakBwDypAcALKUHADSlBwBEGxIAh6UHANilBwDlpQcALqYHADumBwCEpgcAkKYHANqmBwDppgcAMKcHADqnBwCGpwcAlKcHANynBwDhpwcAMqgHAD+oBwCIqAcAkKgHAJobEgDsqAcANKkHAEqpBwCKqQcAlqkHAOCpBwDlqQcANqoHAD+qBwCMqgcAlqoHAOKqBwDqqgcAOKsHAEerBwCOqwcAkKsHAOSrBwDtqwcAOqwHAD2sBwCQrAcAnKwHAOasBwDtrAcAPK0HAEStBwCSrQcAq60HAOitBwD8rQcAPq4HAFquBwCUrgcAnK4HAPAbEgDvrgcAQK8HAE2vBwCWrwcAo68HAOyvBwD4rwcAQrAHAFGwBwCYsAcAorAHAO6wBwD4sAcARLEHAFKxBwCasQcAsLEHAPCxBwD8sQcARrIHAEuyBwCcsgcApbIHAPKyBwD8sgcASLMHAFSzBwCeswcApLMHAPSzBwD6swcASrQHAE+0BwCgtAcAprQHAEYcEgACtQcATLUHAFC1BwCitQcAsbUHAPi1BwD9tQcATrYHAFu2BwCktgcAsbYHAPq2BwAGtwcAULcHAF+3BwCmtwcAsLcHAPy3BwAKuAcAUrgHAFe4BwCouAcAtbgHAP64BwAKuQcAVLkHAFq5BwCquQcAsLkHAAC6BwAFugcAVroHAFy6BwCcHBIAsboHAAK7BwAJuwcAWLsHAGS7BwCuuwcAsLsHAAS8BwCxuwcAusEHAB+8BwBavAcAXLwHALC8BwC+vAcABr0HABe9BwBcvQcAXr0HALK9BwDLvQcACL4HABm+BwBevgcAar4HALS+BwDAvgcACr8HAB2/BwBgvwcAb78HALa/BwDCvwcADMAHAA3ABwBiwAcAbMAHALjABwDGwAcADsEHABPBBwBkwQcAccEHAPIcEgC8wQcAEMIHACvCBwBmwgcAaMIHALzCBwDKwgcAEsMHACPDBwBowwcAasMHAL7DBwDXwwcAFMQHACXEBwBqxAcAdsQHAMDEBwDMxAcAFsUHACnFBwBsxQcAe8UHAMLFBwDOxQcAGMYHABnGBwBuxgcAeMYHAMTGBwDSxgcAGscHAB/HBwBwxwcAfccHAPQdEgDLxwcAHMgHACTIBwByyAcAdMgHAMjIBwDZyAcAHskHACzJBwB0yQcAj8kHAMrJBwDWyQcAIMoHACjKBwD2HhIAe8oHAMzKBwDTygcAIssHAC7LBwB4ywcAe8sHAM7LBwDWywcAJMwHADTMBwB6zAcAf8wHANDMBwDZzAcAJs0HADPNBwB8zQcAg80HANLNBwDazQcATB8SADXOBwB+zgcAhs4HANTOBwDozgcAKs8HAC/PBwCAzwcAic8HANbPBwDczwcALNAHADTQBwCC0AcAkdAHANjQBwDp0AcALtEHADfRBwCE0QcAh9EHANrRBwDk0QcAMNIHADzSBwCG0gcAjNIHAKIfEgDp0gcAMtMHADfTBwCI0wcAj9MHAN7TBwDq0wcANNQHADzUBwD4HxIApdQHAODUBwDi1AcANtUHAETVBwCM1QcAndUHAOLVBwDk1QcAONYHAFHWBwCO1gcAn9YHAOTWBwDw1gcATiASAEnXBwCQ1wcAmdcHAObXBwDs1wcAPNgHAELYBwCS2AcAntgHAOjYBwDv2AcAPtkHAEbZBwCU2QcAmNkHAOrZBwD12QcAQNoHAE7aBwCW2gcAp9oHAOzaBwD42gcAQtsHAErbBwCkIBIAm9sHAO7bBwD42wcARNwHAEbcBwCa3AcAs9wHAPDcBwAB3QcARt0HAFTdBwCc3QcAn90HAPLdBwD93QcASN4HAFbeBwCe3gcAq94HAPTeBwAL3wcASt8HAFLfBwCg3wcAot8HAPbfBwD+3wcATOAHAFvgBwCi4AcAp+AHAPjgBwAF4QcATuEHAFvhBwCk4QcAsOEHAPrhBwAJ4gcAUOIHAFriBwCm4gcAtOIHAPziBwAB4wcAUuMHAF/jBwCo4wcAsOMHAP7jBwAI5AcAVOQHAFnkBwCq5AcAsuQHAADlBwAD5QcAVuUHAHPlBwCs5QcAveUHAALmBwAK5gcAWOYHAFvmBwCu5gcAuuYHAATnBwAK5wcAWucHAHXnBwCw5wcAvOcHAAboBwAM6AcA+iASAGvoBwCy6AcAs+gHAAjpBwBA6QcAXukHAGzpBwC06QcAtekHAArqBwAS6gcAYOoHAG/qBwC26gcAu+oHAAzrBwAZ6wcAYusHAG/rBwC46wcAxOsHAA7sBwAd7AcAZOwHAG7sBwC67AcAyOwHABDtBwAV7QcAZu0HAHPtBwC87QcAxO0HABLuBwAc7gcAaO4HAG3uBwC+7gcAxu4HABTvBwAe7wcAau8HAHXvBwDA7wcAzO8HABbwBwAe8AcAUCESAHHwBwDC8AcAxfAHABjxBwAi8QcAbvEHAHbxBwCmIRIA0vEHABryBwAw8gcAcPIHAHzyBwDG8gcAy/IHABzzBwAl8wcAcvMHAHzzBwDI8wcA0PMHAB70BwAq9AcAdPQHAIf0BwDK9AcAy/QHACD1BwAu9QcAdvUHAHz1BwDM9QcA2PUHACL2BwAp9gcA/CESAHn2BwDO9gcA2vYHACT3BwAx9wcAevcHAIL3BwDQ9wcA2vcHACb4BwA1+AcAfPgHAH34BwDS+AcA2vgHACj5BwA3+QcAfvkHAIP5BwDU+QcA4fkHACr6BwA3+gcAgPoHAIz6BwDW+gcA5foHACz7BwA2+wcAgvsHAJD7BwDY+wcA3fsHAC78BwA7/AcAhPwHAIz8BwDa/AcA3vwHADD9BwA+/QcAhv0HAJD9BwDc/QcA5/0HADL+BwA6/gcAiP4HAJP+BwDe/gcA4/4HADT/BwA3/wcAiv8HAJT/BwDg/wcA6P8HADYACABVAAgAUiISAJsACADiAAgA4wAIADgBCABAAQgAjgEIAI8BCADkAQgA6gEIADoCCAA/AggAkAIIAKsCCADmAggA9AIIADwDCABDAwgAkgMIAJ4DCADoAwgA7gMIAD4ECABaBAgAlAQIAJwECACoIhIA8AQIAEAFCABGBQgAlgUIAJsFCADsBQgA8gUIAP4iEgBHBggAmAYIAJ8GCADuBggA+gYIAEQHCABMBwgAqiMSAK0HCADwBwgAJggIAEYICABICAgASAkIAHsICACcCAgAwQgIAPIICAD5CAgAViQSACwJCAAAJBIAWAkIAJ4JCADYCQgArCQSAP0JCAAmWA0A/gkIAFCcDwARCggASgoIABQKCABizg4AWwoIAKAKCACoCggA9goIAPkKCABMCwgAWAsIAKILCACoCwgA+AsIABMMCABODAgAWgwIAKQMCACqDAgA+gwIAAINCABQDQgAbA0IAKYNCACuDQgAAiUSAAsOCABSDggAUw4IAKgOCACwDggA/g4IAP8OCABUDwgAWg8IAKoPCACvDwgAABAIABsQCABWEAgAZBAIAKwQCACzEAgAAhEIAA4RCABYEQgAXhEIAK4RCADKEQgABBIIAAwSCABYJRIAYBIIALASCAC2EggABhMIAAsTCABcEwgAYhMIAK4lEgC3EwgACBQIAA8UCABeFAgAahQIALQUCAC8FAgAWiYSAB0VCABgFQgAlhUIALYVCAC4FQgAuBYIAOsVCAAMFggAMRYIAGIWCABpFggABicSAJwWCACwJhIAyBYIAA4XCABIFwgAXCcSAGYXCAC6FwgAuxcIABAYCAAaGAgAZhgIAHQYCAC8GAgA1xgIABIZCAAeGQgAaBkIAHAZCACyJxIAyhkIABQaCAAaGggAahoIAIUaCADAGggAzBoIABYbCAAcGwgAbBsIAHQbCADCGwgA0BsIABgcCAAbHAgAbhwIAHYcCADEHAgAzRwIABodCAAnHQgAcB0IAHIdCADGHQgA4R0IABweCAAeHggAch4IAIAeCADIHggA2R4IAB4fCAAgHwgAdB8IAI0fCADKHwgA2x8IACAgCAAsIAgAdiAIAH4gCAAIKBIA0iAIACIhCAAqIQgAeCEIAH8hCADOIQgA0yEIACQiCAAwIggAeiIIAH0iCADQIggA2CIIACYjCAAzIwgAfCMIAIEjCADSIwgA3CMIACgkCAAwJAgAfiQIAIokCADUJAgA5yQIAColCAA4JQgAgCUIAIMlCADWJQgA4CUIAF4oEgAvJggAgiYIAIomCADYJggA2yYIAC4nCAA6JwgAhCcIAIonCADaJwgA9ScIADAoCAA8KAgAhigIAIwoCADcKAgA5CgIADIpCABAKQgAiCkIAIspCADeKQgA5ikIADQqCAA9KggAiioIAJcqCADgKggA4ioIADYrCABRKwgAjCsIAI4rCADiKwgA8CsIADgsCABJLAgAjiwIAJAsCADkLAgA/SwIADotCABLLQgAkC0IAJwtCADmLQgA7i0IALQoEgBCLggAki4IAJouCADoLggA7y4IAD4vCABDLwgAlC8IAKAvCADqLwgA7S8IAEAwCABIMAgAljAIAKMwCADsMAgA8TAIAEIxCABMMQgAmDEIAKAxCADuMQgA+jEIAEQyCABXMggAmjIIAKgyCADwMggA8zIIAEYzCABQMwgACikSAJ8zCADyMwgA/jMIAEg0CABONAgAnjQIALk0CAD0NAgAADUIAEo1CABQNQgAoDUIAKg1CAD2NQgABDYIAEw2CABPNggAojYIAKo2CAD4NggAATcIAE43CABbNwgApDcIAKY3CAD6NwgAFTgIAFA4CABSOAgApjgIALQ4CAD8OAgADTkIAFI5CABUOQgAqDkIAME5CAD+OQgADzoIAFQ6CABgOggAqjoIALI6CABgKRIABjsIAFY7CABeOwgArDsIALM7CAACPAgABzwIAFg8CABkPAgArjwIALE8CAAEPQgADD0IAFo9CABnPQgAsD0IALU9CAAGPggAED4IAFw+CABkPggAsj4IAL4+CAAIPwgAGz8IAF4/CABsPwgAtD8IALc/CAAKQAgAFEAIALYpEgBoQAgADCoSAMRACAAMQQgAHUEIAGJBCABuQQgAuEEIAMBBCABiKhIAE0IIAGRCCABuQggAukIIAMJCCAAQQwgAIEMIAGZDCABrQwgAvEMIAMVDCAASRAgAH0QIAGhECABvRAgAuCoSAMBECAAURQgAw0QIAIZVCQDHRAgAatYQAMpECABUyQ8AzEQIAP68CQAeRQgAnEMQACVFCABqRQgAe0UIAMBFCADORQgAFkYIADJGCABsRggAiEYIAA4rEgDQRggAGEcIACVHCABuRwgAhUcIAMRHCADQRwgAGkgIACBICABwSAgAdkgIAMZICADLSAgAHEkIACJJCABkKxIAiEkIAMhJCADXSQgAHkoIAPRJCAAoTwgAIEoIAHRKCACDSggAykoIANVKCAAgSwgALEsIAHZLCAB5SwgAzEsIAH1LCADmWAgAkksIAIRSCADYSwgAIkwIAChMCAB4TAgAk0wIAM5MCADaTAgAJE0IACpNCAB6TQgAhk0IANBNCADWTQgAJk4IACxOCAB8TggAgU4IANJOCADYTggAuisSACtPCAB+TwgAmk8IANRPCADcTwgAvCwSADZQCACAUAgAhlAIANZQCADxUAgALFEIADhRCACCUQgAiFEIANhRCADgUQgALlIIAE9SCAASLRIAjFIIAGgtEgDfUggAMFMIAD1TCACGUwgAk1MIANxTCADoUwgAMlQIAEFUCACIVAgAklQIAN5UCADmVAgANFUIAD5VCACKVQgAmFUIAOBVCAD2VQgANlYIAEJWCACMVggAkVYIAOJWCADrVggAOFcIAEJXCACOVwgAllcIAORXCADuVwgAOlgIAD9YCACQWAgAmFgIAL4tEgDyWAgAPFkIAE9ZCACSWQgAoVkIAOhZCAD0WQgAPloIAD9aCACUWggAnloIAOpaCAD4WggAQFsIAEVbCACWWwgAo1sIABQuEgD3WwgAQlwIAE5cCACYXAgAnlwIAO5cCAD6XAgARF0IAExdCAAWLxIAnV0IAPBdCAD4XQgARl4IAFNeCACcXggAoV4IAPJeCAD6XggASF8IAEpfCACeXwgAuV8IAPRfCAD2XwgASmAIAFhgCACgYAgAsWAIAPZgCAD4YAgATGEIAGVhCACiYQgAs2EIAPhhCAAEYggATmIIAFZiCABsLxIAqWIIAPpiCAAHYwgAUGMIAF1jCACmYwgAsmMIAPxjCAALZAgAUmQIAFxkCACoZAgAtmQIAP5kCAADZQgAVGUIAGFlCACqZQgAsmUIAABmCAACZggAVmYIAGBmCACsZggAtGYIAMIvEgANZwgAWGcIAGZnCACuZwgAsWcIAARoCAAMaAgAWmgIAHBoCACwaAgAtWgIAAZpCAAcaQgAXGkIAGhpCACyaQgAv2kIAAhqCAASaggAGDASAGBqCAC0aggAwmoIAAprCAAbawgAbjASAGZrCAC2awgAwmsIAMQwEgAObAgAYmwIAGhsCAC4bAgA2GwIAA5tCAAabQgAZG0IAGttCAC6bQgAwm0IABBuCAAXbggAZm4IAHJuCAC8bggAvm4IABJvCAAZbwgAGjESAGtvCAC+bwgAxm8IABRwCAAkcAgAanAIAGxwCADAcAgAznAIABZxCAAncQgAcDESAHNxCADGMRIAz3EIABhyCAAfcggAbnIIAHZyCADEcggA0nIIABpzCAAdcwgAcHMIAHhzCADGcwgAzXMIABx0CAAqdAgAcnQIAHV0CADIdAgAynQIAB51CAA3dQgAdHUIAIV1CADKdQgA1nUIACB2CAAndggAdnYIAH52CADMdggA1XYIACJ3CAAvdwgAeHcIAIJ3CADOdwgA3HcIACR4CAA1eAgAengIAIJ4CADQeAgA2ngIACZ5CAA0eQgAfHkIAJJ5CADSeQgA3nkIACh6CAAveggAfnoIAIZ6CADUeggA2noIACp7CAA2ewgAgHsIAIp7CADWewgA3HsIACx8CABAfAgAcjISAJB8CADYfAgA8XwIAC59CABEfQgAhH0IAJN9CADafQgA9H0IADB+CAAzfggAOoMIADt+CABEiAgAP34IAIZ+CACLfggA3H4IAOl+CAAyfwgAP38IAIh/CACUfwgA3n8IAO1/CAA0gAgAPoAIAIqACACYgAgA4IAIAOWACAA2gQgAQ4EIAIyBCACYgQgA4oEIAOiBCAA4gggAPoIIAI6CCACTgggA5IIIAOqCCADIMhIARoMIAJCDCACWgwgA5oMIAAGECAA8hAgASIQIAJKECACYhAgA6IQIAO+ECAA+hQgAQ4UIAOyGCABKhQgAlIUIAJaFCADqhQgA8YUIAECGCABchggAloYIAJ6GCADKMxIA8IYIAEKHCABPhwgAmIcIALSHCADuhwgA9ocIACA0EgBJiAgAmogIAJ2ICADwiAgA+ogIAEaJCABXiQgAnIkIAKGJCADyiQgA94kIAEiKCABoiggAnooIAKeKCAD0iggA9YoIAEqLCABWiwgAoIsIAKaLCAD2iwgA/IsIAEyMCABRjAgAoowIAKiMCAB2NBIA+YwIAE6NCABajQgApI0IALGNCAD6jQgAAo4IAFCOCABZjggApo4IALOOCAD8jggACo8IAFKPCABljwgAqI8IALCPCAD+jwgAAZAIAFSQCABZkAgAqpAIALmQCAAAkQgAIJEIAFaRCABikQgArJEIALaRCAB4NRIADJIIAFiSCABakggArpIIALiSCAAEkwgADZMIAFqTCABdkwgAsJMIALiTCAAGlAgAPZQIAM41EgBolAgAspQIAMGUCAAIlQgAKJUIAF6VCABqlQgAtJUIALuVCAAKlggAD5YIAGCWCABhlggAtpYIAMKWCAAMlwgAEpcIAGKXCABklwgAuJcIAMKXCAAOmAgAHJgIAGSYCABpmAgAupgIAMeYCAAQmQgAGpkIAGaZCAB0mQgAvJkIANKZCAASmggAHpoIAGiaCABtmggAvpoIAMeaCAAUmwgAHpsIAGqbCAB2mwgAwJsIANObCAAWnAgAJZwIAGycCAB4nAgAwpwIAMOcCAAYnQgAIp0IAG6dCAB8nQgAxJ0IAMmdCAAanggAJ54IACQ2EgB+nggAxp4IANyeCAAcnwgAKJ8IAHKfCAB5nwgAyJ8IANCfCAAeoAgAI6AIAHSgCAB9oAgAyqAIANSgCAAgoQgAKKEIAHahCAB6oQgAzKEIAM6hCAAioggAMKIIAHiiCACCoggAzqIIANyiCAAkowgAMaMIAHqjCACRowgA0KMIANijCAAmpAgANqQIAHykCACBpAgA0qQIANikCAAopQgAMKUIAH6lCACDpQgA1KUIANWlCAAqpggANqYIAICmCACGpggA1qYIANimCAAspwgANqcIAIKnCACQpwgA2KcIAN2nCAAuqAgAO6gIACY3EgCGqAgA2qgIAOSoCAAwqQgAPqkIAIapCACLqQgA3KkIAOmpCAAyqggANKoIAIiDCgA8qggAiKoIAJaqCADeqggA9KoIADSrCABAqwgAiqsIAI+rCADgqwgA6asIADasCABArAgAjKwIAJisCADirAgA9awIADitCABHrQgAjq0IAJqtCADkrQgA5a0IADquCABErggAkK4IAJ6uCADmrggA664IADyvCABJrwgAfDcSAJuvCADorwgA8q8IAD6wCABAsAgAlLAIAJ6wCADqsAgA9rAIAECxCABIsQgAfjgSAJexCADssQgA+LEIAEKyCABIsggAmLIIAJqyCADusggA+LIIAESzCABSswgAmrMIAJ+zCADwswgA/bMIAEa0CABOtAgAnLQIAKa0CADytAgAALUIAEi1CABetQgAnrUIAKq1CAD0tQgA+7UIAEq2CABStggAoLYIAKW2CAD2tggA/7YIAEy3CABWtwgAorcIALe3CAD4twgAAbgIAE64CABbuAgApLgIAKa4CAD6uAgAE7kIAFC5CABhuQgAprkIALK5CAD8uQgABLoIANQ4EgBXuggAqLoIALC6CAD+uggAFLsIAFS7CABZuwgAqrsIALG7CAAAvAgADrwIAFa8CABmvAgArLwIAMC8CAACvQgACr0IAFi9CABnvQgArr0IALO9CAAEvggADb4IAFq+CABnvggAsL4IALq+CAAGvwgAEr8IAFy/CABivwgAKjkSAMC/CAAIwAgAHsAIAF7ACABqwAgAtMAIALnACAAKwQgAE8EIAGDBCABqwQgAtsEIAL7BCAAMwggAEMIIAGLCCABkwggAuMIIAMbCCAAOwwgAGMMIAGTDCABywwgAusMIAMfDCAAQxAgAJ8QIAGbECABuxAgAvMQIAMzECAASxQgAF8UIAGjFCABuxQgAvsUIAMbFCAAUxggAL8YIAGrGCABsxggAwMYIANHGCAAWxwgAH8cIAGzHCAB4xwgAgDkSAMfHCAAYyAgAG8gIAG7ICAB4yAgAxMgIAMbICAAayQgANckIAHDJCAByyQgAxskIANTJCAAcyggALcoIAHLKCAB0yggAyMoIAOHKCAAeywgAL8sIAHTLCACAywgA1jkSAOfLCAAgzAgAMcwIAHbMCACSzAgAzMwIANTMCAAsOhIAJ80IAHjNCACAzQgAzs0IANnNCAAkzggAKc4IAHrOCAB9zggA0M4IANrOCAAmzwgAKc8IAHzPCACEzwgA0s8IANTPCAAo0AgAQ9AIAH7QCACA0AgA1NAIAOLQCAAq0QgAO9EIAIDRCACC0QgA1tEIAO/RCAAs0ggAPdIIAILSCACO0ggA2NIIAODSCACCOhIAO9MIAITTCACM0wgA2tMIAOTTCAAw1AgAO9QIAIbUCACS1AgA3NQIAOTUCADYOhIAN9UIAIjVCACN1QgA3tUIAO/VCAAuOxIAQdYIAIrWCACM1ggA4NYIAPnWCAA21wgAR9cIAIzXCACY1wgA4tcIAOrXCACEOxIAPdgIAI7YCACW2AgA5NgIAPPYCAA62QgAQNkIAJDZCACc2QgA5tkIAOjZCAA82ggARtoIAJLaCACe2ggA6NoIAPDaCADaOxIAStsIAJTbCACX2wgA6tsIAO3bCABA3AgATtwIAJbcCACb3AgA7NwIAPncCAAwPBIAU90IAJjdCACg3QgA7t0IAKXdCABW5wgA+d0IAETeCABJ3ggAmt4IAJ3eCADw3ggA+t4IAEbfCABp3wgAnN8IAJ/fCADy3wgAFuAIAEjgCABQ4AgAhjwSAKTgCAD04AgAAuEIAErhCABW4QgAoOEIAKfhCAD24QgA/uEIAEziCABc4ggAouIIAKfiCAD44ggA/uIIAE7jCABW4wgApOMIAMHjCAD64wgAA+QIAFDkCABc5AgApuQIAKzkCAD85AgAEOUIAFLlCABa5QgAqOUIALjlCAD+5QgAAOYIAFTmCABi5ggAquYIALvmCADcPBIAB+cIADI9EgBb5wgArOcIALPnCAAC6AgADugIAFjoCABb6AgArugIAL7oCAAE6QgABukIAFrpCABo6QgAsOkIAMHpCACIPRIADeoIAN49EgBv6ggAsuoIAMHqCAAI6wgAFOsIAF7rCABf6wgAtOsIAL7rCAAK7AgAGOwIAGDsCABl7AgAtuwIAMPsCAA0PhIAEe0IAGLtCABr7QgAuO0IAMntCAAO7ggAFe4IAGTuCABs7ggAuu4IAMfuCAAQ7wgAFe8IAGbvCABw7wgAvO8IAMTvCAAS8AgAGPAIAGjwCAB08AgAvvAIAMDwCAAU8QgAI/EIAGrxCAB18QgAwPEIAMjxCAAW8ggAGPIIAGzyCAB58ggAwvIIANbyCAAY8wgAIPMIAG7zCAB98wgAxPMIAMnzCAAa9AgAJ/QIAHD0CAB69AgAxvQIAMj0CAAc9QgAK/UIAHL1CAB89QgAyPUIAND1CAAe9ggAH/YIAHT2CAB59ggAyvYIANj2CAAg9wgALfcIAHb3CACA9wgANj8SAM/3CAAi+AgALvgIAJYHCQA++AgAePgIAID4CACMPxIA0/gIACT5CAAs+QgAevkIAH35CADQ+QgA3PkIACb6CAAs+ggAfPoIAJf6CADS+ggA3voIACj7CAAu+wgAfvsIAIH7CADU+wgA3PsIACr8CAAs/AgAgPwIAJv8CADW/AgA2PwIACz9CAA6/QgAgv0IAJP9CADY/QgA2v0IAC7+CABH/ggAhP4IAJX+CADa/ggA5v4IADD/CAA4/wgA4j8SAIv/CADc/wgA4v8IADIACQA6AAkAiAAJAJcACQDeAAkA4wAJADQBCQBBAQkAigEJAJcBCQDgAQkA7AEJADYCCQBFAgkAjAIJAJYCCQDiAgkA8AIJADgDCQA9AwkAjgMJAJsDCQA4QBIA8AMJADoECQBABAkAkAQJAKsECQDmBAkA8gQJADwFCQBCBQkAkgUJAJUFCQDoBQkA9AUJAD4GCQBEBgkAlAYJAJoGCQDqBgkA7wYJAEAHCQBGBwkAjkASAJwHCQDsBwkA8gcJAEIICQBHCAkAmAgJAJ4ICQDkQBIA8wgJAEQJCQBRCQkAmgkJAKcJCQDwCQkA/AkJAEYKCQBVCgkAnAoJAKYKCQDyCgkAAAsJAEgLCQBNCwkAngsJAKsLCQD0CwkADAwJAEoMCQBQDAkAoAwJAKwMCQD2DAkABg0JAEwNCQBVDQkAog0JAKUNCQD4DQkABA4JAE4OCQBVDgkA5kESAKYOCQD6DgkABA8JAFAPCQBTDwkApg8JAK4PCQD8DwkA/w8JAFIQCQBeEAkAqBAJAK4QCQD+EAkAGREJAFQRCQBgEQkAqhEJALARCQA8QhIAIBIJAFYSCQBhEgkArBIJALESCQACEwkACxMJAFgTCQBbEwkArhMJALoTCQAEFAkAEBQJAMQeCQAcFAkAWhQJAGEUCQCwFAkAthQJAAYVCQAUFQkAXBUJAHcVCQCyFQkAvhUJAAgWCQAOFgkAXhYJAHgWCQC0FgkAwBYJAAoXCQAQFwkAYBcJAGYXCQC2FwkAuxcJAAwYCQASGAkAkkISAG8YCQC4GAkAxBgJAA4ZCQAYGQkAZBkJAGgZCQC6GQkAvxkJABAaCQAWGgkAZhoJAIYaCQC8GgkAyBoJABIbCQAYGwkAaBsJAG4bCQC+GwkAwxsJABQcCQAaHAkAPkMSAG8cCQDAHAkAxxwJABYdCQAiHQkAbB0JAIgdCQDCHQkAyh0JAEBEEgBBHgkAbh4JAJQeCQCWRBIA1x4JABofCQApHwkAcB8JAHwfCQDGHwkAxx8JABwgCQAmIAkAciAJAIAgCQDIIAkAzSAJAB4hCQArIQkA7EQSAHwhCQDuRRIAzyEJACAiCQAtIgkAdiIJAIMiCQDMIgkA2CIJACIjCQAxIwkAeCMJAIIjCQDOIwkA3CMJACQkCQApJAkAeiQJAIckCQDQJAkA2CQJAERGEgAyJQkAfCUJAIwlCQDSJQkA2yUJACgmCQArJgkAfiYJAIomCQDUJgkA2yYJAJpGEgA1JwkAgCcJAIwnCQDWJwkA3icJAPBGEgA5KAkAgigJAIkoCQDYKAkA2SgJAC4pCQAzKQkAhCkJAJIpCQDaKQkA5ykJADAqCQA6KgkAhioJAI4qCQDcKgkA5SoJADIrCQA4KwkAiCsJAJkrCQDeKwkA+isJADQsCQA8LAkARkcSAJUsCQDgLAkA6iwJADYtCQBALQkAjC0JAI0tCQCcRxIA5y0JADguCQBFLgkAji4JAJsuCQDkLgkA8C4JADovCQBJLwkAkC8JAJovCQDmLwkA7i8JADwwCQBGMAkAkjAJAJcwCQDoMAkA8DAJAPJHEgBJMQkAlDEJAKAxCQDqMQkA8jEJAEhIEgBFMgkAljIJAKUyCQDsMgkADDMJAEIzCQBOMwkAmDMJAJ4zCQDuMwkA9jMJAEQ0CQBLNAkAmjQJAJw0CQDwNAkA/DQJAEY1CQBcNQkAnDUJAKE1CQDyNQkA/zUJAJ5IEgBNNgkAnjYJAK02CQD0NgkAFDcJAEo3CQBWNwkAoDcJAKY3CQD2NwkA/jcJAEw4CQBTOAkAojgJAKQ4CQD4OAkABDkJAE45CQBkOQkApDkJAKk5CQD6OQkABzoJAFA6CQBYOgkApjoJAKw6CQD8OgkABTsJAFI7CQBfOwkAqDsJALU7CQD+OwkADDwJAFQ8CQBhPAkAqjwJAME8CQAAPQkAMD0JAPRIEgBcPQkArD0JAGM9CQAu4Q8Awj0JAAI+CQAQPgkAWD4JAFs+CQCuPgkAsT4JAAQ/CQASPwkAWj8JAF8/CQCwPwkAvT8JAAZACQAOQAkAXEAJAGNACQCyQAkAvkAJAAhBCQAVQQkAXkEJAGxBCQC0QQkAwEEJAApCCQARQgkAYEIJAGhCCQC2QgkAukIJAAxDCQAXQwkAYkMJAHBDCQC4QwkAyUMJAA5ECQAaRAkAZEQJAGxECQBKSRIAwEQJABBFCQAkRQkAZkUJAHRFCQC8RQkAyUUJABJGCQApRgkAaEYJAHBGCQC+RgkAyEYJABRHCQAZRwkAakcJAHJHCQDARwkAz0cJABZICQAbSAkAbEgJAHlICQDCSAkAz0gJABhJCQAkSQkAbkkJAH1JCQDESQkAzkkJABpKCQAiSgkAcEoJAHpKCQDGSgkAy0oJABxLCQAkSwkAoEkSAH1LCQDISwkA1EsJAB5MCQAmTAkA9kkSAHlMCQDKTAkA2UwJACBNCQBATQkAdk0JAIJNCQDMTQkA0k0JACJOCQAqTgkAeE4JAH9OCQDOTgkA0E4JACRPCQAwTwkAek8JAJBPCQDQTwkA1U8JACZQCQAzUAkATEoSAIVQCQDSUAkA2FAJAChRCQA2UQkAflEJAItRCQDUUQkA61EJACpSCQAyUgkAgFIJAI9SCQDWUgkA21IJACxTCQA5UwkAglMJAI9TCQDYUwkA5FMJAC5UCQA9VAkAhFQJAI5UCQDaVAkA9lQJADBVCQA4VQkAokoSAJNVCQBYcw4AlVUJANxVCQDmVQkATu8OAPxVCQAyVgkAPlYJAIhWCQCOVgkA3lYJAOZWCQAOmgkA6lYJADRXCQD4VgkA4oMJAEdXCQCKVwkAmVcJAOBXCQDsVwkANlgJADdYCQCMWAkAllgJAOJYCQDwWAkAOFkJAD1ZCQCOWQkAm1kJAPhKEgDqWQkAOloJAEBaCQCQWgkAlVoJAOZaCQDsWgkA+ksSAEdbCQCSWwkAoFsJAOhbCQD5WwkAPlwJAEpcCQCUXAkAnFwJAKZMEgD2XAkAQF0JAEpdCQCWXQkApV0JAOxdCQD3XQkAQl4JAFBeCQCYXgkApV4JAO5eCQAFXwkARF8JAExfCQCaXwkAnV8JAPBfCQD8XwkARmAJAExgCQCcYAkAt2AJAPJgCQD+YAkASGEJAE5hCQCeYQkApmEJAPRhCQD2YQkASmIJAEtiCQCgYgkArmIJAPZiCQD+YgkATGMJAGdjCQCiYwkArmMJAPhjCQD+YwkATmQJAFFkCQCkZAkAsmQJAPpkCQD/ZAkAUGUJAF1lCQCmZQkAwmUJAPxlCQAEZgkA/EwSAF9mCQBI7A4AY2YJAKhmCQBlZgkApkYPALRmCQD+ZgkAC2cJAFRnCQBZZwkAqmcJALRnCQAAaAkAEGgJAFZoCQBbaAkArGgJALVoCQACaQkAD2kJAFhpCQBfaQkArmkJALppCQAEagkACmoJAFpqCQBgagkAsGoJALVqCQAGawkADGsJAFJNEgBoawkAsmsJALhrCQAIbAkADmwJAF5sCQBrbAkAtGwJALlsCQAKbQkAEm0JAGBtCQCWbQkAtm0JAOFtCQAMbgkAFG4JAGJuCQBvbgkAuG4JAL1uCQAObwkAFm8JAGRvCQBnbwkAum8JAMNvCQAQcAkAH3AJAGZwCQBxcAkAvHAJAMRwCQAScQkAInEJAGhxCQB2cQkAvnEJAM9xCQAUcgkAIHIJAGpyCQBycgkAVE4SAMZyCQAWcwkAHnMJAGxzCQBzcwkAwnMJANBzCQAYdAkAHnQJAG50CQB6dAkAxHQJANN0CQAadQkAJHUJAHB1CQB1dQkAxnUJAMx1CQAcdgkAMHYJAKpOEgB8dgkAxPUJAH92CQDIdgkAgXYJAKK5CQDNdgkAHncJACp3CQB0dwkAgXcJAMp3CQDUdwkAAE8SADt4CQB2eAkAeHgJAMx4CQDSeAkAInkJAFp5CQB4eQkAfnkJAM55CQDXeQkAJHoJADF6CQB6egkAsnoJANB6CQDXegkAJnsJACt7CQB8ewkAi3sJANJ7CQDyewkAKHwJADR8CQB+fAkAhHwJANR8CQDufAkAKn0JAC19CQCAfQkAhX0JANZ9CQDlfQkALH4JAEx+CQCsTxIAon4JANh+CQDkfgkALn8JADh/CQCEfwkAkH8JAOw0CgCRfwkA2n8JAN9/CQAwgAkAOoAJAIaACQCWgAkA3IAJAOGACQAygQkAO4EJAIiBCQCVgQkA3oEJAOWBCQA0ggkAQIIJAIqCCQCQggkA4IIJAOaCCQA2gwkAO4MJAIyDCQCSgwkAAlASAOWDCQA4hAkAPYQJAI6ECQCdhAkA5IQJAASFCQCuUBIASIUJAJCFCQCdhQkA5oUJAO2FCQA8hgkARIYJAJKGCQCUhgkA6IYJAJmGCQCumgwAqYYJABhPDADuhgkA0IAMAPCGCQA+hwkAQocJAE6PCQBUhwkARA8MAFmHCQCUhwkAlocJAOqHCQD7hwkAQIgJAE6ICQCWiAkAnYgJAOyICQD0iAkAQokJAEmJCQCYiQkAnYkJAO6JCQD9iQkARIoJAGSKCQCaigkApooJAPCKCQD2igkARosJAE6LCQCciwkAqIsJAPKLCQD/iwkASIwJAGOMCQCejAkArIwJAPSMCQD6jAkASo0JAE+NCQCgjQkArY0JAPaNCQAMjgkATI4JAFiOCQCijgkAr44JAPiOCQACjwkABFESAFOPCQCkjwkAqo8JAPqPCQAakAkAUJAJAF6QCQCmkAkAs5AJAPyQCQATkQkAUpEJAFqRCQCokQkAt5EJAP6RCQADkgkAVJIJAGGSCQCqkgkAtJIJAACTCQACkwkAVpMJAGSTCQCskwkAuZMJAAKUCQAOlAkAWJQJAF6UCQCulAkAtpQJAASVCQAKlQkAWpUJAGOVCQCwlQkAvZUJAAaWCQAQlgkAXJYJAGqWCQCylgkAyJYJAAiXCQAUlwkAXpcJAGaXCQBaURIAvpcJAAqYCQAQmAkAYJgJAGKYCQC2mAkAwJgJAAyZCQAYmQkAYpkJAHmZCQC4mQkAzJkJALBREgAcmgkAZJoJAGeaCQC6mgkAwpoJABCbCQAcmwkAZpsJAHSbCQC8mwkAxpsJABKcCQAdnAkAaJwJAHScCQC+nAkAxJwJABSdCQAcnQkAap0JAHedCQDAnQkAxZ0JABaeCQAgngkAbJ4JAHSeCQDCngkAyJ4JABifCQAhnwkAbp8JAHufCQDEnwkA0Z8JABqgCQAooAkAcKAJAH2gCQDGoAkA3aAJAByhCQAkoQkAcqEJAHehCQDIoQkAzqEJAB6iCQAmogkAdKIJAIqiCQDKogkA2KIJACCjCQAjowkAdqMJAIWjCQDMowkA0aMJACKkCQAvpAkAeKQJAIikCQDOpAkA3KQJACSlCQA7pQkAeqUJAIOlCQDQpQkA1qUJACamCQAypgkAfKYJAIOmCQAGUhIA3qYJACinCQAqpwkAfqcJAIinCQDUpwkA4KcJACqoCQAyqAkAXFISAIWoCQDWqAkA5agJACypCQBMqQkAgqkJAI6pCQDYqQkA3qkJAC6qCQA2qgkAhKoJAIWqCQDaqgkA4KoJADCrCQA1qwkAhqsJAKGrCQDcqwkA6qsJADKsCQA5rAkAiKwJAJSsCQDerAkA5KwJALJSEgA5rQkAiq0JAJStCQDgrQkA8a0JADauCQBCrgkAjK4JAI+uCQDirgkA5a4JADivCQBArwkAjq8JAJWvCQDkrwkA6a8JADqwCQBJsAkAkLAJALCwCQDmsAkA8rAJADyxCQBCsQkAkrEJAJqxCQDosQkA9bEJAD6yCQBDsgkAlLIJAJ6yCQDqsgkA8rIJAECzCQBQswkAlrMJAJuzCQDsswkA9bMJAEK0CQBPtAkAmLQJAJ+0CQAIUxIA87QJAES1CQBTtQkAmrUJALq1CQDwtQkA/LUJAEa2CQBMtgkAnLYJAKS2CQDytgkA/rYJAEi3CQBVtwkAnrcJAKW3CQD0twkA9bcJAEq4CQBPuAkAoLgJAK64CQD2uAkAA7kJAEy5CQBWuQkAXlMSAKe5CQD4uQkABboJAE66CQBbugkApLoJAKq6CQD6ugkABrsJAFC7CQBguwkAprsJAK+7CQD8uwkA/7sJAFK8CQBevAkAqLwJAK+8CQC0UxIAAL0JAFS9CQAFvQkAmpINAA69CQA+5Q0AZb0JAKq9CQCyvQkAAL4JAAq+CQBWvgkAZb4JAKy+CQCtvgkAAr8JAAq/CQBgVBIAYL8JALZUEgDMvwkABMAJANG/CQB+YxIA2L8JAPDgCQAMwAkAWsAJAGnACQCwwAkAtcAJAAbBCQATwQkAXMEJAGnBCQCywQkAvsEJAAjCCQAXwgkAXsIJAGjCCQC0wgkA18IJAArDCQBAwwkAYMMJAITDCQC2wwkAvsMJAA5WEgARxAkAYsQJAGjECQC4xAkAwMQJAGRWEgAcxQkAZMUJAH/FCQC6xQkAxsUJABDGCQAhxgkAZsYJAHrGCQC8xgkAxMYJABLHCQAYxwkAaMcJAHTHCQC+xwkAzscJABTICQAdyAkAasgJAG3ICQDAyAkAzMgJABbJCQAdyQkAulYSAHrJCQDCyQkAzMkJABBXEgAdygkAbsoJAHvKCQDEygkA0coJABrLCQAmywkAcMsJAH/LCQDGywkA0MsJABzMCQAqzAkAcswJAHfMCQDIzAkA1cwJAB7NCQAmzQkAZlcSAIDNCQDKzQkA2s0JACDOCQApzgkAds4JAHnOCQDMzgkA2M4JACLPCQApzwkAvFcSAIfPCQDOzwkA088JACTQCQAx0AkAetAJAIfQCQDQ0AkA1tAJACbRCQAy0QkAfNEJAIzRCQDS0QkA29EJACjSCQAr0gkAftIJAIrSCQDU0gkA29IJABJYEgAv0wkAgNMJAI3TCQDW0wkA9NMJACzUCQA41AkAgtQJAJXUCQDY1AkA5tQJAC7VCQAx1QkAhNUJAI7VCQDa1QkA6NUJADDWCQA91gkAhtYJAJ3WCQDc1gkA5NYJADLXCQA51wkAiNcJAI3XCQDe1wkA9NcJADTYCQA22AkAitgJAJjYCQDg2AkA7dgJAGhYEgA+2QkAvlgSAJHZCQDi2QkA79kJADjaCQBF2gkAjtoJAJraCQDk2gkA89oJADrbCQBE2wkAkNsJAJ7bCQDm2wkA69sJADzcCQBJ3AkAktwJAJrcCQAUWRIA9NwJAD7dCQBO3QkAlN0JAJ3dCQDq3QkA7d0JAEDeCQBM3gkAlt4JAJ3eCQBqWRIA+N4JAELfCQBS3wkAmN8JAFjfCQAGyw4Aod8JAO7fCQDx3wkAROAJAFDgCQCa4AkAoeAJAMBZEgD54AkATOQJAPrgCQBG4QkAVeEJAJzhCQBX4QkA9OIJAJ3hCQDy4QkADuIJAEjiCQCA4gkAnuIJANbiCQAWWhIA9+IJAErjCQBm4wkAoOMJANjjCQD24wkALuQJAGxaEgBZ5AkAouQJALDkCQD45AkAC+UJAE7lCQBq5QkApOUJANzlCQD65QkAMuYJAMJaEgBh5gkApuYJALLmCQD85gkABOcJABhbEgBX5wkAqOcJALDnCQD+5wkADegJAFToCQBZ6AkAqugJALfoCQAA6QkADekJAFbpCQBi6QkArOkJALvpCQAC6gkADOoJAFjqCQBg6gkAruoJALjqCQAE6wkACesJAFrrCQBi6wkAblsSAL/rCQAG7AkAwesJAF7tCQAH7AkAXOwJAHjsCQCy7AkA6uwJAAjtCQBA7QkAxFsSAGHtCQC07QkA0O0JAAruCQBC7gkAYO4JAJjuCQAaXBIAue4JAAzvCQAd7wkAYu8JAH7vCQC47wkA8O8JAA7wCQBG8AkAcFwSAHHwCQC68AkAxvAJABDxCQAf8QkAZvEJAHDxCQC88QkAxPEJAPxnCgDK8QkAEvIJABfyCQBo8gkAdfIJAL7yCQDG8gkAFPMJABrzCQBq8wkAJPMJAOBZCgB28wkAwPMJANDzCQAW9AkAH/QJAGz0CQBv9AkAwvQJAM70CQAY9QkAH/UJAMZcEgCR9QkAHF0SANL1CQAa9gkAMPYJAHD2CQB89gkAxvYJAM32CQAc9wkAIfcJAHL3CQB79wkAyPcJANL3CQByXRIAI/gJANRZDQAo+AkAdPgJACr4CQCw8QwAfvgJAMr4CQDL+AkAIPkJAC/5CQB2+QkAe/kJAMz5CQDZ+QkAIvoJAC/6CQB4+gkAhPoJAM76CQDd+gkAJPsJAC77CQB6+wkAiPsJAND7CQDV+wkAJvwJADP8CQB8/AkAffwJANL8CQDX/AkAKP0JAC39CQB+/QkAj/0JANT9CQD3/QkAKv4JADX+CQCA/gkAhf4JANb+CQDZ/gkALP8JADb/CQCC/wkAqv8JANj/CQD3/wkAHl4SADoACgCEAAoAhgAKANoACgDpAAoAMAEKADsBCgCGAQoAjgEKANwBCgDjAQoAMgIKADQCCgCIAgoAkgIKAN4CCgDgAgoANAMKAE0DCgCKAwoAjAMKAOADCgDjAwoANgQKAEIECgCMBAoAlAQKAHReEgDuBAoAOAUKAD4FCgCOBQoAqQUKAOQFCgDwBQoAOgYKAEAGCgCQBgoAmAYKAOYGCgDoBgoAPAcKAEYHCgCSBwoAmgcKAMpeEgD5BwoAPggKAEUICgCUCAoAnAgKAOoICgD3CAoAQAkKAEUJCgCWCQoAoAkKAOwJCgD0CQoAQgoKAFEKCgCYCgoAnQoKAO4KCgD7CgoARAsKAFELCgCaCwoApgsKAPALCgD/CwoARgwKAFAMCgCcDAoApAwKAPIMCgD8DAoASA0KAE0NCgCeDQoApg0KACBfEgAADgoASg4KAFoOCgCgDgoAqQ4KAPYOCgD5DgoATA8KAFgPCgCiDwoAqQ8KAHZfEgD+DwoAThAKAFQQCgCkEAoAqRAKAPoQCgAAEQoAzF8SAFYRCgCmEQoArBEKAPwRCgABEgoAfIcPAAkSCgBSEgoAVxIKAKgSCgCwEgoA/hIKACcTCgBUEwoAMhMKALgaCgB9EwoAqhMKANMTCgAAFAoAKxQKAFYUCgBeFAoArBQKALsUCgACFQoABxUKAFgVCgBlFQoArhUKALsVCgAEFgoAEBYKAFoWCgBpFgoAsBYKALoWCgAGFwoAFBcKAFwXCgBhFwoAshcKAL8XCgAIGAoAEBgKAF4YCgBkGAoAtBgKAMAYCgAKGQoAGhkKAGAZCgBpGQoAthkKALkZCgAMGgoAGBoKAGIaCgBpGgoAImASAOEaCgAOGwoAORsKAGQbCgBsGwoAuhsKAMkbCgAQHAoAFRwKAGYcCgBzHAoAvBwKAMkcCgASHQoAHh0KAGgdCgB3HQoAvh0KAMgdCgAUHgoAIh4KAGoeCgBvHgoAwB4KAM0eCgAWHwoAHh8KAGwfCgByHwoAwh8KAM4fCgAYIAoAKCAKAG4gCgB3IAoAxCAKAMcgCgAaIQoAJiEKAHAhCgB3IQoAeGASAMghCgBGlw8A1CEKABwiCgApIgoAciIKAH4iCgDIIgoAziIKAB4jCgAkIwoAdCMKAHkjCgDKIwoA0CMKAM5gEgBGJAoAdiQKAJwkCgDMJAoAACUKACIlCgBLJQoAeCUKAKMlCgB6YRIA2iUKACQmCgDcJQoAJlQLAC4mCgB6JgoAlCYKANAmCgDTJgoAEHIKAN8mCgAmJwoAKycKAHwnCgCJJwoA0icKAN8nCgAoKAoANCgKAH4oCgCNKAoA1CgKAN4oCgAqKQoANikKAIApCgCTKQoA1ikKAOUpCgAsKgoAOCoKAIIqCgCDKgoA2CoKAOIqCgAuKwoAPCsKAIQrCgCJKwoA2isKAOcrCgDQYRIANSwKAIYsCgCTLAoA3CwKAOksCgAyLQoAPi0KAIgtCgCXLQoA3i0KAOgtCgA0LgoAQi4KAIouCgCPLgoA4C4KAO0uCgA2LwoAPi8KANJiEgCYLwoA4i8KAPIvCgA4MAoAQTAKAI4wCgCRMAoA5DAKAPAwCgA6MQoAQTEKAChjEgCTMQoA5jEKAO4xCgA8MgoASDIKAJIyCgCYMgoA6DIKAO4yCgA+MwoAQzMKAJQzCgCaMwoA1GMSABM0CgBANAoAaTQKAJY0CgC6NAoAgGQSAPI0CgAAbAsA/zQKAEI1CgBRNQoAmDUKAKQ1CgDuNQoA7zUKAEQ2CgBONgoAmjYKAKg2CgDwNgoA9TYKAEY3CgBTNwoA1mQSAL83CgAsZRIAGzgKAEg4CgBxOAoAnjgKAMI4CgCCZRIAAjkKAEo5CgBPOQoAoDkKAK05CgD2OQoA/jkKAEw6CgBSOgoAojoKAK46CgD4OgoACDsKAE47CgBXOwoApDsKAKc7CgD6OwoANTwKAFA8CgBcPAoA2GUSAKw8CgD8PAoAFT0KAFI9CgBgPQoAqD0KALU9CgD+PQoABT4KAFQ+CgBdPgoAqj4KALc+CgAAPwoAFz8KAFY/CgBZPwoArD8KAK4/CgACQAoAC0AKAFhACgBoQAoArkAKAMdACgAEQQoABkEKAFpBCgBjQQoAsEEKALhBCgAGQgoACEIKAFxCCgB1QgoAskIKAMlCCgAIQwoAFEMKAF5DCgBvQwoAtEMKAMBDCgAKRAoAFUQKAGBECgBtRAoAtkQKAMBECgAuZhIAH0UKAGJFCgBwRQoAuEUKAJ9FCgAeTgoA9EUKAA5GCgAbRgoAZEYKAGxGCgC6RgoAwEYKABBHCgAcRwoAZkcKAHFHCgC8RwoAxUcKABJICgAVSAoAaEgKAGpICgC+SAoAxUgKABRJCgAWSQoAhGYSAG1JCgDASQoAzkkKABZKCgAbSgoAbEoKAHlKCgDCSgoAzkoKABhLCgAgSwoA2mYSAHxLCgDESwoA1EsKABpMCgAoTAoAcEwKAHlMCgDGTAoA0EwKABxNCgAeTQoAck0KAHxNCgDITQoAyk0KADBnEgAjTgoAdE4KAHxOCgDKTgoA0E4KACBPCgAsTwoAdk8KAIVPCgDMTwoA1U8KACJQCgAlUAoAeFAKAHpQCgDOUAoA1VAKACRRCgAmUQoAhmcSAH9RCgDQUQoA7FEKACZSCgBCUgoA3GcSAIlSCgA8igsAi1IKANJSCgDXUgoAKFMKADVTCgB+UwoAi1MKANRTCgDaUwoAKlQKADZUCgCAVAoAkFQKANZUCgDfVAoALFUKAC9VCgCCVQoAjlUKANhVCgDfVQoAMmgSAD1WCgCEVgoAiVYKANpWCgDnVgoAMFcKAD1XCgCGVwoAjFcKANxXCgDoVwoAMlgKAEJYCgCIWAoAkVgKAN5YCgDhWAoANFkKAEBZCgCKWQoAkVkKAIhoEgDiWQoANloKAERaCgCMWgoAnVoKAN5oEgDpWgoANGkSAEBbCgCKaRIAk1sKAORbCgDxWwoAOlwKAEdcCgCQXAoAnFwKAOZcCgD1XAoAPF0KAEZdCgCSXQoAoF0KAOhdCgDtXQoAPl4KAEteCgCUXgoAnF4KAOBpEgD2XgoAQF8KAFBfCgCWXwoAn18KAOxfCgDvXwoAQmAKAE5gCgCYYAoAn2AKADZqEgDwYAoARGEKAFJhCgCaYQoAq2EKAIxqEgD3YQoA4moSAE5iCgA4axIAoWIKAPJiCgD/YgoASGMKAFVjCgCeYwoAqmMKAPRjCgADZAoASmQKAFRkCgCgZAoArmQKAPZkCgD7ZAoATGUKAFllCgCiZQoAqmUKAI5rEgAEZgoATmYKAF5mCgCkZgoArWYKAPpmCgD9ZgoAUGcKAFxnCgCmZwoArWcKAORrEgAGaAoAUmgKAGBoCgCoaAoAvmgKAP5oCgAKaQoAVGkKAFtpCgCqaQoAsmkKAABqCgAFagoAVmoKAF9qCgCsagoAtmoKADpsEgAYawoAWGsKAGRrCgCuawoAtWsKAARsCgAMbAoAWmwKAF9sCgCwbAoAuWwKAAZtCgAQbQoAkGwSAGFtCgDeXg0AaG0KAPi7CgBrbQoAsm0KAIZtCgD+TxMAt20KAAhuCgAVbgoAXm4KAGtuCgC0bgoAwG4KAApvCgAZbwoAYG8KAGpvCgC2bwoAxG8KAAxwCgAZcAoAYnAKAHlwCgC4cAoAwHAKAA5xCgAYcQoAZHEKAGlxCgC6cQoAwnEKAOZsEgAVcgoAZnIKAHVyCgC8cgoA3HIKABJzCgAecwoAaHMKAHJzCgC+cwoAyHMKABR0CgAidAoAanQKAIB0CgDAdAoAzHQKABZ1CgAbdQoAbHUKAHV1CgDCdQoAzHUKABh2CgAkdgoAbnYKAIF2CgDEdgoA03YKABp3CgAmdwoAcHcKAHF3CgDGdwoA0HcKABx4CgAqeAoAcngKAHd4CgDIeAoA1XgKAJJtEgAseQoAdHkKAIp5CgDKeQoA1nkKACB6CgAnegoAdnoKAH56CgDMegoA0XoKACJ7CgArewoAeHsKAIJ7CgCUbhIA03sKACR8CgAsfAoAenwKAH18CgDQfAoA2XwKACZ9CgA1fQoAfH0KAId9CgDSfQoA2n0KACh+CgA4fgoAfn4KAIx+CgDUfgoA5X4KACp/CgA2fwoAgH8KAIh/CgDqbhIA3H8KACyACgA0gAoAgoAKAImACgDYgAoA5oAKAC6BCgA0gQoAhIEKAJCBCgDagQoA6YEKADCCCgA6ggoAhoIKAIuCCgDcggoA4oIKADKDCgBGgwoAQG8SAJmDCgDegwoA6oMKADSECgA6hAoAioQKAJCECgDghAoA5YQKADaFCgA8hQoAlm8SAJGFCgDihQoA84UKADiGCgBAhgoAjoYKAESGCgAcowoARoYKADg8EACYhgoA5IYKAPKGCgA6hwoAUIcKAJCHCgCchwoA5ocKAO2HCgA8iAoARIgKAJKICgCXiAoA6IgKAPGICgA+iQoASIkKAJSJCgCciQoA6okKAO6JCgBAigoAS4oKAJaKCgCkigoA7IoKAP2KCgBCiwoATosKAJiLCgCgiwoA7G8SAPCLCgBEjAoAUowKAJqMCgCkjAoA8IwKAP6MCgBGjQoAU40KAJyNCgCzjQoA8o0KAPqNCgBIjgoAWI4KAJ6OCgCjjgoA9I4KAPqOCgBKjwoAUo8KAKCPCgCijwoA9o8KAAOQCgBMkAoAVJAKAKKQCgCnkAoA+JAKAPmQCgBOkQoAWpEKAKSRCgCxkQoA+pEKAAKSCgBQkgoAX5IKAKaSCgCrkgoA/JIKAAmTCgBSkwoAX5MKAKiTCgC0kwoA/pMKAA2UCgBUlAoAXpQKAKqUCgC4lAoAAJUKAAWVCgBWlQoAY5UKAEJwEgCvlQoAApYKAAqWCgBYlgoAZZYKAK6WCgCzlgoABJcKAA6XCgBalwoAYpcKALCXCgCylwoABpgKACGYCgBcmAoAXpgKALKYCgDAmAoACJkKABmZCgBemQoAYJkKALSZCgDNmQoACpoKABuaCgBgmgoAbJoKAJhwEgC+mgoADJsKABKbCgBimwoAbpsKALibCgDVmwoADpwKABecCgBknAoAcJwKALqcCgC9nAoAEJ0KABqdCgBmnQoAbp0KALydCgDGnQoAEp4KACCeCgBongoAfp4KAL6eCgDKngoAFJ8KABufCgBqnwoAcp8KAMCfCgDFnwoAFqAKAB+gCgBsoAoAdqAKAMKgCgDKoAoAGKEKABqhCgBuoQoAfqEKAMShCgDOoQoAGqIKACaiCgBwogoAdqIKAMaiCgDOogoA7nASACKjCgByowoAeKMKAMijCgDNowoAHqQKACSkCgBEcRIAgqQKAMqkCgDgpAoAIKUKACylCgB2pQoAe6UKAMylCgDVpQoAIqYKACymCgB4pgoAm6YKAM6mCgDSpgoAJKcKAN2mCgB8qAoAJqcKAHqnCgCIpwoA0KcKANqnCgAmqAoASqgKAEZyEgCCqAoA0qgKAN6oCgAoqQoAKqkKAH6pCgCIqQoA1KkKAOCpCgAqqgoATqoKAJxyEgCEqgoA1qoKAI+qCgAurAoA2KoKACyrCgA6qwoAgqsKAIyrCgDYqwoA/KsKAPJyEgA0rAoAhKwKAJCsCgDarAoA3KwKADCtCgA6rQoAhq0KAJKtCgDcrQoAAK4KAEhzEgBPrgoAiK4KAJGuCgDergoA7K4KADSvCgA6rwoAiq8KAJavCgDgrwoA6K8KAJ5zEgA9sAoAjLAKAKWwCgDisAoA8bAKADixCgBAsQoAjrEKAJ2xCgDksQoA6bEKADqyCgBHsgoAkLIKAJ2yCgDmsgoA8rIKADyzCgBLswoAkrMKAJyzCgDoswoA9rMKAD60CgBDtAoAlLQKAKG0CgD0cxIA67QKANotCwADtQoAQLUKAEq1CgCWtQoAmLUKAOy1CgD6tQoAQrYKAE+2CgCYtgoAoLYKAO62CgAatwoARLcKAEu3CgCatwoAs7cKAPC3CgD/twoARrgKAE64CgCcuAoAq7gKAPK4CgD3uAoASLkKAFW5CgCeuQoAq7kKAPS5CgAAugoASroKAFm6CgCgugoAqroKAPa6CgAEuwoATLsKAFG7CgCiuwoAr7sKAEp0EgALvAoATrwKAF28CgCkvAoAsLwKAPq8CgAGvQoAUL0KAFe9CgCmvQoAsr0KAPy9CgADvgoAUr4KAFq+CgCovgoArL4KAP6+CgAJvwoAVL8KAGC/CgCqvwoAt78KAADACgAIwAoAVsAKAGDACgCswAoAssAKAALBCgAWwQoAWMEKAGbBCgCuwQoAu8EKAATCCgAbwgoAWsIKAGLCCgCwwgoAusIKAAbDCgALwwoAXMMKAGTDCgCywwoAwcMKAAjECgANxAoAXsQKAGvECgC0xAoAwcQKAArFCgAWxQoAYMUKAG/FCgC2xQoAwMUKAKB0EgAUxgoAYsYKAHHGCgC4xgoAvcYKAA7HCgAXxwoAZMcKAHXHCgC6xwoAwccKABDICgAYyAoAZsgKAHPICgC8yAoAwcgKABLJCgAcyQoAaMkKAHDJCgC+yQoA18kKABTKCgAgygoAasoKAHLKCgD2dBIAz8oKABbLCgAzywoAbMsKAHXLCgDCywoA0MsKABjMCgAezAoAbswKAHrMCgDEzAoAy8wKABrNCgAizQoAcM0KAIDNCgDGzQoAzM0KABzOCgAhzgoAcs4KAIjOCgDIzgoA0M4KAB7PCgAozwoAdM8KAH/PCgDKzwoA1s8KACDQCgAo0AoATHUSAIPQCgDM0AoA09AKACLRCgAu0QoAeNEKAH7RCgDO0QoA39EKACTSCgA40goAetIKAIjSCgDQ0goA3dIKACbTCgA90woAfNMKAITTCgDS0woA2dMKACjUCgAq1AoAftQKAIjUCgDU1AoA1tQKACrVCgBD1QoAgNUKAILVCgDW1QoA2dUKACzWCgA41goAgtYKALDWCgCidRIA59YKAC7XCgBL1woAhNcKAI3XCgDa1woA6NcKADDYCgA22AoAhtgKAJLYCgDc2AoA5NgKAPh1EgA62QoAiNkKAI7ZCgDe2QoA6tkKADTaCgA32goAitoKAI/aCgDg2goA6doKADbbCgA82woAjNsKAJvbCgDi2woA7tsKADjcCgBA3AoATnYSAJTcCgDk3AoA6dwKADrdCgBQ3QoAkN0KAJjdCgDm3QoA9N0KADzeCgBG3goAkt4KAJXeCgDo3goA8N4KAD7fCgA/3woAlN8KAJrfCgDq3woA+N8KAEDgCgBW4AoAluAKAJjgCgDs4AoA8uAKAELhCgBW4QoAmOEKAKDhCgDu4QoA/uEKAETiCgBG4goAmuIKAKniCgDw4goA+uIKAEbjCgBL4woAnOMKAKLjCgDy4woABuQKAEjkCgBQ5AoAnuQKAKPkCgD05AoA+uQKAErlCgBS5QoAoOUKAKPlCgD25QoA++UKAEzmCgBV5goAouYKAKjmCgD45goAB+cKAE7nCgBa5woApHYSALDnCgD65woADegKAFDoCgBs6AoApugKAK7oCgD6dhIACukKAFLpCgBo6QoAqOkKALTpCgD+6QoAA+oKAFTqCgBd6goAquoKALTqCgAA6woACOsKAFbrCgBY6woArOsKALvrCgAC7AoAH+wKAFjsCgBh7AoAruwKALzsCgAE7QoACu0KAFrtCgBo7QoAsO0KAL3tCgAG7goAHe4KAFzuCgBk7goAsu4KALTuCgAI7woAEO8KAF7vCgBt7woAtO8KALnvCgAK8AoAF/AKAGDwCgBt8AoAtvAKAMLwCgAM8QoAG/EKAGLxCgBs8QoAuPEKAMbxCgAO8goAE/IKAGTyCgBx8goAUHcSAMTyCgAQ8woAEvMKAGbzCgBt8woAvPMKAMPzCgAS9AoAGPQKAGj0CgB29AoAvvQKAMv0CgAU9QoAJPUKAGr1CgBv9QoAwPUKAMj1CgAW9goA3PUKAJRgCwAi9goAbPYKAG72CgBy+QoAefYKAML2CgDH9goAGPcKACL3CgBu9woAfvcKAMT3CgDJ9woAGvgKACP4CgBw+AoAffgKAMb4CgDN+AoAHPkKACT5CgCmdxIAgPkKAMj5CgDg+QoAHvoKACD6CgB0+goAi/oKAMr6CgDM+goAIPsKAC77CgB2+woAg/sKAMz7CgDU+woA/HcSACX8CgB4/AoAOfwKAIaxDACB/AoAzvwKANz8CgDOJwsA3fwKACT9CgAv/QoAev0KAIL9CgDQ/QoA2/0KACb+CgAr/goAfP4KAH/+CgDS/goA3P4KAFJ4EgAu/woAfv8KADL/CgA0OA8Amf8KANT/CgDg/woAKgALADAACwCAAAsAiAALANYACwDsAAsALAELADoBCwCCAQsAhQELANgBCwDxAQsALgILADoCCwCEAgsAjwILANoCCwDcAgsAMAMLAEsDCwCGAwsAlAMLANwDCwDpAwsAMgQLAEkECwCoeBIAigQLAI46DwCeBAsA3gQLAN8ECwA0BQsAOQULAIoFCwCQBQsA4AULAOIFCwA2BgsAPAYLAIwGCwCgBgsA4gYLAOoGCwA4BwsASAcLAI4HCwCQBwsA5AcLAPIHCwA6CAsASwgLAP54EgCWCAsA5ggLAPIICwBUeRIAPgkLAJIJCwCjCQsA6AkLAPAJCwA+CgsARwoLAJQKCwCbCgsA6goLAOsKCwCqeRIATAsLAJYLCwCYCwsA7AsLAPMLCwBCDAsASgwLAJgMCwChDAsA7gwLAPUMCwBEDQsARQ0LAAB6EgCfDQsA8A0LAPgNCwBGDgsAUA4LAJwOCwCqDgsA8g4LAAgPCwBIDwsAVA8LAJ4PCwCjDwsA9A8LAP0PCwBKEAsAVBALAFZ6EgChEAsA9hALAP4QCwBSlwwADhELAEwRCwBZEQsAohELAK4RCwD4EQsAAhILAE4SCwBSEgsApBILAKkSCwD6EgsAABMLAFATCwBwEwsAphMLAL4TCwD8EwsAExQLAFIUCwBeFAsAqBQLALIUCwD+FAsAABULAFQVCwBbFQsAqhULALEVCwAAFgsABhYLAFYWCwBiFgsArBYLAK8WCwACFwsABRcLAFgXCwBkFwsArhcLALEXCwAEGAsAIBgLAFoYCwBiGAsArHoSALwYCwAGGQsAEBkLAFwZCwBeGQsAshkLALkZCwAIGgsADxoLAF4aCwBkGgsAtBoLAMIaCwAKGwsAFxsLAGAbCwBwGwsAthsLALsbCwAMHAsAFBwLAGIcCwByHAsAuBwLAL0cCwAOHQsAFB0LAGQdCwBsHQsAAnsSAMAdCwAQHgsAGB4LAGYeCwBpHgsAvB4LAMgeCwASHwsAGB8LAGgfCwCDHwsAvh8LAMwfCwAUIAsAIyALAGogCwB2IAsAwCALAMggCwCuexIAGyELAGwhCwB2IQsAwiELAMohCwAYIgsAOCILAG4iCwB7IgsAxCILAMkiCwAaIwsAHiMLAHAjCwB9IwsABHwSAMsjCwAcJAsAHyQLAHIkCwB8JAsAyCQLANQkCwAeJQsAMSULAHQlCwCDJQsAyiULANYlCwAgJgsAISYLAHYmCwCAJgsAzCYLANomCwAiJwsAJycLAHgnCwCFJwsAWnwSANgnCwAkKAsAJigLAHooCwCTKAsA0CgLAOEoCwAmKQsAMikLAHwpCwCEKQsAXH0SANkpCwAoKgsALyoLAH4qCwCEKgsA1CoLAOAqCwAqKwsALSsLAIArCwCDKwsA1isLAN4rCwAsLAsAPCwLAIIsCwCHLAsA2CwLAOEsCwAuLQsAOy0LAIQtCwCLLQsAsn0SAOYtCwAwLgsAPS4LAIYuCwCOLgsA3C4LAOYuCwAyLwsAQS8LAIgvCwCJLwsA3i8LAOYvCwA0MAsAQzALAIowCwCPMAsA4DALAO0wCwA2MQsAQzELAIwxCwCYMQsA4jELAPExCwA4MgsAQjILAI4yCwCcMgsA5DILAOkyCwA6MwsARzMLAJAzCwCYMwsA5jMLAPAzCwA8NAsAQTQLAJI0CwCaNAsACH4SAPY0CwA+NQsASjULAJQ1CwCaNQsA6jULAPA1CwBANgsARTYLAJY2CwCcNgsAXn4SAPg2CwBCNwsASDcLAJg3CwCeNwsA7jcLAPs3CwBEOAsASTgLAJo4CwCiOAsA8DgLAA45CwBgfxIARzkLAJw5CwChOQsA8jkLAPg5CwBIOgsASjoLAJ46CwCkOgsA9DoLAAg7CwBKOwsAUjsLAKA7CwCwOwsA9jsLAPg7CwBMPAsAWjwLAKI8CwCzPAsAtn8SAP48CwBOPQsAWj0LAAyAEgCxPQsA+j0LAAI+CwBQPgsAXT4LAKY+CwCoPgsA/D4LABI/CwBSPwsAXj8LAKg/CwCwPwsAuIASAApACwBUQAsAV0ALAKpACwCvQAsAAEELABFBCwBWQQsAX0ELAKxBCwC2QQsAAkILABBCCwBYQgsAXUILAK5CCwC7QgsADoESABBDCwBaQwsAZ0MLALBDCwCyQwsABkQLABxECwBcRAsAaEQLALJECwC6RAsAZIESAA1FCwBeRQsAZEULALRFCwC8RQsACkYLAA1GCwBgRgsAbEYLALZGCwC8RgsADEcLACdHCwBiRwsAb0cLALhHCwC6RwsADkgLACRICwBkSAsAcEgLALpICwDCSAsAuoESABZJCwBmSQsAa0kLALxJCwDXSQsAEkoLACBKCwBoSgsAb0oLAL5KCwDKSgsAFEsLABtLCwAQghIAdUsLAMBLCwDISwsAFkwLACFMCwBsTAsAcUwLAMJMCwDFTAsAGE0LACJNCwBuTQsAdk0LAMRNCwDSTQsAGk4LAB1OCwBwTgsAeE4LAMZOCwDmTgsAHE8LAClPCwByTwsAd08LAMhPCwDMTwsAHlALACtQCwBmghIAlFALAMpQCwDTUAsAIFELACFRCwB2UQsAflELAMxRCwDcUQsAIlILACRSCwB4UgsAhlILAM5SCwDfUgsAvIISACpTCwB6UwsAhlMLABKDEgDXUwsAaIMSACtUCwB8VAsAllQLANJUCwDhVAsAKFULADNVCwB+VQsAgFULANRVCwDhVQsAKlYLADdWCwCAVgsAjFYLANZWCwDnVgsALFcLAC9XCwCCVwsAnFcLANhXCwDhVwsALlgLADtYCwCEWAsAilgLANpYCwDmWAsAMFkLADNZCwCGWQsAi1kLANxZCwDtWQsAMloLAE1aCwCIWgsAlFoLAN5aCwDlWgsANFsLADZbCwCKWwsAkVsLAOBbCwDnWwsANlwLADxcCwCMXAsAmFwLAOJcCwDlXAsAOF0LADtdCwCOXQsAml0LAORdCwD3XQsAOl4LAEleCwCQXgsAnF4LAOZeCwDnXgsAPF8LAEZfCwCSXwsAoF8LAOhfCwDtXwsAPmALAEtgCwC+gxIAnGALABSEEgDsYAsAQGELAFZhCwCWYQsAomELAOxhCwD0YQsAaoQSAEhiCwCYYgsAoGILAO5iCwDxYgsARGMLAFBjCwCaYwsAoGMLAPBjCwALZAsARmQLAFRkCwCcZAsAq2QLAPJkCwD+ZAsASGULAFBlCwDAhBIAo2ULAPRlCwD+ZQsASmYLAFJmCwCgZgsAwGYLAPZmCwADZwsATGcLAFFnCwCiZwsApmcLAPhnCwAFaAsAFoUSAHFoCwBshRIAqWgLAPpoCwAJaQsAUGkLAHBpCwCmaQsAsmkLAPxpCwAGagsAUmoLAF5qCwCoagsArmoLAP5qCwAEawsAVGsLAFlrCwCqawsAsGsLAMKFEgAGbAsAVmwLAFtsCwCsbAsAsmwLAG6GEgAFbQsAWG0LAGJtCwCubQsAsG0LAARuCwAdbgsAWm4LAGtuCwCwbgsAvm4LAAZvCwAJbwsAXG8LAGdvCwCybwsAum8LAAhwCwAKcAsAXnALAGZwCwC0cAsAwXALAApxCwAWcQsAYHELAGRxCwC2cQsAvnELAAxyCwAbcgsAYnILAGdyCwC4cgsAxXILAA5zCwAbcwsAZHMLAHBzCwC6cwsAyXMLABB0CwAadAsAZnQLAHR0CwC8dAsAwXQLABJ1CwAfdQsAxIYSAHB1CwAahxIAwnULABx6CwDKdQsAFHYLABp2CwBqdgsAcHYLAMB2CwDNdgsAFncLABt3CwBsdwsAdHcLAMJ3CwDrdwsAGHgLAPZ3CwDEeAsAPngLABp5CwBBeAsAbngLAJd4CwBwhxIA7XgLAMaHEgBAeQsAcHkLAKR5CwDGeQsA73kLAByIEgAqegsAcnoLAH96CwDIegsA1HoLAB57CwAkewsAdHsLAHp7CwDKewsAz3sLACB8CwAmfAsAcogSAJx8CwB4fQsAn3wLAMx8CwD1fAsAHokSAEt9CwB0iRIAnn0LAM59CwACfgsAJH4LAE1+CwDKiRIAhH4LANB+CwDVfgsAJn8LAC5/CwAgihIAgX8LANJ/CwDbfwsAKIALADWACwB+gAsAhYALAHaKEgDcgAsAzIoSAD2BCwCAgQsAjIELANaBCwDlgQsALIILADWCCwCCggsAjIILANiCCwDaggsALoMLAEeDCwCEgwsAlYMLANqDCwDmgwsAMIQLADiECwAiixIAlIQLANyECwDthAsAMoULAD6FCwCIhQsAkIULAHiLEgDjhQsANIYLAD6GCwCKhgsAkoYLAOCGCwDwhgsANocLADuHCwCMhwsAlYcLAOKHCwDvhwsAOIgLAD+ICwDOixIAlIgLAPjwDwCbiAsA5IgLAKGICwBGwA4A6YgLADqJCwBGiQsAkIkLAJ2JCwDmiQsA8IkLACSMEgBBigsAkooLAJ6KCwDoigsA9YoLAD6LCwBIiwsAlIsLALCLCwDqiwsA8osLAHqMEgBFjAsAlowLAJ6MCwDsjAsA74wLAEKNCwBLjQsAmI0LAKeNCwDujQsA+Y0LAESOCwBMjgsAmo4LAKqOCwDwjgsA/o4LAEaPCwBXjwsAnI8LAKiPCwDyjwsA+o8LANCMEgBOkAsAnpALAKaQCwD0kAsA+5ALAEqRCwBYkQsAoJELAKaRCwD2kQsAApILAEySCwBbkgsAopILAKySCwD4kgsA/ZILAE6TCwBUkwsApJMLALiTCwD6kwsAApQLAFCUCwBulAsAppQLAK6UCwAmjRIABJULAHyNEgBalQsAqJULAMGVCwD+lQsAB5YLAFSWCwBklgsAqpYLALqWCwAAlwsADJcLAFaXCwBclwsArJcLALqXCwACmAsAD5gLAFiYCwBvmAsArpgLALaYCwAEmQsADpkLAFqZCwBomQsAsJkLAMaZCwAGmgsAEpoLAFyaCwBjmgsAspoLALqaCwAImwsADZsLAF6bCwBnmwsAtJsLAL6bCwAKnAsAEpwLAGCcCwBinAsAtpwLAMacCwAMnQsAFp0LAGKdCwBunQsAuJ0LAL6dCwAOngsAFp4LACiOEgBmngsAup4LAMueCwAQnwsALJ8LAGafCwBunwsAfo4SAM2fCwASoAsAI6ALAGigCwBwoAsAvqALANegCwAUoQsAGqELAGqhCwBvoQsAwKELAOChCwAWogsAIqILAGyiCwByogsAwqILAMqiCwAYowsAJ6MLAG6jCwBzowsAxKMLANGjCwAapAsAJ6QLAHCkCwB8pAsAxqQLANWkCwAcpQsAJqULAHKlCwCApQsAyKULAM2lCwAepgsAK6YLAHSmCwB3pgsAyqYLANKmCwAgpwsAIqcLAHanCwB8pwsAzKcLANinCwAiqAsAKqgLANSOEgB9qAsAzqgLANKoCwAkqQsAMakLACqPEgCCqQsAgI8SANapCwAmqgsAPaoLAHyqCwCFqgsA0qoLAOiqCwAoqwsANKsLAH6rCwCLqwsA1KsLAN6rCwAqrAsAMqwLAICsCwC+rAsA1qwLAP+sCwAsrQsANK0LAIKtCwClrQsA1o8SAOetCwAurgsA7q0LABLLCwAzrgsAhK4LAJGuCwDargsA564LADCvCwA8rwsAhq8LAJWvCwDcrwsA5q8LADKwCwBAsAsAiLALAI2wCwDesAsA67ALADSxCwBYsQsAirELAJKxCwAskBIA6bELADayCwA5sgsAjLILAJayCwDisgsA6rILADizCwBRswsAjrMLAJqzCwDkswsA7LMLAIKQEgBKtAsAkLQLAJi0CwDmtAsA8LQLADy1CwBQtQsAkrULAJO1CwDotQsA9LULAD62CwBGtgsA2JASAKe2CwDqtgsA67YLAEC3CwBMtwsAlrcLAKW3CwDstwsA9rcLAEK4CwBFuAsAmLgLAKC4CwDuuAsA77gLAES5CwBGuQsAmrkLAKC5CwDwuQsA8rkLAEa6CwBcugsAnLoLAKi6CwDyugsA/LoLAEi7CwBUuwsAnrsLAKS7CwD0uwsA/LsLAEq8CwBzvAsAoLwLAKi8CwD2vAsAAL0LAEy9CwBRvQsAor0LAKq9CwD4vQsAEb4LAE6+CwBavgsApL4LAKy+CwAukRIABr8LAFC/CwBTvwsApr8LAKu/CwD8vwsABcALAFLACwBYwAsAqMALALfACwD+wAsACsELAFTBCwBpwQsAqsELALLBCwAAwgsADcILAAzICwAZwgsAVsILAFvCCwCswgsAscILAALDCwATwwsAWMMLAGDDCwCuwwsAZMMLAFzFCwDFwwsABMQLABLECwBaxAsAdcQLALDECwC8xAsABsULABPFCwCEkRIAXsULALLFCwC/xQsACMYLABDGCwBexgsAdcYLALTGCwDCxgsACscLACXHCwBgxwsAbMcLALbHCwDDxwsA2pESABXICwBiyAsAc8gLALjICwDJyAsADskLABbJCwBkyQsAe8kLALrJCwDIyQsAEMoLACvKCwBmygsAcsoLALzKCwDJygsAMJISACbLCwBoywsAa8sLAL7LCwDbywsAFMwLACXMCwBqzAsAjswLAMDMCwDIzAsAhpISAB/NCwBszQsAb80LAMLNCwDMzQsAGM4LACDOCwBuzgsAh84LAMTOCwDQzgsAGs8LACLPCwDckhIAgM8LAMbPCwDOzwsAHNALACbQCwBy0AsAhtALAMjQCwDJ0AsAHtELACrRCwB00QsAfNELADKTEgDe0QsAINILACPSCwB20gsAk9ILAMzSCwDd0gsAItMLADDTCwB40wsAjdMLAM7TCwDW0wsAJNQLADHUCwCA1wsAPdQLAHrUCwB/1AsA0NQLANXUCwAm1QsAN9ULAHzVCwCE1QsA0tULAOnVCwAo1gsANtYLAH7WCwCZ1gsA1NYLAODWCwAq1wsAN9cLAIiTEgCJ1wsA1tcLAOfXCwAs2AsAPdgLAILYCwCK2AsA2NgLAO/YCwAu2QsAPNkLAITZCwCf2QsA2tkLAObZCwAw2gsAPdoLAN6TEgCa2gsA3NoLAN/aCwAy2wsAT9sLAIjbCwCZ2wsA3tsLAOzbCwA03AsASdwLAIrcCwCS3AsA4NwLAO3cCwDs4gsA+dwLADbdCwA73QsAjN0LAJHdCwDi3QsA890LADjeCwBA3gsAjt4LAETeCwA84AsApd4LAOTeCwDy3gsAOt8LAFXfCwCQ3wsAnN8LAObfCwDz3wsANJQSAD7gCwCS4AsAn+ALAOjgCwDw4AsAPuELAFXhCwCU4QsAouELAOrhCwAF4gsAQOILAEziCwCW4gsAo+ILAIqUEgD14gsAQuMLAFPjCwCY4wsAqeMLAO7jCwD24wsAROQLAFvkCwCa5AsAqOQLAPDkCwAL5QsARuULAFLlCwCc5QsAqeULAOCUEgD75QsASOYLAFnmCwCe5gsAquYLAPTmCwAB5wsASucLAE/nCwCg5wsAqucLAPbnCwAG6AsATOgLAFHoCwCi6AsAq+gLAPjoCwAF6QsATukLAFXpCwCk6QsAsOkLAPrpCwAA6gsAUOoLAFbqCwCm6gsAq+oLAPzqCwAC6wsANpUSAFfrCwCo6wsAsOsLAP7rCwAU7AsAVOwLAFnsCwCq7AsAsewLAADtCwAJ7QsAVu0LAGftCwCs7QsAuO0LAALuCwAK7gsAOJYSAFruCwCu7gsAxO4LAATvCwAQ7wsAWu8LAGHvCwCw7wsAuO8LAI6WEgAL8AsAXPALAGPwCwCy8AsAu/ALAAjxCwAZ8QsAXvELAGrxCwC08QsAvPELAOSWEgAM8gsAYPILAHbyCwC28gsAwvILAAzzCwAT8wsAYvMLAGrzCwA6lxIAvfMLAA70CwAV9AsAZPQLAG30CwC69AsAy/QLABD1CwAc9QsAZvULAG71CwCQlxIAvvULABL2CwAh9gsAaPYLAIj2CwC+9gsAwPYLABT3CwAr9wsAavcLAHb3CwDA9wsAyPcLADyYEgAb+AsAbPgLAG74CwDC+AsAyfgLABj5CwAg+QsAbvkLAHf5CwDE+QsAyvkLABr6CwAr+gsAcPoLAHj6CwDomBIA0voLABz7CwAf+wsAcvsLAHf7CwDI+wsA2fsLAB78CwA5/AsAdPwLAID8CwDK/AsA0vwLAD6ZEgA2/QsAdv0LAHf9CwDM/QsA0f0LACL+CwAo/gsAeP4LAIL+CwDO/gsA1v4LACT/CwA2/wsAlJkSAIf/CwDQ/wsA2v8LACYADAAsAAwAfAAMAJAADADSAAwA2gAMACgBDAA4AQwAfgEMAIMBDADUAQwA2gEMACoCDAAyAgwAgAIMAIECDADWAgwA2AIMACwDDAA7AwwAggMMAKIDDADYAwwA2gMMAC4EDABFBAwAhAQMAJAEDADaBAwA4gQMAOqZEgA4BQwAhgUMAJ8FDADcBQwA5QUMADIGDAA8BgwAiAYMAJAGDADeBgwA7gYMADQHDAA5BwwAigcMAJMHDADgBwwA7QcMADYIDAA9CAwAjAgMAJQIDACWmhIA7AgMADgJDABACQwAjgkMAJwJDADkCQwA8QkMADoKDABCCgwAkAoMAJIKDADmCgwA7goMADwLDAA9CwwAkgsMAJQLDADoCwwA9wsMAD4MDABeDAwAlAwMAJYMDADqDAwAAQ0MAEANDABMDQwAlg0MALANDADsDQwAGA4MAEIODABFDgwAmA4MAJ0ODADuDgwA+w4MAOyaEgBGDwwAmg8MAKQPDADwDwwA/w8MAEYQDABREAwAnBAMAKoQDADyEAwA/xAMAEgRDABfEQwAnhEMAKYRDAD0EQwA9REMAEoSDABMEgwAoBIMAK8SDAD2EgwAFhMMAEwTDABOEwwAohMMALkTDAD4EwwABBQMAE4UDABWFAwAQpsSAKkUDAD6FAwAABUMAFAVDABYFQwAphUMAMUVDAD8FQwACRYMAFIWDABTFgwAqBYMAL4WDAD+FgwAGhcMAJibEgBZFwwAqhcMALQXDAAAGAwACBgMAFYYDABXGAwArBgMAFgYDAC+IQwAshgMAAIZDAAOGQwAWBkMAGgZDACuGQwAvBkMAAQaDAAXGgwAWhoMAGYaDACwGgwAtxoMAAYbDAAOGwwAXBsMAGAbDACyGwwAwBsMAAgcDAASHAwAXhwMAGkcDAC0HAwAvBwMAAodDABCHQwAYB0MAGgdDAC2HQwAux0MAAweDAASHgwAYh4MAGoeDAC4HgwA0h4MAA4fDABGHwwAZB8MAGwfDAC6HwwAvx8MABAgDAAWIAwAZiAMAG4gDAC8IAwA1iAMABIhDAAsIQwAaCEMAKAhDADumxIAxiEMABQiDAAbIgwAaiIMAHYiDADAIgwAwSIMABYjDAAiIwwAbCMMAHkjDADCIwwAySMMABgkDAAkJAwAbiQMAHskDADEJAwA0yQMABolDAAuJQwARJwSAHIlDADGJQwAfCUMADwRDwDJJQwAFHwOANMlDAD2FA0A1SUMABwmDAA8JgwAciYMAHQmDADIJgwA3yYMAB4nDAAqJwwAdCcMAHwnDACanBIAzCcMACAoDAAtKAwAdigMAH8oDADMKAwAzigMACIpDAAzKQwAeCkMAIkpDADOKQwA4ikMAPCcEgBEKgwAeioMAHwqDADQKgwA5yoMACYrDAAyKwwAfCsMAIQrDABGnRIA1CsMACgsDAArLAwAfiwMAIYsDADULAwA4SwMACotDAAvLQwAgC0MAIotDADWLQwA3i0MACwuDABFLgwAgi4MAI4uDADYLgwA5C4MAC4vDAA7LwwAhC8MAIwvDADaLwwA6i8MADAwDAA1MAwAhjAMAI8wDADcMAwA6TAMADIxDAA5MQwAiDEMAJAxDACcnRIA6zEMADQyDAA3MgwAijIMAJQyDADgMgwA4jIMADYzDABHMwwAjDMMAJ0zDADiMwwA7jMMADg0DAA/NAwAjjQMAKg0DADkNAwA7DQMADo1DAA7NQwA+D4MAEQ1DACQNQwAljUMAOY1DAD6NQwAPDYMAEQ2DACSNgwAnDYMAOg2DADtNgwAPjcMAEY3DACUNwwAojcMAOo3DAD3NwwAQDgMAEM4DACWOAwAoDgMAOw4DADuOAwAQjkMAFM5DACYOQwAqTkMAO45DAD2OQwA8p0SAE46DACaOgwAtjoMAPA6DAD4OgwASJ4SAEc7DACcOwwAsjsMAPI7DAD6OwwASDwMAFY8DACePAwAqzwMAPQ8DAD3PAwASj0MAFQ9DACgPQwAoj0MAPY9DAAHPgwATD4MAF0+DACiPgwAqj4MAJ6eEgAJPwwATj8MAFo/DACkPwwApj8MAPo/DAD9PwwAUEAMAFxADACmQAwArkAMAPSeEgAFQQwAUkEMAF9BDACoQQwAsEEMAP5BDAAQQgwAVEIMAGFCDACqQgwAq0IMAABDDAAWQwwAVkMMAF5DDACsQwwAukMMAAJEDAAPRAwAWEQMAFtEDACuRAwAuEQMAARFDAAGRQwAWkUMAGtFDACwRQwAwUUMAAZGDAAORgwASp8SAGlGDACyRgwAvEYMAAhHDAC/RgwAMjUOABZHDABeRwwAdEcMALRHDADARwwACkgMABZIDABgSAwAZkgMALZIDAC8SAwADEkMABFJDABiSQwAaEkMAKCfEgC9SQwADkoMABBKDABkSgwAa0oMALpKDADCSgwAEEsMABNLDABmSwwAb0sMALxLDADLSwwAEkwMAB1MDABoTAwAcEwMAL5MDADOTAwAFE0MACJNDABqTQwAe00MAMBNDADMTQwAFk4MAB5ODACioBIAik4MAMJODADKTgwA+KASACRPDABuTwwAhE8MAMRPDADMTwwAGlAMADlQDABOoRIAc1AMAEyUDAB9UAwAxlAMAMlQDABc+hAAzlAMABxRDADQUAwAvvwOAB5RDAByUQwAJlEMAOBdDAAtUQwA0lYMAH9RDADIUQwA3FEMAB5SDAAmUgwAdFIMAHlSDADKUgwA2lIMACBTDAAoUwwAdlMMAIBTDADMUwwA11MMACJUDAAuVAwAeFQMAIBUDACkoRIA01QMACRVDAAtVQwAelUMAIBVDADQVQwA31UMACZWDAAyVgwAfFYMAH9WDAD6oRIA11YMAChXDAA3VwwAflcMAIBXDADUVwwA5VcMACpYDAA7WAwAgFgMAJRYDADWWAwA3lgMACxZDAA6WQwAglkMAI9ZDADYWQwA21kMAC5aDAA4WgwAhFoMAIZaDADaWgwA61oMADBbDABBWwwAhlsMAJJbDADcWwwA41sMADJcDAA6XAwAiFwMAJ9cDADeXAwA6lwMADRdDABKXQwAil0MAI1dDABQohIA610MADZeDABCXgwAjF4MAJReDACmohIA7l4MADhfDABOXwwAjl8MAJFfDADkXwwA7F8MADpgDAA8YAwAkGAMAKtgDADmYAwA6GAMADxhDABKYQwAkmEMAKNhDADoYQwA6mEMAD5iDABXYgwAlGIMAKViDADqYgwA9mIMAPyiEgBGYwwAlmMMAKRjDADsYwwAB2QMAEJkDABOZAwAmGQMAJ5kDADuZAwA9mQMAERlDABUZQwAmmUMAJ9lDADwZQwA+WUMAEZmDABTZgwAnGYMAKNmDADyZgwA+mYMAFKjEgBNZwwAnmcMAKRnDAD0ZwwA/GcMAEpoDAB2aAwAoGgMAKdoDAD2aAwAD2kMAExpDABbaQwAomkMAL5pDACooxIABGoMAE5qDABYagwApGoMAKxqDAD6agwAAWsMAFBrDABWawwApmsMALRrDAD8awwAF2wMAFJsDABebAwAqGwMAK5sDAD+bAwABm0MAFRtDABibQwAqm0MALdtDAAAbgwAA24MAFZuDABgbgwArG4MAK5uDAACbwwAD28MAFhvDABnbwwArm8MALpvDAAEcAwADHAMAP6jEgBfcAwAsHAMALZwDAAGcQwADnEMAFxxDACIcQwAsnEMALlxDAAIcgwAIXIMAF5yDABtcgwAtHIMAL1yDAAKcwwAEHMMAGBzDABxcwwAtnMMAN5zDAAMdAwAOHQMAGJ0DABpdAwAuHQMANF0DAAOdQwAHXUMAGR1DACAdQwAVKQSAL91DAAQdgwAGnYMAGZ2DAB2dgwAvHYMAMF2DAASdwwAG3cMAGh3DAB1dwwAvncMAMV3DAAUeAwAIHgMAGp4DAB9eAwAwHgMAM94DAAWeQwAInkMAGx5DABteQwAwnkMAMx5DAAYegwAJnoMAG56DABzegwAxHoMANF6DACqpBIAK3sMAHB7DAByewwAxnsMAMl7DAAcfAwAH3wMAHJ8DAB5fAwAyHwMANR8DAAefQwALn0MAHR9DACEfQwAyn0MAM99DAAgfgwAKX4MAHZ+DACDfgwAzH4MANN+DAAifwwALn8MAHh/DAB+fwwAzn8MANR/DAAkgAwAKYAMAHqADACAgAwArKUSANqADAAmgQwANIEMAHyBDACMgQwA0oEMANSBDAAoggwAN4IMAH6CDACIggwA1IIMANyCDACuphIAMIMMAICDDACMgwwABKcSANuDDAAshAwANIQMAIKEDACShAwA2IQMAOaEDAAuhQwAO4UMAISFDACLhQwA2oUMAOKFDACwpxIAQYYMAIaGDACNhgwA3IYMAOSGDAAyhwwAP4cMAIiHDACNhwwA3ocMAOiHDAA0iAwAPIgMAIqIDACjiAwA4IgMAOyIDAA2iQwAPokMAAaoEgCYiQwA4okMAOWJDAA4igwAPYoMAI6KDACfigwA5IoMAP+KDAA6iwwARosMAJCLDACXiwwA5osMAAKMDAA8jAwARIwMAFyoEgCXjAwA6IwMAPKMDAA+jQwARo0MAJSNDACWjQwAOg4OAKSNDADqjQwA740MAECODABJjgwAlo4MAKOODADsjgwA844MALKoEgBLjwwAmI8MAKWPDADujwwA/Y8MAESQDABOkAwAmpAMAKiQDADwkAwA9ZAMAEaRDABTkQwAnJEMAKSRDAAIqRIA/pEMAEiSDABVkgwAnpIMAKGSDAD0kgwAApMMAEqTDABPkwwAoJMMAK2TDAD2kwwA/pMMAF6pEgBUlAwAopQMAKiUDAD4lAwAqZQMABonDQAElQwATpUMAGuVDACklQwArZUMAPqVDAAIlgwAUJYMAFaWDACmlgwAspYMAPyWDAADlwwAtKkSAFOXDADYBQ0AXpcMAKiXDABilwwAfAINALuXDAD+lwwACJgMAFSYDABgmAwAqpgMALeYDAAAmQwAA5kMAFaZDABkmQwArJkMALGZDAACmgwAD5oMAFiaDABgmgwACqoSALSaDAAEmwwAEpsMAFqbDAB1mwwAsJsMALybDAAGnAwADJwMALaqEgB/nAwADKsSALecDAAInQwAFZ0MAF6dDABrnQwAtJ0MAMCdDAAKngwAGZ4MAGCeDABqngwAtp4MAMSeDAAMnwwAEZ8MAGKfDABvnwwAuJ8MANSfDAAOoAwAFqAMAGKrEgBpoAwAuqAMAMCgDAAQoQwAGKEMAGahDABnoQwAvKEMAMOhDAASogwAF6IMAGiiDABwogwAvqIMAMyiDAAUowwAF6MMAGqjDAByowwAwKMMAM2jDAAWpAwAG6QMAGykDAB2pAwAwqQMAMqkDAAYpQwAKaUMAG6lDABzpQwAxKUMAMalDAAapgwAIaYMAHCmDAB8pgwAxqYMAM2mDAC4qxIAKKcMAHKnDACPpwwAyKcMANGnDAAeqAwALKgMAHSoDAB6qAwAyqgMANaoDAAgqQwAJ6kMAHapDAB+qQwAzKkMAOKpDAAiqgwAJ6oMAHiqDAB/qgwAzqoMANeqDAAkqwwANasMAHqrDACGqwwA0KsMANirDABkrBIALKwMAHysDACBrAwA0qwMAO2sDAAorQwANq0MAH6tDACFrQwA1K0MAOCtDAAqrgwALa4MAICuDACIrgwA1q4MANeuDAAsrwwALq8MAIKvDACRrwwA2K8MAPivDAAusAwAMLAMAISwDACbsAwA2rAMAOawDAAwsQwAOLEMALqsEgCLsQwA3LEMAOSxDAAysgwAQrIMAIiyDACWsgwA3rIMAO+yDAA0swwAQLMMAIqzDACNswwA4LMMAOizDAA2tAwARLQMAIy0DACZtAwA4rQMAOq0DAA4tQwAcLUMABCtEgCPtQwA5LUMAPC1DAA6tgwASbYMAJC2DACYtgwAZq0SAOi2DAA8twwASrcMAJK3DACjtwwAvK0SAO+3DAASrhIARrgMAL6uEgCVuAwAzNQMAJe4DAD8wQwAmLgMAEK6DACauAwAVsQMAJu4DACgvgwAnbgMANDWDACguAwA6rgMAKG4DACcvAwAo7gMALbJDADwuAwAQLkMAEa5DACWuQwAm7kMAOy5DADyuQwAFK8SAES6DACYugwAnroMAO66DAD7ugwAFrASAFG7DACauwwAsbsMAPC7DAAMvAwARrwMAE68DABssBIAobwMAPK8DAD8vAwASL0MAFa9DACevQwArb0MAPS9DAAAvgwAwrASAFK+DAAYsRIArL4MAPa+DAD3vgwATL8MAFK/DACivwwArr8MAPi/DAAHwAwATsAMAFDADACkwAwArsAMAPrADAAGwQwAUMEMAFfBDABusRIArsEMAMSxEgAGwgwAUsIMAFjCDACowgwAtsIMAP7CDAANwwwAVMMMAF7DDACqwwwAxsMMAADEDAAIxAwAGrISAGLEDACsxAwAu8QMAALFDAAHxQwAWMUMAHPFDACuxQwAusUMAATGDAAKxgwAWsYMAFzGDACwxgwAycYMAAbHDAAXxwwAXMcMAGjHDACyxwwAyscMAAjIDAAUyAwAXsgMAGTIDAC0yAwAusgMAArJDAAPyQwAYMkMAGbJDABwshIAu8kMAAzKDAASygwAYsoMACLKDAAWzwwAbsoMALjKDADQygwADssMABLLDAC8zAwAGssMAGTLDABqywwAussMAMDLDAAQzAwAFcwMAGbMDABszAwAcrMSAL7MDAASzQwAGM0MAGjNDAB1zQwAdLQSAMvNDAAUzgwAK84MAGrODACGzgwAwM4MAMjODADKtBIAF88MAGzPDAB6zwwAws8MANPPDAAY0AwAJNAMAG7QDACG0AwAxNAMAMjQDABy0gwA0NAMABrRDAAg0QwAcNEMAHbRDADG0QwAy9EMABzSDAAi0gwAILUSAHTSDADI0gwAztIMAB7TDAAr0wwAIrYSAIHTDADK0wwA4dMMACDUDAA81AwAdtQMAH7UDAB4thIAztQMACLVDAAo1QwAeNUMAHvVDADO1QwA2tUMACTWDABA1gwAetYMAILWDADOthIA09YMACbXDAAy1wwAfNcMAILXDADS1wwA6tcMACjYDAAs2AwA1tkMAC/YDAA03gwANNgMAH7YDAA12AwAMNwMAITYDADU2AwA2tgMACrZDAAv2QwAgNkMAIbZDAAktxIA2NkMACzaDAAy2gwAgtoMAI/aDAAmuBIA5doMAC7bDABF2wwAhNsMAKDbDADa2wwA4tsMAHy4EgA13AwAhtwMAJDcDADc3AwA6twMADLdDABB3QwAiN0MAJTdDADSuBIA5t0MACi5EgBA3gwAit4MAIveDADg3gwA5t4MADbfDABC3wwAjN8MAJvfDADi3wwA5N8MADjgDABC4AwAjuAMAJrgDADk4AwA6+AMAH65EgBC4QwA1LkSAJrhDADm4QwA8uEMADziDABS4gwAkuIMAJ7iDADo4gwA++IMAD7jDABM4wwAlOMMAJ7jDAAquhIA8uMMAIC6EgBW5AwAluQMAKLkDADs5AwA+eQMAELlDABM5QwAmOUMAJrlDADu5QwA+OUMAETmDABS5gwAmuYMAJ/mDADw5gwA/eYMAEbnDABO5wwAnOcMAKznDADy5wwA9OcMAEjoDABR6AwAnugMAK/oDAD06AwA/ugMANa6EgBW6QwAoOkMALfpDAD26QwAEeoMACy7EgBl6gwAouoMAKjqDAD46gwAAusMAIK7EgBQ6wwApOsMALXrDAD66wwAAuwMAFDsDAAW7AwAoBQNAFzsDACm7AwArOwMAPzsDAAC7QwAUu0MAFftDACo7QwAru0MANi7EgAa7gwAVO4MAFzuDADavBIAuO4MAADvDAAR7wwAVu8MAGfvDACs7wwAuO8MAALwDAAJ8AwAML0SAGnwDACu8AwAv/AMAATxDAAQ8QwAWvEMAGHxDACGvRIAsvEMAAbyDAAH8gwAXPIMAGTyDACy8gwAt/IMAAjzDAAR8wwAXvMMAGjzDAC08wwAvPMMAAr0DAAP9AwAYPQMAHD0DAC29AwAvvQMAAz1DAAi9QwAYvUMAG71DAC49QwAzvUMAA72DAAT9gwAZPYMAGr2DAC69gwAzvYMANy9EgAm9wwAZvcMAHT3DAC89wwAyfcMABL4DAAU+AwAaPgMAHL4DAC++AwAyvgMABT5DAAb+QwAavkMAHL5DADA+QwA2fkMABb6DAAq+gwAbPoMAHT6DADC+gwAxPoMABj7DAAl+wwAbvsMAHP7DADE+wwAzvsMABr8DAAl/AwAcPwMAHz8DADG/AwAzPwMABz9DAAk/QwAcv0MAHP9DADI/QwAzv0MAB7+DAAj/gwAdP4MAIP+DADK/gwA1v4MACD/DAAj/wwAdv8MAHn/DAAyvhIA0f8MACIADQA+AA0AiL4SAJgADQDOAA0A1gANAN6+EgAqAQ0AegENAIYBDQA0vxIA1gENACYCDQAyAg0AjsESAH4CDQDSAg0A3AINACgDDQAqAw0AfgMNAI8DDQDUAw0A3AMNACoEDQA2BA0AgAQNAIYEDQDWBA0A3AQNACwFDQAxBQ0AggUNAIgFDQDkwRIA2gUNAC4GDQA0Bg0AhAYNAIcGDQDaBg0A5gYNADAHDQA4Bw0A5sISAIwHDQDcBw0A4gcNADIIDQA3CA0AiAgNAI4IDQA8wxIA4AgNADQJDQA9CQ0AigkNAKEJDQDgCQ0A6wkNADYKDQBACg0AjAoNAJQKDQA+xBIA7woNADgLDQBACw0AjgsNAJgLDQDkCw0A7wsNADoMDQBADA0AkAwNAJwMDQDmDA0A6AwNADwNDQBDDQ0Akg0NAJoNDQDoDQ0A+g0NAJTEEgB9Dg0AlA4NAJwODQDqDg0ADQ8NAJbFEgBCDw0Alg8NAKMPDQDsDw0A8w8NAEIQDQBTEA0AmBANAKQQDQDuEA0A9RANAEQRDQBFEQ0AMDINAEwRDQDsxRIArRENAPARDQD/EQ0ARhINAFISDQCcEg0AnRINAPISDQD8Eg0ASBMNAFYTDQCeEw0AoxMNAPQTDQABFA0AQsYSAFIUDQCYxhIAqBQNAO7GEgAEFQ0ATBUNAFsVDQCiFQ0AwhUNAPgVDQAEFg0AThYNAFUWDQCkFg0ArBYNAPoWDQD8Fg0AUBcNAFoXDQDwxxIAsBcNAPwXDQAEGA0ARsgSAFwYDQCoGA0AsBgNAJzIEgA+GQ0AVBkNAFwZDQCqGQ0AyBkNAPLIEgAFGg0AzAEOAA4aDQBWGg0AXRoNAA76DgBmGg0ArBoNALwaDQACGw0ADhsNAFgbDQBeGw0ArhsNAMobDQAEHA0ADBwNAEjJEgBuHA0AsBwNALocDQAGHQ0AEh0NAFwdDQBkHQ0AnskSAL0dDQAIHg0ACh4NAF4eDQBkHg0AtB4NALweDQD0yRIADB8NAGAfDQBjHw0Ath8NAL4fDQAMIA0AHCANAGIgDQBkIA0AuCANAMYgDQAOIQ0AHyENAErKEgBrIQ0AoMoSAMAhDQAQIg0AFSINAGYiDQBsIg0A9soSAMYiDQASIw0AFCMNAGgjDQB7Iw0AviMNAMYjDQAUJA0AICQNAGokDQBwJA0AwCQNAMYkDQAWJQ0AGyUNAGwlDQByJQ0A+MsSAMslDQAYJg0AJSYNAG4mDQB1Jg0AxCYNAMwmDQBOzBIAJicNAHAnDQB6Jw0AxicNANInDQAcKA0AKygNAHIoDQB8KA0AyCgNANQoDQAeKQ0AJSkNAKTMEgB3KQ0AEtMPAHopDQDKKQ0AgykNAJrqDgCFKQ0AMgoOANYpDQAgKg0AKCoNAPrMEgCCKg0AzCoNANYqDQAiKw0ALisNAHgrDQCHKw0AzisNANgrDQAkLA0AMCwNAHosDQCBLA0AUM0SAN4sDQAmLQ0A8CwNANDaDgA9LQ0AfC0NAIktDQDSLQ0A1C0NACguDQA5Lg0Afi4NAJouDQDULg0A3C4NAKbNEgBDLw0AgC8NAJQvDQDWLw0A3i8NACwwDQAvMA0AgjANAJAwDQDYMA0A7zANAC4xDQA7MQ0AhDENAIYxDQDaMQ0A6zENAPzNEgA2Mg0AhjINAIsyDQDcMg0A8jINADIzDQBAMw0AiDMNAIszDQDeMw0A6jMNADQ0DQA6NA0AijQNAJY0DQDgNA0ADDUNADY1DQBCNQ0AjDUNAJs1DQDiNQ0A7DUNADg2DQBGNg0AjjYNAJM2DQDkNg0A8TYNAFLOEgA8Nw0AkDcNAJ43DQDmNw0A8zcNADw4DQBOOA0AqM4SAKE4DQDoOA0A9DgNAD45DQBXOQ0AlDkNAJY5DQDqOQ0A+TkNAEA6DQBgOg0AljoNAJ46DQDsOg0ADzsNAP7OEgBHOw0AmDsNAJs7DQDuOw0A+DsNAEQ8DQBMPA0AmjwNAKA8DQDwPA0A/DwNAEY9DQBVPQ0AnD0NAKg9DQDyPQ0A/z0NAEg+DQBSPg0Anj4NAKY+DQD0Pg0AAz8NAEo/DQBMPw0AoD8NALE/DQD2Pw0AB0ANAExADQBUQA0AokANALNADQD4QA0A+kANAE5BDQBRQQ0ApEENAK5BDQD6QQ0AHkINAFBCDQBsQg0AVM8SAKxCDQD8Qg0AAUMNAFJDDQBhQw0AqEMNALRDDQD+Qw0AAUQNAFREDQBXRA0AqkQNALJEDQAARQ0AD0UNAFZFDQBbRQ0ArEUNAMJFDQACRg0AA0YNAFhGDQBpRg0ArkYNALpGDQAERw0ADkcNAFpHDQBmRw0AsEcNALdHDQCqzxIACkgNAFxIDQBqSA0AskgNALxIDQAISQ0AE0kNAF5JDQBmSQ0AtEkNAMBJDQAKSg0AHUoNAGBKDQBuSg0AtkoNAMBKDQAMSw0AFEsNAGJLDQBxSw0AuEsNAL1LDQAOTA0AFUwNAGRMDQBwTA0AANASAMZMDQAQTQ0AE00NAGZNDQBpTQ0AvE0NANZNDQASTg0AHk4NAGhODQB7Tg0Avk4NAMxODQAUTw0AHk8NAGpPDQCNTw0AVtASAMpPDQAWUA0AIlANAGxQDQBzUA0AwlANAMpQDQAYUQ0AHFENAG5RDQB8UQ0AxFENAM5RDQAaUg0AJVINAHBSDQB4Ug0AxlINANVSDQAcUw0AIVMNAHJTDQB5Uw0AyFMNANRTDQAeVA0AJlQNAKzQEgCKVA0AeLAPAI1UDQDKVA0A1FQNACBVDQAsVQ0AdlUNAHlVDQDMVQ0A1lUNACJWDQAlVg0AeFYNAIhWDQDOVg0A0FYNACRXDQAyVw0AelcNAItXDQAC0RIA11cNAFjREgA/WA0AfFgNAIZYDQDSWA0A3lgNAChZDQArWQ0AflkNAIhZDQCu0RIA2VkNACpaDQBKWg0AgFoNAIhaDQAE0hIA5FoNACxbDQBCWw0AglsNAI5bDQDYWw0A31sNAC5cDQA2XA0AhFwNAIlcDQDaXA0A41wNADBdDQA6XQ0Ahl0NAI5dDQDcXQ0A6l0NADJeDQA/Xg0AiF4NAJBeDQBa0hIA7l4NADRfDQA8Xw0AsNISAJFfDQDgXw0A7F8NADZgDQA9YA0AjGANAJRgDQDiYA0A7GANADhhDQBGYQ0AjmENAKRhDQDkYQ0A8GENADpiDQA/Yg0AkGINAJliDQDmYg0A8GINADxjDQBEYw0AkmMNAJdjDQDoYw0A+GMNAD5kDQBGZA0ABtMSAKJkDQDqZA0AAGUNAEBlDQBMZQ0AlmUNAJ1lDQDsZQ0A9GUNAEJmDQBHZg0AmGYNAKFmDQDuZg0A+GYNAERnDQBMZw0AmmcNAJxnDQBccw0AqGcNAPBnDQD9Zw0ARmgNAE5oDQCy0xIAqGgNAPJoDQD1aA0ASGkNAFJpDQAI1BIArGkNAPRpDQAKag0ASmoNAFZqDQCgag0Ap2oNAPZqDQD+ag0ATGsNAFFrDQCiaw0Aq2sNAPhrDQACbA0ATmwNAFZsDQCkbA0ApmwNAPpsDQAKbQ0AUG0NAFptDQCmbQ0Asm0NAPxtDQACbg0AtNQSAGBuDQCobg0Avm4NAP5uDQAKbw0AVG8NAFlvDQCqbw0As28NAABwDQAKcA0AVnANAF5wDQCscA0AznANAArVEgARcQ0AWHENAGRxDQCucQ0Ar3ENAARyDQAOcg0AWnINAGhyDQCwcg0AtXINAAZzDQATcw0AYNUSAGxzDQCycw0AvHMNAAh0DQAUdA0AXnQNAGR0DQC0dA0AvHQNAGLWEgAPdQ0AYHUNAGh1DQC2dQ0AwnUNAMp/DQDPdQ0ADHYNABh2DQBidg0AanYNALjWEgDFdg0ADncNABZ3DQBkdw0AcncNALp3DQDHdw0AEHgNABN4DQBmeA0AcHgNALx4DQC+eA0AEnkNAB95DQBoeQ0Ad3kNAL55DQDKeQ0AFHoNABx6DQAO1xIAenoNAMB6DQDIeg0AFnsNACJ7DQBsew0AcnsNAMJ7DQDIew0AGHwNAB18DQBufA0AdHwNAGTXEgDRfA0AGn0NAB99DQBwfQ0Aen0NAMZ9DQDOfQ0AHH4NACh+DQByfg0AhX4NAMh+DQDWfg0AHn8NACF/DQB0fw0Afn8NALrXEgDdfw0AIIANAC6ADQB2gA0AeYANAMyADQDWgA0AENgSACeBDQB4gQ0AMIENAGCgDQCAgQ0AzoENANqBDQAkgg0AKoINAHqCDQA3gg0ABp4NAICCDQDQgg0A1YINACaDDQAsgw0AZtgSAIKDDQDSgw0A14MNACiEDQAuhA0AvNgSAIyEDQDUhA0A74QNACqFDQA2hQ0AgIUNAIeFDQAS2RIA34UNACyGDQA5hg0AgoYNAI6GDQDYhg0A64YNAC6HDQAvhw0AhIcNAJCHDQDahw0A6YcNADCIDQA6iA0AhogNAJKIDQDciA0A44gNAGjZEgA4iQ0AiIkNAI6JDQDeiQ0A44kNADSKDQA6ig0AFNoSAJOKDQDgig0A7YoNADaLDQA6iw0AjIsNAI6LDQDiiw0A74sNADiMDQBCjA0AatoSAJWMDQDkjA0A7IwNADqNDQBGjQ0AkI0NAKONDQDmjQ0A9Y0NADyODQBIjg0Ako4NAJOODQDojg0A8o4NAD6PDQBMjw0AlI8NAJmPDQDqjw0A948NAMDaEgBMkA0AlpANAJyQDQDskA0A8pANAEKRDQBHkQ0AmJENAJ6RDQAW2xIA85ENAESSDQBOkg0AwtsSAKKSDQDwkg0A/ZINAEaTDQBLkw0AnJMNAKaTDQDykw0A+pMNAEiUDQBUlA0AnpQNALGUDQD0lA0A9ZQNAEqVDQBWlQ0AoJUNAK+VDQD2lQ0AAJYNAEyWDQBUlg0AopYNAKSWDQAY3BIAAZcNAE6XDQBdlw0ApJcNALOXDQD6lw0ABpgNAFCYDQBTmA0AppgNAKmYDQBu3BIA/pgNAFKZDQBVmQ0AqJkNALCZDQD+mQ0AC5oNAFSaDQBZmg0AqpoNALSaDQAAmw0ACJsNAFabDQBimw0ArJsNAL+bDQACnA0AA5wNAFicDQBknA0ArpwNAL2cDQAEnQ0ADp0NAFqdDQBmnQ0AsJ0NALedDQDE3BIAFZ4NAFyeDQBong0Asp4NALOeDQAInw0AEp8NAF6fDQBsnw0AtJ8NALmfDQAKoA0AF6ANABrdEgBxoA0AcN0SAMOgDQAMoQ0AGqENAGKhDQBzoQ0AuKENANqhDQDG3RIAE6INAGSiDQAUog0AfNkNAGyiDQC6og0Au6INABinDQC9og0AGqgNAL+iDQAWpg0AwKINAHKpDQDBog0AFKUNAMmiDQAQow0A06INAHisDQAVow0AZqMNAHOjDQC8ow0AyaMNABKkDQAepA0AaKQNAHekDQC+pA0AyKQNABzeEgAipQ0AaqUNAGylDQDApQ0A0aUNAHLeEgAXpg0AbKYNAHimDQDCpg0Az6YNAMjeEgAmpw0AbqcNAHunDQDEpw0A26cNAB7fEgAjqA0AyqoNACSoDQBwqA0AcqgNAMaoDQDMqA0AHKkNACapDQB03xIAfqkNAMipDQDKqQ0AHqoNAC2qDQB0qg0Af6oNAMrfEgDZqg0AIKsNAC+rDQB2qw0AgqsNAMyrDQDYqw0AIqwNACmsDQAg4BIAhKwNAM6sDQDWrA0AduASAD2tDQB6rQ0Ai60NANCtDQDcrQ0AzOASAC2uDQB8rg0AhK4NANKuDQDTrg0AKK8NAC6vDQB+rw0Ag68NANSvDQDVrw0AKrANADawDQCAsA0AhrANANawDQDgsA0ALLENADqxDQCMtg0AQLENAIKxDQCKsQ0AIuESAOixDQAusg0ANrINAISyDQCNsg0A2rINAJGyDQCKtQ0A57INADCzDQA3sw0AhrMNAJKzDQDcsw0A7LMNADK0DQBAtA0AiLQNAJW0DQDetA0A6rQNADS1DQA7tQ0AeOESAJO1DQDgtQ0A8bUNADa2DQBHtg0AzuESAJi2DQDitg0A5bYNADi3DQBAtw0AjrcNAJO3DQDktw0A9LcNADq4DQBCuA0AkLgNAJm4DQDmuA0AnbgNAJa7DQDzuA0APLkNAEO5DQCSuQ0AnrkNAOi5DQD4uQ0AProNAEy6DQCUug0AoboNAOq6DQD2ug0AQLsNAEe7DQAk4hIAn7sNAOy7DQD9uw0AQrwNAFO8DQB64hIAnbwNAO68DQD7vA0ARL0NAFC9DQCavQ0ApL0NAPC9DQAEvg0ARr4NAEe+DQCcvg0AqL4NAPK+DQARvw0ASL8NAFC/DQCevw0Ao78NAPS/DQANwA0ASsANAHbADQCgwA0ArMANAPbADQAFwQ0ATMENAFbBDQCiwQ0AqsENAPjBDQADwg0ATsINAFDCDQCkwg0Ap8INAPrCDQACww0AUMMNAF3DDQCmww0Aq8MNAPzDDQAExA0AUsQNAFTEDQCoxA0AssQNAP7EDQAIxQ0AVMUNAFrFDQCqxQ0AuMUNAADGDQAZxg0AVsYNAF/GDQCsxg0AtsYNAALHDQAOxw0A0OISAGTHDQCuxw0AuMcNAATIDQAPyA0AWsgNAF/IDQCwyA0At8gNAAbJDQAOyQ0AXMkNAInJDQAm4xIAuckNAAjKDQAQyg0AXsoNAIvKDQC0yg0AucoNAArLDQALyw0AYMsNAGrLDQC2yw0AxMsNAAzMDQARzA0AYswNAG/MDQC4zA0A1MwNAA7NDQAqzQ0AfOMSAHHNDQC6zQ0Avs0NABDODQAWzg0AZs4NAGjODQC8zg0Avc4NABLPDQA1zw0AaM8NAIzPDQC+zw0A688NABTQDQAc0A0AatANAG/QDQDA0A0AzdANABbRDQAe0Q0AbNENAG7RDQDC0Q0AytENABjSDQBF0g0AbtINAHvSDQDE0g0AydINABrTDQAn0w0AcNMNAHzTDQDG0w0A89MNABzUDQAk1A0ActQNAI3UDQDI1A0AytQNAB7VDQAv1Q0AdNUNAH3VDQDK1Q0A1tUNANLjEgAt1g0AdtYNAJHWDQDM1g0A0dYNACLXDQBC1w0AeNcNAITXDQDO1w0A1tcNACjkEgAy2A0AetgNAITYDQDQ2A0A29gNACbZDQAu2Q0A1OQSAIXZDQDS2Q0A3NkNACjaDQAz2g0AftoNAJLaDQDU2g0A6doNACrbDQAy2w0AgNsNAJfbDQDW2w0A29sNACzcDQA23A0AgtwNAIrcDQAq5RIA2twNAC7dDQA/3Q0AhN0NAIfdDQDa3Q0A5t0NAIDlEgA+3g0Aht4NAJfeDQDW5RIA394NADLfDQA13w0AiN8NAJTfDQDe3w0A5N8NADTgDQA+4A0ALOYSAJfgDQDg4A0A9+ANADbhDQA+4Q0AguYSAJLhDQDi4Q0A6OENADjiDQBQ4g0AjuINAJDiDQDk4g0A5+INADrjDQA94w0AkOMNAJzjDQDm4w0A7OMNADzkDQBG5A0ALucSAJfkDQDo5A0A9eQNAITnEgBO5Q0AlOUNAKDlDQDq5Q0A8OUNAEDmDQBM5g0AluYNAE7mDQAIpRAAo+YNAOzmDQD75g0AQucNAE7nDQCY5w0AoOcNANrnEgD25w0AROgNAEboDQCa6A0AqegNAPDoDQD66A0ARukNAE/pDQCc6Q0AnukNAPLpDQAD6g0ASOoNAF3qDQCe6g0ApuoNAPTqDQA16w0ASusNAFLrDQCg6w0ArOsNAPbrDQAJ7A0ATOwNAE3sDQCi7A0AruwNAPjsDQAH7Q0ATu0NAFjtDQCk7Q0AsO0NAPrtDQAB7g0AhugSAGzuDQDc6BIAqe4NAPzuDQAE7w0AUu8NAF/vDQCo7w0Are8NAP7vDQAI8A0AVPANAFzwDQCq8A0AtPANAAj1DQC68A0ADPcNANfwDQAA8Q0ACvENAFbxDQAQ8Q0ABPMNAFzxDQCs8Q0AtfENAALyDQAO8g0AWPINAIXyDQCu8g0AyvINAIjpEgAG8w0AWvMNAGvzDQCw8w0As/MNAAb0DQAS9A0AXPQNAIn0DQCy9A0AzvQNAN7pEgAO9Q0AXvUNAGf1DQC09Q0AvvUNAAr2DQAV9g0AYPYNAHT2DQC29g0A0vYNADTqEgAO9w0AYvcNAHP3DQC49w0Au/cNAA74DQAi+A0AZPgNAID4DQCK6hIAwvgNAODqEgAY+Q0ANusSAHL5DQC8+Q0AwvkNABL6DQAY+g0AaPoNAG36DQC++g0AxPoNAIzrEgAe+w0AavsNAHL7DQA47BIAxvsNABb8DQAe/A0AbPwNAHn8DQDC/A0AzvwNABj9DQAa/Q0Abv0NAHT9DQDE/Q0AzP0NAI7sEgAn/g0AcP4NAHf+DQDG/g0Azv4NABz/DQAh/w0Acv8NAIL/DQDI/w0A0P8NAB4ADgAsAA4AdAAOAIEADgDKAA4AywAOACABDgApAQ4AdgEOAIABDgDk7BIA2AEOACICDgAlAg4AeAIOAIACDgDOAg4A2wIOACQDDgApAw4AegMOAIQDDgDQAw4A2AMOACYEDgAyBA4AfAQOAI8EDgDSBA4A4AQOACgFDgArBQ4AfgUOAIgFDgA67RIA2QUOACoGDgA2Bg4AgAYOAIMGDgDWBg4A3gYOACwHDgA5Bw4AggcOAIcHDgDYBw4A4gcOAC4IDgA2CA4AhAgOAJAIDgDaCA4A7QgOADAJDgA+CQ4AhgkOAIkJDgDcCQ4A5gkOAJDtEgA4Cg4AiAoOAJQKDgDeCg4A4AoOADQLDgA7Cw4AigsOAJ4LDgDgCw4A6AsOADYMDgBCDA4AjAwOAJ8MDgDiDA4A8AwOADgNDgA7DQ4Ajg0OAJgNDgDkDQ4A5w0OAObtEgBVDg4AkA4OAJIODgDmDg4A9A4OADwPDgBNDw4Akg8OAJQPDgDoDw4AARAOAD4QDgBPEA4AlBAOAKAQDgA87hIA8xAOAEARDgBNEQ4AlhEOAKARDgDsEQ4A+hEOAEISDgBYEg4AmBIOAKQSDgDuEg4A+hIOAEQTDgBXEw4AmhMOAKkTDgDwEw4A/BMOAEYUDgBHFA4AnBQOAKYUDgDyFA4AABUOAEgVDgBNFQ4AnhUOAKsVDgCS7hIAAhYOAEoWDgBgFg4AoBYOAKwWDgD2Fg4A/RYOAEwXDgBUFw4AohcOAKcXDgD4Fw4AARgOAE4YDgBYGA4ApBgOAKwYDgD6GA4A/hgOAFAZDgBSGQ4AphkOALQZDgD8GQ4ABhoOAFIaDgBgGg4AqBoOALUaDgD+Gg4AFRsOAFQbDgBcGw4AqhsOALobDgAAHA4ABRwOAFYcDgBcHA4ArBwOALQcDgACHQ4ABx0OAFgdDgBZHQ4Arh0OALodDgAEHg4ACh4OAFoeDgBcHg4AsB4OALoeDgAGHw4AFB8OAFwfDgBhHw4Ash8OAL8fDgCU7xIADiAOAF4gDgBjIA4AtCAOALogDgDq7xIADyEOAGAhDgBtIQ4AtiEOAMMhDgAMIg4AGCIOAGIiDgBxIg4AuCIOAMIiDgAOIw4AHCMOAGQjDgBpIw4AuiMOAMcjDgAQJA4AGCQOAOzwEgByJA4AvCQOAMwkDgASJQ4AGyUOAGglDgBrJQ4AviUOAMolDgAUJg4AGyYOAELxEgBvJg4AwCYOAM0mDgAWJw4AIycOAGwnDgB4Jw4AwicOANEnDgAYKA4AIigOAG4oDgB8KA4AxCgOAMkoDgAaKQ4AJykOAHApDgB4KQ4AmPESANIpDgAcKg4ALCoOAHIqDgB7Kg4AyCoOAMsqDgAeKw4AKisOAHQrDgB7Kw4A7vESAM8rDgAgLA4AKSwOABBVEQAtLA4AdiwOAIMsDgDMLA4A2CwOACItDgAxLQ4AeC0OAIItDgDOLQ4A3C0OACQuDgApLg4Aei4OAIcuDgDQLg4A2C4OAETyEgAyLw4AfC8OAIwvDgDSLw4A2y8OACgwDgArMA4AfjAOAIowDgDUMA4A2zAOAJryEgBBMQ4AgDEOAIYxDgDWMQ4A4jEOACwyDgBDMg4AgjIOAIQyDgDYMg4A4jIOAC4zDgA6Mw4AhDMOAJAzDgDaMw4A4DMOADA0DgA2NA4AhjQOAIs0DgDcNA4A4jQOAPDyEgBANQ4AiDUOAJU1DgDeNQ4A9TUOADQ2DgA8Ng4AijYOAI02DgDgNg4A7DYOADY3DgBHNw4AjDcOAJg3DgDiNw4A8TcOADg4DgBCOA4AjjgOAJo4DgDkOA4A6zgOADo5DgBCOQ4AkDkOAJo5DgDmOQ4A8jkOADw6DgA/Og4AkjoOAJw6DgBG8xIAAjsOAJzzEgBIOw4AlDsOAJY7DgDqOw4A8DsOAEA8DgBKPA4AljwOAJ48DgBI9BIA7zwOAA59EAD3PA4AQj0OAEM9DgCYPQ4Aoj0OAO49DgAZPg4AnvQSAFQ+DgCaPg4AnD4OAPA+DgD+Pg4ARj8OAFc/DgD09BIAoj8OAPI/DgD+Pw4ASEAOAEpADgCeQA4AoUAOAPRADgD5QA4ASkEOAFdBDgCgQQ4AvEEOAPZBDgD+QQ4AoPUSAFlCDgCiQg4AvUIOAPhCDgD6Qg4ATkMOAF9DDgCkQw4AskMOAPpDDgABRA4AUEQOAFhEDgCmRA4Aq0QOAPxEDgAFRQ4AUkUOAFxFDgCoRQ4AqUUOAP5FDgAHRg4AVEYOAF5GDgCqRg4AskYOAABHDgAQRw4AVkcOAFxHDgCsRw4AsUcOAAJIDgAYSA4AWEgOAGBIDgCuSA4AsUgOAARJDgC9SA4AXEoOACRJDgBaSQ4AaEkOALBJDgCxSQ4A9vUSABZKDgBM9hIAbUoOALJKDgC+Sg4ACEsOAApLDgBeSw4Aa0sOAKL2EgC6Sw4ACkwOACpMDgBgTA4AaEwOAPj2EgBsTA4APGUOALlMDgAMTQ4AFk0OAE73EgBrTQ4AuE0OAM5NDgAOTg4AJE4OAGRODgBmTg4Auk4OAMBODgAQTw4AJE8OAPr3EgBzTw4AUPgSAMNPDgASUA4AGlAOAGhQDgByUA4AvlAOAMpQDgAUUQ4AF1EOAGpRDgB0UQ4ApvgSAMlRDgAWUg4ALFIOAGxSDgCCUg4AwlIOAMRSDgAYUw4AHlMOAG5TDgCCUw4AUvkSAMZTDgAaVA4A1FMOAA6oEAA6VA4AqPkSAHdUDgDGVA4AzlQOABxVDgAmVQ4AclUOAH5VDgDIVQ4Ay1UOAB5WDgAoVg4A/vkSAH1WDgDKVg4A4FYOACBXDgA2Vw4AdlcOAHhXDgDMVw4A0lcOACJYDgA2WA4AqvoSAHpYDgDOWA4A3FgOACRZDgA1WQ4AAPsSAIFZDgBW+xIA3FkOACZaDgApWg4AfFoOAIZaDgAC/BIA21oOAChbDgA+Ww4AflsOAJRbDgDUWw4A1lsOACpcDgAwXA4AgFwOAJRcDgCu/BIA4lwOACxdDgAuXQ4Agl0OAKJdDgAE/RIA4l0OAC5eDgA6Xg4AhF4OAIdeDgDaXg4A5F4OAFr9EgA5Xw4Ahl8OAJxfDgDcXw4A8l8OADJgDgA0YA4AiGAOAI5gDgDeYA4A8mAOAAb+EgA4YQ4AimEOAJJhDgDgYQ4A6mEOADZiDgBCYg4AjGIOAI9iDgDiYg4A7GIOAFz+EgBBYw4AjmMOAKRjDgDkYw4A+mMOADpkDgA8ZA4AkGQOAJZkDgDmZA4A+mQOAAj/EgBDZQ4AkmUOAJplDgDoZQ4A8mUOAD5mDgBKZg4AlGYOAJdmDgDqZg4A9GYOAF7/EgBJZw4AlmcOAKxnDgDsZw4AAmgOAEJoDgBEaA4AmGgOAJ5oDgDuaA4AAmkOAAoAEwBMaQ4AmmkOAGBpDgDAWxMAoGkOAByCDwCqaQ4A8GkOAKtpDgCS6A8As2kOAOTmDwDyaQ4ARmoOAFRqDgCcag4ArWoOAGAAEwD5ag4AtgATAFFrDgDaYA8AVGsOAJ5rDgChaw4A9GsOAP1rDgBKbA4AW2wOAKBsDgCqbA4A9mwOAP5sDgBMbQ4AEm0OACKwDwBPbQ4Aom0OAKttDgD4bQ4ADm4OAE5uDgBkbg4ApG4OAKZuDgD6bg4AAG8OAFBvDgBkbw4ADAETAM5vDgD8bw4AJHAOAGIBEwBYcA4AXk0PAF5wDgAAcg4AX3AOAAxPDwBhcA4ACk4PAGJwDgCocA4AqnAOAP5wDgAMcQ4AVHEOAGVxDgC4ARMAsnEOAA4CEwAGcg4AVnIOAFxyDgCscg4AsXIOAAJzDgAIcw4AZAITAGRzDgCucw4AtnMOABADEwAQdA4AWnQOAGR0DgCwdA4AuXQOAAZ1DgAHdQ4AXHUOAGR1DgCydQ4At3UOAAh2DgAYdg4AvAMTAGp2DgC0dg4AtnYOAAp3DgAQdw4AYHcOAGd3DgC2dw4Au3cOAAx4DgAQeA4AYngOAG94DgC4eA4AwHgOAA55DgATeQ4AZHkOAHR5DgASBBMAy3kOABB6DgAceg4AZnoOAHV6DgC8eg4AxnoOABJ7DgAgew4AaHsOAHV7DgC+ew4A1XsOAGgEEwAXfA4AFAUTAG18DgDAfA4AcXwOAOQXEwDIfA4AFn0OAD59DgBsfQ4AlH0OAMJ9DgDqfQ4AagUTACF+DgBufg4Ab34OAMR+DgDTfg4AGn8OANp+DgDIgA4AK38OAHB/DgByfw4Axn8OAMl/DgAcgA4AH4AOAHKADgB6gA4AbAYTAM2ADgAegQ4AJYEOAHSBDgB9gQ4AyoEOANuBDgAggg4ALIIOAHaCDgB+gg4AwgYTANKCDgAigw4AKYMOAHiDDgB9gw4AzoMOANKDDgAkhA4AMYQOAHqEDgCJhA4A0IQOAOGEDgAmhQ4AKIUOAHyFDgB/hQ4A0oUOANWFDgAohg4AMIYOABgHEwCDhg4Aus8OAImGDgB+ihAAioYOANSGDgDXhg4AKocOADSHDgBuBxMAiYcOANaHDgDlhw4ALIgOADuIDgCCiA4AjogOANiIDgDbiA4ALokOADGJDgDEBxMAh4kOANqJDgACig4AGggTADiKDgBwCBMAjooOAMYIEwDqig4AMosOAEOLDgCIiw4AlIsOAN6LDgABjA4ANIwOADeMDgCKjA4ArowOAOCMDgDojA4AcgkTADiNDgCMjQ4Amo0OAOKNDgDzjQ4AyAkTAD+ODgAeChMAlo4OAMoKEwDpjg4AOo8OAEePDgCQjw4Ak48OAOaPDgDrjw4APJAOAE2QDgCSkA4AnpAOACALEwDtkA4APpEOAE+RDgCUkQ4AoJEOAOqRDgAEkg4AQJIOAESSDgBElA4AR5IOAJ6WDgBKkg4A9pcOAEySDgBGlQ4ATpIOAEKTDgBRkg4AlpIOAJuSDgDskg4AA5MOAHYLEwBPkw4AmJMOAKiTDgDukw4A85MOAMwLEwBGlA4AmpQOAKCUDgDwlA4A/ZQOACIMEwBMlQ4AnJUOAKKVDgDylQ4A95UOAEiWDgBOlg4AeAwTAKqWDgD0lg4ADZcOAEqXDgBTlw4AoJcOALeXDgDODBMA/JcOAEyYDgBOmA4AopgOALGYDgD4mA4ABJkOACQNEwBQmQ4ApJkOALWZDgD6mQ4ACJoOAFCaDgBXmg4AppoOAKiaDgD8mg4ABpsOAFKbDgBgmw4AqJsOAK2bDgD+mw4AC5wOAFScDgBcnA4AqpwOAK6cDgAAnQ4AAp0OAFadDgBcnQ4ArJ0OALmdDgB6DRMAD54OAFieDgBvng4Arp4OAMqeDgDQDRMAEJ8OAFqfDgBbnw4AsJ8OALafDgAGoA4AEqAOAFygDgBroA4AsqAOALSgDgAIoQ4AEqEOAF6hDgBsoQ4AtKEOALmhDgAKog4AF6IOAGCiDgBoog4AtqIOALqiDgAMow4ADqMOAGKjDgBoow4AuKMOAMWjDgAmDhMAG6QOAGSkDgB7pA4AuqQOANakDgB8DhMAGaUOAGalDgB0pQ4AvKUOAMalDgASpg4AHqYOAGimDgBrpg4AvqYOANqmDgAUpw4AHKcOANIOEwB2pw4AwKcOAMOnDgAWqA4AIKgOANQPEwB1qA4AwqgOANCoDgAYqQ4AIqkOAG6pDgB6qQ4AxKkOAMypDgCAEBMAHKoOAHCqDgB+qg4AxqoOANeqDgDWEBMAI6sOACwREwB3qw4AyKsOANCrDgAerA4AJKwOAHSsDgB9rA4AyqwOANesDgDYERMAJa0OAHatDgAsrQ4AJK8OAH+tDgDMrQ4A1q0OACKuDgAqrg4AeK4OAL6uDgDOrg4A1q4OAC4SEwAqrw4Aeq8OAICvDgDQrw4A2K8OACawDgBssA4AfLAOAISwDgCEEhMA2rAOANoSEwAxsQ4AfrEOAIyxDgDUsQ4A3rEOACqyDgA2sg4AgLIOAIOyDgDWsg4A3rIOAIYTEwA4sw4AgrMOAIWzDgDYsw4A4rMOANwTEwA2tA4AMhQTAJK0DgDatA4A67QOADC1DgA8tQ4AhrUOAIm1DgCIFBMAJLYOADK2DgB6tg4A3hQTAJi2DgDetg4A4LYOADS3DgBCtw4AircOAJu3DgA0FRMA/LcOADa4DgA+uA4AihUTAJK4DgDKLQ8An7gOAOK4DgDxuA4AOLkOAES5DgCOuQ4Aj7kOAOS5DgDuuQ4AOroOAEi6DgCQug4AlboOAOa6DgDzug4A4BUTAEq7DgCSuw4An7sOAOi7DgDwuw4ANhYTAEq8DgCUvA4AwLwOAOq8DgD2vA4AQL0OAE+9DgCWvQ4AoL0OAOy9DgD6vQ4AQr4OAEe+DgCYvg4Apb4OAO6+DgD2vg4ARL8OAFK/DgCavw4Ap78OAPC/DgD4vw4AjBYTAEjADgCM5Q8AVMAOAJzADgCmwA4A8sAOAP7ADgBIwQ4AT8EOAJ7BDgCmwQ4A9MEOAPjBDgBKwg4AWMIOAKDCDgCqwg4A9sIOAAHDDgBMww4AVMMOAKLDDgCkww4A+MMOAADEDgBOxA4AW8QOAKTEDgCpxA4A+sQOAAfFDgBQxQ4AbsUOAKbFDgDXxQ4A/MUOAAjGDgBSxg4AWMYOAKjGDgCtxg4A/sYOAAbHDgBUxw4AYMcOAKrHDgC9xw4AAMgOAA7IDgBWyA4AYMgOAKzIDgC0yA4AAskOABHJDgBYyQ4AXckOAK7JDgC1yQ4ABMoOABDKDgBayg4AdsoOALDKDgC4yg4A4hYTAAjLDgBcyw4AassOALLLDgC/yw4ACMwOABbMDgBezA4Aa8wOALTMDgDLzA4ACs0OABLNDgBgzQ4Abs0OALbNDgDDzQ4ADM4OABTODgCOFxMAcM4OALjODgC5zg4AOhgTABrPDgBkzw4Aa88OAJAYEwDBzw4AENAOABXQDgDmGBMAbtAOADwZEwDE0A4AEtEOAPrQDgCwJBEAE9EOABInDwAV0Q4AFikPABvRDgBo0Q4AHNEOALolDwAi0Q4AFCgPADDRDgDkvRAAddEOAL7RDgDJ0Q4AFNIOABbSDgBq0g4Ad9IOAMDSDgDH0g4AFtMOACfTDgBs0w4AeNMOAMLTDgDJ0w4AGNQOACDUDgCSGRMAdNQOAMTUDgDK1A4AGtUOAB/VDgBw1Q4AdtUOAOgZEwDS1Q4AHNYOACbWDgBy1g4AdtYOAMjWDgDU1g4AHtcOACrXDgB01w4AgdcOAMrXDgDS1w4AINgOACrYDgB22A4AgtgOAMzYDgDP2A4AItkOACzZDgCUGhMAetkOAM7ZDgDR2Q4AJNoOACfaDgBAGxMAgtoOAJYbEwDe2g4AJtsOACfbDgDsGxMAhNsOAEIcEwDX2w4AKNwOAC/cDgB+3A4Ag9wOAJgcEwDc3A4A7hwTADLdDgCA3Q4Ait0OANbdDgDh3Q4ALN4OADreDgCC3g4Ahd4OANjeDgDg3g4ALt8OADjfDgCE3w4AkN8OANrfDgDd3w4AMOAOADrgDgBEHRMAlOAOANzgDgDy4A4AMuEOAD7hDgCI4Q4Aj+EOAN7hDgDm4Q4ANOIOADniDgCK4g4Ak+IOAODiDgDq4g4ANuMOAD7jDgCM4w4AjuMOAOLjDgDy4w4AOOQOAELkDgCO5A4AmuQOAOTkDgDq5A4AOuUOAELlDgDwHRMAnuUOAOblDgDn5Q4ARh4TAEHmDgCcHhMAlOYOAOjmDgDp5g4APucOAEHnDgCU5w4An+cOAOrnDgDv5w4AQOgOAEroDgDyHhMAuugOAOzoDgD06A4ASB8TAETpDgCY6Q4AqekOAO7pDgD/6Q4AROoOAEfqDgCeHxMAoOoOAPDqDgD16g4ARusOAEnrDgCc6w4An+sOAPLrDgD66w4A9B8TAFbsDgCe7A4AoewOAPTsDgD/7A4ASu0OAFbtDgCg7Q4Ap+0OAPbtDgD+7Q4ATO4OAFbuDgC40A8AWu4OAKLuDgCv7g4A+O4OAADvDgBKIBMAWu8OAKTvDgCn7w4A+u8OAATwDgBQ8A4AWPAOAKAgEwCy8A4A/PAOAALxDgBS8Q4AXPEOAKjxDgC88Q4A/vEOAAbyDgD2IBMAYfIOAKryDgCy8g4AAPMOAAPzDgBW8w4AYvMOAKzzDgC28w4AAvQOAAv0DgBY9A4AWfQOAK70DgDG9A4ABPUOAAb1DgBa9Q4Aa/UOALD1DgDB9Q4ABvYOAA72DgBc9g4Aa/YOALL2DgC09g4ACPcOABn3DgBe9w4Ab/cOALT3DgDN9w4ACvgOAAz4DgBg+A4Ab/gOALb4DgDW+A4AoiETAA75DgBi+Q4AgvkOALj5DgDM+Q4A+iITABb6DgBk+g4AcfoOALr6DgC/+g4AEPsOABr7DgBm+w4AbvsOALz7DgDC+w4AEvwOABv8DgBo/A4AdfwOAFAjEwDK/A4AFP0OABr9DgBq/Q4AcP0OAMD9DgDJ/Q4AFv4OABf+DgBs/g4Adv4OAML+DgDO/g4AGP8OAB//DgCmIxMAdv8OAPwjEwDM/w4AUiQTACIADwCoJBMAfAAPAMYADwDWAA8AHAEPACEBDwByAQ8AeAEPAMgBDwDUAQ8AHgIPACYCDwD+JBMAhQIPAMoCDwDbAg8AIAMPADIDDwB2Aw8AfgMPAMwDDwDXAw8AIgQPACcEDwB4BA8AfQQPAM4EDwDuBA8AVCUTADQFDwB6BQ8AhAUPANAFDwDcBQ8AJgYPACwGDwB8Bg8AhAYPANIGDwDUBg8AKAcPAN4GDwDeDA8AOQcPAH4HDwCPBw8A1AcPAOYHDwAqCA8AMggPAIAIDwCLCA8A1ggPANsIDwAsCQ8AMQkPAIIJDwCiCQ8AqiUTANoJDwAuCg8APQoPAIQKDwCPCg8A2goPAOwKDwAwCw8AOAsPAIYLDwCRCw8A3AsPAOELDwAyDA8ANwwPAIgMDwCoDA8AACYTAOAMDwA0DQ8AQw0PAIoNDwCVDQ8A4A0PAPINDwA2Dg8APg4PAIwODwCXDg8A4g4PAOcODwA4Dw8APQ8PAI4PDwCuDw8AViYTAPEPDwA6EA8AURAPAKwmEwCdEA8A5hAPAP0QDwACJxMASREPAJIRDwCZEQ8A6BEPAPYRDwA+Eg8ASxIPAJQSDwCrEg8AWCcTAPISDwCuJxMAQhMPAJYTDwCkEw8A7BMPAP0TDwAEKBMATxQPAJgUDwCvFA8AWigTAPgUDwBEFQ8AUBUPAJoVDwCdFQ8A8BUPAPoVDwCwKBMAYhYPAAYpEwCkFg8AXCkTAPoWDwBIFw8ASRcPAPoaDwBLFw8A9hgPAE8XDwAIIg8AUhcPAJ4XDwBXFw8A/hwPAFgXDwD8Gw8AoxcPAFwhDwCqFw8A9BcPAPcXDwBKGA8AVBgPALIpEwCoGA8ACCoTAP8YDwBMGQ8AFhkPAAQgDwBaGQ8AohkPAKwZDwD4GQ8ABBoPAE4aDwBRGg8ApBoPAKwaDwBeKhMA/BoPAFAbDwBTGw8AphsPAKkbDwC0KhMA/hsPAFIcDwBgHA8AqBwPALkcDwBgKxMAAB0PAFQdDwBhHQ8Aqh0PALkdDwAAHg8ADB4PAFYeDwBnHg8ArB4PAL0eDwACHw8ADh8PAFgfDwBfHw8Arh8PALYfDwAMLBMAEiAPAFogDwBbIA8AYiwTALwgDwAGIQ8ADSEPALgsEwBjIQ8AsiEPALchDwBkLRMAESIPAF4iDwBkIg8AtCIPALYiDwAKIw8AFCMPAGAjDwBuIw8AtiMPALsjDwAMJA8AGSQPAGIkDwB6JA8AuCQPAM4kDwAOJQ8AESUPAGQlDwBsJQ8AEC4TAMYlDwAQJg8AEyYPAGYmDwBwJg8AZi4TAMQmDwC8LhMAFCcPAGgnDwBrJw8AvicPAMEnDwASLxMAFigPAGooDwB4KA8AwCgPANEoDwC+LxMAHykPAGwpDwB6KQ8AwikPAIUpDwDo6hAAzCkPABgqDwAkKg8AbioPAHEqDwDEKg8AzCoPAGowEwA0Kw8AwDATAIorDwDGKw8A4CsPABYxEwAhLA8AJDAPACosDwDQMA8ALCwPAHIsDwB0LA8AyCwPANYsDwAeLQ8ALy0PAGwxEwB7LQ8AwjETANAtDwAgLg8AJS4PAHYuDwB8Lg8AGDITANIuDwAiLw8AJy8PAHgvDwCOLw8Azi8PANYvDwDEMhMARDAPAHowDwCCMA8AGjMTAOcwDwAmMQ8AMzEPAHwxDwCBMQ8A0jEPANgxDwAoMg8ANDIPAH4yDwCFMg8A1DIPANwyDwAqMw8ATTMPAMYzEwCNMw8A1jMPAOUzDwAsNA8ALjQPAII0DwCLNA8A2DQPAO80DwAuNQ8AOTUPAIQ1DwCONQ8A2jUPAOI1DwByNBMANjYPAIY2DwCMNg8A3DYPAOE2DwAyNw8AODcPAMg0EwCqNw8A3jcPAOY3DwB0NRMAPTgPAIo4DwCLOA8A4DgPAOg4DwA2OQ8AQTkPAIw5DwCROQ8A4jkPAOc5DwA4Og8AWDoPAMo1EwCUOg8A5DoPAOs6DwA6Ow8APzsPAJA7DwCUOw8A5jsPAPM7DwA8PA8ARDwPAJI8DwCdPA8A6DwPAO08DwA+PQ8AQz0PAJQ9DwC0PQ8AIDYTAPk9DwBAPg8ASz4PAJY+DwCePg8A7D4PAO8+DwBCPw8A9j4PAEhCDwBOPw8AmD8PAKI/DwDuPw8A9z8PAERADwBFQA8AmkAPAKJADwDwQA8A+0APAEZBDwBLQQ8AnEEPAKFBDwDyQQ8AEkIPAHY2EwBUQg8AnkIPAKBCDwD0Qg8A+kIPAEpDDwBRQw8AoEMPAKVDDwD2Qw8A+kMPAExEDwBZRA8AokQPAKpEDwD4RA8AA0UPAE5FDwBTRQ8ApEUPAKlFDwD6RQ8AGkYPAMw2EwBYRg8AIjcTALBGDwD8Rg8ABUcPAFJHDwBYRw8AqEcPALRHDwD+Rw8AHEgPAFRIDwBVSA8AqkgPAKxIDwAASQ8ADUkPAFZJDwBkSQ8ArEkPALtJDwACSg8AHkoPAFhKDwBgSg8AzjcTAMFKDwAESw8ABUsPAFpLDwBmSw8AsEsPAL9LDwAGTA8AEEwPAFxMDwBoTA8AskwPALlMDwAkOBMAEE0PAHo4EwBnTQ8AtE0PAMFNDwDQOBMAD04PAGBODwBtTg8Atk4PAMBODwAmORMADk8PAGJPDwB4Tw8AuE8PAMRPDwB8ORMAFlAPANqNEAAsUA8AZFAPAGxQDwCwzA8AglAPALpQDwDCUA8AEFEPANxQDwDMsRAAEVEPAL5SDwATUQ8AFlQPABxRDwAishAAIFEPAGZRDwBoUQ8AvFEPAMpRDwASUg8AI1IPANI5EwBwUg8AKDoTAMBSDwAUUw8AF1MPAGpTDwBtUw8AfjoTAMhTDwDUOhMAIFQPAMasDwA2VA8AbFQPAHpUDwDCVA8Aw1QPACo7EwAgVQ8AgDsTAJFVDwDWOxMA0VUPABpWDwAoVg8AcFYPAHpWDwDGVg8AzlYPABxXDwAdVw8AJlwPADdXDwDMWQ8ASFcPAHJXDwB7Vw8AyFcPAMlXDwAeWA8ALFgPAHRYDwB+WA8AylgPANZYDwAgWQ8AJlkPAHZZDwCSWQ8ALDwTANpZDwAiWg8AL1oPAHhaDwCCWg8AzloPANBaDwAkWw8AO1sPAHpbDwCGWw8A0FsPAOxbDwCCPBMAN1wPAHxcDwB+XA8A0lwPANxcDwAoXQ8AOF0PAH5dDwCDXQ8A1F0PANpdDwAqXg8AQF4PAIBeDwCIXg8A1l4PANleDwAsXw8ANV8PAIJfDwCQXw8A2F8PAOJfDwAuYA8AOmAPAIRgDwCgYA8A2DwTAOdgDwAwYQ8AOGEPAIZhDwCJYQ8A4roPAJZhDwDcYQ8A3mEPAOC5DwDqYQ8AMmIPAD9iDwCIYg8AlmIPAN5iDwDhYg8ANGMPAD9jDwCKYw8AlmMPAOBjDwDnYw8ANmQPAD5kDwCMZA8AjmQPAOJkDwDyZA8AOGUPAEJlDwCOZQ8AmmUPAORlDwDqZQ8AOmYPAEJmDwAuPRMAkmYPAOZmDwD0Zg8APGcPAElnDwCSZw8AnmcPAOhnDwDuZw8APmgPAEFoDwCUaA8AnGgPAOpoDwDsaA8A9G0PAO1oDwCYag8A+mgPAEBpDwBCaQ8AqHIPAEVpDwCWaQ8An2kPAOxpDwD5aQ8AQmoPAElqDwCEPRMAoWoPAPhvDwCiag8ARmwPALhqDwDuag8A/GoPAERrDwBFaw8A2j0TAKZrDwDwaw8A92sPADA+EwBIbA8AnGwPAKJsDwDybA8A/GwPAEhtDwBUbQ8Anm0PAKVtDwCGPhMADW4PAEpuDwBPbg8AoG4PAKZuDwD2bg8AAG8PAExvDwBYbw8Aom8PAKlvDwDcPhMAB3APAE5wDwBdcA8ApHAPALBwDwD6cA8A/XAPAFBxDwBTcQ8ApnEPALZxDwD8cQ8ABXIPAFJyDwBjcg8AMj8TALZyDwD+cg8AD3MPAIg/EwBbcw8A3j8TALJzDwAAdA8AAnQPAAp5DwADdA8ArnUPABB0DwBWdA8AWHQPAL59DwBbdA8ArHQPALV0DwACdQ8AD3UPAFh1DwBfdQ8ANEATALd1DwAOew8AuHUPAFx3DwDOdQ8ABHYPABJ2DwBadg8AW3YPAIpAEwC8dg8ABncPAA13DwDgQBMAXncPALJ3DwC4dw8ACHgPABJ4DwBeeA8AangPALR4DwC7eA8ANkETACN5DwBgeQ8AZXkPALZ5DwC8eQ8ADHoPABZ6DwBieg8AbnoPALh6DwC/eg8AjEETAB17DwBkew8Ac3sPALp7DwDGew8AEHwPABN8DwBmfA8AaXwPALx8DwDMfA8AEn0PABt9DwBofQ8AeX0PAOJBEwDMfQ8AFH4PACV+DwA4QhMAcX4PAI5CEwDIfg8AFn8PAD9/DwBsfw8AdH8PAMJ/DwDSfw8AGIAPABqADwBugA8AfIAPAMSADwDVgA8A5EITACCBDwBwgQ8AfIEPADpDEwD0gQ8A5kMTACWCDwBygg8Af4IPAMiCDwDkgg8AHoMPACaDDwA8RBMAhYMPAMqDDwDMgw8AIIQPACGEDwB2hA8AeYQPAMyEDwDYhA8AIoUPACmFDwB4hQ8AlIUPAM6FDwDWhQ8AkkQTADGGDwB6hg8AioYPANCGDwDVhg8AJocPAFGHDwDoRBMAgocPAD5FEwDahw8AKIgPACmIDwCQkQ8ALogPAJA/EQAyiA8AfogPADSIDwDcjA8AOIgPAC6LDwBGiA8A7JQPAIOIDwDWNxEAiYgPAMwyEQCKiA8A1IgPANeIDwAqiQ8ANIkPAJRFEwCIiQ8A1okPANyJDwAsig8ANYoPAIKKDwCPig8A2IoPAPSKDwDqRRMAMIsPAISLDwAziw8AQkMRAJKLDwDaiw8A64sPAEBGEwA2jA8AhowPAJKMDwCWRhMA4owPADKNDwA4jQ8AiI0PAI2NDwDejQ8A5I0PAJhHEwA7jg8AmkgTAI+ODwDgjg8A6I4PADaPDwBCjw8AjI8PAJ+PDwDijw8A7o8PADiQDwBHkA8AjpAPAJeQDwDkkA8A7pAPADqRDwBGkQ8ARkkTAKGRDwDmkQ8A8pEPADySDwA+kg8AkpIPAJWSDwDokg8A9JIPAD6TDwBGkw8AnEkTAKCTDwDqkw8A+pMPAECUDwBMlA8AlpQPAJyUDwDySRMADpUPAEKVDwBKlQ8AmJUPAMKVDwDulQ8A+ZUPAESWDwBQlg8AmpYPAKuWDwDwlg8A8ZYPAEhKEwBMlw8AnJcPAKmXDwCeShMA/5cPAEiYDwBfmA8AnpgPAMmYDwD0mA8A/JgPAEqZDwBUmQ8AoJkPAKyZDwD2mQ8A+ZkPAEyaDwBWmg8A9EoTAKqaDwD4mg8A/poPAE6bDwBXmw8ApJsPALGbDwD6mw8AFpwPAEpLEwBSnA8AppwPAFecDwAWqg8As5wPAPycDwADnQ8AUp0PAFSdDwConQ8Arp0PAP6dDwAFng8AVJ4PAGyeDwCqng8Ar54PAACfDwC2ng8ArJ8PAAmfDwBWnw8AYJ8PAKBLEwCynw8AAqAPAAigDwBYoA8AXaAPAK6gDwC0oA8A9ksTAAWhDwBaoQ8Aa6EPALChDwC8oQ8ABqIPABCiDwBcog8AaKIPALKiDwC5og8ATEwTAAqjDwBeow8AE6MPAFpPEQBhow8AtKMPANSjDwAKpA8AEqQPAKJMEwBxpA8AtqQPAL2kDwAMpQ8AFKUPAGKlDwBlpQ8AEKcPAHKlDwC4pQ8AuqUPAA6mDwAcpg8AZKYPAHWmDwD4TBMAwaYPAE5NEwAZpw8AZqcPAHWnDwC8pw8Ay6cPABKoDwAeqA8AaKgPAGuoDwC+qA8AwagPABSpDwAkqQ8AaqkPAHOpDwDAqQ8A0akPAKRNEwAbqg8AbKoPAHWqDwDCqg8AzKoPABirDwAgqw8AbqsPAIyrDwDEqw8A4qsPABqsDwA4rA8AcKwPAI6sDwD6TRMAzawPABytDwAhrQ8Acq0PACitDwB0rg8Ae60PAMitDwDSrQ8AHq4PADquDwBQThMAeq4PAMquDwDQrg8AIK8PADyvDwCmThMAoK8PAFJPEwD2rw8AqE8TACqwDwCqUBMAjrAPAM6wDwDQsA8AJLEPACqxDwB6sQ8AjrEPANCxDwDYsQ8AJrIPAFCyDwAAURMAhbIPANKyDwDfsg8AKLMPADazDwB+sw8AiLMPANSzDwDusw8AKrQPADe0DwCAtA8AjLQPANa0DwDgtA8ALLUPADS1DwBWURMAibUPANi1DwDgtQ8ArFETAAa2DwCuUhMAOrYPAIS2DwCLtg8A2rYPAOK2DwACUhMA9rYPAHRgEwAytw8AhrcPAJe3DwDctw8A5LcPADK4DwA8uA8AiLgPAJS4DwDeuA8A4bgPADS5DwA+uQ8ABFMTAKa5DwBaUxMA7rkPADa6DwBHug8AsFMTAJO6DwAGVBMA67oPADi7DwBHuw8AjrsPAJ27DwDkuw8A8LsPADq8DwA9vA8AkLwPAJO8DwDmvA8A9rwPADy9DwBFvQ8Akr0PAKO9DwBcVBMA6r0PAD6+DwD0vQ8A6r4PAEG+DwCUvg8AnL4PALJUEwDwvg8AQL8PAEy/DwCWvw8Anr8PAAhVEwD4vw8AQsAPAEXADwCYwA8AosAPAF5VEwDzwA8ARMEPAFrBDwCawQ8Am8EPAPDBDwABwg8ARsIPAFLCDwCcwg8ApsIPAPLCDwD+wg8AtFUTAFTDDwCeww8AocMPAPTDDwD+ww8AYFYTAE3EDwCgxA8Ao8QPAPbEDwACxQ8ATMUPAFLFDwCixQ8ArMUPALZWEwD9xQ8ATsYPAFvGDwCkxg8Ap8YPAPrGDwAWxw8AUMcPAFjHDwAMVxMArscPAGJXEwAEyA8AuFcTAFXIDwCoyA8AacgPAGqrEADIyA8A/sgPABLJDwAOWBMAVckPAKrJDwCwyQ8AAMoPAAzKDwBWyg8AZcoPAKzKDwCuyg8AAssPAAzLDwBYyw8AZMsPAK7LDwC1yw8AZFgTABDMDwC6WBMAYswPABBZEwCzzA8AtM4PAMDMDwAGzQ8ACM0PAFzNDwBqzQ8Ass0PAMPNDwAWXBMAD84PAGxcEwBmzg8AwlwTANTODwAKzw8AGM8PAGDPDwBhzw8AGF0TAMLPDwAM0A8AE9APAG5dEwCF0A8Acl8TAMTQDwAO0Q8AEdEPAGTRDwBu0Q8AyF8TAMLRDwAQ0g8AHtIPAGbSDwBz0g8AvNIPAMTSDwAeYBMAFdMPAGjTDwB00w8AvtMPAMTTDwAU1A8AHtQPAMpgEwBv1A8AwNQPAM3UDwAW1Q8AGdUPAGzVDwCB1Q8AwtUPAMrVDwAgYRMAGtYPAG7WDwB81g8AxNYPANXWDwB2YRMAINcPAHDXDwB81w8AzGETAMzXDwAc2A8AItgPAHLYDwB32A8AyNgPAM7YDwB4YhMAJtkPAHTZDwCA2Q8AytkPANDZDwAg2g8AJtoPAHbaDwB72g8AzNoPANLaDwDSZBMAMdsPAHjbDwCH2w8AztsPANfbDwAk3A8AKtwPAHrcDwCA3A8A0NwPANzcDwAm3Q8ALd0PAHzdDwCE3Q8AfmUTANzdDwAo3g8AM94PAH7eDwCK3g8A1N4PANreDwAq3w8AMt8PAIDfDwCM3w8A1t8PANzfDwAs4A8AMuAPAILgDwCH4A8A2OAPAN7gDwDUZRMANeEPAIThDwCS4Q8A2uEPAOfhDwAw4g8AR+IPAIbiDwCi4g8A3OIPAOTiDwAqZhMAReMPAIjjDwCK4w8A3uMPAPTjDwA05A8ANeQPAIrkDwCb5A8A4OQPAOzkDwCAZhMAUuUPANZmEwCi5Q8A4uUPAOPlDwA45g8ASeYPAI7mDwCa5g8ALGcTAOnmDwA65w8AQOcPAJDnDwCw5w8A5ucPAPLnDwA86A8AQ+gPAIJnEwCe6A8A6OgPAOroDwA+6Q8AXukPANhnEwCb6Q8ALmgTAO/pDwBA6g8AUOoPAJbqDwCe6g8A7OoPAPbqDwBC6w8ATusPAJjrDwCb6w8A7usPAPjrDwCEaBMASewPAErvDwBS7A8AmuwPAKrsDwDw7A8AAO0PAEbtDwBu7Q8AnO0PAMTtDwDy7Q8AGu4PADBpEwBU7g8Anu4PAKDuDwD07g8AFO8PADRrEwBX7w8AoO8PAKzvDwD27w8AHvAPAEzwDwB08A8AovAPAMrwDwCKaxMA/vAPAE7xDwBT8Q8ApPEPAKrxDwCObRMAAvIPADpuEwBc8g8ApvIPAKnyDwD88g8ABvMPAFLzDwBa8w8A5m4TALbzDwD+8w8ABfQPAFT0DwBc9A8AqvQPALf0DwAA9Q8ABfUPAFb1DwBg9Q8ArPUPALT1DwAC9g8AEvYPAFj2DwBm9g8ArvYPALv2DwAE9w8AEvcPAFr3DwBd9w8AsPcPALv3DwAG+A8ADvgPAFz4DwB1+A8AsvgPAL74DwAI+Q8AGPkPAF75DwBj+Q8AtPkPALr5DwAK+g8AFvoPAGD6DwBo+g8APG8TAMD6DwAM+w8AD/sPAGL7DwBq+w8AuPsPALn7DwAO/A8AEPwPAGT8DwBq/A8AuvwPAMb8DwAQ/Q8AHf0PAGb9DwBw/Q8AvP0PAMT9DwAS/g8AFP4PAGj+DwB1/g8Avv4PAMX+DwAU/w8AHP8PAGr/DwBu/w8AwP8PAML/DwAWABAAGQAQAGwAEAB0ABAAwgAQANEAEAAYARAAGgEQAG4BEAB7ARAAxAEQANMBEAAaAhAAJgIQAHACEACBAhAAxgIQANcCEAAcAxAAKAMQAHIDEAB5AxAAyAMQAOcDEACSbxMAMgQQAHQEEAB1BBAAygQQANYEEAAgBRAAPAUQAHYFEAB+BRAA6G8TANQFEACUcBMALgYQAHgGEAB+BhAAzgYQANQGEAAkBxAAPAcQAHoHEACEBxAA0AcQANwHEAAmCBAAKQgQAHwIEACGCBAA0ggQAOoIEAAoCRAAOAkQAH4JEACACRAA1AkQAOIJEAAqChAAOwoQAOpwEwCGChAA1goQAOIKEABAcRMANAsQAOxxEwCOCxAA2AsQANsLEAAuDBAAOAwQAEJyEwCGDBAA2gwQAOgMEAAwDRAAQQ0QAO5yEwCNDRAARHMTAOQNEACacxMAOg4QAJx0EwCKDhAA3g4QAOsOEAA0DxAAQw8QAIoPEACQDxAA4A8QAOwPEAA2EBAAOBAQAIwQEACWEBAA4hAQAPAQEAA4ERAAPREQAI4REACbERAA5BEQAPAREAA6EhAATRIQAJASEACfEhAA5hIQAPISEAA8ExAAPRMQAJITEACcExAA6BMQAPYTEAA+FBAAQxQQAJQUEAChFBAA8nQTAPQUEABAFRAAThUQAJYVEACZFRAA7BUQAPwVEABCFhAAUBYQAJgWEACkFhAA7hYQAPUWEABEFxAASxcQAJoXEACmFxAA8BcQAPEXEABGGBAAUhgQAJwYEACpGBAA8hgQAPkYEABIGRAAVBkQAJ4ZEACrGRAA9BkQAAMaEABKGhAAXhoQAKAaEACsGhAA9hoQAAkbEABMGxAAWxsQAKIbEACuGxAA+BsQAPkbEABOHBAAWBwQAKQcEACyHBAA+hwQAP8cEABQHRAAXR0QAEh1EwCnHRAA/B0QAA0eEABSHhAAYB4QAKgeEAC3HhAA/h4QAAAfEABUHxAAXh8QAKofEAC4HxAAACAQAAUgEABWIBAAYyAQAKwgEAC7IBAAAiEQAAchEABYIRAAZSEQAK4hEAC4IRAABCIQABAiEABaIhAAbSIQALAiEAC6IhAABiMQABIjEABcIxAAbyMQALIjEADBIxAACCQQABQkEABeJBAAXyQQALQkEAC+JBAACiUQABglEABgJRAAZSUQALYlEADDJRAAnnUTABEmEABiJhAAbyYQALgmEADCJhAADicQABQnEABkJxAAZicQALonEADHJxAAECgQABMoEABmKBAAdCgQALwoEADIKBAAEikQAB8pEABoKRAAcikQAL4pEADNKRAAFCoQABkqEABqKhAAdyoQAMAqEADNKhAAFisQACIrEABsKxAAeysQAMIrEADMKxAAGCwQACYsEABuLBAAcywQAMQsEADRLBAAGi0QACYtEABwLRAAgy0QAMYtEADVLRAAHC4QACguEAByLhAAcy4QAMguEADSLhAAHi8QACwvEAB0LxAAeS8QAMovEADXLxAA9HUTADMwEAB2MBAAhTAQAMwwEADYMBAAIjEQACMxEAB4MRAAgjEQAM4xEADcMRAAJDIQACkyEAB6MhAAhzIQAEp2EwDjMhAAJjMQADUzEAB8MxAAiDMQANIzEADTMxAAKDQQADI0EAB+NBAAjDQQANQ0EADZNBAAKjUQADc1EACgdhMAgjUQANY1EADkNRAALDYQADk2EACCNhAAjjYQANg2EADeNhAALjcQAD83EACENxAAhjcQANo3EADjNxAAMDgQAD04EACGOBAAlTgQANw4EADnOBAAMjkQAD45EACIORAAmzkQAN45EADtORAANDoQAEA6EACKOhAAizoQAOA6EADqOhAANjsQAEQ7EACMOxAAkTsQAOI7EADvOxAA9nYTAEU8EACOPBAAnDwQAOQ8EADuPBAAOj0QAEg9EACQPRAAkj0QAOY9EAD3PRAAPD4QAEo+EACSPhAAwz4QAOg+EADqPhAAPj8QAEg/EACUPxAAoj8QAOo/EADvPxAAQEAQAE1AEACWQBAAokAQAOxAEAD/QBAAQkEQAFFBEACYQRAApEEQAO5BEADvQRAAREIQAE5CEACaQhAAqEIQAPBCEAD1QhAARkMQAFNDEABMdxMAnkMQAPJDEAD0QxAASEQQAFdEEACeRBAArUQQAPREEAAARRAASkUQAE1FEACgRRAAo0UQAPZFEAD8RRAATEYQAFhGEACiRhAApUYQAPhGEAD9RhAATkcQAFdHEACkRxAAqkcQAPpHEAAJSBAAUEgQAFxIEACmSBAAtkgQAPxIEAD+SBAAUkkQAGBJEACoSRAAuUkQAKJ3EwAEShAAVEoQAGBKEAD4dxMAvUoQAABLEAAPSxAAVksQAGJLEACsSxAArUsQAAJMEAAMTBAAWEwQAGZMEACuTBAAs0wQAARNEAARTRAATngTAGZNEACwTRAAuk0QAAZOEAAyThAAXE4QAGNOEACyThAAy04QAAhPEAAXTxAAXk8QAG1PEAC0TxAAuU8QAApQEAAXUBAAYFAQAG1QEAC2UBAAwlAQAAxREAAbURAAYlEQAGxREAC4URAAxlEQAA5SEAATUhAAZFIQAHFSEAC6UhAAxlIQABBTEAAjUxAAZlMQAHVTEAC8UxAAyFMQABJUEAATVBAAaFQQAHJUEAC+VBAAzFQQABRVEAAZVRAAalUQAHdVEACkeBMA0VUQABZWEAAnVhAAbFYQAHhWEADCVhAA2VYQABhXEAAaVxAAblcQAH9XEADEVxAAx1cQABpYEAAkWBAAcFgQAHJYEADGWBAA0FgQABxZEAAoWRAAclkQAH5ZEADIWRAA21kQAB5aEAAtWhAAdFoQAIBaEADKWhAAy1oQACBbEAAqWxAAdlsQAIRbEADMWxAA0VsQACJcEAAvXBAA+ngTAHpcEADOXBAA2FwQACRdEAAsXRAAUHkTAI1dEADQXRAA3F0QACZeEAA1XhAAfF4QAIVeEADSXhAA3F4QAChfEAA2XxAAfl8QAINfEADUXxAA4V8QACpgEAA2YBAAgGAQAJNgEADWYBAA5WAQACxhEAA4YRAAgmEQAINhEADYYRAA4mEQAC5iEAA8YhAAhGIQAIliEADaYhAA52IQAKZ5EwAyYxAAhmMQAJBjEADcYxAA5GMQAPx5EwA3ZBAAiGQQAJ5kEADeZBAA32QQADRlEABFZRAAimUQAJZlEADgZRAA6mUQADZmEABEZhAAjGYQAJFmEADiZhAA72YQADhnEABEZxAAjmcQAKFnEADkZxAA82cQADpoEABGaBAAkGgQAJFoEADmaBAA8GgQADxpEABKaRAAkmkQAJdpEADoaRAA9WkQAFJ6EwBAahAAlGoQAJ5qEADqahAA8moQAKh6EwBWaxAAlmsQAKJrEADsaxAA8WsQAEJsEABLbBAAmGwQAKJsEADubBAA+mwQAERtEABXbRAAmm0QAKltEADwbRAA/G0QAEZuEABHbhAAnG4QAKZuEADybhAAAG8QAEhvEABNbxAAnm8QAKtvEAD+ehMA9m8QAEpwEABUcBAAoHAQAKhwEABUexMAA3EQAExxEABbcRAAonEQAK1xEAD4cRAABHIQAE5yEABdchAApHIQAMRyEAD6chAABnMQAFBzEABXcxAApnMQALRzEAD8cxAAAXQQAFJ0EABedBAAqHQQALt0EAD+dBAADXUQAFR1EABgdRAAqnUQAKt1EAAAdhAACnYQAFZ2EABkdhAArHYQALF2EAACdxAAD3cQAKp7EwBadxAArncQALh3EAAEeBAADHgQAAB8EwB3eBAAsHgQAMF4EAAGeRAAEnkQAFx5EABveRAAsnkQAMF5EAAIehAAFHoQAF56EABfehAAtHoQAL56EAAKexAAGHsQAGB7EABlexAAtnsQAMN7EABWfBMADnwQAGJ8EABsfBAAuHwQAMB8EACsfBMAK30QAGR9EAB1fRAAun0QAMZ9EAAQfhAAI34QAGZ+EAB1fhAAvH4QAMh+EAASfxAAE38QAGh/EAByfxAAvn8QAMx/EAAUgBAAGYAQAGqAEAB3gBAAAn0TAMKAEAAWgRAAIIEQAGyBEAB0gRAAWH0TANOBEAAYghAALIIQAG6CEAByghAAxIIQAMaCEAAagxAALoMQAHCDEABzgxAAxoMQAOODEAAchBAALYQQAHKEEAB+hBAAyIQQANuEEAAehRAALYUQAHSFEACAhRAAyoUQAMuFEAAghhAAKoYQAHaGEACEhhAAzIYQANGGEAAihxAAL4cQAK59EwB6hxAAzocQANiHEAAkiBAALIgQAAR+EwB8iBAA0IgQAN6IEAAmiRAAN4kQAFp+EwCDiRAAsH4TAPWJEACyfxMAMIoQALSAEwCEihAA1IoQANmKEAAqixAALosQAICLEACNixAACoETANuLEAAsjBAAMIwQAIKMEACEjBAA2IwQAPGMEAAujRAAP40QAISNEACQjRAAYIETAN2NEACQkxAA5o0QADCOEABDjhAAho4QAIeOEADcjhAA6I4QADKPEABBjxAAiI8QAJKPEADejxAA6o8QADSQEAA7kBAAtoETAJKQEADgkBAA4pAQAPicEADjkBAA6pUQAOaQEAA2kRAA7JAQAESYEADtkBAAcgURAEKREACMkRAAm5EQAOKREADukRAAOJIQAEaSEACOkhAAqZIQAOSSEADwkhAAOpMQAEGTEAAMghMAnZMQAOaTEADokxAAPJQQAD2UEACSlBAAlZQQAOiUEADzlBAAPpUQAEOVEACUlRAAnpUQAGKCEwD3lRAAQJYQAEKWEACWlhAAl5YQAOyWEADvlhAAQpcQAE2XEACYlxAAnZcQAO6XEAD4lxAAuIITAFeYEACamBAAm5gQAPCYEAD8mBAARpkQAFWZEACcmRAAppkQAPKZEAD+mRAASJoQAE+aEAAOgxMAppoQAPSaEAD2mhAASpsQAFmbEACgmxAAqpsQAPabEAD/mxAATJwQAE6cEACinBAAs5wQALqDEwAHnRAATp0QAFidEACknRAArZ0QAPqdEAD8nRAAUJ4QAGGeEACmnhAArp4QAPyeEAAanxAAUp8QAFqfEAConxAAtJ8QAP6fEAARoBAAVKAQAFWgEACqoBAAtqAQAAChEAAPoRAAVqEQAGChEACsoRAAuKEQAAKiEAAJohAAEIQTAGmiEACuohAAv6IQAASjEAAMoxAAWqMQAGGjEACwoxAAvqMQAAakEAAWpBAAXKQQAGykEACypBAAzqQQAGaEEwAVpRAAXqUQAHWlEAC0pRAAvKUQAAqmEAAYphAAYKYQAGqmEAC2phAAwqYQAAynEAAipxAAYqcQAGWnEAC4pxAA1KcQALyEEwAYqBAAZKgQAGyoEAC6qBAAyagQABCpEAAVqRAAZqkQAHOpEAC8qRAAxqkQABKqEAAUqhAAaKoQAHaqEAC+qhAAy6oQABSrEAAXqxAAEoUTAHWrEADAqxAAyqsQABasEAAerBAAbKwQAHusEADCrBAAx6wQABitEAAlrRAAbq0QAHitEADErRAAxq0QABquEAAorhAAcK4QAH2uEADGrhAAya4QAGiFEwAfrxAAcq8QAH6vEADIrxAAz68QAB6wEAAmsBAAdLAQAI2wEADKsBAA3rAQACCxEAA8sRAAdrEQAH6xEAAUhhMA1LEQAGqGEwAvshAAeLIQAH+yEADOshAA1rIQACSzEAApsxAAerMQAIqzEADQsxAA2LMQACa0EAA0tBAAfLQQAIm0EADStBAA37QQACi1EAA0tRAAfrUQAIS1EADUtRAA3LUQACq2EAA2thAAgLYQAJO2EADWthAA5bYQACy3EAA4txAAgrcQAIO3EADYtxAA4rcQAC64EAA8uBAAhLgQAIm4EADauBAA57gQAMCGEwAzuRAAhrkQAJC5EADcuRAA3rkQADK6EABBuhAAiLoQAKi6EADeuhAA5roQADS7EAA+uxAAirsQAJC7EADguxAA4rsQADa8EABFvBAAjLwQAJi8EADivBAA6rwQABaHEwBWvRAAjr0QAKy9EABshxMAAr4QADq+EABYvhAAkL4QAJi+EADmvhAA9b4QADy/EAA+vxAAkr8QAJu/EADovxAA678QAD7AEABKwBAAlMAQAJvAEADqwBAA8sAQAEDBEABZwRAAlsEQAKrBEADswRAACMIQAELCEABKwhAAwocTALbCEADuwhAADMMQABiIEwBdwxAAmsMQAJ/DEADwwxAAC8QQAEbEEABSxBAAnMQQAKTEEABuiBMABcUQAEjFEABXxRAAnsUQAKrFEAD0xRAA9cUQAErGEABUxhAAoMYQAK7GEAD2xhAA+8YQAEzHEABZxxAAxIgTAKbHEAD4xxAA+scQAE7IEABRyBAApMgQAKzIEAD6yBAABMkQAFDJEABbyRAApskQALLJEAD8yRAABMoQABqJEwBgyhAAqMoQAK7KEAD+yhAACssQAFTLEABjyxAAqssQALTLEAAAzBAACMwQAFbMEABlzBAArMwQAK7MEAACzRAAC80QAFjNEABbzRAArs0QALrNEAAEzhAADM4QAHCJEwBqzhAAsM4QALjOEAAGzxAAEM8QAFzPEABnzxAAss8QAL7PEAAI0BAAENAQAMaJEwBj0BAAtNAQAMXQEAAK0RAAG9EQAGDREABl0RAAttEQALrREAAM0hAAGtIQAGLSEABv0hAAuNIQAM/SEAAO0xAAFtMQAGTTEABw0xAAutMQAM3TEAAQ1BAAH9QQAGbUEABy1BAAvNQQAL3UEAAS1RAAHNUQAGjVEAB21RAAvtUQAMPVEAAU1hAAIdYQAByKEwBw1hAAwNYQAM7WEAAW1xAAI9cQAGzXEACD1xAAwtcQAMrXEAAY2BAAI9gQAG7YEABw2BAAxNgQANHYEAAa2RAAIdkQAHDZEACB2RAAxtkQANTZEAAc2hAAKdoQAHLaEACJ2hAAyNoQANDaEAAe2xAAI9sQAHTbEACE2xAAytsQANLbEAAg3BAAKtwQAHbcEACB3BAAzNwQANjcEAAi3RAAKt0QAMiKEwCR3RAAzt0QANPdEAAk3hAAP94QAHreEACG3hAA0N4QANjeEAAeixMAOd8QAHzfEACL3xAA0t8QAN7fEAAo4BAAKeAQAH7gEACI4BAA1OAQAOLgEAAq4RAAL+EQAIDhEACN4RAAdIsTAN7hEAAs4hAALuIQAILiEACP4hAA2OIQAN3iEAAu4xAAOOMQAITjEACP4xAA2uMQAObjEAAw5BAANuQQAIbkEACO5BAA3OQQAOjkEAAy5RAAReUQAIjlEACX5RAA3uUQAOrlEAA05hAANeYQAIrmEACU5hAA4OYQAO7mEAA25xAAO+cQAIznEACZ5xAAyosTAOfnEAA46BAAR+gQAI7oEACd6BAA5OgQAO3oEAA66RAAQOkQAJDpEACW6RAA5ukQAPLpEAA86hAAQ+oQAJLqEACu6hAAIIwTAPLqEAA+6xAASusQAJTrEACX6xAA6usQAPTrEAB2jBMASOwQAMyMEwCe7BAAIo0TAPTsEAB4jRMASu0QAJjtEACZ7RAAUvUQAKXtEADu7RAArO0QAKLyEACv7RAACvwQALHtEAC8/xAA7+0QAETuEABa7hAAmu4QAKLuEADw7hAA8u4QAKDxEAD+7hAARu8QAE7vEADOjRMAU+8QAJzvEACf7xAA8u8QAPzvEABI8BAASvAQAJ7wEACv8BAA9PAQAAXxEABK8RAAUvEQACSOEwCn8RAA9vEQAP3xEABM8hAAVPIQAHqOEwCk8hAA+PIQAP7yEABO8xAAW/MQAKTzEACs8xAA+vMQAPzzEABQ9BAAV/QQAKb0EACt9BAA/PQQAAT1EADQjhMAX/UQAKj1EACp9RAA/vUQABT2EABU9hAAXPYQAKr2EACs9hAAWvkQALj2EAAA9xAACPcQACaPEwAN9xAAVvcQAFn3EACs9xAAtvcQAAL4EAAE+BAAWPgQAGn4EACu+BAAv/gQAAT5EAAM+RAAfI8TAGH5EACw+RAAt/kQAAb6EAAO+hAA0o8TAGb6EACy+hAAtPoQAAj7EAAZ+xAAXvsQAG/7EAC0+xAAvPsQACiQEwAP/BAAxAMRABb8EABg/BAAdvwQALb8EAC+/BAADP0QABr9EABi/RAAb/0QALj9EAC7/RAADv4QABj+EABk/hAAZv4QALr+EADL/hAAEP8QACH/EABm/xAAbv8QAH6QEwDF/xAAEgARAB8AEQBoABEAbwARAL4AEQDPABEAFAERACABEQBqAREAcgERANSQEwDNAREAFgIRABkCEQBsAhEAdgIRAMICEQDEAhEAGAMRACkDEQBuAxEAfwMRACqREwDMAxEAGgQRADEEEQBwBBEAfAQRAMYEEQDQBBEAHAURACQFEQCAkRMAcwURAMgFEQDeBREAHgYRACYGEQB0BhEAggYRAMoGEQDSBhEA1pETANcGEQAgBxEAIwcRAHYHEQCABxEAzAcRAM4HEQAiCBEAMwgRAHgIEQCJCBEAzggRANYIEQAskhMAKgkRAHoJEQB/CREA0AkRAOsJEQAmChEANAoRAHwKEQCDChEA0goRAN4KEQAoCxEALgsRAH4LEQCBCxEA1AsRAN4LEQAqDBEAMAwRAIAMEQCCDBEA1gwRAOAMEQAsDREAOA0RAIINEQCZDREA2A0RAOwNEQAuDhEASg4RAIQOEQCMDhEAgpITANwOEQAwDxEAPg8RAIYPEQCXDxEA2JITAOMPEQAukxMAQBARAIgQEQCSEBEA3hARAOkQEQA0EREAPBERAIoREQCWEREA4BERAPMREQA2EhEARRIRAIwSEQCYEhEA4hIRAOMSEQA4ExEAQhMRAI4TEQCcExEA5BMRAOkTEQA6FBEARxQRANqTEwCYFBEA5hQRAPAUEQA8FREAQRURAJIVEQCaFREA6BURAO4VEQA+FhEAShYRAJQWEQCaFhEA6hYRAPMWEQBAFxEATRcRAJYXEQCeFxEA7BcRAO0XEQBCGBEARBgRAJgYEQCbGBEA7hgRAPEYEQCGlBMAWhkRAJoZEQCiGREA8BkRAPwZEQBGGhEATBoRAJwaEQCiGhEA8hoRAPcaEQCeGxEAIBsRAEgbEQBQGxEAMpUTAKQbEQCIlRMAChwRAEocEQBMHBEAoBwRAK0cEQD2HBEA/RwRAEwdEQBUHREAoh0RALIdEQD4HREA+h0RAE4eEQBcHhEApB4RALUeEQA0lhMAAR8RAIqWEwBeHxEAph8RALAfEQD8HxEAByARAFIgEQBaIBEAqCARALQgEQD+IBEAESERAFQhEQBiIREAqiERALQhEQAAIhEACCIRAFYiEQBlIhEArCIRALEiEQACIxEACSMRAFgjEQBkIxEANpcTAO0jEQAEJBEAQyQRAFokEQBiJBEAjJcTANokEQAGJREAEiURAFwlEQBiJREAsiURALglEQAIJhEADSYRAF4mEQBkJhEA4pcTALUmEQAKJxEAECcRAGAnEQBlJxEAticRAMUnEQAMKBEAGCgRAGIoEQBlKBEAuCgRALsoEQAOKREAFikRAGQpEQBzKREAuikRAL8pEQAQKhEAJioRAGYqEQBnKhEAvCoRAM0qEQASKxEAHisRAGgrEQByKxEAvisRAMorEQAULBEAGywRADiYEwB6LBEAwCwRAMwsEQAWLREAJS0RAGwtEQCALREAwi0RANEtEQAYLhEAKS4RAG4uEQB6LhEAjpgTAMYuEQAaLxEAKC8RAHAvEQCBLxEA5JgTAMwvEQAcMBEAKDARADqZEwB4MBEAyDARAM4wEQAeMREAIzERAHQxEQB6MREAPJoTAM8xEQAgMhEAIjIRAHYyEQCHMhEAlJsTANgyEQAiMxEAKDMRAHgzEQCEMxEAzjMRANYzEQDqmxMAKjQRAHo0EQCGNBEA0DQRANg0EQBAnBMAMjURAHw1EQB/NREA0jURANw1EQCWnBMAKjYRAH42EQCMNhEA1DYRAOU2EQBCnRMAMDcRAIA3EQCMNxEAmJ0TAN43EQAsOBEALzgRAII4EQCOOBEA2DgRAOQ4EQAuOREANjkRAESeEwCPOREA2jkRAOY5EQAwOhEAODoRAJqeEwCPOhEA3DoRAO06EQAyOxEAQzsRAIg7EQCQOxEA3jsRAOE7EQA0PBEAPjwRAIo8EQCMPBEA4DwRAO88EQA2PREAVj0RAIw9EQCUPREA4j0RAOw9EQA4PhEAPj4RAI4+EQCQPhEA5D4RAPM+EQA6PxEARj8RAPCeEwCcPxEA5j8RAARAEQA8QBEAQkARAJJAEQCbQBEA6EARAPVAEQA+QREARkERAJRBEQCqQREA6kERAOxBEQBAQhEAW0IRAJZCEQCiQhEA7EIRAPlCEQBGnxMASEMRAJhDEQCgQxEA7kMRAAREEQBERBEASUQRAJpEEQCgRBEA8EQRAPxEEQBGRREATkURAJyfEwCpRREA8kURAAJGEQBIRhEATUYRAJ5GEQCkRhEA9EYRAApHEQBKRxEATEcRAKBHEQCqRxEA9kcRAARIEQBMSBEAUUgRAKJIEQCvSBEA8p8TAAdJEQBOSREAV0kRAKRJEQCuSREA+kkRAAhKEQBQShEAVUoRAKZKEQCzShEA/EoRAARLEQBSSxEAYksRAKhLEQCqSxEA/ksRAAxMEQBUTBEAZUwRAEigEwCxTBEAnqATAAVNEQBWTREAXE0RAKxNEQC0TREAAk4RAAxOEQBYThEAWk4RAK5OEQCxThEABE8RACRPEQBKoRMAZk8RALBPEQC2TxEABlARABJQEQBcUBEAZFARAKChEwC+UBEACFERAA5REQBeUREAalERALRREQC8UREA9qETAAxSEQBgUhEAblIRALZSEQDHUhEATKITABlTEQBiUxEAeVMRAKKiEwDCUxEADlQRABpUEQBkVBEAZ1QRALpUEQDEVBEA+KITACFVEQBmVREAbVURALxVEQDEVREAElYRAB9WEQBoVhEAbVYRAL5WEQDIVhEAFFcRABxXEQBqVxEAeVcRAMBXEQDFVxEAFlgRACxYEQBsWBEAbVgRAMJYEQDQWBEAGFkRAClZEQBuWREAelkRAMRZEQDMWREApKMTAB5aEQBYAQAAIloRACgPEwAmWhEAgrUPAHxaEQASCQAAzloRAMxdEQCBXBEAVisAAM5cEQBaLQAA3F0RAHg8AAB7XhEAfj8AANFeEQDkRwAAfF8RAETDEAB9XxEAlEoAAIFfEQBwvwMAhF8RAFzoBwDUXxEADl0AAIBgEQBwYwAA1mARAN5vAACBYREAlnYAAONhEQCofwAALmIRAASDAACCYhEADIcAADRjEQB0kAAA92MRAC5kEQCQZhEAoNEAAI5nEQC43QAA5GcRACDnAACQaBEA6PUAAERpEQBQ/wAAsmkRAKb/AADmaREA/P8AAEZqEQAIBgEA8GoRALYHAQBFaxEAwAwBAAdsEQDSFQEASmwRAN4bAQCzbBEA6mwRAFxtEQCWbREAnm0RAOxtEQD4bREAQiMBAEpuEQDyJQEACm8RAERvEQBMbxEAmm8RAJxvEQBWLQEA/G8RAGIzAQCkcBEAyjwBAAByEQBSVgEAqHIRAARaAQC8chEARMcSAMRyEQBAxRIAG3MRAFpaAQBScxEAslsBALRzEQAMXgEA/XMRABJhAQBSdBEAFmMBAFx1EQDmdQEAwHURAPx1EQAEdhEAPHYBAGF2EQCWeAEACncRAFaDAQB3dxEArIMBALZ3EQBahQEACHgRAFZ4EQBgeBEAsIUBALZ4EQC6igEAvHoRAJikAQAOexEAXHsRAGx7EQDupAEAFHwRAPaoAQBmfBEAtHwRAMR8EQBMqQEAbH0RAAiyAQAegBEAOisHAMKAEQDgSQIAxoARAI5LAgDKgBEAmM8BANaAEQCqWQIAaoERAKDTAQDMgREATtUBAHOCEQBS1wEAwoIRAADZAQAkgxEArtoBAHiDEQCy3AEAzoMRAAjdAQB2hBEAfg8TAHeEEQAqgwwAeoQRAAzfAQCKhBEA6uMMAMyEEQBi1BEA4IQRAGLfAQDyhBEAWFITACGFEQC43wEAJIURAFJuDQDShREAwuQBACiGEQAY5QEA1oYRAHrrAQB9hxEAhvEBACmIEQCO9QEAeYgRAMyIEQDYiBEAOvYBANaJEQAkihEAJ4oRAICHDgAwihEA8vwBAI+KEQCi/wEA8YoRACaLEQCAixEAJNgNAIyLEQAUDgIAqYsRAKgCAgDeixEACgkCAIqMEQC+DQIANo0RABYPAgCcjREAbA8CADiOEQCUtgsAPI4RABgQAgCLjhEAGhECAJKPEQCEGwIAOZARANABDQA8kBEAjiACAD6QEQDkDw8AjpARADATEwCgkBEA3JARADqREQCIkREATpERAPgqAgCLkREA+JYNAJKREQAOog0AlZERACKBDQCYkREAeFgOAJmREQDWXA4Ao5ERAJIiAgCpkREAtqANADaSEQDwJgIAXpIRAIi2DgCYkhEAnigCAOySEQCgKQIAVZYRAHA8AgDEpBEAWMcNAGylEQCwpREAGKYRAFymEQDCphEAQo8MAMimEQDo+QIADagRAOLAEgASqBEAtqgRACaoEQC8qxEALqgRAOrEEgA0qBEACAoDALioEQBSGA0AuqgRAPyYDQC9qBEAfFAJAMCoEQBeCgMAxagRALQKAwDHqBEATNoEANmoEQDGXhMA7agRAOQmBQAcqxEAKBoDAMSrEQASrBEAE6wRAKZCDQAcrBEAggsQACGsEQDKKw4AMawRAJBuEwByrBEAMh8DAG2tEQCESAMAcK0RAEALCwBxrREACjYDAHOtEQCWJgMAdK0RAEwsAwB2rREAMkwEAHetEQCmLgMAeK0RAMI8AwB5rREARikDAHqtEQDURwQAgK0RAKwxAwCprREAriMRAMiwEQA2dwMAzLARAI5NAwDQsBEAnGgNACixEQDoTwMAerMRACBsAwDntBEATIIDAJO1EQBgjAMARbYRAGiQAwCFthEAyJUDAIC3EQBApwMA3LcRACq4EQA4uBEAmqkDADC5EQDovQ8AOrkRAFayAwAxuhEAIMIDAI27EQBQ2gMAM7wRALbiAwDwvBEANL0RAJW9EQCE9AMA8r0RADa+EQBHvhEAivcDAJC/EQCiWwUAkb8RABYTBACYvxEAKicJAD3AEQAeFwQAQcARAEg2CQA/wREASi0EAEnCEQC2OAQA+cIRABI8BACywxEA7MMRAPTDEQBCxBEAUcQRAMxDBACixBEAKEcEAE3FEQAkAQ0AUMURANZIBACixREA8MURALbFEQCKvxIA+sURACxJBACkxhEA4k4EAAHHEQDmUAQApMcRAPJWBAD8xxEAbvUJAE3IEQCqXQQAWMkRACRwBACqyREADFUSABTKEQBOyhEAVsoRAKTKEQCxyhEASoMEALPKEQBAqQQAtcoRAIBzBABjzBEADpAEAGDNEQA0owQAss0RAADOEQARzhEAjKQEABHPEQC0uAQAYs8RABC8BAAG0BEAysMEAGvQEQCCygQAdtARAJrWBACD0BEAjtAEAIXREQDw1gQAJ9IRAP7dBABk0hEAYOQEABHTEQDU8wQAFtMRAHjPCQAX0xEAKtMJABnTEQAYygkAfNMRALbTEQC+0xEADNQRAGTUEQDc3g0AatQRAOC/EgBs1BEA2vYEAG7UEQAy4w8AhdQRAORtEwCo1BEALAsQAMDUEQDg+QQAO9URAGTVEQBv1REA4voEABrWEQCYAAUAy9YRAFIIBQBr1xEAZBEFAG7XEQDaIwYA2tcRABITBQAh2BEAeBsFACPYEQBoEwUAcNgRAMQWBQB02BEAyBgFAHbZEQAoHgUAfdoRAD4pBQDH2hEASC4FAJDdEQDK3REA0t0RACDeEQAv3hEAPFMFAH/eEQD2WgUAet8RAFxjBQCF3xEApA4JANHfEQC4ZgUA1eARADZ7BQDf4BEAJnMFACzhEQCCdgUAMOERAIZ4BQCa4hEA1OIRANziEQAq4xEAL+MRAF6PBQA54xEATocFAIbjEQCqigUAiuMRAK6MBQCO5REA4KUFADbmEQDyrgUA4uYRAMTCBQCt5xEAjtIFAAToEQDu1wUAQ+gRAPLZBQCa6BEAVOAFAOzoEQBW4QUAPukRAIzpEQCW6REArOEFAOXpEQCy5AUAl+oRABjtBQBW6xEAkOsRAJjrEQDm6xEA7OsRANr4BQBS7BEAjPwFAP7sEQD6CAYAQu0RAA4TBgD57REAFBYGAKXuEQAkHgYAU+8RAIomBgAK8BEARPARAEzwEQCa8BEAqvARAPQwBgDG8BEAUjUGAPzwEQD2MQYATvERAJzxEQCm8REATDIGALryEQD08hEA/PIRAErzEQBT8xEAGEMGAKrzEQAcRQYAaPQRAKL0EQCq9BEA+PQRAPn0EQAyUAYA/fQRAMCXBgAF9REA7FcGAAf1EQDSSgYAVPURAC5OBgBY9REAEJUGAFr2EQCcWgYABvcRAKxiBgBc9xEACmcGAK73EQAMaAYAYvgRABxwBgAc+REAVvkRAF75EQCs+REAtvkRACx4BgAF+hEAOn8GAMr6EQAE+xEADPsRAFr7EQBn+xEAmIMGAGn7EQCsjQYAtfsRAKCHBgBi/BEACJEGALr8EQAMkwYAJv4RAGD+EQBo/hEAtv4RAMX+EQAknwYAFv8RAICiBgAcARIAqrcGAIIBEgC8ARIA2AESABICEgAfAhIAArkGADADEgBqAxIAcgMSAMADEgDDAxIA0MoGAKMEEgDq1wYAGwUSAPTcBgAfBRIAQGMMANEFEgCs4wYAHQYSALTnBgB8BxIA1vgGANQHEgA2/gYA0ggSAK6/CQDmCBIAWL8JADwJEgB2CRIAfgkSAMwJEgDPCRIARgYHAD4KEgB4ChIAgAoSAM4KEgDdChIA+AkHAC8LEgCwEAcAfgwSACYhBwAvDRIA1AUOADQNEgDG1w8ANw0SANYjBwA4DRIAGNYPAIoNEgDeJwcAnA4SANYOEgDeDhIALA8SADUPEgCaMAcAjA8SAJ4yBwA9EBIArDkHAJ0QEgAWRAcAMxESANJMBwDfERIAklcHAIsSEgAAZAcAlBMSAMRwBwDqExIAIHQHAEIUEgB8dwcAqBQSAOIUEgDqFBIAOBUSAEcVEgCSggcASBUSANR4BwCaFRIA1nkHAOwVEgA6FhIARBYSACx6BwDsFhIA7oUHAJUXEgCojQcARhgSAFqRBwAGGRIAQBkSAEgZEgCWGRIApRkSAMKaBwD4GRIAHp4HAEoaEgCYGhIApxoSAHafBwBTGxIAgqUHAKQbEgDeqAcA/RsSAPa0BwD/GxIA6q4HAA4dEgBIHRIAUB0SAJ4dEgAQHhIASh4SAFIeEgCgHhIArR4SAMbHBwADHxIAdsoHAFofEgAozgcA+h8SAIrUBwCwIBIAmNsHAFshEgBs8AcAtCISAOoECAAGIxIAVCMSAGMjEgBCBggA0CMSAJoHCAAMJRIA/A0IAGQlEgBaEggAtiUSAAQmEgATJhIAshMIAIAmEgAKFQgAtScSAL4ZCAANKBIAzCAIALkoEgA8LggAZSkSAAA7CAAcKhIAtkAIAG8qEgAOQggAFCsSAMJGCADWKxIAECwSABgsEgBmLBIAvywSACpQCAB3LRIA2lIIADAuEgBqLhIAci4SAMAuEgDKLhIA7FsIACQvEgCaXQgAey8SAKRiCADMLxIAAmcIAHcwEgBgawgAfDESAGxxCADOMRIAHDISAB4yEgDCcQgA5DISAB4zEgAmMxIAdDMSAJI0EgDMNBIA1DQSACI1EgBANhIAejYSAII2EgDQNhIA2jYSAHCeCACYNxIA0jcSANo3EgAoOBIAMjgSALK/CAA+OBIAkq8IAIM4EgCWsQgA3jgSAFK6CAA1OhIANNYIADk6EgAizQgAkDoSAC7TCADZOhIAMtUIAI47EgA42AgA3TsSAD7bCACQPBIAnuAIAOg8EgAA5wgAlD0SAAbqCADqPRIAXOoIAFA+EgCKPhIAkj4SAOA+EgDvPhIADO0IAJk/EgDO+AgA8j8SAIb/CAAAQRIAOkESAEJBEgCQQRIAn0ESAO4ICQCVQhIA6EISAAJDEgBiGAkAWkMSAJRDEgCcQxIA6kMSAPlDEgBqHAkAdkQSABgeCQAIRRIAQkUSAEpFEgCYRRIA/UUSAMohCQBKRhIAJiUJAPxGEgAsKAkAWEcSAIosCQD5RxIA7rQJAPxHEgA+MQkAT0gSAEAyCQBUSRIAukQJAKpJEgBySwkA/UkSAHRMCQAUSxIATksSAFZLEgCkSxIAsEsSAORZCQACTBIAUEwSAFRMEgA8WwkAtkwSAOpcCQBuTRIAqE0SALBNEgD+TRIAKE4SAFxrCQBZThIAwHIJAMZOEgD8lAsACE8SAFZPEgCOTxIAIHgJACVQEgBYUBIAXVESALSXCQBjUhIAgKgJALxTEgAKVBIAL1USAGJVEgCBVRIAuFUSAB5WEgAMxAkAwlYSAGzJCQBsVxIAdM0JAMtYEgDOewoAzVgSAIzZCQAaWRIA6NwJACJbEgBS5wkAcVsSALbuCQB4WxIAsOsJAHpdEgDIXRIAd14SAOIECgCCXxIA+A8KANZgEgAkYRIATWESACAkCgDsYRIAJmISAC5iEgB8YhIAi2ISADAsCgDYYhIAjC8KANxiEgAeeQoAg2MSAJAxCgDcYxIAKmQSAFNkEgDqMwoA3mQSAJw3CgBVZRIA8jcKAOBmEgBuSwoA6GcSAHxSCgDqaBIA4loKAFBpEgA4WwoAmWkSAI5bCgDmaRIA6l4KAJhqEgDwYQoA/moSAEZiCgBHaxIAnGIKAJRrEgD4ZQoAEG0SADxtEgCubRIA6G0SAPBtEgA+bhIA724SANZ/CgDwbxIA7osKAK1wEgC2mgoAYHESAJpxEgCicRIA8HESAPpxEgB0pAoAynMSADawCgD4dBIAwMoKAFV1EgB20AoA+nUSADLZCgBedhIAjtwKAAR3EgD86AoAB3kSAJAICwDDehIAsBgLAF17EgC6HQsAu3sSABYhCwB2fBIAsHwSALh8EgAGfRIAXn0SANIpCwB6fhIAtH4SALx+EgAKfxIANH8SAOw2CwC/fxIA+DwLABSAEgBigBIAcIASAKQ9CwC+gBIA/j8LAHGBEgAIRQsAu4ESABBJCwDFghIAJFMLAMiCEgDQUwsAIYQSAOpgCwBvhBIAQmILAM2EEgCeZQsAHoUSAE5oCwBvhRIApGgLAOaFEgAYhhIA4IYSAGh1CwBEhxIAvnULAHqIEgDIiBIA8YgSAHZ8CwD8iBIAIn0LANiKEgAqgQsAMosSAIaECwCFixIA3oULAIeMEgBAjAsA1YwSAEiQCwCbjRIA0o0SAICOEgC8nwsA244SAHioCwCCjxIA0KkLAAiQEgDYrQsAQpASAOCxCwCHkBIAOrQLADSREgD6vgsARJESAIbaCwCckhIAFs0LAOGSEgBwzwsASJMSAMrRCwBSlRIAjJUSAJSVEgDilRIA75USAFLrCwBFlhIAWO4LAPGWEgAK8gsAr5cSAOaXEgBOmBIADqwSAFuYEgCSmBIASpkSAHr/CwBMmRIAIP0LAPyZEgBAmhIApJoSAOIIDABSmxIApBQMALCcEgDKJwwAUZ0SANIrDACqnRIA3jEMAACeEgBEOgwAVZ4SAEY7DAD6nhIA/EAMALyfEgD2nxIA/p8SAEygEgDAoBIAbE4MAKehEgDOVAwAvaISAOJeDABioxIASGcMAA6kEgBacAwAxqQSAAClEgAIpRIAVqUSAMilEgACphIACqYSAFimEgAHpxIANsASAAynEgBapxIADqcSAB4EEAAgpxIAwAUTAGSnEgDWgwwADKgSAIyJDAAaqhIAZKAMACmqEgBgqhIAvqoSAFycDAAbqxIAspwMAGWsEgAmrAwAyK0SAOi3DADgrRIAZtAOABquEgBorhIAhq4SAD64DAAwrxIAaq8SAHKvEgDArxIAJLASAES7DADesBIASr4MAIqxEgCmwQwAjLISAMayEgDOshIAHLMSAI6zEgDIsxIA0LMSAB60EgCCtBIAvs0MADy1EgB2tRIAfrUSAMy1EgAwthIAdNMMAEC3EgB6txIAgrcSANC3EgA0uBIA2NoMAO64EgDe3QwAmrkSADrhDAA0uxIAdq8PAIq7EgDMrw8A9LsSAC68EgA2vBIAhLwSAPq8EgCq7gwAjr0SACovDQA8vxIATCETAD7AEgBuVQ8AUsASAFRQEwBkwBIAjMASAJTAEgDSiRAAusASAMaBDwAQwRIAOMESAJHBEgCQQxMAAMISADrCEgBCwhIAkMISAPLCEgCGBw0AWMMSAJLDEgCawxIA6MMSAErEEgCMuA4AqsQSADo3DQDyxRIAPrwOAPjFEgCaEQ0AXMYSAEoUDQBMxxIAmscSAKnHEgBqJg4A+McSAL6FEwBXyRIAsh0NAGHJEgBaHA0AVsoSAGQhDQASyxIATMsSAFTLEgCiyxIAAc0SAHYqDQAUzxIAQjsNALLPEgAGSA0ADtESANBXDQAO0hIA1loNAF/TEgAQpQ4AYtMSAEhrDgBm0xIAlGQNAGzTEgCEtA4AENQSAF7UEgBo1BIAnmkNAHzVEgC21RIAvtUSAAzWEgC61hIAuHYNABPXEgBqeg0AGtkSANaFDQBw2RIAvtkSAMrZEgAyiQ0AdtoSAI6MDQAe2xIAbNsSAIPbEgDukQ0AeOASACStDQAn4RIA2LENAIXjEgBkzQ0AOuQSAH7kEgA35RIAMN4NADrlEgDY3A0AOuYSAIrgDQDk5hIAjOENADznEgCS5A0A/ecSADDoEgBO6BIA7ucNAKroEgBQ7g0AQOkSAKbuDQCU6xIA4usSAOTrEgAU+w0APewSAMD7DQBE7BIAGv4NAK7uEgDo7hIA8O4SAD7vEgBI7xIA9BUOAAbwEgBA8BIASPASAJbwEgCl8BIACiEOAPLwEgBmJA4AnvESAMYpDgBK8hIAJi8OAEnzEgDoOg4A9fMSAD47DgD+8xIAdIMPAKb0EgCcPw4A/PQSAEr1EgCu9RIATEIOAAT2EgAGSg4AVvcSAKT3EgCn9xIAYk0OAFz4EgC8Tw4ArvgSAPz4EgD/+BIAwFEOALT5EgBwVA4ABvoSAFT6EgBX+hIAdFYOAAz7EgB6WQ4AXvsSAKz7EgC2+xIA0FkOAAr8EgBY/BIAW/wSANJaDgAM/RIA2F0OAGL9EgCw/RIAs/0SADBfDgBk/hIAsv4SALX+EgA4Yw4AZv8SALT/EgC3/xIAQGcOAGwAEwDyag4AagETAFJwDgCKARMAJGMTANQBEwCqcQ4AZwITALoCEwBpAxMABHQOAHADEwBedg4AIAUTAGp8DgAiBRMAkBAPAMgFEwAWBhMAcQcTAKpzDwB2BxMAHAkTANAHEwCEiQ4ALAkTANyKDgCCCRMANo0OANQJEwA4jg4AOgoTAHQKEwDRChMABJ8OANQKEwBqpw4A2QoTAOSODgDlChMATpkOAIgNEwACng4ANA4TAA6kDgBLDxMAHF8TAIoPEwCuSg8AoQ8TAHBeEwCoDxMA/E4TAMIPEwD68Q8A3A8TACoQEwAtEBMAbKgOAJAQEwAaqg4A4hATAByrDgA0ERMAghETAIwREwByqw4AMxMTACixDgA6ExMALLMOAN8TEwAutA4AXxUTAOC3DgDoFRMAPLsOAIEXEwBmWRMA+RcTANwNEAA7GBMADs8OAJ4ZEwBu1A4A8BkTAD4aEwBXGhMAxtUOAJcaEwDqGhMAZBsTAHraDgAQHBMAfNsOALwcEwDU3A4ATB0TAJodEwCkHRMAhuAOAEceEwAutg8ATh4TAGLQDwBXHxMAQukOAFEhEwBU8g4AQSITAE4iEwCXIhMApCITAAAlEwB0Ag8ACiUTANgJDwC+JxMAQBMPABIoEwBCFA8AYigTAO4UDwCzKBMARhYPALUpEwCgGA8AvCoTAAorEwBoKxMAtisTAGMsEwCwIA8AwCwTAA4tEwBsLRMAui0TAGkuEwC8Jg8AGi8TAGgvEwDGLxMAFDATAB4xEwAcLA8AeDETAHQtDwAgMhMAbjITAH4yEwDMLg8APTMTAHAzEwAlNBMAgDMPAH40EwAwNg8A7DQTAB41EwBAOBMACE0PAO45EwBoUg8AmjoTAMBTDwBGOxMAGFUPANs9EwCaaw8AlD8TAFRzDwCLQBMAsHYPAERCEwBqfg8A7UITABqBDwBpRRMA0ocPAJdFEwCAiQ8A8kUTAPBzEwBJRhMAMIwPAExGEwA0jg8AmUYTAOxGEwAIRxMAQkcTAJtHEwDuRxMACkgTAERIEwCiSBMA8EgTAPpIEwCKjg8ATkkTAD6bEwCiSRMAlJMPAKxKEwDylw8A90oTAKKaDwBSSxMARnQTAGFMEwAyDhAABE0TALqmDwC6UBMAeogQAAxSEwDsvw8AB1MTAIq5DwC8UxMAjLoPALxVEwAKVhMAFFYTAEjDDwDEVhMA+MUPAK9ZEwC8WRMABVoTABJaEwBbWhMAaFoTALFaEwC+WhMAB1sTABRbEwBdWxMAalsTACJcEwAIzg8AiFwTAF7ODwAZXRMAts8PAIpdEwDEXRMAzF0TABpeEwDLXxMAutEPANhgEwBq1A8Af2ETABrXDwDoYRMAImITAJRiEwDOYhMATGMTAHpjEwCiYxMA0GMTAPhjEwAmZBMATmQTAHxkEwCDZBMAROwPANpkEwAoZRMALWUTACLbDwCDZhMANuUPAORnEwCU6Q8Ah2gTANpoEwBYaRMAhmkTAK5pEwDcaRMABGoTADJqEwBaahMAiGoTALBqEwDeahMAsmsTAOBrEwAIbBMANmwTAF5sEwCMbBMAtGwTAOJsEwAKbRMAOG0TAPBtEwByMBEA9G0TAMQuEQDtbhMAqPMPAEpvEwC2+g8AB3ATAD5wEwCzcBMAIgYQAPNwEwCAChAAX3ETAJZxEwBKchMAmHITAKhyEwCEDBAA+nITAIYNEABZcxMAkBQRAKt3EwD+SRAABHgTAKpKEAACeRMAeFwQAK55EwAwYxAAWnoTAD5qEAAGexMA9G8QALJ7EwBYdxAAXnwTAAx8EAAKfRMAwIAQALZ9EwB4hxAAZn4TAHyJEADKfhMABn8TAA5/EwBcfxMAFoMTAGSDEwCCgxMAnpoQAMiGEwAwuRAANIcTADi9EADghxMAmMIQAHqIEwDyxBAAzIgTAKLHEAAhiRMAUsoQAHWJEwBazhAA1okTAF7QEAA4ihMAcooTAMqKEwB43RAAKosTACbfEACJixMA1uEQANKLEwDi5xAAkowTAEDsEADikBMAwAERAJKSEwDaDhEA5JITANwPEQA2kxMAhJMTAIiTEwAyEBEA4pMTADCUEwCOlBMA3JQTAJCVEwDelRMAQJYTAPoeEQCSlhMA4JYTAOSWEwBQHxEADZgTALQmEQDtmBMAxi8RAD2ZEwCQmRMAuJkTAOaZEwA/mhMAkpoTALqaEwDomhMAVZsTAMoxEQDsmxMAJDQRAEqcEwAmNREAnpwTAOycEwD8nBMAKDYRAEudEwAqNxEAm50TAO6dEwBOnhMAhDkRAKqeEwCGOhEAqp8TAJxFEQBUoBMAqkwRAKagEwD0oBMABKETAABNEQCkoRMAslARAAaiEwAKUhEAWqITAAxTEQCqohMAuFMRAPuiEwBOoxMA","fail":"AAAAAAAAAABmiQAAQM4BAFrZAADyXAcAkMsBAL5ECAA2HwIAdCkNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAAAAAAA2HwIAABoNAMwBDgAiAg4AeAIOAM4CDgAkAw4AegMOANADDgAmBA4AfAQOANIEDgAoBQ4AfgUOAAAAAADyXAcAkMsBAJDLAQCQpAMAekECANBBAgB+hg4Aus8OAOz7AgBC/AIANBwBACDxBQAe2Q8AkKQDADYfAgC66AUAurMAABC0AABmtAAAvLQAABK1AAByDgAANh8CAHQpDQAyCg4AiAoOAN4KDgA0Cw4AigsOAAAAAADyXAcANh8CAHAlDABmOwQAKEMCAB74CQAMNQIAZokAADxNAgAyZBAAiGQQANzGAQBOJwAANh8CAI6ICwDkiAsAkkkAACaeBQAqlgAAgJYAAPTUAgCmPAoA/DwKADYfAgAAGg0AzAEOACICDgB4Ag4AzgIOACQDDgB6Aw4A0AMOACYEDgD0CQgAJlgNAFYAAABWAAAAjIUKAJDLAQCSSQAANh8CAPQJCAAqwwEAAAAAACqWAACUuAwA/MEMAOgeAACGGAAAvkQIABRFCACQyQAA5skAADzKAABAJgMApi4DAPwuAwAi/AoAiBkAAMYlDAAUfA4AWAEAAK4BAAAEAgAAWgIAALACAAD0CQgAJlgNAFYAAABWAAAAkqEBANp1BAAqlgAAZLMAAJDLAQCkVgIAuOkGADYfAgB0KQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAADs3gkAQt8JAAAAAADKkAAAzJMBAJDLAQDmywEAcg4AADYfAgCSoQEA2nUEADB2BABWAAAATKkBAKKpAQD4qQEATqoBAKSqAQD6qgEAUKsBAAAAAABAJgMAhEgDACrDAQCAwwEA1sMBAHBQDABMlAwAopQMAJKMDADojAwAPo0MAJSNDAC8NwIA5IgLAGhjAgBQ5gkApuYJAPzmCQC+RAgANh8CANLdDwBk8AkANh8CAH6GDgB+ihAAPkoAAJRKAADqSgAAQEsAAJZLAADsSwAAAAAAAB74CQCw8QwA9AkIAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAOzeCQBC3wkAAAAAAMqQAAAqlgAAcg4AADqiAgD61QEAvkQIADYfAgD0CQgAYjEAALgxAAAOMgAAZDIAAA5QDwAMNQIAZokAAEDOAQDoHgAAvkQIADYfAgB0KQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAHpBAgDQQQIAtrcDAAy4AwBiuAMAuLgDAJKMDADojAwAMhkAAIgZAADGJQwAFHwOAFgBAACuAQAABAIAAFoCAACwAgAAWtkAAM5AAgDAfg8AFn8PAHAlDACQSgEA5koBAPTUAgDMkwEAvkQIAFTJDwBwJQwAxiUMABR8DgBYAQAArgEAAAQCAABaAgAADlAPAAw1AgBmiQAAQM4BAOgeAAC+RAgANh8CAHQpDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAekECANBBAgC2twMADLgDAGK4AwC4uAMAkowMAOiMDAAyGQAAiBkAAMYlDAAUfA4AWAEAAK4BAAAEAgAAWgIAALACAABa2QAAzkACAMB+DwAWfw8AcCUMAJBKAQDmSgEA9NQCAMyTAQC+RAgAVMkPAGaJAABAzgEA9IADAEAmAwCESAMAYjEAALgxAAAOMgAAZDIAAA5QDwByDgAA6B4AAD4fAACUHwAA6h8AAEAgAAAOUA8ATicAAFJmCQCQywEAjrUMADqiAgAOUA8ANBwBAHJJCAByDgAAKsMBAD51AAAqMQ4AuvIKABD5DQBGKQMAurMAABC0AABmtAAAvLQAABK1AABotQAAcCUMAMYlDAAUfA4AWAEAAK4BAAAEAgAAWgIAALACAAA0HAEAMvIBAHIOAAA6ogIANh8CAAw1AgCIDhAAdCkNAGK+BgD0CQgAUJwPACaeBQB8ngUAIpQBAAAAAABkswAAZLMAACqWAAByDgAAKsMBADYfAgAAGg0AVMkPAIYYAAAocAMAKpYAAL5ECAA2HwIAjB8CAMIlDQCQywEANh8CAMqQAAByDgAA6B4AADYfAgAAAAAAhhgAAJJ4AgCk5woA3BgAAFrZAACGGAAANh8CAAAaDQAURQgAnEMQAPJDEAAMNQIAZokAAEDOAQDoHgAAAAAAAJDLAQAoQwIAZokAALyJAAASigAAaIoAAL6KAAAUiwAAuDMBAL5ECABUyQ8AhhgAAChwAwAqlgAAvkQIAChDAgAqlgAAgJYAANTrAACyCQMADDUCAGaJAABkFwgAKEMCAL5ECAAMNQIAKEMCACqWAACAlgAA1OsAALIJAwDKkAAADDUCAJKhAQDadQQAZLMAADYfAgCSeAIA6HgCAD55AgA2HwIA7N4JAELfCQCSSQAAJp4FAHyeBQAqlgAA9NQCAErVAgCg1QIANh8CAHBQDABMlAwAopQMAJKMDADojAwAPo0MAJSNDAA6Dg4AMgoOAJjdCADooQEAWtkAACqWAACGGAAA3BgAAN5GAQA0RwEAcg4AAHRUDQBWAAAAVgAAAIyFCgCQywEAkkkAAPrVAQC+RAgAKEMCAGaJAACQyQAA5skAADzKAAAoQwIANBwBAIocAQDy5QsAAAAAAJKhAQDadQQAKpYAAIYYAACSSQAANh8CAAAaDQDMAQ4AIgIOAHgCDgDOAg4AJAMOAHoDDgDQAw4AJgQOAPQJCAAmWA0AVgAAAFYAAACMhQoAkMsBAJJJAAA2HwIAdCkNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAARM4AAJBKAQDmSgEAkkkAAEpUAgA61wcAZosBALp5DgA2HwIA7N4JAELfCQAAAAAAypAAACqWAAByDgAAOqICAPrVAQC+RAgANh8CAAw1AgCQpAMANh8CAPQJCADoHgAAPh8AAJQfAADqHwAAypAAAJJJAADoSQAAPkoAAIYYAACSSQAA0HQGAGSzAAC64gIAwmUCANB0BgDyXAcAZPAJADYfAgBwJQwAkqEBAMqQAABOKwIAzJMBACKUAQA2HwIAZokAAJDJAADmyQAACtwAAHQpDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAA7s0AAOzeCQBC3wkAAAAAAMqQAADMkwEAkMsBAObLAQAAAAAAkMsBADStCQBk8AkATisCAFYAAACsAAAAAgEAADYfAgAAAAAAVgAAAKwAAAACAQAAWAEAAK4BAAAEAgAAWgIAAJL3AQDo9wEAuugFALriAgAQ4wIAZuMCALLJDQAIyg0AXsoNAFrZAADMkwEAoFwGAOhJAADUWQ0A6AcKAJJJAAA2HwIAdCkNAB7ZDwCQpAMANh8CAHAlDADGJQwAFHwOAFgBAACuAQAABAIAAFoCAACwAgAAuugFABDpBQBm6QUATicAAFJmCQBOKwIAypAAAJDLAQDmywEAkMsBADYfAgC66AUAurMAABC0AABmtAAAvLQAABK1AABotQAA9AkIAOgeAACGGAAAkkkAADYfAgB0KQ0AkMkAAObJAAA8ygAAekECANBBAgC2twMADLgDAGK4AwC4uAMAkowMAOiMDAAyGQAAiBkAAMYlDAAUfA4AWAEAAK4BAAAEAgAAWgIAALACAABwUAwATJQMAKKUDAD0CQgA6B4AAAAAAABmiQAAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAFSCAQCqggEAAIMBAFaDAQAo8wQAdCkNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAGhjAgBQ5gkApuYJAPzmCQBS5wkAqOcJAP7nCQB0KQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAPrVAQDKkAAAcg4AAIKZAQAilAEATisCADYfAgA0HAEAckkIAIz+BgBclAgAZokAAB7ZDwAocAMAcBUEADQcAQA2HwIAAAAAAGSzAABmiwEAvIsBABKMAQCGGAAAaGMCAL5jAgAUZAIAIBIBAEAmAwAgEgEAZokAAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAABUggEAqoIBAACDAQBWgwEAAAAAAPJcBwBk8AkATisCAKQrAgByDgAA6B4AAIz+BgCK0gYA4NIGAFLIDwCgXAYAXF0CACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAMkwEAIhMBADeTAQANE0EAIpNBADgTQQANk4EAIxOBADiTgQAphcNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAIpQBAD4fAACUHwAA6h8AAEAgAADmywEAgJYAANTrAACyCQMAdCkNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAChDAgCQywEA5ssBALZfAgBYohAAcg4AAOgeAAC+RAgANh8CAA5QDwDajRAAkqEBAOihAQA+ogEAlKIBAOqiAQBAowEAWtkAAM5AAgDAfg8AFn8PAOzeCQBC3wkAmN8JAO7fCQBE4AkAmuAJADYfAgDKkAAAcg4AAIKZAQAilAEATisCADYfAgB0KQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAA0HAEAckkIAIz+BgBclAgAZokAAB7ZDwAocAMAcBUEAJJJAAAoQwIAZokAAELdCACY3QgA6KEBAFrZAAAqlgAAvkQIADYfAgAOUA8AkMsBADStCQAMNQIAZokAAAw1AgCSoQEAxFMOABpUDgCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAKpYAAICWAADU6wAAsgkDALyJAAASigAAaIoAAL6KAAAUiwAA5J8BADqgAQCQoAEA5qABADyhAQBUyQ8AgJYAANTrAACyCQMAxhECAGSzAAAqlgAAVgAAAJJJAADQdAYA8lwHADYfAgAAAAAAAAAAAAAAAAAo8wQA7N4JAELfCQD0BQYAQM4BAMgOAABk8AkAQCYDAGgJAADKkAAAcg4AAOgeAAA+HwAAhhgAAGhjAgC+YwIAFGQCALodCwAQHgsAZh4LAHAlDADGJQwAFHwOAFgBAACuAQAABAIAAFoCAACwAgAAkowMAOiMDAA+jQwAlI0MADoODgAyCg4AmN0IAOihAQBa2QAAKpYAAL5ECACGGAAA3BgAADIZAAB0KQ0AmuoOABKKAABoigAAvooAABSLAABqiwAAfoYOALrPDgDEfA0AfoYOAH6KEADMkwEAcBUEAMYVBAD01AIAHvgJANRZDQByDgAAOqICAFrZAADMkwEAoFwGAOhJAAA2HwIA7N4JAKRWAgAMNQIADDUCAMyTAQCgXAYANBwBAAAAAAA2HwIAjB8CAOIfAgA4IAIAjiACADYfAgBwJQwAkqEBAMRTDgAaVA4AQM4BAOgeAAC66AUAXJQIALKUCAAIlQgAXpUIADYfAgCQpAMA5qQDADylAwCQywEANh8CALroBQAQ6QUAZukFALzpBQAS6gUAaOoFAL7qBQAU6wUAxOkDABrqAwBw6gMAApIIAOgeAAAYfg4AkkkAANB0BgAilAEATisCAE4nAABg3gEAtt4BAAzfAQBE+QAAIBIBAE4nAABg3gEAtt4BAAzfAQDa9gQAMPcEAIb3BAB0KQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAPrVAQB+hg4Aus8OAPJcBwC+RAgAVMkPAKZvDgAAAAAAAAAAAAAAAAAAAAAANh8CAHzBAQAMNQIAZokAAGQXCAA2HwIAuugFAJDLAQDmywEAPMwBAFTJDwCGGAAAkkkAANB0BgBmiQAAQt0IAHIOAAAAAAAAhhgAAPTUAgBK1QIAoNUCANp1BAC+RAgAFEUIALyJAAASigAAaIoAAL6KAAAUiwAAkOUOAOh4AgA+eQIAzJMBAMyTAQBOKwIAhhgAAGhjAgDM9wgAypAAAJDLAQDmywEAPMwBAIZVCQAqlgAAcg4AAJLmDgDcGAAA3kYBADQcAQAg8QUAwmUCAGSzAAC+RAgAVMkPAIYYAAAocAMAKpYAAAAAAADyXAcATisCAMyTAQAilAEANh8CAIwfAgDiHwIAOCACAI4gAgCMHwIAwiUNAJDLAQA2HwIAypAAAHIOAADoHgAAPh8AADYfAgCMHwIA4h8CADggAgCOIAIAjB8CAMIlDQCQywEANh8CAMqQAAByDgAA6B4AADYfAgB0KQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAD0pwEASqgBAKCoAQD2qAEANh8CAMqQAAByDgAA6B4AAD4fAACGGAAAaGMCAL5jAgD01AIApjwKAPw8CgCOtQwAgpkBAPJcBwBk8AkAzJMBACKUAQAocAMAenAEADLyAQA0HAEANh8CAPQJCAAmWA0AVgAAAFYAAACMhQoAkMsBAJJJAAD61QEAvkQIADYfAgB0KQ0Aph0QAMyTAQA2HwIA9NQCAKY8CgD8PAoAjrUMAIKZAQDyXAcAZPAJADYfAgBwUAwAAAAAAHIOAAAqwwEAgMMBAEAmAwByDgAA9IADADYfAgDs3gkANK0JAOgHCgCSSQAA0HQGACKUAQAqlgAAcg4AAGTwCQC68AkAEPEJAGbxCQC88QkAEvIJACKUAQBOKwIANh8CAH6GDgC6zw4A/GcKAFJoCgC6zw4AAAAAACqWAAC+RAgA/rwJAHAVBADGFQQA0t0PAGTwCQByDgAAKsMBAOgeAAA+HwAA0HQGAPJcBwBk8AkAKpYAAICWAADU6wAAsgkDAKBcBgD61QEAUNYBAKbWAQD81gEAZokAAEDOAQCWzgEA7M4BAELPAQCYzwEA7s8BACqWAAByDgAAOqICAEAmAwDKkAAAIJEAAPrXAgCgXAYAQCYDAGaJAABAzgEAls4BAOzOAQBCzwEAmM8BAO7PAQBE0AEAwOMBABbkAQBs5AEAwuQBABjlAQBu5QEAxOUBABrmAQBmiQAAzJMBAMRTDgBAJgMACjYDADwJCwAO+g4AZPoOALr6DgAQ+w4AZvsOALz7DgAS/A4ApFYCAPpWAgBQVwIATicAAGDeAQC23gEADN8BAFTJDwCAlgAA1OsAALIJAwAAAAAAZokAAPTUAgBK1QIAPE0CAJKhAQBmiQAAHtkPAE4rAgA8TQIAZokAAEDOAQCWzgEA7M4BAELPAQCYzwEA7s8BAETQAQCa0AEA8NABAEbRAQCc0QEANBwBAFYAAACsAAAAtIkCAFLIDwCoyA8AyA4AAGTwCQBOJwAAYN4BALbeAQAqgwwAgIMMAMqQAACSoQEAkkkAANB0BgBWAAAAkqEBAMRTDgAOqBAAYN4BALbeAQAqgwwAgIMMAOgeAAA+HwAA1OsAALIJAwAAAAAANh8CAAw1AgBiNQIAuDUCAA42AgBkNgIAujYCABA3AgAqlgAAqlcBAOQgAgA6IQIAkCECAOYhAgA8IgIAjogLAEbADgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQB6QQIA0EECAI6ICwBGwA4A5CACADohAgCQIQIA5iECADwiAgBSlQsAkqEBAMRTDgAOqBAAZKgQALqoEACINw8A/G8OADYfAgDs3gkAUsgPAGqrEADAqxAAFqwQAFKVCwColQsAjB8CAOIfAgA4IAIAjiACAAAAAACmbw4ANh8CAOzeCQBSyA8AaqsQAMCrEAAWrBAAUpULAKiVCwCMHwIA4h8CADggAgCOIAIAjB8CAOIfAgA4IAIAjiACAGLfAQAo8wQAGNYPAG7WDwDE1g8AGtcPAHDXDwAAAAAAypAAACCRAAD61wIAoFwGADxNAgBaeBAAvkQIAJJ4AgDKkAAAIJEAAPrXAgCgXAYAPE0CAMKBEACQywEApFYCALjpBgBySQgAWtkAAPJcBwCQywEAkngCADxNAgBmiQAAQM4BAJbOAQDszgEAQs8BAJjPAQDuzwEARNABAJrQAQCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAAAAAAE4nAABg3gEAtt4BAAzfAQBWAAAAVj0JAIz+BgCSSQAA+tUBAPTUAgBK1QIAoNUCAPbVAgBM1gIAcg4AADYfAgB+hg4Aus8OAMR8DQAMNQIAiA4QAAAAAAB0KQ0AEtMPAGjTDwC+0w8AFNQPAGrUDwDA1A8AFtUPAI6ICwD48A8ATvEPAKTxDwBAJgMAAAAAAPJcBwCSSQAAQCYDAGSzAABmiwEA1O0BACruAQCA7gEA1u4BAObLAQA8zAEANh8CAMqQAAByDgAAgpkBACKUAQBOKwIANh8CAIg3DwD8bw4AjogLAAAAAACSoQEAAAAAAMqQAABmiQAAQt0IAAAAAAAAAAAAypAAAJJJAAA2HwIAWtkAAM5AAgDAfg8ANh8CAI6ICwAAAAAAypAAAGaJAAAe+AkA1FkNAOgHCgA+CAoAlAgKAOoICgAMNQIAQAkKAJYJCgDsCQoADDUCALroBQAQ6QUAZukFAJBmDwDmZg8APGcPALroBQAQ6QUAZukFAJBmDwDmZg8APGcPAGaJAAAe2Q8AAAAAADYfAgBOKwIApCsCAPorAgAAAAAAkkkAAPrVAQBQ1gEAptYBADxNAgDM/wwAIgANAJCkAwCSSQAA+tUBAFDWAQCm1gEAPE0CAJJNAgCkVgIA+lYCAFBXAgCmVwIAcg4AACaeBQCSOA0A+lYCAFBXAgCmVwIAkkkAAOhJAADWixAALIwQAIKMEAAAAAAAkMsBAObLAQBw5gEAkCkGAIz+BgCSSQAAcg4AADxNAgBGUgIAnFICAPJSAgBIUwIAnlMCAPRTAgCSSQAASlQCADC3DwDoSQAA1osQACyMEADyXAcAPE0CAEZSAgDoSQAA1osQACyMEACCjBAAZokAAMyTAQBwFQQA6B4AAJS4DADquAwAQLkMAJa5DADsuQwAPE0CAEZSAgDoSQAA1osQACyMEACCjBAAPE0CAEZSAgDoSQAA1osQACyMEACQpAMAVgAAAFY9CQAqlgAAgJYAANTrAACyCQMATicAAKQnAACAlgAA5ssBAIYYAABkswAAKpYAACqWAACAlgAA1OsAALIJAwBmiQAAuOkGAHJJCAAqlgAAgJYAANTrAACyCQMAkkkAAJJJAAAmngUAfJ4FAAw1AgBiNQIAuDUCAPrVAQAqlgAAgJYAANTrAACyCQMANBwBAHJJCACSSQAA6EkAANRZDQC+RAgAVMkPAICWAADU6wAAsgkDAJKhAQCSoQEAVgAAAIyFCgDMkwEAIpQBAFiIAwCuiAMAEPcMAObLAQCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAkMsBAObLAQC2XwIADGACAGJgAgC4YAIADmECAGRhAgC6YQIAEGICAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAKpYAAJCkAwAqlgAAgJYAANTrAACyCQMAvkQIAFTJDwCqVwEA+EgRAICWAADU6wAAsgkDAAAAAAAqlgAAgJYAADStCQC+RAgA/rwJAPTUAgDMkwEAcBUEAIKZAQDyXAcAZPAJACqWAACAlgAA1OsAALIJAwAMNQIAtEsOAOgHCgAgkQAAYOACAJKhAQDooQEAZJ4LALqeCwAQnwsAxFMOAICWAADU6wAAsgkDAB7ZDwBOKwIAuvIKACqWAACAlgAA1OsAALIJAwCQywEATisCAMqQAAA0HAEAckkIAIYYAACSSQAA+tUBABD3DADU6wAAsgkDAPJcBwDoBwoAkkkAAEpUAgBOJwAADDUCALRLDgDoBwoAIJEAAGDgAgByDgAA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBmiQAAQM4BAJbOAQBiMQAAuuICAEDOAQA6ogIA+tUBAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCGVQkASF0HAJ5dBwCEqAgA2qgIADCpCACGqQgA3KkIADKqCAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAIz+BgCK0gYA4NIGAI61DACCmQEA8lwHAGTwCQAqlgAAgJYAANTrAACyCQMAkkkAAGaJAAC8iQAAkngCAPJcBwD01AIApjwKAPw8CgBOJwAAkqEBAOihAQBa2QAAKpYAAICWAADU6wAAsgkDANB0BgAmdQYA0HAEAJKhAQDEUw4ANBwBAHJJCACGGAAAkkkAAPrVAQC+RAgAVMkPAICWAADU6wAAsgkDAHIOAAB0VA0AVgAAAFYAAACMhQoAkMsBAJJJAAD61QEAvkQIAIZVCQBIXQcAnl0HAISoCADaqAgAMKkIAIapCADcqQgAMqoIACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAkqEBAJKhAQDEUw4ATisCAOg0CwBC3QgAZokAALSJAgAKigIAYIoCALaKAgAMiwIAYosCALiLAgAOjAIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAJDLAQCkVgIAkKQDAMyTAQAilAEA7HoCAEJ7AgCYewIAZo0CALyNAgASjgIAaI4CAL6OAgAUjwIAao8CAMCPAgAWkAIAbJACAMKQAgAYkQIAbpECAMSRAgAakgIAcJICAMaSAgAckwIAcpMCADQcAQAMNQIAiA4QAICWAABOJwAAwiUNAJDLAQA0HAEAIPEFAMJlAgD61QEAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAGSzAACK0gYA4NIGADbTBgCM0wYA4tMGADjUBgA0HAEAihwBAPLlCwD+vAkAPuUNAFJmCQBkswAAuuICAMJlAgDQdAYA8lwHAGTwCQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAAAAABmiQAAQt0IAMqQAAAqlgAAKpYAAICWAADU6wAAsgkDAChwAwBkswAAZosBALyLAQASjAEAKpYAAIYYAABkswAAZosBALyLAQASjAEAKpYAAICWAADU6wAAsgkDAL5ECABUyQ8AjP4GAOL+BgC8iwEAEowBACqWAACAlgAA1OsAALIJAwC+RAgAVMkPAE4nAABSZgkASOwOACqWAAC+RAgAZokAAELdCACY3QgA7t0IAH6GDgC6zw4AxHwNAHQpDQBivgYANBwBAHJJCADISQgADDUCAIgOEACAlgAANh8CAIwfAgBYohAAIJEAAN4IDQCSSQAA0HQGAPJcBwBk8AkA+tUBAEY5CwCcOQsAkkkAADYfAgB+hg4Aus8OAMR8DQDs3gkAQt8JAPQFBgBkFwgANh8CAHAlDACQSgEA5koBAKbwDgD88A4AUvEOAKjxDgD+8Q4AdCkNABLTDwBo0w8AgpkBANiZAQAumgEANh8CAHAlDACQSgEA5koBAKbwDgD88A4AUvEOAKjxDgD+8Q4AypAAACCRAABg4AIAtuACAAzhAgBi4QIAuOECAA7iAgBk4gIAWMcNAK7HDQAEyA0AWsgNALDIDQAGyQ0A8lwHADYfAgCMHwIApCcAAFrZAAA2HwIAdCkNAMopDQAKigIAYIoCALaKAgAMiwIAYosCALiLAgByDgAANh8CAH6GDgC6zw4AxHwNAIwfAgBYohAAIJEAAN4IDQCSSQAA0HQGAPJcBwBk8AkAHtkPAIYYAADcGAAA3kYBAGY3AgDs3gkAQt8JADzMAQBUyQ8AjP4GALqzAADIkwIAtIkCAObLAQA0rQkAfMEBAH6GDgC66AUAkKQDALwiDQASIw0AaCMNAL4jDQAqlgAAgJYAANTrAACyCQMAhhgAAJJJAABmiQAAwmUCANB0BgDyXAcAZPAJACqWAACAlgAA1OsAALIJAwB8fwsAUmYJAEjsDgDsegIANh8CAPQJCAAKCwMANBwBAAw1AgC0Sw4AzJMBAGC1AgBmiQAAwmUCANB0BgDyXAcAZPAJADYfAgCOiAsA+PAPAE7xDwCk8Q8AjB8CAOIfAgA4IAIAjiACAAAAAAA2HwIAcFAMAMZQDADuwA8ARMEPAJrBDwDwwQ8AgO4BAMJlAgDQdAYADDUCAJKhAQDEUw4AfoYOAFxdAgCyXQIACF4CALroBQC64gIA/gQDAFQFAwCqBQMAAAYDAFYGAwDCEQMAGBIDAG4SAwDEEgMAGhMDAHATAwDGEwMAHBQDAHIUAwDIFAMAAAAAAMqQAAAgkQAAYOACALbgAgAM4QIAYuECALjhAgAO4gIAuugFALriAgD+BAMAVAUDAKoFAwAABgMAVgYDAMqQAAByDgAAfoYOALrPDgDs+wIAQvwCADQcAQAg8QUAHtkPAJKMDADojAwAPo0MAJSNDAC8NwIA5IgLADqJCwDoBwoATisCADQcAQBotwEAcBUEACrDAQCCmQEAIpQBAE4rAgA2HwIA7N4JAELfCQCSSQAAypAAAJDLAQAAGg0AVMkPAIz+BgC6swAAyJMCALSJAgDmywEAPMwBADYfAgB0KQ0AHtkPAL5ECAA2HwIAkowMAOiMDAA+jQwAlI0MAMqQAAByDgAA6B4AAHBQDADGUAwAeJQBAM6UAQAklQEAepUBANCVAQBesgEA0t0PAEhdBwCeXQcAhKgIANqoCAAwqQgAhqkIANypCAB6cAQA0HAEACZxBAB8cQQA0nEEAChyBAC+RAgANh8CAHQpDQAe2Q8AvkQIADYfAgCSjAwA6IwMAD6NDACUjQwAypAAAHIOAADoHgAA9AkIAAoLAwBgCwMAtgsDAAwMAwBiDAMAZvkNALz5DQAS+g0AaPoNAL76DQAe2Q8AKHADAGSzAABAJgMAQAsLAFxGDACyRgwACEcMAF5HDAC0RwwACkgMAHSDDwD48A8ATvEPAKTxDwA2HwIA0t0PAOgHCgCSSQAANh8CANLdDwBOJwAANh8CAAw1AgC0Sw4A6AcKACCRAABg4AIA7N4JAKRWAgBahwIAsIcCAGQXCAC+RAgANh8CAFrZAADMkwEAoFwGAOhJAAA2HwIA0t0PAPTUAgCmPAoA/DwKAE4nAACSoQEA6KEBAPQJCAAmWA0AfFgNANJYDQAmngUAkjgNAOg4DQAOxQkANh8CAFrZAADMkwEAoFwGAOhJAAA2HwIA0t0PAPTUAgCmPAoA/DwKAE4nAACSoQEA6KEBADQcAQAy8gEAiPIBAN7yAQA08wEAivMBAODzAQCQpAMANh8CAFrZAADMkwEAoFwGAOhJAAA2HwIA0t0PAPTUAgCmPAoA/DwKAE4nAACSoQEA6KEBAAAaDQBWGg0A9NQCAMyTAQC+RAgAVMkPAFrZAADMkwEAoFwGAOhJAAA2HwIA0t0PAPTUAgCmPAoA/DwKAE4nAACSoQEA6KEBAMyTAQBgtQIANh8CAHAlDACMhQoAzJMBACKUAQBYiAMArogDABD3DAA2HwIAABoNAFTJDwCAlgAA5ssBALZfAgAMYAIAYmACALhgAgAOYQIAZGECAHQpDQAS0w8AaNMPAIKZAQDYmQEALpoBADQcAQBySQgAhhgAAJJJAAA2HwIAfoYOALrPDgDEfA0AjogLAOSICwCSSQAAJp4FAJCkAwA2HwIAcFAMAMZQDAAcUQwAkowMAChwAwB+cAMA1HADADQcAQAg8QUAkqEBANp1BABkswAAKpYAAAw1AgC0Sw4A6AcKACCRAABg4AIAcg4AADYfAgDS3Q8A6AcKAJJJAAA2HwIA0t0PAE4nAAA2HwIA7N4JAKRWAgBahwIAsIcCAJJJAAD61QEATisCALryCgCAlgAANh8CAAAaDQBWGg0A9NQCAMyTAQC+RAgAVMkPAAw1AgCQpAMANh8CAEZ9AgCcfQIA8n0CAJJ4AgDoeAIAvkQIADYfAgB0KQ0AwmUCACASAQB2EgEAuuICABDjAgBm4wIAsskNAAjKDQBeyg0AtMoNAArLDQBgyw0AtssNAAzMDQBizA0AuMwNAA7NDQBkzQ0Aus0NABDODQBmzg0AvM4NABLPDQBozw0Avs8NABTQDQBq0A0AwNANABbRDQBs0Q0AwtENABjSDQBu0g0AxNINABrTDQBw0w0AxtMNABzUDQBy1A0AyNQNAB7VDQB01Q0AytUNAMyTAQAilAEA7HoCAEJ7AgCYewIAQFEDAJZRAwDsUQMAQlIDAJhSAwDuUgMARFMDAJpTAwDwUwMARlQDAJxUAwDyVAMASFUDAAAAAADyXAcA6AcKADYfAgAKHw0AYB8NAPTUAgCmPAoAdCkNAB7ZDwB02Q8AytkPACDaDwB22g8AzNoPAHBQDADGUAwAHFEMAJCkAwDmpAMAPKUDAJDLAQA2HwIA9AkIAEoKCACgCggA9goIAEwLCAAKCwMAYAsDALYLAwAMDAMAuugFABDpBQC6eQ4AypAAADQcAQCGGAAANh8CAICWAADmywEAcFAMAEyUDACilAwAkowMAOiMDAAyGQAAiBkAAMYlDAC0iQIApFYCALjpBgBySQgAkkkAAPrVAQAQ9wwANh8CAAw1AgBiNQIAuDUCAA42AgBwJQwAkEoBAObLAQBWAAAArAAAALSJAgDmywEAPMwBADYfAgD0CQgAUJwPAKacDwDCZQIA+tUBAEY5CwBySQgAhhgAAJJJAAA2HwIAABoNABRFCACcQxAA8kMQAAw1AgBmiQAAQM4BAOgeAAD0CQgACgsDAJDhDADm4QwAPOIMAJLiDAA2HwIAcFAMAEyUDACilAwA9AkIAFCcDwCmnA8AtIkCAJJJAADQdAYAIpQBAE4rAgA2HwIAypAAABQ5AgDKkAAAkkkAAJJJAADQdAYAIpQBAE4rAgA2HwIAABoNAMwBDgBa2QAAcFAMAMZQDAAcUQwA7N4JAELfCQCIngIA4v4GAPTUAgCmPAoA/DwKAJCkAwA2HwIANBwBAIocAQDy5QsAZokAAGQXCAD+vAkAIpQBAE4rAgA2HwIA7N4JAELfCQA8zAEAkswBAOjMAQA+zQEAcFAMAEyUDACilAwAkqEBAOihAQCU0QMA6tEDAEDSAwCW0gMA7NIDAELTAwB+hg4AfooQAD5KAABwvwMAxr8DABzAAwBywAMAQM4BAOgeAAAYfg4ANh8CAHBQDADGUAwAHFEMADQcAQBySQgAyEkIAIocAQCQywEAcFAMAEyUDACilAwAcFAMAMZQDAAcUQwA4F0MADZeDACMXgwAcCUMAJBKAQDmSgEAukwNABBNDQBmTQ0AvE0NADYfAgDS3Q8ATicAADYfAgD0CQgAUJwPAKacDwC0iQIAkkkAANB0BgAilAEATisCADYfAgDKkAAAaPIJAL7yCQAU8wkAfoYOALrPDgDEfA0A9AkIAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAHQpDQDCZQIA6AcKAD4ICgCUCAoA6ggKAEAJCgCWCQoA7AkKAEIKCgAKdQ0AJp4FAJI4DQBahwIAcg4AAPSAAwBmiQAAwmUCAPrVAQAKHw0A1FkNAHIOAAA6ogIANh8CAJKMDABoYwIAvmMCABRkAgCSoQEA6KEBAGSeCwC6ngsAEJ8LAB74CQDUWQ0Acg4AADqiAgBoCQAAvgkAAH6GDgC6zw4AxHwNAHQpDQBkFwgAvkQIAJDLAQDmywEAcg4AACrDAQBAJgMA0t0PAGTwCQA2HwIA9AkIAMgOAACCfgkA2H4JAC5/CQCEfwkANh8CAFYAAACSSQAA0HQGACKUAQBOKwIANh8CALroBQAQ6QUAZukFALzpBQAS6gUAaOoFAL7qBQAU6wUAxOkDABrqAwAMxgoAYsYKANLdDwBk8AkANh8CAMqQAAAgkQAA+tcCAMYRAgA2HwIAABoNAMwBDgA0HAEAIPEFAMyTAQAilAEANh8CAPQJCADIDgAAgn4JANh+CQAufwkAhH8JADYfAgCYCgoA7goKAEQLCgCaCwoA8AsKAEYMCgCcDAoA8gwKAEgNCgCeDQoA9AkIAOgeAAA+HwAAlB8AAOofAABAIAAAQCYDAHIOAAA2HwIAfoYOAH6KEAA+SgAAlEoAAOpKAABASwAAlksAAOxLAABCTAAAmEwAAO5MAABcRgwAskYMADI1DgCINQ4A3jUOADQ2DgCKNg4A0t0PAGTwCQA2HwIACh8NANRZDQByDgAAkqEBAOihAQBkngsAup4LABCfCwBm4wIAAAAAAJKhAQByDgAAOqICAJCiAgDCZQIA+tUBAHzBAQAAAAAAAAAAAAAAAAAAAAAAAAAAAH4aAwDUGgMAfMEBAAAAAAB+GgMA1BoDAIogAwAQ6QUAMIYMAIaGDADchgwAMocMAIiHDADehwwANIgMAIqIDAC6DwQAEBAEAGYQBAC8EAQAEhEEAGgRBAC+EQQAFBIEAGoSBADAEgQAFhMEAGwTBADCEwQAGBQEAG4UBABm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAHDqAwDG6gMAHOsDAHLrAwDI6wMAHuwDAHTsAwDK7AMAIO0DAHbtAwDM7QMAIu4DAH7xAwDU8QMAKvIDAIDyAwDW8gMALPMDAILzAwDY8wMALvQDAIT0AwDa9AMAMPUDAIb1AwDc9QMAMvYDAIj2AwDe9gMATisCAEAmAwBkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMADDUCAGaJAAByDgAAMCAEAIYgBADEUw4AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAGomDgDAJg4AFicOAGwnDgDCJw4AGCgOAG4oDgDEKA4AGikOAHApDgDG6gMAHOsDAIwfAgDiHwIAOCACAI4gAgAssw4AMPcEAIb3BADc9wQAMvgEAIj4BADe+AQANPkEAIr5BACOiAsARsAOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQBa2QAAHvgJAMyTAQBgtQIAxFMOALroBQAQ6QUAZukFALzpBQAS6gUAaOoFAL7qBQAU6wUAausFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAOgBBwA+AgcAlAIHAOoCBwBAAwcAlgMHAAoLAwBgCwMAZLMAAFYAAABmOwQAPE0CAHpdEADQXRAAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcg4AADxNAgAyZBAAuuICAP4EAwBUBQMAqgUDAAAGAwBkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAhhgAANwYAABa2QAAKpYAAICWAADU6wAAsgkDAIhkEADcxgEAMscBAIjHAQDexwEANMgBAIrIAQDE6QMAGuoDAL5ECACGVQkAKpYAAHIOAACS5g4A3BgAAN5GAQD61QEAqlcBAMBPDQBwFQQAOqICAPrVAQAQ9wwA1OsAALIJAwC66AUAuuICABDjAgBm4wIAvOMCAIwfAgDiHwIAOCACAI4gAgA0HAEAVgAAAIyFCgCQywEAkkkAAPrVAQAQ9wwA1OsAALIJAwCSoQEA2nUEADB2BABWAAAA0j4AADxNAgBaeBAAzJMBAAw1AgBu7wYApFYCALSJAgCQpAMANh8CAJKMDADojAwAPo0MAJSNDACSoQEA6KEBAJTRAwDq0QMAVMkPAL5ECABAJgMAeAANAEhdBwCeXQcA9F0HADYfAgD0CQgAFDkCAGaJAAC0iQIA5ssBADzMAQA2HwIA0t0PAAw1AgBw5gEAkCkGAIz+BgCSSQAANh8CAIwfAgBSZgkAqGYJAKYuAwD8LgMAIvwKAIgZAADSPgAANh8CAFrZAACw2QAApFYCAKYdEAD8HRAAVj0JAKw9CQA2HwIAdCkNAPTUAgBK1QIAzJMBAGC1AgBmiQAADDUCAJKhAQA2HwIAcFAMAHpwBADQcAQAkqEBAMRTDgA0HAEAckkIAIYYAACSSQAAZokAAMJlAgDQdAYA8lwHAGTwCQBAJgMAkqEBANp1BAAwdgQAVgAAANI+AAA2HwIAkqEBANp1BAAwdgQAhnYEANx2BAAydwQAiHcEAN53BAA0eAQAingEAOB4BAA2eQQA6o0MAECODACWjgwA7I4MADYfAgCSoQEA2nUEADB2BACGdgQA3HYEADJ3BACIdwQA3ncEADR4BACKeAQA4HgEADZ5BADqjQwAQI4MAJaODADsjgwAkEoBAOZKAQCm8A4A/PAOAFLxDgCSoQEAkKQDAGSzAABmiwEA3MYBAE4nAABSZgkATisCAMqQAACQywEA5ssBADzMAQBAJgMAMkwEALohDQAQIg0AZiINAEzaBACi2gQA+NoEAE7bBACk2wQA+tsEAFDcBACm3AQAcCUMABpABAAKCwMAZLMAAGaLAQBIXQcAyisOAJwpAwDyKQMASCoDAJ4qAwD0KgMASisDAMIRAwAYEgMAbhIDAMQSAwAaEwMAdCkNAGK+BgBwJQwAjIUKAHIOAAA6ogIATisCAJDLAQDmywEAcg4AADAgBACGIAQAnDMIAAAaDQCQywEAUsgPAPTUAgCmPAoA/DwKAHpBAgDQQQIAfoYOACaeBQB8ngUAKpYAAL5ECACSSQAA0HQGACZ1BgB8dQYA0nUGACh2BgB+dgYAQCYDAEYpAwDsUwQAQlQEAJhUBADuVAQARFUEAJpVBADwVQQARlYEAJxWBADG6gMAAmsKAFhrCgCuawoA0nUGACh2BgB+dgYAXG0KAPi7CgBOvAoA5CACAMyTAQCQywEA5ssBACASAQBQ8g8ANh8CALroBQCQywEA5ssBAPQFBgDCZQIA+tUBAHQpDQBivgYAuugFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAHDqAwDG6gMAHOsDAHLrAwAKHw0A1FkNAHIOAAA6ogIAkqEBAOihAQBkngsAup4LABCfCwAe+AkA1FkNAHIOAAA6ogIANh8CAHQpDQAe2Q8AvkQIADYfAgBwJQwAjIUKAJDLAQCSSQAAAAAAAAAAAAAAAAAAPE0CAAAAAAA8TQIAAAAAADxNAgAAAAAANh8CAHQpDQAe2Q8AvkQIADYfAgBwJQwAjIUKAJDLAQCSSQAAKIoQAAAAAAA2HwIAdCkNAB7ZDwC+RAgANh8CAHAlDACMhQoAkMsBAJJJAACSoQEA6KEBAJTRAwDq0QMAQNIDAJbSAwDs0gMAQtMDAH6GDgB+ihAAPkoAACASAQBWAAAAjIUKAHIOAAA6ogIATisCAJDLAQDmywEAcg4AADAgBACGIAQAIBIBAK6KBAB0KQ0AmuoOAA7FCQBkxQkAusUJABDGCQDs3gkAQt8JAIieAgDi/gYAkMsBAL5ECAA2HwIAdCkNAGQXCAC6FwgAEBgIAGYYCAD61QEAEPcMADxNAgA2HwIANBwBAGi3AQBwFQQAKsMBAIKZAQAilAEATisCADYfAgB0KQ0AYr4GAE4rAgC68goANBwBADYfAgBwUAwAoFwGAPZcBgAAGg0AVMkPAKrJDwBWPQkALuEPAIThDwByDgAANh8CANLdDwBk8AkAAAAAAAAAAABAJgMACjYDADwJCwCSCQsA6AkLAD4KCwCOiAsA+PAPAE7xDwCk8Q8AfoYOALrPDgDEfA0AuugFABDpBQBm6QUAvOkFABLqBQBo6gUAen4LANB+CwAmfwsAHvgJANRZDQByDgAAOqICANSGDgAQ9wwAZvcMALz3DAAS+AwAaPgMAL74DAAU+QwAavkMAMD5DAAAGg0AatYQACqWAAB+hg4Aus8OAMR8DQC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAFOsFAMTpAwAa6gMAcOoDAMbqAwACawoAWGsKAK5rCgDSdQYAKHYGAFLIDwCgXAYA+tUBALroBQAQ6QUAZukFALzpBQAS6gUAaOoFAL7qBQAoQwIAfkMCANB0BgAmdQYAfHUGANJ1BgAodgYAfnYGABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQBq6wUAwOsFABbsBQBs7AUAwuwFAPQJCADoHgAAPh8AAJQfAADqHwAAQCYDAEYpAwDsUwQAQlQEAJhUBADuVAQARFUEAJpVBADwVQQARlYEAJxWBADyVgQASFcEAJ5XBAD0VwQASlgEAKBYBADG6gMAAmsKAFhrCgCuawoABGwKAFpsCgCwbAoABm0KAKYuAwD8LgMAIvwKABynDAA0rQkA6AcKAJJJAAD61QEAfoYOALrPDgDEfA0ACh8NANRZDQByDgAAKpYAAJJJAABa2QAA8lwHAJDLAQCSeAIANh8CAHBQDABMlAwAopQMAMqQAAAgkQAAkMsBAObLAQD0BQYASgYGAKAGBgBmiQAADDUCAJKhAQAAAAAANh8CAJJ4AgBY8AwAIpQBAOx6AgBAJgMARikDAOxTBABCVAQAmFQEAO5UBABEVQQAmlUEAHpBAgDQQQIAuugFALriAgAcrxAAcq8QAMivEAAQ+Q0AhEgDAMgOAAA0HAEAckkIABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFAHp+CwDQfgsAJn8LAB74CQCQpAMAAAAAAAAAAAAAAAAAfhoDANQaAwB8wQEAAAAAAAAAAAAAAAAAAAAAAH4aAwDUGgMAiiADABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAHDqAwDoAQcAPgIHAJQCBwDqAgcAQAMHAJYDBwA0HAEAQoEFAJiBBQDugQUARIIFAL5ECAAMNQIANh8CADQcAQCKHAEA8uULAEjmCwCe5gsANBwBAEKBBQCYgQUA7oEFAESCBQBkswAAurMAABC0AABmtAAAvLQAACDxBQC0iQIAUsgPAGaJAABkFwgANBwBAEKBBQCYgQUA7oEFAESCBQCcMwgAABoNAJDLAQBSyA8A9NQCAKY8CgD8PAoAekECANBBAgB+hg4AJp4FAHyeBQAqlgAAvkQIADQcAQAy8gEAIJEAAPrXAgBQ2AIAuuICAMJlAgDQdAYA8lwHAGTwCQByDgAA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBqJg4AwCYOAAShDwDaTAUAME0FAIZNBQDcTQUAMk4FAIhOBQDeTgUANE8FAIpPBQDgTwUANlAFADYfAgCSoQEA2nUEACKUAQCSeAIANh8CAIwfAgDiHwIAOCACANABDQAmAg0AdCkNAGQXCAC+RAgAkMsBAObLAQByDgAAKsMBAKZvDgBE+QAAHm8FANRZDQByDgAAOqICAFToCQCq6AkAAOkJAFbpCQCs6QkAAuoJAFjqCQCu6gkABOsJAFrrCQB0KQ0AHtkPAJCkAwA2HwIA0t0PAE4nAAA2HwIAfoYOAH6KEAA+SgAAlEoAAFYAAABWPQkAjP4GAMyTAQBAkA0AUmYJACqWAAC+RAgANh8CADQcAQBCgQUAmIEFAO6BBQBEggUAnDMIAAofDQDUWQ0Acg4AADqiAgAKHw0A1FkNAHIOAAA6ogIANh8CAB74CQCQpAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAo8wQAfvMEABjKCQBuygkAxMoJABrLCQBwywkAxssJABzMCQByzAkAyMwJAB7NCQB0zQkAys0JACDOCQB2zgkAzM4JACLPCQDG6gMAAmsKAFhrCgCuawoABGwKAFpsCgCwbAoABm0KANLdDwBIXQcAnl0HAISoCADaqAgAMKkIAIapCADcqQgAMqoIADYfAgB+hg4A0HQGACZ1BgB8dQYAvkQIADYfAgDS3Q8A6AcKAJCkAwByDgAAMCAEAIYgBADadQQAKEMCAHIOAAAwIAQAhiAEAChDAgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAGomDgDAJg4AFicOAGwnDgDCJw4AGCgOAG4oDgDEKA4AGikOAHApDgDGKQ4AHCoOAHIqDgDIKg4AHisOAHQrDgDG6gMAAmsKAFhrCgCuawoABGwKAFpsCgCwbAoABm0KANLdDwBIXQcAnl0HAISoCADaqAgAMKkIAIapCADcqQgAMqoIADYfAgB+hg4A0HQGACZ1BgB8dQYAvkQIADYfAgDS3Q8A6AcKAMbqAwACawoAWGsKAK5rCgAEbAoAWmwKALBsCgAGbQoA0t0PAEhdBwCeXQcAhKgIANqoCAAwqQgAhqkIANypCAAyqggANh8CAH6GDgDQdAYAJnUGAHx1BgC+RAgANh8CANLdDwDoBwoAkMsBAFLIDwBgtQIA6KEBAD6iAQCQpAMAKEMCAGSzAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCOygEADlAPANqNEADKkAAAIJEAAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQAAYAUAVmAFAKxgBQACYQUAWGEFAK5hBQAEYgUAWmIFALBiBQAGYwUANBwBAEKBBQCYgQUA7oEFAESCBQAAAAAAIBIBAK6KBAB0KQ0AmuoOAA7FCQBkxQkAusUJABDGCQDs3gkAQt8JAIieAgDi/gYAkMsBAL5ECAA2HwIAdCkNAGQXCAC6FwgAEBgIAGYYCAD61QEAEPcMADxNAgA2HwIANBwBAGi3AQBwFQQAKsMBAIKZAQAilAEATisCADYfAgB0KQ0AYr4GAE4rAgC68goANBwBADYfAgBwUAwAoFwGAPZcBgAAGg0AVMkPAKrJDwBWPQkALuEPAIThDwByDgAANh8CANLdDwBk8AkAAAAAAFDyDwAmngUAfJ4FANKeBQAonwUAfp8FANSfBQAgEgEArooEAHQpDQCa6g4ADsUJAGTFCQC6xQkAEMYJAOzeCQBC3wkAiJ4CAOL+BgCQywEAvkQIADYfAgB0KQ0AZBcIALoXCAAQGAgAZhgIAPrVAQAQ9wwAPE0CADYfAgA0HAEAaLcBAHAVBAAqwwEAgpkBACKUAQBOKwIANh8CAHQpDQBivgYATisCALryCgA0HAEANh8CAHBQDACgXAYA9lwGAAAaDQBUyQ8AqskPAFY9CQAu4Q8AhOEPAHIOAAA2HwIA0t0PAGTwCQAAAAAAkowMAOiMDABAJgMAAAAAAAAAAAAAAAAAAAAAAAAAAAB6QQIA0EECAPQJCABKCggAoAoIANwgBAAyIQQAiCEEAN4hBAA0IgQAEPkNAAAAAAAAAAAAcg4AAAAAAAAAAAAAKPMEANYjBwAsJAcAZukFALzpBQAS6gUAaOoFAL7qBQAU6wUAxOkDABrqAwBw6gMAxuoDAAJrCgBYawoArmsKANJ1BgAodgYAfnYGAEAmAwDURwQAKkgEAIBIBADWSAQALEkEAIJJBADYSQQALkoEANKmCQAopwkAfqcJANSnCQAqqAkA9AkIAMgOAACCfgkA2H4JAC5/CQCEfwkANh8CAHQpDQBOJwAAkkkAAPrVAQAQ9wwAZLMAAGaLAQDcxgEAMscBAIjHAQDexwEANMgBAIrIAQDgyAEANskBAIzJAQDiyQEAOMoBAMqQAAAgkQAA+tcCAMYRAgA2HwIA9AkIAMgOAACCfgkA2H4JAC5/CQCEfwkAQCYDAGaJAADGEQIAkMsBAObLAQCSSQAAJp4FAHyeBQAqlgAAcg4AAFYAAABWPQkArD0JANTrAADmywEAAAAAAMqQAAAqlgAAcg4AADqiAgD61QEAEPcMANTrAACyCQMAQAsLAJYLCwDsCwsASgYGAKAGBgD2BgYATAcGAKIHBgD4BwYATggGAKQIBgD6CAYAUAkGAKYJBgD8CQYAUgoGAKgKBgD+CgYAVAsGAKoLBgAADAYAVgwGAKwMBgACDQYAWA0GAK4NBgAEDgYAWg4GALAOBgAGDwYAXA8GALIPBgAIEAYAXhAGALQQBgAKEQYAYBEGALYRBgAMEgYAZokAALyJAABclAgAspQIAL5ECAA2HwIAfoYOAH6KEAA+SgAANBwBACDxBQB28QUANh8CAOzeCQBC3wkAkkkAACaeBQB8ngUAKpYAAHIOAAA2HwIAcCUMADwRDwCsPQkANh8CAOzeCQBC3wkAAAAAAMqQAAAqlgAAcg4AADqiAgA2HwIAkqEBANp1BAB6cAQAaLcBAKBcBgD2XAYAWtkAAB74CQDMkwEAZLMAAFyUCAA2HwIAcFAMAEyUDABAJgMAZLMAALriAgD+BAMAVAUDAKoFAwAABgMAZLMAAGaLAQDcxgEAMscBAIjHAQDexwEANMgBANAyEAAQ9wwA1OsAALIJAwBiMQAAurMAABC0AABmtAAAvLQAABK1AABAJgMAZLMAALriAgD+BAMAVAUDAKoFAwAABgMAZLMAAGaLAQDcxgEAMscBAIjHAQDexwEANMgBANAyEAAQ9wwA1OsAALIJAwDs3gkAQt8JADzMAQCSzAEA6MwBAD7NAQCUzQEA6s0BAJKhAQDooQEAZJ4LALqeCwAQnwsAHvgJANRZDQByDgAAOqICACqWAAC+RAgA/rwJAHAVBABiMQAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMA6IAGAD6BBgCUgQYA6oEGAECCBgCWggYA7IIGAEKDBgDURwQAKkgEAIBIBADWSAQALEkEAIJJBADYSQQALkoEAIRKBADaSgQAMEsEAIZLBADcSwQAcOYBAMbmAQAc5wEAcucBAMjnAQDOJQoAJCYKAHomCgDQJgoAJicKAHwnCgDSJwoAKCgKAH4oCgDUKAoAKikKAIApCgDWKQoALCoKAIIqCgDYKgoALisKAIQrCgDaKwoAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMA6IAGAD6BBgCUgQYA6oEGAECCBgCWggYA7IIGAEKDBgCWJgMA7CYDAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQAAYAUAVmAFAKxgBQACYQUAWGEFAK5hBQDoHgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAGomDgDAJg4AFicOAGwnDgDCJw4AGCgOAG4oDgDEKA4AGikOAHApDgDGKQ4AHCoOAHIqDgDIKg4AHisOAHQrDgBwJQwAoBALAPYQCwBMEQsAohELAPgRCwBOEgsApBILAPoSCwBQEwsAphMLAPwTCwBSFAsAqBQLAP4UCwBUFQsAqhULAAAWCwBWFgsArBYLAAIXCwBYFwsArhcLAKYuAwD8LgMAIvwKABynDAA0rQkA6AcKAJJJAAD61QEAfoYOALrPDgDEfA0ACh8NANRZDQByDgAAkkkAADYfAgBa2QAAzkACAMB+DwAWfw8AkowMAOiMDAA+jQwAlI0MAHAlDACMhQoAcg4AACrDAQCCmQEADDUCAJKhAQDEUw4AfoYOALrPDgDEfA0AuugFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFAHp+CwDQfgsAJn8LAH6GDgB+ihAAPkoAAOzeCQBC3wkAPMwBAJLMAQDozAEAPs0BAPQJCADoHgAAPh8AAJQfAADqHwAAQCAAAET5AADQLA0AuugFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAKyVCgDGUAwAHFEMAAw1AgBu7wYAxO8GABrwBgBw8AYAhhgAADYfAgD0CQgAUJwPAKacDwDCZQIAzJMBAHpwBABySQgA8lwHAOgHCgCSSQAA+tUBABD3DADU6wAAsgkDAIILEADQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgBcbQoAsm0KAAhuCgBebgoAtG4KAApvCgBgbwoAtm8KAAxwCgBicAoAuHAKAA5xCgBkcQoAunEKAPQJCADoHgAAPh8AAJQfAADqHwAAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCmLgMA/C4DACL8CgB4/AoAzvwKACT9CgB6/QoA0P0KAIwfAgBSZgkAqGYJAP5mCQDS3Q8AkMsBADYfAgAAGg0AVhoNAJDLAQDmywEAiJ4CAJJJAABKVAIAkMsBAJCkAwA2HwIAfMEBAMqQAAAgkQAA+tcCAMYRAgBqJg4AwCYOABYnDgBsJw4AwicOABgoDgBuKA4AxCgOABopDgBwKQ4AxikOABwqDgByKg4AyCoOAB4rDgB0Kw4AbvUJAPDgCQBM5AkAouQJAPjkCQBO5QkAxuoDAAJrCgBYawoArmsKAARsCgBabAoAsGwKAAZtCgDS3Q8ASF0HAJ5dBwCEqAgA2qgIADCpCACGqQgA3KkIADKqCAA2HwIAfoYOANB0BgAmdQYAfHUGAL5ECAA2HwIA0t0PAOgHCgDUdgYAKncGAIB3BgDWdwYAyisOACAsDgB2LA4AzCwOACItDgB4LQ4Azi0OACQuDgB6Lg4A0C4OAMbqAwACawoAWGsKAK5rCgDSdQYAKHYGAI61DADoHgAAhFAHAMRTDgCM/gYAkkkAANB0BgDyXAcAZPAJAJJJAADQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgDUdgYAKncGAIB3BgDWdwYAKpYAAICWAADU6wAAsgkDAPorAgDQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgDUdgYAAnENAFhxDQCucQ0ABHINAFpyDQCwcg0ABnMNAMgOAACCfgkA2H4JAC5/CQCEfwkASlQCAEhdBwCeXQcA9F0HACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAQCYDAC5WCgCAlgAA1OsAALIJAwCGGAAA3BgAAOQDCQA6BAkAkAQJAOYECQA8BQkAkgUJAKRWAgD01AIAStUCAMyTAQBgtQIAZokAAAw1AgCSoQEANh8CAH6GDgDQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgBcbQoA3l4NADrXBwCQ1wcA5tcHADzYBwCS2AcA6NgHAD7ZBwCU2QcAdCkNAE4nAACSSQAA+tUBABD3DAD0CQgA6B4AAIRQBwDEUw4AjP4GAJJJAADQdAYA8lwHAGTwCQA2HwIAjogLAPjwDwBO8Q8ApPEPAIRIAwAo/woAfv8KANT/CgAqAAsAgAALANYACwAcxgYAcsYGAMjGBgAexwYAdMcGAMrHBgAgyAYAdsgGAMzIBgAiyQYA/OAGAFLhBgCo4QYA/uEGAFTiBgCq4gYAypAAAJDLAQCQywEA5ssBAIYYAACSSQAANh8CAH6GDgC6zw4ASF0HAIyFCgCSoQEA6KEBAD6iAQCQpAMAQCYDAAAAAAA2HwIAfoYOAFxdAgCyXQIACF4CABD5DQD0CQgAJlgNAMyTAQCgXAYAZokAAAw1AgCSoQEAxFMOAPQJCADoHgAAPh8AAJQfAADqHwAAQCAAAISkBgA2HwIAjB8CAMIlDQAYJg0AbiYNAH6GDgDQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgBAJgMApi4DAPwuAwAi/AoAdCkNAPTUAgBK1QIAzJMBAGC1AgBmiQAADDUCAJKhAQDEUw4A9AkIAOgeAAA+HwAAlB8AAOofAABAIAAANBwBAAAAAABWAAAAZLMAAGaLAQDcxgEAMscBAIjHAQDexwEANMgBAIrIAQDE6QMAGuoDAOiABgAIIA4AXiAOALQgDgCQywEANK0JAJwWDwDoeAIAgJYAAFxGDACyRgwAkMsBAObLAQD0BQYASgYGAKAGBgBmiQAADDUCAJKhAQDEUw4AKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAgkQAAhhgAAJCkAwBAJgMAkkkAAGSzAABWAAAAZLMAAGaLAQDcxgEAMscBAIjHAQDexwEANMgBAIrIAQDE6QMAGuoDAE4nAABg3gEAtt4BAAzfAQBkswAAZosBANzGAQAyxwEAkMsBAObLAQC2XwIAWKIQAHIOAADoHgAAavMJAMDzCQAW9AkAbPQJAML0CQAY9QkAPoEGAJSBBgDqgQYAQIIGAJaCBgDsggYAQoMGAIRIAwDIDgAAgn4JANh+CQAufwkAhH8JADYfAgCOiAsA+PAPAE7xDwCk8Q8AyisOACAsDgAQVREAZlURALxVEQASVhEAaFYRAL5WEQAUVxEAalcRAMBXEQAWWBEAZhAEALwQBAASEQQAaBEEAL4RBAAUEgQAahIEAMASBAAKHw0A1FkNAHIOAAAMNQIAbu8GAMTvBgAa8AYAcPAGAMbwBgCOtQwAPnUAAPTUAgBK1QIAzJMBAGC1AgBmiQAADDUCAJKhAQBmiQAATicAAJJ4AgC8FgcAcOYBAHIOAABiMQAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMA6IAGAAggDgBeIA4AtCAOADYfAgA0HAEAIPEFAJCkAwA2HwIAkowMAOiMDAA+jQwAlI0MAAw1AgCIDhAAdCkNAPTUAgBK1QIAzJMBAGC1AgBmiQAADDUCAJKhAQC66AUAEOkFADCGDACGhgwA3IYMADKHDACIhwwA3ocMADSIDACKiAwA4IgMADaJDACOiAsAcg4AADqiAgCQogIADDUCAJKhAQDadQQAcBUEABQ5AgCw8QwAcFAMAFYAAAC8iQAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMA6IAGAAggDgBeIA4AtCAOAJYmAwDsJgMAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBAAw1AgC0Sw4A8lwHAJJJAAByDgAAOqICACaeBQCSOA0Aph0QADYfAgCMHwIAkMsBADStCQA0HAEANh8CAHzBAQBE+QAAQCYDAEYpAwC6swAAELQAAGa0AAC8tAAAErUAAGi1AAAKHw0AYB8NALYfDQAMIA0A7N4JAFxGDACyRgwANh8CANLdDwDoBwoAkkkAADYfAgDS3Q8ATicAADYfAgB0KQ0A9NQCAErVAgDMkwEAYLUCAGaJAAAMNQIAkqEBAMRTDgAMNQIAbu8GAMTvBgAa8AYAcPAGAMbwBgCOtQwANh8CAH6GDgC6zw4AxHwNAH6GDgBmiQAAQt0IAJJ4AgA2HwIAfoYOAB7ZDwCQpAMANh8CANLdDwBOJwAANh8CAH6GDgB+ihAAPkoAAJRKAADqSgAAKpYAAL5ECAA2HwIADDUCAG7vBgDE7wYAGvAGAHDwBgDG8AYAkqEBAGaJAABAzgEAOqICANB0BgBkswAAcg4AAOgeAABmiQAAtIkCAGSzAABclAgAPE0CAHpdEADQXRAAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcg4AADxNAgAyZBAAiGQQANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMA6IAGAAggDgBeIA4AtCAOAAAAAABWAAAAVj0JAC7hDwByDgAA6B4AAGaJAAC0iQIAZLMAAFyUCABWAAAA2EUCADxNAgB6XRAA0F0QAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHIOAAA8TQIAMmQQAIhkEADcxgEAMscBAIjHAQDexwEANMgBAIrIAQDE6QMAGuoDAOiABgAIIA4AXiAOALQgDgCSoQEA2nUEAPTUAgDMkwEAIpQBAE4rAgBkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMADMYKAOgeAAA+HwAA1OsAALIJAwBAJgMAkkkAACaeBQCSOA0AWocCAHIOAABWAAAAjIUKAJDLAQCSSQAAQCYDAJJJAAAmngUAkjgNAFqHAgByDgAAVgAAAIyFCgCQywEAkkkAAEAmAwAuVgoAgJYAANTrAACyCQMA1EcEACpIBACASAQA1kgEACxJBACCSQQA2EkEAOq0CgDaLQsAMC4LAIYuCwDcLgsAMi8LAIgvCwDeLwsANDALAIowCwDgMAsANjELAIwxCwDiMQsAODILAI4yCwDkMgsAOjMLAJAzCwDmMwsAPDQLAJI0CwDKKw4AICwOAHYsDgDMLA4AIi0OAHgtDgDOLQ4AJC4OAHouDgDQLg4AJi8OAHwvDgDSLw4AKDAOAH4wDgDUMA4AEFURAGZVEQC8VREAhhgAACASAQBQ8g8ANh8CALroBQAQ6QUAZukFALzpBQAS6gUAaOoFAL7qBQB6fgsA0H4LACZ/CwD0CQgA6B4AAD4fAACUHwAA6h8AAC5KBACESgQA2koEADBLBACGSwQA3EsEAOD5BAA2+gQAjPoEAChDAgB+QwIAJp4FAJI4DQBahwIAcg4AAFYAAACMhQoAkMsBAJJJAAA8TQIAMmQQAIhkEADcxgEAMscBAIjHAQDexwEANMgBAIrIAQDE6QMAGuoDAOiABgAIIA4AXiAOALQgDgAKIQ4AYCEOALYhDgAMIg4AYiIOALgiDgAOIw4AZCMOALojDgAQJA4AjogLAPjwDwBO8Q8ApPEPALQKAwC64gIAHK8QAHKvEADIrxAAHrAQAHSwEADKsBAAILEQAHaxEAAEtgQAWrYEALC2BAAGtwQAXLcEALK3BAAIuAQAXrgEALS4BAAKuQQAYLkEALa5BAAMugQAYroEALi6BAAOuwQAZLsEALq7BAAQvAQAZrwEALy8BAASvQQAaL0EAL69BAAUvgQAar4EALJtCgC64gIAHK8QAHKvEADIrxAAHrAQAHSwEADKsBAAILEQAHaxEABGKQMA7FMEAEJUBACYVAQA7lQEAERVBACaVQQAkkkAANB0BgAmdQYAfHUGANJ1BgAodgYAfnYGANR2BgAqdwYAgHcGANZ3BgCmLgMAKpYAAFrZAABkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMA6IAGAAggDgBeIA4AtCAOAGTwCQDcGAAABEMLAFpDCwBmiQAA9NQCAErVAgDMkwEAYLUCAGaJAAAMNQIAkqEBAMRTDgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHIOAAA+dQAA9NQCAErVAgDMkwEAYLUCAGaJAAAMNQIAkqEBAMRTDgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAKYuAwD8LgMAIvwKAHQpDQAyCg4A2nUEAPTUAgCmPAoAkowMAOiMDAAEQwsAWkMLAHIOAAA2HwIAjB8CAMIlDQAYJg0AbiYNAMQmDQBwUAwAxlAMABxRDACQpAMA5qQDADylAwCQywEANh8CALroBQC6swAAypAAAHIOAAA6ogIA+tUBADYfAgCSjAwA6IwMAARDCwBaQwsAdCkNAPTUAgBK1QIAzJMBAGC1AgBmiQAADDUCAJKhAQBkswAAZLMAAIrSBgDg0gYANtMGAIzTBgA8zAEANh8CAFrZAAAe+AkAzJMBAGC1AgDEUw4AjogLAHIOAAA6ogIAkKICAAw1AgCSoQEA2nUEAHAVBAAUOQIAzJMBACKUAQBOKwIANh8CAHQpDQBivgYAuugFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAHDqAwDG6gMAHOsDAHLrAwDI6wMASgoIAKAKCAD2CggATAsIAKILCAD4CwgATgwIAKQMCAB+hg4AZLMAAFYAAAAAAAAAzJMBAFYAAAA2HwIAuugFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAHDqAwDG6gMAHOsDAHLrAwB+hg4AfooQAD5KAAAKHw0A1FkNAHIOAAA6ogIAfoYOANB0BgAmdQYAfHUGANJ1BgAodgYAfnYGAFxtCgD4uwoATrwKAOQgAgDMkwEAkMsBAObLAQDS3Q8ASF0HAJ5dBwD0XQcANh8CAH6GDgBkswAAVgAAADYfAgC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAFOsFAMTpAwAa6gMAcOoDAFrZAADMkwEAoFwGAOhJAAA2HwIACh8NANRZDQByDgAAOqICADYfAgCSSQAAZLMAAFYAAAA2HwIAcCUMAJBKAQDmSgEA9NQCAMyTAQC+RAgAVMkPAICWAABAJgMAMkwEALohDQAQIg0AZiINALQKAwBcDQUAvIsBABKMAQAAAAAAxhECAAAAAAAAAAAAAAAAAGaJAABOJwAAcg4AADAgBACGIAQAnDMIAPIzCABINAgAnjQIAPQ0CABKNQgAoDUIAPY1CAAoihAATCwDAGSzAABWAAAANh8CAHAlDACQSgEA5koBAPTUAgDMkwEAvkQIAFTJDwCAlgAAQCYDADJMBAC6IQ0AECINAGYiDQC0CgMAXA0FALyLAQASjAEAAAAAAMYRAgAAAAAAAAAAAAAAAABmiQAATicAAL5ECAAURQgAph0QAJJJAADQdAYA9NQCAKY8CgD0CQgA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAsN8DAAbgAwBc4AMAypAAACCRAABeBgEA9NQCAErVAgDMkwEAYLUCAGaJAAAMNQIAkqEBAMRTDgDS3Q8AkMsBADYfAgAAGg0AzAEOACICDgB4Ag4AzgIOACQDDgB6Aw4A0AMOACYEDgB8BA4A0gQOACgFDgB+BQ4AvkQIAHIOAAA2HwIA9AkIAOgeAAA+HwAAlB8AAOofAABAIAAAliAAALDfAwAG4AMAXOADAMqQAAAgkQAAXgYBAPTUAgBK1QIAzJMBAGC1AgBmiQAADDUCAJKhAQDEUw4A0t0PAJDLAQA2HwIAABoNAMwBDgAiAg4AeAIOAM4CDgAkAw4AegMOANADDgAmBA4AfAQOANIEDgAoBQ4AfgUOADYfAgD0CQgA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAsN8DAAbgAwBc4AMAypAAACCRAABeBgEA9NQCAErVAgDMkwEAYLUCAGaJAAAMNQIAkqEBAMRTDgDS3Q8AkMsBADYfAgAAGg0AzAEOACICDgB4Ag4AzgIOACQDDgB6Aw4A0AMOACYEDgB8BA4A0gQOACgFDgB+BQ4AKIoQANRHBABSZgkAqGYJAP5mCQCSjAwA6IwMAD6NDACUjQwA6o0MAECODACWjgwA7I4MAAAAAABmiQAAQt0IAJjdCADadQQAQCYDAJDLAQBSyA8AIpQBAE4rAgC68goAgJYAANTrAACyCQMAKpYAADQcAQBkswAAuuICALyJAABclAgAspQIAHIOAADoHgAAPh8AAJQfAADqHwAAQCAAAObLAQCAlgAA1OsAALIJAwBw5gEAcg4AAEAmAwCESAMAKP8KAH7/CgDU/woAKgALAIAACwDWAAsAEPkNAEYpAwDsUwQAQlQEAJhUBADuVAQARFUEAJpVBAB6fgsA0H4LAKhoCgD+aAoAVGkKANJ1BgAodgYAfnYGAFxtCgB+hg4Aus8OAL5ECABUyQ8AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAEwsAwB+ihAAPkoAAKqxAwAAsgMAVrIDAKyyAwACswMAWLMDAK6zAwAEtAMAdCkNAPTUAgBK1QIAzJMBAGC1AgBmiQAADDUCAJKhAQDEUw4AuugFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAHDqAwB0KQ0AwmUCAF52DgB+ihAAzJMBAHAVBADGFQQANBwBAIocAQA0HAEAckkIAIYYAADgWQoANloKAIxaCgDQAQ0AJgINADQcAQAg8QUAtIkCAJJ4AgDoeAIAvkQIADYfAgAAGg0AVMkPAGaJAABgHw0Ath8NAAwgDQBiIA0AuCANAA4hDQBkIQ0A3N4NAB7ZDwC+RAgANh8CAHBQDABMlAwAopQMABonDQBWGg0AcBUEAD51AAAMNQIAkqEBAMRTDgC+RAgANh8CAMqQAAAgkQAAkkkAANB0BgBgtQIANh8CAH6GDgDQdAYAJnUGAHx1BgC+RAgANh8CAOzeCQBC3wkAkkkAACaeBQCSoQEA2nUEADB2BABuQQUAZLMAADxNAgAyZBAAiGQQANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMA6IAGAAggDgBeIA4AtCAOAFp4EADoHgAAPh8AAJQfAADqHwAAQCAAAL5ECABUyQ8AZokAAGQXCABAJgMAhlUJAFrZAACGGAAAQCYDAB74CQDUWQ0Acg4AADqiAgCSoQEA6KEBAHRQCwDKUAsAIFELAHZRCwBWPQkArD0JANTrAACyCQMAeAANAEhdBwCeXQcA9F0HADYfAgDKkAAAIJEAAPrXAgDGEQIANh8CAPQJCADIDgAAgn4JANh+CQAufwkA9AkIAFCcDwCmnA8AwmUCAMqQAAByDgAANh8CAB74CQCw8QwAjP4GAJJ4AgDoeAIAvkQIAIZVCQBIXQcAnl0HAISoCADaqAgAMKkIAIapCADcqQgAMqoIAIiqCADeqggANKsIAIqrCADgqwgANqwIAIysCADirAgAOK0IAI6tCADkrQgAOq4IAJCuCADmrggAPK8IALK/CAAIwAgAXsAIALTACAC+RAgANh8CANLdDwDoBwoAkkkAADYfAgBa2QAAzkACAMyTAQCgXAYA0HQGACKUAQBOKwIANh8CAIwfAgDCJQ0AkMsBADYfAgDS3Q8ASF0HAJ5dBwCEqAgA2qgIADCpCACGqQgA3KkIAKw9CQCkVgIAwmUCANB0BgDyXAcAZPAJAJJJAADQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgDUdgYAAnENAFhxDQCucQ0ABHINAFpyDQCwcg0ABnMNAKwxAwAy8gEAkkkAAGaJAADCZQIA+tUBANLdDwBIXQcAnl0HAISoCADaqAgAMKkIAIapCADcqQgAMqoIADYfAgB+hg4A0HQGACZ1BgB8dQYAvkQIADYfAgDS3Q8A6AcKAJJJAAB6QQIAypAAACCRAABeBgEAtAYBAAoHAQBgBwEAtgcBAAwIAQBiCAEANBwBAIocAQDy5QsA/rwJAD7lDQCQpAMANh8CALroBQAQ6QUAMIYMACCRAACSSQAA+tUBAEwsAwDQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgBcbQoAWtkAAM5AAgDMkwEAoFwGANB0BgAilAEATisCADYfAgCMHwIAwiUNAJDLAQA2HwIA9NQCAErVAgCg1QIA9tUCAB74CQDUWQ0Acg4AADqiAgCQogIA9NQCAErVAgDMkwEAYLUCAGaJAAAMNQIAkqEBADrXBwAAAAAAkqEBAEAmAwCmLgMA/C4DACL8CgAKHw0A1FkNAHIOAAA6ogIAcg4AADYfAgB0KQ0A9NQCAErVAgDMkwEAYLUCAGaJAAAMNQIAkqEBAMRTDgBwUAwAxlAMABxRDADgXQwANl4MAIxeDABwJQwAjIUKAOKFCgCWJgMA7CYDAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQAAYAUAkMsBAObLAQD0BQYAwmUCAPrVAQD0CQgA6B4AAHIOAAAqwwEAgpkBAPJcBwCSoQEAkqEBADYfAgAKHw0A1FkNAHIOAAA6ogIARPkAANAsDQAo8wQAfoYOACaeBQB8ngUAKpYAAL5ECAA2HwIAjB8CAMIlDQCQywEANh8CAAAAAADKkAAAKpYAAICWAACQpAMANh8CAIwfAgDiHwIAOCACAI4gAgCGGAAA3BgAAARDCwBaQwsAcg4AAE4nAABg3gEAtt4BAAzfAQBUyQ8AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAGomDgDAJg4AMIYMAIaGDADchgwAMocMAIiHDADehwwANIgMAIqIDADs3gkAQt8JAPQFBgBKBgYAoAYGADYfAgB0KQ0AHtkPAJCkAwA2HwIAuugFABDpBQBm6QUAkGYPAOZmDwC8iQAADsUJADYfAgBwJQwAjIUKAMyTAQAilAEAwmUCAHIOAABAJgMApi4DAPwuAwAi/AoAePwKAOgeAAA+HwAAlB8AAOofAABAIAAAhKQGADYfAgB0KQ0A9NQCAErVAgDMkwEAYLUCAGaJAAAMNQIAkqEBAMRTDgCMHwIAwiUNAJDLAQA2HwIAuugFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAcg4AAOgeAAA+HwAAlB8AAOofAABAIAAAhKQGANqkBgA+HwAA1OsAALIJAwDoHgAAPh8AANTrAACyCQMAyisOACAsDgB2LA4AzCwOACItDgB4LQ4Azi0OACQuDgB6Lg4A0C4OAChDAgCQywEA5ssBALZfAgBYohAAcg4AAOgeAAAafQ0AaGMCAMz3CAAi+AgANh8CAPQJCADoHgAAPh8AAJQfAADqHwAAZLMAAJJ4AgAe+AkA1FkNAOgHCgByDgAA6B4AAJS4DACgvgwAkMsBAFLIDwD01AIApjwKAPw8CgA8TQIAel0QAICWAADU6wAAsgkDADxNAgCGGAAAKpYAAJJJAABa2QAA8lwHAJDLAQCSeAIA6HgCAICWAADU6wAAsgkDAMorDgAgLA4AvIsBABKMAQDMBRAAAAAAAAAAAAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAEAmAwBGKQMA7FMEAEJUBACYVAQA7lQEAERVBACaVQQA8FUEAEZWBACcVgQA8lYEAEhXBACeVwQA9FcEAEpYBACgWAQAfoYOAH6KEAA+SgAAjogLAOSICwC+RAgAVgAAAIyFCgDMkwEAIpQBAFiIAwA2HwIAypAAAJDLAQCSoQEAQCYDAGgJAAAe+AkAdPgJAMr4CQC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAen4LANB+CwAmfwsAfoYOAH6KEAA+SgAAcL8DAMwBDgDcVQkAMlYJAIhWCQDeVgkADpoJAAAaDQAURQgAKpYAADQcAQCKHAEAcL8DAMwBDgDcVQkAMlYJAIhWCQDeVgkADpoJAAAaDQAURQgAKpYAADQcAQCKHAEA4BwBADYfAgDs3gkAXEYMALJGDAAyNQ4AiDUOAN41DgA0Ng4AKpYAAICWAAA0HAEAaLcBAHAVBAAqwwEAgpkBAPJcBwBk8AkANh8CAAAaDQBUyQ8AhhgAAChwAwAqlgAAvkQIADYfAgBa2QAAHvgJAMyTAQBgtQIAxFMOAH6GDgAmngUAkKQDAMyTAQAilAEATisCADYfAgB+hg4Aus8OAMR8DQC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAen4LANB+CwAmfwsAfoYOAH6KEAA+SgAAcL8DAMwBDgDcVQkAMlYJAIhWCQDeVgkADpoJAAAaDQAURQgAKpYAADQcAQCKHAEAABoNAGrWEADA1hAAFtcQAGzXEADC1xAAGNgQALroBQAQ6QUAZukFALzpBQAS6gUAaOoFAL7qBQB0IQkA8lwHADrXBwCSeAIA6HgCAICWAADmywEAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBADJMBAC6IQ0AECINAGYiDQD8mA0AHvgJAMyTAQBgtQIAxFMOAIwfAgCkJwAAkkkAAGSzAABclAgAzJMBACKUAQBOKwIANh8CAPQJCADoHgAAPh8AAJQfAADqHwAAQCAAAJYgAAB0KQ0Aph0QAMyTAQA2HwIA9NQCAKY8CgD8PAoAjrUMAIKZAQDyXAcAZPAJAEAmAwDMkwEAYLUCAMRTDgCGGAAA3BgAAN5GAQBOJwAAwiUNABgmDQBuJg0AxCYNALbgAgCAlgAA1OsAALIJAwB8wQEAUBEKAKYRCgD8EQoAUhIKAKgSCgD+EgoAAAAAAH4aAwDUGgMAkowMAOiMDAAyGQAARNoGAJraBgBqSwsAwEsLABZMCwCMHwIAUmYJAKhmCQD+ZgkA0t0PAJDLAQA2HwIAABoNAFYaDQCQywEA5ssBAIieAgCSSQAASlQCAJDLAQCOiAsA5IgLADqJCwCQiQsA5okLAAAAAAD01AIAStUCALSJAgAAAAAAkMsBAFxGDACyRgwAAAAAAL5ECACGVQkA3FUJADJWCQCIVgkA3lYJAOKDCQA4hAkAjoQJAOSECQA61wcAkngCAOh4AgCSSQAAhhgAANwYAADeRgEATicAAMIlDQAYJg0AbiYNAMQmDQC24AIAgJYAANTrAACyCQMAPE0CAFp4EADIDgAAgn4JAOqNDABSZgkASOwOAOx6AgA2HwIAdCkNAGK+BgD01AIAStUCAKDVAgDadQQAvkQIADYfAgAAGg0AzAEOANxVCQAyVgkAiFYJAN5WCQAOmgkAjogLAOSICwD01AIAzJMBAJDLAQA0rQkAZPAJADQcAQBySQgAhhgAAFrZAADyXAcAkMsBAJJ4AgBY8AwAIpQBAE4rAgA2HwIAuugFABDpBQBm6QUAkGYPAOZmDwA8Zw8AkmcPAOhnDwA+aA8ANh8CAOzeCQBcRgwAskYMAAhHDABeRwwAtEcMAApIDAA+Ow4AlDsOACaeBQCSOA0AwmUCAPrVAQBOKwIANh8CAHBQDABMlAwAopQMAI6ICwDMkwEAoFwGAOhJAAA+SgAAqrEDADYfAgCSjAwA6IwMAD6NDACUjQwA7N4JAFxGDACyRgwAMjUOAIg1DgDeNQ4ANDYOAIo2DgDS3Q8AkMsBADYfAgA0HAEAaLcBAHAVBABiMQAAZosBANzGAQBOJwAAUmYJAE4rAgDKkAAAkMsBAObLAQCQywEA5ssBAPQFBgDCZQIA+tUBAAAaDQDMAQ4A3FUJADJWCQCIVgkA3lYJAA6aCQBwJQwAkEoBAOZKAQD01AIAzJMBAL5ECABUyQ8A8lwHAPJcBwCSSQAAkqEBAMRTDgByDgAAKsMBADYfAgAAGg0AzAEOANxVCQAyVgkAiFYJAN5WCQAOmgkAkowMAOiMDAA+jQwAlI0MAOqNDABAjgwAlo4MAOyODAAAGg0AzAEOANxVCQAyVgkAiFYJAN5WCQAOmgkAjogLAOSICwC+RAgAVgAAAIyFCgDMkwEAIpQBAIz+BgDi/gYAOP8GAI7/BgDk/wYAOgAHAJAABwDmAAcAPAEHAJIBBwDMkwEAZokAAELdCAA2HwIAfoYOAGSzAABWAAAAQCYDADYfAgAOUA8A2o0QALroBQAQ6QUAZukFALzpBQAS6gUAaOoFAL7qBQBE+QAAAAAAACjzBAAY1g8AwiUNAJDLAQCSSQAA0HQGAPTUAgCmPAoAhFAHAJCkAwA2HwIA7N4JAELfCQCY3wkA7t8JAETgCQCa4AkANh8CAHBQDABGKQMA7FMEAEJUBACYVAQA7lQEAERVBACaVQQA8FUEAEZWBACcVgQA8lYEAEhXBACeVwQA9FcEAEpYBACgWAQAMkwEAIz+BgDi/gYAOP8GAI7/BgDk/wYAOgAHAJAABwDmAAcAPAEHAJIBBwCmLgMA/C4DAKy6BwAOUA8AKpYAAKpXAQDATw0AcBUEADqiAgDQdAYAIpQBAE4rAgA2HwIAABoNAMwBDgA0HAEAIPEFAMyTAQB0IQkAyiEJACAiCQB2IgkAzCIJACIjCQB4IwkAziMJACQkCQB6JAkA0CQJACYlCQB8JQkA0iUJACgmCQB+JgkA1CYJAJDLAQDmywEAtl8CAFiiEAByDgAA6B4AAHzBAQCSSQAAZLMAAFYAAABAJgMAAAAAAJKhAQByDgAAQCYDAAAAAADKkAAAIJEAAPrXAgDGEQIAQCYDAAAAAAAMNQIAkqEBAMRTDgB+hg4Aus8OAMR8DQC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAen4LANB+CwAmfwsAfoYOAGSzAABWAAAAQCYDAAAAAACSoQEAcg4AAEAmAwAAAAAA9AkIACrDAQCAwwEAQCYDAAAAAACGGAAAhhgAACqWAACM/gYAkkkAANB0BgDyXAcAZPAJADYfAgDs3gkAQt8JAJjfCQDu3wkAROAJAJrgCQCuvwkAkkkAANB0BgAmdQYAfHUGAL5ECACGVQkA6AcKAAAAAACSSQAAkkkAAFYAAABkswAAZosBANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMARBkRAIyFCgDihQoAOIYKAET5AAAebwUA1FkNAHIOAAA6ogIApm8OAOzeCQBC3wkA9AUGAEoGBgCgBgYANh8CAAAaDQAURQgAnEMQAPJDEAAMNQIAZokAAEDOAQDoHgAA9AkIAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAHQpDQDCZQIAypAAAJKhAQC+RAgANh8CAJKMDADojAwAPo0MAJSNDAC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAen4LANB+CwAmfwsAkMsBAObLAQC2XwIAWKIQAHIOAADoHgAAVMkPAICWAADU6wAAsgkDACqWAACAlgAA1OsAAHpRCgDQUQoAMhkAAAAAAAAAAAAAAAAAAH4aAwDUGgMAiiADABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAHDqAwDoAQcAPgIHAJQCBwDqAgcAQAMHAJYDBwAAAAAAAAAAAH4aAwDUGgMAiiADABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAGuoDAHDqAwDoAQcAPgIHAJQCBwDqAgcAQAMHAJYDBwBa2QAAzJMBACKUAQAqlgAAgJYAANTrAACyCQMAAAAAAAAAAAAAAAAAAAAAAAAAAACGGAAAKpYAAJJJAAA8TQIAMmQQAIhkEADcxgEAMscBAIjHAQDexwEANMgBANAyEAAmMxAAfDMQANIzEAAoNBAAfjQQANQ0EAAqNRAAaiYOAMAmDgAWJw4AbCcOAMInDgAYKA4AbigOAMQoDgAaKQ4AcCkOAMYpDgAcKg4AcioOAMgqDgAeKw4AdCsOAPJcBwByDgAANh8CAI6ICwD48A8ATvEPAKTxDwAAAAAAAAAAAAAAAAD61QEAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQAAAAAAAAAAAAAAAACqVwEAwE8NAPJcBwBk8AkANh8CAOzeCQBC3wkAmN8JAO7fCQBE4AkAAAAAACqWAACAlgAADDUCAMyTAQAilAEA7HoCAGrWEAAgkQAATisCAHIOAAA+dQAAkMkAAE4nAAAMNQIAZokAAJDJAAA2HwIAdCkNAAw1AgBOKwIAuvIKAIRQBwDEUw4AHvgJAIYYAAAqlgAAqlcBAMBPDQAAAAAAhhgAADYfAgDs3gkAQt8JAB74CQDKkAAAcg4AAD51AABkFwgAcg4AACrDAQCCmQEA8lwHAGTwCQAqlgAA7N4JAFLIDwBAkA0AUmYJAMqQAACSSQAAZokAAMJlAgAAAAAA8lwHADYfAgDs3gkAQt8JAIieAgDengIAcg4AAD51AABkFwgAhhgAANwYAABAJgMALlYKAIRWCgDaVgoAMFcKAIZXCgDcVwoAMlgKAIhYCgDeWAoANFkKAIpZCgAqlgAAjP4GAOL+BgA4/wYAjv8GAOT/BgA6AAcAkAAHAOYABwA8AQcAkgEHAIwfAgDiHwIAOCACAI4gAgBi3wEARikDAOxTBABCVAQAmFQEAO5UBABEVQQAmlUEAPBVBABGVgQAnFYEAPJWBABIVwQAnlcEAPRXBABKWAQAoFgEAIwfAgDiHwIAOCACAI4gAgBi3wEARikDAOxTBABCVAQAmFQEAO5UBABEVQQAmlUEAPBVBABGVgQAnFYEAPJWBABIVwQAnlcEAPRXBABKWAQAoFgEADYfAgB+hg4A0HQGACZ1BgB8dQYAvkQIADYfAgDS3Q8A6AcKANB0BgAmdQYAfHUGAL5ECAA2HwIA0t0PAOgHCgA2HwIAuugFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQBq6wUAwOsFABbsBQBs7AUAwuwFAFp4EADIDgAAgn4JANh+CQAufwkAhH8JAJJJAADQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgDUdgYAAnENAFhxDQCucQ0ABHINAFpyDQCwcg0ABnMNAMbqAwACawoAWGsKAK5rCgAEbAoAWmwKALBsCgAGbQoApi4DAPwuAwAi/AoAePwKAM78CgAk/QoAev0KAND9CgCMHwIAUmYJAKhmCQD+ZgkA0t0PAJDLAQA2HwIAABoNAFYaDQCQywEA5ssBAIieAgCSSQAASlQCAJDLAQBoYwIAQt0IAMRTDgCAlgAA1OsAALIJAwDyXAcA8lwHAJKhAQA2HwIAfoYOANB0BgAmdQYAfHUGAL5ECAA2HwIA0t0PAOgHCgCSSQAANh8CAFrZAAAe+AkAzJMBAGC1AgDEUw4AWtkAAM5AAgDMkwEAoFwGANB0BgAilAEATisCADYfAgCMHwIAwiUNAJDLAQA2HwIAdCkNAB7ZDwB02Q8A0t0PAEhdBwCeXQcA9F0HADYfAgC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAFOsFAMTpAwBwUAwATJQMAKKUDACSjAwA6IwMAD6NDACUjQwAOg4OAJAODgDmDg4APA8OAJIPDgDoDw4APhAOAJQQDgB6QQIA0EECAOzeCQBC3wkAAAAAAMqQAAAqlgAAcg4AADqiAgA2HwIAfoYOANB0BgAmdQYAfHUGAL5ECAA2HwIA0t0PAOgHCgCSSQAANh8CAHQpDQBOJwAAkkkAAPrVAQAQ9wwAxFMOAICWAADU6wAAsgkDAIILEADQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgCAqgoA1qoKACyrCgCCqwoA2KsKAC6sCgCErAoA2qwKADCtCgCGrQoA3K0KAET5AABa2QAAzkACAMyTAQCgXAYApiwCAJDLAQDmywEA9AUGAMJlAgD61QEAmuoOAAAAAADKkAAAzJMBAJDLAQDmywEAcOYBAL5ECAAMNQIAZLMAADYfAgC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAFOsFAMTpAwDS3Q8ADDUCAJJJAABmiQAAzJMBACKUAQA2HwIAcOYBAL5ECAAMNQIAZLMAADYfAgC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAFOsFAMTpAwCOiAsARsAOAABYAQBWWAEAil8NAOBfDQA2YA0AjGANAOJgDQBa2QAAHvgJALDxDACGGAAANh8CAH6GDgAmngUAkKQDAMyTAQAilAEATisCADYfAgB+hg4Aus8OAMR8DQC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQByDgAANh8CALroBQAQ6QUAMIYMAIaGDADchgwAMocMAIiHDADehwwANIgMAIqIDADgiAwANokMAHQpDQCa6g4AAAAAAMqQAADMkwEAkMsBAObLAQA8zAEANh8CAIwfAgCQywEANK0JADQcAQA2HwIAfoYOAH6KEAA+SgAAypAAACCRAABg4AIAtuACAICWAACSoQEAkKQDAMyTAQAilAEATisCADYfAgAAGg0AFEUIAJxDEADyQxAADDUCAGaJAABAzgEA6B4AADoODgCa6g4AAAAAAMqQAADMkwEAkMsBAObLAQB0KQ0AYr4GAOzeCQBC3wkAcg4AAMgOAADoBwoAkMsBAGSzAAAqlgAAjB8CAJDLAQA0rQkANBwBADYfAgBwUAwAoFwGAHIOAAA2HwIAcCUMAJBKAQBSyA8AenAEACDxBQC0iQIAkKQDADYfAgCMHwIA4h8CALyJAAAOxQkASlQCAJDLAQCQpAMANh8CANLdDwCQywEANh8CAPQJCADIDgAA6AcKAJDLAQBkswAAhhgAACqWAACqVwEAQCYDAEwsAwDQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgBcbQoAdCkNAJrqDgAAAAAAypAAAMyTAQCQywEAUsgPACKUAQBOKwIANh8CAHQpDQBivgYAuugFABDpBQBm6QUAvOkFABLqBQBo6gUAvuoFABTrBQDE6QMAKpYAAJJJAABmiQAAZBcIAL5ECACQywEAUsgPACKUAQBOJwAAwiUNADYfAgCOiAsA5IgLADqJCwDeRgEATicAAMIlDQAYJg0AbiYNAMQmDQBmiQAAzJMBAChDAgBmiQAAKjEOAOg0CwA+NQsAIpQBADIZAABE2gYAmtoGAGpLCwDASwsAFkwLAGxMCwDCTAsAGE0LAOgeAAA+HwAAlB8AAOofAABAIAAAliAAADQcAQBotwEAcBUEAAw1AgCIDhAAHvgJAGaJAAD01AIAzJMBACKUAQDUhg4ARjkLAJw5CwDyOQsASDoLAJ46CwD0OgsASjsLAKA7CwD2OwsATDwLAKI8CwD4PAsATj0LAFYaDQBUvQkAqr0JAAC+CQDKkAAAvkQIAOzeCQBC3wkA9AUGAGQXCAA2HwIAypAAAL5ECAAAAAAA8lwHADYfAgB+hg4A0HQGACZ1BgB8dQYA0nUGACh2BgAe+AkAVgAAAChDAgCGGAAAKpYAAJJJAABa2QAA8lwHAJDLAQCSeAIAKEMCAE4rAgC68goAEPMKAGbzCgC88woAEvQKAGj0CgDmywEAcg4AACrDAQDoHgAAcg4AAEAmAwBOKwIAuvIKABDzCgBm8woAvPMKABL0CgBo9AoAvvQKABT1CgBq9QoAwPUKABb2CgCMHwIAwiUNAJDLAQDS3Q8AkMsBADYfAgD0CQgA6B4AAD4fAACUHwAAzJMBAGSzAAAqlgAAkowMAOiMDAA+jQwAlI0MAJJ4AgCk5woA3BgAAFrZAAAe+AkA1FkNAHIOAAA6ogIA+tUBAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDw2gYARtsGAJzbBgDy2wYASNwGAJ7cBgB0KQ0AZBcIAL5ECACQywEA5ssBAHIOAAAqwwEANh8CAIwfAgDCJQ0AGCYNAG4mDQBIXQcAnl0HAPRdBwA2HwIAfoYOAGSzAABWAAAANh8CALroBQAQ6QUAZukFALzpBQAS6gUAaOoFAL7qBQAU6wUAxOkDABrqAwBw6gMAxuoDABzrAwBmiQAAzJMBACqWAACAlgAA1OsAALIJAwB8wQEAUBEKAKYRCgD8EQoAUhIKAKgSCgD+EgoANBwBAFYAAACMhQoAkMsBAKRWAgC0iQIAkKQDADYfAgCMHwIA4h8CADggAgDQAQ0AJgINAHBQDADGUAwAHFEMAJKMDABoYwIAvmMCABRkAgDs3gkAQt8JAHIOAADIDgAAkqEBAMqQAACSSQAA0HQGAPJcBwC+RAgAVMkPAIYYAABoYwIAvmMCABRkAgCSjAwA6IwMAJDLAQA2HwIA9AkIAOgeAAA+HwAAlB8AAIYYAABoYwIAvmMCABRkAgBwJQwAkEoBAOZKAQD01AIAzJMBAL5ECABUyQ8AZLMAAFyUCAA2HwIACh8NANRZDQByDgAAOqICADYfAgBwUAwATJQMAKKUDACSeAIApOcKANwYAABa2QAA8lwHAJwWDwDKkAAAVgAAADYfAgCMHwIA4h8CADggAgDQAQ0AJgINAI4gAgAocAMA8lwHADxNAgAyZBAAXJQIAGaJAAAe2Q8AhhgAACqWAACEUAcAcg4AADxNAgD2cBAATHEQAJDLAQDmywEAcg4AAMgOAACSoQEA9NQCAKY8CgC+RAgAFEUIAGQXCAC+RAgAkMsBAObLAQByDgAAKsMBAOgeAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAQCYDAKYuAwBoYwIAvmMCABRkAgC6HQsAEB4LAGYeCwC8HgsAEh8LAGgfCwC+HwsAFCALAGogCwDAIAsAFiELAGwhCwDCIQsAGCILAG4iCwDEIgsAGiMLAHAjCwA2HwIA0CwNAMgOAACCfgkA2H4JAC5/CQCEfwkA7DQKAABsCwBWbAsArGwLABD3DADU6wAAsgkDAI6ICwByDgAAOqICAJCiAgAMNQIAkqEBANp1BABwFQQAFDkCADYfAgB0KQ0AYr4GAJKMDAAqlgAAWtkAADYfAgC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAFOsFAMTpAwBAJgMAfMEBAFARCgCmEQoA/BEKAFISCgCoEgoA/hIKAFQTCgCqEwoAuBoKAAAAAAAAAAAAAAAAAMYhCgAcIgoAciIKAMgiCgAeIwoAdCMKAMojCgAgJAoAAAAAAAAAAAB2JAoAzCQKACIlCgCOygEA5MoBADrLAQCMHwIAwiUNABgmDQBuJg0AQCYDADJMBACITAQA+EgRAE5JEQCkSREA+kkRAGaJAAAMNQIAkqEBAMRTDgCMHwIAUmYJAKhmCQD+ZgkAkowMAOiMDAA+jQwAlI0MAOqNDABAjgwAlo4MAOyODAAqlgAAhhgAANwYAAAqlgAAhhgAAIYYAADcGAAAKpYAAIYYAACSSQAAQCYDAKYuAwD8LgMAIvwKAHj8CgDO/AoAJP0KAHr9CgDQ/QoAjB8CAFJmCQCoZgkA/mYJANLdDwCQywEANh8CAAAaDQBWGg0AkMsBAObLAQCIngIAkkkAAEpUAgCQywEAkKQDADYfAgAOUA8AQCYDAAAAAAA2HwIADDUCAGI1AgBOJwAATicAAKQnAACAlgAAUsgPACKUAQBOKwIANh8CAH6GDgDQdAYAJnUGAHx1BgC+RAgANh8CANLdDwDoBwoAkkkAADYfAgB0KQ0ATicAAJJJAAD61QEAEPcMADrXBwC64gIAEOMCAEAmAwB0KQ0AMgoOAJjdCADu3QgADDUCAG7vBgDE7wYAGvAGAHDwBgDG8AYAdB0HALroBQAQ6QUAZukFALzpBQAS6gUAaOoFAL7qBQAU6wUAxOkDABrqAwAMxgoAYsYKAHQpDQDKKQ0AICoNAHYqDQDMAQ4AWtkAAH7zBAB0KQ0AyikNAAqKAgBgigIAtooCAAyLAgBiiwIAuIsCADYfAgC80A4AAAAAADYfAgBC7RAAZLMAAGaLAQDcxgEAMscBAIjHAQDexwEANMgBAIrIAQDE6QMAGuoDACjzBAA0HAEAMvIBAHIOAAA6ogIANh8CAAw1AgCIDhAA0t0PAE4nAAA2HwIAfoYOAFxdAgCyXQIACF4CAMbXDwBGwA4A5CACADohAgCQIQIA5iECAHIOAAA2HwIAcCUMAMYlDAC0iQIApFYCALjpBgBySQgAkkkAAPrVAQAQ9wwANh8CAAAAAAA2HwIAfoYOALrPDgDEfA0ADDUCAIgOEADs3gkAQt8JAHIOAADIDgAA6AcKAJDLAQBkswAAKpYAAHpBAgDQQQIAtrcDALRLDgDyXAcAkqEBADYfAgBOKwIAzJMBAPTUAgCmPAoAxFMOABpUDgAe2Q8AdNkPAE4rAgDMkwEA9NQCAKY8CgCM0QUAzBQCACZtAgB8bQIANh8CAE4rAgDMkwEA9NQCAKY8CgA0HAEAQoEFAJiBBQDugQUARIIFACjzBAA0HAEAMvIBAHIOAAA6ogIANh8CAAw1AgCIDhAA0t0PAE4nAAA2HwIAfoYOAFxdAgCyXQIACF4CADQcAQBCgQUAmIEFAO6BBQBEggUAmoIFAHpBAgDQQQIAtrcDALRLDgDyXAcAkqEBADYfAgBOKwIAzJMBAPTUAgCmPAoAjNEFAMwUAgAmbQIAfG0CADYfAgBOKwIAzJMBAPTUAgCmPAoANBwBAEKBBQCYgQUA7oEFAESCBQCaggUAekECANBBAgC2twMAtEsOAPJcBwCSoQEANh8CAE4rAgDMkwEA9NQCAKY8CgDEUw4AGlQOAB7ZDwB02Q8ATisCAMyTAQD01AIApjwKAIzRBQDMFAIAJm0CAHxtAgA2HwIATisCAMyTAQD01AIApjwKAL5ECABq1hAAkqEBAMRTDgCGGAAA3BgAAN5GAQBOJwAAwiUNABgmDQBuJg0AxCYNALbgAgCAlgAA1OsAALIJAwCmLgMA/C4DACL8CgA0HAEAihwBAPLlCwBI5gsAnuYLAPTmCwCSjAwAaGMCAL5jAgAUZAIAvkQIADQcAQCKHAEA8uULAEjmCwCe5gsA9OYLAJKMDABoYwIAvmMCABRkAgC+RAgANBwBAIocAQDy5QsASOYLAJ7mCwD05gsAcCUMAMYlDAAcJgwAciYMAMgmDAAeJwwAdCcMAJKhAQDooQEAlNEDAOrRAwA2HwIAypAAAJDLAQCSoQEA7N4JAELfCQByDgAAyA4AAJKhAQD01AIApjwKAHBQDAB6cAQA0HAEACZxBAB8cQQA0nEEADYfAgCOiAsA5IgLAJJJAAAmngUAkKQDADYfAgCMHwIAwiUNAJDLAQA2HwIAcCUMAMYlDAAcJgwAciYMAMgmDAAeJwwAdCcMAHpBAgDQQQIAtrcDAAy4AwBiuAMAuLgDAIwfAgDCJQ0AGCYNAG4mDQDEJg0AcFAMAKBcBgD2XAYAcFAMAMZQDAAcUQwAclEMAGK+BgBwJQwAxiUMABwmDAByJgwAyCYMAB4nDAB0JwwAPE0CAHDmAQByDgAAyA4AADQcAQAg8QUAwmUCAGSzAABclAgAzJMBACKUAQBOKwIANh8CAHAlDADGJQwAHCYMAHImDADIJgwAHicMAHQnDACMHwIAwiUNAJDLAQA2HwIAIBIBAJi8DQBEGREAmhkRAJKMDADojAwAPo0MAJSNDABwJQwAkEoBAObLAQC2XwIAUmYJAKZGDwAqlgAAvkQIADYfAgBa2QAAzJMBAKBcBgDoSQAANh8CAAAAAAA2HwIA0t0PAJDLAQA2HwIAcCsPAAAAAAA2HwIA0t0PAJDLAQA2HwIAcCsPAMYrDwA6Dg4AYr4GAAAaDQBUyQ8AqskPAFY9CQAu4Q8AhOEPAFTJDwCGGAAAZLMAAFYAAACsAAAAJCoMAHoqDADQKgwAJisMAHwrDAA0HAEAIPEFAB7ZDwDMFAIAZokAAELdCACY3QgAvIkAAJJ4AgC8FgcAKjEOALryCgAKHw0AYB8NALYfDQAMIA0AkowMAOiMDAA+jQwAlI0MAAw1AgCIDhAAKpYAAIYYAAA2HwIAjB8CAMIlDQAYJg0AbiYNAMQmDQBwUAwAxlAMAFz6EACy+hAACPsQAF77EAC0+xAAxFMOAL5ECAA8TQIANh8CAH6GDgAmngUAkKQDADYfAgB+hg4Aus8OAMR8DQBwUAwAxlAMAFz6EACy+hAACPsQAF77EAC0+xAAcFAMAKBcBgBAJgMApi4DAEQZEQCaGREA8BkRAHBQDADGUAwAXPoQALL6EAAI+xAAXvsQALT7EABwJQwAkqEBAMRTDgAaVA4AQM4BAOgeAADs3gkAXEYMALJGDAA2HwIAaAkAAIYYAABEGREAmhkRAPAZEQBwUAwAxlAMAFz6EACy+hAACPsQAF77EAC0+xAAypAAACCRAACSSQAA0HQGACZ1BgB8dQYAKpYAAICWAADU6wAAsgkDAJKhAQDooQEAlNEDAOrRAwA2HwIA9AkIACZYDQBkswAAXJQIADYfAgCMHwIAUmYJAKhmCQD+ZgkADlAPAGRQDwBOKwIAuvIKADQcAQA2HwIAzJMBACKUAQA2HwIAdCkNAB7ZDwCQpAMANh8CANLdDwBOJwAANh8CAH6GDgB+ihAAPkoAAJRKAADIDgAA6AcKAJDLAQBkswAAKpYAAJKhAQDooQEAZJ4LALqeCwAQnwsAZuMCAJCkAwA2HwIAcFAMAMZQDABc+hAAsvoQAAj7EABe+xAAtPsQAMRTDgC+RAgANh8CAE4rAgC68goANBwBAH6GDgB+ihAAPkoAAE4rAgC68goANBwBAHIOAAA2HwIAdCkNAPTUAgBK1QIAzJMBAGC1AgBmiQAADDUCAJKhAQAAGg0AkMsBAFLIDwD01AIApjwKAPw8CgA2HwIAjB8CAMIlDQAYJg0AbiYNAMQmDQCMHwIAwiUNAJDLAQA2HwIAcOYBAL5ECAAMNQIAZLMAAE4rAgC68goAEPMKADYfAgAAGg0AkMsBAFLIDwD01AIApjwKAPw8CgA2HwIAcFAMAMZQDABc+hAAsvoQAAj7EAAe2Q8AZLMAACqWAACMHwIAwiUNAJDLAQA2HwIAcOYBAL5ECAAMNQIAZLMAAIrSBgDg0gYAkqEBAKZvDgBw5gEAvkQIAAw1AgBkswAAkuYOANwYAADeRgEATicAAMIlDQAYJg0AbiYNAMQmDQC24AIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBADrXBwC6swAAyJMCAB6UAgB0lAIAvkQIAFTJDwBOJwAATicAAMIlDQAYJg0AbiYNAMQmDQC24AIAgJYAANTrAACyCQMAyikNAJJJAADQdAYAQJANAGDeAQC8iQAADsUJAMqQAACQywEAfoYOALrPDgDEfA0AjB8CAFJmCQBI7A4A7HoCAM7uAwAk7wMAeu8DANDvAwAm8AMAfPADANLwAwAo8QMADDUCAIgOEADs3gkAQt8JAHIOAADIDgAAkqEBAPTUAgCmPAoAvkQIAEAmAwCGGAAA3BgAAN5GAQBmNwIAfH8LANJ/CwAogAsAfoALAIwfAgBYohAAIJEAAN4IDQCSSQAA0HQGAPJcBwBk8AkAkkkAAPrVAQCGGAAAcg4AAIKZAQDyXAcAZPAJAHAVBADGFQQA7N4JAELfCQAAAAAAypAAAMyTAQCQywEA5ssBADYfAgCOiAsARsAOAPKRDABIkgwAnpIMAPSSDABKkwwAoJMMAPaTDAAAGg0AkMsBAFLIDwD01AIApjwKADYfAgCmLAIA/CwCANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMTpAwAa6gMAQCYDAIwfAgDCJQ0AkMsBADYfAgBwJQwAvkQIAIZVCQA2HwIAcFAMAEyUDACilAwAkowMAOiMDAA+jQwAlI0MAJKhAQDooQEAlNEDAOrRAwBUyQ8A7N4JAELfCQAAAAAAypAAAMyTAQCQywEA5ssBADzMAQA2HwIANBwBAIocAQDy5QsASOYLAJ7mCwD05gsAcCUMAJBKAQDmSgEA9NQCAMyTAQC+RAgAVMkPAHIOAAA2HwIAcCUMAMYlDAAcJgwAciYMAMgmDAAeJwwAdCcMAE4rAgCkKwIANh8CAIwfAgBSZgkAqGYJAP5mCQByDgAANh8CAHBQDADGUAwAHFEMAHIOAABWAAAAVj0JAIz+BgBOJwAAYN4BALbeAQAM3wEADlAPAChDAgAqlgAAgJYAANTrAACyCQMAWtkAAM5AAgBmTw4AKHADACKUAQBOKwIAQCYDAIYYAADcGAAA3kYBAJqnAgAEzA8AEPkNAL5ECABUyQ8AqskPAADKDwBWyg8ArMoPAALLDwBYyw8ArssPAEAmAwByDgAAOqICACaeBQB8ngUAZLMAAJJJAABAJgMAkMsBAObLAQCIngIA4v4GAPTUAgCmPAoA/DwKAKRWAgAMNQIAkqEBAMRTDgCUuAwA6rgMAEC5DACWuQwA7LkMAGSzAABmiwEAkMsBAObLAQCUuAwA6rgMAEC5DACWuQwA7LkMAEK6DACYugwA7roMAES7DACauwwA8LsMAEa8DADU7QEAKu4BAB4VAwB0FQMAxFMOAJS4DADquAwAQLkMAJa5DADsuQwAQroMAJi6DADuugwARLsMAJq7DADwuwwARrwMAFYAAACsAAAAtIkCAI61DADoHgAAEPkNAMqQAAByDgAA6B4AAD4fAADWlgAAKpYAAICWAADU6wAAsgkDAFrZAADOQAIAZk8OAChwAwAilAEATisCAEAmAwAArAAAVqwAAKysAACapwIABMwPABD5DQC+RAgAVMkPAKrJDwAAyg8AVsoPAKzKDwACyw8AWMsPAK7LDwBAJgMAcg4AADqiAgD61QEARjkLAHJJCACqVwEAwE8NAEAmAwBOKwIANBwBAHJJCACGGAAAkkkAAGaJAADCZQIA0HQGAPJcBwBk8AkANh8CAIwfAgDiHwIAkMkAAJKhAQByDgAA6B4AAEDkDADoNAsADDUCAG7vBgDCZQIAZokAAELdCAA2HwIAjogLAPjwDwBO8Q8ApPEPAELdCABAJgMAkngCAFjwDACu8AwABPEMAFrxDADMkwEAYLUCALa1AgAMtgIAKpYAAGaJAACmHRAANh8CANLdDwDoBwoAkkkAADYfAgDS3Q8ATicAADYfAgA0HAEAckkIAMhJCACKHAEAkMsBAICWAAA0HAEAaLcBAL63AQBoYwIAzPcIAPrVAQC+RAgANh8CAAw1AgCQpAMANh8CAHQpDQAe2Q8A3BgAAN5GAQDoSQAAPkoAAKqxAwA2HwIAcCUMAJBKAQDmSgEAukwNABBNDQBmTQ0ATisCAKQrAgDS3Q8AnBYPANABDQAmAg0AKoMMAICDDACMHwIA4h8CAE7rDACk6wwA+usMAFDsDACm7AwA/OwMAFLtDACo7QwAcCUMAMYlDAC0iQIAjrUMAOgeAACOiAsA+PAPAE7xDwCk8Q8AZLMAALriAgAcrxAATisCAB74CQB0+AkAcFAMAMZQDAAcUQwA4F0MADZeDADUihAA5ssBAPQFBgBkFwgANh8CAAAAAAA+Dg0ANh8CAB74CQBmiQAAHtkPAL5ECACSoQEAxFMOAL5ECACOiAsARsAOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBADxNAgBAJgMANkwDAIxMAwDiTAMAZI4DALqOAwAQjwMAZo8DALyPAwB0KQ0AwmUCAHQpDQDCZQIAAAAAAP4YDQA2HwIAvkQIAP68CQA+5Q0AlOUNAOrlDQBA5g0AQCYDAAw1AgCQpAMAkkkAAPrVAQBGKQMAXJQIAGaJAAC0iQIAHvgJAGaJAABAzgEANh8CAIwfAgDiHwIAOCACAI4gAgD48A8ATvEPAKTxDwCGGAAAkkkAAGaJAADGEQIANh8CAI6ICwD48A8ATvEPAKTxDwDyXAcA6AcKACCRAABg4AIAABoNAFTJDwCSSQAA+tUBAIz+BgCSSQAA+tUBAGaJAAC0iQIA5ssBAAAaDQBUyQ8AkkkAAPrVAQCM/gYAkkkAAPrVAQByDgAAgpkBANiZAQAumgEAhJoBAP7tDABU7gwANh8CAAw1AgCQpAMANh8CAPQJCACCmQEA2JkBAC6aAQCEmgEAVgAAAJBKAQDmSgEANBwBAGi3AQBwFQQA6B4AAD4fAADmywEAcOYBAJApBgCM/gYAkkkAANB0BgDyXAcANBwBACDxBQDMkwEAIpQBAKRWAgC8iQAAKpYAAAw1AgBmiQAAvIkAAJJ4AgA2HwIANBwBAIocAQByDgAAOqICADYfAgDs3gkAQt8JAIieAgB+hA0AhhgAAJJJAAA2HwIAuugFALriAgAQ4wIAZuMCALzjAgCSoQEAZokAAEDOAQA6ogIAKPMEAHAlDACQSgEA5koBALpMDQAQTQ0AZk0NALxNDQA2HwIAuugFABDpBQAEoQ8AWqEPALChDwAGog8AXKIPALKiDwA2HwIAWtkAAMyTAQCgXAYA6EkAADYfAgCOiAsARsAOAJzADgDywA4A9lwGALroBQAQ6QUAvIsBADrXBwAqlgAAcg4AACrDAQA8TQIAel0QANBdEADATw0AFlANAMyTAQCgXAYA+tUBAL5ECAA2HwIAWtkAAMyTAQCgXAYA6EkAADYfAgC66AUAEOkFALyLAQASjAEAypAAAAw1AgCSSQAA+tUBAFDWAQCm1gEARGkOAE4nAABg3gEAtt4BAAzfAQB0VA0AylQNACBVDQB2VQ0AzFUNAPJcBwDyXAcAnBYPAH6GDgDQdAYAJnUGAHx1BgC+RAgANh8CANLdDwDoBwoAkkkAADYfAgBwUAwAxlAMANLdDwBOJwAAKpYAAL5ECABUyQ8AvkQIADYfAgB+hg4A0HQGACZ1BgB8dQYA0nUGACh2BgB+dgYAXG0KAN5eDQA0Xw0AfoYOANB0BgAmdQYAfHUGAL5ECAA2HwIA0t0PAOgHCgCSSQAANh8CAHBQDADGUAwATCwDAIgECwAqhw4AlGQNAOpkDQBAZQ0AlmUNAOxlDQBCZg0AmGYNAO5mDQBEZw0AmmcNAFxzDQCycw0ACHQNAF50DQBMLAMA0HQGACZ1BgB8dQYA0nUGACh2BgB+dgYAXG0KAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQB0KQ0ATicAAJJJAAD61QEAEPcMAH6GDgC6zw4AxHwNAAw1AgCIDhAAdCkNAB7ZDwB02Q8AcFAMAMZQDABc+hAAsvoQAAj7EAAe2Q8AZLMAACqWAADS3Q8ATicAADYfAgCOiAsA+PAPAE7xDwCk8Q8ANh8CAJKMDADojAwAPo0MAJSNDAC8NwIARsAOAJzADgBwFQQAjogLAEbADgCcwA4AcBUEAJKMDADojAwAMhkAAI6ICwD48A8ATvEPAKTxDwD48A8ATvEPAKTxDwAqlgAAzJMBAPTUAgCmPAoANh8CAMqQAAAgkQAAmPoBAO76AQBE+wEAmvsBAPD7AQBG/AEAnPwBAPL8AQB8gw0A0oMNACiEDQA2HwIAypAAACCRAABa2QAAzkACACRBAgD61QEAvkQIADYfAgCOiAsARsAOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAE4nAACkJwAAgJYAANTrAACyCQMATisCAKQrAgC+RAgANh8CAJKMDADojAwAPo0MAJSNDAC8NwIARsAOAOQgAgA6IQIAkCECAOYhAgA2HwIA9AkIACZYDQBkswAAZLMAACqWAAByDgAAWtkAAM5AAgDAfg8AFn8PAJKMDADojAwAPo0MAJSNDAC8NwIARsAOAOQgAgA6IQIAkCECAOYhAgA8IgIARsAOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAChwAwAAAAAAhhgAAChwAwB+cAMAfoYOALrPDgDEfA0AuugFABDpBQBm6QUAvOkFABLqBQBo6gUAABoNAFYaDQBUvQkA0t0PAEhdBwCeXQcAcCUMAMyTAQAilAEA9AkIAFCcDwCmnA8AtIkCAOzeCQBC3wkA9AUGAEoGBgAmWA0AZLMAAGSzAAAqlgAAKpYAAAw1AgCIDhAAdCkNAAw1AgCSoQEA9AUGAGQXCAA2HwIAcCUMAJBKAQDmSgEApvAOAPzwDgBS8Q4AqPEOAP7xDgDS3Q8ATicAADYfAgDKkAAAIJEAAGDgAgC24AIADOECAGLhAgC44QIADuICAJKMDADMFAIAJm0CANB0BgAqlgAAcg4AADYfAgDS3Q8ATicAADYfAgDKkAAAIJEAAGDgAgC24AIADOECAGLhAgC44QIADuICAJKMDADMFAIAJm0CAIYYAADcGAAArLoHACqWAACSSQAAXF0CALJdAgAIXgIAIBIBAK6KBADS3Q8ADDUCAHDmAQCQKQYAjP4GAJJJAAA2HwIACh8NAGAfDQC2Hw0ADCANAJKMDADojAwAMhkAAHQpDQDCZQIAGGYCAG5mAgDEZgIAGmcCAHBnAgDGZwIANBwBAHJJCACSSQAA6EkAANRZDQC+RAgANh8CAMRTDgC+RAgANh8CAFKVCwDyXAcASF0HAJJJAADQdAYA8lwHAGTwCQBAJgMAypAAACCRAABa2QAAsNkAAKRWAgCmHRAARPkAAMIPAgBSlQsAqJULANLdDwBk8AkANh8CAHQpDQBivgYAUpULAIYYAADcGAAArLoHACqWAABSlQsAqJULAPTUAgBK1QIAoNUCAPbVAgBwUAwAxlAMAHiUAQDyXAcAnBYPAOh4AgBa2QAAzJMBAKBcBgDoSQAAJp4FAFxGDACSSQAA6EkAAJCkAwB6QQIA0EECACZCAgB8QgIA0kICAIwfAgDiHwIAQt0IAHIOAACSjAwAKHADAHQpDQAS0w8AaNMPAL7TDwAU1A8AatQPACKUAQBOKwIAjogLAPjwDwBO8Q8AKEMCAGaJAABAzgEAls4BAOzOAQBCzwEAmM8BAO7PAQBAkA0ATicAAKQnAACAlgAA5ssBAIYYAABkswAAKpYAAA5QDwDajRAAdCkNAJrqDgAOxQkAypAAAGaJAABC3QgAekECANBBAgCKkBAA4JAQAESYEACamBAA8JgQAEaZEACcmRAA8pkQAEiaEAAo8wQAcFAMAEyUDACilAwAkowMAOiMDAA+jQwAlI0MAFKVCwCSSQAAJp4FAFxGDAAqlgAAUpULAE4nAABg3gEAQt0IAHIOAADoHgAAUpULAAp1DQAmngUAXEYMAJJJAADoSQAAkKQDAOqNDADiHwIAQt0IAHIOAAAKCwMAQCYDAEAmAwAUJA0AaiQNAMAkDQAWJQ0AbCUNAFIYDQCoGA0A0t0PAJDLAQA2HwIAkowMACqWAABmiQAAtIkCAI6ICwDkiAsAvkQIADYfAgDS3Q8ATicAADYfAgBwUAwAxlAMAEQZEQDqoAAAhlUJACqWAAByDgAANh8CAJKMDADojAwAPo0MAJSNDAC8NwIARsAOAJzADgBwFQQAABoNAMwBDgAiAg4AeAIOAM4CDgAkAw4AegMOANADDgAmBA4AfAQOANIEDgAoBQ4AfgUOAELdCACQywEA5ssBAPQFBgBkFwgAkKQDADYfAgCOiAsARsAOAJzADgBwFQQAOqICAHQpDQD01AIAStUCAMyTAQBgtQIAZokAAAw1AgCSoQEAkk0CAFxGDACyRgwACEcMAF5HDAC0RwwACkgMAGBIDACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEATCwDANB0BgAmdQYAfHUGAL5ECAA2HwIA0t0PAOgHCgCSSQAANh8CAFrZAADOQAIAzJMBAKBcBgDQdAYAIpQBAE4rAgA2HwIAjB8CAMIlDQCQywEANh8CANLdDwBIXQcAnl0HAISoCADaqAgAMKkIAIapCADcqQgAgJYAANTrAACyCQMAyisOACAsDgB2LA4AzCwOACItDgB4LQ4Azi0OACQuDgB6Lg4A0C4OACYvDgB8Lw4A0i8OACgwDgB+MA4A1DAOAEYpAwDsUwQAQlQEAJhUBADuVAQARFUEAJpVBADwVQQARlYEAJxWBADyVgQASFcEAJ5XBAD0VwQASlgEAKBYBABGKQMA7FMEAEJUBACYVAQA7lQEAERVBACaVQQA8FUEAEZWBACcVgQA8lYEAEhXBACeVwQA9FcEAEpYBACgWAQATisCAE4rAgCQywEA5ssBAE4rAgDoNAsAwmUCAPrVAQAqlgAAgJYAANTrAACyCQMAhhgAAChwAwAilAEATisCADYfAgD0CQgA6B4AAIRQBwDEUw4AjP4GAJJJAAD61QEAvkQIADYfAgB+hg4A1IYOACqHDgCqcw8A9AkIAFCcDwCmnA8AtIkCAJJJAABWAAAAoBALAPYQCwCSSQAAAAAAAE4nAABg3gEAtt4BANQaAwDs3gkAQt8JAPQFBgBAzgEAyA4AAGTwCQBAJgMAwjwDABg9AwBuPQMAxD0DABo+AwBwPgMAxj4DABw/AwByPwMA6AcKAJJJAABWAAAA6qAAAJJJAAA2HwIAjB8CAJDLAQA0rQkANBwBADYfAgD0CQgAYs4OALjODgDMkwEAuugFALqzAADEUw4AGlQOAPJcBwCQywEAkngCANSGDgAqhw4AEKUOAGalDgB4sA8AzrAPACSxDwB6sQ8AtIkCACqWAAC+RAgANh8CAH6GDgDUhg4AKocOABClDgBmpQ4AeLAPAM6wDwAksQ8AerEPACqWAABmiQAA6HgCAL5ECAA2HwIAfoYOANSGDgAqhw4AEKUOAGalDgB4sA8AzrAPACSxDwB6sQ8AjB8CAOIfAgA4IAIAjiACACyzDgCCsw4A2LMOAGJNDgC4TQ4ADk4OAGRODgC6Tg4AEE8OAJKhAQDEUw4AGlQOADYfAgB+hg4A1IYOACqHDgAQpQ4AZqUOAHiwDwDOsA8AJLEPAHqxDwDooQEAWtkAADYfAgB+hg4A1IYOACqHDgAQpQ4AZqUOAHiwDwDOsA8AJLEPAHqxDwDoeAIAvkQIADYfAgB+hg4A1IYOACqHDgAQpQ4AZqUOAHiwDwDOsA8AJLEPAHqxDwByDgAANh8CAIwfAgDiHwIAOCACAI4gAgDs3gkAQt8JAHIOAAB0VA0AkqEBAJJJAAA2HwIA9AkIACZYDQB4sA8AzrAPACSxDwB6sQ8AAAAAAKZvDgA2HwIAjB8CAOIfAgA4IAIA6uMMAI6ICwD48A8ATvEPAKTxDwBk8AkAKpYAAPQJCADoHgAAGH4OAG5+DgDEfg4ANh8CANLdDwB+hg4A1IYOAMyCDgAigw4AeIMOAM6DDgAkhA4AeoQOADYfAgDS3Q8AkqEBAJKhAQDEUw4AjP4GAJJJAADQdAYAIpQBAAIBAACCtQ8Acg4AADYfAgCINw8A/G8OAJJJAADKkAAAVgAAAGSzAAC6swAAyJMCAB6UAgB0lAIANBwBAIocAQDy5QsASOYLAJ7mCwD05gsAZokAALSJAgC+RAgAhlUJAFrZAACGGAAAZLMAALqzAADIkwIAHpQCAHSUAgCSSQAA+tUBAFDWAQD4lg0ATpcNAKSXDQD6lw0AUJgNAKaYDQDoHgAAcg4AAAAAAAAAAAAAhLQOANq0DgAwtQ4AhrUOAET5AADQLA0AKPMEABjWDwBu1g8AxNYPAI4gAgAAAAAAuugFABDpBQBm6QUA6JAOAD6RDgCUkQ4Acg4AAMgOAACSoQEAxFMOADxNAgCSoQEA6KEBAMBVEAAilAEATicAAFrZAADOQAIAZk8OAHpdEACAlgAA1OsAALIJAwC+RAgAVMkPAAw1AgBiNQIARlICACaeBQCSOA0A6DgNAPTUAgBK1QIAoNUCANp1BAC+RAgAFEUIAJxDEADQdAYA8lwHAGTwCQA2HwIAWtkAAM5AAgBmTw4AKHADACKUAQBOKwIAABoNAFTJDwCqyQ8AAMoPAFbKDwCsyg8AAssPAFjLDwDQdAYA8lwHAGTwCQA2HwIAWtkAAM5AAgBmTw4AKHADACKUAQBOKwIA9AkIACZYDQDMkwEAoFwGAPrVAQBQ1gEAQCYDAH6GDgDUhg4AKocOABClDgBmpQ4AvKUOABKmDgBopg4AjB8CAOIfAgA4IAIAjiACACyzDgAw9wQAhvcEAMb6CwBcRgwALCYIAIZVCQDoBwoAkkkAADYfAgAAAAAAVMkPAICWAADU6wAAKuwAAAAAAAAAAAAA9AkIACZYDQDMkwEAoFwGAPrVAQBQ1gEA2vYEALZMDgAMTQ4AqnMPAIwfAgBSZgkAqGYJAP5mCQAAAAAA3LUOAHzBAQBOJwAAYN4BALbeAQB+GgMAQCYDAI6ICwBGwA4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAOIKDQA4Cw0A7N4JAELfCQBw5gEAkCkGAIz+BgCSSQAA0HQGAPJcBwBk8AkANh8CAHBQDADGUAwAqlcBAMBPDQAWUA0AbFANAMJQDQAYUQ0AblENAMRRDQAaUg0AcFINAMZSDQB0KQ0AYr4GAJKMDADojAwArLoHAA5QDwBGfQIAnH0CAPJ9AgBIfgIANh8CAI6ICwBGwA4AnMAOAPLADgD2XAYAuugFABDpBQC8iwEAEowBAMwFEAA0HAEAIPEFAMyTAQAilAEAKHADACKUAQBOKwIANh8CAHBQDADGUAwAkOUOAOblDgAutg8AhLYPAEpUAgA85g4AKPMEAAAAAAA2HwIAypAAACCRAABADw0Alg8NAOwPDQBCEA0AmBANAO4QDQBEEQ0AmhENAPjwDwBO8Q8ApPEPAAw1AgCIDhAAkkkAAFrZAAAqlgAAKpYAAIYYAAA2HwIAfoYOANSGDgAqhw4AVgAAAKwAAAACAQAAKPMEAJDlDgDm5Q4AKPMEAJJJAABKVAIAPOYOACjzBAAAAAAANh8CAH6GDgB+ihAAzJMBAHAVBADGFQQAHBYEANSGDgAqhw4AlGQNAOpkDQBAZQ0AlmUNAOxlDQBCZg0AmGYNAO5mDQBEZw0AmmcNAFxzDQCycw0ACHQNAF50DQC0dA0AkngCAFjwDAC+RAgAhhgAAGhjAgCmHRAAGkAEABQ5AgBqOQIARPkAAMIPAgDWIwcAuuICABDjAgBm4wIAvIkAAJDLAQA0rQkAcg4AACrDAQAilAEAKHADAHAVBAAUOQIAsPEMAL5ECAA2HwIAcFAMAMZQDACSSQAA+tUBAFDWAQCm1gEASF0HAJ5dBwCEqAgAkkkAAFxdAgDS3Q8AZPAJADYfAgD0CQgA6B4AABh+DgBufg4AxH4OAChDAgBmiQAAQt0IAJjdCADu3QgAuugFALriAgAQ4wIAZuMCAAw1AgBmiQAAvIkAAJKhAQBmiQAAkngCAJqSDQDwkg0ARpMNAJyTDQDykw0ASJQNAOzeCQBcRgwAWIgDAK6IAwAQ9wwA1OsAAFxGDABWAAAAkkkAAPrVAQAAAAAAAAAAAAAAAAAMNQIAiA4QAE4nAADCJQ0AkMsBAObLAQB0KQ0AMgoOAJjdCABoCQAAvgkAAAofDQDUWQ0AKloNAGaJAABOJwAAkkkAAPrVAQAQ9wwANh8CAHQpDQAyCg4AmN0IAGgJAAC+CQAACh8NANRZDQAqWg0AjogLAGaJAAC8iQAAXJQIAGgJAAC+CQAACh8NANRZDQAqWg0AjogLAGaJAAC8iQAAXJQIAGgJAAC+CQAACh8NANRZDQAqWg0A2nUEACKUAQCCmQEAIpQBAFY9CQAu4Q8AhOEPANrhDwAw4g8AAAAAAIwfAgDiHwIAOCACAOQPDwA6EA8ANh8CAH6GDgDUhg4AKocOAKpzDwCSeAIAAAAAADYfAgB+hg4A1IYOACqHDgCqcw8A9AkIACZYDQDMkwEAoFwGAPrVAQBQ1gEAcCUMAMYlDAAUfA4AjB8CAOIfAgA4IAIAuugFALriAgD+BAMAZLMAACqWAACEUAcAkqEBAMRTDgC+RAgAYs4OALjODgAOzw4AZM8OALrPDgAQ0A4AABoNAGrWEADA1hAApFYCAMJlAgDQdAYA8lwHAGTwCQAoQwIANBwBAHIOAAB+hg4A1IYOACqHDgCqcw8AcCUMAMYlDAAUfA4AjB8CAOIfAgA4IAIA9AkIACZYDQDMkwEAoFwGAPrVAQBQ1gEAPE0CADxNAgAaKw8ANh8CAIwfAgDiHwIAOCACAI4gAgD48A8ATvEPAKTxDwCMHwIAkMsBADStCQA0HAEA0t0PAJwWDwBwUAwATisCAIYYAADcGAAAkMsBAObLAQA8zAEANh8CAMqQAAAgkQAA3ggNADQJDQCKCQ0A4AkNADYKDQCMCg0AjLgOAMotDwAgLg8Adi4PAKZvDgCS9wEAGH4OAG5+DgDEfg4ANh8CAAofDQDUWQ0AKloNAMyCDgAigw4AeIMOAM6DDgAkhA4AeoQOADYfAgAKHw0A1FkNACpaDQBmiQAAvIkAAFyUCAA2HwIA9AkIAOgeAAAYfg4Abn4OAMR+DgA2HwIACh8NANRZDQAqWg0AfoYOANSGDgDMgg4AIoMOAHiDDgDOgw4AJIQOAHqEDgA2HwIACh8NANRZDQAqWg0AAAAAAMYRAgCSSQAAypAAAJDLAQDmywEADlAPAFYAAACsAAAANkwDAIxMAwDiTAMAOE0DAI6ICwBGwA4A5CACADohAgCQIQIA5iECADwiAgD4KgIA7N4JAFxGDAC66AUAEOkFAGbpBQCSjAwAaGMCAL5jAgAAAAAADlAPAGRQDwCwzA8ABs0PAFzNDwCyzQ8A6uMMAHAlDADGJQwAFHwOAEAmAwC0zg8ACs8PAGDPDwBAJgMANh8CAMqQAAAgkQAA+tcCAKBcBgD2XAYAcOYBAMRVDwBWAAAAzJMBAKBcBgD61QEAEPcMAPTUAgDMkwEAIpQBAFiIAwBmiQAAKjEOALryCgBwJQwAkqEBAGaJAADCZQIATicAAMIlDQCQywEANBwBADYfAgD0CQgAJlgNAMyTAQCgXAYA+tUBAFxGDACyRgwANh8CAIwfAgBSZgkASOwOAJ7sDgD07A4ASu0OAKDtDgD27Q4ATO4OAHQpDQBOJwAAkkkAAPrVAQAQ9wwAgDUQANY1EAAsNhAAgjYQANg2EAAuNxAAjrUMADYfAgCMHwIAwiUNABgmDQBuJg0A9AkIAGLODgC4zg4ADs8OAGTPDgBQnA8AppwPALSJAgCSSQAA+tUBAHQpDQAMNQIAtEsOAApMDgCSSQAA+tUBACZYDQBkswAAZLMAACqWAAByDgAAKsMBAE4nAABYohAA4h8CADggAgCOIAIARGkOAJppDgDwaQ4AwiUNABgmDQBuJg0A9AkIAGLODgC4zg4ADs8OAGTPDgBQnA8AppwPALSJAgCSSQAA+tUBAHQpDQAMNQIAtEsOAApMDgCSSQAA+tUBACZYDQBkswAAZLMAACqWAAByDgAAKsMBAE4nAABYohAARmoOAJxqDgDyag4AQM4BADYfAgAAAAAANh8CAIwfAgDiHwIAOCACANABDQAmAg0AAAAAAOzeCQBcRgwAskYMAEAmAwCOiAsAhFAHANpQBwCmHRAAGkAEAOgeAAC+RAgAQCYDAMyTAQAilAEATicAAMIlDQCyCQMAfhoDANQaAwB+hg4A1IYOACqHDgCqcw8AAHQPAByCDwBygg8AyIIPAO5gCgBEYQoAmmEKANABDQAmAg0AjogLAPjwDwBO8Q8ApPEPAPBhCgAssw4AMPcEAIb3BAACbQsARsAOAPhIEQBOSREApEkRAPpJEQBwJQwAkqEBAMRTDgAaVA4AQM4BAOgeAADs3gkAQt8JAJjfCQAMYAIADlAPAJL3AQDo9wEAfMEBAB74CQCw8QwAhFAHAM5AAgBmTw4AKHADACKUAQBOKwIAfhoDANQaAwB+hg4A1IYOACqHDgCqcw8AAHQPAByCDwBygg8AyIIPADqiAgCQogIAHtkPAL5ECAAURQgAtIkCAL5ECAAoQwIA8lwHAOgHCgAqlgAAgJYAANTrAACyCQMA1O0BACruAQCSoQEAxFMOAJJJAAD61QEAfoYOAGaJAABAzgEAkOUOAMyTAQBgtQIAvkQIADYfAgCMHwIA4h8CADggAgCOIAIA9AkIACZYDQBkswAAZLMAACqWAAByDgAAKsMBAE4nAABYohAAIK0OAHatDgDMrQ4AIq4OAHiuDgAOUA8AZFAPALpQDwBQnA8AFqoPAGyqDwDCqg8AGKsPACSvDgB6rw4A0K8OADYfAgA2HwIAQCYDADQcAQA0HAEAIPEFALSJAgCQpAMANh8CAMYRAgAcEgIAchICAMgSAgAeEwIAdBMCAIYYAAAqlgAAkkkAAOzOAQC+RAgAVgAAAFY9CQC+RAgAkkkAAGaJAABC3QgANh8CAH6GDgDUhg4AKocOAKpzDwDiHwIAOCACAI4gAgD0CQgAJlgNAGSzAABkswAAKpYAAHIOAAAqwwEATicAAFiiEABa2QAAzkACAMB+DwAqlgAAgJYAAObLAQB+hg4A1IYOACqHDgBkswAAZosBANTtAQAq7gEAkqEBAMRTDgCSSQAAfoYOANSGDgAqhw4AdCkNABLTDwBo0w8AvtMPABTUDwBq1A8AwNQPABbVDwBs1Q8AQCYDAAAAAAAAAAAAzJMBAHAVBACQ5Q4AKpYAAFYAAACQSgEA5ssBAIieAgC64gIAwmUCAPrVAQBkswAAAAAAANqNEACMHwIA4h8CADggAgCOIAIAYt8BAJCTEABizg4AuM4OAA7PDgBkzw4ANh8CAH6GDgDUhg4AKocOAKpzDwAAdA8AcFAMAMZQDABAzgEAls4BAOzOAQBCzwEAmM8BAO7PAQBE0AEAcg4AAHpBAgCMHwIA4h8CADggAgDQAQ0AJgINAI6ICwD48A8ATvEPAKTxDwCGGAAANh8CAI6ICwD48A8ATvEPAKTxDwDS3Q8AOtcHAJDXBwDm1wcAPNgHAJLYBwDo2AcAPtkHAPJcBwCSSQAA6EkAAD5KAACqsQMANh8CAI6ICwD48A8ATvEPAKTxDwCGGAAAvkQIAP68CQAilAEATisCAEAmAwCOiAsARsAOAIzlDwDi5Q8AOOYPAI7mDwByDgAAZokAALjpBgBWAAAAkqEBAAw1AgC0Sw4ACkwOAGBMDgA8ZQ4AkqEBAMRTDgAaVA4AcFQOADYfAgDS3Q8ATicAADYfAgB+hg4A1IYOACqHDgC+RAgA/rwJAD7lDQCU5Q0Apm8OAPxvDgCSoQEAxFMOABpUDgCGVQkAWHMOAK5zDgCmbw4A/G8OAICWAADU6wAAsgkDAIaKDgCSSQAA+tUBAFDWAQCm1gEAABoNAFYaDQAO+g4AZPoOALr6DgAQ+w4AZvsOALz7DgDqjQwAUmYJAEjsDgCe7A4A9OwOAErtDgA2HwIADDUCAIgOEABOJwAAwiUNAJDLAQDmywEAcFAMAKBcBgByDgAANh8CAHAlDADGJQwAtIkCAObLAQCGGAAAkkkAADYfAgB0KQ0AHtkPAL5ECAA2HwIAWtkAAM5AAgDAfg8AFn8PALroBQC64gIA/gQDAGSzAAAqlgAAhFAHAJKhAQDEUw4AvkQIAJJJAABcXQIAsl0CAAheAgAQ+Q0AEPkNACASAQAqlgAAgJYAANTrAAAoQwIAfkMCANRDAgAqRAIAgEQCAChDAgBOJwAAYN4BALbeAQAqgwwAgIMMAAAAAABMLAMAiAQLACqHDgDcig4A4h8CADggAgCOIAIAekECAHpBAgAqlgAAZokAAB7ZDwBkswAAkMsBAObLAQD0BQYAwmUCANB0BgDyXAcAZPAJACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAPnUAAMJlAgDQdAYAcBUEAE4nAABSZgkAKpYAAL5ECAC+RAgAVMkPAKrJDwBWPQkALuEPAIThDwBUyQ8AhhgAAGSzAACQpAMAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBWAAAAVgAAAJKhAQDadQQAZLMAALriAgDCZQIA0HQGAPJcBwBk8AkAZLMAAGaLAQDcxgEAgDUQAPrVAQCqVwEA8pEMAEiSDACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAhhgAANwYAACsugcAkkkAACaeBQCSOA0AWocCAHIOAACCmQEAKpYAAIYYAACSSQAAZLMAAGaLAQDcxgEAMscBAIjHAQDexwEANMgBAIrIAQDE6QMAGuoDAOiABgA+gQYAlIEGAOqBBgBAggYAloIGAOyCBgBCgwYAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQD61QEAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAJJJAABmiQAAzJMBACKUAQAqlgAAgJYAAJKhAQBmiQAAkMkAACCRAADeCA0AXJQIALKUCACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA2nUEACKUAQAocAMAoFwGANB0BgBmiQAAQt0IANp1BABGfQIAZokAAMJlAgDQdAYA8lwHAGTwCQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAMJlAgBmiQAAZokAALyJAAASigAAaIoAAL6KAAAUiwAAkMsBAObLAQByDgAAyA4AAOgHCgCQywEAZLMAACqWAABOJwAAYN4BALbeAQAqgwwAgIMMACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEATisCALryCgAQ8woAcOYBAL5ECAAMNQIAZLMAAGSzAABmiwEA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAxOkDABrqAwDogAYAPoEGAJSBBgDqgQYAQIIGAJaCBgDsggYAQoMGAMyTAQBgtQIAtrUCAAy2AgBitgIAuLYCAA63AgByDgAAOqICAJCiAgDCZQIA+tUBACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAKYXDQD8Fw0AKpYAAKpXAQD4SBEATkkRAKRJEQD6SREAUEoRAKZKEQD8ShEAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAphcNAPwXDQBkswAAZosBANTtAQAq7gEAkqEBAMRTDgCSSQAA0HQGAPJcBwBk8AkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAphcNAPwXDQDQdAYAJnUGAHx1BgDSdQYAKHYGAH52BgDUdgYAAnENAFhxDQCucQ0ABHINAFpyDQCwcg0ABnMNAARaAQCmFw0A/BcNAMqQAAAgkQAA3ggNAFyUCACylAgACJUIAF6VCAC0lQgACpYIAP68CQDyXAcAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAphcNAPwXDQByDgAAMCAEAIYgBADEUw4AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQCmFw0A/BcNABpABABwQAQAxkAEABxBBAByQQQAyEEEAB5CBAB0QgQAykIEACBDBAB2QwQABFoBAKYXDQD8Fw0ATicAAJKhAQCQpAMAWtkAAM5AAgCQpAMAcg4AADAgBACGIAQAxFMOAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAphcNAPwXDQDURwQAKkgEAIBIBADWSAQANh8CAEAmAwDoSQAA1osQACyMEACCjBAAkMsBADStCQBa2QAAzkACAAw1AgCSoQEANh8CAI6ICwBGwA4A5CACADohAgCQIQIA5iECADwiAgAAAAAANh8CAOzeCQBC3wkAiJ4CAH6EDQDUhA0AKoUNAICFDQD0CQgAkuYOAOjmDgA+5w4AlOcOAOrnDgBA6A4A9AkIAJLmDgDo5g4APucOAJTnDgDq5w4AQOgOAI6ICwBGwA4A5CACADohAgCQIQIA5iECADwiAgAOUA8A2o0QAHQpDQCa6g4ADsUJAMqQAABmiQAAdCkNAJrqDgAOxQkAypAAAGaJAABC3QgANh8CAA5QDwDajRAAMI4QAIaOEADcjhAAMo8QAIiPEADejxAANJAQAMqQAACSoQEAkqEBADYfAgAAGg0AVhoNAKwaDQACGw0AUsgPACKUAQBOKwIANh8CAHBQDACgXAYA+tUBAEY5CwByDgAATicAAJJJAAA2HwIAuugFABDpBQBm6QUAkGYPAOZmDwA8Zw8AkmcPAE4rAgAe+AkAdPgJADYfAgC66AUAEOkFAGbpBQCQZg8A5mYPADxnDwCSZw8AkMkAAHIOAADoHgAAvkQIADYfAgAMNQIAkKQDAEAmAwCS9wEAMI4QAOSICwC+RAgANh8CANLdDwBOJwAANh8CAHBQDADGUAwAhhgAACqWAACAlgAANh8CAI6ICwBGwA4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAPQJCABQnA8AppwPAOaiAgA8owIANh8CAH6GDgAmngUAkjgNAOg4DQA+OQ0ADlAPAGRQDwAOUA8AZFAPALpQDwAQUQ8AuugFALriAgAcrxAAcq8QAMivEAAesBAAdLAQAMqwEAAgsRAAdrEQAA5QDwBkUA8AdCkNAAw1AgC0Sw4A9NQCAKY8CgCOiAsARsAOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQBa2QAAzkACAMB+DwAWfw8AfoYOAH6KEAA+SgAAcL8DAFYaDQCQywEA5ssBAIieAgCSSQAANh8CALroBQC64gIAHK8QAHKvEADIrxAA0t0PAE4nAAA2HwIAfoYOAH6KEAA+SgAAjB8CAMIlDQCSoQEAkqEBAOihAQBa2QAAzJMBACKUAQBOKwIANh8CAI6ICwBGwA4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAypAAAJDLAQBSyA8AIpQBAE4rAgA2HwIACh8NAGAfDQAe2Q8AvkQIAJKhAQDadQQAIpQBAE4rAgA2HwIA0t0PAE4nAAA2HwIAfoYOAH6KEAA+SgAARMMQAJrDEADwwxAARsQQAJzEEADyxBAASMUQAJ7FEAD0xRAASsYQAKDGEAD2xhAATMcQAHpBAgDQQQIASsQPAB7ZDwDcGAAA3kYBAOhJAAA+SgAAqrEDADYfAgCOiAsARsAOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQDS3Q8AOtcHAJDXBwDm1wcAPNgHAJLYBwDo2AcAPtkHAHxYDQDSWA0AKFkNAH5ZDQD81gEAAAAAAAAAAAAAAAAANh8CAJKMDABEGREAmhkRAPAZEQBwUAwAxlAMAFz6EACy+hAACPsQAF77EAC0+xAAdCkNAGQXCAC+RAgAkKQDAGaJAAC0iQIAhhgAADYfAgB0KQ0AZBcIAL5ECABwJQwAhhgAAEQZEQCaGREA8BkRAHBQDADGUAwAXPoQALL6EAAI+xAAXvsQALT7EAB0KQ0AZBcIAL5ECAByDgAAOqICAJCiAgBC3QgAmN0IAE4rAgC68goANBwBADYfAgBwUAwAxlAMAFz6EACy+hAACPsQAF77EAC0+xAADDUCAGI1AgB+9wYAYOACAJKhAQDEUw4AcFAMAMZQDABc+hAAsvoQAAj7EABe+xAApCsCADYfAgBOKwIAuvIKABDzCgCSjAwARBkRAJoZEQDwGREAcFAMAMZQDABc+hAAsvoQAAj7EABe+xAAtPsQAFYAAACQSgEA5koBAPTUAgDMkwEAvkQIAFTJDwCAlgAAjrUMADqiAgAmngUAkjgNAMJlAgD61QEATisCAJCkAwBAJgMA1EcEACpIBACASAQA1kgEAFrZAADMkwEAoFwGAOhJAAA2HwIAjogLAEbADgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQB6QQIA0EECAH6GDgC6zw4AxHwNAOzeCQBC3wkAgJYAAFxGDACyRgwANh8CAHAlDADGJQwAFHwOAFYAAAA0HAEANh8CAI6ICwD48A8ATvEPAAAAAACk8Q8ABKEPANpMBQAg8QUAHtkPAL5ECAA2HwIAjB8CAOIfAgA4IAIAjiACAFrZAADMkwEAoFwGAOhJAAA2HwIAjogLAEbADgCcwA4A8sAOAPZcBgC66AUAEOkFALyLAQA+Dg0AlA4NAJQODQC80A4AfMEBAFARCgCmEQoA/BEKAHyHDwDShw8AVgAAAJBKAQDmSgEAukwNABBNDQBmTQ0AvE0NADYfAgC66AUAEOkFAAShDwBaoQ8AsKEPAAaiDwBcog8AsqIPANp1BABAkA0AlpANAIz+BgCQpAMAZLMAALqzAADmtgwAPLcMAJK3DAAqgwwAgIMMACqWAACAlgAA1OsAALIJAwBOKwIApCsCAGaJAAB+ihAAPkoAAKqxAwAAsgMAdCkNAMopDQAgKg0AfoYOANSGDgAqhw4A3IoOAOIfAgA4IAIA0AENACYCDQC6zw4AxHwNAPQJCADoHgAAKpYAAH6GDgB+ihAAPkoAAIwfAgBYohAArqIQAASjEABaoxAA9AkIAFCcDwCmnA8A5qICADyjAgA2HwIAfoYOACaeBQCSOA0A6DgNAOzeCQBC3wkADlAPAJDLAQBcRgwAskYMADYfAgA0HAEAIPEFAPTUAgCmPAoAwiUNAJDLAQA2HwIANBwBAIocAQCQywEA5ssBAHBQDADGUAwATicAAMIlDQCQywEANBwBACDxBQDCZQIA0HQGAPJcBwAqlgAAjP4GAIrSBgCSSQAA0HQGAPJcBwBk8AkANh8CAIwfAgDiHwIAOCACAI4gAgCMHwIAwiUNAJDLAQA2HwIAfoYOAGaJAABAzgEAfooQAD5KAACqsQMAALIDAOi9DwDqvg8AQL8PAJa/DwCMHwIA4h8CADggAgDkDw8AOhAPADYfAgB+hg4A1IYOACqHDgAwhgwAhoYMANyGDAAyhwwAiIcMAN6HDAA0iAwAiogMALoPBAAQEAQABKEPAFqhDwAeFQMAdBUDAMRTDgCWzgEACHwRAF58EQA67RIA4AsOAJCkAwCAwwEAaq0RABQFEwC+RAgA0j4AALR8EQAKfREAaq0RAHpfEQBCTAAACIATABQFEwC+RAgAFAUTABQFEwC+RAgAaq0RADbrEgAUBRMACIATAE4rAgA+HwAAIBIBAAiAEwAgEgEACqgRAAqoEQC+RAgAVMkPAEAgAAAgEgEAPMoAADzMAQAaWhEAGloRABQFEwA8zAEAFAUTABh+DgD+dhEAVHcRACgNEgAIfBEAXnwRABhbEgAIgBMAaAkAAGqtEQD+dhEAVHcRACASAQCgchEARMcSAJrHEgCcxhEATisCAAqoEQC8qxEAEqwRAAh8EQBefBEAwFkSADQcAQDajRAACqgRAFp6EQAKqBEAZPAJABw0EwAoDRIAaq0RAFh7EgAUBRMAaAkAAGgJAAAwkBEAhpARANyQEQAIgBMAcg4AAG6EEQDEhBEAboQRAMSEEQBi1BEACIATAMR8DQB+GgMAvkQIAFyUCAC+RAgAMJARAIaQEQAwExMAIBIBADCQEQCGkBEAMBMTAD4fAAAIfBEAXnwRABRkAgA2HwIATJQMAGqtEQBAJgMAxHwNAMR8DQA2HwIAkkkAAAqoEQBqghEAvIARAETQAQBegBMAXoATALyAEQDGhREAHIYRAHKGEQBgtQIAvkQIAGqtEQCmVwIAboQRAMSEEQAKqBEAvIARABKBEQBuhBEABKcSAG6EEQAEpxIANsASAAqoEQA6lREAMpERAIiREQCgchEAMpERAAAAAAA2HwIAMJARAIaQEQAwkBEAhpARADCQEQCGkBEAGoURACgNEgB2YRMAzGETADxNAgC8gBEAoHIRAG6EEQDEhBEAPE0CAL5ECAA2HwIACIATADYfAgDKYBMAfIsRAI5tEwBqrREAaq0RACjzBAAo8wQAKPMEAEAmAwBC3QgAiA4QAEIKCgCIDhAAkmcPAJJnDwCSSQAAiooNAIi+EgBE+QAAcg4AAHIOAADumREAgowQAET5AAAUrxIAcg4AAIKMEAAKqBEACqgRAAqoEQAKqBEACqgRAKByEQCgchEACqgRAAqoEQAKqBEACqgRAAqoEQAKqBEAoHIRAKByEQCgchEACqgRAAqoEQAKqBEAoHIRAKByEQD6nxEAoHIRAKByEQAKqBEACqgRAAqoEQA2HwIANh8CAPYgEwBoCQAA9iATAGgJAACupBEAXMkNADYfAgAIgBMAkMsBAFARCgA2HwIAcg4AAHIOAAAKqBEACqgRAJKhAQCObRMAMJARAIaQEQBAJgMAaq0RAAiAEwByDgAAZKoRADYfAgBk4gIA6B4AAJCkAwAe+AkAhhgAAL5ECAAyqggAvkQIAIzrEgBqrREA8vMSAI5tEwByDgAABogCAFrZAABa2QAAWtkAAAiAEwBa2QAAumECAKYdEAAIgBMABogCAAiAEwBIfgIAZgMTAHzjEgDS4xIAyLERAAiAEwDSZBMAKGUTAGIMAwAgEgEACIATAELtEABoCQAACIATAFYAAACGGAAAVMkPAHpfEQCQpAMApqISAFYAAABmAxMAaAkAAAiAEwBYexIAaAkAAGqtEQBoCQAAaAkAACBfEgBqrREAel8RADqiAgCQpAMAjr8RAMQUBAB47gMAir0RADT3AwBegBMAZBcIAKByEQBExxIAmscSAJjxEgBy6wMAMJARAIaQEQAwExMAuNQRAKByEQAIgBMAwOsFAHDqAwDKCBIAoHIRAAqoEQAKqBEAMJARAIaQEQAKqBEAvKsRABKsEQDIDgAAaq0RAP5mCQDEUw4Aaq0RALKoEgCyqBIAaq0RAPbKEgC2qBEAZjsEADYfAgBqrREAnscRADzMAQAIgBMANh8CADYfAgA2HwIAXoATADYfAgB6XxEACIATADYfAgBqrREAjm0TALyrEQASrBEANh8CAL7qBQAgihIAUpULAKZvDgAIgBMAfnYGAAiAEwBcbQoAjuoRAEAgAABqrREAnscRAPTHEQCQbBIACIATADqiAgDEUw4Aaq0RADbrEgBE+QAAIIoSAMoIEgD05gsAErUAAAw1AgA2HwIAoHIRAETHEgCaxxIAMJARAI7BEgCmbw4AblsSAHpfEQByDgAAIBIBAArTEQBmVxIAvFcSAJBsEgCSSQAAoHIRAETHEgCaxxIAmPESAO7xEgCQbBIAkkkAAJBsEgCSSQAA5moRAHjfEQAIgBMANh8CAAiAEwA2HwIAaq0RADbrEgAoDRIAaq0RAETFEQCaxREA8MURAFxSEgA2HwIAun8RAGqtEQAKqBEAvKsRABKsEQDo7BEAYhIGAHpfEQAcNBMAopQMAF6AEwAKqBEAXoATAAqoEQBmgBEAQCYDAK76EQAE+xEAWvsRAETFEQCaxREA8MURAEbGEQDQYRIArvoRAAT7EQBa+xEA5moRAARiBQCgchEARMcSAJrHEgCY8RIA7vESAAQYCwAIgBMAOqICAAiAEwAgihIAel8RACjzBABw6gMA+tUBAAqoEQC8qxEAEqwRAOZsEgBAIAAAoHIRAETHEgCaxxIACIATAEAmAwCY8RIA7vESAKTlCQCQbBIAkkkAAAD5EQBW+REArPkRAETyEgB+dgYAAPkRAAqoEQBg1RIAoHIRAF6AEwAKqBEAvKsRAF6AEwDEUw4ANh8CAI5tEwC8qxEAEqwRAADjBgBqrREANusSAAiAEwDEJg0Aaq0RAAiAEwCEpAYA6u8SAKByEQBegBMAboQRAMSEEQC+RAgAxlwSAK76EQAE+xEAWvsRAI5tEwC8qxEAEqwRAI6/EQA6ogIAxFMOAOrvEgAIgBMAxFMOADYfAgAGqBIAvkQIAPTUAgDq7xIAQPASAJbwEgDmahEAIBIBAGqtEQAIgBMAus8OAHpfEQCOtQwAoHIRAOrvEgCgchEA6u8SAAqoEQBegBMAXoATAF6AEwAKqBEAvKsRABKsEQBExREAmsURAPDFEQAIfhIARPISAJryEgAgihIAQCAAAEbGEQAO1REA6u8SAEDwEgCW8BIA7PASAI5tEwC2qBEAFIYTAALPEQBYzxEAFIYTAAD5EQDq7xIAoHIRAETHEgCaxxIAoHIRAETHEgCaxxIACIATAE7MEgAQ9wwACIATAMRTDgAIgBMA+gwIAHpfEQA2HwIAPMwBACASAQBqrREA9soSALaoEQDY5hIAAAAAAL5ECAAAAAAAtIATAGqtEQD2yhIAtqgRANjmEgAAAAAAvkQIAAAAAAAIgBMACIATADrtEgAIgBMAOu0SAAiAEwA67RIAtIATAAiAEwCyqBIAXoATAAqoEQAKqBEAvKsRABKsEQBqrREAAAAAADbrEgDEfA0AoHIRAETHEgCaxxIALLkRAAiAEwBmAxMAkkkAAN5oEgCOwRIAZBcIAErKEgCgyhIAMBMTAJCkAwDq7xIAQPASAJbwEgBqrREAaq0RAAqoEQC8qxEAEqwRAIR/CQAAAAAAfDcSANI3EgAoOBIAMqoIAGDVEgC21RIADNYSAAiAEwDmahEAEPcMAEzWAgDEUw4Aaq0RAAiAEwCmohIAOIYKAOZqEQAIgBMAZPAJACgNEgAwkBEAhpARAG6EEQDEhBEAoHIRAETHEgCaxxIAWIgDAGqtEQAIgBMAGuoDAAqoEQAKqBEAvKsRABKsEQC+RAgAQCAAAAqoEQDiwBIACqgRALyrEQASrBEAlHATAAAAAACgchEARMcSAJrHEgBqrREAnscRAPTHEQB6XxEAaq0RACD5CQAgihIAel8RAOAcAQAAAAAACIATACCKEgB6XxEA4BwBAO5FEgCgchEARMcSAJrHEgD2yhIAtqgRAAiAEwBqrREACqgRALyrEQASrBEACIATAJCkAwAkjBIANh8CAK5QEgAKqBEARPkAANh+CQCSSQAA8vMSAJCkAwA8zAEACIATAICWAACyqBIAWIgDAHQIEgA2HwIANh8CAGqtEQAwExMA5G0TACASAQAoDRIANh8CAMBZEgCgXAYAnscRAPTHEQB0CBIAIpQBAO5FEgBERhIAmkYSAL5ECAAAAAAAAAAAAAAAAAAIgBMAIIoSAAAAAAAAAAAAAAAAAMBZEgB+YxIAkkkAADYfAgAgEgEACIATAGYDEwAgihIAvkQIAAqoEQDKCBIAyggSAAqoEQC2qBEAfhoDAKB2EwBExxIAmscSAJjxEgDu8RIAHDQTAI5tEwC2qBEAKPMEAKByEQD2chEAKPMEACqWAACSSQAAuhcIAAiAEwBmiQAAuhcIAF6AEwCIaBIAdAgSADCQEQCGkBEAGoURAJ7HEQD0xxEAMJARAIaQEQAahREAnscRAPTHEQCSSQAAkkkAAI7qEQB8wQEAYNUSALbVEgAM1hIAkGwSAAiAEwCQpAMACqgRAAiAEwAa6gMAPO4SADYfAgAKqBEAvKsRABKsEQDychIASHMSACjzBAAo8wQACIATABrqAwAa6gMAvuoFAAaoEgB6XxEAAAAAAAiAEwAIgBMAKpYAAGqtEQAa6gMATswSADYfAgBuTQsATisCALZ/EgAMgBIAVgAAAFYAAAB+dgYAaq0RADYfAgAIgBMACIATAIYYAACgchEARMcSAJrHEgAYBRIAxCYNAHLrAwAKqBEAvKsRABKsEQAOUA8AMJARAI7BEgBapxIAWHsSAGTwCQBYexIAWHsSAL5ECACGGAAAMJARAI7BEgCGkBEAoHIRAGqtEQBYexIArnsSAAR8EgAcNBMAboYSAOrEEgAKqBEAGuoDAGqtEQAAFAoADhsKAAAAAADOYBIAJGESAAAAAAAAAAAAeCUKABCAEQDEJg0Aaq0RAAiAEwAIgBMAsqgSAJJJAABqrREACIATANqNEABqrREAIBIBADYfAgBqrREA+swSAIYYAAAK0xEAHDQTACgNEgAIgBMACIATAAiAEwCGGAAAhhgAAIYYAAAoDRIACIATAAiAEwCGGAAAhhgAAIYYAACGGAAAhhgAAAqoEQC8qxEAEqwRAAiAEwA2HwIACIATADYfAgAIgBMAIBIBAJqcEgAgEgEANh8CAAiAEwBoCQAAmpwSAGgJAABOzBIAZPAJAJqcEgBAJgMAAAAAAJCkAwBGnRIAkKQDAAiAEwBOzBIAKJATAGqtEQAokBMACIATACiQEwAKqBEAvKsRABKsEQAIgBMAsMwPACASAQB6XxEAcg4AAHIOAAB6XxEAxFMOAE7MEgBAJgMACIATAEAmAwCgchEARMcSAJrHEgAKqBEAvKsRABKsEQA2HwIA5ssBAAiAEwA2HwIACIATAGqtEQB2ihIANh8CADYfAgA8zAEAXqkSACASAQD8PAoAHDQTAGqtEQC+RAgAaAkAAAiAEwCanBIAAAAAADYfAgBuhBEAxIQRAGLUEQDajRAACqgRALyrEQASrBEAUPgSAGqtEQC6WBMANusSAGRYEwBqrREAaq0RABSvEgBqrxIAwK8SABSvEgBqrxIAwK8SABawEgBssBIAFK8SAGqvEgDArxIAFrASAGywEgA26xIACqgRALyrEQASrBEAUPgSAGqtEQC6WBMANusSAGRYEwBqrREAFlANAGqtEQCSSQAA9NQCAJJJAACObRMAvKsRABKsEQBqrREAhr0SAL5ECACQpAMAvE0NAEAmAwBcKRMAjsESAGLfAQA2HwIAcg4AAAAAAACOtQwAAAAAAASnEgDYuxIALrwSAIS8EgAIgBMAjm0TALyrEQASrBEANh8CAGgJAAAo8wQAKPMEABw0EwA2HwIAoHIRADYfAgBqrREAQCYDAGqtEQASkAMAZgMTAGYDEwAOUA8Aaq0RAAiAEwA2HwIAMJARAIaQEQCObRMAvKsRABKsEQCObRMANh8CAL5ECAAIgBMAvkQIANq8EgD+7QwAZPAJAGgJAAAcNBMAfvMEAExMEwASjAEARPkAANjmEgBuhBEAxIQRACJWDQBcKRMAHFEMADYfAgCw0hIANh8CABxRDABuBxMAHAkTALR0DQCS9wEAoHIRAETHEgCaxxIANh8CAAiAEwAIgBMAjm0TADqiAgA6ogIAjm0TAI5tEwC+RAgAzokRACSKEQC82BIAlJcRAKByEQAKqBEAtqgRAPorAgB0KQ0AKsMBADKREQCgchEAfnADAJL3AQC+6gUAqr0JAPRdBwBOKwIAkkkAAKAGBgC+RAgACIATAMRTDgD2IBMAZOICAHxtAgBk4gIAfG0CABxoAgBSlQsAXoATAEzWAgAIgBMAaAkAADYfAgDqlxEA6B4AAH5wAwDKYBMANh8CAAiAEwC8gBEARNABAAiAEwAcNBMADoMTAH7zBAAIgBMAQCYDAEAmAwBAJgMAQCYDAGqtEQBqrREA+MsSALaoEQCcyBIANh8CAJJJAAA6ogIAOu0SAHIOAADEUw4AoHIRAETHEgCaxxIAMqoIAAqoEQC8qxEAEqwRAETyEgCa8hIAnscRAPTHEQCexxEA9McRAAqoEQBuBxMAPE0CAAiAEwA2HwIAfhoDAG6EEQB+DxMAaq0RADoYEwBAkA0AHtkPADYfAgBuBxMAHAkTANCxDwCGGAAAbgcTABwJEwDQsQ8AkngCAG4HEwAcCRMA0LEPADCQEQCGkBEAMBMTANwTEwCk9xIA+vcSAKj5EgBuBxMAHAkTANCxDwBuBxMAHAkTANCxDwBuBxMAHAkTANCxDwAwkBEAhpARANCxDwD8bw4AMJARAIC6EgCObRMA4sASAAiAEwA2HwIATicAAE4nAABOKwIAKEMCABpaEQBiARMAEPkNADbrEgA2HwIACIATADYfAgCm1gEAbtwSAKZvDgA2HwIANh8CAFzTEgAoDRIAdmETAIaQEQBi3wEANh8CAOqRDgA+ogEAwiUNAFD4EgAKqBEATisCAD45DQBQ+BIAQCYDAFD4EgBAJgMAaq0RADYfAgA2HwIAbgcTABwJEwAIgBMAMJARAIaQEQAwExMAskYMADYfAgA2HwIANh8CAGLUEQA2HwIATvcSAAB0DwByDgAAMrYOAG6EEQBqrREAoHIRAI4LDQAcUQwAlHATAAAAAAAcUQwA2LUPAEYeEwDatg8AnB4TACgNEgDsxRIAjm0TALaoEQBuBxMAqnMPABpaEQAoDRIARh4TACgNEgCcHhMAKA0SAG4HEwAcCRMAYtYSAFYAAACGVQkAkkkAACyOEQByDgAANh8CABxRDABc0xIANh8CAFqnEgCSeAIAOBcTAGZZEwC8WRMAkKQDALJGDAC+RAgANh8CADYfAgA2HwIACIATAIBaDQCAWg0AgFoNAIBaDQBOKwIATisCAIbiDwA2HwIAMJARAKwmEwBuBxMAwFsTADYfAgBuBxMAAHQPADYfAgAUBRMAKA8TADCQEQB+DxMANh8CADoYEwCQGBMAAlITAOYYEwA2HwIANh8CAG4HEwAAdA8AFAUTACgPEwAwkBEAfg8TADYfAgAaKw8AwDATADCQEQCGkBEAjm0TALaoEQA2HwIAXCkTABw0EwAcNBMARPkAAD7EEgAYMhMA6sQSAOj3AQCAWg0AgFoNAIBaDQCAWg0ANh8CADgXEwDGsBEAMpERAIyTEQCyRgwAkGYPABRkAgAWXBMAgLoSABQFEwBqrREAGF0TAGqtEQAcNBMAQCYDABD5DQAQ+Q0ANh8CAMQmDQA6GBMAkBgTAL5ECAC+RAgArqIQADCQEQCGkBEAxCYNADoYEwCQGBMAvkQIAL5ECACuohAAYAATALYAEwAwkBEAjsESADbAEgAAAAAAaq0RAGqtEQB+GgMACqgRAG4HEwAegw8AjGoSAI7BEgCQQxMAVFATAI5tEwDiwBIAQCYDAOJqEgAwExMA+tUBAAiAEwBiYAIAVgAAAFD4EgBuBxMAHoMPAJJJAAAKqBEAvkQIADYfAgAwkBEAhpARAK6iEAC6UA8AQCYDAEAmAwB8wQEAfMEBAHzBAQB8wQEAQCYDAGqtEQB8wQEANh8CADYfAgA2HwIAAAAAAAAAAABuBxMAwFsTADCQEQCGkBEArqIQABZ/DwAIgBMAbgcTAPrVAQAIgBMAbgcTAMpgEwBqrREANh8CADYfAgCQpAMAvkQIACqWAAA2HwIAOBcTAGZZEwC8WRMAEloTAGhaEwC+WhMAFFsTAEAmAwAwkBEAhpARABqFEQA6GBMAkBgTAHRgEwBqrREAHDQTABw0EwAcNBMAHDQTAG4HEwAcUQwAQCYDALyAEQDQQQIAMJARAI7BEgDABRMAjm0TALyrEQBiARMAJGMTAHpjEwDQYxMAJmQTAI5tEwC2qBEAlNkHAI5tEwBqrREALGcTAEAmAwDEUw4AkmUOAKj5EgDGVA4AbgcTAKpzDwBiARMAJGMTAHpjEwDQYxMAJmQTAHxkEwCo+RIAYgETACRjEwB6YxMA0GMTACZkEwB8ZBMACqgRABw0EwDGCBMAIBIBAFzTEgAIgBMAIBIBADbrEgAgEgEANusSAG6EEQAEpxIAIBIBADYfAgBuBxMAHAkTADCQEQCGkBEA0EECADxEEwA8RBMA0EECAKByEQCgchEAoHIRAK76EQCgchEAoHIRAKByEQCgchEAboQRAASnEgCgchEArvoRAKByEQBGyBIAoHIRAEbIEgCgchEARsgSAGDVEgBGyBIAoHIRAEbIEgCgchEARsgSAJbDEQBGyBIAoHIRAEbIEgBExREAmsURANyQEQA2HwIAHDQTADYfAgBAJgMAaq0RAIYYAADEUw4AMpERABLZEgDyHhMA8h4TADKREQCIkREAQt0IALaBEwBAJgMAQCYDAHIOAAByDgAAJrYRAGqtEQDo9wEAoHIRAAiAEwC6UA8AFIYTALpQDwAIgBMAoHIRAHpfEQAIgBMAel8RAKByEQBExxIAel8RAG6IEwDEiBMAoHIRAEAmAwCu0RIAaq0RADYfAgA2HwIANh8CACiQEwA2HwIANh8CADYfAgAokBMANh8CAO7dCAAokBMACIATALT7EAA2HwIANh8CACiQEwBqrREARMURAJrFEQDwxREAoHIRAARaAQAUBRMAKA8TADYfAgCObRMAtqgRADCQEQCGkBEAMBMTABKMAQDqDg0APkUTAExMEwDEUw4AvK0SAASnEgA2wBIApm8OAAqoEQDiwBIApm8OAAiAEwBC3QgALLkRAPrMEgBuBxMAHAkTADCQEQCOwRIAkEMTAAiAEwB6XxEAPjkNAIYYAAAIgBMAZPAJADCQEQCGkBEAMBMTAJDlDgAsuREACFUTADCQEQCsJhMAbgcTAKpzDwAIgBMA","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAIAAIADAACAAAAAgAIAAIADAAAAAAAAgAAAAIACAACAAAAAgAEAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAgAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIAAAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAAAAACAAwAAgAMAAAABAAAAAAAAgAEAAIAAAACAAQAAAAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIAAAACAAgAAgAIAAIAAAACAAAAAgAMAAIACAACAAAAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAEAAAAAAAAAgAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoBAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAIAAAAACAAEAAAYAAAgAAAACAAAABAQI5AAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAoIAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAQAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAAEAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAQQAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAgAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAEAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQACBgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAgAQAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAAiAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAACAAAAAAgABAAAGAACIAAAAAgAAAAQECOQAECAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAQAAAAAAAQAAAAAAAAAAAAIGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAgACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAIAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAgAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAIAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAiAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAiAAQAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgIgAAAAAAOAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABCAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQBAAAAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAQDAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAAEAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjmAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAYAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAGAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAEEAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAEAAAYAAAgAAAACAAAAAAQI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABBAAAAAAAAAAAAACAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAgAAAAAECOQAACAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAEAwAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAAABAjkAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAQQAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAACAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAA=="},"index":{"lists":[[13,14,15,29,30,109,111,112,113,211,247],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,86,87,89,90,91,92,93,94,95,96,97,98,99,100,104,105,106,107,109,111,112,113,117,122,123,150,153,154,156,168,169,170,173,174,175,176,190,191,199,202,211,216,218,219,223,224,227,236,237,241,247,249,251,252,253,254,256,258,259,261,262,265,266,267,268,269,283],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,59,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,82,86,87,89,90,91,92,93,94,95,96,97,98,99,100,103,104,105,106,107,109,111,112,113,117,122,123,129,150,153,154,156,168,169,170,173,174,175,176,181,182,183,190,191,199,202,211,216,218,219,220,223,224,227,236,237,241,247,249,251,252,253,254,256,258,259,261,262,265,266,267,268,269,272,273,274,283],[5,13,14,15,20,29,30,51,52,79,102,109,111,112,113,211,226,247,269,272,289],[13,14,15,20,29,30,109,111,112,113,141,142,143,211,247,275,276,277,278,279,280,281],[6,7,13,14,15,29,30,109,111,112,113,211,227,247],[13,14,15,29,30,78,80,109,111,112,113,211,247],[13,14,15,29,30,109,111,112,113,211,247,262,282],[10,13,14,15,29,30,91,109,111,112,113,122,123,148,149,177,178,211,247,262,267,268],[10,13,14,15,29,30,109,111,112,113,141,142,143,211,247],[10,13,14,15,29,30,54,77,84,89,92,96,97,109,111,112,113,133,141,142,143,144,162,189,190,191,193,197,205,208,211,219,221,222,223,224,235,243,244,245,246,247,255,283],[13,14,15,29,30,37,38,39,45,46,109,111,112,113,121,196,209,211,212,214,247,248,261],[13,14,15,29,30,109,111,112,113,145,211,247,295],[12,13,14,15,29,30,109,111,112,113,211,247],[1,10,13,14,15,20,21,29,30,109,111,112,113,141,142,143,171,172,198,211,247,249,253,254,283],[10,13,14,15,20,28,29,30,31,34,109,111,112,113,141,142,143,147,171,172,211,247,249,253,254,283],[4,10,13,14,15,18,19,20,29,30,56,109,111,112,113,141,142,143,171,172,211,227,247,249,253,254,266,283],[6,10,13,14,15,20,29,30,40,109,111,112,113,141,142,143,171,172,173,211,213,247,249,253,254,271,283],[0,2,9,10,11,13,14,15,16,18,20,29,30,33,43,44,47,48,106,109,111,112,113,141,142,143,165,171,172,173,186,192,195,211,227,229,247,249,250,253,254,257,260,263,283,284,287,290,291,294,296],[3,5,10,13,14,15,20,25,29,30,33,43,47,48,50,59,62,63,85,88,107,108,109,111,112,113,117,119,125,126,128,134,141,142,143,146,151,154,157,165,171,172,173,180,184,185,188,194,201,203,204,210,211,215,216,227,228,239,242,247,249,253,254,283,292,297],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,211,247,249,253,254,283],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,173,211,247,249,253,254,283],[10,13,14,15,17,20,29,30,109,111,112,113,141,142,143,171,172,211,247,249,253,254,283],[10,13,14,15,20,25,27,29,30,33,109,111,112,113,141,142,143,171,172,210,211,247,249,253,254,283],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,211,247,249,253,254,283,288],[10,13,14,15,20,29,30,105,109,111,112,113,141,142,143,171,172,173,179,207,211,247,249,253,254,273,283,285,286],[10,13,14,15,20,29,30,100,108,109,111,112,113,120,124,135,141,142,143,167,171,172,180,211,231,247,249,253,254,273,283],[10,13,14,15,20,29,30,32,59,109,111,112,113,119,127,141,142,143,156,157,171,172,200,210,211,216,247,249,253,254,283],[9,10,13,14,15,20,22,29,30,49,83,109,111,112,113,141,142,143,171,172,173,211,247,249,253,254,283],[10,13,14,15,16,20,29,30,32,33,65,109,111,112,113,141,142,143,156,171,172,187,210,211,247,249,253,254,283],[10,13,14,15,20,23,24,29,30,35,36,58,70,109,111,112,113,118,130,132,136,141,142,143,152,158,159,160,161,163,164,166,171,172,176,206,211,217,218,230,233,238,240,241,247,249,253,254,264,270,283],[10,13,14,15,19,20,21,29,30,73,109,110,111,112,113,141,142,143,171,172,211,247,249,253,254,283],[7,10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,211,247,249,253,254,283],[10,13,14,15,20,26,29,30,32,33,109,111,112,113,141,142,143,171,172,173,210,211,247,249,253,254,283],[10,13,14,15,20,26,29,30,32,109,111,112,113,141,142,143,171,172,210,211,247,249,253,254,283],[13,14,15,29,30,109,111,112,113,116,131,137,138,139,140,155,211,232,234,247,293],[13,14,15,29,30,81,109,111,112,113,211,247],[10,13,14,15,20,29,30,41,42,109,111,112,113,141,142,143,211,247,249,253,254,283],[13,14,15,29,30,51,109,111,112,113,211,247],[13,14,15,29,30,52,55,57,60,61,109,111,112,113,211,247],[13,14,15,29,30,53,109,111,112,113,211,247],[13,14,15,29,30,64,68,69,71,109,111,112,113,211,247],[13,14,15,29,30,67,90,109,111,112,113,211,247],[13,14,15,29,30,67,109,111,112,113,114,115,211,247],[13,14,15,29,30,67,91,93,109,111,112,113,211,247],[13,14,15,29,30,67,109,111,112,113,211,247],[13,14,15,29,30,72,74,76,90,109,111,112,113,211,247,256],[13,14,15,29,30,75,109,111,112,113,175,211,247],[13,14,15,29,30,90,109,111,112,113,211,247,256],[13,14,15,29,30,91,93,99,109,111,112,113,211,247,274],[13,14,15,29,30,93,109,111,112,113,211,247],[13,14,15,29,30,98,104,109,111,112,113,211,247,256,274],[13,14,15,29,30,101,109,111,112,113,211,225,247],[13,14,15,29,30,109,111,112,113,174,211,247],[13,14,15,29,30,109,111,112,113,211,247,256],[13,14,15,29,30,109,111,112,113,211,247,274],[13,14,15,29,30,95,109,111,112,113,181,182,183,211,247,259],[5,13,14,15,20,29,30,51,52,95,109,111,112,113,181,182,183,211,247,259,269,272],[13,14,15,20,29,30,95,109,111,112,113,181,182,183,211,236,237,247,259],[6,7,13,14,15,29,30,95,109,111,112,113,181,182,183,211,227,247,259],[13,14,15,29,30,95,109,111,112,113,181,182,183,211,247,259,262],[10,13,14,15,29,30,91,95,109,111,112,113,122,123,181,182,183,211,247,259,262,267,268],[10,13,14,15,29,30,95,103,109,111,112,113,181,182,183,211,236,237,247,259],[10,13,14,15,29,30,54,77,82,86,87,89,92,94,95,96,97,109,111,112,113,181,182,183,190,191,202,211,219,220,223,224,236,237,247,259,283],[13,14,15,29,30,95,109,111,112,113,181,182,183,211,247,259,261],[1,8,10,13,14,15,20,21,29,30,95,109,111,112,113,181,182,183,211,236,237,247,249,251,252,253,254,259,265,283],[10,13,14,15,20,29,30,95,109,111,112,113,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[4,10,13,14,15,18,19,20,29,30,56,95,109,111,112,113,181,182,183,211,227,236,237,247,249,251,252,253,254,259,266,283],[6,10,13,14,15,20,29,30,95,109,111,112,113,173,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[2,9,10,13,14,15,16,18,20,29,30,95,106,109,111,112,113,173,181,182,183,211,227,236,237,247,249,251,252,253,254,258,259,283],[5,10,13,14,15,20,29,30,59,62,63,95,107,109,111,112,113,117,150,154,173,181,182,183,211,216,227,236,237,247,249,251,252,253,254,259,283],[10,13,14,15,20,29,30,95,109,111,112,113,181,182,183,199,211,236,237,247,249,251,252,253,254,259,283],[10,13,14,15,20,29,30,95,109,111,112,113,173,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[10,13,14,15,17,20,29,30,95,109,111,112,113,129,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[10,13,14,15,20,29,30,95,105,109,111,112,113,173,181,182,183,211,236,237,247,249,251,252,253,254,259,273,283],[10,13,14,15,20,29,30,95,100,109,111,112,113,181,182,183,211,236,237,247,249,251,252,253,254,259,273,283],[10,13,14,15,20,29,30,59,95,109,111,112,113,156,181,182,183,211,216,236,237,247,249,251,252,253,254,259,283],[9,10,13,14,15,20,29,30,95,109,111,112,113,173,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[10,13,14,15,16,20,29,30,95,109,111,112,113,150,153,156,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[10,13,14,15,20,29,30,70,95,109,111,112,113,150,176,181,182,183,211,218,236,237,241,247,249,251,252,253,254,259,283],[10,13,14,15,19,20,21,29,30,73,95,109,111,112,113,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[7,10,13,14,15,20,29,30,95,109,111,112,113,181,182,183,211,236,237,247,249,251,252,253,254,259,283],[13,14,15,29,30,81,95,109,111,112,113,181,182,183,211,247,259],[10,13,14,15,20,29,30,95,109,111,112,113,181,182,183,211,236,237,247,249,253,254,259,283],[13,14,15,29,30,51,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,52,55,57,60,61,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,53,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,68,69,71,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,66,67,90,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,67,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,67,91,93,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,72,74,76,90,95,109,111,112,113,168,181,182,183,211,247,256,259],[13,14,15,29,30,75,95,109,111,112,113,175,181,182,183,211,247,259],[13,14,15,29,30,90,95,109,111,112,113,181,182,183,211,247,256,259],[13,14,15,29,30,91,93,95,99,109,111,112,113,170,181,182,183,211,247,259,274],[13,14,15,29,30,93,95,109,111,112,113,181,182,183,211,247,259],[13,14,15,29,30,95,98,104,109,111,112,113,181,182,183,211,247,256,259,274],[13,14,15,29,30,95,109,111,112,113,169,181,182,183,211,247,259],[13,14,15,29,30,95,109,111,112,113,170,181,182,183,211,247,259],[13,14,15,29,30,95,109,111,112,113,174,181,182,183,211,247,259],[13,14,15,29,30,95,109,111,112,113,181,182,183,211,247,256,259],[13,14,15,29,30,95,109,111,112,113,181,182,183,211,247,259,274]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[8250,40],[9135,41],[215,42],[10095,43],[10003,44],[8595,45],[10008,46],[9472,47],[10007,48],[10004,49],[8730,50],[10006,51],[8505,52],[9762,0],[9888,0],[8617,0],[8226,53],[10060,54],[9654,55],[65123,55]],"plainDefault":0,"spaced":[56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,57,58,56,56,59,56,56,56,60,56,61,62,56,63,63,63,63,63,63,63,63,63,63,56,56,56,64,56,56,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,82,83,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,56,56],"spacedOther":[[160,56],[5760,56],[8192,56],[8193,56],[8194,56],[8195,56],[8196,56],[8197,56],[8198,56],[8199,56],[8200,56],[8201,56],[8202,56],[8232,56],[8233,56],[8239,56],[8287,56],[12288,56],[65279,56],[9676,84],[9679,85],[8250,86],[9135,87],[215,88],[10095,89],[10003,90],[8595,89],[10008,91],[9472,92],[10007,93],[10004,94],[8730,95],[10006,96],[8505,56],[9762,97],[9888,97],[8617,98],[8226,99],[10060,100],[9654,101],[65123,101]],"spacedDefault":56,"blank":56}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,75,77,78,79],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,56,57,59,60,61,62,63,64,65,66,67,68,69,71,72,73,74,75,77,78,79,82,86,87,105,106,107,108,115,116,117,120,121,122,135,136,143,146],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,54,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,77,78,79,82,86,87,92,105,106,107,108,115,116,117,120,121,122,127,128,129,135,136,143,146],[6,7,26,27,51,70,75,77,78,79],[6,7,75,77,78,79,99,100,101],[6,7,50,52,75,77,78,79],[6,7,61,75,77,78,79,86,87,103,104,123,124],[6,7,29,49,55,59,62,66,67,75,77,78,79,95,99,100,101,102,111,134,135,136,138,141,147],[6,7,13,14,20,21,75,77,78,79,85,141],[6,7,75,77,78,79,102],[6,7,75,77,78,79,99,100,101,118,119,142],[5,6,7,8,11,75,77,78,79,99,100,101,102,118,119],[6,7,75,77,78,79,99,100,101,118,119],[6,7,15,75,77,78,79,99,100,101,118,119,120],[6,7,10,18,19,22,23,73,75,77,78,79,99,100,101,114,118,119,120,132,137,140],[2,6,7,10,18,22,23,25,33,36,37,55,58,74,75,77,78,79,82,83,89,90,91,96,99,100,101,102,107,108,114,118,119,120,126,130,131,134,139,145,147],[6,7,75,77,78,79,99,100,101,118,119,120],[2,4,6,7,10,75,77,78,79,99,100,101,118,119],[6,7,75,77,78,79,84,96,99,100,101,114,118,119,126],[6,7,9,33,75,77,78,79,83,90,99,100,101,108,118,119,144],[0,6,7,24,54,75,77,78,79,99,100,101,118,119,120],[6,7,9,10,75,77,78,79,99,100,101,108,118,119,133],[0,1,6,7,12,32,42,75,77,78,79,82,93,94,96,99,100,101,108,109,110,112,113,114,118,119,122],[6,7,45,75,76,77,78,79,99,100,101,118,119],[3,6,7,9,10,75,77,78,79,99,100,101,118,119,120],[3,6,7,9,75,77,78,79,99,100,101,118,119],[6,7,75,77,78,79,82,93,97,98,107],[6,7,53,75,77,78,79],[6,7,16,17,75,77,78,79,99,100,101],[6,7,30,75,77,78,79,99,100,101],[6,7,75,77,78,79,99,100,101,106],[6,7,72,75,77,78,79,99,100,101,125],[6,7,69,74,75,77,78,79,88,99,100,101],[6,7,38,75,77,78,79,99,100,101],[6,7,26,75,77,78,79],[6,7,27,30,31,34,35,75,77,78,79],[6,7,28,75,77,78,79],[6,7,37,41,42,43,75,77,78,79],[6,7,40,60,75,77,78,79],[6,7,40,75,77,78,79,80,81],[6,7,40,61,63,75,77,78,79],[6,7,40,75,77,78,79],[6,7,44,46,48,60,75,77,78,79],[6,7,47,75,77,78,79,122],[6,7,60,75,77,78,79],[6,7,61,63,69,75,77,78,79],[6,7,63,75,77,78,79],[6,7,68,71,75,77,78,79],[6,7,70,75,77,78,79],[6,7,75,77,78,79,121],[6,7,65,75,77,78,79,127,128,129],[6,7,26,27,65,70,75,77,78,79,127,128,129],[6,7,61,65,75,77,78,79,86,87,127,128,129],[6,7,65,70,75,77,78,79,127,128,129],[6,7,29,49,54,56,57,59,62,64,65,66,67,75,77,78,79,127,128,129,135,136,146],[6,7,65,75,77,78,79,120,127,128,129],[6,7,65,73,75,77,78,79,120,127,128,129],[6,7,33,36,37,65,74,75,77,78,79,82,105,107,108,120,127,128,129],[6,7,65,75,77,78,79,127,128,129,143],[6,7,65,75,77,78,79,92,127,128,129],[6,7,33,65,75,77,78,79,108,127,128,129],[6,7,54,65,75,77,78,79,120,127,128,129],[6,7,65,75,77,78,79,105,106,108,127,128,129],[6,7,42,65,75,77,78,79,82,105,108,122,127,128,129],[6,7,45,65,75,77,78,79,127,128,129],[6,7,65,75,77,78,79,82,107,127,128,129],[6,7,53,65,75,77,78,79,127,128,129],[6,7,30,65,75,77,78,79,127,128,129],[6,7,65,75,77,78,79,106,127,128,129],[6,7,65,72,75,77,78,79,127,128,129],[6,7,65,69,74,75,77,78,79,127,128,129],[6,7,26,65,75,77,78,79,127,128,129],[6,7,27,30,31,34,35,65,75,77,78,79,127,128,129],[6,7,28,65,75,77,78,79,127,128,129],[6,7,37,41,42,43,65,75,77,78,79,127,128,129],[6,7,39,40,60,65,75,77,78,79,127,128,129],[6,7,40,65,75,77,78,79,127,128,129],[6,7,40,61,63,65,75,77,78,79,127,128,129],[6,7,44,46,48,60,65,75,77,78,79,115,127,128,129],[6,7,47,65,75,77,78,79,122,127,128,129],[6,7,60,65,75,77,78,79,127,128,129],[6,7,61,63,65,69,75,77,78,79,117,127,128,129],[6,7,63,65,75,77,78,79,127,128,129],[6,7,65,68,71,75,77,78,79,127,128,129],[6,7,65,75,77,78,79,116,127,128,129],[6,7,65,75,77,78,79,117,127,128,129],[6,7,65,75,77,78,79,121,127,128,129]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[8250,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,50,50,50,50,50,50,50,50,50,52,53,50,54,54,54,54,54,54,54,54,54,54,50,50,50,50,50,50,50,50,50,50,55,56,57,58,50,55,59,50,50,50,55,50,60,50,61,62,63,64,50,55,50,50,50,65,50,50,66,50,50,50,50,67,50,50,68,50,50,50,50,50,50,50,69,70,50,50,50,50,68,50,50,50,50,50,50,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,71],[9679,72],[8250,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[9472,79],[10007,80],[10004,81],[8730,82],[10006,83],[8505,53],[9762,84],[9888,84],[8617,85],[8226,86]],"spacedDefault":50,"blank":50}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6,7,11,12,24],[4,6,7,8,11,12,24],[13],[7,9,10,11,12,20,26,27,28,29],[2],[1],[3,4,14,22,25],[16],[4],[0,5,6,15,18,23,24],[17,19],[21],[7,8,11,12],[6,24]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
