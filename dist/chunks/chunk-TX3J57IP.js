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
} from "./chunk-GXORJFEF.js";
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
  passedAll: /^=+ (?![^\n]{0,300}\b(?:failed|errors?|no tests ran)\b)\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\b[^\n]{0,300} in \d{1,9}(?:\.\d{1,9})?s\b[^\n]{0,60}=$/,
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
  passedAll: /^\d{1,9} examples?, 0 failures(?:, \d{1,9} pending)?$/,
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
var DERIVED = `{"prefilter":{"key":"rules 303\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?:connecting to|connect to|Redis on) ['\\"]?[a-z][a-z0-9+.-]{1,20}:\\\\/\\\\/[^\\\\s'\\"/]{1,255}\\\\/[^\\\\s:'\\"]{0,200}:\\\\d{1,5}(?!\\\\d)/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/(?<!rescue |raise )\\\\b(?:Minitest::Assertion|Test::Unit::AssertionFailedError)(?=:|\\\\s*$)/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))[^\\\\n]{0,600}?\\\\S\\\\) = [^\\\\n]{1,200}?[;,] want:? \\\\S/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -[235]\\\\b|\\\\[Errno -[235]\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:(?!-)\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error -[235] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5}\\\\./\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError(?!:?\\\\s{1,4}Error connecting to Redis on (?!(?:[\\\\w.-]{1,255}:\\\\d{1,5}|\\\\/[^\\\\s()]{1,255}) \\\\((?!Errno::EINVAL\\\\)|Redis::TimeoutError\\\\)|SocketError\\\\))))/\\n/Error connecting to Redis on localhost:\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?!localhost:)(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{0,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/^\\\\s{0,40}(?:[\\\\w.$]{0,200}Connection\\\\w{0,60}(?:Exception|Error): )?(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/\\\\S[^\\\\n]{0,300}\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/\\n/(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\bFailed opening required '(?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)' \\\\(include_path=/\\n/\\\\brequire(?:_once)?\\\\((?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)\\\\): [Ff]ailed to open stream: No such file or directory/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$/\\n/^!{1,40} (?:_pytest\\\\.outcomes\\\\.Exit\\\\b|Interrupted\\\\b|KeyboardInterrupt\\\\b|stopping after \\\\d)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^JUnit version \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^PHPUnit \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?\\\\S{0,40} by Sebastian Bergmann and contributors\\\\.$/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[21,27,31,32,33,34,35,36,37,46,47,56,58,61,62,63,169,178,212,224,225,251,256,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,472,473,474,475,476,477,478,479,480,481,484,485,486,487,488,489,490,491,492,493,494,495,496,497,498,499,500,501,502,503,504,505,506,507,508,509,510,511,512,513,514,515,516,517,518,519,520,521,522,523,524,525,526,527,528,529,530,531,532,533,534,535,536,537,538,539,541,542,544,546,547,548,549,550,551,552,555,556,557,559],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,9472,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,59,9654,65123],"words":11,"quiet":13561,"states":15369,"edges":"AAAAAAAAAAABAAAAVwAAAAIAAAD/igAAAwAAAJ0OAAAEAAAA4dsAAAUAAACGcgcABgAAAOjQAQAHAAAABF0IAAgAAACHJQIACQAAAHmSAAAKAAAAbUoAAAsAAAB0FQoADAAAAOmXAAANAAAAzxgAAA4AAAB+mAEADwAAAHq1AAAQAAAAwycAABEAAABtpgEAEgAAAIQJAAATAAAA7xcCABQAAAARrwMAFQAAANpHAgAWAAAAgh8BABcAAABsMQIAGAAAAI1JAgAZAAAARzsCABoAAAC/UwIAGwAAAAvdAgAcAAAASS8DAB0AAAAAAAAAHgAAAMyoDwAfAAAAUBUBACAAAACWfwIAIQAAAF/9DAAiAAAAbf0BACMAAAAq/AAAJAAAAI0BBQAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAr8AOACkAAAAAAAAAKgAAALbGAQArAAAAZCMDACwAAAAY7AEALQAAAHa3CwAuAAAAAAAAAC8AAAABLQIAMAAAAAAAAAAxAAAAWIQCADIAAACDkhEAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAADmIg8APwAAACZaDQBAAAAABmUNAEEAAAC3NBEAQgAAALqODgBDAAAAiNsOAEQAAAAAAAAARQAAAPPfDgBGAAAAAAAAAEcAAACdAg8ASAAAALYHDwBJAAAAWsgTAEoAAAB5Lw8ASwAAACNSDwBMAAAAelIPAE0AAADRUg8ATgAAAPJqDwBPAAAABm8PAFAAAADxng8AUQAAAHEhEABSAAAAyCEQAFMAAAAzJhAAVAAAAAAAAABVAAAA1ZERAFYAAAAskhEAWQAAAK4AAABaAAAAakwEAFwAAACHpAoAXQAAAGhOAQBgAAAAyaIAAGIAAAA5MQsAYwAAAIBYCQBrAAAARUwCAG4AAACoRwQAdAAAAI0/AACxAAAABQEAALsAAACwVQMAvQAAAANODAAIAQAAnwASAGEBAACzAQAAuQEAAAoCAAARAgAAYQIAAGkCAAC4AgAAugIAAA8DAAAYAwAAZgMAAHADAAC9AwAAyAMAABQEAAAgBAAAawQAAHgEAADCBAAAzAQAABkFAAAnBQAAcAUAAH8FAADHBQAAyQUAAB4GAAAoBgAAdQYAAIMGAADMBgAA0QYAACMHAAAwBwAAegcAAIIHAADRBwAA4QcAACgIAAAqCAAAfwgAAI0IAADWCAAA5wgAAPYAEgA0CQAATQESAIYJAAADXQ8AjAkAANsJAACRCQAAevEMAJQJAABw7wwAmQkAAKEoDACdCQAAQVgPAKAJAAC7ogsA4gkAADIKAADoCQAA+zoMADcKAACJCgAAlQoAAOAKAADjCgAANwsAAD8LAACOCwAAmwsAAOULAADqCwAAPAwAAEYMAACTDAAAmwwAAOoMAAD2DAAAQQ0AAPkMAAAiRQIAVA0AAJgNAACmDQAA7w0AAPINAABGDgAAUA4AAKQBEgCfDgAAm3YAAKAOAABpyAEAog4AAPQOAACmDgAALaENAKcOAAC6qQIAqA4AAFs/AgCpDgAARB8AAKoOAAD9OA8Aqw4AAEWeAQCsDgAA9TEAAK4OAAALiwMAsQ4AAMITAwC6DgAAISwEAL0OAAD4Nw8A+g4AAEsPAAADDwAAbpoJAFEPAACiDwAAtg8AAPkPAAAOEAAAUBAAAFgQAACnEAAAsRAAAP4QAAADEQAAVREAAFoRAACsEQAAtBEAAAMSAAAZEgAAWhIAAFwSAACxEgAAvhIAAAgTAAAcEwAAXxMAAGcTAAC2EwAAxRMAAA0UAAAeFAAAZBQAAHIUAAC7FAAAxxQAABIVAAAfFQAAaRUAAHMVAADAFQAAwxUAABcWAAAfFgAAbhYAAHAWAADFFgAA1hYAABwXAAAiFwAAcxcAAH8XAADKFwAAzBcAACEYAAAoGAAAeBgAAIwYAAD7ARIA0BgAAAi/EQDRGAAALWoCANQYAAAmGQAA2BgAAP4aAgDdGAAADXoDACgZAAAL0wAAKRkAAGMeCQAtGQAAM2QLAC4ZAAB9GQAAMBkAAKtKAQAxGQAAjuEIADMZAABX0QcANRkAAOqfDAA3GQAAGX8HADwZAACicAIAPxkAAGYmBwB+GQAA1BkAAIAZAABT7gYAgxkAANPgDADrGQAAKxoAAEMaAACCGgAAjRoAANkaAADyGgAAMBsAADIbAACHGwAAoRsAAN4bAADtGwAANRwAADocAACMHAAAmRwAAOMcAADzHAAAOh0AAEIdAACRHQAAnR0AAOgdAAD1HQAAPx4AAEkeAACWHgAAnB4AAO0eAAABHwAAUgISAEofAACbHwAATh8AAEzPDgBbHwAAqy8NALYfAADyHwAA/h8AAEkgAABPIAAAoCAAAKMgAADztwYAqCAAAPcgAAD6IAAA79kGAP4gAABOIQAAAiEAAEF9BQAFIQAA4eoDAFMhAAClIQAAsSEAAPwhAAD/IQAAUyIAAFsiAACqIgAAtyIAAAEjAAAGIwAAWCMAAGIjAACvIwAAtyMAAAYkAAAJJAAAXSQAAGYkAAC0JAAAtSQAAAslAAAMJQAAYiUAAGclAAC5JQAAvyUAABAmAAAaJgAAZyYAAG8mAAC+JgAAwSYAABUnAAAYJwAAbCcAAH0nAACpAhIAxScAAPDjAQDIJwAA8HENAMwnAAC6RhEAzycAABooAADRJwAA9oEJADIoAABxKAAAdCgAAMgoAADUKAAAHykAACwpAAB2KQAAfSkAAM0pAADPKQAAJCoAAC0qAAB7KgAAhSoAANIqAADdKgAAKSsAAEUrAACAKwAAiCsAAAADEgDcKwAALiwAADYsAACFLAAAhiwAANwsAADeLAAAMy0AADYtAACKLQAAjS0AAFcDEgDmLQAAOC4AAD4uAACPLgAAli4AAOYuAADuLgAAPS8AAEAvAACULwAAnS8AAOsvAADsLwAAQjAAAEMwAACZMAAAqjAAAPAwAAD+MAAARzEAAFMxAACeMQAApTEAAK4DEgD7MQAATDIAAE4yAACjMgAAuTIAAPoyAAACMwAAUTMAAFMzAACoMwAAsTMAAP8zAAAJNAAAVjQAAGE0AACtNAAAuTQAAAQ1AAARNQAAWzUAAGU1AACyNQAAwDUAAAk2AAAYNgAAYDYAAGI2AAC3NgAAwTYAAA43AAAcNwAAZTcAAGo3AAC8NwAAyTcAABM4AAAbOAAAajgAAHA4AADBOAAAzTgAABg5AAA1OQAAbzkAAHg5AADGOQAA1DkAAB06AAAjOgAAdDoAAIA6AADLOgAAzjoAACI7AAAqOwAAeTsAAIo7AADQOwAA3jsAACc8AABAPAAAfjwAAH88AADVPAAA8jwAAAUEEgAxPQAAgz0AAIk9AADaPQAA4j0AADE+AAA6PgAAiD4AAIs+AADfPgAA6z4AADY/AAA8PwAAswQSAKk/AADkPwAA7D8AAAoFEgA+QAAAkkAAAKNAAADpQAAA8UAAAEBBAABOQQAAl0EAAJpBAADuQQAA9kEAAEVCAABSQgAAnEIAAKFCAADzQgAA/UIAAEpDAABSQwAAoUMAAK1DAAD4QwAABUQAAE9EAABRRAAApkQAAL9EAAD9RAAADkUAAFRFAABgRQAAq0UAALJFAAACRgAACkYAAFlGAABeRgAAsEYAAL1GAAAHRwAAD0cAAF5HAABoRwAAtUcAAMBHAAAMSAAAGEgAAGNIAABrSAAAYQUSAMZIAAARSQAAF0kAAGhJAACDSQAAv0kAAMtJAAAWSgAAHEoAALgFEgBySgAA4loCAHNKAACIrgUAdEoAABc+CAB4SgAAxEoAAHlKAABx2wEAe0oAALGHBgCBSgAAD2QCAMpKAAD1LxEA0EoAABtLAAAhSwAAUrwDACNLAAAPBhIAfksAAMlLAADPSwAAIEwAADtMAAB3TAAAg0wAAM5MAADUTAAAJU0AAC1NAAB8TQAAgk0AANNNAADfTQAAKk4AAEdOAACBTgAAik4AANhOAADkTgAAL08AADJPAACGTwAAkE8AAN1PAADpTwAANFAAADtQAACLUAAAk1AAAOJQAADjUAAAk2MAAOVQAAA5UQAASFEAAJBRAACWUQAA51EAAOlRAAA+UgAAVFIAAJVSAACzUgAA7FIAAAVTAABDUwAARVMAAJpTAACdUwAA8VMAAP1TAABIVAAAT1QAAJ9UAACnVAAA9lQAAPhUAABNVQAAVlUAAKRVAACuVQAA+1UAAAZWAABSVgAAXlYAAKlWAAC2VgAAAFcAAApXAABXVwAAZVcAAK5XAAC9VwAABVgAAAdYAABcWAAAZlgAALNYAADBWAAAClkAAA9ZAABhWQAAblkAALhZAADNWQAAD1oAABdaAABmWgAAf1oAAL1aAADGWgAAFFsAAB5bAABrWwAAc1sAAMJbAADPWwAAGVwAAB5cAABwXAAAeFwAAMdcAADIXAAAHl0AACBdAAB1XQAAeF0AAMxdAADPXQAAZgYSACheAAB6XgAAgF4AANFeAADYXgAAKF8AADBfAAB/XwAAg18AANZfAADYXwAALWAAADBgAACEYAAAjGAAANtgAADcYAAAMmEAADhhAACJYQAAjmEAAOBhAAD7YQAAN2IAAEViAACOYgAAlWIAAOViAADxYgAAPGMAAENjAAC9BhIAlWMAAOpjAADtYwAAQWQAAERkAAAUBxIAnWQAAO9kAAD1ZAAARmUAAE1lAACdZQAAu2UAAPRlAAANZgAAS2YAAE1mAACiZgAApWYAAPlmAAAFZwAAUGcAAFdnAACnZwAAr2cAAP5nAAAAaAAAVWgAAF5oAACsaAAAtmgAAANpAAAOaQAAWmkAAGZpAACxaQAAvmkAAAhqAAASagAAX2oAAG1qAAC2agAAxWoAAA1rAAAPawAAZGsAAG5rAAC7awAAyWsAABJsAAAXbAAAaWwAAHZsAADAbAAA1WwAABdtAAAfbQAAbm0AAIdtAADFbQAAzm0AABxuAAAmbgAAc24AAHtuAADKbgAA124AACFvAAAmbwAAeG8AAIBvAADPbwAA0G8AACZwAAAocAAAfXAAAIBwAADUcAAA13AAAGsHEgAwcQAAgnEAAIhxAADZcQAA4HEAADByAAA4cgAAh3IAAItyAADecgAA4HIAADVzAAA4cwAAjHMAAJRzAADjcwAA5HMAADp0AABAdAAAkXQAAJZ0AADodAAAA3UAAD91AABNdQAAlnUAAJ11AADtdQAA+XUAAER2AABLdgAAwgcSAJ52AADydgAAA3cAAEl3AABRdwAAn7ABAGV3AACgdwAAqHcAABkIEgAGeAAATngAAFR4AACleAAAp3gAAPx4AAASeQAAU3kAAHF5AACqeQAArXkAAAF6AAANegAAWHoAAF56AACvegAAynoAAAZ7AAASewAAXXsAAGN7AAC0ewAA0nsAAAt8AAAbfAAAYnwAAHB8AAC5fAAAv3wAABB9AAATfQAAZ30AAHF9AAC+fQAA3H0AABV+AAArfgAAbH4AAHh+AADDfgAAxn4AABp/AAAdfwAAcX8AAHN/AADIfwAA338AAB+AAAArgAAAdoAAAJKAAADNgAAA1YAAAHAIEgA1gQAAe4EAAImBAADSgQAA3oEAACmCAAA2ggAAgIIAAIqCAADXggAA34IAAC6DAAAvgwAAhYMAAIeDAADcgwAA34MAADOEAAA2hAAAxwgSAI+EAADhhAAA54QAADiFAAA/hQAAj4UAAJeFAADmhQAA/IUAAD2GAABGhgAAlIYAAJeGAADrhgAA9YYAAEKHAABKhwAAmYcAALKHAADwhwAA/IcAAEeIAABPiAAAHgkSAKaIAAD1iAAA+IgAAEyJAABWiQAAo4kAAKmJAAD6iQAACIoAAFGKAABeigAAqIoAAL+KAAB1CRIAAIsAAAKWEAACiwAAoNMBAAWLAADrkAIABosAACMvCAAHiwAAHtIGAAiLAADoywAACYsAAI5sAgAMiwAAxjIQAA2LAADNvAwADosAAFaLAAAQiwAATvcIABWLAAD1/QYAFosAAHmBDgBgiwAAzOEJAGWLAACtiwAAuYsAAASMAAAFjAAA4g0EAAeMAABbjAAAXowAALKMAAC5jAAAuqQBALqMAAAJjQAAyowAAEw3AQAQjQAAYI0AAGyNAAC3jQAAxI0AAA6OAAAcjgAAZY4AAHGOAAC8jgAAw44AABOPAAAbjwAAao8AAHqPAADBjwAAxo8AABiQAAAekAAAb5AAAHeQAADGkAAAz5AAAB2RAAAgkQAAdJEAAICRAADLkQAA0ZEAAMwJEgBBkgAAIwoSAIaSAADQkgAA0pIAAGsJAQDTkgAAQ7QCANeSAACZ6AIA25IAACtbDQDckgAAfAACAN6SAAAa4AIA35IAALZUDQDpkgAAyIkCAPCSAAAnkwAANJMAAH6TAACDkwAA1ZMAANmTAAAslAAAOZQAAIOUAACLlAAA2pQAAI6UAACYRAsA4ZQAADGVAADplAAA8bkDADOVAACIlQAAkpUAAN+VAADhlQAANpYAAE+WAACNlgAAj5YAAOSWAADnlgAAO5cAAEeXAACSlwAAmpcAAHoKEgDvlwAAQJgAAPGXAACyQhQA+JcAAAcTBwD6lwAA82UHAPyXAACpWwEAAZgAAH0DDQAFmAAAuEgOAEaYAACS7gAAWJgAAJeYAACZmAAA7pgAAKSYAAAArgAAsJgAAAyfAAD9mAAARZkAAFSZAACcmQAAqJkAAPOZAAD2mQAASpoAAE2aAAChmgAAuZoAAPiaAAD/mgAAT5sAAFubAACmmwAAs5sAAP2bAAALnAAAVJwAAGCcAACrnAAAspwAAAKdAAAanQAAWZ0AAGWdAACwnQAAtp0AAAeeAAANngAAXp4AAGOeAAC1ngAAu54AACgLEgAOnwAAY58AAGqfAAC6nwAA0p8AABGgAAAYoAAAaKAAAIGgAAC/oAAA16AAABahAAAioQAAbaEAAHOhAADEoQAAyqEAABuiAAAgogAAcqIAAHiiAAB/CxIA4qIAACCjAAAxowAAd6MAAIWjAADOowAA3aMAACWkAAAtpAAAfKQAAJykAADTpAAA36QAACqlAAA+pQAAgaUAAImlAADYpQAA3qUAAC+mAAA7pgAAhqYAAJCmAADdpgAA46YAADSnAABCpwAAi6cAAJenAADipwAA/acAADmoAAA7qAAAkKgAAKGoAADnqAAA76gAAD6pAABMqQAAlakAAJipAADsqQAA9KkAAEOqAABQqgAAmqoAAJ+qAADxqgAA+6oAAEirAABQqwAAn6sAAKGrAAD2qwAAB6wAAE2sAABerAAApKwAAKmsAAD7rAAA/6wAAFKtAABerQAAqa0AALCtAADWCxIABa4AAFeuAABhrgAArq4AAMauAAAFrwAACK8AAFyvAABlrwAAs68AALSvAAAKsAAAC7AAAGGwAABmsAAAuLAAAL6wAAAPsQAAGbEAAGaxAABysQAAvbEAAMSxAAAUsgAALLIAAGuyAABtsgAAwrIAAMuyAAAZswAAI7MAAHCzAAB7swAAx7MAAN+zAAAetAAANLQAAHW0AAB6tAAAzLQAANO0AAAjtQAAL7UAAC0MEgB8tQAA+uoCAH+1AAD/jwEAg7UAAILmBgCFtQAAj60IAIu1AADRtQAA07UAAB2bAgDftQAAKLYAADS2AAB/tgAAN7YAAKksCQCMtgAA1rYAAOC2AAAttwAALrcAALiuEQA1twAAhLcAAIu3AADbtwAAn7cAACO6AQDgtwAAMrgAAD64AACJuAAAjLgAAOC4AADouAAAN7kAAES5AACOuQAAk7kAAOW5AADvuQAAPLoAAES6AACTugAAlroAAOq6AADzugAAQbsAAEK7AACYuwAAmbsAAO+7AAD0uwAARrwAAEy8AACdvAAAp7wAAPS8AAD8vAAAS70AAE29AACivQAAq70AAPm9AAADvgAAUL4AAFu+AACnvgAAs74AAP6+AAALvwAAVb8AAF+/AACsvwAAur8AAAPAAAASwAAAWsAAAFzAAACxwAAAu8AAAAjBAAAWwQAAX8EAAGTBAAC2wQAAw8EAAA3CAAAVwgAAZMIAAGXCAAC7wgAAwcIAABLDAAAXwwAAacMAAHPDAADAwwAAxcMAABfEAAAmxAAAbsQAAHPEAADFxAAA1sQAABzFAAAkxQAAc8UAAHnFAADKxQAA1sUAACHGAAA+xgAAeMYAAIHGAADPxgAA28YAACbHAAApxwAAfccAAIfHAADUxwAA4McAACvIAAAyyAAAgsgAAIrIAADZyAAA8sgAADDJAABEyQAAh8kAAI/JAADeyQAA4ckAADXKAABBygAAjMoAAJLKAADjygAA/soAADrLAABGywAAkcsAAJfLAACEDBIA8ssAAD/MAABKzAAAlswAAJ7MAACZ3gAAoswAAO3MAAD6zAAARM0AAE7NAACbzQAAqc0AAPLNAAABzgAASc4AAEvOAACgzgAAqs4AAPfOAAAFzwAATs8AAFPPAAClzwAAss8AAPzPAAAE0AAAU9AAAAzQAADShgEAVNAAAKrQAABX0AAAeHQBAGPQAADirAEAu9AAAAHRAAAK0QAAWNEAAG/RAACv0QAAvdEAAAbSAAAT0gAAXdIAAGXSAAC00gAA09IAANsMEgAU0wAAYtMAAGzTAAC50wAAxNMAADINEgAS1AAAZ9QAAHDUAAC+1AAAyNQAABXVAAAg1QAAbNUAAHjVAADD1QAA0NUAABrWAAAk1gAAcdYAAH/WAADI1gAA19YAAB/XAAAh1wAAdtcAAIDXAADN1wAA29cAACTYAAAp2AAAe9gAAIjYAADS2AAA2tgAACnZAAAv2QAAgNkAAIzZAADX2QAA9NkAAC7aAAA32gAAhdoAAJPaAADc2gAA4toAADPbAAA/2wAAitsAAJHbAACJDRIA49sAACxHAgDn2wAAONwAAD3cAACP3AAARtwAAPEVBQCc3AAA5twAAP3cAAA93QAAPt0AAJTdAACW3QAA690AAO7dAABC3gAARd4AAOANEgC63gAA8N4AAPHeAABH3wAASd8AAJ7fAACh3wAA9d8AAPjfAAA3DhIAUeAAAKPgAACp4AAA+uAAAAHhAABR4QAAc+EAAKjhAACw4QAA/+EAAA7iAABW4gAAWOIAAK3iAAC+4gAABOMAABXjAABb4wAAZ+MAALLjAAC54wAACeQAABHkAABg5AAAZOQAALfkAADF5AAADuUAABjlAABl5QAAcOUAALzlAADB5QAAE+YAABzmAABq5gAAdOYAAMHmAADJ5gAAGOcAABrnAABv5wAAfOcAAMbnAADa5wAAHegAACXoAAB06AAAdegAAMvoAADN6AAAIukAACXpAAB56QAAfOkAAI4OEgDV6QAAJ+oAAC3qAAB+6gAAheoAANXqAADd6gAALOsAADvrAACD6wAAiOsAANrrAADn6wAAMewAAEHsAACI7AAAluwAAN/sAAD27AAANu0AAD/tAACN7QAAk+0AAOTtAADw7QAAO+4AAELuAADlDhIAl+4AAGYSAwCa7gAA6e4AAJ/uAADabwoA+O4AAEDvAABR7wAAl+8AAKXvAADu7wAA+u8AAEXwAABS8AAAnPAAAKbwAADz8AAA+/AAAErxAABN8QAAofEAAK3xAAD48QAABfIAAE/yAABZ8gAApvIAAK7yAAD98gAA//IAAFTzAABd8wAAq/MAALXzAAAC9AAADfQAAFn0AABu9AAAsPQAALj0AAAH9QAAIPUAAF71AABn9QAAtfUAAL/1AAAM9gAAFPYAAGP2AABw9gAAuvYAAL/2AAAR9wAAGfcAAGj3AABp9wAAv/cAAMH3AAAW+AAAGfgAAG34AABw+AAAPA8SAMn4AAAb+QAAIfkAAHL5AAB5+QAAyfkAANH5AAAg+gAALvoAAHf6AAB6+gAAzvoAANb6AAAl+wAAKPsAAHz7AACI+wAA0/sAAN37AACTDxIAK/wAALwrDwAs/AAAgfwAAC38AAATeQ0ANPwAAB0uDwA1/AAA9H4FADn8AADIMgIAOvwAAMoBDQBO/AAA5RUCAIr8AADY/AAA4vwAAC/9AAA6/QAAhv0AAJL9AADd/QAA6v0AADT+AAA+/gAAi/4AAJn+AADi/gAA8f4AADn/AAA7/wAAkP8AAJr/AADn/wAA9f8AAD4AAQBDAAEAlQABAKIAAQDsAAEA/AABAEMBAQBFAQEAmgEBAKgBAQDxAQEAAgIBAOoPEgBPAgEAQRASAKcCAQCYEBIA/wIBAE0DAQBXAwEApAMBAK8DAQD7AwEABwQBAFIEAQBfBAEAqQQBALMEAQAABQEADgUBAFcFAQBmBQEArgUBALAFAQAFBgEADwYBAFwGAQBqBgEAswYBALgGAQAKBwEAFwcBAGEHAQBpBwEAuAcBAMgHAQAPCAEAEQgBAGYIAQB0CAEAvQgBAM4IAQDvEBIAGwkBAEYREgCECQEAwgkBANMJAQAZCgEAJQoBAHAKAQB4CgEAnRESAMwKAQAeCwEAJgsBAHULAQB3CwEAzAsBAHoLAQDVDQgAhAsBAKlvBQDVCwEAIwwBANsLAQCmzQoALQwBAHoMAQCFDAEA0QwBAN0MAQAoDQEANQ0BAH8NAQCJDQEA1g0BAOQNAQAtDgEAPA4BAIQOAQCGDgEA2w4BAOUOAQAyDwEAPg8BAIkPAQCRDwEA9BESAOMPAQA3EAEARRABAI4QAQCbEAEA5RABAPwQAQA8EQEARBEBAJMRAQCpEQEA6hEBAPYRAQBBEgEAUBIBAJgSAQCjEgEA7xIBAPESAQBGEwEAUxMBAJ0TAQCrEwEA9BMBAPcTAQBLFAEAYRQBAKIUAQCqFAEA+RQBAAsVAQBLEhIAWBUBANyXBABaFQEAJmkQAF0VAQCHCg4AXxUBAKcVAQCsFQEA/hUBAAUWAQBVFgEAYRYBAKwWAQC5FgEAAxcBAAUXAQBaFwEAcBcBALEXAQC9FwEACBgBACcYAQBfGAEAexgBALYYAQC+GAEAohISAA8ZAQBkGQEAbRkBALsZAQDFGQEAEhoBAB0aAQBpGgEAdRoBAMAaAQDNGgEAFxsBACEbAQBuGwEAfBsBAMUbAQDUGwEAHBwBAB4cAQBzHAEAfRwBAMocAQDYHAEAIR0BACYdAQB4HQEAhR0BAM8dAQDfHQEAJh4BACgeAQB9HgEAix4BANQeAQDlHgEA+RISADIfAQBQExIAhB8BAHkCBgCHHwEA2R8BAIsfAQD99wEAjh8BAMZhCACQHwEAhLwBAJYfAQBOkQUA4B8BAAYJDADmHwEAMCABAEcgAQCHIAEAjCABAN4gAQDhIAEANSEBAOggAQAbwAYA+iABAPvKBgA6IQEANMUGAEEhAQCMIQEAkiEBAB8uAQCbIQEA4yEBAOwhAQA6IgEAQCIBAJEiAQCfIgEA6CIBAPIiAQA/IwEAUyMBAJYjAQCiIwEA7SMBAAAkAQBEJAEAUyQBAJskAQCnJAEA8iQBAPMkAQBJJQEAUyUBAKAlAQCuJQEA9yUBAPwlAQBOJgEAWyYBAP4TEgC4JgEA/CYBAAsnAQBTJwEAXycBAKonAQCrJwEAASgBAAsoAQBYKAEAZigBAK8oAQC0KAEABikBABMpAQADFRIAXykBALQpAQC9KQEACyoBABUqAQBiKgEAbSoBALkqAQDFKgEAECsBAB0rAQBnKwEAcSsBAL4rAQDMKwEAFSwBACQsAQBsLAEAbiwBAMMsAQDNLAEAGi0BACgtAQBxLQEAfi0BAMgtAQDfLQEAWhUSADouAQB2LgEAgi4BAM0uAQDTLgEAJC8BADAvAQB7LwEAgS8BANIvAQDYLwEAKTABAC4wAQCAMAEAhjABALEVEgDgMAEALjEBADgxAQCFMQEAkDEBANwxAQDoMQEAMzIBAEAyAQCKMgEAlDIBAOEyAQDvMgEAODMBAEczAQCPMwEAkTMBAOYzAQDwMwEAPTQBAEs0AQCUNAEAmTQBAOs0AQD4NAEAQjUBAEo1AQCZNQEAqTUBAPA1AQDyNQEARzYBAFU2AQCeNgEArzYBALYWEgD8NgEADRcSAFI3AQCjNwEArzcBAPo3AQAKOAEAUTgBAFo4AQCoOAEAqzgBAP84AQALOQEAVjkBAF05AQCtOQEAtTkBAAQ6AQAiOgEAWzoBAGM6AQCyOgEAwzoBAAk7AQAOOwEAYDsBAHc7AQC3OwEAxTsBAA48AQAbPAEAZTwBAG08AQC8PAEAwDwBABM9AQAVPQEAaj0BAG09AQDBPQEAyT0BABg+AQAePgEAbz4BAHs+AQDGPgEA1j4BAB0/AQAmPwEAdD8BAHc/AQDLPwEA1z8BACJAAQApQAEAZBcSAIJAAQDQQAEA00ABACdBAQA1QQEAfkEBAItBAQDVQQEA7EEBACxCAQA0QgEAg0IBAIVCAQDaQgEA40IBADFDAQA7QwEAiEMBAJNDAQDfQwEA60MBADZEAQBDRAEAjUQBAJdEAQDkRAEA8kQBADtFAQBKRQEAkkUBAJRFAQDpRQEA80UBAEBGAQBORgEAl0YBAJxGAQDuRgEA+0YBAEVHAQBNRwEAnEcBALJHAQDzRwEA/0cBAEpIAQBZSAEAoUgBAKxIAQD4SAEA+kgBAE9JAQBcSQEApkkBALRJAQD9SQEAAEoBAFRKAQBqSgEAuxcSALNKAQCoPQIAuUoBACqvAgDDSgEAAksBAARLAQBZSwEAaksBALBLAQDBSwEAB0wBAAxMAQBeTAEAYkwBALVMAQDBTAEADE0BABNNAQBjTQEAa00BALpNAQDYTQEAEU4BABlOAQASGBIAbU4BAL9OAQDATgEAL0MPAM5OAQBcmQ0A2E4BABZPAQAYTwEAbU8BAIZPAQDETwEA1U8BABtQAQAnUAEAclABAHRQAQDJUAEA0lABACBRAQDYUAEA51YBACpRAQB3UQEAglEBAM5RAQDaUQEAJVIBADJSAQB8UgEAhlIBANNSAQDhUgEAKlMBADlTAQCBUwEAg1MBANhTAQDiUwEAL1QBAD1UAQCGVAEAi1QBAN1UAQDqVAEANFUBAEBVAQCLVQEAkVUBAOJVAQDoVQEAOVYBAD5WAQCQVgEAllYBAGkYEgD2VgEAPlcBAEpXAQCVVwEAmFcBAOxXAQDvVwEAQ1gBAEpYAQCaWAEAplgBAPFYAQD+WAEASFkBAFZZAQCfWQEAq1kBAPZZAQD9WQEAwBgSAFNaAQCkWgEAqloBAPtaAQAAWwEAUlsBAFhbAQAXGRIAqlsBADonAgCzWwEAassMALVbAQBK7xEAt1sBAGucDQC4WwEAAFwBAAxcAQBXXAEAWFwBAK5cAQBjXAEAZKwNALhcAQAFXQEAE10BAFxdAQBhXQEAs10BAMBdAQBuGRIADF4BAKpjDQAYXgEAwFYNAC1eAQDFGRIAh14BALheAQDfXgEAD18BADNfAQBmXwEAbl8BABwaEgDJXwEAFGABABZgAQBrYAEAbmABAMJgAQDHYAEAGWEBACZhAQBwYQEAjGEBAMdhAQDPYQEAcxoSACdiAQB1YgEAK2IBAKdsAQB4YgEAzGIBANhiAQAjYwEAKWMBAHpjAQCHYwEA0WMBANNjAQAoZAEAPmQBAH9kAQCLZAEA1mQBAN5kAQDKGhIAM2UBAIRlAQCMZQEA22UBANxlAQAyZgEANGYBAIlmAQCMZgEA4GYBAONmAQAhGxIAPGcBAI5nAQCUZwEA5WcBAOxnAQA8aAEARGgBAJNoAQCgaAEA6mgBAO9oAQBBaQEAS2kBAJhpAQCgaQEA72kBAPFpAQBGagEAV2oBAJ1qAQCuagEA9GoBAPlqAQBLawEAT2sBAKJrAQCuawEA+WsBAABsAQBQbAEAYmwBAHgbEgCsbAEA/mwBAAZtAQBVbQEAV20BAKxtAQC7bQEAA24BABJuAQBabgEAZm4BALFuAQC0bgEACG8BAAtvAQBfbwEAZ28BALZvAQDAbwEADXABABJwAQBkcAEAbHABALtwAQDFcAEAEnEBAB1xAQBpcQEAd3EBAMBxAQDDcQEAF3IBAB9yAQBucgEAiXIBAMVyAQDQcgEAHHMBACFzAQBzcwEAdnMBAMpzAQDUcwEAIXQBADN0AQDPGxIAhnQBAM90AQDZdAEAJnUBADF1AQB9dQEAhXUBANR1AQDadQEAK3YBAC12AQCCdgEAm3YBANl2AQDydgEAMHcBAD53AQCHdwEAkXcBAN53AQD0dwEANXgBAFJ4AQCMeAEAlHgBAON4AQDzeAEAOnkBADx5AQCReQEAn3kBAOh5AQD5eQEAJhwSAEZ6AQB9HBIAl3oBAO16AQD+egEARHsBAFB7AQCbewEAnXsBAPJ7AQD1ewEASXwBAFV8AQCgfAEAqHwBACsdEgACfQEATn0BAFp9AQClfQEAtH0BAPx9AQAcfgEAU34BAFt+AQCqfgEAvn4BAAF/AQAGfwEAWH8BAGF/AQCvfwEAtX8BAAaAAQAOgAEAXYABAGyAAQC0gAEAuYABAAuBAQAYgQEAYoEBAG+BAQC5gQEAxYEBABCCAQAfggEAZ4IBAHGCAQC+ggEAzIIBABWDAQAagwEAbIMBAHmDAQDDgwEAy4MBABqEAQAdhAEAcYQBAH2EAQDIhAEA0oQBAB+FAQAphQEAdoUBAISFAQDNhQEA2oUBACSGAQA7hgEAe4YBAH6GAQCCHRIA1IYBACmHAQA3hwEAgIcBAJGHAQDZHRIA3ocBADAeEgBNiAEAhYgBAJWIAQDciAEA3ogBADOJAQBBiQEAiokBAJuJAQCHHhIA6IkBAN4eEgA9igEAj4oBAJeKAQDmigEA6IoBAD2LAQBGiwEAlIsBAJ6LAQDriwEA9osBAEKMAQBOjAEAmYwBAKaMAQDwjAEA+owBAEeNAQBVjQEAno0BAK2NAQD1jQEA940BAEyOAQBWjgEAo44BAK+OAQD6jgEAAo8BAIwfEgBWjwEAqI8BALCPAQDjHxIABpABAFaQAQAIkAEALPoDAAyQAQAmzAEAEJABAOHKDgAVkAEAkvMBAGKQAQCtkAEAtZABABOXEwDJkAEA3HwQANWQAQAEkQEAKpEBAFuRAQCEkQEAspEBANiRAQAJkgEAL5IBAGCSAQBokgEAt5IBAOGSAQAOkwEAJ5MBAGWTAQBnkwEAvJMBAMOTAQATlAEAG5QBAGqUAQB5lAEAwZQBAMeUAQAYlQEAJJUBAG+VAQB2lQEAxpUBANKVAQAdlgEAKpYBAHSWAQB+lgEAy5YBANmWAQAilwEAJJcBAHmXAQCKlwEA0JcBANOXAQAnmAEAUpgBADogEgCBmAEAQSEEAIiYAQA5bwYAi5gBANWYAQCOmAEAq90NAI+YAQAZvQIAlJgBAFp9BADcmAEA94ECAN+YAQCFkgMA5JgBAPwaEADwmAEALJkBAC6ZAQCDmQEAlJkBANqZAQDomQEAMZoBADiaAQCImgEAipoBAN+aAQCNmgEANqACAJCaAQBrtwEA7poBADabAQBFmwEAjZsBAJmbAQDkmwEA55sBADucAQA+nAEAkpwBALKcAQDpnAEA9ZwBAECdAQBUnQEAl50BAKWdAQDunQEA9Z0BAJEgEgBcngEAnJ4BAJ6eAQDJNQ0An54BAMQ0DQCpngEA854BAPWeAQBKnwEAVJ8BAKGfAQBbnwEAhjkNAKqfAQD4nwEA/p8BAE+gAQBboAEApqABAK2gAQD9oAEAAqEBAFShAQBgoQEAq6EBAK6hAQACogEAD6IBAFmiAQBeogEAsKIBALqiAQAHowEAHaMBAF6jAQBgowEAtaMBAL+jAQAMpAEAG6QBAGOkAQBupAEA6CASAMakAQARpQEAHqUBAGilAQB2pQEAv6UBAMulAQAWpgEAHaYBAD8hEgBypgEAxKYBAHmmAQB6pA4Ae6YBAMqCBADGpgEAm9wDAMmmAQDLcQsA06YBAKPACwDbpgEAG6cBACmnAQBypwEAf6cBAMmnAQDRpwEAIKgBACqoAQATCQgAMKgBAHeoAQB5qAEAzqgBANyoAQAlqQEANqkBAJYhEgCDqQEA7SESANipAQAqqgEAMKoBAIGqAQCJqgEA2KoBAOGqAQAvqwEAMqsBAIarAQCSqwEA3asBAOOrAQA0rAEAPKwBAIusAQCqrAEAmyISAOSsAQA5rQEAR60BAJCtAQChrQEA8iISAO6tAQBJIxIAQ64BAJWuAQCbrgEA7K4BAPSuAQBDrwEATK8BAJqvAQCdrwEA8a8BAP2vAQBIsAEATrABAPcjEgChsAEA9rABAP+wAQBNsQEAV7EBAKSxAQCvsQEA+7EBAAeyAQBSsgEAX7IBAKmyAQCzsgEAALMBAA6zAQBXswEAZrMBAK6zAQCwswEABbQBAA+0AQBctAEAarQBALO0AQC4tAEACrUBABe1AQBhtQEAabUBALi1AQDItQEAD7YBABG2AQBmtgEAdLYBAL22AQDOtgEATiQSABu3AQClJBIAdLcBAMK3AQDFtwEAGbgBACW4AQBwuAEAdrgBAMe4AQDUuAEAHrkBACC5AQB1uQEAi7kBAMy5AQDYuQEA/CQSAC+6AQB6ugEAgLoBANG6AQDUugEAKLsBADa7AQB/uwEAhLsBANa7AQDjuwEALbwBADW8AQBTJRIAkbwBANu8AQDpvAEAMr0BADy9AQBd1wEASL0BAIm9AQCSvQEA4L0BAPa9AQA3vgEAP74BAI6+AQCRvgEA5b4BAO6+AQA8vwEAPb8BAJO/AQCUvwEA6r8BAO+/AQBBwAEAR8ABAJjAAQCiwAEA78ABAPvAAQBGwQEATcEBAJ3BAQClwQEA9MEBAPbBAQBLwgEATMIBAKLCAQCwwgEA+cIBAAHDAQBQwwEAa8MBAKfDAQCzwwEA/sMBAATEAQBVxAEAWMQBAKzEAQC6xAEAA8UBAAjFAQBaxQEAZ8UBALHFAQC5xQEACMYBABbGAQBfxgEAYsYBAKolEgC5xgEADccBALrGAQCYPwoAwsYBAPEuCgDExgEAg98PAMnGAQBfDBAAEMcBAGTHAQB1xwEAu8cBANfHAQASyAEAGsgBAAEmEgB6yAEAwMgBAMjIAQAXyQEAHckBAG7JAQBzyQEAxckBAM7JAQAcygEAJsoBAHPKAQCBygEAysoBANfKAQAhywEALcsBAHjLAQB7ywEAz8sBAOvLAQBYJhIAKcwBAFTiDgAwzAEAI64QADLMAQBHYwoAM8wBAH3MAQA1zAEA3tMCAInMAQDUzAEA18wBALJnCgDjzAEAK80BAOfMAQALVwoANc0BAILNAQCKzQEA488BAI7NAQBrqxAAkM0BANnNAQCezQEASzwJAN7NAQAT9QMA5s0BADDOAQBHzgEAh84BAI/OAQDezgEA6M4BADXPAQA6zwEAjM8BAJTPAQCvJhIA7c8BADrQAQDvzwEARpIJAPLPAQBLegQAP9ABAJHQAQCZ0AEABicSAOrQAQBDXQIA69ABAG4ADQDt0AEAq8kJAPHQAQCPagwA9NABAD/RAQD20AEAHyIQAEHRAQCLFwYARtEBAJbRAQBO0QEA/aUCAE/RAQBwZgIApNEBAO3RAQDw0QEARNIBAEzSAQCb0gEAUNIBAH5aBgBT0gEAoi0GAGDSAQCEJwYAoNIBAPLSAQCq0gEAiX8GAP/SAQBJ0wEAUdMBAF0nEgCj0wEA99MBALTTAQCQZQQAA9QBAE7UAQBU1AEApdQBAK/UAQC0JxIAAdUBAFPVAQBg1QEAqtUBALLVAQCUMhIAttUBAAHWAQC61QEAYOkBAMbVAQBcRw4AB9YBAFjWAQBe1gEAr9YBALTWAQAG1wEADNcBAAsoEgBp1wEAtNcBALfXAQAL2AEAFdgBAGLYAQB+2AEAudgBANXYAQBiKBIAE9kBAGfZAQBq2QEAvtkBAMrZAQAV2gEAG9oBAGzaAQB22gEAuSgSAMjaAQAa2wEAJ9sBABApEgBz2wEADtQOAHTbAQDI2wEAd9sBALNCDQCH2wEAWFoLANLbAQAf3AEAItwBADq6DgAn3AEAXYMTADvcAQB23AEAktwBAGcpEgDa3AEAJN0BADLdAQB73QEAhd0BANLdAQDu3QEAKd4BAEXeAQC+KRIAg94BANfeAQDa3gEALt8BADrfAQCF3wEAi98BANzfAQDm3wEAFSoSADjgAQCK4AEAl+ABAOHgAQDx4AEAOOEBADrhAQCP4QEAneEBAObhAQD34QEAbCoSAETiAQDDKhIAmuIBAOviAQDx4gEAQuMBAEfjAQCZ4wEAn+MBABorEgD64wEAzjYNAP7jAQBH5AEAWOQBAHErEgCl5AEAyCsSAP3kAQAfLBIAWuUBAKPlAQCq5QEA+uUBAALmAQBR5gEAXuYBAKjmAQCt5gEA/+YBAAnnAQBW5wEAXucBAK3nAQCz5wEABOgBAAboAQBb6AEAaegBALLoAQC16AEACekBABXpAQB2LBIAYukBALfpAQDF6QEADuoBAB/qAQDNLBIAbOoBACQtEgDC6gEAE+sBABnrAQBq6wEAb+sBAMHrAQDH6wEAey0SABrsAQBv7AEAIewBAJOuDwAk7AEAkTsGAIrsAQDG7AEAyOwBAB3tAQA37QEAdO0BAIHtAQCsQwoAhe0BAMvtAQDN7QEAIu4BAC/uAQB57gEAkO4BANDuAQDq7gEAJ+8BACnvAQB+7wEALe8BANlgDgCB7wEA1e8BANjvAQAs8AEAOPABAIPwAQCJ8AEA2vABAOTwAQDSLRIANvEBAIjxAQCV8QEA3/EBAOvxAQA28gEAPPIBAI3yAQCT8gEA5PIBAOnyAQA78wEAQfMBACkuEgCT8wEA6fMBAKjzAQBKXAUA6/MBAED0AQD38wEA9B0DAEb0AQCX9AEApfQBAO70AQDx9AEARfUBAEr1AQCc9QEAqfUBAPP1AQAD9gEASvYBAEz2AQCh9gEAr/YBAPj2AQAJ9wEAgC4SAFX3AQCm9wEAsvcBANcuEgAO+AEAVPgBAF74AQCr+AEAufgBAAL5AQAD+QEAWfkBAGr5AQCw+QEAvPkBAAf6AQAX+gEAXvoBAGD6AQC1+gEAw/oBAAz7AQAd+wEALi8SAGn7AQC6+wEAxvsBAIUvEgAX/AEAaPwBAG78AQC//AEAxPwBABb9AQAc/QEAMzASAHX9AQDE/QEAzv0BAL38DwDd/QEAG/4BACT+AQBy/gEAfP4BAMn+AQDR/gEAIP8BACT/AQB3/wEAef8BAM7/AQDR/wEAJQACAEEAAgCKMBIAjwACANMAAgDUAAIAKgECADYBAgCBAQIAkAECANgBAgDiAQIALwICADsCAgCGAgIAjQICAOEwEgDjAgIAwdANAPACAgA0AwIAQwMCAIsDAgCXAwIA4gMCAOMDAgA5BAIAQwQCAJAEAgCeBAIA5wQCAOwEAgA+BQIASwUCAI8xEgCdBQIA7AUCAPgFAgBDBgIAVgYCAJoGAgCbBgIA8QYCAP0GAgBIBwIAVwcCAJ8HAgCpBwIA9gcCAAIIAgBNCAIAVAgCAOYxEgC1CAIA+wgCAAcJAgBSCQIAYgkCAKkJAgCzCQIAAAoCAAgKAgBXCgIAfwoCAK4KAgCFCgIAcA8CANYKAgAFCwIADQsCAFwLAgBiCwIAswsCAMELAgAKDAIAIQwCAGEMAgBsDAIAuAwCAMIMAgAPDQIAPA0CAGYNAgBuDQIAvQ0CAM0NAgAUDgIAFg4CAGsOAgB5DgIAwg4CANMOAgDrMhIAIA8CAEIzEgCYDwIAxw8CAM8PAgAeEAIAJBACAHUQAgCDEAIAzBACAOMQAgAjEQIALhECAHoRAgCEEQIA0RECAP4RAgAoEgIAMBICAH8SAgCPEgIA1hICANgSAgAtEwIAOxMCAIQTAgCVEwIAmTMSAOITAgDwMxIANBQCAIkUAgCXFAIA4BQCAPEUAgBHNBIAPhUCAJ40EgCWFQIA9TQSAO0VAgBMNRIAARYCANrLCwA+FgIAkxYCAKEWAgDqFgIA+xYCAKM1EgBHFwIAmBcCAKQXAgD6NRIA+BcCAEYYAgAAGAIAQ0wQAFMYAgCdGAIAqxgCAPQYAgD+GAIASxkCAGUZAgCiGQIApRkCAPkZAgAAGgIAUBoCAHAaAgCnGgIAwRoCAFE2EgALGwIAVRsCAA8bAgAIdAIAFBsCAMDNAgBjGwIArBsCALYbAgADHAIAHRwCAFocAgBqHAIAsRwCALccAgAIHQIACh0CAF8dAgB1HQIAth0CAMIdAgANHgIAER4CAGQeAgBpHgIAux4CAMEeAgASHwIAMh8CAGkfAgCDHwIAwB8CAMIfAgAXIAIAGiACAG4gAgBxIAIAxSACANEgAgAcIQIAIiECAHMhAgB9IQIAqDYSAM8hAgAhIgIALiICAHgiAgCEIgIAzyICAOIiAgAmIwIANSMCAH0jAgCJIwIA1CMCANUjAgArJAIANSQCAIIkAgCQJAIA2SQCAN4kAgAwJQIAPSUCAP82EgCIJQIAQUkMAIklAgCtdQ0AiiUCAIshCACLJQIAs0cOAIwlAgCINxAAjSUCAPf7CQCOJQIAC2YNAJElAgDL1w4AkiUCACRrDQCTJQIAjKoLAJQlAgCWsQwAlSUCAMF0DACWJQIA+vkFAJclAgDeJQIAmiUCALNREACfJQIAqbUTAKAlAgDoGxEAoSUCAMGDDwCjJQIAQi4RAKolAgBC5hMAryUCAP2PDwDLJQIA39sOANAlAgA60xMA4CUCADUmAgDvJQIArksPAEMmAgCMJgIAnSYCAFY3EgDqJgIArTcSAEYnAgCRJwIAoCcCAOgnAgDyJwIAPygCAEsoAgCWKAIAYigCAAc7DwCdKAIAWzgSAO8oAgBEKQIAVSkCAJspAgCkKQIA8ikCAP4pAgBJKgIATCoCAKAqAgCoKgIA9yoCAAErAgBOKwIAUysCAKUrAgCtKwIA/CsCABUsAgBTLAIAXywCAKosAgCyLAIACTkSAAktAgBgORIAWy0CAK8tAgCyLQIABi4CABIuAgBdLgIAYy4CALQuAgC+LgIAtzkSABAvAgBiLwIAby8CAA46EgC/LwIAEDACABYwAgBnMAIAbDACAL4wAgDEMAIAvDoSAB0xAgATOxIAbjECAO1VCwBxMQIAwzECAHgxAgD6EgsAzTECABoyAgDSMQIAouUIACIyAgDk1w0ANjICAHEyAgB5MgIAajsSAM0yAgAfMwIANTMCAHYzAgB3MwIAzTMCAM8zAgAkNAIAKjQCAHs0AgCHNAIA0jQCANk0AgApNQIAMTUCAIA1AgCJNQIA1zUCANo1AgAuNgIAPDYCAIU2AgCSNgIA3DYCAPM2AgAzNwIAOzcCAIo3AgCWNwIAjzgCALI3AgDhNwIACTgCADg4AgBcOAIAwTsSAKw4AgDmOAIA7zgCAOs5AgD3OAIAPTkCAG05AgCUOQIAuDkCABg8EgDtOQIAQjoCAFM6AgCZOgIAyToCAPA6AgAUOwIAbzwSAEw7AgBSnA4ATTsCALwDBwBQOwIAnjsCAFM7AgC3hhAAqDsCAPU7AgCrOwIA5AsHAKw7AgAZ/g8A/TsCAEw8AgBQPAIAozwCAKU8AgD6PAIA/TwCAFE9AgBtPQIAxjwSAK09AgA3TA0Asj0CACTCDQC0PQIA/z0CALg9AgBfoQsAHD4CAFY+AgBfPgIArT4CAK8+AgAEPwIAFT8CAB09EgBgPwIAsj8CALs/AgAJQAIAGkACAGBAAgBnQAIAt0ACAL9AAgAOQQIA0UACAFxiAgAbQQIAvEECAB1BAgAYQwIAJ0ECAGVBAgBxQQIAdD0SAMFBAgATQgIAHUICAGpCAgByQgIAyz0SAM1CAgAiPhIAHUMCAG9DAgB8QwIAxkMCANBDAgAdRAIAH0QCAHREAgCCRAIAy0QCANhEAgB5PhIAJ0UCAHlFAgCGRQIA0EUCANpFAgAnRgIAKUYCAH5GAgCMRgIA1UYCAOJGAgDQPhIAL0cCAAnYDwAyRwIAD6AOADlHAgCDRwIAjUcCACc/EgDiRwIAMUgCADNIAgBiHhAAPkgCAIfiBQBISAIAiEgCAEpIAgBwwgMAV0gCAG5mEACNSAIA30gCAOlIAgA2SQIAPkkCAH4/EgCOSQIAwlQQAJdJAgDkSQIA8EkCADtKAgA+SgIAkkoCAJxKAgDpSgIAA0sCAEBLAgBXSwIAl0sCAJxLAgDuSwIACkwCANU/EgBPTAIAnEwCAFZMAgBulQgAqEwCAPNMAgD2TAIASk0CAFRNAgChTQIAu00CAPhNAgD+TQIAT04CAFFOAgCmTgIAtE4CAP1OAgAATwIAVE8CAGBPAgCrTwIArk8CAAJQAgAlUAIALEASAFtQAgCwUAIAvlACAAdRAgAKUQIAXlECAGpRAgC1UQIAuFECAINAEgAXUgIAY1ICAGlSAgC6UgIAv1ICABFTAgAVUwIAaFMCAGtTAgDaQBIAwFMCAF6NDgDCUwIAxPEQAMVTAgAWVAIAyFMCAErqEADJUwIA2FgCAMtTAgCU1hAAzVMCAMPOEADOUwIAYN0QAM9TAgBI+xAA1lMCAIlLDQDZUwIAaoMPACJUAgBtVAIAmVQCAMRUAgDQVAIAG1UCACpVAgByVQIAfFUCAMlVAgDMVQIAIFYCADpWAgB3VgIAgVYCAM5WAgDTVgIAJVcCAC9XAgB8VwIAh1cCANNXAgDZVwIAKlgCAC9YAgCBWAIAhVgCADFBEgDdWAIAL1kCAOZYAgCD5BAAOVkCAIZZAgCRWQIA3VkCAONZAgA0WgIAOVoCAItaAgCPWgIAiEESAOdaAgB3BAMA6VoCAKY4DwDqWgIA9ckNAOxaAgAhERAA/FoCADlbAgBDWwIAkFsCAJtbAgDnWwIA7VsCAD5cAgBDXAIAlVwCAJlcAgDsXAIAD10CAN9BEgBQXQIAio4CAFFdAgCaXQIAnV0CAPFdAgD9XQIASF4CAGBeAgCfXgIAq14CAPZeAgD8XgIATV8CAFNfAgCkXwIAqV8CAPtfAgABYAIANkISAFxgAgCpYAIAtGACAABhAgAGYQIAV2ECAFxhAgCuYQIAsmECAAViAgAIYgIAjUISAGZiAgCzYgIAvmICAApjAgAQYwIAYWMCAGZjAgC4YwIAvGMCAORCEgAQZAIAZmQCAHJkAgC9ZAIAyWQCABRlAgAaZQIAa2UCAHFlAgDCZQIAx2UCABlmAgAfZgIAO0MSAHxmAgDHZgIAzWYCAB5nAgAqZwIAdWcCAIJnAgDMZwIA22cCACNoAgAvaAIAemgCAIZoAgDRaAIA12gCAChpAgAuaQIAf2kCAIRpAgDWaQIA3GkCAJJDEgA3agIAJxIJAENqAgCEagIARmoCAHEDCgCQagIA22oCAONqAgCRJRMA52oCADJrAgA4awIAiWsCAI9rAgDgawIA5WsCADdsAgA9bAIA6UMSAJZsAgBNtBMAmGwCAOVsAgDrbAIAPG0CAPFsAgAi8wIASm0CAJNtAgCsbQIA6m0CAPNtAgBBbgIAS24CAJhuAgCkbgIA724CAPtuAgBGbwIATG8CAJ1vAgCjbwIA9G8CAPlvAgBLcAIAUXACAEBEEgCucAIA+XACAANxAgBQcQIAW3ECAKdxAgCscQIA/nECAAVyAgBVcgIAYXICAKxyAgCycgIAA3MCAAlzAgBacwIAX3MCALFzAgC3cwIAl0QSABl0AgBfdAIAYHQCALZ0AgBldAIAz3kCALt0AgANdQIAG3UCAGR1AgBxdQIAu3UCAMV1AgASdgIAHnYCAGl2AgBvdgIAwHYCAMx2AgAXdwIAKncCAG53AgB9dwIAxXcCANF3AgAceAIAHXgCAHN4AgB9eAIAyngCANh4AgAheQIAJnkCAHh5AgCFeQIA7kQSANt5AgAmegIANnoCAH16AgCJegIA1HoCANp6AgArewIAN3sCAIJ7AgCPewIA2XsCAOh7AgAwfAIAPHwCAId8AgCTfAIA3nwCAPF8AgA1fQIARH0CAIx9AgCYfQIA430CAOR9AgA6fgIARH4CAJF+AgCffgIA6H4CAO1+AgA/fwIATH8CAEVFEgCYfwIAfysHAKJ/AgDtfwIAo38CAMMHCwCkfwIA5zsNAAGAAgBEgAIAUIACAJuAAgBdgAIAQV0QAKGAAgDygAIA+IACAEmBAgBOgQIAoIECAKaBAgCcRRIAA4ICAE6CAgBbggIA0RYDAGGCAgClggIAqoICAKiUAgCtggIAyVoDALGCAgD8ggIAAoMCAFODAgBZgwIAqoMCAK+DAgABhAIAB4QCAPNFEgBkhAIAr4QCALWEAgAGhQIAC4UCAF2FAgBkhQIAtIUCAMKFAgALhgIAJoYCAGKGAgBwhgIAuYYCALyGAgAQhwIAHocCAGeHAgBshwIAvocCAMuHAgAViAIAIYgCAGyIAgByiAIAw4gCAMmIAgAaiQIAH4kCAHGJAgB3iQIASkYSAM2JAgAfigIAKIoCAHaKAgCDigIAzYoCANSKAgAkiwIANYsCAHuLAgCAiwIA0osCAOGLAgApjAIAK4wCAICMAgCRjAIA14wCAOOMAgAujQIANI0CAIWNAgCLjQIA3I0CAOGNAgAzjgIAOY4CAKFGEgChjgIA4Y4CAO2OAgA4jwIARI8CAI+PAgCVjwIA5o8CAOyPAgA9kAIAQpACAJSQAgCakAIA+EYSAPGQAgCTxAIAApECAEKRAgBLkQIAmZECAK+RAgDwkQIA/JECAEeSAgBUkgIAnpICAKiSAgD1kgIAAZMCAEyTAgBSkwIAo5MCAKmTAgD6kwIA/5MCAFGUAgBXlAIAT0cSALGUAgD/lAIACZUCAFaVAgBblQIArZUCAL2VAgAElgIAHZYCAFuWAgBglgIAspYCALuWAgAJlwIAFpcCAGCXAgBnlwIAt5cCALqXAgAOmAIAGpgCAGWYAgB4mAIAvJgCAMuYAgATmQIAH5kCAGqZAgBrmQIAwZkCAMuZAgAYmgIAJpoCAG+aAgB0mgIAxpoCANOaAgCmRxIAIJsCAHSbAgB3mwIAy5sCANibAgB6mgwA2psCACKcAgAknAIAeZwCAHycAgDQnAIA2pwCACedAgAznQIAfp0CAJGdAgDVnQIA5J0CACyeAgA4ngIAg54CAISeAgDangIA5J4CADGfAgA/nwIAiJ8CAI2fAgDfnwIA7J8CAP1HEgA3oAIAjaACAJmgAgDkoAIA6qACADuhAgA9oQIAkqECAJyhAgDpoQIA96ECAECiAgBFogIAl6ICAKSiAgDuogIA+qICAEWjAgBYowIAnKMCAKujAgDzowIA/6MCAEqkAgBLpAIAoaQCAKukAgD4pAIABqUCAE+lAgBUpQIApqUCALOlAgBUSBIABqYCAFSmAgAJpgIAxtENAFqmAgCrpgIArqYCAAKnAgAQpwIAWacCAF6nAgCwpwIAvacCAAeoAgATqAIAXqgCAGSoAgC1qAIAu6gCAAypAgARqQIAY6kCAGmpAgCrSBIAvKkCABGqAgC/qQIArGEQAMGpAgDg/g4AIKoCAGiqAgCIqgIAv6oCAMSqAgAWqwIAMasCAG2rAgB5qwIAxKsCAMqrAgAbrAIAK6wCAHKsAgCDrAIAyawCAM6sAgAgrQIAJK0CAHetAgCDrQIAzq0CANStAgAlrgIAK64CAHyuAgCBrgIA064CANmuAgACSRIAOa8CANwlEABArwIAga8CAIKvAgDYrwIA6a8CAC+wAgA7sAIAhrACAJywAgDdsAIA6bACADSxAgBBsQIAi7ECAJWxAgDisQIA7rECADmyAgBAsgIAkLICAJyyAgDnsgIA7bICAD6zAgBEswIAlbMCAJqzAgDsswIA8rMCAFlJEgBFtAIALI0QAEy0AgCatAIAm7QCAPG0AgDytAIASLUCAE21AgCftQIApbUCAPa1AgAAtgIATbYCAFm2AgCktgIAq7YCAPu2AgAAtwIAUrcCAFO3AgCptwIAtbcCAAC4AgAGuAIAV7gCAFm4AgCuuAIAuLgCAAW5AgATuQIAXLkCAGG5AgCzuQIAwLkCAAq6AgAWugIAYboCAHS6AgC4ugIAx7oCAA+7AgAbuwIAZrsCAGe7AgC9uwIAx7sCABS8AgAivAIAa7wCAHC8AgDCvAIAz7wCALBJEgAqvQIAcL0CAHy9AgDHvQIA3r0CAB6+AgAgvgIAdb4CAIa+AgDMvgIAzr4CACO/AgApvwIAer8CAJG/AgDRvwIA2r8CACjAAgA+wAIAf8ACAIvAAgDWwAIA48ACAC3BAgA3wQIAhMECAJDBAgDbwQIA7sECADLCAgBBwgIAicICAJXCAgDgwgIA4cICADfDAgBBwwIAjsMCAJzDAgDlwwIA6sMCADzEAgBJxAIAB0oSAJXEAgDqxAIA/sQCAEHFAgBPxQIAmMUCAKXFAgDvxQIA9sUCAEbGAgBSxgIAncYCALDGAgD0xgIA+cYCAEvHAgBUxwIAoscCAKzHAgD5xwIA/scCAFDIAgBgyAIAp8gCAMDIAgD+yAIAA8kCAFXJAgBeyQIArMkCALnJAgADygIACsoCAFrKAgBdygIAscoCAL3KAgAIywIAG8sCAF/LAgBuywIAtssCAMLLAgANzAIADswCAGTMAgBuzAIAu8wCAMnMAgASzQIAF80CAGnNAgB2zQIAXkoSANnNAgAXzgIAI84CAG7OAgB0zgIAxc4CAM3OAgDYRxAA1c4CABzPAgAhzwIAc88CAHnPAgDKzwIA4M8CACHQAgAj0AIAeNACAILQAgDP0AIA29ACACbRAgA50QIAfdECAIzRAgDU0QIA4NECACvSAgAs0gIAgtICAIzSAgDZ0gIA59ICADDTAgA10wIAh9MCAJTTAgC1ShIA59MCADXUAgA71AIAjNQCAJLUAgDj1AIA79QCADrVAgBH1QIAkdUCAJvVAgDo1QIA/tUCAD/WAgBE1gIAltYCAJ3WAgDt1gIA+9YCAETXAgBU1wIAm9cCAKnXAgDy1wIAAdgCAEnYAgBL2AIAoNgCAKrYAgD32AIABdkCAE7ZAgBT2QIApdkCALLZAgD82QIACNoCAFPaAgBm2gIAqtoCALnaAgAB2wIADdsCAFjbAgBZ2wIAr9sCALnbAgAG3AIAFNwCAF3cAgBi3AIAtNwCAMHcAgAMSxIADd0CAGLdAgAX3QIAyFoKAHPdAgC53QIAwt0CABDeAgAc3gIAZ94CAG/eAgB0mRMAc94CAL7eAgDE3gIAFd8CABvfAgBs3wIAcd8CAMPfAgDJ3wIAY0sSACngAgBx4AIAduACAMjgAgDP4AIAH+ECACvhAgB24QIAfeECADPlAgCC4QIAzeECANrhAgAk4gIAM+ICAHviAgCA4gIA0uICANniAgAp4wIANeMCAIDjAgCM4wIA1+MCAN3jAgAu5AIANOQCAIXkAgCK5AIA3OQCAOLkAgC6SxIAP+UCAIrlAgCZ5QIA4eUCAOblAgA45gIAP+YCAI/mAgCb5gIA5uYCAPLmAgA95wIAQ+cCAJTnAgCa5wIA6+cCAPDnAgBC6AIASOgCABFMEgCl6AIA8OgCAADpAgBH6QIAVekCAJ7pAgCr6QIA9ekCAAHqAgBM6gIAU+oCAKPqAgCr6gIAaEwSAAPrAgCkUxEAB+sCAKQNAwAL6wIAUesCAGLrAgCo6wIAsOsCAP/rAgC06wIAyBcOAAnsAgBW7AIAW+wCAK3sAgC17AIABO0CAAbtAgBb7QIADe0CAF7/AgBj7QIAsu0CAMjtAgAJ7gIAFe4CAGDuAgB27gIAt+4CANDuAgAO7wIAGu8CAGXvAgBr7wIAvO8CAMTvAgAT8AIAI/ACAGrwAgBz8AIAwfACAM7wAgAY8QIAJ/ECAG/xAgB58QIAxvECANTxAgAd8gIAIvICAHTyAgCB8gIAy/ICANPyAgC/TBIAOPMCAHnzAgB68wIA0PMCANrzAgAn9AIAL/QCAH70AgCI9AIA1fQCANr0AgAs9QIANPUCAIP1AgCF9QIARfoCAIb1AgCpZQMAifUCANr1AgCK9QIA73MDAJn1AgDMbAMA5vUCADH2AgAz9gIAiPYCAI/2AgDf9gIA5/YCADb3AgA39wIAjfcCAJP3AgDk9wIA6fcCADv4AgA8+AIAkvgCAJ74AgDp+AIA7/gCAED5AgBK+QIAl/kCAKv5AgDu+QIA9vkCABZNEgBI+gIAnPoCAEz6AgCQYAMAn/oCAPP6AgAB+wIASvsCAGH7AgCh+wIArvsCAPj7AgAA/AIAT/wCAFD8AgCm/AIArPwCAP38AgAC/QIAVP0CAFX9AgCr/QIAt/0CAAL+AgAI/gIAWf4CAGP+AgCw/gIAxP4CAAf/AgAP/wIAxE0SAGv/AgC1/wIAvP8CAAwAAwAYAAMAYwADAHMAAwC6AAMAyAADABEBAwAeAQMAaAEDAHQBAwC/AQMAxgEDABYCAwAeAgMAck4SAHkCAwDEAgMAzgIDABsDAwAmAwMAcgMDAHcDAwDJAwMA0AMDACAEAwAoBAMAyU4SAH8EAwDOBAMA3gQDACUFAwAxBQMAfAUDAIAFAwDTBQMA2wUDACoGAwAsBgMAgQYDAIcGAwDYBgMA7wYDAC8HAwA4BwMAhgcDAJwHAwDdBwMA6QcDADQIAwBBCAMAiwgDAJUIAwDiCAMA5QgDADkJAwBBCQMAkAkDAJoJAwDnCQMA7AkDAD4KAwBGCgMAlQoDAKUKAwDsCgMA9QoDAEMLAwBQCwMAmgsDAKkLAwDxCwMA+wsDAEgMAwBWDAMAnwwDAKQMAwD2DAMAAw0DAE0NAwBVDQMAIE8SALENAwD7DQMAww0DAJPOBAAADgMAUg4DAFwOAwCpDgMAsQ4DAAAPAwDADgMARMYQAAYPAwBXDwMADg8DAFskDgAPDwMA3kgJABAPAwCOGgMAEQ8DAPVtDABjDwMArg8DALAPAwDq+w0AtQ8DAAUQAwAREAMAXBADAGsQAwCzEAMAxBADAAoRAwAMEQMAYREDAGcRAwC4EQMAxBEDAA8SAwAXEgMAd08SAGwSAwDOTxIAyRIDACVQEgAXEwMA01ASAG4TAwAqURIAcBMDAA8cBQDFEwMA8ywNAM8TAwAZFAMAIxQDAHAUAwByFAMAxxQDANoUAwAeFQMAJhUDAA9JDgAqFQMAdRUDAHsVAwDMFQMA0hUDACMWAwAoFgMAehYDAIAWAwCBURIA2xYDACgXAwAqFwMAfxcDAIkXAwDWFwMA5BcDAC0YAwAyGAMAhBgDAJEYAwDbGAMA5xgDADIZAwA4GQMAiRkDAI8ZAwDgGQMA5RkDADcaAwA9GgMA2FESAJwaAwDlGgMA8hoDADwbAwBDGwMAkxsDAJsbAwDqGwMA6xsDAP8YDADtGwMAQRwDAAAcAwD1FgwAVRwDAJgcAwCuHAMA7xwDAAgdAwBGHQMASx0DAJ0dAwCuHQMAL1ISAAUeAwBLHgMATR4DAKIeAwCsHgMA+R4DAAcfAwBQHwMAVR8DAKcfAwC0HwMA/h8DAAYgAwBVIAMAYSADAKwgAwBlIAMACCIDALIgAwADIQMACSEDAFohAwBfIQMAsSEDALchAwCGUhIACiIDAF8iAwBtIgMAtiIDAMciAwDdUhIAFCMDADRTEgBsIwMAuyMDAG4jAwAHGAgArSMDAKjpEwDJIwMAEiQDAMojAwCCKQMAyyMDAHx/CgAfJAMAaSQDAHgkAwDAJAMAxSQDABclAwAtJQMAbiUDAG8lAwDFJQMAxyUDABwmAwAmJgMAcyYDAIEmAwDKJgMA4yYDACEnAwAyJwMAeCcDAIQnAwDPJwMA1ycDADlUEgA6KAMAfSgDAH4oAwDUKAMA4CgDACspAwAuKQMAkFQSAIQpAwDZKQMA5ikDADAqAwA9KgMAhyoDAIwqAwDeKgMA6CoDADUrAwA9KwMAjCsDAJwrAwDjKwMA8SsDADosAwBHLAMAkSwDAJgsAwDoLAMA8CwDAD8tAwBCLQMAli0DAKotAwDtLQMAAy4DAEQuAwBdLgMAmy4DAKAuAwDyLgMAAy8DAOdUEgBRLwMAPlUSAFUvAwCcdAoAZS8DAAlDFACtLwMA9y8DAP4vAwBOMAMAWjADAKUwAwC1MAMA/DADAAoxAwBTMQMAYDEDAKoxAwC2MQMAATIDAAgyAwCVVRIAWjIDAK8yAwBdMgMAd2AEALwyAwAGMwMAEzMDAF0zAwBiMwMAtDMDAL4zAwALNAMAEzQDAGI0AwBnNAMA6IgEAGs0AwC5NAMAvDQDABA1AwAcNQMA7FUSAGw1AwC+NQMAczUDAP0kCwDDNQMAFTYDAB02AwBsNgMAgjYDAMM2AwDFNgMAGjcDACc3AwBxNwMAhTcDAENWEgDNNwMAHzgDACc4AwB+HAsAKTgDAHY4AwB+OAMAzTgDANk4AwAkOQMAMTkDAHs5AwCAOQMA0jkDANs5AwApOgMAQDoDAIA6AwCLOgMAmlYSAOU6AwAuOwMAMTsDAIU7AwCIOwMA3DsDAOo7AwAzPAMAQDwDAIo8AwChPAMA4TwDAOk8AwA4PQMAPj0DAI89AwCbPQMA5j0DAPA9AwA9PgMARj4DAJQ+AwCaPgMA6z4DAPg+AwDxVhIATj8DAJk/AwBQPwMAvykLAKg/AwDwPwMAAUADAEdAAwBJQAMAnkADAKRAAwD1QAMAAUEDAExBAwBTQQMAo0EDAKtBAwD6QQMA/EEDAFFCAwBeQgMAqEIDAK9CAwD/QgMAB0MDAFZDAwBjQwMArUMDALJDAwAERAMADkQDAFtEAwBjRAMAskQDALtEAwAJRQMADEUDAGBFAwBsRQMAt0UDAL5FAwBIVxIAG0YDAGVGAwAkRgMAfksDAEZGAwAqLgsAgEYDALxGAwC+RgMAE0cDACRHAwBqRwMAeEcDAMFHAwDIRwMAGEgDACBIAwBvSAMAdEgDAMZIAwDHSAMAHUkDAClJAwB0SQMAekkDAMtJAwDNSQMAIkoDACxKAwB5SgMAh0oDANBKAwDVSgMAJ0sDADRLAwCfVxIAf0sDANVLAwDaSwMALEwDADJMAwCDTAMAjUwDANpMAwDmTAMAMU0DADhNAwCITQMAkE0DAN9NAwDhTQMANk4DAENOAwCNTgMAlE4DAOROAwDsTgMAO08DAEhPAwCSTwMAl08DAOlPAwDzTwMAQFADAEhQAwCXUAMAoFADAO5QAwDxUAMARVEDAFFRAwCcUQMAo1EDAPZXEgD/UQMAjR8LAAdSAwBKUgMAV1IDAKFSAwCrUgMA+FIDAPpSAwBPUwMAYlMDAKZTAwCuUwMA/VMDAAlUAwBUVAMAWlQDAKtUAwCxVAMAAlUDAAdVAwBZVQMAX1UDAE1YEgC+VQMAB1YDABZWAwBeVgMAelYDALVWAwB+VgMAo5gDAL1WAwCkWBIAFVcDAGNXAwBwVwMAulcDAMRXAwARWAMAH1gDAGhYAwB+WAMAv1gDAMtYAwAWWQMAHlkDAPtYEgBzWQMAxFkDAMpZAwAbWgMAIFoDAHJaAwB4WgMAUlkSAM5aAwAgWwMAKVsDAHdbAwCBWwMAzlsDANZbAwAlXAMAKlwDAHxcAwCMXAMA01wDANtcAwAqXQMAMF0DADRfAwBDXQMAgV0DAIZdAwDYXQMA4V0DAC9eAwA8XgMAhl4DAI1eAwDdXgMA4F4DAKlZEgA2XwMAi18DAJhfAwDiXwMA+V8DADlgAwBFYAMAAFoSAJdgAwDnYAMA72ADAD5hAwBCYQMAlWEDAKNhAwDsYQMA9mEDAENiAwBOYgMAmmIDAKJiAwDxYgMA9mIDAEhjAwBjYwMAn2MDAKtjAwD2YwMA/GMDAE1kAwBdZAMApGQDALVkAwD7ZAMAAGUDAFJlAwBWZQMAV1oSALJlAwAAZgMAGWYDAFdmAwBhZgMArmYDALRmAwAFZwMAB2cDAFxnAwBrZwMAs2cDAL1nAwAKaAMAEmgDAGFoAwBlaAMAuGgDAMZoAwAPaQMAGWkDAGZpAwBxaQMAvWkDAMVpAwAUagMAGWoDAGtqAwCGagMAwmoDAM5qAwAZawMAH2sDAHBrAwCAawMAx2sDANhrAwAebAMAI2wDAHVsAwB5bAMArloSANVsAwAjbQMANG0DAHptAwCEbQMA0W0DAN9tAwAobgMAKW4DAH9uAwCQbgMA1m4DAOpuAwAtbwMANW8DAIRvAwCIbwMA228DAOlvAwAycAMAPHADAIlwAwCUcAMA4HADAOhwAwA3cQMAPHEDAI5xAwCpcQMA5XEDAPFxAwA8cgMAQnIDAJNyAwCjcgMA6nIDAPtyAwBBcwMARnMDAJhzAwCccwMABVsSAP1zAwBGdAMAYXQDAJ10AwCrdAMA9HQDAPt0AwBLdQMAV3UDAKJ1AwCqdQMAXFsSAAd2AwBQdgMAWnYDAKd2AwCydgMA/nYDAAZ3AwBVdwMAWncDAKx3AwDHdwMAA3gDAA94AwBaeAMAYHgDALF4AwDBeAMACHkDABl5AwBfeQMAZHkDALZ5AwC6eQMAs1sSAB56AwBkegMAbHoDALt6AwC8egMAEnsDABd7AwBpewMAd3sDAMB7AwDNewMAF3wDACF8AwBufAMAenwDAMV8AwDLfAMAHH0DACR9AwBzfQMAen0DAMp9AwDWfQMAIX4DACd+AwB4fgMAhH4DAM9+AwDffgMAJn8DADJ/AwB9fwMAg38DANR/AwDgfwMAK4ADADiAAwCCgAMAkYADANmAAwDlgAMAClwSADOBAwCHgQMAioEDAN6BAwDsgQMANYIDAEyCAwCMggMAmYIDAOOCAwD5ggMAOoMDAEaDAwCRgwMAnoMDAOiDAwDygwMAP4QDAEeEAwCWhAMAoIQDAO2EAwDyhAMARIUDAEyFAwCbhQMAp4UDAPKFAwD/hQMASYYDAFOGAwCghgMApoYDAPeGAwALhwMATocDAFaHAwClhwMAs4cDAPyHAwAJiAMAU4gDAFuIAwCqiAMAt4gDAAGJAwAPiQMAWIkDAGmJAwCviQMAt4kDAAaKAwAcigMAXYoDAF+KAwC0igMAtYoDAGFcEgAQiwMAErIOABmLAwBiiwMAcYsDALmLAwDFiwMAEIwDABiMAwC4XBIAbIwDAL6MAwDHjAMAFY0DACKNAwBsjQMAc40DAMONAwDGjQMAGo4DACKOAwBxjgMAdo4DAMiOAwDRjgMAH48DACmPAwB2jwMAfo8DAM2PAwDSjwMAJJADADSQAwB7kAMAg5ADANKQAwDYkAMAKZEDACuRAwCAkQMAjZEDANeRAwDukQMALpIDADqSAwAPXRIAkZIDANySAwDikgMAN1sQAPOSAwAzkwMAP5MDAIqTAwCQkwMA4ZMDAOmTAwA4lAMAP5QDAI+UAwCdlAMA5pQDAAGVAwA9lQMAS5UDAJSVAwCblQMA65UDAPeVAwBClgMASpYDAGZdEgCtlgMA8JYDAPiWAwBHlwMAeJcDAJ6XAwCqlwMA9ZcDAPuXAwBMmAMAUZgDAL1dEgCvmAMA+pgDAAGZAwBRmQMAWZkDAKiZAwCqmQMA/5kDAAmaAwBWmgMAXpoDABReEgC7mgMA86gDALyaAwAEmwMABpsDAFubAwBsmwMAspsDAMObAwAJnAMAFZwDAGCcAwBnnAMAt5wDAL+cAwAOnQMAO50DAGWdAwBqnQMAvJ0DAL2dAwATngMAHZ4DAGqeAwB4ngMAwZ4DAMaeAwAYnwMAJZ8DAG+fAwCLnwMAxp8DAOKfAwBrXhIAKqADAHSgAwB4oAMAy6ADANGgAwAioQMAJKEDAHmhAwB6oQMA0KEDAPOhAwAnogMAS6IDAH6iAwCrogMA1aIDAN2iAwAsowMAMaMDAIOjAwCQowMA2qMDAOKjAwAxpAMAM6QDAIikAwCQpAMA36QDAAylAwA2pQMAQ6UDAI2lAwCSpQMA5KUDAPGlAwA7pgMAR6YDAJKmAwC/pgMA6aYDAPGmAwBApwMAW6cDAJenAwCZpwMA7qcDAP+nAwBFqAMATqgDAJyoAwCoqAMAwl4SAACpAwBKqQMAUakDAKGpAwCtqQMA+KkDAAuqAwBPqgMAV6oDAKaqAwCrqgMA/aoDAAarAwBUqwMAXqsDAKurAwCzqwMAAqwDAAesAwBZrAMAaawDALCsAwC4rAMAB60DACCtAwBerQMAY60DALWtAwC+rQMADK4DABmuAwBjrgMAaq4DALquAwC9rgMAGV8SABavAwBorwMAHq8DAOFuDQBxrwMAv68DAMevAwAWsAMAIbADAG2wAwBvsAMAxLADAN+wAwAbsQMAJ7EDAHKxAwB6sQMAcF8SANaxAwAgsgMAKLIDAHeyAwCDsgMAzrIDANSyAwAlswMAK7MDAHyzAwCBswMA07MDANmzAwDHXxIAN7QDAIG0AwCJtAMA2LQDAOy0AwAvtQMANLUDAIa1AwCPtQMA3bUDAOO1AwA0tgMAPLYDAIu2AwCOtgMA4rYDAP+2AwA5twMASrcDAJC3AwCYtwMA57cDAOq3AwA+uAMAUrgDAJW4AwCiuAMA7LgDAPa4AwBDuQMARbkDAJq5AwCtuQMAdWASAPa5AwBIugMAWboDAJ+6AwCougMA9roDAAy7AwBNuwMAWrsDAKS7AwCsuwMA+7sDABq8AwDMYBIAXrwDAKm8AwCxvAMAI2ESAAO9AwBXvQMAX70DAK69AwC7vQMABb4DAAq+AwBcvgMAZL4DALO+AwC0vgMACr8DAAy/AwBhvwMAZ78DALi/AwC6vwMAD8ADACXAAwBmwAMAcsADAL3AAwDHwAMAFMEDACDBAwBrwQMAccEDAMLBAwDKwQMAGcIDAEvCAwB6YRIAecIDAMfCAwDRwgMAHsMDACbDAwB1wwMAdsMDAMzDAwDSwwMAI8QDAC/EAwB6xAMAe8QDANHEAwDTxAMAKMUDAC7FAwB/xQMAi8UDANbFAwDdxQMALcYDADXGAwCExgMAh8YDANvGAwDlxgMAMscDADTHAwCJxwMAk8cDAODHAwDsxwMAN8gDAE3IAwCOyAMAmsgDAOXIAwDyyAMAPMkDAEbJAwCTyQMAm8kDAOrJAwD8yQMA0WESAEPKAwCYygMAosoDAO/KAwDxygMARssDAF/LAwCdywMAn8sDAPTLAwD3ywMAS8wDAFfMAwCizAMAqswDAChiEgANzQMAUM0DAFPNAwCnzQMAsc0DAP7NAwAKzgMAVc4DAGvOAwCszgMAtM4DAAPPAwARzwMAWs8DAF3PAwCxzwMAuc8DAAjQAwAL0AMAX9ADABbQAwCC1wMAadADALbQAwBq0AMAxdMDALjQAwAN0QMAE9EDAGTRAwBu0QMAu9EDAMnRAwAS0gMAH9IDAGnSAwCA0gMAwNIDAMjSAwAX0wMAINMDAG7TAwBv0wMAf2ISAM7TAwAc1AMAJtQDAHPUAwB91AMAytQDANjUAwAh1QMALtUDAHjVAwCP1QMAz9UDANfVAwAm1gMALdYDAH3WAwCC1gMA1NYDANjWAwAr1wMAONcDANZiEgCP1wMA2dcDAOHXAwAw2AMANtgDAIfYAwCT2AMA3tgDAO3YAwA12QMAOtkDAIzZAwCn2QMA49kDAO/ZAwA62gMAQNoDAJHaAwCl2gMA6NoDAPDaAwA/2wMAVdsDAJbbAwCb2wMA7dsDAPTbAwBE3AMAUNwDAC1jEgCi3AMA8twDAADdAwBJ3QMAVt0DAKDdAwC33QMA990DAP/dAwBO3gMAVN4DAKXeAwCx3gMA/N4DAAPfAwBT3wMAYd8DAKrfAwCt3wMAAeADAAngAwBY4AMAZuADAK/gAwCy4AMABuEDAA7hAwBd4QMAbuEDALThAwC54QMAC+IDAA3iAwBi4gMAaeIDALniAwDH4gMAEOMDAB3jAwBn4wMAfuMDAL7jAwDG4wMAFeQDAB/kAwBs5AMAd+QDAMPkAwDP5AMAGuUDACLlAwCEYxIAc+UDAMjlAwDS5QMAH+YDACHmAwB25gMAeeYDAM3mAwDZ5gMAJOcDAC7nAwB75wMAg+cDANLnAwDg5wMAKegDADboAwCA6AMAiOgDANfoAwDt6AMALukDADrpAwCF6QMAm+kDANzpAwDh6QMAM+oDADnqAwCK6gMAnuoDANtjEgDk6gMAOOsDAEDrAwCP6wMAnesDAObrAwCl6wMAx4QIAPPrAwA97AMARewDAJTsAwCe7AMA6+wDAPbsAwBC7QMATu0DAJntAwCh7QMAMmQSAPbtAwBH7gMATO4DAJ7uAwCt7gMA9e4DAAHvAwBM7wMAT+8DAKPvAwCm7wMA+u8DAALwAwBR8AMAVvADAKjwAwC48AMA//ADAAfxAwBW8QMAWfEDAK3xAwC38QMABPIDAAbyAwBb8gMAYfIDALLyAwC88gMACfMDABfzAwBg8wMAbfMDALfzAwDO8wMADvQDABb0AwBl9AMAbvQDALz0AwC99AMAiWQSACD1AwBq9QMAbfUDAMflCgBw9QMAiysKAHL1AwDB9QMAdPUDALPDBAB29QMA7ZMGAMT1AwAuqwgAx/UDAG0WBwDL9QMAGPYDAM/1AwDXtAoA0fUDABSDCAAd9gMAb/YDACT2AwC6CgUAJvYDAK6JCgB39gMAxvYDAMn2AwAd9wMAKfcDAHT3AwB69wMAy/cDAOb3AwAi+AMALvgDAHn4AwB/+AMA0PgDANj4AwAn+QMAKfkDAH75AwAs+QMAfAoEAIj5AwDV+QMA3fkDAOBkEgA9+gMAg/oDAIr6AwDa+gMA4voDADH7AwA++wMAiPsDAI37AwDf+wMA6fsDADb8AwA+/AMAjfwDAI/8AwDF9goAkvwDABWmCACX/AMA5PwDAJz8AwB6GwQAnfwDADqhCQDq/AMAO/0DAD39AwCS/QMAn/0DAOn9AwDs/QMAQP4DAFH+AwCX/gMAmf4DAO7+AwD4/gMARf8DAFH/AwCc/wMApP8DAI5lEgD4/wMASgAEAE0ABAChAAQAqwAEAPgABAAAAQQATwEEAFwBBACmAQQAqAEEAP0BBAATAgQAVAIEAGACBACrAgQAswIEAOVlEgAHAwQAWQMEAGgDBACwAwQAsgMEAAcEBAAYBAQAXgQEAGkEBAC1BAQAugQEAAwFBAAPBQQAYwUEAG0FBAC6BQQAzAUEABEGBAAZBgQAaAYEAHIGBAC/BgQAxAYEABYHBAAeBwQAbQcEAG8HBADEBwQAywcEABsIBAAiCAQAcggEAHgIBADJCAQA1QgEACAJBAAjCQQAdwkEAHoJBADOCQQA6gkEACUKBAAtCgQAk2YSAIkKBADTCgQA2woEACoLBAAtCwQAgQsEAIYLBADYCwQA5wsEAC8MBABPDAQAhgwEAJIMBADdDAQA5wwEADQNBAA8DQQAiw0EAJ0NBADqZhIA7A0EADkOBABHDgQAkA4EAJ0OBADnDgQA/g4EAD4PBABGDwQAlQ8EAKQPBADsDwQA8Q8EAEMQBABQEAQAmhAEAKcQBADxEAQA/RAEAEgRBABXEQQAnxEEAKkRBAD2EQQABBIEAE0SBABSEgQApBIEALESBAD7EgQA/hIEAFITBABaEwQAqRMEAK4TBAAAFAQADRQEAFcUBABfFAQArhQEALcUBAAFFQQAEhUEAFwVBABqFQQAsxUEAMYVBAAKFgQAEhYEAGEWBABoFgQAuBYEAL0WBAAPFwQAJRcEAGYXBABoFwQAvRcEAMsXBAAUGAQAIRgEAGsYBABzGAQAwhgEAMUYBAAZGQQAHhkEAHAZBAB/GQQAxxkEAOcZBAAeGgQAKhoEAHUaBAB/GgQAzBoEANQaBAAjGwQANRsEAEFnEgB/GwQA0RsEAN4bBAAoHAQANRwEAH8cBACLHAQA1hwEAOUcBAAtHQQANx0EAIQdBACMHQQA2x0EAOUdBAAyHgQANx4EAIkeBACRHgQAmGcSAOweBAA3HwQAPR8EAI4fBACpHwQA5R8EAPEfBAA8IAQAQiAEAJMgBACvIAQA6iAEAPIgBADvZxIASSEEAJghBACiIQQA7yEEAPohBABGIgQAUiIEAJ0iBAClIgQARmgSAAAjBABLIwQAUSMEAKIjBAC9IwQA+SMEAAUkBABQJAQAViQEAKckBACvJAQA/iQEAAQlBABVJQQAXiUEAKwlBAC5JQQAAyYEABAmBABaJgQAaCYEALEmBAC+JgQACCcEAB8nBABfJwQAZycEALYnBAC7JwQADSgEAMcnBAAXKgQAGigEAGQoBABsKAQAuygEAMYoBAASKQQAFykEAGkpBABsKQQAwCkEAMopBACdaBIAHCoEAG4qBAB9KgQAxSoEAMcqBAAcKwQALSsEAHMrBACEKwQAyisEAN4rBAD0aBIAMiwEAHgsBAB7LAQAzywEAIAsBACvSwgAhSwEAIGeEADZLAQAJi0EACgtBAB9LQQAhy0EANQtBADgLQQAKy4EAFUuBACCLgQAjS4EAMhBBQCoLgQA2S4EAAwvBAAwLwQAVi8EAIcvBACtLwQA3i8EABIwBAA1MAQAYDAEAIwwBACUMAQA4zAEAA0xBAA6MQQAbzEEAJExBAC8MQQA6DEEAPAxBAA/MgQATjIEAJYyBACbMgQA7TIEAPYyBABEMwQA+jIEABU7BABVMwQAmzMEAKIzBADyMwQA+jMEAEk0BABWNAQAoDQEAKU0BAD3NAQAATUEAE41BABWNQQApTUEAK81BADhQQQAtDUEAPw1BAABNgQAUzYEAGA2BACqNgQAtzYEAAE3BAANNwQAWDcEAGc3BACvNwQAuTcEAAY4BAAOOAQAXTgEAGc4BAC0OAQAuTgEAAs5BAATOQQAS2kSAG45BAC5OQQAvzkEABA6BAArOgQAZzoEAHM6BAC+OgQAxDoEAKJpEgAiOwQAbDsEAHg7BADDOwQA0jsEABo8BAAkPAQAcTwEAH88BADIPAQAzTwEAB89BAAsPQQAdj0EAH49BADNPQQA1z0EACQ+BAApPgQAez4EAIM+BADSPgQA1T4EACk/BAA1PwQAgD8EAIY/BADXPwQA8j8EAC5ABAA6QAQAhUAEAItABADcQAQA5EAEADNBBAA1QQQAikEEAJRBBAD5aRIA50EEADhCBAA6QgQAj0IEAJxCBADmQgQA6UIEAD1DBABOQwQAlEMEAJZDBADrQwQA9UMEAEJEBABORAQAmUQEAKFEBABQahIA9UQEAEdFBABKRQQAnkUEAKhFBAD1RQQA/UUEAExGBABZRgQAo0YEAKVGBAD6RgQAEEcEAFFHBABdRwQAp2oSAMRHBAD/RwQAG0gEAP5qEgBbSAQArUgEALpIBAAESQQAEUkEAFtJBABnSQQAskkEAMFJBAAJSgQAE0oEAGBKBABuSgQAt0oEALxKBAAOSwQAG0sEAGVLBAB+SwQAvEsEAL5LBAATTAQAGkwEAFVrEgCHTAQAwUwEANJMBAAYTQQAJE0EAG9NBACCTQQAxk0EANVNBAAdTgQAKU4EAHROBAB1TgQAy04EANVOBAAiTwQAME8EAHlPBAB+TwQA0E8EAN1PBACsaxIALFAEAH5QBACLUAQA1VAEAOJQBAAsUQQAOFEEAINRBACSUQQA2lEEAORRBAAxUgQAP1IEAIhSBACNUgQA31IEAOxSBAA2UwQAPlMEALFsEgCSUwQA5FMEAOxTBAAIbRIAPVQEAJJUBACgVAQA6VQEAPpUBABfbRIAR1UEALZtEgCcVQQA7lUEAPZVBABFVgQAVFYEAJxWBAChVgQA81YEAABXBABKVwQAV1cEAKFXBACtVwQA+FcEAAdYBABPWAQAWVgEAGRuEgCoWAQAcpYPAKxYBADcbQ0AuVgEAP1YBAAMWQQAVFkEAGBZBACrWQQArFkEAAJaBAAMWgQAWVoEAGdaBACwWgQAtVoEAAdbBAAUWwQAu24SAGJbBAC1WwQAwFsEAAxcBAAaXAQAY1wEAHRcBAC6XAQAxlwEABFdBAAZXQQAEm8SAG1dBAC/XQQAzF0EABZeBAAjXgQAbV4EAHleBADEXgQA014EABtfBAAlXwQAcl8EAIBfBADJXwQA1l8EACBgBAA3YAQAaW8SAIRgBADOYAQA22AEACVhBAAxYQQAfGEEAIthBADTYQQA3WEEACpiBAA4YgQAgWIEAEZiBAAw9gkAhmIEANhiBADlYgQAL2MEADdjBADAbxIAkmMEAN1jBADtYwQANGQEAD1kBACLZAQAjmQEAOJkBADuZAQAOWUEAEBlBAAXcBIAnWUEAOdlBAD2ZQQAPmYEAD9mBACVZgQArGYEAOxmBAAGZwQAQ2cEAE9nBACaZwQArWcEAPFnBAAAaAQASGgEAFRoBACfaAQAoGgEAPZoBAAAaQQATWkEAFtpBACkaQQAqWkEAPtpBAAIagQAbnASAGxqBACpagQAuGoEAABrBAACawQAV2sEAAVrBADMcQQAZGsEAK5rBAC7awQABWwEAApsBABcbAQAZmwEALNsBADCbAQACm0EAA9tBABhbQQAbm0EALhtBADFbQQAD24EABtuBABmbgQAdW4EAL1uBADHbgQAFG8EACFvBABrbwQAcG8EAMJvBADGbwQAGXAEACVwBABwcAQAdnAEAMdwBADNcAQAHnEEACNxBAB1cQQAe3EEAMVwEgDZcQQAI3IEADByBAB6cgQAhnIEANFyBADgcgQAKHMEADJzBAB/cwQAjXMEANZzBADbcwQALXQEADp0BACEdAQAi3QEANt0BADgdAQAMnUEAD51BACJdQQAjHUEAOB1BADtdQQAN3YEADx2BACOdgQAmHYEAOV2BADxdgQAPHcEAE93BACTdwQAoXcEAOp3BADtdwQAQXgEAEt4BACYeAQApHgEAO94BAD1eAQARnkEAEx5BACdeQQAonkEAPR5BAD6eQQAHHESAE16BACiegQAs3oEAPl6BAAKewQAUHsEAFh7BACnewQAt3sEAP57BAAAfAQAVXwEAGN8BACsfAQAvXwEAHNxEgAKfQQAynESAFt9BACxfQQAtn0EAAh+BAC3fQQAjaoEAA5+BABffgQAaX4EALZ+BADCfgQADX8EABN/BABkfwQAan8EALt/BADAfwQAEoAEABiABAAhchIAd4AEAMCABADZgAQAF4EEABiBBABugQQAi4EEAMWBBADNgQQAxqQEAN+BBAAcggQAH4IEAHOCBAB4ggQAJnMSAOOCBAAhgwQAJ4MEAHiDBAA3gwQAvFAFAHqDBADPgwQA1YMEACaEBAA6hAQAfYQEAIWEBADUhAQA4YQEACuFBAAwhQQAgoUEAIyFBADZhQQA4YUEADCGBABBhgQAh4YEAIyGBADehgQA4IYEADWHBAA8hwQAjIcEAJiHBADjhwQA6ocEADqIBABWiAQAkYgEAJmIBAB9cxIA6YgEAD+JBABLiQQAlokEAKOJBADtiQQA9YkEAESKBABHigQAm4oEAKaKBADyigQA9IoEAEmLBABPiwQAoIsEAKyLBAD3iwQA/osEAE6MBABWjAQApYwEAKqMBAD8jAQAFY0EAFONBAB/jQQAqo0EALaNBAABjgQAEI4EAFiOBABijgQAr44EALeOBAAGjwQAFo8EAF2PBABrjwQAtI8EAMWPBAALkAQAF5AEANRzEgBnkAQAuZAEAMGQBAAQkQQAEZEEAGeRBAAmkQQAOBMMAISRBAC+kQQAxpEEABWSBAAZkgQAbJIEAHKSBADDkgQAxZIEABqTBAAbkwQAcZMEAHKTBADIkwQA1JMEAB+UBAAllAQAdpQEAH6UBADNlAQAz5QEACSVBAA/lQQAe5UEAH2VBADSlQQA4JUEACmWBAA6lgQAgJYEAIKWBADXlgQA8JYEAC6XBAA/lwQAhZcEAJGXBAArdBIA6pcEADOYBAD4lwQAmVgIAEmYBACKmAQAi5gEAOGYBADymAQAOJkEAESZBACPmQQApZkEAOaZBADymQQAPZoEAEqaBACUmgQAnpoEAOuaBADtmgQAQpsEAEybBACZmwQAp5sEAPCbBAD1mwQAR5wEAFScBACenAQAupwEAPWcBAD9nAQAgnQSAFqdBACjnQQAvJ0EAPqdBAD7nQQAUZ4EAG6eBACongQAsJ4EAP+eBAAQnwQAVp8EAGSfBACtnwQAxp8EAASgBAAKoAQAW6AEAF2gBACyoAQAuKAEAAmhBAAdoQQAYKEEAGihBAC3oQQAxKEEAA6iBAATogQAZaIEAG+iBAC8ogQAxKIEABOjBAAjowQAaqMEAG+jBADBowQAyqMEABikBAAlpAQAb6QEAHakBADZdBIA16QEAB2lBAArpQQAdKUEAI2lBADLpQQA0aUEACKmBAAkpgQAeaYEAH+mBADQpgQA5KYEACenBAAvpwQAfqcEAIunBADVpwQA2qcEACyoBAA2qAQAg6gEAIuoBADaqAQA6qgEADGpBAA2qQQAiKkEAJGpBADfqQQA7KkEADaqBAA9qgQAMHUSAJKqBADkqgQA5aoEADurBABHqwQAkqsEAJirBADpqwQA+qsEAECsBABUrAQAl6wEAKasBADurAQA86wEAEWtBABSrQQAnK0EAKytBADzrQQAAa4EAEquBABhrgQAoa4EAKquBAD4rgQA/q4EAE+vBABbrwQApq8EAK2vBAD9rwQAGbAEAFSwBABcsAQAh3USALGwBAACsQQACLEEAFmxBABesQQAsLEEALaxBADedRIADLIEAF6yBABgsgQAtbIEALyyBAAMswQAGrMEAGOzBABwswQAurMEANGzBAARtAQAGbQEAGi0BABptAQAv7QEAMK0BAAWtQQAKrUEAG21BAB8tQQAxLUEAMm1BAAbtgQAHLYEAHK2BACJtgQAjHYSAMu2BAAgtwQALbcEAHe3BACEtwQAzrcEANO3BAAluAQAL7gEAHy4BACEuAQA07gEAOO4BAAquQQAOLkEAIG5BACOuQQA2LkEAN+5BAAvugQAN7oEAIa6BACIugQA3boEAOW6BAA0uwQANbsEAIu7BABKuwQA1VUFAJC7BADiuwQA5bsEADm8BABDvAQAkLwEAKe8BADnvAQA7bwEAD69BABKvQQAlb0EAJi9BADsvQQACb4EAEO+BABUvgQAmr4EAKK+BADxvgQA+L4EAEi/BABOvwQAn78EAK2/BAD2vwQAEcAEAE3ABABZwAQApMAEAKrABAD7wAQAEMEEAFLBBABawQQAqcEEALPBBAAAwgQABsIEAFfCBABlwgQArsIEALrCBAAFwwQADMMEAFzDBABkwwQA43YSAMHDBAAKxAQAIMQEAGHEBABtxAQAuMQEAL3EBAAPxQQAGMUEAGbFBABwxQQAvcUEAMnFBAAnsQYA2cUEABTGBAAcxgQAOncSAHDGBADCxgQAz8YEABnHBAAmxwQAcMcEAHzHBADHxwQA1scEAB7IBAAoyAQAdcgEAIPIBADMyAQA0cgEACPJBAAwyQQAeskEAILJBACRdxIA38kEACjKBAA+ygQAf8oEAIvKBADWygQA28oEAC3LBAA2ywQAhMsEAI7LBADbywQA48sEADLMBAA+zAQAicwEAJzMBADgzAQA4cwEADfNBABFzQQAjs0EAJTNBADlzQQA8c0EADzOBABDzgQA6HcSAJ3OBADqzgQA8s4EAEHPBABHzwQAnB0KAFDPBACYzwQAnc8EALk+BQCezwQA788EAPvPBABG0AQASNAEAJ3QBACn0AQA9NAEAADRBABL0QQAU9EEAD94EgCq0QQA+dEEAAjSBABQ0gQAVdIEAKfSBAC00gQA/tIEAAvTBABV0wQAYdMEAKzTBAC70wQAA9QEAA3UBABa1AQAaNQEALHUBAC21AQACNUEABXVBABf1QQAZ9UEALbVBADA1QQADdYEABLWBABk1gQAbNYEALvWBADG1gQAEtcEABfXBABp1wQAbNcEAMDXBADK1wQAF9gEAB/YBACWeBIAc9gEAMXYBADU2AQAHNkEAB7ZBABz2QQAhNkEAMrZBADV2QQAIdoEACbaBAB42gQAe9oEAM/aBADZ2gQAJtsEAC7bBAB92wQAf9sEANTbBADh2wQAK9wEADLcBACC3AQAitwEANncBADa3AQAMN0EADXdBACH3QQAjd0EAN7dBADo3QQANd4EAD3eBADteBIAwt4EAOPeBAAY3wQAOt8EAFTfBACR3wQAt98EAOjfBAAC4AQAP+AEAGXgBACW4AQAsOAEAO3gBAAW4QQAROEEAEzhBACb4QQAneEEAPLhBAD/4QQASeIEAFDiBACg4gQAqOIEAPfiBAD44gQATuMEAFPjBACl4wQAq+MEAPzjBAAG5AQAU+QEAFvkBABEeRIAxuQEAJt5EgAJ5QQAWOUEAFrlBACv5QQAvOUEAAbmBAAN5gQAXeYEAGXmBAC05gQAteYEAAvnBAAQ5wQAYucEAGjnBAC55wQAw+cEABDoBAAY6AQA8nkSAGzoBAC+6AQAwOgEABXpBAAc6QQAbOkEAHrpBADD6QQA0OkEABrqBAAx6gQAceoEAHnqBADI6gQA0uoEAB/rBADe6gQAUUwFACrrBAB26wQAgusEAM3rBADV6wQASXoSACXsBAB77AQALuwEAHrOBQA67AQAxLoFAIDsBADS7AQA1ewEACntBAAz7QQAgO0EAJftBADX7QQA3e0EAC7uBAA67gQAhe4EAIjuBADc7gQA+e4EADPvBABE7wQAiu8EAKnvBADh7wQA6e8EADjwBAA68AQAj/AEAJ7wBADm8AQA8PAEAD3xBABL8QQAlPEEAK/xBADr8QQA9/EEAELyBABK8gQAoHoSAKXyBADw8gQA//IEAEfzBABM8wQAnvMEAKTzBAD18wQA/PMEAEz0BABU9AQAo/QEAKX0BAD69AQAAfUEAFH1BABT9QQAqPUEAKn1BAD/9QQACfYEAFb2BABi9gQArfYEALP2BAAE9wQAHvcEAFv3BABj9wQAsvcEAMj3BAAJ+AQAF/gEAGD4BABj+AQAt/gEALr4BAAO+QQAHPkEAGX5BABy+QQAvPkEANP5BAAT+gQAG/oEAGr6BABs+gQAwfoEAMn6BAAY+wQAL/sEAG/7BAB7+wQAxvsEANz7BAAd/AQAJfwEAHT8BACC/AQAy/wEANX8BAAi/QQAKv0EAHn9BACA/QQA0P0EANz9BAAn/gQAKP4EAH7+BACK/gQA1f4EAOL+BAAs/wQAM/8EAIP/BACG/wQA2v8EAOL/BAAxAAUANgAFAIgABQCVAAUA3wAFAA8BBQA2AQUAPgEFAPd6EgCVAQUAGbYSAKkBBQDkAQUA7AEFAE57EgBJAgUAkgIFAJQCBQDpAgUA+gIFAEADBQBIAwUAlwMFAKMDBQDuAwUA9AMFAEUEBQBLBAUAnAQFAKEEBQDzBAUA+QQFAKV7EgBPBQUAoQUFAFYFBQBXnQ4AqQUFAPgFBQD9BQUActQKAP4FBQAYHgwABAYFAK6OCwAHBgUATwYFAAkGBQBgGwwADwYFAJWODABUBgUApgYFAFUGBQA2wwkAswYFAP0GBQAKBwUAVAcFAGAHBQCrBwUAugcFAAIIBQAMCAUAAX0SAGMIBQCwCAUAtQgFAAcJBQAPCQUAWH0SAGMJBQC1CQUAuAkFAAwKBQAWCgUAYwoFAIsKBQAGfhIAwAoFABELBQAnCwUAaAsFAHYLBQC/CwUAzAsFABYMBQAYDAUAbQwFAHcMBQDEDAUA0AwFABsNBQAiDQUAcg0FAHoNBQDJDQUA0A0FACAOBQApDgUAdw4FAIMOBQDODgUA1g4FAF1+EgAqDwUAfA8FAIQPBQDTDwUA4g8FACoQBQAvEAUAgRAFAI4QBQDYEAUA5RAFAC8RBQA7EQUAhhEFAJURBQDdEQUA5xEFADQSBQBCEgUAixIFAJASBQDiEgUA7xIFADkTBQBBEwUAkBMFAJoTBQDnEwUA9RMFAD4UBQBUFAUAlRQFAKEUBQDsFAUA8RQFAEMVBQBMFQUAmhUFAKQVBQC0fhIA+xUFAEgWBQBUFgUAnxYFAKcWBQALfxIA+xYFAE0XBQBaFwUApBcFALEXBQD7FwUABxgFAFIYBQBhGAUAqRgFALMYBQAAGQUAGBkFAFcZBQBhGQUArhkFALwZBQAFGgUAGxoFAFwaBQBoGgUAsxoFALgaBQAKGwUAExsFAGEbBQBrGwUAuBsFAMAbBQBifxIAHBwFAGYcBQAlHAUAwMERAHMcBQC9HAUAyRwFABQdBQAjHQUAax0FAHUdBQDCHQUA0B0FABkeBQAmHgUAcB4FAIceBQDHHgUAzx4FAB4fBQAoHwUAdR8FAHofBQDMHwUA1B8FALl/EgAvIAUAeiAFAIAgBQDRIAUA7CAFACghBQA0IQUAfyEFAIUhBQAQgBIA3iEFAGeAEgAyIgUAhCIFAJEiBQDbIgUA6CIFADIjBQA+IwUAiSMFAJgjBQDgIwUA6iMFADckBQBFJAUAjiQFAJMkBQDlJAUA8iQFADwlBQBEJQUAvoASAJ8lBQDqJQUA+iUFAEEmBQBKJgUAmCYFAJsmBQDvJgUA+yYFAEYnBQBNJwUAFYESAKsnBQD0JwUACigFAEsoBQBXKAUAoigFAKkoBQD5KAUAASkFAFApBQBVKQUApykFALApBQD+KQUACCoFAGyBEgBaKgUArCoFAGEqBQAXLwUAtCoFAAMrBQAJKwUAWisFAF8rBQCxKwUAuisFAAgsBQASLAUAXywFAGssBQC2LAUAviwFAMOBEgASLQUAZC0FAGwtBQC7LQUAxi0FABIuBQAXLgUAaS4FAGwuBQDALgUAyi4FABqCEgAhLwUAbi8FAHIvBQDFLwUAyi8FABwwBQAiMAUAczAFAJMwBQDKMAUA0jAFACExBQAvMQUAeDEFAHsxBQDPMQUA1zEFACYyBQAvMgUAfTIFAIoyBQDUMgUA2jIFACszBQA3MwUAgjMFAIQzBQDZMwUA6DMFADA0BQA7NAUAhzQFAIk0BQDeNAUA9zQFADU1BQBGNQUAjDUFAJg1BQBxghIA6zUFADo2BQBaNgUAkTYFAJ82BQDoNgUA9TYFAD83BQBGNwUAljcFALI3BQDtNwUA9TcFAMiCEgBJOAUAmzgFAKg4BQDyOAUA/zgFAEk5BQBVOQUAoDkFAK85BQD3OQUAAToFAE46BQBjOgUApToFAK06BQD8OgUACzsFAFM7BQBVOwUAqjsFALM7BQABPAUABDwFAFg8BQBkPAUArzwFAMs8BQAGPQUADj0FAB+DEgBiPQUAtD0FAMo9BQALPgUAFz4FAGI+BQCFPgUAdoMSAMY+BQAQPwUAHT8FAGc/BQBzPwUAvj8FAM0/BQAVQAUAH0AFAGxABQB0QAUAw0AFAM1ABQAaQQUAH0EFAHFBBQB5QQUAzYMSANxBBQAfQgUARUIFAHZCBQCcQgUAzUIFAPNCBQAkQwUAT0MFAHtDBQCDQwUA0kMFAPxDBQApRAUAX0QFAIBEBQCmRAUA10QFAP1EBQAuRQUAZEUFAIVFBQCwRQUA3EUFAORFBQAzRgUAOEYFAGqoBQBCRgUAikYFAI9GBQDhRgUA7kYFADhHBQBFRwUAj0cFAJtHBQDmRwUA9UcFAD1IBQBHSAUAlEgFAKJIBQDrSAUA8EgFAEJJBQBPSQUAmUkFAKFJBQDwSQUA9kkFAEdKBQD6SQUAsqUFAFNKBQCeSgUArkoFAPVKBQD+SgUATEsFAE9LBQCjSwUAr0sFAPpLBQABTAUAJIQSAGVMBQCoTAUAq0wFAP9MBQAcTQUAVk0FAGdNBQCtTQUAtE0FAAROBQAdTgUAW04FAGNOBQCyTgUAyE4FAAlPBQAOTwUAYE8FAGdPBQC3TwUAwE8FAA5QBQAfUAUAZVAFAHFQBQB7hBIAvlAFACJUBQDQUAUAE1EFABZRBQBqUQUAh1EFAMFRBQDSUQUAGFIFACdSBQBvUgUAgFIFAMZSBQDUUgUAHVMFAClTBQB0UwUAgVMFAMtTBQDVUwUA0oQSAChUBQB5VAUAh1QFANBUBQDSVAUAJ1UFAC5VBQB+VQUAl1UFACmFEgDpVQUALFYFAC9WBQCDVgUAoFYFANpWBQDrVgUAMVcFADlXBQCIVwUAj1cFAN9XBQDlVwUANlgFAERYBQCNWAUAqFgFAORYBQDwWAUAO1kFAEFZBQCSWQUAp1kFAOlZBQDxWQUAQFoFAEpaBQCXWgUAnVoFAO5aBQD8WgUARVsFAFFbBQCcWwUAo1sFAPNbBQD7WwUAgIUSAFNcBQChXAUArlwFAPhcBQAGXQUAT10FAF5dBQCmXQUAqF0FAP1dBQAHXgUAVF4FAGJeBQCrXgUAsF4FAAJfBQAPXwUAWV8FAFxfBQCwXwUAvF8FAAdgBQAaYAUAXmAFAG1gBQC1YAUAwWAFAAxhBQANYQUAY2EFAG1hBQC6YQUAyGEFABFiBQAWYgUAaGIFAHViBQDXhRIAxGIFABZjBQAsYwUAbWMFAINjBQDEYwUAzWMFABtkBQAoZAUAcmQFAIBkBQDJZAUA2GQFACBlBQAiZQUAd2UFAIFlBQDOZQUA3GUFACVmBQAqZgUAfGYFAIlmBQDTZgUA1mYFACpnBQAyZwUAgWcFAJJnBQDYZwUA5mcFAC9oBQA8aAUAhmgFAKZoBQDdaAUA5WgFADRpBQBEaQUAi2kFAI1pBQDiaQUA8GkFADlqBQBKagUA3IYSAJZqBQDnagUA82oFADOHEgBFawUAlWsFAEtrBQAnXwcAnGsFAOxrBQDyawUAQ2wFAE9sBQCabAUAnWwFAPFsBQD0bAUASG0FAHBtBQCfbQUAwm0FAPZtBQABbgUATW4FAFJuBQCkbgUAp24FAPtuBQAFbwUAUm8FAHpvBQCKhxIArm8FAABwBQANcAUAV3AFAGRwBQCucAUAunAFAAVxBQAUcQUAXHEFAGZxBQCzcQUAu3EFAApyBQAUcgUAYXIFAGZyBQC4cgUAwHIFAOGHEgAccwUAZnMFAHpzBQC9cwUAxXMFABR0BQAZdAUAa3QFAHt0BQDCdAUAynQFABl1BQAjdQUAcHUFAHt1BQDHdQUA03UFAB52BQAmdgUAOIgSAHZ2BQDMdgUA2HYFACN3BQAydwUAencFAIh3BQDRdwUA4XcFACh4BQA2eAUAf3gFAIt4BQDWeAUA3XgFAC15BQA1eQUAhHkFAJp5BQDbeQUA73kFADJ6BQA1egUAiXoFAKZ6BQDgegUA8XoFADd7BQA/ewUAjnsFAJl7BQDlewUA6nsFADx8BQA/fAUAk3wFAJ18BQDqfAUA7XwFAI+IEgBDfQUALYgIAEZ9BQCYfQUAm30FAO99BQD5fQUARn4FAE5+BQCdfgUAvH4FAOaIEgAIfwUAS38FAHF/BQCifwUAyH8FAPl/BQAfgAUAUIAFAIiABQCngAUA3YAFAP6ABQAkgQUAVYEFAHuBBQCsgQUA4oEFAAOCBQAnggUAWoIFAHaCBQCxggUAuYIFAD2JEgANgwUAX4MFAGyDBQC2gwUAw4MFAA2EBQAZhAUAZIQFAHOEBQC7hAUAxYQFABKFBQAghQUAaYUFAG6FBQDAhQUAzYUFABeGBQAfhgUAlIkSAHqGBQDFhgUA1YYFAByHBQAlhwUAc4cFAHaHBQDKhwUA1ocFACGIBQAoiAUA64kSAIaIBQDPiAUA5YgFACaJBQAyiQUAfYkFAISJBQDUiQUA3IkFACuKBQAwigUAgooFAIuKBQDZigUA44oFAEKKEgAxiwUAh4sFAJOLBQDeiwUA5IsFADWMBQA3jAUAjIwFAJaMBQDjjAUA8YwFADqNBQA/jQUAkY0FAJ6NBQDojQUA8I0FAD+OBQBJjgUAlo4FAKSOBQDtjgUAA48FAESPBQBQjwUAm48FAKKPBQDyjwUA+o8FAEmQBQBOkAUAoJAFAKmQBQD3kAUAAZEFAJmKEgBRkQUApZEFAMKRBQD8kQUADZIFAFOSBQBhkgUAqpIFAMKSBQABkwUABJMFAFiTBQB1kwUAr5MFAMCTBQAGlAUAHpQFAF2UBQBplAUAtJQFAMeUBQALlQUAGpUFAGKVBQBulQUAuZUFALqVBQAQlgUAGpYFAGeWBQB1lgUAvpYFAMOWBQAVlwUAIpcFAPCKEgBxlwUAw5cFANCXBQAamAUAJ5gFAHGYBQB9mAUAyJgFANeYBQAfmQUAKZkFAHaZBQCEmQUAzZkFANKZBQAkmgUAMZoFAHuaBQCDmgUA9YsSAN6aBQApmwUAOZsFAICbBQCJmwUA15sFANqbBQAunAUAOpwFAIWcBQCMnAUATIwSAOqcBQAznQUASZ0FAIqdBQCWnQUA4Z0FAOidBQA4ngUAQJ4FAI+eBQCUngUA5p4FAO+eBQA9nwUAR58FAKOMEgCVnwUA658FAPefBQBCoAUASKAFAJmgBQCboAUA8KAFAPqgBQBHoQUAVaEFAJ6hBQCjoQUA9aEFAAKiBQBMogUAVKIFAKOiBQCtogUA+qIFAAijBQBRowUAZ6MFAKijBQC0owUA/6MFAAakBQBWpAUAXqQFAK2kBQCypAUABKUFAA2lBQBbpQUAZaUFAPqMEgDApQUACaYFAB+mBQBgpgUAbKYFALemBQC+pgUADqcFABanBQBlpwUAaqcFALynBQDFpwUAE6gFAB2oBQBRjRIAa6gFAMGoBQDNqAUAGKkFAB6pBQBvqQUAcakFAMapBQDQqQUAHaoFACuqBQB0qgUAeaoFAMuqBQDYqgUAIqsFACqrBQB5qwUAg6sFANCrBQDeqwUAJ6wFAD2sBQB+rAUAiqwFANWsBQDcrAUALK0FADStBQCDrQUAiK0FANqtBQDjrQUAMa4FADuuBQCojRIAiq4FAPiEDQCWrgUA364FAPCuBQA2rwUAO68FAI2vBQCkrwUA5K8FAPivBQA7sAUAU7AFAJKwBQChsAUA6bAFAO6wBQBAsQUATbEFAJexBQCksQUA7rEFAPqxBQBFsgUAVLIFAJyyBQCmsgUA87IFAPuyBQBKswUAaLMFAKGzBQCpswUA+LMFAAG0BQBPtAUAXLQFAKa0BQCotAUA/bQFABa1BQBUtQUAZbUFAKu1BQC3tQUAArYFAAq2BQD/jRIAXrYFALC2BQC4tgUAB7cFABa3BQBetwUAY7cFALW3BQDCtwUADLgFABm4BQBjuAUAb7gFALq4BQDJuAUAEbkFABu5BQBouQUAcLkFAL+5BQDJuQUAFroFABu6BQBtugUAdboFAFaOEgDYugUAG7sFAB67BQByuwUAj7sFAMm7BQDauwUAILwFAFa8BQB3vAUAlrwFAM68BQDWvAUAJb0FACe9BQB8vQUAi70FANO9BQDdvQUAKr4FADi+BQCBvgUAnL4FANi+BQDkvgUAL78FADe/BQCtjhIAkr8FAN2/BQDsvwUANMAFADnABQCLwAUAkcAFAOLABQDpwAUAOcEFAEHBBQCQwQUAksEFAOfBBQDuwQUAPsIFAEDCBQCVwgUAlsIFAOzCBQD2wgUAQ8MFAE/DBQCawwUAoMMFAPHDBQALxAUASMQFAFDEBQCfxAUAtcQFAPbEBQAExQUATcUFAFDFBQCkxQUAp8UFAPvFBQAJxgUAUsYFAF/GBQCpxgUAwMYFAADHBQAIxwUAV8cFAFnHBQCuxwUAtscFAAXIBQAcyAUAXMgFAGjIBQCzyAUAycgFAArJBQASyQUAYckFAG/JBQC4yQUAwskFAA/KBQAXygUAZsoFAG3KBQC9ygUAycoFABTLBQAVywUAa8sFAHfLBQDCywUAz8sFABnMBQAgzAUAcMwFAHPMBQDHzAUAz8wFAB7NBQAjzQUAdc0FAILNBQDMzQUA/M0FACPOBQArzgUABI8SAIDOBQDRzgUA384FACjPBQA5zwUAf88FAITPBQDWzwUA7c8FAC3QBQBB0AUAhNAFAKPQBQDb0AUA49AFADLRBQA00QUAidEFAJjRBQDg0QUA6tEFADfSBQBF0gUAjtIFAKnSBQDl0gUA8dIFADzTBQBE0wUAW48SAJ/TBQDq0wUA+dMFAEHUBQBG1AUAmNQFAJ7UBQDv1AUA9tQFAEbVBQBO1QUAndUFAJ/VBQD01QUA+9UFAEvWBQBN1gUAotYFAKPWBQD51gUAA9cFAFDXBQBc1wUAp9cFAK3XBQD+1wUAGNgFAFXYBQBd2AUArNgFAMLYBQAD2QUAEdkFAFrZBQBd2QUAsdkFALTZBQAI2gUAFtoFAF/aBQBs2gUAttoFAM3aBQAN2wUAFdsFAGTbBQBm2wUAu9sFAMPbBQAS3AUAKdwFAGncBQB13AUAwNwFANbcBQAX3QUAH90FAG7dBQB83QUAxd0FAM/dBQAc3gUAJN4FAHPeBQB63gUAyt4FANbeBQAh3wUAIt8FAHjfBQCE3wUAz98FANzfBQAm4AUALeAFAH3gBQCA4AUA1OAFANzgBQAr4QUAMOEFAILhBQCP4QUA2eEFAAniBQAw4gUAOOIFALKPEgCM4gUA3uIFAPriBQA14wUAPeMFAAmQEgDF4wUA4+MFAAnkBQA65AUAY+QFAJHkBQDH5AUA6OQFAP3kBQA/5QUAR+UFAJblBQCZ5QUA7eUFAArmBQBE5gUAVeYFAJvmBQCe5gUA8uYFAPzmBQBJ5wUAS+cFAKDnBQCq5wUA9+cFAAPoBQBO6AUAaugFAKXoBQCt6AUAYJASAC/pBQBT6QUAVukFAKrpBQDQ6QUAAeoFACrqBQBY6gUAfOoFAK/qBQC36gUAt5ASAAvrBQBd6wUAausFALTrBQDB6wUAC+wFABfsBQBi7AUAcewFALnsBQDD7AUAEO0FAB7tBQBn7QUAbO0FAL7tBQDL7QUAFe4FAB3uBQBs7gUAdu4FAMPuBQDR7gUAGu8FADDvBQBx7wUAfe8FAMjvBQDN7wUAH/AFACjwBQB28AUAgPAFAM3wBQDp8AUAJPEFACzxBQAOkRIAffEFANLxBQDg8QUAKfIFADryBQBlkRIAh/IFALyREgDc8gUALvMFADbzBQCF8wUAlPMFANzzBQDi8wUAM/QFAD/0BQCK9AUAjPQFAOH0BQDr9AUAOPUFAET1BQCP9QUAl/UFAGqSEgDr9QUAPfYFAEz2BQCU9gUAtPYFAOv2BQD39gUAQvcFAEz3BQCZ9wUAofcFAPD3BQDy9wUAR/gFAFf4BQCe+AUAqPgFAPX4BQAB+QUATPkFAFL5BQCj+QUAq/kFAMGSEgD/+QUAUfoFAFr6BQAhqwwAXvoFAKj6BQBn+gUAs/oPALL6BQCRvw8AtfoFAP/6BQAL+wUAVvsFAGX7BQCt+wUAt/sFAAT8BQAM/AUAWqALABL8BQBb/AUAaPwFALL8BQDJ/AUACf0FABH9BQBg/QUAav0FALf9BQC8/QUADv4FABb+BQAYkxIAcv4FALz+BQDK/gUAE/8FACb/BQBq/wUAcv8FAMH/BQDE/wUAGAAGAB0ABgBvAAYAfgAGAMYABgDmAAYAHQEGACkBBgB0AQYAfgEGAMsBBgDnAQYAIgIGACoCBgBvkxIAjAIGANACBgDWAgYAJwMGADMDBgB+AwYAiAMGANUDBgDbAwYALAQGADoEBgCDBAYAjwQGANoEBgDdBAYAMQUGADIFBgCIBQYAlAUGAN8FBgDlBQYANgYGADwGBgCNBgYAmQYGAOQGBgABBwYAOwcGAEQHBgCSBwYAngcGAOkHBgDsBwYAQAgGAEoIBgCXCAYAowgGAO4IBgD0CAYARQkGAEsJBgCcCQYAoQkGAPMJBgD5CQYAxpMSAFYKBgChCgYAowoGAPgKBgAHCwYATwsGAFoLBgCmCwYAsgsGAP0LBgAEDAYAVAwGAFwMBgCrDAYAtQwGAAINBgANDQYAWQ0GAGUNBgCwDQYAuA0GAMuUEgAJDgYAXg4GAHEOBgC1DgYAvQ4GAAwPBgASDwYAYw8GAG8PBgC6DwYAxA8GABEQBgAXEAYAaBAGAHYQBgC/EAYAyxAGABYRBgAZEQYAbREGAHURBgDEEQYAxREGABsSBgAnEgYAchIGAHgSBgDJEgYA0RIGACATBgAmEwYAdxMGAIMTBgDOEwYA6xMGACUUBgAuFAYAfBQGAIgUBgDTFAYA1hQGACoVBgA0FQYAgRUGAIkVBgDYFQYA6RUGAC8WBgA9FgYAhhYGAJwWBgDdFgYA6xYGADQXBgA+FwYAIpUSAJoXBgDiFwYA7RcGADkYBgBFGAYAkBgGAJcYBgDnGAYA7xgGAD4ZBgBIGQYAlRkGAKAZBgDsGQYA+BkGAEMaBgBLGgYAeZUSAJwaBgDxGgYABBsGAEgbBgBQGwYAnxsGAKUbBgD2GwYAAhwGAE0cBgBXHAYApBwGAKocBgD7HAYACR0GAFIdBgBeHQYAqR0GAKwdBgAAHgYACB4GAFceBgBYHgYArh4GALoeBgAFHwYACx8GAFwfBgBkHwYAsx8GALkfBgAKIAYAFiAGAGEgBgB+IAYAuCAGAMEgBgAPIQYAGyEGAGYhBgBpIQYAvSEGAMchBgAUIgYAHCIGAGsiBgB8IgYAwiIGANAiBgAZIwYALyMGAHAjBgB+IwYAxyMGANEjBgAeJAYAJiQGAHUkBgCYJAYA0JUSANckBgAjJQYAMSUGAHolBgCJJQYA0SUGANwlBgAoJgYAMCYGAH8mBgCNJgYA1iYGANkmBgAtJwYANScGACeWEgCgJwYAfpYSAN0nBgAyKAYAPygGAIkoBgCWKAYA4CgGAOUoBgA3KQYAQSkGAI4pBgCdKQYA5SkGAOopBgA8KgYASSoGAJMqBgCgKgYA6ioGAPYqBgBBKwYAUCsGAJgrBgCiKwYA7ysGAPsrBgBGLAYATCwGAJ0sBgCjLAYA9CwGAPksBgBLLQYAUS0GANWWEgCnLQYAnk8GALMtBgD5LQYABy4GAFAuBgBcLgYApy4GALQuBgD+LgYACC8GAFUvBgBxLwYArC8GAMgvBgAslxIABTAGAFowBgBnMAYAsTAGAL4wBgAIMQYADTEGAF8xBgBpMQYAtjEGAMUxBgANMgYAEjIGAGQyBgBxMgYAuzIGAMgyBgASMwYAHjMGAGkzBgB4MwYAwDMGAMozBgAXNAYAIzQGAG40BgB0NAYAxTQGAMs0BgAcNQYAITUGAHM1BgB5NQYAg5cSANY1BgAhNgYAKDYGAHg2BgCGNgYAzzYGANI2BgAmNwYALjcGAH03BgCCNwYA1DcGAOE3BgArOAYAMzgGANqXEgCHOAYA2TgGAOg4BgAwOQYAMjkGAIc5BgCYOQYA3jkGAOk5BgA1OgYAOjoGAIw6BgCPOgYA4zoGAO06BgA6OwYAVjsGADGYEgCYOwYA6DsGAPY7BgA/PAYAQjwGAJY8BgClPAYA7TwGAPI8BgBEPQYAUT0GAJs9BgCoPQYA8j0GAP49BgBJPgYAWD4GAKA+BgCqPgYA9z4GAAU/BgBOPwYAUz8GAKU/BgCyPwYA/D8GAAhABgBTQAYAZkAGAKpABgC5QAYAAUEGAA1BBgBYQQYAWUEGAK9BBgC5QQYABkIGABRCBgBdQgYAYkIGALRCBgDBQgYAiJgSAA1DBgBiQwYAcEMGALlDBgDKQwYAjZkSABdEBgDkmRIAbEQGAL5EBgDGRAYAFUUGACRFBgBsRQYAcUUGAMNFBgDQRQYAGkYGACdGBgBxRgYAfUYGAMhGBgDXRgYAH0cGAClHBgCSmhIAeEcGAM1HBgDoRwYAJEgGACZIBgB7SAYAlUgGANJIBgDfSAYAKUkGADVJBgCASQYAikkGANdJBgDxSQYALkoGAD1KBgCFSgYAikoGANxKBgDpSgYAM0sGAEBLBgCKSwYAlksGAOFLBgDwSwYAOEwGAEJMBgCPTAYAm0wGAOZMBgD5TAYAPU0GAExNBgCUTQYAoE0GAOtNBgDsTQYAQk4GAExOBgCZTgYAp04GAPBOBgD1TgYAR08GAFRPBgDpmhIAq08GAPVPBgACUAYATFAGAFhQBgCjUAYAslAGAPpQBgAEUQYAUVEGAF9RBgCoUQYArVEGAP9RBgAMUgYAVlIGAGJSBgCtUgYAwFIGAARTBgATUwYAW1MGAGdTBgCyUwYAs1MGAAlUBgATVAYAYFQGAG5UBgC3VAYAvFQGAA5VBgAbVQYAQJsSAHJVBgC8VQYAvlUGABNWBgAsVgYAalYGAHtWBgDBVgYAzVYGABhXBgAgVwYARZwSAHRXBgDGVwYAzlcGAB1YBgAsWAYAdFgGAHlYBgDLWAYA2FgGACJZBgAvWQYAeVkGAIVZBgDQWQYA31kGACdaBgAxWgYAnJwSAJFaBgDVWgYA5FoGACxbBgA4WwYAg1sGAIRbBgDaWwYA5FsGADFcBgA/XAYAiFwGAI1cBgDfXAYA7FwGAPOcEgA7XQYAjV0GAJpdBgDkXQYA8V0GADteBgBHXgYAkl4GAKFeBgDpXgYA814GAEBfBgBOXwYAl18GAJxfBgDuXwYA+18GAEVgBgBNYAYA+J0SAKhgBgDzYAYAA2EGAEphBgBTYQYAoWEGAKRhBgD4YQYABGIGAE9iBgBWYgYAT54SALFiBgD9YgYA/mIGAFRjBgBsYwYAq2MGALhjBgACZAYADmQGAFlkBgBjZAYAsGQGALRkBgAHZQYADGUGAF5lBgBkZQYAtWUGANVlBgAMZgYAJGYGAGNmBgB6ZgYAumYGAMZmBgARZwYAG2cGAGhnBgBqZwYAv2cGAMZnBgAWaAYAHWgGAG1oBgBzaAYAxGgGANBoBgAbaQYAHmkGAHJpBgB1aQYAyWkGANVpBgAgagYAI2oGAKaeEgB8agYAzmoGANZqBgAlawYAK2sGAHxrBgCBawYA02sGANxrBgAqbAYANGwGAIFsBgCNbAYA2GwGAOBsBgD9nhIANG0GAIZtBgCObQYA3W0GAOhtBgA0bgYAOW4GAItuBgCObgYA4m4GAOxuBgBUnxIAQW8GAJBvBgCUbwYA528GAOlvBgA+cAYAQXAGAJVwBgCdcAYA7HAGAPlwBgBDcQYASHEGAJpxBgCkcQYA8XEGAPlxBgBIcgYASXIGAJ9yBgCkcgYA9nIGAPlyBgBNcwYAUHMGAKRzBgCycwYA+3MGABR0BgBSdAYAY3QGAKl0BgC1dAYAAHUGAAh1BgCrnxIAXHUGAK51BgC2dQYABXYGABR2BgBcdgYAYXYGALN2BgDAdgYACncGABd3BgBhdwYAbXcGALh3BgDHdwYAD3gGABl4BgBmeAYAbngGAL14BgDHeAYAFHkGABl5BgBreQYAc3kGAAKgEgDNeQYAGXoGACV6BgBwegYAeHoGAFmgEgDTegYAHnsGACV7BgB1ewYAg3sGAMx7BgDPewYAI3wGACt8BgB6fAYAfXwGANF8BgDdfAYAKH0GAC59BgB/fQYAmn0GANZ9BgDifQYALX4GADN+BgCEfgYAp34GANt+BgDefgYAMn8GAFZ/BgCwoBIAjn8GAOB/BgDtfwYAN4AGAESABgCOgAYAmoAGAOWABgD0gAYAPIEGAEaBBgCTgQYAoYEGAOqBBgDvgQYAQYIGAE6CBgCYggYAoIIGAAehEgD8ggYARoMGAE6DBgCdgwYAtoMGAPSDBgD6gwYAS4QGAFCEBgCihAYAwoQGAPmEBgAFhQYAUIUGAF2FBgCnhQYAr4UGAP6FBgABhgYAVYYGAF+GBgCshgYAroYGAAOHBgANhwYAWocGAGaHBgBeoRIAx4cGAAiIBgAUiAYAX4gGAGSIBgC2iAYAZ4gGAKukEwC/iAYADYkGABeJBgBkiQYAbIkGAA+MCgBwiQYAu4kGAIeJBgDpyQoAwYkGABKKBgDOiQYAEL4NABiKBgBpigYAbooGAMCKBgDGigYAtaESACWLBgBuiwYAhIsGAMWLBgDRiwYAHIwGACGMBgBzjAYAfIwGAMqMBgDUjAYAIY0GACmNBgB4jQYAh40GAM+NBgDUjQYAJo4GADOOBgB9jgYAio4GANSOBgDgjgYAK48GADqPBgCCjwYAjI8GANmPBgDnjwYAMJAGAD2QBgCHkAYAnpAGAN6QBgDmkAYANZEGAD+RBgCMkQYAkZEGAOORBgDrkQYAuqISAEaSBgCRkgYAl5IGAOiSBgADkwYAP5MGAEuTBgCWkwYAnJMGABGjEgDzkwYAJHAOAACUBgBElAYAU5QGAJuUBgCnlAYA8pQGAPOUBgBJlQYAU5UGAKCVBgCulQYA95UGAPyVBgBOlgYAW5YGAGijEgCqlgYA/JYGAASXBgBTlwYAVpcGAKqXBgCzlwYAAZgGABCYBgBYmAYAY5gGAK+YBgC3mAYABpkGABaZBgBdmQYAa5kGALSZBgDFmQYAC5oGABeaBgBimgYAapoGAG2kEgC/mgYAEJsGABibBgBnmwYAbpsGAL6bBgDMmwYAFZwGABucBgBsnAYAeJwGAMOcBgDSnAYAGp0GACSdBgBxnQYAdp0GAMidBgDOnQYAH54GADOeBgB2ngYAfp4GAM2eBgD3ngYAJJ8GAC2fBgB7nwYAiJ8GANKfBgDgnwYAKaAGADygBgCAoAYAnKAGAMSkEgDcoAYALqEGADuhBgCFoQYAkqEGANyhBgDooQYAM6IGAEKiBgCKogYAlKIGAOGiBgDvogYAOKMGAD2jBgCPowYAnKMGAOajBgDuowYAG6USAEmkBgCUpAYApKQGAOukBgD0pAYAQqUGAEWlBgCZpQYApaUGAPClBgD3pQYAcqUSAHGmBgCepgYAp6YGAPWmBgACpwYATKcGAFqnBgCjpwYAtqcGAPqnBgAWqAYAyaUSAF+oBgCoqAYAvqgGAP+oBgALqQYAVqkGAF2pBgCtqQYAtakGAASqBgAJqgYAW6oGAGSqBgCyqgYAvKoGACCmEgAKqwYAYKsGAGyrBgC3qwYAvasGAA6sBgAQrAYAZawGAG+sBgC8rAYAyqwGABOtBgAYrQYAaq0GAHetBgDBrQYAya0GABiuBgAirgYAb64GAH2uBgDGrgYA3K4GAB2vBgAprwYAdK8GAHuvBgDLrwYA068GACKwBgAnsAYAebAGAIKwBgDQsAYA2rAGAHemEgAtsQYAfrEGAISxBgDVsQYA2rEGACyyBgAysgYAzqYSAIiyBgDasgYA57IGADGzBgA+swYAiLMGAJSzBgDfswYA7rMGADa0BgBAtAYAjbQGAJu0BgDktAYA6bQGADu1BgBItQYAkrUGAJq1BgDTpxIA97UGAEC2BgBWtgYAl7YGAKO2BgDutgYA87YGAEW3BgBOtwYAnLcGAKa3BgAqqBIA/7cGAEq4BgBbuAYAobgGAK24BgD4uAYAB7kGAE+5BgBZuQYAprkGALS5BgD9uQYAAroGAFS6BgBhugYAq7oGALW6BgACuwYAt7oGAL++BgAQuwYAWbsGAG+7BgCwuwYAvLsGAAe8BgAMvAYAXrwGAGe8BgC1vAYAv7wGAAy9BgAYvQYAY70GAGm9BgC6vQYAwL0GABG+BgAWvgYAaL4GAG6+BgCBqBIAxb4GABa/BgAcvwYAbb8GAHK/BgDEvwYAyr8GANioEgApwAYAcsAGAIjABgDJwAYA1cAGACDBBgAlwQYAd8EGAIDBBgDOwQYA2MEGACXCBgAxwgYAfMIGAI/CBgDTwgYA4sIGACrDBgA2wwYAgcMGAILDBgDYwwYA4sMGAC/EBgA9xAYAhsQGAIvEBgDdxAYA6sQGAC+pEgBDxQYAi8UGAKvFBgDixQYA7sUGADnGBgBDxgYAkMYGAJXGBgDnxgYA6MYGAD7HBgBKxwYAlccGAKLHBgDsxwYA+McGAEPIBgBWyAYAmsgGAKnIBgDxyAYA/cgGAEjJBgBJyQYAn8kGAKnJBgD2yQYABMoGAE3KBgBSygYApMoGALHKBgCGqRIAF8sGAN2pEgBYywYAqcsGAK/LBgAAzAYABcwGAFfMBgBdzAYANKoSALPMBgAFzQYACM0GAFzNBgBozQYAs80GALnNBgAKzgYAJc4GAGHOBgBtzgYAuM4GAL7OBgAPzwYAEc8GAGbPBgCBzwYAvc8GAL/PBgAU0AYAItAGAGvQBgB80AYAwtAGAMTQBgAZ0QYAMtEGAHDRBgCB0QYAx9EGANPRBgA5qxIAKNIGAHXSBgCD0gYAzNIGAOLSBgAj0wYAL9MGAHrTBgB/0wYA0dMGANrTBgAo1AYAMtQGAH/UBgCH1AYA1tQGANvUBgAt1QYAPNUGAITVBgCT1QYA29UGAOTVBgAy1gYAONYGAInWBgCP1gYA4NYGAOzWBgA31wYAPtcGAI7XBgCW1wYA5dcGAOfXBgA82AYATNgGAJPYBgCd2AYA6tgGAPbYBgBB2QYAR9kGAJjZBgCg2QYAkKsSAPvZBgBG2gYAV9oGAJ3aBgCp2gYA9NoGAAPbBgBL2wYAVdsGAKLbBgCw2wYA+dsGAP7bBgBQ3AYAXdwGAKfcBgCv3AYA/twGAAjdBgAf9QYACt0GAFXdBgBb3QYArN0GALLdBgAD3gYACN4GAFreBgBg3gYA56sSAL3eBgAI3wYADt8GAF/fBgB63wYAtt8GAMLfBgAN4AYAE+AGAGTgBgBs4AYAu+AGAL7gBgAS4QYAHuEGAGnhBgB64QYAwOEGAMzhBgAX4gYAJuIGAG7iBgB44gYAxeIGANPiBgAc4wYAIeMGAHPjBgCA4wYAyuMGANLjBgAh5AYAK+QGAHjkBgCG5AYAz+QGAOXkBgAm5QYAMuUGAH3lBgCC5QYA1OUGAN3lBgAr5gYANeYGAOysEgCI5gYA2eYGAN/mBgAw5wYAPOcGAIfnBgCU5wYA3ucGAOjnBgA16AYAPegGAIzoBgCW6AYA4+gGAOjoBgA66QYAO+kGAJHpBgCW6QYA6OkGAPnpBgA/6gYAROoGAJbqBgCt6gYA7eoGAAHrBgBE6wYAYOsGAJvrBgCj6wYAQ60SAPrrBgBJ7AYAU+wGAKDsBgC07AYA9+wGAPjsBgBO7QYAWu0GAKXtBgDB7QYA/O0GAATuBgCarRIAXO4GAKruBgC47gYAAe8GALnuBgCybAsAC+8GAFjvBgBa7wYAr+8GAMjvBgAG8AYAF/AGAF3wBgBp8AYAtPAGALzwBgDxrRIAF/EGAGLxBgBo8QYAufEGANTxBgAQ8gYAHPIGAGfyBgBt8gYAvvIGAMHyBgAV8wYAHfMGAGzzBgB88wYAw/MGAMjzBgAa9AYAI/QGAHH0BgB+9AYAyPQGAM/0BgBIrhIALfUGAHb1BgCM9QYAzfUGANn1BgAk9gYAKfYGAHv2BgCE9gYA0vYGANz2BgAp9wYARfcGAID3BgCI9wYAn64SANz3BgAu+AYANvgGAIX4BgCH+AYA3PgGAPf4BgAz+QYANfkGAIr5BgCY+QYA4fkGAPL5BgA4+gYAOvoGAI/6BgCo+gYA5voGAPf6BgA9+wYASfsGAJT7BgCc+wYA9q4SAPf7BgBC/AYASPwGAJn8BgC0/AYA8PwGAPz8BgBH/QYATf0GAJ79BgCh/QYATa8SABL+BgBM/gYATf4GAKP+BgCy/gYA+v4GAP/+BgBR/wYAXv8GAKj/BgC1/wYA//8GAAsABwBWAAcAZQAHAK0ABwC3AAcABAEHABIBBwBbAQcAYAEHALIBBwC/AQcACQIHABUCBwBgAgcAZgIHALcCBwBzAgcAdxgHAL0CBwAOAwcAEwMHAGUDBwBrAwcApK8SAMEDBwATBAcAMwQHAGoEBwB2BAcAwQQHAMcEBwAYBQcAIAUHAEsyBwAhBQcAbwUHAHwFBwDGBQcAzAUHAB0GBwApBgcAdAYHAHYGBwDLBgcA2gYHACIHBwAtBwcAeQcHAHsHBwDQBwcA6QcHACcIBwA4CAcAfggHAIoIBwDVCAcA4QgHACwJBwA/CQcAgwkHAJIJBwDaCQcA5gkHADEKBwAyCgcAiAoHAJIKBwDfCgcA7QoHADYLBwA7CwcAjQsHAJoLBwD7rxIA8QsHADsMBwBPDAcAkgwHAK4MBwDpDAcABQ0HAFKwEgBPDQcAlw0HAJgNBwDuDQcA/Q0HAEUOBwBKDgcAnA4HAKkOBwDzDgcAAA8HAEoPBwBWDwcAoQ8HALAPBwD4DwcAAhAHAE8QBwBdEAcAphAHAKsQBwD9EAcAChEHAFQRBwBkEQcAqxEHAK0RBwACEgcAEBIHAFkSBwBqEgcAqbASALcSBwAAsRIADBMHAF4TBwBrEwcAtRMHAMITBwAMFAcAEhQHAGMUBwBvFAcAuhQHAMoUBwARFQcAGhUHAGgVBwBrFQcAvxUHAMsVBwAWFgcAHRYHAFexEgB5FgcAxBYHANQWBwAbFwcAJBcHAHIXBwB1FwcAyRcHANUXBwAgGAcAJxgHAK6xEgCGGAcAzhgHANoYBwAlGQcAJhkHAHwZBwCGGQcA0xkHAOEZBwAqGgcALxoHAIEaBwCOGgcABbISAN0aBwAvGwcAPhsHAIYbBwCmGwcA3RsHAOkbBwA0HAcAPhwHAIscBwCTHAcA4hwHAO4cBwA5HQcAPx0HAJAdBwCWHQcA5x0HAOwdBwA+HgcARB4HAAqzEgCaHgcA7B4HAPUeBwBDHwcAVB8HAJofBwChHwcA8R8HAPkfBwBIIAcAVSAHAJ8gBwCkIAcA9iAHAAAhBwBNIQcAVSEHAKQhBwCzIQcA+yEHAAAiBwBSIgcAXyIHAKkiBwC2IgcAACMHAAwjBwBXIwcAZiMHAK4jBwC4IwcABSQHAA0kBwBcJAcAZiQHALMkBwC4JAcACiUHABIlBwAPtBIAZiUHALglBwC7JQcADyYHABkmBwBmtBIAbCYHAL0mBwDCJgcAFCcHADQnBwBrJwcAdycHAMInBwDIJwcAGSgHABwoBwBwKAcAcigHAMcoBwDiKAcAHikHACApBwB1KQcAgykHAMwpBwDdKQcAIyoHACUqBwB6KgcAkyoHANEqBwDiKgcAKCsHADQrBwC9tBIAjysHANYrBwD2KwcALSwHAC8sBwCELAcAkCwHALOoEACTLAcA6EAHAKAsBwCATgcAsCwHANssBwDeLAcAMi0HAEEtBwCJLQcAji0HAOAtBwDtLQcANy4HAEQuBwCOLgcAmi4HAOUuBwD0LgcAPC8HAEYvBwCTLwcAoS8HAOovBwDvLwcAQTAHAE4wBwCYMAcApDAHAO8wBwD1MAcARjEHAEwxBwCdMQcAojEHAPQxBwD6MQcAFLUSAGEyBwCiMgcApDIHAPkyBwANMwcAUDMHAFgzBwCnMwcAtDMHAP4zBwADNAcAVTQHAF80BwCsNAcAtDQHAAM1BwAcNQcAWjUHAGY1BwCxNQcAuTUHAGu1EgAjNgcAXzYHAGE2BwC2NgcAxDYHAA03BwAeNwcAZDcHAGY3BwC7NwcA1DcHABI4BwAjOAcAaTgHAHU4BwDCtRIAxTgHABc5BwAgOQcAbjkHAH85BwDFOQcAzDkHABw6BwAkOgcAczoHAIA6BwDKOgcAzzoHACE7BwArOwcAeDsHAIA7BwDPOwcA6DsHACY8BwAyPAcAfTwHAIU8BwBwthIA1zwHACs9BwA1PQcAgj0HAIQ9BwDZPQcA8j0HADA+BwBBPgcAhz4HAJU+BwDePgcA4T4HADU/BwBAPwcAjD8HAJg/BwDjPwcA6j8HAMe2EgA7QAcAkUAHAKxABwAetxIA7UAHAD9BBwBMQQcAlkEHAKNBBwDtQQcA+UEHAERCBwBTQgcAm0IHAKVCBwDyQgcAAEMHAElDBwBOQwcAoEMHAK1DBwD3QwcAA0QHAE5EBwBURAcApUQHAKtEBwD8RAcAAUUHAFNFBwBZRQcAdbcSALdFBwABRgcAA0YHAFhGBwBxRgcAr0YHAMBGBwAGRwcAEkcHAF1HBwBlRwcAergSALlHBwALSAcAE0gHAGJIBwB7SAcAuUgHAL5IBwAQSQcAFUkHAGdJBwBxSQcAvkkHAMFJBwAVSgcAH0oHAGxKBwBySgcAw0oHAMVKBwAaSwcAG0sHAHFLBwB5SwcAyEsHANhLBwAfTAcAJUwHAHZMBwB7TAcAzUwHAONMBwAkTQcALE0HAHtNBwClTQcA0k0HAPVNBwApTgcASE4HANG4EgCITgcAKLkSAOhOBwAuTwcAPE8HAIVPBwCRTwcA3E8HAOlPBwAzUAcAPVAHAIpQBwCSUAcA4VAHAOxQBwA4UQcAOlEHAI9RBwCSUQcA5lEHAO5RBwA9UgcAQ1IHAJRSBwCdUgcA61IHAPhSBwBCUwcASlMHAJlTBwCeUwcA8FMHAPlTBwBHVAcAUVQHAJ5UBwCmVAcA9VQHAPpUBwBMVQcAXFUHAKNVBwCrVQcA+lUHAPxVBwBRVgcAbFYHAKhWBwCqVgcA/1YHAA1XBwBWVwcAZ1cHAK1XBwCvVwcABFgHAB1YBwBbWAcAbFgHALJYBwC+WAcACVkHABFZBwB/uRIAZlkHALdZBwC8WQcADloHAC5aBwBlWgcAcVoHALxaBwDCWgcAE1sHABZbBwBqWwcAclsHAMFbBwDLWwcAGFwHAB1cBwBvXAcAd1wHAMZcBwDQXAcAHV0HAB9dBwB0XQcAhV0HAMtdBwDrXQcAIl4HACpeBwB5XgcAg14HANBeBwDVXgcA1rkSADtfBwB+XwcAhl8HANVfBwDaXwcALGAHADxgBwCDYAcAi2AHANpgBwDkYAcAMWEHADxhBwCIYQcAlGEHAN9hBwDnYQcALboSAEJiBwCNYgcAmWIHAORiBwDrYgcAO2MHAENjBwCSYwcAq2MHAOljBwDvYwcAQGQHAEVkBwCXZAcAt2QHAO5kBwD6ZAcARWUHAEtlBwCcZQcAn2UHAIS6EgD1ZQcASmYHAAFmBwBn0hEATWYHAKFmBwCrZgcA+GYHAAZnBwBPZwcAXmcHAKZnBwCpZwcA/WcHAL5nBwCPqAcAwmcHADyGBwAJaAcAVGgHAFZoBwCraAcAsWgHAAJpBwARaQcAWWkHAGRpBwCwaQcAuGkHAM/pBwDKaQcAB2oHABNqBwBeagcAcWoHALVqBwDEagcADGsHABhrBwBjawcAZGsHALprBwDEawcAEWwHAB9sBwBobAcAbWwHAL9sBwDMbAcA27oSADBtBwBtbQcAfG0HAMRtBwDJbQcAG24HAChuBwBybgcAf24HAMluBwDVbgcAIG8HAC9vBwB3bwcAgW8HAM5vBwDcbwcAJXAHACpwBwB8cAcAiXAHANNwBwDfcAcAKnEHADBxBwCBcQcAh3EHANhxBwDdcQcAL3IHADVyBwAyuxIAh3IHAN1yBwCPcgcAbSUKAJNyBwCjDQoAlXIHADruBwCmcgcAr24PAOlyBwA0cwcAOnMHAPPBCABBcwcAi3MHAI5zBwDicwcA7nMHADl0BwA7dAcAkHQHAJZ0BwDndAcA9nQHAD51BwBJdQcAlXUHAJZ1BwDsdQcAAHYHAEN2BwBddgcAmnYHAKZ2BwDxdgcABHcHAEh3BwBXdwcAn3cHAKt3BwD2dwcA93cHAE14BwBXeAcApHgHALJ4BwD7eAcAAHkHAFJ5BwBfeQcAibsSAMN5BwAAegcAD3oHAFd6BwBcegcArnoHALt6BwAFewcAEnsHAFx7BwBoewcAs3sHAMJ7BwAKfAcAFHwHAGF8BwBvfAcAuHwHAL18BwAPfQcAHH0HAGZ9BwByfQcAvX0HAMN9BwAUfgcAGn4HAGt+BwBwfgcAwn4HAMh+BwDguxIAJ38HAHB/BwCLfwcAx38HANV/BwAegAcAK4AHAHWABwCMgAcAzIAHANuABwAjgQcAKIEHAHqBBwCHgQcA0YEHAN6BBwAoggcANIIHAH+CBwCOggcA1oIHAOCCBwAtgwcAO4MHAISDBwCJgwcA24MHAOiDBwAyhAcANYQHAImEBwCVhAcA4IQHAOaEBwA3hQcAPYUHAI6FBwCThQcA5YUHAOuFBwA3vBIAWIYHAI68EgCZhgcA6oYHAOyGBwBBhwcATocHAJiHBwCbhwcA74cHAPCHBwBGiAcAS4gHAJ2IBwCjiAcA9IgHAP6IBwBLiQcAZ4kHAKKJBwC+iQcA5bwSAP+JBwBQigcAUooHAKeKBwC0igcA/ooHAAGLBwBViwcAVosHAKyLBwCxiwcAA4wHAAmMBwBajAcAZIwHALGMBwDNjAcACI0HACSNBwA8vRIAZY0HALaNBwC8jQcADY4HABKOBwBkjgcAao4HAJO9EgC9jgcAEo8HACCPBwBpjwcAeo8HAJi+EgDHjwcA774SAByQBwBukAcAdpAHAMWQBwDKkAcAHJEHANSQBwCApQcAHZEHAHORBwB/kQcAypEHANeRBwAhkgcAKZIHAHiSBwCCkgcAz5IHAN6SBwAmkwcAJ5MHAH2TBwCFkwcA1JMHAOOTBwArlAcAMJQHAIKUBwCPlAcA2ZQHAOaUBwAwlQcAPJUHAIeVBwCWlQcA3pUHAOiVBwA1lgcAQ5YHAIyWBwCRlgcA45YHAPCWBwA6lwcAQpcHAJGXBwCblwcA6JcHAO2XBwA/mAcAR5gHAJ2/EgCbmAcA7ZgHAPaYBwAGngcA+pgHAESZBwBRmQcAm5kHAKeZBwDymQcAAZoHAEmaBwBTmgcAoJoHAK6aBwD3mgcA/JoHAE6bBwBbmwcApZsHAK2bBwD0vxIACJwHAFOcBwBjnAcAqpwHALOcBwABnQcABJ0HAFidBwBknQcAr50HALadBwBLwBIAF54HAF2eBwBkngcAtJ4HAMGeBwALnwcAKp8HAGKfBwBsnwcAuZ8HAMGfBwAQoAcAH6AHAGegBwBsoAcAvqAHAMugBwAVoQcAIqEHAGyhBwB4oQcAw6EHANKhBwAaogcAJKIHAHGiBwB5ogcAyKIHANKiBwAfowcAJKMHAHajBwB+owcAosASANmjBwAkpAcAKqQHAHukBwCWpAcA0qQHAN6kBwAppQcAL6UHAPnAEgCFpQcA16UHAOSlBwAupgcAO6YHAIWmBwCRpgcA3KYHAOumBwAzpwcAPacHAFDBEgCUpwcA4acHAOanBwA4qAcAQKgHAKfBEgCZqAcA5qgHAOyoBwA9qQcAP6kHAJSpBwChqQcA66kHAO6pBwBCqgcAQ6oHAJmqBwCeqgcA8KoHAPaqBwBHqwcAUasHAJ6rBwC4qwcA9asHAASsBwBMrAcAUawHAKOsBwCwrAcA+qwHAAetBwBRrQcAXa0HAKitBwC3rQcA/60HAAmuBwBWrgcAZK4HAK2uBwCyrgcABK8HABGvBwBbrwcAZa8HADa5BwBnrwcAsq8HALivBwAJsAcAD7AHAGCwBwBlsAcAt7AHAL2wBwD+wRIAE7EHAGWxBwBysQcAvLEHAMmxBwATsgcAH7IHAGqyBwB5sgcAwbIHAMuyBwAYswcAJrMHAG+zBwB0swcAxrMHANOzBwAdtAcAJbQHAAPDEgB6tAcAy7QHANG0BwAitQcAJ7UHAHm1BwB/tQcAWsMSANK1BwAntgcAMLYHAH62BwCBtgcA1bYHAOG2BwAstwcAM7cHAIO3BwCLtwcA2rcHAPO3BwAxuAcARbgHAIi4BwCkuAcA37gHAOe4BwAIxBIARLkHAI25BwCjuQcA5LkHAPC5BwA7ugcAQLoHAJK6BwCbugcA6boHAPO6BwBAuwcAXLsHAJe7BwCfuwcAX8QSAPO7BwBFvAcAUrwHAJy8BwCpvAcA87wHAP+8BwBKvQcAWb0HAKG9BwCrvQcA+L0HAAa+BwBPvgcAVL4HAKa+BwCzvgcA/b4HAAW/BwC2xBIAYr8HAKu/BwDBvwcAAsAHAA7ABwBZwAcAXsAHALDABwC5wAcAB8EHABHBBwBewQcAZsEHALXBBwDEwQcADMIHAA7CBwBjwgcAbMIHALrCBwC9wgcAEcMHAB3DBwBowwcAb8MHAL/DBwDHwwcAFsQHAC/EBwBtxAcAgcQHAMTEBwDgxAcAG8UHACPFBwANxRIAd8UHAMnFBwDWxQcAIMYHAC3GBwB3xgcAg8YHAM7GBwDdxgcAJccHAC/HBwB8xwcAhscHANPHBwDhxwcAKsgHAEDIBwCByAcAjcgHANjIBwDdyAcAL8kHADjJBwCGyQcAkMkHAN3JBwDpyQcANMoHADrKBwCLygcAkcoHAOLKBwDnygcAOcsHAD/LBwBkxRIAnMsHAOfLBwDrywcAPswHAE3MBwCVzAcAmswHAOzMBwD5zAcAQ80HAFDNBwCazQcAps0HAPHNBwAAzgcASM4HAFLOBwCfzgcArc4HAPbOBwD7zgcATc8HAFrPBwCkzwcAsM8HAPvPBwAB0AcAUtAHAFjQBwCp0AcArtAHAADRBwAG0QcAu8USAFzRBwCu0QcAtdEHAAXSBwAR0gcAXNIHAF7SBwCz0gcAX9IHAHrYBwDO0gcACtMHAAzTBwBh0wcAb9MHALjTBwDJ0wcAD9QHABHUBwBm1AcAf9QHAL3UBwDO1AcAFNUHACDVBwBr1QcAd9UHAMLVBwDV1QcAGdYHACjWBwBw1gcAfNYHAMfWBwDI1gcAHtcHACjXBwB11wcAg9cHAMzXBwDR1wcAI9gHADDYBwASxhIAfNgHANHYBwDs2AcAKNkHACrZBwB/2QcAjdkHANbZBwDn2QcALdoHAC/aBwCE2gcAndoHANvaBwDs2gcAMtsHAD7bBwCJ2wcAldsHAODbBwDz2wcAN9wHAEbcBwCO3AcAmtwHAOXcBwDm3AcAPN0HAEbdBwCT3QcAod0HAOrdBwDv3QcAQd4HAE7eBwAXxxIAnd4HAO/eBwD33gcARt8HAEjfBwCd3wcArt8HAPTfBwAC4AcAS+AHAGbgBwCi4AcAruAHAPngBwAB4QcAHMgSAFXhBwCn4QcAruEHAP7hBwAK4gcAVeIHAFjiBwCs4gcAtOIHAAPjBwAT4wcAWuMHAF/jBwCx4wcAuuMHAAjkBwAV5AcAX+QHAGbkBwC25AcAvuQHAHPIEgAa5QcAZOUHAGzlBwC75QcAz+UHABLmBwAX5gcAaeYHAHLmBwDA5gcAxuYHABfnBwAf5wcAbucHAH3nBwDF5wcA1ucHABzoBwAl6AcAc+gHAHboBwDK6AcA1OgHACHpBwAt6QcAeOkHAH7pBwDKyBIA3OkHACbqBwAr6gcAfeoHAITqBwDU6gcA4OoHACvrBwAz6wcAIckSAJ3rBwDZ6wcA2+sHADDsBwA+7AcAh+wHAJjsBwDe7AcA4OwHADXtBwBO7QcAjO0HAJ3tBwDj7QcA7+0HAHjJEgBJ7gcAke4HAJruBwDo7gcA7u4HAD/vBwBF7wcAlu8HAKLvBwDt7wcA9O8HAETwBwBM8AcAm/AHAJ/wBwDy8AcA/fAHAEnxBwBX8QcAoPEHALHxBwD38QcAA/IHAE7yBwBW8gcAz8kSAKjyBwD88gcABvMHAFPzBwBV8wcAqvMHAMPzBwAB9AcAEvQHAFj0BwBm9AcAr/QHALL0BwAG9QcAEfUHAF31BwBr9QcAtPUHAMH1BwAL9gcAIvYHAGL2BwBq9gcAufYHALv2BwAQ9wcAGPcHAGf3BwB29wcAvvcHAMP3BwAV+AcAIvgHAGz4BwB5+AcAw/gHAM/4BwAa+QcAKfkHAHH5BwB7+QcAyPkHANb5BwAf+gcAJPoHAHb6BwCD+gcAzfoHANX6BwAk+wcALvsHAHv7BwCA+wcA0vsHANr7BwAp/AcALPwHAID8BwCd/AcA1/wHAOj8BwAu/QcANv0HAIX9BwCI/QcA3P0HAOj9BwAz/gcAOf4HAIr+BwCl/gcA4f4HAO3+BwA4/wcAPv8HACbKEgCe/wcA5v8HAOf/BwA9AAgAdQAIAJQACACiAAgA6wAIAOwACABCAQgASgEIAJkBCACoAQgA8AEIAPUBCABHAggAVAIIAJ4CCACrAggA9QIIAAEDCABMAwgAWwMIAKMDCACtAwgA+gMIAAgECABRBAgAVgQIAKgECAC1BAgA/wQIAAcFCABWBQgAYAUIAK0FCACyBQgABAYIAAwGCABbBggAZQYIALIGCAC9BggACQcIABUHCABgBwgAaAcIAH3KEgC8BwgADggIABEICABlCAgAbwgIALwICADECAgA1MoSACEJCABqCQgAgAkIAMEJCADNCQgAGAoIAB0KCABvCggAeAoIAMYKCADQCggAHQsIACULCAB0CwgAgAsIAMsLCADeCwgAIgwIACMMCAB5DAgAhwwIANAMCADWDAgAJw0IADMNCAB+DQgAhQ0IACvLEgDWDQgALA4IADgOCACDDggAkA4IANoOCADiDggAMQ8IADsPCACIDwgAlw8IAN8PCADgDwgANhAIAD4QCACNEAgAnBAIAOQQCADpEAgAOxEIAEgRCACSEQgAnxEIAOkRCAD1EQgAQBIIAE8SCACXEggAoRIIAO4SCAD8EggARRMIAEoTCACcEwgAqRMIAPMTCAD7EwgAShQIAE4UCAChFAgArxQIAPgUCAACFQgATxUIAFoVCACmFQgArhUIAP0VCAAIFggAVBYIAFkWCACrFggArhYIAAIXCAAMFwgAWRcIAGEXCACwFwgAzxcIAILLEgAWGAgAXhgIAF8YCAC1GAgAvRgIAAwZCAANGQgAYxkIAGkZCAC6GQgAvxkIABEaCAAsGggAaBoIAHYaCAC/GggAxhoIABYbCAAiGwgAbRsIAHMbCADEGwgA4BsIABscCAAjHAgA2csSAHgcCADJHAgAzxwIACAdCAAlHQgAdx0IAH0dCAAwzBIA0x0IACUeCAAsHggAfB4IAIgeCADTHggA2x4IAN7MEgA9HwgAgR8IALcfCADYHwgA2h8IAN0gCAANIAgALyAIAFQgCACGIAgAjSAIAIzNEgDAIAgANc0SAO0gCAA0IQgAbiEIAOPNEgCUIQgA6qQNAJUhCADx9Q8AqCEIAOIhCACrIQgAhSAPAPMhCAA5IggAQSIIAJAiCACTIggA5yIIAPMiCAA+IwgARCMIAJUjCACwIwgA7CMIAPgjCABDJAgASSQIAJokCACiJAgA8SQIAA0lCABIJQgAUCUIADrOEgCuJQgA9iUIAPclCABNJggAVSYIAKQmCAClJggA+yYIAAEnCABSJwgAVycIAKknCADEJwgAACgIAA4oCABXKAgAXigIAK4oCAC6KAgABSkIAAspCABcKQgAeCkIALMpCAC7KQgAkc4SABAqCABhKggAZyoIALgqCAC9KggADysIABUrCADozhIAaysIAL0rCADEKwgAFCwIACAsCABrLAgAcywIAJbPEgDVLAgAGS0IAE8tCABwLQgAci0IAHUuCAClLQgAxy0IAOwtCAAeLggAJS4IAETQEgBYLggA7c8SAIUuCADMLggABi8IAJvQEgAlLwgAei8IAHsvCADRLwgA2y8IACgwCAA2MAgAfzAIAJowCADWMAgA4jAIAC0xCAA1MQgA8tASAJAxCADbMQgA4TEIADIyCABNMggAiTIIAJUyCADgMggA5jIIADczCAA/MwgAjjMIAJwzCADlMwgA6DMIADw0CABENAgAkzQIAJw0CADqNAgA9zQIAEE1CABDNQgAmDUIALM1CADvNQgA8TUIAEY2CABUNggAnTYIAK42CAD0NggA9jYIAEs3CABkNwgAojcIALM3CAD5NwgABTgIAFA4CABYOAgASdESAK04CAD+OAgABjkIAFU5CABcOQgArDkIALE5CAADOggADzoIAFo6CABdOggAsToIALk6CAAIOwgAFTsIAF87CABkOwgAtjsIAMA7CAANPAgAFTwIAGQ8CABwPAgAuzwIAM48CAASPQgAID0IAGk9CABsPQgAwD0IAMo9CACg0RIAGj4IAG4+CAB2PggAxT4IAMg+CAAcPwgAKD8IAHM/CAB5PwgAyj8IAOU/CAAhQAgALUAIAHhACAB+QAgAz0AIANdACAAmQQgANEEIAH1BCACAQQgA1EEIANxBCAArQggANEIIAIJCCACPQggA2UIIANtCCAAwQwgAS0MIAIdDCACJQwgA3kMIAOxDCAA1RAgARkQIAIxECACORAgA40QIAPxECAA6RQgAS0UIAJFFCACdRQgA6EUIAPBFCAD30RIARUYIAJZGCACeRggA7UYIAPRGCABERwgASUcIAJtHCACnRwgA8kcIAPVHCABJSAgAUUgIAKBICACtSAgA90gIAPxICABOSQgAWEkIAKVJCACtSQgA/EkIAAhKCABTSggAZkoIAKpKCAC4SggAAUsIAARLCABYSwgAYksIAE7SEgCySwgABkwIABJMCABdTAgAY0wIALRMCADPTAgAC00IABdNCABiTQgAaE0IALlNCADBTQgAEE4IAB5OCABnTggAak4IAL5OCADGTggAFU8IAB5PCABsTwgAeU8IAMNPCADFTwgAGlAIADVQCABxUAgAc1AIAMhQCADWUAgAH1EIADBRCAB2UQgAeFEIAM1RCADmUQgAJFIIADVSCAB7UggAh1IIANJSCADaUggApdISAC9TCACAUwgAiFMIANdTCADeUwgALlQIADNUCACFVAgAkVQIANxUCADfVAgAM1UIADtVCACKVQgAl1UIAOFVCADmVQgAOFYIAEJWCACPVggAl1YIAOZWCADyVggAPVcIAFBXCACUVwgAolcIAOtXCADuVwgAQlgIAExYCAD80hIAoVgIAFPTEgD+WAgAR1kIAFhZCACeWQgAqlkIAPVZCAD9WQgAqtMSAFFaCACjWggArVoIAPpaCAACWwgAUVsIAGFbCACoWwgArVsIAP9bCAAIXAgAVlwIAGNcCACtXAgAtFwIAAHUEgAGXQgAW10IAAldCAD4cAkADV0IAGd7EQAQXQgAJCMQABJdCACk2QkAZV0IAGm8EABsXQgAsl0IAMNdCAAJXggAF14IAGBeCAB8XggAt14IANNeCABY1BIAHF8IAGVfCAByXwgAvF8IANNfCAATYAgAH2AIAGpgCABwYAgAwWAIAMdgCAAYYQgAHWEIAG9hCAB1YQgAr9QSANxhCAAdYggALGIIAHRiCABJYggAjWcIAHZiCADLYggA2mIIACJjCAAtYwgAeWMIAIVjCADQYwgA02MIACdkCADXYwgAaHEIAOxjCADzaggAM2QIAH5kCACEZAgA1WQIAPBkCAAsZQgAOGUIAINlCACJZQgA2mUIAOZlCAAxZggAN2YIAIhmCACOZggA32YIAORmCAA2ZwgAPGcIAAbVEgCQZwgA5GcIAABoCAA7aAgAQ2gIAAvWEgCeaAgA6WgIAO9oCABAaQgAW2kIAJdpCACjaQgA7mkIAPRpCABFaggATWoIAJxqCAC9aggAYtYSAPtqCAC51hIAT2sIAKFrCACuawgA+GsIAAVsCABPbAgAW2wIAKZsCAC1bAgA/WwIAAdtCABUbQgAXG0IAKttCAC1bQgAAm4IABBuCABZbggAb24IALBuCAC8bggAB28IAAxvCABebwgAZ28IALVvCAC/bwgADHAIABRwCABjcAgAbXAIALpwCAC/cAgAEXEIABlxCAAQ1xIAdHEIAL9xCADScQgAFnIIACVyCABtcggAeXIIAMRyCADFcggAG3MIACVzCABycwgAgHMIAMlzCADOcwgAIHQIAC10CABn1xIAgnQIAM50CADadAgAJXUIACt1CAB8dQgAiHUIANN1CADbdQgAbNgSAC12CACBdggAiXYIANh2CADldggAL3cIADR3CACGdwgAjncIAN13CADfdwgANHgIAE94CACLeAgAjXgIAOJ4CADweAgAOXkIAEp5CACQeQgAknkIAOd5CAAAeggAPnoIAE96CACVeggAoXoIAOx6CAD0eggAw9gSAEh7CACaewgAp3sIAPF7CAD+ewgASHwIAFR8CACffAgArnwIAPZ8CAAAfQgATX0IAFt9CACkfQgAqX0IAPt9CAAIfggAUn4IAFp+CACpfggAq34IAAB/CAAKfwgAV38IAF9/CAAa2RIAuX8IAAWACAATgAgAXIAIAF+ACACzgAgAu4AIAAqBCAAggQgAYYEIAGaBCAC4gQgAzoEIAA+CCAAbgggAZoIIAHOCCAC9gggAx4IIAHHZEgAWgwgAa4MIAHmDCADCgwgA04MIAMjZEgAfhAgAcIQIAHyECAAf2hIAyYQIAB6FCAAkhQgAdYUIAJWFCADMhQgA2IUIACOGCAAqhggAeoYIAIKGCADRhggA2IYIACiHCAA0hwgAf4cIAIGHCADWhwgA3YcIAHbaEgAwiAgAhIgIAIyICADbiAgA64gIADKJCAA0iQgAiYkIAJeJCADgiQgA8YkIAM3aEgA+iggAJNsSAJuKCADliggA7IoIADyLCABEiwgAk4sIAKGLCADqiwgA7YsIAEGMCABJjAgAmIwIAJ+MCADvjAgA/YwIAEaNCABJjQgAnY0IAJ+NCAD0jQgADY4IAEuOCABcjggAoo4IAK6OCAD5jggAAI8IAFCPCABYjwgAp48IALCPCAD+jwgAC5AIAFWQCABfkAgArJAIALqQCAADkQgAFJEIAFqRCABikQgAsZEIALuRCAAIkggAFpIIAF+SCAB1kggAtpIIAMKSCAANkwgAFJMIAGSTCABskwgAu5MIAMGTCAASlAgAHpQIAGmUCABzlAgAwJQIAMaUCAAXlQgAK5UIANLbEgB8lQgAxZUIAN6VCAAclggAMpYIAHOWCACClggAypYIAOSWCAAhlwgAJJcIADqcCAAslwgAU6EIADCXCAB4lwgAfZcIAM+XCADclwgAJpgIADOYCAB9mAgAiZgIANSYCADjmAgAK5kIADWZCACCmQgAkJkIANmZCADemQgAMJoIAD2aCACHmggAk5oIAN6aCADkmggANZsIADubCACMmwgAkZsIAOObCADpmwgAKdwSAEacCACRnAgAl5wIAOicCAADnQgAP50IAEudCACWnQgAnJ0IAO2dCAD0nQgARJ4IAEmeCAD3nwgAUJ4IAJueCACdnggA8p4IAPmeCABJnwgAZZ8IAKCfCAConwgALt0SAPufCABOoAgAW6AIAKWgCADBoAgA/KAIAAShCACF3RIAWKEIAKqhCACtoQgAAaIIAAuiCABYoggAaaIIAK+iCAC0oggABqMIAAujCABdowgAfaMIALSjCAC9owgAC6QIAAykCABipAgAbqQIALmkCAC/pAgAEKUIABalCABnpQgAbKUIAL6lCADEpQgA3N0SABamCABspggAeKYIAMOmCADQpggAGqcIACKnCABxpwgAeqcIAMinCADVpwgAH6gIAC2oCAB2qAgAiagIAM2oCADVqAgAJKkIACepCAB7qQgAgKkIANKpCADhqQgAKaoIAEmqCACAqggAjKoIANeqCADhqggA4d4SADirCACFqwgAh6sIANyrCADmqwgAM6wIADysCACKrAgAjawIAOGsCADprAgAOK0IAG+tCAA43xIAm60IAOatCAD1rQgAPa4IAF2uCACUrggAoK4IAOuuCADyrggAQq8IAEevCACZrwgAmq8IAPCvCAD8rwgAR7AIAE2wCACesAgAoLAIAPWwCAD/sAgATLEIAFqxCACjsQgAqLEIAPqxCAAHsggAUbIIAFuyCACosggAtrIIAP+yCAAVswgAVrMIAGKzCACtswgAsrMIAAS0CAANtAgAW7QIAGW0CACytAgAvrQIAAm1CAActQgAYLUIAG+1CAC3tQgAw7UIAA62CAAPtggAZbYIAG+2CAC8tggAyrYIABO3CAAYtwgAarcIAHe3CACP3xIAz7cIABi4CAAuuAgAb7gIAHu4CADGuAgAzbgIAB25CAAluQgAdLkIAHm5CADLuQgA1LkIACK6CAAsuggAeboIAIG6CADQuggA1LoIACe7CAApuwgAfrsIAIy7CADVuwgA37sIACy8CAA6vAgAg7wIAJC8CADavAgA8bwIADG9CAA5vQgAiL0IAJi9CADfvQgA5L0IADa+CAA8vggAjb4IAJW+CADkvggA6b4IADu/CAA8vwgAkr8IAJ6/CADpvwgA778IAEDACABCwAgAl8AIAKHACADuwAgA/MAIAEXBCABKwQgAnMEIAKnBCACU4BIA9cEIAErCCABUwggAocIIAK/CCAD4wggA/cIIAE/DCABcwwgApsMIAKjDCAB9ogoAsMMIAP3DCAALxAgAVMQIAGrECACrxAgAt8QIAALFCAAHxQgAWcUIAGLFCACwxQgAusUIAAfGCAATxggAXsYIAHHGCAC1xggAxMYIAAzHCAAYxwgAY8cIAGTHCAC6xwgAxMcIABHICAAfyAgAaMgIAG3ICAC/yAgAzMgIAOvgEgAfyQgAbckIAHfJCADEyQgAxskIABvKCAAlyggAcsoIAH7KCADJyggA0coIAPDhEgAhywgAd8sIAIPLCADOywgA1MsIACXMCAAnzAgAfMwIAIbMCADTzAgA4cwIACrNCAAvzQgAgc0IAI7NCADYzQgA4M0IAC/OCAA5zggAhs4IAJTOCADdzggA884IADTPCABAzwgAi88IAJLPCADizwgA6s8IADnQCAA+0AgAkNAIAJnQCADn0AgA8dAIAD7RCABT0QgAldEIAJ7RCADs0QgA+dEIAEPSCABF0ggAmtIIALPSCADx0ggAAtMIAEjTCABU0wgAn9MIAKfTCABH4hIA+9MIAE3UCABV1AgApNQIALrUCAD71AgAANUIAFLVCABZ1QgAqdUIALfVCAAA1ggAENYIAFfWCABr1ggArtYIALbWCAAF1wgAFNcIAFzXCABh1wgAs9cIALzXCAAK2AgAF9gIAGHYCABr2AgAuNgIAMTYCAAP2QgAFdkIAJ7iEgB02QgAvdkIANPZCAAU2ggAINoIAGvaCABw2ggAwtoIAMvaCAAZ2wgAI9sIAHDbCAB42wgAx9sIAMvbCAAe3AgAINwIAHXcCACD3AgAzNwIANbcCAAj3QgAMd0IAHrdCACH3QgA0d0IAOjdCAAo3ggAMN4IAH/eCACP3ggA1t4IANveCAAt3wgAM98IAITfCACM3wgA298IAPbfCAAy4AgANOAIAIngCACa4AgA4OAIAOngCAA34QgAQ+EIAPXiEgCT4QgA5eEIAOjhCAA84ggARuIIAJPiCACV4ggA6uIIAAXjCABB4wgAQ+MIAJjjCACm4wgA7+MIAADkCABG5AgASOQIAJ3kCAC25AgA9OQIAAXlCABL5QgAV+UIAEzjEgC/5QgA+eUIAArmCABQ5ggAbOYIAKfmCACv5ggAo+MSAAPnCABV5wgAXecIAKznCAC35wgAA+gIAAjoCABa6AgAXegIALHoCAC76AgACOkIAAvpCABf6QgAZ+kIALbpCAC46QgADeoIACjqCABk6ggAZuoIALvqCADJ6ggAEusIACPrCABp6wgAa+sIAMDrCADZ6wgAF+wIACjsCABu7AgAeuwIAMXsCADN7AgA+uMSACntCABz7QgAe+0IAMrtCADU7QgAIe4IACzuCAB47ggAhO4IAM/uCADX7ggAUeQSACvvCAB97wgAgu8IANTvCADl7wgAqOQSADjwCACC8AgAhPAIANnwCADy8AgAMPEIAEHxCACH8QgAk/EIAN7xCADm8QgA/+QSADryCACM8ggAlPIIAOPyCADy8ggAOvMIAEDzCACR8wgAnfMIAOjzCADq8wgAP/QIAEn0CACW9AgAovQIAO30CAD19AgAVuUSAFD1CACb9QgAnvUIAPL1CAD19QgASfYIAFf2CACg9ggApfYIAPf2CAAE9wgAreUSAF/3CACl9wgArfcIAPz3CACy9wgAgAEJAAf4CABT+AgAWPgIAKr4CACt+AgAAfkIAAv5CABY+QgAe/kIAK/5CACy+QgABvoIACr6CABd+ggAZfoIAATmEgC6+ggAC/sIABn7CABi+wgAbvsIALn7CADA+wgAEPwIABj8CABn/AgAd/wIAL78CADD/AgAFf0IABv9CABs/QgAdP0IAMP9CADg/QgAGv4IACP+CABx/ggAff4IAMj+CADO/ggAH/8IADP/CAB2/wgAfv8IAM3/CADd/wgAJAAJACYACQB7AAkAiQAJANIACQDjAAkAW+YSADABCQCy5hIAhQEJANcBCQDeAQkALgIJADoCCQCFAgkAiAIJANwCCQDsAgkAMwMJADUDCQCKAwkAmAMJAOEDCQDyAwkACecSAD8ECQBg5xIAogQJAOYECQD1BAkAPQUJAEkFCQCUBQkAlQUJAOsFCQD1BQkAQgYJAFAGCQCZBgkAngYJAPAGCQD9BgkAt+cSAEwHCQCeBwkApwcJAPUHCQAGCAkATAgJAFMICQCjCAkAqwgJAPoICQAHCQkAUQkJAFYJCQCoCQkAsgkJAP8JCQAHCgkAVgoJAFwKCQCtCgkAuQoJAAQLCQAGCwkAWwsJAGoLCQCyCwkAvQsJAAkMCQARDAkAYAwJAGIMCQC3DAkAxAwJAA4NCQAiDQkAZQ0JAG0NCQC8DQkAyw0JABMOCQAYDgkAag4JAHcOCQDBDgkAyw4JABgPCQAaDwkAbw8JAH4PCQDGDwkA0A8JAB0QCQAlEAkAdBAJAHUQCQDLEAkA0BAJACIRCQAwEQkAeREJAIYRCQDQEQkA2hEJALzoEgAqEgkAfhIJAIoSCQAgIgkAmhIJANUSCQDdEgkAE+kSADETCQCDEwkAixMJANoTCQDdEwkAMRQJAD0UCQCIFAkAjhQJAN8UCQD6FAkANhUJAEIVCQCNFQkAkxUJAOQVCQDnFQkAOxYJAEMWCQCSFgkAlBYJAOkWCQAEFwkAQBcJAEIXCQCXFwkApRcJAO4XCQD/FwkARRgJAEcYCQCcGAkAtRgJAPMYCQAEGQkAShkJAFYZCQChGQkAqRkJAGrpEgD9GQkATxoJAFUaCQCmGgkArhoJAP0aCQAMGwkAVBsJAFkbCQCrGwkAuBsJAAIcCQAPHAkAWRwJAGUcCQCwHAkAvxwJAAcdCQARHQkAXh0JAGwdCQC1HQkAuh0JAAweCQAZHgkAwekSAG8eCQC6HgkAwB4JABEfCQAsHwkAaB8JAHQfCQC/HwkAxR8JABYgCQAZIAkAbSAJAHkgCQDEIAkAyiAJABshCQAhIQkAciEJAHchCQDJIQkAzyEJABjqEgAmIgkAdyIJAH0iCQDOIgkA0yIJACUjCQArIwkAb+oSAIEjCQDTIwkA4CMJACokCQA3JAkAgSQJAI0kCQDYJAkA5yQJAC8lCQA5JQkAhiUJAJQlCQDdJQkA4iUJADQmCQBBJgkAiyYJAKMmCQDiJgkA6CYJADknCQBFJwkAkCcJAKAnCQDnJwkA8CcJAD4oCQBBKAkAlSgJAKEoCQDsKAkA8ygJAHTrEgBFKQkAmikJAKQpCQDxKQkA9CkJAEgqCQBQKgkAnyoJAKIqCQD2KgkAAisJAE0rCQBTKwkApCsJAL8rCQD7KwkABywJAFIsCQBYLAkAy+sSAMksCQAALQkACy0JAFctCQBcLQkAri0JALctCQAFLgkACC4JAFwuCQBoLgkAsy4JAL8uCQCTOQkAyy4JAAovCQARLwkAYS8JAGcvCQC4LwkAxi8JAA8wCQAqMAkAZjAJAHIwCQC9MAkAwzAJABQxCQAuMQkAazEJAHcxCQDCMQkAyDEJABkyCQAfMgkAcDIJAHUyCQDHMgkAzTIJACLsEgArMwkAdTMJAIEzCQDMMwkA1jMJACM0CQAnNAkAejQJAH80CQDRNAkA1zQJACg1CQBINQkAfzUJAIs1CQDWNQkA3DUJAC02CQAzNgkAhDYJAIk2CQDbNgkA4TYJANDsEgA3NwkAiTcJAJA3CQDgNwkA7DcJADc4CQBTOAkAjjgJAJY4CQDV7RIADjkJADw5CQBiOQkALO4SAKY5CQDqOQkA+TkJAEE6CQBNOgkAmDoJAJk6CQDvOgkA+ToJAEY7CQBUOwkAnTsJAKI7CQD0OwkAATwJAIPuEgBTPAkAiO8SAKc8CQD5PAkABj0JAFA9CQBdPQkApz0JALM9CQD+PQkADT4JAFU+CQBfPgkArD4JALo+CQADPwkACD8JAFo/CQBnPwkAsT8JALk/CQDf7xIAFEAJAF9ACQBvQAkAtkAJAL9ACQANQQkAEEEJAGRBCQBwQQkAu0EJAMJBCQA28BIAHUIJAGlCCQB1QgkAwEIJAMhCCQCN8BIAJEMJAG5DCQB1QwkAxUMJAMZDCQAcRAkAIUQJAHNECQCBRAkAykQJANdECQAhRQkAK0UJAHhFCQCARQkAz0UJANhFCQAmRgkALEYJAH1GCQCORgkA1EYJAPBGCQArRwkAM0cJAOTwEgCNRwkA2UcJAONHCQAwSAkAOkgJAIdICQCISAkAO/ESAONICQA1SQkAQkkJAIxJCQCZSQkA40kJAO9JCQA6SgkASUoJAJFKCQCbSgkA6EoJAPBKCQA/SwkASUsJAJZLCQCbSwkA7UsJAPVLCQCS8RIAT0wJAJtMCQCnTAkA8kwJAPpMCQDp8RIATk0JAKBNCQCvTQkA900JABdOCQBOTgkAWk4JAKVOCQCrTgkA/E4JAARPCQBTTwkAWk8JAKpPCQCsTwkAAVAJAA1QCQBYUAkAblAJAK9QCQC0UAkABlEJABNRCQBA8hIAYlEJALRRCQDDUQkAC1IJACtSCQBiUgkAblIJALlSCQC/UgkAEFMJABhTCQBnUwkAblMJAL5TCQDAUwkAFVQJACFUCQBsVAkAglQJAMNUCQDIVAkAGlUJACdVCQBxVQkAeVUJAMhVCQDOVQkAH1YJAChWCQB2VgkAg1YJAM1WCQDaVgkAJFcJADJXCQB7VwkAiFcJANJXCQDpVwkAKVgJAFlYCQCX8hIAhlgJANdYCQCNWAkA7joQAO1YCQAuWQkAPFkJAIVZCQCIWQkA3FkJAN9ZCQAzWgkAQVoJAIpaCQCPWgkA4VoJAO5aCQA4WwkAQFsJAI9bCQCWWwkA5lsJAPJbCQA9XAkASlwJAJRcCQCiXAkA61wJAPdcCQBCXQkASV0JAJldCQChXQkA8F0JAPRdCQBHXgkAUl4JAJ5eCQCsXgkA9V4JAAZfCQBMXwkAWF8JAKNfCQCrXwkA7vISAABgCQBRYAkAZWAJAKhgCQC2YAkA/2AJAAxhCQBWYQkAbWEJAK1hCQC1YQkABGIJAA5iCQBbYgkAYGIJALJiCQC6YgkACWMJABhjCQBgYwkAZWMJALdjCQDEYwkADmQJABtkCQBlZAkAcWQJALxkCQDLZAkAE2UJAB1lCQBqZQkAcmUJAMFlCQDLZQkAGGYJAB1mCQBvZgkAd2YJAEXzEgDRZgkAHWcJAClnCQB0ZwkAfGcJAJzzEgDQZwkAImgJADFoCQB5aAkAmWgJANBoCQDcaAkAJ2kJAC1pCQB+aQkAhmkJANVpCQDcaQkALGoJAC5qCQCDagkAj2oJANpqCQDwagkAMWsJADZrCQCIawkAlWsJAPPzEgDoawkANmwJADxsCQCNbAkAm2wJAORsCQDxbAkAO20JAFJtCQCSbQkAmm0JAOltCQD4bQkAQG4JAEVuCQCXbgkApG4JAO5uCQD7bgkARW8JAFFvCQCcbwkAq28JAPNvCQD9bwkASnAJAGZwCQChcAkAqXAJAEr0EgAFcQkAbMQOAAdxCQBPcQkAWXEJANNBDwBvcQkApnEJALJxCQD9cQkAA3IJAFRyCQBccgkATLYJAGByCQCrcgkAbnIJAN6fCQC+cgkAAnMJABFzCQBZcwkAZXMJALBzCQCxcwkAB3QJABF0CQBedAkAbHQJALV0CQC6dAkADHUJABl1CQCh9BIAaXUJALp1CQDAdQkAEXYJABZ2CQBodgkAbnYJAKb1EgDKdgkAFncJACR3CQBtdwkAfncJAMR3CQDQdwkAG3gJACN4CQBU9hIAfngJAMl4CQDTeAkAIHkJAC95CQB3eQkAgnkJAM55CQDceQkAJXoJADJ6CQB8egkAk3oJANN6CQDbegkAKnsJAC17CQCBewkAjXsJANh7CQDeewkAL3wJAEp8CQCGfAkAknwJAN18CQDjfAkANH0JADx9CQCLfQkAjX0JAOJ9CQDjfQkAOX4JAEd+CQCQfgkAmH4JAOd+CQACfwkAPn8JAEp/CQCVfwkAm38JAOx/CQDvfwkAQ4AJAFGACQCagAkAn4AJAPGACQD+gAkASIEJAGSBCQCfgQkAp4EJAKv2EgADggkAxD4PAAeCCQBNggkACYIJAEifDwBZggkApIIJALGCCQD7ggkAAIMJAFKDCQBcgwkAqYMJALmDCQAAhAkABYQJAFeECQBghAkAroQJALuECQAFhQkADIUJAFyFCQBohQkAs4UJALmFCQAKhgkAEIYJAGGGCQBmhgkAuIYJAL6GCQAC9xIAG4cJAGaHCQBshwkAvYcJAMOHCQAUiAkAIYgJAGuICQBwiAkAwogJAMqICQAZiQkAT4kJAHCJCQCbiQkAx4kJAM+JCQAeigkAK4oJAHWKCQB6igkAzIoJANSKCQAjiwkAJosJAHqLCQCDiwkA0YsJAOCLCQAojAkAM4wJAH+MCQCHjAkA1owJAOaMCQAtjQkAO40JAISNCQCVjQkA240JAOeNCQAyjgkAOo4JAAf4EgCPjgkA4I4JAOiOCQA3jwkAPo8JAI6PCQCcjwkA5Y8JAOuPCQA8kAkASJAJAJOQCQCikAkA6pAJAPSQCQBBkQkARpEJAJiRCQCekQkA75EJAAOSCQBe+BIAUJIJABMTCgBTkgkAnZIJAFWSCQA+1gkAopIJAPSSCQAAkwkAS5MJAFiTCQCikwkArJMJALX4EgAUlAkAUJQJAFKUCQCnlAkArZQJAP6UCQA2lQkAVZUJAFuVCQCslQkAtZUJAAOWCQAQlgkAWpYJAJKWCQCxlgkAuJYJAAiXCQANlwkAX5cJAG6XCQC2lwkA1pcJAA2YCQAZmAkAZJgJAGqYCQC7mAkA1ZgJABKZCQAVmQkAaZkJAG6ZCQDAmQkAz5kJABeaCQA3mgkAY/kSAI6aCQDFmgkA0ZoJABybCQAmmwkAc5sJAH+bCQD3UgoAgJsJAMqbCQDPmwkAIZwJACucCQB4nAkAiJwJAM+cCQDUnAkAJp0JAC+dCQB9nQkAip0JANSdCQDbnQkAK54JADeeCQCCngkAiJ4JANmeCQDfngkAMJ8JADWfCQCHnwkAjZ8JALr5EgDhnwkANaAJADqgCQCMoAkAm6AJAOOgCQADoQkAaPoSAEihCQCRoQkAnqEJAOihCQDvoQkAP6IJAEeiCQCWogkAmKIJAO2iCQCdogkAQNQMAK2iCQBlcwwA86IJALGlDAD1ogkARKMJAEijCQBsqwkAWqMJANMyDABfowkAm6MJAJ2jCQDyowkAA6QJAEmkCQBXpAkAoKQJAKekCQD3pAkA/6QJAE6lCQBVpQkApaUJAKqlCQD8pQkAC6YJAFOmCQBzpgkAqqYJALamCQABpwkAB6cJAFinCQBgpwkAr6cJALunCQAGqAkAE6gJAF2oCQB4qAkAtKgJAMKoCQALqQkAEakJAGKpCQBnqQkAuakJAMapCQAQqgkAJqoJAGeqCQBzqgkAvqoJAMuqCQAVqwkAH6sJAL/6EgBxqwkAw6sJAMmrCQAarAkAOqwJAHGsCQB/rAkAyKwJANWsCQAfrQkANq0JAHatCQB+rQkAza0JANytCQAkrgkAKa4JAHuuCQCIrgkA0q4JANyuCQAprwkAK68JAICvCQCOrwkA168JAOSvCQAusAkAOrAJAIWwCQCLsAkA3LAJAOSwCQAzsQkAObEJAIqxCQCTsQkA4bEJAO6xCQA4sgkAQrIJAI+yCQCdsgkA5rIJAPyyCQA9swkASbMJAJSzCQCcswkAFvsSAPWzCQBCtAkASLQJAJm0CQCbtAkA8LQJAPq0CQBHtQkAU7UJAJ61CQC1tQkA9bUJAAm2CQBt+xIAWrYJAKO2CQCmtgkA+rYJAAK3CQBRtwkAXbcJAKi3CQC2twkA/7cJAAm4CQBWuAkAYbgJAK24CQC5uAkABLkJAAq5CQBbuQkAY7kJALK5CQC/uQkACboJAA66CQBgugkAaroJALe6CQC/ugkADrsJABS7CQBluwkAbrsJALy7CQDJuwkAE7wJACC8CQBqvAkAeLwJAMG8CQDOvAkAGL0JAC+9CQBvvQkAd70JAMa9CQDLvQkAHb4JACO+CQB0vgkAfL4JAMu+CQDhvgkAIr8JADC/CQB5vwkAfL8JANC/CQDfvwkAJ8AJACzACQB+wAkAi8AJANXACQDlwAkALMEJADrBCQCDwQkAmsEJANrBCQDjwQkAMcIJADfCCQCIwgkAlMIJAN/CCQDmwgkAxPsSAELDCQCNwwkAj8MJAOTDCQDuwwkAO8QJAEfECQCSxAkAmsQJABv8EgDuxAkAQMUJAE/FCQCXxQkAt8UJAO7FCQD6xQkARcYJAEvGCQCcxgkApMYJAPPGCQD0xgkASscJAFDHCQChxwkApscJAPjHCQATyAkAT8gJAF3ICQCmyAkArcgJAP3ICQAJyQkAVMkJAFrJCQBy/BIAsMkJAALKCQAMygkAWcoJAGrKCQCwygkAvMoJAAfLCQAKywkAXssJAGHLCQC1ywkAvcsJAAzMCQATzAkAY8wJAGjMCQC6zAkAycwJABHNCQAxzQkAaM0JAHTNCQC/zQkAxc0JABbOCQAezgkAbc4JAHrOCQDEzgkAyc4JABvPCQAlzwkAcs8JAHrPCQDJzwkA2c8JACDQCQAl0AkAd9AJAIDQCQDO0AkA29AJACXRCQAs0QkAyfwSAIHRCQDT0QkA4tEJACrSCQBK0gkAgdIJAI3SCQDY0gkA3tIJAC/TCQA30wkAhtMJAJLTCQDd0wkA6tMJADTUCQA71AkAi9QJAIzUCQDi1AkA59QJADnVCQBH1QkAkNUJAJ3VCQDn1QkA8dUJACD9EgBD1gkAldYJAKLWCQDs1gkA+dYJAEPXCQBJ1wkAmtcJAKbXCQDx1wkAAdgJAEjYCQBR2AkAn9gJAKLYCQD22AkAAtkJAE3ZCQBU2QkAd/0SAKbZCQD72QkAq9kJAAzgDQC02QkApjMOAAzaCQBS2gkAWtoJAKnaCQCz2gkAANsJAA/bCQBX2wkAWNsJAK7bCQC22wkAJf4SAA3cCQB8/hIAetwJALPcCQB/3AkAcA0TAIbcCQAB/gkAu9wJAArdCQAZ3QkAYd0JAGbdCQC43QkAxd0JAA/eCQAc3gkAZt4JAHLeCQC93gkAzN4JABTfCQAe3wkAa98JAI7fCQDC3wkA+N8JABngCQA94AkAcOAJAHjgCQDY/xIAzOAJAB7hCQAk4QkAdeEJAH3hCQAvABMA2uEJACPiCQA+4gkAeuIJAIbiCQDR4gkA4uIJACjjCQA84wkAf+MJAIfjCQDW4wkA3OMJAC3kCQA55AkAhOQJAJTkCQDb5AkA5OQJADLlCQA15QkAieUJAJXlCQDg5QkA5+UJAIYAEwBF5gkAjuYJAJjmCQDdABMA6uYJADznCQBJ5wkAk+cJAKDnCQDq5wkA9ucJAEHoCQBQ6AkAmOgJAKLoCQDv6AkA/egJAEbpCQBL6QkAnekJAKrpCQD06QkA/OkJADQBEwBX6gkAouoJALLqCQD56gkAAusJAFDrCQBT6wkAp+sJALPrCQD+6wkABewJAIsBEwBk7AkArOwJALHsCQAD7QkAEO0JAFrtCQBn7QkAse0JALftCQAI7gkAFO4JAF/uCQBv7gkAtu4JAL/uCQAN7wkAEO8JAGTvCQBw7wkAu+8JAMLvCQDiARMAF/AJAGnwCQB28AkAwPAJAN7wCQAX8QkAI/EJAG7xCQCB8QkAxfEJANPxCQAc8gkAH/IJAHPyCQB98gkAyvIJANjyCQAh8wkALvMJAHjzCQCP8wkAz/MJANfzCQAm9AkALfQJAH30CQCC9AkA1PQJAOr0CQAr9QkALfUJAIL1CQCQ9QkA2fUJAOb1CQA5AhMAOPYJAJACEwCM9gkA3vYJAOv2CQA19wkAQvcJAIz3CQCY9wkA4/cJAPL3CQA6+AkARPgJAJH4CQCf+AkA6PgJAO34CQA/+QkATPkJAJb5CQCe+QkA5wITAPn5CQBE+gkAVPoJAJv6CQCk+gkA8voJAPX6CQBJ+wkAVfsJAKD7CQCn+wkAPgMTAAP8CQBO/AkAXvwJAKX8CQBk/AkAHx0PAK78CQD8/AkA//wJAFP9CQBf/QkAqv0JALH9CQCVAxMACv4JAGcBCgAL/gkAWP4JAGf+CQCv/gkAaf4JAAsACgCw/gkABv8JACL/CQBd/wkAlf8JALT/CQDs/wkA7AMTAA4ACgBiAAoAfgAKALkACgDxAAoAEAEKAEgBCgBDBBMAdAEKAL4BCgDMAQoAFQIKACgCCgBsAgoAiAIKAMMCCgD7AgoAGgMKAFIDCgCaBBMAggMKAMgDCgDUAwoAHwQKACcECgDxBBMAewQKAM0ECgDVBAoAJAUKADMFCgB7BQoAgAUKANIFCgDfBQoAKQYKADYGCgCABgoAjAYKANcGCgDmBgoALgcKADgHCgCFBwoAjQcKANwHCgDmBwoAMwgKADgICgCKCAoAkggKAEgFEwDwCAoAOAkKAPIICgCUCgoAOQkKAI8JCgCrCQoA5gkKAB4KCgA9CgoAdQoKAJ8FEwCXCgoA6woKAAcLCgBCCwoAegsKAJkLCgDRCwoA9gUTAPMLCgBHDAoAWAwKAJ4MCgC6DAoA9QwKAC0NCgBMDQoAhA0KAE0GEwCwDQoA+g0KAAYOCgBRDgoAYA4KAKgOCgCyDgoA/w4KAAcPCgCfhgoADQ8KAFYPCgBbDwoArQ8KALoPCgAEEAoADBAKAFsQCgBhEAoAshAKAGsQCgBZeAoAvhAKAAkRCgAZEQoAYBEKAGkRCgC3EQoAuhEKAA4SCgAaEgoAZRIKAGwSCgCkBhMA3xIKAPsGEwAhEwoAahMKAIATCgDBEwoAzRMKABgUCgAfFAoAbxQKAHQUCgDGFAoAzxQKAB0VCgAnFQoAUgcTAHkVCgCdpg0AfhUKAMsVCgCAFQoAQz0NANUVCgAiFgoAIxYKAHkWCgCIFgoA0BYKANUWCgAnFwoANBcKAH4XCgCLFwoA1RcKAOEXCgAsGAoAOxgKAIMYCgCNGAoA2hgKAOgYCgAxGQoANhkKAIgZCgCVGQoA3xkKAOAZCgA2GgoAOxoKAI0aCgCSGgoA5BoKAPUaCgA7GwoAXhsKAJIbCgCdGwoA6RsKAO4bCgBAHAoAQxwKAJccCgChHAoA7hwKABYdCgBFHQoAZB0KAAAIEwCoHQoA8x0KAPUdCgBKHgoAWR4KAKEeCgCsHgoA+B4KAAAfCgBPHwoAVh8KAKYfCgCoHwoA/R8KAAcgCgBUIAoAViAKAKsgCgDEIAoAAiEKAAQhCgBZIQoAXCEKALAhCgC8IQoAByIKAA8iCgBXCBMAaiIKALUiCgC7IgoADCMKACcjCgBjIwoAbyMKALojCgDAIwoAESQKABkkCgBoJAoAaiQKAL8kCgDJJAoAFiUKAB4lCgCuCBMAfiUKAMQlCgDLJQoAGyYKACMmCgByJgoAfyYKAMkmCgDOJgoAICcKAConCgB3JwoAfycKAM4nCgDdJwoAJSgKACooCgB8KAoAiSgKANMoCgDgKAoAKikKADYpCgCBKQoAkCkKANgpCgDiKQoALyoKADcqCgCGKgoAkCoKAN0qCgDiKgoANCsKADwrCgAFCRMAlysKAOIrCgDyKwoAOSwKAEIsCgCQLAoAkywKAOcsCgDzLAoAPi0KAEUtCgBcCRMAmy0KAOwtCgDyLQoAQy4KAEguCgCaLgoAoC4KALMJEwD3LgoASC8KAE4vCgCfLwoApC8KAN/gDwCsLwoA9i8KAPsvCgBNMAoAVTAKAKQwCgDNMAoA+zAKANgwCgB1OAoAJDEKAFIxCgB7MQoAqTEKANQxCgAAMgoACDIKAFcyCgBmMgoArjIKALMyCgAFMwoAEjMKAFwzCgBpMwoAszMKAL8zCgAKNAoAGTQKAGE0CgBrNAoAuDQKAMY0CgAPNQoAFDUKAGY1CgBzNQoAvTUKAMU1CgAUNgoAGjYKAGs2CgB3NgoAwjYKANI2CgAZNwoAIjcKAHA3CgBzNwoAxzcKANM3CgAeOAoAJTgKAAoKEwCeOAoAzDgKAPc4CgAjOQoAKzkKAHo5CgCJOQoA0TkKANY5CgAoOgoANToKAH86CgCMOgoA1joKAOI6CgAtOwoAPDsKAIQ7CgCOOwoA2zsKAOk7CgAyPAoANzwKAIk8CgCWPAoA4DwKAOg8CgA3PQoAPT0KAI49CgCaPQoA5T0KAPU9CgA8PgoART4KAJM+CgCWPgoA6j4KAPY+CgBBPwoASD8KAGEKEwCaPwoA2PAPAKY/CgDvPwoA/D8KAEZACgBSQAoAnUAKAKNACgD0QAoA+kAKAEtBCgBQQQoAokEKAKhBCgC4ChMAH0IKAFBCCgB2QgoAp0IKANtCCgD+QgoAJ0MKAFVDCgCAQwoAZgsTALhDCgADRAoAukMKAIh1CwANRAoAWkQKAHRECgCxRAoAtEQKANGQCgDARAoACEUKAA1FCgBfRQoAbEUKALZFCgDDRQoADUYKABlGCgBkRgoAc0YKALtGCgDFRgoAEkcKAB5HCgBpRwoAfEcKAMBHCgDPRwoAF0gKACNICgBuSAoAb0gKAMVICgDPSAoAHEkKACpJCgBzSQoAeEkKAMpJCgDXSQoAvQsTACZKCgB4SgoAhUoKAM9KCgDcSgoAJksKADJLCgB9SwoAjEsKANRLCgDeSwoAK0wKADlMCgCCTAoAh0wKANlMCgDmTAoAME0KADhNCgDCDBMAk00KAN5NCgDuTQoANU4KAD5OCgCMTgoAj04KAONOCgDvTgoAOk8KAEFPCgAZDRMAlE8KAOhPCgDwTwoAP1AKAEtQCgCWUAoAnFAKAO1QCgDzUAoARFEKAElRCgCbUQoAoVEKAMcNEwAbUgoASVIKAHJSCgCgUgoAxFIKAHUOEwD9UgoAqY0LAApTCgBOUwoAXVMKAKVTCgCxUwoA/FMKAP1TCgBTVAoAXVQKAKpUCgC4VAoAAVUKAAZVCgBYVQoAZVUKAMwOEwDSVQoAIw8TAC9WCgBdVgoAhlYKALRWCgDYVgoAeg8TABlXCgBiVwoAZ1cKALlXCgDGVwoAEFgKABhYCgBnWAoAbVgKAL5YCgDKWAoAFVkKACVZCgBsWQoAdVkKAMNZCgDGWQoAGloKAFVaCgBxWgoAfVoKANEPEwDOWgoAH1sKADhbCgB2WwoAhFsKAM1bCgDaWwoAJFwKACtcCgB7XAoAhFwKANJcCgDfXAoAKV0KAEBdCgCAXQoAg10KANddCgDZXQoALl4KADdeCgCFXgoAlV4KANxeCgD1XgoAM18KADVfCgCKXwoAk18KAOFfCgDpXwoAOGAKADpgCgCPYAoAqGAKAOZgCgD9YAoAPWEKAElhCgCUYQoApWEKAOthCgD3YQoAQmIKAE1iCgCZYgoApmIKAPBiCgD6YgoAKBATAFpjCgCeYwoArGMKAPVjCgDbYwoAdGwKADFkCgBMZAoAWWQKAKNkCgCrZAoA+mQKAABlCgBRZQoAXWUKAKhlCgCzZQoA/2UKAAhmCgBWZgoAWWYKAK1mCgCvZgoABGcKAAtnCgBbZwoAXWcKAH8QEwC1ZwoACWgKABdoCgBgaAoAZWgKALdoCgDEaAoADmkKABppCgBlaQoAbWkKANYQEwDKaQoAE2oKACNqCgBqagoAeGoKAMFqCgDKagoAGGsKACJrCgBvawoAcWsKAMZrCgDQawoAHWwKAB9sCgAtERMAeWwKAMtsCgDTbAoAIm0KAChtCgB5bQoAhW0KANBtCgDfbQoAJ24KADBuCgB+bgoAgW4KANVuCgDXbgoALG8KADNvCgCDbwoAhW8KAIQREwDfbwoAMXAKAE1wCgCIcAoApHAKANsREwDscAoAP6wLAO5wCgA2cQoAO3EKAI1xCgCacQoA5HEKAPFxCgA7cgoAQXIKAJJyCgCecgoA6XIKAPlyCgBAcwoASXMKAJdzCgCacwoA7nMKAPpzCgBFdAoATHQKADISEwCrdAoA83QKAPh0CgBKdQoAV3UKAKF1CgCudQoA+HUKAP51CgBPdgoAW3YKAKZ2CgC2dgoA/XYKAAZ3CgBUdwoAV3cKAKt3CgC3dwoAAngKAAl4CgCJEhMAW3gKALB4CgC+eAoAB3kKABh5CgDgEhMAZXkKADcTEwC9eQoAjhMTABF6CgBjegoAcHoKALp6CgDHegoAEXsKAB17CgBoewoAd3sKAL97CgDJewoAFnwKACR8CgBtfAoAcnwKAMR8CgDRfAoAG30KACN9CgDlExMAfn0KAMl9CgDZfQoAIH4KACl+CgB3fgoAen4KAM5+CgDafgoAJX8KACx/CgA8FBMAfn8KANN/CgDhfwoAKoAKADuACgCTFBMAiIAKAOoUEwDggAoAQRUTADSBCgCGgQoAk4EKAN2BCgDqgQoANIIKAECCCgCLggoAmoIKAOKCCgDsggoAOYMKAEeDCgCQgwoAlYMKAOeDCgD0gwoAPoQKAEaECgCYFRMAoYQKAOyECgD8hAoAQ4UKAEyFCgCahQoAnYUKAPGFCgD9hQoASIYKAE+GCgDvFRMAqYYKAPaGCgAEhwoATYcKAGOHCgCkhwoAsIcKAPuHCgACiAoAUogKAFqICgCpiAoArogKAACJCgAJiQoAV4kKAGGJCgBGFhMAxIkKAAWKCgARigoAXIoKAGOKCgCzigoAu4oKAAqLCgAPiwoAYYsKAGqLCgC4iwoAwosKAJ0WEwAUjAoAtqsNABuMCgCV2woAHowKAGaMCgA5jAoAdwIUAGuMCgC9jAoAyowKABSNCgAhjQoAa40KAHeNCgDCjQoA0Y0KABmOCgAjjgoAcI4KAH6OCgDHjgoA1I4KAB6PCgA1jwoAdY8KAH2PCgDMjwoA1o8KACOQCgAokAoAepAKAIKQCgD0FhMA1pAKACiRCgA3kQoAf5EKAJ+RCgDWkQoA4pEKAC2SCgA3kgoAhJIKAI6SCgDbkgoA6ZIKADKTCgBIkwoAiZMKAJWTCgDgkwoA5ZMKADeUCgBAlAoAjpQKAJiUCgDllAoA8ZQKADyVCgBPlQoAk5UKAKKVCgDqlQoA9pUKAEGWCgBClgoAmJYKAKKWCgDvlgoA/ZYKAEaXCgBLlwoAnZcKAKqXCgCiFxMAApgKAEuYCgBhmAoAopgKAK6YCgD5mAoAAJkKAFCZCgBYmQoAp5kKAKyZCgD+mQoAB5oKAFWaCgBfmgoApxgTALGaCgADmwoAC5sKAFqbCgBdmwoAsZsKALqbCgAInAoAF5wKAF+cCgBqnAoAtpwKAL6cCgANnQoAHZ0KAGSdCgBynQoAu50KAMydCgASngoAHp4KAGmeCgBxngoA/hgTAMaeCgAXnwoAH58KAG6fCgB1nwoAxZ8KANOfCgAcoAoAIqAKAHOgCgB/oAoAyqAKANmgCgAhoQoAK6EKAHihCgB9oQoAz6EKANWhCgAmogoAOqIKAFUZEwCOogoA1KIKAOCiCgArowoAMaMKAIKjCgCIowoA2aMKAN6jCgAwpAoANqQKAKwZEwCMpAoA3qQKAO+kCgA1pQoAPaUKAIylCgBBpQoAb8IKAEOlCgDvtBAAlqUKAOOlCgDxpQoAOqYKAFCmCgCRpgoAnaYKAOimCgDvpgoAP6cKAEenCgCWpwoAm6cKAO2nCgD2pwoARKgKAE6oCgCbqAoAo6gKAPKoCgD2qAoASakKAFSpCgCgqQoArqkKAPepCgAIqgoATqoKAFqqCgClqgoAraoKAAMaEwD+qgoAU6sKAGGrCgCqqwoAtKsKAAGsCgAPrAoAWKwKAGWsCgCvrAoAxqwKAAatCgAOrQoAXa0KAG2tCgC0rQoAua0KAAuuCgARrgoAYq4KAGquCgC5rgoAu64KABCvCgAdrwoAZ68KAG+vCgC+rwoAw68KABWwCgAWsAoAbLAKAHiwCgDDsAoA0LAKABqxCgAisQoAcbEKAICxCgDIsQoAzbEKAB+yCgAssgoAdrIKAIOyCgDNsgoA2bIKACSzCgAzswoAe7MKAIWzCgDSswoA4LMKACm0CgAutAoAgLQKAI20CgBaGhMA2rQKAC61CgA2tQoAhbUKAJK1CgDctQoA4bUKADO2CgA9tgoAirYKAJK2CgDhtgoA47YKADi3CgBTtwoAj7cKAJG3CgDmtwoA9LcKAD24CgBOuAoAlLgKAJa4CgDruAoABLkKAEK5CgBTuQoAmbkKAKW5CgCxGhMA+LkKAEe6CgBNugoAnroKAKq6CgD1ugoAErsKAEy7CgBVuwoAo7sKAK+7CgD6uwoA/bsKAFG8CgBbvAoAqLwKALC8CgD/vAoACb0KAFa9CgBkvQoArb0KAMO9CgAEvgoAEL4KAFu+CgBivgoAsr4KALq+CgAJvwoADr8KAGC/CgBpvwoAt78KAMG/CgAOwAoAFsAKAGXACgBnwAoAvMAKAMzACgATwQoAHcEKAGrBCgB2wQoAwcEKAMfBCgAYwgoAIMIKAAgbEwB1wgoAxsIKAMzCCgAdwwoAIsMKAHTDCgB6wwoAXxsTANnDCgAixAoAOMQKAHnECgCFxAoA0MQKANXECgAnxQoAMMUKAH7FCgCIxQoA1cUKAPjFCgAsxgoAMMYKAIPGCgA7xgoA38cKAIXGCgDaxgoA6MYKADHHCgA7xwoAiMcKAKzHCgBkHBMA5ccKADbICgBCyAoAjcgKAI/ICgDkyAoA7sgKADvJCgBHyQoAkskKALbJCgC7HBMA7ckKAEDKCgD4yQoAnMsKAELKCgCXygoApcoKAO7KCgD4ygoARcsKAGnLCgASHRMAossKAPPLCgD/ywoASswKAEzMCgChzAoAq8wKAPjMCgAEzQoAT80KAHPNCgBpHRMAw80KAP3NCgAGzgoAVM4KAGLOCgCrzgoAsc4KAALPCgAOzwoAWc8KAGHPCgDAHRMAt88KAAfQCgAg0AoAXtAKAG3QCgC10AoAvdAKAAzRCgAb0QoAY9EKAGjRCgC60QoAx9EKABHSCgAe0goAaNIKAHTSCgC/0goAztIKABbTCgAg0woAbdMKAHvTCgDE0woAydMKABvUCgAo1AoAFx4TAHPUCgDKTgsAi9QKAMnUCgDT1AoAINUKACLVCgB31QoAhdUKAM7VCgDb1QoAJdYKAC3WCgB81goAqNYKANPWCgDa1goAKtcKAEPXCgCB1woAkNcKANjXCgDg1woAL9gKAD7YCgCG2AoAi9gKAN3YCgDq2AoANNkKAEHZCgCL2QoAl9kKAOLZCgDx2QoAOdoKAEPaCgCQ2goAntoKAOfaCgDs2goAPtsKAEvbCgBuHhMAqNsKAOzbCgD72woAQ9wKAE/cCgCa3AoAptwKAPHcCgD43AoASN0KAFTdCgCf3QoApt0KAPbdCgD+3QoATd4KAFHeCgCk3goAr94KAPveCgAH3woAUt8KAF/fCgCp3woAsd8KAADgCgAK4AoAV+AKAF3gCgCu4AoAwuAKAAXhCgAT4QoAXOEKAGnhCgCz4QoAyuEKAAriCgAS4goAYeIKAGviCgC44goAveIKAA/jCgAX4woAZuMKAHXjCgC94woAwuMKABTkCgAh5AoAa+QKAHjkCgDC5AoAzuQKABnlCgAo5QoAcOUKAHrlCgDFHhMAz+UKAB7mCgAt5goAdeYKAHrmCgDM5goA1eYKACPnCgA05woAeucKAIHnCgDR5woA2ecKACjoCgA16AoAf+gKAIToCgDW6AoA4OgKAC3pCgA16QoAhOkKAJ3pCgDb6QoA5+kKADLqCgA66goAHB8TAJjqCgDg6goA/eoKADfrCgBA6woAjusKAJzrCgDl6woA6+sKADzsCgBI7AoAk+wKAJrsCgDq7AoA8uwKAEHtCgBR7QoAmO0KAJ7tCgDv7QoA9O0KAEbuCgBc7goAne4KAKXuCgD07goA/u4KAEvvCgBW7woAou8KAK7vCgD57woAAfAKAHMfEwBd8AoAp/AKAK7wCgD+8AoACvEKAFXxCgBb8QoArPEKAL3xCgAD8goAF/IKAFryCgBo8goAsfIKAL7yCgAI8woAH/MKAF/zCgBn8woAtvMKAL3zCgAN9AoAD/QKAGT0CgBu9AoAu/QKAL30CgAS9QoAK/UKAGn1CgBr9QoAwPUKAMP1CgAX9goAI/YKAG72CgCc9goAyh8TANT2CgAc9woAOfcKAHP3CgB89woAyvcKANj3CgAh+AoAJ/gKAHj4CgCE+AoAz/gKANf4CgAhIBMALvkKAH35CgCD+QoA1PkKAOD5CgAr+goALvoKAIL6CgCH+goA2foKAOL6CgAw+woANvsKAIf7CgCW+woA3vsKAOr7CgA1/AoAPfwKAHggEwCS/AoA4/wKAOj8CgA6/QoAUP0KAJH9CgCZ/QoA6P0KAPb9CgA//goASf4KAJb+CgCZ/goA7f4KAPX+CgBE/woARf8KAJv/CgCh/woA8v8KAAAACwBJAAsAXwALAKAACwCiAAsA9wALAP0ACwBOAQsAYgELAKUBCwCtAQsA/AELAAwCCwBTAgsAVQILAKoCCwC5AgsAAQMLAAsDCwBYAwsAXQMLAK8DCwC1AwsABgQLABoECwBdBAsAZQQLALQECwC5BAsACwULABEFCwBiBQsAagULALkFCwC8BQsAEAYLABUGCwBnBgsAcAYLAL4GCwDEBgsAFQcLACQHCwBsBwsAeAcLAM8gEwDPBwsAGggLAC0ICwBxCAsAjQgLAMgICwDQCAsAJiETAC0JCwB2CQsAjAkLAM0JCwDZCQsAJAoLACkKCwB7CgsAhAoLANIKCwDcCgsAKQsLADELCwCACwsAggsLANcLCwDmCwsALgwLAEsMCwCFDAsAjgwLANwMCwDqDAsAMw0LADkNCwCKDQsAmA0LAOENCwDuDQsAOA4LAE8OCwCPDgsAlw4LAOYOCwDoDgsAPQ8LAEUPCwCUDwsAow8LAOsPCwDwDwsAQhALAE8QCwCZEAsAphALAPAQCwD8EAsARxELAFYRCwCeEQsAqBELAPURCwADEgsATBILAFESCwCjEgsAsBILAH0hEwAEEwsAURMLAFMTCwCoEwsArxMLAP8TCwAGFAsAVhQLAFwUCwCtFAsAuxQLAAQVCwARFQsAWxULAGsVCwCyFQsAtxULAAkWCwARFgsAYBYLACUWCwAbggsAbBYLALcWCwC5FgsAxhkLAMQWCwAOFwsAExcLAGUXCwBvFwsAvBcLAMwXCwATGAsAGBgLAGoYCwBzGAsAwRgLAM4YCwAYGQsAHxkLAG8ZCwB3GQsA1CETANQZCwAdGgsANRoLAHQaCwB2GgsAyxoLAOIaCwAiGwsAJBsLAHkbCwCHGwsA0BsLAN0bCwAnHAsALxwLACsiEwCBHAsA1RwLAJUcCwBc6wwA3hwLACwdCwA6HQsArEgLADsdCwCDHQsAjh0LANodCwDiHQsAMR4LADweCwCIHgsAjR4LAN8eCwDiHgsANh8LAEAfCwCCIhMAkx8LAOQfCwCXHwsAq5APAP8fCwA7IAsARyALAJIgCwCYIAsA6SALAPEgCwBAIQsAViELAJchCwClIQsA7iELAPEhCwBFIgsAXiILAJwiCwCoIgsA8yILAP4iCwBKIwsATCMLAKEjCwC8IwsA+CMLAAYkCwBPJAsAXCQLAKYkCwC9JAsA2SITAP8kCwAMkw8AEyULAFQlCwBVJQsAqyULALAlCwACJgsACCYLAFkmCwBbJgsAsCYLALYmCwAHJwsAGycLAF4nCwBmJwsAtScLAMUnCwAMKAsADigLAGMoCwBxKAsAuigLAMsoCwAwIxMAFykLAGgpCwB0KQsAhyMTAMEpCwAWKgsAJyoLAG0qCwB1KgsAxCoLAM0qCwAbKwsAIisLAHIrCwBzKwsA3iMTANUrCwAgLAsAIiwLAHcsCwB+LAsAziwLANYsCwAlLQsALi0LAHwtCwCDLQsA0y0LANQtCwA1JBMALy4LAIEuCwCJLgsA2C4LAOIuCwAvLwsAPS8LAIYvCwCcLwsA3S8LAOkvCwA0MAsAOTALAIswCwCUMAsA4jALAOwwCwCMJBMAOjELAJAxCwCYMQsA2tAMAKgxCwDnMQsA9DELAD4yCwBKMgsAlTILAJ8yCwDsMgsA8DILAEMzCwBIMwsAmjMLAKAzCwDxMwsAETQLAEg0CwBgNAsAnzQLALY0CwD2NAsAAjULAE01CwBXNQsApDULAKY1CwD7NQsAAjYLAFI2CwBZNgsAqTYLAK82CwAANwsADDcLAFc3CwBaNwsArjcLALE3CwAFOAsAETgLAFw4CwBfOAsAszgLAM84CwAKOQsAEjkLAOMkEwBtOQsAuDkLAMI5CwAPOgsAEToLAGY6CwBtOgsAvToLAMQ6CwAUOwsAGjsLAGs7CwB5OwsAwjsLAM87CwAZPAsAKTwLAHA8CwB1PAsAxzwLAM88CwAePQsALj0LAHU9CwB6PQsAzD0LANI9CwAjPgsAKz4LADolEwCAPgsA0T4LANk+CwAoPwsAKz8LAH8/CwCLPwsA1j8LANw/CwAtQAsASEALAIRACwCSQAsA20ALAOpACwAyQQsAPkELAIlBCwCRQQsA6CUTAOVBCwA3QgsAQUILAI5CCwCWQgsA5UILAAVDCwA8QwsASUMLAJNDCwCYQwsA6kMLAO5DCwBBRAsATkQLAD8mEwCdRAsA70QLAPJECwBGRQsAUEULAJ1FCwCpRQsA9EULAAdGCwBLRgsAWkYLAKJGCwCuRgsA+UYLAPpGCwBQRwsAWkcLAKdHCwC1RwsA/kcLAANICwBVSAsAYkgLAJYmEwC2SAsAA0kLAAVJCwBaSQsAc0kLALFJCwDCSQsACEoLABRKCwBfSgsAZ0oLAJsnEwC9SgsADUsLABRLCwBkSwsAaksLALtLCwDHSwsAEkwLABVMCwBpTAsAbEwLAMBMCwDITAsAF00LACdNCwBuTQsAc00LAMVNCwDOTQsAHE4LAClOCwBzTgsAek4LAPInEwDWTgsAIU8LAC5PCwB4TwsAgE8LAM9PCwDZTwsAJlALADVQCwB9UAsAflALANRQCwDcUAsAK1ELADpRCwCCUQsAh1ELANlRCwDmUQsAMFILAD1SCwCHUgsAk1ILAN5SCwDtUgsANVMLAD9TCwCMUwsAmlMLAONTCwDoUwsAOlQLAEdUCwCRVAsAmVQLAOhUCwDyVAsAP1ULAERVCwCWVQsAnlULAEkoEwD7VQsARFYLAFBWCwCbVgsAoVYLAPJWCwD4VgsASVcLAE5XCwCgVwsAplcLAKAoEwADWAsATlgLAFRYCwClWAsAq1gLAPxYCwAJWQsAU1kLAFhZCwCqWQsAslkLAAFaCwAfWgsApSkTAFlaCwCvWgsAtFoLAAZbCwAMWwsAXVsLAF9bCwC0WwsAulsLAAtcCwAfXAsAYlwLAGpcCwC5XAsAyVwLABBdCwASXQsAZ10LAHVdCwC+XQsAz10LAPwpEwAbXgsAbF4LAHheCwBTKhMA0F4LABpfCwAiXwsAcV8LAH5fCwDIXwsAyl8LAB9gCwA1YAsAdmALAIJgCwDNYAsA1WALAAErEwAwYQsAe2ELAH5hCwDSYQsA12ELACliCwA6YgsAgGILAIliCwDXYgsA4WILAC5jCwA8YwsAhWMLAIpjCwDcYwsA6WMLAFgrEwA/ZAsAimQLAJdkCwDhZAsA42QLADhlCwBOZQsAj2ULAJtlCwDmZQsA7mULAK8rEwBCZgsAlGYLAJpmCwDrZgsA82YLAEJnCwBFZwsAmWcLAKVnCwDwZwsA9mcLAEdoCwBiaAsAnmgLAKtoCwD1aAsA92gLAExpCwBiaQsAo2kLAK9pCwD6aQsAAmoLAAYsEwBXagsAqGoLAK1qCwD/agsAGmsLAFZrCwBkawsArWsLALRrCwAEbAsAEGwLAFtsCwBibAsAXSwTAL1sCwAJbQsAEW0LAGBtCwBrbQsAt20LALxtCwAObgsAEW4LAGVuCwBvbgsAvG4LAMRuCwATbwsAIW8LAGpvCwBtbwsAwW8LAMlvCwAYcAsAOHALAG9wCwB8cAsAxnALAMtwCwAdcQsAIXELAHRxCwCBcQsAtCwTAOtxCwAicgsAK3ILAHlyCwB6cgsA0HILANhyCwAncwsAN3MLAH5zCwCAcwsA1XMLAONzCwAsdAsAPXQLAAstEwCJdAsA2nQLAOZ0CwBiLRMAOHULALktEwCNdQsA33ULAPl1CwA2dgsARXYLAI12CwCYdgsA5HYLAOZ2CwA7dwsASHcLAJJ3CwCfdwsA6XcLAPV3CwBAeAsAUXgLAJd4CwCaeAsA7ngLAAh5CwBFeQsATnkLAJx5CwCpeQsA83kLAPl5CwBKegsAVnoLAKF6CwCkegsA+HoLAP16CwBPewsAYHsLAKZ7CwDBewsA/XsLAAl8CwBUfAsAW3wLAKt8CwCtfAsAAn0LAAl9CwBZfQsAYH0LALB9CwC2fQsAB34LABN+CwBefgsAYX4LALV+CwC4fgsADH8LABh/CwBjfwsAdn8LALp/CwDJfwsAEYALAB2ACwBogAsAaYALAL+ACwDJgAsAFoELACSBCwBtgQsAcoELAMSBCwDRgQsAEC4TACOCCwBnLhMAdIILAMmCCwDfggsAIIMLACyDCwB3gwsAf4MLAL4uEwDUgwsAJYQLAC2ECwB8hAsAf4QLANOECwDfhAsAKoULADCFCwCBhQsAnIULANiFCwDmhQsAL4YLAD6GCwCGhgsAkoYLAN2GCwDlhgsAFS8TADmHCwCLhwsAlYcLAOKHCwDqhwsAOYgLAFmICwCQiAsAnYgLAOeICwDsiAsAPokLAEKJCwCViQsAookLAGwvEwAPigsAwy8TAEiKCwCaigsAqYoLAPGKCwARiwsASIsLAFSLCwCfiwsAqYsLAPaLCwACjAsATYwLAFOMCwCkjAsAqowLAPuMCwAAjQsAUo0LAFiNCwAaMBMAr40LAACOCwAFjgsAV44LAF2OCwDIMBMAsY4LAAWPCwAPjwsAXI8LAF6PCwCzjwsAzI8LAAqQCwAbkAsAYZALAG+QCwC4kAsAu5ALAA+RCwAakQsAZpELAG6RCwC9kQsAv5ELABSSCwAckgsAa5ILAHiSCwDCkgsAzpILABmTCwAdkwsAcJMLAHiTCwDHkwsA1pMLAB6UCwAjlAsAdZQLAIKUCwDMlAsA2ZQLACOVCwAvlQsAepULAImVCwDRlQsA25ULACiWCwA2lgsAf5YLAISWCwDWlgsA45YLAB8xEwA1lwsAdjETAIiXCwDvmwsAkJcLANuXCwDhlwsAMpgLADiYCwCJmAsAlpgLAOCYCwDlmAsAN5kLAD+ZCwCOmQsAt5kLAOWZCwDCmQsAk5oLAAuaCwDqmgsADpoLADyaCwBlmgsAzTETALyaCwAkMhMAEJsLAEGbCwB1mwsAmJsLAMGbCwB7MhMA/ZsLAEacCwBTnAsAnZwLAKmcCwD0nAsA+pwLAEudCwBRnQsAop0LAKedCwD5nQsA/50LANIyEwB2ngsAVZ8LAHmeCwCnngsA0J4LAIAzEwAnnwsA1zMTAHufCwCsnwsA4J8LAAOgCwAsoAsALjQTAGSgCwCxoAsAtqALAAihCwAQoQsAhTQTAGShCwC2oQsAv6ELAA2iCwAaogsAZKILAGuiCwDcNBMAw6ILADM1EwAlowsAaaMLAHWjCwDAowsAz6MLABekCwAgpAsAbqQLAHikCwDFpAsAx6QLABylCwA1pQsAc6ULAISlCwDKpQsA1qULACGmCwAppgsAijUTAIamCwDPpgsA4KYLACanCwAypwsAfacLAIWnCwDhNRMA2acLACuoCwA1qAsAgqgLAIqoCwDZqAsA6agLADCpCwA1qQsAh6kLAJCpCwDeqQsA66kLADWqCwA8qgsAODYTAJKqCwDEQxAAmaoLAOOqCwCfqgsAPxIPAOiqCwA6qwsARqsLAJGrCwCeqwsA6KsLAPKrCwCPNhMARKwLAJasCwCirAsA7awLAPqsCwBErQsATq0LAJutCwC3rQsA8q0LAPqtCwDmNhMATq4LAKCuCwCorgsA964LAPquCwBOrwsAV68LAKWvCwC0rwsA/K8LAAewCwBTsAsAW7ALAKqwCwC6sAsAAbELAA+xCwBYsQsAabELAK+xCwC7sQsABrILAA6yCwA9NxMAY7ILALSyCwC8sgsAC7MLABKzCwBiswsAcLMLALmzCwC/swsAELQLABy0CwBntAsAdrQLAL60CwDItAsAFbULABq1CwBstQsAcrULAMO1CwDXtQsAGrYLACK2CwBxtgsAj7YLAMi2CwDQtgsAlDcTACe3CwDrNxMAfrcLAM23CwDmtwsAJLgLAC24CwB7uAsAi7gLANK4CwDiuAsAKbkLADW5CwCAuQsAhrkLANe5CwDluQsALroLADu6CwCFugsAnLoLANy6CwDkugsAM7sLAD27CwCKuwsAmLsLAOG7CwD3uwsAOLwLAES8CwCPvAsAlrwLAOa8CwDuvAsAPb0LAEK9CwCUvQsAnb0LAOu9CwD1vQsAQr4LAEq+CwCZvgsAm74LAPC+CwAAvwsAR78LAFG/CwCevwsAqr8LAPW/CwD7vwsATMALAFTACwCZOBMApcALAPrACwALwQsAUcELAG3BCwCowQsAsMELAPA4EwAQwgsAVsILAGfCCwCtwgsAtcILAATDCwAdwwsAW8MLAGHDCwCywwsAt8MLAAnECwApxAsAYMQLAGzECwC3xAsAvcQLAA7FCwAWxQsAZcULAHTFCwC8xQsAwcULABPGCwAgxgsAasYLAHfGCwDBxgsAzcYLABjHCwAnxwsAb8cLAHnHCwDGxwsA1McLAB3ICwAiyAsAdMgLAIHICwDLyAsAzsgLACLJCwAqyQsAeckLAHvJCwDQyQsA1skLACfKCwAzygsAfsoLAIbKCwBHORMA2soLACzLCwAwywsAg8sLAJDLCwCeORMA4ssLAPU5EwA3zAsAiMwLAJ/MCwDfzAsA6MwLADbNCwBMzQsAjc0LAJnNCwDkzQsA8c0LADvOCwBFzgsAks4LAJrOCwDpzgsAJ88LAEDPCwBpzwsAl88LAJ/PCwDuzwsAEdALAEw6EwBU0AsAnNALAFvQCwDW7QsAodALAPPQCwAA0QsAStELAFfRCwCh0QsArdELAPjRCwAH0gsAT9ILAFnSCwCm0gsAtNILAP3SCwAC0wsAVNMLAGHTCwCr0wsAz9MLAALUCwAK1AsAozoTAGLUCwCw1AsAs9QLAAfVCwAR1QsAXtULAGbVCwC11QsAztULAAzWCwAY1gsAY9YLAGvWCwD6OhMAytYLABHXCwAZ1wsAaNcLAHLXCwC/1wsA09cLABbYCwAX2AsAbdgLAHnYCwDE2AsAzNgLAFE7EwAu2QsActkLAHPZCwDJ2QsA1dkLACDaCwAv2gsAd9oLAIHaCwDO2gsA0doLACXbCwAt2wsAfNsLAH3bCwDT2wsA1dsLACrcCwAw3AsAgdwLAIPcCwDY3AsA7twLAC/dCwA73QsAht0LAJDdCwDd3QsA6d0LADTeCwA63gsAi94LAJPeCwDi3gsAC98LADnfCwBB3wsAkN8LAJrfCwDn3wsA7N8LAD7gCwBG4AsAleALAK7gCwDs4AsA+OALAEPhCwBL4QsAqDsTAKbhCwDx4QsA9OELAEjiCwBN4gsAn+ILAKjiCwD24gsA/OILAE3jCwBc4wsApOMLALDjCwD74wsAEOQLAFLkCwBa5AsAqeQLALbkCwDH6gsAwuQLAADlCwAF5QsAV+ULAFzlCwCu5QsAv+ULAAXmCwAN5gsAXOYLABHmCwAP6AsAc+YLALPmCwDB5gsACucLACXnCwBh5wsAbecLALjnCwDF5wsA/zsTABHoCwBm6AsAc+gLAL3oCwDF6AsAFOkLACvpCwBr6QsAeekLAMLpCwDd6QsAGeoLACXqCwBw6gsAfeoLAFY8EwDQ6gsAHusLAC/rCwB16wsAhusLAMzrCwDU6wsAI+wLADrsCwB67AsAiOwLANHsCwDs7AsAKO0LADTtCwB/7QsAjO0LAK08EwDq7QsALe4LADDuCwCE7gsAoe4LANvuCwDs7gsAMu8LAFbvCwCJ7wsAke8LAAQ9EwDp7wsAN/ALADrwCwCO8AsAmPALAOXwCwDt8AsAPPELAFXxCwCT8QsAn/ELAOrxCwDy8QsAWz0TAFHyCwCY8gsAoPILAO/yCwD58gsARvMLAFrzCwCd8wsAnvMLAPTzCwAA9AsAS/QLAFP0CwCyPRMAtvQLAPn0CwD89AsAUPULAG31CwCn9QsAuPULAP71CwAM9gsAVfYLAGr2CwCs9gsAtPYLAAP3CwAQ9wsAafoLABz3CwBa9wsAX/cLALH3CwC29wsACPgLABn4CwBf+AsAZ/gLALb4CwDN+AsADfkLABv5CwBk+QsAf/kLALv5CwDH+QsAEvoLAB/6CwAJPhMAcvoLAMD6CwDR+gsAF/sLACj7CwBu+wsAdvsLAMX7CwDc+wsAHPwLACr8CwBz/AsAjvwLAMr8CwDW/AsAIf0LAC79CwBgPhMAjP0LAM/9CwDS/QsAJv4LAEP+CwB9/gsAjv4LANT+CwDi/gsAK/8LAED/CwCC/wsAiv8LANn/CwDm/wsA9wUMAPL/CwAwAAwANQAMAIcADACMAAwA3gAMAO8ADAA1AQwAPQEMAIwBDABBAQwAPwMMAKMBDADjAQwA8QEMADoCDABVAgwAkQIMAJ0CDADoAgwA9QIMALc+EwBBAwwAlgMMAKMDDADtAwwA9QMMAEQEDABbBAwAmwQMAKkEDADyBAwADQUMAEkFDABVBQwAoAUMAK0FDAAOPxMAAAYMAE4GDABfBgwApQYMALYGDAD8BgwABAcMAFMHDABqBwwAqgcMALgHDAABCAwAHAgMAFgIDABkCAwArwgMALwIDABlPxMADwkMAF0JDABuCQwAtAkMAMAJDAALCgwAGAoMAGIKDABnCgwAuQoMAMMKDAAQCwwAIAsMAGcLDABsCwwAvgsMAMcLDAAVDAwAIgwMAGwMDABzDAwAwwwMAM8MDAAaDQwAIA0MAHENDAB3DQwAyA0MAM0NDAAfDgwAJQ4MALw/EwB7DgwAzQ4MANUODAAkDwwAOg8MAHsPDACADwwA0g8MANkPDAApEAwAMhAMAIAQDACREAwA1xAMAOMQDAAuEQwANhEMAMFAEwCHEQwA3BEMAPIRDAAzEgwAPxIMAIoSDACREgwA4RIMAOkSDAAYQRMAPRMMAI8TDACWEwwA5hMMAO8TDAA9FAwAThQMAJQUDACgFAwA6xQMAPMUDABvQRMARBUMAJkVDACvFQwA8BUMAPwVDABHFgwAThYMAJ4WDACmFgwAxkETAPoWDABMFwwAUxcMAKMXDACsFwwA+hcMAAsYDABRGAwAXRgMAKgYDACwGAwAHUITAAEZDABWGQwAZRkMAK0ZDADNGQwABBoMAAYaDABbGgwAchoMALIaDAC+GgwACRsMABEbDADLQhMAZRsMALcbDAC5GwwADhwMABUcDABlHAwAbRwMALwcDADFHAwAEx0MABkdDABqHQwAex0MAMEdDADJHQwAeUMTACQeDABvHgwAch4MAMYeDADLHgwAHR8MAC4fDAB0HwwAjx8MAMsfDADXHwwAIiAMACogDADQQxMAjyAMANAgDADRIAwAJyEMACwhDAB+IQwAhCEMANUhDADfIQwALCIMADQiDACDIgwAlSIMACdEEwDnIgwAMSMMADsjDACIIwwAjiMMAN8jDADzIwwANiQMAD4kDACNJAwAnSQMAOQkDADpJAwAOyUMAEElDACSJQwAmiUMAOklDADqJQwAQCYMAEImDACXJgwApiYMAO4mDAAOJwwARScMAEcnDACcJwwAsycMAPMnDAD/JwwASigMAFIoDAB+RBMAqSgMAPgoDAARKQwATykMAFgpDACmKQwAsCkMAP0pDAAFKgwAVCoMAGQqDACrKgwAsCoMAAIrDAALKwwAWSsMAGYrDACwKwwAtysMAAcsDAAPLAwALEUTAGgsDAC1LAwAvSwMAAwtDAAaLQwAYy0MAHAtDAC6LQwAwi0MABEuDAATLgwAaC4MAHAuDAC/LgwAwC4MABYvDAAYLwwAbS8MAHwvDADELwwA5C8MABswDAAdMAwAcjAMAIkwDADJMAwA1TAMACAxDAA6MQwAdzEMAKMxDADOMQwA0TEMACUyDAAqMgwAfDIMAIkyDACDRRMA1TIMACozDAA0MwwAgTMMAJAzDADYMwwA4zMMAC80DAA9NAwAhjQMAJM0DADdNAwA9DQMADQ1DAA8NQwAizUMAIw1DADiNQwA5DUMADk2DABINgwAkDYMALA2DADnNgwA6TYMAD43DABVNwwAlTcMAKE3DADsNwwA9DcMANpFEwBIOAwAmjgMAKA4DADxOAwA+TgMAEg5DABnOQwAnzkMAKw5DAD2OQwA9zkMAE06DABjOgwApDoMAMA6DAAxRhMAADsMAFI7DABcOwwAqTsMALE7DAAAPAwAATwMAFc8DAACPAwAhEUMAF08DACuPAwAujwMAAU9DAAVPQwAXD0MAGo9DACzPQwAxj0MAAo+DAAWPgwAYT4MAGg+DAC4PgwAwD4MAA8/DAATPwwAZj8MAHQ/DAC9PwwAxz8MABRADAAfQAwAa0AMAHNADADCQAwA+kAMABlBDAAhQQwAcEEMAHVBDADHQQwAzUEMAB5CDAAmQgwAdUIMAI9CDADMQgwABEMMACNDDAArQwwAekMMAH9DDADRQwwA10MMAChEDAAwRAwAf0QMAJlEDADWRAwA8EQMAC1FDABlRQwAiEYTAIxFDADbRQwA4kUMADJGDAA+RgwAiUYMAIpGDADgRgwA7EYMADdHDABERwwAjkcMAJVHDADlRwwA8UcMADxIDABJSAwAk0gMAKJIDADqSAwA/kgMAN9GEwBDSQwAmEkMAE1JDAA/aQ8Am0kMAELNDgClSQwA8mANAKdJDADvSQwAD0oMAEZKDABISgwAnUoMALRKDAD0SgwAAEsMAEtLDABTSwwANkcTAKRLDAD5SwwABkwMAFBMDABZTAwAp0wMAKlMDAD+TAwAD00MAFVNDABmTQwArE0MAMBNDACNRxMAI04MAFpODABcTgwAsU4MAMhODAAITwwAFE8MAF9PDABnTwwA5EcTALhPDAANUAwAEFAMAGRQDABsUAwAu1AMAMhQDAASUQwAF1EMAGlRDABzUQwAwFEMAMhRDAAXUgwAMFIMAG5SDAB6UgwAxVIMANFSDAAcUwwAKVMMAHNTDAB7UwwAylMMANpTDAAhVAwAJlQMAHhUDACBVAwAz1QMANxUDAAmVQwALVUMAH1VDACFVQwAO0gTAOFVDAArVgwALlYMAIJWDACMVgwA2VYMANtWDAAwVwwAQVcMAIdXDACYVwwA3lcMAOpXDAA1WAwAPFgMAIxYDACmWAwA41gMAOtYDAA6WQwAO1kMABVjDABEWQwAkVkMAJdZDADoWQwA/FkMAD9aDABHWgwAlloMAKBaDADtWgwA8loMAERbDABMWwwAm1sMAKlbDADyWwwA/1sMAElcDABMXAwAoFwMAKpcDAD3XAwA+VwMAE5dDABfXQwApV0MALZdDAD8XQwABF4MAJJIEwBdXgwAql4MAMZeDAABXwwACV8MAOlIEwBZXwwAr18MAMVfDAAGYAwADmAMAF1gDABrYAwAtGAMAMFgDAALYQwADmEMAGJhDABsYQwAuWEMALthDAAQYgwAIWIMAGdiDAB4YgwAvmIMAMZiDABASRMAJmMMAGxjDAB4YwwAw2MMAMVjDAAaZAwAHWQMAHFkDAB9ZAwAyGQMANBkDACXSRMAKGUMAHZlDACDZQwAzWUMANVlDAAkZgwANmYMAHtmDACIZgwA0mYMANNmDAApZwwAP2cMAIBnDACIZwwA12cMAOVnDAAuaAwAO2gMAIVoDACIaAwA3GgMAOZoDAAzaQwANWkMAIppDACbaQwA4WkMAPJpDAA4agwAQGoMAO5JEwCcagwA5moMAPBqDAA9awwA82oMAI2FDgBLawwAlGsMAKprDADrawwA92sMAEJsDABObAwAmWwMAJ9sDADwbAwA9mwMAEdtDABMbQwAnm0MAKRtDABFShMA+m0MAExuDABObgwAo24MAKpuDAD6bgwAAm8MAFFvDABUbwwAqG8MALFvDAD/bwwADnAMAFZwDABhcAwArXAMALVwDAAEcQwAFHEMAFtxDABpcQwAsnEMAMNxDAAJcgwAFXIMAGByDABocgwASksTANVyDAAOcwwAFnMMAKFLEwBxcwwAvHMMANJzDAATdAwAG3QMAGp0DACJdAwA+EsTAMR0DADLzQwAznQMABh1DAAbdQwAxJ8RACB1DABvdQwAInUMAGtPDwBxdQwAxnUMAHl1DABZggwAgHUMADZ7DADTdQwAHXYMADF2DAB0dgwAfHYMAMt2DADQdgwAIncMADJ3DAB5dwwAgXcMANB3DADadwwAJ3gMADJ4DAB+eAwAingMANV4DADdeAwAT0wTADF5DACDeQwAjHkMANp5DADgeQwAMXoMAEB6DACIegwAlHoMAN96DADiegwApkwTADt7DACNewwAnHsMAOR7DADmewwAO3wMAEx8DACSfAwAo3wMAOl8DAD9fAwAQH0MAEh9DACXfQwApX0MAO59DAD7fQwARX4MAEh+DACcfgwApn4MAPN+DAD1fgwASn8MAFt/DAChfwwAsn8MAPh/DAAEgAwAT4AMAFaADACmgAwAroAMAP2ADAAUgQwAVIEMAGCBDACrgQwAwYEMAAKCDAAFggwA/UwTAGSCDACwggwAvIIMAAeDDAAPgwwAVE0TAGqDDAC1gwwAy4MMAAyEDAAPhAwAY4QMAGuEDAC6hAwAvIQMABGFDAAshQwAaIUMAGqFDAC/hQwAzYUMABaGDAAnhgwAbYYMAG+GDADEhgwA3YYMABuHDAAshwwAcocMAH6HDACrTRMAz4cMACCIDAAuiAwAd4gMAJKIDADOiAwA2ogMACWJDAAriQwAfIkMAISJDADTiQwA44kMACqKDAAvigwAgYoMAIqKDADYigwA5YoMAC+LDAA2iwwAhosMAI6LDAACThMA4osMADSMDAA6jAwAi4wMAJOMDADijAwADo0MADmNDABAjQwAkI0MAKmNDADnjQwA9o0MAD6ODABajgwAWU4TAKGODADsjgwA9o4MAEOPDABLjwwAmo8MAKGPDADxjwwA948MAEiQDABWkAwAn5AMALqQDAD2kAwAApEMAE2RDABTkQwApJEMAKyRDAD7kQwACZIMAFKSDABfkgwAqZIMAKySDAAAkwwACpMMAFeTDABZkwwArpMMALuTDAAFlAwAFJQMAFyUDABolAwAs5QMALuUDACwThMAD5UMAGGVDABnlQwAuJUMAMCVDAAPlgwAO5YMAGaWDABtlgwAvZYMANaWDAAUlwwAI5cMAGuXDAB0lwwAwpcMAMiXDAAZmAwAKpgMAHCYDACYmAwAx5gMAPOYDAAemQwAJZkMAHWZDACOmQwAzJkMANuZDAAjmgwAP5oMAAdPEwB/mgwA0ZoMANuaDAAomwwAOJsMAH+bDACEmwwA1psMAN+bDAAtnAwAOpwMAIScDACLnAwA25wMAOecDAAynQwARZ0MAImdDACYnQwA4J0MAOydDAA3ngwAOJ4MAI6eDACYngwA5Z4MAPOeDAA8nwwAQZ8MAJOfDACgnwwAXk8TAPufDABBoAwAQ6AMAJigDACboAwA76AMAPKgDABGoQwATaEMAJ2hDACpoQwA9KEMAASiDABLogwAW6IMAKKiDACnogwA+aIMAAKjDABQowwAXaMMAKejDACuowwA/qMMAAqkDABVpAwAW6QMAKykDACypAwAA6UMAAilDABapQwAYKUMAGNQEwC7pQwACKYMABamDABfpgwAb6YMALamDAC4pgwADacMABynDABkpwwAbqcMALunDADDpwwAaFETABioDABpqAwAdagMAL9REwDFqAwAF6kMAB+pDABuqQwAfqkMAMWpDADTqQwAHKoMACmqDABzqgwAeqoMAMqqDADSqgwAbVITADKrDAB4qwwAf6sMAM+rDADXqwwAJqwMADOsDAB9rAwAgqwMANSsDADerAwAK60MADOtDACCrQwAm60MANmtDADlrQwAMK4MADiuDADEUhMAk64MAN6uDADhrgwANa8MADqvDACMrwwAna8MAOOvDAD+rwwAOrAMAEawDACRsAwAmLAMAOiwDAAEsQwAP7EMAEexDAAbUxMAm7EMAO2xDAD3sQwARLIMAEyyDACbsgwAnbIMACFeDgCrsgwA8rIMAPeyDABJswwAUrMMAKCzDACtswwA97MMAP6zDAByUxMAV7QMAKW0DACytAwA/LQMAAu1DABTtQwAXbUMAKq1DAC4tQwAAbYMAAa2DABYtgwAZbYMAK+2DAC3tgwAyVMTAAe3DABdtwwAabcMALS3DADBtwwAC7gMABm4DABiuAwAb7gMALm4DADQuAwAELkMABi5DABnuQwAbbkMAL65DADKuQwAFboMADK6DABsugwAdboMAMO6DADRugwAGrsMACC7DABxuwwAfbsMAMi7DADPuwwAH7wMACe8DAB2vAwAlbwMACBUEwDevAwAJL0MADC9DAB7vQwAgr0MANK9DADavQwAKb4MADO+DACAvgwAhb4MANe+DADfvgwALr8MADO/DACFvwwAhr8MANy/DADovwwAM8AMAEDADACKwAwAksAMAOHADADkwAwAOMEMAELBDACPwQwAlcEMAObBDADywQwAPcIMAD/CDACUwgwAqsIMAOvCDAAHwwwAQsMMAErDDAB3VBMAnsMMAPDDDAD4wwwAR8QMAErEDACexAwAp8QMAPXEDAAExQwATMUMAFfFDACjxQwAq8UMAPrFDAAKxgwAUcYMAF/GDACoxgwAucYMAP/GDAALxwwAVscMAF7HDADOVBMAs8cMAATIDAAMyAwAW8gMAGLIDACyyAwAwMgMAAnJDAAPyQwAYMkMAGzJDAC3yQwAxskMAA7KDAAYygwAZcoMAGrKDAC8ygwAwsoMABPLDAAnywwAJVUTAHbLDADBywwAzssMABjMDAAbzAwAb8wMAH3MDADGzAwAy8wMAB3NDAAqzQwAdM0MAHzNDAB8VRMA080MACLODAAozgwAec4MACnODABMcw0Ahc4MANDODADtzgwAJ88MADDPDAB+zwwAjM8MANXPDADbzwwALNAMADjQDACD0AwAitAMANNVEwDb0AwAp1ENAObQDAAx0QwA6tAMAEFODQBE0QwAiNEMAJLRDADf0QwA69EMADbSDABD0gwAjdIMAJDSDADk0gwA8tIMADvTDABA0wwAktMMAJ/TDADp0wwA8dMMACpWEwBG1AwAl9QMAKXUDADu1AwACdUMAEXVDABR1QwAnNUMAKLVDADYVhMAFtYMAC9XEwBP1gwAodYMAK7WDAD41gwABdcMAE/XDABb1wwAptcMALXXDAD91wwAB9gMAFTYDABi2AwAq9gMALDYDAAC2QwAD9kMAFnZDAB12QwAsNkMALjZDACGVxMADNoMAF7aDABk2gwAtdoMAL3aDAAM2wwADdsMAGPbDABq2wwAutsMAL/bDAAR3AwAGdwMAGjcDAB23AwAv9wMAMLcDAAW3QwAHt0MAG3dDAB63QwAxN0MAMndDAAb3gwAJd4MAHLeDAB63gwAyd4MANreDAAg3wwAJd8MAHffDAB53wwAzt8MANXfDAAl4AwAMeAMAHzgDACD4AwA3VcTAN/gDAAq4QwAR+EMAIHhDACK4QwA2OEMAObhDAAv4gwANeIMAIbiDACS4gwA3eIMAOTiDAA04wwAPOMMAIvjDACh4wwA4uMMAOfjDAA55AwAQOQMAJDkDACZ5AwA5+QMAPjkDAA+5QwASuUMAJXlDACd5QwAi1gTAPLlDABD5gwASOYMAJrmDAC15gwA8eYMAP/mDABI5wwAT+cMAJ/nDACr5wwA9ucMAPnnDABN6AwAVegMAKToDACl6AwA++gMAP3oDABS6QwAYekMAKnpDADJ6QwAAOoMAALqDABX6gwAbuoMAK7qDAC66gwABesMAA3rDADiWBMAYesMALPrDAC76wwACuwMABrsDABh7AwAb+wMALjsDADJ7AwAD+0MABvtDABm7QwAae0MAL3tDADF7QwAFO4MACLuDABr7gwAeO4MAMLuDADK7gwAGe8MAFHvDAA5WRMAcu8MAMfvDADV7wwAHvAMAC/wDACQWRMAe/AMAMzwDADY8AwA51kTAD/xDACVWhMAg/EMANHxDADn8QwAKPIMAC7yDADl9QwAOPIMAH/yDACB8gwA1vIMAOTyDAAt8wwAPvMMAOxaEwCL8wwAQ1sTAOfzDAAy9AwANfQMAIn0DACT9AwA4PQMAOP0DAA39QwASfUMAI71DACq9QwAmlsTAO71DAA89gwASfYMAJP2DACd9gwA6vYMAPj2DABB9wwAV/cMAJj3DACk9wwA7/cMAPv3DABG+AwATPgMAJ34DACj+AwA9PgMAPn4DABL+QwAUfkMAPFbEwCu+QwA+fkMAPz5DABQ+gwAWvoMAKf6DACq+gwA/voMAAf7DABV+wwAY/sMAKz7DAC2+wwAA/wMAA/8DABa/AwAXfwMALH8DADD/AwACP0MACT9DABIXBMAZv0MAChTDwBp/QwAtv0MAML9DAAN/gwAEP4MAGT+DABu/gwAu/4MAL7+DAAS/wwAG/8MAGn/DAB3/wwAwP8MAMr/DAAXAA0AIwANAJ9cEwBvAA0AxQANANEADQAcAQ0AKwENAHMBDQB7AQ0A9lwTAMwBDQAhAg0ALwINAHgCDQCJAg0ATV0TANYCDQCkXRMALgMNAFJeEwB+Aw0ACSANAIADDQABDQ0AgQMNADAFDQCDAw0AYg8NAIQDDQCbCQ0AhgMNABMiDQCJAw0A1AMNAIoDDQCRBw0AjAMNANIUDQDaAw0AKwQNADEEDQCCBA0AhwQNANkEDQDfBA0AqV4TADIFDQCHBQ0AjQUNAN4FDQDrBQ0Arl8TAEIGDQCMBg0AowYNAOMGDQD/Bg0AOgcNAEIHDQAFYBMAlgcNAOgHDQDyBw0APwgNAE0IDQCWCA0ApQgNAO0IDQD5CA0AXGATAEwJDQCzYBMApwkNAPIJDQDzCQ0ASQoNAE8KDQCgCg0ArAoNAPcKDQAGCw0ATgsNAFALDQClCw0ArwsNAPwLDQAIDA0AUwwNAFoMDQAKYRMAsgwNAGFhEwALDQ0AWA0NAF4NDQCvDQ0AvQ0NAAYODQAVDg0AXQ4NAGcODQC0Dg0A0A4NAAsPDQATDw0AuGETAG4PDQC5Dw0AyA8NABAQDQAVEA0AZxANAIIQDQC+EA0AyhANABURDQAbEQ0AbBENAG4RDQDDEQ0A3BENABoSDQArEg0AcRINAH0SDQDIEg0A4BINAB8TDQArEw0AdhMNAHwTDQDNEw0A0xMNACQUDQApFA0AexQNAIEUDQAPYhMA1xQNACkVDQAvFQ0AgBUNAD8VDQBCGg0AjBUNANcVDQDvFQ0ALhYNADIWDQDhFw0AOhYNAIUWDQCLFg0A3BYNAOIWDQAzFw0AOBcNAIoXDQCQFw0AFGMTAOMXDQA4GA0APhgNAI8YDQCcGA0AGWQTAPMYDQA9GQ0AVBkNAJQZDQCwGQ0A6xkNAPMZDQBwZBMAQxoNAJkaDQCnGg0A8BoNAAEbDQBHGw0AUxsNAJ4bDQC2Gw0A9RsNAPkbDQCoHQ0AARwNAEwcDQBSHA0AoxwNAKkcDQD6HA0A/xwNAFEdDQBXHQ0Ax2QTAKodDQD/HQ0ABR4NAFYeDQBjHg0AzGUTALoeDQAEHw0AGx8NAFsfDQB3Hw0Ash8NALofDQAjZhMACyANAGAgDQBmIA0AtyANALogDQAOIQ0AGiENAGUhDQCBIQ0AvCENAMQhDQB6ZhMAFiINAGoiDQB2Ig0AwSINAMciDQAYIw0AMCMNAG8jDQBzIw0AIiUNAHYjDQCNKQ0AeyMNAMYjDQB8Iw0AgycNAMwjDQAdJA0AIyQNAHQkDQB5JA0AyyQNANEkDQDRZhMAJCUNAHklDQB/JQ0A0CUNAN0lDQDWZxMANCYNAH4mDQCVJg0A1SYNAPEmDQAsJw0ANCcNAC1oEwCIJw0A2icNAOQnDQAxKA0APygNAIgoDQCXKA0A3ygNAOsoDQCEaBMAPikNANtoEwCZKQ0A5CkNAOUpDQA7Kg0AQSoNAJIqDQCeKg0A6SoNAPgqDQBAKw0AQisNAJcrDQChKw0A7isNAPorDQBFLA0ATCwNADJpEwCkLA0AiWkTAP0sDQBKLQ0AVi0NAKEtDQC3LQ0A+C0NAAQuDQBPLg0AYi4NAKYuDQC0Lg0A/S4NAAcvDQDgaRMAXC8NADdqEwDBLw0AAjANAA4wDQBZMA0AZjANALAwDQC6MA0ABzENAAkxDQBeMQ0AaDENALUxDQDDMQ0ADDINABEyDQBjMg0AcDINALoyDQDCMg0AETMNACEzDQBoMw0AajMNAL8zDQDIMw0AFjQNACc0DQBtNA0AdzQNAI5qEwDQNA0AGzUNADI1DQByNQ0AjTUNAOVqEwDiNQ0AIDYNACY2DQB3Ng0AgTYNADxrEwDQNg0AJTcNADY3DQB8Nw0AhDcNANM3DQCYNw0Am2ANAN83DQAqOA0AMDgNAIE4DQCHOA0A2DgNAN04DQAvOQ0ANTkNAJNrEwCiOQ0A3TkNAOU5DQCYbBMAQjoNAIs6DQCcOg0A4joNAPM6DQA5Ow0ARTsNAJA7DQCXOw0A72wTAPg7DQA+PA0ATzwNAJU8DQChPA0A7DwNAPM8DQBGbRMART0NAJo9DQCbPQ0A8T0NAPk9DQBIPg0ATT4NAJ8+DQCoPg0A9j4NAAA/DQBNPw0AVT8NAKQ/DQCpPw0A+z8NAAtADQBSQA0AWkANAKlADQC/QA0AAEENAAxBDQBXQQ0AbUENAK5BDQCzQQ0ABUINAAtCDQBcQg0AcEINAJ1tEwDJQg0ACkMNABhDDQBhQw0AbkMNALhDDQC6Qw0AD0QNABlEDQBmRA0AckQNAL1EDQDERA0AFEUNABxFDQBrRQ0AhEUNAMJFDQDWRQ0AGUYNACFGDQBwRg0AckYNAMdGDQDURg0AHkcNACNHDQB1Rw0Af0cNAMxHDQDXRw0AI0gNAC9IDQB6SA0AgEgNANFIDQDZSA0AKEkNAClJDQB/SQ0AhUkNANZJDQDbSQ0ALUoNADxKDQCESg0AkEoNANtKDQDeSg0AMksNADVLDQD0bRMAjksNAOBLDQD8Sw0AS24TAFdMDQCOTA0AlkwNAKJuEwDrTA0APE0NAEhNDQD5bhMAmU0NAOpNDQD2TQ0AWnETAENODQCYTg0Aok4NAO9ODQDxTg0ARk8NAFdPDQCdTw0ApU8NAPRPDQAAUA0AS1ANAFFQDQCiUA0AqFANAPlQDQD+UA0AUFENAFZRDQCxcRMAqVENAP5RDQAEUg0AVVINAFhSDQCsUg0AuFINAANTDQALUw0AtnITAGBTDQCxUw0At1MNAAhUDQANVA0AX1QNAGVUDQANcxMAuFQNAA1VDQAWVQ0AZFUNAHtVDQC7VQ0AxlUNABJWDQAcVg0AaVYNAHFWDQASdBMAzVYNABdXDQAfVw0AblcNAHhXDQDFVw0A0FcNABxYDQAiWA0Ac1gNAH9YDQDKWA0AzFgNACFZDQAoWQ0AeFkNAIBZDQDPWQ0A4VkNAGl0EwBlWg0AfVoNAIVaDQDUWg0A91oNAG51EwAtWw0AglsNAI9bDQDZWw0A4FsNADBcDQBBXA0Ah1wNAJNcDQDeXA0A5VwNADVdDQA2XQ0Ag34NAD1dDQDFdRMAn10NAONdDQDyXQ0AOl4NAEZeDQCRXg0Akl4NAOheDQDyXg0AP18NAE1fDQCWXw0Am18NAO1fDQD6Xw0AHHYTAExgDQBzdhMAo2ANAMp2EwAAYQ0ASWENAFhhDQCgYQ0AwGENAPdhDQADYg0ATmINAFViDQClYg0ArWINAPxiDQD+Yg0AU2MNAF1jDQDPdxMAtGMNAAFkDQAJZA0AJngTAGJkDQCvZA0At2QNAH14EwBGZQ0AXWUNAGVlDQC0ZQ0A0mUNANR4EwAQZg0AjlEOABdmDQD7ThAAGWYNAGJmDQBpZg0As0wPAHJmDQC5Zg0AyWYNABBnDQAcZw0AZ2cNAG1nDQC+Zw0A2mcNABVoDQAdaA0AK3kTAIBoDQDDaA0AzWgNABppDQAmaQ0AcWkNAHlpDQCCeRMA02kNAB9qDQAhag0AdmoNAHxqDQDNag0A1WoNANl5EwAmaw0Ae2sNAH5rDQDSaw0A2msNAClsDQA5bA0AgGwNAIJsDQDXbA0A5WwNAC5tDQA/bQ0AMHoTAIxtDQCHehMA4m0NADNuDQA4bg0Aim4NAJBuDQDeehMA624NADhvDQA6bw0Aj28NAKJvDQDmbw0A7m8NAD1wDQBJcA0AlHANAJpwDQDrcA0A8XANAEJxDQBHcQ0AmXENAJ9xDQDjexMA+XENAEdyDQBUcg0AnnINAKVyDQD1cg0A/XINADp8EwBYcw0Ao3MNAK1zDQD6cw0ABnQNAFF0DQBgdA0AqHQNALJ0DQD/dA0AC3UNAFZ1DQBddQ0AkXwTALB1DQD/LBAAs3UNAAR2DQC8dQ0AET0PAL51DQANWg4AEHYNAFt2DQBjdg0A6HwTAL52DQAJdw0AE3cNAGB3DQBsdw0At3cNAMZ3DQAOeA0AGHgNAGV4DQBxeA0AvHgNAMN4DQA/fRMAIXkNAGp5DQAzeQ0AGC0PAIF5DQDBeQ0AznkNABh6DQAaeg0Ab3oNAIB6DQDGeg0A4noNAB17DQAlew0Aln0TAI17DQDLew0A33sNACJ8DQAqfA0AeXwNAHx8DQDQfA0A3nwNACd9DQA+fQ0Afn0NAIt9DQDVfQ0A130NACx+DQA9fg0A7X0TAIl+DQDafg0A334NADF/DQBHfw0AiH8NAJZ/DQDffw0A4n8NADaADQBCgA0AjYANAJOADQDkgA0A8IANADuBDQBngQ0AkoENAJ6BDQDpgQ0A+IENAECCDQBKgg0Al4INAKWCDQDugg0A84INAEWDDQBSgw0ARH4TAJ6DDQDzgw0AAYQNAEqEDQBXhA0AoYQNALOEDQCbfhMAB4UNAE+FDQBbhQ0ApoUNAL+FDQD9hQ0A/4UNAFSGDQBjhg0Aq4YNAMuGDQAChw0ACocNAFmHDQB8hw0A8n4TALWHDQAHiA0ACogNAF6IDQBoiA0AtYgNAL2IDQAMiQ0AEokNAGOJDQBviQ0AuokNAMmJDQARig0AHYoNAGiKDQB1ig0Av4oNAMmKDQAWiw0AHosNAG2LDQB8iw0AxIsNAMaLDQAbjA0ALIwNAHKMDQCDjA0AyYwNANGMDQAgjQ0AMY0NAHeNDQB5jQ0Azo0NANGNDQAljg0AL44NAHyODQCgjg0A044NAO+ODQBJfxMAMI8NAIGPDQCGjw0A2I8NAOePDQAvkA0AO5ANAIaQDQCJkA0A3ZANAOCQDQA0kQ0APJENAIuRDQCakQ0A4pENAOeRDQA5kg0AT5INAJCSDQCRkg0A55INAPiSDQA+kw0ASpMNAJWTDQCfkw0A7JMNAPiTDQBDlA0ASpQNAKB/EwCelA0A8ZQNAP+UDQBIlQ0AUpUNAJ+VDQCqlQ0A9pUNAP6VDQBNlg0AWZYNAKSWDQC3lg0A+5YNAAmXDQBSlw0AXJcNAKmXDQCxlw0AAJgNAA+YDQBXmA0AXJgNAK6YDQC1mA0ABZkNABGZDQD3fxMAaJkNALOZDQC2mQ0ACpoNAA2aDQBhmg0Ae5oNALiaDQDEmg0AD5sNACKbDQBmmw0AdJsNAL2bDQDHmw0AFJwNADecDQBOgBMAdZwNAMKcDQDOnA0AGZ0NACCdDQBwnQ0AeJ0NAMedDQDLnQ0AHp4NACyeDQB1ng0Af54NAMyeDQDXng0AI58NACufDQB6nw0AiZ8NANGfDQDWnw0AKKANAC+gDQB/oA0Ai6ANANagDQDeoA0ApYATAEOhDQBVChAARqENAIShDQCOoQ0A26ENAOehDQAyog0ANaINAImiDQCTog0A4KINAOOiDQA3ow0AR6MNAI6jDQCQow0A5aMNAPOjDQA8pA0ATaQNAPyAEwCapA0AU4ETAAOlDQBBpQ0AS6UNAJilDQCkpQ0A76UNAPKlDQBGpg0AUKYNAKqBEwCipg0A9KYNABSnDQBLpw0AU6cNAAGCEwCwpw0A+acNAA+oDQBQqA0AXKgNAKeoDQCuqA0A/qgNAAapDQBVqQ0AWqkNAKypDQC1qQ0AA6oNAA2qDQBaqg0AYqoNALGqDQC/qg0ACKsNABWrDQBfqw0AZ6sNAFiCEwDGqw0ADawNABWsDQCvghMAa6wNALusDQDHrA0AEq0NABmtDQBprQ0Aca0NAMCtDQDKrQ0AF64NACWuDQBurg0AhK4NAMWuDQDRrg0AHK8NACGvDQBzrw0AfK8NAMqvDQDUrw0AIbANACmwDQB4sA0AfbANAM+wDQDfsA0AJrENAC6xDQAGgxMAi7ENANSxDQDqsQ0AK7INADeyDQCCsg0AibINANmyDQDhsg0AMLMNADWzDQCHsw0AkLMNAN6zDQDosw0ANbQNAD20DQCMtA0AjrQNAHHADQCatA0A47QNAPC0DQA6tQ0AQrUNALSDEwCdtQ0A6LUNAOu1DQA/tg0ASbYNAAuEEwCktg0A7bYNAAO3DQBEtw0AULcNAJu3DQCitw0A8rcNAPq3DQBJuA0ATrgNAKC4DQCpuA0A97gNAAG5DQBOuQ0AVrkNAKW5DQCnuQ0A/LkNAAy6DQBTug0AXboNAKq6DQC2ug0AAbsNAAe7DQC5hBMAZrsNAK+7DQDFuw0ABrwNABK8DQBdvA0AYrwNALS8DQC9vA0AC70NABW9DQBivQ0Aar0NALm9DQDbvQ0AEIUTAB++DQBnvg0Ac74NAL6+DQC/vg0AFb8NAB+/DQBsvw0Aer8NAMO/DQDIvw0AGsANACfADQBnhRMAgcANAMjADQDSwA0AH8ENACvBDQB2wQ0AfMENAM3BDQDVwQ0AbIYTACnCDQB7wg0Ag8INANLCDQDewg0ABM0NAOvCDQApww0ANcMNAIDDDQCIww0Aw4YTAOTDDQAuxA0ANsQNAIXEDQCTxA0A3MQNAOnEDQAzxQ0ANsUNAIrFDQCUxQ0A4cUNAOPFDQA4xg0ARcYNAI/GDQCexg0A5sYNAPLGDQA9xw0ARccNABqHEwCkxw0A68cNAPPHDQBCyA0ATsgNAJnIDQCfyA0A8MgNAPbIDQBHyQ0ATMkNAJ7JDQCkyQ0AcYcTAALKDQBMyg0AUcoNAKPKDQCtyg0A+soNAALLDQBRyw0AXcsNAKjLDQC7yw0A/8sNAA3MDQBWzA0AWcwNAK3MDQC3zA0AyIcTABfNDQBbzQ0Aac0NALLNDQC1zQ0ACc4NABPODQAfiBMAZc4NALfODQBuzg0A++0NAL/ODQAOzw0AGs8NAGXPDQBrzw0AvM8NAHjPDQCa6w0Aws8NABPQDQAY0A0AatANAHDQDQB2iBMAx9ANABjRDQAd0Q0Ab9ENAHXRDQDNiBMA1NENAB3SDQA40g0AdNINAIDSDQDL0g0A0tINACSJEwAr0w0AedMNAIbTDQDQ0w0A3NMNACfUDQA61A0AftQNAH/UDQDV1A0A4dQNACzVDQA71Q0Ag9UNAI3VDQDa1Q0A5tUNADHWDQA41g0Ae4kTAI7WDQDf1g0A5dYNADbXDQA71w0AjdcNAJPXDQApihMA7dcNADvYDQBI2A0AktgNAJbYDQDp2A0A69gNAEDZDQBN2Q0Al9kNAKHZDQCAihMA9dkNAEXaDQBN2g0AnNoNAKjaDQDz2g0ABtsNAErbDQBZ2w0AodsNAK3bDQD42w0A+dsNAE/cDQBZ3A0AptwNALTcDQD93A0AAt0NAFTdDQBh3Q0A14oTALfdDQAC3g0ACN4NAFneDQBf3g0AsN4NALXeDQAH3w0ADd8NAC6LEwBj3w0Atd8NAL/fDQDcixMAFOANAGPgDQBw4A0AuuANAL/gDQAR4Q0AG+ENAGjhDQBw4Q0Av+ENAMvhDQAW4g0AKeINAG3iDQBu4g0AxOINANDiDQAb4w0AKuMNAHLjDQB84w0AyeMNANHjDQAg5A0AIuQNADOMEwCA5A0AzuQNAN3kDQAl5Q0ANOUNAHzlDQCI5Q0A0+UNANblDQAq5g0ALeYNAIqMEwCD5g0A2OYNANvmDQAv5w0AN+cNAIbnDQCT5w0A3ecNAOLnDQA06A0APugNAIvoDQCT6A0A4ugNAO7oDQA56Q0ATOkNAJDpDQCR6Q0A5+kNAPPpDQA+6g0ATeoNAJXqDQCf6g0A7OoNAPjqDQBD6w0ASusNAOGMEwCp6w0A8esNAP3rDQBI7A0ASewNAJ/sDQCp7A0A9uwNAATtDQBN7Q0AUu0NAKTtDQCx7Q0AOI0TAAzuDQCPjRMAX+4NAKnuDQC37g0AAO8NABHvDQBX7w0Aee8NAOaNEwCz7w0ABfANALTvDQDBJw4ADfANAFzwDQBd8A0Ax/QNAF/wDQDM9Q0AYfANAMLzDQBi8A0AKPcNAGPwDQC98g0Aa/ANALPwDQB18A0AN/oNALjwDQAK8Q0AF/ENAGHxDQBu8Q0AuPENAMTxDQAP8g0AHvINAGbyDQBw8g0APY4TAMvyDQAU8w0AFvMNAGvzDQB88w0AlI4TAMPzDQAZ9A0AJfQNAHD0DQB99A0A644TANX0DQAe9Q0AK/UNAHX1DQCM9Q0AQo8TANX1DQCE+A0A1vUNACP2DQAl9g0AevYNAID2DQDR9g0A2/YNAJmPEwA09w0Af/cNAIH3DQDW9w0A5fcNAC34DQA4+A0A8I8TAJP4DQDb+A0A6vgNADL5DQA++Q0AifkNAJX5DQDg+Q0A5/kNAEeQEwBD+g0AjvoNAJb6DQCekBMA/voNADz7DQBN+w0Ak/sNAJ/7DQD1kBMA8fsNAEH8DQBJ/A0AmPwNAJn8DQDv/A0A9fwNAEb9DQBL/Q0Anf0NAJ79DQD0/Q0AAP4NAEv+DQBR/g0Aov4NAKz+DQD5/g0AB/8NAGkEDgAN/w0AUP8NAFj/DQBMkRMAt/8NAP7/DQAGAA4AVQAOAF4ADgCsAA4AYgAOAGQDDgC5AA4AAwEOAAoBDgBaAQ4AZgEOALEBDgDBAQ4ACAIOABYCDgBfAg4AbAIOALYCDgDCAg4ADQMOABQDDgCjkRMAbQMOALsDDgDMAw4AEgQOACMEDgD6kRMAdQQOAMAEDgDDBA4AFwUOAB8FDgBuBQ4AcwUOAMUFDgDVBQ4AHAYOACQGDgBzBg4AfAYOAMoGDgCABg4AggkOANcGDgAhBw4AKAcOAHgHDgCEBw4AzwcOAN8HDgAmCA4ANAgOAH0IDgCKCA4A1AgOAOAIDgArCQ4AMgkOAFGSEwCLCQ4A2QkOAOoJDgAwCg4AQQoOAKiSEwCMCg4A3goOAOsKDgA1Cw4AQQsOAIwLDgCWCw4A4wsOAPcLDgA6DA4AOwwOAJEMDgCdDA4A6AwOAAcNDgA/DQ4ARw0OAJYNDgCbDQ4A7Q0OAAYODgBEDg4AcA4OAJsODgCnDg4A8g4OAAEPDgBJDw4AUw8OAKAPDgCoDw4A9w8OAAIQDgBOEA4AUBAOAKUQDgCoEA4A/BAOAAQRDgBTEQ4AYBEOAKoRDgCvEQ4AARIOAAkSDgBYEg4AWhIOAK8SDgC5Eg4ABhMOABATDgBdEw4AYxMOALQTDgDCEw4ACxQOACQUDgBiFA4AaxQOALkUDgDDFA4AEBUOABwVDgD/khMAcxUOAL4VDgDIFQ4AFRYOACAWDgBsFg4AcRYOAMMWDgDKFg4AGhcOACIXDgBxFw4AnhcOAFaTEwDPFw4AHxgOACcYDgB2GA4AoxgOAM0YDgDSGA4AJBkOACUZDgB7GQ4AhRkOANIZDgDgGQ4AKRoOAC4aDgCAGg4AjRoOANcaDgDzGg4ALhsOAEobDgCtkxMAkhsOANwbDgDgGw4AMxwOADkcDgCKHA4AjBwOAOEcDgDiHA4AOB0OAFsdDgCPHQ4Asx0OAOYdDgATHg4APR4OAEUeDgCUHg4AmR4OAOseDgD4Hg4AQh8OAEofDgCZHw4Amx8OAPAfDgD4Hw4ARyAOAHQgDgCeIA4AqyAOAPUgDgD6IA4ATCEOAFkhDgCjIQ4AryEOAPohDgAnIg4AUSIOAFkiDgCoIg4AwyIOAP8iDgABIw4AViMOAGcjDgCtIw4AtiMOAAQkDgAQJA4ABJQTAGgkDgCyJA4AzSQOAAklDgAOJQ4AYCUOAIAlDgC3JQ4AwyUOAA4mDgAWJg4AW5QTAHMmDgC8Jg4AxiYOABMnDgAeJw4AaicOAHInDgAJlRMAyicOABgoDgAiKA4AbygOAHooDgDGKA4A2igOAB0pDgAyKQ4AdCkOAHwpDgDLKQ4A4ikOACIqDgAnKg4AeSoOAIMqDgDQKg4A2CoOAGCVEwApKw4AfisOAI8rDgDVKw4A2CsOACwsDgA4LA4At5UTAJEsDgDaLA4A6ywOAA6WEwA0LQ4AiC0OAIstDgDfLQ4A6y0OADYuDgA8Lg4AjS4OAJcuDgBllhMA8S4OADsvDgBSLw4Aki8OAJovDgC8lhMA7y8OAEAwDgBGMA4AlzAOAK8wDgDuMA4A8DAOAEUxDgBIMQ4AnDEOAJ8xDgDzMQ4A/zEOAEoyDgBQMg4AoTIOAKsyDgBqlxMA/TIOAE8zDgBcMw4AwZcTALYzDgD9Mw4ACTQOAFQ0DgBaNA4AqzQOALc0DgACNQ4AuTQOAHJJEQAPNQ4AWTUOAGg1DgCwNQ4AvDUOAAc2DgAPNg4AGJgTAGY2DgC1Ng4AtzYOAAw3DgAbNw4AYzcOAG03DgC6Nw4AwzcOABE4DgATOA4AaDgOAHk4DgC/OA4A1DgOABY5DgAeOQ4AbTkOAK45DgDEOQ4AzDkOABs6DgAnOg4AcjoOAIU6DgDJOg4AyjoOACA7DgAsOw4AdzsOAIY7DgDOOw4A2DsOACU8DgAxPA4AfDwOAIM8DgDGmBMA7zwOAB2ZEwAtPQ4AgT0OAIk9DgDYPQ4A5T0OAC8+DgA0Pg4Ahj4OAJA+DgDdPg4A5T4OADQ/DgA+Pw4An0MOAEQ/DgCpRQ4AYT8OAIs/DgCVPw4A4j8OAJs/DgCVQQ4A6D8OADlADgBCQA4AkEAOAJxADgDnQA4AFEEOAD5BDgBaQQ4Ay5kTAJdBDgDsQQ4A/UEOAENCDgBGQg4AmkIOAKZCDgDxQg4AHkMOAEhDDgBkQw4AIpoTAKVDDgD2Qw4A/0MOAE1EDgBXRA4ApEQOAK9EDgD7RA4AD0UOAFJFDgBuRQ4AeZoTAKtFDgAARg4AEUYOAFdGDgBaRg4ArkYOAMJGDgAFRw4AIUcOANCaEwBkRw4AJ5sTALVHDgAKSA4AF0gOAGFIDgBrSA4AfpsTAMBIDgDVmxMAG0kOAGZJDgBsSQ4AvUkOAMNJDgAUSg4AGUoOAGtKDgBxSg4ALJwTAMxKDgAZSw4AIUsOANqcEwB2Sw4Ax0sOAM9LDgAeTA4AK0wOAHVMDgCBTA4AzEwOAM5MDgAjTQ4AKU0OAHpNDgCCTQ4AMZ0TAN5NDgAoTg4AL04OAH9ODgCHTg4A1k4OANtODgAtTw4APU8OAIRPDgCMTw4A208OAOlPDgAyUA4AP1AOAIlQDgCKUA4A4FAOAOlQDgA3UQ4AQVEOAIidEwCaUQ4A5VEOAOhRDgA8Ug4ARFIOAJNSDgCgUg4A6lIOAO9SDgBBUw4AS1MOAJhTDgCgUw4A71MOAPtTDgBGVA4AWVQOAJ1UDgCrVA4A9FQOAPdUDgBLVQ4AVVUOAN+dEwCnVQ4A+VUOAAVWDgBQVg4AU1YOAKdWDgCvVg4A/lYOAAtXDgBVVw4AWlcOAKxXDgC2Vw4AA1gOAAtYDgBaWA4AZlgOALFYDgDEWA4ACFkOABZZDgBfWQ4AYlkOALZZDgDAWQ4ANp4TABNaDgBkWg4AcFoOALtaDgC9Wg4AElsOABlbDgBpWw4AfVsOAMBbDgDIWw4AF1wOACNcDgBuXA4AgVwOAMVcDgDTXA4AHF0OAB9dDgBzXQ4AfV0OAMpdDgDNXQ4AjZ4TADxeDgB4Xg4Ael4OAM9eDgDdXg4AJl8OADdfDgB9Xw4Af18OANRfDgDtXw4AK2AOADxgDgCCYA4AjmAOAOSeEwDiYA4AMGEOAD1hDgCHYQ4AkWEOAN5hDgDsYQ4ANWIOAEtiDgCMYg4AmGIOAONiDgDvYg4AOmMOAE1jDgCRYw4AoGMOAOhjDgD0Yw4AP2QOAEBkDgCWZA4AoGQOAO1kDgD7ZA4ARGUOAEllDgCbZQ4AqGUOADufEwAAZg4ASWYOAF9mDgCgZg4ArGYOAPdmDgD+Zg4ATmcOAFZnDgClZw4AqmcOAPxnDgAFaA4AU2gOAF1oDgCqaA4AsmgOAAFpDgAFaQ4AWGkOAFppDgCvaQ4AvWkOAAZqDgAQag4AXWoOAGtqDgC0ag4AwWoOAAtrDgAiaw4AYmsOAGprDgC5aw4AyWsOABBsDgAVbA4AZ2wOAG1sDgC+bA4AxmwOABVtDgAabQ4AbG0OAG1tDgDDbQ4Az20OABpuDgAgbg4AcW4OAHNuDgDIbg4A0m4OAB9vDgAtbw4Adm8OAHtvDgDNbw4A2m8OAECgEwAqcA4Ae3AOAIBwDgDScA4A2HAOAJegEwAucQ4AgHEOAI1xDgDXcQ4A5HEOAC5yDgA6cg4AhXIOAJRyDgDccg4A5nIOADNzDgBBcw4AinMOAI9zDgDhcw4A7nMOADh0DgBAdA4AnKETAJt0DgDmdA4A9nQOAD11DgBGdQ4AlHUOAJd1DgDrdQ4A93UOAEJ2DgBJdg4A86ETAJ52DgDwdg4A/XYOAEd3DgBUdw4AnncOAKp3DgD1dw4ABHgOAEx4DgBWeA4Ao3gOALF4DgD6eA4A/3gOAFF5DgBeeQ4AqHkOALB5DgBKohMAC3oOAFZ6DgBmeg4ArXoOALZ6DgAEew4AB3sOAFt7DgBnew4AsnsOALl7DgChohMADnwOAGB8DgBpfA4AhvsRAG18DgC3fA4AxHwOAA59DgAafQ4AZX0OAHR9DgC8fQ4Axn0OABN+DgAhfg4Aan4OAG9+DgDBfg4Azn4OABh/DgAgfw4A+KITAHt/DgDGfw4A1n8OAB2ADgAmgA4AdIAOAHeADgDLgA4A14AOACKBDgApgQ4AT6MTAJCBDgDQgQ4A1oEOACeCDgAzgg4AfoIOAJWCDgDVgg4A14IOACyDDgA2gw4Ag4MOAI+DDgDagw4A5oMOADGEDgA3hA4AiIQOAI6EDgDfhA4A5IQOADaFDgA8hQ4ApqMTAJuFDgDkhQ4A8YUOADuGDgBShg4AkoYOAJqGDgDphg4A7IYOAECHDgBMhw4Al4cOAKiHDgDuhw4A+ocOAEWIDgBUiA4AnIgOAKaIDgDziA4A/4gOAEqJDgBRiQ4AoYkOAKmJDgD4iQ4AAooOAE+KDgBbig4ApooOAKmKDgD9ig4AB4sOAP2jEwBuiw4AVKQTALWLDgACjA4ABIwOAFmMDgBfjA4AsIwOALqMDgAHjQ4AD40OAAKlEwBhjQ4AhvYQAGmNDgC1jQ4Ato0OAAyODgAWjg4AY44OAI6ODgBZpRMAyo4OABGPDgATjw4AaI8OAHaPDgC/jw4A0I8OALClEwAckA4AbZAOAHmQDgDEkA4AxpAOABuRDgAekQ4AcpEOAHeRDgDJkQ4A1pEOACCSDgA8kg4Ad5IOAH+SDgBephMA25IOACWTDgBAkw4AfJMOAH6TDgDTkw4A5JMOACqUDgA4lA4AgZQOAIiUDgDYlA4A4JQOAC+VDgA0lQ4AhpUOAI+VDgDdlQ4A55UOADSWDgA1lg4Ai5YOAJSWDgDilg4A7JYOADmXDgBBlw4AkJcOAKCXDgDnlw4A7ZcOAD6YDgBDmA4AlZgOAKuYDgDsmA4A9JgOAEOZDgBGmQ4AmpkOAFKZDgD2mg4AupkOAPGZDgD/mQ4ASJoOAEmaDgC1phMAr5oOAAynEwAHmw4ATZsOAFmbDgCkmw4AppsOAPubDgAInA4AY6cTAFicDgCpnA4AyZwOAACdDgAInQ4AuqcTAAydDgAmtg4AWp0OAK6dDgC4nQ4AEagTAA6eDgBcng4Acp4OALOeDgDJng4ACp8OAAyfDgBhnw4AZ58OALifDgDMnw4Av6gTABygDgAWqRMAbaAOAL2gDgDFoA4AFKEOAB6hDgBroQ4Ad6EOAMKhDgDFoQ4AGaIOACOiDgBtqRMAeaIOAMeiDgDdog4AHqMOADSjDgB1ow4Ad6MOAMyjDgDSow4AI6QOADekDgAbqhMAfKQOANGkDgCKpA4AgUwRAPGkDgByqhMAL6UOAH+lDgCHpQ4A1qUOAOClDgAtpg4AOaYOAISmDgCHpg4A26YOAOWmDgDJqhMAO6cOAImnDgCfpw4A4KcOAPanDgA3qA4AOagOAI6oDgCUqA4A5agOAPmoDgB3qxMAPqkOAJOpDgChqQ4A6qkOAPupDgDOqxMASKoOACWsEwCkqg4A76oOAPKqDgBGqw4AUKsOANOsEwCmqw4A9KsOAAqsDgBLrA4AYawOAKKsDgCkrA4A+awOAP+sDgBQrQ4AZK0OAIGtEwCzrQ4A/q0OAACuDgBVrg4Ada4OANitEwC2rg4AA68OAA+vDgBarw4AXa8OALGvDgC7rw4AL64TABGwDgBfsA4AdbAOALawDgDMsA4ADbEOAA+xDgBksQ4AarEOALuxDgDPsQ4A3a4TABayDgBpsg4AcbIOAMCyDgDKsg4AF7MOACOzDgBusw4AcbMOAMWzDgDPsw4ANK8TACW0DgBztA4AibQOAMq0DgDgtA4AIbUOACO1DgB4tQ4AfrUOAM+1DgDjtQ4A4q8TAC22DgB9tg4AhbYOANS2DgDetg4AK7cOADe3DgCCtw4AhbcOANm3DgDjtw4AObATADm4DgCHuA4AnbgOAN64DgD0uA4ANbkOADe5DgCMuQ4AkrkOAOO5DgD3uQ4A57ATAEK6DgCRug4AVroOALMOFACXug4Ab9sPAKG6DgDoug4AoroOAGhCEACqug4AtUAQAOq6DgA/uw4ATbsOAJa7DgCnuw4APrETAPS7DgCVsRMATbwOAMq5DwBQvA4Am7wOAJ68DgDyvA4A+7wOAEm9DgBavQ4AoL0OAKq9DgD3vQ4A/70OAE6+DgATvg4A/gkQAFG+DgClvg4Arr4OAPy+DgASvw4AU78OAGm/DgCqvw4ArL8OAAHADgAHwA4AWMAOAGzADgDssRMA18AOAAbBDgAuwQ4AQ7ITAGPBDgAUpg8AacEOABDDDgBqwQ4Ax6cPAGzBDgDCpg8AbcEOALTBDgC2wQ4AC8IOABnCDgBiwg4Ac8IOAJqyEwDBwg4A8bITABbDDgBnww4AbcMOAL7DDgDDww4AFcQOABvEDgBIsxMAeMQOAMPEDgDLxA4A9rMTACbFDgBxxQ4Ae8UOAMjFDgDRxQ4AH8YOACDGDgB2xg4AfsYOAM3GDgDSxg4AJMcOADTHDgCktBMAh8cOANLHDgDUxw4AKcgOAC/IDgCAyA4Ah8gOANfIDgDcyA4ALskOADLJDgCFyQ4AkskOANzJDgDkyQ4AM8oOADjKDgCKyg4AmsoOAPu0EwDyyg4AOMsOAETLDgCPyw4AnssOAObLDgDwyw4APcwOAEvMDgCUzA4AocwOAOvMDgACzQ4AUrUTAEXNDgAAthMAnM0OAPDNDgCgzQ4ACMkTAPjNDgBHzg4Ab84OAJ7ODgDGzg4A9c4OAB3PDgBXthMAVc8OAKPPDgCkzw4A+s8OAAnQDgBR0A4AENAOAATSDgBi0A4AqNAOAKrQDgD/0A4AAtEOAFbRDgBZ0Q4ArdEOALXRDgBctxMACdIOAFvSDgBi0g4AstIOALvSDgAJ0w4AGtMOAGDTDgBs0w4At9MOAL/TDgCztxMAFNQOAGXUDgBs1A4AvNQOAMHUDgAT1Q4AF9UOAGrVDgB31Q4AwdUOANDVDgAY1g4AKdYOAG/WDgBx1g4AxtYOAMnWDgAd1w4AINcOAHTXDgB81w4ACrgTANDXDgDhIQ8A1tcOAJkuEQDX1w4AItgOACXYDgB52A4Ag9gOAGG4EwDZ2A4AJ9kOADbZDgB+2Q4AjdkOANXZDgDh2Q4ALNoOAC/aDgCD2g4AhtoOALi4EwDd2g4AMdsOAFnbDgAPuRMAkNsOAGa5EwDn2w4AvbkTAETcDgCN3A4AntwOAOTcDgDw3A4AO90OAF7dDgCS3Q4Ald0OAOndDgAN3g4AQN4OAEjeDgBruhMAmd4OAO7eDgD83g4ARd8OAFbfDgDCuhMAo98OABm7EwD73w4Ax7sTAE/gDgCh4A4AruAOAPjgDgD74A4AT+EOAFThDgCm4Q4At+EOAP3hDgAJ4g4AHrwTAFniDgCr4g4AvOIOAALjDgAO4w4AWeMOAHPjDgCw4w4AtOMOALrlDgC34w4AG+gOALrjDgB36Q4AvOMOAL/mDgC+4w4AteQOAMHjDgAH5A4ADOQOAF7kDgB15A4AdbwTAMLkDgAM5Q4AHOUOAGPlDgBo5Q4AzLwTALzlDgAR5g4AF+YOAGjmDgB15g4AI70TAMXmDgAW5w4AHOcOAG3nDgBy5w4AxOcOAMrnDgB6vRMAJ+gOAHLoDgCL6A4AyegOANLoDgAg6Q4AN+kOANG9EwB96Q4AzukOANDpDgAl6g4ANOoOAHzqDgCI6g4AKL4TANXqDgAq6w4AO+sOAIHrDgCP6w4A2OsOAN/rDgAv7A4AMewOAIbsDgCQ7A4A3ewOAOvsDgA07Q4AOe0OAIvtDgCY7Q4A4u0OAOrtDgA57g4APe4OAJDuDgCS7g4A5+4OAO3uDgA+7w4AS+8OAH++EwCi7w4A7O8OAAPwDgBD8A4AX/AOANa+EwCm8A4A8fAOAPLwDgBI8Q4ATvEOAJ/xDgCr8Q4A9vEOAAXyDgBN8g4AT/IOAKTyDgCu8g4A+/IOAAnzDgBS8w4AV/MOAKnzDgC28w4AAPQOAAj0DgBX9A4AW/QOAK70DgCw9A4ABfUOAAv1DgBc9Q4AafUOAC2/EwDA9Q4ACvYOACH2DgBh9g4AffYOAIS/EwDB9g4AD/cOAB33DgBm9w4AcPcOAL33DgDJ9w4AFPgOABf4DgBr+A4Ah/gOAML4DgDK+A4A278TACX5DgBw+Q4Ac/kOAMf5DgDR+Q4A4MATACf6DgB1+g4Ag/oOAMz6DgDW+g4AI/sOAC/7DgB6+w4AgvsOAI7BEwDT+w4AKPwOADb8DgB//A4AkPwOAOXBEwDd/A4APMITADL9DgCE/Q4AjP0OANv9DgDh/Q4AMv4OADv+DgCJ/g4Alv4OAOrCEwDl/g4AN/8OAOz+DgDqAA8AQP8OAI7/DgCY/w4A5f8OAO3/DgA8AA8AggAPAJMADwCbAA8AQcMTAPAADwBBAQ8ARwEPAJgBDwCgAQ8A7wEPADUCDwBGAg8ATgIPAJjDEwClAg8A78MTAP0CDwBLAw8AWQMPAKIDDwCsAw8A+QMPAAUEDwBQBA8AUwQPAKcEDwCvBA8AncQTAAoFDwBVBQ8AWAUPAKwFDwC2BQ8A9MQTAAsGDwBLxRMAaAYPALEGDwDCBg8ACAcPABQHDwBfBw8AYgcPAKLFEwD+Bw8ADQgPAFUIDwD5xRMAdAgPALsIDwC9CA8AEgkPACAJDwBpCQ8AegkPAFDGEwDcCQ8AFwoPAB8KDwCnxhMAdAoPACKGDwCBCg8AxQoPANQKDwAcCw8AKAsPAHMLDwB0Cw8AygsPANQLDwAhDA8ALwwPAHgMDwB9DA8AzwwPANwMDwD+xhMANA0PAH0NDwCKDQ8A1A0PANwNDwBVxxMANw4PAIIODwCuDg8A2Q4PAOUODwAwDw8APw8PAIcPDwCRDw8A3g8PAOwPDwA1EA8AOhAPAIwQDwCZEA8A4xAPAOsQDwA6EQ8ASBEPAJERDwCeEQ8A6BEPAPARDwCsxxMAQRIPAFk/EABNEg8AlhIPAKASDwDtEg8A+RIPAEQTDwBLEw8AmxMPAKMTDwDyEw8A9hMPAEkUDwBXFA8AoBQPAKoUDwD3FA8AAhUPAE4VDwBWFQ8ApRUPAKcVDwD8FQ8ABBYPAFMWDwBgFg8AqhYPAK8WDwABFw8ADhcPAFgXDwB2Fw8ArxcPAOAXDwAGGA8AEhgPAF0YDwBjGA8AtBgPALkYDwALGQ8AExkPAGIZDwBuGQ8AuRkPAMwZDwAQGg8AHhoPAGcaDwBxGg8AvhoPAMYaDwAVGw8AJBsPAGwbDwBxGw8AwxsPAMobDwAaHA8AJhwPAHEcDwCNHA8AyBwPANAcDwADyBMAIR0PAHYdDwCEHQ8AzR0PANodDwAkHg8AMh4PAHseDwCIHg8A0h4PAOkeDwApHw8AMR8PAIAfDwCOHw8A1x8PAOQfDwAuIA8ANiAPALHIEwCTIA8A3CAPAN0gDwBfyRMAPyEPAIohDwCRIQ8AtskTAOghDwA4Ig8APSIPAA3KEwCXIg8AZMoTAO4iDwA9Iw8AJCMPAJbKEQA+Iw8AVn8PAEAjDwBggQ8ARiMPAJQjDwBHIw8A+n0PAE0jDwBbgA8AWyMPAJhiEQChIw8A6yMPAPYjDwBCJA8ARCQPAJkkDwCmJA8A8CQPAPckDwBHJQ8AWCUPAJ4lDwCqJQ8A9SUPAPwlDwBMJg8AVCYPALvKEwCpJg8A+iYPAAAnDwBRJw8AVicPAKgnDwCuJw8AEssTAAsoDwBWKA8AYCgPAK0oDwCxKA8ABCkPABApDwBbKQ8AZykPALIpDwC/KQ8ACSoPABEqDwBgKg8AaioPALcqDwDDKg8ADisPABErDwBlKw8AbysPAMDLEwC+Kw8AEywPABYsDwBqLA8AbSwPAG7MEwDJLA8AxcwTACYtDwBvLQ8AcC0PABzNEwDOLQ8Ac80TACIuDwB0Lg8Aey4PAMsuDwDQLg8Ays0TACovDwAhzhMAgS8PANAvDwDaLw8AJzAPADIwDwB+MA8AjDAPANUwDwDYMA8ALDEPADQxDwCDMQ8AjTEPANoxDwDmMQ8AMTIPADQyDwCIMg8AkjIPAHjOEwDtMg8ANjMPAEwzDwCNMw8AmTMPAOQzDwDrMw8AOzQPAEM0DwCSNA8AlzQPAOk0DwDyNA8AQDUPAEo1DwCXNQ8AnzUPAO41DwDwNQ8ARTYPAFU2DwCcNg8ApjYPAPM2DwD/Ng8ASjcPAFA3DwChNw8AqTcPACbPEwAGOA8ATzgPAFA4DwB9zxMAqzgPANTPEwD/OA8AVDkPAFU5DwCrOQ8ArjkPAAI6DwANOg8AWToPAF46DwCwOg8AujoPACvQEwArOw8AXjsPAGY7DwCC0BMAtzsPAAw8DwAdPA8AYzwPAHQ8DwC6PA8AvTwPANnQEwAXPQ8AaD0PAG09DwC/PQ8Awj0PABY+DwAZPg8AbT4PAHU+DwAw0RMA0j4PABs/DwAePw8Acj8PAH0/DwDJPw8A1T8PACBADwAnQA8Ad0APAH9ADwDOQA8A2EAPAJ4qEADcQA8AJUEPADJBDwB8QQ8AhEEPAIfREwDfQQ8AKkIPAC1CDwCBQg8Ai0IPANhCDwDgQg8A3tETADtDDwCGQw8AjEMPAN1DDwDnQw8ANEQPAEhEDwCLRA8Ak0QPADXSEwDvRA8AOUUPAEFFDwCQRQ8Ak0UPAOdFDwDzRQ8APkYPAEhGDwCVRg8AnkYPAOxGDwDtRg8AQ0cPAFtHDwCaRw8AnEcPAPFHDwACSA8ASEgPAFlIDwCfSA8Ap0gPAPZIDwAFSQ8ATUkPAE9JDwCkSQ8AtUkPAPtJDwAMSg8AUkoPAGtKDwCpSg8Aq0oPAABLDwAPSw8AV0sPAHdLDwDj0hMAsEsPAAVMDwAlTA8AXEwPAHBMDwA/1BMAu0wPAApNDwAXTQ8AYU0PAGZNDwC4TQ8Awk0PAA9ODwAXTg8AZk4PAGxODwC9Tg8Axk4PABRPDwAhTw8AltQTAHdPDwDCTw8AyE8PABlQDwAfUA8AcFAPAHlQDwDHUA8AyFAPAB5RDwAoUQ8AdVEPAIFRDwDMUQ8A01EPAO3UEwArUg8ARNUTAIJSDwCb1RMA2VIPAPLVEwAyUw8Af1MPAIdTDwDWUw8A5VMPAC1UDwA+VA8AhFQPAIZUDwDbVA8A3lQPADJVDwA1VQ8AiVUPALFVDwDgVQ8A8lUPADdWDwBDVg8AjlYPAJRWDwDlVg8A61YPADxXDwBBVw8Ak1cPAJlXDwBJ1hMADFgPAKDWEwBNWA8AmFgPAKhYDwDvWA8A9FgPAEZZDwBMWQ8AnVkPAKlZDwD0WQ8A/FkPAPfWEwBcWg8AoloPALNaDwD5Wg8AC1sPAFBbDwBYWw8Ap1sPALJbDwD+Ww8AA1wPAFVcDwBaXA8ArFwPAMxcDwBO1xMAE10PAFpdDwBkXQ8AsV0PAL1dDwAIXg8ADl4PAF9eDwBnXg8Atl4PALheDwANXw8Awl4PANRkDwAeXw8AZF8PAHVfDwC7Xw8AzV8PABJgDwAaYA8AaWAPAHRgDwDAYA8AxWAPABdhDwAcYQ8AbmEPAI5hDwCl1xMAx2EPABxiDwArYg8Ac2IPAH5iDwDKYg8A3GIPACFjDwApYw8AeGMPAINjDwDPYw8A1GMPACZkDwArZA8AfWQPAJ1kDwD81xMA1mQPACtlDwA6ZQ8AgmUPAI1lDwDZZQ8A62UPADBmDwA4Zg8Ah2YPAJJmDwDeZg8A42YPADVnDwA6Zw8AjGcPAKxnDwBT2BMA8GcPADpoDwBRaA8AqtgTAJ5oDwDoaA8A/2gPAAHZEwBMaQ8AlmkPAJ1pDwDtaQ8A+2kPAERqDwBRag8Am2oPALJqDwBY2RMA+moPAK/ZEwBLaw8AoGsPAK5rDwD3aw8ACGwPAAbaEwBbbA8ApWwPALxsDwBd2hMABm0PAFNtDwBfbQ8Aqm0PAK1tDwABbg8AC24PALTaEwB0bg8AC9sTALduDwBi2xMAxG4PAMwEEQAObw8AXW8PAF5vDwAacw8AYG8PABBxDwBkbw8APXoPAGdvDwC0bw8AbG8PACR1DwBtbw8AH3QPALlvDwCPeQ8AwG8PAAtwDwAOcA8AYnAPAGxwDwC52xMAwXAPABDcEwAZcQ8AZ3EPADBxDwAzeA8AdXEPAL5xDwDIcQ8AFXIPACFyDwBscg8Ab3IPAMNyDwDLcg8AZ9wTABxzDwBxcw8AdHMPAMhzDwDLcw8AvtwTACF0DwB2dA8AhHQPAM10DwDedA8AbN0TACZ1DwB7dQ8AiHUPANJ1DwDhdQ8AKXYPADV2DwCAdg8AkXYPANd2DwDodg8ALncPADp3DwCFdw8AjHcPANx3DwDkdw8AGt4TAEF4DwCKeA8Ai3gPAHHeEwDteA8AOHkPAD95DwDI3hMAlnkPAOZ5DwDreQ8Adt8TAEZ6DwCUeg8AmnoPAOt6DwDteg8AQnsPAEx7DwCZew8Ap3sPAPB7DwD1ew8AR3wPAFR8DwCefA8AtnwPAPV8DwALfQ8ATH0PAE99DwCjfQ8Aq30PACTgEwAGfg8AUX4PAFR+DwCofg8Asn4PAHvgEwAHfw8A0uATAFh/DwCtfw8AsH8PAASADwAHgA8AKeETAF2ADwCygA8AwIAPAAmBDwAagQ8A1+ETAGmBDwC3gQ8AxYEPAA6CDwDQgQ8AIpARABiCDwBlgg8AcYIPALyCDwC/gg8AE4MPABuDDwCF4hMAhIMPANziEwDbgw8AGIQPADKEDwAz4xMAdIQPAIOIDwB9hA8AMYkPAH+EDwDGhA8AyIQPAB2FDwArhQ8AdIUPAIWFDwCK4xMA0oUPAOHjEwAohg8AeYYPAH6GDwDQhg8A1oYPADjkEwAthw8AfocPAIOHDwDVhw8A64cPACyIDwA0iA8A5uQTAKOIDwDaiA8A4ogPAD3lEwBIiQ8AiIkPAJWJDwDfiQ8A5IkPADaKDwA8ig8AjYoPAJmKDwDkig8A64oPADuLDwBDiw8AkosPALWLDwDr5RMA9osPAECMDwBPjA8Al4wPAJmMDwDujA8A94wPAEWNDwBcjQ8AnI0PAKeNDwDzjQ8A/Y0PAEqODwBSjg8AmeYTAKeODwD4jg8A/o4PAE+PDwBUjw8Apo8PAKyPDwDw5hMAH5APAFSQDwBckA8AnucTALSQDwACkQ8AA5EPAFmRDwBhkQ8AsJEPALuRDwAHkg8ADJIPAF6SDwBjkg8AtZIPANWSDwD15xMAEpMPAGOTDwBqkw8AupMPAL+TDwARlA8AFZQPAGiUDwB1lA8Av5QPAMeUDwAWlQ8AIZUPAG2VDwBylQ8AxJUPAMmVDwAblg8AO5YPAEzoEwCBlg8AyZYPANSWDwAglw8AKJcPAHeXDwB6lw8AzpcPAIGXDwDdmg8A2pcPACWYDwAvmA8AfJgPAIWYDwDTmA8A1JgPACqZDwAymQ8AgZkPAIyZDwDYmQ8A3ZkPAC+aDwA0mg8AhpoPAKaaDwCj6BMA6ZoPADSbDwA2mw8Ai5sPAJGbDwDimw8A6ZsPADmcDwA+nA8AkJwPAJScDwDnnA8A9JwPAD6dDwBGnQ8AlZ0PAKCdDwDsnQ8A8Z0PAEOeDwBIng8Amp4PALqeDwD66BMA+Z4PAFHpEwBSnw8An58PAKifDwD2nw8A/J8PAE2gDwBZoA8ApKAPAMKgDwD7oA8A/KAPAFKhDwBUoQ8AqaEPALahDwAAog8ADqIPAFeiDwBmog8ArqIPAMqiDwAFow8ADaMPAP/pEwBvow8As6MPALSjDwAKpA8AFqQPAGGkDwBwpA8AuKQPAMKkDwAPpQ8AG6UPAGalDwBtpQ8AVuoTAMWlDwCt6hMAHaYPAGumDwB4pg8ABOsTAMemDwAZpw8AJqcPAHCnDwB6pw8AW+sTAMmnDwAeqA8ANKgPAHWoDwCBqA8AsusTANSoDwD/MREA6qgPACOpDwArqQ8AiiYQAEGpDwB6qQ8AgqkPANGpDwCcqQ8AXFYRANKpDwCEqw8A1KkPAOCsDwDdqQ8As1YRAOGpDwAoqg8AKqoPAH+qDwCNqg8A1qoPAOeqDwAJ7BMANasPAGDsEwCGqw8A26sPAN6rDwAyrA8ANawPALfsEwCRrA8ADu0TAOqsDwCYBhAAAK0PADetDwBFrQ8Ajq0PAI+tDwBl7RMA7a0PALztEwBfrg8AE+4TAKCuDwDqrg8A+K4PAEGvDwBLrw8AmK8PAKCvDwDvrw8A8K8PAAi1DwAKsA8Ap7IPABuwDwBGsA8AT7APAJ2wDwCesA8A9LAPAAKxDwBLsQ8AVbEPAKKxDwCusQ8A+bEPAP+xDwBQsg8AbLIPAGruEwCzsg8ArYQQALWyDwD+sg8AC7MPAFWzDwBfsw8ArLMPAK6zDwADtA8AGrQPAFq0DwBmtA8AsbQPAM20DwDB7hMAGbUPAF+1DwBhtQ8AtrUPAMC1DwANtg8AHbYPAGS2DwBptg8Au7YPAMG2DwAStw8AKLcPAGm3DwBxtw8AwLcPAMO3DwAXuA8AILgPAG64DwB8uA8AxbgPAM+4DwAcuQ8AKLkPAHO5DwCPuQ8AGO8TANe5DwAhug8AKboPAHi6DwB7ug8A3hQQAIi6DwDPug8A0boPANkTEADdug8AJrsPADO7DwB9uw8Ai7sPANS7DwDXuw8AK7wPADa8DwCCvA8AjrwPANm8DwDgvA8AML0PADi9DwCHvQ8Aib0PAN69DwDuvQ8ANb4PAD++DwCMvg8AmL4PAOO+DwDpvg8AOr8PAEK/DwBv7xMAk78PAOi/DwD2vw8AP8APAEzADwCWwA8AosAPAO3ADwDzwA8ARMEPAEfBDwCbwQ8Ao8EPAPLBDwD0wQ8AC8cPAPXBDwClww8AAsIPAEnCDwBLwg8AzcsPAE7CDwCgwg8AqcIPAPfCDwAEww8ATsMPAFXDDwDG7xMArsMPABXJDwCvww8AWMUPAMXDDwD8ww8ACsQPAFPEDwBUxA8AHfATALbEDwABxQ8ACMUPAHTwEwBaxQ8Ar8UPALXFDwAGxg8AEMYPAF3GDwBpxg8AtMYPALvGDwDL8BMAJMcPAGLHDwBnxw8AuccPAL/HDwAQyA8AGsgPAGfIDwBzyA8AvsgPAMXIDwAi8RMAJMkPAGzJDwB7yQ8Aw8kPAM/JDwAayg8AHcoPAHHKDwB0yg8AyMoPANjKDwAfyw8AKMsPAHbLDwCHyw8AefETANvLDwAkzA8ANcwPANDxEwCCzA8AJ/ITANrMDwApzQ8AK80PAELSDwAszQ8A3M4PADnNDwCAzQ8Ags0PAATXDwCFzQ8A180PAODNDwAuzg8AO84PAIXODwCMzg8AfvITAOXODwBM1A8A5s4PAI/QDwD8zg8AM88PAEHPDwCKzw8Ai88PANXyEwDtzw8AONAPAD/QDwAs8xMAkdAPAObQDwDs0A8APdEPAEfRDwCU0Q8AoNEPAOvRDwDy0Q8Ag/MTAFvSDwCZ0g8AntIPAPDSDwD20g8AR9MPAFHTDwCe0w8AqtMPAPXTDwD80w8A2vMTAFvUDwCj1A8AstQPAPrUDwAG1Q8AUdUPAFTVDwCo1Q8Aq9UPAP/VDwAP1g8AVtYPAF/WDwCt1g8AvtYPADH0EwAS1w8AW9cPAGzXDwCI9BMAudcPAN/0EwAR2A8AYNgPAInYDwC32A8Av9gPAA7ZDwAe2Q8AZdkPAGfZDwC82Q8AytkPABPaDwAk2g8ANvUTAHDaDwDB2g8AzdoPAI31EwBG2w8AO/YTAHjbDwDG2w8A09sPAB3cDwA53A8AdNwPAHzcDwCS9hMA3NwPACLdDwAk3Q8Aed0PAHrdDwDQ3Q8A090PACfeDwAz3g8Aft4PAIXeDwDV3g8A8d4PACzfDwA03w8A6fYTAJDfDwDa3w8A6t8PADHgDwA24A8AiOAPALPgDwBA9xMA5eAPAJf3EwA+4Q8AjeEPAI7hDwAR6w8Ak+EPAMblEQCX4Q8A5OEPAJnhDwBP5g8AneEPAJzkDwCr4Q8Ad+4PAOnhDwD13REA7+EPANzYEQDw4Q8AO+IPAD7iDwCS4g8AnOIPAO73EwDx4g8AQOMPAEbjDwCX4w8AoOMPAO7jDwD74w8AReQPAGHkDwBF+BMAnuQPAPPkDwCh5A8Ag+kRAAHlDwBK5Q8AW+UPAJz4EwCn5Q8A+OUPAATmDwDz+BMAVeYPAKbmDwCs5g8A/eYPAALnDwBU5w8AWucPAPj5EwCy5w8A/foTAAfoDwBZ6A8AYegPALDoDwC86A8AB+kPABrpDwBe6Q8AaukPALXpDwDE6Q8ADOoPABXqDwBj6g8AbeoPALrqDwDG6g8Aq/sTACLrDwBo6w8AdOsPAL/rDwDB6w8AFuwPABnsDwBt7A8AeewPAMTsDwDM7A8AAvwTACftDwBy7Q8Agu0PAMntDwDV7Q8AIO4PACbuDwBZ/BMAme4PAM7uDwDW7g8AJe8PAE/vDwB87w8Ah+8PANPvDwDf7w8AKvAPADvwDwCB8A8AgvAPALD8EwDe8A8AL/EPADzxDwAH/RMAk/EPAN3xDwD08Q8ANPIPAF/yDwCL8g8Ak/IPAOLyDwDs8g8AOfMPAEXzDwCQ8w8Ak/MPAOfzDwDx8w8AXv0TAEb0DwCV9A8Am/QPAOz0DwD19A8AQ/UPAFD1DwCa9Q8AtvUPALX9EwDz9Q8ASPYPAPj1DwDgAxAAVfYPAJ/2DwCm9g8A9vYPAPj2DwBN9w8AU/cPAKT3DwCr9w8A+/cPABP4DwBS+A8AV/gPAKn4DwBe+A8AV/kPALL4DwAA+Q8ACvkPAAz+EwBd+Q8ArvkPALT5DwAF+g8ACvoPAFz6DwBi+g8AY/4TALT6DwAK+w8AG/sPAGH7DwBt+w8AuPsPAML7DwAP/A8AG/wPAGb8DwBt/A8Auv4TAL/8DwAU/Q8AyPwPAL/1EQAX/Q8Aa/0PAIv9DwDC/Q8Ayv0PABH/EwAq/g8AcP4PAHf+DwDH/g8Az/4PAB7/DwAh/w8A0QAQAC7/DwB1/w8Ad/8PAMz/DwDa/w8AIwAQADQAEABo/xMAgQAQAL//EwDaABAAKAEQADcBEAB/ARAAjgEQANYBEADiARAALQIQADACEACEAhAAhwIQANsCEADrAhAAMgMQADsDEACJAxAAmgMQABYAFADlAxAANwQQAEAEEACOBBAAmAQQAOUEEADtBBAAPAUQAFoFEACTBRAAsQUQAOoFEAAIBhAAQQYQAF8GEABtABQAnwYQAO8GEAD0BhAARgcQAPsGEABLCBAATwcQAJ0HEACnBxAA9AcQABAIEADEABQAUQgQAKIIEACoCBAA+QgQABUJEAAbARQAegkQAMkBFADRCRAAIAIUAAYKEAAlAxQAawoQAKwKEACuChAAAwsQAAkLEABaCxAAbgsQALELEAC5CxAACAwQADIMEAB8AxQAaAwQALYMEADDDBAADQ0QABsNEABkDRAAbg0QALsNEADVDRAAEg4QAB8OEABpDhAAdQ4QAMAOEADKDhAAFw8QAB8PEADTAxQAdQ8QAMUPEADNDxAAKgQUAPMPEAAvBRQAKBAQAHMQEAB6EBAAyhAQANIQEACBBBQA5hAQAHUTFAAjERAAeBEQAIkREADPERAA1xEQACYSEAAwEhAAfRIQAIkSEADUEhAA1xIQACsTEAA1ExAAhgUUAJ4TEADdBRQA5xMQADAUEABBFBAANAYUAI4UEACLBhQA5xQQADUVEABEFRAAjBUQAJsVEADjFRAA7xUQADoWEAA9FhAAkRYQAJQWEADoFhAA+BYQAD8XEABIFxAAlhcQAKcXEADiBhQA7xcQAEQYEAD5FxAA8hgQAEcYEACbGBAAoxgQADkHFAD4GBAASRkQAFUZEACgGRAAqBkQAJAHFAADGhAAThoQAFEaEAClGhAArxoQAOcHFAABGxAAUxsQAGkbEACqGxAAqxsQAAEcEAASHBAAWBwQAGQcEACvHBAAuRwQAAYdEAASHRAAPggUAGkdEAC0HRAAtx0QAAseEAAVHhAA7AgUAGUeEAC5HhAAvB4QABAfEAAcHxAAZx8QAG0fEAC+HxAAyB8QAEMJFAAaIBAAbCAQAHkgEACaCRQA3yAQABohEAAiIRAA8QkUAHkhEABIChQA0CEQAJ8KFAAiIhAAdiIQADYiEADnTxEAliIQAM0iEADhIhAA9goUACUjEAB7IxAAgSMQANIjEADeIxAAKSQQADgkEACAJBAAgiQQANckEADhJBAALiUQADolEACFJRAAjCUQAE0LFADoJRAApAsUADsmEAD7CxQAjSYQAJQoEACaJhAA4SYQAOMmEAA4JxAARicQAI8nEACgJxAACg8UAO0nEABhDxQARSgQALgPFAC0KBAA6ygQAPkoEABCKRAAQykQAA8QFAClKRAA8CkQAPcpEABmEBQAaioQAHASFACqKhAA9SoQAPgqEABMKxAAVisQAMcSFACrKxAA+isQAAgsEABRLBAAXiwQAKgsEACwLBAAHhMUAAItEABWLRAAYi0QAK0tEACzLRAABC4QAA4uEADMExQAYC4QALIuEAC/LhAAIxQUAB4vEABgLxAAaC8QAHoUFAC5LxAADjAQABwwEABlMBAAdjAQANEUFADCMBAAEzEQAB8xEAAoFRQAcDEQAMExEADHMRAAGDIQAB0yEABvMhAAdTIQANYVFADOMhAAHTMQACkzEAB0MxAAejMQAMszEADRMxAAIjQQACc0EAB5NBAAfzQQADcYFADfNBAAJzUQADY1EAB+NRAAhzUQANU1EADbNRAALDYQADI2EACDNhAAjzYQANo2EADhNhAAMTcQADk3EADlGBQAkjcQAN83EADqNxAANjgQAEI4EACNOBAAkzgQAOQ4EADsOBAAOzkQAEc5EACSORAAmDkQAOk5EADvORAAQDoQAEU6EACXOhAAnToQADwZFAD1OhAARTsQAFM7EACcOxAAqTsQAPM7EAAKPBAASjwQAGY8EAChPBAAqTwQAJMZFAALPRAATz0QAFE9EACmPRAAvD0QAP09EAD+PRAAVD4QAGU+EACrPhAAtz4QAOoZFAAePxAAQRoUAG8/EACwPxAAsT8QAAdAEAAYQBAAXkAQAGpAEACYGhQAukAQAAxBEAASQRAAY0EQAINBEAC6QRAAxkEQABFCEAAYQhAA7xoUAHRCEAC/QhAAwUIQABZDEAA2QxAARhsUAHRDEACdGxQAykMQABtEEAAgRBAAckQQAHhEEAD0GxQA0UQQAKIcFAAoRRAA+RwUAH9FEABQHRQA1kUQAFUeFAAnRhAAfEYQAIpGEADTRhAA5EYQAKweFAAxRxAAAx8UAKRHEAAIIBQA3UcQAC9IEAA/SBAAhkgQAI5IEADdSBAA50gQADRJEABASRAAi0kQAI5JEADiSRAA7EkQAF8gFAA+ShAASE0QAEdKEACQShAAoEoQAOdKEAD3ShAAPksQAGZLEACVSxAAvUsQAOxLEAAUTBAADSEUAE9MEACaTBAAnEwQAPFMEAARTRAAFyMUAFVNEACfTRAAq00QAPZNEAAeThAATU4QAHVOEACkThAAzE4QAG4jFAD+ThAAUk8QAF5PEACpTxAAuk8QAABQEAAMUBAAV1AQAGZQEACuUBAAuFAQAAVREAARURAAXFEQAGNREAB4JRQAtFEQAGZTEADDURAAClIQAAxSEABhUhAAb1IQALhSEADJUhAAzyUUABZTEAAmJhQAaFMQAL1TEADAUxAAFFQQABdUEAB9JhQAclQQANQmFADWVBAAGVUQACNVEABwVRAAfFUQAMdVEADKVRAAHlYQAChWEAB1VhAAj1YQAMxWEADRVhAAI1cQACxXEAB6VxAAhFcQANFXEADgVxAAKFgQAC1YEAB/WBAAlVgQANZYEADiWBAALVkQADBZEACEWRAAnlkQANtZEADnWRAAMloQAEVaEACJWhAAl1oQAOBaEADqWhAAKycUAD1bEACOWxAAl1sQAOVbEADmWxAAPFwQAEZcEACTXBAAn1wQAOpcEADxXBAAgicUAEZdEACYXRAAml0QAO9dEAD1XRAARl4QAE1eEACdXhAAq14QAPReEAABXxAAS18QAFVfEACiXxAArl8QAPlfEAD/XxAAUGAQAFZgEACnYBAAsGAQAP5gEAD/YBAAVWEQAF9hEADZJxQArWEQAANiEAAEYhAAWmIQAGhiEACxYhAAvmIQAAhjEAAfYxAAX2MQAGdjEAC2YxAAuGMQAA1kEAAdZBAAZGQQAG5kEAC7ZBAAx2QQABJlEAAYZRAAaWUQAHFlEAAwKBQAyGUQAIcoFAAfZhAA3igUAHZmEADFZhAA1WYQABxnEAAeZxAAc2cQAIFnEADKZxAA22cQADUpFAAnaBAAeGgQAIRoEACMKRQA8mgQADoqFAAyaRAAfWkQAIBpEADUaRAA3mkQACtqEAAzahAAlisUAJBqEADZahAA4GoQADBrEAA4axAAh2sQAJRrEADeaxAA42sQADVsEAA/bBAAjGwQAJRsEADjbBAA82wQADptEABIbRAAkW0QAJ5tEADobRAA9m0QAD9uEABCbhAAlm4QAKFuEADtbhAA9W4QAERvEABdbxAAm28QAKdvEADybxAAAnAQAElwEABOcBAAoHAQAKZwEAD3cBAAA3EQAE5xEABWcRAA7SsUAK9xEAD8cRAA/3EQAFNyEABbchAAqnIQAKtyEAABcxAAA3MQAFhzEABecxAAr3MQALtzEAAGdBAAE3QQAF10EABndBAAtHQQALx0EAALdRAADXUQAGJ1EABvdRAAuXUQAMB1EAAQdhAAGHYQAGd2EABrdhAAvnYQAMB2EAAVdxAAGHcQAGx3EAB0dxAAw3cQANJ3EAAaeBAAHHgQAHF4EAB+eBAAyHgQANd4EAAfeRAAK3kQAHZ5EACHeRAAzXkQAN55EAAkehAAMHoQAHt6EACCehAA0noQAPF6EABELBQAPXsQAIB7EACBexAA13sQAON7EAAufBAASnwQAIV8EACNfBAAmywUAOR8EABJLRQAP30QAIp9EACQfRAA4X0QAOd9EAA4fhAAUH4QAI9+EACZfhAA5n4QAPJ+EAA9fxAAQH8QAJR/EACefxAA638QAAOAEABCgBAAUoAQAJmAEACbgBAA8IAQAP6AEABHgRAAWIEQAKAtFACkgRAA9YEQAAGCEAD3LRQAWIIQAKOCEACmghAA+oIQAASDEAClLhQAU4MQAKiDEAC2gxAA/4MQABCEEABTLxQAXYQQAKovFACzhBAABIUQAAeFEABbhRAAaYUQALKFEAC3hRAACYYQABaGEABghhAAaIYQAAEwFAC5hhAADocQABuHEABlhxAAdIcQALyHEADChxAAE4gQAB+IEABqiBAAbIgQAMGIEADLiBAAGIkQACaJEABviRAAdIkQAMaJEADTiRAAHYoQACmKEAB0ihAAh4oQAMuKEADaihAAIosQAC6LEAB5ixAAeosQANCLEADaixAAJ4wQADWMEAB+jBAAg4wQANWMEADijBAAWDAUADaNEACDjRAAkY0QANqNEADdjRAAMY4QAEGOEACIjhAAlo4QAN+OEADrjhAANo8QAD2PEACNjxAAlI8QAOSPEADwjxAAO5AQADyQEACSkBAAnpAQAOmQEAD2kBAAQJEQAEeREACXkRAAo5EQAO6READ7kRAARZIQAFSSEACckhAAsJIQAPOSEAD/khAASpMQAF2TEAChkxAAsJMQAPiTEAAElBAAT5QQAFCUEACmlBAAsJQQAP2UEAALlRAAVJUQAFmVEACrlRAAuJUQAK8wFAADlhAAWZYQAGqWEACwlhAAvpYQAAeXEAAWlxAAXpcQAGCXEAC1lxAAv5cQAAyYEAAamBAAY5gQAGiYEAC6mBAAx5gQABGZEAAgmRAAaJkQAG2ZEAC/mRAAzJkQABaaEAAgmhAAbZoQAHmaEADEmhAA15oQABubEAAlmxAAcpsQAH6bEADJmxAA3JsQACCcEAAvnBAAd5wQAIOcEADOnBAAz5wQACWdEAAvnRAAfJ0QAIqdEADTnRAA2J0QACqeEAA3nhAABjEUAIaeEADYnhAA5Z4QAC+fEAA5nxAAhp8QAIyfEADdnxAA358QADSgEABBoBAAi6AQAI6gEADioBAA8KAQADmhEABFoRAAkKEQAJ2hEADnoRAA8aEQAD6iEABNohAAlaIQAJqiEADsohAA+aIQAEOjEABQoxAAmqMQAKajEADxoxAAAKQQAEikEABSpBAAn6QQAK2kEAD2pBAA+6QQAE2lEABapRAApKUQALClEAD7pRAADqYQAFKmEABhphAAqaYQALWmEAAApxAAAacQAFenEABhpxAArqcQALynEAAFqBAACqgQAFyoEABpqBAAXTEUAMaoEAAKqRAAGakQAGGpEABtqRAAuKkQALmpEAAPqhAAGaoQAGaqEAB0qhAAvaoQAMKqEAAUqxAAIasQALQxFAB+qxAAwqsQANGrEAAZrBAAJawQAHCsEABxrBAAx6wQANGsEAAerRAALK0QAHWtEAB6rRAAzK0QANmtEAALMhQAJa4QAHquEACIrhAA0a4QAN6uEAAorxAANK8QAH+vEACFrxAA1q8QAOevEAAtsBAAL7AQAISwEACNsBAA27AQAOiwEAAysRAAQbEQAImxEACUsRAA4LEQAOyxEAA3shAASrIQAI6yEACdshAA5bIQAPGyEAA8sxAAPbMQAJOzEACdsxAA6rMQAPizEABBtBAARrQQAJi0EACltBAAYjIUAPy0EABGtRAAVLUQAJ21EACntRAA9LUQAAK2EABLthAATbYQAKK2EACzthAA+bYQAAe3EABQtxAAgbcQAKe3EACptxAA/rcQAAi4EABVuBAAY7gQAKy4EACxuBAAA7kQABC5EABauRAAZrkQALG5EADEuRAACLoQABe6EABfuhAAa7oQALa6EAC3uhAADbsQABe7EABkuxAAcrsQALu7EADAuxAAErwQAB+8EAC5MhQAa7wQAMC8EADCvBAAF70QACa9EABuvRAAfb0QAMW9EADRvRAAHL4QAB++EABzvhAAdr4QAMq+EADQvhAAIb8QAC2/EAB4vxAAe78QAM+/EADUvxAAJsAQAC/AEAB9wBAAg8AQANTAEADjwBAAK8EQADfBEACCwRAAksEQANnBEADbwRAAMMIQAD7CEACHwhAAmMIQABAzFADkwhAANcMQAEHDEABnMxQAn8MQAOPDEADywxAAOsQQAEbEEACRxBAAksQQAOjEEADyxBAAP8UQAE3FEACWxRAAm8UQAO3FEAD6xRAAvjMUAFDGEACbxhAApcYQAPLGEAAexxAASccQAFDHEACgxxAAuccQAPfHEAAGyBAATsgQAF3IEAClyBAAqsgQAPzIEAAJyRAAU8kQAGDJEACqyRAAtskQAAHKEAAQyhAAWMoQAGLKEACvyhAAvcoQAAbLEAALyxAAXcsQAGrLEAC0yxAAwMsQAAvMEAAezBAAYswQAHHMEAC5zBAAxcwQABDNEAARzRAAZ80QAHHNEAC+zRAAzM0QABXOEAAazhAAbM4QAHnOEAAVNBQA1M4QABrPEAArzxAAcc8QAH3PEADIzxAA388QAB/QEAAh0BAAdtAQAIfQEADN0BAA0NAQACTREAAu0RAAe9EQAH3READS0RAA3NEQACnSEAA10hAAgNIQAIzSEADX0hAA6tIQAC7TEAA90xAAhdMQAJHTEADc0xAA3dMQADPUEAA91BAAitQQAJjUEADh1BAA5tQQADjVEABF1RAAbDQUAJHVEADm1RAA8NUQAD3WEABF1hAAwzQUAKfWEADr1hAA99YQAELXEABR1xAAmdcQAKLXEADw1xAA+tcQAEfYEABV2BAAntgQAKPYEAD12BAAAtkQAEzZEABY2RAAo9kQALbZEAD62RAACdoQAFHaEABd2hAAqNoQAKnaEAD/2hAACdsQAFbbEABk2xAArdsQALLbEAAE3BAAEdwQABo1FABd3BAAstwQALzcEAAJ3RAAEd0QAHE1FABl3RAAt90QAM3dEAAO3hAAD94QAGXeEAB23hAAvN4QAMjeEAAT3xAAHd8QAGrfEAB43xAAwd8QAMbfEAAY4BAAJeAQAG/gEAB74BAAxuAQANngEAAd4RAALOEQAHThEACA4RAAy+EQAMzhEAAi4hAALOIQAHniEACH4hAA0OIQANXiEAAn4xAANOMQAMg1FACA4xAA1eMQAN/jEAAs5BAANOQQAB82FACZ5BAA2uQQAObkEAAx5RAANuUQAIjlEACR5RAA3+UQAOnlEAA25hAAQuYQAI3mEACg5hAA5OYQAPPmEAA75xAAR+cQAJLnEACT5xAA6ecQAPPnEABA6BAATugQAJfoEACc6BAA7ugQAPvoEAB2NhQAR+kQAJzpEACm6RAA8+kQAPvpEADNNhQAV+oQAKHqEACw6hAA+OoQAAPrEABP6xAAW+sQAKbrEAC16xAA/esQAB3sEABU7BAAYOwQAKvsEACy7BAAAu0QABDtEABZ7RAAXu0QALDtEAC87RAAB+4QABruEABe7hAAbe4QALXuEADB7hAADO8QAA3vEABj7xAAbe8QALrvEADI7xAAEfAQABbwEABo8BAAdfAQACQ3FADB8BAAFvEQACDxEABt8RAAdfEQAHs3FADh8RAAG/IQACzyEABy8hAAfvIQAMnyEADc8hAAIPMQAC/zEAB38xAAg/MQAM7zEADP8xAAJfQQAC/0EAB89BAAivQQANP0EADY9BAAKvUQADf1EADSNxQAg/UQANj1EADi9RAAL/YQADf2EAApOBQAo/YQAN32EADu9hAANPcQAED3EACL9xAAnvcQAOL3EADx9xAAOfgQAEX4EACQ+BAAkfgQAOf4EADx+BAAPvkQAEz5EACV+RAAmvkQAOz5EAD5+RAAgDgUAEX6EACa+hAApPoQAPH6EAD5+hAA1zgUAFn7EACf+xAAs/sQAPb7EAD6+xAATfwQAE/8EACk/BAAuPwQAPv8EAD+/BAAUv0QAG/9EACp/RAAuv0QAAD+EAAM/hAAV/4QAGr+EACu/hAAvf4QAAX/EAAR/xAAXP8QAF3/EACz/xAAvf8QAAoAEQAYABEAYQARAGYAEQC4ABEAxQARAC45FAARAREAZgERAHABEQC9AREAxQERAIU5FAAcAhEAawIRAJECEQDCAhEAygIRABkDEQApAxEAcAMRAHIDEQDHAxEA1QMRAB4EEQAvBBEA3DkUAHwEEQAzOhQA1AQRACMFEQA8BREAegURAIMFEQDRBREA2wURACgGEQAwBhEAfwYRAIIGEQDKFREAiQYRALEQEQCNBhEA1gYRAOMGEQAtBxEAPAcRAIQHEQCJBxEA2wcRAPEHEQAyCBEAMwgRAIkIEQCaCBEA4AgRAOwIEQA3CREAQQkRAI4JEQCaCREA4ToUAO0JEQA8ChEAPwoRAJMKEQCzChEA6goRAPgKEQBBCxEAQgsRADg7FACkCxEA7wsRAPYLEQCPOxQATgwRAOY7FACjDBEA9AwRAPwMEQBLDREAUQ0RAKINEQCwDREA+Q0RAPwNEQBQDhEAcA4RAKcOEQC7DhEAPTwUAAgPEQBVDxEAYQ8RAKwPEQCvDxEAAxARAA0QEQCUPBQAiBARAOs8FAC8EBEACBERABQREQBfEREAZRERALYREQDCEREADRIRABUSEQBCPRQAcBIRALsSEQDBEhEAEhMRAB4TEQBpExEAcRMRAJk9FADDExEAFxQRABoUEQBuFBEAdxQRAMUUEQDRFBEAHBURAB8VEQBzFREAoRURAPA9FADPFREAIRYRADcWEQB4FhEAhBYRAM8WEQDXFhEARz4UADIXEQB9FxEAgBcRANQXEQDeFxEAnj4UADMYEQCCGBEAhhgRANkYEQDlGBEAMBkRADYZEQCHGREAkxkRAN4ZEQDmGREA9T4UAFUaEQCMGhEAmhoRAOMaEQDkGhEATD8UAEYbEQCRGxEAmBsRAKM/FAD8GxEAPxwRAEccEQCWHBEAmRwRAO0cEQD5HBEARB0RAF0dEQCbHREAnR0RAPIdEQD1HREASR4RAFMeEQCgHhEArh4RAPceEQD5HhEATh8RAFsfEQClHxEArR8RAPwfEQAVIBEAUyARAF8gEQCqIBEAsCARAAEhEQAYIREAWCERAG4hEQCvIREAsSERAAYiEQATIhEAXSIRAGoiEQC0IhEAvCIRAAsjEQANIxEAYiMRAG8jEQC5IxEAwCMRABAkEQAYJBEAZyQRAHYkEQC+JBEAwyQRABUlEQAiJREAbCURAHYlEQDDJREAySURABomEQAoJhEAcSYRAIomEQDIJhEA0SYRAB8nEQApJxEAdicRAHsnEQDNJxEA0ycRACQoEQAnKBEAeygRAJUoEQBRQBQA2igRACkpEQA5KREAgCkRAIIpEQDXKREA5SkRAC4qEQA/KhEAqEAUAIsqEQDcKhEA6CoRAP9AFAA7KxEAiisRALArEQDhKxEA6SsRADgsEQBELBEAjywRAJUsEQDmLBEA7CwRAD0tEQBCLREAlC0RAJotEQCtQRQA8y0RAFtCFABKLhEAYEMUAJ8uEQDwLhEA9S4RAEcvEQBLLxEAni8RAKsvEQC3QxQA+i8RAEwwEQBQMBEAozARAKUwEQD6MBEAEzERAFExEQBiMREAqDERALQxEQAORBQAAjIRAMY3EQALMhEAVjIRAGkyEQCtMhEArjIRAAQzEQAQMxEAWzMRAGozEQCyMxEAvDMRAAk0EQAVNBEAYDQRAGc0EQBlRBQAvzQRAA41EQAQNREASkERABE1EQAnOhEAFDURAGU1EQAaNREAiDwRABs1EQD7qhEAcTURALw1EQDLNREAEzYRAB82EQBqNhEAeDYRAME2EQDcNhEAGDcRACQ3EQBvNxEAdjcRALxEFADTNxEAHTgRAB84EQB0OBEAdTgRAMs4EQDOOBEAIjkRAC05EQB5OREAfjkRANA5EQDaOREAE0UUADQ6EQB+OhEAgDoRANU6EQDWOhEALDsRAC87EQCDOxEAjjsRANo7EQDfOxEAMTwRADs8EQBqRRQAmzwRAN88EQDgPBEANj0RAEI9EQCNPREAnD0RAOQ9EQDuPREAOz4RAEc+EQCSPhEAmT4RAMFFFADxPhEAQD8RAEI/EQCXPxEApj8RAO4/EQD4PxEARUARAE5AEQCcQBEAnkARAPNAEQAEQREAb0YUAFlBEQChQREAq0ERAPhBEQABQhEAT0IRAFFCEQCmQhEAt0IRAP1CEQAFQxEAVEMRAHJDEQCrQxEAs0MRAAJEEQAORBEAWUQRAGxEEQCwRBEAsUQRAAdFEQATRREAXkURAG1FEQC1RREAv0URAAxGEQAYRhEAY0YRAGpGEQDGRhQAy0YRABFHEQAiRxEAaEcRAHBHEQC/RxEAxkcRABZIEQAkSBEAbUgRAH1IEQDESBEA1EgRABtJEQA3SREAHUcUAH9JEQDJSREA4EkRACBKEQAoShEAd0oRAIVKEQDOShEA2EoRACVLEQAxSxEAfEsRAJJLEQDTSxEA1ksRACpMEQBGTBEAdEcUAItMEQDYTBEA4EwRAC9NEQA+TREAhk0RAItNEQDdTREA6k0RADROEQA+ThEAi04RAI1OEQDiThEA8E4RADlPEQBGTxEAkE8RAJNPEQDLRxQA8k8RAD5QEQBIUBEAlVARAJ1QEQDsUBEA+1ARAENREQBIUREAmlERAKdREQDxUREA+1ERAEhSEQBKUhEAn1IRAK1SEQD2UhEAA1MRAE1TEQBQUxEAIkgUAKdTEQD7UxEAB1QRAFJUEQBZVBEAqVQRALFUEQAAVREAGVURAFdVEQBrVREArlURAMpVEQAFVhEADVYRANBIFABkVhEAJ0kUAMBWEQAKVxEAEVcRAGFXEQBpVxEAuFcRAL1XEQAPWBEAH1gRAGZYEQBuWBEAvVgRAMtYEQAUWREAIVkRAGtZEQB4WREAwlkRAM5ZEQAZWhEAH1oRAHBaEQB4WhEAx1oRANNaEQAeWxEAMVsRAHVbEQCEWxEAzFsRANhbEQAjXBEAJFwRAHpcEQCEXBEA0VwRAN9cEQAoXREALV0RAH9dEQCMXREAfkkUANldEQAtXhEAN14RAIReEQCGXhEA214RAOpeEQAyXxEAUl8RAIlfEQCRXxEA4F8RAOpfEQA3YBEAPWARAI5gEQCQYBEA5WARAPRgEQA8YREASGERAJNhEQCbYREA1UkUAAhiEQBBYhEAX2IRACxKFAC2YhEA72IRAA1jEQBGYxEATmMRAJ1jEQCsYxEA9GMRAPZjEQBLZBEAVGQRAKJkEQClZBEA+WQRAAVlEQBQZREAV2URAKdlEQCvZREA/mURABdmEQBVZhEAaWYRAKxmEQDIZhEAA2cRAAtnEQCDShQAeGcRALFnEQDPZxEA2koUACFoEQBfaBEAZGgRALZoEQDRaBEADWkRABlpEQBkaREAbGkRADFLFADOaREAEmoRACFqEQBpahEAdWoRAMBqEQDBahEAF2sRACFrEQBuaxEAfGsRAMVrEQDKaxEAHGwRAClsEQCISxQAd2wRAMpsEQDMbBEAIW0RACRtEQB4bREAgG0RAM9tEQDZbREAJm4RADFuEQB9bhEAiW4RANRuEQDcbhEA30sUADlvEQCCbxEAiG8RANlvEQDlbxEAMHARAD9wEQCHcBEAkXARAN5wEQDmcBEANXERAERxEQCMcREAjnERAONxEQDscREAOnIRAD1yEQCRchEAnXIRAOhyEQDwchEANkwUAE9zEQCWcxEAnnMRAO1zEQD3cxEARHQRAE90EQCbdBEAp3QRAPJ0EQD6dBEAjUwUAE51EQCgdREAsXURAPd1EQAIdhEATnYRAFN2EQCldhEAqXYRAPx2EQAKdxEAU3cRAGB3EQCqdxEAwXcRAAF4EQAJeBEAWHgRAGR4EQCveBEAwngRAAZ5EQAVeREAXXkRAGl5EQC0eREAtXkRAAt6EQAVehEAYnoRAHB6EQC5ehEAvnoRABB7EQAdexEA5EwUAG17EQC+exEAzHsRABV8EQAifBEAbHwRAIN8EQDDfBEAy3wRABp9EQAlfREAcX0RAHN9EQDIfREA1X0RAB9+EQAmfhEAdn4RAId+EQDNfhEA234RACR/EQAxfxEAe38RAJJ/EQDSfxEA2n8RACmAEQAugBEAgIARAJCAEQDXgBEA34ARAC6BEQA4gREAhYERAJCBEQDcgREA6IERADOCEQA7ghEAkk0UAKOCEQDhghEA5oIRADiDEQBTgxEAj4MRAJuDEQDmgxEA7oMRAOlNFABQhBEAlIQRAKOEEQDrhBEA94QRAEKFEQBDhREAmYURAKOFEQDwhREA/oURAEeGEQBMhhEAnoYRAKuGEQBAThQA/YYRAEyHEQBOhxEAo4cRALCHEQD6hxEA/4cRAFGIEQBbiBEAqIgRALOIEQD/iBEAC4kRAFaJEQBciREArYkRALWJEQAEihEAEIoRAFuKEQBuihEAsooRAMGKEQAJixEAFYsRAGCLEQBhixEAt4sRAMGLEQAOjBEAHIwRAGWMEQBqjBEAvIwRAMmMEQCXThQAGI0RAGqNEQB5jREAwY0RANCNEQAYjhEAIY4RAG+OEQB1jhEAxo4RAMyOEQAdjxEAKY8RAHSPEQB7jxEAy48RAOePEQDuThQALJARAHmQEQCFkBEA0JARANOQEQAnkREAMZERAEVPFACGkREAnE8UAN2REQDzTxQANJIRAEpQFACLkhEA2pIRANuSEQCrmhEA55IRADGTEQDukhEA85cRAPGSEQB3oREA85IRADSlEQAykxEAiJMRAJ6TEQDfkxEA55MRADaUEQA4lBEA7pYRAESUEQCNlBEAlZQRAKFQFACalBEA5JQRAOeUEQA7lREARZURAJKVEQCUlREA6ZURAPqVEQBAlhEAUZYRAJeWEQCflhEA+FAUAPWWEQBFlxEATJcRAJyXEQCklxEAT1EUAPWXEQBKmBEAUJgRAKGYEQCumBEA+JgRAACZEQBPmREAUZkRAKaZEQCtmREA/ZkRAASaEQBUmhEAXJoRAKZRFAC4mhEAApsRAAObEQBZmxEAb5sRALCbEQC4mxEAB5wRAAmcEQC/nhEAFZwRAF6cEQBmnBEA/VEUAGucEQC1nBEAuJwRAAydEQAWnREAY50RAGWdEQC6nREAy50RABGeEQAinhEAaJ4RAHCeEQBUUhQAxp4RABafEQAdnxEAbZ8RAHWfEQCrUhQAzp8RABugEQAdoBEAcqARAIOgEQDJoBEA2qARACChEQAooREAAlMUAHyhEQBIqREAg6ERAM6hEQDkoREAJaIRAC2iEQB8ohEAiqIRANOiEQDgohEAKqMRAC2jEQCBoxEAi6MRANijEQDaoxEAL6QRAECkEQCGpBEAl6QRAN2kEQDlpBEAWVMUAD2lEQCLpREAmKURAOKlEQDppREAOaYRAEqmEQCQphEAnKYRAOemEQDvphEAsFMUAEunEQCVpxEAmKcRAOynEQD2pxEAQ6gRAEWoEQCaqBEAq6gRAPGoEQACqREAB1QUAFCpEQCfqREAtqkRAPapEQACqhEATaoRAFeqEQCkqhEArKoRAF5UFAD8qhEAUqsRAGirEQCpqxEAsasRAACsEQAOrBEAV6wRAF+sEQC1VBQAZKwRAK6sEQCxrBEABa0RAA+tEQBcrREAXq0RALOtEQDErREACq4RABuuEQBhrhEAaa4RAAxVFAC+rhEAD68RABSvEQBmrxEAga8RAL2vEQDLrxEAFLARABuwEQBrsBEAd7ARAMKwEQDIsBEAGbERAByxEQBwsREAerERAMexEQDNsREAHrIRACCyEQB1shEAf7IRAMyyEQDYshEAI7MRADqzEQB6sxEAjrMRANGzEQDtsxEAKLQRADC0EQBjVRQAgbQRANa0EQDktBEALbURAD61EQC6VRQAi7URABFWFADptREAMrYRADy2EQCJthEAlLYRAOC2EQDothEAN7cRAEO3EQCOtxEAobcRAOW3EQD0txEAPLgRAEi4EQCTuBEAlLgRAOq4EQD0uBEAQbkRAE+5EQCYuREAnbkRAO+5EQD8uREAv1YUAE66EQCduhEAp7oRAPS6EQD5uhEAS7sRAFO7EQCiuxEAqLsRAPm7EQAFvBEAULwRAFa8EQCnvBEAsLwRAP68EQALvREAVb0RAF29EQCsvREArb0RAAO+EQAFvhEAWr4RAF2+EQCxvhEAtL4RAG1XFAAevxEAX78RAGe/EQC2vxEAwr8RAA3AEQATwBEAZMARAGrAEQC7wBEAwMARAGnBEQDpwBEAEsERABrBEQAbWBQAb8ERAHJYFADWwREAF8IRABnCEQBuwhEAe8IRAMXCEQDMwhEAHMMRACTDEQBzwxEAg8MRAMrDEQDMwxEAIcQRAC/EEQB4xBEAicQRACBZFADWxBEAd1kUADTFEQB9xREAh8URANTFEQDfxREAK8YRADPGEQCCxhEAjsYRANnGEQDsxhEAMMcRAD7HEQCHxxEAkccRAN7HEQDmxxEANcgRAETIEQCMyBEAkcgRAOPIEQDqyBEAOskRAEbJEQAlWhQA0MkRAOjJEQAnyhEAP8oRAEfKEQB8WhQAwMoRAO3KEQD5yhEARMsRAErLEQCbyxEAocsRAPLLEQD3yxEAScwRAE/MEQDTWhQAocwRAPfMEQD9zBEATs0RAFPNEQClzREAtM0RAPzNEQAIzhEAU84RAFbOEQCqzhEArc4RAAHPEQAJzxEAWM8RAGfPEQCvzxEAtM8RAAbQEQAc0BEAXdARAF7QEQC00BEAxdARAAvREQAX0REAYtERAGzREQC50REAxdERABDSEQAX0hEAKlsUAHfSEQC+0hEAytIRABXTEQAk0xEAbNMRAIDTEQDD0xEA0tMRABrUEQAr1BEAcdQRAH3UEQCBWxQAytQRAB/VEQAt1REAdtURAIfVEQDYWxQA09URACTWEQAw1hEAL1wUAIHWEQDS1hEA2NYRACnXEQAu1xEAgNcRAIbXEQA0XRQA3NcRAC7YEQAw2BEAhdgRAJbYEQCQXhQA6NgRADPZEQA52REAitkRAJbZEQDh2REA6dkRAOdeFAA+2hEAj9oRAJvaEQDm2hEA7toRAD5fFABJ2xEAlNsRAJfbEQDr2xEA9dsRAJVfFABE3BEAmdwRAKfcEQDw3BEAAd0RAENgFABN3REAnt0RAKrdEQCaYBQA/d0RAEzeEQBP3hEAo94RAK/eEQD63hEABt8RAFHfEQBZ3xEASGEUALPfEQD/3xEAC+ARAFbgEQBe4BEAn2EUALbgEQAE4REAFeERAFvhEQBs4REAsuERALrhEQAJ4hEADOIRAGDiEQBq4hEAt+IRALniEQAO4xEAHeMRAGXjEQCF4xEAvOMRAMTjEQAT5BEAHeQRAGrkEQBw5BEAweQRAMPkEQAY5REAJ+URAG/lEQB75REA9mEUANLlEQAd5hEAO+YRAHTmEQB65hEAy+YRANTmEQAi5xEAL+cRAHnnEQCB5xEA0OcRAObnEQAn6BEAKegRAH7oEQCZ6BEA1egRAOHoEQAs6REAOekRAE1iFACJ6REA2ukRAOLpEQAx6hEAR+oRAIjqEQCN6hEA3+oRAOXqEQA26xEAQusRAI3rEQCV6xEApGIUAPHrEQA77BEAS+wRAJLsEQCX7BEA6ewRAO/sEQBA7REAVu0RAJftEQCZ7REA7u0RAPjtEQBF7hEAU+4RAJzuEQCh7hEA8+4RAADvEQD7YhQAWe8RAKHvEQCq7xEA+O8RAALwEQBP8BEAXfARAKbwEQCr8BEA/fARAArxEQBU8REAXPERAKvxEQC78REAAvIRAATyEQBZ8hEAZ/IRALDyEQDB8hEAUmMUAA7zEQCpYxQAY/MRALXzEQC78xEADPQRABT0EQBj9BEAbfQRALr0EQC89BEAEfURABT1EQBo9REAiPURAFdkFADL9REAFvYRABz2EQBt9hEAefYRAMT2EQDM9hEArmQUACf3EQBy9xEAePcRAMn3EQDV9xEAIPgRACj4EQAFZRQAefgRAM74EQDc+BEAJfkRADb5EQBcZRQAifkRANP5EQDq+REAs2UUADT6EQCB+hEAjfoRANj6EQDb+hEAL/sRADn7EQAKZhQAl/sRAN37EQDk+xEANPwRADz8EQCL/BEAmPwRAOL8EQDn/BEAOf0RAEP9EQCQ/REAmP0RAOf9EQD2/REAPv4RAEP+EQCV/hEAq/4RAOz+EQDt/hEAQ/8RAFH/EQCa/xEAq/8RAPH/EQD9/xEASAASAFAAEgC4ZhQAowASAFwBAACnABIAMsATAKsAEgBuDxAAAgESAC0JAABVARIAXAQSAA0DEgDXKwAAWwMSAOEtAABsBBIALD0AAA0FEgA7QAAAZAUSALpIAAARBhIACGgRABIGEgBySwAAFgYSAEHKAwAZBhIAj/8HAGoGEgAjXgAAGAcSAJhkAABvBxIAK3EAABwIEgD3dwAAfwgSACSBAADLCBIAioQAACAJEgCeiAAA1AkSACKSAACZChIA0QoSADoNEgAQ1AAAOw4SAEzgAACSDhIA0OkAAEAPEgDE+AAA9g8SAEgCAQBlEBIAnwIBAJoQEgD2AgEA+xASABQJAQCnERIAxwoBAP0REgDgDwEAwRISAA0ZAQAFExIAKx8BAG8TEgCnExIAGhQSAFUUEgBdFBIArBQSALgUEgClJgEACxUSAF0pAQDNFRIACBYSABAWEgBfFhIAYRYSANcwAQDCFhIA9TYBAGwXEgB5QAEAzBgSAE1aAQB2GRIACl4BAIoZEgAhdxMAkhkSABd1EwDqGRIAYV4BACIaEgC9XwEAhRoSAB5iAQDPGhIALWUBACUbEgA3ZwEAMhwSAD96AQCXHBIA1BwSANwcEgCWegEAOh0SAPd8AQDlHRIA14cBAFMeEgAuiAEAkx4SAOGJAQDmHhIANR8SAD8fEgA4igEAlh8SAFGPAQCiIRIAfKkBAPUhEgBEIhIAVCISANOpAQD+IhIA560BAFEjEgCgIxIAsCMSAD6uAQBaJBIAFLcBABQnEgA6QAcAuicSAFlQAgC+JxIADFICAMInEgD81AEAzicSAFJgAgBkKBIAENkBAMcoEgDD2gEAcCkSAM3cAQDAKRIAgN4BACMqEgAz4AEAeCoSAD3iAQDPKhIAlOIBAHkrEgCJwBMAeisSABKoDAB9KxIAnuQBAI0rEgBULw0A0CsSAKp8EgDkKxIA9eQBAPYrEgDYBBQAJiwSAEzlAQApLBIAWLsNANksEgBl6gEAMC0SALzqAQDgLRIAMfEBAIkuEgBP9wEANy8SAGP7AQCILxIA3C8SAOgvEgAR/AEA6TASADgxEgA7MRIA0NgOAEQxEgDdAgIApDESAJUFAgAHMhIAPTISAJgyEgBlJg4ApDISADIUAgDBMhIApAgCAPcyEgAZDwIApTMSANsTAgBTNBIANxUCALo0EgCOFQIAWDUSABvZCwBcNRIAPBYCAKw1EgBBFwIAtjYSAMohAgBfNxIAk00NAGI3EgDjJgIAZDcSAONnDwC1NxIARsQTAMc3EgAEOBIAYzgSALI4EgB3OBIAFTECALU4EgB35A0AvDgSAK7vDQC/OBIAYM4NAMI4EgA8qQ4AwzgSAKetDgDNOBIA7SgCANM4EgBS7g0AYjkSAFgtAgCKORIAZAgPAMU5EgALLwIAFjoSAGU6EgBxOhIAuS8CAOQ9EgDBQgIAfkwSAGcVDgAoTRIAbU0SANZNEgAbThIAgk4SAE60DACIThIAbQIDANFPEgCscBMA1k8SAHxQEgDqTxIAi1MSAPJPEgDAdBMA+E8SAL0SAwB+UBIAWGQNAIBQEgCB5g0Ag1ASAN9rCQCGUBIAFBMDAItQEgBrEwMAjVASAGfoBACfUBIAwhEUALNQEgDjNQUA6VISAA0jAwCTUxIA4lMSAONTEgAqjw0A7FMSAEyCEADxUxIACXwOAAFUEgA/KxQAQ1QSACYoAwBBVRIA81EDAERVEgDJKwsARVUSAEI/AwBHVRIAoC8DAEhVEgBnNQMASlUSAKZYBABLVRIAyDcDAExVEgAORgMATVUSAFgyAwBOVRIAO1QEAFRVEgDXOgMAfVUSAJHJEQCmWBIAMIEDAKpYEgAMVwMArlgSAJG1DQAHWRIAbVkDAGBbEgD5dQMA0VwSAGeMAwB/XRIAmZYDADNeEgCtmgMAdF4SAB2gAwByXxIAybEDAM9fEgAeYBIALGASACq0AwAnYRIA7RcQADFhEgAAvQMAK2ISAPnMAwCLYxIAceUDADNkEgDw7QMA8mQSADdlEgCZZRIA8/8DAPdlEgA8ZhIATWYSAAIDBACaZxIAPmsFAJtnEgDgHgQAomcSABJCCQBJaBIA9CIEAE1oEgBdUQkATmkSAGI5BABbahIA8EQEAA1rEgBWSAQAyGsSAANsEgALbBIAWmwSAGlsEgAnUAQAu2wSAI1TBABobRIA5UwNAGttEgBAVQQAvm0SAA1uEgDSbRIAUG8TABduEgCXVQQAw24SAF5bBAAhbxIAaF0EAMZvEgCGYwQAH3ASALwSCgBxcBIAUmoEAH9xEgADfQQA0nESANP+EgA9chIAeHISAIByEgDPchIA3HISAGKQBADechIAybYEAOByEgBpgAQAk3QSAEydBACTdRIAq7AEAOZ1EgA1dhIARnYSAAeyBABJdxIAa8YEAJt3EgDRyQQAQXgSAKLRBACneBIAbtgEALJ4EgCq5AQAv3gSAIzeBADEeRIAAeUEAGh6EgAk7AQApnoSAJnyBABVexIAOwIFAFp7EgBV7AkAW3sSABLwCQBdexIA5eYJAMF7EgD8exIABHwSAFN8EgCsfBIAMS0OAK98EgAGtwwAsnwSAKdvEwC0fBIASgUFALZ8EgD4PBAAzXwSAEscFADwfBIAIEUQAAl9EgBZCAUAhX0SAK99EgC6fRIAXgkFAGd+EgAlDwUAGn8SAPYWBQC8fxIAIyAFAL9/EgDKNQYALIASANYhBQB0gBIAVSoFAHaAEgAtIgUAxIASAJMlBQDIgBIAnScFAM2BEgANLQUA14ISAEQ4BQAigxIAXT0FAPOFEgAuhhIANoYSAIWGEgCUhhIAv2IFAOWGEgCQagUA44cSAA9zBQDuhxIAQykJADuIEgB1dgUAQokSADCLBQBMiRIACIMFAJqJEgBuhgUAnokSAHiIBQAMixIAR4sSAE+LEgCeixIAo4sSAJSfBQCtixIAbJcFAPuLEgDSmgUA/4sSANycBQAJjhIAWbYFALOOEgCGvwUAYY8SAJPTBQAukBIAjOMFAIaQEgD86AUAxpASAAbrBQAekRIAe/EFAHGREgCA8gUAxJESABOSEgAdkhIA1/IFAG2SEgDm9QUAIZMSAGX+BQDikxIAHZQSACWUEgB0lBIAepQSAEoKBgDhlBIABw4GAI+VEgCaGgYA1JUSAMwkBgCNlhIA2ycGADuXEgADMAYA65cSAII4BgCkmBIA35gSAOeYEgA2mRIARpkSAAtDBgBimRIAdkcGAJmZEgAQRAYA7JkSADuaEgBFmhIAZ0QGAFybEgCXmxIAn5sSAO6bEgD3mxIAZVUGAE+cEgBvVwYAD50SAEqdEgBSnRIAoZ0SAKKdEgCmYgYApp0SAAmrBgCunRIAd2oGALCdEgA2XQYA/p0SAJxgBgACnhIAUagGAAefEgAvbQYAtZ8SAFd1BgAMoBIAwnkGAF+gEgDHegYAFaESAO+CBgDRoRIADKISABSiEgBjohIAbaISABeLBgC9ohIAOpIGAISjEgC/oxIAx6MSABakEgAjpBIApZYGACWkEgDXoAYAcqQSALmaBgAhpRIAPaQGAHqlEgBHpgYA6qYSACWnEgAtpxIAfKcSAIunEgCDsgYA3acSAOm1BgDpqRIAUssGAFCqEgCLqhIAp6oSAOKqEgDvqhIArswGAAOsEgA+rBIARqwSAJWsEgCYrBIAsd4GAHqtEgDy6wYA9K0SAAvxBgD4rRIAyYcMAKyuEgDX9wYA+a4SAOv7BgBcsBIAQA0HALWwEgCwEgcAtrESAFzcCQDKsRIABdwJACGyEgBcshIAZLISALOyEgC2shIA2BoHACazEgBhsxIAabMSALizEgDHsxIAlR4HABq0EgBhJQcAbbUSAAg2BwAgthIAolUOACW2EgBqMRAAKLYSAMA4BwApthIAty8QAHy2EgDUPAcAkbcSAMy3EgDUtxIAI7gSACy4EgCqRQcAhLgSALRHBwA3uRIA104HAJi5EgBgWQcAMLoSADZiBwDeuhIAFm0HAIy7EgCpeQcAmLwSAJOGBwDvvBIA+YkHAEi9EgBfjQcAr70SAOq9EgDyvRIAQb4SAFC+EgCWmAcAUb4SALuOBwCkvhIAwI8HAPe+EgBGvxIAUL8SABeQBwD6vxIA/JsHAKXAEgDNowcAWMESAIqnBwAawhIAVcISAF3CEgCswhIAu8ISAA6xBwAPwxIAdLQHAGLDEgCxwxIAwMMSANC1BwBuxBIA7rsHAMDEEgBUvwcAGsUSAJDLBwAcxRIAcsUHAC7GEgBpxhIAccYSAMDGEgAzxxIAbscSAHbHEgDFxxIA0scSAJjeBwApyBIAUOEHAIHIEgAN5QcAI8kSAILrBwDbyRIApfIHAIjKEgC3BwgA5csSAHIcCAA4zBIAh8wSAJbMEgDOHQgABM0SACofCABEzhIAnyUIAJ3OEgAKKggA8M4SAD/PEgBOzxIAZisIALzPEgDCLAgA9dASAIQxCABO0RIApzgIAPzREgA/RggAqtISAClTCABj0xIA8FgIALfTEgBMWggAXtQSAA5fCAAi1RIAXdUSAGXVEgC01RIADtYSAJJoCADI1hIASmsIAIPXEgC+1xIAxtcSABXYEgAf2BIAd3QIAHrYEgAqdggA0tgSAEN7CAAk2RIArn8IANHZEgAZhAgA2doSADeKCAAs2xIAe9sSAH3bEgCOiggARdwSAIDcEgCI3BIA19wSAPjdEgAz3hIAO94SAIreEgCr3xIA5t8SAO7fEgA94BIAR+ASAMG3CAAH4RIAQuESAErhEgCZ4RIAo+ESAGbZCACv4RIAFskIAPXhEgAgywgAUeISAPbTCACs4xIAK/AIALDjEgD+5ggACOQSABztCABS5BIAJu8IAAnlEgA18ggAWeUSAET1CAAO5hIAtPoIAGfmEgApAQkAFecSADgECQBs5xIAjwQJANPnEgAO6BIAFugSAGXoEgB06BIARwcJACDpEgAsEwkAeukSAPgZCQCL6hIAxuoSAM7qEgAd6xIALOsSAHwjCQAl7BIAeewSAJPsEgAeMwkA7OwSACftEgAv7RIAfu0SAI3tEgAyNwkAC+4SAOU4CQCf7hIA2u4SAOLuEgAx7xIAl+8SAKI8CQDl7xIACEAJAJnwEgAXQwkA9vASAIJHCQCZ8RIAfNEJAJzxEgBETAkA8PESAElNCQD48hIA+l8JAE/zEgDGZgkAo/MSAMtnCQC99BIA+PQSAAD1EgBP9RIAW/USAGN1CQCu9RIA/fUSAAH2EgC/dgkAZPYSAHJ4CQAe9xIAWfcSAGH3EgCw9xIA2vcSAA+HCQAM+BIAiY4JAHr4EgAftwsAvfgSAAz5EgBE+RIA+ZMJAN35EgAR+hIAGfsSAOuzCQAi/BIA6cQJAH/9EgDO/RIA9v4SACr/EgBJ/xIAgf8SAOj/EgDH4AkAjgATADfmCQA6ARMAS+oJAJ0CEwCsmgoAnwITAIf2CQDtAhMA7fkJAPsEEwB2BAoASwUTAPALCgBSBRMA4QgKAFoHEwCpBxMAWggTAF4iCgBoCRMAlS0KAMAKEwAPCxMAOAsTAPlBCgDZCxMAFAwTABwMEwBrDBMAegwTACFKCgDIDBMAh00KAMwMEwD0lwoAdQ0TAJFPCgDPDRMAHg4TAEcOEwDyUQoA1A4TAK9VCgBMDxMABlYKANwQEwC8aQoA5xETAN9wCgDsEhMAXnkKAFMTEwC1eQoAnRMTAAx6CgDrExMAcn0KAJ8UEwCBgAoABhUTANiACgBQFRMAL4EKAJ4VEwCVhAoAHhcTAEsXEwC+FxMA+RcTAAEYEwBQGBMAAxkTAMCeCgAHGhMA/KoKAMYaEwDwuQoAexsTALYbEwC+GxMADRwTABccEwDLwwoA7B0TALDPCgAeHxMAieoKAHwfEwBQ8AoAIyATACb5CgCIIBMAjPwKADAhEwAfCQsAOSMTABEpCwD6JBMAYTkLAJYlEwB6PgsA9SUTAOBBCwCyJhMA7SYTAPUmEwBEJxMAnScTALZKCwC8KBMA9ygTAP8oEwBOKRMAeCkTAPdXCwAFKhMAFV4LAFsqEwCqKhMAuCoTAMNeCwAHKxMAJGELALwrEwA9ZgsABywTAFFqCwAULRMAg3QLABctEwAxdQsAdC4TAHKCCwDDLhMAzoMLACIvEwA0hwsAdC8TAOyJCwDGLxMAQ4oLAD4wEwBxMBMAOzETAC2XCwCgMRMAhJcLANoyEwApMxMAUjMTAFCeCwBdMxMA/p4LAD81EwASowsAmjUTAHimCwDuNRMA1KcLAPM2EwBJrgsAQjcTAF2yCwAKOBMAQjgTAPI4EwD/wQsATjkTANXKCwD3ORMAMcwLAH46EwBF0AsAuToTAFnUCwD/OhMAutYLAK47EwCa4QsAvjsTAHj9CwAaPRMA4O8LAGA9EwBB8gsAyD0TAKL0CwDYPxMAE0ATABtAEwBqQBMAd0ATAHYODADOQBMAhREMAHxBEwBCFQwAPEITAHRCEwDdQhMANFgTAOpCEwAiQxMA3EMTANoiDADeQxMAeSAMAJBEEwDVRBMAOkUTAF4sDADqRRMAQzgMAExHEwCiSwwA70cTALZPDABJSBMA1FUMAKBIEwBTXgwA9kgTAFhfDACdSRMAH2UMAGFKEwCcShMApEoTAPNKEwBoSxMAt3IMAFJMEwAseQwAa00TAF6DDAASThMA3YsMAMBOEwAKlQwAek8TALVPEwC9TxMADFATAH9QEwC6UBMAwlATABFREwDCURMA/m8TAMdREwAWUhMAyVETACl7EADbURMArrYTACBSEwDAqAwAylITAIeuDACEVBMAmcMMANNUEwCtxwwAOlYTAAfaDABJVhMAgVYTAOBWEwDz1QwAPlcTAErWDACMWBMA7OUMAJlZEwB18AwA6lkTAD5aEwBQWhMAI/EMAPhaEwCE8wwATVsTANvzDAD7WxMAovkMAFldEwDPAg0AcV0TAI8iDwCsXRMA+10TABleEwAmAw0AxV4TAABfEwAIXxMAV18TALxfEwA1Bg0AeGATAEQJDQAmYRMAqgwNACtiEwBmYhMAbmITAL1iEwAwYxMAa2MTAHNjEwDCYxMAJ2QTAOYYDQDjZBMAHmUTACZlEwB1ZRMA2mUTAK0eDQDtZhMAKGcTADBnEwB/ZxMA5GcTACcmDQCgaBMANikNAE5pEwCcLA0A7WoTAFAJEABEaxMApwkQAK9rEwDqaxMA8msTAEFsEwC4bBMANDoNAE5tEwB0ew0AAW8TAIzSEwAGcBMAPK4PABpwEwDOAhQALHATAFVwEwBdcBMAgUcQAINwEwAY2w8A2nATAANxEwBdcRMA5PUTAM1xEwAIchMAEHITAF9yEwDCchMAWlMNAClzEwBkcxMAbHMTALtzEwAedBMAbgoPAH90EwCcgw0Ay3UTACsODwDRdRMAjF0NADZ2EwBEYA0AKXcTAHh3EwCHdxMAmXYOANd3EwB5SBQAOnkTAMhpDQBEeRMAbGgNADx6EwCFbQ0A+noTADV7EwA9exMAjHsTAO98EwCydg0ACH8TALCHDQCofxMAmpQNAAiBEwCTpA0AC4ITAKKnDQBggxMAuPYOAGODEwBEvA4AZ4MTAH2xDQBtgxMAWgYPABOEEwBihBMAbIQTAJa2DQCDhRMAvoUTAMaFEwAVhhMAxYYTANfDDQAfhxMAlMcNACyJEwAi0w0Ag4kTANKJEwDeiRMAiNYNAIyKEwDu2Q0ANosTAIWLEwCcixMAXt8NAKCQEwDl+g0AUZETAKf/DQC2kxMAhRsOAG2UEwCylBMAbZUTAIMsDgBwlRMAJysOAHOWEwDkLg4AH5cTAOkvDgB4lxMA+DIOADuYEwBvmBMAjZgTAF42DgDqmBMA0zwOAIKZEwAqPQ4ANJwTAIOcEwCFnBMAwkoOAN+cEwBwSw4A5pwTANFNDgBXnxMAkp8TAJqfEwDpnxMA858TAPJlDgCzoBMA7qATAPagEwBFoRMAVKETAClxDgCioRMAj3QOAFCiEwD/eQ4A/qITAG9/DgAApBMAVIsOAK6kEwCriw4At6QTAMvcDwBhpRMAFpAOALilEwAHphMAbKYTAM6SDgDDphMAn5oOABmoEwBoqBMAa6gTAAWeDgAiqRMAZqAOAHWpEwDEqRMAx6kTAHCiDgB+qhMAKKUOANGqEwAgqxMAI6sTADKnDgDaqxMAQaoOAC2sEwB8rBMAhqwTAJiqDgDbrBMAKq0TAC2tEwCdqw4A4K0TAKyuDgA3rhMAhq4TAImuEwAIsA4APK8TAIuvEwCOrxMAHLQOAEGwEwCQsBMAk7ATADC4DgBKsRMA7bsOAEuyEwBdwQ4Aa7ITAIQWFAC2shMAucIOAEuzEwCfsxMAULQTABrFDgBXtBMAe8cOAAy2EwCZzQ4ADrYTAJFoDwC2thMABbcTAGS4EwDSzA8AabgTABS6EwDEuBMA2toOACS6EwA23A4Ae7oTAJfeDgDOuhMAnN8OADW7EwBwuxMAzrsTAJrwDgDRuxMAGfkOANa7EwBK4A4A4rsTANPqDgCNvhMAle8OADu/EwCz9Q4AVcATABkSFACVwBMAXKMPAKzAEwBrERQAs8ATAHIBFADNwBMAyUQQAOjAEwA3wRMAOsETAB76DgCewRMA0fsOAPHBEwDW/A4ARMITAJPCEwCdwhMALf0OAEnEEwD0Ag8AUMQTAP4EDwD3xBMAAwYPAHvGEwDACQ8ABscTACYNDwCjyBMAUgwUAB3JEwB3RRAAXMkTABQCEQBgyRMAMyEPAMvJEwDAZRAAIsoTABdmEADHyhMAoyYPABrLEwBpyxMAgssTAP8nDwDDyxMAF8wTAJLMEwDBLA8AQM0TAMYtDwDuzRMAIi8PAIDOEwDPzhMA2c4TAN8yDwB+zxMAHBAQAIXPEwBHKhAAkdATALU7DwCR0hMA4kQPAIPTEwCR0xMA2tMTAOjTEwBb1hMA6lcPAPnWEwBLWg8AA9cTAMVhDwAJ2RMAz2gQAL/ZEwBJaw8AFNoTAE5sDwBl2hMA/GwPALfaEwBYbg8AvNsTALlwDwDG3BMAFd0TAHTdEwDD3RMA6d0TAJEqFABy3hMA4XgPANDeEwAf3xMAft8TAM3fEwB+4BMA/34PADHhEwCA4RMA3+ETAC7iEwBU4hMA6CoUADvjEwBvhA8AluMTAMuFDwBA5BMAj+QTAJ/kEwAnhw8AYOUTAJTlEwBL5hMA6YsPAKXmEwChjg8AFOcTAEfnEwBy6hMAvaUPACXsEwAtqw8A0+wTAImsDwCB7RMA5a0PAB7wEwCqxA8A3PETAHvMDwDW8hMA4c8PAJT0EwCy1w8AP/UTAGraDwDC9xMANuEPAPH3EwDp4g8ATfgTAKcdFACl+BMAoeUPAKj4EwCr5w8A9vgTAEr5EwBm+RMAofkTAPv5EwBP+hMAa/oTAKb6EwAF+xMAVPsTAF77EwAC6A8As/sTADleFAAI/BMAG+0PABX9EwCG8Q8AYf0TAD70DwC9/RMA/h0UAM/+EwDORRAAdP8TAHoAEAA1AxQAJUYQAIsEFAD3GRAAiQUUAIITEABABhQAhxQQAEYIFACVCBQAnwgUAF0dEABRCRQAFSAQAJ0JFADDIBAAmwwUAKkMFADyDBQAAA0UAEkNFABXDRQAoA0UAK4NFAD3DRQABQ4UAE4OFABcDhQAFg8UAOYnEAB9DxQAPSgQABAQFACZKRAAghAUAL0QFADFEBQAFBEUAMoSFACjKxAA2hMUAFsuEAAmFBQACS8QAKAUFADSKBEA2hQUALwwEABEFRQAfxUUAPIVFAAtFhQArBYUANsWFAADFxQAMhcUAFoXFACJFxQAsRcUAOAXFADnFxQAOUoQAD8YFACOGBQAkxgUANA0EADtGRQAAj8QAFIbFABtQxAAVxwUAHvWEQBbHBQAyNQRALgeFAAqRxAAHR8UAFofFABiHxQAsR8UAGIgFAC2IBQANSEUAGQhFACMIRQAuyEUAOMhFAASIhQAOiIUAGkiFACRIhQAwCIUAJYjFADFIxQA7SMUABwkFABEJBQAcyQUAJskFADKJBQA8iQUACElFADbJRQAD1MQAIkmFABrVBAAPikUACFoEACPKRQA4ykUAJ0rFACCahAA+ysUAKVxEAC6LBQA8iwUAGgtFAAzfRAAqS0UAJ6BEAAWLhQATi4UAK0uFAD8LhQADC8UAFGDEABfLxQAVoQQAL8vFABGuhEAGTMUAN7CEABzMxQAjMMQAHQ0FACP1RAAIjUUAFvcEADQNRQAfuMQAH42FABF6RAALDcUAL/wEADaNxQAgfUQAIg4FABD+hAANjkUAA8BEQDoORQAdQQRAIc6FACKOhQA9joUAOUJEQA5OxQAmAsRAKQ7FABGDBEA6zsUAJ0MEQBFPBQA/g4RAJc8FABaEBEARj0UAGQSEQCnPRQAwBMRAFE+FAAmFxEAoT4UACsYEQD4PhQANRoRAE0/FAA6GxEA0T8UAPo/FACxQBQAhSoRAAJBFABWQRQAa0EUADMrEQCwQRQABEIUABlCFADrLREAyUUUABhGFAA2RhQA6T4RAIZJFADWXREA80kUAOphEQChShQAWmcRAD1LFAC7aREAkEsUAHNsEQDmSxQAK28RADtMFAA/cxEAnUwUAEl1EQAATRQAO00UAJRNFACKghEA9U0UAD2EEQBVThQA9YYRAJ9OFAATjREAYU8UAH6REQC+UxQAPqcRAHNVFAB/tBEAxlUUAIS1EQAZVhQAaFYUAGxWFADbtREAx1YUABZXFAB1VxQAxFcUAHpYFADJWBQALFkUAM/EEQB/WRQAzlkUANJZFAAmxREA/loUAKDMEQDhWxQAzdURADJcFACGXBQArlwUAN1cFAA3XRQAi10UALNdFADiXRQAUF4UANfXEQDpXhQAONoRAEhfFAA92xEAnV8UAOxfFAD8XxQAQtwRAExgFABH3REAnWAUAPFgFABSYRQAqN8RAK9hFACt4BEAsmIUAOTrEQBeYxQAB/MRALFjFAAAZBQAEGQUAF7zEQCyZBQAG/cRABVlFAB3+BEAamUUAHz5EQC7ZRQAKvoRAA1mFABhZhQA","fail":"AAAAAAAAAAD/igAAoNMBAOHbAACGcgcA6NABAARdCACHJQIArXUNAOjLAAA/zAAAlswAAO3MAABEzQAAm80AAPLNAABJzgAAoM4AAPfOAABOzwAApc8AAPzPAABT0AAA4qwBADmtAQCQrQEA560BAAAAAACHJQIAC2YNAI5RDgDlUQ4APFIOAJNSDgDqUg4AQVMOAJhTDgDvUw4ARlQOAJ1UDgD0VA4AS1UOAAAAAACGcgcA6NABAOjQAQARrwMA2kcCADFIAgDL1w4A4SEPAHcEAwDOBAMAgh8BAHkCBgDGMhAAEa8DAIclAgD6+QUA0bUAACi2AAB/tgAA1rYAAC23AACdDgAAhyUCAK11DQANWg4AZFoOALtaDgASWw4AaVsOAAAAAACGcgcAhyUCAEFJDACoRwQAjUkCAHQVCgBHOwIA/4oAAL9TAgBg3RAAt90QACbMAQDDJwAAhyUCAIyqCwDjqgsAbUoAAIiuBQDplwAAQJgAAAvdAgDIWgoAH1sKAIclAgALZg0AjlEOAOVRDgA8Ug4Ak1IOAOpSDgBBUw4AmFMOAO9TDgCLIQgA6qQNAFcAAABXAAAAh6QKAOjQAQBtSgAAhyUCAIshCABpyAEAAAAAAOmXAAB9Aw0AAQ0NAEQfAADPGAAABF0IAFtdCADoywAAP8wAAJbMAABJLwMAyDcDAB84AwB+HAsA1BkAAJhJDABCzQ4AXAEAALMBAAAKAgAAYQIAALgCAACLIQgA6qQNAFcAAABXAAAAbaYBAMqCBADplwAAerUAAOjQAQBDXQIA9f0GAIclAgCtdQ0A6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAE7PAAClzwAA/M8AAFPQAAD3+wkATvwJAAAAAAB5kgAAfpgBAOjQAQA/0QEAnQ4AAIclAgBtpgEAyoIEACGDBABXAAAAPq4BAJWuAQDsrgEAQ68BAJqvAQDxrwEASLABAAAAAABJLwMA81EDAGnIAQDAyAEAF8kBAMF0DADLzQwAIs4MAJaxDADtsQwARLIMAJuyDAD/PQIA46oLAC1qAgBxAwoAyAMKAB8ECgAEXQgAhyUCAIg3EACjDQoAhyUCAMvXDgCZLhEAG0sAAHJLAADJSwAAIEwAAHdMAADOTAAAAAAAAHQVCgBDPQ0AiyEIAEQfAACbHwAA8h8AAEkgAACgIAAA9yAAAPf7CQBO/AkAAAAAAHmSAADplwAAnQ4AALqpAgBx2wEABF0IAIclAgCLIQgA9TEAAEwyAACjMgAA+jIAAMyoDwBHOwIA/4oAAKDTAQBEHwAABF0IAIclAgCtdQ0A6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAE7PAAClzwAA/M8AANpHAgAxSAIAcMIDAMfCAwAewwMAdcMDAJaxDADtsQwAfRkAANQZAACYSQwAQs0OAFwBAACzAQAACgIAAGECAAC4AgAAs0cOAApIDgAJ2A8AYNgPAEFJDABoTgEAv04BAAvdAgB+mAEABF0IACQjEABBSQwAmEkMAELNDgBcAQAAswEAAAoCAABhAgAAzKgPAEc7AgD/igAAoNMBAEQfAAAEXQgAhyUCAK11DQDoywAAP8wAAJbMAADtzAAARM0AAJvNAADyzQAASc4AAKDOAAD3zgAATs8AAKXPAAD8zwAA2kcCADFIAgBwwgMAx8IDAB7DAwB1wwMAlrEMAO2xDAB9GQAA1BkAAJhJDABCzQ4AXAEAALMBAAAKAgAAYQIAALgCAACzRw4ACkgOAAnYDwBg2A8AQUkMAGhOAQC/TgEAC90CAH6YAQAEXQgAJCMQAP+KAACg0wEAC4sDAEkvAwDzUQMA9TEAAEwyAACjMgAA+jIAAMyoDwCdDgAARB8AAJsfAADyHwAASSAAAKAgAADMqA8AwycAAPaBCQDo0AEAbgANALqpAgDMqA8Agh8BAMZhCACdDgAAacgBAJt2AAB5gQ4A+hILALhIDgBYMgMA0bUAACi2AAB/tgAA1rYAAC23AACEtwAAQUkMAJhJDABCzQ4AXAEAALMBAAAKAgAAYQIAALgCAACCHwEA/fcBAJ0OAAC6qQIAhyUCAOgbEQC3hhAArXUNAB7SBgCLIQgA8fUPAIiuBQDfrgUA1ZgBAAAAAAB6tQAAerUAAOmXAACdDgAAacgBAIclAgALZg0A+04QAM8YAAANegMA6ZcAAARdCACHJQIA3iUCAPBxDQDo0AEAhyUCAHmSAACdDgAARB8AAIclAgAAAAAAzxgAAJZ/AgDDBwsAJhkAAOHbAADPGAAAhyUCAAtmDQBbXQgAabwQAMC8EABHOwIA/4oAAKDTAQBEHwAAAAAAAOjQAQCNSQIA/4oAAFaLAACtiwAABIwAAFuMAACyjAAATDcBAARdCAAkIxAAzxgAAA16AwDplwAABF0IAI1JAgDplwAAQJgAAJLuAABmEgMARzsCAP+KAAAjLwgAjUkCAARdCABHOwIAjUkCAOmXAABAmAAAku4AAGYSAwB5kgAARzsCAG2mAQDKggQAerUAAIclAgCWfwIA7X8CAESAAgCHJQIA9/sJAE78CQBtSgAAiK4FAN+uBQDplwAAC90CAGLdAgC53QIAhyUCAMF0DADLzQwAIs4MAJaxDADtsQwARLIMAJuyDAAhXg4ADVoOAKX3CADEpgEA4dsAAOmXAADPGAAAJhkAAKtKAQACSwEAnQ4AAC2hDQBXAAAAVwAAAIekCgDo0AEAbUoAAHHbAQAEXQgAjUkCAP+KAADoywAAP8wAAJbMAACNSQIAgh8BANkfAQAGCQwAAAAAAG2mAQDKggQA6ZcAAM8YAABtSgAAhyUCAAtmDQCOUQ4A5VEOADxSDgCTUg4A6lIOAEFTDgCYUw4A71MOAIshCADqpA0AVwAAAFcAAACHpAoA6NABAG1KAACHJQIArXUNAOjLAAA/zAAAlswAAO3MAABEzQAAm80AAPLNAABJzgAAoM4AAPfOAABOzwAApc8AAPzPAABT0AAAqtAAAGhOAQC/TgEAbUoAAOJaAgA67gcA/48BAOHKDgCHJQIA9/sJAE78CQAAAAAAeZIAAOmXAACdDgAAuqkCAHHbAQAEXQgAhyUCAOgbEQA/HBEAlhwRAO0cEQBEHREAmx8AAPIfAABJIAAAeZIAAG1KAADESgAAG0sAAM8YAABtSgAAsYcGAHq1AAD66gIAjmwCALGHBgCGcgcAow0KAIclAgBBSQwAbaYBAHmSAABsMQIAfpgBANWYAQCHJQIA/4oAAOjLAAA/zAAAmd4AAK11DQDoywAAP8wAAJbMAADtzAAARM0AAJvNAADyzQAASc4AAKDOAAD3zgAATs8AAKXPAAD8zwAAU9AAAPf7CQBO/AkAAAAAAHmSAAB+mAEA6NABAD/RAQAAAAAA6NABAKvJCQCjDQoAbDECAFcAAACuAAAABQEAAIclAgBf/QwAVwAAAK4AAAAFAQAAXAEAALMBAAAKAgAAYQIAAG39AQDE/QEA+vkFAPrqAgBR6wIAqOsCAMgXDgAfGA4AdhgOALNHDgB+mAEAOW8GAMRKAACdpg0AbSUKAG1KAACHJQIArXUNAMYyEAARrwMAhyUCAEFJDACYSQwAQs0OAFwBAACzAQAACgIAAGECAAC4AgAA+vkFAFH6BQCo+gUAwycAAPaBCQBsMQIAeZIAAOjQAQA/0QEA6NABAIclAgD6+QUA0bUAACi2AAB/tgAA1rYAAC23AACEtwAAiyEIAEQfAADPGAAAbUoAAIclAgCtdQ0A6MsAAD/MAACWzAAA2kcCADFIAgBwwgMAx8IDAB7DAwB1wwMAlrEMAO2xDAB9GQAA1BkAAJhJDABCzQ4AXAEAALMBAAAKAgAAYQIAALgCAADBdAwAy80MACLODACLIQgARB8AAAAAAAD/igAA6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAE7PAAClzwAA/M8AANKGAQAphwEAgIcBANeHAQCNAQUArXUNAOjLAAA/zAAAlswAAO3MAABEzQAAm80AAPLNAABJzgAAoM4AAPfOAABOzwAApc8AAPzPAABT0AAA4qwBADmtAQCQrQEA560BAC1qAgBxAwoAyAMKAB8ECgB2BAoAzQQKACQFCgCtdQ0A6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAHHbAQB5kgAAnQ4AAEWeAQDVmAEAbDECAIclAgCCHwEAxmEIAAcTBwCPrQgA/4oAAMYyEAANegMAQSEEAIIfAQCHJQIAAAAAAHq1AAD/jwEAVpABAK2QAQDPGAAALWoCAIRqAgDbagIAUBUBAEkvAwBQFQEA/4oAAOjLAAA/zAAAlswAAO3MAABEzQAAm80AAPLNAABJzgAAoM4AAPfOAABOzwAApc8AAPzPAADShgEAKYcBAICHAQDXhwEAAAAAAIZyBwCjDQoAbDECAMMxAgCdDgAARB8AAAcTBwCC5gYA2eYGAB8iEAA5bwYAD2QCAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAplgEAP1YBABUWQQAq1kEAAJaBABZWgQAsFoEAAdbBABeWwQAqmMNAOjLAAA/zAAAlswAAO3MAABEzQAAm80AAPLNAABJzgAAoM4AAPfOAABOzwAA1ZgBAJsfAADyHwAASSAAAKAgAAA/0QEAQJgAAJLuAABmEgMArXUNAOjLAAA/zAAAlswAAO3MAABEzQAAm80AAPLNAABJzgAAoM4AAPfOAABOzwAApc8AAPzPAABT0AAA4qwBADmtAQCQrQEA560BAI1JAgDo0AEAP9EBAHBmAgC6RhEAnQ4AAEQfAAAEXQgAhyUCAMyoDwD/MREAbaYBAMSmAQAbpwEAcqcBAMmnAQAgqAEAs0cOAApIDgAJ2A8AYNgPAPf7CQBO/AkApfwJAPz8CQBT/QkAqv0JAIclAgB5kgAAnQ4AAEWeAQDVmAEAbDECAIclAgCtdQ0A6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAE7PAAClzwAA/M8AAFPQAACCHwEAxmEIAAcTBwCPrQgA/4oAAMYyEAANegMAQSEEAG1KAACNSQIA/4oAAE73CACl9wgAxKYBAOHbAADplwAABF0IAIclAgDMqA8A6NABAKvJCQBHOwIA/4oAAEc7AgBtpgEAeqQOANGkDgDoywAAP8wAAJbMAADtzAAARM0AAJvNAADyzQAASc4AAKDOAAD3zgAATs8AAKXPAAD8zwAA6ZcAAECYAACS7gAAZhIDAFaLAACtiwAABIwAAFuMAACyjAAAuqQBABGlAQBopQEAv6UBABamAQAkIxAAQJgAAJLuAABmEgMA7xcCAHq1AADplwAAVwAAAG1KAACxhwYAhnIHAIclAgAAAAAAAAAAAAAAAACNAQUA9/sJAE78CQCLFwYAoNMBAPQOAACjDQoASS8DAIQJAAB5kgAAnQ4AAEQfAACbHwAAzxgAAC1qAgCEagIA22oCAHo+CwDRPgsAKD8LAEFJDACYSQwAQs0OAFwBAACzAQAACgIAAGECAAC4AgAAlrEMAO2xDABEsgwAm7IMACFeDgANWg4ApfcIAMSmAQDh2wAA6ZcAAARdCAB68QwAJhkAAH0ZAACtdQ0AET0PAK2LAAAEjAAAW4wAALKMAAAJjQAAy9cOAOEhDwD1yQ0Ay9cOAJkuEQB+mAEAQSEEAJghBAAL3QIAdBUKAJ2mDQCdDgAAuqkCALNHDgB+mAEAOW8GAMRKAACHJQIA9/sJAENdAgBHOwIARzsCAH6YAQA5bwYAgh8BAAAAAACHJQIA3iUCADUmAgCMJgIA4yYCAIclAgBBSQwAbaYBAHqkDgDRpA4AoNMBAEQfAAD6+QUAj60IAOatCAA9rggAlK4IAIclAgARrwMAaK8DAL+vAwDo0AEAhyUCAPr5BQBR+gUAqPoFAP/6BQBW+wUArfsFAAT8BQBb/AUAE/UDAGr1AwDB9QMALqsIAEQfAABMzw4AbUoAALGHBgDVmAEAbDECAMMnAADw4wEAR+QBAJ7kAQAq/AAAUBUBAMMnAADw4wEAR+QBAJ7kAQBKBQUAoQUFAPgFBQCtdQ0A6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAHHbAQDL1w4A4SEPAIZyBwAEXQgAJCMQAK/ADgAAAAAAAAAAAAAAAAAAAAAAhyUCALbGAQBHOwIA/4oAACMvCACHJQIA+vkFAOjQAQA/0QEAltEBACQjEADPGAAAbUoAALGHBgD/igAATvcIAJ0OAAAAAAAAzxgAAAvdAgBi3QIAud0CAMqCBAAEXQgAW10IAFaLAACtiwAABIwAAFuMAACyjAAA+DcPAO1/AgBEgAIAfpgBAH6YAQBsMQIAzxgAAC1qAgAnEgkAeZIAAOjQAQA/0QEAltEBAPhwCQDplwAAnQ4AAP04DwAmGQAAq0oBAIIfAQB5AgYAjmwCAHq1AAAEXQgAJCMQAM8YAAANegMA6ZcAAAAAAACGcgcAbDECAH6YAQDVmAEAhyUCAN4lAgA1JgIAjCYCAOMmAgDeJQIA8HENAOjQAQCHJQIAeZIAAJ0OAABEHwAAmx8AAIclAgDeJQIANSYCAIwmAgDjJgIA3iUCAPBxDQDo0AEAhyUCAHmSAACdDgAARB8AAIclAgCtdQ0A6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAE7PAAClzwAA/M8AAFPQAADirAEAOa0BAJCtAQDnrQEAhyUCAHmSAACdDgAARB8AAJsfAADPGAAALWoCAIRqAgAL3QIAyFoKAB9bCgBuAA0ARZ4BAIZyBwCjDQoAfpgBANWYAQANegMAWn0EAP33AQCCHwEAhyUCAIshCADqpA0AVwAAAFcAAACHpAoA6NABAG1KAABx2wEABF0IAIclAgCtdQ0AApYQAH6YAQCHJQIAC90CAMhaCgAfWwoAbgANAEWeAQCGcgcAow0KAIclAgDBdAwAAAAAAJ0OAABpyAEAwMgBAEkvAwCdDgAAC4sDAIclAgD3+wkAq8kJAG0lCgBtSgAAsYcGANWYAQDplwAAnQ4AAKMNCgD6DQoAUQ4KAKgOCgD/DgoAVg8KANWYAQBsMQIAhyUCAMvXDgDhIQ8An4YKAPaGCgDhIQ8AAAAAAOmXAAAEXQgApNkJAEEhBACYIQQAiDcQAKMNCgCdDgAAacgBAEQfAACbHwAAsYcGAIZyBwCjDQoA6ZcAAECYAACS7gAAZhIDADlvBgBx2wEAyNsBAB/cAQB23AEA/4oAAKDTAQD30wEATtQBAKXUAQD81AEAU9UBAOmXAACdDgAAuqkCAEkvAwB5kgAA0JIAABrgAgA5bwYASS8DAP+KAACg0wEA99MBAE7UAQCl1AEA/NQBAFPVAQCq1QEAYOkBALfpAQAO6gEAZeoBALzqAQAT6wEAausBAMHrAQD/igAAzbwMAHu9DABJLwMAQj8DAL8pCwCzTA8ACk0PAGFNDwC4TQ8AD04PAGZODwC9Tg8AQ10CAJpdAgDxXQIAwycAAPDjAQBH5AEAnuQBACQjEABAmAAAku4AAGYSAwAAAAAA/4oAAAvdAgBi3QIAv1MCAG2mAQD/igAAxjIQAGwxAgC/UwIA/4oAAKDTAQD30wEATtQBAKXUAQD81AEAU9UBAKrVAQAB1gEAWNYBAK/WAQAG1wEAgh8BAFcAAACuAAAA65ACAB8iEAB2IhAA9A4AAKMNCgDDJwAA8OMBAEfkAQASqAwAaagMAHmSAABtpgEAbUoAALGHBgBXAAAAbaYBAHqkDgCBTBEA8OMBAEfkAQASqAwAaagMAEQfAACbHwAAku4AAGYSAwAAAAAAhyUCAOgbEQCeOwIA9TsCAEw8AgCjPAIA+jwCAFE9AgDplwAAqVsBADonAgCRJwIA6CcCAD8oAgCWKAIAjKoLAD8SDwAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQDaRwIAMUgCAIyqCwA/Eg8AOicCAJEnAgDoJwIAPygCAJYoAgB2twsAbaYBAHqkDgCBTBEA2EwRAC9NEQD9jw8ABsEOAIclAgD3+wkAHyIQAOdPEQA+UBEAlVARAHa3CwDNtwsA3iUCADUmAgCMJgIA4yYCAAAAAACvwA4AhyUCAPf7CQAfIhAA508RAD5QEQCVUBEAdrcLAM23CwDeJQIANSYCAIwmAgDjJgIA3iUCADUmAgCMJgIA4yYCAPXkAQCNAQUAty8QAA4wEABlMBAAvDAQABMxEAAAAAAAeZIAANCSAAAa4AIAOW8GAL9TAgDE8RAABF0IAJZ/AgB5kgAA0JIAABrgAgA5bwYAv1MCAEj7EADo0AEAQ10CAPX9BgDGYQgA4dsAAIZyBwDo0AEAln8CAL9TAgD/igAAoNMBAPfTAQBO1AEApdQBAPzUAQBT1QEAqtUBAAHWAQCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAAAAAAMMnAADw4wEAR+QBAJ7kAQBXAAAAgFgJAAcTBwBtSgAAcdsBAAvdAgBi3QIAud0CABDeAgBn3gIAnQ4AAIclAgDL1w4A4SEPAPXJDQDoGxEAt4YQAAAAAACtdQ0A/ywQAFYtEACtLRAABC4QAFsuEACyLhAAjKoLAMRDEAAbRBAAckQQAEkvAwAAAAAAhnIHAG1KAABJLwMAerUAAP+PAQCS8wEA6fMBAED0AQCX9AEAP9EBAJbRAQCHJQIAeZIAAJ0OAABFngEA1ZgBAGwxAgCHJQIA/Y8PAAbBDgCMqgsAAAAAAG2mAQAAAAAAeZIAAP+KAABO9wgAAAAAAAAAAAB5kgAAbUoAAIclAgCzRw4ACkgOAAnYDwCHJQIAjKoLAAAAAAB5kgAA/4oAAHQVCgCdpg0AbSUKAMQlCgAbJgoAciYKAOgbEQDJJgoAICcKAHcnCgDoGxEA+vkFAFH6BQCo+gUAkb8PAOi/DwA/wA8A+vkFAFH6BQCo+gUAkb8PAOi/DwA/wA8A/4oAAMYyEAAAAAAAhyUCAGwxAgDDMQIAGjICAAAAAABtSgAAcdsBAMjbAQAf3AEAv1MCAIlLDQDgSw0AEa8DAG1KAABx2wEAyNsBAB/cAQC/UwIAFlQCAENdAgCaXQIA8V0CAEheAgCdDgAAiK4FAPiEDQCaXQIA8V0CAEheAgBtSgAAxEoAAPUvEQBMMBEAozARAAAAAADo0AEAP9EBABjsAQCROwYABxMHAG1KAACdDgAAv1MCANhYAgAvWQIAhlkCAN1ZAgA0WgIAi1oCAG1KAADiWgIAIREQAMRKAAD1LxEATDARAIZyBwC/UwIA2FgCAMRKAAD1LxEATDARAKMwEQD/igAAzbwMAEEhBABEHwAAfQMNANQDDQArBA0AggQNANkEDQC/UwIA2FgCAMRKAAD1LxEATDARAKMwEQC/UwIA2FgCAMRKAAD1LxEATDARABGvAwBXAAAAgFgJAOmXAABAmAAAku4AAGYSAwDDJwAAGigAAECYAAA/0QEAzxgAAHq1AADplwAA6ZcAAECYAACS7gAAZhIDAP+KAAD1/QYAxmEIAOmXAABAmAAAku4AAGYSAwBtSgAAbUoAAIiuBQDfrgUARzsCAJ47AgD1OwIAcdsBAOmXAABAmAAAku4AAGYSAwCCHwEAxmEIAG1KAADESgAAnaYNAARdCAAkIxAAQJgAAJLuAABmEgMAbaYBAG2mAQBXAAAAh6QKAH6YAQDVmAEAhZIDANySAwA3WxAAP9EBAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQDo0AEAP9EBAHBmAgDHZgIAHmcCAHVnAgDMZwIAI2gCAHpoAgDRaAIAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAAAAAADplwAAEa8DAOmXAABAmAAAku4AAGYSAwAEXQgAJCMQAKlbAQBK7xEAQJgAAJLuAABmEgMAAAAAAOmXAABAmAAAq8kJAARdCACk2QkAC90CAH6YAQBBIQQARZ4BAIZyBwCjDQoA6ZcAAECYAACS7gAAZhIDAEc7AgBSnA4AbSUKANCSAACZ6AIAbaYBAMSmAQCjwAsA+sALAFHBCwB6pA4AQJgAAJLuAABmEgMAxjIQAGwxAgD6EgsA6ZcAAECYAACS7gAAZhIDAOjQAQBsMQIAeZIAAIIfAQDGYQgAzxgAAG1KAABx2wEAs0INAJLuAABmEgMAhnIHAG0lCgBtSgAA4loCAMMnAABHOwIAUpwOAG0lCgDQkgAAmegCAJ0OAABEHwAAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAP+KAACg0wEA99MBAPUxAAD66gIAoNMBALqpAgBx2wEAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAPhwCQDdcgcANHMHAPPBCABKwggAocIIAPjCCABPwwgApsMIAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEABxMHAILmBgDZ5gYAbgANAEWeAQCGcgcAow0KAOmXAABAmAAAku4AAGYSAwBtSgAA/4oAAFaLAACWfwIAhnIHAAvdAgDIWgoAH1sKAMMnAABtpgEAxKYBAOHbAADplwAAQJgAAJLuAABmEgMAsYcGAAiIBgCxfQQAbaYBAHqkDgCCHwEAxmEIAM8YAABtSgAAcdsBAARdCAAkIxAAQJgAAJLuAABmEgMAnQ4AAC2hDQBXAAAAVwAAAIekCgDo0AEAbUoAAHHbAQAEXQgA+HAJAN1yBwA0cwcA88EIAErCCAChwggA+MIIAE/DCACmwwgA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQBtpgEAbaYBAHqkDgBsMQIA7VULAE73CAD/igAA65ACAEKRAgCZkQIA8JECAEeSAgCekgIA9ZICAEyTAgCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEA6NABAENdAgARrwMAfpgBANWYAQD3gQIAToICAKWCAgColAIA/5QCAFaVAgCtlQIABJYCAFuWAgCylgIACZcCAGCXAgC3lwIADpgCAGWYAgC8mAIAE5kCAGqZAgDBmQIAGJoCAG+aAgDGmgIAgh8BAEc7AgC3hhAAQJgAAMMnAADwcQ0A6NABAIIfAQB5AgYAjmwCAHHbAQCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAerUAAILmBgDZ5gYAMOcGAIfnBgDe5wYANegGAIIfAQDZHwEABgkMAKTZCQCmMw4A9oEJAHq1AAD66gIAjmwCALGHBgCGcgcAow0KAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAAAAAAP+KAABO9wgAeZIAAOmXAADplwAAQJgAAJLuAABmEgMADXoDAHq1AAD/jwEAVpABAK2QAQDplwAAzxgAAHq1AAD/jwEAVpABAK2QAQDplwAAQJgAAJLuAABmEgMABF0IACQjEAAHEwcAXhMHAFaQAQCtkAEA6ZcAAECYAACS7gAAZhIDAARdCAAkIxAAwycAAPaBCQDEPg8A6ZcAAARdCAD/igAATvcIAKX3CAD89wgAy9cOAOEhDwD1yQ0ArXUNAB7SBgCCHwEAxmEIAB1iCABHOwIAt4YQAECYAACHJQIA3iUCALpGEQDQkgAAtlQNAG1KAACxhwYAhnIHAKMNCgBx2wEAWFoLAK9aCwBtSgAAhyUCAMvXDgDhIQ8A9ckNAPf7CQBO/AkAixcGACMvCACHJQIAQUkMAGhOAQC/TgEAL0MPAIZDDwDdQw8ANEQPAItEDwCtdQ0A/ywQAFYtEABFngEAnJ4BAPOeAQCHJQIAQUkMAGhOAQC/TgEAL0MPAIZDDwDdQw8ANEQPAItEDwB5kgAA0JIAAJnoAgDw6AIAR+kCAJ7pAgD16QIATOoCAKPqAgBnFQ4AvhUOABUWDgBsFg4AwxYOABoXDgCGcgcAhyUCAN4lAgAaKAAA4dsAAIclAgCtdQ0ABHYNAEKRAgCZkQIA8JECAEeSAgCekgIA9ZICAJ0OAACHJQIAy9cOAOEhDwD1yQ0A3iUCALpGEQDQkgAAtlQNAG1KAACxhwYAhnIHAKMNCgDGMhAAzxgAACYZAACrSgEAqD0CAPf7CQBO/AkAltEBACQjEAAHEwcA0bUAAB2bAgDrkAIAP9EBAKvJCQC2xgEAy9cOAPr5BQARrwMA4W4NADhvDQCPbw0A5m8NAOmXAABAmAAAku4AAGYSAwDPGAAAbUoAAP+KAACObAIAsYcGAIZyBwCjDQoA6ZcAAECYAACS7gAAZhIDAF+hCwD2gQkAxD4PAPeBAgCHJQIAiyEIAMITAwCCHwEARzsCAFKcDgB+mAEAGb0CAP+KAACObAIAsYcGAIZyBwCjDQoAhyUCAIyqCwDEQxAAG0QQAHJEEADeJQIANSYCAIwmAgDjJgIAAAAAAIclAgDBdAwAGHUMAPwaEABTGxAAqhsQAAEcEABA9AEAjmwCALGHBgBHOwIAbaYBAHqkDgDL1w4AD2QCAGZkAgC9ZAIA+vkFAPrqAgCkDQMA+w0DAFIOAwCpDgMAAA8DAI4aAwDlGgMAPBsDAJMbAwDqGwMAQRwDAJgcAwDvHAMARh0DAJ0dAwAAAAAAeZIAANCSAACZ6AIA8OgCAEfpAgCe6QIA9ekCAEzqAgD6+QUA+uoCAKQNAwD7DQMAUg4DAKkOAwAADwMAeZIAAJ0OAADL1w4A4SEPAHcEAwDOBAMAgh8BAHkCBgDGMhAAlrEMAO2xDABEsgwAm7IMAP89AgDjqgsAOqsLAG0lCgBsMQIAgh8BAIS8AQBBIQQAacgBAEWeAQDVmAEAbDECAIclAgD3+wkATvwJAG1KAAB5kgAA6NABAAtmDQD7ThAABxMHANG1AAAdmwIA65ACAD/RAQCW0QEAhyUCAK11DQDGMhAABF0IAIclAgCWsQwA7bEMAESyDACbsgwAeZIAAJ0OAABEHwAAwXQMABh1DAAsmQEAg5kBANqZAQAxmgEAiJoBAGu3AQCINxAA3XIHADRzBwDzwQgASsIIAKHCCAD4wggAT8MIAFp9BACxfQQACH4EAF9+BAC2fgQADX8EAARdCACHJQIArXUNAMYyEAAEXQgAhyUCAJaxDADtsQwARLIMAJuyDAB5kgAAnQ4AAEQfAACLIQgAwhMDABkUAwBwFAMAxxQDAB4VAwAPSQ4AZkkOAL1JDgAUSg4Aa0oOAMYyEAANegMAerUAAEkvAwDJKwsAj2oMAOZqDAA9awwAlGsMAOtrDABCbAwAy9wPAMRDEAAbRBAAckQQAIclAgCINxAAbSUKAG1KAACHJQIAiDcQAMMnAACHJQIA6BsRAFKcDgBtJQoA0JIAAJnoAgD3+wkAQ10CAIqOAgDhjgIAIy8IAARdCACHJQIAs0cOAH6YAQA5bwYAxEoAAIclAgCINxAAC90CAMhaCgAfWwoAwycAAG2mAQDEpgEAiyEIAOqkDQBBpQ0AmKUNAIiuBQD4hA0AT4UNAMzhCQCHJQIAs0cOAH6YAQA5bwYAxEoAAIclAgCINxAAC90CAMhaCgAfWwoAwycAAG2mAQDEpgEAgh8BAP33AQBU+AEAq/gBAAL5AQBZ+QEAsPkBABGvAwCHJQIAs0cOAH6YAQA5bwYAxEoAAIclAgCINxAAC90CAMhaCgAfWwoAwycAAG2mAQDEpgEAC2YNAGJmDQAL3QIAfpgBAARdCAAkIxAAs0cOAH6YAQA5bwYAxEoAAIclAgCINxAAC90CAMhaCgAfWwoAwycAAG2mAQDEpgEAfpgBABm9AgCHJQIAQUkMAIekCgB+mAEA1ZgBAIWSAwDckgMAN1sQAIclAgALZg0A+04QAECYAAA/0QEAcGYCAMdmAgAeZwIAdWcCAMxnAgAjaAIArXUNAP8sEABWLRAARZ4BAJyeAQDzngEAgh8BAMZhCADPGAAAbUoAAIclAgDL1w4A4SEPAPXJDQCMqgsA46oLAG1KAACIrgUAEa8DAIclAgDBdAwAGHUMAG91DACWsQwADXoDAGR6AwC7egMAgh8BAHkCBgBtpgEAyoIEAHq1AADplwAA6BsRAFKcDgBtJQoA0JIAAJnoAgCdDgAAhyUCAIg3EABtJQoAbUoAAIclAgCINxAAwycAAIclAgD3+wkAQ10CAIqOAgDhjgIAbUoAAHHbAQBsMQIA+hILAECYAACHJQIAC2YNAGJmDQAL3QIAfpgBAARdCAAkIxAA6BsRAD8cEQCWHBEAWIQCAK+EAgAGhQIAln8CAO1/AgAEXQgAhyUCAK11DQCObAIAUBUBAKcVAQD66gIAUesCAKjrAgDIFw4AHxgOAHYYDgDNGA4AJBkOAHsZDgDSGQ4AKRoOAIAaDgDXGg4ALhsOAIUbDgDcGw4AMxwOAIocDgDhHA4AOB0OAI8dDgDmHQ4APR4OAJQeDgDrHg4AQh8OAJkfDgDwHw4ARyAOAJ4gDgD1IA4ATCEOAKMhDgD6IQ4AUSIOAKgiDgD/Ig4AViMOAK0jDgAEJA4AfpgBANWYAQD3gQIAToICAKWCAgDJWgMAIFsDAHdbAwDOWwMAJVwDAHxcAwDTXAMAKl0DAIFdAwDYXQMAL14DAIZeAwDdXgMAAAAAAIZyBwBtJQoAhyUCACRrDQB7aw0AC90CAMhaCgCtdQ0AxjIQAB0zEAB0MxAAyzMQACI0EAB5NBAAwXQMABh1DABvdQwAEa8DAGivAwC/rwMA6NABAIclAgCLIQgA4iEIADkiCACQIggA5yIIAMITAwAZFAMAcBQDAMcUAwD6+QUAUfoFAOHKDgB5kgAAgh8BAM8YAACHJQIAQJgAAD/RAQDBdAwAy80MACLODACWsQwA7bEMAH0ZAADUGQAAmEkMAOuQAgBDXQIA9f0GAMZhCABtSgAAcdsBALNCDQCHJQIA6BsRAJ47AgD1OwIATDwCAEFJDABoTgEAP9EBAFcAAACuAAAA65ACAD/RAQCW0QEAhyUCAIshCADx9Q8ASPYPAI5sAgBx2wEAWFoLAMZhCADPGAAAbUoAAIclAgALZg0AW10IAGm8EADAvBAARzsCAP+KAACg0wEARB8AAIshCADCEwMA8ywNAEotDQChLQ0A+C0NAIclAgDBdAwAy80MACLODACLIQgA8fUPAEj2DwDrkAIAbUoAALGHBgDVmAEAbDECAIclAgB5kgAAWz8CAHmSAABtSgAAbUoAALGHBgDVmAEAbDECAIclAgALZg0AjlEOAOHbAADBdAwAGHUMAG91DAD3+wkATvwJAP2lAgBeEwcAC90CAMhaCgAfWwoAEa8DAIclAgCCHwEA2R8BAAYJDAD/igAAIy8IAKTZCQDVmAEAbDECAIclAgD3+wkATvwJAJbRAQDt0QEARNIBAJvSAQDBdAwAy80MACLODABtpgEAxKYBAJvcAwDy3AMASd0DAKDdAwD33QMATt4DAMvXDgCZLhEAG0sAAEHKAwCYygMA78oDAEbLAwCg0wEARB8AAEzPDgCHJQIAwXQMABh1DABvdQwAgh8BAMZhCAAdYggA2R8BAOjQAQDBdAwAy80MACLODADBdAwAGHUMAG91DABZggwAsIIMAAeDDABBSQwAaE4BAL9OAQBcmQ0As5kNAAqaDQBhmg0AhyUCAIg3EADDJwAAhyUCAIshCADx9Q8ASPYPAOuQAgBtSgAAsYcGANWYAQBsMQIAhyUCAHmSAACtDwoABBAKAFsQCgDL1w4A4SEPAPXJDQCLIQgARB8AAJsfAADyHwAASSAAAKAgAAD3IAAArXUNAI5sAgBtJQoAxCUKABsmCgByJgoAySYKACAnCgB3JwoAzicKACTCDQCIrgUA+IQNAIqOAgCdDgAAC4sDAP+KAACObAIAcdsBACRrDQCdpg0AnQ4AALqpAgCHJQIAlrEMAC1qAgCEagIA22oCAG2mAQDEpgEAo8ALAPrACwBRwQsAdBUKAJ2mDQCdDgAAuqkCAIQJAADbCQAAy9cOAOEhDwD1yQ0ArXUNACMvCAAEXQgA6NABAD/RAQCdDgAAacgBAEkvAwCINxAAow0KAIclAgCLIQgA9A4AAG6aCQDFmgkAHJsJAHObCQCHJQIAVwAAAG1KAACxhwYA1ZgBAGwxAgCHJQIA+vkFAFH6BQCo+gUA//oFAFb7BQCt+wUABPwFAFv8BQAT9QMAavUDAMflCgAe5goAiDcQAKMNCgCHJQIAeZIAANCSAAAa4AIA7xcCAIclAgALZg0AjlEOAIIfAQB5AgYAzbwMANWYAQCHJQIAiyEIAPQOAABumgkAxZoJABybCQBzmwkAhyUCACUoCgB8KAoA0ygKACopCgCBKQoA2CkKAC8qCgCGKgoA3SoKADQrCgCLIQgARB8AAJsfAADyHwAASSAAAKAgAABJLwMAnQ4AAIclAgDL1w4AmS4RABtLAABySwAAyUsAACBMAAB3TAAAzkwAACVNAAB8TQAA000AAI9qDADmagwAjYUOAOSFDgA7hg4AkoYOAOmGDgCINxAAow0KAIclAgAkaw0AnaYNAJ0OAABtpgEAxKYBAKPACwD6wAsAUcELAKjrAgAAAAAAbaYBAJ0OAAC6qQIAEaoCAI5sAgBx2wEAtsYBAAAAAAAAAAAAAAAAAAAAAAAAAAAAZCMDALsjAwC2xgEAAAAAAGQjAwC7IwMAgikDAFH6BQAhqwwAeKsMAM+rDAAmrAwAfawMANSsDAArrQwAgq0MAHobBADRGwQAKBwEAH8cBADWHAQALR0EAIQdBADbHQQAMh4EAIkeBADgHgQANx8EAI4fBADlHwQAPCAEAKj6BQD/+gUAVvsFAK37BQAE/AUAW/wFABP1AwBq9QMAwfUDABj2AwBv9gMAxvYDAB33AwB09wMAy/cDACL4AwB5+AMA0PgDACf5AwB++QMA5PwDADv9AwCS/QMA6f0DAED+AwCX/gMA7v4DAEX/AwCc/wMA8/8DAEoABAChAAQA+AAEAE8BBACmAQQA/QEEAFQCBABsMQIASS8DAHq1AAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAE/UDAGr1AwBHOwIA/4oAAJ0OAAAhLAQAeCwEAHqkDgCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAmXYOAPB2DgBHdw4AnncOAPV3DgBMeA4Ao3gOAPp4DgBReQ4AqHkOABj2AwBv9gMA3iUCADUmAgCMJgIA4yYCAP4EDwChBQUA+AUFAE8GBQCmBgUA/QYFAFQHBQCrBwUAAggFAIyqCwA/Eg8AAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEACl4BALNHDgB0FQoAfpgBABm9AgB6pA4A+vkFAFH6BQCo+gUA//oFAFb7BQCt+wUABPwFAFv8BQCy/AUAUfoFAKj6BQD/+gUAVvsFAK37BQAE/AUAW/wFABP1AwBq9QMAbRYHAMQWBwAbFwcAchcHAMkXBwAgGAcAwhMDABkUAwB6tQAAVwAAAKhHBAC/UwIAlNYQAOvWEAAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQCdDgAAv1MCAGDdEAD66gIApA0DAPsNAwBSDgMAqQ4DAHq1AAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDPGAAAJhkAAOHbAADplwAAQJgAAJLuAABmEgMAt90QACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BABP1AwBq9QMABF0IAPhwCQDplwAAnQ4AAP04DwAmGQAAq0oBAHHbAQCpWwEAa5wNAEEhBAC6qQIAcdsBALNCDQCS7gAAZhIDAPr5BQD66gIAUesCAKjrAgD/6wIA3iUCADUmAgCMJgIA4yYCAIIfAQBXAAAAh6QKAOjQAQBtSgAAcdsBALNCDQCS7gAAZhIDAG2mAQDKggQAIYMEAFcAAACNPwAAv1MCAMTxEAB+mAEARzsCALwDBwBDXQIA65ACABGvAwCHJQIAlrEMAO2xDABEsgwAm7IMAG2mAQDEpgEAm9wDAPLcAwAkIxAABF0IAEkvAwA3TA0A3XIHADRzBwCLcwcAhyUCAIshCABbPwIA/4oAAOuQAgA/0QEAltEBAIclAgCINxAARzsCABjsAQCROwYABxMHAG1KAACHJQIA3iUCAPaBCQBNggkAyDcDAB84AwB+HAsA1BkAAI0/AACHJQIAs0cOADjcAABDXQIAApYQAFmWEACAWAkA11gJAIclAgCtdQ0AC90CAGLdAgDNvAwAJL0MAP+KAABHOwIAbaYBAIclAgDBdAwAWn0EALF9BABtpgEAeqQOAIIfAQDGYQgAzxgAAG1KAAD/igAAjmwCALGHBgCGcgcAow0KAEkvAwBtpgEAyoIEACGDBABXAAAAjT8AAIclAgBtpgEAyoIEACGDBAB4gwQAz4MEACaEBAB9hAQA1IQEACuFBACChQQA2YUEADCGBADysgwASbMMAKCzDAD3swwAhyUCAG2mAQDKggQAIYMEAHiDBADPgwQAJoQEAH2EBADUhAQAK4UEAIKFBADZhQQAMIYEAPKyDABJswwAoLMMAPezDABoTgEAv04BAC9DDwCGQw8A3UMPAG2mAQARrwMAerUAAP+PAQAmzAEAwycAAPaBCQBsMQIAeZIAAOjQAQA/0QEAltEBAEkvAwCmWAQA3G0NADNuDQCKbg0AZ+gEAL7oBAAV6QQAbOkEAMPpBAAa6gQAceoEAMjqBABBSQwAakwEAMITAwB6tQAA/48BAN1yBwAJfA4ArzIDAAYzAwBdMwMAtDMDAAs0AwBiNAMAjhoDAOUaAwA8GwMAkxsDAOobAwCtdQ0AHtIGAEFJDACHpAoAnQ4AALqpAgBsMQIA6NABAD/RAQCdDgAAISwEAHgsBACvSwgAC2YNAOjQAQAfIhAAC90CAMhaCgAfWwoA2kcCADFIAgDL1w4AiK4FAN+uBQDplwAABF0IAG1KAACxhwYACIgGAF+IBgC2iAYADYkGAGSJBgBJLwMAWDIDAHdgBADOYAQAJWEEAHxhBADTYQQAKmIEAIFiBADYYgQAL2MEABj2AwCuiQoABYoKAFyKCgC2iAYADYkGAGSJBgAPjAoAldsKAOzbCgA6JwIAfpgBAOjQAQA/0QEAUBUBACZpEACHJQIA+vkFAOjQAQA/0QEAixcGAI5sAgBx2wEArXUNAB7SBgD6+QUAUfoFAKj6BQD/+gUAVvsFAK37BQAE/AUAW/wFABP1AwBq9QMAwfUDABj2AwBv9gMAxvYDACRrDQCdpg0AnQ4AALqpAgBtpgEAxKYBAKPACwD6wAsAUcELAHQVCgCdpg0AnQ4AALqpAgCHJQIArXUNAMYyEAAEXQgAhyUCAEFJDACHpAoA6NABAG1KAAAAAAAAAAAAAAAAAAC/UwIAAAAAAL9TAgAAAAAAv1MCAAAAAACHJQIArXUNAMYyEAAEXQgAhyUCAEFJDACHpAoA6NABAG1KAABCLhEAAAAAAIclAgCtdQ0AxjIQAARdCACHJQIAQUkMAIekCgDo0AEAbUoAAG2mAQDEpgEAm9wDAPLcAwBJ3QMAoN0DAPfdAwBO3gMAy9cOAJkuEQAbSwAAUBUBAFcAAACHpAoAnQ4AALqpAgBsMQIA6NABAD/RAQCdDgAAISwEAHgsBABQFQEA3JcEAK11DQARPQ8AzOEJACPiCQB64gkA0eIJAPf7CQBO/AkA/aUCAF4TBwDo0AEABF0IAIclAgCtdQ0AIy8IAHovCADRLwgAKDAIAHHbAQCzQg0Av1MCAIclAgCCHwEAhLwBAEEhBABpyAEARZ4BANWYAQBsMQIAhyUCAK11DQAe0gYAbDECAPoSCwCCHwEAhyUCAMF0DAA5bwYAkG8GAAtmDQD7ThAAeyMQAIBYCQDuOhAARTsQAJ0OAACHJQIAiDcQAKMNCgAAAAAAAAAAAEkvAwBCPwMAvykLABYqCwBtKgsAxCoLAIyqCwDEQxAAG0QQAHJEEACAvgwA174MAC6/DAD6+QUAUfoFAKj6BQD/+gUAVvsFAK37BQBaoAsAsaALAAihCwB0FQoAnaYNAJ0OAAC6qQIAItgOALNCDQAKQw0AYUMNALhDDQAPRA0AZkQNAL1EDQAURQ0Aa0UNAAtmDQBnexEA6ZcAAMvXDgDhIQ8A9ckNAPr5BQBR+gUAqPoFAP/6BQBW+wUArfsFAAT8BQBb/AUAE/UDAGr1AwDB9QMAGPYDAK6JCgAFigoAXIoKALaIBgANiQYAHyIQADlvBgBx2wEA+vkFAFH6BQCo+gUA//oFAFb7BQCt+wUABPwFAI1JAgDkSQIAsYcGAAiIBgBfiAYAtogGAA2JBgBkiQYAUfoFAKj6BQD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FALf9BQAO/gUAiyEIAEQfAACbHwAA8h8AAEkgAABJLwMAWDIDAHdgBADOYAQAJWEEAHxhBADTYQQAKmIEAIFiBADYYgQAL2MEAIZjBADdYwQANGQEAItkBADiZAQAOWUEABj2AwCuiQoABYoKAFyKCgCzigoACosKAGGLCgC4iwoAyDcDAB84AwB+HAsA0+AMAKvJCQBtJQoAbUoAAHHbAQDL1w4A4SEPAPXJDQAkaw0AnaYNAJ0OAADplwAAbUoAAOHbAACGcgcA6NABAJZ/AgCHJQIAwXQMAMvNDAAizgwAeZIAANCSAADo0AEAP9EBAIsXBgDiFwYAORgGAP+KAABHOwIAbaYBAAAAAACHJQIAln8CAOc7DQDVmAEA94ECAEkvAwBYMgMAd2AEAM5gBAAlYQQAfGEEANNhBAAqYgQA2kcCADFIAgD6+QUA+uoCAKRTEQD7UxEAUlQRALhIDgDzUQMA9A4AAIIfAQDGYQgAUfoFAKj6BQD/+gUAVvsFAK37BQAE/AUAWqALALGgCwAIoQsAdBUKABGvAwAAAAAAAAAAAAAAAABkIwMAuyMDALbGAQAAAAAAAAAAAAAAAAAAAAAAZCMDALsjAwCCKQMAUfoFAKj6BQD/+gUAVvsFAK37BQAE/AUAW/wFABP1AwBq9QMAwfUDAG0WBwDEFgcAGxcHAHIXBwDJFwcAIBgHAIIfAQBOkQUApZEFAPyRBQBTkgUABF0IAEc7AgCHJQIAgh8BANkfAQAGCQwAXQkMALQJDACCHwEATpEFAKWRBQD8kQUAU5IFAHq1AADRtQAAKLYAAH+2AADWtgAAeQIGAOuQAgAfIhAA/4oAACMvCACCHwEATpEFAKWRBQD8kQUAU5IFAK9LCAALZg0A6NABAB8iEAAL3QIAyFoKAB9bCgDaRwIAMUgCAMvXDgCIrgUA364FAOmXAAAEXQgAgh8BAP33AQDQkgAAGuACAHHgAgD66gIAjmwCALGHBgCGcgcAow0KAJ0OAABEHwAAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAJl2DgDwdg4As/oPAEpcBQChXAUA+FwFAE9dBQCmXQUA/V0FAFReBQCrXgUAAl8FAFlfBQCwXwUAhyUCAG2mAQDKggQA1ZgBAJZ/AgCHJQIA3iUCADUmAgCMJgIAk00NAOpNDQCtdQ0AIy8IAARdCADo0AEAP9EBAJ0OAABpyAEAr8AOACr8AAD0fgUAnaYNAJ0OAAC6qQIAewUKANIFCgApBgoAgAYKANcGCgAuBwoAhQcKANwHCgAzCAoAiggKAK11DQDGMhAAEa8DAIclAgCINxAAwycAAIclAgDL1w4AmS4RABtLAABySwAAVwAAAIBYCQAHEwcAfpgBAKvdDQD2gQkA6ZcAAARdCACHJQIAgh8BAE6RBQClkQUA/JEFAFOSBQCvSwgAJGsNAJ2mDQCdDgAAuqkCACRrDQCdpg0AnQ4AALqpAgCHJQIAdBUKABGvAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAI0BBQDkAQUA5eYJADznCQCT5wkA6ucJAEHoCQCY6AkA7+gJAEbpCQCd6QkA9OkJAEvqCQCi6gkA+eoJAFDrCQCn6wkA/usJABj2AwCuiQoABYoKAFyKCgCzigoACosKAGGLCgC4iwoAiDcQAN1yBwA0cwcA88EIAErCCAChwggA+MIIAE/DCACmwwgAhyUCAMvXDgCxhwYACIgGAF+IBgAEXQgAhyUCAIg3EABtJQoAEa8DAJ0OAAAhLAQAeCwEAMqCBACNSQIAnQ4AACEsBAB4LAQAjUkCAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAmXYOAPB2DgBHdw4AnncOAPV3DgBMeA4Ao3gOAPp4DgBReQ4AqHkOAP95DgBWeg4ArXoOAAR7DgBbew4AsnsOABj2AwCuiQoABYoKAFyKCgCzigoACosKAGGLCgC4iwoAiDcQAN1yBwA0cwcA88EIAErCCAChwggA+MIIAE/DCACmwwgAhyUCAMvXDgCxhwYACIgGAF+IBgAEXQgAhyUCAIg3EABtJQoAGPYDAK6JCgAFigoAXIoKALOKCgAKiwoAYYsKALiLCgCINxAA3XIHADRzBwDzwQgASsIIAKHCCAD4wggAT8MIAKbDCACHJQIAy9cOALGHBgAIiAYAX4gGAARdCACHJQIAiDcQAG0lCgDo0AEAHyIQABm9AgDEpgEAG6cBABGvAwCNSQIAerUAAP+PAQAmzAEAfcwBANTMAQArzQEAgs0BAOPPAQDMqA8A/zERAHmSAADQkgAAawkBAMIJAQAZCgEAcAoBAMcKAQAeCwEAdQsBAKlvBQAAcAUAV3AFAK5wBQAFcQUAXHEFALNxBQAKcgUAYXIFALhyBQCCHwEATpEFAKWRBQD8kQUAU5IFAAAAAABQFQEA3JcEAK11DQARPQ8AzOEJACPiCQB64gkA0eIJAPf7CQBO/AkA/aUCAF4TBwDo0AEABF0IAIclAgCtdQ0AIy8IAHovCADRLwgAKDAIAHHbAQCzQg0Av1MCAIclAgCCHwEAhLwBAEEhBABpyAEARZ4BANWYAQBsMQIAhyUCAK11DQAe0gYAbDECAPoSCwCCHwEAhyUCAMF0DAA5bwYAkG8GAAtmDQD7ThAAeyMQAIBYCQDuOhAARTsQAJ0OAACHJQIAiDcQAKMNCgAAAAAAJmkQAIiuBQDfrgUANq8FAI2vBQDkrwUAO7AFAFAVAQDclwQArXUNABE9DwDM4QkAI+IJAHriCQDR4gkA9/sJAE78CQD9pQIAXhMHAOjQAQAEXQgAhyUCAK11DQAjLwgAei8IANEvCAAoMAgAcdsBALNCDQC/UwIAhyUCAIIfAQCEvAEAQSEEAGnIAQBFngEA1ZgBAGwxAgCHJQIArXUNAB7SBgBsMQIA+hILAIIfAQCHJQIAwXQMADlvBgCQbwYAC2YNAPtOEAB7IxAAgFgJAO46EABFOxAAnQ4AAIclAgCINxAAow0KAAAAAACWsQwA7bEMAEkvAwAAAAAAAAAAAAAAAAAAAAAAAAAAANpHAgAxSAIAiyEIAOIhCAA5IggAzywEACYtBAB9LQQA1C0EACsuBAC4SA4AAAAAAAAAAACdDgAAAAAAAAAAAACNAQUAwDgHABc5BwCo+gUA//oFAFb7BQCt+wUABPwFAFv8BQAT9QMAavUDAMH1AwAY9gMArokKAAWKCgBcigoAtogGAA2JBgBkiQYASS8DADtUBACSVAQA6VQEAEBVBACXVQQA7lUEAEVWBACcVgQANsMJAI3DCQDkwwkAO8QJAJLECQCLIQgA9A4AAG6aCQDFmgkAHJsJAHObCQCHJQIArXUNAMMnAABtSgAAcdsBALNCDQB6tQAA/48BACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BADDOAQCHzgEA3s4BADXPAQCMzwEAeZIAANCSAAAa4AIA7xcCAIclAgCLIQgA9A4AAG6aCQDFmgkAHJsJAHObCQBJLwMA/4oAAO8XAgDo0AEAP9EBAG1KAACIrgUA364FAOmXAACdDgAAVwAAAIBYCQDXWAkAku4AAD/RAQAAAAAAeZIAAOmXAACdDgAAuqkCAHHbAQCzQg0Aku4AAGYSAwDJKwsAICwLAHcsCwDiFwYAORgGAJAYBgDnGAYAPhkGAJUZBgDsGQYAQxoGAJoaBgDxGgYASBsGAJ8bBgD2GwYATRwGAKQcBgD7HAYAUh0GAKkdBgAAHgYAVx4GAK4eBgAFHwYAXB8GALMfBgAKIAYAYSAGALggBgAPIQYAZiEGAL0hBgAUIgYAayIGAMIiBgAZIwYAcCMGAMcjBgD/igAAVosAAI+tCADmrQgABF0IAIclAgDL1w4AmS4RABtLAACCHwEAeQIGANACBgCHJQIA9/sJAE78CQBtSgAAiK4FAN+uBQDplwAAnQ4AAIclAgBBSQwAP2kPANdYCQCHJQIA9/sJAE78CQAAAAAAeZIAAOmXAACdDgAAuqkCAIclAgBtpgEAyoIEAFp9BACEvAEAOW8GAJBvBgDh2wAAdBUKAH6YAQB6tQAAj60IAIclAgDBdAwAy80MAEkvAwB6tQAA+uoCAKQNAwD7DQMAUg4DAKkOAwB6tQAA/48BACbMAQB9zAEA1MwBACvNAQCCzQEAa6sQALNCDQCS7gAAZhIDAPUxAADRtQAAKLYAAH+2AADWtgAALbcAAEkvAwB6tQAA+uoCAKQNAwD7DQMAUg4DAKkOAwB6tQAA/48BACbMAQB9zAEA1MwBACvNAQCCzQEAa6sQALNCDQCS7gAAZhIDAPf7CQBO/AkAltEBAO3RAQBE0gEAm9IBAPLSAQBJ0wEAbaYBAMSmAQCjwAsA+sALAFHBCwB0FQoAnaYNAJ0OAAC6qQIA6ZcAAARdCACk2QkAQSEEAPUxAAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAE/UDAGr1AwDtkwYARJQGAJuUBgDylAYASZUGAKCVBgD3lQYATpYGADtUBACSVAQA6VQEAEBVBACXVQQA7lUEAEVWBACcVgQA81YEAEpXBAChVwQA+FcEAE9YBAAY7AEAb+wBAMbsAQAd7QEAdO0BAKxDCgADRAoAWkQKALFECgAIRQoAX0UKALZFCgANRgoAZEYKALtGCgASRwoAaUcKAMBHCgAXSAoAbkgKAMVICgAcSQoAc0kKAMpJCgD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAE/UDAGr1AwDtkwYARJQGAJuUBgDylAYASZUGAKCVBgD3lQYATpYGAKAvAwD3LwMAawkBAMIJAQAZCgEAcAoBAMcKAQAeCwEAdQsBAKlvBQAAcAUAV3AFAK5wBQAFcQUAXHEFAEQfAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAmXYOAPB2DgBHdw4AnncOAPV3DgBMeA4Ao3gOAPp4DgBReQ4AqHkOAP95DgBWeg4ArXoOAAR7DgBbew4AsnsOAEFJDAA5MQsAkDELAOcxCwA+MgsAlTILAOwyCwBDMwsAmjMLAPEzCwBINAsAnzQLAPY0CwBNNQsApDULAPs1CwBSNgsAqTYLAAA3CwBXNwsArjcLAAU4CwBcOAsAyDcDAB84AwB+HAsA0+AMAKvJCQBtJQoAbUoAAHHbAQDL1w4A4SEPAPXJDQAkaw0AnaYNAJ0OAABtSgAAhyUCALNHDgAKSA4ACdgPAGDYDwCWsQwA7bEMAESyDACbsgwAQUkMAIekCgCdDgAAacgBAEWeAQBHOwIAbaYBAHqkDgDL1w4A4SEPAPXJDQD6+QUAUfoFAKj6BQD/+gUAVvsFAK37BQAE/AUAWqALALGgCwAIoQsAy9cOAJkuEQAbSwAA9/sJAE78CQCW0QEA7dEBAETSAQCb0gEAiyEIAEQfAACbHwAA8h8AAEkgAACgIAAAKvwAABN5DQD6+QUAUfoFAKj6BQD/+gUAVvsFAK37BQAE/AUAW/wFABP1AwBq9QMA17QKABh1DABvdQwA6BsRALwDBwATBAcAagQHAMEEBwDPGAAAhyUCAIshCADx9Q8ASPYPAI5sAgB+mAEAWn0EAMZhCACGcgcAbSUKAG1KAABx2wEAs0INAJLuAABmEgMATIIQALGHBgAIiAYAX4gGALaIBgANiQYAZIkGAA+MCgBmjAoAvYwKABSNCgBrjQoAwo0KABmOCgBwjgoAx44KAB6PCgB1jwoAzI8KACOQCgB6kAoAiyEIAEQfAACbHwAA8h8AAEkgAADplwAAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAMg3AwAfOAMAfhwLANUcCwAsHQsAgx0LANodCwAxHgsA3iUCAPaBCQBNggkApIIJAIg3EADo0AEAhyUCAAtmDQBiZg0A6NABAD/RAQD9pQIAbUoAAOJaAgDo0AEAEa8DAIclAgC2xgEAeZIAANCSAAAa4AIA7xcCAJl2DgDwdg4AR3cOAJ53DgD1dw4ATHgOAKN4DgD6eA4AUXkOAKh5DgD/eQ4AVnoOAK16DgAEew4AW3sOALJ7DgC8EgoAAf4JAGcBCgC+AQoAFQIKAGwCCgAY9gMArokKAAWKCgBcigoAs4oKAAqLCgBhiwoAuIsKAIg3EADdcgcANHMHAPPBCABKwggAocIIAPjCCABPwwgApsMIAIclAgDL1w4AsYcGAAiIBgBfiAYABF0IAIclAgCINxAAbSUKALuJBgASigYAaYoGAMCKBgAJfA4AYHwOALd8DgAOfQ4AZX0OALx9DgATfg4Aan4OAMF+DgAYfw4AGPYDAK6JCgAFigoAXIoKALaIBgANiQYAbgANAEQfAADzZQcAeqQOAAcTBwBtSgAAsYcGAIZyBwCjDQoAbUoAALGHBgAIiAYAX4gGALaIBgANiQYAZIkGALuJBgASigYAaYoGAMCKBgDplwAAQJgAAJLuAABmEgMAGjICALGHBgAIiAYAX4gGALaIBgANiQYAZIkGALuJBgAQvg0AZ74NAL6+DQAVvw0AbL8NAMO/DQAawA0A9A4AAG6aCQDFmgkAHJsJAHObCQDiWgIA3XIHADRzBwCLcwcA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQBJLwMAnHQKAECYAACS7gAAZhIDAM8YAAAmGQAAYx4JALoeCQARHwkAaB8JAL8fCQAWIAkAQ10CAAvdAgBi3QIAzbwMACS9DAD/igAARzsCAG2mAQCHJQIAy9cOALGHBgAIiAYAX4gGALaIBgANiQYAZIkGAA+MCgC2qw0AOu4HAJHuBwDo7gcAP+8HAJbvBwDt7wcARPAHAJvwBwCtdQ0AwycAAG1KAABx2wEAs0INAIshCABEHwAA82UHAHqkDgAHEwcAbUoAALGHBgCGcgcAow0KAIclAgCMqgsAxEMQABtEEAByRBAA81EDAI0fCwDkHwsAOyALAJIgCwDpIAsAQCELAO/ZBgBG2gYAndoGAPTaBgBL2wYAotsGAPnbBgBQ3AYAp9wGAP7cBgAf9QYAdvUGAM31BgAk9gYAe/YGANL2BgB5kgAA6NABAOjQAQA/0QEAzxgAAG1KAACHJQIAy9cOAOEhDwDdcgcAh6QKAG2mAQDEpgEAG6cBABGvAwBJLwMAAAAAAIclAgDL1w4AD2QCAGZkAgC9ZAIAuEgOAIshCADqpA0AfpgBADlvBgD/igAARzsCAG2mAQB6pA4AiyEIAEQfAACbHwAA8h8AAEkgAACgIAAA87cGAIclAgDeJQIA8HENAEdyDQCecg0Ay9cOALGHBgAIiAYAX4gGALaIBgANiQYAZIkGAEkvAwDINwMAHzgDAH4cCwCtdQ0AC90CAGLdAgDNvAwAJL0MAP+KAABHOwIAbaYBAHqkDgCLIQgARB8AAJsfAADyHwAASSAAAKAgAACCHwEAAAAAAFcAAAB6tQAA/48BACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BABP1AwBq9QMA7ZMGACRwDgB7cA4A0nAOAOjQAQCryQkAr24PAO1/AgBAmAAAj2oMAOZqDADo0AEAP9EBAIsXBgDiFwYAORgGAP+KAABHOwIAbaYBAHqkDgDplwAAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BANCSAADPGAAAEa8DAEkvAwBtSgAAerUAAFcAAAB6tQAA/48BACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BABP1AwBq9QMAwycAAPDjAQBH5AEAnuQBAHq1AAD/jwEAJswBAH3MAQDo0AEAP9EBAHBmAgC6RhEAnQ4AAEQfAACyEAoACREKAGARCgC3EQoADhIKAGUSCgBElAYAm5QGAPKUBgBJlQYAoJUGAPeVBgBOlgYA81EDAPQOAABumgkAxZoJABybCQBzmwkAhyUCAIyqCwDEQxAAG0QQAHJEEAAJfA4AYHwOAIb7EQDd+xEANPwRAIv8EQDi/BEAOf0RAJD9EQDn/REAPv4RAJX+EQAoHAQAfxwEANYcBAAtHQQAhB0EANsdBAAyHgQAiR4EACRrDQCdpg0AnQ4AAEc7AgC8AwcAEwQHAGoEBwDBBAcAGAUHAG4ADQCbdgAAC90CAGLdAgDNvAwAJL0MAP+KAABHOwIAbaYBAP+KAADDJwAAln8CAH8rBwAY7AEAnQ4AAPUxAAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAE/UDAGr1AwDtkwYAJHAOAHtwDgDScA4AhyUCAIIfAQB5AgYAEa8DAIclAgCWsQwA7bEMAESyDACbsgwA6BsRALeGEACtdQ0AC90CAGLdAgDNvAwAJL0MAP+KAABHOwIAbaYBAPr5BQBR+gUAIasMAHirDADPqwwAJqwMAH2sDADUrAwAK60MAIKtDADZrQwAMK4MAIyqCwCdDgAAuqkCABGqAgBHOwIAbaYBAMqCBABBIQQAWz8CAEM9DQDBdAwAVwAAAFaLAAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAE/UDAGr1AwDtkwYAJHAOAHtwDgDScA4AoC8DAPcvAwBrCQEAwgkBABkKAQBwCgEAxwoBAB4LAQB1CwEA6BsRAFKcDgCGcgcAbUoAAJ0OAAC6qQIAiK4FAPiEDQAClhAAhyUCAN4lAgDo0AEAq8kJAIIfAQCHJQIAtsYBACr8AABJLwMAWDIDANG1AAAotgAAf7YAANa2AAAttwAAhLcAACRrDQB7aw0A0msNAClsDQD3+wkAj2oMAOZqDACHJQIAiDcQAG0lCgBtSgAAhyUCAIg3EADDJwAAhyUCAK11DQAL3QIAYt0CAM28DAAkvQwA/4oAAEc7AgBtpgEAeqQOAOgbEQC8AwcAEwQHAGoEBwDBBAcAGAUHAG4ADQCHJQIAy9cOAOEhDwD1yQ0Ay9cOAP+KAABO9wgAln8CAIclAgDL1w4AxjIQABGvAwCHJQIAiDcQAMMnAACHJQIAy9cOAJkuEQAbSwAAcksAAMlLAADplwAABF0IAIclAgDoGxEAvAMHABMEBwBqBAcAwQQHABgFBwBtpgEA/4oAAKDTAQC6qQIAsYcGAHq1AACdDgAARB8AAP+KAADrkAIAerUAAI+tCAC/UwIAlNYQAOvWEAAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQCdDgAAv1MCAGDdEAC33RAAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAE/UDAGr1AwDtkwYAJHAOAHtwDgDScA4AAAAAAFcAAACAWAkA7joQAJ0OAABEHwAA/4oAAOuQAgB6tQAAj60IAFcAAABFTAIAv1MCAJTWEADr1hAAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAnQ4AAL9TAgBg3RAAt90QACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BABP1AwBq9QMA7ZMGACRwDgB7cA4A0nAOAG2mAQDKggQAC90CAH6YAQDVmAEAbDECAHq1AAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAE/UDAGr1AwDH5QoARB8AAJsfAACS7gAAZhIDAEkvAwBtSgAAiK4FAPiEDQCKjgIAnQ4AAFcAAACHpAoA6NABAG1KAABJLwMAbUoAAIiuBQD4hA0Aio4CAJ0OAABXAAAAh6QKAOjQAQBtSgAASS8DAJx0CgBAmAAAku4AAGYSAwA7VAQAklQEAOlUBABAVQQAl1UEAO5VBABFVgQActQKAMpOCwAhTwsAeE8LAM9PCwAmUAsAfVALANRQCwArUQsAglELANlRCwAwUgsAh1ILAN5SCwA1UwsAjFMLAONTCwA6VAsAkVQLAOhUCwA/VQsAllULAAl8DgBgfA4At3wOAA59DgBlfQ4AvH0OABN+DgBqfg4AwX4OABh/DgBvfw4Axn8OAB2ADgB0gA4Ay4AOACKBDgCG+xEA3fsRADT8EQDPGAAAUBUBACZpEACHJQIA+vkFAFH6BQCo+gUA//oFAFb7BQCt+wUABPwFAFqgCwCxoAsACKELAIshCABEHwAAmx8AAPIfAABJIAAAnFYEAPNWBABKVwQAoVcEAPhXBABPWAQAWQgFALAIBQAHCQUAjUkCAORJAgCIrgUA+IQNAIqOAgCdDgAAVwAAAIekCgDo0AEAbUoAAL9TAgBg3RAAt90QACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BABP1AwBq9QMA7ZMGACRwDgB7cA4A0nAOAClxDgCAcQ4A13EOAC5yDgCFcg4A3HIOADNzDgCKcw4A4XMOADh0DgCMqgsAxEMQABtEEAByRBAAaxMDAPrqAgCkUxEA+1MRAFJUEQCpVBEAAFURAFdVEQCuVREABVYRALPDBAAKxAQAYcQEALjEBAAPxQQAZsUEAL3FBAAUxgQAa8YEAMLGBAAZxwQAcMcEAMfHBAAeyAQAdcgEAMzIBAAjyQQAeskEANHJBAAoygQAf8oEANbKBAAtywQAhMsEANvLBAAyzAQAZowKAPrqAgCkUxEA+1MRAFJUEQCpVBEAAFURAFdVEQCuVREABVYRAFgyAwB3YAQAzmAEACVhBAB8YQQA02EEACpiBABtSgAAsYcGAAiIBgBfiAYAtogGAA2JBgBkiQYAu4kGABKKBgBpigYAwIoGAMg3AwDplwAA4dsAAHq1AAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAE/UDAGr1AwDtkwYAJHAOAHtwDgDScA4Aow0KACYZAAAzZAsAimQLAP+KAAAL3QIAYt0CAM28DAAkvQwA/4oAAEc7AgBtpgEAeqQOAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAnQ4AAJt2AAAL3QIAYt0CAM28DAAkvQwA/4oAAEc7AgBtpgEAeqQOAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAyDcDAB84AwB+HAsArXUNAA1aDgDKggQAC90CAMhaCgCWsQwA7bEMADNkCwCKZAsAnQ4AAIclAgDeJQIA8HENAEdyDQCecg0A9XINAMF0DAAYdQwAb3UMABGvAwBorwMAv68DAOjQAQCHJQIA+vkFANG1AAB5kgAAnQ4AALqpAgBx2wEAhyUCAJaxDADtsQwAM2QLAIpkCwCtdQ0AC90CAGLdAgDNvAwAJL0MAP+KAABHOwIAbaYBAHq1AAB6tQAAguYGANnmBgAw5wYAh+cGAJbRAQCHJQIAs0cOAHQVCgB+mAEAGb0CAHqkDgCMqgsAnQ4AALqpAgARqgIARzsCAG2mAQDKggQAQSEEAFs/AgB+mAEA1ZgBAGwxAgCHJQIArXUNAB7SBgD6+QUAUfoFAKj6BQD/+gUAVvsFAK37BQAE/AUAW/wFABP1AwBq9QMAwfUDABj2AwBv9gMAxvYDAB33AwDiIQgAOSIIAJAiCADnIggAPiMIAJUjCADsIwgAQyQIAMvXDgB6tQAAVwAAAAAAAAB+mAEAVwAAAIclAgD6+QUAUfoFAKj6BQD/+gUAVvsFAK37BQAE/AUAW/wFABP1AwBq9QMAwfUDABj2AwBv9gMAxvYDAMvXDgCZLhEAG0sAACRrDQCdpg0AnQ4AALqpAgDL1w4AsYcGAAiIBgBfiAYAtogGAA2JBgBkiQYAD4wKAJXbCgDs2woAOicCAH6YAQDo0AEAP9EBAIg3EADdcgcANHMHAItzBwCHJQIAy9cOAHq1AABXAAAAhyUCAPr5BQBR+gUAqPoFAP/6BQBW+wUArfsFAAT8BQBb/AUAE/UDAGr1AwDB9QMAs0cOAH6YAQA5bwYAxEoAAIclAgAkaw0AnaYNAJ0OAAC6qQIAhyUCAG1KAAB6tQAAVwAAAIclAgBBSQwAaE4BAL9OAQAL3QIAfpgBAARdCAAkIxAAQJgAAEkvAwCmWAQA3G0NADNuDQCKbg0AaxMDAA8cBQBWkAEArZABAAAAAADvFwIAAAAAAAAAAAAAAAAA/4oAAMMnAACdDgAAISwEAHgsBACvSwgABkwIAF1MCAC0TAgAC00IAGJNCAC5TQgAEE4IAEIuEQBnNQMAerUAAFcAAACHJQIAQUkMAGhOAQC/TgEAC90CAH6YAQAEXQgAJCMQAECYAABJLwMAplgEANxtDQAzbg0Aim4NAGsTAwAPHAUAVpABAK2QAQAAAAAA7xcCAAAAAAAAAAAAAAAAAP+KAADDJwAABF0IAFtdCAAClhAAbUoAALGHBgAL3QIAyFoKAIshCABEHwAAmx8AAPIfAABJIAAAoCAAAPcgAADh6gMAOOsDAI/rAwB5kgAA0JIAAGsJAQAL3QIAYt0CAM28DAAkvQwA/4oAAEc7AgBtpgEAeqQOAIg3EADo0AEAhyUCAAtmDQCOUQ4A5VEOADxSDgCTUg4A6lIOAEFTDgCYUw4A71MOAEZUDgCdVA4A9FQOAEtVDgAEXQgAnQ4AAIclAgCLIQgARB8AAJsfAADyHwAASSAAAKAgAAD3IAAA4eoDADjrAwCP6wMAeZIAANCSAABrCQEAC90CAGLdAgDNvAwAJL0MAP+KAABHOwIAbaYBAHqkDgCINxAA6NABAIclAgALZg0AjlEOAOVRDgA8Ug4Ak1IOAOpSDgBBUw4AmFMOAO9TDgBGVA4AnVQOAPRUDgBLVQ4AhyUCAIshCABEHwAAmx8AAPIfAABJIAAAoCAAAPcgAADh6gMAOOsDAI/rAwB5kgAA0JIAAGsJAQAL3QIAYt0CAM28DAAkvQwA/4oAAEc7AgBtpgEAeqQOAIg3EADo0AEAhyUCAAtmDQCOUQ4A5VEOADxSDgCTUg4A6lIOAEFTDgCYUw4A71MOAEZUDgCdVA4A9FQOAEtVDgBCLhEAO1QEAPaBCQBNggkApIIJAJaxDADtsQwARLIMAJuyDADysgwASbMMAKCzDAD3swwAAAAAAP+KAABO9wgApfcIAMqCBABJLwMA6NABAB8iEADVmAEAbDECAPoSCwBAmAAAku4AAGYSAwDplwAAgh8BAHq1AAD66gIAVosAAI+tCADmrQgAnQ4AAEQfAACbHwAA8h8AAEkgAACgIAAAP9EBAECYAACS7gAAZhIDABjsAQCdDgAASS8DAPNRAwCNHwsA5B8LADsgCwCSIAsA6SALAEAhCwC4SA4AWDIDAHdgBADOYAQAJWEEAHxhBADTYQQAKmIEAFqgCwCxoAsATYcKAKSHCgD7hwoAtogGAA2JBgBkiQYAD4wKAMvXDgDhIQ8ABF0IACQjEACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAZzUDAJkuEQAbSwAAUrwDAKm8AwAAvQMAV70DAK69AwAFvgMAXL4DALO+AwCtdQ0AC90CAGLdAgDNvAwAJL0MAP+KAABHOwIAbaYBAHqkDgD6+QUAUfoFAKj6BQD/+gUAVvsFAK37BQAE/AUAW/wFABP1AwBq9QMAwfUDAK11DQCObAIAe8cOAJkuEQB+mAEAQSEEAJghBACCHwEA2R8BAIIfAQDGYQgAzxgAAFl4CgCweAoAB3kKAJNNDQDqTQ0Agh8BAHkCBgDrkAIAln8CAO1/AgAEXQgAhyUCAAtmDQD7ThAA/4oAAHtrDQDSaw0AKWwNAIBsDQDXbA0ALm0NAIVtDQAxLQ4AxjIQAARdCACHJQIAwXQMAMvNDAAizgwATHMNAGJmDQBBIQQAm3YAAEc7AgBtpgEAeqQOAARdCACHJQIAeZIAANCSAABtSgAAsYcGABm9AgCHJQIAy9cOALGHBgAIiAYAX4gGAARdCACHJQIA9/sJAE78CQBtSgAAiK4FAG2mAQDKggQAIYMEALxQBQB6tQAAv1MCAGDdEAC33RAAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAE/UDAGr1AwDtkwYAJHAOAHtwDgDScA4AxPEQAEQfAACbHwAA8h8AAEkgAACgIAAABF0IACQjEAD/igAAIy8IAEkvAwD4cAkA4dsAAM8YAABJLwMAdBUKAJ2mDQCdDgAAuqkCAG2mAQDEpgEAy3ELACJyCwB5cgsA0HILAIBYCQDXWAkAku4AAGYSAwA3TA0A3XIHADRzBwCLcwcAhyUCAHmSAADQkgAAGuACAO8XAgCHJQIAiyEIAPQOAABumgkAxZoJABybCQCLIQgA8fUPAEj2DwCObAIAeZIAAJ0OAACHJQIAdBUKAEM9DQAHEwcAln8CAO1/AgAEXQgA+HAJAN1yBwA0cwcA88EIAErCCAChwggA+MIIAE/DCACmwwgA/cMIAFTECACrxAgAAsUIAFnFCACwxQgAB8YIAF7GCAC1xggADMcIAGPHCAC6xwgAEcgIAGjICAC/yAgAZtkIAL3ZCAAU2ggAa9oIAARdCACHJQIAiDcQAG0lCgBtSgAAhyUCALNHDgAKSA4AzbwMADlvBgCxhwYA1ZgBAGwxAgCHJQIA3iUCAPBxDQDo0AEAhyUCAIg3EADdcgcANHMHAPPBCABKwggAocIIAPjCCABPwwgA11gJAENdAgCObAIAsYcGAIZyBwCjDQoAbUoAALGHBgAIiAYAX4gGALaIBgANiQYAZIkGALuJBgAQvg0AZ74NAL6+DQAVvw0AbL8NAMO/DQAawA0A1zoDAP33AQBtSgAA/4oAAI5sAgBx2wEAiDcQAN1yBwA0cwcA88EIAErCCAChwggA+MIIAE/DCACmwwgAhyUCAMvXDgCxhwYACIgGAF+IBgAEXQgAhyUCAIg3EABtJQoAbUoAANpHAgB5kgAA0JIAAGsJAQDCCQEAGQoBAHAKAQDHCgEAHgsBAHULAQCCHwEA2R8BAAYJDACk2QkApjMOABGvAwCHJQIA+vkFAFH6BQAhqwwA0JIAAG1KAABx2wEAZzUDALGHBgAIiAYAX4gGALaIBgANiQYAZIkGAA+MCgCzRw4ACkgOAM28DAA5bwYAsYcGANWYAQBsMQIAhyUCAN4lAgDwcQ0A6NABAIclAgAL3QIAYt0CALndAgAQ3gIAdBUKAJ2mDQCdDgAAuqkCABGqAgAL3QIAYt0CAM28DAAkvQwA/4oAAEc7AgBtpgEAOu4HAAAAAABtpgEASS8DAMg3AwAfOAMAfhwLACRrDQCdpg0AnQ4AALqpAgCdDgAAhyUCAK11DQAL3QIAYt0CAM28DAAkvQwA/4oAAEc7AgBtpgEAeqQOAMF0DAAYdQwAb3UMAFmCDACwggwAB4MMAEFJDACHpAoA3qQKAKAvAwD3LwMAawkBAMIJAQAZCgEAcAoBAMcKAQAeCwEAdQsBAKlvBQDo0AEAP9EBAIsXBgCObAIAcdsBAIshCABEHwAAnQ4AAGnIAQBFngEAhnIHAG2mAQBtpgEAhyUCACRrDQCdpg0AnQ4AALqpAgAq/AAAE3kNAI0BBQDL1w4AiK4FAN+uBQDplwAABF0IAIclAgDeJQIA8HENAOjQAQCHJQIAAAAAAHmSAADplwAAQJgAABGvAwCHJQIA3iUCADUmAgCMJgIA4yYCAM8YAAAmGQAAM2QLAIpkCwCdDgAAwycAAPDjAQBH5AEAnuQBACQjEACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAmXYOAPB2DgAhqwwAeKsMAM+rDAAmrAwAfawMANSsDAArrQwAgq0MAPf7CQBO/AkAixcGAOIXBgA5GAYAhyUCAK11DQDGMhAAEa8DAIclAgD6+QUAUfoFAKj6BQCRvw8A6L8PAFaLAADM4QkAhyUCAEFJDACHpAoAfpgBANWYAQCObAIAnQ4AAEkvAwDINwMAHzgDAH4cCwDVHAsARB8AAJsfAADyHwAASSAAAKAgAADztwYAhyUCAK11DQAL3QIAYt0CAM28DAAkvQwA/4oAAEc7AgBtpgEAeqQOAN4lAgDwcQ0A6NABAIclAgD6+QUAUfoFAKj6BQD/+gUAVvsFAK37BQAE/AUAW/wFABP1AwCdDgAARB8AAJsfAADyHwAASSAAAKAgAADztwYASrgGAJsfAACS7gAAZhIDAEQfAACbHwAAku4AAGYSAwAJfA4AYHwOALd8DgAOfQ4AZX0OALx9DgATfg4Aan4OAMF+DgAYfw4AjUkCAOjQAQA/0QEAcGYCALpGEQCdDgAARB8AAEzKDQAtagIAJxIJAH4SCQCHJQIAiyEIAEQfAACbHwAA8h8AAEkgAAB6tQAAln8CAHQVCgCdpg0AbSUKAJ0OAABEHwAAfQMNAJsJDQDo0AEAHyIQAAvdAgDIWgoAH1sKAL9TAgCU1hAAQJgAAJLuAABmEgMAv1MCAM8YAADplwAAbUoAAOHbAACGcgcA6NABAJZ/AgDtfwIAQJgAAJLuAABmEgMACXwOAGB8DgBWkAEArZABANx8EAAAAAAAAAAAAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEASS8DAFgyAwB3YAQAzmAEACVhBAB8YQQA02EEACpiBACBYgQA2GIEAC9jBACGYwQA3WMEADRkBACLZAQA4mQEADllBADL1w4AmS4RABtLAACMqgsA46oLAARdCABXAAAAh6QKAH6YAQDVmAEAhZIDAIclAgB5kgAA6NABAG2mAQBJLwMAhAkAAHQVCgDLFQoAIhYKAPr5BQBR+gUAqPoFAP/6BQBW+wUArfsFAAT8BQBaoAsAsaALAAihCwDL1w4AmS4RABtLAABBygMAjlEOAE9xCQCmcQkA/XEJAFRyCQBMtgkAC2YNAFtdCADplwAAgh8BANkfAQBBygMAjlEOAE9xCQCmcQkA/XEJAFRyCQBMtgkAC2YNAFtdCADplwAAgh8BANkfAQAwIAEAhyUCAPf7CQCPagwA5moMAI2FDgDkhQ4AO4YOAJKGDgDplwAAQJgAAIIfAQCEvAEAQSEEAGnIAQBFngEAhnIHAKMNCgCHJQIAC2YNAPtOEADPGAAADXoDAOmXAAAEXQgAhyUCALNHDgB0FQoAfpgBABm9AgB6pA4Ay9cOAIiuBQARrwMAfpgBANWYAQBsMQIAhyUCAMvXDgDhIQ8A9ckNAPr5BQBR+gUAqPoFAP/6BQBW+wUArfsFAAT8BQBaoAsAsaALAAihCwDL1w4AmS4RABtLAABBygMAjlEOAE9xCQCmcQkA/XEJAFRyCQBMtgkAC2YNAFtdCADplwAAgh8BANkfAQALZg0AZ3sRAL57EQAVfBEAbHwRAMN8EQAafREA+vkFAFH6BQCo+gUA//oFAFb7BQCt+wUABPwFAEs8CQCGcgcAOu4HAJZ/AgDtfwIAQJgAAD/RAQCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAplgEANxtDQAzbg0Aim4NAIHmDQB0FQoAfpgBABm9AgB6pA4A3iUCABooAABtSgAAerUAAI+tCAB+mAEA1ZgBAGwxAgCHJQIAiyEIAEQfAACbHwAA8h8AAEkgAACgIAAA9yAAAK11DQAClhAAfpgBAIclAgAL3QIAyFoKAB9bCgBuAA0ARZ4BAIZyBwCjDQoASS8DAH6YAQAZvQIAeqQOAM8YAAAmGQAAq0oBAMMnAADwcQ0AR3INAJ5yDQD1cg0A8OgCAECYAACS7gAAZhIDALbGAQDxLgoASC8KAJ8vCgD2LwoATTAKAKQwCgAAAAAAZCMDALsjAwCWsQwA7bEMAH0ZAABT7gYAqu4GALJsCwAJbQsAYG0LAN4lAgD2gQkATYIJAKSCCQCINxAA6NABAIclAgALZg0AYmYNAOjQAQA/0QEA/aUCAG1KAADiWgIA6NABAIyqCwDjqgsAOqsLAJGrCwDoqwsAAAAAAAvdAgBi3QIA65ACAAAAAADo0AEAj2oMAOZqDAAAAAAABF0IAPhwCQBPcQkApnEJAP1xCQBUcgkA3p8JADWgCQCMoAkA46AJADruBwCWfwIA7X8CAG1KAADPGAAAJhkAAKtKAQDDJwAA8HENAEdyDQCecg0A9XINAPDoAgBAmAAAku4AAGYSAwC/UwIAxPEQAPQOAABumgkA8rIMAPaBCQDEPg8A94ECAIclAgCtdQ0AHtIGAAvdAgBi3QIAud0CAMqCBAAEXQgAhyUCAAtmDQCOUQ4AT3EJAKZxCQD9cQkAVHIJAEy2CQCMqgsA46oLAAvdAgB+mAEA6NABAKvJCQCjDQoAgh8BAMZhCADPGAAAs0cOAIZyBwDo0AEAln8CAOc7DQDVmAEAbDECAIclAgD6+QUAUfoFAKj6BQCRvw8A6L8PAD/ADwCWwA8A7cAPAETBDwCHJQIA9/sJAI9qDADmagwAPWsMAJRrDADrawwAQmwMAKuLDgACjA4AiK4FAPiEDQCObAIAcdsBAGwxAgCHJQIAwXQMAMvNDAAizgwAjKoLAH6YAQA5bwYAxEoAABtLAABSvAMAhyUCAJaxDADtsQwARLIMAJuyDAD3+wkAj2oMAOZqDACNhQ4A5IUOADuGDgCShg4A6YYOAIg3EADo0AEAhyUCAIIfAQCEvAEAQSEEAPUxAAD/jwEAJswBAMMnAAD2gQkAbDECAHmSAADo0AEAP9EBAOjQAQA/0QEAixcGAI5sAgBx2wEAC2YNAI5RDgBPcQkApnEJAP1xCQBUcgkATLYJAEFJDABoTgEAv04BAAvdAgB+mAEABF0IACQjEACGcgcAhnIHAG1KAABtpgEAeqQOAJ0OAABpyAEAhyUCAAtmDQCOUQ4AT3EJAKZxCQD9cQkAVHIJAEy2CQCWsQwA7bEMAESyDACbsgwA8rIMAEmzDACgswwA97MMAAtmDQCOUQ4AT3EJAKZxCQD9cQkAVHIJAEy2CQCMqgsA46oLAARdCABXAAAAh6QKAH6YAQDVmAEABxMHAF4TBwC1EwcADBQHAGMUBwC6FAcAERUHAGgVBwC/FQcAFhYHAH6YAQD/igAATvcIAIclAgDL1w4AerUAAFcAAABJLwMAhyUCAMyoDwD/MREA+vkFAFH6BQCo+gUA//oFAFb7BQCt+wUABPwFACr8AAAAAAAAjQEFALcvEADwcQ0A6NABAG1KAACxhwYAC90CAMhaCgDzZQcAEa8DAIclAgD3+wkATvwJAKX8CQD8/AkAU/0JAKr9CQCHJQIAwXQMAFgyAwB3YAQAzmAEACVhBAB8YQQA02EEACpiBACBYgQA2GIEAC9jBACGYwQA3WMEADRkBACLZAQA4mQEADllBACmWAQABxMHAF4TBwC1EwcADBQHAGMUBwC6FAcAERUHAGgVBwC/FQcAFhYHAMg3AwAfOAMAV9EHAMyoDwDplwAAqVsBAGucDQBBIQQAuqkCALGHBgDVmAEAbDECAIclAgALZg0AjlEOAIIfAQB5AgYAzbwMAEs8CQCiPAkA+TwJAFA9CQCnPQkA/j0JAFU+CQCsPgkAAz8JAFo/CQCxPwkACEAJAF9ACQC2QAkADUEJAGRBCQC7QQkA6NABAD/RAQBwZgIAukYRAJ0OAABEHwAAtsYBAG1KAAB6tQAAVwAAAEkvAwAAAAAAbaYBAJ0OAABJLwMAAAAAAHmSAADQkgAAGuACAO8XAgBJLwMAAAAAAEc7AgBtpgEAeqQOAMvXDgDhIQ8A9ckNAPr5BQBR+gUAqPoFAP/6BQBW+wUArfsFAAT8BQBaoAsAsaALAAihCwDL1w4AerUAAFcAAABJLwMAAAAAAG2mAQCdDgAASS8DAAAAAACLIQgAacgBAMDIAQBJLwMAAAAAAM8YAADPGAAA6ZcAAAcTBwBtSgAAsYcGAIZyBwCjDQoAhyUCAPf7CQBO/AkApfwJAPz8CQBT/QkAqv0JAFzcCQBtSgAAsYcGAAiIBgBfiAYABF0IAPhwCQBtJQoAAAAAAG1KAABtSgAAVwAAAHq1AAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAE/UDAGr1AwAIvxEAh6QKAN6kCgA1pQoAKvwAAPR+BQCdpg0AnQ4AALqpAgCvwA4A9/sJAE78CQCLFwYA4hcGADkYBgCHJQIAC2YNAFtdCABpvBAAwLwQAEc7AgD/igAAoNMBAEQfAACLIQgARB8AAJsfAADyHwAASSAAAKAgAAD3IAAArXUNAI5sAgB5kgAAbaYBAARdCACHJQIAlrEMAO2xDABEsgwAm7IMAPr5BQBR+gUAqPoFAP/6BQBW+wUArfsFAAT8BQBaoAsAsaALAAihCwDo0AEAP9EBAHBmAgC6RhEAnQ4AAEQfAAAkIxAAQJgAAJLuAABmEgMA6ZcAAECYAACS7gAA2m8KADFwCgB9GQAAAAAAAAAAAAAAAAAAZCMDALsjAwCCKQMAUfoFAKj6BQD/+gUAVvsFAK37BQAE/AUAW/wFABP1AwBq9QMAwfUDAG0WBwDEFgcAGxcHAHIXBwDJFwcAIBgHAAAAAAAAAAAAZCMDALsjAwCCKQMAUfoFAKj6BQD/+gUAVvsFAK37BQAE/AUAW/wFABP1AwBq9QMAwfUDAG0WBwDEFgcAGxcHAHIXBwDJFwcAIBgHAOHbAAB+mAEA1ZgBAOmXAABAmAAAku4AAGYSAwAAAAAAAAAAAAAAAAAAAAAAAAAAAM8YAADplwAAbUoAAL9TAgBg3RAAt90QACbMAQB9zAEA1MwBACvNAQCCzQEAa6sQAMKrEAAZrBAAcKwQAMesEAAerRAAda0QAMytEACZdg4A8HYOAEd3DgCedw4A9XcOAEx4DgCjeA4A+ngOAFF5DgCoeQ4A/3kOAFZ6DgCteg4ABHsOAFt7DgCyew4AhnIHAJ0OAACHJQIAjKoLAMRDEAAbRBAAckQQAAAAAAAAAAAAAAAAAHHbAQCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEACl4BAAAAAAAAAAAAAAAAAKlbAQBrnA0AhnIHAKMNCgCHJQIA9/sJAE78CQCl/AkA/PwJAFP9CQAAAAAA6ZcAAECYAABHOwIAfpgBANWYAQD3gQIAZ3sRANCSAABsMQIAnQ4AAJt2AADoywAAwycAAEc7AgD/igAA6MsAAIclAgCtdQ0ARzsCAGwxAgD6EgsA82UHAHqkDgB0FQoAzxgAAOmXAACpWwEAa5wNAAAAAADPGAAAhyUCAPf7CQBO/AkAdBUKAHmSAACdDgAAm3YAACMvCACdDgAAacgBAEWeAQCGcgcAow0KAOmXAAD3+wkAHyIQAKvdDQD2gQkAeZIAAG1KAAD/igAAjmwCAAAAAACGcgcAhyUCAPf7CQBO/AkA/aUCAFSmAgCdDgAAm3YAACMvCADPGAAAJhkAAEkvAwCcdAoA83QKAEp1CgChdQoA+HUKAE92CgCmdgoA/XYKAFR3CgCrdwoAAngKAOmXAAAHEwcAXhMHALUTBwAMFAcAYxQHALoUBwARFQcAaBUHAL8VBwAWFgcA3iUCADUmAgCMJgIA4yYCAPXkAQBYMgMAd2AEAM5gBAAlYQQAfGEEANNhBAAqYgQAgWIEANhiBAAvYwQAhmMEAN1jBAA0ZAQAi2QEAOJkBAA5ZQQA3iUCADUmAgCMJgIA4yYCAPXkAQBYMgMAd2AEAM5gBAAlYQQAfGEEANNhBAAqYgQAgWIEANhiBAAvYwQAhmMEAN1jBAA0ZAQAi2QEAOJkBAA5ZQQAhyUCAMvXDgCxhwYACIgGAF+IBgAEXQgAhyUCAIg3EABtJQoAsYcGAAiIBgBfiAYABF0IAIclAgCINxAAbSUKAIclAgD6+QUAUfoFAKj6BQD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FALf9BQAO/gUAxPEQAPQOAABumgkAxZoJABybCQBzmwkAbUoAALGHBgAIiAYAX4gGALaIBgANiQYAZIkGALuJBgAQvg0AZ74NAL6+DQAVvw0AbL8NAMO/DQAawA0AGPYDAK6JCgAFigoAXIoKALOKCgAKiwoAYYsKALiLCgDINwMAHzgDAH4cCwDVHAsALB0LAIMdCwDaHQsAMR4LAN4lAgD2gQkATYIJAKSCCQCINxAA6NABAIclAgALZg0AYmYNAOjQAQA/0QEA/aUCAG1KAADiWgIA6NABAC1qAgBO9wgAeqQOAECYAACS7gAAZhIDAIZyBwCGcgcAbaYBAIclAgDL1w4AsYcGAAiIBgBfiAYABF0IAIclAgCINxAAbSUKAG1KAACHJQIAs0cOAHQVCgB+mAEAGb0CAHqkDgCzRw4ACkgOAM28DAA5bwYAsYcGANWYAQBsMQIAhyUCAN4lAgDwcQ0A6NABAIclAgCtdQ0AxjIQAB0zEACINxAA3XIHADRzBwCLcwcAhyUCAPr5BQBR+gUAqPoFAP/6BQBW+wUArfsFAAT8BQBb/AUAE/UDAMF0DADLzQwAIs4MAJaxDADtsQwARLIMAJuyDAAhXg4AeF4OAM9eDgAmXw4AfV8OANRfDgArYA4AgmAOANpHAgAxSAIA9/sJAE78CQAAAAAAeZIAAOmXAACdDgAAuqkCAIclAgDL1w4AsYcGAAiIBgBfiAYABF0IAIclAgCINxAAbSUKAG1KAACHJQIArXUNAMMnAABtSgAAcdsBALNCDQB6pA4AQJgAAJLuAABmEgMATIIQALGHBgAIiAYAX4gGALaIBgANiQYAZIkGAOnJCgBAygoAl8oKAO7KCgBFywoAnMsKAPPLCgBKzAoAocwKAPjMCgBPzQoAKvwAAOHbAAAsRwIAzbwMADlvBgDIMgIA6NABAD/RAQCLFwYAjmwCAHHbAQARPQ8AAAAAAHmSAAB+mAEA6NABAD/RAQAY7AEABF0IAEc7AgB6tQAAhyUCAPr5BQBR+gUAqPoFAP/6BQBW+wUArfsFAAT8BQBb/AUAE/UDAIW/DABHOwIAbUoAAP+KAADNvAwA1ZgBAIclAgAY7AEABF0IAEc7AgB6tQAAhyUCAPr5BQBR+gUAqPoFAP/6BQBW+wUArfsFAAT8BQBb/AUAE/UDAIyqCwA/Eg8AAFwBAFdcAQBkrA0Au6wNABKtDQBprQ0AwK0NALNHDgB0FQoAQz0NAM8YAACHJQIAy9cOAIiuBQARrwMAfpgBANWYAQBsMQIAhyUCAMvXDgDhIQ8A9ckNAPr5BQBR+gUAqPoFAP/6BQBW+wUArfsFAJ0OAACHJQIA+vkFAFH6BQAhqwwAeKsMAM+rDAAmrAwAfawMANSsDAArrQwAgq0MANmtDAAwrgwArXUNABE9DwAAAAAAeZIAAH6YAQDo0AEAP9EBAJbRAQCHJQIA3iUCAOjQAQCryQkAgh8BAIclAgDL1w4AmS4RABtLAAB5kgAA0JIAAJnoAgDw6AIAQJgAAG2mAQARrwMAfpgBANWYAQBsMQIAhyUCAAtmDQBbXQgAabwQAMC8EABHOwIA/4oAAKDTAQBEHwAAIV4OABE9DwAAAAAAeZIAAH6YAQDo0AEAP9EBAK11DQAe0gYA9/sJAE78CQCdDgAA9A4AAG0lCgDo0AEAerUAAOmXAADeJQIA6NABAKvJCQCCHwEAhyUCAMF0DAA5bwYAnQ4AAIclAgBBSQwAaE4BAB8iEABafQQAeQIGAOuQAgARrwMAhyUCAN4lAgA1JgIAVosAAMzhCQDiWgIA6NABABGvAwCHJQIAiDcQAOjQAQCHJQIAiyEIAPQOAABtJQoA6NABAHq1AADPGAAA6ZcAAKlbAQBJLwMAZzUDALGHBgAIiAYAX4gGALaIBgANiQYAZIkGAA+MCgCtdQ0AET0PAAAAAAB5kgAAfpgBAOjQAQAfIhAA1ZgBAGwxAgCHJQIArXUNAB7SBgD6+QUAUfoFAKj6BQD/+gUAVvsFAK37BQAE/AUAW/wFABP1AwDplwAAbUoAAP+KAAAjLwgABF0IAOjQAQAfIhAA1ZgBAMMnAADwcQ0AhyUCAIyqCwDjqgsAOqsLAKtKAQDDJwAA8HENAEdyDQCecg0A9XINAP+KAADNvAwAjUkCAP+KAAB5gQ4A7VULAERWCwDVmAEAfRkAAFPuBgCq7gYAsmwLAAltCwBgbQsAt20LAA5uCwBlbgsARB8AAJsfAADyHwAASSAAAKAgAAD3IAAAgh8BAIS8AQBBIQQARzsCALeGEAB0FQoA/4oAAAvdAgB+mAEA1ZgBACLYDgBYWgsAr1oLAAZbCwBdWwsAtFsLAAtcCwBiXAsAuVwLABBdCwBnXQsAvl0LABVeCwBsXgsAYmYNAPvZCQBS2gkAqdoJAHmSAAAEXQgA9/sJAE78CQCLFwYAIy8IAIclAgB5kgAABF0IAAAAAACGcgcAhyUCAMvXDgCxhwYACIgGAF+IBgC2iAYADYkGAHQVCgBXAAAAjUkCAM8YAADplwAAbUoAAOHbAACGcgcA6NABAJZ/AgCNSQIAbDECAPoSCwBREwsAqBMLAP8TCwBWFAsArRQLAD/RAQCdDgAAacgBAEQfAACdDgAASS8DAGwxAgD6EgsAURMLAKgTCwD/EwsAVhQLAK0UCwAEFQsAWxULALIVCwAJFgsAYBYLAN4lAgDwcQ0A6NABAIg3EADo0AEAhyUCAIshCABEHwAAmx8AAPIfAAB+mAEAerUAAOmXAACWsQwA7bEMAESyDACbsgwAln8CAMMHCwAmGQAA4dsAAHQVCgCdpg0AnQ4AALqpAgBx2wEAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAAHvBgBY7wYAr+8GAAbwBgBd8AYAtPAGAK11DQAjLwgABF0IAOjQAQA/0QEAnQ4AAGnIAQCHJQIA3iUCAPBxDQBHcg0AnnINANy/DAAzwAwAisAMAOHADADL1w4AerUAAFcAAACHJQIA+vkFAFH6BQCo+gUA//oFAFb7BQCt+wUABPwFAFv8BQAT9QMAavUDAMH1AwAY9gMAb/YDAP+KAADNvAwA6ZcAAECYAACS7gAAZhIDALbGAQDxLgoASC8KAJ8vCgD2LwoATTAKAKQwCgCCHwEAVwAAAIekCgDo0AEAQ10CAOuQAgARrwMAhyUCAN4lAgA1JgIAjCYCAJNNDQDqTQ0AwXQMABh1DABvdQwAlrEMAC1qAgCEagIA22oCAPf7CQBO/AkAnQ4AAPQOAABtpgEAeZIAAG1KAACxhwYAhnIHAARdCAAkIxAAzxgAAC1qAgCEagIA22oCAJaxDADtsQwA6NABAIclAgCLIQgARB8AAJsfAADyHwAAzxgAAC1qAgCEagIA22oCAEFJDABoTgEAv04BAAvdAgB+mAEABF0IACQjEAB6tQAAj60IAIclAgAkaw0AnaYNAJ0OAAC6qQIAhyUCAMF0DADLzQwAIs4MAJZ/AgDDBwsAJhkAAOHbAACGcgcAr24PAHmSAABXAAAAhyUCAN4lAgA1JgIAjCYCAJNNDQDqTQ0A4yYCAA16AwCGcgcAv1MCAGDdEACPrQgA/4oAAMYyEADPGAAA6ZcAAPNlBwCdDgAAv1MCAErqEACh6hAA6NABAD/RAQCdDgAA9A4AAG2mAQAL3QIAyFoKAARdCABbXQgAIy8IAARdCADo0AEAP9EBAJ0OAABpyAEARB8AAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQBJLwMAyDcDAC1qAgCEagIA22oCAHo+CwDRPgsAKD8LAH8/CwDWPwsALUALAIRACwDbQAsAMkELAIlBCwDgQQsAN0ILAI5CCwDlQgsAPEMLAJNDCwDqQwsAQUQLAIclAgATeQ0A9A4AAG6aCQDFmgkAHJsJAHObCQD3UgoAqY0LAACOCwBXjgsAs0INAJLuAABmEgMAjKoLAJ0OAAC6qQIAEaoCAEc7AgBtpgEAyoIEAEEhBABbPwIAhyUCAK11DQAe0gYAlrEMAOmXAADh2wAAhyUCAPr5BQBR+gUAqPoFAP/6BQBW+wUArfsFAAT8BQBb/AUAE/UDAEkvAwC2xgEA8S4KAEgvCgCfLwoA9i8KAE0wCgCkMAoA+zAKAFIxCgB1OAoAAAAAAAAAAAAAAAAAmD8KAO8/CgBGQAoAnUAKAPRACgBLQQoAokEKAPlBCgAAAAAAAAAAAFBCCgCnQgoA/kIKAOPPAQA60AEAkdABAN4lAgDwcQ0AR3INAJ5yDQBJLwMAplgEAP1YBABK7xEAoe8RAPjvEQBP8BEA/4oAAEc7AgBtpgEAeqQOAN4lAgD2gQkATYIJAKSCCQCWsQwA7bEMAESyDACbsgwA8rIMAEmzDACgswwA97MMAOmXAADPGAAAJhkAAOmXAADPGAAAzxgAACYZAADplwAAzxgAAG1KAABJLwMAyDcDAB84AwB+HAsA1RwLACwdCwCDHQsA2h0LADEeCwDeJQIA9oEJAE2CCQCkggkAiDcQAOjQAQCHJQIAC2YNAGJmDQDo0AEAP9EBAP2lAgBtSgAA4loCAOjQAQARrwMAhyUCAMyoDwBJLwMAAAAAAIclAgDoGxEAnjsCAMMnAADDJwAAGigAAECYAAAfIhAA1ZgBAGwxAgCHJQIAy9cOALGHBgAIiAYAX4gGAARdCACHJQIAiDcQAG0lCgBtSgAAhyUCAK11DQDDJwAAbUoAAHHbAQCzQg0AOu4HAPrqAgBR6wIASS8DAK11DQANWg4ApfcIAPz3CADoGxEAvAMHABMEBwBqBAcAwQQHABgFBwBLMgcA+vkFAFH6BQCo+gUA//oFAFb7BQCt+wUABPwFAFv8BQAT9QMAavUDAMflCgAe5goArXUNAAR2DQBbdg0AsnYNAI5RDgDh2wAA5AEFAK11DQAEdg0AQpECAJmRAgDwkQIAR5ICAJ6SAgD1kgIAhyUCAOYiDwAAAAAAhyUCAIOSEQB6tQAA/48BACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BABP1AwBq9QMAjQEFAIIfAQD99wEAnQ4AALqpAgCHJQIA6BsRALeGEACINxAAwycAAIclAgDL1w4AD2QCAGZkAgC9ZAIAajEQAD8SDwA6JwIAkScCAOgnAgA/KAIAnQ4AAIclAgBBSQwAmEkMAOuQAgBDXQIA9f0GAMZhCABtSgAAcdsBALNCDQCHJQIAAAAAAIclAgDL1w4A4SEPAPXJDQDoGxEAt4YQAPf7CQBO/AkAnQ4AAPQOAABtJQoA6NABAHq1AADplwAA2kcCADFIAgBwwgMAUpwOAIZyBwBtpgEAhyUCAGwxAgB+mAEAC90CAMhaCgB6pA4A0aQOAMYyEAAdMxAAbDECAH6YAQAL3QIAyFoKAIfiBQD+GgIACHQCAF90AgCHJQIAbDECAH6YAQAL3QIAyFoKAIIfAQBOkQUApZEFAPyRBQBTkgUAjQEFAIIfAQD99wEAnQ4AALqpAgCHJQIA6BsRALeGEACINxAAwycAAIclAgDL1w4AD2QCAGZkAgC9ZAIAgh8BAE6RBQClkQUA/JEFAFOSBQCqkgUA2kcCADFIAgBwwgMAUpwOAIZyBwBtpgEAhyUCAGwxAgB+mAEAC90CAMhaCgCH4gUA/hoCAAh0AgBfdAIAhyUCAGwxAgB+mAEAC90CAMhaCgCCHwEATpEFAKWRBQD8kQUAU5IFAKqSBQDaRwIAMUgCAHDCAwBSnA4AhnIHAG2mAQCHJQIAbDECAH6YAQAL3QIAyFoKAHqkDgDRpA4AxjIQAB0zEABsMQIAfpgBAAvdAgDIWgoAh+IFAP4aAgAIdAIAX3QCAIclAgBsMQIAfpgBAAvdAgDIWgoABF0IAGd7EQBtpgEAeqQOAM8YAAAmGQAAq0oBAMMnAADwcQ0AR3INAJ5yDQD1cg0A8OgCAECYAACS7gAAZhIDAMg3AwAfOAMAfhwLAIIfAQDZHwEABgkMAF0JDAC0CQwACwoMAJaxDAAtagIAhGoCANtqAgAEXQgAgh8BANkfAQAGCQwAXQkMALQJDAALCgwAlrEMAC1qAgCEagIA22oCAARdCACCHwEA2R8BAAYJDABdCQwAtAkMAAsKDABBSQwAmEkMAO9JDABGSgwAnUoMAPRKDABLSwwAbaYBAMSmAQCb3AMA8twDAIclAgB5kgAA6NABAG2mAQD3+wkATvwJAJ0OAAD0DgAAbaYBAAvdAgDIWgoAwXQMAFp9BACxfQQACH4EAF9+BAC2fgQAhyUCAIyqCwDjqgsAbUoAAIiuBQARrwMAhyUCAN4lAgDwcQ0A6NABAIclAgBBSQwAmEkMAO9JDABGSgwAnUoMAPRKDABLSwwA2kcCADFIAgBwwgMAx8IDAB7DAwB1wwMA3iUCAPBxDQBHcg0AnnINAPVyDQDBdAwAOW8GAJBvBgDBdAwAGHUMAG91DADGdQwAHtIGAEFJDACYSQwA70kMAEZKDACdSgwA9EoMAEtLDAC/UwIAGOwBAJ0OAAD0DgAAgh8BAHkCBgCObAIAerUAAI+tCAB+mAEA1ZgBAGwxAgCHJQIAQUkMAJhJDADvSQwARkoMAJ1KDAD0SgwAS0sMAN4lAgDwcQ0A6NABAIclAgBQFQEAhwoOAAi/EQBfvxEAlrEMAO2xDABEsgwAm7IMAEFJDABoTgEAP9EBAHBmAgD2gQkASJ8PAOmXAAAEXQgAhyUCALNHDgB+mAEAOW8GAMRKAACHJQIAAAAAAIclAgCINxAA6NABAIclAgDBgw8AAAAAAIclAgCINxAA6NABAIclAgDBgw8AGIQPACFeDgAe0gYAC2YNAPtOEAB7IxAAgFgJAO46EABFOxAAJCMQAM8YAAB6tQAAVwAAAK4AAAADTgwAWk4MALFODAAITwwAX08MAIIfAQB5AgYAxjIQAP4aAgD/igAATvcIAKX3CABWiwAAln8CAH8rBwB5gQ4A+hILACRrDQB7aw0A0msNAClsDQCWsQwA7bEMAESyDACbsgwA6BsRALeGEADplwAAzxgAAIclAgDeJQIA8HENAEdyDQCecg0A9XINAMF0DAAYdQwAxJ8RABugEQByoBEAyaARACChEQB6pA4ABF0IAL9TAgCHJQIAy9cOAIiuBQARrwMAhyUCAMvXDgDhIQ8A9ckNAMF0DAAYdQwAxJ8RABugEQByoBEAyaARACChEQDBdAwAOW8GAEkvAwDINwMACL8RAF+/EQC2vxEAwXQMABh1DADEnxEAG6ARAHKgEQDJoBEAIKERAEFJDABtpgEAeqQOANGkDgCg0wEARB8AAPf7CQCPagwA5moMAIclAgCECQAAevEMAAi/EQBfvxEAtr8RAMF0DAAYdQwAxJ8RABugEQByoBEAyaARACChEQB5kgAA0JIAAG1KAACxhwYACIgGAF+IBgDplwAAQJgAAJLuAABmEgMAbaYBAMSmAQCb3AMA8twDAIclAgCLIQgA6qQNAHq1AACPrQgAhyUCAN4lAgD2gQkATYIJAKSCCQDMqA8AI6kPAGwxAgD6EgsAgh8BAIclAgB+mAEA1ZgBAIclAgCtdQ0AxjIQABGvAwCHJQIAiDcQAMMnAACHJQIAy9cOAJkuEQAbSwAAcksAAPQOAABtJQoA6NABAHq1AADplwAAbaYBAMSmAQCjwAsA+sALAFHBCwCo6wIAEa8DAIclAgDBdAwAGHUMAMSfEQAboBEAcqARAMmgEQAgoREAeqQOAARdCACHJQIAbDECAPoSCwCCHwEAy9cOAJkuEQAbSwAAbDECAPoSCwCCHwEAnQ4AAIclAgCtdQ0AC90CAGLdAgDNvAwAJL0MAP+KAABHOwIAbaYBAAtmDQDo0AEAHyIQAAvdAgDIWgoAH1sKAIclAgDeJQIA8HENAEdyDQCecg0A9XINAN4lAgDwcQ0A6NABAIclAgAY7AEABF0IAEc7AgB6tQAAbDECAPoSCwBREwsAhyUCAAtmDQDo0AEAHyIQAAvdAgDIWgoAH1sKAIclAgDBdAwAGHUMAMSfEQAboBEAcqARAMYyEAB6tQAA6ZcAAN4lAgDwcQ0A6NABAIclAgAY7AEABF0IAEc7AgB6tQAAguYGANnmBgBtpgEAr8AOABjsAQAEXQgARzsCAHq1AAD9OA8AJhkAAKtKAQDDJwAA8HENAEdyDQCecg0A9XINAPDoAgCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAOu4HANG1AAAdmwIAdJsCAMubAgAEXQgAJCMQAMMnAADDJwAA8HENAEdyDQCecg0A9XINAPDoAgBAmAAAku4AAGYSAwAEdg0AbUoAALGHBgCr3Q0A8OMBAFaLAADM4QkAeZIAAOjQAQDL1w4A4SEPAPXJDQDeJQIA9oEJAMQ+DwD3gQIALPoDAIP6AwDa+gMAMfsDAIj7AwDf+wMANvwDAI38AwDoGxEAt4YQAPf7CQBO/AkAnQ4AAPQOAABtpgEAC90CAMhaCgAEXQgASS8DAM8YAAAmGQAAq0oBAKg9AgBfoQsAtqELAA2iCwBkogsA3iUCALpGEQDQkgAAtlQNAG1KAACxhwYAhnIHAKMNCgCINxAA3XIHADRzBwCLcwcADXoDANWYAQBsMQIAhyUCAPf7CQBO/AkAAAAAAHmSAAB+mAEA6NABAD/RAQCW0QEAhyUCAH6YAQAZvQIAeqQOAARdCACHJQIAy9cOAOEhDwD1yQ0AiDcQAN1yBwA0cwcAi3MHAIclAgCLIQgA8fUPAIiuBQA/0QEAixcGAPX9BgBJLwMAyDcDAB84AwB+HAsA1RwLACwdCwCDHQsA2h0LADEeCwDeJQIA9oEJAE2CCQCkggkAiDcQAOjQAQCHJQIAC2YNAGJmDQDo0AEAP9EBAP2lAgBtSgAA4loCAOjQAQBtSgAAcdsBAM8YAACdDgAARZ4BAIZyBwCjDQoAQSEEAJghBAD3+wkATvwJAAAAAAB5kgAAfpgBAOjQAQA/0QEAhyUCAIyqCwA/Eg8AassMAMHLDAAYzAwAb8wMAMbMDAAdzQwAdM0MAAtmDQDo0AEAHyIQAAvdAgDIWgoAhyUCAMgyAgAfMwIAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAE/UDAGr1AwBJLwMA3iUCAPBxDQDo0AEAhyUCAEFJDAAEXQgA+HAJAIclAgDBdAwAy80MACLODACWsQwA7bEMAESyDACbsgwAbaYBAMSmAQCb3AMA8twDACQjEAD3+wkATvwJAAAAAAB5kgAAfpgBAOjQAQA/0QEAltEBAIclAgCCHwEA2R8BAAYJDABdCQwAtAkMAAsKDABBSQwAaE4BAL9OAQAL3QIAfpgBAARdCAAkIxAAnQ4AAIclAgBBSQwAmEkMAO9JDABGSgwAnUoMAPRKDABLSwwAbDECAMMxAgCHJQIA3iUCAPaBCQBNggkApIIJAJ0OAACHJQIAwXQMABh1DABvdQwAwycAAPDjAQBH5AEAEqgMAGmoDACECQAAzxgAAP4aAgDAzQIAwycAAPDjAQBH5AEAnuQBAG1KAABx2wEAyNsBAB/cAQA6ug4AhAkAAOjQAQCPagwA5moMAD1rDACUawwA62sMAEJsDACZbAwA8GwMAEdtDACebQwAbUoAAHHbAQDI2wEAH9wBADq6DgAtoQ0AfpgBADlvBgBx2wEAyNsBAIQJAAAAAAAAbUoAAHHbAQDI2wEAH9wBADq6DgAtoQ0AfpgBADlvBgCdDgAAVwAAAIBYCQAHEwcAwycAAPDjAQBH5AEAnuQBAMyoDwCNSQIA6ZcAAECYAACS7gAAZhIDAOHbAAAsRwIAD6AOAA16AwDVmAEAbDECAEkvAwDPGAAAJhkAAKtKAQAqrwIA3CUQALhIDgAEXQgAJCMQAHsjEADSIxAAKSQQAIAkEADXJBAALiUQAIUlEABJLwMAnQ4AALqpAgCIrgUA364FAHq1AABtSgAASS8DAOjQAQA/0QEA/aUCAF4TBwAL3QIAyFoKAB9bCgBDXQIARzsCAG2mAQB6pA4AfQMNANQDDQArBA0AggQNANkEDQB6tQAA/48BAOjQAQA/0QEAfQMNANQDDQArBA0AggQNANkEDQAwBQ0AhwUNAN4FDQA1Bg0AjAYNAOMGDQA6Bw0AkvMBAOnzAQD0HQMASx4DAHqkDgB9Aw0A1AMNACsEDQCCBA0A2QQNADAFDQCHBQ0A3gUNADUGDQCMBg0A4wYNADoHDQDCVBAArgAAAOuQAgBuAA0ARB8AALhIDgB5kgAAnQ4AAEQfAACbHwAAl5gAAOmXAABAmAAAku4AAGYSAwDh2wAALEcCAA+gDgANegMA1ZgBAGwxAgBJLwMAAK4AAFeuAACurgAAKq8CANwlEAC4SA4ABF0IACQjEAB7IxAA0iMQACkkEACAJBAA1yQQAC4lEACFJRAASS8DAJ0OAAC6qQIAcdsBAFhaCwDGYQgAqVsBAGucDQBJLwMAbDECAIIfAQDGYQgAzxgAAG1KAAD/igAAjmwCALGHBgCGcgcAow0KAIclAgDeJQIANSYCAOjLAABtpgEAnQ4AAEQfAACrLw0A7VULAEc7AgC8AwcAjmwCAP+KAABO9wgAhyUCAIyqCwDEQxAAG0QQAHJEEABO9wgASS8DAJZ/AgDnOw0APjwNAJU8DQDsPA0AfpgBABm9AgBwvQIAx70CAOmXAAD/igAAApYQAIclAgCINxAAbSUKAG1KAACHJQIAiDcQAMMnAACHJQIAgh8BAMZhCAAdYggA2R8BAOjQAQBAmAAAgh8BAIS8AQDbvAEALWoCACcSCQBx2wEABF0IAIclAgDoGxEAPxwRAJYcEQCtdQ0AxjIQACYZAACrSgEAxEoAABtLAABSvAMAhyUCAEFJDABoTgEAv04BAFyZDQCzmQ0ACpoNAGwxAgDDMQIAiDcQAK9uDwCTTQ0A6k0NABKoDABpqAwA3iUCADUmAgDONg0AJTcNAHw3DQDTNw0AKjgNAIE4DQDYOA0ALzkNAEFJDACYSQwA65ACAG4ADQBEHwAAjKoLAMRDEAAbRBAAckQQAHq1AAD66gIApFMRAGwxAgB0FQoAyxUKAMF0DAAYdQwAb3UMAFmCDACwggwA8C4RAD/RAQCLFwYAIy8IAIclAgAAAAAAJloNAIclAgB0FQoA/4oAAMYyEAAEXQgAbaYBAHqkDgAEXQgAjKoLAD8SDwAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQC/UwIASS8DALBVAwAHVgMAXlYDAKOYAwD6mAMAUZkDAKiZAwD/mQMArXUNAI5sAgCtdQ0AjmwCAAAAAAAGZQ0AhyUCAARdCACk2QkApjMOAP0zDgBUNA4AqzQOAEkvAwDoGxEAPxwRAG1KAABx2wEAWDIDAI+tCAD/igAA65ACAHQVCgD/igAAoNMBAIclAgDeJQIANSYCAIwmAgDjJgIAxEMQABtEEAByRBAAzxgAAG1KAAD/igAA7xcCAIclAgCMqgsAxEMQABtEEAByRBAAhnIHAG0lCgDQkgAAmegCAAtmDQD7ThAAbUoAAHHbAQAHEwcAbUoAAHHbAQD/igAA65ACAD/RAQALZg0A+04QAG1KAABx2wEABxMHAG1KAABx2wEAnQ4AAEWeAQCcngEA854BAEqfAQCGOQ0A3TkNAIclAgDoGxEAPxwRAJYcEQDtHBEARZ4BAJyeAQDzngEASp8BAFcAAABoTgEAv04BAIIfAQCEvAEAQSEEAEQfAACbHwAAP9EBABjsAQCROwYABxMHAG1KAACxhwYAhnIHAIIfAQB5AgYAzbwMANWYAQBDXQIAVosAAOmXAABHOwIA/4oAAFaLAACWfwIAhyUCAIIfAQDZHwEAnQ4AALqpAgCHJQIA9/sJAE78CQD9pQIAxtENAM8YAABtSgAAhyUCAPr5BQD66gIAUesCAKjrAgD/6wIAbaYBAP+KAACg0wEAuqkCAI0BBQBBSQwAaE4BAL9OAQBcmQ0As5kNAAqaDQBhmg0AhyUCAPr5BQBR+gUAs/oPAAr7DwBh+w8AuPsPAA/8DwBm/A8AhyUCALNHDgB+mAEAOW8GAMRKAACHJQIAjKoLAD8SDwCWEg8A7RIPAJBvBgD6+QUAUfoFAFaQAQA67gcA6ZcAAJ0OAABpyAEAv1MCAJTWEADr1hAAa5wNAMKcDQB+mAEAOW8GAHHbAQAEXQgAhyUCALNHDgB+mAEAOW8GAMRKAACHJQIA+vkFAFH6BQBWkAEArZABAHmSAABHOwIAbUoAAHHbAQDI2wEAH9wBADq6DgDDJwAA8OMBAEfkAQCe5AEALaENAIShDQDboQ0AMqINAImiDQCGcgcAhnIHAK9uDwDL1w4AsYcGAAiIBgBfiAYABF0IAIclAgCINxAAbSUKAG1KAACHJQIAwXQMABh1DACINxAAwycAAOmXAAAEXQgAJCMQAARdCACHJQIAy9cOALGHBgAIiAYAX4gGALaIBgANiQYAZIkGAA+MCgC2qw0ADawNAMvXDgCxhwYACIgGAF+IBgAEXQgAhyUCAIg3EABtJQoAbUoAAIclAgDBdAwAGHUMAGc1AwD9JAsAedgOAH2xDQDUsQ0AK7INAIKyDQDZsg0AMLMNAIezDQDesw0ANbQNAIy0DQBxwA0AyMANAB/BDQB2wQ0AZzUDALGHBgAIiAYAX4gGALaIBgANiQYAZIkGAA+MCgCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEArXUNAMMnAABtSgAAcdsBALNCDQDL1w4A4SEPAPXJDQDoGxEAt4YQAK11DQDGMhAAHTMQAMF0DAAYdQwAxJ8RABugEQByoBEAxjIQAHq1AADplwAAiDcQAMMnAACHJQIAjKoLAMRDEAAbRBAAckQQAIclAgCWsQwA7bEMAESyDACbsgwA/z0CAD8SDwCWEg8AQSEEAIyqCwA/Eg8AlhIPAEEhBACWsQwA7bEMAH0ZAACMqgsAxEMQABtEEAByRBAAxEMQABtEEAByRBAA6ZcAAH6YAQAL3QIAyFoKAIclAgB5kgAA0JIAAHwAAgDTAAIAKgECAIEBAgDYAQIALwICAIYCAgDdAgIAwdANABjRDQBv0Q0AhyUCAHmSAADQkgAA4dsAACxHAgCDRwIAcdsBAARdCACHJQIAjKoLAD8SDwAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQDDJwAAGigAAECYAACS7gAAZhIDAGwxAgDDMQIABF0IAIclAgCWsQwA7bEMAESyDACbsgwA/z0CAD8SDwA6JwIAkScCAOgnAgA/KAIAhyUCAIshCADqpA0AerUAAHq1AADplwAAnQ4AALNHDgAKSA4ACdgPAGDYDwCWsQwA7bEMAESyDACbsgwA/z0CAD8SDwA6JwIAkScCAOgnAgA/KAIAligCAD8SDwAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQANegMAX/0MAM8YAAANegMAZHoDAMvXDgDhIQ8A9ckNAPr5BQBR+gUAqPoFAP/6BQBW+wUArfsFAAtmDQBiZg0A+9kJAIg3EADdcgcANHMHAEFJDAB+mAEA1ZgBAIshCADx9Q8ASPYPAOuQAgD3+wkATvwJAIsXBgDiFwYA6qQNAHq1AAB6tQAA6ZcAAOmXAADoGxEAt4YQAK11DQBHOwIAbaYBAIsXBgAjLwgAhyUCAEFJDABoTgEAv04BAC9DDwCGQw8A3UMPADREDwCLRA8AiDcQAMMnAACHJQIAeZIAANCSAACZ6AIA8OgCAEfpAgCe6QIA9ekCAEzqAgCWsQwA/hoCAAh0AgCxhwYA6ZcAAJ0OAACHJQIAiDcQAMMnAACHJQIAeZIAANCSAACZ6AIA8OgCAEfpAgCe6QIA9ekCAEzqAgCWsQwA/hoCAAh0AgDPGAAAJhkAAFfRBwDplwAAbUoAAA9kAgBmZAIAvWQCAFAVAQDclwQAiDcQAEc7AgAY7AEAkTsGAAcTBwBtSgAAhyUCACRrDQB7aw0A0msNAClsDQCWsQwA7bEMAH0ZAACtdQ0AjmwCAOVsAgA8bQIAk20CAOptAgBBbgIAmG4CAIIfAQDGYQgAbUoAAMRKAACdpg0ABF0IAIclAgB6pA4ABF0IAIclAgB2twsAhnIHAN1yBwBtSgAAsYcGAIZyBwCjDQoASS8DAHmSAADQkgAA4dsAADjcAABDXQIAApYQACr8AADlFQIAdrcLAM23CwCINxAAow0KAIclAgCtdQ0AHtIGAHa3CwDPGAAAJhkAAFfRBwDplwAAdrcLAM23CwAL3QIAYt0CALndAgAQ3gIAwXQMABh1DAAsmQEAhnIHAK9uDwDtfwIAs0cOAH6YAQA5bwYAxEoAAIiuBQCPagwAbUoAAMRKAAARrwMA2kcCADFIAgCISAIA30gCADZJAgDeJQIANSYCAE73CACdDgAAlrEMAA16AwCtdQ0A/ywQAFYtEACtLRAABC4QAFsuEADVmAEAbDECAIyqCwDEQxAAG0QQAI1JAgD/igAAoNMBAPfTAQBO1AEApdQBAPzUAQBT1QEAq90NAMMnAAAaKAAAQJgAAD/RAQDPGAAAerUAAOmXAADMqA8A/zERAK11DQARPQ8AzOEJAHmSAAD/igAATvcIANpHAgAxSAIAtzQRAA41EQCIPBEA3zwRADY9EQCNPREA5D0RADs+EQCSPhEAjQEFAMF0DADLzQwAIs4MAJaxDADtsQwARLIMAJuyDAB2twsAbUoAAIiuBQCPagwA6ZcAAHa3CwDDJwAA8OMBAE73CACdDgAARB8AAHa3CwAkwg0AiK4FAI9qDABtSgAAxEoAABGvAwDysgwANSYCAE73CACdDgAAwhMDAEkvAwDh2wAALEcCAINHAgBJLwMAPXANAJRwDQDrcA0AQnENAJlxDQBYZA0Ar2QNAIg3EADo0AEAhyUCAJaxDADplwAA/4oAAOuQAgCMqgsA46oLAARdCACHJQIAiDcQAMMnAACHJQIAwXQMABh1DAAIvxEAyaIAAPhwCQDplwAAnQ4AAIclAgCWsQwA7bEMAESyDACbsgwA/z0CAD8SDwCWEg8AQSEEAAtmDQCOUQ4A5VEOADxSDgCTUg4A6lIOAEFTDgCYUw4A71MOAEZUDgCdVA4A9FQOAEtVDgBO9wgA6NABAD/RAQCLFwYAIy8IABGvAwCHJQIAjKoLAD8SDwCWEg8AQSEEALqpAgCtdQ0AC90CAGLdAgDNvAwAJL0MAP+KAABHOwIAbaYBABZUAgCPagwA5moMAD1rDACUawwA62sMAEJsDACZbAwAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAGc1AwCxhwYACIgGAF+IBgAEXQgAhyUCAIg3EABtJQoAbUoAAIclAgCzRw4ACkgOAM28DAA5bwYAsYcGANWYAQBsMQIAhyUCAN4lAgDwcQ0A6NABAIclAgCINxAA3XIHADRzBwDzwQgASsIIAKHCCAD4wggAT8MIAECYAACS7gAAZhIDAAl8DgBgfA4At3wOAA59DgBlfQ4AvH0OABN+DgBqfg4AwX4OABh/DgBvfw4Axn8OAB2ADgB0gA4Ay4AOACKBDgBYMgMAd2AEAM5gBAAlYQQAfGEEANNhBAAqYgQAgWIEANhiBAAvYwQAhmMEAN1jBAA0ZAQAi2QEAOJkBAA5ZQQAWDIDAHdgBADOYAQAJWEEAHxhBADTYQQAKmIEAIFiBADYYgQAL2MEAIZjBADdYwQANGQEAItkBADiZAQAOWUEAGwxAgBsMQIA6NABAD/RAQBsMQIA7VULAI5sAgBx2wEA6ZcAAECYAACS7gAAZhIDAM8YAAANegMA1ZgBAGwxAgCHJQIAiyEIAEQfAADzZQcAeqQOAAcTBwBtSgAAcdsBAARdCACHJQIAy9cOACLYDgB52A4A0swPAIshCADx9Q8ASPYPAOuQAgBtSgAAVwAAADkxCwCQMQsAbUoAAAAAAADDJwAA8OMBAEfkAQC7IwMA9/sJAE78CQCLFwYAoNMBAPQOAACjDQoASS8DAA5GAwBlRgMAvEYDABNHAwBqRwMAwUcDABhIAwBvSAMAxkgDAG0lCgBtSgAAVwAAAMmiAABtSgAAhyUCAN4lAgDo0AEAq8kJAIIfAQCHJQIAiyEIAIUgDwDcIA8AfpgBAPr5BQDRtQAAeqQOANGkDgCGcgcA6NABAJZ/AgAi2A4AedgOALj2DgAP9w4AVQoQAKwKEAADCxAAWgsQAOuQAgDplwAABF0IAIclAgDL1w4AItgOAHnYDgC49g4AD/cOAFUKEACsChAAAwsQAFoLEADplwAA/4oAAO1/AgAEXQgAhyUCAMvXDgAi2A4AedgOALj2DgAP9w4AVQoQAKwKEAADCxAAWgsQAN4lAgA1JgIAjCYCAOMmAgD+BA8AVQUPAKwFDwAFng4AXJ4OALOeDgAKnw4AYZ8OALifDgBtpgEAeqQOANGkDgCHJQIAy9cOACLYDgB52A4AuPYOAA/3DgBVChAArAoQAAMLEABaCxAAxKYBAOHbAACHJQIAy9cOACLYDgB52A4AuPYOAA/3DgBVChAArAoQAAMLEABaCxAA7X8CAARdCACHJQIAy9cOACLYDgB52A4AuPYOAA/3DgBVChAArAoQAAMLEABaCxAAnQ4AAIclAgDeJQIANSYCAIwmAgDjJgIA9/sJAE78CQCdDgAALaENAG2mAQBtSgAAhyUCAIshCADqpA0AVQoQAKwKEAADCxAAWgsQAAAAAACvwA4AhyUCAN4lAgA1JgIAjCYCAFQvDQCMqgsAxEMQABtEEAByRBAAow0KAOmXAACLIQgARB8AAEzPDgCjzw4A+s8OAIclAgCINxAAy9cOACLYDgAO1A4AZdQOALzUDgAT1Q4AatUOAMHVDgCHJQIAiDcQAG2mAQBtpgEAeqQOAAcTBwBtSgAAsYcGANWYAQAFAQAAbg8QAJ0OAACHJQIA/Y8PAAbBDgBtSgAAeZIAAFcAAAB6tQAA0bUAAB2bAgB0mwIAy5sCAIIfAQDZHwEABgkMAF0JDAC0CQwACwoMAP+KAADrkAIABF0IAPhwCQDh2wAAzxgAAHq1AADRtQAAHZsCAHSbAgDLmwIAbUoAAHHbAQDI2wEAd+QNAM7kDQAl5Q0AfOUNANPlDQAq5g0ARB8AAJ0OAAAAAAAAAAAAAFoGDwCxBg8ACAcPAF8HDwAq/AAAE3kNAI0BBQC3LxAADjAQAGUwEADjJgIAAAAAAPr5BQBR+gUAqPoFAFTiDgCr4g4AAuMOAJ0OAAD0DgAAbaYBAHqkDgC/UwIAbaYBAMSmAQDDzhAA1ZgBAMMnAADh2wAALEcCAA+gDgCU1hAAQJgAAJLuAABmEgMABF0IACQjEABHOwIAnjsCANhYAgCIrgUA+IQNAE+FDQAL3QIAYt0CALndAgDKggQABF0IAFtdCABpvBAAsYcGAIZyBwCjDQoAhyUCALNHDgAKSA4AD6AOAA16AwDVmAEAbDECAAtmDQD7ThAAeyMQANIjEAApJBAAgCQQANckEAAuJRAAsYcGAIZyBwCjDQoAhyUCALNHDgAKSA4AD6AOAA16AwDVmAEAbDECAIshCADqpA0AfpgBADlvBgBx2wEAyNsBAEkvAwDL1w4AItgOAHnYDgC49g4AD/cOAGb3DgC99w4AFPgOAN4lAgA1JgIAjCYCAOMmAgD+BA8AoQUFAPgFBQAYHgwAj2oMABc+CAD4cAkAbSUKAG1KAACHJQIAAAAAACQjEABAmAAAku4AAOnuAAAAAAAAAAAAAIshCADqpA0AfpgBADlvBgBx2wEAyNsBAEoFBQBXnQ4Arp0OANLMDwDeJQIA9oEJAE2CCQCkggkAAAAAALYHDwC2xgEAwycAAPDjAQBH5AEAZCMDAEkvAwCMqgsAPxIPAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAApeAQDAVg0AF1cNAPf7CQBO/AkAGOwBAJE7BgAHEwcAbUoAALGHBgCGcgcAow0KAIclAgDBdAwAGHUMAKlbAQBrnA0AwpwNABmdDQBwnQ0Ax50NAB6eDQB1ng0AzJ4NACOfDQB6nw0ArXUNAB7SBgCWsQwA7bEMAFfRBwDMqA8AWIQCAK+EAgAGhQIAXYUCAIclAgCMqgsAPxIPAJYSDwDtEg8AkG8GAPr5BQBR+gUAVpABAK2QAQDcfBAAgh8BAHkCBgDNvAwA1ZgBAA16AwDVmAEAbDECAIclAgDBdAwAGHUMAPg3DwBPOA8AHBAQAHMQEADiWgIApjgPAI0BBQAAAAAAhyUCAHmSAADQkgAAK1sNAIJbDQDZWw0AMFwNAIdcDQDeXA0ANV0NAIxdDQDEQxAAG0QQAHJEEADoGxEAt4YQAG1KAADh2wAA6ZcAAOmXAADPGAAAhyUCAMvXDgAi2A4AedgOAFcAAACuAAAABQEAAI0BBQD4Nw8ATzgPAI0BBQBtSgAA4loCAKY4DwCNAQUAAAAAAIclAgDL1w4AmS4RAH6YAQBBIQQAmCEEAO8hBAAi2A4AedgOAH2xDQDUsQ0AK7INAIKyDQDZsg0AMLMNAIezDQDesw0ANbQNAIy0DQBxwA0AyMANAB/BDQB2wQ0AzcENAJZ/AgDnOw0ABF0IAM8YAAAtagIAApYQAGpMBABbPwIAsj8CACr8AADlFQIAwDgHAPrqAgBR6wIAqOsCAFaLAADo0AEAq8kJAJ0OAABpyAEA1ZgBAA16AwBBIQQAWz8CAEM9DQAEXQgAhyUCAMF0DAAYdQwAbUoAAHHbAQDI2wEAH9wBAN1yBwA0cwcA88EIAG1KAAAPZAIAiDcQAKMNCgCHJQIAiyEIAEQfAABMzw4Ao88OAPrPDgCNSQIA/4oAAE73CACl9wgA/PcIAPr5BQD66gIAUesCAKjrAgBHOwIA/4oAAFaLAABtpgEA/4oAAJZ/AgAM4A0AY+ANALrgDQAR4Q0AaOENAL/hDQD3+wkAj2oMAIWSAwDckgMAN1sQAI5bEADlWxAAPFwQAJNcEADqXBAAAAAAAAAAAAAAAAAABF0IAG1KAACHJQIA+vkFANG1AAAdmwIAdJsCAMubAgCvwA4AhAkAAOmXAABAmAAAku4AAGYSAwCECQAARzsCALeGEADDJwAA8HENAOjQAQA/0QEArXUNAA1aDgCl9wgAhAkAANsJAAAkaw0AnaYNAPSmDQD/igAAwycAAG1KAABx2wEAs0INAIclAgCtdQ0ADVoOAKX3CACECQAA2wkAACRrDQCdpg0A9KYNAIyqCwD/igAAVosAAI+tCACECQAA2wkAACRrDQCdpg0A9KYNAIyqCwD/igAAVosAAI+tCACECQAA2wkAACRrDQCdpg0A9KYNAMqCBADVmAEARZ4BANWYAQCAWAkA7joQAEU7EACcOxAA8zsQAAAAAADeJQIANSYCAIwmAgDjZw8AOmgPAIclAgDL1w4AItgOAHnYDgDSzA8Aln8CAAAAAACHJQIAy9cOACLYDgB52A4A0swPAIshCADqpA0AfpgBADlvBgBx2wEAyNsBAEFJDACYSQwAQs0OAN4lAgA1JgIAjCYCAPr5BQD66gIApA0DAHq1AADplwAA82UHAG2mAQB6pA4ABF0IAIUgDwDcIA8AMyEPAIohDwDhIQ8AOCIPAAtmDQBnexEAvnsRAENdAgCObAIAsYcGAIZyBwCjDQoAjUkCAIIfAQCdDgAAy9cOACLYDgB52A4A0swPAEFJDACYSQwAQs0OAN4lAgA1JgIAjCYCAIshCADqpA0AfpgBADlvBgBx2wEAyNsBAL9TAgC/UwIAaoMPAIclAgDeJQIANSYCAIwmAgDjJgIAxEMQABtEEAByRBAA3iUCAOjQAQCryQkAgh8BAIg3EACvbg8AwXQMAGwxAgDPGAAAJhkAAOjQAQA/0QEAltEBAIclAgB5kgAA0JIAALZUDQANVQ0AZFUNALtVDQASVg0AaVYNAG4KDwAihg8AeYYPANCGDwCvwA4Abf0BAEzPDgCjzw4A+s8OAIclAgAkaw0AnaYNAPSmDQAO1A4AZdQOALzUDgAT1Q4AatUOAMHVDgCHJQIAJGsNAJ2mDQD0pg0A/4oAAFaLAACPrQgAhyUCAIshCABEHwAATM8OAKPPDgD6zw4AhyUCACRrDQCdpg0A9KYNAMvXDgAi2A4ADtQOAGXUDgC81A4AE9UOAGrVDgDB1Q4AhyUCACRrDQCdpg0A9KYNAAAAAADvFwIAbUoAAHmSAADo0AEAP9EBAMyoDwBXAAAArgAAALBVAwAHVgMAXlYDALVWAwCMqgsAPxIPADonAgCRJwIA6CcCAD8oAgCWKAIAFTECAPf7CQCPagwA+vkFAFH6BQCo+gUAlrEMAC1qAgCEagIAAAAAAMyoDwAjqQ8AiiYQAOEmEAA4JxAAjycQAFQvDQBBSQwAmEkMAELNDgBJLwMAlCgQAOsoEABCKRAASS8DAIclAgB5kgAA0JIAABrgAgA5bwYAkG8GABjsAQCTrg8AVwAAAH6YAQA5bwYAcdsBALNCDQAL3QIAfpgBANWYAQCFkgMA/4oAAHmBDgD6EgsAQUkMAG2mAQD/igAAjmwCAMMnAADwcQ0A6NABAIIfAQCHJQIAiyEIAOqkDQB+mAEAOW8GAHHbAQCPagwA5moMAIclAgDeJQIA9oEJAMQ+DwAbPw8Acj8PAMk/DwAgQA8Ad0APAM5ADwCtdQ0AwycAAG1KAABx2wEAs0INACOuEAB6rhAA0a4QACivEAB/rxAA1q8QAG4ADQCHJQIA3iUCAPBxDQBHcg0AnnINAIshCACFIA8A3CAPADMhDwCKIQ8A8fUPAEj2DwDrkAIAbUoAAHHbAQCtdQ0ARzsCAFKcDgCpnA4AbUoAAHHbAQDqpA0AerUAAHq1AADplwAAnQ4AAGnIAQDDJwAAukYRADUmAgCMJgIA4yYCADq6DgCRug4A6LoOAPBxDQBHcg0AnnINAIshCACFIA8A3CAPADMhDwCKIQ8A8fUPAEj2DwDrkAIAbUoAAHHbAQCtdQ0ARzsCAFKcDgCpnA4AbUoAAHHbAQDqpA0AerUAAHq1AADplwAAnQ4AAGnIAQDDJwAAukYRAD+7DgCWuw4A7bsOAKDTAQCHJQIAAAAAAIclAgDeJQIANSYCAIwmAgCTTQ0A6k0NAAAAAAD3+wkAj2oMAOZqDABJLwMAjKoLAPNlBwBKZgcAApYQAGpMBABEHwAABF0IAEkvAwB+mAEA1ZgBAMMnAADwcQ0AZhIDAGQjAwC7IwMAy9cOACLYDgB52A4A0swPACnNDwBv2w8AxtsPAB3cDwB8fwoA038KACqACgCTTQ0A6k0NAIyqCwDEQxAAG0QQAHJEEACBgAoA/gQPAKEFBQD4BQUAro4LAD8SDwBK7xEAoe8RAPjvEQBP8BEAQUkMAG2mAQB6pA4A0aQOAKDTAQBEHwAA9/sJAE78CQCl/AkAx2YCAMyoDwBt/QEAxP0BALbGAQB0FQoAQz0NAPNlBwAsRwIAD6AOAA16AwDVmAEAbDECAGQjAwC7IwMAy9cOACLYDgB52A4A0swPACnNDwBv2w8AxtsPAB3cDwC6qQIAEaoCAMYyEAAEXQgAW10IAOuQAgAEXQgAjUkCAIZyBwBtJQoA6ZcAAECYAACS7gAAZhIDAJLzAQDp8wEAbaYBAHqkDgBtSgAAcdsBAMvXDgD/igAAoNMBAPg3DwB+mAEAGb0CAARdCACHJQIA3iUCADUmAgCMJgIA4yYCAIshCADqpA0AerUAAHq1AADplwAAnQ4AAGnIAQDDJwAAukYRAOD+DgA3/w4Ajv8OAOX/DgA8AA8AzKgPACOpDwB6qQ8A8fUPAOADEAA3BBAAjgQQAOUEEADqAA8AQQEPAJgBDwCHJQIAhyUCAEkvAwCCHwEAgh8BAHkCBgDrkAIAEa8DAIclAgDvFwIARhgCAJ0YAgD0GAIASxkCAKIZAgDPGAAA6ZcAAG1KAABO1AEABF0IAFcAAACAWAkABF0IAG1KAAD/igAATvcIAIclAgDL1w4AItgOAHnYDgDSzA8ANSYCAIwmAgDjJgIAiyEIAOqkDQB6tQAAerUAAOmXAACdDgAAacgBAMMnAAC6RhEAs0cOAApIDgAJ2A8A6ZcAAECYAAA/0QEAy9cOACLYDgB52A4AerUAAP+PAQCS8wEA6fMBAG2mAQB6pA4AbUoAAMvXDgAi2A4AedgOAK11DQD/LBAAVi0QAK0tEAAELhAAWy4QALIuEAAJLxAASS8DAAAAAAAAAAAAfpgBAEEhBAD4Nw8A6ZcAAFcAAABoTgEAP9EBAP2lAgD66gIAjmwCAHHbAQB6tQAAAAAAAP8xEQDeJQIANSYCAIwmAgDjJgIA9eQBAMY3EQCFIA8A3CAPADMhDwCKIQ8AhyUCAMvXDgAi2A4AedgOANLMDwApzQ8AwXQMABh1DACg0wEA99MBAE7UAQCl1AEA/NQBAFPVAQCdDgAA2kcCAN4lAgA1JgIAjCYCAJNNDQDqTQ0AjKoLAMRDEAAbRBAAckQQAM8YAACHJQIAjKoLAMRDEAAbRBAAckQQAIg3EAA67gcAke4HAOjuBwA/7wcAlu8HAO3vBwBE8AcAhnIHAG1KAADESgAAG0sAAFK8AwCHJQIAjKoLAMRDEAAbRBAAckQQAM8YAAAEXQgApNkJANWYAQBsMQIASS8DAIyqCwA/Eg8AWT8QALA/EAAHQBAAXkAQAJ0OAAD/igAA9f0GAFcAAABtpgEA6BsRAFKcDgCpnA4AAJ0OACa2DgBtpgEAeqQOANGkDgAopQ4AQJgAAJLuAABmEgMA39sOAAAAAADaRwIA2kcCADtUBACSVAQA6VQEAEBVBACHJQIAhyUCAIg3EADDJwAAhyUCAMvXDgAi2A4AedgOAARdCACk2QkApjMOAP0zDgCvwA4ABsEOAG2mAQB6pA4A0aQOAPhwCQBsxA4Aw8QOAK/ADgAGwQ4AJCMQAJ0OAABEHwAA82UHAHqkDgAHEwcAbUoAAHHbAQDvFwIAwycAAPDjAQBH5AEAnuQBAFcAAACuAAAABQEAAG4PEABXAAAARUwCAJxMAgDzTAIASk0CAKFNAgD4TQIAhnIHAG0lCgBtSgAAerUAAP+PAQCS8wEAxmEIAJ0OAAC/UwIAlNYQAOvWEABrnA0As0INAJLuAACPagwAVwAAAG1KAABx2wEARzsCAFKcDgD/igAA65ACAARdCACk2QkA1ZgBAIWSAwDckgMAN1sQAI5bEADlWxAAPFwQAOJaAgDdcgcAVwAAAH6YAQDVmAEAbDECAIclAgCtdQ0AwycAAG1KAABx2wEAs0INANpHAgDaRwIAAAAAAIclAgDeJQIANSYCAIwmAgCTTQ0A6k0NAIclAgBtSgAAcdsBAMjbAQAf3AEAC2YNAGJmDQCzTA8ACk0PAGFNDwC4TQ8AD04PAGZODwDysgwA9oEJAMQ+DwAbPw8Acj8PAMk/DwCHJQIA6BsRALeGEADDJwAA8HENAOjQAQA/0QEAwXQMADlvBgCdDgAAhyUCAEFJDACYSQwA65ACAD/RAQDPGAAAbUoAAIclAgCtdQ0AxjIQAARdCACHJQIAs0cOAApIDgAJ2A8AYNgPAPr5BQD66gIApA0DAHq1AADplwAA82UHAG2mAQB6pA4ABF0IAG1KAAAPZAIAZmQCAL1kAgC4SA4AuEgOAFAVAQDplwAAQJgAAJLuAACNSQIA5EkCADtKAgCSSgIA6UoCAI1JAgDDJwAA8OMBAEfkAQASqAwAaagMAGc1AwD9JAsAedgOADbcDgA1JgIAjCYCAOMmAgDIWgoAH1sKAG4ADQBFngEAhnIHAKMNCgDplwAA/4oAAMYyEAB6tQAA6NABAD/RAQCLFwYAjmwCALGHBgCGcgcAow0KAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAm3YAAI5sAgCxhwYAQSEEAMMnAAD2gQkA6ZcAAARdCAAEXQgAJCMQAHsjEACAWAkA7joQAEU7EAAkIxAAzxgAAHq1AAARrwMA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQBXAAAAVwAAAG2mAQDKggQAerUAAPrqAgCObAIAsYcGAIZyBwCjDQoAerUAAP+PAQAmzAEAI64QAHHbAQCpWwEAassMAMHLDACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAzxgAACYZAABX0QcAbUoAAIiuBQD4hA0Aio4CAJ0OAABFngEA6ZcAAM8YAABtSgAAerUAAP+PAQAmzAEAfcwBANTMAQArzQEAgs0BANnNAQAT9QMAavUDAO2TBgBElAYAm5QGAPKUBgBJlQYAoJUGAPeVBgBOlgYA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQBx2wEAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAG1KAAD/igAAzbwMANWYAQDplwAAQJgAAG2mAQD/igAA6MsAANCSAAC2VA0Aj60IAOatCACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAyoIEANWYAQANegMAOW8GALGHBgD/igAATvcIAMqCBABYhAIA/4oAAI5sAgCxhwYAhnIHAKMNCgDplwAAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAI5sAgD/igAA/4oAAFaLAACtiwAABIwAAFuMAACyjAAA6NABAD/RAQCdDgAA9A4AAG0lCgDo0AEAerUAAOmXAADDJwAA8OMBAEfkAQASqAwAaagMAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAbDECAPoSCwBREwsAGOwBAARdCABHOwIAerUAAHq1AAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAE/UDAGr1AwDtkwYARJQGAJuUBgDylAYASZUGAKCVBgD3lQYATpYGAH6YAQAZvQIAcL0CAMe9AgAevgIAdb4CAMy+AgCdDgAAuqkCABGqAgCObAIAcdsBAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEACl4BAKpjDQABZA0A6ZcAAKlbAQBK7xEAoe8RAPjvEQBP8BEApvARAP3wEQBU8REA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQAKXgEAqmMNAAFkDQB6tQAA/48BAJLzAQDp8wEAbaYBAHqkDgBtSgAAsYcGAIZyBwCjDQoA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQAKXgEAqmMNAAFkDQCxhwYACIgGAF+IBgC2iAYADYkGAGSJBgC7iQYAEL4NAGe+DQC+vg0AFb8NAGy/DQDDvw0AGsANAApeAQCqYw0AAWQNAHmSAADQkgAAtlQNAI+tCADmrQgAPa4IAJSuCADrrggAQq8IAKTZCQCGcgcA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQAKXgEAqmMNAAFkDQCdDgAAISwEAHgsBAB6pA4AqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAApeAQCqYw0AAWQNAGpMBADBTAQAGE0EAG9NBADGTQQAHU4EAHROBADLTgQAIk8EAHlPBADQTwQACl4BAKpjDQABZA0AwycAAG2mAQARrwMA4dsAACxHAgARrwMAnQ4AACEsBAB4LAQAeqQOAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQAKXgEAqmMNAAFkDQAAAAAAhyUCAAAAAACHJQIA3iUCADUmAgCMJgIA4yYCANpHAgAxSAIAcMIDAMfCAwAewwMAdcMDAMF0DAAYdQwA/BoQAFMbEACqGxAAARwQAFgcEACvHBAABh0QANpHAgAxSAIAiyEIAIUgDwDcIA8AMyEPAIohDwDAZRAAiDcQAOjQAQCHJQIA9/sJAB8iEAB2IhAAzSIQAIclAgDL1w4AItgOAHnYDgDSzA8Ay9cOAJkuEQAbSwAAUrwDAKm8AwDtFxAA8hgQAEkZEACgGRAAwXQMAMvNDABpyAEALaENAOmXAACdDgAAiyEIAPQOAACCHwEAxmEIAMvXDgAi2A4AedgOANLMDwApzQ8As0cOAOmXAABAmAAAP9EBAIshCACFIA8A3CAPADMhDwCKIQ8ARzsCABGvAwCHJQIAiyEIAEQfAABHOwIA/4oAAKDTAQC6qQIAsYcGAP+KAADGMhAAHTMQAOgbEQC3hhAAQJgAAGwxAgCCHwEAeQIGAMYyEADPGAAAhyUCAK11DQDGMhAABF0IAIclAgD6+QUAUfoFAKj6BQCRvw8AiK4FAN+uBQBHOwIAnjsCAPU7AgDiWgIA6NABAG4ADQBuZhAAxWYQABxnEABzZxAAymcQACFoEAB4aBAA2kcCADFIAgBuZhAAxWYQAIyqCwDEQxAAG0QQAHJEEADaRwIASS8DAMRKAAD1LxEATDARAKMwEQDo0AEAq8kJAOHbAAAsRwIARzsCAG2mAQCHJQIAjKoLAD8SDwA6JwIAkScCAOgnAgA/KAIAligCAAAAAACHJQIA9/sJAE78CQD9pQIAxtENAB3SDQB00g0Ay9INAIshCAD9OA8AVDkPAKs5DwACOg8AWToPALA6DwCLIQgA/TgPAFQ5DwCrOQ8AAjoPAFk6DwCwOg8AjKoLAD8SDwA6JwIAkScCAOgnAgA/KAIAligCAMyoDwD/MREArXUNABE9DwDM4QkAeZIAAP+KAACtdQ0AET0PAMzhCQB5kgAA/4oAAE73CACHJQIAzKgPAP8xEQBWMhEArTIRAAQzEQBbMxEAsjMRAAk0EQBgNBEAeZIAAG2mAQBtpgEAhyUCAAtmDQBiZg0AuWYNABBnDQAfIhAA1ZgBAGwxAgCHJQIAwXQMADlvBgBx2wEAWFoLAJ0OAADDJwAAbUoAAIclAgD6+QUAUfoFAKj6BQCRvw8A6L8PAD/ADwCWwA8AbDECAHQVCgDLFQoAhyUCAPr5BQBR+gUAqPoFAJG/DwDovw8AP8APAJbADwDoywAAnQ4AAEQfAAAEXQgAhyUCAOgbEQA/HBEASS8DAG39AQBWMhEA46oLAARdCACHJQIAiDcQAMMnAACHJQIAwXQMABh1DADPGAAA6ZcAAECYAACHJQIAjKoLAD8SDwAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQAKXgEAiyEIAPH1DwBI9g8AaKoCAL+qAgCHJQIAy9cOAIiuBQD4hA0AT4UNAKaFDQDMqA8AI6kPAMyoDwAjqQ8AeqkPANGpDwD6+QUA+uoCAKRTEQD7UxEAUlQRAKlUEQAAVREAV1URAK5VEQAFVhEAzKgPACOpDwCtdQ0ARzsCAFKcDgAL3QIAyFoKAIyqCwA/Eg8AAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEACl4BALNHDgAKSA4ACdgPAGDYDwDL1w4AmS4RABtLAABBygMAYmYNAOjQAQA/0QEA/aUCAG1KAACHJQIA+vkFAPrqAgCkUxEA+1MRAFJUEQCINxAAwycAAIclAgDL1w4AmS4RABtLAADeJQIA8HENAG2mAQBtpgEAxKYBAOHbAAB+mAEA1ZgBAGwxAgCHJQIAjKoLAD8SDwAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQB5kgAA6NABAB8iEADVmAEAbDECAIclAgAkaw0Ae2sNAMYyEAAEXQgAbaYBAMqCBADVmAEAbDECAIclAgCINxAAwycAAIclAgDL1w4AmS4RABtLAAAIaBEAX2gRALZoEQANaREAZGkRALtpEQASahEAaWoRAMBqEQAXaxEAbmsRAMVrEQAcbBEA2kcCADFIAgBiHhAAxjIQACYZAACrSgEAxEoAABtLAABSvAMAhyUCAIyqCwA/Eg8AAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEACl4BAIg3EAA67gcAke4HAOjuBwA/7wcAlu8HAO3vBwBE8AcAQaUNAJilDQDvpQ0ARqYNAHbcAQAAAAAAAAAAAAAAAACHJQIAlrEMAAi/EQBfvxEAtr8RAMF0DAAYdQwAxJ8RABugEQByoBEAyaARACChEQCtdQ0AIy8IAARdCAARrwMA/4oAAOuQAgDPGAAAhyUCAK11DQAjLwgABF0IAEFJDADPGAAACL8RAF+/EQC2vxEAwXQMABh1DADEnxEAG6ARAHKgEQDJoBEAIKERAK11DQAjLwgABF0IAJ0OAAC6qQIAEaoCAE73CACl9wgAbDECAPoSCwCCHwEAhyUCAMF0DAAYdQwAxJ8RABugEQByoBEAyaARACChEQDoGxEAnjsCAOQLBwCZ6AIAbaYBAHqkDgDBdAwAGHUMAMSfEQAboBEAcqARAMmgEQDDMQIAhyUCAGwxAgD6EgsAURMLAJaxDAAIvxEAX78RALa/EQDBdAwAGHUMAMSfEQAboBEAcqARAMmgEQAgoREAVwAAAGhOAQC/TgEAC90CAH6YAQAEXQgAJCMQAECYAABuAA0AuqkCAIiuBQD4hA0AjmwCAHHbAQBsMQIAEa8DAEkvAwA7VAQAklQEAOlUBABAVQQAs0cOAH6YAQA5bwYAxEoAAIclAgCMqgsAPxIPAABcAQBXXAEArlwBAAVdAQBcXQEAs10BANpHAgAxSAIAy9cOAOEhDwD1yQ0A9/sJAE78CQBAmAAAj2oMAOZqDACHJQIAQUkMAJhJDABCzQ4AVwAAAIIfAQCHJQIAjKoLAMRDEAAbRBAAAAAAAHJEEACz+g8ASlwFAHkCBgDGMhAABF0IAIclAgDeJQIANSYCAIwmAgDjJgIAs0cOAH6YAQA5bwYAxEoAAIclAgCMqgsAPxIPAJYSDwDtEg8AkG8GAPr5BQBR+gUAVpABACZaDQB9Wg0AfVoNAOYiDwC2xgEA8S4KAEgvCgCfLwoA3+APADbhDwBXAAAAaE4BAL9OAQBcmQ0As5kNAAqaDQBhmg0AhyUCAPr5BQBR+gUAs/oPAAr7DwBh+w8AuPsPAA/8DwBm/A8AyoIEAKvdDQAC3g0ABxMHABGvAwB6tQAA0bUAAMoBDQAhAg0AeAINABKoDABpqAwA6ZcAAECYAACS7gAAZhIDAGwxAgDDMQIA/4oAAJkuEQAbSwAAUrwDAKm8AwCtdQ0ABHYNAFt2DQDL1w4AItgOAHnYDgA23A4ANSYCAIwmAgCTTQ0A6k0NAOEhDwD1yQ0AiyEIAEQfAADplwAAy9cOAJkuEQAbSwAA3iUCALpGEQARRxEAaEcRAL9HEQCLIQgA8fUPAEj2DwBoqgIAv6oCAIclAgDL1w4AiK4FAPiEDQBPhQ0A9/sJAE78CQDMqA8A6NABAI9qDADmagwAhyUCAIIfAQB5AgYAC90CAMhaCgDwcQ0A6NABAIclAgCCHwEA2R8BAOjQAQA/0QEAwXQMABh1DADDJwAA8HENAOjQAQCCHwEAeQIGAI5sAgCxhwYAhnIHAOmXAAAHEwcAguYGAG1KAACxhwYAhnIHAKMNCgCHJQIA3iUCADUmAgCMJgIA4yYCAN4lAgDwcQ0A6NABAIclAgDL1w4A/4oAAKDTAQCZLhEAG0sAAFK8AwCpvAMA7RcQAPIYEABJGRAAoBkQAN4lAgA1JgIAjCYCAONnDwA6aA8AhyUCAMvXDgAi2A4AedgOACGrDAB4qwwAz6sMACasDAB9rAwA1KwMACutDACCrQwAehsEANEbBACz+g8ACvsPAPQdAwBLHgMAeqQOAPfTAQDyIhIASSMSAN+dEwDAWw4AEa8DAMDIAQA+VRIAALYTAARdCACNPwAAoCMSAPcjEgA+VRIADwYSACVNAACyQhQAALYTAARdCAAAthMAALYTAARdCAA+VRIA1ZsTAAC2EwCyQhQAbDECAJsfAABQFQEAskIUAFAVAQDOTxIAzk8SAARdCAAkIxAAoCAAAFAVAQCWzAAAltEBAJ8AEgCfABIAALYTAJbRAQAAthMATM8OANkdEgAwHhIAGbYSAPIiEgBJIxIA8QQTALJCFACECQAAPlUSANkdEgAwHhIAUBUBAG4ZEgAhdxMAeHcTALtuEgBsMQIAzk8SAItTEgDiUxIA8iISAEkjEgCVAxMAgh8BAP8xEQDOTxIAPyESAM5PEgCjDQoAQuYTABm2EgA+VRIAkSUTAAC2EwCECQAAhAkAAFY3EgCtNxIABDgSALJCFACdDgAAcSsSAMgrEgBxKxIAyCsSAKp8EgCyQhQA9ckNAGQjAwAEXQgAj60IAARdCABWNxIArTcSAEbEEwBQFQEAVjcSAK03EgBGxBMAmx8AAPIiEgBJIxIA22oCAIclAgDLzQwAPlUSAEkvAwD1yQ0A9ckNAIclAgBtSgAAzk8SAGcpEgC0JxIAqtUBAAlDFAAJQxQAtCcSAM0sEgAkLRIAey0SACS9DADSvQwAPlUSAEheAgBxKxIAyCsSAM5PEgC0JxIACygSAHErEgC/URMAcSsSAL9REwD+bxMAzk8SAMY8EgBbOBIAsjgSAG4ZEgBbOBIAX/0MAIclAgBWNxIArTcSAFY3EgCtNxIAVjcSAK03EgAfLBIAGbYSANEUFAAoFRQAv1MCALQnEgBuGRIAcSsSAMgrEgC/UwIABF0IAIclAgCyQhQAhyUCAMwTFAAjFBQAlDISAPQbFAA+VRIAPlUSAI0BBQCNAQUAjQEFAEkvAwBO9wgAt4YQAM4nCgC3hhAAlsAPAJbADwBtSgAA5NcNAEtuEwAq/AAAnQ4AAJ0OAACIQRIAozARACr8AACpXhMAnQ4AAKMwEQDOTxIAzk8SAM5PEgDOTxIAzk8SAG4ZEgBuGRIAzk8SAM5PEgDOTxIAzk8SAM5PEgDOTxIAbhkSAG4ZEgBuGRIAzk8SAM5PEgDOTxIAbhkSAG4ZEgCmRxIAbhkSAG4ZEgDOTxIAzk8SAM5PEgCHJQIAhyUCADXSEwCECQAANdITAIQJAABoTBIAcRcOAIclAgCyQhQA6NABAPEuCgCHJQIAnQ4AAJ0OAADOTxIAzk8SAG2mAQD0GxQAVjcSAK03EgBJLwMAPlUSALJCFACdDgAAL1ISAIclAgCj6gIARB8AABGvAwB0FQoAzxgAAARdCACmwwgABF0IACycEwA+VRIAq6QTAPQbFACdDgAAOI8CAOHbAADh2wAA4dsAALJCFADh2wAAemgCAAKWEACyQhQAOI8CALJCFABdhQIATbQTAK2TEwAElBMAqVkSALJCFAA3GBQAjhgUAB4VAwBQFQEAskIUAIOSEQCECQAAskIUAFcAAADPGAAAJCMQAA8GEgARrwMAVE0TAFcAAABNtBMAhAkAALJCFACRJRMAhAkAAD5VEgCECQAAhAkAAAUJEwA+VRIADwYSALqpAgARrwMAmGcSAJMgBADV+QMAjmUSAKsCBAAJQxQAIy8IAG4ZEgAhdxMAeHcTAEqiEwDG9gMAVjcSAK03EgBGxBMAAX0SAG4ZEgCyQhQACf0FAMH1AwCusRIAbhkSAM5PEgDOTxIAVjcSAK03EgDOTxIAi1MSAOJTEgD0DgAAPlUSAKSCCQB6pA4APlUSAHJTEwByUxMAPlUSAN56EwB8UBIAqEcEAIclAgA+VRIAwG8SAJbRAQCyQhQAhyUCAIclAgCHJQIACUMUAIclAgAPBhIAskIUAIclAgA+VRIA9BsUAItTEgDiUxIAKb4MAAT8BQCFNBMAdrcLAK/ADgCyQhQAZIkGALJCFAAPjAoAGJMSAKAgAAA+VRIAwG8SABdwEgCdFhMAskIUALqpAgB6pA4APlUSANWbEwAq/AAAhTQTAK6xEgALCgwALbcAAEc7AgCHJQIAbhkSACF3EwB4dxMAVjcSAFpxEwCvwA4ASAUTAA8GEgCdDgAAUBUBAE57EgA0ARMAiwETAJ0WEwBtSgAAbhkSACF3EwB4dxMASqITAKGiEwCdFhMAbUoAAJ0WEwBtSgAAnRESAOGHEgCyQhQAhyUCALJCFACHJQIAPlUSANWbEwAZthIAPlUSAF9tEgC2bRIADW4SABv8EgCHJQIAryYSAD5VEgDOTxIAi1MSAOJTEgB5lRIAHiQGAA8GEgBC5hMAIs4MAAlDFADOTxIACUMUAM5PEgBdJxIASS8DAGijEgC/oxIAFqQSAF9tEgC2bRIADW4SAGRuEgC9CxMAaKMSAL+jEgAWpBIAnRESALNxBQBuGRIAIXcTAHh3EwBKohMAoaITALM4CwCyQhQAuqkCALJCFACFNBMADwYSAI0BBQDB9QMAcdsBAM5PEgCLUxIA4lMSAPQWEwCgIAAAbhkSACF3EwB4dxMAskIUAEkvAwBKohMAoaITAMMCCgCdFhMAbUoAALWhEgAMohIAY6ISAPiiEwBkiQYAtaESAM5PEgBnhRMAbhkSAAlDFADOTxIAi1MSAAlDFAB6pA4AhyUCAPQbFACLUxIA4lMSACn3BgA+VRIA1ZsTALJCFAD1cg0APlUSALJCFADztwYAl6ATAG4ZEgAJQxQAcSsSAMgrEgAEXQgApAYTAGijEgC/oxIAFqQSAPQbFACLUxIA4lMSAJhnEgC6qQIAeqQOAJegEwCyQhQAeqQOAIclAgDEUhMABF0IAAvdAgCXoBMA7qATAEWhEwCdERIAUBUBAD5VEgCyQhQA4SEPAA8GEgBuAA0AbhkSAJegEwBuGRIAl6ATAM5PEgAJQxQACUMUAAlDFADOTxIAi1MSAOJTEgBfbRIAtm0SAA1uEgBJKBMA+KITAE+jEwCFNBMAoCAAAGRuEgBYfRIAl6ATAO6gEwBFoRMAnKETAPQbFAB8UBIA0EgUADp3EgCRdxIA0EgUALWhEgCXoBMAbhkSACF3EwB4dxMAbhkSACF3EwB4dxMAskIUADp8EwCzQg0AskIUAHqkDgCyQhQAmiQIAA8GEgCHJQIAltEBAFAVAQA+VRIA3noTAHxQEgATlxMAAAAAAARdCAAAAAAAYEMUAD5VEgDeehMAfFASABOXEwAAAAAABF0IAAAAAACyQhQAskIUAN+dEwCyQhQA350TALJCFADfnRMAYEMUALJCFAByUxMACUMUAM5PEgDOTxIAi1MSAOJTEgA+VRIAX/0MANWbEwD1yQ0AbhkSACF3EwB4dxMAI2ESALJCFABNtBMAbUoAAOASEwBacRMAIy8IADB6EwCHehMARsQTABGvAwCXoBMA7qATAEWhEwA+VRIAPlUSAM5PEgCLUxIA4lMSAHObCQAAAAAA6+ASAELhEgCZ4RIApsMIAGeFEwC+hRMAFYYTALJCFACdERIAs0INAGfeAgB6pA4APlUSALJCFABUTRMANaUKAJ0REgCyQhQAow0KABm2EgBWNxIArTcSAHErEgDIKxIAbhkSACF3EwB4dxMAhZIDAD5VEgCyQhQAavUDAM5PEgDOTxIAi1MSAOJTEgAEXQgAoCAAAM5PEgCscBMAzk8SAItTEgDiUxIASS0UAAAAAABuGRIAIXcTAHh3EwA+VRIAwG8SABdwEgAPBhIAPlUSAHkWCgCFNBMADwYSADAgAQAAAAAAskIUAIU0EwAPBhIAMCABAIjvEgBuGRIAIXcTAHh3EwDeehMAfFASALJCFAA+VRIAzk8SAItTEgDiUxIAskIUABGvAwCPNhMAhyUCAGj6EgDOTxIAKvwAAMWaCQBtSgAAq6QTABGvAwCW0QEAskIUAECYAAByUxMAhZIDAFexEgCHJQIAhyUCAD5VEgBGxBMASxwUAFAVAQAZthIAhyUCAJUDEwA5bwYAwG8SABdwEgBXsRIA1ZgBAIjvEgDf7xIANvASAARdCAAAAAAAAAAAAAAAAACyQhQAhTQTAAAAAAAAAAAAAAAAAJUDEwBwDRMAbUoAAIclAgBQFQEAskIUAE20EwCFNBMABF0IAM5PEgCusRIArrESAM5PEgB8UBIAZCMDAAsyFAAhdxMAeHcTAEqiEwChohMAQuYTAPQbFAB8UBIAjQEFAG4ZEgDFGRIAjQEFAOmXAABtSgAAei8IALJCFAD/igAAei8IAAlDFACJEhMAV7ESAFY3EgCtNxIAHywSAMBvEgAXcBIAVjcSAK03EgAfLBIAwG8SABdwEgBtSgAAbUoAABiTEgC2xgEAZ4UTAL6FEwAVhhMAnRYTALJCFAARrwMAzk8SALJCFABq9QMA5J4TAIclAgDOTxIAi1MSAOJTEgASHRMAaR0TAI0BBQCNAQUAskIUAGr1AwBq9QMABPwFAMRSEwAPBhIAAAAAALJCFACyQhQA6ZcAAD5VEgBq9QMAOnwTAIclAgC8bgsAbDECAPwpEwBTKhMAVwAAAFcAAABkiQYAPlUSAIclAgCyQhQAskIUAM8YAABuGRIAIXcTAHh3EwDxrRIA9XINAMb2AwDOTxIAi1MSAOJTEgDMqA8AVjcSAFpxEwAWUhMAkSUTAKMNCgCRJRMAkSUTAARdCADPGAAAVjcSAFpxEwCtNxIAbhkSAD5VEgCRJRMA6CUTAD8mEwBC5hMAyDATAMB0EwDOTxIAavUDAD5VEgCpMQoAzDgKAAAAAAC4ChMADwsTAAAAAAAAAAAAVUMKAAYnEgD1cg0APlUSALJCFACyQhQAclMTAG1KAAA+VRIAskIUAP8xEQA+VRIAUBUBAIclAgA+VRIA6HwTAM8YAABOexIAQuYTABm2EgCyQhQAskIUALJCFADPGAAAzxgAAM8YAAAZthIAskIUALJCFADPGAAAzxgAAM8YAADPGAAAzxgAAM5PEgCLUxIA4lMSALJCFACHJQIAskIUAIclAgCyQhQAUBUBADZHEwBQFQEAhyUCALJCFACECQAANkcTAIQJAAA6fBMAow0KADZHEwBJLwMAAAAAABGvAwDkRxMAEa8DALJCFAA6fBMAAlMUAD5VEgACUxQAskIUAAJTFADOTxIAi1MSAOJTEgCyQhQAiiYQAFAVAQAPBhIAnQ4AAJ0OAAAPBhIAeqQOADp8EwBJLwMAskIUAEkvAwBuGRIAIXcTAHh3EwDOTxIAi1MSAOJTEgCHJQIAP9EBALJCFACHJQIAskIUAD5VEgDcNBMAhyUCAFAVAQA+VRIAskIUABGvAwCHJQIAltEBAHxVEwBQFQEAH1sKAELmEwA+VRIABF0IAIQJAACyQhQANkcTAAAAAABxKxIAv1ETAP5vEwC7ogsAcSsSAMgrEgC7ogsARUoTALuiCwBx2wEAhyUCAHErEgDIKxIAqnwSAP8xEQDOTxIAi1MSAOJTEgAWqRMAPlUSAKQLFADVmxMATQsUAD5VEgA+VRIAqV4TAABfEwBXXxMAqV4TAABfEwBXXxMArl8TAAVgEwCpXhMAAF8TAFdfEwCuXxMABWATANWbEwDOTxIAi1MSAOJTEgAWqRMAPlUSAKQLFADVmxMATQsUAD5VEgDCnA0APlUSAG1KAAAL3QIAbUoAAPQbFACLUxIA4lMSAD5VEgBGbRMABF0IABGvAwBhmg0ASS8DAGLbEwBacRMA9eQBAIclAgCdDgAAAAAAAG4ADQAAAAAAv1ETAJNrEwDqaxMAQWwTALJCFAD0GxQAi1MSAOJTEgCHJQIAhAkAAI0BBQCNAQUAQuYTAIclAgBuGRIAhyUCAD5VEgBJLwMAPlUSAFaaAwBNtBMATbQTAMyoDwA+VRIAskIUAIclAgBWNxIArTcSAPQbFACLUxIA4lMSAPQbFACHJQIABF0IALJCFAAEXQgAmGwTAIY5DQCjDQoAhAkAAELmEwDkAQUAuv4TAK2QAQAq/AAAE5cTAHErEgDIKxIA4KINAGLbEwBvdQwAhyUCAK+CEwCHJQIAb3UMAGG4EwAUuhMAzcENAG39AQBuGRIAIXcTAHh3EwCHJQIAskIUALJCFAD0GxQAuqkCALqpAgD0GxQA9BsUAARdCADhMBIAODESAM2IEwAnPxIAbhkSAM5PEgB8UBIAGjICAK11DQBpyAEAWzgSAG4ZEgBkegMAbf0BAAT8BQBS2gkAi3MHAGwxAgBtSgAAORgGAARdCACyQhQAeqQOADXSEwCj6gIAX3QCAKPqAgBfdAIA724CAHa3CwAJQxQAZ94CALJCFACECQAAhyUCAH4/EgBEHwAAZHoDAMwTFACHJQIAskIUALQnEgCq1QEAskIUAELmEwDBRRQA5AEFALJCFABJLwMASS8DAEkvAwBJLwMAPlUSACc/EgA+VRIA43sTAHxQEgB9eBMAhyUCAG1KAAC6qQIA350TAJ0OAAB6pA4AbhkSACF3EwB4dxMApsMIAM5PEgCLUxIA4lMSAPiiEwBPoxMAwG8SABdwEgDAbxIAF3ASAM5PEgBhuBMAv1MCALJCFACHJQIAZCMDAHErEgCJwBMAPlUSAF/JEwCr3Q0AxjIQAIclAgBhuBMAFLoTALELEADPGAAAYbgTABS6EwCxCxAAln8CAGG4EwAUuhMAsQsQAFY3EgCtNxIARsQTAPTEEwBoqBMAv6gTAHKqEwBhuBMAFLoTALELEABhuBMAFLoTALELEABhuBMAFLoTALELEABWNxIArTcSALELEAAGwQ4AVjcSADdqEwD0GxQArHATALJCFACHJQIAwycAAMMnAABsMQIAjUkCAJ8AEgBDshMAuEgOANWbEwCHJQIAskIUAIclAgAf3AEAiowTAK/ADgCHJQIAhyUCAF2DEwAZthIA0RQUAK03EgD15AEAhyUCAFnjDgAbpwEA8HENABapEwDOTxIAbDECAKaFDQAWqRMASS8DABapEwBJLwMAPlUSAIclAgCHJQIAYbgTABS6EwCyQhQAVjcSAK03EgBGxBMA5moMAIclAgCHJQIAhyUCAKp8EgCHJQIAEagTACnNDwCdDgAADQgPAHErEgA+VRIAbhkSAG5XDQBvdQwASS0UAAAAAABvdQwAxQ8QAH3PEwDKEBAA1M8TABm2EgDFdRMA9BsUAHxQEgBhuBMA0swPAJ8AEgAZthIAfc8TABm2EgDUzxMAGbYSAGG4EwAUuhMAbIYTAFcAAAD4cAkAbUoAAEw1EgCdDgAAhyUCAG91DABdgxMAhyUCABZSEwCWfwIAWsgTAFIMFACpDBQAEa8DAOZqDACCJxQAhyUCAIclAgCHJQIAzk8SAG39AQCyQhQAS6cNAEunDQBLpw0AS6cNAGwxAgBsMQIASjwQAIclAgBWNxIAqtgTAGG4EwCzDhQAhyUCAGG4EwApzQ8AhyUCAAC2EwAywBMAVjcSAInAEwCHJQIAX8kTALbJEwCBBBQADcoTAIclAgCHJQIAYbgTACnNDwAAthMAMsATAFY3EgCJwBMAhyUCAGqDDwDc4hMAVjcSAK03EgD0GxQAfFASAIclAgBi2xMAQuYTAELmEwAq/AAAEnQTADjkEwDAdBMAxP0BAEunDQBLpw0AS6cNAEunDQCHJQIAWsgTAKRYEgBbOBIAEzsSAOZqDACRvw8A22oCAAoPFAA3ahMAALYTAD5VEgAPEBQAPlUSAELmEwBJLwMAuEgOALhIDgCHJQIA9XINAF/JEwC2yRMABF0IAARdCAARRxEAVjcSAK03EgD1cg0AX8kTALbJEwAEXQgABF0IABFHEQA+sRMAlbETAFY3EgBacRMA/m8TAAAAAAA+VRIAPlUSAGQjAwDOTxIAYbgTAHTcDwCTFBMAWnETAOT1EwDOAhQA9BsUAKxwEwBJLwMA6hQTAEbEEwBx2wEAskIUAB5nAgBXAAAAFqkTAGG4EwB03A8AbUoAAM5PEgAEXQgAhyUCAFY3EgCtNxIAEUcRAHqpDwBJLwMASS8DALbGAQC2xgEAtsYBALbGAQBJLwMAPlUSALbGAQCHJQIAhyUCAIclAgAAAAAAAAAAAGG4EwCzDhQAVjcSAK03EgARRxEAYNgPALJCFABhuBMAcdsBALJCFABhuBMAzBMUACMUFAA+VRIAhyUCAIclAgARrwMABF0IAOmXAACHJQIAWsgTAFIMFACpDBQAAA0UAFcNFACuDRQABQ4UAEkvAwBWNxIArTcSAB8sEgBfyRMAtskTAHUTFAA+VRIAQuYTAELmEwBC5hMAQuYTAGG4EwBvdQwASS8DALQnEgCq1QEAMUgCAFY3EgBacRMArrYTAPQbFACLUxIAQ7ITAIQWFADbFhQAMhcUAIkXFAD0GxQAfFASAJvwBwD0GxQAPlUSAJgaFABJLwMAeqQOAH22DgByqhMAf6UOAM5PEgBC5hMAvbkTAIclAgAxSAIAkvYTAJL2EwAxSAIAX20SALZtEgAEOBIAhyUCAELmEwBhuBMA0swPAEOyEwCEFhQA2xYUADIXFACJFxQA4BcUAHKqEwBDshMAhBYUANsWFAAyFxQAiRcUAOAXFAAEXQgAcSsSAMgrEgCfABIAxQ8QAMKcDQAEXQgAk1wQAIclAgAxSAIAMUgCAFY3EgBacRMA5PUTAELmEwAAAAAAAAAAAFAVAQBdgxMAskIUAFAVAQDVmxMAUBUBANWbEwBxKxIAv1ETAFAVAQBhuBMAFLoTAFY3EgCtNxIAhyUCAG4ZEgBuGRIAbhkSAGijEgBuGRIAbhkSAG4ZEgBuGRIAcSsSAL9REwBuGRIAaKMSAG4ZEgAmeBMAbhkSACZ4EwBuGRIAJngTAGeFEwAmeBMAbhkSACZ4EwBuGRIAJngTAKxrEgAmeBMAbhkSACZ4EwBWNxIArTcSAAAAAAA+CBQAX8kTALbJEwCHKBQA9goUAGG4EwAAAAAAI2ESAJAHFAAAAAAAskIUAGG4EwCyQhQAX8kTALbJEwAAAAAAv1MCADUpFACMKRQA4ykUAPQbFACscBMAMUgCAIclAgBJLwMAPlUSAM8YAAB6pA4AWzgSACSJEwAr0BMAK9ATAFs4EgCyOBIATvcIAGVEFABJLwMASS8DAJ0OAACdDgAAFF4SAD5VEgDE/QEAbhkSALJCFAB6qQ8A0EgUAHqpDwCyQhQAbhkSAA8GEgCyQhQADwYSAG4ZEgAhdxMADwYSADFLFACISxQAbhkSAEkvAwCqgRMAPlUSAIclAgCHJQIAhyUCAAJTFACHJQIAhyUCAIclAgACUxQAhyUCAPz3CAACUxQAskIUACChEQCHJQIAhyUCAAJTFAA+VRIAX20SALZtEgANbhIAbhkSAApeAQAAthMAMsATAIclAgD0GxQAfFASAFY3EgCtNxIARsQTAK2QAQDUWg0Al/cTALr+EwB6pA4ATV0TAL9REwD+bxMAr8AOAM5PEgCscBMAr8AOALJCFABO9wgAI2ESAOh8EwBhuBMAFLoTAFY3EgBacRMA5PUTALJCFAAPBhIApoUNAM8YAACyQhQAow0KAFY3EgCtNxIARsQTAPg3DwAjYRIAkAcUAFY3EgCq2BMAYbgTANLMDwCyQhQA","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAIAAIADAACAAAAAgAIAAIADAAAAAAAAgAAAAIACAACAAAAAgAEAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAAAAIABAAAAAwAAgAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAIAAAACAAwAAAAMAAAAAAACAAwAAgAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAIACAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAIAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAAADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAAAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAEAAAAAAACAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAAAAIADAACAAwAAAAAAAIABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAIAAAACAAQAAAAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIAAAACAAgAAgAIAAIAAAACAAAAAgAMAAIACAACAAAAAgAIAAIACAACAAgAAgAIAAIACAACAAwAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAgAMAAAADAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAEAAAAAAAAwAAAAAAAAAAAAACAAAQAAQAAAAAAAAAAAAAQAAAAAAAAAAAAIAAQAAAAAMAAAQAAAABAAAAyBECBAChQgABAAQAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAACAAEAAAAADAAAEAAAAAQAAAMgRAgQAoUIAAQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAAAAAAAAgABAAAAAAwAABAAAAAEAAADIEQIEAKFCAAEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAACAAEAAAAADAAAEAAAAAQAAAMgRAgQAoUIAAQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAEAAAAAAAAwAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAEAAAAAAAAwAAAAAAAAAAAAACAAAQAAQAAAAAAAAAAAAAQAAAAAAAAAAAAIAAQAAAAAMAAAQAAAABAAAAyBECBAChQgABAAQAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAAAAAAAAgABAAAAAAwAABAAAAAEAAADIEQIEAKFCAAEABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAACAAEAAAAADAAAEAAAAAQAAAMgRAgQAoUIAAQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAEAAAAAAAAwAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAEAAAAAAAAwAAAAAAAAAAAAACAAAQAAQAAAAAAAAAAAAAQAAAAAAAAAAAAIAAQAAAAAMAAAQAAAABAAAAyBECBAChQgABAAQAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAACAAEAAAAADAAAEAAAAAQAAAMgRAgQAoUIAAQAEAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAAAAAAAAgABAAAAAAwAABAAAAAEAAADIEQIEAKFCAAEABAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQMAACAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAAAAAAAAgABAAAAAAwAABAAAAAEAAADIEQIEAKFCAAEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAIAAAAAAEAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAgAAAAAAQAAAAAAAAgGAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAAAAAAAAgABAAAAAAwAABAAAAAEAAADIEQIEAKFCAAEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAIAAAAAAEAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAIAAAAAAEAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAgAAAAAAQAAAAAAAAgGAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAAAAAAAAgABAAAAAAwAABAAAAAEAAADIEQIEAKFCAAEABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAAAAAAAAgABAAAAAAwAABAAAAAEAAADIEQIEAKFCAAEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAIAAAAAAEAAAAAAAAIBgAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEDAAAgAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAACAAEAAAAADAAAEAAAAAQAAAMgRAgQAoUIAAQAEAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAACAAEAAAAADAAAEAAAAAQAAAMgRAgQAoUIAAQAEAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAIAAAAAAEAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAIAAAAAAEAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAgAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAMAEAAAAAAAAwAAAAAAAAAAAAACAAAQAAQAAAAAAAAAAAAAQAAAAAAAAAAAAIAAQAAAAAMAAAQAAAABAAAAyBECBAChQgABAAQAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAIAAAAAAEAAAAAAAAIBgAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAgAAAAAAQAAAAAAAAgGAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQMAACAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAACAAEAAAAADAAAEAAAAAQAAAMgRAgQAoUIAAQAEAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAEAAAAAAAAwAAAAAAAAAAAAACAAAQAAQAAAAAAAAAAAAAQAAAAAAAAAAAAIAAQAAAAAMAAAQAAAABAAAAyBECBAChQgABAAQAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQIAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAgAAAAAAQAAAAAAAAgGAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAIAAAAAAEAAAAAAAAIBgAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAACAAEAAAAADAAAEAAAAAQAAAMgRAgQAoUIAAQAEAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAAAAAAAAgABAAAAAAwAABAAAAAEAAADIEQIEAKFCAAEABAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQMAACAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEDAAAgAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEDAAAgAAoAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAADAAAEAAAAAQAAAMgRAgQAoUIAAQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAEAAAAAAAAwAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAIAAAAAAEAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQMAACAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAwAAIAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAIAAAAAAEAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAgAAAAAAQAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAEAAAAAAAAwAAAAAAAAAAAAACAAAQAAQAAAAAAAAAAAAAQAAAAAAAAAAAAIAAQAAAAAMAAAQAAAABAAAAyBECBAChQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAIAAAAAAEAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAIAAAAAAEAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAEAAAABIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAgAAAAAAQAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAgAAAAAAQAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAIAAAAAAEAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAIACAAAAAAAAAAAAQAAAAEgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAQAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAQAAAAEgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAABAAAAASAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAEAAAABIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAACAAEAAAAADAAAEAAAAAQAAAMgRAgQAoUIAAQAEAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAEAAAABIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAQAAAAEgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAQAAAAEgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAQAAAAEgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAEAAAAAAAAwAAAAAAAAAAAAACAAAQAAQAAAAAAAAAAAAAQAAAAAAgAAAAAIAAQAAAAAMAAAQAAAABAAAAyhECBAGhQgABAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAIACAgAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAgAAAAAAQAAAAAAAAgGAAAAAAAAAAAAAQAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAABAAAAAABAAAAAAAAAAAAAAAIAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAQAAAAEgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAAAAAAAAgABAAAAAAwAABAAAAAEAAADIEQIEAKFCAAEABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAABAAAAASAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAAAAAAAAgABAAAAAAwAABAAAAAEAAADIEQIEAKFCAAEABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAABAAAAASAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQACAAAoAAAIAAAAAAAAAAAAAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAABAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAQAAAAEgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAEAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAABAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAQAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAEAAAABIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAEAAAAAAAAAAAAAACAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAMAEAAAAAAAAwAAAAAAAAAAAAACAAAQAAQAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAEAAAABIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAACAAgAAAAAAAAAAAEAAAABIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAAAAACAAAAAAAAEAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAABAAAAASAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAAAAAAAAgABAAAABAwAABAAAAAEAAADIEQIEAKFCAAEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAgAAAAAAQAAAAAAAAgGAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAIAAAAAAEAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAACAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAQAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAAAAAAAAgABAAAAAA0AABAAAAAEAAADIEQIEAKFCAAEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAEAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAEAAAAAAAAwAAAAAAAAAAAAACAAAQAAQAAAAAAAAAAAAAQAAAAAAgAAAAAIAAQAAAAANAAAQAAAABAAAAyhEKBAGhQgAFAAQAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAAAAQAAAAAAAgAAAAAAAAAAAAAQMAACAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAEAAAAAAACAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAgAIAAAAAAAAAAABAAAAASAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAEAAAAAAAAwAAAAAAAAAAAAACAAAQAAQAAAAAAAAAAAAAQAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAwAAIAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAMAAAQAAAABAAAAyBECBAChQgABAAQAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAEAAAABIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAACAAEAAAAADAABEAAAAAQAAAMgRAgQAoUIAAQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAEAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAEAAAABIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAAAAAAAAgABAAAAAAwAABAAEAAEAAADIEQIEAKFCAAEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAQAAEAEgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAQAAEAEgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIAAAAAAEAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAEAAAAAAAAwAAAAAAAAAAAAACAAAQAAQAAAAAAAAAAAAAQAAAAAAAAAAAAIAAQAAAAAMAAAQAAAABAAAAyBECBAChQgABAAQAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAEAAAABIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEBAAAAcAAAAAAAAFABAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQMAACAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAIAAAAAAEAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAMAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAgAAAAAAQAAAAAAAAgGAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAgAAAAAAQAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAIAAAAAAEAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAAAIAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAQAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAwAAAAAABIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAADAAAAAAAEgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAAAAAAAAgABAAAAAAwAABAAAAAEAAADIEQIEAKFCAAEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAQAAAAEgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAEAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQMAACAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAMAEAAAAAAAAwAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAQAAAAEgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAACAAEAAAAADAAAEAAAAAQAAAMgRAgQAoUKAAQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAMAEAAAAAAAAwAAAAAAAAAAAAACAAAQAAQAAAAAAAAAAAAAQAAAAAAAAAAAAIAAQAAAAAMAAAQAAAABAAAAyBECBAChQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAEAAAABIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAEAAAABIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQMAACAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAIAAAAAAEAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAIAABAABAAAAAAAAAAAAABAAAAAAAAAAAAAgABAAAAAAwAABAAAAAEAAADIEQIEAKFCAAEABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAgAAAAAAQAAAAAAAAgGAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAACAAEAAAAADAAAEAAAAAQAAAMgRAgQAoUIAAQAEAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAwAQAAAAAAADAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAQAAAAEgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQMAACAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAACAAEAAAAADAAAEAAAAAQAAAMgRAgQAoUIAAQAEAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAmAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAADABAAAAAAAAMAAAAAAAAAAAAAAgAAEAAEAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAABAAAAASAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIA=="},"index":{"lists":[[10,14,15,16,31,32,112,114,115,116,245,300],[1,2,4,5,6,7,8,9,10,11,14,15,16,17,18,19,20,21,22,23,31,32,53,54,55,56,57,58,59,62,63,64,65,68,69,70,71,72,73,74,75,76,77,78,79,83,88,89,91,92,93,94,95,96,97,98,99,100,101,102,103,107,108,109,110,112,114,115,116,120,125,126,153,156,157,159,171,172,173,176,177,178,179,193,194,202,205,213,215,216,220,221,234,245,252,255,256,257,262,263,264,269,280,281,290,300,302,304,305,306,307,309,311,312,314,315,318,319,320,321,322,336],[1,2,4,5,6,7,8,9,10,11,14,15,16,17,18,19,20,21,22,23,31,32,53,54,55,56,57,58,59,61,62,63,64,65,68,69,70,71,72,73,74,75,76,77,78,79,83,84,88,89,91,92,93,94,95,96,97,98,99,100,101,102,103,106,107,108,109,110,112,114,115,116,120,125,126,132,153,156,157,159,171,172,173,176,177,178,179,184,185,186,193,194,202,205,213,215,216,217,220,221,234,245,252,255,256,257,258,262,263,264,269,280,281,290,300,302,304,305,306,307,309,311,312,314,315,318,319,320,321,322,325,326,327,336],[10,14,15,16,31,32,112,114,115,116,245,250,300],[5,10,14,15,16,21,31,32,53,54,81,105,112,114,115,116,223,245,266,268,300,322,325,342],[10,14,15,16,21,23,31,32,112,114,115,116,144,145,146,245,300,328,329,330,331,332,333,334],[6,7,10,14,15,16,31,32,112,114,115,116,245,269,300],[10,14,15,16,31,32,80,82,112,114,115,116,245,300],[10,14,15,16,31,32,112,114,115,116,245,300,315,335],[10,11,14,15,16,31,32,93,112,114,115,116,125,126,151,152,180,181,245,300,315,320,321],[10,11,14,15,16,23,31,32,112,114,115,116,144,145,146,245,300],[10,11,14,15,16,23,31,32,56,79,86,91,94,99,100,112,114,115,116,136,144,145,146,147,165,192,193,194,196,200,208,216,218,219,220,221,230,236,237,238,239,242,245,257,259,260,261,262,263,264,279,292,293,294,295,296,297,298,299,300,308,336],[10,14,15,16,31,32,96,112,114,115,116,245,300],[10,14,15,16,31,32,39,40,41,47,48,112,114,115,116,124,199,211,243,245,246,248,249,300,301,314],[10,14,15,16,31,32,112,114,115,116,148,245,300,348],[10,13,14,15,16,31,32,112,114,115,116,245,300],[1,10,11,14,15,16,21,22,23,31,32,112,114,115,116,144,145,146,174,175,201,245,300,302,306,307,336],[10,11,14,15,16,21,23,30,31,32,33,36,112,114,115,116,144,145,146,150,174,175,245,300,302,306,307,336],[4,10,11,14,15,16,19,20,21,23,31,32,58,112,114,115,116,144,145,146,174,175,245,269,300,302,306,307,319,336],[6,10,11,14,15,16,21,23,31,32,42,112,114,115,116,144,145,146,174,175,176,210,245,247,300,302,306,307,324,336],[0,2,9,10,11,12,14,15,16,17,19,21,23,31,32,35,45,46,49,50,109,112,114,115,116,144,145,146,168,174,175,176,189,195,198,245,269,271,300,302,303,306,307,310,313,316,336,337,340,343,344,347,349],[3,5,10,11,14,15,16,21,23,27,31,32,35,45,49,50,52,61,64,65,87,90,110,111,112,114,115,116,120,122,128,129,131,137,144,145,146,149,154,157,160,168,174,175,176,183,187,188,191,197,204,206,207,212,213,224,232,235,244,245,251,252,269,270,284,291,300,302,306,307,336,345,350],[10,11,14,15,16,21,23,31,32,112,114,115,116,144,145,146,174,175,245,300,302,306,307,336],[10,11,14,15,16,21,23,31,32,112,114,115,116,144,145,146,174,175,176,245,300,302,306,307,336],[10,11,14,15,16,18,21,23,31,32,112,114,115,116,144,145,146,174,175,245,277,300,302,306,307,336],[10,11,14,15,16,21,23,27,29,31,32,35,112,114,115,116,144,145,146,174,175,244,245,300,302,306,307,336],[10,11,14,15,16,21,23,31,32,112,114,115,116,144,145,146,174,175,245,300,302,306,307,336,341],[10,11,14,15,16,21,23,31,32,108,112,114,115,116,144,145,146,174,175,176,182,241,245,300,302,306,307,326,336,338,339],[10,11,14,15,16,21,23,31,32,103,111,112,114,115,116,123,127,138,144,145,146,170,174,175,183,226,245,273,276,287,288,300,302,306,307,326,336],[10,11,14,15,16,21,23,31,32,34,61,112,114,115,116,122,130,144,145,146,159,160,174,175,203,213,244,245,252,285,289,300,302,306,307,336],[9,10,11,14,15,16,21,23,24,31,32,51,85,112,114,115,116,144,145,146,174,175,176,245,300,302,306,307,336],[10,11,14,15,16,17,21,23,31,32,34,35,67,112,114,115,116,144,145,146,159,174,175,190,244,245,300,302,306,307,336],[10,11,14,15,16,21,23,25,26,31,32,37,38,60,72,112,114,115,116,121,133,135,139,144,145,146,155,161,162,163,164,166,167,169,174,175,179,209,214,215,225,228,231,233,234,240,245,253,254,255,256,272,275,282,283,286,290,300,302,306,307,317,323,336],[10,11,14,15,16,20,21,22,23,31,32,75,112,113,114,115,116,144,145,146,174,175,245,300,302,306,307,336],[7,10,11,14,15,16,21,23,31,32,112,114,115,116,144,145,146,174,175,245,300,302,306,307,336],[10,11,14,15,16,21,23,28,31,32,34,35,112,114,115,116,144,145,146,174,175,176,244,245,300,302,306,307,336],[10,11,14,15,16,21,23,28,31,32,34,112,114,115,116,144,145,146,174,175,244,245,300,302,306,307,336],[10,14,15,16,31,32,112,114,115,116,119,134,140,141,142,143,158,227,229,245,274,278,300,346],[10,14,15,16,31,32,83,112,114,115,116,245,300],[10,11,14,15,16,21,23,31,32,43,44,112,114,115,116,144,145,146,245,300,302,306,307,336],[10,14,15,16,31,32,53,112,114,115,116,245,300],[10,14,15,16,31,32,54,57,59,62,63,112,114,115,116,245,300],[10,14,15,16,31,32,55,112,114,115,116,245,300],[10,14,15,16,31,32,66,70,71,73,112,114,115,116,245,300],[10,14,15,16,31,32,69,92,112,114,115,116,245,300],[10,14,15,16,31,32,69,112,114,115,116,117,118,245,300],[10,14,15,16,31,32,69,93,95,112,114,115,116,245,300],[10,14,15,16,31,32,69,112,114,115,116,245,300],[10,14,15,16,31,32,74,76,78,92,112,114,115,116,245,300,309],[10,14,15,16,31,32,77,112,114,115,116,178,245,300],[10,14,15,16,31,32,92,112,114,115,116,245,300,309],[10,14,15,16,31,32,93,95,102,112,114,115,116,245,300,327],[10,14,15,16,31,32,95,112,114,115,116,245,300],[10,14,15,16,31,32,101,107,112,114,115,116,245,300,309,327],[10,14,15,16,31,32,104,112,114,115,116,222,245,265,267,300],[10,14,15,16,31,32,112,114,115,116,177,245,300],[10,14,15,16,31,32,112,114,115,116,245,300,309],[10,14,15,16,31,32,112,114,115,116,245,300,327],[10,14,15,16,31,32,98,112,114,115,116,184,185,186,245,300,312],[5,10,14,15,16,21,31,32,53,54,98,112,114,115,116,184,185,186,245,300,312,322,325],[10,14,15,16,21,23,31,32,98,112,114,115,116,184,185,186,245,280,281,300,312],[6,7,10,14,15,16,31,32,98,112,114,115,116,184,185,186,245,269,300,312],[10,14,15,16,31,32,98,112,114,115,116,184,185,186,245,300,312,315],[10,11,14,15,16,31,32,93,98,112,114,115,116,125,126,184,185,186,245,300,312,315,320,321],[10,11,14,15,16,23,31,32,98,106,112,114,115,116,184,185,186,245,280,281,300,312],[10,11,14,15,16,23,31,32,56,79,84,88,89,91,94,97,98,99,100,112,114,115,116,184,185,186,193,194,205,216,217,220,221,245,257,258,262,263,264,280,281,300,312,336],[10,14,15,16,31,32,96,98,112,114,115,116,184,185,186,245,300,312],[10,14,15,16,31,32,98,112,114,115,116,184,185,186,245,300,312,314],[1,8,10,11,14,15,16,21,22,23,31,32,98,112,114,115,116,184,185,186,245,280,281,300,302,304,305,306,307,312,318,336],[10,11,14,15,16,21,23,31,32,98,112,114,115,116,184,185,186,245,280,281,300,302,304,305,306,307,312,336],[4,10,11,14,15,16,19,20,21,23,31,32,58,98,112,114,115,116,184,185,186,245,269,280,281,300,302,304,305,306,307,312,319,336],[6,10,11,14,15,16,21,23,31,32,98,112,114,115,116,176,184,185,186,245,280,281,300,302,304,305,306,307,312,336],[2,9,10,11,14,15,16,17,19,21,23,31,32,98,109,112,114,115,116,176,184,185,186,245,269,280,281,300,302,304,305,306,307,311,312,336],[5,10,11,14,15,16,21,23,31,32,61,64,65,98,110,112,114,115,116,120,153,157,176,184,185,186,213,245,252,269,280,281,300,302,304,305,306,307,312,336],[10,11,14,15,16,21,23,31,32,98,112,114,115,116,184,185,186,202,245,280,281,300,302,304,305,306,307,312,336],[10,11,14,15,16,21,23,31,32,98,112,114,115,116,176,184,185,186,245,280,281,300,302,304,305,306,307,312,336],[10,11,14,15,16,18,21,23,31,32,98,112,114,115,116,132,184,185,186,245,280,281,300,302,304,305,306,307,312,336],[10,11,14,15,16,21,23,31,32,98,108,112,114,115,116,176,184,185,186,245,280,281,300,302,304,305,306,307,312,326,336],[10,11,14,15,16,21,23,31,32,98,103,112,114,115,116,184,185,186,245,280,281,300,302,304,305,306,307,312,326,336],[10,11,14,15,16,21,23,31,32,61,98,112,114,115,116,159,184,185,186,213,245,252,280,281,300,302,304,305,306,307,312,336],[9,10,11,14,15,16,21,23,31,32,98,112,114,115,116,176,184,185,186,245,280,281,300,302,304,305,306,307,312,336],[10,11,14,15,16,17,21,23,31,32,98,112,114,115,116,153,156,159,184,185,186,245,280,281,300,302,304,305,306,307,312,336],[10,11,14,15,16,21,23,31,32,72,98,112,114,115,116,153,179,184,185,186,215,234,245,255,256,280,281,290,300,302,304,305,306,307,312,336],[10,11,14,15,16,20,21,22,23,31,32,75,98,112,114,115,116,184,185,186,245,280,281,300,302,304,305,306,307,312,336],[7,10,11,14,15,16,21,23,31,32,98,112,114,115,116,184,185,186,245,280,281,300,302,304,305,306,307,312,336],[10,14,15,16,31,32,83,98,112,114,115,116,184,185,186,245,300,312],[10,11,14,15,16,21,23,31,32,98,112,114,115,116,184,185,186,245,280,281,300,302,306,307,312,336],[10,14,15,16,31,32,53,98,112,114,115,116,184,185,186,245,300,312],[10,14,15,16,31,32,54,57,59,62,63,98,112,114,115,116,184,185,186,245,300,312],[10,14,15,16,31,32,55,98,112,114,115,116,184,185,186,245,300,312],[10,14,15,16,31,32,70,71,73,98,112,114,115,116,184,185,186,245,300,312],[10,14,15,16,31,32,68,69,92,98,112,114,115,116,184,185,186,245,300,312],[10,14,15,16,31,32,69,98,112,114,115,116,184,185,186,245,300,312],[10,14,15,16,31,32,69,93,95,98,112,114,115,116,184,185,186,245,300,312],[10,14,15,16,31,32,74,76,78,92,98,112,114,115,116,171,184,185,186,245,300,309,312],[10,14,15,16,31,32,77,98,112,114,115,116,178,184,185,186,245,300,312],[10,14,15,16,31,32,92,98,112,114,115,116,184,185,186,245,300,309,312],[10,14,15,16,31,32,93,95,98,102,112,114,115,116,173,184,185,186,245,300,312,327],[10,14,15,16,31,32,95,98,112,114,115,116,184,185,186,245,300,312],[10,14,15,16,31,32,98,101,107,112,114,115,116,184,185,186,245,300,309,312,327],[10,14,15,16,31,32,98,112,114,115,116,172,184,185,186,245,300,312],[10,14,15,16,31,32,98,112,114,115,116,173,184,185,186,245,300,312],[10,14,15,16,31,32,98,112,114,115,116,177,184,185,186,245,300,312],[10,14,15,16,31,32,98,112,114,115,116,184,185,186,245,300,309,312],[10,14,15,16,31,32,98,112,114,115,116,184,185,186,245,300,312,327]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,3,0,4,5,0,0,6,7,0,0,8,0,9,10,0,11,11,11,11,11,11,11,11,11,11,0,0,12,13,14,0,15,16,17,18,19,20,21,22,22,23,24,22,25,26,27,28,29,22,30,31,32,33,34,35,36,22,22,37,0,0,38,39,0,16,17,18,19,20,21,22,22,23,24,22,25,26,27,28,29,22,30,31,32,33,34,35,36,22,22,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,40],[9679,41],[8250,42],[9135,43],[215,44],[10095,45],[10003,46],[8595,47],[10008,48],[9472,49],[10007,50],[10004,51],[8730,52],[10006,53],[8505,54],[9762,0],[9888,0],[8617,0],[8226,55],[10060,56],[9654,57],[65123,57]],"plainDefault":0,"spaced":[58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,59,60,58,58,61,58,58,58,62,58,63,64,58,65,65,65,65,65,65,65,65,65,65,58,58,66,67,58,58,58,68,69,70,71,72,73,74,69,75,76,69,69,69,77,78,79,69,80,81,82,83,84,75,69,69,69,58,58,58,85,86,58,68,69,70,71,72,73,74,69,75,76,69,69,69,77,78,79,69,80,81,82,83,84,75,69,69,69,58,58,58,58,58],"spacedOther":[[160,58],[5760,58],[8192,58],[8193,58],[8194,58],[8195,58],[8196,58],[8197,58],[8198,58],[8199,58],[8200,58],[8201,58],[8202,58],[8232,58],[8233,58],[8239,58],[8287,58],[12288,58],[65279,58],[9676,87],[9679,88],[8250,89],[9135,90],[215,91],[10095,92],[10003,93],[8595,92],[10008,94],[9472,95],[10007,96],[10004,97],[8730,98],[10006,99],[8505,58],[9762,100],[9888,100],[8617,101],[8226,102],[10060,103],[9654,104],[65123,104]],"spacedDefault":58,"blank":58}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,76,78,79,80],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,56,57,59,60,61,62,63,64,65,66,67,68,69,70,72,73,74,75,76,78,79,80,83,87,88,106,107,108,109,116,117,118,121,122,123,136,137,144,147],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,54,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,78,79,80,83,87,88,93,106,107,108,109,116,117,118,121,122,123,128,129,130,136,137,144,147],[6,7,26,27,51,71,76,78,79,80],[6,7,76,78,79,80,100,101,102],[6,7,50,52,76,78,79,80],[6,7,61,76,78,79,80,87,88,104,105,124,125],[6,7,29,49,55,59,62,67,68,76,78,79,80,96,100,101,102,103,112,135,136,137,139,142,148],[6,7,64,76,78,79,80],[6,7,13,14,20,21,76,78,79,80,86,142],[6,7,76,78,79,80,103],[6,7,76,78,79,80,100,101,102,119,120,143],[5,6,7,8,11,76,78,79,80,100,101,102,103,119,120],[6,7,76,78,79,80,100,101,102,119,120],[6,7,15,76,78,79,80,100,101,102,119,120,121],[6,7,10,18,19,22,23,74,76,78,79,80,100,101,102,115,119,120,121,133,138,141],[2,6,7,10,18,22,23,25,33,36,37,55,58,75,76,78,79,80,83,84,90,91,92,97,100,101,102,103,108,109,115,119,120,121,127,131,132,135,140,146,148],[6,7,76,78,79,80,100,101,102,119,120,121],[2,4,6,7,10,76,78,79,80,100,101,102,119,120],[6,7,76,78,79,80,85,97,100,101,102,115,119,120,127],[6,7,9,33,76,78,79,80,84,91,100,101,102,109,119,120,145],[0,6,7,24,54,76,78,79,80,100,101,102,119,120,121],[6,7,9,10,76,78,79,80,100,101,102,109,119,120,134],[0,1,6,7,12,32,42,76,78,79,80,83,94,95,97,100,101,102,109,110,111,113,114,115,119,120,123],[6,7,45,76,77,78,79,80,100,101,102,119,120],[3,6,7,9,10,76,78,79,80,100,101,102,119,120,121],[3,6,7,9,76,78,79,80,100,101,102,119,120],[6,7,76,78,79,80,83,94,98,99,108],[6,7,53,76,78,79,80],[6,7,16,17,76,78,79,80,100,101,102],[6,7,30,76,78,79,80,100,101,102],[6,7,76,78,79,80,100,101,102,107],[6,7,73,76,78,79,80,100,101,102,126],[6,7,70,75,76,78,79,80,89,100,101,102],[6,7,38,76,78,79,80,100,101,102],[6,7,26,76,78,79,80],[6,7,27,30,31,34,35,76,78,79,80],[6,7,28,76,78,79,80],[6,7,37,41,42,43,76,78,79,80],[6,7,40,60,76,78,79,80],[6,7,40,76,78,79,80,81,82],[6,7,40,61,63,76,78,79,80],[6,7,40,76,78,79,80],[6,7,44,46,48,60,76,78,79,80],[6,7,47,76,78,79,80,123],[6,7,60,76,78,79,80],[6,7,61,63,70,76,78,79,80],[6,7,63,76,78,79,80],[6,7,69,72,76,78,79,80],[6,7,71,76,78,79,80],[6,7,76,78,79,80,122],[6,7,66,76,78,79,80,128,129,130],[6,7,26,27,66,71,76,78,79,80,128,129,130],[6,7,61,66,76,78,79,80,87,88,128,129,130],[6,7,66,71,76,78,79,80,128,129,130],[6,7,29,49,54,56,57,59,62,65,66,67,68,76,78,79,80,128,129,130,136,137,147],[6,7,64,66,76,78,79,80,128,129,130],[6,7,66,76,78,79,80,121,128,129,130],[6,7,66,74,76,78,79,80,121,128,129,130],[6,7,33,36,37,66,75,76,78,79,80,83,106,108,109,121,128,129,130],[6,7,66,76,78,79,80,128,129,130,144],[6,7,66,76,78,79,80,93,128,129,130],[6,7,33,66,76,78,79,80,109,128,129,130],[6,7,54,66,76,78,79,80,121,128,129,130],[6,7,66,76,78,79,80,106,107,109,128,129,130],[6,7,42,66,76,78,79,80,83,106,109,123,128,129,130],[6,7,45,66,76,78,79,80,128,129,130],[6,7,66,76,78,79,80,83,108,128,129,130],[6,7,53,66,76,78,79,80,128,129,130],[6,7,30,66,76,78,79,80,128,129,130],[6,7,66,76,78,79,80,107,128,129,130],[6,7,66,73,76,78,79,80,128,129,130],[6,7,66,70,75,76,78,79,80,128,129,130],[6,7,26,66,76,78,79,80,128,129,130],[6,7,27,30,31,34,35,66,76,78,79,80,128,129,130],[6,7,28,66,76,78,79,80,128,129,130],[6,7,37,41,42,43,66,76,78,79,80,128,129,130],[6,7,39,40,60,66,76,78,79,80,128,129,130],[6,7,40,66,76,78,79,80,128,129,130],[6,7,40,61,63,66,76,78,79,80,128,129,130],[6,7,44,46,48,60,66,76,78,79,80,116,128,129,130],[6,7,47,66,76,78,79,80,123,128,129,130],[6,7,60,66,76,78,79,80,128,129,130],[6,7,61,63,66,70,76,78,79,80,118,128,129,130],[6,7,63,66,76,78,79,80,128,129,130],[6,7,66,69,72,76,78,79,80,128,129,130],[6,7,66,76,78,79,80,117,128,129,130],[6,7,66,76,78,79,80,118,128,129,130],[6,7,66,76,78,79,80,122,128,129,130]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,8,9,10,0,0,11,12,13,14,15,16,13,13,17,13,13,18,13,17,19,20,13,21,22,23,24,13,25,26,13,13,27,0,0,28,29,0,4,4,30,4,4,31,4,4,4,4,4,4,4,32,33,4,4,4,34,31,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,35],[9679,36],[8250,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50]],"plainDefault":0,"spaced":[51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,52,51,51,51,51,51,51,51,51,51,53,54,51,55,55,55,55,55,55,55,55,55,55,51,51,56,51,51,51,51,51,51,51,57,58,59,60,51,57,61,51,51,51,57,51,62,51,63,64,65,66,51,57,51,51,51,67,51,51,68,51,51,51,51,69,51,51,70,51,51,51,51,51,51,51,71,72,51,51,51,51,70,51,51,51,51,51,51,51,51,51,51,51],"spacedOther":[[160,51],[5760,51],[8192,51],[8193,51],[8194,51],[8195,51],[8196,51],[8197,51],[8198,51],[8199,51],[8200,51],[8201,51],[8202,51],[8232,51],[8233,51],[8239,51],[8287,51],[12288,51],[65279,51],[9676,73],[9679,74],[8250,75],[9135,76],[215,77],[10095,78],[10003,79],[8595,78],[10008,80],[9472,81],[10007,82],[10004,83],[8730,84],[10006,85],[8505,54],[9762,86],[9888,86],[8617,87],[8226,88]],"spacedDefault":51,"blank":51}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/","value":{"lists":[[30,31],[4,6,7,11,12,24,30,31],[4,6,7,8,11,12,24,30,31],[13,30,31],[7,9,10,11,12,20,26,27,28,29,30,31],[2,30,31],[1,30,31],[3,4,14,22,25,30,31],[16,30,31],[4,30,31],[0,5,6,15,18,23,24,30,31],[17,19,30,31],[21,30,31],[7,8,11,12,30,31],[6,24,30,31]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"passed":{"key":"\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$/","value":{"lists":[[],[2,4],[5],[3,4,10,11,12,13],[0],[6,9],[8],[1,2],[7],[4],[2]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,6,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
  /"(?:failures|numFailedTests|numRuntimeErrorTestSuites)":\s{0,4}(\d{1,6})\b/,
  /<testsuites?\b[^>]{0,500}?\b(?:errors="(\d{1,6})"[^>]{0,500}?\bfailures="(\d{1,6})"|failures="(\d{1,6})"(?:[^>]{0,500}?\berrors="(\d{1,6})")?)/
];
var REPORTED_OF_DIALECTS = [...DIALECTS.map((d) => d.reportedFailures).filter((p) => p !== void 0), ...MACHINE_REPORT_COUNTS];
var PASSED_OF_DIALECTS = DIALECTS.map((d) => d.passedAll).filter((p) => p !== void 0);
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
      if (this.pending.length === 0 && this.current?.awaitingError === void 0 && !(this.current !== void 0 && this.specParents.has(this.current)) && this.header === void 0 && !this.inTraceback && this.afterTests === void 0 && this.logScope === void 0 && this.suiteTitles === void 0 && this.nameBelow === void 0 && this.identityWatch === void 0 && this.detailsIndent === void 0 && !(this.current !== void 0 && this.current.file === void 0 && UNIT_FILE.has(this.current.runner)) && !this.source.watching && !this.detailsDialect?.titledDetails && this.avaNamed === void 0 && this.avaWrapper === void 0 && !(this.bannered.length > 0 && lines[i].charCodeAt(0) === 46) && !interesting(lines[i])) continue;
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
    if (!this.mochaDocSeen && MOCHA_DOC_FAILURE.test(line)) this.mochaDocSeen = true;
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
  /** A runner's banner, and after it that runner's progress marks at a line's start (dialect.ts `progress`). */
  readProgress(line) {
    if (this.bannered.length > 0 && line.charCodeAt(0) === 46 && this.bannered.some((b) => b.progress.test(line))) this.progressLine = this.lineNumber;
    if (this.bannered.length < PROGRESS_OF_DIALECTS.length) {
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
    if (!this.interrupted && INTERRUPTED_OF_DIALECTS.some((p) => p.test(line))) this.interrupted = true;
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
