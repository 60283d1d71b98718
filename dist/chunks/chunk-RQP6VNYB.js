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
} from "./chunk-JR73H266.js";
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
    { event: "pass", pattern: /^\s*✔ |^\s*ok \d+ - /, afterOutput: true },
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
var DERIVED = `{"prefilter":{"key":"rules 314\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?:connecting to|connect to|Redis on) ['\\"]?[a-z][a-z0-9+.-]{1,20}:\\\\/\\\\/[^\\\\s'\\"/]{1,255}\\\\/[^\\\\s:'\\"]{0,200}:\\\\d{1,5}(?!\\\\d)/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/(?<!rescue |raise )\\\\b(?:Minitest::Assertion|Test::Unit::AssertionFailedError)(?=:|\\\\s*$)/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/\\\\bPlanned for \\\\d{1,6} assertions?, but got \\\\d{1,6}\\\\./\\n/\\\\bTest finished without running any assertions\\\\b/\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^\\\\.\\\\.\\\\. obtained [\\\\w.*[\\\\]{}]{1,100} = (?![^\\\\n]{0,600}(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: ))/\\n/\\\\S\\\\) = (?![^\\\\n]{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))[^\\\\n]{1,200}?[;,] want:? \\\\S/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^[\\\\w./-]{1,300}\\\\.go:\\\\d{1,6}:\\\\d{1,6}: (?!cannot find package |no required module provides package |package [\\\\w./-]{1,200} is not in |could not import |[\\\\w./-]{0,200}imports? )\\\\S/\\n/\\"ruleId\\":(?:\\"[^\\"\\\\n]{1,200}\\"|null),\\"severity\\":2,\\"message\\":\\"/\\n/^FAIL Required test coverage of [\\\\d.]{1,10}% not reached\\\\b/\\n/\\\\bcoverage \\\\([\\\\d.]{1,10}%\\\\) is below the expected minimum coverage\\\\b|^SimpleCov failed with exit \\\\d{1,3}\\\\b/\\n/\\\\bcoverage threshold for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) not met\\\\b/\\n/\\\\bCoverage for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) does not meet (?:global )?threshold\\\\b/\\n/\\\\bRule violated for \\\\w{1,20} [^\\\\n]{1,300}: \\\\w{1,30} covered ratio is [\\\\d.]{1,10}, but expected minimum is [\\\\d.]{1,10}/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -[235]\\\\b|\\\\[Errno -[235]\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:(?!-)\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error -[235] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5}\\\\./\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError(?!:?\\\\s{1,4}Error connecting to Redis on (?!(?:[\\\\w.-]{1,255}:\\\\d{1,5}|\\\\/[^\\\\s()]{1,255}) \\\\((?!Errno::EINVAL\\\\)|Redis::TimeoutError\\\\)|SocketError\\\\))))/\\n/Error connecting to Redis on localhost:\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?!localhost:)(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?<![\\\\w$.])(?!(?:io\\\\.netty|io\\\\.vertx|reactor|org\\\\.springframework|org\\\\.apache\\\\.http|org\\\\.apache\\\\.hc|org\\\\.apache\\\\.commons\\\\.dbcp2|org\\\\.apache\\\\.tomcat\\\\.jdbc|okhttp3|feign|retrofit2|io\\\\.grpc|org\\\\.postgresql|com\\\\.mysql|org\\\\.mariadb|redis\\\\.clients\\\\.jedis|io\\\\.lettuce|com\\\\.mongodb|org\\\\.mongodb|com\\\\.rabbitmq|org\\\\.apache\\\\.kafka|org\\\\.elasticsearch|co\\\\.elastic\\\\.clients|org\\\\.opensearch|com\\\\.microsoft\\\\.sqlserver|net\\\\.spy\\\\.memcached|net\\\\.rubyeye\\\\.xmemcached|com\\\\.datastax|io\\\\.nats|com\\\\.clickhouse|ru\\\\.yandex\\\\.clickhouse|io\\\\.minio|org\\\\.testcontainers|com\\\\.github\\\\.dockerjava|org\\\\.hibernate|org\\\\.jooq|org\\\\.flywaydb|org\\\\.liquibase|com\\\\.zaxxer\\\\.hikari)\\\\.|(?:java\\\\.util\\\\.concurrent\\\\.ExecutionException|java\\\\.util\\\\.concurrent\\\\.CompletionException|java\\\\.io\\\\.UncheckedIOException|java\\\\.lang\\\\.reflect\\\\.UndeclaredThrowableException|java\\\\.lang\\\\.reflect\\\\.InvocationTargetException): )[A-Za-z_$][\\\\w$.]{0,300}(?:Exception|Error)[\\\\w$]{0,40}: (?:[^\\\\n]{0,300}?[\\\\s:(])?java\\\\.net\\\\.ConnectException: Connection refused/\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{0,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/^\\\\s{0,40}(?:(?:org\\\\.springframework\\\\.data\\\\.redis\\\\.)?RedisConnectionFailureException: )?(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/\\\\S[^\\\\n]{0,300}\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/\\n/(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\bFailed opening required '(?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)' \\\\(include_path=/\\n/\\\\brequire(?:_once)?\\\\((?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)\\\\): [Ff]ailed to open stream: No such file or directory/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/\\n/^got:$/\\n/^want:$/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^!{1,40} (?:_pytest\\\\.outcomes\\\\.Exit\\\\b|Interrupted\\\\b|KeyboardInterrupt\\\\b|stopping after \\\\d)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^JUnit version \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^PHPUnit \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?\\\\S{0,40} by Sebastian Bergmann and contributors\\\\.$/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[21,29,33,34,35,36,37,38,39,48,50,59,61,63,68,71,72,73,179,188,223,235,236,262,267,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,472,473,474,475,476,477,478,479,480,481,482,483,484,485,486,487,488,489,490,491,492,493,496,497,498,499,500,501,502,503,504,505,506,507,508,509,510,511,512,513,514,515,516,517,518,519,520,521,522,523,524,525,526,527,528,529,530,531,532,533,534,535,536,537,538,539,540,541,542,543,544,545,546,547,548,549,550,551,552,555,556,558,560,561,562,563,564,565,566,569,570,571,573],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,50,37,36,56,54,55,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,10004,9472,94,10003,8730,10006,8505,10095,9762,9888,8226,59,9654,65123],"words":12,"quiet":13816,"states":15656,"edges":"AAAAAAAAAAABAAAAWAAAAAIAAACYjAAAAwAAAMgOAAAEAAAAaN4AAAUAAABIxQcABgAAAEDWAQAHAAAAeLIIAAgAAACoOwIACQAAACiUAAAKAAAASEsAAAsAAAAAfAoADAAAAKiZAAANAAAAGBkAAA4AAAAwnQEADwAAAJC3AAAQAAAAOCgAABEAAABIqwEAEgAAAKAJAAATAAAA6C0CABQAAAAg+AMAFQAAAAheAgAWAAAA0CIBABcAAACwRwIAGAAAAMBfAgAZAAAAUFECABoAAAAYawIAGwAAAPj1AgAcAAAAKEkDAB0AAAAAAAAAHgAAAPAwEAAfAAAAgBgBACAAAABwlwIAIQAAAIBtDQAiAAAASAMCACMAAAAQ/wAAJAAAACBNBQAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAMEcPACkAAAAAAAAAKgAAAPDLAQArAAAAID0DACwAAADA8QEALQAAAMgWDAAuAAAAAAAAAC8AAAA4QwIAMAAAAAAAAAAxAAAAQJwCADIAAAAAAAAAMwAAAOh3AwA0AAAA4B0SADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAAAAAAAPwAAADCqDwBAAAAAkNINAEEAAACQ3Q0AQgAAAAC/EQBDAAAAqBQPAEQAAABYYg8ARQAAAAAAAABGAAAA0GYPAEcAAAAAAAAASAAAAOCJDwBJAAAAWI4PAEoAAAAYkQ8ASwAAAJhmFABMAAAA6LYPAE0AAAD42Q8ATgAAAFDaDwBPAAAAuPIPAFAAAADY9g8AUQAAAPgmEABSAAAA+KoQAFMAAABQqxAAVAAAAMivEABVAAAAAAAAAFYAAAAwHRIAVwAAAIgdEgBaAAAAsAAAAFsAAADolQQAXQAAALAACwBeAAAAQFIBAGEAAACopAAAYwAAAACPCwBkAAAA2LAJAGkAAABgBgIAbAAAAIhjAgBvAAAAGJEEAHUAAABIQAAAswAAAAgBAAC9AAAAuJ0DAL8AAAAQrwwACwEAAECNEgBlAQAAuAEAAL4BAAAQAgAAFwIAAGgCAABwAgAAwAIAAMICAAAYAwAAIQMAAHADAAB6AwAAyAMAANMDAAAgBAAALAQAAHgEAACFBAAA0AQAANoEAAAoBQAANgUAAIAFAACPBQAA2AUAANoFAAAwBgAAOgYAAIgGAACWBgAA4AYAAOUGAAA4BwAARQcAAJAHAACYBwAA6AcAAPgHAABACAAAQggAAJgIAACmCAAA8AgAAAEJAACYjRIATwkAAPCNEgCiCQAAoOQPAKMJAAAAcw0AqAkAAPgJAACsCQAA2GINAK0JAABoVA0AsAkAAFhSDQC1CQAAQIkMALkJAADQ3w8AvAkAANABDAD/CQAAUAoAAAUKAADQmwwAVQoAAKgKAAC0CgAAAAsAAAMLAABYCwAAYAsAALALAAC9CwAACAwAAA0MAABgDAAAagwAALgMAADADAAAEA0AABwNAABoDQAAHw0AAEhbAgB7DQAAwA0AAM4NAAAYDgAAGw4AAHAOAAB6DgAASI4SAMoOAAD4dwAAyw4AAKjNAQDNDgAAIA8AANEOAABoGg4A0g4AABDCAgDTDgAAcFUCANQOAACgHwAA1Q4AAIjADwDWDgAACKMBANcOAACIMgAA2Q4AALDTAwDcDgAAUC0DAOUOAABAdQQA6A4AAIC/DwAmDwAAeA8AAC8PAACI8wkAfg8AANAPAADkDwAAKBAAAD0QAACAEAAAiBAAANgQAADiEAAAMBEAADURAACIEQAAjREAAOARAADoEQAAOBIAAE4SAACQEgAAkhIAAOgSAAD1EgAAQBMAAFQTAACYEwAAoBMAAPATAAD/EwAASBQAAFkUAACgFAAArhQAAPgUAAAEFQAAUBUAAF0VAACoFQAAshUAAAAWAAADFgAAWBYAAGAWAACwFgAAshYAAAgXAAAZFwAAYBcAAGYXAAC4FwAAxBcAABAYAAASGAAAaBgAAG8YAADAGAAA1BgAAKCOEgAZGQAA6EoSABoZAADIgQIAHRkAAHAZAAAhGQAAADECACYZAACAwgMAchkAAHjVAABzGQAAEHYJAHcZAACQwgsAeBkAAMgZAAB6GQAAeE4BAHsZAACIOAkAfRkAADAlCAB/GQAA6AENAIEZAAAA0gcAhhkAAFCIAgCJGQAASHgHAMkZAAAgGgAAyxkAAJA/BwDOGQAAkEMNADcaAAB4GgAAkBoAANAaAADbGgAAKBsAAEEbAACAGwAAghsAANgbAADyGwAAMBwAAD8cAACIHAAAjRwAAOAcAADtHAAAOB0AAEgdAACQHQAAmB0AAOgdAAD0HQAAQB4AAE0eAACYHgAAoh4AAPAeAAD2HgAASB8AAFwfAAD4jhIAph8AAPgfAACqHwAA+FUPALcfAACYpw0AEyAAAFAgAABcIAAAqCAAAK4gAAAAIQAAAyEAAJAIBwAIIQAAWCEAAFshAADwKgcAXyEAALAhAABjIQAAQMoFAGYhAABAMwQAtSEAAAgiAAAUIgAAYCIAAGMiAAC4IgAAwCIAABAjAAAdIwAAaCMAAG0jAADAIwAAyiMAABgkAAAgJAAAcCQAAHMkAADIJAAA0SQAACAlAAAhJQAAeCUAAHklAADQJQAA1SUAACgmAAAuJgAAgCYAAIomAADYJgAA4CYAADAnAAAzJwAAiCcAAIsnAADgJwAA8ScAAFCPEgA6KAAAgOkBAD0oAACg6g0AQSgAADjREQBEKAAAkCgAAEYoAADI2gkAqCgAAOgoAADrKAAAQCkAAEwpAACYKQAApSkAAPApAAD3KQAASCoAAEoqAACgKgAAqSoAAPgqAAACKwAAUCsAAFsrAACoKwAAxCsAAAAsAAAILAAAqI8SAF0sAACwLAAAuCwAAAgtAAAJLQAAYC0AAGItAAC4LQAAuy0AABAuAAATLgAAAJASAG0uAADALgAAxi4AABgvAAAfLwAAcC8AAHgvAADILwAAyy8AACAwAAApMAAAeDAAAHkwAADQMAAA0TAAACgxAAA5MQAAgDEAAI4xAADYMQAA5DEAADAyAAA3MgAAWJASAI4yAADgMgAA4jIAADgzAABOMwAAkDMAAJgzAADoMwAA6jMAAEA0AABJNAAAmDQAAKI0AADwNAAA+zQAAEg1AABUNQAAoDUAAK01AAD4NQAAAjYAAFA2AABeNgAAqDYAALc2AAAANwAAAjcAAFg3AABiNwAAsDcAAL43AAAIOAAADTgAAGA4AABtOAAAuDgAAMA4AAAQOQAAFjkAAGg5AAB0OQAAwDkAAN05AAAYOgAAIToAAHA6AAB+OgAAyDoAAM46AAAgOwAALDsAAHg7AAB7OwAA0DsAANg7AAAoPAAAOTwAAIA8AACOPAAA2DwAAPE8AAAwPQAAMT0AAIg9AAClPQAAsJASAOU9AAA4PgAAPj4AAJA+AACYPgAA6D4AAPE+AABAPwAAQz8AAJg/AACkPwAA8D8AAPY/AABgkRIAZEAAAKBAAACoQAAAuJESAPtAAABQQQAAYUEAAKhBAACwQQAAAEIAAA5CAABYQgAAW0IAALBCAAC4QgAACEMAABVDAABgQwAAZUMAALhDAADCQwAAEEQAABhEAABoRAAAdEQAAMBEAADNRAAAGEUAABpFAABwRQAAiUUAAMhFAADZRQAAIEYAACxGAAB4RgAAf0YAANBGAADYRgAAKEcAAC1HAACARwAAjUcAANhHAADgRwAAMEgAADpIAACISAAAk0gAAOBIAADsSAAAOEkAAEBJAAAQkhIAnEkAAOhJAADuSQAAQEoAAFtKAACYSgAApEoAAPBKAAD2SgAAaJISAE1LAABQcgIATksAABj8BQBPSwAAMJMIAFNLAACgSwAAVEsAAOjgAQBWSwAAwNcGAFxLAACYewIApksAADC6EQCsSwAA+EsAAP5LAACIBQQAAEwAAMCSEgBcTAAAqEwAAK5MAAAATQAAG00AAFhNAABkTQAAsE0AALZNAAAITgAAEE4AAGBOAABmTgAAuE4AAMROAAAQTwAALU8AAGhPAABxTwAAwE8AAMxPAAAYUAAAG1AAAHBQAAB6UAAAyFAAANRQAAAgUQAAJ1EAAHhRAACAUQAA0FEAANFRAAC4ZAAA01EAAChSAAA3UgAAgFIAAIZSAADYUgAA2lIAADBTAABGUwAAiFMAAKZTAADgUwAA+VMAADhUAAA6VAAAkFQAAJNUAADoVAAA9FQAAEBVAABHVQAAmFUAAKBVAADwVQAA8lUAAEhWAABRVgAAoFYAAKpWAAD4VgAAA1cAAFBXAABcVwAAqFcAALVXAAAAWAAAClgAAFhYAABmWAAAsFgAAL9YAAAIWQAAClkAAGBZAABqWQAAuFkAAMZZAAAQWgAAFVoAAGhaAAB1WgAAwFoAANVaAAAYWwAAIFsAAHBbAACJWwAAyFsAANFbAAAgXAAAKlwAAHhcAACAXAAA0FwAAN1cAAAoXQAALV0AAIBdAACIXQAA2F0AANldAAAwXgAAMl4AAIheAACLXgAA4F4AAONeAAAYkxIAPV8AAJBfAACWXwAA6F8AAO9fAABAYAAASGAAAJhgAACcYAAA8GAAAPJgAABIYQAAS2EAAKBhAACoYQAA+GEAAPlhAABQYgAAVmIAAKhiAACtYgAAAGMAABtjAABYYwAAZmMAALBjAAC3YwAACGQAABRkAABgZAAAZ2QAAHCTEgC6ZAAAEGUAABNlAABoZQAAa2UAAMiTEgDFZQAAGGYAAB5mAABwZgAAd2YAAMhmAADmZgAAIGcAADlnAAB4ZwAAemcAANBnAADTZwAAKGgAADRoAACAaAAAh2gAANhoAADgaAAAMGkAADJpAACIaQAAkWkAAOBpAADqaQAAOGoAAENqAACQagAAnGoAAOhqAAD1agAAQGsAAEprAACYawAApmsAAPBrAAD/awAASGwAAEpsAACgbAAAqmwAAPhsAAAGbQAAUG0AAFVtAACobQAAtW0AAABuAAAVbgAAWG4AAGBuAACwbgAAyW4AAAhvAAARbwAAYG8AAGpvAAC4bwAAwG8AABBwAAAdcAAAaHAAAG1wAADAcAAAyHAAABhxAAAZcQAAcHEAAHJxAADIcQAAy3EAACByAAAjcgAAIJQSAH1yAADQcgAA1nIAAChzAAAvcwAAgHMAAIhzAADYcwAA3HMAADB0AAAydAAAiHQAAIt0AADgdAAA6HQAADh1AAA5dQAAkHUAAJZ1AADodQAA7XUAAEB2AABbdgAAmHYAAKZ2AADwdgAA93YAAEh3AABUdwAAoHcAAKd3AAB4lBIA+3cAAFB4AABheAAAqHgAALB4AACYtQEAxHgAAAB5AAAIeQAA0JQSAGd5AACweQAAtnkAAAh6AAAKegAAYHoAAHZ6AAC4egAA1noAABB7AAATewAAaHsAAHR7AADAewAAxnsAABh8AAAzfAAAcHwAAHx8AADIfAAAznwAACB9AAA+fQAAeH0AAIh9AADQfQAA3n0AACh+AAAufgAAgH4AAIN+AADYfgAA4n4AADB/AABOfwAAiH8AAJ5/AADgfwAA7H8AADiAAAA7gAAAkIAAAJOAAADogAAA6oAAAECBAABXgQAAmIEAAKSBAADwgQAADIIAAEiCAABQggAAKJUSALGCAAD4ggAABoMAAFCDAABcgwAAqIMAALWDAAAAhAAACoQAAFiEAABghAAAsIQAALGEAAAIhQAACoUAAGCFAABjhQAAuIUAALuFAACAlRIAFYYAAGiGAABuhgAAwIYAAMeGAAAYhwAAIIcAAHCHAACGhwAAyIcAANGHAAAgiAAAI4gAAHiIAACCiAAA0IgAANiIAAAoiQAAQYkAAICJAACMiQAA2IkAAOCJAADYlRIAOIoAAIiKAACLigAA4IoAAOqKAAA4iwAAPosAAJCLAACeiwAA6IsAAPWLAABAjAAAV4wAADCWEgCZjAAAeB4RAJuMAAAA2QEAnowAAPioAgCfjAAAEIQIAKCMAAAIIwcAoYwAAEDOAACijAAAMIQCAKWMAACAvBAApowAACAfDQCnjAAA8IwAAKmMAACITgkArowAAGBPBwCvjAAAQAcPAPqMAADARwoA/4wAAEiNAABUjQAAoI0AAKGNAACoVgQAo40AAPiNAAD7jQAAUI4AAFeOAACQqQEAWI4AAKiOAABojgAA4DoBAK+OAAAAjwAADI8AAFiPAABljwAAsI8AAL6PAAAIkAAAFJAAAGCQAABnkAAAuJAAAMCQAAAQkQAAIJEAAGiRAABtkQAAwJEAAMaRAAAYkgAAIJIAAHCSAAB5kgAAyJIAAMuSAAAgkwAALJMAAHiTAAB+kwAAiJYSAO+TAADglhIANZQAAICUAACClAAAeAwBAIOUAAC4zAIAh5QAAKgBAwCLlAAAmNMNAIyUAAAwFgIAjpQAABD5AgCPlAAAEM0NAJmUAADAoQIAoJQAANiUAADllAAAMJUAADWVAACIlQAAjJUAAOCVAADtlQAAOJYAAECWAACQlgAAQ5YAAJiiCwCXlgAA6JYAAJ+WAAAgAwQA6pYAAECXAABKlwAAmJcAAJqXAADwlwAACZgAAEiYAABKmAAAoJgAAKOYAAD4mAAABJkAAFCZAABYmQAAOJcSAK6ZAAAAmgAAsJkAAPjgFAC3mQAAsGQHALmZAACQuAcAu5kAAKhfAQDAmQAA6HoNAMSZAABIxg4ABpoAAFDxAAAYmgAAWJoAAFqaAACwmgAAZZoAAACwAABxmgAA4KAAAL+aAAAImwAAF5sAAGCbAABsmwAAuJsAALubAAAQnAAAE5wAAGicAACAnAAAwJwAAMecAAAYnQAAJJ0AAHCdAAB9nQAAyJ0AANadAAAgngAALJ4AAHieAAB/ngAA0J4AAOieAAAonwAANJ8AAICfAACGnwAA2J8AAN6fAAAwoAAANaAAAIigAACOoAAA6JcSAOKgAAA4oQAAP6EAAJChAACooQAA6KEAAO+hAABAogAAWaIAAJiiAACwogAA8KIAAPyiAABIowAATqMAAKCjAACmowAA+KMAAP2jAABQpAAAVqQAAECYEgDBpAAAAKUAABGlAABYpQAAZqUAALClAAC/pQAACKYAABCmAABgpgAAgKYAALimAADEpgAAEKcAACSnAABopwAAcKcAAMCnAADGpwAAGKgAACSoAABwqAAAeqgAAMioAADOqAAAIKkAAC6pAAB4qQAAhKkAANCpAADrqQAAKKoAACqqAACAqgAAkaoAANiqAADgqgAAMKsAAD6rAACIqwAAi6sAAOCrAADoqwAAOKwAAEWsAACQrAAAlawAAOisAADyrAAAQK0AAEitAACYrQAAmq0AAPCtAAABrgAASK4AAFmuAACgrgAApa4AAPiuAAD8rgAAUK8AAFyvAACorwAAr68AAJiYEgAFsAAAWLAAAGKwAACwsAAAyLAAAAixAAALsQAAYLEAAGmxAAC4sQAAubEAABCyAAARsgAAaLIAAG2yAADAsgAAxrIAABizAAAiswAAcLMAAHyzAADIswAAz7MAACC0AAA4tAAAeLQAAHq0AADQtAAA2bQAACi1AAAytQAAgLUAAIu1AADYtQAA8LUAADC2AABGtgAAiLYAAI22AADgtgAA57YAADi3AABEtwAA8JgSAJK3AAAQBAMAlbcAAJiUAQCZtwAAqDcHAJu3AADwAwkAobcAAOi3AADqtwAASLMCAPa3AABAuAAATLgAAJi4AABPuAAAgIQJAKW4AADwuAAA+rgAAEi5AABJuQAAaDoSAFC5AACguQAAp7kAAPi5AAC7uQAAOL8BAP25AABQugAAXLoAAKi6AACrugAAALsAAAi7AABYuwAAZbsAALC7AAC1uwAACLwAABK8AABgvAAAaLwAALi8AAC7vAAAEL0AABm9AABovQAAab0AAMC9AADBvQAAGL4AAB2+AABwvgAAdr4AAMi+AADSvgAAIL8AACi/AAB4vwAAer8AANC/AADZvwAAKMAAADLAAACAwAAAi8AAANjAAADkwAAAMMEAAD3BAACIwQAAksEAAODBAADuwQAAOMIAAEfCAACQwgAAksIAAOjCAADywgAAQMMAAE7DAACYwwAAncMAAPDDAAD9wwAASMQAAFDEAACgxAAAocQAAPjEAAD+xAAAUMUAAFXFAACoxQAAssUAAADGAAAFxgAAWMYAAGfGAACwxgAAtcYAAAjHAAAZxwAAYMcAAGjHAAC4xwAAvscAABDIAAAcyAAAaMgAAIXIAADAyAAAycgAABjJAAAkyQAAcMkAAHPJAADIyQAA0skAACDKAAAsygAAeMoAAH/KAADQygAA2MoAACjLAABBywAAgMsAAJTLAADYywAA4MsAADDMAAAzzAAAiMwAAJTMAADgzAAA5swAADjNAABTzQAAkM0AAJzNAADozQAA7s0AAEiZEgBKzgAAmM4AAKPOAADwzgAA+M4AACjhAAD8zgAASM8AAFXPAACgzwAAqs8AAPjPAAAG0AAAUNAAAF/QAACo0AAAqtAAAADRAAAK0QAAWNEAAGbRAACw0QAAtdEAAAjSAAAV0gAAYNIAAGjSAAC40gAAcNIAAFCLAQC50gAAENMAALzSAADAeAEAyNIAANCxAQAh0wAAaNMAAHHTAADA0wAA19MAABjUAAAm1AAAcNQAAH3UAADI1AAA0NQAACDVAAA/1QAAoJkSAIHVAADQ1QAA2tUAACjWAAAz1gAA+JkSAILWAADY1gAA4dYAADDXAAA61wAAiNcAAJPXAADg1wAA7NcAADjYAABF2AAAkNgAAJrYAADo2AAA9tgAAEDZAABP2QAAmNkAAJrZAADw2QAA+tkAAEjaAABW2gAAoNoAAKXaAAD42gAABdsAAFDbAABY2wAAqNsAAK7bAAAA3AAADNwAAFjcAAB13AAAsNwAALncAAAI3QAAFt0AAGDdAABm3QAAuN0AAMTdAAAQ3gAAF94AAFCaEgBq3gAAWF0CAG7eAADA3gAAxd4AABjfAADO3gAAwGEFACXfAABw3wAAh98AAMjfAADJ3wAAIOAAACLgAAB44AAAe+AAANDgAADT4AAAqJoSAEnhAACA4QAAgeEAANjhAADa4QAAMOIAADPiAACI4gAAi+IAAACbEgDl4gAAOOMAAD7jAACQ4wAAl+MAAOjjAAAK5AAAQOQAAEjkAACY5AAAp+QAAPDkAADy5AAASOUAAFnlAACg5QAAseUAAPjlAAAE5gAAUOYAAFfmAACo5gAAsOYAAADnAAAE5wAAWOcAAGbnAACw5wAAuucAAAjoAAAT6AAAYOgAAGXoAAC46AAAwegAABDpAAAa6QAAaOkAAHDpAADA6QAAwukAABjqAAAl6gAAcOoAAITqAADI6gAA0OoAACDrAAAh6wAAeOsAAHrrAADQ6wAA0+sAACjsAAAr7AAAWJsSAIXsAADY7AAA3uwAADDtAAA37QAAiO0AAJDtAADg7QAA7+0AADjuAAA97gAAkO4AAJ3uAADo7gAA+O4AAEDvAABO7wAAmO8AAK/vAADw7wAA+e8AAEjwAABO8AAAoPAAAKzwAAD48AAA//AAALCbEgBV8QAA8CsDAFjxAACo8QAAXfEAAGjLCgC38QAAAPIAABHyAABY8gAAZvIAALDyAAC88gAACPMAABXzAABg8wAAavMAALjzAADA8wAAEPQAABP0AABo9AAAdPQAAMD0AADN9AAAGPUAACL1AABw9QAAePUAAMj1AADK9QAAIPYAACn2AAB49gAAgvYAAND2AADb9gAAKPcAAD33AACA9wAAiPcAANj3AADx9wAAMPgAADn4AACI+AAAkvgAAOD4AADo+AAAOPkAAEX5AACQ+QAAlfkAAOj5AADw+QAAQPoAAEH6AACY+gAAmvoAAPD6AADz+gAASPsAAEv7AAAInBIApfsAAPj7AAD++wAAUPwAAFf8AACo/AAAsPwAAAD9AAAO/QAAWP0AAFv9AACw/QAAuP0AAAj+AAAL/gAAYP4AAGz+AAC4/gAAwv4AAGCcEgAR/wAAILMPABL/AABo/wAAE/8AANjxDQAa/wAAiLUPABv/AAD4ywUAH/8AALhIAgAg/wAAMHkNADT/AADYKwIAcf8AAMD/AADK/wAAGAABACMAAQBwAAEAfAABAMgAAQDVAAEAIAEBACoBAQB4AQEAhgEBANABAQDfAQEAKAIBACoCAQCAAgEAigIBANgCAQDmAgEAMAMBADUDAQCIAwEAlQMBAOADAQDwAwEAOAQBADoEAQCQBAEAngQBAOgEAQD5BAEAuJwSAEcFAQAQnRIAoAUBAGidEgD5BQEASAYBAFIGAQCgBgEAqwYBAPgGAQAEBwEAUAcBAF0HAQCoBwEAsgcBAAAIAQAOCAEAWAgBAGcIAQCwCAEAsggBAAgJAQASCQEAYAkBAG4JAQC4CQEAvQkBABAKAQAdCgEAaAoBAHAKAQDACgEA0AoBABgLAQAaCwEAcAsBAH4LAQDICwEA2QsBAMCdEgAnDAEAGJ4SAJEMAQDQDAEA4QwBACgNAQA0DQEAgA0BAIgNAQBwnhIA3Q0BADAOAQA4DgEAiA4BAIoOAQDgDgEAjQ4BAGBiCACXDgEAgLwFAOkOAQA4DwEA7w4BAIgcCwBCDwEAkA8BAJsPAQDoDwEA9A8BAEAQAQBNEAEAmBABAKIQAQDwEAEA/hABAEgRAQBXEQEAoBEBAKIRAQD4EQEAAhIBAFASAQBcEgEAqBIBALASAQDInhIAAxMBAFgTAQBmEwEAsBMBAL0TAQAIFAEAHxQBAGAUAQBoFAEAuBQBAM4UAQAQFQEAHBUBAGgVAQB3FQEAwBUBAMsVAQAYFgEAGhYBAHAWAQB9FgEAyBYBANYWAQAgFwEAIxcBAHgXAQCOFwEA0BcBANgXAQAoGAEAOhgBACCfEgCIGAEAOOIEAIoYAQAY8RAAjRgBAPiEDgCPGAEA2BgBAN0YAQAwGQEANxkBAIgZAQCUGQEA4BkBAO0ZAQA4GgEAOhoBAJAaAQCmGgEA6BoBAPQaAQBAGwEAXxsBAJgbAQC0GwEA8BsBAPgbAQB4nxIAShwBAKAcAQCpHAEA+BwBAAIdAQBQHQEAWx0BAKgdAQC0HQEAAB4BAA0eAQBYHgEAYh4BALAeAQC+HgEACB8BABcfAQBgHwEAYh8BALgfAQDCHwEAECABAB4gAQBoIAEAbSABAMAgAQDNIAEAGCEBACghAQBwIQEAciEBAMghAQDWIQEAICIBADEiAQDQnxIAfyIBACigEgDSIgEAAFEGANUiAQAoIwEA2SIBAMj9AQDcIgEASLcIAN4iAQCgwQEA5CIBAIjeBQAvIwEASGkMADUjAQCAIwEAlyMBANgjAQDdIwEAMCQBADMkAQCIJAEAOiQBANAQBwBMJAEA0BsHAI0kAQD4FQcAlCQBAOAkAQDmJAEAmDEBAO8kAQA4JQEAQSUBAJAlAQCWJQEA6CUBAPYlAQBAJgEASiYBAJgmAQCsJgEA8CYBAPwmAQBIJwEAWycBAKAnAQCvJwEA+CcBAAQoAQBQKAEAUSgBAKgoAQCyKAEAACkBAA4pAQBYKQEAXSkBALApAQC9KQEA2KASABsqAQBgKgEAbyoBALgqAQDEKgEAECsBABErAQBoKwEAcisBAMArAQDOKwEAGCwBAB0sAQBwLAEAfSwBAOChEgDKLAEAIC0BACktAQB4LQEAgi0BANAtAQDbLQEAKC4BADQuAQCALgEAjS4BANguAQDiLgEAMC8BAD4vAQCILwEAly8BAOAvAQDiLwEAODABAEIwAQCQMAEAnjABAOgwAQD1MAEAQDEBAFcxAQA4ohIAszEBAPAxAQD8MQEASDIBAE4yAQCgMgEArDIBAPgyAQD+MgEAUDMBAFYzAQCoMwEArTMBAAA0AQAGNAEAkKISAGE0AQCwNAEAujQBAAg1AQATNQEAYDUBAGw1AQC4NQEAxTUBABA2AQAaNgEAaDYBAHY2AQDANgEAzzYBABg3AQAaNwEAcDcBAHo3AQDINwEA1jcBACA4AQAlOAEAeDgBAIU4AQDQOAEA2DgBACg5AQA4OQEAgDkBAII5AQDYOQEA5jkBADA6AQBBOgEAmKMSAI86AQDwoxIA5joBADg7AQBEOwEAkDsBAKA7AQDoOwEA8TsBAEA8AQBDPAEAmDwBAKQ8AQDwPAEA9zwBAEg9AQBQPQEAoD0BAL49AQD4PQEAAD4BAFA+AQBhPgEAqD4BAK0+AQAAPwEAFz8BAFg/AQBmPwEAsD8BAL0/AQAIQAEAEEABAGBAAQBkQAEAuEABALpAAQAQQQEAE0EBAGhBAQBwQQEAwEEBAMZBAQAYQgEAJEIBAHBCAQCAQgEAyEIBANFCAQAgQwEAI0MBAHhDAQCEQwEA0EMBANdDAQBIpBIAMUQBAIBEAQCDRAEA2EQBAOZEAQAwRQEAPUUBAIhFAQCfRQEA4EUBAOhFAQA4RgEAOkYBAJBGAQCZRgEA6EYBAPJGAQBARwEAS0cBAJhHAQCkRwEA8EcBAP1HAQBISAEAUkgBAKBIAQCuSAEA+EgBAAdJAQBQSQEAUkkBAKhJAQCySQEAAEoBAA5KAQBYSgEAXUoBALBKAQC9SgEACEsBABBLAQBgSwEAdksBALhLAQDESwEAEEwBAB9MAQBoTAEAc0wBAMBMAQDCTAEAGE0BACVNAQBwTQEAfk0BAMhNAQDLTQEAIE4BADZOAQCgpBIAgE4BALhTAgCGTgEAkMcCAJBOAQDQTgEA0k4BAChPAQA5TwEAgE8BAJFPAQDYTwEA3U8BADBQAQA0UAEAiFABAJRQAQDgUAEA51ABADhRAQBAUQEAkFEBAK5RAQDoUQEA8FEBAPikEgBFUgEAmFIBAJlSAQDYyg8Ap1IBAIASDgCxUgEA8FIBAPJSAQBIUwEAYVMBAKBTAQCxUwEA+FMBAARUAQBQVAEAUlQBAKhUAQCxVAEAAFUBALdUAQDYWgEAClUBAFhVAQBjVQEAsFUBALxVAQAIVgEAFVYBAGBWAQBqVgEAuFYBAMZWAQAQVwEAH1cBAGhXAQBqVwEAwFcBAMpXAQAYWAEAJlgBAHBYAQB1WAEAyFgBANVYAQAgWQEALFkBAHhZAQB+WQEA0FkBANZZAQAoWgEALVoBAIBaAQCGWgEAUKUSAOdaAQAwWwEAPFsBAIhbAQCLWwEA4FsBAONbAQA4XAEAP1wBAJBcAQCcXAEA6FwBAPVcAQBAXQEATl0BAJhdAQCkXQEA8F0BAPddAQCopRIATl4BAKBeAQCmXgEA+F4BAP1eAQBQXwEAVl8BAACmEgCpXwEAYD0CALJfAQDoLQ0AtF8BALh7EgC2XwEAmBUOALdfAQAAYAEADGABAFhgAQBZYAEAsGABAGRgAQDAJQ4AumABAAhhAQAWYQEAYGEBAGVhAQC4YQEAxWEBAFimEgASYgEAMNwNAB5iAQAgzw0AM2IBALCmEgCOYgEAwGIBAOdiAQAYYwEAPGMBAHBjAQB4YwEACKcSANRjAQAgZAEAImQBAHhkAQB7ZAEA0GQBANVkAQAoZQEANWUBAIBlAQCcZQEA2GUBAOBlAQBgpxIAOWYBAIhmAQA9ZgEA2HABAItmAQDgZgEA7GYBADhnAQA+ZwEAkGcBAJ1nAQDoZwEA6mcBAEBoAQBWaAEAmGgBAKRoAQDwaAEA+GgBALinEgBOaQEAoGkBAKhpAQD4aQEA+WkBAFBqAQBSagEAqGoBAKtqAQAAawEAA2sBABCoEgBdawEAsGsBALZrAQAIbAEAD2wBAGBsAQBobAEAuGwBAMVsAQAQbQEAFW0BAGhtAQBybQEAwG0BAMhtAQAYbgEAGm4BAHBuAQCBbgEAyG4BANluAQAgbwEAJW8BAHhvAQB8bwEA0G8BANxvAQAocAEAL3ABAIBwAQCScAEAaKgSAN1wAQAwcQEAOHEBAIhxAQCKcQEA4HEBAO9xAQA4cgEAR3IBAJByAQCccgEA6HIBAOtyAQBAcwEAQ3MBAJhzAQCgcwEA8HMBAPpzAQBIdAEATXQBAKB0AQCodAEA+HQBAAJ1AQBQdQEAW3UBAKh1AQC2dQEAAHYBAAN2AQBYdgEAYHYBALB2AQDLdgEACHcBABN3AQBgdwEAZXcBALh3AQC7dwEAEHgBABp4AQBoeAEAengBAMCoEgDOeAEAGHkBACJ5AQBweQEAe3kBAMh5AQDQeQEAIHoBACZ6AQB4egEAenoBANB6AQDpegEAKHsBAEF7AQCAewEAjnsBANh7AQDiewEAMHwBAEZ8AQCIfAEApXwBAOB8AQDofAEAOH0BAEh9AQCQfQEAkn0BAOh9AQD2fQEAQH4BAFF+AQAYqRIAn34BAHCpEgDxfgEASH8BAFl/AQCgfwEArH8BAPh/AQD6fwEAUIABAFOAAQCogAEAtIABAACBAQAIgQEAIKoSAGOBAQCwgQEAvIEBAAiCAQAXggEAYIIBAICCAQC4ggEAwIIBABCDAQAkgwEAaIMBAG2DAQDAgwEAyYMBABiEAQAehAEAcIQBAHiEAQDIhAEA14QBACCFAQAlhQEAeIUBAIWFAQDQhQEA3YUBACiGAQA0hgEAgIYBAI+GAQDYhgEA4oYBADCHAQA+hwEAiIcBAI2HAQDghwEA7YcBADiIAQBAiAEAkIgBAJOIAQDoiAEA9IgBAECJAQBKiQEAmIkBAKKJAQDwiQEA/okBAEiKAQBVigEAoIoBALeKAQD4igEA+4oBAHiqEgBSiwEAqIsBALaLAQAAjAEAEYwBANCqEgBfjAEAKKsSAM+MAQAIjQEAGI0BAGCNAQBijQEAuI0BAMaNAQAQjgEAIY4BAICrEgBvjgEA2KsSAMWOAQAYjwEAII8BAHCPAQByjwEAyI8BANGPAQAgkAEAKpABAHiQAQCDkAEA0JABANyQAQAokQEANZEBAICRAQCKkQEA2JEBAOaRAQAwkgEAP5IBAIiSAQCKkgEA4JIBAOqSAQA4kwEARJMBAJCTAQCYkwEAiKwSAO2TAQBAlAEASJQBAOCsEgCflAEA8JQBAKGUAQC4QgQApZQBAHDRAQCplAEAgFEPAK6UAQBQ+QEAs5QBAICLAwD8lAEASJUBAFCVAQCwMhQAZJUBAAgFEQBwlQEAoJUBAMaVAQD4lQEAIZYBAFCWAQB2lgEAqJYBAM6WAQAAlwEACJcBAFiXAQCClwEAsJcBAMmXAQAImAEACpgBAGCYAQBnmAEAuJgBAMCYAQAQmQEAH5kBAGiZAQBumQEAwJkBAMyZAQAYmgEAH5oBAHCaAQB8mgEAyJoBANWaAQAgmwEAKpsBAHibAQCGmwEA0JsBANKbAQAonAEAOZwBAICcAQCDnAEA2JwBAAOdAQA4rRIAM50BAEBqBAA6nQEAAL8GAD2dAQCInQEAQJ0BAJhXDgBBnQEAqNUCAEadAQBoxwQAj50BANiZAgCSnQEAQNsDAJedAQBwpBAAo50BAOCdAQDinQEAOJ4BAEmeAQCQngEAnp4BAOieAQDvngEAQJ8BAEKfAQCYnwEARZ8BAHC4AgBInwEAeLwBAKefAQDwnwEA/58BAEigAQBUoAEAoKABAKOgAQD4oAEA+6ABAFChAQBwoQEAqKEBALShAQAAogEAFKIBAFiiAQBmogEAsKIBALeiAQCQrRIAHqMBAEiEAwAfowEAYKMBAGKjAQDIrQ0AY6MBAMCsDQBtowEAuKMBALqjAQAQpAEAGqQBAGikAQAhpAEAkLENAHGkAQDApAEAxqQBABilAQAkpQEAcKUBAHelAQDIpQEAzaUBACCmAQAspgEAeKYBAHumAQDQpgEA3aYBACinAQAtpwEAgKcBAIqnAQDYpwEA7qcBADCoAQAyqAEAiKgBAJKoAQDgqAEA76gBADipAQBDqQEA6K0SAJypAQDoqQEA9akBAECqAQBOqgEAmKoBAKSqAQDwqgEA96oBAECuEgBNqwEAoKsBAFSrAQCoKg8AVqsBAOjMBACiqwEA0CQEAKWrAQBQ0AsAr6sBABAgDAC3qwEA+KsBAAasAQBQrAEAXawBAKisAQCwrAEAAK0BAAqtAQCQXQgAEK0BAFitAQBarQEAsK0BAL6tAQAIrgEAGa4BAJiuEgBnrgEA8K4SAL2uAQAQrwEAFq8BAGivAQBwrwEAwK8BAMmvAQAYsAEAG7ABAHCwAQB8sAEAyLABAM6wAQAgsQEAKLEBAHixAQCXsQEAoK8SANKxAQAosgEANrIBAICyAQCRsgEA+K8SAN+yAQBQsBIANbMBAIizAQCOswEA4LMBAOizAQA4tAEAQbQBAJC0AQCTtAEA6LQBAPS0AQBAtQEARrUBAACxEgCatQEA8LUBAPm1AQBItgEAUrYBAKC2AQCrtgEA+LYBAAS3AQBQtwEAXbcBAKi3AQCytwEAALgBAA64AQBYuAEAZ7gBALC4AQCyuAEACLkBABK5AQBguQEAbrkBALi5AQC9uQEAELoBAB26AQBougEAcLoBAMC6AQDQugEAGLsBABq7AQBwuwEAfrsBAMi7AQDZuwEAWLESACe8AQCwsRIAgbwBANC8AQDTvAEAKL0BADS9AQCAvQEAhr0BANi9AQDlvQEAML4BADK+AQCIvgEAnr4BAOC+AQDsvgEACLISAES/AQCQvwEAlr8BAOi/AQDrvwEAQMABAE7AAQCYwAEAncABAPDAAQD9wAEASMEBAFDBAQBgshIArcEBAPjBAQAGwgEAUMIBAFrCAQDI3AEAZsIBAKjCAQCxwgEAAMMBABbDAQBYwwEAYMMBALDDAQCzwwEACMQBABHEAQBgxAEAYcQBALjEAQC5xAEAEMUBABXFAQBoxQEAbsUBAMDFAQDKxQEAGMYBACTGAQBwxgEAd8YBAMjGAQDQxgEAIMcBACLHAQB4xwEAeccBANDHAQDexwEAKMgBADDIAQCAyAEAm8gBANjIAQDkyAEAMMkBADbJAQCIyQEAi8kBAODJAQDuyQEAOMoBAD3KAQCQygEAncoBAOjKAQDwygEAQMsBAE7LAQCYywEAm8sBALiyEgDzywEASMwBAPTLAQCgpgoA/MsBAMiVCgD+ywEASGgQAAPMAQColRAAS8wBAKDMAQCxzAEA+MwBABTNAQBQzQEAWM0BABCzEgC5zQEAAM4BAAjOAQBYzgEAXs4BALDOAQC1zgEACM8BABHPAQBgzwEAas8BALjPAQDGzwEAENABAB3QAQBo0AEAdNABAMDQAQDD0AEAGNEBADTRAQBosxIAc9EBADhpDwB60QEA4DYRAHzRAQCwvgoAfdEBAMjRAQB/0QEAsOwCANTRAQAg0gEAI9IBACjDCgAv0gEAeNIBADPSAQBQsgoAgtIBANDSAQDY0gEAONUBANzSAQAgNBEA3tIBACjTAQDs0gEAUJQJAC3TAQCQPQQANdMBAIDTAQCX0wEA2NMBAODTAQAw1AEAOtQBAIjUAQCN1AEA4NQBAOjUAQDAsxIAQtUBAJDVAQBE1QEASOsJAEfVAQBQxAQAldUBAOjVAQDw1QEAGLQSAELWAQC4dAIAQ9YBANB3DQBF1gEAUCMKAEnWAQDwywwATNYBAJjWAQBO1gEAqKsQAJrWAQBQZgYAn9YBAPDWAQCn1gEASL4CAKjWAQAAfgIA/tYBAEjXAQBL1wEAoNcBAKjXAQD41wEArNcBAAiqBgCv1wEAqHwGALzXAQB4dgYA/dcBAFDYAQAH2AEAgM8GAF3YAQCo2AEAsNgBAHC0EgAD2QEAWNkBABTZAQBYrwQAZNkBALDZAQC22QEACNoBABLaAQDItBIAZdoBALjaAQDF2gEAENsBABjbAQCAwRIAHNsBAGjbAQAg2wEAAO8BACzbAQCAwg4AbtsBAMDbAQDG2wEAGNwBAB3cAQBw3AEAdtwBACC1EgDU3AEAIN0BACPdAQB43QEAgt0BANDdAQDs3QEAKN4BAETeAQB4tRIAg94BANjeAQDb3gEAMN8BADzfAQCI3wEAjt8BAODfAQDq3wEA0LUSAD3gAQCQ4AEAneABACi2EgDq4AEAyFoPAOvgAQBA4QEA7uABANi6DQD+4AEAmLgLAErhAQCY4QEAm+EBAKhADwCg4QEAaL4SALThAQDw4QEADOIBAIC2EgBV4gEAoOIBAK7iAQD44gEAAuMBAFDjAQBs4wEAqOMBAMTjAQDYthIAA+QBAFjkAQBb5AEAsOQBALzkAQAI5QEADuUBAGDlAQBq5QEAMLcSAL3lAQAQ5gEAHeYBAGjmAQB45gEAwOYBAMLmAQAY5wEAJucBAHDnAQCB5wEAiLcSAM/nAQDgtxIAJugBAHjoAQB+6AEA0OgBANXoAQAo6QEALukBADi4EgCK6QEA0K4NAI7pAQDY6QEA6ekBAJC4EgA36gEA6LgSAJDqAQBAuRIA7uoBADjrAQA/6wEAkOsBAJjrAQDo6wEA9esBAEDsAQBF7AEAmOwBAKLsAQDw7AEA+OwBAEjtAQBO7QEAoO0BAKLtAQD47QEABu4BAFDuAQBT7gEAqO4BALTuAQCYuRIAAu8BAFjvAQBm7wEAsO8BAMHvAQDwuRIAD/ABAEi6EgBm8AEAuPABAL7wAQAQ8QEAFfEBAGjxAQBu8QEAoLoSAMLxAQAY8gEAyfEBAMg2EADM8QEAwIoGADPyAQBw8gEAcvIBAMjyAQDi8gEAIPMBAC3zAQAIMAoAMfMBAHjzAQB68wEA0PMBAN3zAQAo9AEAP/QBAID0AQCa9AEA2PQBANr0AQAw9QEA3vQBAEDmDgAz9QEAiPUBAIv1AQDg9QEA7PUBADj2AQA+9gEAkPYBAJr2AQD4uhIA7fYBAED3AQBN9wEAmPcBAKT3AQDw9wEA9vcBAEj4AQBO+AEAoPgBAKX4AQD4+AEA/vgBAFC7EgBR+QEAqPkBAGb5AQDoqAUAqvkBAAD6AQC2+QEAoDcDAAb6AQBY+gEAZvoBALD6AQCz+gEACPsBAA37AQBg+wEAbfsBALj7AQDI+wEAEPwBABL8AQBo/AEAdvwBAMD8AQDR/AEAqLsSAB79AQBw/QEAfP0BAAC8EgDZ/QEAIP4BACr+AQB4/gEAhv4BAND+AQDR/gEAKP8BADn/AQCA/wEAjP8BANj/AQDo/wEAMAACADIAAgCIAAIAlgACAOAAAgDxAAIAWLwSAD4BAgCQAQIAnAECALC8EgDuAQIAQAICAEYCAgCYAgIAnQICAPACAgD2AgIAYL0SAFADAgCgAwIAqgMCANiFEAC5AwIA+AMCAAEEAgBQBAIAWgQCAKgEAgCwBAIAAAUCAAQFAgBYBQIAWgUCALAFAgCzBQIACAYCACQGAgC4vRIAYgYCALgGAgDFBgIAEAcCAB0HAgBoBwIAdAcCAMAHAgDHBwIAGAgCACAIAgBwCAIAgAgCAMgIAgDNCAIAIAkCACYJAgB4CQIAgAkCABC+EgDeCQIAKAoCADUKAgCACgIAOQoCAKiNDwCOCgIA2AoCANsKAgAwCwIAOwsCAIgLAgCUCwIA4AsCAOcLAgA4DAIAQAwCAJAMAgCUDAIA6AwCAPYMAgBADQIASg0CAJgNAgCjDQIA8A0CAPUNAgBIDgIAUQ4CAKAOAgCqDgIA+A4CAAAPAgBQDwIAVg8CAKgPAgCxDwIAABACAA0QAgBYEAIAZRACALAQAgC+EAIACBECABURAgBgEQIAdxECALgRAgDAEQIAEBICABISAgBoEgIAdRICAMASAgDUEgIAGBMCACATAgBwEwIAchMCAMgTAgDLEwIAIBQCACMUAgB4FAIAhBQCANAUAgDWFAIAKBUCADIVAgDAvhIAhRUCANgVAgDlFQIAGL8SAEMWAgCIFgIAiRYCAOAWAgDsFgIAOBcCAEcXAgCQFwIAmhcCAOgXAgD0FwIAQBgCAEcYAgDIvxIAnhgCAIhKDgCrGAIA8BgCAP8YAgBIGQIAVBkCAKAZAgChGQIA+BkCAAIaAgBQGgIAXhoCAKgaAgCtGgIAABsCAA0bAgB4wBIAYBsCALAbAgC8GwIACBwCABscAgBgHAIAYRwCALgcAgDEHAIAEB0CAB8dAgBoHQIAch0CAMAdAgDMHQIAGB4CAB8eAgDQwBIAgR4CAMgeAgDUHgIAIB8CADAfAgB4HwIAgh8CANAfAgDYHwIAKCACAFAgAgCAIAIAViACAFAlAgCoIAIA2CACAOAgAgAwIQIANiECAIghAgCWIQIA4CECAPchAgA4IgIAQyICAJAiAgCaIgIA6CICABUjAgBAIwIASCMCAJgjAgCoIwIA8CMCAPIjAgBIJAIAViQCAKAkAgCxJAIA2MESAP8kAgAwwhIAeCUCAKglAgCwJQIAACYCAAYmAgBYJgIAZiYCALAmAgDHJgIACCcCABMnAgBgJwIAaicCALgnAgDlJwIAECgCABgoAgBoKAIAeCgCAMAoAgDCKAIAGCkCACYpAgBwKQIAgSkCAIjCEgDPKQIA4MISACIqAgB4KgIAhioCANAqAgDhKgIAOMMSAC8rAgCQwxIAiCsCAOjDEgDgKwIAQMQSAPQrAgBoKwwAMiwCAIgsAgCWLAIA4CwCAPEsAgCYxBIAPi0CAJAtAgCcLQIA8MQSAPEtAgBALgIA+S0CAEjWEABNLgIAmC4CAKYuAgDwLgIA+i4CAEgvAgBiLwIAoC8CAKMvAgD4LwIA/y8CAFAwAgBwMAIAqDACAMIwAgBIxRIADTECAFgxAgARMQIAwIsCABYxAgCA5gIAZjECALAxAgC6MQIACDICACIyAgBgMgIAcDICALgyAgC+MgIAEDMCABIzAgBoMwIAfjMCAMAzAgDMMwIAGDQCABw0AgBwNAIAdTQCAMg0AgDONAIAIDUCAEA1AgB4NQIAkjUCANA1AgDSNQIAKDYCACs2AgCANgIAgzYCANg2AgDkNgIAMDcCADY3AgCINwIAkjcCAKDFEgDlNwIAODgCAEU4AgCQOAIAnDgCAOg4AgD7OAIAQDkCAE85AgCYOQIApDkCAPA5AgDxOQIASDoCAFI6AgCgOgIArjoCAPg6AgD9OgIAUDsCAF07AgD4xRIAqTsCAECqDACqOwIAaO4NAKs7AgBQdggArDsCAIBiAgCtOwIAUMEQAK47AgA4YgoArzsCAJjeDQCyOwIAkF4PALM7AgDA4w0AtDsCALgJDAC1OwIAyBMNALY7AgBA1gwAtzsCAGhIBgC4OwIAADwCALs7AgDI2xAAwDsCALBTFADBOwIA6KURAMI7AgB4CxAAxDsCAHi4EQDLOwIAKIQUANA7AgDYFxAA7TsCALBiDwDzOwIAmHEUAAI8AgBYPAIAETwCAHDTDwBmPAIAsDwCAME8AgBQxhIADz0CAKjGEgBsPQIAuD0CAMc9AgAQPgIAGj4CAGg+AgB0PgIAwD4CAIs+AgCYwg8Axz4CAFjHEgAaPwIAcD8CAIE/AgDIPwIA0T8CACBAAgAsQAIAeEACAHtAAgDQQAIA2EACAChBAgAyQQIAgEECAIVBAgDYQQIA4EECADBCAgBJQgIAiEICAJRCAgDgQgIA6EICAAjIEgBAQwIAYMgSAJNDAgDoQwIA60MCAEBEAgBMRAIAmEQCAJ5EAgDwRAIA+kQCALjIEgBNRQIAoEUCAK1FAgAQyRIA/kUCAFBGAgBWRgIAqEYCAK1GAgAARwIABkcCAMDJEgBgRwIAGMoSALJHAgAgtAsAtUcCAAhIAgC8RwIAaHALABJIAgBgSAIAF0gCAKg8CQBoSAIAwFEOAHxIAgBwyhIAvUgCABBJAgAmSQIAaEkCAGlJAgDASQIAwkkCABhKAgAeSgIAcEoCAHxKAgDISgIAz0oCACBLAgAoSwIAeEsCAIFLAgDQSwIA00sCAChMAgA2TAIAgEwCAI1MAgDYTAIA70wCADBNAgA4TQIAiE0CAJRNAgCQTgIAsE0CAOBNAgAITgIAOE4CAFxOAgAgyxIArU4CAOhOAgDxTgIA8E8CAPlOAgBATwIAcE8CAJhPAgC8TwIAeMsSAPJPAgBIUAIAWVACAKBQAgDQUAIA+FACABxRAgDQyxIAVVECAGgiDwBWUQIAOFUHAFlRAgCoUQIAXFECAAAPEQCyUQIAAFICALVRAgB4XQcAtlECADiHEAAIUgIAWFICAFxSAgCwUgIAslICAAhTAgALUwIAYFMCAHxTAgAozBIAvVMCAHjEDQDCUwIAwDsOAMRTAgAQVAIAyFMCAHAADAAtVAIAaFQCAHFUAgDAVAIAwlQCABhVAgApVQIAgMwSAHVVAgDIVQIA0VUCACBWAgAxVgIAeFYCAH9WAgDQVgIA2FYCAChXAgDqVgIA4HkCADVXAgDYVwIAN1cCADhZAgBBVwIAgFcCAIxXAgDYzBIA3VcCADBYAgA6WAIAiFgCAJBYAgAwzRIA7FgCAIjNEgA9WQIAkFkCAJ1ZAgDoWQIA8lkCAEBaAgBCWgIAmFoCAKZaAgDwWgIA/VoCAODNEgBNWwIAoFsCAK1bAgD4WwIAAlwCAFBcAgBSXAIAqFwCALZcAgAAXQIADV0CADjOEgBbXQIAuGAQAF5dAgAwJg8AZV0CALBdAgC6XQIAkM4SABBeAgBgXgIAGl4CAABwAwBiXgIA4KcQAG1eAgCwMAYAd14CALheAgB5XgIAgJYDAIZeAgCYcA0AvV4CABBfAgAaXwIAaF8CAHBfAgDozhIAwV8CAODeEADKXwIAGGACACRgAgBwYAIAc2ACAMhgAgDSYAIAIGECADphAgB4YQIAj2ECANBhAgDVYQIAKGICAERiAgBAzxIAgmICANhiAgDlYgIAMGMCADpjAgCYzxIAkmMCAOBjAgCZYwIAiOsIAOxjAgA4ZAIAO2QCAJBkAgCaZAIA6GQCAAJlAgBAZQIARmUCAJhlAgCaZQIA8GUCAP5lAgBIZgIAS2YCAKBmAgCsZgIA+GYCAPtmAgBQZwIAc2cCAPDPEgCqZwIAAGgCAA5oAgBYaAIAW2gCALBoAgC8aAIACGkCAAtpAgBI0BIAa2kCALhpAgC+aQIAEGoCABVqAgBoagIAbGoCAMBqAgDDagIAoNASABlrAgBIEw8AG2sCAEh7EQAeawIAcGsCACFrAgC4cxEAImsCAEBwAgAkawIAyF8RACZrAgDgVxEAJ2sCAKhmEQAoawIA6IQRAC9rAgDIww0AMmsCANjCDgB8awIAyGsCAPRrAgAgbAIALGwCAHhsAgCHbAIA0GwCANpsAgAobQIAK20CAIBtAgCabQIA2G0CAOJtAgAwbgIANW4CAIhuAgCSbgIA4G4CAOtuAgA4bwIAPm8CAJBvAgCVbwIA6G8CAOxvAgD40BIARXACAJhwAgBOcAIA4G0RAKJwAgDwcAIA+3ACAEhxAgBOcQIAoHECAKVxAgD4cQIA/HECAFDREgBVcgIA2B0DAFdyAgAwwA8AWHICAKhDDgBacgIAeJoQAGpyAgCocgIAsnICAABzAgALcwIAWHMCAF5zAgCwcwIAtXMCAAh0AgAMdAIAYHQCAIN0AgCo0RIAxXQCAJCmAgDGdAIAEHUCABN1AgBodQIAdHUCAMB1AgDYdQIAGHYCACR2AgBwdgIAdnYCAMh2AgDOdgIAIHcCACV3AgB4dwIAfncCAADSEgDadwIAKHgCADN4AgCAeAIAhngCANh4AgDdeAIAMHkCADR5AgCIeQIAi3kCAFjSEgDqeQIAOHoCAEN6AgCQegIAlnoCAOh6AgDtegIAQHsCAER7AgCw0hIAmXsCAPB7AgD8ewIASHwCAFR8AgCgfAIApnwCAPh8AgD+fAIAUH0CAFV9AgCofQIArn0CAAjTEgAMfgIAWH4CAF5+AgCwfgIAvH4CAAh/AgAVfwIAYH8CAG9/AgC4fwIAxH8CABCAAgAcgAIAaIACAG6AAgDAgAIAxoACABiBAgAdgQIAcIECAHaBAgBg0xIA0oECALBpCQDegQIAIIICAOGBAgDIaQoALIICAHiCAgCAggIAeL0TAISCAgDQggIA1oICACiDAgAugwIAgIMCAIWDAgDYgwIA3oMCALjTEgA4hAIAUFIUADqEAgCIhAIAjoQCAOCEAgCUhAIAUAwDAO6EAgA4hQIAUYUCAJCFAgCZhQIA6IUCAPKFAgBAhgIATIYCAJiGAgCkhgIA8IYCAPaGAgBIhwIATocCAKCHAgClhwIA+IcCAP6HAgAQ1BIAXIgCAKiIAgCyiAIAAIkCAAuJAgBYiQIAXYkCALCJAgC3iQIACIoCABSKAgBgigIAZooCALiKAgC+igIAEIsCABWLAgBoiwIAbosCAGjUEgDRiwIAGIwCABmMAgBwjAIAHowCAJiRAgB1jAIAyIwCANaMAgAgjQIALY0CAHiNAgCCjQIA0I0CANyNAgAojgIALo4CAICOAgCMjgIA2I4CAOuOAgAwjwIAP48CAIiPAgCUjwIA4I8CAOGPAgA4kAIAQpACAJCQAgCekAIA6JACAO2QAgBAkQIATZECAMDUEgCkkQIA8JECAACSAgBIkgIAVJICAKCSAgCmkgIA+JICAASTAgBQkwIAXZMCAKiTAgC3kwIAAJQCAAyUAgBYlAIAZJQCALCUAgDDlAIACJUCABeVAgBglQIAbJUCALiVAgC5lQIAEJYCABqWAgBolgIAdpYCAMCWAgDFlgIAGJcCACWXAgAY1RIAcpcCAHB9BwB8lwIAyJcCAH2XAgAQZQsAfpcCAPizDQDclwIAIJgCACyYAgB4mAIAOZgCAHjnEAB+mAIA0JgCANaYAgAomQIALZkCAICZAgCGmQIAcNUSAOSZAgAwmgIAPZoCAGgwAwBDmgIAiJoCAI2aAgDArAIAkJoCAOCiAwCUmgIA4JoCAOaaAgA4mwIAPpsCAJCbAgCVmwIA6JsCAO6bAgDI1RIATJwCAJicAgCenAIA8JwCAPWcAgBInQIAT50CAKCdAgCunQIA+J0CABOeAgBQngIAXp4CAKieAgCrngIAAJ8CAA6fAgBYnwIAXZ8CALCfAgC9nwIACKACABSgAgBgoAIAZqACALigAgC+oAIAEKECABWhAgBooQIAbqECACDWEgDFoQIAGKICACGiAgBwogIAfaICAMiiAgDPogIAIKMCADGjAgB4owIAfaMCANCjAgDfowIAKKQCACqkAgCApAIAkaQCANikAgDkpAIAMKUCADalAgCIpQIAjqUCAOClAgDlpQIAOKYCAD6mAgB41hIAp6YCAOimAgD0pgIAQKcCAEynAgCYpwIAnqcCAPCnAgD2pwIASKgCAE2oAgCgqAIApqgCANDWEgD+qAIAON0CAA+pAgBQqQIAWakCAKipAgC+qQIAAKoCAAyqAgBYqgIAZaoCALCqAgC6qgIACKsCABSrAgBgqwIAZqsCALirAgC+qwIAEKwCABWsAgBorAIAbqwCACjXEgDJrAIAGK0CACKtAgBwrQIAda0CAMitAgDYrQIAIK4CADmuAgB4rgIAfa4CANCuAgDZrgIAKK8CADWvAgCArwIAh68CANivAgDbrwIAMLACADywAgCIsAIAm7ACAOCwAgDvsAIAOLECAESxAgCQsQIAkbECAOixAgDysQIAQLICAE6yAgCYsgIAnbICAPCyAgD9sgIAgNcSAEuzAgCgswIAo7MCAPizAgAFtAIAaPwMAAe0AgBQtAIAUrQCAKi0AgCrtAIAALUCAAq1AgBYtQIAZLUCALC1AgDDtQIACLYCABe2AgBgtgIAbLYCALi2AgC5tgIAELcCABq3AgBotwIAdrcCAMC3AgDFtwIAGLgCACW4AgDY1xIAcbgCAMi4AgDUuAIAILkCACa5AgB4uQIAerkCANC5AgDauQIAKLoCADa6AgCAugIAhboCANi6AgDlugIAMLsCADy7AgCIuwIAm7sCAOC7AgDvuwIAOLwCAES8AgCQvAIAkbwCAOi8AgDyvAIAQL0CAE69AgCYvQIAnb0CAPC9AgD9vQIAMNgSAFG+AgCgvgIAVL4CAJBLDgCmvgIA+L4CAPu+AgBQvwIAXr8CAKi/AgCtvwIAAMACAA3AAgBYwAIAZMACALDAAgC2wAIACMECAA7BAgBgwQIAZcECALjBAgC+wQIAiNgSABLCAgBowgIAFcICAPDrEAAXwgIAGIYPAHfCAgDAwgIA4MICABjDAgAdwwIAcMMCAIvDAgDIwwIA1MMCACDEAgAmxAIAeMQCAIjEAgDQxAIA4cQCACjFAgAtxQIAgMUCAITFAgDYxQIA5MUCADDGAgA2xgIAiMYCAI7GAgDgxgIA5cYCADjHAgA+xwIA4NgSAJ/HAgBwrxAApscCAOjHAgDpxwIAQMgCAFHIAgCYyAIApMgCAPDIAgAGyQIASMkCAFTJAgCgyQIArckCAPjJAgACygIAUMoCAFzKAgCoygIAr8oCAADLAgAMywIAWMsCAF7LAgCwywIAtssCAAjMAgANzAIAYMwCAGbMAgA42RIAuswCAIgVEQDBzAIAEM0CABHNAgBozQIAac0CAMDNAgDFzQIAGM4CAB7OAgBwzgIAes4CAMjOAgDUzgIAIM8CACfPAgB4zwIAfc8CANDPAgDRzwIAKNACADTQAgCA0AIAhtACANjQAgDa0AIAMNECADrRAgCI0QIAltECAODRAgDl0QIAONICAEXSAgCQ0gIAnNICAOjSAgD70gIAQNMCAE/TAgCY0wIApNMCAPDTAgDx0wIASNQCAFLUAgCg1AIArtQCAPjUAgD91AIAUNUCAF3VAgCQ2RIAudUCAADWAgAM1gIAWNYCAG/WAgCw1gIAstYCAAjXAgAZ1wIAYNcCAGLXAgC41wIAvtcCABDYAgAn2AIAaNgCAHHYAgDA2AIA1tgCABjZAgAk2QIAcNkCAH3ZAgDI2QIA0tkCACDaAgAs2gIAeNoCAIvaAgDQ2gIA39oCACjbAgA02wIAgNsCAIHbAgDY2wIA4tsCADDcAgA+3AIAiNwCAI3cAgDg3AIA7dwCAOjZEgA63QIAkN0CAKTdAgDo3QIA9t0CAEDeAgBN3gIAmN4CAJ/eAgDw3gIA/N4CAEjfAgBb3wIAoN8CAKXfAgD43wIAAeACAFDgAgBa4AIAqOACAK3gAgAA4QIAEOECAFjhAgBx4QIAsOECALXhAgAI4gIAEeICAGDiAgBt4gIAuOICAL/iAgAQ4wIAE+MCAGjjAgB04wIAwOMCANPjAgAY5AIAJ+QCAHDkAgB85AIAyOQCAMnkAgAg5QIAKuUCAHjlAgCG5QIA0OUCANXlAgAo5gIANeYCAEDaEgCZ5gIA2OYCAOTmAgAw5wIANucCAIjnAgCQ5wIA0NEQAJjnAgDg5wIA5ecCADjoAgA+6AIAkOgCAKboAgDo6AIA6ugCAEDpAgBK6QIAmOkCAKTpAgDw6QIAA+oCAEjqAgBX6gIAoOoCAKzqAgD46gIA+eoCAFDrAgBa6wIAqOsCALbrAgAA7AIABewCAFjsAgBl7AIAmNoSALnsAgAI7QIADu0CAGDtAgBm7QIAuO0CAMTtAgAQ7gIAHe4CAGjuAgBy7gIAwO4CANbuAgAY7wIAHe8CAHDvAgB37wIAyO8CANbvAgAg8AIAMPACAHjwAgCG8AIA0PACAN/wAgAo8QIAKvECAIDxAgCK8QIA2PECAObxAgAw8gIANfICAIjyAgCV8gIA4PICAOzyAgA48wIAS/MCAJDzAgCf8wIA6PMCAPTzAgBA9AIAQfQCAJj0AgCi9AIA8PQCAP70AgBI9QIATfUCAKD1AgCt9QIA8NoSAPr1AgBQ9gIABPYCABi2CgBh9gIAqPYCALH2AgAA9wIADPcCAFj3AgBg9wIAGDUUAGT3AgCw9wIAtvcCAAj4AgAO+AIAYPgCAGX4AgC4+AIAvvgCAEjbEgAf+QIAaPkCAG35AgDA+QIAx/kCABj6AgAk+gIAcPoCAHf6AgA4/gIAfPoCAMj6AgDV+gIAIPsCAC/7AgB4+wIAffsCAND7AgDX+wIAKPwCADT8AgCA/AIAjPwCANj8AgDe/AIAMP0CADb9AgCI/QIAjf0CAOD9AgDm/QIAoNsSAET+AgCQ/gIAn/4CAOj+AgDt/gIAQP8CAEf/AgCY/wIApP8CAPD/AgD8/wIASAADAE4AAwCgAAMApgADAPgAAwD9AAMAUAEDAFYBAwD42xIAtAEDAAACAwAQAgMAWAIDAGYCAwCwAgMAvQIDAAgDAwAUAwMAYAMDAGcDAwC4AwMAwAMDAFDcEgAZBAMASN4RAB0EAwAgJwMAIQQDAGgEAwB5BAMAwAQDAMgEAwAYBQMAzAQDAGCSDgAiBQMAcAUDAHUFAwDIBQMA0AUDACAGAwAiBgMAeAYDACkGAwCwGAMAgAYDANAGAwDmBgMAKAcDADQHAwCABwMAlgcDANgHAwDxBwMAMAgDADwIAwCICAMAjggDAOAIAwDoCAMAOAkDAEgJAwCQCQMAmQkDAOgJAwD1CQMAQAoDAE8KAwCYCgMAogoDAPAKAwD+CgMASAsDAE0LAwCgCwMArQsDAPgLAwAADAMAqNwSAGYMAwCoDAMAqQwDAAANAwAKDQMAWA0DAGANAwCwDQMAug0DAAgOAwANDgMAYA4DAGgOAwC4DgMAug4DAIgTAwC7DgMA4K0DAL4OAwAQDwMAvw4DAFC8AwDODgMAGLUDABwPAwBoDwMAag8DAMAPAwDHDwMAGBADACAQAwBwEAMAcRADAMgQAwDOEAMAIBEDACURAwB4EQMAeREDANARAwDcEQMAKBIDAC4SAwCAEgMAihIDANgSAwDsEgMAMBMDADgTAwAA3RIAixMDAOATAwCPEwMAuKgDAOMTAwA4FAMARhQDAJAUAwCnFAMA6BQDAPUUAwBAFQMASBUDAJgVAwCZFQMA8BUDAPYVAwBIFgMATRYDAKAWAwChFgMA+BYDAAQXAwBQFwMAVhcDAKgXAwCyFwMAABgDABQYAwBYGAMAYBgDALDdEgC9GAMACBkDAA8ZAwBgGQMAbBkDALgZAwDIGQMAEBoDAB4aAwBoGgMAdRoDAMAaAwDMGgMAGBsDAB8bAwBwGwMAeBsDAGDeEgDUGwMAIBwDACocAwB4HAMAgxwDANAcAwDVHAMAKB0DAC8dAwCAHQMAiB0DALjeEgDgHQMAMB4DAEAeAwCIHgMAlB4DAOAeAwDkHgMAOB8DAEAfAwCQHwMAkh8DAOgfAwDuHwMAQCADAFcgAwCYIAMAoSADAPAgAwAGIQMASCEDAFQhAwCgIQMArSEDAPghAwACIgMAUCIDAFMiAwCoIgMAsCIDAAAjAwAKIwMAWCMDAF0jAwCwIwMAuCMDAAgkAwAYJAMAYCQDAGkkAwC4JAMAxSQDABAlAwAfJQMAaCUDAHIlAwDAJQMAziUDABgmAwAdJgMAcCYDAH0mAwDIJgMA0CYDABDfEgAtJwMAeCcDAD8nAwCQGQUAfScDANAnAwDaJwMAKCgDADAoAwCAKAMAPygDAEhPEQCGKAMA2CgDAI4oAwAYnw4AjygDAAihCQCQKAMAMDQDAJEoAwBgzwwA5CgDADApAwAyKQMAMHYOADcpAwCIKQMAlCkDAOApAwDvKQMAOCoDAEkqAwCQKgMAkioDAOgqAwDuKgMAQCsDAEwrAwCYKwMAoCsDAGjfEgD2KwMAwN8SAFQsAwAY4BIAoywDAMjgEgD7LAMAIOESAP0sAwDwZwUAUy0DANikDQBdLQMAqC0DALItAwAALgMAAi4DAFguAwBrLgMAsC4DALguAwAwzg4AvC4DAAgvAwAOLwMAYC8DAGYvAwC4LwMAvS8DABAwAwAWMAMAeOESAHIwAwDAMAMAwjADABgxAwAiMQMAcDEDAH4xAwDIMQMAzTEDACAyAwAtMgMAeDIDAIQyAwDQMgMA1jIDACgzAwAuMwMAgDMDAIUzAwDYMwMA3jMDANDhEgA+NAMAiDQDAJU0AwDgNAMA5zQDADg1AwBANQMAkDUDAJE1AwBweQwAkzUDAOg1AwCmNQMAYHcMAPw1AwBANgMAVjYDAJg2AwCxNgMA8DYDAPU2AwBINwMAWTcDACjiEgCxNwMA+DcDAPo3AwBQOAMAWjgDAKg4AwC2OAMAADkDAAU5AwBYOQMAZTkDALA5AwC4OQMACDoDABQ6AwBgOgMAGDoDAMA7AwBmOgMAuDoDAL46AwAQOwMAFTsDAGg7AwBuOwMAgOISAMI7AwAYPAMAJjwDAHA8AwCBPAMA2OISAM88AwAw4xIAKD0DAHg9AwAqPQMAsGwIAGs9AwCYhxQAhj0DANA9AwCHPQMAUEMDAIg9AwA42woA3T0DACg+AwA3PgMAgD4DAIU+AwDYPgMA7j4DADA/AwAxPwMAiD8DAIo/AwDgPwMA6j8DADhAAwBGQAMAkEADAKlAAwDoQAMA+UADAEBBAwBMQQMAmEEDAKBBAwA45BIABEIDAEhCAwBJQgMAoEIDAKxCAwD4QgMA+0IDAJDkEgBSQwMAqEMDALVDAwAARAMADUQDAFhEAwBdRAMAsEQDALpEAwAIRQMAEEUDAGBFAwBwRQMAuEUDAMZFAwAQRgMAHUYDAGhGAwBvRgMAwEYDAMhGAwAYRwMAG0cDAHBHAwCERwMAyEcDAN5HAwAgSAMAOUgDAHhIAwB9SAMA0EgDAOFIAwDo5BIAMEkDAEDlEgA0SQMAONAKAERJAwBQ4RQAjUkDANhJAwDfSQMAMEoDADxKAwCISgMAmEoDAOBKAwDuSgMAOEsDAEVLAwCQSwMAnEsDAOhLAwDvSwMAmOUSAEJMAwCYTAMARUwDADCqBAClTAMA8EwDAP1MAwBITQMATU0DAKBNAwCqTQMA+E0DAABOAwBQTgMAVU4DABjTBABZTgMAqE4DAKtOAwAATwMADE8DAPDlEgBdTwMAsE8DAGRPAwCgggsAtU8DAAhQAwAQUAMAYFADAHZQAwC4UAMAulADABBRAwAdUQMAaFEDAHxRAwBI5hIAxVEDABhSAwAgUgMACHoLACJSAwBwUgMAeFIDAMhSAwDUUgMAIFMDAC1TAwB4UwMAfVMDANBTAwDZUwMAKFQDAD9UAwCAVAMAi1QDAKDmEgDmVAMAMFUDADNVAwCIVQMAi1UDAOBVAwDuVQMAOFYDAEVWAwCQVgMAp1YDAOhWAwDwVgMAQFcDAEZXAwCYVwMApFcDAPBXAwD6VwMASFgDAFFYAwCgWAMAplgDAPhYAwAFWQMA+OYSAFxZAwCoWQMAXlkDAHCHCwC3WQMAAFoDABFaAwBYWgMAWloDALBaAwC2WgMACFsDABRbAwBgWwMAZ1sDALhbAwDAWwMAEFwDABJcAwBoXAMAdVwDAMBcAwDHXAMAGF0DACBdAwBwXQMAfV0DAMhdAwDNXQMAIF4DACpeAwB4XgMAgF4DANBeAwDZXgMAKF8DACtfAwCAXwMAjF8DANhfAwDfXwMAUOcSAD1gAwCIYAMARmADALBlAwBpYAMA6IsLAKNgAwDgYAMA4mADADhhAwBJYQMAkGEDAJ5hAwDoYQMA72EDAEBiAwBIYgMAmGIDAJ1iAwDwYgMA8WIDAEhjAwBUYwMAoGMDAKZjAwD4YwMA+mMDAFBkAwBaZAMAqGQDALZkAwAAZQMABWUDAFhlAwBlZQMAqOcSALFlAwAIZgMADWYDAGBmAwBmZgMAuGYDAMJmAwAQZwMAHGcDAGhnAwBvZwMAwGcDAMhnAwAYaAMAGmgDAHBoAwB9aAMAyGgDAM9oAwAgaQMAKGkDAHhpAwCFaQMA0GkDANVpAwAoagMAMmoDAIBqAwCIagMA2GoDAOFqAwAwawMAM2sDAIhrAwCUawMA4GsDAOdrAwAA6BIARGwDACB9CwBMbAMAkGwDAJ1sAwDobAMA8mwDAEBtAwBCbQMAmG0DAKttAwDwbQMA+G0DAEhuAwBUbgMAoG4DAKZuAwD4bgMA/m4DAFBvAwBVbwMAqG8DAK5vAwBY6BIAA3ADAFhwAwBkcAMAsHADAMtwAwAIcQMAFHEDAGBxAwBmcQMAuHEDAMZxAwAQcgMAGnIDAGhyAwB8cgMAwHIDANJyAwAYcwMANHMDAHBzAwCicwMAyHMDAN1zAwAgdAMAMnQDAHh0AwCOdAMA0HQDANx0AwAodQMAK3UDAIB1AwCDdQMA2HUDANp1AwAwdgMAR3YDAIh2AwCUdgMA4HYDAPJ2AwA4dwMAVHcDAJB3AwCidwMAsOgSAAx4AwBAeAMASHgDAAjpEgCbeAMA8HgDAPh4AwBIeQMAYXkDAKB5AwCseQMA+HkDAAl6AwBQegMAVXoDAKh6AwCsegMAAHsDAAh7AwBYewMAYnsDALB7AwC7ewMACHwDABR8AwBgfAMAaHwDAGDpEgDLfAMAEH0DABF9AwBofQMAdH0DAMB9AwDPfQMAGH4DACJ+AwBwfgMAfH4DAMh+AwDPfgMAuOkSAC5/AwB4fwMAhX8DANB/AwDefwMAKIADAD6AAwCAgAMAiYADANiAAwDugAMAMIEDADiBAwCIgQMAl4EDAOCBAwDlgQMAOIIDAFOCAwCQggMAnIIDAOiCAwDuggMAQIMDAEKDAwCYgwMAr4MDAPCDAwD8gwMAaOoSAEmEAwCghAMAsYQDAPiEAwAEhQMAUIUDAF+FAwCohQMArYUDAACGAwAbhgMAWIYDAGCGAwCwhgMAwIYDAAiHAwAKhwMAYIcDAG6HAwC4hwMAyYcDAMDqEgAXiAMAGOsSAHaIAwDAiAMAyogDABiJAwAjiQMAcIkDAHiJAwDIiQMA1IkDACCKAwAzigMAeIoDAIaKAwDQigMA2ooDACiLAwAwiwMAyOsSAIyLAwDYiwMA3osDADCMAwAyjAMAiIwDAJ+MAwDgjAMA7IwDADiNAwBAjQMAIOwSAJuNAwDojQMA7o0DAECOAwBMjgMAmI4DAJuOAwDwjgMA+44DAEiPAwBNjwMAoI8DALGPAwD4jwMA/48DAFCQAwBYkAMAqJADALiQAwAAkQMABZEDAFiRAwBekQMAsJEDALiRAwB47BIADZIDAGCSAwBskgMAuJIDALuSAwAQkwMAGJMDAGiTAwB1kwMAwJMDAMWTAwAYlAMAIpQDAHCUAwB4lAMAyJQDAN6UAwAglQMALJUDAHiVAwCElQMA0JUDANqVAwAolgMAMJYDANDsEgCJlgMA2JYDAOKWAwAwlwMAOJcDAIiXAwCJlwMAuAsEAJSXAwDglwMA85cDADiYAwA5mAMAkJgDAJyYAwDomAMA95gDAECZAwBKmQMAmJkDAKSZAwDwmQMA95kDACjtEgBWmgMAoJoDAK2aAwD4mgMABpsDAFCbAwBmmwMAqJsDALGbAwAAnAMAFpwDAFicAwBgnAMAsJwDAL6cAwAInQMAC50DAGCdAwBonQMA2O0SAMadAwAQngMAH54DAGieAwCEngMAwJ4DAIieAwBw4QMAyJ4DADDuEgAhnwMAcJ8DAH2fAwDInwMA0p8DACCgAwAuoAMAeKADAI6gAwDQoAMA3KADACihAwAwoQMAiO4SAIahAwDYoQMA3qEDADCiAwA1ogMAiKIDAI6iAwDg7hIA5aIDADijAwBBowMAkKMDAJqjAwDoowMA8KMDAECkAwBFpAMAmKQDAKikAwDwpAMA+KQDAEilAwBOpQMAWKcDAGGlAwCgpQMApaUDAPilAwABpgMAUKYDAF2mAwCopgMAr6YDAACnAwADpwMAOO8SAFqnAwCwpwMAvacDAAioAwAfqAMAYKgDAGyoAwCQ7xIAv6gDABCpAwAYqQMAaKkDAGypAwDAqQMAzqkDABiqAwAiqgMAcKoDAHuqAwDIqgMA0KoDACCrAwAlqwMAeKsDAJOrAwDQqwMA3KsDACisAwAurAMAgKwDAJCsAwDYrAMA6awDADCtAwA1rQMAiK0DAIytAwDo7xIA6a0DADiuAwBRrgMAkK4DAJquAwDorgMA7q4DAECvAwBCrwMAmK8DAKevAwDwrwMA+q8DAEiwAwBQsAMAoLADAKSwAwD4sAMABrEDAFCxAwBasQMAqLEDALOxAwAAsgMACLIDAFiyAwBdsgMAsLIDAMuyAwAIswMAFLMDAGCzAwBmswMAuLMDAMizAwAQtAMAIbQDAGi0AwBttAMAwLQDAMS0AwBA8BIAIbUDAHC1AwCBtQMAyLUDANK1AwAgtgMALrYDAHi2AwB5tgMA0LYDAOG2AwAotwMAPLcDAIC3AwCItwMA2LcDANy3AwAwuAMAPrgDAIi4AwCSuAMA4LgDAOu4AwA4uQMAQLkDAJC5AwCVuQMA6LkDAAO6AwBAugMATLoDAJi6AwCeugMA8LoDAAC7AwBIuwMAWbsDAKC7AwCluwMA+LsDAPy7AwCY8BIAXrwDAKi8AwDDvAMAAL0DAA69AwBYvQMAX70DALC9AwC8vQMACL4DABC+AwDw8BIAbr4DALi+AwDCvgMAEL8DABu/AwBovwMAcL8DAMC/AwDFvwMAGMADADPAAwBwwAMAfMADAMjAAwDOwAMAIMEDADDBAwB4wQMAicEDANDBAwDVwQMAKMIDACzCAwBI8RIAkcIDANjCAwDgwgMAMMMDADHDAwCIwwMAjcMDAODDAwDuwwMAOMQDAEXEAwCQxAMAmsQDAOjEAwD0xAMAQMUDAEbFAwCYxQMAoMUDAPDFAwD3xQMASMYDAFTGAwCgxgMApsYDAPjGAwAExwMAUMcDAGDHAwCoxwMAtMcDAADIAwAGyAMAWMgDAGTIAwCwyAMAvcgDAAjJAwAXyQMAYMkDAGzJAwCg8RIAu8kDABDKAwATygMAaMoDAHbKAwDAygMA18oDABjLAwAlywMAcMsDAIbLAwDIywMA1MsDACDMAwAtzAMAeMwDAILMAwDQzAMA2MwDACjNAwAyzQMAgM0DAIXNAwDYzQMA4M0DADDOAwA8zgMAiM4DAJXOAwDgzgMA6s4DADjPAwA+zwMAkM8DAKTPAwDozwMA8M8DAEDQAwBO0AMAmNADAKXQAwDw0AMA+NADAEjRAwBV0QMAoNEDAK7RAwD40QMACdIDAFDSAwBY0gMAqNIDAL7SAwAA0wMAAtMDAFjTAwBZ0wMA+PESALXTAwBoOA8AvtMDAAjUAwAX1AMAYNQDAGzUAwC41AMAwNQDAFDyEgAV1QMAaNUDAHHVAwDA1QMAzdUDABjWAwAf1gMAcNYDAHPWAwDI1gMA0NYDACDXAwAl1wMAeNcDAIHXAwDQ1wMA2tcDACjYAwAw2AMAgNgDAIXYAwDY2AMA6NgDADDZAwA42QMAiNkDAI7ZAwDg2QMA4tkDADjaAwBF2gMAkNoDAKfaAwDo2gMA9NoDAKjyEgBM2wMAmNsDAJ7bAwBo5RAAr9sDAPDbAwD82wMASNwDAE7cAwCg3AMAqNwDAPjcAwD/3AMAUN0DAF7dAwCo3QMAw90DAADeAwAO3gMAWN4DAF/eAwCw3gMAvN4DAAjfAwAQ3wMAAPMSAHTfAwC43wMAwN8DABDgAwBB4AMAaOADAHTgAwDA4AMAxuADABjhAwAd4QMAWPMSAHzhAwDI4QMAz+EDACDiAwAo4gMAeOIDAHriAwDQ4gMA2uIDACjjAwAw4wMAsPMSAI7jAwDw8QMAj+MDANjjAwDa4wMAMOQDAEHkAwCI5AMAmeQDAODkAwDs5AMAOOUDAD/lAwCQ5QMAmOUDAOjlAwAV5gMAQOYDAEXmAwCY5gMAmeYDAPDmAwD65gMASOcDAFbnAwCg5wMApecDAPjnAwAF6AMAUOgDAGzoAwCo6AMAxOgDAAj0EgAN6QMAWOkDAFzpAwCw6QMAtukDAAjqAwAK6gMAYOoDAGHqAwC46gMA2+oDABDrAwA06wMAaOsDAJXrAwDA6wMAyOsDABjsAwAd7AMAcOwDAH3sAwDI7AMA0OwDACDtAwAi7QMAeO0DAIDtAwDQ7QMA/e0DACjuAwA17gMAgO4DAIXuAwDY7gMA5e4DADDvAwA87wMAiO8DALXvAwDg7wMA6O8DADjwAwBT8AMAkPADAJLwAwDo8AMA+fADAEDxAwBJ8QMAmPEDAKTxAwBg9BIA/fEDAEjyAwBP8gMAoPIDAKzyAwD48gMAC/MDAFDzAwBY8wMAqPMDAK3zAwAA9AMACfQDAFj0AwBi9AMAsPQDALj0AwAI9QMADfUDAGD1AwBw9QMAuPUDAMD1AwAQ9gMAKfYDAGj2AwBt9gMAwPYDAMn2AwAY9wMAJfcDAHD3AwB39wMAyPcDAMv3AwC49BIAJfgDAHj4AwAt+AMAiOcNAIH4AwDQ+AMA2PgDACj5AwAz+QMAgPkDAIL5AwDY+QMA8/kDADD6AwA8+gMAiPoDAJD6AwAQ9RIA7foDADj7AwBA+wMAkPsDAJz7AwDo+wMA7vsDAED8AwBG/AMAmPwDAJ38AwDw/AMA9vwDAGj1EgBV/QMAoP0DAKj9AwD4/QMADP4DAFD+AwBV/gMAqP4DALH+AwAA/wMABv8DAFj/AwBg/wMAsP8DALP/AwAIAAQAJQAEAGAABABxAAQAuAAEAMAABAAQAQQAEwEEAGgBBAB8AQQAwAEEAM0BBAAYAgQAIgIEAHACBAByAgQAyAIEANsCBAAY9hIAJQMEAHgDBACJAwQA0AMEANkDBAAoBAQAPgQEAIAEBACNBAQA2AQEAOAEBAAwBQQATwUEAHD2EgCUBQQA4AUEAOgFBADI9hIAOwYEAJAGBACYBgQA6AYEAPUGBABABwQARQcEAJgHBACgBwQA8AcEAPEHBABICAQASggEAKAIBACmCAQA+AgEAPoIBABQCQQAZgkEAKgJBAC0CQQAAAoEAAoKBABYCgQAZAoEALAKBAC2CgQACAsEABALBABgCwQAlAsEACD3EgC+CwQAEAwEABwMBABoDAQAaQwEAMAMBADCDAQAGA0EAB4NBABwDQQAfA0EAMgNBADPDQQAIA4EACgOBAB4DgQAew4EANAOBADaDgQAKA8EACoPBACADwQAig8EANgPBADkDwQAMBAEAEYQBACIEAQAlBAEAOAQBADtEAQAOBEEAEIRBACQEQQAmBEEAOgRBAD6EQQAePcSAEISBACYEgQAohIEAPASBADyEgQASBMEAGETBACgEwQAohMEAPgTBAD7EwQAUBQEAFwUBACoFAQAsBQEAND3EgAUFQQAWBUEAFsVBACwFQQAuhUEAAgWBAAUFgQAYBYEAHYWBAC4FgQAwBYEABAXBAAeFwQAaBcEAGsXBADAFwQAyBcEABgYBAAbGAQAcBgEACYYBACoHwQAehgEAMgYBAB7GAQA4BsEAMoYBAAgGQQAJhkEAHgZBACCGQQA0BkEAN4ZBAAoGgQANRoEAIAaBACXGgQA2BoEAOAaBAAwGwQAORsEAIgbBACJGwQAKPgSAOkbBAA4HAQAQhwEAJAcBACaHAQA6BwEAPYcBABAHQQATR0EAJgdBACvHQQA8B0EAPgdBABIHgQATx4EAKAeBAClHgQA+B4EAPweBABQHwQAXR8EAID4EgC1HwQAACAEAAggBABYIAQAXiAEALAgBAC8IAQACCEEABchBABgIQQAZSEEALghBADTIQQAECIEABwiBABoIgQAbiIEAMAiBADUIgQAGCMEACAjBABwIwQAhiMEAMgjBADNIwQAICQEACckBAB4JAQAhCQEANj4EgDXJAQAKCUEADYlBACAJQQAjSUEANglBADvJQQAMCYEADgmBACIJgQAjiYEAOAmBADsJgQAOCcEAD8nBACQJwQAnicEAOgnBADrJwQAQCgEAEgoBACYKAQApigEAPAoBADzKAQASCkEAFApBACgKQQAsSkEAPgpBAD9KQQAUCoEAFIqBACoKgQAryoEAAArBAAOKwQAWCsEAGUrBACwKwQAxysEAAgsBAAQLAQAYCwEAGosBAC4LAQAwywEABAtBAAcLQQAaC0EAHAtBAAw+RIAwi0EABguBAAiLgQAcC4EAHIuBADILgQAyy4EACAvBAAsLwQAeC8EAIIvBADQLwQA2C8EACgwBAA2MAQAgDAEAI0wBADYMAQA4DAEADAxBABGMQQAiDEEAJQxBADgMQQA9jEEADgyBAA9MgQAkDIEAJYyBADoMgQA/DIEAIj5EgBDMwQAmDMEAKAzBADwMwQA/jMEAEg0BAAGNAQAsNoIAFU0BACgNAQAqDQEAPg0BAACNQQAUDUEAFs1BACoNQQAtDUEAAA2BAAINgQA4PkSAF42BACwNgQAtTYEAAg3BAAXNwQAYDcEAGw3BAC4NwQAuzcEABA4BAATOAQAaDgEAHA4BADAOAQAxTgEABg5BAAoOQQAcDkEAHg5BADIOQQAyzkEACA6BAAqOgQAeDoEAHo6BADQOgQA1joEACg7BAAyOwQAgDsEAI47BADYOwQA5TsEADA8BABHPAQAiDwEAJA8BADgPAQA6TwEADg9BAA5PQQAOPoSAJ09BADoPQQA6z0EAPA0CwDuPQQAWJIKAPA9BABAPgQA8j0EAJAOBQD0PQQAIOQGAEM+BACIAQkARj4EACBoBwBKPgQAmD4EAE4+BABQVwsAUD4EAPjYCACdPgQA8D4EAKQ+BABoVgUApj4EAIjlCgD4PgQASD8EAEs/BACgPwQArD8EAPg/BAD+PwQAUEAEAGtABACoQAQAtEAEAABBBAAGQQQAWEEEAGBBBACwQQQAskEEAAhCBAC1QQQAOFMEABJCBABgQgQAaEIEAJD6EgDJQgQAEEMEABdDBABoQwQAcEMEAMBDBADNQwQAGEQEAB1EBABwRAQAekQEAMhEBADQRAQAIEUEACJFBAAgRgsAJUUEAGD8CAAqRQQAeEUEAC9FBABoZAQAMEUEAGj6CQB+RQQA0EUEANJFBAAoRgQANUYEAIBGBACDRgQA2EYEAOlGBAAwRwQAMkcEAIhHBACSRwQA4EcEAOxHBAA4SAQAQEgEAED7EgCVSAQA6EgEAOtIBABASQQASkkEAJhJBACgSQQA8EkEAP1JBABISgQASkoEAKBKBAC2SgQA+EoEAARLBABQSwQAWEsEAJj7EgCtSwQAAEwEAA9MBABYTAQAWkwEALBMBADBTAQACE0EABNNBABgTQQAZU0EALhNBAC7TQQAEE4EABpOBABoTgQAek4EAMBOBADITgQAGE8EACJPBABwTwQAdU8EAMhPBADQTwQAIFAEACJQBAB4UAQAf1AEANBQBADXUAQAKFEEAC5RBACAUQQAjFEEANhRBADbUQQAMFIEADNSBACIUgQApFIEAOBSBADoUgQASPwSAEVTBACQUwQAmFMEAOhTBADrUwQAQFQEAEVUBACYVAQAp1QEAPBUBAAQVQQASFUEAFRVBACgVQQAqlUEAPhVBAAAVgQAUFYEAGJWBACg/BIAslYEAABXBAAOVwQAWFcEAGVXBACwVwQAx1cEAAhYBAAQWAQAYFgEAG9YBAC4WAQAvVgEABBZBAAdWQQAaFkEAHVZBADAWQQAzFkEABhaBAAnWgQAcFoEAHpaBADIWgQA1loEACBbBAAlWwQAeFsEAIVbBADQWwQA01sEAChcBAAwXAQAgFwEAIVcBADYXAQA5VwEADBdBAA4XQQAiF0EAJFdBADgXQQA7V0EADheBABGXgQAkF4EAKNeBADoXgQA8F4EAEBfBABHXwQAmF8EAJ1fBADwXwQABmAEAEhgBABKYAQAoGAEAK5gBAD4YAQABWEEAFBhBABYYQQAqGEEAKthBAAAYgQABWIEAFhiBABnYgQAsGIEANBiBAAIYwQAFGMEAGBjBABqYwQAuGMEAMBjBAAQZAQAImQEAPj8EgBtZAQAwGQEAM1kBAAYZQQAJWUEAHBlBAB8ZQQAyGUEANdlBAAgZgQAKmYEAHhmBACAZgQA0GYEANpmBAAoZwQALWcEAIBnBACIZwQAUP0SAORnBAAwaAQANmgEAIhoBACjaAQA4GgEAOxoBAA4aQQAPmkEAJBpBACsaQQA6GkEAPBpBACo/RIASGoEAJhqBACiagQA8GoEAPtqBABIawQAVGsEAKBrBACoawQAAP4SAARsBABQbAQAVmwEAKhsBADDbAQAAG0EAAxtBABYbQQAXm0EALBtBAC4bQQACG4EAA5uBABgbgQAaW4EALhuBADFbgQAEG8EAB1vBABobwQAdm8EAMBvBADNbwQAGHAEAC9wBABwcAQAeHAEAMhwBADNcAQAIHEEANlwBAAwcwQALXEEAHhxBACAcQQA0HEEANtxBAAocgQALXIEAIByBACDcgQA2HIEAOJyBABY/hIANXMEAIhzBACXcwQA4HMEAOJzBAA4dAQASXQEAJB0BAChdAQA6HQEAPx0BACw/hIAUXUEAJh1BACbdQQA8HUEAKB1BADwoAgApXUEABAnEQD6dQQASHYEAEp2BACgdgQAqnYEAPh2BAAEdwQAUHcEAHp3BACodwQAs3cEABiOBQDOdwQAAHgEADV4BABYeAQAfngEALB4BADWeAQACHkEAD55BABgeQQAi3kEALh5BADAeQQAEHoEADp6BABoegQAn3oEAMB6BADregQAGHsEACB7BABwewQAf3sEAMh7BADNewQAIHwEACl8BAB4fAQALXwEAGCEBACJfAQA0HwEANd8BAAofQQAMH0EAIB9BACNfQQA2H0EAN19BAAwfgQAOn4EAIh+BACQfgQA4H4EAOp+BABAiwQA734EADh/BAA9fwQAkH8EAJ1/BADofwQA9X8EAECABABMgAQAmIAEAKeABADwgAQA+oAEAEiBBABQgQQAoIEEAKqBBAD4gQQA/YEEAFCCBABYggQACP8SALSCBAAAgwQABoMEAFiDBABzgwQAsIMEALyDBAAIhAQADoQEAGD/EgBthAQAuIQEAMSEBAAQhQQAH4UEAGiFBAByhQQAwIUEAM6FBAAYhgQAHYYEAHCGBAB9hgQAyIYEANCGBAAghwQAKocEAHiHBAB9hwQA0IcEANiHBAAoiAQAK4gEAICIBACMiAQA2IgEAN6IBAAwiQQAS4kEAIiJBACUiQQA4IkEAOaJBAA4igQAQIoEAJCKBACSigQA6IoEAPKKBAC4/xIARosEAJiLBACaiwQA8IsEAP2LBABIjAQAS4wEAKCMBACxjAQA+IwEAPqMBABQjQQAWo0EAKiNBAC0jQQAAI4EAAiOBAAQABMAXY4EALCOBACzjgQACI8EABKPBABgjwQAaI8EALiPBADFjwQAEJAEABKQBABokAQAfpAEAMCQBADMkAQAaAATADSRBABwkQQAjJEEAMAAEwDNkQQAIJIEAC2SBAB4kgQAhZIEANCSBADckgQAKJMEADeTBACAkwQAipMEANiTBADmkwQAMJQEADWUBACIlAQAlZQEAOCUBAD5lAQAOJUEADqVBACQlQQAl5UEABgBEwAFlgQAQJYEAFGWBACYlgQApJYEAPCWBAADlwQASJcEAFeXBACglwQArJcEAPiXBAD5lwQAUJgEAFqYBAComAQAtpgEAACZBAAFmQQAWJkEAGWZBABwARMAtZkEAAiaBAAVmgQAYJoEAG2aBAC4mgQAxJoEABCbBAAfmwQAaJsEAHKbBADAmwQAzpsEABicBAAdnAQAcJwEAH2cBADInAQA0JwEAHgCEwAlnQQAeJ0EAICdBADQAhMA0p0EACieBAA2ngQAgJ4EAJGeBAAoAxMA354EAIADEwA1nwQAiJ8EAJCfBADgnwQA758EADigBAA9oAQAkKAEAJ2gBADooAQA9aAEAEChBABMoQQAmKEEAKehBADwoQQA+qEEADAEEwBKogQAYB4QAE6iBACA5g0AW6IEAKCiBACvogQA+KIEAASjBABQowQAUaMEAKijBACyowQAAKQEAA6kBABYpAQAXaQEALCkBAC9pAQAiAQTAAylBABgpQQAa6UEALilBADGpQQAEKYEACGmBABopgQAdKYEAMCmBADIpgQA4AQTAB2nBABwpwQAfacEAMinBADVpwQAIKgEACyoBAB4qAQAh6gEANCoBADaqAQAKKkEADapBACAqQQAjakEANipBADvqQQAOAUTAD2qBACIqgQAlaoEAOCqBADsqgQAOKsEAEerBACQqwQAmqsEAOirBAD2qwQAQKwEAASsBABgXAoARawEAJisBAClrAQA8KwEAPisBACQBRMAVK0EAKCtBACwrQQA+K0EAAGuBABQrgQAU64EAKiuBAC0rgQAAK8EAAevBADoBRMAZa8EALCvBAC/rwQACLAEAAmwBABgsAQAd7AEALiwBADSsAQAELEEAByxBABosQQAe7EEAMCxBADPsQQAGLIEACSyBABwsgQAcbIEAMiyBADSsgQAILMEAC6zBAB4swQAfbMEANCzBADdswQAQAYTAEK0BACAtAQAj7QEANi0BADatAQAMLUEAN20BAC4uwQAPbUEAIi1BACVtQQA4LUEAOW1BAA4tgQAQrYEAJC2BACftgQA6LYEAO22BABAtwQATbcEAJi3BACltwQA8LcEAPy3BABIuAQAV7gEAKC4BACquAQA+LgEAAW5BABQuQQAVbkEAKi5BACsuQQAALoEAAy6BABYugQAXroEALC6BAC2ugQACLsEAA27BABguwQAZrsEAJgGEwDFuwQAELwEAB28BABovAQAdLwEAMC8BADPvAQAGL0EACK9BABwvQQAfr0EAMi9BADNvQQAIL4EAC2+BAB4vgQAf74EANC+BADVvgQAKL8EADS/BACAvwQAg78EANi/BADlvwQAMMAEADXABACIwAQAksAEAODABADswAQAOMEEAEvBBACQwQQAnsEEAOjBBADrwQQAQMIEAErCBACYwgQApMIEAPDCBAD2wgQASMMEAE7DBACgwwQApcMEAPjDBAD+wwQA8AYTAFLEBACoxAQAucQEAADFBAARxQQAWMUEAGDFBACwxQQAwMUEAAjGBAAKxgQAYMYEAG7GBAC4xgQAycYEAEgHEwAXxwQAoAcTAGnHBADAxwQAxccEABjIBADGxwQAIPUEAB7IBABwyAQAesgEAMjIBADUyAQAIMkEACbJBAB4yQQAfskEANDJBADVyQQAKMoEAC7KBAD4BxMAjsoEANjKBADxygQAMMsEADHLBACIywQApcsEAODLBADoywQASO8EAPrLBAA4zAQAO8wEAJDMBACVzAQAAAkTAAHNBABAzQQARs0EAJjNBABWzQQAOJ0FAJrNBADwzQQA9s0EAEjOBABczgQAoM4EAKjOBAD4zgQABc8EAFDPBABVzwQAqM8EALLPBAAA0AQACNAEAFjQBABp0AQAsNAEALXQBAAI0QQACtEEAGDRBABn0QQAuNEEAMTRBAAQ0gQAF9IEAGjSBACE0gQAwNIEAMjSBABYCRMAGdMEAHDTBAB80wQAyNMEANXTBAAg1AQAKNQEAHjUBAB71AQA0NQEANvUBAAo1QQAKtUEAIDVBACG1QQA2NUEAOTVBAAw1gQAN9YEAIjWBACQ1gQA4NYEAOXWBAA41wQAUdcEAJDXBAC81wQA6NcEAPTXBABA2AQAT9gEAJjYBACi2AQA8NgEAPjYBABI2QQAWNkEAKDZBACu2QQA+NkEAAnaBABQ2gQAXNoEALAJEwCt2gQAANsEAAjbBABY2wQAWdsEALDbBABu2wQAmHMMAM3bBAAI3AQAENwEAGDcBABk3AQAuNwEAL7cBAAQ3QQAEt0EAGjdBABp3QQAwN0EAMHdBAAY3gQAJN4EAHDeBAB23gQAyN4EANDeBAAg3wQAIt8EAHjfBACT3wQA0N8EANLfBAAo4AQANuAEAIDgBACR4AQA2OAEANrgBAAw4QQASeEEAIjhBACZ4QQA4OEEAOzhBAAIChMARuIEAJDiBABU4gQAAK4IAKbiBADo4gQA6eIEAEDjBABR4wQAmOMEAKTjBADw4wQABuQEAEjkBABU5AQAoOQEAK3kBAD45AQAAuUEAFDlBABS5QQAqOUEALLlBAAA5gQADuYEAFjmBABd5gQAsOYEAL3mBAAI5wQAJOcEAGDnBABo5wQAYAoTAMbnBAAQ6AQAKegEAGjoBABp6AQAwOgEAN3oBAAY6QQAIOkEAHDpBACB6QQAyOkEANbpBAAg6gQAOeoEAHjqBAB+6gQA0OoEANLqBAAo6wQALusEAIDrBACU6wQA2OsEAODrBAAw7AQAPewEAIjsBACN7AQA4OwEAOrsBAA47QQAQO0EAJDtBACg7QQA6O0EAO3tBABA7gQASe4EAJjuBACl7gQA8O4EAPfuBAC4ChMAWe8EAKDvBACu7wQA+O8EABHwBABQ8AQAVvAEAKjwBACq8AQAAPEEAAbxBABY8QQAbPEEALDxBAC48QQACPIEABXyBABg8gQAZfIEALjyBADC8gQAEPMEABjzBABo8wQAePMEAMDzBADF8wQAGPQEACH0BABw9AQAffQEAMj0BADP9AQAEAsTACX1BAB49QQAefUEAND1BADc9QQAKPYEAC72BACA9gQAkfYEANj2BADs9gQAMPcEAD/3BACI9wQAjfcEAOD3BADt9wQAOPgEAEj4BACQ+AQAnvgEAOj4BAD/+AQAQPkEAEn5BACY+QQAnvkEAPD5BAD8+QQASPoEAE/6BACg+gQAvPoEAPj6BAAA+wQAaAsTAFb7BACo+wQArvsEAAD8BAAF/AQAWPwEAF78BADACxMAtfwEAAj9BAAK/QQAYP0EAGf9BAC4/QQAxv0EABD+BAAd/gQAaP4EAH/+BADA/gQAyP4EABj/BAAZ/wQAcP8EAHP/BADI/wQA3P8EACAABQAvAAUAeAAFAH0ABQDQAAUA0QAFACgBBQA/AQUAcAwTAIIBBQDYAQUA5QEFADACBQA9AgUAiAIFAI0CBQDgAgUA6gIFADgDBQBAAwUAkAMFAKADBQDoAwUA9gMFAEAEBQBNBAUAmAQFAJ8EBQDwBAUA+AQFAEgFBQBKBQUAoAUFAKgFBQD4BQUA+QUFAFAGBQAOBgUAYKIFAFUGBQCoBgUAqwYFAAAHBQAKBwUAWAcFAG8HBQCwBwUAtgcFAAgIBQAUCAUAYAgFAGMIBQC4CAUA1QgFABAJBQAhCQUAaAkFAHAJBQDACQUAxwkFABgKBQAeCgUAcAoFAH4KBQDICgUA4woFACALBQAsCwUAeAsFAH4LBQDQCwUA5QsFACgMBQAwDAUAgAwFAIoMBQDYDAUA3gwFADANBQA+DQUAiA0FAJQNBQDgDQUA5w0FADgOBQBADgUAyAwTAJ4OBQDoDgUA/g4FAEAPBQBMDwUAmA8FAJ0PBQDwDwUA+Q8FAEgQBQBSEAUAoBAFAKwQBQCwAQcAvBAFAPgQBQAAEQUAIA0TAFURBQCoEQUAtREFAAASBQANEgUAWBIFAGQSBQCwEgUAvxIFAAgTBQASEwUAYBMFAG4TBQC4EwUAvRMFABAUBQAdFAUAaBQFAHAUBQB4DRMAzhQFABgVBQAuFQUAcBUFAHwVBQDIFQUAzRUFACAWBQApFgUAeBYFAIIWBQDQFgUA2BYFACgXBQA0FwUAgBcFAJMXBQDYFwUA2RcFADAYBQA+GAUAiBgFAI4YBQDgGAUA7BgFADgZBQA/GQUA0A0TAJoZBQDoGQUA8BkFAEAaBQBGGgUAQIQKAE8aBQCYGgUAnRoFAACLBQCeGgUA8BoFAPwaBQBIGwUAShsFAKAbBQCqGwUA+BsFAAQcBQBQHAUAWBwFACgOEwCwHAUAAB0FAA8dBQBYHQUAXR0FALAdBQC9HQUACB4FABUeBQBgHgUAbB4FALgeBQDHHgUAEB8FABofBQBoHwUAdh8FAMAfBQDFHwUAGCAFACUgBQBwIAUAeCAFAMggBQDSIAUAICEFACUhBQB4IQUAgCEFANAhBQDbIQUAKCIFAC0iBQCAIgUAgyIFANgiBQDiIgUAMCMFADgjBQCADhMAjSMFAOAjBQDvIwUAOCQFADokBQCQJAUAoSQFAOgkBQDzJAUAQCUFAEUlBQCYJQUAmyUFAPAlBQD6JQUASCYFAFAmBQCgJgUAoiYFAPgmBQAFJwUAUCcFAFcnBQCoJwUAsCcFAAAoBQABKAUAWCgFAF0oBQCwKAUAtigFAAgpBQASKQUAYCkFAGgpBQDYDhMA6ikFABAqBQBHKgUAaCoFAIIqBQDAKgUA5ioFABgrBQAyKwUAcCsFAJYrBQDIKwUA4isFACAsBQBJLAUAeCwFAIAsBQDQLAUA0iwFACgtBQA1LQUAgC0FAIctBQDYLQUA4C0FADAuBQAxLgUAiC4FAI0uBQDgLgUA5i4FADgvBQBCLwUAkC8FAJgvBQAwDxMABDAFAIgPEwBIMAUAmDAFAJowBQDwMAUA/TAFAEgxBQBPMQUAoDEFAKgxBQD4MQUA+TEFAFAyBQBVMgUAqDIFAK4yBQAAMwUACjMFAFgzBQBgMwUA4A8TALUzBQAINAUACjQFAGA0BQBnNAUAuDQFAMY0BQAQNQUAHTUFAGg1BQB/NQUAwDUFAMg1BQAYNgUAIjYFAHA2BQAuNgUAwJgFAHs2BQDINgUA1DYFACA3BQAoNwUAOBATAHk3BQDQNwUAgjcFAGgcBgCONwUAeAgGANU3BQAoOAUAKzgFAIA4BQCKOAUA2DgFAO84BQAwOQUANjkFAIg5BQCUOQUA4DkFAOM5BQA4OgUAVToFAJA6BQChOgUA6DoFAAc7BQBAOwUASDsFAJg7BQCaOwUA8DsFAP87BQBIPAUAUjwFAKA8BQCuPAUA+DwFABM9BQBQPQUAXD0FAKg9BQCwPQUAkBATAAw+BQBYPgUAZz4FALA+BQC1PgUACD8FAA4/BQBgPwUAZz8FALg/BQDAPwUAEEAFABJABQBoQAUAb0AFAMBABQDCQAUAGEEFABlBBQBwQQUAekEFAMhBBQDUQQUAIEIFACZCBQB4QgUAkkIFANBCBQDYQgUAKEMFAD5DBQCAQwUAjkMFANhDBQDbQwUAMEQFADNEBQCIRAUAlkQFAOBEBQDtRAUAOEUFAE9FBQCQRQUAmEUFAOhFBQDqRQUAQEYFAEhGBQCYRgUAr0YFAPBGBQD8RgUASEcFAF5HBQCgRwUAqEcFAPhHBQAGSAUAUEgFAFpIBQCoSAUAsEgFAABJBQAHSQUAWEkFAGRJBQCwSQUAsUkFAAhKBQAUSgUAYEoFAG1KBQC4SgUAv0oFABBLBQATSwUAaEsFAHBLBQDASwUAxUsFABhMBQAlTAUAcEwFAKBMBQDITAUA0EwFAOgQEwAoTQUAuEwTADxNBQB4TQUAgE0FAEAREwDeTQUAKE4FACpOBQCATgUAkU4FANhOBQDgTgUAME8FADxPBQCITwUAjk8FAOBPBQDmTwUAOFAFAD1QBQCQUAUAllAFAJgREwDtUAUAQFEFAPRQBQBwIw8ASFEFAJhRBQCdUQUAaCMLAJ5RBQCYfgwApFEFAIjtCwCnUQUA8FEFAKlRBQDYewwAr1EFAGDwDAD1UQUASFIFAPZRBQDIHAoAVVIFAKBSBQCtUgUA+FIFAARTBQBQUwUAX1MFAKhTBQCyUwUA+BITAApUBQBYVAUAXVQFALBUBQC4VAUAUBMTAA1VBQBgVQUAY1UFALhVBQDCVQUAEFYFADhWBQAAFBMAblYFAMBWBQDWVgUAGFcFACZXBQBwVwUAfVcFAMhXBQDKVwUAIFgFACpYBQB4WAUAhFgFANBYBQDXWAUAKFkFADBZBQCAWQUAh1kFANhZBQDhWQUAMFoFADxaBQCIWgUAkFoFAFgUEwDlWgUAOFsFAEBbBQCQWwUAn1sFAOhbBQDtWwUAQFwFAE1cBQCYXAUApVwFAPBcBQD8XAUASF0FAFddBQCgXQUAql0FAPhdBQAGXgUAUF4FAFVeBQCoXgUAtV4FAABfBQAIXwUAWF8FAGJfBQCwXwUAvl8FAAhgBQAeYAUAYGAFAGxgBQC4YAUAvWAFABBhBQAZYQUAaGEFAHJhBQCwFBMAymEFABhiBQAkYgUAcGIFAHhiBQAIFRMAzWIFACBjBQAtYwUAeGMFAIVjBQDQYwUA3GMFAChkBQA3ZAUAgGQFAIpkBQDYZAUA8GQFADBlBQA6ZQUAiGUFAJZlBQDgZQUA9mUFADhmBQBEZgUAkGYFAJVmBQDoZgUA8WYFAEBnBQBKZwUAmGcFAKBnBQBgFRMA/WcFAEhoBQAGaAUAqE0SAFVoBQCgaAUArGgFAPhoBQAHaQUAUGkFAFppBQCoaQUAtmkFAABqBQANagUAWGoFAG9qBQCwagUAuGoFAAhrBQASawUAYGsFAGVrBQC4awUAwGsFALgVEwAcbAUAaGwFAG5sBQDAbAUA22wFABhtBQAkbQUAcG0FAHZtBQAQFhMA0G0FAGgWEwAlbgUAeG4FAIVuBQDQbgUA3W4FAChvBQA0bwUAgG8FAI9vBQDYbwUA4m8FADBwBQA+cAUAiHAFAI1wBQDgcAUA7XAFADhxBQBAcQUAwBYTAJxxBQDocQUA+HEFAEByBQBJcgUAmHIFAJtyBQDwcgUA/HIFAEhzBQBPcwUAGBcTAK5zBQD4cwUADnQFAFB0BQBcdAUAqHQFAK90BQAAdQUACHUFAFh1BQBddQUAsHUFALl1BQAIdgUAEnYFAHAXEwBldgUAuHYFAGx2BQAwewUAwHYFABB3BQAWdwUAaHcFAG13BQDAdwUAyXcFABh4BQAieAUAcHgFAHx4BQDIeAUA0HgFAMgXEwAleQUAeHkFAIB5BQDQeQUA23kFACh6BQAtegUAgHoFAIN6BQDYegUA4noFACAYEwA6ewUAiHsFAIx7BQDgewUA5XsFADh8BQA+fAUAkHwFALB8BQDofAUA8HwFAEB9BQBOfQUAmH0FAJt9BQDwfQUA+H0FAEh+BQBRfgUAoH4FAK1+BQD4fgUA/n4FAFB/BQBcfwUAqH8FAKp/BQAAgAUAD4AFAFiABQBjgAUAsIAFALKABQAIgQUAIYEFAGCBBQBxgQUAuIEFAMSBBQB4GBMAGIIFAGiCBQCIggUAwIIFAM6CBQAYgwUAJYMFAHCDBQB3gwUAyIMFAOSDBQAghAUAKIQFANAYEwB9hAUA0IQFAN2EBQAohQUANYUFAICFBQCMhQUA2IUFAOeFBQAwhgUAOoYFAIiGBQCdhgUA4IYFAOiGBQA4hwUAR4cFAJCHBQCShwUA6IcFAPGHBQBAiAUAQ4gFAJiIBQCkiAUA8IgFAAyJBQBIiQUAUIkFACgZEwCliQUA+IkFAA6KBQBQigUAXIoFAKiKBQDLigUAgBkTAA2LBQBYiwUAZYsFALCLBQC8iwUACIwFABeMBQBgjAUAaowFALiMBQDAjAUAEI0FABqNBQBojQUAbY0FAMCNBQDIjQUA2BkTACyOBQBwjgUAlo4FAMiOBQDujgUAII8FAEaPBQB4jwUAo48FANCPBQDYjwUAKJAFAFKQBQCAkAUAspAFANiQBQD+kAUAMJEFAFaRBQCIkQUAupEFAOCRBQALkgUAOJIFAECSBQCQkgUAlZIFAOj1BQCfkgUA6JIFAO2SBQBAkwUATZMFAJiTBQClkwUA8JMFAPyTBQBIlAUAV5QFAKCUBQCqlAUA+JQFAAaVBQBQlQUAVZUFAKiVBQC1lQUAAJYFAAiWBQBYlgUAXpYFALCWBQBilgUAKPMFALyWBQAIlwUAGJcFAGCXBQBplwUAuJcFALuXBQAQmAUAHJgFAGiYBQBvmAUAMBoTANSYBQAYmQUAG5kFAHCZBQCNmQUAyJkFANmZBQAgmgUAJ5oFAHiaBQCRmgUA0JoFANiaBQAomwUAPpsFAICbBQCFmwUA2JsFAN+bBQAwnAUAOZwFAIicBQCZnAUA4JwFAOycBQCIGhMAOp0FAKigBQBMnQUAkJ0FAJOdBQDonQUABZ4FAECeBQBRngUAmJ4FAKeeBQDwngUAAZ8FAEifBQBWnwUAoJ8FAKyfBQD4nwUABaAFAFCgBQBaoAUA4BoTAK6gBQAAoQUADqEFAFihBQBaoQUAsKEFALehBQAIogUAIaIFADgbEwB0ogUAuKIFALuiBQAQowUALaMFAGijBQB5owUAwKMFAMijBQAYpAUAH6QFAHCkBQB2pAUAyKQFANakBQAgpQUAO6UFAHilBQCEpQUA0KUFANalBQAopgUAPaYFAICmBQCIpgUA2KYFAOKmBQAwpwUANqcFAIinBQCWpwUA4KcFAOynBQA4qAUAP6gFAJCoBQCYqAUAkBsTAPGoBQBAqQUATakFAJipBQCmqQUA8KkFAP+pBQBIqgUASqoFAKCqBQCqqgUA+KoFAAarBQBQqwUAVasFAKirBQC1qwUAAKwFAAOsBQBYrAUAZKwFALCsBQDDrAUACK0FABetBQBgrQUAbK0FALitBQC5rQUAEK4FABquBQBorgUAdq4FAMCuBQDFrgUAGK8FACWvBQDoGxMAda8FAMivBQDerwUAILAFADawBQB4sAUAgbAFANCwBQDdsAUAKLEFADaxBQCAsQUAj7EFANixBQDasQUAMLIFADqyBQCIsgUAlrIFAOCyBQDlsgUAOLMFAEWzBQCQswUAk7MFAOizBQDwswUAQLQFAFG0BQCYtAUAprQFAPC0BQD9tAUASLUFAGi1BQCgtQUAqLUFAPi1BQAItgUAULYFAFK2BQCotgUAtrYFAAC3BQARtwUA8BwTAF63BQCwtwUAvLcFAEgdEwAPuAUAYLgFABW4BQCwsQcAZ7gFALi4BQC+uAUAELkFABy5BQBouQUAa7kFAMC5BQDDuQUAGLoFAEC6BQBwugUAk7oFAMi6BQDTugUAILsFACW7BQB4uwUAe7sFANC7BQDauwUAKLwFAFC8BQCgHRMAhbwFANi8BQDlvAUAML0FAD29BQCIvQUAlL0FAOC9BQDvvQUAOL4FAEK+BQCQvgUAmL4FAOi+BQDyvgUAQL8FAEW/BQCYvwUAoL8FAPgdEwD9vwUASMAFAFzABQCgwAUAqMAFAPjABQD9wAUAUMEFAGDBBQCowQUAsMEFAADCBQAKwgUAWMIFAGPCBQCwwgUAvMIFAAjDBQAQwwUAUB4TAGHDBQC4wwUAxMMFABDEBQAfxAUAaMQFAHbEBQDAxAUA0MQFABjFBQAmxQUAcMUFAHzFBQDIxQUAz8UFACDGBQAoxgUAeMYFAI7GBQDQxgUA5MYFACjHBQArxwUAgMcFAJ3HBQDYxwUA6ccFADDIBQA4yAUAiMgFAJPIBQDgyAUA5cgFADjJBQA7yQUAkMkFAJrJBQDoyQUA68kFAKgeEwBCygUAIN4IAEXKBQCYygUAm8oFAPDKBQD6ygUASMsFAFDLBQCgywUAv8sFAAAfEwAMzAUAUMwFAHbMBQCozAUAzswFAADNBQAmzQUAWM0FAJHNBQCwzQUA4s0FAAjOBQAuzgUAYM4FAIbOBQC4zgUA6s4FABDPBQA0zwUAaM8FAITPBQDAzwUAyM8FAFgfEwAd0AUAcNAFAH3QBQDI0AUA1dAFACDRBQAs0QUAeNEFAIfRBQDQ0QUA2tEFACjSBQA20gUAgNIFAIXSBQDY0gUA5dIFADDTBQA40wUAsB8TAJTTBQDg0wUA8NMFADjUBQBB1AUAkNQFAJPUBQDo1AUA9NQFAEDVBQBH1QUACCATAKbVBQDw1QUABtYFAEjWBQBU1gUAoNYFAKfWBQD41gUAANcFAFDXBQBV1wUAqNcFALHXBQAA2AUACtgFAGAgEwBZ2AUAsNgFALzYBQAI2QUADtkFAGDZBQBi2QUAuNkFAMLZBQAQ2gUAHtoFAGjaBQBt2gUAwNoFAM3aBQAY2wUAINsFAHDbBQB62wUAyNsFANbbBQAg3AUANtwFAHjcBQCE3AUA0NwFANfcBQAo3QUAMN0FAIDdBQCF3QUA2N0FAOHdBQAw3gUAOt4FALggEwCL3gUA4N4FAP3eBQA43wUASd8FAJDfBQCe3wUA6N8FAADgBQBA4AUAQ+AFAJjgBQC14AUA8OAFAAHhBQBI4QUAYOEFAKDhBQCs4QUA+OEFAAviBQBQ4gUAX+IFAKjiBQC04gUAAOMFAAHjBQBY4wUAYuMFALDjBQC+4wUACOQFAA3kBQBg5AUAbeQFABAhEwC95AUAEOUFAB3lBQBo5QUAdeUFAMDlBQDM5QUAGOYFACfmBQBw5gUAeuYFAMjmBQDW5gUAIOcFACXnBQB45wUAhecFANDnBQDY5wUAGCITADToBQCA6AUAkOgFANjoBQDh6AUAMOkFADPpBQCI6QUAlOkFAODpBQDn6QUAcCITAEbqBQCQ6gUApuoFAOjqBQD06gUAQOsFAEfrBQCY6wUAoOsFAPDrBQD16wUASOwFAFHsBQCg7AUAquwFAMgiEwD57AUAUO0FAFztBQCo7QUAru0FAADuBQAC7gUAWO4FAGLuBQCw7gUAvu4FAAjvBQAN7wUAYO8FAG3vBQC47wUAwO8FABDwBQAa8AUAaPAFAHbwBQDA8AUA1vAFABjxBQAk8QUAcPEFAHfxBQDI8QUA0PEFACDyBQAl8gUAePIFAIHyBQDQ8gUA2vIFACAjEwA28wUAgPMFAJbzBQDY8wUA5PMFADD0BQA39AUAiPQFAJD0BQDg9AUA5fQFADj1BQBB9QUAkPUFAJr1BQB4IxMA6fUFAED2BQBM9gUAmPYFAJ72BQDw9gUA8vYFAEj3BQBS9wUAoPcFAK73BQD49wUA/fcFAFD4BQBd+AUAqPgFALD4BQAA+QUACvkFAFj5BQBm+QUAsPkFAMb5BQAI+gUAFPoFAGD6BQBn+gUAuPoFAMD6BQAQ+wUAFfsFAGj7BQBx+wUAwPsFAMr7BQDQIxMAGvwFAOD9DQAm/AUAcPwFAIH8BQDI/AUAzfwFACD9BQA3/QUAeP0FAIz9BQDQ/QUA6P0FACj+BQA3/gUAgP4FAIX+BQDY/gUA5f4FADD/BQA9/wUAiP8FAJT/BQDg/wUA7/8FADgABgBCAAYAkAAGAJgABgDoAAYABgEGAEABBgBIAQYAmAEGAKEBBgDwAQYA/QEGAEgCBgBKAgYAoAIGALkCBgD4AgYACQMGAFADBgBcAwYAqAMGALADBgAoJBMABQQGAFgEBgBgBAYAsAQGAL8EBgAIBQYADQUGAGAFBgBtBQYAuAUGAMUFBgAQBgYAHAYGAGgGBgB3BgYAwAYGAMoGBgAYBwYAIAcGAHAHBgB6BwYAyAcGAM0HBgAgCAYAKAgGAIAkEwCMCAYA0AgGANMIBgAoCQYARQkGAIAJBgCRCQYA2AkGAAoKBgAwCgYATwoGAIgKBgCQCgYA4AoGAOIKBgA4CwYARwsGAJALBgCaCwYA6AsGAPYLBgBADAYAWwwGAJgMBgCkDAYA8AwGAPgMBgDYJBMAVA0GAKANBgCvDQYA+A0GAP0NBgBQDgYAVg4GAKgOBgCvDgYAAA8GAAgPBgBYDwYAWg8GALAPBgC3DwYACBAGAAoQBgBgEAYAYRAGALgQBgDCEAYAEBEGABwRBgBoEQYAbhEGAMARBgDaEQYAGBIGACASBgBwEgYAhhIGAMgSBgDWEgYAIBMGACMTBgB4EwYAexMGANATBgDeEwYAKBQGADUUBgCAFAYAlxQGANgUBgDgFAYAMBUGADIVBgCIFQYAkBUGAOAVBgD3FQYAOBYGAEQWBgCQFgYAphYGAOgWBgDwFgYAQBcGAE4XBgCYFwYAohcGAPAXBgD4FwYASBgGAE8YBgCgGAYArBgGAPgYBgD5GAYAUBkGAFwZBgCoGQYAtRkGAAAaBgAHGgYAWBoGAFsaBgCwGgYAuBoGAAgbBgANGwYAYBsGAG0bBgC4GwYA6BsGABAcBgAYHAYAMCUTAG4cBgDAHAYAzhwGABgdBgApHQYAcB0GAHUdBgDIHQYA3x0GACAeBgA0HgYAeB4GAJceBgDQHgYA2B4GACgfBgAqHwYAgB8GAI8fBgDYHwYA4h8GADAgBgA+IAYAiCAGAKMgBgDgIAYA7CAGADghBgBAIQYAiCUTAJwhBgDoIQYA9yEGAEAiBgBFIgYAmCIGAJ4iBgDwIgYA9yIGAEgjBgBQIwYAoCMGAKIjBgD4IwYA/yMGAFAkBgBSJAYAqCQGAKkkBgAAJQYACiUGAFglBgBkJQYAsCUGALYlBgAIJgYAIiYGAGAmBgBoJgYAuCYGAM4mBgAQJwYAHicGAGgnBgBrJwYAwCcGAMMnBgAYKAYAJigGAHAoBgB9KAYAyCgGAN8oBgAgKQYAKCkGAHgpBgB6KQYA0CkGANgpBgAoKgYAPyoGAIAqBgCMKgYA2CoGAO4qBgAwKwYAOCsGAIgrBgCWKwYA4CsGAOorBgA4LAYAQCwGAJAsBgCXLAYA6CwGAPQsBgBALQYAQS0GAJgtBgCkLQYA8C0GAP0tBgBILgYATy4GAKAuBgCjLgYA+C4GAAAvBgBQLwYAVS8GAKgvBgC1LwYAADAGADAwBgBYMAYAYDAGAOAlEwC1MAYACDEGACQxBgBgMQYAaDEGADgmEwDyMQYAEDIGADYyBgBoMgYAkTIGAMAyBgDyMgYAGDMGAC0zBgBwMwYAeDMGAMgzBgDLMwYAIDQGAD00BgB4NAYAiTQGANA0BgDTNAYAKDUGADI1BgCANQYAgjUGANg1BgDiNQYAMDYGADw2BgCINgYApDYGAOA2BgDoNgYAkCYTAG03BgCQNwYAkzcGAOg3BgAOOAYAQDgGAGk4BgCYOAYAvDgGAPA4BgD4OAYA6CYTAE05BgCgOQYArTkGAPg5BgAFOgYAUDoGAFw6BgCoOgYAtzoGAAA7BgAKOwYAWDsGAGY7BgCwOwYAtTsGAAg8BgAVPAYAYDwGAGg8BgC4PAYAwjwGABA9BgAePQYAaD0GAH49BgDAPQYAzD0GABg+BgAdPgYAcD4GAHk+BgDIPgYA0j4GACA/BgA8PwYAeD8GAIA/BgBAJxMA0j8GAChABgA2QAYAgEAGAJFABgCYJxMA30AGAPAnEwA1QQYAiEEGAJBBBgDgQQYA70EGADhCBgA+QgYAkEIGAJxCBgDoQgYA6kIGAEBDBgBKQwYAmEMGAKRDBgDwQwYA+EMGAKAoEwBNRAYAoEQGAK9EBgD4RAYAGEUGAFBFBgBcRQYAqEUGALJFBgAARgYACEYGAFhGBgBaRgYAsEYGAMBGBgAIRwYAEkcGAGBHBgBsRwYAuEcGAL5HBgAQSAYAGEgGAPgoEwBtSAYAwEgGAMlIBgBADQ0AzUgGABhJBgDWSAYAyIMQACJJBgD4RxAAJUkGAHBJBgB8SQYAyEkGANdJBgAgSgYAKkoGAHhKBgCASgYAaP8LAIZKBgDQSgYA3UoGAChLBgA/SwYAgEsGAIhLBgDYSwYA4ksGADBMBgA1TAYAiEwGAJBMBgBQKRMA7UwGADhNBgBGTQYAkE0GAKNNBgDoTQYA8E0GAEBOBgBDTgYAmE4GAJ1OBgDwTgYA/04GAEhPBgBoTwYAoE8GAKxPBgD4TwYAAlAGAFBQBgBsUAYAqFAGALBQBgCoKRMAE1EGAFhRBgBeUQYAsFEGALxRBgAIUgYAElIGAGBSBgBmUgYAuFIGAMZSBgAQUwYAHFMGAGhTBgBrUwYAwFMGAMFTBgAYVAYAJFQGAHBUBgB2VAYAyFQGAM5UBgAgVQYALFUGAHhVBgCVVQYA0FUGANlVBgAoVgYANFYGAIBWBgCDVgYA2FYGAOJWBgAwVwYAPFcGAIhXBgCOVwYA4FcGAOZXBgA4WAYAPVgGAJBYBgCWWAYAACoTAPRYBgBAWQYAQlkGAJhZBgCnWQYA8FkGAPtZBgBIWgYAVFoGAKBaBgCnWgYA+FoGAABbBgBQWwYAWlsGAKhbBgCzWwYAAFwGAAxcBgBYXAYAYFwGAAgrEwCyXAYACF0GABtdBgBgXQYAaF0GALhdBgC+XQYAEF4GABxeBgBoXgYAcl4GAMBeBgDGXgYAGF8GACZfBgBwXwYAfF8GAMhfBgDLXwYAIGAGAChgBgB4YAYAeWAGANBgBgDcYAYAKGEGAC5hBgCAYQYAiGEGANhhBgDeYQYAMGIGADxiBgCIYgYApWIGAOBiBgDpYgYAOGMGAERjBgCQYwYAk2MGAOhjBgDyYwYAQGQGAEhkBgCYZAYAqWQGAPBkBgD+ZAYASGUGAF5lBgCgZQYArmUGAPhlBgACZgYAYCsTAF9mBgCoZgYAs2YGAABnBgAMZwYAWGcGAF9nBgCwZwYAuGcGAAhoBgASaAYAYGgGAGtoBgC4aAYAxGgGABBpBgAYaQYAuCsTAGppBgDAaQYA02kGABhqBgAgagYAcGoGAHZqBgDIagYA1GoGACBrBgAqawYAeGsGAH5rBgDQawYA3msGAChsBgA0bAYAgGwGAINsBgDYbAYA4GwGADBtBgAxbQYAiG0GAJRtBgDgbQYA5m0GADhuBgBAbgYAkG4GAJZuBgDobgYA9G4GAEBvBgBdbwYAmG8GAKFvBgDwbwYA/G8GAEhwBgBLcAYAoHAGAKpwBgD4cAYAAHEGAFBxBgBhcQYAqHEGALZxBgAAcgYAFnIGAFhyBgBmcgYAsHIGALpyBgAIcwYAEHMGAGBzBgCDcwYAECwTAMNzBgAQdAYAHnQGAGh0BgB3dAYAwHQGAMt0BgAYdQYAIHUGAHB1BgB+dQYAyHUGAMt1BgAgdgYAKHYGAGgsEwCUdgYAwCwTANJ2BgAodwYANXcGAIB3BgCNdwYA2HcGAN13BgAweAYAOngGAIh4BgCXeAYA4HgGAOV4BgA4eQYARXkGAJB5BgCdeQYA6HkGAPR5BgBAegYAT3oGAJh6BgCiegYA8HoGAPx6BgBIewYATnsGAKB7BgCmewYA+HsGAP17BgBQfAYAVnwGABgtEwCtfAYACJ8GALl8BgAAfQYADn0GAFh9BgBkfQYAsH0GAL19BgAIfgYAEn4GAGB+BgB8fgYAuH4GANR+BgBwLRMAEn8GAGh/BgB1fwYAwH8GAM1/BgAYgAYAHYAGAHCABgB6gAYAyIAGANeABgAggQYAJYEGAHiBBgCFgQYA0IEGAN2BBgAoggYANIIGAICCBgCPggYA2IIGAOKCBgAwgwYAPIMGAIiDBgCOgwYA4IMGAOaDBgA4hAYAPYQGAJCEBgCWhAYAyC0TAPSEBgBAhQYAR4UGAJiFBgCmhQYA8IUGAPOFBgBIhgYAUIYGAKCGBgClhgYA+IYGAAWHBgBQhwYAWIcGACAuEwCthwYAAIgGAA+IBgBYiAYAWogGALCIBgDBiAYACIkGABOJBgBgiQYAZYkGALiJBgC7iQYAEIoGABqKBgBoigYAhIoGAHguEwDHigYAGIsGACaLBgBwiwYAc4sGAMiLBgDXiwYAIIwGACWMBgB4jAYAhYwGANCMBgDdjAYAKI0GADSNBgCAjQYAj40GANiNBgDijQYAMI4GAD6OBgCIjgYAjY4GAOCOBgDtjgYAOI8GAESPBgCQjwYAo48GAOiPBgD3jwYAQJAGAEyQBgCYkAYAmZAGAPCQBgD6kAYASJEGAFaRBgCgkQYApZEGAPiRBgAFkgYA0C4TAFKSBgCokgYAtpIGAACTBgARkwYA2C8TAF+TBgAwMBMAtZMGAAiUBgAQlAYAYJQGAG+UBgC4lAYAvZQGABCVBgAdlQYAaJUGAHWVBgDAlQYAzJUGABiWBgAnlgYAcJYGAHqWBgDgMBMAypYGACCXBgA7lwYAeJcGAHqXBgDQlwYA6pcGACiYBgA1mAYAgJgGAIyYBgDYmAYA4pgGADCZBgBKmQYAiJkGAJeZBgDgmQYA5ZkGADiaBgBFmgYAkJoGAJ2aBgDomgYA9JoGAECbBgBPmwYAmJsGAKKbBgDwmwYA/JsGAEicBgBbnAYAoJwGAK+cBgD4nAYABJ0GAFCdBgBRnQYAqJ0GALKdBgAAngYADp4GAFieBgBdngYAsJ4GAL2eBgA4MRMAFZ8GAGCfBgBtnwYAuJ8GAMSfBgAQoAYAH6AGAGigBgByoAYAwKAGAM6gBgAYoQYAHaEGAHChBgB9oQYAyKEGANShBgAgogYAM6IGAHiiBgCHogYA0KIGANyiBgAoowYAKaMGAICjBgCKowYA2KMGAOajBgAwpAYANaQGAIikBgCVpAYAkDETAO2kBgA4pQYAOqUGAJClBgCppQYA6KUGAPmlBgBApgYATKYGAJimBgCgpgYAmDITAPWmBgBIpwYAUKcGAKCnBgCvpwYA+KcGAP2nBgBQqAYAXagGAKioBgC1qAYAAKkGAAypBgBYqQYAZ6kGALCpBgC6qQYA8DITABuqBgBgqgYAb6oGALiqBgDEqgYAEKsGABGrBgBoqwYAcqsGAMCrBgDOqwYAGKwGAB2sBgBwrAYAfawGAEgzEwDNrAYAIK0GAC2tBgB4rQYAha0GANCtBgDcrQYAKK4GADeuBgCArgYAiq4GANiuBgDmrgYAMK8GADWvBgCIrwYAla8GAOCvBgDorwYAUDQTAESwBgCQsAYAoLAGAOiwBgDxsAYAQLEGAEOxBgCYsQYApLEGAPCxBgD3sQYAqDQTAFOyBgCgsgYAobIGAPiyBgAQswYAULMGAF2zBgCoswYAtLMGAAC0BgAKtAYAWLQGAFy0BgCwtAYAtbQGAAi1BgAOtQYAYLUGAIC1BgC4tQYA0LUGABC2BgAntgYAaLYGAHS2BgDAtgYAyrYGABi3BgAatwYAcLcGAHe3BgDItwYAz7cGACC4BgAmuAYAeLgGAIS4BgDQuAYA07gGACi5BgAruQYAgLkGAIy5BgDYuQYA27kGAAA1EwA1ugYAiLoGAJC6BgDgugYA5roGADi7BgA9uwYAkLsGAJm7BgDouwYA8rsGAEC8BgBMvAYAmLwGAKC8BgBYNRMA9bwGAEi9BgBQvQYAoL0GAKu9BgD4vQYA/b0GAFC+BgBTvgYAqL4GALK+BgCwNRMACL8GAFi/BgBcvwYAsL8GALK/BgAIwAYAC8AGAGDABgBowAYAuMAGAMXABgAQwQYAFcEGAGjBBgBywQYAwMEGAMjBBgAYwgYAGcIGAHDCBgB1wgYAyMIGAMvCBgAgwwYAI8MGAHjDBgCGwwYA0MMGAOnDBgAoxAYAOcQGAIDEBgCMxAYA2MQGAODEBgAINhMANcUGAIjFBgCQxQYA4MUGAO/FBgA4xgYAPcYGAJDGBgCdxgYA6MYGAPXGBgBAxwYATMcGAJjHBgCnxwYA8McGAPrHBgBIyAYAUMgGAKDIBgCqyAYA+MgGAP3IBgBQyQYAWMkGAGA2EwCzyQYAAMoGAAzKBgBYygYAYMoGALg2EwC8ygYACMsGAA/LBgBgywYAbssGALjLBgC7ywYAEMwGABjMBgBozAYAa8wGAMDMBgDMzAYAGM0GAB7NBgBwzQYAi80GAMjNBgDUzQYAIM4GACbOBgB4zgYAm84GANDOBgDTzgYAKM8GAEzPBgAQNxMAhc8GANjPBgDlzwYAMNAGAD3QBgCI0AYAlNAGAODQBgDv0AYAONEGAELRBgCQ0QYAntEGAOjRBgDt0QYAQNIGAE3SBgCY0gYAoNIGAGg3EwD90gYASNMGAFDTBgCg0wYAudMGAPjTBgD+0wYAUNQGAFXUBgCo1AYAyNQGAADVBgAM1QYAWNUGAGXVBgCw1QYAuNUGAAjWBgAL1gYAYNYGAGrWBgC41gYAutYGABDXBgAa1wYAaNcGAHTXBgDANxMA1tcGABjYBgAk2AYAcNgGAHXYBgDI2AYAeNgGAIBCFADR2AYAINkGACrZBgB42QYAgNkGAPDnCgCE2QYA0NkGAJvZBgDAGAsA1tkGACjaBgDj2QYAoDcOAC7aBgCA2gYAhdoGANjaBgDe2gYAGDgTAD7bBgCI2wYAntsGAODbBgDs2wYAONwGAD3cBgCQ3AYAmdwGAOjcBgDy3AYAQN0GAEjdBgCY3QYAp90GAPDdBgD13QYASN4GAFXeBgCg3gYArd4GAPjeBgAE3wYAUN8GAF/fBgCo3wYAst8GAADgBgAO4AYAWOAGAGXgBgCw4AYAx+AGAAjhBgAQ4QYAYOEGAGrhBgC44QYAveEGABDiBgAY4gYAIDkTAHTiBgDA4gYAxuIGABjjBgAz4wYAcOMGAHzjBgDI4wYAzuMGAHg5EwAm5AYAuPUOADPkBgB45AYAh+QGANDkBgDc5AYAKOUGACnlBgCA5QYAiuUGANjlBgDm5QYAMOYGADXmBgCI5gYAleYGANA5EwDl5gYAOOcGAEDnBgCQ5wYAk+cGAOjnBgDx5wYAQOgGAE/oBgCY6AYAo+gGAPDoBgD46AYASOkGAFjpBgCg6QYArukGAPjpBgAJ6gYAUOoGAFzqBgCo6gYAsOoGANg6EwAG6wYAWOsGAGDrBgCw6wYAt+sGAAjsBgAW7AYAYOwGAGbsBgC47AYAxOwGABDtBgAf7QYAaO0GAHLtBgDA7QYAxe0GABjuBgAe7gYAcO4GAITuBgDI7gYA0O4GACDvBgBK7wYAeO8GAIHvBgDQ7wYA3e8GACjwBgA28AYAgPAGAJPwBgDY8AYA9PAGADA7EwA18QYAiPEGAJXxBgDg8QYA7fEGADjyBgBE8gYAkPIGAJ/yBgDo8gYA8vIGAEDzBgBO8wYAmPMGAJ3zBgDw8wYA/fMGAEj0BgBQ9AYAiDsTAKz0BgD49AYACPUGAFD1BgBZ9QYAqPUGAKv1BgAA9gYADPYGAFj2BgBf9gYA4DsTANr2BgAI9wYAEfcGAGD3BgBt9wYAuPcGAMb3BgAQ+AYAI/gGAGj4BgCE+AYAODwTAM74BgAY+QYALvkGAHD5BgB8+QYAyPkGAM/5BgAg+gYAKPoGAHj6BgB9+gYA0PoGANn6BgAo+wYAMvsGAJA8EwCB+wYA2PsGAOT7BgAw/AYANvwGAIj8BgCK/AYA4PwGAOr8BgA4/QYARv0GAJD9BgCV/QYA6P0GAPX9BgBA/gYASP4GAJj+BgCi/gYA8P4GAP7+BgBI/wYAXv8GAKD/BgCs/wYA+P8GAP//BgBQAAcAWAAHAKgABwCtAAcAAAEHAAkBBwBYAQcAYgEHAOg8EwC2AQcACAIHAA4CBwBgAgcAZQIHALgCBwC+AgcAQD0TABUDBwBoAwcAdQMHAMADBwDNAwcAGAQHACQEBwBwBAcAfwQHAMgEBwDSBAcAIAUHAC4FBwB4BQcAfQUHANAFBwDdBQcAKAYHADAGBwBIPhMAjgYHANgGBwDuBgcAMAcHADwHBwCIBwcAjQcHAOAHBwDpBwcAOAgHAEIIBwCgPhMAnAgHAOgIBwD5CAcAQAkHAEwJBwCYCQcApwkHAPAJBwD6CQcASAoHAFYKBwCgCgcApQoHAPgKBwAFCwcAUAsHAFoLBwCoCwcAXAsHAHAPBwC2CwcAAAwHABYMBwBYDAcAZAwHALAMBwC1DAcACA0HABENBwBgDQcAag0HALgNBwDEDQcAEA4HABYOBwBoDgcAbg4HAMAOBwDFDgcAGA8HAB4PBwD4PhMAdg8HAMgPBwDODwcAIBAHACUQBwB4EAcAfhAHAFA/EwDeEAcAKBEHAD4RBwCAEQcAjBEHANgRBwDdEQcAMBIHADkSBwCIEgcAkhIHAOASBwDsEgcAOBMHAEsTBwCQEwcAnxMHAOgTBwD0EwcAQBQHAEEUBwCYFAcAohQHAPAUBwD+FAcASBUHAE0VBwCgFQcArRUHAKg/EwAHFgcAUBYHAHAWBwCoFgcAtBYHAAAXBwAKFwcAWBcHAF0XBwCwFwcAsRcHAAgYBwAUGAcAYBgHAG0YBwC4GAcAxBgHABAZBwAjGQcAaBkHAHcZBwDAGQcAzBkHABgaBwAZGgcAcBoHAHoaBwDIGgcA1hoHACAbBwAlGwcAeBsHAIUbBwAAQBMA7BsHAFhAEwAuHAcAgBwHAIYcBwDYHAcA3RwHADAdBwA2HQcAsEATAI0dBwDgHQcA4x0HADgeBwBEHgcAkB4HAJYeBwDoHgcAAx8HAEAfBwBMHwcAmB8HAJ4fBwDwHwcA8h8HAEggBwBjIAcAoCAHAKIgBwD4IAcABiEHAFAhBwBhIQcAqCEHAKohBwAAIgcAGSIHAFgiBwBpIgcAsCIHALwiBwC4QRMAEiMHAGAjBwBuIwcAuCMHAM4jBwAQJAcAHCQHAGgkBwBtJAcAwCQHAMkkBwAYJQcAIiUHAHAlBwB4JQcAyCUHAM0lBwAgJgcALyYHAHgmBwCHJgcA0CYHANkmBwAoJwcALicHAIAnBwCGJwcA2CcHAOQnBwAwKAcANygHAIgoBwCQKAcA4CgHAOIoBwA4KQcASCkHAJApBwCaKQcA6CkHAPQpBwBAKgcARioHAJgqBwCgKgcAEEITAPwqBwBIKwcAWSsHAKArBwCsKwcA+CsHAAcsBwBQLAcAWiwHAKgsBwC2LAcAAC0HAAUtBwBYLQcAZS0HALAtBwC4LQcACC4HABIuBwBwRgcAFC4HAGAuBwBmLgcAuC4HAL4uBwAQLwcAFS8HAGgvBwBuLwcAaEITAMwvBwAYMAcAHjAHAHAwBwCLMAcAyDAHANQwBwAgMQcAJjEHAHgxBwCAMQcA0DEHANMxBwAoMgcANDIHAIAyBwCRMgcA2DIHAOQyBwAwMwcAPzMHAIgzBwCSMwcA4DMHAO4zBwA4NAcAPTQHAJA0BwCdNAcA6DQHAPA0BwBANQcASjUHAJg1BwCmNQcA8DUHAAY2BwBINgcAVDYHAKA2BwClNgcA+DYHAAE3BwBQNwcAWjcHAHBDEwCuNwcAADgHAAY4BwBYOAcAZDgHALA4BwC9OAcACDkHABI5BwBgOQcAaDkHALg5BwDCOQcAEDoHABU6BwBoOgcAaToHAMA6BwDFOgcAGDsHACk7BwBwOwcAdTsHAMg7BwDfOwcAIDwHADQ8BwB4PAcAlDwHANA8BwDYPAcAyEMTADA9BwCAPQcAij0HANg9BwDsPQcAMD4HADE+BwCIPgcAlD4HAOA+BwD8PgcAOD8HAEA/BwAgRBMAmT8HAOg/BwD2PwcAQEAHAPc/BwAoywsASkAHAJhABwCaQAcA8EAHAAlBBwBIQQcAWUEHAKBBBwCsQQcA+EEHAABCBwB4RBMAXEIHAKhCBwCuQgcAAEMHABtDBwBYQwcAZEMHALBDBwC2QwcACEQHAAtEBwBgRAcAaEQHALhEBwDIRAcAEEUHABVFBwBoRQcAcUUHAMBFBwDNRQcAGEYHAB9GBwDQRBMAfkYHAMhGBwDeRgcAIEcHACxHBwB4RwcAfUcHANBHBwDZRwcAKEgHADJIBwCASAcAnEgHANhIBwDgSAcAKEUTADVJBwCISQcAkEkHAOBJBwDiSQcAOEoHAFNKBwCQSgcAkkoHAOhKBwD2SgcAQEsHAFFLBwCYSwcAmksHAPBLBwAJTAcASEwHAFlMBwCgTAcArEwHAPhMBwAATQcAgEUTAFxNBwCoTQcArk0HAABOBwAbTgcAWE4HAGROBwCwTgcAtk4HAAhPBwALTwcA2EUTAH1PBwC4TwcAuU8HABBQBwAfUAcAaFAHAG1QBwDAUAcAzVAHABhRBwAlUQcAcFEHAHxRBwDIUQcA11EHACBSBwAqUgcAeFIHAIZSBwDQUgcA1VIHAChTBwA1UwcAgFMHAIxTBwDYUwcA3lMHADBUBwDrUwcAMGoHADZUBwCIVAcAjVQHAOBUBwDmVAcAMEYTAD1VBwCQVQcAsFUHAOhVBwD0VQcAQFYHAEZWBwCYVgcAoFYHAFCEBwChVgcA8FYHAP1WBwBIVwcATlcHAKBXBwCsVwcA+FcHAPpXBwBQWAcAX1gHAKhYBwCzWAcAAFkHAAJZBwBYWQcAcVkHALBZBwDBWQcACFoHABRaBwBgWgcAbFoHALhaBwDLWgcAEFsHAB9bBwBoWwcAdFsHAMBbBwDBWwcAGFwHACJcBwBwXAcAflwHAMhcBwDNXAcAIF0HAC1dBwCIRhMAhV0HANBdBwDkXQcAKF4HAEReBwCAXgcAnF4HAOBGEwDnXgcAMF8HADFfBwCIXwcAl18HAOBfBwDlXwcAOGAHAEVgBwCQYAcAnWAHAOhgBwD0YAcAQGEHAE9hBwCYYQcAomEHAPBhBwD+YQcASGIHAE1iBwCgYgcArWIHAPhiBwAIYwcAUGMHAFJjBwCoYwcAtmMHAABkBwARZAcAOEcTAF9kBwCQRxMAtWQHAAhlBwAVZQcAYGUHAG1lBwC4ZQcAvmUHABBmBwAcZgcAaGYHAHhmBwDAZgcAyWYHABhnBwAbZwcAcGcHAHxnBwDIZwcAz2cHAOhHEwAsaAcAeGgHAIhoBwDQaAcA2WgHAChpBwAraQcAgGkHAIxpBwDYaQcA32kHAEBIEwA/agcAiGoHAJRqBwDgagcA4WoHADhrBwBCawcAkGsHAJ5rBwDoawcA7WsHAEBsBwBNbAcAmEgTAJ1sBwDwbAcA/2wHAEhtBwBobQcAoG0HAKxtBwD4bQcAAm4HAFBuBwBYbgcAqG4HALRuBwAAbwcABm8HAFhvBwBebwcAsG8HALVvBwAIcAcADnAHAKBJEwBlcAcAuHAHAMFwBwAQcQcAIXEHAGhxBwBvcQcAwHEHAMhxBwAYcgcAJXIHAHByBwB1cgcAyHIHANJyBwAgcwcAKHMHAHhzBwCHcwcA0HMHANVzBwAodAcANXQHAIB0BwCNdAcA2HQHAOR0BwAwdQcAP3UHAIh1BwCSdQcA4HUHAOh1BwA4dgcAQnYHAJB2BwCVdgcA6HYHAPB2BwCoShMARXcHAJh3BwCbdwcA8HcHAPp3BwAASxMATngHAKB4BwCleAcA+HgHABh5BwBQeQcAXHkHAKh5BwCueQcAAHoHAAN6BwBYegcAWnoHALB6BwDLegcACHsHAAp7BwBgewcAbnsHALh7BwDJewcAEHwHABJ8BwBofAcAgXwHAMB8BwDRfAcAGH0HACR9BwBYSxMAgH0HAMh9BwDofQcAIH4HACJ+BwB4fgcAhH4HAGAxEQCHfgcAGJMHAJR+BwDYoAcApH4HANB+BwDTfgcAKH8HADd/BwCAfwcAhX8HANh/BwDlfwcAMIAHAD2ABwCIgAcAlIAHAOCABwDvgAcAOIEHAEKBBwCQgQcAnoEHAOiBBwDtgQcAQIIHAE2CBwCYggcApIIHAPCCBwD2ggcASIMHAE6DBwCggwcApYMHAPiDBwD+gwcAsEsTAGaEBwCohAcAqoQHAACFBwAUhQcAWIUHAGCFBwCwhQcAvYUHAAiGBwANhgcAYIYHAGqGBwC4hgcAwIYHABCHBwAphwcAaIcHAHSHBwDAhwcAyIcHAAhMEwAziAcAcIgHAHKIBwDIiAcA1ogHACCJBwAxiQcAeIkHAHqJBwDQiQcA6YkHACiKBwA5igcAgIoHAIyKBwBgTBMA3YoHADCLBwA5iwcAiIsHAJmLBwDgiwcA54sHADiMBwBAjAcAkIwHAJ2MBwDojAcA7YwHAECNBwBKjQcAmI0HAKCNBwDwjQcACY4HAEiOBwBUjgcAoI4HAKiOBwAQTRMA+44HAFCPBwBajwcAqI8HAKqPBwAAkAcAGZAHAFiQBwBpkAcAsJAHAL6QBwAIkQcAC5EHAGCRBwBrkQcAuJEHAMSRBwAQkgcAF5IHAGhNEwBpkgcAwJIHANuSBwDATRMAHZMHAHCTBwB9kwcAyJMHANWTBwAglAcALJQHAHiUBwCHlAcA0JQHANqUBwAolQcANpUHAICVBwCFlQcA2JUHAOWVBwAwlgcAPJYHAIiWBwCOlgcA4JYHAOaWBwA4lwcAPZcHAJCXBwCWlwcAGE4TAPWXBwBAmAcAQpgHAJiYBwCxmAcA8JgHAAGZBwBImQcAVJkHAKCZBwComQcAIE8TAP2ZBwBQmgcAWJoHAKiaBwDBmgcAAJsHAAWbBwBYmwcAXZsHALCbBwC6mwcACJwHAAucBwBgnAcAapwHALicBwC+nAcAEJ0HABKdBwBonQcAaZ0HAMCdBwDInQcAGJ4HACieBwBwngcAdp4HAMieBwDNngcAIJ8HADafBwB4nwcAgJ8HANCfBwD6nwcAKKAHAEugBwCAoAcAn6AHAHhPEwDgoAcA0E8TAEGhBwCIoQcAlqEHAOChBwDsoQcAOKIHAEWiBwCQogcAmqIHAOiiBwDwogcAQKMHAEujBwCYowcAmqMHAPCjBwDzowcASKQHAFCkBwCgpAcApqQHAPikBwABpQcAUKUHAF2lBwCopQcAsKUHAACmBwAFpgcAWKYHAGGmBwCwpgcAuqYHAAinBwAQpwcAYKcHAGWnBwC4pwcAyKcHABCoBwAYqAcAaKgHAGqoBwDAqAcA26gHABipBwAaqQcAcKkHAH6pBwDIqQcA2akHACCqBwAiqgcAeKoHAJGqBwDQqgcA4aoHACirBwA0qwcAgKsHAIirBwAoUBMA3qsHADCsBwA1rAcAiKwHAKisBwDgrAcA7KwHADitBwA+rQcAkK0HAJOtBwDorQcA8K0HAECuBwBKrgcAmK4HAJ2uBwDwrgcA+K4HAEivBwBSrwcAoK8HAKKvBwD4rwcACbAHAFCwBwBwsAcAqLAHALCwBwAAsQcACrEHAFixBwBdsQcAgFATAMSxBwAIsgcAELIHAGCyBwBlsgcAuLIHAMiyBwAQswcAGLMHAGizBwByswcAwLMHAMuzBwAYtAcAJLQHAHC0BwB4tAcA2FATANS0BwAgtQcALLUHAHi1BwB/tQcA0LUHANi1BwAotgcAQbYHAIC2BwCGtgcA2LYHAN22BwAwtwcAULcHAIi3BwCUtwcA4LcHAOa3BwA4uAcAO7gHADBREwCSuAcA6LgHAJ64BwCAXhIA67gHAEC5BwBKuQcAmLkHAKa5BwDwuQcA/7kHAEi6BwBLugcAoLoHAGC6BwDw+wcAZLoHADjZBwCsugcA+LoHAPq6BwBQuwcAVrsHAKi7BwC3uwcAALwHAAu8BwBYvAcAYLwHAPA9CAByvAcAsLwHALy8BwAIvQcAG70HAGC9BwBvvQcAuL0HAMS9BwAQvgcAEb4HAGi+BwByvgcAwL4HAM6+BwAYvwcAHb8HAHC/BwB9vwcAiFETAOK/BwAgwAcAL8AHAHjABwB9wAcA0MAHAN3ABwAowQcANcEHAIDBBwCMwQcA2MEHAOfBBwAwwgcAOsIHAIjCBwCWwgcA4MIHAOXCBwA4wwcARcMHAJDDBwCcwwcA6MMHAO7DBwBAxAcARsQHAJjEBwCdxAcA8MQHAPbEBwDgURMAScUHAKDFBwBRxQcAKIwKAFXFBwAYdAoAV8UHAGhCCABoxQcAgPYPAKzFBwD4xQcA/sUHAJAYCQAFxgcAUMYHAFPGBwCoxgcAtMYHAADHBwACxwcAWMcHAF7HBwCwxwcAv8cHAAjIBwATyAcAYMgHAGHIBwC4yAcAzMgHABDJBwAqyQcAaMkHAHTJBwDAyQcA08kHABjKBwAnygcAcMoHAHzKBwDIygcAycoHACDLBwAqywcAeMsHAIbLBwDQywcA1csHACjMBwA1zAcAOFITAJrMBwDYzAcA58wHADDNBwA1zQcAiM0HAJXNBwDgzQcA7c0HADjOBwBEzgcAkM4HAJ/OBwDozgcA8s4HAEDPBwBOzwcAmM8HAJ3PBwDwzwcA/c8HAEjQBwBU0AcAoNAHAKbQBwD40AcA/tAHAFDRBwBV0QcAqNEHAK7RBwCQUhMADtIHAFjSBwBz0gcAsNIHAL7SBwAI0wcAFdMHAGDTBwB30wcAuNMHAMfTBwAQ1AcAFdQHAGjUBwB11AcAwNQHAM3UBwAY1QcAJNUHAHDVBwB/1QcAyNUHANLVBwAg1gcALtYHAHjWBwB91gcA0NYHAN3WBwAo1wcAK9cHAIDXBwCM1wcA2NcHAN7XBwAw2AcANtgHAIjYBwCN2AcA4NgHAObYBwDoUhMAVNkHAEBTEwCW2QcA6NkHAOrZBwBA2gcATdoHAJjaBwCb2gcA8NoHAPHaBwBI2wcATdsHAKDbBwCm2wcA+NsHAALcBwBQ3AcAbNwHAKjcBwDE3AcAmFMTAAbdBwBY3QcAWt0HALDdBwC93QcACN4HAAveBwBg3gcAYd4HALjeBwC93gcAEN8HABbfBwBo3wcAct8HAMDfBwDc3wcAGOAHADTgBwDwUxMAduAHAMjgBwDO4AcAIOEHACXhBwB44QcAfuEHAEhUEwDS4QcAKOIHADbiBwCA4gcAkeIHAFBVEwDf4gcAqFUTADXjBwCI4wcAkOMHAODjBwDl4wcAOOQHAO/jBwDY+AcAOeQHAJDkBwCc5AcA6OQHAPXkBwBA5QcASOUHAJjlBwCi5QcA8OUHAP/lBwBI5gcASeYHAKDmBwCo5gcA+OYHAAfnBwBQ5wcAVecHAKjnBwC15wcAAOgHAA3oBwBY6AcAZOgHALDoBwC/6AcACOkHABLpBwBg6QcAbukHALjpBwC96QcAEOoHAB3qBwBo6gcAcOoHAMDqBwDK6gcAGOsHAB3rBwBw6wcAeOsHAFhWEwDN6wcAIOwHACnsBwBI8QcALewHAHjsBwCF7AcA0OwHANzsBwAo7QcAN+0HAIDtBwCK7QcA2O0HAObtBwAw7gcANe4HAIjuBwCV7gcA4O4HAOjuBwCwVhMARO8HAJDvBwCg7wcA6O8HAPHvBwBA8AcAQ/AHAJjwBwCk8AcA8PAHAPfwBwAIVxMAWfEHAKDxBwCn8QcA+PEHAAXyBwBQ8gcAb/IHAKjyBwCy8gcAAPMHAAjzBwBY8wcAZ/MHALDzBwC18wcACPQHABX0BwBg9AcAbfQHALj0BwDE9AcAEPUHAB/1BwBo9QcAcvUHAMD1BwDI9QcAGPYHACL2BwBw9gcAdfYHAMj2BwDQ9gcAYFcTACz3BwB49wcAfvcHAND3BwDr9wcAKPgHADT4BwCA+AcAhvgHALhXEwDd+AcAMPkHAD35BwCI+QcAlfkHAOD5BwDs+QcAOPoHAEf6BwCQ+gcAmvoHABBYEwDy+gcAQPsHAEX7BwCY+wcAoPsHAGhYEwD6+wcASPwHAE78BwCg/AcAovwHAPj8BwAF/QcAUP0HAFP9BwCo/QcAqf0HAAD+BwAF/gcAWP4HAF7+BwCw/gcAuv4HAAj/BwAi/wcAYP8HAG//BwC4/wcAvf8HABAACAAdAAgAaAAIAHUACADAAAgAzAAIABgBCAAnAQgAcAEIAHoBCADIAQgA1gEIACACCAAlAggAeAIIAIUCCADQAggA2gIIAMgMCADcAggAKAMIAC4DCACAAwgAhgMIANgDCADdAwgAMAQIADYECADAWBMAjQQIAOAECADtBAgAOAUIAEUFCACQBQgAnAUIAOgFCAD3BQgAQAYIAEoGCACYBggApgYIAPAGCAD1BggASAcIAFUHCACgBwgAqAcIAMhZEwD+BwgAUAgIAFYICACoCAgArQgIAAAJCAAGCQgAIFoTAFoJCACwCQgAuQkIAAgKCAALCggAYAoIAGwKCAC4CggAvwoIABALCAAYCwgAaAsIAIELCADACwgA1AsIABgMCAA0DAgAcAwIAHgMCADQWhMA1gwIACANCAA2DQgAeA0IAIQNCADQDQgA1Q0IACgOCAAxDggAgA4IAIoOCADYDggA9A4IADAPCAA4DwgAKFsTAI0PCADgDwgA7Q8IADgQCABFEAgAkBAIAJwQCADoEAgA9xAIAEARCABKEQgAmBEIAKYRCADwEQgA9REIAEgSCABVEggAoBIIAKgSCACAWxMABhMIAFATCABmEwgAqBMIALQTCAAAFAgABRQIAFgUCABhFAgAsBQIALoUCAAIFQgAEBUIAGAVCABvFQgAuBUIALoVCAAQFggAGRYIAGgWCABrFggAwBYIAMwWCAAYFwgAHxcIAHAXCAB4FwgAyBcIAOEXCAAgGAgANBgIAHgYCACUGAgA0BgIANgYCADYWxMALRkIAIAZCACNGQgA2BkIAOUZCAAwGggAPBoIAIgaCACXGggA4BoIAOoaCAA4GwgAQhsIAJAbCACeGwgA6BsIAP4bCABAHAgATBwIAJgcCACdHAgA8BwIAPkcCABIHQgAUh0IAKAdCACsHQgA+B0IAP4dCABQHggAVh4IAKgeCACtHggAAB8IAAYfCAAwXBMAZB8IALAfCAC0HwgACCAIABcgCABgIAgAZSAIALggCADFIAgAECEIAB0hCABoIQgAdCEIAMAhCADPIQgAGCIIACIiCABwIggAfiIIAMgiCADNIggAICMIAC0jCAB4IwgAhCMIANAjCADWIwgAKCQIAC4kCACAJAgAhSQIANgkCADeJAgAiFwTADUlCACIJQgAjyUIAOAlCADsJQgAOCYIADomCACQJggAOyYIAGgsCACrJggA6CYIAOomCABAJwgATicIAJgnCACpJwgA8CcIAPInCABIKAgAYSgIAKAoCACxKAgA+CgIAAQpCABQKQgAXCkIAKgpCAC7KQgAACoIAA8qCABYKggAZCoIALAqCACxKggACCsIABIrCABgKwgAbisIALgrCAC9KwgAECwIAB0sCADgXBMAaiwIAMAsCADbLAgAGC0IABotCABwLQgAfi0IAMgtCADZLQgAIC4IACIuCAB4LggAkS4IANAuCADhLggAKC8IADQvCACALwgAjC8IANgvCADrLwgAMDAIAD8wCACIMAgAlDAIAOAwCADhMAgAODEIAEIxCACQMQgAnjEIAOgxCADtMQgAQDIIAE0yCADoXRMAnTIIAPAyCAD4MggASDMIAEozCACgMwgAsTMIAPgzCAAGNAgAUDQIAGs0CACoNAgAtDQIAAA1CAAINQgA8F4TAF01CACwNQgAtzUIAAg2CAAUNggAYDYIAGM2CAC4NggAwDYIABA3CAAgNwgAaDcIAG03CADANwgAyTcIABg4CAAlOAgAcDgIAHc4CADIOAgA0DgIAEhfEwAtOQgAeDkIAIA5CADQOQgA5DkIACg6CAAtOggAgDoIAIk6CADYOggA3joIADA7CAA4OwgAiDsIAJc7CADgOwgA8TsIADg8CABBPAgAkDwIAJM8CADoPAgA8jwIAEA9CABMPQgAmD0IAJ49CACgXxMA/T0IAEg+CABNPggAoD4IAKc+CAD4PggABD8IAFA/CABYPwgA+F8TAMM/CAAAQAgAAkAIAFhACABmQAgAsEAIAMFACAAIQQgACkEIAGBBCAB5QQgAuEEIAMlBCAAQQggAHEIIAFBgEwB3QggAwEIIAMlCCAAYQwgAHkMIAHBDCAB2QwgAyEMIANRDCAAgRAgAJ0QIAHhECACARAgA0EQIANRECAAoRQgAM0UIAIBFCACORQgA2EUIAOlFCAAwRggAPEYIAIhGCACQRggAqGATAONGCAA4RwgAQkcIAJBHCACSRwgA6EcIAAFICABASAgAUUgIAJhICACmSAgA8EgIAPNICABISQgAU0kIAKBJCACuSQgA+EkIAAVKCABQSggAZ0oIAKhKCACwSggAAEsIAAJLCABYSwgAYEsIALBLCAC/SwgACEwIAA1MCABgTAgAbUwIALhMCADFTAgAEE0IABxNCABoTQgAd00IAMBNCADKTQgAGE4IACZOCABwTggAdU4IAMhOCADVTggAIE8IAChPCAB4TwgAgk8IANBPCADVTwgAKFAIADBQCACAUAgAg1AIANhQCAD1UAgAMFEIAEFRCACIUQgAkFEIAOBRCADjUQgAOFIIAERSCACQUggAllIIAOhSCAADUwgAQFMIAExTCACYUwgAnlMIAABhEwD/UwgASFQIAElUCACgVAgA2VQIAPhUCAAGVQgAUFUIAFFVCACoVQgAsFUIAABWCAAPVggAWFYIAF1WCACwVggAvVYIAAhXCAAVVwgAYFcIAGxXCAC4VwgAx1cIABBYCAAaWAgAaFgIAHZYCADAWAgAxVgIABhZCAAlWQgAcFkIAHhZCADIWQgA0lkIACBaCAAlWggAeFoIAIBaCADQWggA2loIAChbCAAzWwgAgFsIAIxbCADYWwgA4FsIAFhhEwA1XAgAiFwIAItcCADgXAgA6lwIADhdCABAXQgAsGETAJ5dCADoXQgA/l0IAEBeCABMXggAmF4IAJ1eCADwXggA+V4IAEhfCABSXwgAoF8IAKhfCAD4XwgABGAIAFBgCABjYAgAqGAIAKlgCAAAYQgADmEIAFhhCABeYQgAsGEIALxhCAAIYggAD2IIAAhiEwBhYggAuGIIAMRiCAAQYwgAHWMIAGhjCABwYwgAwGMIAMpjCAAYZAgAJ2QIAHBkCABxZAgAyGQIANBkCAAgZQgAL2UIAHhlCAB9ZQgA0GUIAN1lCAAoZggANWYIAIBmCACMZggA2GYIAOdmCAAwZwgAOmcIAIhnCACWZwgA4GcIAOVnCAA4aAgARWgIAJBoCACYaAgA6GgIAOxoCABAaQgATmkIAJhpCACiaQgA8GkIAPtpCABIaggAUGoIAKBqCACraggA+GoIAP1qCABQawgAU2sIAKhrCACyawgAAGwIAAhsCABYbAgAd2wIAGBiEwC/bAgACG0IAAltCABgbQgAaG0IALhtCAC5bQgAEG4IABZuCABobggAbW4IAMBuCADbbggAGG8IACZvCABwbwgAd28IAMhvCADUbwgAIHAIACZwCAB4cAgAlHAIANBwCADYcAgAuGITAC5xCACAcQgAhnEIANhxCADdcQgAMHIIADZyCAAQYxMAjXIIAOByCADncggAOHMIAERzCACQcwgAmHMIAMBjEwD7cwgAQHQIAHJ0CACYdAgAmnQIAKB1CADPdAgA8HQIABV1CABIdQgAT3UIAHBkEwCDdQgAGGQTALB1CAD4dQgAM3YIAMhkEwBZdggAMB4OAFp2CAD4fhAAbXYIAKh2CABwdggAyKcPALl2CAAAdwgACHcIAFh3CABbdwgAsHcIALx3CAAIeAgADngIAGB4CAB7eAgAuHgIAMR4CAAQeQgAFnkIAGh5CABweQgAwHkIANx5CAAYeggAIHoIACBlEwB/eggAyHoIAMl6CAAgewgAKHsIAHh7CAB5ewgA0HsIANZ7CAAofAgALXwIAIB8CACbfAgA2HwIAOZ8CAAwfQgAN30IAIh9CACUfQgA4H0IAOZ9CAA4fggAVH4IAJB+CACYfggAeGUTAO5+CABAfwgARn8IAJh/CACdfwgA8H8IAPZ/CADQZRMATYAIAKCACACngAgA+IAIAASBCABQgQgAWIEIAIBmEwC7gQgAAIIIADKCCABYgggAWoIIAGCDCACPgggAsIIIANWCCAAIgwgAD4MIADBnEwBDgwgA2GYTAHCDCAC4gwgA84MIAIhnEwAShAgAaIQIAGmECADAhAgAyoQIABiFCAAmhQgAcIUIAIuFCADIhQgA1IUIACCGCAAohggA4GcTAISGCADQhggA1oYIACiHCABDhwgAgIcIAIyHCADYhwgA3ocIADCICAA4iAgAiIgIAJaICADgiAgA44gIADiJCABAiQgAkIkIAJmJCADoiQgA9YkIAECKCABCiggAmIoIALOKCADwiggA8ooIAEiLCABWiwgAoIsIALGLCAD4iwgA+osIAFCMCABpjAgAqIwIALmMCAAAjQgADI0IAFiNCABgjQgAOGgTALaNCAAIjggAEI4IAGCOCABnjggAuI4IAL2OCAAQjwgAHI8IAGiPCABrjwgAwI8IAMiPCAAYkAgAJZAIAHCQCAB1kAgAyJAIANKQCAAgkQgAKJEIAHiRCACEkQgA0JEIAOORCAAokggANpIIAICSCACDkggA2JIIAOKSCACQaBMAM5MIAIiTCACQkwgA4JMIAOOTCAA4lAgARJQIAJCUCACWlAgA6JQIAAOVCABAlQgATJUIAJiVCACelQgA8JUIAPiVCABIlggAVpYIAKCWCACjlggA+JYIAACXCABQlwgAWZcIAKiXCAC1lwgAAJgIAAKYCABYmAgAc5gIALCYCACymAgACJkIABaZCABgmQgAcZkIALiZCAC6mQgAEJoIACmaCABomggAeZoIAMCaCADMmggAGJsIACCbCADoaBMAdpsIAMibCADQmwgAIJwIACecCAB4nAgAfZwIANCcCADcnAgAKJ0IACudCACAnQgAiJ0IANidCADlnQgAMJ4IADWeCACInggAkp4IAOCeCADonggAOJ8IAESfCACQnwgAo58IAOifCAD2nwgAQKAIAEOgCACYoAgAoqAIAEBpEwDzoAgASKEIAFShCACgoQgApqEIAPihCAAToggAUKIIAFyiCACooggArqIIAACjCAAIowgAWKMIAGajCACwowgAs6MIAAikCAAQpAgAYKQIAGmkCAC4pAgAxaQIABClCAASpQgAaKUIAIOlCADApQgAwqUIABimCAAmpggAcKYIAIGmCADIpggAyqYIACCnCAA5pwgAeKcIAImnCADQpwgA3KcIACioCAAwqAgAmGkTAIaoCADYqAgA4KgIADCpCAA3qQgAiKkIAI2pCADgqQgA7KkIADiqCAA7qggAkKoIAJiqCADoqggA9aoIAECrCABFqwgAmKsIAKKrCADwqwgA+KsIAEisCABUrAgAoKwIALOsCAD4rAgABq0IAFCtCABTrQgAqK0IALKtCADwaRMACK4IAEhqEwBmrggAsK4IAMGuCAAIrwgAFK8IAGCvCABorwgAoGoTAL2vCAAQsAgAGrAIAGiwCABwsAgAwLAIANCwCAAYsQgAHbEIAHCxCAB5sQgAyLEIANWxCAAgsggAJ7IIAPhqEwB6sggA0LIIAH2yCACYyQkAgbIIAIAGEgCEsggAsKwQAIayCACAPwoA2rIIAFBFEQDhsggAKLMIADmzCACAswgAjrMIANizCAD0swgAMLQIAEy0CABQaxMAlrQIAOC0CADttAgAOLUIAE+1CACQtQgAnLUIAOi1CADutQgAQLYIAEa2CACYtggAnbYIAPC2CAD2tggAqGsTAF63CACgtwgAr7cIAPi3CADMtwgAIL0IAPq3CABQuAgAX7gIAKi4CACzuAgAALkIAAy5CABYuQgAW7kIALC5CABfuQgAGMcIAHS5CACQwAgAvLkIAAi6CAAOuggAYLoIAHu6CAC4uggAxLoIABC7CAAWuwgAaLsIAHS7CADAuwgAxrsIABi8CAAevAgAcLwIAHW8CADIvAgAzrwIAABsEwAjvQgAeL0IAJS9CADQvQgA2L0IAAhtEwA0vggAgL4IAIa+CADYvggA874IADC/CAA8vwgAiL8IAI6/CADgvwgA6L8IADjACABZwAgAYG0TAJjACAC4bRMA7cAIAEDBCABNwQgAmMEIAKXBCADwwQgA/MEIAEjCCABXwggAoMIIAKrCCAD4wggAAMMIAFDDCABawwgAqMMIALbDCAAAxAgAFsQIAFjECABkxAgAsMQIALXECAAIxQgAEcUIAGDFCABqxQgAuMUIAMDFCAAQxggAGsYIAGjGCABtxggAwMYIAMjGCAAQbhMAJMcIAHDHCACDxwgAyMcIANfHCAAgyAgALMgIAHjICAB5yAgA0MgIANrICAAoyQgANskIAIDJCACFyQgA2MkIAOXJCABobhMAO8oIAIjKCACUyggA4MoIAObKCAA4ywgARMsIAJDLCACYywgAcG8TAOvLCABAzAgASMwIAJjMCAClzAgA8MwIAPXMCABIzQgAUM0IAKDNCACizQgA+M0IABPOCABQzggAUs4IAKjOCAC2zggAAM8IABHPCABYzwgAWs8IALDPCADJzwgACNAIABnQCABg0AgAbNAIALjQCADA0AgAyG8TABXRCABo0QgAddEIAMDRCADN0QgAGNIIACTSCABw0ggAf9IIAMjSCADS0ggAINMIAC7TCAB40wgAfdMIANDTCADd0wgAKNQIADDUCACA1AgAgtQIANjUCADi1AgAMNUIADjVCAAgcBMAk9UIAODVCADu1QgAONYIADvWCACQ1ggAmNYIAOjWCAD+1ggAQNcIAEXXCACY1wgArtcIAPDXCAD81wgASNgIAFXYCACg2AgAqtgIAHhwEwD62AgAUNkIAF7ZCACo2QgAudkIANBwEwAG2ggAWNoIAGTaCAAocRMAstoIAAjbCAAO2wgAYNsIAIDbCAC42wgAxNsIABDcCAAX3AgAaNwIAHDcCADA3AgAx9wIABjdCAAk3QgAcN0IAHLdCADI3QgAz90IAIBxEwAj3ggAeN4IAIDeCADQ3ggA4N4IACjfCAAq3wgAgN8IAI7fCADY3wgA6d8IANhxEwA34AgAMHITAJXgCADg4AgA5+AIADjhCABA4QgAkOEIAJ7hCADo4QgA6+EIAEDiCABI4ggAmOIIAJ/iCADw4ggA/uIIAEjjCABL4wgAoOMIAKLjCAD44wgAEeQIAFDkCABh5AgAqOQIALTkCAAA5QgAB+UIAFjlCABg5QgAsOUIALnlCAAI5ggAFeYIAGDmCABq5ggAuOYIAMbmCAAQ5wgAIecIAGjnCABw5wgAwOcIAMrnCAAY6AgAJugIAHDoCACG6AgAyOgIANToCAAg6QgAJ+kIAHjpCACA6QgA0OkIANbpCAAo6ggANOoIAIDqCACK6ggA2OoIAN7qCAAw6wgAROsIAOByEwCW6wgA4OsIAPnrCAA47AgATuwIAJDsCACf7AgA6OwIAALtCABA7QgAQ+0IAGjyCABL7QgAkPcIAE/tCACY7QgAne0IAPDtCAD97QgASO4IAFXuCACg7ggArO4IAPjuCAAH7wgAUO8IAFrvCACo7wgAtu8IAADwCAAF8AgAWPAIAGXwCACw8AgAvPAIAAjxCAAO8QgAYPEIAGbxCAC48QgAvfEIABDyCAAW8ggAOHMTAHTyCADA8ggAxvIIABjzCAAz8wgAcPMIAHzzCADI8wgAzvMIACD0CAAn9AgAePQIAH30CAAw9ggAhPQIAND0CADS9AgAKPUIAC/1CACA9QgAnPUIANj1CADg9QgAQHQTADT2CACI9ggAlfYIAOD2CAD89ggAOPcIAED3CACYdBMAlfcIAOj3CADr9wgAQPgIAEr4CACY+AgAqfgIAPD4CAD1+AgASPkIAE35CACg+QgAwPkIAPj5CAAB+ggAUPoIAFH6CACo+ggAtPoIAAD7CAAG+wgAWPsIAF77CACw+wgAtfsIAAj8CAAO/AgA8HQTAGH8CAC4/AgAxPwIABD9CAAd/QgAaP0IAHD9CADA/QgAyf0IABj+CAAl/ggAcP4IAH7+CADI/ggA2/4IACD/CAAo/wgAeP8IAHv/CADQ/wgA1f8IACgACQA3AAkAgAAJAKAACQDYAAkA5AAJADABCQA6AQkA+HUTAJIBCQDgAQkA4gEJADgCCQBCAgkAkAIJAJkCCQDoAgkA6wIJAEADCQBIAwkAmAMJANADCQBQdhMA/AMJAEgECQBXBAkAoAQJAMAECQD4BAkABAUJAFAFCQBXBQkAqAUJAK0FCQAABgkAAQYJAFgGCQBkBgkAsAYJALYGCQAIBwkACgcJAGAHCQBqBwkAuAcJAMYHCQAQCAkAFQgJAGgICQB1CAkAwAgJAMoICQAYCQkAJgkJAHAJCQCGCQkAyAkJANQJCQAgCgkAJQoJAHgKCQCBCgkA0AoJANoKCQAoCwkANAsJAIALCQCTCwkA2AsJAOcLCQAwDAkAPAwJAIgMCQCJDAkA4AwJAOoMCQA4DQkARg0JAJANCQCVDQkA6A0JAPUNCQCodhMATg4JAJgOCQCuDgkA8A4JAPwOCQBIDwkATw8JAKAPCQCoDwkA+A8JAP0PCQBQEAkAWRAJAKgQCQCyEAkAABEJAAgRCQBYEQkAXBEJALARCQCyEQkACBIJABYSCQBgEgkAahIJALgSCQDGEgkAEBMJAB0TCQBoEwkAfxMJAMATCQDIEwkAGBQJACgUCQBwFAkAdRQJAMgUCQDOFAkAIBUJACgVCQB4FQkAfRUJANAVCQDRFQkAKBYJADQWCQCAFgkAhhYJANgWCQDaFgkAMBcJADoXCQCIFwkAlhcJAOAXCQDlFwkAOBgJAEUYCQCwdxMAkhgJAOgYCQDyGAkAQBkJAE4ZCQCYGQkAnRkJAPAZCQD9GQkASBoJAEoaCQCg/goAUhoJAKAaCQCuGgkA+BoJAA4bCQBQGwkAXBsJAKgbCQCtGwkAABwJAAkcCQBYHAkAYhwJALAcCQC8HAkACB0JABsdCQBgHQkAbx0JALgdCQDEHQkAEB4JABEeCQBoHgkAch4JAMAeCQDOHgkAGB8JAB0fCQBwHwkAfR8JAAh4EwDRHwkAICAJACogCQB4IAkAeiAJANAgCQDaIAkAKCEJADQhCQCAIQkAiCEJABB5EwDZIQkAMCIJADwiCQCIIgkAjiIJAOAiCQDiIgkAOCMJAEIjCQCQIwkAniMJAOgjCQDtIwkAQCQJAE0kCQCYJAkAoCQJAPAkCQD6JAkASCUJAFYlCQCgJQkAtiUJAPglCQAEJgkAUCYJAFcmCQCoJgkAsCYJAAAnCQAFJwkAWCcJAGEnCQCwJwkAuicJAAgoCQAdKAkAYCgJAGkoCQC4KAkAxSgJABApCQASKQkAaCkJAIEpCQDAKQkA0SkJABgqCQAkKgkAcCoJAHgqCQBoeRMAzSoJACArCQAoKwkAeCsJAI4rCQDQKwkA1SsJACgsCQAvLAkAgCwJAI4sCQDYLAkA6CwJADAtCQBELQkAiC0JAJAtCQDgLQkA7y0JADguCQA9LgkAkC4JAJkuCQDoLgkA9S4JAEAvCQBKLwkAmC8JAKQvCQDwLwkA9i8JAMB5EwBWMAkAoDAJALYwCQD4MAkABDEJAFAxCQBVMQkAqDEJALExCQAAMgkACjIJAFgyCQBgMgkAsDIJALQyCQAIMwkACjMJAGAzCQBuMwkAuDMJAMIzCQAQNAkAHjQJAGg0CQB1NAkAwDQJANc0CQAYNQkAIDUJAHA1CQCANQkAyDUJAM01CQAgNgkAJjYJAHg2CQCANgkA0DYJAOs2CQAoNwkAKjcJAIA3CQCRNwkA2DcJAOE3CQAwOAkAPDgJABh6EwCNOAkA4DgJAOM4CQA4OQkAQjkJAJA5CQCSOQkA6DkJAAM6CQBAOgkAQjoJAJg6CQCmOgkA8DoJAAE7CQBIOwkASjsJAKA7CQC5OwkA+DsJAAk8CQBQPAkAXDwJAHB6EwDFPAkAAD0JABE9CQBYPQkAdD0JALA9CQC4PQkAyHoTAA0+CQBgPgkAaD4JALg+CQDDPgkAED8JABU/CQBoPwkAaz8JAMA/CQDKPwkAGEAJABtACQBwQAkAeEAJAMhACQDKQAkAIEEJADtBCQB4QQkAekEJANBBCQDeQQkAKEIJADlCCQCAQgkAgkIJANhCCQDxQgkAMEMJAEFDCQCIQwkAlEMJAOBDCQDoQwkAIHsTAEVECQCQRAkAmEQJAOhECQDyRAkAQEUJAEtFCQCYRQkApEUJAPBFCQD4RQkAeHsTAE1GCQCgRgkApUYJAPhGCQAJRwkA0HsTAF1HCQCoRwkAqkcJAABICQAZSAkAWEgJAGlICQCwSAkAvEgJAAhJCQAQSQkAKHwTAGVJCQC4SQkAwEkJABBKCQAfSgkAaEoJAG5KCQDASgkAzEoJABhLCQAaSwkAcEsJAHpLCQDISwkA1EsJACBMCQAoTAkAgHwTAIRMCQDQTAkA00wJAChNCQArTQkAgE0JAI5NCQDYTQkA3U0JADBOCQA9TgkA2HwTAJlOCQDgTgkA6E4JADhPCQDtTgkA2FgJAENPCQCQTwkAlU8JAOhPCQDrTwkAQFAJAEpQCQCYUAkAu1AJAPBQCQDzUAkASFEJAGxRCQCgUQkAqFEJADB9EwD+UQkAUFIJAF5SCQCoUgkAtFIJAABTCQAHUwkAWFMJAGBTCQCwUwkAwFMJAAhUCQANVAkAYFQJAGZUCQC4VAkAwFQJABBVCQAtVQkAaFUJAHFVCQDAVQkAzFUJABhWCQAeVgkAcFYJAIRWCQDIVgkA0FYJACBXCQAwVwkAeFcJAHpXCQDQVwkA3lcJAChYCQA5WAkAiH0TAIdYCQDgfRMA3VgJADBZCQA3WQkAiFkJAJRZCQDgWQkA41kJADhaCQBIWgkAkFoJAJJaCQDoWgkA9loJAEBbCQBRWwkAOH4TAJ9bCQCQfhMAA1wJAEhcCQBXXAkAoFwJAKxcCQD4XAkA+VwJAFBdCQBaXQkAqF0JALZdCQAAXgkABV4JAFheCQBlXgkA6H4TALVeCQAIXwkAEV8JAGBfCQBxXwkAuF8JAL9fCQAQYAkAGGAJAGhgCQB1YAkAwGAJAMVgCQAYYQkAImEJAHBhCQB4YQkAyGEJAM5hCQAgYgkALGIJAHhiCQB6YgkA0GIJAN9iCQAoYwkAM2MJAIBjCQCIYwkA2GMJANpjCQAwZAkAPWQJAIhkCQCcZAkA4GQJAOhkCQA4ZQkAR2UJAJBlCQCVZQkA6GUJAPVlCQBAZgkASmYJAJhmCQCaZgkA8GYJAP9mCQBIZwkAUmcJAKBnCQCoZwkA+GcJAPlnCQBQaAkAVWgJAKhoCQC2aAkAAGkJAA1pCQBYaQkAYmkJAPB/EwCzaQkACGoJABRqCQDYeQkAJGoJAGBqCQBoagkASIATAL1qCQAQawkAGGsJAGhrCQBrawkAwGsJAMxrCQAYbAkAHmwJAHBsCQCLbAkAyGwJANRsCQAgbQkAJm0JAHhtCQB7bQkA0G0JANhtCQAobgkAKm4JAIBuCQCbbgkA2G4JANpuCQAwbwkAPm8JAIhvCQCZbwkA4G8JAOJvCQA4cAkAUXAJAJBwCQChcAkA6HAJAPRwCQBAcQkASHEJAKCAEwCdcQkA8HEJAPZxCQBIcgkAUHIJAKByCQCvcgkA+HIJAP1yCQBQcwkAXXMJAKhzCQC1cwkAAHQJAAx0CQBYdAkAZ3QJALB0CQC6dAkACHUJABZ1CQBgdQkAZXUJALh1CQDFdQkA+IATABx2CQBodgkAbnYJAMB2CQDbdgkAGHcJACR3CQBwdwkAdncJAMh3CQDLdwkAIHgJACx4CQB4eAkAfngJANB4CQDWeAkAKHkJAC15CQCAeQkAhnkJAFCBEwDeeQkAMHoJADZ6CQCIegkAjXoJAOB6CQDmegkAqIETAD17CQCQewkAnXsJAOh7CQD1ewkAQHwJAEx8CQCYfAkAp3wJAPB8CQD6fAkASH0JAFZ9CQCgfQkApX0JAPh9CQAFfgkAUH4JAGh+CQCofgkArn4JAAB/CQAMfwkAWH8JAGh/CQCwfwkAuX8JAAiACQALgAkAYIAJAGyACQC4gAkAv4AJALCCEwASgQkAaIEJAHKBCQDAgQkAw4EJABiCCQAgggkAcIIJAHOCCQDIggkA1IIJACCDCQAmgwkAeIMJAJODCQDQgwkA3IMJACiECQAuhAkACIMTAKCECQDYhAkA44QJADCFCQA1hQkAiIUJAJGFCQDghQkA44UJADiGCQBEhgkAkIYJAJyGCQCQkQkAqIYJAOiGCQDvhgkAQIcJAEaHCQCYhwkApocJAPCHCQALiAkASIgJAFSICQCgiAkApogJAPiICQASiQkAUIkJAFyJCQCoiQkArokJAACKCQAGigkAWIoJAF2KCQCwigkAtooJAGCDEwAViwkAYIsJAGyLCQC4iwkAwosJABCMCQAUjAkAaIwJAG2MCQDAjAkAxowJABiNCQA4jQkAcI0JAHyNCQDIjQkAzo0JACCOCQAmjgkAeI4JAH2OCQDQjgkA1o4JABCEEwAtjwkAgI8JAIePCQDYjwkA5I8JADCQCQBMkAkAiJAJAJCQCQAYhRMACZEJADiRCQBekQkAcIUTAKORCQDokQkA95EJAECSCQBMkgkAmJIJAJmSCQDwkgkA+pIJAEiTCQBWkwkAoJMJAKWTCQD4kwkABZQJAMiFEwBYlAkA0IYTAK2UCQAAlQkADZUJAFiVCQBllQkAsJUJALyVCQAIlgkAF5YJAGCWCQBqlgkAuJYJAMaWCQAQlwkAFZcJAGiXCQB1lwkAwJcJAMiXCQAohxMAJJgJAHCYCQCAmAkAyJgJANGYCQAgmQkAI5kJAHiZCQCEmQkA0JkJANeZCQCAhxMAM5oJAICaCQCMmgkA2JoJAOCaCQDYhxMAPZsJAIibCQCPmwkA4JsJAOGbCQA4nAkAPZwJAJCcCQCenAkA6JwJAPWcCQBAnQkASp0JAJidCQCgnQkA8J0JAPmdCQBIngkATp4JAKCeCQCxngkA+J4JABSfCQBQnwkAWJ8JADCIEwCznwkAAKAJAAqgCQBYoAkAYqAJALCgCQCxoAkAiIgTAA2hCQBgoQkAbaEJALihCQDFoQkAEKIJAByiCQBoogkAd6IJAMCiCQDKogkAGKMJACCjCQBwowkAeqMJAMijCQDNowkAIKQJACikCQDgiBMAg6QJANCkCQDcpAkAKKUJADClCQA4iRMAhaUJANilCQDnpQkAMKYJAFCmCQCIpgkAlKYJAOCmCQDmpgkAOKcJAECnCQCQpwkAl6cJAOinCQDqpwkAQKgJAEyoCQCYqAkArqgJAPCoCQD1qAkASKkJAFWpCQCQiRMApakJAPipCQAHqgkAUKoJAHCqCQCoqgkAtKoJAACrCQAGqwkAWKsJAGCrCQCwqwkAt6sJAAisCQAKrAkAYKwJAGysCQC4rAkAzqwJABCtCQAVrQkAaK0JAHWtCQDArQkAyK0JABiuCQAergkAcK4JAHmuCQDIrgkA1a4JACCvCQAtrwkAeK8JAIavCQDQrwkA3a8JACiwCQA/sAkAgLAJALCwCQDoiRMA3rAJADCxCQDlsAkAwMQQAEaxCQCIsQkAlrEJAOCxCQDjsQkAOLIJADuyCQCQsgkAnrIJAOiyCQDtsgkAQLMJAE2zCQCYswkAoLMJAPCzCQD3swkASLQJAFS0CQCgtAkArbQJAPi0CQAGtQkAULUJAFy1CQCotQkAr7UJAAC2CQAItgkAWLYJAFy2CQCwtgkAu7YJAAi3CQAWtwkAYLcJAHG3CQC4twkAxLcJABC4CQAYuAkAQIoTAG64CQDAuAkA1LgJABi5CQAmuQkAcLkJAH25CQDIuQkA37kJACC6CQAougkAeLoJAIK6CQDQugkA1boJACi7CQAwuwkAgLsJAI+7CQDYuwkA3bsJADC8CQA9vAkAiLwJAJW8CQDgvAkA7LwJADi9CQBHvQkAkL0JAJq9CQDovQkA8L0JAEC+CQBKvgkAmL4JAJ2+CQDwvgkA+L4JAJiKEwBTvwkAoL8JAKy/CQD4vwkAAMAJAPCKEwBVwAkAqMAJALfACQAAwQkAIMEJAFjBCQBkwQkAsMEJALbBCQAIwgkAEMIJAGDCCQBnwgkAuMIJALrCCQAQwwkAHMMJAGjDCQB+wwkAwMMJAMXDCQAYxAkAJcQJAEiLEwB5xAkAyMQJAM7ECQAgxQkALsUJAHjFCQCFxQkA0MUJAOfFCQAoxgkAMMYJAIDGCQCPxgkA2MYJAN3GCQAwxwkAPccJAIjHCQCVxwkA4McJAOzHCQA4yAkAR8gJAJDICQCayAkA6MgJAATJCQBAyQkASMkJAKCLEwClyQkA+EoPAKfJCQDwyQkA+skJAHjJDwAQygkASMoJAFTKCQCgygkApsoJAPjKCQAAywkAuA8KAATLCQBQywkAEssJAAj5CQBjywkAqMsJALfLCQAAzAkADMwJAFjMCQBZzAkAsMwJALrMCQAIzQkAFs0JAGDNCQBlzQkAuM0JAMXNCQD4ixMAFs4JAGjOCQBuzgkAwM4JAMXOCQAYzwkAHs8JAACNEwB7zwkAyM8JANbPCQAg0AkAMdAJAHjQCQCE0AkA0NAJANjQCQCwjRMANNEJAIDRCQCK0QkA2NEJAOfRCQAw0gkAO9IJAIjSCQCW0gkA4NIJAO3SCQA40wkAT9MJAJDTCQCY0wkA6NMJAOvTCQBA1AkATNQJAJjUCQCe1AkA8NQJAAvVCQBI1QkAVNUJAKDVCQCm1QkA+NUJAADWCQBQ1gkAUtYJAKjWCQCp1gkAANcJAA7XCQBY1wkAYNcJALDXCQDL1wkACNgJABTYCQBg2AkAZtgJALjYCQC72AkAENkJAB7ZCQBo2QkAbdkJAMDZCQDN2QkAGNoJADTaCQBw2gkAeNoJAAiOEwDV2gkAYMYPANnaCQAg2wkA29oJAFAnEAAs2wkAeNsJAIXbCQDQ2wkA1dsJACjcCQAy3AkAgNwJAJDcCQDY3AkA3dwJADDdCQA53QkAiN0JAJXdCQDg3QkA590JADjeCQBE3gkAkN4JAJbeCQDo3gkA7t4JAEDfCQBF3wkAmN8JAJ7fCQBgjhMA/N8JAEjgCQBO4AkAoOAJAKbgCQD44AkABeEJAFDhCQBV4QkAqOEJALDhCQAA4gkAMuIJAFjiCQCD4gkAsOIJALjiCQAI4wkAFeMJAGDjCQBl4wkAuOMJAMDjCQAQ5AkAE+QJAGjkCQBx5AkAwOQJAM/kCQAY5QkAI+UJAHDlCQB45QkAyOUJANjlCQAg5gkALuYJAHjmCQCJ5gkA0OYJANzmCQAo5wkAMOcJAGiPEwCG5wkA2OcJAODnCQAw6AkAN+gJAIjoCQCW6AkA4OgJAOboCQA46QkAROkJAJDpCQCf6QkA6OkJAPLpCQBA6gkAReoJAJjqCQCe6gkA8OoJAATrCQDAjxMAUusJAJh5CgBV6wkAoOsJAFfrCQAQPAoApesJAPjrCQAE7AkAUOwJAF3sCQCo7AkAsuwJABiQEwAb7QkAWO0JAFrtCQCw7QkAtu0JAAjuCQBB7gkAYO4JAGbuCQC47gkAwe4JABDvCQAd7wkAaO8JAKHvCQDA7wkAx+8JABjwCQAd8AkAcPAJAH/wCQDI8AkA6PAJACDxCQAs8QkAePEJAH7xCQDQ8QkA6vEJACjyCQAr8gkAgPIJAIXyCQDY8gkA5/IJADDzCQBQ8wkAyJATAKjzCQDg8wkA7PMJADj0CQBC9AkAkPQJAJz0CQAwrgoAnfQJAOj0CQDt9AkAQPUJAEr1CQCY9QkAqPUJAPD1CQD19QkASPYJAFH2CQCg9gkArfYJAPj2CQD/9gkAUPcJAFz3CQCo9wkArvcJAAD4CQAG+AkAWPgJAF34CQCw+AkAtvgJACCREwAL+QkAYPkJAGX5CQC4+QkAx/kJABD6CQAw+gkA0JETAHb6CQDA+gkAzfoJABj7CQAf+wkAcPsJAHj7CQDI+wkAyvsJACD8CQDP+wkA2DYNAN/7CQDg1AwAJvwJAMAHDQAo/AkAePwJAHz8CQC4BAoAjvwJAJCTDACT/AkA0PwJANL8CQAo/QkAOf0JAID9CQCO/QkA2P0JAN/9CQAw/gkAOP4JAIj+CQCP/gkA4P4JAOX+CQA4/wkAR/8JAJD/CQCw/wkA6P8JAPT/CQBAAAoARgAKAJgACgCgAAoA8AAKAPwACgBIAQoAVQEKAKABCgC7AQoA+AEKAAYCCgBQAgoAVgIKAKgCCgCtAgoAAAMKAA0DCgBYAwoAbgMKALADCgC8AwoACAQKABUECgBgBAoAagQKACiSEwC9BAoAEAUKABYFCgBoBQoAiAUKAMAFCgDOBQoAGAYKACUGCgBwBgoAhwYKAMgGCgDQBgoAIAcKAC8HCgB4BwoAfQcKANAHCgDdBwoAKAgKADIICgCACAoAgggKANgICgDmCAoAMAkKAD0JCgCICQoAlAkKAOAJCgDmCQoAOAoKAEAKCgCQCgoAlgoKAOgKCgDxCgoAQAsKAE0LCgCYCwoAogsKAPALCgD+CwoASAwKAF4MCgCgDAoArAwKAPgMCgAADQoAgJITAFoNCgCoDQoArg0KAAAOCgACDgoAWA4KAGIOCgCwDgoAvA4KAAgPCgAfDwoAYA8KAHQPCgDYkhMAxg8KABAQCgATEAoAaBAKAHAQCgDAEAoAzBAKABgRCgAmEQoAcBEKAHoRCgDIEQoA0xEKACASCgAsEgoAeBIKAH4SCgDQEgoA2BIKACgTCgA1EwoAgBMKAIUTCgDYEwoA4hMKADAUCgA4FAoAiBQKAI4UCgDgFAoA6RQKADgVCgBFFQoAkBUKAJ0VCgDoFQoA9hUKAEAWCgBNFgoAmBYKAK8WCgDwFgoA+BYKAEgXCgBNFwoAoBcKAKYXCgD4FwoAABgKAFAYCgBmGAoAqBgKALYYCgAAGQoAAxkKAFgZCgBnGQoAsBkKALUZCgAIGgoAFRoKAGAaCgBwGgoAuBoKAMYaCgAQGwoAJxsKAGgbCgBxGwoAwBsKAMYbCgAYHAoAJBwKAHAcCgB3HAoAMJMTANQcCgAgHQoAIh0KAHgdCgCCHQoA0B0KANwdCgAoHgoAMB4KAIiTEwCFHgoA2B4KAOceCgAwHwoAUB8KAIgfCgCUHwoA4B8KAOYfCgA4IAoAQCAKAJAgCgCRIAoA6CAKAO4gCgBAIQoARSEKAJghCgCzIQoA8CEKAP4hCgBIIgoATyIKAKAiCgCsIgoA+CIKAP4iCgDgkxMAVSMKAKgjCgCyIwoAACQKABEkCgBYJAoAZCQKALAkCgCzJAoACCUKAAslCgBgJQoAaCUKALglCgC/JQoAECYKABUmCgBoJgoAdyYKAMAmCgDgJgoAGCcKACQnCgBwJwoAdicKAMgnCgDQJwoAICgKAC0oCgB4KAoAfSgKANAoCgDaKAoAKCkKADApCgCAKQoAkCkKANgpCgDdKQoAMCoKADkqCgCIKgoAlSoKAOAqCgDnKgoAOJQTAD0rCgCQKwoAnysKAOgrCgAILAoAQCwKAEwsCgCYLAoAniwKAPAsCgD4LAoASC0KAFQtCgCgLQoArS0KAPgtCgD/LQoAUC4KAFEuCgCoLgoArS4KAAAvCgAOLwoAWC8KAGUvCgCwLwoAui8KAJCUEwAUMAoAYDAKABYwCgAY1AsAajAKALgwCgDSMAoAEDEKABMxCgDA7AoAHzEKAGgxCgBtMQoAwDEKAM0xCgAYMgoAJTIKAHAyCgB8MgoAyDIKANcyCgAgMwoAKjMKAHgzCgCEMwoA0DMKAOMzCgAoNAoANzQKAIA0CgCMNAoA2DQKANk0CgAwNQoAOjUKAIg1CgCWNQoA4DUKAOU1CgA4NgoARTYKAOiUEwCVNgoA6DYKAPU2CgBANwoATTcKAJg3CgCkNwoA8DcKAP83CgBIOAoAUjgKAKA4CgCuOAoA+DgKAP04CgBQOQoAXTkKAKg5CgCwOQoA8JUTAAw6CgBYOgoAaDoKALA6CgC5OgoACDsKAAs7CgBgOwoAbDsKALg7CgC/OwoASJYTABU8CgBoPAoAdTwKAMA8CgDNPAoAGD0KAB49CgBwPQoAfD0KAMg9CgDYPQoAID4KACk+CgB4PgoAez4KANA+CgDcPgoAKD8KAC8/CgCglhMAgj8KANg/CgCHPwoAAFoOAJA/CgCQrg4A6T8KADBACgA4QAoAiEAKAJJACgDgQAoA70AKADhBCgA5QQoAkEEKAJhBCgBQlxMA8EEKAKiXEwBeQgoAmEIKAGNCCgAQpRMAakIKAEhkCgCgQgoA8EIKAP9CCgBIQwoATUMKAKBDCgCtQwoA+EMKAAVECgBQRAoAXEQKAKhECgC3RAoAAEUKAApFCgBYRQoAe0UKALBFCgDiRQoACEYKACxGCgBgRgoAaEYKAAiZEwC9RgoAEEcKABZHCgBoRwoAcEcKAGCZEwDORwoAGEgKADNICgBwSAoAfEgKAMhICgDZSAoAIEkKADRJCgB4SQoAgEkKANBJCgDWSQoAKEoKADRKCgCASgoAkEoKANhKCgDhSgoAMEsKADNLCgCISwoAlEsKAOBLCgDnSwoAuJkTAEZMCgCQTAoAmkwKABCaEwDtTAoAQE0KAE1NCgCYTQoApU0KAPBNCgD8TQoASE4KAFdOCgCgTgoAqk4KAPhOCgAGTwoAUE8KAFVPCgCoTwoAtU8KAABQCgAIUAoAaJoTAGRQCgCwUAoAwFAKAAhRCgARUQoAYFEKAGNRCgC4UQoAxFEKABBSCgAXUgoAwJoTAHdSCgDAUgoAxVIKABhTCgAlUwoAcFMKAH1TCgDIUwoAzlMKACBUCgAsVAoAeFQKAIhUCgDQVAoA2VQKAChVCgArVQoAgFUKAIxVCgDYVQoA31UKABibEwA1VgoAiFYKAJVWCgDgVgoA/lYKADhXCgBEVwoAkFcKAKNXCgDoVwoA9lcKAEBYCgBDWAoAmFgKAKJYCgDwWAoA/lgKAEhZCgBVWQoAoFkKALdZCgD4WQoAAFoKAFBaCgBXWgoAqFoKAK1aCgAAWwoAFlsKAFhbCgBaWwoAsFsKAL5bCgAIXAoAFVwKAHCbEwBoXAoAyJsTAL1cCgAQXQoAHV0KAGhdCgB1XQoAwF0KAMxdCgAYXgoAJ14KAHBeCgB6XgoAyF4KANZeCgAgXwoAJV8KAHhfCgCFXwoA0F8KANhfCgAgnBMANGAKAIBgCgCQYAoA2GAKAOFgCgAwYQoAM2EKAIhhCgCUYQoA4GEKAOdhCgB4nBMARGIKAJBiCgCgYgoA6GIKAKZiCgBYpA8A8WIKAEBjCgBDYwoAmGMKAKRjCgDwYwoA92MKANCcEwBRZAoAuGcKAFJkCgCgZAoAr2QKAPhkCgCxZAoAWGYKAPlkCgBQZQoAbGUKAKhlCgDhZQoAAGYKADlmCgAonRMAW2YKALBmCgDMZgoACGcKAEFnCgBgZwoAmWcKAICdEwDFZwoAEGgKAB5oCgBoaAoAe2gKAMBoCgDcaAoAGGkKAFFpCgBwaQoAqWkKANidEwDZaQoAIGoKACxqCgB4agoAgGoKADCeEwDVagoAKGsKADBrCgCAawoAj2sKANhrCgDdawoAMGwKAD1sCgCIbAoAlWwKAOBsCgDsbAoAOG0KAEdtCgCQbQoAmm0KAOhtCgDwbQoAQG4KAEpuCgCYbgoAnW4KAPBuCgD4bgoAiJ4TAFdvCgCgbwoAWW8KAABxCgChbwoA+G8KABRwCgBQcAoAiXAKAKhwCgDhcAoA4J4TAANxCgBYcQoAdHEKALBxCgDpcQoACHIKAEFyCgA4nxMAY3IKALhyCgDJcgoAEHMKACxzCgBocwoAoXMKAMBzCgD5cwoAkJ8TACV0CgBwdAoAfHQKAMh0CgDXdAoAIHUKACp1CgB4dQoAgHUKAHDiCgCGdQoA0HUKANV1CgAodgoANXYKAIB2CgCIdgoA2HYKAN52CgAwdwoA6HYKAADUCgA8dwoAiHcKAJh3CgDgdwoA6XcKADh4CgA7eAoAkHgKAJx4CgDoeAoA73gKAOifEwBjeQoAQKATAKZ5CgDweQoABnoKAEh6CgBUegoAoHoKAKd6CgD4egoA/XoKAFB7CgBZewoAqHsKALJ7CgCYoBMABXwKAOgfDgAKfAoAWHwKAAx8CgBYtQ0AYnwKALB8CgCxfAoACH0KABd9CgBgfQoAZX0KALh9CgDFfQoAEH4KAB1+CgBofgoAdH4KAMB+CgDPfgoAGH8KACJ/CgBwfwoAfn8KAMh/CgDNfwoAIIAKAC2ACgB4gAoAeYAKANCACgDVgAoAKIEKAC2BCgCAgQoAkYEKANiBCgD7gQoAMIIKADuCCgCIggoAjYIKAOCCCgDjggoAOIMKAEKDCgCQgwoAuIMKAOiDCgAHhAoASKETAEyECgCYhAoAmoQKAPCECgD/hAoASIUKAFOFCgCghQoAqIUKAPiFCgD/hQoAUIYKAFKGCgCohgoAsoYKAACHCgAChwoAWIcKAHGHCgCwhwoAsocKAAiICgALiAoAYIgKAGyICgC4iAoAwIgKAKChEwAciQoAaIkKAG6JCgDAiQoA24kKABiKCgAkigoAcIoKAHaKCgDIigoA0IoKACCLCgAiiwoAeIsKAIKLCgDQiwoA2IsKAPihEwA5jAoAgIwKAIeMCgDYjAoA4IwKADCNCgA9jQoAiI0KAI2NCgDgjQoA6o0KADiOCgBAjgoAkI4KAJ+OCgDojgoA7Y4KAECPCgBNjwoAmI8KAKWPCgDwjwoA/I8KAEiQCgBXkAoAoJAKAKqQCgD4kAoAAJEKAFCRCgBakQoAqJEKAK2RCgAAkgoACJIKAFCiEwBkkgoAsJIKAMCSCgAIkwoAEZMKAGCTCgBjkwoAuJMKAMSTCgAQlAoAF5QKAKiiEwBulAoAwJQKAMaUCgAYlQoAHZUKAHCVCgB2lQoAAKMTAM6VCgAglgoAJpYKAHiWCgB9lgoAqGkQAIWWCgDQlgoA1ZYKACiXCgAwlwoAgJcKAKmXCgDYlwoAtpcKAGifCgABmAoAMJgKAFmYCgCImAoAs5gKAOCYCgDomAoAOJkKAEeZCgCQmQoAlZkKAOiZCgD1mQoAQJoKAE2aCgCYmgoApJoKAPCaCgD/mgoASJsKAFKbCgCgmwoArpsKAPibCgD9mwoAUJwKAF2cCgConAoAsJwKAACdCgAGnQoAWJ0KAGSdCgCwnQoAwJ0KAAieCgARngoAYJ4KAGOeCgC4ngoAxJ4KABCfCgAXnwoAWKMTAJGfCgDAnwoA658KABigCgAgoAoAcKAKAH+gCgDIoAoAzaAKACChCgAtoQoAeKEKAIWhCgDQoQoA3KEKACiiCgA3ogoAgKIKAIqiCgDYogoA5qIKADCjCgA1owoAiKMKAJWjCgDgowoA6KMKADikCgA+pAoAkKQKAJykCgDopAoA+KQKAEClCgBJpQoAmKUKAJulCgDwpQoA/KUKAEimCgBPpgoAsKMTAKKmCgDQeRAArqYKAPimCgAFpwoAUKcKAFynCgCopwoArqcKAACoCgAGqAoAWKgKAF2oCgCwqAoAtqgKAAikEwAuqQoAYKkKAIapCgC4qQoA7qkKABCqCgA5qgoAaKoKAJOqCgC4pBMAw6oKABirCgAgqwoAcKsKAHyrCgDIqwoAzqsKACCsCgAmrAoAeKwKAH2sCgDQrAoA1qwKAGilEwBRrQoAgK0KAKmtCgDYrQoA/K0KABimEwA2rgoAgOwLAEOuCgCIrgoAl64KAOCuCgDsrgoAOK8KADmvCgCQrwoAmq8KAOivCgD2rwoAQLAKAEWwCgCYsAoApbAKAHCmEwATsQoAyKYTAHGxCgCgsQoAybEKAPixCgAcsgoAIKcTAF6yCgCosgoArbIKAACzCgANswoAWLMKAGCzCgCwswoAtrMKAAi0CgAUtAoAYLQKAHC0CgC4tAoAwbQKABC1CgATtQoAaLUKAKS1CgDAtQoAzLUKAHinEwAetgoAcLYKAIm2CgDItgoA1rYKACC3CgAttwoAeLcKAH+3CgDQtwoA2bcKACi4CgA1uAoAgLgKAJe4CgDYuAoA27gKADC5CgAyuQoAiLkKAJG5CgDguQoA8LkKADi6CgBRugoAkLoKAJK6CgDougoA8boKAEC7CgBIuwoAmLsKAJq7CgDwuwoACbwKAEi8CgBfvAoAoLwKAKy8CgD4vAoACb0KAFC9CgBcvQoAqL0KALO9CgAAvgoADb4KAFi+CgBivgoA0KcTAMO+CgAIvwoAFr8KAGC/CgBGvwoA+McKAJ2/CgC4vwoAxb8KABDACgAYwAoAaMAKAG7ACgDAwAoAzMAKABjBCgAjwQoAcMEKAHnBCgDIwQoAy8EKACDCCgAiwgoAeMIKAH/CCgDQwgoA0sIKACioEwArwwoAgMMKAI7DCgDYwwoA3cMKADDECgA9xAoAiMQKAJTECgDgxAoA6MQKAICoEwBGxQoAkMUKAKDFCgDoxQoA9sUKAEDGCgBJxgoAmMYKAKLGCgDwxgoA8sYKAEjHCgBSxwoAoMcKAKLHCgDYqBMA/ccKAFDICgBYyAoAqMgKAK7ICgAAyQoADMkKAFjJCgBnyQoAsMkKALnJCgAIygoAC8oKAGDKCgBiygoAuMoKAL/KCgAQywoAEssKADCpEwBtywoAwMsKANzLCgAYzAoANMwKAIipEwB9zAoAcAsMAH/MCgDIzAoAzcwKACDNCgAtzQoAeM0KAIXNCgDQzQoA1s0KACjOCgA0zgoAgM4KAJDOCgDYzgoA4c4KADDPCgAzzwoAiM8KAJTPCgDgzwoA588KAOCpEwBH0AoAkNAKAJXQCgDo0AoA9dAKAEDRCgBN0QoAmNEKAJ7RCgDw0QoA/NEKAEjSCgBY0goAoNIKAKnSCgD40goA+9IKAFDTCgBc0woAqNMKAK/TCgA4qhMAAtQKAFjUCgBm1AoAsNQKAMHUCgCQqhMAD9UKAOiqEwBo1QoAQKsTAL3VCgAQ1goAHdYKAGjWCgB11goAwNYKAMzWCgAY1woAJ9cKAHDXCgB61woAyNcKANbXCgAg2AoAJdgKAHjYCgCF2AoA0NgKANjYCgCYqxMANNkKAIDZCgCQ2QoA2NkKAOHZCgAw2goAM9oKAIjaCgCU2goA4NoKAOfaCgDwqxMAOtsKAJDbCgCe2woA6NsKAPnbCgBIrBMAR9wKAKCsEwCg3AoA+KwTAPXcCgBI3QoAVd0KAKDdCgCt3QoA+N0KAATeCgBQ3goAX94KAKjeCgCy3goAAN8KAA7fCgBY3woAXd8KALDfCgC93woACOAKABDgCgBQrRMAbOAKALjgCgDI4AoAEOEKABnhCgBo4QoAa+EKAMDhCgDM4QoAGOIKAB/iCgCorRMAeuIKAMjiCgDW4goAIOMKADbjCgB44woAhOMKANDjCgDX4woAKOQKADDkCgCA5AoAheQKANjkCgDh5AoAMOUKADrlCgAArhMAnuUKAODlCgDs5QoAOOYKAD/mCgCQ5goAmOYKAOjmCgDt5goAQOcKAEnnCgCY5woAoucKAFiuEwD15woAECUOAPznCgCgKgsA/+cKAEjoCgAa6AoAsKAUAE3oCgCg6AoAregKAPjoCgAF6QoAUOkKAFzpCgCo6QoAt+kKAADqCgAK6goAWOoKAGbqCgCw6goAveoKAAjrCgAf6woAYOsKAGjrCgC46woAwusKABDsCgAV7AoAaOwKAHDsCgCwrhMAxewKABjtCgAn7QoAcO0KAJDtCgDI7QoA1O0KACDuCgAq7goAeO4KAILuCgDQ7goA3u4KACjvCgA+7woAgO8KAIzvCgDY7woA3e8KADDwCgA58AoAiPAKAJLwCgDg8AoA7PAKADjxCgBL8QoAkPEKAJ/xCgDo8QoA9PEKAEDyCgBB8goAmPIKAKLyCgDw8goA/vIKAEjzCgBN8woAoPMKAK3zCgBgrxMABvQKAFD0CgBm9AoAqPQKALT0CgAA9QoAB/UKAFj1CgBg9QoAsPUKALX1CgAI9goAEfYKAGD2CgBq9goAaLATAL32CgAQ9woAGPcKAGj3CgBr9woAwPcKAMn3CgAY+AoAJ/gKAHD4CgB7+AoAyPgKAND4CgAg+QoAMPkKAHj5CgCG+QoA0PkKAOH5CgAo+goANPoKAID6CgCI+goAwLATAN76CgAw+woAOPsKAIj7CgCP+woA4PsKAO77CgA4/AoAPvwKAJD8CgCc/AoA6PwKAPf8CgBA/QoASv0KAJj9CgCd/QoA8P0KAPb9CgBI/goAXP4KABixEwCx/goA+P4KAAT/CgBQ/woAVv8KAKj/CgCu/woAAAALAAUACwBYAAsAXgALAHCxEwC1AAsACAELABkBCwBgAQsAaAELALgBCwBsAQsAMBELAG4BCwDAPREAwgELABACCwAeAgsAaAILAH4CCwDAAgsAzAILABgDCwAfAwsAcAMLAHgDCwDIAwsAzQMLACAECwApBAsAeAQLAIIECwDQBAsA2AQLACgFCwAsBQsAgAULAIsFCwDYBQsA5gULADAGCwBBBgsAiAYLAJQGCwDgBgsA6AYLAMixEwA6BwsAkAcLAJ4HCwDoBwsA8gcLAEAICwBOCAsAmAgLAKUICwDwCAsABwkLAEgJCwBQCQsAoAkLALAJCwD4CQsA/QkLAFAKCwBWCgsAqAoLALAKCwAACwsAAgsLAFgLCwBlCwsAsAsLALgLCwAIDAsADQwLAGAMCwBhDAsAuAwLAMQMCwAQDQsAHQ0LAGgNCwBwDQsAwA0LAM8NCwAYDgsAHQ4LAHAOCwB9DgsAyA4LANUOCwAgDwsALA8LAHgPCwCHDwsA0A8LANoPCwAoEAsANhALAIAQCwCFEAsA2BALAOUQCwAgshMANhELAIgRCwCOEQsA4BELAOURCwA4EgsAPhILAHiyEwCeEgsA6BILAP4SCwBAEwsATBMLAJgTCwCdEwsA8BMLAPkTCwBIFAsAUhQLAKAUCwDDFAsA+BQLAPwUCwBQFQsABxULALAWCwBSFQsAqBULALYVCwAAFgsAChYLAFgWCwB8FgsAgLMTALYWCwAIFwsAFBcLAGAXCwBiFwsAuBcLAMIXCwAQGAsAHBgLAGgYCwCMGAsA2LMTAMQYCwAYGQsAzxgLAHgaCwAaGQsAcBkLAH4ZCwDIGQsA0hkLACAaCwBEGgsAMLQTAH4aCwDQGgsA3BoLACgbCwAqGwsAgBsLAIobCwDYGwsA5BsLADAcCwBUHAsAiLQTAKUcCwDgHAsA6RwLADgdCwBGHQsAkB0LAJYdCwDoHQsA9B0LAEAeCwBIHgsA4LQTAJ8eCwDwHgsACR8LAEgfCwBXHwsAoB8LAKgfCwD4HwsAByALAFAgCwBVIAsAqCALALUgCwAAIQsADSELAFghCwBkIQsAsCELAL8hCwAIIgsAEiILAGAiCwBuIgsAuCILAL0iCwAQIwsAHSMLADi1EwBpIwsA6KwLAIEjCwDAIwsAyiMLABgkCwAaJAsAcCQLAH4kCwDIJAsA1SQLACAlCwAoJQsAeCULAKQlCwDQJQsA1yULACgmCwBBJgsAgCYLAI8mCwDYJgsA4CYLADAnCwA/JwsAiCcLAI0nCwDgJwsA7ScLADgoCwBFKAsAkCgLAJwoCwDoKAsA9ygLAEApCwBKKQsAmCkLAKYpCwDwKQsA9SkLAEgqCwBVKgsAkLUTALMqCwD4KgsABysLAFArCwBcKwsAqCsLALQrCwAALAsABywLAFgsCwBkLAsAsCwLALcsCwAILQsAEC0LAGAtCwBkLQsAuC0LAMMtCwAQLgsAHC4LAGguCwB1LgsAwC4LAMguCwAYLwsAIi8LAHAvCwB2LwsAyC8LANwvCwAgMAsALjALAHgwCwCFMAsA0DALAOcwCwAoMQsAMDELAIAxCwCKMQsA2DELAN0xCwAwMgsAODILAIgyCwCXMgsA4DILAOUyCwA4MwsARTMLAJAzCwCdMwsA6DMLAPQzCwBANAsATzQLAJg0CwCiNAsA6LUTAPg0CwBINQsAVzULAKA1CwClNQsA+DULAAE2CwBQNgsAYTYLAKg2CwCvNgsAADcLAAg3CwBYNwsAZTcLALA3CwC1NwsACDgLABI4CwBgOAsAaDgLALg4CwDROAsAEDkLABw5CwBoOQsAcDkLAEC2EwDPOQsAGDoLADU6CwBwOgsAeToLAMg6CwDWOgsAIDsLACY7CwB4OwsAhDsLANA7CwDXOwsAKDwLADA8CwCAPAsAkDwLANg8CwDePAsAMD0LADU9CwCIPQsAnj0LAOA9CwDoPQsAOD4LAEI+CwCQPgsAmz4LAOg+CwD0PgsAQD8LAEg/CwCYthMApT8LAPA/CwD3PwsASEALAFRACwCgQAsApkALAPhACwAJQQsAUEELAGRBCwCoQQsAtkELAABCCwANQgsAWEILAG9CCwCwQgsAuEILAAhDCwAPQwsAYEMLAGJDCwC4QwsAwkMLABBECwASRAsAaEQLAIFECwDARAsAwkQLABhFCwAbRQsAcEULAHxFCwDIRQsA9kULAPC2EwAvRgsAeEYLAJVGCwDQRgsA2UYLAChHCwA2RwsAgEcLAIZHCwDYRwsA5EcLADBICwA4SAsASLcTAJBICwDgSAsA5kgLADhJCwBESQsAkEkLAJNJCwDoSQsA7UkLAEBKCwBJSgsAmEoLAJ5KCwDwSgsA/0oLAEhLCwBUSwsAoEsLAKhLCwCgtxMA/ksLAFBMCwBVTAsAqEwLAL5MCwAATQsACE0LAFhNCwBmTQsAsE0LALpNCwAITgsAC04LAGBOCwBoTgsAuE4LALlOCwAQTwsAFk8LAGhPCwB2TwsAwE8LANZPCwAYUAsAGlALAHBQCwB2UAsAyFALANxQCwAgUQsAKFELAHhRCwCIUQsA0FELANJRCwAoUgsAN1ILAIBSCwCKUgsA2FILAN1SCwAwUwsANlMLAIhTCwCcUwsA4FMLAOhTCwA4VAsAPVQLAJBUCwCWVAsA6FQLAPBUCwBAVQsAQ1ULAJhVCwCdVQsA8FULAPlVCwBIVgsATlYLAKBWCwCvVgsA+FYLAARXCwD4txMAU1cLAKhXCwCwVwsAAFgLAA1YCwBYWAsAXVgLALBYCwC6WAsACFkLABBZCwBgWQsAYlkLALhZCwDTWQsAEFoLABJaCwBoWgsAdloLAMBaCwDRWgsAGFsLABpbCwBwWwsAiVsLAMhbCwDZWwsAIFwLACxcCwBQuBMAgFwLANBcCwDWXAsAKF0LADRdCwCAXQsAnV0LANhdCwDhXQsAMF4LADxeCwCIXgsAi14LAOBeCwDqXgsAOF8LAEBfCwCQXwsAml8LAOhfCwD2XwsAQGALAFZgCwCYYAsApGALAPBgCwD3YAsASGELAFBhCwCgYQsApWELAPhhCwABYgsAUGILAFpiCwCoYgsAsGILAABjCwACYwsAWGMLAGhjCwCwYwsAumMLAAhkCwAUZAsAYGQLAGZkCwC4ZAsAwGQLAKi4EwAcZQsAaGULAHtlCwDAZQsA3GULABhmCwAgZgsAALkTAH5mCwDIZgsA3mYLACBnCwAsZwsAeGcLAH1nCwDQZwsA2WcLAChoCwAyaAsAgGgLAIhoCwDYaAsA2mgLADBpCwA/aQsAiGkLAKVpCwDgaQsA6WkLADhqCwBGagsAkGoLAJZqCwDoagsA9moLAEBrCwBNawsAmGsLAK9rCwDwawsA+GsLAEhsCwBKbAsAoGwLAKhsCwD4bAsAB20LAFBtCwBVbQsAqG0LALVtCwAAbgsADW4LAFhuCwBkbgsAsG4LAL9uCwAIbwsAEm8LAGBvCwBubwsAuG8LAL1vCwAQcAsAHXALAFi5EwBycAsAwHALAMJwCwAYcQsAH3ELAHBxCwB3cQsAyHELAM5xCwAgcgsALnILAHhyCwCFcgsA0HILAOByCwAocwsALXMLAIBzCwCIcwsA2HMLAJxzCwDQ4AsA5HMLADB0CwAydAsASHcLAD10CwCIdAsAjXQLAOB0CwDqdAsAOHULAEh1CwCQdQsAlXULAOh1CwDxdQsAQHYLAE12CwCYdgsAn3YLAPB2CwD4dgsAsLkTAFZ3CwCgdwsAuHcLAPh3CwD6dwsAUHgLAGd4CwCoeAsAqngLAAB5CwAOeQsAWHkLAGV5CwCweQsAuHkLAAi6EwALegsAYHoLAB96CwA4Tg0AaXoLALh6CwDGegsAuKYLAMd6CwAQewsAG3sLAGh7CwBwewsAwHsLAMt7CwAYfAsAHXwLAHB8CwBzfAsAyHwLANJ8CwBguhMAJn0LAHh9CwAqfQsAiBgQAJN9CwDQfQsA3H0LACh+CwAufgsAgH4LAIh+CwDYfgsA7n4LADB/CwA+fwsAiH8LAIt/CwDgfwsA+X8LADiACwBEgAsAkIALAJuACwDogAsA6oALAECBCwBbgQsAmIELAKaBCwDwgQsA/YELAEiCCwBfggsAuLoTAKKCCwDwGhAAtoILAPiCCwD5ggsAUIMLAFWDCwCogwsAroMLAACECwAChAsAWIQLAF6ECwCwhAsAxIQLAAiFCwAQhQsAYIULAHCFCwC4hQsAuoULABCGCwAehgsAaIYLAHmGCwAQuxMAxoYLABiHCwAkhwsAaLsTAHKHCwDIhwsA2YcLACCICwAoiAsAeIgLAIGICwDQiAsA14gLACiJCwApiQsAwLsTAIyJCwDYiQsA2okLADCKCwA3igsAiIoLAJCKCwDgigsA6YoLADiLCwA/iwsAkIsLAJGLCwAYvBMA7YsLAECMCwBIjAsAmIwLAKKMCwDwjAsA/owLAEiNCwBejQsAoI0LAKyNCwD4jQsA/Y0LAFCOCwBZjgsAqI4LALKOCwBwvBMAAY8LAFiPCwBgjwsAaDMNAHCPCwCwjwsAvY8LAAiQCwAUkAsAYJALAGqQCwC4kAsAvJALABCRCwAVkQsAaJELAG6RCwDAkQsA4JELABiSCwAwkgsAcJILAIeSCwDIkgsA1JILACCTCwAqkwsAeJMLAHqTCwDQkwsA15MLACiUCwAvlAsAgJQLAIaUCwDYlAsA5JQLADCVCwAzlQsAiJULAIuVCwDglQsA7JULADiWCwA7lgsAkJYLAKyWCwDolgsA8JYLAMi8EwBMlwsAmJcLAKKXCwDwlwsA8pcLAEiYCwBPmAsAoJgLAKeYCwD4mAsA/pgLAFCZCwBemQsAqJkLALWZCwAAmgsAEJoLAFiaCwBdmgsAsJoLALiaCwAImwsAGJsLAGCbCwBlmwsAuJsLAL6bCwAQnAsAGJwLACC9EwBunAsAwJwLAMicCwAYnQsAG50LAHCdCwB8nQsAyJ0LAM6dCwAgngsAO54LAHieCwCGngsA0J4LAN+eCwAonwsANJ8LAICfCwCInwsA0L0TAN2fCwAwoAsAOqALAIigCwCQoAsA4KALAAChCwA4oQsARaELAJChCwCVoQsA6KELAOyhCwBAogsATaILACi+EwCdogsA8KILAPOiCwBIowsAUqMLAKCjCwCsowsA+KMLAAukCwBQpAsAX6QLAKikCwC0pAsAAKULAAGlCwBYpQsAYqULALClCwC+pQsACKYLAA2mCwBgpgsAbaYLAIC+EwDCpgsAEKcLABKnCwBopwsAgacLAMCnCwDRpwsAGKgLACSoCwBwqAsAeKgLAIi/EwDPqAsAIKkLACepCwB4qQsAfqkLANCpCwDcqQsAKKoLACuqCwCAqgsAg6oLANiqCwDgqgsAMKsLAECrCwCIqwsAjasLAOCrCwDpqwsAOKwLAEWsCwCQrAsAl6wLAOC/EwD0rAsAQK0LAE2tCwCYrQsAoK0LAPCtCwD6rQsASK4LAFeuCwCgrgsAoa4LAPiuCwAArwsAUK8LAF+vCwCorwsAra8LAACwCwANsAsAWLALAGWwCwCwsAsAvLALAAixCwAXsQsAYLELAGqxCwC4sQsAxrELABCyCwAVsgsAaLILAHWyCwDAsgsAyLILABizCwAiswsAcLMLAHWzCwDIswsA0LMLADjAEwAutAsAeLQLAIS0CwDQtAsA1rQLACi1CwAutQsAgLULAIW1CwDYtQsA3rULAJDAEwA8tgsAiLYLAI62CwDgtgsA5rYLADi3CwBFtwsAkLcLAJW3CwDotwsA8LcLAEC4CwBeuAsAmMETAJm4CwDwuAsA9bgLAEi5CwBOuQsAoLkLAKK5CwD4uQsA/rkLAFC6CwBkugsAqLoLALC6CwAAuwsAELsLAFi7CwBauwsAsLsLAL67CwAIvAsAGbwLAPDBEwBmvAsAuLwLAMS8CwBIwhMAHb0LAGi9CwBwvQsAwL0LAM29CwAYvgsAGr4LAHC+CwCGvgsAyL4LANS+CwAgvwsAKL8LAPjCEwCEvwsA0L8LANO/CwAowAsALcALAIDACwCRwAsA2MALAOHACwAwwQsAOsELAIjBCwCWwQsA4MELAOXBCwA4wgsARcILAFDDEwCcwgsA6MILAPXCCwBAwwsAQsMLAJjDCwCuwwsA8MMLAPzDCwBIxAsAUMQLAKjDEwClxAsA+MQLAP7ECwBQxQsAWMULAKjFCwCrxQsAAMYLAAzGCwBYxgsAXsYLALDGCwDLxgsACMcLABXHCwBgxwsAYscLALjHCwDOxwsAEMgLABzICwBoyAsAcMgLAADEEwDGyAsAGMkLAB3JCwBwyQsAi8kLAMjJCwDWyQsAIMoLACfKCwB4ygsAhMoLANDKCwDXygsAWMQTADPLCwCAywsAiMsLANjLCwDjywsAMMwLADXMCwCIzAsAi8wLAODMCwDqzAsAOM0LAEDNCwCQzQsAns0LAOjNCwDrzQsAQM4LAEjOCwCYzgsAuM4LAPDOCwD9zgsASM8LAE3PCwCgzwsApM8LAPjPCwAF0AsAsMQTAHDQCwCo0AsAsdALAADRCwAB0QsAWNELAGDRCwCw0QsAwNELAAjSCwAK0gsAYNILAG7SCwC40gsAydILAAjFEwAW0wsAaNMLAHTTCwBgxRMAx9MLALjFEwAd1AsAcNQLAIrUCwDI1AsA19QLACDVCwAr1QsAeNULAHrVCwDQ1QsA3dULACjWCwA11gsAgNYLAIzWCwDY1gsA6dYLADDXCwAz1wsAiNcLAKLXCwDg1wsA6dcLADjYCwBF2AsAkNgLAJbYCwDo2AsA9NgLAEDZCwBD2QsAmNkLAJ3ZCwDw2QsAAdoLAEjaCwBj2gsAoNoLAKzaCwD42gsA/9oLAFDbCwBS2wsAqNsLAK/bCwAA3AsAB9wLAFjcCwBe3AsAsNwLALzcCwAI3QsAC90LAGDdCwBj3QsAuN0LAMTdCwAQ3gsAI94LAGjeCwB33gsAwN4LAMzeCwAY3wsAGd8LAHDfCwB63wsAyN8LANbfCwAg4AsAJeALAHjgCwCF4AsAEMYTANjgCwBoxhMAKuELAIDhCwCW4QsA2OELAOThCwAw4gsAOOILAMDGEwCO4gsA4OILAOjiCwA44wsAO+MLAJDjCwCc4wsA6OMLAO7jCwBA5AsAW+QLAJjkCwCm5AsA8OQLAP/kCwBI5QsAVOULAKDlCwCo5QsAGMcTAP3lCwBQ5gsAWuYLAKjmCwCw5gsAAOcLACDnCwBY5wsAZecLALDnCwC15wsACOgLAAzoCwBg6AsAbegLAHDHEwDb6AsAyMcTABXpCwBo6QsAd+kLAMDpCwDg6QsAGOoLACTqCwBw6gsAeuoLAMjqCwDU6gsAIOsLACbrCwB46wsAfusLANDrCwDV6wsAKOwLAC7sCwAgyBMAhuwLANjsCwDd7AsAMO0LADbtCwDQyBMAi+0LAODtCwDq7QsAOO4LADruCwCQ7gsAqe4LAOjuCwD57gsAQO8LAE7vCwCY7wsAm+8LAPDvCwD77wsASPALAFDwCwCg8AsAovALAPjwCwAA8QsAUPELAF3xCwCo8QsAtPELAADyCwAE8gsAWPILAGDyCwCw8gsAv/ILAAjzCwAN8wsAYPMLAG3zCwC48wsAxfMLABD0CwAc9AsAaPQLAHf0CwDA9AsAyvQLABj1CwAm9QsAcPULAHX1CwDI9QsA1fULACjJEwAo9gsAgMkTAHz2CwDw+gsAhPYLAND2CwDW9gsAKPcLAC73CwCA9wsAjfcLANj3CwDd9wsAMPgLADj4CwCI+AsAsfgLAOD4CwC++AsAkPkLAAb5CwDo+QsACfkLADj5CwBh+QsA2MkTALn5CwAwyhMADvoLAED6CwB2+gsAmPoLAMH6CwCIyhMA/voLAEj7CwBV+wsAoPsLAKz7CwD4+wsA/vsLAFD8CwBW/AsAqPwLAK38CwAA/QsABv0LAODKEwB+/QsAYP4LAIH9CwCw/QsA2f0LAJDLEwAx/gsA6MsTAIb+CwC4/gsA7v4LABD/CwA5/wsAQMwTAHL/CwDA/wsAxf8LABgADAAgAAwAmMwTAHUADADIAAwA0QAMACABDAAtAQwAeAEMAH8BDADwzBMA2AEMAEjNEwA7AgwAgAIMAIwCDADYAgwA5wIMADADDAA5AwwAiAMMAJIDDADgAwwA4gMMADgEDABRBAwAkAQMAKEEDADoBAwA9AQMAEAFDABIBQwAoM0TAKYFDADwBQwAAQYMAEgGDABUBgwAoAYMAKgGDAD4zRMA/QYMAFAHDABaBwwAqAcMALAHDAAACAwAEAgMAFgIDABdCAwAsAgMALkIDAAICQwAFQkMAGAJDABnCQwAUM4TAL4JDACwzRAAxQkMABAKDADLCQwAWJkPABUKDABoCgwAdAoMAMAKDADNCgwAGAsMACILDACozhMAdQsMAMgLDADUCwwAIAwMAC0MDAB4DAwAggwMANAMDADsDAwAKA0MADANDAAAzxMAhQ0MANgNDADgDQwAMA4MADMODACIDgwAkQ4MAOAODADvDgwAOA8MAEMPDACQDwwAmA8MAOgPDAD4DwwAQBAMAE4QDACYEAwAqRAMAPAQDAD8EAwASBEMAFARDABYzxMAphEMAPgRDAAAEgwAUBIMAFcSDACoEgwAthIMAAATDAAGEwwAWBMMAGQTDACwEwwAvxMMAAgUDAASFAwAYBQMAGUUDAC4FAwAvhQMABAVDAAkFQwAaBUMAHAVDADAFQwA3hUMABgWDAAgFgwAsM8TAHgWDAAI0BMA0BYMACAXDAA5FwwAeBcMAIEXDADQFwwA4BcMACgYDAA4GAwAgBgMAIwYDADYGAwA3hgMADAZDAA+GQwAiBkMAJUZDADgGQwA9xkMADgaDABAGgwAkBoMAJoaDADoGgwA9hoMAEAbDABWGwwAmBsMAKQbDADwGwwA9xsMAEgcDABQHAwAoBwMAKUcDAD4HAwAAR0MAFAdDABaHQwAqB0MALAdDAAAHgwAAh4MAFgeDABoHgwAsB4MALoeDAAIHwwAFB8MAGAfDABmHwwAuB8MAMAfDAC40BMAEiAMAGggDAB5IAwAwCAMANwgDAAYIQwAICEMABDREwCBIQwAyCEMANkhDAAgIgwAKCIMAHgiDACRIgwA0CIMANYiDAAoIwwALSMMAIAjDACgIwwA2CMMAOQjDAAwJAwANiQMAIgkDACQJAwA4CQMAO8kDAA4JQwAPSUMAJAlDACdJQwA6CUMAPUlDABAJgwATCYMAJgmDACnJgwA8CYMAPomDABIJwwAVicMAKAnDAClJwwA+CcMAAUoDABQKAwAUygMAKgoDACwKAwAACkMAAIpDABYKQwAXikMALApDAC8KQwACCoMABAqDABo0RMAZSoMALgqDAC8KgwAECsMAB0rDADA0RMAcCsMABjSEwDGKwwAGCwMAC8sDABwLAwAeSwMAMgsDADeLAwAIC0MACwtDAB4LQwAhS0MANAtDADaLQwAKC4MADAuDACALgwAvy4MANguDAABLwwAMC8MADgvDACILwwAqy8MAHDSEwDvLwwAODAMAPYvDADITQwAPTAMAJAwDACdMAwA6DAMAPUwDABAMQwATDEMAJgxDACnMQwA8DEMAPoxDABIMgwAVjIMAKAyDAClMgwA+DIMAAUzDABQMwwAdDMMAKgzDACwMwwAyNITAAk0DABYNAwAWzQMALA0DAC6NAwACDUMABA1DABgNQwAeTUMALg1DADENQwAEDYMABg2DAAg0xMAeDYMAMA2DADINgwAGDcMACI3DABwNwwAhDcMAMg3DADJNwwAIDgMACw4DAB4OAwAgDgMAHjTEwDjOAwAKDkMACk5DACAOQwAjDkMANg5DADnOQwAMDoMADo6DACIOgwAizoMAOA6DADoOgwAODsMADk7DACQOwwAkjsMAOg7DADuOwwAQDwMAEI8DACYPAwArjwMAPA8DAD8PAwASD0MAFI9DACgPQwArD0MAPg9DAD+PQwAUD4MAFg+DACoPgwA0T4MAAA/DAAIPwwAWD8MAGI/DACwPwwAtT8MAAhADAAQQAwAYEAMAHlADAC4QAwAxEAMABBBDAAYQQwA0NMTAHRBDADAQQwAw0EMABhCDAAdQgwAcEIMAHlCDADIQgwAzkIMACBDDAAvQwwAeEMMAIRDDADQQwwA5UMMAChEDAAwRAwAgEQMAI1EDACwSgwAmUQMANhEDADdRAwAMEUMADVFDACIRQwAmUUMAOBFDADoRQwAOEYMAOxFDADwRwwAT0YMAJBGDACeRgwA6EYMAANHDABARwwATEcMAJhHDAClRwwAKNQTAPJHDABISAwAVUgMAKBIDACoSAwA+EgMAA9JDABQSQwAXkkMAKhJDADDSQwAAEoMAAxKDABYSgwAZUoMAIDUEwC5SgwACEsMABlLDABgSwwAcUsMALhLDADASwwAEEwMACdMDABoTAwAdkwMAMBMDADbTAwAGE0MACRNDABwTQwAfU0MANjUEwDcTQwAIE4MACNODAB4TgwAlU4MANBODADhTgwAKE8MAExPDACATwwAiE8MADDVEwDhTwwAMFAMADNQDACIUAwAklAMAOBQDADoUAwAOFEMAFFRDACQUQwAnFEMAOhRDADwUQwAiNUTAFBSDACYUgwAoFIMAPBSDAD6UgwASFMMAFxTDACgUwwAoVMMAPhTDAAEVAwAUFQMAFhUDADg1RMAvFQMAABVDAADVQwAWFUMAHVVDACwVQwAwVUMAAhWDAAWVgwAYFYMAHVWDAC4VgwAwFYMABBXDAAdVwwAgFoMAClXDABoVwwAbVcMAMBXDADFVwwAGFgMAClYDABwWAwAeFgMAMhYDADfWAwAIFkMAC5ZDAB4WQwAk1kMANBZDADcWQwAKFoMADVaDAA41hMAiVoMANhaDADpWgwAMFsMAEFbDACIWwwAkFsMAOBbDAD3WwwAOFwMAEZcDACQXAwAq1wMAOhcDAD0XAwAQF0MAE1dDACQ1hMArF0MAPBdDADzXQwASF4MAGVeDACgXgwAsV4MAPheDAAGXwwAUF8MAGVfDACoXwwAsF8MAABgDAANYAwAMGYMABlgDABYYAwAXWAMALBgDAC1YAwACGEMABlhDABgYQwAaGEMALhhDABsYQwAcGMMAM9hDAAQYgwAHmIMAGhiDACDYgwAwGIMAMxiDAAYYwwAJWMMAOjWEwByYwwAyGMMANVjDAAgZAwAKGQMAHhkDACPZAwA0GQMAN5kDAAoZQwAQ2UMAIBlDACMZQwA2GUMAOVlDABA1xMAOWYMAIhmDACZZgwA4GYMAPFmDAA4ZwwAQGcMAJBnDACnZwwA6GcMAPZnDABAaAwAW2gMAJhoDACkaAwA8GgMAP1oDACY1xMAUWkMAKBpDACxaQwA+GkMAARqDABQagwAXWoMAKhqDACtagwAAGsMAAprDABYawwAaGsMALBrDAC1awwACGwMABFsDABgbAwAbWwMALhsDAC/bAwAEG0MABxtDABobQwAbm0MAMBtDADGbQwAGG4MAB1uDABwbgwAdm4MAPDXEwDNbgwAIG8MAChvDAB4bwwAjm8MANBvDADVbwwAKHAMAC9wDACAcAwAiXAMANhwDADpcAwAMHEMADxxDACIcQwAkHEMAPjYEwDicQwAOHIMAE5yDACQcgwAnHIMAOhyDADvcgwAQHMMAEhzDABQ2RMAnXMMAPBzDAD3cwwASHQMAFF0DACgdAwAsXQMAPh0DAAEdQwAUHUMAFh1DACo2RMAqnUMAAB2DAAWdgwAWHYMAGR2DACwdgwAt3YMAAh3DAAQdwwAANoTAGV3DAC4dwwAv3cMABB4DAAZeAwAaHgMAHl4DADAeAwAzHgMABh5DAAgeQwAWNoTAHJ5DADIeQwA13kMACB6DABAegwAeHoMAHp6DADQegwA53oMACh7DAA0ewwAgHsMAIh7DAAI2xMA3XsMADB8DAAyfAwAiHwMAI98DADgfAwA6HwMADh9DABBfQwAkH0MAJZ9DADofQwA+X0MAEB+DABIfgwAuNsTAKR+DADwfgwA834MAEh/DABNfwwAoH8MALF/DAD4fwwAE4AMAFCADABcgAwAqIAMALCADAAQ3BMAFoEMAFiBDABZgQwAsIEMALWBDAAIggwADoIMAGCCDABqggwAuIIMAMCCDAAQgwwAIoMMAGjcEwB1gwwAwIMMAMqDDAAYhAwAHoQMAHCEDACEhAwAyIQMANCEDAAghQwAMIUMAHiFDAB9hQwA0IUMANaFDAAohgwAMIYMAICGDACBhgwA2IYMANqGDAAwhwwAP4cMAIiHDACohwwA4IcMAOKHDAA4iAwAT4gMAJCIDACciAwA6IgMAPCIDADA3BMASIkMAJiJDACxiQwA8IkMAPmJDABIigwAUooMAKCKDACoigwA+IoMAAiLDABQiwwAVYsMAKiLDACxiwwAAIwMAA2MDABYjAwAX4wMALCMDAC4jAwAcN0TABKNDABgjQwAaI0MALiNDADGjQwAEI4MAB2ODABojgwAcI4MAMCODADCjgwAGI8MACCPDABwjwwAcY8MAMiPDADKjwwAIJAMAC+QDAB4kAwAmJAMANCQDADSkAwAKJEMAD+RDACAkQwAjJEMANiRDADykQwAMJIMAFySDACIkgwAi5IMAOCSDADlkgwAOJMMAEWTDADI3RMAkpMMAOiTDADykwwAQJQMAE+UDACYlAwAo5QMAPCUDAD+lAwASJUMAFWVDACglQwAt5UMAPiVDAAAlgwAUJYMAFGWDAColgwAqpYMAACXDAAPlwwAWJcMAHiXDACwlwwAspcMAAiYDAAfmAwAYJgMAGyYDAC4mAwAwJgMACDeEwAVmQwAaJkMAG6ZDADAmQwAyJkMABiaDAA3mgwAcJoMAH2aDADImgwAyZoMACCbDAA2mwwAeJsMAJSbDAB43hMA1ZsMACicDAAynAwAgJwMAIicDADYnAwA2ZwMADCdDADanAwAeKYMADadDACInQwAlJ0MAOCdDADwnQwAOJ4MAEaeDACQngwAo54MAOieDAD0ngwAQJ8MAEefDACYnwwAoJ8MAPCfDAD0nwwASKAMAFagDACgoAwAqqAMAPigDAADoQwAUKEMAFihDACooQwA4aEMAACiDAAIogwAWKIMAF2iDACwogwAtqIMAAijDAAQowwAYKMMAHqjDAC4owwA8aMMABCkDAAYpAwAaKQMAG2kDADApAwAxqQMABilDAAgpQwAcKUMAIqlDADIpQwA4qUMACCmDABZpgwA0N4TAICmDADQpgwA16YMACinDAA0pwwAgKcMAIGnDADYpwwA5KcMADCoDAA9qAwAiKgMAI+oDADgqAwA7KgMADipDABFqQwAkKkMAJ+pDADoqQwA/KkMACjfEwBCqgwAmKoMAEyqDAAA8Q8Am6oMAOhTDwClqgwAcNkNAKeqDADwqgwAEKsMAEirDABKqwwAoKsMALerDAD4qwwABKwMAFCsDABYrAwAgN8TAKqsDAAArQwADa0MAFitDABhrQwAsK0MALKtDAAIrgwAGa4MAGCuDABxrgwAuK4MAMyuDADY3xMAMK8MAGivDABqrwwAwK8MANevDAAYsAwAJLAMAHCwDAB4sAwAMOATAMqwDAAgsQwAI7EMAHixDACAsQwA0LEMAN2xDAAosgwALbIMAICyDACKsgwA2LIMAOCyDAAwswwASbMMAIizDACUswwA4LMMAOyzDAA4tAwARbQMAJC0DACYtAwA6LQMAPi0DABAtQwARbUMAJi1DAChtQwA8LUMAP21DABItgwAT7YMAKC2DACotgwAiOATAAW3DABQtwwAU7cMAKi3DACytwwAALgMAAK4DABYuAwAabgMALC4DADBuAwACLkMABS5DABguQwAZ7kMALi5DADSuQwAELoMABi6DABougwAaboMAGDEDAByugwAwLoMAMa6DAAYuwwALLsMAHC7DAB4uwwAyLsMANK7DAAgvAwAJbwMAHi8DACAvAwA0LwMAN68DAAovQwANb0MAIC9DACDvQwA2L0MAOK9DAAwvgwAMr4MAIi+DACZvgwA4L4MAPG+DAA4vwwAQL8MAODgEwCavwwA6L8MAATADABAwAwASMAMADjhEwCZwAwA8MAMAAbBDABIwQwAUMEMAKDBDACuwQwA+MEMAAXCDABQwgwAU8IMAKjCDACywgwAAMMMAALDDABYwwwAacMMALDDDADBwwwACMQMABDEDACQ4RMAccQMALjEDADExAwAEMUMABLFDABoxQwAa8UMAMDFDADMxQwAGMYMACDGDADo4RMAecYMAMjGDADVxgwAIMcMACjHDAB4xwwAiscMANDHDADdxwwAKMgMACnIDACAyAwAlsgMANjIDADgyAwAMMkMAD7JDACIyQwAlckMAODJDADjyQwAOMoMAELKDACQygwAksoMAOjKDAD5ygwAQMsMAFHLDACYywwAoMsMAEDiEwD9ywwASMwMAFLMDACgzAwAVcwMAGALDwCuzAwA+MwMAA7NDABQzQwAXM0MAKjNDAC0zQwAAM4MAAbODABYzgwAXs4MALDODAC1zgwACM8MAA7PDACY4hMAZc8MALjPDAC6zwwAENAMABfQDABo0AwAcNAMAMDQDADD0AwAGNEMACHRDABw0QwAf9EMAMjRDADT0QwAINIMACjSDAB40gwAiNIMANDSDADe0gwAKNMMADnTDACA0wwAjNMMANjTDADg0wwAoOMTAE7UDACI1AwAkNQMAPjjEwDs1AwAONUMAE7VDACQ1QwAmNUMAOjVDAAH1gwAUOQTAEPWDABQMA0ATdYMAJjWDACb1gwASCsSAKDWDADw1gwAotYMADjXDwDy1gwASNcMAPrWDAAA5AwAAdcMAMjcDABV1wwAoNcMALTXDAD41wwAANgMAFDYDABV2AwAqNgMALjYDAAA2QwACNkMAFjZDABi2QwAsNkMALvZDAAI2gwAFNoMAGDaDABo2gwAqOQTAL3aDAAQ2wwAGdsMAGjbDABu2wwAwNsMAM/bDAAY3AwAJNwMAHDcDABz3AwAAOUTAM3cDAAg3QwAL90MAHjdDAB63QwA0N0MAOHdDAAo3gwAOd4MAIDeDACU3gwA2N4MAODeDAAw3wwAPt8MAIjfDACV3wwA4N8MAOPfDAA44AwAQuAMAJDgDACS4AwA6OAMAPngDABA4QwAUeEMAJjhDACk4QwA8OEMAPfhDABI4gwAUOIMAKDiDAC34gwA+OIMAATjDABQ4wwAZuMMAKjjDACr4wwAWOUTAAvkDABY5AwAZOQMALDkDAC45AwAsOUTABTlDABg5QwAduUMALjlDAC75QwAEOYMABjmDABo5gwAauYMAMDmDADb5gwAGOcMABrnDABw5wwAfucMAMjnDADZ5wwAIOgMACLoDAB46AwAkegMANDoDADh6AwAKOkMADTpDAAI5hMAhukMANjpDADm6QwAMOoMAEvqDACI6gwAlOoMAODqDADm6gwAOOsMAEDrDACQ6wwAoOsMAOjrDADt6wwAQOwMAEnsDACY7AwApewMAPDsDAD37AwASO0MAFDtDABg5hMApe0MAPjtDAD+7QwAUO4MAFjuDACo7gwA1O4MAADvDAAH7wwAWO8MAHHvDACw7wwAv+8MAAjwDAAk8AwAuOYTAGzwDAC48AwAwvAMABDxDAAY8QwAaPEMAG/xDADA8QwAxvEMABjyDAAm8gwAcPIMAIvyDADI8gwA1PIMACDzDAAm8wwAePMMAIDzDADQ8wwA3vMMACj0DAA19AwAgPQMAIP0DADY9AwA4vQMADD1DAAy9QwAiPUMAJX1DADg9QwA7/UMADj2DABE9gwAkPYMAJj2DAAQ5xMA7fYMAED3DABG9wwAmPcMAKD3DADw9wwAHPgMAEj4DABP+AwAoPgMALn4DAD4+AwAB/kMAFD5DABZ+QwAqPkMAK75DAAA+gwAEfoMAFj6DACA+gwAsPoMANz6DAAI+wwAD/sMAGD7DAB5+wwAuPsMAMf7DAAQ/AwALPwMAGjnEwBt/AwAwPwMAMr8DAAY/QwAKP0MAHD9DAB1/QwAyP0MANH9DAAg/gwALf4MAHj+DAB//gwA0P4MANz+DAAo/wwAO/8MAID/DACP/wwA2P8MAOT/DAAwAA0AMQANAIgADQCSAA0A4AANAO4ADQA4AQ0APQENAJABDQCdAQ0AwOcTAPkBDQBAAg0AQgINAJgCDQCbAg0A8AINAPMCDQBIAw0ATwMNAKADDQCsAw0A+AMNAAgEDQBQBA0AYAQNAKgEDQCtBA0AAAUNAAkFDQBYBQ0AZQUNALAFDQC3BQ0ACAYNABQGDQBgBg0AZgYNALgGDQC+Bg0AEAcNABUHDQBoBw0AbgcNAMjoEwDKBw0AGAgNACYIDQBwCA0AgAgNAMgIDQDKCA0AIAkNAC8JDQB4CQ0AggkNANAJDQDYCQ0A0OkTAC4KDQCACg0AjAoNACjqEwDdCg0AMAsNADgLDQCICw0AmAsNAOALDQDuCw0AOAwNAEUMDQCQDA0AlwwNAOgMDQDwDA0A2OoTAFENDQCYDQ0Anw0NAPANDQD4DQ0ASA4NAFUODQCgDg0ApQ4NAPgODQACDw0AUA8NAFgPDQCoDw0AwQ8NAAAQDQAMEA0AWBANAGAQDQAw6xMAvBANAAgRDQALEQ0AYBENAGURDQC4EQ0AyRENABASDQArEg0AaBINAHQSDQDAEg0AxxINABgTDQA0Ew0AcBMNAHgTDQCI6xMAzRMNACAUDQAqFA0AeBQNAIAUDQDQFA0A0hQNAIDjDgDgFA0AKBUNAC0VDQCAFQ0AiRUNANgVDQDlFQ0AMBYNADcWDQDg6xMAkRYNAOAWDQDtFg0AOBcNAEcXDQCQFw0AmhcNAOgXDQD2Fw0AQBgNAEUYDQCYGA0ApRgNAPAYDQD4GA0AOOwTAEkZDQCgGQ0ArBkNAPgZDQAFGg0AUBoNAF4aDQCoGg0AtRoNAAAbDQAXGw0AWBsNAGAbDQCwGw0AthsNAAgcDQAUHA0AYBwNAH0cDQC4HA0AwRwNABAdDQAeHQ0AaB0NAG4dDQDAHQ0AzB0NABgeDQAfHg0AcB4NAHgeDQDIHg0A5x4NAJDsEwAxHw0AeB8NAIQfDQDQHw0A1x8NACggDQAwIA0AgCANAIogDQDYIA0A3SANADAhDQA4IQ0AiCENAI0hDQDgIQ0A4SENADgiDQBEIg0AkCINAJ0iDQDoIg0A8CINAEAjDQBDIw0AmCMNAKIjDQDwIw0A9iMNAEgkDQBUJA0AoCQNAKIkDQD4JA0ADiUNAFAlDQBsJQ0AqCUNALAlDQDo7BMABSYNAFgmDQBgJg0AsCYNALMmDQAIJw0AEScNAGAnDQBvJw0AuCcNAMMnDQAQKA0AGCgNAGgoDQB4KA0AwCgNAM4oDQAYKQ0AKSkNAHApDQB8KQ0AyCkNANApDQBA7RMAJioNAHgqDQCAKg0A0CoNANcqDQAoKw0ANisNAIArDQCGKw0A2CsNAOQrDQAwLA0APywNAIgsDQCSLA0A4CwNAOUsDQA4LQ0APi0NAJAtDQCkLQ0AmO0TAPQtDQBALg0ATS4NAJguDQCbLg0A8C4NAP4uDQBILw0ATS8NAKAvDQCtLw0A+C8NAAAwDQDw7RMAWDANAKgwDQCuMA0AADENAK8wDQAA7A0ADDENAFgxDQB1MQ0AsDENALkxDQAIMg0AFjINAGAyDQBmMg0AuDINAMQyDQAQMw0AFzMNAEjuEwBpMw0A+MkNAHQzDQDAMw0AeDMNAIjGDQDTMw0AGDQNACI0DQBwNA0AfDQNAMg0DQDVNA0AIDUNACM1DQB4NQ0AhjUNANA1DQDVNQ0AKDYNADU2DQCANg0AiDYNAKDuEwDeNg0AMDcNAD43DQCINw0AozcNAOA3DQDsNw0AODgNAD44DQBQ7xMAszgNAKjvEwDtOA0AQDkNAE05DQCYOQ0ApTkNAPA5DQD8OQ0ASDoNAFc6DQCgOg0AqjoNAPg6DQAGOw0AUDsNAFU7DQCoOw0AtTsNAAA8DQAcPA0AWDwNAGA8DQAA8BMAtTwNAAg9DQAOPQ0AYD0NAGg9DQC4PQ0AuT0NABA+DQAXPg0AaD4NAG0+DQDAPg0AyD4NABg/DQAmPw0AcD8NAHM/DQDIPw0A0D8NACBADQAtQA0AeEANAH1ADQDQQA0A2kANAChBDQAwQQ0AgEENAJFBDQDYQQ0A3UENADBCDQAyQg0AiEINAI9CDQDgQg0A7EINADhDDQA/Qw0AWPATAJxDDQDoQw0ABUQNAEBEDQBJRA0AmEQNAKZEDQDwRA0A9kQNAEhFDQBURQ0AoEUNAKdFDQD4RQ0AAEYNAFBGDQBmRg0AqEYNAK1GDQAARw0AB0cNAFhHDQBhRw0AsEcNAMFHDQAISA0AFEgNAGBIDQBoSA0ACPETAL5IDQAQSQ0AFUkNAGhJDQCDSQ0AwEkNAM5JDQAYSg0AH0oNAHBKDQB8Sg0AyEoNAMtKDQAgSw0AKEsNAHhLDQB5Sw0A0EsNANJLDQAoTA0AN0wNAIBMDQCgTA0A2EwNANpMDQAwTQ0AR00NAIhNDQCUTQ0A4E0NAOhNDQBg8RMAPU4NAJBODQCYTg0A6E4NAPhODQBATw0ATk8NAJhPDQCpTw0A8E8NAPxPDQBIUA0AS1ANAKBQDQCoUA0A+FANAAZRDQBQUQ0AXVENAKhRDQCwUQ0AAFINADlSDQC48RMAWlINALBSDQC+Ug0ACFMNABlTDQAQ8hMAZlMNALhTDQDEUw0AaPITACxUDQAY8xMAcVQNAMBUDQDWVA0AGFUNAB5VDQDgWA0AKFUNAHBVDQByVQ0AyFUNANZVDQAgVg0AMVYNAHDzEwB/Vg0AyPMTANxWDQAoVw0AK1cNAIBXDQCKVw0A2FcNANtXDQAwWA0AQlgNAIhYDQCkWA0AIPQTAOlYDQA4WQ0ARVkNAJBZDQCaWQ0A6FkNAPZZDQBAWg0AVloNAJhaDQCkWg0A8FoNAPxaDQBIWw0ATlsNAKBbDQCmWw0A+FsNAP1bDQBQXA0AVlwNAHj0EwC0XA0AAF0NAANdDQBYXQ0AYl0NALBdDQCzXQ0ACF4NABFeDQBgXg0Abl4NALheDQDCXg0AEF8NABxfDQBoXw0Aa18NAMBfDQDSXw0AGGANADRgDQDQ9BMAf2ANAMhgDQDNYA0AIGENAClhDQB4YQ0AhWENANBhDQDaYQ0AKGINADpiDQCAYg0AnGINACj1EwDeYg0AMGMNADZjDQCIYw0AjWMNAOBjDQDmYw0AgPUTAD1kDQCQZA0AmWQNAOhkDQDyZA0AQGUNAENlDQCYZQ0ApmUNAPBlDQD3ZQ0ASGYNAFRmDQCgZg0AuGYNAPhmDQD9Zg0AUGcNAGBnDQCoZw0AwGcNAABoDQAMaA0AWGgNAGtoDQCwaA0AsmgNAAhpDQAeaQ0AYGkNAGFpDQC4aQ0AyWkNABBqDQAcag0AaGoNAGtqDQDAag0A2GoNABhrDQAnaw0AcGsNAHVrDQDIaw0A0WsNACBsDQAtbA0AeGwNAIJsDQDQbA0A4mwNAChtDQBEbQ0AMPYTAIdtDQCo2g8Aim0NANhtDQDkbQ0AMG4NADNuDQCIbg0Akm4NAOBuDQDjbg0AOG8NAEFvDQCQbw0Anm8NAOhvDQDybw0AQHANAExwDQCI9hMAoHANAPBwDQAAcQ0ASHENAEpxDQCgcQ0ArnENAPhxDQAJcg0A4PYTAFZyDQCocg0AtHINADj3EwAJcw0AWHMNAG5zDQCwcw0AxnMNAAh0DQAKdA0AYHQNAGZ0DQC4dA0AzHQNABB1DQAodQ0AaHUNAHl1DQDAdQ0AznUNABh2DQAldg0AcHYNAHx2DQDIdg0A2nYNACB3DQA8dw0AeHcNAIp3DQDo9xMA0XcNACh4DQA0eA0AgHgNAI94DQDYeA0A4HgNAED4EwAyeQ0AiHkNAJZ5DQDgeQ0A8XkNAJj4EwA/eg0A8PgTAJh6DQCg+RMA6XoNAMiXDQDreg0AiIQNAOx6DQCgfA0A7noNAPCGDQDveg0AGIENAPF6DQDYmQ0A9HoNAEB7DQD1eg0ACH8NAPd6DQBwjA0ARnsNAJh7DQCeew0A8HsNAPV7DQBIfA0ATnwNAPj5EwCifA0A+HwNAP58DQBQfQ0AXX0NAAD7EwC1fQ0AAH4NABd+DQBYfg0AdH4NALB+DQC4fg0AWPsTAA1/DQBgfw0Aan8NALh/DQDGfw0AEIANAB+ADQBogA0AdIANALD7EwDIgA0ACPwTACSBDQBwgQ0AcYENAMiBDQDOgQ0AIIINACyCDQB4gg0Ah4INANCCDQDSgg0AKIMNADKDDQCAgw0AjIMNANiDDQDfgw0AYPwTADiEDQC4/BMAkoQNAOCEDQDmhA0AOIUNAEaFDQCQhQ0An4UNAOiFDQDyhQ0AQIYNAFyGDQCYhg0AoIYNABD9EwD8hg0ASIcNAFeHDQCghw0ApYcNAPiHDQATiA0AUIgNAFyIDQCoiA0ArogNAACJDQACiQ0AWIkNAHGJDQCwiQ0AwYkNAAiKDQAUig0AYIoNAHiKDQC4ig0AxIoNABCLDQAWiw0AaIsNAG6LDQDAiw0AxYsNABiMDQAejA0AaP0TAHWMDQDIjA0AzowNACCNDQDejA0A8JENACyNDQB4jQ0AkI0NANCNDQDUjQ0AiI8NANyNDQAojg0ALo4NAICODQCGjg0A2I4NAN2ODQAwjw0ANo8NAHD+EwCKjw0A4I8NAOaPDQA4kA0ARZANAHj/EwCdkA0A6JANAP+QDQBAkQ0AXJENAJiRDQCgkQ0A0P8TAPGRDQBIkg0AVpINAKCSDQCxkg0A+JINAASTDQBQkw0AaJMNAKiTDQCskw0AYJUNALSTDQAAlA0ABpQNAFiUDQBelA0AsJQNALWUDQAIlQ0ADpUNACgAFABilQ0AuJUNAL6VDQAQlg0AHZYNADABFAB1lg0AwJYNANeWDQAYlw0ANJcNAHCXDQB4lw0AiAEUAMqXDQAgmA0AJpgNAHiYDQB7mA0A0JgNANyYDQAomQ0ARJkNAICZDQCImQ0A4AEUANuZDQAwmg0APJoNAIiaDQCOmg0A4JoNAPiaDQA4mw0APJsNAPCcDQA/mw0AaKENAESbDQCQmw0ARZsNAFifDQCWmw0A6JsNAO6bDQBAnA0ARZwNAJicDQCenA0AOAIUAPKcDQBInQ0ATp0NAKCdDQCtnQ0AQAMUAAWeDQBQng0AZ54NAKieDQDEng0AAJ8NAAifDQCYAxQAXZ8NALCfDQC6nw0ACKANABagDQBgoA0Ab6ANALigDQDEoA0A8AMUABihDQBIBBQAdKENAMChDQDBoQ0AGKINAB6iDQBwog0AfKINAMiiDQDXog0AIKMNACKjDQB4ow0AgqMNANCjDQDcow0AKKQNAC+kDQCgBBQAiKQNAPgEFADipA0AMKUNADylDQCIpQ0AnqUNAOClDQDspQ0AOKYNAEumDQCQpg0AnqYNAOimDQDypg0AUAUUAEinDQCoBRQArqcNAPCnDQD8pw0ASKgNAFWoDQCgqA0AqqgNAPioDQD6qA0AUKkNAFqpDQCoqQ0AtqkNAACqDQAFqg0AWKoNAGWqDQCwqg0AuKoNAAirDQAYqw0AYKsNAGKrDQC4qw0AwasNABCsDQAhrA0AaKwNAHKsDQAABhQAzKwNABitDQAvrQ0AcK0NAIutDQBYBhQA4a0NACCuDQAmrg0AeK4NAIKuDQCwBhQA0q4NACivDQA5rw0AgK8NAIivDQDYrw0AnK8NABjZDQDkrw0AMLANADawDQCIsA0AjrANAOCwDQDlsA0AOLENAD6xDQAIBxQArLENAOixDQDwsQ0AEAgUAE6yDQCYsg0AqbINAPCyDQABsw0ASLMNAFSzDQCgsw0Ap7MNAGgIFAAJtA0AULQNAGG0DQCotA0AtLQNAAC1DQAHtQ0AwAgUAFq1DQCwtQ0AsbUNAAi2DQAQtg0AYLYNAGW2DQC4tg0AwbYNABC3DQAatw0AaLcNAHC3DQDAtw0AxbcNABi4DQAouA0AcLgNAHi4DQDIuA0A3rgNACC5DQAsuQ0AeLkNAI65DQDQuQ0A1bkNACi6DQAuug0AgLoNAJS6DQAYCRQA7roNADC7DQA+uw0AiLsNAJW7DQDguw0A4rsNADi8DQBCvA0AkLwNAJy8DQDovA0A77wNAEC9DQBIvQ0AmL0NALG9DQDwvQ0ABL4NAEi+DQBQvg0AoL4NAKK+DQD4vg0ABb8NAFC/DQBVvw0AqL8NALK/DQAAwA0AC8ANAFjADQBkwA0AsMANALbADQAIwQ0AEMENAGDBDQBhwQ0AuMENAL7BDQAQwg0AFcINAGjCDQB3wg0AwMINAMzCDQAYww0AG8MNAHDDDQBzww0AcAkUAM3DDQAgxA0APMQNAMgJFACYxA0A0MQNANjEDQAgChQALsUNAIDFDQCMxQ0AeAoUAN7FDQAwxg0APMYNAOAMFACKxg0A4MYNAOrGDQA4xw0AOscNAJDHDQChxw0A6McNAPDHDQBAyA0ATMgNAJjIDQCeyA0A8MgNAPbIDQBIyQ0ATckNAKDJDQCmyQ0AOA0UAPrJDQBQyg0AVsoNAKjKDQCryg0AAMsNAAzLDQBYyw0AYMsNAEAOFAC2yw0ACMwNAA7MDQBgzA0AZcwNALjMDQC+zA0AmA4UABLNDQBozQ0Acc0NAMDNDQDXzQ0AGM4NACPODQBwzg0Aes4NAMjODQDQzg0AoA8UAC3PDQB4zw0AgM8NANDPDQDazw0AKNANADPQDQCA0A0AhtANANjQDQDk0A0AMNENADLRDQCI0Q0Aj9ENAODRDQDo0Q0AONINAErSDQD4DxQA0NINAOjSDQDw0g0AQNMNAGPTDQAAERQAmtMNAPDTDQD90w0ASNQNAE/UDQCg1A0AsdQNAPjUDQAE1Q0AUNUNAFfVDQCo1Q0AqdUNAFj3DQCw1Q0AWBEUABPWDQBY1g0AZ9YNALDWDQC81g0ACNcNAAnXDQBg1w0AatcNALjXDQDG1w0AENgNABXYDQBo2A0AddgNALARFADI2A0ACBIUACDZDQBgEhQAftkNAMjZDQDX2Q0AINoNAEDaDQB42g0AhNoNANDaDQDX2g0AKNsNADDbDQCA2w0AgtsNANjbDQDi2w0AaBMUADrcDQCI3A0AkNwNAMATFADq3A0AON0NAEDdDQAYFBQA0d0NAOjdDQDw3Q0AQN4NAF7eDQBwFBQAnd4NAMjWDgCk3g0ACNkQAKbeDQDw3g0A994NAHjUDwAA3w0ASN8NAFjfDQCg3w0ArN8NAPjfDQD+3w0AUOANAGzgDQCo4A0AsOANAMgUFAAU4Q0AWOENAGLhDQCw4Q0AvOENAAjiDQAQ4g0AIBUUAGviDQC44g0AuuINABDjDQAW4w0AaOMNAHDjDQB4FRQAwuMNABjkDQAb5A0AcOQNAHjkDQDI5A0A2OQNACDlDQAi5Q0AeOUNAIblDQDQ5Q0A4eUNANAVFAAv5g0AKBYUAIbmDQDY5g0A3eYNADDnDQA25w0AgBYUAJLnDQDg5w0A4ucNADjoDQBL6A0AkOgNAJjoDQDo6A0A9OgNAEDpDQBG6Q0AmOkNAJ7pDQDw6Q0A9ekNAEjqDQBO6g0AiBcUAKnqDQD46g0ABesNAFDrDQBX6w0AqOsNALDrDQDgFxQADOwNAFjsDQBi7A0AsOwNALzsDQAI7Q0AF+0NAGDtDQBq7Q0AuO0NAMTtDQAQ7g0AF+4NADgYFABr7g0AqLYQAG7uDQDA7g0Ad+4NAKjEDwB57g0AYN8OAMzuDQAY7w0AIO8NAJAYFAB87w0AyO8NANLvDQAg8A0ALPANAHjwDQCH8A0A0PANANrwDQAo8Q0ANPENAIDxDQCH8Q0A6BgUAObxDQAw8g0A+PENAIC0DwBH8g0AiPINAJXyDQDg8g0A4vINADjzDQBJ8w0AkPMNAKzzDQDo8w0A8PMNAEAZFABZ9A0AmPQNAKz0DQDw9A0A+PQNAEj1DQBL9Q0AoPUNAK71DQD49Q0AD/YNAFD2DQBd9g0AqPYNAKr2DQAA9w0AEfcNAJgZFABe9w0AsPcNALX3DQAI+A0AHvgNAGD4DQBu+A0AuPgNALv4DQAQ+Q0AHPkNAGj5DQBu+Q0AwPkNAMz5DQAY+g0ARPoNAHD6DQB8+g0AyPoNANf6DQAg+w0AKvsNAHj7DQCG+w0A0PsNANX7DQAo/A0ANfwNAPAZFACC/A0A2PwNAOb8DQAw/Q0APf0NAIj9DQCa/Q0ASBoUAO/9DQA4/g0ARP4NAJD+DQCp/g0A6P4NAOr+DQBA/w0AT/8NAJj/DQC4/w0A8P8NAPj/DQBIAA4AawAOAKAaFAClAA4A+AAOAPsADgBQAQ4AWgEOAKgBDgCwAQ4AAAIOAAYCDgBYAg4AZAIOALACDgC/Ag4ACAMOABQDDgBgAw4AbQMOALgDDgDCAw4AEAQOABgEDgBoBA4AdwQOAMAEDgDCBA4AGAUOACkFDgBwBQ4AgQUOAMgFDgDQBQ4AIAYOADEGDgB4Bg4AegYOANAGDgDTBg4AKAcOADIHDgCABw4ApAcOANgHDgD0Bw4A+BoUADYIDgCICA4AjQgOAOAIDgDvCA4AOAkOAEQJDgCQCQ4AkwkOAOgJDgDrCQ4AQAoOAEgKDgCYCg4ApwoOAPAKDgD1Cg4ASAsOAF4LDgCgCw4AoQsOAPgLDgAJDA4AUAwOAFwMDgCoDA4AsgwOAAANDgAMDQ4AWA0OAF8NDgBQGxQAtA0OAAgODgAWDg4AYA4OAGoODgC4Dg4Aww4OABAPDgAYDw4AaA8OAHQPDgDADw4A0w8OABgQDgAmEA4AcBAOAHoQDgDIEA4A0BAOACARDgAvEQ4AeBEOAH0RDgDQEQ4A1xEOACgSDgA0Eg4AqBsUAIwSDgDYEg4A2xIOADATDgAzEw4AiBMOAKITDgDgEw4A7BMOADgUDgBLFA4AkBQOAJ4UDgDoFA4A8hQOAEAVDgBjFQ4AABwUAKIVDgDwFQ4A/BUOAEgWDgBPFg4AoBYOAKgWDgD4Fg4A/BYOAFAXDgBeFw4AqBcOALIXDgAAGA4ACxgOAFgYDgBgGA4AsBgOAL8YDgAIGQ4ADRkOAGAZDgBnGQ4AuBkOAMQZDgAQGg4AGBoOAFgcFAB+Gg4AmJMQAIEaDgDAGg4AyhoOABgbDgAkGw4AcBsOAHMbDgDIGw4A0hsOACAcDgAjHA4AeBwOAIgcDgDQHA4A0hwOACgdDgA2HQ4AgB0OAJEdDgCwHBQA3x0OAAgdFABJHg4AiB4OAJIeDgDgHg4A7B4OADgfDgA7Hw4AkB8OAJofDgBgHRQA7R8OAEAgDgBgIA4AmCAOAKAgDgC4HRQA/iAOAEghDgBeIQ4AoCEOAKwhDgD4IQ4A/yEOAFAiDgBYIg4AqCIOAK0iDgAAIw4ACSMOAFgjDgBiIw4AsCMOALgjDgAIJA4AFiQOAGAkDgBtJA4AuCQOAMAkDgAQHhQAICUOAGglDgBwJQ4AaB4UAMclDgAYJg4AJCYOAHAmDgB3Jg4AyCYOANAmDgAgJw4AKicOAHgnDgCGJw4A0CcOAOYnDgAoKA4ANCgOAIAoDgCFKA4A2CgOAOEoDgAwKQ4AOikOAIgpDgCQKQ4A4CkOAOUpDgA4Kg4ASCoOAJAqDgCYKg4AwB4UAPYqDgBAKw4AVisOAJgrDgCkKw4A8CsOAPcrDgBILA4AUCwOAKAsDgClLA4A+CwOAAEtDgBQLQ4AWi0OAKgtDgCwLQ4AAC4OAAIuDgAIOg4ADi4OAFguDgBlLg4AsC4OALguDgAYHxQAFC8OAGAvDgBjLw4AuC8OAMIvDgBwHxQAHjAOAGgwDgB+MA4AwDAOAMwwDgAYMQ4AHzEOAHAxDgB4MQ4AyDEOAM0xDgAgMg4AKTIOAHgyDgCCMg4A0DIOANgyDgAoMw4AKjMOAIAzDgCQMw4A2DMOAOIzDgAwNA4APDQOAIg0DgCONA4AICAUAO40DgA4NQ4ATjUOAJA1DgCcNQ4A6DUOAO01DgBANg4ASTYOAJg2DgCiNg4A8DYOAPg2DgBINw4AajcOAHggFACvNw4A+DcOAAQ4DgBQOA4AUTgOAKg4DgCyOA4AADkOAA45DgBYOQ4AXTkOALA5DgC9OQ4A0CAUABg6DgBgOg4AajoOALg6DgDEOg4AEDsOABY7DgBoOw4AcDsOANghFADFOw4AGDwOACA8DgBwPA4AfDwOAMBGDgCJPA4AyDwOANQ8DgAgPQ4AKD0OADAiFACFPQ4A0D0OANg9DgAoPg4ANj4OAIA+DgCNPg4A2D4OANs+DgAwPw4AOj8OAIg/DgCKPw4A4D8OAO0/DgA4QA4AR0AOAJBADgCcQA4A6EAOAPBADgCIIhQAUEEOAJhBDgCgQQ4A8EEOAPxBDgBIQg4ATkIOAKBCDgCmQg4A+EIOAP1CDgBQQw4AVkMOAOAiFAC1Qw4AAEQOAAVEDgBYRA4AYkQOALBEDgC4RA4ACEUOABRFDgBgRQ4Ac0UOALhFDgDGRQ4AEEYOABNGDgBoRg4AckYOADgjFADTRg4AGEcOACZHDgBwRw4Ac0cOAMhHDgDSRw4AkCMUACVIDgB4SA4ALkgOABhoDgCASA4A0EgOANxIDgAoSQ4ALkkOAIBJDgA7SQ4AsGUOAIZJDgDYSQ4A3UkOADBKDgA2Sg4A6CMUAI5KDgDgSg4A5UoOADhLDgA+Sw4AQCQUAJ5LDgDoSw4AA0wOAEBMDgBMTA4AmEwOAJ9MDgCYJBQA+UwOAEhNDgBVTQ4AoE0OAKxNDgD4TQ4AC04OAFBODgBRTg4AqE4OALRODgAATw4AD08OAFhPDgBiTw4AsE8OALxPDgAIUA4AD1AOAPAkFABmUA4AuFAOAL5QDgAQUQ4AFVEOAGhRDgBuUQ4AoCUUAMlRDgAYUg4AJVIOAHBSDgB0Ug4AyFIOAMpSDgAgUw4ALVMOAHhTDgCCUw4A+CUUANdTDgAoVA4AMFQOAIBUDgCMVA4A2FQOAOtUDgAwVQ4AP1UOAIhVDgCUVQ4A4FUOAOFVDgA4Vg4AQlYOAJBWDgCeVg4A6FYOAO1WDgBAVw4ATVcOAFAmFACkVw4A8FcOAPZXDgBIWA4ATlgOAKBYDgClWA4A+FgOAP5YDgCoJhQAVVkOAKhZDgCyWQ4AWCcUAAhaDgBYWg4AZVoOALBaDgC1Wg4ACFsOABJbDgBgWw4AaFsOALhbDgDEWw4AEFwOACNcDgBoXA4AaVwOAMBcDgDMXA4AGF0OACddDgBwXQ4Ael0OAMhdDgDQXQ4AIF4OACJeDgCwJxQAgV4OANBeDgDfXg4AKF8OADdfDgCAXw4AjF8OANhfDgDbXw4AMGAOADNgDgAIKBQAimAOAOBgDgDjYA4AOGEOAEBhDgCQYQ4AnWEOAOhhDgDtYQ4AQGIOAEpiDgCYYg4AoGIOAPBiDgD8Yg4ASGMOAFtjDgCgYw4AoWMOAPhjDgAEZA4AUGQOAF9kDgCoZA4AsmQOAABlDgAMZQ4AWGUOAF9lDgBgKBQAv2UOAAhmDgAUZg4AYGYOAGFmDgC4Zg4AwmYOABBnDgAeZw4AaGcOAG1nDgDAZw4AzWcOALgoFAApaA4AECkUAH1oDgDIaA4A1mgOACBpDgAxaQ4AeGkOAJppDgBoKRQA1WkOAChqDgDWaQ4AiKIOADBqDgCAag4AgWoOAPhuDgCDag4AAHAOAIVqDgDwbQ4AhmoOAGBxDgCHag4A6GwOAI9qDgDYag4AmWoOAHh0DgDdag4AMGsOAD1rDgCIaw4AlWsOAOBrDgDsaw4AOGwOAEdsDgCQbA4AmmwOAMApFAD2bA4AQG0OAEJtDgCYbQ4AqW0OABgqFADxbQ4ASG4OAFRuDgCgbg4ArW4OAHAqFAAGbw4AUG8OAF1vDgCobw4Av28OAMgqFAAJcA4AwHIOAApwDgBYcA4AWnAOALBwDgC2cA4ACHEOABJxDgAgKxQAbHEOALhxDgC6cQ4AEHIOAB9yDgBocg4Ac3IOAHgrFADPcg4AGHMOACdzDgBwcw4AfHMOAMhzDgDUcw4AIHQOACd0DgDQKxQAhHQOANB0DgDYdA4AKCwUAEF1DgCAdQ4AkXUOANh1DgDkdQ4AgCwUADd2DgCIdg4AkHYOAOB2DgDhdg4AOHcOAD53DgCQdw4AlXcOAOh3DgDpdw4AQHgOAEx4DgCYeA4AnngOAPB4DgD6eA4ASHkOAFZ5DgDIfg4AXHkOAKB5DgCoeQ4A2CwUAAh6DgBQeg4AWHoOAKh6DgCxeg4AAHsOALV6DgDAfQ4ADXsOAFh7DgBfew4AsHsOALx7DgAIfA4AGHwOAGB8DgBufA4AuHwOAMV8DgAQfQ4AHH0OAGh9DgBvfQ4AMC0UAMl9DgAYfg4AKX4OAHB+DgCBfg4AiC0UANR+DgAgfw4AI38OAHh/DgCAfw4A0H8OANV/DgAogA4AOIAOAICADgCIgA4A2IAOAOGADgAwgQ4A5YAOAPCDDgA9gQ4AiIEOAI+BDgDggQ4A7IEOADiCDgBIgg4AkIIOAJ6CDgDogg4A9YIOAECDDgBMgw4AmIMOAJ+DDgDgLRQA+YMOAEiEDgBZhA4AoIQOALGEDgA4LhQA/YQOAFCFDgBdhQ4AqIUOALSFDgAAhg4ACoYOAFiGDgBshg4AsIYOALGGDgAIhw4AFIcOAGCHDgB/hw4AuIcOAMCHDgAQiA4AFYgOAGiIDgCBiA4AwIgOAOyIDgAYiQ4AJIkOAHCJDgB/iQ4AyIkOANKJDgAgig4AKIoOAHiKDgCDig4A0IoOANKKDgAoiw4AK4sOAICLDgCIiw4A2IsOAOWLDgAwjA4ANYwOAIiMDgCQjA4A4IwOAOKMDgA4jQ4AQo0OAJCNDgCajQ4A6I0OAO6NDgBAjg4ATo4OAJiODgCxjg4A8I4OAPmODgBIjw4AUo8OAKCPDgCsjw4AkC4UAASQDgBQkA4AWpAOAKiQDgCzkA4AAJEOAAWRDgBYkQ4AX5EOALCRDgC4kQ4ACJIOADWSDgDoLhQAZ5IOALiSDgDAkg4AEJMOAD2TDgBokw4AbZMOAMCTDgDBkw4AGJQOACKUDgBwlA4AfpQOAMiUDgDNlA4AIJUOAC2VDgB4lQ4AlJUOANCVDgDslQ4AQC8UADWWDgCAlg4AhJYOANiWDgDelg4AMJcOADKXDgCIlw4AiZcOAOCXDgADmA4AOJgOAFyYDgCQmA4AvZgOAOiYDgDwmA4AQJkOAEWZDgCYmQ4ApZkOAPCZDgD4mQ4ASJoOAEqaDgCgmg4AqJoOAPiaDgAlmw4AUJsOAF2bDgComw4ArZsOAACcDgANnA4AWJwOAGScDgCwnA4A3ZwOAAidDgAQnQ4AYJ0OAHudDgC4nQ4Aup0OABCeDgAhng4AaJ4OAHGeDgDAng4AzJ4OAJgvFAAlnw4AcJ8OAIufDgDInw4AzZ8OACCgDgBAoA4AeKAOAISgDgDQoA4A2KAOAPAvFAA2oQ4AgKEOAIqhDgDYoQ4A46EOADCiDgA4og4AoDAUAJGiDgDgog4A6qIOADijDgBDow4AkKMOAKSjDgDoow4A/aMOAECkDgBIpA4AmKQOAK+kDgDwpA4A9aQOAEilDgBSpQ4AoKUOAKilDgD4MBQA+qUOAFCmDgBhpg4AqKYOAKumDgAApw4ADKcOAFAxFABmpw4AsKcOAMGnDgCoMRQAC6gOAGCoDgBjqA4AuKgOAMSoDgAQqQ4AFqkOAGipDgByqQ4AADIUAM2pDgAYqg4AL6oOAHCqDgB4qg4AWDIUAM6qDgAgqw4AJqsOAHirDgCQqw4A0KsOANKrDgAorA4AK6wOAICsDgCDrA4A2KwOAOSsDgAwrQ4ANq0OAIitDgCSrQ4ACDMUAOWtDgA4rg4ARa4OAGAzFACgrg4A6K4OAPSuDgBArw4ARq8OAJivDgCkrw4A8K8OAKavDgD40xEA/a8OAEiwDgBXsA4AoLAOAKywDgD4sA4AALEOALgzFABYsQ4AqLEOAKqxDgAAsg4AD7IOAFiyDgBisg4AsLIOALmyDgAIsw4ACrMOAGCzDgBxsw4AuLMOAM2zDgAQtA4AGLQOAGi0DgCqtA4AwLQOAMi0DgAYtQ4AJLUOAHC1DgCDtQ4AyLUOAMm1DgAgtg4ALLYOAHi2DgCHtg4A0LYOANq2DgAotw4ANLcOAIC3DgCHtw4AaDQUAPS3DgDANBQAM7gOAIi4DgCQuA4A4LgOAO24DgA4uQ4APbkOAJC5DgCauQ4A6LkOAPC5DgBAug4ASroOALi+DgBQug4AyMAOAG26DgCYug4AoroOAPC6DgCoug4AqLwOAPa6DgBIuw4AUbsOAKC7DgCsuw4A+LsOACW8DgBQvA4AbLwOAHA1FACqvA4AAL0OABG9DgBYvQ4AW70OALC9DgC8vQ4ACL4OADW+DgBgvg4AfL4OAMg1FAC+vg4AEL8OABm/DgBovw4Acr8OAMC/DgDLvw4AGMAOACzADgBwwA4AjMAOACA2FADKwA4AIMEOADHBDgB4wQ4Ae8EOANDBDgDkwQ4AKMIOAETCDgB4NhQAiMIOANA2FADywg4AKDcUADXDDgCIww4AocMOAODDDgDqww4AOMQOADrEDgCQxA4AnsQOAOjEDgD1xA4AQMUOAEzFDgCYxQ4An8UOAPDFDgD4xQ4AgDcUAFDGDgDYNxQArMYOAPjGDgAVxw4AUMcOAFnHDgCoxw4AtscOAADIDgAGyA4AWMgOAGTIDgCwyA4At8gOAAjJDgAQyQ4AYMkOAGrJDgC4yQ4AxMkOABDKDgATyg4AaMoOAHLKDgCIOBQAxcoOABjLDgAzyw4AcMsOAHzLDgDIyw4AzssOACDMDgAizA4AeMwOAI/MDgDQzA4A3MwOACjNDgAwzQ4AODkUAJDNDgDYzQ4A4M0OAJA5FAA8zg4AiM4OAI7ODgDgzg4A5s4OADjPDgA9zw4AkM8OAJbPDgDoORQA8s8OAEDQDgBI0A4AmDoUAJ7QDgDw0A4A+NAOAEjRDgBV0Q4AoNEOAKzRDgD40Q4A+tEOAFDSDgBW0g4AqNIOALDSDgDwOhQADdMOAFjTDgBf0w4AsNMOALjTDgAI1A4ADdQOAGDUDgBw1A4AuNQOAMDUDgAQ1Q4AHtUOAGjVDgB11Q4AwNUOAMHVDgAY1g4AIdYOAHDWDgB61g4ASDsUANTWDgAg1w4AI9cOAHjXDgCA1w4A0NcOAN3XDgAo2A4ALdgOAIDYDgCK2A4A2NgOAODYDgAw2Q4APNkOAIjZDgCb2Q4A4NkOAO7ZDgA42g4AO9oOAJDaDgCa2g4AoDsUAO3aDgBA2w4ATNsOAJjbDgCb2w4A8NsOAPjbDgBI3A4AVdwOAKDcDgCl3A4A+NwOAALdDgBQ3Q4AWN0OAKjdDgC03Q4AAN4OABPeDgBY3g4AZt4OALDeDgCz3g4ACN8OABLfDgD4OxQAZt8OALjfDgDE3w4AEOAOABLgDgBo4A4Ab+AOAMDgDgDU4A4AGOEOACDhDgBw4Q4AfOEOAMjhDgDb4Q4AIOIOAC7iDgB44g4Ae+IOANDiDgDa4g4AKOMOACvjDgBQPBQAm+MOANjjDgDa4w4AMOQOAD7kDgCI5A4AmeQOAODkDgDi5A4AOOUOAFHlDgCQ5Q4AoeUOAOjlDgD05Q4AqDwUAEnmDgCY5g4ApeYOAPDmDgD65g4ASOcOAFbnDgCg5w4AtucOAPjnDgAE6A4AUOgOAFzoDgCo6A4Au+gOAADpDgAP6Q4AWOkOAGTpDgCw6Q4AsekOAAjqDgAS6g4AYOoOAG7qDgC46g4AveoOABDrDgAd6w4AAD0UAHbrDgDA6w4A1usOABjsDgAk7A4AcOwOAHfsDgDI7A4A0OwOACDtDgAl7Q4AeO0OAIHtDgDQ7Q4A2u0OACjuDgAw7g4AgO4OAITuDgDY7g4A2u4OADDvDgA+7w4AiO8OAJLvDgDg7w4A7u8OADjwDgBF8A4AkPAOAKfwDgDo8A4A8PAOAEDxDgBQ8Q4AmPEOAJ3xDgDw8Q4A9vEOAEjyDgBQ8g4AoPIOAKXyDgD48g4A+fIOAFDzDgBc8w4AqPMOAK7zDgAA9A4AAvQOAFj0DgBi9A4AsPQOAL70DgAI9Q4ADfUOAGD1DgBt9Q4ACD4UAL71DgAQ9g4AFfYOAGj2DgBu9g4AYD4UAMX2DgAY9w4AJfcOAHD3DgB99w4AyPcOANT3DgAg+A4AL/gOAHj4DgCC+A4A0PgOAN74DgAo+Q4ALfkOAID5DgCN+Q4A2PkOAOD5DgBoPxQAPPoOAIj6DgCY+g4A4PoOAOn6DgA4+w4AO/sOAJD7DgCc+w4A6PsOAO/7DgDAPxQARfwOAJj8DgCl/A4A8PwOAP38DgBI/Q4AVP0OAKD9DgCv/Q4A+P0OAAL+DgBQ/g4AXv4OAKj+DgCt/g4AAP8OAA3/DgBY/w4AYP8OABhAFAC8/w4ACAAPABgADwBgAA8AaQAPALgADwC7AA8AEAEPABwBDwBoAQ8AbwEPAHBAFADFAQ8AGAIPACECDwAYiBIAJQIPAHACDwB9Ag8AyAIPANQCDwAgAw8ALwMPAHgDDwCCAw8A0AMPAN4DDwAoBA8ALQQPAIAEDwCNBA8A2AQPAOAEDwDIQBQAPAUPAIgFDwCYBQ8A4AUPAOkFDwA4Bg8AOwYPAJAGDwCcBg8A6AYPAO8GDwAgQRQAVwcPAJgHDwCeBw8A8AcPAPwHDwBICA8AXwgPAKAIDwCiCA8A+AgPAAIJDwBQCQ8AXAkPAKgJDwC0CQ8AAAoPAAYKDwBYCg8AXgoPALAKDwC1Cg8ACAsPAA4LDwB4QRQAbgsPALgLDwDFCw8AEAwPACcMDwBoDA8AcAwPAMAMDwDDDA8AGA0PACQNDwBwDQ8AgQ0PAMgNDwDUDQ8AIA4PAC8ODwB4Dg8Agg4PANAODwDcDg8AKA8PAC8PDwCADw8AiA8PANgPDwDiDw8AMBAPADwQDwCIEA8AixAPAOAQDwDqEA8A0EEUAFIRDwAoQhQAmhEPAOgRDwDqEQ8AQBIPAEYSDwCYEg8AohIPAPASDwD4Eg8A2EIUAEsTDwAYgBEAUxMPAKATDwChEw8A+BMPAAIUDwBQFA8AexQPADBDFAC4FA8AABUPAAIVDwBYFQ8AZhUPALAVDwDBFQ8AiEMUAA4WDwBgFg8AbBYPALgWDwC6Fg8AEBcPABMXDwBoFw8AbRcPAMAXDwDNFw8AGBgPADQYDwBwGA8AeBgPADhEFADVGA8AIBkPADsZDwB4GQ8AehkPANAZDwDhGQ8AKBoPADYaDwCAGg8AhxoPANgaDwDgGg8AMBsPADUbDwCIGw8AkRsPAOAbDwDqGw8AOBwPADkcDwCQHA8AmRwPAOgcDwDyHA8AQB0PAEgdDwCYHQ8AqB0PAPAdDwD2HQ8ASB4PAE0eDwCgHg8Ath4PAPgeDwAAHw8AUB8PAFMfDwCoHw8AXx8PAAghDwDIHw8AACAPAA4gDwBYIA8AWSAPAJBEFADAIA8A6EQUABkhDwBgIQ8AbCEPALghDwC6IQ8AECIPAB0iDwBARRQAbiIPAMAiDwDgIg8AGCMPACAjDwCYRRQAJCMPAIg8DwBzIw8AyCMPANIjDwDwRRQAKSQPAHgkDwCOJA8A0CQPAOYkDwAoJQ8AKiUPAIAlDwCGJQ8A2CUPAOwlDwCgRhQAPSYPAPhGFACPJg8A4CYPAOgmDwA4Jw8AQicPAJAnDwCcJw8A6CcPAOsnDwBAKA8ASigPAFBHFAChKA8A8CgPAAYpDwBIKQ8AXikPAKApDwCiKQ8A+CkPAP4pDwBQKg8AZCoPAABIFACqKg8AACsPALgqDwAQ1xEAICsPAFhIFABfKw8AsCsPALgrDwAILA8AEiwPAGAsDwBsLA8AuCwPALssDwAQLQ8AGi0PALBIFABxLQ8AwC0PANYtDwAYLg8ALi4PAHAuDwByLg8AyC4PAM4uDwAgLw8ANC8PAGBJFAB6Lw8A0C8PAN4vDwAoMA8AOTAPALhJFACHMA8AEEoUAOQwDwAwMQ8AMzEPAIgxDwCSMQ8AwEoUAOkxDwA4Mg8ATjIPAJAyDwCmMg8A6DIPAOoyDwBAMw8ARjMPAJgzDwCsMw8AcEsUAPwzDwBINA8ASjQPAKA0DwDANA8AyEsUAAI1DwBQNQ8AXDUPAKg1DwCrNQ8AADYPAAo2DwAgTBQAYTYPALA2DwDGNg8ACDcPAB43DwBgNw8AYjcPALg3DwC+Nw8AEDgPACQ4DwDQTBQAbDgPAMA4DwDIOA8AGDkPACI5DwBwOQ8AfDkPAMg5DwDLOQ8AIDoPACo6DwAoTRQAgToPANA6DwDmOg8AKDsPAD47DwCAOw8AgjsPANg7DwDeOw8AMDwPAEQ8DwDYTRQAjzwPAOA8DwDoPA8AOD0PAEI9DwCQPQ8AnD0PAOg9DwDrPQ8AQD4PAEo+DwAwThQAoT4PAPA+DwAGPw8ASD8PAF4/DwCgPw8Aoj8PAPg/DwD+Pw8AUEAPAGRADwDgThQAsEAPAABBDwDEQA8AEK0UAAZBDwAoZBAAEEEPAFhBDwARQQ8AUMwQABlBDwCYyhAAWkEPALBBDwC+QQ8ACEIPABlCDwA4TxQAZ0IPAJBPFADBQg8AIEIQAMRCDwAQQw8AE0MPAGhDDwBxQw8AwEMPANFDDwAYRA8AIkQPAHBEDwB4RA8AyEQPAIxEDwBAkxAAy0QPACBFDwApRQ8AeEUPAI5FDwDQRQ8A5kUPAChGDwAqRg8AgEYPAIZGDwDYRg8A7EYPAOhPFABYRw8AiEcPALBHDwBAUBQA5kcPADAuEADsRw8AmEkPAO1HDwDoLxAA70cPAOAuEADwRw8AOEgPADpIDwCQSA8AnkgPAOhIDwD5SA8AmFAUAEhJDwDwUBQAnkkPAPBJDwD2SQ8ASEoPAE1KDwCgSg8ApkoPAEhRFAAESw8AUEsPAFhLDwD4URQAtEsPAABMDwAKTA8AWEwPAGFMDwCwTA8AsUwPAAhNDwAQTQ8AYE0PAGVNDwC4TQ8AyE0PAKhSFAAcTg8AaE4PAGpODwDATg8Axk4PABhPDwAfTw8AcE8PAHVPDwDITw8AzE8PACBQDwAtUA8AeFAPAIBQDwDQUA8A1VAPAChRDwA4UQ8AAFMUAJFRDwDYUQ8A5FEPADBSDwA/Ug8AiFIPAJJSDwDgUg8A7lIPADhTDwBFUw8AkFMPAKdTDwBYUxQA61MPAAhUFABDVA8AmFQPAEdUDwBIZxQAoFQPAPBUDwAYVQ8ASFUPAHBVDwCgVQ8AyFUPAGBUFAABVg8AUFYPAFFWDwCoVg8At1YPAABXDwC+Vg8AuFgPABFXDwBYVw8AWlcPALBXDwCzVw8ACFgPAAtYDwBgWA8AaFgPAGhVFAC9WA8AEFkPABdZDwBoWQ8AcVkPAMBZDwDRWQ8AGFoPACRaDwBwWg8AeFoPAMBVFADOWg8AIFsPACdbDwB4Ww8AfVsPANBbDwDUWw8AKFwPADVcDwCAXA8Aj1wPANhcDwDpXA8AMF0PADJdDwCIXQ8Ai10PAOBdDwDjXQ8AOF4PAEBeDwAYVhQAlV4PACipDwCbXg8A0LgRAJxeDwDoXg8A614PAEBfDwBKXw8AcFYUAKFfDwDwXw8A/18PAEhgDwBXYA8AoGAPAKxgDwD4YA8A+2APAFBhDwBTYQ8AyFYUAKthDwAAYg8AKGIPACBXFABgYg8AeFcUALhiDwDQVxQAFmMPAGBjDwBxYw8AuGMPAMRjDwAQZA8AM2QPAGhkDwBrZA8AwGQPAORkDwAYZQ8AIGUPAIBYFAByZQ8AyGUPANZlDwAgZg8AMWYPANhYFAB/Zg8AMFkUANhmDwDgWRQALWcPAIBnDwCNZw8A2GcPANtnDwAwaA8ANWgPAIhoDwCZaA8A4GgPAOxoDwA4WhQAPWkPAJBpDwChaQ8A6GkPAPRpDwBAag8AWmoPAJhqDwCcag8AqGwPAJ9qDwAQbw8AomoPAHBwDwCkag8AsG0PAKZqDwCgaw8AqWoPAPBqDwD1ag8ASGsPAF9rDwCQWhQArWsPAPhrDwAIbA8AUGwPAFVsDwDoWhQAqmwPAABtDwAGbQ8AWG0PAGVtDwBAWxQAtm0PAAhuDwAObg8AYG4PAGVuDwC4bg8Avm4PAJhbFAAcbw8AaG8PAIFvDwDAbw8AyW8PABhwDwAvcA8A8FsUAHZwDwDIcA8AynAPACBxDwAvcQ8AeHEPAIRxDwBIXBQA0nEPAChyDwA5cg8AgHIPAI5yDwDYcg8A33IPADBzDwAycw8AiHMPAJJzDwDgcw8A7nMPADh0DwA9dA8AkHQPAJ10DwDodA8A8HQPAEB1DwBEdQ8AmHUPAJp1DwDwdQ8A9nUPAEh2DwBVdg8AoFwUAK12DwD4dg8AD3cPAFB3DwBsdw8A+FwUALR3DwAAeA8AAXgPAFh4DwBeeA8AsHgPALx4DwAIeQ8AF3kPAGB5DwBieQ8AuHkPAMJ5DwAQeg8AHnoPAGh6DwBteg8AwHoPAM16DwAYew8AIHsPAHB7DwB0ew8AyHsPAMp7DwAgfA8AJnwPAHh8DwCFfA8AUF0UAN18DwAofQ8AP30PAIB9DwCcfQ8AqF0UAOF9DwAwfg8APn4PAIh+DwCSfg8A4H4PAOx+DwA4fw8AO38PAJB/DwCsfw8A6H8PAPB/DwAAXhQATIAPAJiADwCbgA8A8IAPAPqADwCwXhQAUYEPAKCBDwCugQ8A+IEPAAKCDwBQgg8AXIIPAKiCDwCwgg8AYF8UAAKDDwBYgw8AZoMPALCDDwDBgw8AuF8UAA+EDwAQYBQAZYQPALiEDwDAhA8AEIUPABaFDwBohQ8AcYUPAMCFDwDNhQ8AwGAUAB2GDwBwhg8AJIYPACiIDwB5hg8AyIYPANKGDwAghw8AKIcPAHiHDwC/hw8A0IcPANiHDwAYYRQALogPAICIDwCGiA8A2IgPAOCIDwAwiQ8Ad4kPAIiJDwCQiQ8AcGEUAOiJDwDIYRQAQYoPAJCKDwCeig8A6IoPAPKKDwBAiw8ATIsPAJiLDwCbiw8A8IsPAPiLDwB4YhQAVIwPAKCMDwCjjA8A+IwPAAKNDwDQYhQAWI0PAChjFAC0jQ8AAI4PAAOODwCAYxQAoY4PALCODwD5jg8A2GMUABiPDwBgjw8AYo8PALiPDwDGjw8AEJAPACGQDwAwZBQAhJAPAMCQDwDIkA8AiGQUACCRDwDgZBQAdpEPAOANEACDkQ8AyJEPANeRDwAgkg8ALJIPAHiSDwB5kg8A0JIPANqSDwAokw8ANpMPAICTDwCFkw8A2JMPAOWTDwA4ZRQAPpQPAIiUDwCVlA8A4JQPAOiUDwCQZRQARJUPAJCVDwC8lQ8A6JUPAPSVDwBAlg8AT5YPAJiWDwCilg8A8JYPAP6WDwBIlw8ATZcPAKCXDwCtlw8A+JcPAACYDwBQmA8AXpgPAKiYDwC1mA8AAJkPAAiZDwDoZRQAWpkPADjJEABmmQ8AsJkPALqZDwAImg8AFJoPAGCaDwBnmg8AuJoPAMCaDwAQmw8AFJsPAGibDwB2mw8AwJsPAMqbDwAYnA8AI5wPAHCcDwB4nA8AyJwPAMqcDwAgnQ8AKJ0PAHidDwCFnQ8A0J0PANWdDwAong8ANZ4PAICeDwCeng8A2J4PAAmfDwAwnw8APJ8PAIifDwCOnw8A4J8PAOWfDwA4oA8AQKAPAJCgDwCcoA8A6KAPAPugDwBAoQ8ATqEPAJihDwCioQ8A8KEPAPihDwBIog8AV6IPAKCiDwClog8A+KIPAP+iDwBQow8AXKMPAKijDwDEow8AAKQPAAikDwBAZhQAWqQPALCkDwC+pA8ACKUPABWlDwBgpQ8AbqUPALilDwDFpQ8AEKYPACemDwBopg8AcKYPAMCmDwDOpg8AGKcPACWnDwBwpw8AeKcPAPBmFADWpw8AIKgPACGoDwCgZxQAhKgPANCoDwDXqA8A+GcUAC+pDwCAqQ8AhakPAFBoFADgqQ8AqGgUADiqDwCIqg8Ab6oPAJhWEgCJqg8AWAcQAIuqDwBoCRAAkaoPAOCqDwCSqg8A+AUQAJiqDwBgCBAApqoPAGjtEQDtqg8AOKsPAEOrDwCQqw8AkqsPAOirDwD1qw8AQKwPAEesDwCYrA8AqawPAPCsDwD8rA8ASK0PAE+tDwCgrQ8AqK0PAABpFAD+rQ8AUK4PAFauDwCorg8Ara4PAACvDwAGrw8AWGkUAGSvDwCwrw8Auq8PAAiwDwAMsA8AYLAPAGywDwC4sA8AxLAPABCxDwAdsQ8AaLEPAHCxDwDAsQ8AyrEPABiyDwAksg8AcLIPAHOyDwDIsg8A0rIPAAhqFAAisw8AeLMPAHuzDwDQsw8A07MPALhqFAAwtA8AEGsUAI60DwDYtA8A2bQPAGhrFAA4tQ8AwGsUAI21DwDgtQ8A57UPADi2DwA9tg8AGGwUAJi2DwBwbBQA8LYPAEC3DwBKtw8AmLcPAKO3DwDwtw8A/rcPAEi4DwBLuA8AoLgPAKi4DwD4uA8AArkPAFC5DwBcuQ8AqLkPAKu5DwAAug8ACroPAMhsFABmug8AsLoPAMa6DwAIuw8AFLsPAGC7DwBnuw8AuLsPAMC7DwAQvA8AFbwPAGi8DwBxvA8AwLwPAMq8DwAYvQ8AIL0PAHC9DwByvQ8AyL0PANi9DwAgvg8AKr4PAHi+DwCEvg8A0L4PANa+DwAovw8AML8PAHhtFACOvw8A2L8PANm/DwDQbRQANcAPAChuFACKwA8A4MAPAOHADwA4wQ8AO8EPAJDBDwCbwQ8A6MEPAO3BDwBAwg8ASsIPAIBuFAC8wg8A8MIPAPjCDwDYbhQASsMPAKDDDwCxww8A+MMPAAnEDwBQxA8AU8QPADBvFACuxA8AAMUPAAXFDwBYxQ8AW8UPALDFDwCzxQ8ACMYPABDGDwCIbxQAbsYPALjGDwC7xg8AEMcPABvHDwBoxw8AdMcPAMDHDwDHxw8AGMgPACDIDwBwyA8AesgPAEC0EAB+yA8AyMgPANXIDwAgyQ8AKMkPAOBvFACEyQ8A0MkPANPJDwAoyg8AMsoPAIDKDwCIyg8AOHAUAOTKDwAwyw8ANssPAIjLDwCSyw8A4MsPAPTLDwA4zA8AQMwPAJBwFACdzA8A6MwPAPDMDwBAzQ8AQ80PAJjNDwCkzQ8A8M0PAPrNDwBIzg8AUc4PAKDODwChzg8A+M4PABDPDwBQzw8AUs8PAKjPDwC5zw8AANAPABHQDwBY0A8AYNAPALDQDwC/0A8ACNEPAArRDwBg0Q8AcdEPALjRDwDJ0Q8AENIPACnSDwBo0g8AatIPAMDSDwDP0g8AGNMPADjTDwBAcRQActMPAMjTDwDo0w8AINQPADTUDwCgchQAgNQPANDUDwDd1A8AKNUPAC3VDwCA1Q8AitUPANjVDwDg1Q8AMNYPADbWDwCI1g8AkdYPAODWDwDt1g8A+HIUAETXDwCQ1w8AltcPAOjXDwDu1w8AQNgPAEnYDwCY2A8AmdgPAPDYDwD62A8ASNkPAFTZDwCg2Q8Ap9kPAFBzFAAA2g8AqHMUAFjaDwAAdBQAstoPAADbDwAI2w8AWNsPAGfbDwCw2w8AwdsPAAjcDwAK3A8AYNwPAGPcDwC43A8Au9wPABDdDwA43Q8AaN0PAHrdDwDA3Q8AzN0PABjeDwAe3g8AcN4PAHbeDwDI3g8Azd4PACDfDwAm3w8AWHQUAJrfDwCwdBQA3N8PACjgDwA44A8AgOAPAIXgDwDY4A8A3uAPADDhDwA84Q8AiOEPAJDhDwAIdRQA8eEPADjiDwBJ4g8AkOIPAKLiDwDo4g8A8OIPAEDjDwBL4w8AmOMPAJ3jDwDw4w8A9eMPAEjkDwBo5A8AYHUUALDkDwD45A8AAuUPAFDlDwBc5Q8AqOUPAK7lDwAA5g8ACOYPAFjmDwBa5g8AsOYPAGTmDwCI7A8AweYPAAjnDwAZ5w8AYOcPAHLnDwC45w8AwOcPABDoDwAb6A8AaOgPAG3oDwDA6A8AxegPABjpDwA46Q8AuHUUAHLpDwDI6Q8A1+kPACDqDwAr6g8AeOoPAIrqDwDQ6g8A2OoPACjrDwAz6w8AgOsPAIXrDwDY6w8A3esPADDsDwBQ7A8AEHYUAIrsDwDg7A8A7+wPADjtDwBD7Q8AkO0PAKLtDwDo7Q8A8O0PAEDuDwBL7g8AmO4PAJ3uDwDw7g8A9e4PAEjvDwBo7w8AaHYUAK3vDwD47w8AD/APAMB2FABd8A8AqPAPAL/wDwAYdxQADfEPAFjxDwBf8Q8AsPEPAL7xDwAI8g8AFfIPAGDyDwB38g8AcHcUAMDyDwDIdxQAEvMPAGjzDwB28w8AwPMPANHzDwAgeBQAJfQPAHD0DwCH9A8AeHgUANL0DwAg9Q8ALPUPAHj1DwB79Q8A0PUPANr1DwDQeBQARPYPACh5FACI9g8AgHkUAJX2DwCIjhEA4PYPADD3DwAx9w8A+PoPADP3DwDo+A8AN/cPADACEAA69w8AiPcPAD/3DwAI/Q8AQPcPAAD8DwCN9w8AgAEQAJT3DwDg9w8A4/cPADj4DwBC+A8A2HkUAJj4DwAwehQA8fgPAED5DwAI+Q8AIAAQAE75DwCY+Q8AovkPAPD5DwD8+Q8ASPoPAEv6DwCg+g8AqPoPAIh6FAD6+g8AUPsPAFP7DwCo+w8Aq/sPAOB6FAAC/A8AWPwPAGb8DwCw/A8AwfwPAJB7FAAK/Q8AYP0PAG39DwC4/Q8Ax/0PABD+DwAc/g8AaP4PAHn+DwDA/g8A0f4PABj/DwAk/w8AcP8PAHf/DwDI/w8A0P8PAEB8FAAuABAAeAAQAHkAEACYfBQA3AAQACgBEAAvARAA8HwUAIcBEADYARAA3QEQAKB9FAA5AhAAiAIQAI4CEADgAhAA4gIQADgDEABCAxAAkAMQAJ4DEADoAxAA7QMQAEAEEABNBBAAmAQQALAEEADwBBAABgUQAEgFEABLBRAAoAUQAKgFEABQfhQABAYQAFAGEABTBhAAqAYQALIGEACofhQACAcQAAB/FABaBxAAsAcQALMHEAAICBAACwgQAFh/FABiCBAAuAgQAMYIEAAQCRAAIQkQAAiAFABxCRAAwAkQAM4JEAAYChAA2QkQAHgbEgAiChAAcAoQAHwKEADIChAAywoQACALEAAoCxAAuIAUAJILEADQCxAA6gsQABCBFAAtDBAASBAQADYMEAD4EBAAOAwQAIAMEACCDBAA2AwQAOYMEAAwDRAAQQ0QAGiBFACPDRAAwIEUAOYNEAA4DhAAPQ4QAJAOEACWDhAAGIIUAO4OEABADxAARQ8QAJgPEACuDxAA8A8QAPgPEADIghQAaBAQAKAQEACoEBAAIIMUAA8REABQERAAXREQAKgREACtERAAABIQAAYSEABYEhAAZBIQALASEAC3EhAACBMQABATEABgExAAgxMQANCDFADFExAAEBQQAB8UEABoFBAAahQQAMAUEADJFBAAGBUQAC8VEABwFRAAexUQAMgVEADSFRAAIBYQACgWEACAhBQAfhYQANAWEADWFhAAKBcQAC0XEACAFxAAhhcQANiEFAD6FxAAMBgQADgYEACIhRQAkRgQAOAYEADhGBAAOBkQAEAZEACQGRAAmxkQAOgZEADtGRAAQBoQAEUaEACYGhAAuBoQAOCFFAD2GhAASBsQAE8bEACgGxAApRsQAPgbEAD8GxAAUBwQAF0cEACoHBAAsBwQAAAdEAALHRAAWB0QAF0dEACwHRAAtR0QAAgeEAAoHhAAOIYUAG8eEAC4HhAAwx4QABAfEAAYHxAAaB8QAGsfEADAHxAAch8QANgiEADMHxAAGCAQACIgEABwIBAAeSAQAMggEADJIBAAICEQACghEAB4IRAAgyEQANAhEADVIRAAKCIQAC0iEACAIhAAoCIQAJCGFADkIhAAMCMQADIjEACIIxAAjiMQAOAjEADnIxAAOCQQAD0kEACQJBAAlCQQAOgkEAD1JBAAQCUQAEglEACYJRAAoyUQAPAlEAD1JRAASCYQAE0mEACgJhAAwCYQAOiGFAAAJxAAQIcUAFonEACoJxAAsScQAAAoEAAGKBAAWCgQAGQoEACwKBAAzigQAAgpEAAJKRAAYCkQAGIpEAC4KRAAxSkQABAqEAAeKhAAaCoQAHcqEADAKhAA3CoQABgrEAAgKxAA8IcUAIMrEADIKxAAySsQACAsEAAsLBAAeCwQAIcsEADQLBAA2iwQACgtEAA0LRAAgC0QAIctEABIiBQA4C0QAKCIFAA5LhAAiC4QAJUuEAD4iBQA5S4QADgvEABFLxAAkC8QAJovEABQiRQA6i8QAEAwEABWMBAAmDAQAKQwEACoiRQA+DAQAEC8EQAOMRAASDEQAFAxEAAgsBAAZjEQAKAxEACoMRAA+DEQAMIxEAAI4REA+TEQALAzEAD7MRAAEDUQAAQyEABg4REACDIQAFAyEABSMhAAqDIQALYyEAAAMxAAETMQAACKFABgMxAAWIoUALIzEAAINBAACzQQAGA0EABjNBAAsIoUAMA0EAAIixQAGjUQANCPEAAwNRAAaDUQAHY1EADANRAAwTUQAGCLFAAgNhAAuIsUAJM2EAAQjBQA1TYQACA3EAAuNxAAeDcQAII3EADQNxAA2DcQACg4EAApOBAAUD0QAEM4EADoOhAAVDgQAIA4EACJOBAA2DgQANk4EAAwORAAPjkQAIg5EACSORAA4DkQAOw5EAA4OhAAPjoQAJA6EACsOhAAaIwUAPQ6EADwDBEA9joQAEA7EABNOxAAmDsQAKI7EADwOxAA8jsQAEg8EABfPBAAoDwQAKw8EAD4PBAAFD0QAMCMFABhPRAAqD0QAKo9EAAAPhAACj4QAFg+EABoPhAAsD4QALU+EAAIPxAADj8QAGA/EAB2PxAAuD8QAMA/EAAQQBAAE0AQAGhAEABxQBAAwEAQAM5AEAAYQRAAIkEQAHBBEAB8QRAAyEEQAORBEAAYjRQALUIQAHhCEACAQhAA0EIQANNCEABAnhAA4EIQAChDEAAqQxAAOJ0QADZDEACAQxAAjUMQANhDEADmQxAAMEQQADNEEACIRBAAk0QQAOBEEADsRBAAOEUQAD9FEACQRRAAmEUQAOhFEADqRRAAQEYQAFBGEACYRhAAokYQAPBGEAD8RhAASEcQAE5HEACgRxAAqEcQAHCNFAD6RxAAUEgQAF5IEACoSBAAtUgQAABJEAAMSRAAWEkQAF5JEACwSRAAs0kQAAhKEAAQShAAYEoQAGJKEACITxAAY0oQABhMEABwShAAuEoQALpKEABYVBAAvUoQABBLEAAZSxAAaEsQAHVLEADASxAAx0sQAMiNFAAhTBAAmFEQACJMEADQTRAAOEwQAHBMEAB+TBAAyEwQAMlMEAAgjhQALE0QAHhNEAB/TRAAeI4UANJNEAAoThAALk4QAIBOEACKThAA2E4QAOROEAAwTxAAN08QANCOFAChTxAA4E8QAOVPEAA4UBAAPlAQAJBQEACaUBAA6FAQAPRQEABAURAAR1EQACiPFACnURAA8FEQAP9REABIUhAAVFIQAKBSEACjUhAA+FIQAPtSEABQUxAAYFMQAKhTEACxUxAAAFQQABFUEACAjxQAZlQQALBUEADBVBAA2I8UAA9VEAAwkBQAaFUQALhVEAC6VRAA4FoQALtVEABwVxAAyFUQABBWEAASVhAAsF8QABVWEABoVhAAcVYQAMBWEADNVhAAGFcQAB9XEACIkBQAeVcQAPBcEAB6VxAAKFkQAJBXEADIVxAA1lcQACBYEAAhWBAA4JAUAIRYEADQWBAA11gQADiRFAAqWRAAgFkQAIZZEADYWRAA4lkQADBaEAA8WhAAiFoQAI9aEACQkRQA+VoQADhbEAA9WxAAkFsQAJZbEADoWxAA8lsQAEBcEABMXBAAmFwQAJ9cEADokRQA/1wQAEhdEABXXRAAoF0QAKxdEAD4XRAA+10QAFBeEABTXhAAqF4QALheEAAAXxAACV8QAFhfEABpXxAAQJIUAL5fEAAIYBAAGWAQAJiSFABnYBAA8JIUAMBgEAAQYRAAOWEQAGhhEABwYRAAwGEQANBhEAAYYhAAGmIQAHBiEAB+YhAAyGIQANliEABIkxQAJmMQAHhjEACEYxAAoJMUAP5jEABQlBQAMWQQAIBkEACNZBAA2GQQAPRkEAAwZRAAOGUQAKiUFACZZRAA4GUQAOJlEAA4ZhAAOWYQAJBmEACTZhAA6GYQAPRmEABAZxAAR2cQAJhnEAC0ZxAA8GcQAPhnEAAAlRQAVWgQAKBoEACwaBAA+GgQAP1oEABQaRAAe2kQAFiVFACuaRAAsJUUAAhqEABYahAAWWoQAPhzEABeahAAGHISAGJqEACwahAAZGoQAChvEABoahAAcG0QAHZqEABodxAAtWoQADBqEgC7ahAACGUSALxqEAAIaxAAC2sQAGBrEABqaxAACJYUAMBrEAAQbBAAFmwQAGhsEABxbBAAwGwQAM1sEAAYbRAANG0QAGCWFABybRAAyG0QAHVtEADgdRIA1m0QACBuEAAxbhAAuJYUAH5uEADQbhAA3G4QABCXFAAubxAAgG8QAIZvEADYbxAA3W8QADBwEAA2cBAAGJgUAI9wEAAgmRQA5XAQADhxEABAcRAAkHEQAJxxEADocRAA+3EQAEByEABMchAAmHIQAKdyEADwchAA+XIQAEhzEABScxAAoHMQAKxzEADQmRQACXQQAFB0EABcdBAAqHQQAKp0EAAAdRAAA3UQAFh1EABkdRAAsHUQALh1EAAomhQAFHYQAGB2EABwdhAAuHYQAMR2EAAQdxAAFncQAICaFACKdxAAwHcQAMh3EAAYeBAAQngQAHB4EAB7eBAAyHgQANR4EAAgeRAAMXkQAHh5EAB5eRAA2JoUANZ5EAAoehAANXoQADCbFACNehAA2HoQAO96EAAwexAAW3sQAIh7EACQexAA4HsQAOp7EAA4fBAARHwQAJB8EACTfBAA6HwQAPJ8EACImxQASH0QAJh9EACefRAA8H0QAPl9EABIfhAAVX4QAKB+EAC8fhAA4JsUAPp+EABQfxAA/34QABCNEABdfxAAqH8QAK9/EAAAgBAAAoAQAFiAEABegBAAsIAQALeAEAAIgRAAIIEQAGCBEABlgRAAuIEQAGyBEABoghAAwYEQABCCEAAaghAAOJwUAG6CEADAghAAxoIQABiDEAAdgxAAcIMQAHaDEACQnBQAyYMQACCEEAAxhBAAeIQQAISEEADQhBAA2oQQACiFEAA0hRAAgIUQAIeFEADonBQA2oUQADCGEADjhRAAQIISADOGEACIhhAAqIYQAOCGEADohhAAQJ0UAEmHEACQhxAAl4cQAOiHEADwhxAAQIgQAEOIEAD4iRAAUIgQAJiIEACaiBAA8IgQAP6IEABIiRAAWYkQAJidFACniRAA8J0UAAGKEABQihAAX4oQAKiKEAC3ihAAAIsQAAyLEABYixAAW4sQALCLEACzixAACIwQABiMEABgjBAAaYwQALiMEADJjBAASJ4UABWNEABojRAAcY0QAMCNEADKjRAAGI4QACCOEABwjhAAjo4QAMiOEADmjhAAII8QAD6PEAB4jxAAlo8QAKCeFADXjxAAKJAQAC2QEACAkBAANJAQAIiREACJkBAA2JAQAOKQEAAwkRAATJEQAPieFACOkRAA4JEQAOaREAA4khAAVJIQAFCfFAC6khAAAKAUABKTEABYoBQASJMQAGChFACukxAA8JMQAPKTEABIlBAATpQQAKCUEAC0lBAA+JQQAACVEABQlRAAepUQALihFACxlRAAAJYQAA2WEABYlhAAZpYQALCWEAC6lhAACJcQACKXEABglxAAbZcQALiXEADElxAAEJgQABqYEABomBAAcJgQABCiFADHmBAAGJkQACCZEABoohQARpkQAHCjFAB8mRAAyJkQAM+ZEAAgmhAAKJoQAMCiFAA8mhAA4LEUAHqaEADQmhAA4ZoQACibEAAwmxAAgJsQAIqbEADYmxAA5JsQADCcEAAznBAAiJwQAJKcEADIoxQA/JwQACCkFABGnRAAkJ0QAKGdEAB4pBQA750QANCkFABJnhAAmJ4QAKeeEADwnhAA/54QAEifEABUnxAAoJ8QAKOfEAD4nxAA+58QAFCgEABgoBAAqKAQALGgEAAAoRAAEaEQACilFABaoRAAsKEQAGShEABgohAAs6EQAAiiEAAQohAAgKUUAGaiEAC4ohAAxKIQABCjEAAYoxAA2KUUAHSjEADAoxAAw6MQABikEAAipBAAMKYUAHWkEADIpBAA3qQQACClEAAhpRAAeKUQAImlEADQpRAA3KUQACimEAAyphAAgKYQAIymEACIphQA5KYQADCnEAAzpxAAiKcQAJKnEAA4pxQA46cQADioEAA7qBAAkKgQAJyoEADoqBAA7qgQAECpEABKqRAAkKcUAJ2pEADwqRAA/akQAOinFABkqhAAoKoQAKiqEABAqBQAAKsQAJioFABYqxAA8KgUAKurEAAArBAAv6sQAIDaEQAgrBAAWKwQAGysEABIqRQAsawQAAitEAAOrRAAYK0QAGytEAC4rRAAx60QABCuEAASrhAAaK4QAHKuEADArhAAzK4QABivEAAfrxAAoKkUAHyvEAD4qRQA0K8QAFCqFAAjsBAAMLIQADCwEAB4sBAAerAQANCwEADesBAAKLEQADmxEABorRQAh7EQAMCtFADgsRAAGK4UAFCyEACIshAAlrIQAOCyEADhshAAcK4UAESzEACQsxAAl7MQAMiuFAALtBAA2LAUAEy0EACYtBAAm7QQAPC0EAD6tBAAMLEUAFC1EACgtRAArrUQAPi1EAAFthAAULYQAFi2EACIsRQAq7YQAAC3EAAMtxAAWLcQAF63EACwtxAAurcQADiyFAANuBAAYLgQAG24EACQshQAzbgQABC5EAAYuRAA6LIUAGq5EADAuRAAzrkQABi6EAApuhAAQLMUAHa6EADIuhAA1LoQAJizFAAmuxAAeLsQAH67EADQuxAA1bsQACi8EAAuvBAASLQUAIi8EADYvBAA5LwQADC9EAA2vRAAiL0QAI69EADgvRAA5b0QADi+EAA+vhAAsLYUAJ++EADovhAA974QAEC/EABJvxAAmL8QAJ6/EADwvxAA9r8QAEjAEABUwBAAoMAQAKfAEAD4wBAAAMEQAGC3FABawRAAqMEQALPBEAAAwhAADMIQAFjCEABewhAAsMIQALjCEAAIwxAAFMMQAGDDEABmwxAAuMMQAL7DEAAQxBAAFcQQAGjEEABuxBAAuLcUAMfEEAAYxRAAJsUQAHDFEAB9xRAAyMUQAN/FEAAgxhAAPMYQAHjGEACAxhAAELgUAOPGEAAoxxAAKscQAIDHEACWxxAA2McQANnHEAAwyBAAQcgQAIjIEACUyBAAaLgUAPzIEADAuBQATskQAJDJEACRyRAA6MkQAPnJEABAyhAATMoQABi5FACdyhAA8MoQAPbKEABIyxAAaMsQAKDLEACsyxAA+MsQAP/LEABwuRQAXMwQAKjMEACqzBAAAM0QACDNEADIuRQAX80QACC6FAC2zRAACM4QAA3OEABgzhAAZs4QAHi6FADAzhAAKLsUABjPEACAuxQAcM8QANi7FADIzxAA4LwUABrQEABw0BAAftAQAMjQEADZ0BAAOL0UACfREACQvRQAm9EQAJi+FADV0RAAKNIQADjSEACA0hAAiNIQANjSEADi0hAAMNMQADzTEACI0xAAi9MQAODTEADq0xAASL8UAD3UEABQ1xAARtQQAJDUEACg1BAA6NQQAPjUEABA1RAAaNUQAJjVEADA1RAA8NUQABjWEAD4vxQAVNYQAKDWEACi1hAA+NYQABjXEAAIwhQAXdcQAKjXEAC01xAAANgQACjYEABY2BAAgNgQALDYEADY2BAAYMIUAAvZEABg2RAAbNkQALjZEADJ2RAAENoQABzaEABo2hAAd9oQAMDaEADK2hAAGNsQACTbEABw2xAAd9sQAHDEFADJ2xAAgN0QANjbEAAg3BAAItwQAHjcEACG3BAA0NwQAOHcEADIxBQAL90QACDFFACC3RAA2N0QANvdEAAw3hAAM94QAHjFFACP3hAA0MUUAPTeEAA43xAAQt8QAJDfEACc3xAA6N8QAOvfEABA4BAASuAQAJjgEACy4BAA8OAQAPXgEABI4RAAUeEQAKDhEACq4RAA+OEQAAfiEABQ4hAAVeIQAKjiEAC+4hAAAOMQAAzjEABY4xAAW+MQALDjEADK4xAACOQQABTkEABg5BAAc+QQALjkEADG5BAAEOUQABrlEAAoxhQAbuUQAMDlEADJ5RAAGOYQABnmEABw5hAAeuYQAMjmEADU5hAAIOcQACfnEACAxhQAfecQANDnEADS5xAAKOgQAC7oEACA6BAAh+gQANjoEADm6BAAMOkQAD3pEACI6RAAkukQAODpEADs6RAAOOoQAD7qEACQ6hAAluoQAOjqEADx6hAAQOsQAEHrEACY6xAAousQANjGFADx6xAASOwQAEnsEACg7BAAruwQAPjsEAAF7RAAUO0QAGftEACo7RAAsO0QAADuEAAC7hAAWO4QAGjuEACw7hAAuu4QAAjvEAAU7xAAYO8QAGbvEAC47xAAwO8QADDHFAAY8BAAiMcUAHDwEADgxxQA4/AQADjIFAAk8RAAcPEQAHPxEADI8RAA0vEQACDyEAAo8hAAmMkUAIbyEADQ8hAA1/IQACjzEAAw8xAAgPMQAI3zEADY8xAA3fMQADD0EAA69BAAiPQQAJD0EADg9BAA8PQQADj1EABG9RAAkPUQAJ31EADo9RAA9vUQAED2EABD9hAAmPYQAKP2EADw9hAA+PYQAEj3EABh9xAAoPcQAKz3EAD49xAACPgQAFD4EABV+BAAqPgQAK74EAAA+RAADPkQAFj5EABg+RAA8MkUALr5EAAI+hAAC/oQAGD6EABo+hAAuPoQALn6EAAQ+xAAEvsQAGj7EABu+xAAwPsQAMz7EAAY/BAAJfwQAHD8EAB6/BAAyPwQAND8EAAg/RAAIv0QAHj9EACF/RAA0P0QANf9EAAo/hAAMP4QAID+EACE/hAA2P4QANr+EAAw/xAAM/8QAIj/EACQ/xAA4P8QAO//EAA4ABEAOgARAJAAEQCdABEA6AARAPcAEQBAAREATAERAJgBEQCpAREA8AERAAECEQBIAhEAVAIRAKACEQCnAhEA+AIRABcDEQBIyhQAZAMRAKgDEQCpAxEAAAQRAAwEEQBYBBEAdAQRALAEEQC4BBEAoMoUABAFEQBQyxQAbAURALgFEQC+BREAEAYRABYGEQBoBhEAgAYRAMAGEQDKBhEAGAcRACQHEQBwBxEAcwcRAMgHEQDSBxEAIAgRADgIEQB4CBEAiAgRANAIEQDSCBEAKAkRADYJEQCACREAkQkRAKjLFADeCREAMAoRADwKEQAAzBQAlAoRAOAKEQDjChEAOAsRAEILEQCwzBQAkgsRAOgLEQD2CxEAQAwRAFEMEQBgzRQAnwwRALjNFAD2DBEASA0RAEsNEQCgDREArg0RAPgNEQD9DREAUA4RAF0OEQCoDhEAsA4RABDOFAACDxEAWA8RAGUPEQCwDxEAvw8RAAgQEQAOEBEAYBARAGwQEQC4EBEAuhARABAREQAaEREAaBERAHYREQDAEREAxRERABgSEQAlEhEAcBIRAHwSEQDIEhEA2xIRACATEQAvExEAeBMRAIQTEQDQExEA0RMRACgUEQAyFBEAgBQRAI4UEQDYFBEA3RQRADAVEQA9FREAaM4UAJIVEQDgFREA7hURADgWEQA7FhEAkBYRAKAWEQDoFhEA9hYRAEAXEQBMFxEAmBcRAJ8XEQDwFxEA9xcRAEgYEQBUGBEAoBgRAKEYEQD4GBEABBkRAFAZEQBdGREAqBkRAK8ZEQAAGhEADBoRAFgaEQBlGhEAsBoRAL8aEQAIGxEAHBsRAGAbEQBsGxEAuBsRAMsbEQAQHBEAHxwRAGgcEQB0HBEAwBwRAMEcEQAYHREAIh0RAHAdEQB+HREAyB0RAM0dEQAgHhEALR4RAMDOFAB5HhEA0B4RAOEeEQAoHxEANh8RAIAfEQCPHxEA2B8RANofEQAwIBEAOiARAIggEQCWIBEA4CARAOUgEQA4IREARSERAJAhEQCfIREA6CERAO0hEQBAIhEATSIRAJgiEQCiIhEA8CIRAPwiEQBIIxEAWyMRAKAjEQCqIxEA+CMRAAQkEQBQJBEAYyQRAKgkEQC3JBEAACURAAwlEQBYJREAWSURALAlEQC6JREACCYRABYmEQBgJhEAZSYRALgmEQDFJhEAGM8UABUnEQBoJxEAdScRAMAnEQDKJxEAGCgRAB4oEQBwKBEAcigRAMgoEQDVKBEAICkRACMpEQB4KREAhikRANApEQDcKREAKCoRADUqEQCAKhEAiioRANgqEQDnKhEAMCsRADUrEQCIKxEAlSsRAOArEQDtKxEAOCwRAEQsEQCQLBEAnywRAOgsEQDyLBEAQC0RAE4tEQCYLREAnS0RAPAtEQD9LREASC4RAFQuEQCgLhEAsy4RAPguEQAHLxEAUC8RAFwvEQCoLxEAqS8RAAAwEQAKMBEAWDARAGYwEQCwMBEAtTARAAgxEQAVMREAcM8UAHMxEQC4MREAxzERABAyEQAcMhEAaDIRAGkyEQDAMhEAyjIRABgzEQAmMxEAcDMRAHUzEQDIMxEA1TMRAMjPFAAzNBEAeDQRAIc0EQDQNBEA3DQRACg1EQApNREAgDURAIo1EQDYNREA5jURADA2EQA1NhEAiDYRAJU2EQAg0BQA4jYRADg3EQBGNxEAkDcRAJ03EQDoNxEA9DcRAEA4EQBGOBEAmDgRAKk4EQDwOBEA8jgRAEg5EQBROREAoDkRAK05EQD4OREABzoRAFA6EQBbOhEAqDoRALQ6EQAAOxEAEzsRAFg7EQBnOxEAsDsRALw7EQAIPBEACTwRAGA8EQBqPBEAuDwRAMY8EQAQPREAFT0RAGg9EQB1PREAeNAUAM09EQAYPhEAJj4RAHA+EQB6PhEAyD4RANY+EQAgPxEAIj8RAHg/EQCJPxEA0D8RAN4/EQAoQBEAWUARAIBAEQCCQBEA2EARAOJAEQAwQREAPkERAIhBEQCNQREA4EERAO1BEQA4QhEAREIRAJBCEQCjQhEA6EIRAPdCEQBAQxEATEMRAJhDEQCZQxEA8EMRAPpDEQBIRBEAVkQRAKBEEQClRBEA+EQRAAVFEQDQ0BQAUkURAKhFEQCqRREAAEYRAA9GEQBYRhEAZ0YRALBGEQC8RhEACEcRAAtHEQBgRxEAY0cRALhHEQC+RxEAEEgRABxIEQBoSBEAa0gRAMBIEQDFSBEAGEkRACFJEQBwSREAdkkRAMhJEQDXSREAIEoRACxKEQB4ShEAiEoRANBKEQDSShEAKEsRADZLEQCASxEAkUsRACjRFADeSxEAMEwRADxMEQCA0RQAm0wRAOBMEQDvTBEAOE0RAERNEQCQTREAkU0RAOhNEQDyTREAQE4RAE5OEQCYThEAnU4RAPBOEQD9ThEA2NEUAFRPEQCgTxEAqk8RAPhPEQAkUBEAUFARAFdQEQCoUBEAwVARAABREQAPUREAWFERAGdREQCwUREAtVERAAhSEQAVUhEAYFIRAG1SEQC4UhEAxFIRABBTEQAfUxEAaFMRAHJTEQDAUxEAzlMRABhUEQAdVBEAcFQRAH1UEQDIVBEA1FQRACBVEQAzVREAeFURAIdVEQDQVREA3FURAChWEQApVhEAgFYRAIpWEQDYVhEA5lYRADBXEQA1VxEAiFcRAJVXEQAw0hQA8VcRADhYEQBJWBEAkFgRAJxYEQDoWBEA/1gRAEBZEQBCWREAmFkRAKlZEQDwWREA81kRAEhaEQBSWhEAoFoRAKJaEQD4WhEAAlsRAFBbEQBcWxEAqFsRALRbEQAAXBEAE1wRAFhcEQBnXBEAsFwRALxcEQAIXREACV0RAGBdEQBqXREAuF0RAMZdEQAQXhEAFV4RAGheEQB1XhEAiNIUAMJeEQAYXxEAIl8RAHBfEQB4XxEA4NIUANtfEQAgYBEALGARAHhgEQCHYBEA0GARANlgEQAoYREAMmERAIBhEQCOYREA2GERAN1hEQAwYhEAPWIRAIhiEQCUYhEA4GIRAPNiEQA4YxEAR2MRAJBjEQCcYxEA6GMRAOljEQBAZBEASmQRAJhkEQCmZBEA8GQRAPVkEQBIZREAVWURADjTFACiZREA+GURAAJmEQBQZhEAWGYRAJDTFACtZhEAAGcRABZnEQBYZxEAWWcRALBnEQDBZxEACGgRABRoEQBgaBEAamgRALhoEQDGaBEAEGkRABVpEQBoaREAdWkRAMBpEQDMaREAGGoRACtqEQBwahEAf2oRAMhqEQDUahEAIGsRACFrEQB4axEAgmsRANBrEQDeaxEAKGwRAC1sEQCAbBEAjWwRAOjTFADabBEAMG0RADptEQCIbREAkG0RAEDUFAD2bREAOG4RAERuEQCQbhEAlW4RAOhuEQDxbhEAQG8RAEpvEQCYbxEApG8RAPBvEQADcBEASHARAFdwEQCgcBEArHARAPhwEQD5cBEAUHERAFpxEQCocREAtnERAAByEQAFchEAWHIRAGVyEQCY1BQAsnIRAAhzEQAScxEAYHMRAGhzEQDw1BQAxXMRABB0EQAfdBEAaHQRAHN0EQDAdBEAzHQRABh1EQAndREAcHURAJB1EQDIdREA1HURACB2EQAndhEAeHYRAIZ2EQDQdhEA1XYRACh3EQA0dxEAgHcRAJN3EQDYdxEA53cRADB4EQA8eBEAiHgRAIl4EQDgeBEA6ngRADh5EQBGeREAkHkRAJV5EQDoeREA9XkRAEjVFABCehEAmHoRAKJ6EQDwehEA+HoRAKDVFABlexEAoHsRALF7EQD4exEABHwRAFB8EQBjfBEAqHwRALd8EQAAfREADH0RAFh9EQBZfREAsH0RALp9EQAIfhEAFn4RAGB+EQBlfhEAuH4RAMV+EQD41RQAEn8RAGh/EQByfxEAwH8RAMh/EQBQ1hQANYARAHCAEQCBgBEAyIARANSAEQAggREAM4ERAHiBEQCHgREA0IERANyBEQAoghEAKYIRAICCEQCKghEA2IIRAOaCEQAwgxEANYMRAIiDEQCVgxEAqNYUAOKDEQA4hBEAQoQRAJCEEQCYhBEAANcUAPmEEQBAhREAVIURAJiFEQCchREA8IURAPKFEQBIhhEAXIYRAKCGEQCjhhEA+IYRABWHEQBQhxEAYYcRAKiHEQC0hxEAAIgRABOIEQBYiBEAZ4gRALCIEQC8iBEACIkRAAmJEQBgiREAaokRALiJEQDGiREAEIoRABWKEQBoihEAdYoRAFjXFADCihEAGIsRACKLEQBwixEAeIsRALDXFADQixEAIIwRAEaMEQB4jBEAgIwRANCMEQDgjBEAKI0RACqNEQCAjREAjo0RANiNEQDpjREACNgUADeOEQBg2BQAkI4RAOCOEQD5jhEAOI8RAEGPEQCQjxEAmo8RAOiPEQDwjxEAQJARAEOQEQC4nxEASpARAJCaEQBOkBEAmJARAKWQEQDwkBEA/5ARAEiREQBNkREAoJERALaREQD4kREA+ZERAFCSEQBhkhEAqJIRALSSEQAAkxEACpMRAFiTEQBkkxEAENkUALiTEQAIlBEAC5QRAGCUEQCAlBEAuJQRAMaUEQAQlREAEZURAGjZFAB0lREAwJURAMeVEQDA2RQAIJYRABjaFAB2lhEAyJYRANCWEQAglxEAJpcRAHiXEQCGlxEA0JcRANOXEQAomBEASJgRAICYEQCUmBEAcNoUAOKYEQAwmREAPJkRAIiZEQCLmREA4JkRAOqZEQDI2hQAZpoRACDbFACbmhEA6JoRAPSaEQBAmxEARpsRAJibEQCkmxEA8JsRAPibEQB42xQAVJwRAKCcEQCmnBEA+JwRAASdEQBQnREAWJ0RANDbFACrnREAAJ4RAAOeEQBYnhEAYZ4RALCeEQC8nhEACJ8RAAufEQBgnxEAjp8RACjcFAC9nxEAEKARACagEQBooBEAdKARAMCgEQDIoBEAgNwUACShEQBwoREAc6ERAMihEQDSoREA2NwUACiiEQB4ohEAfKIRANCiEQDcohEAKKMRAC6jEQCAoxEAjKMRANijEQDgoxEAMN0UAFCkEQCIpBEAlqQRAOCkEQDhpBEAiN0UAESlEQCQpREAl6URAODdFAD8pREAQKYRAEimEQCYphEAm6YRAPCmEQD8phEASKcRAGGnEQCgpxEAoqcRAPinEQD7pxEAUKgRAFqoEQCoqBEAtqgRAACpEQACqREAWKkRAGWpEQCwqREAuKkRAAiqEQAhqhEAYKoRAGyqEQC4qhEAvqoRABCrEQAnqxEAaKsRAH6rEQDAqxEAwqsRABisEQAlrBEAcKwRAH2sEQDIrBEA0KwRACCtEQAirREAeK0RAIWtEQDQrREA160RACiuEQAwrhEAgK4RAI+uEQDYrhEA3a4RADCvEQA9rxEAiK8RAJKvEQDgrxEA5q8RADiwEQBGsBEAkLARAKmwEQDosBEA8bARAECxEQBKsREAmLERAJ2xEQDwsREA9rERAEiyEQBLshEAoLIRALqyEQCQ3hQAALMRAFCzEQBgsxEAqLMRAKqzEQAAtBEADrQRAFi0EQBptBEA6N4UALa0EQAItREAFLURAEDfFABotREAuLURAN61EQAQthEAGLYRAGi2EQB0thEAwLYRAMa2EQAYtxEAHrcRAHC3EQB1txEAyLcRAM63EQDw3xQAKLgRAKDgFACAuBEAqOEUANa4EQAouREALbkRAIC5EQCEuREA2LkRAOW5EQAA4hQANboRAIi6EQCMuhEA4LoRAOK6EQA4uxEAUbsRAJC7EQChuxEA6LsRAPS7EQBY4hQAQ7wRABjCEQBMvBEAmLwRAKu8EQDwvBEA8bwRAEi9EQBUvREAoL0RAK+9EQD4vREAAr4RAFC+EQBcvhEAqL4RAK++EQCw4hQACL8RAFi/EQBavxEAuMsRAFu/EQCAxBEAXr8RALC/EQBkvxEA6MYRAGW/EQCgNhIAvL8RAAjAEQAXwBEAYMARAGzAEQC4wBEAxsARABDBEQArwREAaMERAHTBEQDAwREAx8ERAAjjFAAlwhEAcMIRAHLCEQDIwhEAycIRACDDEQAjwxEAeMMRAIPDEQDQwxEA1cMRACjEEQAyxBEAYOMUAI3EEQDYxBEA2sQRADDFEQAxxREAiMURAIvFEQDgxREA68URADjGEQA9xhEAkMYRAJrGEQC44xQA+8YRAEDHEQBBxxEAmMcRAKTHEQDwxxEA/8cRAEjIEQBSyBEAoMgRAKzIEQD4yBEA/8gRABDkFABYyREAqMkRAKrJEQAAyhEAD8oRAFjKEQBiyhEAsMoRALnKEQAIyxEACssRAGDLEQBxyxEAwOQUAMfLEQAQzBEAGswRAGjMEQBxzBEAwMwRAMLMEQAYzREAKc0RAHDNEQB4zREAyM0RAObNEQAgzhEAKM4RAHjOEQCEzhEA0M4RAOPOEQAozxEAKc8RAIDPEQCMzxEA2M8RAOfPEQAw0BEAOtARAIjQEQCU0BEA4NARAOfQEQAY5RQASdERAJDREQCh0REA6NERAPDREQBA0hEAR9IRAJjSEQCm0hEA8NIRAADTEQBI0xEAWNMRAKDTEQC80xEAcOUUAAXUEQBQ1BEAZ9QRAKjUEQCw1BEAANURAA7VEQBY1REAYtURALDVEQC81REACNYRAB7WEQBg1hEAY9YRALjWEQDU1hEAyOUUABrXEQBo1xEAcNcRAMDXEQDP1xEAGNgRAB3YEQBw2BEAfdgRAMjYEQDS2BEAINkRACLZEQB42REAhtkRANDZEQDd2REAKNoRACvaEQAg5hQAi9oRANjaEQDi2hEAMNsRADjbEQCI2xEAl9sRAODbEQDl2xEAONwRAEXcEQCQ3BEAmtwRAOjcEQDq3BEAQN0RAE7dEQCY3REApd0RAPDdEQDz3REAeOYUAEveEQCg3hEArN4RAPjeEQD/3hEAUN8RAFjfEQCo3xEAwd8RAADgEQAU4BEAWOARAHTgEQCw4BEAuOARACjnFAAQ4REAgOcUAG3hEQC44REAv+ERABDiEQAY4hEAaOIRAG3iEQDA4hEA0OIRABjjEQAg4xEAcOMRAH7jEQDI4xEA1eMRACDkEQAt5BEAeOQRAITkEQDQ5BEA1uQRACjlEQAw5REAgOURAIzlEQDY5REA6+URADDmEQA/5hEAiOYRAJTmEQDg5hEA4eYRADjnEQBC5xEAkOcRAJ7nEQDo5xEA7ecRAEDoEQBN6BEA2OcUAJvoEQDw6BEA+ugRAEjpEQBK6REAoOkRAK/pEQD46REAGOoRAFDqEQBY6hEAqOoRALLqEQAA6xEABusRAFjrEQBa6xEAsOsRAL/rEQAI7BEAFOwRAGDsEQBo7BEAMOgUANbsEQAQ7REALu0RAIjoFACG7REAwO0RAN7tEQAY7hEAIO4RAHDuEQB/7hEAyO4RAMruEQAg7xEAKe8RAHjvEQB77xEA0O8RANzvEQAo8BEAL/ARAIDwEQCI8BEA2PARAPHwEQAw8REARPERAIjxEQCk8REA4PERAOjxEQDg6BQAVvIRAJDyEQCu8hEAOOkUAAHzEQBA8xEARfMRAJjzEQCz8xEA8PMRAPzzEQBI9BEAUPQRAJDpFACz9BEA+PQRAAf1EQBQ9REAXPURAKj1EQCp9REAAPYRAAr2EQBY9hEAZvYRALD2EQC19hEACPcRABX3EQDo6RQAZPcRALj3EQC69xEAEPgRABP4EQBo+BEAcPgRAMD4EQDK+BEAGPkRACP5EQBw+REAfPkRAMj5EQDQ+REAQOoUAC76EQB4+hEAfvoRAND6EQDc+hEAKPsRADf7EQCA+xEAivsRANj7EQDg+xEAMPwRAD/8EQCI/BEAivwRAOD8EQDp/BEAOP0RADv9EQCQ/REAnP0RAOj9EQDw/REAmOoUAFD+EQCY/hEAoP4RAPD+EQD6/hEASP8RAFP/EQCg/xEArP8RAPj/EQAAABIA8OoUAFUAEgCoABIAuQASAAABEgARARIAWAESAF0BEgCwARIAtAESAAgCEgAWAhIAYAISAG0CEgC4AhIAzwISABADEgAYAxIAaAMSAHQDEgDAAxIA0wMSABgEEgAnBBIAcAQSAHwEEgDIBBIAyQQSACAFEgAqBRIAeAUSAIYFEgDQBRIA1QUSACgGEgA1BhIASOsUAIYGEgDYBhIA5gYSADAHEgA9BxIAiAcSAJ8HEgDgBxIA6AcSADgIEgBDCBIAkAgSAJIIEgDoCBIA9QgSAEAJEgBHCRIAmAkSAKkJEgDwCRIA/gkSAEgKEgBVChIAoAoSALcKEgD4ChIAAAsSAFALEgBVCxIAqAsSALgLEgAADBIACAwSAFgMEgBiDBIAsAwSALsMEgAIDRIAFA0SAGANEgBoDRIA+OsUANENEgAQDhIAFQ4SAGgOEgCDDhIAwA4SAMwOEgAYDxIAIA8SAFDsFACDDxIAyA8SANcPEgAgEBIALBASAHgQEgB5EBIA0BASANoQEgAoERIANhESAIAREgCFERIA2BESAOUREgCo7BQAOBISAIgSEgCKEhIA4BISAO0SEgA4ExIAPRMSAJATEgCaExIA6BMSAPMTEgBAFBIATBQSAJgUEgCeFBIA8BQSAPgUEgBIFRIAVBUSAKAVEgCzFRIA+BUSAAcWEgBQFhIAXBYSAKgWEgCpFhIAABcSAAoXEgBYFxIAZhcSALAXEgC1FxIACBgSABUYEgAA7RQAZRgSALgYEgDHGBIAEBkSAB8ZEgBoGRIAcRkSAMAZEgDGGRIAGBoSAB4aEgBwGhIAfBoSAMgaEgDPGhIAIBsSADwbEgBY7RQAghsSANAbEgDcGxIAKBwSACscEgCAHBIAihwSALDtFADgHBIACO4UADgdEgBg7hQAkB0SALjuFADoHRIAOB4SADkeEgAgJhIARR4SAJAeEgBMHhIAYCMSAE8eEgAALRIAUR4SAMgwEgCRHhIA6B4SAP4eEgBAHxIASB8SAJgfEgCaHxIAWCISAKYfEgDwHxIA+B8SABDvFAD9HxIASCASAEsgEgCgIBIAqiASAPggEgD6IBIAUCESAGEhEgCoIRIAuSESAAAiEgAIIhIAaO8UAF8iEgCwIhIAtyISAAgjEgAQIxIAwO8UAGIjEgC4IxIAviMSABAkEgAdJBIAaCQSAHAkEgDAJBIAwiQSABglEgAfJRIAcCUSAHclEgDIJRIA0CUSABjwFAAtJhIAeCYSAHkmEgDQJhIA5iYSACgnEgAwJxIAgCcSAIInEgBAKhIAjicSANgnEgDgJxIAcPAUAOUnEgAwKBIAMygSAIgoEgCSKBIA4CgSAOIoEgA4KRIASSkSAJApEgChKRIA6CkSAPApEgDI8BQARyoSAJgqEgCfKhIA8CoSAPgqEgAg8RQAUisSAKArEgCiKxIA+CsSAAksEgBQLBIAYSwSAKgsEgCwLBIAePEUAAUtEgDoNBIADC0SAFgtEgBuLRIAsC0SALgtEgAILhIAFi4SAGAuEgBtLhIAuC4SALsuEgAQLxIAGi8SAGgvEgBqLxIAwC8SANEvEgAYMBIAKTASAHAwEgB4MBIA0PEUANEwEgAgMRIALTESAHgxEgB/MRIA0DESAOExEgAoMhIANDISAIAyEgCIMhIAKPIUAOUyEgAwMxIAMzMSAIgzEgCSMxIA4DMSAOIzEgA4NBIASTQSAJA0EgChNBIAgPIUAPA0EgBANRIAVzUSAJg1EgCkNRIA8DUSAPo1EgBINhIAUDYSANjyFAChNhIA+DYSAA43EgBQNxIAWDcSAKg3EgC2NxIAADgSAAg4EgAw8xQADTgSAFg4EgBbOBIAsDgSALo4EgAIORIACjkSAGA5EgBxORIAuDkSAMk5EgAQOhIAGDoSAIjzFABuOhIAwDoSAMU6EgAYOxIAMzsSAHA7EgB+OxIAyDsSAM87EgAgPBIALDwSAHg8EgB+PBIA0DwSANM8EgAoPRIAMj0SAIA9EgCGPRIA2D0SANo9EgAwPhIAOj4SAIg+EgCUPhIA4D4SAPc+EgA4PxIATD8SAJA/EgCsPxIA6D8SAPA/EgDg8xQAQkASAJhAEgCmQBIA8EASAAFBEgA49BQAT0ESAJD0FACuQRIA+EESAAJCEgBQQhIAW0ISAKhCEgCwQhIAAEMSAAxDEgBYQxIAa0MSALBDEgC/QxIACEQSABREEgBgRBIAYUQSALhEEgDCRBIAEEUSAB5FEgBoRRIAbUUSAMBFEgDNRRIAQPUUACBGEgBwRhIAekYSAMhGEgDNRhIAIEcSAChHEgB4RxIAfkcSANBHEgDcRxIAKEgSAC5IEgCASBIAiUgSANhIEgDlSBIAMEkSADhJEgCISRIAiUkSAOBJEgDiSRIAOEoSADtKEgCQShIAk0oSAPD1FAD+ShIAQEsSAEhLEgCYSxIApEsSAPBLEgD2SxIASEwSAE5MEgCgTBIApUwSAFBNEgDOTBIA+EwSAABNEgCg9hQAVk0SAPj2FAC+TRIAAE4SAAJOEgBYThIAZU4SALBOEgC3ThIACE8SABBPEgBgTxIAcE8SALhPEgC6TxIAEFASAB5QEgBoUBIAeVASAKj3FADHUBIAAPgUACZREgBwURIAelESAMhREgDTURIAIFISAChSEgB4UhIAhFISANBSEgDjUhIAKFMSADZTEgCAUxIAilMSANhTEgDgUxIAMFQSAD9UEgCIVBIAjVQSAOBUEgDnVBIAOFUSAERVEgCw+BQA0FUSAOhVEgAoVhIAQFYSAEhWEgAI+RQAwlYSAPBWEgD8VhIASFcSAE5XEgCgVxIAplcSAPhXEgD9VxIAUFgSAFZYEgBg+RQAqVgSAABZEgAGWRIAWFkSAF1ZEgCwWRIAv1kSAAhaEgAUWhIAYFoSAGNaEgC4WhIAu1oSABBbEgAYWxIAaFsSAHdbEgDAWxIAxVsSABhcEgAuXBIAcFwSAHFcEgDIXBIA2VwSACBdEgAsXRIAeF0SAIJdEgDQXRIA3F0SACheEgAvXhIAuPkUAJBeEgDYXhIA5F4SADBfEgA/XxIAiF8SAJxfEgDgXxIA718SADhgEgBJYBIAkGASAJxgEgAQ+hQA6mASAEBhEgBOYRIAmGESAKlhEgBo+hQA9mESAEhiEgBUYhIAwPoUAKZiEgD4YhIA/mISAFBjEgBVYxIAqGMSAK5jEgDI+xQABWQSAFhkEgBaZBIAsGQSAMFkEgAo/RQAFGUSAGBlEgBmZRIAuGUSAMRlEgAQZhIAGGYSAID9FABuZhIAwGYSAMxmEgAYZxIAIGcSANj9FAB8ZxIAyGcSAMtnEgAgaBIAKmgSADD+FAB6aBIA0GgSAN5oEgAoaRIAOWkSAOD+FACGaRIA2GkSAORpEgA4/xQAOGoSAIhqEgCLahIA4GoSAOxqEgA4axIARGsSAJBrEgCYaxIA6P8UAPNrEgBAbBIATGwSAJhsEgCgbBIAQAAVAPlsEgBIbRIAWW0SAKBtEgCxbRIA+G0SAABuEgBQbhIAU24SAKhuEgCybhIAAG8SAAJvEgBYbxIAZ28SALBvEgDQbxIACHASABBwEgBgcBIAanASALhwEgC+cBIAEHESABJxEgBocRIAd3ESAMBxEgDMcRIAmAAVACRyEgBwchIAjnISAMhyEgDOchIAIHMSAClzEgB4cxIAhXMSANBzEgDYcxIAKHQSAD50EgCAdBIAgnQSANh0EgDzdBIAMHUSADx1EgCIdRIAlXUSAPAAFQDmdRIAOHYSAEB2EgCQdhIApnYSAOh2EgDtdhIAQHcSAEZ3EgCYdxIApHcSAPB3EgD4dxIASAEVAFV4EgCgeBIAsHgSAPh4EgD9eBIAUHkSAFZ5EgCoeRIAvnkSAAB6EgACehIAWHoSAGJ6EgCwehIAvnoSAAh7EgANexIAYHsSAG17EgCgARUAx3sSABB8EgAZfBIAaHwSAHJ8EgDAfBIAznwSABh9EgAdfRIAcH0SAH19EgDIfRIA0H0SACB+EgAwfhIAeH4SAHp+EgDQfhIA3n4SACh/EgA5fxIA+AEVAId/EgBQAhUA3X8SADCAEgA2gBIAiIASAJCAEgDggBIA6oASADiBEgA6gRIAkIESAJOBEgDogRIACIISAAADFQBMghIAmIISAJ6CEgDwghIA/IISAEiDEgBQgxIAWAMVAKyDEgD4gxIA/oMSAFCEEgBchBIAqIQSALCEEgCwAxUAAoUSAFiFEgBmhRIAsIUSAMGFEgAIBBUAFYYSAGCGEgB3hhIAYAQVAMKGEgAQhxIAHIcSAGiHEgBrhxIAwIcSAMqHEgC4BBUAKYgSAHCIEgB3iBIAyIgSANCIEgAgiRIALYkSAHiJEgB9iRIA0IkSANqJEgAoihIAMIoSAICKEgCPihIA2IoSAN2KEgAwixIARosSAIiLEgCJixIA4IsSAO6LEgA4jBIASYwSAJCMEgCcjBIA6IwSAPCMEgBoBRUARI0SAGABAABIjRIAWF4UAEyNEgDAmBAApI0SAEgJAAD4jRIACJESALWPEgBYLAAABJASAGguAAAYkRIA4D0AALuREgD4QAAAE5ISAJBJAADCkhIA6PIRAMOSEgBQTAAAx5ISAEASBADKkhIA8FMIAByTEgA4XwAAzJMSAMBlAAAklBIAeHIAANOUEgBYeQAAN5USAKCCAACElRIAEIYAANqVEgAwigAAkJYSANCTAABXlxIAkJcSAACaEgCA1gAABJsSAODiAABcmxIAgOwAAAycEgCg+wAAxJwSAEAFAQA0nRIAmAUBAGqdEgDwBQEAzJ0SACAMAQB6nhIA2A0BANGeEgAAEwEAl58SAEgcAQDcnxIAeCIBAEegEgCAoBIA9KASADChEgA4oRIAiKESAJShEgAIKgEA6KESAMgsAQCsohIA6KISAPCiEgBAoxIAQqMSAFg0AQCkoxIAiDoBAFCkEgAoRAEAtKUSAEheAQBgphIAEGIBAHSmEgC4EhQAfKYSAKgQFADVphIAaGIBAA6nEgDIYwEAcqcSADBmAQC9pxIASGkBABSoEgBYawEAJKkSAJh+AQCKqRIAyKkSANCpEgDwfgEAL6oSAFiBAQDcqhIAWIwBAEurEgCwjAEAjKsSAGiOAQDgqxIAMKwSADqsEgDAjgEAkqwSAOiTAQCkrhIAYK4BAPiuEgBIrxIAWK8SALiuAQAEsBIA2LIBAFiwEgCosBIAuLASADCzAQBksRIAILwBACa0EgBokgcAzrQSAKhnAgDStBIAYGkCANa0EgBg2gEA4rQSANB3AgB6tRIAgN4BAN61EgA44AEAibYSAEjiAQDathIAAOQBAD63EgC45QEAlLcSAMjnAQDstxIAIOgBAJi4EgAwOBQAmbgSACgKDQCcuBIAMOoBAKy4EgBApw0A8LgSAKASEwAEuRIAiOoBABa5EgAYoxQAR7kSAODqAQBKuRIA4DQOAPy5EgAI8AEAVLoSAGDwAQAGuxIA6PYBALG7EgAY/QEAYbwSADgBAgCzvBIACL0SABS9EgDoAQIAa74SANh9DwBuvhIAuEIPAHK+EgDoKg4AeL4SANAJAgDOvhIAgBUCABu/EgBwvxIA0L8SACDAEgAjwBIAmF8PACzAEgCYGAIAjcASAFgbAgDxwBIAKMESAITBEgAooQ4AkMESACAqAgCtwRIAcB4CAOTBEgD4JAIAlMISAMgpAgBEwxIAKCsCAKzDEgCAKwIATMQSANA4DABQxBIAMCwCAKHEEgA4LQIArsUSAOA3AgBZxhIA2MUNAFzGEgAIPQIAXsYSAKDvDwCwxhIAIGIUAMLGEgAAxxIAYMcSALDHEgB0xxIAWEcCALPHEgB4Xg4AuscSANBpDgC9xxIAIEgOAMDHEgB4Lw8AwccSAPAzDwDLxxIAGD8CANHHEgBwaA4AYsgSAJBDAgCKyBIACI8PAMbIEgBIRQIAGMkSAGjJEgB0yRIA+EUCAHjKEgDIyhIASc0SAOBYAgCszhIA8L4UAGbcEgD4jw4AEt0SAFjdEgDC3RIACN4SAHDeEgCIFg0Adt4SAMgbAwDD3xIAMAwUAMjfEgBw4BIA3N8SAIjjEgDk3xIAUBAUAOrfEgBILAMAcuASAODcDQB04BIAiGAOAHfgEgBwxAkAeuASAKAsAwB/4BIA+CwDAIHgEgCwMwUAk+ASACiwFACo4BIAEIIFAOTiEgDIPAMAkOMSAODjEgDh4xIAMAgOAOrjEgCIChEA7+MSAMABDwD/4xIAQMkUAELkEgDwQQMAQ+USADhsAwBG5RIAgIkLAEflEgBQWQMASeUSAIBJAwBK5RIAWE8DAEzlEgBIogQATeUSAMBRAwBO5RIAMGADAE/lEgBATAMAUOUSANCdBABW5RIA2FQDAIDlEgCQVRIAD+kSAAiSAwAW6RIAmHgDAGzpEgC4fAMAwOkSABDqEgAm6hIAIH8DAMzqEgAQiAMAIOsSAHDrEgB06xIAaIgDACrsEgCQjQMAMO0SAIDtEgCW7RIASJoDADLuEgC4yQMANu4SABifAwA67hIACC8OAJTuEgCAoQMA9PASAGC+AwBp8hIAENUDABnzEgBg3wMAz/MSAIDjAwAR9BIAAOkDABL1EgDg+gMAcPUSAMD1EgDO9RIASP0DAMz2EgBYoRAA1vYSADgGBADT9xIAABUEADf5EgDALQQA4fkSAFg2BACi+hIA6PoSAEv7EgCQSAQAqvsSAPD7EgAB/BIAqEsEAFL9EgAIuAUAU/0SANhnBABa/RIAKJoJAAP+EgD4awQAB/4SAKCpCQAL/xIAqIIEABsAEwBYjgQAzwATAMiRBACMARMAyAETANABEwAgAhMALwITALCZBACCAhMAIJ0EADEDEwAoxQ0ANAMTANieBACIAxMA2AMTAJwDEwDQChQA4gMTADCfBACQBBMACKUEAO8EEwAYpwQAlgUTAEitBADwBRMAQHkKAEMGEwAotAQAVAcTABDHBACoBxMAAJgTABQIEwBQCBMAWAgTAKgIEwC1CBMAqNoEALcIEwCAAQUAuQgTAIDKBABxChMAuOcEAHQLEwBQ+wQAyAsTABgMEwApDBMAsPwEAC8NEwBQEQUAgg0TAMAUBQAqDhMAqBwFAJEOEwCIIwUAnA4TAOgvBQCpDhMAuCkFALEPEwBAMAUAVxATAHg3BQCWEBMAAD4FAEcREwDQTQUATBETAGhSCgBNERMAMFYKAE8REwDoTAoAtBETAPAREwD4ERMASBITAKISEwAIqA4ApRITAEgZDQCoEhMAKAsUAKoSEwDoUAUArBITANDGEADDEhMA0LoUAOcSEwAQzxAAABMTAABUBQB9ExMAqBMTALMTEwAIVQUAYhQTAOBaBQAXFRMAyGIFALsVEwAQbAUAvhUTAOiEBgAsFhMAyG0FAHUWEwBgdgUAdxYTACBuBQDGFhMAkHEFAMoWEwCgcwUA0hcTACB5BQDfGBMAeIQFACsZEwCgiQUABBwTAEAcEwBIHBMAmBwTAKccEwBwrwUA+RwTAFi3BQD6HRMA8L8FAAUeEwAQgQkAUx4TAGDDBQBdHxMAWNgFAGcfEwAY0AUAth8TAIjTBQC6HxMAmNUFACwhEwBoIRMAcCETAMAhEwDFIRMA+OwFAM8hEwC45AUAHiITACjoBQAiIhMAOOoFADIkEwAABAYA3iQTAEgNBgCOJRMAkCEGAF0mEwC4MQYAtiYTADg3BgD3JhMASDkGAFAnEwDQPwYApCcTANhABgD4JxMASCgTAFIoEwAwQQYAoygTAEhEBgBZKRMA4EwGABwqEwBYKhMAYCoTALAqEwC2KhMA6FgGAB4rEwCwXAYAzisTAGhpBgAULBMAuHMGAM8sEwDQdgYAfy0TABB/BgAxLhMAqIcGAOwuEwAoLxMAMC8TAIAvEwCQLxMAUJIGAKwvEwDIlgYA5C8TAFiTBgA4MBMAiDATAJIwEwCwkwYArDETAOgxEwDwMRMAQDITAEkyEwDgpAYAojITAPCmBgBkMxMAoDMTAKgzEwD4MxMA+TMTAEiyBgD9MxMAgPsGAAU0EwAwugYABzQTAMisBgBWNBMAOLAGAFo0EwDA+AYAYjUTAPC8BgASNhMAMMUGAGo2EwCoyQYAvjYTALDKBgB2NxMA8NIGADQ4EwBwOBMAeDgTAMg4EwDSOBMAMNsGACM5EwBo4gYA7DkTACg6EwAwOhMAgDoTAI06EwDg5gYAjzoTADDxBgDdOhMAAOsGAI47EwCg9AYA6DsTALD2BgBcPRMAmD0TAKA9EwDwPRMA/z0TABADBwBSPhMAgAYHAGRAEwAoHAcAzEATAAhBEwAkQRMAYEETAG1BEwCIHQcAhEITAMBCEwDIQhMAGEMTABtDEwDALwcAAEQTACg9BwB7RBMAUEIHAH9EEwCA6QwANUUTADBJBwCDRRMAUE0HAOpGEwDYXgcAREcTAFhkBwBISBMAQEIKAFxIEwDoQQoAtEgTAPBIEwD4SBMASEkTAEtJEwCYbAcAvEkTAPhJEwAAShMAUEoTAF9KEwBgcAcAs0oTAEB3BwAKTBMAGIgHAL9MEwDo2g4AxEwTACC7EADHTBMA2IoHAMhMEwBouRAAHE0TAPiOBwA0ThMAcE4TAHhOEwDIThMA0U4TAOiXBwAqTxMA+JkHAN9PEwAwoQcAQVATANirBwDbUBMAyLQHAItREwDIvwcAO1ITAIDMBwBKUxMAkNkHAKJTEwAA3QcA/FMTAHDgBwBkVBMAoFQTAKhUEwD4VBMAB1UTAMjrBwAIVRMA0OEHAFxVEwDY4gcAsFUTAABWEwAKVhMAMOMHALZWEwA47wcAY1cTACD3BwAYWBMA6PoHANxYEwAYWRMAIFkTAHBZEwB/WRMAiAQIANRZEwD4BwgAKFoTAHhaEwCHWhMAWAkIADdbEwCIDwgAilsTAPgSCADlWxMAWB8IAOdbEwAoGQgA/FwTADhdEwBAXRMAkF0TAAReEwBAXhMASF4TAJheEwClXhMAmDIIAP1eEwBYNQgAVl8TACA5CAD6XxMAqD8IALRgEwDgRggAY2ETADBcCADEYhMAKHEIABhjEwBoYxMAd2MTAIhyCADmYxMA6HMIACplEwBweggAhGUTAOh+CADYZRMAKGYTADdmEwBIgAgApmYTAKiBCADjZxMAeIYIAD1oEwCwjQgA7WgTAHCbCACdaRMAgKgIAFhqEwBYrggArWoTALivCABWaxMAiLQIABxsEwBYbBMAYGwTALBsEwALbRMAKL4IAMdtEwDowAgAhG4TAMBuEwDIbhMAGG8TACJvEwAwyggAfm8TAOjLCADXbxMAENEIACpwEwCI1QgA2XATAADaCADkcRMAMOAIADhyEwCIchMAinITAIjgCABUcxMAkHMTAJhzEwDocxMADHUTAEh1EwBQdRMAoHUTAMR2EwAAdxMACHcTAFh3EwBidxMAQA4JACR4EwBgeBMAaHgTALh4EwDCeBMASDAJAM54EwDIHwkAFXkTANghCQByeRMAyCoJANF6EwBQRwkA1XoTAAg+CQAuexMAOEQJAHl7EwBIRgkAMnwTAGBJCQCDfBMAeEwJADp9EwD4UQkAlH0TAIBYCQBEfhMAmFsJAJx+EwDwWwkABH8TAEB/EwBIfxMAmH8TAKd/EwCwXgkAVYATALhqCQCwgBMAmHEJAMSBEwAAghMACIITAFiCEwBnghMAOHsJAGODEwC4gxMA0oMTAAiLCQAshBMAaIQTAHCEEwDAhBMAz4QTACiPCQBKhRMA4JAJAOSFEwAghhMAKIYTAHiGEwDfhhMAqJQJAC6HEwAYmAkA5IcTADCbCQBCiBMAqJ8JAOeIEwA4KwoA6ogTAHikCQA/iRMAgKUJAEqKEwBouAkAoooTAEi/CQD3ihMAUMAJABSMEwBQjBMAWIwTAKiMEwC0jBMAEM4JAAiNEwBYjRMAXI0TAHDPCQDAjRMAKNEJAHyOEwC4jhMAwI4TABCPEwA6jxMA8N8JAG2PEwCA5wkA3I8TAHAWDAAgkBMAcJATAKmQEwAA7QkAQ5ETAHiREwCDkhMAUA0KAI+TEwCAHgoABJUTAECVEwBIlRMAmJUTAKeVEwCQNgoA9pUTAAA6CgD6lRMA+PMKAKiWEwD4lhMAI5gTAFiYEwB3mBMAsJgTABiZEwC4RgoAwJkTADhMCgBumhMAWFAKANWbEwC49goA15sTALhcCgAmnBMAKGAKADqeEwDQagoAi54TAGByCgCSnhMASG8KAKCgEwDwoBMAo6ETABCJCgC0ohMAaJQKABCkEwBgpBMAiaQTAAipCgAVpRMAwKoKAHClEwDApRMA6aUTACitCgB4phMA8LAKAPGmEwBIsQoAhqgTADjFCgCUqRMAcMwKAJyqEwAI1QoABKsTAGDVCgBPqxMAuNUKAJ6rEwAo2QoAVKwTAEDcCgC8rBMAmNwKAAetEwDw3AoAVq0TAGDgCgDarhMACK8TAHyvEwC4rxMAwK8TABCwEwDFsBMA2PoKAMyxEwA4BwsAlLITANCyEwDYshMAKLMTADKzEwCQEgsADLUTAJgeCwBCthMAwDkLAKG2EwCYPwsASrcTAIhICwCwtxMA+EsLAGW4EwB4XAsACrkTAHBmCwAZuxMAwIYLAN+8EwBAlwsAfb0TAGicCwDdvRMA2J8LAJy+EwDYvhMA4L4TADC/EwCKvxMAyKgLAKzAEwDowBMA8MATAEDBEwBqwRMAMLYLAPnBEwBgvAsAUMITAKDCEwCuwhMAEL0LAP7CEwB4vwsAtcMTAKDECwABxBMAwMgLABHFEwAQ0wsAFMUTAMDTCwB1xhMAKOELAMXGEwCI4gsAJccTAPjlCwB4xxMAuOgLAMvHEwAQ6QsARMgTAHjIEwBEyRMAIPYLAKrJEwB49gsA6MoTADjLEwBhyxMAWP0LAG7LEwAI/gsAVM0TACgCDACwzRMAmAUMAAXOEwD4BgwADc8TAIANDABdzxMAoBEMACfQEwBg0BMAEtETAHAhDABv0RMAYCoMABrSEwDAKwwApNITAOAvDADe0hMAADQMACXTEwBoNgwA1tMTAGhBDADm0xMAmF0MAEbVEwDYTwwAjdUTAEBSDAD21RMAqFQMAAzYEwBI2BMAUNgTAKDYEwCt2BMAyG4MAAXZEwDgcQwAtdkTAKh1DAB32hMAsNoTABrbEwCw8BMAJ9sTAGDbEwAc3BMAaIMMAB7cEwAAgQwA0twTABjdEwB+3RMACI0MADDeEwAQmQwAlt8TAKisDAA74BMAyLAMAJbgEwD4tgwA7uATAJC/DABF4RMAmMAMAO7hEwBwxgwAtOITAPDiEwD44hMASOMTAL7jEwAw1AwAq+QTALjaDADH5RMACOUMAHDmEwCg7QwAIOcTAOj2DADc5xMAGOgTACDoEwBw6BMA5OgTACDpEwAo6RMAeOkTACvqEwCACxQAMOoTAIDqEwAy6hMAUAMRAETqEwC4VBQAiuoTANgKDQA26xMAsBANAPXsEwAAJg0ARe0TACAqDQCw7hMAsDwNAL/uEwD47hMAWO8TAJA4DQC37xMA6DgNAAnxEwC4SA0AGfITAGBTDQBr8hMAwPITAIDyEwBwYA0A0vITABBUDQB88xMAeFYNANLzEwDQVg0AgvQTAKhcDQCD9RMA2PUTAPD1EwA4ZA0A6fYTAFByDQA79xMAkPcTAKT4EwA4eg0AvPgTANipDwD4+BMASPkTAGb5EwCQeg0AFPoTAFD6EwBY+hMAqPoTAA77EwCofQ0AzPsTAMCADQB8/BMAMIQNAIT9EwDA/RMAyP0TABj+EwCM/hMAyP4TAND+EwAg/xMAhv8TAJCQDQBEABQAgAAUAIgAFADYABQAPgEUAGiWDQBUAhQAkAIUAJgCFADoAhQATgMUAPidDQAMBBQAEKENALwEFACApA0AYAYUAJCSEAC4BhQA6JIQACQHFABgBxQAaAcUALgHFAAwCBQAQLINAMgIFABA9A0AgAoUAOhwFACICxQAcDYQAJwLFAAIoRQArgsUANgLFADgCxQAeNEQAAYMFADQYxAAXgwUAIgMFADjDBQA+JMUAFQNFACQDRQAmA0UAOgNFABMDhQAsMsNALQOFADwDhQA+A4UAEgPFACsDxQAcJEPAA4QFACA/A0AXhEUADiVDwBkERQAANYNAMoRFADA2A0AwBIUABATFAAfExQAQPwOAHATFADQ5hQA1xQUAGDiDQDhFBQAAOENANwVFAAo5g0AnBYUANgWFADgFhQAMBcUAJcYFABw7w0AthoUAKAADgBYGxQAsA0OALwcFADYHQ4Awh0UAPAgDgB4HxQAyB8UANIfFAAQMA4A7CAUACghFAAwIRQAgCEUADIiFAB4PQ4AjSIUAEBBDgCgJBQA8EwOAPgkFABIJRQAVCUUAGBQDgAEJhQA0FMOALAmFAAAJxQAFycUAFBZDgAqLBQAKHUOAN0sFAD4eQ4ASS8UACiWDgACMBQASDAUAAUxFABYpw4ACDEUAPilDgAOMhQAwKkOALwyFADIqg4AFjMUAOCtDgDbMxQAEDQUAC40FABQsQ4AjDQUANi3DgAmNRQAMLgOADA3FAAwww4ANjgUAKDGDgA8OBQAcCsQAFM4FADQrxQAWjgUAKifFAB1OBQAuM4QAJA4FADgOBQA7zgUAMDKDgA9ORQAgM0OAPA5FABAOhQAQjoUAOjPDgCdOhQAmNAOAKQ6FAAA0w4AHD0UAFg9FABgPRQAsD0UALo9FABo6w4AfD4UALg+FADAPhQAED8UAB8/FADA9g4Abj8UADD6DgAeQBQAsP8OAM5AFAAwBQ8A00EUADgRDwCDQhQAkBEPAIxCFACIZRAAOEMUAAgWDwCQQxQA4EMUAEZEFADIGA8AnkQUALAgDwD4RRQASEYUAEtGFAAgJA8ABEcUAIgmDwBYRxQAqEcUAKtHFACYKA8AZEgUAFgrDwC4SBQACEkUAAtJFABoLQ8AxEkUAIAwDwAYShQAaEoUAHJKFADYMA8AyEoUABhLFAAbSxQA4DEPANBLFAD4NA8AKEwUAHhMFAB7TBQAWDYPADBNFACATRQAg00UAHg6DwA4ThQAiE4UAItOFACYPg8ARE8UAGBCDwBIUBQA4EcPAGhQFAD4tBQAtFAUAEBJDwBLURQAoFEUAFNSFACoSw8AWlIUABBODwAUVBQAQFQPABZUFABQ8A8AwFQUABBVFABzVhQAYFUQAHhWFAAoWBQA1FYUAKhhDwA4WBQACGMPAJBYFABwZQ8A5FgUAHhmDwBMWRQAiFkUAOdZFACodw8A6lkUAECADwDvWRQAKGcPAPtZFADQcQ8ArlwUAKB2DwBeXRQA0HwPAHteFACAsBQAuF4UAAhfFAALXxQASIEPAHBfFAAAgw8AxF8UAAiEDwAYYBQAaGAUAHJgFABghA8AI2IUADiKDwAqYhQASIwPANNiFABQjQ8AW2QUAGiQDwBAZRQAMJQPAONmFACoqhQAXWcUAGjPEACdZxQAyIsRAKFnFAB4qA8ADWgUABDwEABlaBQAaPAQAAxpFAD4rQ8AYGkUALBpFADJaRQAWK8PAAtqFABgahQA3GoUACi0DwCMaxQAMLUPADxsFACQtg8A0GwUACBtFAAqbRQAWLoPANFtFABwmRAA2G0UAOizEADnbhQASMMPAO1wFACQzA8A43EUAPBxFAA7chQASHIUAGp0FAB43w8ACnUUAODhDwAUdRQAcOkPACB3FADA8BAA2HcUABDzDwAueBQAGPQPAIB4FADI9A8A03gUACj2DwDbeRQAkPgPAOh6FAA4exQAmHsUAOh7FAAOfBQAkMgUAJl8FADQABAA+HwUAEh9FACofRQA+H0UAKt+FAAABxAAYH8UALB/FAAQgBQAYIAUAIaAFADoyBQAGIEUACgMEAB0gRQAiA0QACCCFABwghQAgIIUAOgOEABDgxQAeIMUADGEFAC4ExAAjIQUAHgWEAD8hBQAMIUUAGSIFADYLRAAHIoUAFgzEADMihQAuDQQAHyLFAAYNhAAIY4UACBNEADkjxQACFUQAOGQFAB4WBAApJIUAGBgEABRkxQAIGMQANuVFAAAahAAC5YUALhrEABolhQAMLwUAMGWFAB4bhAAxJYUAIhwEAATlxQAaJcUAISXFADAlxQAG5gUAHCYFACMmBQAyJgUACiZFAB4mRQAgpkUAOBwEADYmRQA0PwUAC6aFAAIdhAAPpsUAIB6EACLmxQAQH0QAOibFACIvBQA/ZwUAMDPEACknRQAoIkQAHChFAAY0BAAyqIUAGijEADLoxQA4JwQAISkFADonRAAkKYUAOCmFADqphQA2KYQAJ6nFACYqRAA66cUAEiqEADzqhQAAKsUAEurFABYqxQAo6sUALCrFAD7qxQACKwUAFOsFABgrBQAq6wUALisFAB0rRQAgLEQANytFADYsRAAca4UADizEADkrhQAIK8UACivFAB4rxQAM7EUAEi1EABGshQACLgQAJOyFAC4uBAADrMUAPiyEQBJsxQAcLoQALSzFADwsxQAZLQUAKC0FAAgtRQAULUUAHi1FACotRQA0LUUAAC2FAAothQAWLYUAF+2FAA41BAAuLYUAAi3FAANtxQAkL4QAGu4FADgyBAA1LkUAFjNEADcuhQAoGISAOC6FADoYBIARL0UACDREACqvRQA6L0UAPC9FABAvhQAS78UAKC/FAAgwBQAUMAUAHjAFACowBQA0MAUAADBFAAowRQAWMEUAIDBFACwwRQAiMIUALjCFADgwhQAEMMUADjDFABowxQAkMMUAMDDFADowxQAGMQUANTEFAAo3RAAhMUUAIjeEACfyRQAePIQAP7JFACw+RAAv8oUAPjKFABvyxQAYAURALHLFADYCREAH8wUAFjMFAC4zBQACM0UABjNFACQCxEAbM0UAJgMEQDNzRQAGEYSADHRFADYSxEAjNEUAIhMEQCQ0hQAwF4RAEDTFACgZREA8NMUANhsEQCg1BQAsHIRAFDVFABAehEAANYUABB/EQCw1hQA4IMRAGDXFADAihEAFNgUADCOEQC12BQAuNgUACXZFACwkxEAadkUAGiVEQDV2RQAGJYRAB3aFABwlhEAeNoUANiYEQDL2hQAOJoRAHzbFABInBEA3tsUAKidEQCK3BQAGKERANvcFAAgohEAM90UADCkEQCJ3RQAOKURAA7eFAA43hQA8d4UALC0EQBD3xQAmN8UAK3fFABgtREA898UAEjgFABd4BQAILgRABjkFABo5BQAhuQUAFDJEQDg5xQAmOgRAE7oFAC47BEA/ugUADjyEQCc6RQAoPQRAPDpFABg9xEAR+oUACD6EQCd6hQAQP4RAADrFABQABIAZOsUAKDrFAD66xQAuA0SAFzsFABwDxIAvewUADASEgAI7RQAYBgSAMztFADYHBIANvIUANgyEgDw8xQAQEASAET0FABIQRIAmPQUAOj0FADs9BQAoEESAEj1FACY9RQA+PUUAEj2FAAA9xQAUPcUALT3FADAUBIACPgUAFj4FABc+BQAGFESAIv5FACoWBIAcfoUAPBhEgDD+hQAGPsUAED7FABw+xQAy/sUACD8FABI/BQAePwUAOf8FAAAZBIAgv0UAGhmEgDi/RQAcGcSADj+FACI/hQAmP4UAHhoEgDp/hQAgGkSADv/FACQ/xQA8v8UAOhrEgBQABUA8GwSAFYBFQBIeBIABAIVAIB/EgBYAhUAqAIVALgCFQDYfxIAXAMVAKCDEgDAAxUAAIUSABYEFQAIhhIAaAQVALiGEgC7BBUAEAUVAA==","fail":"AAAAAAAAAACYjAAAANkBAGjeAABIxQcAQNYBAHiyCACoOwIAaO4NAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAA0LEBACiyAQCAsgEA2LIBAAAAAACoOwIAmN4NAMjWDgAg1w4AeNcOANDXDgAo2A4AgNgOANjYDgAw2Q4AiNkOAODZDgA42g4AkNoOAAAAAABIxQcAQNYBAEDWAQAg+AMACF4CAGBeAgCQXg8AKKkPANgdAwAwHgMA0CIBAABRBgCAvBAAIPgDAKg7AgBoSAYA6LcAAEC4AACYuAAA8LgAAEi5AADIDgAAqDsCAGjuDQBg3w4AuN8OABDgDgBo4A4AwOAOAAAAAABIxQcAqDsCAECqDAAYkQQAwF8CAAB8CgBQUQIAmIwAABhrAgCoZhEAAGcRAHDRAQA4KAAAqDsCALgJDAAQCgwASEsAABj8BQComQAAAJoAAPj1AgAYtgoAcLYKAKg7AgCY3g0AyNYOACDXDgB41w4A0NcOACjYDgCA2A4A2NgOADDZDgBQdggAMB4OAFgAAABYAAAAsAALAEDWAQBISwAAqDsCAFB2CACozQEAAAAAAKiZAADoeg0AiIQNAKAfAAAYGQAAeLIIANCyCABAzgAAmM4AAPDOAAAoSQMAwFEDABhSAwAIegsAIBoAAJiqDADoUw8AYAEAALgBAAAQAgAAaAIAAMACAABQdggAMB4OAFgAAABYAAAAYAYCAOjMBAComQAAkLcAAEDWAQC4dAIAYE8HAKg7AgBo7g0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAALjSAAA4YgoAkGIKAAAAAAAolAAAMJ0BAEDWAQCY1gEAyA4AAKg7AgBIqwEA6MwEAEDNBABYAAAAMLMBAIizAQDgswEAOLQBAJC0AQDotAEAQLUBAAAAAAAoSQMAOGwDAKjNAQAAzgEAWM4BAEDWDABQMA0AqDANAMgTDQAgFA0AeBQNANAUDQAQVAIAEAoMAMiBAgDIaQoAIGoKAHhqCgB4sggAqDsCAFDBEAAYdAoAqDsCAJBeDwDQuBEA+EsAAFBMAACoTAAAAE0AAFhNAACwTQAAAAAAAAB8CgBYtQ0AUHYIAKAfAAD4HwAAUCAAAKggAAAAIQAAWCEAADhiCgCQYgoAAAAAACiUAAComQAAyA4AABDCAgDo4AEAeLIIAKg7AgBQdggAiDIAAOAyAAA4MwAAkDMAAPAwEABQUQIAmIwAAADZAQCgHwAAeLIIAKg7AgBo7g0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAAAheAgBgXgIAgJYDANiWAwAwlwMAiJcDAMgTDQAgFA0AyBkAACAaAACYqgwA6FMPAGABAAC4AQAAEAIAAGgCAADAAgAAgGICANhiAgC4YBAAEGEQAECqDABAUgEAmFIBAPj1AgAwnQEAeLIIALCsEABAqgwAmKoMAOhTDwBgAQAAuAEAABACAABoAgAA8DAQAFBRAgCYjAAAANkBAKAfAAB4sggAqDsCAGjuDQBAzgAAmM4AAPDOAABIzwAAoM8AAPjPAABQ0AAAqNAAAADRAABY0QAAsNEAAAjSAABg0gAACF4CAGBeAgCAlgMA2JYDADCXAwCIlwMAyBMNACAUDQDIGQAAIBoAAJiqDADoUw8AYAEAALgBAAAQAgAAaAIAAMACAACAYgIA2GICALhgEAAQYRAAQKoMAEBSAQCYUgEA+PUCADCdAQB4sggAsKwQAJiMAAAA2QEAsNMDAChJAwA4bAMAiDIAAOAyAAA4MwAAkDMAAPAwEADIDgAAoB8AAPgfAABQIAAAqCAAAAAhAADwMBAAOCgAAMjaCQBA1gEA0HcNABDCAgDwMBAA0CIBAEi3CADIDgAAqM0BAPh3AABABw8AaHALAEjGDgBATAMA6LcAAEC4AACYuAAA8LgAAEi5AACguQAAQKoMAJiqDADoUw8AYAEAALgBAAAQAgAAaAIAAMACAADQIgEAyP0BAMgOAAAQwgIAqDsCAOilEQAADxEAaO4NAAgjBwBQdggA+H4QABj8BQBw/AUAiJ0BAAAAAACQtwAAkLcAAKiZAADIDgAAqM0BAKg7AgCY3g0ACNkQABgZAACAwgMAqJkAAHiyCACoOwIAADwCAKDqDQBA1gEAqDsCACiUAADIDgAAoB8AAKg7AgAAAAAAGBkAAHCXAgAQZQsAcBkAAGjeAAAYGQAAqDsCAJjeDQDQsggAUEURAKhFEQBQUQIAmIwAAADZAQCgHwAAAAAAAEDWAQDAXwIAmIwAAPCMAABIjQAAoI0AAPiNAABQjgAA4DoBAHiyCACwrBAAGBkAAIDCAwComQAAeLIIAMBfAgComQAAAJoAAFDxAADwKwMAUFECAJiMAAAQhAgAwF8CAHiyCABQUQIAwF8CAKiZAAAAmgAAUPEAAPArAwAolAAAUFECAEirAQDozAQAkLcAAKg7AgBwlwIAyJcCACCYAgCoOwIAOGIKAJBiCgBISwAAGPwFAHD8BQComQAA+PUCAFD2AgCo9gIAqDsCAEDWDABQMA0AqDANAMgTDQAgFA0AeBQNANAUDQCA4w4AYN8OAOBOCQCgqwEAaN4AAKiZAAAYGQAAcBkAAHhOAQDQTgEAyA4AAGgaDgBYAAAAWAAAALAACwBA1gEASEsAAOjgAQB4sggAwF8CAJiMAABAzgAAmM4AAPDOAADAXwIA0CIBACgjAQBIaQwAAAAAAEirAQDozAQAqJkAABgZAABISwAAqDsCAJjeDQDI1g4AINcOAHjXDgDQ1w4AKNgOAIDYDgDY2A4AMNkOAFB2CAAwHg4AWAAAAFgAAACwAAsAQNYBAEhLAACoOwIAaO4NAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAAENMAAEBSAQCYUgEASEsAAFByAgBoQggAmJQBAIBRDwCoOwIAOGIKAJBiCgAAAAAAKJQAAKiZAADIDgAAEMICAOjgAQB4sggAqDsCAOilEQBAphEAmKYRAPCmEQBIpxEA+B8AAFAgAACoIAAAKJQAAEhLAACgSwAA+EsAABgZAABISwAAwNcGAJC3AAAQBAMAMIQCAMDXBgBIxQcAGHQKAKg7AgBAqgwAYAYCACiUAACwRwIAMJ0BAIidAQCoOwIAmIwAAEDOAACYzgAAKOEAAGjuDQBAzgAAmM4AAPDOAABIzwAAoM8AAPjPAABQ0AAAqNAAAADRAABY0QAAsNEAAAjSAABg0gAAuNIAADhiCgCQYgoAAAAAACiUAAAwnQEAQNYBAJjWAQAAAAAAQNYBAFAjCgAYdAoAsEcCAFgAAACwAAAACAEAAKg7AgCAbQ0AWAAAALAAAAAIAQAAYAEAALgBAAAQAgAAaAIAAEgDAgCgAwIAaEgGABAEAwBoBAMAwAQDAGCSDgC4kg4AEJMOAIBiAgAwnQEAAL8GAKBLAADoHw4AKIwKAEhLAACoOwIAaO4NAIC8EAAg+AMAqDsCAECqDACYqgwA6FMPAGABAAC4AQAAEAIAAGgCAADAAgAAaEgGAMBIBgAYSQYAOCgAAMjaCQCwRwIAKJQAAEDWAQCY1gEAQNYBAKg7AgBoSAYA6LcAAEC4AACYuAAA8LgAAEi5AACguQAAUHYIAKAfAAAYGQAASEsAAKg7AgBo7g0AQM4AAJjOAADwzgAACF4CAGBeAgCAlgMA2JYDADCXAwCIlwMAyBMNACAUDQDIGQAAIBoAAJiqDADoUw8AYAEAALgBAAAQAgAAaAIAAMACAABA1gwAUDANAKgwDQBQdggAoB8AAAAAAACYjAAAQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAAFCLAQCoiwEAAIwBAFiMAQAgTQUAaO4NAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAA0LEBACiyAQCAsgEA2LIBAMiBAgDIaQoAIGoKAHhqCgDQagoAKGsKAIBrCgBo7g0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAAOjgAQAolAAAyA4AAAijAQCInQEAsEcCAKg7AgDQIgEASLcIALBkBwDwAwkAmIwAAIC8EACAwgMAQGoEANAiAQCoOwIAAAAAAJC3AACYlAEA8JQBAEiVAQAYGQAAyIECACCCAgB4ggIAgBgBAChJAwCAGAEAmIwAAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAABQiwEAqIsBAACMAQBYjAEAAAAAAEjFBwAYdAoAsEcCAAhIAgDIDgAAoB8AALBkBwCoNwcAADgHAKirEAAAvwYAmHsCAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEASKIEAKCiBAD4ogQAUKMEAKijBAAApAQAWKQEALCkBAAIpQQAMNwNAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAAiJ0BAPgfAABQIAAAqCAAAAAhAACY1gEAAJoAAFDxAADwKwMAaO4NAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAA0LEBACiyAQCAsgEA2LIBAMBfAgBA1gEAmNYBAAB+AgA40REAyA4AAKAfAAB4sggAqDsCAPAwEABAvBEASKsBAKCrAQD4qwEAUKwBAKisAQAArQEAgGICANhiAgC4YBAAEGEQADhiCgCQYgoA6GIKAEBjCgCYYwoA8GMKAKg7AgAolAAAyA4AAAijAQCInQEAsEcCAKg7AgBo7g0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAALjSAADQIgEASLcIALBkBwDwAwkAmIwAAIC8EACAwgMAQGoEAEhLAADAXwIAmIwAAIhOCQDgTgkAoKsBAGjeAAComQAAeLIIAKg7AgDwMBAAQNYBAFAjCgBQUQIAmIwAAFBRAgBIqwEAqCoPAAArDwBAzgAAmM4AAPDOAABIzwAAoM8AAPjPAABQ0AAAqNAAAADRAABY0QAAsNEAAAjSAABg0gAAqJkAAACaAABQ8QAA8CsDAPCMAABIjQAAoI0AAPiNAABQjgAAkKkBAOipAQBAqgEAmKoBAPCqAQCwrBAAAJoAAFDxAADwKwMA6C0CAJC3AAComQAAWAAAAEhLAADA1wYASMUHAKg7AgAAAAAAAAAAAAAAAAAgTQUAOGIKAJBiCgBQZgYAANkBACAPAAAYdAoAKEkDAKAJAAAolAAAyA4AAKAfAAD4HwAAGBkAAMiBAgAgggIAeIICAGicCwDAnAsAGJ0LAECqDACYqgwA6FMPAGABAAC4AQAAEAIAAGgCAADAAgAAyBMNACAUDQB4FA0A0BQNAIDjDgBg3w4A4E4JAKCrAQBo3gAAqJkAAHiyCABoVA0AcBkAAMgZAABo7g0AqMQPAEiNAACgjQAA+I0AAFCOAACojgAAkF4PACipDwCoQw4AkF4PANC4EQAwnQEAQGoEAJhqBAD49QIAAHwKAOgfDgDIDgAAEMICAIBiAgAwnQEAAL8GAKBLAACoOwIAOGIKALh0AgBQUQIAUFECADCdAQAAvwYA0CIBAAAAAACoOwIAADwCAFg8AgCwPAIACD0CAKg7AgBAqgwAYAYCAKgqDwAAKw8AANkBAKAfAABoSAYA8AMJAEgECQCgBAkA+AQJAKg7AgAg+AMAePgDAND4AwBA1gEAqDsCAGhIBgDASAYAGEkGAHBJBgDISQYAIEoGAHhKBgDQSgYAkD0EAOg9BABAPgQAiAEJAKAfAAD4VQ8ASEsAAMDXBgCInQEAsEcCADgoAACA6QEA2OkBADDqAQAQ/wAAgBgBADgoAACA6QEA2OkBADDqAQDoUAUAQFEFAJhRBQBo7g0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAAOjgAQCQXg8AKKkPAEjFBwB4sggAsKwQADBHDwAAAAAAAAAAAAAAAAAAAAAAqDsCAPDLAQBQUQIAmIwAABCECACoOwIAaEgGAEDWAQCY1gEA8NYBALCsEAAYGQAASEsAAMDXBgCYjAAAiE4JAMgOAAAAAAAAGBkAAPj1AgBQ9gIAqPYCAOjMBAB4sggA0LIIAPCMAABIjQAAoI0AAPiNAABQjgAAgL8PAMiXAgAgmAIAMJ0BADCdAQCwRwIAGBkAAMiBAgCwaQkAKJQAAEDWAQCY1gEA8NYBAJjJCQComQAAyA4AAIjADwBwGQAAeE4BANAiAQAAUQYAMIQCAJC3AAB4sggAsKwQABgZAACAwgMAqJkAAAAAAABIxQcAsEcCADCdAQCInQEAqDsCAAA8AgBYPAIAsDwCAAg9AgAAPAIAoOoNAEDWAQCoOwIAKJQAAMgOAACgHwAA+B8AAKg7AgAAPAIAWDwCALA8AgAIPQIAADwCAKDqDQBA1gEAqDsCACiUAADIDgAAoB8AAKg7AgBo7g0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAALjSAADQsQEAKLIBAICyAQDYsgEAqDsCACiUAADIDgAAoB8AAPgfAAAYGQAAyIECACCCAgD49QIAGLYKAHC2CgDQdw0ACKMBAEjFBwAYdAoAMJ0BAIidAQCAwgMAaMcEAMj9AQDQIgEAqDsCAFB2CAAwHg4AWAAAAFgAAACwAAsAQNYBAEhLAADo4AEAeLIIAKg7AgBo7g0AeB4RADCdAQCoOwIA+PUCABi2CgBwtgoA0HcNAAijAQBIxQcAGHQKAKg7AgBA1gwAAAAAAMgOAACozQEAAM4BAChJAwDIDgAAsNMDAKg7AgA4YgoAUCMKACiMCgBISwAAwNcGAIidAQComQAAyA4AABh0CgBwdAoAyHQKACB1CgB4dQoA0HUKAIidAQCwRwIAqDsCAJBeDwAoqQ8AcOIKAMjiCgAoqQ8AAAAAAKiZAAB4sggAgD8KAEBqBACYagQAUMEQABh0CgDIDgAAqM0BAKAfAAD4HwAAwNcGAEjFBwAYdAoAqJkAAACaAABQ8QAA8CsDAAC/BgDo4AEAQOEBAJjhAQDw4QEAmIwAAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBAKiZAADIDgAAEMICAChJAwAolAAAgJQAABD5AgAAvwYAKEkDAJiMAAAA2QEAWNkBALDZAQAI2gEAYNoBALjaAQAQ2wEAAO8BAFjvAQCw7wEACPABAGDwAQC48AEAEPEBAGjxAQCYjAAAIB8NANAfDQAoSQMAUFkDAHCHCwB41A8A0NQPACjVDwCA1Q8A2NUPADDWDwCI1g8AuHQCABB1AgBodQIAOCgAAIDpAQDY6QEAMOoBALCsEAAAmgAAUPEAAPArAwAAAAAAmIwAAPj1AgBQ9gIAGGsCAEirAQCYjAAAgLwQALBHAgAYawIAmIwAAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBABDbAQBo2wEAwNsBABjcAQBw3AEA0CIBAFgAAACwAAAA+KgCAKirEAAArBAAIA8AABh0CgA4KAAAgOkBANjpAQAoCg0AgAoNACiUAABIqwEASEsAAMDXBgBYAAAAYAYCAKgqDwAQ1xEAgOkBANjpAQAoCg0AgAoNAKAfAAD4HwAAUPEAAPArAwAAAAAAqDsCAOilEQCoUQIAAFICAFhSAgCwUgIACFMCAGBTAgBIqwEAmIwAAIC8EAAYGQAAqJkAAHiyCACoOwIAADwCAKDqDQBA1gEAADwCAMjaCQBgxg8AuMYPABDHDwBoxw8AwMcPABjIDwBwyA8AgGICADCdAQAAvwYAoEsAAOgfDgAojAoASEsAAKg7AgA4YgoA8MsMAEjMDABgCw8AuAsPABAMDwBoDA8AwAwPAGjuDQCAvBAAIPgDAKg7AgBo7g0AqLYQAAC3EABYtxAAsLcQAAi4EABguBAAqJkAAKhfAQBgPQIAuD0CABA+AgBoPgIAwD4CALgJDABYmQ8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEACF4CAGBeAgC4CQwAWJkPAGA9AgC4PQIAED4CAGg+AgDAPgIAyBYMAEirAQCoKg8AENcRAGjXEQDA1xEA2BcQAIhHDwCoOwIAOGIKAKirEACA2hEA2NoRADDbEQDIFgwAIBcMAAA8AgBYPAIAsDwCAAg9AgAAAAAAMEcPAKg7AgA4YgoAqKsQAIDaEQDY2hEAMNsRAMgWDAAgFwwAADwCAFg8AgCwPAIACD0CAAA8AgBYPAIAsDwCAAg9AgCI6gEAIE0FAGi5EADAuRAAGLoQAHC6EADIuhAAAAAAACiUAACAlAAAEPkCAAC/BgAYawIASHsRAHiyCABwlwIAKJQAAICUAAAQ+QIAAL8GABhrAgDohBEAQNYBALh0AgBgTwcASLcIAGjeAABIxQcAQNYBAHCXAgAYawIAmIwAAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBABDbAQBo2wEAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAAAAAAA4KAAAgOkBANjpAQAw6gEAWAAAANiwCQCwZAcASEsAAOjgAQD49QIAUPYCAKj2AgAA9wIAWPcCAMgOAACoOwIAkF4PACipDwCoQw4A6KURAAAPEQAAAAAAaO4NAKi2EAAAtxAAWLcQALC3EAAIuBAAYLgQALgJDACwzRAACM4QAGDOEAAoSQMAAAAAAEjFBwBISwAAkLcAAJiUAQBQ+QEAqPkBAAD6AQBY+gEAmNYBAPDWAQCoOwIAKJQAAMgOAAAIowEAiJ0BALBHAgCoOwIA2BcQAIhHDwC4CQwAAAAAAEirAQAAAAAAKJQAAJiMAACITgkAAAAAAAAAAAAolAAASEsAAKg7AgCAYgIA2GICALhgEACoOwIAuAkMAAAAAAAolAAAmIwAAAB8CgDoHw4AKIwKAICMCgDYjAoAMI0KAOilEQCIjQoA4I0KADiOCgDopREAaEgGAMBIBgAYSQYA+EcQAFBIEACoSBAAaEgGAMBIBgAYSQYA+EcQAFBIEACoSBAAmIwAAIC8EAAAAAAAqDsCALBHAgAISAIAYEgCAAAAAABISwAA6OABAEDhAQCY4QEAGGsCAMjDDQAgxA0AaN4AAFhdAgCwXQIAIPgDAEhLAADo4AEAQOEBAJjhAQAYawIAcGsCALh0AgAQdQIAaHUCAMB1AgDIDgAAGPwFAOD9DQAQdQIAaHUCAMB1AgBISwAAoEsAADC6EQCIuhEA4LoRAAAAAABA1gEAmNYBAMDxAQDAigYAsGQHAEhLAADIDgAAGGsCAEBwAgCYcAIA8HACAEhxAgCgcQIA+HECAEhLAABQcgIAeJoQAKBLAAAwuhEAiLoRAEjFBwAYawIAQHACAKBLAAAwuhEAiLoRAOC6EQCYjAAAIB8NAEBqBACgHwAA6HoNAEB7DQCYew0A8HsNAEh8DQAYawIAQHACAKBLAAAwuhEAiLoRAOC6EQAYawIAQHACAKBLAAAwuhEAiLoRACD4AwBYAAAA2LAJAKiZAAAAmgAAUPEAAPArAwA4KAAAkCgAAACaAACY1gEAGBkAAJC3AAComQAAqJkAAACaAABQ8QAA8CsDAJiMAABgTwcASLcIAKiZAAAAmgAAUPEAAPArAwBISwAASEsAABj8BQBw/AUAUFECAKhRAgAAUgIA6OABAKiZAAAAmgAAUPEAAPArAwDQIgEASLcIAEhLAACgSwAA6B8OAHiyCACwrBAAAJoAAFDxAADwKwMASKsBAEirAQBYAAAAsAALADCdAQCInQEAQNsDAJjbAwBo5RAAmNYBAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBA1gEAmNYBAAB+AgBYfgIAsH4CAAh/AgBgfwIAuH8CABCAAgBogAIAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAAAAAAComQAAIPgDAKiZAAAAmgAAUPEAAPArAwB4sggAsKwQAKhfAQC4exIAAJoAAFDxAADwKwMAAAAAAKiZAAAAmgAAUCMKAHiyCACAPwoA+PUCADCdAQBAagQACKMBAEjFBwAYdAoAqJkAAACaAABQ8QAA8CsDAFBRAgBoIg8AKIwKAICUAACoAQMASKsBAKCrAQAQIAwAaCAMAMAgDACoKg8AAJoAAFDxAADwKwMAgLwQALBHAgBocAsAqJkAAACaAABQ8QAA8CsDAEDWAQCwRwIAKJQAANAiAQBItwgAGBkAAEhLAADo4AEA2LoNAFDxAADwKwMASMUHACiMCgBISwAAUHICADgoAABQUQIAaCIPACiMCgCAlAAAqAEDAMgOAACgHwAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAJiMAAAA2QEAWNkBAIgyAAAQBAMAANkBABDCAgDo4AEAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAJjJCQCgxQcA+MUHAJAYCQDoGAkAQBkJAJgZCQDwGQkASBoJAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAsGQHAKg3BwAAOAcA0HcNAAijAQBIxQcAGHQKAKiZAAAAmgAAUPEAAPArAwBISwAAmIwAAPCMAABwlwIASMUHAPj1AgAYtgoAcLYKADgoAABIqwEAoKsBAGjeAAComQAAAJoAAFDxAADwKwMAwNcGABjYBgDAxwQAYAYCAKgqDwDQIgEASLcIABgZAABISwAA6OABAHiyCACwrBAAAJoAAFDxAADwKwMAyA4AAGgaDgBYAAAAWAAAALAACwBA1gEASEsAAOjgAQB4sggAmMkJAKDFBwD4xQcAkBgJAOgYCQBAGQkAmBkJAPAZCQBIGgkAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBIqwEASKsBAKgqDwCwRwIAILQLAIhOCQCYjAAA+KgCAFCpAgCoqQIAAKoCAFiqAgCwqgIACKsCAGCrAgCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAQNYBALh0AgAg+AMAMJ0BAIidAQDYmQIAMJoCAIiaAgDArAIAGK0CAHCtAgDIrQIAIK4CAHiuAgDQrgIAKK8CAICvAgDYrwIAMLACAIiwAgDgsAIAOLECAJCxAgDosQIAQLICAJiyAgDwsgIA0CIBAFBRAgAADxEAAJoAADgoAACg6g0AQNYBANAiAQAAUQYAMIQCAOjgAQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAkLcAAKg3BwAAOAcAWDgHALA4BwAIOQcAYDkHANAiAQAoIwEASGkMAIA/CgCQrg4AyNoJAJC3AAAQBAMAMIQCAMDXBgBIxQcAGHQKAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAAAAAAJiMAACITgkAKJQAAKiZAAComQAAAJoAAFDxAADwKwMAgMIDAJC3AACYlAEA8JQBAEiVAQComQAAGBkAAJC3AACYlAEA8JQBAEiVAQComQAAAJoAAFDxAADwKwMAeLIIALCsEACwZAcACGUHAPCUAQBIlQEAqJkAAACaAABQ8QAA8CsDAHiyCACwrBAAOCgAAMjaCQBgxg8AqJkAAHiyCACYjAAAiE4JAOBOCQA4TwkAkF4PACipDwCoQw4AaO4NAAgjBwDQIgEASLcIAKC3CABQUQIAAA8RAACaAACoOwIAADwCADjREQCAlAAAEM0NAEhLAADA1wYASMUHABh0CgDo4AEAmLgLAPC4CwBISwAAqDsCAJBeDwAoqQ8AqEMOADhiCgCQYgoAUGYGABCECACoOwIAQKoMAEBSAQCYUgEA2MoPADDLDwCIyw8A4MsPADjMDwBo7g0AqLYQAAC3EAAIowEAYKMBALijAQCoOwIAQKoMAEBSAQCYUgEA2MoPADDLDwCIyw8A4MsPADjMDwAolAAAgJQAAKgBAwAAAgMAWAIDALACAwAIAwMAYAMDALgDAwD4jw4AUJAOAKiQDgAAkQ4AWJEOALCRDgBIxQcAqDsCAAA8AgCQKAAAaN4AAKg7AgBo7g0AwO4NAFCpAgCoqQIAAKoCAFiqAgCwqgIACKsCAMgOAACoOwIAkF4PACipDwCoQw4AADwCADjREQCAlAAAEM0NAEhLAADA1wYASMUHABh0CgCAvBAAGBkAAHAZAAB4TgEAuFMCADhiCgCQYgoA8NYBALCsEACwZAcA6LcAAEizAgD4qAIAmNYBAFAjCgDwywEAkF4PAGhIBgAg+AMAiOcNAODnDQA46A0AkOgNAKiZAAAAmgAAUPEAAPArAwAYGQAASEsAAJiMAAAwhAIAwNcGAEjFBwAYdAoAqJkAAACaAABQ8QAA8CsDAHAADADI2gkAYMYPANiZAgCoOwIAUHYIAFAtAwDQIgEAUFECAGgiDwAwnQEAqNUCAJiMAAAwhAIAwNcGAEjFBwAYdAoAqDsCALgJDACwzRAACM4QAGDOEAAAPAIAWDwCALA8AgAIPQIAAAAAAKg7AgBA1gwAmNYMAHCkEADIpBAAIKUQAHilEAAA+gEAMIQCAMDXBgBQUQIASKsBAKgqDwCQXg8AmHsCAPB7AgBIfAIAaEgGABAEAwAgJwMAeCcDANAnAwAoKAMAgCgDADA0AwCINAMA4DQDADg1AwCQNQMA6DUDAEA2AwCYNgMA8DYDAEg3AwAAAAAAKJQAAICUAACoAQMAAAIDAFgCAwCwAgMACAMDAGADAwBoSAYAEAQDACAnAwB4JwMA0CcDACgoAwCAKAMAKJQAAMgOAACQXg8AKKkPANgdAwAwHgMA0CIBAABRBgCAvBAAyBMNACAUDQB4FA0A0BQNABBUAgAQCgwAaAoMACiMCgCwRwIA0CIBAKDBAQBAagQAqM0BAAijAQCInQEAsEcCAKg7AgA4YgoAkGIKAEhLAAAolAAAQNYBAJjeDQAI2RAAsGQHAOi3AABIswIA+KgCAJjWAQDw1gEAqDsCAGjuDQCAvBAAeLIIAKg7AgDIEw0AIBQNAHgUDQDQFA0AKJQAAMgOAACgHwAAQNYMAJjWDADgnQEAOJ4BAJCeAQDongEAQJ8BAHi8AQBQwRAAoMUHAPjFBwCQGAkA6BgJAEAZCQCYGQkA8BkJAGjHBADAxwQAGMgEAHDIBADIyAQAIMkEAHiyCACoOwIAaO4NAIC8EAB4sggAqDsCAMgTDQAgFA0AeBQNANAUDQAolAAAyA4AAKAfAABQdggAUC0DAKgtAwAALgMAWC4DALAuAwAwzg4AiM4OAODODgA4zw4AkM8OAKAJAAAAcw0AoB8AAPj1AgAYtgoAcLYKAKirEAAAvwYAmHsCAKAJAADQAQwAAAAAAAheAgAAcAMA0CIBAEi3CADIDgAAqM0BAPh3AABABw8AaHALAKAJAADQAQwAAAAAACBNBQBA1gwAUDANAKgwDQDopREAAA8RAJC4BwCgqwEAaN4AAKg7AgCQXg8A0LgRAPhLAAC4CQwAWJkPAGA9AgC4PQIAED4CAGg+AgDAPgIA0CIBAKDBAQD4wQEAUMIBAKjCAQAAwwEAWMMBALDDAQBoSAYAwEgGAICLAwDYiwMAMIwDAIiMAwDgjAMAaMcEAMDHBABgBgIAqCoPALBkBwAIZQcAgIsDAKg7AgAAPAIAWDwCALA8AgAIPQIAgGICADCdAQAAvwYAoEsAAKg7AgC4CQwAWJkPALCZDwAImg8A+PUCABi2CgBwtgoAuHQCAEAHDwBocAsAkF4PANC4EQAouREAmNYBAMgOAABwVQIAyFUCAEirAQB4sggAqDsCAAA8AgCg6g0AQNYBAOjaDgBA2w4AmNsOAPDbDgBI3A4AoNwOAPjcDgBQ3Q4AqN0OANAiAQBItwgAqJkAAEhLAADopREAqFECAABSAgBYUgIAuAkMAFiZDwBgPQIAuD0CABA+AgBoPgIAwD4CANAiAQCgwQEA+MEBAFDCAQCowgEAAMMBAFjDAQCwwwEAQNYMAFAwDQCAvBAAgMIDAJC3AAAoSQMAgIkLAPDLDABIzAwAoMwMAPjMDABQzQwAqM0MAIhlEACwzRAACM4QAGDOEACoOwIAUMEQACiMCgBISwAAqDsCAFDBEAA4KAAAqDsCAOilEQBoIg8AKIwKAICUAACoAQMAOGIKALh0AgCQpgIA6KYCABCECAB4sggAqDsCAIBiAgAwnQEAAL8GAKBLAACoOwIAUMEQAPj1AgAYtgoAcLYKADgoAABIqwEAoKsBAFB2CAAwHg4AiB4OAOAeDgAY/AUA4P0NADj+DQDARwoAqDsCAIBiAgAwnQEAAL8GAKBLAACoOwIAUMEQAPj1AgAYtgoAcLYKADgoAABIqwEAoKsBANAiAQDI/QEAIP4BAHj+AQDQ/gEAKP8BAID/AQAg+AMAqDsCAIBiAgAwnQEAAL8GAKBLAACoOwIAUMEQAPj1AgAYtgoAcLYKADgoAABIqwEAoKsBAJjeDQDw3g0A+PUCADCdAQB4sggAsKwQAIBiAgAwnQEAAL8GAKBLAACoOwIAUMEQAPj1AgAYtgoAcLYKADgoAABIqwEAoKsBADCdAQCo1QIAqDsCAECqDACwAAsAMJ0BAIidAQBA2wMAmNsDAGjlEACoOwIAmN4NAAjZEAAAmgAAmNYBAAB+AgBYfgIAsH4CAAh/AgBgfwIAuH8CAGjuDQCothAAALcQAAijAQBgowEAuKMBANAiAQBItwgAGBkAAEhLAACoOwIAkF4PACipDwCoQw4AuAkMABAKDABISwAAGPwFACD4AwCoOwIAQNYMAJjWDADw1gwAyBMNAIDCAwDYwgMAMMMDANAiAQAAUQYASKsBAOjMBACQtwAAqJkAAOilEQBoIg8AKIwKAICUAACoAQMAyA4AAKg7AgBQwRAAKIwKAEhLAACoOwIAUMEQADgoAACoOwIAOGIKALh0AgCQpgIA6KYCAEhLAADo4AEAsEcCAGhwCwAAmgAAqDsCAJjeDQDw3g0A+PUCADCdAQB4sggAsKwQAOilEQBAphEAmKYRAECcAgCYnAIA8JwCAHCXAgDIlwIAeLIIAKg7AgBo7g0AMIQCAIAYAQDYGAEAEAQDAGgEAwDABAMAYJIOALiSDgAQkw4AaJMOAMCTDgAYlA4AcJQOAMiUDgAglQ4AeJUOANCVDgAolg4AgJYOANiWDgAwlw4AiJcOAOCXDgA4mA4AkJgOAOiYDgBAmQ4AmJkOAPCZDgBImg4AoJoOAPiaDgBQmw4AqJsOAACcDgBYnA4AsJwOAAidDgBgnQ4AuJ0OABCeDgBong4AwJ4OADCdAQCInQEA2JkCADCaAgCImgIA4KIDADijAwCQowMA6KMDAECkAwCYpAMA8KQDAEilAwCgpQMA+KUDAFCmAwCopgMAAKcDAAAAAABIxQcAKIwKAKg7AgDA4w0AGOQNAPj1AgAYtgoAaO4NAIC8EADYvBAAML0QAIi9EADgvRAAOL4QAEDWDACY1gwA8NYMACD4AwB4+AMA0PgDAEDWAQCoOwIAUHYIAKh2CAAAdwgAWHcIALB3CABQLQMAqC0DAAAuAwBYLgMAaEgGAMBIBgCAUQ8AKJQAANAiAQAYGQAAqDsCAACaAACY1gEAQNYMAFAwDQCoMA0AyBMNACAUDQDIGQAAIBoAAJiqDAD4qAIAuHQCAGBPBwBItwgASEsAAOjgAQDYug0AqDsCAECqDABAUgEAmNYBAFgAAACwAAAA+KgCAJjWAQDw1gEAqDsCAFB2CAD4fhAAUH8QADCEAgDo4AEAmLgLAEi3CAAYGQAASEsAAKg7AgCY3g0A0LIIAFBFEQCoRREAUFECAJiMAAAA2QEAoB8AAFB2CABQLQMA2KQNADClDQCIpQ0A4KUNAKg7AgBA1gwAUDANAKgwDQBQdggA+H4QAFB/EAD4qAIASEsAAMDXBgCInQEAsEcCAKg7AgAolAAAcFUCACiUAABISwAASEsAAMDXBgCInQEAsEcCAKg7AgCY3g0AyNYOAGjeAABA1gwAmNYMAPDWDAA4YgoAkGIKAEi+AgAIZQcAgIsDANiLAwAwjAMAIPgDAKg7AgDQIgEAKCMBAEhpDACYjAAAEIQIAIA/CgCInQEAsEcCAKg7AgA4YgoAkGIKAPDWAQBI1wEAoNcBAPjXAQBA1gwAUDANAKgwDQBIqwEAoKsBANAkBAAoJQQAgCUEANglBAAwJgQAiCYEAJBeDwDQuBEA+EsAAEASBACYEgQA8BIEAEgTBAAA2QEAoB8AAPhVDwCoOwIAQNYMAJjWDADw1gwA0CIBAEi3CACgtwgAKCMBAEDWAQBA1gwAUDANAKgwDQBA1gwAmNYMAPDWDAAA5AwAWOQMALDkDABAqgwAQFIBAJhSAQCAEg4A2BIOADATDgCIEw4AqDsCAFDBEAA4KAAAqDsCAFB2CAD4fhAAUH8QAPioAgBISwAAwNcGAIidAQCwRwIAqDsCACiUAAAodgoAgHYKANh2CgCQXg8AKKkPAKhDDgBQdggAoB8AAPgfAABQIAAAqCAAAAAhAABYIQAAaO4NADCEAgAojAoAgIwKANiMCgAwjQoAiI0KAOCNCgA4jgoAkI4KAMA7DgAY/AUA4P0NAJCmAgDIDgAAsNMDAJiMAAAwhAIA6OABAMDjDQDoHw4AyA4AABDCAgCoOwIAyBMNAMiBAgAgggIAeIICAEirAQCgqwEAECAMAGggDADAIAwAAHwKAOgfDgDIDgAAEMICAKAJAAD4CQAAkF4PACipDwCoQw4AaO4NABCECAB4sggAQNYBAJjWAQDIDgAAqM0BAChJAwBQwRAAGHQKAKg7AgBQdggAIA8AAIjzCQDg8wkAOPQJAJD0CQCoOwIAWAAAAEhLAADA1wYAiJ0BALBHAgCoOwIAaEgGAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGANBKBgCQPQQA6D0EAPA0CwBINQsAUMEQABh0CgCoOwIAKJQAAICUAAAQ+QIA6C0CAKg7AgCY3g0AyNYOANAiAQAAUQYAIB8NAIidAQCoOwIAUHYIACAPAACI8wkA4PMJADj0CQCQ9AkAqDsCAOiOCgBAjwoAmI8KAPCPCgBIkAoAoJAKAPiQCgBQkQoAqJEKAACSCgBQdggAoB8AAPgfAABQIAAAqCAAAAAhAAAoSQMAyA4AAKg7AgCQXg8A0LgRAPhLAABQTAAAqEwAAABNAABYTQAAsE0AAAhOAABgTgAAuE4AAPDLDABIzAwAYAsPALgLDwAQDA8AaAwPAMAMDwBQwRAAGHQKAKg7AgDA4w0A6B8OAMgOAABIqwEAoKsBABAgDABoIAwAwCAMAMAEAwAAAAAASKsBAMgOAAAQwgIAaMICADCEAgDo4AEA8MsBAAAAAAAAAAAAAAAAAAAAAAAAAAAAID0DAHg9AwDwywEAAAAAACA9AwB4PQMAUEMDAMBIBgBADQ0AmA0NAPANDQBIDg0AoA4NAPgODQBQDw0AqA8NAGhkBADAZAQAGGUEAHBlBADIZQQAIGYEAHhmBADQZgQAKGcEAIBnBADYZwQAMGgEAIhoBADgaAQAOGkEABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAJA9BADoPQQAQD4EAJg+BADwPgQASD8EAKA/BAD4PwQAUEAEAKhABAAAQQQAWEEEALBBBAAIQgQAeEUEANBFBAAoRgQAgEYEANhGBAAwRwQAiEcEAOBHBAA4SAQAkEgEAOhIBABASQQAmEkEAPBJBABISgQAoEoEAPhKBACwRwIAKEkDAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAkD0EAOg9BABQUQIAmIwAAMgOAABAdQQAmHUEAKgqDwCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAQPwOAJj8DgDw/A4ASP0OAKD9DgD4/Q4AUP4OAKj+DgAA/w4AWP8OAJg+BADwPgQAADwCAFg8AgCwPAIACD0CAEiMDwBAUQUAmFEFAPBRBQBIUgUAoFIFAPhSBQBQUwUAqFMFALgJDABYmQ8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBAIBiAgAAfAoAMJ0BAKjVAgCoKg8AaEgGAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGANBKBgAoSwYAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAJA9BADoPQQAIGgHAHhoBwDQaAcAKGkHAIBpBwDYaQcAUC0DAKgtAwCQtwAAWAAAABiRBAAYawIAyF8RACBgEQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQDIDgAAGGsCAKhmEQAQBAMAICcDAHgnAwDQJwMAKCgDAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAYGQAAcBkAAGjeAAComQAAAJoAAFDxAADwKwMAAGcRAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAJA9BADoPQQAeLIIAJjJCQComQAAyA4AAIjADwBwGQAAeE4BAOjgAQCoXwEAmBUOAEBqBAAQwgIA6OABANi6DQBQ8QAA8CsDAGhIBgAQBAMAaAQDAMAEAwAYBQMAADwCAFg8AgCwPAIACD0CANAiAQBYAAAAsAALAEDWAQBISwAA6OABANi6DQBQ8QAA8CsDAEirAQDozAQAQM0EAFgAAABIQAAAGGsCAEh7EQAwnQEAUFECADhVBwC4dAIA+KgCACD4AwCoOwIAyBMNACAUDQB4FA0A0BQNAEirAQCgqwEA0CQEACglBACwrBAAeLIIAChJAwB4xA0AoMUHAPjFBwBQxgcAqDsCAFB2CABwVQIAmIwAAPioAgCY1gEA8NYBAKg7AgBQwRAAUFECAMDxAQDAigYAsGQHAEhLAACoOwIAADwCAMjaCQAg2wkAwFEDABhSAwAIegsAIBoAAEhAAACoOwIAgGICAMDeAAC4dAIAeB4RANAeEQDYsAkAMLEJAKg7AgBo7g0A+PUCAFD2AgAgHw0AeB8NAJiMAABQUQIASKsBAKg7AgBA1gwAaMcEAMDHBABgBgIAqCoPANAiAQBItwgAGBkAAEhLAACYjAAAMIQCAMDXBgBIxQcAGHQKAChJAwBIqwEA6MwEAEDNBABYAAAASEAAAKg7AgBIqwEA6MwEAEDNBACYzQQA8M0EAEjOBACgzgQA+M4EAFDPBACozwQAANAEAFjQBAAoFQ0AgBUNANgVDQAwFg0AqDsCAEirAQDozAQAQM0EAJjNBADwzQQASM4EAKDOBAD4zgQAUM8EAKjPBAAA0AQAWNAEACgVDQCAFQ0A2BUNADAWDQBAUgEAmFIBANjKDwAwyw8AiMsPAEirAQAg+AMAkLcAAJiUAQBw0QEAOCgAAMjaCQCwRwIAKJQAAEDWAQCY1gEA8NYBAChJAwBIogQAgOYNANjmDQAw5w0AsDMFAAg0BQBgNAUAuDQFABA1BQBoNQUAwDUFABg2BQBAqgwA6JUEAFAtAwCQtwAAmJQBAKDFBwDAAQ8AmEwDAPBMAwBITQMAoE0DAPhNAwBQTgMAMDQDAIg0AwDgNAMAODUDAJA1AwBo7g0ACCMHAECqDACwAAsAyA4AABDCAgCwRwIAQNYBAJjWAQDIDgAAQHUEAJh1BADwoAgAmN4NAEDWAQCoqxAA+PUCABi2CgBwtgoACF4CAGBeAgCQXg8AGPwFAHD8BQComQAAeLIIAEhLAADA1wYAGNgGAHDYBgDI2AYAINkGAHjZBgAoSQMAQEwDADCqBACIqgQA4KoEADirBACQqwQA6KsEAECsBACYrAQA8KwEAJg+BACI5QoA4OUKADjmCgDI2AYAINkGAHjZBgDw5woAoCoLAPgqCwBgPQIAMJ0BAEDWAQCY1gEAgBgBABjxEACoOwIAaEgGAEDWAQCY1gEAUGYGADCEAgDo4AEAaO4NAAgjBwBoSAYAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAJA9BADoPQQAQD4EAJg+BADwPgQASD8EAMDjDQDoHw4AyA4AABDCAgBIqwEAoKsBABAgDABoIAwAwCAMAAB8CgDoHw4AyA4AABDCAgCoOwIAaO4NAIC8EAB4sggAqDsCAECqDACwAAsAQNYBAEhLAAAAAAAAAAAAAAAAAAAYawIAAAAAABhrAgAAAAAAGGsCAAAAAACoOwIAaO4NAIC8EAB4sggAqDsCAECqDACwAAsAQNYBAEhLAAB4uBEAAAAAAKg7AgBo7g0AgLwQAHiyCACoOwIAQKoMALAACwBA1gEASEsAAEirAQCgqwEA0CQEACglBACAJQQA2CUEADAmBACIJgQAkF4PANC4EQD4SwAAgBgBAFgAAACwAAsAyA4AABDCAgCwRwIAQNYBAJjWAQDIDgAAQHUEAJh1BACAGAEAOOIEAGjuDQCoxA8AwEcKABhICgBwSAoAyEgKADhiCgCQYgoASL4CAAhlBwBA1gEAeLIIAKg7AgBo7g0AEIQIAGiECADAhAgAGIUIAOjgAQDYug0AGGsCAKg7AgDQIgEAoMEBAEBqBACozQEACKMBAIidAQCwRwIAqDsCAGjuDQAIIwcAsEcCAGhwCwDQIgEAqDsCAEDWDAAAvwYAWL8GAJjeDQAI2RAACK0QANiwCQDAxBAAGMUQAMgOAACoOwIAUMEQABh0CgAAAAAAAAAAAChJAwBQWQMAcIcLAMiHCwAgiAsAeIgLALgJDACwzRAACM4QAGDOEADYIA0AMCENAIghDQBoSAYAwEgGABhJBgBwSQYAyEkGACBKBgBo/wsAwP8LABgADAAAfAoA6B8OAMgOAAAQwgIA6F4PANi6DQAwuw0AiLsNAOC7DQA4vA0AkLwNAOi8DQBAvQ0AmL0NAJjeDQCABhIAqJkAAJBeDwAoqQ8AqEMOAGhIBgDASAYAGEkGAHBJBgDISQYAIEoGAHhKBgDQSgYAkD0EAOg9BABAPgQAmD4EAIjlCgDg5QoAOOYKAMjYBgAg2QYAqKsQAAC/BgDo4AEAaEgGAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGAMBfAgAYYAIAwNcGABjYBgBw2AYAyNgGACDZBgB42QYAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAChLBgCASwYA2EsGADBMBgCITAYAUHYIAKAfAAD4HwAAUCAAAKggAAAoSQMAQEwDADCqBACIqgQA4KoEADirBACQqwQA6KsEAECsBACYrAQA8KwEAEitBACgrQQA+K0EAFCuBACorgQAAK8EAJg+BACI5QoA4OUKADjmCgCQ5goA6OYKAEDnCgCY5woAwFEDABhSAwAIegsAkEMNAFAjCgAojAoASEsAAOjgAQCQXg8AKKkPAKhDDgDA4w0A6B8OAMgOAAComQAASEsAAGjeAABIxQcAQNYBAHCXAgCoOwIAQNYMAFAwDQCoMA0AKJQAAICUAABA1gEAmNYBAFBmBgCoZgYAAGcGAJiMAABQUQIASKsBAAAAAACoOwIAcJcCAPizDQCInQEA2JkCAChJAwBATAMAMKoEAIiqBADgqgQAOKsEAJCrBADoqwQACF4CAGBeAgBoSAYAEAQDAEjeEQCg3hEA+N4RAEjGDgA4bAMAIA8AANAiAQBItwgAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYAaP8LAMD/CwAYAAwAAHwKACD4AwAAAAAAAAAAAAAAAAAgPQMAeD0DAPDLAQAAAAAAAAAAAAAAAAAAAAAAID0DAHg9AwBQQwMAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAJA9BADoPQQAQD4EACBoBwB4aAcA0GgHAChpBwCAaQcA2GkHANAiAQCI3gUA4N4FADjfBQCQ3wUAeLIIAFBRAgCoOwIA0CIBACgjAQBIaQwAoGkMAPhpDADQIgEAiN4FAODeBQA43wUAkN8FAJC3AADotwAAQLgAAJi4AADwuAAAAFEGAPioAgCoqxAAmIwAABCECADQIgEAiN4FAODeBQA43wUAkN8FAPCgCACY3g0AQNYBAKirEAD49QIAGLYKAHC2CgAIXgIAYF4CAJBeDwAY/AUAcPwFAKiZAAB4sggA0CIBAMj9AQCAlAAAEPkCAGj5AgAQBAMAMIQCAMDXBgBIxQcAGHQKAMgOAACgHwAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAED8DgCY/A4AyIMQAOioBQBAqQUAmKkFAPCpBQBIqgUAoKoFAPiqBQBQqwUAqKsFAACsBQBYrAUAqDsCAEirAQDozAQAiJ0BAHCXAgCoOwIAADwCAFg8AgCwPAIA2MUNADDGDQBo7g0AEIQIAHiyCABA1gEAmNYBAMgOAACozQEAMEcPABD/AAD4ywUA6B8OAMgOAAAQwgIA2GsKADBsCgCIbAoA4GwKADhtCgCQbQoA6G0KAEBuCgCYbgoA8G4KAGjuDQCAvBAAIPgDAKg7AgBQwRAAOCgAAKg7AgCQXg8A0LgRAPhLAABQTAAAWAAAANiwCQCwZAcAMJ0BAJhXDgDI2gkAqJkAAHiyCACoOwIA0CIBAIjeBQDg3gUAON8FAJDfBQDwoAgAwOMNAOgfDgDIDgAAEMICAMDjDQDoHw4AyA4AABDCAgCoOwIAAHwKACD4AwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACBNBQB4TQUA6EwKAEBNCgCYTQoA8E0KAEhOCgCgTgoA+E4KAFBPCgCoTwoAAFAKAFhQCgCwUAoACFEKAGBRCgC4UQoAEFIKAJg+BACI5QoA4OUKADjmCgCQ5goA6OYKAEDnCgCY5woAUMEQAKDFBwD4xQcAkBgJAOgYCQBAGQkAmBkJAPAZCQBIGgkAqDsCAJBeDwDA1wYAGNgGAHDYBgB4sggAqDsCAFDBEAAojAoAIPgDAMgOAABAdQQAmHUEAOjMBADAXwIAyA4AAEB1BACYdQQAwF8CAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAQPwOAJj8DgDw/A4ASP0OAKD9DgD4/Q4AUP4OAKj+DgAA/w4AWP8OALD/DgAIAA8AYAAPALgADwAQAQ8AaAEPAJg+BACI5QoA4OUKADjmCgCQ5goA6OYKAEDnCgCY5woAUMEQAKDFBwD4xQcAkBgJAOgYCQBAGQkAmBkJAPAZCQBIGgkAqDsCAJBeDwDA1wYAGNgGAHDYBgB4sggAqDsCAFDBEAAojAoAmD4EAIjlCgDg5QoAOOYKAJDmCgDo5goAQOcKAJjnCgBQwRAAoMUHAPjFBwCQGAkA6BgJAEAZCQCYGQkA8BkJAEgaCQCoOwIAkF4PAMDXBgAY2AYAcNgGAHiyCACoOwIAUMEQACiMCgBA1gEAqKsQAKjVAgCgqwEA+KsBACD4AwDAXwIAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBADjVAQDwMBAAQLwRACiUAACAlAAAeAwBANAMAQAoDQEAgA0BANgNAQAwDgEAiA4BAIC8BQDYvAUAML0FAIi9BQDgvQUAOL4FAJC+BQDovgUAQL8FAJi/BQDQIgEAiN4FAODeBQA43wUAkN8FAAAAAACAGAEAOOIEAGjuDQCoxA8AwEcKABhICgBwSAoAyEgKADhiCgCQYgoASL4CAAhlBwBA1gEAeLIIAKg7AgBo7g0AEIQIAGiECADAhAgAGIUIAOjgAQDYug0AGGsCAKg7AgDQIgEAoMEBAEBqBACozQEACKMBAIidAQCwRwIAqDsCAGjuDQAIIwcAsEcCAGhwCwDQIgEAqDsCAEDWDAAAvwYAWL8GAJjeDQAI2RAACK0QANiwCQDAxBAAGMUQAMgOAACoOwIAUMEQABh0CgAAAAAAGPEQABj8BQBw/AUAyPwFACD9BQB4/QUA0P0FAIAYAQA44gQAaO4NAKjEDwDARwoAGEgKAHBICgDISAoAOGIKAJBiCgBIvgIACGUHAEDWAQB4sggAqDsCAGjuDQAQhAgAaIQIAMCECAAYhQgA6OABANi6DQAYawIAqDsCANAiAQCgwQEAQGoEAKjNAQAIowEAiJ0BALBHAgCoOwIAaO4NAAgjBwCwRwIAaHALANAiAQCoOwIAQNYMAAC/BgBYvwYAmN4NAAjZEAAIrRAA2LAJAMDEEAAYxRAAyA4AAKg7AgBQwRAAGHQKAAAAAADIEw0AIBQNAChJAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAheAgBgXgIAUHYIAKh2CAAAdwgA8HUEAEh2BACgdgQA+HYEAFB3BABIxg4AAAAAAAAAAADIDgAAAAAAAAAAAAAgTQUA2IoHADCLBwAYSQYAcEkGAMhJBgAgSgYAeEoGANBKBgCQPQQA6D0EAEA+BACYPgQAiOUKAODlCgA45goAyNgGACDZBgB42QYAKEkDANCdBAAongQAgJ4EANieBAAwnwQAiJ8EAOCfBAA4oAQAyBwKACAdCgB4HQoA0B0KACgeCgBQdggAIA8AAIjzCQDg8wkAOPQJAJD0CQCoOwIAaO4NADgoAABISwAA6OABANi6DQCQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAIDTAQDY0wEAMNQBAIjUAQDg1AEAKJQAAICUAAAQ+QIA6C0CAKg7AgBQdggAIA8AAIjzCQDg8wkAOPQJAJD0CQAoSQMAmIwAAOgtAgBA1gEAmNYBAEhLAAAY/AUAcPwFAKiZAADIDgAAWAAAANiwCQAwsQkAUPEAAJjWAQAAAAAAKJQAAKiZAADIDgAAEMICAOjgAQDYug0AUPEAAPArAwCAiQsA2IkLADCKCwCoZgYAAGcGAFhnBgCwZwYACGgGAGBoBgC4aAYAEGkGAGhpBgDAaQYAGGoGAHBqBgDIagYAIGsGAHhrBgDQawYAKGwGAIBsBgDYbAYAMG0GAIhtBgDgbQYAOG4GAJBuBgDobgYAQG8GAJhvBgDwbwYASHAGAKBwBgD4cAYAUHEGAKhxBgAAcgYAWHIGALByBgCYjAAA8IwAAPADCQBIBAkAeLIIAKg7AgCQXg8A0LgRAPhLAADQIgEAAFEGAFhRBgCoOwIAOGIKAJBiCgBISwAAGPwFAHD8BQComQAAyA4AAKg7AgBAqgwAAPEPADCxCQCoOwIAOGIKAJBiCgAAAAAAKJQAAKiZAADIDgAAEMICAKg7AgBIqwEA6MwEAGjHBACgwQEAAL8GAFi/BgBo3gAAAHwKADCdAQCQtwAA8AMJAKg7AgBA1gwAUDANAChJAwCQtwAAEAQDACAnAwB4JwMA0CcDACgoAwCQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAIDQRANi6DQBQ8QAA8CsDAIgyAADotwAAQLgAAJi4AADwuAAASLkAAChJAwCQtwAAEAQDACAnAwB4JwMA0CcDACgoAwCQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAIDQRANi6DQBQ8QAA8CsDADhiCgCQYgoA8NYBAEjXAQCg1wEA+NcBAFDYAQCo2AEASKsBAKCrAQAQIAwAaCAMAMAgDAAAfAoA6B8OAMgOAAAQwgIAqJkAAHiyCACAPwoAQGoEAIgyAACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAkD0EAOg9BAAg5AYAeOQGANDkBgAo5QYAgOUGANjlBgAw5gYAiOYGANCdBAAongQAgJ4EANieBAAwnwQAiJ8EAOCfBAA4oAQAkKAEAOigBABAoQQAmKEEAPChBADA8QEAGPIBAHDyAQDI8gEAIPMBAAgwCgBgMAoAuDAKABAxCgBoMQoAwDEKABgyCgBwMgoAyDIKACAzCgB4MwoA0DMKACg0CgCANAoA2DQKADA1CgCINQoA4DUKADg2CgCYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAkD0EAOg9BAAg5AYAeOQGANDkBgAo5QYAgOUGANjlBgAw5gYAiOYGAIBJAwDYSQMAeAwBANAMAQAoDQEAgA0BANgNAQAwDgEAiA4BAIC8BQDYvAUAML0FAIi9BQDgvQUAOL4FAKAfAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAQPwOAJj8DgDw/A4ASP0OAKD9DgD4/Q4AUP4OAKj+DgAA/w4AWP8OALD/DgAIAA8AYAAPALgADwAQAQ8AaAEPAECqDAAAjwsAWI8LALCPCwAIkAsAYJALALiQCwAQkQsAaJELAMCRCwAYkgsAcJILAMiSCwAgkwsAeJMLANCTCwAolAsAgJQLANiUCwAwlQsAiJULAOCVCwA4lgsAwFEDABhSAwAIegsAkEMNAFAjCgAojAoASEsAAOjgAQCQXg8AKKkPAKhDDgDA4w0A6B8OAMgOAABISwAAqDsCAIBiAgDYYgIAuGAQABBhEADIEw0AIBQNAHgUDQDQFA0AQKoMALAACwDIDgAAqM0BAAijAQBQUQIASKsBAKgqDwCQXg8AKKkPAKhDDgBoSAYAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYAaP8LAMD/CwAYAAwAkF4PANC4EQD4SwAAOGIKAJBiCgDw1gEASNcBAKDXAQD41wEAUHYIAKAfAAD4HwAAUCAAAKggAAAAIQAAEP8AANjxDQBoSAYAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAJA9BADoPQQAUFcLAJjWDADw1gwA6KURADhVBwCQVQcA6FUHAEBWBwAYGQAAqDsCAFB2CAD4fhAAUH8QADCEAgAwnQEAaMcEAEi3CABIxQcAKIwKAEhLAADo4AEA2LoNAFDxAADwKwMAiAoRAMDXBgAY2AYAcNgGAMjYBgAg2QYAeNkGAPDnCgBI6AoAoOgKAPjoCgBQ6QoAqOkKAADqCgBY6goAsOoKAAjrCgBg6woAuOsKABDsCgBo7AoAUHYIAKAfAAD4HwAAUCAAAKggAAComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAMBRAwAYUgMACHoLAGB6CwC4egsAEHsLAGh7CwDAewsAADwCAMjaCQAg2wkAeNsJAFDBEABA1gEAqDsCAJjeDQDw3g0AQNYBAJjWAQBIvgIASEsAAFByAgBA1gEAIPgDAKg7AgDwywEAKJQAAICUAAAQ+QIA6C0CAED8DgCY/A4A8PwOAEj9DgCg/Q4A+P0OAFD+DgCo/g4AAP8OAFj/DgCw/w4ACAAPAGAADwC4AA8AEAEPAGgBDwBAeQoASGQKALhnCgAQaAoAaGgKAMBoCgCYPgQAiOUKAODlCgA45goAkOYKAOjmCgBA5woAmOcKAFDBEACgxQcA+MUHAJAYCQDoGAkAQBkJAJgZCQDwGQkASBoJAKg7AgCQXg8AwNcGABjYBgBw2AYAeLIIAKg7AgBQwRAAKIwKANDZBgAo2gYAgNoGANjaBgDAAQ8AGAIPAHACDwDIAg8AIAMPAHgDDwDQAw8AKAQPAIAEDwDYBA8AmD4EAIjlCgDg5QoAOOYKAMjYBgAg2QYA0HcNAKAfAACQuAcAqCoPALBkBwBISwAAwNcGAEjFBwAYdAoASEsAAMDXBgAY2AYAcNgGAMjYBgAg2QYAeNkGANDZBgAo2gYAgNoGANjaBgComQAAAJoAAFDxAADwKwMAYEgCAMDXBgAY2AYAcNgGAMjYBgAg2QYAeNkGANDZBgCgNw4A+DcOAFA4DgCoOA4AADkOAFg5DgCwOQ4AIA8AAIjzCQDg8wkAOPQJAJD0CQBQcgIAoMUHAPjFBwBQxgcAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAoSQMAONAKAACaAABQ8QAA8CsDABgZAABwGQAAEHYJAGh2CQDAdgkAGHcJAHB3CQDIdwkAuHQCAPj1AgBQ9gIAIB8NAHgfDQCYjAAAUFECAEirAQCoOwIAkF4PAMDXBgAY2AYAcNgGAMjYBgAg2QYAeNkGAPDnCgAQJQ4AaEIIAMBCCAAYQwgAcEMIAMhDCAAgRAgAeEQIANBECABo7g0AOCgAAEhLAADo4AEA2LoNAFB2CACgHwAAkLgHAKgqDwCwZAcASEsAAMDXBgBIxQcAGHQKAKg7AgC4CQwAsM0QAAjOEABgzhAAOGwDACB9CwB4fQsA0H0LACh+CwCAfgsA2H4LAPAqBwBIKwcAoCsHAPgrBwBQLAcAqCwHAAAtBwBYLQcAsC0HAAguBwBwRgcAyEYHACBHBwB4RwcA0EcHAChIBwAolAAAQNYBAEDWAQCY1gEAGBkAAEhLAACoOwIAkF4PACipDwCgxQcAsAALAEirAQCgqwEA+KsBACD4AwAoSQMAAAAAAKg7AgCQXg8AmHsCAPB7AgBIfAIASMYOAFB2CAAwHg4AMJ0BAAC/BgCYjAAAUFECAEirAQCoKg8AUHYIAKAfAAD4HwAAUCAAAKggAAAAIQAAkAgHAKg7AgAAPAIAoOoNAPjqDQBQ6w0AkF4PAMDXBgAY2AYAcNgGAMjYBgAg2QYAeNkGAChJAwDAUQMAGFIDAAh6CwBo7g0A+PUCAFD2AgAgHw0AeB8NAJiMAABQUQIASKsBAKgqDwBQdggAoB8AAPgfAABQIAAAqCAAAAAhAADQIgEAAAAAAFgAAACQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAJA9BADoPQQAIOQGALj1DgAQ9g4AaPYOAEDWAQBQIwoAgPYPAMiXAgAAmgAA8MsMAEjMDABA1gEAmNYBAFBmBgCoZgYAAGcGAJiMAABQUQIASKsBAKgqDwComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAICUAAAYGQAAIPgDAChJAwBISwAAkLcAAFgAAACQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAJA9BADoPQQAOCgAAIDpAQDY6QEAMOoBAJC3AACYlAEAcNEBAMjRAQBA1gEAmNYBAAB+AgA40REAyA4AAKAfAAAwdwoAiHcKAOB3CgA4eAoAkHgKAOh4CgB45AYA0OQGACjlBgCA5QYA2OUGADDmBgCI5gYAOGwDACAPAACI8wkA4PMJADj0CQCQ9AkAqDsCALgJDACwzRAACM4QAGDOEADAAQ8AGAIPABiIEgBwiBIAyIgSACCJEgB4iRIA0IkSACiKEgCAihIA2IoSADCLEgAYZQQAcGUEAMhlBAAgZgQAeGYEANBmBAAoZwQAgGcEAMDjDQDoHw4AyA4AAFBRAgA4VQcAkFUHAOhVBwBAVgcAmFYHANB3DQD4dwAA+PUCAFD2AgAgHw0AeB8NAJiMAABQUQIASKsBAJiMAAA4KAAAcJcCAHB9BwDA8QEAyA4AAIgyAACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAkD0EAOg9BAAg5AYAuPUOABD2DgBo9g4AqDsCANAiAQAAUQYAIPgDAKg7AgDIEw0AIBQNAHgUDQDQFA0A6KURAAAPEQBo7g0A+PUCAFD2AgAgHw0AeB8NAJiMAABQUQIASKsBAGhIBgDASAYAQA0NAJgNDQDwDQ0ASA4NAKAODQD4Dg0AUA8NAKgPDQAAEA0AWBANALgJDADIDgAAEMICAGjCAgBQUQIASKsBAOjMBABAagQAcFUCAFi1DQBA1gwAWAAAAPCMAACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAkD0EAOg9BAAg5AYAuPUOABD2DgBo9g4AgEkDANhJAwB4DAEA0AwBACgNAQCADQEA2A0BADAOAQCIDgEA6KURAGgiDwBIxQcASEsAAMgOAAAQwgIAGPwFAOD9DQB4HhEAqDsCAAA8AgBA1gEAUCMKANAiAQCoOwIA8MsBABD/AAAoSQMAQEwDAOi3AABAuAAAmLgAAPC4AABIuQAAoLkAAMDjDQAY5A0AcOQNAMjkDQA4YgoA8MsMAEjMDACoOwIAUMEQACiMCgBISwAAqDsCAFDBEAA4KAAAqDsCAGjuDQD49QIAUPYCACAfDQB4Hw0AmIwAAFBRAgBIqwEAqCoPAOilEQA4VQcAkFUHAOhVBwBAVgcAmFYHANB3DQCoOwIAkF4PACipDwCoQw4AkF4PAJiMAACITgkAcJcCAKg7AgCQXg8AgLwQACD4AwCoOwIAUMEQADgoAACoOwIAkF4PANC4EQD4SwAAUEwAAKhMAAComQAAeLIIAKg7AgDopREAOFUHAJBVBwDoVQcAQFYHAJhWBwBIqwEAmIwAAADZAQAQwgIAwNcGAJC3AADIDgAAoB8AAJiMAAD4qAIAkLcAAPADCQAYawIAyF8RACBgEQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQDIDgAAGGsCAKhmEQAAZxEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAkD0EAOg9BAAg5AYAuPUOABD2DgBo9g4AAAAAAFgAAADYsAkAwMQQAMgOAACgHwAAmIwAAPioAgCQtwAA8AMJAFgAAACIYwIAGGsCAMhfEQAgYBEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAyA4AABhrAgCoZhEAAGcRAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAJA9BADoPQQAIOQGALj1DgAQ9g4AaPYOAEirAQDozAQA+PUCADCdAQCInQEAsEcCAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAkD0EAOg9BADwNAsAoB8AAPgfAABQ8QAA8CsDAChJAwBISwAAGPwFAOD9DQCQpgIAyA4AAFgAAACwAAsAQNYBAEhLAAAoSQMASEsAABj8BQDg/Q0AkKYCAMgOAABYAAAAsAALAEDWAQBISwAAKEkDADjQCgAAmgAAUPEAAPArAwDQnQQAKJ4EAICeBADYngQAMJ8EAIifBADgnwQAaCMLAOisCwBArQsAmK0LAPCtCwBIrgsAoK4LAPiuCwBQrwsAqK8LAACwCwBYsAsAsLALAAixCwBgsQsAuLELABCyCwBosgsAwLILABizCwBwswsAyLMLAMABDwAYAg8AcAIPAMgCDwAgAw8AeAMPANADDwAoBA8AgAQPANgEDwAwBQ8AiAUPAOAFDwA4Bg8AkAYPAOgGDwAYiBIAcIgSAMiIEgAYGQAAgBgBABjxEACoOwIAaEgGAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGAGj/CwDA/wsAGAAMAFB2CACgHwAA+B8AAFAgAACoIAAAOKAEAJCgBADooAQAQKEEAJihBADwoQQAAFQFAFhUBQCwVAUAwF8CABhgAgAY/AUA4P0NAJCmAgDIDgAAWAAAALAACwBA1gEASEsAABhrAgCoZhEAAGcRAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAJA9BADoPQQAIOQGALj1DgAQ9g4AaPYOAMD2DgAY9w4AcPcOAMj3DgAg+A4AePgOAND4DgAo+Q4AgPkOANj5DgC4CQwAsM0QAAjOEABgzhAA+CwDABAEAwBI3hEAoN4RAPjeEQBQ3xEAqN8RAADgEQBY4BEAsOARAJAOBQDoDgUAQA8FAJgPBQDwDwUASBAFAKAQBQD4EAUAUBEFAKgRBQAAEgUAWBIFALASBQAIEwUAYBMFALgTBQAQFAUAaBQFAMAUBQAYFQUAcBUFAMgVBQAgFgUAeBYFANAWBQAoFwUASOgKABAEAwBI3hEAoN4RAPjeEQBQ3xEAqN8RAADgEQBY4BEAsOARAEBMAwAwqgQAiKoEAOCqBAA4qwQAkKsEAOirBABISwAAwNcGABjYBgBw2AYAyNgGACDZBgB42QYA0NkGACjaBgCA2gYA2NoGAMBRAwComQAAaN4AAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAkD0EAOg9BAAg5AYAuPUOABD2DgBo9g4AGHQKAHAZAACQwgsA6MILAJiMAAD49QIAUPYCACAfDQB4Hw0AmIwAAFBRAgBIqwEAqCoPAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAyA4AAPh3AAD49QIAUPYCACAfDQB4Hw0AmIwAAFBRAgBIqwEAqCoPAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAwFEDABhSAwAIegsAaO4NAGDfDgDozAQA+PUCABi2CgDIEw0AIBQNAJDCCwDowgsAyA4AAKg7AgAAPAIAoOoNAPjqDQBQ6w0AqOsNAEDWDACY1gwA8NYMACD4AwB4+AMA0PgDAEDWAQCoOwIAaEgGAOi3AAAolAAAyA4AABDCAgDo4AEAqDsCAMgTDQAgFA0AkMILAOjCCwBo7g0A+PUCAFD2AgAgHw0AeB8NAJiMAABQUQIASKsBAJC3AACQtwAAqDcHAAA4BwBYOAcAsDgHAPDWAQCoOwIAgGICAAB8CgAwnQEAqNUCAKgqDwC4CQwAyA4AABDCAgBowgIAUFECAEirAQDozAQAQGoEAHBVAgAwnQEAiJ0BALBHAgCoOwIAaO4NAAgjBwBoSAYAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAJA9BADoPQQAQD4EAJg+BADwPgQASD8EAKA/BACodggAAHcIAFh3CACwdwgACHgIAGB4CAC4eAgAEHkIAJBeDwCQtwAAWAAAAAAAAAAwnQEAWAAAAKg7AgBoSAYAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAJA9BADoPQQAQD4EAJg+BADwPgQASD8EAJBeDwDQuBEA+EsAAMDjDQDoHw4AyA4AABDCAgCQXg8AwNcGABjYBgBw2AYAyNgGACDZBgB42QYA8OcKAKAqCwD4KgsAYD0CADCdAQBA1gEAmNYBAFDBEACgxQcA+MUHAFDGBwCoOwIAkF4PAJC3AABYAAAAqDsCAGhIBgDASAYAGEkGAHBJBgDISQYAIEoGAHhKBgDQSgYAkD0EAOg9BABAPgQAgGICADCdAQAAvwYAoEsAAKg7AgDA4w0A6B8OAMgOAAAQwgIAqDsCAEhLAACQtwAAWAAAAKg7AgBAqgwAQFIBAJhSAQD49QIAMJ0BAHiyCACwrBAAAJoAAChJAwBIogQAgOYNANjmDQAw5w0A+CwDAPBnBQDwlAEASJUBAAAAAADoLQIAAAAAAAAAAAAAAAAAmIwAADgoAADIDgAAQHUEAJh1BADwoAgASKEIAKChCAD4oQgAUKIIAKiiCAAAowgAWKMIAHi4EQBYTwMAkLcAAFgAAACoOwIAQKoMAEBSAQCYUgEA+PUCADCdAQB4sggAsKwQAACaAAAoSQMASKIEAIDmDQDY5g0AMOcNAPgsAwDwZwUA8JQBAEiVAQAAAAAA6C0CAAAAAAAAAAAAAAAAAJiMAAA4KAAAeLIIANCyCAB4HhEASEsAAMDXBgD49QIAGLYKAFB2CACgHwAA+B8AAFAgAACoIAAAACEAAFghAABAMwQAmDMEAPAzBAAolAAAgJQAAHgMAQD49QIAUPYCACAfDQB4Hw0AmIwAAFBRAgBIqwEAqCoPAFDBEABA1gEAqDsCAJjeDQDI1g4AINcOAHjXDgDQ1w4AKNgOAIDYDgDY2A4AMNkOAIjZDgDg2Q4AONoOAJDaDgB4sggAyA4AAKg7AgBQdggAoB8AAPgfAABQIAAAqCAAAAAhAABYIQAAQDMEAJgzBADwMwQAKJQAAICUAAB4DAEA+PUCAFD2AgAgHw0AeB8NAJiMAABQUQIASKsBAKgqDwBQwRAAQNYBAKg7AgCY3g0AyNYOACDXDgB41w4A0NcOACjYDgCA2A4A2NgOADDZDgCI2Q4A4NkOADjaDgCQ2g4AqDsCAFB2CACgHwAA+B8AAFAgAACoIAAAACEAAFghAABAMwQAmDMEAPAzBAAolAAAgJQAAHgMAQD49QIAUPYCACAfDQB4Hw0AmIwAAFBRAgBIqwEAqCoPAFDBEABA1gEAqDsCAJjeDQDI1g4AINcOAHjXDgDQ1w4AKNgOAIDYDgDY2A4AMNkOAIjZDgDg2Q4AONoOAJDaDgB4uBEA0J0EAMjaCQAg2wkAeNsJAMgTDQAgFA0AeBQNANAUDQAoFQ0AgBUNANgVDQAwFg0AAAAAAJiMAACITgkA4E4JAOjMBAAoSQMAQNYBAKirEACInQEAsEcCAGhwCwAAmgAAUPEAAPArAwComQAA0CIBAJC3AAAQBAMA8IwAAPADCQBIBAkAyA4AAKAfAAD4HwAAUCAAAKggAAAAIQAAmNYBAACaAABQ8QAA8CsDAMDxAQDIDgAAKEkDADhsAwAgfQsAeH0LANB9CwAofgsAgH4LANh+CwBIxg4AQEwDADCqBACIqgQA4KoEADirBACQqwQA6KsEAGj/CwDA/wsAIOMKAHjjCgDQ4woAyNgGACDZBgB42QYA8OcKAJBeDwAoqQ8AeLIIALCsEACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAWE8DANC4EQD4SwAAiAUEAOAFBAA4BgQAkAYEAOgGBABABwQAmAcEAPAHBABo7g0A+PUCAFD2AgAgHw0AeB8NAJiMAABQUQIASKsBAKgqDwBoSAYAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAJA9BADoPQQAQD4EAGjuDQAwhAIAEE4PANC4EQAwnQEAQGoEAJhqBADQIgEAKCMBANAiAQBItwgAGBkAAADUCgBY1AoAsNQKANjFDQAwxg0A0CIBAABRBgD4qAIAcJcCAMiXAgB4sggAqDsCAJjeDQAI2RAAmIwAABjkDQBw5A0AyOQNACDlDQB45Q0A0OUNACjmDQAIqA4AgLwQAHiyCACoOwIAQNYMAFAwDQCoMA0AAOwNAPDeDQBAagQA+HcAAFBRAgBIqwEAqCoPAHiyCACoOwIAKJQAAICUAABISwAAwNcGAKjVAgCoOwIAkF4PAMDXBgAY2AYAcNgGAHiyCACoOwIAOGIKAJBiCgBISwAAGPwFAEirAQDozAQAQM0EADidBQCQtwAAGGsCAKhmEQAAZxEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAkD0EAOg9BAAg5AYAuPUOABD2DgBo9g4ASHsRAKAfAAD4HwAAUCAAAKggAAAAIQAAeLIIALCsEACYjAAAEIQIAChJAwCYyQkAaN4AABgZAAAoSQMAAHwKAOgfDgDIDgAAEMICAEirAQCgqwEAUNALAKjQCwAA0QsAWNELANiwCQAwsQkAUPEAAPArAwB4xA0AoMUHAPjFBwBQxgcAqDsCACiUAACAlAAAEPkCAOgtAgCoOwIAUHYIACAPAACI8wkA4PMJADj0CQBQdggA+H4QAFB/EAAwhAIAKJQAAMgOAACoOwIAAHwKAFi1DQCwZAcAcJcCAMiXAgB4sggAmMkJAKDFBwD4xQcAkBgJAOgYCQBAGQkAmBkJAPAZCQBIGgkAoBoJAPgaCQBQGwkAqBsJAAAcCQBYHAkAsBwJAAgdCQBgHQkAuB0JABAeCQBoHgkAwB4JABgfCQBwHwkASDAJAKAwCQD4MAkAUDEJAHiyCACoOwIAUMEQACiMCgBISwAAqDsCAIBiAgDYYgIAIB8NAAC/BgDA1wYAiJ0BALBHAgCoOwIAADwCAKDqDQBA1gEAqDsCAFDBEACgxQcA+MUHAJAYCQDoGAkAQBkJAJgZCQDwGQkAMLEJALh0AgAwhAIAwNcGAEjFBwAYdAoASEsAAMDXBgAY2AYAcNgGAMjYBgAg2QYAeNkGANDZBgCgNw4A+DcOAFA4DgCoOA4AADkOAFg5DgCwOQ4A2FQDAMj9AQBISwAAmIwAADCEAgDo4AEAUMEQAKDFBwD4xQcAkBgJAOgYCQBAGQkAmBkJAPAZCQBIGgkAqDsCAJBeDwDA1wYAGNgGAHDYBgB4sggAqDsCAFDBEAAojAoASEsAAAheAgAolAAAgJQAAHgMAQDQDAEAKA0BAIANAQDYDQEAMA4BAIgOAQDQIgEAKCMBAEhpDACAPwoAkK4OACD4AwCoOwIAaEgGAMBIBgBADQ0AgJQAAEhLAADo4AEAWE8DAMDXBgAY2AYAcNgGAMjYBgAg2QYAeNkGAPDnCgCAYgIA2GICACAfDQAAvwYAwNcGAIidAQCwRwIAqDsCAAA8AgCg6g0AQNYBAKg7AgD49QIAUPYCAKj2AgAA9wIAAHwKAOgfDgDIDgAAEMICAGjCAgD49QIAUPYCACAfDQB4Hw0AmIwAAFBRAgBIqwEAaEIIAAAAAABIqwEAKEkDAMBRAwAYUgMACHoLAMDjDQDoHw4AyA4AABDCAgDIDgAAqDsCAGjuDQD49QIAUPYCACAfDQB4Hw0AmIwAAFBRAgBIqwEAqCoPAEDWDACY1gwA8NYMAADkDABY5AwAsOQMAECqDACwAAsACAELAIBJAwDYSQMAeAwBANAMAQAoDQEAgA0BANgNAQAwDgEAiA4BAIC8BQBA1gEAmNYBAFBmBgAwhAIA6OABAFB2CACgHwAAyA4AAKjNAQAIowEASMUHAEirAQBIqwEAqDsCAMDjDQDoHw4AyA4AABDCAgAQ/wAA2PENACBNBQCQXg8AGPwFAHD8BQComQAAeLIIAKg7AgAAPAIAoOoNAEDWAQCoOwIAAAAAACiUAAComQAAAJoAACD4AwCoOwIAADwCAFg8AgCwPAIACD0CABgZAABwGQAAkMILAOjCCwDIDgAAOCgAAIDpAQDY6QEAMOoBALCsEACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAQPwOAJj8DgBADQ0AmA0NAPANDQBIDg0AoA4NAPgODQBQDw0AqA8NADhiCgCQYgoAUGYGAKhmBgAAZwYAqDsCAGjuDQCAvBAAIPgDAKg7AgBoSAYAwEgGABhJBgD4RxAAUEgQAPCMAADARwoAqDsCAECqDACwAAsAMJ0BAIidAQAwhAIAyA4AAChJAwDAUQMAGFIDAAh6CwBgegsAoB8AAPgfAABQIAAAqCAAAAAhAACQCAcAqDsCAGjuDQD49QIAUPYCACAfDQB4Hw0AmIwAAFBRAgBIqwEAqCoPAAA8AgCg6g0AQNYBAKg7AgBoSAYAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAJA9BADIDgAAoB8AAPgfAABQIAAAqCAAAAAhAACQCAcA6AgHAPgfAABQ8QAA8CsDAKAfAAD4HwAAUPEAAPArAwDAAQ8AGAIPAHACDwDIAg8AIAMPAHgDDwDQAw8AKAQPAIAEDwDYBA8AwF8CAEDWAQCY1gEAAH4CADjREQDIDgAAoB8AAABEDgDIgQIAsGkJAAhqCQCoOwIAUHYIAKAfAAD4HwAAUCAAAKggAACQtwAAcJcCAAB8CgDoHw4AKIwKAMgOAACgHwAA6HoNABiBDQBA1gEAqKsQAPj1AgAYtgoAcLYKABhrAgDIXxEAAJoAAFDxAADwKwMAGGsCABgZAAComQAASEsAAGjeAABIxQcAQNYBAHCXAgDIlwIAAJoAAFDxAADwKwMAwAEPABgCDwDwlAEASJUBAAgFEQAAAAAAAAAAAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAKEkDAEBMAwAwqgQAiKoEAOCqBAA4qwQAkKsEAOirBABArAQAmKwEAPCsBABIrQQAoK0EAPitBABQrgQAqK4EAACvBACQXg8A0LgRAPhLAAC4CQwAEAoMAHiyCABYAAAAsAALADCdAQCInQEAQNsDAKg7AgAolAAAQNYBAEirAQAoSQMAoAkAAAB8CgBYfAoAsHwKAGhIBgDASAYAGEkGAHBJBgDISQYAIEoGAHhKBgBo/wsAwP8LABgADACQXg8A0LgRAPhLAABAEgQAyNYOAPDJCQBIygkAoMoJAPjKCQC4DwoAmN4NANCyCAComQAA0CIBACgjAQBAEgQAyNYOAPDJCQBIygkAoMoJAPjKCQC4DwoAmN4NANCyCAComQAA0CIBACgjAQCAIwEAqDsCADhiCgDwywwASMwMAGALDwC4Cw8AEAwPAGgMDwComQAAAJoAANAiAQCgwQEAQGoEAKjNAQAIowEASMUHABh0CgCoOwIAmN4NAAjZEAAYGQAAgMIDAKiZAAB4sggAqDsCAIBiAgAAfAoAMJ0BAKjVAgCoKg8AkF4PABj8BQAg+AMAMJ0BAIidAQCwRwIAqDsCAJBeDwAoqQ8AqEMOAGhIBgDASAYAGEkGAHBJBgDISQYAIEoGAHhKBgBo/wsAwP8LABgADACQXg8A0LgRAPhLAABAEgQAyNYOAPDJCQBIygkAoMoJAPjKCQC4DwoAmN4NANCyCAComQAA0CIBACgjAQCY3g0AgAYSANgGEgAwBxIAiAcSAOAHEgA4CBIAaEgGAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGAFCUCQBIxQcAaEIIAHCXAgDIlwIAAJoAAJjWAQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEASKIEAIDmDQDY5g0AMOcNAIhgDgAAfAoAMJ0BAKjVAgCoKg8AADwCAJAoAABISwAAkLcAAPADCQAwnQEAiJ0BALBHAgCoOwIAUHYIAKAfAAD4HwAAUCAAAKggAAAAIQAAWCEAAGjuDQB4HhEAMJ0BAKg7AgD49QIAGLYKAHC2CgDQdw0ACKMBAEjFBwAYdAoAKEkDADCdAQCo1QIAqCoPABgZAABwGQAAeE4BADgoAACg6g0A+OoNAFDrDQCo6w0AAAIDAACaAABQ8QAA8CsDAPDLAQDIlQoAIJYKAHiWCgDQlgoAKJcKAICXCgAAAAAAID0DAHg9AwDIEw0AIBQNAMgZAACQPwcA6D8HACjLCwCAywsA2MsLAAA8AgDI2gkAINsJAHjbCQBQwRAAQNYBAKg7AgCY3g0A8N4NAEDWAQCY1gEASL4CAEhLAABQcgIAQNYBALgJDAAQCgwAaAoMAMAKDAAYCwwAAAAAAPj1AgBQ9gIA+KgCAAAAAABA1gEA8MsMAEjMDAAAAAAAeLIIAJjJCQDwyQkASMoJAKDKCQD4ygkACPkJAGD5CQC4+QkAEPoJAGhCCABwlwIAyJcCAEhLAAAYGQAAcBkAAHhOAQA4KAAAoOoNAPjqDQBQ6w0AqOsNAAACAwAAmgAAUPEAAPArAwAYawIASHsRACAPAACI8wkAKBUNAMjaCQBgxg8A2JkCAKg7AgBo7g0ACCMHAPj1AgBQ9gIAqPYCAOjMBAB4sggAqDsCAJjeDQDI1g4A8MkJAEjKCQCgygkA+MoJALgPCgC4CQwAEAoMAPj1AgAwnQEAQNYBAFAjCgAYdAoA0CIBAEi3CAAYGQAAgGICAEjFBwBA1gEAcJcCAPizDQCInQEAsEcCAKg7AgBoSAYAwEgGABhJBgD4RxAAUEgQAKhIEAAASRAAWEkQALBJEACoOwIAOGIKAPDLDABIzAwAoMwMAPjMDABQzQwAqM0MAJARDwDoEQ8AGPwFAOD9DQAwhAIA6OABALBHAgCoOwIAQNYMAFAwDQCoMA0AuAkMADCdAQAAvwYAoEsAAPhLAACIBQQAqDsCAMgTDQAgFA0AeBQNANAUDQA4YgoA8MsMAEjMDABgCw8AuAsPABAMDwBoDA8AwAwPAFDBEABA1gEAqDsCANAiAQCgwQEAQGoEAIgyAACYlAEAcNEBADgoAADI2gkAsEcCACiUAABA1gEAmNYBAEDWAQCY1gEAUGYGADCEAgDo4AEAmN4NAMjWDgDwyQkASMoJAKDKCQD4ygkAuA8KAECqDABAUgEAmFIBAPj1AgAwnQEAeLIIALCsEABIxQcASMUHAEhLAABIqwEAqCoPAMgOAACozQEAqDsCAJjeDQDI1g4A8MkJAEjKCQCgygkA+MoJALgPCgDIEw0AIBQNAHgUDQDQFA0AKBUNAIAVDQDYFQ0AMBYNAJjeDQDI1g4A8MkJAEjKCQCgygkA+MoJALgPCgC4CQwAEAoMAHiyCABYAAAAsAALADCdAQCInQEAGBkAAKiZAABISwAAGGsCAKhmEQAAZxEAcNEBAMjRAQAg0gEAeNIBANDSAQAgNBEAeDQRANA0EQAoNREAgDURANg1EQAwNhEAiDYRAED8DgCY/A4A8PwOAEj9DgCg/Q4A+P0OAFD+DgCo/g4AAP8OAFj/DgCw/w4ACAAPAGAADwC4AA8AEAEPAGgBDwCwZAcACGUHAGBlBwC4ZQcAEGYHAGhmBwDAZgcAGGcHAHBnBwDIZwcAMJ0BAJiMAACITgkAqDsCAJBeDwCQtwAAWAAAAChJAwCoOwIA8DAQAEC8EQBoSAYAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYAEP8AAAAAAAAgTQUAaLkQAKDqDQBA1gEASEsAAMDXBgD49QIAGLYKAJC4BwAg+AMAqDsCADhiCgCQYgoA6GIKAEBjCgCYYwoA8GMKAKg7AgBA1gwAQEwDADCqBACIqgQA4KoEADirBACQqwQA6KsEAECsBACYrAQA8KwEAEitBACgrQQA+K0EAFCuBACorgQAAK8EAEiiBACwZAcACGUHAGBlBwC4ZQcAEGYHAGhmBwDAZgcAGGcHAHBnBwDIZwcAwFEDABhSAwAwJQgA8DAQAKiZAACoXwEAmBUOAEBqBAAQwgIAwNcGAIidAQCwRwIAqDsCAJjeDQDI1g4A0CIBAABRBgAgHw0AUJQJAKiUCQAAlQkAWJUJALCVCQAIlgkAYJYJALiWCQAQlwkAaJcJAMCXCQAYmAkAcJgJAMiYCQAgmQkAeJkJANCZCQBA1gEAmNYBAAB+AgA40REAyA4AAKAfAADwywEASEsAAJC3AABYAAAAKEkDAAAAAABIqwEAyA4AAChJAwAAAAAAKJQAAICUAAAQ+QIA6C0CAChJAwAAAAAAUFECAEirAQCoKg8AkF4PACipDwCoQw4AaEgGAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGAGj/CwDA/wsAGAAMAJBeDwCQtwAAWAAAAChJAwAAAAAASKsBAMgOAAAoSQMAAAAAAFB2CACozQEAAM4BAChJAwAAAAAAGBkAABgZAAComQAAsGQHAEhLAADA1wYASMUHABh0CgCoOwIAOGIKAJBiCgDoYgoAQGMKAJhjCgDwYwoAQEIKAEhLAADA1wYAGNgGAHDYBgB4sggAmMkJACiMCgAAAAAASEsAAEhLAABYAAAAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCQPQQA6D0EAOhKEgCwAAsACAELAGABCwAQ/wAA+MsFAOgfDgDIDgAAEMICADBHDwA4YgoAkGIKAFBmBgCoZgYAAGcGAKg7AgCY3g0A0LIIAFBFEQCoRREAUFECAJiMAAAA2QEAoB8AAFB2CACgHwAA+B8AAFAgAACoIAAAACEAAFghAABo7g0AMIQCACiUAABIqwEAeLIIAKg7AgDIEw0AIBQNAHgUDQDQFA0AaEgGAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGAGj/CwDA/wsAGAAMAEDWAQCY1gEAAH4CADjREQDIDgAAoB8AALCsEAAAmgAAUPEAAPArAwComQAAAJoAAFDxAABoywoAwMsKAMgZAAAAAAAAAAAAAAAAAAAgPQMAeD0DAFBDAwDASAYAGEkGAHBJBgDISQYAIEoGAHhKBgDQSgYAkD0EAOg9BABAPgQAIGgHAHhoBwDQaAcAKGkHAIBpBwDYaQcAAAAAAAAAAAAgPQMAeD0DAFBDAwDASAYAGEkGAHBJBgDISQYAIEoGAHhKBgDQSgYAkD0EAOg9BABAPgQAIGgHAHhoBwDQaAcAKGkHAIBpBwDYaQcAaN4AADCdAQCInQEAqJkAAACaAABQ8QAA8CsDAAAAAAAAAAAAAAAAAAAAAAAAAAAASMUHAMgOAACoOwIAuAkMALDNEAAIzhAAYM4QAAAAAAAAAAAAAAAAAOjgAQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBAAAAAAAAAAAAAAAAAKhfAQCYFQ4ASMUHABh0CgCoOwIAOGIKAJBiCgDoYgoAQGMKAJhjCgAAAAAAqJkAAACaAABQUQIAMJ0BAIidAQDYmQIAgAYSAICUAACwRwIAyA4AAPh3AABAzgAAOCgAAFBRAgCYjAAAQM4AAKg7AgBo7g0AUFECALBHAgBocAsAkLgHAKgqDwAAfAoAGBkAAKiZAACoXwEAmBUOAAAAAAAYGQAAqDsCADhiCgCQYgoAAHwKACiUAADIDgAA+HcAABCECADIDgAAqM0BAAijAQBIxQcAGHQKAKiZAAA4YgoAqKsQAJhXDgDI2gkAKJQAAEhLAACYjAAAMIQCAAAAAABIxQcAqDsCADhiCgCQYgoASL4CAKC+AgDIDgAA+HcAABCECAAYGQAAcBkAAChJAwA40AoAkNAKAOjQCgBA0QoAmNEKAPDRCgBI0goAoNIKAPjSCgBQ0woAqNMKAKiZAACwZAcACGUHAGBlBwC4ZQcAEGYHAGhmBwDAZgcAGGcHAHBnBwDIZwcAADwCAFg8AgCwPAIACD0CAIjqAQBATAMAMKoEAIiqBADgqgQAOKsEAJCrBADoqwQAQKwEAJisBADwrAQASK0EAKCtBAD4rQQAUK4EAKiuBAAArwQAADwCAFg8AgCwPAIACD0CAIjqAQBATAMAMKoEAIiqBADgqgQAOKsEAJCrBADoqwQAQKwEAJisBADwrAQASK0EAKCtBAD4rQQAUK4EAKiuBAAArwQAqDsCAJBeDwDA1wYAGNgGAHDYBgB4sggAqDsCAFDBEAAojAoAwNcGABjYBgBw2AYAeLIIAKg7AgBQwRAAKIwKAKg7AgBoSAYAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAChLBgCASwYA2EsGADBMBgCITAYASHsRACAPAACI8wkA4PMJADj0CQCQ9AkASEsAAMDXBgAY2AYAcNgGAMjYBgAg2QYAeNkGANDZBgCgNw4A+DcOAFA4DgCoOA4AADkOAFg5DgCwOQ4AmD4EAIjlCgDg5QoAOOYKAJDmCgDo5goAQOcKAJjnCgDAUQMAGFIDAAh6CwBgegsAuHoLABB7CwBoewsAwHsLAAA8AgDI2gkAINsJAHjbCQBQwRAAQNYBAKg7AgCY3g0A8N4NAEDWAQCY1gEASL4CAEhLAABQcgIAQNYBAMiBAgCITgkAqCoPAACaAABQ8QAA8CsDAEjFBwBIxQcASKsBAKg7AgCQXg8AwNcGABjYBgBw2AYAeLIIAKg7AgBQwRAAKIwKAEhLAACoOwIAgGICAAB8CgAwnQEAqNUCAKgqDwCAYgIA2GICACAfDQAAvwYAwNcGAIidAQCwRwIAqDsCAAA8AgCg6g0AQNYBAKg7AgBo7g0AgLwQANi8EABQwRAAoMUHAPjFBwBQxgcAqDsCAGhIBgDASAYAGEkGAHBJBgDISQYAIEoGAHhKBgDQSgYAkD0EAKgqDwAAmgAAUPEAAPArAwCIChEAwNcGABjYBgBw2AYAyNgGACDZBgB42QYAwBgLABgZCwBwGQsAyBkLACAaCwB4GgsA0BoLACgbCwCAGwsA2BsLADAcCwAQ/wAAaN4AAFhdAgAgHw0AAL8GALhIAgBA1gEAmNYBAFBmBgAwhAIA6OABAKjEDwAAAAAAKJQAADCdAQBA1gEAmNYBAMDxAQB4sggAUFECAJC3AACoOwIAaEgGAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGANBKBgCQPQQA4CENAFBRAgBISwAAmIwAACAfDQCInQEAqDsCAMDxAQB4sggAUFECAJC3AACoOwIAaEgGAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGANBKBgCQPQQAuAkMAFiZDwAAYAEAWGABAMAlDgAYJg4AcCYOAMgmDgAgJw4AgGICAAB8CgBYtQ0AGBkAAKg7AgCQXg8AGPwFACD4AwAwnQEAiJ0BALBHAgCoOwIAkF4PACipDwCoQw4AaEgGAMBIBgAYSQYAcEkGAMhJBgAgSgYAyA4AAKg7AgBoSAYAwEgGAEANDQCYDQ0A8A0NAEgODQCgDg0A+A4NAFAPDQCoDw0AABANAFgQDQBo7g0AqMQPAAAAAAAolAAAMJ0BAEDWAQCY1gEA8NYBAKg7AgAAPAIAQNYBAFAjCgDQIgEAqDsCAJBeDwDQuBEA+EsAACiUAACAlAAAqAEDAAACAwAAmgAASKsBACD4AwAwnQEAiJ0BALBHAgCoOwIAmN4NANCyCABQRREAqEURAFBRAgCYjAAAANkBAKAfAACA4w4AqMQPAAAAAAAolAAAMJ0BAEDWAQCY1gEAaO4NAAgjBwA4YgoAkGIKAMgOAAAgDwAAKIwKAEDWAQCQtwAAqJkAAAA8AgBA1gEAUCMKANAiAQCoOwIAQNYMAAC/BgDIDgAAqDsCAECqDABAUgEAqKsQAGjHBAAAUQYA+KgCACD4AwCoOwIAADwCAFg8AgDwjAAAwEcKAFByAgBA1gEAIPgDAKg7AgBQwRAAQNYBAKg7AgBQdggAIA8AACiMCgBA1gEAkLcAAEDWDABQMA0AqDANAMgTDQAgFA0AeBQNANAUDQCA4w4A2OMOADDkDgCI5A4A4OQOADjlDgCQ5Q4A6OUOAAheAgBgXgIAOGIKAJBiCgAAAAAAKJQAAKiZAADIDgAAEMICAKg7AgCQXg8AwNcGABjYBgBw2AYAeLIIAKg7AgBQwRAAKIwKAEhLAACoOwIAaO4NADgoAABISwAA6OABANi6DQAYGQAAqJkAAKhfAQAoSQMAWE8DAMDXBgAY2AYAcNgGAMjYBgAg2QYAeNkGAPDnCgBo7g0AqMQPAAAAAAAolAAAMJ0BAEDWAQCoqxAAiJ0BALBHAgCoOwIAaO4NAAgjBwBoSAYAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAJA9BAComQAASEsAAJiMAAAQhAgAeLIIAEDWAQCoqxAAiJ0BADgoAACg6g0AqDsCALgJDAAQCgwAaAoMAHhOAQA4KAAAoOoNAPjqDQBQ6w0AqOsNAJiMAAAgHw0AwF8CAJiMAABABw8AILQLAHi0CwCInQEAyBkAAJA/BwDoPwcAKMsLAIDLCwDYywsAMMwLAIjMCwDgzAsAoB8AAPgfAABQIAAAqCAAAAAhAABYIQAA0CIBAKDBAQBAagQAUFECAAAPEQAAfAoAmIwAAPj1AgAwnQEAiJ0BAOheDwCYuAsA8LgLAEi5CwCguQsA+LkLAFC6CwCougsAALsLAFi7CwCwuwsACLwLAGC8CwC4vAsA8N4NANg/CgAwQAoAiEAKACiUAAB4sggAOGIKAJBiCgBQZgYAEIQIAKg7AgAolAAAeLIIAAAAAABIxQcAqDsCAJBeDwDA1wYAGNgGAHDYBgDI2AYAINkGAAB8CgBYAAAAwF8CABgZAAComQAASEsAAGjeAABIxQcAQNYBAHCXAgDAXwIAsEcCAGhwCwDAcAsAGHELAHBxCwDIcQsAIHILAJjWAQDIDgAAqM0BAKAfAADIDgAAKEkDALBHAgBocAsAwHALABhxCwBwcQsAyHELACByCwB4cgsA0HILAChzCwCAcwsA2HMLAAA8AgCg6g0AQNYBAFDBEABA1gEAqDsCAFB2CACgHwAA+B8AAFAgAAAwnQEAkLcAAKiZAADIEw0AIBQNAHgUDQDQFA0AcJcCABBlCwBwGQAAaN4AAAB8CgDoHw4AyA4AABDCAgDo4AEAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAEBABwCYQAcA8EAHAEhBBwCgQQcA+EEHAGjuDQAQhAgAeLIIAEDWAQCY1gEAyA4AAKjNAQCoOwIAADwCAKDqDQD46g0AUOsNADgiDQCQIg0A6CINAEAjDQCQXg8AkLcAAFgAAACoOwIAaEgGAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGANBKBgCQPQQA6D0EAEA+BACYPgQA8D4EAJiMAAAgHw0AqJkAAACaAABQ8QAA8CsDAPDLAQDIlQoAIJYKAHiWCgDQlgoAKJcKAICXCgDQIgEAWAAAALAACwBA1gEAuHQCAPioAgAg+AMAqDsCAAA8AgBYPAIAsDwCANjFDQAwxg0AQNYMAJjWDADw1gwAyBMNAMiBAgAgggIAeIICADhiCgCQYgoAyA4AACAPAABIqwEAKJQAAEhLAADA1wYASMUHAHiyCACwrBAAGBkAAMiBAgAgggIAeIICAMgTDQAgFA0AQNYBAKg7AgBQdggAoB8AAPgfAABQIAAAGBkAAMiBAgAgggIAeIICAECqDABAUgEAmFIBAPj1AgAwnQEAeLIIALCsEACQtwAA8AMJAKg7AgDA4w0A6B8OAMgOAAAQwgIAqDsCAEDWDABQMA0AqDANAHCXAgAQZQsAcBkAAGjeAABIxQcAgPYPACiUAABYAAAAqDsCAAA8AgBYPAIAsDwCANjFDQAwxg0ACD0CAIDCAwBIxQcAGGsCAKhmEQDwAwkAmIwAAIC8EAAYGQAAqJkAAJC4BwDIDgAAGGsCALhzEQAQdBEAQNYBAJjWAQDIDgAAIA8AAEirAQD49QIAGLYKAHiyCADQsggAEIQIAHiyCABA1gEAmNYBAMgOAACozQEAoB8AAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAoSQMAwFEDAMiBAgAgggIAeIICAGicCwDAnAsAGJ0LAHCdCwDInQsAIJ4LAHieCwDQngsAKJ8LAICfCwDYnwsAMKALAIigCwDgoAsAOKELAJChCwDooQsAQKILAKg7AgDY8Q0AIA8AAIjzCQDg8wkAOPQJAJD0CQAwrgoAgOwLANjsCwAw7QsA2LoNAFDxAADwKwMAuAkMAMgOAAAQwgIAaMICAFBRAgBIqwEA6MwEAEBqBABwVQIAqDsCAGjuDQAIIwcAyBMNAKiZAABo3gAAqDsCAGhIBgDASAYAGEkGAHBJBgDISQYAIEoGAHhKBgDQSgYAkD0EAChJAwDwywEAyJUKACCWCgB4lgoA0JYKACiXCgCAlwoA2JcKADCYCgBonwoAAAAAAAAAAAAAAAAAoKYKAPimCgBQpwoAqKcKAACoCgBYqAoAsKgKAAipCgAAAAAAAAAAAGCpCgC4qQoAEKoKADjVAQCQ1QEA6NUBAAA8AgCg6g0A+OoNAFDrDQAoSQMASKIEAKCiBAC4exIAEHwSAGh8EgDAfBIAmIwAAFBRAgBIqwEAqCoPAAA8AgDI2gkAINsJAHjbCQDIEw0AIBQNAHgUDQDQFA0AKBUNAIAVDQDYFQ0AMBYNAKiZAAAYGQAAcBkAAKiZAAAYGQAAGBkAAHAZAAComQAAGBkAAEhLAAAoSQMAwFEDABhSAwAIegsAYHoLALh6CwAQewsAaHsLAMB7CwAAPAIAyNoJACDbCQB42wkAUMEQAEDWAQCoOwIAmN4NAPDeDQBA1gEAmNYBAEi+AgBISwAAUHICAEDWAQAg+AMAqDsCAPAwEAAoSQMAAAAAAKg7AgDopREAqFECADgoAAA4KAAAkCgAAACaAACoqxAAiJ0BALBHAgCoOwIAkF4PAMDXBgAY2AYAcNgGAHiyCACoOwIAUMEQACiMCgBISwAAqDsCAGjuDQA4KAAASEsAAOjgAQDYug0AaEIIABAEAwBoBAMAKEkDAGjuDQBg3w4A4E4JADhPCQDopREAOFUHAJBVBwDoVQcAQFYHAJhWBwBQhAcAaEgGAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGANBKBgCQPQQA6D0EAPA0CwBINQsAaO4NAMDuDQAY7w0AcO8NAMjWDgBo3gAAeE0FAGjuDQDA7g0AUKkCAKipAgAAqgIAWKoCALCqAgAIqwIAqDsCADCqDwAAAAAAqDsCAOAdEgCQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAJA9BADoPQQAIE0FANAiAQDI/QEAyA4AABDCAgCoOwIA6KURAAAPEQBQwRAAOCgAAKg7AgCQXg8AmHsCAPB7AgBIfAIAILsQAFiZDwBgPQIAuD0CABA+AgBoPgIAyA4AAKg7AgBAqgwAmKoMAPioAgC4dAIAYE8HAEi3CABISwAA6OABANi6DQCoOwIAAAAAAKg7AgCQXg8AKKkPAKhDDgDopREAAA8RADhiCgCQYgoAyA4AACAPAAAojAoAQNYBAJC3AAComQAACF4CAGBeAgCAlgMAaCIPAEjFBwBIqwEAqDsCALBHAgAwnQEA+PUCABi2CgCoKg8AACsPAIC8EADYvBAAsEcCADCdAQD49QIAGLYKALAwBgAAMQIAwIsCABiMAgCoOwIAsEcCADCdAQD49QIAGLYKANAiAQCI3gUA4N4FADjfBQCQ3wUAIE0FANAiAQDI/QEAyA4AABDCAgCoOwIA6KURAAAPEQBQwRAAOCgAAKg7AgCQXg8AmHsCAPB7AgBIfAIA0CIBAIjeBQDg3gUAON8FAJDfBQDo3wUACF4CAGBeAgCAlgMAaCIPAEjFBwBIqwEAqDsCALBHAgAwnQEA+PUCABi2CgCwMAYAADECAMCLAgAYjAIAqDsCALBHAgAwnQEA+PUCABi2CgDQIgEAiN4FAODeBQA43wUAkN8FAOjfBQAIXgIAYF4CAICWAwBoIg8ASMUHAEirAQCoOwIAsEcCADCdAQD49QIAGLYKAKgqDwAAKw8AgLwQANi8EACwRwIAMJ0BAPj1AgAYtgoAsDAGAAAxAgDAiwIAGIwCAKg7AgCwRwIAMJ0BAPj1AgAYtgoAeLIIAIAGEgBIqwEAqCoPABgZAABwGQAAeE4BADgoAACg6g0A+OoNAFDrDQCo6w0AAAIDAACaAABQ8QAA8CsDAMBRAwAYUgMACHoLANAiAQAoIwEASGkMAKBpDAD4aQwAUGoMAMgTDQDIgQIAIIICAHiCAgB4sggA0CIBACgjAQBIaQwAoGkMAPhpDABQagwAyBMNAMiBAgAgggIAeIICAHiyCADQIgEAKCMBAEhpDACgaQwA+GkMAFBqDABAqgwAmKoMAPCqDABIqwwAoKsMAPirDABQrAwASKsBAKCrAQDQJAQAKCUEAKg7AgAolAAAQNYBAEirAQA4YgoAkGIKAMgOAAAgDwAASKsBAPj1AgAYtgoAQNYMAGjHBADAxwQAGMgEAHDIBADIyAQAqDsCALgJDAAQCgwASEsAABj8BQAg+AMAqDsCAAA8AgCg6g0AQNYBAKg7AgBAqgwAmKoMAPCqDABIqwwAoKsMAPirDABQrAwACF4CAGBeAgCAlgMA2JYDADCXAwCIlwMAADwCAKDqDQD46g0AUOsNAKjrDQBA1gwAAL8GAFi/BgBA1gwAmNYMAPDWDABI1wwACCMHAECqDACYqgwA8KoMAEirDACgqwwA+KsMAFCsDAAYawIAwPEBAMgOAAAgDwAA0CIBAABRBgAwhAIAkLcAAPADCQAwnQEAiJ0BALBHAgCoOwIAQKoMAJiqDADwqgwASKsMAKCrDAD4qwwAUKwMAAA8AgCg6g0AQNYBAKg7AgCAGAEA+IQOAOhKEgBASxIAyBMNACAUDQB4FA0A0BQNAECqDABAUgEAmNYBAAB+AgDI2gkAUCcQAKiZAAB4sggAqDsCAIBiAgAwnQEAAL8GAKBLAACoOwIAAAAAAKg7AgBQwRAAQNYBAKg7AgB4CxAAAAAAAKg7AgBQwRAAQNYBAKg7AgB4CxAA0AsQAIDjDgAIIwcAmN4NAAjZEAAIrRAA2LAJAMDEEAAYxRAAsKwQABgZAACQtwAAWAAAALAAAAAQrwwAaK8MAMCvDAAYsAwAcLAMANAiAQAAUQYAgLwQAAAxAgCYjAAAiE4JAOBOCQDwjAAAcJcCAHB9BwBABw8AaHALAMDjDQAY5A0AcOQNAMjkDQDIEw0AIBQNAHgUDQDQFA0A6KURAAAPEQComQAAGBkAAKg7AgAAPAIAoOoNAPjqDQBQ6w0AqOsNAEDWDACY1gwASCsSAKArEgD4KxIAUCwSAKgsEgCoKg8AeLIIABhrAgCoOwIAkF4PABj8BQAg+AMAqDsCAJBeDwAoqQ8AqEMOAEDWDACY1gwASCsSAKArEgD4KxIAUCwSAKgsEgBA1gwAAL8GAChJAwDAUQMA6EoSAEBLEgCYSxIAQNYMAJjWDABIKxIAoCsSAPgrEgBQLBIAqCwSAECqDABgBgIAqCoPAAArDwAA2QEAoB8AADhiCgDwywwASMwMAKg7AgCgCQAAaFQNAOhKEgBASxIAmEsSAEDWDACY1gwASCsSAKArEgD4KxIAUCwSAKgsEgAolAAAgJQAAEhLAADA1wYAGNgGAHDYBgComQAAAJoAAFDxAADwKwMASKsBAKCrAQDQJAQAKCUEAKg7AgBQdggAMB4OAJC3AADwAwkAqDsCAAA8AgDI2gkAINsJAHjbCQDwMBAASDEQALBHAgBocAsA0CIBAKg7AgAwnQEAiJ0BAKg7AgBo7g0AgLwQACD4AwCoOwIAUMEQADgoAACoOwIAkF4PANC4EQD4SwAAUEwAACAPAAAojAoAQNYBAJC3AAComQAASKsBAKCrAQAQIAwAaCAMAMAgDADABAMAIPgDAKg7AgBA1gwAmNYMAEgrEgCgKxIA+CsSAFAsEgCoLBIAqCoPAHiyCACoOwIAsEcCAGhwCwDQIgEAkF4PANC4EQD4SwAAsEcCAGhwCwDQIgEAyA4AAKg7AgBo7g0A+PUCAFD2AgAgHw0AeB8NAJiMAABQUQIASKsBAJjeDQBA1gEAqKsQAPj1AgAYtgoAcLYKAKg7AgAAPAIAoOoNAPjqDQBQ6w0AqOsNAAA8AgCg6g0AQNYBAKg7AgDA8QEAeLIIAFBRAgCQtwAAsEcCAGhwCwDAcAsAqDsCAJjeDQBA1gEAqKsQAPj1AgAYtgoAcLYKAKg7AgBA1gwAmNYMAEgrEgCgKxIA+CsSAIC8EACQtwAAqJkAAAA8AgCg6g0AQNYBAKg7AgDA8QEAeLIIAFBRAgCQtwAAqDcHAAA4BwBIqwEAMEcPAMDxAQB4sggAUFECAJC3AACIwA8AcBkAAHhOAQA4KAAAoOoNAPjqDQBQ6w0AqOsNAAACAwCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAaEIIAOi3AABIswIAoLMCAPizAgB4sggAsKwQADgoAAA4KAAAoOoNAPjqDQBQ6w0AqOsNAAACAwAAmgAAUPEAAPArAwDA7g0ASEsAAMDXBgCYVw4AgOkBAPCMAADARwoAKJQAAEDWAQCQXg8AKKkPAKhDDgAAPAIAyNoJAGDGDwDYmQIAuEIEABBDBABoQwQAwEMEABhEBABwRAQAyEQEACBFBADopREAAA8RADhiCgCQYgoAyA4AACAPAABIqwEA+PUCABi2CgB4sggAKEkDABgZAABwGQAAeE4BALhTAgBwAAwAyAAMACABDAB4AQwAADwCADjREQCAlAAAEM0NAEhLAADA1wYASMUHABh0CgBQwRAAoMUHAPjFBwBQxgcAgMIDAIidAQCwRwIAqDsCADhiCgCQYgoAAAAAACiUAAAwnQEAQNYBAJjWAQDw1gEAqDsCADCdAQCo1QIAqCoPAHiyCACoOwIAkF4PACipDwCoQw4AUMEQAKDFBwD4xQcAUMYHAKg7AgBQdggA+H4QABj8BQCY1gEAUGYGAGBPBwAoSQMAwFEDABhSAwAIegsAYHoLALh6CwAQewsAaHsLAMB7CwAAPAIAyNoJACDbCQB42wkAUMEQAEDWAQCoOwIAmN4NAPDeDQBA1gEAmNYBAEi+AgBISwAAUHICAEDWAQBISwAA6OABABgZAADIDgAACKMBAEjFBwAYdAoAQGoEAJhqBAA4YgoAkGIKAAAAAAAolAAAMJ0BAEDWAQCY1gEAqDsCALgJDABYmQ8A6C0NAEAuDQCYLg0A8C4NAEgvDQCgLw0A+C8NAJjeDQBA1gEAqKsQAPj1AgAYtgoAqDsCALhIAgAQSQIAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAkD0EAOg9BAAoSQMAADwCAKDqDQBA1gEAqDsCAECqDAB4sggAmMkJAKg7AgBA1gwAUDANAKgwDQDIEw0AIBQNAHgUDQDQFA0ASKsBAKCrAQDQJAQAKCUEALCsEAA4YgoAkGIKAAAAAAAolAAAMJ0BAEDWAQCY1gEA8NYBAKg7AgDQIgEAKCMBAEhpDACgaQwA+GkMAFBqDABAqgwAQFIBAJhSAQD49QIAMJ0BAHiyCACwrBAAyA4AAKg7AgBAqgwAmKoMAPCqDABIqwwAoKsMAPirDABQrAwAsEcCAAhIAgCoOwIAADwCAMjaCQAg2wkAeNsJAMgOAACoOwIAQNYMAJjWDADw1gwAOCgAAIDpAQDY6QEAKAoNAIAKDQCgCQAAGBkAAAAxAgCA5gIAOCgAAIDpAQDY6QEAMOoBAEhLAADo4AEAQOEBAJjhAQCoQA8AoAkAAEDWAQDwywwASMwMAKDMDAD4zAwAUM0MAKjNDAAAzgwAWM4MALDODAAIzwwASEsAAOjgAQBA4QEAmOEBAKhADwBoGg4AMJ0BAAC/BgDo4AEAQOEBAKAJAADoeg0AcIwNAMiMDQC4QgQAgJQAAEhLAACgCQAAqJkAAACaAABQ8QAA8CsDAMBfAgBIxQcAKIwKAEhLAADIDgAACKMBAHiyCACwrBAA6HoNAEjFBwA4KAAAwF8CAKiZAACoXwEAmIwAAGBPBwBYAAAAYAYCAKgqDwDIDgAAwF8CAJC3AACYlAEAuEIEAICUAABISwAAoAkAAAAAAABISwAA6OABAEDhAQCY4QEAqEAPAGgaDgAwnQEAAL8GAAAAAACoOwIAADwCAFg8AgCwPAIA2MUNADDGDQDIDgAAaBoOAJiTEADwkxAASJQQAKCUEAD4lBAAwF8CAEirAQDozAQAiJ0BAKiZAACgCQAA0AEMAMgOAABYAAAA2LAJALBkBwA4KAAAgOkBANjpAQAw6gEA8DAQAMBfAgComQAAAJoAAFDxAADwKwMAaN4AAFhdAgAwJg8AgMIDAIidAQCwRwIAKEkDABgZAABwGQAAeE4BAJDHAgBwrxAASMYOAHiyCACwrBAACK0QAGCtEAC4rRAAEK4QAGiuEADArhAAGK8QAChJAwDIDgAAEMICABj8BQBw/AUAkLcAAEhLAAAoSQMAQNYBAJjWAQBIvgIACGUHAICLAwDYiwMAMIwDAIiMAwBQUQIASKsBAKgqDwDoeg0AQHsNAJh7DQDwew0ASHwNAJC3AACYlAEAQNYBAJjWAQDoeg0AQHsNAJh7DQDwew0ASHwNAKB8DQD4fA0AUH0NAKh9DQAAfg0AWH4NALB+DQBQ+QEAqPkBAKA3AwD4NwMAqCoPAOh6DQBAew0AmHsNAPB7DQBIfA0AoHwNAPh8DQBQfQ0AqH0NAAB+DQBYfg0AsH4NAODeEACwAAAA+KgCANB3DQCgHwAASMYOACiUAADIDgAAoB8AAPgfAABYmgAAqJkAAACaAABQ8QAA8CsDAGjeAABYXQIAMCYPAIDCAwCInQEAsEcCAChJAwAAsAAAWLAAALCwAACQxwIAcK8QAEjGDgB4sggAsKwQAAitEABgrRAAuK0QABCuEABorhAAwK4QABivEAAoSQMAyA4AABDCAgDo4AEAmLgLAEi3CACoXwEAmBUOAChJAwCwRwIA0CIBAEi3CAAYGQAASEsAAJiMAAAwhAIAwNcGAEjFBwAYdAoAqDsCAAA8AgBYPAIAQM4AAEirAQDIDgAAoB8AAJinDQAgtAsAUFECADhVBwAwhAIAmIwAAIhOCQCoOwIAuAkMALDNEAAIzhAAYM4QAIhOCQAoSQMAcJcCAPizDQBQtA0AqLQNAAC1DQAwnQEAqNUCAADWAgBY1gIAqJkAAJiMAAB4HhEAqDsCAFDBEAAojAoASEsAAKg7AgBQwRAAOCgAAKg7AgDQIgEASLcIAKC3CAAoIwEAQNYBAACaAADQIgEAoMEBAPjBAQDIgQIAsGkJAOjgAQB4sggAqDsCAOilEQBAphEAmKYRAGjuDQCAvBAAcBkAAHhOAQCgSwAA+EsAAIgFBACoOwIAQKoMAEBSAQCYUgEAgBIOANgSDgAwEw4AsEcCAAhIAgBQwRAAgPYPANjFDQAwxg0AKAoNAIAKDQAAPAIAWDwCANCuDQAorw0AgK8NANivDQAwsA0AiLANAOCwDQA4sQ0AQKoMAJiqDAD4qAIA0HcNAKAfAAC4CQwAsM0QAAjOEABgzhAAkLcAABAEAwBI3hEAsEcCAAB8CgBYfAoAQNYMAJjWDADw1gwAAOQMAFjkDAAouREAmNYBAFBmBgAQhAgAqDsCAAAAAACQ0g0AqDsCAAB8CgCYjAAAgLwQAHiyCABIqwEAqCoPAHiyCAC4CQwAWJkPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABhrAgAoSQMAuJ0DABCeAwBongMAcOEDAMjhAwAg4gMAeOIDANDiAwBo7g0AMIQCAGjuDQAwhAIAAAAAAJDdDQCoOwIAeLIIAIA/CgCQrg4A6K4OAECvDgCYrw4AKEkDAOilEQBAphEASEsAAOjgAQBATAMA8AMJAJiMAAD4qAIAAHwKAJiMAAAA2QEAqDsCAAA8AgBYPAIAsDwCAAg9AgCwzRAACM4QAGDOEAAYGQAASEsAAJiMAADoLQIAqDsCALgJDACwzRAACM4QAGDOEABIxQcAKIwKAICUAACoAQMAmN4NAAjZEABISwAA6OABALBkBwBISwAA6OABAJiMAAD4qAIAmNYBAJjeDQAI2RAASEsAAOjgAQCwZAcASEsAAOjgAQDIDgAACKMBAGCjAQC4owEAEKQBAJCxDQDosQ0AqDsCAOilEQBAphEAmKYRAPCmEQAIowEAYKMBALijAQAQpAEAWAAAAEBSAQCYUgEA0CIBAKDBAQBAagQAoB8AAPgfAACY1gEAwPEBAMCKBgCwZAcASEsAAMDXBgBIxQcA0CIBAABRBgAgHw0AiJ0BALh0AgDwjAAAqJkAAFBRAgCYjAAA8IwAAHCXAgCoOwIA0CIBACgjAQDIDgAAEMICAKg7AgA4YgoAkGIKAEi+AgCQSw4AGBkAAEhLAACoOwIAaEgGABAEAwBoBAMAwAQDABgFAwBIqwEAmIwAAADZAQAQwgIAIE0FAECqDABAUgEAmFIBAIASDgDYEg4AMBMOAIgTDgCoOwIAaEgGAMBIBgDIgxAAIIQQAHiEEADQhBAAKIUQAICFEACoOwIAgGICADCdAQAAvwYAoEsAAKg7AgC4CQwAWJkPALCZDwAImg8AWL8GAGhIBgDASAYA8JQBAGhCCAComQAAyA4AAKjNAQAYawIAyF8RACBgEQCYFQ4A8BUOADCdAQAAvwYA6OABAHiyCACoOwIAgGICADCdAQAAvwYAoEsAAKg7AgBoSAYAwEgGAPCUAQBIlQEAKJQAAFBRAgBISwAA6OABAEDhAQCY4QEAqEAPADgoAACA6QEA2OkBADDqAQBoGg4AwBoOABgbDgBwGw4AyBsOAEjFBwBIxQcAgPYPAJBeDwDA1wYAGNgGAHDYBgB4sggAqDsCAFDBEAAojAoASEsAAKg7AgBA1gwAmNYMAFDBEAA4KAAAqJkAAHiyCACwrBAAeLIIAKg7AgCQXg8AwNcGABjYBgBw2AYAyNgGACDZBgB42QYA8OcKABAlDgBoJQ4AkF4PAMDXBgAY2AYAcNgGAHiyCACoOwIAUMEQACiMCgBISwAAqDsCAEDWDACY1gwAWE8DAKCCCwBAXw8A6CoOAEArDgCYKw4A8CsOAEgsDgCgLA4A+CwOAFAtDgCoLQ4AAC4OAAg6DgBgOg4AuDoOABA7DgBYTwMAwNcGABjYBgBw2AYAyNgGACDZBgB42QYA8OcKAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBo7g0AOCgAAEhLAADo4AEA2LoNAJBeDwAoqQ8AqEMOAOilEQAADxEAaO4NAIC8EADYvBAAQNYMAJjWDABIKxIAoCsSAPgrEgCAvBAAkLcAAKiZAABQwRAAOCgAAKg7AgC4CQwAsM0QAAjOEABgzhAAqDsCAMgTDQAgFA0AeBQNANAUDQAQVAIAWJkPALCZDwBAagQAuAkMAFiZDwCwmQ8AQGoEAMgTDQAgFA0AyBkAALgJDACwzRAACM4QAGDOEACwzRAACM4QAGDOEAComQAAMJ0BAPj1AgAYtgoAqDsCACiUAACAlAAAMBYCAIgWAgDgFgIAOBcCAJAXAgDoFwIAQBgCAJgYAgCISg4A4EoOADhLDgCoOwIAKJQAAICUAABo3gAAWF0CALBdAgDo4AEAeLIIAKg7AgC4CQwAWJkPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBADgoAACQKAAAAJoAAFDxAADwKwMAsEcCAAhIAgB4sggAqDsCAMgTDQAgFA0AeBQNANAUDQAQVAIAWJkPAGA9AgC4PQIAED4CAGg+AgCoOwIAUHYIADAeDgCQtwAAkLcAAKiZAADIDgAAgGICANhiAgC4YBAAEGEQAMgTDQAgFA0AeBQNANAUDQAQVAIAWJkPAGA9AgC4PQIAED4CAGg+AgDAPgIAWJkPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAIDCAwCAbQ0AGBkAAIDCAwDYwgMAkF4PACipDwCoQw4AaEgGAMBIBgAYSQYAcEkGAMhJBgAgSgYAmN4NAPDeDQDYPwoAUMEQAKDFBwD4xQcAQKoMADCdAQCInQEAUHYIAPh+EABQfxAA+KgCADhiCgCQYgoAUGYGAKhmBgAwHg4AkLcAAJC3AAComQAAqJkAAOilEQAADxEAaO4NAFBRAgBIqwEAUGYGABCECACoOwIAQKoMAEBSAQCYUgEA2MoPADDLDwCIyw8A4MsPADjMDwBQwRAAOCgAAKg7AgAolAAAgJQAAKgBAwAAAgMAWAIDALACAwAIAwMAYAMDAMgTDQAAMQIAwIsCAMDXBgComQAAyA4AAKg7AgBQwRAAOCgAAKg7AgAolAAAgJQAAKgBAwAAAgMAWAIDALACAwAIAwMAYAMDAMgTDQAAMQIAwIsCABgZAABwGQAAMCUIAKiZAABISwAAmHsCAPB7AgBIfAIAgBgBADjiBABQwRAAUFECAMDxAQDAigYAsGQHAEhLAACoOwIAwOMNABjkDQBw5A0AyOQNAMgTDQAgFA0AyBkAAGjuDQAwhAIAiIQCAOCEAgA4hQIAkIUCAOiFAgBAhgIA0CIBAEi3CABISwAAoEsAAOgfDgB4sggAqDsCAKgqDwB4sggAqDsCAMgWDABIxQcAoMUHAEhLAADA1wYASMUHABh0CgAoSQMAKJQAAICUAABo3gAAwN4AALh0AgB4HhEAEP8AANgrAgDIFgwAIBcMAFDBEAAYdAoAqDsCAGjuDQAIIwcAyBYMABgZAABwGQAAMCUIAKiZAADIFgwAIBcMAPj1AgBQ9gIAqPYCAAD3AgBA1gwAmNYMAOCdAQBIxQcAgPYPAMiXAgCAYgIAMJ0BAAC/BgCgSwAAGPwFAPDLDABISwAAoEsAACD4AwAIXgIAYF4CALheAgAQXwIAaF8CAAA8AgBYPAIAiE4JAMgOAADIEw0AgMIDAGjuDQCothAAALcQAFi3EACwtxAACLgQAIidAQCwRwIAuAkMALDNEAAIzhAAwF8CAJiMAAAA2QEAWNkBALDZAQAI2gEAYNoBALjaAQCYVw4AOCgAAJAoAAAAmgAAmNYBABgZAACQtwAAqJkAAPAwEABAvBEAaO4NAKjEDwDARwoAKJQAAJiMAACITgkACF4CAGBeAgAAvxEAWL8RAOjGEQBAxxEAmMcRAPDHEQBIyBEAoMgRAPjIEQAgTQUAQNYMAFAwDQCoMA0AyBMNACAUDQB4FA0A0BQNAMgWDABISwAAGPwFAPDLDAComQAAyBYMADgoAACA6QEAiE4JAMgOAACgHwAAyBYMAMA7DgAY/AUA8MsMAEhLAACgSwAAIPgDACgVDQBYPAIAiE4JAMgOAABQLQMAKEkDABhrAgCoOwIAUMEQAFBRAgBISwAAmIwAACAfDQCInQEAqJkAAHiyCAAoSQMAOGIKAJBiCgAAAAAAKJQAADCdAQBA1gEAmNYBAPDWAQCoOwIAkF4PAOheDwBAXw8AaEgGAMBIBgCAiwMA2IsDADCMAwCIjAMA4IwDADiNAwBQwRAAOCgAAOjoDQBA6Q0AmOkNAPDpDQBI6g0A4NwNADjdDQBQwRAAQNYBAKg7AgDIEw0AqJkAAJiMAAD4qAIAuAkMABAKDAB4sggAqDsCAFDBEAA4KAAAqDsCAEDWDACY1gwA6EoSAKikAACYyQkAqJkAAMgOAACoOwIAyBMNACAUDQB4FA0A0BQNABBUAgBYmQ8AsJkPAEBqBACY3g0AyNYOACDXDgB41w4A0NcOACjYDgCA2A4A2NgOADDZDgCI2Q4A4NkOADjaDgCQ2g4AiE4JAEDWAQCY1gEAUGYGABCECAAg+AMAqDsCALgJDABYmQ8AsJkPAEBqBAAQwgIAaO4NAPj1AgBQ9gIAIB8NAHgfDQCYjAAAUFECAEirAQBwawIA8MsMAEjMDACgzAwA+MwMAFDNDACozQwAAM4MAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBYTwMAwNcGABjYBgBw2AYAeLIIAKg7AgBQwRAAKIwKAEhLAACoOwIAgGICANhiAgAgHw0AAL8GAMDXBgCInQEAsEcCAKg7AgAAPAIAoOoNAEDWAQCoOwIAUMEQAKDFBwD4xQcAkBgJAOgYCQBAGQkAmBkJAPAZCQAAmgAAUPEAAPArAwDAAQ8AGAIPAHACDwDIAg8AIAMPAHgDDwDQAw8AKAQPAIAEDwDYBA8AMAUPAIgFDwDgBQ8AOAYPAJAGDwDoBg8AQEwDADCqBACIqgQA4KoEADirBACQqwQA6KsEAECsBACYrAQA8KwEAEitBACgrQQA+K0EAFCuBACorgQAAK8EAEBMAwAwqgQAiKoEAOCqBAA4qwQAkKsEAOirBABArAQAmKwEAPCsBABIrQQAoK0EAPitBABQrgQAqK4EAACvBACwRwIAsEcCAEDWAQCY1gEAsEcCACC0CwAwhAIA6OABAKiZAAAAmgAAUPEAAPArAwAYGQAAgMIDAIidAQCwRwIAqDsCAFB2CACgHwAAkLgHAKgqDwCwZAcASEsAAOjgAQB4sggAqDsCAJBeDwDoXg8AQF8PAGBVEABQdggA+H4QAFB/EAD4qAIASEsAAFgAAAAAjwsAWI8LAEhLAAAAAAAAOCgAAIDpAQDY6QEAeD0DADhiCgCQYgoAUGYGAADZAQAgDwAAGHQKAChJAwAwYAMAiGADAOBgAwA4YQMAkGEDAOhhAwBAYgMAmGIDAPBiAwAojAoASEsAAFgAAACopAAASEsAAKg7AgAAPAIAQNYBAFAjCgDQIgEAqDsCAFB2CADIpw8AIKgPADCdAQBoSAYA6LcAAKgqDwAAKw8ASMUHAEDWAQBwlwIA6F4PAEBfDwDYfQ8AMH4PAJiTEADwkxAASJQQAKCUEAD4qAIAqJkAAHiyCACoOwIAkF4PAOheDwBAXw8A2H0PADB+DwCYkxAA8JMQAEiUEACglBAAqJkAAJiMAADIlwIAeLIIAKg7AgCQXg8A6F4PAEBfDwDYfQ8AMH4PAJiTEADwkxAASJQQAKCUEAAAPAIAWDwCALA8AgAIPQIASIwPAKCMDwD4jA8AICQPAHgkDwDQJA8AKCUPAIAlDwDYJQ8ASKsBAKgqDwAAKw8AqDsCAJBeDwDoXg8AQF8PANh9DwAwfg8AmJMQAPCTEABIlBAAoJQQAKCrAQBo3gAAqDsCAJBeDwDoXg8AQF8PANh9DwAwfg8AmJMQAPCTEABIlBAAoJQQAMiXAgB4sggAqDsCAJBeDwDoXg8AQF8PANh9DwAwfg8AmJMQAPCTEABIlBAAoJQQAMgOAACoOwIAADwCAFg8AgCwPAIACD0CADhiCgCQYgoAyA4AAGgaDgBIqwEASEsAAKg7AgBQdggAMB4OAJiTEADwkxAASJQQAKCUEAAAAAAAMEcPAKg7AgAAPAIAWDwCALA8AgBApw0AuAkMALDNEAAIzhAAYM4QABh0CgComQAAUHYIAKAfAAD4VQ8AUFYPAKhWDwCoOwIAUMEQAJBeDwDoXg8AyFoPACBbDwB4Ww8A0FsPAChcDwCAXA8AqDsCAFDBEABIqwEASKsBAKgqDwCwZAcASEsAAMDXBgCInQEACAEAAMCYEADIDgAAqDsCANgXEACIRw8ASEsAACiUAABYAAAAkLcAAOi3AABIswIAoLMCAPizAgDQIgEAKCMBAEhpDACgaQwA+GkMAFBqDACYjAAA+KgCAHiyCACYyQkAaN4AABgZAACQtwAA6LcAAEizAgCgswIA+LMCAEhLAADo4AEAQOEBAHheDgDQXg4AKF8OAIBfDgDYXw4AMGAOAKAfAADIDgAAAAAAAAAAAADQCQIAKAoCAKiNDwAAjg8AEP8AANjxDQAgTQUAaLkQAMC5EAAYuhAACD0CAAAAAABoSAYAwEgGABhJBgA4aQ8AkGkPAOhpDwDIDgAAIA8AAEirAQCoKg8AGGsCAEirAQCgqwEA4FcRAIidAQA4KAAAaN4AAFhdAgAwJg8AyF8RAACaAABQ8QAA8CsDAHiyCACwrBAAUFECAKhRAgBAcAIAGPwFAOD9DQA4/g0A+PUCAFD2AgCo9gIA6MwEAHiyCADQsggAUEURAMDXBgBIxQcAGHQKAKg7AgCAYgIA2GICADAmDwCAwgMAiJ0BALBHAgCY3g0ACNkQAAitEABgrRAAuK0QABCuEABorhAAwK4QAMDXBgBIxQcAGHQKAKg7AgCAYgIA2GICADAmDwCAwgMAiJ0BALBHAgBQdggAMB4OADCdAQAAvwYA6OABAEDhAQAoSQMAkF4PAOheDwBAXw8A2H0PADB+DwCIfg8A4H4PADh/DwAAPAIAWDwCALA8AgAIPQIASIwPAEBRBQCYUQUAmH4MAPDLDAAwkwgAmMkJACiMCgBISwAAqDsCAAAAAACwrBAAAJoAAFDxAACo8QAAAAAAAAAAAABQdggAMB4OADCdAQAAvwYA6OABAEDhAQDoUAUAcCMPAMgjDwBgVRAAINsJAHjbCQAAAAAAWI4PAPDLAQA4KAAAgOkBANjpAQAgPQMAKEkDAAAAAAC4CQwAWJkPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQAgzw0AeM8NADhiCgCQYgoAwPEBAMCKBgCwZAcASEsAAMDXBgBIxQcAGHQKAKg7AgBA1gwAmNYMAKhfAQCYFQ4A8BUOAEgWDgCgFg4A+BYOAFAXDgCoFw4AABgOAFgYDgCwGA4AaO4NAAgjBwDIEw0AIBQNADAlCADwMBAAQJwCAJicAgDwnAIASJ0CAKg7AgC4CQwAWJkPALCZDwAImg8AWL8GAGhIBgDASAYA8JQBAEiVAQAIBREA0CIBAABRBgAgHw0AiJ0BAIDCAwCInQEAsEcCAKg7AgBA1gwAmNYMAIC/DwDYvw8AcJkQAMiZEABQcgIAMMAPACBNBQAAAAAAqDsCACiUAACAlAAAmNMNAPDTDQBI1A0AoNQNAPjUDQBQ1Q0AqNUNAADWDQCwzRAACM4QAGDOEADopREAAA8RAEhLAABo3gAAqJkAAKiZAAAYGQAAqDsCAJBeDwDoXg8AQF8PAFgAAACwAAAACAEAACBNBQCAvw8A2L8PACBNBQBISwAAUHICADDADwAgTQUAAAAAAKg7AgCQXg8A0LgRADCdAQBAagQAmGoEAPBqBADoXg8AQF8PAOgqDgBAKw4AmCsOAPArDgBILA4AoCwOAPgsDgBQLQ4AqC0OAAAuDgAIOg4AYDoOALg6DgAQOw4AaDsOAHCXAgD4sw0AeLIIABgZAADIgQIAeB4RAOiVBABwVQIAyFUCABD/AADYKwIA2IoHABAEAwBoBAMAwAQDAPCMAABA1gEAUCMKAMgOAACozQEAiJ0BAIDCAwBAagQAcFUCAFi1DQB4sggAqDsCAEDWDACY1gwASEsAAOjgAQBA4QEAmOEBAKDFBwD4xQcAkBgJAEhLAACYewIAUMEQABh0CgCoOwIAUHYIAKAfAAD4VQ8AUFYPAKhWDwDAXwIAmIwAAIhOCQDgTgkAOE8JAGhIBgAQBAMAaAQDAMAEAwBQUQIAmIwAAPCMAABIqwEAmIwAAHCXAgAAWg4AWFoOALBaDgAIWw4AYFsOALhbDgA4YgoA8MsMAEDbAwCY2wMAaOUQAMDlEAAY5hAAcOYQAMjmEAAg5xAAAAAAAAAAAAB4sggASEsAAKg7AgBoSAYA6LcAAEizAgCgswIA+LMCADBHDwCgCQAA2GINADBjDQCIYw0A4GMNAKAJAABQUQIAAA8RADgoAACg6g0AQNYBAJjWAQBo7g0AYN8OAOBOCQCgCQAA+AkAAMDjDQDoHw4AQCAOAJiMAAA4KAAASEsAAOjgAQDYug0AqDsCAGjuDQBg3w4A4E4JAKAJAAD4CQAAwOMNAOgfDgBAIA4AuAkMAJiMAADwjAAA8AMJAKAJAAD4CQAAwOMNAOgfDgBAIA4AuAkMAJiMAADwjAAA8AMJAKAJAAD4CQAAwOMNAOgfDgBAIA4A6MwEAIidAQAIowEAiJ0BANiwCQDAxBAAGMUQAHDFEADIxRAAAAAAAAA8AgBYPAIAsDwCAKDvDwD47w8AqDsCAJBeDwDoXg8AQF8PAGBVEABwlwIAAAAAAKg7AgCQXg8A6F4PAEBfDwBgVRAAUHYIADAeDgAwnQEAAL8GAOjgAQBA4QEAQKoMAJiqDADoUw8AADwCAFg8AgCwPAIAaEgGABAEAwAgJwMAkLcAAKiZAACQuAcASKsBAKgqDwB4sggAyKcPACCoDwB4qA8A0KgPACipDwCAqQ8AmN4NAIAGEgDYBhIAuHQCADCEAgDA1wYASMUHABh0CgDAXwIA0CIBAMgOAACQXg8A6F4PAEBfDwBgVRAAQKoMAJiqDADoUw8AADwCAFg8AgCwPAIAUHYIADAeDgAwnQEAAL8GAOjgAQBA4QEAGGsCANjCDgAwww4AADwCAFg8AgCwPAIACD0CALDNEAAIzhAAYM4QAAA8AgBA1gEAUCMKANAiAQCIww4AgPYPAEDWDACwRwIAGBkAAHAZAABA1gEAmNYBAPDWAQCoOwIAKJQAAICUAAAQzQ0AaM0NAMDNDQAYzg0AcM4NAMjODQBwkQ8A4A0QADgOEACQDhAAMEcPAEgDAgD4VQ8AUFYPAKhWDwCoOwIAwOMNAOgfDgBAIA4AyFoPACBbDwB4Ww8A0FsPAChcDwCAXA8AqDsCAMDjDQDoHw4AQCAOAJiMAADwjAAA8AMJAKg7AgBQdggAoB8AAPhVDwBQVg8AqFYPAKg7AgDA4w0A6B8OAEAgDgCQXg8A6F4PAMhaDwAgWw8AeFsPANBbDwAoXA8AgFwPAKg7AgDA4w0A6B8OAEAgDgAAAAAA6C0CAEhLAAAolAAAQNYBAJjWAQDwMBAAWAAAALAAAAC4nQMAEJ4DAGieAwDAngMAuAkMAFiZDwBgPQIAuD0CABA+AgBoPgIAwD4CAFhHAgA4YgoA8MsMAGhIBgDASAYAGEkGAMgTDQDIgQIAIIICAAAAAADwMBAASDEQACCwEAB4sBAA0LAQACixEABApw0AQKoMAJiqDADoUw8AKEkDADCyEACIshAA4LIQAChJAwCoOwIAKJQAAICUAAAQ+QIAAL8GAFi/BgDA8QEAyDYQAFgAAAAwnQEAAL8GAOjgAQDYug0A+PUCADCdAQCInQEAQNsDAJiMAABABw8AaHALAECqDABgBgIAuAYCADCEAgA4KAAAoOoNAEDWAQDQIgEAqDsCAFB2CAAwHg4AMJ0BAAC/BgDo4AEA8MsMAEjMDACoOwIAADwCAMjaCQBgxg8AuMYPABDHDwBoxw8AwMcPABjIDwBwyA8AaO4NADgoAABISwAA6OABANi6DQDgNhEAODcRAJA3EQDoNxEAQDgRAJg4EQDQdw0AqDsCAAA8AgCg6g0A+OoNAFDrDQBQdggAyKcPACCoDwB4qA8A0KgPAPh+EABQfxAA+KgCAEhLAADo4AEAaO4NAFBRAgBoIg8AwCIPAEhLAADo4AEAMB4OAJC3AACQtwAAqJkAAMgOAACozQEAOCgAADjREQBYPAIAsDwCAAg9AgCoQA8AAEEPAFhBDwCg6g0A+OoNAFDrDQBQdggAyKcPACCoDwB4qA8A0KgPAPh+EABQfxAA+KgCAEhLAADo4AEAaO4NAFBRAgBoIg8AwCIPAEhLAADo4AEAMB4OAJC3AACQtwAAqJkAAMgOAACozQEAOCgAADjREQCwQQ8ACEIPAGBCDwAA2QEAqDsCAAAAAACoOwIAADwCAFg8AgCwPAIA2MUNADDGDQAAAAAAOGIKAPDLDABIzAwAKEkDALgJDACQuAcA6LgHAHgeEQDolQQAoB8AAHiyCAAoSQMAMJ0BAIidAQA4KAAAoOoNAPArAwAgPQMAeD0DAJBeDwDoXg8AQF8PAGBVEAC4VRAAKGQQAIBkEADYZBAAONsKAJDbCgDo2woA2MUNADDGDQC4CQwAsM0QAAjOEABgzhAAQNwKAEiMDwBAUQUAmFEFAIjtCwBYmQ8AuHsSABB8EgBofBIAwHwSAECqDABgBgIAqCoPAAArDwAA2QEAoB8AADhiCgCQYgoA6GIKAFh+AgDwMBAASAMCAKADAgDwywEAAHwKAFi1DQCQuAcAWF0CADAmDwCAwgMAiJ0BALBHAgAgPQMAeD0DAJBeDwDoXg8AQF8PAGBVEAC4VRAAKGQQAIBkEADYZBAAEMICAGjCAgCAvBAAeLIIANCyCAD4qAIAeLIIAMBfAgBIxQcAKIwKAKiZAAAAmgAAUPEAAPArAwBQ+QEAqPkBAGAGAgCoKg8ASEsAAOjgAQCQXg8AmIwAAADZAQCAvw8AMJ0BAKjVAgB4sggAqDsCAAA8AgBYPAIAsDwCAAg9AgBQdggAMB4OAJC3AACQtwAAqJkAAMgOAACozQEAOCgAADjREQAYhg8AcIYPAMiGDwAghw8AeIcPAPAwEABIMRAAoDEQAPh+EAAQjRAAaI0QAMCNEAAYjhAAKIgPAICIDwDYiA8AqDsCAKg7AgAoSQMA0CIBANAiAQAAUQYA+KgCACD4AwCoOwIA6C0CAEAuAgCYLgIA8C4CAEgvAgCgLwIAGBkAAKiZAABISwAAsNkBAHiyCABYAAAA2LAJAHiyCABISwAAmIwAAIhOCQCoOwIAkF4PAOheDwBAXw8AYFUQAFg8AgCwPAIACD0CAFB2CAAwHg4AkLcAAJC3AAComQAAyA4AAKjNAQA4KAAAONERAIBiAgDYYgIAuGAQAKiZAAAAmgAAmNYBAJBeDwDoXg8AQF8PAJC3AACYlAEAUPkBAKj5AQBgBgIAqCoPAEhLAACQXg8A6F4PAEBfDwBo7g0AqLYQAAC3EABYtxAAsLcQAAi4EABguBAAuLgQAChJAwAAAAAAAAAAADCdAQBAagQAgL8PAKiZAABYAAAAQFIBAJjWAQBIvgIAEAQDADCEAgDo4AEAkLcAAAAAAABAvBEAADwCAFg8AgCwPAIACD0CAIjqAQAYwhEAyKcPACCoDwB4qA8A0KgPAKg7AgCQXg8A6F4PAEBfDwBgVRAAuFUQAEDWDACY1gwAANkBAFjZAQCw2QEACNoBAGDaAQC42gEAyA4AAAheAgAAPAIAWDwCALA8AgDYxQ0AMMYNALgJDACwzRAACM4QAGDOEAAYGQAAqDsCALgJDACwzRAACM4QAGDOEABQwRAAaEIIAMBCCAAYQwgAcEMIAMhDCAAgRAgAeEQIAEjFBwBISwAAoEsAAPhLAACIBQQAqDsCALgJDACwzRAACM4QAGDOEAAYGQAAeLIIAIA/CgCInQEAsEcCAChJAwC4CQwAWJkPADjJEACQyRAA6MkQAEDKEADIDgAAmIwAAGBPBwBYAAAAYAYCAOilEQBoIg8AwCIPABgjDwCIPA8ASKsBAKgqDwAAKw8AWCsPAACaAABQ8QAA8CsDALBiDwAAAAAACF4CAAheAgDQnQQAKJ4EAICeBADYngQAqDsCAKg7AgBQwRAAOCgAAKg7AgCQXg8A6F4PAEBfDwB4sggAgD8KAJCuDgDorg4AMEcPAIhHDwBIqwEAqCoPAAArDwCYyQkA+EoPAFBLDwAwRw8AiEcPALCsEADIDgAAoB8AAJC4BwCoKg8AsGQHAEhLAADo4AEA6C0CADgoAACA6QEA2OkBADDqAQBYAAAAsAAAAAgBAADAmBAAWAAAAIhjAgDgYwIAOGQCAJBkAgDoZAIAQGUCAEjFBwAojAoASEsAAJC3AACYlAEAUPkBAEi3CADIDgAAGGsCAMhfEQAgYBEAmBUOANi6DQBQ8QAA8MsMAFgAAABISwAA6OABAFBRAgBoIg8AmIwAAPioAgB4sggAgD8KAIidAQBA2wMAmNsDAGjlEADA5RAAGOYQAHDmEABQcgIAoMUHAFgAAAAwnQEAiJ0BALBHAgCoOwIAaO4NADgoAABISwAA6OABANi6DQAIXgIACF4CAKg7AgBISwAA6OABAEDhAQCY4QEAmN4NAPDeDQB41A8A0NQPACjVDwCA1Q8A2NUPADDWDwAoFQ0AyNoJAGDGDwC4xg8AEMcPAGjHDwCoOwIA6KURAAAPEQA4KAAAoOoNAEDWAQCY1gEAQNYMAAC/BgDIDgAAqDsCAECqDACYqgwA+KgCAJjWAQAYGQAASEsAAKg7AgBo7g0AgLwQAHiyCACoOwIAgGICANhiAgC4YBAAEGEQAGhIBgAQBAMAICcDAJC3AAComQAAkLgHAEirAQCoKg8AeLIIAEhLAACYewIA8HsCAEh8AgBIxg4ASMYOAIAYAQComQAAAJoAAFDxAADAXwIAGGACAHBgAgDIYAIAIGECAMBfAgA4KAAAgOkBANjpAQAoCg0AgAoNAFhPAwCgggsAQF8PAAhjDwBYPAIAsDwCAAg9AgAYtgoAcLYKANB3DQAIowEASMUHABh0CgComQAAmIwAAIC8EACQtwAAQNYBAJjWAQBQZgYAMIQCAMDXBgBIxQcAGHQKAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEA+HcAADCEAgDA1wYAQGoEADgoAADI2gkAqJkAAHiyCAB4sggAsKwQAAitEADYsAkAwMQQABjFEACwrBAAGBkAAJC3AAAg+AMAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBYAAAAWAAAAGAGAgDozAQAkLcAABAEAwAwhAIAwNcGAEjFBwAYdAoAkLcAAJiUAQBw0QEA4DYRAOjgAQCoXwEA6C0NAEAuDQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAGBkAAHAZAAAwJQgASEsAABj8BQDg/Q0AkKYCAMgOAAAIowEAqJkAABgZAABISwAAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCQPQQA6D0EACDkBgB45AYA0OQGACjlBgCA5QYA2OUGADDmBgCI5gYAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQDo4AEAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAEhLAACYjAAAIB8NAIidAQComQAAAJoAAEirAQCYjAAAQM4AAICUAAAQzQ0A8AMJAEgECQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEA6MwEAIidAQCAwgMAAL8GAMDXBgCYjAAAiE4JAOjMBABAnAIAmIwAADCEAgDA1wYASMUHABh0CgComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBADCEAgCYjAAAmIwAAPCMAABIjQAAoI0AAPiNAABQjgAAQNYBAJjWAQDIDgAAIA8AACiMCgBA1gEAkLcAAKiZAAA4KAAAgOkBANjpAQAoCg0AgAoNAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAsEcCAGhwCwDAcAsAwPEBAHiyCABQUQIAkLcAAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAkD0EAOg9BAAg5AYAeOQGANDkBgAo5QYAgOUGANjlBgAw5gYAiOYGADCdAQCo1QIAANYCAFjWAgCw1gIACNcCAGDXAgDIDgAAEMICAGjCAgAwhAIA6OABAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBADDcDQCI3A0AqJkAAKhfAQC4exIAEHwSAGh8EgDAfBIAGH0SAHB9EgDIfRIAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAMNwNAIjcDQCQtwAAmJQBAFD5AQCo+QEAYAYCAKgqDwBISwAAwNcGAEjFBwAYdAoAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAMNwNAIjcDQDA1wYAGNgGAHDYBgDI2AYAINkGAHjZBgDQ2QYAoDcOAPg3DgBQOA4AqDgOAAA5DgBYOQ4AsDkOABBiAQAw3A0AiNwNACiUAACAlAAAEM0NAPADCQBIBAkAoAQJAPgECQBQBQkAqAUJAIA/CgBIxQcAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAMNwNAIjcDQDIDgAAQHUEAJh1BACoKg8AqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQAw3A0AiNwNAOiVBABAlgQAmJYEAPCWBABIlwQAoJcEAPiXBABQmAQAqJgEAACZBABYmQQAEGIBADDcDQCI3A0AOCgAAEirAQAg+AMAaN4AAFhdAgAg+AMAyA4AAEB1BACYdQQAqCoPAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAMNwNAIjcDQAAAAAAqDsCAAAAAACoOwIAADwCAFg8AgCwPAIACD0CAAheAgBgXgIAgJYDANiWAwAwlwMAiJcDAEDWDACY1gwAcKQQAMikEAAgpRAAeKUQANClEAAophAAgKYQAAheAgBgXgIAUHYIAMinDwAgqA8AeKgPANCoDwAQ8BAAUMEQAEDWAQCoOwIAOGIKAKirEAAArBAAWKwQAKg7AgCQXg8A6F4PAEBfDwBgVRAAkF4PANC4EQD4SwAAiAUEAOAFBABYoRAAYKIQALiiEAAQoxAAQNYMAFAwDQCozQEAaBoOAKiZAADIDgAAUHYIACAPAADQIgEASLcIAJBeDwDoXg8AQF8PAGBVEAC4VRAAgGICAKiZAAAAmgAAmNYBAFB2CADIpw8AIKgPAHioDwDQqA8AUFECACD4AwCoOwIAUHYIAKAfAABQUQIAmIwAAADZAQAQwgIAwNcGAJiMAACAvBAA2LwQAOilEQAADxEAAJoAALBHAgDQIgEAAFEGAIC8EAAYGQAAqDsCAGjuDQCAvBAAeLIIAKg7AgBoSAYAwEgGABhJBgD4RxAAGPwFAHD8BQBQUQIAqFECAABSAgBQcgIAQNYBANB3DQCYcA0A8HANAEhxDQCgcQ0A+HENAFByDQCocg0ACF4CAGBeAgCYcA0A8HANALgJDACwzRAACM4QAGDOEAAIXgIAKEkDAKBLAAAwuhEAiLoRAOC6EQBA1gEAUCMKAGjeAABYXQIAUFECAEirAQCoOwIAuAkMAFiZDwBgPQIAuD0CABA+AgBoPgIAwD4CAAAAAACoOwIAOGIKAJBiCgBIvgIAkEsOAOhLDgBATA4AmEwOAFB2CACIwA8A4MAPADjBDwCQwQ8A6MEPAEDCDwBQdggAiMAPAODADwA4wQ8AkMEPAOjBDwBAwg8AuAkMAFiZDwBgPQIAuD0CABA+AgBoPgIAwD4CAPAwEABAvBEAaO4NAKjEDwDARwoAKJQAAJiMAABo7g0AqMQPAMBHCgAolAAAmIwAAIhOCQCoOwIA8DAQAEC8EQCYvBEA8LwRAEi9EQCgvREA+L0RAFC+EQCovhEAKJQAAEirAQBIqwEAqDsCAJjeDQDw3g0ASN8NAKDfDQCoqxAAiJ0BALBHAgCoOwIAQNYMAAC/BgDo4AEAmLgLAMgOAAA4KAAASEsAAKg7AgBoSAYAwEgGABhJBgD4RxAAUEgQAKhIEAAASRAAsEcCAAB8CgBYfAoAqDsCAGhIBgDASAYAGEkGAPhHEABQSBAAqEgQAABJEABAzgAAyA4AAKAfAAB4sggAqDsCAOilEQBAphEAKEkDAEgDAgCYvBEAEAoMAHiyCACoOwIAUMEQADgoAACoOwIAQNYMAJjWDAAYGQAAqJkAAACaAACoOwIAuAkMAFiZDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAUHYIAPh+EABQfxAAwMICABjDAgCoOwIAkF4PABj8BQDg/Q0AOP4NAJD+DQDwMBAASDEQAPAwEABIMRAAoDEQAPgxEABoSAYAEAQDAEjeEQCg3hEA+N4RAFDfEQCo3xEAAOARAFjgEQCw4BEA8DAQAEgxEABo7g0AUFECAGgiDwD49QIAGLYKALgJDABYmQ8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBAIBiAgDYYgIAuGAQABBhEACQXg8A0LgRAPhLAABAEgQA8N4NAEDWAQCY1gEASL4CAEhLAACoOwIAaEgGABAEAwBI3hEAoN4RAPjeEQBQwRAAOCgAAKg7AgCQXg8A0LgRAPhLAAAAPAIAoOoNAEirAQBIqwEAoKsBAGjeAAAwnQEAiJ0BALBHAgCoOwIAuAkMAFiZDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAolAAAQNYBAKirEACInQEAsEcCAKg7AgDA4w0AGOQNAIC8EAB4sggASKsBAOjMBACInQEAsEcCAKg7AgBQwRAAOCgAAKg7AgCQXg8A0LgRAPhLAADo8hEAQPMRAJjzEQDw8xEASPQRAKD0EQD49BEAUPURAKj1EQAA9hEAWPYRALD2EQAI9xEACF4CAGBeAgDgpxAAgLwQAHAZAAB4TgEAoEsAAPhLAACIBQQAqDsCALgJDABYmQ8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBAFDBEABoQggAwEIIABhDCABwQwgAyEMIACBECAB4RAgAiB4OAOAeDgA4Hw4AkB8OAPDhAQAAAAAAAAAAAAAAAACoOwIAyBMNAOhKEgBASxIAmEsSAEDWDACY1gwASCsSAKArEgD4KxIAUCwSAKgsEgBo7g0AEIQIAHiyCAAg+AMAmIwAAPioAgAYGQAAqDsCAGjuDQAQhAgAeLIIAECqDAAYGQAA6EoSAEBLEgCYSxIAQNYMAJjWDABIKxIAoCsSAPgrEgBQLBIAqCwSAGjuDQAQhAgAeLIIAMgOAAAQwgIAaMICAIhOCQDgTgkAsEcCAGhwCwDQIgEAqDsCAEDWDACY1gwASCsSAKArEgD4KxIAUCwSAKgsEgDopREAqFECAHhdBwCoAQMASKsBAKgqDwBA1gwAmNYMAEgrEgCgKxIA+CsSAFAsEgAISAIAqDsCALBHAgBocAsAwHALAMgTDQDoShIAQEsSAJhLEgBA1gwAmNYMAEgrEgCgKxIA+CsSAFAsEgCoLBIAWAAAAEBSAQCYUgEA+PUCADCdAQB4sggAsKwQAACaAADQdw0AEMICABj8BQDg/Q0AMIQCAOjgAQCwRwIAIPgDAChJAwDQnQQAKJ4EAICeBADYngQAgGICADCdAQAAvwYAoEsAAKg7AgC4CQwAWJkPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAAheAgBgXgIAkF4PACipDwCoQw4AOGIKAJBiCgAAmgAA8MsMAEjMDACoOwIAQKoMAJiqDADoUw8AWAAAANAiAQCoOwIAuAkMALDNEAAIzhAAAAAAAGDOEADIgxAA6KgFAABRBgCAvBAAeLIIAKg7AgAAPAIAWDwCALA8AgAIPQIAgGICADCdAQAAvwYAoEsAAKg7AgC4CQwAWJkPALCZDwAImg8AWL8GAGhIBgDASAYA8JQBAJDSDQDo0g0A6NINADCqDwDwywEAyJUKACCWCgB4lgoAqGkQAABqEABYAAAAQFIBAJhSAQCAEg4A2BIOADATDgCIEw4AqDsCAGhIBgDASAYAyIMQACCEEAB4hBAA0IQQACiFEACAhRAA6MwEAJhXDgDwVw4AsGQHACD4AwCQtwAA6LcAADB5DQCIeQ0A4HkNACgKDQCACg0AqJkAAACaAABQ8QAA8CsDALBHAgAISAIAmIwAANC4EQD4SwAAiAUEAOAFBABo7g0AwO4NABjvDQCQXg8A6F4PAEBfDwAIYw8AWDwCALA8AgDYxQ0AMMYNACipDwCoQw4AUHYIAKAfAAComQAAkF4PANC4EQD4SwAAADwCADjREQCQ0REA6NERAEDSEQBQdggA+H4QAFB/EADAwgIAGMMCAKg7AgCQXg8AGPwFAOD9DQA4/g0AOGIKAJBiCgDwMBAAQNYBAPDLDABIzAwAqDsCANAiAQAAUQYA+PUCABi2CgCg6g0AQNYBAKg7AgDQIgEAKCMBAEDWAQCY1gEAQNYMAJjWDAA4KAAAoOoNAEDWAQDQIgEAAFEGADCEAgDA1wYASMUHAKiZAACwZAcAqDcHAEhLAADA1wYASMUHABh0CgCoOwIAADwCAFg8AgCwPAIACD0CAAA8AgCg6g0AQNYBAKg7AgCQXg8AmIwAAADZAQDQuBEA+EsAAIgFBADgBQQAWKEQAGCiEAC4ohAAEKMQAAA8AgBYPAIAsDwCAKDvDwD47w8AqDsCAJBeDwDoXg8AQF8PAEANDQCYDQ0A8A0NAEgODQCgDg0A+A4NAFAPDQCoDw0AaGQEAMBkBADIgxAAIIQQAKA3AwD4NwMAqCoPAFjZAQD4rxIAULASAKA7FAAY4Q4AIPgDAADOAQBA5RIACFQUAHiyCABIQAAAqLASAACxEgBA5RIAwJISAAhOAAD44BQACFQUAHiyCAAIVBQACFQUAHiyCABA5RIA2DcUAAhUFAD44BQAsEcCAPgfAACAGAEA+OAUAIAYAQDA3xIAwN8SAHiyCACwrBAAACEAAIAYAQDwzgAA8NYBAECNEgBAjRIACFQUAPDWAQAIVBQA+FUPANCqEgAoqxIAuEwTAPivEgBQsBIAMJ4TAPjgFACgCQAAQOUSANCqEgAoqxIAgBgBAFimEgC4EhQAEBMUAIgEEwCwRwIAwN8SAIjjEgDg4xIA+K8SAFCwEgDQnBMA0CIBAEC8EQDA3xIAQK4SAMDfEgAYdAoAKIQUALhMEwBA5RIAeL0TAAhUFACgCQAAoAkAAFDGEgCoxhIAAMcSAPjgFADIDgAAkLgSAOi4EgCQuBIA6LgSAKASEwD44BQAqEMOACA9AwB4sggA8AMJAHiyCABQxhIAqMYSACBiFACAGAEAUMYSAKjGEgAgYhQA+B8AAPivEgBQsBIAeIICAKg7AgBQMA0AQOUSAChJAwCoQw4AqEMOAKg7AgBISwAAwN8SAIC2EgDItBIAENsBAFDhFABQ4RQAyLQSAPC5EgBIuhIAoLoSAHgfDQAoIA0AQOUSAMB1AgCQuBIA6LgSAMDfEgDItBIAILUSAJC4EgAo6hMAkLgSACjqEwCACxQAwN8SACjMEgCoOwIAqDsCADiyFACQshQAuLgQAFjHEgCwxxIAWKYSAFjHEgCAbQ0AqDsCAFDGEgCoxhIAUMYSAKjGEgBQxhIAqMYSAEC5EgC4TBMAQLMUAJizFAAYawIAyLQSAFimEgCQuBIA6LgSABhrAgB4sggAqDsCAPjgFACoOwIAOLIUAJCyFACAwRIAeLoUAEDlEgAoSQMAQOUSACBNBQAgTQUAIE0FAChJAwCITgkAAA8RAJCOCgAADxEAAEkQAABJEABISwAAwFEOAMgJFACQzhIAEP8AAMgOAADIDgAAUNESAOC6EQAQ/wAA+PkTAMgOAADguhEAwN8SAMDfEgDA3xIAwN8SAMDfEgBYphIAWKYSAMDfEgDA3xIAwN8SAMDfEgDA3xIAwN8SAFimEgBYphIAWKYSAMDfEgDA3xIAwN8SAFimEgBYphIAgNcSAFimEgBYphIAwN8SAMDfEgDA3xIAqDsCAKg7AgCQcBQAoAkAAJBwFACgCQAAUNwSAAiSDgCoOwIA+OAUAEDWAQDIlQoAqDsCAMgOAADIDgAAwN8SAMDfEgBIqwEAeLoUAFDGEgCoxhIAKEkDAEDlEgD44BQAyA4AACjiEgCoOwIAuAMDAKAfAAAg+AMAAHwKABgZAAB4sggASBoJAHiyCADoORQAoAkAALhMEwDAkhIAWMcSALDHEgA4jQMAUMYSAKjGEgAgYhQAWL8GAPjgFACoOwIAqDsCAFjHEgCwxxIAqDANAEDlEgCAQhQAeLoUAMgOAABApwIAaN4AAGjeAABo3gAA+OAUAGjeAAAQgAIAeB4RAPjgFABApwIA+OAUAEidAgBQUhQAQC8UAJgvFAA47xIA+OAUALC2FAAItxQAsC4DAIAYAQD44BQA4B0SAKAJAAD44BQAWAAAABgZAACwrBAAwJISACD4AwCw5RMAWAAAAFBSFACgCQAA+OAUAHi9EwCgCQAAQOUSAKAJAACgCQAAUKITAEDlEgDAkhIAEMICACD4AwBQ/RIAkGkEAGBCBABA+xIAUEsEAFDhFAAQhAgAWKYSALgSFAAQExQAGEAUAEg/BABQxhIAqMYSACBiFAD4EhMAWKYSAPjgFACASwYAQD4EAEBIEwBYphIAwN8SAMDfEgBQxhIAqMYSAMDfEgCI4xIA4OMSACAPAABA5RIAeNsJAKgqDwBA5RIA4OsTAODrEwBA5RIAgBYUAHDgEgAYkQQAqDsCAEDlEgCQBRMA8NYBAPjgFACoOwIAqDsCAKg7AgBQ4RQAqDsCAMCSEgD44BQAqDsCAEDlEgB4uhQAiOMSAODjEgCAIA0AeEoGAJjMEwDIFgwAMEcPAPjgFAB42QYA+OAUAPDnCgBQKRMAACEAAEDlEgCQBRMA6AUTAFiuEwD44BQAEMICAKgqDwBA5RIA2DcUABD/AACYzBMAQEgTAFBqDABIuQAAUFECAKg7AgBYphIAuBIUABATFABQxhIA4AwUADBHDwCInhMAwJISAMgOAACAGAEAQBETAGiaEwDAmhMAWK4TAEhLAABYphIAuBIUABATFAAYQBQAcEAUAFiuEwBISwAAWK4TAEhLAABwnhIA+B0TAPjgFACoOwIA+OAUAKg7AgBA5RIA2DcUALhMEwBA5RIAKAMTAIADEwDYAxMAiJMTAKg7AgDAsxIAQOUSAMDfEgCI4xIA4OMSALgrEwAIcwYAwJISACiEFACoMA0AUOEUAMDfEgBQ4RQAwN8SAHC0EgAoSQMA0DkTACg6EwCAOhMAKAMTAIADEwDYAxMAMAQTAOiUEwDQORMAKDoTAIA6EwBwnhIAkL4FAFimEgC4EhQAEBMUABhAFABwQBQAkJYLAPjgFAAQwgIA+OAUAJjMEwDAkhIAIE0FAEA+BADo4AEAwN8SAIjjEgDg4xIAsK4TAAAhAABYphIAuBIUABATFAD44BQAKEkDABhAFABwQBQAGGkKAFiuEwBISwAAGDgTAHA4EwDIOBMAyEAUAHjZBgAYOBMAwN8SANAgFABYphIAUOEUAMDfEgCI4xIAUOEUAKgqDwCoOwIAeLoUAIjjEgDg4xIAgEgHAEDlEgDYNxQA+OAUAKjrDQBA5RIA+OAUAJAIBwBgPhQAWKYSAFDhFACQuBIA6LgSAHiyCADonxMA0DkTACg6EwCAOhMAeLoUAIjjEgDg4xIAUP0SABDCAgCoKg8AYD4UAPjgFACoKg8AqDsCADDrEwB4sggA+PUCAGA+FAC4PhQAED8UAHCeEgCAGAEAQOUSAPjgFAAoqQ8AwJISANB3DQBYphIAYD4UAFimEgBgPhQAwN8SAFDhFABQ4RQAUOEUAMDfEgCI4xIA4OMSACgDEwCAAxMA2AMTADjAEwDIQBQAIEEUAJjMEwAAIQAAMAQTAFATEwBgPhQAuD4UABA/FABoPxQAeLoUAHDgEgAo5xQAIA0TAHgNEwAo5xQAGDgTAGA+FABYphIAuBIUABATFABYphIAuBIUABATFAD44BQA4BcUANi6DQD44BQAqCoPAPjgFABoeQgAwJISAKg7AgDw1gEAgBgBAEDlEgCAFhQAcOASALAyFAAAAAAAeLIIAAAAAACo4RQAQOUSAIAWFABw4BIAsDIUAAAAAAB4sggAAAAAAPjgFAD44BQAoDsUAPjgFACgOxQA+OAUAKA7FACo4RQA+OAUAODrEwBQ4RQAwN8SAMDfEgCI4xIA4OMSAEDlEgCAbQ0A2DcUAKhDDgBYphIAuBIUABATFADI9hIA+OAUAFBSFABISwAAkKoTAOAMFAAQhAgA0BUUACgWFAAgYhQAIPgDAGA+FAC4PhQAED8UAEDlEgBA5RIAwN8SAIjjEgDg4xIAkPQJAAAAAAAIeBMAYHgTALh4EwBIGgkA0CAUACghFACAIRQA+OAUAHCeEgDYug0AWPcCAKgqDwBA5RIA+OAUALDlEwBgAQsAcJ4SAPjgFAAYdAoAuEwTAFDGEgCoxhIAkLgSAOi4EgBYphIAuBIUABATFABA2wMAQOUSAPjgFADoPQQAwN8SAMDfEgCI4xIA4OMSAHiyCAAAIQAAwN8SADAMFADA3xIAiOMSAODjEgBQyxQAAAAAAFimEgC4EhQAEBMUAEDlEgCQBRMA6AUTAMCSEgBA5RIACH0KAJjMEwDAkhIAgCMBAAAAAAD44BQAmMwTAMCSEgCAIwEA0IYTAFimEgC4EhQAEBMUAIAWFABw4BIA+OAUAEDlEgDA3xIAiOMSAODjEgD44BQAIPgDAKjOEwCoOwIA0JETAMDfEgAQ/wAA4PMJAEhLAACAQhQAIPgDAPDWAQD44BQAAJoAAODrEwBA2wMAINAUALgSFAAQExQAGEAUAHBAFADoRxMAqDsCAKg7AgBA5RIAIGIUANC6FACAGAEAuEwTAKg7AgDQnBMAAL8GAJAFEwDoBRMA6EcTAIidAQDQhhMAKIcTAICHEwB4sggAAAAAAAAAAAAAAAAA+OAUAJjMEwAAAAAAAAAAAAAAAADQnBMAEKUTAEhLAACoOwIAgBgBAPjgFABQUhQAmMwTAHiyCADA3xIAQEgTAEBIEwDA3xIAcOASACA9AwAohBQAeLoUAHDgEgAgTQUAWKYSALCmEgAgTQUAqJkAAEhLAABohAgA+OAUAJiMAABohAgAUOEUADiqEwDoRxMAUMYSAKjGEgBAuRIAkAUTAOgFEwBQxhIAqMYSAEC5EgCQBRMA6AUTAEhLAABISwAAUCkTAPDLAQDQIBQAKCEUAIAhFABYrhMA+OAUACD4AwDA3xIA+OAUAOg9BADA3xIAiOMSAODjEgAwtBMAiLQTACBNBQAgTQUA+OAUAOg9BADoPQQAeEoGADDrEwDAkhIAAAAAAPjgFAD44BQAqJkAAKg8FACoOwIAQOUSAOg9BADgFxQAqDsCADjNCwCwRwIA8METAEjCEwBYAAAAWAAAAHjZBgBA5RIAqDsCAPjgFAD44BQAGBkAAFimEgC4EhQAEBMUAHhEEwCo6w0ASD8EAMDfEgCI4xIA4OMSAPAwEABQxhIA4AwUAIDqEwB4vRMAGHQKAHi9EwB4vRMAeLIIABgZAABQxhIA4AwUAKjGEgBYphIAQOUSAHi9EwDQvRMAKL4TACiEFADQyBMAUBAUAMDfEgDoPQQAQOUSAIiYCgDAnwoAAAAAAAikEwBgpBMAAAAAAAAAAABoqgoAGLQSAKjrDQBA5RIA+OAUAPjgFADg6xMASEsAAEDlEgD44BQAQLwRAEDlEgCAGAEAqDsCAEDlEgCQGBQAGBkAAEAREwAohBQAuEwTAPjgFAD44BQA+OAUABgZAAAYGQAAGBkAALhMEwD44BQA+OAUABgZAAAYGQAAGBkAABgZAAAYGQAAwN8SAIjjEgDg4xIA+OAUAKg7AgD44BQAqDsCAPjgFACAGAEAgN8TAIAYAQCoOwIA+OAUAKAJAACA3xMAoAkAAOAXFAAYdAoAgN8TAChJAwAAAAAAIPgDADDgEwAg+AMA+OAUAOAXFAB48RQAQOUSAHjxFAD44BQAePEUAMDfEgCI4xIA4OMSAPjgFAAgsBAAgBgBAMCSEgDIDgAAyA4AAMCSEgCoKg8A4BcUAChJAwD44BQAKEkDAFimEgC4EhQAEBMUAMDfEgCI4xIA4OMSAKg7AgCY1gEA+OAUAKg7AgD44BQAQOUSAPDMEwCoOwIAgBgBAEDlEgD44BQAIPgDAKg7AgDw1gEA8O0TAIAYAQBwtgoAKIQUAEDlEgB4sggAoAkAAPjgFACA3xMAAAAAAJC4EgAo6hMAgAsUANABDACQuBIA6LgSANABDACY4hMA0AEMANABDADA3xIAMAwUANABDADo4AEAUMYSAOAMFAD4kxQAoAkAAKg7AgCQuBIA6LgSAKASEwBAvBEAwN8SAIjjEgDg4xIA+EYUAEDlEgD4qRQA2DcUAKCpFABA5RIAQOUSAPj5EwBQ+hMAqPoTAPj5EwBQ+hMAqPoTAAD7EwBY+xMA+PkTAFD6EwCo+hMAAPsTAFj7EwDYNxQAwN8SAIjjEgDg4xIA+EYUAEDlEgD4qRQA2DcUAKCpFABA5RIA8BUOAEDlEgBISwAA+PUCAEhLAAB4uhQAiOMSAODjEgBA5RIAwAgUAHiyCAAg+AMAiBMOAChJAwCAeRQA4AwUAIjqAQCoOwIAyA4AAAAAAADQdw0AAAAAACjqEwAIBxQAYAcUALgHFAD44BQAeLoUAIjjEgDg4xIAqDsCAKAJAAAgTQUAIE0FACiEFACoOwIAWKYSAKg7AgBA5RIAKEkDAEDlEgAo4wMAUFIUAFBSFADwMBAAQOUSAPjgFACoOwIAUMYSAKjGEgB4uhQAiOMSAODjEgB4uhQAqDsCAHiyCAD44BQAeLIIABAIFACQsQ0AGHQKAKAJAAAohBQAeE0FAOicFABIlQEAEP8AALAyFACQuBIA6LgSACAcDgCAeRQA8NYMAKg7AgBoHhQA8NYMAHBWFAAoWBQAaDsOAEgDAgBYphIAuBIUABATFACoOwIA+OAUAPjgFAB4uhQAEMICABDCAgB4uhQAeLoUAHiyCADIvxIAIMASAEAkFACQzhIAWKYSAMDfEgBw4BIAYEgCAGjuDQCozQEAWMcSAFimEgDYwgMASAMCAHhKBgAwQAoAUMYHALBHAgBISwAAAGcGAHiyCAD44BQAqCoPAJBwFAC4AwMAGIwCALgDAwAYjAIAmIYCAMgWDABQ4RQAWPcCAPjgFACgCQAAqDsCAOjOEgCgHwAA2MIDADiyFACoOwIA+OAUAMi0EgAQ2wEA+OAUACiEFAAQ5BQAeE0FAPjgFAAoSQMAKEkDAChJAwAoSQMAQOUSANjCDgCoOwIAQOUSAKg7AgBwVhQAKFgUACDsEgCoOwIAiBcUAHDgEgAYFBQAqDsCAEhLAAAQwgIAoDsUAMgOAACoKg8AWKYSALgSFAAQExQASBoJAMDfEgCI4xIA4OMSAMhAFAAgQRQAkAUTAOgFEwCQBRMA6AUTAMDfEgBwVhQAGGsCAPjgFACoOwIAID0DAJC4EgAwOBQAQOUSAKBnFACYVw4AgLwQAKg7AgBwVhQAKFgUAPiUEAAYGQAAcFYUAChYFAD4lBAAcJcCAHBWFAAoWBQA+JQQAFDGEgCoxhIAIGIUANBiFABIRhQAoEYUAFhIFABwVhQAKFgUAPiUEABwVhQAKFgUAPiUEABwVhQAKFgUAPiUEABQxhIAqMYSAPiUEACIRw8AUMYSAKgFFAB4uhQAMAwUAPjgFACoOwIAOCgAADgoAACwRwIAwF8CAECNEgBAUBQASMYOANg3FACoOwIA+OAUAKg7AgCY4QEACCgUADBHDwCoOwIAqDsCAGi+EgC4TBMAQLMUAKjGEgCI6gEAqDsCAEBqDwD4qwEAoOoNAPhGFADA3xIAsEcCAJD+DQD4RhQAKEkDAPhGFAAoSQMAQOUSAKg7AgBwVhQAKFgUAPjgFABQxhIAqMYSACBiFABIzAwAqDsCAKg7AgCoOwIAoBITAKg7AgDwRRQAuFUQAMgOAACwjg8AkLgSAEDlEgCoOwIAWKYSANDPDQDw1gwAUMsUAAAAAADw1gwAGJkQANBtFAAgmhAAKG4UALhMEwBYERQAeLoUAHDgEgBwVhQAYFUQAECNEgC4TBMA0G0UALhMEwAobhQAuEwTAHBWFAAoWBQA2CEUAFgAAACYyQkASEsAAEDEEgDIDgAAqDsCAPDWDABovhIAqDsCAIDqEwBwlwIAmGYUAKiqFAAAqxQAIPgDAEjMDACAxhQAqDsCAKg7AgCA9RMASAMCAPjgFACYIA4AmCAOAJggDgCYIA4AsEcCALBHAgAgxhAAqDsCAFDGEgDAdhQAcFYUABCtFACoOwIAcFYUALhVEACoOwIACFQUAFheFABQxhIAMDgUAKg7AgCgZxQA+GcUAMCiFABQaBQAqDsCAKg7AgBwVhQAuFUQAAhUFABYXhQAUMYSADA4FACoOwIAKDcUAFDGEgCoxhIAeLoUAHDgEgCoOwIAgHkUACiEFAAohBQAEP8AAKAPFAAYghQAUBAUAKADAgCYIA4AmCAOAJggDgCYIA4AqDsCAJhmFAAw7hIAWMcSABjKEgBIzAwA+EcQAHiCAgBorRQAqAUUAAhUFABA5RIAcK4UAEDlEgAohBQAKEkDAEjGDgBIxg4AqDsCAKjrDQCgZxQA+GcUAHiyCAB4sggAkNERAFDGEgCoxhIAqOsNAKBnFAD4ZxQAeLIIAHiyCACQ0REAOE8UAJBPFABQxhIA4AwUAIALFAAAAAAAQOUSAEDlEgAgPQMAwN8SAHBWFAAwZRAASKwTAOAMFAD4kxQACKEUAHi6FAAwDBQAKEkDAKCsEwAgYhQA6OABAPjgFACwfgIAWAAAAPhGFABwVhQAMGUQAEhLAADA3xIAeLIIAKg7AgBQxhIAqMYSAJDREQCgMRAAKEkDAChJAwDwywEA8MsBAPDLAQDwywEAKEkDAEDlEgDwywEAqDsCAKg7AgCoOwIAAAAAAAAAAABwVhQAEK0UAFDGEgCoxhIAkNERABBhEAD44BQAcFYUAOjgAQD44BQAcFYUADiyFACQshQAQOUSAKg7AgCoOwIAIPgDAHiyCAComQAAqDsCAJhmFACoqhQAAKsUAFirFACwqxQACKwUAGCsFAAoSQMAUMYSAKjGEgBAuRIAoGcUAPhnFADgsRQAQOUSACiEFAAohBQAKIQUACiEFABwVhQA8NYMAChJAwDItBIAENsBAGBeAgBQxhIA4AwUALhUFAB4uhQAiOMSAEBQFAD4tBQAULUUAKi1FAAAthQAeLoUAHDgEgDQRAgAeLoUAEDlEgAYuRQAKEkDAKgqDwDgPA8AWEgUALArDwDA3xIAKIQUANBXFACoOwIAYF4CAKiUFAColBQAYF4CACgDEwCAAxMAAMcSAKg7AgAohBQAKEkDAHBWFABgVRAAQFAUAPi0FABQtRQAqLUUAAC2FABYthQAWEgUAEBQFAD4tBQAULUUAKi1FAAAthQAWLYUAHiyCACQuBIA6LgSAECNEgAYmRAA8BUOAHiyCADI5hAAqDsCAGBeAgBgXgIAKIQUAAAAAAAAAAAAgBgBAGi+EgD44BQAgBgBANg3FACAGAEA2DcUAJC4EgAo6hMAgBgBAHBWFAAoWBQAUMYSAKjGEgCoOwIAWKYSAFimEgBYphIA0DkTAFimEgBYphIAWKYSAFimEgCQuBIAKOoTAFimEgDQORMAWKYSAMATFABYphIAwBMUAFimEgDAExQA0CAUAMATFABYphIAwBMUAFimEgDAExQAcAETAMATFABYphIAwBMUAFDGEgCoxhIAAAAAAIimFACgZxQA+GcUAIjHFABIqRQAcFYUAAAAAADI9hIA2KUUAAAAAAD44BQAcFYUAPjgFACgZxQA+GcUAAAAAAAYawIA4PYTADj3EwCQ9xMAeLoUADAMFABgXgIAqDsCAChJAwBA5RIAGBkAAKgqDwBYxxIAmCQUAIBuFACAbhQAWMcSALDHEgCITgkAsOIUAChJAwAoSQMAyA4AAMgOAACw8xIAQOUSAKADAgBYphIA+OAUAKAxEAAo5xQAoDEQAPjgFABYphIAwJISAPjgFADAkhIAWKYSALgSFADAkhIAkOkUAOjpFABYphIAKEkDAGAdFABA5RIAqDsCAKg7AgCoOwIAePEUAKg7AgCoOwIAqDsCAHjxFACoOwIAOE8JAHjxFAD44BQAqCwSAKg7AgCoOwIAePEUAEDlEgAoAxMAgAMTANgDEwBYphIAEGIBAAhUFABYXhQAqDsCAHi6FABw4BIAUMYSAKjGEgAgYhQASJUBAEDTDQCwlRQA6JwUAKgqDwCY+BMAKOoTAIALFAAwRw8AwN8SADAMFAAwRw8A+OAUAIhOCQDI9hIAkBgUAHBWFAAoWBQAUMYSAOAMFAD4kxQA+OAUAMCSEgCQ/g0AGBkAAPjgFAAYdAoAUMYSAKjGEgAgYhQAgL8PAMj2EgDYpRQAUMYSAMB2FABwVhQAYFUQAPjgFAA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAIAAIADAACAAAAAgAIAAIADAAAAAAAAgAAAAIACAACAAAAAgAEAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAAAAAACAAgAAgAAAAIADAAAAAwAAgAMAAAABAACAAwAAgAMAAAABAAAAAAAAgAMAAIAAAACAAwAAgAAAAIABAACAAwAAgAAAAIAAAACAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAgAEAAIACAACAAAAAgAEAAAADAACAAwAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAACAAwAAgAMAAAADAACAAAAAgAMAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAAAAIADAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAAAMAAAADAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAACAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAgAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAgAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAACAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAIAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAACAAgAAgAMAAAADAAAAAAAAgAMAAIADAACAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAgAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAACAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIAAAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAAAAgAMAAIADAAAAAAAAgAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIABAAAAAQAAAAEAAIAAAACAAQAAAAEAAAAAAACAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAwAAgAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIAAAACAAgAAgAIAAIAAAACAAAAAgAMAAIACAACAAAAAgAIAAIACAACAAgAAgAIAAIACAACAAAAAgAIAAIACAACAAAAAgAAAAIAAAACAAAAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAgAMAAAADAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgYAAAABAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgYAAAABAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgYAAAABAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgYAAAABAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgYAAAABAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgYAAAABAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgYAAAABAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgYAAAABAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgYAAAABAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoBEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAQAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAIAAAAAAAAQAAgAAGAAAIAAAAAgAAABQjhAgICCoEEAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAKCAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAEAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAIAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAEUAAAEAAAAAAAAAAAAAAAAMBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAEAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAAAAAAAgAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAEAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAIGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAACAAAAAAAAAAAIAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAACEAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAACIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAACEAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAIAAAAAAAAQAAgAAGAACIAAAAAgAAABQjlAgICCoEEABAAEAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAgYAAAABAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAIAAAAAAAAACAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgYAAAABAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAIAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAgAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIgAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIgAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAEAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAgAAACAAwAAAAAAAFQAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgYAAAABAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACBAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAACAAQAAAAAAAAAAAAAAAAAAAQAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAQAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAIABAAAAAAASAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAIABAAAAAAASAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEGAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAEAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAEAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgYAAAABAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAACAAAAAAAAAAwQAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgYAAAABAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAGAAAIAAAAAgAAABAjhAgACCoEEAAAAEAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAIAAAAAAABgAAAAAAAAAAAAAEAAAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAA"},"index":{"lists":[[16,17,18,33,34,115,117,118,119,250,305],[1,2,4,5,6,7,8,9,11,16,17,18,19,20,21,22,23,24,25,33,34,55,56,57,58,59,60,61,64,65,66,67,70,71,72,73,74,75,76,77,78,79,80,81,82,86,91,92,94,95,96,97,98,99,100,101,102,103,104,105,106,110,111,112,113,115,117,118,119,123,128,129,156,159,160,162,174,175,176,179,180,181,182,196,197,205,208,216,218,219,223,224,237,250,258,261,262,263,268,269,270,275,286,287,296,305,307,309,310,311,312,314,316,317,319,320,323,324,325,326,327,341],[1,2,4,5,6,7,8,9,11,16,17,18,19,20,21,22,23,24,25,33,34,55,56,57,58,59,60,61,63,64,65,66,67,70,71,72,73,74,75,76,77,78,79,80,81,82,86,87,91,92,94,95,96,97,98,99,100,101,102,103,104,105,106,109,110,111,112,113,115,117,118,119,123,128,129,135,156,159,160,162,174,175,176,179,180,181,182,187,188,189,196,197,205,208,216,218,219,220,223,224,237,250,258,261,262,263,264,268,269,270,275,286,287,296,305,307,309,310,311,312,314,316,317,319,320,323,324,325,326,327,330,331,332,341],[16,17,18,33,34,115,117,118,119,250,256,305],[5,16,17,18,23,33,34,55,56,84,108,115,117,118,119,226,250,272,274,305,327,330,347],[16,17,18,23,33,34,115,117,118,119,147,148,149,250,305,333,334,335,336,337,338,339],[6,7,16,17,18,33,34,115,117,118,119,250,275,305],[16,17,18,33,34,83,85,115,117,118,119,250,305],[16,17,18,33,34,115,117,118,119,250,305,320,340],[11,13,16,17,18,33,34,96,115,117,118,119,128,129,154,155,183,184,250,305,320,325,326],[10,11,13,16,17,18,33,34,115,117,118,119,147,148,149,250,305],[13,16,17,18,33,34,115,117,118,119,250,305],[11,13,16,17,18,33,34,58,82,89,94,97,102,103,115,117,118,119,139,147,148,149,150,168,195,196,197,199,203,211,219,221,222,223,224,233,239,240,241,242,247,250,255,263,265,266,267,268,269,270,285,298,299,300,301,302,303,304,305,313,341],[16,17,18,33,34,99,115,117,118,119,250,305],[16,17,18,33,34,41,42,43,49,50,115,117,118,119,127,202,214,248,250,251,253,254,305,306,319],[16,17,18,33,34,115,117,118,119,151,250,305,353],[15,16,17,18,33,34,115,117,118,119,250,305],[1,11,13,16,17,18,23,24,33,34,115,117,118,119,147,148,149,177,178,204,250,305,307,311,312,341],[11,13,16,17,18,23,32,33,34,35,38,115,117,118,119,147,148,149,153,177,178,250,305,307,311,312,341],[4,11,13,16,17,18,21,22,23,25,33,34,60,115,117,118,119,147,148,149,177,178,250,275,305,307,311,312,324,341],[6,11,13,16,17,18,23,33,34,44,115,117,118,119,147,148,149,177,178,179,213,250,252,305,307,311,312,329,341],[0,2,9,11,12,13,16,17,18,19,21,23,33,34,37,47,48,51,52,112,115,117,118,119,147,148,149,171,177,178,179,192,198,201,250,275,277,305,307,308,311,312,315,318,321,341,342,345,348,349,352,354],[3,5,11,13,14,16,17,18,23,25,29,33,34,37,47,51,52,54,63,66,67,90,93,113,114,115,117,118,119,123,125,131,132,134,140,147,148,149,152,157,160,163,171,177,178,179,186,190,191,194,200,207,209,210,215,216,227,235,238,249,250,257,258,275,276,290,297,305,307,311,312,341,350,355],[11,13,16,17,18,23,33,34,115,117,118,119,147,148,149,177,178,243,250,305,307,311,312,341],[11,13,16,17,18,23,33,34,115,117,118,119,147,148,149,177,178,250,305,307,311,312,341],[11,13,16,17,18,23,33,34,115,117,118,119,147,148,149,177,178,179,250,305,307,311,312,341],[11,13,16,17,18,20,23,33,34,115,117,118,119,147,148,149,177,178,250,283,305,307,311,312,341],[11,13,16,17,18,23,29,31,33,34,37,115,117,118,119,147,148,149,177,178,249,250,305,307,311,312,341],[11,13,16,17,18,23,33,34,115,117,118,119,147,148,149,177,178,250,305,307,311,312,341,346],[11,13,16,17,18,23,33,34,111,115,117,118,119,147,148,149,177,178,179,185,246,250,305,307,311,312,331,341,343,344],[11,13,16,17,18,23,25,33,34,106,114,115,117,118,119,126,130,141,147,148,149,173,177,178,186,229,250,279,282,293,294,305,307,311,312,331,341],[11,13,16,17,18,23,33,34,36,63,115,117,118,119,125,133,147,148,149,162,163,177,178,206,216,249,250,258,291,295,305,307,311,312,341],[9,11,13,16,17,18,23,25,26,33,34,53,88,115,117,118,119,147,148,149,177,178,179,250,305,307,311,312,341],[11,13,16,17,18,19,23,33,34,36,37,69,115,117,118,119,147,148,149,162,177,178,193,249,250,305,307,311,312,341],[11,13,16,17,18,23,27,28,33,34,39,40,62,74,115,117,118,119,124,136,138,142,147,148,149,158,164,165,166,167,169,170,172,177,178,182,212,217,218,228,231,234,236,237,245,250,259,260,261,262,278,281,288,289,292,296,305,307,311,312,322,328,341],[11,13,16,17,18,22,23,24,25,33,34,78,115,116,117,118,119,147,148,149,177,178,250,305,307,311,312,341],[7,11,13,16,17,18,23,33,34,115,117,118,119,147,148,149,177,178,250,305,307,311,312,341],[11,13,16,17,18,23,30,33,34,36,37,115,117,118,119,147,148,149,177,178,179,244,249,250,305,307,311,312,341],[11,13,16,17,18,23,30,33,34,36,115,117,118,119,147,148,149,177,178,249,250,305,307,311,312,341],[16,17,18,33,34,115,117,118,119,122,137,143,144,145,146,161,230,232,250,280,284,305,351],[16,17,18,33,34,86,115,117,118,119,250,305],[11,13,16,17,18,23,33,34,45,46,115,117,118,119,147,148,149,250,305,307,311,312,341],[16,17,18,33,34,55,115,117,118,119,250,305],[16,17,18,33,34,56,59,61,64,65,115,117,118,119,250,305],[16,17,18,33,34,57,115,117,118,119,250,305],[16,17,18,33,34,68,72,73,75,115,117,118,119,250,305],[16,17,18,33,34,71,95,115,117,118,119,250,305],[16,17,18,33,34,71,115,117,118,119,120,121,250,305],[16,17,18,33,34,71,96,98,115,117,118,119,250,305],[16,17,18,33,34,71,115,117,118,119,250,305],[16,17,18,33,34,76,79,81,95,115,117,118,119,250,305,314],[16,17,18,33,34,77,96,98,105,115,117,118,119,250,305,332],[16,17,18,33,34,80,115,117,118,119,181,250,305],[16,17,18,33,34,95,115,117,118,119,250,305,314],[16,17,18,33,34,98,115,117,118,119,250,305],[16,17,18,33,34,104,110,115,117,118,119,250,305,314,332],[16,17,18,33,34,107,115,117,118,119,225,250,271,273,305],[16,17,18,33,34,115,117,118,119,180,250,305],[16,17,18,33,34,115,117,118,119,250,305,314],[16,17,18,33,34,115,117,118,119,250,305,332],[16,17,18,33,34,101,115,117,118,119,187,188,189,250,305,317],[5,16,17,18,23,33,34,55,56,101,115,117,118,119,187,188,189,250,305,317,327,330],[16,17,18,23,33,34,101,115,117,118,119,187,188,189,250,286,287,305,317],[6,7,16,17,18,33,34,101,115,117,118,119,187,188,189,250,275,305,317],[16,17,18,33,34,101,115,117,118,119,187,188,189,250,305,317,320],[11,16,17,18,33,34,96,101,115,117,118,119,128,129,187,188,189,250,305,317,320,325,326],[11,16,17,18,33,34,101,109,115,117,118,119,187,188,189,250,286,287,305,317],[11,16,17,18,33,34,58,82,87,91,92,94,97,100,101,102,103,115,117,118,119,187,188,189,196,197,208,219,220,223,224,250,263,264,268,269,270,286,287,305,317,341],[16,17,18,33,34,99,101,115,117,118,119,187,188,189,250,305,317],[16,17,18,33,34,101,115,117,118,119,187,188,189,250,305,317,319],[1,8,11,16,17,18,23,24,33,34,101,115,117,118,119,187,188,189,250,286,287,305,307,309,310,311,312,317,323,341],[11,16,17,18,23,33,34,101,115,117,118,119,187,188,189,250,286,287,305,307,309,310,311,312,317,341],[4,11,16,17,18,21,22,23,25,33,34,60,101,115,117,118,119,187,188,189,250,275,286,287,305,307,309,310,311,312,317,324,341],[6,11,16,17,18,23,33,34,101,115,117,118,119,179,187,188,189,250,286,287,305,307,309,310,311,312,317,341],[2,9,11,16,17,18,19,21,23,33,34,101,112,115,117,118,119,179,187,188,189,250,275,286,287,305,307,309,310,311,312,316,317,341],[5,11,16,17,18,23,25,33,34,63,66,67,101,113,115,117,118,119,123,156,160,179,187,188,189,216,250,258,275,286,287,305,307,309,310,311,312,317,341],[11,16,17,18,23,33,34,101,115,117,118,119,187,188,189,205,250,286,287,305,307,309,310,311,312,317,341],[11,16,17,18,23,33,34,101,115,117,118,119,179,187,188,189,250,286,287,305,307,309,310,311,312,317,341],[11,16,17,18,20,23,33,34,101,115,117,118,119,135,187,188,189,250,286,287,305,307,309,310,311,312,317,341],[11,16,17,18,23,33,34,101,111,115,117,118,119,179,187,188,189,250,286,287,305,307,309,310,311,312,317,331,341],[11,16,17,18,23,25,33,34,101,106,115,117,118,119,187,188,189,250,286,287,305,307,309,310,311,312,317,331,341],[11,16,17,18,23,33,34,63,101,115,117,118,119,162,187,188,189,216,250,258,286,287,305,307,309,310,311,312,317,341],[9,11,16,17,18,23,25,33,34,101,115,117,118,119,179,187,188,189,250,286,287,305,307,309,310,311,312,317,341],[11,16,17,18,19,23,33,34,101,115,117,118,119,156,159,162,187,188,189,250,286,287,305,307,309,310,311,312,317,341],[11,16,17,18,23,33,34,74,101,115,117,118,119,156,182,187,188,189,218,237,250,261,262,286,287,296,305,307,309,310,311,312,317,341],[11,16,17,18,22,23,24,25,33,34,78,101,115,117,118,119,187,188,189,250,286,287,305,307,309,310,311,312,317,341],[7,11,16,17,18,23,33,34,101,115,117,118,119,187,188,189,250,286,287,305,307,309,310,311,312,317,341],[16,17,18,33,34,86,101,115,117,118,119,187,188,189,250,305,317],[11,16,17,18,23,33,34,101,115,117,118,119,187,188,189,250,286,287,305,307,311,312,317,341],[16,17,18,33,34,55,101,115,117,118,119,187,188,189,250,305,317],[16,17,18,33,34,56,59,61,64,65,101,115,117,118,119,187,188,189,250,305,317],[16,17,18,33,34,57,101,115,117,118,119,187,188,189,250,305,317],[16,17,18,33,34,72,73,75,101,115,117,118,119,187,188,189,250,305,317],[16,17,18,33,34,70,71,95,101,115,117,118,119,187,188,189,250,305,317],[16,17,18,33,34,71,101,115,117,118,119,187,188,189,250,305,317],[16,17,18,33,34,71,96,98,101,115,117,118,119,187,188,189,250,305,317],[16,17,18,33,34,76,79,81,95,101,115,117,118,119,174,187,188,189,250,305,314,317],[16,17,18,33,34,77,96,98,101,105,115,117,118,119,176,187,188,189,250,305,317,332],[16,17,18,33,34,80,101,115,117,118,119,181,187,188,189,250,305,317],[16,17,18,33,34,95,101,115,117,118,119,187,188,189,250,305,314,317],[16,17,18,33,34,98,101,115,117,118,119,187,188,189,250,305,317],[16,17,18,33,34,101,104,110,115,117,118,119,187,188,189,250,305,314,317,332],[16,17,18,33,34,101,115,117,118,119,175,187,188,189,250,305,317],[16,17,18,33,34,101,115,117,118,119,176,187,188,189,250,305,317],[16,17,18,33,34,101,115,117,118,119,180,187,188,189,250,305,317],[16,17,18,33,34,101,115,117,118,119,187,188,189,250,305,314,317],[16,17,18,33,34,101,115,117,118,119,187,188,189,250,305,317,332]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,3,0,4,5,0,0,6,7,0,0,8,0,9,10,11,12,12,12,12,12,12,12,12,12,12,0,0,13,14,15,0,16,17,18,19,20,21,22,23,24,25,26,24,27,28,29,30,31,24,32,33,34,35,36,37,38,24,24,39,0,0,40,41,0,17,18,19,20,21,22,23,24,25,26,24,27,28,29,30,31,24,32,33,34,35,36,37,38,24,24,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,42],[9679,43],[8250,44],[9135,45],[215,46],[10095,47],[10003,48],[8595,49],[10008,50],[10004,51],[9472,52],[10007,53],[8730,54],[10006,55],[8505,56],[9762,0],[9888,0],[8617,0],[8226,57],[10060,58],[9654,59],[65123,59]],"plainDefault":0,"spaced":[60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,61,62,60,60,63,60,60,60,64,60,65,66,60,67,67,67,67,67,67,67,67,67,67,60,60,68,69,60,60,60,70,71,72,73,74,75,76,71,77,78,71,71,71,79,80,81,71,82,83,84,85,86,77,71,71,71,60,60,60,87,88,60,70,71,72,73,74,75,76,71,77,78,71,71,71,79,80,81,71,82,83,84,85,86,77,71,71,71,60,60,60,60,60],"spacedOther":[[160,60],[5760,60],[8192,60],[8193,60],[8194,60],[8195,60],[8196,60],[8197,60],[8198,60],[8199,60],[8200,60],[8201,60],[8202,60],[8232,60],[8233,60],[8239,60],[8287,60],[12288,60],[65279,60],[9676,89],[9679,90],[8250,91],[9135,92],[215,93],[10095,94],[10003,95],[8595,94],[10008,96],[10004,97],[9472,98],[10007,99],[8730,100],[10006,101],[8505,60],[9762,102],[9888,102],[8617,103],[8226,104],[10060,105],[9654,106],[65123,106]],"spacedDefault":60,"blank":60}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,77,79,80,81],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,50,54,57,58,60,61,62,63,64,65,66,67,68,69,70,71,73,74,75,76,77,79,80,81,84,88,89,107,108,109,110,117,118,119,122,123,124,137,138,145,148],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,50,54,55,57,58,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,79,80,81,84,88,89,94,107,108,109,110,117,118,119,122,123,124,129,130,131,137,138,145,148],[6,7,26,27,52,72,77,79,80,81],[6,7,77,79,80,81,101,102,103],[6,7,51,53,77,79,80,81],[6,7,62,77,79,80,81,88,89,105,106,125,126],[6,7,29,50,56,60,63,68,69,77,79,80,81,97,101,102,103,104,113,136,137,138,140,143,149],[6,7,65,77,79,80,81],[6,7,13,14,20,21,77,79,80,81,87,143],[6,7,77,79,80,81,104],[6,7,77,79,80,81,101,102,103,120,121,144],[5,6,7,8,11,77,79,80,81,101,102,103,104,120,121],[6,7,77,79,80,81,101,102,103,120,121],[6,7,15,77,79,80,81,101,102,103,120,121,122],[6,7,10,18,19,22,23,75,77,79,80,81,101,102,103,116,120,121,122,134,139,142],[2,6,7,10,18,22,23,25,33,36,37,56,59,76,77,79,80,81,84,85,91,92,93,98,101,102,103,104,109,110,116,120,121,122,128,132,133,136,141,147,149],[6,7,77,79,80,81,101,102,103,120,121,122],[2,4,6,7,10,77,79,80,81,101,102,103,120,121],[6,7,77,79,80,81,86,98,101,102,103,116,120,121,128],[6,7,9,33,77,79,80,81,85,92,101,102,103,110,120,121,146],[0,6,7,24,55,77,79,80,81,101,102,103,120,121,122],[6,7,9,10,77,79,80,81,101,102,103,110,120,121,135],[0,1,6,7,12,32,42,77,79,80,81,84,95,96,98,101,102,103,110,111,112,114,115,116,120,121,124],[6,7,46,77,78,79,80,81,101,102,103,120,121],[3,6,7,9,10,77,79,80,81,101,102,103,120,121,122],[3,6,7,9,77,79,80,81,101,102,103,120,121],[6,7,77,79,80,81,84,95,99,100,109],[6,7,54,77,79,80,81],[6,7,16,17,77,79,80,81,101,102,103],[6,7,30,77,79,80,81,101,102,103],[6,7,77,79,80,81,101,102,103,108],[6,7,74,77,79,80,81,101,102,103,127],[6,7,71,76,77,79,80,81,90,101,102,103],[6,7,38,77,79,80,81,101,102,103],[6,7,26,77,79,80,81],[6,7,27,30,31,34,35,77,79,80,81],[6,7,28,77,79,80,81],[6,7,37,41,42,43,77,79,80,81],[6,7,40,61,77,79,80,81],[6,7,40,77,79,80,81,82,83],[6,7,40,62,64,77,79,80,81],[6,7,40,77,79,80,81],[6,7,44,47,49,61,77,79,80,81],[6,7,45,62,64,71,77,79,80,81],[6,7,48,77,79,80,81,124],[6,7,61,77,79,80,81],[6,7,64,77,79,80,81],[6,7,70,73,77,79,80,81],[6,7,72,77,79,80,81],[6,7,77,79,80,81,123],[6,7,67,77,79,80,81,129,130,131],[6,7,26,27,67,72,77,79,80,81,129,130,131],[6,7,62,67,77,79,80,81,88,89,129,130,131],[6,7,67,72,77,79,80,81,129,130,131],[6,7,29,50,55,57,58,60,63,66,67,68,69,77,79,80,81,129,130,131,137,138,148],[6,7,65,67,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,122,129,130,131],[6,7,67,75,77,79,80,81,122,129,130,131],[6,7,33,36,37,67,76,77,79,80,81,84,107,109,110,122,129,130,131],[6,7,67,77,79,80,81,129,130,131,145],[6,7,67,77,79,80,81,94,129,130,131],[6,7,33,67,77,79,80,81,110,129,130,131],[6,7,55,67,77,79,80,81,122,129,130,131],[6,7,67,77,79,80,81,107,108,110,129,130,131],[6,7,42,67,77,79,80,81,84,107,110,124,129,130,131],[6,7,46,67,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,84,109,129,130,131],[6,7,54,67,77,79,80,81,129,130,131],[6,7,30,67,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,108,129,130,131],[6,7,67,74,77,79,80,81,129,130,131],[6,7,67,71,76,77,79,80,81,129,130,131],[6,7,26,67,77,79,80,81,129,130,131],[6,7,27,30,31,34,35,67,77,79,80,81,129,130,131],[6,7,28,67,77,79,80,81,129,130,131],[6,7,37,41,42,43,67,77,79,80,81,129,130,131],[6,7,39,40,61,67,77,79,80,81,129,130,131],[6,7,40,67,77,79,80,81,129,130,131],[6,7,40,62,64,67,77,79,80,81,129,130,131],[6,7,44,47,49,61,67,77,79,80,81,117,129,130,131],[6,7,45,62,64,67,71,77,79,80,81,119,129,130,131],[6,7,48,67,77,79,80,81,124,129,130,131],[6,7,61,67,77,79,80,81,129,130,131],[6,7,64,67,77,79,80,81,129,130,131],[6,7,67,70,73,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,118,129,130,131],[6,7,67,77,79,80,81,119,129,130,131],[6,7,67,77,79,80,81,123,129,130,131]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,8,9,10,0,0,11,12,13,14,15,16,13,13,17,13,13,18,13,17,19,20,13,21,22,23,24,13,25,26,13,13,27,0,0,28,29,0,4,4,30,4,4,31,4,4,4,4,4,4,4,32,33,4,4,4,34,31,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,35],[9679,36],[8250,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[10004,44],[9472,45],[10007,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50]],"plainDefault":0,"spaced":[51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,52,51,51,51,51,51,51,51,51,51,53,54,51,55,55,55,55,55,55,55,55,55,55,51,51,56,51,51,51,51,51,51,51,57,58,59,60,51,57,61,51,51,51,57,51,62,51,63,64,65,66,51,57,51,51,51,67,51,51,68,51,51,51,51,69,51,51,70,51,51,51,51,51,51,51,71,72,51,51,51,51,70,51,51,51,51,51,51,51,51,51,51,51],"spacedOther":[[160,51],[5760,51],[8192,51],[8193,51],[8194,51],[8195,51],[8196,51],[8197,51],[8198,51],[8199,51],[8200,51],[8201,51],[8202,51],[8232,51],[8233,51],[8239,51],[8287,51],[12288,51],[65279,51],[9676,73],[9679,74],[8250,75],[9135,76],[215,77],[10095,78],[10003,79],[8595,78],[10008,80],[10004,81],[9472,82],[10007,83],[8730,84],[10006,85],[8505,54],[9762,86],[9888,86],[8617,87],[8226,88]],"spacedDefault":51,"blank":51}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/","value":{"lists":[[30,31],[4,6,7,11,12,24,30,31],[4,6,7,8,11,12,24,30,31],[13,30,31],[7,9,10,11,12,20,26,27,28,29,30,31],[2,30,31],[1,30,31],[3,4,14,22,25,30,31],[16,30,31],[4,30,31],[0,5,6,15,18,23,24,30,31],[17,19,30,31],[21,30,31],[7,8,11,12,30,31],[6,24,30,31]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"passed":{"key":"\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/","value":{"lists":[[13],[2,4,13],[5,13],[0,3,4,10,11,12,13],[0,13],[6,9,13],[8,13],[1,2,13],[7,13],[4,13],[2,13]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,6,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
