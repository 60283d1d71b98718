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
} from "./chunk-PSJ5GCM6.js";
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
var DERIVED = `{"prefilter":{"key":"rules 314\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?:connecting to|connect to|Redis on) ['\\"]?[a-z][a-z0-9+.-]{1,20}:\\\\/\\\\/[^\\\\s'\\"/]{1,255}\\\\/[^\\\\s:'\\"]{0,200}:\\\\d{1,5}(?!\\\\d)/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/(?<!rescue |raise )\\\\b(?:Minitest::Assertion|Test::Unit::AssertionFailedError)(?=:|\\\\s*$)/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/\\\\bPlanned for \\\\d{1,6} assertions?, but got \\\\d{1,6}\\\\./\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^\\\\.\\\\.\\\\. obtained [\\\\w.*[\\\\]{}]{1,100} = (?![^\\\\n]{0,600}(?:OpError|refused|\\\\bdial\\\\b|[Cc]onnect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))/\\n/\\\\S\\\\) = (?![^\\\\n]{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))[^\\\\n]{1,200}?[;,] want:? \\\\S/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^want:$/\\n/^[\\\\w./-]{1,300}\\\\.go:\\\\d{1,6}:\\\\d{1,6}: (?!cannot find package |no required module provides package |package [\\\\w./-]{1,200} is not in |could not import |[\\\\w./-]{0,200}imports? )\\\\S/\\n/\\"ruleId\\":(?:\\"[^\\"\\\\n]{1,200}\\"|null),\\"severity\\":2,\\"message\\":\\"/\\n/^FAIL Required test coverage of [\\\\d.]{1,10}% not reached\\\\b/\\n/\\\\bcoverage \\\\([\\\\d.]{1,10}%\\\\) is below the expected minimum coverage\\\\b|^SimpleCov failed with exit \\\\d{1,3}\\\\b/\\n/\\\\bcoverage threshold for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) not met\\\\b/\\n/\\\\bCoverage for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) does not meet (?:global )?threshold\\\\b/\\n/\\\\bRule violated for \\\\w{1,20} [^\\\\n]{1,300}: \\\\w{1,30} covered ratio is [\\\\d.]{1,10}, but expected minimum is [\\\\d.]{1,10}/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -[235]\\\\b|\\\\[Errno -[235]\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:(?!-)\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error -[235] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5}\\\\./\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError(?!:?\\\\s{1,4}Error connecting to Redis on (?!(?:[\\\\w.-]{1,255}:\\\\d{1,5}|\\\\/[^\\\\s()]{1,255}) \\\\((?!Errno::EINVAL\\\\)|Redis::TimeoutError\\\\)|SocketError\\\\))))/\\n/Error connecting to Redis on localhost:\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?!localhost:)(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?<![\\\\w$.])(?!(?:java|javax|jakarta|jdk|sun|com\\\\.sun|io\\\\.netty|io\\\\.vertx|reactor|org\\\\.springframework|org\\\\.apache|okhttp3|feign|retrofit2|io\\\\.grpc|org\\\\.postgresql|com\\\\.mysql|org\\\\.mariadb|redis\\\\.clients\\\\.jedis|io\\\\.lettuce|com\\\\.mongodb|org\\\\.mongodb|com\\\\.rabbitmq|org\\\\.apache\\\\.kafka|org\\\\.elasticsearch|co\\\\.elastic\\\\.clients|org\\\\.opensearch|com\\\\.microsoft\\\\.sqlserver|net\\\\.spy\\\\.memcached|net\\\\.rubyeye\\\\.xmemcached|com\\\\.datastax|io\\\\.nats|com\\\\.clickhouse|ru\\\\.yandex\\\\.clickhouse|io\\\\.minio|org\\\\.testcontainers|com\\\\.github\\\\.dockerjava|org\\\\.hibernate|org\\\\.jooq|org\\\\.flywaydb|org\\\\.liquibase|com\\\\.zaxxer\\\\.hikari)\\\\.)[A-Za-z_$][\\\\w$.]{0,300}(?:Exception|Error)[\\\\w$]{0,40}: java\\\\.net\\\\.ConnectException: Connection refused/\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{0,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/^\\\\s{0,40}(?:(?:org\\\\.springframework\\\\.data\\\\.redis\\\\.)?RedisConnectionFailureException: )?(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/\\\\S[^\\\\n]{0,300}\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/\\n/(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\bFailed opening required '(?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)' \\\\(include_path=/\\n/\\\\brequire(?:_once)?\\\\((?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)\\\\): [Ff]ailed to open stream: No such file or directory/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^!{1,40} (?:_pytest\\\\.outcomes\\\\.Exit\\\\b|Interrupted\\\\b|KeyboardInterrupt\\\\b|stopping after \\\\d)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^JUnit version \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^PHPUnit \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?\\\\S{0,40} by Sebastian Bergmann and contributors\\\\.$/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[21,28,32,33,34,35,36,37,38,47,49,58,60,61,63,68,71,72,73,179,188,223,235,236,262,267,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,472,473,474,475,476,477,478,479,480,481,482,483,484,485,486,487,488,489,490,491,492,493,496,497,498,499,500,501,502,503,504,505,506,507,508,509,510,511,512,513,514,515,516,517,518,519,520,521,522,523,524,525,526,527,528,529,530,531,532,533,534,535,536,537,538,539,540,541,542,543,544,545,546,547,548,549,550,553,554,556,558,559,560,561,562,563,564,567,568,569,571],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,50,37,36,56,54,55,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,10004,9472,94,10003,8730,10006,8505,10095,9762,9888,8226,59,9654,65123],"words":12,"quiet":13823,"states":15664,"edges":"AAAAAAAAAAABAAAAWAAAAAIAAACYjAAAAwAAAMgOAAAEAAAAaN4AAAUAAABAuQcABgAAAEDWAQAHAAAAcKYIAAgAAABILwIACQAAACiUAAAKAAAASEsAAAsAAACwcQoADAAAAKiZAAANAAAAGBkAAA4AAAAwnQEADwAAAJC3AAAQAAAAOCgAABEAAABIqwEAEgAAAKAJAAATAAAAiCECABQAAAAY7AMAFQAAAABSAgAWAAAA0CIBABcAAABQOwIAGAAAALhTAgAZAAAASEUCABoAAAAQXwIAGwAAAPDpAgAcAAAAID0DAB0AAAAAAAAAHgAAAFgzEAAfAAAAgBgBACAAAABoiwIAIQAAADhvDQAiAAAASAMCACMAAAAQ/wAAJAAAABhBBQAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAA6EgPACkAAAAAAAAAKgAAAPDLAQArAAAAGDEDACwAAADA8QEALQAAAIAYDAAuAAAAAAAAAC8AAADYNgIAMAAAAAAAAAAxAAAAOJACADIAAAAAAAAAMwAAAOBrAwA0AAAASCASADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAAAAAAAPwAAAJisDwBAAAAASNQNAEEAAABI3w0AQgAAAGjBEQBDAAAAYBYPAEQAAAAQZA8ARQAAAAAAAABGAAAAiGgPAEcAAAAAAAAASAAAAJiLDwBJAAAAwJAPAEoAAACAkw8ASwAAALBpFABMAAAAULkPAE0AAABg3A8ATgAAALjcDwBPAAAAIPUPAFAAAABA+Q8AUQAAAGApEABSAAAAYK0QAFMAAAC4rRAAVAAAADCyEABVAAAAAAAAAFYAAACYHxIAVwAAAPAfEgBaAAAAsAAAAFsAAADgiQQAXQAAAGgCCwBeAAAAQFIBAGEAAACopAAAYwAAALiQCwBkAAAA0KQJAGkAAABgBgIAbAAAAIBXAgBvAAAAEIUEAHUAAABIQAAAswAAAAgBAAC9AAAAsJEDAL8AAADIsAwACwEAAKiPEgBlAQAAuAEAAL4BAAAQAgAAFwIAAGgCAABwAgAAwAIAAMICAAAYAwAAIQMAAHADAAB6AwAAyAMAANMDAAAgBAAALAQAAHgEAACFBAAA0AQAANoEAAAoBQAANgUAAIAFAACPBQAA2AUAANoFAAAwBgAAOgYAAIgGAACWBgAA4AYAAOUGAAA4BwAARQcAAJAHAACYBwAA6AcAAPgHAABACAAAQggAAJgIAACmCAAA8AgAAAEJAAAAkBIATwkAAFiQEgCiCQAACOcPAKMJAAC4dA0AqAkAAPgJAACsCQAAkGQNAK0JAAAgVg0AsAkAABBUDQC1CQAA+IoMALkJAAA44g8AvAkAAIgDDAD/CQAAUAoAAAUKAACInQwAVQoAAKgKAAC0CgAAAAsAAAMLAABYCwAAYAsAALALAAC9CwAACAwAAA0MAABgDAAAagwAALgMAADADAAAEA0AABwNAABoDQAAHw0AAEBPAgB7DQAAwA0AAM4NAAAYDgAAGw4AAHAOAAB6DgAAsJASAMoOAAD4dwAAyw4AAKjNAQDNDgAAIA8AANEOAAAgHA4A0g4AAAi2AgDTDgAAaEkCANQOAACgHwAA1Q4AAPDCDwDWDgAACKMBANcOAACIMgAA2Q4AAKjHAwDcDgAASCEDAOUOAAA4aQQA6A4AAOjBDwAmDwAAeA8AAC8PAACA5wkAfg8AANAPAADkDwAAKBAAAD0QAACAEAAAiBAAANgQAADiEAAAMBEAADURAACIEQAAjREAAOARAADoEQAAOBIAAE4SAACQEgAAkhIAAOgSAAD1EgAAQBMAAFQTAACYEwAAoBMAAPATAAD/EwAASBQAAFkUAACgFAAArhQAAPgUAAAEFQAAUBUAAF0VAACoFQAAshUAAAAWAAADFgAAWBYAAGAWAACwFgAAshYAAAgXAAAZFwAAYBcAAGYXAAC4FwAAxBcAABAYAAASGAAAaBgAAG8YAADAGAAA1BgAAAiREgAZGQAAUE0SABoZAADAdQIAHRkAAHAZAAAhGQAAoCQCACYZAAB4tgMAchkAAHjVAABzGQAACGoJAHcZAABIxAsAeBkAAMgZAAB6GQAAeE4BAHsZAACALAkAfRkAACgZCAB/GQAAoAMNAIEZAAD4xQcAhhkAAEh8AgCJGQAAQGwHAMkZAAAgGgAAyxkAAIgzBwDOGQAASEUNADcaAAB4GgAAkBoAANAaAADbGgAAKBsAAEEbAACAGwAAghsAANgbAADyGwAAMBwAAD8cAACIHAAAjRwAAOAcAADtHAAAOB0AAEgdAACQHQAAmB0AAOgdAAD0HQAAQB4AAE0eAACYHgAAoh4AAPAeAAD2HgAASB8AAFwfAABgkRIAph8AAPgfAACqHwAAsFcPALcfAABQqQ0AEyAAAFAgAABcIAAAqCAAAK4gAAAAIQAAAyEAAIj8BgAIIQAAWCEAAFshAADoHgcAXyEAALAhAABjIQAAOL4FAGYhAAA4JwQAtSEAAAgiAAAUIgAAYCIAAGMiAAC4IgAAwCIAABAjAAAdIwAAaCMAAG0jAADAIwAAyiMAABgkAAAgJAAAcCQAAHMkAADIJAAA0SQAACAlAAAhJQAAeCUAAHklAADQJQAA1SUAACgmAAAuJgAAgCYAAIomAADYJgAA4CYAADAnAAAzJwAAiCcAAIsnAADgJwAA8ScAALiREgA6KAAAgOkBAD0oAABY7A0AQSgAAKDTEQBEKAAAkCgAAEYoAADAzgkAqCgAAOgoAADrKAAAQCkAAEwpAACYKQAApSkAAPApAAD3KQAASCoAAEoqAACgKgAAqSoAAPgqAAACKwAAUCsAAFsrAACoKwAAxCsAAAAsAAAILAAAEJISAF0sAACwLAAAuCwAAAgtAAAJLQAAYC0AAGItAAC4LQAAuy0AABAuAAATLgAAaJISAG0uAADALgAAxi4AABgvAAAfLwAAcC8AAHgvAADILwAAyy8AACAwAAApMAAAeDAAAHkwAADQMAAA0TAAACgxAAA5MQAAgDEAAI4xAADYMQAA5DEAADAyAAA3MgAAwJISAI4yAADgMgAA4jIAADgzAABOMwAAkDMAAJgzAADoMwAA6jMAAEA0AABJNAAAmDQAAKI0AADwNAAA+zQAAEg1AABUNQAAoDUAAK01AAD4NQAAAjYAAFA2AABeNgAAqDYAALc2AAAANwAAAjcAAFg3AABiNwAAsDcAAL43AAAIOAAADTgAAGA4AABtOAAAuDgAAMA4AAAQOQAAFjkAAGg5AAB0OQAAwDkAAN05AAAYOgAAIToAAHA6AAB+OgAAyDoAAM46AAAgOwAALDsAAHg7AAB7OwAA0DsAANg7AAAoPAAAOTwAAIA8AACOPAAA2DwAAPE8AAAwPQAAMT0AAIg9AAClPQAAGJMSAOU9AAA4PgAAPj4AAJA+AACYPgAA6D4AAPE+AABAPwAAQz8AAJg/AACkPwAA8D8AAPY/AADIkxIAZEAAAKBAAACoQAAAIJQSAPtAAABQQQAAYUEAAKhBAACwQQAAAEIAAA5CAABYQgAAW0IAALBCAAC4QgAACEMAABVDAABgQwAAZUMAALhDAADCQwAAEEQAABhEAABoRAAAdEQAAMBEAADNRAAAGEUAABpFAABwRQAAiUUAAMhFAADZRQAAIEYAACxGAAB4RgAAf0YAANBGAADYRgAAKEcAAC1HAACARwAAjUcAANhHAADgRwAAMEgAADpIAACISAAAk0gAAOBIAADsSAAAOEkAAEBJAAB4lBIAnEkAAOhJAADuSQAAQEoAAFtKAACYSgAApEoAAPBKAAD2SgAA0JQSAE1LAABIZgIATksAABDwBQBPSwAAKIcIAFNLAACgSwAAVEsAAOjgAQBWSwAAuMsGAFxLAACQbwIApksAAJi8EQCsSwAA+EsAAP5LAACA+QMAAEwAACiVEgBcTAAAqEwAAK5MAAAATQAAG00AAFhNAABkTQAAsE0AALZNAAAITgAAEE4AAGBOAABmTgAAuE4AAMROAAAQTwAALU8AAGhPAABxTwAAwE8AAMxPAAAYUAAAG1AAAHBQAAB6UAAAyFAAANRQAAAgUQAAJ1EAAHhRAACAUQAA0FEAANFRAAC4ZAAA01EAAChSAAA3UgAAgFIAAIZSAADYUgAA2lIAADBTAABGUwAAiFMAAKZTAADgUwAA+VMAADhUAAA6VAAAkFQAAJNUAADoVAAA9FQAAEBVAABHVQAAmFUAAKBVAADwVQAA8lUAAEhWAABRVgAAoFYAAKpWAAD4VgAAA1cAAFBXAABcVwAAqFcAALVXAAAAWAAAClgAAFhYAABmWAAAsFgAAL9YAAAIWQAAClkAAGBZAABqWQAAuFkAAMZZAAAQWgAAFVoAAGhaAAB1WgAAwFoAANVaAAAYWwAAIFsAAHBbAACJWwAAyFsAANFbAAAgXAAAKlwAAHhcAACAXAAA0FwAAN1cAAAoXQAALV0AAIBdAACIXQAA2F0AANldAAAwXgAAMl4AAIheAACLXgAA4F4AAONeAACAlRIAPV8AAJBfAACWXwAA6F8AAO9fAABAYAAASGAAAJhgAACcYAAA8GAAAPJgAABIYQAAS2EAAKBhAACoYQAA+GEAAPlhAABQYgAAVmIAAKhiAACtYgAAAGMAABtjAABYYwAAZmMAALBjAAC3YwAACGQAABRkAABgZAAAZ2QAANiVEgC6ZAAAEGUAABNlAABoZQAAa2UAADCWEgDFZQAAGGYAAB5mAABwZgAAd2YAAMhmAADmZgAAIGcAADlnAAB4ZwAAemcAANBnAADTZwAAKGgAADRoAACAaAAAh2gAANhoAADgaAAAMGkAADJpAACIaQAAkWkAAOBpAADqaQAAOGoAAENqAACQagAAnGoAAOhqAAD1agAAQGsAAEprAACYawAApmsAAPBrAAD/awAASGwAAEpsAACgbAAAqmwAAPhsAAAGbQAAUG0AAFVtAACobQAAtW0AAABuAAAVbgAAWG4AAGBuAACwbgAAyW4AAAhvAAARbwAAYG8AAGpvAAC4bwAAwG8AABBwAAAdcAAAaHAAAG1wAADAcAAAyHAAABhxAAAZcQAAcHEAAHJxAADIcQAAy3EAACByAAAjcgAAiJYSAH1yAADQcgAA1nIAAChzAAAvcwAAgHMAAIhzAADYcwAA3HMAADB0AAAydAAAiHQAAIt0AADgdAAA6HQAADh1AAA5dQAAkHUAAJZ1AADodQAA7XUAAEB2AABbdgAAmHYAAKZ2AADwdgAA93YAAEh3AABUdwAAoHcAAKd3AADglhIA+3cAAFB4AABheAAAqHgAALB4AACYtQEAxHgAAAB5AAAIeQAAOJcSAGd5AACweQAAtnkAAAh6AAAKegAAYHoAAHZ6AAC4egAA1noAABB7AAATewAAaHsAAHR7AADAewAAxnsAABh8AAAzfAAAcHwAAHx8AADIfAAAznwAACB9AAA+fQAAeH0AAIh9AADQfQAA3n0AACh+AAAufgAAgH4AAIN+AADYfgAA4n4AADB/AABOfwAAiH8AAJ5/AADgfwAA7H8AADiAAAA7gAAAkIAAAJOAAADogAAA6oAAAECBAABXgQAAmIEAAKSBAADwgQAADIIAAEiCAABQggAAkJcSALGCAAD4ggAABoMAAFCDAABcgwAAqIMAALWDAAAAhAAACoQAAFiEAABghAAAsIQAALGEAAAIhQAACoUAAGCFAABjhQAAuIUAALuFAADolxIAFYYAAGiGAABuhgAAwIYAAMeGAAAYhwAAIIcAAHCHAACGhwAAyIcAANGHAAAgiAAAI4gAAHiIAACCiAAA0IgAANiIAAAoiQAAQYkAAICJAACMiQAA2IkAAOCJAABAmBIAOIoAAIiKAACLigAA4IoAAOqKAAA4iwAAPosAAJCLAACeiwAA6IsAAPWLAABAjAAAV4wAAJiYEgCZjAAA4CARAJuMAAAA2QEAnowAAPCcAgCfjAAACHgIAKCMAAAAFwcAoYwAAEDOAACijAAAKHgCAKWMAADovhAApowAANggDQCnjAAA8IwAAKmMAACAQgkArowAAFhDBwCvjAAA+AgPAPqMAABwPQoA/4wAAEiNAABUjQAAoI0AAKGNAACgSgQAo40AAPiNAAD7jQAAUI4AAFeOAACQqQEAWI4AAKiOAABojgAA4DoBAK+OAAAAjwAADI8AAFiPAABljwAAsI8AAL6PAAAIkAAAFJAAAGCQAABnkAAAuJAAAMCQAAAQkQAAIJEAAGiRAABtkQAAwJEAAMaRAAAYkgAAIJIAAHCSAAB5kgAAyJIAAMuSAAAgkwAALJMAAHiTAAB+kwAA8JgSAO+TAABImRIANZQAAICUAACClAAAeAwBAIOUAACwwAIAh5QAAKD1AgCLlAAAUNUNAIyUAADQCQIAjpQAAAjtAgCPlAAAyM4NAJmUAAC4lQIAoJQAANiUAADllAAAMJUAADWVAACIlQAAjJUAAOCVAADtlQAAOJYAAECWAACQlgAAQ5YAAFCkCwCXlgAA6JYAAJ+WAAAY9wMA6pYAAECXAABKlwAAmJcAAJqXAADwlwAACZgAAEiYAABKmAAAoJgAAKOYAAD4mAAABJkAAFCZAABYmQAAoJkSAK6ZAAAAmgAAsJkAALjjFAC3mQAAqFgHALmZAACIrAcAu5kAAKhfAQDAmQAAoHwNAMSZAAAAyA4ABpoAAFDxAAAYmgAAWJoAAFqaAACwmgAAZZoAAACwAABxmgAA4KAAAL+aAAAImwAAF5sAAGCbAABsmwAAuJsAALubAAAQnAAAE5wAAGicAACAnAAAwJwAAMecAAAYnQAAJJ0AAHCdAAB9nQAAyJ0AANadAAAgngAALJ4AAHieAAB/ngAA0J4AAOieAAAonwAANJ8AAICfAACGnwAA2J8AAN6fAAAwoAAANaAAAIigAACOoAAAUJoSAOKgAAA4oQAAP6EAAJChAACooQAA6KEAAO+hAABAogAAWaIAAJiiAACwogAA8KIAAPyiAABIowAATqMAAKCjAACmowAA+KMAAP2jAABQpAAAVqQAAKiaEgDBpAAAAKUAABGlAABYpQAAZqUAALClAAC/pQAACKYAABCmAABgpgAAgKYAALimAADEpgAAEKcAACSnAABopwAAcKcAAMCnAADGpwAAGKgAACSoAABwqAAAeqgAAMioAADOqAAAIKkAAC6pAAB4qQAAhKkAANCpAADrqQAAKKoAACqqAACAqgAAkaoAANiqAADgqgAAMKsAAD6rAACIqwAAi6sAAOCrAADoqwAAOKwAAEWsAACQrAAAlawAAOisAADyrAAAQK0AAEitAACYrQAAmq0AAPCtAAABrgAASK4AAFmuAACgrgAApa4AAPiuAAD8rgAAUK8AAFyvAACorwAAr68AAACbEgAFsAAAWLAAAGKwAACwsAAAyLAAAAixAAALsQAAYLEAAGmxAAC4sQAAubEAABCyAAARsgAAaLIAAG2yAADAsgAAxrIAABizAAAiswAAcLMAAHyzAADIswAAz7MAACC0AAA4tAAAeLQAAHq0AADQtAAA2bQAACi1AAAytQAAgLUAAIu1AADYtQAA8LUAADC2AABGtgAAiLYAAI22AADgtgAA57YAADi3AABEtwAAWJsSAJK3AAAI+AIAlbcAAJiUAQCZtwAAoCsHAJu3AADo9wgAobcAAOi3AADqtwAAQKcCAPa3AABAuAAATLgAAJi4AABPuAAAeHgJAKW4AADwuAAA+rgAAEi5AABJuQAA0DwSAFC5AACguQAAp7kAAPi5AAC7uQAAOL8BAP25AABQugAAXLoAAKi6AACrugAAALsAAAi7AABYuwAAZbsAALC7AAC1uwAACLwAABK8AABgvAAAaLwAALi8AAC7vAAAEL0AABm9AABovQAAab0AAMC9AADBvQAAGL4AAB2+AABwvgAAdr4AAMi+AADSvgAAIL8AACi/AAB4vwAAer8AANC/AADZvwAAKMAAADLAAACAwAAAi8AAANjAAADkwAAAMMEAAD3BAACIwQAAksEAAODBAADuwQAAOMIAAEfCAACQwgAAksIAAOjCAADywgAAQMMAAE7DAACYwwAAncMAAPDDAAD9wwAASMQAAFDEAACgxAAAocQAAPjEAAD+xAAAUMUAAFXFAACoxQAAssUAAADGAAAFxgAAWMYAAGfGAACwxgAAtcYAAAjHAAAZxwAAYMcAAGjHAAC4xwAAvscAABDIAAAcyAAAaMgAAIXIAADAyAAAycgAABjJAAAkyQAAcMkAAHPJAADIyQAA0skAACDKAAAsygAAeMoAAH/KAADQygAA2MoAACjLAABBywAAgMsAAJTLAADYywAA4MsAADDMAAAzzAAAiMwAAJTMAADgzAAA5swAADjNAABTzQAAkM0AAJzNAADozQAA7s0AALCbEgBKzgAAmM4AAKPOAADwzgAA+M4AACjhAAD8zgAASM8AAFXPAACgzwAAqs8AAPjPAAAG0AAAUNAAAF/QAACo0AAAqtAAAADRAAAK0QAAWNEAAGbRAACw0QAAtdEAAAjSAAAV0gAAYNIAAGjSAAC40gAAcNIAAFCLAQC50gAAENMAALzSAADAeAEAyNIAANCxAQAh0wAAaNMAAHHTAADA0wAA19MAABjUAAAm1AAAcNQAAH3UAADI1AAA0NQAACDVAAA/1QAACJwSAIHVAADQ1QAA2tUAACjWAAAz1gAAYJwSAILWAADY1gAA4dYAADDXAAA61wAAiNcAAJPXAADg1wAA7NcAADjYAABF2AAAkNgAAJrYAADo2AAA9tgAAEDZAABP2QAAmNkAAJrZAADw2QAA+tkAAEjaAABW2gAAoNoAAKXaAAD42gAABdsAAFDbAABY2wAAqNsAAK7bAAAA3AAADNwAAFjcAAB13AAAsNwAALncAAAI3QAAFt0AAGDdAABm3QAAuN0AAMTdAAAQ3gAAF94AALicEgBq3gAAUFECAG7eAADA3gAAxd4AABjfAADO3gAAuFUFACXfAABw3wAAh98AAMjfAADJ3wAAIOAAACLgAAB44AAAe+AAANDgAADT4AAAEJ0SAEnhAACA4QAAgeEAANjhAADa4QAAMOIAADPiAACI4gAAi+IAAGidEgDl4gAAOOMAAD7jAACQ4wAAl+MAAOjjAAAK5AAAQOQAAEjkAACY5AAAp+QAAPDkAADy5AAASOUAAFnlAACg5QAAseUAAPjlAAAE5gAAUOYAAFfmAACo5gAAsOYAAADnAAAE5wAAWOcAAGbnAACw5wAAuucAAAjoAAAT6AAAYOgAAGXoAAC46AAAwegAABDpAAAa6QAAaOkAAHDpAADA6QAAwukAABjqAAAl6gAAcOoAAITqAADI6gAA0OoAACDrAAAh6wAAeOsAAHrrAADQ6wAA0+sAACjsAAAr7AAAwJ0SAIXsAADY7AAA3uwAADDtAAA37QAAiO0AAJDtAADg7QAA7+0AADjuAAA97gAAkO4AAJ3uAADo7gAA+O4AAEDvAABO7wAAmO8AAK/vAADw7wAA+e8AAEjwAABO8AAAoPAAAKzwAAD48AAA//AAABieEgBV8QAA6B8DAFjxAACo8QAAXfEAACDNCgC38QAAAPIAABHyAABY8gAAZvIAALDyAAC88gAACPMAABXzAABg8wAAavMAALjzAADA8wAAEPQAABP0AABo9AAAdPQAAMD0AADN9AAAGPUAACL1AABw9QAAePUAAMj1AADK9QAAIPYAACn2AAB49gAAgvYAAND2AADb9gAAKPcAAD33AACA9wAAiPcAANj3AADx9wAAMPgAADn4AACI+AAAkvgAAOD4AADo+AAAOPkAAEX5AACQ+QAAlfkAAOj5AADw+QAAQPoAAEH6AACY+gAAmvoAAPD6AADz+gAASPsAAEv7AABwnhIApfsAAPj7AAD++wAAUPwAAFf8AACo/AAAsPwAAAD9AAAO/QAAWP0AAFv9AACw/QAAuP0AAAj+AAAL/gAAYP4AAGz+AAC4/gAAwv4AAMieEgAR/wAAiLUPABL/AABo/wAAE/8AAJDzDQAa/wAA8LcPABv/AADwvwUAH/8AALA8AgAg/wAA6HoNADT/AAB4HwIAcf8AAMD/AADK/wAAGAABACMAAQBwAAEAfAABAMgAAQDVAAEAIAEBACoBAQB4AQEAhgEBANABAQDfAQEAKAIBACoCAQCAAgEAigIBANgCAQDmAgEAMAMBADUDAQCIAwEAlQMBAOADAQDwAwEAOAQBADoEAQCQBAEAngQBAOgEAQD5BAEAIJ8SAEcFAQB4nxIAoAUBANCfEgD5BQEASAYBAFIGAQCgBgEAqwYBAPgGAQAEBwEAUAcBAF0HAQCoBwEAsgcBAAAIAQAOCAEAWAgBAGcIAQCwCAEAsggBAAgJAQASCQEAYAkBAG4JAQC4CQEAvQkBABAKAQAdCgEAaAoBAHAKAQDACgEA0AoBABgLAQAaCwEAcAsBAH4LAQDICwEA2QsBACigEgAnDAEAgKASAJEMAQDQDAEA4QwBACgNAQA0DQEAgA0BAIgNAQDYoBIA3Q0BADAOAQA4DgEAiA4BAIoOAQDgDgEAjQ4BAFhWCACXDgEAeLAFAOkOAQA4DwEA7w4BAEAeCwBCDwEAkA8BAJsPAQDoDwEA9A8BAEAQAQBNEAEAmBABAKIQAQDwEAEA/hABAEgRAQBXEQEAoBEBAKIRAQD4EQEAAhIBAFASAQBcEgEAqBIBALASAQAwoRIAAxMBAFgTAQBmEwEAsBMBAL0TAQAIFAEAHxQBAGAUAQBoFAEAuBQBAM4UAQAQFQEAHBUBAGgVAQB3FQEAwBUBAMsVAQAYFgEAGhYBAHAWAQB9FgEAyBYBANYWAQAgFwEAIxcBAHgXAQCOFwEA0BcBANgXAQAoGAEAOhgBAIihEgCIGAEAMNYEAIoYAQCA8xAAjRgBALCGDgCPGAEA2BgBAN0YAQAwGQEANxkBAIgZAQCUGQEA4BkBAO0ZAQA4GgEAOhoBAJAaAQCmGgEA6BoBAPQaAQBAGwEAXxsBAJgbAQC0GwEA8BsBAPgbAQDgoRIAShwBAKAcAQCpHAEA+BwBAAIdAQBQHQEAWx0BAKgdAQC0HQEAAB4BAA0eAQBYHgEAYh4BALAeAQC+HgEACB8BABcfAQBgHwEAYh8BALgfAQDCHwEAECABAB4gAQBoIAEAbSABAMAgAQDNIAEAGCEBACghAQBwIQEAciEBAMghAQDWIQEAICIBADEiAQA4ohIAfyIBAJCiEgDSIgEA+EQGANUiAQAoIwEA2SIBAMj9AQDcIgEAQKsIAN4iAQCgwQEA5CIBAIDSBQAvIwEAAGsMADUjAQCAIwEAlyMBANgjAQDdIwEAMCQBADMkAQCIJAEAOiQBAMgEBwBMJAEAyA8HAI0kAQDwCQcAlCQBAOAkAQDmJAEAmDEBAO8kAQA4JQEAQSUBAJAlAQCWJQEA6CUBAPYlAQBAJgEASiYBAJgmAQCsJgEA8CYBAPwmAQBIJwEAWycBAKAnAQCvJwEA+CcBAAQoAQBQKAEAUSgBAKgoAQCyKAEAACkBAA4pAQBYKQEAXSkBALApAQC9KQEAQKMSABsqAQBgKgEAbyoBALgqAQDEKgEAECsBABErAQBoKwEAcisBAMArAQDOKwEAGCwBAB0sAQBwLAEAfSwBAEikEgDKLAEAIC0BACktAQB4LQEAgi0BANAtAQDbLQEAKC4BADQuAQCALgEAjS4BANguAQDiLgEAMC8BAD4vAQCILwEAly8BAOAvAQDiLwEAODABAEIwAQCQMAEAnjABAOgwAQD1MAEAQDEBAFcxAQCgpBIAszEBAPAxAQD8MQEASDIBAE4yAQCgMgEArDIBAPgyAQD+MgEAUDMBAFYzAQCoMwEArTMBAAA0AQAGNAEA+KQSAGE0AQCwNAEAujQBAAg1AQATNQEAYDUBAGw1AQC4NQEAxTUBABA2AQAaNgEAaDYBAHY2AQDANgEAzzYBABg3AQAaNwEAcDcBAHo3AQDINwEA1jcBACA4AQAlOAEAeDgBAIU4AQDQOAEA2DgBACg5AQA4OQEAgDkBAII5AQDYOQEA5jkBADA6AQBBOgEAAKYSAI86AQBYphIA5joBADg7AQBEOwEAkDsBAKA7AQDoOwEA8TsBAEA8AQBDPAEAmDwBAKQ8AQDwPAEA9zwBAEg9AQBQPQEAoD0BAL49AQD4PQEAAD4BAFA+AQBhPgEAqD4BAK0+AQAAPwEAFz8BAFg/AQBmPwEAsD8BAL0/AQAIQAEAEEABAGBAAQBkQAEAuEABALpAAQAQQQEAE0EBAGhBAQBwQQEAwEEBAMZBAQAYQgEAJEIBAHBCAQCAQgEAyEIBANFCAQAgQwEAI0MBAHhDAQCEQwEA0EMBANdDAQCwphIAMUQBAIBEAQCDRAEA2EQBAOZEAQAwRQEAPUUBAIhFAQCfRQEA4EUBAOhFAQA4RgEAOkYBAJBGAQCZRgEA6EYBAPJGAQBARwEAS0cBAJhHAQCkRwEA8EcBAP1HAQBISAEAUkgBAKBIAQCuSAEA+EgBAAdJAQBQSQEAUkkBAKhJAQCySQEAAEoBAA5KAQBYSgEAXUoBALBKAQC9SgEACEsBABBLAQBgSwEAdksBALhLAQDESwEAEEwBAB9MAQBoTAEAc0wBAMBMAQDCTAEAGE0BACVNAQBwTQEAfk0BAMhNAQDLTQEAIE4BADZOAQAIpxIAgE4BALBHAgCGTgEAiLsCAJBOAQDQTgEA0k4BAChPAQA5TwEAgE8BAJFPAQDYTwEA3U8BADBQAQA0UAEAiFABAJRQAQDgUAEA51ABADhRAQBAUQEAkFEBAK5RAQDoUQEA8FEBAGCnEgBFUgEAmFIBAJlSAQBAzQ8Ap1IBADgUDgCxUgEA8FIBAPJSAQBIUwEAYVMBAKBTAQCxUwEA+FMBAARUAQBQVAEAUlQBAKhUAQCxVAEAAFUBALdUAQDYWgEAClUBAFhVAQBjVQEAsFUBALxVAQAIVgEAFVYBAGBWAQBqVgEAuFYBAMZWAQAQVwEAH1cBAGhXAQBqVwEAwFcBAMpXAQAYWAEAJlgBAHBYAQB1WAEAyFgBANVYAQAgWQEALFkBAHhZAQB+WQEA0FkBANZZAQAoWgEALVoBAIBaAQCGWgEAuKcSAOdaAQAwWwEAPFsBAIhbAQCLWwEA4FsBAONbAQA4XAEAP1wBAJBcAQCcXAEA6FwBAPVcAQBAXQEATl0BAJhdAQCkXQEA8F0BAPddAQAQqBIATl4BAKBeAQCmXgEA+F4BAP1eAQBQXwEAVl8BAGioEgCpXwEAADECALJfAQCgLw0AtF8BACB+EgC2XwEAUBcOALdfAQAAYAEADGABAFhgAQBZYAEAsGABAGRgAQB4Jw4AumABAAhhAQAWYQEAYGEBAGVhAQC4YQEAxWEBAMCoEgASYgEA6N0NAB5iAQDY0A0AM2IBABipEgCOYgEAwGIBAOdiAQAYYwEAPGMBAHBjAQB4YwEAcKkSANRjAQAgZAEAImQBAHhkAQB7ZAEA0GQBANVkAQAoZQEANWUBAIBlAQCcZQEA2GUBAOBlAQDIqRIAOWYBAIhmAQA9ZgEA2HABAItmAQDgZgEA7GYBADhnAQA+ZwEAkGcBAJ1nAQDoZwEA6mcBAEBoAQBWaAEAmGgBAKRoAQDwaAEA+GgBACCqEgBOaQEAoGkBAKhpAQD4aQEA+WkBAFBqAQBSagEAqGoBAKtqAQAAawEAA2sBAHiqEgBdawEAsGsBALZrAQAIbAEAD2wBAGBsAQBobAEAuGwBAMVsAQAQbQEAFW0BAGhtAQBybQEAwG0BAMhtAQAYbgEAGm4BAHBuAQCBbgEAyG4BANluAQAgbwEAJW8BAHhvAQB8bwEA0G8BANxvAQAocAEAL3ABAIBwAQCScAEA0KoSAN1wAQAwcQEAOHEBAIhxAQCKcQEA4HEBAO9xAQA4cgEAR3IBAJByAQCccgEA6HIBAOtyAQBAcwEAQ3MBAJhzAQCgcwEA8HMBAPpzAQBIdAEATXQBAKB0AQCodAEA+HQBAAJ1AQBQdQEAW3UBAKh1AQC2dQEAAHYBAAN2AQBYdgEAYHYBALB2AQDLdgEACHcBABN3AQBgdwEAZXcBALh3AQC7dwEAEHgBABp4AQBoeAEAengBACirEgDOeAEAGHkBACJ5AQBweQEAe3kBAMh5AQDQeQEAIHoBACZ6AQB4egEAenoBANB6AQDpegEAKHsBAEF7AQCAewEAjnsBANh7AQDiewEAMHwBAEZ8AQCIfAEApXwBAOB8AQDofAEAOH0BAEh9AQCQfQEAkn0BAOh9AQD2fQEAQH4BAFF+AQCAqxIAn34BANirEgDxfgEASH8BAFl/AQCgfwEArH8BAPh/AQD6fwEAUIABAFOAAQCogAEAtIABAACBAQAIgQEAiKwSAGOBAQCwgQEAvIEBAAiCAQAXggEAYIIBAICCAQC4ggEAwIIBABCDAQAkgwEAaIMBAG2DAQDAgwEAyYMBABiEAQAehAEAcIQBAHiEAQDIhAEA14QBACCFAQAlhQEAeIUBAIWFAQDQhQEA3YUBACiGAQA0hgEAgIYBAI+GAQDYhgEA4oYBADCHAQA+hwEAiIcBAI2HAQDghwEA7YcBADiIAQBAiAEAkIgBAJOIAQDoiAEA9IgBAECJAQBKiQEAmIkBAKKJAQDwiQEA/okBAEiKAQBVigEAoIoBALeKAQD4igEA+4oBAOCsEgBSiwEAqIsBALaLAQAAjAEAEYwBADitEgBfjAEAkK0SAM+MAQAIjQEAGI0BAGCNAQBijQEAuI0BAMaNAQAQjgEAIY4BAOitEgBvjgEAQK4SAMWOAQAYjwEAII8BAHCPAQByjwEAyI8BANGPAQAgkAEAKpABAHiQAQCDkAEA0JABANyQAQAokQEANZEBAICRAQCKkQEA2JEBAOaRAQAwkgEAP5IBAIiSAQCKkgEA4JIBAOqSAQA4kwEARJMBAJCTAQCYkwEA8K4SAO2TAQBAlAEASJQBAEivEgCflAEA8JQBAKGUAQCwNgQApZQBAHDRAQCplAEAOFMPAK6UAQBQ+QEAs5QBAHh/AwD8lAEASJUBAFCVAQBwNRQAZJUBAHAHEQBwlQEAoJUBAMaVAQD4lQEAIZYBAFCWAQB2lgEAqJYBAM6WAQAAlwEACJcBAFiXAQCClwEAsJcBAMmXAQAImAEACpgBAGCYAQBnmAEAuJgBAMCYAQAQmQEAH5kBAGiZAQBumQEAwJkBAMyZAQAYmgEAH5oBAHCaAQB8mgEAyJoBANWaAQAgmwEAKpsBAHibAQCGmwEA0JsBANKbAQAonAEAOZwBAICcAQCDnAEA2JwBAAOdAQCgrxIAM50BADheBAA6nQEA+LIGAD2dAQCInQEAQJ0BAFBZDgBBnQEAoMkCAEadAQBguwQAj50BANCNAgCSnQEAOM8DAJedAQDYphAAo50BAOCdAQDinQEAOJ4BAEmeAQCQngEAnp4BAOieAQDvngEAQJ8BAEKfAQCYnwEARZ8BAGisAgBInwEAeLwBAKefAQDwnwEA/58BAEigAQBUoAEAoKABAKOgAQD4oAEA+6ABAFChAQBwoQEAqKEBALShAQAAogEAFKIBAFiiAQBmogEAsKIBALeiAQD4rxIAHqMBAEB4AwAfowEAYKMBAGKjAQCArw0AY6MBAHiuDQBtowEAuKMBALqjAQAQpAEAGqQBAGikAQAhpAEASLMNAHGkAQDApAEAxqQBABilAQAkpQEAcKUBAHelAQDIpQEAzaUBACCmAQAspgEAeKYBAHumAQDQpgEA3aYBACinAQAtpwEAgKcBAIqnAQDYpwEA7qcBADCoAQAyqAEAiKgBAJKoAQDgqAEA76gBADipAQBDqQEAULASAJypAQDoqQEA9akBAECqAQBOqgEAmKoBAKSqAQDwqgEA96oBAKiwEgBNqwEAoKsBAFSrAQBgLA8AVqsBAODABACiqwEAyBgEAKWrAQAI0gsAr6sBAMghDAC3qwEA+KsBAAasAQBQrAEAXawBAKisAQCwrAEAAK0BAAqtAQCIUQgAEK0BAFitAQBarQEAsK0BAL6tAQAIrgEAGa4BAACxEgBnrgEAWLESAL2uAQAQrwEAFq8BAGivAQBwrwEAwK8BAMmvAQAYsAEAG7ABAHCwAQB8sAEAyLABAM6wAQAgsQEAKLEBAHixAQCXsQEACLISANKxAQAosgEANrIBAICyAQCRsgEAYLISAN+yAQC4shIANbMBAIizAQCOswEA4LMBAOizAQA4tAEAQbQBAJC0AQCTtAEA6LQBAPS0AQBAtQEARrUBAGizEgCatQEA8LUBAPm1AQBItgEAUrYBAKC2AQCrtgEA+LYBAAS3AQBQtwEAXbcBAKi3AQCytwEAALgBAA64AQBYuAEAZ7gBALC4AQCyuAEACLkBABK5AQBguQEAbrkBALi5AQC9uQEAELoBAB26AQBougEAcLoBAMC6AQDQugEAGLsBABq7AQBwuwEAfrsBAMi7AQDZuwEAwLMSACe8AQAYtBIAgbwBANC8AQDTvAEAKL0BADS9AQCAvQEAhr0BANi9AQDlvQEAML4BADK+AQCIvgEAnr4BAOC+AQDsvgEAcLQSAES/AQCQvwEAlr8BAOi/AQDrvwEAQMABAE7AAQCYwAEAncABAPDAAQD9wAEASMEBAFDBAQDItBIArcEBAPjBAQAGwgEAUMIBAFrCAQDI3AEAZsIBAKjCAQCxwgEAAMMBABbDAQBYwwEAYMMBALDDAQCzwwEACMQBABHEAQBgxAEAYcQBALjEAQC5xAEAEMUBABXFAQBoxQEAbsUBAMDFAQDKxQEAGMYBACTGAQBwxgEAd8YBAMjGAQDQxgEAIMcBACLHAQB4xwEAeccBANDHAQDexwEAKMgBADDIAQCAyAEAm8gBANjIAQDkyAEAMMkBADbJAQCIyQEAi8kBAODJAQDuyQEAOMoBAD3KAQCQygEAncoBAOjKAQDwygEAQMsBAE7LAQCYywEAm8sBACC1EgDzywEASMwBAPTLAQBQnAoA/MsBAHiLCgD+ywEAsGoQAAPMAQAQmBAAS8wBAKDMAQCxzAEA+MwBABTNAQBQzQEAWM0BAHi1EgC5zQEAAM4BAAjOAQBYzgEAXs4BALDOAQC1zgEACM8BABHPAQBgzwEAas8BALjPAQDGzwEAENABAB3QAQBo0AEAdNABAMDQAQDD0AEAGNEBADTRAQDQtRIAc9EBAPBqDwB60QEASDkRAHzRAQBowAoAfdEBAMjRAQB/0QEAqOACANTRAQAg0gEAI9IBAODECgAv0gEAeNIBADPSAQAItAoAgtIBANDSAQDY0gEAONUBANzSAQCINhEA3tIBACjTAQDs0gEASIgJAC3TAQCIMQQANdMBAIDTAQCX0wEA2NMBAODTAQAw1AEAOtQBAIjUAQCN1AEA4NQBAOjUAQAothIAQtUBAJDVAQBE1QEAQN8JAEfVAQBIuAQAldUBAOjVAQDw1QEAgLYSAELWAQCwaAIAQ9YBAIh5DQBF1gEASBcKAEnWAQCozQwATNYBAJjWAQBO1gEAEK4QAJrWAQBIWgYAn9YBAPDWAQCn1gEAQLICAKjWAQD4cQIA/tYBAEjXAQBL1wEAoNcBAKjXAQD41wEArNcBAACeBgCv1wEAoHAGALzXAQBwagYA/dcBAFDYAQAH2AEAeMMGAF3YAQCo2AEAsNgBANi2EgAD2QEAWNkBABTZAQBQowQAZNkBALDZAQC22QEACNoBABLaAQAwtxIAZdoBALjaAQDF2gEAENsBABjbAQCIwhIAHNsBAGjbAQAg2wEAAO8BACzbAQA4xA4AbtsBAMDbAQDG2wEAGNwBAB3cAQBw3AEAdtwBAIi3EgDU3AEAIN0BACPdAQB43QEAgt0BANDdAQDs3QEAKN4BAETeAQDgtxIAg94BANjeAQDb3gEAMN8BADzfAQCI3wEAjt8BAODfAQDq3wEAOLgSAD3gAQCQ4AEAneABAJC4EgDq4AEAgFwPAOvgAQBA4QEA7uABAJC8DQD+4AEAULoLAErhAQCY4QEAm+EBAGBCDwCg4QEAgCEUALThAQDw4QEADOIBAOi4EgBV4gEAoOIBAK7iAQD44gEAAuMBAFDjAQBs4wEAqOMBAMTjAQBAuRIAA+QBAFjkAQBb5AEAsOQBALzkAQAI5QEADuUBAGDlAQBq5QEAmLkSAL3lAQAQ5gEAHeYBAGjmAQB45gEAwOYBAMLmAQAY5wEAJucBAHDnAQCB5wEA8LkSAM/nAQBIuhIAJugBAHjoAQB+6AEA0OgBANXoAQAo6QEALukBAKC6EgCK6QEAiLANAI7pAQDY6QEA6ekBAPi6EgA36gEAULsSAJDqAQCouxIA7uoBADjrAQA/6wEAkOsBAJjrAQDo6wEA9esBAEDsAQBF7AEAmOwBAKLsAQDw7AEA+OwBAEjtAQBO7QEAoO0BAKLtAQD47QEABu4BAFDuAQBT7gEAqO4BALTuAQAAvBIAAu8BAFjvAQBm7wEAsO8BAMHvAQBYvBIAD/ABALC8EgBm8AEAuPABAL7wAQAQ8QEAFfEBAGjxAQBu8QEACL0SAMLxAQAY8gEAyfEBADA5EADM8QEAuH4GADPyAQBw8gEAcvIBAMjyAQDi8gEAIPMBAC3zAQBwoAoAMfMBAHjzAQB68wEA0PMBAN3zAQAo9AEAP/QBAID0AQCa9AEA2PQBANr0AQAw9QEA3vQBAPjnDgAz9QEAiPUBAIv1AQDg9QEA7PUBADj2AQA+9gEAkPYBAJr2AQBgvRIA7fYBAED3AQBN9wEAmPcBAKT3AQDw9wEA9vcBAEj4AQBO+AEAoPgBAKX4AQD4+AEA/vgBALi9EgBR+QEAqPkBAGb5AQDgnAUAqvkBAAD6AQC2+QEAmCsDAAb6AQBY+gEAZvoBALD6AQCz+gEACPsBAA37AQBg+wEAbfsBALj7AQDI+wEAEPwBABL8AQBo/AEAdvwBAMD8AQDR/AEAEL4SAB79AQBw/QEAfP0BAGi+EgDZ/QEAIP4BACr+AQB4/gEAhv4BAND+AQDR/gEAKP8BADn/AQCA/wEAjP8BANj/AQDo/wEAMAACADIAAgCIAAIAlgACAOAAAgDxAAIAwL4SAD4BAgCQAQIAnAECABi/EgDuAQIAQAICAEYCAgCYAgIAnQICAPACAgD2AgIAyL8SAFADAgCgAwIAqgMCAECIEAC5AwIA+AMCAAEEAgBQBAIAWgQCAKgEAgCwBAIAAAUCAAQFAgBYBQIAWgUCALAFAgCzBQIACAYCACQGAgAgwBIAYgYCALgGAgDFBgIAEAcCAB0HAgBoBwIAdAcCAMAHAgDHBwIAGAgCACAIAgBwCAIAgAgCAMgIAgDNCAIAIAkCACYJAgB4CQIAgAkCAHjAEgDjCQIAKAoCACkKAgCACgIAjAoCANgKAgDnCgIAMAsCADoLAgCICwIAlAsCAOALAgDnCwIA0MASAD4MAgBATA4ASwwCAJAMAgCfDAIA6AwCAPQMAgBADQIAQQ0CAJgNAgCiDQIA8A0CAP4NAgBIDgIATQ4CAKAOAgCtDgIAgMESAAAPAgBQDwIAXA8CAKgPAgC7DwIAABACAAEQAgBYEAIAZBACALAQAgC/EAIACBECABIRAgBgEQIAbBECALgRAgC/EQIA2MESACESAgBoEgIAdBICAMASAgDQEgIAGBMCACITAgBwEwIAeBMCAMgTAgDwEwIAIBQCAPYTAgDwGAIASBQCAHgUAgCAFAIA0BQCANYUAgAoFQIANhUCAIAVAgCXFQIA2BUCAOMVAgAwFgIAOhYCAIgWAgC1FgIA4BYCAOgWAgA4FwIASBcCAJAXAgCSFwIA6BcCAPYXAgBAGAIAURgCAODCEgCfGAIAOMMSABgZAgBIGQIAUBkCAKAZAgCmGQIA+BkCAAYaAgBQGgIAZxoCAKgaAgCzGgIAABsCAAobAgBYGwIAhRsCALAbAgC4GwIACBwCABgcAgBgHAIAYhwCALgcAgDGHAIAEB0CACEdAgCQwxIAbx0CAOjDEgDCHQIAGB4CACYeAgBwHgIAgR4CAEDEEgDPHgIAmMQSACgfAgDwxBIAgB8CAEjFEgCUHwIAIC0MANIfAgAoIAIANiACAIAgAgCRIAIAoMUSAN4gAgAwIQIAPCECAPjFEgCRIQIA4CECAJkhAgCw2BAA7SECADgiAgBGIgIAkCICAJoiAgDoIgIAAiMCAEAjAgBDIwIAmCMCAJ8jAgDwIwIAECQCAEgkAgBiJAIAUMYSAK0kAgD4JAIAsSQCALh/AgC2JAIAeNoCAAYlAgBQJQIAWiUCAKglAgDCJQIAACYCABAmAgBYJgIAXiYCALAmAgCyJgIACCcCAB4nAgBgJwIAbCcCALgnAgC8JwIAECgCABUoAgBoKAIAbigCAMAoAgDgKAIAGCkCADIpAgBwKQIAcikCAMgpAgDLKQIAICoCACMqAgB4KgIAhCoCANAqAgDWKgIAKCsCADIrAgCoxhIAhSsCANgrAgDlKwIAMCwCADwsAgCILAIAmywCAOAsAgDvLAIAOC0CAEQtAgCQLQIAkS0CAOgtAgDyLQIAQC4CAE4uAgCYLgIAnS4CAPAuAgD9LgIAAMcSAEkvAgD4qwwASi8CACDwDQBLLwIASGoIAEwvAgB4VgIATS8CALjDEABOLwIA6FcKAE8vAgBQ4A0AUi8CAEhgDwBTLwIAeOUNAFQvAgBwCwwAVS8CAIAVDQBWLwIA+NcMAFcvAgBgPAYAWC8CAKAvAgBbLwIAMN4QAGAvAgDIVhQAYS8CAFCoEQBiLwIA4A0QAGQvAgDguhEAay8CAECHFABwLwIAQBoQAI0vAgBoZA8Aky8CALB0FACiLwIA+C8CALEvAgDY1Q8ABjACAFAwAgBhMAIAWMcSAK8wAgCwxxIADDECAFgxAgBnMQIAsDECALoxAgAIMgIAFDICAGAyAgArMgIAAMUPAGcyAgBgyBIAujICABAzAgAhMwIAaDMCAHEzAgDAMwIAzDMCABg0AgAbNAIAcDQCAHg0AgDINAIA0jQCACA1AgAlNQIAeDUCAIA1AgDQNQIA6TUCACg2AgA0NgIAgDYCAIg2AgAQyRIA4DYCAGjJEgAzNwIAiDcCAIs3AgDgNwIA7DcCADg4AgA+OAIAkDgCAJo4AgDAyRIA7TgCAEA5AgBNOQIAGMoSAJ45AgDwOQIA9jkCAEg6AgBNOgIAoDoCAKY6AgDIyhIAADsCACDLEgBSOwIA2LULAFU7AgCoOwIAXDsCACByCwCyOwIAADwCALc7AgCgMAkACDwCAHhTDgAcPAIAWDwCAGA8AgB4yxIAtTwCAAg9AgAePQIAYD0CAGE9AgC4PQIAuj0CABA+AgAWPgIAaD4CAHQ+AgDAPgIAxz4CABg/AgAgPwIAcD8CAHk/AgDIPwIAyz8CACBAAgAuQAIAeEACAIVAAgDQQAIA50ACAChBAgAwQQIAgEECAIxBAgCIQgIAqEECANhBAgAAQgIAMEICAFRCAgDQyxIApUICAOBCAgDpQgIA6EMCAPFCAgA4QwIAaEMCAJBDAgC0QwIAKMwSAOpDAgBARAIAUUQCAJhEAgDIRAIA8EQCABRFAgCAzBIATUUCACAkDwBORQIAMEkHAFFFAgCgRQIAVEUCAGgREQCqRQIA+EUCAK1FAgBwUQcArkUCAKCJEAAARgIAUEYCAFRGAgCoRgIAqkYCAABHAgADRwIAWEcCAHRHAgDYzBIAtUcCADDGDQC6RwIAeD0OALxHAgAISAIAwEcCACgCDAAlSAIAYEgCAGlIAgC4SAIAukgCABBJAgAhSQIAMM0SAG1JAgDASQIAyUkCABhKAgApSgIAcEoCAHdKAgDISgIA0EoCACBLAgDiSgIA2G0CAC1LAgDQSwIAL0sCADBNAgA5SwIAeEsCAIRLAgCIzRIA1UsCAChMAgAyTAIAgEwCAIhMAgDgzRIA5EwCADjOEgA1TQIAiE0CAJVNAgDgTQIA6k0CADhOAgA6TgIAkE4CAJ5OAgDoTgIA9U4CAJDOEgBFTwIAmE8CAKVPAgDwTwIA+k8CAEhQAgBKUAIAoFACAK5QAgD4UAIABVECAOjOEgBTUQIAIGMQAFZRAgDoJw8AXVECAKhRAgCyUQIAQM8SAAhSAgBYUgIAElICAPhjAwBaUgIASKoQAGVSAgCoJAYAb1ICALBSAgBxUgIAeIoDAH5SAgBQcg0AtVICAAhTAgASUwIAYFMCAGhTAgCYzxIAuVMCAEjhEADCUwIAEFQCABxUAgBoVAIAa1QCAMBUAgDKVAIAGFUCADJVAgBwVQIAh1UCAMhVAgDNVQIAIFYCADxWAgDwzxIAelYCANBWAgDdVgIAKFcCADJXAgBI0BIAilcCANhXAgCRVwIAgN8IAORXAgAwWAIAM1gCAIhYAgCSWAIA4FgCAPpYAgA4WQIAPlkCAJBZAgCSWQIA6FkCAPZZAgBAWgIAQ1oCAJhaAgCkWgIA8FoCAPNaAgBIWwIAa1sCAKDQEgCiWwIA+FsCAAZcAgBQXAIAU1wCAKhcAgC0XAIAAF0CAANdAgD40BIAY10CALBdAgC2XQIACF4CAA1eAgBgXgIAZF4CALheAgC7XgIAUNESABFfAgAAFQ8AE18CALB9EQAWXwIAaF8CABlfAgAgdhEAGl8CADhkAgAcXwIAMGIRAB5fAgBIWhEAH18CABBpEQAgXwIAUIcRACdfAgCAxQ0AKl8CAJDEDgB0XwIAwF8CAOxfAgAYYAIAJGACAHBgAgB/YAIAyGACANJgAgAgYQIAI2ECAHhhAgCSYQIA0GECANphAgAoYgIALWICAIBiAgCKYgIA2GICAONiAgAwYwIANmMCAIhjAgCNYwIA4GMCAORjAgCo0RIAPWQCAJBkAgBGZAIASHARAJpkAgDoZAIA82QCAEBlAgBGZQIAmGUCAJ1lAgDwZQIA9GUCAADSEgBNZgIA0BEDAE9mAgCYwg8AUGYCAGBFDgBSZgIA4JwQAGJmAgCgZgIAqmYCAPhmAgADZwIAUGcCAFZnAgCoZwIArWcCAABoAgAEaAIAWGgCAHtoAgBY0hIAvWgCAIiaAgC+aAIACGkCAAtpAgBgaQIAbGkCALhpAgDQaQIAEGoCABxqAgBoagIAbmoCAMBqAgDGagIAGGsCAB1rAgBwawIAdmsCALDSEgDSawIAIGwCACtsAgB4bAIAfmwCANBsAgDVbAIAKG0CACxtAgCAbQIAg20CAAjTEgDibQIAMG4CADtuAgCIbgIAjm4CAOBuAgDlbgIAOG8CADxvAgBg0xIAkW8CAOhvAgD0bwIAQHACAExwAgCYcAIAnnACAPBwAgD2cAIASHECAE1xAgCgcQIApnECALjTEgAEcgIAUHICAFZyAgCocgIAtHICAABzAgANcwIAWHMCAGdzAgCwcwIAvHMCAAh0AgAUdAIAYHQCAGZ0AgC4dAIAvnQCABB1AgAVdQIAaHUCAG51AgAQ1BIAynUCAKhdCQDWdQIAGHYCANl1AgB4XwoAJHYCAHB2AgB4dgIA4L8TAHx2AgDIdgIAznYCACB3AgAmdwIAeHcCAH13AgDQdwIA1ncCAGjUEgAweAIAaFUUADJ4AgCAeAIAhngCANh4AgCMeAIASAADAOZ4AgAweQIASXkCAIh5AgCReQIA4HkCAOp5AgA4egIARHoCAJB6AgCcegIA6HoCAO56AgBAewIARnsCAJh7AgCdewIA8HsCAPZ7AgDA1BIAVHwCAKB8AgCqfAIA+HwCAAN9AgBQfQIAVX0CAKh9AgCvfQIAAH4CAAx+AgBYfgIAXn4CALB+AgC2fgIACH8CAA1/AgBgfwIAZn8CABjVEgDJfwIAEIACABGAAgBogAIAFoACAJCFAgBtgAIAwIACAM6AAgAYgQIAJYECAHCBAgB6gQIAyIECANSBAgAgggIAJoICAHiCAgCEggIA0IICAOOCAgAogwIAN4MCAICDAgCMgwIA2IMCANmDAgAwhAIAOoQCAIiEAgCWhAIA4IQCAOWEAgA4hQIARYUCAHDVEgCchQIA6IUCAPiFAgBAhgIATIYCAJiGAgCehgIA8IYCAPyGAgBIhwIAVYcCAKCHAgCvhwIA+IcCAASIAgBQiAIAXIgCAKiIAgC7iAIAAIkCAA+JAgBYiQIAZIkCALCJAgCxiQIACIoCABKKAgBgigIAbooCALiKAgC9igIAEIsCAB2LAgDI1RIAaosCAGhxBwB0iwIAwIsCAHWLAgDIZgsAdosCALC1DQDUiwIAGIwCACSMAgBwjAIAMYwCAODpEAB2jAIAyIwCAM6MAgAgjQIAJY0CAHiNAgB+jQIAINYSANyNAgAojgIANY4CAGAkAwA7jgIAgI4CAIWOAgC4oAIAiI4CANiWAwCMjgIA2I4CAN6OAgAwjwIANo8CAIiPAgCNjwIA4I8CAOaPAgB41hIARJACAJCQAgCWkAIA6JACAO2QAgBAkQIAR5ECAJiRAgCmkQIA8JECAAuSAgBIkgIAVpICAKCSAgCjkgIA+JICAAaTAgBQkwIAVZMCAKiTAgC1kwIAAJQCAAyUAgBYlAIAXpQCALCUAgC2lAIACJUCAA2VAgBglQIAZpUCANDWEgC9lQIAEJYCABmWAgBolgIAdZYCAMCWAgDHlgIAGJcCACmXAgBwlwIAdZcCAMiXAgDXlwIAIJgCACKYAgB4mAIAiZgCANCYAgDcmAIAKJkCAC6ZAgCAmQIAhpkCANiZAgDdmQIAMJoCADaaAgAo1xIAn5oCAOCaAgDsmgIAOJsCAESbAgCQmwIAlpsCAOibAgDumwIAQJwCAEWcAgCYnAIAnpwCAIDXEgD2nAIAMNECAAedAgBInQIAUZ0CAKCdAgC2nQIA+J0CAASeAgBQngIAXZ4CAKieAgCyngIAAJ8CAAyfAgBYnwIAXp8CALCfAgC2nwIACKACAA2gAgBgoAIAZqACANjXEgDBoAIAEKECABqhAgBooQIAbaECAMChAgDQoQIAGKICADGiAgBwogIAdaICAMiiAgDRogIAIKMCAC2jAgB4owIAf6MCANCjAgDTowIAKKQCADSkAgCApAIAk6QCANikAgDnpAIAMKUCADylAgCIpQIAiaUCAOClAgDqpQIAOKYCAEamAgCQpgIAlaYCAOimAgD1pgIAMNgSAEOnAgCYpwIAm6cCAPCnAgD9pwIAIP4MAP+nAgBIqAIASqgCAKCoAgCjqAIA+KgCAAKpAgBQqQIAXKkCAKipAgC7qQIAAKoCAA+qAgBYqgIAZKoCALCqAgCxqgIACKsCABKrAgBgqwIAbqsCALirAgC9qwIAEKwCAB2sAgCI2BIAaawCAMCsAgDMrAIAGK0CAB6tAgBwrQIAcq0CAMitAgDSrQIAIK4CAC6uAgB4rgIAfa4CANCuAgDdrgIAKK8CADSvAgCArwIAk68CANivAgDnrwIAMLACADywAgCIsAIAibACAOCwAgDqsAIAOLECAEaxAgCQsQIAlbECAOixAgD1sQIA4NgSAEmyAgCYsgIATLICAEhNDgCesgIA8LICAPOyAgBIswIAVrMCAKCzAgClswIA+LMCAAW0AgBQtAIAXLQCAKi0AgCutAIAALUCAAa1AgBYtQIAXbUCALC1AgC2tQIAONkSAAq2AgBgtgIADbYCAFjuEAAPtgIA0IcPAG+2AgC4tgIA2LYCABC3AgAVtwIAaLcCAIO3AgDAtwIAzLcCABi4AgAeuAIAcLgCAIC4AgDIuAIA2bgCACC5AgAluQIAeLkCAHy5AgDQuQIA3LkCACi6AgAuugIAgLoCAIa6AgDYugIA3boCADC7AgA2uwIAkNkSAJe7AgDYsRAAnrsCAOC7AgDhuwIAOLwCAEm8AgCQvAIAnLwCAOi8AgD+vAIAQL0CAEy9AgCYvQIApb0CAPC9AgD6vQIASL4CAFS+AgCgvgIAp74CAPi+AgAEvwIAUL8CAFa/AgCovwIArr8CAADAAgAFwAIAWMACAF7AAgDo2RIAssACAPAXEQC5wAIACMECAAnBAgBgwQIAYcECALjBAgC9wQIAEMICABbCAgBowgIAcsICAMDCAgDMwgIAGMMCAB/DAgBwwwIAdcMCAMjDAgDJwwIAIMQCACzEAgB4xAIAfsQCANDEAgDSxAIAKMUCADLFAgCAxQIAjsUCANjFAgDdxQIAMMYCAD3GAgCIxgIAlMYCAODGAgDzxgIAOMcCAEfHAgCQxwIAnMcCAOjHAgDpxwIAQMgCAErIAgCYyAIApsgCAPDIAgD1yAIASMkCAFXJAgBA2hIAsckCAPjJAgAEygIAUMoCAGfKAgCoygIAqsoCAADLAgARywIAWMsCAFrLAgCwywIAtssCAAjMAgAfzAIAYMwCAGnMAgC4zAIAzswCABDNAgAczQIAaM0CAHXNAgDAzQIAys0CABjOAgAkzgIAcM4CAIPOAgDIzgIA184CACDPAgAszwIAeM8CAHnPAgDQzwIA2s8CACjQAgA20AIAgNACAIXQAgDY0AIA5dACAJjaEgAy0QIAiNECAJzRAgDg0QIA7tECADjSAgBF0gIAkNICAJfSAgDo0gIA9NICAEDTAgBT0wIAmNMCAJ3TAgDw0wIA+dMCAEjUAgBS1AIAoNQCAKXUAgD41AIACNUCAFDVAgBp1QIAqNUCAK3VAgAA1gIACdYCAFjWAgBl1gIAsNYCALfWAgAI1wIAC9cCAGDXAgBs1wIAuNcCAMvXAgAQ2AIAH9gCAGjYAgB02AIAwNgCAMHYAgAY2QIAItkCAHDZAgB+2QIAyNkCAM3ZAgAg2gIALdoCAPDaEgCR2gIA0NoCANzaAgAo2wIALtsCAIDbAgCI2wIAONQQAJDbAgDY2wIA3dsCADDcAgA23AIAiNwCAJ7cAgDg3AIA4twCADjdAgBC3QIAkN0CAJzdAgDo3QIA+90CAEDeAgBP3gIAmN4CAKTeAgDw3gIA8d4CAEjfAgBS3wIAoN8CAK7fAgD43wIA/d8CAFDgAgBd4AIASNsSALHgAgAA4QIABuECAFjhAgBe4QIAsOECALzhAgAI4gIAFeICAGDiAgBq4gIAuOICAM7iAgAQ4wIAFeMCAGjjAgBv4wIAwOMCAM7jAgAY5AIAKOQCAHDkAgB+5AIAyOQCANfkAgAg5QIAIuUCAHjlAgCC5QIA0OUCAN7lAgAo5gIALeYCAIDmAgCN5gIA2OYCAOTmAgAw5wIAQ+cCAIjnAgCX5wIA4OcCAOznAgA46AIAOegCAJDoAgCa6AIA6OgCAPboAgBA6QIARekCAJjpAgCl6QIAoNsSAPLpAgBI6gIA/OkCANC3CgBZ6gIAoOoCAKnqAgD46gIABOsCAFDrAgBY6wIA2DcUAFzrAgCo6wIArusCAADsAgAG7AIAWOwCAF3sAgCw7AIAtuwCAPjbEgAX7QIAYO0CAGXtAgC47QIAv+0CABDuAgAc7gIAaO4CAG/uAgAw8gIAdO4CAMDuAgDN7gIAGO8CACfvAgBw7wIAde8CAMjvAgDP7wIAIPACACzwAgB48AIAhPACANDwAgDW8AIAKPECAC7xAgCA8QIAhfECANjxAgDe8QIAUNwSADzyAgCI8gIAl/ICAODyAgDl8gIAOPMCAD/zAgCQ8wIAnPMCAOjzAgD08wIAQPQCAEb0AgCY9AIAnvQCAPD0AgD19AIASPUCAE71AgCo3BIArPUCAPj1AgAI9gIAUPYCAF72AgCo9gIAtfYCAAD3AgAM9wIAWPcCAF/3AgCw9wIAuPcCAADdEgAR+AIAsOARABX4AgAYGwMAGfgCAGD4AgBx+AIAuPgCAMD4AgAQ+QIAxPgCABiUDgAa+QIAaPkCAG35AgDA+QIAyPkCABj6AgAa+gIAcPoCACH6AgCoDAMAePoCAMj6AgDe+gIAIPsCACz7AgB4+wIAjvsCAND7AgDp+wIAKPwCADT8AgCA/AIAhvwCANj8AgDg/AIAMP0CAED9AgCI/QIAkf0CAOD9AgDt/QIAOP4CAEf+AgCQ/gIAmv4CAOj+AgD2/gIAQP8CAEX/AgCY/wIApf8CAPD/AgD4/wIAWN0SAF4AAwCgAAMAoQADAPgAAwACAQMAUAEDAFgBAwCoAQMAsgEDAAACAwAFAgMAWAIDAGACAwCwAgMAsgIDAIAHAwCzAgMA2KEDALYCAwAIAwMAtwIDAEiwAwDGAgMAEKkDABQDAwBgAwMAYgMDALgDAwC/AwMAEAQDABgEAwBoBAMAaQQDAMAEAwDGBAMAGAUDAB0FAwBwBQMAcQUDAMgFAwDUBQMAIAYDACYGAwB4BgMAggYDANAGAwDkBgMAKAcDADAHAwCw3RIAgwcDANgHAwCHBwMAsJwDANsHAwAwCAMAPggDAIgIAwCfCAMA4AgDAO0IAwA4CQMAQAkDAJAJAwCRCQMA6AkDAO4JAwBACgMARQoDAJgKAwCZCgMA8AoDAPwKAwBICwMATgsDAKALAwCqCwMA+AsDAAwMAwBQDAMAWAwDAGDeEgC1DAMAAA0DAAcNAwBYDQMAZA0DALANAwDADQMACA4DABYOAwBgDgMAbQ4DALgOAwDEDgMAEA8DABcPAwBoDwMAcA8DABDfEgDMDwMAGBADACIQAwBwEAMAexADAMgQAwDNEAMAIBEDACcRAwB4EQMAgBEDAGjfEgDYEQMAKBIDADgSAwCAEgMAjBIDANgSAwDcEgMAMBMDADgTAwCIEwMAihMDAOATAwDmEwMAOBQDAE8UAwCQFAMAmRQDAOgUAwD+FAMAQBUDAEwVAwCYFQMApRUDAPAVAwD6FQMASBYDAEsWAwCgFgMAqBYDAPgWAwACFwMAUBcDAFUXAwCoFwMAsBcDAAAYAwAQGAMAWBgDAGEYAwCwGAMAvRgDAAgZAwAXGQMAYBkDAGoZAwC4GQMAxhkDABAaAwAVGgMAaBoDAHUaAwDAGgMAyBoDAMDfEgAlGwMAcBsDADcbAwCIDQUAdRsDAMgbAwDSGwMAIBwDACgcAwB4HAMANxwDALBREQB+HAMA0BwDAIYcAwDQoA4AhxwDAACVCQCIHAMAKCgDAIkcAwAY0QwA3BwDACgdAwAqHQMA6HcOAC8dAwCAHQMAjB0DANgdAwDnHQMAMB4DAEEeAwCIHgMAih4DAOAeAwDmHgMAOB8DAEQfAwCQHwMAmB8DABjgEgDuHwMAcOASAEwgAwDI4BIAmyADAHjhEgDzIAMA0OESAPUgAwDoWwUASyEDAJCmDQBVIQMAoCEDAKohAwD4IQMA+iEDAFAiAwBjIgMAqCIDALAiAwDozw4AtCIDAAAjAwAGIwMAWCMDAF4jAwCwIwMAtSMDAAgkAwAOJAMAKOISAGokAwC4JAMAuiQDABAlAwAaJQMAaCUDAHYlAwDAJQMAxSUDABgmAwAlJgMAcCYDAHwmAwDIJgMAziYDACAnAwAmJwMAeCcDAH0nAwDQJwMA1icDAIDiEgA2KAMAgCgDAI0oAwDYKAMA3ygDADApAwA4KQMAiCkDAIkpAwAoewwAiykDAOApAwCeKQMAGHkMAPQpAwA4KgMATioDAJAqAwCpKgMA6CoDAO0qAwBAKwMAUSsDANjiEgCpKwMA8CsDAPIrAwBILAMAUiwDAKAsAwCuLAMA+CwDAP0sAwBQLQMAXS0DAKgtAwCwLQMAAC4DAAwuAwBYLgMAEC4DALgvAwBeLgMAsC4DALYuAwAILwMADS8DAGAvAwBmLwMAMOMSALovAwAQMAMAHjADAGgwAwB5MAMAiOMSAMcwAwDg4xIAIDEDAHAxAwAiMQMAqGAIAGMxAwCwihQAfjEDAMgxAwB/MQMASDcDAIAxAwDw3AoA1TEDACAyAwAvMgMAeDIDAH0yAwDQMgMA5jIDACgzAwApMwMAgDMDAIIzAwDYMwMA4jMDADA0AwA+NAMAiDQDAKE0AwDgNAMA8TQDADg1AwBENQMAkDUDAJg1AwDo5BIA/DUDAEA2AwBBNgMAmDYDAKQ2AwDwNgMA8zYDAEDlEgBKNwMAoDcDAK03AwD4NwMABTgDAFA4AwBVOAMAqDgDALI4AwAAOQMACDkDAFg5AwBoOQMAsDkDAL45AwAIOgMAFToDAGA6AwBnOgMAuDoDAMA6AwAQOwMAEzsDAGg7AwB8OwMAwDsDANY7AwAYPAMAMTwDAHA8AwB1PAMAyDwDANk8AwCY5RIAKD0DAPDlEgAsPQMA8NEKADw9AwAQ5BQAhT0DANA9AwDXPQMAKD4DADQ+AwCAPgMAkD4DANg+AwDmPgMAMD8DAD0/AwCIPwMAlD8DAOA/AwDnPwMASOYSADpAAwCQQAMAPUADACieBACdQAMA6EADAPVAAwBAQQMARUEDAJhBAwCiQQMA8EEDAPhBAwBIQgMATUIDABDHBABRQgMAoEIDAKNCAwD4QgMABEMDAKDmEgBVQwMAqEMDAFxDAwBYhAsArUMDAABEAwAIRAMAWEQDAG5EAwCwRAMAskQDAAhFAwAVRQMAYEUDAHRFAwD45hIAvUUDABBGAwAYRgMAwHsLABpGAwBoRgMAcEYDAMBGAwDMRgMAGEcDACVHAwBwRwMAdUcDAMhHAwDRRwMAIEgDADdIAwB4SAMAg0gDAFDnEgDeSAMAKEkDACtJAwCASQMAg0kDANhJAwDmSQMAMEoDAD1KAwCISgMAn0oDAOBKAwDoSgMAOEsDAD5LAwCQSwMAnEsDAOhLAwDySwMAQEwDAElMAwCYTAMAnkwDAPBMAwD9TAMAqOcSAFRNAwCgTQMAVk0DACiJCwCvTQMA+E0DAAlOAwBQTgMAUk4DAKhOAwCuTgMAAE8DAAxPAwBYTwMAX08DALBPAwC4TwMACFADAApQAwBgUAMAbVADALhQAwC/UAMAEFEDABhRAwBoUQMAdVEDAMBRAwDFUQMAGFIDACJSAwBwUgMAeFIDAMhSAwDRUgMAIFMDACNTAwB4UwMAhFMDANBTAwDXUwMAAOgSADVUAwCAVAMAPlQDAKhZAwBhVAMAoI0LAJtUAwDYVAMA2lQDADBVAwBBVQMAiFUDAJZVAwDgVQMA51UDADhWAwBAVgMAkFYDAJVWAwDoVgMA6VYDAEBXAwBMVwMAmFcDAJ5XAwDwVwMA8lcDAEhYAwBSWAMAoFgDAK5YAwD4WAMA/VgDAFBZAwBdWQMAWOgSAKlZAwAAWgMABVoDAFhaAwBeWgMAsFoDALpaAwAIWwMAFFsDAGBbAwBnWwMAuFsDAMBbAwAQXAMAElwDAGhcAwB1XAMAwFwDAMdcAwAYXQMAIF0DAHBdAwB9XQMAyF0DAM1dAwAgXgMAKl4DAHheAwCAXgMA0F4DANleAwAoXwMAK18DAIBfAwCMXwMA2F8DAN9fAwCw6BIAPGADANh+CwBEYAMAiGADAJVgAwDgYAMA6mADADhhAwA6YQMAkGEDAKNhAwDoYQMA8GEDAEBiAwBMYgMAmGIDAJ5iAwDwYgMA9mIDAEhjAwBNYwMAoGMDAKZjAwAI6RIA+2MDAFBkAwBcZAMAqGQDAMNkAwAAZQMADGUDAFhlAwBeZQMAsGUDAL5lAwAIZgMAEmYDAGBmAwB0ZgMAuGYDAMpmAwAQZwMALGcDAGhnAwCaZwMAwGcDANVnAwAYaAMAKmgDAHBoAwCGaAMAyGgDANRoAwAgaQMAI2kDAHhpAwB7aQMA0GkDANJpAwAoagMAP2oDAIBqAwCMagMA2GoDAOpqAwAwawMATGsDAIhrAwCaawMAYOkSAARsAwA4bAMAQGwDALjpEgCTbAMA6GwDAPBsAwBAbQMAWW0DAJhtAwCkbQMA8G0DAAFuAwBIbgMATW4DAKBuAwCkbgMA+G4DAABvAwBQbwMAWm8DAKhvAwCzbwMAAHADAAxwAwBYcAMAYHADABDqEgDDcAMACHEDAAlxAwBgcQMAbHEDALhxAwDHcQMAEHIDABpyAwBocgMAdHIDAMByAwDHcgMAaOoSACZzAwBwcwMAfXMDAMhzAwDWcwMAIHQDADZ0AwB4dAMAgXQDANB0AwDmdAMAKHUDADB1AwCAdQMAj3UDANh1AwDddQMAMHYDAEt2AwCIdgMAlHYDAOB2AwDmdgMAOHcDADp3AwCQdwMAp3cDAOh3AwD0dwMAGOsSAEF4AwCYeAMAqXgDAPB4AwD8eAMASHkDAFd5AwCgeQMApXkDAPh5AwATegMAUHoDAFh6AwCoegMAuHoDAAB7AwACewMAWHsDAGZ7AwCwewMAwXsDAHDrEgAPfAMAyOsSAG58AwC4fAMAwnwDABB9AwAbfQMAaH0DAHB9AwDAfQMAzH0DABh+AwArfgMAcH4DAH5+AwDIfgMA0n4DACB/AwAofwMAeOwSAIR/AwDQfwMA1n8DACiAAwAqgAMAgIADAJeAAwDYgAMA5IADADCBAwA4gQMA0OwSAJOBAwDggQMA5oEDADiCAwBEggMAkIIDAJOCAwDoggMA84IDAECDAwBFgwMAmIMDAKmDAwDwgwMA94MDAEiEAwBQhAMAoIQDALCEAwD4hAMA/YQDAFCFAwBWhQMAqIUDALCFAwAo7RIABYYDAFiGAwBkhgMAsIYDALOGAwAIhwMAEIcDAGCHAwBthwMAuIcDAL2HAwAQiAMAGogDAGiIAwBwiAMAwIgDANaIAwAYiQMAJIkDAHCJAwB8iQMAyIkDANKJAwAgigMAKIoDAIDtEgCBigMA0IoDANqKAwAoiwMAMIsDAICLAwCBiwMAsP8DAIyLAwDYiwMA64sDADCMAwAxjAMAiIwDAJSMAwDgjAMA74wDADiNAwBCjQMAkI0DAJyNAwDojQMA740DANjtEgBOjgMAmI4DAKWOAwDwjgMA/o4DAEiPAwBejwMAoI8DAKmPAwD4jwMADpADAFCQAwBYkAMAqJADALaQAwAAkQMAA5EDAFiRAwBgkQMAiO4SAL6RAwAIkgMAF5IDAGCSAwB8kgMAuJIDAICSAwBo1QMAwJIDAODuEgAZkwMAaJMDAHWTAwDAkwMAypMDABiUAwAmlAMAcJQDAIaUAwDIlAMA1JQDACCVAwAolQMAOO8SAH6VAwDQlQMA1pUDACiWAwAtlgMAgJYDAIaWAwCQ7xIA3ZYDADCXAwA5lwMAiJcDAJKXAwDglwMA6JcDADiYAwA9mAMAkJgDAKCYAwDomAMA8JgDAECZAwBGmQMAUJsDAFmZAwCYmQMAnZkDAPCZAwD5mQMASJoDAFWaAwCgmgMAp5oDAPiaAwD7mgMA6O8SAFKbAwComwMAtZsDAACcAwAXnAMAWJwDAGScAwBA8BIAt5wDAAidAwAQnQMAYJ0DAGSdAwC4nQMAxp0DABCeAwAangMAaJ4DAHOeAwDAngMAyJ4DABifAwAdnwMAcJ8DAIufAwDInwMA1J8DACCgAwAmoAMAeKADAIigAwDQoAMA4aADACihAwAtoQMAgKEDAIShAwCY8BIA4aEDADCiAwBJogMAiKIDAJKiAwDgogMA5qIDADijAwA6owMAkKMDAJ+jAwDoowMA8qMDAECkAwBIpAMAmKQDAJykAwDwpAMA/qQDAEilAwBSpQMAoKUDAKulAwD4pQMAAKYDAFCmAwBVpgMAqKYDAMOmAwAApwMADKcDAFinAwBepwMAsKcDAMCnAwAIqAMAGagDAGCoAwBlqAMAuKgDALyoAwDw8BIAGakDAGipAwB5qQMAwKkDAMqpAwAYqgMAJqoDAHCqAwBxqgMAyKoDANmqAwAgqwMANKsDAHirAwCAqwMA0KsDANSrAwAorAMANqwDAICsAwCKrAMA2KwDAOOsAwAwrQMAOK0DAIitAwCNrQMA4K0DAPutAwA4rgMARK4DAJCuAwCWrgMA6K4DAPiuAwBArwMAUa8DAJivAwCdrwMA8K8DAPSvAwBI8RIAVrADAKCwAwC7sAMA+LADAAaxAwBQsQMAV7EDAKixAwC0sQMAALIDAAiyAwCg8RIAZrIDALCyAwC6sgMACLMDABOzAwBgswMAaLMDALizAwC9swMAELQDACu0AwBotAMAdLQDAMC0AwDGtAMAGLUDACi1AwBwtQMAgbUDAMi1AwDNtQMAILYDACS2AwD48RIAibYDANC2AwDYtgMAKLcDACm3AwCAtwMAhbcDANi3AwDmtwMAMLgDAD24AwCIuAMAkrgDAOC4AwDsuAMAOLkDAD65AwCQuQMAmLkDAOi5AwDvuQMAQLoDAEy6AwCYugMAnroDAPC6AwD8ugMASLsDAFi7AwCguwMArLsDAPi7AwD+uwMAULwDAFy8AwCovAMAtbwDAAC9AwAPvQMAWL0DAGS9AwBQ8hIAs70DAAi+AwALvgMAYL4DAG6+AwC4vgMAz74DABC/AwAdvwMAaL8DAH6/AwDAvwMAzL8DABjAAwAlwAMAcMADAHrAAwDIwAMA0MADACDBAwAqwQMAeMEDAH3BAwDQwQMA2MEDACjCAwA0wgMAgMIDAI3CAwDYwgMA4sIDADDDAwA2wwMAiMMDAJzDAwDgwwMA6MMDADjEAwBGxAMAkMQDAJ3EAwDoxAMA8MQDAEDFAwBNxQMAmMUDAKbFAwDwxQMAAcYDAEjGAwBQxgMAoMYDALbGAwD4xgMA+sYDAFDHAwBRxwMAqPISAK3HAwAgOg8AtscDAADIAwAPyAMAWMgDAGTIAwCwyAMAuMgDAADzEgANyQMAYMkDAGnJAwC4yQMAxckDABDKAwAXygMAaMoDAGvKAwDAygMAyMoDABjLAwAdywMAcMsDAHnLAwDIywMA0ssDACDMAwAozAMAeMwDAH3MAwDQzAMA4MwDACjNAwAwzQMAgM0DAIbNAwDYzQMA2s0DADDOAwA9zgMAiM4DAJ/OAwDgzgMA7M4DAFjzEgBEzwMAkM8DAJbPAwDQ5xAAp88DAOjPAwD0zwMAQNADAEbQAwCY0AMAoNADAPDQAwD30AMASNEDAFbRAwCg0QMAu9EDAPjRAwAG0gMAUNIDAFfSAwCo0gMAtNIDAADTAwAI0wMAsPMSAGzTAwCw0wMAuNMDAAjUAwA51AMAYNQDAGzUAwC41AMAvtQDABDVAwAV1QMACPQSAHTVAwDA1QMAx9UDABjWAwAg1gMAcNYDAHLWAwDI1gMA0tYDACDXAwAo1wMAYPQSAIbXAwDo5QMAh9cDANDXAwDS1wMAKNgDADnYAwCA2AMAkdgDANjYAwDk2AMAMNkDADfZAwCI2QMAkNkDAODZAwAN2gMAONoDAD3aAwCQ2gMAkdoDAOjaAwDy2gMAQNsDAE7bAwCY2wMAndsDAPDbAwD92wMASNwDAGTcAwCg3AMAvNwDALj0EgAF3QMAUN0DAFTdAwCo3QMArt0DAADeAwAC3gMAWN4DAFneAwCw3gMA094DAAjfAwAs3wMAYN8DAI3fAwC43wMAwN8DABDgAwAV4AMAaOADAHXgAwDA4AMAyOADABjhAwAa4QMAcOEDAHjhAwDI4QMA9eEDACDiAwAt4gMAeOIDAH3iAwDQ4gMA3eIDACjjAwA04wMAgOMDAK3jAwDY4wMA4OMDADDkAwBL5AMAiOQDAIrkAwDg5AMA8eQDADjlAwBB5QMAkOUDAJzlAwAQ9RIA9eUDAEDmAwBH5gMAmOYDAKTmAwDw5gMAA+cDAEjnAwBQ5wMAoOcDAKXnAwD45wMAAegDAFDoAwBa6AMAqOgDALDoAwAA6QMABekDAFjpAwBo6QMAsOkDALjpAwAI6gMAIeoDAGDqAwBl6gMAuOoDAMHqAwAQ6wMAHesDAGjrAwBv6wMAwOsDAMPrAwBo9RIAHewDAHDsAwAl7AMAQOkNAHnsAwDI7AMA0OwDACDtAwAr7QMAeO0DAHrtAwDQ7QMA6+0DACjuAwA07gMAgO4DAIjuAwDA9RIA5e4DADDvAwA47wMAiO8DAJTvAwDg7wMA5u8DADjwAwA+8AMAkPADAJXwAwDo8AMA7vADABj2EgBN8QMAmPEDAKDxAwDw8QMABPIDAEjyAwBN8gMAoPIDAKnyAwD48gMA/vIDAFDzAwBY8wMAqPMDAKvzAwAA9AMAHfQDAFj0AwBp9AMAsPQDALj0AwAI9QMAC/UDAGD1AwB09QMAuPUDAMX1AwAQ9gMAGvYDAGj2AwBq9gMAwPYDANP2AwDI9hIAHfcDAHD3AwCB9wMAyPcDANH3AwAg+AMANvgDAHj4AwCF+AMA0PgDANj4AwAo+QMAR/kDACD3EgCM+QMA2PkDAOD5AwB49xIAM/oDAIj6AwCQ+gMA4PoDAO36AwA4+wMAPfsDAJD7AwCY+wMA6PsDAOn7AwBA/AMAQvwDAJj8AwCe/AMA8PwDAPL8AwBI/QMAXv0DAKD9AwCs/QMA+P0DAAL+AwBQ/gMAXP4DAKj+AwCu/gMAAP8DAAj/AwBY/wMAjP8DAND3EgC2/wMACAAEABQABABgAAQAYQAEALgABAC6AAQAEAEEABYBBABoAQQAdAEEAMABBADHAQQAGAIEACACBABwAgQAcwIEAMgCBADSAgQAIAMEACIDBAB4AwQAggMEANADBADcAwQAKAQEAD4EBACABAQAjAQEANgEBADlBAQAMAUEADoFBACIBQQAkAUEAOAFBADyBQQAKPgSADoGBACQBgQAmgYEAOgGBADqBgQAQAcEAFkHBACYBwQAmgcEAPAHBADzBwQASAgEAFQIBACgCAQAqAgEAID4EgAMCQQAUAkEAFMJBACoCQQAsgkEAAAKBAAMCgQAWAoEAG4KBACwCgQAuAoEAAgLBAAWCwQAYAsEAGMLBAC4CwQAwAsEABAMBAATDAQAaAwEAB4MBACgEwQAcgwEAMAMBABzDAQA2A8EAMIMBAAYDQQAHg0EAHANBAB6DQQAyA0EANYNBAAgDgQALQ4EAHgOBACPDgQA0A4EANgOBAAoDwQAMQ8EAIAPBACBDwQA2PgSAOEPBAAwEAQAOhAEAIgQBACSEAQA4BAEAO4QBAA4EQQARREEAJARBACnEQQA6BEEAPARBABAEgQARxIEAJgSBACdEgQA8BIEAPQSBABIEwQAVRMEADD5EgCtEwQA+BMEAAAUBABQFAQAVhQEAKgUBAC0FAQAABUEAA8VBABYFQQAXRUEALAVBADLFQQACBYEABQWBABgFgQAZhYEALgWBADMFgQAEBcEABgXBABoFwQAfhcEAMAXBADFFwQAGBgEAB8YBABwGAQAfBgEAIj5EgDPGAQAIBkEAC4ZBAB4GQQAhRkEANAZBADnGQQAKBoEADAaBACAGgQAhhoEANgaBADkGgQAMBsEADcbBACIGwQAlhsEAOAbBADjGwQAOBwEAEAcBACQHAQAnhwEAOgcBADrHAQAQB0EAEgdBACYHQQAqR0EAPAdBAD1HQQASB4EAEoeBACgHgQApx4EAPgeBAAGHwQAUB8EAF0fBACoHwQAvx8EAAAgBAAIIAQAWCAEAGIgBACwIAQAuyAEAAghBAAUIQQAYCEEAGghBADg+RIAuiEEABAiBAAaIgQAaCIEAGoiBADAIgQAwyIEABgjBAAkIwQAcCMEAHojBADIIwQA0CMEACAkBAAuJAQAeCQEAIUkBADQJAQA2CQEACglBAA+JQQAgCUEAIwlBADYJQQA7iUEADAmBAA1JgQAiCYEAI4mBADgJgQA9CYEADj6EgA7JwQAkCcEAJgnBADoJwQA9icEAEAoBAD+JwQAqM4IAE0oBACYKAQAoCgEAPAoBAD6KAQASCkEAFMpBACgKQQArCkEAPgpBAAAKgQAkPoSAFYqBACoKgQArSoEAAArBAAPKwQAWCsEAGQrBACwKwQAsysEAAgsBAALLAQAYCwEAGgsBAC4LAQAvSwEABAtBAAgLQQAaC0EAHAtBADALQQAwy0EABguBAAiLgQAcC4EAHIuBADILgQAzi4EACAvBAAqLwQAeC8EAIYvBADQLwQA3S8EACgwBAA/MAQAgDAEAIgwBADYMAQA4TAEADAxBAAxMQQA6PoSAJUxBADgMQQA4zEEAKg2CwDmMQQACIgKAOgxBAA4MgQA6jEEAIgCBQDsMQQAGNgGADsyBACA9QgAPjIEABhcBwBCMgQAkDIEAEYyBAAIWQsASDIEAPDMCACVMgQA6DIEAJwyBABgSgUAnjIEAEDnCgDwMgQAQDMEAEMzBACYMwQApDMEAPAzBAD2MwQASDQEAGM0BACgNAQArDQEAPg0BAD+NAQAUDUEAFg1BACoNQQAqjUEAAA2BACtNQQAMEcEAAo2BABYNgQAYDYEAED7EgDBNgQACDcEAA83BABgNwQAaDcEALg3BADFNwQAEDgEABU4BABoOAQAcjgEAMA4BADIOAQAGDkEABo5BADYRwsAHTkEAFjwCAAiOQQAcDkEACc5BABgWAQAKDkEAGDuCQB2OQQAyDkEAMo5BAAgOgQALToEAHg6BAB7OgQA0DoEAOE6BAAoOwQAKjsEAIA7BACKOwQA2DsEAOQ7BAAwPAQAODwEAPD7EgCNPAQA4DwEAOM8BAA4PQQAQj0EAJA9BACYPQQA6D0EAPU9BABAPgQAQj4EAJg+BACuPgQA8D4EAPw+BABIPwQAUD8EAEj8EgClPwQA+D8EAAdABABQQAQAUkAEAKhABAC5QAQAAEEEAAtBBABYQQQAXUEEALBBBACzQQQACEIEABJCBABgQgQAckIEALhCBADAQgQAEEMEABpDBABoQwQAbUMEAMBDBADIQwQAGEQEABpEBABwRAQAd0QEAMhEBADPRAQAIEUEACZFBAB4RQQAhEUEANBFBADTRQQAKEYEACtGBACARgQAnEYEANhGBADgRgQA+PwSAD1HBACIRwQAkEcEAOBHBADjRwQAOEgEAD1IBACQSAQAn0gEAOhIBAAISQQAQEkEAExJBACYSQQAokkEAPBJBAD4SQQASEoEAFpKBABQ/RIAqkoEAPhKBAAGSwQAUEsEAF1LBACoSwQAv0sEAABMBAAITAQAWEwEAGdMBACwTAQAtUwEAAhNBAAVTQQAYE0EAG1NBAC4TQQAxE0EABBOBAAfTgQAaE4EAHJOBADATgQAzk4EABhPBAAdTwQAcE8EAH1PBADITwQAy08EACBQBAAoUAQAeFAEAH1QBADQUAQA3VAEAChRBAAwUQQAgFEEAIlRBADYUQQA5VEEADBSBAA+UgQAiFIEAJtSBADgUgQA6FIEADhTBAA/UwQAkFMEAJVTBADoUwQA/lMEAEBUBABCVAQAmFQEAKZUBADwVAQA/VQEAEhVBABQVQQAoFUEAKNVBAD4VQQA/VUEAFBWBABfVgQAqFYEAMhWBAAAVwQADFcEAFhXBABiVwQAsFcEALhXBAAIWAQAGlgEAKj9EgBlWAQAuFgEAMVYBAAQWQQAHVkEAGhZBAB0WQQAwFkEAM9ZBAAYWgQAIloEAHBaBAB4WgQAyFoEANJaBAAgWwQAJVsEAHhbBACAWwQAAP4SANxbBAAoXAQALlwEAIBcBACbXAQA2FwEAORcBAAwXQQANl0EAIhdBACkXQQA4F0EAOhdBABY/hIAQF4EAJBeBACaXgQA6F4EAPNeBABAXwQATF8EAJhfBACgXwQAsP4SAPxfBABIYAQATmAEAKBgBAC7YAQA+GAEAARhBABQYQQAVmEEAKhhBACwYQQAAGIEAAZiBABYYgQAYWIEALBiBAC9YgQACGMEABVjBABgYwQAbmMEALhjBADFYwQAEGQEACdkBABoZAQAcGQEAMBkBADFZAQAGGUEANFkBAAoZwQAJWUEAHBlBAB4ZQQAyGUEANNlBAAgZgQAJWYEAHhmBAB7ZgQA0GYEANpmBAAI/xIALWcEAIBnBACPZwQA2GcEANpnBAAwaAQAQWgEAIhoBACZaAQA4GgEAPRoBABg/xIASWkEAJBpBACTaQQA6GkEAJhpBADolAgAnWkEAHgpEQDyaQQAQGoEAEJqBACYagQAomoEAPBqBAD8agQASGsEAHJrBACgawQAq2sEABCCBQDGawQA+GsEAC1sBABQbAQAdmwEAKhsBADObAQAAG0EADZtBABYbQQAg20EALBtBAC4bQQACG4EADJuBABgbgQAl24EALhuBADjbgQAEG8EABhvBABobwQAd28EAMBvBADFbwQAGHAEACFwBABwcAQAJXAEAFh4BACBcAQAyHAEAM9wBAAgcQQAKHEEAHhxBACFcQQA0HEEANVxBAAocgQAMnIEAIByBACIcgQA2HIEAOJyBAA4fwQA53IEADBzBAA1cwQAiHMEAJVzBADgcwQA7XMEADh0BABEdAQAkHQEAJ90BADodAQA8nQEAEB1BABIdQQAmHUEAKJ1BADwdQQA9XUEAEh2BABQdgQAuP8SAKx2BAD4dgQA/nYEAFB3BABrdwQAqHcEALR3BAAAeAQABngEABAAEwBleAQAsHgEALx4BAAIeQQAF3kEAGB5BABqeQQAuHkEAMZ5BAAQegQAFXoEAGh6BAB1egQAwHoEAMh6BAAYewQAInsEAHB7BAB1ewQAyHsEANB7BAAgfAQAI3wEAHh8BACEfAQA0HwEANZ8BAAofQQAQ30EAIB9BACMfQQA2H0EAN59BAAwfgQAOH4EAIh+BACKfgQA4H4EAOp+BABoABMAPn8EAJB/BACSfwQA6H8EAPV/BABAgAQAQ4AEAJiABACpgAQA8IAEAPKABABIgQQAUoEEAKCBBACsgQQA+IEEAACCBADAABMAVYIEAKiCBACrggQAAIMEAAqDBABYgwQAYIMEALCDBAC9gwQACIQEAAqEBABghAQAdoQEALiEBADEhAQAGAETACyFBABohQQAhIUEAHABEwDFhQQAGIYEACWGBABwhgQAfYYEAMiGBADUhgQAIIcEAC+HBAB4hwQAgocEANCHBADehwQAKIgEAC2IBACAiAQAjYgEANiIBADxiAQAMIkEADKJBACIiQQAj4kEAMgBEwD9iQQAOIoEAEmKBACQigQAnIoEAOiKBAD7igQAQIsEAE+LBACYiwQApIsEAPCLBADxiwQASIwEAFKMBACgjAQArowEAPiMBAD9jAQAUI0EAF2NBAAgAhMArY0EAACOBAANjgQAWI4EAGWOBACwjgQAvI4EAAiPBAAXjwQAYI8EAGqPBAC4jwQAxo8EABCQBAAVkAQAaJAEAHWQBADAkAQAyJAEACgDEwAdkQQAcJEEAHiRBACAAxMAypEEACCSBAAukgQAeJIEAImSBADYAxMA15IEADAEEwAtkwQAgJMEAIiTBADYkwQA55MEADCUBAA1lAQAiJQEAJWUBADglAQA7ZQEADiVBABElQQAkJUEAJ+VBADolQQA8pUEAOAEEwBClgQAyCAQAEaWBAA46A0AU5YEAJiWBACnlgQA8JYEAPyWBABIlwQASZcEAKCXBACqlwQA+JcEAAaYBABQmAQAVZgEAKiYBAC1mAQAOAUTAASZBABYmQQAY5kEALCZBAC+mQQACJoEABmaBABgmgQAbJoEALiaBADAmgQAkAUTABWbBABomwQAdZsEAMCbBADNmwQAGJwEACScBABwnAQAf5wEAMicBADSnAQAIJ0EAC6dBAB4nQQAhZ0EANCdBADnnQQA6AUTADWeBACAngQAjZ4EANieBADkngQAMJ8EAD+fBACInwQAkp8EAOCfBADunwQAOKAEAPyfBAAQUgoAPaAEAJCgBACdoAQA6KAEAPCgBABABhMATKEEAJihBACooQQA8KEEAPmhBABIogQAS6IEAKCiBACsogQA+KIEAP+iBACYBhMAXaMEAKijBAC3owQAAKQEAAGkBABYpAQAb6QEALCkBADKpAQACKUEABSlBABgpQQAc6UEALilBADHpQQAEKYEABymBABopgQAaaYEAMCmBADKpgQAGKcEACanBABwpwQAdacEAMinBADVpwQA8AYTADqoBAB4qAQAh6gEANCoBADSqAQAKKkEANWoBACwrwQANakEAICpBACNqQQA2KkEAN2pBAAwqgQAOqoEAIiqBACXqgQA4KoEAOWqBAA4qwQARasEAJCrBACdqwQA6KsEAPSrBABArAQAT6wEAJisBACirAQA8KwEAP2sBABIrQQATa0EAKCtBACkrQQA+K0EAASuBABQrgQAVq4EAKiuBACurgQAAK8EAAWvBABYrwQAXq8EAEgHEwC9rwQACLAEABWwBABgsAQAbLAEALiwBADHsAQAELEEABqxBABosQQAdrEEAMCxBADFsQQAGLIEACWyBABwsgQAd7IEAMiyBADNsgQAILMEACyzBAB4swQAe7MEANCzBADdswQAKLQEAC20BACAtAQAirQEANi0BADktAQAMLUEAEO1BACItQQAlrUEAOC1BADjtQQAOLYEAEK2BACQtgQAnLYEAOi2BADutgQAQLcEAEa3BACYtwQAnbcEAPC3BAD2twQAoAcTAEq4BACguAQAsbgEAPi4BAAJuQQAULkEAFi5BACouQQAuLkEAAC6BAACugQAWLoEAGa6BACwugQAwboEAPgHEwAPuwQAUAgTAGG7BAC4uwQAvbsEABC8BAC+uwQAGOkEABa8BABovAQAcrwEAMC8BADMvAQAGL0EAB69BABwvQQAdr0EAMi9BADNvQQAIL4EACa+BACoCBMAhr4EANC+BADpvgQAKL8EACm/BACAvwQAnb8EANi/BADgvwQAQOMEAPK/BAAwwAQAM8AEAIjABACNwAQAsAkTAPnABAA4wQQAPsEEAJDBBABOwQQAMJEFAJLBBADowQQA7sEEAEDCBABUwgQAmMIEAKDCBADwwgQA/cIEAEjDBABNwwQAoMMEAKrDBAD4wwQAAMQEAFDEBABhxAQAqMQEAK3EBAAAxQQAAsUEAFjFBABfxQQAsMUEALzFBAAIxgQAD8YEAGDGBAB8xgQAuMYEAMDGBAAIChMAEccEAGjHBAB0xwQAwMcEAM3HBAAYyAQAIMgEAHDIBABzyAQAyMgEANPIBAAgyQQAIskEAHjJBAB+yQQA0MkEANzJBAAoygQAL8oEAIDKBACIygQA2MoEAN3KBAAwywQAScsEAIjLBAC0ywQA4MsEAOzLBAA4zAQAR8wEAJDMBACazAQA6MwEAPDMBABAzQQAUM0EAJjNBACmzQQA8M0EAAHOBABIzgQAVM4EAGAKEwClzgQA+M4EAADPBABQzwQAUc8EAKjPBABmzwQAUHUMAMXPBAAA0AQACNAEAFjQBABc0AQAsNAEALbQBAAI0QQACtEEAGDRBABh0QQAuNEEALnRBAAQ0gQAHNIEAGjSBABu0gQAwNIEAMjSBAAY0wQAGtMEAHDTBACL0wQAyNMEAMrTBAAg1AQALtQEAHjUBACJ1AQA0NQEANLUBAAo1QQAQdUEAIDVBACR1QQA2NUEAOTVBAC4ChMAPtYEAIjWBABM1gQA+KEIAJ7WBADg1gQA4dYEADjXBABJ1wQAkNcEAJzXBADo1wQA/tcEAEDYBABM2AQAmNgEAKXYBADw2AQA+tgEAEjZBABK2QQAoNkEAKrZBAD42QQABtoEAFDaBABV2gQAqNoEALXaBAAA2wQAHNsEAFjbBABg2wQAEAsTAL7bBAAI3AQAIdwEAGDcBABh3AQAuNwEANXcBAAQ3QQAGN0EAGjdBAB53QQAwN0EAM7dBAAY3gQAMd4EAHDeBAB23gQAyN4EAMreBAAg3wQAJt8EAHjfBACM3wQA0N8EANjfBAAo4AQANeAEAIDgBACF4AQA2OAEAOLgBAAw4QQAOOEEAIjhBACY4QQA4OEEAOXhBAA44gQAQeIEAJDiBACd4gQA6OIEAO/iBABoCxMAUeMEAJjjBACm4wQA8OMEAAnkBABI5AQATuQEAKDkBACi5AQA+OQEAP7kBABQ5QQAZOUEAKjlBACw5QQAAOYEAA3mBABY5gQAXeYEALDmBAC65gQACOcEABDnBABg5wQAcOcEALjnBAC95wQAEOgEABnoBABo6AQAdegEAMDoBADH6AQAwAsTAB3pBABw6QQAcekEAMjpBADU6QQAIOoEACbqBAB46gQAieoEANDqBADk6gQAKOsEADfrBACA6wQAhesEANjrBADl6wQAMOwEAEDsBACI7AQAluwEAODsBAD37AQAOO0EAEHtBACQ7QQAlu0EAOjtBAD07QQAQO4EAEfuBACY7gQAtO4EAPDuBAD47gQAGAwTAE7vBACg7wQApu8EAPjvBAD97wQAUPAEAFbwBABwDBMArfAEAADxBAAC8QQAWPEEAF/xBACw8QQAvvEEAAjyBAAV8gQAYPIEAHfyBAC48gQAwPIEABDzBAAR8wQAaPMEAGvzBADA8wQA1PMEABj0BAAn9AQAcPQEAHX0BADI9AQAyfQEACD1BAA39QQAIA0TAHr1BADQ9QQA3fUEACj2BAA19gQAgPYEAIX2BADY9gQA4vYEADD3BAA49wQAiPcEAJj3BADg9wQA7vcEADj4BABF+AQAkPgEAJf4BADo+AQA8PgEAED5BABC+QQAmPkEAKD5BADw+QQA8fkEAEj6BAAG+gQAWJYFAE36BACg+gQAo/oEAPj6BAAC+wQAUPsEAGf7BACo+wQArvsEAAD8BAAM/AQAWPwEAFv8BACw/AQAzfwEAAj9BAAZ/QQAYP0EAGj9BAC4/QQAv/0EABD+BAAW/gQAaP4EAHb+BADA/gQA2/4EABj/BAAk/wQAcP8EAHb/BADI/wQA3f8EACAABQAoAAUAeAAFAIIABQDQAAUA1gAFACgBBQA2AQUAgAEFAIwBBQDYAQUA3wEFADACBQA4AgUAeA0TAJYCBQDgAgUA9gIFADgDBQBEAwUAkAMFAJUDBQDoAwUA8QMFAEAEBQBKBAUAmAQFAKQEBQCo9QYAtAQFAPAEBQD4BAUA0A0TAE0FBQCgBQUArQUFAPgFBQAFBgUAUAYFAFwGBQCoBgUAtwYFAAAHBQAKBwUAWAcFAGYHBQCwBwUAtQcFAAgIBQAVCAUAYAgFAGgIBQAoDhMAxggFABAJBQAmCQUAaAkFAHQJBQDACQUAxQkFABgKBQAhCgUAcAoFAHoKBQDICgUA0AoFACALBQAsCwUAeAsFAIsLBQDQCwUA0QsFACgMBQA2DAUAgAwFAIYMBQDYDAUA5AwFADANBQA3DQUAgA4TAJINBQDgDQUA6A0FADgOBQA+DgUA8HkKAEcOBQCQDgUAlQ4FAPh+BQCWDgUA6A4FAPQOBQBADwUAQg8FAJgPBQCiDwUA8A8FAPwPBQBIEAUAUBAFANgOEwCoEAUA+BAFAAcRBQBQEQUAVREFAKgRBQC1EQUAABIFAA0SBQBYEgUAZBIFALASBQC/EgUACBMFABITBQBgEwUAbhMFALgTBQC9EwUAEBQFAB0UBQBoFAUAcBQFAMAUBQDKFAUAGBUFAB0VBQBwFQUAeBUFAMgVBQDTFQUAIBYFACUWBQB4FgUAexYFANAWBQDaFgUAKBcFADAXBQAwDxMAhRcFANgXBQDnFwUAMBgFADIYBQCIGAUAmRgFAOAYBQDrGAUAOBkFAD0ZBQCQGQUAkxkFAOgZBQDyGQUAQBoFAEgaBQCYGgUAmhoFAPAaBQD9GgUASBsFAE8bBQCgGwUAqBsFAPgbBQD5GwUAUBwFAFUcBQCoHAUArhwFAAAdBQAKHQUAWB0FAGAdBQCIDxMA4h0FAAgeBQA/HgUAYB4FAHoeBQC4HgUA3h4FABAfBQAqHwUAaB8FAI4fBQDAHwUA2h8FABggBQBBIAUAcCAFAHggBQDIIAUAyiAFACAhBQAtIQUAeCEFAH8hBQDQIQUA2CEFACgiBQApIgUAgCIFAIUiBQDYIgUA3iIFADAjBQA6IwUAiCMFAJAjBQDgDxMA/CMFADgQEwBAJAUAkCQFAJIkBQDoJAUA9SQFAEAlBQBHJQUAmCUFAKAlBQDwJQUA8SUFAEgmBQBNJgUAoCYFAKYmBQD4JgUAAicFAFAnBQBYJwUAkBATAK0nBQAAKAUAAigFAFgoBQBfKAUAsCgFAL4oBQAIKQUAFSkFAGApBQB3KQUAuCkFAMApBQAQKgUAGioFAGgqBQAmKgUAuIwFAHMqBQDAKgUAzCoFABgrBQAgKwUA6BATAHErBQDIKwUAeisFAGAQBgCGKwUAcPwFAM0rBQAgLAUAIywFAHgsBQCCLAUA0CwFAOcsBQAoLQUALi0FAIAtBQCMLQUA2C0FANstBQAwLgUATS4FAIguBQCZLgUA4C4FAP8uBQA4LwUAQC8FAJAvBQCSLwUA6C8FAPcvBQBAMAUASjAFAJgwBQCmMAUA8DAFAAsxBQBIMQUAVDEFAKAxBQCoMQUAQBETAAQyBQBQMgUAXzIFAKgyBQCtMgUAADMFAAYzBQBYMwUAXzMFALAzBQC4MwUACDQFAAo0BQBgNAUAZzQFALg0BQC6NAUAEDUFABE1BQBoNQUAcjUFAMA1BQDMNQUAGDYFAB42BQBwNgUAijYFAMg2BQDQNgUAIDcFADY3BQB4NwUAhjcFANA3BQDTNwUAKDgFACs4BQCAOAUAjjgFANg4BQDlOAUAMDkFAEc5BQCIOQUAkDkFAOA5BQDiOQUAODoFAEA6BQCQOgUApzoFAOg6BQD0OgUAQDsFAFY7BQCYOwUAoDsFAPA7BQD+OwUASDwFAFI8BQCgPAUAqDwFAPg8BQD/PAUAUD0FAFw9BQCoPQUAqT0FAAA+BQAMPgUAWD4FAGU+BQCwPgUAtz4FAAg/BQALPwUAYD8FAGg/BQC4PwUAvT8FABBABQAdQAUAaEAFAJhABQDAQAUAyEAFAJgREwAgQQUAaE0TADRBBQBwQQUAeEEFAPAREwDWQQUAIEIFACJCBQB4QgUAiUIFANBCBQDYQgUAKEMFADRDBQCAQwUAhkMFANhDBQDeQwUAMEQFADVEBQCIRAUAjkQFAEgSEwDlRAUAOEUFAOxEBQAoJQ8AQEUFAJBFBQCVRQUAICULAJZFBQBQgAwAnEUFAEDvCwCfRQUA6EUFAKFFBQCQfQwAp0UFABjyDADtRQUAQEYFAO5FBQDAEAoATUYFAJhGBQClRgUA8EYFAPxGBQBIRwUAV0cFAKBHBQCqRwUAqBMTAAJIBQBQSAUAVUgFAKhIBQCwSAUAABQTAAVJBQBYSQUAW0kFALBJBQC6SQUACEoFADBKBQCwFBMAZkoFALhKBQDOSgUAEEsFAB5LBQBoSwUAdUsFAMBLBQDCSwUAGEwFACJMBQBwTAUAfEwFAMhMBQDPTAUAIE0FAChNBQB4TQUAf00FANBNBQDZTQUAKE4FADROBQCATgUAiE4FAAgVEwDdTgUAME8FADhPBQCITwUAl08FAOBPBQDlTwUAOFAFAEVQBQCQUAUAnVAFAOhQBQD0UAUAQFEFAE9RBQCYUQUAolEFAPBRBQD+UQUASFIFAE1SBQCgUgUArVIFAPhSBQAAUwUAUFMFAFpTBQCoUwUAtlMFAABUBQAWVAUAWFQFAGRUBQCwVAUAtVQFAAhVBQARVQUAYFUFAGpVBQBgFRMAwlUFABBWBQAcVgUAaFYFAHBWBQC4FRMAxVYFABhXBQAlVwUAcFcFAH1XBQDIVwUA1FcFACBYBQAvWAUAeFgFAIJYBQDQWAUA6FgFAChZBQAyWQUAgFkFAI5ZBQDYWQUA7lkFADBaBQA8WgUAiFoFAI1aBQDgWgUA6VoFADhbBQBCWwUAkFsFAJhbBQAQFhMA9VsFAEBcBQD+WwUAEFASAE1cBQCYXAUApFwFAPBcBQD/XAUASF0FAFJdBQCgXQUArl0FAPhdBQAFXgUAUF4FAGdeBQCoXgUAsF4FAABfBQAKXwUAWF8FAF1fBQCwXwUAuF8FAGgWEwAUYAUAYGAFAGZgBQC4YAUA02AFABBhBQAcYQUAaGEFAG5hBQDAFhMAyGEFABgXEwAdYgUAcGIFAH1iBQDIYgUA1WIFACBjBQAsYwUAeGMFAIdjBQDQYwUA2mMFAChkBQA2ZAUAgGQFAIVkBQDYZAUA5WQFADBlBQA4ZQUAcBcTAJRlBQDgZQUA8GUFADhmBQBBZgUAkGYFAJNmBQDoZgUA9GYFAEBnBQBHZwUAyBcTAKZnBQDwZwUABmgFAEhoBQBUaAUAoGgFAKdoBQD4aAUAAGkFAFBpBQBVaQUAqGkFALFpBQAAagUACmoFACAYEwBdagUAsGoFAGRqBQAobwUAuGoFAAhrBQAOawUAYGsFAGVrBQC4awUAwWsFABBsBQAabAUAaGwFAHRsBQDAbAUAyGwFAHgYEwAdbQUAcG0FAHhtBQDIbQUA020FACBuBQAlbgUAeG4FAHtuBQDQbgUA2m4FANAYEwAybwUAgG8FAIRvBQDYbwUA3W8FADBwBQA2cAUAiHAFAKhwBQDgcAUA6HAFADhxBQBGcQUAkHEFAJNxBQDocQUA8HEFAEByBQBJcgUAmHIFAKVyBQDwcgUA9nIFAEhzBQBUcwUAoHMFAKJzBQD4cwUAB3QFAFB0BQBbdAUAqHQFAKp0BQAAdQUAGXUFAFh1BQBpdQUAsHUFALx1BQAoGRMAEHYFAGB2BQCAdgUAuHYFAMZ2BQAQdwUAHXcFAGh3BQBvdwUAwHcFANx3BQAYeAUAIHgFAIAZEwB1eAUAyHgFANV4BQAgeQUALXkFAHh5BQCEeQUA0HkFAN95BQAoegUAMnoFAIB6BQCVegUA2HoFAOB6BQAwewUAP3sFAIh7BQCKewUA4HsFAOl7BQA4fAUAO3wFAJB8BQCcfAUA6HwFAAR9BQBAfQUASH0FANgZEwCdfQUA8H0FAAZ+BQBIfgUAVH4FAKB+BQDDfgUAMBoTAAV/BQBQfwUAXX8FAKh/BQC0fwUAAIAFAA+ABQBYgAUAYoAFALCABQC4gAUACIEFABKBBQBggQUAZYEFALiBBQDAgQUAiBoTACSCBQBoggUAjoIFAMCCBQDmggUAGIMFAD6DBQBwgwUAm4MFAMiDBQDQgwUAIIQFAEqEBQB4hAUAqoQFANCEBQD2hAUAKIUFAE6FBQCAhQUAsoUFANiFBQADhgUAMIYFADiGBQCIhgUAjYYFAODpBQCXhgUA4IYFAOWGBQA4hwUARYcFAJCHBQCdhwUA6IcFAPSHBQBAiAUAT4gFAJiIBQCiiAUA8IgFAP6IBQBIiQUATYkFAKCJBQCtiQUA+IkFAACKBQBQigUAVooFAKiKBQBaigUAIOcFALSKBQAAiwUAEIsFAFiLBQBhiwUAsIsFALOLBQAIjAUAFIwFAGCMBQBnjAUA4BoTAMyMBQAQjQUAE40FAGiNBQCFjQUAwI0FANGNBQAYjgUAH44FAHCOBQCJjgUAyI4FANCOBQAgjwUANo8FAHiPBQB9jwUA0I8FANePBQAokAUAMZAFAICQBQCRkAUA2JAFAOSQBQA4GxMAMpEFAKCUBQBEkQUAiJEFAIuRBQDgkQUA/ZEFADiSBQBJkgUAkJIFAJ+SBQDokgUA+ZIFAECTBQBOkwUAmJMFAKSTBQDwkwUA/ZMFAEiUBQBSlAUAkBsTAKaUBQD4lAUABpUFAFCVBQBSlQUAqJUFAK+VBQAAlgUAGZYFAOgbEwBslgUAsJYFALOWBQAIlwUAJZcFAGCXBQBxlwUAuJcFAMCXBQAQmAUAF5gFAGiYBQBumAUAwJgFAM6YBQAYmQUAM5kFAHCZBQB8mQUAyJkFAM6ZBQAgmgUANZoFAHiaBQCAmgUA0JoFANqaBQAomwUALpsFAICbBQCOmwUA2JsFAOSbBQAwnAUAN5wFAIicBQCQnAUAQBwTAOmcBQA4nQUARZ0FAJCdBQCenQUA6J0FAPedBQBAngUAQp4FAJieBQCingUA8J4FAP6eBQBInwUATZ8FAKCfBQCtnwUA+J8FAPufBQBQoAUAXKAFAKigBQC7oAUAAKEFAA+hBQBYoQUAZKEFALChBQCxoQUACKIFABKiBQBgogUAbqIFALiiBQC9ogUAEKMFAB2jBQCYHBMAbaMFAMCjBQDWowUAGKQFAC6kBQBwpAUAeaQFAMikBQDVpAUAIKUFAC6lBQB4pQUAh6UFANClBQDSpQUAKKYFADKmBQCApgUAjqYFANimBQDdpgUAMKcFAD2nBQCIpwUAi6cFAOCnBQDopwUAOKgFAEmoBQCQqAUAnqgFAOioBQD1qAUAQKkFAGCpBQCYqQUAoKkFAPCpBQAAqgUASKoFAEqqBQCgqgUArqoFAPiqBQAJqwUAoB0TAFarBQCoqwUAtKsFAPgdEwAHrAUAWKwFAA2sBQCopQcAX6wFALCsBQC2rAUACK0FABStBQBgrQUAY60FALitBQC7rQUAEK4FADiuBQBorgUAi64FAMCuBQDLrgUAGK8FAB2vBQBwrwUAc68FAMivBQDSrwUAILAFAEiwBQBQHhMAfbAFANCwBQDdsAUAKLEFADWxBQCAsQUAjLEFANixBQDnsQUAMLIFADqyBQCIsgUAkLIFAOCyBQDqsgUAOLMFAD2zBQCQswUAmLMFAKgeEwD1swUAQLQFAFS0BQCYtAUAoLQFAPC0BQD1tAUASLUFAFi1BQCgtQUAqLUFAPi1BQACtgUAULYFAFu2BQCotgUAtLYFAAC3BQAItwUAAB8TAFm3BQCwtwUAvLcFAAi4BQAXuAUAYLgFAG64BQC4uAUAyLgFABC5BQAeuQUAaLkFAHS5BQDAuQUAx7kFABi6BQAgugUAcLoFAIa6BQDIugUA3LoFACC7BQAjuwUAeLsFAJW7BQDQuwUA4bsFACi8BQAwvAUAgLwFAIu8BQDYvAUA3bwFADC9BQAzvQUAiL0FAJK9BQDgvQUA470FAFgfEwA6vgUAGNIIAD2+BQCQvgUAk74FAOi+BQDyvgUAQL8FAEi/BQCYvwUAt78FALAfEwAEwAUASMAFAG7ABQCgwAUAxsAFAPjABQAewQUAUMEFAInBBQCowQUA2sEFAADCBQAmwgUAWMIFAH7CBQCwwgUA4sIFAAjDBQAswwUAYMMFAHzDBQC4wwUAwMMFAAggEwAVxAUAaMQFAHXEBQDAxAUAzcQFABjFBQAkxQUAcMUFAH/FBQDIxQUA0sUFACDGBQAuxgUAeMYFAH3GBQDQxgUA3cYFACjHBQAwxwUAYCATAIzHBQDYxwUA6McFADDIBQA5yAUAiMgFAIvIBQDgyAUA7MgFADjJBQA/yQUAuCATAJ7JBQDoyQUA/skFAEDKBQBMygUAmMoFAJ/KBQDwygUA+MoFAEjLBQBNywUAoMsFAKnLBQD4ywUAAswFABAhEwBRzAUAqMwFALTMBQAAzQUABs0FAFjNBQBazQUAsM0FALrNBQAIzgUAFs4FAGDOBQBlzgUAuM4FAMXOBQAQzwUAGM8FAGjPBQByzwUAwM8FAM7PBQAY0AUALtAFAHDQBQB80AUAyNAFAM/QBQAg0QUAKNEFAHjRBQB90QUA0NEFANnRBQAo0gUAMtIFAGghEwCD0gUA2NIFAPXSBQAw0wUAQdMFAIjTBQCW0wUA4NMFAPjTBQA41AUAO9QFAJDUBQCt1AUA6NQFAPnUBQBA1QUAWNUFAJjVBQCk1QUA8NUFAAPWBQBI1gUAV9YFAKDWBQCs1gUA+NYFAPnWBQBQ1wUAWtcFAKjXBQC21wUAANgFAAXYBQBY2AUAZdgFAMAhEwC12AUACNkFABXZBQBg2QUAbdkFALjZBQDE2QUAENoFAB/aBQBo2gUActoFAMDaBQDO2gUAGNsFAB3bBQBw2wUAfdsFAMjbBQDQ2wUAyCITACzcBQB43AUAiNwFANDcBQDZ3AUAKN0FACvdBQCA3QUAjN0FANjdBQDf3QUAICMTAD7eBQCI3gUAnt4FAODeBQDs3gUAON8FAD/fBQCQ3wUAmN8FAOjfBQDt3wUAQOAFAEngBQCY4AUAouAFAHgjEwDx4AUASOEFAFThBQCg4QUApuEFAPjhBQD64QUAUOIFAFriBQCo4gUAtuIFAADjBQAF4wUAWOMFAGXjBQCw4wUAuOMFAAjkBQAS5AUAYOQFAG7kBQC45AUAzuQFABDlBQAc5QUAaOUFAG/lBQDA5QUAyOUFABjmBQAd5gUAcOYFAHnmBQDI5gUA0uYFANAjEwAu5wUAeOcFAI7nBQDQ5wUA3OcFACjoBQAv6AUAgOgFAIjoBQDY6AUA3egFADDpBQA56QUAiOkFAJLpBQAoJBMA4ekFADjqBQBE6gUAkOoFAJbqBQDo6gUA6uoFAEDrBQBK6wUAmOsFAKbrBQDw6wUA9esFAEjsBQBV7AUAoOwFAKjsBQD47AUAAu0FAFDtBQBe7QUAqO0FAL7tBQAA7gUADO4FAFjuBQBf7gUAsO4FALjuBQAI7wUADe8FAGDvBQBp7wUAuO8FAMLvBQCAJBMAEvAFAJj/DQAe8AUAaPAFAHnwBQDA8AUAxfAFABjxBQAv8QUAcPEFAITxBQDI8QUA4PEFACDyBQAv8gUAePIFAH3yBQDQ8gUA3fIFACjzBQA18wUAgPMFAIzzBQDY8wUA5/MFADD0BQA69AUAiPQFAJD0BQDg9AUA/vQFADj1BQBA9QUAkPUFAJn1BQDo9QUA9fUFAED2BQBC9gUAmPYFALH2BQDw9gUAAfcFAEj3BQBU9wUAoPcFAKj3BQDYJBMA/fcFAFD4BQBY+AUAqPgFALf4BQAA+QUABfkFAFj5BQBl+QUAsPkFAL35BQAI+gUAFPoFAGD6BQBv+gUAuPoFAML6BQAQ+wUAGPsFAGj7BQBy+wUAwPsFAMX7BQAY/AUAIPwFADAlEwCE/AUAyPwFAMv8BQAg/QUAPf0FAHj9BQCJ/QUA0P0FAAL+BQAo/gUAR/4FAID+BQCI/gUA2P4FANr+BQAw/wUAP/8FAIj/BQCS/wUA4P8FAO7/BQA4AAYAUwAGAJAABgCcAAYA6AAGAPAABgCIJRMATAEGAJgBBgCnAQYA8AEGAPUBBgBIAgYATgIGAKACBgCnAgYA+AIGAAADBgBQAwYAUgMGAKgDBgCvAwYAAAQGAAIEBgBYBAYAWQQGALAEBgC6BAYACAUGABQFBgBgBQYAZgUGALgFBgDSBQYAEAYGABgGBgBoBgYAfgYGAMAGBgDOBgYAGAcGABsHBgBwBwYAcwcGAMgHBgDWBwYAIAgGAC0IBgB4CAYAjwgGANAIBgDYCAYAKAkGACoJBgCACQYAiAkGANgJBgDvCQYAMAoGADwKBgCICgYAngoGAOAKBgDoCgYAOAsGAEYLBgCQCwYAmgsGAOgLBgDwCwYAQAwGAEcMBgCYDAYApAwGAPAMBgDxDAYASA0GAFQNBgCgDQYArQ0GAPgNBgD/DQYAUA4GAFMOBgCoDgYAsA4GAAAPBgAFDwYAWA8GAGUPBgCwDwYA4A8GAAgQBgAQEAYA4CUTAGYQBgC4EAYAxhAGABARBgAhEQYAaBEGAG0RBgDAEQYA1xEGABgSBgAsEgYAcBIGAI8SBgDIEgYA0BIGACATBgAiEwYAeBMGAIcTBgDQEwYA2hMGACgUBgA2FAYAgBQGAJsUBgDYFAYA5BQGADAVBgA4FQYAOCYTAJQVBgDgFQYA7xUGADgWBgA9FgYAkBYGAJYWBgDoFgYA7xYGAEAXBgBIFwYAmBcGAJoXBgDwFwYA9xcGAEgYBgBKGAYAoBgGAKEYBgD4GAYAAhkGAFAZBgBcGQYAqBkGAK4ZBgAAGgYAGhoGAFgaBgBgGgYAsBoGAMYaBgAIGwYAFhsGAGAbBgBjGwYAuBsGALsbBgAQHAYAHhwGAGgcBgB1HAYAwBwGANccBgAYHQYAIB0GAHAdBgByHQYAyB0GANAdBgAgHgYANx4GAHgeBgCEHgYA0B4GAOYeBgAoHwYAMB8GAIAfBgCOHwYA2B8GAOIfBgAwIAYAOCAGAIggBgCPIAYA4CAGAOwgBgA4IQYAOSEGAJAhBgCcIQYA6CEGAPUhBgBAIgYARyIGAJgiBgCbIgYA8CIGAPgiBgBIIwYATSMGAKAjBgCtIwYA+CMGACgkBgBQJAYAWCQGAJAmEwCtJAYAACUGABwlBgBYJQYAYCUGAOgmEwDqJQYACCYGAC4mBgBgJgYAiSYGALgmBgDqJgYAECcGACUnBgBoJwYAcCcGAMAnBgDDJwYAGCgGADUoBgBwKAYAgSgGAMgoBgDLKAYAICkGACopBgB4KQYAeikGANApBgDaKQYAKCoGADQqBgCAKgYAnCoGANgqBgDgKgYAQCcTAGUrBgCIKwYAiysGAOArBgAGLAYAOCwGAGEsBgCQLAYAtCwGAOgsBgDwLAYAmCcTAEUtBgCYLQYApS0GAPAtBgD9LQYASC4GAFQuBgCgLgYAry4GAPguBgACLwYAUC8GAF4vBgCoLwYArS8GAAAwBgANMAYAWDAGAGAwBgCwMAYAujAGAAgxBgAWMQYAYDEGAHYxBgC4MQYAxDEGABAyBgAVMgYAaDIGAHEyBgDAMgYAyjIGABgzBgA0MwYAcDMGAHgzBgDwJxMAyjMGACA0BgAuNAYAeDQGAIk0BgBIKBMA1zQGAKAoEwAtNQYAgDUGAIg1BgDYNQYA5zUGADA2BgA2NgYAiDYGAJQ2BgDgNgYA4jYGADg3BgBCNwYAkDcGAJw3BgDoNwYA8DcGAFApEwBFOAYAmDgGAKc4BgDwOAYAEDkGAEg5BgBUOQYAoDkGAKo5BgD4OQYAADoGAFA6BgBSOgYAqDoGALg6BgAAOwYACjsGAFg7BgBkOwYAsDsGALY7BgAIPAYAEDwGAKgpEwBlPAYAuDwGAME8BgD4Dg0AxTwGABA9BgDOPAYAMIYQABo9BgBgShAAHT0GAGg9BgB0PQYAwD0GAM89BgAYPgYAIj4GAHA+BgB4PgYAIAEMAH4+BgDIPgYA1T4GACA/BgA3PwYAeD8GAIA/BgDQPwYA2j8GAChABgAtQAYAgEAGAIhABgAAKhMA5UAGADBBBgA+QQYAiEEGAJtBBgDgQQYA6EEGADhCBgA7QgYAkEIGAJVCBgDoQgYA90IGAEBDBgBgQwYAmEMGAKRDBgDwQwYA+kMGAEhEBgBkRAYAoEQGAKhEBgBYKhMAC0UGAFBFBgBWRQYAqEUGALRFBgAARgYACkYGAFhGBgBeRgYAsEYGAL5GBgAIRwYAFEcGAGBHBgBjRwYAuEcGALlHBgAQSAYAHEgGAGhIBgBuSAYAwEgGAMZIBgAYSQYAJEkGAHBJBgCNSQYAyEkGANFJBgAgSgYALEoGAHhKBgB7SgYA0EoGANpKBgAoSwYANEsGAIBLBgCGSwYA2EsGAN5LBgAwTAYANUwGAIhMBgCOTAYAsCoTAOxMBgA4TQYAOk0GAJBNBgCfTQYA6E0GAPNNBgBATgYATE4GAJhOBgCfTgYA8E4GAPhOBgBITwYAUk8GAKBPBgCrTwYA+E8GAARQBgBQUAYAWFAGALgrEwCqUAYAAFEGABNRBgBYUQYAYFEGALBRBgC2UQYACFIGABRSBgBgUgYAalIGALhSBgC+UgYAEFMGAB5TBgBoUwYAdFMGAMBTBgDDUwYAGFQGACBUBgBwVAYAcVQGAMhUBgDUVAYAIFUGACZVBgB4VQYAgFUGANBVBgDWVQYAKFYGADRWBgCAVgYAnVYGANhWBgDhVgYAMFcGADxXBgCIVwYAi1cGAOBXBgDqVwYAOFgGAEBYBgCQWAYAoVgGAOhYBgD2WAYAQFkGAFZZBgCYWQYAplkGAPBZBgD6WQYAECwTAFdaBgCgWgYAq1oGAPhaBgAEWwYAUFsGAFdbBgCoWwYAsFsGAABcBgAKXAYAWFwGAGNcBgCwXAYAvFwGAAhdBgAQXQYAaCwTAGJdBgC4XQYAy10GABBeBgAYXgYAaF4GAG5eBgDAXgYAzF4GABhfBgAiXwYAcF8GAHZfBgDIXwYA1l8GACBgBgAsYAYAeGAGAHtgBgDQYAYA2GAGAChhBgApYQYAgGEGAIxhBgDYYQYA3mEGADBiBgA4YgYAiGIGAI5iBgDgYgYA7GIGADhjBgBVYwYAkGMGAJljBgDoYwYA9GMGAEBkBgBDZAYAmGQGAKJkBgDwZAYA+GQGAEhlBgBZZQYAoGUGAK5lBgD4ZQYADmYGAFBmBgBeZgYAqGYGALJmBgAAZwYACGcGAFhnBgB7ZwYAwCwTALtnBgAIaAYAFmgGAGBoBgBvaAYAuGgGAMNoBgAQaQYAGGkGAGhpBgB2aQYAwGkGAMNpBgAYagYAIGoGABgtEwCMagYAcC0TAMpqBgAgawYALWsGAHhrBgCFawYA0GsGANVrBgAobAYAMmwGAIBsBgCPbAYA2GwGAN1sBgAwbQYAPW0GAIhtBgCVbQYA4G0GAOxtBgA4bgYAR24GAJBuBgCabgYA6G4GAPRuBgBAbwYARm8GAJhvBgCebwYA8G8GAPVvBgBIcAYATnAGAMgtEwClcAYAAJMGALFwBgD4cAYABnEGAFBxBgBccQYAqHEGALVxBgAAcgYACnIGAFhyBgB0cgYAsHIGAMxyBgAgLhMACnMGAGBzBgBtcwYAuHMGAMVzBgAQdAYAFXQGAGh0BgBydAYAwHQGAM90BgAYdQYAHXUGAHB1BgB9dQYAyHUGANV1BgAgdgYALHYGAHh2BgCHdgYA0HYGANp2BgAodwYANHcGAIB3BgCGdwYA2HcGAN53BgAweAYANXgGAIh4BgCOeAYAeC4TAOx4BgA4eQYAP3kGAJB5BgCeeQYA6HkGAOt5BgBAegYASHoGAJh6BgCdegYA8HoGAP16BgBIewYAUHsGANAuEwClewYA+HsGAAd8BgBQfAYAUnwGAKh8BgC5fAYAAH0GAAt9BgBYfQYAXX0GALB9BgCzfQYACH4GABJ+BgBgfgYAfH4GACgvEwC/fgYAEH8GAB5/BgBofwYAa38GAMB/BgDPfwYAGIAGAB2ABgBwgAYAfYAGAMiABgDVgAYAIIEGACyBBgB4gQYAh4EGANCBBgDagQYAKIIGADaCBgCAggYAhYIGANiCBgDlggYAMIMGADyDBgCIgwYAm4MGAOCDBgDvgwYAOIQGAESEBgCQhAYAkYQGAOiEBgDyhAYAQIUGAE6FBgCYhQYAnYUGAPCFBgD9hQYAgC8TAEqGBgCghgYAroYGAPiGBgAJhwYAiDATAFeHBgDgMBMArYcGAACIBgAIiAYAWIgGAGeIBgCwiAYAtYgGAAiJBgAViQYAYIkGAG2JBgC4iQYAxIkGABCKBgAfigYAaIoGAHKKBgCQMRMAwooGABiLBgAziwYAcIsGAHKLBgDIiwYA4osGACCMBgAtjAYAeIwGAISMBgDQjAYA2owGACiNBgBCjQYAgI0GAI+NBgDYjQYA3Y0GADCOBgA9jgYAiI4GAJWOBgDgjgYA7I4GADiPBgBHjwYAkI8GAJqPBgDojwYA9I8GAECQBgBTkAYAmJAGAKeQBgDwkAYA/JAGAEiRBgBJkQYAoJEGAKqRBgD4kQYABpIGAFCSBgBVkgYAqJIGALWSBgDoMRMADZMGAFiTBgBlkwYAsJMGALyTBgAIlAYAF5QGAGCUBgBqlAYAuJQGAMaUBgAQlQYAFZUGAGiVBgB1lQYAwJUGAMyVBgAYlgYAK5YGAHCWBgB/lgYAyJYGANSWBgAglwYAIZcGAHiXBgCClwYA0JcGAN6XBgAomAYALZgGAICYBgCNmAYAQDITAOWYBgAwmQYAMpkGAIiZBgChmQYA4JkGAPGZBgA4mgYARJoGAJCaBgCYmgYASDMTAO2aBgBAmwYASJsGAJibBgCnmwYA8JsGAPWbBgBInAYAVZwGAKCcBgCtnAYA+JwGAASdBgBQnQYAX50GAKidBgCynQYAoDMTABOeBgBYngYAZ54GALCeBgC8ngYACJ8GAAmfBgBgnwYAap8GALifBgDGnwYAEKAGABWgBgBooAYAdaAGAPgzEwDFoAYAGKEGACWhBgBwoQYAfaEGAMihBgDUoQYAIKIGAC+iBgB4ogYAgqIGANCiBgDeogYAKKMGAC2jBgCAowYAjaMGANijBgDgowYAADUTADykBgCIpAYAmKQGAOCkBgDppAYAOKUGADulBgCQpQYAnKUGAOilBgDvpQYAWDUTAEumBgCYpgYAmaYGAPCmBgAIpwYASKcGAFWnBgCgpwYArKcGAPinBgACqAYAUKgGAFSoBgCoqAYAragGAACpBgAGqQYAWKkGAHipBgCwqQYAyKkGAAiqBgAfqgYAYKoGAGyqBgC4qgYAwqoGABCrBgASqwYAaKsGAG+rBgDAqwYAx6sGABisBgAerAYAcKwGAHysBgDIrAYAy6wGACCtBgAjrQYAeK0GAIStBgDQrQYA060GALA1EwAtrgYAgK4GAIiuBgDYrgYA3q4GADCvBgA1rwYAiK8GAJGvBgDgrwYA6q8GADiwBgBEsAYAkLAGAJiwBgAINhMA7bAGAECxBgBIsQYAmLEGAKOxBgDwsQYA9bEGAEiyBgBLsgYAoLIGAKqyBgBgNhMAALMGAFCzBgBUswYAqLMGAKqzBgAAtAYAA7QGAFi0BgBgtAYAsLQGAL20BgAItQYADbUGAGC1BgBqtQYAuLUGAMC1BgAQtgYAEbYGAGi2BgBttgYAwLYGAMO2BgAYtwYAG7cGAHC3BgB+twYAyLcGAOG3BgAguAYAMbgGAHi4BgCEuAYA0LgGANi4BgC4NhMALbkGAIC5BgCIuQYA2LkGAOe5BgAwugYANboGAIi6BgCVugYA4LoGAO26BgA4uwYARLsGAJC7BgCfuwYA6LsGAPK7BgBAvAYASLwGAJi8BgCivAYA8LwGAPW8BgBIvQYAUL0GABA3EwCrvQYA+L0GAAS+BgBQvgYAWL4GAGg3EwC0vgYAAL8GAAe/BgBYvwYAZr8GALC/BgCzvwYACMAGABDABgBgwAYAY8AGALjABgDEwAYAEMEGABbBBgBowQYAg8EGAMDBBgDMwQYAGMIGAB7CBgBwwgYAk8IGAMjCBgDLwgYAIMMGAETDBgDANxMAfcMGANDDBgDdwwYAKMQGADXEBgCAxAYAjMQGANjEBgDnxAYAMMUGADrFBgCIxQYAlsUGAODFBgDlxQYAOMYGAEXGBgCQxgYAmMYGABg4EwD1xgYAQMcGAEjHBgCYxwYAsccGAPDHBgD2xwYASMgGAE3IBgCgyAYAwMgGAPjIBgAEyQYAUMkGAF3JBgCoyQYAsMkGAADKBgADygYAWMoGAGLKBgCwygYAssoGAAjLBgASywYAYMsGAGzLBgBwOBMAzssGABDMBgAczAYAaMwGAG3MBgDAzAYAcMwGAJhFFADJzAYAGM0GACLNBgBwzQYAeM0GAKjpCgB8zQYAyM0GAJPNBgB4GgsAzs0GACDOBgDbzQYAWDkOACbOBgB4zgYAfc4GANDOBgDWzgYAyDgTADbPBgCAzwYAls8GANjPBgDkzwYAMNAGADXQBgCI0AYAkdAGAODQBgDq0AYAONEGAEDRBgCQ0QYAn9EGAOjRBgDt0QYAQNIGAE3SBgCY0gYApdIGAPDSBgD80gYASNMGAFfTBgCg0wYAqtMGAPjTBgAG1AYAUNQGAF3UBgCo1AYAv9QGAADVBgAI1QYAWNUGAGLVBgCw1QYAtdUGAAjWBgAQ1gYA0DkTAGzWBgC41gYAvtYGABDXBgAr1wYAaNcGAHTXBgDA1wYAxtcGACg6EwAe2AYAcPcOACvYBgBw2AYAf9gGAMjYBgDU2AYAINkGACHZBgB42QYAgtkGANDZBgDe2QYAKNoGAC3aBgCA2gYAjdoGAIA6EwDd2gYAMNsGADjbBgCI2wYAi9sGAODbBgDp2wYAONwGAEfcBgCQ3AYAm9wGAOjcBgDw3AYAQN0GAFDdBgCY3QYApt0GAPDdBgAB3gYASN4GAFTeBgCg3gYAqN4GAIg7EwD+3gYAUN8GAFjfBgCo3wYAr98GAADgBgAO4AYAWOAGAF7gBgCw4AYAvOAGAAjhBgAX4QYAYOEGAGrhBgC44QYAveEGABDiBgAW4gYAaOIGAHziBgDA4gYAyOIGABjjBgBC4wYAcOMGAHnjBgDI4wYA1eMGACDkBgAu5AYAeOQGAIvkBgDQ5AYA7OQGAOA7EwAt5QYAgOUGAI3lBgDY5QYA5eUGADDmBgA85gYAiOYGAJfmBgDg5gYA6uYGADjnBgBG5wYAkOcGAJXnBgDo5wYA9ecGAEDoBgBI6AYAODwTAKToBgDw6AYAAOkGAEjpBgBR6QYAoOkGAKPpBgD46QYABOoGAFDqBgBX6gYAkDwTANLqBgAA6wYACesGAFjrBgBl6wYAsOsGAL7rBgAI7AYAG+wGAGDsBgB87AYA6DwTAMbsBgAQ7QYAJu0GAGjtBgB07QYAwO0GAMftBgAY7gYAIO4GAHDuBgB17gYAyO4GANHuBgAg7wYAKu8GAEA9EwB57wYA0O8GANzvBgAo8AYALvAGAIDwBgCC8AYA2PAGAOLwBgAw8QYAPvEGAIjxBgCN8QYA4PEGAO3xBgA48gYAQPIGAJDyBgCa8gYA6PIGAPbyBgBA8wYAVvMGAJjzBgCk8wYA8PMGAPfzBgBI9AYAUPQGAKD0BgCl9AYA+PQGAAH1BgBQ9QYAWvUGAJg9EwCu9QYAAPYGAAb2BgBY9gYAXfYGALD2BgC29gYA8D0TAA33BgBg9wYAbfcGALj3BgDF9wYAEPgGABz4BgBo+AYAd/gGAMD4BgDK+AYAGPkGACb5BgBw+QYAdfkGAMj5BgDV+QYAIPoGACj6BgD4PhMAhvoGAND6BgDm+gYAKPsGADT7BgCA+wYAhfsGANj7BgDh+wYAMPwGADr8BgBQPxMAlPwGAOD8BgDx/AYAOP0GAET9BgCQ/QYAn/0GAOj9BgDy/QYAQP4GAE7+BgCY/gYAnf4GAPD+BgD9/gYASP8GAFL/BgCg/wYAVP8GAGgDBwCu/wYA+P8GAA4ABwBQAAcAXAAHAKgABwCtAAcAAAEHAAkBBwBYAQcAYgEHALABBwC8AQcACAIHAA4CBwBgAgcAZgIHALgCBwC9AgcAEAMHABYDBwCoPxMAbgMHAMADBwDGAwcAGAQHAB0EBwBwBAcAdgQHAABAEwDWBAcAIAUHADYFBwB4BQcAhAUHANAFBwDVBQcAKAYHADEGBwCABgcAigYHANgGBwDkBgcAMAcHAEMHBwCIBwcAlwcHAOAHBwDsBwcAOAgHADkIBwCQCAcAmggHAOgIBwD2CAcAQAkHAEUJBwCYCQcApQkHAFhAEwD/CQcASAoHAGgKBwCgCgcArAoHAPgKBwACCwcAUAsHAFULBwCoCwcAqQsHAAAMBwAMDAcAWAwHAGUMBwCwDAcAvAwHAAgNBwAbDQcAYA0HAG8NBwC4DQcAxA0HABAOBwARDgcAaA4HAHIOBwDADgcAzg4HABgPBwAdDwcAcA8HAH0PBwCwQBMA5A8HAAhBEwAmEAcAeBAHAH4QBwDQEAcA1RAHACgRBwAuEQcAYEETAIURBwDYEQcA2xEHADASBwA8EgcAiBIHAI4SBwDgEgcA+xIHADgTBwBEEwcAkBMHAJYTBwDoEwcA6hMHAEAUBwBbFAcAmBQHAJoUBwDwFAcA/hQHAEgVBwBZFQcAoBUHAKIVBwD4FQcAERYHAFAWBwBhFgcAqBYHALQWBwBoQhMAChcHAFgXBwBmFwcAsBcHAMYXBwAIGAcAFBgHAGAYBwBlGAcAuBgHAMEYBwAQGQcAGhkHAGgZBwBwGQcAwBkHAMUZBwAYGgcAJxoHAHAaBwB/GgcAyBoHANEaBwAgGwcAJhsHAHgbBwB+GwcA0BsHANwbBwAoHAcALxwHAIAcBwCIHAcA2BwHANocBwAwHQcAQB0HAIgdBwCSHQcA4B0HAOwdBwA4HgcAPh4HAJAeBwCYHgcAwEITAPQeBwBAHwcAUR8HAJgfBwCkHwcA8B8HAP8fBwBIIAcAUiAHAKAgBwCuIAcA+CAHAP0gBwBQIQcAXSEHAKghBwCwIQcAACIHAAoiBwBoOgcADCIHAFgiBwBeIgcAsCIHALYiBwAIIwcADSMHAGAjBwBmIwcAGEMTAMQjBwAQJAcAFiQHAGgkBwCDJAcAwCQHAMwkBwAYJQcAHiUHAHAlBwB4JQcAyCUHAMslBwAgJgcALCYHAHgmBwCJJgcA0CYHANwmBwAoJwcANycHAIAnBwCKJwcA2CcHAOYnBwAwKAcANSgHAIgoBwCVKAcA4CgHAOgoBwA4KQcAQikHAJApBwCeKQcA6CkHAP4pBwBAKgcATCoHAJgqBwCdKgcA8CoHAPkqBwBIKwcAUisHACBEEwCmKwcA+CsHAP4rBwBQLAcAXCwHAKgsBwC1LAcAAC0HAAotBwBYLQcAYC0HALAtBwC6LQcACC4HAA0uBwBgLgcAYS4HALguBwC9LgcAEC8HACEvBwBoLwcAbS8HAMAvBwDXLwcAGDAHACwwBwBwMAcAjDAHAMgwBwDQMAcAeEQTACgxBwB4MQcAgjEHANAxBwDkMQcAKDIHACkyBwCAMgcAjDIHANgyBwD0MgcAMDMHADgzBwDQRBMAkTMHAOAzBwDuMwcAODQHAO8zBwDgzAsAQjQHAJA0BwCSNAcA6DQHAAE1BwBANQcAUTUHAJg1BwCkNQcA8DUHAPg1BwAoRRMAVDYHAKA2BwCmNgcA+DYHABM3BwBQNwcAXDcHAKg3BwCuNwcAADgHAAM4BwBYOAcAYDgHALA4BwDAOAcACDkHAA05BwBgOQcAaTkHALg5BwDFOQcAEDoHABc6BwCARRMAdjoHAMA6BwDWOgcAGDsHACQ7BwBwOwcAdTsHAMg7BwDROwcAIDwHACo8BwB4PAcAlDwHANA8BwDYPAcA2EUTAC09BwCAPQcAiD0HANg9BwDaPQcAMD4HAEs+BwCIPgcAij4HAOA+BwDuPgcAOD8HAEk/BwCQPwcAkj8HAOg/BwABQAcAQEAHAFFABwCYQAcApEAHAPBABwD4QAcAMEYTAFRBBwCgQQcApkEHAPhBBwATQgcAUEIHAFxCBwCoQgcArkIHAABDBwADQwcAiEYTAHVDBwCwQwcAsUMHAAhEBwAXRAcAYEQHAGVEBwC4RAcAxUQHABBFBwAdRQcAaEUHAHRFBwDARQcAz0UHABhGBwAiRgcAcEYHAH5GBwDIRgcAzUYHACBHBwAtRwcAeEcHAIRHBwDQRwcA1kcHAChIBwDjRwcAKF4HAC5IBwCASAcAhUgHANhIBwDeSAcA4EYTADVJBwCISQcAqEkHAOBJBwDsSQcAOEoHAD5KBwCQSgcAmEoHAEh4BwCZSgcA6EoHAPVKBwBASwcARksHAJhLBwCkSwcA8EsHAPJLBwBITAcAV0wHAKBMBwCrTAcA+EwHAPpMBwBQTQcAaU0HAKhNBwC5TQcAAE4HAAxOBwBYTgcAZE4HALBOBwDDTgcACE8HABdPBwBgTwcAbE8HALhPBwC5TwcAEFAHABpQBwBoUAcAdlAHAMBQBwDFUAcAGFEHACVRBwA4RxMAfVEHAMhRBwDcUQcAIFIHADxSBwB4UgcAlFIHAJBHEwDfUgcAKFMHAClTBwCAUwcAj1MHANhTBwDdUwcAMFQHAD1UBwCIVAcAlVQHAOBUBwDsVAcAOFUHAEdVBwCQVQcAmlUHAOhVBwD2VQcAQFYHAEVWBwCYVgcApVYHAPBWBwAAVwcASFcHAEpXBwCgVwcArlcHAPhXBwAJWAcA6EcTAFdYBwBASBMArVgHAABZBwANWQcAWFkHAGVZBwCwWQcAtlkHAAhaBwAUWgcAYFoHAHBaBwC4WgcAwVoHABBbBwATWwcAaFsHAHRbBwDAWwcAx1sHAJhIEwAkXAcAcFwHAIBcBwDIXAcA0VwHACBdBwAjXQcAeF0HAIRdBwDQXQcA110HAPBIEwA3XgcAgF4HAIxeBwDYXgcA2V4HADBfBwA6XwcAiF8HAJZfBwDgXwcA5V8HADhgBwBFYAcASEkTAJVgBwDoYAcA92AHAEBhBwBgYQcAmGEHAKRhBwDwYQcA+mEHAEhiBwBQYgcAoGIHAKxiBwD4YgcA/mIHAFBjBwBWYwcAqGMHAK1jBwAAZAcABmQHAFBKEwBdZAcAsGQHALlkBwAIZQcAGWUHAGBlBwBnZQcAuGUHAMBlBwAQZgcAHWYHAGhmBwBtZgcAwGYHAMpmBwAYZwcAIGcHAHBnBwB/ZwcAyGcHAM1nBwAgaAcALWgHAHhoBwCFaAcA0GgHANxoBwAoaQcAN2kHAIBpBwCKaQcA2GkHAOBpBwAwagcAOmoHAIhqBwCNagcA4GoHAOhqBwBYSxMAPWsHAJBrBwCTawcA6GsHAPJrBwCwSxMARmwHAJhsBwCdbAcA8GwHABBtBwBIbQcAVG0HAKBtBwCmbQcA+G0HAPttBwBQbgcAUm4HAKhuBwDDbgcAAG8HAAJvBwBYbwcAZm8HALBvBwDBbwcACHAHAApwBwBgcAcAeXAHALhwBwDJcAcAEHEHABxxBwAITBMAeHEHAMBxBwDgcQcAGHIHABpyBwBwcgcAfHIHAMgzEQB/cgcAEIcHAIxyBwDQlAcAnHIHAMhyBwDLcgcAIHMHAC9zBwB4cwcAfXMHANBzBwDdcwcAKHQHADV0BwCAdAcAjHQHANh0BwDndAcAMHUHADp1BwCIdQcAlnUHAOB1BwDldQcAOHYHAEV2BwCQdgcAnHYHAOh2BwDudgcAQHcHAEZ3BwCYdwcAnXcHAPB3BwD2dwcAYEwTAF54BwCgeAcAongHAPh4BwAMeQcAUHkHAFh5BwCoeQcAtXkHAAB6BwAFegcAWHoHAGJ6BwCwegcAuHoHAAh7BwAhewcAYHsHAGx7BwC4ewcAwHsHALhMEwArfAcAaHwHAGp8BwDAfAcAznwHABh9BwApfQcAcH0HAHJ9BwDIfQcA4X0HACB+BwAxfgcAeH4HAIR+BwAQTRMA1X4HACh/BwAxfwcAgH8HAJF/BwDYfwcA338HADCABwA4gAcAiIAHAJWABwDggAcA5YAHADiBBwBCgQcAkIEHAJiBBwDogQcAAYIHAECCBwBMggcAmIIHAKCCBwDATRMA84IHAEiDBwBSgwcAoIMHAKKDBwD4gwcAEYQHAFCEBwBhhAcAqIQHALaEBwAAhQcAA4UHAFiFBwBjhQcAsIUHALyFBwAIhgcAD4YHABhOEwBhhgcAuIYHANOGBwBwThMAFYcHAGiHBwB1hwcAwIcHAM2HBwAYiAcAJIgHAHCIBwB/iAcAyIgHANKIBwAgiQcALokHAHiJBwB9iQcA0IkHAN2JBwAoigcANIoHAICKBwCGigcA2IoHAN6KBwAwiwcANYsHAIiLBwCOiwcAyE4TAO2LBwA4jAcAOowHAJCMBwCpjAcA6IwHAPmMBwBAjQcATI0HAJiNBwCgjQcA0E8TAPWNBwBIjgcAUI4HAKCOBwC5jgcA+I4HAP2OBwBQjwcAVY8HAKiPBwCyjwcAAJAHAAOQBwBYkAcAYpAHALCQBwC2kAcACJEHAAqRBwBgkQcAYZEHALiRBwDAkQcAEJIHACCSBwBokgcAbpIHAMCSBwDFkgcAGJMHAC6TBwBwkwcAeJMHAMiTBwDykwcAIJQHAEOUBwB4lAcAl5QHAChQEwDYlAcAgFATADmVBwCAlQcAjpUHANiVBwDklQcAMJYHAD2WBwCIlgcAkpYHAOCWBwDolgcAOJcHAEOXBwCQlwcAkpcHAOiXBwDrlwcAQJgHAEiYBwCYmAcAnpgHAPCYBwD5mAcASJkHAFWZBwCgmQcAqJkHAPiZBwD9mQcAUJoHAFmaBwComgcAspoHAACbBwAImwcAWJsHAF2bBwCwmwcAwJsHAAicBwAQnAcAYJwHAGKcBwC4nAcA05wHABCdBwASnQcAaJ0HAHadBwDAnQcA0Z0HABieBwAangcAcJ4HAImeBwDIngcA2Z4HACCfBwAsnwcAeJ8HAICfBwDYUBMA1p8HACigBwAtoAcAgKAHAKCgBwDYoAcA5KAHADChBwA2oQcAiKEHAIuhBwDgoQcA6KEHADiiBwBCogcAkKIHAJWiBwDoogcA8KIHAECjBwBKowcAmKMHAJqjBwDwowcAAaQHAEikBwBopAcAoKQHAKikBwD4pAcAAqUHAFClBwBVpQcAMFETALylBwAApgcACKYHAFimBwBdpgcAsKYHAMCmBwAIpwcAEKcHAGCnBwBqpwcAuKcHAMOnBwAQqAcAHKgHAGioBwBwqAcAiFETAMyoBwAYqQcAJKkHAHCpBwB3qQcAyKkHANCpBwAgqgcAOaoHAHiqBwB+qgcA0KoHANWqBwAoqwcASKsHAICrBwCMqwcA2KsHAN6rBwAwrAcAM6wHAOBREwCKrAcA4KwHAJasBwDoYBIA46wHADitBwBCrQcAkK0HAJ6tBwDorQcA960HAECuBwBDrgcAmK4HAFiuBwDo7wcAXK4HADDNBwCkrgcA8K4HAPKuBwBIrwcATq8HAKCvBwCvrwcA+K8HAAOwBwBQsAcAWLAHAOgxCABqsAcAqLAHALSwBwAAsQcAE7EHAFixBwBnsQcAsLEHALyxBwAIsgcACbIHAGCyBwBqsgcAuLIHAMayBwAQswcAFbMHAGizBwB1swcAOFITANqzBwAYtAcAJ7QHAHC0BwB1tAcAyLQHANW0BwAgtQcALbUHAHi1BwCEtQcA0LUHAN+1BwAotgcAMrYHAIC2BwCOtgcA2LYHAN22BwAwtwcAPbcHAIi3BwCUtwcA4LcHAOa3BwA4uAcAPrgHAJC4BwCVuAcA6LgHAO64BwCQUhMAQbkHAJi5BwBJuQcA2IEKAE25BwDIaQoAT7kHAGA2CABguQcA6PgPAKS5BwDwuQcA9rkHAIgMCQD9uQcASLoHAEu6BwCgugcArLoHAPi6BwD6ugcAULsHAFa7BwCouwcAt7sHAAC8BwALvAcAWLwHAFm8BwCwvAcAxLwHAAi9BwAivQcAYL0HAGy9BwC4vQcAy70HABC+BwAfvgcAaL4HAHS+BwDAvgcAwb4HABi/BwAivwcAcL8HAH6/BwDIvwcAzb8HACDABwAtwAcA6FITAJLABwDQwAcA38AHACjBBwAtwQcAgMEHAI3BBwDYwQcA5cEHADDCBwA8wgcAiMIHAJfCBwDgwgcA6sIHADjDBwBGwwcAkMMHAJXDBwDowwcA9cMHAEDEBwBMxAcAmMQHAJ7EBwDwxAcA9sQHAEjFBwBNxQcAoMUHAKbFBwBAUxMABsYHAFDGBwBrxgcAqMYHALbGBwAAxwcADccHAFjHBwBvxwcAsMcHAL/HBwAIyAcADcgHAGDIBwBtyAcAuMgHAMXIBwAQyQcAHMkHAGjJBwB3yQcAwMkHAMrJBwAYygcAJsoHAHDKBwB1ygcAyMoHANXKBwAgywcAI8sHAHjLBwCEywcA0MsHANbLBwAozAcALswHAIDMBwCFzAcA2MwHAN7MBwCYUxMATM0HAPBTEwCOzQcA4M0HAOLNBwA4zgcARc4HAJDOBwCTzgcA6M4HAOnOBwBAzwcARc8HAJjPBwCezwcA8M8HAPrPBwBI0AcAZNAHAKDQBwC80AcASFQTAP7QBwBQ0QcAUtEHAKjRBwC10QcAANIHAAPSBwBY0gcAWdIHALDSBwC10gcACNMHAA7TBwBg0wcAatMHALjTBwDU0wcAENQHACzUBwCgVBMAbtQHAMDUBwDG1AcAGNUHAB3VBwBw1QcAdtUHAPhUEwDK1QcAINYHAC7WBwB41gcAidYHAABWEwDX1gcAWFYTAC3XBwCA1wcAiNcHANjXBwDd1wcAMNgHAOfXBwDQ7AcAMdgHAIjYBwCU2AcA4NgHAO3YBwA42QcAQNkHAJDZBwCa2QcA6NkHAPfZBwBA2gcAQdoHAJjaBwCg2gcA8NoHAP/aBwBI2wcATdsHAKDbBwCt2wcA+NsHAAXcBwBQ3AcAXNwHAKjcBwC33AcAAN0HAArdBwBY3QcAZt0HALDdBwC13QcACN4HABXeBwBg3gcAaN4HALjeBwDC3gcAEN8HABXfBwBo3wcAcN8HAAhXEwDF3wcAGOAHACHgBwBA5QcAJeAHAHDgBwB94AcAyOAHANTgBwAg4QcAL+EHAHjhBwCC4QcA0OEHAN7hBwAo4gcALeIHAIDiBwCN4gcA2OIHAODiBwBgVxMAPOMHAIjjBwCY4wcA4OMHAOnjBwA45AcAO+QHAJDkBwCc5AcA6OQHAO/kBwC4VxMAUeUHAJjlBwCf5QcA8OUHAP3lBwBI5gcAZ+YHAKDmBwCq5gcA+OYHAADnBwBQ5wcAX+cHAKjnBwCt5wcAAOgHAA3oBwBY6AcAZegHALDoBwC86AcACOkHABfpBwBg6QcAaukHALjpBwDA6QcAEOoHABrqBwBo6gcAbeoHAMDqBwDI6gcAEFgTACTrBwBw6wcAdusHAMjrBwDj6wcAIOwHACzsBwB47AcAfuwHAGhYEwDV7AcAKO0HADXtBwCA7QcAje0HANjtBwDk7QcAMO4HAD/uBwCI7gcAku4HAMBYEwDq7gcAOO8HAD3vBwCQ7wcAmO8HABhZEwDy7wcAQPAHAEbwBwCY8AcAmvAHAPDwBwD98AcASPEHAEvxBwCg8QcAofEHAPjxBwD98QcAUPIHAFbyBwCo8gcAsvIHAADzBwAa8wcAWPMHAGfzBwCw8wcAtfMHAAj0BwAV9AcAYPQHAG30BwC49AcAxPQHABD1BwAf9QcAaPUHAHL1BwDA9QcAzvUHABj2BwAd9gcAcPYHAH32BwDI9gcA0vYHAMAACADU9gcAIPcHACb3BwB49wcAfvcHAND3BwDV9wcAKPgHAC74BwBwWRMAhfgHANj4BwDl+AcAMPkHAD35BwCI+QcAlPkHAOD5BwDv+QcAOPoHAEL6BwCQ+gcAnvoHAOj6BwDt+gcAQPsHAE37BwCY+wcAoPsHAHhaEwD2+wcASPwHAE78BwCg/AcApfwHAPj8BwD+/AcA0FoTAFL9BwCo/QcAsf0HAAD+BwAD/gcAWP4HAGT+BwCw/gcAt/4HAAj/BwAQ/wcAYP8HAHn/BwC4/wcAzP8HABAACAAsAAgAaAAIAHAACACAWxMAzgAIABgBCAAuAQgAcAEIAHwBCADIAQgAzQEIACACCAApAggAeAIIAIICCADQAggA7AIIACgDCAAwAwgA2FsTAIUDCADYAwgA5QMIADAECAA9BAgAiAQIAJQECADgBAgA7wQIADgFCABCBQgAkAUIAJ4FCADoBQgA7QUIAEAGCABNBggAmAYIAKAGCAAwXBMA/gYIAEgHCABeBwgAoAcIAKwHCAD4BwgA/QcIAFAICABZCAgAqAgIALIICAAACQgACAkIAFgJCABnCQgAsAkIALIJCAAICggAEQoIAGAKCABjCggAuAoIAMQKCAAQCwgAFwsIAGgLCABwCwgAwAsIANkLCAAYDAgALAwIAHAMCACMDAgAyAwIANAMCACIXBMAJQ0IAHgNCACFDQgA0A0IAN0NCAAoDggANA4IAIAOCACPDggA2A4IAOIOCAAwDwgAOg8IAIgPCACWDwgA4A8IAPYPCAA4EAgARBAIAJAQCACVEAgA6BAIAPEQCABAEQgAShEIAJgRCACkEQgA8BEIAPYRCABIEggAThIIAKASCAClEggA+BIIAP4SCADgXBMAXBMIAKgTCACsEwgAABQIAA8UCABYFAgAXRQIALAUCAC9FAgACBUIABUVCABgFQgAbBUIALgVCADHFQgAEBYIABoWCABoFggAdhYIAMAWCADFFggAGBcIACUXCABwFwgAfBcIAMgXCADOFwgAIBgIACYYCAB4GAgAfRgIANAYCADWGAgAOF0TAC0ZCACAGQgAhxkIANgZCADkGQgAMBoIADIaCACIGggAMxoIAGAgCACjGggA4BoIAOIaCAA4GwgARhsIAJAbCAChGwgA6BsIAOobCABAHAgAWRwIAJgcCACpHAgA8BwIAPwcCABIHQgAVB0IAKAdCACzHQgA+B0IAAceCABQHggAXB4IAKgeCACpHggAAB8IAAofCABYHwgAZh8IALAfCAC1HwgACCAIABUgCACQXRMAYiAIALggCADTIAgAECEIABIhCABoIQgAdiEIAMAhCADRIQgAGCIIABoiCABwIggAiSIIAMgiCADZIggAICMIACwjCAB4IwgAhCMIANAjCADjIwgAKCQIADckCACAJAgAjCQIANgkCADZJAgAMCUIADolCACIJQgAliUIAOAlCADlJQgAOCYIAEUmCACYXhMAlSYIAOgmCADwJggAQCcIAEInCACYJwgAqScIAPAnCAD+JwgASCgIAGMoCACgKAgArCgIAPgoCAAAKQgAoF8TAFUpCACoKQgArykIAAAqCAAMKggAWCoIAFsqCACwKggAuCoIAAgrCAAYKwgAYCsIAGUrCAC4KwgAwSsIABAsCAAdLAgAaCwIAG8sCADALAgAyCwIAPhfEwAlLQgAcC0IAHgtCADILQgA3C0IACAuCAAlLggAeC4IAIEuCADQLggA1i4IACgvCAAwLwgAgC8IAI8vCADYLwgA6S8IADAwCAA5MAgAiDAIAIswCADgMAgA6jAIADgxCABEMQgAkDEIAJYxCABQYBMA9TEIAEAyCABFMggAmDIIAJ8yCADwMggA/DIIAEgzCABQMwgAqGATALszCAD4MwgA+jMIAFA0CABeNAgAqDQIALk0CAAANQgAAjUIAFg1CABxNQgAsDUIAME1CAAINggAFDYIAABhEwBvNggAuDYIAME2CAAQNwgAFjcIAGg3CABuNwgAwDcIAMw3CAAYOAgAHzgIAHA4CAB4OAgAyDgIAMw4CAAgOQgAKzkIAHg5CACGOQgA0DkIAOE5CAAoOggANDoIAIA6CACIOggAWGETANs6CAAwOwgAOjsIAIg7CACKOwgA4DsIAPk7CAA4PAgASTwIAJA8CACePAgA6DwIAOs8CABAPQgASz0IAJg9CACmPQgA8D0IAP09CABIPggAXz4IAKA+CACoPggA+D4IAPo+CABQPwgAWD8IAKg/CAC3PwgAAEAIAAVACABYQAgAZUAIALBACAC9QAgACEEIABRBCABgQQgAb0EIALhBCADCQQgAEEIIAB5CCABoQggAbUIIAMBCCADNQggAGEMIACBDCABwQwgAekMIAMhDCADNQwgAIEQIAChECAB4RAgAe0QIANBECADtRAgAKEUIADlFCACARQgAiEUIANhFCADbRQgAMEYIADxGCACIRggAjkYIAOBGCAD7RggAOEcIAERHCACQRwgAlkcIALBhEwD3RwgAQEgIAEFICACYSAgA0UgIAPBICAD+SAgASEkIAElJCACgSQgAqEkIAPhJCAAHSggAUEoIAFVKCACoSggAtUoIAABLCAANSwgAWEsIAGRLCACwSwgAv0sIAAhMCAASTAgAYEwIAG5MCAC4TAgAvUwIABBNCAAdTQgAaE0IAHBNCADATQgAyk0IABhOCAAdTggAcE4IAHhOCADITggA0k4IACBPCAArTwgAeE8IAIRPCADQTwgA2E8IAAhiEwAtUAgAgFAIAINQCADYUAgA4lAIADBRCAA4UQgAYGITAJZRCADgUQgA9lEIADhSCABEUggAkFIIAJVSCADoUggA8VIIAEBTCABKUwgAmFMIAKBTCADwUwgA/FMIAEhUCABbVAgAoFQIAKFUCAD4VAgABlUIAFBVCABWVQgAqFUIALRVCAAAVggAB1YIALhiEwBZVggAsFYIALxWCAAIVwgAFVcIAGBXCABoVwgAuFcIAMJXCAAQWAgAH1gIAGhYCABpWAgAwFgIAMhYCAAYWQgAJ1kIAHBZCAB1WQgAyFkIANVZCAAgWggALVoIAHhaCACEWggA0FoIAN9aCAAoWwgAMlsIAIBbCACOWwgA2FsIAN1bCAAwXAgAPVwIAIhcCACQXAgA4FwIAORcCAA4XQgARl0IAJBdCACaXQgA6F0IAPNdCABAXggASF4IAJheCACjXggA8F4IAPVeCABIXwgAS18IAKBfCACqXwgA+F8IAABgCABQYAgAb2AIABBjEwC3YAgAAGEIAAFhCABYYQgAYGEIALBhCACxYQgACGIIAA5iCABgYggAZWIIALhiCADTYggAEGMIAB5jCABoYwgAb2MIAMBjCADMYwgAGGQIAB5kCABwZAgAjGQIAMhkCADQZAgAaGMTACZlCAB4ZQgAfmUIANBlCADVZQgAKGYIAC5mCADAYxMAhWYIANhmCADfZggAMGcIADxnCACIZwgAkGcIAHBkEwDzZwgAOGgIAGpoCACQaAgAkmgIAJhpCADHaAgA6GgIAA1pCABAaQgAR2kIACBlEwB7aQgAyGQTAKhpCADwaQgAK2oIAHhlEwBRaggA6B8OAFJqCABggRAAZWoIAKBqCABoaggAMKoPALFqCAD4aggAAGsIAFBrCABTawgAqGsIALRrCAAAbAgABmwIAFhsCABzbAgAsGwIALxsCAAIbQgADm0IAGBtCABobQgAuG0IANRtCAAQbggAGG4IANBlEwB3bggAwG4IAMFuCAAYbwgAIG8IAHBvCABxbwgAyG8IAM5vCAAgcAgAJXAIAHhwCACTcAgA0HAIAN5wCAAocQgAL3EIAIBxCACMcQgA2HEIAN5xCAAwcggATHIIAIhyCACQcggAKGYTAOZyCAA4cwgAPnMIAJBzCACVcwgA6HMIAO5zCACAZhMARXQIAJh0CACfdAgA8HQIAPx0CABIdQgAUHUIADBnEwCzdQgA+HUIACp2CABQdggAUnYIAFh3CACHdggAqHYIAM12CAAAdwgAB3cIAOBnEwA7dwgAiGcTAGh3CACwdwgA63cIADhoEwAKeAgAYHgIAGF4CAC4eAgAwngIABB5CAAeeQgAaHkIAIN5CADAeQgAzHkIABh6CAAgeggAkGgTAHx6CADIeggAznoIACB7CAA7ewgAeHsIAIR7CADQewgA1nsIACh8CAAwfAgAgHwIAI58CADYfAgA23wIADB9CAA4fQgAiH0IAJF9CADgfQgA7X0IADh+CAA6fggAkH4IAKt+CADofggA6n4IAEB/CABOfwgAmH8IAKl/CADwfwgA8n8IAEiACABhgAgAoIAIALGACAD4gAgABIEIAFCBCABYgQgA6GgTAK6BCAAAgggACIIIAFiCCABfgggAsIIIALWCCAAIgwgAFIMIAGCDCABjgwgAuIMIAMCDCAAQhAgAHYQIAGiECABthAgAwIQIAMqECAAYhQgAIIUIAHCFCAB8hQgAyIUIANuFCAAghggALoYIAHiGCAB7hggA0IYIANqGCABAaRMAK4cIAICHCACIhwgA2IcIANuHCAAwiAgAPIgIAIiICACOiAgA4IgIAPuICAA4iQgARIkIAJCJCACWiQgA6IkIAPCJCABAiggATooIAJiKCACbiggA8IoIAPiKCABIiwgAUYsIAKCLCACtiwgA+IsIAPqLCABQjAgAa4wIAKiMCACqjAgAAI0IAA6NCABYjQgAaY0IALCNCACyjQgACI4IACGOCABgjggAcY4IALiOCADEjggAEI8IABiPCACYaRMAbo8IAMCPCADIjwgAGJAIAB+QCABwkAgAdZAIAMiQCADUkAgAIJEIACORCAB4kQgAgJEIANCRCADdkQgAKJIIAC2SCACAkggAipIIANiSCADgkggAMJMIADyTCACIkwgAm5MIAOCTCADukwgAOJQIADuUCACQlAgAmpQIAPBpEwDrlAgAQJUIAEyVCACYlQgAnpUIAPCVCAALlggASJYIAFSWCACglggAppYIAPiWCAAAlwgAUJcIAF6XCAColwgAq5cIAACYCAAImAgAWJgIAGGYCACwmAgAvZgIAAiZCAAKmQgAYJkIAHuZCAC4mQgAupkIABCaCAAemggAaJoIAHmaCADAmggAwpoIABibCAAxmwgAcJsIAIGbCADImwgA1JsIACCcCAAonAgASGoTAH6cCADQnAgA2JwIACidCAAvnQgAgJ0IAIWdCADYnQgA5J0IADCeCAAznggAiJ4IAJCeCADgnggA7Z4IADifCAA9nwgAkJ8IAJqfCADonwgA8J8IAECgCABMoAgAmKAIAKugCADwoAgA/qAIAEihCABLoQgAoKEIAKqhCACgahMAAKIIAPhqEwBeoggAqKIIALmiCAAAowgADKMIAFijCABgowgAUGsTALWjCAAIpAgAEqQIAGCkCABopAgAuKQIAMikCAAQpQgAFaUIAGilCABxpQgAwKUIAM2lCAAYpggAH6YIAKhrEwBypggAyKYIAHWmCACQvQkAeaYIAOgIEgB8pggAGK8QAH6mCAAwNQoA0qYIALhHEQDZpggAIKcIADGnCAB4pwgAhqcIANCnCADspwgAKKgIAESoCAAAbBMAjqgIANioCADlqAgAMKkIAEepCACIqQgAlKkIAOCpCADmqQgAOKoIAD6qCACQqggAlaoIAOiqCADuqggAWGwTAFarCACYqwgAp6sIAPCrCADEqwgAGLEIAPKrCABIrAgAV6wIAKCsCACrrAgA+KwIAAStCABQrQgAU60IAKitCABXrQgAELsIAGytCACItAgAtK0IAACuCAAGrggAWK4IAHOuCACwrggAvK4IAAivCAAOrwgAYK8IAGyvCAC4rwgAvq8IABCwCAAWsAgAaLAIAG2wCADAsAgAxrAIALBsEwAbsQgAcLEIAIyxCADIsQgA0LEIALhtEwAssggAeLIIAH6yCADQsggA67IIACizCAA0swgAgLMIAIazCADYswgA4LMIADC0CABRtAgAEG4TAJC0CABobhMA5bQIADi1CABFtQgAkLUIAJ21CADotQgA9LUIAEC2CABPtggAmLYIAKK2CADwtggA+LYIAEi3CABStwgAoLcIAK63CAD4twgADrgIAFC4CABcuAgAqLgIAK24CAAAuQgACbkIAFi5CABiuQgAsLkIALi5CAAIuggAEroIAGC6CABluggAuLoIAMC6CADAbhMAHLsIAGi7CAB7uwgAwLsIAM+7CAAYvAgAJLwIAHC8CABxvAgAyLwIANK8CAAgvQgALr0IAHi9CAB9vQgA0L0IAN29CAAYbxMAM74IAIC+CACMvggA2L4IAN6+CAAwvwgAPL8IAIi/CACQvwgAIHATAOO/CAA4wAgAQMAIAJDACACdwAgA6MAIAO3ACABAwQgASMEIAJjBCACawQgA8MEIAAvCCABIwggASsIIAKDCCACuwggA+MIIAAnDCABQwwgAUsMIAKjDCADBwwgAAMQIABHECABYxAgAZMQIALDECAC4xAgAeHATAA3FCABgxQgAbcUIALjFCADFxQgAEMYIABzGCABoxggAd8YIAMDGCADKxggAGMcIACbHCABwxwgAdccIAMjHCADVxwgAIMgIACjICAB4yAgAesgIANDICADayAgAKMkIADDJCADQcBMAi8kIANjJCADmyQgAMMoIADPKCACIyggAkMoIAODKCAD2yggAOMsIAD3LCACQywgApssIAOjLCAD0ywgAQMwIAE3MCACYzAgAoswIAChxEwDyzAgASM0IAFbNCACgzQgAsc0IAIBxEwD+zQgAUM4IAFzOCADYcRMAqs4IAADPCAAGzwgAWM8IAHjPCACwzwgAvM8IAAjQCAAP0AgAYNAIAGjQCAC40AgAv9AIABDRCAAc0QgAaNEIAGrRCADA0QgAx9EIADByEwAb0ggAcNIIAHjSCADI0ggA2NIIACDTCAAi0wgAeNMIAIbTCADQ0wgA4dMIAIhyEwAv1AgA4HITAI3UCADY1AgA39QIADDVCAA41QgAiNUIAJbVCADg1QgA49UIADjWCABA1ggAkNYIAJfWCADo1ggA9tYIAEDXCABD1wgAmNcIAJrXCADw1wgACdgIAEjYCABZ2AgAoNgIAKzYCAD42AgA/9gIAFDZCABY2QgAqNkIALHZCAAA2ggADdoIAFjaCABi2ggAsNoIAL7aCAAI2wgAGdsIAGDbCABo2wgAuNsIAMLbCAAQ3AgAHtwIAGjcCAB+3AgAwNwIAMzcCAAY3QgAH90IAHDdCAB43QgAyN0IAM7dCAAg3ggALN4IAHjeCACC3ggA0N4IANbeCAAo3wgAPN8IAJBzEwCO3wgA2N8IAPHfCAAw4AgARuAIAIjgCACX4AgA4OAIAPrgCAA44QgAO+EIAGDmCABD4QgAiOsIAEfhCACQ4QgAleEIAOjhCAD14QgAQOIIAE3iCACY4ggApOIIAPDiCAD/4ggASOMIAFLjCACg4wgAruMIAPjjCAD94wgAUOQIAF3kCACo5AgAtOQIAADlCAAG5QgAWOUIAF7lCACw5QgAteUIAAjmCAAO5ggA6HMTAGzmCAC45ggAvuYIABDnCAAr5wgAaOcIAHTnCADA5wgAxucIABjoCAAf6AgAcOgIAHXoCAAo6ggAfOgIAMjoCADK6AgAIOkIACfpCAB46QgAlOkIANDpCADY6QgA8HQTACzqCACA6ggAjeoIANjqCAD06ggAMOsIADjrCABIdRMAjesIAODrCADj6wgAOOwIAELsCACQ7AgAoewIAOjsCADt7AgAQO0IAEXtCACY7QgAuO0IAPDtCAD57QgASO4IAEnuCACg7ggArO4IAPjuCAD+7ggAUO8IAFbvCACo7wgAre8IAADwCAAG8AgAoHUTAFnwCACw8AgAvPAIAAjxCAAV8QgAYPEIAGjxCAC48QgAwfEIABDyCAAd8ggAaPIIAHbyCADA8ggA0/IIABjzCAAg8wgAcPMIAHPzCADI8wgAzfMIACD0CAAv9AgAePQIAJj0CADQ9AgA3PQIACj1CAAy9QgAqHYTAIr1CADY9QgA2vUIADD2CAA69ggAiPYIAJH2CADg9ggA4/YIADj3CABA9wgAkPcIAMj3CAAAdxMA9PcIAED4CABP+AgAmPgIALj4CADw+AgA/PgIAEj5CABP+QgAoPkIAKX5CAD4+QgA+fkIAFD6CABc+ggAqPoIAK76CAAA+wgAAvsIAFj7CABi+wgAsPsIAL77CAAI/AgADfwIAGD8CABt/AgAuPwIAML8CAAQ/QgAHv0IAGj9CAB+/QgAwP0IAMz9CAAY/ggAHf4IAHD+CAB5/ggAyP4IANL+CAAg/wgALP8IAHj/CACL/wgA0P8IAN//CAAoAAkANAAJAIAACQCBAAkA2AAJAOIACQAwAQkAPgEJAIgBCQCNAQkA4AEJAO0BCQBYdxMARgIJAJACCQCmAgkA6AIJAPQCCQBAAwkARwMJAJgDCQCgAwkA8AMJAPUDCQBIBAkAUQQJAKAECQCqBAkA+AQJAAAFCQBQBQkAVAUJAKgFCQCqBQkAAAYJAA4GCQBYBgkAYgYJALAGCQC+BgkACAcJABUHCQBgBwkAdwcJALgHCQDABwkAEAgJACAICQBoCAkAbQgJAMAICQDGCAkAGAkJACAJCQBwCQkAdQkJAMgJCQDJCQkAIAoJACwKCQB4CgkAfgoJANAKCQDSCgkAKAsJADILCQCACwkAjgsJANgLCQDdCwkAMAwJAD0MCQBgeBMAigwJAOAMCQDqDAkAOA0JAEYNCQCQDQkAlQ0JAOgNCQD1DQkAQA4JAEIOCQBYAAsASg4JAJgOCQCmDgkA8A4JAAYPCQBIDwkAVA8JAKAPCQClDwkA+A8JAAEQCQBQEAkAWhAJAKgQCQC0EAkAABEJABMRCQBYEQkAZxEJALARCQC8EQkACBIJAAkSCQBgEgkAahIJALgSCQDGEgkAEBMJABUTCQBoEwkAdRMJALh4EwDJEwkAGBQJACIUCQBwFAkAchQJAMgUCQDSFAkAIBUJACwVCQB4FQkAgBUJAMB5EwDRFQkAKBYJADQWCQCAFgkAhhYJANgWCQDaFgkAMBcJADoXCQCIFwkAlhcJAOAXCQDlFwkAOBgJAEUYCQCQGAkAmBgJAOgYCQDyGAkAQBkJAE4ZCQCYGQkArhkJAPAZCQD8GQkASBoJAE8aCQCgGgkAqBoJAPgaCQD9GgkAUBsJAFkbCQCoGwkAshsJAAAcCQAVHAkAWBwJAGEcCQCwHAkAvRwJAAgdCQAKHQkAYB0JAHkdCQC4HQkAyR0JABAeCQAcHgkAaB4JAHAeCQAYehMAxR4JABgfCQAgHwkAcB8JAIYfCQDIHwkAzR8JACAgCQAnIAkAeCAJAIYgCQDQIAkA4CAJACghCQA8IQkAgCEJAIghCQDYIQkA5yEJADAiCQA1IgkAiCIJAJEiCQDgIgkA7SIJADgjCQBCIwkAkCMJAJwjCQDoIwkA7iMJAHB6EwBOJAkAmCQJAK4kCQDwJAkA/CQJAEglCQBNJQkAoCUJAKklCQD4JQkAAiYJAFAmCQBYJgkAqCYJAKwmCQAAJwkAAicJAFgnCQBmJwkAsCcJALonCQAIKAkAFigJAGAoCQBtKAkAuCgJAM8oCQAQKQkAGCkJAGgpCQB4KQkAwCkJAMUpCQAYKgkAHioJAHAqCQB4KgkAyCoJAOMqCQAgKwkAIisJAHgrCQCJKwkA0CsJANkrCQAoLAkANCwJAMh6EwCFLAkA2CwJANssCQAwLQkAOi0JAIgtCQCKLQkA4C0JAPstCQA4LgkAOi4JAJAuCQCeLgkA6C4JAPkuCQBALwkAQi8JAJgvCQCxLwkA8C8JAAEwCQBIMAkAVDAJACB7EwC9MAkA+DAJAAkxCQBQMQkAbDEJAKgxCQCwMQkAeHsTAAUyCQBYMgkAYDIJALAyCQC7MgkACDMJAA0zCQBgMwkAYzMJALgzCQDCMwkAEDQJABM0CQBoNAkAcDQJAMA0CQDCNAkAGDUJADM1CQBwNQkAcjUJAMg1CQDWNQkAIDYJADE2CQB4NgkAejYJANA2CQDpNgkAKDcJADk3CQCANwkAjDcJANg3CQDgNwkA0HsTAD04CQCIOAkAkDgJAOA4CQDqOAkAODkJAEM5CQCQOQkAnDkJAOg5CQDwOQkAKHwTAEU6CQCYOgkAnToJAPA6CQABOwkAgHwTAFU7CQCgOwkAojsJAPg7CQARPAkAUDwJAGE8CQCoPAkAtDwJAAA9CQAIPQkA2HwTAF09CQCwPQkAuD0JAAg+CQAXPgkAYD4JAGY+CQC4PgkAxD4JABA/CQASPwkAaD8JAHI/CQDAPwkAzD8JABhACQAgQAkAMH0TAHxACQDIQAkAy0AJACBBCQAjQQkAeEEJAIZBCQDQQQkA1UEJAChCCQA1QgkAiH0TAJFCCQDYQgkA4EIJADBDCQDlQgkA0EwJADtDCQCIQwkAjUMJAOBDCQDjQwkAOEQJAEJECQCQRAkAs0QJAOhECQDrRAkAQEUJAGRFCQCYRQkAoEUJAOB9EwD2RQkASEYJAFZGCQCgRgkArEYJAPhGCQD/RgkAUEcJAFhHCQCoRwkAuEcJAABICQAFSAkAWEgJAF5ICQCwSAkAuEgJAAhJCQAlSQkAYEkJAGlJCQC4SQkAxEkJABBKCQAWSgkAaEoJAHxKCQDASgkAyEoJABhLCQAoSwkAcEsJAHJLCQDISwkA1ksJACBMCQAxTAkAOH4TAH9MCQCQfhMA1UwJAChNCQAvTQkAgE0JAIxNCQDYTQkA200JADBOCQBATgkAiE4JAIpOCQDgTgkA7k4JADhPCQBJTwkA6H4TAJdPCQBAfxMA+08JAEBQCQBPUAkAmFAJAKRQCQDwUAkA8VAJAEhRCQBSUQkAoFEJAK5RCQD4UQkA/VEJAFBSCQBdUgkAmH8TAK1SCQAAUwkACVMJAFhTCQBpUwkAsFMJALdTCQAIVAkAEFQJAGBUCQBtVAkAuFQJAL1UCQAQVQkAGlUJAGhVCQBwVQkAwFUJAMZVCQAYVgkAJFYJAHBWCQByVgkAyFYJANdWCQAgVwkAK1cJAHhXCQCAVwkA0FcJANJXCQAoWAkANVgJAIBYCQCUWAkA2FgJAOBYCQAwWQkAP1kJAIhZCQCNWQkA4FkJAO1ZCQA4WgkAQloJAJBaCQCSWgkA6FoJAPdaCQBAWwkASlsJAJhbCQCgWwkA8FsJAPFbCQBIXAkATVwJAKBcCQCuXAkA+FwJAAVdCQBQXQkAWl0JAKCAEwCrXQkAAF4JAAxeCQDQbQkAHF4JAFheCQBgXgkA+IATALVeCQAIXwkAEF8JAGBfCQBjXwkAuF8JAMRfCQAQYAkAFmAJAGhgCQCDYAkAwGAJAMxgCQAYYQkAHmEJAHBhCQBzYQkAyGEJANBhCQAgYgkAImIJAHhiCQCTYgkA0GIJANJiCQAoYwkANmMJAIBjCQCRYwkA2GMJANpjCQAwZAkASWQJAIhkCQCZZAkA4GQJAOxkCQA4ZQkAQGUJAFCBEwCVZQkA6GUJAO5lCQBAZgkASGYJAJhmCQCnZgkA8GYJAPVmCQBIZwkAVWcJAKBnCQCtZwkA+GcJAARoCQBQaAkAX2gJAKhoCQCyaAkAAGkJAA5pCQBYaQkAXWkJALBpCQC9aQkAqIETABRqCQBgagkAZmoJALhqCQDTagkAEGsJABxrCQBoawkAbmsJAMBrCQDDawkAGGwJACRsCQBwbAkAdmwJAMhsCQDObAkAIG0JACVtCQB4bQkAfm0JAACCEwDWbQkAKG4JAC5uCQCAbgkAhW4JANhuCQDebgkAWIITADVvCQCIbwkAlW8JAOBvCQDtbwkAOHAJAERwCQCQcAkAn3AJAOhwCQDycAkAQHEJAE5xCQCYcQkAnXEJAPBxCQD9cQkASHIJAGByCQCgcgkApnIJAPhyCQAEcwkAUHMJAGBzCQCocwkAsXMJAAB0CQADdAkAWHQJAGR0CQCwdAkAt3QJAGCDEwAKdQkAYHUJAGp1CQC4dQkAu3UJABB2CQAYdgkAaHYJAGt2CQDAdgkAzHYJABh3CQAedwkAcHcJAIt3CQDIdwkA1HcJACB4CQAmeAkAuIMTAJh4CQDQeAkA23gJACh5CQAteQkAgHkJAIl5CQDYeQkA23kJADB6CQA8egkAiHoJAJR6CQCIhQkAoHoJAOB6CQDnegkAOHsJAD57CQCQewkAnnsJAOh7CQADfAkAQHwJAEx8CQCYfAkAnnwJAPB8CQAKfQkASH0JAFR9CQCgfQkApn0JAPh9CQD+fQkAUH4JAFV+CQCofgkArn4JABCEEwANfwkAWH8JAGR/CQCwfwkAun8JAAiACQAMgAkAYIAJAGWACQC4gAkAvoAJABCBCQAwgQkAaIEJAHSBCQDAgQkAxoEJABiCCQAeggkAcIIJAHWCCQDIggkAzoIJAMCEEwAlgwkAeIMJAH+DCQDQgwkA3IMJACiECQBEhAkAgIQJAIiECQDIhRMAAYUJADCFCQBWhQkAIIYTAJuFCQDghQkA74UJADiGCQBEhgkAkIYJAJGGCQDohgkA8oYJAECHCQBOhwkAmIcJAJ2HCQDwhwkA/YcJAHiGEwBQiAkAgIcTAKWICQD4iAkABYkJAFCJCQBdiQkAqIkJALSJCQAAigkAD4oJAFiKCQBiigkAsIoJAL6KCQAIiwkADYsJAGCLCQBtiwkAuIsJAMCLCQDYhxMAHIwJAGiMCQB4jAkAwIwJAMmMCQAYjQkAG40JAHCNCQB8jQkAyI0JAM+NCQAwiBMAK44JAHiOCQCEjgkA0I4JANiOCQCIiBMANY8JAICPCQCHjwkA2I8JANmPCQAwkAkANZAJAIiQCQCWkAkA4JAJAO2QCQA4kQkAQpEJAJCRCQCYkQkA6JEJAPGRCQBAkgkARpIJAJiSCQCpkgkA8JIJAAyTCQBIkwkAUJMJAOCIEwCrkwkA+JMJAAKUCQBQlAkAWpQJAKiUCQCplAkAOIkTAAWVCQBYlQkAZZUJALCVCQC9lQkACJYJABSWCQBglgkAb5YJALiWCQDClgkAEJcJABiXCQBolwkAcpcJAMCXCQDFlwkAGJgJACCYCQCQiRMAe5gJAMiYCQDUmAkAIJkJACiZCQDoiRMAfZkJANCZCQDfmQkAKJoJAEiaCQCAmgkAjJoJANiaCQDemgkAMJsJADibCQCImwkAj5sJAOCbCQDimwkAOJwJAEScCQCQnAkAppwJAOicCQDtnAkAQJ0JAE2dCQBAihMAnZ0JAPCdCQD/nQkASJ4JAGieCQCgngkArJ4JAPieCQD+ngkAUJ8JAFifCQConwkAr58JAACgCQACoAkAWKAJAGSgCQCwoAkAxqAJAAihCQANoQkAYKEJAG2hCQC4oQkAwKEJABCiCQAWogkAaKIJAHGiCQDAogkAzaIJABijCQAlowkAcKMJAH6jCQDIowkA1aMJACCkCQA3pAkAeKQJAKikCQCYihMA1qQJACilCQDdpAkAKMcQAD6lCQCApQkAjqUJANilCQDbpQkAMKYJADOmCQCIpgkAlqYJAOCmCQDlpgkAOKcJAEWnCQCQpwkAmKcJAOinCQDvpwkAQKgJAEyoCQCYqAkApagJAPCoCQD+qAkASKkJAFSpCQCgqQkAp6kJAPipCQAAqgkAUKoJAFSqCQCoqgkAs6oJAACrCQAOqwkAWKsJAGmrCQCwqwkAvKsJAAisCQAQrAkA8IoTAGasCQC4rAkAzKwJABCtCQAerQkAaK0JAHWtCQDArQkA160JABiuCQAgrgkAcK4JAHquCQDIrgkAza4JACCvCQAorwkAeK8JAIevCQDQrwkA1a8JACiwCQA1sAkAgLAJAI2wCQDYsAkA5LAJADCxCQA/sQkAiLEJAJKxCQDgsQkA6LEJADiyCQBCsgkAkLIJAJWyCQDosgkA8LIJAEiLEwBLswkAmLMJAKSzCQDwswkA+LMJAKCLEwBNtAkAoLQJAK+0CQD4tAkAGLUJAFC1CQBctQkAqLUJAK61CQAAtgkACLYJAFi2CQBftgkAsLYJALK2CQAItwkAFLcJAGC3CQB2twkAuLcJAL23CQAQuAkAHbgJAPiLEwBxuAkAwLgJAMa4CQAYuQkAJrkJAHC5CQB9uQkAyLkJAN+5CQAgugkAKLoJAHi6CQCHugkA0LoJANW6CQAouwkANbsJAIC7CQCNuwkA2LsJAOS7CQAwvAkAP7wJAIi8CQCSvAkA4LwJAPy8CQA4vQkAQL0JAFCMEwCdvQkAsEwPAJ+9CQDovQkA8r0JAODLDwAIvgkAQL4JAEy+CQCYvgkAnr4JAPC+CQD4vgkAsAMKAPy+CQBIvwkACr8JAADtCQBbvwkAoL8JAK+/CQD4vwkABMAJAFDACQBRwAkAqMAJALLACQAAwQkADsEJAFjBCQBdwQkAsMEJAL3BCQCojBMADsIJAGDCCQBmwgkAuMIJAL3CCQAQwwkAFsMJALCNEwBzwwkAwMMJAM7DCQAYxAkAKcQJAHDECQB8xAkAyMQJANDECQBgjhMALMUJAHjFCQCCxQkA0MUJAN/FCQAoxgkAM8YJAIDGCQCOxgkA2MYJAOXGCQAwxwkAR8cJAIjHCQCQxwkA4McJAOPHCQA4yAkARMgJAJDICQCWyAkA6MgJAAPJCQBAyQkATMkJAJjJCQCeyQkA8MkJAPjJCQBIygkASsoJAKDKCQChygkA+MoJAAbLCQBQywkAWMsJAKjLCQDDywkAAMwJAAzMCQBYzAkAXswJALDMCQCzzAkACM0JABbNCQBgzQkAZc0JALjNCQDFzQkAEM4JACzOCQBozgkAcM4JALiOEwDNzgkAyMgPANHOCQAYzwkA084JALgpEAAkzwkAcM8JAH3PCQDIzwkAzc8JACDQCQAq0AkAeNAJAIjQCQDQ0AkA1dAJACjRCQAx0QkAgNEJAI3RCQDY0QkA39EJADDSCQA80gkAiNIJAI7SCQDg0gkA5tIJADjTCQA90wkAkNMJAJbTCQAQjxMA9NMJAEDUCQBG1AkAmNQJAJ7UCQDw1AkA/dQJAEjVCQBN1QkAoNUJAKjVCQD41QkAKtYJAFDWCQB71gkAqNYJALDWCQAA1wkADdcJAFjXCQBd1wkAsNcJALjXCQAI2AkAC9gJAGDYCQBp2AkAuNgJAMfYCQAQ2QkAG9kJAGjZCQBw2QkAwNkJANDZCQAY2gkAJtoJAHDaCQCB2gkAyNoJANTaCQAg2wkAKNsJABiQEwB+2wkA0NsJANjbCQAo3AkAL9wJAIDcCQCO3AkA2NwJAN7cCQAw3QkAPN0JAIjdCQCX3QkA4N0JAOrdCQA43gkAPd4JAJDeCQCW3gkA6N4JAPzeCQBwkBMASt8JAEhvCgBN3wkAmN8JAE/fCQDAMQoAnd8JAPDfCQD83wkASOAJAFXgCQCg4AkAquAJAMiQEwAT4QkAUOEJAFLhCQCo4QkAruEJAADiCQA54gkAWOIJAF7iCQCw4gkAueIJAAjjCQAV4wkAYOMJAJnjCQC44wkAv+MJABDkCQAV5AkAaOQJAHfkCQDA5AkA4OQJABjlCQAk5QkAcOUJAHblCQDI5QkA4uUJACDmCQAj5gkAeOYJAH3mCQDQ5gkA3+YJACjnCQBI5wkAeJETAKDnCQDY5wkA5OcJADDoCQA66AkAiOgJAJToCQDorwoAlegJAODoCQDl6AkAOOkJAELpCQCQ6QkAoOkJAOjpCQDt6QkAQOoJAEnqCQCY6gkApeoJAPDqCQD36gkASOsJAFTrCQCg6wkApusJAPjrCQD+6wkAUOwJAFXsCQCo7AkAruwJANCREwAD7QkAWO0JAF3tCQCw7QkAv+0JAAjuCQAo7gkAgJITAG7uCQC47gkAxe4JABDvCQAX7wkAaO8JAHDvCQDA7wkAwu8JABjwCQDH7wkAkDgNANfvCQCY1gwAHvAJAHgJDQAg8AkAcPAJAHTwCQCw+AkAhvAJAEiVDACL8AkAyPAJAMrwCQAg8QkAMfEJAHjxCQCG8QkA0PEJANfxCQAo8gkAMPIJAIDyCQCH8gkA2PIJAN3yCQAw8wkAP/MJAIjzCQCo8wkA4PMJAOzzCQA49AkAPvQJAJD0CQCY9AkA6PQJAPT0CQBA9QkATfUJAJj1CQCz9QkA8PUJAP71CQBI9gkATvYJAKD2CQCl9gkA+PYJAAX3CQBQ9wkAZvcJAKj3CQC09wkAAPgJAA34CQBY+AkAYvgJANiSEwC1+AkACPkJAA75CQBg+QkAgPkJALj5CQDG+QkAEPoJAB36CQBo+gkAf/oJAMD6CQDI+gkAGPsJACf7CQBw+wkAdfsJAMj7CQDV+wkAIPwJACr8CQB4/AkAevwJAND8CQDe/AkAKP0JADX9CQCA/QkAjP0JANj9CQDe/QkAMP4JADj+CQCI/gkAjv4JAOD+CQDp/gkAOP8JAEX/CQCQ/wkAmv8JAOj/CQD2/wkAQAAKAFYACgCYAAoApAAKAPAACgD4AAoAMJMTAFIBCgCgAQoApgEKAPgBCgD6AQoAUAIKAFoCCgCoAgoAtAIKAAADCgAXAwoAWAMKAGwDCgCIkxMAvgMKAAgECgALBAoAYAQKAGgECgC4BAoAxAQKABAFCgAeBQoAaAUKAHIFCgDABQoAywUKABgGCgAkBgoAcAYKAHYGCgDIBgoA0AYKACAHCgAtBwoAeAcKAH0HCgDQBwoA2gcKACgICgAwCAoAgAgKAIYICgDYCAoA4QgKADAJCgA9CQoAiAkKAJUJCgDgCQoA7gkKADgKCgBFCgoAkAoKAKcKCgDoCgoA8AoKAEALCgBFCwoAmAsKAJ4LCgDwCwoA+AsKAEgMCgBeDAoAoAwKAK4MCgD4DAoA+wwKAFANCgBfDQoAqA0KAK0NCgAADgoADQ4KAFgOCgBoDgoAsA4KAL4OCgAIDwoAHw8KAGAPCgBpDwoAuA8KAL4PCgAQEAoAHBAKAGgQCgBvEAoA4JMTAMwQCgAYEQoAGhEKAHARCgB6EQoAyBEKANQRCgAgEgoAKBIKADiUEwB9EgoA0BIKAN8SCgAoEwoASBMKAIATCgCMEwoA2BMKAN4TCgAwFAoAOBQKAIgUCgCJFAoA4BQKAOYUCgA4FQoAPRUKAJAVCgCrFQoA6BUKAPYVCgBAFgoARxYKAJgWCgCkFgoA8BYKAPYWCgCQlBMATRcKAKAXCgCqFwoA+BcKAAkYCgBQGAoAXBgKAKgYCgCrGAoAABkKAAMZCgBYGQoAYBkKALAZCgC3GQoACBoKAA0aCgBgGgoAbxoKALgaCgDYGgoAEBsKABwbCgBoGwoAbhsKAMAbCgDIGwoAGBwKACUcCgBwHAoAdRwKAMgcCgDSHAoAIB0KACgdCgB4HQoAiB0KANAdCgDVHQoAKB4KADEeCgCAHgoAjR4KANgeCgDfHgoA6JQTADUfCgCIHwoAlx8KAOAfCgAAIAoAOCAKAEQgCgCQIAoAliAKAOggCgDwIAoAQCEKAEwhCgCYIQoApSEKAPAhCgD3IQoASCIKAEkiCgCgIgoApSIKAPgiCgAGIwoAUCMKAF0jCgCoIwoAsiMKAECVEwACJAoAWCQKAHMkCgCwJAoAsiQKAAglCgAiJQoAYCUKAG0lCgC4JQoAxCUKABAmCgAaJgoAaCYKAIImCgDAJgoAzyYKABgnCgAdJwoAcCcKAH0nCgDIJwoA1ScKACAoCgAsKAoAeCgKAIcoCgDQKAoA2igKACgpCgA0KQoAgCkKAJMpCgDYKQoA5ykKADAqCgA8KgoAiCoKAIkqCgDgKgoA6ioKADgrCgBGKwoAkCsKAJUrCgDoKwoA9SsKAJiVEwBFLAoAmCwKAKUsCgDwLAoA/SwKAEgtCgBULQoAoC0KAK8tCgD4LQoAAi4KAFAuCgBeLgoAqC4KAK0uCgAALwoADS8KAFgvCgBgLwoAoJYTALwvCgAIMAoAGDAKAGAwCgBpMAoAuDAKALswCgAQMQoAHDEKAGgxCgBvMQoA+JYTAMUxCgAYMgoAJTIKAHAyCgB9MgoAyDIKAM4yCgAgMwoALDMKAHgzCgCIMwoA0DMKANkzCgAoNAoAKzQKAIA0CgCMNAoA2DQKAN80CgBQlxMAMjUKAIg1CgA3NQoAuFsOAEA1CgBIsA4AmTUKAOA1CgDoNQoAODYKAEI2CgCQNgoAnzYKAOg2CgDpNgoAQDcKAEg3CgAAmBMAoDcKAFiYEwAOOAoASDgKABM4CgB4pxMAGjgKAPhZCgBQOAoAoDgKAK84CgD4OAoA/TgKAFA5CgBdOQoAqDkKALU5CgAAOgoADDoKAFg6CgBnOgoAsDoKALo6CgAIOwoAKzsKAGA7CgCSOwoAuDsKANw7CgAQPAoAGDwKALiZEwBtPAoAwDwKAMY8CgAYPQoAID0KABCaEwB+PQoAyD0KAOM9CgAgPgoALD4KAHg+CgCJPgoA0D4KAOQ+CgAoPwoAMD8KAIA/CgCGPwoA2D8KAOQ/CgAwQAoAQEAKAIhACgCRQAoA4EAKAONACgA4QQoAREEKAJBBCgCXQQoAaJoTAPZBCgBAQgoASkIKAMCaEwCdQgoA8EIKAP1CCgBIQwoAVUMKAKBDCgCsQwoA+EMKAAdECgBQRAoAWkQKAKhECgC2RAoAAEUKAAVFCgBYRQoAZUUKALBFCgC4RQoAGJsTABRGCgBgRgoAcEYKALhGCgDBRgoAEEcKABNHCgBoRwoAdEcKAMBHCgDHRwoAcJsTACdICgBwSAoAdUgKAMhICgDVSAoAIEkKAC1JCgB4SQoAfkkKANBJCgDcSQoAKEoKADhKCgCASgoAiUoKANhKCgDbSgoAMEsKADxLCgCISwoAj0sKAMibEwDlSwoAOEwKAEVMCgCQTAoArkwKAOhMCgD0TAoAQE0KAFNNCgCYTQoApk0KAPBNCgDzTQoASE4KAFJOCgCgTgoArk4KAPhOCgAFTwoAUE8KAGdPCgCoTwoAsE8KAABQCgAHUAoAWFAKAF1QCgCwUAoAxlAKAAhRCgAKUQoAYFEKAG5RCgC4UQoAxVEKACCcEwAYUgoAeJwTAG1SCgDAUgoAzVIKABhTCgAlUwoAcFMKAHxTCgDIUwoA11MKACBUCgAqVAoAeFQKAIZUCgDQVAoA1VQKAChVCgA1VQoAgFUKAIhVCgDQnBMA5FUKADBWCgBAVgoAiFYKAJFWCgDgVgoA41YKADhXCgBEVwoAkFcKAJdXCgAonRMA9FcKAEBYCgBQWAoAmFgKAFZYCgDApg8AoVgKAPBYCgDzWAoASFkKAFRZCgCgWQoAp1kKAICdEwABWgoAaF0KAAJaCgBQWgoAX1oKAKhaCgBhWgoACFwKAKlaCgAAWwoAHFsKAFhbCgCRWwoAsFsKAOlbCgDYnRMAC1wKAGBcCgB8XAoAuFwKAPFcCgAQXQoASV0KADCeEwB1XQoAwF0KAM5dCgAYXgoAK14KAHBeCgCMXgoAyF4KAAFfCgAgXwoAWV8KAIieEwCJXwoA0F8KANxfCgAoYAoAMGAKAOCeEwCFYAoA2GAKAOBgCgAwYQoAP2EKAIhhCgCNYQoA4GEKAO1hCgA4YgoARWIKAJBiCgCcYgoA6GIKAPdiCgBAYwoASmMKAJhjCgCgYwoA8GMKAPpjCgBIZAoATWQKAKBkCgCoZAoAOJ8TAAdlCgBQZQoACWUKALBmCgBRZQoAqGUKAMRlCgAAZgoAOWYKAFhmCgCRZgoAkJ8TALNmCgAIZwoAJGcKAGBnCgCZZwoAuGcKAPFnCgDonxMAE2gKAGhoCgB5aAoAwGgKANxoCgAYaQoAUWkKAHBpCgCpaQoAQKATANVpCgAgagoALGoKAHhqCgCHagoA0GoKANpqCgAoawoAMGsKACjkCgA2awoAgGsKAIVrCgDYawoA5WsKADBsCgA4bAoAiGwKAI5sCgDgbAoAmGwKALjVCgDsbAoAOG0KAEhtCgCQbQoAmW0KAOhtCgDrbQoAQG4KAExuCgCYbgoAn24KAJigEwATbwoA8KATAFZvCgCgbwoAtm8KAPhvCgAEcAoAUHAKAFdwCgCocAoArXAKAABxCgAJcQoAWHEKAGJxCgBIoRMAtXEKAKAhDgC6cQoACHIKALxxCgAQtw0AEnIKAGByCgBhcgoAuHIKAMdyCgAQcwoAFXMKAGhzCgB1cwoAwHMKAM1zCgAYdAoAJHQKAHB0CgB/dAoAyHQKANJ0CgAgdQoALnUKAHh1CgB9dQoA0HUKAN11CgAodgoAKXYKAIB2CgCFdgoA2HYKAN12CgAwdwoAQXcKAIh3CgCrdwoA4HcKAOt3CgA4eAoAPXgKAJB4CgCTeAoA6HgKAPJ4CgBAeQoAaHkKAJh5CgC3eQoA+KETAPx5CgBIegoASnoKAKB6CgCvegoA+HoKAAN7CgBQewoAWHsKAKh7CgCvewoAAHwKAAJ8CgBYfAoAYnwKALB8CgCyfAoACH0KACF9CgBgfQoAYn0KALh9CgC7fQoAEH4KABx+CgBofgoAcH4KAFCiEwDMfgoAGH8KAB5/CgBwfwoAi38KAMh/CgDUfwoAIIAKACaACgB4gAoAgIAKANCACgDSgAoAKIEKADKBCgCAgQoAiIEKAKiiEwDpgQoAMIIKADeCCgCIggoAkIIKAOCCCgDtggoAOIMKAD2DCgCQgwoAmoMKAOiDCgDwgwoAQIQKAE+ECgCYhAoAnYQKAPCECgD9hAoASIUKAFWFCgCghQoArIUKAPiFCgAHhgoAUIYKAFqGCgCohgoAsIYKAACHCgAKhwoAWIcKAF2HCgCwhwoAuIcKAACjEwAUiAoAYIgKAHCICgC4iAoAwYgKABCJCgATiQoAaIkKAHSJCgDAiQoAx4kKAFijEwAeigoAcIoKAHaKCgDIigoAzYoKACCLCgAmiwoAsKMTAH6LCgDQiwoA1osKACiMCgAtjAoAEGwQADWMCgCAjAoAhYwKANiMCgDgjAoAMI0KAFmNCgCIjQoAZo0KABiVCgCxjQoA4I0KAAmOCgA4jgoAY44KAJCOCgCYjgoA6I4KAPeOCgBAjwoARY8KAJiPCgCljwoA8I8KAP2PCgBIkAoAVJAKAKCQCgCvkAoA+JAKAAKRCgBQkQoAXpEKAKiRCgCtkQoAAJIKAA2SCgBYkgoAYJIKALCSCgC2kgoACJMKABSTCgBgkwoAcJMKALiTCgDBkwoAEJQKABOUCgBolAoAdJQKAMCUCgDHlAoACKQTAEGVCgBwlQoAm5UKAMiVCgDQlQoAIJYKAC+WCgB4lgoAfZYKANCWCgDdlgoAKJcKADWXCgCAlwoAjJcKANiXCgDnlwoAMJgKADqYCgCImAoAlpgKAOCYCgDlmAoAOJkKAEWZCgCQmQoAmJkKAOiZCgDumQoAQJoKAEyaCgCYmgoAqJoKAPCaCgD5mgoASJsKAEubCgCgmwoArJsKAPibCgD/mwoAYKQTAFKcCgA4fBAAXpwKAKicCgC1nAoAAJ0KAAydCgBYnQoAXp0KALCdCgC2nQoACJ4KAA2eCgBgngoAZp4KALikEwDengoAEJ8KADafCgBonwoAnp8KAMCfCgDpnwoAGKAKAEOgCgBopRMAfKAKAMigCgB+oAoA0NULANKgCgAgoQoAOqEKAHihCgB7oQoAeO4KAIehCgDQoQoA1aEKACiiCgA1ogoAgKIKAI2iCgDYogoA5KIKADCjCgA/owoAiKMKAJKjCgDgowoA7KMKADikCgBLpAoAkKQKAJ+kCgDopAoA9KQKAEClCgBBpQoAmKUKAKKlCgDwpQoA/qUKAEimCgBNpgoAoKYKAK2mCgDApRMA/aYKAFCnCgBdpwoAqKcKALWnCgAAqAoADKgKAFioCgBnqAoAsKgKALqoCgAIqQoAFqkKAGCpCgBlqQoAuKkKAMWpCgAQqgoAGKoKAMimEwB0qgoAwKoKANCqCgAYqwoAIasKAHCrCgBzqwoAyKsKANSrCgAgrAoAJ6wKACCnEwB7rAoA0KwKANisCgAorQoANK0KAICtCgCGrQoA2K0KAN6tCgAwrgoANa4KAIiuCgCOrgoA0KcTAAmvCgA4rwoAYa8KAJCvCgC0rwoAgKgTAO6vCgA47gsA+68KAECwCgBPsAoAmLAKAKSwCgDwsAoA8bAKAEixCgBSsQoAoLEKAK6xCgD4sQoA/bEKAFCyCgBdsgoA2KgTAMuyCgAwqRMAKbMKAFizCgCBswoAsLMKANSzCgCIqRMAFrQKAGC0CgBltAoAuLQKAMW0CgAQtQoAGLUKAGi1CgButQoAwLUKAMy1CgAYtgoAKLYKAHC2CgB5tgoAyLYKAMu2CgAgtwoAXLcKAHi3CgCEtwoA4KkTANa3CgAouAoAQbgKAIC4CgCOuAoA2LgKAOW4CgAwuQoAN7kKAIi5CgCRuQoA4LkKAO25CgA4ugoAT7oKAJC6CgCTugoA6LoKAOq6CgBAuwoASbsKAJi7CgCouwoA8LsKAAm8CgBIvAoASrwKAKC8CgCpvAoA+LwKAAC9CgBQvQoAUr0KAKi9CgDBvQoAAL4KABe+CgBYvgoAZL4KALC+CgDBvgoACL8KABS/CgBgvwoAa78KALi/CgDFvwoAEMAKABrACgA4qhMAe8AKAMDACgDOwAoAGMEKAP7ACgCwyQoAVcEKAHDBCgB9wQoAyMEKANDBCgAgwgoAJsIKAHjCCgCEwgoA0MIKANvCCgAowwoAMcMKAIDDCgCDwwoA2MMKANrDCgAwxAoAN8QKAIjECgCKxAoAkKoTAOPECgA4xQoARsUKAJDFCgCVxQoA6MUKAPXFCgBAxgoATMYKAJjGCgCgxgoA6KoTAP7GCgBIxwoAWMcKAKDHCgCuxwoA+McKAAHICgBQyAoAWsgKAKjICgCqyAoAAMkKAArJCgBYyQoAWskKAECrEwC1yQoACMoKABDKCgBgygoAZsoKALjKCgDEygoAEMsKAB/LCgBoywoAccsKAMDLCgDDywoAGMwKABrMCgBwzAoAd8wKAMjMCgDKzAoAmKsTACXNCgB4zQoAlM0KANDNCgDszQoA8KsTADXOCgAoDQwAN84KAIDOCgCFzgoA2M4KAOXOCgAwzwoAPc8KAIjPCgCOzwoA4M8KAOzPCgA40AoASNAKAJDQCgCZ0AoA6NAKAOvQCgBA0QoATNEKAJjRCgCf0QoASKwTAP/RCgBI0goATdIKAKDSCgCt0goA+NIKAAXTCgBQ0woAVtMKAKjTCgC00woAANQKABDUCgBY1AoAYdQKALDUCgCz1AoACNUKABTVCgBg1QoAZ9UKAKCsEwC61QoAENYKAB7WCgBo1goAedYKAPisEwDH1goAUK0TACDXCgCorRMAddcKAMjXCgDV1woAINgKAC3YCgB42AoAhNgKANDYCgDf2AoAKNkKADLZCgCA2QoAjtkKANjZCgDd2QoAMNoKAD3aCgCI2goAkNoKAACuEwDs2goAONsKAEjbCgCQ2woAmdsKAOjbCgDr2woAQNwKAEzcCgCY3AoAn9wKAFiuEwDy3AoASN0KAFbdCgCg3QoAsd0KALCuEwD/3QoACK8TAFjeCgBgrxMArd4KAADfCgAN3woAWN8KAGXfCgCw3woAvN8KAAjgCgAX4AoAYOAKAGrgCgC44AoAxuAKABDhCgAV4QoAaOEKAHXhCgDA4QoAyOEKALivEwAk4goAcOIKAIDiCgDI4goA0eIKACDjCgAj4woAeOMKAITjCgDQ4woA1+MKABCwEwAy5AoAgOQKAI7kCgDY5AoA7uQKADDlCgA85QoAiOUKAI/lCgDg5QoA6OUKADjmCgA95goAkOYKAJnmCgDo5goA8uYKAGiwEwBW5woAmOcKAKTnCgDw5woA9+cKAEjoCgBQ6AoAoOgKAKXoCgD46AoAAekKAFDpCgBa6QoAwLATAK3pCgDIJg4AtOkKAFgsCwC36QoAAOoKANLpCgDIoxQABeoKAFjqCgBl6goAsOoKAL3qCgAI6woAFOsKAGDrCgBv6woAuOsKAMLrCgAQ7AoAHuwKAGjsCgB17AoAwOwKANfsCgAY7QoAIO0KAHDtCgB67QoAyO0KAM3tCgAg7goAKO4KABixEwB97goA0O4KAN/uCgAo7woASO8KAIDvCgCM7woA2O8KAOLvCgAw8AoAOvAKAIjwCgCW8AoA4PAKAPbwCgA48QoARPEKAJDxCgCV8QoA6PEKAPHxCgBA8goASvIKAJjyCgCk8goA8PIKAAPzCgBI8woAV/MKAKDzCgCs8woA+PMKAPnzCgBQ9AoAWvQKAKj0CgC29AoAAPUKAAX1CgBY9QoAZfUKAMixEwC+9QoACPYKAB72CgBg9goAbPYKALj2CgC/9goAEPcKABj3CgBo9woAbfcKAMD3CgDJ9woAGPgKACL4CgDQshMAdfgKAMj4CgDQ+AoAIPkKACP5CgB4+QoAgfkKAND5CgDf+QoAKPoKADP6CgCA+goAiPoKANj6CgDo+goAMPsKAD77CgCI+woAmfsKAOD7CgDs+woAOPwKAED8CgAosxMAlvwKAOj8CgDw/AoAQP0KAEf9CgCY/QoApv0KAPD9CgD2/QoASP4KAFT+CgCg/goAr/4KAPj+CgAC/woAUP8KAFX/CgCo/woArv8KAAAACwAUAAsAgLMTAGkACwCwAAsAvAALAAgBCwAOAQsAYAELAGYBCwC4AQsAvQELABACCwAWAgsA2LMTAG0CCwDAAgsA0QILABgDCwAgAwsAcAMLACQDCwDoEgsAJgMLAChAEQB6AwsAyAMLANYDCwAgBAsANgQLAHgECwCEBAsA0AQLANcECwAoBQsAMAULAIAFCwCFBQsA2AULAOEFCwAwBgsAOgYLAIgGCwCQBgsA4AYLAOQGCwA4BwsAQwcLAJAHCwCeBwsA6AcLAPkHCwBACAsATAgLAJgICwCgCAsAMLQTAPIICwBICQsAVgkLAKAJCwCqCQsA+AkLAAYKCwBQCgsAXQoLAKgKCwC/CgsAAAsLAAgLCwBYCwsAaAsLALALCwC1CwsACAwLAA4MCwBgDAsAaAwLALgMCwC6DAsAEA0LAB0NCwBoDQsAcA0LAMANCwDFDQsAGA4LABkOCwBwDgsAfA4LAMgOCwDVDgsAIA8LACgPCwB4DwsAhw8LANAPCwDVDwsAKBALADUQCwCAEAsAjRALANgQCwDkEAsAMBELAD8RCwCIEQsAkhELAOARCwDuEQsAOBILAD0SCwCQEgsAnRILAIi0EwDuEgsAQBMLAEYTCwCYEwsAnRMLAPATCwD2EwsA4LQTAFYUCwCgFAsAthQLAPgUCwAEFQsAUBULAFUVCwCoFQsAsRULAAAWCwAKFgsAWBYLAHsWCwCwFgsAtBYLAAgXCwC/FgsAaBgLAAoXCwBgFwsAbhcLALgXCwDCFwsAEBgLADQYCwDotRMAbhgLAMAYCwDMGAsAGBkLABoZCwBwGQsAehkLAMgZCwDUGQsAIBoLAEQaCwBAthMAfBoLANAaCwCHGgsAMBwLANIaCwAoGwsANhsLAIAbCwCKGwsA2BsLAPwbCwCYthMANhwLAIgcCwCUHAsA4BwLAOIcCwA4HQsAQh0LAJAdCwCcHQsA6B0LAAweCwDwthMAXR4LAJgeCwChHgsA8B4LAP4eCwBIHwsATh8LAKAfCwCsHwsA+B8LAAAgCwBItxMAVyALAKggCwDBIAsAACELAA8hCwBYIQsAYCELALAhCwC/IQsACCILAA0iCwBgIgsAbSILALgiCwDFIgsAECMLABwjCwBoIwsAdyMLAMAjCwDKIwsAGCQLACYkCwBwJAsAdSQLAMgkCwDVJAsAoLcTACElCwCgrgsAOSULAHglCwCCJQsA0CULANIlCwAoJgsANiYLAIAmCwCNJgsA2CYLAOAmCwAwJwsAXCcLAIgnCwCPJwsA4CcLAPknCwA4KAsARygLAJAoCwCYKAsA6CgLAPcoCwBAKQsARSkLAJgpCwClKQsA8CkLAP0pCwBIKgsAVCoLAKAqCwCvKgsA+CoLAAIrCwBQKwsAXisLAKgrCwCtKwsAACwLAA0sCwD4txMAaywLALAsCwC/LAsACC0LABQtCwBgLQsAbC0LALgtCwC/LQsAEC4LABwuCwBoLgsAby4LAMAuCwDILgsAGC8LABwvCwBwLwsAey8LAMgvCwDULwsAIDALAC0wCwB4MAsAgDALANAwCwDaMAsAKDELAC4xCwCAMQsAlDELANgxCwDmMQsAMDILAD0yCwCIMgsAnzILAOAyCwDoMgsAODMLAEIzCwCQMwsAlTMLAOgzCwDwMwsAQDQLAE80CwCYNAsAnTQLAPA0CwD9NAsASDULAFU1CwCgNQsArDULAPg1CwAHNgsAUDYLAFo2CwBQuBMAsDYLAAA3CwAPNwsAWDcLAF03CwCwNwsAuTcLAAg4CwAZOAsAYDgLAGc4CwC4OAsAwDgLABA5CwAdOQsAaDkLAG05CwDAOQsAyjkLABg6CwAgOgsAcDoLAIk6CwDIOgsA1DoLACA7CwAoOwsAqLgTAIc7CwDQOwsA7TsLACg8CwAxPAsAgDwLAI48CwDYPAsA3jwLADA9CwA8PQsAiD0LAI89CwDgPQsA6D0LADg+CwBIPgsAkD4LAJY+CwDoPgsA7T4LAEA/CwBWPwsAmD8LAKA/CwDwPwsA+j8LAEhACwBTQAsAoEALAKxACwD4QAsAAEELAAC5EwBdQQsAqEELAK9BCwAAQgsADEILAFhCCwBeQgsAsEILAMFCCwAIQwsAHEMLAGBDCwBuQwsAuEMLAMVDCwAQRAsAJ0QLAGhECwBwRAsAwEQLAMdECwAYRQsAGkULAHBFCwB6RQsAyEULAMpFCwAgRgsAOUYLAHhGCwB6RgsA0EYLANNGCwAoRwsANEcLAIBHCwCuRwsAWLkTAOdHCwAwSAsATUgLAIhICwCRSAsA4EgLAO5ICwA4SQsAPkkLAJBJCwCcSQsA6EkLAPBJCwCwuRMASEoLAJhKCwCeSgsA8EoLAPxKCwBISwsAS0sLAKBLCwClSwsA+EsLAAFMCwBQTAsAVkwLAKhMCwC3TAsAAE0LAAxNCwBYTQsAYE0LAAi6EwC2TQsACE4LAA1OCwBgTgsAdk4LALhOCwDATgsAEE8LAB5PCwBoTwsAck8LAMBPCwDDTwsAGFALACBQCwBwUAsAcVALAMhQCwDOUAsAIFELAC5RCwB4UQsAjlELANBRCwDSUQsAKFILAC5SCwCAUgsAlFILANhSCwDgUgsAMFMLAEBTCwCIUwsAilMLAOBTCwDvUwsAOFQLAEJUCwCQVAsAlVQLAOhUCwDuVAsAQFULAFRVCwCYVQsAoFULAPBVCwD1VQsASFYLAE5WCwCgVgsAqFYLAPhWCwD7VgsAUFcLAFVXCwCoVwsAsVcLAABYCwAGWAsAWFgLAGdYCwCwWAsAvFgLAGC6EwALWQsAYFkLAGhZCwC4WQsAxVkLABBaCwAVWgsAaFoLAHJaCwDAWgsAyFoLABhbCwAaWwsAcFsLAItbCwDIWwsAylsLACBcCwAuXAsAeFwLAIlcCwDQXAsA0lwLAChdCwBBXQsAgF0LAJFdCwDYXQsA5F0LALi6EwA4XgsAiF4LAI5eCwDgXgsA7F4LADhfCwBVXwsAkF8LAJlfCwDoXwsA9F8LAEBgCwBDYAsAmGALAKJgCwDwYAsA+GALAEhhCwBSYQsAoGELAK5hCwD4YQsADmILAFBiCwBcYgsAqGILAK9iCwAAYwsACGMLAFhjCwBdYwsAsGMLALljCwAIZAsAEmQLAGBkCwBoZAsAuGQLALpkCwAQZQsAIGULAGhlCwByZQsAwGULAMxlCwAYZgsAHmYLAHBmCwB4ZgsAELsTANRmCwAgZwsAM2cLAHhnCwCUZwsA0GcLANhnCwBouxMANmgLAIBoCwCWaAsA2GgLAORoCwAwaQsANWkLAIhpCwCRaQsA4GkLAOppCwA4agsAQGoLAJBqCwCSagsA6GoLAPdqCwBAawsAXWsLAJhrCwChawsA8GsLAP5rCwBIbAsATmwLAKBsCwCubAsA+GwLAAVtCwBQbQsAZ20LAKhtCwCwbQsAAG4LAAJuCwBYbgsAYG4LALBuCwC/bgsACG8LAA1vCwBgbwsAbW8LALhvCwDFbwsAEHALABxwCwBocAsAd3ALAMBwCwDKcAsAGHELACZxCwBwcQsAdXELAMhxCwDVcQsAwLsTACpyCwB4cgsAenILANByCwDXcgsAKHMLAC9zCwCAcwsAhnMLANhzCwDmcwsAMHQLAD10CwCIdAsAmHQLAOB0CwDldAsAOHULAEB1CwCQdQsAVHULAIjiCwCcdQsA6HULAOp1CwAAeQsA9XULAEB2CwBFdgsAmHYLAKJ2CwDwdgsAAHcLAEh3CwBNdwsAoHcLAKl3CwD4dwsABXgLAFB4CwBXeAsAqHgLALB4CwAYvBMADnkLAFh5CwBweQsAsHkLALJ5CwAIegsAH3oLAGB6CwBiegsAuHoLAMZ6CwAQewsAHXsLAGh7CwBwewsAcLwTAMN7CwAYfAsA13sLAPBPDQAhfAsAcHwLAH58CwBwqAsAf3wLAMh8CwDTfAsAIH0LACh9CwB4fQsAg30LANB9CwDVfQsAKH4LACt+CwCAfgsAin4LAMi8EwDefgsAMH8LAOJ+CwDwGhAAS38LAIh/CwCUfwsA4H8LAOZ/CwA4gAsAQIALAJCACwCmgAsA6IALAPaACwBAgQsAQ4ELAJiBCwCxgQsA8IELAPyBCwBIggsAU4ILAKCCCwCiggsA+IILABODCwBQgwsAXoMLAKiDCwC1gwsAAIQLABeECwAgvRMAWoQLAFgdEABuhAsAsIQLALGECwAIhQsADYULAGCFCwBmhQsAuIULALqFCwAQhgsAFoYLAGiGCwB8hgsAwIYLAMiGCwAYhwsAKIcLAHCHCwByhwsAyIcLANaHCwAgiAsAMYgLAHi9EwB+iAsA0IgLANyICwDQvRMAKokLAICJCwCRiQsA2IkLAOCJCwAwigsAOYoLAIiKCwCPigsA4IoLAOGKCwAovhMARIsLAJCLCwCSiwsA6IsLAO+LCwBAjAsASIwLAJiMCwChjAsA8IwLAPeMCwBIjQsASY0LAIC+EwCljQsA+I0LAACOCwBQjgsAWo4LAKiOCwC2jgsAAI8LABaPCwBYjwsAZI8LALCPCwC1jwsACJALABGQCwBgkAsAapALANi+EwC5kAsAEJELABiRCwAgNQ0AKJELAGiRCwB1kQsAwJELAMyRCwAYkgsAIpILAHCSCwB0kgsAyJILAM2SCwAgkwsAJpMLAHiTCwCYkwsA0JMLAOiTCwAolAsAP5QLAICUCwCMlAsA2JQLAOKUCwAwlQsAMpULAIiVCwCPlQsA4JULAOeVCwA4lgsAPpYLAJCWCwCclgsA6JYLAOuWCwBAlwsAQ5cLAJiXCwCklwsA8JcLAPOXCwBImAsAZJgLAKCYCwComAsAML8TAASZCwBQmQsAWpkLAKiZCwCqmQsAAJoLAAeaCwBYmgsAX5oLALCaCwC2mgsACJsLABabCwBgmwsAbZsLALibCwDImwsAEJwLABWcCwBonAsAcJwLAMCcCwDQnAsAGJ0LAB2dCwBwnQsAdp0LAMidCwDQnQsAiL8TACaeCwB4ngsAgJ4LANCeCwDTngsAKJ8LADSfCwCAnwsAhp8LANifCwDznwsAMKALAD6gCwCIoAsAl6ALAOCgCwDsoAsAOKELAEChCwA4wBMAlaELAOihCwDyoQsAQKILAEiiCwCYogsAuKILAPCiCwD9ogsASKMLAE2jCwCgowsApKMLAPijCwAFpAsAkMATAFWkCwCopAsAq6QLAAClCwAKpQsAWKULAGSlCwCwpQsAw6ULAAimCwAXpgsAYKYLAGymCwC4pgsAuaYLABCnCwAapwsAaKcLAHanCwDApwsAxacLABioCwAlqAsA6MATAHqoCwDIqAsAyqgLACCpCwA5qQsAeKkLAImpCwDQqQsA3KkLACiqCwAwqgsA8METAIeqCwDYqgsA36oLADCrCwA2qwsAiKsLAJSrCwDgqwsA46sLADisCwA7rAsAkKwLAJisCwDorAsA+KwLAECtCwBFrQsAmK0LAKGtCwDwrQsA/a0LAEiuCwBPrgsASMITAKyuCwD4rgsABa8LAFCvCwBYrwsAqK8LALKvCwAAsAsAD7ALAFiwCwBZsAsAsLALALiwCwAIsQsAF7ELAGCxCwBlsQsAuLELAMWxCwAQsgsAHbILAGiyCwB0sgsAwLILAM+yCwAYswsAIrMLAHCzCwB+swsAyLMLAM2zCwAgtAsALbQLAHi0CwCAtAsA0LQLANq0CwAotQsALbULAIC1CwCItQsAoMITAOa1CwAwtgsAPLYLAIi2CwCOtgsA4LYLAOa2CwA4twsAPbcLAJC3CwCWtwsA+MITAPS3CwBAuAsARrgLAJi4CwCeuAsA8LgLAP24CwBIuQsATbkLAKC5CwCouQsA+LkLABa6CwAAxBMAUboLAKi6CwCtugsAALsLAAa7CwBYuwsAWrsLALC7CwC2uwsACLwLABy8CwBgvAsAaLwLALi8CwDIvAsAEL0LABK9CwBovQsAdr0LAMC9CwDRvQsAWMQTAB6+CwBwvgsAfL4LALDEEwDVvgsAIL8LACi/CwB4vwsAhb8LANC/CwDSvwsAKMALAD7ACwCAwAsAjMALANjACwDgwAsAYMUTADzBCwCIwQsAi8ELAODBCwDlwQsAOMILAEnCCwCQwgsAmcILAOjCCwDywgsAQMMLAE7DCwCYwwsAncMLAPDDCwD9wwsAuMUTAFTECwCgxAsArcQLAPjECwD6xAsAUMULAGbFCwCoxQsAtMULAADGCwAIxgsAEMYTAF3GCwCwxgsAtsYLAAjHCwAQxwsAYMcLAGPHCwC4xwsAxMcLABDICwAWyAsAaMgLAIPICwDAyAsAzcgLABjJCwAayQsAcMkLAIbJCwDIyQsA1MkLACDKCwAoygsAaMYTAH7KCwDQygsA1coLACjLCwBDywsAgMsLAI7LCwDYywsA38sLADDMCwA8zAsAiMwLAI/MCwDAxhMA68wLADjNCwBAzQsAkM0LAJvNCwDozQsA7c0LAEDOCwBDzgsAmM4LAKLOCwDwzgsA+M4LAEjPCwBWzwsAoM8LAKPPCwD4zwsAANALAFDQCwBw0AsAqNALALXQCwAA0QsABdELAFjRCwBc0QsAsNELAL3RCwAYxxMAKNILAGDSCwBp0gsAuNILALnSCwAQ0wsAGNMLAGjTCwB40wsAwNMLAMLTCwAY1AsAJtQLAHDUCwCB1AsAcMcTAM7UCwAg1QsALNULAMjHEwB/1QsAIMgTANXVCwAo1gsAQtYLAIDWCwCP1gsA2NYLAOPWCwAw1wsAMtcLAIjXCwCV1wsA4NcLAO3XCwA42AsARNgLAJDYCwCh2AsA6NgLAOvYCwBA2QsAWtkLAJjZCwCh2QsA8NkLAP3ZCwBI2gsATtoLAKDaCwCs2gsA+NoLAPvaCwBQ2wsAVdsLAKjbCwC52wsAANwLABvcCwBY3AsAZNwLALDcCwC33AsACN0LAArdCwBg3QsAZ90LALjdCwC/3QsAEN4LABbeCwBo3gsAdN4LAMDeCwDD3gsAGN8LABvfCwBw3wsAfN8LAMjfCwDb3wsAIOALAC/gCwB44AsAhOALANDgCwDR4AsAKOELADLhCwCA4QsAjuELANjhCwDd4QsAMOILAD3iCwB4yBMAkOILANDIEwDi4gsAOOMLAE7jCwCQ4wsAnOMLAOjjCwDw4wsAKMkTAEbkCwCY5AsAoOQLAPDkCwDz5AsASOULAFTlCwCg5QsApuULAPjlCwAT5gsAUOYLAF7mCwCo5gsAt+YLAADnCwAM5wsAWOcLAGDnCwCAyRMAtecLAAjoCwAS6AsAYOgLAGjoCwC46AsA2OgLABDpCwAd6QsAaOkLAG3pCwDA6QsAxOkLABjqCwAl6gsA2MkTAJPqCwAwyhMAzeoLACDrCwAv6wsAeOsLAJjrCwDQ6wsA3OsLACjsCwAy7AsAgOwLAIzsCwDY7AsA3uwLADDtCwA27QsAiO0LAI3tCwDg7QsA5u0LAIjKEwA+7gsAkO4LAJXuCwDo7gsA7u4LADjLEwBD7wsAmO8LAKLvCwDw7wsA8u8LAEjwCwBh8AsAoPALALHwCwD48AsABvELAFDxCwBT8QsAqPELALPxCwAA8gsACPILAFjyCwBa8gsAsPILALjyCwAI8wsAFfMLAGDzCwBs8wsAuPMLALzzCwAQ9AsAGPQLAGj0CwB39AsAwPQLAMX0CwAY9QsAJfULAHD1CwB99QsAyPULANT1CwAg9gsAL/YLAHj2CwCC9gsA0PYLAN72CwAo9wsALfcLAID3CwCN9wsAkMsTAOD3CwDoyxMANPgLAKj8CwA8+AsAiPgLAI74CwDg+AsA5vgLADj5CwBF+QsAkPkLAJX5CwDo+QsA8PkLAED6CwBp+gsAmPoLAHb6CwBI+wsAvvoLAKD7CwDB+gsA8PoLABn7CwBAzBMAcfsLAJjMEwDG+wsA+PsLAC78CwBQ/AsAefwLAPDMEwC2/AsAAP0LAA39CwBY/QsAZP0LALD9CwC2/QsACP4LAA7+CwBg/gsAZf4LALj+CwC+/gsASM0TADb/CwAYAAwAOf8LAGj/CwCR/wsA+M0TAOn/CwBQzhMAPgAMAHAADACmAAwAyAAMAPEADACozhMAKgEMAHgBDAB9AQwA0AEMANgBDAAAzxMALQIMAIACDACJAgwA2AIMAOUCDAAwAwwANwMMAFjPEwCQAwwAsM8TAPMDDAA4BAwARAQMAJAEDACfBAwA6AQMAPEEDABABQwASgUMAJgFDACaBQwA8AUMAAkGDABIBgwAWQYMAKAGDACsBgwA+AYMAAAHDAAI0BMAXgcMAKgHDAC5BwwAAAgMAAwIDABYCAwAYAgMAGDQEwC1CAwACAkMABIJDABgCQwAaAkMALgJDADICQwAEAoMABUKDABoCgwAcQoMAMAKDADNCgwAGAsMAB8LDAC40BMAdgsMABjQEAB9CwwAyAsMAIMLDADAmw8AzQsMACAMDAAsDAwAeAwMAIUMDADQDAwA2gwMABDREwAtDQwAgA0MAIwNDADYDQwA5Q0MADAODAA6DgwAiA4MAKQODADgDgwA6A4MAGjREwA9DwwAkA8MAJgPDADoDwwA6w8MAEAQDABJEAwAmBAMAKcQDADwEAwA+xAMAEgRDABQEQwAoBEMALARDAD4EQwABhIMAFASDABhEgwAqBIMALQSDAAAEwwACBMMAMDREwBeEwwAsBMMALgTDAAIFAwADxQMAGAUDABuFAwAuBQMAL4UDAAQFQwAHBUMAGgVDAB3FQwAwBUMAMoVDAAYFgwAHRYMAHAWDAB2FgwAyBYMANwWDAAgFwwAKBcMAHgXDACWFwwA0BcMANgXDAAY0hMAMBgMAHDSEwCIGAwA2BgMAPEYDAAwGQwAORkMAIgZDACYGQwA4BkMAPAZDAA4GgwARBoMAJAaDACWGgwA6BoMAPYaDABAGwwATRsMAJgbDACvGwwA8BsMAPgbDABIHAwAUhwMAKAcDACuHAwA+BwMAA4dDABQHQwAXB0MAKgdDACvHQwAAB4MAAgeDABYHgwAXR4MALAeDAC5HgwACB8MABIfDABgHwwAaB8MALgfDAC6HwwAECAMACAgDABoIAwAciAMAMAgDADMIAwAGCEMAB4hDABwIQwAeCEMACDTEwDKIQwAICIMADEiDAB4IgwAlCIMANAiDADYIgwAeNMTADkjDACAIwwAkSMMANgjDADgIwwAMCQMAEkkDACIJAwAjiQMAOAkDADlJAwAOCUMAFglDACQJQwAnCUMAOglDADuJQwAQCYMAEgmDACYJgwApyYMAPAmDAD1JgwASCcMAFUnDACgJwwArScMAPgnDAAEKAwAUCgMAF8oDACoKAwAsigMAAApDAAOKQwAWCkMAF0pDACwKQwAvSkMAAgqDAALKgwAYCoMAGgqDAC4KgwAuioMABArDAAWKwwAaCsMAHQrDADAKwwAyCsMANDTEwAdLAwAcCwMAHQsDADILAwA1SwMACjUEwAoLQwAgNQTAH4tDADQLQwA5y0MACguDAAxLgwAgC4MAJYuDADYLgwA5C4MADAvDAA9LwwAiC8MAJIvDADgLwwA6C8MADgwDAB3MAwAkDAMALkwDADoMAwA8DAMAEAxDABjMQwA2NQTAKcxDADwMQwArjEMAIBPDAD1MQwASDIMAFUyDACgMgwArTIMAPgyDAAEMwwAUDMMAF8zDACoMwwAsjMMAAA0DAAONAwAWDQMAF00DACwNAwAvTQMAAg1DAAsNQwAYDUMAGg1DAAw1RMAwTUMABA2DAATNgwAaDYMAHI2DADANgwAyDYMABg3DAAxNwwAcDcMAHw3DADINwwA0DcMAIjVEwAwOAwAeDgMAIA4DADQOAwA2jgMACg5DAA8OQwAgDkMAIE5DADYOQwA5DkMADA6DAA4OgwA4NUTAJs6DADgOgwA4ToMADg7DABEOwwAkDsMAJ87DADoOwwA8jsMAEA8DABDPAwAmDwMAKA8DADwPAwA8TwMAEg9DABKPQwAoD0MAKY9DAD4PQwA+j0MAFA+DABmPgwAqD4MALQ+DAAAPwwACj8MAFg/DABkPwwAsD8MALY/DAAIQAwAEEAMAGBADACJQAwAuEAMAMBADAAQQQwAGkEMAGhBDABtQQwAwEEMAMhBDAAYQgwAMUIMAHBCDAB8QgwAyEIMANBCDAA41hMALEMMAHhDDAB7QwwA0EMMANVDDAAoRAwAMUQMAIBEDACGRAwA2EQMAOdEDAAwRQwAPEUMAIhFDACdRQwA4EUMAOhFDAA4RgwARUYMAGhMDABRRgwAkEYMAJVGDADoRgwA7UYMAEBHDABRRwwAmEcMAKBHDADwRwwApEcMAKhJDAAHSAwASEgMAFZIDACgSAwAu0gMAPhIDAAESQwAUEkMAF1JDACQ1hMAqkkMAABKDAANSgwAWEoMAGBKDACwSgwAx0oMAAhLDAAWSwwAYEsMAHtLDAC4SwwAxEsMABBMDAAdTAwA6NYTAHFMDADATAwA0UwMABhNDAApTQwAcE0MAHhNDADITQwA300MACBODAAuTgwAeE4MAJNODADQTgwA3E4MAChPDAA1TwwAQNcTAJRPDADYTwwA208MADBQDABNUAwAiFAMAJlQDADgUAwABFEMADhRDABAUQwAmNcTAJlRDADoUQwA61EMAEBSDABKUgwAmFIMAKBSDADwUgwACVMMAEhTDABUUwwAoFMMAKhTDADw1xMACFQMAFBUDABYVAwAqFQMALJUDAAAVQwAFFUMAFhVDABZVQwAsFUMALxVDAAIVgwAEFYMAEjYEwB0VgwAuFYMALtWDAAQVwwALVcMAGhXDAB5VwwAwFcMAM5XDAAYWAwALVgMAHBYDAB4WAwAyFgMANVYDAA4XAwA4VgMACBZDAAlWQwAeFkMAH1ZDADQWQwA4VkMAChaDAAwWgwAgFoMAJdaDADYWgwA5loMADBbDABLWwwAiFsMAJRbDADgWwwA7VsMAKDYEwBBXAwAkFwMAKFcDADoXAwA+VwMAEBdDABIXQwAmF0MAK9dDADwXQwA/l0MAEheDABjXgwAoF4MAKxeDAD4XgwABV8MAPjYEwBkXwwAqF8MAKtfDAAAYAwAHWAMAFhgDABpYAwAsGAMAL5gDAAIYQwAHWEMAGBhDABoYQwAuGEMAMVhDADoZwwA0WEMABBiDAAVYgwAaGIMAG1iDADAYgwA0WIMABhjDAAgYwwAcGMMACRjDAAoZQwAh2MMAMhjDADWYwwAIGQMADtkDAB4ZAwAhGQMANBkDADdZAwAUNkTACplDACAZQwAjWUMANhlDADgZQwAMGYMAEdmDACIZgwAlmYMAOBmDAD7ZgwAOGcMAERnDACQZwwAnWcMAKjZEwDxZwwAQGgMAFFoDACYaAwAqWgMAPBoDAD4aAwASGkMAF9pDACgaQwArmkMAPhpDAATagwAUGoMAFxqDACoagwAtWoMAADaEwAJawwAWGsMAGlrDACwawwAvGsMAAhsDAAVbAwAYGwMAGVsDAC4bAwAwmwMABBtDAAgbQwAaG0MAG1tDADAbQwAyW0MABhuDAAlbgwAcG4MAHduDADIbgwA1G4MACBvDAAmbwwAeG8MAH5vDADQbwwA1W8MAChwDAAucAwAWNoTAIVwDADYcAwA4HAMADBxDABGcQwAiHEMAI1xDADgcQwA53EMADhyDABBcgwAkHIMAKFyDADocgwA9HIMAEBzDABIcwwAYNsTAJpzDADwcwwABnQMAEh0DABUdAwAoHQMAKd0DAD4dAwAAHUMALjbEwBVdQwAqHUMAK91DAAAdgwACXYMAFh2DABpdgwAsHYMALx2DAAIdwwAEHcMABDcEwBidwwAuHcMAM53DAAQeAwAHHgMAGh4DABveAwAwHgMAMh4DABo3BMAHXkMAHB5DAB3eQwAyHkMANF5DAAgegwAMXoMAHh6DACEegwA0HoMANh6DADA3BMAKnsMAIB7DACPewwA2HsMAPh7DAAwfAwAMnwMAIh8DACffAwA4HwMAOx8DAA4fQwAQH0MAHDdEwCVfQwA6H0MAOp9DABAfgwAR34MAJh+DACgfgwA8H4MAPl+DABIfwwATn8MAKB/DACxfwwA+H8MAACADAAg3hMAXIAMAKiADACrgAwAAIEMAAWBDABYgQwAaYEMALCBDADLgQwACIIMABSCDABgggwAaIIMAHjeEwDOggwAEIMMABGDDABogwwAbYMMAMCDDADGgwwAGIQMACKEDABwhAwAeIQMAMiEDADahAwA0N4TAC2FDAB4hQwAgoUMANCFDADWhQwAKIYMADyGDACAhgwAiIYMANiGDADohgwAMIcMADWHDACIhwwAjocMAOCHDADohwwAOIgMADmIDACQiAwAkogMAOiIDAD3iAwAQIkMAGCJDACYiQwAmokMAPCJDAAHigwASIoMAFSKDACgigwAqIoMACjfEwAAiwwAUIsMAGmLDACoiwwAsYsMAACMDAAKjAwAWIwMAGCMDACwjAwAwIwMAAiNDAANjQwAYI0MAGmNDAC4jQwAxY0MABCODAAXjgwAaI4MAHCODADY3xMAyo4MABiPDAAgjwwAcI8MAH6PDADIjwwA1Y8MACCQDAAokAwAeJAMAHqQDADQkAwA2JAMACiRDAApkQwAgJEMAIKRDADYkQwA55EMADCSDABQkgwAiJIMAIqSDADgkgwA95IMADiTDABEkwwAkJMMAKqTDADokwwAFJQMAECUDABDlAwAmJQMAJ2UDADwlAwA/ZQMADDgEwBKlQwAoJUMAKqVDAD4lQwAB5YMAFCWDABblgwAqJYMALaWDAAAlwwADZcMAFiXDABvlwwAsJcMALiXDAAImAwACZgMAGCYDABimAwAuJgMAMeYDAAQmQwAMJkMAGiZDABqmQwAwJkMANeZDAAYmgwAJJoMAHCaDAB4mgwAiOATAM2aDAAgmwwAJpsMAHibDACAmwwA0JsMAO+bDAAonAwANZwMAICcDACBnAwA2JwMAO6cDAAwnQwATJ0MAODgEwCNnQwA4J0MAOqdDAA4ngwAQJ4MAJCeDACRngwA6J4MAJKeDAAwqAwA7p4MAECfDABMnwwAmJ8MAKifDADwnwwA/p8MAEigDABboAwAoKAMAKygDAD4oAwA/6AMAFChDABYoQwAqKEMAKyhDAAAogwADqIMAFiiDABiogwAsKIMALuiDAAIowwAEKMMAGCjDACZowwAuKMMAMCjDAAQpAwAFaQMAGikDABupAwAwKQMAMikDAAYpQwAMqUMAHClDACppQwAyKUMANClDAAgpgwAJaYMAHimDAB+pgwA0KYMANimDAAopwwAQqcMAICnDACapwwA2KcMABGoDAA44RMAOKgMAIioDACPqAwA4KgMAOyoDAA4qQwAOakMAJCpDACcqQwA6KkMAPWpDABAqgwAR6oMAJiqDACkqgwA8KoMAP2qDABIqwwAV6sMAKCrDAC0qwwAkOETAPqrDABQrAwABKwMAGjzDwBTrAwAoFUPAF2sDAAo2w0AX6wMAKisDADIrAwAAK0MAAKtDABYrQwAb60MALCtDAC8rQwACK4MABCuDADo4RMAYq4MALiuDADFrgwAEK8MABmvDABorwwAaq8MAMCvDADRrwwAGLAMACmwDABwsAwAhLAMAEDiEwDosAwAILEMACKxDAB4sQwAj7EMANCxDADcsQwAKLIMADCyDACY4hMAgrIMANiyDADbsgwAMLMMADizDACIswwAlbMMAOCzDADlswwAOLQMAEK0DACQtAwAmLQMAOi0DAABtQwAQLUMAEy1DACYtQwApLUMAPC1DAD9tQwASLYMAFC2DACgtgwAsLYMAPi2DAD9tgwAULcMAFm3DACotwwAtbcMAAC4DAAHuAwAWLgMAGC4DADw4hMAvbgMAAi5DAALuQwAYLkMAGq5DAC4uQwAurkMABC6DAAhugwAaLoMAHm6DADAugwAzLoMABi7DAAfuwwAcLsMAIq7DADIuwwA0LsMACC8DAAhvAwAGMYMACq8DAB4vAwAfrwMANC8DADkvAwAKL0MADC9DACAvQwAir0MANi9DADdvQwAML4MADi+DACIvgwAlr4MAOC+DADtvgwAOL8MADu/DACQvwwAmr8MAOi/DADqvwwAQMAMAFHADACYwAwAqcAMAPDADAD4wAwASOMTAFLBDACgwQwAvMEMAPjBDAAAwgwAoOMTAFHCDACowgwAvsIMAADDDAAIwwwAWMMMAGbDDACwwwwAvcMMAAjEDAALxAwAYMQMAGrEDAC4xAwAusQMABDFDAAhxQwAaMUMAHnFDADAxQwAyMUMAPjjEwApxgwAcMYMAHzGDADIxgwAysYMACDHDAAjxwwAeMcMAITHDADQxwwA2McMAFDkEwAxyAwAgMgMAI3IDADYyAwA4MgMADDJDABCyQwAiMkMAJXJDADgyQwA4ckMADjKDABOygwAkMoMAJjKDADoygwA9soMAEDLDABNywwAmMsMAJvLDADwywwA+ssMAEjMDABKzAwAoMwMALHMDAD4zAwACc0MAFDNDABYzQwAqOQTALXNDAAAzgwACs4MAFjODAANzgwAGA0PAGbODACwzgwAxs4MAAjPDAAUzwwAYM8MAGzPDAC4zwwAvs8MABDQDAAW0AwAaNAMAG3QDADA0AwAxtAMAADlEwAd0QwAcNEMAHLRDADI0QwAz9EMACDSDAAo0gwAeNIMAHvSDADQ0gwA2dIMACjTDAA30wwAgNMMAIvTDADY0wwA4NMMADDUDABA1AwAiNQMAJbUDADg1AwA8dQMADjVDABE1QwAkNUMAJjVDAAI5hMABtYMAEDWDABI1gwAYOYTAKTWDADw1gwABtcMAEjXDABQ1wwAoNcMAL/XDAC45hMA+9cMAAgyDQAF2AwAUNgMAFPYDACwLRIAWNgMAKjYDABa2AwAoNkPAKrYDAAA2QwAstgMALjlDAC52AwAgN4MAA3ZDABY2QwAbNkMALDZDAC42QwACNoMAA3aDABg2gwAcNoMALjaDADA2gwAENsMABrbDABo2wwAc9sMAMDbDADM2wwAGNwMACDcDAAQ5xMAddwMAMjcDADR3AwAIN0MACbdDAB43QwAh90MANDdDADc3QwAKN4MACveDABo5xMAhd4MANjeDADn3gwAMN8MADLfDACI3wwAmd8MAODfDADx3wwAOOAMAEzgDACQ4AwAmOAMAOjgDAD24AwAQOEMAE3hDACY4QwAm+EMAPDhDAD64QwASOIMAEriDACg4gwAseIMAPjiDAAJ4wwAUOMMAFzjDACo4wwAr+MMAADkDAAI5AwAWOQMAG/kDACw5AwAvOQMAAjlDAAe5QwAYOUMAGPlDADA5xMAw+UMABDmDAAc5gwAaOYMAHDmDAAY6BMAzOYMABjnDAAu5wwAcOcMAHPnDADI5wwA0OcMACDoDAAi6AwAeOgMAJPoDADQ6AwA0ugMACjpDAA26QwAgOkMAJHpDADY6QwA2ukMADDqDABJ6gwAiOoMAJnqDADg6gwA7OoMAHDoEwA+6wwAkOsMAJ7rDADo6wwAA+wMAEDsDABM7AwAmOwMAJ7sDADw7AwA+OwMAEjtDABY7QwAoO0MAKXtDAD47QwAAe4MAFDuDABd7gwAqO4MAK/uDAAA7wwACO8MAMjoEwBd7wwAsO8MALbvDAAI8AwAEPAMAGDwDACM8AwAuPAMAL/wDAAQ8QwAKfEMAGjxDAB38QwAwPEMANzxDAAg6RMAJPIMAHDyDAB68gwAyPIMANDyDAAg8wwAJ/MMAHjzDAB+8wwA0PMMAN7zDAAo9AwAQ/QMAID0DACM9AwA2PQMAN70DAAw9QwAOPUMAIj1DACW9QwA4PUMAO31DAA49gwAO/YMAJD2DACa9gwA6PYMAOr2DABA9wwATfcMAJj3DACn9wwA8PcMAPz3DABI+AwAUPgMAHjpEwCl+AwA+PgMAP74DABQ+QwAWPkMAKj5DADU+QwAAPoMAAf6DABY+gwAcfoMALD6DAC/+gwACPsMABH7DABg+wwAZvsMALj7DADJ+wwAEPwMADj8DABo/AwAlPwMAMD8DADH/AwAGP0MADH9DABw/QwAf/0MAMj9DADk/QwA0OkTACX+DAB4/gwAgv4MAND+DADg/gwAKP8MAC3/DACA/wwAif8MANj/DADl/wwAMAANADcADQCIAA0AlAANAOAADQDzAA0AOAENAEcBDQCQAQ0AnAENAOgBDQDpAQ0AQAINAEoCDQCYAg0ApgINAPACDQD1Ag0ASAMNAFUDDQAo6hMAsQMNAPgDDQD6Aw0AUAQNAFMEDQCoBA0AqwQNAAAFDQAHBQ0AWAUNAGQFDQCwBQ0AwAUNAAgGDQAYBg0AYAYNAGUGDQC4Bg0AwQYNABAHDQAdBw0AaAcNAG8HDQDABw0AzAcNABgIDQAeCA0AcAgNAHYIDQDICA0AzQgNACAJDQAmCQ0AMOsTAIIJDQDQCQ0A3gkNACgKDQA4Cg0AgAoNAIIKDQDYCg0A5woNADALDQA6Cw0AiAsNAJALDQA47BMA5gsNADgMDQBEDA0AkOwTAJUMDQDoDA0A8AwNAEANDQBQDQ0AmA0NAKYNDQDwDQ0A/Q0NAEgODQBPDg0AoA4NAKgODQBA7RMACQ8NAFAPDQBXDw0AqA8NALAPDQAAEA0ADRANAFgQDQBdEA0AsBANALoQDQAIEQ0AEBENAGARDQB5EQ0AuBENAMQRDQAQEg0AGBINAJjtEwB0Eg0AwBINAMMSDQAYEw0AHRMNAHATDQCBEw0AyBMNAOMTDQAgFA0ALBQNAHgUDQB/FA0A0BQNAOwUDQAoFQ0AMBUNAPDtEwCFFQ0A2BUNAOIVDQAwFg0AOBYNAIgWDQCKFg0AOOUOAJgWDQDgFg0A5RYNADgXDQBBFw0AkBcNAJ0XDQDoFw0A7xcNAEjuEwBJGA0AmBgNAKUYDQDwGA0A/xgNAEgZDQBSGQ0AoBkNAK4ZDQD4GQ0A/RkNAFAaDQBdGg0AqBoNALAaDQCg7hMAARsNAFgbDQBkGw0AsBsNAL0bDQAIHA0AFhwNAGAcDQBtHA0AuBwNAM8cDQAQHQ0AGB0NAGgdDQBuHQ0AwB0NAMwdDQAYHg0ANR4NAHAeDQB5Hg0AyB4NANYeDQAgHw0AJh8NAHgfDQCEHw0A0B8NANcfDQAoIA0AMCANAIAgDQCfIA0A+O4TAOkgDQAwIQ0APCENAIghDQCPIQ0A4CENAOghDQA4Ig0AQiINAJAiDQCVIg0A6CINAPAiDQBAIw0ARSMNAJgjDQCZIw0A8CMNAPwjDQBIJA0AVSQNAKAkDQCoJA0A+CQNAPskDQBQJQ0AWiUNAKglDQCuJQ0AACYNAAwmDQBYJg0AWiYNALAmDQDGJg0ACCcNACQnDQBgJw0AaCcNAFDvEwC9Jw0AECgNABgoDQBoKA0AaygNAMAoDQDJKA0AGCkNACcpDQBwKQ0AeykNAMgpDQDQKQ0AICoNADAqDQB4Kg0AhioNANAqDQDhKg0AKCsNADQrDQCAKw0AiCsNAKjvEwDeKw0AMCwNADgsDQCILA0AjywNAOAsDQDuLA0AOC0NAD4tDQCQLQ0AnC0NAOgtDQD3LQ0AQC4NAEouDQCYLg0AnS4NAPAuDQD2Lg0ASC8NAFwvDQAA8BMArC8NAPgvDQAFMA0AUDANAFMwDQCoMA0AtjANAAAxDQAFMQ0AWDENAGUxDQCwMQ0AuDENAFjwEwAQMg0AYDINAGYyDQC4Mg0AZzINALjtDQDEMg0AEDMNAC0zDQBoMw0AcTMNAMAzDQDOMw0AGDQNAB40DQBwNA0AfDQNAMg0DQDPNA0AsPATACE1DQCwyw0ALDUNAHg1DQAwNQ0AQMgNAIs1DQDQNQ0A2jUNACg2DQA0Ng0AgDYNAI02DQDYNg0A2zYNADA3DQA+Nw0AiDcNAI03DQDgNw0A7TcNADg4DQBAOA0ACPETAJY4DQDoOA0A9jgNAEA5DQBbOQ0AmDkNAKQ5DQDwOQ0A9jkNALjxEwBrOg0AEPITAKU6DQD4Og0ABTsNAFA7DQBdOw0AqDsNALQ7DQAAPA0ADzwNAFg8DQBiPA0AsDwNAL48DQAIPQ0ADT0NAGA9DQBtPQ0AuD0NANQ9DQAQPg0AGD4NAGjyEwBtPg0AwD4NAMY+DQAYPw0AID8NAHA/DQBxPw0AyD8NAM8/DQAgQA0AJUANAHhADQCAQA0A0EANAN5ADQAoQQ0AK0ENAIBBDQCIQQ0A2EENAOVBDQAwQg0ANUINAIhCDQCSQg0A4EINAOhCDQA4Qw0ASUMNAJBDDQCVQw0A6EMNAOpDDQBARA0AR0QNAJhEDQCkRA0A8EQNAPdEDQDA8hMAVEUNAKBFDQC9RQ0A+EUNAAFGDQBQRg0AXkYNAKhGDQCuRg0AAEcNAAxHDQBYRw0AX0cNALBHDQC4Rw0ACEgNAB5IDQBgSA0AZUgNALhIDQC/SA0AEEkNABlJDQBoSQ0AeUkNAMBJDQDMSQ0AGEoNACBKDQBw8xMAdkoNAMhKDQDNSg0AIEsNADtLDQB4Sw0AhksNANBLDQDXSw0AKEwNADRMDQCATA0Ag0wNANhMDQDgTA0AME0NADFNDQCITQ0Aik0NAOBNDQDvTQ0AOE4NAFhODQCQTg0Akk4NAOhODQD/Tg0AQE8NAExPDQCYTw0AoE8NAMjzEwD1Tw0ASFANAFBQDQCgUA0AsFANAPhQDQAGUQ0AUFENAGFRDQCoUQ0AtFENAABSDQADUg0AWFINAGBSDQCwUg0AvlINAAhTDQAVUw0AYFMNAGhTDQC4Uw0A8VMNACD0EwASVA0AaFQNAHZUDQDAVA0A0VQNAHj0EwAeVQ0AcFUNAHxVDQDQ9BMA5FUNAID1EwApVg0AeFYNAI5WDQDQVg0A1lYNAJhaDQDgVg0AKFcNACpXDQCAVw0AjlcNANhXDQDpVw0A2PUTADdYDQAw9hMAlFgNAOBYDQDjWA0AOFkNAEJZDQCQWQ0Ak1kNAOhZDQD6WQ0AQFoNAFxaDQCI9hMAoVoNAPBaDQD9Wg0ASFsNAFJbDQCgWw0ArlsNAPhbDQAOXA0AUFwNAFxcDQCoXA0AtFwNAABdDQAGXQ0AWF0NAF5dDQCwXQ0AtV0NAAheDQAOXg0A4PYTAGxeDQC4Xg0Au14NABBfDQAaXw0AaF8NAGtfDQDAXw0AyV8NABhgDQAmYA0AcGANAHpgDQDIYA0A1GANACBhDQAjYQ0AeGENAIphDQDQYQ0A7GENADj3EwA3Yg0AgGINAIViDQDYYg0A4WINADBjDQA9Yw0AiGMNAJJjDQDgYw0A8mMNADhkDQBUZA0AkPcTAJZkDQDoZA0A7mQNAEBlDQBFZQ0AmGUNAJ5lDQDo9xMA9WUNAEhmDQBRZg0AoGYNAKpmDQD4Zg0A+2YNAFBnDQBeZw0AqGcNAK9nDQAAaA0ADGgNAFhoDQBwaA0AsGgNALVoDQAIaQ0AGGkNAGBpDQB4aQ0AuGkNAMRpDQAQag0AI2oNAGhqDQBqag0AwGoNANZqDQAYaw0AGWsNAHBrDQCBaw0AyGsNANRrDQAgbA0AI2wNAHhsDQCQbA0A0GwNAN9sDQAobQ0ALW0NAIBtDQCJbQ0A2G0NAOVtDQAwbg0AOm4NAIhuDQCabg0A4G4NAPxuDQCY+BMAP28NABDdDwBCbw0AkG8NAJxvDQDobw0A628NAEBwDQBKcA0AmHANAJtwDQDwcA0A+XANAEhxDQBWcQ0AoHENAKpxDQD4cQ0ABHINAPD4EwBYcg0AqHINALhyDQAAcw0AAnMNAFhzDQBmcw0AsHMNAMFzDQBI+RMADnQNAGB0DQBsdA0AoPkTAMF0DQAQdQ0AJnUNAGh1DQB+dQ0AwHUNAMJ1DQAYdg0AHnYNAHB2DQCEdg0AyHYNAOB2DQAgdw0AMXcNAHh3DQCGdw0A0HcNAN13DQAoeA0ANHgNAIB4DQCSeA0A2HgNAPR4DQAweQ0AQnkNAFD6EwCJeQ0A4HkNAOx5DQA4eg0AR3oNAJB6DQCYeg0AqPoTAOp6DQBAew0ATnsNAJh7DQCpew0AAPsTAPd7DQBY+xMAUHwNAAj8EwChfA0AgJkNAKN8DQBAhg0ApHwNAFh+DQCmfA0AqIgNAKd8DQDQgg0AqXwNAJCbDQCsfA0A+HwNAK18DQDAgA0Ar3wNACiODQD+fA0AUH0NAFZ9DQCofQ0ArX0NAAB+DQAGfg0AYPwTAFp+DQCwfg0Atn4NAAh/DQAVfw0AaP0TAG1/DQC4fw0Az38NABCADQAsgA0AaIANAHCADQDA/RMAxYANABiBDQAigQ0AcIENAH6BDQDIgQ0A14ENACCCDQAsgg0AGP4TAICCDQBw/hMA3IINACiDDQApgw0AgIMNAIaDDQDYgw0A5IMNADCEDQA/hA0AiIQNAIqEDQDghA0A6oQNADiFDQBEhQ0AkIUNAJeFDQDI/hMA8IUNACD/EwBKhg0AmIYNAJ6GDQDwhg0A/oYNAEiHDQBXhw0AoIcNAKqHDQD4hw0AFIgNAFCIDQBYiA0AeP8TALSIDQAAiQ0AD4kNAFiJDQBdiQ0AsIkNAMuJDQAIig0AFIoNAGCKDQBmig0AuIoNALqKDQAQiw0AKYsNAGiLDQB5iw0AwIsNAMyLDQAYjA0AMIwNAHCMDQB8jA0AyIwNAM6MDQAgjQ0AJo0NAHiNDQB9jQ0A0I0NANaNDQDQ/xMALY4NAICODQCGjg0A2I4NAJaODQCokw0A5I4NADCPDQBIjw0AiI8NAIyPDQBAkQ0AlI8NAOCPDQDmjw0AOJANAD6QDQCQkA0AlZANAOiQDQDukA0A2AAUAEKRDQCYkQ0AnpENAPCRDQD9kQ0A4AEUAFWSDQCgkg0At5INAPiSDQAUkw0AUJMNAFiTDQA4AhQAqZMNAACUDQAOlA0AWJQNAGmUDQCwlA0AvJQNAAiVDQAglQ0AYJUNAGSVDQAYlw0AbJUNALiVDQC+lQ0AEJYNABaWDQBolg0AbZYNAMCWDQDGlg0AkAIUABqXDQBwlw0AdpcNAMiXDQDVlw0AmAMUAC2YDQB4mA0Aj5gNANCYDQDsmA0AKJkNADCZDQDwAxQAgpkNANiZDQDemQ0AMJoNADOaDQCImg0AlJoNAOCaDQD8mg0AOJsNAECbDQBIBBQAk5sNAOibDQD0mw0AQJwNAEacDQCYnA0AsJwNAPCcDQD0nA0AqJ4NAPecDQAgow0A/JwNAEidDQD9nA0AEKENAE6dDQCgnQ0App0NAPidDQD9nQ0AUJ4NAFaeDQCgBBQAqp4NAACfDQAGnw0AWJ8NAGWfDQCoBRQAvZ8NAAigDQAfoA0AYKANAHygDQC4oA0AwKANAAAGFAAVoQ0AaKENAHKhDQDAoQ0AzqENABiiDQAnog0AcKINAHyiDQBYBhQA0KINALAGFAAsow0AeKMNAHmjDQDQow0A1qMNACikDQA0pA0AgKQNAI+kDQDYpA0A2qQNADClDQA6pQ0AiKUNAJSlDQDgpQ0A56UNAAgHFABApg0AYAcUAJqmDQDopg0A9KYNAECnDQBWpw0AmKcNAKSnDQDwpw0AA6gNAEioDQBWqA0AoKgNAKqoDQC4BxQAAKkNABAIFABmqQ0AqKkNALSpDQAAqg0ADaoNAFiqDQBiqg0AsKoNALKqDQAIqw0AEqsNAGCrDQBuqw0AuKsNAL2rDQAQrA0AHawNAGisDQBwrA0AwKwNANCsDQAYrQ0AGq0NAHCtDQB5rQ0AyK0NANmtDQAgrg0AKq4NAGgIFACErg0A0K4NAOeuDQAorw0AQ68NAMAIFACZrw0A2K8NAN6vDQAwsA0AOrANABgJFACKsA0A4LANAPGwDQA4sQ0AQLENAJCxDQBUsQ0A0NoNAJyxDQDosQ0A7rENAECyDQBGsg0AmLINAJ2yDQDwsg0A9rINAHAJFABksw0AoLMNAKizDQB4ChQABrQNAFC0DQBhtA0AqLQNALm0DQAAtQ0ADLUNAFi1DQBftQ0A0AoUAMG1DQAItg0AGbYNAGC2DQBstg0AuLYNAL+2DQAoCxQAErcNAGi3DQBptw0AwLcNAMi3DQAYuA0AHbgNAHC4DQB5uA0AyLgNANK4DQAguQ0AKLkNAHi5DQB9uQ0A0LkNAOC5DQAoug0AMLoNAIC6DQCWug0A2LoNAOS6DQAwuw0ARrsNAIi7DQCNuw0A4LsNAOa7DQA4vA0ATLwNAIALFACmvA0A6LwNAPa8DQBAvQ0ATb0NAJi9DQCavQ0A8L0NAPq9DQBIvg0AVL4NAKC+DQCnvg0A+L4NAAC/DQBQvw0Aab8NAKi/DQC8vw0AAMANAAjADQBYwA0AWsANALDADQC9wA0ACMENAA3BDQBgwQ0AasENALjBDQDDwQ0AEMINABzCDQBowg0AbsINAMDCDQDIwg0AGMMNABnDDQBwww0AdsMNAMjDDQDNww0AIMQNAC/EDQB4xA0AhMQNANDEDQDTxA0AKMUNACvFDQDYCxQAhcUNANjFDQD0xQ0AMAwUAFDGDQCIxg0AkMYNAIgMFADmxg0AOMcNAETHDQDgDBQAlscNAOjHDQD0xw0ASA8UAELIDQCYyA0AosgNAPDIDQDyyA0ASMkNAFnJDQCgyQ0AqMkNAPjJDQAEyg0AUMoNAFbKDQCoyg0ArsoNAADLDQAFyw0AWMsNAF7LDQCgDxQAsssNAAjMDQAOzA0AYMwNAGPMDQC4zA0AxMwNABDNDQAYzQ0AqBAUAG7NDQDAzQ0Axs0NABjODQAdzg0AcM4NAHbODQAAERQAys4NACDPDQApzw0AeM8NAI/PDQDQzw0A288NACjQDQAy0A0AgNANAIjQDQAIEhQA5dANADDRDQA40Q0AiNENAJLRDQDg0Q0A69ENADjSDQA+0g0AkNINAJzSDQDo0g0A6tINAEDTDQBH0w0AmNMNAKDTDQDw0w0AAtQNAGASFACI1A0AoNQNAKjUDQD41A0AG9UNAGgTFABS1Q0AqNUNALXVDQAA1g0AB9YNAFjWDQBp1g0AsNYNALzWDQAI1w0AD9cNAGDXDQBh1w0AEPkNAGjXDQDAExQAy9cNABDYDQAf2A0AaNgNAHTYDQDA2A0AwdgNABjZDQAi2Q0AcNkNAH7ZDQDI2Q0AzdkNACDaDQAt2g0AGBQUAIDaDQBwFBQA2NoNAMgUFAA22w0AgNsNAI/bDQDY2w0A+NsNADDcDQA83A0AiNwNAI/cDQDg3A0A6NwNADjdDQA63Q0AkN0NAJrdDQDQFRQA8t0NAEDeDQBI3g0AKBYUAKLeDQDw3g0A+N4NAIAWFACJ3w0AoN8NAKjfDQD43w0AFuANANgWFABV4A0AgNgOAFzgDQBw2xAAXuANAKjgDQCv4A0A4NYPALjgDQAA4Q0AEOENAFjhDQBk4Q0AsOENALbhDQAI4g0AJOINAGDiDQBo4g0AMBcUAMziDQAQ4w0AGuMNAGjjDQB04w0AwOMNAMjjDQCIFxQAI+QNAHDkDQBy5A0AyOQNAM7kDQAg5Q0AKOUNAOAXFAB65Q0A0OUNANPlDQAo5g0AMOYNAIDmDQCQ5g0A2OYNANrmDQAw5w0APucNAIjnDQCZ5w0AOBgUAOfnDQCQGBQAPugNAJDoDQCV6A0A6OgNAO7oDQDoGBQASukNAJjpDQCa6Q0A8OkNAAPqDQBI6g0AUOoNAKDqDQCs6g0A+OoNAP7qDQBQ6w0AVusNAKjrDQCt6w0AAOwNAAbsDQDwGRQAYewNALDsDQC97A0ACO0NAA/tDQBg7Q0AaO0NAEgaFADE7Q0AEO4NABruDQBo7g0AdO4NAMDuDQDP7g0AGO8NACLvDQBw7w0AfO8NAMjvDQDP7w0AoBoUACPwDQAQuRAAJvANAHjwDQAv8A0AEMcPADHwDQAY4Q4AhPANANDwDQDY8A0A+BoUADTxDQCA8Q0AivENANjxDQDk8Q0AMPINAD/yDQCI8g0AkvINAODyDQDs8g0AOPMNAD/zDQBQGxQAnvMNAOjzDQCw8w0A6LYPAP/zDQBA9A0ATfQNAJj0DQCa9A0A8PQNAAH1DQBI9Q0AZPUNAKD1DQCo9Q0AqBsUABH2DQBQ9g0AZPYNAKj2DQCw9g0AAPcNAAP3DQBY9w0AZvcNALD3DQDH9w0ACPgNABX4DQBg+A0AYvgNALj4DQDJ+A0AABwUABb5DQBo+Q0AbfkNAMD5DQDW+Q0AGPoNACb6DQBw+g0Ac/oNAMj6DQDU+g0AIPsNACb7DQB4+w0AhPsNAND7DQD8+w0AKPwNADT8DQCA/A0Aj/wNANj8DQDi/A0AMP0NAD79DQCI/Q0Ajf0NAOD9DQDt/Q0AWBwUADr+DQCQ/g0Anv4NAOj+DQD1/g0AQP8NAFL/DQCwHBQAp/8NAPD/DQD8/w0ASAAOAGEADgCgAA4AogAOAPgADgAHAQ4AUAEOAHABDgCoAQ4AsAEOAAACDgAjAg4ACB0UAF0CDgCwAg4AswIOAAgDDgASAw4AYAMOAGgDDgC4Aw4AvgMOABAEDgAcBA4AaAQOAHcEDgDABA4AzAQOABgFDgAlBQ4AcAUOAHoFDgDIBQ4A0AUOACAGDgAvBg4AeAYOAHoGDgDQBg4A4QYOACgHDgA5Bw4AgAcOAIgHDgDYBw4A6QcOADAIDgAyCA4AiAgOAIsIDgDgCA4A6ggOADgJDgBcCQ4AkAkOAKwJDgBgHRQA7gkOAEAKDgBFCg4AmAoOAKcKDgDwCg4A/AoOAEgLDgBLCw4AoAsOAKMLDgD4Cw4AAAwOAFAMDgBfDA4AqAwOAK0MDgAADQ4AFg0OAFgNDgBZDQ4AsA0OAMENDgAIDg4AFA4OAGAODgBqDg4AuA4OAMQODgAQDw4AFw8OALgdFABsDw4AwA8OAM4PDgAYEA4AIhAOAHAQDgB7EA4AyBAOANAQDgAgEQ4ALBEOAHgRDgCLEQ4A0BEOAN4RDgAoEg4AMhIOAIASDgCIEg4A2BIOAOcSDgAwEw4ANRMOAIgTDgCPEw4A4BMOAOwTDgAQHhQARBQOAJAUDgCTFA4A6BQOAOsUDgBAFQ4AWhUOAJgVDgCkFQ4A8BUOAAMWDgBIFg4AVhYOAKAWDgCqFg4A+BYOABsXDgBoHhQAWhcOAKgXDgC0Fw4AABgOAAcYDgBYGA4AYBgOALAYDgC0GA4ACBkOABYZDgBgGQ4AahkOALgZDgDDGQ4AEBoOABgaDgBoGg4AdxoOAMAaDgDFGg4AGBsOAB8bDgBwGw4AfBsOAMgbDgDQGw4AwB4UADYcDgAAlhAAORwOAHgcDgCCHA4A0BwOANwcDgAoHQ4AKx0OAIAdDgCKHQ4A2B0OANsdDgAwHg4AQB4OAIgeDgCKHg4A4B4OAO4eDgA4Hw4ASR8OABgfFACXHw4AcB8UAAEgDgBAIA4ASiAOAJggDgCkIA4A8CAOAPMgDgBIIQ4AUiEOAMgfFAClIQ4A+CEOABgiDgBQIg4AWCIOACAgFAC2Ig4AACMOABYjDgBYIw4AZCMOALAjDgC3Iw4ACCQOABAkDgBgJA4AZSQOALgkDgDBJA4AECUOABolDgBoJQ4AcCUOAMAlDgDOJQ4AGCYOACUmDgBwJg4AeCYOAHggFADYJg4AICcOACgnDgDQIBQAfycOANAnDgDcJw4AKCgOAC8oDgCAKA4AiCgOANgoDgDiKA4AMCkOAD4pDgCIKQ4AnikOAOApDgDsKQ4AOCoOAD0qDgCQKg4AmSoOAOgqDgDyKg4AQCsOAEgrDgCYKw4AnSsOAPArDgAALA4ASCwOAFAsDgAoIRQAriwOAPgsDgAOLQ4AUC0OAFwtDgCoLQ4Ary0OAAAuDgAILg4AWC4OAF0uDgCwLg4AuS4OAAgvDgASLw4AYC8OAGgvDgC4Lw4Aui8OAMA7DgDGLw4AEDAOAB0wDgBoMA4AcDAOANghFADMMA4AGDEOABsxDgBwMQ4AejEOADAiFADWMQ4AIDIOADYyDgB4Mg4AhDIOANAyDgDXMg4AKDMOADAzDgCAMw4AhTMOANgzDgDhMw4AMDQOADo0DgCINA4AkDQOAOA0DgDiNA4AODUOAEg1DgCQNQ4AmjUOAOg1DgD0NQ4AQDYOAEY2DgDgIhQApjYOAPA2DgAGNw4ASDcOAFQ3DgCgNw4ApTcOAPg3DgABOA4AUDgOAFo4DgCoOA4AsDgOAAA5DgAiOQ4AOCMUAGc5DgCwOQ4AvDkOAAg6DgAJOg4AYDoOAGo6DgC4Og4AxjoOABA7DgAVOw4AaDsOAHU7DgCQIxQA0DsOABg8DgAiPA4AcDwOAHw8DgDIPA4AzjwOACA9DgAoPQ4AmCQUAH09DgDQPQ4A2D0OACg+DgA0Pg4AeEgOAEE+DgCAPg4AjD4OANg+DgDgPg4A8CQUAD0/DgCIPw4AkD8OAOA/DgDuPw4AOEAOAEVADgCQQA4Ak0AOAOhADgDyQA4AQEEOAEJBDgCYQQ4ApUEOAPBBDgD/QQ4ASEIOAFRCDgCgQg4AqEIOAEglFAAIQw4AUEMOAFhDDgCoQw4AtEMOAABEDgAGRA4AWEQOAF5EDgCwRA4AtUQOAAhFDgAORQ4AoCUUAG1FDgC4RQ4AvUUOABBGDgAaRg4AaEYOAHBGDgDARg4AzEYOABhHDgArRw4AcEcOAH5HDgDIRw4Ay0cOACBIDgAqSA4A+CUUAItIDgDQSA4A3kgOAChJDgArSQ4AgEkOAIpJDgBQJhQA3UkOADBKDgDmSQ4A0GkOADhKDgCISg4AlEoOAOBKDgDmSg4AOEsOAPNKDgBoZw4APksOAJBLDgCVSw4A6EsOAO5LDgCoJhQARkwOAJhMDgCdTA4A8EwOAPZMDgAAJxQAVk0OAKBNDgC7TQ4A+E0OAARODgBQTg4AV04OAFgnFACxTg4AAE8OAA1PDgBYTw4AZE8OALBPDgDDTw4ACFAOAAlQDgBgUA4AbFAOALhQDgDHUA4AEFEOABpRDgBoUQ4AdFEOAMBRDgDHUQ4AsCcUAB5SDgBwUg4AdlIOAMhSDgDNUg4AIFMOACZTDgBgKBQAgVMOANBTDgDdUw4AKFQOACxUDgCAVA4AglQOANhUDgDlVA4AMFUOADpVDgC4KBQAj1UOAOBVDgDoVQ4AOFYOAERWDgCQVg4Ao1YOAOhWDgD3Vg4AQFcOAExXDgCYVw4AmVcOAPBXDgD6Vw4ASFgOAFZYDgCgWA4ApVgOAPhYDgAFWQ4AECkUAFxZDgCoWQ4ArlkOAABaDgAGWg4AWFoOAF1aDgCwWg4AtloOAGgpFAANWw4AYFsOAGpbDgAYKhQAwFsOABBcDgAdXA4AaFwOAG1cDgDAXA4AylwOABhdDgAgXQ4AcF0OAHxdDgDIXQ4A210OACBeDgAhXg4AeF4OAIReDgDQXg4A314OAChfDgAyXw4AgF8OAIhfDgDYXw4A2l8OAHAqFAA5YA4AiGAOAJdgDgDgYA4A72AOADhhDgBEYQ4AkGEOAJNhDgDoYQ4A62EOAMgqFABCYg4AmGIOAJtiDgDwYg4A+GIOAEhjDgBVYw4AoGMOAKVjDgD4Yw4AAmQOAFBkDgBYZA4AqGQOALRkDgAAZQ4AE2UOAFhlDgBZZQ4AsGUOALxlDgAIZg4AF2YOAGBmDgBqZg4AuGYOAMRmDgAQZw4AF2cOACArFAB3Zw4AwGcOAMxnDgAYaA4AGWgOAHBoDgB6aA4AyGgOANZoDgAgaQ4AJWkOAHhpDgCFaQ4AeCsUAOFpDgDQKxQANWoOAIBqDgCOag4A2GoOAOlqDgAwaw4AUmsOACgsFACNaw4A4GsOAI5rDgBApA4A6GsOADhsDgA5bA4AsHAOADtsDgC4cQ4APWwOAKhvDgA+bA4AGHMOAD9sDgCgbg4AR2wOAJBsDgBRbA4AMHYOAJVsDgDobA4A9WwOAEBtDgBNbQ4AmG0OAKRtDgDwbQ4A/20OAEhuDgBSbg4AgCwUAK5uDgD4bg4A+m4OAFBvDgBhbw4A2CwUAKlvDgAAcA4ADHAOAFhwDgBlcA4AMC0UAL5wDgAIcQ4AFXEOAGBxDgB3cQ4AiC0UAMFxDgB4dA4AwnEOABByDgAScg4AaHIOAG5yDgDAcg4AynIOAOAtFAAkcw4AcHMOAHJzDgDIcw4A13MOACB0DgArdA4AOC4UAId0DgDQdA4A33QOACh1DgA0dQ4AgHUOAIx1DgDYdQ4A33UOAJAuFAA8dg4AiHYOAJB2DgDoLhQA+XYOADh3DgBJdw4AkHcOAJx3DgBALxQA73cOAEB4DgBIeA4AmHgOAJl4DgDweA4A9ngOAEh5DgBNeQ4AoHkOAKF5DgD4eQ4ABHoOAFB6DgBWeg4AqHoOALJ6DgAAew4ADnsOAICADgAUew4AWHsOAGB7DgCYLxQAwHsOAAh8DgAQfA4AYHwOAGl8DgC4fA4AbXwOAHh/DgDFfA4AEH0OABd9DgBofQ4AdH0OAMB9DgDQfQ4AGH4OACZ+DgBwfg4AfX4OAMh+DgDUfg4AIH8OACd/DgDwLxQAgX8OANB/DgDhfw4AKIAOADmADgBIMBQAjIAOANiADgDbgA4AMIEOADiBDgCIgQ4AjYEOAOCBDgDwgQ4AOIIOAECCDgCQgg4AmYIOAOiCDgCdgg4AqIUOAPWCDgBAgw4AR4MOAJiDDgCkgw4A8IMOAACEDgBIhA4AVoQOAKCEDgCthA4A+IQOAASFDgBQhQ4AV4UOAKAwFACxhQ4AAIYOABGGDgBYhg4AaYYOAPgwFAC1hg4ACIcOABWHDgBghw4AbIcOALiHDgDChw4AEIgOACSIDgBoiA4AaYgOAMCIDgDMiA4AGIkOADeJDgBwiQ4AeIkOAMiJDgDNiQ4AIIoOADmKDgB4ig4ApIoOANCKDgDcig4AKIsOADeLDgCAiw4AiosOANiLDgDgiw4AMIwOADuMDgCIjA4AiowOAOCMDgDjjA4AOI0OAECNDgCQjQ4AnY0OAOiNDgDtjQ4AQI4OAEiODgCYjg4Amo4OAPCODgD6jg4ASI8OAFKPDgCgjw4Apo8OAPiPDgAGkA4AUJAOAGmQDgCokA4AsZAOAACRDgAKkQ4AWJEOAGSRDgBQMRQAvJEOAAiSDgASkg4AYJIOAGuSDgC4kg4AvZIOABCTDgAXkw4AaJMOAHCTDgDAkw4A7ZMOAKgxFAAflA4AcJQOAHiUDgDIlA4A9ZQOACCVDgAllQ4AeJUOAHmVDgDQlQ4A2pUOACiWDgA2lg4AgJYOAIWWDgDYlg4A5ZYOADCXDgBMlw4AiJcOAKSXDgAAMhQA7ZcOADiYDgA8mA4AkJgOAJaYDgDomA4A6pgOAECZDgBBmQ4AmJkOALuZDgDwmQ4AFJoOAEiaDgB1mg4AoJoOAKiaDgD4mg4A/ZoOAFCbDgBdmw4AqJsOALCbDgAAnA4AApwOAFicDgBgnA4AsJwOAN2cDgAInQ4AFZ0OAGCdDgBlnQ4AuJ0OAMWdDgAQng4AHJ4OAGieDgCVng4AwJ4OAMieDgAYnw4AM58OAHCfDgBynw4AyJ8OANmfDgAgoA4AKaAOAHigDgCEoA4AWDIUAN2gDgAooQ4AQ6EOAIChDgCFoQ4A2KEOAPihDgAwog4APKIOAIiiDgCQog4AsDIUAO6iDgA4ow4AQqMOAJCjDgCbow4A6KMOAPCjDgBgMxQASaQOAJikDgCipA4A8KQOAPukDgBIpQ4AXKUOAKClDgC1pQ4A+KUOAACmDgBQpg4AZ6YOAKimDgCtpg4AAKcOAAqnDgBYpw4AYKcOALgzFACypw4ACKgOABmoDgBgqA4AY6gOALioDgDEqA4AEDQUAB6pDgBoqQ4AeakOAGg0FADDqQ4AGKoOABuqDgBwqg4AfKoOAMiqDgDOqg4AIKsOACqrDgDANBQAhasOANCrDgDnqw4AKKwOADCsDgAYNRQAhqwOANisDgDerA4AMK0OAEitDgCIrQ4Aiq0OAOCtDgDjrQ4AOK4OADuuDgCQrg4AnK4OAOiuDgDurg4AQK8OAEqvDgDINRQAna8OAPCvDgD9rw4AIDYUAFiwDgCgsA4ArLAOAPiwDgD+sA4AULEOAFyxDgCosQ4AXrEOAGDWEQC1sQ4AALIOAA+yDgBYsg4AZLIOALCyDgC4sg4AeDYUABCzDgBgsw4AYrMOALizDgDHsw4AELQOABq0DgBotA4AcbQOAMC0DgDCtA4AGLUOACm1DgBwtQ4AhbUOAMi1DgDQtQ4AILYOAGK2DgB4tg4AgLYOANC2DgDctg4AKLcOADu3DgCAtw4AgbcOANi3DgDktw4AMLgOAD+4DgCIuA4AkrgOAOC4DgDsuA4AOLkOAD+5DgAoNxQArLkOAIA3FADruQ4AQLoOAEi6DgCYug4ApboOAPC6DgD1ug4ASLsOAFK7DgCguw4AqLsOAPi7DgACvA4AcMAOAAi8DgCAwg4AJbwOAFC8DgBavA4AqLwOAGC8DgBgvg4ArrwOAAC9DgAJvQ4AWL0OAGS9DgCwvQ4A3b0OAAi+DgAkvg4AMDgUAGK+DgC4vg4Ayb4OABC/DgATvw4AaL8OAHS/DgDAvw4A7b8OABjADgA0wA4AiDgUAHbADgDIwA4A0cAOACDBDgAqwQ4AeMEOAIPBDgDQwQ4A5MEOACjCDgBEwg4A4DgUAILCDgDYwg4A6cIOADDDDgAzww4AiMMOAJzDDgDgww4A/MMOADg5FABAxA4AkDkUAKrEDgDoORQA7cQOAEDFDgBZxQ4AmMUOAKLFDgDwxQ4A8sUOAEjGDgBWxg4AoMYOAK3GDgD4xg4ABMcOAFDHDgBXxw4AqMcOALDHDgBAOhQACMgOAJg6FABkyA4AsMgOAM3IDgAIyQ4AEckOAGDJDgBuyQ4AuMkOAL7JDgAQyg4AHMoOAGjKDgBvyg4AwMoOAMjKDgAYyw4AIssOAHDLDgB8yw4AyMsOAMvLDgAgzA4AKswOAKA7FAB9zA4A0MwOAOvMDgAozQ4ANM0OAIDNDgCGzQ4A2M0OANrNDgAwzg4AR84OAIjODgCUzg4A4M4OAOjODgBQPBQASM8OAJDPDgCYzw4AqDwUAPTPDgBA0A4ARtAOAJjQDgCe0A4A8NAOAPXQDgBI0Q4ATtEOAAA9FACq0Q4A+NEOAADSDgCwPRQAVtIOAKjSDgCw0g4AANMOAA3TDgBY0w4AZNMOALDTDgCy0w4ACNQOAA7UDgBg1A4AaNQOAAg+FADF1A4AENUOABfVDgBo1Q4AcNUOAMDVDgDF1Q4AGNYOACjWDgBw1g4AeNYOAMjWDgDW1g4AINcOAC3XDgB41w4AedcOANDXDgDZ1w4AKNgOADLYDgBgPhQAjNgOANjYDgDb2A4AMNkOADjZDgCI2Q4AldkOAODZDgDl2Q4AONoOAELaDgCQ2g4AmNoOAOjaDgD02g4AQNsOAFPbDgCY2w4AptsOAPDbDgDz2w4ASNwOAFLcDgC4PhQApdwOAPjcDgAE3Q4AUN0OAFPdDgCo3Q4AsN0OAADeDgAN3g4AWN4OAF3eDgCw3g4Aut4OAAjfDgAQ3w4AYN8OAGzfDgC43w4Ay98OABDgDgAe4A4AaOAOAGvgDgDA4A4AyuAOABA/FAAe4Q4AcOEOAHzhDgDI4Q4AyuEOACDiDgAn4g4AeOIOAIziDgDQ4g4A2OIOACjjDgA04w4AgOMOAJPjDgDY4w4A5uMOADDkDgAz5A4AiOQOAJLkDgDg5A4A4+QOAGg/FABT5Q4AkOUOAJLlDgDo5Q4A9uUOAEDmDgBR5g4AmOYOAJrmDgDw5g4ACecOAEjnDgBZ5w4AoOcOAKznDgDAPxQAAegOAFDoDgBd6A4AqOgOALLoDgAA6Q4ADukOAFjpDgBu6Q4AsOkOALzpDgAI6g4AFOoOAGDqDgBz6g4AuOoOAMfqDgAQ6w4AHOsOAGjrDgBp6w4AwOsOAMrrDgAY7A4AJuwOAHDsDgB17A4AyOwOANXsDgAYQBQALu0OAHjtDgCO7Q4A0O0OANztDgAo7g4AL+4OAIDuDgCI7g4A2O4OAN3uDgAw7w4AOe8OAIjvDgCS7w4A4O8OAOjvDgA48A4APPAOAJDwDgCS8A4A6PAOAPbwDgBA8Q4ASvEOAJjxDgCm8Q4A8PEOAP3xDgBI8g4AX/IOAKDyDgCo8g4A+PIOAAjzDgBQ8w4AVfMOAKjzDgCu8w4AAPQOAAj0DgBY9A4AXfQOALD0DgCx9A4ACPUOABT1DgBg9Q4AZvUOALj1DgC69Q4AEPYOABr2DgBo9g4AdvYOAMD2DgDF9g4AGPcOACX3DgAgQRQAdvcOAMj3DgDN9w4AIPgOACb4DgB4QRQAffgOAND4DgDd+A4AKPkOADX5DgCA+Q4AjPkOANj5DgDn+Q4AMPoOADr6DgCI+g4AlvoOAOD6DgDl+g4AOPsOAEX7DgCQ+w4AmPsOAIBCFAD0+w4AQPwOAFD8DgCY/A4AofwOAPD8DgDz/A4ASP0OAFT9DgCg/Q4Ap/0OANhCFAD9/Q4AUP4OAF3+DgCo/g4Atf4OAAD/DgAM/w4AWP8OAGf/DgCw/w4Auv8OAAgADwAWAA8AYAAPAGUADwC4AA8AxQAPABABDwAYAQ8AMEMUAHQBDwDAAQ8A0AEPABgCDwAhAg8AcAIPAHMCDwDIAg8A1AIPACADDwAnAw8AiEMUAH0DDwDQAw8A2QMPAICKEgDdAw8AKAQPADUEDwCABA8AjAQPANgEDwDnBA8AMAUPADoFDwCIBQ8AlgUPAOAFDwDlBQ8AOAYPAEUGDwCQBg8AmAYPAOBDFAD0Bg8AQAcPAFAHDwCYBw8AoQcPAPAHDwDzBw8ASAgPAFQIDwCgCA8ApwgPADhEFAAPCQ8AUAkPAFYJDwCoCQ8AtAkPAAAKDwAXCg8AWAoPAFoKDwCwCg8AugoPAAgLDwAUCw8AYAsPAGwLDwC4Cw8AvgsPABAMDwAWDA8AaAwPAG0MDwDADA8AxgwPAJBEFAAmDQ8AcA0PAH0NDwDIDQ8A3w0PACAODwAoDg8AeA4PAHsODwDQDg8A3A4PACgPDwA5Dw8AgA8PAIwPDwDYDw8A5w8PADAQDwA6EA8AiBAPAJQQDwDgEA8A5xAPADgRDwBAEQ8AkBEPAJoRDwDoEQ8A9BEPAEASDwBDEg8AmBIPAKISDwDoRBQAChMPAEBFFABSEw8AoBMPAKITDwD4Ew8A/hMPAFAUDwBaFA8AqBQPALAUDwDwRRQAAxUPAICCEQALFQ8AWBUPAFkVDwCwFQ8AuhUPAAgWDwAzFg8ASEYUAHAWDwC4Fg8AuhYPABAXDwAeFw8AaBcPAHkXDwCgRhQAxhcPABgYDwAkGA8AcBgPAHIYDwDIGA8AyxgPACAZDwAlGQ8AeBkPAIUZDwDQGQ8A7BkPACgaDwAwGg8AUEcUAI0aDwDYGg8A8xoPADAbDwAyGw8AiBsPAJkbDwDgGw8A7hsPADgcDwA/HA8AkBwPAJgcDwDoHA8A7RwPAEAdDwBJHQ8AmB0PAKIdDwDwHQ8A8R0PAEgeDwBRHg8AoB4PAKoeDwD4Hg8AAB8PAFAfDwBgHw8AqB8PAK4fDwAAIA8ABSAPAFggDwBuIA8AsCAPALggDwAIIQ8ACyEPAGAhDwAXIQ8AwCIPAIAhDwC4IQ8AxiEPABAiDwARIg8AqEcUAHgiDwAASBQA0SIPABgjDwAkIw8AcCMPAHIjDwDIIw8A1SMPAFhIFAAmJA8AeCQPAJgkDwDQJA8A2CQPALBIFADcJA8AQD4PACslDwCAJQ8AiiUPAAhJFADhJQ8AMCYPAEYmDwCIJg8AniYPAOAmDwDiJg8AOCcPAD4nDwCQJw8ApCcPALhJFAD1Jw8AEEoUAEcoDwCYKA8AoCgPAPAoDwD6KA8ASCkPAFQpDwCgKQ8AoykPAPgpDwACKg8AaEoUAFkqDwCoKg8AvioPAAArDwAWKw8AWCsPAForDwCwKw8AtisPAAgsDwAcLA8AGEsUAGIsDwC4LA8AcCwPAHjZEQDYLA8AcEsUABctDwBoLQ8AcC0PAMAtDwDKLQ8AGC4PACQuDwBwLg8Acy4PAMguDwDSLg8AyEsUACkvDwB4Lw8Aji8PANAvDwDmLw8AKDAPACowDwCAMA8AhjAPANgwDwDsMA8AeEwUADIxDwCIMQ8AljEPAOAxDwDxMQ8A0EwUAD8yDwAoTRQAnDIPAOgyDwDrMg8AQDMPAEozDwDYTRQAoTMPAPAzDwAGNA8ASDQPAF40DwCgNA8AojQPAPg0DwD+NA8AUDUPAGQ1DwCIThQAtDUPAAA2DwACNg8AWDYPAHg2DwDgThQAujYPAAg3DwAUNw8AYDcPAGM3DwC4Nw8AwjcPADhPFAAZOA8AaDgPAH44DwDAOA8A1jgPABg5DwAaOQ8AcDkPAHY5DwDIOQ8A3DkPAOhPFAAkOg8AeDoPAIA6DwDQOg8A2joPACg7DwA0Ow8AgDsPAIM7DwDYOw8A4jsPAEBQFAA5PA8AiDwPAJ48DwDgPA8A9jwPADg9DwA6PQ8AkD0PAJY9DwDoPQ8A/D0PAPBQFABHPg8AmD4PAKA+DwDwPg8A+j4PAEg/DwBUPw8AoD8PAKM/DwD4Pw8AAkAPAEhRFABZQA8AqEAPAL5ADwAAQQ8AFkEPAFhBDwBaQQ8AsEEPALZBDwAIQg8AHEIPAPhRFABoQg8AuEIPAHxCDwAosBQAvkIPAJBmEADIQg8AEEMPAMlCDwC4zhAA0UIPAADNEAASQw8AaEMPAHZDDwDAQw8A0UMPAFBSFAAfRA8AqFIUAHlEDwCIRBAAfEQPAMhEDwDLRA8AIEUPAClFDwB4RQ8AiUUPANBFDwDaRQ8AKEYPADBGDwCARg8AREYPAKiVEACDRg8A2EYPAOFGDwAwRw8ARkcPAIhHDwCeRw8A4EcPAOJHDwA4SA8APkgPAJBIDwCkSA8AAFMUABBJDwBASQ8AaEkPAFhTFACeSQ8AmDAQAKRJDwBQSw8ApUkPAFAyEACnSQ8ASDEQAKhJDwDwSQ8A8kkPAEhKDwBWSg8AoEoPALFKDwCwUxQAAEsPAAhUFABWSw8AqEsPAK5LDwAATA8ABUwPAFhMDwBeTA8AYFQUALxMDwAITQ8AEE0PABBVFABsTQ8AuE0PAMJNDwAQTg8AGU4PAGhODwBpTg8AwE4PAMhODwAYTw8AHU8PAHBPDwCATw8AwFUUANRPDwAgUA8AIlAPAHhQDwB+UA8A0FAPANdQDwAoUQ8ALVEPAIBRDwCEUQ8A2FEPAOVRDwAwUg8AOFIPAIhSDwCNUg8A4FIPAPBSDwAYVhQASVMPAJBTDwCcUw8A6FMPAPdTDwBAVA8ASlQPAJhUDwCmVA8A8FQPAP1UDwBIVQ8AX1UPAHBWFACjVQ8AIFcUAPtVDwBQVg8A/1UPAGBqFABYVg8AqFYPANBWDwAAVw8AKFcPAFhXDwCAVw8AeFcUALlXDwAIWA8ACVgPAGBYDwBvWA8AuFgPAHZYDwBwWg8AyVgPABBZDwASWQ8AaFkPAGtZDwDAWQ8Aw1kPABhaDwAgWg8AgFgUAHVaDwDIWg8Az1oPACBbDwApWw8AeFsPAIlbDwDQWw8A3FsPAChcDwAwXA8A2FgUAIZcDwDYXA8A31wPADBdDwA1XQ8AiF0PAIxdDwDgXQ8A7V0PADheDwBHXg8AkF4PAKFeDwDoXg8A6l4PAEBfDwBDXw8AmF8PAJtfDwDwXw8A+F8PADBZFABNYA8AkKsPAFNgDwA4uxEAVGAPAKBgDwCjYA8A+GAPAAJhDwCIWRQAWWEPAKhhDwC3YQ8AAGIPAA9iDwBYYg8AZGIPALBiDwCzYg8ACGMPAAtjDwDgWRQAY2MPALhjDwDgYw8AOFoUABhkDwCQWhQAcGQPAOhaFADOZA8AGGUPACllDwBwZQ8AfGUPAMhlDwDrZQ8AIGYPACNmDwB4Zg8AnGYPANBmDwDYZg8AmFsUACpnDwCAZw8AjmcPANhnDwDpZw8A8FsUADdoDwBIXBQAkGgPAPhcFADlaA8AOGkPAEVpDwCQaQ8Ak2kPAOhpDwDtaQ8AQGoPAFFqDwCYag8ApGoPAFBdFAD1ag8ASGsPAFlrDwCgaw8ArGsPAPhrDwASbA8AUGwPAFRsDwBgbg8AV2wPAMhwDwBabA8AKHIPAFxsDwBobw8AXmwPAFhtDwBhbA8AqGwPAK1sDwAAbQ8AF20PAKhdFABlbQ8AsG0PAMBtDwAIbg8ADW4PAABeFABibg8AuG4PAL5uDwAQbw8AHW8PAFheFABubw8AwG8PAMZvDwAYcA8AHXAPAHBwDwB2cA8AsF4UANRwDwAgcQ8AOXEPAHhxDwCBcQ8A0HEPAOdxDwAIXxQALnIPAIByDwCCcg8A2HIPAOdyDwAwcw8APHMPAGBfFACKcw8A4HMPAPFzDwA4dA8ARnQPAJB0DwCXdA8A6HQPAOp0DwBAdQ8ASnUPAJh1DwCmdQ8A8HUPAPV1DwBIdg8AVXYPAKB2DwCodg8A+HYPAPx2DwBQdw8AUncPAKh3DwCudw8AAHgPAA14DwC4XxQAZXgPALB4DwDHeA8ACHkPACR5DwAQYBQAbHkPALh5DwC5eQ8AEHoPABZ6DwBoeg8AdHoPAMB6DwDPeg8AGHsPABp7DwBwew8AensPAMh7DwDWew8AIHwPACV8DwB4fA8AhXwPANB8DwDYfA8AKH0PACx9DwCAfQ8Agn0PANh9DwDefQ8AMH4PAD1+DwBoYBQAlX4PAOB+DwD3fg8AOH8PAFR/DwDAYBQAmX8PAOh/DwD2fw8AQIAPAEqADwCYgA8ApIAPAPCADwDzgA8ASIEPAGSBDwCggQ8AqIEPABhhFAAEgg8AUIIPAFOCDwCogg8AsoIPAMhhFAAJgw8AWIMPAGaDDwCwgw8AuoMPAAiEDwAUhA8AYIQPAGiEDwB4YhQAuoQPABCFDwAehQ8AaIUPAHmFDwDQYhQAx4UPAChjFAAdhg8AcIYPAHiGDwDIhg8AzoYPACCHDwAphw8AeIcPAIWHDwDYYxQA1YcPACiIDwDchw8A4IkPADGIDwCAiA8AiogPANiIDwDgiA8AMIkPAHeJDwCIiQ8AkIkPADBkFADmiQ8AOIoPAD6KDwCQig8AmIoPAOiKDwAviw8AQIsPAEiLDwCIZBQAoIsPAOBkFAD5iw8ASIwPAFaMDwCgjA8AqowPAPiMDwAEjQ8AUI0PAFONDwCojQ8AsI0PAJBlFAAMjg8AWI4PAFuODwCwjg8Auo4PAOhlFAAQjw8AQGYUAG6PDwC4jw8AyY8PABCQDwAckA8AaJAPAGuQDwCYZhQACZEPABiRDwBhkQ8A8GYUAICRDwDIkQ8AypEPACCSDwAukg8AeJIPAImSDwBIZxQA7JIPACiTDwAwkw8AoGcUAIiTDwD4ZxQA3pMPAEgQEADrkw8AMJQPAD+UDwCIlA8AlJQPAOCUDwDhlA8AOJUPAEKVDwCQlQ8AnpUPAOiVDwDtlQ8AQJYPAE2WDwBQaBQAppYPAPCWDwD9lg8ASJcPAFCXDwCoaBQArJcPAPiXDwAkmA8AUJgPAFyYDwComA8At5gPAACZDwAKmQ8AWJkPAGaZDwCwmQ8AtZkPAAiaDwAVmg8AYJoPAGiaDwC4mg8AxpoPABCbDwAdmw8AaJsPAHCbDwAAaRQAwpsPAKDLEADOmw8AGJwPACKcDwBwnA8AfJwPAMicDwDPnA8AIJ0PACidDwB4nQ8AfJ0PANCdDwDenQ8AKJ4PADKeDwCAng8Ai54PANieDwDgng8AMJ8PADKfDwCInw8AkJ8PAOCfDwDtnw8AOKAPAD2gDwCQoA8AnaAPAOigDwAGoQ8AQKEPAHGhDwCYoQ8ApKEPAPChDwD2oQ8ASKIPAE2iDwCgog8AqKIPAPiiDwAEow8AUKMPAGOjDwCoow8AtqMPAACkDwAKpA8AWKQPAGCkDwCwpA8Av6QPAAilDwANpQ8AYKUPAGelDwC4pQ8AxKUPABCmDwAspg8AaKYPAHCmDwBYaRQAwqYPABinDwAmpw8AcKcPAH2nDwDIpw8A1qcPACCoDwAtqA8AeKgPAI+oDwDQqA8A2KgPACipDwA2qQ8AgKkPAI2pDwDYqQ8A4KkPAAhqFAA+qg8AiKoPAImqDwC4ahQA7KoPADirDwA/qw8AEGsUAJerDwDoqw8A7asPAGhrFABIrA8AwGsUAKCsDwDwrA8A16wPAABZEgDxrA8AwAkQAPOsDwDQCxAA+awPAEitDwD6rA8AYAgQAACtDwDIChAADq0PANDvEQBVrQ8AoK0PAKutDwD4rQ8A+q0PAFCuDwBdrg8AqK4PAK+uDwAArw8AEa8PAFivDwBkrw8AsK8PALevDwAIsA8AELAPABhsFABmsA8AuLAPAL6wDwAQsQ8AFbEPAGixDwBusQ8AcGwUAMyxDwAYsg8AIrIPAHCyDwB0sg8AyLIPANSyDwAgsw8ALLMPAHizDwCFsw8A0LMPANizDwAotA8AMrQPAIC0DwCMtA8A2LQPANu0DwAwtQ8AOrUPACBtFACKtQ8A4LUPAOO1DwA4tg8AO7YPANBtFACYtg8AKG4UAPa2DwBAtw8AQbcPAIBuFACgtw8A2G4UAPW3DwBIuA8AT7gPAKC4DwCluA8AMG8UAAC5DwCIbxQAWLkPAKi5DwCyuQ8AALoPAAu6DwBYug8AZroPALC6DwCzug8ACLsPABC7DwBguw8AarsPALi7DwDEuw8AELwPABO8DwBovA8AcrwPAOBvFADOvA8AGL0PAC69DwBwvQ8AfL0PAMi9DwDPvQ8AIL4PACi+DwB4vg8Afb4PANC+DwDZvg8AKL8PADK/DwCAvw8AiL8PANi/DwDavw8AMMAPAEDADwCIwA8AksAPAODADwDswA8AOMEPAD7BDwCQwQ8AmMEPAJBwFAD2wQ8AQMIPAEHCDwDocBQAncIPAEBxFADywg8ASMMPAEnDDwCgww8Ao8MPAPjDDwADxA8AUMQPAFXEDwCoxA8AssQPAJhxFAAkxQ8AWMUPAGDFDwDwcRQAssUPAAjGDwAZxg8AYMYPAHHGDwC4xg8Au8YPAEhyFAAWxw8AaMcPAG3HDwDAxw8Aw8cPABjIDwAbyA8AcMgPAHjIDwCgchQA1sgPACDJDwAjyQ8AeMkPAIPJDwDQyQ8A3MkPACjKDwAvyg8AgMoPAIjKDwDYyg8A4soPAKi2EADmyg8AMMsPAD3LDwCIyw8AkMsPAPhyFADsyw8AOMwPADvMDwCQzA8AmswPAOjMDwDwzA8AUHMUAEzNDwCYzQ8Ans0PAPDNDwD6zQ8ASM4PAFzODwCgzg8AqM4PAKhzFAAFzw8AUM8PAFjPDwCozw8Aq88PAADQDwAM0A8AWNAPAGLQDwCw0A8AudAPAAjRDwAJ0Q8AYNEPAHjRDwC40Q8AutEPABDSDwAh0g8AaNIPAHnSDwDA0g8AyNIPABjTDwAn0w8AcNMPAHLTDwDI0w8A2dMPACDUDwAx1A8AeNQPAJHUDwDQ1A8A0tQPACjVDwA31Q8AgNUPAKDVDwBYdBQA2tUPADDWDwBQ1g8AiNYPAJzWDwC4dRQA6NYPADjXDwBF1w8AkNcPAJXXDwDo1w8A8tcPAEDYDwBI2A8AmNgPAJ7YDwDw2A8A+dgPAEjZDwBV2Q8AEHYUAKzZDwD42Q8A/tkPAFDaDwBW2g8AqNoPALHaDwAA2w8AAdsPAFjbDwBi2w8AsNsPALzbDwAI3A8AD9wPAGh2FABo3A8AwHYUAMDcDwAYdxQAGt0PAGjdDwBw3Q8AwN0PAM/dDwAY3g8AKd4PAHDeDwBy3g8AyN4PAMveDwAg3w8AI98PAHjfDwCg3w8A0N8PAOLfDwAo4A8ANOAPAIDgDwCG4A8A2OAPAN7gDwAw4Q8ANeEPAIjhDwCO4Q8AcHcUAALiDwDIdxQAROIPAJDiDwCg4g8A6OIPAO3iDwBA4w8ARuMPAJjjDwCk4w8A8OMPAPjjDwAgeBQAWeQPAKDkDwCx5A8A+OQPAArlDwBQ5Q8AWOUPAKjlDwCz5Q8AAOYPAAXmDwBY5g8AXeYPALDmDwDQ5g8AeHgUABjnDwBg5w8AaucPALjnDwDE5w8AEOgPABboDwBo6A8AcOgPAMDoDwDC6A8AGOkPAMzoDwDw7g8AKekPAHDpDwCB6Q8AyOkPANrpDwAg6g8AKOoPAHjqDwCD6g8A0OoPANXqDwAo6w8ALesPAIDrDwCg6w8A0HgUANrrDwAw7A8AP+wPAIjsDwCT7A8A4OwPAPLsDwA47Q8AQO0PAJDtDwCb7Q8A6O0PAO3tDwBA7g8ARe4PAJjuDwC47g8AKHkUAPLuDwBI7w8AV+8PAKDvDwCr7w8A+O8PAArwDwBQ8A8AWPAPAKjwDwCz8A8AAPEPAAXxDwBY8Q8AXfEPALDxDwDQ8Q8AgHkUABXyDwBg8g8Ad/IPANh5FADF8g8AEPMPACfzDwAwehQAdfMPAMDzDwDH8w8AGPQPACb0DwBw9A8AffQPAMj0DwDf9A8AiHoUACj1DwDgehQAevUPAND1DwDe9Q8AKPYPADn2DwA4exQAjfYPANj2DwDv9g8AkHsUADr3DwCI9w8AlPcPAOD3DwDj9w8AOPgPAEL4DwDoexQArPgPAEB8FADw+A8AmHwUAP34DwDwkBEASPkPAJj5DwCZ+Q8AYP0PAJv5DwBQ+w8An/kPAJgEEACi+Q8A8PkPAKf5DwBw/w8AqPkPAGj+DwD1+Q8A6AMQAPz5DwBI+g8AS/oPAKD6DwCq+g8A8HwUAAD7DwBIfRQAWfsPAKj7DwBw+w8AiAIQALb7DwAA/A8ACvwPAFj8DwBk/A8AsPwPALP8DwAI/Q8AEP0PAKB9FABi/Q8AuP0PALv9DwAQ/g8AE/4PAPh9FABq/g8AwP4PAM7+DwAY/w8AKf8PAKh+FABy/w8AyP8PANX/DwAgABAALwAQAHgAEACEABAA0AAQAOEAEAAoARAAOQEQAIABEACMARAA2AEQAN8BEAAwAhAAOAIQAFh/FACWAhAA4AIQAOECEACwfxQARAMQAJADEACXAxAACIAUAO8DEABABBAARQQQALiAFAChBBAA8AQQAPYEEABIBRAASgUQAKAFEACqBRAA+AUQAAYGEABQBhAAVQYQAKgGEAC1BhAAAAcQABgHEABYBxAAbgcQALAHEACzBxAACAgQABAIEABogRQAbAgQALgIEAC7CBAAEAkQABoJEADAgRQAcAkQABiCFADCCRAAGAoQABsKEABwChAAcwoQAHCCFADKChAAIAsQAC4LEAB4CxAAiQsQACCDFADZCxAAKAwQADYMEACADBAAQQwQAOAdEgCKDBAA2AwQAOQMEAAwDRAAMw0QAIgNEACQDRAA0IMUAPoNEAA4DhAAUg4QACiEFACVDhAAsBIQAJ4OEABgExAAoA4QAOgOEADqDhAAQA8QAE4PEACYDxAAqQ8QAICEFAD3DxAA2IQUAE4QEACgEBAApRAQAPgQEAD+EBAAMIUUAFYREACoERAArREQAAASEAAWEhAAWBIQAGASEADghRQA0BIQAAgTEAAQExAAOIYUAHcTEAC4ExAAxRMQABAUEAAVFBAAaBQQAG4UEADAFBAAzBQQABgVEAAfFRAAcBUQAHgVEADIFRAA6xUQAOiGFAAtFhAAeBYQAIcWEADQFhAA0hYQACgXEAAxFxAAgBcQAJcXEADYFxAA4xcQADAYEAA6GBAAiBgQAJAYEACYhxQA5hgQADgZEAA+GRAAkBkQAJUZEADoGRAA7hkQAPCHFABiGhAAmBoQAKAaEACgiBQA+RoQAEgbEABJGxAAoBsQAKgbEAD4GxAAAxwQAFAcEABVHBAAqBwQAK0cEAAAHRAAIB0QAPiIFABeHRAAsB0QALcdEAAIHhAADR4QAGAeEABkHhAAuB4QAMUeEAAQHxAAGB8QAGgfEABzHxAAwB8QAMUfEAAYIBAAHSAQAHAgEACQIBAAUIkUANcgEAAgIRAAKyEQAHghEACAIRAA0CEQANMhEAAoIhAA2iEQAEAlEAA0IhAAgCIQAIoiEADYIhAA4SIQADAjEAAxIxAAiCMQAJAjEADgIxAA6yMQADgkEAA9JBAAkCQQAJUkEADoJBAACCUQAKiJFABMJRAAmCUQAJolEADwJRAA9iUQAEgmEABPJhAAoCYQAKUmEAD4JhAA/CYQAFAnEABdJxAAqCcQALAnEAAAKBAACygQAFgoEABdKBAAsCgQALUoEAAIKRAAKCkQAACKFABoKRAAWIoUAMIpEAAQKhAAGSoQAGgqEABuKhAAwCoQAMwqEAAYKxAANisQAHArEABxKxAAyCsQAMorEAAgLBAALSwQAHgsEACGLBAA0CwQAN8sEAAoLRAARC0QAIAtEACILRAACIsUAOstEAAwLhAAMS4QAIguEACULhAA4C4QAO8uEAA4LxAAQi8QAJAvEACcLxAA6C8QAO8vEABgixQASDAQALiLFAChMBAA8DAQAP0wEAAQjBQATTEQAKAxEACtMRAA+DEQAAIyEABojBQAUjIQAKgyEAC+MhAAADMQAAwzEADAjBQAYDMQAKi+EQB2MxAAsDMQALgzEACIshAAzjMQAAg0EAAQNBAAYDQQACo0EABw4xEAYTQQABg2EABjNBAAeDcQAGw0EADI4xEAcDQQALg0EAC6NBAAEDUQAB41EABoNRAAeTUQABiNFADINRAAcI0UABo2EABwNhAAczYQAMg2EADLNhAAyI0UACg3EAAgjhQAgjcQADiSEACYNxAA0DcQAN43EAAoOBAAKTgQAHiOFACIOBAA0I4UAPs4EAAojxQAPTkQAIg5EACWORAA4DkQAOo5EAA4OhAAQDoQAJA6EACROhAAuD8QAKs6EABQPRAAvDoQAOg6EADxOhAAQDsQAEE7EACYOxAApjsQAPA7EAD6OxAASDwQAFQ8EACgPBAApjwQAPg8EAAUPRAAgI8UAFw9EABYDxEAXj0QAKg9EAC1PRAAAD4QAAo+EABYPhAAWj4QALA+EADHPhAACD8QABQ/EABgPxAAfD8QANiPFADJPxAAEEAQABJAEABoQBAAckAQAMBAEADQQBAAGEEQAB1BEABwQRAAdkEQAMhBEADeQRAAIEIQAChCEAB4QhAAe0IQANBCEADZQhAAKEMQADZDEACAQxAAikMQANhDEADkQxAAMEQQAExEEAAwkBQAlUQQAOBEEADoRBAAOEUQADtFEACooBAASEUQAJBFEACSRRAAoJ8QAJ5FEADoRRAA9UUQAEBGEABORhAAmEYQAJtGEADwRhAA+0YQAEhHEABURxAAoEcQAKdHEAD4RxAAAEgQAFBIEABSSBAAqEgQALhIEAAASRAACkkQAFhJEABkSRAAsEkQALZJEAAIShAAEEoQAIiQFABiShAAuEoQAMZKEAAQSxAAHUsQAGhLEAB0SxAAwEsQAMZLEAAYTBAAG0wQAHBMEAB4TBAAyEwQAMpMEADwURAAy0wQAIBOEADYTBAAIE0QACJNEADAVhAAJU0QAHhNEACBTRAA0E0QAN1NEAAoThAAL04QAOCQFACJThAAAFQQAIpOEAA4UBAAoE4QANhOEADmThAAME8QADFPEAA4kRQAlE8QAOBPEADnTxAAkJEUADpQEACQUBAAllAQAOhQEADyUBAAQFEQAExREACYURAAn1EQAOiRFAAJUhAASFIQAE1SEACgUhAAplIQAPhSEAACUxAAUFMQAFxTEACoUxAAr1MQAECSFAAPVBAAWFQQAGdUEACwVBAAvFQQAAhVEAALVRAAYFUQAGNVEAC4VRAAyFUQABBWEAAZVhAAaFYQAHlWEACYkhQAzlYQABhXEAApVxAA8JIUAHdXEABIkxQA0FcQACBYEAAiWBAASF0QACNYEADYWRAAMFgQAHhYEAB6WBAAGGIQAH1YEADQWBAA2VgQAChZEAA1WRAAgFkQAIdZEACgkxQA4VkQAFhfEADiWRAAkFsQAPhZEAAwWhAAPloQAIhaEACJWhAA+JMUAOxaEAA4WxAAP1sQAFCUFACSWxAA6FsQAO5bEABAXBAASlwQAJhcEACkXBAA8FwQAPdcEAColBQAYV0QAKBdEAClXRAA+F0QAP5dEABQXhAAWl4QAKheEAC0XhAAAF8QAAdfEAAAlRQAZ18QALBfEAC/XxAACGAQABRgEABgYBAAY2AQALhgEAC7YBAAEGEQACBhEABoYRAAcWEQAMBhEADRYRAAWJUUACZiEABwYhAAgWIQALCVFADPYhAACJYUAChjEAB4YxAAoWMQANBjEADYYxAAKGQQADhkEACAZBAAgmQQANhkEADmZBAAMGUQAEFlEABglhQAjmUQAOBlEADsZRAAuJYUAGZmEABolxQAmWYQAOhmEAD1ZhAAQGcQAFxnEACYZxAAoGcQAMCXFAABaBAASGgQAEpoEACgaBAAoWgQAPhoEAD7aBAAUGkQAFxpEACoaRAAr2kQAABqEAAcahAAWGoQAGBqEAAYmBQAvWoQAAhrEAAYaxAAYGsQAGVrEAC4axAA42sQAHCYFAAWbBAAyJgUAHBsEADAbBAAwWwQAGB2EADGbBAAgHQSAMpsEAAYbRAAzGwQAJBxEADQbBAA2G8QAN5sEADQeRAAHW0QAJhsEgAjbRAAcGcSACRtEABwbRAAc20QAMhtEADSbRAAIJkUAChuEAB4bhAAfm4QANBuEADZbhAAKG8QADVvEACAbxAAnG8QAHiZFADabxAAMHAQAN1vEABIeBIAPnAQAIhwEACZcBAA0JkUAOZwEAA4cRAARHEQACiaFACWcRAA6HEQAO5xEABAchAARXIQAJhyEACechAAMJsUAPdyEAA4nBQATXMQAKBzEACocxAA+HMQAAR0EABQdBAAY3QQAKh0EAC0dBAAAHUQAA91EABYdRAAYXUQALB1EAC6dRAACHYQABR2EADonBQAcXYQALh2EADEdhAAEHcQABJ3EABodxAAa3cQAMB3EADMdxAAGHgQACB4EABAnRQAfHgQAMh4EADYeBAAIHkQACx5EAB4eRAAfnkQAJidFADyeRAAKHoQADB6EACAehAAqnoQANh6EADjehAAMHsQADx7EACIexAAmXsQAOB7EADhexAA8J0UAD58EACQfBAAnXwQAEieFAD1fBAAQH0QAFd9EACYfRAAw30QAPB9EAD4fRAASH4QAFJ+EACgfhAArH4QAPh+EAD7fhAAUH8QAFp/EACgnhQAsH8QAACAEAAGgBAAWIAQAGGAEACwgBAAvYAQAAiBEAAkgRAA+J4UAGKBEAC4gRAAZ4EQAHiPEADFgRAAEIIQABeCEABoghAAaoIQAMCCEADGghAAGIMQAB+DEABwgxAAiIMQAMiDEADNgxAAIIQQANSDEADQhBAAKYQQAHiEEACChBAAUJ8UANaEEAAohRAALoUQAICFEACFhRAA2IUQAN6FEAConxQAMYYQAIiGEACZhhAA4IYQAOyGEAA4hxAAQocQAJCHEACchxAA6IcQAO+HEAAAoBQAQogQAJiIEABLiBAAqIQSAJuIEADwiBAAEIkQAEiJEABQiRAAWKAUALGJEAD4iRAA/4kQAFCKEABYihAAqIoQAKuKEABgjBAAuIoQAACLEAACixAAWIsQAGaLEACwixAAwYsQALCgFAAPjBAACKEUAGmMEAC4jBAAx4wQABCNEAAfjRAAaI0QAHSNEADAjRAAw40QABiOEAAbjhAAcI4QAICOEADIjhAA0Y4QACCPEAAxjxAAYKEUAH2PEADQjxAA2Y8QACiQEAAykBAAgJAQAIiQEADYkBAA9pAQADCREABOkRAAiJEQAKaREADgkRAA/pEQALihFAA/khAAkJIQAJWSEADokhAAnJIQAPCTEADxkhAAQJMQAEqTEACYkxAAtJMQABCiFAD2kxAASJQQAE6UEACglBAAvJQQAGiiFAAilRAAGKMUAHqVEABwoxQAsJUQAHikFAAWlhAAWJYQAFqWEACwlhAAtpYQAAiXEAAclxAAYJcQAGiXEAC4lxAA4pcQANCkFAAZmBAAaJgQAHWYEADAmBAAzpgQABiZEAAimRAAcJkQAIqZEADImRAA1ZkQACCaEAAsmhAAeJoQAIKaEADQmhAA2JoQACilFAAvmxAAgJsQAIibEACApRQArpsQAIimFADkmxAAMJwQADecEACInBAAkJwQANilFACknBAA+LQUAOKcEAA4nRAASZ0QAJCdEACYnRAA6J0QAPKdEABAnhAATJ4QAJieEACbnhAA8J4QAPqeEADgphQAZJ8QADinFACunxAA+J8QAAmgEACQpxQAV6AQAOinFACxoBAAAKEQAA+hEABYoRAAZ6EQALChEAC8oRAACKIQAAuiEABgohAAY6IQALiiEADIohAAEKMQABmjEABooxAAeaMQAECoFADCoxAAGKQQAMyjEADIpBAAG6QQAHCkEAB4pBAAmKgUAM6kEAAgpRAALKUQAHilEACApRAA8KgUANylEAAophAAK6YQAICmEACKphAASKkUAN2mEAAwpxAARqcQAIinEACJpxAA4KcQAPGnEAA4qBAARKgQAJCoEACaqBAA6KgQAPSoEACgqRQATKkQAJipEACbqRAA8KkQAPqpEABQqhQAS6oQAKCqEACjqhAA+KoQAASrEABQqxAAVqsQAKirEACyqxAAqKoUAAWsEABYrBAAZawQAACrFADMrBAACK0QABCtEABYqxQAaK0QALCrFADArRAACKwUABOuEABorhAAJ64QAOjcEQCIrhAAwK4QANSuEABgrBQAGa8QAHCvEAB2rxAAyK8QANSvEAAgsBAAL7AQAHiwEAB6sBAA0LAQANqwEAAosRAANLEQAICxEACHsRAAuKwUAOSxEAAQrRQAOLIQAGitFACLshAAmLQQAJiyEADgshAA4rIQADizEABGsxAAkLMQAKGzEACAsBQA77MQANiwFABItBAAMLEUALi0EADwtBAA/rQQAEi1EABJtRAAiLEUAKy1EAD4tRAA/7UQAOCxFABzthAA8LMUALS2EAAAtxAAA7cQAFi3EABitxAASLQUALi3EAAIuBAAFrgQAGC4EABtuBAAuLgQAMC4EACgtBQAE7kQAGi5EAB0uRAAwLkQAMa5EAAYuhAAIroQAFC1FAB1uhAAyLoQANW6EACotRQANbsQAHi7EACAuxAAALYUANK7EAAovBAANrwQAIC8EACRvBAAWLYUAN68EAAwvRAAPL0QALC2FACOvRAA4L0QAOa9EAA4vhAAPb4QAJC+EACWvhAAYLcUAPC+EABAvxAATL8QAJi/EACevxAA8L8QAPa/EABIwBAATcAQAKDAEACmwBAAyLkUAAfBEABQwRAAX8EQAKjBEACxwRAAAMIQAAbCEABYwhAAXsIQALDCEAC8whAACMMQAA/DEABgwxAAaMMQAHi6FADCwxAAEMQQABvEEABoxBAAdMQQAMDEEADGxBAAGMUQACDFEABwxRAAfMUQAMjFEADOxRAAIMYQACbGEAB4xhAAfcYQANDGEADWxhAA0LoUAC/HEACAxxAAjscQANjHEADlxxAAMMgQAEfIEACIyBAApMgQAODIEADoyBAAKLsUAEvJEACQyRAAkskQAOjJEAD+yRAAQMoQAEHKEACYyhAAqcoQAPDKEAD8yhAAgLsUAGTLEADYuxQAtssQAPjLEAD5yxAAUMwQAGHMEACozBAAtMwQADC8FAAFzRAAWM0QAF7NEACwzRAA0M0QAAjOEAAUzhAAYM4QAGfOEACIvBQAxM4QABDPEAASzxAAaM8QAIjPEADgvBQAx88QADi9FAAe0BAAcNAQAHXQEADI0BAAztAQAJC9FAAo0RAAQL4UAIDREACYvhQA2NEQAPC+FAAw0hAA+L8UAILSEADY0hAA5tIQADDTEABB0xAAUMAUAI/TEACowBQAA9QQALDBFAA91BAAkNQQAKDUEADo1BAA8NQQAEDVEABK1RAAmNUQAKTVEADw1RAA89UQAEjWEABS1hAACMIUAKXWEAC42RAArtYQAPjWEAAI1xAAUNcQAGDXEACo1xAA0NcQAADYEAAo2BAAWNgQAIDYEAC4whQAvNgQAAjZEAAK2RAAYNkQAIDZEADIxBQAxdkQABDaEAAc2hAAaNoQAJDaEADA2hAA6NoQABjbEABA2xAAIMUUAHPbEADI2xAA1NsQACDcEAAx3BAAeNwQAITcEADQ3BAA39wQACjdEAAy3RAAgN0QAIzdEADY3RAA390QADDHFAAx3hAA6N8QAEDeEACI3hAAit4QAODeEADu3hAAON8QAEnfEACIxxQAl98QAODHFADq3xAAQOAQAEPgEACY4BAAm+AQADjIFAD34BAAkMgUAFzhEACg4RAAquEQAPjhEAAE4hAAUOIQAFPiEACo4hAAsuIQAADjEAAa4xAAWOMQAF3jEACw4xAAueMQAAjkEAAS5BAAYOQQAG/kEAC45BAAveQQABDlEAAm5RAAaOUQAHTlEADA5RAAw+UQABjmEAAy5hAAcOYQAHzmEADI5hAA2+YQACDnEAAu5xAAeOcQAILnEADoyBQA1ucQACjoEAAx6BAAgOgQAIHoEADY6BAA4ugQADDpEAA86RAAiOkQAI/pEABAyRQA5ekQADjqEAA66hAAkOoQAJbqEADo6hAA7+oQAEDrEABO6xAAmOsQAKXrEADw6xAA+usQAEjsEABU7BAAoOwQAKbsEAD47BAA/uwQAFDtEABZ7RAAqO0QAKntEAAA7hAACu4QAJjJFABZ7hAAsO4QALHuEAAI7xAAFu8QAGDvEABt7xAAuO8QAM/vEAAQ8BAAGPAQAGjwEABq8BAAwPAQANDwEAAY8RAAIvEQAHDxEAB88RAAyPEQAM7xEAAg8hAAKPIQAPDJFACA8hAASMoUANjyEACgyhQAS/MQAPjKFACM8xAA2PMQANvzEAAw9BAAOvQQAIj0EACQ9BAAWMwUAO70EAA49RAAP/UQAJD1EACY9RAA6PUQAPX1EABA9hAARfYQAJj2EACi9hAA8PYQAPj2EABI9xAAWPcQAKD3EACu9xAA+PcQAAX4EABQ+BAAXvgQAKj4EACr+BAAAPkQAAv5EABY+RAAYPkQALD5EADJ+RAACPoQABT6EABg+hAAcPoQALj6EAC9+hAAEPsQABb7EABo+xAAdPsQAMD7EADI+xAAsMwUACL8EABw/BAAc/wQAMj8EADQ/BAAIP0QACH9EAB4/RAAev0QAND9EADW/RAAKP4QADT+EACA/hAAjf4QANj+EADi/hAAMP8QADj/EACI/xAAiv8QAOD/EADt/xAAOAARAD8AEQCQABEAmAARAOgAEQDsABEAQAERAEIBEQCYAREAmwERAPABEQD4AREASAIRAFcCEQCgAhEAogIRAPgCEQAFAxEAUAMRAF8DEQCoAxEAtAMRAAAEEQARBBEAWAQRAGkEEQCwBBEAvAQRAAgFEQAPBREAYAURAH8FEQAIzRQAzAURABAGEQARBhEAaAYRAHQGEQDABhEA3AYRABgHEQAgBxEAYM0UAHgHEQAQzhQA1AcRACAIEQAmCBEAeAgRAH4IEQDQCBEA6AgRACgJEQAyCREAgAkRAIwJEQDYCREA2wkRADAKEQA6ChEAiAoRAKAKEQDgChEA8AoRADgLEQA6CxEAkAsRAJ4LEQDoCxEA+QsRAGjOFABGDBEAmAwRAKQMEQDAzhQA/AwRAEgNEQBLDREAoA0RAKoNEQBwzxQA+g0RAFAOEQBeDhEAqA4RALkOEQAg0BQABw8RAHjQFABeDxEAsA8RALMPEQAIEBEAFhARAGAQEQBlEBEAuBARAMUQEQAQEREAGBERANDQFABqEREAwBERAM0REQAYEhEAJxIRAHASEQB2EhEAyBIRANQSEQAgExEAIhMRAHgTEQCCExEA0BMRAN4TEQAoFBEALRQRAIAUEQCNFBEA2BQRAOQUEQAwFREAQxURAIgVEQCXFREA4BURAOwVEQA4FhEAORYRAJAWEQCaFhEA6BYRAPYWEQBAFxEARRcRAJgXEQClFxEAKNEUAPoXEQBIGBEAVhgRAKAYEQCjGBEA+BgRAAgZEQBQGREAXhkRAKgZEQC0GREAABoRAAcaEQBYGhEAXxoRALAaEQC8GhEACBsRAAkbEQBgGxEAbBsRALgbEQDFGxEAEBwRABccEQBoHBEAdBwRAMAcEQDNHBEAGB0RACcdEQBwHREAhB0RAMgdEQDUHREAIB4RADMeEQB4HhEAhx4RANAeEQDcHhEAKB8RACkfEQCAHxEAih8RANgfEQDmHxEAMCARADUgEQCIIBEAlSARAIDRFADhIBEAOCERAEkhEQCQIREAniERAOghEQD3IREAQCIRAEIiEQCYIhEAoiIRAPAiEQD+IhEASCMRAE0jEQCgIxEArSMRAPgjEQAHJBEAUCQRAFUkEQCoJBEAtSQRAAAlEQAKJREAWCURAGQlEQCwJREAwyURAAgmEQASJhEAYCYRAGwmEQC4JhEAyyYRABAnEQAfJxEAaCcRAHQnEQDAJxEAwScRABgoEQAiKBEAcCgRAH4oEQDIKBEAzSgRACApEQAtKREA2NEUAH0pEQDQKREA3SkRACgqEQAyKhEAgCoRAIYqEQDYKhEA2ioRADArEQA9KxEAiCsRAIsrEQDgKxEA7isRADgsEQBELBEAkCwRAJ0sEQDoLBEA8iwRAEAtEQBPLREAmC0RAJ0tEQDwLREA/S0RAEguEQBVLhEAoC4RAKwuEQD4LhEABy8RAFAvEQBaLxEAqC8RALYvEQAAMBEABTARAFgwEQBlMBEAsDARALwwEQAIMREAGzERAGAxEQBvMREAuDERAMQxEQAQMhEAETIRAGgyEQByMhEAwDIRAM4yEQAYMxEAHTMRAHAzEQB9MxEAMNIUANszEQAgNBEALzQRAHg0EQCENBEA0DQRANE0EQAoNREAMjURAIA1EQCONREA2DURAN01EQAwNhEAPTYRAIjSFACbNhEA4DYRAO82EQA4NxEARDcRAJA3EQCRNxEA6DcRAPI3EQBAOBEATjgRAJg4EQCdOBEA8DgRAP04EQDg0hQASjkRAKA5EQCuOREA+DkRAAU6EQBQOhEAXDoRAKg6EQCuOhEAADsRABE7EQBYOxEAWjsRALA7EQC5OxEACDwRABU8EQBgPBEAbzwRALg8EQDDPBEAED0RABw9EQBoPREAez0RAMA9EQDPPREAGD4RACQ+EQBwPhEAcT4RAMg+EQDSPhEAID8RAC4/EQB4PxEAfT8RANA/EQDdPxEAONMUADVAEQCAQBEAjkARANhAEQDiQBEAMEERAD5BEQCIQREAikERAOBBEQDxQREAOEIRAEZCEQCQQhEAwUIRAOhCEQDqQhEAQEMRAEpDEQCYQxEApkMRAPBDEQD1QxEASEQRAFVEEQCgRBEArEQRAPhEEQALRREAUEURAF9FEQCoRREAtEURAABGEQABRhEAWEYRAGJGEQCwRhEAvkYRAAhHEQANRxEAYEcRAG1HEQCQ0xQAukcRABBIEQASSBEAaEgRAHdIEQDASBEAz0gRABhJEQAkSREAcEkRAHNJEQDISREAy0kRACBKEQAmShEAeEoRAIRKEQDQShEA00oRAChLEQAtSxEAgEsRAIlLEQDYSxEA3ksRADBMEQA/TBEAiEwRAJRMEQDgTBEA8EwRADhNEQA6TREAkE0RAJ5NEQDoTREA+U0RAOjTFABGThEAmE4RAKROEQBA1BQAA08RAEhPEQBXTxEAoE8RAKxPEQD4TxEA+U8RAFBQEQBaUBEAqFARALZQEQAAUREABVERAFhREQBlUREAmNQUALxREQAIUhEAElIRAGBSEQCMUhEAuFIRAL9SEQAQUxEAKVMRAGhTEQB3UxEAwFMRAM9TEQAYVBEAHVQRAHBUEQB9VBEAyFQRANVUEQAgVREALFURAHhVEQCHVREA0FURANpVEQAoVhEANlYRAIBWEQCFVhEA2FYRAOVWEQAwVxEAPFcRAIhXEQCbVxEA4FcRAO9XEQA4WBEARFgRAJBYEQCRWBEA6FgRAPJYEQBAWREATlkRAJhZEQCdWREA8FkRAP1ZEQDw1BQAWVoRAKBaEQCxWhEA+FoRAARbEQBQWxEAZ1sRAKhbEQCqWxEAAFwRABFcEQBYXBEAW1wRALBcEQC6XBEACF0RAApdEQBgXREAal0RALhdEQDEXREAEF4RABxeEQBoXhEAe14RAMBeEQDPXhEAGF8RACRfEQBwXxEAcV8RAMhfEQDSXxEAIGARAC5gEQB4YBEAfWARANBgEQDdYBEASNUUACphEQCAYREAimERANhhEQDgYREAoNUUAENiEQCIYhEAlGIRAOBiEQDvYhEAOGMRAEFjEQCQYxEAmmMRAOhjEQD2YxEAQGQRAEVkEQCYZBEApWQRAPBkEQD8ZBEASGURAFtlEQCgZREAr2URAPhlEQAEZhEAUGYRAFFmEQCoZhEAsmYRAABnEQAOZxEAWGcRAF1nEQCwZxEAvWcRAPjVFAAKaBEAYGgRAGpoEQC4aBEAwGgRAFDWFAAVaREAaGkRAH5pEQDAaREAwWkRABhqEQApahEAcGoRAHxqEQDIahEA0moRACBrEQAuaxEAeGsRAH1rEQDQaxEA3WsRAChsEQA0bBEAgGwRAJNsEQDYbBEA52wRADBtEQA8bREAiG0RAIltEQDgbREA6m0RADhuEQBGbhEAkG4RAJVuEQDobhEA9W4RAKjWFABCbxEAmG8RAKJvEQDwbxEA+G8RAADXFABecBEAoHARAKxwEQD4cBEA/XARAFBxEQBZcREAqHERALJxEQAAchEADHIRAFhyEQBrchEAsHIRAL9yEQAIcxEAFHMRAGBzEQBhcxEAuHMRAMJzEQAQdBEAHnQRAGh0EQBtdBEAwHQRAM10EQBY1xQAGnURAHB1EQB6dREAyHURANB1EQCw1xQALXYRAHh2EQCHdhEA0HYRANt2EQAodxEANHcRAIB3EQCPdxEA2HcRAPh3EQAweBEAPHgRAIh4EQCPeBEA4HgRAO54EQA4eREAPXkRAJB5EQCceREA6HkRAPt5EQBAehEAT3oRAJh6EQCkehEA8HoRAPF6EQBIexEAUnsRAKB7EQCuexEA+HsRAP17EQBQfBEAXXwRAAjYFACqfBEAAH0RAAp9EQBYfREAYH0RAGDYFADNfREACH4RABl+EQBgfhEAbH4RALh+EQDLfhEAEH8RAB9/EQBofxEAdH8RAMB/EQDBfxEAGIARACKAEQBwgBEAfoARAMiAEQDNgBEAIIERAC2BEQC42BQAeoERANCBEQDagREAKIIRADCCEQAQ2RQAnYIRANiCEQDpghEAMIMRADyDEQCIgxEAm4MRAOCDEQDvgxEAOIQRAESEEQCQhBEAkYQRAOiEEQDyhBEAQIURAE6FEQCYhREAnYURAPCFEQD9hREAaNkUAEqGEQCghhEAqoYRAPiGEQAAhxEAwNkUAGGHEQCohxEAvIcRAACIEQAEiBEAWIgRAFqIEQCwiBEAxIgRAAiJEQALiREAYIkRAH2JEQC4iREAyYkRABCKEQAcihEAaIoRAHuKEQDAihEAz4oRABiLEQAkixEAcIsRAHGLEQDIixEA0osRACCMEQAujBEAeIwRAH2MEQDQjBEA3YwRABjaFAAqjREAgI0RAIqNEQDYjREA4I0RAHDaFAA4jhEAiI4RAK6OEQDgjhEA6I4RADiPEQBIjxEAkI8RAJKPEQDojxEA9o8RAECQEQBRkBEAyNoUAJ+QEQAg2xQA+JARAEiREQBhkREAoJERAKmREQD4kREAApIRAFCSEQBYkhEAqJIRAKuSEQAgohEAspIRAPicEQC2khEAAJMRAA2TEQBYkxEAZ5MRALCTEQC1kxEACJQRAB6UEQBglBEAYZQRALiUEQDJlBEAEJURAByVEQBolREAcpURAMCVEQDMlREA0NsUACCWEQBwlhEAc5YRAMiWEQDolhEAIJcRAC6XEQB4lxEAeZcRACjcFADclxEAKJgRAC+YEQCA3BQAiJgRANjcFADemBEAMJkRADiZEQCImREAjpkRAOCZEQDumREAOJoRADuaEQCQmhEAsJoRAOiaEQD8mhEAMN0UAEqbEQCYmxEApJsRAPCbEQDzmxEASJwRAFKcEQCI3RQAzpwRAODdFAADnREAUJ0RAFydEQConREArp0RAACeEQAMnhEAWJ4RAGCeEQA43hQAvJ4RAAifEQAOnxEAYJ8RAGyfEQC4nxEAwJ8RAJDeFAAToBEAaKARAGugEQDAoBEAyaARABihEQAkoREAcKERAHOhEQDIoREA9qERAOjeFAAlohEAeKIRAI6iEQDQohEA3KIRACijEQAwoxEAQN8UAIyjEQDYoxEA26MRADCkEQA6pBEAmN8UAJCkEQDgpBEA5KQRADilEQBEpREAkKURAJalEQDopREA9KURAECmEQBIphEA8N8UALimEQDwphEA/qYRAEinEQBJpxEASOAUAKynEQD4pxEA/6cRAKDgFABkqBEAqKgRALCoEQAAqREAA6kRAFipEQBkqREAsKkRAMmpEQAIqhEACqoRAGCqEQBjqhEAuKoRAMKqEQAQqxEAHqsRAGirEQBqqxEAwKsRAM2rEQAYrBEAIKwRAHCsEQCJrBEAyKwRANSsEQAgrREAJq0RAHitEQCPrREA0K0RAOatEQAorhEAKq4RAICuEQCNrhEA2K4RAOWuEQAwrxEAOK8RAIivEQCKrxEA4K8RAO2vEQA4sBEAP7ARAJCwEQCYsBEA6LARAPewEQBAsREARbERAJixEQClsREA8LERAPqxEQBIshEATrIRAKCyEQCushEA+LIRABGzEQBQsxEAWbMRAKizEQCysxEAALQRAAW0EQBYtBEAXrQRALC0EQCztBEACLURACK1EQBQ4RQAaLURALi1EQDItREAELYRABK2EQBothEAdrYRAMC2EQDRthEAqOEUAB63EQBwtxEAfLcRAADiFADQtxEAILgRAEa4EQB4uBEAgLgRANC4EQDcuBEAKLkRAC65EQCAuREAhrkRANi5EQDduREAMLoRADa6EQCw4hQAkLoRAGDjFADouhEAaOQUAD67EQCQuxEAlbsRAOi7EQDsuxEAQLwRAE28EQDA5BQAnbwRAPC8EQD0vBEASL0RAEq9EQCgvREAub0RAPi9EQAJvhEAUL4RAFy+EQAY5RQAq74RAIDEEQC0vhEAAL8RABO/EQBYvxEAWb8RALC/EQC8vxEACMARABfAEQBgwBEAasARALjAEQDEwBEAEMERABfBEQBw5RQAcMERAMDBEQDCwREAIM4RAMPBEQDoxhEAxsERABjCEQDMwREAUMkRAM3BEQAIORIAJMIRAHDCEQB/whEAyMIRANTCEQAgwxEALsMRAHjDEQCTwxEA0MMRANzDEQAoxBEAL8QRAMjlFACNxBEA2MQRANrEEQAwxREAMcURAIjFEQCLxREA4MURAOvFEQA4xhEAPcYRAJDGEQCaxhEAIOYUAPXGEQBAxxEAQscRAJjHEQCZxxEA8McRAPPHEQBIyBEAU8gRAKDIEQClyBEA+MgRAALJEQB45hQAY8kRAKjJEQCpyREAAMoRAAzKEQBYyhEAZ8oRALDKEQC6yhEACMsRABTLEQBgyxEAZ8sRANDmFADAyxEAEMwRABLMEQBozBEAd8wRAMDMEQDKzBEAGM0RACHNEQBwzREAcs0RAMjNEQDZzREAgOcUAC/OEQB4zhEAgs4RANDOEQDZzhEAKM8RACrPEQCAzxEAkc8RANjPEQDgzxEAMNARAE7QEQCI0BEAkNARAODQEQDs0BEAONERAEvREQCQ0REAkdERAOjREQD00REAQNIRAE/SEQCY0hEAotIRAPDSEQD80hEASNMRAE/TEQDY5xQAsdMRAPjTEQAJ1BEAUNQRAFjUEQCo1BEAr9QRAADVEQAO1REAWNURAGjVEQCw1REAwNURAAjWEQAk1hEAMOgUAG3WEQC41hEAz9YRABDXEQAY1xEAaNcRAHbXEQDA1xEAytcRABjYEQAk2BEAcNgRAIbYEQDI2BEAy9gRACDZEQA82REAiOgUAILZEQDQ2REA2NkRACjaEQA32hEAgNoRAIXaEQDY2hEA5doRADDbEQA62xEAiNsRAIrbEQDg2xEA7tsRADjcEQBF3BEAkNwRAJPcEQDg6BQA89wRAEDdEQBK3REAmN0RAKDdEQDw3REA/90RAEjeEQBN3hEAoN4RAK3eEQD43hEAAt8RAFDfEQBS3xEAqN8RALbfEQAA4BEADeARAFjgEQBb4BEAOOkUALPgEQAI4REAFOERAGDhEQBn4REAuOERAMDhEQAQ4hEAKeIRAGjiEQB84hEAwOIRANziEQAY4xEAIOMRAOjpFAB44xEAQOoUANXjEQAg5BEAJ+QRAHjkEQCA5BEA0OQRANXkEQAo5REAOOURAIDlEQCI5REA2OURAOblEQAw5hEAPeYRAIjmEQCV5hEA4OYRAOzmEQA45xEAPucRAJDnEQCY5xEA6OcRAPTnEQBA6BEAU+gRAJjoEQCn6BEA8OgRAPzoEQBI6REASekRAKDpEQCq6REA+OkRAAbqEQBQ6hEAVeoRAKjqEQC16hEAmOoUAAPrEQBY6xEAYusRALDrEQCy6xEACOwRABfsEQBg7BEAgOwRALjsEQDA7BEAEO0RABrtEQBo7REAbu0RAMDtEQDC7REAGO4RACfuEQBw7hEAfO4RAMjuEQDQ7hEA8OoUAD7vEQB47xEAlu8RAEjrFADu7xEAKPARAEbwEQCA8BEAiPARANjwEQDn8BEAMPERADLxEQCI8REAkfERAODxEQDj8REAOPIRAETyEQCQ8hEAl/IRAOjyEQDw8hEAQPMRAFnzEQCY8xEArPMRAPDzEQAM9BEASPQRAFD0EQCg6xQAvvQRAPj0EQAW9REA+OsUAGn1EQCo9REArfURAAD2EQAb9hEAWPYRAGT2EQCw9hEAuPYRAFDsFAAb9xEAYPcRAG/3EQC49xEAxPcRABD4EQAR+BEAaPgRAHL4EQDA+BEAzvgRABj5EQAd+REAcPkRAH35EQCo7BQAzPkRACD6EQAi+hEAePoRAHv6EQDQ+hEA2PoRACj7EQAy+xEAgPsRAIv7EQDY+xEA5PsRADD8EQA4/BEAAO0UAJb8EQDg/BEA5vwRADj9EQBE/REAkP0RAJ/9EQDo/REA8v0RAED+EQBI/hEAmP4RAKf+EQDw/hEA8v4RAEj/EQBR/xEAoP8RAKP/EQD4/xEABAASAFAAEgBYABIAWO0UALgAEgAAARIACAESAFgBEgBiARIAsAESALsBEgAIAhIAFAISAGACEgBoAhIAsO0UAL0CEgAQAxIAIQMSAGgDEgB5AxIAwAMSAMUDEgAYBBIAHAQSAHAEEgB+BBIAyAQSANUEEgAgBRIANwUSAHgFEgCABRIA0AUSANwFEgAoBhIAOwYSAIAGEgCPBhIA2AYSAOQGEgAwBxIAMQcSAIgHEgCSBxIA4AcSAO4HEgA4CBIAPQgSAJAIEgCdCBIACO4UAO4IEgBACRIATgkSAJgJEgClCRIA8AkSAAcKEgBIChIAUAoSAKAKEgCrChIA+AoSAPoKEgBQCxIAXQsSAKgLEgCvCxIAAAwSABEMEgBYDBIAZgwSALAMEgC9DBIACA0SAB8NEgBgDRIAaA0SALgNEgC9DRIAEA4SACAOEgBoDhIAcA4SAMAOEgDKDhIAGA8SACMPEgBwDxIAfA8SAMgPEgDQDxIAuO4UADkQEgB4EBIAfRASANAQEgDrEBIAKBESADQREgCAERIAiBESABDvFADrERIAMBISAD8SEgCIEhIAlBISAOASEgDhEhIAOBMSAEITEgCQExIAnhMSAOgTEgDtExIAQBQSAE0UEgBo7xQAoBQSAPAUEgDyFBIASBUSAFUVEgCgFRIApRUSAPgVEgACFhIAUBYSAFsWEgCoFhIAtBYSAAAXEgAGFxIAWBcSAGAXEgCwFxIAvBcSAAgYEgAbGBIAYBgSAG8YEgC4GBIAxBgSABAZEgARGRIAaBkSAHIZEgDAGRIAzhkSABgaEgAdGhIAcBoSAH0aEgDA7xQAzRoSACAbEgAvGxIAeBsSAIcbEgDQGxIA2RsSACgcEgAuHBIAgBwSAIYcEgDYHBIA5BwSADAdEgA3HRIAiB0SAKQdEgAY8BQA6h0SADgeEgBEHhIAkB4SAJMeEgDoHhIA8h4SAHDwFABIHxIAyPAUAKAfEgAg8RQA+B8SAHjxFABQIBIAoCASAKEgEgCIKBIArSASAPggEgC0IBIAyCUSALcgEgBoLxIAuSASADAzEgD5IBIAUCESAGYhEgCoIRIAsCESAAAiEgACIhIAwCQSAA4iEgBYIhIAYCISANDxFABlIhIAsCISALMiEgAIIxIAEiMSAGAjEgBiIxIAuCMSAMkjEgAQJBIAISQSAGgkEgBwJBIAKPIUAMckEgAYJRIAHyUSAHAlEgB4JRIAgPIUAMolEgAgJhIAJiYSAHgmEgCFJhIA0CYSANgmEgAoJxIAKicSAIAnEgCHJxIA2CcSAN8nEgAwKBIAOCgSANjyFACVKBIA4CgSAOEoEgA4KRIATikSAJApEgCYKRIA6CkSAOopEgCoLBIA9ikSAEAqEgBIKhIAMPMUAE0qEgCYKhIAmyoSAPAqEgD6KhIASCsSAEorEgCgKxIAsSsSAPgrEgAJLBIAUCwSAFgsEgCI8xQArywSAAAtEgAHLRIAWC0SAGAtEgDg8xQAui0SAAguEgAKLhIAYC4SAHEuEgC4LhIAyS4SABAvEgAYLxIAOPQUAG0vEgBQNxIAdC8SAMAvEgDWLxIAGDASACAwEgBwMBIAfjASAMgwEgDVMBIAIDESACMxEgB4MRIAgjESANAxEgDSMRIAKDISADkyEgCAMhIAkTISANgyEgDgMhIAkPQUADkzEgCIMxIAlTMSAOAzEgDnMxIAODQSAEk0EgCQNBIAnDQSAOg0EgDwNBIA6PQUAE01EgCYNRIAmzUSAPA1EgD6NRIASDYSAEo2EgCgNhIAsTYSAPg2EgAJNxIAQPUUAFg3EgCoNxIAvzcSAAA4EgAMOBIAWDgSAGI4EgCwOBIAuDgSAJj1FAAJORIAYDkSAHY5EgC4ORIAwDkSABA6EgAeOhIAaDoSAHA6EgDw9RQAdToSAMA6EgDDOhIAGDsSACI7EgBwOxIAcjsSAMg7EgDZOxIAIDwSADE8EgB4PBIAgDwSAEj2FADWPBIAKD0SAC09EgCAPRIAmz0SANg9EgDmPRIAMD4SADc+EgCIPhIAlD4SAOA+EgDmPhIAOD8SADs/EgCQPxIAmj8SAOg/EgDuPxIAQEASAEJAEgCYQBIAokASAPBAEgD8QBIASEESAF9BEgCgQRIAtEESAPhBEgAUQhIAUEISAFhCEgCg9hQAqkISAABDEgAOQxIAWEMSAGlDEgD49hQAt0MSAFD3FAAWRBIAYEQSAGpEEgC4RBIAw0QSABBFEgAYRRIAaEUSAHRFEgDARRIA00USABhGEgAnRhIAcEYSAHxGEgDIRhIAyUYSACBHEgAqRxIAeEcSAIZHEgDQRxIA1UcSAChIEgA1SBIAAPgUAIhIEgDYSBIA4kgSADBJEgA1SRIAiEkSAJBJEgDgSRIA5kkSADhKEgBEShIAkEoSAJZKEgDoShIA8UoSAEBLEgBNSxIAmEsSAKBLEgDwSxIA8UsSAEhMEgBKTBIAoEwSAKNMEgD4TBIA+0wSALD4FABmTRIAqE0SALBNEgAAThIADE4SAFhOEgBeThIAsE4SALZOEgAITxIADU8SALhPEgA2TxIAYE8SAGhPEgBg+RQAvk8SALj5FAAmUBIAaFASAGpQEgDAUBIAzVASABhREgAfURIAcFESAHhREgDIURIA2FESACBSEgAiUhIAeFISAIZSEgDQUhIA4VISAGj6FAAvUxIAwPoUAI5TEgDYUxIA4lMSADBUEgA7VBIAiFQSAJBUEgDgVBIA7FQSADhVEgBLVRIAkFUSAJ5VEgDoVRIA8lUSAEBWEgBIVhIAmFYSAKdWEgDwVhIA9VYSAEhXEgBPVxIAoFcSAKxXEgBw+xQAOFgSAFBYEgCQWBIAqFgSALBYEgDI+xQAKlkSAFhZEgBkWRIAsFkSALZZEgAIWhIADloSAGBaEgBlWhIAuFoSAL5aEgAg/BQAEVsSAGhbEgBuWxIAwFsSAMVbEgAYXBIAJ1wSAHBcEgB8XBIAyFwSAMtcEgAgXRIAI10SAHhdEgCAXRIA0F0SAN9dEgAoXhIALV4SAIBeEgCWXhIA2F4SANleEgAwXxIAQV8SAIhfEgCUXxIA4F8SAOpfEgA4YBIARGASAJBgEgCXYBIAePwUAPhgEgBAYRIATGESAJhhEgCnYRIA8GESAARiEgBIYhIAV2ISAKBiEgCxYhIA+GISAARjEgDQ/BQAUmMSAKhjEgC2YxIAAGQSABFkEgAo/RQAXmQSALBkEgC8ZBIAgP0UAA5lEgBgZRIAZmUSALhlEgC9ZRIAEGYSABZmEgCI/hQAbWYSAMBmEgDCZhIAGGcSAClnEgDo/xQAfGcSAMhnEgDOZxIAIGgSACxoEgB4aBIAgGgSAEAAFQDWaBIAKGkSADRpEgCAaRIAiGkSAJgAFQDkaRIAMGoSADNqEgCIahIAkmoSAPAAFQDiahIAOGsSAEZrEgCQaxIAoWsSAKABFQDuaxIAQGwSAExsEgD4ARUAoGwSAPBsEgDzbBIASG0SAFRtEgCgbRIArG0SAPhtEgAAbhIAqAIVAFtuEgCobhIAtG4SAABvEgAIbxIAAAMVAGFvEgCwbxIAwW8SAAhwEgAZcBIAYHASAGhwEgC4cBIAu3ASABBxEgAacRIAaHESAGpxEgDAcRIAz3ESABhyEgA4chIAcHISAHhyEgDIchIA0nISACBzEgAmcxIAeHMSAHpzEgDQcxIA33MSACh0EgA0dBIAWAMVAIx0EgDYdBIA9nQSADB1EgA2dRIAiHUSAJF1EgDgdRIA7XUSADh2EgBAdhIAkHYSAKZ2EgDodhIA6nYSAEB3EgBbdxIAmHcSAKR3EgDwdxIA/XcSALADFQBOeBIAoHgSAKh4EgD4eBIADnkSAFB5EgBVeRIAqHkSAK55EgAAehIADHoSAFh6EgBgehIACAQVAL16EgAIexIAGHsSAGB7EgBlexIAuHsSAL57EgAQfBIAJnwSAGh8EgBqfBIAwHwSAMp8EgAYfRIAJn0SAHB9EgB1fRIAyH0SANV9EgBgBBUAL34SAHh+EgCBfhIA0H4SANp+EgAofxIANn8SAIB/EgCFfxIA2H8SAOV/EgAwgBIAOIASAIiAEgCYgBIA4IASAOKAEgA4gRIARoESAJCBEgChgRIAuAQVAO+BEgAQBRUARYISAJiCEgCeghIA8IISAPiCEgBIgxIAUoMSAKCDEgCigxIA+IMSAPuDEgBQhBIAcIQSAMAFFQC0hBIAAIUSAAaFEgBYhRIAZIUSALCFEgC4hRIAGAYVABSGEgBghhIAZoYSALiGEgDEhhIAEIcSABiHEgBwBhUAaocSAMCHEgDOhxIAGIgSACmIEgDIBhUAfYgSAMiIEgDfiBIAIAcVACqJEgB4iRIAhIkSANCJEgDTiRIAKIoSADKKEgB4BxUAkYoSANiKEgDfihIAMIsSADiLEgCIixIAlYsSAOCLEgDlixIAOIwSAEKMEgCQjBIAmIwSAOiMEgD3jBIAQI0SAEWNEgCYjRIAro0SAPCNEgDxjRIASI4SAFaOEgCgjhIAsY4SAPiOEgAEjxIAUI8SAFiPEgAoCBUArI8SAGABAACwjxIAcGEUALSPEgAomxAADJASAEgJAABgkBIAcJMSAB2SEgBYLAAAbJISAGguAACAkxIA4D0AACOUEgD4QAAAe5QSAJBJAAAqlRIAUPURACuVEgBQTAAAL5USADgGBAAylRIA6EcIAISVEgA4XwAANJYSAMBlAACMlhIAeHIAADuXEgBYeQAAn5cSAKCCAADslxIAEIYAAEKYEgAwigAA+JgSANCTAAC/mRIA+JkSAGicEgCA1gAAbJ0SAODiAADEnRIAgOwAAHSeEgCg+wAALJ8SAEAFAQCcnxIAmAUBANKfEgDwBQEANKASACAMAQDioBIA2A0BADmhEgAAEwEA/6ESAEgcAQBEohIAeCIBAK+iEgDoohIAXKMSAJijEgCgoxIA8KMSAPyjEgAIKgEAUKQSAMgsAQAUpRIAUKUSAFilEgCopRIAqqUSAFg0AQAMphIAiDoBALimEgAoRAEAHKgSAEheAQDIqBIAEGIBANyoEgAgFRQA5KgSABATFAA9qRIAaGIBAHapEgDIYwEA2qkSADBmAQAlqhIASGkBAHyqEgBYawEAjKsSAJh+AQDyqxIAMKwSADisEgDwfgEAl6wSAFiBAQBErRIAWIwBALOtEgCwjAEA9K0SAGiOAQBIrhIAmK4SAKKuEgDAjgEA+q4SAOiTAQAMsRIAYK4BAGCxEgCwsRIAwLESALiuAQBsshIA2LIBAMCyEgAQsxIAILMSADCzAQDMsxIAILwBAI62EgBghgcANrcSAKBbAgA6txIAWF0CAD63EgBg2gEASrcSAMhrAgDitxIAgN4BAEa4EgA44AEA8bgSAEjiAQBCuRIAAOQBAKa5EgC45QEA/LkSAMjnAQBUuhIAIOgBAAC7EgBIOxQAAbsSAOALDQAEuxIAMOoBABS7EgD4qA0AWLsSAFATEwBsuxIAiOoBAH67EgAwphQAr7sSAODqAQCyuxIAmDYOAGS8EgAI8AEAvLwSAGDwAQBuvRIA6PYBABm+EgAY/QEAyb4SADgBAgAbvxIAcL8SAHy/EgDoAQIA2MASACjBEgArwRIAUGEPADTBEgA4DAIAlcESAPgOAgD5wRIAMMISAIzCEgDgog4AmMISAMAdAgC1whIAEBICAOzCEgCYGAIAnMMSAGgdAgBMxBIAyB4CALTEEgAgHwIAVMUSAIg6DABYxRIA0B8CAKnFEgDYIAIAtsYSAIArAgBhxxIAkMcNAGTHEgCoMAIAZscSAAjyDwC4xxIAOGUUAMrHEgAIyBIAaMgSALjIEgB8yBIA+DoCALvIEgAwYA4AwsgSAIhrDgDFyBIA2EkOAMjIEgAwMQ8AycgSAKg1DwDTyBIAuDICANnIEgAoag4AaskSADA3AgCSyRIAcJEPAM7JEgDoOAIAIMoSAHDKEgB8yhIAmDkCAPnNEgDYTAIAXM8SAPA6FAAW3RIAsJEOAMLdEgAI3hIAct4SALjeEgAg3xIAQBgNACbfEgDADwMAc+ASAJgOFAB44BIAIOESAIzgEgA45BIAlOASALgSFACa4BIAQCADACLhEgCY3g0AJOESAEBiDgAn4RIAaLgJACrhEgCYIAMAL+ESAPAgAwAx4RIAqCcFAEPhEgBAsxQAWOESAAh2BQCU4xIAwDADAEDkEgCQ5BIAkeQSAOgJDgCa5BIA8AwRAJ/kEgB4Aw8Ar+QSAADMFADy5BIA6DUDAPPlEgAwYAMA9uUSADiLCwD35RIASE0DAPnlEgB4PQMA+uUSAFBDAwD85RIAQJYEAP3lEgC4RQMA/uUSAChUAwD/5RIAOEADAADmEgDIkQQABuYSANBIAwAc5hIAACQKADDmEgD4VxIAv+kSAACGAwDG6RIAkGwDABzqEgCwcAMAcOoSAMDqEgDW6hIAGHMDAHzrEgAIfAMA0OsSACDsEgAk7BIAYHwDANrsEgCIgQMA4O0SADDuEgBG7hIAQI4DAOLuEgCwvQMA5u4SABCTAwDq7hIAwDAOAETvEgB4lQMApPESAFiyAwAZ8xIACMkDAMnzEgBY0wMAf/QSAHjXAwDB9BIA+NwDAML1EgDY7gMAIPYSAHD2EgB+9hIAQPEDAHz3EgDAoxAAhvcSADD6AwCD+BIA+AgEAOf5EgC4IQQAkfoSAFAqBABS+xIAmPsSAPv7EgCIPAQAWvwSAKD8EgCx/BIAoD8EAAL+EgAArAUAA/4SANBbBAAK/hIAII4JALP+EgDwXwQAt/4SAJidCQC7/xIAoHYEAMsAEwBQggQAfwETAMCFBAA8AhMAeAITAIACEwDQAhMA3wITAKiNBAAyAxMAGJEEAOEDEwDgxg0A5AMTANCSBAA4BBMAiAQTAEwEEwA4DRQAkgQTACiTBABABRMAAJkEAJ8FEwAQmwQARgYTAEChBACgBhMA8G4KAPMGEwAgqAQABAgTAAi7BABYCBMAsJgTAMQIEwAACRMACAkTAFgJEwBlCRMAoM4EAGcJEwB49QQAaQkTAHi+BAAhCxMAsNsEACQMEwBI7wQAeAwTAMgMEwDZDBMAqPAEAN8NEwBIBQUAMg4TALgIBQDaDhMAoBAFAEEPEwCAFwUATA8TAOAjBQBZDxMAsB0FAGEQEwA4JAUABxETAHArBQBGERMA+DEFAPcREwDIQQUA/BETABhICgD9ERMA4EsKAP8REwCYQgoAZBITAKASEwCoEhMA+BITAFITEwDAqQ4AVRMTAAAbDQBYExMAkA0UAFoTEwDgRAUAXBMTADjJEABzExMA6L0UAJcTEwB40RAAsBMTAPhHBQAtFBMAWBQTAGMUEwAASQUAEhUTANhOBQDHFRMAwFYFAGsWEwAIYAUAbhYTAOB4BgDcFhMAwGEFACUXEwBYagUAJxcTABhiBQB2FxMAiGUFAHoXEwCYZwUAghgTABhtBQCPGRMAcHgFANsZEwCYfQUAtBwTAPAcEwD4HBMASB0TAFcdEwBoowUAqR0TAFCrBQCqHhMA6LMFALUeEwAIdQkAAx8TAFi3BQANIBMAUMwFABcgEwAQxAUAZiATAIDHBQBqIBMAkMkFANwhEwAYIhMAICITAHAiEwB1IhMA8OAFAH8iEwCw2AUAziITACDcBQDSIhMAMN4FAOIkEwD49wUAjiUTAEABBgA+JhMAiBUGAA0nEwCwJQYAZicTADArBgCnJxMAQC0GAAAoEwDIMwYAVCgTANA0BgCoKBMA+CgTAAIpEwAoNQYAUykTAEA4BgAJKhMA2EAGAMwqEwAIKxMAECsTAGArEwBmKxMA4EwGAM4rEwCoUAYAfiwTAGBdBgDELBMAsGcGAH8tEwDIagYALy4TAAhzBgDhLhMAoHsGAJwvEwDYLxMA4C8TADAwEwBAMBMASIYGAFwwEwDAigYAlDATAFCHBgDoMBMAODETAEIxEwCohwYAXDITAJgyEwCgMhMA8DITAPkyEwDYmAYAUjMTAOiaBgAUNBMAUDQTAFg0EwCoNBMAqTQTAECmBgCtNBMAeO8GALU0EwAorgYAtzQTAMCgBgAGNRMAMKQGAAo1EwC47AYAEjYTAOiwBgDCNhMAKLkGABo3EwCgvQYAbjcTAKi+BgAmOBMA6MYGAOQ4EwAgORMAKDkTAHg5EwCCORMAKM8GANM5EwBg1gYAnDoTANg6EwDgOhMAMDsTAD07EwDY2gYAPzsTACjlBgCNOxMA+N4GAD48EwCY6AYAmDwTAKjqBgAMPhMASD4TAFA+EwCgPhMArz4TAAj3BgACPxMAePoGABRBEwAgEAcAfEETALhBEwDUQRMAEEITAB1CEwCAEQcANEMTAHBDEwB4QxMAyEMTAMtDEwC4IwcAsEQTACAxBwArRRMASDYHAC9FEwA46wwA5UUTACg9BwAzRhMASEEHAJpHEwDQUgcA9EcTAFBYBwD4SBMA8DcKAAxJEwCYNwoAZEkTAKBJEwCoSRMA+EkTAPtJEwCQYAcAbEoTAKhKEwCwShMAAEsTAA9LEwBYZAcAY0sTADhrBwC6TBMAEHwHAG9NEwCg3A4AdE0TAIi9EAB3TRMA0H4HAHhNEwDQuxAAzE0TAPCCBwDkThMAIE8TAChPEwB4TxMAgU8TAOCLBwDaTxMA8I0HAI9QEwAolQcA8VATANCfBwCLURMAwKgHADtSEwDAswcA61ITAHjABwD6UxMAiM0HAFJUEwD40AcArFQTAGjUBwAUVRMAUFUTAFhVEwCoVRMAt1UTAMDfBwC4VRMAyNUHAAxWEwDQ1gcAYFYTALBWEwC6VhMAKNcHAGZXEwAw4wcAE1gTABjrBwDIWBMA4O4HAIxZEwDIWRMA0FkTACBaEwAvWhMAgPgHAIRaEwDw+wcA2FoTAChbEwA3WxMAUP0HAOdbEwCAAwgAOlwTAPAGCACVXBMAUBMIAJdcEwAgDQgArF0TAOhdEwDwXRMAQF4TALReEwDwXhMA+F4TAEhfEwBVXxMAkCYIAK1fEwBQKQgABmATABgtCACqYBMAoDMIAGRhEwDYOggAE2ITAChQCAB0YxMAIGUIAMhjEwAYZBMAJ2QTAIBmCACWZBMA4GcIANplEwBobggANGYTAOByCACIZhMA2GYTAOdmEwBAdAgAVmcTAKB1CACTaBMAcHoIAO1oEwCogQgAnWkTAGiPCABNahMAeJwIAAhrEwBQoggAXWsTALCjCAAGbBMAgKgIAMxsEwAIbRMAEG0TAGBtEwC7bRMAILIIAHduEwDgtAgANG8TAHBvEwB4bxMAyG8TANJvEwAovggALnATAOC/CACHcBMACMUIANpwEwCAyQgAiXETAPjNCACUchMAKNQIAOhyEwA4cxMAOnMTAIDUCAAEdBMAQHQTAEh0EwCYdBMAvHUTAPh1EwAAdhMAUHYTAHR3EwCwdxMAuHcTAAh4EwASeBMAOAIJANR4EwAQeRMAGHkTAGh5EwByeRMAQCQJAH55EwDAEwkAxXkTANAVCQAiehMAwB4JAIF7EwBIOwkAhXsTAAAyCQDeexMAMDgJACl8EwBAOgkA4nwTAFg9CQAzfRMAcEAJAOp9EwDwRQkARH4TAHhMCQD0fhMAkE8JAEx/EwDoTwkAtH8TAPB/EwD4fxMASIATAFeAEwCoUgkABYETALBeCQBggRMAkGUJAHSCEwCwghMAuIITAAiDEwAXgxMAMG8JABOEEwBohBMAgoQTAAB/CQDchBMAGIUTACCFEwBwhRMAf4UTACCDCQD6hRMA2IQJAJSGEwDQhhMA2IYTACiHEwCPhxMAoIgJAN6HEwAQjAkAlIgTACiPCQDyiBMAoJMJAJeJEwAwHwoAmokTAHCYCQDviRMAeJkJAPqKEwBgrAkAUosTAECzCQCnixMASLQJAMSMEwAAjRMACI0TAFiNEwBkjRMACMIJALiNEwAIjhMADI4TAGjDCQBwjhMAIMUJACyPEwBojxMAcI8TAMCPEwDqjxMA6NMJAB2QEwB42wkAjJATACgYDADQkBMAIJETAFmREwD44AkA85ETACiSEwAzkxMASAEKAD+UEwB4EgoAtJUTAPCVEwD4lRMASJYTAFeWEwBALAoAppYTALAvCgBYlxMAqJcTANOYEwAImRMAJ5kTAGCZEwDImRMAaDwKAHCaEwDoQQoAHpsTAAhGCgCFnBMAcPgKAIecEwBoUgoA1pwTANhVCgDqnhMAgGAKADufEwAQaAoAQp8TAPhkCgBQoRMAoKETAFOiEwDAfgoAZKMTABiKCgDApBMAEKUTADmlEwC4ngoA3KUTABimEwAgphMAcKYTAH+mEwD4pgoAzqYTAGiqCgDSphMAsPUKAH2nEwB4rAoA2KcTACioEwBRqBMA4K4KAOCoEwCosgoAWakTAACzCgDuqhMA8MYKAPyrEwAozgoABK0TAMDWCgBsrRMAGNcKALetEwBw1woABq4TAODaCgC8rhMA+N0KACSvEwBQ3goAb68TAKjeCgC+rxMAGOIKAEKxEwBwsRMA5LETACCyEwAoshMAeLITAC2zEwCQ/AoANLQTAPAICwD8tBMAOLUTAEC1EwCQtRMAmrUTAEgUCwB0txMAUCALAKq4EwB4OwsACbkTAFBBCwCyuRMAQEoLABi6EwCwTQsAzboTADBeCwByuxMAKGgLAIG9EwB4iAsAR78TAPiYCwDlvxMAIJ4LAEXAEwCQoQsABMETAEDBEwBIwRMAmMETAPLBEwCAqgsAFMMTAFDDEwBYwxMAqMMTANLDEwDotwsAYcQTABi+CwC4xBMACMUTABbFEwDIvgsAZsUTADDBCwAdxhMAWMYLAGnGEwB4ygsAeccTAMjUCwB8xxMAeNULAN3IEwDg4gsALckTAEDkCwCNyRMAsOcLAODJEwBw6gsAM8oTAMjqCwCsyhMA4MoTAKzLEwDY9wsAEswTADD4CwBQzRMAoM0TAMnNEwAQ/wsA1s0TAMD/CwC8zxMA4AMMABjQEwBQBwwAbdATALAIDAB10RMAOA8MAMXREwBYEwwAj9ITAMjSEwB60xMAKCMMANfTEwAYLAwAgtQTAHgtDAAM1RMAmDEMAEbVEwC4NQwAjdUTACA4DAA+1hMAIEMMAE7WEwBQXwwArtcTAJBRDAD11xMA+FMMAF7YEwBgVgwAdNoTALDaEwC42hMACNsTABXbEwCAcAwAbdsTAJhzDAAd3BMAYHcMAN/cEwAY3RMAgt0TABjzEwCP3RMAyN0TAITeEwAghQwAht4TALiCDAA63xMAgN8TAObfEwDAjgwAmOATAMiaDAD+4RMAYK4MAKPiEwCAsgwA/uITALC4DABW4xMASMEMAK3jEwBQwgwAVuQTACjIDAAc5RMAWOUTAGDlEwCw5RMAJuYTAOjVDAAT5xMAcNwMAC/oEwDA5gwA2OgTAFjvDACI6RMAoPgMAETqEwCA6hMAiOoTANjqEwBM6xMAiOsTAJDrEwDg6xMAk+wTAOgNFACY7BMA6OwTAJrsEwC4BREArOwTANBXFADy7BMAkAwNAJ7tEwBoEg0AXe8TALgnDQCt7xMA2CsNABjxEwBoPg0AJ/ETAGDxEwDA8RMASDoNAB/yEwCgOg0AcfMTAHBKDQCB9BMAGFUNANP0EwAo9RMA6PQTAChiDQA69RMAyFUNAOT1EwAwWA0AOvYTAIhYDQDq9hMAYF4NAOv3EwBA+BMAWPgTAPBlDQBR+RMACHQNAKP5EwD4+RMADPsTAPB7DQAk+xMAQKwPAGD7EwCw+xMAzvsTAEh8DQB8/BMAuPwTAMD8EwAQ/RMAdv0TAGB/DQA0/hMAeIINAOT+EwDohQ0A7P8TACgAFAAwABQAgAAUAPQAFAAwARQAOAEUAIgBFADuARQASJINAKwCFADoAhQA8AIUAEADFACmAxQAIJgNALwEFAD4BBQAAAUUAFAFFAC2BRQAsJ8NAHQGFADIog0AJAcUADimDQDICBQA+JQQACAJFABQlRAAjAkUAMgJFADQCRQAIAoUAJgKFAD4sw0AMAsUAPj1DQDoDBQAAHQUAPANFADYOBAABA4UACCkFAAWDhQAQA4UAEgOFADg0xAAbg4UADhmEADGDhQA8A4UAEsPFAAQlxQAvA8UAPgPFAAAEBQAUBAUALQQFABozQ0AHBEUAFgRFABgERQAsBEUABQSFADYkw8AdhIUADj+DQDGExQAoJcPAMwTFAC41w0AMhQUAHjaDQAoFRQAeBUUAIcVFAD4/Q4A2BUUAJDpFAA/FxQAGOQNAEkXFAC44g0ARBgUAODnDQAEGRQAQBkUAEgZFACYGRQA/xoUACjxDQAeHRQAWAIOAMAdFABoDw4AJB8UAJAfDgAqIBQAqCIOAIMhFACQfw8AhiEUAHBEDwCKIRQAoCwOAJAhFABgjw8AOCIUAIgiFACSIhQAyDEOAKwjFADoIxQA8CMUAEAkFADyJBQAMD8OAE0lFAD4Qg4AYCcUAKhODgC4JxQACCgUABQoFAAYUg4AxCgUAIhVDgBwKRQAwCkUANcpFAAIWw4A6i4UAOB2DgCdLxQAsHsOAAkyFADglw4AwjIUAAgzFADFMxQAEKkOAMgzFACwpw4AzjQUAHirDgB8NRQAgKwOANY1FACYrw4AmzYUANA2FADuNhQACLMOAEw3FACQuQ4A5jcUAOi5DgDwORQA6MQOAE47FABYyA4AVDsUANgtEABrOxQA6LIUAHI7FADAohQAjTsUACDREACoOxQA+DsUAAc8FAB4zA4AVTwUADjPDgAIPRQAWD0UAFo9FACg0Q4AtT0UAFDSDgC8PRQAuNQOADRAFABwQBQAeEAUAMhAFADSQBQAIO0OAJRBFADQQRQA2EEUAChCFAA3QhQAePgOAIZCFADo+w4ANkMUAGgBDwDmQxQA6AYPAOtEFADwEg8Am0UUAEgTDwCkRRQA8GcQAFBGFADAFw8AqEYUAPhGFABeRxQAgBoPALZHFABoIg8AEEkUAGBJFABjSRQA2CUPABxKFABAKA8AcEoUAMBKFADDShQAUCoPAHxLFAAQLQ8A0EsUACBMFAAjTBQAIC8PANxMFAA4Mg8AME0UAIBNFACKTRQAkDIPAOBNFAAwThQAM04UAJgzDwDoThQAsDYPAEBPFACQTxQAk08UABA4DwBIUBQAmFAUAJtQFAAwPA8AUFEUAKBRFACjURQAUEAPAFxSFAAYRA8AYFMUAJhJDwCAUxQAELgUAMxTFAD4Sg8AY1QUALhUFABrVRQAYE0PAHJVFADITw8ALFcUAPhVDwAuVxQAuPIPANhXFAAoWBQAi1kUAMhXEACQWRQAQFsUAOxZFABgYw8AUFsUAMBkDwCoWxQAKGcPAPxbFAAwaA8AZFwUAKBcFAD/XBQAYHkPAAJdFAD4gQ8AB10UAOBoDwATXRQAiHMPAMZfFABYeA8AdmAUAIh+DwCTYRQAmLMUANBhFAAgYhQAI2IUAACDDwCIYhQAuIQPANxiFADAhQ8AMGMUAIBjFACKYxQAGIYPADtlFADwiw8AQmUUAACODwDrZRQACI8PAHNnFADQkg8AWGgUAJiWDwD7aRQAwK0UAHVqFADQ0RAAtWoUADCOEQC5ahQA4KoPACVrFAB48hAAfWsUANDyEAAkbBQAYLAPAHhsFADIbBQA4WwUAMCxDwAjbRQAeG0UAPRtFACQtg8ApG4UAJi3DwBUbxQA+LgPAOhvFAA4cBQAQnAUAMC8DwDpcBQA2JsQAPBwFABQthAA/3EUALDFDwAFdBQA+M4PAPt0FAAIdRQAU3UUAGB1FACCdxQA4OEPACJ4FABI5A8ALHgUANjrDwA4ehQAKPMQAPB6FAB49Q8ARnsUAID2DwCYexQAMPcPAOt7FACQ+A8A83wUAPj6DwAAfhQAUH4UALB+FAAAfxQAJn8UAFDLFACxfxQAOAMQABCAFABggBQAwIAUABCBFADDgRQAaAkQAHiCFADIghQAKIMUAHiDFACegxQAqMsUADCEFACQDhAAjIQUAPAPEAA4hRQAiIUUAJiFFABQERAAW4YUAJCGFABJhxQAIBYQAKSHFADgGBAAFIgUAEiIFAB8ixQAQDAQADSNFADANRAA5I0UACA3EACUjhQAgDgQADmRFACITxAA/JIUAHBXEAD5kxQA4FoQALyVFADIYhAAaZYUAIhlEADzmBQAaGwQACOZFAAgbhAAgJkUAEi/FADZmRQA4HAQANyZFADwchAAK5oUAICaFACcmhQA2JoUADObFACImxQApJsUAOCbFABAnBQAkJwUAJqcFABIcxAA8JwUAJD/FABGnRQAcHgQAFaeFADofBAAo54UAKh/EAAAnxQAoL8UABWgFAAo0hAAvKAUAAiMEACIpBQAgNIQAOKlFADQpRAA46YUAEifEACcpxQAUKAQAKipFAD4qRQAAqoUAECpEAC2qhQAAKwQAAOrFACwrBAAC64UABiuFABjrhQAcK4UALuuFADIrhQAE68UACCvFABrrxQAeK8UAMOvFADQrxQAjLAUAOizEAD0sBQAQLQQAImxFACgtRAA/LEUADiyFABAshQAkLIUAEu0FACwtxAAXrUUAHC6EACrtRQAILsQACa2FABgtREAYbYUANi8EADMthQACLcUAHy3FAC4txQAOLgUAGi4FACQuBQAwLgUAOi4FAAYuRQAQLkUAHC5FAB3uRQAoNYQANC5FAAguhQAJboUAPjAEACDuxQASMsQAOy8FADAzxAA9L0UAAhlEgD4vRQAUGMSAFzAFACI0xAAwsAUAADBFAAIwRQAWMEUAAvCFABgwhQA4MIUABDDFAA4wxQAaMMUAJDDFADAwxQA6MMUABjEFABAxBQAcMQUAEjFFAB4xRQAoMUUANDFFAD4xRQAKMYUAFDGFACAxhQAqMYUANjGFACUxxQAkN8QAETIFADw4BAAX8wUAOD0EAC+zBQAGPwQAH/NFAC4zRQAL84UAMgHEQBxzhQAQAwRAN/OFAAYzxQAeM8UAMjPFADYzxQA+A0RACzQFAAADxEAjdAUAIBIEgDx0xQAQE4RAEzUFADwThEAUNUUAChhEQAA1hQACGgRALDWFABAbxEAYNcUABh1EQAQ2BQAqHwRAMDYFAB4gREAcNkUAEiGEQAg2hQAKI0RANTaFACYkBEAddsUAHjbFADl2xQAGJYRACncFADQlxEAldwUAICYEQDd3BQA2JgRADjdFABAmxEAi90UAKCcEQA83hQAsJ4RAJ7eFAAQoBEASt8UAICjEQCb3xQAiKQRAPPfFACYphEASeAUAKCnEQDO4BQA+OAUALHhFAAYtxEAA+IUAFjiFABt4hQAyLcRALPiFAAI4xQAHeMUAIi6EQDY5hQAKOcUAEbnFAC4yxEAoOoUAADrEQAO6xQAIO8RAL7rFACg9BEAXOwUAAj3EQCw7BQAyPkRAAftFACI/BEAXe0UAKgAEgDA7RQAuAISACTuFABg7hQAuu4UACAQEgAc7xQA2BESAH3vFACYFBIAyO8UAMgaEgCM8BQAQB8SAPb0FABANRIAsPYUAKhCEgAE9xQAsEMSAFj3FACo9xQArPcUAAhEEgAI+BQAWPgUALj4FAAI+RQAwPkUABD6FAB0+hQAKFMSAMj6FAAY+xQAHPsUAIBTEgBL/BQAEFsSADH9FABYZBIAg/0UANj9FAAA/hQAMP4UAIv+FADg/hQACP8UADj/FACn/xQAaGYSAEIAFQDQaBIAogAVANhpEgD4ABUASAEVAFgBFQDgahIAqQEVAOhrEgD7ARUAUAIVALICFQBQbhIAEAMVAFhvEgAWBBUAsHoSAMQEFQDogRIAGAUVAGgFFQB4BRUAQIISABwGFQAIhhIAgAYVAGiHEgDWBhUAcIgSACgHFQAgiRIAewcVANAHFQA=","fail":"AAAAAAAAAACYjAAAANkBAGjeAABAuQcAQNYBAHCmCABILwIAIPANAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAA0LEBACiyAQCAsgEA2LIBAAAAAABILwIAUOANAIDYDgDY2A4AMNkOAIjZDgDg2Q4AONoOAJDaDgDo2g4AQNsOAJjbDgDw2w4ASNwOAAAAAABAuQcAQNYBAEDWAQAY7AMAAFICAFhSAgBIYA8AkKsPANARAwAoEgMA0CIBAPhEBgDovhAAGOwDAEgvAgBgPAYA6LcAAEC4AACYuAAA8LgAAEi5AADIDgAASC8CACDwDQAY4Q4AcOEOAMjhDgAg4g4AeOIOAAAAAABAuQcASC8CAPirDAAQhQQAuFMCALBxCgBIRQIAmIwAABBfAgAQaREAaGkRAHDRAQA4KAAASC8CAHALDADICwwASEsAABDwBQComQAAAJoAAPDpAgDQtwoAKLgKAEgvAgBQ4A0AgNgOANjYDgAw2Q4AiNkOAODZDgA42g4AkNoOAOjaDgBIaggA6B8OAFgAAABYAAAAaAILAEDWAQBISwAASC8CAEhqCACozQEAAAAAAKiZAACgfA0AQIYNAKAfAAAYGQAAcKYIAMimCABAzgAAmM4AAPDOAAAgPQMAuEUDABBGAwDAewsAIBoAAFCsDACgVQ8AYAEAALgBAAAQAgAAaAIAAMACAABIaggA6B8OAFgAAABYAAAAYAYCAODABAComQAAkLcAAEDWAQCwaAIAWEMHAEgvAgAg8A0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAALjSAADoVwoAQFgKAAAAAAAolAAAMJ0BAEDWAQCY1gEAyA4AAEgvAgBIqwEA4MAEADjBBABYAAAAMLMBAIizAQDgswEAOLQBAJC0AQDotAEAQLUBAAAAAAAgPQMAMGADAKjNAQAAzgEAWM4BAPjXDAAIMg0AYDINAIAVDQDYFQ0AMBYNAIgWDQAISAIAyAsMAMB1AgB4XwoA0F8KAChgCgBwpggASC8CALjDEADIaQoASC8CAEhgDwA4uxEA+EsAAFBMAACoTAAAAE0AAFhNAACwTQAAAAAAALBxCgAQtw0ASGoIAKAfAAD4HwAAUCAAAKggAAAAIQAAWCEAAOhXCgBAWAoAAAAAACiUAAComQAAyA4AAAi2AgDo4AEAcKYIAEgvAgBIaggAiDIAAOAyAAA4MwAAkDMAAFgzEABIRQIAmIwAAADZAQCgHwAAcKYIAEgvAgAg8A0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAAABSAgBYUgIAeIoDANCKAwAoiwMAgIsDAIAVDQDYFQ0AyBkAACAaAABQrAwAoFUPAGABAAC4AQAAEAIAAGgCAADAAgAAeFYCANBWAgAgYxAAeGMQAPirDABAUgEAmFIBAPDpAgAwnQEAcKYIABivEAD4qwwAUKwMAKBVDwBgAQAAuAEAABACAABoAgAAWDMQAEhFAgCYjAAAANkBAKAfAABwpggASC8CACDwDQBAzgAAmM4AAPDOAABIzwAAoM8AAPjPAABQ0AAAqNAAAADRAABY0QAAsNEAAAjSAABg0gAAAFICAFhSAgB4igMA0IoDACiLAwCAiwMAgBUNANgVDQDIGQAAIBoAAFCsDACgVQ8AYAEAALgBAAAQAgAAaAIAAMACAAB4VgIA0FYCACBjEAB4YxAA+KsMAEBSAQCYUgEA8OkCADCdAQBwpggAGK8QAJiMAAAA2QEAqMcDACA9AwAwYAMAiDIAAOAyAAA4MwAAkDMAAFgzEADIDgAAoB8AAPgfAABQIAAAqCAAAAAhAABYMxAAOCgAAMDOCQBA1gEAiHkNAAi2AgBYMxAA0CIBAECrCADIDgAAqM0BAPh3AAD4CA8AIHILAADIDgA4QAMA6LcAAEC4AACYuAAA8LgAAEi5AACguQAA+KsMAFCsDACgVQ8AYAEAALgBAAAQAgAAaAIAAMACAADQIgEAyP0BAMgOAAAItgIASC8CAFCoEQBoEREAIPANAAAXBwBIaggAYIEQABDwBQBo8AUAiJ0BAAAAAACQtwAAkLcAAKiZAADIDgAAqM0BAEgvAgBQ4A0AcNsQABgZAAB4tgMAqJkAAHCmCABILwIAoC8CAFjsDQBA1gEASC8CACiUAADIDgAAoB8AAEgvAgAAAAAAGBkAAGiLAgDIZgsAcBkAAGjeAAAYGQAASC8CAFDgDQDIpggAuEcRABBIEQBIRQIAmIwAAADZAQCgHwAAAAAAAEDWAQC4UwIAmIwAAPCMAABIjQAAoI0AAPiNAABQjgAA4DoBAHCmCAAYrxAAGBkAAHi2AwComQAAcKYIALhTAgComQAAAJoAAFDxAADoHwMASEUCAJiMAAAIeAgAuFMCAHCmCABIRQIAuFMCAKiZAAAAmgAAUPEAAOgfAwAolAAASEUCAEirAQDgwAQAkLcAAEgvAgBoiwIAwIsCABiMAgBILwIA6FcKAEBYCgBISwAAEPAFAGjwBQComQAA8OkCAEjqAgCg6gIASC8CAPjXDAAIMg0AYDINAIAVDQDYFQ0AMBYNAIgWDQA45Q4AGOEOANhCCQCgqwEAaN4AAKiZAAAYGQAAcBkAAHhOAQDQTgEAyA4AACAcDgBYAAAAWAAAAGgCCwBA1gEASEsAAOjgAQBwpggAuFMCAJiMAABAzgAAmM4AAPDOAAC4UwIA0CIBACgjAQAAawwAAAAAAEirAQDgwAQAqJkAABgZAABISwAASC8CAFDgDQCA2A4A2NgOADDZDgCI2Q4A4NkOADjaDgCQ2g4A6NoOAEhqCADoHw4AWAAAAFgAAABoAgsAQNYBAEhLAABILwIAIPANAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAAENMAAEBSAQCYUgEASEsAAEhmAgBgNggAmJQBADhTDwBILwIA6FcKAEBYCgAAAAAAKJQAAKiZAADIDgAACLYCAOjgAQBwpggASC8CAFCoEQCoqBEAAKkRAFipEQCwqREA+B8AAFAgAACoIAAAKJQAAEhLAACgSwAA+EsAABgZAABISwAAuMsGAJC3AAAI+AIAKHgCALjLBgBAuQcAyGkKAEgvAgD4qwwAYAYCACiUAABQOwIAMJ0BAIidAQBILwIAmIwAAEDOAACYzgAAKOEAACDwDQBAzgAAmM4AAPDOAABIzwAAoM8AAPjPAABQ0AAAqNAAAADRAABY0QAAsNEAAAjSAABg0gAAuNIAAOhXCgBAWAoAAAAAACiUAAAwnQEAQNYBAJjWAQAAAAAAQNYBAEgXCgDIaQoAUDsCAFgAAACwAAAACAEAAEgvAgA4bw0AWAAAALAAAAAIAQAAYAEAALgBAAAQAgAAaAIAAEgDAgCgAwIAYDwGAAj4AgBg+AIAuPgCABiUDgBwlA4AyJQOAHhWAgAwnQEA+LIGAKBLAACgIQ4A2IEKAEhLAABILwIAIPANAOi+EAAY7AMASC8CAPirDABQrAwAoFUPAGABAAC4AQAAEAIAAGgCAADAAgAAYDwGALg8BgAQPQYAOCgAAMDOCQBQOwIAKJQAAEDWAQCY1gEAQNYBAEgvAgBgPAYA6LcAAEC4AACYuAAA8LgAAEi5AACguQAASGoIAKAfAAAYGQAASEsAAEgvAgAg8A0AQM4AAJjOAADwzgAAAFICAFhSAgB4igMA0IoDACiLAwCAiwMAgBUNANgVDQDIGQAAIBoAAFCsDACgVQ8AYAEAALgBAAAQAgAAaAIAAMACAAD41wwACDINAGAyDQBIaggAoB8AAAAAAACYjAAAQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAAFCLAQCoiwEAAIwBAFiMAQAYQQUAIPANAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAA0LEBACiyAQCAsgEA2LIBAMB1AgB4XwoA0F8KAChgCgCAYAoA2GAKADBhCgAg8A0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAAOjgAQAolAAAyA4AAAijAQCInQEAUDsCAEgvAgDQIgEAQKsIAKhYBwDo9wgAmIwAAOi+EAB4tgMAOF4EANAiAQBILwIAAAAAAJC3AACYlAEA8JQBAEiVAQAYGQAAwHUCABh2AgBwdgIAgBgBACA9AwCAGAEAmIwAAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAABQiwEAqIsBAACMAQBYjAEAAAAAAEC5BwDIaQoAUDsCAKg7AgDIDgAAoB8AAKhYBwCgKwcA+CsHABCuEAD4sgYAkG8CAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAQJYEAJiWBADwlgQASJcEAKCXBAD4lwQAUJgEAKiYBAAAmQQA6N0NAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAAiJ0BAPgfAABQIAAAqCAAAAAhAACY1gEAAJoAAFDxAADoHwMAIPANAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAA0LEBACiyAQCAsgEA2LIBALhTAgBA1gEAmNYBAPhxAgCg0xEAyA4AAKAfAABwpggASC8CAFgzEACovhEASKsBAKCrAQD4qwEAUKwBAKisAQAArQEAeFYCANBWAgAgYxAAeGMQAOhXCgBAWAoAmFgKAPBYCgBIWQoAoFkKAEgvAgAolAAAyA4AAAijAQCInQEAUDsCAEgvAgAg8A0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAALjSAADQIgEAQKsIAKhYBwDo9wgAmIwAAOi+EAB4tgMAOF4EAEhLAAC4UwIAmIwAAIBCCQDYQgkAoKsBAGjeAAComQAAcKYIAEgvAgBYMxAAQNYBAEgXCgBIRQIAmIwAAEhFAgBIqwEAYCwPALgsDwBAzgAAmM4AAPDOAABIzwAAoM8AAPjPAABQ0AAAqNAAAADRAABY0QAAsNEAAAjSAABg0gAAqJkAAACaAABQ8QAA6B8DAPCMAABIjQAAoI0AAPiNAABQjgAAkKkBAOipAQBAqgEAmKoBAPCqAQAYrxAAAJoAAFDxAADoHwMAiCECAJC3AAComQAAWAAAAEhLAAC4ywYAQLkHAEgvAgAAAAAAAAAAAAAAAAAYQQUA6FcKAEBYCgBIWgYAANkBACAPAADIaQoAID0DAKAJAAAolAAAyA4AAKAfAAD4HwAAGBkAAMB1AgAYdgIAcHYCACCeCwB4ngsA0J4LAPirDABQrAwAoFUPAGABAAC4AQAAEAIAAGgCAADAAgAAgBUNANgVDQAwFg0AiBYNADjlDgAY4Q4A2EIJAKCrAQBo3gAAqJkAAHCmCAAgVg0AcBkAAMgZAAAg8A0AEMcPAEiNAACgjQAA+I0AAFCOAACojgAASGAPAJCrDwBgRQ4ASGAPADi7EQAwnQEAOF4EAJBeBADw6QIAsHEKAKAhDgDIDgAACLYCAHhWAgAwnQEA+LIGAKBLAABILwIA6FcKALBoAgBIRQIASEUCADCdAQD4sgYA0CIBAAAAAABILwIAoC8CAPgvAgBQMAIAqDACAEgvAgD4qwwAYAYCAGAsDwC4LA8AANkBAKAfAABgPAYA6PcIAED4CACY+AgA8PgIAEgvAgAY7AMAcOwDAMjsAwBA1gEASC8CAGA8BgC4PAYAED0GAGg9BgDAPQYAGD4GAHA+BgDIPgYAiDEEAOAxBAA4MgQAgPUIAKAfAACwVw8ASEsAALjLBgCInQEAUDsCADgoAACA6QEA2OkBADDqAQAQ/wAAgBgBADgoAACA6QEA2OkBADDqAQDgRAUAOEUFAJBFBQAg8A0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAAOjgAQBIYA8AkKsPAEC5BwBwpggAGK8QAOhIDwAAAAAAAAAAAAAAAAAAAAAASC8CAPDLAQBIRQIAmIwAAAh4CABILwIAYDwGAEDWAQCY1gEA8NYBABivEAAYGQAASEsAALjLBgCYjAAAgEIJAMgOAAAAAAAAGBkAAPDpAgBI6gIAoOoCAODABABwpggAyKYIAPCMAABIjQAAoI0AAPiNAABQjgAA6MEPAMCLAgAYjAIAMJ0BADCdAQBQOwIAGBkAAMB1AgCoXQkAKJQAAEDWAQCY1gEA8NYBAJC9CQComQAAyA4AAPDCDwBwGQAAeE4BANAiAQD4RAYAKHgCAJC3AABwpggAGK8QABgZAAB4tgMAqJkAAAAAAABAuQcAUDsCADCdAQCInQEASC8CAKAvAgD4LwIAUDACAKgwAgCgLwIAWOwNAEDWAQBILwIAKJQAAMgOAACgHwAA+B8AAEgvAgCgLwIA+C8CAFAwAgCoMAIAoC8CAFjsDQBA1gEASC8CACiUAADIDgAAoB8AAEgvAgAg8A0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAALjSAADQsQEAKLIBAICyAQDYsgEASC8CACiUAADIDgAAoB8AAPgfAAAYGQAAwHUCABh2AgDw6QIA0LcKACi4CgCIeQ0ACKMBAEC5BwDIaQoAMJ0BAIidAQB4tgMAYLsEAMj9AQDQIgEASC8CAEhqCADoHw4AWAAAAFgAAABoAgsAQNYBAEhLAADo4AEAcKYIAEgvAgAg8A0A4CARADCdAQBILwIA8OkCANC3CgAouAoAiHkNAAijAQBAuQcAyGkKAEgvAgD41wwAAAAAAMgOAACozQEAAM4BACA9AwDIDgAAqMcDAEgvAgDoVwoASBcKANiBCgBISwAAuMsGAIidAQComQAAyA4AAMhpCgAgagoAeGoKANBqCgAoawoAgGsKAIidAQBQOwIASC8CAEhgDwCQqw8AKOQKAIDkCgCQqw8AAAAAAKiZAABwpggAMDUKADheBACQXgQAuMMQAMhpCgDIDgAAqM0BAKAfAAD4HwAAuMsGAEC5BwDIaQoAqJkAAACaAABQ8QAA6B8DAPiyBgDo4AEAQOEBAJjhAQDw4QEAmIwAAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBAKiZAADIDgAACLYCACA9AwAolAAAgJQAAAjtAgD4sgYAID0DAJiMAAAA2QEAWNkBALDZAQAI2gEAYNoBALjaAQAQ2wEAAO8BAFjvAQCw7wEACPABAGDwAQC48AEAEPEBAGjxAQCYjAAA2CANAIghDQAgPQMASE0DACiJCwDg1g8AONcPAJDXDwDo1w8AQNgPAJjYDwDw2A8AsGgCAAhpAgBgaQIAOCgAAIDpAQDY6QEAMOoBABivEAAAmgAAUPEAAOgfAwAAAAAAmIwAAPDpAgBI6gIAEF8CAEirAQCYjAAA6L4QAFA7AgAQXwIAmIwAAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBABDbAQBo2wEAwNsBABjcAQBw3AEA0CIBAFgAAACwAAAA8JwCABCuEABorhAAIA8AAMhpCgA4KAAAgOkBANjpAQDgCw0AOAwNACiUAABIqwEASEsAALjLBgBYAAAAYAYCAGAsDwB42REAgOkBANjpAQDgCw0AOAwNAKAfAAD4HwAAUPEAAOgfAwAAAAAASC8CAFCoEQCgRQIA+EUCAFBGAgCoRgIAAEcCAFhHAgBIqwEAmIwAAOi+EAAYGQAAqJkAAHCmCABILwIAoC8CAFjsDQBA1gEAqJkAAKhfAQAAMQIAWDECALAxAgAIMgIAYDICAHALDADAmw8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAAFICAFhSAgBwCwwAwJsPAAAxAgBYMQIAsDECAAgyAgBgMgIAgBgMAEirAQBgLA8AeNkRANDZEQAo2hEAQBoQAEBJDwBILwIA6FcKABCuEADo3BEAQN0RAJjdEQCAGAwA2BgMAKAvAgD4LwIAUDACAKgwAgAAAAAA6EgPAEgvAgDoVwoAEK4QAOjcEQBA3REAmN0RAIAYDADYGAwAoC8CAPgvAgBQMAIAqDACAKAvAgD4LwIAUDACAKgwAgCI6gEAGEEFANC7EAAovBAAgLwQANi8EAAwvRAAAAAAACiUAACAlAAACO0CAPiyBgAQXwIAsH0RAHCmCABoiwIAKJQAAICUAAAI7QIA+LIGABBfAgBQhxEAQNYBALBoAgBYQwcAQKsIAGjeAABAuQcAQNYBAGiLAgAQXwIAmIwAAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBABDbAQBo2wEAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAAAAAAA4KAAAgOkBANjpAQAw6gEAWAAAANCkCQCoWAcASEsAAOjgAQDw6QIASOoCAKDqAgD46gIAUOsCAMgOAABILwIASGAPAJCrDwBgRQ4AUKgRAGgREQAAAAAAIPANABC5EABouRAAwLkQABi6EABwuhAAyLoQAHALDAAY0BAAcNAQAMjQEAAgPQMAAAAAAEC5BwBISwAAID0DAJC3AACYlAEAUPkBAKj5AQAA+gEAWPoBAJjWAQDw1gEASC8CACiUAADIDgAACKMBAIidAQBQOwIASC8CAEAaEABASQ8AcAsMAAAAAABIqwEAAAAAACiUAACYjAAAgEIJAAAAAAAAAAAAKJQAAEhLAABILwIAeFYCANBWAgAgYxAASC8CAHALDAAAAAAAKJQAAJiMAACwcQoAoCEOANiBCgAwggoAiIIKAOCCCgBQqBEAOIMKAJCDCgDogwoAUKgRAGA8BgC4PAYAED0GAGBKEAC4ShAAEEsQAGA8BgC4PAYAED0GAGBKEAC4ShAAEEsQAJiMAADovhAAAAAAAEgvAgBQOwIAqDsCAAA8AgAAAAAASEsAAOjgAQBA4QEAmOEBABBfAgCAxQ0A2MUNAGjeAABQUQIAqFECABjsAwBISwAA6OABAEDhAQCY4QEAEF8CAGhfAgCwaAIACGkCAGBpAgC4aQIAyA4AABDwBQCY/w0ACGkCAGBpAgC4aQIASEsAAKBLAACYvBEA8LwRAEi9EQAAAAAAQNYBAJjWAQDA8QEAuH4GAKhYBwBISwAAyA4AABBfAgA4ZAIAkGQCAOhkAgBAZQIAmGUCAPBlAgBISwAASGYCAOCcEACgSwAAmLwRAPC8EQBAuQcAEF8CADhkAgCgSwAAmLwRAPC8EQBIvREAmIwAANggDQA4XgQAoB8AAKB8DQD4fA0AUH0NAKh9DQAAfg0AEF8CADhkAgCgSwAAmLwRAPC8EQBIvREAEF8CADhkAgCgSwAAmLwRAPC8EQAY7AMAWAAAANCkCQComQAAAJoAAFDxAADoHwMAOCgAAJAoAAAAmgAAmNYBABgZAACQtwAAqJkAAKiZAAAAmgAAUPEAAOgfAwCYjAAAWEMHAECrCAComQAAAJoAAFDxAADoHwMASEsAAEhLAAAQ8AUAaPAFAEhFAgCgRQIA+EUCAOjgAQComQAAAJoAAFDxAADoHwMA0CIBAECrCABISwAAoEsAAKAhDgBwpggAGK8QAACaAABQ8QAA6B8DAEirAQBIqwEAWAAAAGgCCwAwnQEAiJ0BADjPAwCQzwMA0OcQAJjWAQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAQNYBAJjWAQD4cQIAUHICAKhyAgAAcwIAWHMCALBzAgAIdAIAYHQCAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAAAAAAqJkAABjsAwComQAAAJoAAFDxAADoHwMAcKYIABivEACoXwEAIH4SAACaAABQ8QAA6B8DAAAAAAComQAAAJoAAEgXCgBwpggAMDUKAPDpAgAwnQEAOF4EAAijAQBAuQcAyGkKAKiZAAAAmgAAUPEAAOgfAwBIRQIAICQPANiBCgCAlAAAoPUCAEirAQCgqwEAyCEMACAiDAB4IgwAYCwPAACaAABQ8QAA6B8DAOi+EABQOwIAIHILAKiZAAAAmgAAUPEAAOgfAwBA1gEAUDsCACiUAADQIgEAQKsIABgZAABISwAA6OABAJC8DQBQ8QAA6B8DAEC5BwDYgQoASEsAAEhmAgA4KAAASEUCACAkDwDYgQoAgJQAAKD1AgDIDgAAoB8AAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQCYjAAAANkBAFjZAQCIMgAACPgCAADZAQAItgIA6OABAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQCQvQkAmLkHAPC5BwCIDAkA4AwJADgNCQCQDQkA6A0JAEAOCQComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAKhYBwCgKwcA+CsHAIh5DQAIowEAQLkHAMhpCgComQAAAJoAAFDxAADoHwMASEsAAJiMAADwjAAAaIsCAEC5BwDw6QIA0LcKACi4CgA4KAAASKsBAKCrAQBo3gAAqJkAAACaAABQ8QAA6B8DALjLBgAQzAYAuLsEAGAGAgBgLA8A0CIBAECrCAAYGQAASEsAAOjgAQBwpggAGK8QAACaAABQ8QAA6B8DAMgOAAAgHA4AWAAAAFgAAABoAgsAQNYBAEhLAADo4AEAcKYIAJC9CQCYuQcA8LkHAIgMCQDgDAkAOA0JAJANCQDoDQkAQA4JAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEASKsBAEirAQBgLA8AUDsCANi1CwCAQgkAmIwAAPCcAgBInQIAoJ0CAPidAgBQngIAqJ4CAACfAgBYnwIAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAEDWAQCwaAIAGOwDADCdAQCInQEA0I0CACiOAgCAjgIAuKACABChAgBooQIAwKECABiiAgBwogIAyKICACCjAgB4owIA0KMCACikAgCApAIA2KQCADClAgCIpQIA4KUCADimAgCQpgIA6KYCANAiAQBIRQIAaBERAACaAAA4KAAAWOwNAEDWAQDQIgEA+EQGACh4AgDo4AEAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAJC3AACgKwcA+CsHAFAsBwCoLAcAAC0HAFgtBwDQIgEAKCMBAABrDAAwNQoASLAOAMDOCQCQtwAACPgCACh4AgC4ywYAQLkHAMhpCgComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAAAAAACYjAAAgEIJACiUAAComQAAqJkAAACaAABQ8QAA6B8DAHi2AwCQtwAAmJQBAPCUAQBIlQEAqJkAABgZAACQtwAAmJQBAPCUAQBIlQEAqJkAAACaAABQ8QAA6B8DAHCmCAAYrxAAqFgHAABZBwDwlAEASJUBAKiZAAAAmgAAUPEAAOgfAwBwpggAGK8QADgoAADAzgkAyMgPAKiZAABwpggAmIwAAIBCCQDYQgkAMEMJAEhgDwCQqw8AYEUOACDwDQAAFwcA0CIBAECrCACYqwgASEUCAGgREQAAmgAASC8CAKAvAgCg0xEAgJQAAMjODQBISwAAuMsGAEC5BwDIaQoA6OABAFC6CwCougsASEsAAEgvAgBIYA8AkKsPAGBFDgDoVwoAQFgKAEhaBgAIeAgASC8CAPirDABAUgEAmFIBAEDNDwCYzQ8A8M0PAEjODwCgzg8AIPANABC5EABouRAACKMBAGCjAQC4owEASC8CAPirDABAUgEAmFIBAEDNDwCYzQ8A8M0PAEjODwCgzg8AKJQAAICUAACg9QIA+PUCAFD2AgCo9gIAAPcCAFj3AgCw9wIAsJEOAAiSDgBgkg4AuJIOABCTDgBokw4AQLkHAEgvAgCgLwIAkCgAAGjeAABILwIAIPANAHjwDQBInQIAoJ0CAPidAgBQngIAqJ4CAACfAgDIDgAASC8CAEhgDwCQqw8AYEUOAKAvAgCg0xEAgJQAAMjODQBISwAAuMsGAEC5BwDIaQoA6L4QABgZAABwGQAAeE4BALBHAgDoVwoAQFgKAPDWAQAYrxAAqFgHAOi3AABApwIA8JwCAJjWAQBIFwoA8MsBAEhgDwBgPAYAGOwDAEDpDQCY6Q0A8OkNAEjqDQComQAAAJoAAFDxAADoHwMAGBkAAEhLAACYjAAAKHgCALjLBgBAuQcAyGkKAKiZAAAAmgAAUPEAAOgfAwAoAgwAwM4JAMjIDwDQjQIASC8CAEhqCABIIQMA0CIBAEhFAgAgJA8AMJ0BAKDJAgCYjAAAKHgCALjLBgBAuQcAyGkKAEgvAgBwCwwAGNAQAHDQEADI0BAAoC8CAPgvAgBQMAIAqDACAAAAAABILwIA+NcMAFDYDADYphAAMKcQAIinEADgpxAAAPoBACh4AgC4ywYASEUCAEirAQBgLA8ASGAPAJBvAgDobwIAQHACAGA8BgAI+AIAGBsDAHAbAwDIGwMAIBwDAHgcAwAoKAMAgCgDANgoAwAwKQMAiCkDAOApAwA4KgMAkCoDAOgqAwBAKwMAAAAAACiUAACAlAAAoPUCAPj1AgBQ9gIAqPYCAAD3AgBY9wIAYDwGAAj4AgAYGwMAcBsDAMgbAwAgHAMAeBwDACiUAADIDgAASGAPAJCrDwDQEQMAKBIDANAiAQD4RAYA6L4QAIAVDQDYFQ0AMBYNAIgWDQAISAIAyAsMACAMDADYgQoAUDsCANAiAQCgwQEAOF4EAKjNAQAIowEAiJ0BAFA7AgBILwIA6FcKAEBYCgBISwAAKJQAAEDWAQBQ4A0AcNsQAKhYBwDotwAAQKcCAPCcAgCY1gEA8NYBAEgvAgAg8A0A6L4QAHCmCABILwIAgBUNANgVDQAwFg0AiBYNACiUAADIDgAAoB8AAPjXDABQ2AwA4J0BADieAQCQngEA6J4BAECfAQB4vAEAuMMQAJi5BwDwuQcAiAwJAOAMCQA4DQkAkA0JAOgNCQBguwQAuLsEABC8BABovAQAwLwEABi9BABwpggASC8CACDwDQDovhAAcKYIAEgvAgCAFQ0A2BUNADAWDQCIFg0AKJQAAMgOAACgHwAASGoIAEghAwCgIQMA+CEDAFAiAwCoIgMA6M8OAEDQDgCY0A4A8NAOAEjRDgCgCQAAuHQNAKAfAADw6QIA0LcKACi4CgAQrhAA+LIGAJBvAgCgCQAAiAMMAAAAAAAAUgIA+GMDANAiAQBAqwgAyA4AAKjNAQD4dwAA+AgPACByCwCgCQAAiAMMAAAAAAAYQQUA+NcMAAgyDQBgMg0AUKgRAGgREQCIrAcAoKsBAGjeAABILwIASGAPADi7EQD4SwAAcAsMAMCbDwAAMQIAWDECALAxAgAIMgIAYDICANAiAQCgwQEA+MEBAFDCAQCowgEAAMMBAFjDAQCwwwEAYDwGALg8BgB4fwMA0H8DACiAAwCAgAMA2IADAGC7BAC4uwQAYAYCAGAsDwCoWAcAAFkHAHh/AwBILwIAoC8CAPgvAgBQMAIAqDACAHhWAgAwnQEA+LIGAKBLAABILwIAcAsMAMCbDwAYnA8AcJwPAPDpAgDQtwoAKLgKALBoAgD4CA8AIHILAEhgDwA4uxEAkLsRAJjWAQDIDgAAaEkCAMBJAgBIqwEAcKYIAEgvAgCgLwIAWOwNAEDWAQCg3A4A+NwOAFDdDgCo3Q4AAN4OAFjeDgCw3g4ACN8OAGDfDgDQIgEAQKsIAKiZAABISwAAUKgRAKBFAgD4RQIAUEYCAHALDADAmw8AADECAFgxAgCwMQIACDICAGAyAgDQIgEAoMEBAPjBAQBQwgEAqMIBAADDAQBYwwEAsMMBAPjXDAAIMg0A6L4QAHi2AwCQtwAAID0DADiLCwCozQwAAM4MAFjODACwzgwACM8MAGDPDADwZxAAGNAQAHDQEADI0BAASC8CALjDEADYgQoASEsAAEgvAgC4wxAAOCgAAEgvAgBQqBEAICQPANiBCgCAlAAAoPUCAOhXCgCwaAIAiJoCAOCaAgAIeAgAcKYIAEgvAgB4VgIAMJ0BAPiyBgCgSwAASC8CALjDEADw6QIA0LcKACi4CgA4KAAASKsBAKCrAQBIaggA6B8OAEAgDgCYIA4AEPAFAJj/DQDw/w0AcD0KAEgvAgB4VgIAMJ0BAPiyBgCgSwAASC8CALjDEADw6QIA0LcKACi4CgA4KAAASKsBAKCrAQDQIgEAyP0BACD+AQB4/gEA0P4BACj/AQCA/wEAGOwDAEgvAgB4VgIAMJ0BAPiyBgCgSwAASC8CALjDEADw6QIA0LcKACi4CgA4KAAASKsBAKCrAQBQ4A0AqOANAPDpAgAwnQEAcKYIABivEAB4VgIAMJ0BAPiyBgCgSwAASC8CALjDEADw6QIA0LcKACi4CgA4KAAASKsBAKCrAQAwnQEAoMkCAEgvAgD4qwwAaAILADCdAQCInQEAOM8DAJDPAwDQ5xAASC8CAFDgDQBw2xAAAJoAAJjWAQD4cQIAUHICAKhyAgAAcwIAWHMCALBzAgAg8A0AELkQAGi5EAAIowEAYKMBALijAQDQIgEAQKsIABgZAABISwAASC8CAEhgDwCQqw8AYEUOAHALDADICwwASEsAABDwBQAY7AMASC8CAPjXDABQ2AwAqNgMAIAVDQB4tgMA0LYDACi3AwDQIgEA+EQGAEirAQDgwAQAkLcAAKiZAABQqBEAICQPANiBCgCAlAAAoPUCAMgOAABILwIAuMMQANiBCgBISwAASC8CALjDEAA4KAAASC8CAOhXCgCwaAIAiJoCAOCaAgBISwAA6OABAFA7AgAgcgsAAJoAAEgvAgBQ4A0AqOANAPDpAgAwnQEAcKYIABivEABQqBEAqKgRAACpEQA4kAIAkJACAOiQAgBoiwIAwIsCAHCmCABILwIAIPANACh4AgCAGAEA2BgBAAj4AgBg+AIAuPgCABiUDgBwlA4AyJQOACCVDgB4lQ4A0JUOACiWDgCAlg4A2JYOADCXDgCIlw4A4JcOADiYDgCQmA4A6JgOAECZDgCYmQ4A8JkOAEiaDgCgmg4A+JoOAFCbDgComw4AAJwOAFicDgCwnA4ACJ0OAGCdDgC4nQ4AEJ4OAGieDgDAng4AGJ8OAHCfDgDInw4AIKAOAHigDgAwnQEAiJ0BANCNAgAojgIAgI4CANiWAwAwlwMAiJcDAOCXAwA4mAMAkJgDAOiYAwBAmQMAmJkDAPCZAwBImgMAoJoDAPiaAwAAAAAAQLkHANiBCgBILwIAeOUNANDlDQDw6QIA0LcKACDwDQDovhAAQL8QAJi/EADwvxAASMAQAKDAEAD41wwAUNgMAKjYDAAY7AMAcOwDAMjsAwBA1gEASC8CAEhqCACgaggA+GoIAFBrCACoawgASCEDAKAhAwD4IQMAUCIDAGA8BgC4PAYAOFMPACiUAADQIgEAGBkAAEgvAgAAmgAAmNYBAPjXDAAIMg0AYDINAIAVDQDYFQ0AyBkAACAaAABQrAwA8JwCALBoAgBYQwcAQKsIAEhLAADo4AEAkLwNAEgvAgD4qwwAQFIBAJjWAQBYAAAAsAAAAPCcAgCY1gEA8NYBAEgvAgBIaggAYIEQALiBEAAoeAIA6OABAFC6CwBAqwgAGBkAAEhLAABILwIAUOANAMimCAC4RxEAEEgRAEhFAgCYjAAAANkBAKAfAABIaggASCEDAJCmDQDopg0AQKcNAJinDQBILwIA+NcMAAgyDQBgMg0ASGoIAGCBEAC4gRAA8JwCAEhLAAC4ywYAiJ0BAFA7AgBILwIAKJQAAGhJAgAolAAASEsAAEhLAAC4ywYAiJ0BAFA7AgBILwIAUOANAIDYDgBo3gAA+NcMAFDYDACo2AwA6FcKAEBYCgBAsgIAAFkHAHh/AwDQfwMAKIADABjsAwBILwIA0CIBACgjAQAAawwAmIwAAAh4CAAwNQoAiJ0BAFA7AgBILwIA6FcKAEBYCgDw1gEASNcBAKDXAQD41wEA+NcMAAgyDQBgMg0ASKsBAKCrAQDIGAQAIBkEAHgZBADQGQQAKBoEAIAaBABIYA8AOLsRAPhLAAA4BgQAkAYEAOgGBABABwQAANkBAKAfAACwVw8ASC8CAPjXDABQ2AwAqNgMANAiAQBAqwgAmKsIACgjAQBA1gEA+NcMAAgyDQBgMg0A+NcMAFDYDACo2AwAuOUMABDmDABo5gwA+KsMAEBSAQCYUgEAOBQOAJAUDgDoFA4AQBUOAEgvAgC4wxAAOCgAAEgvAgBIaggAYIEQALiBEADwnAIASEsAALjLBgCInQEAUDsCAEgvAgAolAAA2GsKADBsCgCIbAoASGAPAJCrDwBgRQ4ASGoIAKAfAAD4HwAAUCAAAKggAAAAIQAAWCEAACDwDQAoeAIA2IEKADCCCgCIggoA4IIKADiDCgCQgwoA6IMKAECECgB4PQ4AEPAFAJj/DQCImgIAyA4AAKjHAwCYjAAAKHgCAOjgAQB45Q0AoCEOAMgOAAAItgIASC8CAIAVDQDAdQIAGHYCAHB2AgBIqwEAoKsBAMghDAAgIgwAeCIMALBxCgCgIQ4AyA4AAAi2AgCgCQAA+AkAAEhgDwCQqw8AYEUOACDwDQAIeAgAcKYIAEDWAQCY1gEAyA4AAKjNAQAgPQMAuMMQAMhpCgBILwIASGoIACAPAACA5wkA2OcJADDoCQCI6AkASC8CAFgAAABISwAAuMsGAIidAQBQOwIASC8CAGA8BgC4PAYAED0GAGg9BgDAPQYAGD4GAHA+BgDIPgYAiDEEAOAxBACoNgsAADcLALjDEADIaQoASC8CACiUAACAlAAACO0CAIghAgBILwIAUOANAIDYDgDQIgEA+EQGANggDQCInQEASC8CAEhqCAAgDwAAgOcJANjnCQAw6AkAiOgJAEgvAgCYhAoA8IQKAEiFCgCghQoA+IUKAFCGCgCohgoAAIcKAFiHCgCwhwoASGoIAKAfAAD4HwAAUCAAAKggAAAAIQAAID0DAMgOAABILwIASGAPADi7EQD4SwAAUEwAAKhMAAAATQAAWE0AALBNAAAITgAAYE4AALhOAACozQwAAM4MABgNDwBwDQ8AyA0PACAODwB4Dg8AuMMQAMhpCgBILwIAeOUNAKAhDgDIDgAASKsBAKCrAQDIIQwAICIMAHgiDAC4+AIAAAAAAEirAQDIDgAACLYCAGC2AgAoeAIA6OABAPDLAQAAAAAAAAAAAAAAAAAAAAAAAAAAABgxAwBwMQMA8MsBAAAAAAAYMQMAcDEDAEg3AwC4PAYA+A4NAFAPDQCoDw0AABANAFgQDQCwEA0ACBENAGARDQBgWAQAuFgEABBZBABoWQQAwFkEABhaBABwWgQAyFoEACBbBAB4WwQA0FsEAChcBACAXAQA2FwEADBdBAAQPQYAaD0GAMA9BgAYPgYAcD4GAMg+BgCIMQQA4DEEADgyBACQMgQA6DIEAEAzBACYMwQA8DMEAEg0BACgNAQA+DQEAFA1BACoNQQAADYEAHA5BADIOQQAIDoEAHg6BADQOgQAKDsEAIA7BADYOwQAMDwEAIg8BADgPAQAOD0EAJA9BADoPQQAQD4EAJg+BADwPgQAUDsCACA9AwCQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAIgxBADgMQQASEUCAJiMAADIDgAAOGkEAJBpBABgLA8AqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAPj9DgBQ/g4AqP4OAAD/DgBY/w4AsP8OAAgADwBgAA8AuAAPABABDwCQMgQA6DIEAKAvAgD4LwIAUDACAKgwAgAAjg8AOEUFAJBFBQDoRQUAQEYFAJhGBQDwRgUASEcFAKBHBQBwCwwAwJsPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQB4VgIAsHEKADCdAQCgyQIAYCwPAGA8BgC4PAYAED0GAGg9BgDAPQYAGD4GAHA+BgDIPgYAID8GALg8BgAQPQYAaD0GAMA9BgAYPgYAcD4GAMg+BgCIMQQA4DEEABhcBwBwXAcAyFwHACBdBwB4XQcA0F0HAEghAwCgIQMAkLcAAFgAAAAQhQQAEF8CADBiEQCIYhEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAyA4AABBfAgAQaREACPgCABgbAwBwGwMAyBsDACAcAwCQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAGBkAAHAZAABo3gAAqJkAAACaAABQ8QAA6B8DAGhpEQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIMQQA4DEEAHCmCACQvQkAqJkAAMgOAADwwg8AcBkAAHhOAQDo4AEAqF8BAFAXDgA4XgQACLYCAOjgAQCQvA0AUPEAAOgfAwBgPAYACPgCAGD4AgC4+AIAEPkCAKAvAgD4LwIAUDACAKgwAgDQIgEAWAAAAGgCCwBA1gEASEsAAOjgAQCQvA0AUPEAAOgfAwBIqwEA4MAEADjBBABYAAAASEAAABBfAgCwfREAMJ0BAEhFAgAwSQcAsGgCAPCcAgAY7AMASC8CAIAVDQDYFQ0AMBYNAIgWDQBIqwEAoKsBAMgYBAAgGQQAGK8QAHCmCAAgPQMAMMYNAJi5BwDwuQcASLoHAEgvAgBIaggAaEkCAJiMAADwnAIAmNYBAPDWAQBILwIAuMMQAEhFAgDA8QEAuH4GAKhYBwBISwAASC8CAKAvAgDAzgkAGM8JALhFAwAQRgMAwHsLACAaAABIQAAASC8CAHhWAgDA3gAAsGgCAOAgEQA4IREA0KQJACilCQBILwIAIPANAPDpAgBI6gIA2CANADAhDQCYjAAASEUCAEirAQBILwIA+NcMAGC7BAC4uwQAYAYCAGAsDwDQIgEAQKsIABgZAABISwAAmIwAACh4AgC4ywYAQLkHAMhpCgAgPQMASKsBAODABAA4wQQAWAAAAEhAAABILwIASKsBAODABAA4wQQAkMEEAOjBBABAwgQAmMIEAPDCBABIwwQAoMMEAPjDBABQxAQA4BYNADgXDQCQFw0A6BcNAEgvAgBIqwEA4MAEADjBBACQwQQA6MEEAEDCBACYwgQA8MIEAEjDBACgwwQA+MMEAFDEBADgFg0AOBcNAJAXDQDoFw0AQFIBAJhSAQBAzQ8AmM0PAPDNDwBIqwEAGOwDAJC3AACYlAEAcNEBADgoAADAzgkAUDsCACiUAABA1gEAmNYBAPDWAQAgPQMAQJYEADjoDQCQ6A0A6OgNAKgnBQAAKAUAWCgFALAoBQAIKQUAYCkFALgpBQAQKgUA+KsMAOCJBABIIQMAkLcAAJiUAQCYuQcAeAMPAJBAAwDoQAMAQEEDAJhBAwDwQQMASEIDACgoAwCAKAMA2CgDADApAwCIKQMAIPANAAAXBwD4qwwAaAILAMgOAAAItgIAUDsCAEDWAQCY1gEAyA4AADhpBACQaQQA6JQIAFDgDQBA1gEAEK4QAPDpAgDQtwoAKLgKAABSAgBYUgIASGAPABDwBQBo8AUAqJkAAHCmCABISwAAuMsGABDMBgBozAYAwMwGABjNBgBwzQYAID0DADhAAwAongQAgJ4EANieBAAwnwQAiJ8EAOCfBAA4oAQAkKAEAOigBACQMgQAQOcKAJjnCgDw5woAwMwGABjNBgBwzQYAqOkKAFgsCwCwLAsAADECADCdAQBA1gEAmNYBAIAYAQCA8xAASC8CAGA8BgBA1gEAmNYBAEhaBgAoeAIA6OABACDwDQAAFwcAYDwGALg8BgAQPQYAaD0GAMA9BgAYPgYAcD4GAMg+BgCIMQQA4DEEADgyBACQMgQA6DIEAEAzBAB45Q0AoCEOAMgOAAAItgIASKsBAKCrAQDIIQwAICIMAHgiDACwcQoAoCEOAMgOAAAItgIASC8CACDwDQDovhAAcKYIAEgvAgD4qwwAaAILAEDWAQBISwAAAAAAAAAAAAAAAAAAEF8CAAAAAAAQXwIAAAAAABBfAgAAAAAASC8CACDwDQDovhAAcKYIAEgvAgD4qwwAaAILAEDWAQBISwAA4LoRAAAAAABILwIAIPANAOi+EABwpggASC8CAPirDABoAgsAQNYBAEhLAABIqwEAoKsBAMgYBAAgGQQAeBkEANAZBAAoGgQAgBoEAEhgDwA4uxEA+EsAAIAYAQBYAAAAaAILAMgOAAAItgIAUDsCAEDWAQCY1gEAyA4AADhpBACQaQQAgBgBADDWBAAg8A0AEMcPAHA9CgDIPQoAID4KAHg+CgDoVwoAQFgKAECyAgAAWQcAQNYBAHCmCABILwIAIPANAAh4CABgeAgAuHgIABB5CADo4AEAkLwNABBfAgBILwIA0CIBAKDBAQA4XgQAqM0BAAijAQCInQEAUDsCAEgvAgAg8A0AABcHAFA7AgAgcgsA0CIBAEgvAgD41wwA+LIGAFCzBgBQ4A0AcNsQAHCvEADQpAkAKMcQAIDHEADIDgAASC8CALjDEADIaQoAAAAAAAAAAAAgPQMASE0DACiJCwCAiQsA2IkLADCKCwBwCwwAGNAQAHDQEADI0BAAkCINAOgiDQBAIw0AYDwGALg8BgAQPQYAaD0GAMA9BgAYPgYAIAEMAHgBDADQAQwAsHEKAKAhDgDIDgAACLYCAKBgDwCQvA0A6LwNAEC9DQCYvQ0A8L0NAEi+DQCgvg0A+L4NAFC/DQBQ4A0A6AgSAKiZAABIYA8AkKsPAGBFDgBgPAYAuDwGABA9BgBoPQYAwD0GABg+BgBwPgYAyD4GAIgxBADgMQQAODIEAJAyBABA5woAmOcKAPDnCgDAzAYAGM0GABCuEAD4sgYA6OABAGA8BgC4PAYAED0GAGg9BgDAPQYAGD4GAHA+BgC4UwIAEFQCALjLBgAQzAYAaMwGAMDMBgAYzQYAcM0GALg8BgAQPQYAaD0GAMA9BgAYPgYAcD4GAMg+BgAgPwYAeD8GANA/BgAoQAYAgEAGAEhqCACgHwAA+B8AAFAgAACoIAAAID0DADhAAwAongQAgJ4EANieBAAwnwQAiJ8EAOCfBAA4oAQAkKAEAOigBABAoQQAmKEEAPChBABIogQAoKIEAPiiBACQMgQAQOcKAJjnCgDw5woASOgKAKDoCgD46AoAUOkKALhFAwAQRgMAwHsLAEhFDQBIFwoA2IEKAEhLAADo4AEASGAPAJCrDwBgRQ4AeOUNAKAhDgDIDgAAqJkAAEhLAABo3gAAQLkHAEDWAQBoiwIASC8CAPjXDAAIMg0AYDINACiUAACAlAAAQNYBAJjWAQBIWgYAoFoGAPhaBgCYjAAASEUCAEirAQAAAAAASC8CAGiLAgCwtQ0AiJ0BANCNAgAgPQMAOEADACieBACAngQA2J4EADCfBACInwQA4J8EAABSAgBYUgIAYDwGAAj4AgCw4BEACOERAGDhEQAAyA4AMGADACAPAADQIgEAQKsIALg8BgAQPQYAaD0GAMA9BgAYPgYAcD4GACABDAB4AQwA0AEMALBxCgAY7AMAAAAAAAAAAAAAAAAAGDEDAHAxAwDwywEAAAAAAAAAAAAAAAAAAAAAABgxAwBwMQMASDcDALg8BgAQPQYAaD0GAMA9BgAYPgYAcD4GAMg+BgCIMQQA4DEEADgyBAAYXAcAcFwHAMhcBwAgXQcAeF0HANBdBwDQIgEAgNIFANjSBQAw0wUAiNMFAHCmCABIRQIASC8CANAiAQAoIwEAAGsMAFhrDACwawwA0CIBAIDSBQDY0gUAMNMFAIjTBQCQtwAA6LcAAEC4AACYuAAA8LgAAPhEBgDwnAIAEK4QAJiMAAAIeAgA0CIBAIDSBQDY0gUAMNMFAIjTBQDolAgAUOANAEDWAQAQrhAA8OkCANC3CgAouAoAAFICAFhSAgBIYA8AEPAFAGjwBQComQAAcKYIANAiAQDI/QEAgJQAAAjtAgBg7QIACPgCACh4AgC4ywYAQLkHAMhpCgDIDgAAoB8AAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQD4/Q4AUP4OADCGEADgnAUAOJ0FAJCdBQDonQUAQJ4FAJieBQDwngUASJ8FAKCfBQD4nwUAUKAFAEgvAgBIqwEA4MAEAIidAQBoiwIASC8CAKAvAgD4LwIAUDACAJDHDQDoxw0AIPANAAh4CABwpggAQNYBAJjWAQDIDgAAqM0BAOhIDwAQ/wAA8L8FAKAhDgDIDgAACLYCAIhhCgDgYQoAOGIKAJBiCgDoYgoAQGMKAJhjCgDwYwoASGQKAKBkCgAg8A0A6L4QABjsAwBILwIAuMMQADgoAABILwIASGAPADi7EQD4SwAAUEwAAFgAAADQpAkAqFgHADCdAQBQWQ4AwM4JAKiZAABwpggASC8CANAiAQCA0gUA2NIFADDTBQCI0wUA6JQIAHjlDQCgIQ4AyA4AAAi2AgB45Q0AoCEOAMgOAAAItgIASC8CALBxCgAY7AMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYQQUAcEEFAJhCCgDwQgoASEMKAKBDCgD4QwoAUEQKAKhECgAARQoAWEUKALBFCgAIRgoAYEYKALhGCgAQRwoAaEcKAMBHCgCQMgQAQOcKAJjnCgDw5woASOgKAKDoCgD46AoAUOkKALjDEACYuQcA8LkHAIgMCQDgDAkAOA0JAJANCQDoDQkAQA4JAEgvAgBIYA8AuMsGABDMBgBozAYAcKYIAEgvAgC4wxAA2IEKABjsAwDIDgAAOGkEAJBpBADgwAQAuFMCAMgOAAA4aQQAkGkEALhTAgComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAPj9DgBQ/g4AqP4OAAD/DgBY/w4AsP8OAAgADwBgAA8AuAAPABABDwBoAQ8AwAEPABgCDwBwAg8AyAIPACADDwCQMgQAQOcKAJjnCgDw5woASOgKAKDoCgD46AoAUOkKALjDEACYuQcA8LkHAIgMCQDgDAkAOA0JAJANCQDoDQkAQA4JAEgvAgBIYA8AuMsGABDMBgBozAYAcKYIAEgvAgC4wxAA2IEKAJAyBABA5woAmOcKAPDnCgBI6AoAoOgKAPjoCgBQ6QoAuMMQAJi5BwDwuQcAiAwJAOAMCQA4DQkAkA0JAOgNCQBADgkASC8CAEhgDwC4ywYAEMwGAGjMBgBwpggASC8CALjDEADYgQoAQNYBABCuEACgyQIAoKsBAPirAQAY7AMAuFMCAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQA41QEAWDMQAKi+EQAolAAAgJQAAHgMAQDQDAEAKA0BAIANAQDYDQEAMA4BAIgOAQB4sAUA0LAFACixBQCAsQUA2LEFADCyBQCIsgUA4LIFADizBQCQswUA0CIBAIDSBQDY0gUAMNMFAIjTBQAAAAAAgBgBADDWBAAg8A0AEMcPAHA9CgDIPQoAID4KAHg+CgDoVwoAQFgKAECyAgAAWQcAQNYBAHCmCABILwIAIPANAAh4CABgeAgAuHgIABB5CADo4AEAkLwNABBfAgBILwIA0CIBAKDBAQA4XgQAqM0BAAijAQCInQEAUDsCAEgvAgAg8A0AABcHAFA7AgAgcgsA0CIBAEgvAgD41wwA+LIGAFCzBgBQ4A0AcNsQAHCvEADQpAkAKMcQAIDHEADIDgAASC8CALjDEADIaQoAAAAAAIDzEAAQ8AUAaPAFAMDwBQAY8QUAcPEFAMjxBQCAGAEAMNYEACDwDQAQxw8AcD0KAMg9CgAgPgoAeD4KAOhXCgBAWAoAQLICAABZBwBA1gEAcKYIAEgvAgAg8A0ACHgIAGB4CAC4eAgAEHkIAOjgAQCQvA0AEF8CAEgvAgDQIgEAoMEBADheBACozQEACKMBAIidAQBQOwIASC8CACDwDQAAFwcAUDsCACByCwDQIgEASC8CAPjXDAD4sgYAULMGAFDgDQBw2xAAcK8QANCkCQAoxxAAgMcQAMgOAABILwIAuMMQAMhpCgAAAAAAgBUNANgVDQAgPQMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUgIAWFICAEhqCACgaggA+GoIAOhpBABAagQAmGoEAPBqBABIawQAAMgOAAAAAAAAAAAAyA4AAAAAAAAAAAAAGEEFANB+BwAofwcAED0GAGg9BgDAPQYAGD4GAHA+BgDIPgYAiDEEAOAxBAA4MgQAkDIEAEDnCgCY5woA8OcKAMDMBgAYzQYAcM0GACA9AwDIkQQAIJIEAHiSBADQkgQAKJMEAICTBADYkwQAMJQEAMAQCgAYEQoAcBEKAMgRCgAgEgoASGoIACAPAACA5wkA2OcJADDoCQCI6AkASC8CACDwDQA4KAAASEsAAOjgAQCQvA0AkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCA0wEA2NMBADDUAQCI1AEA4NQBACiUAACAlAAACO0CAIghAgBILwIASGoIACAPAACA5wkA2OcJADDoCQCI6AkAID0DAJiMAACIIQIAQNYBAJjWAQBISwAAEPAFAGjwBQComQAAyA4AAFgAAADQpAkAKKUJAFDxAACY1gEAAAAAACiUAAComQAAyA4AAAi2AgDo4AEAkLwNAFDxAADoHwMAOIsLAJCLCwDoiwsAoFoGAPhaBgBQWwYAqFsGAABcBgBYXAYAsFwGAAhdBgBgXQYAuF0GABBeBgBoXgYAwF4GABhfBgBwXwYAyF8GACBgBgB4YAYA0GAGAChhBgCAYQYA2GEGADBiBgCIYgYA4GIGADhjBgCQYwYA6GMGAEBkBgCYZAYA8GQGAEhlBgCgZQYA+GUGAFBmBgCoZgYAmIwAAPCMAADo9wgAQPgIAHCmCABILwIASGAPADi7EQD4SwAA0CIBAPhEBgBQRQYASC8CAOhXCgBAWAoASEsAABDwBQBo8AUAqJkAAMgOAABILwIA+KsMAGjzDwAopQkASC8CAOhXCgBAWAoAAAAAACiUAAComQAAyA4AAAi2AgBILwIASKsBAODABABguwQAoMEBAPiyBgBQswYAaN4AALBxCgAwnQEAkLcAAOj3CABILwIA+NcMAAgyDQAgPQMAkLcAAAj4AgAYGwMAcBsDAMgbAwAgHAMAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBAIg2EQCQvA0AUPEAAOgfAwCIMgAA6LcAAEC4AACYuAAA8LgAAEi5AAAgPQMAkLcAAAj4AgAYGwMAcBsDAMgbAwAgHAMAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBAIg2EQCQvA0AUPEAAOgfAwDoVwoAQFgKAPDWAQBI1wEAoNcBAPjXAQBQ2AEAqNgBAEirAQCgqwEAyCEMACAiDAB4IgwAsHEKAKAhDgDIDgAACLYCAKiZAABwpggAMDUKADheBACIMgAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAIgxBADgMQQAGNgGAHDYBgDI2AYAINkGAHjZBgDQ2QYAKNoGAIDaBgDIkQQAIJIEAHiSBADQkgQAKJMEAICTBADYkwQAMJQEAIiUBADglAQAOJUEAJCVBADolQQAACQKAFgkCgCwJAoACCUKAGAlCgC4JQoAECYKAGgmCgDAJgoAGCcKAHAnCgDIJwoAICgKAHgoCgDQKAoAKCkKAIApCgDYKQoAMCoKAIgqCgDgKgoAOCsKAJArCgDoKwoAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAIgxBADgMQQAGNgGAHDYBgDI2AYAINkGAHjZBgDQ2QYAKNoGAIDaBgB4PQMA0D0DAHgMAQDQDAEAKA0BAIANAQDYDQEAMA4BAIgOAQB4sAUA0LAFACixBQCAsQUA2LEFADCyBQCgHwAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAPj9DgBQ/g4AqP4OAAD/DgBY/w4AsP8OAAgADwBgAA8AuAAPABABDwBoAQ8AwAEPABgCDwBwAg8AyAIPACADDwD4qwwAuJALABCRCwBokQsAwJELABiSCwBwkgsAyJILACCTCwB4kwsA0JMLACiUCwCAlAsA2JQLADCVCwCIlQsA4JULADiWCwCQlgsA6JYLAECXCwCYlwsA8JcLALhFAwAQRgMAwHsLAEhFDQBIFwoA2IEKAEhLAADo4AEASGAPAJCrDwBgRQ4AeOUNAKAhDgDIDgAASEsAAEgvAgB4VgIA0FYCACBjEAB4YxAAgBUNANgVDQAwFg0AiBYNAPirDABoAgsAyA4AAKjNAQAIowEASEUCAEirAQBgLA8ASGAPAJCrDwBgRQ4AYDwGALg8BgAQPQYAaD0GAMA9BgAYPgYAcD4GACABDAB4AQwA0AEMAEhgDwA4uxEA+EsAAOhXCgBAWAoA8NYBAEjXAQCg1wEA+NcBAEhqCACgHwAA+B8AAFAgAACoIAAAACEAABD/AACQ8w0AYDwGALg8BgAQPQYAaD0GAMA9BgAYPgYAcD4GAMg+BgCIMQQA4DEEAAhZCwBQ2AwAqNgMAFCoEQAwSQcAiEkHAOBJBwA4SgcAGBkAAEgvAgBIaggAYIEQALiBEAAoeAIAMJ0BAGC7BABAqwgAQLkHANiBCgBISwAA6OABAJC8DQBQ8QAA6B8DAPAMEQC4ywYAEMwGAGjMBgDAzAYAGM0GAHDNBgCo6QoAAOoKAFjqCgCw6goACOsKAGDrCgC46woAEOwKAGjsCgDA7AoAGO0KAHDtCgDI7QoAIO4KAEhqCACgHwAA+B8AAFAgAACoIAAAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQC4RQMAEEYDAMB7CwAYfAsAcHwLAMh8CwAgfQsAeH0LAKAvAgDAzgkAGM8JAHDPCQC4wxAAQNYBAEgvAgBQ4A0AqOANAEDWAQCY1gEAQLICAEhLAABIZgIAQNYBABjsAwBILwIA8MsBACiUAACAlAAACO0CAIghAgD4/Q4AUP4OAKj+DgAA/w4AWP8OALD/DgAIAA8AYAAPALgADwAQAQ8AaAEPAMABDwAYAg8AcAIPAMgCDwAgAw8A8G4KAPhZCgBoXQoAwF0KABheCgBwXgoAkDIEAEDnCgCY5woA8OcKAEjoCgCg6AoA+OgKAFDpCgC4wxAAmLkHAPC5BwCIDAkA4AwJADgNCQCQDQkA6A0JAEAOCQBILwIASGAPALjLBgAQzAYAaMwGAHCmCABILwIAuMMQANiBCgDIzQYAIM4GAHjOBgDQzgYAeAMPANADDwAoBA8AgAQPANgEDwAwBQ8AiAUPAOAFDwA4Bg8AkAYPAJAyBABA5woAmOcKAPDnCgDAzAYAGM0GAIh5DQCgHwAAiKwHAGAsDwCoWAcASEsAALjLBgBAuQcAyGkKAEhLAAC4ywYAEMwGAGjMBgDAzAYAGM0GAHDNBgDIzQYAIM4GAHjOBgDQzgYAqJkAAACaAABQ8QAA6B8DAAA8AgC4ywYAEMwGAGjMBgDAzAYAGM0GAHDNBgDIzQYAWDkOALA5DgAIOg4AYDoOALg6DgAQOw4AaDsOACAPAACA5wkA2OcJADDoCQCI6AkASGYCAJi5BwDwuQcASLoHAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAID0DAPDRCgAAmgAAUPEAAOgfAwAYGQAAcBkAAAhqCQBgagkAuGoJABBrCQBoawkAwGsJALBoAgDw6QIASOoCANggDQAwIQ0AmIwAAEhFAgBIqwEASC8CAEhgDwC4ywYAEMwGAGjMBgDAzAYAGM0GAHDNBgCo6QoAyCYOAGA2CAC4NggAEDcIAGg3CADANwgAGDgIAHA4CADIOAgAIPANADgoAABISwAA6OABAJC8DQBIaggAoB8AAIisBwBgLA8AqFgHAEhLAAC4ywYAQLkHAMhpCgBILwIAcAsMABjQEABw0BAAyNAQADBgAwDYfgsAMH8LAIh/CwDgfwsAOIALAJCACwDoHgcAQB8HAJgfBwDwHwcASCAHAKAgBwD4IAcAUCEHAKghBwAAIgcAaDoHAMA6BwAYOwcAcDsHAMg7BwAgPAcAKJQAAEDWAQBA1gEAmNYBABgZAABISwAASC8CAEhgDwCQqw8AmLkHAGgCCwBIqwEAoKsBAPirAQAY7AMAID0DAAAAAABILwIASGAPAJBvAgDobwIAQHACAADIDgBIaggA6B8OADCdAQD4sgYAmIwAAEhFAgBIqwEAYCwPAEhqCACgHwAA+B8AAFAgAACoIAAAACEAAIj8BgBILwIAoC8CAFjsDQCw7A0ACO0NAEhgDwC4ywYAEMwGAGjMBgDAzAYAGM0GAHDNBgAgPQMAuEUDABBGAwDAewsAIPANAPDpAgBI6gIA2CANADAhDQCYjAAASEUCAEirAQBgLA8ASGoIAKAfAAD4HwAAUCAAAKggAAAAIQAA0CIBAAAAAABYAAAAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIMQQA4DEEABjYBgBw9w4AyPcOACD4DgBA1gEASBcKAOj4DwDAiwIAAJoAAKjNDAAAzgwAQNYBAJjWAQBIWgYAoFoGAPhaBgCYjAAASEUCAEirAQBgLA8AqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQCAlAAAGBkAABjsAwAgPQMASEsAAJC3AABYAAAAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIMQQA4DEEADgoAACA6QEA2OkBADDqAQCQtwAAmJQBAHDRAQDI0QEAQNYBAJjWAQD4cQIAoNMRAMgOAACgHwAA4GwKADhtCgCQbQoA6G0KAEBuCgCYbgoAcNgGAMjYBgAg2QYAeNkGANDZBgAo2gYAgNoGADBgAwAgDwAAgOcJANjnCQAw6AkAiOgJAEgvAgBwCwwAGNAQAHDQEADI0BAAeAMPANADDwCAihIA2IoSADCLEgCIixIA4IsSADiMEgCQjBIA6IwSAECNEgCYjRIAEFkEAGhZBADAWQQAGFoEAHBaBADIWgQAIFsEAHhbBAB45Q0AoCEOAMgOAABIRQIAMEkHAIhJBwDgSQcAOEoHAJBKBwCIeQ0A+HcAAPDpAgBI6gIA2CANADAhDQCYjAAASEUCAEirAQCYjAAAOCgAAGiLAgBocQcAwPEBAMgOAACIMgAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAIgxBADgMQQAGNgGAHD3DgDI9w4AIPgOAEgvAgDQIgEA+EQGABjsAwBILwIAgBUNANgVDQAwFg0AiBYNAFCoEQBoEREAIPANAPDpAgBI6gIA2CANADAhDQCYjAAASEUCAEirAQBgPAYAuDwGAPgODQBQDw0AqA8NAAAQDQBYEA0AsBANAAgRDQBgEQ0AuBENABASDQBwCwwAyA4AAAi2AgBgtgIASEUCAEirAQDgwAQAOF4EAGhJAgAQtw0A+NcMAFgAAADwjAAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAIgxBADgMQQAGNgGAHD3DgDI9w4AIPgOAHg9AwDQPQMAeAwBANAMAQAoDQEAgA0BANgNAQAwDgEAiA4BAFCoEQAgJA8AQLkHAEhLAADIDgAACLYCABDwBQCY/w0A4CARAEgvAgCgLwIAQNYBAEgXCgDQIgEASC8CAPDLAQAQ/wAAID0DADhAAwDotwAAQLgAAJi4AADwuAAASLkAAKC5AAB45Q0A0OUNACjmDQCA5g0A6FcKAKjNDAAAzgwASC8CALjDEADYgQoASEsAAEgvAgC4wxAAOCgAAEgvAgAg8A0A8OkCAEjqAgDYIA0AMCENAJiMAABIRQIASKsBAGAsDwBQqBEAMEkHAIhJBwDgSQcAOEoHAJBKBwCIeQ0ASC8CAEhgDwCQqw8AYEUOAEhgDwCYjAAAgEIJAGiLAgBILwIASGAPAOi+EAAY7AMASC8CALjDEAA4KAAASC8CAEhgDwA4uxEA+EsAAFBMAACoTAAAqJkAAHCmCABILwIAUKgRADBJBwCISQcA4EkHADhKBwCQSgcASKsBAJiMAAAA2QEACLYCALjLBgCQtwAAyA4AAKAfAACYjAAA8JwCAJC3AADo9wgAEF8CADBiEQCIYhEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAyA4AABBfAgAQaREAaGkRAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAIgxBADgMQQAGNgGAHD3DgDI9w4AIPgOAAAAAABYAAAA0KQJACjHEADIDgAAoB8AAJiMAADwnAIAkLcAAOj3CABYAAAAgFcCABBfAgAwYhEAiGIRAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAMgOAAAQXwIAEGkRAGhpEQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIMQQA4DEEABjYBgBw9w4AyPcOACD4DgBIqwEA4MAEAPDpAgAwnQEAiJ0BAFA7AgCQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAIgxBADgMQQAqDYLAKAfAAD4HwAAUPEAAOgfAwAgPQMASEsAABDwBQCY/w0AiJoCAMgOAABYAAAAaAILAEDWAQBISwAAID0DAEhLAAAQ8AUAmP8NAIiaAgDIDgAAWAAAAGgCCwBA1gEASEsAACA9AwDw0QoAAJoAAFDxAADoHwMAyJEEACCSBAB4kgQA0JIEACiTBACAkwQA2JMEACAlCwCgrgsA+K4LAFCvCwCorwsAALALAFiwCwCwsAsACLELAGCxCwC4sQsAELILAGiyCwDAsgsAGLMLAHCzCwDIswsAILQLAHi0CwDQtAsAKLULAIC1CwB4Aw8A0AMPACgEDwCABA8A2AQPADAFDwCIBQ8A4AUPADgGDwCQBg8A6AYPAEAHDwCYBw8A8AcPAEgIDwCgCA8AgIoSANiKEgAwixIAGBkAAIAYAQCA8xAASC8CAGA8BgC4PAYAED0GAGg9BgDAPQYAGD4GAHA+BgAgAQwAeAEMANABDABIaggAoB8AAPgfAABQIAAAqCAAADCUBACIlAQA4JQEADiVBACQlQQA6JUEAPhHBQBQSAUAqEgFALhTAgAQVAIAEPAFAJj/DQCImgIAyA4AAFgAAABoAgsAQNYBAEhLAAAQXwIAEGkRAGhpEQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIMQQA4DEEABjYBgBw9w4AyPcOACD4DgB4+A4A0PgOACj5DgCA+Q4A2PkOADD6DgCI+g4A4PoOADj7DgCQ+w4AcAsMABjQEABw0BAAyNAQAPAgAwAI+AIAsOARAAjhEQBg4REAuOERABDiEQBo4hEAwOIRABjjEQCIAgUA4AIFADgDBQCQAwUA6AMFAEAEBQCYBAUA8AQFAEgFBQCgBQUA+AUFAFAGBQCoBgUAAAcFAFgHBQCwBwUACAgFAGAIBQC4CAUAEAkFAGgJBQDACQUAGAoFAHAKBQDICgUAIAsFAADqCgAI+AIAsOARAAjhEQBg4REAuOERABDiEQBo4hEAwOIRABjjEQA4QAMAKJ4EAICeBADYngQAMJ8EAIifBADgnwQASEsAALjLBgAQzAYAaMwGAMDMBgAYzQYAcM0GAMjNBgAgzgYAeM4GANDOBgC4RQMAqJkAAGjeAACQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAIgxBADgMQQAGNgGAHD3DgDI9w4AIPgOAMhpCgBwGQAASMQLAKDECwCYjAAA8OkCAEjqAgDYIA0AMCENAJiMAABIRQIASKsBAGAsDwComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAMgOAAD4dwAA8OkCAEjqAgDYIA0AMCENAJiMAABIRQIASKsBAGAsDwComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBALhFAwAQRgMAwHsLACDwDQAY4Q4A4MAEAPDpAgDQtwoAgBUNANgVDQBIxAsAoMQLAMgOAABILwIAoC8CAFjsDQCw7A0ACO0NAGDtDQD41wwAUNgMAKjYDAAY7AMAcOwDAMjsAwBA1gEASC8CAGA8BgDotwAAKJQAAMgOAAAItgIA6OABAEgvAgCAFQ0A2BUNAEjECwCgxAsAIPANAPDpAgBI6gIA2CANADAhDQCYjAAASEUCAEirAQCQtwAAkLcAAKArBwD4KwcAUCwHAKgsBwDw1gEASC8CAHhWAgCwcQoAMJ0BAKDJAgBgLA8AcAsMAMgOAAAItgIAYLYCAEhFAgBIqwEA4MAEADheBABoSQIAMJ0BAIidAQBQOwIASC8CACDwDQAAFwcAYDwGALg8BgAQPQYAaD0GAMA9BgAYPgYAcD4GAMg+BgCIMQQA4DEEADgyBACQMgQA6DIEAEAzBACYMwQAoGoIAPhqCABQawgAqGsIAABsCABYbAgAsGwIAAhtCABIYA8AkLcAAFgAAAAAAAAAMJ0BAFgAAABILwIAYDwGALg8BgAQPQYAaD0GAMA9BgAYPgYAcD4GAMg+BgCIMQQA4DEEADgyBACQMgQA6DIEAEAzBABIYA8AOLsRAPhLAAB45Q0AoCEOAMgOAAAItgIASGAPALjLBgAQzAYAaMwGAMDMBgAYzQYAcM0GAKjpCgBYLAsAsCwLAAAxAgAwnQEAQNYBAJjWAQC4wxAAmLkHAPC5BwBIugcASC8CAEhgDwCQtwAAWAAAAEgvAgBgPAYAuDwGABA9BgBoPQYAwD0GABg+BgBwPgYAyD4GAIgxBADgMQQAODIEAHhWAgAwnQEA+LIGAKBLAABILwIAeOUNAKAhDgDIDgAACLYCAEgvAgBISwAAkLcAAFgAAABILwIA+KsMAEBSAQCYUgEA8OkCADCdAQBwpggAGK8QAACaAAAgPQMAQJYEADjoDQCQ6A0A6OgNAPAgAwDoWwUA8JQBAEiVAQAAAAAAiCECAAAAAAAAAAAAAAAAAJiMAAA4KAAAyA4AADhpBACQaQQA6JQIAECVCACYlQgA8JUIAEiWCACglggA+JYIAFCXCADguhEAUEMDAJC3AABYAAAASC8CAPirDABAUgEAmFIBAPDpAgAwnQEAcKYIABivEAAAmgAAID0DAECWBAA46A0AkOgNAOjoDQDwIAMA6FsFAPCUAQBIlQEAAAAAAIghAgAAAAAAAAAAAAAAAACYjAAAOCgAAHCmCADIpggA4CARAEhLAAC4ywYA8OkCANC3CgBIaggAoB8AAPgfAABQIAAAqCAAAAAhAABYIQAAOCcEAJAnBADoJwQAKJQAAICUAAB4DAEA8OkCAEjqAgDYIA0AMCENAJiMAABIRQIASKsBAGAsDwC4wxAAQNYBAEgvAgBQ4A0AgNgOANjYDgAw2Q4AiNkOAODZDgA42g4AkNoOAOjaDgBA2w4AmNsOAPDbDgBI3A4AcKYIAMgOAABILwIASGoIAKAfAAD4HwAAUCAAAKggAAAAIQAAWCEAADgnBACQJwQA6CcEACiUAACAlAAAeAwBAPDpAgBI6gIA2CANADAhDQCYjAAASEUCAEirAQBgLA8AuMMQAEDWAQBILwIAUOANAIDYDgDY2A4AMNkOAIjZDgDg2Q4AONoOAJDaDgDo2g4AQNsOAJjbDgDw2w4ASNwOAEgvAgBIaggAoB8AAPgfAABQIAAAqCAAAAAhAABYIQAAOCcEAJAnBADoJwQAKJQAAICUAAB4DAEA8OkCAEjqAgDYIA0AMCENAJiMAABIRQIASKsBAGAsDwC4wxAAQNYBAEgvAgBQ4A0AgNgOANjYDgAw2Q4AiNkOAODZDgA42g4AkNoOAOjaDgBA2w4AmNsOAPDbDgBI3A4A4LoRAMiRBADAzgkAGM8JAHDPCQCAFQ0A2BUNADAWDQCIFg0A4BYNADgXDQCQFw0A6BcNAAAAAACYjAAAgEIJANhCCQDgwAQAID0DAEDWAQAQrhAAiJ0BAFA7AgAgcgsAAJoAAFDxAADoHwMAqJkAANAiAQCQtwAACPgCAPCMAADo9wgAQPgIAMgOAACgHwAA+B8AAFAgAACoIAAAACEAAJjWAQAAmgAAUPEAAOgfAwDA8QEAyA4AACA9AwAwYAMA2H4LADB/CwCIfwsA4H8LADiACwCQgAsAAMgOADhAAwAongQAgJ4EANieBAAwnwQAiJ8EAOCfBAAgAQwAeAEMANjkCgAw5QoAiOUKAMDMBgAYzQYAcM0GAKjpCgBIYA8AkKsPAHCmCAAYrxAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAFBDAwA4uxEA+EsAAID5AwDY+QMAMPoDAIj6AwDg+gMAOPsDAJD7AwDo+wMAIPANAPDpAgBI6gIA2CANADAhDQCYjAAASEUCAEirAQBgLA8AYDwGALg8BgAQPQYAaD0GAMA9BgAYPgYAcD4GAMg+BgCIMQQA4DEEADgyBAAg8A0AKHgCAMhPDwA4uxEAMJ0BADheBACQXgQA0CIBACgjAQDQIgEAQKsIABgZAAC41QoAENYKAGjWCgCQxw0A6McNANAiAQD4RAYA8JwCAGiLAgDAiwIAcKYIAEgvAgBQ4A0AcNsQAJiMAADQ5Q0AKOYNAIDmDQDY5g0AMOcNAIjnDQDg5w0AwKkOAOi+EABwpggASC8CAPjXDAAIMg0AYDINALjtDQCo4A0AOF4EAPh3AABIRQIASKsBAGAsDwBwpggASC8CACiUAACAlAAASEsAALjLBgCgyQIASC8CAEhgDwC4ywYAEMwGAGjMBgBwpggASC8CAOhXCgBAWAoASEsAABDwBQBIqwEA4MAEADjBBAAwkQUAkLcAABBfAgAQaREAaGkRAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAIgxBADgMQQAGNgGAHD3DgDI9w4AIPgOALB9EQCgHwAA+B8AAFAgAACoIAAAACEAAHCmCAAYrxAAmIwAAAh4CAAgPQMAkL0JAGjeAAAYGQAAID0DALBxCgCgIQ4AyA4AAAi2AgBIqwEAoKsBAAjSCwBg0gsAuNILABDTCwDQpAkAKKUJAFDxAADoHwMAMMYNAJi5BwDwuQcASLoHAEgvAgAolAAAgJQAAAjtAgCIIQIASC8CAEhqCAAgDwAAgOcJANjnCQAw6AkASGoIAGCBEAC4gRAAKHgCACiUAADIDgAASC8CALBxCgAQtw0AqFgHAGiLAgDAiwIAcKYIAJC9CQCYuQcA8LkHAIgMCQDgDAkAOA0JAJANCQDoDQkAQA4JAJgOCQDwDgkASA8JAKAPCQD4DwkAUBAJAKgQCQAAEQkAWBEJALARCQAIEgkAYBIJALgSCQAQEwkAaBMJAEAkCQCYJAkA8CQJAEglCQBwpggASC8CALjDEADYgQoASEsAAEgvAgB4VgIA0FYCANggDQD4sgYAuMsGAIidAQBQOwIASC8CAKAvAgBY7A0AQNYBAEgvAgC4wxAAmLkHAPC5BwCIDAkA4AwJADgNCQCQDQkA6A0JACilCQCwaAIAKHgCALjLBgBAuQcAyGkKAEhLAAC4ywYAEMwGAGjMBgDAzAYAGM0GAHDNBgDIzQYAWDkOALA5DgAIOg4AYDoOALg6DgAQOw4AaDsOANBIAwDI/QEASEsAAJiMAAAoeAIA6OABALjDEACYuQcA8LkHAIgMCQDgDAkAOA0JAJANCQDoDQkAQA4JAEgvAgBIYA8AuMsGABDMBgBozAYAcKYIAEgvAgC4wxAA2IEKAEhLAAAAUgIAKJQAAICUAAB4DAEA0AwBACgNAQCADQEA2A0BADAOAQCIDgEA0CIBACgjAQAAawwAMDUKAEiwDgAY7AMASC8CAGA8BgC4PAYA+A4NAICUAABISwAA6OABAFBDAwC4ywYAEMwGAGjMBgDAzAYAGM0GAHDNBgCo6QoAeFYCANBWAgDYIA0A+LIGALjLBgCInQEAUDsCAEgvAgCgLwIAWOwNAEDWAQBILwIA8OkCAEjqAgCg6gIA+OoCALBxCgCgIQ4AyA4AAAi2AgBgtgIA8OkCAEjqAgDYIA0AMCENAJiMAABIRQIASKsBAGA2CAAAAAAASKsBACA9AwC4RQMAEEYDAMB7CwB45Q0AoCEOAMgOAAAItgIAyA4AAEgvAgAg8A0A8OkCAEjqAgDYIA0AMCENAJiMAABIRQIASKsBAGAsDwD41wwAUNgMAKjYDAC45QwAEOYMAGjmDAD4qwwAaAILAMACCwB4PQMA0D0DAHgMAQDQDAEAKA0BAIANAQDYDQEAMA4BAIgOAQB4sAUAQNYBAJjWAQBIWgYAKHgCAOjgAQBIaggAoB8AAMgOAACozQEACKMBAEC5BwBIqwEASKsBAEgvAgB45Q0AoCEOAMgOAAAItgIAEP8AAJDzDQAYQQUASGAPABDwBQBo8AUAqJkAAHCmCABILwIAoC8CAFjsDQBA1gEASC8CAAAAAAAolAAAqJkAAACaAAAY7AMASC8CAKAvAgD4LwIAUDACAKgwAgAYGQAAcBkAAEjECwCgxAsAyA4AADgoAACA6QEA2OkBADDqAQAYrxAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAPj9DgBQ/g4A+A4NAFAPDQCoDw0AABANAFgQDQCwEA0ACBENAGARDQDoVwoAQFgKAEhaBgCgWgYA+FoGAEgvAgAg8A0A6L4QABjsAwBILwIAYDwGALg8BgAQPQYAYEoQALhKEADwjAAAcD0KAEgvAgD4qwwAaAILADCdAQCInQEAKHgCAMgOAAAgPQMAuEUDABBGAwDAewsAGHwLAKAfAAD4HwAAUCAAAKggAAAAIQAAiPwGAEgvAgAg8A0A8OkCAEjqAgDYIA0AMCENAJiMAABIRQIASKsBAGAsDwCgLwIAWOwNAEDWAQBILwIAYDwGALg8BgAQPQYAaD0GAMA9BgAYPgYAcD4GAMg+BgCIMQQAyA4AAKAfAAD4HwAAUCAAAKggAAAAIQAAiPwGAOD8BgD4HwAAUPEAAOgfAwCgHwAA+B8AAFDxAADoHwMAeAMPANADDwAoBA8AgAQPANgEDwAwBQ8AiAUPAOAFDwA4Bg8AkAYPALhTAgBA1gEAmNYBAPhxAgCg0xEAyA4AAKAfAAC4RQ4AwHUCAKhdCQAAXgkASC8CAEhqCACgHwAA+B8AAFAgAACoIAAAkLcAAGiLAgCwcQoAoCEOANiBCgDIDgAAoB8AAKB8DQDQgg0AQNYBABCuEADw6QIA0LcKACi4CgAQXwIAMGIRAACaAABQ8QAA6B8DABBfAgAYGQAAqJkAAEhLAABo3gAAQLkHAEDWAQBoiwIAwIsCAACaAABQ8QAA6B8DAHgDDwDQAw8A8JQBAEiVAQBwBxEAAAAAAAAAAAComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBACA9AwA4QAMAKJ4EAICeBADYngQAMJ8EAIifBADgnwQAOKAEAJCgBADooAQAQKEEAJihBADwoQQASKIEAKCiBAD4ogQASGAPADi7EQD4SwAAcAsMAMgLDABwpggAWAAAAGgCCwAwnQEAiJ0BADjPAwBILwIAKJQAAEDWAQBIqwEAID0DAKAJAACwcQoACHIKAGByCgBgPAYAuDwGABA9BgBoPQYAwD0GABg+BgBwPgYAIAEMAHgBDADQAQwASGAPADi7EQD4SwAAOAYEAIDYDgDovQkAQL4JAJi+CQDwvgkAsAMKAFDgDQDIpggAqJkAANAiAQAoIwEAOAYEAIDYDgDovQkAQL4JAJi+CQDwvgkAsAMKAFDgDQDIpggAqJkAANAiAQAoIwEAgCMBAEgvAgDoVwoAqM0MAADODAAYDQ8AcA0PAMgNDwAgDg8AqJkAAACaAADQIgEAoMEBADheBACozQEACKMBAEC5BwDIaQoASC8CAFDgDQBw2xAAGBkAAHi2AwComQAAcKYIAEgvAgB4VgIAsHEKADCdAQCgyQIAYCwPAEhgDwAQ8AUAGOwDADCdAQCInQEAUDsCAEgvAgBIYA8AkKsPAGBFDgBgPAYAuDwGABA9BgBoPQYAwD0GABg+BgBwPgYAIAEMAHgBDADQAQwASGAPADi7EQD4SwAAOAYEAIDYDgDovQkAQL4JAJi+CQDwvgkAsAMKAFDgDQDIpggAqJkAANAiAQAoIwEAUOANAOgIEgBACRIAmAkSAPAJEgBIChIAoAoSAGA8BgC4PAYAED0GAGg9BgDAPQYAGD4GAHA+BgBIiAkAQLkHAGA2CABoiwIAwIsCAACaAACY1gEAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAECWBAA46A0AkOgNAOjoDQBAYg4AsHEKADCdAQCgyQIAYCwPAKAvAgCQKAAASEsAAJC3AADo9wgAMJ0BAIidAQBQOwIASC8CAEhqCACgHwAA+B8AAFAgAACoIAAAACEAAFghAAAg8A0A4CARADCdAQBILwIA8OkCANC3CgAouAoAiHkNAAijAQBAuQcAyGkKACA9AwAwnQEAoMkCAGAsDwAYGQAAcBkAAHhOAQA4KAAAWOwNALDsDQAI7Q0AYO0NAPj1AgAAmgAAUPEAAOgfAwDwywEAeIsKANCLCgAojAoAgIwKANiMCgAwjQoAAAAAABgxAwBwMQMAgBUNANgVDQDIGQAAiDMHAOAzBwDgzAsAOM0LAJDNCwCgLwIAwM4JABjPCQBwzwkAuMMQAEDWAQBILwIAUOANAKjgDQBA1gEAmNYBAECyAgBISwAASGYCAEDWAQBwCwwAyAsMACAMDAB4DAwA0AwMAAAAAADw6QIASOoCAPCcAgAAAAAAQNYBAKjNDAAAzgwAAAAAAHCmCACQvQkA6L0JAEC+CQCYvgkA8L4JAADtCQBY7QkAsO0JAAjuCQBgNggAaIsCAMCLAgBISwAAGBkAAHAZAAB4TgEAOCgAAFjsDQCw7A0ACO0NAGDtDQD49QIAAJoAAFDxAADoHwMAEF8CALB9EQAgDwAAgOcJAOAWDQDAzgkAyMgPANCNAgBILwIAIPANAAAXBwDw6QIASOoCAKDqAgDgwAQAcKYIAEgvAgBQ4A0AgNgOAOi9CQBAvgkAmL4JAPC+CQCwAwoAcAsMAMgLDADw6QIAMJ0BAEDWAQBIFwoAyGkKANAiAQBAqwgAGBkAAHhWAgBAuQcAQNYBAGiLAgCwtQ0AiJ0BAFA7AgBILwIAYDwGALg8BgAQPQYAYEoQALhKEAAQSxAAaEsQAMBLEAAYTBAASC8CAOhXCgCozQwAAM4MAFjODACwzgwACM8MAGDPDABIEw8AoBMPABDwBQCY/w0AKHgCAOjgAQBQOwIASC8CAPjXDAAIMg0AYDINAHALDAAwnQEA+LIGAKBLAAD4SwAAgPkDAEgvAgCAFQ0A2BUNADAWDQCIFg0A6FcKAKjNDAAAzgwAGA0PAHANDwDIDQ8AIA4PAHgODwC4wxAAQNYBAEgvAgDQIgEAoMEBADheBACIMgAAmJQBAHDRAQA4KAAAwM4JAFA7AgAolAAAQNYBAJjWAQBA1gEAmNYBAEhaBgAoeAIA6OABAFDgDQCA2A4A6L0JAEC+CQCYvgkA8L4JALADCgD4qwwAQFIBAJhSAQDw6QIAMJ0BAHCmCAAYrxAAQLkHAEC5BwBISwAASKsBAGAsDwDIDgAAqM0BAEgvAgBQ4A0AgNgOAOi9CQBAvgkAmL4JAPC+CQCwAwoAgBUNANgVDQAwFg0AiBYNAOAWDQA4Fw0AkBcNAOgXDQBQ4A0AgNgOAOi9CQBAvgkAmL4JAPC+CQCwAwoAcAsMAMgLDABwpggAWAAAAGgCCwAwnQEAiJ0BAMDxAQAY8gEAcPIBAMjyAQAg8wEAcKAKAMigCgAgoQoAeKEKANChCgAoogoAgKIKANiiCgAwowoAiKMKAOCjCgA4pAoAkKQKAOikCgBApQoAmKUKAPClCgBIpgoAoKYKAPimCgBQpwoAqKcKAACoCgBYqAoAsKgKAAipCgBgqQoAuKkKABCqCgBoqgoAwKoKABirCgBwqwoAyKsKACCsCgCoWAcAAFkHAFhZBwCwWQcACFoHAGBaBwC4WgcAEFsHAGhbBwDAWwcAMJ0BAJiMAACAQgkASC8CAEhgDwCQtwAAWAAAACA9AwBILwIAWDMQAKi+EQBgPAYAuDwGABA9BgBoPQYAwD0GABg+BgBwPgYAEP8AAAAAAAAYQQUA0LsQAFjsDQBA1gEASEsAALjLBgDw6QIA0LcKAIisBwAY7AMASC8CAOhXCgBAWAoAmFgKAPBYCgBIWQoAoFkKAEgvAgD41wwAOEADACieBACAngQA2J4EADCfBACInwQA4J8EADigBACQoAQA6KAEAEChBACYoQQA8KEEAEiiBACgogQA+KIEAECWBACoWAcAAFkHAFhZBwCwWQcACFoHAGBaBwC4WgcAEFsHAGhbBwDAWwcAuEUDABBGAwAoGQgAWDMQAKiZAACoXwEAUBcOADheBAAItgIAuMsGAIidAQBQOwIASC8CAFDgDQCA2A4A0CIBAPhEBgDYIA0ASIgJAKCICQD4iAkAUIkJAKiJCQAAigkAWIoJALCKCQAIiwkAYIsJALiLCQAQjAkAaIwJAMCMCQAYjQkAcI0JAMiNCQBA1gEAmNYBAPhxAgCg0xEAyA4AAKAfAADwywEASEsAAJC3AABYAAAAID0DAAAAAABIqwEAyA4AACA9AwAAAAAAKJQAAICUAAAI7QIAiCECACA9AwAAAAAASEUCAEirAQBgLA8ASGAPAJCrDwBgRQ4AYDwGALg8BgAQPQYAaD0GAMA9BgAYPgYAcD4GACABDAB4AQwA0AEMAEhgDwCQtwAAWAAAACA9AwAAAAAASKsBAMgOAAAgPQMAAAAAAEhqCACozQEAAM4BACA9AwAAAAAAGBkAABgZAAComQAAqFgHAEhLAAC4ywYAQLkHAMhpCgBILwIA6FcKAEBYCgCYWAoA8FgKAEhZCgCgWQoA8DcKAEhLAAC4ywYAEMwGAGjMBgBwpggAkL0JANiBCgAAAAAASEsAAEhLAABYAAAAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIMQQA4DEEAFBNEgBoAgsAwAILABgDCwAQ/wAA8L8FAKAhDgDIDgAACLYCAOhIDwDoVwoAQFgKAEhaBgCgWgYA+FoGAEgvAgBQ4A0AyKYIALhHEQAQSBEASEUCAJiMAAAA2QEAoB8AAEhqCACgHwAA+B8AAFAgAACoIAAAACEAAFghAAAg8A0AKHgCACiUAABIqwEAcKYIAEgvAgCAFQ0A2BUNADAWDQCIFg0AYDwGALg8BgAQPQYAaD0GAMA9BgAYPgYAcD4GACABDAB4AQwA0AEMAEDWAQCY1gEA+HECAKDTEQDIDgAAoB8AABivEAAAmgAAUPEAAOgfAwComQAAAJoAAFDxAAAgzQoAeM0KAMgZAAAAAAAAAAAAAAAAAAAYMQMAcDEDAEg3AwC4PAYAED0GAGg9BgDAPQYAGD4GAHA+BgDIPgYAiDEEAOAxBAA4MgQAGFwHAHBcBwDIXAcAIF0HAHhdBwDQXQcAAAAAAAAAAAAYMQMAcDEDAEg3AwC4PAYAED0GAGg9BgDAPQYAGD4GAHA+BgDIPgYAiDEEAOAxBAA4MgQAGFwHAHBcBwDIXAcAIF0HAHhdBwDQXQcAaN4AADCdAQCInQEAqJkAAACaAABQ8QAA6B8DAAAAAAAAAAAAAAAAAAAAAAAAAAAAGBkAAKiZAABISwAAEF8CABBpEQBoaREAcNEBAMjRAQAg0gEAeNIBANDSAQCINhEA4DYRADg3EQCQNxEA6DcRAEA4EQCYOBEA8DgRAPj9DgBQ/g4AqP4OAAD/DgBY/w4AsP8OAAgADwBgAA8AuAAPABABDwBoAQ8AwAEPABgCDwBwAg8AyAIPACADDwBAuQcAyA4AAEgvAgBwCwwAGNAQAHDQEADI0BAAAAAAAAAAAAAAAAAA6OABAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAAAAAAAAAAAAAAAAAqF8BAFAXDgBAuQcAyGkKAEgvAgDoVwoAQFgKAJhYCgDwWAoASFkKAAAAAAComQAAAJoAAEhFAgAwnQEAiJ0BANCNAgDoCBIAgJQAAFA7AgDIDgAA+HcAAEDOAAA4KAAASEUCAJiMAABAzgAASC8CACDwDQBIRQIAUDsCACByCwCIrAcAYCwPALBxCgAYGQAAqJkAAKhfAQBQFw4AAAAAABgZAABILwIA6FcKAEBYCgCwcQoAKJQAAMgOAAD4dwAACHgIAMgOAACozQEACKMBAEC5BwDIaQoAqJkAAOhXCgAQrhAAUFkOAMDOCQAolAAASEsAAJiMAAAoeAIAAAAAAEC5BwBILwIA6FcKAEBYCgBAsgIAmLICAMgOAAD4dwAACHgIABgZAABwGQAAID0DAPDRCgBI0goAoNIKAPjSCgBQ0woAqNMKAADUCgBY1AoAsNQKAAjVCgBg1QoAqJkAAKhYBwAAWQcAWFkHALBZBwAIWgcAYFoHALhaBwAQWwcAaFsHAMBbBwCgLwIA+C8CAFAwAgCoMAIAiOoBADhAAwAongQAgJ4EANieBAAwnwQAiJ8EAOCfBAA4oAQAkKAEAOigBABAoQQAmKEEAPChBABIogQAoKIEAPiiBACgLwIA+C8CAFAwAgCoMAIAiOoBADhAAwAongQAgJ4EANieBAAwnwQAiJ8EAOCfBAA4oAQAkKAEAOigBABAoQQAmKEEAPChBABIogQAoKIEAPiiBABILwIASGAPALjLBgAQzAYAaMwGAHCmCABILwIAuMMQANiBCgC4ywYAEMwGAGjMBgBwpggASC8CALjDEADYgQoASC8CAGA8BgC4PAYAED0GAGg9BgDAPQYAGD4GAHA+BgDIPgYAID8GAHg/BgDQPwYAKEAGAIBABgCwfREAIA8AAIDnCQDY5wkAMOgJAIjoCQBISwAAuMsGABDMBgBozAYAwMwGABjNBgBwzQYAyM0GAFg5DgCwOQ4ACDoOAGA6DgC4Og4AEDsOAGg7DgCQMgQAQOcKAJjnCgDw5woASOgKAKDoCgD46AoAUOkKALhFAwAQRgMAwHsLABh8CwBwfAsAyHwLACB9CwB4fQsAoC8CAMDOCQAYzwkAcM8JALjDEABA1gEASC8CAFDgDQCo4A0AQNYBAJjWAQBAsgIASEsAAEhmAgBA1gEAwHUCAIBCCQBgLA8AAJoAAFDxAADoHwMAQLkHAEC5BwBIqwEASC8CAEhgDwC4ywYAEMwGAGjMBgBwpggASC8CALjDEADYgQoASEsAAEgvAgB4VgIAsHEKADCdAQCgyQIAYCwPAHhWAgDQVgIA2CANAPiyBgC4ywYAiJ0BAFA7AgBILwIAoC8CAFjsDQBA1gEASC8CACDwDQDovhAAQL8QALjDEACYuQcA8LkHAEi6BwBILwIAYDwGALg8BgAQPQYAaD0GAMA9BgAYPgYAcD4GAMg+BgCIMQQAYCwPAACaAABQ8QAA6B8DAPAMEQC4ywYAEMwGAGjMBgDAzAYAGM0GAHDNBgB4GgsA0BoLACgbCwCAGwsA2BsLADAcCwCIHAsA4BwLADgdCwCQHQsA6B0LABD/AABo3gAAUFECANggDQD4sgYAsDwCAEDWAQCY1gEASFoGACh4AgDo4AEAEMcPAAAAAAAolAAAMJ0BAEDWAQCY1gEAwPEBAHCmCABIRQIAkLcAAEgvAgBgPAYAuDwGABA9BgBoPQYAwD0GABg+BgBwPgYAyD4GAIgxBACYIw0ASEUCAEhLAACYjAAA2CANAIidAQBILwIAwPEBAHCmCABIRQIAkLcAAEgvAgBgPAYAuDwGABA9BgBoPQYAwD0GABg+BgBwPgYAyD4GAIgxBABwCwwAwJsPAABgAQBYYAEAeCcOANAnDgAoKA4AgCgOANgoDgB4VgIAsHEKABC3DQAYGQAASC8CAEhgDwAQ8AUAGOwDADCdAQCInQEAUDsCAEgvAgBIYA8AkKsPAGBFDgBgPAYAuDwGABA9BgBoPQYAwD0GABg+BgDIDgAASC8CAGA8BgC4PAYA+A4NAFAPDQCoDw0AABANAFgQDQCwEA0ACBENAGARDQC4EQ0AEBINACDwDQAQxw8AAAAAACiUAAAwnQEAQNYBAJjWAQDw1gEASC8CAKAvAgBA1gEASBcKANAiAQBILwIASGAPADi7EQD4SwAAKJQAAICUAACg9QIA+PUCAACaAABIqwEAGOwDADCdAQCInQEAUDsCAEgvAgBQ4A0AyKYIALhHEQAQSBEASEUCAJiMAAAA2QEAoB8AADjlDgAQxw8AAAAAACiUAAAwnQEAQNYBAJjWAQAg8A0AABcHAOhXCgBAWAoAyA4AACAPAADYgQoAQNYBAJC3AAComQAAoC8CAEDWAQBIFwoA0CIBAEgvAgD41wwA+LIGAMgOAABILwIA+KsMAEBSAQAQrhAAYLsEAPhEBgDwnAIAGOwDAEgvAgCgLwIA+C8CAPCMAABwPQoASGYCAEDWAQAY7AMASC8CALjDEABA1gEASC8CAEhqCAAgDwAA2IEKAEDWAQCQtwAA+NcMAAgyDQBgMg0AgBUNANgVDQAwFg0AiBYNADjlDgCQ5Q4A6OUOAEDmDgCY5g4A8OYOAEjnDgCg5w4AAFICAFhSAgDoVwoAQFgKAAAAAAAolAAAqJkAAMgOAAAItgIASC8CAEhgDwC4ywYAEMwGAGjMBgBwpggASC8CALjDEADYgQoASEsAAEgvAgAg8A0AOCgAAEhLAADo4AEAkLwNABgZAAComQAAqF8BACA9AwBQQwMAuMsGABDMBgBozAYAwMwGABjNBgBwzQYAqOkKACDwDQAQxw8AAAAAACiUAAAwnQEAQNYBABCuEACInQEAUDsCAEgvAgAg8A0AABcHAGA8BgC4PAYAED0GAGg9BgDAPQYAGD4GAHA+BgDIPgYAiDEEAKiZAABISwAAmIwAAAh4CABwpggAQNYBABCuEACInQEAOCgAAFjsDQBILwIAcAsMAMgLDAAgDAwAeE4BADgoAABY7A0AsOwNAAjtDQBg7Q0AmIwAANggDQC4UwIAmIwAAPgIDwDYtQsAMLYLAIidAQDIGQAAiDMHAOAzBwDgzAsAOM0LAJDNCwDozQsAQM4LAJjOCwCgHwAA+B8AAFAgAACoIAAAACEAAFghAADQIgEAoMEBADheBABIRQIAaBERALBxCgCYjAAA8OkCADCdAQCInQEAoGAPAFC6CwCougsAALsLAFi7CwCwuwsACLwLAGC8CwC4vAsAEL0LAGi9CwDAvQsAGL4LAHC+CwCo4A0AiDUKAOA1CgA4NgoAKJQAAHCmCADoVwoAQFgKAEhaBgAIeAgASC8CACiUAABwpggAAAAAAEC5BwBILwIASGAPALjLBgAQzAYAaMwGAMDMBgAYzQYAsHEKAFgAAAC4UwIAGBkAAKiZAABISwAAaN4AAEC5BwBA1gEAaIsCALhTAgBQOwIAIHILAHhyCwDQcgsAKHMLAIBzCwDYcwsAmNYBAMgOAACozQEAoB8AAMgOAAAgPQMAUDsCACByCwB4cgsA0HILAChzCwCAcwsA2HMLADB0CwCIdAsA4HQLADh1CwCQdQsAoC8CAFjsDQBA1gEAuMMQAEDWAQBILwIASGoIAKAfAAD4HwAAUCAAADCdAQCQtwAAqJkAAIAVDQDYFQ0AMBYNAIgWDQBoiwIAyGYLAHAZAABo3gAAsHEKAKAhDgDIDgAACLYCAOjgAQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAODQHAJA0BwDoNAcAQDUHAJg1BwDwNQcAIPANAAh4CABwpggAQNYBAJjWAQDIDgAAqM0BAEgvAgCgLwIAWOwNALDsDQAI7Q0A8CMNAEgkDQCgJA0A+CQNAEhgDwCQtwAAWAAAAEgvAgBgPAYAuDwGABA9BgBoPQYAwD0GABg+BgBwPgYAyD4GAIgxBADgMQQAODIEAJAyBADoMgQAmIwAANggDQComQAAAJoAAFDxAADoHwMA8MsBAHiLCgDQiwoAKIwKAICMCgDYjAoAMI0KANAiAQBYAAAAaAILAEDWAQCwaAIA8JwCABjsAwBILwIAoC8CAPgvAgBQMAIAkMcNAOjHDQD41wwAUNgMAKjYDACAFQ0AwHUCABh2AgBwdgIA6FcKAEBYCgDIDgAAIA8AAEirAQAolAAASEsAALjLBgBAuQcAcKYIABivEAAYGQAAwHUCABh2AgBwdgIAgBUNANgVDQBA1gEASC8CAEhqCACgHwAA+B8AAFAgAAAYGQAAwHUCABh2AgBwdgIA+KsMAEBSAQCYUgEA8OkCADCdAQBwpggAGK8QAJC3AADo9wgASC8CAHjlDQCgIQ4AyA4AAAi2AgBILwIA+NcMAAgyDQBgMg0AaIsCAMhmCwBwGQAAaN4AAEC5BwDo+A8AKJQAAFgAAABILwIAoC8CAPgvAgBQMAIAkMcNAOjHDQCoMAIAeLYDAEC5BwAQXwIAEGkRAOj3CACYjAAA6L4QABgZAAComQAAiKwHAMgOAAAQXwIAIHYRAHh2EQBA1gEAmNYBAMgOAAAgDwAASKsBAPDpAgDQtwoAcKYIAMimCAAIeAgAcKYIAEDWAQCY1gEAyA4AAKjNAQCgHwAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBACA9AwC4RQMAwHUCABh2AgBwdgIAIJ4LAHieCwDQngsAKJ8LAICfCwDYnwsAMKALAIigCwDgoAsAOKELAJChCwDooQsAQKILAJiiCwDwogsASKMLAKCjCwD4owsASC8CAJDzDQAgDwAAgOcJANjnCQAw6AkAiOgJAOivCgA47gsAkO4LAOjuCwCQvA0AUPEAAOgfAwBwCwwAyA4AAAi2AgBgtgIASEUCAEirAQDgwAQAOF4EAGhJAgBILwIAIPANAAAXBwCAFQ0AqJkAAGjeAABILwIAYDwGALg8BgAQPQYAaD0GAMA9BgAYPgYAcD4GAMg+BgCIMQQAID0DAPDLAQB4iwoA0IsKACiMCgCAjAoA2IwKADCNCgCIjQoA4I0KABiVCgAAAAAAAAAAAAAAAABQnAoAqJwKAACdCgBYnQoAsJ0KAAieCgBgngoAuJ4KAAAAAAAAAAAAEJ8KAGifCgDAnwoAONUBAJDVAQDo1QEAoC8CAFjsDQCw7A0ACO0NACA9AwBAlgQAmJYEACB+EgB4fhIA0H4SACh/EgCYjAAASEUCAEirAQBgLA8AoC8CAMDOCQAYzwkAcM8JAIAVDQDYFQ0AMBYNAIgWDQDgFg0AOBcNAJAXDQDoFw0AqJkAABgZAABwGQAAqJkAABgZAAAYGQAAcBkAAKiZAAAYGQAASEsAACA9AwC4RQMAEEYDAMB7CwAYfAsAcHwLAMh8CwAgfQsAeH0LAKAvAgDAzgkAGM8JAHDPCQC4wxAAQNYBAEgvAgBQ4A0AqOANAEDWAQCY1gEAQLICAEhLAABIZgIAQNYBABjsAwBILwIAWDMQACA9AwAAAAAASC8CAFCoEQCgRQIAOCgAADgoAACQKAAAAJoAABCuEACInQEAUDsCAEgvAgBIYA8AuMsGABDMBgBozAYAcKYIAEgvAgC4wxAA2IEKAEhLAABILwIAIPANADgoAABISwAA6OABAJC8DQBgNggACPgCAGD4AgAgPQMAIPANABjhDgDYQgkAMEMJAFCoEQAwSQcAiEkHAOBJBwA4SgcAkEoHAEh4BwBgPAYAuDwGABA9BgBoPQYAwD0GABg+BgBwPgYAyD4GAIgxBADgMQQAqDYLAAA3CwAg8A0AePANANDwDQAo8Q0AgNgOAGjeAABwQQUAIPANAHjwDQBInQIAoJ0CAPidAgBQngIAqJ4CAACfAgBILwIAmKwPAAAAAABILwIASCASAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAiDEEAOAxBAAYQQUA0CIBAMj9AQDIDgAACLYCAEgvAgBQqBEAaBERALjDEAA4KAAASC8CAEhgDwCQbwIA6G8CAEBwAgCIvRAAwJsPAAAxAgBYMQIAsDECAAgyAgDIDgAASC8CAPirDABQrAwA8JwCALBoAgBYQwcAQKsIAEhLAADo4AEAkLwNAEgvAgAAAAAASC8CAEhgDwCQqw8AYEUOAFCoEQBoEREA6FcKAEBYCgDIDgAAIA8AANiBCgBA1gEAkLcAAKiZAAAAUgIAWFICAHiKAwAgJA8AQLkHAEirAQBILwIAUDsCADCdAQDw6QIA0LcKAGAsDwC4LA8A6L4QAEC/EABQOwIAMJ0BAPDpAgDQtwoAqCQGAKAkAgC4fwIAEIACAEgvAgBQOwIAMJ0BAPDpAgDQtwoA0CIBAIDSBQDY0gUAMNMFAIjTBQAYQQUA0CIBAMj9AQDIDgAACLYCAEgvAgBQqBEAaBERALjDEAA4KAAASC8CAEhgDwCQbwIA6G8CAEBwAgDQIgEAgNIFANjSBQAw0wUAiNMFAODTBQAAUgIAWFICAHiKAwAgJA8AQLkHAEirAQBILwIAUDsCADCdAQDw6QIA0LcKAKgkBgCgJAIAuH8CABCAAgBILwIAUDsCADCdAQDw6QIA0LcKANAiAQCA0gUA2NIFADDTBQCI0wUA4NMFAABSAgBYUgIAeIoDACAkDwBAuQcASKsBAEgvAgBQOwIAMJ0BAPDpAgDQtwoAYCwPALgsDwDovhAAQL8QAFA7AgAwnQEA8OkCANC3CgCoJAYAoCQCALh/AgAQgAIASC8CAFA7AgAwnQEA8OkCANC3CgBwpggA6AgSAEirAQBgLA8AGBkAAHAZAAB4TgEAOCgAAFjsDQCw7A0ACO0NAGDtDQD49QIAAJoAAFDxAADoHwMAuEUDABBGAwDAewsA0CIBACgjAQAAawwAWGsMALBrDAAIbAwAgBUNAMB1AgAYdgIAcHYCAHCmCADQIgEAKCMBAABrDABYawwAsGsMAAhsDACAFQ0AwHUCABh2AgBwdgIAcKYIANAiAQAoIwEAAGsMAFhrDACwawwACGwMAPirDABQrAwAqKwMAACtDABYrQwAsK0MAAiuDABIqwEAoKsBAMgYBAAgGQQASC8CACiUAABA1gEASKsBAOhXCgBAWAoAyA4AACAPAABIqwEA8OkCANC3CgD41wwAYLsEALi7BAAQvAQAaLwEAMC8BABILwIAcAsMAMgLDABISwAAEPAFABjsAwBILwIAoC8CAFjsDQBA1gEASC8CAPirDABQrAwAqKwMAACtDABYrQwAsK0MAAiuDAAAUgIAWFICAHiKAwDQigMAKIsDAICLAwCgLwIAWOwNALDsDQAI7Q0AYO0NAPjXDAD4sgYAULMGAPjXDABQ2AwAqNgMAADZDAAAFwcA+KsMAFCsDACorAwAAK0MAFitDACwrQwACK4MABBfAgDA8QEAyA4AACAPAADQIgEA+EQGACh4AgCQtwAA6PcIADCdAQCInQEAUDsCAEgvAgD4qwwAUKwMAKisDAAArQwAWK0MALCtDAAIrgwAoC8CAFjsDQBA1gEASC8CAIAYAQCwhg4AUE0SAKhNEgCAFQ0A2BUNADAWDQCIFg0A+KsMAEBSAQCY1gEA+HECAMDOCQC4KRAAqJkAAHCmCABILwIAeFYCADCdAQD4sgYAoEsAAEgvAgAAAAAASC8CALjDEABA1gEASC8CAOANEAAAAAAASC8CALjDEABA1gEASC8CAOANEAA4DhAAOOUOAAAXBwBQ4A0AcNsQAHCvEADQpAkAKMcQAIDHEAAYrxAAGBkAAJC3AABYAAAAsAAAAMiwDAAgsQwAeLEMANCxDAAosgwA0CIBAPhEBgDovhAAoCQCAJiMAACAQgkA2EIJAPCMAABoiwIAaHEHAPgIDwAgcgsAeOUNANDlDQAo5g0AgOYNAIAVDQDYFQ0AMBYNAIgWDQBQqBEAaBERAKiZAAAYGQAASC8CAKAvAgBY7A0AsOwNAAjtDQBg7Q0A+NcMAFDYDACwLRIACC4SAGAuEgC4LhIAEC8SAGAsDwBwpggAEF8CAEgvAgBIYA8AEPAFABjsAwBILwIASGAPAJCrDwBgRQ4A+NcMAFDYDACwLRIACC4SAGAuEgC4LhIAEC8SAPjXDAD4sgYAID0DALhFAwBQTRIAqE0SAABOEgD41wwAUNgMALAtEgAILhIAYC4SALguEgAQLxIA+KsMAGAGAgBgLA8AuCwPAADZAQCgHwAA6FcKAKjNDAAAzgwASC8CAKAJAAAgVg0AUE0SAKhNEgAAThIA+NcMAFDYDACwLRIACC4SAGAuEgC4LhIAEC8SACiUAACAlAAASEsAALjLBgAQzAYAaMwGAKiZAAAAmgAAUPEAAOgfAwBIqwEAoKsBAMgYBAAgGQQASC8CAEhqCADoHw4AkLcAAOj3CABILwIAoC8CAMDOCQAYzwkAcM8JAFgzEACwMxAAUDsCACByCwDQIgEASC8CADCdAQCInQEASC8CACDwDQDovhAAGOwDAEgvAgC4wxAAOCgAAEgvAgBIYA8AOLsRAPhLAABQTAAAIA8AANiBCgBA1gEAkLcAAKiZAABIqwEAoKsBAMghDAAgIgwAeCIMALj4AgAY7AMASC8CAPjXDABQ2AwAsC0SAAguEgBgLhIAuC4SABAvEgBgLA8AcKYIAEgvAgBQOwIAIHILANAiAQBIYA8AOLsRAPhLAABQOwIAIHILANAiAQDIDgAASC8CACDwDQDw6QIASOoCANggDQAwIQ0AmIwAAEhFAgBIqwEAUOANAEDWAQAQrhAA8OkCANC3CgAouAoASC8CAKAvAgBY7A0AsOwNAAjtDQBg7Q0AoC8CAFjsDQBA1gEASC8CAMDxAQBwpggASEUCAJC3AABQOwIAIHILAHhyCwBILwIAUOANAEDWAQAQrhAA8OkCANC3CgAouAoASC8CAPjXDABQ2AwAsC0SAAguEgBgLhIA6L4QAJC3AAComQAAoC8CAFjsDQBA1gEASC8CAMDxAQBwpggASEUCAJC3AACgKwcA+CsHAEirAQDoSA8AwPEBAHCmCABIRQIAkLcAAPDCDwBwGQAAeE4BADgoAABY7A0AsOwNAAjtDQBg7Q0A+PUCAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBgNggA6LcAAECnAgCYpwIA8KcCAHCmCAAYrxAAOCgAADgoAABY7A0AsOwNAAjtDQBg7Q0A+PUCAACaAABQ8QAA6B8DAHjwDQBISwAAuMsGAFBZDgCA6QEA8IwAAHA9CgAolAAAQNYBAEhgDwCQqw8AYEUOAKAvAgDAzgkAyMgPANCNAgCwNgQACDcEAGA3BAC4NwQAEDgEAGg4BADAOAQAGDkEAFCoEQBoEREA6FcKAEBYCgDIDgAAIA8AAEirAQDw6QIA0LcKAHCmCAAgPQMAGBkAAHAZAAB4TgEAsEcCACgCDACAAgwA2AIMADADDACgLwIAoNMRAICUAADIzg0ASEsAALjLBgBAuQcAyGkKALjDEACYuQcA8LkHAEi6BwB4tgMAiJ0BAFA7AgBILwIA6FcKAEBYCgAAAAAAKJQAADCdAQBA1gEAmNYBAPDWAQBILwIAMJ0BAKDJAgBgLA8AcKYIAEgvAgBIYA8AkKsPAGBFDgC4wxAAmLkHAPC5BwBIugcASC8CAEhqCABggRAAEPAFAJjWAQBIWgYAWEMHACA9AwC4RQMAEEYDAMB7CwAYfAsAcHwLAMh8CwAgfQsAeH0LAKAvAgDAzgkAGM8JAHDPCQC4wxAAQNYBAEgvAgBQ4A0AqOANAEDWAQCY1gEAQLICAEhLAABIZgIAQNYBAEhLAADo4AEAGBkAAMgOAAAIowEAQLkHAMhpCgA4XgQAkF4EAOhXCgBAWAoAAAAAACiUAAAwnQEAQNYBAJjWAQBILwIAcAsMAMCbDwCgLw0A+C8NAFAwDQCoMA0AADENAFgxDQCwMQ0AUOANAEDWAQAQrhAA8OkCANC3CgBILwIAsDwCAAg9AgBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIMQQA4DEEACA9AwCgLwIAWOwNAEDWAQBILwIA+KsMAHCmCACQvQkASC8CAPjXDAAIMg0AYDINAIAVDQDYFQ0AMBYNAIgWDQBIqwEAoKsBAMgYBAAgGQQAGK8QAOhXCgBAWAoAAAAAACiUAAAwnQEAQNYBAJjWAQDw1gEASC8CANAiAQAoIwEAAGsMAFhrDACwawwACGwMAPirDABAUgEAmFIBAPDpAgAwnQEAcKYIABivEADIDgAASC8CAPirDABQrAwAqKwMAACtDABYrQwAsK0MAAiuDABQOwIAqDsCAEgvAgCgLwIAwM4JABjPCQBwzwkAyA4AAEgvAgD41wwAUNgMAKjYDAA4KAAAgOkBANjpAQDgCw0AOAwNAKAJAAAYGQAAoCQCAHjaAgA4KAAAgOkBANjpAQAw6gEASEsAAOjgAQBA4QEAmOEBAGBCDwCgCQAAQNYBAKjNDAAAzgwAWM4MALDODAAIzwwAYM8MALjPDAAQ0AwAaNAMAMDQDABISwAA6OABAEDhAQCY4QEAYEIPACAcDgAwnQEA+LIGAOjgAQBA4QEAoAkAAKB8DQAojg0AgI4NALA2BACAlAAASEsAAKAJAAComQAAAJoAAFDxAADoHwMAuFMCAEC5BwDYgQoASEsAAMgOAAAIowEAcKYIABivEACgfA0AQLkHADgoAAC4UwIAqJkAAKhfAQCYjAAAWEMHAFgAAABgBgIAYCwPAMgOAAC4UwIAkLcAAJiUAQCwNgQAgJQAAEhLAACgCQAAAAAAAEhLAADo4AEAQOEBAJjhAQBgQg8AIBwOADCdAQD4sgYAAAAAAEgvAgCgLwIA+C8CAFAwAgCQxw0A6McNAMgOAAAgHA4AAJYQAFiWEACwlhAACJcQAGCXEAC4UwIASKsBAODABACInQEAqJkAAKAJAACIAwwAyA4AAFgAAADQpAkAqFgHADgoAACA6QEA2OkBADDqAQBYMxAAuFMCAKiZAAAAmgAAUPEAAOgfAwBo3gAAUFECAOgnDwB4tgMAiJ0BAFA7AgAgPQMAGBkAAHAZAAB4TgEAiLsCANixEAAAyA4AcKYIABivEABwrxAAyK8QACCwEAB4sBAA0LAQACixEACAsRAAID0DAMgOAAAItgIAEPAFAGjwBQCQtwAASEsAACA9AwBA1gEAmNYBAECyAgAAWQcAeH8DANB/AwAogAMAgIADAEhFAgBIqwEAYCwPAKB8DQD4fA0AUH0NAKh9DQAAfg0AkLcAAJiUAQBA1gEAmNYBAKB8DQD4fA0AUH0NAKh9DQAAfg0AWH4NALB+DQAIfw0AYH8NALh/DQAQgA0AaIANAFD5AQCo+QEAmCsDAPArAwBgLA8AoHwNAPh8DQBQfQ0AqH0NAAB+DQBYfg0AsH4NAAh/DQBgfw0AuH8NABCADQBogA0ASOEQALAAAADwnAIAiHkNAKAfAAAAyA4AKJQAAMgOAACgHwAA+B8AAFiaAAComQAAAJoAAFDxAADoHwMAaN4AAFBRAgDoJw8AeLYDAIidAQBQOwIAID0DAACwAABYsAAAsLAAAIi7AgDYsRAAAMgOAHCmCAAYrxAAcK8QAMivEAAgsBAAeLAQANCwEAAosRAAgLEQACA9AwDIDgAACLYCAOjgAQBQugsAQKsIAKhfAQBQFw4AID0DAFA7AgDQIgEAQKsIABgZAABISwAAmIwAACh4AgC4ywYAQLkHAMhpCgBILwIAoC8CAPgvAgBAzgAASKsBAMgOAACgHwAAUKkNANi1CwBIRQIAMEkHACh4AgCYjAAAgEIJAEgvAgBwCwwAGNAQAHDQEADI0BAAgEIJACA9AwBoiwIAsLUNAAi2DQBgtg0AuLYNADCdAQCgyQIA+MkCAFDKAgComQAAmIwAAOAgEQBILwIAuMMQANiBCgBISwAASC8CALjDEAA4KAAASC8CANAiAQBAqwgAmKsIACgjAQBA1gEAAJoAANAiAQCgwQEA+MEBAMB1AgCoXQkA6OABAHCmCABILwIAUKgRAKioEQAAqREAIPANAOi+EABwGQAAeE4BAKBLAAD4SwAAgPkDAEgvAgD4qwwAQFIBAJhSAQA4FA4AkBQOAOgUDgBQOwIAqDsCALjDEADo+A8AkMcNAOjHDQDgCw0AOAwNAKAvAgD4LwIAiLANAOCwDQA4sQ0AkLENAOixDQBAsg0AmLINAPCyDQD4qwwAUKwMAPCcAgCIeQ0AoB8AAHALDAAY0BAAcNAQAMjQEACQtwAACPgCALDgEQBQOwIAsHEKAAhyCgD41wwAUNgMAKjYDAC45QwAEOYMAJC7EQCY1gEASFoGAAh4CABILwIAAAAAAEjUDQBILwIAsHEKAJiMAADovhAAcKYIAEirAQBgLA8AcKYIAHALDADAmw8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEF8CACA9AwCwkQMACJIDAGCSAwBo1QMAwNUDABjWAwBw1gMAyNYDACDwDQAoeAIAIPANACh4AgAAAAAASN8NAEgvAgBwpggAMDUKAEiwDgCgsA4A+LAOAFCxDgAgPQMAUKgRAKioEQBISwAA6OABADhAAwDo9wgAmIwAAPCcAgCwcQoAmIwAAADZAQBILwIAoC8CAPgvAgBQMAIAqDACABjQEABw0BAAyNAQABgZAABISwAAmIwAAIghAgBILwIAcAsMABjQEABw0BAAyNAQAEC5BwDYgQoAgJQAAKD1AgBQ4A0AcNsQAEhLAADo4AEAqFgHAEhLAADo4AEAmIwAAPCcAgCY1gEAUOANAHDbEABISwAA6OABAKhYBwBISwAA6OABAMgOAAAIowEAYKMBALijAQAQpAEASLMNAKCzDQBILwIAUKgRAKioEQAAqREAWKkRAAijAQBgowEAuKMBABCkAQBYAAAAQFIBAJhSAQDQIgEAoMEBADheBACgHwAA+B8AAJjWAQDA8QEAuH4GAKhYBwBISwAAuMsGAEC5BwDQIgEA+EQGANggDQCInQEAsGgCAPCMAAComQAASEUCAJiMAADwjAAAaIsCAEgvAgDQIgEAKCMBAMgOAAAItgIASC8CAOhXCgBAWAoAQLICAEhNDgAYGQAASEsAAEgvAgBgPAYACPgCAGD4AgC4+AIAEPkCAEirAQCYjAAAANkBAAi2AgAYQQUA+KsMAEBSAQCYUgEAOBQOAJAUDgDoFA4AQBUOAEgvAgBgPAYAuDwGADCGEACIhhAA4IYQADiHEACQhxAA6IcQAEgvAgB4VgIAMJ0BAPiyBgCgSwAASC8CAHALDADAmw8AGJwPAHCcDwBQswYAYDwGALg8BgDwlAEAYDYIAKiZAADIDgAAqM0BABBfAgAwYhEAiGIRAFAXDgCoFw4AMJ0BAPiyBgDo4AEAcKYIAEgvAgB4VgIAMJ0BAPiyBgCgSwAASC8CAGA8BgC4PAYA8JQBAEiVAQAolAAASEUCAEhLAADo4AEAQOEBAJjhAQBgQg8AOCgAAIDpAQDY6QEAMOoBACAcDgB4HA4A0BwOACgdDgCAHQ4AQLkHAEC5BwDo+A8ASGAPALjLBgAQzAYAaMwGAHCmCABILwIAuMMQANiBCgBISwAASC8CAPjXDABQ2AwAuMMQADgoAAComQAAcKYIABivEABwpggASC8CAEhgDwC4ywYAEMwGAGjMBgDAzAYAGM0GAHDNBgCo6QoAyCYOACAnDgBIYA8AuMsGABDMBgBozAYAcKYIAEgvAgC4wxAA2IEKAEhLAABILwIA+NcMAFDYDABQQwMAWIQLAPhgDwCgLA4A+CwOAFAtDgCoLQ4AAC4OAFguDgCwLg4ACC8OAGAvDgC4Lw4AwDsOABg8DgBwPA4AyDwOAFBDAwC4ywYAEMwGAGjMBgDAzAYAGM0GAHDNBgCo6QoAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBACDwDQA4KAAASEsAAOjgAQCQvA0ASGAPAJCrDwBgRQ4AUKgRAGgREQAg8A0A6L4QAEC/EAD41wwAUNgMALAtEgAILhIAYC4SAOi+EACQtwAAqJkAALjDEAA4KAAASC8CAHALDAAY0BAAcNAQAMjQEABILwIAgBUNANgVDQAwFg0AiBYNAAhIAgDAmw8AGJwPADheBABwCwwAwJsPABicDwA4XgQAgBUNANgVDQDIGQAAcAsMABjQEABw0BAAyNAQABjQEABw0BAAyNAQAKiZAAAwnQEA8OkCANC3CgBILwIAKJQAAICUAADQCQIAKAoCAIAKAgDYCgIAMAsCAIgLAgDgCwIAOAwCAEBMDgCYTA4A8EwOAEgvAgAolAAAgJQAAGjeAABQUQIAqFECAOjgAQBwpggASC8CAHALDADAmw8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAOCgAAJAoAAAAmgAAUPEAAOgfAwBQOwIAqDsCAHCmCABILwIAgBUNANgVDQAwFg0AiBYNAAhIAgDAmw8AADECAFgxAgCwMQIACDICAEgvAgBIaggA6B8OAJC3AACQtwAAqJkAAMgOAAB4VgIA0FYCACBjEAB4YxAAgBUNANgVDQAwFg0AiBYNAAhIAgDAmw8AADECAFgxAgCwMQIACDICAGAyAgDAmw8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAeLYDADhvDQAYGQAAeLYDANC2AwBIYA8AkKsPAGBFDgBgPAYAuDwGABA9BgBoPQYAwD0GABg+BgBQ4A0AqOANAIg1CgC4wxAAmLkHAPC5BwD4qwwAMJ0BAIidAQBIaggAYIEQALiBEADwnAIA6FcKAEBYCgBIWgYAoFoGAOgfDgCQtwAAkLcAAKiZAAComQAAUKgRAGgREQAg8A0ASEUCAEirAQBIWgYACHgIAEgvAgD4qwwAQFIBAJhSAQBAzQ8AmM0PAPDNDwBIzg8AoM4PALjDEAA4KAAASC8CACiUAACAlAAAoPUCAPj1AgBQ9gIAqPYCAAD3AgBY9wIAgBUNAKAkAgC4fwIAuMsGAKiZAADIDgAASC8CALjDEAA4KAAASC8CACiUAACAlAAAoPUCAPj1AgBQ9gIAqPYCAAD3AgBY9wIAgBUNAKAkAgC4fwIAGBkAAHAZAAAoGQgAqJkAAEhLAACQbwIA6G8CAEBwAgCAGAEAMNYEALjDEABIRQIAwPEBALh+BgCoWAcASEsAAEgvAgB45Q0A0OUNACjmDQCA5g0AgBUNANgVDQDIGQAAIPANACh4AgCAeAIA2HgCADB5AgCIeQIA4HkCADh6AgDQIgEAQKsIAEhLAACgSwAAoCEOAHCmCABILwIAYCwPAHCmCABILwIAgBgMAEC5BwCYuQcASEsAALjLBgBAuQcAyGkKACA9AwAolAAAgJQAAGjeAADA3gAAsGgCAOAgEQAQ/wAAeB8CAIAYDADYGAwAuMMQAMhpCgBILwIAIPANAAAXBwCAGAwAGBkAAHAZAAAoGQgAqJkAAIAYDADYGAwA8OkCAEjqAgCg6gIA+OoCAPjXDABQ2AwA4J0BAEC5BwDo+A8AwIsCAHhWAgAwnQEA+LIGAKBLAAAQ8AUAqM0MAEhLAACgSwAAGOwDAABSAgBYUgIAsFICAAhTAgBgUwIAoC8CAPgvAgCAQgkAyA4AAIAVDQB4tgMAIPANABC5EABouRAAwLkQABi6EABwuhAAiJ0BAFA7AgBwCwwAGNAQAHDQEAC4UwIAmIwAAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBAFBZDgA4KAAAkCgAAACaAACY1gEAGBkAAJC3AAComQAAWDMQAKi+EQAg8A0AEMcPAHA9CgAolAAAmIwAAIBCCQAAUgIAWFICAGjBEQDAwREAUMkRAKjJEQAAyhEAWMoRALDKEQAIyxEAYMsRABhBBQD41wwACDINAGAyDQCAFQ0A2BUNADAWDQCIFg0AgBgMAEhLAAAQ8AUAqM0MAKiZAACAGAwAOCgAAIDpAQCAQgkAyA4AAKAfAACAGAwAeD0OABDwBQCozQwASEsAAKBLAAAY7AMA4BYNAPgvAgCAQgkAyA4AAEghAwAgPQMAEF8CAEgvAgC4wxAASEUCAEhLAACYjAAA2CANAIidAQComQAAcKYIACA9AwDoVwoAQFgKAAAAAAAolAAAMJ0BAEDWAQCY1gEA8NYBAEgvAgBIYA8AoGAPAPhgDwBgPAYAuDwGAHh/AwDQfwMAKIADAICAAwDYgAMAMIEDALjDEAA4KAAAoOoNAPjqDQBQ6w0AqOsNAADsDQCY3g0A8N4NALjDEABA1gEASC8CAIAVDQComQAAmIwAAPCcAgBwCwwAyAsMAHCmCABILwIAuMMQADgoAABILwIA+NcMAFDYDABQTRIAqKQAAJC9CQComQAAyA4AAEgvAgCAFQ0A2BUNADAWDQCIFg0ACEgCAMCbDwAYnA8AOF4EAFDgDQCA2A4A2NgOADDZDgCI2Q4A4NkOADjaDgCQ2g4A6NoOAEDbDgCY2w4A8NsOAEjcDgCAQgkAQNYBAJjWAQBIWgYACHgIABjsAwBILwIAcAsMAMCbDwAYnA8AOF4EAAi2AgAg8A0A8OkCAEjqAgDYIA0AMCENAJiMAABIRQIASKsBAGhfAgCozQwAAM4MAFjODACwzgwACM8MAGDPDAC4zwwAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAFBDAwC4ywYAEMwGAGjMBgBwpggASC8CALjDEADYgQoASEsAAEgvAgB4VgIA0FYCANggDQD4sgYAuMsGAIidAQBQOwIASC8CAKAvAgBY7A0AQNYBAEgvAgC4wxAAmLkHAPC5BwCIDAkA4AwJADgNCQCQDQkA6A0JAACaAABQ8QAA6B8DAHgDDwDQAw8AKAQPAIAEDwDYBA8AMAUPAIgFDwDgBQ8AOAYPAJAGDwDoBg8AQAcPAJgHDwDwBw8ASAgPAKAIDwA4QAMAKJ4EAICeBADYngQAMJ8EAIifBADgnwQAOKAEAJCgBADooAQAQKEEAJihBADwoQQASKIEAKCiBAD4ogQAOEADACieBACAngQA2J4EADCfBACInwQA4J8EADigBACQoAQA6KAEAEChBACYoQQA8KEEAEiiBACgogQA+KIEAFA7AgBQOwIAQNYBAJjWAQBQOwIA2LULACh4AgDo4AEAqJkAAACaAABQ8QAA6B8DABgZAAB4tgMAiJ0BAFA7AgBILwIASGoIAKAfAACIrAcAYCwPAKhYBwBISwAA6OABAHCmCABILwIASGAPAKBgDwD4YA8AyFcQAEhqCABggRAAuIEQAPCcAgBISwAAWAAAALiQCwAQkQsASEsAAAAAAAA4KAAAgOkBANjpAQBwMQMA6FcKAEBYCgBIWgYAANkBACAPAADIaQoAID0DAChUAwCAVAMA2FQDADBVAwCIVQMA4FUDADhWAwCQVgMA6FYDANiBCgBISwAAWAAAAKikAABISwAASC8CAKAvAgBA1gEASBcKANAiAQBILwIASGoIADCqDwCIqg8AMJ0BAGA8BgDotwAAYCwPALgsDwBAuQcAQNYBAGiLAgCgYA8A+GAPAJB/DwDofw8AAJYQAFiWEACwlhAACJcQAPCcAgComQAAcKYIAEgvAgBIYA8AoGAPAPhgDwCQfw8A6H8PAACWEABYlhAAsJYQAAiXEAComQAAmIwAAMCLAgBwpggASC8CAEhgDwCgYA8A+GAPAJB/DwDofw8AAJYQAFiWEACwlhAACJcQAKAvAgD4LwIAUDACAKgwAgAAjg8AWI4PALCODwDYJQ8AMCYPAIgmDwDgJg8AOCcPAJAnDwBIqwEAYCwPALgsDwBILwIASGAPAKBgDwD4YA8AkH8PAOh/DwAAlhAAWJYQALCWEAAIlxAAoKsBAGjeAABILwIASGAPAKBgDwD4YA8AkH8PAOh/DwAAlhAAWJYQALCWEAAIlxAAwIsCAHCmCABILwIASGAPAKBgDwD4YA8AkH8PAOh/DwAAlhAAWJYQALCWEAAIlxAAyA4AAEgvAgCgLwIA+C8CAFAwAgCoMAIA6FcKAEBYCgDIDgAAIBwOAEirAQBISwAASC8CAEhqCADoHw4AAJYQAFiWEACwlhAACJcQAAAAAADoSA8ASC8CAKAvAgD4LwIAUDACAPioDQBwCwwAGNAQAHDQEADI0BAAyGkKAKiZAABIaggAoB8AALBXDwAIWA8AYFgPAEgvAgC4wxAASGAPAKBgDwCAXA8A2FwPADBdDwCIXQ8A4F0PADheDwBILwIAuMMQAEirAQBIqwEAYCwPAKhYBwBISwAAuMsGAIidAQAIAQAAKJsQAMgOAABILwIAQBoQAEBJDwBISwAAKJQAAFgAAACQtwAA6LcAAECnAgCYpwIA8KcCANAiAQAoIwEAAGsMAFhrDACwawwACGwMAJiMAADwnAIAcKYIAJC9CQBo3gAAGBkAAJC3AADotwAAQKcCAJinAgDwpwIASEsAAOjgAQBA4QEAMGAOAIhgDgDgYA4AOGEOAJBhDgDoYQ4AoB8AAMgOAAAAAAAAAAAAAGCPDwC4jw8AEJAPAGiQDwAQ/wAAkPMNABhBBQDQuxAAKLwQAIC8EACoMAIAAAAAAGA8BgC4PAYAED0GAPBqDwBIaw8AoGsPAMgOAAAgDwAASKsBAGAsDwAQXwIASKsBAKCrAQBIWhEAiJ0BADgoAABo3gAAUFECAOgnDwAwYhEAAJoAAFDxAADoHwMAcKYIABivEABIRQIAoEUCADhkAgAQ8AUAmP8NAPD/DQDw6QIASOoCAKDqAgDgwAQAcKYIAMimCAC4RxEAuMsGAEC5BwDIaQoASC8CAHhWAgDQVgIA6CcPAHi2AwCInQEAUDsCAFDgDQBw2xAAcK8QAMivEAAgsBAAeLAQANCwEAAosRAAuMsGAEC5BwDIaQoASC8CAHhWAgDQVgIA6CcPAHi2AwCInQEAUDsCAEhqCADoHw4AMJ0BAPiyBgDo4AEAQOEBACA9AwBIYA8AoGAPAPhgDwCQfw8A6H8PAECADwCYgA8A8IAPAKAvAgD4LwIAUDACAKgwAgAAjg8AOEUFAJBFBQBQgAwAqM0MACiHCACQvQkA2IEKAEhLAABILwIAAAAAABivEAAAmgAAUPEAAKjxAAAAAAAAAAAAAEhqCADoHw4AMJ0BAPiyBgDo4AEAQOEBAOBEBQAoJQ8AgCUPAMhXEACgLwIAwM4JABjPCQBwzwkAAAAAAMCQDwDwywEAOCgAAIDpAQDY6QEAGDEDACA9AwAAAAAAcAsMAMCbDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEA2NANADDRDQDoVwoAQFgKAMDxAQC4fgYAqFgHAEhLAAC4ywYAQLkHAMhpCgBILwIA+NcMAFDYDACoXwEAUBcOAKgXDgAAGA4AWBgOALAYDgAIGQ4AYBkOALgZDgAQGg4AaBoOACDwDQAAFwcAgBUNANgVDQAoGQgAWDMQADiQAgCQkAIA6JACAECRAgBILwIAcAsMAMCbDwAYnA8AcJwPAFCzBgBgPAYAuDwGAPCUAQBIlQEAcAcRANAiAQD4RAYA2CANAIidAQB4tgMAiJ0BAFA7AgBILwIA+NcMAFDYDADowQ8AQMIPANibEAAwnBAASGYCAJjCDwAYQQUAAAAAAEgvAgAolAAAgJQAAFDVDQCo1Q0AANYNAFjWDQCw1g0ACNcNAGDXDQC41w0AGNAQAHDQEADI0BAAUKgRAGgREQBISwAAaN4AAKiZAAComQAAGBkAAEgvAgBIYA8AoGAPAPhgDwBYAAAAsAAAAAgBAAAYQQUA6MEPAEDCDwAYQQUASEsAAEhmAgCYwg8AGEEFAAAAAABILwIASGAPADi7EQAwnQEAOF4EAJBeBADoXgQAoGAPAPhgDwCgLA4A+CwOAFAtDgCoLQ4AAC4OAFguDgCwLg4ACC8OAGAvDgC4Lw4AwDsOABg8DgBwPA4AyDwOACA9DgBoiwIAsLUNAHCmCAAYGQAAwHUCAOAgEQDgiQQAaEkCAMBJAgAQ/wAAeB8CANB+BwAI+AIAYPgCALj4AgDwjAAAQNYBAEgXCgDIDgAAqM0BAIidAQB4tgMAOF4EAGhJAgAQtw0AcKYIAEgvAgD41wwAUNgMAEhLAADo4AEAQOEBAJjhAQCYuQcA8LkHAIgMCQBISwAAkG8CALjDEADIaQoASC8CAEhqCACgHwAAsFcPAAhYDwBgWA8AuFMCAJiMAACAQgkA2EIJADBDCQBgPAYACPgCAGD4AgC4+AIASEUCAJiMAADwjAAASKsBAJiMAABoiwIAuFsOABBcDgBoXA4AwFwOABhdDgBwXQ4A6FcKAKjNDAA4zwMAkM8DANDnEAAo6BAAgOgQANjoEAAw6RAAiOkQAAAAAAAAAAAAcKYIAEhLAABILwIAYDwGAOi3AABApwIAmKcCAPCnAgDoSA8AoAkAAJBkDQDoZA0AQGUNAJhlDQCgCQAASEUCAGgREQA4KAAAWOwNAEDWAQCY1gEAIPANABjhDgDYQgkAoAkAAPgJAAB45Q0AoCEOAPghDgCYjAAAOCgAAEhLAADo4AEAkLwNAEgvAgAg8A0AGOEOANhCCQCgCQAA+AkAAHjlDQCgIQ4A+CEOAHALDACYjAAA8IwAAOj3CACgCQAA+AkAAHjlDQCgIQ4A+CEOAHALDACYjAAA8IwAAOj3CACgCQAA+AkAAHjlDQCgIQ4A+CEOAODABACInQEACKMBAIidAQDQpAkAKMcQAIDHEADYxxAAMMgQAAAAAACgLwIA+C8CAFAwAgAI8g8AYPIPAEgvAgBIYA8AoGAPAPhgDwDIVxAAaIsCAAAAAABILwIASGAPAKBgDwD4YA8AyFcQAEhqCADoHw4AMJ0BAPiyBgDo4AEAQOEBAPirDABQrAwAoFUPAKAvAgD4LwIAUDACAGA8BgAI+AIAGBsDAJC3AAComQAAiKwHAEirAQBgLA8AcKYIADCqDwCIqg8A4KoPADirDwCQqw8A6KsPAFDgDQDoCBIAQAkSALBoAgAoeAIAuMsGAEC5BwDIaQoAuFMCANAiAQDIDgAASGAPAKBgDwD4YA8AyFcQAPirDABQrAwAoFUPAKAvAgD4LwIAUDACAEhqCADoHw4AMJ0BAPiyBgDo4AEAQOEBABBfAgCQxA4A6MQOAKAvAgD4LwIAUDACAKgwAgAY0BAAcNAQAMjQEACgLwIAQNYBAEgXCgDQIgEAQMUOAOj4DwD41wwAUDsCABgZAABwGQAAQNYBAJjWAQDw1gEASC8CACiUAACAlAAAyM4NACDPDQB4zw0A0M8NACjQDQCA0A0A2JMPAEgQEACgEBAA+BAQAOhIDwBIAwIAsFcPAAhYDwBgWA8ASC8CAHjlDQCgIQ4A+CEOAIBcDwDYXA8AMF0PAIhdDwDgXQ8AOF4PAEgvAgB45Q0AoCEOAPghDgCYjAAA8IwAAOj3CABILwIASGoIAKAfAACwVw8ACFgPAGBYDwBILwIAeOUNAKAhDgD4IQ4ASGAPAKBgDwCAXA8A2FwPADBdDwCIXQ8A4F0PADheDwBILwIAeOUNAKAhDgD4IQ4AAAAAAIghAgBISwAAKJQAAEDWAQCY1gEAWDMQAFgAAACwAAAAsJEDAAiSAwBgkgMAuJIDAHALDADAmw8AADECAFgxAgCwMQIACDICAGAyAgD4OgIA6FcKAKjNDABgPAYAuDwGABA9BgCAFQ0AwHUCABh2AgAAAAAAWDMQALAzEACIshAA4LIQADizEACQsxAA+KgNAPirDABQrAwAoFUPACA9AwCYtBAA8LQQAEi1EAAgPQMASC8CACiUAACAlAAACO0CAPiyBgBQswYAwPEBADA5EABYAAAAMJ0BAPiyBgDo4AEAkLwNAPDpAgAwnQEAiJ0BADjPAwCYjAAA+AgPACByCwD4qwwAYAYCALgGAgAoeAIAOCgAAFjsDQBA1gEA0CIBAEgvAgBIaggA6B8OADCdAQD4sgYA6OABAKjNDAAAzgwASC8CAKAvAgDAzgkAyMgPACDJDwB4yQ8A0MkPACjKDwCAyg8A2MoPACDwDQA4KAAASEsAAOjgAQCQvA0ASDkRAKA5EQD4OREAUDoRAKg6EQAAOxEAiHkNAEgvAgCgLwIAWOwNALDsDQAI7Q0ASGoIADCqDwCIqg8A4KoPADirDwBggRAAuIEQAPCcAgBISwAA6OABACDwDQBIRQIAICQPAHgkDwBISwAA6OABAOgfDgCQtwAAkLcAAKiZAADIDgAAqM0BADgoAACg0xEA+C8CAFAwAgCoMAIAYEIPALhCDwAQQw8AWOwNALDsDQAI7Q0ASGoIADCqDwCIqg8A4KoPADirDwBggRAAuIEQAPCcAgBISwAA6OABACDwDQBIRQIAICQPAHgkDwBISwAA6OABAOgfDgCQtwAAkLcAAKiZAADIDgAAqM0BADgoAACg0xEAaEMPAMBDDwAYRA8AANkBAEgvAgAAAAAASC8CAKAvAgD4LwIAUDACAJDHDQDoxw0AAAAAAOhXCgCozQwAAM4MACA9AwBwCwwAiKwHAOCsBwDgIBEA4IkEAKAfAABwpggAID0DADCdAQCInQEAOCgAAFjsDQDoHwMAGDEDAHAxAwBIYA8AoGAPAPhgDwDIVxAAIFgQAJBmEADoZhAAQGcQAPDcCgBI3QoAoN0KAJDHDQDoxw0AcAsMABjQEABw0BAAyNAQAPjdCgAAjg8AOEUFAJBFBQBA7wsAwJsPACB+EgB4fhIA0H4SACh/EgD4qwwAYAYCAGAsDwC4LA8AANkBAKAfAADoVwoAQFgKAJhYCgBQcgIAWDMQAEgDAgCgAwIA8MsBALBxCgAQtw0AiKwHAFBRAgDoJw8AeLYDAIidAQBQOwIAGDEDAHAxAwBIYA8AoGAPAPhgDwDIVxAAIFgQAJBmEADoZhAAQGcQAAi2AgBgtgIA6L4QAHCmCADIpggA8JwCAHCmCAC4UwIAQLkHANiBCgComQAAAJoAAFDxAADoHwMAUPkBAKj5AQBgBgIAYCwPAEhLAADo4AEASGAPAJiMAAAA2QEA6MEPADCdAQCgyQIAcKYIAEgvAgCgLwIA+C8CAFAwAgCoMAIASGoIAOgfDgCQtwAAkLcAAKiZAADIDgAAqM0BADgoAACg0xEA0IcPACiIDwCAiA8A2IgPADCJDwBYMxAAsDMQAAg0EABggRAAeI8QANCPEAAokBAAgJAQAOCJDwA4ig8AkIoPAEgvAgBILwIAID0DANAiAQDQIgEA+EQGAPCcAgAY7AMASC8CAIghAgDgIQIAOCICAJAiAgDoIgIAQCMCABgZAAComQAASEsAALDZAQBwpggAWAAAANCkCQBwpggASEsAAJiMAACAQgkASC8CAEhgDwCgYA8A+GAPAMhXEAD4LwIAUDACAKgwAgBIaggA6B8OAJC3AACQtwAAqJkAAMgOAACozQEAOCgAAKDTEQB4VgIA0FYCACBjEAComQAAAJoAAJjWAQBIYA8AoGAPAPhgDwCQtwAAmJQBAFD5AQCo+QEAYAYCAGAsDwBISwAASGAPAKBgDwD4YA8AIPANABC5EABouRAAwLkQABi6EABwuhAAyLoQACC7EAAgPQMAAAAAAAAAAAAwnQEAOF4EAOjBDwComQAAWAAAAEBSAQCY1gEAQLICAAj4AgAoeAIA6OABAJC3AAAAAAAAqL4RAKAvAgD4LwIAUDACAKgwAgCI6gEAgMQRADCqDwCIqg8A4KoPADirDwBILwIASGAPAKBgDwD4YA8AyFcQACBYEAD41wwAUNgMAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBAMgOAAAAUgIAoC8CAPgvAgBQMAIAkMcNAOjHDQBwCwwAGNAQAHDQEADI0BAAGBkAAEgvAgBwCwwAGNAQAHDQEADI0BAAuMMQAGA2CAC4NggAEDcIAGg3CADANwgAGDgIAHA4CABAuQcASEsAAKBLAAD4SwAAgPkDAEgvAgBwCwwAGNAQAHDQEADI0BAAGBkAAHCmCAAwNQoAiJ0BAFA7AgAgPQMAcAsMAMCbDwCgyxAA+MsQAFDMEACozBAAyA4AAJiMAABYQwcAWAAAAGAGAgBQqBEAICQPAHgkDwDQJA8AQD4PAEirAQBgLA8AuCwPABAtDwAAmgAAUPEAAOgfAwBoZA8AAAAAAABSAgAAUgIAyJEEACCSBAB4kgQA0JIEAEgvAgBILwIAuMMQADgoAABILwIASGAPAKBgDwD4YA8AcKYIADA1CgBIsA4AoLAOAOhIDwBASQ8ASKsBAGAsDwC4LA8AkL0JALBMDwAITQ8A6EgPAEBJDwAYrxAAyA4AAKAfAACIrAcAYCwPAKhYBwBISwAA6OABAIghAgA4KAAAgOkBANjpAQAw6gEAWAAAALAAAAAIAQAAKJsQAFgAAACAVwIA2FcCADBYAgCIWAIA4FgCADhZAgBAuQcA2IEKAEhLAACQtwAAmJQBAFD5AQBAqwgAyA4AABBfAgAwYhEAiGIRAFAXDgCQvA0AUPEAAKjNDABYAAAASEsAAOjgAQBIRQIAICQPAJiMAADwnAIAcKYIADA1CgCInQEAOM8DAJDPAwDQ5xAAKOgQAIDoEADY6BAASGYCAJi5BwBYAAAAMJ0BAIidAQBQOwIASC8CACDwDQA4KAAASEsAAOjgAQCQvA0AAFICAABSAgBILwIASEsAAOjgAQBA4QEAmOEBAFDgDQCo4A0A4NYPADjXDwCQ1w8A6NcPAEDYDwCY2A8A4BYNAMDOCQDIyA8AIMkPAHjJDwDQyQ8ASC8CAFCoEQBoEREAOCgAAFjsDQBA1gEAmNYBAPjXDAD4sgYAyA4AAEgvAgD4qwwAUKwMAPCcAgCY1gEAGBkAAEhLAABILwIAIPANAOi+EABwpggASC8CAHhWAgDQVgIAIGMQAHhjEABgPAYACPgCABgbAwCQtwAAqJkAAIisBwBIqwEAYCwPAHCmCABISwAAkG8CAOhvAgBAcAIAAMgOAADIDgCAGAEAqJkAAACaAABQ8QAAuFMCABBUAgBoVAIAwFQCABhVAgC4UwIAOCgAAIDpAQDY6QEA4AsNADgMDQBQQwMAWIQLAPhgDwDAZA8A+C8CAFAwAgCoMAIA0LcKACi4CgCIeQ0ACKMBAEC5BwDIaQoAqJkAAJiMAADovhAAkLcAAEDWAQCY1gEASFoGACh4AgC4ywYAQLkHAMhpCgComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAPh3AAAoeAIAuMsGADheBAA4KAAAwM4JAKiZAABwpggAcKYIABivEABwrxAA0KQJACjHEACAxxAAGK8QABgZAACQtwAAGOwDAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAWAAAAFgAAABgBgIA4MAEAJC3AAAI+AIAKHgCALjLBgBAuQcAyGkKAJC3AACYlAEAcNEBAEg5EQDo4AEAqF8BAKAvDQD4Lw0AqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABgZAABwGQAAKBkIAEhLAAAQ8AUAmP8NAIiaAgDIDgAACKMBAKiZAAAYGQAASEsAAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAiDEEAOAxBAAY2AYAcNgGAMjYBgAg2QYAeNkGANDZBgAo2gYAgNoGAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEA6OABAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBISwAAmIwAANggDQCInQEAqJkAAACaAABIqwEAmIwAAEDOAACAlAAAyM4NAOj3CABA+AgAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAODABACInQEAeLYDAPiyBgC4ywYAmIwAAIBCCQDgwAQAOJACAJiMAAAoeAIAuMsGAEC5BwDIaQoAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAoeAIAmIwAAJiMAADwjAAASI0AAKCNAAD4jQAAUI4AAEDWAQCY1gEAyA4AACAPAADYgQoAQNYBAJC3AAComQAAOCgAAIDpAQDY6QEA4AsNADgMDQComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAFA7AgAgcgsAeHILAMDxAQBwpggASEUCAJC3AACQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAIgxBADgMQQAGNgGAHDYBgDI2AYAINkGAHjZBgDQ2QYAKNoGAIDaBgAwnQEAoMkCAPjJAgBQygIAqMoCAADLAgBYywIAyA4AAAi2AgBgtgIAKHgCAOjgAQComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQDo3Q0AQN4NAKiZAACoXwEAIH4SAHh+EgDQfhIAKH8SAIB/EgDYfxIAMIASAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBAOjdDQBA3g0AkLcAAJiUAQBQ+QEAqPkBAGAGAgBgLA8ASEsAALjLBgBAuQcAyGkKAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBAOjdDQBA3g0AuMsGABDMBgBozAYAwMwGABjNBgBwzQYAyM0GAFg5DgCwOQ4ACDoOAGA6DgC4Og4AEDsOAGg7DgAQYgEA6N0NAEDeDQAolAAAgJQAAMjODQDo9wgAQPgIAJj4CADw+AgASPkIAKD5CAAwNQoAQLkHAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBAOjdDQBA3g0AyA4AADhpBACQaQQAYCwPAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEA6N0NAEDeDQDgiQQAOIoEAJCKBADoigQAQIsEAJiLBADwiwQASIwEAKCMBAD4jAQAUI0EABBiAQDo3Q0AQN4NADgoAABIqwEAGOwDAGjeAABQUQIAGOwDAMgOAAA4aQQAkGkEAGAsDwCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBAOjdDQBA3g0AAAAAAEgvAgAAAAAASC8CAKAvAgD4LwIAUDACAKgwAgAAUgIAWFICAHiKAwDQigMAKIsDAICLAwD41wwAUNgMANimEAAwpxAAiKcQAOCnEAA4qBAAkKgQAOioEAAAUgIAWFICAEhqCAAwqg8AiKoPAOCqDwA4qw8AePIQALjDEABA1gEASC8CAOhXCgAQrhAAaK4QAMCuEABILwIASGAPAKBgDwD4YA8AyFcQAEhgDwA4uxEA+EsAAID5AwDY+QMAwKMQAMikEAAgpRAAeKUQAPjXDAAIMg0AqM0BACAcDgComQAAyA4AAEhqCAAgDwAA0CIBAECrCABIYA8AoGAPAPhgDwDIVxAAIFgQAHhWAgComQAAAJoAAJjWAQBIaggAMKoPAIiqDwDgqg8AOKsPAEhFAgAY7AMASC8CAEhqCACgHwAASEUCAJiMAAAA2QEACLYCALjLBgCYjAAA6L4QAEC/EABQqBEAaBERAACaAABQOwIA0CIBAPhEBgDovhAAGBkAAEgvAgAg8A0A6L4QAHCmCABILwIAYDwGALg8BgAQPQYAYEoQABDwBQBo8AUASEUCAKBFAgD4RQIASGYCAEDWAQCIeQ0AUHINAKhyDQAAcw0AWHMNALBzDQAIdA0AYHQNAABSAgBYUgIAUHINAKhyDQBwCwwAGNAQAHDQEADI0BAAAFICACA9AwCgSwAAmLwRAPC8EQBIvREAQNYBAEgXCgBo3gAAUFECAEhFAgBIqwEASC8CAHALDADAmw8AADECAFgxAgCwMQIACDICAGAyAgAAAAAASC8CAOhXCgBAWAoAQLICAEhNDgCgTQ4A+E0OAFBODgBIaggA8MIPAEjDDwCgww8A+MMPAFDEDwCoxA8ASGoIAPDCDwBIww8AoMMPAPjDDwBQxA8AqMQPAHALDADAmw8AADECAFgxAgCwMQIACDICAGAyAgBYMxAAqL4RACDwDQAQxw8AcD0KACiUAACYjAAAIPANABDHDwBwPQoAKJQAAJiMAACAQgkASC8CAFgzEACovhEAAL8RAFi/EQCwvxEACMARAGDAEQC4wBEAEMERACiUAABIqwEASKsBAEgvAgBQ4A0AqOANAADhDQBY4Q0AEK4QAIidAQBQOwIASC8CAPjXDAD4sgYA6OABAFC6CwDIDgAAOCgAAEhLAABILwIAYDwGALg8BgAQPQYAYEoQALhKEAAQSxAAaEsQAFA7AgCwcQoACHIKAEgvAgBgPAYAuDwGABA9BgBgShAAuEoQABBLEABoSxAAQM4AAMgOAACgHwAAcKYIAEgvAgBQqBEAqKgRACA9AwBIAwIAAL8RAMgLDABwpggASC8CALjDEAA4KAAASC8CAPjXDABQ2AwAGBkAAKiZAAAAmgAASC8CAHALDADAmw8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBAEhqCABggRAAuIEQALi2AgAQtwIASC8CAEhgDwAQ8AUAmP8NAPD/DQBIAA4AWDMQALAzEABYMxAAsDMQAAg0EABgNBAAYDwGAAj4AgCw4BEACOERAGDhEQC44REAEOIRAGjiEQDA4hEAGOMRAFgzEACwMxAAIPANAEhFAgAgJA8A8OkCANC3CgBwCwwAwJsPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQB4VgIA0FYCACBjEAB4YxAASGAPADi7EQD4SwAAOAYEAKjgDQBA1gEAmNYBAECyAgBISwAASC8CAGA8BgAI+AIAsOARAAjhEQBg4REAuMMQADgoAABILwIASGAPADi7EQD4SwAAoC8CAFjsDQBIqwEASKsBAKCrAQBo3gAAMJ0BAIidAQBQOwIASC8CAHALDADAmw8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAKJQAAEDWAQAQrhAAiJ0BAFA7AgBILwIAeOUNANDlDQDovhAAcKYIAEirAQDgwAQAiJ0BAFA7AgBILwIAuMMQADgoAABILwIASGAPADi7EQD4SwAAUPURAKj1EQAA9hEAWPYRALD2EQAI9xEAYPcRALj3EQAQ+BEAaPgRAMD4EQAY+REAcPkRAABSAgBYUgIASKoQAOi+EABwGQAAeE4BAKBLAAD4SwAAgPkDAEgvAgBwCwwAwJsPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQC4wxAAYDYIALg2CAAQNwgAaDcIAMA3CAAYOAgAcDgIAEAgDgCYIA4A8CAOAEghDgDw4QEAAAAAAAAAAAAAAAAASC8CAIAVDQBQTRIAqE0SAABOEgD41wwAUNgMALAtEgAILhIAYC4SALguEgAQLxIAIPANAAh4CABwpggAGOwDAJiMAADwnAIAGBkAAEgvAgAg8A0ACHgIAHCmCAD4qwwAGBkAAFBNEgCoTRIAAE4SAPjXDABQ2AwAsC0SAAguEgBgLhIAuC4SABAvEgAg8A0ACHgIAHCmCADIDgAACLYCAGC2AgCAQgkA2EIJAFA7AgAgcgsA0CIBAEgvAgD41wwAUNgMALAtEgAILhIAYC4SALguEgAQLxIAUKgRAKBFAgBwUQcAoPUCAEirAQBgLA8A+NcMAFDYDACwLRIACC4SAGAuEgC4LhIAqDsCAEgvAgBQOwIAIHILAHhyCwCAFQ0AUE0SAKhNEgAAThIA+NcMAFDYDACwLRIACC4SAGAuEgC4LhIAEC8SAFgAAABAUgEAmFIBAPDpAgAwnQEAcKYIABivEAAAmgAAiHkNAAi2AgAQ8AUAmP8NACh4AgDo4AEAUDsCABjsAwAgPQMAyJEEACCSBAB4kgQA0JIEAHhWAgAwnQEA+LIGAKBLAABILwIAcAsMAMCbDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAAUgIAWFICAEhgDwCQqw8AYEUOAOhXCgBAWAoAAJoAAKjNDAAAzgwASC8CAPirDABQrAwAoFUPAFgAAADQIgEASC8CAHALDAAY0BAAcNAQAAAAAADI0BAAMIYQAOCcBQD4RAYA6L4QAHCmCABILwIAoC8CAPgvAgBQMAIAqDACAHhWAgAwnQEA+LIGAKBLAABILwIAcAsMAMCbDwAYnA8AcJwPAFCzBgBgPAYAuDwGAPCUAQBI1A0AoNQNAKDUDQCYrA8A8MsBAHiLCgDQiwoAKIwKABBsEABobBAAWAAAAEBSAQCYUgEAOBQOAJAUDgDoFA4AQBUOAEgvAgBgPAYAuDwGADCGEACIhhAA4IYQADiHEACQhxAA6IcQAODABABQWQ4AqFkOAKhYBwAY7AMAkLcAAOi3AADoeg0AQHsNAJh7DQDgCw0AOAwNAKiZAAAAmgAAUPEAAOgfAwBQOwIAqDsCAJiMAAA4uxEA+EsAAID5AwDY+QMAIPANAHjwDQDQ8A0ASGAPAKBgDwD4YA8AwGQPAPgvAgBQMAIAkMcNAOjHDQCQqw8AYEUOAEhqCACgHwAAqJkAAEhgDwA4uxEA+EsAAKAvAgCg0xEA+NMRAFDUEQCo1BEASGoIAGCBEAC4gRAAuLYCABC3AgBILwIASGAPABDwBQCY/w0A8P8NAOhXCgBAWAoAWDMQAEDWAQCozQwAAM4MAEgvAgDQIgEA+EQGAPDpAgDQtwoAWOwNAEDWAQBILwIA0CIBACgjAQBA1gEAmNYBAPjXDABQ2AwAOCgAAFjsDQBA1gEA0CIBAPhEBgAoeAIAuMsGAEC5BwComQAAqFgHAKArBwBISwAAuMsGAEC5BwDIaQoASC8CAKAvAgD4LwIAUDACAKgwAgCgLwIAWOwNAEDWAQBILwIASGAPAJiMAAAA2QEAOLsRAPhLAACA+QMA2PkDAMCjEADIpBAAIKUQAHilEACgLwIA+C8CAFAwAgAI8g8AYPIPAEgvAgBIYA8AoGAPAPhgDwD4Dg0AUA8NAKgPDQAAEA0AWBANALAQDQAIEQ0AYBENAGBYBAC4WAQAMIYQAIiGEACYKwMA8CsDAGAsDwBY2QEAYLISALiyEgC4PhQA0OIOABjsAwAAzgEA8OUSACBXFABwpggASEAAABCzEgBosxIA8OUSACiVEgAITgAAuOMUACBXFABwpggAIFcUACBXFABwpggA8OUSAJg6FAAgVxQAuOMUAFA7AgD4HwAAgBgBALjjFACAGAEAcOASAHDgEgBwpggAGK8QAAAhAACAGAEA8M4AAPDWAQCojxIAqI8SACBXFADw1gEAIFcUALBXDwA4rRIAkK0SAGhNEwBgshIAuLISAOCeEwC44xQAoAkAAPDlEgA4rRIAkK0SAIAYAQDAqBIAIBUUAHgVFAA4BRMAUDsCAHDgEgA45BIAkOQSAGCyEgC4shIAgJ0TANAiAQCovhEAcOASAKiwEgBw4BIAyGkKAECHFABoTRMA8OUSAOC/EwAgVxQAoAkAAKAJAABYxxIAsMcSAAjIEgC44xQAyA4AAPi6EgBQuxIA+LoSAFC7EgBQExMAuOMUAGBFDgAYMQMAcKYIAOj3CABwpggAWMcSALDHEgA4ZRQAgBgBAFjHEgCwxxIAOGUUAPgfAABgshIAuLISAHB2AgBILwIACDINAPDlEgAgPQMAYEUOAGBFDgBILwIASEsAAHDgEgDouBIAMLcSABDbAQAQ5BQAEOQUADC3EgBYvBIAsLwSAAi9EgAwIQ0A4CENAPDlEgC4aQIA+LoSAFC7EgBw4BIAMLcSAIi3EgD4uhIAkOwTAPi6EgCQ7BMA6A0UAHDgEgDYzBIASC8CAGDIEgC4yBIAwKgSAGDIEgA4bw0ASC8CAFjHEgCwxxIAWMcSALDHEgBYxxIAsMcSAKi7EgBoTRMAWLYUALC2FAAQXwIAMLcSAMCoEgD4uhIAULsSABBfAgBwpggASC8CALjjFABILwIAULUUAKi1FACIwhIAkL0UAPDlEgDw5RIAGEEFABhBBQAYQQUAID0DAIBCCQBoEREAQIQKAGgREQBoSxAAaEsQAEhLAAB4Uw4AMAwUAEDPEgAQ/wAAyA4AAMgOAAAA0hIASL0RABD/AABg/BMAyA4AAEi9EQBw4BIAcOASAHDgEgBw4BIAcOASAMCoEgDAqBIAcOASAHDgEgBw4BIAcOASAHDgEgBw4BIAwKgSAMCoEgDAqBIAcOASAHDgEgBw4BIAwKgSAMCoEgAw2BIAwKgSAMCoEgBw4BIAcOASAHDgEgBILwIASC8CAKhzFACgCQAAqHMUAKAJAAAA3RIAwJMOAEgvAgC44xQAQNYBAHiLCgBILwIAyA4AAMgOAABw4BIAcOASAEirAQCQvRQAWMcSALDHEgAgPQMA8OUSALjjFADIDgAA2OISAEgvAgCw9wIAoB8AABjsAwCwcQoAGBkAAHCmCABADgkAcKYIAAA9FACgCQAAaE0TACiVEgBgyBIAuMgSADCBAwBYxxIAsMcSADhlFABQswYAuOMUAEgvAgBILwIAYMgSALjIEgBgMg0A8OUSAJhFFACQvRQAyA4AADibAgBo3gAAaN4AAGjeAAC44xQAaN4AAAh0AgDgIBEAuOMUADibAgC44xQAQJECAGhVFAAAMhQAWDIUAOjvEgC44xQAyLkUACC6FACoIgMAgBgBALjjFABIIBIAoAkAALjjFABYAAAAGBkAABivEAAolRIAGOwDABjoEwBYAAAAaFUUAKAJAAC44xQA4L8TAKAJAADw5RIAoAkAAKAJAAAAoxMA8OUSACiVEgAItgIAGOwDAAD+EgCIXQQAWDYEAPD7EgBIPwQAEOQUAAh4CADAqBIAIBUUAHgVFAAwQxQAQDMEAFjHEgCwxxIAOGUUAKgTEwDAqBIAuOMUAHg/BgA4MgQA8EgTAMCoEgBw4BIAcOASAFjHEgCwxxIAcOASADjkEgCQ5BIAIA8AAPDlEgBwzwkAYCwPAPDlEgBI7hMASO4TAPDlEgDoGBQAIOESABCFBABILwIA8OUSAEAGEwDw1gEAuOMUAEgvAgBILwIASC8CABDkFABILwIAKJUSALjjFABILwIA8OUSAJC9FAA45BIAkOQSADgiDQBwPgYAAM8TAIAYDADoSA8AuOMUAHDNBgC44xQAqOkKAAAqEwAAIQAA8OUSAEAGEwCYBhMAwLATALjjFAAItgIAYCwPAPDlEgCYOhQAEP8AAADPEwDwSBMACGwMAEi5AABIRQIASC8CAMCoEgAgFRQAeBUUAFjHEgBIDxQA6EgPADifEwAolRIAyA4AAIAYAQDwERMAGJsTAHCbEwDAsBMASEsAAMCoEgAgFRQAeBUUADBDFACIQxQAwLATAEhLAADAsBMASEsAANigEgCoHhMAuOMUAEgvAgC44xQASC8CAPDlEgCYOhQAaE0TAPDlEgDYAxMAMAQTAIgEEwA4lBMASC8CACi2EgDw5RIAcOASADjkEgCQ5BIAaCwTAABnBgAolRIAQIcUAGAyDQAQ5BQAcOASABDkFABw4BIA2LYSACA9AwCAOhMA2DoTADA7EwDYAxMAMAQTAIgEEwDgBBMAmJUTAIA6EwDYOhMAMDsTANigEgCIsgUAwKgSACAVFAB4FRQAMEMUAIhDFABImAsAuOMUAAi2AgC44xQAAM8TACiVEgAYQQUAODIEAOjgAQBw4BIAOOQSAJDkEgAYsRMAACEAAMCoEgAgFRQAeBUUALjjFAAgPQMAMEMUAIhDFADIXgoAwLATAEhLAADIOBMAIDkTAHg5EwDgQxQAcM0GAMg4EwBw4BIAkCMUAMCoEgAQ5BQAcOASADjkEgAQ5BQAYCwPAEgvAgCQvRQAOOQSAJDkEgB4PAcA8OUSAJg6FAC44xQAYO0NAPDlEgC44xQAiPwGAHhBFADAqBIAEOQUAPi6EgBQuxIAcKYIAJigEwCAOhMA2DoTADA7EwCQvRQAOOQSAJDkEgAA/hIACLYCAGAsDwB4QRQAuOMUAGAsDwBILwIAmO0TAHCmCADw6QIAeEEUANBBFAAoQhQA2KASAIAYAQDw5RIAuOMUAJCrDwAolRIAiHkNAMCoEgB4QRQAwKgSAHhBFABw4BIAEOQUABDkFAAQ5BQAcOASADjkEgCQ5BIA2AMTADAEEwCIBBMAoMITAOBDFAA4RBQAAM8TAAAhAADgBBMAABQTAHhBFADQQRQAKEIUAIBCFACQvRQAIOESAOjpFADQDRMAKA4TAOjpFADIOBMAeEEUAMCoEgAgFRQAeBUUAMCoEgAgFRQAeBUUALjjFABIGhQAkLwNALjjFABgLA8AuOMUAGBtCAAolRIASC8CAPDWAQCAGAEA8OUSAOgYFAAg4RIAcDUUAAAAAABwpggAAAAAAGjkFADw5RIA6BgUACDhEgBwNRQAAAAAAHCmCAAAAAAAuOMUALjjFAC4PhQAuOMUALg+FAC44xQAuD4UAGjkFAC44xQASO4TABDkFABw4BIAcOASADjkEgCQ5BIA8OUSADhvDQCYOhQAYEUOAMCoEgAgFRQAeBUUAHj3EgC44xQAaFUUAEhLAAD4rBMASA8UAAh4CAA4GBQAkBgUADhlFAAY7AMAeEEUANBBFAAoQhQA8OUSAPDlEgBw4BIAOOQSAJDkEgCI6AkAAAAAALh4EwAQeRMAaHkTAEAOCQCQIxQA6CMUAEAkFAC44xQA2KASAJC8DQBQ6wIAYCwPAPDlEgC44xQAGOgTABgDCwDYoBIAuOMUAMhpCgBoTRMAWMcSALDHEgD4uhIAULsSAMCoEgAgFRQAeBUUADjPAwDw5RIAuOMUAOAxBABw4BIAcOASADjkEgCQ5BIAcKYIAAAhAABw4BIAmA4UAHDgEgA45BIAkOQSABDOFAAAAAAAwKgSACAVFAB4FRQA8OUSAEAGEwCYBhMAKJUSAPDlEgC4cgoAAM8TACiVEgCAIwEAAAAAALjjFAAAzxMAKJUSAIAjAQCAhxMAwKgSACAVFAB4FRQA6BgUACDhEgC44xQA8OUSAHDgEgA45BIAkOQSALjjFAAY7AMAENETAEgvAgCAkhMAcOASABD/AADY5wkASEsAAJhFFAAY7AMA8NYBALjjFAAAmgAASO4TADjPAwDApRMAGKYTAHCmEwDIphMAIKcTAJhIEwBILwIASC8CAPDlEgA4ZRQA6L0UAIAYAQBoTRMASC8CAICdEwD4sgYAQAYTAJgGEwCYSBMAiJ0BAICHEwDYhxMAMIgTAHCmCAAAAAAAAAAAAAAAAAC44xQAAM8TAAAAAAAAAAAAAAAAAICdEwB4pxMASEsAAEgvAgCAGAEAuOMUAGhVFAAAzxMAcKYIAHDgEgDwSBMA8EgTAHDgEgAg4RIAGDEDAODSFAAgFRQAeBUUADBDFACIQxQAQIcUAJC9FAAg4RIAGEEFAMCoEgAYqRIAGEEFAKiZAABISwAAYHgIALjjFACYjAAAYHgIABDkFACgrBMAmEgTAFjHEgCwxxIAqLsSAEAGEwCYBhMAWMcSALDHEgCouxIAQAYTAJgGEwBISwAASEsAAAAqEwDwywEAkCMUAOgjFABAJBQAwLATALjjFAAY7AMAcOASALjjFADgMQQAcOASADjkEgCQ5BIAmLYTAPC2EwAYQQUAGEEFALjjFADgMQQA4DEEAHA+BgCY7RMAKJUSAAAAAAC44xQAuOMUAKiZAADAPxQASC8CAPDlEgDgMQQASBoUAEgvAgDwzgsAUDsCAFjEEwCwxBMAWAAAAFgAAABwzQYA8OUSAEgvAgC44xQAuOMUABgZAADAqBIAIBUUAHgVFAAoRRMAYO0NAEAzBABw4BIAOOQSAJDkEgBYMxAAWMcSAEgPFADo7BMA4L8TAMhpCgDgvxMA4L8TAHCmCAAYGQAAWMcSAEgPFACwxxIAwKgSAPDlEgDgvxMAOMATAJDAEwBAhxQAOMsTALgSFABw4BIA4DEEAPDlEgA4jgoAcJUKAAAAAAC4pBMAEKUTAAAAAAAAAAAAGKAKAIC2EgBg7Q0A8OUSALjjFAC44xQASO4TAEhLAADw5RIAuOMUAKi+EQDw5RIAgBgBAEgvAgDw5RIA+BoUABgZAADwERMAQIcUAGhNEwC44xQAuOMUALjjFAAYGQAAGBkAABgZAABoTRMAuOMUALjjFAAYGQAAGBkAABgZAAAYGQAAGBkAAHDgEgA45BIAkOQSALjjFABILwIAuOMUAEgvAgC44xQAgBgBAOjhEwCAGAEASC8CALjjFACgCQAA6OETAKAJAABIGhQAyGkKAOjhEwAgPQMAAAAAABjsAwCY4hMAGOwDALjjFABIGhQAOPQUAPDlEgA49BQAuOMUADj0FABw4BIAOOQSAJDkEgC44xQAiLIQAIAYAQAolRIAyA4AAMgOAAAolRIAYCwPAEgaFAAgPQMAuOMUACA9AwDAqBIAIBUUAHgVFABw4BIAOOQSAJDkEgBILwIAmNYBALjjFABILwIAuOMUAPDlEgBYzxMASC8CAIAYAQDw5RIAuOMUABjsAwBILwIA8NYBAFjwEwCAGAEAKLgKAECHFADw5RIAcKYIAKAJAAC44xQA6OETAAAAAAD4uhIAkOwTAOgNFACIAwwA+LoSAFC7EgCIAwwAAOUTAIgDDACIAwwAcOASAJgOFACIAwwA6OABAFjHEgBIDxQAEJcUAKAJAABILwIA+LoSAFC7EgBQExMAqL4RAHDgEgA45BIAkOQSABBKFADw5RIAEK0UAJg6FAC4rBQA8OUSAPDlEgBg/BMAuPwTABD9EwBg/BMAuPwTABD9EwBo/RMAwP0TAGD8EwC4/BMAEP0TAGj9EwDA/RMAmDoUAHDgEgA45BIAkOQSABBKFADw5RIAEK0UAJg6FAC4rBQA8OUSAKgXDgDw5RIASEsAAPDpAgBISwAAkL0UADjkEgCQ5BIA8OUSACgLFABwpggAGOwDAEAVDgAgPQMAmHwUAEgPFACI6gEASC8CAMgOAAAAAAAAiHkNAAAAAACQ7BMAcAkUAMgJFAAgChQAuOMUAJC9FAA45BIAkOQSAEgvAgCgCQAAGEEFABhBBQBAhxQASC8CAMCoEgBILwIA8OUSACA9AwDw5RIAINcDAGhVFABoVRQAWDMQAPDlEgC44xQASC8CAFjHEgCwxxIAkL0UADjkEgCQ5BIAkL0UAEgvAgBwpggAuOMUAHCmCAB4ChQASLMNAMhpCgCgCQAAQIcUAHBBBQAAoBQASJUBABD/AABwNRQA+LoSAFC7EgDYHQ4AmHwUAKjYDABILwIA0CAUAEgvAgCo2AwAiFkUAEBbFAAgPQ4ASAMCAMCoEgAgFRQAeBUUAEgvAgC44xQAuOMUAJC9FAAItgIACLYCAJC9FACQvRQAcKYIANDAEgAowRIAACcUAEDPEgDAqBIAcOASACDhEgAAPAIAIPANAKjNAQBgyBIAwKgSANC2AwBIAwIAcD4GAOA1CgBIugcAUDsCAEhLAAD4WgYAcKYIALjjFABgLA8AqHMUALD3AgAQgAIAsPcCABCAAgCQegIAgBgMABDkFABQ6wIAuOMUAKAJAABILwIAmM8SAKAfAADQtgMAULUUAEgvAgC44xQAMLcSABDbAQC44xQAQIcUANDmFABwQQUAuOMUACA9AwAgPQMAID0DACA9AwDw5RIAkMQOAEgvAgDw5RIAID0DAEgvAgCIWRQAQFsUANDsEgBILwIA8BkUACDhEgCAFhQASC8CAEhLAAAItgIAuD4UAMgOAABgLA8AwKgSACAVFAB4FRQAQA4JAHDgEgA45BIAkOQSAOBDFAA4RBQAQAYTAJgGEwBABhMAmAYTAHDgEgCIWRQAEF8CALjjFABILwIAGDEDAPi6EgBIOxQA8OUSALhqFABQWQ4A6L4QAEgvAgCIWRQAQFsUAGCXEAAYGQAAiFkUAEBbFABglxAAaIsCAIhZFABAWxQAYJcQAFjHEgCwxxIAOGUUAOhlFABgSRQAuEkUAHBLFACIWRQAQFsUAGCXEACIWRQAQFsUAGCXEACIWRQAQFsUAGCXEABYxxIAsMcSAGCXEABASQ8AWMcSABAIFACQvRQAmA4UALjjFABILwIAOCgAADgoAABQOwIAuFMCAKiPEgBYUxQAAMgOAJg6FABILwIAuOMUAEgvAgCY4QEAyCoUAOhIDwBILwIASC8CAIAhFABoTRMAWLYUALDHEgCI6gEASC8CAPhrDwD4qwEAWOwNABBKFABw4BIAUDsCAEgADgAQShQAID0DABBKFAAgPQMA8OUSAEgvAgCIWRQAQFsUALjjFABYxxIAsMcSADhlFAAAzgwASC8CAEgvAgBILwIAUBMTAEgvAgAISRQAIFgQAMgOAAAYkQ8A+LoSAPDlEgBILwIAwKgSAIjRDQCo2AwAEM4UAAAAAACo2AwAgJsQAOhwFACInBAAQHEUAGhNEwDAExQAkL0UACDhEgCIWRQAyFcQAKiPEgBoTRMA6HAUAGhNEwBAcRQAaE0TAIhZFABAWxQAmCQUAFgAAACQvQkASEsAAEjFEgDIDgAASC8CAKjYDACAIRQASC8CAOjsEwBoiwIAsGkUAMCtFAAYrhQAGOwDAADODABAyRQASC8CAEgvAgDo9xMASAMCALjjFABQIg4AUCIOAFAiDgBQIg4AUDsCAFA7AgCIyBAASC8CAFjHEgDYeRQAiFkUACiwFABILwIAiFkUACBYEABILwIAIFcUAHBhFABYxxIASDsUAEgvAgC4ahQAEGsUANilFABoaxQASC8CAEgvAgCIWRQAIFgQACBXFABwYRQAWMcSAEg7FABILwIA6DkUAFjHEgCwxxIAkL0UACDhEgBILwIAmHwUAECHFABAhxQAEP8AAAgSFAAwhRQAuBIUAKADAgBQIg4AUCIOAFAiDgBQIg4ASC8CALBpFADg7hIAYMgSACDLEgAAzgwAYEoQAHB2AgCAsBQAEAgUACBXFADw5RIAiLEUAPDlEgBAhxQAID0DAADIDgAAyA4ASC8CAGDtDQC4ahQAEGsUAHCmCABwpggA+NMRAFjHEgCwxxIAYO0NALhqFAAQaxQAcKYIAHCmCAD40xEAUFIUAKhSFABYxxIASA8UAOgNFAAAAAAA8OUSAPDlEgAYMQMAcOASAIhZFACYZxAAsK4TAEgPFAAQlxQAIKQUAJC9FACYDhQAID0DAAivEwA4ZRQA6OABALjjFACocgIAWAAAABBKFACIWRQAmGcQAEhLAABw4BIAcKYIAEgvAgBYxxIAsMcSAPjTEQAINBAAID0DACA9AwDwywEA8MsBAPDLAQDwywEAID0DAPDlEgDwywEASC8CAEgvAgBILwIAAAAAAAAAAACIWRQAKLAUAFjHEgCwxxIA+NMRAHhjEAC44xQAiFkUAOjgAQC44xQAiFkUAFC1FACotRQA8OUSAEgvAgBILwIAGOwDAHCmCAComQAASC8CALBpFADArRQAGK4UAHCuFADIrhQAIK8UAHivFAAgPQMAWMcSALDHEgCouxIAuGoUABBrFAD4tBQA8OUSAECHFABAhxQAQIcUAECHFACIWRQAqNgMACA9AwAwtxIAENsBAFhSAgBYxxIASA8UANBXFACQvRQAOOQSAFhTFAAQuBQAaLgUAMC4FAAYuRQAkL0UACDhEgDIOAgAkL0UAPDlEgAwvBQAID0DAGAsDwCYPg8AcEsUAGgtDwBw4BIAQIcUAOhaFABILwIAWFICAMCXFADAlxQAWFICANgDEwAwBBMACMgSAEgvAgBAhxQAiFkUAMhXEABYUxQAELgUAGi4FADAuBQAGLkUAHC5FABwSxQAWFMUABC4FABouBQAwLgUABi5FABwuRQAcKYIAPi6EgBQuxIAqI8SAICbEACoFw4AcKYIADDpEABILwIAWFICAFhSAgBAhxQAAAAAAAAAAACAGAEAgCEUALjjFACAGAEAmDoUAIAYAQCYOhQA+LoSAJDsEwCAGAEAiFkUAEBbFABYxxIAsMcSAEgvAgDAqBIAwKgSAMCoEgCAOhMAwKgSAMCoEgDAqBIAwKgSAPi6EgCQ7BMAwKgSAIA6EwDAqBIAKBYUAMCoEgAoFhQAwKgSACgWFACQIxQAKBYUAMCoEgAoFhQAwKgSACgWFAAgAhMAKBYUAMCoEgAoFhQAWMcSALDHEgAAAAAAoKkUALhqFAAQaxQASMoUAGCsFACIWRQAAAAAAHj3EgDwqBQAAAAAALjjFACIWRQAuOMUALhqFAAQaxQAAAAAABBfAgBI+RMAoPkTAPj5EwCQvRQAmA4UAFhSAgBILwIAID0DAPDlEgAYGQAAYCwPAGDIEgBYJxQAmHEUAJhxFABgyBIAuMgSAIBCCQBw5RQAID0DACA9AwDIDgAAyA4AAGD0EgDw5RIAoAMCAMCoEgC44xQACDQQAOjpFAAINBAAuOMUAMCoEgAolRIAuOMUACiVEgDAqBIAIBUUACiVEgBQ7BQAqOwUAMCoEgAgPQMAyB8UAPDlEgBILwIASC8CAEgvAgA49BQASC8CAEgvAgBILwIAOPQUAEgvAgAwQwkAOPQUALjjFAAQLxIASC8CAEgvAgA49BQA8OUSANgDEwAwBBMAiAQTAMCoEgAQYgEAIFcUAHBhFABILwIAkL0UACDhEgBYxxIAsMcSADhlFABIlQEA+NQNAMiYFAAAoBQAYCwPAAD7EwCQ7BMA6A0UAOhIDwBw4BIAmA4UAOhIDwC44xQAgEIJAHj3EgD4GhQAiFkUAEBbFABYxxIASA8UABCXFAC44xQAKJUSAEgADgAYGQAAuOMUAMhpCgBYxxIAsMcSADhlFADowQ8AePcSAPCoFABYxxIA2HkUAIhZFADIVxAAuOMUAA==","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAIAAIADAACAAAAAgAIAAIADAAAAAAAAgAAAAIACAACAAAAAgAEAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAEAAIADAACAAwAAAAEAAAAAAACAAwAAgAAAAIADAACAAAAAgAEAAIADAACAAAAAgAAAAIADAACAAwAAAAIAAIADAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAACAAQAAgAIAAIAAAACAAQAAAAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAAAAIAAAACAAwAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAIAAAACAAwAAAAMAAAAAAACAAwAAgAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAgAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAACAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIAAAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAAAAgAMAAIADAAAAAAAAgAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIABAAAAAQAAAAEAAIAAAACAAQAAAAEAAAAAAACAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAwAAgAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAAAAIACAACAAgAAgAIAAIAAAACAAAAAgAAAAIAAAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQCMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAgABAAAMAAAQAAAABAAAACgHCFAEBBUCCAAgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAUEAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAABAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAQAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAIoAAAIAAAAAAAAAAAAAAAAGAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAIAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAAACAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAABAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAIAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAQMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAQAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAEIAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAEQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAEIAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAgABAAAMAAEQAAAABAAAACgHKFAEBBUCKAAgAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAIAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAABAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAQAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQABAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAARAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAARAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAgAAAAAAAACAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAIAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEBEAAAAABwAAAAAAACoAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAECAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAACAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAACAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAwAAAAAAAAAAAAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAADAAAAAAAJAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAADAAAAAAAJAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCDAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAIAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAIAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAA"},"index":{"lists":[[17,18,19,34,35,116,118,119,120,249,304],[1,2,4,5,6,7,8,9,11,17,18,19,20,21,22,23,24,25,26,34,35,56,57,58,59,60,61,62,65,66,67,68,71,72,73,74,75,76,77,78,79,80,81,82,83,87,92,93,95,96,97,98,99,100,101,102,103,104,105,106,107,111,112,113,114,116,118,119,120,124,129,130,157,160,161,163,175,176,177,180,181,182,183,197,198,206,209,217,219,220,224,225,238,249,257,260,261,262,267,268,269,274,285,286,295,304,306,308,309,310,311,313,315,316,318,319,322,323,324,325,326,340],[1,2,4,5,6,7,8,9,11,17,18,19,20,21,22,23,24,25,26,34,35,56,57,58,59,60,61,62,64,65,66,67,68,71,72,73,74,75,76,77,78,79,80,81,82,83,87,88,92,93,95,96,97,98,99,100,101,102,103,104,105,106,107,110,111,112,113,114,116,118,119,120,124,129,130,136,157,160,161,163,175,176,177,180,181,182,183,188,189,190,197,198,206,209,217,219,220,221,224,225,238,249,257,260,261,262,263,267,268,269,274,285,286,295,304,306,308,309,310,311,313,315,316,318,319,322,323,324,325,326,329,330,331,340],[17,18,19,34,35,116,118,119,120,249,255,304],[5,17,18,19,24,34,35,56,57,85,109,116,118,119,120,227,249,271,273,304,326,329,346],[17,18,19,24,34,35,116,118,119,120,148,149,150,249,304,332,333,334,335,336,337,338],[6,7,17,18,19,34,35,116,118,119,120,249,274,304],[17,18,19,34,35,84,86,116,118,119,120,249,304],[17,18,19,34,35,116,118,119,120,249,304,319,339],[11,14,17,18,19,34,35,97,116,118,119,120,129,130,155,156,184,185,249,304,319,324,325],[10,11,14,17,18,19,34,35,116,118,119,120,148,149,150,249,304],[14,17,18,19,34,35,116,118,119,120,249,304],[11,14,17,18,19,34,35,59,83,90,95,98,103,104,116,118,119,120,140,148,149,150,151,169,196,197,198,200,204,212,220,222,223,224,225,234,240,241,242,243,246,249,254,262,264,265,266,267,268,269,284,297,298,299,300,301,302,303,304,312,340],[17,18,19,34,35,100,116,118,119,120,249,304],[17,18,19,34,35,42,43,44,50,51,116,118,119,120,128,203,215,247,249,250,252,253,304,305,318],[17,18,19,34,35,116,118,119,120,152,249,304,352],[16,17,18,19,34,35,116,118,119,120,249,304],[1,11,14,17,18,19,24,25,34,35,116,118,119,120,148,149,150,178,179,205,249,304,306,310,311,340],[11,14,17,18,19,24,33,34,35,36,39,116,118,119,120,148,149,150,154,178,179,249,304,306,310,311,340],[4,11,14,17,18,19,22,23,24,26,34,35,61,116,118,119,120,148,149,150,178,179,249,274,304,306,310,311,323,340],[6,11,14,17,18,19,24,34,35,45,116,118,119,120,148,149,150,178,179,180,214,249,251,304,306,310,311,328,340],[0,2,9,11,12,14,17,18,19,20,22,24,34,35,38,48,49,52,53,113,116,118,119,120,148,149,150,172,178,179,180,193,199,202,249,274,276,304,306,307,310,311,314,317,320,340,341,344,347,348,351,353],[3,5,11,14,15,17,18,19,24,26,30,34,35,38,48,52,53,55,64,67,68,91,94,114,115,116,118,119,120,124,126,132,133,135,141,148,149,150,153,158,161,164,172,178,179,180,187,191,192,195,201,208,210,211,216,217,228,236,239,248,249,256,257,274,275,289,296,304,306,310,311,340,349,354],[11,14,17,18,19,24,34,35,116,118,119,120,148,149,150,178,179,249,304,306,310,311,340],[11,14,17,18,19,24,34,35,116,118,119,120,148,149,150,178,179,180,249,304,306,310,311,340],[11,14,17,18,19,21,24,34,35,116,118,119,120,148,149,150,178,179,249,282,304,306,310,311,340],[11,14,17,18,19,24,30,32,34,35,38,116,118,119,120,148,149,150,178,179,248,249,304,306,310,311,340],[11,14,17,18,19,24,34,35,116,118,119,120,148,149,150,178,179,249,304,306,310,311,340,345],[11,14,17,18,19,24,34,35,112,116,118,119,120,148,149,150,178,179,180,186,245,249,304,306,310,311,330,340,342,343],[11,14,17,18,19,24,26,34,35,107,115,116,118,119,120,127,131,142,148,149,150,174,178,179,187,230,249,278,281,292,293,304,306,310,311,330,340],[11,14,17,18,19,24,34,35,37,64,116,118,119,120,126,134,148,149,150,163,164,178,179,207,217,248,249,257,290,294,304,306,310,311,340],[9,11,14,17,18,19,24,26,27,34,35,54,89,116,118,119,120,148,149,150,178,179,180,249,304,306,310,311,340],[11,14,17,18,19,20,24,34,35,37,38,70,116,118,119,120,148,149,150,163,178,179,194,248,249,304,306,310,311,340],[11,14,17,18,19,24,28,29,34,35,40,41,63,75,116,118,119,120,125,137,139,143,148,149,150,159,165,166,167,168,170,171,173,178,179,183,213,218,219,229,232,235,237,238,244,249,258,259,260,261,277,280,287,288,291,295,304,306,310,311,321,327,340],[11,14,17,18,19,23,24,25,26,34,35,79,116,117,118,119,120,148,149,150,178,179,249,304,306,310,311,340],[7,11,14,17,18,19,24,34,35,116,118,119,120,148,149,150,178,179,249,304,306,310,311,340],[11,13,14,17,18,19,24,31,34,35,37,38,116,118,119,120,148,149,150,178,179,180,248,249,304,306,310,311,340],[11,14,17,18,19,24,31,34,35,37,116,118,119,120,148,149,150,178,179,248,249,304,306,310,311,340],[17,18,19,34,35,116,118,119,120,123,138,144,145,146,147,162,231,233,249,279,283,304,350],[17,18,19,34,35,87,116,118,119,120,249,304],[11,14,17,18,19,24,34,35,46,47,116,118,119,120,148,149,150,249,304,306,310,311,340],[17,18,19,34,35,56,116,118,119,120,249,304],[17,18,19,34,35,57,60,62,65,66,116,118,119,120,249,304],[17,18,19,34,35,58,116,118,119,120,249,304],[17,18,19,34,35,69,73,74,76,116,118,119,120,249,304],[17,18,19,34,35,72,96,116,118,119,120,249,304],[17,18,19,34,35,72,116,118,119,120,121,122,249,304],[17,18,19,34,35,72,97,99,116,118,119,120,249,304],[17,18,19,34,35,72,116,118,119,120,249,304],[17,18,19,34,35,77,80,82,96,116,118,119,120,249,304,313],[17,18,19,34,35,78,97,99,106,116,118,119,120,249,304,331],[17,18,19,34,35,81,116,118,119,120,182,249,304],[17,18,19,34,35,96,116,118,119,120,249,304,313],[17,18,19,34,35,99,116,118,119,120,249,304],[17,18,19,34,35,105,111,116,118,119,120,249,304,313,331],[17,18,19,34,35,108,116,118,119,120,226,249,270,272,304],[17,18,19,34,35,116,118,119,120,181,249,304],[17,18,19,34,35,116,118,119,120,249,304,313],[17,18,19,34,35,116,118,119,120,249,304,331],[17,18,19,34,35,102,116,118,119,120,188,189,190,249,304,316],[5,17,18,19,24,34,35,56,57,102,116,118,119,120,188,189,190,249,304,316,326,329],[17,18,19,24,34,35,102,116,118,119,120,188,189,190,249,285,286,304,316],[6,7,17,18,19,34,35,102,116,118,119,120,188,189,190,249,274,304,316],[17,18,19,34,35,102,116,118,119,120,188,189,190,249,304,316,319],[11,17,18,19,34,35,97,102,116,118,119,120,129,130,188,189,190,249,304,316,319,324,325],[11,17,18,19,34,35,102,110,116,118,119,120,188,189,190,249,285,286,304,316],[11,17,18,19,34,35,59,83,88,92,93,95,98,101,102,103,104,116,118,119,120,188,189,190,197,198,209,220,221,224,225,249,262,263,267,268,269,285,286,304,316,340],[17,18,19,34,35,100,102,116,118,119,120,188,189,190,249,304,316],[17,18,19,34,35,102,116,118,119,120,188,189,190,249,304,316,318],[1,8,11,17,18,19,24,25,34,35,102,116,118,119,120,188,189,190,249,285,286,304,306,308,309,310,311,316,322,340],[11,17,18,19,24,34,35,102,116,118,119,120,188,189,190,249,285,286,304,306,308,309,310,311,316,340],[4,11,17,18,19,22,23,24,26,34,35,61,102,116,118,119,120,188,189,190,249,274,285,286,304,306,308,309,310,311,316,323,340],[6,11,17,18,19,24,34,35,102,116,118,119,120,180,188,189,190,249,285,286,304,306,308,309,310,311,316,340],[2,9,11,17,18,19,20,22,24,34,35,102,113,116,118,119,120,180,188,189,190,249,274,285,286,304,306,308,309,310,311,315,316,340],[5,11,17,18,19,24,26,34,35,64,67,68,102,114,116,118,119,120,124,157,161,180,188,189,190,217,249,257,274,285,286,304,306,308,309,310,311,316,340],[11,17,18,19,24,34,35,102,116,118,119,120,188,189,190,206,249,285,286,304,306,308,309,310,311,316,340],[11,17,18,19,24,34,35,102,116,118,119,120,180,188,189,190,249,285,286,304,306,308,309,310,311,316,340],[11,17,18,19,21,24,34,35,102,116,118,119,120,136,188,189,190,249,285,286,304,306,308,309,310,311,316,340],[11,17,18,19,24,34,35,102,112,116,118,119,120,180,188,189,190,249,285,286,304,306,308,309,310,311,316,330,340],[11,17,18,19,24,26,34,35,102,107,116,118,119,120,188,189,190,249,285,286,304,306,308,309,310,311,316,330,340],[11,17,18,19,24,34,35,64,102,116,118,119,120,163,188,189,190,217,249,257,285,286,304,306,308,309,310,311,316,340],[9,11,17,18,19,24,26,34,35,102,116,118,119,120,180,188,189,190,249,285,286,304,306,308,309,310,311,316,340],[11,17,18,19,20,24,34,35,102,116,118,119,120,157,160,163,188,189,190,249,285,286,304,306,308,309,310,311,316,340],[11,17,18,19,24,34,35,75,102,116,118,119,120,157,183,188,189,190,219,238,249,260,261,285,286,295,304,306,308,309,310,311,316,340],[11,17,18,19,23,24,25,26,34,35,79,102,116,118,119,120,188,189,190,249,285,286,304,306,308,309,310,311,316,340],[7,11,17,18,19,24,34,35,102,116,118,119,120,188,189,190,249,285,286,304,306,308,309,310,311,316,340],[17,18,19,34,35,87,102,116,118,119,120,188,189,190,249,304,316],[11,17,18,19,24,34,35,102,116,118,119,120,188,189,190,249,285,286,304,306,310,311,316,340],[17,18,19,34,35,56,102,116,118,119,120,188,189,190,249,304,316],[17,18,19,34,35,57,60,62,65,66,102,116,118,119,120,188,189,190,249,304,316],[17,18,19,34,35,58,102,116,118,119,120,188,189,190,249,304,316],[17,18,19,34,35,73,74,76,102,116,118,119,120,188,189,190,249,304,316],[17,18,19,34,35,71,72,96,102,116,118,119,120,188,189,190,249,304,316],[17,18,19,34,35,72,102,116,118,119,120,188,189,190,249,304,316],[17,18,19,34,35,72,97,99,102,116,118,119,120,188,189,190,249,304,316],[17,18,19,34,35,77,80,82,96,102,116,118,119,120,175,188,189,190,249,304,313,316],[17,18,19,34,35,78,97,99,102,106,116,118,119,120,177,188,189,190,249,304,316,331],[17,18,19,34,35,81,102,116,118,119,120,182,188,189,190,249,304,316],[17,18,19,34,35,96,102,116,118,119,120,188,189,190,249,304,313,316],[17,18,19,34,35,99,102,116,118,119,120,188,189,190,249,304,316],[17,18,19,34,35,102,105,111,116,118,119,120,188,189,190,249,304,313,316,331],[17,18,19,34,35,102,116,118,119,120,176,188,189,190,249,304,316],[17,18,19,34,35,102,116,118,119,120,177,188,189,190,249,304,316],[17,18,19,34,35,102,116,118,119,120,181,188,189,190,249,304,316],[17,18,19,34,35,102,116,118,119,120,188,189,190,249,304,313,316],[17,18,19,34,35,102,116,118,119,120,188,189,190,249,304,316,331]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,3,0,4,5,0,0,6,7,0,0,8,0,9,10,11,12,12,12,12,12,12,12,12,12,12,0,0,13,14,15,0,16,17,18,19,20,21,22,23,23,24,25,23,26,27,28,29,30,23,31,32,33,34,35,36,37,23,23,38,0,0,39,40,0,17,18,19,20,21,22,23,23,24,25,23,26,27,28,29,30,23,31,32,33,34,35,36,37,23,23,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,41],[9679,42],[8250,43],[9135,44],[215,45],[10095,46],[10003,47],[8595,48],[10008,49],[10004,50],[9472,51],[10007,52],[8730,53],[10006,54],[8505,55],[9762,0],[9888,0],[8617,0],[8226,56],[10060,57],[9654,58],[65123,58]],"plainDefault":0,"spaced":[59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,60,61,59,59,62,59,59,59,63,59,64,65,59,66,66,66,66,66,66,66,66,66,66,59,59,67,68,59,59,59,69,70,71,72,73,74,75,70,76,77,70,70,70,78,79,80,70,81,82,83,84,85,76,70,70,70,59,59,59,86,87,59,69,70,71,72,73,74,75,70,76,77,70,70,70,78,79,80,70,81,82,83,84,85,76,70,70,70,59,59,59,59,59],"spacedOther":[[160,59],[5760,59],[8192,59],[8193,59],[8194,59],[8195,59],[8196,59],[8197,59],[8198,59],[8199,59],[8200,59],[8201,59],[8202,59],[8232,59],[8233,59],[8239,59],[8287,59],[12288,59],[65279,59],[9676,88],[9679,89],[8250,90],[9135,91],[215,92],[10095,93],[10003,94],[8595,93],[10008,95],[10004,96],[9472,97],[10007,98],[8730,99],[10006,100],[8505,59],[9762,101],[9888,101],[8617,102],[8226,103],[10060,104],[9654,105],[65123,105]],"spacedDefault":59,"blank":59}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,77,79,80,81],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,50,54,57,58,60,61,62,63,64,65,66,67,68,69,70,71,73,74,75,76,77,79,80,81,84,88,89,107,108,109,110,117,118,119,122,123,124,137,138,145,148],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,50,54,55,57,58,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,79,80,81,84,88,89,94,107,108,109,110,117,118,119,122,123,124,129,130,131,137,138,145,148],[6,7,26,27,52,72,77,79,80,81],[6,7,77,79,80,81,101,102,103],[6,7,51,53,77,79,80,81],[6,7,62,77,79,80,81,88,89,105,106,125,126],[6,7,29,50,56,60,63,68,69,77,79,80,81,97,101,102,103,104,113,136,137,138,140,143,149],[6,7,65,77,79,80,81],[6,7,13,14,20,21,77,79,80,81,87,143],[6,7,77,79,80,81,104],[6,7,77,79,80,81,101,102,103,120,121,144],[5,6,7,8,11,77,79,80,81,101,102,103,104,120,121],[6,7,77,79,80,81,101,102,103,120,121],[6,7,15,77,79,80,81,101,102,103,120,121,122],[6,7,10,18,19,22,23,75,77,79,80,81,101,102,103,116,120,121,122,134,139,142],[2,6,7,10,18,22,23,25,33,36,37,56,59,76,77,79,80,81,84,85,91,92,93,98,101,102,103,104,109,110,116,120,121,122,128,132,133,136,141,147,149],[6,7,77,79,80,81,101,102,103,120,121,122],[2,4,6,7,10,77,79,80,81,101,102,103,120,121],[6,7,77,79,80,81,86,98,101,102,103,116,120,121,128],[6,7,9,33,77,79,80,81,85,92,101,102,103,110,120,121,146],[0,6,7,24,55,77,79,80,81,101,102,103,120,121,122],[6,7,9,10,77,79,80,81,101,102,103,110,120,121,135],[0,1,6,7,12,32,42,77,79,80,81,84,95,96,98,101,102,103,110,111,112,114,115,116,120,121,124],[6,7,46,77,78,79,80,81,101,102,103,120,121],[3,6,7,9,10,77,79,80,81,101,102,103,120,121,122],[3,6,7,9,77,79,80,81,101,102,103,120,121],[6,7,77,79,80,81,84,95,99,100,109],[6,7,54,77,79,80,81],[6,7,16,17,77,79,80,81,101,102,103],[6,7,30,77,79,80,81,101,102,103],[6,7,77,79,80,81,101,102,103,108],[6,7,74,77,79,80,81,101,102,103,127],[6,7,71,76,77,79,80,81,90,101,102,103],[6,7,38,77,79,80,81,101,102,103],[6,7,26,77,79,80,81],[6,7,27,30,31,34,35,77,79,80,81],[6,7,28,77,79,80,81],[6,7,37,41,42,43,77,79,80,81],[6,7,40,61,77,79,80,81],[6,7,40,77,79,80,81,82,83],[6,7,40,62,64,77,79,80,81],[6,7,40,77,79,80,81],[6,7,44,47,49,61,77,79,80,81],[6,7,45,62,64,71,77,79,80,81],[6,7,48,77,79,80,81,124],[6,7,61,77,79,80,81],[6,7,64,77,79,80,81],[6,7,70,73,77,79,80,81],[6,7,72,77,79,80,81],[6,7,77,79,80,81,123],[6,7,67,77,79,80,81,129,130,131],[6,7,26,27,67,72,77,79,80,81,129,130,131],[6,7,62,67,77,79,80,81,88,89,129,130,131],[6,7,67,72,77,79,80,81,129,130,131],[6,7,29,50,55,57,58,60,63,66,67,68,69,77,79,80,81,129,130,131,137,138,148],[6,7,65,67,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,122,129,130,131],[6,7,67,75,77,79,80,81,122,129,130,131],[6,7,33,36,37,67,76,77,79,80,81,84,107,109,110,122,129,130,131],[6,7,67,77,79,80,81,129,130,131,145],[6,7,67,77,79,80,81,94,129,130,131],[6,7,33,67,77,79,80,81,110,129,130,131],[6,7,55,67,77,79,80,81,122,129,130,131],[6,7,67,77,79,80,81,107,108,110,129,130,131],[6,7,42,67,77,79,80,81,84,107,110,124,129,130,131],[6,7,46,67,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,84,109,129,130,131],[6,7,54,67,77,79,80,81,129,130,131],[6,7,30,67,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,108,129,130,131],[6,7,67,74,77,79,80,81,129,130,131],[6,7,67,71,76,77,79,80,81,129,130,131],[6,7,26,67,77,79,80,81,129,130,131],[6,7,27,30,31,34,35,67,77,79,80,81,129,130,131],[6,7,28,67,77,79,80,81,129,130,131],[6,7,37,41,42,43,67,77,79,80,81,129,130,131],[6,7,39,40,61,67,77,79,80,81,129,130,131],[6,7,40,67,77,79,80,81,129,130,131],[6,7,40,62,64,67,77,79,80,81,129,130,131],[6,7,44,47,49,61,67,77,79,80,81,117,129,130,131],[6,7,45,62,64,67,71,77,79,80,81,119,129,130,131],[6,7,48,67,77,79,80,81,124,129,130,131],[6,7,61,67,77,79,80,81,129,130,131],[6,7,64,67,77,79,80,81,129,130,131],[6,7,67,70,73,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,118,129,130,131],[6,7,67,77,79,80,81,119,129,130,131],[6,7,67,77,79,80,81,123,129,130,131]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,8,9,10,0,0,11,12,13,14,15,16,13,13,17,13,13,18,13,17,19,20,13,21,22,23,24,13,25,26,13,13,27,0,0,28,29,0,4,4,30,4,4,31,4,4,4,4,4,4,4,32,33,4,4,4,34,31,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,35],[9679,36],[8250,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[10004,44],[9472,45],[10007,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50]],"plainDefault":0,"spaced":[51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,52,51,51,51,51,51,51,51,51,51,53,54,51,55,55,55,55,55,55,55,55,55,55,51,51,56,51,51,51,51,51,51,51,57,58,59,60,51,57,61,51,51,51,57,51,62,51,63,64,65,66,51,57,51,51,51,67,51,51,68,51,51,51,51,69,51,51,70,51,51,51,51,51,51,51,71,72,51,51,51,51,70,51,51,51,51,51,51,51,51,51,51,51],"spacedOther":[[160,51],[5760,51],[8192,51],[8193,51],[8194,51],[8195,51],[8196,51],[8197,51],[8198,51],[8199,51],[8200,51],[8201,51],[8202,51],[8232,51],[8233,51],[8239,51],[8287,51],[12288,51],[65279,51],[9676,73],[9679,74],[8250,75],[9135,76],[215,77],[10095,78],[10003,79],[8595,78],[10008,80],[10004,81],[9472,82],[10007,83],[8730,84],[10006,85],[8505,54],[9762,86],[9888,86],[8617,87],[8226,88]],"spacedDefault":51,"blank":51}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/","value":{"lists":[[30,31],[4,6,7,11,12,24,30,31],[4,6,7,8,11,12,24,30,31],[13,30,31],[7,9,10,11,12,20,26,27,28,29,30,31],[2,30,31],[1,30,31],[3,4,14,22,25,30,31],[16,30,31],[4,30,31],[0,5,6,15,18,23,24,30,31],[17,19,30,31],[21,30,31],[7,8,11,12,30,31],[6,24,30,31]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"passed":{"key":"\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/","value":{"lists":[[13],[2,4,13],[5,13],[0,3,4,10,11,12,13],[0,13],[6,9,13],[8,13],[1,2,13],[7,13],[4,13],[2,13]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,6,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
var GO_EXAMPLE_OUTPUT_LINES = 200;
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
    if (codeRule?.id === "code.go-example-output" && unit !== void 0 && unit.lastInfraLine > this.lineAbove(/^got:$/, GO_EXAMPLE_OUTPUT_LINES)) codeRule = void 0;
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
  /** The number of the nearest line above, at most `within` back, that matches `pattern`; 0 when none does. */
  lineAbove(pattern, within) {
    for (let back = 1; back <= within; back++) {
      const text = this.previousLine(back);
      if (text === void 0) return 0;
      if (pattern.test(text)) return this.lineNumber - back;
    }
    return 0;
  }
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
