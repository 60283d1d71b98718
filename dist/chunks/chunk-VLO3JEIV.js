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
} from "./chunk-ILZL6PYS.js";
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
var DERIVED = `{"prefilter":{"key":"rules 310\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?:connecting to|connect to|Redis on) ['\\"]?[a-z][a-z0-9+.-]{1,20}:\\\\/\\\\/[^\\\\s'\\"/]{1,255}\\\\/[^\\\\s:'\\"]{0,200}:\\\\d{1,5}(?!\\\\d)/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/(?<!rescue |raise )\\\\b(?:Minitest::Assertion|Test::Unit::AssertionFailedError)(?=:|\\\\s*$)/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/\\\\S\\\\) = (?![^\\\\n]{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))[^\\\\n]{1,200}?[;,] want:? \\\\S/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^[\\\\w./-]{1,300}\\\\.go:\\\\d{1,6}:\\\\d{1,6}: (?!cannot find package |no required module provides package |package [\\\\w./-]{1,200} is not in |could not import |[\\\\w./-]{0,200}imports? )\\\\S/\\n/\\"ruleId\\":(?:\\"[^\\"\\\\n]{1,200}\\"|null),\\"severity\\":2,\\"message\\":\\"/\\n/^FAIL Required test coverage of [\\\\d.]{1,10}% not reached\\\\b/\\n/\\\\bcoverage \\\\([\\\\d.]{1,10}%\\\\) is below the expected minimum coverage\\\\b|^SimpleCov failed with exit \\\\d{1,3}\\\\b/\\n/\\\\bcoverage threshold for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) not met\\\\b/\\n/\\\\bCoverage for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) does not meet (?:global )?threshold\\\\b/\\n/\\\\bRule violated for \\\\w{1,20} [^\\\\n]{1,300}: \\\\w{1,30} covered ratio is [\\\\d.]{1,10}, but expected minimum is [\\\\d.]{1,10}/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -[235]\\\\b|\\\\[Errno -[235]\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:(?!-)\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error -[235] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5}\\\\./\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError(?!:?\\\\s{1,4}Error connecting to Redis on (?!(?:[\\\\w.-]{1,255}:\\\\d{1,5}|\\\\/[^\\\\s()]{1,255}) \\\\((?!Errno::EINVAL\\\\)|Redis::TimeoutError\\\\)|SocketError\\\\))))/\\n/Error connecting to Redis on localhost:\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?!localhost:)(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{0,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/^\\\\s{0,40}(?:(?:org\\\\.springframework\\\\.data\\\\.redis\\\\.)?RedisConnectionFailureException: )?(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/\\\\S[^\\\\n]{0,300}\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/\\n/(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\bFailed opening required '(?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)' \\\\(include_path=/\\n/\\\\brequire(?:_once)?\\\\((?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)\\\\): [Ff]ailed to open stream: No such file or directory/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^!{1,40} (?:_pytest\\\\.outcomes\\\\.Exit\\\\b|Interrupted\\\\b|KeyboardInterrupt\\\\b|stopping after \\\\d)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^JUnit version \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^PHPUnit \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?\\\\S{0,40} by Sebastian Bergmann and contributors\\\\.$/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[21,27,31,32,33,34,35,36,37,47,56,58,60,65,68,69,70,176,185,219,231,232,258,263,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,472,473,474,475,476,477,478,479,480,481,482,483,484,485,486,487,488,491,492,493,494,495,496,497,498,499,500,501,502,503,504,505,506,507,508,509,510,511,512,513,514,515,516,517,518,519,520,521,522,523,524,525,526,527,528,529,530,531,532,533,534,535,536,537,538,539,540,541,542,543,544,545,548,549,551,553,554,555,556,557,558,559,562,563,564,566],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,50,37,36,56,54,55,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,9472,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,59,9654,65123],"words":11,"quiet":13764,"states":15597,"edges":"AAAAAAAAAAABAAAAWAAAAAIAAACYjAAAAwAAAMgOAAAEAAAAaN4AAAUAAADQtQcABgAAAEDWAQAHAAAAAKMIAAgAAADYKwIACQAAACiUAAAKAAAASEsAAAsAAACAYAoADAAAAKiZAAANAAAAGBkAAA4AAAAwnQEADwAAAJC3AAAQAAAAOCgAABEAAABIqwEAEgAAAKAJAAATAAAAGB4CABQAAACo6AMAFQAAAJBOAgAWAAAA0CIBABcAAADgNwIAGAAAAEhQAgAZAAAA2EECABoAAACgWwIAGwAAAIDmAgAcAAAAsDkDAB0AAAAAAAAAHgAAABAfEAAfAAAAgBgBACAAAAD4hwIAIQAAAAheDQAiAAAASAMCACMAAAAQ/wAAJAAAAKg9BQAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAASDQPACkAAAAAAAAAKgAAAPDLAQArAAAAqC0DACwAAADA8QEALQAAAFAHDAAuAAAAAAAAAC8AAABoMwIAMAAAAAAAAAAxAAAAyIwCADIAAAAAAAAAMwAAAHBoAwA0AAAAAAwSADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAAAAAAAPwAAAKCXDwBAAAAAGMMNAEEAAAAYzg0AQgAAACCtEQBDAAAAwAEPAEQAAABwTw8ARQAAAAAAAABGAAAA6FMPAEcAAAAAAAAASAAAAPh2DwBJAAAAIHwPAEoAAAD4URQASwAAAFikDwBMAAAAaMcPAE0AAADAxw8ATgAAABjIDwBPAAAAgOAPAFAAAACg5A8AUQAAABgVEABSAAAAGJkQAFMAAABwmRAAVAAAAOidEABVAAAAAAAAAFYAAABQCxIAVwAAAKgLEgBaAAAAsAAAAFsAAABwhgQAXQAAADjxCgBeAAAAQFIBAGEAAACopAAAYwAAAIh/CwBkAAAAYKEJAGwAAAAQVAIAbwAAAKCBBAB1AAAASEAAALMAAAAIAQAAvQAAAECOAwC/AAAAmJ8MAAsBAABgexIAZQEAALgBAAC+AQAAEAIAABcCAABoAgAAcAIAAMACAADCAgAAGAMAACEDAABwAwAAegMAAMgDAADTAwAAIAQAACwEAAB4BAAAhQQAANAEAADaBAAAKAUAADYFAACABQAAjwUAANgFAADaBQAAMAYAADoGAACIBgAAlgYAAOAGAADlBgAAOAcAAEUHAACQBwAAmAcAAOgHAAD4BwAAQAgAAEIIAACYCAAApggAAPAIAAABCQAAuHsSAE8JAAAQfBIAogkAAGjSDwCjCQAAiGMNAKgJAAD4CQAArAkAAGBTDQCtCQAA8EQNALAJAADgQg0AtQkAAMh5DAC5CQAAmM0PALwJAABY8gsA/wkAAFAKAAAFCgAAWIwMAFUKAACoCgAAtAoAAAALAAADCwAAWAsAAGALAACwCwAAvQsAAAgMAAANDAAAYAwAAGoMAAC4DAAAwAwAABANAAAcDQAAaA0AAB8NAADQSwIAew0AAMANAADODQAAGA4AABsOAABwDgAAeg4AAGh8EgDKDgAA+HcAAMsOAACozQEAzQ4AACAPAADRDgAA8AoOANIOAACYsgIA0w4AAPhFAgDUDgAAoB8AANUOAAD4rQ8A1g4AAAijAQDXDgAAiDIAANkOAAA4xAMA3A4AANgdAwDlDgAAyGUEAOgOAADwrA8AJg8AAHgPAAAvDwAAEOQJAH4PAADQDwAA5A8AACgQAAA9EAAAgBAAAIgQAADYEAAA4hAAADARAAA1EQAAiBEAAI0RAADgEQAA6BEAADgSAABOEgAAkBIAAJISAADoEgAA9RIAAEATAABUEwAAmBMAAKATAADwEwAA/xMAAEgUAABZFAAAoBQAAK4UAAD4FAAABBUAAFAVAABdFQAAqBUAALIVAAAAFgAAAxYAAFgWAABgFgAAsBYAALIWAAAIFwAAGRcAAGAXAABmFwAAuBcAAMQXAAAQGAAAEhgAAGgYAABvGAAAwBgAANQYAADAfBIAGRkAAAg5EgAaGQAAUHICAB0ZAABwGQAAIRkAADAhAgAmGQAACLMDAHIZAAB41QAAcxkAAJhmCQB3GQAAGLMLAHgZAADIGQAAehkAAHhOAQB7GQAAECkJAH0ZAAC4FQgAfxkAAHDyDACBGQAAiMIHAIYZAADYeAIAiRkAANBoBwDJGQAAIBoAAMsZAAAYMAcAzhkAABg0DQA3GgAAeBoAAJAaAADQGgAA2xoAACgbAABBGwAAgBsAAIIbAADYGwAA8hsAADAcAAA/HAAAiBwAAI0cAADgHAAA7RwAADgdAABIHQAAkB0AAJgdAADoHQAA9B0AAEAeAABNHgAAmB4AAKIeAADwHgAA9h4AAEgfAABcHwAAGH0SAKYfAAD4HwAAqh8AABBDDwC3HwAAIJgNABMgAABQIAAAXCAAAKggAACuIAAAACEAAAMhAAAY+QYACCEAAFghAABbIQAAeBsHAF8hAACwIQAAYyEAAMi6BQBmIQAAyCMEALUhAAAIIgAAFCIAAGAiAABjIgAAuCIAAMAiAAAQIwAAHSMAAGgjAABtIwAAwCMAAMojAAAYJAAAICQAAHAkAABzJAAAyCQAANEkAAAgJQAAISUAAHglAAB5JQAA0CUAANUlAAAoJgAALiYAAIAmAACKJgAA2CYAAOAmAAAwJwAAMycAAIgnAACLJwAA4CcAAPEnAABwfRIAOigAAIDpAQA9KAAAKNsNAEEoAABYvxEARCgAAJAoAABGKAAAUMsJAKgoAADoKAAA6ygAAEApAABMKQAAmCkAAKUpAADwKQAA9ykAAEgqAABKKgAAoCoAAKkqAAD4KgAAAisAAFArAABbKwAAqCsAAMQrAAAALAAACCwAAMh9EgBdLAAAsCwAALgsAAAILQAACS0AAGAtAABiLQAAuC0AALstAAAQLgAAEy4AACB+EgBtLgAAwC4AAMYuAAAYLwAAHy8AAHAvAAB4LwAAyC8AAMsvAAAgMAAAKTAAAHgwAAB5MAAA0DAAANEwAAAoMQAAOTEAAIAxAACOMQAA2DEAAOQxAAAwMgAANzIAAHh+EgCOMgAA4DIAAOIyAAA4MwAATjMAAJAzAACYMwAA6DMAAOozAABANAAASTQAAJg0AACiNAAA8DQAAPs0AABINQAAVDUAAKA1AACtNQAA+DUAAAI2AABQNgAAXjYAAKg2AAC3NgAAADcAAAI3AABYNwAAYjcAALA3AAC+NwAACDgAAA04AABgOAAAbTgAALg4AADAOAAAEDkAABY5AABoOQAAdDkAAMA5AADdOQAAGDoAACE6AABwOgAAfjoAAMg6AADOOgAAIDsAACw7AAB4OwAAezsAANA7AADYOwAAKDwAADk8AACAPAAAjjwAANg8AADxPAAAMD0AADE9AACIPQAApT0AANB+EgDlPQAAOD4AAD4+AACQPgAAmD4AAOg+AADxPgAAQD8AAEM/AACYPwAApD8AAPA/AAD2PwAAgH8SAGRAAACgQAAAqEAAANh/EgD7QAAAUEEAAGFBAACoQQAAsEEAAABCAAAOQgAAWEIAAFtCAACwQgAAuEIAAAhDAAAVQwAAYEMAAGVDAAC4QwAAwkMAABBEAAAYRAAAaEQAAHREAADARAAAzUQAABhFAAAaRQAAcEUAAIlFAADIRQAA2UUAACBGAAAsRgAAeEYAAH9GAADQRgAA2EYAAChHAAAtRwAAgEcAAI1HAADYRwAA4EcAADBIAAA6SAAAiEgAAJNIAADgSAAA7EgAADhJAABASQAAMIASAJxJAADoSQAA7kkAAEBKAABbSgAAmEoAAKRKAADwSgAA9koAAIiAEgBNSwAA2GICAE5LAACg7AUAT0sAALiDCABTSwAAoEsAAFRLAADo4AEAVksAAEjIBgBcSwAAIGwCAKZLAABQqBEArEsAAPhLAAD+SwAAEPYDAABMAADggBIAXEwAAKhMAACuTAAAAE0AABtNAABYTQAAZE0AALBNAAC2TQAACE4AABBOAABgTgAAZk4AALhOAADETgAAEE8AAC1PAABoTwAAcU8AAMBPAADMTwAAGFAAABtQAABwUAAAelAAAMhQAADUUAAAIFEAACdRAAB4UQAAgFEAANBRAADRUQAAuGQAANNRAAAoUgAAN1IAAIBSAACGUgAA2FIAANpSAAAwUwAARlMAAIhTAACmUwAA4FMAAPlTAAA4VAAAOlQAAJBUAACTVAAA6FQAAPRUAABAVQAAR1UAAJhVAACgVQAA8FUAAPJVAABIVgAAUVYAAKBWAACqVgAA+FYAAANXAABQVwAAXFcAAKhXAAC1VwAAAFgAAApYAABYWAAAZlgAALBYAAC/WAAACFkAAApZAABgWQAAalkAALhZAADGWQAAEFoAABVaAABoWgAAdVoAAMBaAADVWgAAGFsAACBbAABwWwAAiVsAAMhbAADRWwAAIFwAACpcAAB4XAAAgFwAANBcAADdXAAAKF0AAC1dAACAXQAAiF0AANhdAADZXQAAMF4AADJeAACIXgAAi14AAOBeAADjXgAAOIESAD1fAACQXwAAll8AAOhfAADvXwAAQGAAAEhgAACYYAAAnGAAAPBgAADyYAAASGEAAEthAACgYQAAqGEAAPhhAAD5YQAAUGIAAFZiAACoYgAArWIAAABjAAAbYwAAWGMAAGZjAACwYwAAt2MAAAhkAAAUZAAAYGQAAGdkAACQgRIAumQAABBlAAATZQAAaGUAAGtlAADogRIAxWUAABhmAAAeZgAAcGYAAHdmAADIZgAA5mYAACBnAAA5ZwAAeGcAAHpnAADQZwAA02cAAChoAAA0aAAAgGgAAIdoAADYaAAA4GgAADBpAAAyaQAAiGkAAJFpAADgaQAA6mkAADhqAABDagAAkGoAAJxqAADoagAA9WoAAEBrAABKawAAmGsAAKZrAADwawAA/2sAAEhsAABKbAAAoGwAAKpsAAD4bAAABm0AAFBtAABVbQAAqG0AALVtAAAAbgAAFW4AAFhuAABgbgAAsG4AAMluAAAIbwAAEW8AAGBvAABqbwAAuG8AAMBvAAAQcAAAHXAAAGhwAABtcAAAwHAAAMhwAAAYcQAAGXEAAHBxAABycQAAyHEAAMtxAAAgcgAAI3IAAECCEgB9cgAA0HIAANZyAAAocwAAL3MAAIBzAACIcwAA2HMAANxzAAAwdAAAMnQAAIh0AACLdAAA4HQAAOh0AAA4dQAAOXUAAJB1AACWdQAA6HUAAO11AABAdgAAW3YAAJh2AACmdgAA8HYAAPd2AABIdwAAVHcAAKB3AACndwAAmIISAPt3AABQeAAAYXgAAKh4AACweAAAmLUBAMR4AAAAeQAACHkAAPCCEgBneQAAsHkAALZ5AAAIegAACnoAAGB6AAB2egAAuHoAANZ6AAAQewAAE3sAAGh7AAB0ewAAwHsAAMZ7AAAYfAAAM3wAAHB8AAB8fAAAyHwAAM58AAAgfQAAPn0AAHh9AACIfQAA0H0AAN59AAAofgAALn4AAIB+AACDfgAA2H4AAOJ+AAAwfwAATn8AAIh/AACefwAA4H8AAOx/AAA4gAAAO4AAAJCAAACTgAAA6IAAAOqAAABAgQAAV4EAAJiBAACkgQAA8IEAAAyCAABIggAAUIIAAEiDEgCxggAA+IIAAAaDAABQgwAAXIMAAKiDAAC1gwAAAIQAAAqEAABYhAAAYIQAALCEAACxhAAACIUAAAqFAABghQAAY4UAALiFAAC7hQAAoIMSABWGAABohgAAboYAAMCGAADHhgAAGIcAACCHAABwhwAAhocAAMiHAADRhwAAIIgAACOIAAB4iAAAgogAANCIAADYiAAAKIkAAEGJAACAiQAAjIkAANiJAADgiQAA+IMSADiKAACIigAAi4oAAOCKAADqigAAOIsAAD6LAACQiwAAnosAAOiLAAD1iwAAQIwAAFeMAABQhBIAmYwAAJgMEQCbjAAAANkBAJ6MAACAmQIAn4wAAJh0CACgjAAAkBMHAKGMAABAzgAAoowAALh0AgCljAAAoKoQAKaMAACoDw0Ap4wAAPCMAACpjAAAED8JAK6MAADoPwcAr4wAAFj0DgD6jAAAQCwKAP+MAABIjQAAVI0AAKCNAAChjQAAMEcEAKONAAD4jQAA+40AAFCOAABXjgAAkKkBAFiOAACojgAAaI4AAOA6AQCvjgAAAI8AAAyPAABYjwAAZY8AALCPAAC+jwAACJAAABSQAABgkAAAZ5AAALiQAADAkAAAEJEAACCRAABokQAAbZEAAMCRAADGkQAAGJIAACCSAABwkgAAeZIAAMiSAADLkgAAIJMAACyTAAB4kwAAfpMAAKiEEgDvkwAAAIUSADWUAACAlAAAgpQAAHgMAQCDlAAAQL0CAIeUAAAw8gIAi5QAACDEDQCMlAAAYAYCAI6UAACY6QIAj5QAAJi9DQCZlAAASJICAKCUAADYlAAA5ZQAADCVAAA1lQAAiJUAAIyVAADglQAA7ZUAADiWAABAlgAAkJYAAEOWAAAgkwsAl5YAAOiWAACflgAAqPMDAOqWAABAlwAASpcAAJiXAACalwAA8JcAAAmYAABImAAASpgAAKCYAACjmAAA+JgAAASZAABQmQAAWJkAAFiFEgCumQAAAJoAALCZAACwzBQAt5kAADhVBwC5mQAAGKkHALuZAACoXwEAwJkAAHBrDQDEmQAAYLMOAAaaAABQ8QAAGJoAAFiaAABamgAAsJoAAGWaAAAAsAAAcZoAAOCgAAC/mgAACJsAABebAABgmwAAbJsAALibAAC7mwAAEJwAABOcAABonAAAgJwAAMCcAADHnAAAGJ0AACSdAABwnQAAfZ0AAMidAADWnQAAIJ4AACyeAAB4ngAAf54AANCeAADongAAKJ8AADSfAACAnwAAhp8AANifAADenwAAMKAAADWgAACIoAAAjqAAAAiGEgDioAAAOKEAAD+hAACQoQAAqKEAAOihAADvoQAAQKIAAFmiAACYogAAsKIAAPCiAAD8ogAASKMAAE6jAACgowAApqMAAPijAAD9owAAUKQAAFakAABghhIAwaQAAAClAAARpQAAWKUAAGalAACwpQAAv6UAAAimAAAQpgAAYKYAAICmAAC4pgAAxKYAABCnAAAkpwAAaKcAAHCnAADApwAAxqcAABioAAAkqAAAcKgAAHqoAADIqAAAzqgAACCpAAAuqQAAeKkAAISpAADQqQAA66kAACiqAAAqqgAAgKoAAJGqAADYqgAA4KoAADCrAAA+qwAAiKsAAIurAADgqwAA6KsAADisAABFrAAAkKwAAJWsAADorAAA8qwAAECtAABIrQAAmK0AAJqtAADwrQAAAa4AAEiuAABZrgAAoK4AAKWuAAD4rgAA/K4AAFCvAABcrwAAqK8AAK+vAAC4hhIABbAAAFiwAABisAAAsLAAAMiwAAAIsQAAC7EAAGCxAABpsQAAuLEAALmxAAAQsgAAEbIAAGiyAABtsgAAwLIAAMayAAAYswAAIrMAAHCzAAB8swAAyLMAAM+zAAAgtAAAOLQAAHi0AAB6tAAA0LQAANm0AAAotQAAMrUAAIC1AACLtQAA2LUAAPC1AAAwtgAARrYAAIi2AACNtgAA4LYAAOe2AAA4twAARLcAABCHEgCStwAAmPQCAJW3AACYlAEAmbcAADAoBwCbtwAAePQIAKG3AADotwAA6rcAANCjAgD2twAAQLgAAEy4AACYuAAAT7gAAAh1CQCluAAA8LgAAPq4AABIuQAASbkAAIgoEgBQuQAAoLkAAKe5AAD4uQAAu7kAADi/AQD9uQAAULoAAFy6AACougAAq7oAAAC7AAAIuwAAWLsAAGW7AACwuwAAtbsAAAi8AAASvAAAYLwAAGi8AAC4vAAAu7wAABC9AAAZvQAAaL0AAGm9AADAvQAAwb0AABi+AAAdvgAAcL4AAHa+AADIvgAA0r4AACC/AAAovwAAeL8AAHq/AADQvwAA2b8AACjAAAAywAAAgMAAAIvAAADYwAAA5MAAADDBAAA9wQAAiMEAAJLBAADgwQAA7sEAADjCAABHwgAAkMIAAJLCAADowgAA8sIAAEDDAABOwwAAmMMAAJ3DAADwwwAA/cMAAEjEAABQxAAAoMQAAKHEAAD4xAAA/sQAAFDFAABVxQAAqMUAALLFAAAAxgAABcYAAFjGAABnxgAAsMYAALXGAAAIxwAAGccAAGDHAABoxwAAuMcAAL7HAAAQyAAAHMgAAGjIAACFyAAAwMgAAMnIAAAYyQAAJMkAAHDJAABzyQAAyMkAANLJAAAgygAALMoAAHjKAAB/ygAA0MoAANjKAAAoywAAQcsAAIDLAACUywAA2MsAAODLAAAwzAAAM8wAAIjMAACUzAAA4MwAAObMAAA4zQAAU80AAJDNAACczQAA6M0AAO7NAABohxIASs4AAJjOAACjzgAA8M4AAPjOAAAo4QAA/M4AAEjPAABVzwAAoM8AAKrPAAD4zwAABtAAAFDQAABf0AAAqNAAAKrQAAAA0QAACtEAAFjRAABm0QAAsNEAALXRAAAI0gAAFdIAAGDSAABo0gAAuNIAAHDSAABQiwEAudIAABDTAAC80gAAwHgBAMjSAADQsQEAIdMAAGjTAABx0wAAwNMAANfTAAAY1AAAJtQAAHDUAAB91AAAyNQAANDUAAAg1QAAP9UAAMCHEgCB1QAA0NUAANrVAAAo1gAAM9YAABiIEgCC1gAA2NYAAOHWAAAw1wAAOtcAAIjXAACT1wAA4NcAAOzXAAA42AAARdgAAJDYAACa2AAA6NgAAPbYAABA2QAAT9kAAJjZAACa2QAA8NkAAPrZAABI2gAAVtoAAKDaAACl2gAA+NoAAAXbAABQ2wAAWNsAAKjbAACu2wAAANwAAAzcAABY3AAAddwAALDcAAC53AAACN0AABbdAABg3QAAZt0AALjdAADE3QAAEN4AABfeAABwiBIAat4AAOBNAgBu3gAAwN4AAMXeAAAY3wAAzt4AAEhSBQAl3wAAcN8AAIffAADI3wAAyd8AACDgAAAi4AAAeOAAAHvgAADQ4AAA0+AAAMiIEgBJ4QAAgOEAAIHhAADY4QAA2uEAADDiAAAz4gAAiOIAAIviAAAgiRIA5eIAADjjAAA+4wAAkOMAAJfjAADo4wAACuQAAEDkAABI5AAAmOQAAKfkAADw5AAA8uQAAEjlAABZ5QAAoOUAALHlAAD45QAABOYAAFDmAABX5gAAqOYAALDmAAAA5wAABOcAAFjnAABm5wAAsOcAALrnAAAI6AAAE+gAAGDoAABl6AAAuOgAAMHoAAAQ6QAAGukAAGjpAABw6QAAwOkAAMLpAAAY6gAAJeoAAHDqAACE6gAAyOoAANDqAAAg6wAAIesAAHjrAAB66wAA0OsAANPrAAAo7AAAK+wAAHiJEgCF7AAA2OwAAN7sAAAw7QAAN+0AAIjtAACQ7QAA4O0AAO/tAAA47gAAPe4AAJDuAACd7gAA6O4AAPjuAABA7wAATu8AAJjvAACv7wAA8O8AAPnvAABI8AAATvAAAKDwAACs8AAA+PAAAP/wAADQiRIAVfEAAHgcAwBY8QAAqPEAAF3xAADwuwoAt/EAAADyAAAR8gAAWPIAAGbyAACw8gAAvPIAAAjzAAAV8wAAYPMAAGrzAAC48wAAwPMAABD0AAAT9AAAaPQAAHT0AADA9AAAzfQAABj1AAAi9QAAcPUAAHj1AADI9QAAyvUAACD2AAAp9gAAePYAAIL2AADQ9gAA2/YAACj3AAA99wAAgPcAAIj3AADY9wAA8fcAADD4AAA5+AAAiPgAAJL4AADg+AAA6PgAADj5AABF+QAAkPkAAJX5AADo+QAA8PkAAED6AABB+gAAmPoAAJr6AADw+gAA8/oAAEj7AABL+wAAKIoSAKX7AAD4+wAA/vsAAFD8AABX/AAAqPwAALD8AAAA/QAADv0AAFj9AABb/QAAsP0AALj9AAAI/gAAC/4AAGD+AABs/gAAuP4AAML+AACAihIAEf8AAJCgDwAS/wAAaP8AABP/AABg4g0AGv8AAPiiDwAb/wAAgLwFAB//AABAOQIAIP8AALhpDQA0/wAACBwCAHH/AADA/wAAyv8AABgAAQAjAAEAcAABAHwAAQDIAAEA1QABACABAQAqAQEAeAEBAIYBAQDQAQEA3wEBACgCAQAqAgEAgAIBAIoCAQDYAgEA5gIBADADAQA1AwEAiAMBAJUDAQDgAwEA8AMBADgEAQA6BAEAkAQBAJ4EAQDoBAEA+QQBANiKEgBHBQEAMIsSAKAFAQCIixIA+QUBAEgGAQBSBgEAoAYBAKsGAQD4BgEABAcBAFAHAQBdBwEAqAcBALIHAQAACAEADggBAFgIAQBnCAEAsAgBALIIAQAICQEAEgkBAGAJAQBuCQEAuAkBAL0JAQAQCgEAHQoBAGgKAQBwCgEAwAoBANAKAQAYCwEAGgsBAHALAQB+CwEAyAsBANkLAQDgixIAJwwBADiMEgCRDAEA0AwBAOEMAQAoDQEANA0BAIANAQCIDQEAkIwSAN0NAQAwDgEAOA4BAIgOAQCKDgEA4A4BAI0OAQDoUggAlw4BAAitBQDpDgEAOA8BAO8OAQDQGgsAQg8BAJAPAQCbDwEA6A8BAPQPAQBAEAEATRABAJgQAQCiEAEA8BABAP4QAQBIEQEAVxEBAKARAQCiEQEA+BEBAAISAQBQEgEAXBIBAKgSAQCwEgEA6IwSAAMTAQBYEwEAZhMBALATAQC9EwEACBQBAB8UAQBgFAEAaBQBALgUAQDOFAEAEBUBABwVAQBoFQEAdxUBAMAVAQDLFQEAGBYBABoWAQBwFgEAfRYBAMgWAQDWFgEAIBcBACMXAQB4FwEAjhcBANAXAQDYFwEAKBgBADoYAQBAjRIAiBgBAMDSBACKGAEAON8QAI0YAQCAdQ4AjxgBANgYAQDdGAEAMBkBADcZAQCIGQEAlBkBAOAZAQDtGQEAOBoBADoaAQCQGgEAphoBAOgaAQD0GgEAQBsBAF8bAQCYGwEAtBsBAPAbAQD4GwEAmI0SAEocAQCgHAEAqRwBAPgcAQACHQEAUB0BAFsdAQCoHQEAtB0BAAAeAQANHgEAWB4BAGIeAQCwHgEAvh4BAAgfAQAXHwEAYB8BAGIfAQC4HwEAwh8BABAgAQAeIAEAaCABAG0gAQDAIAEAzSABABghAQAoIQEAcCEBAHIhAQDIIQEA1iEBACAiAQAxIgEA8I0SAH8iAQBIjhIA0iIBAIhBBgDVIgEAKCMBANkiAQDI/QEA3CIBANCnCADeIgEAoMEBAOQiAQAQzwUALyMBANBZDAA1IwEAgCMBAJcjAQDYIwEA3SMBADAkAQAzJAEAiCQBADokAQBYAQcATCQBAFgMBwCNJAEAgAYHAJQkAQDgJAEA5iQBAJgxAQDvJAEAOCUBAEElAQCQJQEAliUBAOglAQD2JQEAQCYBAEomAQCYJgEArCYBAPAmAQD8JgEASCcBAFsnAQCgJwEArycBAPgnAQAEKAEAUCgBAFEoAQCoKAEAsigBAAApAQAOKQEAWCkBAF0pAQCwKQEAvSkBAPiOEgAbKgEAYCoBAG8qAQC4KgEAxCoBABArAQARKwEAaCsBAHIrAQDAKwEAzisBABgsAQAdLAEAcCwBAH0sAQAAkBIAyiwBACAtAQApLQEAeC0BAIItAQDQLQEA2y0BACguAQA0LgEAgC4BAI0uAQDYLgEA4i4BADAvAQA+LwEAiC8BAJcvAQDgLwEA4i8BADgwAQBCMAEAkDABAJ4wAQDoMAEA9TABAEAxAQBXMQEAWJASALMxAQDwMQEA/DEBAEgyAQBOMgEAoDIBAKwyAQD4MgEA/jIBAFAzAQBWMwEAqDMBAK0zAQAANAEABjQBALCQEgBhNAEAsDQBALo0AQAINQEAEzUBAGA1AQBsNQEAuDUBAMU1AQAQNgEAGjYBAGg2AQB2NgEAwDYBAM82AQAYNwEAGjcBAHA3AQB6NwEAyDcBANY3AQAgOAEAJTgBAHg4AQCFOAEA0DgBANg4AQAoOQEAODkBAIA5AQCCOQEA2DkBAOY5AQAwOgEAQToBALiREgCPOgEAEJISAOY6AQA4OwEARDsBAJA7AQCgOwEA6DsBAPE7AQBAPAEAQzwBAJg8AQCkPAEA8DwBAPc8AQBIPQEAUD0BAKA9AQC+PQEA+D0BAAA+AQBQPgEAYT4BAKg+AQCtPgEAAD8BABc/AQBYPwEAZj8BALA/AQC9PwEACEABABBAAQBgQAEAZEABALhAAQC6QAEAEEEBABNBAQBoQQEAcEEBAMBBAQDGQQEAGEIBACRCAQBwQgEAgEIBAMhCAQDRQgEAIEMBACNDAQB4QwEAhEMBANBDAQDXQwEAaJISADFEAQCARAEAg0QBANhEAQDmRAEAMEUBAD1FAQCIRQEAn0UBAOBFAQDoRQEAOEYBADpGAQCQRgEAmUYBAOhGAQDyRgEAQEcBAEtHAQCYRwEApEcBAPBHAQD9RwEASEgBAFJIAQCgSAEArkgBAPhIAQAHSQEAUEkBAFJJAQCoSQEAskkBAABKAQAOSgEAWEoBAF1KAQCwSgEAvUoBAAhLAQAQSwEAYEsBAHZLAQC4SwEAxEsBABBMAQAfTAEAaEwBAHNMAQDATAEAwkwBABhNAQAlTQEAcE0BAH5NAQDITQEAy00BACBOAQA2TgEAwJISAIBOAQBARAIAhk4BABi4AgCQTgEA0E4BANJOAQAoTwEAOU8BAIBPAQCRTwEA2E8BAN1PAQAwUAEANFABAIhQAQCUUAEA4FABAOdQAQA4UQEAQFEBAJBRAQCuUQEA6FEBAPBRAQAYkxIARVIBAJhSAQCZUgEASLgPAKdSAQAIAw4AsVIBAPBSAQDyUgEASFMBAGFTAQCgUwEAsVMBAPhTAQAEVAEAUFQBAFJUAQCoVAEAsVQBAABVAQC3VAEA2FoBAApVAQBYVQEAY1UBALBVAQC8VQEACFYBABVWAQBgVgEAalYBALhWAQDGVgEAEFcBAB9XAQBoVwEAalcBAMBXAQDKVwEAGFgBACZYAQBwWAEAdVgBAMhYAQDVWAEAIFkBACxZAQB4WQEAflkBANBZAQDWWQEAKFoBAC1aAQCAWgEAhloBAHCTEgDnWgEAMFsBADxbAQCIWwEAi1sBAOBbAQDjWwEAOFwBAD9cAQCQXAEAnFwBAOhcAQD1XAEAQF0BAE5dAQCYXQEApF0BAPBdAQD3XQEAyJMSAE5eAQCgXgEApl4BAPheAQD9XgEAUF8BAFZfAQAglBIAqV8BAJAtAgCyXwEAcB4NALRfAQDYaRIAtl8BACAGDgC3XwEAAGABAAxgAQBYYAEAWWABALBgAQBkYAEASBYOALpgAQAIYQEAFmEBAGBhAQBlYQEAuGEBAMVhAQB4lBIAEmIBALjMDQAeYgEAqL8NADNiAQDQlBIAjmIBAMBiAQDnYgEAGGMBADxjAQBwYwEAeGMBACiVEgDUYwEAIGQBACJkAQB4ZAEAe2QBANBkAQDVZAEAKGUBADVlAQCAZQEAnGUBANhlAQDgZQEAgJUSADlmAQCIZgEAPWYBANhwAQCLZgEA4GYBAOxmAQA4ZwEAPmcBAJBnAQCdZwEA6GcBAOpnAQBAaAEAVmgBAJhoAQCkaAEA8GgBAPhoAQDYlRIATmkBAKBpAQCoaQEA+GkBAPlpAQBQagEAUmoBAKhqAQCragEAAGsBAANrAQAwlhIAXWsBALBrAQC2awEACGwBAA9sAQBgbAEAaGwBALhsAQDFbAEAEG0BABVtAQBobQEAcm0BAMBtAQDIbQEAGG4BABpuAQBwbgEAgW4BAMhuAQDZbgEAIG8BACVvAQB4bwEAfG8BANBvAQDcbwEAKHABAC9wAQCAcAEAknABAIiWEgDdcAEAMHEBADhxAQCIcQEAinEBAOBxAQDvcQEAOHIBAEdyAQCQcgEAnHIBAOhyAQDrcgEAQHMBAENzAQCYcwEAoHMBAPBzAQD6cwEASHQBAE10AQCgdAEAqHQBAPh0AQACdQEAUHUBAFt1AQCodQEAtnUBAAB2AQADdgEAWHYBAGB2AQCwdgEAy3YBAAh3AQATdwEAYHcBAGV3AQC4dwEAu3cBABB4AQAaeAEAaHgBAHp4AQDglhIAzngBABh5AQAieQEAcHkBAHt5AQDIeQEA0HkBACB6AQAmegEAeHoBAHp6AQDQegEA6XoBACh7AQBBewEAgHsBAI57AQDYewEA4nsBADB8AQBGfAEAiHwBAKV8AQDgfAEA6HwBADh9AQBIfQEAkH0BAJJ9AQDofQEA9n0BAEB+AQBRfgEAOJcSAJ9+AQCQlxIA8X4BAEh/AQBZfwEAoH8BAKx/AQD4fwEA+n8BAFCAAQBTgAEAqIABALSAAQAAgQEACIEBAECYEgBjgQEAsIEBALyBAQAIggEAF4IBAGCCAQCAggEAuIIBAMCCAQAQgwEAJIMBAGiDAQBtgwEAwIMBAMmDAQAYhAEAHoQBAHCEAQB4hAEAyIQBANeEAQAghQEAJYUBAHiFAQCFhQEA0IUBAN2FAQAohgEANIYBAICGAQCPhgEA2IYBAOKGAQAwhwEAPocBAIiHAQCNhwEA4IcBAO2HAQA4iAEAQIgBAJCIAQCTiAEA6IgBAPSIAQBAiQEASokBAJiJAQCiiQEA8IkBAP6JAQBIigEAVYoBAKCKAQC3igEA+IoBAPuKAQCYmBIAUosBAKiLAQC2iwEAAIwBABGMAQDwmBIAX4wBAEiZEgDPjAEACI0BABiNAQBgjQEAYo0BALiNAQDGjQEAEI4BACGOAQCgmRIAb44BAPiZEgDFjgEAGI8BACCPAQBwjwEAco8BAMiPAQDRjwEAIJABACqQAQB4kAEAg5ABANCQAQDckAEAKJEBADWRAQCAkQEAipEBANiRAQDmkQEAMJIBAD+SAQCIkgEAipIBAOCSAQDqkgEAOJMBAESTAQCQkwEAmJMBAKiaEgDtkwEAQJQBAEiUAQAAmxIAn5QBAPCUAQChlAEAQDMEAKWUAQBw0QEAqZQBAJg+DwCulAEAUPkBALOUAQAIfAMA/JQBAEiVAQBQlQEAGB8UAGSVAQAo8xAAcJUBAKCVAQDGlQEA+JUBACGWAQBQlgEAdpYBAKiWAQDOlgEAAJcBAAiXAQBYlwEAgpcBALCXAQDJlwEACJgBAAqYAQBgmAEAZ5gBALiYAQDAmAEAEJkBAB+ZAQBomQEAbpkBAMCZAQDMmQEAGJoBAB+aAQBwmgEAfJoBAMiaAQDVmgEAIJsBACqbAQB4mwEAhpsBANCbAQDSmwEAKJwBADmcAQCAnAEAg5wBANicAQADnQEAWJsSADOdAQDIWgQAOp0BAIivBgA9nQEAiJ0BAECdAQAgSA4AQZ0BADDGAgBGnQEA8LcEAI+dAQBgigIAkp0BAMjLAwCXnQEAkJIQAKOdAQDgnQEA4p0BADieAQBJngEAkJ4BAJ6eAQDongEA754BAECfAQBCnwEAmJ8BAEWfAQD4qAIASJ8BAHi8AQCnnwEA8J8BAP+fAQBIoAEAVKABAKCgAQCjoAEA+KABAPugAQBQoQEAcKEBAKihAQC0oQEAAKIBABSiAQBYogEAZqIBALCiAQC3ogEAsJsSAB6jAQDQdAMAH6MBAGCjAQBiowEAUJ4NAGOjAQBInQ0AbaMBALijAQC6owEAEKQBABqkAQBopAEAIaQBABiiDQBxpAEAwKQBAMakAQAYpQEAJKUBAHClAQB3pQEAyKUBAM2lAQAgpgEALKYBAHimAQB7pgEA0KYBAN2mAQAopwEALacBAICnAQCKpwEA2KcBAO6nAQAwqAEAMqgBAIioAQCSqAEA4KgBAO+oAQA4qQEAQ6kBAAicEgCcqQEA6KkBAPWpAQBAqgEATqoBAJiqAQCkqgEA8KoBAPeqAQBgnBIATasBAKCrAQBUqwEAwBcPAFarAQBwvQQAoqsBAFgVBAClqwEA2MALAK+rAQCYEAwAt6sBAPirAQAGrAEAUKwBAF2sAQCorAEAsKwBAACtAQAKrQEAGE4IABCtAQBYrQEAWq0BALCtAQC+rQEACK4BABmuAQC4nBIAZ64BABCdEgC9rgEAEK8BABavAQBorwEAcK8BAMCvAQDJrwEAGLABABuwAQBwsAEAfLABAMiwAQDOsAEAILEBACixAQB4sQEAl7EBAMCdEgDSsQEAKLIBADayAQCAsgEAkbIBABieEgDfsgEAcJ4SADWzAQCIswEAjrMBAOCzAQDoswEAOLQBAEG0AQCQtAEAk7QBAOi0AQD0tAEAQLUBAEa1AQAgnxIAmrUBAPC1AQD5tQEASLYBAFK2AQCgtgEAq7YBAPi2AQAEtwEAULcBAF23AQCotwEAsrcBAAC4AQAOuAEAWLgBAGe4AQCwuAEAsrgBAAi5AQASuQEAYLkBAG65AQC4uQEAvbkBABC6AQAdugEAaLoBAHC6AQDAugEA0LoBABi7AQAauwEAcLsBAH67AQDIuwEA2bsBAHifEgAnvAEA0J8SAIG8AQDQvAEA07wBACi9AQA0vQEAgL0BAIa9AQDYvQEA5b0BADC+AQAyvgEAiL4BAJ6+AQDgvgEA7L4BACigEgBEvwEAkL8BAJa/AQDovwEA678BAEDAAQBOwAEAmMABAJ3AAQDwwAEA/cABAEjBAQBQwQEAgKASAK3BAQD4wQEABsIBAFDCAQBawgEAyNwBAGbCAQCowgEAscIBAADDAQAWwwEAWMMBAGDDAQCwwwEAs8MBAAjEAQARxAEAYMQBAGHEAQC4xAEAucQBABDFAQAVxQEAaMUBAG7FAQDAxQEAysUBABjGAQAkxgEAcMYBAHfGAQDIxgEA0MYBACDHAQAixwEAeMcBAHnHAQDQxwEA3scBACjIAQAwyAEAgMgBAJvIAQDYyAEA5MgBADDJAQA2yQEAiMkBAIvJAQDgyQEA7skBADjKAQA9ygEAkMoBAJ3KAQDoygEA8MoBAEDLAQBOywEAmMsBAJvLAQDYoBIA88sBAEjMAQD0ywEAIIsKAPzLAQBIegoA/ssBAGhWEAADzAEAyIMQAEvMAQCgzAEAscwBAPjMAQAUzQEAUM0BAFjNAQAwoRIAuc0BAADOAQAIzgEAWM4BAF7OAQCwzgEAtc4BAAjPAQARzwEAYM8BAGrPAQC4zwEAxs8BABDQAQAd0AEAaNABAHTQAQDA0AEAw9ABABjRAQA00QEAiKESAHPRAQBQVg8AetEBAAAlEQB80QEAOK8KAH3RAQDI0QEAf9EBADjdAgDU0QEAINIBACPSAQCwswoAL9IBAHjSAQAz0gEA2KIKAILSAQDQ0gEA2NIBADjVAQDc0gEAQCIRAN7SAQAo0wEA7NIBANiECQAt0wEAGC4EADXTAQCA0wEAl9MBANjTAQDg0wEAMNQBADrUAQCI1AEAjdQBAODUAQDo1AEA4KESAELVAQCQ1QEARNUBANDbCQBH1QEA2LQEAJXVAQDo1QEA8NUBADiiEgBC1gEAQGUCAEPWAQBYaA0ARdYBANgTCgBJ1gEAeLwMAEzWAQCY1gEATtYBAMiZEACa1gEA2FYGAJ/WAQDw1gEAp9YBANCuAgCo1gEAiG4CAP7WAQBI1wEAS9cBAKDXAQCo1wEA+NcBAKzXAQCQmgYAr9cBADBtBgC81wEAAGcGAP3XAQBQ2AEAB9gBAAjABgBd2AEAqNgBALDYAQCQohIAA9kBAFjZAQAU2QEA4J8EAGTZAQCw2QEAttkBAAjaAQAS2gEA6KISAGXaAQC42gEAxdoBABDbAQAY2wEA6K0SABzbAQBo2wEAINsBAADvAQAs2wEACLMOAG7bAQDA2wEAxtsBABjcAQAd3AEAcNwBAHbcAQBAoxIA1NwBACDdAQAj3QEAeN0BAILdAQDQ3QEA7N0BACjeAQBE3gEAmKMSAIPeAQDY3gEA294BADDfAQA83wEAiN8BAI7fAQDg3wEA6t8BAPCjEgA94AEAkOABAJ3gAQBIpBIA6uABAOBHDwDr4AEAQOEBAO7gAQBgqw0A/uABACCpCwBK4QEAmOEBAJvhAQDALQ8AoOEBACgLFAC04QEA8OEBAAziAQCgpBIAVeIBAKDiAQCu4gEA+OIBAALjAQBQ4wEAbOMBAKjjAQDE4wEA+KQSAAPkAQBY5AEAW+QBALDkAQC85AEACOUBAA7lAQBg5QEAauUBAFClEgC95QEAEOYBAB3mAQBo5gEAeOYBAMDmAQDC5gEAGOcBACbnAQBw5wEAgecBAKilEgDP5wEAAKYSACboAQB46AEAfugBANDoAQDV6AEAKOkBAC7pAQBYphIAiukBAFifDQCO6QEA2OkBAOnpAQCwphIAN+oBAAinEgCQ6gEAYKcSAO7qAQA46wEAP+sBAJDrAQCY6wEA6OsBAPXrAQBA7AEARewBAJjsAQCi7AEA8OwBAPjsAQBI7QEATu0BAKDtAQCi7QEA+O0BAAbuAQBQ7gEAU+4BAKjuAQC07gEAuKcSAALvAQBY7wEAZu8BALDvAQDB7wEAEKgSAA/wAQBoqBIAZvABALjwAQC+8AEAEPEBABXxAQBo8QEAbvEBAMCoEgDC8QEAGPIBAMnxAQDoJBAAzPEBAEh7BgAz8gEAcPIBAHLyAQDI8gEA4vIBACDzAQAt8wEAQI8KADHzAQB48wEAevMBANDzAQDd8wEAKPQBAD/0AQCA9AEAmvQBANj0AQDa9AEAMPUBAN70AQBY0w4AM/UBAIj1AQCL9QEA4PUBAOz1AQA49gEAPvYBAJD2AQCa9gEAGKkSAO32AQBA9wEATfcBAJj3AQCk9wEA8PcBAPb3AQBI+AEATvgBAKD4AQCl+AEA+PgBAP74AQBwqRIAUfkBAKj5AQBm+QEAcJkFAKr5AQAA+gEAtvkBACgoAwAG+gEAWPoBAGb6AQCw+gEAs/oBAAj7AQAN+wEAYPsBAG37AQC4+wEAyPsBABD8AQAS/AEAaPwBAHb8AQDA/AEA0fwBAMipEgAe/QEAcP0BAHz9AQAgqhIA2f0BACD+AQAq/gEAeP4BAIb+AQDQ/gEA0f4BACj/AQA5/wEAgP8BAIz/AQDY/wEA6P8BADAAAgAyAAIAiAACAJYAAgDgAAIA8QACAHiqEgA+AQIAkAECAJwBAgDQqhIA7gECAEACAgBGAgIAmAICAJ0CAgDwAgIA9gICAICrEgBQAwIAoAMCAKoDAgD4cxAAuQMCAPgDAgABBAIAUAQCAFoEAgCoBAIAsAQCAAAFAgAEBQIAWAUCAFoFAgCwBQIAswUCAAgGAgAkBgIA2KsSAHMGAgC4BgIAuQYCABAHAgAcBwIAaAcCAHcHAgDABwIAygcCABgIAgAkCAIAcAgCAHcIAgAwrBIAzggCABA7DgDbCAIAIAkCAC8JAgB4CQIAhAkCANAJAgDRCQIAKAoCADIKAgCACgIAjgoCANgKAgDdCgIAMAsCAD0LAgDgrBIAkAsCAOALAgDsCwIAOAwCAEsMAgCQDAIAkQwCAOgMAgD0DAIAQA0CAE8NAgCYDQIAog0CAPANAgD8DQIASA4CAE8OAgA4rRIAsQ4CAPgOAgAEDwIAUA8CAGAPAgCoDwIAsg8CAAAQAgAIEAIAWBACAIAQAgCwEAIAhhACAIAVAgDYEAIACBECABARAgBgEQIAZhECALgRAgDGEQIAEBICACcSAgBoEgIAcxICAMASAgDKEgIAGBMCAEUTAgBwEwIAeBMCAMgTAgDYEwIAIBQCACIUAgB4FAIAhhQCANAUAgDhFAIAQK4SAC8VAgCYrhIAqBUCANgVAgDgFQIAMBYCADYWAgCIFgIAlhYCAOAWAgD3FgIAOBcCAEMXAgCQFwIAmhcCAOgXAgAVGAIAQBgCAEgYAgCYGAIAqBgCAPAYAgDyGAIASBkCAFYZAgCgGQIAsRkCAPCuEgD/GQIASK8SAFIaAgCoGgIAthoCAAAbAgARGwIAoK8SAF8bAgD4rxIAuBsCAFCwEgAQHAIAqLASACQcAgDwGwwAYhwCALgcAgDGHAIAEB0CACEdAgAAsRIAbh0CAMAdAgDMHQIAWLESACEeAgBwHgIAKR4CAGjEEAB9HgIAyB4CANYeAgAgHwIAKh8CAHgfAgCSHwIA0B8CANMfAgAoIAIALyACAIAgAgCgIAIA2CACAPIgAgCwsRIAPSECAIghAgBBIQIASHwCAEYhAgAI1wIAliECAOAhAgDqIQIAOCICAFIiAgCQIgIAoCICAOgiAgDuIgIAQCMCAEIjAgCYIwIAriMCAPAjAgD8IwIASCQCAEwkAgCgJAIApSQCAPgkAgD+JAIAUCUCAHAlAgCoJQIAwiUCAAAmAgACJgIAWCYCAFsmAgCwJgIAsyYCAAgnAgAUJwIAYCcCAGYnAgC4JwIAwicCAAiyEgAVKAIAaCgCAHUoAgDAKAIAzCgCABgpAgArKQIAcCkCAH8pAgDIKQIA1CkCACAqAgAhKgIAeCoCAIIqAgDQKgIA3ioCACgrAgAtKwIAgCsCAI0rAgBgshIA2SsCAMiaDADaKwIA8N4NANsrAgDYZggA3CsCAAhTAgDdKwIAcK8QAN4rAgC4RgoA3ysCACDPDQDiKwIAqEsPAOMrAgBI1A0A5CsCAED6CwDlKwIAUAQNAOYrAgDIxgwA5ysCAPA4BgDoKwIAMCwCAOsrAgDoyRAA8CsCAGg/FADxKwIACJQRAPIrAgCY+Q8A9CsCAJimEQD7KwIAOHAUAAAsAgD4BRAAHSwCAMhPDwAiLAIA+FwUADIsAgCILAIAQSwCAODADwCWLAIA4CwCAPEsAgC4shIAPy0CABCzEgCcLQIA6C0CAPctAgBALgIASi4CAJguAgCkLgIA8C4CALsuAgAIsA8A9y4CAMCzEgBKLwIAoC8CALEvAgD4LwIAATACAFAwAgBcMAIAqDACAKswAgAAMQIACDECAFgxAgBiMQIAsDECALUxAgAIMgIAEDICAGAyAgB5MgIAuDICAMQyAgAQMwIAGDMCAHC0EgBwMwIAyLQSAMMzAgAYNAIAGzQCAHA0AgB8NAIAyDQCAM40AgAgNQIAKjUCACC1EgB9NQIA0DUCAN01AgB4tRIALjYCAIA2AgCGNgIA2DYCAN02AgAwNwIANjcCACi2EgCQNwIAgLYSAOI3AgCopAsA5TcCADg4AgDsNwIA8GALAEI4AgCQOAIARzgCADAtCQCYOAIASEIOAKw4AgDoOAIA8DgCANi2EgBFOQIAmDkCAK45AgDwOQIA8TkCAEg6AgBKOgIAoDoCAKY6AgD4OgIABDsCAFA7AgBXOwIAqDsCALA7AgAAPAIACTwCAFg8AgBbPAIAsDwCAL48AgAIPQIAFT0CAGA9AgB3PQIAuD0CAMA9AgAQPgIAHD4CABg/AgA4PgIAaD4CAJA+AgDAPgIA5D4CADC3EgA1PwIAcD8CAHk/AgB4QAIAgT8CAMg/AgD4PwIAIEACAERAAgCItxIAekACANBAAgDhQAIAKEECAFhBAgCAQQIApEECAOC3EgDdQQIAgA8PAN5BAgDARQcA4UECADBCAgDkQQIAIP0QADpCAgCIQgIAPUICAABOBwA+QgIAWHUQAJBCAgDgQgIA5EICADhDAgA6QwIAkEMCAJNDAgDoQwIABEQCADi4EgBFRAIAALUNAEpEAgBILA4ATEQCAJhEAgBQRAIA+PALALVEAgDwRAIA+UQCAEhFAgBKRQIAoEUCALFFAgCQuBIA/UUCAFBGAgBZRgIAqEYCALlGAgAARwIAB0cCAFhHAgBgRwIAsEcCAHJHAgBoagIAvUcCAGBIAgC/RwIAwEkCAMlHAgAISAIAFEgCAOi4EgBlSAIAuEgCAMJIAgAQSQIAGEkCAEC5EgB0SQIAmLkSAMVJAgAYSgIAJUoCAHBKAgB6SgIAyEoCAMpKAgAgSwIALksCAHhLAgCFSwIA8LkSANVLAgAoTAIANUwCAIBMAgCKTAIA2EwCANpMAgAwTQIAPk0CAIhNAgCVTQIASLoSAONNAgDYThAA5k0CAEgTDwDtTQIAOE4CAEJOAgCguhIAmE4CAOhOAgCiTgIAiGADAOpOAgAAlhAA9U4CADghBgD/TgIAQE8CAAFPAgAIhwMADk8CACBhDQBFTwIAmE8CAKJPAgDwTwIA+E8CAPi6EgBJUAIAAM0QAFJQAgCgUAIArFACAPhQAgD7UAIAUFECAFpRAgCoUQIAwlECAABSAgAXUgIAWFICAF1SAgCwUgIAzFICAFC7EgAKUwIAYFMCAG1TAgC4UwIAwlMCAKi7EgAaVAIAaFQCACFUAgAQ3AgAdFQCAMBUAgDDVAIAGFUCACJVAgBwVQIAilUCAMhVAgDOVQIAIFYCACJWAgB4VgIAhlYCANBWAgDTVgIAKFcCADRXAgCAVwIAg1cCANhXAgD7VwIAALwSADJYAgCIWAIAllgCAOBYAgDjWAIAOFkCAERZAgCQWQIAk1kCAFi8EgDzWQIAQFoCAEZaAgCYWgIAnVoCAPBaAgD0WgIASFsCAEtbAgCwvBIAoVsCAGAADwCjWwIAaGkRAKZbAgD4WwIAqVsCANhhEQCqWwIAyGACAKxbAgDoTREArlsCAABGEQCvWwIAyFQRALBbAgAIcxEAt1sCAFC0DQC6WwIAQPkPAARcAgBQXAIAfFwCAKhcAgC0XAIAAF0CAA9dAgBYXQIAYl0CALBdAgCzXQIACF4CACJeAgBgXgIAal4CALheAgC9XgIAEF8CABpfAgBoXwIAc18CAMBfAgDGXwIAGGACAB1gAgBwYAIAdGACAAi9EgDNYAIAIGECANZgAgAAXBEAKmECAHhhAgCDYQIA0GECANZhAgAoYgIALWICAIBiAgCEYgIAYL0SAN1iAgBgDgMA32ICAKCtDwDgYgIAMDQOAOJiAgCYiBAA8mICADBjAgA6YwIAiGMCAJNjAgDgYwIA5mMCADhkAgA9ZAIAkGQCAJRkAgDoZAIAC2UCALi9EgBNZQIAGJcCAE5lAgCYZQIAm2UCAPBlAgD8ZQIASGYCAGBmAgCgZgIArGYCAPhmAgD+ZgIAUGcCAFZnAgCoZwIArWcCAABoAgAGaAIAEL4SAGJoAgCwaAIAu2gCAAhpAgAOaQIAYGkCAGVpAgC4aQIAvGkCABBqAgATagIAaL4SAHJqAgDAagIAy2oCABhrAgAeawIAcGsCAHVrAgDIawIAzGsCAMC+EgAhbAIAeGwCAIRsAgDQbAIA3GwCAChtAgAubQIAgG0CAIZtAgDYbQIA3W0CADBuAgA2bgIAGL8SAJRuAgDgbgIA5m4CADhvAgBEbwIAkG8CAJ1vAgDobwIA928CAEBwAgBMcAIAmHACAKRwAgDwcAIA9nACAEhxAgBOcQIAoHECAKVxAgD4cQIA/nECAHC/EgBacgIAOFoJAGZyAgCocgIAaXICAEhOCgC0cgIAAHMCAAhzAgCIqRMADHMCAFhzAgBecwIAsHMCALZzAgAIdAIADXQCAGB0AgBmdAIAyL8SAMB0AgAIPhQAwnQCABB1AgAWdQIAaHUCABx1AgDY/AIAdnUCAMB1AgDZdQIAGHYCACF2AgBwdgIAenYCAMh2AgDUdgIAIHcCACx3AgB4dwIAfncCANB3AgDWdwIAKHgCAC14AgCAeAIAhngCACDAEgDkeAIAMHkCADp5AgCIeQIAk3kCAOB5AgDleQIAOHoCAD96AgCQegIAnHoCAOh6AgDuegIAQHsCAEZ7AgCYewIAnXsCAPB7AgD2ewIAeMASAFl8AgCgfAIAoXwCAPh8AgCmfAIAIIICAP18AgBQfQIAXn0CAKh9AgC1fQIAAH4CAAp+AgBYfgIAZH4CALB+AgC2fgIACH8CABR/AgBgfwIAc38CALh/AgDHfwIAEIACAByAAgBogAIAaYACAMCAAgDKgAIAGIECACaBAgBwgQIAdYECAMiBAgDVgQIA0MASACyCAgB4ggIAiIICANCCAgDcggIAKIMCAC6DAgCAgwIAjIMCANiDAgDlgwIAMIQCAD+EAgCIhAIAlIQCAOCEAgDshAIAOIUCAEuFAgCQhQIAn4UCAOiFAgD0hQIAQIYCAEGGAgCYhgIAooYCAPCGAgD+hgIASIcCAE2HAgCghwIArYcCACjBEgD6hwIA+G0HAASIAgBQiAIABYgCAJhVCwAGiAIAgKQNAGSIAgCoiAIAtIgCAACJAgDBiAIAmNUQAAaJAgBYiQIAXokCALCJAgC1iQIACIoCAA6KAgCAwRIAbIoCALiKAgDFigIA8CADAMuKAgAQiwIAFYsCAEidAgAYiwIAaJMDAByLAgBoiwIAbosCAMCLAgDGiwIAGIwCAB2MAgBwjAIAdowCANjBEgDUjAIAII0CACaNAgB4jQIAfY0CANCNAgDXjQIAKI4CADaOAgCAjgIAm44CANiOAgDmjgIAMI8CADOPAgCIjwIAlo8CAOCPAgDljwIAOJACAEWQAgCQkAIAnJACAOiQAgDukAIAQJECAEaRAgCYkQIAnZECAPCRAgD2kQIAMMISAE2SAgCgkgIAqZICAPiSAgAFkwIAUJMCAFeTAgCokwIAuZMCAACUAgAFlAIAWJQCAGeUAgCwlAIAspQCAAiVAgAZlQIAYJUCAGyVAgC4lQIAvpUCABCWAgAWlgIAaJYCAG2WAgDAlgIAxpYCAIjCEgAvlwIAcJcCAHyXAgDIlwIA1JcCACCYAgAmmAIAeJgCAH6YAgDQmAIA1ZgCACiZAgAumQIA4MISAIaZAgDAzQIAl5kCANiZAgDhmQIAMJoCAEaaAgCImgIAlJoCAOCaAgDtmgIAOJsCAEKbAgCQmwIAnJsCAOibAgDumwIAQJwCAEacAgCYnAIAnZwCAPCcAgD2nAIAOMMSAFGdAgCgnQIAqp0CAPidAgD9nQIAUJ4CAGCeAgCongIAwZ4CAACfAgAFnwIAWJ8CAGGfAgCwnwIAvZ8CAAigAgAPoAIAYKACAGOgAgC4oAIAxKACABChAgAjoQIAaKECAHehAgDAoQIAzKECABiiAgAZogIAcKICAHqiAgDIogIA1qICACCjAgAlowIAeKMCAIWjAgCQwxIA06MCACikAgArpAIAgKQCAI2kAgDw7AwAj6QCANikAgDapAIAMKUCADOlAgCIpQIAkqUCAOClAgDspQIAOKYCAEumAgCQpgIAn6YCAOimAgD0pgIAQKcCAEGnAgCYpwIAoqcCAPCnAgD+pwIASKgCAE2oAgCgqAIAragCAOjDEgD5qAIAUKkCAFypAgCoqQIArqkCAACqAgACqgIAWKoCAGKqAgCwqgIAvqoCAAirAgANqwIAYKsCAG2rAgC4qwIAxKsCABCsAgAjrAIAaKwCAHesAgDArAIAzKwCABitAgAZrQIAcK0CAHqtAgDIrQIA1q0CACCuAgAlrgIAeK4CAIWuAgBAxBIA2a4CACivAgDcrgIAGDwOAC6vAgCArwIAg68CANivAgDmrwIAMLACADWwAgCIsAIAlbACAOCwAgDssAIAOLECAD6xAgCQsQIAlrECAOixAgDtsQIAQLICAEayAgCYxBIAmrICAPCyAgCdsgIAENoQAJ+yAgAwcw8A/7ICAEizAgBoswIAoLMCAKWzAgD4swIAE7QCAFC0AgBctAIAqLQCAK60AgAAtQIAELUCAFi1AgBptQIAsLUCALW1AgAItgIADLYCAGC2AgBstgIAuLYCAL62AgAQtwIAFrcCAGi3AgBttwIAwLcCAMa3AgDwxBIAJ7gCAJCdEAAuuAIAcLgCAHG4AgDIuAIA2bgCACC5AgAsuQIAeLkCAI65AgDQuQIA3LkCACi6AgA1ugIAgLoCAIq6AgDYugIA5LoCADC7AgA3uwIAiLsCAJS7AgDguwIA5rsCADi8AgA+vAIAkLwCAJW8AgDovAIA7rwCAEjFEgBCvQIAqAMRAEm9AgCYvQIAmb0CAPC9AgDxvQIASL4CAE2+AgCgvgIApr4CAPi+AgACvwIAUL8CAFy/AgCovwIAr78CAADAAgAFwAIAWMACAFnAAgCwwAIAvMACAAjBAgAOwQIAYMECAGLBAgC4wQIAwsECABDCAgAewgIAaMICAG3CAgDAwgIAzcICABjDAgAkwwIAcMMCAIPDAgDIwwIA18MCACDEAgAsxAIAeMQCAHnEAgDQxAIA2sQCACjFAgA2xQIAgMUCAIXFAgDYxQIA5cUCAKDFEgBBxgIAiMYCAJTGAgDgxgIA98YCADjHAgA6xwIAkMcCAKHHAgDoxwIA6scCAEDIAgBGyAIAmMgCAK/IAgDwyAIA+cgCAEjJAgBeyQIAoMkCAKzJAgD4yQIABcoCAFDKAgBaygIAqMoCALTKAgAAywIAE8sCAFjLAgBnywIAsMsCALzLAgAIzAIACcwCAGDMAgBqzAIAuMwCAMbMAgAQzQIAFc0CAGjNAgB1zQIA+MUSAMLNAgAYzgIALM4CAHDOAgB+zgIAyM4CANXOAgAgzwIAJ88CAHjPAgCEzwIA0M8CAOPPAgAo0AIALdACAIDQAgCJ0AIA2NACAOLQAgAw0QIANdECAIjRAgCY0QIA4NECAPnRAgA40gIAPdICAJDSAgCZ0gIA6NICAPXSAgBA0wIAR9MCAJjTAgCb0wIA8NMCAPzTAgBI1AIAW9QCAKDUAgCv1AIA+NQCAATVAgBQ1QIAUdUCAKjVAgCy1QIAANYCAA7WAgBY1gIAXdYCALDWAgC91gIAUMYSACHXAgBg1wIAbNcCALjXAgC+1wIAENgCABjYAgDwvxAAINgCAGjYAgBt2AIAwNgCAMbYAgAY2QIALtkCAHDZAgBy2QIAyNkCANLZAgAg2gIALNoCAHjaAgCL2gIA0NoCAN/aAgAo2wIANNsCAIDbAgCB2wIA2NsCAOLbAgAw3AIAPtwCAIjcAgCN3AIA4NwCAO3cAgCoxhIAQd0CAJDdAgCW3QIA6N0CAO7dAgBA3gIATN4CAJjeAgCl3gIA8N4CAPreAgBI3wIAXt8CAKDfAgCl3wIA+N8CAP/fAgBQ4AIAXuACAKjgAgC44AIAAOECAA7hAgBY4QIAZ+ECALDhAgCy4QIACOICABLiAgBg4gIAbuICALjiAgC94gIAEOMCAB3jAgBo4wIAdOMCAMDjAgDT4wIAGOQCACfkAgBw5AIAfOQCAMjkAgDJ5AIAIOUCACrlAgB45QIAhuUCANDlAgDV5QIAKOYCADXmAgAAxxIAguYCANjmAgCM5gIAoKYKAOnmAgAw5wIAOecCAIjnAgCU5wIA4OcCAOjnAgCAIRQA7OcCADjoAgA+6AIAkOgCAJboAgDo6AIA7egCAEDpAgBG6QIAWMcSAKfpAgDw6QIA9ekCAEjqAgBP6gIAoOoCAKzqAgD46gIA/+oCAMDuAgAE6wIAUOsCAF3rAgCo6wIAt+sCAADsAgAF7AIAWOwCAF/sAgCw7AIAvOwCAAjtAgAU7QIAYO0CAGbtAgC47QIAvu0CABDuAgAV7gIAaO4CAG7uAgCwxxIAzO4CABjvAgAn7wIAcO8CAHXvAgDI7wIAz+8CACDwAgAs8AIAePACAITwAgDQ8AIA1vACACjxAgAu8QIAgPECAIXxAgDY8QIA3vECAAjIEgA88gIAiPICAJjyAgDg8gIA7vICADjzAgBF8wIAkPMCAJzzAgDo8wIA7/MCAED0AgBI9AIAYMgSAKH0AgBozBEApfQCAKgXAwCp9AIA8PQCAAH1AgBI9QIAUPUCAKD1AgBU9QIA6IIOAKr1AgD49QIA/fUCAFD2AgBY9gIAqPYCAKr2AgAA9wIAsfYCADgJAwAI9wIAWPcCAG73AgCw9wIAvPcCAAj4AgAe+AIAYPgCAHn4AgC4+AIAxPgCABD5AgAW+QIAaPkCAHD5AgDA+QIA0PkCABj6AgAh+gIAcPoCAH36AgDI+gIA1/oCACD7AgAq+wIAePsCAIb7AgDQ+wIA1fsCACj8AgA1/AIAgPwCAIj8AgC4yBIA7vwCADD9AgAx/QIAiP0CAJL9AgDg/QIA6P0CADj+AgBC/gIAkP4CAJX+AgDo/gIA8P4CAED/AgBC/wIAEAQDAEP/AgBongMARv8CAJj/AgBH/wIA2KwDAFb/AgCgpQMApP8CAPD/AgDy/wIASAADAE8AAwCgAAMAqAADAPgAAwD5AAMAUAEDAFYBAwCoAQMArQEDAAACAwABAgMAWAIDAGQCAwCwAgMAtgIDAAgDAwASAwMAYAMDAHQDAwC4AwMAwAMDABDJEgATBAMAaAQDABcEAwBAmQMAawQDAMAEAwDOBAMAGAUDAC8FAwBwBQMAfQUDAMgFAwDQBQMAIAYDACEGAwB4BgMAfgYDANAGAwDVBgMAKAcDACkHAwCABwMAjAcDANgHAwDeBwMAMAgDADoIAwCICAMAnAgDAOAIAwDoCAMAwMkSAEUJAwCQCQMAlwkDAOgJAwD0CQMAQAoDAFAKAwCYCgMApgoDAPAKAwD9CgMASAsDAFQLAwCgCwMApwsDAPgLAwAADAMAcMoSAFwMAwCoDAMAsgwDAAANAwALDQMAWA0DAF0NAwCwDQMAtw0DAAgOAwAQDgMAyMoSAGgOAwC4DgMAyA4DABAPAwAcDwMAaA8DAGwPAwDADwMAyA8DABgQAwAaEAMAcBADAHYQAwDIEAMA3xADACARAwApEQMAeBEDAI4RAwDQEQMA3BEDACgSAwA1EgMAgBIDAIoSAwDYEgMA2xIDADATAwA4EwMAiBMDAJITAwDgEwMA5RMDADgUAwBAFAMAkBQDAKAUAwDoFAMA8RQDAEAVAwBNFQMAmBUDAKcVAwDwFQMA+hUDAEgWAwBWFgMAoBYDAKUWAwD4FgMABRcDAFAXAwBYFwMAIMsSALUXAwAAGAMAxxcDABgKBQAFGAMAWBgDAGIYAwCwGAMAuBgDAAgZAwDHGAMAaD0RAA4ZAwBgGQMAFhkDAKCPDgAXGQMAkJEJABgZAwC4JAMAGRkDAOi/DABsGQMAuBkDALoZAwC4Zg4AvxkDABAaAwAcGgMAaBoDAHcaAwDAGgMA0RoDABgbAwAaGwMAcBsDAHYbAwDIGwMA1BsDACAcAwAoHAMAeMsSAH4cAwDQyxIA3BwDACjMEgArHQMA2MwSAIMdAwAwzRIAhR0DAHhYBQDbHQMAYJUNAOUdAwAwHgMAOh4DAIgeAwCKHgMA4B4DAPMeAwA4HwMAQB8DAEi7DgBEHwMAkB8DAJYfAwDoHwMA7h8DAEAgAwBFIAMAmCADAJ4gAwCIzRIA+iADAEghAwBKIQMAoCEDAKohAwD4IQMABiIDAFAiAwBVIgMAqCIDALUiAwAAIwMADCMDAFgjAwBeIwMAsCMDALYjAwAIJAMADSQDAGAkAwBmJAMA4M0SAMYkAwAQJQMAHSUDAGglAwBvJQMAwCUDAMglAwAYJgMAGSYDAPhpDAAbJgMAcCYDAC4mAwDoZwwAhCYDAMgmAwDeJgMAICcDADknAwB4JwMAfScDANAnAwDhJwMAOM4SADkoAwCAKAMAgigDANgoAwDiKAMAMCkDAD4pAwCIKQMAjSkDAOApAwDtKQMAOCoDAEAqAwCQKgMAnCoDAOgqAwCgKgMASCwDAO4qAwBAKwMARisDAJgrAwCdKwMA8CsDAPYrAwCQzhIASiwDAKAsAwCuLAMA+CwDAAktAwDozhIAVy0DAEDPEgCwLQMAAC4DALItAwA4XQgA8i0DAKhzFAAOLgMAWC4DAA8uAwDYMwMAEC4DAMDLCgBlLgMAsC4DAL8uAwAILwMADS8DAGAvAwB2LwMAuC8DALkvAwAQMAMAEjADAGgwAwByMAMAwDADAM4wAwAYMQMAMTEDAHAxAwCBMQMAyDEDANQxAwAgMgMAKDIDAEjQEgCMMgMA0DIDANEyAwAoMwMANDMDAIAzAwCDMwMAoNASANozAwAwNAMAPTQDAIg0AwCVNAMA4DQDAOU0AwA4NQMAQjUDAJA1AwCYNQMA6DUDAPg1AwBANgMATjYDAJg2AwClNgMA8DYDAPc2AwBINwMAUDcDAKA3AwCjNwMA+DcDAAw4AwBQOAMAZjgDAKg4AwDBOAMAADkDAAU5AwBYOQMAaTkDAPjQEgC4OQMAUNESALw5AwDAwAoAzDkDAAjNFAAVOgMAYDoDAGc6AwC4OgMAxDoDABA7AwAgOwMAaDsDAHY7AwDAOwMAzTsDABg8AwAkPAMAcDwDAHc8AwCo0RIAyjwDACA9AwDNPAMAuJoEAC09AwB4PQMAhT0DANA9AwDVPQMAKD4DADI+AwCAPgMAiD4DANg+AwDdPgMAoMMEAOE+AwAwPwMAMz8DAIg/AwCUPwMAANISAOU/AwA4QAMA7D8DAChzCwA9QAMAkEADAJhAAwDoQAMA/kADAEBBAwBCQQMAmEEDAKVBAwDwQQMABEIDAFjSEgBNQgMAoEIDAKhCAwCQagsAqkIDAPhCAwAAQwMAUEMDAFxDAwCoQwMAtUMDAABEAwAFRAMAWEQDAGFEAwCwRAMAx0QDAAhFAwATRQMAsNISAG5FAwC4RQMAu0UDABBGAwATRgMAaEYDAHZGAwDARgMAzUYDABhHAwAvRwMAcEcDAHhHAwDIRwMAzkcDACBIAwAsSAMAeEgDAIJIAwDQSAMA2UgDAChJAwAuSQMAgEkDAI1JAwAI0xIA5EkDADBKAwDmSQMA+HcLAD9KAwCISgMAmUoDAOBKAwDiSgMAOEsDAD5LAwCQSwMAnEsDAOhLAwDvSwMAQEwDAEhMAwCYTAMAmkwDAPBMAwD9TAMASE0DAE9NAwCgTQMAqE0DAPhNAwAFTgMAUE4DAFVOAwCoTgMAsk4DAABPAwAITwMAWE8DAGFPAwCwTwMAs08DAAhQAwAUUAMAYFADAGdQAwBg0xIAxVADABBRAwDOUAMAOFYDAPFQAwBwfAsAK1EDAGhRAwBqUQMAwFEDANFRAwAYUgMAJlIDAHBSAwB3UgMAyFIDANBSAwAgUwMAJVMDAHhTAwB5UwMA0FMDANxTAwAoVAMALlQDAIBUAwCCVAMA2FQDAOJUAwAwVQMAPlUDAIhVAwCNVQMA4FUDAO1VAwC40xIAOVYDAJBWAwCVVgMA6FYDAO5WAwBAVwMASlcDAJhXAwCkVwMA8FcDAPdXAwBIWAMAUFgDAKBYAwCiWAMA+FgDAAVZAwBQWQMAV1kDAKhZAwCwWQMAAFoDAA1aAwBYWgMAXVoDALBaAwC6WgMACFsDABBbAwBgWwMAaVsDALhbAwC7WwMAEFwDABxcAwBoXAMAb1wDABDUEgDMXAMAqG0LANRcAwAYXQMAJV0DAHBdAwB6XQMAyF0DAMpdAwAgXgMAM14DAHheAwCAXgMA0F4DANxeAwAoXwMALl8DAIBfAwCGXwMA2F8DAN1fAwAwYAMANmADAGjUEgCLYAMA4GADAOxgAwA4YQMAU2EDAJBhAwCcYQMA6GEDAO5hAwBAYgMATmIDAJhiAwCiYgMA8GIDAARjAwBIYwMAWmMDAKBjAwC8YwMA+GMDACpkAwBQZAMAZWQDAKhkAwC6ZAMAAGUDABZlAwBYZQMAZGUDALBlAwCzZQMACGYDAAtmAwBgZgMAYmYDALhmAwDPZgMAEGcDABxnAwBoZwMAemcDAMBnAwDcZwMAGGgDACpoAwDA1BIAlGgDAMhoAwDQaAMAGNUSACNpAwB4aQMAgGkDANBpAwDpaQMAKGoDADRqAwCAagMAkWoDANhqAwDdagMAMGsDADRrAwCIawMAkGsDAOBrAwDqawMAOGwDAENsAwCQbAMAnGwDAOhsAwDwbAMAcNUSAFNtAwCYbQMAmW0DAPBtAwD8bQMASG4DAFduAwCgbgMAqm4DAPhuAwAEbwMAUG8DAFdvAwDI1RIAtm8DAABwAwANcAMAWHADAGZwAwCwcAMAxnADAAhxAwARcQMAYHEDAHZxAwC4cQMAwHEDABByAwAfcgMAaHIDAG1yAwDAcgMA23IDABhzAwAkcwMAcHMDAHZzAwDIcwMAynMDACB0AwA3dAMAeHQDAIR0AwB41hIA0XQDACh1AwA5dQMAgHUDAIx1AwDYdQMA53UDADB2AwA1dgMAiHYDAKN2AwDgdgMA6HYDADh3AwBIdwMAkHcDAJJ3AwDodwMA9ncDAEB4AwBReAMA0NYSAJ94AwAo1xIA/ngDAEh5AwBSeQMAoHkDAKt5AwD4eQMAAHoDAFB6AwBcegMAqHoDALt6AwAAewMADnsDAFh7AwBiewMAsHsDALh7AwDY1xIAFHwDAGB8AwBmfAMAuHwDALp8AwAQfQMAJ30DAGh9AwB0fQMAwH0DAMh9AwAw2BIAI34DAHB+AwB2fgMAyH4DANR+AwAgfwMAI38DAHh/AwCDfwMA0H8DANV/AwAogAMAOYADAICAAwCHgAMA2IADAOCAAwAwgQMAQIEDAIiBAwCNgQMA4IEDAOaBAwA4ggMAQIIDAIjYEgCVggMA6IIDAPSCAwBAgwMAQ4MDAJiDAwCggwMA8IMDAP2DAwBIhAMATYQDAKCEAwCqhAMA+IQDAACFAwBQhQMAZoUDAKiFAwC0hQMAAIYDAAyGAwBYhgMAYoYDALCGAwC4hgMA4NgSABGHAwBghwMAaocDALiHAwDAhwMAEIgDABGIAwBA/AMAHIgDAGiIAwB7iAMAwIgDAMGIAwAYiQMAJIkDAHCJAwB/iQMAyIkDANKJAwAgigMALIoDAHiKAwB/igMAONkSAN6KAwAoiwMANYsDAICLAwCOiwMA2IsDAO6LAwAwjAMAOYwDAIiMAwCejAMA4IwDAOiMAwA4jQMARo0DAJCNAwCTjQMA6I0DAPCNAwDo2RIATo4DAJiOAwCnjgMA8I4DAAyPAwBIjwMAEI8DAPjRAwBQjwMAQNoSAKmPAwD4jwMABZADAFCQAwBakAMAqJADALaQAwAAkQMAFpEDAFiRAwBkkQMAsJEDALiRAwCY2hIADpIDAGCSAwBmkgMAuJIDAL2SAwAQkwMAFpMDAPDaEgBtkwMAwJMDAMmTAwAYlAMAIpQDAHCUAwB4lAMAyJQDAM2UAwAglQMAMJUDAHiVAwCAlQMA0JUDANaVAwDglwMA6ZUDACiWAwAtlgMAgJYDAImWAwDYlgMA5ZYDADCXAwA3lwMAiJcDAIuXAwBI2xIA4pcDADiYAwBFmAMAkJgDAKeYAwDomAMA9JgDAKDbEgBHmQMAmJkDAKCZAwDwmQMA9JkDAEiaAwBWmgMAoJoDAKqaAwD4mgMAA5sDAFCbAwBYmwMAqJsDAK2bAwAAnAMAG5wDAFicAwBknAMAsJwDALacAwAInQMAGJ0DAGCdAwBxnQMAuJ0DAL2dAwAQngMAFJ4DAPjbEgBxngMAwJ4DANmeAwAYnwMAIp8DAHCfAwB2nwMAyJ8DAMqfAwAgoAMAL6ADAHigAwCCoAMA0KADANigAwAooQMALKEDAIChAwCOoQMA2KEDAOKhAwAwogMAO6IDAIiiAwCQogMA4KIDAOWiAwA4owMAU6MDAJCjAwCcowMA6KMDAO6jAwBApAMAUKQDAJikAwCppAMA8KQDAPWkAwBIpQMATKUDAFDcEgCppQMA+KUDAAmmAwBQpgMAWqYDAKimAwC2pgMAAKcDAAGnAwBYpwMAaacDALCnAwDEpwMACKgDABCoAwBgqAMAZKgDALioAwDGqAMAEKkDABqpAwBoqQMAc6kDAMCpAwDIqQMAGKoDAB2qAwBwqgMAi6oDAMiqAwDUqgMAIKsDACarAwB4qwMAiKsDANCrAwDhqwMAKKwDAC2sAwCArAMAhKwDAKjcEgDmrAMAMK0DAEutAwCIrQMAlq0DAOCtAwDnrQMAOK4DAESuAwCQrgMAmK4DAADdEgD2rgMAQK8DAEqvAwCYrwMAo68DAPCvAwD4rwMASLADAE2wAwCgsAMAu7ADAPiwAwAEsQMAULEDAFaxAwCosQMAuLEDAACyAwARsgMAWLIDAF2yAwCwsgMAtLIDAFjdEgAZswMAYLMDAGizAwC4swMAubMDABC0AwAVtAMAaLQDAHa0AwDAtAMAzbQDABi1AwAitQMAcLUDAHy1AwDItQMAzrUDACC2AwAotgMAeLYDAH+2AwDQtgMA3LYDACi3AwAutwMAgLcDAIy3AwDYtwMA6LcDADC4AwA8uAMAiLgDAI64AwDguAMA7LgDADi5AwBFuQMAkLkDAJ+5AwDouQMA9LkDALDdEgBDugMAmLoDAJu6AwDwugMA/roDAEi7AwBfuwMAoLsDAK27AwD4uwMADrwDAFC8AwBcvAMAqLwDALW8AwAAvQMACr0DAFi9AwBgvQMAsL0DALq9AwAIvgMADb4DAGC+AwBovgMAuL4DAMS+AwAQvwMAHb8DAGi/AwByvwMAwL8DAMa/AwAYwAMALMADAHDAAwB4wAMAyMADANbAAwAgwQMALcEDAHjBAwCAwQMA0MEDAN3BAwAowgMANsIDAIDCAwCRwgMA2MIDAODCAwAwwwMARsMDAIjDAwCKwwMA4MMDAOHDAwAI3hIAPcQDAIAlDwBGxAMAkMQDAJ/EAwDoxAMA9MQDAEDFAwBIxQMAYN4SAJ3FAwDwxQMA+cUDAEjGAwBVxgMAoMYDAKfGAwD4xgMA+8YDAFDHAwBYxwMAqMcDAK3HAwAAyAMACcgDAFjIAwBiyAMAsMgDALjIAwAIyQMADckDAGDJAwBwyQMAuMkDAMDJAwAQygMAFsoDAGjKAwBqygMAwMoDAM3KAwAYywMAL8sDAHDLAwB8ywMAuN4SANTLAwAgzAMAJswDAIjTEAA3zAMAeMwDAITMAwDQzAMA1swDACjNAwAwzQMAgM0DAIfNAwDYzQMA5s0DADDOAwBLzgMAiM4DAJbOAwDgzgMA584DADjPAwBEzwMAkM8DAJjPAwAQ3xIA/M8DAEDQAwBI0AMAmNADAMnQAwDw0AMA/NADAEjRAwBO0QMAoNEDAKXRAwBo3xIABNIDAFDSAwBX0gMAqNIDALDSAwAA0wMAAtMDAFjTAwBi0wMAsNMDALjTAwDA3xIAFtQDAHjiAwAX1AMAYNQDAGLUAwC41AMAydQDABDVAwAh1QMAaNUDAHTVAwDA1QMAx9UDABjWAwAg1gMAcNYDAJ3WAwDI1gMAzdYDACDXAwAh1wMAeNcDAILXAwDQ1wMA3tcDACjYAwAt2AMAgNgDAI3YAwDY2AMA9NgDADDZAwBM2QMAGOASAJXZAwDg2QMA5NkDADjaAwA+2gMAkNoDAJLaAwDo2gMA6doDAEDbAwBj2wMAmNsDALzbAwDw2wMAHdwDAEjcAwBQ3AMAoNwDAKXcAwD43AMABd0DAFDdAwBY3QMAqN0DAKrdAwAA3gMACN4DAFjeAwCF3gMAsN4DAL3eAwAI3wMADd8DAGDfAwBt3wMAuN8DAMTfAwAQ4AMAPeADAGjgAwBw4AMAwOADANvgAwAY4QMAGuEDAHDhAwCB4QMAyOEDANHhAwAg4gMALOIDAHDgEgCF4gMA0OIDANfiAwAo4wMANOMDAIDjAwCT4wMA2OMDAODjAwAw5AMANeQDAIjkAwCR5AMA4OQDAOrkAwA45QMAQOUDAJDlAwCV5QMA6OUDAPjlAwBA5gMASOYDAJjmAwCx5gMA8OYDAPXmAwBI5wMAUecDAKDnAwCt5wMA+OcDAP/nAwBQ6AMAU+gDAMjgEgCt6AMAAOkDALXoAwAQ2A0ACekDAFjpAwBg6QMAsOkDALvpAwAI6gMACuoDAGDqAwB76gMAuOoDAMTqAwAQ6wMAGOsDACDhEgB16wMAwOsDAMjrAwAY7AMAJOwDAHDsAwB27AMAyOwDAM7sAwAg7QMAJe0DAHjtAwB+7QMAeOESAN3tAwAo7gMAMO4DAIDuAwCU7gMA2O4DAN3uAwAw7wMAOe8DAIjvAwCO7wMA4O8DAOjvAwA48AMAO/ADAJDwAwCt8AMA6PADAPnwAwBA8QMASPEDAJjxAwCb8QMA8PEDAATyAwBI8gMAVfIDAKDyAwCq8gMA+PIDAPryAwBQ8wMAY/MDACjiEgCt8wMAAPQDABH0AwBY9AMAYfQDALD0AwDG9AMACPUDABX1AwBg9QMAaPUDALj1AwDX9QMAgOISABz2AwBo9gMAcPYDANjiEgDD9gMAGPcDACD3AwBw9wMAffcDAMj3AwDN9wMAIPgDACj4AwB4+AMAefgDAND4AwDS+AMAKPkDAC75AwCA+QMAgvkDANj5AwDu+QMAMPoDADz6AwCI+gMAkvoDAOD6AwDs+gMAOPsDAD77AwCQ+wMAmPsDAOj7AwAc/AMAMOMSAEb8AwCY/AMApPwDAPD8AwDx/AMASP0DAEr9AwCg/QMApv0DAPj9AwAE/gMAUP4DAFf+AwCo/gMAsP4DAAD/AwAD/wMAWP8DAGL/AwCw/wMAsv8DAAgABAASAAQAYAAEAGwABAC4AAQAzgAEABABBAAcAQQAaAEEAHUBBADAAQQAygEEABgCBAAgAgQAcAIEAIICBACI4xIAygIEACADBAAqAwQAeAMEAHoDBADQAwQA6QMEACgEBAAqBAQAgAQEAIMEBADYBAQA5AQEADAFBAA4BQQA4OMSAJwFBADgBQQA4wUEADgGBABCBgQAkAYEAJwGBADoBgQA/gYEAEAHBABIBwQAmAcEAKYHBADwBwQA8wcEAEgIBABQCAQAoAgEAKMIBAD4CAQArggEADAQBAACCQQAUAkEAAMJBABoDAQAUgkEAKgJBACuCQQAAAoEAAoKBABYCgQAZgoEALAKBAC9CgQACAsEAB8LBABgCwQAaAsEALgLBADBCwQAEAwEABEMBAA45BIAcQwEAMAMBADKDAQAGA0EACINBABwDQQAfg0EAMgNBADVDQQAIA4EADcOBAB4DgQAgA4EANAOBADXDgQAKA8EAC0PBACADwQAhA8EANgPBADlDwQAkOQSAD0QBACIEAQAkBAEAOAQBADmEAQAOBEEAEQRBACQEQQAnxEEAOgRBADtEQQAQBIEAFsSBACYEgQApBIEAPASBAD2EgQASBMEAFwTBACgEwQAqBMEAPgTBAAOFAQAUBQEAFUUBACoFAQArxQEAAAVBAAMFQQA6OQSAF8VBACwFQQAvhUEAAgWBAAVFgQAYBYEAHcWBAC4FgQAwBYEABAXBAAWFwQAaBcEAHQXBADAFwQAxxcEABgYBAAmGAQAcBgEAHMYBADIGAQA0BgEACAZBAAuGQQAeBkEAHsZBADQGQQA2BkEACgaBAA5GgQAgBoEAIUaBADYGgQA2hoEADAbBAA3GwQAiBsEAJYbBADgGwQA7RsEADgcBABPHAQAkBwEAJgcBADoHAQA8hwEAEAdBABLHQQAmB0EAKQdBADwHQQA+B0EAEDlEgBKHgQAoB4EAKoeBAD4HgQA+h4EAFAfBABTHwQAqB8EALQfBAAAIAQACiAEAFggBABgIAQAsCAEAL4gBAAIIQQAFSEEAGAhBABoIQQAuCEEAM4hBAAQIgQAHCIEAGgiBAB+IgQAwCIEAMUiBAAYIwQAHiMEAHAjBACEIwQAmOUSAMsjBAAgJAQAKCQEAHgkBACGJAQA0CQEAI4kBAA4ywgA3SQEACglBAAwJQQAgCUEAIolBADYJQQA4yUEADAmBAA8JgQAiCYEAJAmBADw5RIA5iYEADgnBAA9JwQAkCcEAJ8nBADoJwQA9CcEAEAoBABDKAQAmCgEAJsoBADwKAQA+CgEAEgpBABNKQQAoCkEALApBAD4KQQAACoEAFAqBABTKgQAqCoEALIqBAAAKwQAAisEAFgrBABeKwQAsCsEALorBAAILAQAFiwEAGAsBABtLAQAuCwEAM8sBAAQLQQAGC0EAGgtBABxLQQAwC0EAMEtBABI5hIAJS4EAHAuBABzLgQAODMLAHYuBADYdgoAeC4EAMguBAB6LgQAGP8EAHwuBACo1AYAyy4EABDyCADOLgQAqFgHANIuBAAgLwQA1i4EALgBCwDYLgQAgMkIACUvBAB4LwQALC8EAPBGBQAuLwQAENYKAIAvBADQLwQA0y8EACgwBAA0MAQAgDAEAIYwBADYMAQA8zAEADAxBAA8MQQAiDEEAI4xBADgMQQA6DEEADgyBAA6MgQAkDIEAD0yBADAQwQAmjIEAOgyBADwMgQAoOYSAFEzBACYMwQAnzMEAPAzBAD4MwQASDQEAFU0BACgNAQApTQEAPg0BAACNQQAUDUEAFg1BACoNQQAqjUEAGhECwCtNQQA6OwIALI1BAAANgQAtzUEAPBUBAC4NQQA8OoJAAY2BABYNgQAWjYEALA2BAC9NgQACDcEAAs3BABgNwQAcTcEALg3BAC6NwQAEDgEABo4BABoOAQAdDgEAMA4BADIOAQAUOcSAB05BABwOQQAczkEAMg5BADSOQQAIDoEACg6BAB4OgQAhToEANA6BADSOgQAKDsEAD47BACAOwQAjDsEANg7BADgOwQAqOcSADU8BACIPAQAlzwEAOA8BADiPAQAOD0EAEk9BACQPQQAmz0EAOg9BADtPQQAQD4EAEM+BACYPgQAoj4EAPA+BAACPwQASD8EAFA/BACgPwQAqj8EAPg/BAD9PwQAUEAEAFhABACoQAQAqkAEAABBBAAHQQQAWEEEAF9BBACwQQQAtkEEAAhCBAAUQgQAYEIEAGNCBAC4QgQAu0IEABBDBAAsQwQAaEMEAHBDBABY6BIAzUMEABhEBAAgRAQAcEQEAHNEBADIRAQAzUQEACBFBAAvRQQAeEUEAJhFBADQRQQA3EUEAChGBAAyRgQAgEYEAIhGBADYRgQA6kYEALDoEgA6RwQAiEcEAJZHBADgRwQA7UcEADhIBABPSAQAkEgEAJhIBADoSAQA90gEAEBJBABFSQQAmEkEAKVJBADwSQQA/UkEAEhKBABUSgQAoEoEAK9KBAD4SgQAAksEAFBLBABeSwQAqEsEAK1LBAAATAQADUwEAFhMBABbTAQAsEwEALhMBAAITQQADU0EAGBNBABtTQQAuE0EAMBNBAAQTgQAGU4EAGhOBAB1TgQAwE4EAM5OBAAYTwQAK08EAHBPBAB4TwQAyE8EAM9PBAAgUAQAJVAEAHhQBACOUAQA0FAEANJQBAAoUQQANlEEAIBRBACNUQQA2FEEAOBRBAAwUgQAM1IEAIhSBACNUgQA4FIEAO9SBAA4UwQAWFMEAJBTBACcUwQA6FMEAPJTBABAVAQASFQEAJhUBACqVAQACOkSAPVUBABIVQQAVVUEAKBVBACtVQQA+FUEAARWBABQVgQAX1YEAKhWBACyVgQAAFcEAAhXBABYVwQAYlcEALBXBAC1VwQACFgEABBYBABg6RIAbFgEALhYBAC+WAQAEFkEACtZBABoWQQAdFkEAMBZBADGWQQAGFoEADRaBABwWgQAeFoEALjpEgDQWgQAIFsEACpbBAB4WwQAg1sEANBbBADcWwQAKFwEADBcBAAQ6hIAjFwEANhcBADeXAQAMF0EAEtdBACIXQQAlF0EAOBdBADmXQQAOF4EAEBeBACQXgQAll4EAOheBADxXgQAQF8EAE1fBACYXwQApV8EAPBfBAD+XwQASGAEAFVgBACgYAQAt2AEAPhgBAAAYQQAUGEEAFVhBACoYQQAYWEEALhjBAC1YQQAAGIEAAhiBABYYgQAY2IEALBiBAC1YgQACGMEAAtjBABgYwQAamMEAGjqEgC9YwQAEGQEAB9kBABoZAQAamQEAMBkBADRZAQAGGUEACllBABwZQQAhGUEAMDqEgDZZQQAIGYEACNmBAB4ZgQAKGYEAHiRCAAtZgQAMBURAIJmBADQZgQA0mYEAChnBAAyZwQAgGcEAIxnBADYZwQAAmgEADBoBAA7aAQAoH4FAFZoBACIaAQAvWgEAOBoBAAGaQQAOGkEAF5pBACQaQQAxmkEAOhpBAATagQAQGoEAEhqBACYagQAwmoEAPBqBAAnawQASGsEAHNrBACgawQAqGsEAPhrBAAHbAQAUGwEAFVsBACobAQAsWwEAABtBAC1bAQA6HQEABFtBABYbQQAX20EALBtBAC4bQQACG4EABVuBABgbgQAZW4EALhuBADCbgQAEG8EABhvBABobwQAcm8EAMh7BAB3bwQAwG8EAMVvBAAYcAQAJXAEAHBwBAB9cAQAyHAEANRwBAAgcQQAL3EEAHhxBACCcQQA0HEEANhxBAAocgQAMnIEAIByBACFcgQA2HIEAOByBAAY6xIAPHMEAIhzBACOcwQA4HMEAPtzBAA4dAQARHQEAJB0BACWdAQAcOsSAPV0BABAdQQATHUEAJh1BACndQQA8HUEAPp1BABIdgQAVnYEAKB2BACldgQA+HYEAAV3BABQdwQAWHcEAKh3BACydwQAAHgEAAV4BABYeAQAYHgEALB4BACzeAQACHkEABR5BABgeQQAZnkEALh5BADTeQQAEHoEABx6BABoegQAbnoEAMB6BADIegQAGHsEABp7BABwewQAensEAMjrEgDOewQAIHwEACJ8BAB4fAQAhXwEANB8BADTfAQAKH0EADl9BACAfQQAgn0EANh9BADifQQAMH4EADx+BACIfgQAkH4EACDsEgDlfgQAOH8EADt/BACQfwQAmn8EAOh/BADwfwQAQIAEAE2ABACYgAQAmoAEAPCABAAGgQQASIEEAFSBBAB47BIAvIEEAPiBBAAUggQA0OwSAFWCBACoggQAtYIEAACDBAANgwQAWIMEAGSDBACwgwQAv4MEAAiEBAAShAQAYIQEAG6EBAC4hAQAvYQEABCFBAAdhQQAaIUEAIGFBADAhQQAwoUEABiGBAAfhgQAKO0SAI2GBADIhgQA2YYEACCHBAAshwQAeIcEAIuHBADQhwQA34cEACiIBAA0iAQAgIgEAIGIBADYiAQA4ogEADCJBAA+iQQAiIkEAI2JBADgiQQA7YkEAIDtEgA9igQAkIoEAJ2KBADoigQA9YoEAECLBABMiwQAmIsEAKeLBADwiwQA+osEAEiMBABWjAQAoIwEAKWMBAD4jAQABY0EAFCNBABYjQQAiO4SAK2NBAAAjgQACI4EAODuEgBajgQAsI4EAL6OBAAIjwQAGY8EADjvEgBnjwQAkO8SAL2PBAAQkAQAGJAEAGiQBAB3kAQAwJAEAMWQBAAYkQQAJZEEAHCRBAB9kQQAyJEEANSRBAAgkgQAL5IEAHiSBACCkgQAQPASANKSBACADBAA1pIEAAjXDQDjkgQAKJMEADeTBACAkwQAjJMEANiTBADZkwQAMJQEADqUBACIlAQAlpQEAOCUBADllAQAOJUEAEWVBACY8BIAlJUEAOiVBADzlQQAQJYEAE6WBACYlgQAqZYEAPCWBAD8lgQASJcEAFCXBADw8BIApZcEAPiXBAAFmAQAUJgEAF2YBAComAQAtJgEAACZBAAPmQQAWJkEAGKZBACwmQQAvpkEAAiaBAAVmgQAYJoEAHeaBABI8RIAxZoEABCbBAAdmwQAaJsEAHSbBADAmwQAz5sEABicBAAinAQAcJwEAH6cBADInAQAjJwEAOBACgDNnAQAIJ0EAC2dBAB4nQQAgJ0EAKDxEgDcnQQAKJ4EADieBACAngQAiZ4EANieBADbngQAMJ8EADyfBACInwQAj58EAPjxEgDtnwQAOKAEAEegBACQoAQAkaAEAOigBAD/oAQAQKEEAFqhBACYoQQApKEEAPChBAADogQASKIEAFeiBACgogQArKIEAPiiBAD5ogQAUKMEAFqjBACoowQAtqMEAACkBAAFpAQAWKQEAGWkBABQ8hIAyqQEAAilBAAXpQQAYKUEAGKlBAC4pQQAZaUEAECsBADFpQQAEKYEAB2mBABopgQAbaYEAMCmBADKpgQAGKcEACenBABwpwQAdacEAMinBADVpwQAIKgEAC2oBAB4qAQAhKgEANCoBADfqAQAKKkEADKpBACAqQQAjakEANipBADdqQQAMKoEADSqBACIqgQAlKoEAOCqBADmqgQAOKsEAD6rBACQqwQAlasEAOirBADuqwQAqPISAE2sBACYrAQApawEAPCsBAD8rAQASK0EAFetBACgrQQAqq0EAPitBAAGrgQAUK4EAFWuBACorgQAta4EAACvBAAHrwQAWK8EAF2vBACwrwQAvK8EAAiwBAALsAQAYLAEAG2wBAC4sAQAvbAEABCxBAAasQQAaLEEAHSxBADAsQQA07EEABiyBAAmsgQAcLIEAHOyBADIsgQA0rIEACCzBAAsswQAeLMEAH6zBADQswQA1rMEACi0BAAttAQAgLQEAIa0BAAA8xIA2rQEADC1BABBtQQAiLUEAJm1BADgtQQA6LUEADi2BABItgQAkLYEAJK2BADotgQA9rYEAEC3BABRtwQAWPMSAJ+3BACw8xIA8bcEAEi4BABNuAQAoLgEAE64BACo5QQAprgEAPi4BAACuQQAULkEAFy5BACouQQArrkEAAC6BAAGugQAWLoEAF26BACwugQAtroEAAj0EgAWuwQAYLsEAHm7BAC4uwQAubsEABC8BAAtvAQAaLwEAHC8BADQ3wQAgrwEAMC8BADDvAQAGL0EAB29BAAQ9RIAib0EAMi9BADOvQQAIL4EAN69BADAjQUAIr4EAHi+BAB+vgQA0L4EAOS+BAAovwQAML8EAIC/BACNvwQA2L8EAN2/BAAwwAQAOsAEAIjABACQwAQA4MAEAPHABAA4wQQAPcEEAJDBBACSwQQA6MEEAO/BBABAwgQATMIEAJjCBACfwgQA8MIEAAzDBABIwwQAUMMEAGj1EgChwwQA+MMEAATEBABQxAQAXcQEAKjEBACwxAQAAMUEAAPFBABYxQQAY8UEALDFBACyxQQACMYEAA7GBABgxgQAbMYEALjGBAC/xgQAEMcEABjHBABoxwQAbccEAMDHBADZxwQAGMgEAETIBABwyAQAfMgEAMjIBADXyAQAIMkEACrJBAB4yQQAgMkEANDJBADgyQQAKMoEADbKBACAygQAkcoEANjKBADkygQAwPUSADXLBACIywQAkMsEAODLBADhywQAOMwEAPbLBAAgZAwAVcwEAJDMBACYzAQA6MwEAOzMBABAzQQARs0EAJjNBACazQQA8M0EAPHNBABIzgQASc4EAKDOBACszgQA+M4EAP7OBABQzwQAWM8EAKjPBACqzwQAANAEABvQBABY0AQAWtAEALDQBAC+0AQACNEEABnRBABg0QQAYtEEALjRBADR0QQAENIEACHSBABo0gQAdNIEABj2EgDO0gQAGNMEANzSBACInggALtMEAHDTBABx0wQAyNMEANnTBAAg1AQALNQEAHjUBACO1AQA0NQEANzUBAAo1QQANdUEAIDVBACK1QQA2NUEANrVBAAw1gQAOtYEAIjWBACW1gQA4NYEAOXWBAA41wQARdcEAJDXBACs1wQA6NcEAPDXBABw9hIATtgEAJjYBACx2AQA8NgEAPHYBABI2QQAZdkEAKDZBACo2QQA+NkEAAnaBABQ2gQAXtoEAKjaBADB2gQAANsEAAbbBABY2wQAWtsEALDbBAC22wQACNwEABzcBABg3AQAaNwEALjcBADF3AQAEN0EABXdBABo3QQAct0EAMDdBADI3QQAGN4EACjeBABw3gQAdd4EAMjeBADR3gQAIN8EAC3fBAB43wQAf98EAMj2EgDh3wQAKOAEADbgBACA4AQAmeAEANjgBADe4AQAMOEEADLhBACI4QQAjuEEAODhBAD04QQAOOIEAEDiBACQ4gQAneIEAOjiBADt4gQAQOMEAErjBACY4wQAoOMEAPDjBAAA5AQASOQEAE3kBACg5AQAqeQEAPjkBAAF5QQAUOUEAFflBAAg9xIAreUEAADmBAAB5gQAWOYEAGTmBACw5gQAtuYEAAjnBAAZ5wQAYOcEAHTnBAC45wQAx+cEABDoBAAV6AQAaOgEAHXoBADA6AQA0OgEABjpBAAm6QQAcOkEAIfpBADI6QQA0ekEACDqBAAm6gQAeOoEAITqBADQ6gQA1+oEACjrBABE6wQAgOsEAIjrBAB49xIA3usEADDsBAA27AQAiOwEAI3sBADg7AQA5uwEAND3EgA97QQAkO0EAJLtBADo7QQA7+0EAEDuBABO7gQAmO4EAKXuBADw7gQAB+8EAEjvBABQ7wQAoO8EAKHvBAD47wQA++8EAFDwBABk8AQAqPAEALfwBAAA8QQABfEEAFjxBABZ8QQAsPEEAMfxBACA+BIACvIEAGDyBABt8gQAuPIEAMXyBAAQ8wQAFfMEAGjzBABy8wQAwPMEAMjzBAAY9AQAKPQEAHD0BAB+9AQAyPQEANX0BAAg9QQAJ/UEAHj1BACA9QQA0PUEANL1BAAo9gQAMPYEAID2BACB9gQA2PYEAJb2BADokgUA3fYEADD3BAAz9wQAiPcEAJL3BADg9wQA9/cEADj4BAA++AQAkPgEAJz4BADo+AQA6/gEAED5BABd+QQAmPkEAKn5BADw+QQA+PkEAEj6BABP+gQAoPoEAKb6BAD4+gQABvsEAFD7BABr+wQAqPsEALT7BAAA/AQABvwEAFj8BABt/AQAsPwEALj8BAAI/QQAEv0EAGD9BABm/QQAuP0EAMb9BAAQ/gQAHP4EAGj+BABv/gQAwP4EAMj+BADY+BIAJv8EAHD/BACG/wQAyP8EANT/BAAgAAUAJQAFAHgABQCBAAUA0AAFANoABQAoAQUANAEFADjyBgBEAQUAgAEFAIgBBQAw+RIA3QEFADACBQA9AgUAiAIFAJUCBQDgAgUA7AIFADgDBQBHAwUAkAMFAJoDBQDoAwUA9gMFAEAEBQBFBAUAmAQFAKUEBQDwBAUA+AQFAIj5EgBWBQUAoAUFALYFBQD4BQUABAYFAFAGBQBVBgUAqAYFALEGBQAABwUACgcFAFgHBQBgBwUAsAcFALwHBQAICAUAGwgFAGAIBQBhCAUAuAgFAMYIBQAQCQUAFgkFAGgJBQB0CQUAwAkFAMcJBQDg+RIAIgoFAHAKBQB4CgUAyAoFAM4KBQDAaAoA1woFACALBQAlCwUAiHsFACYLBQB4CwUAhAsFANALBQDSCwUAKAwFADIMBQCADAUAjAwFANgMBQDgDAUAOPoSADgNBQCIDQUAlw0FAOANBQDlDQUAOA4FAEUOBQCQDgUAnQ4FAOgOBQD0DgUAQA8FAE8PBQCYDwUAog8FAPAPBQD+DwUASBAFAE0QBQCgEAUArRAFAPgQBQAAEQUAUBEFAFoRBQCoEQUArREFAAASBQAIEgUAWBIFAGMSBQCwEgUAtRIFAAgTBQALEwUAYBMFAGoTBQC4EwUAwBMFAJD6EgAVFAUAaBQFAHcUBQDAFAUAwhQFABgVBQApFQUAcBUFAHsVBQDIFQUAzRUFACAWBQAjFgUAeBYFAIIWBQDQFgUA2BYFACgXBQAqFwUAgBcFAI0XBQDYFwUA3xcFADAYBQA4GAUAiBgFAIkYBQDgGAUA5RgFADgZBQA+GQUAkBkFAJoZBQDoGQUA8BkFAOj6EgByGgUAmBoFAM8aBQDwGgUAChsFAEgbBQBuGwUAoBsFALobBQD4GwUAHhwFAFAcBQBqHAUAqBwFANEcBQAAHQUACB0FAFgdBQBaHQUAsB0FAL0dBQAIHgUADx4FAGAeBQBoHgUAuB4FALkeBQAQHwUAFR8FAGgfBQBuHwUAwB8FAMofBQAYIAUAICAFAED7EgCMIAUAmPsSANAgBQAgIQUAIiEFAHghBQCFIQUA0CEFANchBQAoIgUAMCIFAIAiBQCBIgUA2CIFAN0iBQAwIwUANiMFAIgjBQCSIwUA4CMFAOgjBQDw+xIAPSQFAJAkBQCSJAUA6CQFAO8kBQBAJQUATiUFAJglBQClJQUA8CUFAAcmBQBIJgUAUCYFAKAmBQCqJgUA+CYFALYmBQBIiQUAAycFAFAnBQBcJwUAqCcFALAnBQBI/BIAASgFAFgoBQAKKAUA8AwGABYoBQAA+QUAXSgFALAoBQCzKAUACCkFABIpBQBgKQUAdykFALgpBQC+KQUAECoFABwqBQBoKgUAayoFAMAqBQDdKgUAGCsFACkrBQBwKwUAjysFAMgrBQDQKwUAICwFACIsBQB4LAUAhywFANAsBQDaLAUAKC0FADYtBQCALQUAmy0FANgtBQDkLQUAMC4FADguBQCg/BIAlC4FAOAuBQDvLgUAOC8FAD0vBQCQLwUAli8FAOgvBQDvLwUAQDAFAEgwBQCYMAUAmjAFAPAwBQD3MAUASDEFAEoxBQCgMQUAoTEFAPgxBQACMgUAUDIFAFwyBQCoMgUArjIFAAAzBQAaMwUAWDMFAGAzBQCwMwUAxjMFAAg0BQAWNAUAYDQFAGM0BQC4NAUAuzQFABA1BQAeNQUAaDUFAHU1BQDANQUA1zUFABg2BQAgNgUAcDYFAHI2BQDINgUA0DYFACA3BQA3NwUAeDcFAIQ3BQDQNwUA5jcFACg4BQAwOAUAgDgFAI44BQDYOAUA4jgFADA5BQA4OQUAiDkFAI85BQDgOQUA7DkFADg6BQA5OgUAkDoFAJw6BQDoOgUA9ToFAEA7BQBHOwUAmDsFAJs7BQDwOwUA+DsFAEg8BQBNPAUAoDwFAK08BQD4PAUAKD0FAFA9BQBYPQUA+PwSALA9BQDIOBMAxD0FAAA+BQAIPgUAUP0SAGY+BQCwPgUAsj4FAAg/BQAZPwUAYD8FAGg/BQC4PwUAxD8FABBABQAWQAUAaEAFAG5ABQDAQAUAxUAFABhBBQAeQQUAqP0SAHVBBQDIQQUAfEEFAIgQDwDQQQUAIEIFACVCBQCwIQsAJkIFACBvDAAsQgUAEN4LAC9CBQB4QgUAMUIFAGBsDAA3QgUA6OAMAH1CBQDQQgUAfkIFAFANCgDdQgUAKEMFADVDBQCAQwUAjEMFANhDBQDnQwUAMEQFADpEBQAI/xIAkkQFAOBEBQDlRAUAOEUFAEBFBQBg/xIAlUUFAOhFBQDrRQUAQEYFAEpGBQCYRgUAwEYFABAAEwD2RgUASEcFAF5HBQCgRwUArkcFAPhHBQAFSAUAUEgFAFJIBQCoSAUAskgFAABJBQAMSQUAWEkFAF9JBQCwSQUAuEkFAAhKBQAPSgUAYEoFAGlKBQC4SgUAxEoFABBLBQAYSwUAaAATAG1LBQDASwUAyEsFABhMBQAnTAUAcEwFAHVMBQDITAUA1UwFACBNBQAtTQUAeE0FAIRNBQDQTQUA300FAChOBQAyTgUAgE4FAI5OBQDYTgUA3U4FADBPBQA9TwUAiE8FAJBPBQDgTwUA6k8FADhQBQBGUAUAkFAFAKZQBQDoUAUA9FAFAEBRBQBFUQUAmFEFAKFRBQDwUQUA+lEFAMAAEwBSUgUAoFIFAKxSBQD4UgUAAFMFABgBEwBVUwUAqFMFALVTBQAAVAUADVQFAFhUBQBkVAUAsFQFAL9UBQAIVQUAElUFAGBVBQB4VQUAuFUFAMJVBQAQVgUAHlYFAGhWBQB+VgUAwFYFAMxWBQAYVwUAHVcFAHBXBQB5VwUAyFcFANJXBQAgWAUAKFgFAHABEwCFWAUA0FgFAI5YBQDIOxIA3VgFAChZBQA0WQUAgFkFAI9ZBQDYWQUA4lkFADBaBQA+WgUAiFoFAJVaBQDgWgUA91oFADhbBQBAWwUAkFsFAJpbBQDoWwUA7VsFAEBcBQBIXAUAyAETAKRcBQDwXAUA9lwFAEhdBQBjXQUAoF0FAKxdBQD4XQUA/l0FACACEwBYXgUAeAITAK1eBQAAXwUADV8FAFhfBQBlXwUAsF8FALxfBQAIYAUAF2AFAGBgBQBqYAUAuGAFAMZgBQAQYQUAFWEFAGhhBQB1YQUAwGEFAMhhBQDQAhMAJGIFAHBiBQCAYgUAyGIFANFiBQAgYwUAI2MFAHhjBQCEYwUA0GMFANdjBQAoAxMANmQFAIBkBQCWZAUA2GQFAORkBQAwZQUAN2UFAIhlBQCQZQUA4GUFAOVlBQA4ZgUAQWYFAJBmBQCaZgUAgAMTAO1mBQBAZwUA9GYFALhrBQBIZwUAmGcFAJ5nBQDwZwUA9WcFAEhoBQBRaAUAoGgFAKpoBQD4aAUABGkFAFBpBQBYaQUA2AMTAK1pBQAAagUACGoFAFhqBQBjagUAsGoFALVqBQAIawUAC2sFAGBrBQBqawUAMAQTAMJrBQAQbAUAFGwFAGhsBQBtbAUAwGwFAMZsBQAYbQUAOG0FAHBtBQB4bQUAyG0FANZtBQAgbgUAI24FAHhuBQCAbgUA0G4FANluBQAobwUANW8FAIBvBQCGbwUA2G8FAORvBQAwcAUAMnAFAIhwBQCXcAUA4HAFAOtwBQA4cQUAOnEFAJBxBQCpcQUA6HEFAPlxBQBAcgUATHIFAIgEEwCgcgUA8HIFABBzBQBIcwUAVnMFAKBzBQCtcwUA+HMFAP9zBQBQdAUAbHQFAKh0BQCwdAUA4AQTAAV1BQBYdQUAZXUFALB1BQC9dQUACHYFABR2BQBgdgUAb3YFALh2BQDCdgUAEHcFACV3BQBodwUAcHcFAMB3BQDPdwUAGHgFABp4BQBweAUAeXgFAMh4BQDLeAUAIHkFACx5BQB4eQUAlHkFANB5BQDYeQUAOAUTAC16BQCAegUAlnoFANh6BQDkegUAMHsFAFN7BQCQBRMAlXsFAOB7BQDtewUAOHwFAER8BQCQfAUAn3wFAOh8BQDyfAUAQH0FAEh9BQCYfQUAon0FAPB9BQD1fQUASH4FAFB+BQDoBRMAtH4FAPh+BQAefwUAUH8FAHZ/BQCofwUAzn8FAACABQArgAUAWIAFAGCABQCwgAUA2oAFAAiBBQA6gQUAYIEFAIaBBQC4gQUA3oEFABCCBQBCggUAaIIFAJOCBQDAggUAyIIFABiDBQAdgwUAcOYFACeDBQBwgwUAdYMFAMiDBQDVgwUAIIQFAC2EBQB4hAUAhIQFANCEBQDfhAUAKIUFADKFBQCAhQUAjoUFANiFBQDdhQUAMIYFAD2GBQCIhgUAkIYFAOCGBQDmhgUAOIcFAOqGBQCw4wUARIcFAJCHBQCghwUA6IcFAPGHBQBAiAUAQ4gFAJiIBQCkiAUA8IgFAPeIBQBABhMAXIkFAKCJBQCjiQUA+IkFABWKBQBQigUAYYoFAKiKBQCvigUAAIsFABmLBQBYiwUAYIsFALCLBQDGiwUACIwFAA2MBQBgjAUAZ4wFALiMBQDBjAUAEI0FACGNBQBojQUAdI0FAJgGEwDCjQUAMJEFANSNBQAYjgUAG44FAHCOBQCNjgUAyI4FANmOBQAgjwUAL48FAHiPBQCJjwUA0I8FAN6PBQAokAUANJAFAICQBQCNkAUA2JAFAOKQBQDwBhMANpEFAIiRBQCWkQUA4JEFAOKRBQA4kgUAP5IFAJCSBQCpkgUASAcTAPySBQBAkwUAQ5MFAJiTBQC1kwUA8JMFAAGUBQBIlAUAUJQFAKCUBQCnlAUA+JQFAP6UBQBQlQUAXpUFAKiVBQDDlQUAAJYFAAyWBQBYlgUAXpYFALCWBQDFlgUACJcFABCXBQBglwUAapcFALiXBQC+lwUAEJgFAB6YBQBomAUAdJgFAMCYBQDHmAUAGJkFACCZBQCgBxMAeZkFAMiZBQDVmQUAIJoFAC6aBQB4mgUAh5oFANCaBQDSmgUAKJsFADKbBQCAmwUAjpsFANibBQDdmwUAMJwFAD2cBQCInAUAi5wFAOCcBQDsnAUAOJ0FAEudBQCQnQUAn50FAOidBQD0nQUAQJ4FAEGeBQCYngUAop4FAPCeBQD+ngUASJ8FAE2fBQCgnwUArZ8FAPgHEwD9nwUAUKAFAGagBQCooAUAvqAFAAChBQAJoQUAWKEFAGWhBQCwoQUAvqEFAAiiBQAXogUAYKIFAGKiBQC4ogUAwqIFABCjBQAeowUAaKMFAG2jBQDAowUAzaMFABikBQAbpAUAcKQFAHikBQDIpAUA2aQFACClBQAupQUAeKUFAIWlBQDQpQUA8KUFACimBQAwpgUAgKYFAJCmBQDYpgUA2qYFADCnBQA+pwUAiKcFAJmnBQAACRMA5qcFADioBQBEqAUAWAkTAJeoBQDoqAUAnagFADiiBwDvqAUAQKkFAEapBQCYqQUApKkFAPCpBQDzqQUASKoFAEuqBQCgqgUAyKoFAPiqBQAbqwUAUKsFAFurBQCoqwUArasFAACsBQADrAUAWKwFAGKsBQCwrAUA2KwFALAJEwANrQUAYK0FAG2tBQC4rQUAxa0FABCuBQAcrgUAaK4FAHeuBQDArgUAyq4FABivBQAgrwUAcK8FAHqvBQDIrwUAza8FACCwBQAosAUACAoTAIWwBQDQsAUA5LAFACixBQAwsQUAgLEFAIWxBQDYsQUA6LEFADCyBQA4sgUAiLIFAJKyBQDgsgUA67IFADizBQBEswUAkLMFAJizBQBgChMA6bMFAEC0BQBMtAUAmLQFAKe0BQDwtAUA/rQFAEi1BQBYtQUAoLUFAK61BQD4tQUABLYFAFC2BQBXtgUAqLYFALC2BQAAtwUAFrcFAFi3BQBstwUAsLcFALO3BQAIuAUAJbgFAGC4BQBxuAUAuLgFAMC4BQAQuQUAG7kFAGi5BQBtuQUAwLkFAMO5BQAYugUAIroFAHC6BQBzugUAuAoTAMq6BQCozggAzboFACC7BQAjuwUAeLsFAIK7BQDQuwUA2LsFACi8BQBHvAUAEAsTAJS8BQDYvAUA/rwFADC9BQBWvQUAiL0FAK69BQDgvQUAGb4FADi+BQBqvgUAkL4FALa+BQDovgUADr8FAEC/BQByvwUAmL8FALy/BQDwvwUADMAFAEjABQBQwAUAaAsTAKXABQD4wAUABcEFAFDBBQBdwQUAqMEFALTBBQAAwgUAD8IFAFjCBQBiwgUAsMIFAL7CBQAIwwUADcMFAGDDBQBtwwUAuMMFAMDDBQDACxMAHMQFAGjEBQB4xAUAwMQFAMnEBQAYxQUAG8UFAHDFBQB8xQUAyMUFAM/FBQAYDBMALsYFAHjGBQCOxgUA0MYFANzGBQAoxwUAL8cFAIDHBQCIxwUA2McFAN3HBQAwyAUAOcgFAIjIBQCSyAUAcAwTAOHIBQA4yQUARMkFAJDJBQCWyQUA6MkFAOrJBQBAygUASsoFAJjKBQCmygUA8MoFAPXKBQBIywUAVcsFAKDLBQCoywUA+MsFAALMBQBQzAUAXswFAKjMBQC+zAUAAM0FAAzNBQBYzQUAX80FALDNBQC4zQUACM4FAA3OBQBgzgUAac4FALjOBQDCzgUAyAwTABPPBQBozwUAhc8FAMDPBQDRzwUAGNAFACbQBQBw0AUAiNAFAMjQBQDL0AUAINEFAD3RBQB40QUAidEFANDRBQDo0QUAKNIFADTSBQCA0gUAk9IFANjSBQDn0gUAMNMFADzTBQCI0wUAidMFAODTBQDq0wUAONQFAEbUBQCQ1AUAldQFAOjUBQD11AUAIA0TAEXVBQCY1QUApdUFAPDVBQD91QUASNYFAFTWBQCg1gUAr9YFAPjWBQAC1wUAUNcFAF7XBQCo1wUArdcFAADYBQAN2AUAWNgFAGDYBQAoDhMAvNgFAAjZBQAY2QUAYNkFAGnZBQC42QUAu9kFABDaBQAc2gUAaNoFAG/aBQCADhMAztoFABjbBQAu2wUAcNsFAHzbBQDI2wUAz9sFACDcBQAo3AUAeNwFAH3cBQDQ3AUA2dwFACjdBQAy3QUA2A4TAIHdBQDY3QUA5N0FADDeBQA23gUAiN4FAIreBQDg3gUA6t4FADjfBQBG3wUAkN8FAJXfBQDo3wUA9d8FAEDgBQBI4AUAmOAFAKLgBQDw4AUA/uAFAEjhBQBe4QUAoOEFAKzhBQD44QUA/+EFAFDiBQBY4gUAqOIFAK3iBQAA4wUACeMFAFjjBQBi4wUAMA8TAL7jBQAI5AUAHuQFAGDkBQBs5AUAuOQFAL/kBQAQ5QUAGOUFAGjlBQBt5QUAwOUFAMnlBQAY5gUAIuYFAIgPEwBx5gUAyOYFANTmBQAg5wUAJucFAHjnBQB65wUA0OcFANrnBQAo6AUANugFAIDoBQCF6AUA2OgFAOXoBQAw6QUAOOkFAIjpBQCS6QUA4OkFAO7pBQA46gUATuoFAJDqBQCc6gUA6OoFAO/qBQBA6wUASOsFAJjrBQCd6wUA8OsFAPnrBQBI7AUAUuwFAOAPEwCi7AUAaO4NAK7sBQD47AUACe0FAFDtBQBV7QUAqO0FAL/tBQAA7gUAFO4FAFjuBQBw7gUAsO4FAL/uBQAI7wUADe8FAGDvBQBt7wUAuO8FAMXvBQAQ8AUAHPAFAGjwBQB38AUAwPAFAMrwBQAY8QUAIPEFAHDxBQCO8QUAyPEFANDxBQAg8gUAKfIFAHjyBQCF8gUA0PIFANLyBQAo8wUAQfMFAIDzBQCR8wUA2PMFAOTzBQAw9AUAOPQFADgQEwCN9AUA4PQFAOj0BQA49QUAR/UFAJD1BQCV9QUA6PUFAPX1BQBA9gUATfYFAJj2BQCk9gUA8PYFAP/2BQBI9wUAUvcFAKD3BQCo9wUA+PcFAAL4BQBQ+AUAVfgFAKj4BQCw+AUAkBATABT5BQBY+QUAW/kFALD5BQDN+QUACPoFABn6BQBg+gUAkvoFALj6BQDX+gUAEPsFABj7BQBo+wUAavsFAMD7BQDP+wUAGPwFACL8BQBw/AUAfvwFAMj8BQDj/AUAIP0FACz9BQB4/QUAgP0FAOgQEwDc/QUAKP4FADf+BQCA/gUAhf4FANj+BQDe/gUAMP8FADf/BQCI/wUAkP8FAOD/BQDi/wUAOAAGAD8ABgCQAAYAkgAGAOgABgDpAAYAQAEGAEoBBgCYAQYApAEGAPABBgD2AQYASAIGAGICBgCgAgYAqAIGAPgCBgAOAwYAUAMGAF4DBgCoAwYAqwMGAAAEBgADBAYAWAQGAGYEBgCwBAYAvQQGAAgFBgAfBQYAYAUGAGgFBgC4BQYAugUGABAGBgAYBgYAaAYGAH8GBgDABgYAzAYGABgHBgAuBwYAcAcGAHgHBgDIBwYA1gcGACAIBgAqCAYAeAgGAIAIBgDQCAYA1wgGACgJBgA0CQYAgAkGAIEJBgDYCQYA5AkGADAKBgA9CgYAiAoGAI8KBgDgCgYA4woGADgLBgBACwYAkAsGAJULBgDoCwYA9QsGAEAMBgBwDAYAmAwGAKAMBgBAERMA9gwGAEgNBgBWDQYAoA0GALENBgD4DQYA/Q0GAFAOBgBnDgYAqA4GALwOBgAADwYAHw8GAFgPBgBgDwYAsA8GALIPBgAIEAYAFxAGAGAQBgBqEAYAuBAGAMYQBgAQEQYAKxEGAGgRBgB0EQYAwBEGAMgRBgCYERMAJBIGAHASBgB/EgYAyBIGAM0SBgAgEwYAJhMGAHgTBgB/EwYA0BMGANgTBgAoFAYAKhQGAIAUBgCHFAYA2BQGANoUBgAwFQYAMRUGAIgVBgCSFQYA4BUGAOwVBgA4FgYAPhYGAJAWBgCqFgYA6BYGAPAWBgBAFwYAVhcGAJgXBgCmFwYA8BcGAPMXBgBIGAYASxgGAKAYBgCuGAYA+BgGAAUZBgBQGQYAZxkGAKgZBgCwGQYAABoGAAIaBgBYGgYAYBoGALAaBgDHGgYACBsGABQbBgBgGwYAdhsGALgbBgDAGwYAEBwGAB4cBgBoHAYAchwGAMAcBgDIHAYAGB0GAB8dBgBwHQYAfB0GAMgdBgDJHQYAIB4GACweBgB4HgYAhR4GANAeBgDXHgYAKB8GACsfBgCAHwYAiB8GANgfBgDdHwYAMCAGAD0gBgCIIAYAuCAGAOAgBgDoIAYA8BETAD0hBgCQIQYArCEGAOghBgDwIQYASBITAHoiBgCYIgYAviIGAPAiBgAZIwYASCMGAHojBgCgIwYAtSMGAPgjBgAAJAYAUCQGAFMkBgCoJAYAxSQGAAAlBgARJQYAWCUGAFslBgCwJQYAuiUGAAgmBgAKJgYAYCYGAGomBgC4JgYAxCYGABAnBgAsJwYAaCcGAHAnBgCgEhMA9ScGABgoBgAbKAYAcCgGAJYoBgDIKAYA8SgGACApBgBEKQYAeCkGAIApBgD4EhMA1SkGACgqBgA1KgYAgCoGAI0qBgDYKgYA5CoGADArBgA/KwYAiCsGAJIrBgDgKwYA7isGADgsBgA9LAYAkCwGAJ0sBgDoLAYA8CwGAEAtBgBKLQYAmC0GAKYtBgDwLQYABi4GAEguBgBULgYAoC4GAKUuBgD4LgYAAS8GAFAvBgBaLwYAqC8GAMQvBgAAMAYACDAGAFATEwBaMAYAsDAGAL4wBgAIMQYAGTEGAKgTEwBnMQYAABQTAL0xBgAQMgYAGDIGAGgyBgB3MgYAwDIGAMYyBgAYMwYAJDMGAHAzBgByMwYAyDMGANIzBgAgNAYALDQGAHg0BgCANAYAsBQTANU0BgAoNQYANzUGAIA1BgCgNQYA2DUGAOQ1BgAwNgYAOjYGAIg2BgCQNgYA4DYGAOI2BgA4NwYASDcGAJA3BgCaNwYA6DcGAPQ3BgBAOAYARjgGAJg4BgCgOAYACBUTAPU4BgBIOQYAUTkGAMj9DABVOQYAoDkGAF45BgDocRAAqjkGABg2EACtOQYA+DkGAAQ6BgBQOgYAXzoGAKg6BgCyOgYAADsGAAg7BgDw7wsADjsGAFg7BgBlOwYAsDsGAMc7BgAIPAYAEDwGAGA8BgBqPAYAuDwGAL08BgAQPQYAGD0GAGAVEwB1PQYAwD0GAM49BgAYPgYAKz4GAHA+BgB4PgYAyD4GAMs+BgAgPwYAJT8GAHg/BgCHPwYA0D8GAPA/BgAoQAYANEAGAIBABgCKQAYA2EAGAPRABgAwQQYAOEEGALgVEwCbQQYA4EEGAOZBBgA4QgYAREIGAJBCBgCaQgYA6EIGAO5CBgBAQwYATkMGAJhDBgCkQwYA8EMGAPNDBgBIRAYASUQGAKBEBgCsRAYA+EQGAP5EBgBQRQYAVkUGAKhFBgC0RQYAAEYGAB1GBgBYRgYAYUYGALBGBgC8RgYACEcGAAtHBgBgRwYAakcGALhHBgDERwYAEEgGABZIBgBoSAYAbkgGAMBIBgDFSAYAGEkGAB5JBgAQFhMAfEkGAMhJBgDKSQYAIEoGAC9KBgB4SgYAg0oGANBKBgDcSgYAKEsGAC9LBgCASwYAiEsGANhLBgDiSwYAMEwGADtMBgCITAYAlEwGAOBMBgDoTAYAGBcTADpNBgCQTQYAo00GAOhNBgDwTQYAQE4GAEZOBgCYTgYApE4GAPBOBgD6TgYASE8GAE5PBgCgTwYArk8GAPhPBgAEUAYAUFAGAFNQBgCoUAYAsFAGAABRBgABUQYAWFEGAGRRBgCwUQYAtlEGAAhSBgAQUgYAYFIGAGZSBgC4UgYAxFIGABBTBgAtUwYAaFMGAHFTBgDAUwYAzFMGABhUBgAbVAYAcFQGAHpUBgDIVAYA0FQGACBVBgAxVQYAeFUGAIZVBgDQVQYA5lUGAChWBgA2VgYAgFYGAIpWBgBwFxMA51YGADBXBgA7VwYAiFcGAJRXBgDgVwYA51cGADhYBgBAWAYAkFgGAJpYBgDoWAYA81gGAEBZBgBMWQYAmFkGAKBZBgDIFxMA8lkGAEhaBgBbWgYAoFoGAKhaBgD4WgYA/loGAFBbBgBcWwYAqFsGALJbBgAAXAYABlwGAFhcBgBmXAYAsFwGALxcBgAIXQYAC10GAGBdBgBoXQYAuF0GALldBgAQXgYAHF4GAGheBgBuXgYAwF4GAMheBgAYXwYAHl8GAHBfBgB8XwYAyF8GAOVfBgAgYAYAKWAGAHhgBgCEYAYA0GAGANNgBgAoYQYAMmEGAIBhBgCIYQYA2GEGAOlhBgAwYgYAPmIGAIhiBgCeYgYA4GIGAO5iBgA4YwYAQmMGAJBjBgCYYwYA6GMGAAtkBgAgGBMAS2QGAJhkBgCmZAYA8GQGAP9kBgBIZQYAU2UGAKBlBgCoZQYA+GUGAAZmBgBQZgYAU2YGAKhmBgCwZgYAeBgTABxnBgDQGBMAWmcGALBnBgC9ZwYACGgGABVoBgBgaAYAZWgGALhoBgDCaAYAEGkGAB9pBgBoaQYAbWkGAMBpBgDNaQYAGGoGACVqBgBwagYAfGoGAMhqBgDXagYAIGsGACprBgB4awYAhGsGANBrBgDWawYAKGwGAC5sBgCAbAYAhWwGANhsBgDebAYAKBkTADVtBgCQjwYAQW0GAIhtBgCWbQYA4G0GAOxtBgA4bgYARW4GAJBuBgCabgYA6G4GAARvBgBAbwYAXG8GAIAZEwCabwYA8G8GAP1vBgBIcAYAVXAGAKBwBgClcAYA+HAGAAJxBgBQcQYAX3EGAKhxBgCtcQYAAHIGAA1yBgBYcgYAZXIGALByBgC8cgYACHMGABdzBgBgcwYAanMGALhzBgDEcwYAEHQGABZ0BgBodAYAbnQGAMB0BgDFdAYAGHUGAB51BgDYGRMAfHUGAMh1BgDPdQYAIHYGAC52BgB4dgYAe3YGANB2BgDYdgYAKHcGAC13BgCAdwYAjXcGANh3BgDgdwYAMBoTADV4BgCIeAYAl3gGAOB4BgDieAYAOHkGAEl5BgCQeQYAm3kGAOh5BgDteQYAQHoGAEN6BgCYegYAonoGAPB6BgAMewYAiBoTAE97BgCgewYArnsGAPh7BgD7ewYAUHwGAF98BgCofAYArXwGAAB9BgANfQYAWH0GAGV9BgCwfQYAvH0GAAh+BgAXfgYAYH4GAGp+BgC4fgYAxn4GABB/BgAVfwYAaH8GAHV/BgDAfwYAzH8GABiABgArgAYAcIAGAH+ABgDIgAYA1IAGACCBBgAhgQYAeIEGAIKBBgDQgQYA3oEGACiCBgAtggYAgIIGAI2CBgDgGhMA2oIGADCDBgA+gwYAiIMGAJmDBgDoGxMA54MGAEAcEwA9hAYAkIQGAJiEBgDohAYA94QGAECFBgBFhQYAmIUGAKWFBgDwhQYA/YUGAEiGBgBUhgYAoIYGAK+GBgD4hgYAAocGAPAcEwBShwYAqIcGAMOHBgAAiAYAAogGAFiIBgByiAYAsIgGAL2IBgAIiQYAFIkGAGCJBgBqiQYAuIkGANKJBgAQigYAH4oGAGiKBgBtigYAwIoGAM2KBgAYiwYAJYsGAHCLBgB8iwYAyIsGANeLBgAgjAYAKowGAHiMBgCEjAYA0IwGAOOMBgAojQYAN40GAICNBgCMjQYA2I0GANmNBgAwjgYAOo4GAIiOBgCWjgYA4I4GAOWOBgA4jwYARY8GAEgdEwCdjwYA6I8GAPWPBgBAkAYATJAGAJiQBgCnkAYA8JAGAPqQBgBIkQYAVpEGAKCRBgClkQYA+JEGAAWSBgBQkgYAXJIGAKiSBgC7kgYAAJMGAA+TBgBYkwYAZJMGALCTBgCxkwYACJQGABKUBgBglAYAbpQGALiUBgC9lAYAEJUGAB2VBgCgHRMAdZUGAMCVBgDClQYAGJYGADGWBgBwlgYAgZYGAMiWBgDUlgYAIJcGACiXBgCoHhMAfZcGANCXBgDYlwYAKJgGADeYBgCAmAYAhZgGANiYBgDlmAYAMJkGAD2ZBgCImQYAlJkGAOCZBgDvmQYAOJoGAEKaBgAAHxMAo5oGAOiaBgD3mgYAQJsGAEybBgCYmwYAmZsGAPCbBgD6mwYASJwGAFacBgCgnAYApZwGAPicBgAFnQYAWB8TAFWdBgConQYAtZ0GAACeBgANngYAWJ4GAGSeBgCwngYAv54GAAifBgASnwYAYJ8GAG6fBgC4nwYAvZ8GABCgBgAdoAYAaKAGAHCgBgBgIBMAzKAGABihBgAooQYAcKEGAHmhBgDIoQYAy6EGACCiBgAsogYAeKIGAH+iBgC4IBMA26IGACijBgApowYAgKMGAJijBgDYowYA5aMGADCkBgA8pAYAiKQGAJKkBgDgpAYA5KQGADilBgA9pQYAkKUGAJalBgDopQYACKYGAECmBgBYpgYAmKYGAK+mBgDwpgYA/KYGAEinBgBSpwYAoKcGAKKnBgD4pwYA/6cGAFCoBgBXqAYAqKgGAK6oBgAAqQYADKkGAFipBgBbqQYAsKkGALOpBgAIqgYAFKoGAGCqBgBjqgYAECETAL2qBgAQqwYAGKsGAGirBgBuqwYAwKsGAMWrBgAYrAYAIawGAHCsBgB6rAYAyKwGANSsBgAgrQYAKK0GAGghEwB9rQYA0K0GANitBgAorgYAM64GAICuBgCFrgYA2K4GANuuBgAwrwYAOq8GAMAhEwCQrwYA4K8GAOSvBgA4sAYAOrAGAJCwBgCTsAYA6LAGAPCwBgBAsQYATbEGAJixBgCdsQYA8LEGAPqxBgBIsgYAULIGAKCyBgChsgYA+LIGAP2yBgBQswYAU7MGAKizBgCrswYAALQGAA60BgBYtAYAcbQGALC0BgDBtAYACLUGABS1BgBgtQYAaLUGABgiEwC9tQYAELYGABi2BgBotgYAd7YGAMC2BgDFtgYAGLcGACW3BgBwtwYAfbcGAMi3BgDUtwYAILgGAC+4BgB4uAYAgrgGANC4BgDYuAYAKLkGADK5BgCAuQYAhbkGANi5BgDguQYAcCITADu6BgCIugYAlLoGAOC6BgDougYAyCITAES7BgCQuwYAl7sGAOi7BgD2uwYAQLwGAEO8BgCYvAYAoLwGAPC8BgDzvAYASL0GAFS9BgCgvQYApr0GAPi9BgATvgYAUL4GAFy+BgCovgYArr4GAAC/BgAjvwYAWL8GAFu/BgCwvwYA1L8GACAjEwANwAYAYMAGAG3ABgC4wAYAxcAGABDBBgAcwQYAaMEGAHfBBgDAwQYAysEGABjCBgAmwgYAcMIGAHXCBgDIwgYA1cIGACDDBgAowwYAeCMTAIXDBgDQwwYA2MMGACjEBgBBxAYAgMQGAIbEBgDYxAYA3cQGADDFBgBQxQYAiMUGAJTFBgDgxQYA7cUGADjGBgBAxgYAkMYGAJPGBgDoxgYA8sYGAEDHBgBCxwYAmMcGAKLHBgDwxwYA/McGANAjEwBeyAYAoMgGAKzIBgD4yAYA/cgGAFDJBgAAyQYAOC4UAFnJBgCoyQYAsskGAADKBgAIygYAeNgKAAzKBgBYygYAI8oGAAgXCwBeygYAsMoGAGvKBgAoKA4AtsoGAAjLBgANywYAYMsGAGbLBgAoJBMAxssGABDMBgAmzAYAaMwGAHTMBgDAzAYAxcwGABjNBgAhzQYAcM0GAHrNBgDIzQYA0M0GACDOBgAvzgYAeM4GAH3OBgDQzgYA3c4GACjPBgA1zwYAgM8GAIzPBgDYzwYA588GADDQBgA60AYAiNAGAJbQBgDg0AYA7dAGADjRBgBP0QYAkNEGAJjRBgDo0QYA8tEGAEDSBgBF0gYAmNIGAKDSBgAwJRMA/NIGAEjTBgBO0wYAoNMGALvTBgD40wYABNQGAFDUBgBW1AYAiCUTAK7UBgDQ4g4Au9QGAADVBgAP1QYAWNUGAGTVBgCw1QYAsdUGAAjWBgAS1gYAYNYGAG7WBgC41gYAvdYGABDXBgAd1wYA4CUTAG3XBgDA1wYAyNcGABjYBgAb2AYAcNgGAHnYBgDI2AYA19gGACDZBgAr2QYAeNkGAIDZBgDQ2QYA4NkGACjaBgA22gYAgNoGAJHaBgDY2gYA5NoGADDbBgA42wYA6CYTAI7bBgDg2wYA6NsGADjcBgA/3AYAkNwGAJ7cBgDo3AYA7twGAEDdBgBM3QYAmN0GAKfdBgDw3QYA+t0GAEjeBgBN3gYAoN4GAKbeBgD43gYADN8GAFDfBgBY3wYAqN8GANLfBgAA4AYACeAGAFjgBgBl4AYAsOAGAL7gBgAI4QYAG+EGAGDhBgB84QYAQCcTAL3hBgAQ4gYAHeIGAGjiBgB14gYAwOIGAMziBgAY4wYAJ+MGAHDjBgB64wYAyOMGANbjBgAg5AYAJeQGAHjkBgCF5AYA0OQGANjkBgCYJxMANOUGAIDlBgCQ5QYA2OUGAOHlBgAw5gYAM+YGAIjmBgCU5gYA4OYGAOfmBgDwJxMAYucGAJDnBgCZ5wYA6OcGAPXnBgBA6AYATugGAJjoBgCr6AYA8OgGAAzpBgBIKBMAVukGAKDpBgC26QYA+OkGAATqBgBQ6gYAV+oGAKjqBgCw6gYAAOsGAAXrBgBY6wYAYesGALDrBgC66wYAoCgTAAnsBgBg7AYAbOwGALjsBgC+7AYAEO0GABLtBgBo7QYAcu0GAMDtBgDO7QYAGO4GAB3uBgBw7gYAfe4GAMjuBgDQ7gYAIO8GACrvBgB47wYAhu8GANDvBgDm7wYAKPAGADTwBgCA8AYAh/AGANjwBgDg8AYAMPEGADXxBgCI8QYAkfEGAODxBgDq8QYA+CgTAD7yBgCQ8gYAlvIGAOjyBgDt8gYAQPMGAEbzBgBQKRMAnfMGAPDzBgD98wYASPQGAFX0BgCg9AYArPQGAPj0BgAH9QYAUPUGAFr1BgCo9QYAtvUGAAD2BgAF9gYAWPYGAGX2BgCw9gYAuPYGAFgqEwAW9wYAYPcGAHb3BgC49wYAxPcGABD4BgAV+AYAaPgGAHH4BgDA+AYAyvgGALAqEwAk+QYAcPkGAIH5BgDI+QYA1PkGACD6BgAv+gYAePoGAIL6BgDQ+gYA3voGACj7BgAt+wYAgPsGAI37BgDY+wYA4vsGADD8BgDk+wYA+P8GAD78BgCI/AYAnvwGAOD8BgDs/AYAOP0GAD39BgCQ/QYAmf0GAOj9BgDy/QYAQP4GAEz+BgCY/gYAnv4GAPD+BgD2/gYASP8GAE3/BgCg/wYApv8GAAgrEwD+/wYAUAAHAFYABwCoAAcArQAHAAABBwAGAQcAYCsTAGYBBwCwAQcAxgEHAAgCBwAUAgcAYAIHAGUCBwC4AgcAwQIHABADBwAaAwcAaAMHAHQDBwDAAwcA0wMHABgEBwAnBAcAcAQHAHwEBwDIBAcAyQQHACAFBwAqBQcAeAUHAIYFBwDQBQcA1QUHACgGBwA1BgcAuCsTAI8GBwDYBgcA+AYHADAHBwA8BwcAiAcHAJIHBwDgBwcA5QcHADgIBwA5CAcAkAgHAJwIBwDoCAcA9QgHAEAJBwBMCQcAmAkHAKsJBwDwCQcA/wkHAEgKBwBUCgcAoAoHAKEKBwD4CgcAAgsHAFALBwBeCwcAqAsHAK0LBwAADAcADQwHABAsEwB0DAcAaCwTALYMBwAIDQcADg0HAGANBwBlDQcAuA0HAL4NBwDALBMAFQ4HAGgOBwBrDgcAwA4HAMwOBwAYDwcAHg8HAHAPBwCLDwcAyA8HANQPBwAgEAcAJhAHAHgQBwB6EAcA0BAHAOsQBwAoEQcAKhEHAIARBwCOEQcA2BEHAOkRBwAwEgcAMhIHAIgSBwChEgcA4BIHAPESBwA4EwcARBMHAMgtEwCaEwcA6BMHAPYTBwBAFAcAVhQHAJgUBwCkFAcA8BQHAPUUBwBIFQcAURUHAKAVBwCqFQcA+BUHAAAWBwBQFgcAVRYHAKgWBwC3FgcAABcHAA8XBwBYFwcAYRcHALAXBwC2FwcACBgHAA4YBwBgGAcAbBgHALgYBwC/GAcAEBkHABgZBwBoGQcAahkHAMAZBwDQGQcAGBoHACIaBwBwGgcAfBoHAMgaBwDOGgcAIBsHACgbBwAgLhMAhBsHANAbBwDhGwcAKBwHADQcBwCAHAcAjxwHANgcBwDiHAcAMB0HAD4dBwCIHQcAjR0HAOAdBwDtHQcAOB4HAEAeBwCQHgcAmh4HAPg2BwCcHgcA6B4HAO4eBwBAHwcARh8HAJgfBwCdHwcA8B8HAPYfBwB4LhMAVCAHAKAgBwCmIAcA+CAHABMhBwBQIQcAXCEHAKghBwCuIQcAACIHAAgiBwBYIgcAWyIHALAiBwC8IgcACCMHABkjBwBgIwcAbCMHALgjBwDHIwcAECQHABokBwBoJAcAdiQHAMAkBwDFJAcAGCUHACUlBwBwJQcAeCUHAMglBwDSJQcAICYHAC4mBwB4JgcAjiYHANAmBwDcJgcAKCcHAC0nBwCAJwcAiScHANgnBwDiJwcAgC8TADYoBwCIKAcAjigHAOAoBwDsKAcAOCkHAEUpBwCQKQcAmikHAOgpBwDwKQcAQCoHAEoqBwCYKgcAnSoHAPAqBwDxKgcASCsHAE0rBwCgKwcAsSsHAPgrBwD9KwcAUCwHAGcsBwCoLAcAvCwHAAAtBwAcLQcAWC0HAGAtBwDYLxMAuC0HAAguBwASLgcAYC4HAHQuBwC4LgcAuS4HABAvBwAcLwcAaC8HAIQvBwDALwcAyC8HADAwEwAhMAcAcDAHAH4wBwDIMAcAfzAHALC7CwDSMAcAIDEHACIxBwB4MQcAkTEHANAxBwDhMQcAKDIHADQyBwCAMgcAiDIHAIgwEwDkMgcAMDMHADYzBwCIMwcAozMHAOAzBwDsMwcAODQHAD40BwCQNAcAkzQHAOg0BwDwNAcAQDUHAFA1BwCYNQcAnTUHAPA1BwD5NQcASDYHAFU2BwCgNgcApzYHAOAwEwAGNwcAUDcHAGY3BwCoNwcAtDcHAAA4BwAFOAcAWDgHAGE4BwCwOAcAujgHAAg5BwAkOQcAYDkHAGg5BwA4MRMAvTkHABA6BwAYOgcAaDoHAGo6BwDAOgcA2zoHABg7BwAaOwcAcDsHAH47BwDIOwcA2TsHACA8BwAiPAcAeDwHAJE8BwDQPAcA4TwHACg9BwA0PQcAgD0HAIg9BwCQMRMA5D0HADA+BwA2PgcAiD4HAKM+BwDgPgcA7D4HADg/BwA+PwcAkD8HAJM/BwDoMRMABUAHAEBABwBBQAcAmEAHAKdABwDwQAcA9UAHAEhBBwBVQQcAoEEHAK1BBwD4QQcABEIHAFBCBwBfQgcAqEIHALJCBwAAQwcADkMHAFhDBwBdQwcAsEMHAL1DBwAIRAcAFEQHAGBEBwBmRAcAuEQHAHNEBwC4WgcAvkQHABBFBwAVRQcAaEUHAG5FBwBAMhMAxUUHABhGBwA4RgcAcEYHAHxGBwDIRgcAzkYHACBHBwAoRwcA2HQHAClHBwB4RwcAhUcHANBHBwDWRwcAKEgHADRIBwCASAcAgkgHANhIBwDnSAcAMEkHADtJBwCISQcAikkHAOBJBwD5SQcAOEoHAElKBwCQSgcAnEoHAOhKBwD0SgcAQEsHAFNLBwCYSwcAp0sHAPBLBwD8SwcASEwHAElMBwCgTAcAqkwHAPhMBwAGTQcAUE0HAFVNBwCoTQcAtU0HAJgyEwANTgcAWE4HAGxOBwCwTgcAzE4HAAhPBwAkTwcA8DITAG9PBwC4TwcAuU8HABBQBwAfUAcAaFAHAG1QBwDAUAcAzVAHABhRBwAlUQcAcFEHAHxRBwDIUQcA11EHACBSBwAqUgcAeFIHAIZSBwDQUgcA1VIHAChTBwA1UwcAgFMHAJBTBwDYUwcA2lMHADBUBwA+VAcAiFQHAJlUBwBIMxMA51QHAKAzEwA9VQcAkFUHAJ1VBwDoVQcA9VUHAEBWBwBGVgcAmFYHAKRWBwDwVgcAAFcHAEhXBwBRVwcAoFcHAKNXBwD4VwcABFgHAFBYBwBXWAcA+DMTALRYBwAAWQcAEFkHAFhZBwBhWQcAsFkHALNZBwAIWgcAFFoHAGBaBwBnWgcAUDQTAMdaBwAQWwcAHFsHAGhbBwBpWwcAwFsHAMpbBwAYXAcAJlwHAHBcBwB1XAcAyFwHANVcBwCoNBMAJV0HAHhdBwCHXQcA0F0HAPBdBwAoXgcANF4HAIBeBwCKXgcA2F4HAOBeBwAwXwcAPF8HAIhfBwCOXwcA4F8HAOZfBwA4YAcAPWAHAJBgBwCWYAcAsDUTAO1gBwBAYQcASWEHAJhhBwCpYQcA8GEHAPdhBwBIYgcAUGIHAKBiBwCtYgcA+GIHAP1iBwBQYwcAWmMHAKhjBwCwYwcAAGQHAA9kBwBYZAcAXWQHALBkBwC9ZAcACGUHABVlBwBgZQcAbGUHALhlBwDHZQcAEGYHABpmBwBoZgcAcGYHAMBmBwDKZgcAGGcHAB1nBwBwZwcAeGcHALg2EwDNZwcAIGgHACNoBwB4aAcAgmgHABA3EwDWaAcAKGkHAC1pBwCAaQcAoGkHANhpBwDkaQcAMGoHADZqBwCIagcAi2oHAOBqBwDiagcAOGsHAFNrBwCQawcAkmsHAOhrBwD2awcAQGwHAFFsBwCYbAcAmmwHAPBsBwAJbQcASG0HAFltBwCgbQcArG0HAGg3EwAIbgcAUG4HAHBuBwCobgcAqm4HAABvBwAMbwcAgB8RAA9vBwCggwcAHG8HAGCRBwAsbwcAWG8HAFtvBwCwbwcAv28HAAhwBwANcAcAYHAHAG1wBwC4cAcAxXAHABBxBwAccQcAaHEHAHdxBwDAcQcAynEHABhyBwAmcgcAcHIHAHVyBwDIcgcA1XIHACBzBwAscwcAeHMHAH5zBwDQcwcA1nMHACh0BwAtdAcAgHQHAIZ0BwDANxMA7nQHADB1BwAydQcAiHUHAJx1BwDgdQcA6HUHADh2BwBFdgcAkHYHAJV2BwDodgcA8nYHAEB3BwBIdwcAmHcHALF3BwDwdwcA/HcHAEh4BwBQeAcAGDgTALt4BwD4eAcA+ngHAFB5BwBeeQcAqHkHALl5BwAAegcAAnoHAFh6BwBxegcAsHoHAMF6BwAIewcAFHsHAHA4EwBlewcAuHsHAMF7BwAQfAcAIXwHAGh8BwBvfAcAwHwHAMh8BwAYfQcAJX0HAHB9BwB1fQcAyH0HANJ9BwAgfgcAKH4HAHh+BwCRfgcA0H4HANx+BwAofwcAMH8HACA5EwCDfwcA2H8HAOJ/BwAwgAcAMoAHAIiABwChgAcA4IAHAPGABwA4gQcARoEHAJCBBwCTgQcA6IEHAPOBBwBAggcATIIHAJiCBwCfggcAeDkTAPGCBwBIgwcAY4MHANA5EwClgwcA+IMHAAWEBwBQhAcAXYQHAKiEBwC0hAcAAIUHAA+FBwBYhQcAYoUHALCFBwC+hQcACIYHAA2GBwBghgcAbYYHALiGBwDEhgcAEIcHABaHBwBohwcAbocHAMCHBwDFhwcAGIgHAB6IBwAoOhMAfYgHAMiIBwDKiAcAIIkHADmJBwB4iQcAiYkHANCJBwDciQcAKIoHADCKBwAwOxMAhYoHANiKBwDgigcAMIsHAEmLBwCIiwcAjYsHAOCLBwDliwcAOIwHAEKMBwCQjAcAk4wHAOiMBwDyjAcAQI0HAEaNBwCYjQcAmo0HAPCNBwDxjQcASI4HAFCOBwCgjgcAsI4HAPiOBwD+jgcAUI8HAFWPBwCojwcAvo8HAACQBwAIkAcAWJAHAIKQBwCwkAcA05AHAAiRBwAnkQcAiDsTAGiRBwDgOxMAyZEHABCSBwAekgcAaJIHAHSSBwDAkgcAzZIHABiTBwAikwcAcJMHAHiTBwDIkwcA05MHACCUBwAilAcAeJQHAHuUBwDQlAcA2JQHACiVBwAulQcAgJUHAImVBwDYlQcA5ZUHADCWBwA4lgcAiJYHAI2WBwDglgcA6ZYHADiXBwBClwcAkJcHAJiXBwDolwcA7ZcHAECYBwBQmAcAmJgHAKCYBwDwmAcA8pgHAEiZBwBjmQcAoJkHAKKZBwD4mQcABpoHAFCaBwBhmgcAqJoHAKqaBwAAmwcAGZsHAFibBwBpmwcAsJsHALybBwAInAcAEJwHADg8EwBmnAcAuJwHAL2cBwAQnQcAMJ0HAGidBwB0nQcAwJ0HAMadBwAYngcAG54HAHCeBwB4ngcAyJ4HANKeBwAgnwcAJZ8HAHifBwCAnwcA0J8HANqfBwAooAcAKqAHAICgBwCRoAcA2KAHAPigBwAwoQcAOKEHAIihBwCSoQcA4KEHAOWhBwCQPBMATKIHAJCiBwCYogcA6KIHAO2iBwBAowcAUKMHAJijBwCgowcA8KMHAPqjBwBIpAcAU6QHAKCkBwCspAcA+KQHAAClBwDoPBMAXKUHAKilBwC0pQcAAKYHAAemBwBYpgcAYKYHALCmBwDJpgcACKcHAA6nBwBgpwcAZacHALinBwDYpwcAEKgHAByoBwBoqAcAbqgHAMCoBwDDqAcAQD0TABqpBwBwqQcAJqkHAKBMEgBzqQcAyKkHANKpBwAgqgcALqoHAHiqBwCHqgcA0KoHANOqBwAoqwcA6KoHAHjsBwDsqgcAwMkHADSrBwCAqwcAgqsHANirBwDeqwcAMKwHAD+sBwCIrAcAk6wHAOCsBwDorAcAeC4IAPqsBwA4rQcARK0HAJCtBwCjrQcA6K0HAPetBwBArgcATK4HAJiuBwCZrgcA8K4HAPquBwBIrwcAVq8HAKCvBwClrwcA+K8HAAWwBwCYPRMAarAHAKiwBwC3sAcAALEHAAWxBwBYsQcAZbEHALCxBwC9sQcACLIHABSyBwBgsgcAb7IHALiyBwDCsgcAELMHAB6zBwBoswcAbbMHAMCzBwDNswcAGLQHACS0BwBwtAcAdrQHAMi0BwDOtAcAILUHACW1BwB4tQcAfrUHAPA9EwDRtQcAKLYHANm1BwCocAoA3bUHAJhYCgDftQcA8DIIAPC1BwBI5A8ANLYHAIC2BwCGtgcAGAkJAI22BwDYtgcA27YHADC3BwA8twcAiLcHAIq3BwDgtwcA5rcHADi4BwBHuAcAkLgHAJu4BwDouAcA6bgHAEC5BwBUuQcAmLkHALK5BwDwuQcA/LkHAEi6BwBbugcAoLoHAK+6BwD4ugcABLsHAFC7BwBRuwcAqLsHALK7BwAAvAcADrwHAFi8BwBdvAcAsLwHAL28BwBIPhMAIr0HAGC9BwBvvQcAuL0HAL29BwAQvgcAHb4HAGi+BwB1vgcAwL4HAMy+BwAYvwcAJ78HAHC/BwB6vwcAyL8HANa/BwAgwAcAJcAHAHjABwCFwAcA0MAHANzABwAowQcALsEHAIDBBwCGwQcA2MEHAN3BBwAwwgcANsIHAKA+EwCWwgcA4MIHAPvCBwA4wwcARsMHAJDDBwCdwwcA6MMHAP/DBwBAxAcAT8QHAJjEBwCdxAcA8MQHAP3EBwBIxQcAVcUHAKDFBwCsxQcA+MUHAAfGBwBQxgcAWsYHAKjGBwC2xgcAAMcHAAXHBwBYxwcAZccHALDHBwCzxwcACMgHABTIBwBgyAcAZsgHALjIBwC+yAcAEMkHABXJBwBoyQcAbskHAPg+EwDcyQcAUD8TAB7KBwBwygcAcsoHAMjKBwDVygcAIMsHACPLBwB4ywcAecsHANDLBwDVywcAKMwHAC7MBwCAzAcAiswHANjMBwD0zAcAMM0HAEzNBwCoPxMAjs0HAODNBwDizQcAOM4HAEXOBwCQzgcAk84HAOjOBwDpzgcAQM8HAEXPBwCYzwcAns8HAPDPBwD6zwcASNAHAGTQBwCg0AcAvNAHAABAEwD+0AcAUNEHAFbRBwCo0QcArdEHAADSBwAG0gcAWEATAFrSBwCw0gcAvtIHAAjTBwAZ0wcAYEETAGfTBwC4QRMAvdMHABDUBwAY1AcAaNQHAG3UBwDA1AcAd9QHAGDpBwDB1AcAGNUHACTVBwBw1QcAfdUHAMjVBwDQ1QcAINYHACrWBwB41gcAh9YHANDWBwDR1gcAKNcHADDXBwCA1wcAj9cHANjXBwDd1wcAMNgHAD3YBwCI2AcAldgHAODYBwDs2AcAONkHAEfZBwCQ2QcAmtkHAOjZBwD22QcAQNoHAEXaBwCY2gcApdoHAPDaBwD42gcASNsHAFLbBwCg2wcApdsHAPjbBwAA3AcAaEITAFXcBwCo3AcAsdwHANDhBwC13AcAAN0HAA3dBwBY3QcAZN0HALDdBwC/3QcACN4HABLeBwBg3gcAbt4HALjeBwC93gcAEN8HAB3fBwBo3wcAcN8HAMBCEwDM3wcAGOAHACjgBwBw4AcAeeAHAMjgBwDL4AcAIOEHACzhBwB44QcAf+EHABhDEwDh4QcAKOIHAC/iBwCA4gcAjeIHANjiBwD34gcAMOMHADrjBwCI4wcAkOMHAODjBwDv4wcAOOQHAD3kBwCQ5AcAneQHAOjkBwD15AcAQOUHAEzlBwCY5QcAp+UHAPDlBwD65QcASOYHAFDmBwCg5gcAquYHAPjmBwD95gcAUOcHAFjnBwBwQxMAtOcHAADoBwAG6AcAWOgHAHPoBwCw6AcAvOgHAAjpBwAO6QcAyEMTAGXpBwC46QcAxekHABDqBwAd6gcAaOoHAHTqBwDA6gcAz+oHABjrBwAi6wcAIEQTAHrrBwDI6wcAzesHACDsBwAo7AcAeEQTAILsBwDQ7AcA1uwHACjtBwAq7QcAgO0HAI3tBwDY7QcA2+0HADDuBwAx7gcAiO4HAI3uBwDg7gcA5u4HADjvBwBC7wcAkO8HAKrvBwDo7wcA9+8HAEDwBwBF8AcAmPAHAKXwBwDw8AcA/fAHAEjxBwBU8QcAoPEHAK/xBwD48QcAAvIHAFDyBwBe8gcAqPIHAK3yBwAA8wcADfMHAFjzBwBi8wcAUP0HAGTzBwCw8wcAtvMHAAj0BwAO9AcAYPQHAGX0BwC49AcAvvQHANBEEwAV9QcAaPUHAHX1BwDA9QcAzfUHABj2BwAk9gcAcPYHAH/2BwDI9gcA0vYHACD3BwAu9wcAePcHAH33BwDQ9wcA3fcHACj4BwAw+AcA2EUTAIb4BwDY+AcA3vgHADD5BwA1+QcAiPkHAI75BwAwRhMA4vkHADj6BwBB+gcAkPoHAJP6BwDo+gcA9PoHAED7BwBH+wcAmPsHAKD7BwDw+wcACfwHAEj8BwBc/AcAoPwHALz8BwD4/AcAAP0HAOBGEwBe/QcAqP0HAL79BwAA/gcADP4HAFj+BwBd/gcAsP4HALn+BwAI/wcAEv8HAGD/BwB8/wcAuP8HAMD/BwA4RxMAFQAIAGgACAB1AAgAwAAIAM0ACAAYAQgAJAEIAHABCAB/AQgAyAEIANIBCAAgAggALgIIAHgCCAB9AggA0AIIAN0CCAAoAwgAMAMIAJBHEwCOAwgA2AMIAO4DCAAwBAgAPAQIAIgECACNBAgA4AQIAOkECAA4BQgAQgUIAJAFCACYBQgA6AUIAPcFCABABggAQgYIAJgGCAChBggA8AYIAPMGCABIBwgAVAcIAKAHCACnBwgA+AcIAAAICABQCAgAaQgIAKgICAC8CAgAAAkIABwJCABYCQgAYAkIAOhHEwC1CQgACAoIABUKCABgCggAbQoIALgKCADECggAEAsIAB8LCABoCwgAcgsIAMALCADKCwgAGAwIACYMCABwDAgAhgwIAMgMCADUDAgAIA0IACUNCAB4DQgAgQ0IANANCADaDQgAKA4IADQOCACADggAhg4IANgOCADeDggAMA8IADUPCACIDwgAjg8IAEBIEwDsDwgAOBAIADwQCACQEAgAnxAIAOgQCADtEAgAQBEIAE0RCACYEQgApREIAPARCAD8EQgASBIIAFcSCACgEggAqhIIAPgSCAAGEwgAUBMIAFUTCACoEwgAtRMIAAAUCAAMFAgAWBQIAF4UCACwFAgAthQIAAgVCAANFQgAYBUIAGYVCACYSBMAvRUIABAWCAAXFggAaBYIAHQWCADAFggAwhYIABgXCADDFggA8BwIADMXCABwFwgAchcIAMgXCADWFwgAIBgIADEYCAB4GAgAehgIANAYCADpGAgAKBkIADkZCACAGQgAjBkIANgZCADkGQgAMBoIAEMaCACIGggAlxoIAOAaCADsGggAOBsIADkbCACQGwgAmhsIAOgbCAD2GwgAQBwIAEUcCACYHAgApRwIAPBIEwDyHAgASB0IAGMdCACgHQgAoh0IAPgdCAAGHggAUB4IAGEeCACoHggAqh4IAAAfCAAZHwgAWB8IAGkfCACwHwgAvB8IAAggCAAUIAgAYCAIAHMgCAC4IAgAxyAIABAhCAAcIQgAaCEIAGkhCADAIQgAyiEIABgiCAAmIggAcCIIAHUiCADIIggA1SIIAPhJEwAlIwgAeCMIAIAjCADQIwgA0iMIACgkCAA5JAgAgCQIAI4kCADYJAgA8yQIADAlCAA8JQgAiCUIAJAlCAAASxMA5SUIADgmCAA/JggAkCYIAJwmCADoJggA6yYIAEAnCABIJwgAmCcIAKgnCADwJwgA9ScIAEgoCABRKAgAoCgIAK0oCAD4KAgA/ygIAFApCABYKQgAWEsTALUpCAAAKggACCoIAFgqCABsKggAsCoIALUqCAAIKwgAESsIAGArCABmKwgAuCsIAMArCAAQLAgAHywIAGgsCAB5LAgAwCwIAMksCAAYLQgAGy0IAHAtCAB6LQgAyC0IANQtCAAgLggAJi4IALBLEwCFLggA0C4IANUuCAAoLwgALy8IAIAvCACMLwgA2C8IAOAvCAAITBMASzAIAIgwCACKMAgA4DAIAO4wCAA4MQgASTEIAJAxCACSMQgA6DEIAAEyCABAMggAUTIIAJgyCACkMggAYEwTAP8yCABIMwgAUTMIAKAzCACmMwgA+DMIAP4zCABQNAgAXDQIAKg0CACvNAgAADUIAAg1CABYNQgAXDUIALA1CAC7NQgACDYIABY2CABgNggAcTYIALg2CADENggAEDcIABg3CAC4TBMAazcIAMA3CADKNwgAGDgIABo4CABwOAgAiTgIAMg4CADZOAgAIDkIAC45CAB4OQgAezkIANA5CADbOQgAKDoIADY6CACAOggAjToIANg6CADvOggAMDsIADg7CACIOwgAijsIAOA7CADoOwgAODwIAEc8CACQPAgAlTwIAOg8CAD1PAgAQD0IAE09CACYPQgApD0IAPA9CAD/PQgASD4IAFI+CACgPggArj4IAPg+CAD9PggAUD8IAF0/CACoPwgAsD8IAABACAAKQAgAWEAIAF1ACACwQAgAuEAIAAhBCAALQQgAYEEIAH1BCAC4QQgAyUEIABBCCAAYQggAaEIIAGtCCADAQggAzEIIABhDCAAeQwgAcEMIAItDCADIQwgA1EMIACBECAAmRAgAEE0TAIdECADQRAgA0UQIAChFCABhRQgAgEUIAI5FCADYRQgA2UUIADBGCAA4RggAiEYIAJdGCADgRggA5UYIADhHCABFRwgAkEcIAJ1HCADoRwgA9EcIAEBICABPSAgAmEgIAKJICADwSAgA/kgIAEhJCABNSQgAoEkIAK1JCAD4SQgAAEoIAFBKCABaSggAqEoIAK1KCAAASwgACEsIAFhLCABiSwgAsEsIALtLCAAITAgAFEwIAGBMCABoTAgAaE0TAL1MCAAQTQgAE00IAGhNCAByTQgAwE0IAMhNCADATRMAJk4IAHBOCACGTggAyE4IANROCAAgTwgAJU8IAHhPCACBTwgA0E8IANpPCAAoUAgAMFAIAIBQCACMUAgA2FAIAOtQCAAwUQgAMVEIAIhRCACWUQgA4FEIAOZRCAA4UggARFIIAJBSCACXUggAGE4TAOlSCABAUwgATFMIAJhTCAClUwgA8FMIAPhTCABIVAgAUlQIAKBUCACvVAgA+FQIAPlUCABQVQgAWFUIAKhVCAC3VQgAAFYIAAVWCABYVggAZVYIALBWCAC9VggACFcIABRXCABgVwgAb1cIALhXCADCVwgAEFgIAB5YCABoWAgAbVgIAMBYCADNWAgAGFkIACBZCABwWQgAdFkIAMhZCADWWQgAIFoIACpaCAB4WggAg1oIANBaCADYWggAKFsIADNbCACAWwgAhVsIANhbCADbWwgAMFwIADpcCACIXAgAkFwIAOBcCAD/XAgAcE4TAEddCACQXQgAkV0IAOhdCADwXQgAQF4IAEFeCACYXggAnl4IAPBeCAD1XggASF8IAGNfCACgXwgArl8IAPhfCAD/XwgAUGAIAFxgCACoYAgArmAIAABhCAAcYQgAWGEIAGBhCADIThMAtmEIAAhiCAAOYggAYGIIAGViCAC4YggAvmIIACBPEwAVYwgAaGMIAG9jCADAYwgAzGMIABhkCAAgZAgA0E8TAINkCADIZAgA+mQIACBlCAAiZQgAKGYIAFdlCAB4ZQgAnWUIANBlCADXZQgAgFATAAtmCAAoUBMAOGYIAIBmCAC7ZggA2FATAOFmCAC4Dg4A4mYIABhtEAD1ZggAMGcIAPhmCAA4lQ8AQWcIAIhnCACQZwgA4GcIAONnCAA4aAgARGgIAJBoCACWaAgA6GgIAANpCABAaQgATGkIAJhpCACeaQgA8GkIAPhpCABIaggAZGoIAKBqCACoaggAMFETAAdrCABQawgAUWsIAKhrCACwawgAAGwIAAFsCABYbAgAXmwIALBsCAC1bAgACG0IACNtCABgbQgAbm0IALhtCAC/bQgAEG4IABxuCABobggAbm4IAMBuCADcbggAGG8IACBvCACIURMAdm8IAMhvCADObwgAIHAIACVwCAB4cAgAfnAIAOBREwDVcAgAKHEIAC9xCACAcQgAjHEIANhxCADgcQgAkFITAENyCACIcggAunIIAOByCADicggA6HMIABdzCAA4cwgAXXMIAJBzCACXcwgAQFMTAMtzCADoUhMA+HMIAEB0CAB7dAgAmFMTAJp0CADwdAgA8XQIAEh1CABSdQgAoHUIAK51CAD4dQgAE3YIAFB2CABcdggAqHYIALB2CADwUxMADHcIAFh3CABedwgAsHcIAMt3CAAIeAgAFHgIAGB4CABmeAgAuHgIAMB4CAAQeQgAHnkIAGh5CABreQgAwHkIAMh5CAAYeggAIXoIAHB6CAB9eggAyHoIAMp6CAAgewgAO3sIAHh7CAB6ewgA0HsIAN57CAAofAgAOXwIAIB8CACCfAgA2HwIAPF8CAAwfQgAQX0IAIh9CACUfQgA4H0IAOh9CABIVBMAPn4IAJB+CACYfggA6H4IAO9+CABAfwgARX8IAJh/CACkfwgA8H8IAPN/CABIgAgAUIAIAKCACACtgAgA+IAIAP2ACABQgQgAWoEIAKiBCACwgQgAAIIIAAyCCABYgggAa4IIALCCCAC+gggACIMIAAuDCABggwgAaoMIAKBUEwC7gwgAEIQIABiECABohAgAa4QIAMCECADMhAgAGIUIAB6FCABwhQgAi4UIAMiFCADUhQgAIIYIACaGCAB4hggAgIYIANCGCADehggAKIcIACuHCACAhwgAiIcIANiHCADhhwgAMIgIAD2ICACIiAgAiogIAOCICAD7iAgAOIkIADqJCACQiQgAnokIAOiJCAD5iQgAQIoIAEKKCACYiggAsYoIAPCKCAABiwgASIsIAFSLCACgiwgAqIsIAPhUEwD+iwgAUIwIAFiMCACojAgAr4wIAACNCAAFjQgAWI0IAGSNCACwjQgAs40IAAiOCAAQjggAYI4IAG2OCAC4jggAvY4IABCPCAAajwgAaI8IAHCPCADAjwgAzI8IABiQCAArkAgAcJAIAH6QCADIkAgAy5AIACCRCAAqkQgAUFUTAHuRCADQkQgA3JEIACiSCAAukggAgJIIAJuSCADYkggA5JIIADCTCAA2kwgAiJMIAJCTCADgkwgA7pMIADiUCAA7lAgAkJQIAJiUCADolAgA8ZQIAECVCABNlQgAmJUIAJqVCADwlQgAC5YIAEiWCABKlggAoJYIAK6WCAD4lggACZcIAFCXCABSlwgAqJcIAMGXCAAAmAgAEZgIAFiYCABkmAgAsJgIALiYCACoVRMADpkIAGCZCABomQgAuJkIAL+ZCAAQmggAFZoIAGiaCAB0mggAwJoIAMOaCAAYmwgAIJsIAHCbCAB9mwgAyJsIAM2bCAAgnAgAKpwIAHicCACAnAgA0JwIANycCAAonQgAO50IAICdCACOnQgA2J0IANudCAAwnggAOp4IAABWEwCQnggAWFYTAO6eCAA4nwgASZ8IAJCfCACcnwgA6J8IAPCfCACwVhMARaAIAJigCACioAgA8KAIAPigCABIoQgAWKEIAKChCACloQgA+KEIAAGiCABQoggAXaIIAKiiCACvoggACFcTAAKjCABYowgABaMIACC6CQAJowgAoPQRAAyjCADQmhAADqMIAAAkCgBiowgAcDMRAGmjCACwowgAwaMIAAikCAAWpAgAYKQIAHykCAC4pAgA1KQIAGBXEwAepQgAaKUIAHWlCADApQgA16UIABimCAAkpggAcKYIAHamCADIpggAzqYIACCnCAAlpwgAeKcIAH6nCAC4VxMA5qcIACioCAA3qAgAgKgIAFSoCACorQgAgqgIANioCADnqAgAMKkIADupCACIqQgAlKkIAOCpCADjqQgAOKoIAOepCACgtwgA/KkIABixCABEqggAkKoIAJaqCADoqggAA6sIAECrCABMqwgAmKsIAJ6rCADwqwgA/KsIAEisCABOrAgAoKwIAKasCAD4rAgA/awIAFCtCABWrQgAEFgTAKutCAAArggAHK4IAFiuCABgrggAGFkTALyuCAAIrwgADq8IAGCvCAB7rwgAuK8IAMSvCAAQsAgAFrAIAGiwCABwsAgAwLAIAOGwCABwWRMAILEIAMhZEwB1sQgAyLEIANWxCAAgsggALbIIAHiyCACEsggA0LIIAN+yCAAoswgAMrMIAICzCACIswgA2LMIAOKzCAAwtAgAPrQIAIi0CACetAgA4LQIAOy0CAA4tQgAPbUIAJC1CACZtQgA6LUIAPK1CABAtggASLYIAJi2CACitggA8LYIAPW2CABItwgAULcIACBaEwCstwgA+LcIAAu4CABQuAgAX7gIAKi4CAC0uAgAALkIAAG5CABYuQgAYrkIALC5CAC+uQgACLoIAA26CABguggAbboIAHhaEwDDuggAELsIABy7CABouwgAbrsIAMC7CADMuwgAGLwIACC8CACAWxMAc7wIAMi8CADQvAgAIL0IAC29CAB4vQgAfb0IANC9CADYvQgAKL4IACq+CACAvggAm74IANi+CADavggAML8IAD6/CACIvwgAmb8IAOC/CADivwgAOMAIAFHACACQwAgAocAIAOjACAD0wAgAQMEIAEjBCADYWxMAncEIAPDBCAD9wQgASMIIAFXCCACgwggArMIIAPjCCAAHwwgAUMMIAFrDCACowwgAtsMIAADECAAFxAgAWMQIAGXECACwxAgAuMQIAAjFCAAKxQgAYMUIAGrFCAC4xQgAwMUIADBcEwAbxggAaMYIAHbGCADAxggAw8YIABjHCAAgxwgAcMcIAIbHCADIxwgAzccIACDICAA2yAgAeMgIAITICADQyAgA3cgIACjJCAAyyQgAiFwTAILJCADYyQgA5skIADDKCABByggA4FwTAI7KCADgyggA7MoIADhdEwA6ywgAkMsIAJbLCADoywgACMwIAEDMCABMzAgAmMwIAJ/MCADwzAgA+MwIAEjNCABPzQgAoM0IAKzNCAD4zQgA+s0IAFDOCABXzggAkF0TAKvOCAAAzwgACM8IAFjPCABozwgAsM8IALLPCAAI0AgAFtAIAGDQCABx0AgA6F0TAL/QCABAXhMAHdEIAGjRCABv0QgAwNEIAMjRCAAY0ggAJtIIAHDSCABz0ggAyNIIANDSCAAg0wgAJ9MIAHjTCACG0wgA0NMIANPTCAAo1AgAKtQIAIDUCACZ1AgA2NQIAOnUCAAw1QgAPNUIAIjVCACP1QgA4NUIAOjVCAA41ggAQdYIAJDWCACd1ggA6NYIAPLWCABA1wgATtcIAJjXCACp1wgA8NcIAPjXCABI2AgAUtgIAKDYCACu2AgA+NgIAA7ZCABQ2QgAXNkIAKjZCACv2QgAANoIAAjaCABY2ggAXtoIALDaCAC82ggACNsIABLbCABg2wgAZtsIALjbCADM2wgA8F4TAB7cCABo3AgAgdwIAMDcCADW3AgAGN0IACfdCABw3QgAit0IAMjdCADL3QgA8OIIANPdCAAY6AgA190IACDeCAAl3ggAeN4IAIXeCADQ3ggA3d4IACjfCAA03wgAgN8IAI/fCADY3wgA4t8IADDgCAA+4AgAiOAIAI3gCADg4AgA7eAIADjhCABE4QgAkOEIAJbhCADo4QgA7uEIAEDiCABF4ggAmOIIAJ7iCABIXxMA/OIIAEjjCABO4wgAoOMIALvjCAD44wgABOQIAFDkCABW5AgAqOQIAK/kCAAA5QgABeUIALjmCAAM5QgAWOUIAFrlCACw5QgAt+UIAAjmCAAk5ggAYOYIAGjmCABQYBMAvOYIABDnCAAd5wgAaOcIAITnCADA5wgAyOcIAKhgEwAd6AgAcOgIAHPoCADI6AgA0ugIACDpCAAx6QgAeOkIAH3pCADQ6QgA1ekIACjqCABI6ggAgOoIAInqCADY6ggA2eoIADDrCAA86wgAiOsIAI7rCADg6wgA5usIADjsCAA97AgAkOwIAJbsCAAAYRMA6ewIAEDtCABM7QgAmO0IAKXtCADw7QgA+O0IAEjuCABR7ggAoO4IAK3uCAD47ggABu8IAFDvCABj7wgAqO8IALDvCAAA8AgAA/AIAFjwCABd8AgAsPAIAL/wCAAI8QgAKPEIAGDxCABs8QgAuPEIAMLxCAAIYhMAGvIIAGjyCABq8ggAwPIIAMryCAAY8wgAIfMIAHDzCABz8wgAyPMIANDzCAAg9AgAWPQIAGBiEwCE9AgA0PQIAN/0CAAo9QgASPUIAID1CACM9QgA2PUIAN/1CAAw9ggANfYIAIj2CACJ9ggA4PYIAOz2CAA49wgAPvcIAJD3CACS9wgA6PcIAPL3CABA+AgATvgIAJj4CACd+AgA8PgIAP34CABI+QgAUvkIAKD5CACu+QgA+PkIAA76CABQ+ggAXPoIAKj6CACt+ggAAPsIAAn7CABY+wgAYvsIALD7CAC8+wgACPwIABv8CABg/AgAb/wIALj8CADE/AgAEP0IABH9CABo/QgAcv0IAMD9CADO/QgAGP4IAB3+CABw/ggAff4IALhiEwDW/ggAIP8IADb/CAB4/wgAhP8IAND/CADX/wgAKAAJADAACQCAAAkAhQAJANgACQDhAAkAMAEJADoBCQCIAQkAkAEJAOABCQDkAQkAOAIJADoCCQCQAgkAngIJAOgCCQDyAgkAQAMJAE4DCQCYAwkApQMJAPADCQAHBAkASAQJAFAECQCgBAkAsAQJAPgECQD9BAkAUAUJAFYFCQCoBQkAsAUJAAAGCQAFBgkAWAYJAFkGCQCwBgkAvAYJAAgHCQAOBwkAYAcJAGIHCQC4BwkAwgcJABAICQAeCAkAaAgJAG0ICQDACAkAzQgJAMBjEwAaCQkAcAkJAHoJCQDICQkA1gkJACAKCQAlCgkAeAoJAIUKCQDQCgkA0goJACjvCgDaCgkAKAsJADYLCQCACwkAlgsJANgLCQDkCwkAMAwJADUMCQCIDAkAkQwJAOAMCQDqDAkAOA0JAEQNCQCQDQkAow0JAOgNCQD3DQkAQA4JAEwOCQCYDgkAmQ4JAPAOCQD6DgkASA8JAFYPCQCgDwkApQ8JAPgPCQAFEAkAGGQTAFkQCQCoEAkAshAJAAARCQACEQkAWBEJAGIRCQCwEQkAvBEJAAgSCQAQEgkAIGUTAGESCQC4EgkAxBIJABATCQAWEwkAaBMJAGoTCQDAEwkAyhMJABgUCQAmFAkAcBQJAHUUCQDIFAkA1RQJACAVCQAoFQkAeBUJAIIVCQDQFQkA3hUJACgWCQA+FgkAgBYJAIwWCQDYFgkA3xYJADAXCQA4FwkAiBcJAI0XCQDgFwkA6RcJADgYCQBCGAkAkBgJAKUYCQDoGAkA8RgJAEAZCQBNGQkAmBkJAJoZCQDwGQkACRoJAEgaCQBZGgkAoBoJAKwaCQD4GgkAABsJAHhlEwBVGwkAqBsJALAbCQAAHAkAFhwJAFgcCQBdHAkAsBwJALccCQAIHQkAFh0JAGAdCQBwHQkAuB0JAMwdCQAQHgkAGB4JAGgeCQB3HgkAwB4JAMUeCQAYHwkAIR8JAHAfCQB9HwkAyB8JANIfCQAgIAkALCAJAHggCQB+IAkA0GUTAN4gCQAoIQkAPiEJAIAhCQCMIQkA2CEJAN0hCQAwIgkAOSIJAIgiCQCSIgkA4CIJAOgiCQA4IwkAPCMJAJAjCQCSIwkA6CMJAPYjCQBAJAkASiQJAJgkCQCmJAkA8CQJAP0kCQBIJQkAXyUJAKAlCQCoJQkA+CUJAAgmCQBQJgkAVSYJAKgmCQCuJgkAACcJAAgnCQBYJwkAcycJALAnCQCyJwkACCgJABkoCQBgKAkAaSgJALgoCQDEKAkAKGYTABUpCQBoKQkAaykJAMApCQDKKQkAGCoJABoqCQBwKgkAiyoJAMgqCQDKKgkAICsJAC4rCQB4KwkAiSsJANArCQDSKwkAKCwJAEEsCQCALAkAkSwJANgsCQDkLAkAgGYTAE0tCQCILQkAmS0JAOAtCQD8LQkAOC4JAEAuCQDYZhMAlS4JAOguCQDwLgkAQC8JAEsvCQCYLwkAnS8JAPAvCQDzLwkASDAJAFIwCQCgMAkAozAJAPgwCQAAMQkAUDEJAFIxCQCoMQkAwzEJAAAyCQACMgkAWDIJAGYyCQCwMgkAwTIJAAgzCQAKMwkAYDMJAHkzCQC4MwkAyTMJABA0CQAcNAkAaDQJAHA0CQAwZxMAzTQJABg1CQAgNQkAcDUJAHo1CQDINQkA0zUJACA2CQAsNgkAeDYJAIA2CQCIZxMA1TYJACg3CQAtNwkAgDcJAJE3CQDgZxMA5TcJADA4CQAyOAkAiDgJAKE4CQDgOAkA8TgJADg5CQBEOQkAkDkJAJg5CQA4aBMA7TkJAEA6CQBIOgkAmDoJAKc6CQDwOgkA9joJAEg7CQBUOwkAoDsJAKI7CQD4OwkAAjwJAFA8CQBcPAkAqDwJALA8CQCQaBMADD0JAFg9CQBbPQkAsD0JALM9CQAIPgkAFj4JAGA+CQBlPgkAuD4JAMU+CQDoaBMAIT8JAGg/CQBwPwkAwD8JAHU/CQBgSQkAyz8JABhACQAdQAkAcEAJAHNACQDIQAkA0kAJACBBCQBDQQkAeEEJAHtBCQDQQQkA9EEJAChCCQAwQgkAQGkTAIZCCQDYQgkA5kIJADBDCQA8QwkAiEMJAI9DCQDgQwkA6EMJADhECQBIRAkAkEQJAJVECQDoRAkA7kQJAEBFCQBIRQkAmEUJALVFCQDwRQkA+UUJAEhGCQBURgkAoEYJAKZGCQD4RgkADEcJAFBHCQBYRwkAqEcJALhHCQAASAkAAkgJAFhICQBmSAkAsEgJAMFICQCYaRMAD0kJAPBpEwBlSQkAuEkJAL9JCQAQSgkAHEoJAGhKCQBrSgkAwEoJANBKCQAYSwkAGksJAHBLCQB+SwkAyEsJANlLCQBIahMAJ0wJAKBqEwCLTAkA0EwJAN9MCQAoTQkANE0JAIBNCQCBTQkA2E0JAOJNCQAwTgkAPk4JAIhOCQCNTgkA4E4JAO1OCQD4ahMAPU8JAJBPCQCZTwkA6E8JAPlPCQBAUAkAR1AJAJhQCQCgUAkA8FAJAP1QCQBIUQkATVEJAKBRCQCqUQkA+FEJAABSCQBQUgkAVlIJAKhSCQC0UgkAAFMJAAJTCQBYUwkAZ1MJALBTCQC7UwkACFQJABBUCQBgVAkAYlQJALhUCQDFVAkAEFUJACRVCQBoVQkAcFUJAMBVCQDPVQkAGFYJAB1WCQBwVgkAfVYJAMhWCQDSVgkAIFcJACJXCQB4VwkAh1cJANBXCQDaVwkAKFgJADBYCQCAWAkAgVgJANhYCQDdWAkAMFkJAD5ZCQCIWQkAlVkJAOBZCQDqWQkAAGwTADtaCQCQWgkAnFoJAGBqCQCsWgkA6FoJAPBaCQBYbBMARVsJAJhbCQCgWwkA8FsJAPNbCQBIXAkAVFwJAKBcCQCmXAkA+FwJABNdCQBQXQkAXF0JAKhdCQCuXQkAAF4JAANeCQBYXgkAYF4JALBeCQCyXgkACF8JACNfCQBgXwkAYl8JALhfCQDGXwkAEGAJACFgCQBoYAkAamAJAMBgCQDZYAkAGGEJAClhCQBwYQkAfGEJAMhhCQDQYQkAsGwTACViCQB4YgkAfmIJANBiCQDYYgkAKGMJADdjCQCAYwkAhWMJANhjCQDlYwkAMGQJAD1kCQCIZAkAlGQJAOBkCQDvZAkAOGUJAEJlCQCQZQkAnmUJAOhlCQDtZQkAQGYJAE1mCQAIbRMApGYJAPBmCQD2ZgkASGcJAGNnCQCgZwkArGcJAPhnCQD+ZwkAUGgJAFNoCQCoaAkAtGgJAABpCQAGaQkAWGkJAF5pCQCwaQkAtWkJAAhqCQAOagkAYG0TAGZqCQC4agkAvmoJABBrCQAVawkAaGsJAG5rCQC4bRMAxWsJABhsCQAlbAkAcGwJAH1sCQDIbAkA1GwJACBtCQAvbQkAeG0JAIJtCQDQbQkA3m0JAChuCQAtbgkAgG4JAI1uCQDYbgkA8G4JADBvCQA2bwkAiG8JAJRvCQDgbwkA8G8JADhwCQBBcAkAkHAJAJNwCQDocAkA9HAJAEBxCQBHcQkAwG4TAJpxCQDwcQkA+nEJAEhyCQBLcgkAoHIJAKhyCQD4cgkA+3IJAFBzCQBccwkAqHMJAK5zCQAAdAkAG3QJAFh0CQBkdAkAsHQJALZ0CQAYbxMAKHUJAGB1CQBrdQkAuHUJAL11CQAQdgkAGXYJAGh2CQBrdgkAwHYJAMx2CQAYdwkAJHcJABiCCQAwdwkAcHcJAHd3CQDIdwkAzncJACB4CQAueAkAeHgJAJN4CQDQeAkA3HgJACh5CQAueQkAgHkJAJp5CQDYeQkA5HkJADB6CQA2egkAiHoJAI56CQDgegkA5XoJADh7CQA+ewkAcG8TAJ17CQDoewkA9HsJAEB8CQBKfAkAmHwJAJx8CQDwfAkA9XwJAEh9CQBOfQkAoH0JAMB9CQD4fQkABH4JAFB+CQBWfgkAqH4JAK5+CQAAfwkABX8JAFh/CQBefwkAIHATALV/CQAIgAkAD4AJAGCACQBsgAkAuIAJANSACQAQgQkAGIEJAChxEwCRgQkAwIEJAOaBCQCAcRMAK4IJAHCCCQB/ggkAyIIJANSCCQAggwkAIYMJAHiDCQCCgwkA0IMJAN6DCQAohAkALYQJAICECQCNhAkA2HETAOCECQDgchMANYUJAIiFCQCVhQkA4IUJAO2FCQA4hgkARIYJAJCGCQCfhgkA6IYJAPKGCQBAhwkATocJAJiHCQCdhwkA8IcJAP2HCQBIiAkAUIgJADhzEwCsiAkA+IgJAAiJCQBQiQkAWYkJAKiJCQCriQkAAIoJAAyKCQBYigkAX4oJAJBzEwC7igkACIsJABSLCQBgiwkAaIsJAOhzEwDFiwkAEIwJABeMCQBojAkAaYwJAMCMCQDFjAkAGI0JACaNCQBwjQkAfY0JAMiNCQDSjQkAII4JACiOCQB4jgkAgY4JANCOCQDWjgkAKI8JADmPCQCAjwkAnI8JANiPCQDgjwkAQHQTADuQCQCIkAkAkpAJAOCQCQDqkAkAOJEJADmRCQCYdBMAlZEJAOiRCQD1kQkAQJIJAE2SCQCYkgkApJIJAPCSCQD/kgkASJMJAFKTCQCgkwkAqJMJAPiTCQAClAkAUJQJAFWUCQColAkAsJQJAPB0EwALlQkAWJUJAGSVCQCwlQkAuJUJAEh1EwANlgkAYJYJAG+WCQC4lgkA2JYJABCXCQAclwkAaJcJAG6XCQDAlwkAyJcJABiYCQAfmAkAcJgJAHKYCQDImAkA1JgJACCZCQA2mQkAeJkJAH2ZCQDQmQkA3ZkJAKB1EwAtmgkAgJoJAI+aCQDYmgkA+JoJADCbCQA8mwkAiJsJAI6bCQDgmwkA6JsJADicCQA/nAkAkJwJAJKcCQDonAkA9JwJAECdCQBWnQkAmJ0JAJ2dCQDwnQkA/Z0JAEieCQBQngkAoJ4JAKaeCQD4ngkAAZ8JAFCfCQBdnwkAqJ8JALWfCQAAoAkADqAJAFigCQBloAkAsKAJAMegCQAIoQkAOKEJAPh1EwBmoQkAuKEJAG2hCQDgshAAzqEJABCiCQAeogkAaKIJAGuiCQDAogkAw6IJABijCQAmowkAcKMJAHWjCQDIowkA1aMJACCkCQAopAkAeKQJAH+kCQDQpAkA3KQJACilCQA1pQkAgKUJAI6lCQDYpQkA5KUJADCmCQA3pgkAiKYJAJCmCQDgpgkA5KYJADinCQBDpwkAkKcJAJ6nCQDopwkA+acJAECoCQBMqAkAmKgJAKCoCQBQdhMA9qgJAEipCQBcqQkAoKkJAK6pCQD4qQkABaoJAFCqCQBnqgkAqKoJALCqCQAAqwkACqsJAFirCQBdqwkAsKsJALirCQAIrAkAF6wJAGCsCQBlrAkAuKwJAMWsCQAQrQkAHa0JAGitCQB0rQkAwK0JAM+tCQAYrgkAIq4JAHCuCQB4rgkAyK4JANKuCQAgrwkAJa8JAHivCQCArwkAqHYTANuvCQAosAkANLAJAICwCQCIsAkAAHcTAN2wCQAwsQkAP7EJAIixCQCosQkA4LEJAOyxCQA4sgkAPrIJAJCyCQCYsgkA6LIJAO+yCQBAswkAQrMJAJizCQCkswkA8LMJAAa0CQBItAkATbQJAKC0CQCttAkAWHcTAAG1CQBQtQkAVrUJAKi1CQC2tQkAALYJAA22CQBYtgkAb7YJALC2CQC4tgkACLcJABe3CQBgtwkAZbcJALi3CQDFtwkAELgJAB24CQBouAkAdLgJAMC4CQDPuAkAGLkJACK5CQBwuQkAjLkJAMi5CQDQuQkAsHcTAC26CQAQOA8AL7oJAHi6CQCCugkA6LYPAJi6CQDQugkA3LoJACi7CQAuuwkAgLsJAIi7CQBAAAoAjLsJANi7CQCauwkAkOkJAOu7CQAwvAkAP7wJAIi8CQCUvAkA4LwJAOG8CQA4vQkAQr0JAJC9CQCevQkA6L0JAO29CQBAvgkATb4JAAh4EwCevgkA8L4JAPa+CQBIvwkATb8JAKC/CQCmvwkAEHkTAAPACQBQwAkAXsAJAKjACQC5wAkAAMEJAAzBCQBYwQkAYMEJAMB5EwC8wQkACMIJABLCCQBgwgkAb8IJALjCCQDDwgkAEMMJAB7DCQBowwkAdcMJAMDDCQDXwwkAGMQJACDECQBwxAkAc8QJAMjECQDUxAkAIMUJACbFCQB4xQkAk8UJANDFCQDcxQkAKMYJAC7GCQCAxgkAiMYJANjGCQDaxgkAMMcJADHHCQCIxwkAlscJAODHCQDoxwkAOMgJAFPICQCQyAkAnMgJAOjICQDuyAkAQMkJAEPJCQCYyQkApskJAPDJCQD1yQkASMoJAFXKCQCgygkAvMoJAPjKCQAAywkAGHoTAF3LCQDQsw8AYcsJAKjLCQBjywkAcBUQALTLCQAAzAkADcwJAFjMCQBdzAkAsMwJALrMCQAIzQkAGM0JAGDNCQBlzQkAuM0JAMHNCQAQzgkAHc4JAGjOCQBvzgkAwM4JAMzOCQAYzwkAHs8JAHDPCQB2zwkAyM8JAM3PCQAg0AkAJtAJAHB6EwCE0AkA0NAJANbQCQAo0QkALtEJAIDRCQCN0QkA2NEJAN3RCQAw0gkAONIJAIjSCQC60gkA4NIJAAvTCQA40wkAQNMJAJDTCQCd0wkA6NMJAO3TCQBA1AkASNQJAJjUCQCb1AkA8NQJAPnUCQBI1QkAV9UJAKDVCQCr1QkA+NUJAADWCQBQ1gkAYNYJAKjWCQC21gkAANcJABHXCQBY1wkAZNcJALDXCQC41wkAeHsTAA7YCQBg2AkAaNgJALjYCQC/2AkAENkJAB7ZCQBo2QkAbtkJAMDZCQDM2QkAGNoJACfaCQBw2gkAetoJAMjaCQDN2gkAINsJACbbCQB42wkAjNsJANB7EwDa2wkAGF4KAN3bCQAo3AkA39sJAJAgCgAt3AkAgNwJAIzcCQDY3AkA5dwJADDdCQA63QkAKHwTAKPdCQDg3QkA4t0JADjeCQA+3gkAkN4JAMneCQDo3gkA7t4JAEDfCQBJ3wkAmN8JAKXfCQDw3wkAKeAJAEjgCQBP4AkAoOAJAKXgCQD44AkAB+EJAFDhCQBw4QkAqOEJALThCQAA4gkABuIJAFjiCQBy4gkAsOIJALPiCQAI4wkADeMJAGDjCQBv4wkAuOMJANjjCQDYfBMAMOQJAGjkCQB05AkAwOQJAMrkCQAY5QkAJOUJALieCgAl5QkAcOUJAHXlCQDI5QkA0uUJACDmCQAw5gkAeOYJAH3mCQDQ5gkA2eYJACjnCQA15wkAgOcJAIfnCQDY5wkA5OcJADDoCQA26AkAiOgJAI7oCQDg6AkA5egJADjpCQA+6QkAMH0TAJPpCQDo6QkA7ekJAEDqCQBP6gkAmOoJALjqCQDgfRMA/uoJAEjrCQBV6wkAoOsJAKfrCQD46wkAAOwJAFDsCQBS7AkAqOwJAFfsCQBgJw0AZ+wJAGjFDACu7AkASPgMALDsCQAA7QkABO0JAED1CQAW7QkAGIQMABvtCQBY7QkAWu0JALDtCQDB7QkACO4JABbuCQBg7gkAZ+4JALjuCQDA7gkAEO8JABfvCQBo7wkAbe8JAMDvCQDP7wkAGPAJADjwCQBw8AkAfPAJAMjwCQDO8AkAIPEJACjxCQB48QkAhPEJANDxCQDd8QkAKPIJAEPyCQCA8gkAjvIJANjyCQDe8gkAMPMJADXzCQCI8wkAlfMJAODzCQD28wkAOPQJAET0CQCQ9AkAnfQJAOj0CQDy9AkAOH4TAEX1CQCY9QkAnvUJAPD1CQAQ9gkASPYJAFb2CQCg9gkArfYJAPj2CQAP9wkAUPcJAFj3CQCo9wkAt/cJAAD4CQAF+AkAWPgJAGX4CQCw+AkAuvgJAAj5CQAK+QkAYPkJAG75CQC4+QkAxfkJABD6CQAc+gkAaPoJAG76CQDA+gkAyPoJABj7CQAe+wkAcPsJAHn7CQDI+wkA1fsJACD8CQAq/AkAePwJAIb8CQDQ/AkA5vwJACj9CQA0/QkAgP0JAIj9CQCQfhMA4v0JADD+CQA2/gkAiP4JAIr+CQDg/gkA6v4JADj/CQBE/wkAkP8JAKf/CQDo/wkA/P8JAOh+EwBOAAoAmAAKAJsACgDwAAoA+AAKAEgBCgBUAQoAoAEKAK4BCgD4AQoAAgIKAFACCgBbAgoAqAIKALQCCgAAAwoABgMKAFgDCgBgAwoAsAMKAL0DCgAIBAoADQQKAGAECgBqBAoAuAQKAMAECgAQBQoAFgUKAGgFCgBxBQoAwAUKAM0FCgAYBgoAJQYKAHAGCgB+BgoAyAYKANUGCgAgBwoANwcKAHgHCgCABwoA0AcKANUHCgAoCAoALggKAIAICgCICAoA2AgKAO4ICgAwCQoAPgkKAIgJCgCLCQoA4AkKAO8JCgA4CgoAPQoKAJAKCgCdCgoA6AoKAPgKCgBACwoATgsKAJgLCgCvCwoA8AsKAPkLCgBIDAoATgwKAKAMCgCsDAoA+AwKAP8MCgBAfxMAXA0KAKgNCgCqDQoAAA4KAAoOCgBYDgoAZA4KALAOCgC4DgoAmH8TAA0PCgBgDwoAbw8KALgPCgDYDwoAEBAKABwQCgBoEAoAbhAKAMAQCgDIEAoAGBEKABkRCgBwEQoAdhEKAMgRCgDNEQoAIBIKADsSCgB4EgoAhhIKANASCgDXEgoAKBMKADQTCgCAEwoAhhMKAPB/EwDdEwoAMBQKADoUCgCIFAoAmRQKAOAUCgDsFAoAOBUKADsVCgCQFQoAkxUKAOgVCgDwFQoAQBYKAEcWCgCYFgoAnRYKAPAWCgD/FgoASBcKAGgXCgCgFwoArBcKAPgXCgD+FwoAUBgKAFgYCgCoGAoAtRgKAAAZCgAFGQoAWBkKAGIZCgCwGQoAuBkKAAgaCgAYGgoAYBoKAGUaCgC4GgoAwRoKABAbCgAdGwoAaBsKAG8bCgBIgBMAxRsKABgcCgAnHAoAcBwKAJAcCgDIHAoA1BwKACAdCgAmHQoAeB0KAIAdCgDQHQoA3B0KACgeCgA1HgoAgB4KAIceCgDYHgoA2R4KADAfCgA1HwoAiB8KAJYfCgDgHwoA7R8KADggCgBCIAoAoIATAJUgCgDoIAoA9SAKAEAhCgBNIQoAmCEKAJ4hCgDwIQoA/CEKAEgiCgBYIgoAoCIKAKkiCgD4IgoA+yIKAFAjCgBcIwoAqCMKAK8jCgD4gBMAAiQKAFgkCgAHJAoAiEoOABAkCgAYnw4AaSQKALAkCgC4JAoACCUKABIlCgBgJQoAbyUKALglCgC5JQoAECYKABgmCgCogRMAcCYKAACCEwDeJgoAGCcKAOMmCgAgkRMA6iYKAMhICgAgJwoAcCcKAH8nCgDIJwoAzScKACAoCgAtKAoAeCgKAIUoCgDQKAoA3CgKACgpCgA3KQoAgCkKAIopCgDYKQoA+ykKADAqCgBiKgoAiCoKAKwqCgDgKgoA6CoKAGCDEwA9KwoAkCsKAJYrCgDoKwoA8CsKALiDEwBOLAoAmCwKALMsCgDwLAoA/CwKAEgtCgBZLQoAoC0KALQtCgD4LQoAAC4KAFAuCgBWLgoAqC4KALQuCgAALwoAEC8KAFgvCgBhLwoAsC8KALMvCgAIMAoAFDAKAGAwCgBnMAoAEIQTAMYwCgAQMQoAGjEKAGiEEwBtMQoAwDEKAM0xCgAYMgoAJTIKAHAyCgB8MgoAyDIKANcyCgAgMwoAKjMKAHgzCgCGMwoA0DMKANUzCgAoNAoANTQKAIA0CgCINAoAwIQTAOQ0CgAwNQoAQDUKAIg1CgCRNQoA4DUKAOM1CgA4NgoARDYKAJA2CgCXNgoAGIUTAPc2CgBANwoARTcKAJg3CgClNwoA8DcKAP03CgBIOAoATjgKAKA4CgCsOAoA+DgKAAg5CgBQOQoAWTkKAKg5CgCrOQoAADoKAAw6CgBYOgoAXzoKAHCFEwC1OgoACDsKABU7CgBgOwoAfjsKALg7CgDEOwoAEDwKACM8CgBoPAoAdjwKAMA8CgDDPAoAGD0KACI9CgBwPQoAfj0KAMg9CgDVPQoAID4KADc+CgB4PgoAgD4KANA+CgDXPgoAKD8KAC0/CgCAPwoAlj8KANg/CgDaPwoAMEAKAD5ACgCIQAoAlUAKAMiFEwDoQAoAIIYTAD1BCgCQQQoAnUEKAOhBCgD1QQoAQEIKAExCCgCYQgoAp0IKAPBCCgD6QgoASEMKAFZDCgCgQwoApUMKAPhDCgAFRAoAUEQKAFhECgB4hhMAtEQKAABFCgAQRQoAWEUKAGFFCgCwRQoAs0UKAAhGCgAURgoAYEYKAGdGCgDQhhMAxEYKABBHCgAgRwoAaEcKACZHCgDIkQ8AcUcKAMBHCgDDRwoAGEgKACRICgBwSAoAd0gKACiHEwDRSAoAOEwKANJICgAgSQoAL0kKAHhJCgAxSQoA2EoKAHlJCgDQSQoA7EkKAChKCgBhSgoAgEoKALlKCgCAhxMA20oKADBLCgBMSwoAiEsKAMFLCgDgSwoAGUwKANiHEwBFTAoAkEwKAJ5MCgDoTAoA+0wKAEBNCgBcTQoAmE0KANFNCgDwTQoAKU4KADCIEwBZTgoAoE4KAKxOCgD4TgoAAE8KAIiIEwBVTwoAqE8KALBPCgAAUAoAD1AKAFhQCgBdUAoAsFAKAL1QCgAIUQoAFVEKAGBRCgBsUQoAuFEKAMdRCgAQUgoAGlIKAGhSCgBwUgoAwFIKAMpSCgAYUwoAHVMKAHBTCgB4UwoA4IgTANdTCgAgVAoA2VMKAIBVCgAhVAoAeFQKAJRUCgDQVAoACVUKAChVCgBhVQoAOIkTAINVCgDYVQoA9FUKADBWCgBpVgoAiFYKAMFWCgCQiRMA41YKADhXCgBJVwoAkFcKAKxXCgDoVwoAIVgKAEBYCgB5WAoA6IkTAKVYCgDwWAoA/FgKAEhZCgBXWQoAoFkKAKpZCgD4WQoAAFoKAPjSCgAGWgoAUFoKAFVaCgCoWgoAtVoKAABbCgAIWwoAWFsKAF5bCgCwWwoAaFsKAIjECgC8WwoACFwKABhcCgBgXAoAaVwKALhcCgC7XAoAEF0KABxdCgBoXQoAb10KAECKEwDjXQoAmIoTACZeCgBwXgoAhl4KAMheCgDUXgoAIF8KACdfCgB4XwoAfV8KANBfCgDZXwoAKGAKADJgCgDwihMAhWAKAHAQDgCKYAoA2GAKAIxgCgDgpQ0A4mAKADBhCgAxYQoAiGEKAJdhCgDgYQoA5WEKADhiCgBFYgoAkGIKAJ1iCgDoYgoA9GIKAEBjCgBPYwoAmGMKAKJjCgDwYwoA/mMKAEhkCgBNZAoAoGQKAK1kCgD4ZAoA+WQKAFBlCgBVZQoAqGUKAK1lCgAAZgoAEWYKAFhmCgB7ZgoAsGYKALtmCgAIZwoADWcKAGBnCgBjZwoAuGcKAMJnCgAQaAoAOGgKAGhoCgCHaAoAoIsTAMxoCgAYaQoAGmkKAHBpCgB/aQoAyGkKANNpCgAgagoAKGoKAHhqCgB/agoA0GoKANJqCgAoawoAMmsKAIBrCgCCawoA2GsKAPFrCgAwbAoAMmwKAIhsCgCLbAoA4GwKAOxsCgA4bQoAQG0KAPiLEwCcbQoA6G0KAO5tCgBAbgoAW24KAJhuCgCkbgoA8G4KAPZuCgBIbwoAUG8KAKBvCgCibwoA+G8KAAJwCgBQcAoAWHAKAFCMEwC5cAoAAHEKAAdxCgBYcQoAYHEKALBxCgC9cQoACHIKAA1yCgBgcgoAanIKALhyCgDAcgoAEHMKAB9zCgBocwoAbXMKAMBzCgDNcwoAGHQKACV0CgBwdAoAfHQKAMh0CgDXdAoAIHUKACp1CgB4dQoAgHUKANB1CgDadQoAKHYKAC12CgCAdgoAiHYKAKiMEwDkdgoAMHcKAEB3CgCIdwoAkXcKAOB3CgDjdwoAOHgKAER4CgCQeAoAl3gKAACNEwDueAoAQHkKAEZ5CgCYeQoAnXkKAPB5CgD2eQoAWI0TAE56CgCgegoApnoKAPh6CgD9egoAyFcQAAV7CgBQewoAVXsKAKh7CgCwewoAAHwKACl8CgBYfAoANnwKAOiDCgCBfAoAsHwKANl8CgAIfQoAM30KAGB9CgBofQoAuH0KAMd9CgAQfgoAFX4KAGh+CgB1fgoAwH4KAM1+CgAYfwoAJH8KAHB/CgB/fwoAyH8KANJ/CgAggAoALoAKAHiACgB9gAoA0IAKAN2ACgAogQoAMIEKAICBCgCGgQoA2IEKAOSBCgAwggoAQIIKAIiCCgCRggoA4IIKAOOCCgA4gwoARIMKAJCDCgCXgwoAsI0TABGECgBAhAoAa4QKAJiECgCghAoA8IQKAP+ECgBIhQoATYUKAKCFCgCthQoA+IUKAAWGCgBQhgoAXIYKAKiGCgC3hgoAAIcKAAqHCgBYhwoAZocKALCHCgC1hwoACIgKABWICgBgiAoAaIgKALiICgC+iAoAEIkKAByJCgBoiQoAeIkKAMCJCgDJiQoAGIoKABuKCgBwigoAfIoKAMiKCgDPigoACI4TACKLCgDwZxAALosKAHiLCgCFiwoA0IsKANyLCgAojAoALowKAICMCgCGjAoA2IwKAN2MCgAwjQoANo0KAGCOEwCujQoA4I0KAAaOCgA4jgoAbo4KAJCOCgC5jgoA6I4KABOPCgAQjxMATI8KAJiPCgBOjwoAoMQLAKKPCgDwjwoACpAKAEiQCgBLkAoASN0KAFeQCgCgkAoApZAKAPiQCgAFkQoAUJEKAF2RCgCokQoAtJEKAACSCgAPkgoAWJIKAGKSCgCwkgoAvJIKAAiTCgAbkwoAYJMKAG+TCgC4kwoAxJMKABCUCgARlAoAaJQKAHKUCgDAlAoAzpQKABiVCgAdlQoAcJUKAH2VCgBojxMAzZUKACCWCgAtlgoAeJYKAIWWCgDQlgoA3JYKACiXCgA3lwoAgJcKAIqXCgDYlwoA5pcKADCYCgA1mAoAiJgKAJWYCgDgmAoA6JgKAHCQEwBEmQoAkJkKAKCZCgDomQoA8ZkKAECaCgBDmgoAmJoKAKSaCgDwmgoA95oKAMiQEwBLmwoAoJsKAKibCgD4mwoABJwKAFCcCgBWnAoAqJwKAK6cCgAAnQoABZ0KAFidCgBenQoAeJETANmdCgAIngoAMZ4KAGCeCgCEngoAKJITAL6eCgAI3QsAy54KABCfCgAfnwoAaJ8KAHSfCgDAnwoAwZ8KABigCgAioAoAcKAKAH6gCgDIoAoAzaAKACChCgAtoQoAgJITAJuhCgDYkhMA+aEKACiiCgBRogoAgKIKAKSiCgAwkxMA5qIKADCjCgA1owoAiKMKAJWjCgDgowoA6KMKADikCgA+pAoAkKQKAJykCgDopAoA+KQKAEClCgBJpQoAmKUKAJulCgDwpQoALKYKAEimCgBUpgoAiJMTAKamCgD4pgoAEacKAFCnCgBepwoAqKcKALWnCgAAqAoAB6gKAFioCgBhqAoAsKgKAL2oCgAIqQoAH6kKAGCpCgBjqQoAuKkKALqpCgAQqgoAGaoKAGiqCgB4qgoAwKoKANmqCgAYqwoAGqsKAHCrCgB5qwoAyKsKANCrCgAgrAoAIqwKAHisCgCRrAoA0KwKAOesCgAorQoANK0KAICtCgCRrQoA2K0KAOStCgAwrgoAO64KAIiuCgCVrgoA4K4KAOquCgDgkxMAS68KAJCvCgCerwoA6K8KAM6vCgCAuAoAJbAKAECwCgBNsAoAmLAKAKCwCgDwsAoA9rAKAEixCgBUsQoAoLEKAKuxCgD4sQoAAbIKAFCyCgBTsgoAqLIKAKqyCgAAswoAB7MKAFizCgBaswoAOJQTALOzCgAItAoAFrQKAGC0CgBltAoAuLQKAMW0CgAQtQoAHLUKAGi1CgBwtQoAkJQTAM61CgAYtgoAKLYKAHC2CgB+tgoAyLYKANG2CgAgtwoAKrcKAHi3CgB6twoA0LcKANq3CgAouAoAKrgKAOiUEwCFuAoA2LgKAOC4CgAwuQoANrkKAIi5CgCUuQoA4LkKAO+5CgA4ugoAQboKAJC6CgCTugoA6LoKAOq6CgBAuwoAR7sKAJi7CgCauwoAQJUTAPW7CgBIvAoAZLwKAKC8CgC8vAoAmJUTAAW9CgD4+wsAB70KAFC9CgBVvQoAqL0KALW9CgAAvgoADb4KAFi+CgBevgoAsL4KALy+CgAIvwoAGL8KAGC/CgBpvwoAuL8KALu/CgAQwAoAHMAKAGjACgBvwAoA8JUTAM/ACgAYwQoAHcEKAHDBCgB9wQoAyMEKANXBCgAgwgoAJsIKAHjCCgCEwgoA0MIKAODCCgAowwoAMcMKAIDDCgCDwwoA2MMKAOTDCgAwxAoAN8QKAEiWEwCKxAoA4MQKAO7ECgA4xQoAScUKAKCWEwCXxQoA+JYTAPDFCgBQlxMARcYKAJjGCgClxgoA8MYKAP3GCgBIxwoAVMcKAKDHCgCvxwoA+McKAALICgBQyAoAXsgKAKjICgCtyAoAAMkKAA3JCgBYyQoAYMkKAKiXEwC8yQoACMoKABjKCgBgygoAacoKALjKCgC7ygoAEMsKABzLCgBoywoAb8sKAACYEwDCywoAGMwKACbMCgBwzAoAgcwKAFiYEwDPzAoAsJgTACjNCgAImRMAfc0KANDNCgDdzQoAKM4KADXOCgCAzgoAjM4KANjOCgDnzgoAMM8KADrPCgCIzwoAls8KAODPCgDlzwoAONAKAEXQCgCQ0AoAmNAKAGCZEwD00AoAQNEKAFDRCgCY0QoAodEKAPDRCgDz0QoASNIKAFTSCgCg0goAp9IKALiZEwAC0woAUNMKAF7TCgCo0woAvtMKAADUCgAM1AoAWNQKAF/UCgCw1AoAuNQKAAjVCgAN1QoAYNUKAGnVCgC41QoAwtUKABCaEwAm1goAaNYKAHTWCgDA1goAx9YKABjXCgAg1woAcNcKAHXXCgDI1woA0dcKACDYCgAq2AoAaJoTAH3YCgCYFQ4AhNgKAOgoCwCH2AoA0NgKAKLYCgDAjBQA1dgKACjZCgA12QoAgNkKAI3ZCgDY2QoA5NkKADDaCgA/2goAiNoKAJLaCgDg2goA7toKADjbCgBF2woAkNsKAKfbCgDo2woA8NsKAEDcCgBK3AoAmNwKAJ3cCgDw3AoA+NwKAMCaEwBN3QoAoN0KAK/dCgD43QoAGN4KAFDeCgBc3goAqN4KALLeCgAA3woACt8KAFjfCgBm3woAsN8KAMbfCgAI4AoAFOAKAGDgCgBl4AoAuOAKAMHgCgAQ4QoAGuEKAGjhCgB04QoAwOEKANPhCgAY4goAJ+IKAHDiCgB84goAyOIKAMniCgAg4woAKuMKAHjjCgCG4woA0OMKANXjCgAo5AoANeQKAHCbEwCO5AoA2OQKAO7kCgAw5QoAPOUKAIjlCgCP5QoA4OUKAOjlCgA45goAPeYKAJDmCgCZ5goA6OYKAPLmCgB4nBMARecKAJjnCgCg5woA8OcKAPPnCgBI6AoAUegKAKDoCgCv6AoA+OgKAAPpCgBQ6QoAWOkKAKjpCgC46QoAAOoKAA7qCgBY6goAaeoKALDqCgC86goACOsKABDrCgDQnBMAZusKALjrCgDA6woAEOwKABfsCgBo7AoAduwKAMDsCgDG7AoAGO0KACTtCgBw7QoAf+0KAMjtCgDS7QoAIO4KACXuCgB47goAfu4KANDuCgDk7goAKJ0TADnvCgCA7woAjO8KANjvCgDe7woAMPAKADbwCgCI8AoAjfAKAODwCgDm8AoAgJ0TAD3xCgCQ8QoAofEKAOjxCgDw8QoAQPIKAPTxCgB4DwsA9vEKAOArEQBK8goAmPIKAKbyCgDw8goABvMKAEjzCgBU8woAoPMKAKfzCgD48woAAPQKAFD0CgBV9AoAqPQKALH0CgAA9QoACvUKAFj1CgBg9QoAsPUKALT1CgAI9goAE/YKAGD2CgBu9goAuPYKAMn2CgAQ9woAHPcKAGj3CgBw9woA2J0TAML3CgAY+AoAJvgKAHD4CgB6+AoAyPgKANb4CgAg+QoALfkKAHj5CgCP+QoA0PkKANj5CgAo+goAOPoKAID6CgCF+goA2PoKAN76CgAw+woAOPsKAIj7CgCK+woA4PsKAO37CgA4/AoAQPwKAJD8CgCV/AoA6PwKAOn8CgBA/QoATP0KAJj9CgCl/QoA8P0KAPj9CgBI/goAV/4KAKD+CgCl/goA+P4KAAX/CgBQ/woAXf8KAKj/CgC0/woAAAALAA8ACwBYAAsAYgALALAACwC+AAsACAELAA0BCwBgAQsAbQELADCeEwC7AQsAEAILABgCCwBoAgsAdQILAMACCwDFAgsAGAMLACIDCwBwAwsAeAMLAMgDCwDKAwsAIAQLADsECwB4BAsAegQLANAECwDeBAsAKAULADkFCwCABQsAggULANgFCwDxBQsAMAYLAEEGCwCIBgsAlAYLAIieEwDoBgsAOAcLAD4HCwCQBwsAnAcLAOgHCwAFCAsAQAgLAEkICwCYCAsApAgLAPAICwDzCAsASAkLAFIJCwCgCQsAqAkLAPgJCwACCgsAUAoLAF4KCwCoCgsAvgoLAAALCwAMCwsAWAsLAF8LCwCwCwsAuAsLAAgMCwANDAsAYAwLAGkMCwC4DAsAwgwLABANCwAYDQsAaA0LAGoNCwDADQsA0A0LABgOCwAiDgsAcA4LAHwOCwDIDgsAzg4LACAPCwAoDwsA4J4TAH4PCwDQDwsA1g8LACgQCwAtEAsAgBALAIYQCwA4nxMA5hALADARCwBGEQsAiBELAJQRCwDgEQsA5RELADgSCwBBEgsAkBILAJoSCwDoEgsACxMLAEATCwBEEwsAmBMLAE8TCwD4FAsAmhMLAPATCwD+EwsASBQLAFIUCwCgFAsAxBQLAECgEwD+FAsAUBULAFwVCwCoFQsAqhULAAAWCwAKFgsAWBYLAGQWCwCwFgsA1BYLAJigEwAMFwsAYBcLABcXCwDAGAsAYhcLALgXCwDGFwsAEBgLABoYCwBoGAsAjBgLAPCgEwDGGAsAGBkLACQZCwBwGQsAchkLAMgZCwDSGQsAIBoLACwaCwB4GgsAnBoLAEihEwDtGgsAKBsLADEbCwCAGwsAjhsLANgbCwDeGwsAMBwLADwcCwCIHAsAkBwLAKChEwDnHAsAOB0LAFEdCwCQHQsAnx0LAOgdCwDwHQsAQB4LAE8eCwCYHgsAnR4LAPAeCwD9HgsASB8LAFUfCwCgHwsArB8LAPgfCwAHIAsAUCALAFogCwCoIAsAtiALAAAhCwAFIQsAWCELAGUhCwD4oRMAsSELAHCdCwDJIQsACCILABIiCwBgIgsAYiILALgiCwDGIgsAECMLAB0jCwBoIwsAcCMLAMAjCwDsIwsAGCQLAB8kCwBwJAsAiSQLAMgkCwDXJAsAICULACglCwB4JQsAhyULANAlCwDVJQsAKCYLADUmCwCAJgsAjSYLANgmCwDkJgsAMCcLAD8nCwCIJwsAkicLAOAnCwDuJwsAOCgLAD0oCwCQKAsAnSgLAFCiEwD7KAsAQCkLAE8pCwCYKQsApCkLAPApCwD8KQsASCoLAE8qCwCgKgsArCoLAPgqCwD/KgsAUCsLAFgrCwCoKwsArCsLAAAsCwALLAsAWCwLAGQsCwCwLAsAvSwLAAgtCwAQLQsAYC0LAGotCwC4LQsAvi0LABAuCwAkLgsAaC4LAHYuCwDALgsAzS4LABgvCwAvLwsAcC8LAHgvCwDILwsA0i8LACAwCwAlMAsAeDALAIAwCwDQMAsA3zALACgxCwAtMQsAgDELAI0xCwDYMQsA5TELADAyCwA8MgsAiDILAJcyCwDgMgsA6jILAKiiEwBAMwsAkDMLAJ8zCwDoMwsA7TMLAEA0CwBJNAsAmDQLAKk0CwDwNAsA9zQLAEg1CwBQNQsAoDULAK01CwD4NQsA/TULAFA2CwBaNgsAqDYLALA2CwAANwsAGTcLAFg3CwBkNwsAsDcLALg3CwAAoxMAFzgLAGA4CwB9OAsAuDgLAME4CwAQOQsAHjkLAGg5CwBuOQsAwDkLAMw5CwAYOgsAHzoLAHA6CwB4OgsAyDoLANg6CwAgOwsAJjsLAHg7CwB9OwsA0DsLAOY7CwAoPAsAMDwLAIA8CwCKPAsA2DwLAOM8CwAwPQsAPD0LAIg9CwCQPQsAWKMTAO09CwA4PgsAPz4LAJA+CwCcPgsA6D4LAO4+CwBAPwsAUT8LAJg/CwCsPwsA8D8LAP4/CwBIQAsAVUALAKBACwC3QAsA+EALAABBCwBQQQsAV0ELAKhBCwCqQQsAAEILAApCCwBYQgsAWkILALBCCwDJQgsACEMLAApDCwBgQwsAY0MLALhDCwDEQwsAEEQLAD5ECwCwoxMAd0QLAMBECwDdRAsAGEULACFFCwBwRQsAfkULAMhFCwDORQsAIEYLACxGCwB4RgsAgEYLAAikEwDYRgsAKEcLAC5HCwCARwsAjEcLANhHCwDbRwsAMEgLADVICwCISAsAkUgLAOBICwDmSAsAOEkLAEdJCwCQSQsAnEkLAOhJCwDwSQsAYKQTAEZKCwCYSgsAnUoLAPBKCwAGSwsASEsLAFBLCwCgSwsArksLAPhLCwACTAsAUEwLAFNMCwCoTAsAsEwLAABNCwABTQsAWE0LAF5NCwCwTQsAvk0LAAhOCwAeTgsAYE4LAGJOCwC4TgsAvk4LABBPCwAkTwsAaE8LAHBPCwDATwsA0E8LABhQCwAaUAsAcFALAH9QCwDIUAsA0lALACBRCwAlUQsAeFELAH5RCwDQUQsA5FELAChSCwAwUgsAgFILAIVSCwDYUgsA3lILADBTCwA4UwsAiFMLAItTCwDgUwsA5VMLADhUCwBBVAsAkFQLAJZUCwDoVAsA91QLAEBVCwBMVQsAuKQTAKRVCwDwVQsAA1YLAEhWCwBkVgsAoFYLAKhWCwAQpRMABlcLAFBXCwBmVwsAqFcLALRXCwAAWAsABVgLAFhYCwBhWAsAsFgLALpYCwAIWQsAEFkLAGBZCwBiWQsAuFkLAMdZCwAQWgsALVoLAGhaCwBxWgsAwFoLAM5aCwAYWwsAHlsLAHBbCwB+WwsAyFsLANVbCwAgXAsAN1wLAHhcCwCAXAsA0FwLANJcCwAoXQsAMF0LAIBdCwCPXQsA2F0LAN1dCwAwXgsAPV4LAIheCwCVXgsA4F4LAOxeCwA4XwsAR18LAJBfCwCaXwsA6F8LAPZfCwBAYAsARWALAJhgCwClYAsAaKUTAPpgCwBIYQsASmELAKBhCwCnYQsA+GELAP9hCwBQYgsAVmILAKhiCwC2YgsAAGMLAA1jCwBYYwsAaGMLALBjCwC1YwsACGQLABBkCwBgZAsAJGQLAFjRCwBsZAsAuGQLALpkCwDQZwsAxWQLABBlCwAVZQsAaGULAHJlCwDAZQsA0GULABhmCwAdZgsAcGYLAHlmCwDIZgsA1WYLACBnCwAnZwsAeGcLAIBnCwDApRMA3mcLAChoCwBAaAsAgGgLAIJoCwDYaAsA72gLADBpCwAyaQsAiGkLAJZpCwDgaQsA7WkLADhqCwBAagsAGKYTAJNqCwDoagsAp2oLAMA+DQDxagsAQGsLAE5rCwBAlwsAT2sLAJhrCwCjawsA8GsLAPhrCwBIbAsAU2wLAKBsCwClbAsA+GwLAPtsCwBQbQsAWm0LAHCmEwCubQsAAG4LALJtCwCoBhAAG24LAFhuCwBkbgsAsG4LALZuCwAIbwsAEG8LAGBvCwB2bwsAuG8LAMZvCwAQcAsAE3ALAGhwCwCBcAsAwHALAMxwCwAYcQsAI3ELAHBxCwBycQsAyHELAONxCwAgcgsALnILAHhyCwCFcgsA0HILAOdyCwDIphMAKnMLABAJEAA+cwsAgHMLAIFzCwDYcwsA3XMLADB0CwA2dAsAiHQLAIp0CwDgdAsA5nQLADh1CwBMdQsAkHULAJh1CwDodQsA+HULAEB2CwBCdgsAmHYLAKZ2CwDwdgsAAXcLACCnEwBOdwsAoHcLAKx3CwB4pxMA+ncLAFB4CwBheAsAqHgLALB4CwAAeQsACXkLAFh5CwBfeQsAsHkLALF5CwDQpxMAFHoLAGB6CwBiegsAuHoLAL96CwAQewsAGHsLAGh7CwBxewsAwHsLAMd7CwAYfAsAGXwLACioEwB1fAsAyHwLANB8CwAgfQsAKn0LAHh9CwCGfQsA0H0LAOZ9CwAofgsANH4LAIB+CwCFfgsA2H4LAOF+CwAwfwsAOn8LAICoEwCJfwsA4H8LAOh/CwDwIw0A+H8LADiACwBFgAsAkIALAJyACwDogAsA8oALAECBCwBEgQsAmIELAJ2BCwDwgQsA9oELAEiCCwBoggsAoIILALiCCwD4ggsAD4MLAFCDCwBcgwsAqIMLALKDCwAAhAsAAoQLAFiECwBfhAsAsIQLALeECwAIhQsADoULAGCFCwBshQsAuIULALuFCwAQhgsAE4YLAGiGCwB0hgsAwIYLAMOGCwAYhwsANIcLAHCHCwB4hwsA2KgTANSHCwAgiAsAKogLAHiICwB6iAsA0IgLANeICwAoiQsAL4kLAICJCwCGiQsA2IkLAOaJCwAwigsAPYoLAIiKCwCYigsA4IoLAOWKCwA4iwsAQIsLAJCLCwCgiwsA6IsLAO2LCwBAjAsARowLAJiMCwCgjAsAMKkTAPaMCwBIjQsAUI0LAKCNCwCjjQsA+I0LAASOCwBQjgsAVo4LAKiOCwDDjgsAAI8LAA6PCwBYjwsAZ48LALCPCwC8jwsACJALABCQCwDgqRMAZZALALiQCwDCkAsAEJELABiRCwBokQsAiJELAMCRCwDNkQsAGJILAB2SCwBwkgsAdJILAMiSCwDVkgsAOKoTACWTCwB4kwsAe5MLANCTCwDakwsAKJQLADSUCwCAlAsAk5QLANiUCwDnlAsAMJULADyVCwCIlQsAiZULAOCVCwDqlQsAOJYLAEaWCwCQlgsAlZYLAOiWCwD1lgsAkKoTAEqXCwCYlwsAmpcLAPCXCwAJmAsASJgLAFmYCwCgmAsArJgLAPiYCwAAmQsAmKsTAFeZCwComQsAr5kLAACaCwAGmgsAWJoLAGSaCwCwmgsAs5oLAAibCwALmwsAYJsLAGibCwC4mwsAyJsLABCcCwAVnAsAaJwLAHGcCwDAnAsAzZwLABidCwAfnQsA8KsTAHydCwDInQsA1Z0LACCeCwAongsAeJ4LAIKeCwDQngsA354LACifCwApnwsAgJ8LAIifCwDYnwsA558LADCgCwA1oAsAiKALAJWgCwDgoAsA7aALADihCwBEoQsAkKELAJ+hCwDooQsA8qELAECiCwBOogsAmKILAJ2iCwDwogsA/aILAEijCwBQowsAoKMLAKqjCwD4owsA/aMLAFCkCwBYpAsASKwTALakCwAApQsADKULAFilCwBepQsAsKULALalCwAIpgsADaYLAGCmCwBmpgsAoKwTAMSmCwAQpwsAFqcLAGinCwBupwsAwKcLAM2nCwAYqAsAHagLAHCoCwB4qAsAyKgLAOaoCwCorRMAIakLAHipCwB9qQsA0KkLANapCwAoqgsAKqoLAICqCwCGqgsA2KoLAOyqCwAwqwsAOKsLAIirCwCYqwsA4KsLAOKrCwA4rAsARqwLAJCsCwChrAsAAK4TAO6sCwBArQsATK0LAFiuEwClrQsA8K0LAPitCwBIrgsAVa4LAKCuCwCirgsA+K4LAA6vCwBQrwsAXK8LAKivCwCwrwsACK8TAAywCwBYsAsAW7ALALCwCwC1sAsACLELABmxCwBgsQsAabELALixCwDCsQsAELILAB6yCwBosgsAbbILAMCyCwDNsgsAYK8TACSzCwBwswsAfbMLAMizCwDKswsAILQLADa0CwB4tAsAhLQLANC0CwDYtAsAuK8TAC21CwCAtQsAhrULANi1CwDgtQsAMLYLADO2CwCItgsAlLYLAOC2CwDmtgsAOLcLAFO3CwCQtwsAnbcLAOi3CwDqtwsAQLgLAFa4CwCYuAsApLgLAPC4CwD4uAsAELATAE65CwCguQsApbkLAPi5CwATugsAULoLAF66CwCougsAr7oLAAC7CwAMuwsAWLsLAF+7CwBosBMAu7sLAAi8CwAQvAsAYLwLAGu8CwC4vAsAvbwLABC9CwATvQsAaL0LAHK9CwDAvQsAyL0LABi+CwAmvgsAcL4LAHO+CwDIvgsA0L4LACC/CwBAvwsAeL8LAIW/CwDQvwsA1b8LACjACwAswAsAgMALAI3ACwDAsBMA+MALADDBCwA5wQsAiMELAInBCwDgwQsA6MELADjCCwBIwgsAkMILAJLCCwDowgsA9sILAEDDCwBRwwsAGLETAJ7DCwDwwwsA/MMLAHCxEwBPxAsAyLETAKXECwD4xAsAEsULAFDFCwBfxQsAqMULALPFCwAAxgsAAsYLAFjGCwBlxgsAsMYLAL3GCwAIxwsAFMcLAGDHCwBxxwsAuMcLALvHCwAQyAsAKsgLAGjICwBxyAsAwMgLAM3ICwAYyQsAHskLAHDJCwB8yQsAyMkLAMvJCwAgygsAJcoLAHjKCwCJygsA0MoLAOvKCwAoywsANMsLAIDLCwCHywsA2MsLANrLCwAwzAsAN8wLAIjMCwCPzAsA4MwLAObMCwA4zQsARM0LAJDNCwCTzQsA6M0LAOvNCwBAzgsATM4LAJjOCwCrzgsA8M4LAP/OCwBIzwsAVM8LAKDPCwChzwsA+M8LAALQCwBQ0AsAXtALAKjQCwCt0AsAANELAA3RCwAgshMAYNELAHiyEwCy0QsACNILAB7SCwBg0gsAbNILALjSCwDA0gsA0LITABbTCwBo0wsAcNMLAMDTCwDD0wsAGNQLACTUCwBw1AsAdtQLAMjUCwDj1AsAINULAC7VCwB41QsAh9ULANDVCwDc1QsAKNYLADDWCwAosxMAhdYLANjWCwDi1gsAMNcLADjXCwCI1wsAqNcLAODXCwDt1wsAONgLAD3YCwCQ2AsAlNgLAOjYCwD12AsAgLMTAGPZCwDYsxMAndkLAPDZCwD/2QsASNoLAGjaCwCg2gsArNoLAPjaCwAC2wsAUNsLAFzbCwCo2wsArtsLAADcCwAG3AsAWNwLAF3cCwCw3AsAttwLADC0EwAO3QsAYN0LAGXdCwC43QsAvt0LAOC0EwAT3gsAaN4LAHLeCwDA3gsAwt4LABjfCwAx3wsAcN8LAIHfCwDI3wsA1t8LACDgCwAj4AsAeOALAIPgCwDQ4AsA2OALACjhCwAq4QsAgOELAIjhCwDY4QsA5eELADDiCwA84gsAiOILAIziCwDg4gsA6OILADjjCwBH4wsAkOMLAJXjCwDo4wsA9eMLAEDkCwBN5AsAmOQLAKTkCwDw5AsA/+QLAEjlCwBS5QsAoOULAK7lCwD45QsA/eULAFDmCwBd5gsAOLUTALDmCwCQtRMABOcLAHjrCwAM5wsAWOcLAF7nCwCw5wsAtucLAAjoCwAV6AsAYOgLAGXoCwC46AsAwOgLABDpCwA56QsAaOkLAEbpCwAY6gsAjukLAHDqCwCR6QsAwOkLAOnpCwDotRMAQeoLAEC2EwCW6gsAyOoLAP7qCwAg6wsASesLAJi2EwCG6wsA0OsLAN3rCwAo7AsANOwLAIDsCwCG7AsA2OwLAN7sCwAw7QsANe0LAIjtCwCO7QsA8LYTAAbuCwDo7gsACe4LADjuCwBh7gsAoLcTALnuCwD4txMADu8LAEDvCwB27wsAmO8LAMHvCwBQuBMA+u8LAEjwCwBN8AsAoPALAKjwCwCouBMA/fALAFDxCwBZ8QsAqPELALXxCwAA8gsAB/ILAAC5EwBg8gsAWLkTAMPyCwAI8wsAFPMLAGDzCwBv8wsAuPMLAMHzCwAQ9AsAGvQLAGj0CwBq9AsAwPQLANn0CwAY9QsAKfULAHD1CwB89QsAyPULAND1CwCwuRMALvYLAHj2CwCJ9gsA0PYLANz2CwAo9wsAMPcLAAi6EwCF9wsA2PcLAOL3CwAw+AsAOPgLAIj4CwCY+AsA4PgLAOX4CwA4+QsAQfkLAJD5CwCd+QsA6PkLAO/5CwBguhMARvoLANC7EABN+gsAmPoLAFP6CwDIhg8AnfoLAPD6CwD8+gsASPsLAFX7CwCg+wsAqvsLALi6EwD9+wsAUPwLAFz8CwCo/AsAtfwLAAD9CwAK/QsAWP0LAHT9CwCw/QsAuP0LABC7EwAN/gsAYP4LAGj+CwC4/gsAu/4LABD/CwAZ/wsAaP8LAHf/CwDA/wsAy/8LABgADAAgAAwAcAAMAIAADADIAAwA1gAMACABDAAxAQwAeAEMAIQBDADQAQwA2AEMAGi7EwAuAgwAgAIMAIgCDADYAgwA3wIMADADDAA+AwwAiAMMAI4DDADgAwwA7AMMADgEDABHBAwAkAQMAJoEDADoBAwA7QQMAEAFDABGBQwAmAUMAKwFDADwBQwA+AUMAEgGDABmBgwAoAYMAKgGDADAuxMAAAcMABi8EwBYBwwAqAcMAMEHDAAACAwACQgMAFgIDABoCAwAsAgMAMAIDAAICQwAFAkMAGAJDABmCQwAuAkMAMYJDAAQCgwAHQoMAGgKDAB/CgwAwAoMAMgKDAAYCwwAIgsMAHALDAB+CwwAyAsMAN4LDAAgDAwALAwMAHgMDAB/DAwA0AwMANgMDAAoDQwALQ0MAIANDACJDQwA2A0MAOINDAAwDgwAOA4MAIgODACKDgwA4A4MAPAODAA4DwwAQg8MAJAPDACcDwwA6A8MAO4PDABAEAwASBAMAMi8EwCaEAwA8BAMAAERDABIEQwAZBEMAKARDACoEQwAIL0TAAkSDABQEgwAYRIMAKgSDACwEgwAABMMABkTDABYEwwAXhMMALATDAC1EwwACBQMACgUDABgFAwAbBQMALgUDAC+FAwAEBUMABgVDABoFQwAdxUMAMAVDADFFQwAGBYMACUWDABwFgwAfRYMAMgWDADUFgwAIBcMAC8XDAB4FwwAghcMANAXDADeFwwAKBgMAC0YDACAGAwAjRgMANgYDADbGAwAMBkMADgZDACIGQwAihkMAOAZDADmGQwAOBoMAEQaDACQGgwAmBoMAHi9EwDtGgwAQBsMAEQbDACYGwwApRsMANC9EwD4GwwAKL4TAE4cDACgHAwAtxwMAPgcDAABHQwAUB0MAGYdDACoHQwAtB0MAAAeDAANHgwAWB4MAGIeDACwHgwAuB4MAAgfDABHHwwAYB8MAIkfDAC4HwwAwB8MABAgDAAzIAwAgL4TAHcgDADAIAwAfiAMAFA+DADFIAwAGCEMACUhDABwIQwAfSEMAMghDADUIQwAICIMAC8iDAB4IgwAgiIMANAiDADeIgwAKCMMAC0jDACAIwwAjSMMANgjDAD8IwwAMCQMADgkDADYvhMAkSQMAOAkDADjJAwAOCUMAEIlDACQJQwAmCUMAOglDAABJgwAQCYMAEwmDACYJgwAoCYMADC/EwAAJwwASCcMAFAnDACgJwwAqicMAPgnDAAMKAwAUCgMAFEoDACoKAwAtCgMAAApDAAIKQwAiL8TAGspDACwKQwAsSkMAAgqDAAUKgwAYCoMAG8qDAC4KgwAwioMABArDAATKwwAaCsMAHArDADAKwwAwSsMABgsDAAaLAwAcCwMAHYsDADILAwAyiwMACAtDAA2LQwAeC0MAIQtDADQLQwA2i0MACguDAA0LgwAgC4MAIYuDADYLgwA4C4MADAvDABZLwwAiC8MAJAvDADgLwwA6i8MADgwDAA9MAwAkDAMAJgwDADoMAwAATEMAEAxDABMMQwAmDEMAKAxDADgvxMA/DEMAEgyDABLMgwAoDIMAKUyDAD4MgwAATMMAFAzDABWMwwAqDMMALczDAAANAwADDQMAFg0DABtNAwAsDQMALg0DAAINQwAFTUMADg7DAAhNQwAYDUMAGU1DAC4NQwAvTUMABA2DAAhNgwAaDYMAHA2DADANgwAdDYMAHg4DADXNgwAGDcMACY3DABwNwwAizcMAMg3DADUNwwAIDgMAC04DAA4wBMAejgMANA4DADdOAwAKDkMADA5DACAOQwAlzkMANg5DADmOQwAMDoMAEs6DACIOgwAlDoMAOA6DADtOgwAkMATAEE7DACQOwwAoTsMAOg7DAD5OwwAQDwMAEg8DACYPAwArzwMAPA8DAD+PAwASD0MAGM9DACgPQwArD0MAPg9DAAFPgwA6MATAGQ+DACoPgwAqz4MAAA/DAAdPwwAWD8MAGk/DACwPwwA1D8MAAhADAAQQAwAQMETAGlADAC4QAwAu0AMABBBDAAaQQwAaEEMAHBBDADAQQwA2UEMABhCDAAkQgwAcEIMAHhCDACYwRMA2EIMACBDDAAoQwwAeEMMAIJDDADQQwwA5EMMAChEDAApRAwAgEQMAIxEDADYRAwA4EQMAPDBEwBERQwAiEUMAItFDADgRQwA/UUMADhGDABJRgwAkEYMAJ5GDADoRgwA/UYMAEBHDABIRwwAmEcMAKVHDAAISwwAsUcMAPBHDAD1RwwASEgMAE1IDACgSAwAsUgMAPhIDAAASQwAUEkMAGdJDACoSQwAtkkMAABKDAAbSgwAWEoMAGRKDACwSgwAvUoMAEjCEwARSwwAYEsMAHFLDAC4SwwAyUsMABBMDAAYTAwAaEwMAH9MDADATAwAzkwMABhNDAAzTQwAcE0MAHxNDADITQwA1U0MAKDCEwA0TgwAeE4MAHtODADQTgwA7U4MAChPDAA5TwwAgE8MAI5PDADYTwwA7U8MADBQDAA4UAwAiFAMAJVQDAC4VgwAoVAMAOBQDADlUAwAOFEMAD1RDACQUQwAoVEMAOhRDADwUQwAQFIMAPRRDAD4UwwAV1IMAJhSDACmUgwA8FIMAAtTDABIUwwAVFMMAKBTDACtUwwA+MITAPpTDABQVAwAXVQMAKhUDACwVAwAAFUMABdVDABYVQwAZlUMALBVDADLVQwACFYMABRWDABgVgwAbVYMAFDDEwDBVgwAEFcMACFXDABoVwwAeVcMAMBXDADIVwwAGFgMAC9YDABwWAwAflgMAMhYDADjWAwAIFkMACxZDAB4WQwAhVkMAKjDEwDZWQwAKFoMADlaDACAWgwAjFoMANhaDADlWgwAMFsMADVbDACIWwwAklsMAOBbDADwWwwAOFwMAD1cDACQXAwAmVwMAOhcDAD1XAwAQF0MAEddDACYXQwApF0MAPBdDAD2XQwASF4MAE5eDACgXgwApV4MAPheDAD+XgwAAMQTAFVfDACoXwwAsF8MAABgDAAWYAwAWGAMAF1gDACwYAwAt2AMAAhhDAARYQwAYGEMAHFhDAC4YQwAxGEMABBiDAAYYgwACMUTAGpiDADAYgwA1mIMABhjDAAkYwwAcGMMAHdjDADIYwwA0GMMAGDFEwAlZAwAeGQMAH9kDADQZAwA2WQMAChlDAA5ZQwAgGUMAIxlDADYZQwA4GUMALjFEwAyZgwAiGYMAJ5mDADgZgwA7GYMADhnDAA/ZwwAkGcMAJhnDAAQxhMA7WcMAEBoDABHaAwAmGgMAKFoDADwaAwAAWkMAEhpDABUaQwAoGkMAKhpDABoxhMA+mkMAFBqDABfagwAqGoMAMhqDAAAawwAAmsMAFhrDABvawwAsGsMALxrDAAIbAwAEGwMABjHEwBlbAwAuGwMALpsDAAQbQwAF20MAGhtDABwbQwAwG0MAMltDAAYbgwAHm4MAHBuDACBbgwAyG4MANBuDADIxxMALG8MAHhvDAB7bwwA0G8MANVvDAAocAwAOXAMAIBwDACbcAwA2HAMAORwDAAwcQwAOHEMACDIEwCecQwA4HEMAOFxDAA4cgwAPXIMAJByDACWcgwA6HIMAPJyDABAcwwASHMMAJhzDACqcwwAeMgTAP1zDABIdAwAUnQMAKB0DACmdAwA+HQMAAx1DABQdQwAWHUMAKh1DAC4dQwAAHYMAAV2DABYdgwAXnYMALB2DAC4dgwACHcMAAl3DABgdwwAYncMALh3DADHdwwAEHgMADB4DABoeAwAangMAMB4DADXeAwAGHkMACR5DABweQwAeHkMANDIEwDQeQwAIHoMADl6DAB4egwAgXoMANB6DADaegwAKHsMADB7DACAewwAkHsMANh7DADdewwAMHwMADl8DACIfAwAlXwMAOB8DADnfAwAOH0MAEB9DACAyRMAmn0MAOh9DADwfQwAQH4MAE5+DACYfgwApX4MAPB+DAD4fgwASH8MAEp/DACgfwwAqH8MAPh/DAD5fwwAUIAMAFKADACogAwAt4AMAACBDAAggQwAWIEMAFqBDACwgQwAx4EMAAiCDAAUggwAYIIMAHqCDAC4ggwA5IIMABCDDAATgwwAaIMMAG2DDADAgwwAzYMMANjJEwAahAwAcIQMAHqEDADIhAwA14QMACCFDAArhQwAeIUMAIaFDADQhQwA3YUMACiGDAA/hgwAgIYMAIiGDADYhgwA2YYMADCHDAAyhwwAiIcMAJeHDADghwwAAIgMADiIDAA6iAwAkIgMAKeIDADoiAwA9IgMAECJDABIiQwAMMoTAJ2JDADwiQwA9okMAEiKDABQigwAoIoMAL+KDAD4igwABYsMAFCLDABRiwwAqIsMAL6LDAAAjAwAHIwMAIjKEwBdjAwAsIwMALqMDAAIjQwAEI0MAGCNDABhjQwAuI0MAGKNDAAAlwwAvo0MABCODAAcjgwAaI4MAHiODADAjgwAzo4MABiPDAArjwwAcI8MAHyPDADIjwwAz48MACCQDAAokAwAeJAMAHyQDADQkAwA3pAMACiRDAAykQwAgJEMAIuRDADYkQwA4JEMADCSDABpkgwAiJIMAJCSDADgkgwA5ZIMADiTDAA+kwwAkJMMAJiTDADokwwAApQMAECUDAB5lAwAmJQMAKCUDADwlAwA9ZQMAEiVDABOlQwAoJUMAKiVDAD4lQwAEpYMAFCWDABqlgwAqJYMAOGWDADgyhMACJcMAFiXDABflwwAsJcMALyXDAAImAwACZgMAGCYDABsmAwAuJgMAMWYDAAQmQwAF5kMAGiZDAB0mQwAwJkMAM2ZDAAYmgwAJ5oMAHCaDACEmgwAOMsTAMqaDAAgmwwA1JoMAMjeDwAjmwwAAEEPAC2bDAD4yQ0AL5sMAHibDACYmwwA0JsMANKbDAAonAwAP5wMAICcDACMnAwA2JwMAOCcDACQyxMAMp0MAIidDACVnQwA4J0MAOmdDAA4ngwAOp4MAJCeDAChngwA6J4MAPmeDABAnwwAVJ8MAOjLEwC4nwwA8J8MAPKfDABIoAwAX6AMAKCgDACsoAwA+KAMAAChDABAzBMAUqEMAKihDACroQwAAKIMAAiiDABYogwAZaIMALCiDAC1ogwACKMMABKjDABgowwAaKMMALijDADRowwAEKQMABykDABopAwAdKQMAMCkDADNpAwAGKUMACClDABwpQwAgKUMAMilDADNpQwAIKYMACmmDAB4pgwAhaYMANCmDADXpgwAKKcMADCnDACYzBMAjacMANinDADbpwwAMKgMADqoDACIqAwAiqgMAOCoDADxqAwAOKkMAEmpDACQqQwAnKkMAOipDADvqQwAQKoMAFqqDACYqgwAoKoMAPCqDADxqgwA6LQMAPqqDABIqwwATqsMAKCrDAC0qwwA+KsMAACsDABQrAwAWqwMAKisDACtrAwAAK0MAAitDABYrQwAZq0MALCtDAC9rQwACK4MAAuuDABgrgwAaq4MALiuDAC6rgwAEK8MACGvDABorwwAea8MAMCvDADIrwwA8MwTACKwDABwsAwAjLAMAMiwDADQsAwASM0TACGxDAB4sQwAjrEMANCxDADYsQwAKLIMADayDACAsgwAjbIMANiyDADbsgwAMLMMADqzDACIswwAirMMAOCzDADxswwAOLQMAEm0DACQtAwAmLQMAKDNEwD5tAwAQLUMAEy1DACYtQwAmrUMAPC1DADztQwASLYMAFS2DACgtgwAqLYMAPjNEwABtwwAULcMAF23DACotwwAsLcMAAC4DAASuAwAWLgMAGW4DACwuAwAsbgMAAi5DAAeuQwAYLkMAGi5DAC4uQwAxrkMABC6DAAdugwAaLoMAGu6DADAugwAyroMABi7DAAauwwAcLsMAIG7DADIuwwA2bsMACC8DAAovAwAUM4TAIW8DADQvAwA2rwMACi9DADdvAwAePgOADa9DACAvQwAlr0MANi9DADkvQwAML4MADy+DACIvgwAjr4MAOC+DADmvgwAOL8MAD2/DACQvwwAlr8MAKjOEwDtvwwAQMAMAELADACYwAwAn8AMAPDADAD4wAwASMEMAEvBDACgwQwAqcEMAPjBDAAHwgwAUMIMAFvCDACowgwAsMIMAADDDAAQwwwAWMMMAGbDDACwwwwAwcMMAAjEDAAUxAwAYMQMAGjEDACwzxMA1sQMABDFDAAYxQwACNATAHTFDADAxQwA1sUMABjGDAAgxgwAcMYMAI/GDABg0BMAy8YMANggDQDVxgwAIMcMACPHDABoGRIAKMcMAHjHDAAqxwwAqMQPAHrHDADQxwwAgscMAIjUDACJxwwAUM0MAN3HDAAoyAwAPMgMAIDIDACIyAwA2MgMAN3IDAAwyQwAQMkMAIjJDACQyQwA4MkMAOrJDAA4ygwAQ8oMAJDKDACcygwA6MoMAPDKDAC40BMARcsMAJjLDAChywwA8MsMAPbLDABIzAwAV8wMAKDMDACszAwA+MwMAPvMDAAQ0RMAVc0MAKjNDAC3zQwAAM4MAALODABYzgwAac4MALDODADBzgwACM8MABzPDABgzwwAaM8MALjPDADGzwwAENAMAB3QDABo0AwAa9AMAMDQDADK0AwAGNEMABrRDABw0QwAgdEMAMjRDADZ0QwAINIMACzSDAB40gwAf9IMANDSDADY0gwAKNMMAD/TDACA0wwAjNMMANjTDADu0wwAMNQMADPUDABo0RMAk9QMAODUDADs1AwAONUMAEDVDADA0RMAnNUMAOjVDAD+1QwAQNYMAEPWDACY1gwAoNYMAPDWDADy1gwASNcMAGPXDACg1wwAotcMAPjXDAAG2AwAUNgMAGHYDACo2AwAqtgMAADZDAAZ2QwAWNkMAGnZDACw2QwAvNkMABjSEwAO2gwAYNoMAG7aDAC42gwA09oMABDbDAAc2wwAaNsMAG7bDADA2wwAyNsMABjcDAAo3AwAcNwMAHXcDADI3AwA0dwMACDdDAAt3QwAeN0MAH/dDADQ3QwA2N0MAHDSEwAt3gwAgN4MAIbeDADY3gwA4N4MADDfDABc3wwAiN8MAI/fDADg3wwA+d8MADjgDABH4AwAkOAMAKzgDADI0hMA9OAMAEDhDABK4QwAmOEMAKDhDADw4QwA9+EMAEjiDABO4gwAoOIMAK7iDAD44gwAE+MMAFDjDABc4wwAqOMMAK7jDAAA5AwACOQMAFjkDABm5AwAsOQMAL3kDAAI5QwAC+UMAGDlDABq5QwAuOUMALrlDAAQ5gwAHeYMAGjmDAB35gwAwOYMAMzmDAAY5wwAIOcMACDTEwB15wwAyOcMAM7nDAAg6AwAKOgMAHjoDACk6AwA0OgMANfoDAAo6QwAQekMAIDpDACP6QwA2OkMAOHpDAAw6gwANuoMAIjqDACZ6gwA4OoMAAjrDAA46wwAZOsMAJDrDACX6wwA6OsMAAHsDABA7AwAT+wMAJjsDAC07AwAeNMTAPXsDABI7QwAUu0MAKDtDACw7QwA+O0MAP3tDABQ7gwAWe4MAKjuDAC17gwAAO8MAAfvDABY7wwAZO8MALDvDADD7wwACPAMABfwDABg8AwAbPAMALjwDAC58AwAEPEMABrxDABo8QwAdvEMAMDxDADF8QwAGPIMACXyDADQ0xMAgfIMAMjyDADK8gwAIPMMACPzDAB48wwAe/MMANDzDADX8wwAKPQMADT0DACA9AwAkPQMANj0DADo9AwAMPUMADX1DACI9QwAkfUMAOD1DADt9QwAOPYMAD/2DACQ9gwAnPYMAOj2DADu9gwAQPcMAEb3DACY9wwAnfcMAPD3DAD29wwA2NQTAFL4DACg+AwArvgMAPj4DAAI+QwAUPkMAFL5DACo+QwAt/kMAAD6DAAK+gwAWPoMAGD6DADg1RMAtvoMAAj7DAAU+wwAONYTAGX7DAC4+wwAwPsMABD8DAAg/AwAaPwMAHb8DADA/AwAzfwMABj9DAAf/QwAcP0MAHj9DADo1hMA2f0MACD+DAAn/gwAeP4MAID+DADQ/gwA3f4MACj/DAAt/wwAgP8MAIr/DADY/wwA4P8MADAADQBJAA0AiAANAJQADQDgAA0A6AANAEDXEwBEAQ0AkAENAJMBDQDoAQ0A7QENAEACDQBRAg0AmAINALMCDQDwAg0A/AINAEgDDQBPAw0AoAMNALwDDQD4Aw0AAAQNAJjXEwBVBA0AqAQNALIEDQAABQ0ACAUNAFgFDQBaBQ0AmNAOAGgFDQCwBQ0AtQUNAAgGDQARBg0AYAYNAG0GDQC4Bg0AvwYNAPDXEwAZBw0AaAcNAHUHDQDABw0AzwcNABgIDQAiCA0AcAgNAH4IDQDICA0AzQgNACAJDQAtCQ0AeAkNAIAJDQBI2BMA0QkNACgKDQA0Cg0AgAoNAI0KDQDYCg0A5goNADALDQA9Cw0AiAsNAJ8LDQDgCw0A6AsNADgMDQA+DA0AkAwNAJwMDQDoDA0ABQ0NAEANDQBJDQ0AmA0NAKYNDQDwDQ0A9g0NAEgODQBUDg0AoA4NAKcODQD4Dg0AAA8NAFAPDQBvDw0AoNgTALkPDQAAEA0ADBANAFgQDQBfEA0AsBANALgQDQAIEQ0AEhENAGARDQBlEQ0AuBENAMARDQAQEg0AFRINAGgSDQBpEg0AwBINAMwSDQAYEw0AJRMNAHATDQB4Ew0AyBMNAMsTDQAgFA0AKhQNAHgUDQB+FA0A0BQNANwUDQAoFQ0AKhUNAIAVDQCWFQ0A2BUNAPQVDQAwFg0AOBYNAPjYEwCNFg0A4BYNAOgWDQA4Fw0AOxcNAJAXDQCZFw0A6BcNAPcXDQBAGA0ASxgNAJgYDQCgGA0A8BgNAAAZDQBIGQ0AVhkNAKAZDQCxGQ0A+BkNAAQaDQBQGg0AWBoNAFDZEwCuGg0AABsNAAgbDQBYGw0AXxsNALAbDQC+Gw0ACBwNAA4cDQBgHA0AbBwNALgcDQDHHA0AEB0NABodDQBoHQ0AbR0NAMAdDQDGHQ0AGB4NACweDQCo2RMAfB4NAMgeDQDVHg0AIB8NACMfDQB4Hw0Ahh8NANAfDQDVHw0AKCANADUgDQCAIA0AiCANAADaEwDgIA0AMCENADYhDQCIIQ0ANyENAIjcDQCUIQ0A4CENAP0hDQA4Ig0AQSINAJAiDQCeIg0A6CINAO4iDQBAIw0ATCMNAJgjDQCfIw0AWNoTAPEjDQCAug0A/CMNAEgkDQAAJA0AELcNAFskDQCgJA0AqiQNAPgkDQAEJQ0AUCUNAF0lDQCoJQ0AqyUNAAAmDQAOJg0AWCYNAF0mDQCwJg0AvSYNAAgnDQAQJw0AsNoTAGYnDQC4Jw0AxicNABAoDQArKA0AaCgNAHQoDQDAKA0AxigNAGDbEwA7KQ0AuNsTAHUpDQDIKQ0A1SkNACAqDQAtKg0AeCoNAIQqDQDQKg0A3yoNACgrDQAyKw0AgCsNAI4rDQDYKw0A3SsNADAsDQA9LA0AiCwNAKQsDQDgLA0A6CwNABDcEwA9LQ0AkC0NAJYtDQDoLQ0A8C0NAEAuDQBBLg0AmC4NAJ8uDQDwLg0A9S4NAEgvDQBQLw0AoC8NAK4vDQD4Lw0A+y8NAFAwDQBYMA0AqDANALUwDQAAMQ0ABTENAFgxDQBiMQ0AsDENALgxDQAIMg0AGTINAGAyDQBlMg0AuDINALoyDQAQMw0AFzMNAGgzDQB0Mw0AwDMNAMczDQBo3BMAJDQNAHA0DQCNNA0AyDQNANE0DQAgNQ0ALjUNAHg1DQB+NQ0A0DUNANw1DQAoNg0ALzYNAIA2DQCINg0A2DYNAO42DQAwNw0ANTcNAIg3DQCPNw0A4DcNAOk3DQA4OA0ASTgNAJA4DQCcOA0A6DgNAPA4DQAY3RMARjkNAJg5DQCdOQ0A8DkNAAs6DQBIOg0AVjoNAKA6DQCnOg0A+DoNAAQ7DQBQOw0AUzsNAKg7DQCwOw0AADwNAAE8DQBYPA0AWjwNALA8DQC/PA0ACD0NACg9DQBgPQ0AYj0NALg9DQDPPQ0AED4NABw+DQBoPg0AcD4NAHDdEwDFPg0AGD8NACA/DQBwPw0AgD8NAMg/DQDWPw0AIEANADFADQB4QA0AhEANANBADQDTQA0AKEENADBBDQCAQQ0AjkENANhBDQDlQQ0AMEINADhCDQCIQg0AwUINAMjdEwDiQg0AOEMNAEZDDQCQQw0AoUMNACDeEwDuQw0AQEQNAExEDQB43hMAtEQNACjfEwD5RA0ASEUNAF5FDQCgRQ0ApkUNAGhJDQCwRQ0A+EUNAPpFDQBQRg0AXkYNAKhGDQC5Rg0AgN8TAAdHDQDY3xMAZEcNALBHDQCzRw0ACEgNABJIDQBgSA0AY0gNALhIDQDKSA0AEEkNACxJDQAw4BMAcUkNAMBJDQDNSQ0AGEoNACJKDQBwSg0AfkoNAMhKDQDeSg0AIEsNACxLDQB4Sw0AhEsNANBLDQDWSw0AKEwNAC5MDQCATA0AhUwNANhMDQDeTA0AiOATADxNDQCITQ0Ai00NAOBNDQDqTQ0AOE4NADtODQCQTg0AmU4NAOhODQD2Tg0AQE8NAEpPDQCYTw0ApE8NAPBPDQDzTw0ASFANAFpQDQCgUA0AvFANAODgEwAHUQ0AUFENAFVRDQCoUQ0AsVENAABSDQANUg0AWFINAGJSDQCwUg0AwlINAAhTDQAkUw0AOOETAGZTDQC4Uw0AvlMNABBUDQAVVA0AaFQNAG5UDQCQ4RMAxVQNABhVDQAhVQ0AcFUNAHpVDQDIVQ0Ay1UNACBWDQAuVg0AeFYNAH9WDQDQVg0A3FYNAChXDQBAVw0AgFcNAIVXDQDYVw0A6FcNADBYDQBIWA0AiFgNAJRYDQDgWA0A81gNADhZDQA6WQ0AkFkNAKZZDQDoWQ0A6VkNAEBaDQBRWg0AmFoNAKRaDQDwWg0A81oNAEhbDQBgWw0AoFsNAK9bDQD4Ww0A/VsNAFBcDQBZXA0AqFwNALVcDQAAXQ0ACl0NAFhdDQBqXQ0AsF0NAMxdDQBA4hMAD14NAHDIDwASXg0AYF4NAGxeDQC4Xg0Au14NABBfDQAaXw0AaF8NAGtfDQDAXw0AyV8NABhgDQAmYA0AcGANAHpgDQDIYA0A1GANAJjiEwAoYQ0AeGENAIhhDQDQYQ0A0mENAChiDQA2Yg0AgGINAJFiDQDw4hMA3mINADBjDQA8Yw0ASOMTAJFjDQDgYw0A9mMNADhkDQBOZA0AkGQNAJJkDQDoZA0A7mQNAEBlDQBUZQ0AmGUNALBlDQDwZQ0AAWYNAEhmDQBWZg0AoGYNAK1mDQD4Zg0ABGcNAFBnDQBiZw0AqGcNAMRnDQAAaA0AEmgNAPjjEwBZaA0AsGgNALxoDQAIaQ0AF2kNAGBpDQBoaQ0AUOQTALppDQAQag0AHmoNAGhqDQB5ag0AqOQTAMdqDQAA5RMAIGsNALDlEwBxaw0AUIgNAHNrDQAQdQ0AdGsNAChtDQB2aw0AeHcNAHdrDQCgcQ0AeWsNAGCKDQB8aw0AyGsNAH1rDQCQbw0Af2sNAPh8DQDOaw0AIGwNACZsDQB4bA0AfWwNANBsDQDWbA0ACOYTACptDQCAbQ0Ahm0NANhtDQDlbQ0AEOcTAD1uDQCIbg0An24NAOBuDQD8bg0AOG8NAEBvDQBo5xMAlW8NAOhvDQDybw0AQHANAE5wDQCYcA0Ap3ANAPBwDQD8cA0AwOcTAFBxDQAY6BMArHENAPhxDQD5cQ0AUHINAFZyDQCocg0AtHINAABzDQAPcw0AWHMNAFpzDQCwcw0AunMNAAh0DQAUdA0AYHQNAGd0DQBw6BMAwHQNAMjoEwAadQ0AaHUNAG51DQDAdQ0AznUNABh2DQAndg0AcHYNAHp2DQDIdg0A5HYNACB3DQAodw0AIOkTAIR3DQDQdw0A33cNACh4DQAteA0AgHgNAJt4DQDYeA0A5HgNADB5DQA2eQ0AiHkNAIp5DQDgeQ0A+XkNADh6DQBJeg0AkHoNAJx6DQDoeg0AAHsNAEB7DQBMew0AmHsNAJ57DQDwew0A9nsNAEh8DQBNfA0AoHwNAKZ8DQB46RMA/XwNAFB9DQBWfQ0AqH0NAGZ9DQB4gg0AtH0NAAB+DQAYfg0AWH4NAFx+DQAQgA0AZH4NALB+DQC2fg0ACH8NAA5/DQBgfw0AZX8NALh/DQC+fw0AgOoTABKADQBogA0AboANAMCADQDNgA0AiOsTACWBDQBwgQ0Ah4ENAMiBDQDkgQ0AIIINACiCDQDg6xMAeYINANCCDQDegg0AKIMNADmDDQCAgw0AjIMNANiDDQDwgw0AMIQNADSEDQDohQ0APIQNAIiEDQCOhA0A4IQNAOaEDQA4hQ0APYUNAJCFDQCWhQ0AOOwTAOqFDQBAhg0ARoYNAJiGDQClhg0AQO0TAP2GDQBIhw0AX4cNAKCHDQC8hw0A+IcNAACIDQCY7RMAUogNAKiIDQCuiA0AAIkNAAOJDQBYiQ0AZIkNALCJDQDMiQ0ACIoNABCKDQDw7RMAY4oNALiKDQDEig0AEIsNABaLDQBoiw0AgIsNAMCLDQDEiw0AeI0NAMeLDQDwkQ0AzIsNABiMDQDNiw0A4I8NAB6MDQBwjA0AdowNAMiMDQDNjA0AII0NACaNDQBI7hMAeo0NANCNDQDWjQ0AKI4NADWODQBQ7xMAjY4NANiODQDvjg0AMI8NAEyPDQCIjw0AkI8NAKjvEwDljw0AOJANAEKQDQCQkA0AnpANAOiQDQD3kA0AQJENAEyRDQAA8BMAoJENAFjwEwD8kQ0ASJINAEmSDQCgkg0AppINAPiSDQAEkw0AUJMNAF+TDQCokw0AqpMNAACUDQAKlA0AWJQNAGSUDQCwlA0At5QNALDwEwAQlQ0ACPETAGqVDQC4lQ0AxJUNABCWDQAmlg0AaJYNAHSWDQDAlg0A05YNABiXDQAmlw0AcJcNAHqXDQBg8RMA0JcNALjxEwA2mA0AeJgNAISYDQDQmA0A3ZgNACiZDQAymQ0AgJkNAIKZDQDYmQ0A4pkNADCaDQA+mg0AiJoNAI2aDQDgmg0A7ZoNADibDQBAmw0AkJsNAKCbDQDomw0A6psNAECcDQBJnA0AmJwNAKmcDQDwnA0A+pwNABDyEwBUnQ0AoJ0NALedDQD4nQ0AE54NAGjyEwBpng0AqJ4NAK6eDQAAnw0ACp8NAMDyEwBanw0AsJ8NAMGfDQAIoA0AEKANAGCgDQAkoA0AoMkNAGygDQC4oA0AvqANABChDQAWoQ0AaKENAG2hDQDAoQ0AxqENABjzEwA0og0AcKINAHiiDQAg9BMA1qINACCjDQAxow0AeKMNAImjDQDQow0A3KMNACikDQAvpA0AePQTAJGkDQDYpA0A6aQNADClDQA8pQ0AiKUNAI+lDQDQ9BMA4qUNADimDQA5pg0AkKYNAJimDQDopg0A7aYNAECnDQBJpw0AmKcNAKKnDQDwpw0A+KcNAEioDQBNqA0AoKgNALCoDQD4qA0AAKkNAFCpDQBmqQ0AqKkNALSpDQAAqg0AFqoNAFiqDQBdqg0AsKoNALaqDQAIqw0AHKsNACj1EwB2qw0AuKsNAMarDQAQrA0AHawNAGisDQBqrA0AwKwNAMqsDQAYrQ0AJK0NAHCtDQB3rQ0AyK0NANCtDQAgrg0AOa4NAHiuDQCMrg0A0K4NANiuDQAorw0AKq8NAICvDQCNrw0A2K8NAN2vDQAwsA0AOrANAIiwDQCTsA0A4LANAOywDQA4sQ0APrENAJCxDQCYsQ0A6LENAOmxDQBAsg0ARrINAJiyDQCdsg0A8LINAP+yDQBIsw0AVLMNAKCzDQCjsw0A+LMNAPuzDQCA9RMAVbQNAKi0DQDEtA0A2PUTACC1DQBYtQ0AYLUNADD2EwC2tQ0ACLYNABS2DQCI9hMAZrYNALi2DQDEtg0A8PgTABK3DQBotw0AcrcNAMC3DQDCtw0AGLgNACm4DQBwuA0AeLgNAMi4DQDUuA0AILkNACa5DQB4uQ0AfrkNANC5DQDVuQ0AKLoNAC66DQBI+RMAgroNANi6DQDeug0AMLsNADO7DQCIuw0AlLsNAOC7DQDouw0AUPoTAD68DQCQvA0AlrwNAOi8DQDtvA0AQL0NAEa9DQCo+hMAmr0NAPC9DQD5vQ0ASL4NAF++DQCgvg0Aq74NAPi+DQACvw0AUL8NAFi/DQCw+xMAtb8NAADADQAIwA0AWMANAGLADQCwwA0Au8ANAAjBDQAOwQ0AYMENAGzBDQC4wQ0AusENABDCDQAXwg0AaMINAHDCDQDAwg0A0sINAAj8EwBYww0AcMMNAHjDDQDIww0A68MNABD9EwAixA0AeMQNAIXEDQDQxA0A18QNACjFDQA5xQ0AgMUNAIzFDQDYxQ0A38UNADDGDQAxxg0A4OcNADjGDQBo/RMAm8YNAODGDQDvxg0AOMcNAETHDQCQxw0AkccNAOjHDQDyxw0AQMgNAE7IDQCYyA0AncgNAPDIDQD9yA0AwP0TAFDJDQAY/hMAqMkNAHD+EwAGyg0AUMoNAF/KDQCoyg0AyMoNAADLDQAMyw0AWMsNAF/LDQCwyw0AuMsNAAjMDQAKzA0AYMwNAGrMDQB4/xMAwswNABDNDQAYzQ0A0P8TAHLNDQDAzQ0AyM0NACgAFABZzg0AcM4NAHjODQDIzg0A5s4NAIAAFAAlzw0A4MMOACzPDQAoxxAALs8NAHjPDQB/zw0A6MEPAIjPDQDQzw0A4M8NACjQDQA00A0AgNANAIbQDQDY0A0A9NANADDRDQA40Q0A2AAUAJzRDQDg0Q0A6tENADjSDQBE0g0AkNINAJjSDQAwARQA89INAEDTDQBC0w0AmNMNAJ7TDQDw0w0A+NMNAIgBFABK1A0AoNQNAKPUDQD41A0AANUNAFDVDQBg1Q0AqNUNAKrVDQAA1g0ADtYNAFjWDQBp1g0A4AEUALfWDQA4AhQADtcNAGDXDQBl1w0AuNcNAL7XDQCQAhQAGtgNAGjYDQBq2A0AwNgNANPYDQAY2Q0AINkNAHDZDQB82Q0AyNkNAM7ZDQAg2g0AJtoNAHjaDQB92g0A0NoNANbaDQCYAxQAMdsNAIDbDQCN2w0A2NsNAN/bDQAw3A0AONwNAPADFACU3A0A4NwNAOrcDQA43Q0ARN0NAJDdDQCf3Q0A6N0NAPLdDQBA3g0ATN4NAJjeDQCf3g0ASAQUAPPeDQDIpBAA9t4NAEjfDQD/3g0AGLIPAAHfDQB4zA4AVN8NAKDfDQCo3w0AoAQUAATgDQBQ4A0AWuANAKjgDQC04A0AAOENAA/hDQBY4Q0AYuENALDhDQC84Q0ACOINAA/iDQD4BBQAbuINALjiDQCA4g0A8KEPAM/iDQAQ4w0AHeMNAGjjDQBq4w0AwOMNANHjDQAY5A0ANOQNAHDkDQB45A0AUAUUAOHkDQAg5Q0ANOUNAHjlDQCA5Q0A0OUNANPlDQAo5g0ANuYNAIDmDQCX5g0A2OYNAOXmDQAw5w0AMucNAIjnDQCZ5w0AqAUUAObnDQA46A0APegNAJDoDQCm6A0A6OgNAPboDQBA6Q0AQ+kNAJjpDQCk6Q0A8OkNAPbpDQBI6g0AVOoNAKDqDQDM6g0A+OoNAATrDQBQ6w0AX+sNAKjrDQCy6w0AAOwNAA7sDQBY7A0AXewNALDsDQC97A0AAAYUAArtDQBg7Q0Abu0NALjtDQDF7Q0AEO4NACLuDQBYBhQAd+4NAMDuDQDM7g0AGO8NADHvDQBw7w0Acu8NAMjvDQDX7w0AIPANAEDwDQB48A0AgPANANDwDQDz8A0AsAYUAC3xDQCA8Q0Ag/ENANjxDQDi8Q0AMPINADjyDQCI8g0AjvINAODyDQDs8g0AOPMNAEfzDQCQ8w0AnPMNAOjzDQD18w0AQPQNAEr0DQCY9A0AoPQNAPD0DQD/9A0ASPUNAEr1DQCg9Q0AsfUNAPj1DQAJ9g0AUPYNAFj2DQCo9g0AufYNAAD3DQAC9w0AWPcNAFv3DQCw9w0AuvcNAAj4DQAs+A0AYPgNAHz4DQAIBxQAvvgNABD5DQAV+Q0AaPkNAHf5DQDA+Q0AzPkNABj6DQAb+g0AcPoNAHP6DQDI+g0A0PoNACD7DQAv+w0AePsNAH37DQDQ+w0A5vsNACj8DQAp/A0AgPwNAJH8DQDY/A0A5PwNADD9DQA6/Q0AiP0NAJT9DQDg/Q0A5/0NAGAHFAA8/g0AkP4NAJ7+DQDo/g0A8v4NAED/DQBL/w0AmP8NAKD/DQDw/w0A/P8NAEgADgBbAA4AoAAOAK4ADgD4AA4AAgEOAFABDgBYAQ4AqAEOALcBDgAAAg4ABQIOAFgCDgBfAg4AsAIOALwCDgC4BxQAFAMOAGADDgBjAw4AuAMOALsDDgAQBA4AKgQOAGgEDgB0BA4AwAQOANMEDgAYBQ4AJgUOAHAFDgB6BQ4AyAUOAOsFDgAQCBQAKgYOAHgGDgCEBg4A0AYOANcGDgAoBw4AMAcOAIAHDgCEBw4A2AcOAOYHDgAwCA4AOggOAIgIDgCTCA4A4AgOAOgIDgA4CQ4ARwkOAJAJDgCVCQ4A6AkOAO8JDgBACg4ATAoOAJgKDgCgCg4AaAgUAAYLDgC4gRAACQsOAEgLDgBSCw4AoAsOAKwLDgD4Cw4A+wsOAFAMDgBaDA4AqAwOAKsMDgAADQ4AEA0OAFgNDgBaDQ4AsA0OAL4NDgAIDg4AGQ4OAMAIFABnDg4AGAkUANEODgAQDw4AGg8OAGgPDgB0Dw4AwA8OAMMPDgAYEA4AIhAOAHAJFAB1EA4AyBAOAOgQDgAgEQ4AKBEOAMgJFACGEQ4A0BEOAOYRDgAoEg4ANBIOAIASDgCHEg4A2BIOAOASDgAwEw4ANRMOAIgTDgCREw4A4BMOAOoTDgA4FA4AQBQOAJAUDgCeFA4A6BQOAPUUDgBAFQ4ASBUOACAKFACoFQ4A8BUOAPgVDgB4ChQATxYOAKAWDgCsFg4A+BYOAP8WDgBQFw4AWBcOAKgXDgCyFw4AABgOAA4YDgBYGA4AbhgOALAYDgC8GA4ACBkOAA0ZDgBgGQ4AaRkOALgZDgDCGQ4AEBoOABgaDgBoGg4AbRoOAMAaDgDQGg4AGBsOACAbDgDQChQAfhsOAMgbDgDeGw4AIBwOACwcDgB4HA4AfxwOANAcDgDYHA4AKB0OAC0dDgCAHQ4AiR0OANgdDgDiHQ4AMB4OADgeDgCIHg4Aih4OAJAqDgCWHg4A4B4OAO0eDgA4Hw4AQB8OAIALFACcHw4A6B8OAOsfDgBAIA4ASiAOANgLFACmIA4A8CAOAAYhDgBIIQ4AVCEOAKAhDgCnIQ4A+CEOAAAiDgBQIg4AVSIOAKgiDgCxIg4AACMOAAojDgBYIw4AYCMOALAjDgCyIw4ACCQOABgkDgBgJA4AaiQOALgkDgDEJA4AECUOABYlDgCIDBQAdiUOAMAlDgDWJQ4AGCYOACQmDgBwJg4AdSYOAMgmDgDRJg4AICcOAConDgB4Jw4AgCcOANAnDgDyJw4A4AwUADcoDgCAKA4AjCgOANgoDgDZKA4AMCkOADopDgCIKQ4AlikOAOApDgDlKQ4AOCoOAEUqDgA4DRQAoCoOAOgqDgDyKg4AQCsOAEwrDgCYKw4AnisOAPArDgD4Kw4AQA4UAE0sDgCgLA4AqCwOAPgsDgAELQ4ASDcOABEtDgBQLQ4AXC0OAKgtDgCwLQ4AmA4UAA0uDgBYLg4AYC4OALAuDgC+Lg4ACC8OABUvDgBgLw4AYy8OALgvDgDCLw4AEDAOABIwDgBoMA4AdTAOAMAwDgDPMA4AGDEOACQxDgBwMQ4AeDEOAPAOFADYMQ4AIDIOACgyDgB4Mg4AhDIOANAyDgDWMg4AKDMOAC4zDgCAMw4AhTMOANgzDgDeMw4ASA8UAD00DgCINA4AjTQOAOA0DgDqNA4AODUOAEA1DgCQNQ4AnDUOAOg1DgD7NQ4AQDYOAE42DgCYNg4AmzYOAPA2DgD6Ng4AoA8UAFs3DgCgNw4ArjcOAPg3DgD7Nw4AUDgOAFo4DgD4DxQArTgOAAA5DgC2OA4AoFgOAAg5DgBYOQ4AZDkOALA5DgC2OQ4ACDoOAMM5DgA4Vg4ADjoOAGA6DgBlOg4AuDoOAL46DgBQEBQAFjsOAGg7DgBtOw4AwDsOAMY7DgCoEBQAJjwOAHA8DgCLPA4AyDwOANQ8DgAgPQ4AJz0OAAARFACBPQ4A0D0OAN09DgAoPg4AND4OAIA+DgCTPg4A2D4OANk+DgAwPw4APD8OAIg/DgCXPw4A4D8OAOo/DgA4QA4AREAOAJBADgCXQA4AWBEUAO5ADgBAQQ4ARkEOAJhBDgCdQQ4A8EEOAPZBDgAIEhQAUUIOAKBCDgCtQg4A+EIOAPxCDgBQQw4AUkMOAKhDDgC1Qw4AAEQOAApEDgBgEhQAX0QOALBEDgC4RA4ACEUOABRFDgBgRQ4Ac0UOALhFDgDHRQ4AEEYOABxGDgBoRg4AaUYOAMBGDgDKRg4AGEcOACZHDgBwRw4AdUcOAMhHDgDVRw4AuBIUACxIDgB4SA4AfkgOANBIDgDWSA4AKEkOAC1JDgCASQ4AhkkOABATFADdSQ4AMEoOADpKDgDAExQAkEoOAOBKDgDtSg4AOEsOAD1LDgCQSw4AmksOAOhLDgDwSw4AQEwOAExMDgCYTA4Aq0wOAPBMDgDxTA4ASE0OAFRNDgCgTQ4Ar00OAPhNDgACTg4AUE4OAFhODgCoTg4Aqk4OABgUFAAJTw4AWE8OAGdPDgCwTw4Av08OAAhQDgAUUA4AYFAOAGNQDgC4UA4Au1AOAHAUFAASUQ4AaFEOAGtRDgDAUQ4AyFEOABhSDgAlUg4AcFIOAHVSDgDIUg4A0lIOACBTDgAoUw4AeFMOAIRTDgDQUw4A41MOAChUDgApVA4AgFQOAIxUDgDYVA4A51QOADBVDgA6VQ4AiFUOAJRVDgDgVQ4A51UOAMgUFABHVg4AkFYOAJxWDgDoVg4A6VYOAEBXDgBKVw4AmFcOAKZXDgDwVw4A9VcOAEhYDgBVWA4AIBUUALFYDgB4FRQABVkOAFBZDgBeWQ4AqFkOALlZDgAAWg4AIloOANAVFABdWg4AsFoOAF5aDgAQkw4AuFoOAAhbDgAJWw4AgF8OAAtbDgCIYA4ADVsOAHheDgAOWw4A6GEOAA9bDgBwXQ4AF1sOAGBbDgAhWw4AAGUOAGVbDgC4Ww4AxVsOABBcDgAdXA4AaFwOAHRcDgDAXA4Az1wOABhdDgAiXQ4AKBYUAH5dDgDIXQ4Ayl0OACBeDgAxXg4AgBYUAHleDgDQXg4A3F4OAChfDgA1Xw4A2BYUAI5fDgDYXw4A5V8OADBgDgBHYA4AMBcUAJFgDgBIYw4AkmAOAOBgDgDiYA4AOGEOAD5hDgCQYQ4AmmEOAIgXFAD0YQ4AQGIOAEJiDgCYYg4Ap2IOAPBiDgD7Yg4A4BcUAFdjDgCgYw4Ar2MOAPhjDgAEZA4AUGQOAFxkDgCoZA4Ar2QOADgYFAAMZQ4AWGUOAGBlDgCQGBQAyWUOAAhmDgAZZg4AYGYOAGxmDgDoGBQAv2YOABBnDgAYZw4AaGcOAGlnDgDAZw4AxmcOABhoDgAdaA4AcGgOAHFoDgDIaA4A1GgOACBpDgAmaQ4AeGkOAIJpDgDQaQ4A3mkOAFBvDgDkaQ4AKGoOADBqDgBAGRQAkGoOANhqDgDgag4AMGsOADlrDgCIaw4APWsOAEhuDgCVaw4A4GsOAOdrDgA4bA4ARGwOAJBsDgCgbA4A6GwOAPZsDgBAbQ4ATW0OAJhtDgCkbQ4A8G0OAPdtDgCYGRQAUW4OAKBuDgCxbg4A+G4OAAlvDgDwGRQAXG8OAKhvDgCrbw4AAHAOAAhwDgBYcA4AXXAOALBwDgDAcA4ACHEOABBxDgBgcQ4AaXEOALhxDgBtcQ4AeHQOAMVxDgAQcg4AF3IOAGhyDgB0cg4AwHIOANByDgAYcw4AJnMOAHBzDgB9cw4AyHMOANRzDgAgdA4AJ3QOAEgaFACBdA4A0HQOAOF0DgAodQ4AOXUOAKAaFACFdQ4A2HUOAOV1DgAwdg4APHYOAIh2DgCSdg4A4HYOAPR2DgA4dw4AOXcOAJB3DgCcdw4A6HcOAAd4DgBAeA4ASHgOAJh4DgCdeA4A8HgOAAl5DgBIeQ4AdHkOAKB5DgCseQ4A+HkOAAd6DgBQeg4AWnoOAKh6DgCweg4AAHsOAAt7DgBYew4AWnsOALB7DgCzew4ACHwOABB8DgBgfA4AbXwOALh8DgC9fA4AEH0OABh9DgBofQ4Aan0OAMB9DgDKfQ4AGH4OACJ+DgBwfg4Adn4OAMh+DgDWfg4AIH8OADl/DgB4fw4AgX8OANB/DgDafw4AKIAOADSADgD4GhQAjIAOANiADgDigA4AMIEOADuBDgCIgQ4AjYEOAOCBDgDngQ4AOIIOAECCDgCQgg4AvYIOAFAbFADvgg4AQIMOAEiDDgCYgw4AxYMOAPCDDgD1gw4ASIQOAEmEDgCghA4AqoQOAPiEDgAGhQ4AUIUOAFWFDgCohQ4AtYUOAACGDgAchg4AWIYOAHSGDgCoGxQAvYYOAAiHDgAMhw4AYIcOAGaHDgC4hw4AuocOABCIDgARiA4AaIgOAIuIDgDAiA4A5IgOABiJDgBFiQ4AcIkOAHiJDgDIiQ4AzYkOACCKDgAtig4AeIoOAICKDgDQig4A0ooOACiLDgAwiw4AgIsOAK2LDgDYiw4A5YsOADCMDgA1jA4AiIwOAJWMDgDgjA4A7IwOADiNDgBljQ4AkI0OAJiNDgDojQ4AA44OAECODgBCjg4AmI4OAKmODgDwjg4A+Y4OAEiPDgBUjw4AABwUAK2PDgD4jw4AE5AOAFCQDgBVkA4AqJAOAMiQDgAAkQ4ADJEOAFiRDgBgkQ4AWBwUAL6RDgAIkg4AEpIOAGCSDgBrkg4AuJIOAMCSDgAIHRQAGZMOAGiTDgBykw4AwJMOAMuTDgAYlA4ALJQOAHCUDgCFlA4AyJQOANCUDgAglQ4AN5UOAHiVDgB9lQ4A0JUOANqVDgAolg4AMJYOAGAdFACClg4A2JYOAOmWDgAwlw4AM5cOAIiXDgCUlw4AuB0UAO6XDgA4mA4ASZgOABAeFACTmA4A6JgOAOuYDgBAmQ4ATJkOAJiZDgCemQ4A8JkOAPqZDgBoHhQAVZoOAKCaDgC3mg4A+JoOAACbDgDAHhQAVpsOAKibDgCumw4AAJwOABicDgBYnA4AWpwOALCcDgCznA4ACJ0OAAudDgBgnQ4AbJ0OALidDgC+nQ4AEJ4OABqeDgBwHxQAbZ4OAMCeDgDNng4AyB8UACifDgBwnw4AfJ8OAMifDgDOnw4AIKAOACygDgB4oA4ALqAOABjCEQCFoA4A0KAOAN+gDgAooQ4ANKEOAIChDgCIoQ4AICAUAOChDgAwog4AMqIOAIiiDgCXog4A4KIOAOqiDgA4ow4AQaMOAJCjDgCSow4A6KMOAPmjDgBApA4AVaQOAJikDgCgpA4A8KQOADKlDgBIpQ4AUKUOAKClDgCspQ4A+KUOAAumDgBQpg4AUaYOAKimDgC0pg4AAKcOAA+nDgBYpw4AYqcOALCnDgC8pw4ACKgOAA+oDgDQIBQAfKgOACghFAC7qA4AEKkOABipDgBoqQ4AdakOAMCpDgDFqQ4AGKoOACKqDgBwqg4AeKoOAMiqDgDSqg4AQK8OANiqDgBQsQ4A9aoOACCrDgAqqw4AeKsOADCrDgAwrQ4AfqsOANCrDgDZqw4AKKwOADSsDgCArA4ArawOANisDgD0rA4A2CEUADKtDgCIrQ4Ama0OAOCtDgDjrQ4AOK4OAESuDgCQrg4Ava4OAOiuDgAErw4AMCIUAEavDgCYrw4Aoa8OAPCvDgD6rw4ASLAOAFOwDgCgsA4AtLAOAPiwDgAUsQ4AiCIUAFKxDgCosQ4AubEOAACyDgADsg4AWLIOAGyyDgCwsg4AzLIOAOAiFAAQsw4AOCMUAGizDgCQIxQAxLMOABC0DgAttA4AaLQOAHG0DgDAtA4AzrQOABi1DgAetQ4AcLUOAHy1DgDItQ4Az7UOACC2DgAotg4AeLYOAIK2DgDQtg4A3LYOACi3DgArtw4AgLcOAIq3DgBAJBQA3bcOADC4DgBLuA4AiLgOAJS4DgDguA4A5rgOADi5DgA6uQ4AkLkOAKe5DgDouQ4A9LkOAEC6DgBIug4A8CQUAKi6DgDwug4A+LoOAEglFABUuw4AoLsOAKa7DgD4uw4A/rsOAFC8DgBVvA4AqLwOAK68DgCgJRQACr0OAFi9DgBgvQ4AUCYUALa9DgAIvg4AEL4OAGC+DgBtvg4AuL4OAMS+DgAQvw4AEr8OAGi/DgBuvw4AwL8OAMi/DgCoJhQAJcAOAHDADgB3wA4AyMAOANDADgAgwQ4AJcEOAHjBDgCIwQ4A0MEOANjBDgAowg4ANsIOAIDCDgCNwg4A2MIOANnCDgAwww4AOcMOAIjDDgCSww4AACcUAOzDDgA4xA4AO8QOAJDEDgCYxA4A6MQOAPXEDgBAxQ4ARcUOAJjFDgCixQ4A8MUOAPjFDgBIxg4AVMYOAKDGDgCzxg4A+MYOAAbHDgBQxw4AU8cOAKjHDgCyxw4AWCcUAAXIDgBYyA4AZMgOALDIDgCzyA4ACMkOABDJDgBgyQ4AbckOALjJDgC9yQ4AEMoOABrKDgBoyg4AcMoOAMDKDgDMyg4AGMsOACvLDgBwyw4AfssOAMjLDgDLyw4AIMwOACrMDgCwJxQAfswOANDMDgDczA4AKM0OACrNDgCAzQ4Ah80OANjNDgDszQ4AMM4OADjODgCIzg4AlM4OAODODgDzzg4AOM8OAEbPDgCQzw4Ak88OAOjPDgDyzw4AQNAOAEPQDgAIKBQAs9AOAPDQDgDy0A4ASNEOAFbRDgCg0Q4AsdEOAPjRDgD60Q4AUNIOAGnSDgCo0g4AudIOAADTDgAM0w4AYCgUAGHTDgCw0w4AvdMOAAjUDgAS1A4AYNQOAG7UDgC41A4AztQOABDVDgAc1Q4AaNUOAHTVDgDA1Q4A09UOABjWDgAn1g4AcNYOAHzWDgDI1g4AydYOACDXDgAq1w4AeNcOAIbXDgDQ1w4A1dcOACjYDgA12A4AuCgUAI7YDgDY2A4A7tgOADDZDgA82Q4AiNkOAI/ZDgDg2Q4A6NkOADjaDgA92g4AkNoOAJnaDgDo2g4A8toOAEDbDgBI2w4AmNsOAJzbDgDw2w4A8tsOAEjcDgBW3A4AoNwOAKrcDgD43A4ABt0OAFDdDgBd3Q4AqN0OAL/dDgAA3g4ACN4OAFjeDgBo3g4AsN4OALXeDgAI3w4ADt8OAGDfDgBo3w4AuN8OAL3fDgAQ4A4AEeAOAGjgDgB04A4AwOAOAMbgDgAY4Q4AGuEOAHDhDgB64Q4AyOEOANbhDgAg4g4AJeIOAHjiDgCF4g4AwCkUANbiDgAo4w4ALeMOAIDjDgCG4w4AGCoUAN3jDgAw5A4APeQOAIjkDgCV5A4A4OQOAOzkDgA45Q4AR+UOAJDlDgCa5Q4A6OUOAPblDgBA5g4AReYOAJjmDgCl5g4A8OYOAPjmDgAgKxQAVOcOAKDnDgCw5w4A+OcOAAHoDgBQ6A4AU+gOAKjoDgC06A4AAOkOAAfpDgB4KxQAXekOALDpDgC96Q4ACOoOABXqDgBg6g4AbOoOALjqDgDH6g4AEOsOABrrDgBo6w4AdusOAMDrDgDF6w4AGOwOACXsDgBw7A4AeOwOANArFADU7A4AIO0OADDtDgB47Q4Age0OANDtDgDT7Q4AKO4OADTuDgCA7g4Ah+4OACgsFADd7g4AMO8OADnvDgA4dhIAPe8OAIjvDgCV7w4A4O8OAOzvDgA48A4AR/AOAJDwDgCa8A4A6PAOAPbwDgBA8Q4ARfEOAJjxDgCl8Q4A8PEOAPjxDgCALBQAVPIOAKDyDgCw8g4A+PIOAAHzDgBQ8w4AU/MOAKjzDgC08w4AAPQOAAf0DgDYLBQAb/QOALD0DgC29A4ACPUOABT1DgBg9Q4Ad/UOALj1DgC69Q4AEPYOABr2DgBo9g4AdPYOAMD2DgDM9g4AGPcOAB73DgBw9w4AdvcOAMj3DgDN9w4AIPgOACb4DgAwLRQAhvgOAND4DgDd+A4AKPkOAD/5DgCA+Q4AiPkOANj5DgDb+Q4AMPoOADz6DgCI+g4AmfoOAOD6DgDs+g4AOPsOAEf7DgCQ+w4AmvsOAOj7DgD0+w4AQPwOAEf8DgCY/A4AoPwOAPD8DgD6/A4ASP0OAFT9DgCg/Q4Ao/0OAPj9DgAC/g4AiC0UAGr+DgDgLRQAsv4OAAD/DgAC/w4AWP8OAF7/DgCw/w4Auv8OAAgADwAQAA8AkC4UAGMADwA4bhEAawAPALgADwC5AA8AEAEPABoBDwBoAQ8AkwEPAOguFADQAQ8AGAIPABoCDwBwAg8AfgIPAMgCDwDZAg8AQC8UACYDDwB4Aw8AhAMPANADDwDSAw8AKAQPACsEDwCABA8AhQQPANgEDwDlBA8AMAUPAEwFDwCIBQ8AkAUPAPAvFADtBQ8AOAYPAFMGDwCQBg8AkgYPAOgGDwD5Bg8AQAcPAE4HDwCYBw8AnwcPAPAHDwD4Bw8ASAgPAE0IDwCgCA8AqQgPAPgIDwACCQ8AUAkPAFEJDwCoCQ8AsQkPAAAKDwAKCg8AWAoPAGAKDwCwCg8AwAoPAAgLDwAOCw8AYAsPAGULDwC4Cw8AzgsPABAMDwAYDA8AaAwPAGsMDwDADA8AdwwPACAODwDgDA8AGA0PACYNDwBwDQ8AcQ0PAEgwFADYDQ8AoDAUADEODwB4Dg8AhA4PANAODwDSDg8AKA8PADUPDwD4MBQAhg8PANgPDwD4Dw8AMBAPADgQDwBQMRQAPBAPAKApDwCLEA8A4BAPAOoQDwCoMRQAQREPAJARDwCmEQ8A6BEPAP4RDwBAEg8AQhIPAJgSDwCeEg8A8BIPAAQTDwBYMhQAVRMPALAyFACnEw8A+BMPAAAUDwBQFA8AWhQPAKgUDwC0FA8AABUPAAMVDwBYFQ8AYhUPAAgzFAC5FQ8ACBYPAB4WDwBgFg8AdhYPALgWDwC6Fg8AEBcPABYXDwBoFw8AfBcPALgzFADCFw8AGBgPANAXDwAwxREAOBgPABA0FAB3GA8AyBgPANAYDwAgGQ8AKhkPAHgZDwCEGQ8A0BkPANMZDwAoGg8AMhoPAGg0FACJGg8A2BoPAO4aDwAwGw8ARhsPAIgbDwCKGw8A4BsPAOYbDwA4HA8ATBwPABg1FACSHA8A6BwPAPYcDwBAHQ8AUR0PAHA1FACfHQ8AyDUUAPwdDwBIHg8ASx4PAKAeDwCqHg8AeDYUAAEfDwBQHw8AZh8PAKgfDwC+Hw8AACAPAAIgDwBYIA8AXiAPALAgDwDEIA8AKDcUABQhDwBgIQ8AYiEPALghDwDYIQ8AgDcUABoiDwBoIg8AdCIPAMAiDwDDIg8AGCMPACIjDwDYNxQAeSMPAMgjDwDeIw8AICQPADYkDwB4JA8AeiQPANAkDwDWJA8AKCUPADwlDwCIOBQAhCUPANglDwDgJQ8AMCYPADomDwCIJg8AlCYPAOAmDwDjJg8AOCcPAEInDwDgOBQAmScPAOgnDwD+Jw8AQCgPAFYoDwCYKA8AmigPAPAoDwD2KA8ASCkPAFwpDwCQORQApykPAPgpDwAAKg8AUCoPAFoqDwCoKg8AtCoPAAArDwADKw8AWCsPAGIrDwDoORQAuSsPAAgsDwAeLA8AYCwPAHYsDwC4LA8AuiwPABAtDwAWLQ8AaC0PAHwtDwCYOhQAyC0PABguDwDcLQ8AIJkUAB4uDwBIUhAAKC4PAHAuDwApLg8AcLoQADEuDwC4uBAAci4PAMguDwDWLg8AIC8PADEvDwDwOhQAfy8PAEg7FADZLw8AQDAQANwvDwAoMA8AKzAPAIAwDwCJMA8A2DAPAOkwDwAwMQ8AOjEPAIgxDwCQMQ8A4DEPAKQxDwBggRAA4zEPADgyDwBBMg8AkDIPAKYyDwDoMg8A/jIPAEAzDwBCMw8AmDMPAJ4zDwDwMw8ABDQPAKA7FABwNA8AoDQPAMg0DwD4OxQA/jQPAFAcEAAENQ8AsDYPAAU1DwAIHhAABzUPAAAdEAAINQ8AUDUPAFI1DwCoNQ8AtjUPAAA2DwARNg8AUDwUAGA2DwCoPBQAtjYPAAg3DwAONw8AYDcPAGU3DwC4Nw8AvjcPAAA9FAAcOA8AaDgPAHA4DwCwPRQAzDgPABg5DwAiOQ8AcDkPAHk5DwDIOQ8AyTkPACA6DwAoOg8AeDoPAH06DwDQOg8A4DoPAGA+FAA0Ow8AgDsPAII7DwDYOw8A3jsPADA8DwA3PA8AiDwPAI08DwDgPA8A5DwPADg9DwBFPQ8AkD0PAJg9DwDoPQ8A7T0PAEA+DwBQPg8AuD4UAKk+DwDwPg8A/D4PAEg/DwBXPw8AoD8PAKo/DwD4Pw8ABkAPAFBADwBdQA8AqEAPAL9ADwAQPxQAA0EPAMA/FABbQQ8AsEEPAF9BDwCoUhQAuEEPAAhCDwAwQg8AYEIPAIhCDwC4Qg8A4EIPABhAFAAZQw8AaEMPAGlDDwDAQw8Az0MPABhEDwDWQw8A0EUPAClEDwBwRA8AckQPAMhEDwDLRA8AIEUPACNFDwB4RQ8AgEUPACBBFADVRQ8AKEYPAC9GDwCARg8AiUYPANhGDwDpRg8AMEcPADxHDwCIRw8AkEcPAHhBFADmRw8AOEgPAD9IDwCQSA8AlUgPAOhIDwDsSA8AQEkPAE1JDwCYSQ8Ap0kPAPBJDwABSg8ASEoPAEpKDwCgSg8Ao0oPAPhKDwD7Sg8AUEsPAFhLDwDQQRQArUsPAJiWDwCzSw8A8KYRALRLDwAATA8AA0wPAFhMDwBiTA8AKEIUALlMDwAITQ8AF00PAGBNDwBvTQ8AuE0PAMRNDwAQTg8AE04PAGhODwBrTg8AgEIUAMNODwAYTw8AQE8PANhCFAB4Tw8AMEMUANBPDwCIQxQALlAPAHhQDwCJUA8A0FAPANxQDwAoUQ8AS1EPAIBRDwCDUQ8A2FEPAPxRDwAwUg8AOFIPADhEFACKUg8A4FIPAO5SDwA4Uw8ASVMPAJBEFACXUw8A6EQUAPBTDwCYRRQARVQPAJhUDwClVA8A8FQPAPNUDwBIVQ8ATVUPAKBVDwCxVQ8A+FUPAARWDwDwRRQAVVYPAKhWDwC5Vg8AAFcPAAxXDwBYVw8AclcPALBXDwC0Vw8AwFkPALdXDwAoXA8AulcPAIhdDwC8Vw8AyFoPAL5XDwC4WA8AwVcPAAhYDwANWA8AYFgPAHdYDwBIRhQAxVgPABBZDwAgWQ8AaFkPAG1ZDwCgRhQAwlkPABhaDwAeWg8AcFoPAH1aDwD4RhQAzloPACBbDwAmWw8AeFsPAH1bDwDQWw8A1lsPAFBHFAA0XA8AgFwPAJlcDwDYXA8A4VwPADBdDwBHXQ8AqEcUAI5dDwDgXQ8A4l0PADheDwBHXg8AkF4PAJxeDwAASBQA6l4PAEBfDwBRXw8AmF8PAKZfDwDwXw8A918PAEhgDwBKYA8AoGAPAKpgDwD4YA8ABmEPAFBhDwBVYQ8AqGEPALVhDwAAYg8ACGIPAFhiDwBcYg8AsGIPALJiDwAIYw8ADmMPAGBjDwBtYw8AWEgUAMVjDwAQZA8AJ2QPAGhkDwCEZA8AsEgUAMxkDwAYZQ8AGWUPAHBlDwB2ZQ8AyGUPANRlDwAgZg8AL2YPAHhmDwB6Zg8A0GYPANpmDwAoZw8ANmcPAIBnDwCFZw8A2GcPAOVnDwAwaA8AOGgPAIhoDwCMaA8A4GgPAOJoDwA4aQ8APmkPAJBpDwCdaQ8ACEkUAPVpDwBAag8AV2oPAJhqDwC0ag8AYEkUAPlqDwBIaw8AVmsPAKBrDwCqaw8A+GsPAARsDwBQbA8AU2wPAKhsDwDEbA8AAG0PAAhtDwC4SRQAZG0PALBtDwCzbQ8ACG4PABJuDwBoShQAaW4PALhuDwDGbg8AEG8PABpvDwBobw8AdG8PAMBvDwDIbw8AGEsUABpwDwBwcA8AfnAPAMhwDwDZcA8AcEsUACdxDwDISxQAfXEPANBxDwDYcQ8AKHIPAC5yDwCAcg8AiXIPANhyDwDlcg8AeEwUADVzDwCIcw8APHMPAEB1DwCRcw8A4HMPAOpzDwA4dA8AQHQPAJB0DwDXdA8A6HQPAPB0DwDQTBQARnUPAJh1DwCedQ8A8HUPAPh1DwBIdg8Aj3YPAKB2DwCodg8AKE0UAAB3DwCATRQAWXcPAKh3DwC2dw8AAHgPAAp4DwBYeA8AZHgPALB4DwCzeA8ACHkPABB5DwAwThQAbHkPALh5DwC7eQ8AEHoPABp6DwCIThQAcHoPAOBOFADOeg8AGHsPACl7DwBwew8AfHsPAMh7DwDLew8AOE8UAGl8DwB4fA8AwXwPAJBPFADgfA8AKH0PACp9DwCAfQ8Ajn0PANh9DwDpfQ8A6E8UAEx+DwCIfg8AkH4PAEBQFADmfg8AAPwPAPN+DwA4fw8AR38PAJB/DwCcfw8A6H8PAOl/DwBAgA8ASoAPAJiADwCmgA8A8IAPAPWADwBIgQ8AVYEPAJhQFACugQ8A+IEPAAWCDwBQgg8AWIIPAPBQFAC0gg8AAIMPACyDDwBYgw8AZIMPALCDDwC/gw8ACIQPABKEDwBghA8AboQPALiEDwC9hA8AEIUPAB2FDwBohQ8AcIUPAMCFDwDOhQ8AGIYPACWGDwBwhg8AeIYPAEhRFADKhg8AWLcQANaGDwAghw8AKocPAHiHDwCEhw8A0IcPANeHDwAoiA8AMIgPAICIDwCEiA8A2IgPAOaIDwAwiQ8AOokPAIiJDwCTiQ8A4IkPAOiJDwA4ig8AOooPAJCKDwCYig8A6IoPAPWKDwBAiw8ARYsPAJiLDwCliw8A8IsPAA6MDwBIjA8AeYwPAKCMDwCsjA8A+IwPAP6MDwBQjQ8AVY0PAKiNDwCwjQ8AAI4PAAyODwBYjg8Aa44PALCODwC+jg8ACI8PABKPDwBgjw8AaI8PALiPDwDHjw8AEJAPABWQDwBokA8Ab5APAMCQDwDMkA8AGJEPADSRDwBwkQ8AeJEPAKBRFADKkQ8AIJIPAC6SDwB4kg8AhZIPANCSDwDekg8AKJMPADWTDwCAkw8Al5MPANiTDwDgkw8AMJQPAD6UDwCIlA8AlZQPAOCUDwDolA8AUFIUAEaVDwCQlQ8AkZUPAABTFAD0lQ8AQJYPAEeWDwBYUxQAn5YPAPCWDwD1lg8AsFMUAFCXDwAIVBQAqJcPAPiXDwDflw8AuEQSAPmXDwAg9Q8A+5cPADD3DwABmA8AUJgPAAKYDwDA8w8ACJgPACj2DwAWmA8AiNsRAF2YDwComA8As5gPAACZDwACmQ8AWJkPAGWZDwCwmQ8At5kPAAiaDwAZmg8AYJoPAGyaDwC4mg8Av5oPABCbDwAYmw8AYFQUAG6bDwDAmw8AxpsPABicDwAdnA8AcJwPAHacDwC4VBQA1JwPACCdDwAqnQ8AeJ0PAHydDwDQnQ8A3J0PACieDwA0ng8AgJ4PAI2eDwDYng8A4J4PADCfDwA6nw8AiJ8PAJSfDwDgnw8A458PADigDwBCoA8AaFUUAJKgDwDooA8A66APAEChDwBDoQ8AGFYUAKChDwBwVhQA/qEPAEiiDwBJog8AyFYUAKiiDwAgVxQA/aIPAFCjDwBXow8AqKMPAK2jDwB4VxQACKQPANBXFABgpA8AsKQPALqkDwAIpQ8AE6UPAGClDwBupQ8AuKUPALulDwAQpg8AGKYPAGimDwBypg8AwKYPAMymDwAYpw8AG6cPAHCnDwB6pw8AKFgUANanDwAgqA8ANqgPAHioDwCEqA8A0KgPANeoDwAoqQ8AMKkPAICpDwCFqQ8A2KkPAOGpDwAwqg8AOqoPAIiqDwCQqg8A4KoPAOKqDwA4qw8ASKsPAJCrDwCaqw8A6KsPAPSrDwBArA8ARqwPAJisDwCgrA8A2FgUAP6sDwBIrQ8ASa0PADBZFAClrQ8AiFkUAPqtDwBQrg8AUa4PAKiuDwCrrg8AAK8PAAuvDwBYrw8AXa8PALCvDwC6rw8A4FkUACywDwBgsA8AaLAPADhaFAC6sA8AELEPACGxDwBosQ8AebEPAMCxDwDDsQ8AkFoUAB6yDwBwsg8AdbIPAMiyDwDLsg8AILMPACOzDwB4sw8AgLMPAOhaFADesw8AKLQPACu0DwCAtA8Ai7QPANi0DwDktA8AMLUPADe1DwCItQ8AkLUPAOC1DwDqtQ8AYKIQAO61DwA4tg8ARbYPAJC2DwCYtg8AQFsUAPS2DwBAtw8AQ7cPAJi3DwCitw8A8LcPAPi3DwCYWxQAVLgPAKC4DwCmuA8A+LgPAAK5DwBQuQ8AZLkPAKi5DwCwuQ8A8FsUAA26DwBYug8AYLoPALC6DwCzug8ACLsPABS7DwBguw8AarsPALi7DwDBuw8AELwPABG8DwBovA8AgLwPAMC8DwDCvA8AGL0PACm9DwBwvQ8Agb0PAMi9DwDQvQ8AIL4PAC++DwB4vg8Aer4PANC+DwDhvg8AKL8PADm/DwCAvw8Amb8PANi/DwDavw8AMMAPAD/ADwCIwA8AqMAPAKBcFADiwA8AOMEPAFjBDwCQwQ8ApMEPAABeFADwwQ8AQMIPAE3CDwCYwg8AncIPAPDCDwD6wg8ASMMPAFDDDwCgww8ApsMPAPjDDwABxA8AUMQPAF3EDwBYXhQAtMQPAADFDwAGxQ8AWMUPAF7FDwCwxQ8AucUPAAjGDwAJxg8AYMYPAGrGDwC4xg8AxMYPABDHDwAXxw8AsF4UAHDHDwAIXxQAyMcPAGBfFAAgyA8AuF8UAHrIDwDIyA8A0MgPACDJDwAvyQ8AeMkPAInJDwDQyQ8A0skPACjKDwAryg8AgMoPAIPKDwDYyg8AAMsPADDLDwBCyw8AiMsPAJTLDwDgyw8A5ssPADjMDwA+zA8AkMwPAJXMDwDozA8A7swPABBgFABizQ8AaGAUAKTNDwDwzQ8AAM4PAEjODwBNzg8AoM4PAKbODwD4zg8ABM8PAFDPDwBYzw8AwGAUALnPDwAA0A8AEdAPAFjQDwBq0A8AsNAPALjQDwAI0Q8AE9EPAGDRDwBl0Q8AuNEPAL3RDwAQ0g8AMNIPABhhFAB40g8AwNIPAMrSDwAY0w8AJNMPAHDTDwB20w8AyNMPANDTDwAg1A8AItQPAHjUDwAs1A8AUNoPAInUDwDQ1A8A4dQPACjVDwA61Q8AgNUPAIjVDwDY1Q8A49UPADDWDwA11g8AiNYPAI3WDwDg1g8AANcPAHBhFAA61w8AkNcPAJ/XDwDo1w8A89cPAEDYDwBS2A8AmNgPAKDYDwDw2A8A+9gPAEjZDwBN2Q8AoNkPAKXZDwD42Q8AGNoPAMhhFABS2g8AqNoPALfaDwAA2w8AC9sPAFjbDwBq2w8AsNsPALjbDwAI3A8AE9wPAGDcDwBl3A8AuNwPAL3cDwAQ3Q8AMN0PACBiFAB13Q8AwN0PANfdDwB4YhQAJd4PAHDeDwCH3g8A0GIUANXeDwAg3w8AJ98PAHjfDwCG3w8A0N8PAN3fDwAo4A8AP+APAChjFACI4A8AgGMUANrgDwAw4Q8APuEPAIjhDwCZ4Q8A2GMUAO3hDwA44g8AT+IPADBkFACa4g8A6OIPAPTiDwBA4w8AQ+MPAJjjDwCi4w8AiGQUAAzkDwDgZBQAUOQPADhlFABd5A8AqHwRAKjkDwD45A8A+eQPAMDoDwD75A8AsOYPAP/kDwD47w8AAuUPAFDlDwAH5Q8A0OoPAAjlDwDI6Q8AVeUPAEjvDwBc5Q8AqOUPAKvlDwAA5g8ACuYPAJBlFABg5g8A6GUUALnmDwAI5w8A0OYPAOjtDwAW5w8AYOcPAGrnDwC45w8AxOcPABDoDwAT6A8AaOgPAHDoDwBAZhQAwugPABjpDwAb6Q8AcOkPAHPpDwCYZhQAyukPACDqDwAu6g8AeOoPAInqDwBIZxQA0uoPACjrDwA16w8AgOsPAI/rDwDY6w8A5OsPADDsDwBB7A8AiOwPAJnsDwDg7A8A7OwPADjtDwA/7Q8AkO0PAJjtDwD4ZxQA9u0PAEDuDwBB7g8AUGgUAKTuDwDw7g8A9+4PAKhoFABP7w8AoO8PAKXvDwBYaRQAAfAPAFDwDwBW8A8AqPAPAKrwDwAA8Q8ACvEPAFjxDwBm8Q8AsPEPALXxDwAI8g8AFfIPAGDyDwB48g8AuPIPAM7yDwAQ8w8AE/MPAGjzDwBw8w8ACGoUAMzzDwAY9A8AG/QPAHD0DwB69A8AYGoUAND0DwC4ahQAIvUPAHj1DwB79Q8A0PUPANP1DwAQaxQAKvYPAID2DwCO9g8A2PYPAOn2DwDAaxQAOfcPAIj3DwCW9w8A4PcPAKH3DwCYCRIA6vcPADj4DwBE+A8AkPgPAJP4DwDo+A8A8PgPAHBsFABa+Q8AyGwUALL5DwDw+Q8ACvoPACBtFABN+g8AaP4PAFb6DwAY/w8AWPoPAKD6DwCi+g8A+PoPAAb7DwBQ+w8AYfsPAHhtFACv+w8A0G0UAAb8DwBY/A8AXfwPALD8DwC2/A8AKG4UAA79DwBg/Q8AZf0PALj9DwDO/Q8AEP4PABj+DwDYbhQAiP4PAMD+DwDI/g8AMG8UAC//DwBw/w8Aff8PAMj/DwDN/w8AIAAQACYAEAB4ABAAhAAQANAAEADXABAAKAEQADABEACAARAAowEQAOBvFADlARAAMAIQAD8CEACIAhAAigIQAOACEADpAhAAOAMQAE8DEACQAxAAmwMQAOgDEADyAxAAQAQQAEgEEACQcBQAngQQAPAEEAD2BBAASAUQAE0FEACgBRAApgUQAOhwFAAaBhAAUAYQAFgGEACYcRQAsQYQAAAHEAABBxAAWAcQAGAHEACwBxAAuwcQAAgIEAANCBAAYAgQAGUIEAC4CBAA2AgQAPBxFAAWCRAAaAkQAG8JEADACRAAxQkQABgKEAAcChAAcAoQAH0KEADIChAA0AoQACALEAArCxAAeAsQAH0LEADQCxAA1QsQACgMEABIDBAASHIUAI8MEADYDBAA4wwQADANEAA4DRAAiA0QAIsNEADgDRAAkg0QAPgQEADsDRAAOA4QAEIOEACQDhAAmQ4QAOgOEADpDhAAQA8QAEgPEACYDxAAow8QAPAPEAD1DxAASBAQAE0QEACgEBAAwBAQAKByFAAEERAAUBEQAFIREACoERAArhEQAAASEAAHEhAAWBIQAF0SEACwEhAAtBIQAAgTEAAVExAAYBMQAGgTEAC4ExAAwxMQABAUEAAVFBAAaBQQAG0UEADAFBAA4BQQAPhyFAAgFRAAUHMUAHoVEADIFRAA0RUQACAWEAAmFhAAeBYQAIQWEADQFhAA7hYQACgXEAApFxAAgBcQAIIXEADYFxAA5RcQADAYEAA+GBAAiBgQAJcYEADgGBAA/BgQADgZEABAGRAAAHQUAKMZEADoGRAA6RkQAEAaEABMGhAAmBoQAKcaEADwGhAA+hoQAEgbEABUGxAAoBsQAKcbEABYdBQAABwQALB0FABZHBAAqBwQALUcEAAIdRQABR0QAFgdEABlHRAAsB0QALodEABgdRQACh4QAGAeEAB2HhAAuB4QAMQeEAC4dRQAGB8QAGCqEQAuHxAAaB8QAHAfEABAnhAAhh8QAMAfEADIHxAAGCAQAOIfEAAozxEAGSAQANAhEAAbIBAAMCMQACQgEACAzxEAKCAQAHAgEAByIBAAyCAQANYgEAAgIRAAMSEQABB2FACAIRAAaHYUANIhEAAoIhAAKyIQAIAiEACDIhAAwHYUAOAiEAAYdxQAOiMQAPB9EABQIxAAiCMQAJYjEADgIxAA4SMQAHB3FABAJBAAyHcUALMkEAAgeBQA9SQQAEAlEABOJRAAmCUQAKIlEADwJRAA+CUQAEgmEABJJhAAcCsQAGMmEAAIKRAAdCYQAKAmEACpJhAA+CYQAPkmEABQJxAAXicQAKgnEACyJxAAACgQAAwoEABYKBAAXigQALAoEADMKBAAeHgUABQpEAAQ+xAAFikQAGApEABtKRAAuCkQAMIpEAAQKhAAEioQAGgqEAB/KhAAwCoQAMwqEAAYKxAANCsQANB4FACBKxAAyCsQAMorEAAgLBAAKiwQAHgsEACILBAA0CwQANUsEAAoLRAALi0QAIAtEACWLRAA2C0QAOAtEAAwLhAAMy4QAIguEACRLhAA4C4QAO4uEAA4LxAAQi8QAJAvEACcLxAA6C8QAAQwEAAoeRQATTAQAJgwEACgMBAA8DAQAPMwEABgjBAAADEQAEgxEABKMRAAWIsQAFYxEACgMRAArTEQAPgxEAAGMhAAUDIQAFMyEACoMhAAszIQAAAzEAAMMxAAWDMQAF8zEACwMxAAuDMQAAg0EAAKNBAAYDQQAHA0EAC4NBAAwjQQABA1EAAcNRAAaDUQAG41EADANRAAyDUQAIB5FAAaNhAAcDYQAH42EADINhAA1TYQACA3EAAsNxAAeDcQAH43EADQNxAA0zcQACg4EAAwOBAAgDgQAII4EACoPRAAgzgQADg6EACQOBAA2DgQANo4EAB4QhAA3TgQADA5EAA5ORAAiDkQAJU5EADgORAA5zkQANh5FABBOhAAuD8QAEI6EADwOxAAWDoQAJA6EACeOhAA6DoQAOk6EAAwehQATDsQAJg7EACfOxAAiHoUAPI7EABIPBAATjwQAKA8EACqPBAA+DwQAAQ9EABQPRAAVz0QAOB6FADBPRAAAD4QAAU+EABYPhAAXj4QALA+EAC6PhAACD8QABQ/EABgPxAAZz8QADh7FADHPxAAEEAQAB9AEABoQBAAdEAQAMBAEADDQBAAGEEQABtBEABwQRAAgEEQAMhBEADRQRAAIEIQADFCEACQexQAhkIQANBCEADhQhAA6HsUAC9DEABAfBQAiEMQANhDEADaQxAAAEkQANtDEACQRRAA6EMQADBEEAAyRBAA0E0QADVEEACIRBAAkUQQAOBEEADtRBAAOEUQAD9FEACYfBQAmUUQABBLEACaRRAASEcQALBFEADoRRAA9kUQAEBGEABBRhAA8HwUAKRGEADwRhAA90YQAEh9FABKRxAAoEcQAKZHEAD4RxAAAkgQAFBIEABcSBAAqEgQAK9IEACgfRQAGUkQAFhJEABdSRAAsEkQALZJEAAIShAAEkoQAGBKEABsShAAuEoQAL9KEAD4fRQAH0sQAGhLEAB3SxAAwEsQAMxLEAAYTBAAG0wQAHBMEABzTBAAyEwQANhMEAAgTRAAKU0QAHhNEACJTRAAUH4UAN5NEAAoThAAOU4QAKh+FACHThAAAH8UAOBOEAAwTxAAWU8QAIhPEACQTxAA4E8QAPBPEAA4UBAAOlAQAJBQEACeUBAA6FAQAPlQEABYfxQARlEQAJhREACkURAAsH8UAB5SEABggBQAUVIQAKBSEACtUhAA+FIQABRTEABQUxAAWFMQALiAFAC5UxAAAFQQAAJUEABYVBAAWVQQALBUEACzVBAACFUQABRVEABgVRAAZ1UQALhVEADUVRAAEFYQABhWEAAQgRQAdVYQAMBWEADQVhAAGFcQAB1XEABwVxAAm1cQAGiBFADOVxAAwIEUAChYEAB4WBAAeVgQABhiEAB+WBAAOGASAIJYEADQWBAAhFgQAEhdEACIWBAAkFsQAJZYEACIZRAA1VgQAFBYEgDbWBAAKFMSANxYEAAoWRAAK1kQAIBZEACKWRAAGIIUAOBZEAAwWhAANloQAIhaEACRWhAA4FoQAO1aEAA4WxAAVFsQAHCCFACSWxAA6FsQAJVbEAAAZBIA9lsQAEBcEABRXBAAyIIUAJ5cEADwXBAA/FwQACCDFABOXRAAoF0QAKZdEAD4XRAA/V0QAFBeEABWXhAAKIQUAK9eEAAwhRQABV8QAFhfEABgXxAAsF8QALxfEAAIYBAAG2AQAGBgEABsYBAAuGAQAMdgEAAQYRAAGWEQAGhhEAByYRAAwGEQAMxhEADghRQAKWIQAHBiEAB8YhAAyGIQAMpiEAAgYxAAI2MQAHhjEACEYxAA0GMQANhjEAA4hhQANGQQAIBkEACQZBAA2GQQAORkEAAwZRAANmUQAJCGFACqZRAA4GUQAOhlEAA4ZhAAYmYQAJBmEACbZhAA6GYQAPRmEABAZxAAUWcQAJhnEACZZxAA6IYUAPZnEABIaBAAVWgQAECHFACtaBAA+GgQAA9pEABQaRAAe2kQAKhpEACwaRAAAGoQAApqEABYahAAZGoQALBqEACzahAACGsQABJrEACYhxQAaGsQALhrEAC+axAAEGwQABlsEABobBAAdWwQAMBsEADcbBAA8IcUABptEABwbRAAH20QADB7EAB9bRAAyG0QAM9tEAAgbhAAIm4QAHhuEAB+bhAA0G4QANduEAAobxAAQG8QAIBvEACFbxAA2G8QAIxvEACIcBAA4W8QADBwEAA6cBAASIgUAI5wEADgcBAA5nAQADhxEAA9cRAAkHEQAJZxEACgiBQA6XEQAEByEABRchAAmHIQAKRyEADwchAA+nIQAEhzEABUcxAAoHMQAKdzEAD4iBQA+nMQAFB0EAADdBAAYHASAFN0EACodBAAyHQQAAB1EAAIdRAAUIkUAGl1EACwdRAAt3UQAAh2EAAQdhAAYHYQAGN2EAAYeBAAcHYQALh2EAC6dhAAEHcQAB53EABodxAAeXcQAKiJFADHdxAAAIoUACF4EABweBAAf3gQAMh4EADXeBAAIHkQACx5EAB4eRAAe3kQANB5EADTeRAAKHoQADh6EACAehAAiXoQANh6EADpehAAWIoUADV7EACIexAAkXsQAOB7EADqexAAOHwQAEB8EACQfBAArnwQAOh8EAAGfRAAQH0QAF59EACYfRAAtn0QALCKFAD3fRAASH4QAE1+EACgfhAAVH4QAKh/EACpfhAA+H4QAAJ/EABQfxAAbH8QAAiLFACufxAAAIAQAAaAEABYgBAAdIAQAGCLFADagBAAEIwUADKBEABojBQAaIEQAHCNFADOgRAAEIIQABKCEABoghAAboIQAMCCEADUghAAGIMQACCDEABwgxAAmoMQAMiNFADRgxAAIIQQAC2EEAB4hBAAhoQQANCEEADahBAAKIUQAEKFEACAhRAAjYUQANiFEADkhRAAMIYQADqGEACIhhAAkIYQACCOFADnhhAAOIcQAECHEAB4jhQAZocQAICPFACchxAA6IcQAO+HEABAiBAASIgQANCOFABciBAA8J0UAJqIEADwiBAAAYkQAEiJEABQiRAAoIkQAKqJEAD4iRAABIoQAFCKEABTihAAqIoQALKKEADYjxQAHIsQADCQFABmixAAsIsQAMGLEACIkBQAD4wQAOCQFABpjBAAuIwQAMeMEAAQjRAAH40QAGiNEAB0jRAAwI0QAMONEAAYjhAAG44QAHCOEACAjhAAyI4QANGOEAAgjxAAMY8QADiRFAB6jxAA0I8QAISPEACAkBAA048QACiQEAAwkBAAkJEUAIaQEADYkBAA5JAQADCREAA4kRAA6JEUAJSREADgkRAA45EQADiSEABCkhAAQJIUAJWSEADokhAA/pIQAECTEABBkxAAmJMQAKmTEADwkxAA/JMQAEiUEABSlBAAoJQQAKyUEACYkhQABJUQAFCVEABTlRAAqJUQALKVEABIkxQAA5YQAFiWEABblhAAsJYQALyWEAAIlxAADpcQAGCXEABqlxAAoJMUAL2XEAAQmBAAHZgQAPiTFACEmBAAwJgQAMiYEABQlBQAIJkQAKiUFAB4mRAAAJUUAMuZEAAgmhAA35kQAKDIEQBAmhAAeJoQAIyaEABYlRQA0ZoQACibEAAumxAAgJsQAIybEADYmxAA55sQADCcEAAynBAAiJwQAJKcEADgnBAA7JwQADidEAA/nRAAsJUUAJydEAAIlhQA8J0QAGCWFABDnhAAUKAQAFCeEACYnhAAmp4QAPCeEAD+nhAASJ8QAFmfEAB4mRQAp58QANCZFAAAoBAAKJoUAHCgEACooBAAtqAQAAChEAABoRAAgJoUAGShEACwoRAAt6EQANiaFAArohAA6JwUAGyiEAC4ohAAu6IQABCjEAAaoxAAQJ0UAHCjEADAoxAAzqMQABikEAAlpBAAcKQQAHikEACYnRQAy6QQACClEAAspRAAeKUQAH6lEADQpRAA2qUQAEieFAAtphAAgKYQAI2mEACgnhQA7aYQADCnEAA4pxAA+J4UAIqnEADgpxAA7qcQADioEABJqBAAUJ8UAJaoEADoqBAA9KgQAKifFABGqRAAmKkQAJ6pEADwqRAA9akQAEiqEABOqhAAWKAUAKiqEAD4qhAABKsQAFCrEABWqxAAqKsQAK6rEAAArBAABawQAFisEABerBAAwKIUAL+sEAAIrRAAF60QAGCtEABprRAAuK0QAL6tEAAQrhAAFq4QAGiuEAB0rhAAwK4QAMeuEAAYrxAAIK8QAHCjFAB6rxAAyK8QANOvEAAgsBAALLAQAHiwEAB+sBAA0LAQANiwEAAosRAANLEQAICxEACGsRAA2LEQAN6xEAAwshAANbIQAIiyEACOshAAyKMUAOeyEAA4sxAARrMQAJCzEACdsxAA6LMQAP+zEABAtBAAXLQQAJi0EACgtBAAIKQUAAO1EABItRAASrUQAKC1EAC2tRAA+LUQAPm1EABQthAAYbYQAKi2EAC0thAAeKQUABy3EADQpBQAbrcQALC3EACxtxAACLgQABm4EABguBAAbLgQACilFAC9uBAAELkQABa5EABouRAAiLkQAMC5EADMuRAAGLoQAB+6EACApRQAfLoQAMi6EADKuhAAILsQAEC7EADYpRQAf7sQADCmFADWuxAAKLwQAC28EACAvBAAhrwQAIimFADgvBAAOKcUADi9EACQpxQAkL0QAOinFADovRAA8KgUADq+EACQvhAAnr4QAOi+EAD5vhAASKkUAEe/EACgqRQAu78QAKiqFAD1vxAASMAQAFjAEACgwBAAqMAQAPjAEAACwRAAUMEQAFzBEACowRAAq8EQAADCEAAKwhAAAKsUAF3CEABwxRAAZsIQALDCEADAwhAACMMQABjDEABgwxAAiMMQALjDEADgwxAAEMQQADjEEACwqxQAdMQQAMDEEADCxBAAGMUQADjFEADArRQAfcUQAMjFEADUxRAAIMYQAEjGEAB4xhAAoMYQANDGEAD4xhAAGK4UACvHEACAxxAAjMcQANjHEADpxxAAMMgQADzIEACIyBAAl8gQAODIEADqyBAAOMkQAETJEACQyRAAl8kQACiwFADpyRAAoMsQAPjJEABAyhAAQsoQAJjKEACmyhAA8MoQAAHLEACAsBQAT8sQANiwFACiyxAA+MsQAPvLEABQzBAAU8wQADCxFACvzBAAiLEUABTNEABYzRAAYs0QALDNEAC8zRAACM4QAAvOEABgzhAAas4QALjOEADSzhAAEM8QABXPEABozxAAcc8QAMDPEADKzxAAGNAQACfQEABw0BAAddAQAMjQEADe0BAAINEQACzREAB40RAAe9EQANDREADq0RAAKNIQADTSEACA0hAAk9IQANjSEADm0hAAMNMQADrTEADgsRQAjtMQAODTEADp0xAAONQQADnUEACQ1BAAmtQQAOjUEAD01BAAQNUQAEfVEAA4shQAndUQAPDVEADy1RAASNYQAE7WEACg1hAAp9YQAPjWEAAG1xAAUNcQAF3XEACo1xAAstcQAADYEAAM2BAAWNgQAF7YEACw2BAAttgQAAjZEAAR2RAAYNkQAGHZEAC42RAAwtkQAJCyFAAR2hAAaNoQAGnaEADA2hAAztoQABjbEAAl2xAAcNsQAIfbEADI2xAA0NsQACDcEAAi3BAAeNwQAIjcEADQ3BAA2twQACjdEAA03RAAgN0QAIbdEADY3RAA4N0QAOiyFAA43hAAQLMUAJDeEACYsxQAA98QAPCzFABE3xAAkN8QAJPfEADo3xAA8t8QAEDgEABI4BAAULUUAKbgEADw4BAA9+AQAEjhEABQ4RAAoOEQAK3hEAD44RAA/eEQAFDiEABa4hAAqOIQALDiEAAA4xAAEOMQAFjjEABm4xAAsOMQAL3jEAAI5BAAFuQQAGDkEABj5BAAuOQQAMPkEAAQ5RAAGOUQAGjlEACB5RAAwOUQAMzlEAAY5hAAKOYQAHDmEAB15hAAyOYQAM7mEAAg5xAALOcQAHjnEACA5xAAqLUUANrnEAAo6BAAK+gQAIDoEACI6BAA2OgQANnoEAAw6RAAMukQAIjpEACO6RAA4OkQAOzpEAA46hAAReoQAJDqEACa6hAA6OoQAPDqEABA6xAAQusQAJjrEACl6xAA8OsQAPfrEABI7BAAUOwQAKDsEACk7BAA+OwQAPrsEABQ7RAAU+0QAKjtEACw7RAAAO4QAA/uEABY7hAAWu4QALDuEAC97hAACO8QABfvEABg7xAAbO8QALjvEADJ7xAAEPAQACHwEABo8BAAdPAQAMDwEADH8BAAGPEQADfxEAAAthQAhPEQAMjxEADJ8RAAIPIQACzyEAB48hAAlPIQANDyEADY8hAAWLYUADDzEAAItxQAjPMQANjzEADe8xAAMPQQADb0EACI9BAAoPQQAOD0EADq9BAAOPUQAET1EACQ9RAAk/UQAOj1EADy9RAAQPYQAFj2EACY9hAAqPYQAPD2EADy9hAASPcQAFb3EACg9xAAsfcQAGC3FAD+9xAAUPgQAFz4EAC4txQAtPgQAAD5EAAD+RAAWPkQAGL5EABouBQAsvkQAAj6EAAW+hAAYPoQAHH6EAAYuRQAv/oQAHC5FAAW+xAAaPsQAGv7EADA+xAAzvsQABj8EAAd/BAAcPwQAH38EADI/BAA0PwQAMi5FAAi/RAAeP0QAIX9EADQ/RAA3/0QACj+EAAu/hAAgP4QAIz+EADY/hAA2v4QADD/EAA6/xAAiP8QAJb/EADg/xAA5f8QADgAEQBFABEAkAARAJwAEQDoABEA+wARAEABEQBPAREAmAERAKQBEQDwAREA8QERAEgCEQBSAhEAoAIRAK4CEQD4AhEA/QIRAFADEQBdAxEAILoUALIDEQAABBEADgQRAFgEEQBbBBEAsAQRAMAEEQAIBREAFgURAGAFEQBsBREAuAURAL8FEQAQBhEAFwYRAGgGEQB0BhEAwAYRAMEGEQAYBxEAJAcRAHAHEQB9BxEAyAcRAM8HEQAgCBEALAgRAHgIEQCFCBEA0AgRAN8IEQAoCREAPAkRAIAJEQCMCREA2AkRAOsJEQAwChEAPwoRAIgKEQCUChEA4AoRAOEKEQA4CxEAQgsRAJALEQCeCxEA6AsRAO0LEQBADBEATQwRAHi6FACZDBEA8AwRAAENEQBIDREAVg0RAKANEQCvDREA+A0RAPoNEQBQDhEAWg4RAKgOEQC2DhEAAA8RAAUPEQBYDxEAZQ8RALAPEQC/DxEACBARAA0QEQBgEBEAbRARALgQEQDCEBEAEBERABwREQBoEREAexERAMAREQDKEREAGBIRACQSEQBwEhEAgxIRAMgSEQDXEhEAIBMRACwTEQB4ExEAeRMRANATEQDaExEAKBQRADYUEQCAFBEAhRQRANgUEQDlFBEA0LoUADUVEQCIFREAlRURAOAVEQDqFREAOBYRAD4WEQCQFhEAkhYRAOgWEQD1FhEAQBcRAEMXEQCYFxEAphcRAPAXEQD8FxEASBgRAFUYEQCgGBEAqhgRAPgYEQAHGREAUBkRAFUZEQCoGREAtRkRAAAaEQANGhEAWBoRAGQaEQCwGhEAvxoRAAgbEQASGxEAYBsRAG4bEQC4GxEAvRsRABAcEQAdHBEAaBwRAHQcEQDAHBEA0xwRABgdEQAnHREAcB0RAHwdEQDIHREAyR0RACAeEQAqHhEAeB4RAIYeEQDQHhEA1R4RACgfEQA1HxEAKLsUAJMfEQDYHxEA5x8RADAgEQA8IBEAiCARAIkgEQDgIBEA6iARADghEQBGIREAkCERAJUhEQDoIREA9SERAIC7FABTIhEAmCIRAKciEQDwIhEA/CIRAEgjEQBJIxEAoCMRAKojEQD4IxEABiQRAFAkEQBVJBEAqCQRALUkEQDYuxQAAiURAFglEQBmJREAsCURAL0lEQAIJhEAFCYRAGAmEQBmJhEAuCYRAMkmEQAQJxEAEicRAGgnEQBxJxEAwCcRAM0nEQAYKBEAJygRAHAoEQB7KBEAyCgRANQoEQAgKREAMykRAHgpEQCHKREA0CkRANwpEQAoKhEAKSoRAIAqEQCKKhEA2CoRAOYqEQAwKxEANSsRAIgrEQCVKxEAMLwUAO0rEQA4LBEARiwRAJAsEQCaLBEA6CwRAPYsEQBALREAQi0RAJgtEQCpLREA8C0RAP4tEQBILhEAeS4RAKAuEQCiLhEA+C4RAAIvEQBQLxEAXi8RAKgvEQCtLxEAADARAA0wEQBYMBEAZDARALAwEQDDMBEACDERABcxEQBgMREAbDERALgxEQC5MREAEDIRABoyEQBoMhEAdjIRAMAyEQDFMhEAGDMRACUzEQCIvBQAcjMRAMgzEQDKMxEAIDQRAC80EQB4NBEAhzQRANA0EQDcNBEAKDURACs1EQCANREAgzURANg1EQDeNREAMDYRADw2EQCINhEAizYRAOA2EQDlNhEAODcRAEE3EQCQNxEAljcRAOg3EQD3NxEAQDgRAEw4EQCYOBEAqDgRAPA4EQDyOBEASDkRAFY5EQCgOREAsTkRAOC8FAD+OREAUDoRAFw6EQA4vRQAuzoRAAA7EQAPOxEAWDsRAGQ7EQCwOxEAsTsRAAg8EQASPBEAYDwRAG48EQC4PBEAvTwRABA9EQAdPREAkL0UAHQ9EQDAPREAyj0RABg+EQBEPhEAcD4RAHc+EQDIPhEA4T4RACA/EQAvPxEAeD8RAIc/EQDQPxEA1T8RAChAEQA1QBEAgEARAI1AEQDYQBEA5EARADBBEQA/QREAiEERAJJBEQDgQREA7kERADhCEQA9QhEAkEIRAJ1CEQDoQhEA9EIRAEBDEQBTQxEAmEMRAKdDEQDwQxEA/EMRAEhEEQBJRBEAoEQRAKpEEQD4RBEABkURAFBFEQBVRREAqEURALVFEQDovRQAEUYRAFhGEQBpRhEAsEYRALxGEQAIRxEAH0cRAGBHEQBiRxEAuEcRAMlHEQAQSBEAE0gRAGhIEQBySBEAwEgRAMJIEQAYSREAIkkRAHBJEQB8SREAyEkRANRJEQAgShEAM0oRAHhKEQCHShEA0EoRANxKEQAoSxEAKUsRAIBLEQCKSxEA2EsRAOZLEQAwTBEANUwRAIhMEQCVTBEAQL4UAOJMEQA4TREAQk0RAJBNEQCYTREAmL4UAPtNEQBAThEATE4RAJhOEQCnThEA8E4RAPlOEQBITxEAUk8RAKBPEQCuTxEA+E8RAP1PEQBQUBEAXVARAKhQEQC0UBEAAFERABNREQBYUREAZ1ERALBREQC8UREACFIRAAlSEQBgUhEAalIRALhSEQDGUhEAEFMRABVTEQBoUxEAdVMRAPC+FADCUxEAGFQRACJUEQBwVBEAeFQRAEi/FADNVBEAIFURADZVEQB4VREAeVURANBVEQDhVREAKFYRADRWEQCAVhEAilYRANhWEQDmVhEAMFcRADVXEQCIVxEAlVcRAOBXEQDsVxEAOFgRAEtYEQCQWBEAn1gRAOhYEQD0WBEAQFkRAEFZEQCYWREAolkRAPBZEQD+WREASFoRAE1aEQCgWhEArVoRAKC/FAD6WhEAUFsRAFpbEQCoWxEAsFsRAPi/FAAWXBEAWFwRAGRcEQCwXBEAtVwRAAhdEQARXREAYF0RAGpdEQC4XREAxF0RABBeEQAjXhEAaF4RAHdeEQDAXhEAzF4RABhfEQAZXxEAcF8RAHpfEQDIXxEA1l8RACBgEQAlYBEAeGARAIVgEQBQwBQA0mARAChhEQAyYREAgGERAIhhEQCowBQA5WERADBiEQA/YhEAiGIRAJNiEQDgYhEA7GIRADhjEQBHYxEAkGMRALBjEQDoYxEA9GMRAEBkEQBHZBEAmGQRAKZkEQDwZBEA9WQRAEhlEQBUZREAoGURALNlEQD4ZREAB2YRAFBmEQBcZhEAqGYRAKlmEQAAZxEACmcRAFhnEQBmZxEAsGcRALVnEQAIaBEAFWgRAADBFABiaBEAuGgRAMJoEQAQaREAGGkRAFjBFACFaREAwGkRANFpEQAYahEAJGoRAHBqEQCDahEAyGoRANdqEQAgaxEALGsRAHhrEQB5axEA0GsRANprEQAobBEANmwRAIBsEQCFbBEA2GwRAOVsEQCwwRQAMm0RAIhtEQCSbREA4G0RAOhtEQAIwhQAVW4RAJBuEQChbhEA6G4RAPRuEQBAbxEAU28RAJhvEQCnbxEA8G8RAPxvEQBIcBEASXARAKBwEQCqcBEA+HARAAZxEQBQcREAVXERAKhxEQC1cREAYMIUAAJyEQBYchEAYnIRALByEQC4chEAuMIUABlzEQBgcxEAdHMRALhzEQC8cxEAEHQRABJ0EQBodBEAfHQRAMB0EQDDdBEAGHURADV1EQBwdREAgXURAMh1EQDUdREAIHYRADN2EQB4dhEAh3YRANB2EQDcdhEAKHcRACl3EQCAdxEAincRANh3EQDmdxEAMHgRADV4EQCIeBEAlXgRABDDFADieBEAOHkRAEJ5EQCQeREAmHkRAGjDFADweREAQHoRAGZ6EQCYehEAoHoRAPB6EQAAexEASHsRAEp7EQCgexEArnsRAPh7EQAJfBEAwMMUAFd8EQAYxBQAsHwRAAB9EQAZfREAWH0RAGF9EQCwfREAun0RAAh+EQAQfhEAYH4RAGN+EQDYjREAan4RALCIEQBufhEAuH4RAMV+EQAQfxEAH38RAGh/EQBtfxEAwH8RANZ/EQAYgBEAGYARAHCAEQCBgBEAyIARANSAEQAggREAKoERAHiBEQCEgREAyMQUANiBEQAoghEAK4IRAICCEQCgghEA2IIRAOaCEQAwgxEAMYMRACDFFACUgxEA4IMRAOeDEQB4xRQAQIQRANDFFACWhBEA6IQRAPCEEQBAhREARoURAJiFEQCmhREA8IURAPOFEQBIhhEAaIYRAKCGEQC0hhEAKMYUAAKHEQBQhxEAXIcRAKiHEQCrhxEAAIgRAAqIEQCAxhQAhogRANjGFAC7iBEACIkRABSJEQBgiREAZokRALiJEQDEiREAEIoRABiKEQAwxxQAdIoRAMCKEQDGihEAGIsRACSLEQBwixEAeIsRAIjHFADLixEAIIwRACOMEQB4jBEAgYwRANCMEQDcjBEAKI0RACuNEQCAjREAro0RAODHFADdjREAMI4RAEaOEQCIjhEAlI4RAOCOEQDojhEAOMgUAESPEQCQjxEAk48RAOiPEQDyjxEAkMgUAEiQEQCYkBEAnJARAPCQEQD8kBEASJERAE6REQCgkREArJERAPiREQAAkhEA6MgUAHCSEQCokhEAtpIRAACTEQABkxEAQMkUAGSTEQCwkxEAt5MRAJjJFAAclBEAYJQRAGiUEQC4lBEAu5QRABCVEQAclREAaJURAIGVEQDAlREAwpURABiWEQAblhEAcJYRAHqWEQDIlhEA1pYRACCXEQAilxEAeJcRAIWXEQDQlxEA2JcRACiYEQBBmBEAgJgRAIyYEQDYmBEA3pgRADCZEQBHmREAiJkRAJ6ZEQDgmREA4pkRADiaEQBFmhEAkJoRAJ2aEQDomhEA8JoRAECbEQBCmxEAmJsRAKWbEQDwmxEA95sRAEicEQBQnBEAoJwRAK+cEQD4nBEA/ZwRAFCdEQBdnREAqJ0RALKdEQAAnhEABp4RAFieEQBmnhEAsJ4RAMmeEQAInxEAEZ8RAGCfEQBqnxEAuJ8RAL2fEQAQoBEAFqARAGigEQBroBEAwKARANqgEQBIyhQAIKERAHChEQCAoREAyKERAMqhEQAgohEALqIRAHiiEQCJohEAoMoUANaiEQAooxEANKMRAPjKFACIoxEA2KMRAP6jEQAwpBEAOKQRAIikEQCUpBEA4KQRAOakEQA4pREAPqURAJClEQCVpREA6KURAO6lEQCoyxQASKYRAFjMFACgphEAYM0UAPamEQBIpxEATacRAKCnEQCkpxEA+KcRAAWoEQC4zRQAVagRAKioEQCsqBEAAKkRAAKpEQBYqREAcakRALCpEQDBqREACKoRABSqEQAQzhQAY6oRADiwEQBsqhEAuKoRAMuqEQAQqxEAEasRAGirEQB0qxEAwKsRAM+rEQAYrBEAIqwRAHCsEQB8rBEAyKwRAM+sEQBozhQAKK0RAHitEQB6rREA2LkRAHutEQCgshEAfq0RANCtEQCErREACLURAIWtEQDAJBIA3K0RACiuEQA3rhEAgK4RAIyuEQDYrhEA5q4RADCvEQBLrxEAiK8RAJSvEQDgrxEA568RAMDOFABFsBEAkLARAJKwEQDosBEA6bARAECxEQBDsREAmLERAKOxEQDwsREA9bERAEiyEQBSshEAGM8UAK2yEQD4shEA+rIRAFCzEQBRsxEAqLMRAKuzEQAAtBEAC7QRAFi0EQBdtBEAsLQRALq0EQBwzxQAG7URAGC1EQBhtREAuLURAMS1EQAQthEAH7YRAGi2EQBythEAwLYRAMy2EQAYtxEAH7cRAMjPFAB4txEAyLcRAMq3EQAguBEAL7gRAHi4EQCCuBEA0LgRANm4EQAouREAKrkRAIC5EQCRuREAeNAUAOe5EQAwuhEAOroRAIi6EQCRuhEA4LoRAOK6EQA4uxEASbsRAJC7EQCYuxEA6LsRAAa8EQBAvBEASLwRAJi8EQCkvBEA8LwRAAO9EQBIvREASb0RAKC9EQCsvREA+L0RAAe+EQBQvhEAWr4RAKi+EQC0vhEAAL8RAAe/EQDQ0BQAab8RALC/EQDBvxEACMARABDAEQBgwBEAZ8ARALjAEQDGwBEAEMERACDBEQBowREAeMERAMDBEQDcwREAKNEUACXCEQBwwhEAh8IRAMjCEQDQwhEAIMMRAC7DEQB4wxEAgsMRANDDEQDcwxEAKMQRAD7EEQCAxBEAg8QRANjEEQD0xBEAgNEUADrFEQCIxREAkMURAODFEQDvxREAOMYRAD3GEQCQxhEAncYRAOjGEQDyxhEAQMcRAELHEQCYxxEApscRAPDHEQD9xxEASMgRAEvIEQDY0RQAq8gRAPjIEQACyREAUMkRAFjJEQCoyREAt8kRAADKEQAFyhEAWMoRAGXKEQCwyhEAusoRAAjLEQAKyxEAYMsRAG7LEQC4yxEAxcsRABDMEQATzBEAMNIUAGvMEQDAzBEAzMwRABjNEQAfzREAcM0RAHjNEQDIzREA4c0RACDOEQA0zhEAeM4RAJTOEQDQzhEA2M4RAODSFAAwzxEAONMUAI3PEQDYzxEA388RADDQEQA40BEAiNARAI3QEQDg0BEA8NARADjREQBA0REAkNERAJ7REQDo0REA9dERAEDSEQBN0hEAmNIRAKTSEQDw0hEA9tIRAEjTEQBQ0xEAoNMRAKzTEQD40xEAC9QRAFDUEQBf1BEAqNQRALTUEQAA1REAAdURAFjVEQBi1REAsNURAL7VEQAI1hEADdYRAGDWEQBt1hEAkNMUALvWEQAQ1xEAGtcRAGjXEQBq1xEAwNcRAM/XEQAY2BEAONgRAHDYEQB42BEAyNgRANLYEQAg2REAJtkRAHjZEQB62REA0NkRAN/ZEQAo2hEANNoRAIDaEQCI2hEA6NMUAPbaEQAw2xEATtsRAEDUFACm2xEA4NsRAP7bEQA43BEAQNwRAJDcEQCf3BEA6NwRAOrcEQBA3REASd0RAJjdEQCb3REA8N0RAPzdEQBI3hEAT94RAKDeEQCo3hEA+N4RABHfEQBQ3xEAZN8RAKjfEQDE3xEAAOARAAjgEQCY1BQAduARALDgEQDO4BEA8NQUACHhEQBg4REAZeERALjhEQDT4REAEOIRABziEQBo4hEAcOIRAEjVFADT4hEAGOMRACfjEQBw4xEAfOMRAMjjEQDJ4xEAIOQRACrkEQB45BEAhuQRANDkEQDV5BEAKOURADXlEQCg1RQAhOURANjlEQDa5REAMOYRADPmEQCI5hEAkOYRAODmEQDq5hEAOOcRAEPnEQCQ5xEAnOcRAOjnEQDw5xEA+NUUAE7oEQCY6BEAnugRAPDoEQD86BEASOkRAFfpEQCg6REAqukRAPjpEQAA6hEAUOoRAF/qEQCo6hEAquoRAADrEQAJ6xEAWOsRAFvrEQCw6xEAvOsRAAjsEQAQ7BEAUNYUAHDsEQC47BEAwOwRABDtEQAa7REAaO0RAHPtEQDA7REAzO0RABjuEQAg7hEAqNYUAHXuEQDI7hEA2e4RACDvEQAx7xEAeO8RAH3vEQDQ7xEA1O8RACjwEQA28BEAgPARAI3wEQDY8BEA7/ARADDxEQA48REAiPERAJTxEQDg8REA8/ERADjyEQBH8hEAkPIRAJzyEQDo8hEA6fIRAEDzEQBK8xEAmPMRAKbzEQDw8xEA9fMRAEj0EQBV9BEAANcUAKb0EQD49BEABvURAFD1EQBd9REAqPURAL/1EQAA9hEACPYRAFj2EQBj9hEAsPYRALL2EQAI9xEAFfcRAGD3EQBn9xEAuPcRAMn3EQAQ+BEAHvgRAGj4EQB1+BEAwPgRANf4EQAY+REAIPkRAHD5EQB1+REAyPkRANj5EQAg+hEAKPoRAHj6EQCC+hEA0PoRANv6EQAo+xEANPsRAID7EQCI+xEAsNcUAPH7EQAw/BEANfwRAIj8EQCj/BEA4PwRAOz8EQA4/REAQP0RAAjYFACj/REA6P0RAPf9EQBA/hEATP4RAJj+EQCZ/hEA8P4RAPr+EQBI/xEAVv8RAKD/EQCl/xEA+P8RAAUAEgBg2BQAWAASAKgAEgCqABIAAAESAA0BEgBYARIAXQESALABEgC6ARIACAISABMCEgBgAhIAbAISALgCEgC+AhIAEAMSABgDEgBoAxIAdAMSAMADEgDTAxIAGAQSACcEEgBwBBIAfAQSAMgEEgDJBBIAIAUSACoFEgB4BRIAhgUSANAFEgDVBRIAKAYSADUGEgC42BQAhQYSANgGEgDnBhIAMAcSAD8HEgCIBxIAkQcSAOAHEgDmBxIAOAgSAD4IEgCQCBIAnAgSAOgIEgDvCBIAQAkSAFwJEgAQ2RQAogkSAPAJEgD8CRIASAoSAEsKEgCgChIAqgoSAGjZFAAACxIAwNkUAFgLEgAY2hQAsAsSAHDaFAAIDBIAWAwSAFkMEgBAFBIAZQwSALAMEgBsDBIAgBESAG8MEgAgGxIAcQwSAOgeEgCxDBIACA0SAB4NEgBgDRIAaA0SALgNEgC6DRIAeBASAMYNEgAQDhIAGA4SAMjaFAAdDhIAaA4SAGsOEgDADhIAyg4SABgPEgAaDxIAcA8SAIEPEgDIDxIA2Q8SACAQEgAoEBIAINsUAH8QEgDQEBIA1xASACgREgAwERIAeNsUAIIREgDYERIA3hESADASEgA9EhIAiBISAJASEgDgEhIA4hISADgTEgA/ExIAkBMSAJcTEgDoExIA8BMSANDbFABNFBIAmBQSAJkUEgDwFBIABhUSAEgVEgBQFRIAoBUSAKIVEgBgGBIArhUSAPgVEgAAFhIAKNwUAAUWEgBQFhIAUxYSAKgWEgCyFhIAABcSAAIXEgBYFxIAaRcSALAXEgDBFxIACBgSABAYEgCA3BQAZxgSALgYEgC/GBIAEBkSABgZEgDY3BQAchkSAMAZEgDCGRIAGBoSACkaEgBwGhIAgRoSAMgaEgDQGhIAMN0UACUbEgAIIxIALBsSAHgbEgCOGxIA0BsSANgbEgAoHBIANhwSAIAcEgCNHBIA2BwSANscEgAwHRIAOh0SAIgdEgCKHRIA4B0SAPEdEgA4HhIASR4SAJAeEgCYHhIAiN0UAPEeEgBAHxIATR8SAJgfEgCfHxIA8B8SAAEgEgBIIBIAVCASAKAgEgCoIBIA4N0UAAUhEgBQIRIAUyESAKghEgCyIRIAACISAAIiEgBYIhIAaSISALAiEgDBIhIAON4UABAjEgBgIxIAdyMSALgjEgDEIxIAECQSABokEgBoJBIAcCQSAJDeFADBJBIAGCUSAC4lEgBwJRIAeCUSAMglEgDWJRIAICYSACgmEgDo3hQALSYSAHgmEgB7JhIA0CYSANomEgAoJxIAKicSAIAnEgCRJxIA2CcSAOknEgAwKBIAOCgSAEDfFACOKBIA4CgSAOUoEgA4KRIAUykSAJApEgCeKRIA6CkSAO8pEgBAKhIATCoSAJgqEgCeKhIA8CoSAPMqEgBIKxIAUisSAKArEgCmKxIA+CsSAPorEgBQLBIAWiwSAKgsEgC0LBIAAC0SABctEgBYLRIAbC0SALAtEgDMLRIACC4SABAuEgCY3xQAYi4SALguEgDGLhIAEC8SACEvEgDw3xQAby8SAEjgFADOLxIAGDASACIwEgBwMBIAezASAMgwEgDQMBIAIDESACwxEgB4MRIAizESANAxEgDfMRIAKDISADQyEgCAMhIAgTISANgyEgDiMhIAMDMSAD4zEgCIMxIAjTMSAOAzEgDtMxIA+OAUAEA0EgCQNBIAmjQSAOg0EgDtNBIAQDUSAEg1EgCYNRIAnjUSAPA1EgD8NRIASDYSAE42EgCgNhIAqTYSAPg2EgAFNxIAUDcSAFg3EgCoNxIAqTcSAAA4EgACOBIAWDgSAFs4EgCwOBIAszgSAKjhFAAeORIAYDkSAGg5EgC4ORIAxDkSABA6EgAWOhIAaDoSAG46EgDAOhIAxToSAHA7EgDuOhIAGDsSACA7EgBY4hQAdjsSALDiFADeOxIAIDwSACI8EgB4PBIAhTwSANA8EgDXPBIAKD0SADA9EgCAPRIAkD0SANg9EgDaPRIAMD4SAD4+EgCIPhIAmT4SAGDjFADnPhIAuOMUAEY/EgCQPxIAmj8SAOg/EgDzPxIAQEASAEhAEgCYQBIApEASAPBAEgADQRIASEESAFZBEgCgQRIAqkESAPhBEgAAQhIAUEISAF9CEgCoQhIArUISAABDEgAHQxIAWEMSAGRDEgBo5BQA8EMSAAhEEgBIRBIAYEQSAGhEEgDA5BQA4kQSABBFEgAcRRIAaEUSAG5FEgDARRIAxkUSABhGEgAdRhIAcEYSAHZGEgAY5RQAyUYSACBHEgAmRxIAeEcSAH1HEgDQRxIA30cSAChIEgA0SBIAgEgSAINIEgDYSBIA20gSADBJEgA4SRIAiEkSAJdJEgDgSRIA5UkSADhKEgBOShIAkEoSAJFKEgDoShIA+UoSAEBLEgBMSxIAmEsSAKJLEgDwSxIA/EsSAEhMEgBPTBIAcOUUALBMEgD4TBIABE0SAFBNEgBfTRIAqE0SALxNEgAAThIAD04SAFhOEgBpThIAsE4SALxOEgDI5RQACk8SAGBPEgBuTxIAuE8SAMlPEgAg5hQAFlASAGhQEgB0UBIAeOYUAMZQEgAYURIAHlESAHBREgB1URIAyFESAM5REgCA5xQAJVISAHhSEgB6UhIA0FISAOFSEgDg6BQANFMSAIBTEgCGUxIA2FMSAORTEgAwVBIAOFQSADjpFACOVBIA4FQSAOxUEgA4VRIAQFUSAJDpFACcVRIA6FUSAOtVEgBAVhIASlYSAOjpFACaVhIA8FYSAP5WEgBIVxIAWVcSAJjqFACmVxIA+FcSAARYEgDw6hQAWFgSAKhYEgCrWBIAAFkSAAxZEgBYWRIAZFkSALBZEgC4WRIAoOsUABNaEgBgWhIAbFoSALhaEgDAWhIA+OsUABlbEgBoWxIAeVsSAMBbEgDRWxIAGFwSACBcEgBwXBIAc1wSAMhcEgDSXBIAIF0SACJdEgB4XRIAh10SANBdEgDwXRIAKF4SADBeEgCAXhIAil4SANheEgDeXhIAMF8SADJfEgCIXxIAl18SAOBfEgDsXxIAUOwUAERgEgCQYBIArmASAOhgEgDuYBIAQGESAElhEgCYYRIApWESAPBhEgD4YRIASGISAF5iEgCgYhIAomISAPhiEgATYxIAUGMSAFxjEgCoYxIAtWMSAKjsFAAGZBIAWGQSAGBkEgCwZBIAxmQSAAhlEgANZRIAYGUSAGZlEgC4ZRIAxGUSABBmEgAYZhIAAO0UAHVmEgDAZhIA0GYSABhnEgAdZxIAcGcSAHZnEgDIZxIA3mcSACBoEgAiaBIAeGgSAIJoEgDQaBIA3mgSAChpEgAtaRIAgGkSAI1pEgBY7RQA52kSADBqEgA5ahIAiGoSAJJqEgDgahIA7moSADhrEgA9axIAkGsSAJ1rEgDoaxIA8GsSAEBsEgBQbBIAmGwSAJpsEgDwbBIA/mwSAEhtEgBZbRIAsO0UAKdtEgAI7hQA/W0SAFBuEgBWbhIAqG4SALBuEgAAbxIACm8SAFhvEgBabxIAsG8SALNvEgAIcBIAKHASALjuFABscBIAuHASAL5wEgAQcRIAHHESAGhxEgBwcRIAEO8UAMxxEgAYchIAHnISAHByEgB8chIAyHISANByEgBo7xQAInMSAHhzEgCGcxIA0HMSAOFzEgDA7xQANXQSAIB0EgCXdBIAGPAUAOJ0EgAwdRIAPHUSAIh1EgCLdRIA4HUSAOp1EgBw8BQASXYSAJB2EgCXdhIA6HYSAPB2EgBAdxIATXcSAJh3EgCddxIA8HcSAPp3EgBIeBIAUHgSAKB4EgCveBIA+HgSAP14EgBQeRIAZnkSAKh5EgCpeRIAAHoSAA56EgBYehIAaXoSALB6EgC8ehIACHsSABB7EgAg8RQAZHsSAGABAABoexIAEEoUAGx7EgDghhAAxHsSAEgJAAAYfBIAKH8SANV9EgBYLAAAJH4SAGguAAA4fxIA4D0AANt/EgD4QAAAM4ASAJBJAADigBIACOERAOOAEgBQTAAA54ASAMgCBADqgBIAeEQIADyBEgA4XwAA7IESAMBlAABEghIAeHIAAPOCEgBYeQAAV4MSAKCCAACkgxIAEIYAAPqDEgAwigAAsIQSANCTAAB3hRIAsIUSACCIEgCA1gAAJIkSAODiAAB8iRIAgOwAACyKEgCg+wAA5IoSAEAFAQBUixIAmAUBAIqLEgDwBQEA7IsSACAMAQCajBIA2A0BAPGMEgAAEwEAt40SAEgcAQD8jRIAeCIBAGeOEgCgjhIAFI8SAFCPEgBYjxIAqI8SALSPEgAIKgEACJASAMgsAQDMkBIACJESABCREgBgkRIAYpESAFg0AQDEkRIAiDoBAHCSEgAoRAEA1JMSAEheAQCAlBIAEGIBAJSUEgDI/hMAnJQSALj8EwD1lBIAaGIBAC6VEgDIYwEAkpUSADBmAQDdlRIASGkBADSWEgBYawEARJcSAJh+AQCqlxIA6JcSAPCXEgDwfgEAT5gSAFiBAQD8mBIAWIwBAGuZEgCwjAEArJkSAGiOAQAAmhIAUJoSAFqaEgDAjgEAspoSAOiTAQDEnBIAYK4BABidEgBonRIAeJ0SALiuAQAknhIA2LIBAHieEgDInhIA2J4SADCzAQCEnxIAILwBAEaiEgDwggcA7qISADBYAgDyohIA6FkCAPaiEgBg2gEAAqMSAFhoAgCaoxIAgN4BAP6jEgA44AEAqaQSAEjiAQD6pBIAAOQBAF6lEgC45QEAtKUSAMjnAQAMphIAIOgBALimEgDoIxQAuaYSALD6DAC8phIAMOoBAMymEgDIlw0AEKcSALD+EgAkpxIAiOoBADanEgAojxQAZ6cSAODqAQBqpxIAaCUOAByoEgAI8AEAdKgSAGDwAQAmqRIA6PYBANGpEgAY/QEAgaoSADgBAgDTqhIAKKsSADSrEgDoAQIAOKwSAIisEgCLrBIAsEwPAJSsEgDICAIA9awSAIgLAgBZrRIAkK0SAOytEgCwkQ4A+K0SAFAaAgAVrhIAoA4CAEyuEgAoFQIA/K4SAPgZAgCsrxIAWBsCABSwEgCwGwIAtLASAFgpDAC4sBIAYBwCAAmxEgBoHQIAFrISABAoAgDBshIAYLYNAMSyEgA4LQIAxrISAGjdDwAYsxIA2E0UACqzEgBosxIAyLMSABi0EgDcsxIAiDcCABu0EgAATw4AIrQSAFhaDgAltBIAqDgOACi0EgCQHA8AKbQSAAghDwAztBIASC8CADm0EgD4WA4AyrQSAMAzAgDytBIA0HwPAC61EgB4NQIAgLUSANC1EgDctRIAKDYCAFm5EgBoSQIAdsgSAICADgAiyRIAaMkSANLJEgAYyhIAgMoSABAHDQCGyhIAUAwDANPLEgBA+BMA2MsSAIDMEgDsyxIAmM8SAPTLEgBg/BMA+ssSANAcAwCCzBIAaM0NAITMEgAQUQ4Ah8wSAPi0CQCKzBIAKB0DAI/MEgCAHQMAkcwSADgkBQCjzBIAOJwUALjMEgCYcgUA9M4SAFAtAwCgzxIA8M8SAPHPEgC4+A0A+s8SAKj4EAD/zxIA2O4OAA/QEgD4tBQAUtASAHgyAwBT0RIAwFwDAFbREgAIegsAV9ESANhJAwBZ0RIACDoDAFrREgDgPwMAXNESANCSBABd0RIASEIDAF7REgC4UAMAX9ESAMg8AwBg0RIAWI4EAGbREgBgRQMAkNESALBDEgAf1RIAkIIDACbVEgAgaQMAfNUSAEBtAwDQ1RIAINYSADbWEgCobwMA3NYSAJh4AwAw1xIAgNcSAITXEgDweAMAOtgSABh+AwBA2RIAkNkSAKbZEgDQigMAQtoSAEC6AwBG2hIAoI8DAEraEgCQHw4ApNoSAAiSAwAE3RIA6K4DAHneEgCYxQMAKd8SAOjPAwDf3xIACNQDACHgEgCI2QMAIuESAGjrAwCA4RIA0OESAN7hEgDQ7QMA3OISAHiPEADm4hIAwPYDAOPjEgCIBQQAR+USAEgeBADx5RIA4CYEALLmEgD45hIAW+cSABg5BAC65xIAAOgSABHoEgAwPAQAYukSAJCoBQBj6RIAYFgEAGrpEgCwigkAE+oSAIBcBAAX6hIAKJoJABvrEgAwcwQAK+wSAOB+BADf7BIAUIIEAJztEgDY7RIA4O0SADDuEgA/7hIAOIoEAJLuEgCojQQAQe8SALC1DQBE7xIAYI8EAJjvEgDo7xIArO8SAOD2EwDy7xIAuI8EAKDwEgCQlQQA//ASAKCXBACm8RIA0J0EAADyEgDAXQoAU/ISALCkBABk8xIAmLcEALjzEgBYghMAJPQSAGD0EgBo9BIAuPQSAMX0EgAwywQAx/QSAAjyBADJ9BIACLsEAIH2EgBA2AQAhPcSANjrBADY9xIAKPgSADn4EgA47QQAP/kSANgBBQCS+RIASAUFADr6EgAwDQUAofoSABAUBQCs+hIAcCAFALn6EgBAGgUAwfsSAMggBQBn/BIAACgFAKb8EgCILgUAV/0SAFg+BQBc/RIA6DYKAF39EgCwOgoAX/0SAGgxCgDE/RIAAP4SAAj+EgBY/hIAsv4SAJCYDgC1/hIA0AkNALj+EgA49xMAuv4SAHBBBQC8/hIA8LQQANP+EgDgphQA9/4SADC9EAAQ/xIAiEQFAI3/EgC4/xIAw/8SAJBFBQByABMAaEsFACcBEwBQUwUAywETAJhcBQDOARMAcHUGADwCEwBQXgUAhQITAOhmBQCHAhMAqF4FANYCEwAYYgUA2gITAChkBQDiAxMAqGkFAO8EEwAAdQUAOwUTACh6BQAUCBMAUAgTAFgIEwCoCBMAtwgTAPifBQAJCRMA4KcFAAoKEwB4sAUAFQoTAJhxCQBjChMA6LMFAG0LEwDgyAUAdwsTAKDABQDGCxMAEMQFAMoLEwAgxgUAPA0TAHgNEwCADRMA0A0TANUNEwCA3QUA3w0TAEDVBQAuDhMAsNgFADIOEwDA2gUAQhATAIj0BQDuEBMA0P0FAJ4REwAYEgYAbRITAEAiBgDGEhMAwCcGAAcTEwDQKQYAYBMTAFgwBgC0ExMAYDEGAAgUEwBYFBMAYhQTALgxBgCzFBMA0DQGAGkVEwBoPQYALBYTAGgWEwBwFhMAwBYTAMYWEwBwSQYALhcTADhNBgDeFxMA8FkGACQYEwBAZAYA3xgTAFhnBgCPGRMAmG8GAEEaEwAweAYA/BoTADgbEwBAGxMAkBsTAKAbEwDYggYAvBsTAFCHBgD0GxMA4IMGAEgcEwCYHBMAohwTADiEBgC8HRMA+B0TAAAeEwBQHhMAWR4TAGiVBgCyHhMAeJcGAHQfEwCwHxMAuB8TAAggEwAJIBMA0KIGAA0gEwAI7AYAFSATALiqBgAXIBMAUJ0GAGYgEwDAoAYAaiATAEjpBgByIRMAeK0GACIiEwC4tQYAeiITADC6BgDOIhMAOLsGAIYjEwB4wwYARCQTAIAkEwCIJBMA2CQTAOIkEwC4ywYAMyUTAPDSBgD8JRMAOCYTAEAmEwCQJhMAnSYTAGjXBgCfJhMAuOEGAO0mEwCI2wYAnicTACjlBgD4JxMAOOcGAGwpEwCoKRMAsCkTAAAqEwAPKhMAmPMGAGIqEwAI9wYAdCwTALAMBwDcLBMAGC0TADQtEwBwLRMAfS0TABAOBwCULhMA0C4TANguEwAoLxMAKy8TAEggBwAQMBMAsC0HAIswEwDYMgcAjzATAAjaDABFMRMAuDkHAJMxEwDYPQcA+jITAGBPBwBUMxMA4FQHAFg0EwDAJgoAbDQTAGgmCgDENBMAADUTAAg1EwBYNRMAWzUTACBdBwDMNRMACDYTABA2EwBgNhMAbzYTAOhgBwDDNhMAyGcHABo4EwCgeAcAzzgTAADIDgDUOBMAQKkQANc4EwBgewcA2DgTAIinEAAsORMAgH8HAEQ6EwCAOhMAiDoTANg6EwDhOhMAcIgHADo7EwCAigcA7zsTALiRBwBRPBMAYJwHAOs8EwBQpQcAmz0TAFCwBwBLPhMACL0HAFo/EwAYygcAsj8TAIjNBwAMQBMA+NAHAHRAEwCwQBMAuEATAAhBEwAXQRMAUNwHABhBEwBY0gcAbEETAGDTBwDAQRMAEEITABpCEwC40wcAxkITAMDfBwBzQxMAqOcHAChEEwBw6wcA7EQTAChFEwAwRRMAgEUTAI9FEwAQ9QcA5EUTAID4BwA4RhMAiEYTAJdGEwDg+QcAR0cTABAACACaRxMAgAMIAPVHEwDgDwgA90cTALAJCAAMSRMASEkTAFBJEwCgSRMAFEoTAFBKEwBYShMAqEoTALVKEwAgIwgADUsTAOAlCABmSxMAqCkIAApMEwAwMAgAxEwTAGg3CABzTRMAuEwIANROEwCwYQgAKE8TAHhPEwCHTxMAEGMIAPZPEwBwZAgAOlETAPhqCACUURMAcG8IAOhREwA4UhMAR1ITANBwCAC2UhMAMHIIAPNTEwAAdwgATVQTADh+CAD9VBMA+IsIAK1VEwAImQgAaFYTAOCeCAC9VhMAQKAIAGZXEwAQpQgALFgTAGhYEwBwWBMAwFgTABtZEwCwrggA11kTAHCxCACUWhMA0FoTANhaEwAoWxMAMlsTALi6CACOWxMAcLwIAOdbEwCYwQgAOlwTABDGCADpXBMAiMoIAPRdEwC40AgASF4TAJheEwCaXhMAENEIAGRfEwCgXxMAqF8TAPhfEwAcYRMAWGETAGBhEwCwYRMA1GITABBjEwAYYxMAaGMTAHJjEwDI/ggANGQTAHBkEwB4ZBMAyGQTANJkEwDQIAkA3mQTAFAQCQAlZRMAYBIJAIJlEwBQGwkA4WYTANg3CQDlZhMAkC4JAD5nEwDANAkAiWcTANA2CQBCaBMA6DkJAJNoEwAAPQkASmkTAIBCCQCkaRMACEkJAFRqEwAgTAkArGoTAHhMCQAUaxMAUGsTAFhrEwCoaxMAt2sTADhPCQBlbBMAQFsJAMBsEwAgYgkA1G0TABBuEwAYbhMAaG4TAHduEwDAawkAc28TAMhvEwDibxMAkHsJADxwEwB4cBMAgHATANBwEwDfcBMAsH8JAFpxEwBogQkA9HETADByEwA4chMAiHITAO9yEwAwhQkAPnMTAKCICQD0cxMAuIsJAFJ0EwAwkAkA93QTAMAbCgD6dBMAAJUJAE91EwAIlgkAWnYTAPCoCQCydhMA0K8JAAd3EwDYsAkAJHgTAGB4EwBoeBMAuHgTAMR4EwCYvgkAGHkTAGh5EwBseRMA+L8JANB5EwCwwQkAjHoTAMh6EwDQehMAIHsTAEp7EwB40AkAfXsTAAjYCQDsexMA+AYMADB8EwCAfBMAuXwTAIjdCQBTfRMAiH0TAJN+EwDY/QkAn38TAAgPCgAAgRMAUIETAHuCEwCwghMAz4ITAAiDEwBwgxMAOCsKABiEEwC4MAoAxoQTANg0CgAthhMAQOcKAC+GEwA4QQoAfoYTAKhECgCSiBMAUE8KAOOIEwDgVgoA6ogTAMhTCgD4ihMASIsTAPuLEwCQbQoADI0TAOh4CgBojhMAuI4TAOGOEwCIjQoAhI8TAMCPEwDIjxMAGJATACeQEwDIlQoAdpATADiZCgB6kBMAgOQKACWREwBImwoAgJETANCREwD5kRMAsJ0KAIiSEwB4oQoAAZMTANChCgCWlBMAwLUKAKSVEwD4vAoArJYTAJDFCgAUlxMA6MUKAF+XEwBAxgoArpcTALDJCgBkmBMAyMwKAMyYEwAgzQoAF5kTAHjNCgBmmRMA6NAKAOqaEwAYmxMAjJsTAMibEwDQmxMAIJwTANWcEwBg6woA3J0TAMD3CgCdnhMA4AYLAFSfEwCQnxMAmJ8TAOifEwDynxMA2BALAMyhEwDgHAsAAqMTAAg4CwBhoxMA4D0LAAqkEwDQRgsAcKQTAEBKCwAapRMA+FYLACmnEwBIdwsA76gTAMiHCwCNqRMA8IwLAO2pEwBgkAsArKoTAOiqEwDwqhMAQKsTAJqrEwBQmQsAvKwTAPisEwAArRMAUK0TAHqtEwC4pgsACa4TAOisCwBgrhMAsK4TAL6uEwCYrQsADq8TAACwCwDFrxMAKLULABGwEwBIuQsAIbETAJjDCwAksRMASMQLAIWyEwCw0QsA1bITABDTCwA1sxMAgNYLAIizEwBA2QsA27MTAJjZCwBUtBMAiLQTAFS1EwCo5gsAurUTAADnCwD4thMASLcTAHG3EwDg7QsAfrcTAJDuCwBkuRMAsPILAMC5EwAg9gsAFboTAID3CwAduxMACP4LAG27EwAoAgwAN7wTAHC8EwAivRMA+BEMAH+9EwDoGgwAKr4TAEgcDAC0vhMAaCAMAO6+EwCIJAwANb8TAPAmDADmvxMA8DEMAPa/EwAgTgwAVsETAGBADACdwRMAyEIMAAbCEwAwRQwAHMQTAFjEEwBgxBMAsMQTAL3EEwBQXwwAFcUTAGhiDADFxRMAMGYMAIfGEwDAxhMAKscTAMDcEwA3xxMAcMcTACzIEwDwcwwALsgTAIhxDADiyBMAKMkTAI7JEwCQfQwAQMoTAJiJDACmyxMAMJ0MAEvMEwBQoQwApswTAICnDAD+zBMAGLAMAFXNEwAgsQwA/s0TAPi2DADEzhMAAM8TAAjPEwBYzxMAzs8TALjEDAC70BMAQMsMANfREwCQ1QwAgNITACjeDAAw0xMAcOcMAOzTEwAo1BMAMNQTAIDUEwD01BMAMNUTADjVEwCI1RMAO9YTAJD3EwBA1hMAkNYTAELWEwBw8RAAVNYTAHBAFACa1hMAYPsMAEbXEwA4AQ0ABdkTAIgWDQBV2RMAqBoNAMDaEwA4LQ0Az9oTAAjbEwBo2xMAGCkNAMfbEwBwKQ0AGd0TAEA5DQAp3hMA6EMNAHveEwDQ3hMAkN4TAPhQDQDi3hMAmEQNAIzfEwAARw0A4t8TAFhHDQCS4BMAME0NAJPhEwDo4RMAAOITAMBUDQD54hMA2GINAEvjEwCg4xMAtOQTAMBqDQDM5BMASJcPAAjlEwBY5RMAduUTABhrDQAk5hMAYOYTAGjmEwC45hMAHucTADBuDQDc5xMASHENAIzoEwC4dA0AlOkTANDpEwDY6RMAKOoTAJzqEwDY6hMA4OoTADDrEwCW6xMAGIENAFTsEwCQ7BMAmOwTAOjsEwBO7RMA8IYNAGTuEwCg7hMAqO4TAPjuEwBe7xMAgI4NABzwEwCYkQ0AzPATAAiVDQBw8hMAsIAQAMjyEwAIgRAANPMTAHDzEwB48xMAyPMTAED0EwDIog0A2PQTAMjkDQCQ9hMASFwUAJj3EwCQJBAArPcTABiNFAC+9xMA6PcTAPD3EwCYvxAAFvgTAPBREABu+BMAmPgTAPP4EwAIgBQAZPkTAKD5EwCo+RMA+PkTAFz6EwA4vA0AxPoTAAD7EwAI+xMAWPsTALz7EwDgfg8AHvwTAAjtDQBu/RMAqIIPAHT9EwCIxg0A2v0TAEjJDQDQ/hMAIP8TAC//EwBY6Q4AgP8TAIjSFADnABQA6NINAPEAFACI0Q0A7AEUALDWDQCsAhQA6AIUAPACFABAAxQApwQUAPjfDQDGBhQAKPENAGgHFAA4/g0AzAgUAGAODgDSCRQAeBEOACsLFADwag8ALgsUANAvDwAyCxQAcBsOADgLFADAeg8A4AsUADAMFAA6DBQAmCAOAFQNFACQDRQAmA0UAOgNFACaDhQAAC4OAPUOFADIMQ4ACBEUAHg9DgBgERQAsBEUALwRFADoQA4AbBIUAFhEDgAYExQAaBMUAH8TFADYSQ4AkhgUALBlDgBFGRQAgGoOALEbFACwhg4AahwUALAcFABtHRQA4JcOAHAdFACAlg4Adh4UAEiaDgAkHxQAUJsOAH4fFABong4AQyAUAHggFACWIBQA2KEOAPQgFABgqA4AjiEUALioDgDuIxQAuLMOAPQjFACQGRAACyQUAOCbFAASJBQAuIsUAC0kFADYvBAASCQUAJgkFACnJBQA2LcOAPUkFACYug4AqCUUAPglFAD6JRQAAL0OAFUmFACwvQ4AXCYUABjADgDUKBQAECkUABgpFABoKRQAcikUAIDYDgA0KhQAcCoUAHgqFADIKhQA1yoUANjjDgAmKxQASOcOANYrFADI7A4AhiwUAEjyDgCLLRQAUP4OADsuFACo/g4ARC4UAKhTEADwLhQAIAMPAEgvFACYLxQA/i8UAOAFDwBWMBQAyA0PALAxFAAAMhQAAzIUADgRDwC8MhQAoBMPABAzFABgMxQAYzMUALAVDwAcNBQAcBgPAHA0FADANBQAwzQUAIAaDwB8NRQAmB0PANA1FAAgNhQAKjYUAPAdDwCANhQA0DYUANM2FAD4Hg8AiDcUABAiDwDgNxQAMDgUADM4FABwIw8A6DgUADg5FAA7ORQAkCcPAPA5FABAOhQAQzoUALArDwD8OhQAeC8PAAA8FAD4NA8AIDwUAAihFABsPBQAWDYPAAM9FABYPRQACz4UAMA4DwASPhQAKDsPAMw/FABYQQ8Azj8UABjeDwB4QBQAyEAUACtCFACAQxAAMEIUAOBDFACMQhQAwE4PAPBDFAAgUA8ASEQUAIhSDwCcRBQAkFMPAARFFABARRQAn0UUAMBkDwCiRRQAWG0PAKdFFABAVA8As0UUAOheDwBmSBQAuGMPABZJFADoaQ8AM0oUAJCcFABwShQAwEoUAMNKFABgbg8AKEsUABhwDwB8SxQAIHEPANBLFAAgTBQAKkwUAHhxDwDbTRQAUHcPAOJNFABgeQ8Ai04UAGh6DwATUBQAMH4PAKBQFACggQ8AQlIUALiWFAC9UhQAiL0QAP1SFADoeREAAVMUAOiVDwBtUxQAMN4QAMVTFACI3hAAbFQUAGibDwDAVBQAEFUUAClVFADInA8Aa1UUAMBVFAA8VhQAmKEPAOxWFACgog8AnFcUAACkDwAwWBQAgFgUAIpYFADIpw8AMVkUAJCHEAA4WRQACKIQAEdaFAC4sA8ATVwUAAC6DwBCXRQAUF0UAJpdFACoXRQAImAUAEDNDwDCYBQAqM8PAMxgFAA41w8A2GIUAODeEACQYxQA2OAPAOZjFADg4Q8AOGQUAJDiDwCLZBQA8OMPAJNlFABY5g8AoGYUAPBmFABQZxQAoGcUAMZnFABItBQAUWgUAJjuDwCwaBQAAGkUAGBpFACwaRQAY2oUAMj0DwAYaxQAaGsUAMhrFAAYbBQAPmwUAKC0FAAobRQASPoPAIRtFACo+w8AMG4UAIBuFACQbhQACP0PAFNvFACIbxQAQXAUANgBEACccBQAmAQQAAxxFABAcRQAdHQUAPgbEAAsdhQAeCEQANx2FADYIhAAjHcUADgkEAAxehQAQDsQAPR7FAAoQxAA8XwUAJhGEAC0fhQAgE4QAGF/FABAURAA64EUACBYEAAbghQA2FkQAHiCFABAqBQA0YIUAJhcEADUghQAqF4QACODFAB4gxQAlIMUANCDFAArhBQAgIQUAJyEFADYhBQAOIUUAIiFFACShRQAAF8QAOiFFACI6BQAPoYUAChkEABOhxQAoGgQAJuHFABgaxAA+IcUAJioFAANiRQA4L0QALSJFADAdxAAgI0UADi+EADajhQAiJEQANuPFAAAixAAlJAUAAiMEACgkhQA8JIUAPqSFAD4lBAArpMUALiXEAD7kxQAaJgQAAKXFAAQlxQAWpcUAGiXFACylxQAwJcUAAqYFAAYmBQAYpgUAHCYFAC6mBQAyJgUAISZFACgnxAA7JkUAPifEACBmhQAWKEQAPSaFAAwmxQAOJsUAIibFABDnRQAaKMQAFaeFAAophAAo54UANimEAAenxQAGKERAFmfFACQqBAAxJ8UAACgFAB0oBQAsKAUADChFABgoRQAiKEUALihFADgoRQAEKIUADiiFABoohQAb6IUAFjCEADIohQAGKMUAB2jFACwrBAAe6QUAAC3EADkpRQAeLsQAOymFADAUBIA8KYUAAhPEgBUqRQAQL8QALqpFAD4qRQAAKoUAFCqFAADqxQAWKsUANirFAAIrBQAMKwUAGCsFACIrBQAuKwUAOCsFAAQrRQAOK0UAGitFABArhQAcK4UAJiuFADIrhQA8K4UACCvFABIrxQAeK8UAKCvFADQrxQAjLAUAEjLEAA8sRQAqMwQAFe1FACY4BAAtrUUANDnEAB3thQAsLYUACe3FACA8xAAabcUAPj3EADXtxQAELgUAHC4FADAuBQA0LgUALD5EAAkuRQAuPoQAIW5FAA4NBIA6bwUAPg5EQBEvRQAqDoRAEi+FADgTBEA+L4UAMBTEQCovxQA+FoRAFjAFADQYBEACMEUAGBoEQC4wRQAMG0RAGjCFAAAchEAGMMUAOB4EQDMwxQAUHwRAG3EFABwxBQA3cQUANCBEQAhxRQAiIMRAI3FFAA4hBEA1cUUAJCEEQAwxhQA+IYRAIPGFABYiBEANMcUAGiKEQCWxxQAyIsRAELIFAA4jxEAk8gUAECQEQDryBQAUJIRAEHJFABYkxEAxskUAPDJFACpyhQA0KIRAPvKFABQyxQAZcsUAICjEQCryxQAAMwUABXMFABAphEA0M8UACDQFAA+0BQAcLcRAJjTFAC41hEABtQUANjaEQC21BQAWOARAFTVFADA4hEAqNUUAIDlEQD/1RQAQOgRAFXWFABg7BEAuNYUAHDuEQAc1xQAWNcUALLXFADY+xEAFNgUAJD9EQB12BQAUAASAMDYFACABhIAhNkUAPgKEgDu3RQA+CASAKjfFABgLhIA/N8UAGgvEgBQ4BQAoOAUAKTgFADALxIAAOEUAFDhFACw4RQAAOIUALjiFAAI4xQAbOMUAOA+EgDA4xQAEOQUABTkFAA4PxIAQ+UUAMhGEgAp5hQAEFASAHvmFADQ5hQA+OYUACjnFACD5xQA2OcUAADoFAAw6BQAn+gUACBSEgA66RQAiFQSAJrpFACQVRIA8OkUAEDqFABQ6hQAmFYSAKHqFACgVxIA8+oUAEjrFACq6xQACFoSAAjsFAAQWxIADu0UAGhmEgC87RQAoG0SABDuFABg7hQAcO4UAPhtEgAU7xQAwHESAHjvFAAgcxIAzu8UACh0EgAg8BQA2HQSAHPwFADI8BQA","fail":"AAAAAAAAAACYjAAAANkBAGjeAADQtQcAQNYBAACjCADYKwIA8N4NAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAA0LEBACiyAQCAsgEA2LIBAAAAAADYKwIAIM8NAODDDgA4xA4AkMQOAOjEDgBAxQ4AmMUOAPDFDgBIxg4AoMYOAPjGDgBQxw4AqMcOAAAAAADQtQcAQNYBAEDWAQCo6AMAkE4CAOhOAgCoSw8AmJYPAGAOAwC4DgMA0CIBAIhBBgCgqhAAqOgDANgrAgDwOAYA6LcAAEC4AACYuAAA8LgAAEi5AADIDgAA2CsCAPDeDQB4zA4A0MwOACjNDgCAzQ4A2M0OAAAAAADQtQcA2CsCAMiaDACggQQASFACAIBgCgDYQQIAmIwAAKBbAgDIVBEAIFURAHDRAQA4KAAA2CsCAED6CwCY+gsASEsAAKDsBQComQAAAJoAAIDmAgCgpgoA+KYKANgrAgAgzw0A4MMOADjEDgCQxA4A6MQOAEDFDgCYxQ4A8MUOAEjGDgDYZggAuA4OAFgAAABYAAAAOPEKAEDWAQBISwAA2CsCANhmCACozQEAAAAAAKiZAABwaw0AEHUNAKAfAAAYGQAAAKMIAFijCABAzgAAmM4AAPDOAACwOQMASEIDAKBCAwCQagsAIBoAACCbDAAAQQ8AYAEAALgBAAAQAgAAaAIAAMACAADYZggAuA4OAFgAAABYAAAASKsBAHC9BAComQAAkLcAAEDWAQBAZQIA6D8HANgrAgDw3g0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAALjSAAC4RgoAEEcKAAAAAAAolAAAMJ0BAEDWAQCY1gEAyA4AANgrAgBIqwEAcL0EAMi9BABYAAAAMLMBAIizAQDgswEAOLQBAJC0AQDotAEAQLUBAAAAAACwOQMAwFwDAKjNAQAAzgEAWM4BAMjGDADYIA0AMCENAFAEDQCoBA0AAAUNAFgFDQCYRAIAmPoLAFByAgBITgoAoE4KAPhOCgAAowgA2CsCAHCvEACYWAoA2CsCAKhLDwDwphEA+EsAAFBMAACoTAAAAE0AAFhNAACwTQAAAAAAAIBgCgDgpQ0A2GYIAKAfAAD4HwAAUCAAAKggAAAAIQAAWCEAALhGCgAQRwoAAAAAACiUAAComQAAyA4AAJiyAgDo4AEAAKMIANgrAgDYZggAiDIAAOAyAAA4MwAAkDMAABAfEADYQQIAmIwAAADZAQCgHwAAAKMIANgrAgDw3g0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAAJBOAgDoTgIACIcDAGCHAwC4hwMAEIgDAFAEDQCoBA0AyBkAACAaAAAgmwwAAEEPAGABAAC4AQAAEAIAAGgCAADAAgAACFMCAGBTAgDYThAAME8QAMiaDABAUgEAmFIBAIDmAgAwnQEAAKMIANCaEADImgwAIJsMAABBDwBgAQAAuAEAABACAABoAgAAEB8QANhBAgCYjAAAANkBAKAfAAAAowgA2CsCAPDeDQBAzgAAmM4AAPDOAABIzwAAoM8AAPjPAABQ0AAAqNAAAADRAABY0QAAsNEAAAjSAABg0gAAkE4CAOhOAgAIhwMAYIcDALiHAwAQiAMAUAQNAKgEDQDIGQAAIBoAACCbDAAAQQ8AYAEAALgBAAAQAgAAaAIAAMACAAAIUwIAYFMCANhOEAAwTxAAyJoMAEBSAQCYUgEAgOYCADCdAQAAowgA0JoQAJiMAAAA2QEAOMQDALA5AwDAXAMAiDIAAOAyAAA4MwAAkDMAABAfEADIDgAAoB8AAPgfAABQIAAAqCAAAAAhAAAQHxAAOCgAAFDLCQBA1gEAWGgNAJiyAgAQHxAA0CIBANCnCADIDgAAqM0BAPh3AABY9A4A8GALAGCzDgDIPAMA6LcAAEC4AACYuAAA8LgAAEi5AACguQAAyJoMACCbDAAAQQ8AYAEAALgBAAAQAgAAaAIAAMACAADQIgEAyP0BAMgOAACYsgIA2CsCAAiUEQAg/RAA8N4NAJATBwDYZggAGG0QAKDsBQD47AUAiJ0BAAAAAACQtwAAkLcAAKiZAADIDgAAqM0BANgrAgAgzw0AKMcQABgZAAAIswMAqJkAAACjCADYKwIAMCwCACjbDQBA1gEA2CsCACiUAADIDgAAoB8AANgrAgAAAAAAGBkAAPiHAgCYVQsAcBkAAGjeAAAYGQAA2CsCACDPDQBYowgAcDMRAMgzEQDYQQIAmIwAAADZAQCgHwAAAAAAAEDWAQBIUAIAmIwAAPCMAABIjQAAoI0AAPiNAABQjgAA4DoBAACjCADQmhAAGBkAAAizAwComQAAAKMIAEhQAgComQAAAJoAAFDxAAB4HAMA2EECAJiMAACYdAgASFACAACjCADYQQIASFACAKiZAAAAmgAAUPEAAHgcAwAolAAA2EECAEirAQBwvQQAkLcAANgrAgD4hwIAUIgCAKiIAgDYKwIAuEYKABBHCgBISwAAoOwFAPjsBQComQAAgOYCANjmAgAw5wIA2CsCAMjGDADYIA0AMCENAFAEDQCoBA0AAAUNAFgFDQCY0A4AeMwOAGg/CQCgqwEAaN4AAKiZAAAYGQAAcBkAAHhOAQDQTgEAyA4AAPAKDgBYAAAAWAAAADjxCgBA1gEASEsAAOjgAQAAowgASFACAJiMAABAzgAAmM4AAPDOAABIUAIA0CIBACgjAQDQWQwAAAAAAEirAQBwvQQAqJkAABgZAABISwAA2CsCACDPDQDgww4AOMQOAJDEDgDoxA4AQMUOAJjFDgDwxQ4ASMYOANhmCAC4Dg4AWAAAAFgAAAA48QoAQNYBAEhLAADYKwIA8N4NAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAAENMAAEBSAQCYUgEASEsAANhiAgDwMggAmJQBAJg+DwDYKwIAuEYKABBHCgAAAAAAKJQAAKiZAADIDgAAmLICAOjgAQAAowgA2CsCAAiUEQBglBEAuJQRABCVEQBolREA+B8AAFAgAACoIAAAKJQAAEhLAACgSwAA+EsAABgZAABISwAASMgGAJC3AACY9AIAuHQCAEjIBgDQtQcAmFgKANgrAgDImgwASKsBACiUAADgNwIAMJ0BAIidAQDYKwIAmIwAAEDOAACYzgAAKOEAAPDeDQBAzgAAmM4AAPDOAABIzwAAoM8AAPjPAABQ0AAAqNAAAADRAABY0QAAsNEAAAjSAABg0gAAuNIAALhGCgAQRwoAAAAAACiUAAAwnQEAQNYBAJjWAQAAAAAAQNYBANgTCgCYWAoA4DcCAFgAAACwAAAACAEAANgrAgAIXg0AWAAAALAAAAAIAQAAYAEAALgBAAAQAgAAaAIAAEgDAgCgAwIA8DgGAJj0AgDw9AIASPUCAOiCDgBAgw4AmIMOAAhTAgAwnQEAiK8GAKBLAABwEA4AqHAKAEhLAADYKwIA8N4NAKCqEACo6AMA2CsCAMiaDAAgmwwAAEEPAGABAAC4AQAAEAIAAGgCAADAAgAA8DgGAEg5BgCgOQYAOCgAAFDLCQDgNwIAKJQAAEDWAQCY1gEAQNYBANgrAgDwOAYA6LcAAEC4AACYuAAA8LgAAEi5AACguQAA2GYIAKAfAAAYGQAASEsAANgrAgDw3g0AQM4AAJjOAADwzgAAkE4CAOhOAgAIhwMAYIcDALiHAwAQiAMAUAQNAKgEDQDIGQAAIBoAACCbDAAAQQ8AYAEAALgBAAAQAgAAaAIAAMACAADIxgwA2CANADAhDQDYZggAoB8AAAAAAACYjAAAQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAAFCLAQCoiwEAAIwBAFiMAQCoPQUA8N4NAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAA0LEBACiyAQCAsgEA2LIBAFByAgBITgoAoE4KAPhOCgBQTwoAqE8KAABQCgDw3g0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAAOjgAQAolAAAyA4AAAijAQCInQEA4DcCANgrAgDQIgEA0KcIADhVBwB49AgAmIwAAKCqEAAIswMAyFoEANAiAQDYKwIAAAAAAJC3AACYlAEA8JQBAEiVAQAYGQAAUHICAKhyAgAAcwIAgBgBALA5AwCAGAEAmIwAAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAABQiwEAqIsBAACMAQBYjAEAAAAAANC1BwCYWAoA4DcCADg4AgDIDgAAoB8AADhVBwAwKAcAiCgHAMiZEACIrwYAIGwCAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEA0JIEACiTBACAkwQA2JMEADCUBACIlAQA4JQEADiVBACQlQQAuMwNAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAAiJ0BAPgfAABQIAAAqCAAAAAhAACY1gEAAJoAAFDxAAB4HAMA8N4NAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAA0LEBACiyAQCAsgEA2LIBAEhQAgBA1gEAmNYBAIhuAgBYvxEAyA4AAKAfAAAAowgA2CsCABAfEABgqhEASKsBAKCrAQD4qwEAUKwBAKisAQAArQEACFMCAGBTAgDYThAAME8QALhGCgAQRwoAaEcKAMBHCgAYSAoAcEgKANgrAgAolAAAyA4AAAijAQCInQEA4DcCANgrAgDw3g0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAALjSAADQIgEA0KcIADhVBwB49AgAmIwAAKCqEAAIswMAyFoEAEhLAABIUAIAmIwAABA/CQBoPwkAoKsBAGjeAAComQAAAKMIANgrAgAQHxAAQNYBANgTCgDYQQIAmIwAANhBAgBIqwEAwBcPABgYDwBAzgAAmM4AAPDOAABIzwAAoM8AAPjPAABQ0AAAqNAAAADRAABY0QAAsNEAAAjSAABg0gAAqJkAAACaAABQ8QAAeBwDAPCMAABIjQAAoI0AAPiNAABQjgAAkKkBAOipAQBAqgEAmKoBAPCqAQDQmhAAAJoAAFDxAAB4HAMAGB4CAJC3AAComQAAWAAAAEhLAABIyAYA0LUHANgrAgAAAAAAAAAAAAAAAACoPQUAuEYKABBHCgDYVgYAANkBACAPAACYWAoAsDkDAKAJAAAolAAAyA4AAKAfAAD4HwAAGBkAAFByAgCocgIAAHMCAPCMCwBIjQsAoI0LAMiaDAAgmwwAAEEPAGABAAC4AQAAEAIAAGgCAADAAgAAUAQNAKgEDQAABQ0AWAUNAJjQDgB4zA4AaD8JAKCrAQBo3gAAqJkAAACjCADwRA0AcBkAAMgZAADw3g0AGLIPAEiNAACgjQAA+I0AAFCOAACojgAAqEsPAJiWDwAwNA4AqEsPAPCmEQAwnQEAyFoEACBbBACA5gIAgGAKAHAQDgDIDgAAmLICAAhTAgAwnQEAiK8GAKBLAADYKwIAuEYKAEBlAgDYQQIA2EECADCdAQCIrwYA0CIBAAAAAADYKwIAMCwCAIgsAgDgLAIAOC0CANgrAgDImgwASKsBAMAXDwAYGA8AANkBAKAfAADwOAYAePQIAND0CAAo9QgAgPUIANgrAgCo6AMAAOkDAFjpAwBA1gEA2CsCAPA4BgBIOQYAoDkGAPg5BgBQOgYAqDoGAAA7BgBYOwYAGC4EAHAuBADILgQAEPIIAKAfAAAQQw8ASEsAAEjIBgCInQEA4DcCADgoAACA6QEA2OkBADDqAQAQ/wAAgBgBADgoAACA6QEA2OkBADDqAQBwQQUAyEEFACBCBQDw3g0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAAOjgAQCoSw8AmJYPANC1BwAAowgA0JoQAEg0DwAAAAAAAAAAAAAAAAAAAAAA2CsCAPDLAQDYQQIAmIwAAJh0CADYKwIA8DgGAEDWAQCY1gEA8NYBANCaEAAYGQAASEsAAEjIBgCYjAAAED8JAMgOAAAAAAAAGBkAAIDmAgDY5gIAMOcCAHC9BAAAowgAWKMIAPCMAABIjQAAoI0AAPiNAABQjgAA8KwPAFCIAgCoiAIAMJ0BADCdAQDgNwIAGBkAAFByAgA4WgkAKJQAAEDWAQCY1gEA8NYBACC6CQComQAAyA4AAPitDwBwGQAAeE4BANAiAQCIQQYAuHQCAJC3AAAAowgA0JoQABgZAAAIswMAqJkAAAAAAADQtQcA4DcCADCdAQCInQEA2CsCADAsAgCILAIA4CwCADgtAgAwLAIAKNsNAEDWAQDYKwIAKJQAAMgOAACgHwAA+B8AANgrAgAwLAIAiCwCAOAsAgA4LQIAMCwCACjbDQBA1gEA2CsCACiUAADIDgAAoB8AANgrAgDw3g0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAALjSAADQsQEAKLIBAICyAQDYsgEA2CsCACiUAADIDgAAoB8AAPgfAAAYGQAAUHICAKhyAgCA5gIAoKYKAPimCgBYaA0ACKMBANC1BwCYWAoAMJ0BAIidAQAIswMA8LcEAMj9AQDQIgEA2CsCANhmCAC4Dg4AWAAAAFgAAAA48QoAQNYBAEhLAADo4AEAAKMIANgrAgDw3g0AmAwRADCdAQDYKwIAgOYCAKCmCgD4pgoAWGgNAAijAQDQtQcAmFgKANgrAgDIxgwAAAAAAMgOAACozQEAAM4BALA5AwDIDgAAOMQDANgrAgC4RgoA2BMKAKhwCgBISwAASMgGAIidAQComQAAyA4AAJhYCgDwWAoASFkKAKBZCgD4WQoAUFoKAIidAQDgNwIA2CsCAKhLDwCYlg8A+NIKAFDTCgCYlg8AAAAAAKiZAAAAowgAACQKAMhaBAAgWwQAcK8QAJhYCgDIDgAAqM0BAKAfAAD4HwAASMgGANC1BwCYWAoAqJkAAACaAABQ8QAAeBwDAIivBgDo4AEAQOEBAJjhAQDw4QEAmIwAAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBAKiZAADIDgAAmLICALA5AwAolAAAgJQAAJjpAgCIrwYAsDkDAJiMAAAA2QEAWNkBALDZAQAI2gEAYNoBALjaAQAQ2wEAAO8BAFjvAQCw7wEACPABAGDwAQC48AEAEPEBAGjxAQCYjAAAqA8NAFgQDQCwOQMA2EkDAPh3CwDowQ8AQMIPAJjCDwDwwg8ASMMPAKDDDwD4ww8AQGUCAJhlAgDwZQIAOCgAAIDpAQDY6QEAMOoBANCaEAAAmgAAUPEAAHgcAwAAAAAAmIwAAIDmAgDY5gIAoFsCAEirAQCYjAAAoKoQAOA3AgCgWwIAmIwAAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBABDbAQBo2wEAwNsBABjcAQBw3AEA0CIBAFgAAACwAAAAgJkCAMiZEAAgmhAAIA8AAJhYCgA4KAAAgOkBANjpAQCw+gwACPsMACiUAABIqwEASEsAAEjIBgBYAAAASKsBAMAXDwAwxREAgOkBANjpAQCw+gwACPsMAKAfAAD4HwAAUPEAAHgcAwAAAAAA2CsCAAiUEQAwQgIAiEICAOBCAgA4QwIAkEMCAOhDAgComQAAqF8BAJAtAgDoLQIAQC4CAJguAgDwLgIAQPoLAMiGDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQCQTgIA6E4CAED6CwDIhg8AkC0CAOgtAgBALgIAmC4CAPAuAgBQBwwASKsBAMAXDwAwxREAiMURAODFEQD4BRAAoDQPANgrAgC4RgoAyJkQAKDIEQD4yBEAUMkRAFAHDACoBwwAMCwCAIgsAgDgLAIAOC0CAAAAAABINA8A2CsCALhGCgDImRAAoMgRAPjIEQBQyREAUAcMAKgHDAAwLAIAiCwCAOAsAgA4LQIAMCwCAIgsAgDgLAIAOC0CAIjqAQCoPQUAiKcQAOCnEAA4qBAAkKgQAOioEAAAAAAAKJQAAICUAACY6QIAiK8GAKBbAgBoaREAAKMIAPiHAgAolAAAgJQAAJjpAgCIrwYAoFsCAAhzEQBA1gEAQGUCAOg/BwDQpwgAaN4AANC1BwBA1gEA+IcCAKBbAgCYjAAAANkBAFjZAQCw2QEACNoBAGDaAQC42gEAENsBAGjbAQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAAAAAADgoAACA6QEA2OkBADDqAQBYAAAAYKEJADhVBwBISwAA6OABAIDmAgDY5gIAMOcCAIjnAgDg5wIAyA4AANgrAgCoSw8AmJYPADA0DgAIlBEAIP0QAAAAAADw3g0AyKQQACClEAB4pRAA0KUQACimEACAphAAQPoLANC7EAAovBAAgLwQALA5AwAAAAAA0LUHAEhLAACwOQMAkLcAAJiUAQBQ+QEAqPkBAAD6AQBY+gEAmNYBAPDWAQDYKwIAKJQAAMgOAAAIowEAiJ0BAOA3AgDYKwIA+AUQAKA0DwBA+gsAAAAAAEirAQAAAAAAKJQAAJiMAAAQPwkAAAAAAAAAAAAolAAASEsAANgrAgAIUwIAYFMCANhOEADYKwIAQPoLAAAAAAAolAAAmIwAAIBgCgBwEA4AqHAKAABxCgBYcQoAsHEKAAiUEQAIcgoAYHIKALhyCgAIlBEA8DgGAEg5BgCgOQYAGDYQAHA2EADINhAA8DgGAEg5BgCgOQYAGDYQAHA2EADINhAAmIwAAKCqEAAAAAAA2CsCAOA3AgA4OAIAkDgCAAAAAABISwAA6OABAEDhAQCY4QEAoFsCAFC0DQCotA0AaN4AAOBNAgA4TgIAqOgDAEhLAADo4AEAQOEBAJjhAQCgWwIA+FsCAEBlAgCYZQIA8GUCAEhmAgDIDgAAoOwFAGjuDQCYZQIA8GUCAEhmAgBISwAAoEsAAFCoEQCoqBEAAKkRAAAAAABA1gEAmNYBAMDxAQBIewYAOFUHAEhLAADIDgAAoFsCAMhgAgAgYQIAeGECANBhAgAoYgIAgGICAEhLAADYYgIAmIgQAKBLAABQqBEAqKgRANC1BwCgWwIAyGACAKBLAABQqBEAqKgRAACpEQCYjAAAqA8NAMhaBACgHwAAcGsNAMhrDQAgbA0AeGwNANBsDQCgWwIAyGACAKBLAABQqBEAqKgRAACpEQCgWwIAyGACAKBLAABQqBEAqKgRAKjoAwBYAAAAYKEJAKiZAAAAmgAAUPEAAHgcAwA4KAAAkCgAAACaAACY1gEAGBkAAJC3AAComQAAqJkAAACaAABQ8QAAeBwDAJiMAADoPwcA0KcIAKiZAAAAmgAAUPEAAHgcAwBISwAASEsAAKDsBQD47AUA2EECADBCAgCIQgIA6OABAKiZAAAAmgAAUPEAAHgcAwDQIgEA0KcIAEhLAACgSwAAcBAOAACjCADQmhAAAJoAAFDxAAB4HAMASKsBAEirAQBYAAAAOPEKADCdAQCInQEAyMsDACDMAwCI0xAAmNYBAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBA1gEAmNYBAIhuAgDgbgIAOG8CAJBvAgDobwIAQHACAJhwAgDwcAIAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAAAAAAComQAAqOgDAKiZAAAAmgAAUPEAAHgcAwAAowgA0JoQAKhfAQDYaRIAAJoAAFDxAAB4HAMAAAAAAKiZAAAAmgAA2BMKAACjCAAAJAoAgOYCADCdAQDIWgQACKMBANC1BwCYWAoAqJkAAACaAABQ8QAAeBwDANhBAgCADw8AqHAKAICUAAAw8gIASKsBAKCrAQCYEAwA8BAMAEgRDADAFw8AAJoAAFDxAAB4HAMAoKoQAOA3AgDwYAsAqJkAAACaAABQ8QAAeBwDAEDWAQDgNwIAKJQAANAiAQDQpwgAGBkAAEhLAADo4AEAYKsNAFDxAAB4HAMA0LUHAKhwCgBISwAA2GICADgoAADYQQIAgA8PAKhwCgCAlAAAMPICAMgOAACgHwAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAJiMAAAA2QEAWNkBAIgyAACY9AIAANkBAJiyAgDo4AEAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBACC6CQAotgcAgLYHABgJCQBwCQkAyAkJACAKCQB4CgkA0AoJAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAOFUHADAoBwCIKAcAWGgNAAijAQDQtQcAmFgKAKiZAAAAmgAAUPEAAHgcAwBISwAAmIwAAPCMAAD4hwIA0LUHAIDmAgCgpgoA+KYKADgoAABIqwEAoKsBAGjeAAComQAAAJoAAFDxAAB4HAMASMgGAKDIBgBIuAQASKsBAMAXDwDQIgEA0KcIABgZAABISwAA6OABAACjCADQmhAAAJoAAFDxAAB4HAMAyA4AAPAKDgBYAAAAWAAAADjxCgBA1gEASEsAAOjgAQAAowgAILoJACi2BwCAtgcAGAkJAHAJCQDICQkAIAoJAHgKCQDQCgkAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBIqwEASKsBAMAXDwDgNwIAqKQLABA/CQCYjAAAgJkCANiZAgAwmgIAiJoCAOCaAgA4mwIAkJsCAOibAgCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAQNYBAEBlAgCo6AMAMJ0BAIidAQBgigIAuIoCABCLAgBInQIAoJ0CAPidAgBQngIAqJ4CAACfAgBYnwIAsJ8CAAigAgBgoAIAuKACABChAgBooQIAwKECABiiAgBwogIAyKICACCjAgB4owIA0CIBANhBAgAg/RAAAJoAADgoAAAo2w0AQNYBANAiAQCIQQYAuHQCAOjgAQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAkLcAADAoBwCIKAcA4CgHADgpBwCQKQcA6CkHANAiAQAoIwEA0FkMAAAkCgAYnw4AUMsJAJC3AACY9AIAuHQCAEjIBgDQtQcAmFgKAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAAAAAAJiMAAAQPwkAKJQAAKiZAAComQAAAJoAAFDxAAB4HAMACLMDAJC3AACYlAEA8JQBAEiVAQComQAAGBkAAJC3AACYlAEA8JQBAEiVAQComQAAAJoAAFDxAAB4HAMAAKMIANCaEAA4VQcAkFUHAPCUAQBIlQEAqJkAAACaAABQ8QAAeBwDAACjCADQmhAAOCgAAFDLCQDQsw8AqJkAAACjCACYjAAAED8JAGg/CQDAPwkAqEsPAJiWDwAwNA4A8N4NAJATBwDQIgEA0KcIACioCADYQQIAIP0QAACaAADYKwIAMCwCAFi/EQCAlAAAmL0NAEhLAABIyAYA0LUHAJhYCgDo4AEAIKkLAHipCwBISwAA2CsCAKhLDwCYlg8AMDQOALhGCgAQRwoA2FYGAJh0CADYKwIAyJoMAEBSAQCYUgEASLgPAKC4DwD4uA8AULkPAKi5DwDw3g0AyKQQACClEAAIowEAYKMBALijAQDYKwIAyJoMAEBSAQCYUgEASLgPAKC4DwD4uA8AULkPAKi5DwAolAAAgJQAADDyAgCI8gIA4PICADjzAgCQ8wIA6PMCAED0AgCAgA4A2IAOADCBDgCIgQ4A4IEOADiCDgDQtQcA2CsCADAsAgCQKAAAaN4AANgrAgDw3g0ASN8NANiZAgAwmgIAiJoCAOCaAgA4mwIAkJsCAMgOAADYKwIAqEsPAJiWDwAwNA4AMCwCAFi/EQCAlAAAmL0NAEhLAABIyAYA0LUHAJhYCgCgqhAAGBkAAHAZAAB4TgEAQEQCALhGCgAQRwoA8NYBANCaEAA4VQcA6LcAANCjAgCAmQIAmNYBANgTCgDwywEAqEsPAPA4BgCo6AMAENgNAGjYDQDA2A0AGNkNAKiZAAAAmgAAUPEAAHgcAwAYGQAASEsAAJiMAAC4dAIASMgGANC1BwCYWAoAqJkAAACaAABQ8QAAeBwDAPjwCwBQywkA0LMPAGCKAgDYKwIA2GYIANgdAwDQIgEA2EECAIAPDwAwnQEAMMYCAJiMAAC4dAIASMgGANC1BwCYWAoA2CsCAED6CwDQuxAAKLwQAIC8EAAwLAIAiCwCAOAsAgA4LQIAAAAAANgrAgDIxgwAIMcMAJCSEADokhAAQJMQAJiTEAAA+gEAuHQCAEjIBgDYQQIASKsBAMAXDwCoSw8AIGwCAHhsAgDQbAIA8DgGAJj0AgCoFwMAABgDAFgYAwCwGAMACBkDALgkAwAQJQMAaCUDAMAlAwAYJgMAcCYDAMgmAwAgJwMAeCcDANAnAwAAAAAAKJQAAICUAAAw8gIAiPICAODyAgA48wIAkPMCAOjzAgDwOAYAmPQCAKgXAwAAGAMAWBgDALAYAwAIGQMAKJQAAMgOAACoSw8AmJYPAGAOAwC4DgMA0CIBAIhBBgCgqhAAUAQNAKgEDQAABQ0AWAUNAJhEAgCY+gsA8PoLAKhwCgDgNwIA0CIBAKDBAQDIWgQAqM0BAAijAQCInQEA4DcCANgrAgC4RgoAEEcKAEhLAAAolAAAQNYBACDPDQAoxxAAOFUHAOi3AADQowIAgJkCAJjWAQDw1gEA2CsCAPDeDQCgqhAAAKMIANgrAgBQBA0AqAQNAAAFDQBYBQ0AKJQAAMgOAACgHwAAyMYMACDHDADgnQEAOJ4BAJCeAQDongEAQJ8BAHi8AQBwrxAAKLYHAIC2BwAYCQkAcAkJAMgJCQAgCgkAeAoJAPC3BABIuAQAoLgEAPi4BABQuQQAqLkEAACjCADYKwIA8N4NAKCqEAAAowgA2CsCAFAEDQCoBA0AAAUNAFgFDQAolAAAyA4AAKAfAADYZggA2B0DADAeAwCIHgMA4B4DADgfAwBIuw4AoLsOAPi7DgBQvA4AqLwOAKAJAACIYw0AoB8AAIDmAgCgpgoA+KYKAMiZEACIrwYAIGwCAKAJAABY8gsAAAAAAJBOAgCIYAMA0CIBANCnCADIDgAAqM0BAPh3AABY9A4A8GALAKAJAABY8gsAAAAAAKg9BQDIxgwA2CANADAhDQAIlBEAIP0QABipBwCgqwEAaN4AANgrAgCoSw8A8KYRAPhLAABA+gsAyIYPAJAtAgDoLQIAQC4CAJguAgDwLgIA0CIBAKDBAQD4wQEAUMIBAKjCAQAAwwEAWMMBALDDAQDwOAYASDkGAAh8AwBgfAMAuHwDABB9AwBofQMA8LcEAEi4BABIqwEAwBcPADhVBwCQVQcACHwDANgrAgAwLAIAiCwCAOAsAgA4LQIACFMCADCdAQCIrwYAoEsAANgrAgBA+gsAyIYPACCHDwB4hw8AgOYCAKCmCgD4pgoAQGUCAFj0DgDwYAsAqEsPAPCmEQBIpxEAmNYBAMgOAAD4RQIAUEYCAEirAQAAowgA2CsCADAsAgAo2w0AQNYBAADIDgBYyA4AsMgOAAjJDgBgyQ4AuMkOABDKDgBoyg4AwMoOANAiAQDQpwgAqJkAAEhLAAAIlBEAMEICAIhCAgDgQgIAQPoLAMiGDwCQLQIA6C0CAEAuAgCYLgIA8C4CANAiAQCgwQEA+MEBAFDCAQCowgEAAMMBAFjDAQCwwwEAyMYMANggDQCgqhAACLMDAJC3AACwOQMACHoLAHi8DADQvAwAKL0MAIC9DADYvQwAML4MAKhTEADQuxAAKLwQAIC8EADYKwIAcK8QAKhwCgBISwAA2CsCAHCvEAA4KAAA2CsCAAiUEQCADw8AqHAKAICUAAAw8gIAuEYKAEBlAgAYlwIAcJcCAJh0CAAAowgA2CsCAAhTAgAwnQEAiK8GAKBLAADYKwIAcK8QAIDmAgCgpgoA+KYKADgoAABIqwEAoKsBANhmCAC4Dg4AEA8OAGgPDgCg7AUAaO4NAMDuDQBALAoA2CsCAAhTAgAwnQEAiK8GAKBLAADYKwIAcK8QAIDmAgCgpgoA+KYKADgoAABIqwEAoKsBANAiAQDI/QEAIP4BAHj+AQDQ/gEAKP8BAID/AQCo6AMA2CsCAAhTAgAwnQEAiK8GAKBLAADYKwIAcK8QAIDmAgCgpgoA+KYKADgoAABIqwEAoKsBACDPDQB4zw0AgOYCADCdAQAAowgA0JoQAAhTAgAwnQEAiK8GAKBLAADYKwIAcK8QAIDmAgCgpgoA+KYKADgoAABIqwEAoKsBADCdAQAwxgIA2CsCAMiaDAA48QoAMJ0BAIidAQDIywMAIMwDAIjTEADYKwIAIM8NACjHEAAAmgAAmNYBAIhuAgDgbgIAOG8CAJBvAgDobwIAQHACAPDeDQDIpBAAIKUQAAijAQBgowEAuKMBANAiAQDQpwgAGBkAAEhLAADYKwIAqEsPAJiWDwAwNA4AQPoLAJj6CwBISwAAoOwFAKjoAwDYKwIAyMYMACDHDAB4xwwAUAQNAAizAwBgswMAuLMDANAiAQCIQQYASKsBAHC9BACQtwAAqJkAAAiUEQCADw8AqHAKAICUAAAw8gIAyA4AANgrAgBwrxAAqHAKAEhLAADYKwIAcK8QADgoAADYKwIAuEYKAEBlAgAYlwIAcJcCAEhLAADo4AEA4DcCAPBgCwAAmgAA2CsCACDPDQB4zw0AgOYCADCdAQAAowgA0JoQAAiUEQBglBEAuJQRAMiMAgAgjQIAeI0CAPiHAgBQiAIAAKMIANgrAgDw3g0AuHQCAIAYAQDYGAEAmPQCAPD0AgBI9QIA6IIOAECDDgCYgw4A8IMOAEiEDgCghA4A+IQOAFCFDgCohQ4AAIYOAFiGDgCwhg4ACIcOAGCHDgC4hw4AEIgOAGiIDgDAiA4AGIkOAHCJDgDIiQ4AIIoOAHiKDgDQig4AKIsOAICLDgDYiw4AMIwOAIiMDgDgjA4AOI0OAJCNDgDojQ4AQI4OAJiODgDwjg4ASI8OADCdAQCInQEAYIoCALiKAgAQiwIAaJMDAMCTAwAYlAMAcJQDAMiUAwAglQMAeJUDANCVAwAolgMAgJYDANiWAwAwlwMAiJcDAAAAAADQtQcAqHAKANgrAgBI1A0AoNQNAIDmAgCgpgoA8N4NAKCqEAD4qhAAUKsQAKirEAAArBAAWKwQAMjGDAAgxwwAeMcMAKjoAwAA6QMAWOkDAEDWAQDYKwIA2GYIADBnCACIZwgA4GcIADhoCADYHQMAMB4DAIgeAwDgHgMA8DgGAEg5BgCYPg8AKJQAANAiAQAYGQAA2CsCAACaAACY1gEAyMYMANggDQAwIQ0AUAQNAKgEDQDIGQAAIBoAACCbDACAmQIAQGUCAOg/BwDQpwgASEsAAOjgAQBgqw0A2CsCAMiaDABAUgEAmNYBAFgAAACwAAAAgJkCAJjWAQDw1gEA2CsCANhmCAAYbRAAcG0QALh0AgDo4AEAIKkLANCnCAAYGQAASEsAANgrAgAgzw0AWKMIAHAzEQDIMxEA2EECAJiMAAAA2QEAoB8AANhmCADYHQMAYJUNALiVDQAQlg0AaJYNANgrAgDIxgwA2CANADAhDQDYZggAGG0QAHBtEACAmQIASEsAAEjIBgCInQEA4DcCANgrAgAolAAA+EUCACiUAABISwAASEsAAEjIBgCInQEA4DcCANgrAgAgzw0A4MMOAGjeAADIxgwAIMcMAHjHDAC4RgoAEEcKANCuAgCQVQcACHwDAGB8AwC4fAMAqOgDANgrAgDQIgEAKCMBANBZDACYjAAAmHQIAAAkCgCInQEA4DcCANgrAgC4RgoAEEcKAPDWAQBI1wEAoNcBAPjXAQDIxgwA2CANADAhDQBIqwEAoKsBAFgVBACwFQQACBYEAGAWBAC4FgQAEBcEAKhLDwDwphEA+EsAAMgCBAAgAwQAeAMEANADBAAA2QEAoB8AABBDDwDYKwIAyMYMACDHDAB4xwwA0CIBANCnCAAoqAgAKCMBAEDWAQDIxgwA2CANADAhDQDIxgwAIMcMAHjHDACI1AwA4NQMADjVDADImgwAQFIBAJhSAQAIAw4AYAMOALgDDgAQBA4A2CsCAHCvEAA4KAAA2CsCANhmCAAYbRAAcG0QAICZAgBISwAASMgGAIidAQDgNwIA2CsCACiUAACoWgoAAFsKAFhbCgCoSw8AmJYPADA0DgDYZggAoB8AAPgfAABQIAAAqCAAAAAhAABYIQAA8N4NALh0AgCocAoAAHEKAFhxCgCwcQoACHIKAGByCgC4cgoAEHMKAEgsDgCg7AUAaO4NABiXAgDIDgAAOMQDAJiMAAC4dAIA6OABAEjUDQBwEA4AyA4AAJiyAgDYKwIAUAQNAFByAgCocgIAAHMCAEirAQCgqwEAmBAMAPAQDABIEQwAgGAKAHAQDgDIDgAAmLICAKAJAAD4CQAAqEsPAJiWDwAwNA4A8N4NAJh0CAAAowgAQNYBAJjWAQDIDgAAqM0BALA5AwBwrxAAmFgKANgrAgDYZggAIA8AABDkCQBo5AkAwOQJABjlCQDYKwIAWAAAAEhLAABIyAYAiJ0BAOA3AgDYKwIA8DgGAEg5BgCgOQYA+DkGAFA6BgCoOgYAADsGAFg7BgAYLgQAcC4EADgzCwCQMwsAcK8QAJhYCgDYKwIAKJQAAICUAACY6QIAGB4CANgrAgAgzw0A4MMOANAiAQCIQQYAqA8NAIidAQDYKwIA2GYIACAPAAAQ5AkAaOQJAMDkCQAY5QkA2CsCAGhzCgDAcwoAGHQKAHB0CgDIdAoAIHUKAHh1CgDQdQoAKHYKAIB2CgDYZggAoB8AAPgfAABQIAAAqCAAAAAhAACwOQMAyA4AANgrAgCoSw8A8KYRAPhLAABQTAAAqEwAAABNAABYTQAAsE0AAAhOAABgTgAAuE4AAHi8DADQvAwAePgOAND4DgAo+Q4AgPkOANj5DgBwrxAAmFgKANgrAgBI1A0AcBAOAMgOAABIqwEAoKsBAJgQDADwEAwASBEMAEj1AgAAAAAASKsBAMgOAACYsgIA8LICALh0AgDo4AEA8MsBAAAAAAAAAAAAAAAAAAAAAAAAAAAAqC0DAAAuAwDwywEAAAAAAKgtAwAALgMA2DMDAEg5BgDI/QwAIP4MAHj+DADQ/gwAKP8MAID/DADY/wwAMAANAPBUBABIVQQAoFUEAPhVBABQVgQAqFYEAABXBABYVwQAsFcEAAhYBABgWAQAuFgEABBZBABoWQQAwFkEAKA5BgD4OQYAUDoGAKg6BgAAOwYAWDsGABguBABwLgQAyC4EACAvBAB4LwQA0C8EACgwBACAMAQA2DAEADAxBACIMQQA4DEEADgyBACQMgQAADYEAFg2BACwNgQACDcEAGA3BAC4NwQAEDgEAGg4BADAOAQAGDkEAHA5BADIOQQAIDoEAHg6BADQOgQAKDsEAIA7BADgNwIAsDkDAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAGC4EAHAuBADYQQIAmIwAAMgOAADIZQQAIGYEAMAXDwCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAWOkOALDpDgAI6g4AYOoOALjqDgAQ6w4AaOsOAMDrDgAY7A4AcOwOACAvBAB4LwQAMCwCAIgsAgDgLAIAOC0CAGB5DwDIQQUAIEIFAHhCBQDQQgUAKEMFAIBDBQDYQwUAMEQFAED6CwDIhg8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBAAhTAgCAYAoAMJ0BADDGAgDAFw8A8DgGAEg5BgCgOQYA+DkGAFA6BgCoOgYAADsGAFg7BgCwOwYASDkGAKA5BgD4OQYAUDoGAKg6BgAAOwYAWDsGABguBABwLgQAqFgHAABZBwBYWQcAsFkHAAhaBwBgWgcA2B0DADAeAwCQtwAAWAAAAKCBBACgWwIA6E0RAEBOEQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQDIDgAAoFsCAMhUEQCY9AIAqBcDAAAYAwBYGAMAsBgDAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAYGQAAcBkAAGjeAAComQAAAJoAAFDxAAB4HAMAIFURAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBABguBABwLgQAAKMIACC6CQComQAAyA4AAPitDwBwGQAAeE4BAOjgAQCoXwEAIAYOAMhaBACYsgIA6OABAGCrDQBQ8QAAeBwDAPA4BgCY9AIA8PQCAEj1AgCg9QIAMCwCAIgsAgDgLAIAOC0CANAiAQBYAAAAOPEKAEDWAQBISwAA6OABAGCrDQBQ8QAAeBwDAEirAQBwvQQAyL0EAFgAAABIQAAAoFsCAGhpEQAwnQEA2EECAMBFBwBAZQIAgJkCAKjoAwDYKwIAUAQNAKgEDQAABQ0AWAUNAEirAQCgqwEAWBUEALAVBADQmhAAAKMIALA5AwAAtQ0AKLYHAIC2BwDYtgcA2CsCANhmCAD4RQIAmIwAAICZAgCY1gEA8NYBANgrAgBwrxAA2EECAMDxAQBIewYAOFUHAEhLAADYKwIAMCwCAFDLCQCoywkASEIDAKBCAwCQagsAIBoAAEhAAADYKwIACFMCAMDeAABAZQIAmAwRAPAMEQBgoQkAuKEJANgrAgDw3g0AgOYCANjmAgCoDw0AABANAJiMAADYQQIASKsBANgrAgDIxgwA8LcEAEi4BABIqwEAwBcPANAiAQDQpwgAGBkAAEhLAACYjAAAuHQCAEjIBgDQtQcAmFgKALA5AwBIqwEAcL0EAMi9BABYAAAASEAAANgrAgBIqwEAcL0EAMi9BAAgvgQAeL4EANC+BAAovwQAgL8EANi/BAAwwAQAiMAEAODABACwBQ0ACAYNAGAGDQC4Bg0A2CsCAEirAQBwvQQAyL0EACC+BAB4vgQA0L4EACi/BACAvwQA2L8EADDABACIwAQA4MAEALAFDQAIBg0AYAYNALgGDQBAUgEAmFIBAEi4DwCguA8A+LgPAEirAQCo6AMAkLcAAJiUAQBw0QEAOCgAAFDLCQDgNwIAKJQAAEDWAQCY1gEA8NYBALA5AwDQkgQACNcNAGDXDQC41w0AOCQFAJAkBQDoJAUAQCUFAJglBQDwJQUASCYFAKAmBQDImgwAcIYEANgdAwCQtwAAmJQBACi2BwDY7g4AID0DAHg9AwDQPQMAKD4DAIA+AwDYPgMAuCQDABAlAwBoJQMAwCUDABgmAwDw3g0AkBMHAMiaDAA48QoAyA4AAJiyAgDgNwIAQNYBAJjWAQDIDgAAyGUEACBmBAB4kQgAIM8NAEDWAQDImRAAgOYCAKCmCgD4pgoAkE4CAOhOAgCoSw8AoOwFAPjsBQComQAAAKMIAEhLAABIyAYAoMgGAPjIBgBQyQYAqMkGAADKBgCwOQMAyDwDALiaBAAQmwQAaJsEAMCbBAAYnAQAcJwEAMicBAAgnQQAeJ0EACAvBAAQ1goAaNYKAMDWCgBQyQYAqMkGAADKBgB42AoA6CgLAEApCwCQLQIAMJ0BAEDWAQCY1gEAgBgBADjfEADYKwIA8DgGAEDWAQCY1gEA2FYGALh0AgDo4AEA8N4NAJATBwDwOAYASDkGAKA5BgD4OQYAUDoGAKg6BgAAOwYAWDsGABguBABwLgQAyC4EACAvBAB4LwQA0C8EAEjUDQBwEA4AyA4AAJiyAgBIqwEAoKsBAJgQDADwEAwASBEMAIBgCgBwEA4AyA4AAJiyAgDYKwIA8N4NAKCqEAAAowgA2CsCAMiaDAA48QoAQNYBAEhLAAAAAAAAAAAAAAAAAACgWwIAAAAAAKBbAgAAAAAAoFsCAAAAAADYKwIA8N4NAKCqEAAAowgA2CsCAMiaDAA48QoAQNYBAEhLAACYphEAAAAAANgrAgDw3g0AoKoQAACjCADYKwIAyJoMADjxCgBA1gEASEsAAEirAQCgqwEAWBUEALAVBAAIFgQAYBYEALgWBAAQFwQAqEsPAPCmEQD4SwAAgBgBAFgAAAA48QoAyA4AAJiyAgDgNwIAQNYBAJjWAQDIDgAAyGUEACBmBACAGAEAwNIEAPDeDQAYsg8AQCwKAJgsCgDwLAoASC0KALhGCgAQRwoA0K4CAJBVBwBA1gEAAKMIANgrAgDw3g0AmHQIAPB0CABIdQgAoHUIAOjgAQBgqw0AoFsCANgrAgDQIgEAoMEBAMhaBACozQEACKMBAIidAQDgNwIA2CsCAPDeDQCQEwcA4DcCAPBgCwDQIgEA2CsCAMjGDACIrwYA4K8GACDPDQAoxxAAKJsQAGChCQDgshAAOLMQAMgOAADYKwIAcK8QAJhYCgAAAAAAAAAAALA5AwDYSQMA+HcLAFB4CwCoeAsAAHkLAED6CwDQuxAAKLwQAIC8EABgEQ0AuBENABASDQDwOAYASDkGAKA5BgD4OQYAUDoGAKg6BgDw7wsASPALAKDwCwCAYAoAcBAOAMgOAACYsgIAAEwPAGCrDQC4qw0AEKwNAGisDQDArA0AGK0NAHCtDQDIrQ0AIK4NACDPDQCg9BEAqJkAAKhLDwCYlg8AMDQOAPA4BgBIOQYAoDkGAPg5BgBQOgYAqDoGAAA7BgBYOwYAGC4EAHAuBADILgQAIC8EABDWCgBo1goAwNYKAFDJBgCoyQYAyJkQAIivBgDo4AEA8DgGAEg5BgCgOQYA+DkGAFA6BgCoOgYAADsGAEhQAgCgUAIASMgGAKDIBgD4yAYAUMkGAKjJBgAAygYASDkGAKA5BgD4OQYAUDoGAKg6BgAAOwYAWDsGALA7BgAIPAYAYDwGALg8BgAQPQYA2GYIAKAfAAD4HwAAUCAAAKggAACwOQMAyDwDALiaBAAQmwQAaJsEAMCbBAAYnAQAcJwEAMicBAAgnQQAeJ0EANCdBAAongQAgJ4EANieBAAwnwQAiJ8EACAvBAAQ1goAaNYKAMDWCgAY1woAcNcKAMjXCgAg2AoASEIDAKBCAwCQagsAGDQNANgTCgCocAoASEsAAOjgAQCoSw8AmJYPADA0DgBI1A0AcBAOAMgOAAComQAASEsAAGjeAADQtQcAQNYBAPiHAgDYKwIAyMYMANggDQAwIQ0AKJQAAICUAABA1gEAmNYBANhWBgAwVwYAiFcGAJiMAADYQQIASKsBAAAAAADYKwIA+IcCAICkDQCInQEAYIoCALA5AwDIPAMAuJoEABCbBABomwQAwJsEABicBABwnAQAkE4CAOhOAgDwOAYAmPQCAGjMEQDAzBEAGM0RAGCzDgDAXAMAIA8AANAiAQDQpwgASDkGAKA5BgD4OQYAUDoGAKg6BgAAOwYA8O8LAEjwCwCg8AsAgGAKAKjoAwAAAAAAAAAAAAAAAACoLQMAAC4DAPDLAQAAAAAAAAAAAAAAAAAAAAAAqC0DAAAuAwDYMwMASDkGAKA5BgD4OQYAUDoGAKg6BgAAOwYAWDsGABguBABwLgQAyC4EAKhYBwAAWQcAWFkHALBZBwAIWgcAYFoHANAiAQAQzwUAaM8FAMDPBQAY0AUAAKMIANhBAgDYKwIA0CIBACgjAQDQWQwAKFoMAIBaDADQIgEAEM8FAGjPBQDAzwUAGNAFAJC3AADotwAAQLgAAJi4AADwuAAAiEEGAICZAgDImRAAmIwAAJh0CADQIgEAEM8FAGjPBQDAzwUAGNAFAHiRCAAgzw0AQNYBAMiZEACA5gIAoKYKAPimCgCQTgIA6E4CAKhLDwCg7AUA+OwFAKiZAAAAowgA0CIBAMj9AQCAlAAAmOkCAPDpAgCY9AIAuHQCAEjIBgDQtQcAmFgKAMgOAACgHwAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAFjpDgCw6Q4A6HEQAHCZBQDImQUAIJoFAHiaBQDQmgUAKJsFAICbBQDYmwUAMJwFAIicBQDgnAUA2CsCAEirAQBwvQQAiJ0BAPiHAgDYKwIAMCwCAIgsAgDgLAIAYLYNALi2DQDw3g0AmHQIAACjCABA1gEAmNYBAMgOAACozQEASDQPABD/AACAvAUAcBAOAMgOAACYsgIAWFAKALBQCgAIUQoAYFEKALhRCgAQUgoAaFIKAMBSCgAYUwoAcFMKAPDeDQCgqhAAqOgDANgrAgBwrxAAOCgAANgrAgCoSw8A8KYRAPhLAABQTAAAWAAAAGChCQA4VQcAMJ0BACBIDgBQywkAqJkAAACjCADYKwIA0CIBABDPBQBozwUAwM8FABjQBQB4kQgASNQNAHAQDgDIDgAAmLICAEjUDQBwEA4AyA4AAJiyAgDYKwIAgGAKAKjoAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKg9BQAAPgUAaDEKAMAxCgAYMgoAcDIKAMgyCgAgMwoAeDMKANAzCgAoNAoAgDQKANg0CgAwNQoAiDUKAOA1CgA4NgoAkDYKACAvBAAQ1goAaNYKAMDWCgAY1woAcNcKAMjXCgAg2AoAcK8QACi2BwCAtgcAGAkJAHAJCQDICQkAIAoJAHgKCQDQCgkA2CsCAKhLDwBIyAYAoMgGAPjIBgAAowgA2CsCAHCvEACocAoAqOgDAMgOAADIZQQAIGYEAHC9BABIUAIAyA4AAMhlBAAgZgQASFACAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAWOkOALDpDgAI6g4AYOoOALjqDgAQ6w4AaOsOAMDrDgAY7A4AcOwOAMjsDgAg7Q4AeO0OANDtDgAo7g4AgO4OACAvBAAQ1goAaNYKAMDWCgAY1woAcNcKAMjXCgAg2AoAcK8QACi2BwCAtgcAGAkJAHAJCQDICQkAIAoJAHgKCQDQCgkA2CsCAKhLDwBIyAYAoMgGAPjIBgAAowgA2CsCAHCvEACocAoAIC8EABDWCgBo1goAwNYKABjXCgBw1woAyNcKACDYCgBwrxAAKLYHAIC2BwAYCQkAcAkJAMgJCQAgCgkAeAoJANAKCQDYKwIAqEsPAEjIBgCgyAYA+MgGAACjCADYKwIAcK8QAKhwCgBA1gEAyJkQADDGAgCgqwEA+KsBAKjoAwBIUAIAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBADjVAQAQHxAAYKoRACiUAACAlAAAeAwBANAMAQAoDQEAgA0BANgNAQAwDgEAiA4BAAitBQBgrQUAuK0FABCuBQBorgUAwK4FABivBQBwrwUAyK8FACCwBQDQIgEAEM8FAGjPBQDAzwUAGNAFAAAAAACAGAEAwNIEAPDeDQAYsg8AQCwKAJgsCgDwLAoASC0KALhGCgAQRwoA0K4CAJBVBwBA1gEAAKMIANgrAgDw3g0AmHQIAPB0CABIdQgAoHUIAOjgAQBgqw0AoFsCANgrAgDQIgEAoMEBAMhaBACozQEACKMBAIidAQDgNwIA2CsCAPDeDQCQEwcA4DcCAPBgCwDQIgEA2CsCAMjGDACIrwYA4K8GACDPDQAoxxAAKJsQAGChCQDgshAAOLMQAMgOAADYKwIAcK8QAJhYCgAAAAAAON8QAKDsBQD47AUAUO0FAKjtBQAA7gUAWO4FAIAYAQDA0gQA8N4NABiyDwBALAoAmCwKAPAsCgBILQoAuEYKABBHCgDQrgIAkFUHAEDWAQAAowgA2CsCAPDeDQCYdAgA8HQIAEh1CACgdQgA6OABAGCrDQCgWwIA2CsCANAiAQCgwQEAyFoEAKjNAQAIowEAiJ0BAOA3AgDYKwIA8N4NAJATBwDgNwIA8GALANAiAQDYKwIAyMYMAIivBgDgrwYAIM8NACjHEAAomxAAYKEJAOCyEAA4sxAAyA4AANgrAgBwrxAAmFgKAAAAAABQBA0AqAQNALA5AwAAAAAAAAAAAAAAAAAAAAAAAAAAAJBOAgDoTgIA2GYIADBnCACIZwgAeGYEANBmBAAoZwQAgGcEANhnBABgsw4AAAAAAAAAAADIDgAAAAAAAAAAAACoPQUAYHsHALh7BwCgOQYA+DkGAFA6BgCoOgYAADsGAFg7BgAYLgQAcC4EAMguBAAgLwQAENYKAGjWCgDA1goAUMkGAKjJBgAAygYAsDkDAFiOBACwjgQACI8EAGCPBAC4jwQAEJAEAGiQBADAkAQAUA0KAKgNCgAADgoAWA4KALAOCgDYZggAIA8AABDkCQBo5AkAwOQJABjlCQDYKwIA8N4NADgoAABISwAA6OABAGCrDQCQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAIDTAQDY0wEAMNQBAIjUAQDg1AEAKJQAAICUAACY6QIAGB4CANgrAgDYZggAIA8AABDkCQBo5AkAwOQJABjlCQCwOQMAmIwAABgeAgBA1gEAmNYBAEhLAACg7AUA+OwFAKiZAADIDgAAWAAAAGChCQC4oQkAUPEAAJjWAQAAAAAAKJQAAKiZAADIDgAAmLICAOjgAQBgqw0AUPEAAHgcAwAIegsAYHoLALh6CwAwVwYAiFcGAOBXBgA4WAYAkFgGAOhYBgBAWQYAmFkGAPBZBgBIWgYAoFoGAPhaBgBQWwYAqFsGAABcBgBYXAYAsFwGAAhdBgBgXQYAuF0GABBeBgBoXgYAwF4GABhfBgBwXwYAyF8GACBgBgB4YAYA0GAGAChhBgCAYQYA2GEGADBiBgCIYgYA4GIGADhjBgCYjAAA8IwAAHj0CADQ9AgAAKMIANgrAgCoSw8A8KYRAPhLAADQIgEAiEEGAOBBBgDYKwIAuEYKABBHCgBISwAAoOwFAPjsBQComQAAyA4AANgrAgDImgwAyN4PALihCQDYKwIAuEYKABBHCgAAAAAAKJQAAKiZAADIDgAAmLICANgrAgBIqwEAcL0EAPC3BACgwQEAiK8GAOCvBgBo3gAAgGAKADCdAQCQtwAAePQIANgrAgDIxgwA2CANALA5AwCQtwAAmPQCAKgXAwAAGAMAWBgDALAYAwCQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAQCIRAGCrDQBQ8QAAeBwDAIgyAADotwAAQLgAAJi4AADwuAAASLkAALA5AwCQtwAAmPQCAKgXAwAAGAMAWBgDALAYAwCQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAQCIRAGCrDQBQ8QAAeBwDALhGCgAQRwoA8NYBAEjXAQCg1wEA+NcBAFDYAQCo2AEASKsBAKCrAQCYEAwA8BAMAEgRDACAYAoAcBAOAMgOAACYsgIAqJkAAACjCAAAJAoAyFoEAIgyAACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAGC4EAHAuBACo1AYAANUGAFjVBgCw1QYACNYGAGDWBgC41gYAENcGAFiOBACwjgQACI8EAGCPBAC4jwQAEJAEAGiQBADAkAQAGJEEAHCRBADIkQQAIJIEAHiSBADA8QEAGPIBAHDyAQDI8gEAIPMBAECPCgCYjwoA8I8KAEiQCgCgkAoA+JAKAFCRCgCokQoAAJIKAFiSCgCwkgoACJMKAGCTCgC4kwoAEJQKAGiUCgDAlAoAGJUKAHCVCgCYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAGC4EAHAuBACo1AYAANUGAFjVBgCw1QYACNYGAGDWBgC41gYAENcGAAg6AwBgOgMAeAwBANAMAQAoDQEAgA0BANgNAQAwDgEAiA4BAAitBQBgrQUAuK0FABCuBQBorgUAwK4FAKAfAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAWOkOALDpDgAI6g4AYOoOALjqDgAQ6w4AaOsOAMDrDgAY7A4AcOwOAMjsDgAg7Q4AeO0OANDtDgAo7g4AgO4OAMiaDACIfwsA4H8LADiACwCQgAsA6IALAECBCwCYgQsA8IELAEiCCwCgggsA+IILAFCDCwCogwsAAIQLAFiECwCwhAsACIULAGCFCwC4hQsAEIYLAGiGCwDAhgsASEIDAKBCAwCQagsAGDQNANgTCgCocAoASEsAAOjgAQCoSw8AmJYPADA0DgBI1A0AcBAOAMgOAABISwAA2CsCAAhTAgBgUwIA2E4QADBPEABQBA0AqAQNAAAFDQBYBQ0AyJoMADjxCgDIDgAAqM0BAAijAQDYQQIASKsBAMAXDwCoSw8AmJYPADA0DgDwOAYASDkGAKA5BgD4OQYAUDoGAKg6BgAAOwYA8O8LAEjwCwCg8AsAqEsPAPCmEQD4SwAAuEYKABBHCgDw1gEASNcBAKDXAQD41wEA2GYIAKAfAAD4HwAAUCAAAKggAAAAIQAAEP8AAGDiDQDwOAYASDkGAKA5BgD4OQYAUDoGAKg6BgAAOwYAWDsGABguBABwLgQAuAELACDHDAB4xwwACJQRAMBFBwAYRgcAcEYHAMhGBwAYGQAA2CsCANhmCAAYbRAAcG0QALh0AgAwnQEA8LcEANCnCADQtQcAqHAKAEhLAADo4AEAYKsNAFDxAAB4HAMAqPgQAEjIBgCgyAYA+MgGAFDJBgCoyQYAAMoGAHjYCgDQ2AoAKNkKAIDZCgDY2QoAMNoKAIjaCgDg2goAONsKAJDbCgDo2woAQNwKAJjcCgDw3AoA2GYIAKAfAAD4HwAAUCAAAKggAAComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAEhCAwCgQgMAkGoLAOhqCwBAawsAmGsLAPBrCwBIbAsAMCwCAFDLCQCoywkAAMwJAHCvEABA1gEA2CsCACDPDQB4zw0AQNYBAJjWAQDQrgIASEsAANhiAgBA1gEAqOgDANgrAgDwywEAKJQAAICUAACY6QIAGB4CAFjpDgCw6Q4ACOoOAGDqDgC46g4AEOsOAGjrDgDA6w4AGOwOAHDsDgDI7A4AIO0OAHjtDgDQ7Q4AKO4OAIDuDgDAXQoAyEgKADhMCgCQTAoA6EwKAEBNCgAgLwQAENYKAGjWCgDA1goAGNcKAHDXCgDI1woAINgKAHCvEAAotgcAgLYHABgJCQBwCQkAyAkJACAKCQB4CgkA0AoJANgrAgCoSw8ASMgGAKDIBgD4yAYAAKMIANgrAgBwrxAAqHAKAFjKBgCwygYACMsGAGDLBgDY7g4AMO8OAIjvDgDg7w4AOPAOAJDwDgDo8A4AQPEOAJjxDgDw8Q4AIC8EABDWCgBo1goAwNYKAFDJBgCoyQYAWGgNAKAfAAAYqQcAwBcPADhVBwBISwAASMgGANC1BwCYWAoASEsAAEjIBgCgyAYA+MgGAFDJBgCoyQYAAMoGAFjKBgCwygYACMsGAGDLBgComQAAAJoAAFDxAAB4HAMAkDgCAEjIBgCgyAYA+MgGAFDJBgCoyQYAAMoGAFjKBgAoKA4AgCgOANgoDgAwKQ4AiCkOAOApDgA4Kg4AIA8AABDkCQBo5AkAwOQJABjlCQDYYgIAKLYHAIC2BwDYtgcAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQCwOQMAwMAKAACaAABQ8QAAeBwDABgZAABwGQAAmGYJAPBmCQBIZwkAoGcJAPhnCQBQaAkAQGUCAIDmAgDY5gIAqA8NAAAQDQCYjAAA2EECAEirAQDYKwIAqEsPAEjIBgCgyAYA+MgGAFDJBgCoyQYAAMoGAHjYCgCYFQ4A8DIIAEgzCACgMwgA+DMIAFA0CACoNAgAADUIAFg1CADw3g0AOCgAAEhLAADo4AEAYKsNANhmCACgHwAAGKkHAMAXDwA4VQcASEsAAEjIBgDQtQcAmFgKANgrAgBA+gsA0LsQACi8EACAvBAAwFwDAKhtCwAAbgsAWG4LALBuCwAIbwsAYG8LAHgbBwDQGwcAKBwHAIAcBwDYHAcAMB0HAIgdBwDgHQcAOB4HAJAeBwD4NgcAUDcHAKg3BwAAOAcAWDgHALA4BwAolAAAQNYBAEDWAQCY1gEAGBkAAEhLAADYKwIAqEsPAJiWDwAotgcAOPEKAEirAQCgqwEA+KsBAKjoAwCwOQMAAAAAANgrAgCoSw8AIGwCAHhsAgDQbAIAYLMOANhmCAC4Dg4AMJ0BAIivBgCYjAAA2EECAEirAQDAFw8A2GYIAKAfAAD4HwAAUCAAAKggAAAAIQAAGPkGANgrAgAwLAIAKNsNAIDbDQDY2w0AqEsPAEjIBgCgyAYA+MgGAFDJBgCoyQYAAMoGALA5AwBIQgMAoEIDAJBqCwDw3g0AgOYCANjmAgCoDw0AABANAJiMAADYQQIASKsBAMAXDwDYZggAoB8AAPgfAABQIAAAqCAAAAAhAADQIgEAAAAAAFgAAACQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBABguBABwLgQAqNQGANDiDgAo4w4AgOMOAEDWAQDYEwoASOQPAFCIAgAAmgAAeLwMANC8DABA1gEAmNYBANhWBgAwVwYAiFcGAJiMAADYQQIASKsBAMAXDwComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAICUAAAYGQAAqOgDALA5AwBISwAAkLcAAFgAAACQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBABguBABwLgQAOCgAAIDpAQDY6QEAMOoBAJC3AACYlAEAcNEBAMjRAQBA1gEAmNYBAIhuAgBYvxEAyA4AAKAfAACwWwoACFwKAGBcCgC4XAoAEF0KAGhdCgAA1QYAWNUGALDVBgAI1gYAYNYGALjWBgAQ1wYAwFwDACAPAAAQ5AkAaOQJAMDkCQAY5QkA2CsCAED6CwDQuxAAKLwQAIC8EADY7g4AMO8OADh2EgCQdhIA6HYSAEB3EgCYdxIA8HcSAEh4EgCgeBIA+HgSAFB5EgCgVQQA+FUEAFBWBACoVgQAAFcEAFhXBACwVwQACFgEAEjUDQBwEA4AyA4AANhBAgDARQcAGEYHAHBGBwDIRgcAIEcHAFhoDQD4dwAAgOYCANjmAgCoDw0AABANAJiMAADYQQIASKsBAJiMAAA4KAAA+IcCAPhtBwDA8QEAyA4AAIgyAACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAGC4EAHAuBACo1AYA0OIOACjjDgCA4w4A2CsCANAiAQCIQQYAqOgDANgrAgBQBA0AqAQNAAAFDQBYBQ0ACJQRACD9EADw3g0AgOYCANjmAgCoDw0AABANAJiMAADYQQIASKsBAPA4BgBIOQYAyP0MACD+DAB4/gwA0P4MACj/DACA/wwA2P8MADAADQCIAA0A4AANAED6CwDIDgAAmLICAPCyAgDYQQIASKsBAHC9BADIWgQA+EUCAOClDQDIxgwAWAAAAPCMAACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAGC4EAHAuBACo1AYA0OIOACjjDgCA4w4ACDoDAGA6AwB4DAEA0AwBACgNAQCADQEA2A0BADAOAQCIDgEACJQRAIAPDwDQtQcASEsAAMgOAACYsgIAoOwFAGjuDQCYDBEA2CsCADAsAgBA1gEA2BMKANAiAQDYKwIA8MsBABD/AACwOQMAyDwDAOi3AABAuAAAmLgAAPC4AABIuQAAoLkAAEjUDQCg1A0A+NQNAFDVDQC4RgoAeLwMANC8DADYKwIAcK8QAKhwCgBISwAA2CsCAHCvEAA4KAAA2CsCAPDeDQCA5gIA2OYCAKgPDQAAEA0AmIwAANhBAgBIqwEAwBcPAAiUEQDARQcAGEYHAHBGBwDIRgcAIEcHAFhoDQDYKwIAqEsPAJiWDwAwNA4AqEsPAJiMAAAQPwkA+IcCANgrAgCoSw8AoKoQAKjoAwDYKwIAcK8QADgoAADYKwIAqEsPAPCmEQD4SwAAUEwAAKhMAAComQAAAKMIANgrAgAIlBEAwEUHABhGBwBwRgcAyEYHACBHBwBIqwEAmIwAAADZAQCYsgIASMgGAJC3AADIDgAAoB8AAJiMAACAmQIAkLcAAHj0CACgWwIA6E0RAEBOEQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQDIDgAAoFsCAMhUEQAgVREAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAGC4EAHAuBACo1AYA0OIOACjjDgCA4w4AAAAAAFgAAABgoQkA4LIQAMgOAACgHwAAmIwAAICZAgCQtwAAePQIAFgAAAAQVAIAoFsCAOhNEQBAThEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAyA4AAKBbAgDIVBEAIFURAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBABguBABwLgQAqNQGANDiDgAo4w4AgOMOAEirAQBwvQQAgOYCADCdAQCInQEA4DcCAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAGC4EAHAuBAA4MwsAoB8AAPgfAABQ8QAAeBwDALA5AwBISwAAoOwFAGjuDQAYlwIAyA4AAFgAAAA48QoAQNYBAEhLAACwOQMASEsAAKDsBQBo7g0AGJcCAMgOAABYAAAAOPEKAEDWAQBISwAAsDkDAMDACgAAmgAAUPEAAHgcAwBYjgQAsI4EAAiPBABgjwQAuI8EABCQBABokAQAsCELAHCdCwDInQsAIJ4LAHieCwDQngsAKJ8LAICfCwDYnwsAMKALAIigCwDgoAsAOKELAJChCwDooQsAQKILAJiiCwDwogsASKMLAKCjCwD4owsAUKQLANjuDgAw7w4AiO8OAODvDgA48A4AkPAOAOjwDgBA8Q4AmPEOAPDxDgBI8g4AoPIOAPjyDgBQ8w4AqPMOAAD0DgA4dhIAkHYSAOh2EgAYGQAAgBgBADjfEADYKwIA8DgGAEg5BgCgOQYA+DkGAFA6BgCoOgYAADsGAPDvCwBI8AsAoPALANhmCACgHwAA+B8AAFAgAACoIAAAwJAEABiRBABwkQQAyJEEACCSBAB4kgQAiEQFAOBEBQA4RQUASFACAKBQAgCg7AUAaO4NABiXAgDIDgAAWAAAADjxCgBA1gEASEsAAKBbAgDIVBEAIFURAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBABguBABwLgQAqNQGANDiDgAo4w4AgOMOANjjDgAw5A4AiOQOAODkDgA45Q4AkOUOAOjlDgBA5g4AmOYOAPDmDgBA+gsA0LsQACi8EACAvBAAgB0DAJj0AgBozBEAwMwRABjNEQBwzREAyM0RACDOEQB4zhEA0M4RABj/BABw/wQAyP8EACAABQB4AAUA0AAFACgBBQCAAQUA2AEFADACBQCIAgUA4AIFADgDBQCQAwUA6AMFAEAEBQCYBAUA8AQFAEgFBQCgBQUA+AUFAFAGBQCoBgUAAAcFAFgHBQCwBwUA0NgKAJj0AgBozBEAwMwRABjNEQBwzREAyM0RACDOEQB4zhEA0M4RAMg8AwC4mgQAEJsEAGibBADAmwQAGJwEAHCcBABISwAASMgGAKDIBgD4yAYAUMkGAKjJBgAAygYAWMoGALDKBgAIywYAYMsGAEhCAwComQAAaN4AAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAGC4EAHAuBACo1AYA0OIOACjjDgCA4w4AmFgKAHAZAAAYswsAcLMLAJiMAACA5gIA2OYCAKgPDQAAEA0AmIwAANhBAgBIqwEAwBcPAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAyA4AAPh3AACA5gIA2OYCAKgPDQAAEA0AmIwAANhBAgBIqwEAwBcPAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEASEIDAKBCAwCQagsA8N4NAHjMDgBwvQQAgOYCAKCmCgBQBA0AqAQNABizCwBwswsAyA4AANgrAgAwLAIAKNsNAIDbDQDY2w0AMNwNAMjGDAAgxwwAeMcMAKjoAwAA6QMAWOkDAEDWAQDYKwIA8DgGAOi3AAAolAAAyA4AAJiyAgDo4AEA2CsCAFAEDQCoBA0AGLMLAHCzCwDw3g0AgOYCANjmAgCoDw0AABANAJiMAADYQQIASKsBAJC3AACQtwAAMCgHAIgoBwDgKAcAOCkHAPDWAQDYKwIACFMCAIBgCgAwnQEAMMYCAMAXDwBA+gsAyA4AAJiyAgDwsgIA2EECAEirAQBwvQQAyFoEAPhFAgAwnQEAiJ0BAOA3AgDYKwIA8N4NAJATBwDwOAYASDkGAKA5BgD4OQYAUDoGAKg6BgAAOwYAWDsGABguBABwLgQAyC4EACAvBAB4LwQA0C8EACgwBAAwZwgAiGcIAOBnCAA4aAgAkGgIAOhoCABAaQgAmGkIAKhLDwCQtwAAWAAAAAAAAAAwnQEAWAAAANgrAgDwOAYASDkGAKA5BgD4OQYAUDoGAKg6BgAAOwYAWDsGABguBABwLgQAyC4EACAvBAB4LwQA0C8EAKhLDwDwphEA+EsAAEjUDQBwEA4AyA4AAJiyAgCoSw8ASMgGAKDIBgD4yAYAUMkGAKjJBgAAygYAeNgKAOgoCwBAKQsAkC0CADCdAQBA1gEAmNYBAHCvEAAotgcAgLYHANi2BwDYKwIAqEsPAJC3AABYAAAA2CsCAPA4BgBIOQYAoDkGAPg5BgBQOgYAqDoGAAA7BgBYOwYAGC4EAHAuBADILgQACFMCADCdAQCIrwYAoEsAANgrAgBI1A0AcBAOAMgOAACYsgIA2CsCAEhLAACQtwAAWAAAANgrAgDImgwAQFIBAJhSAQCA5gIAMJ0BAACjCADQmhAAAJoAALA5AwDQkgQACNcNAGDXDQC41w0AgB0DAHhYBQDwlAEASJUBAAAAAAAYHgIAAAAAAAAAAAAAAAAAmIwAADgoAADIDgAAyGUEACBmBAB4kQgA0JEIACiSCACAkggA2JIIADCTCACIkwgA4JMIAJimEQDgPwMAkLcAAFgAAADYKwIAyJoMAEBSAQCYUgEAgOYCADCdAQAAowgA0JoQAACaAACwOQMA0JIEAAjXDQBg1w0AuNcNAIAdAwB4WAUA8JQBAEiVAQAAAAAAGB4CAAAAAAAAAAAAAAAAAJiMAAA4KAAAAKMIAFijCACYDBEASEsAAEjIBgCA5gIAoKYKANhmCACgHwAA+B8AAFAgAACoIAAAACEAAFghAADIIwQAICQEAHgkBAAolAAAgJQAAHgMAQCA5gIA2OYCAKgPDQAAEA0AmIwAANhBAgBIqwEAwBcPAHCvEABA1gEA2CsCACDPDQDgww4AOMQOAJDEDgDoxA4AQMUOAJjFDgDwxQ4ASMYOAKDGDgD4xg4AUMcOAKjHDgAAowgAyA4AANgrAgDYZggAoB8AAPgfAABQIAAAqCAAAAAhAABYIQAAyCMEACAkBAB4JAQAKJQAAICUAAB4DAEAgOYCANjmAgCoDw0AABANAJiMAADYQQIASKsBAMAXDwBwrxAAQNYBANgrAgAgzw0A4MMOADjEDgCQxA4A6MQOAEDFDgCYxQ4A8MUOAEjGDgCgxg4A+MYOAFDHDgCoxw4A2CsCANhmCACgHwAA+B8AAFAgAACoIAAAACEAAFghAADIIwQAICQEAHgkBAAolAAAgJQAAHgMAQCA5gIA2OYCAKgPDQAAEA0AmIwAANhBAgBIqwEAwBcPAHCvEABA1gEA2CsCACDPDQDgww4AOMQOAJDEDgDoxA4AQMUOAJjFDgDwxQ4ASMYOAKDGDgD4xg4AUMcOAKjHDgCYphEAWI4EAFDLCQCoywkAAMwJAFAEDQCoBA0AAAUNAFgFDQCwBQ0ACAYNAGAGDQC4Bg0AAAAAAJiMAAAQPwkAaD8JAHC9BACwOQMAQNYBAMiZEACInQEA4DcCAPBgCwAAmgAAUPEAAHgcAwComQAA0CIBAJC3AACY9AIA8IwAAHj0CADQ9AgAyA4AAKAfAAD4HwAAUCAAAKggAAAAIQAAmNYBAACaAABQ8QAAeBwDAMDxAQDIDgAAsDkDAMBcAwCobQsAAG4LAFhuCwCwbgsACG8LAGBvCwBgsw4AyDwDALiaBAAQmwQAaJsEAMCbBAAYnAQAcJwEAPDvCwBI8AsAqNMKAADUCgBY1AoAUMkGAKjJBgAAygYAeNgKAKhLDwCYlg8AAKMIANCaEACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEA4D8DAPCmEQD4SwAAEPYDAGj2AwDA9gMAGPcDAHD3AwDI9wMAIPgDAHj4AwDw3g0AgOYCANjmAgCoDw0AABANAJiMAADYQQIASKsBAMAXDwDwOAYASDkGAKA5BgD4OQYAUDoGAKg6BgAAOwYAWDsGABguBABwLgQAyC4EAPDeDQC4dAIAKDsPAPCmEQAwnQEAyFoEACBbBADQIgEAKCMBANAiAQDQpwgAGBkAAIjECgDgxAoAOMUKAGC2DQC4tg0A0CIBAIhBBgCAmQIA+IcCAFCIAgAAowgA2CsCACDPDQAoxxAAmIwAAKDUDQD41A0AUNUNAKjVDQAA1g0AWNYNALDWDQCQmA4AoKoQAACjCADYKwIAyMYMANggDQAwIQ0AiNwNAHjPDQDIWgQA+HcAANhBAgBIqwEAwBcPAACjCADYKwIAKJQAAICUAABISwAASMgGADDGAgDYKwIAqEsPAEjIBgCgyAYA+MgGAACjCADYKwIAuEYKABBHCgBISwAAoOwFAEirAQBwvQQAyL0EAMCNBQCQtwAAoFsCAMhUEQAgVREAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAGC4EAHAuBACo1AYA0OIOACjjDgCA4w4AaGkRAKAfAAD4HwAAUCAAAKggAAAAIQAAAKMIANCaEACYjAAAmHQIALA5AwAgugkAaN4AABgZAACwOQMAgGAKAHAQDgDIDgAAmLICAEirAQCgqwEA2MALADDBCwCIwQsA4MELAGChCQC4oQkAUPEAAHgcAwAAtQ0AKLYHAIC2BwDYtgcA2CsCACiUAACAlAAAmOkCABgeAgDYKwIA2GYIACAPAAAQ5AkAaOQJAMDkCQDYZggAGG0QAHBtEAC4dAIAKJQAAMgOAADYKwIAgGAKAOClDQA4VQcA+IcCAFCIAgAAowgAILoJACi2BwCAtgcAGAkJAHAJCQDICQkAIAoJAHgKCQDQCgkAKAsJAIALCQDYCwkAMAwJAIgMCQDgDAkAOA0JAJANCQDoDQkAQA4JAJgOCQDwDgkASA8JAKAPCQD4DwkA0CAJACghCQCAIQkA2CEJAACjCADYKwIAcK8QAKhwCgBISwAA2CsCAAhTAgBgUwIAqA8NAIivBgBIyAYAiJ0BAOA3AgDYKwIAMCwCACjbDQBA1gEA2CsCAHCvEAAotgcAgLYHABgJCQBwCQkAyAkJACAKCQB4CgkAuKEJAEBlAgC4dAIASMgGANC1BwCYWAoASEsAAEjIBgCgyAYA+MgGAFDJBgCoyQYAAMoGAFjKBgAoKA4AgCgOANgoDgAwKQ4AiCkOAOApDgA4Kg4AYEUDAMj9AQBISwAAmIwAALh0AgDo4AEAcK8QACi2BwCAtgcAGAkJAHAJCQDICQkAIAoJAHgKCQDQCgkA2CsCAKhLDwBIyAYAoMgGAPjIBgAAowgA2CsCAHCvEACocAoASEsAAJBOAgAolAAAgJQAAHgMAQDQDAEAKA0BAIANAQDYDQEAMA4BAIgOAQDQIgEAKCMBANBZDAAAJAoAGJ8OAKjoAwDYKwIA8DgGAEg5BgDI/QwAgJQAAEhLAADo4AEA4D8DAEjIBgCgyAYA+MgGAFDJBgCoyQYAAMoGAHjYCgAIUwIAYFMCAKgPDQCIrwYASMgGAIidAQDgNwIA2CsCADAsAgAo2w0AQNYBANgrAgCA5gIA2OYCADDnAgCI5wIAgGAKAHAQDgDIDgAAmLICAPCyAgCA5gIA2OYCAKgPDQAAEA0AmIwAANhBAgBIqwEA8DIIAAAAAABIqwEAsDkDAEhCAwCgQgMAkGoLAEjUDQBwEA4AyA4AAJiyAgDIDgAA2CsCAPDeDQCA5gIA2OYCAKgPDQAAEA0AmIwAANhBAgBIqwEAwBcPAMjGDAAgxwwAeMcMAIjUDADg1AwAONUMAMiaDAA48QoAkPEKAAg6AwBgOgMAeAwBANAMAQAoDQEAgA0BANgNAQAwDgEAiA4BAAitBQBA1gEAmNYBANhWBgC4dAIA6OABANhmCACgHwAAyA4AAKjNAQAIowEA0LUHAEirAQBIqwEA2CsCAEjUDQBwEA4AyA4AAJiyAgAQ/wAAYOINAKg9BQCoSw8AoOwFAPjsBQComQAAAKMIANgrAgAwLAIAKNsNAEDWAQDYKwIAAAAAACiUAAComQAAAJoAAKjoAwDYKwIAMCwCAIgsAgDgLAIAOC0CABgZAABwGQAAGLMLAHCzCwDIDgAAOCgAAIDpAQDY6QEAMOoBANCaEACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAWOkOALDpDgDI/QwAIP4MAHj+DADQ/gwAKP8MAID/DADY/wwAMAANALhGCgAQRwoA2FYGADBXBgCIVwYA2CsCAPDeDQCgqhAAqOgDANgrAgDwOAYASDkGAKA5BgAYNhAAcDYQAPCMAABALAoA2CsCAMiaDAA48QoAMJ0BAIidAQC4dAIAyA4AALA5AwBIQgMAoEIDAJBqCwDoagsAoB8AAPgfAABQIAAAqCAAAAAhAAAY+QYA2CsCAPDeDQCA5gIA2OYCAKgPDQAAEA0AmIwAANhBAgBIqwEAwBcPADAsAgAo2w0AQNYBANgrAgDwOAYASDkGAKA5BgD4OQYAUDoGAKg6BgAAOwYAWDsGABguBADIDgAAoB8AAPgfAABQIAAAqCAAAAAhAAAY+QYAcPkGAPgfAABQ8QAAeBwDAKAfAAD4HwAAUPEAAHgcAwDY7g4AMO8OAIjvDgDg7w4AOPAOAJDwDgDo8A4AQPEOAJjxDgDw8Q4ASFACAEDWAQCY1gEAiG4CAFi/EQDIDgAAoB8AAIg0DgBQcgIAOFoJAJBaCQDYKwIA2GYIAKAfAAD4HwAAUCAAAKggAACQtwAA+IcCAIBgCgBwEA4AqHAKAMgOAACgHwAAcGsNAKBxDQBA1gEAyJkQAIDmAgCgpgoA+KYKAKBbAgDoTREAAJoAAFDxAAB4HAMAoFsCABgZAAComQAASEsAAGjeAADQtQcAQNYBAPiHAgBQiAIAAJoAAFDxAAB4HAMA2O4OADDvDgDwlAEASJUBACjzEAAAAAAAAAAAAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAsDkDAMg8AwC4mgQAEJsEAGibBADAmwQAGJwEAHCcBADInAQAIJ0EAHidBADQnQQAKJ4EAICeBADYngQAMJ8EAIifBACoSw8A8KYRAPhLAABA+gsAmPoLAACjCABYAAAAOPEKADCdAQCInQEAyMsDANgrAgAolAAAQNYBAEirAQCwOQMAoAkAAIBgCgDYYAoAMGEKAPA4BgBIOQYAoDkGAPg5BgBQOgYAqDoGAAA7BgDw7wsASPALAKDwCwCoSw8A8KYRAPhLAADIAgQA4MMOAHi6CQDQugkAKLsJAIC7CQBAAAoAIM8NAFijCAComQAA0CIBACgjAQDIAgQA4MMOAHi6CQDQugkAKLsJAIC7CQBAAAoAIM8NAFijCAComQAA0CIBACgjAQCAIwEA2CsCALhGCgB4vAwA0LwMAHj4DgDQ+A4AKPkOAID5DgComQAAAJoAANAiAQCgwQEAyFoEAKjNAQAIowEA0LUHAJhYCgDYKwIAIM8NACjHEAAYGQAACLMDAKiZAAAAowgA2CsCAAhTAgCAYAoAMJ0BADDGAgDAFw8AqEsPAKDsBQCo6AMAMJ0BAIidAQDgNwIA2CsCAKhLDwCYlg8AMDQOAPA4BgBIOQYAoDkGAPg5BgBQOgYAqDoGAAA7BgDw7wsASPALAKDwCwCoSw8A8KYRAPhLAADIAgQA4MMOAHi6CQDQugkAKLsJAIC7CQBAAAoAIM8NAFijCAComQAA0CIBACgjAQAgzw0AoPQRAPj0EQBQ9REAqPURAAD2EQBY9hEA8DgGAEg5BgCgOQYA+DkGAFA6BgCoOgYAADsGANiECQDQtQcA8DIIAPiHAgBQiAIAAJoAAJjWAQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEA0JIEAAjXDQBg1w0AuNcNABBRDgCAYAoAMJ0BADDGAgDAFw8AMCwCAJAoAABISwAAkLcAAHj0CAAwnQEAiJ0BAOA3AgDYKwIA2GYIAKAfAAD4HwAAUCAAAKggAAAAIQAAWCEAAPDeDQCYDBEAMJ0BANgrAgCA5gIAoKYKAPimCgBYaA0ACKMBANC1BwCYWAoAsDkDADCdAQAwxgIAwBcPABgZAABwGQAAeE4BADgoAAAo2w0AgNsNANjbDQAw3A0AiPICAACaAABQ8QAAeBwDAPDLAQBIegoAoHoKAPh6CgBQewoAqHsKAAB8CgAAAAAAqC0DAAAuAwBQBA0AqAQNAMgZAAAYMAcAcDAHALC7CwAIvAsAYLwLADAsAgBQywkAqMsJAADMCQBwrxAAQNYBANgrAgAgzw0AeM8NAEDWAQCY1gEA0K4CAEhLAADYYgIAQNYBAED6CwCY+gsA8PoLAEj7CwCg+wsAAAAAAIDmAgDY5gIAgJkCAAAAAABA1gEAeLwMANC8DAAAAAAAAKMIACC6CQB4ugkA0LoJACi7CQCAuwkAkOkJAOjpCQBA6gkAmOoJAPAyCAD4hwIAUIgCAEhLAAAYGQAAcBkAAHhOAQA4KAAAKNsNAIDbDQDY2w0AMNwNAIjyAgAAmgAAUPEAAHgcAwCgWwIAaGkRACAPAAAQ5AkAsAUNAFDLCQDQsw8AYIoCANgrAgDw3g0AkBMHAIDmAgDY5gIAMOcCAHC9BAAAowgA2CsCACDPDQDgww4AeLoJANC6CQAouwkAgLsJAEAACgBA+gsAmPoLAIDmAgAwnQEAQNYBANgTCgCYWAoA0CIBANCnCAAYGQAACFMCANC1BwBA1gEA+IcCAICkDQCInQEA4DcCANgrAgDwOAYASDkGAKA5BgAYNhAAcDYQAMg2EAAgNxAAeDcQANA3EADYKwIAuEYKAHi8DADQvAwAKL0MAIC9DADYvQwAML4MAKj+DgAA/w4AoOwFAGjuDQC4dAIA6OABAOA3AgDYKwIAyMYMANggDQAwIQ0AQPoLADCdAQCIrwYAoEsAAPhLAAAQ9gMA2CsCAFAEDQCoBA0AAAUNAFgFDQC4RgoAeLwMANC8DAB4+A4A0PgOACj5DgCA+Q4A2PkOAHCvEABA1gEA2CsCANAiAQCgwQEAyFoEAIgyAACYlAEAcNEBADgoAABQywkA4DcCACiUAABA1gEAmNYBAEDWAQCY1gEA2FYGALh0AgDo4AEAIM8NAODDDgB4ugkA0LoJACi7CQCAuwkAQAAKAMiaDABAUgEAmFIBAIDmAgAwnQEAAKMIANCaEADQtQcA0LUHAEhLAABIqwEAwBcPAMgOAACozQEA2CsCACDPDQDgww4AeLoJANC6CQAouwkAgLsJAEAACgBQBA0AqAQNAAAFDQBYBQ0AsAUNAAgGDQBgBg0AuAYNACDPDQDgww4AeLoJANC6CQAouwkAgLsJAEAACgBA+gsAmPoLAACjCABYAAAAOPEKADCdAQCInQEAOFUHAJBVBwDoVQcAQFYHAJhWBwDwVgcASFcHAKBXBwD4VwcAUFgHADCdAQCYjAAAED8JANgrAgCoSw8AkLcAAFgAAACwOQMA2CsCABAfEABgqhEA8DgGAEg5BgCgOQYA+DkGAFA6BgCoOgYAADsGABD/AAAAAAAAqD0FAIinEAAo2w0AQNYBAEhLAABIyAYAgOYCAKCmCgAYqQcAqOgDANgrAgC4RgoAEEcKAGhHCgDARwoAGEgKAHBICgDYKwIAyMYMAMg8AwC4mgQAEJsEAGibBADAmwQAGJwEAHCcBADInAQAIJ0EAHidBADQnQQAKJ4EAICeBADYngQAMJ8EAIifBADQkgQAOFUHAJBVBwDoVQcAQFYHAJhWBwDwVgcASFcHAKBXBwD4VwcAUFgHAEhCAwCgQgMAuBUIABAfEAComQAAqF8BACAGDgDIWgQAmLICAEjIBgCInQEA4DcCANgrAgAgzw0A4MMOANAiAQCIQQYAqA8NANiECQAwhQkAiIUJAOCFCQA4hgkAkIYJAOiGCQBAhwkAmIcJAPCHCQBIiAkAoIgJAPiICQBQiQkAqIkJAACKCQBYigkAQNYBAJjWAQCIbgIAWL8RAMgOAACgHwAA8MsBAEhLAACQtwAAWAAAALA5AwAAAAAASKsBAMgOAACwOQMAAAAAACiUAACAlAAAmOkCABgeAgCwOQMAAAAAANhBAgBIqwEAwBcPAKhLDwCYlg8AMDQOAPA4BgBIOQYAoDkGAPg5BgBQOgYAqDoGAAA7BgDw7wsASPALAKDwCwCoSw8AkLcAAFgAAACwOQMAAAAAAEirAQDIDgAAsDkDAAAAAADYZggAqM0BAADOAQCwOQMAAAAAABgZAAAYGQAAqJkAADhVBwBISwAASMgGANC1BwCYWAoA2CsCALhGCgAQRwoAaEcKAMBHCgAYSAoAcEgKAMAmCgBISwAASMgGAKDIBgD4yAYAAKMIACC6CQCocAoAAAAAAEhLAABISwAAWAAAAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAGC4EAHAuBAAIORIAOPEKAJDxCgDo8QoAEP8AAIC8BQBwEA4AyA4AAJiyAgBINA8AuEYKABBHCgDYVgYAMFcGAIhXBgDYKwIAIM8NAFijCABwMxEAyDMRANhBAgCYjAAAANkBAKAfAADYZggAoB8AAPgfAABQIAAAqCAAAAAhAABYIQAA8N4NALh0AgAolAAASKsBAACjCADYKwIAUAQNAKgEDQAABQ0AWAUNAPA4BgBIOQYAoDkGAPg5BgBQOgYAqDoGAAA7BgDw7wsASPALAKDwCwBA1gEAmNYBAIhuAgBYvxEAyA4AAKAfAADQmhAAAJoAAFDxAAB4HAMAqJkAAACaAABQ8QAA8LsKAEi8CgDIGQAAAAAAAAAAAAAAAAAAqC0DAAAuAwDYMwMASDkGAKA5BgD4OQYAUDoGAKg6BgAAOwYAWDsGABguBABwLgQAyC4EAKhYBwAAWQcAWFkHALBZBwAIWgcAYFoHAAAAAAAAAAAAqC0DAAAuAwDYMwMASDkGAKA5BgD4OQYAUDoGAKg6BgAAOwYAWDsGABguBABwLgQAyC4EAKhYBwAAWQcAWFkHALBZBwAIWgcAYFoHAGjeAAAwnQEAiJ0BAKiZAAAAmgAAUPEAAHgcAwAAAAAAAAAAAAAAAAAAAAAAAAAAABgZAAComQAASEsAAKBbAgDIVBEAIFURAHDRAQDI0QEAINIBAHjSAQDQ0gEAQCIRAJgiEQDwIhEASCMRAKAjEQD4IxEAUCQRAKgkEQBY6Q4AsOkOAAjqDgBg6g4AuOoOABDrDgBo6w4AwOsOABjsDgBw7A4AyOwOACDtDgB47Q4A0O0OACjuDgCA7g4A0LUHAMgOAADYKwIAQPoLANC7EAAovBAAgLwQAAAAAAAAAAAAAAAAAOjgAQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBAAAAAAAAAAAAAAAAAKhfAQAgBg4A0LUHAJhYCgDYKwIAuEYKABBHCgBoRwoAwEcKABhICgAAAAAAqJkAAACaAADYQQIAMJ0BAIidAQBgigIAoPQRAICUAADgNwIAyA4AAPh3AABAzgAAOCgAANhBAgCYjAAAQM4AANgrAgDw3g0A2EECAOA3AgDwYAsAGKkHAMAXDwCAYAoAGBkAAKiZAACoXwEAIAYOAAAAAAAYGQAA2CsCALhGCgAQRwoAgGAKACiUAADIDgAA+HcAAJh0CADIDgAAqM0BAAijAQDQtQcAmFgKAKiZAAC4RgoAyJkQACBIDgBQywkAKJQAAEhLAACYjAAAuHQCAAAAAADQtQcA2CsCALhGCgAQRwoA0K4CACivAgDIDgAA+HcAAJh0CAAYGQAAcBkAALA5AwDAwAoAGMEKAHDBCgDIwQoAIMIKAHjCCgDQwgoAKMMKAIDDCgDYwwoAMMQKAKiZAAA4VQcAkFUHAOhVBwBAVgcAmFYHAPBWBwBIVwcAoFcHAPhXBwBQWAcAMCwCAIgsAgDgLAIAOC0CAIjqAQDIPAMAuJoEABCbBABomwQAwJsEABicBABwnAQAyJwEACCdBAB4nQQA0J0EACieBACAngQA2J4EADCfBACInwQAMCwCAIgsAgDgLAIAOC0CAIjqAQDIPAMAuJoEABCbBABomwQAwJsEABicBABwnAQAyJwEACCdBAB4nQQA0J0EACieBACAngQA2J4EADCfBACInwQA2CsCAKhLDwBIyAYAoMgGAPjIBgAAowgA2CsCAHCvEACocAoASMgGAKDIBgD4yAYAAKMIANgrAgBwrxAAqHAKANgrAgDwOAYASDkGAKA5BgD4OQYAUDoGAKg6BgAAOwYAWDsGALA7BgAIPAYAYDwGALg8BgAQPQYAaGkRACAPAAAQ5AkAaOQJAMDkCQAY5QkASEsAAEjIBgCgyAYA+MgGAFDJBgCoyQYAAMoGAFjKBgAoKA4AgCgOANgoDgAwKQ4AiCkOAOApDgA4Kg4AIC8EABDWCgBo1goAwNYKABjXCgBw1woAyNcKACDYCgBIQgMAoEIDAJBqCwDoagsAQGsLAJhrCwDwawsASGwLADAsAgBQywkAqMsJAADMCQBwrxAAQNYBANgrAgAgzw0AeM8NAEDWAQCY1gEA0K4CAEhLAADYYgIAQNYBAFByAgAQPwkAwBcPAACaAABQ8QAAeBwDANC1BwDQtQcASKsBANgrAgCoSw8ASMgGAKDIBgD4yAYAAKMIANgrAgBwrxAAqHAKAEhLAADYKwIACFMCAIBgCgAwnQEAMMYCAMAXDwAIUwIAYFMCAKgPDQCIrwYASMgGAIidAQDgNwIA2CsCADAsAgAo2w0AQNYBANgrAgDw3g0AoKoQAPiqEABwrxAAKLYHAIC2BwDYtgcA2CsCAPA4BgBIOQYAoDkGAPg5BgBQOgYAqDoGAAA7BgBYOwYAGC4EAMjGDADYIA0AMCENAFAEDQCoBA0AAAUNAFgFDQCY0A4A8NAOAEjRDgCg0Q4A+NEOAFDSDgCo0g4AANMOAJBOAgDoTgIAuEYKABBHCgAAAAAAKJQAAKiZAADIDgAAmLICANgrAgCoSw8ASMgGAKDIBgD4yAYAAKMIANgrAgBwrxAAqHAKAEhLAADYKwIA8N4NADgoAABISwAA6OABAGCrDQDAFw8AAJoAAFDxAAB4HAMAqPgQAEjIBgCgyAYA+MgGAFDJBgCoyQYAAMoGAAgXCwBgFwsAuBcLABAYCwBoGAsAwBgLABgZCwBwGQsAyBkLACAaCwB4GgsAEP8AAGjeAADgTQIAqA8NAIivBgBAOQIAQNYBAJjWAQDYVgYAuHQCAOjgAQAYsg8AAAAAACiUAAAwnQEAQNYBAJjWAQDA8QEAAKMIANhBAgCQtwAA2CsCAPA4BgBIOQYAoDkGAPg5BgBQOgYAqDoGAAA7BgBYOwYAGC4EAGgSDQDYQQIASEsAAJiMAACoDw0AiJ0BANgrAgDA8QEAAKMIANhBAgCQtwAA2CsCAPA4BgBIOQYAoDkGAPg5BgBQOgYAqDoGAAA7BgBYOwYAGC4EAED6CwDIhg8AAGABAFhgAQBIFg4AoBYOAPgWDgBQFw4AqBcOAAhTAgCAYAoA4KUNABgZAADYKwIAqEsPAKDsBQCo6AMAMJ0BAIidAQDgNwIA2CsCAKhLDwCYlg8AMDQOAPA4BgBIOQYAoDkGAPg5BgBQOgYAqDoGAMgOAADYKwIA8DgGAEg5BgDI/QwAIP4MAHj+DADQ/gwAKP8MAID/DADY/wwAMAANAIgADQDgAA0A8N4NABiyDwAAAAAAKJQAADCdAQBA1gEAmNYBAPDWAQDYKwIAMCwCAEDWAQDYEwoA0CIBANgrAgCoSw8A8KYRAPhLAAAolAAAgJQAADDyAgCI8gIAAJoAAEirAQCo6AMAMJ0BAIidAQDgNwIA2CsCACDPDQBYowgAcDMRAMgzEQDYQQIAmIwAAADZAQCgHwAAmNAOABiyDwAAAAAAKJQAADCdAQBA1gEAmNYBAPDeDQCQEwcAuEYKABBHCgDIDgAAIA8AAKhwCgBA1gEAkLcAAKiZAAAwLAIAQNYBANgTCgDQIgEA2CsCAMjGDACIrwYAyA4AANgrAgDImgwAQFIBAMiZEADwtwQAiEEGAICZAgCo6AMA2CsCADAsAgCILAIA8IwAAEAsCgDYYgIAQNYBAKjoAwDYKwIAcK8QAEDWAQDYKwIA2GYIACAPAACocAoAQNYBAJC3AAAYGQAAqJkAAKhfAQCwOQMA4D8DAEjIBgCgyAYA+MgGAFDJBgCoyQYAAMoGAHjYCgDw3g0AGLIPAAAAAAAolAAAMJ0BAEDWAQDImRAAiJ0BAOA3AgDYKwIA8N4NAJATBwDwOAYASDkGAKA5BgD4OQYAUDoGAKg6BgAAOwYAWDsGABguBAComQAASEsAAJiMAACYdAgAAKMIAEDWAQDImRAAiJ0BADgoAAAo2w0A2CsCAED6CwCY+gsA8PoLAHhOAQA4KAAAKNsNAIDbDQDY2w0AMNwNAJiMAACoDw0ASFACAJiMAABY9A4AqKQLAAClCwCInQEAyBkAABgwBwBwMAcAsLsLAAi8CwBgvAsAuLwLABC9CwBovQsAoB8AAPgfAABQIAAAqCAAAAAhAABYIQAA0CIBAKDBAQDIWgQA2EECACD9EACAYAoAmIwAAIDmAgAwnQEAiJ0BAABMDwAgqQsAeKkLANCpCwAoqgsAgKoLANiqCwAwqwsAiKsLAOCrCwA4rAsAkKwLAOisCwBArQsAeM8NAFgkCgCwJAoACCUKACiUAAAAowgAuEYKABBHCgDYVgYAmHQIANgrAgAolAAAAKMIAAAAAADQtQcA2CsCAKhLDwBIyAYAoMgGAPjIBgBQyQYAqMkGAIBgCgBYAAAASFACABgZAAComQAASEsAAGjeAADQtQcAQNYBAPiHAgBIUAIA4DcCAPBgCwBIYQsAoGELAPhhCwBQYgsAqGILAJjWAQDIDgAAqM0BAKAfAADIDgAAsDkDAOA3AgDwYAsASGELAKBhCwD4YQsAUGILAKhiCwAAYwsAWGMLALBjCwAIZAsAYGQLADAsAgAo2w0AQNYBAHCvEABA1gEA2CsCANhmCACgHwAA+B8AAFAgAAAwnQEAkLcAAKiZAABQBA0AqAQNAAAFDQBYBQ0A+IcCAJhVCwBwGQAAaN4AAIBgCgBwEA4AyA4AAJiyAgDo4AEAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAMgwBwAgMQcAeDEHANAxBwAoMgcAgDIHAPDeDQCYdAgAAKMIAEDWAQCY1gEAyA4AAKjNAQDYKwIAMCwCACjbDQCA2w0A2NsNAMASDQAYEw0AcBMNAMgTDQCoSw8AkLcAAFgAAADYKwIA8DgGAEg5BgCgOQYA+DkGAFA6BgCoOgYAADsGAFg7BgAYLgQAcC4EAMguBAAgLwQAeC8EAJiMAACoDw0AqJkAAACaAABQ8QAAeBwDAPDLAQBIegoAoHoKAPh6CgBQewoAqHsKAAB8CgDQIgEAWAAAADjxCgBA1gEAQGUCAICZAgCo6AMA2CsCADAsAgCILAIA4CwCAGC2DQC4tg0AyMYMACDHDAB4xwwAUAQNAFByAgCocgIAAHMCALhGCgAQRwoAyA4AACAPAABIqwEAKJQAAEhLAABIyAYA0LUHAACjCADQmhAAGBkAAFByAgCocgIAAHMCAFAEDQCoBA0AQNYBANgrAgDYZggAoB8AAPgfAABQIAAAGBkAAFByAgCocgIAAHMCAMiaDABAUgEAmFIBAIDmAgAwnQEAAKMIANCaEACQtwAAePQIANgrAgBI1A0AcBAOAMgOAACYsgIA2CsCAMjGDADYIA0AMCENAPiHAgCYVQsAcBkAAGjeAADQtQcASOQPACiUAABYAAAA2CsCADAsAgCILAIA4CwCAGC2DQC4tg0AOC0CAAizAwDQtQcAoFsCAMhUEQB49AgAmIwAAKCqEAAYGQAAqJkAABipBwDIDgAAoFsCANhhEQAwYhEAQNYBAJjWAQDIDgAAIA8AAEirAQCA5gIAoKYKAACjCABYowgAmHQIAACjCABA1gEAmNYBAMgOAACozQEAoB8AAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQCwOQMASEIDAFByAgCocgIAAHMCAPCMCwBIjQsAoI0LAPiNCwBQjgsAqI4LAACPCwBYjwsAsI8LAAiQCwBgkAsAuJALABCRCwBokQsAwJELABiSCwBwkgsAyJILANgrAgBg4g0AIA8AABDkCQBo5AkAwOQJABjlCQC4ngoACN0LAGDdCwC43QsAYKsNAFDxAAB4HAMAQPoLAMgOAACYsgIA8LICANhBAgBIqwEAcL0EAMhaBAD4RQIA2CsCAPDeDQCQEwcAUAQNAKiZAABo3gAA2CsCAPA4BgBIOQYAoDkGAPg5BgBQOgYAqDoGAAA7BgBYOwYAGC4EALA5AwDwywEASHoKAKB6CgD4egoAUHsKAKh7CgAAfAoAWHwKALB8CgDogwoAAAAAAAAAAAAAAAAAIIsKAHiLCgDQiwoAKIwKAICMCgDYjAoAMI0KAIiNCgAAAAAAAAAAAOCNCgA4jgoAkI4KADjVAQCQ1QEA6NUBADAsAgAo2w0AgNsNANjbDQCwOQMA0JIEACiTBADYaRIAMGoSAIhqEgDgahIAmIwAANhBAgBIqwEAwBcPADAsAgBQywkAqMsJAADMCQBQBA0AqAQNAAAFDQBYBQ0AsAUNAAgGDQBgBg0AuAYNAKiZAAAYGQAAcBkAAKiZAAAYGQAAGBkAAHAZAAComQAAGBkAAEhLAACwOQMASEIDAKBCAwCQagsA6GoLAEBrCwCYawsA8GsLAEhsCwAwLAIAUMsJAKjLCQAAzAkAcK8QAEDWAQDYKwIAIM8NAHjPDQBA1gEAmNYBANCuAgBISwAA2GICAEDWAQCo6AMA2CsCABAfEACwOQMAAAAAANgrAgAIlBEAMEICADgoAAA4KAAAkCgAAACaAADImRAAiJ0BAOA3AgDYKwIAqEsPAEjIBgCgyAYA+MgGAACjCADYKwIAcK8QAKhwCgBISwAA2CsCAPDeDQA4KAAASEsAAOjgAQBgqw0A8DIIAJj0AgDw9AIAsDkDAPDeDQB4zA4AaD8JAMA/CQAIlBEAwEUHABhGBwBwRgcAyEYHACBHBwDYdAcA8DgGAEg5BgCgOQYA+DkGAFA6BgCoOgYAADsGAFg7BgAYLgQAcC4EADgzCwCQMwsA8N4NAEjfDQCg3w0A+N8NAODDDgBo3gAAAD4FAPDeDQBI3w0A2JkCADCaAgCImgIA4JoCADibAgCQmwIA2CsCAKCXDwAAAAAA2CsCAAAMEgCQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBABguBABwLgQAqD0FANAiAQDI/QEAyA4AAJiyAgDYKwIACJQRACD9EABwrxAAOCgAANgrAgCoSw8AIGwCAHhsAgDQbAIAQKkQAMiGDwCQLQIA6C0CAEAuAgCYLgIAyA4AANgrAgDImgwAIJsMAICZAgBAZQIA6D8HANCnCABISwAA6OABAGCrDQDYKwIAAAAAANgrAgCoSw8AmJYPADA0DgAIlBEAIP0QALhGCgAQRwoAyA4AACAPAACocAoAQNYBAJC3AAComQAAkE4CAOhOAgAIhwMAgA8PANC1BwBIqwEA2CsCAOA3AgAwnQEAgOYCAKCmCgDAFw8AGBgPAKCqEAD4qhAA4DcCADCdAQCA5gIAoKYKADghBgAwIQIASHwCAKB8AgDYKwIA4DcCADCdAQCA5gIAoKYKANAiAQAQzwUAaM8FAMDPBQAY0AUAqD0FANAiAQDI/QEAyA4AAJiyAgDYKwIACJQRACD9EABwrxAAOCgAANgrAgCoSw8AIGwCAHhsAgDQbAIA0CIBABDPBQBozwUAwM8FABjQBQBw0AUAkE4CAOhOAgAIhwMAgA8PANC1BwBIqwEA2CsCAOA3AgAwnQEAgOYCAKCmCgA4IQYAMCECAEh8AgCgfAIA2CsCAOA3AgAwnQEAgOYCAKCmCgDQIgEAEM8FAGjPBQDAzwUAGNAFAHDQBQCQTgIA6E4CAAiHAwCADw8A0LUHAEirAQDYKwIA4DcCADCdAQCA5gIAoKYKAMAXDwAYGA8AoKoQAPiqEADgNwIAMJ0BAIDmAgCgpgoAOCEGADAhAgBIfAIAoHwCANgrAgDgNwIAMJ0BAIDmAgCgpgoAAKMIAKD0EQBIqwEAwBcPABgZAABwGQAAeE4BADgoAAAo2w0AgNsNANjbDQAw3A0AiPICAACaAABQ8QAAeBwDAEhCAwCgQgMAkGoLANAiAQAoIwEA0FkMAChaDACAWgwA2FoMAFAEDQBQcgIAqHICAABzAgAAowgA0CIBACgjAQDQWQwAKFoMAIBaDADYWgwAUAQNAFByAgCocgIAAHMCAACjCADQIgEAKCMBANBZDAAoWgwAgFoMANhaDADImgwAIJsMAHibDADQmwwAKJwMAICcDADYnAwASKsBAKCrAQBYFQQAsBUEANgrAgAolAAAQNYBAEirAQC4RgoAEEcKAMgOAAAgDwAASKsBAIDmAgCgpgoAyMYMAPC3BABIuAQAoLgEAPi4BABQuQQA2CsCAED6CwCY+gsASEsAAKDsBQCo6AMA2CsCADAsAgAo2w0AQNYBANgrAgDImgwAIJsMAHibDADQmwwAKJwMAICcDADYnAwAkE4CAOhOAgAIhwMAYIcDALiHAwAQiAMAMCwCACjbDQCA2w0A2NsNADDcDQDIxgwAiK8GAOCvBgDIxgwAIMcMAHjHDADQxwwAkBMHAMiaDAAgmwwAeJsMANCbDAAonAwAgJwMANicDACgWwIAwPEBAMgOAAAgDwAA0CIBAIhBBgC4dAIAkLcAAHj0CAAwnQEAiJ0BAOA3AgDYKwIAyJoMACCbDAB4mwwA0JsMACicDACAnAwA2JwMADAsAgAo2w0AQNYBANgrAgCAGAEAgHUOAAg5EgBgORIAUAQNAKgEDQAABQ0AWAUNAMiaDABAUgEAmNYBAIhuAgBQywkAcBUQAKiZAAAAowgA2CsCAAhTAgAwnQEAiK8GAKBLAADYKwIAAAAAANgrAgBwrxAAQNYBANgrAgCY+Q8AAAAAANgrAgBwrxAAQNYBANgrAgCY+Q8A8PkPAJjQDgCQEwcAIM8NACjHEAAomxAAYKEJAOCyEAA4sxAA0JoQABgZAACQtwAAWAAAALAAAACYnwwA8J8MAEigDACgoAwA+KAMANAiAQCIQQYAoKoQADAhAgCYjAAAED8JAGg/CQDwjAAA+IcCAPhtBwBY9A4A8GALAEjUDQCg1A0A+NQNAFDVDQBQBA0AqAQNAAAFDQBYBQ0ACJQRACD9EAComQAAGBkAANgrAgAwLAIAKNsNAIDbDQDY2w0AMNwNAMjGDAAgxwwAaBkSAMAZEgAYGhIAcBoSAMgaEgDAFw8AAKMIAKBbAgDYKwIAqEsPAKDsBQCo6AMA2CsCAKhLDwCYlg8AMDQOAMjGDAAgxwwAaBkSAMAZEgAYGhIAcBoSAMgaEgDIxgwAiK8GALA5AwBIQgMACDkSAGA5EgC4ORIAyMYMACDHDABoGRIAwBkSABgaEgBwGhIAyBoSAMiaDABIqwEAwBcPABgYDwAA2QEAoB8AALhGCgB4vAwA0LwMANgrAgCgCQAA8EQNAAg5EgBgORIAuDkSAMjGDAAgxwwAaBkSAMAZEgAYGhIAcBoSAMgaEgAolAAAgJQAAEhLAABIyAYAoMgGAPjIBgComQAAAJoAAFDxAAB4HAMASKsBAKCrAQBYFQQAsBUEANgrAgDYZggAuA4OAJC3AAB49AgA2CsCADAsAgBQywkAqMsJAADMCQAQHxAAaB8QAOA3AgDwYAsA0CIBANgrAgAwnQEAiJ0BANgrAgDw3g0AoKoQAKjoAwDYKwIAcK8QADgoAADYKwIAqEsPAPCmEQD4SwAAUEwAACAPAACocAoAQNYBAJC3AAComQAASKsBAKCrAQCYEAwA8BAMAEgRDABI9QIAqOgDANgrAgDIxgwAIMcMAGgZEgDAGRIAGBoSAHAaEgDIGhIAwBcPAACjCADYKwIA4DcCAPBgCwDQIgEAqEsPAPCmEQD4SwAA4DcCAPBgCwDQIgEAyA4AANgrAgDw3g0AgOYCANjmAgCoDw0AABANAJiMAADYQQIASKsBACDPDQBA1gEAyJkQAIDmAgCgpgoA+KYKANgrAgAwLAIAKNsNAIDbDQDY2w0AMNwNADAsAgAo2w0AQNYBANgrAgDA8QEAAKMIANhBAgCQtwAA4DcCAPBgCwBIYQsA2CsCACDPDQBA1gEAyJkQAIDmAgCgpgoA+KYKANgrAgDIxgwAIMcMAGgZEgDAGRIAGBoSAKCqEACQtwAAqJkAADAsAgAo2w0AQNYBANgrAgDA8QEAAKMIANhBAgCQtwAAMCgHAIgoBwBIqwEASDQPAMDxAQAAowgA2EECAJC3AAD4rQ8AcBkAAHhOAQA4KAAAKNsNAIDbDQDY2w0AMNwNAIjyAgCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEA8DIIAOi3AADQowIAKKQCAICkAgAAowgA0JoQADgoAAA4KAAAKNsNAIDbDQDY2w0AMNwNAIjyAgAAmgAAUPEAAHgcAwBI3w0ASEsAAEjIBgAgSA4AgOkBAPCMAABALAoAKJQAAEDWAQCoSw8AmJYPADA0DgAwLAIAUMsJANCzDwBgigIAQDMEAJgzBADwMwQASDQEAKA0BAD4NAQAUDUEAKg1BAAIlBEAIP0QALhGCgAQRwoAyA4AACAPAABIqwEAgOYCAKCmCgAAowgAsDkDABgZAABwGQAAeE4BAEBEAgD48AsAUPELAKjxCwAA8gsAMCwCAFi/EQCAlAAAmL0NAEhLAABIyAYA0LUHAJhYCgBwrxAAKLYHAIC2BwDYtgcACLMDAIidAQDgNwIA2CsCALhGCgAQRwoAAAAAACiUAAAwnQEAQNYBAJjWAQDw1gEA2CsCADCdAQAwxgIAwBcPAACjCADYKwIAqEsPAJiWDwAwNA4AcK8QACi2BwCAtgcA2LYHANgrAgDYZggAGG0QAKDsBQCY1gEA2FYGAOg/BwCwOQMASEIDAKBCAwCQagsA6GoLAEBrCwCYawsA8GsLAEhsCwAwLAIAUMsJAKjLCQAAzAkAcK8QAEDWAQDYKwIAIM8NAHjPDQBA1gEAmNYBANCuAgBISwAA2GICAEDWAQBISwAA6OABABgZAADIDgAACKMBANC1BwCYWAoAyFoEACBbBAC4RgoAEEcKAAAAAAAolAAAMJ0BAEDWAQCY1gEA2CsCAED6CwDIhg8AcB4NAMgeDQAgHw0AeB8NANAfDQAoIA0AgCANACDPDQBA1gEAyJkQAIDmAgCgpgoA2CsCAEA5AgCYOQIAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAGC4EAHAuBACwOQMAMCwCACjbDQBA1gEA2CsCAMiaDAAAowgAILoJANgrAgDIxgwA2CANADAhDQBQBA0AqAQNAAAFDQBYBQ0ASKsBAKCrAQBYFQQAsBUEANCaEAC4RgoAEEcKAAAAAAAolAAAMJ0BAEDWAQCY1gEA8NYBANgrAgDQIgEAKCMBANBZDAAoWgwAgFoMANhaDADImgwAQFIBAJhSAQCA5gIAMJ0BAACjCADQmhAAyA4AANgrAgDImgwAIJsMAHibDADQmwwAKJwMAICcDADYnAwA4DcCADg4AgDYKwIAMCwCAFDLCQCoywkAAMwJAMgOAADYKwIAyMYMACDHDAB4xwwAOCgAAIDpAQDY6QEAsPoMAAj7DACgCQAAGBkAADAhAgAI1wIAOCgAAIDpAQDY6QEAMOoBAEhLAADo4AEAQOEBAJjhAQDALQ8AoAkAAEDWAQB4vAwA0LwMACi9DACAvQwA2L0MADC+DACIvgwA4L4MADi/DACQvwwASEsAAOjgAQBA4QEAmOEBAMAtDwDwCg4AMJ0BAIivBgDo4AEAQOEBAKAJAABwaw0A+HwNAFB9DQBAMwQAgJQAAEhLAACgCQAAqJkAAACaAABQ8QAAeBwDAEhQAgDQtQcAqHAKAEhLAADIDgAACKMBAACjCADQmhAAcGsNANC1BwA4KAAASFACAKiZAACoXwEAmIwAAOg/BwBYAAAASKsBAMAXDwDIDgAASFACAJC3AACYlAEAQDMEAICUAABISwAAoAkAAAAAAABISwAA6OABAEDhAQCY4QEAwC0PAPAKDgAwnQEAiK8GAAAAAADYKwIAMCwCAIgsAgDgLAIAYLYNALi2DQDIDgAA8AoOALiBEAAQghAAaIIQAMCCEAAYgxAASFACAEirAQBwvQQAiJ0BAKiZAACgCQAAWPILAMgOAABYAAAAYKEJADhVBwA4KAAAgOkBANjpAQAw6gEAEB8QAEhQAgComQAAAJoAAFDxAAB4HAMAaN4AAOBNAgBIEw8ACLMDAIidAQDgNwIAsDkDABgZAABwGQAAeE4BABi4AgCQnRAAYLMOAACjCADQmhAAKJsQAICbEADYmxAAMJwQAIicEADgnBAAOJ0QALA5AwDIDgAAmLICAKDsBQD47AUAkLcAAEhLAACwOQMAQNYBAJjWAQDQrgIAkFUHAAh8AwBgfAMAuHwDABB9AwDYQQIASKsBAMAXDwBwaw0AyGsNACBsDQB4bA0A0GwNAJC3AACYlAEAQNYBAJjWAQBwaw0AyGsNACBsDQB4bA0A0GwNAChtDQCAbQ0A2G0NADBuDQCIbg0A4G4NADhvDQBQ+QEAqPkBACgoAwCAKAMAwBcPAHBrDQDIaw0AIGwNAHhsDQDQbA0AKG0NAIBtDQDYbQ0AMG4NAIhuDQDgbg0AOG8NAADNEACwAAAAgJkCAFhoDQCgHwAAYLMOACiUAADIDgAAoB8AAPgfAABYmgAAqJkAAACaAABQ8QAAeBwDAGjeAADgTQIASBMPAAizAwCInQEA4DcCALA5AwAAsAAAWLAAALCwAAAYuAIAkJ0QAGCzDgAAowgA0JoQACibEACAmxAA2JsQADCcEACInBAA4JwQADidEACwOQMAyA4AAJiyAgDo4AEAIKkLANCnCACoXwEAIAYOALA5AwDgNwIA0CIBANCnCAAYGQAASEsAAJiMAAC4dAIASMgGANC1BwCYWAoA2CsCADAsAgCILAIAQM4AAEirAQDIDgAAoB8AACCYDQCopAsA2EECAMBFBwC4dAIAmIwAABA/CQDYKwIAQPoLANC7EAAovBAAgLwQABA/CQCwOQMA+IcCAICkDQDYpA0AMKUNAIilDQAwnQEAMMYCAIjGAgDgxgIAqJkAAJiMAACYDBEA2CsCAHCvEACocAoASEsAANgrAgBwrxAAOCgAANgrAgDQIgEA0KcIACioCAAoIwEAQNYBAACaAADQIgEAoMEBAPjBAQBQcgIAOFoJAOjgAQAAowgA2CsCAAiUEQBglBEAuJQRAPDeDQCgqhAAcBkAAHhOAQCgSwAA+EsAABD2AwDYKwIAyJoMAEBSAQCYUgEACAMOAGADDgC4Aw4A4DcCADg4AgBwrxAASOQPAGC2DQC4tg0AsPoMAAj7DAAwLAIAiCwCAFifDQCwnw0ACKANAGCgDQC4oA0AEKENAGihDQDAoQ0AyJoMACCbDACAmQIAWGgNAKAfAABA+gsA0LsQACi8EACAvBAAkLcAAJj0AgBozBEA4DcCAIBgCgDYYAoAyMYMACDHDAB4xwwAiNQMAODUDABIpxEAmNYBANhWBgCYdAgA2CsCAAAAAAAYww0A2CsCAIBgCgCYjAAAoKoQAACjCABIqwEAwBcPAACjCABA+gsAyIYPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAKBbAgCwOQMAQI4DAJiOAwDwjgMA+NEDAFDSAwCo0gMAANMDAFjTAwDw3g0AuHQCAPDeDQC4dAIAAAAAABjODQDYKwIAAKMIAAAkCgAYnw4AcJ8OAMifDgAgoA4AsDkDAAiUEQBglBEASEsAAOjgAQDIPAMAePQIAJiMAACAmQIAgGAKAJiMAAAA2QEA2CsCADAsAgCILAIA4CwCADgtAgDQuxAAKLwQAIC8EAAYGQAASEsAAJiMAAAYHgIA2CsCAED6CwDQuxAAKLwQAIC8EADQtQcAqHAKAICUAAAw8gIAIM8NACjHEABISwAA6OABADhVBwBISwAA6OABAJiMAACAmQIAmNYBACDPDQAoxxAASEsAAOjgAQA4VQcASEsAAOjgAQDIDgAACKMBAGCjAQC4owEAEKQBABiiDQBwog0A2CsCAAiUEQBglBEAuJQRABCVEQAIowEAYKMBALijAQAQpAEAWAAAAEBSAQCYUgEA0CIBAKDBAQDIWgQAoB8AAPgfAACY1gEAwPEBAEh7BgA4VQcASEsAAEjIBgDQtQcA0CIBAIhBBgCoDw0AiJ0BAEBlAgDwjAAAqJkAANhBAgCYjAAA8IwAAPiHAgDYKwIA0CIBACgjAQDIDgAAmLICANgrAgC4RgoAEEcKANCuAgAYPA4AGBkAAEhLAADYKwIA8DgGAJj0AgDw9AIASPUCAKD1AgBIqwEAmIwAAADZAQCYsgIAqD0FAMiaDABAUgEAmFIBAAgDDgBgAw4AuAMOABAEDgDYKwIA8DgGAEg5BgDocRAAQHIQAJhyEADwchAASHMQAKBzEADYKwIACFMCADCdAQCIrwYAoEsAANgrAgBA+gsAyIYPACCHDwB4hw8A4K8GAPA4BgBIOQYA8JQBAPAyCAComQAAyA4AAKjNAQCgWwIA6E0RAEBOEQAgBg4AeAYOADCdAQCIrwYA6OABAACjCADYKwIACFMCADCdAQCIrwYAoEsAANgrAgDwOAYASDkGAPCUAQBIlQEAKJQAANhBAgBISwAA6OABAEDhAQCY4QEAwC0PADgoAACA6QEA2OkBADDqAQDwCg4ASAsOAKALDgD4Cw4AUAwOANC1BwDQtQcASOQPAKhLDwBIyAYAoMgGAPjIBgAAowgA2CsCAHCvEACocAoASEsAANgrAgDIxgwAIMcMAHCvEAA4KAAAqJkAAACjCADQmhAAAKMIANgrAgCoSw8ASMgGAKDIBgD4yAYAUMkGAKjJBgAAygYAeNgKAJgVDgDwFQ4AqEsPAEjIBgCgyAYA+MgGAACjCADYKwIAcK8QAKhwCgBISwAA2CsCAMjGDAAgxwwA4D8DAChzCwBYTA8AcBsOAMgbDgAgHA4AeBwOANAcDgAoHQ4AgB0OANgdDgAwHg4AiB4OAJAqDgDoKg4AQCsOAJgrDgDgPwMASMgGAKDIBgD4yAYAUMkGAKjJBgAAygYAeNgKAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQDw3g0AOCgAAEhLAADo4AEAYKsNAKhLDwCYlg8AMDQOAAiUEQAg/RAA8N4NAKCqEAD4qhAAyMYMACDHDABoGRIAwBkSABgaEgCgqhAAkLcAAKiZAABwrxAAOCgAANgrAgBA+gsA0LsQACi8EACAvBAA2CsCAFAEDQCoBA0AAAUNAFgFDQCYRAIAyIYPACCHDwDIWgQAQPoLAMiGDwAghw8AyFoEAFAEDQCoBA0AyBkAAED6CwDQuxAAKLwQAIC8EADQuxAAKLwQAIC8EAComQAAMJ0BAIDmAgCgpgoA2CsCACiUAACAlAAAYAYCALgGAgAQBwIAaAcCAMAHAgAYCAIAcAgCAMgIAgAQOw4AaDsOAMA7DgDYKwIAKJQAAICUAABo3gAA4E0CADhOAgDo4AEAAKMIANgrAgBA+gsAyIYPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBADgoAACQKAAAAJoAAFDxAAB4HAMA4DcCADg4AgAAowgA2CsCAFAEDQCoBA0AAAUNAFgFDQCYRAIAyIYPAJAtAgDoLQIAQC4CAJguAgDYKwIA2GYIALgODgCQtwAAkLcAAKiZAADIDgAACFMCAGBTAgDYThAAME8QAFAEDQCoBA0AAAUNAFgFDQCYRAIAyIYPAJAtAgDoLQIAQC4CAJguAgDwLgIAyIYPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAAizAwAIXg0AGBkAAAizAwBgswMAqEsPAJiWDwAwNA4A8DgGAEg5BgCgOQYA+DkGAFA6BgCoOgYAIM8NAHjPDQBYJAoAcK8QACi2BwCAtgcAyJoMADCdAQCInQEA2GYIABhtEABwbRAAgJkCALhGCgAQRwoA2FYGADBXBgC4Dg4AkLcAAJC3AAComQAAqJkAAAiUEQAg/RAA8N4NANhBAgBIqwEA2FYGAJh0CADYKwIAyJoMAEBSAQCYUgEASLgPAKC4DwD4uA8AULkPAKi5DwBwrxAAOCgAANgrAgAolAAAgJQAADDyAgCI8gIA4PICADjzAgCQ8wIA6PMCAFAEDQAwIQIASHwCAEjIBgComQAAyA4AANgrAgBwrxAAOCgAANgrAgAolAAAgJQAADDyAgCI8gIA4PICADjzAgCQ8wIA6PMCAFAEDQAwIQIASHwCABgZAABwGQAAuBUIAKiZAABISwAAIGwCAHhsAgDQbAIAgBgBAMDSBABwrxAA2EECAMDxAQBIewYAOFUHAEhLAADYKwIASNQNAKDUDQD41A0AUNUNAFAEDQCoBA0AyBkAAPDeDQC4dAIAEHUCAGh1AgDAdQIAGHYCAHB2AgDIdgIA0CIBANCnCABISwAAoEsAAHAQDgAAowgA2CsCAMAXDwAAowgA2CsCAFAHDADQtQcAKLYHAEhLAABIyAYA0LUHAJhYCgCwOQMAKJQAAICUAABo3gAAwN4AAEBlAgCYDBEAEP8AAAgcAgBQBwwAqAcMAHCvEACYWAoA2CsCAPDeDQCQEwcAUAcMABgZAABwGQAAuBUIAKiZAABQBwwAqAcMAIDmAgDY5gIAMOcCAIjnAgDIxgwAIMcMAOCdAQDQtQcASOQPAFCIAgAIUwIAMJ0BAIivBgCgSwAAoOwFAHi8DABISwAAoEsAAKjoAwCQTgIA6E4CAEBPAgCYTwIA8E8CADAsAgCILAIAED8JAMgOAABQBA0ACLMDAPDeDQDIpBAAIKUQAHilEADQpRAAKKYQAIidAQDgNwIAQPoLANC7EAAovBAASFACAJiMAAAA2QEAWNkBALDZAQAI2gEAYNoBALjaAQAgSA4AOCgAAJAoAAAAmgAAmNYBABgZAACQtwAAqJkAABAfEABgqhEA8N4NABiyDwBALAoAKJQAAJiMAAAQPwkAkE4CAOhOAgAgrREAeK0RAAi1EQBgtREAuLURABC2EQBothEAwLYRABi3EQCoPQUAyMYMANggDQAwIQ0AUAQNAKgEDQAABQ0AWAUNAFAHDABISwAAoOwFAHi8DAComQAAUAcMADgoAACA6QEAED8JAMgOAACgHwAAUAcMAEgsDgCg7AUAeLwMAEhLAACgSwAAqOgDALAFDQCILAIAED8JAMgOAADYHQMAsDkDALA5AwC4RgoAEEcKAAAAAAAolAAAMJ0BAEDWAQCY1gEA8NYBANgrAgCoSw8AAEwPAFhMDwDwOAYASDkGAAh8AwBgfAMAuHwDABB9AwBofQMAwH0DAHCvEAA4KAAAcNkNAMjZDQAg2g0AeNoNANDaDQBozQ0AwM0NAHCvEABA1gEA2CsCAFAEDQComQAAmIwAAICZAgBA+gsAmPoLAACjCADYKwIAcK8QADgoAADYKwIAyMYMACDHDAAIORIAqKQAACC6CQComQAAyA4AANgrAgBQBA0AqAQNAAAFDQBYBQ0AmEQCAMiGDwAghw8AyFoEACDPDQDgww4AOMQOAJDEDgDoxA4AQMUOAJjFDgDwxQ4ASMYOAKDGDgD4xg4AUMcOAKjHDgAQPwkAQNYBAJjWAQDYVgYAmHQIAKjoAwDYKwIAQPoLAMiGDwAghw8AyFoEAJiyAgDw3g0AgOYCANjmAgCoDw0AABANAJiMAADYQQIASKsBAPhbAgB4vAwA0LwMACi9DACAvQwA2L0MADC+DACIvgwAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAOA/AwBIyAYAoMgGAPjIBgAAowgA2CsCAHCvEACocAoASEsAANgrAgAIUwIAYFMCAKgPDQCIrwYASMgGAIidAQDgNwIA2CsCADAsAgAo2w0AQNYBANgrAgBwrxAAKLYHAIC2BwAYCQkAcAkJAMgJCQAgCgkAeAoJAACaAABQ8QAAeBwDANjuDgAw7w4AiO8OAODvDgA48A4AkPAOAOjwDgBA8Q4AmPEOAPDxDgBI8g4AoPIOAPjyDgBQ8w4AqPMOAAD0DgDIPAMAuJoEABCbBABomwQAwJsEABicBABwnAQAyJwEACCdBAB4nQQA0J0EACieBACAngQA2J4EADCfBACInwQAyDwDALiaBAAQmwQAaJsEAMCbBAAYnAQAcJwEAMicBAAgnQQAeJ0EANCdBAAongQAgJ4EANieBAAwnwQAiJ8EAOA3AgDgNwIAQNYBAJjWAQDgNwIAqKQLALh0AgDo4AEAqJkAAACaAABQ8QAAeBwDABgZAAAIswMAiJ0BAOA3AgDYKwIA2GYIAKAfAAAYqQcAwBcPADhVBwBISwAA6OABAACjCADYKwIAqEsPAABMDwBYTA8AgEMQANhmCAAYbRAAcG0QAICZAgBISwAAWAAAAIh/CwDgfwsASEsAAAAAAAA4KAAAgOkBANjpAQAALgMAuEYKABBHCgDYVgYAANkBACAPAACYWAoAsDkDALhQAwAQUQMAaFEDAMBRAwAYUgMAcFIDAMhSAwAgUwMAeFMDAKhwCgBISwAAWAAAAKikAABISwAA2CsCADAsAgBA1gEA2BMKANAiAQDYKwIA2GYIADiVDwCQlQ8AMJ0BAPA4BgDotwAAwBcPABgYDwDQtQcAQNYBAPiHAgAATA8AWEwPAPBqDwBIaw8AuIEQABCCEABoghAAwIIQAICZAgComQAAAKMIANgrAgCoSw8AAEwPAFhMDwDwag8ASGsPALiBEAAQghAAaIIQAMCCEAComQAAmIwAAFCIAgAAowgA2CsCAKhLDwAATA8AWEwPAPBqDwBIaw8AuIEQABCCEABoghAAwIIQADAsAgCILAIA4CwCADgtAgBgeQ8AuHkPABB6DwA4EQ8AkBEPAOgRDwBAEg8AmBIPAPASDwBIqwEAwBcPABgYDwDYKwIAqEsPAABMDwBYTA8A8GoPAEhrDwC4gRAAEIIQAGiCEADAghAAoKsBAGjeAADYKwIAqEsPAABMDwBYTA8A8GoPAEhrDwC4gRAAEIIQAGiCEADAghAAUIgCAACjCADYKwIAqEsPAABMDwBYTA8A8GoPAEhrDwC4gRAAEIIQAGiCEADAghAAyA4AANgrAgAwLAIAiCwCAOAsAgA4LQIAuEYKABBHCgDIDgAA8AoOAEirAQBISwAA2CsCANhmCAC4Dg4AuIEQABCCEABoghAAwIIQAAAAAABINA8A2CsCADAsAgCILAIA4CwCAMiXDQBA+gsA0LsQACi8EACAvBAAmFgKAKiZAADYZggAoB8AABBDDwBoQw8AwEMPANgrAgBwrxAAqEsPAABMDwDgRw8AOEgPAJBIDwDoSA8AQEkPAJhJDwDYKwIAcK8QAEirAQBIqwEAwBcPADhVBwBISwAASMgGAIidAQAIAQAA4IYQAMgOAADYKwIA+AUQAKA0DwBISwAAKJQAAFgAAACQtwAA6LcAANCjAgAopAIAgKQCANAiAQAoIwEA0FkMAChaDACAWgwA2FoMAJiMAACAmQIAAKMIACC6CQBo3gAAGBkAAJC3AADotwAA0KMCACikAgCApAIASEsAAOjgAQBA4QEAAE8OAFhPDgCwTw4ACFAOAGBQDgC4UA4AoB8AAMgOAAAAAAAAAAAAAMB6DwAYew8AcHsPAMh7DwAQ/wAAYOINAKg9BQCIpxAA4KcQADioEAA4LQIAAAAAAPA4BgBIOQYAoDkGAFBWDwCoVg8AAFcPAMgOAAAgDwAASKsBAMAXDwCgWwIASKsBAKCrAQAARhEAiJ0BADgoAABo3gAA4E0CAEgTDwDoTREAAJoAAFDxAAB4HAMAAKMIANCaEADYQQIAMEICAMhgAgCg7AUAaO4NAMDuDQCA5gIA2OYCADDnAgBwvQQAAKMIAFijCABwMxEASMgGANC1BwCYWAoA2CsCAAhTAgBgUwIASBMPAAizAwCInQEA4DcCACDPDQAoxxAAKJsQAICbEADYmxAAMJwQAIicEADgnBAASMgGANC1BwCYWAoA2CsCAAhTAgBgUwIASBMPAAizAwCInQEA4DcCANhmCAC4Dg4AMJ0BAIivBgDo4AEAQOEBALA5AwCoSw8AAEwPAFhMDwDwag8ASGsPAKBrDwD4aw8AUGwPADAsAgCILAIA4CwCADgtAgBgeQ8AyEEFACBCBQAgbwwAeLwMALiDCAAgugkAqHAKAEhLAADYKwIAAAAAANCaEAAAmgAAUPEAAKjxAAAAAAAAAAAAANhmCAC4Dg4AMJ0BAIivBgDo4AEAQOEBAHBBBQCIEA8A4BAPAIBDEAAwLAIAUMsJAKjLCQAAzAkAAAAAACB8DwDwywEAOCgAAIDpAQDY6QEAqC0DALA5AwBA+gsAyIYPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQCovw0AAMANALhGCgAQRwoAwPEBAEh7BgA4VQcASEsAAEjIBgDQtQcAmFgKANgrAgDIxgwAIMcMAKhfAQAgBg4AeAYOANAGDgAoBw4AgAcOANgHDgAwCA4AiAgOAOAIDgA4CQ4A8N4NAJATBwBQBA0AqAQNALgVCAAQHxAAyIwCACCNAgB4jQIA0I0CANgrAgBA+gsAyIYPACCHDwB4hw8A4K8GAPA4BgBIOQYA8JQBAEiVAQAo8xAA0CIBAIhBBgCoDw0AiJ0BAAizAwCInQEA4DcCANgrAgDIxgwAIMcMAPCsDwBIrQ8AkIcQAOiHEADYYgIAoK0PAKg9BQAAAAAA2CsCACiUAACAlAAAIMQNAHjEDQDQxA0AKMUNAIDFDQDYxQ0AMMYNAIjGDQDQuxAAKLwQAIC8EAAIlBEAIP0QAEhLAABo3gAAqJkAAKiZAAAYGQAA2CsCAKhLDwAATA8AWEwPAFgAAACwAAAACAEAAKg9BQDwrA8ASK0PAKg9BQBISwAA2GICAKCtDwCoPQUAAAAAANgrAgCoSw8A8KYRADCdAQDIWgQAIFsEAHhbBAAATA8AWEwPAHAbDgDIGw4AIBwOAHgcDgDQHA4AKB0OAIAdDgDYHQ4AMB4OAIgeDgCQKg4A6CoOAEArDgCYKw4A8CsOAPiHAgCApA0AAKMIABgZAABQcgIAmAwRAHCGBAD4RQIAUEYCABD/AAAIHAIAYHsHAJj0AgDw9AIASPUCAPCMAABA1gEA2BMKAMgOAACozQEAiJ0BAAizAwDIWgQA+EUCAOClDQAAowgA2CsCAMjGDAAgxwwASEsAAOjgAQBA4QEAmOEBACi2BwCAtgcAGAkJAEhLAAAgbAIAcK8QAJhYCgDYKwIA2GYIAKAfAAAQQw8AaEMPAMBDDwBIUAIAmIwAABA/CQBoPwkAwD8JAPA4BgCY9AIA8PQCAEj1AgDYQQIAmIwAAPCMAABIqwEAmIwAAPiHAgCISg4A4EoOADhLDgCQSw4A6EsOAEBMDgC4RgoAeLwMAMjLAwAgzAMAiNMQAODTEAA41BAAkNQQAOjUEABA1RAAAAAAAAAAAAAAAAAAAKMIAEhLAADYKwIA8DgGAOi3AADQowIAKKQCAICkAgBINA8AoAkAAGBTDQC4Uw0AEFQNAGhUDQCgCQAA2EECACD9EAA4KAAAKNsNAEDWAQCY1gEA8N4NAHjMDgBoPwkAoAkAAPgJAABI1A0AcBAOAMgQDgCYjAAAOCgAAEhLAADo4AEAYKsNANgrAgDw3g0AeMwOAGg/CQCgCQAA+AkAAEjUDQBwEA4AyBAOAED6CwCYjAAA8IwAAHj0CACgCQAA+AkAAEjUDQBwEA4AyBAOAED6CwCYjAAA8IwAAHj0CACgCQAA+AkAAEjUDQBwEA4AyBAOAHC9BACInQEACKMBAIidAQBgoQkA4LIQADizEACQsxAA6LMQAAAAAAAwLAIAiCwCAOAsAgBo3Q8AwN0PANgrAgCoSw8AAEwPAFhMDwCAQxAA+IcCAAAAAADYKwIAqEsPAABMDwBYTA8AgEMQANhmCAC4Dg4AMJ0BAIivBgDo4AEAQOEBAMiaDAAgmwwAAEEPADAsAgCILAIA4CwCAPA4BgCY9AIAqBcDAJC3AAComQAAGKkHAEirAQDAFw8AAKMIADiVDwCQlQ8A6JUPAECWDwCYlg8A8JYPACDPDQCg9BEA+PQRAEBlAgC4dAIASMgGANC1BwCYWAoASFACANAiAQDIDgAAqEsPAABMDwBYTA8AgEMQAMiaDAAgmwwAAEEPADAsAgCILAIA4CwCANhmCAC4Dg4AMJ0BAIivBgDo4AEAQOEBAKBbAgCgWwIAQPkPANgrAgAwLAIAiCwCAOAsAgA4LQIA0LsQACi8EACAvBAAMCwCAEDWAQDYEwoA0CIBAHCvEABI5A8AyMYMAOA3AgAYGQAAcBkAAEDWAQCY1gEA8NYBANgrAgAolAAAgJQAAJi9DQDwvQ0ASL4NAKC+DQD4vg0AUL8NAOB+DwAA/A8AWPwPALD8DwBINA8ASAMCABBDDwBoQw8AwEMPANgrAgBI1A0AcBAOAMgQDgDgRw8AOEgPAJBIDwDoSA8AQEkPAJhJDwDYKwIASNQNAHAQDgDIEA4AmIwAAPCMAAB49AgA2CsCANhmCACgHwAAEEMPAGhDDwDAQw8A2CsCAEjUDQBwEA4AyBAOAKhLDwAATA8A4EcPADhIDwCQSA8A6EgPAEBJDwCYSQ8A2CsCAEjUDQBwEA4AyBAOAAAAAAAYHgIASEsAACiUAABA1gEAmNYBABAfEABYAAAAsAAAAECOAwCYjgMA8I4DAEiPAwBA+gsAyIYPAJAtAgDoLQIAQC4CAJguAgDwLgIAiDcCALhGCgB4vAwA8DgGAEg5BgCgOQYAUAQNAFByAgCocgIAAAAAABAfEABoHxAAQJ4QAJieEADwnhAASJ8QAMiXDQDImgwAIJsMAABBDwCwOQMAUKAQAKigEAAAoRAAsDkDANgrAgAolAAAgJQAAJjpAgCIrwYA4K8GAMDxAQDoJBAAWAAAADCdAQCIrwYA6OABAGCrDQCA5gIAMJ0BAIidAQDIywMAmIwAAFj0DgDwYAsAyJoMAEirAQCYjAAAuHQCADgoAAAo2w0AQNYBANAiAQDYKwIA2GYIALgODgAwnQEAiK8GAOjgAQB4vAwA0LwMANgrAgAwLAIAUMsJANCzDwAotA8AgLQPANi0DwAwtQ8AiLUPAOC1DwDw3g0AOCgAAEhLAADo4AEAYKsNAAAlEQBYJREAsCURAAgmEQBgJhEAuCYRAFhoDQDYKwIAMCwCACjbDQCA2w0A2NsNANhmCAA4lQ8AkJUPAOiVDwBAlg8AGG0QAHBtEACAmQIASEsAAOjgAQDw3g0A2EECAIAPDwDYDw8ASEsAAOjgAQC4Dg4AkLcAAJC3AAComQAAyA4AAKjNAQA4KAAAWL8RAIgsAgDgLAIAOC0CAMAtDwAYLg8AcC4PACjbDQCA2w0A2NsNANhmCAA4lQ8AkJUPAOiVDwBAlg8AGG0QAHBtEACAmQIASEsAAOjgAQDw3g0A2EECAIAPDwDYDw8ASEsAAOjgAQC4Dg4AkLcAAJC3AAComQAAyA4AAKjNAQA4KAAAWL8RAMguDwAgLw8AeC8PAADZAQDYKwIAAAAAANgrAgAwLAIAiCwCAOAsAgBgtg0AuLYNAAAAAAC4RgoAeLwMANC8DACwOQMAQPoLABipBwBwqQcAmAwRAHCGBACgHwAAAKMIALA5AwAwnQEAiJ0BADgoAAAo2w0AeBwDAKgtAwAALgMAqEsPAABMDwBYTA8AgEMQANhDEABIUhAAoFIQAPhSEADAywoAGMwKAHDMCgBgtg0AuLYNAED6CwDQuxAAKLwQAIC8EADIzAoAYHkPAMhBBQAgQgUAEN4LAMiGDwDYaRIAMGoSAIhqEgDgahIAyJoMAEirAQDAFw8AGBgPAADZAQCgHwAAuEYKABBHCgBoRwoA4G4CABAfEABIAwIAoAMCAPDLAQCAYAoA4KUNABipBwDgTQIASBMPAAizAwCInQEA4DcCAKgtAwAALgMAqEsPAABMDwBYTA8AgEMQANhDEABIUhAAoFIQAPhSEACYsgIA8LICAKCqEAAAowgAWKMIAICZAgAAowgASFACANC1BwCocAoAqJkAAACaAABQ8QAAeBwDAFD5AQCo+QEASKsBAMAXDwBISwAA6OABAKhLDwCYjAAAANkBAPCsDwAwnQEAMMYCAACjCADYKwIAMCwCAIgsAgDgLAIAOC0CANhmCAC4Dg4AkLcAAJC3AAComQAAyA4AAKjNAQA4KAAAWL8RADBzDwCIcw8A4HMPADh0DwCQdA8AEB8QAGgfEADAHxAAGG0QADB7EACIexAA4HsQADh8EABAdQ8AmHUPAPB1DwDYKwIA2CsCALA5AwDQIgEA0CIBAIhBBgCAmQIAqOgDANgrAgAYHgIAcB4CAMgeAgAgHwIAeB8CANAfAgAYGQAAqJkAAEhLAACw2QEAAKMIAFgAAABgoQkAAKMIAEhLAACYjAAAED8JANgrAgCoSw8AAEwPAFhMDwCAQxAAiCwCAOAsAgA4LQIA2GYIALgODgCQtwAAkLcAAKiZAADIDgAAqM0BADgoAABYvxEACFMCAGBTAgDYThAAqJkAAACaAACY1gEAqEsPAABMDwBYTA8AkLcAAJiUAQBQ+QEAqPkBAEirAQDAFw8ASEsAAKhLDwAATA8AWEwPAPDeDQDIpBAAIKUQAHilEADQpRAAKKYQAICmEADYphAAsDkDAAAAAAAAAAAAMJ0BAMhaBADwrA8AqJkAAFgAAABAUgEAmNYBANCuAgCY9AIAuHQCAOjgAQCQtwAAAAAAAGCqEQAwLAIAiCwCAOAsAgA4LQIAiOoBADiwEQA4lQ8AkJUPAOiVDwBAlg8A2CsCAKhLDwAATA8AWEwPAIBDEADYQxAAyMYMACDHDAAA2QEAWNkBALDZAQAI2gEAYNoBALjaAQDIDgAAkE4CADAsAgCILAIA4CwCAGC2DQC4tg0AQPoLANC7EAAovBAAgLwQABgZAADYKwIAQPoLANC7EAAovBAAgLwQAHCvEADwMggASDMIAKAzCAD4MwgAUDQIAKg0CAAANQgA0LUHAEhLAACgSwAA+EsAABD2AwDYKwIAQPoLANC7EAAovBAAgLwQABgZAAAAowgAACQKAIidAQDgNwIAsDkDAED6CwDIhg8AWLcQALC3EAAIuBAAYLgQAMgOAACYjAAA6D8HAFgAAABIqwEACJQRAIAPDwDYDw8AMBAPAKApDwBIqwEAwBcPABgYDwBwGA8AAJoAAFDxAAB4HAMAyE8PAAAAAACQTgIAkE4CAFiOBACwjgQACI8EAGCPBADYKwIA2CsCAHCvEAA4KAAA2CsCAKhLDwAATA8AWEwPAACjCAAAJAoAGJ8OAHCfDgBINA8AoDQPAEirAQDAFw8AGBgPACC6CQAQOA8AaDgPAEg0DwCgNA8A0JoQAMgOAACgHwAAGKkHAMAXDwA4VQcASEsAAOjgAQAYHgIAOCgAAIDpAQDY6QEAMOoBAFgAAACwAAAACAEAAOCGEABYAAAAEFQCAGhUAgDAVAIAGFUCAHBVAgDIVQIA0LUHAKhwCgBISwAAkLcAAJiUAQBQ+QEA0KcIAMgOAACgWwIA6E0RAEBOEQAgBg4AYKsNAFDxAAB4vAwAWAAAAEhLAADo4AEA2EECAIAPDwCYjAAAgJkCAACjCAAAJAoAiJ0BAMjLAwAgzAMAiNMQAODTEAA41BAAkNQQANhiAgAotgcAWAAAADCdAQCInQEA4DcCANgrAgDw3g0AOCgAAEhLAADo4AEAYKsNAJBOAgCQTgIA2CsCAEhLAADo4AEAQOEBAJjhAQAgzw0AeM8NAOjBDwBAwg8AmMIPAPDCDwBIww8AoMMPALAFDQBQywkA0LMPACi0DwCAtA8A2LQPANgrAgAIlBEAIP0QADgoAAAo2w0AQNYBAJjWAQDIxgwAiK8GAMgOAADYKwIAyJoMACCbDACAmQIAmNYBABgZAABISwAA2CsCAPDeDQCgqhAAAKMIANgrAgAIUwIAYFMCANhOEAAwTxAA8DgGAJj0AgCoFwMAkLcAAKiZAAAYqQcASKsBAMAXDwAAowgASEsAACBsAgB4bAIA0GwCAGCzDgBgsw4AgBgBAKiZAAAAmgAAUPEAAEhQAgCgUAIA+FACAFBRAgCoUQIASFACADgoAACA6QEA2OkBALD6DAAI+wwA4D8DAChzCwBYTA8AIFAPAIgsAgDgLAIAOC0CAKCmCgD4pgoAWGgNAAijAQDQtQcAmFgKAKiZAACYjAAAoKoQAJC3AABA1gEAmNYBANhWBgC4dAIASMgGANC1BwCYWAoAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQD4dwAAuHQCAEjIBgDIWgQAOCgAAFDLCQComQAAAKMIAACjCADQmhAAKJsQAGChCQDgshAAOLMQANCaEAAYGQAAkLcAAKjoAwComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAFgAAABYAAAASKsBAHC9BACQtwAAmPQCALh0AgBIyAYA0LUHAJhYCgCQtwAAmJQBAHDRAQAAJREA6OABAKhfAQBwHg0AyB4NAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAYGQAAcBkAALgVCABISwAAoOwFAGjuDQAYlwIAyA4AAAijAQComQAAGBkAAEhLAACQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBABguBABwLgQAqNQGAADVBgBY1QYAsNUGAAjWBgBg1gYAuNYGABDXBgComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAOjgAQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEASEsAAJiMAACoDw0AiJ0BAKiZAAAAmgAASKsBAJiMAABAzgAAgJQAAJi9DQB49AgA0PQIAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBwvQQAiJ0BAAizAwCIrwYASMgGAJiMAAAQPwkAcL0EAMiMAgCYjAAAuHQCAEjIBgDQtQcAmFgKAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAuHQCAJiMAACYjAAA8IwAAEiNAACgjQAA+I0AAFCOAABA1gEAmNYBAMgOAAAgDwAAqHAKAEDWAQCQtwAAqJkAADgoAACA6QEA2OkBALD6DAAI+wwAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQDgNwIA8GALAEhhCwDA8QEAAKMIANhBAgCQtwAAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQAYLgQAcC4EAKjUBgAA1QYAWNUGALDVBgAI1gYAYNYGALjWBgAQ1wYAMJ0BADDGAgCIxgIA4MYCADjHAgCQxwIA6McCAMgOAACYsgIA8LICALh0AgDo4AEAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAuMwNABDNDQComQAAqF8BANhpEgAwahIAiGoSAOBqEgA4axIAkGsSAOhrEgComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQC4zA0AEM0NAJC3AACYlAEAUPkBAKj5AQBIqwEAwBcPAEhLAABIyAYA0LUHAJhYCgComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQC4zA0AEM0NAEjIBgCgyAYA+MgGAFDJBgCoyQYAAMoGAFjKBgAoKA4AgCgOANgoDgAwKQ4AiCkOAOApDgA4Kg4AEGIBALjMDQAQzQ0AKJQAAICUAACYvQ0AePQIAND0CAAo9QgAgPUIANj1CAAw9ggAACQKANC1BwComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQC4zA0AEM0NAMgOAADIZQQAIGYEAMAXDwCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBALjMDQAQzQ0AcIYEAMiGBAAghwQAeIcEANCHBAAoiAQAgIgEANiIBAAwiQQAiIkEAOCJBAAQYgEAuMwNABDNDQA4KAAASKsBAKjoAwBo3gAA4E0CAKjoAwDIDgAAyGUEACBmBADAFw8AqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQC4zA0AEM0NAAAAAADYKwIAAAAAANgrAgAwLAIAiCwCAOAsAgA4LQIAkE4CAOhOAgAIhwMAYIcDALiHAwAQiAMAyMYMACDHDACQkhAA6JIQAECTEACYkxAA8JMQAEiUEACglBAAkE4CAOhOAgDYZggAOJUPAJCVDwDolQ8AQJYPADDeEABwrxAAQNYBANgrAgC4RgoAyJkQACCaEAB4mhAA2CsCAKhLDwAATA8AWEwPAIBDEACoSw8A8KYRAPhLAAAQ9gMAaPYDAHiPEACAkBAA2JAQADCREADIxgwA2CANAKjNAQDwCg4AqJkAAMgOAADYZggAIA8AANAiAQDQpwgAqEsPAABMDwBYTA8AgEMQANhDEAAIUwIAqJkAAACaAACY1gEA2GYIADiVDwCQlQ8A6JUPAECWDwDYQQIAqOgDANgrAgDYZggAoB8AANhBAgCYjAAAANkBAJiyAgBIyAYAmIwAAKCqEAD4qhAACJQRACD9EAAAmgAA4DcCANAiAQCIQQYAoKoQABgZAADYKwIA8N4NAKCqEAAAowgA2CsCAPA4BgBIOQYAoDkGABg2EACg7AUA+OwFANhBAgAwQgIAiEICANhiAgBA1gEAWGgNACBhDQB4YQ0A0GENAChiDQCAYg0A2GINADBjDQCQTgIA6E4CACBhDQB4YQ0AQPoLANC7EAAovBAAgLwQAJBOAgCwOQMAoEsAAFCoEQCoqBEAAKkRAEDWAQDYEwoAaN4AAOBNAgDYQQIASKsBANgrAgBA+gsAyIYPAJAtAgDoLQIAQC4CAJguAgDwLgIAAAAAANgrAgC4RgoAEEcKANCuAgAYPA4AcDwOAMg8DgAgPQ4A2GYIAPitDwBQrg8AqK4PAACvDwBYrw8AsK8PANhmCAD4rQ8AUK4PAKiuDwAArw8AWK8PALCvDwBA+gsAyIYPAJAtAgDoLQIAQC4CAJguAgDwLgIAEB8QAGCqEQDw3g0AGLIPAEAsCgAolAAAmIwAAPDeDQAYsg8AQCwKACiUAACYjAAAED8JANgrAgAQHxAAYKoRALiqEQAQqxEAaKsRAMCrEQAYrBEAcKwRAMisEQAolAAASKsBAEirAQDYKwIAIM8NAHjPDQDQzw0AKNANAMiZEACInQEA4DcCANgrAgDIxgwAiK8GAOjgAQAgqQsAyA4AADgoAABISwAA2CsCAPA4BgBIOQYAoDkGABg2EABwNhAAyDYQACA3EADgNwIAgGAKANhgCgDYKwIA8DgGAEg5BgCgOQYAGDYQAHA2EADINhAAIDcQAEDOAADIDgAAoB8AAACjCADYKwIACJQRAGCUEQCwOQMASAMCALiqEQCY+gsAAKMIANgrAgBwrxAAOCgAANgrAgDIxgwAIMcMABgZAAComQAAAJoAANgrAgBA+gsAyIYPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQDYZggAGG0QAHBtEABIswIAoLMCANgrAgCoSw8AoOwFAGjuDQDA7g0AGO8NABAfEABoHxAAEB8QAGgfEADAHxAAGCAQAPA4BgCY9AIAaMwRAMDMEQAYzREAcM0RAMjNEQAgzhEAeM4RANDOEQAQHxAAaB8QAPDeDQDYQQIAgA8PAIDmAgCgpgoAQPoLAMiGDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEACFMCAGBTAgDYThAAME8QAKhLDwDwphEA+EsAAMgCBAB4zw0AQNYBAJjWAQDQrgIASEsAANgrAgDwOAYAmPQCAGjMEQDAzBEAGM0RAHCvEAA4KAAA2CsCAKhLDwDwphEA+EsAADAsAgAo2w0ASKsBAEirAQCgqwEAaN4AADCdAQCInQEA4DcCANgrAgBA+gsAyIYPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBACiUAABA1gEAyJkQAIidAQDgNwIA2CsCAEjUDQCg1A0AoKoQAACjCABIqwEAcL0EAIidAQDgNwIA2CsCAHCvEAA4KAAA2CsCAKhLDwDwphEA+EsAAAjhEQBg4REAuOERABDiEQBo4hEAwOIRABjjEQBw4xEAyOMRACDkEQB45BEA0OQRACjlEQCQTgIA6E4CAACWEACgqhAAcBkAAHhOAQCgSwAA+EsAABD2AwDYKwIAQPoLAMiGDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAcK8QAPAyCABIMwgAoDMIAPgzCABQNAgAqDQIAAA1CAAQDw4AaA8OAMAPDgAYEA4A8OEBAAAAAAAAAAAAAAAAANgrAgBQBA0ACDkSAGA5EgC4ORIAyMYMACDHDABoGRIAwBkSABgaEgBwGhIAyBoSAPDeDQCYdAgAAKMIAKjoAwCYjAAAgJkCABgZAADYKwIA8N4NAJh0CAAAowgAyJoMABgZAAAIORIAYDkSALg5EgDIxgwAIMcMAGgZEgDAGRIAGBoSAHAaEgDIGhIA8N4NAJh0CAAAowgAyA4AAJiyAgDwsgIAED8JAGg/CQDgNwIA8GALANAiAQDYKwIAyMYMACDHDABoGRIAwBkSABgaEgBwGhIAyBoSAAiUEQAwQgIAAE4HADDyAgBIqwEAwBcPAMjGDAAgxwwAaBkSAMAZEgAYGhIAcBoSADg4AgDYKwIA4DcCAPBgCwBIYQsAUAQNAAg5EgBgORIAuDkSAMjGDAAgxwwAaBkSAMAZEgAYGhIAcBoSAMgaEgBYAAAAQFIBAJhSAQCA5gIAMJ0BAACjCADQmhAAAJoAAFhoDQCYsgIAoOwFAGjuDQC4dAIA6OABAOA3AgCo6AMAsDkDAFiOBACwjgQACI8EAGCPBAAIUwIAMJ0BAIivBgCgSwAA2CsCAED6CwDIhg8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAkE4CAOhOAgCoSw8AmJYPADA0DgC4RgoAEEcKAACaAAB4vAwA0LwMANgrAgDImgwAIJsMAABBDwBYAAAA0CIBANgrAgBA+gsA0LsQACi8EAAAAAAAgLwQAOhxEABwmQUAiEEGAKCqEAAAowgA2CsCADAsAgCILAIA4CwCADgtAgAIUwIAMJ0BAIivBgCgSwAA2CsCAED6CwDIhg8AIIcPAHiHDwDgrwYA8DgGAEg5BgDwlAEAGMMNAHDDDQBwww0AoJcPAPDLAQBIegoAoHoKAPh6CgDIVxAAIFgQAFgAAABAUgEAmFIBAAgDDgBgAw4AuAMOABAEDgDYKwIA8DgGAEg5BgDocRAAQHIQAJhyEADwchAASHMQAKBzEABwvQQAIEgOAHhIDgA4VQcAqOgDAJC3AADotwAAuGkNABBqDQBoag0AsPoMAAj7DAComQAAAJoAAFDxAAB4HAMA4DcCADg4AgCYjAAA8KYRAPhLAAAQ9gMAaPYDAPDeDQBI3w0AoN8NAKhLDwAATA8AWEwPACBQDwCILAIA4CwCAGC2DQC4tg0AmJYPADA0DgDYZggAoB8AAKiZAACoSw8A8KYRAPhLAAAwLAIAWL8RALC/EQAIwBEAYMARANhmCAAYbRAAcG0QAEizAgCgswIA2CsCAKhLDwCg7AUAaO4NAMDuDQC4RgoAEEcKABAfEABA1gEAeLwMANC8DADYKwIA0CIBAIhBBgCA5gIAoKYKACjbDQBA1gEA2CsCANAiAQAoIwEAQNYBAJjWAQDIxgwAIMcMADgoAAAo2w0AQNYBANAiAQCIQQYAuHQCAEjIBgDQtQcAqJkAADhVBwAwKAcASEsAAEjIBgDQtQcAmFgKANgrAgAwLAIAiCwCAOAsAgA4LQIAMCwCACjbDQBA1gEA2CsCAKhLDwCYjAAAANkBAPCmEQD4SwAAEPYDAGj2AwB4jxAAgJAQANiQEAAwkRAAMCwCAIgsAgDgLAIAaN0PAMDdDwDYKwIAqEsPAABMDwBYTA8AyP0MACD+DAB4/gwA0P4MACj/DACA/wwA2P8MADAADQDwVAQASFUEAOhxEABAchAAKCgDAIAoAwDAFw8AWNkBABieEgBwnhIAWCcUADDODgCo6AMAAM4BAFDREgDAPxQAAKMIAEhAAADInhIAIJ8SAFDREgDggBIACE4AALDMFADAPxQAAKMIAMA/FADAPxQAAKMIAFDREgCQIxQAwD8UALDMFADgNwIA+B8AAIAYAQCwzBQAgBgBANDLEgDQyxIAAKMIANCaEAAAIQAAgBgBAPDOAADw1gEAYHsSAGB7EgDAPxQA8NYBAMA/FAAQQw8A8JgSAEiZEgDIOBMAGJ4SAHCeEgCIiBMAsMwUAKAJAABQ0RIA8JgSAEiZEgCAGAEAeJQSAMj+EwAg/xMAmPASAOA3AgDQyxIAmM8SAPDPEgAYnhIAcJ4SACiHEwDQIgEAYKoRANDLEgBgnBIA0MsSAJhYCgA4cBQAyDgTAFDREgCIqRMAwD8UAKAJAACgCQAAuLISABCzEgBosxIAsMwUAMgOAACwphIACKcSALCmEgAIpxIAsP4SALDMFAAwNA4AqC0DAACjCAB49AgAAKMIALiyEgAQsxIA2E0UAIAYAQC4shIAELMSANhNFAD4HwAAGJ4SAHCeEgAAcwIA2CsCANggDQBQ0RIAsDkDADA0DgAwNA4A2CsCAEhLAADQyxIAoKQSAOiiEgAQ2wEACM0UAAjNFADoohIAEKgSAGioEgDAqBIAABANALAQDQBQ0RIASGYCALCmEgAIpxIA0MsSAOiiEgBAoxIAsKYSADjWEwCwphIAONYTAJD3EwDQyxIAOLgSAMCzEgAYtBIAeJQSAMCzEgAIXg0A2CsCALiyEgAQsxIAuLISABCzEgC4shIAELMSAGCnEgDIOBMAUJ8UAKifFACgWwIA6KISAHiUEgCwphIACKcSAKBbAgAAowgA2CsCALDMFADYKwIASJ4UAKCeFADorRIAiKYUAFDREgBQ0RIAqD0FAKg9BQCoPQUAsDkDABA/CQAg/RAAEHMKACD9EAAgNxAAIDcQAEhLAABIQg4A2PUTAKC6EgAQ/wAAyA4AAMgOAABgvRIAAKkRABD/AAAI5hMAyA4AAACpEQDQyxIA0MsSANDLEgDQyxIA0MsSAHiUEgB4lBIA0MsSANDLEgDQyxIA0MsSANDLEgDQyxIAeJQSAHiUEgB4lBIA0MsSANDLEgDQyxIAeJQSAHiUEgCQwxIAeJQSAHiUEgDQyxIA0MsSANDLEgDYKwIA2CsCAPBbFACgCQAA8FsUAKAJAABgyBIAkIIOANgrAgCwzBQAQNYBAEh6CgDYKwIAyA4AAMgOAADQyxIA0MsSAEirAQCIphQAuLISABCzEgCwOQMAUNESALDMFADIDgAAOM4SANgrAgBA9AIAoB8AAKjoAwCAYAoAGBkAAACjCADQCgkAAKMIAKAlFACgCQAAyDgTAOCAEgDAsxIAGLQSAMB9AwC4shIAELMSANhNFADgrwYAsMwUANgrAgDYKwIAwLMSABi0EgAwIQ0AUNESADguFACIphQAyA4AAMiXAgBo3gAAaN4AAGjeAACwzBQAaN4AAJhwAgCYDBEAsMwUAMiXAgCwzBQA0I0CAAg+FACoGxQAABwUAEjbEgCwzBQAwKIUABijFAA4HwMAgBgBALDMFAAADBIAoAkAALDMFABYAAAAGBkAANCaEADggBIAqOgDAMDREwBYAAAACD4UAKAJAACwzBQAiKkTAKAJAABQ0RIAoAkAAKAJAACojBMAUNESAOCAEgCYsgIAqOgDAGDpEgAYWgQA6DIEAFDnEgDYOwQACM0UAJh0CAB4lBIAyP4TACD/EwDQKxQA0C8EALiyEgAQsxIA2E0UAAj/EgB4lBIAsMwUAAg8BgDILgQAUDQTAHiUEgDQyxIA0MsSALiyEgAQsxIA0MsSAJjPEgDwzxIAIA8AAFDREgAAzAkAwBcPAFDREgDw1xMA8NcTAFDREgCQAhQAgMwSAKCBBADYKwIAUNESAKDxEgDw1gEAsMwUANgrAgDYKwIA2CsCAAjNFADYKwIA4IASALDMFADYKwIAUNESAIimFACYzxIA8M8SAAgRDQAAOwYAqLgTAFAHDABINA8AsMwUAADKBgCwzBQAeNgKAGAVEwAAIQAAUNESAKDxEgD48RIAaJoTALDMFACYsgIAwBcPAFDREgCQIxQAEP8AAKi4EwBQNBMA2FoMAEi5AADYQQIA2CsCAHiUEgDI/hMAIP8TALiyEgDw+BMASDQPAOCIEwDggBIAyA4AAIAYAQBQ/RIAwIQTABiFEwBomhMASEsAAHiUEgDI/hMAIP8TANArFAAoLBQAaJoTAEhLAABomhMASEsAAJCMEgAIChMAsMwUANgrAgCwzBQA2CsCAFDREgCQIxQAyDgTAFDREgA47xIAkO8SAOjvEgCYfxMA2CsCAOChEgBQ0RIA0MsSAJjPEgDwzxIAyBcTAJBjBgDggBIAOHAUADAhDQAIzRQA0MsSAAjNFADQyxIAkKISALA5AwDgJRMAOCYTAJAmEwA47xIAkO8SAOjvEgBA8BIAaI8TAOAlEwA4JhMAkCYTAJCMEgAYrwUAeJQSAMj+EwAg/xMA0CsUACgsFAAYhwsAsMwUAJiyAgCwzBQAqLgTAOCAEgCoPQUAyC4EAOjgAQDQyxIAmM8SAPDPEgDAmhMAACEAAHiUEgDI/hMAIP8TALDMFACwOQMA0CsUACgsFACYTQoAaJoTAEhLAAAoJBMAgCQTANgkEwCALBQAAMoGACgkEwDQyxIAOA0UAHiUEgAIzRQA0MsSAJjPEgAIzRQAwBcPANgrAgCIphQAmM8SAPDPEgAIOQcAUNESAJAjFACwzBQAMNwNAFDREgCwzBQAGPkGABgqFAB4lBIACM0UALCmEgAIpxIAAKMIAECKEwDgJRMAOCYTAJAmEwCIphQAmM8SAPDPEgBg6RIAmLICAMAXDwAYKhQAsMwUAMAXDwDYKwIAQNcTAACjCACA5gIAGCoUAHAqFADIKhQAkIwSAIAYAQBQ0RIAsMwUAJiWDwDggBIAWGgNAHiUEgAYKhQAeJQSABgqFADQyxIACM0UAAjNFAAIzRQA0MsSAJjPEgDwzxIAOO8SAJDvEgDo7xIASKwTAIAsFADYLBQAqLgTAAAhAABA8BIAYP8SABgqFABwKhQAyCoUACArFACIphQAgMwSAODSFAAw+RIAiPkSAODSFAAoJBMAGCoUAHiUEgDI/hMAIP8TAHiUEgDI/hMAIP8TALDMFADwAxQAYKsNALDMFADAFw8AsMwUAPBpCADggBIA2CsCAPDWAQCAGAEAUNESAJACFACAzBIAGB8UAAAAAAAAowgAAAAAAGDNFABQ0RIAkAIUAIDMEgAYHxQAAAAAAACjCAAAAAAAsMwUALDMFABYJxQAsMwUAFgnFACwzBQAWCcUAGDNFACwzBQA8NcTAAjNFADQyxIA0MsSAJjPEgDwzxIAUNESAAheDQCQIxQAMDQOAHiUEgDI/hMAIP8TANjiEgCwzBQACD4UAEhLAACglhMA8PgTAJh0CADgARQAOAIUANhNFACo6AMAGCoUAHAqFADIKhQAUNESAFDREgDQyxIAmM8SAPDPEgAY5QkAAAAAABhkEwBwZBMAyGQTANAKCQA4DRQAkA0UAOgNFACwzBQAkIwSAGCrDQDg5wIAwBcPAFDREgCwzBQAwNETAOjxCgCQjBIAsMwUAJhYCgDIOBMAuLISABCzEgCwphIACKcSAHiUEgDI/hMAIP8TAMjLAwBQ0RIAsMwUAHAuBADQyxIA0MsSAJjPEgDwzxIAAKMIAAAhAADQyxIAQPgTANDLEgCYzxIA8M8SAAi3FAAAAAAAeJQSAMj+EwAg/xMAUNESAKDxEgD48RIA4IASAFDREgCIYQoAqLgTAOCAEgCAIwEAAAAAALDMFACouBMA4IASAIAjAQDgchMAeJQSAMj+EwAg/xMAkAIUAIDMEgCwzBQAUNESANDLEgCYzxIA8M8SALDMFACo6AMAuLoTANgrAgDgfRMA0MsSABD/AABo5AkASEsAADguFACo6AMA8NYBALDMFAAAmgAA8NcTAMjLAwD4MxMA2CsCANgrAgBQ0RIA2E0UAOCmFACAGAEAyDgTANgrAgAohxMAiK8GAKDxEgD48RIA+DMTAIidAQDgchMAOHMTAJBzEwAAowgAAAAAAAAAAAAAAAAAsMwUAKi4EwAAAAAAAAAAAAAAAAAohxMAIJETAEhLAADYKwIAgBgBALDMFAAIPhQAqLgTAACjCADQyxIAUDQTAFA0EwDQyxIAgMwSAKgtAwDYuxQAyP4TACD/EwDQKxQAKCwUADhwFACIphQAgMwSAKg9BQB4lBIA0JQSAKg9BQComQAASEsAAPB0CACwzBQAmIwAAPB0CAAIzRQASJYTAPgzEwC4shIAELMSAGCnEgCg8RIA+PESALiyEgAQsxIAYKcSAKDxEgD48RIASEsAAEhLAABgFRMA8MsBADgNFACQDRQA6A0UAGiaEwCwzBQAqOgDANDLEgCwzBQAcC4EAGAoFADYKwIA0MsSAJjPEgDwzxIA8KATAEihEwCoPQUAqD0FALDMFABwLgQAcC4EAAA7BgBA1xMA4IASAAAAAACwzBQAsMwUAKiZAABQ0RIAcC4EAPADFADYKwIAwL0LAOA3AgAArhMAWK4TAFgAAABYAAAAAMoGAFDREgDYKwIAsMwUALDMFAAYGQAAeJQSAMj+EwAg/xMAiDATADDcDQDQLwQA0MsSAJjPEgDwzxIAEB8QALiyEgDw+BMAkNYTAIipEwCYWAoAiKkTAIipEwAAowgAGBkAALiyEgDw+BMAELMSAHiUEgBQ0RIAiKkTAOCpEwA4qhMAOHAUAOC0EwBg/BMA0MsSAHAuBABQ0RIACH0KAECECgAAAAAAYI4TALiOEwAAAAAAAAAAAOiOCgA4ohIAMNwNAFDREgCwzBQAsMwUAPDXEwBISwAAUNESALDMFABgqhEAUNESAIAYAQDYKwIAUNESAKAEFAAYGQAAUP0SADhwFADIOBMAsMwUALDMFACwzBQAGBkAABgZAAAYGQAAyDgTALDMFACwzBQAGBkAABgZAAAYGQAAGBkAABgZAADQyxIAmM8SAPDPEgCwzBQA2CsCALDMFADYKwIAsMwUAIAYAQCQyxMAgBgBANgrAgCwzBQAoAkAAJDLEwCgCQAA8AMUAJhYCgCQyxMAsDkDAAAAAACo6AMAQMwTAKjoAwCwzBQA8AMUADDdFABQ0RIAMN0UALDMFAAw3RQA0MsSAJjPEgDwzxIAsMwUAECeEACAGAEA4IASAMgOAADIDgAA4IASAMAXDwDwAxQAsDkDALDMFACwOQMAeJQSAMj+EwAg/xMA0MsSAJjPEgDwzxIA2CsCAJjWAQCwzBQA2CsCALDMFABQ0RIAALkTANgrAgCAGAEAUNESALDMFACo6AMA2CsCAPDWAQAA2hMAgBgBAPimCgA4cBQAUNESAACjCACgCQAAsMwUAJDLEwAAAAAAsKYSADjWEwCQ9xMAWPILALCmEgAIpxIAWPILAKjOEwBY8gsAWPILANDLEgBA+BMAWPILAOjgAQC4shIA8PgTAAiAFACgCQAA2CsCALCmEgAIpxIAsP4SAGCqEQDQyxIAmM8SAPDPEgCwMhQAUNESAAiWFACQIxQAsJUUAFDREgBQ0RIACOYTAGDmEwC45hMACOYTAGDmEwC45hMAEOcTAGjnEwAI5hMAYOYTALjmEwAQ5xMAaOcTAJAjFADQyxIAmM8SAPDPEgCwMhQAUNESAAiWFACQIxQAsJUUAFDREgB4Bg4AUNESAEhLAACA5gIASEsAAIimFACYzxIA8M8SAFDREgDQ9BMAAKMIAKjoAwAQBA4AsDkDADhlFADw+BMAiOoBANgrAgDIDgAAAAAAAFhoDQAAAAAAONYTABjzEwBw8xMAyPMTALDMFACIphQAmM8SAPDPEgDYKwIAoAkAAKg9BQCoPQUAOHAUANgrAgB4lBIA2CsCAFDREgCwOQMAUNESALDTAwAIPhQACD4UABAfEABQ0RIAsMwUANgrAgC4shIAELMSAIimFACYzxIA8M8SAIimFADYKwIAAKMIALDMFAAAowgAIPQTABiiDQCYWAoAoAkAADhwFAAAPgUA+IgUAEiVAQAQ/wAAGB8UALCmEgAIpxIAqAwOADhlFAB4xwwA2CsCAHgKFADYKwIAeMcMAChCFADgQxQA8CsOAEgDAgB4lBIAyP4TACD/EwDYKwIAsMwUALDMFACIphQAmLICAJiyAgCIphQAiKYUAACjCAAwrBIAiKwSAKgQFACguhIAeJQSANDLEgCAzBIAkDgCAPDeDQCozQEAwLMSAHiUEgBgswMASAMCAAA7BgCwJAoA2LYHAOA3AgBISwAAiFcGAACjCACwzBQAwBcPAPBbFABA9AIAoHwCAED0AgCgfAIAIHcCAFAHDAAIzRQA4OcCALDMFACgCQAA2CsCAPi6EgCgHwAAYLMDAEieFADYKwIAsMwUAOiiEgAQ2wEAsMwUADhwFADIzxQAAD4FALDMFACwOQMAsDkDALA5AwCwOQMAUNESAFDREgDYKwIAKEIUAOBDFAAw2BIA2CsCAJgDFACAzBIAKAAUANgrAgBISwAAmLICAFgnFADIDgAAwBcPAHiUEgDI/hMAIP8TANAKCQDQyxIAmM8SAPDPEgCALBQA2CwUAKDxEgD48RIAoPESAPjxEgDQyxIAKEIUAKBbAgCwzBQA2CsCAKgtAwCwphIA6CMUAFDREgAAUxQAIEgOAKCqEADYKwIAKEIUAOBDFAAYgxAAGBkAAChCFADgQxQAGIMQAPiHAgAoQhQA4EMUABiDEAC4shIAELMSANhNFACIThQAADIUAFgyFAAQNBQAKEIUAOBDFAAYgxAAKEIUAOBDFAAYgxAAKEIUAOBDFAAYgxAAuLISABCzEgAYgxAAoDQPALiyEgC48RMAiKYUAED4EwCwzBQA2CsCADgoAAA4KAAA4DcCAEhQAgBgexIA+DsUAGCzDgCQIxQA2CsCALDMFADYKwIAmOEBAHAUFABINA8A2CsCANgrAgAoCxQAyDgTAFCfFAAQsxIAiOoBANgrAgBYVw8A+KsBACjbDQCwMhQA0MsSAOA3AgAY7w0AsDIUALA5AwCwMhQAsDkDAFDREgDYKwIAKEIUAOBDFACwzBQAuLISABCzEgDYTRQA0LwMANgrAgDYKwIA2CsCALD+EgDYKwIAqDEUANhDEADIDgAAeHwPALCmEgBQ0RIAeJQSAFjADQB4xwwACLcUAAAAAAB4xwwAOIcQADBZFABAiBAAiFkUAMg4EwBo/RMAiKYUAIDMEgAoQhQAgEMQAGB7EgDIOBMAMFkUAMg4EwCIWRQAyDgTAChCFADgQxQAQA4UAFgAAAAgugkASEsAAKiwEgDIDgAA2CsCAHjHDAAoCxQA2CsCAJDWEwD4hwIA+FEUALiWFAAQlxQAqOgDANC8DAA4shQA2CsCANgrAgDYKwIAkOETAEgDAgCwzBQAIBEOACARDgAgEQ4AIBEOAOA3AgDgNwIAQLQQANgrAgC4shIAeGIUAChCFAAgmRQA2CsCAChCFADYQxAA2CsCAMA/FAAQShQAuLISAOgjFADYKwIAAFMUAFhTFADQjhQAsFMUANgrAgDYKwIAKEIUANhDEADAPxQAEEoUALiyEgDoIxQA2CsCAED5DwDIbBQAuLISABCzEgCIphQAgMwSANgrAgA4ZRQAOHAUADhwFAAQ/wAAsPsTAChuFABg/BMAoAMCACARDgAgEQ4AIBEOACARDgDYKwIA+FEUAEDaEgDAsxIAgLYSANC8DAAYNhAAAHMCAHiZFAC48RMAwD8UAFDREgCAmhQAUNESADhwFACwOQMAYLMOAGCzDgDYKwIAMNwNAABTFABYUxQAAKMIAACjCACwvxEAuLISABCzEgAw3A0AAFMUAFhTFAAAowgAAKMIALC/EQDwOhQASDsUALiyEgDw+BMAkPcTAAAAAABQ0RIAUNESAKgtAwDQyxIAKEIUAFBTEABYmBMA8PgTAAiAFAAYjRQAiKYUAED4EwCwOQMAsJgTANhNFADo4AEAsMwUADhvAgBYAAAAsDIUAChCFABQUxAASEsAANDLEgAAowgA2CsCALiyEgAQsxIAsL8RAMAfEACwOQMAsDkDAPDLAQDwywEA8MsBAPDLAQCwOQMAUNESAPDLAQDYKwIA2CsCANgrAgAAAAAAAAAAAChCFAAgmRQAuLISABCzEgCwvxEAME8QALDMFAAoQhQA6OABALDMFAAoQhQASJ4UAKCeFABQ0RIA2CsCANgrAgCo6AMAAKMIAKiZAADYKwIA+FEUALiWFAAQlxQAaJcUAMCXFAAYmBQAcJgUALA5AwC4shIAELMSAGCnEgAAUxQAWFMUAPCdFABQ0RIAOHAUADhwFAA4cBQAOHAUAChCFAB4xwwAsDkDAOiiEgAQ2wEA6E4CALiyEgDw+BMAcEAUAIimFACYzxIA+DsUAAihFABgoRQAuKEUABCiFACIphQAgMwSAFg1CACIphQAUNESACilFACwOQMAwBcPAPgpDwAQNBQAyBgPANDLEgA4cBQAiEMUANgrAgDoTgIAuIAUALiAFADoTgIAOO8SAJDvEgBosxIA2CsCADhwFAAoQhQAgEMQAPg7FAAIoRQAYKEUALihFAAQohQAaKIUABA0FAD4OxQACKEUAGChFAC4oRQAEKIUAGiiFAAAowgAsKYSAAinEgBgexIAOIcQAHgGDgAAowgA6NQQANgrAgDoTgIA6E4CADhwFAAAAAAAAAAAAIAYAQAoCxQAsMwUAIAYAQCQIxQAgBgBAJAjFACwphIAONYTAIAYAQAoQhQA4EMUALiyEgAQsxIA2CsCAHiUEgB4lBIAeJQSAOAlEwB4lBIAeJQSAHiUEgB4lBIAsKYSADjWEwB4lBIA4CUTAHiUEgDQ/xMAeJQSAND/EwB4lBIA0P8TADgNFADQ/xMAeJQSAND/EwB4lBIA0P8TAIDtEgDQ/xMAeJQSAND/EwC4shIAELMSAAAAAACYkhQAAFMUAFhTFABAsxQAWJUUAChCFAAAAAAA2OISAOiRFAAAAAAAsMwUAChCFACwzBQAAFMUAFhTFAAAAAAAoFsCAPDiEwBI4xMAoOMTAIimFABA+BMA6E4CANgrAgCwOQMAUNESABgZAADAFw8AwLMSAAARFADgWRQA4FkUAMCzEgAYtBIAED8JAGjOFACwOQMAsDkDAMgOAADIDgAAwN8SAFDREgCgAwIAeJQSALDMFADAHxAA4NIUAMAfEACwzBQAeJQSAOCAEgCwzBQA4IASAHiUEgDI/hMA4IASAEjVFACg1RQAeJQSALA5AwBwCRQAUNESANgrAgDYKwIA2CsCADDdFADYKwIA2CsCANgrAgAw3RQA2CsCAMA/CQAw3RQAsMwUAMgaEgDYKwIA2CsCADDdFABQ0RIAOO8SAJDvEgDo7xIAeJQSABBiAQDAPxQAEEoUANgrAgCIphQAgMwSALiyEgAQsxIA2E0UAEiVAQDIww0AwIEUAPiIFADAFw8AqOQTADjWEwCQ9xMASDQPANDLEgBA+BMASDQPALDMFAAQPwkA2OISAKAEFAAoQhQA4EMUALiyEgDw+BMACIAUALDMFADggBIAGO8NABgZAACwzBQAmFgKALiyEgAQsxIA2E0UAPCsDwDY4hIA6JEUALiyEgB4YhQAKEIUAIBDEACwzBQA","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAIAAIADAACAAAAAgAIAAIADAAAAAAAAgAAAAIACAACAAAAAgAEAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAAAAIABAAAAAwAAgAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAACAAwAAgAMAAAADAACAAAAAgAMAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAAAAIADAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAAAMAAAADAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAACAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAgAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAgAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAACAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAACAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIAAAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAAAAgAMAAIADAAAAAAAAgAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIABAAAAAQAAAAEAAIAAAACAAQAAAAEAAAAAAACAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAwAAgAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIAAAACAAAAAgAAAAIAAAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAAAACAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAABgAAAAAYAAAgAAAACAAAAkCMECACCCgEEABAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAABAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAYAAAAAGAAAIAAAAAgAAAJAjBAgAggoBBAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAQAACAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAGAAAAABgAACAAAAAIAAACQIwQIAIIKAQQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAABAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAYAAAAAGAAAIAAAAAgAAAJAjBAgAggoBBAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAABgAAAAAYAAAgAAAACAAAAkCMECACCCgEEABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAQAACAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAGAAAAABgAACAAAAAIAAACQIwQIAIIKAQQAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAABAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAYAAAAAGAAAIAAAAAgAAAJAjBAgAggoBBAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAABgAAAAAYAAAgAAAACAAAAkCMECACCCgEEABAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAABAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAYAAAAAGAAAIAAAAAgAAAJAjBAgAggoBBAAQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAQAACAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAGAAAAABgAACAAAAAIAAACQIwQIAIIKAQQAEAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAABAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgYAAAAAaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAQAACAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAGAAAAABgAACAAAAAIAAACQIwQIAIIKAQQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAIAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAEAAAAAACAAAAAAAAEAwAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAABAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAYAAAAAGAAAIAAAAAgAAAJAjBAgAggoBBAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAAAgAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAQAACAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAGAAAAABgAACAAAAAIAAACQIwQIAIIKAQQAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAEAAAAAACAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAIAAAAAAAAQDAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAABgAAAAAYAAAgAAAACAAAAkCMECACCCgEEABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAABgAAAAAYAAAgAAAACAAAAkCMECACCCgEEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAEAAAAAACAAAAAAAAEAwAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAAAgAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACBgAAAABoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAQAACAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAGAAAAABgAACAAAAAIAAACQIwQIAIIKAQQAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAQAACAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAGAAAAABgAACAAAAAIAAACQIwQIAIIKAQQAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAEAAAAAACAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAEAAAAAACAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAABAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAYAAAAAGAAAIAAAAAgAAAJAjBAgAggoBBAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAEAAAAAACAAAAAAAAEAwAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAAAgAAAAAAABAMAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAIAAAAAAAAQDAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAQAACAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIGAAAAAGgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAQAACAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAGAAAAABgAACAAAAAIAAACQIwQIAIIKAQQAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAABAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAYAAAAAGAAAIAAAAAgAAAJAjBAgAggoBBAAQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAQAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAIAAAAAAAAQDAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAEAAAAAACAAAAAAAAEAwAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAQAACAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAGAAAAABgAACAAAAAIAAACQIwQIAIIKAQQAEAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAABgAAAAAYAAAgAAAACAAAAkCMECACCCgEEABAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAQAACAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIGAAAAAGgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACBgAAAABoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACBgAAAABoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAABgAACAAAAAIAAACQIwQIAIIKAQQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAQAACAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIGAAAAAGgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAAAgAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAQAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACBgAAAABoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIGAAAAAGgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAAAgAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAEAAAAAACAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAQAACAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAGAAAAABgAACAAAAAIAAACQIwQIAIIKAQQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAAAgAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAAAgAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAEAAAAAACAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAEAAAAAACAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAIAAAAAAAAQDAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAAAgAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAIAAAACAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAAAgAAAAAAABAMAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAEABAAAAAAAAAAAAIAAAACAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAIAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAIAAAACAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABAAQAAAAAAAAAAACAAAAAgAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAQAACAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAGAAAAABgAACAAAAAIAAACQIwQIAIIKAQQAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQAAAAAAAAAAACAAAAAgAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAIAAAACAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAIAAAACAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAIAAAACAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAABAAAIAAQAAAAAAAAAAAAAIAAAAAAQAAAAAAAAYAAAAAGAAAIAAAAAgAAAJQjBAgCggoBBAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAABQQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAIAAAAAAAAQDAAAAAAAAAAAAAIAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAgAAAAAAAAAAAAAAEAAAAAAAEAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAIAAAACAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAABgAAAAAYAAAgAAAACAAAAkCMECACCCgEEABAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAIAAAACAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAABAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAYAAAAAGAAAIAAAAAgAAAJAjBAgAggoBBAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAIAAAACAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAABFAAABAAAAAAAAAAAAAAAAAwEAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAQAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAIAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAIAAAAAAAAQDAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQAAAAAAAAAAACAAAAAgAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAgAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAIAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAACAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAQAACAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAQAEAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAABAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAEAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAIAAAACAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAAAEAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAABAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAYAAAAIGAAAIAAAAAgAAAJAjBAgAggoBBAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAEAAAAAACAAAAAAAAEAwAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAAAgAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAQAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAACAAAQAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAABAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAYAAAAAGgAAIAAAAAgAAAJAjBAgAggoBBAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAgAAEAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAQAACAAEAAAAAAAAAAAAACAAAAAAEAAAAAAAAGAAAAABoAACAAAAAIAAACUIxQIAoIKARQAEAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAACBgAAAABoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAAgAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAEABAAAAAAAAAAAAIAAAACAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAQAACAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIGAAAAAGgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAIAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAABgAACAAAAAIAAACQIwQIAIIKAQQAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAABgAAAAAYAAIgAAAACAAAAkCMECACCCgEEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAABAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAYAAAAAGAAAIAAgAAgAAAJAjBAgAggoBBAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAQAAAAAAAAAAACAAAgAgAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAQAAAAAAAAAAACAAAgAgAAQAAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAQAACAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAGAAAAABgAACAAAAAIAAACQIwQIAIIKAQQAEAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAABAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgIAAADgAAAAAAAAQAUAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACBgAAAABoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAAAgAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBgAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAEAAAAAACAAAAAAAAEAwAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAIEAAAAAACAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAABAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAQAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAAAgAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAgAEAAABgAAAAAAAAAAAAAAAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAQAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAGAAAAAAACABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAYAAAAAAAIAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAABAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAYAAAAAGAAAIAAAAAgAAAJAjBAgAggoBBAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAABAAAAAAAAAgAAAAAAAAAAAAAAAAABAAQAAAAAAAAAAACAAAAAgAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAQAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAQAAAAAAAAAAACAAAAAgAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAABgAAAAAYAAAgAAAACAAAAkCMECACCCgEGABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAABgAgAAAAAAAGAAAAAAAAAAAAAAQAACAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAGAAAAABgAACAAAAAIAAACQIwQIAIIKAQQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAEAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAgAAAAIAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAEAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACBgAAAABoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAAAgAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAABAAAIAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAYAAAAAGAAAIAAAAAgAAAJAjBAgAggoBBAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAEAAAAAACAAAAAAAAEAwAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAABgAAAAAYAAAgAAAACAAAAkCMECACCCgEEABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAGACAAAAAAAAYAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAQAAAAAAAAAAACAAAAAgAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACBgAAAABoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAABgAAAAAYAAAgAAAACAAAAkCMECACCCgEEABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAYAIAAAAAAABgAAAAAAAAAAAAAEAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAIAAAACAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABA"},"index":{"lists":[[15,16,17,32,33,113,115,116,117,246,301],[1,2,4,5,6,7,8,9,10,15,16,17,18,19,20,21,22,23,24,32,33,54,55,56,57,58,59,60,63,64,65,66,69,70,71,72,73,74,75,76,77,78,79,80,84,89,90,92,93,94,95,96,97,98,99,100,101,102,103,104,108,109,110,111,113,115,116,117,121,126,127,154,157,158,160,172,173,174,177,178,179,180,194,195,203,206,214,216,217,221,222,235,246,254,257,258,259,264,265,266,271,282,283,292,301,303,305,306,307,308,310,312,313,315,316,319,320,321,322,323,337],[1,2,4,5,6,7,8,9,10,15,16,17,18,19,20,21,22,23,24,32,33,54,55,56,57,58,59,60,62,63,64,65,66,69,70,71,72,73,74,75,76,77,78,79,80,84,85,89,90,92,93,94,95,96,97,98,99,100,101,102,103,104,107,108,109,110,111,113,115,116,117,121,126,127,133,154,157,158,160,172,173,174,177,178,179,180,185,186,187,194,195,203,206,214,216,217,218,221,222,235,246,254,257,258,259,260,264,265,266,271,282,283,292,301,303,305,306,307,308,310,312,313,315,316,319,320,321,322,323,326,327,328,337],[15,16,17,32,33,113,115,116,117,246,252,301],[5,15,16,17,22,32,33,54,55,82,106,113,115,116,117,224,246,268,270,301,323,326,343],[15,16,17,22,32,33,113,115,116,117,145,146,147,246,301,329,330,331,332,333,334,335],[6,7,15,16,17,32,33,113,115,116,117,246,271,301],[15,16,17,32,33,81,83,113,115,116,117,246,301],[15,16,17,32,33,113,115,116,117,246,301,316,336],[10,12,15,16,17,32,33,94,113,115,116,117,126,127,152,153,181,182,246,301,316,321,322],[10,12,15,16,17,32,33,113,115,116,117,145,146,147,246,301],[12,15,16,17,32,33,113,115,116,117,246,301],[10,12,15,16,17,32,33,57,80,87,92,95,100,101,113,115,116,117,137,145,146,147,148,166,193,194,195,197,201,209,217,219,220,221,222,231,237,238,239,240,243,246,251,259,261,262,263,264,265,266,281,294,295,296,297,298,299,300,301,309,337],[15,16,17,32,33,97,113,115,116,117,246,301],[15,16,17,32,33,40,41,42,48,49,113,115,116,117,125,200,212,244,246,247,249,250,301,302,315],[15,16,17,32,33,113,115,116,117,149,246,301,349],[14,15,16,17,32,33,113,115,116,117,246,301],[1,10,12,15,16,17,22,23,32,33,113,115,116,117,145,146,147,175,176,202,246,301,303,307,308,337],[10,12,15,16,17,22,31,32,33,34,37,113,115,116,117,145,146,147,151,175,176,246,301,303,307,308,337],[4,10,12,15,16,17,20,21,22,24,32,33,59,113,115,116,117,145,146,147,175,176,246,271,301,303,307,308,320,337],[6,10,12,15,16,17,22,32,33,43,113,115,116,117,145,146,147,175,176,177,211,246,248,301,303,307,308,325,337],[0,2,9,10,11,12,15,16,17,18,20,22,32,33,36,46,47,50,51,110,113,115,116,117,145,146,147,169,175,176,177,190,196,199,246,271,273,301,303,304,307,308,311,314,317,337,338,341,344,345,348,350],[3,5,10,12,13,15,16,17,22,24,28,32,33,36,46,50,51,53,62,65,66,88,91,111,112,113,115,116,117,121,123,129,130,132,138,145,146,147,150,155,158,161,169,175,176,177,184,188,189,192,198,205,207,208,213,214,225,233,236,245,246,253,254,271,272,286,293,301,303,307,308,337,346,351],[10,12,15,16,17,22,32,33,113,115,116,117,145,146,147,175,176,246,301,303,307,308,337],[10,12,15,16,17,22,32,33,113,115,116,117,145,146,147,175,176,177,246,301,303,307,308,337],[10,12,15,16,17,19,22,32,33,113,115,116,117,145,146,147,175,176,246,279,301,303,307,308,337],[10,12,15,16,17,22,28,30,32,33,36,113,115,116,117,145,146,147,175,176,245,246,301,303,307,308,337],[10,12,15,16,17,22,32,33,113,115,116,117,145,146,147,175,176,246,301,303,307,308,337,342],[10,12,15,16,17,22,32,33,109,113,115,116,117,145,146,147,175,176,177,183,242,246,301,303,307,308,327,337,339,340],[10,12,15,16,17,22,24,32,33,104,112,113,115,116,117,124,128,139,145,146,147,171,175,176,184,227,246,275,278,289,290,301,303,307,308,327,337],[10,12,15,16,17,22,32,33,35,62,113,115,116,117,123,131,145,146,147,160,161,175,176,204,214,245,246,254,287,291,301,303,307,308,337],[9,10,12,15,16,17,22,24,25,32,33,52,86,113,115,116,117,145,146,147,175,176,177,246,301,303,307,308,337],[10,12,15,16,17,18,22,32,33,35,36,68,113,115,116,117,145,146,147,160,175,176,191,245,246,301,303,307,308,337],[10,12,15,16,17,22,26,27,32,33,38,39,61,73,113,115,116,117,122,134,136,140,145,146,147,156,162,163,164,165,167,168,170,175,176,180,210,215,216,226,229,232,234,235,241,246,255,256,257,258,274,277,284,285,288,292,301,303,307,308,318,324,337],[10,12,15,16,17,21,22,23,24,32,33,76,113,114,115,116,117,145,146,147,175,176,246,301,303,307,308,337],[7,10,12,15,16,17,22,32,33,113,115,116,117,145,146,147,175,176,246,301,303,307,308,337],[10,12,15,16,17,22,29,32,33,35,36,113,115,116,117,145,146,147,175,176,177,245,246,301,303,307,308,337],[10,12,15,16,17,22,29,32,33,35,113,115,116,117,145,146,147,175,176,245,246,301,303,307,308,337],[15,16,17,32,33,113,115,116,117,120,135,141,142,143,144,159,228,230,246,276,280,301,347],[15,16,17,32,33,84,113,115,116,117,246,301],[10,12,15,16,17,22,32,33,44,45,113,115,116,117,145,146,147,246,301,303,307,308,337],[15,16,17,32,33,54,113,115,116,117,246,301],[15,16,17,32,33,55,58,60,63,64,113,115,116,117,246,301],[15,16,17,32,33,56,113,115,116,117,246,301],[15,16,17,32,33,67,71,72,74,113,115,116,117,246,301],[15,16,17,32,33,70,93,113,115,116,117,246,301],[15,16,17,32,33,70,113,115,116,117,118,119,246,301],[15,16,17,32,33,70,94,96,113,115,116,117,246,301],[15,16,17,32,33,70,113,115,116,117,246,301],[15,16,17,32,33,75,77,79,93,113,115,116,117,246,301,310],[15,16,17,32,33,78,113,115,116,117,179,246,301],[15,16,17,32,33,93,113,115,116,117,246,301,310],[15,16,17,32,33,94,96,103,113,115,116,117,246,301,328],[15,16,17,32,33,96,113,115,116,117,246,301],[15,16,17,32,33,102,108,113,115,116,117,246,301,310,328],[15,16,17,32,33,105,113,115,116,117,223,246,267,269,301],[15,16,17,32,33,113,115,116,117,178,246,301],[15,16,17,32,33,113,115,116,117,246,301,310],[15,16,17,32,33,113,115,116,117,246,301,328],[15,16,17,32,33,99,113,115,116,117,185,186,187,246,301,313],[5,15,16,17,22,32,33,54,55,99,113,115,116,117,185,186,187,246,301,313,323,326],[15,16,17,22,32,33,99,113,115,116,117,185,186,187,246,282,283,301,313],[6,7,15,16,17,32,33,99,113,115,116,117,185,186,187,246,271,301,313],[15,16,17,32,33,99,113,115,116,117,185,186,187,246,301,313,316],[10,15,16,17,32,33,94,99,113,115,116,117,126,127,185,186,187,246,301,313,316,321,322],[10,15,16,17,32,33,99,107,113,115,116,117,185,186,187,246,282,283,301,313],[10,15,16,17,32,33,57,80,85,89,90,92,95,98,99,100,101,113,115,116,117,185,186,187,194,195,206,217,218,221,222,246,259,260,264,265,266,282,283,301,313,337],[15,16,17,32,33,97,99,113,115,116,117,185,186,187,246,301,313],[15,16,17,32,33,99,113,115,116,117,185,186,187,246,301,313,315],[1,8,10,15,16,17,22,23,32,33,99,113,115,116,117,185,186,187,246,282,283,301,303,305,306,307,308,313,319,337],[10,15,16,17,22,32,33,99,113,115,116,117,185,186,187,246,282,283,301,303,305,306,307,308,313,337],[4,10,15,16,17,20,21,22,24,32,33,59,99,113,115,116,117,185,186,187,246,271,282,283,301,303,305,306,307,308,313,320,337],[6,10,15,16,17,22,32,33,99,113,115,116,117,177,185,186,187,246,282,283,301,303,305,306,307,308,313,337],[2,9,10,15,16,17,18,20,22,32,33,99,110,113,115,116,117,177,185,186,187,246,271,282,283,301,303,305,306,307,308,312,313,337],[5,10,15,16,17,22,24,32,33,62,65,66,99,111,113,115,116,117,121,154,158,177,185,186,187,214,246,254,271,282,283,301,303,305,306,307,308,313,337],[10,15,16,17,22,32,33,99,113,115,116,117,185,186,187,203,246,282,283,301,303,305,306,307,308,313,337],[10,15,16,17,22,32,33,99,113,115,116,117,177,185,186,187,246,282,283,301,303,305,306,307,308,313,337],[10,15,16,17,19,22,32,33,99,113,115,116,117,133,185,186,187,246,282,283,301,303,305,306,307,308,313,337],[10,15,16,17,22,32,33,99,109,113,115,116,117,177,185,186,187,246,282,283,301,303,305,306,307,308,313,327,337],[10,15,16,17,22,24,32,33,99,104,113,115,116,117,185,186,187,246,282,283,301,303,305,306,307,308,313,327,337],[10,15,16,17,22,32,33,62,99,113,115,116,117,160,185,186,187,214,246,254,282,283,301,303,305,306,307,308,313,337],[9,10,15,16,17,22,24,32,33,99,113,115,116,117,177,185,186,187,246,282,283,301,303,305,306,307,308,313,337],[10,15,16,17,18,22,32,33,99,113,115,116,117,154,157,160,185,186,187,246,282,283,301,303,305,306,307,308,313,337],[10,15,16,17,22,32,33,73,99,113,115,116,117,154,180,185,186,187,216,235,246,257,258,282,283,292,301,303,305,306,307,308,313,337],[10,15,16,17,21,22,23,24,32,33,76,99,113,115,116,117,185,186,187,246,282,283,301,303,305,306,307,308,313,337],[7,10,15,16,17,22,32,33,99,113,115,116,117,185,186,187,246,282,283,301,303,305,306,307,308,313,337],[15,16,17,32,33,84,99,113,115,116,117,185,186,187,246,301,313],[10,15,16,17,22,32,33,99,113,115,116,117,185,186,187,246,282,283,301,303,307,308,313,337],[15,16,17,32,33,54,99,113,115,116,117,185,186,187,246,301,313],[15,16,17,32,33,55,58,60,63,64,99,113,115,116,117,185,186,187,246,301,313],[15,16,17,32,33,56,99,113,115,116,117,185,186,187,246,301,313],[15,16,17,32,33,71,72,74,99,113,115,116,117,185,186,187,246,301,313],[15,16,17,32,33,69,70,93,99,113,115,116,117,185,186,187,246,301,313],[15,16,17,32,33,70,99,113,115,116,117,185,186,187,246,301,313],[15,16,17,32,33,70,94,96,99,113,115,116,117,185,186,187,246,301,313],[15,16,17,32,33,75,77,79,93,99,113,115,116,117,172,185,186,187,246,301,310,313],[15,16,17,32,33,78,99,113,115,116,117,179,185,186,187,246,301,313],[15,16,17,32,33,93,99,113,115,116,117,185,186,187,246,301,310,313],[15,16,17,32,33,94,96,99,103,113,115,116,117,174,185,186,187,246,301,313,328],[15,16,17,32,33,96,99,113,115,116,117,185,186,187,246,301,313],[15,16,17,32,33,99,102,108,113,115,116,117,185,186,187,246,301,310,313,328],[15,16,17,32,33,99,113,115,116,117,173,185,186,187,246,301,313],[15,16,17,32,33,99,113,115,116,117,174,185,186,187,246,301,313],[15,16,17,32,33,99,113,115,116,117,178,185,186,187,246,301,313],[15,16,17,32,33,99,113,115,116,117,185,186,187,246,301,310,313],[15,16,17,32,33,99,113,115,116,117,185,186,187,246,301,313,328]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,3,0,4,5,0,0,6,7,0,0,8,0,9,10,11,12,12,12,12,12,12,12,12,12,12,0,0,13,14,15,0,16,17,18,19,20,21,22,23,23,24,25,23,26,27,28,29,30,23,31,32,33,34,35,36,37,23,23,38,0,0,39,40,0,17,18,19,20,21,22,23,23,24,25,23,26,27,28,29,30,23,31,32,33,34,35,36,37,23,23,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,41],[9679,42],[8250,43],[9135,44],[215,45],[10095,46],[10003,47],[8595,48],[10008,49],[9472,50],[10007,51],[10004,52],[8730,53],[10006,54],[8505,55],[9762,0],[9888,0],[8617,0],[8226,56],[10060,57],[9654,58],[65123,58]],"plainDefault":0,"spaced":[59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,60,61,59,59,62,59,59,59,63,59,64,65,59,66,66,66,66,66,66,66,66,66,66,59,59,67,68,59,59,59,69,70,71,72,73,74,75,70,76,77,70,70,70,78,79,80,70,81,82,83,84,85,76,70,70,70,59,59,59,86,87,59,69,70,71,72,73,74,75,70,76,77,70,70,70,78,79,80,70,81,82,83,84,85,76,70,70,70,59,59,59,59,59],"spacedOther":[[160,59],[5760,59],[8192,59],[8193,59],[8194,59],[8195,59],[8196,59],[8197,59],[8198,59],[8199,59],[8200,59],[8201,59],[8202,59],[8232,59],[8233,59],[8239,59],[8287,59],[12288,59],[65279,59],[9676,88],[9679,89],[8250,90],[9135,91],[215,92],[10095,93],[10003,94],[8595,93],[10008,95],[9472,96],[10007,97],[10004,98],[8730,99],[10006,100],[8505,59],[9762,101],[9888,101],[8617,102],[8226,103],[10060,104],[9654,105],[65123,105]],"spacedDefault":59,"blank":59}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,76,78,79,80],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,56,57,59,60,61,62,63,64,65,66,67,68,69,70,72,73,74,75,76,78,79,80,83,87,88,106,107,108,109,116,117,118,121,122,123,136,137,144,147],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,54,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,78,79,80,83,87,88,93,106,107,108,109,116,117,118,121,122,123,128,129,130,136,137,144,147],[6,7,26,27,51,71,76,78,79,80],[6,7,76,78,79,80,100,101,102],[6,7,50,52,76,78,79,80],[6,7,61,76,78,79,80,87,88,104,105,124,125],[6,7,29,49,55,59,62,67,68,76,78,79,80,96,100,101,102,103,112,135,136,137,139,142,148],[6,7,64,76,78,79,80],[6,7,13,14,20,21,76,78,79,80,86,142],[6,7,76,78,79,80,103],[6,7,76,78,79,80,100,101,102,119,120,143],[5,6,7,8,11,76,78,79,80,100,101,102,103,119,120],[6,7,76,78,79,80,100,101,102,119,120],[6,7,15,76,78,79,80,100,101,102,119,120,121],[6,7,10,18,19,22,23,74,76,78,79,80,100,101,102,115,119,120,121,133,138,141],[2,6,7,10,18,22,23,25,33,36,37,55,58,75,76,78,79,80,83,84,90,91,92,97,100,101,102,103,108,109,115,119,120,121,127,131,132,135,140,146,148],[6,7,76,78,79,80,100,101,102,119,120,121],[2,4,6,7,10,76,78,79,80,100,101,102,119,120],[6,7,76,78,79,80,85,97,100,101,102,115,119,120,127],[6,7,9,33,76,78,79,80,84,91,100,101,102,109,119,120,145],[0,6,7,24,54,76,78,79,80,100,101,102,119,120,121],[6,7,9,10,76,78,79,80,100,101,102,109,119,120,134],[0,1,6,7,12,32,42,76,78,79,80,83,94,95,97,100,101,102,109,110,111,113,114,115,119,120,123],[6,7,45,76,77,78,79,80,100,101,102,119,120],[3,6,7,9,10,76,78,79,80,100,101,102,119,120,121],[3,6,7,9,76,78,79,80,100,101,102,119,120],[6,7,76,78,79,80,83,94,98,99,108],[6,7,53,76,78,79,80],[6,7,16,17,76,78,79,80,100,101,102],[6,7,30,76,78,79,80,100,101,102],[6,7,76,78,79,80,100,101,102,107],[6,7,73,76,78,79,80,100,101,102,126],[6,7,70,75,76,78,79,80,89,100,101,102],[6,7,38,76,78,79,80,100,101,102],[6,7,26,76,78,79,80],[6,7,27,30,31,34,35,76,78,79,80],[6,7,28,76,78,79,80],[6,7,37,41,42,43,76,78,79,80],[6,7,40,60,76,78,79,80],[6,7,40,76,78,79,80,81,82],[6,7,40,61,63,76,78,79,80],[6,7,40,76,78,79,80],[6,7,44,46,48,60,76,78,79,80],[6,7,47,76,78,79,80,123],[6,7,60,76,78,79,80],[6,7,61,63,70,76,78,79,80],[6,7,63,76,78,79,80],[6,7,69,72,76,78,79,80],[6,7,71,76,78,79,80],[6,7,76,78,79,80,122],[6,7,66,76,78,79,80,128,129,130],[6,7,26,27,66,71,76,78,79,80,128,129,130],[6,7,61,66,76,78,79,80,87,88,128,129,130],[6,7,66,71,76,78,79,80,128,129,130],[6,7,29,49,54,56,57,59,62,65,66,67,68,76,78,79,80,128,129,130,136,137,147],[6,7,64,66,76,78,79,80,128,129,130],[6,7,66,76,78,79,80,121,128,129,130],[6,7,66,74,76,78,79,80,121,128,129,130],[6,7,33,36,37,66,75,76,78,79,80,83,106,108,109,121,128,129,130],[6,7,66,76,78,79,80,128,129,130,144],[6,7,66,76,78,79,80,93,128,129,130],[6,7,33,66,76,78,79,80,109,128,129,130],[6,7,54,66,76,78,79,80,121,128,129,130],[6,7,66,76,78,79,80,106,107,109,128,129,130],[6,7,42,66,76,78,79,80,83,106,109,123,128,129,130],[6,7,45,66,76,78,79,80,128,129,130],[6,7,66,76,78,79,80,83,108,128,129,130],[6,7,53,66,76,78,79,80,128,129,130],[6,7,30,66,76,78,79,80,128,129,130],[6,7,66,76,78,79,80,107,128,129,130],[6,7,66,73,76,78,79,80,128,129,130],[6,7,66,70,75,76,78,79,80,128,129,130],[6,7,26,66,76,78,79,80,128,129,130],[6,7,27,30,31,34,35,66,76,78,79,80,128,129,130],[6,7,28,66,76,78,79,80,128,129,130],[6,7,37,41,42,43,66,76,78,79,80,128,129,130],[6,7,39,40,60,66,76,78,79,80,128,129,130],[6,7,40,66,76,78,79,80,128,129,130],[6,7,40,61,63,66,76,78,79,80,128,129,130],[6,7,44,46,48,60,66,76,78,79,80,116,128,129,130],[6,7,47,66,76,78,79,80,123,128,129,130],[6,7,60,66,76,78,79,80,128,129,130],[6,7,61,63,66,70,76,78,79,80,118,128,129,130],[6,7,63,66,76,78,79,80,128,129,130],[6,7,66,69,72,76,78,79,80,128,129,130],[6,7,66,76,78,79,80,117,128,129,130],[6,7,66,76,78,79,80,118,128,129,130],[6,7,66,76,78,79,80,122,128,129,130]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,8,9,10,0,0,11,12,13,14,15,16,13,13,17,13,13,18,13,17,19,20,13,21,22,23,24,13,25,26,13,13,27,0,0,28,29,0,4,4,30,4,4,31,4,4,4,4,4,4,4,32,33,4,4,4,34,31,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,35],[9679,36],[8250,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50]],"plainDefault":0,"spaced":[51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,52,51,51,51,51,51,51,51,51,51,53,54,51,55,55,55,55,55,55,55,55,55,55,51,51,56,51,51,51,51,51,51,51,57,58,59,60,51,57,61,51,51,51,57,51,62,51,63,64,65,66,51,57,51,51,51,67,51,51,68,51,51,51,51,69,51,51,70,51,51,51,51,51,51,51,71,72,51,51,51,51,70,51,51,51,51,51,51,51,51,51,51,51],"spacedOther":[[160,51],[5760,51],[8192,51],[8193,51],[8194,51],[8195,51],[8196,51],[8197,51],[8198,51],[8199,51],[8200,51],[8201,51],[8202,51],[8232,51],[8233,51],[8239,51],[8287,51],[12288,51],[65279,51],[9676,73],[9679,74],[8250,75],[9135,76],[215,77],[10095,78],[10003,79],[8595,78],[10008,80],[9472,81],[10007,82],[10004,83],[8730,84],[10006,85],[8505,54],[9762,86],[9888,86],[8617,87],[8226,88]],"spacedDefault":51,"blank":51}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/","value":{"lists":[[30,31],[4,6,7,11,12,24,30,31],[4,6,7,8,11,12,24,30,31],[13,30,31],[7,9,10,11,12,20,26,27,28,29,30,31],[2,30,31],[1,30,31],[3,4,14,22,25,30,31],[16,30,31],[4,30,31],[0,5,6,15,18,23,24,30,31],[17,19,30,31],[21,30,31],[7,8,11,12,30,31],[6,24,30,31]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"passed":{"key":"\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/","value":{"lists":[[13],[2,4,13],[5,13],[0,3,4,10,11,12,13],[0,13],[6,9,13],[8,13],[1,2,13],[7,13],[4,13],[2,13]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,6,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
