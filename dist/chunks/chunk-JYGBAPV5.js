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
} from "./chunk-UEXUGOVP.js";
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
var DERIVED = `{"prefilter":{"key":"rules 315\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?:connecting to|connect to|Redis on) ['\\"]?[a-z][a-z0-9+.-]{1,20}:\\\\/\\\\/[^\\\\s'\\"/]{1,255}\\\\/[^\\\\s:'\\"]{0,200}:\\\\d{1,5}(?!\\\\d)/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/(?<!rescue |raise )\\\\b(?:Minitest::Assertion|Test::Unit::AssertionFailedError)(?=:|\\\\s*$)/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/\\\\bPlanned for \\\\d{1,6} assertions?, but got \\\\d{1,6}\\\\./\\n/\\\\bTest finished without running any assertions\\\\b/\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^\\\\.\\\\.\\\\. obtained [\\\\w.*[\\\\]{}]{1,100} = (?![^\\\\n]{0,600}(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: ))/\\n/\\\\S\\\\) = (?![^\\\\n]{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))[^\\\\n]{1,200}?[;,] want:? \\\\S/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^want:$/\\n/^[\\\\w./-]{1,300}\\\\.go:\\\\d{1,6}:\\\\d{1,6}: (?!cannot find package |no required module provides package |package [\\\\w./-]{1,200} is not in |could not import |[\\\\w./-]{0,200}imports? )\\\\S/\\n/\\"ruleId\\":(?:\\"[^\\"\\\\n]{1,200}\\"|null),\\"severity\\":2,\\"message\\":\\"/\\n/^FAIL Required test coverage of [\\\\d.]{1,10}% not reached\\\\b/\\n/\\\\bcoverage \\\\([\\\\d.]{1,10}%\\\\) is below the expected minimum coverage\\\\b|^SimpleCov failed with exit \\\\d{1,3}\\\\b/\\n/\\\\bcoverage threshold for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) not met\\\\b/\\n/\\\\bCoverage for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) does not meet (?:global )?threshold\\\\b/\\n/\\\\bRule violated for \\\\w{1,20} [^\\\\n]{1,300}: \\\\w{1,30} covered ratio is [\\\\d.]{1,10}, but expected minimum is [\\\\d.]{1,10}/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -[235]\\\\b|\\\\[Errno -[235]\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:(?!-)\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error -[235] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5}\\\\./\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError(?!:?\\\\s{1,4}Error connecting to Redis on (?!(?:[\\\\w.-]{1,255}:\\\\d{1,5}|\\\\/[^\\\\s()]{1,255}) \\\\((?!Errno::EINVAL\\\\)|Redis::TimeoutError\\\\)|SocketError\\\\))))/\\n/Error connecting to Redis on localhost:\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?!localhost:)(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?<![\\\\w$.])(?!(?:io\\\\.netty|io\\\\.vertx|reactor|org\\\\.springframework|org\\\\.apache\\\\.http|org\\\\.apache\\\\.hc|org\\\\.apache\\\\.commons\\\\.dbcp2|org\\\\.apache\\\\.tomcat\\\\.jdbc|okhttp3|feign|retrofit2|io\\\\.grpc|org\\\\.postgresql|com\\\\.mysql|org\\\\.mariadb|redis\\\\.clients\\\\.jedis|io\\\\.lettuce|com\\\\.mongodb|org\\\\.mongodb|com\\\\.rabbitmq|org\\\\.apache\\\\.kafka|org\\\\.elasticsearch|co\\\\.elastic\\\\.clients|org\\\\.opensearch|com\\\\.microsoft\\\\.sqlserver|net\\\\.spy\\\\.memcached|net\\\\.rubyeye\\\\.xmemcached|com\\\\.datastax|io\\\\.nats|com\\\\.clickhouse|ru\\\\.yandex\\\\.clickhouse|io\\\\.minio|org\\\\.testcontainers|com\\\\.github\\\\.dockerjava|org\\\\.hibernate|org\\\\.jooq|org\\\\.flywaydb|org\\\\.liquibase|com\\\\.zaxxer\\\\.hikari)\\\\.|(?:java\\\\.util\\\\.concurrent\\\\.ExecutionException|java\\\\.util\\\\.concurrent\\\\.CompletionException|java\\\\.io\\\\.UncheckedIOException|java\\\\.lang\\\\.reflect\\\\.UndeclaredThrowableException|java\\\\.lang\\\\.reflect\\\\.InvocationTargetException): )[A-Za-z_$][\\\\w$.]{0,300}(?:Exception|Error)[\\\\w$]{0,40}: (?:[^\\\\n]{0,300}?[\\\\s:(])?java\\\\.net\\\\.ConnectException: Connection refused/\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{0,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/^\\\\s{0,40}(?:(?:org\\\\.springframework\\\\.data\\\\.redis\\\\.)?RedisConnectionFailureException: )?(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/\\\\S[^\\\\n]{0,300}\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/\\n/(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\bFailed opening required '(?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)' \\\\(include_path=/\\n/\\\\brequire(?:_once)?\\\\((?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)\\\\): [Ff]ailed to open stream: No such file or directory/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^!{1,40} (?:_pytest\\\\.outcomes\\\\.Exit\\\\b|Interrupted\\\\b|KeyboardInterrupt\\\\b|stopping after \\\\d)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^JUnit version \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^PHPUnit \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?\\\\S{0,40} by Sebastian Bergmann and contributors\\\\.$/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[21,29,33,34,35,36,37,38,39,48,50,59,61,62,64,69,72,73,74,180,189,224,236,237,263,268,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,472,473,474,475,476,477,478,479,480,481,482,483,484,485,486,487,488,489,490,491,492,493,494,497,498,499,500,501,502,503,504,505,506,507,508,509,510,511,512,513,514,515,516,517,518,519,520,521,522,523,524,525,526,527,528,529,530,531,532,533,534,535,536,537,538,539,540,541,542,543,544,545,546,547,548,549,550,551,554,555,557,559,560,561,562,563,564,565,568,569,570,572],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,50,37,36,56,54,55,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,10004,9472,94,10003,8730,10006,8505,10095,9762,9888,8226,59,9654,65123],"words":12,"quiet":13817,"states":15656,"edges":"AAAAAAAAAAABAAAAWAAAAAIAAACYjAAAAwAAAMgOAAAEAAAAaN4AAAUAAACgxQcABgAAAEDWAQAHAAAA0LIIAAgAAACoOwIACQAAACiUAAAKAAAASEsAAAsAAABYfAoADAAAAKiZAAANAAAAGBkAAA4AAAAwnQEADwAAAJC3AAAQAAAAOCgAABEAAABIqwEAEgAAAKAJAAATAAAA6C0CABQAAAB4+AMAFQAAAGBeAgAWAAAA0CIBABcAAACwRwIAGAAAABhgAgAZAAAAqFECABoAAABwawIAGwAAAFD2AgAcAAAAgEkDAB0AAAAAAAAAHgAAAEgxEAAfAAAAgBgBACAAAADIlwIAIQAAANhtDQAiAAAASAMCACMAAAAQ/wAAJAAAAHhNBQAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAiEcPACkAAAAAAAAAKgAAAPDLAQArAAAAeD0DACwAAADA8QEALQAAACAXDAAuAAAAAAAAAC8AAAA4QwIAMAAAAAAAAAAxAAAAmJwCADIAAAAAAAAAMwAAAEB4AwA0AAAAOB4SADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAAAAAAAPwAAAIiqDwBAAAAA6NINAEEAAADo3Q0AQgAAAFi/EQBDAAAAABUPAEQAAACwYg8ARQAAAAAAAABGAAAAKGcPAEcAAAAAAAAASAAAADiKDwBJAAAAsI4PAEoAAABwkQ8ASwAAAPBmFABMAAAAQLcPAE0AAABQ2g8ATgAAAKjaDwBPAAAAEPMPAFAAAAAw9w8AUQAAAFAnEABSAAAAUKsQAFMAAACoqxAAVAAAACCwEABVAAAAAAAAAFYAAACIHRIAVwAAAOAdEgBaAAAAsAAAAFsAAABAlgQAXQAAAAgBCwBeAAAAQFIBAGEAAACopAAAYwAAAFiPCwBkAAAAMLEJAGkAAABgBgIAbAAAAOBjAgBvAAAAcJEEAHUAAABIQAAAswAAAAgBAAC9AAAAEJ4DAL8AAABorwwACwEAAJiNEgBlAQAAuAEAAL4BAAAQAgAAFwIAAGgCAABwAgAAwAIAAMICAAAYAwAAIQMAAHADAAB6AwAAyAMAANMDAAAgBAAALAQAAHgEAACFBAAA0AQAANoEAAAoBQAANgUAAIAFAACPBQAA2AUAANoFAAAwBgAAOgYAAIgGAACWBgAA4AYAAOUGAAA4BwAARQcAAJAHAACYBwAA6AcAAPgHAABACAAAQggAAJgIAACmCAAA8AgAAAEJAADwjRIATwkAAEiOEgCiCQAA+OQPAKMJAABYcw0AqAkAAPgJAACsCQAAMGMNAK0JAADAVA0AsAkAALBSDQC1CQAAmIkMALkJAAAo4A8AvAkAACgCDAD/CQAAUAoAAAUKAAAonAwAVQoAAKgKAAC0CgAAAAsAAAMLAABYCwAAYAsAALALAAC9CwAACAwAAA0MAABgDAAAagwAALgMAADADAAAEA0AABwNAABoDQAAHw0AAKBbAgB7DQAAwA0AAM4NAAAYDgAAGw4AAHAOAAB6DgAAoI4SAMoOAAD4dwAAyw4AAKjNAQDNDgAAIA8AANEOAADAGg4A0g4AAGjCAgDTDgAAyFUCANQOAACgHwAA1Q4AAODADwDWDgAACKMBANcOAACIMgAA2Q4AAAjUAwDcDgAAqC0DAOUOAACYdQQA6A4AANi/DwAmDwAAeA8AAC8PAADg8wkAfg8AANAPAADkDwAAKBAAAD0QAACAEAAAiBAAANgQAADiEAAAMBEAADURAACIEQAAjREAAOARAADoEQAAOBIAAE4SAACQEgAAkhIAAOgSAAD1EgAAQBMAAFQTAACYEwAAoBMAAPATAAD/EwAASBQAAFkUAACgFAAArhQAAPgUAAAEFQAAUBUAAF0VAACoFQAAshUAAAAWAAADFgAAWBYAAGAWAACwFgAAshYAAAgXAAAZFwAAYBcAAGYXAAC4FwAAxBcAABAYAAASGAAAaBgAAG8YAADAGAAA1BgAAPiOEgAZGQAAQEsSABoZAAAgggIAHRkAAHAZAAAhGQAAADECACYZAADYwgMAchkAAHjVAABzGQAAaHYJAHcZAADowgsAeBkAAMgZAAB6GQAAeE4BAHsZAADgOAkAfRkAAIglCAB/GQAAQAINAIEZAABY0gcAhhkAAKiIAgCJGQAAoHgHAMkZAAAgGgAAyxkAAOg/BwDOGQAA6EMNADcaAAB4GgAAkBoAANAaAADbGgAAKBsAAEEbAACAGwAAghsAANgbAADyGwAAMBwAAD8cAACIHAAAjRwAAOAcAADtHAAAOB0AAEgdAACQHQAAmB0AAOgdAAD0HQAAQB4AAE0eAACYHgAAoh4AAPAeAAD2HgAASB8AAFwfAABQjxIAph8AAPgfAACqHwAAUFYPALcfAADwpw0AEyAAAFAgAABcIAAAqCAAAK4gAAAAIQAAAyEAAOgIBwAIIQAAWCEAAFshAABIKwcAXyEAALAhAABjIQAAmMoFAGYhAACYMwQAtSEAAAgiAAAUIgAAYCIAAGMiAAC4IgAAwCIAABAjAAAdIwAAaCMAAG0jAADAIwAAyiMAABgkAAAgJAAAcCQAAHMkAADIJAAA0SQAACAlAAAhJQAAeCUAAHklAADQJQAA1SUAACgmAAAuJgAAgCYAAIomAADYJgAA4CYAADAnAAAzJwAAiCcAAIsnAADgJwAA8ScAAKiPEgA6KAAAgOkBAD0oAAD46g0AQSgAAJDREQBEKAAAkCgAAEYoAAAg2wkAqCgAAOgoAADrKAAAQCkAAEwpAACYKQAApSkAAPApAAD3KQAASCoAAEoqAACgKgAAqSoAAPgqAAACKwAAUCsAAFsrAACoKwAAxCsAAAAsAAAILAAAAJASAF0sAACwLAAAuCwAAAgtAAAJLQAAYC0AAGItAAC4LQAAuy0AABAuAAATLgAAWJASAG0uAADALgAAxi4AABgvAAAfLwAAcC8AAHgvAADILwAAyy8AACAwAAApMAAAeDAAAHkwAADQMAAA0TAAACgxAAA5MQAAgDEAAI4xAADYMQAA5DEAADAyAAA3MgAAsJASAI4yAADgMgAA4jIAADgzAABOMwAAkDMAAJgzAADoMwAA6jMAAEA0AABJNAAAmDQAAKI0AADwNAAA+zQAAEg1AABUNQAAoDUAAK01AAD4NQAAAjYAAFA2AABeNgAAqDYAALc2AAAANwAAAjcAAFg3AABiNwAAsDcAAL43AAAIOAAADTgAAGA4AABtOAAAuDgAAMA4AAAQOQAAFjkAAGg5AAB0OQAAwDkAAN05AAAYOgAAIToAAHA6AAB+OgAAyDoAAM46AAAgOwAALDsAAHg7AAB7OwAA0DsAANg7AAAoPAAAOTwAAIA8AACOPAAA2DwAAPE8AAAwPQAAMT0AAIg9AAClPQAACJESAOU9AAA4PgAAPj4AAJA+AACYPgAA6D4AAPE+AABAPwAAQz8AAJg/AACkPwAA8D8AAPY/AAC4kRIAZEAAAKBAAACoQAAAEJISAPtAAABQQQAAYUEAAKhBAACwQQAAAEIAAA5CAABYQgAAW0IAALBCAAC4QgAACEMAABVDAABgQwAAZUMAALhDAADCQwAAEEQAABhEAABoRAAAdEQAAMBEAADNRAAAGEUAABpFAABwRQAAiUUAAMhFAADZRQAAIEYAACxGAAB4RgAAf0YAANBGAADYRgAAKEcAAC1HAACARwAAjUcAANhHAADgRwAAMEgAADpIAACISAAAk0gAAOBIAADsSAAAOEkAAEBJAABokhIAnEkAAOhJAADuSQAAQEoAAFtKAACYSgAApEoAAPBKAAD2SgAAwJISAE1LAACocgIATksAAHD8BQBPSwAAiJMIAFNLAACgSwAAVEsAAOjgAQBWSwAAGNgGAFxLAADwewIApksAAIi6EQCsSwAA+EsAAP5LAADgBQQAAEwAABiTEgBcTAAAqEwAAK5MAAAATQAAG00AAFhNAABkTQAAsE0AALZNAAAITgAAEE4AAGBOAABmTgAAuE4AAMROAAAQTwAALU8AAGhPAABxTwAAwE8AAMxPAAAYUAAAG1AAAHBQAAB6UAAAyFAAANRQAAAgUQAAJ1EAAHhRAACAUQAA0FEAANFRAAC4ZAAA01EAAChSAAA3UgAAgFIAAIZSAADYUgAA2lIAADBTAABGUwAAiFMAAKZTAADgUwAA+VMAADhUAAA6VAAAkFQAAJNUAADoVAAA9FQAAEBVAABHVQAAmFUAAKBVAADwVQAA8lUAAEhWAABRVgAAoFYAAKpWAAD4VgAAA1cAAFBXAABcVwAAqFcAALVXAAAAWAAAClgAAFhYAABmWAAAsFgAAL9YAAAIWQAAClkAAGBZAABqWQAAuFkAAMZZAAAQWgAAFVoAAGhaAAB1WgAAwFoAANVaAAAYWwAAIFsAAHBbAACJWwAAyFsAANFbAAAgXAAAKlwAAHhcAACAXAAA0FwAAN1cAAAoXQAALV0AAIBdAACIXQAA2F0AANldAAAwXgAAMl4AAIheAACLXgAA4F4AAONeAABwkxIAPV8AAJBfAACWXwAA6F8AAO9fAABAYAAASGAAAJhgAACcYAAA8GAAAPJgAABIYQAAS2EAAKBhAACoYQAA+GEAAPlhAABQYgAAVmIAAKhiAACtYgAAAGMAABtjAABYYwAAZmMAALBjAAC3YwAACGQAABRkAABgZAAAZ2QAAMiTEgC6ZAAAEGUAABNlAABoZQAAa2UAACCUEgDFZQAAGGYAAB5mAABwZgAAd2YAAMhmAADmZgAAIGcAADlnAAB4ZwAAemcAANBnAADTZwAAKGgAADRoAACAaAAAh2gAANhoAADgaAAAMGkAADJpAACIaQAAkWkAAOBpAADqaQAAOGoAAENqAACQagAAnGoAAOhqAAD1agAAQGsAAEprAACYawAApmsAAPBrAAD/awAASGwAAEpsAACgbAAAqmwAAPhsAAAGbQAAUG0AAFVtAACobQAAtW0AAABuAAAVbgAAWG4AAGBuAACwbgAAyW4AAAhvAAARbwAAYG8AAGpvAAC4bwAAwG8AABBwAAAdcAAAaHAAAG1wAADAcAAAyHAAABhxAAAZcQAAcHEAAHJxAADIcQAAy3EAACByAAAjcgAAeJQSAH1yAADQcgAA1nIAAChzAAAvcwAAgHMAAIhzAADYcwAA3HMAADB0AAAydAAAiHQAAIt0AADgdAAA6HQAADh1AAA5dQAAkHUAAJZ1AADodQAA7XUAAEB2AABbdgAAmHYAAKZ2AADwdgAA93YAAEh3AABUdwAAoHcAAKd3AADQlBIA+3cAAFB4AABheAAAqHgAALB4AACYtQEAxHgAAAB5AAAIeQAAKJUSAGd5AACweQAAtnkAAAh6AAAKegAAYHoAAHZ6AAC4egAA1noAABB7AAATewAAaHsAAHR7AADAewAAxnsAABh8AAAzfAAAcHwAAHx8AADIfAAAznwAACB9AAA+fQAAeH0AAIh9AADQfQAA3n0AACh+AAAufgAAgH4AAIN+AADYfgAA4n4AADB/AABOfwAAiH8AAJ5/AADgfwAA7H8AADiAAAA7gAAAkIAAAJOAAADogAAA6oAAAECBAABXgQAAmIEAAKSBAADwgQAADIIAAEiCAABQggAAgJUSALGCAAD4ggAABoMAAFCDAABcgwAAqIMAALWDAAAAhAAACoQAAFiEAABghAAAsIQAALGEAAAIhQAACoUAAGCFAABjhQAAuIUAALuFAADYlRIAFYYAAGiGAABuhgAAwIYAAMeGAAAYhwAAIIcAAHCHAACGhwAAyIcAANGHAAAgiAAAI4gAAHiIAACCiAAA0IgAANiIAAAoiQAAQYkAAICJAACMiQAA2IkAAOCJAAAwlhIAOIoAAIiKAACLigAA4IoAAOqKAAA4iwAAPosAAJCLAACeiwAA6IsAAPWLAABAjAAAV4wAAIiWEgCZjAAA0B4RAJuMAAAA2QEAnowAAFCpAgCfjAAAaIQIAKCMAABgIwcAoYwAAEDOAACijAAAiIQCAKWMAADYvBAApowAAHgfDQCnjAAA8IwAAKmMAADgTgkArowAALhPBwCvjAAAmAcPAPqMAAAYSAoA/4wAAEiNAABUjQAAoI0AAKGNAAAAVwQAo40AAPiNAAD7jQAAUI4AAFeOAACQqQEAWI4AAKiOAABojgAA4DoBAK+OAAAAjwAADI8AAFiPAABljwAAsI8AAL6PAAAIkAAAFJAAAGCQAABnkAAAuJAAAMCQAAAQkQAAIJEAAGiRAABtkQAAwJEAAMaRAAAYkgAAIJIAAHCSAAB5kgAAyJIAAMuSAAAgkwAALJMAAHiTAAB+kwAA4JYSAO+TAAA4lxIANZQAAICUAACClAAAeAwBAIOUAAAQzQIAh5QAAAACAwCLlAAA8NMNAIyUAAAwFgIAjpQAAGj5AgCPlAAAaM0NAJmUAAAYogIAoJQAANiUAADllAAAMJUAADWVAACIlQAAjJUAAOCVAADtlQAAOJYAAECWAACQlgAAQ5YAAPCiCwCXlgAA6JYAAJ+WAAB4AwQA6pYAAECXAABKlwAAmJcAAJqXAADwlwAACZgAAEiYAABKmAAAoJgAAKOYAAD4mAAABJkAAFCZAABYmQAAkJcSAK6ZAAAAmgAAsJkAAPjgFAC3mQAACGUHALmZAADouAcAu5kAAKhfAQDAmQAAQHsNAMSZAACgxg4ABpoAAFDxAAAYmgAAWJoAAFqaAACwmgAAZZoAAACwAABxmgAA4KAAAL+aAAAImwAAF5sAAGCbAABsmwAAuJsAALubAAAQnAAAE5wAAGicAACAnAAAwJwAAMecAAAYnQAAJJ0AAHCdAAB9nQAAyJ0AANadAAAgngAALJ4AAHieAAB/ngAA0J4AAOieAAAonwAANJ8AAICfAACGnwAA2J8AAN6fAAAwoAAANaAAAIigAACOoAAAQJgSAOKgAAA4oQAAP6EAAJChAACooQAA6KEAAO+hAABAogAAWaIAAJiiAACwogAA8KIAAPyiAABIowAATqMAAKCjAACmowAA+KMAAP2jAABQpAAAVqQAAJiYEgDBpAAAAKUAABGlAABYpQAAZqUAALClAAC/pQAACKYAABCmAABgpgAAgKYAALimAADEpgAAEKcAACSnAABopwAAcKcAAMCnAADGpwAAGKgAACSoAABwqAAAeqgAAMioAADOqAAAIKkAAC6pAAB4qQAAhKkAANCpAADrqQAAKKoAACqqAACAqgAAkaoAANiqAADgqgAAMKsAAD6rAACIqwAAi6sAAOCrAADoqwAAOKwAAEWsAACQrAAAlawAAOisAADyrAAAQK0AAEitAACYrQAAmq0AAPCtAAABrgAASK4AAFmuAACgrgAApa4AAPiuAAD8rgAAUK8AAFyvAACorwAAr68AAPCYEgAFsAAAWLAAAGKwAACwsAAAyLAAAAixAAALsQAAYLEAAGmxAAC4sQAAubEAABCyAAARsgAAaLIAAG2yAADAsgAAxrIAABizAAAiswAAcLMAAHyzAADIswAAz7MAACC0AAA4tAAAeLQAAHq0AADQtAAA2bQAACi1AAAytQAAgLUAAIu1AADYtQAA8LUAADC2AABGtgAAiLYAAI22AADgtgAA57YAADi3AABEtwAASJkSAJK3AABoBAMAlbcAAJiUAQCZtwAAADgHAJu3AABIBAkAobcAAOi3AADqtwAAoLMCAPa3AABAuAAATLgAAJi4AABPuAAA2IQJAKW4AADwuAAA+rgAAEi5AABJuQAAwDoSAFC5AACguQAAp7kAAPi5AAC7uQAAOL8BAP25AABQugAAXLoAAKi6AACrugAAALsAAAi7AABYuwAAZbsAALC7AAC1uwAACLwAABK8AABgvAAAaLwAALi8AAC7vAAAEL0AABm9AABovQAAab0AAMC9AADBvQAAGL4AAB2+AABwvgAAdr4AAMi+AADSvgAAIL8AACi/AAB4vwAAer8AANC/AADZvwAAKMAAADLAAACAwAAAi8AAANjAAADkwAAAMMEAAD3BAACIwQAAksEAAODBAADuwQAAOMIAAEfCAACQwgAAksIAAOjCAADywgAAQMMAAE7DAACYwwAAncMAAPDDAAD9wwAASMQAAFDEAACgxAAAocQAAPjEAAD+xAAAUMUAAFXFAACoxQAAssUAAADGAAAFxgAAWMYAAGfGAACwxgAAtcYAAAjHAAAZxwAAYMcAAGjHAAC4xwAAvscAABDIAAAcyAAAaMgAAIXIAADAyAAAycgAABjJAAAkyQAAcMkAAHPJAADIyQAA0skAACDKAAAsygAAeMoAAH/KAADQygAA2MoAACjLAABBywAAgMsAAJTLAADYywAA4MsAADDMAAAzzAAAiMwAAJTMAADgzAAA5swAADjNAABTzQAAkM0AAJzNAADozQAA7s0AAKCZEgBKzgAAmM4AAKPOAADwzgAA+M4AACjhAAD8zgAASM8AAFXPAACgzwAAqs8AAPjPAAAG0AAAUNAAAF/QAACo0AAAqtAAAADRAAAK0QAAWNEAAGbRAACw0QAAtdEAAAjSAAAV0gAAYNIAAGjSAAC40gAAcNIAAFCLAQC50gAAENMAALzSAADAeAEAyNIAANCxAQAh0wAAaNMAAHHTAADA0wAA19MAABjUAAAm1AAAcNQAAH3UAADI1AAA0NQAACDVAAA/1QAA+JkSAIHVAADQ1QAA2tUAACjWAAAz1gAAUJoSAILWAADY1gAA4dYAADDXAAA61wAAiNcAAJPXAADg1wAA7NcAADjYAABF2AAAkNgAAJrYAADo2AAA9tgAAEDZAABP2QAAmNkAAJrZAADw2QAA+tkAAEjaAABW2gAAoNoAAKXaAAD42gAABdsAAFDbAABY2wAAqNsAAK7bAAAA3AAADNwAAFjcAAB13AAAsNwAALncAAAI3QAAFt0AAGDdAABm3QAAuN0AAMTdAAAQ3gAAF94AAKiaEgBq3gAAsF0CAG7eAADA3gAAxd4AABjfAADO3gAAGGIFACXfAABw3wAAh98AAMjfAADJ3wAAIOAAACLgAAB44AAAe+AAANDgAADT4AAAAJsSAEnhAACA4QAAgeEAANjhAADa4QAAMOIAADPiAACI4gAAi+IAAFibEgDl4gAAOOMAAD7jAACQ4wAAl+MAAOjjAAAK5AAAQOQAAEjkAACY5AAAp+QAAPDkAADy5AAASOUAAFnlAACg5QAAseUAAPjlAAAE5gAAUOYAAFfmAACo5gAAsOYAAADnAAAE5wAAWOcAAGbnAACw5wAAuucAAAjoAAAT6AAAYOgAAGXoAAC46AAAwegAABDpAAAa6QAAaOkAAHDpAADA6QAAwukAABjqAAAl6gAAcOoAAITqAADI6gAA0OoAACDrAAAh6wAAeOsAAHrrAADQ6wAA0+sAACjsAAAr7AAAsJsSAIXsAADY7AAA3uwAADDtAAA37QAAiO0AAJDtAADg7QAA7+0AADjuAAA97gAAkO4AAJ3uAADo7gAA+O4AAEDvAABO7wAAmO8AAK/vAADw7wAA+e8AAEjwAABO8AAAoPAAAKzwAAD48AAA//AAAAicEgBV8QAASCwDAFjxAACo8QAAXfEAAMDLCgC38QAAAPIAABHyAABY8gAAZvIAALDyAAC88gAACPMAABXzAABg8wAAavMAALjzAADA8wAAEPQAABP0AABo9AAAdPQAAMD0AADN9AAAGPUAACL1AABw9QAAePUAAMj1AADK9QAAIPYAACn2AAB49gAAgvYAAND2AADb9gAAKPcAAD33AACA9wAAiPcAANj3AADx9wAAMPgAADn4AACI+AAAkvgAAOD4AADo+AAAOPkAAEX5AACQ+QAAlfkAAOj5AADw+QAAQPoAAEH6AACY+gAAmvoAAPD6AADz+gAASPsAAEv7AABgnBIApfsAAPj7AAD++wAAUPwAAFf8AACo/AAAsPwAAAD9AAAO/QAAWP0AAFv9AACw/QAAuP0AAAj+AAAL/gAAYP4AAGz+AAC4/gAAwv4AALicEgAR/wAAeLMPABL/AABo/wAAE/8AADDyDQAa/wAA4LUPABv/AABQzAUAH/8AABBJAgAg/wAAiHkNADT/AADYKwIAcf8AAMD/AADK/wAAGAABACMAAQBwAAEAfAABAMgAAQDVAAEAIAEBACoBAQB4AQEAhgEBANABAQDfAQEAKAIBACoCAQCAAgEAigIBANgCAQDmAgEAMAMBADUDAQCIAwEAlQMBAOADAQDwAwEAOAQBADoEAQCQBAEAngQBAOgEAQD5BAEAEJ0SAEcFAQBonRIAoAUBAMCdEgD5BQEASAYBAFIGAQCgBgEAqwYBAPgGAQAEBwEAUAcBAF0HAQCoBwEAsgcBAAAIAQAOCAEAWAgBAGcIAQCwCAEAsggBAAgJAQASCQEAYAkBAG4JAQC4CQEAvQkBABAKAQAdCgEAaAoBAHAKAQDACgEA0AoBABgLAQAaCwEAcAsBAH4LAQDICwEA2QsBABieEgAnDAEAcJ4SAJEMAQDQDAEA4QwBACgNAQA0DQEAgA0BAIgNAQDInhIA3Q0BADAOAQA4DgEAiA4BAIoOAQDgDgEAjQ4BALhiCACXDgEA2LwFAOkOAQA4DwEA7w4BAOAcCwBCDwEAkA8BAJsPAQDoDwEA9A8BAEAQAQBNEAEAmBABAKIQAQDwEAEA/hABAEgRAQBXEQEAoBEBAKIRAQD4EQEAAhIBAFASAQBcEgEAqBIBALASAQAgnxIAAxMBAFgTAQBmEwEAsBMBAL0TAQAIFAEAHxQBAGAUAQBoFAEAuBQBAM4UAQAQFQEAHBUBAGgVAQB3FQEAwBUBAMsVAQAYFgEAGhYBAHAWAQB9FgEAyBYBANYWAQAgFwEAIxcBAHgXAQCOFwEA0BcBANgXAQAoGAEAOhgBAHifEgCIGAEAkOIEAIoYAQBw8RAAjRgBAFCFDgCPGAEA2BgBAN0YAQAwGQEANxkBAIgZAQCUGQEA4BkBAO0ZAQA4GgEAOhoBAJAaAQCmGgEA6BoBAPQaAQBAGwEAXxsBAJgbAQC0GwEA8BsBAPgbAQDQnxIAShwBAKAcAQCpHAEA+BwBAAIdAQBQHQEAWx0BAKgdAQC0HQEAAB4BAA0eAQBYHgEAYh4BALAeAQC+HgEACB8BABcfAQBgHwEAYh8BALgfAQDCHwEAECABAB4gAQBoIAEAbSABAMAgAQDNIAEAGCEBACghAQBwIQEAciEBAMghAQDWIQEAICIBADEiAQAooBIAfyIBAICgEgDSIgEAWFEGANUiAQAoIwEA2SIBAMj9AQDcIgEAoLcIAN4iAQCgwQEA5CIBAODeBQAvIwEAoGkMADUjAQCAIwEAlyMBANgjAQDdIwEAMCQBADMkAQCIJAEAOiQBACgRBwBMJAEAKBwHAI0kAQBQFgcAlCQBAOAkAQDmJAEAmDEBAO8kAQA4JQEAQSUBAJAlAQCWJQEA6CUBAPYlAQBAJgEASiYBAJgmAQCsJgEA8CYBAPwmAQBIJwEAWycBAKAnAQCvJwEA+CcBAAQoAQBQKAEAUSgBAKgoAQCyKAEAACkBAA4pAQBYKQEAXSkBALApAQC9KQEAMKESABsqAQBgKgEAbyoBALgqAQDEKgEAECsBABErAQBoKwEAcisBAMArAQDOKwEAGCwBAB0sAQBwLAEAfSwBADiiEgDKLAEAIC0BACktAQB4LQEAgi0BANAtAQDbLQEAKC4BADQuAQCALgEAjS4BANguAQDiLgEAMC8BAD4vAQCILwEAly8BAOAvAQDiLwEAODABAEIwAQCQMAEAnjABAOgwAQD1MAEAQDEBAFcxAQCQohIAszEBAPAxAQD8MQEASDIBAE4yAQCgMgEArDIBAPgyAQD+MgEAUDMBAFYzAQCoMwEArTMBAAA0AQAGNAEA6KISAGE0AQCwNAEAujQBAAg1AQATNQEAYDUBAGw1AQC4NQEAxTUBABA2AQAaNgEAaDYBAHY2AQDANgEAzzYBABg3AQAaNwEAcDcBAHo3AQDINwEA1jcBACA4AQAlOAEAeDgBAIU4AQDQOAEA2DgBACg5AQA4OQEAgDkBAII5AQDYOQEA5jkBADA6AQBBOgEA8KMSAI86AQBIpBIA5joBADg7AQBEOwEAkDsBAKA7AQDoOwEA8TsBAEA8AQBDPAEAmDwBAKQ8AQDwPAEA9zwBAEg9AQBQPQEAoD0BAL49AQD4PQEAAD4BAFA+AQBhPgEAqD4BAK0+AQAAPwEAFz8BAFg/AQBmPwEAsD8BAL0/AQAIQAEAEEABAGBAAQBkQAEAuEABALpAAQAQQQEAE0EBAGhBAQBwQQEAwEEBAMZBAQAYQgEAJEIBAHBCAQCAQgEAyEIBANFCAQAgQwEAI0MBAHhDAQCEQwEA0EMBANdDAQCgpBIAMUQBAIBEAQCDRAEA2EQBAOZEAQAwRQEAPUUBAIhFAQCfRQEA4EUBAOhFAQA4RgEAOkYBAJBGAQCZRgEA6EYBAPJGAQBARwEAS0cBAJhHAQCkRwEA8EcBAP1HAQBISAEAUkgBAKBIAQCuSAEA+EgBAAdJAQBQSQEAUkkBAKhJAQCySQEAAEoBAA5KAQBYSgEAXUoBALBKAQC9SgEACEsBABBLAQBgSwEAdksBALhLAQDESwEAEEwBAB9MAQBoTAEAc0wBAMBMAQDCTAEAGE0BACVNAQBwTQEAfk0BAMhNAQDLTQEAIE4BADZOAQD4pBIAgE4BABBUAgCGTgEA6McCAJBOAQDQTgEA0k4BAChPAQA5TwEAgE8BAJFPAQDYTwEA3U8BADBQAQA0UAEAiFABAJRQAQDgUAEA51ABADhRAQBAUQEAkFEBAK5RAQDoUQEA8FEBAFClEgBFUgEAmFIBAJlSAQAwyw8Ap1IBANgSDgCxUgEA8FIBAPJSAQBIUwEAYVMBAKBTAQCxUwEA+FMBAARUAQBQVAEAUlQBAKhUAQCxVAEAAFUBALdUAQDYWgEAClUBAFhVAQBjVQEAsFUBALxVAQAIVgEAFVYBAGBWAQBqVgEAuFYBAMZWAQAQVwEAH1cBAGhXAQBqVwEAwFcBAMpXAQAYWAEAJlgBAHBYAQB1WAEAyFgBANVYAQAgWQEALFkBAHhZAQB+WQEA0FkBANZZAQAoWgEALVoBAIBaAQCGWgEAqKUSAOdaAQAwWwEAPFsBAIhbAQCLWwEA4FsBAONbAQA4XAEAP1wBAJBcAQCcXAEA6FwBAPVcAQBAXQEATl0BAJhdAQCkXQEA8F0BAPddAQAAphIATl4BAKBeAQCmXgEA+F4BAP1eAQBQXwEAVl8BAFimEgCpXwEAYD0CALJfAQBALg0AtF8BABB8EgC2XwEA8BUOALdfAQAAYAEADGABAFhgAQBZYAEAsGABAGRgAQAYJg4AumABAAhhAQAWYQEAYGEBAGVhAQC4YQEAxWEBALCmEgASYgEAiNwNAB5iAQB4zw0AM2IBAAinEgCOYgEAwGIBAOdiAQAYYwEAPGMBAHBjAQB4YwEAYKcSANRjAQAgZAEAImQBAHhkAQB7ZAEA0GQBANVkAQAoZQEANWUBAIBlAQCcZQEA2GUBAOBlAQC4pxIAOWYBAIhmAQA9ZgEA2HABAItmAQDgZgEA7GYBADhnAQA+ZwEAkGcBAJ1nAQDoZwEA6mcBAEBoAQBWaAEAmGgBAKRoAQDwaAEA+GgBABCoEgBOaQEAoGkBAKhpAQD4aQEA+WkBAFBqAQBSagEAqGoBAKtqAQAAawEAA2sBAGioEgBdawEAsGsBALZrAQAIbAEAD2wBAGBsAQBobAEAuGwBAMVsAQAQbQEAFW0BAGhtAQBybQEAwG0BAMhtAQAYbgEAGm4BAHBuAQCBbgEAyG4BANluAQAgbwEAJW8BAHhvAQB8bwEA0G8BANxvAQAocAEAL3ABAIBwAQCScAEAwKgSAN1wAQAwcQEAOHEBAIhxAQCKcQEA4HEBAO9xAQA4cgEAR3IBAJByAQCccgEA6HIBAOtyAQBAcwEAQ3MBAJhzAQCgcwEA8HMBAPpzAQBIdAEATXQBAKB0AQCodAEA+HQBAAJ1AQBQdQEAW3UBAKh1AQC2dQEAAHYBAAN2AQBYdgEAYHYBALB2AQDLdgEACHcBABN3AQBgdwEAZXcBALh3AQC7dwEAEHgBABp4AQBoeAEAengBABipEgDOeAEAGHkBACJ5AQBweQEAe3kBAMh5AQDQeQEAIHoBACZ6AQB4egEAenoBANB6AQDpegEAKHsBAEF7AQCAewEAjnsBANh7AQDiewEAMHwBAEZ8AQCIfAEApXwBAOB8AQDofAEAOH0BAEh9AQCQfQEAkn0BAOh9AQD2fQEAQH4BAFF+AQBwqRIAn34BAMipEgDxfgEASH8BAFl/AQCgfwEArH8BAPh/AQD6fwEAUIABAFOAAQCogAEAtIABAACBAQAIgQEAeKoSAGOBAQCwgQEAvIEBAAiCAQAXggEAYIIBAICCAQC4ggEAwIIBABCDAQAkgwEAaIMBAG2DAQDAgwEAyYMBABiEAQAehAEAcIQBAHiEAQDIhAEA14QBACCFAQAlhQEAeIUBAIWFAQDQhQEA3YUBACiGAQA0hgEAgIYBAI+GAQDYhgEA4oYBADCHAQA+hwEAiIcBAI2HAQDghwEA7YcBADiIAQBAiAEAkIgBAJOIAQDoiAEA9IgBAECJAQBKiQEAmIkBAKKJAQDwiQEA/okBAEiKAQBVigEAoIoBALeKAQD4igEA+4oBANCqEgBSiwEAqIsBALaLAQAAjAEAEYwBACirEgBfjAEAgKsSAM+MAQAIjQEAGI0BAGCNAQBijQEAuI0BAMaNAQAQjgEAIY4BANirEgBvjgEAMKwSAMWOAQAYjwEAII8BAHCPAQByjwEAyI8BANGPAQAgkAEAKpABAHiQAQCDkAEA0JABANyQAQAokQEANZEBAICRAQCKkQEA2JEBAOaRAQAwkgEAP5IBAIiSAQCKkgEA4JIBAOqSAQA4kwEARJMBAJCTAQCYkwEA4KwSAO2TAQBAlAEASJQBADitEgCflAEA8JQBAKGUAQAQQwQApZQBAHDRAQCplAEA2FEPAK6UAQBQ+QEAs5QBANiLAwD8lAEASJUBAFCVAQCwMhQAZJUBAGAFEQBwlQEAoJUBAMaVAQD4lQEAIZYBAFCWAQB2lgEAqJYBAM6WAQAAlwEACJcBAFiXAQCClwEAsJcBAMmXAQAImAEACpgBAGCYAQBnmAEAuJgBAMCYAQAQmQEAH5kBAGiZAQBumQEAwJkBAMyZAQAYmgEAH5oBAHCaAQB8mgEAyJoBANWaAQAgmwEAKpsBAHibAQCGmwEA0JsBANKbAQAonAEAOZwBAICcAQCDnAEA2JwBAAOdAQCQrRIAM50BAJhqBAA6nQEAWL8GAD2dAQCInQEAQJ0BAPBXDgBBnQEAANYCAEadAQDAxwQAj50BADCaAgCSnQEAmNsDAJedAQDIpBAAo50BAOCdAQDinQEAOJ4BAEmeAQCQngEAnp4BAOieAQDvngEAQJ8BAEKfAQCYnwEARZ8BAMi4AgBInwEAeLwBAKefAQDwnwEA/58BAEigAQBUoAEAoKABAKOgAQD4oAEA+6ABAFChAQBwoQEAqKEBALShAQAAogEAFKIBAFiiAQBmogEAsKIBALeiAQDorRIAHqMBAKCEAwAfowEAYKMBAGKjAQAgrg0AY6MBABitDQBtowEAuKMBALqjAQAQpAEAGqQBAGikAQAhpAEA6LENAHGkAQDApAEAxqQBABilAQAkpQEAcKUBAHelAQDIpQEAzaUBACCmAQAspgEAeKYBAHumAQDQpgEA3aYBACinAQAtpwEAgKcBAIqnAQDYpwEA7qcBADCoAQAyqAEAiKgBAJKoAQDgqAEA76gBADipAQBDqQEAQK4SAJypAQDoqQEA9akBAECqAQBOqgEAmKoBAKSqAQDwqgEA96oBAJiuEgBNqwEAoKsBAFSrAQAAKw8AVqsBAEDNBACiqwEAKCUEAKWrAQCo0AsAr6sBAGggDAC3qwEA+KsBAAasAQBQrAEAXawBAKisAQCwrAEAAK0BAAqtAQDoXQgAEK0BAFitAQBarQEAsK0BAL6tAQAIrgEAGa4BAPCuEgBnrgEASK8SAL2uAQAQrwEAFq8BAGivAQBwrwEAwK8BAMmvAQAYsAEAG7ABAHCwAQB8sAEAyLABAM6wAQAgsQEAKLEBAHixAQCXsQEA+K8SANKxAQAosgEANrIBAICyAQCRsgEAULASAN+yAQCosBIANbMBAIizAQCOswEA4LMBAOizAQA4tAEAQbQBAJC0AQCTtAEA6LQBAPS0AQBAtQEARrUBAFixEgCatQEA8LUBAPm1AQBItgEAUrYBAKC2AQCrtgEA+LYBAAS3AQBQtwEAXbcBAKi3AQCytwEAALgBAA64AQBYuAEAZ7gBALC4AQCyuAEACLkBABK5AQBguQEAbrkBALi5AQC9uQEAELoBAB26AQBougEAcLoBAMC6AQDQugEAGLsBABq7AQBwuwEAfrsBAMi7AQDZuwEAsLESACe8AQAIshIAgbwBANC8AQDTvAEAKL0BADS9AQCAvQEAhr0BANi9AQDlvQEAML4BADK+AQCIvgEAnr4BAOC+AQDsvgEAYLISAES/AQCQvwEAlr8BAOi/AQDrvwEAQMABAE7AAQCYwAEAncABAPDAAQD9wAEASMEBAFDBAQC4shIArcEBAPjBAQAGwgEAUMIBAFrCAQDI3AEAZsIBAKjCAQCxwgEAAMMBABbDAQBYwwEAYMMBALDDAQCzwwEACMQBABHEAQBgxAEAYcQBALjEAQC5xAEAEMUBABXFAQBoxQEAbsUBAMDFAQDKxQEAGMYBACTGAQBwxgEAd8YBAMjGAQDQxgEAIMcBACLHAQB4xwEAeccBANDHAQDexwEAKMgBADDIAQCAyAEAm8gBANjIAQDkyAEAMMkBADbJAQCIyQEAi8kBAODJAQDuyQEAOMoBAD3KAQCQygEAncoBAOjKAQDwygEAQMsBAE7LAQCYywEAm8sBABCzEgDzywEASMwBAPTLAQD4pgoA/MsBACCWCgD+ywEAoGgQAAPMAQAAlhAAS8wBAKDMAQCxzAEA+MwBABTNAQBQzQEAWM0BAGizEgC5zQEAAM4BAAjOAQBYzgEAXs4BALDOAQC1zgEACM8BABHPAQBgzwEAas8BALjPAQDGzwEAENABAB3QAQBo0AEAdNABAMDQAQDD0AEAGNEBADTRAQDAsxIAc9EBAJBpDwB60QEAODcRAHzRAQAIvwoAfdEBAMjRAQB/0QEACO0CANTRAQAg0gEAI9IBAIDDCgAv0gEAeNIBADPSAQCosgoAgtIBANDSAQDY0gEAONUBANzSAQB4NBEA3tIBACjTAQDs0gEAqJQJAC3TAQDoPQQANdMBAIDTAQCX0wEA2NMBAODTAQAw1AEAOtQBAIjUAQCN1AEA4NQBAOjUAQAYtBIAQtUBAJDVAQBE1QEAoOsJAEfVAQCoxAQAldUBAOjVAQDw1QEAcLQSAELWAQAQdQIAQ9YBACh4DQBF1gEAqCMKAEnWAQBIzAwATNYBAJjWAQBO1gEAAKwQAJrWAQCoZgYAn9YBAPDWAQCn1gEAoL4CAKjWAQBYfgIA/tYBAEjXAQBL1wEAoNcBAKjXAQD41wEArNcBAGCqBgCv1wEAAH0GALzXAQDQdgYA/dcBAFDYAQAH2AEA2M8GAF3YAQCo2AEAsNgBAMi0EgAD2QEAWNkBABTZAQCwrwQAZNkBALDZAQC22QEACNoBABLaAQAgtRIAZdoBALjaAQDF2gEAENsBABjbAQDYwRIAHNsBAGjbAQAg2wEAAO8BACzbAQDYwg4AbtsBAMDbAQDG2wEAGNwBAB3cAQBw3AEAdtwBAHi1EgDU3AEAIN0BACPdAQB43QEAgt0BANDdAQDs3QEAKN4BAETeAQDQtRIAg94BANjeAQDb3gEAMN8BADzfAQCI3wEAjt8BAODfAQDq3wEAKLYSAD3gAQCQ4AEAneABAIC2EgDq4AEAIFsPAOvgAQBA4QEA7uABADC7DQD+4AEA8LgLAErhAQCY4QEAm+EBAABBDwCg4QEAwL4SALThAQDw4QEADOIBANi2EgBV4gEAoOIBAK7iAQD44gEAAuMBAFDjAQBs4wEAqOMBAMTjAQAwtxIAA+QBAFjkAQBb5AEAsOQBALzkAQAI5QEADuUBAGDlAQBq5QEAiLcSAL3lAQAQ5gEAHeYBAGjmAQB45gEAwOYBAMLmAQAY5wEAJucBAHDnAQCB5wEA4LcSAM/nAQA4uBIAJugBAHjoAQB+6AEA0OgBANXoAQAo6QEALukBAJC4EgCK6QEAKK8NAI7pAQDY6QEA6ekBAOi4EgA36gEAQLkSAJDqAQCYuRIA7uoBADjrAQA/6wEAkOsBAJjrAQDo6wEA9esBAEDsAQBF7AEAmOwBAKLsAQDw7AEA+OwBAEjtAQBO7QEAoO0BAKLtAQD47QEABu4BAFDuAQBT7gEAqO4BALTuAQDwuRIAAu8BAFjvAQBm7wEAsO8BAMHvAQBIuhIAD/ABAKC6EgBm8AEAuPABAL7wAQAQ8QEAFfEBAGjxAQBu8QEA+LoSAMLxAQAY8gEAyfEBACA3EADM8QEAGIsGADPyAQBw8gEAcvIBAMjyAQDi8gEAIPMBAC3zAQBgMAoAMfMBAHjzAQB68wEA0PMBAN3zAQAo9AEAP/QBAID0AQCa9AEA2PQBANr0AQAw9QEA3vQBAJjmDgAz9QEAiPUBAIv1AQDg9QEA7PUBADj2AQA+9gEAkPYBAJr2AQBQuxIA7fYBAED3AQBN9wEAmPcBAKT3AQDw9wEA9vcBAEj4AQBO+AEAoPgBAKX4AQD4+AEA/vgBAKi7EgBR+QEAqPkBAGb5AQBAqQUAqvkBAAD6AQC2+QEA+DcDAAb6AQBY+gEAZvoBALD6AQCz+gEACPsBAA37AQBg+wEAbfsBALj7AQDI+wEAEPwBABL8AQBo/AEAdvwBAMD8AQDR/AEAALwSAB79AQBw/QEAfP0BAFi8EgDZ/QEAIP4BACr+AQB4/gEAhv4BAND+AQDR/gEAKP8BADn/AQCA/wEAjP8BANj/AQDo/wEAMAACADIAAgCIAAIAlgACAOAAAgDxAAIAsLwSAD4BAgCQAQIAnAECAAi9EgDuAQIAQAICAEYCAgCYAgIAnQICAPACAgD2AgIAuL0SAFADAgCgAwIAqgMCADCGEAC5AwIA+AMCAAEEAgBQBAIAWgQCAKgEAgCwBAIAAAUCAAQFAgBYBQIAWgUCALAFAgCzBQIACAYCACQGAgAQvhIAYgYCALgGAgDFBgIAEAcCAB0HAgBoBwIAdAcCAMAHAgDHBwIAGAgCACAIAgBwCAIAgAgCAMgIAgDNCAIAIAkCACYJAgB4CQIAgAkCAGi+EgDeCQIAKAoCADUKAgCACgIAOQoCAACODwCOCgIA2AoCANsKAgAwCwIAOwsCAIgLAgCUCwIA4AsCAOcLAgA4DAIAQAwCAJAMAgCUDAIA6AwCAPYMAgBADQIASg0CAJgNAgCjDQIA8A0CAPUNAgBIDgIAUQ4CAKAOAgCqDgIA+A4CAAAPAgBQDwIAVg8CAKgPAgCxDwIAABACAA0QAgBYEAIAZRACALAQAgC+EAIACBECABURAgBgEQIAdxECALgRAgDAEQIAEBICABISAgBoEgIAdRICAMASAgDUEgIAGBMCACATAgBwEwIAchMCAMgTAgDLEwIAIBQCACMUAgB4FAIAhBQCANAUAgDWFAIAKBUCADIVAgAYvxIAhRUCANgVAgDlFQIAcL8SAEMWAgCIFgIAiRYCAOAWAgDsFgIAOBcCAEcXAgCQFwIAmhcCAOgXAgD0FwIAQBgCAEcYAgAgwBIAnhgCAOBKDgCrGAIA8BgCAP8YAgBIGQIAVBkCAKAZAgChGQIA+BkCAAIaAgBQGgIAXhoCAKgaAgCtGgIAABsCAA0bAgDQwBIAYBsCALAbAgC8GwIACBwCABscAgBgHAIAYRwCALgcAgDEHAIAEB0CAB8dAgBoHQIAch0CAMAdAgDMHQIAGB4CAB8eAgAowRIAgR4CAMgeAgDUHgIAIB8CADAfAgB4HwIAgh8CANAfAgDYHwIAKCACAFAgAgCAIAIAViACAFAlAgCoIAIA2CACAOAgAgAwIQIANiECAIghAgCWIQIA4CECAPchAgA4IgIAQyICAJAiAgCaIgIA6CICABUjAgBAIwIASCMCAJgjAgCoIwIA8CMCAPIjAgBIJAIAViQCAKAkAgCxJAIAMMISAP8kAgCIwhIAeCUCAKglAgCwJQIAACYCAAYmAgBYJgIAZiYCALAmAgDHJgIACCcCABMnAgBgJwIAaicCALgnAgDlJwIAECgCABgoAgBoKAIAeCgCAMAoAgDCKAIAGCkCACYpAgBwKQIAgSkCAODCEgDPKQIAOMMSACIqAgB4KgIAhioCANAqAgDhKgIAkMMSAC8rAgDowxIAiCsCAEDEEgDgKwIAmMQSAPQrAgDAKwwAMiwCAIgsAgCWLAIA4CwCAPEsAgDwxBIAPi0CAJAtAgCcLQIASMUSAPEtAgBALgIA+S0CAKDWEABNLgIAmC4CAKYuAgDwLgIA+i4CAEgvAgBiLwIAoC8CAKMvAgD4LwIA/y8CAFAwAgBwMAIAqDACAMIwAgCgxRIADTECAFgxAgARMQIAGIwCABYxAgDY5gIAZjECALAxAgC6MQIACDICACIyAgBgMgIAcDICALgyAgC+MgIAEDMCABIzAgBoMwIAfjMCAMAzAgDMMwIAGDQCABw0AgBwNAIAdTQCAMg0AgDONAIAIDUCAEA1AgB4NQIAkjUCANA1AgDSNQIAKDYCACs2AgCANgIAgzYCANg2AgDkNgIAMDcCADY3AgCINwIAkjcCAPjFEgDlNwIAODgCAEU4AgCQOAIAnDgCAOg4AgD7OAIAQDkCAE85AgCYOQIApDkCAPA5AgDxOQIASDoCAFI6AgCgOgIArjoCAPg6AgD9OgIAUDsCAF07AgBQxhIAqTsCAJiqDACqOwIAwO4NAKs7AgCodggArDsCANhiAgCtOwIAqMEQAK47AgCQYgoArzsCAPDeDQCyOwIA6F4PALM7AgAY5A0AtDsCABAKDAC1OwIAIBQNALY7AgCY1gwAtzsCAMBIBgC4OwIAADwCALs7AgAg3BAAwDsCAAhUFADBOwIAQKYRAMI7AgDQCxAAxDsCANC4EQDLOwIAgIQUANA7AgAwGBAA7TsCAAhjDwDzOwIA8HEUAAI8AgBYPAIAETwCAMjTDwBmPAIAsDwCAME8AgCoxhIADz0CAADHEgBsPQIAuD0CAMc9AgAQPgIAGj4CAGg+AgB0PgIAwD4CAIs+AgDwwg8Axz4CALDHEgAaPwIAcD8CAIE/AgDIPwIA0T8CACBAAgAsQAIAeEACAHtAAgDQQAIA2EACAChBAgAyQQIAgEECAIVBAgDYQQIA4EECADBCAgBJQgIAiEICAJRCAgDgQgIA6EICAGDIEgBAQwIAuMgSAJNDAgDoQwIA60MCAEBEAgBMRAIAmEQCAJ5EAgDwRAIA+kQCABDJEgBNRQIAoEUCAK1FAgBoyRIA/kUCAFBGAgBWRgIAqEYCAK1GAgAARwIABkcCABjKEgBgRwIAcMoSALJHAgB4tAsAtUcCAAhIAgC8RwIAwHALABJIAgBgSAIAF0gCAAA9CQBoSAIAGFIOAHxIAgC4SAIAwEgCAMjKEgAVSQIAaEkCAH5JAgDASQIAwUkCABhKAgAaSgIAcEoCAHZKAgDISgIA1EoCACBLAgAnSwIAeEsCAIBLAgDQSwIA2UsCAChMAgArTAIAgEwCAI5MAgDYTAIA5UwCADBNAgBHTQIAiE0CAJBNAgDgTQIA7E0CAOhOAgAITgIAOE4CAGBOAgCQTgIAtE4CACDLEgAFTwIAQE8CAElPAgBIUAIAUU8CAJhPAgDITwIA8E8CABRQAgB4yxIASlACAKBQAgCxUAIA+FACAChRAgBQUQIAdFECANDLEgCtUQIAwCIPAK5RAgCQVQcAsVECAABSAgC0UQIAWA8RAApSAgBYUgIADVICANBdBwAOUgIAkIcQAGBSAgCwUgIAtFICAAhTAgAKUwIAYFMCAGNTAgC4UwIA1FMCACjMEgAVVAIA0MQNABpUAgAYPA4AHFQCAGhUAgAgVAIAyAAMAIVUAgDAVAIAyVQCABhVAgAaVQIAcFUCAIFVAgCAzBIAzVUCACBWAgApVgIAeFYCAIlWAgDQVgIA11YCAChXAgAwVwIAgFcCAEJXAgA4egIAjVcCADBYAgCPVwIAkFkCAJlXAgDYVwIA5FcCANjMEgA1WAIAiFgCAJJYAgDgWAIA6FgCADDNEgBEWQIAiM0SAJVZAgDoWQIA9VkCAEBaAgBKWgIAmFoCAJpaAgDwWgIA/loCAEhbAgBVWwIA4M0SAKVbAgD4WwIABVwCAFBcAgBaXAIAqFwCAKpcAgAAXQIADl0CAFhdAgBlXQIAOM4SALNdAgAQYRAAtl0CAIgmDwC9XQIACF4CABJeAgCQzhIAaF4CALheAgByXgIAWHADALpeAgA4qBAAxV4CAAgxBgDPXgIAEF8CANFeAgDYlgMA3l4CAPBwDQAVXwIAaF8CAHJfAgDAXwIAyF8CAOjOEgAZYAIAON8QACJgAgBwYAIAfGACAMhgAgDLYAIAIGECACphAgB4YQIAkmECANBhAgDnYQIAKGICAC1iAgCAYgIAnGICAEDPEgDaYgIAMGMCAD1jAgCIYwIAkmMCAJjPEgDqYwIAOGQCAPFjAgDg6wgARGQCAJBkAgCTZAIA6GQCAPJkAgBAZQIAWmUCAJhlAgCeZQIA8GUCAPJlAgBIZgIAVmYCAKBmAgCjZgIA+GYCAARnAgBQZwIAU2cCAKhnAgDLZwIA8M8SAAJoAgBYaAIAZmgCALBoAgCzaAIACGkCABRpAgBgaQIAY2kCAEjQEgDDaQIAEGoCABZqAgBoagIAbWoCAMBqAgDEagIAGGsCABtrAgCg0BIAcWsCAKATDwBzawIAoHsRAHZrAgDIawIAeWsCABB0EQB6awIAmHACAHxrAgAgYBEAfmsCADhYEQB/awIAAGcRAIBrAgBAhREAh2sCACDEDQCKawIAMMMOANRrAgAgbAIATGwCAHhsAgCEbAIA0GwCAN9sAgAobQIAMm0CAIBtAgCDbQIA2G0CAPJtAgAwbgIAOm4CAIhuAgCNbgIA4G4CAOpuAgA4bwIAQ28CAJBvAgCWbwIA6G8CAO1vAgBAcAIARHACAPjQEgCdcAIA8HACAKZwAgA4bhEA+nACAEhxAgBTcQIAoHECAKZxAgD4cQIA/XECAFByAgBUcgIAUNESAK1yAgAwHgMAr3ICAIjADwCwcgIAAEQOALJyAgDQmhAAwnICAABzAgAKcwIAWHMCAGNzAgCwcwIAtnMCAAh0AgANdAIAYHQCAGR0AgC4dAIA23QCAKjREgAddQIA6KYCAB51AgBodQIAa3UCAMB1AgDMdQIAGHYCADB2AgBwdgIAfHYCAMh2AgDOdgIAIHcCACZ3AgB4dwIAfXcCANB3AgDWdwIAANISADJ4AgCAeAIAi3gCANh4AgDeeAIAMHkCADV5AgCIeQIAjHkCAOB5AgDjeQIAWNISAEJ6AgCQegIAm3oCAOh6AgDuegIAQHsCAEV7AgCYewIAnHsCALDSEgDxewIASHwCAFR8AgCgfAIArHwCAPh8AgD+fAIAUH0CAFZ9AgCofQIArX0CAAB+AgAGfgIACNMSAGR+AgCwfgIAtn4CAAh/AgAUfwIAYH8CAG1/AgC4fwIAx38CABCAAgAcgAIAaIACAHSAAgDAgAIAxoACABiBAgAegQIAcIECAHWBAgDIgQIAzoECAGDTEgAqggIACGoJADaCAgB4ggIAOYICACBqCgCEggIA0IICANiCAgB4vRMA3IICACiDAgAugwIAgIMCAIaDAgDYgwIA3YMCADCEAgA2hAIAuNMSAJCEAgCoUhQAkoQCAOCEAgDmhAIAOIUCAOyEAgCoDAMARoUCAJCFAgCphQIA6IUCAPGFAgBAhgIASoYCAJiGAgCkhgIA8IYCAPyGAgBIhwIATocCAKCHAgCmhwIA+IcCAP2HAgBQiAIAVogCABDUEgC0iAIAAIkCAAqJAgBYiQIAY4kCALCJAgC1iQIACIoCAA+KAgBgigIAbIoCALiKAgC+igIAEIsCABaLAgBoiwIAbYsCAMCLAgDGiwIAaNQSACmMAgBwjAIAcYwCAMiMAgB2jAIA8JECAM2MAgAgjQIALo0CAHiNAgCFjQIA0I0CANqNAgAojgIANI4CAICOAgCGjgIA2I4CAOSOAgAwjwIAQ48CAIiPAgCXjwIA4I8CAOyPAgA4kAIAOZACAJCQAgCakAIA6JACAPaQAgBAkQIARZECAJiRAgClkQIAwNQSAPyRAgBIkgIAWJICAKCSAgCskgIA+JICAP6SAgBQkwIAXJMCAKiTAgC1kwIAAJQCAA+UAgBYlAIAZJQCALCUAgC8lAIACJUCABuVAgBglQIAb5UCALiVAgDElQIAEJYCABGWAgBolgIAcpYCAMCWAgDOlgIAGJcCAB2XAgBwlwIAfZcCABjVEgDKlwIAyH0HANSXAgAgmAIA1ZcCAGhlCwDWlwIAULQNADSYAgB4mAIAhJgCANCYAgCRmAIA0OcQANaYAgAomQIALpkCAICZAgCFmQIA2JkCAN6ZAgBw1RIAPJoCAIiaAgCVmgIAwDADAJuaAgDgmgIA5ZoCABitAgDomgIAOKMDAOyaAgA4mwIAPpsCAJCbAgCWmwIA6JsCAO2bAgBAnAIARpwCAMjVEgCknAIA8JwCAPacAgBInQIATZ0CAKCdAgCnnQIA+J0CAAaeAgBQngIAa54CAKieAgC2ngIAAJ8CAAOfAgBYnwIAZp8CALCfAgC1nwIACKACABWgAgBgoAIAbKACALigAgC+oAIAEKECABahAgBooQIAbaECAMChAgDGoQIAINYSAB2iAgBwogIAeaICAMiiAgDVogIAIKMCACejAgB4owIAiaMCANCjAgDVowIAKKQCADekAgCApAIAgqQCANikAgDppAIAMKUCADylAgCIpQIAjqUCAOClAgDmpQIAOKYCAD2mAgCQpgIAlqYCAHjWEgD/pgIAQKcCAEynAgCYpwIApKcCAPCnAgD2pwIASKgCAE6oAgCgqAIApagCAPioAgD+qAIA0NYSAFapAgCQ3QIAZ6kCAKipAgCxqQIAAKoCABaqAgBYqgIAZKoCALCqAgC9qgIACKsCABKrAgBgqwIAbKsCALirAgC+qwIAEKwCABasAgBorAIAbawCAMCsAgDGrAIAKNcSACGtAgBwrQIAeq0CAMitAgDNrQIAIK4CADCuAgB4rgIAka4CANCuAgDVrgIAKK8CADGvAgCArwIAja8CANivAgDfrwIAMLACADOwAgCIsAIAlLACAOCwAgDzsAIAOLECAEexAgCQsQIAnLECAOixAgDpsQIAQLICAEqyAgCYsgIAprICAPCyAgD1sgIASLMCAFWzAgCA1xIAo7MCAPizAgD7swIAULQCAF20AgDA/AwAX7QCAKi0AgCqtAIAALUCAAO1AgBYtQIAYrUCALC1AgC8tQIACLYCABu2AgBgtgIAb7YCALi2AgDEtgIAELcCABG3AgBotwIAcrcCAMC3AgDOtwIAGLgCAB24AgBwuAIAfbgCANjXEgDJuAIAILkCACy5AgB4uQIAfrkCANC5AgDSuQIAKLoCADK6AgCAugIAjroCANi6AgDdugIAMLsCAD27AgCIuwIAlLsCAOC7AgDzuwIAOLwCAEe8AgCQvAIAnLwCAOi8AgDpvAIAQL0CAEq9AgCYvQIApr0CAPC9AgD1vQIASL4CAFW+AgAw2BIAqb4CAPi+AgCsvgIA6EsOAP6+AgBQvwIAU78CAKi/AgC2vwIAAMACAAXAAgBYwAIAZcACALDAAgC8wAIACMECAA7BAgBgwQIAZsECALjBAgC9wQIAEMICABbCAgCI2BIAasICAMDCAgBtwgIASOwQAG/CAgBwhg8Az8ICABjDAgA4wwIAcMMCAHXDAgDIwwIA48MCACDEAgAsxAIAeMQCAH7EAgDQxAIA4MQCACjFAgA5xQIAgMUCAIXFAgDYxQIA3MUCADDGAgA8xgIAiMYCAI7GAgDgxgIA5sYCADjHAgA9xwIAkMcCAJbHAgDg2BIA98cCAMivEAD+xwIAQMgCAEHIAgCYyAIAqcgCAPDIAgD8yAIASMkCAF7JAgCgyQIArMkCAPjJAgAFygIAUMoCAFrKAgCoygIAtMoCAADLAgAHywIAWMsCAGTLAgCwywIAtssCAAjMAgAOzAIAYMwCAGXMAgC4zAIAvswCADjZEgASzQIA4BURABnNAgBozQIAac0CAMDNAgDBzQIAGM4CAB3OAgBwzgIAds4CAMjOAgDSzgIAIM8CACzPAgB4zwIAf88CANDPAgDVzwIAKNACACnQAgCA0AIAjNACANjQAgDe0AIAMNECADLRAgCI0QIAktECAODRAgDu0QIAONICAD3SAgCQ0gIAndICAOjSAgD00gIAQNMCAFPTAgCY0wIAp9MCAPDTAgD80wIASNQCAEnUAgCg1AIAqtQCAPjUAgAG1QIAUNUCAFXVAgCo1QIAtdUCAJDZEgAR1gIAWNYCAGTWAgCw1gIAx9YCAAjXAgAK1wIAYNcCAHHXAgC41wIAutcCABDYAgAW2AIAaNgCAH/YAgDA2AIAydgCABjZAgAu2QIAcNkCAHzZAgDI2QIA1dkCACDaAgAq2gIAeNoCAITaAgDQ2gIA49oCACjbAgA32wIAgNsCAIzbAgDY2wIA2dsCADDcAgA63AIAiNwCAJbcAgDg3AIA5dwCADjdAgBF3QIA6NkSAJLdAgDo3QIA/N0CAEDeAgBO3gIAmN4CAKXeAgDw3gIA994CAEjfAgBU3wIAoN8CALPfAgD43wIA/d8CAFDgAgBZ4AIAqOACALLgAgAA4QIABeECAFjhAgBo4QIAsOECAMnhAgAI4gIADeICAGDiAgBp4gIAuOICAMXiAgAQ4wIAF+MCAGjjAgBr4wIAwOMCAMzjAgAY5AIAK+QCAHDkAgB/5AIAyOQCANTkAgAg5QIAIeUCAHjlAgCC5QIA0OUCAN7lAgAo5gIALeYCAIDmAgCN5gIAQNoSAPHmAgAw5wIAPOcCAIjnAgCO5wIA4OcCAOjnAgAo0hAA8OcCADjoAgA96AIAkOgCAJboAgDo6AIA/ugCAEDpAgBC6QIAmOkCAKLpAgDw6QIA/OkCAEjqAgBb6gIAoOoCAK/qAgD46gIABOsCAFDrAgBR6wIAqOsCALLrAgAA7AIADuwCAFjsAgBd7AIAsOwCAL3sAgCY2hIAEe0CAGDtAgBm7QIAuO0CAL7tAgAQ7gIAHO4CAGjuAgB17gIAwO4CAMruAgAY7wIALu8CAHDvAgB17wIAyO8CAM/vAgAg8AIALvACAHjwAgCI8AIA0PACAN7wAgAo8QIAN/ECAIDxAgCC8QIA2PECAOLxAgAw8gIAPvICAIjyAgCN8gIA4PICAO3yAgA48wIARPMCAJDzAgCj8wIA6PMCAPfzAgBA9AIATPQCAJj0AgCZ9AIA8PQCAPr0AgBI9QIAVvUCAKD1AgCl9QIA+PUCAAX2AgDw2hIAUvYCAKj2AgBc9gIAcLYKALn2AgAA9wIACfcCAFj3AgBk9wIAsPcCALj3AgAYNRQAvPcCAAj4AgAO+AIAYPgCAGb4AgC4+AIAvfgCABD5AgAW+QIASNsSAHf5AgDA+QIAxfkCABj6AgAf+gIAcPoCAHz6AgDI+gIAz/oCAJD+AgDU+gIAIPsCAC37AgB4+wIAh/sCAND7AgDV+wIAKPwCAC/8AgCA/AIAjPwCANj8AgDk/AIAMP0CADb9AgCI/QIAjv0CAOD9AgDl/QIAOP4CAD7+AgCg2xIAnP4CAOj+AgD3/gIAQP8CAEX/AgCY/wIAn/8CAPD/AgD8/wIASAADAFQAAwCgAAMApgADAPgAAwD+AAMAUAEDAFUBAwCoAQMArgEDAPjbEgAMAgMAWAIDAGgCAwCwAgMAvgIDAAgDAwAVAwMAYAMDAGwDAwC4AwMAvwMDABAEAwAYBAMAUNwSAHEEAwCg3hEAdQQDAHgnAwB5BAMAwAQDANEEAwAYBQMAIAUDAHAFAwAkBQMAuJIOAHoFAwDIBQMAzQUDACAGAwAoBgMAeAYDAHoGAwDQBgMAgQYDAAgZAwDYBgMAKAcDAD4HAwCABwMAjAcDANgHAwDuBwMAMAgDAEkIAwCICAMAlAgDAOAIAwDmCAMAOAkDAEAJAwCQCQMAoAkDAOgJAwDxCQMAQAoDAE0KAwCYCgMApwoDAPAKAwD6CgMASAsDAFYLAwCgCwMApQsDAPgLAwAFDAMAUAwDAFgMAwCo3BIAvgwDAAANAwABDQMAWA0DAGINAwCwDQMAuA0DAAgOAwASDgMAYA4DAGUOAwC4DgMAwA4DABAPAwASDwMA4BMDABMPAwA4rgMAFg8DAGgPAwAXDwMAqLwDACYPAwBwtQMAdA8DAMAPAwDCDwMAGBADAB8QAwBwEAMAeBADAMgQAwDJEAMAIBEDACYRAwB4EQMAfREDANARAwDREQMAKBIDADQSAwCAEgMAhhIDANgSAwDiEgMAMBMDAEQTAwCIEwMAkBMDAADdEgDjEwMAOBQDAOcTAwAQqQMAOxQDAJAUAwCeFAMA6BQDAP8UAwBAFQMATRUDAJgVAwCgFQMA8BUDAPEVAwBIFgMAThYDAKAWAwClFgMA+BYDAPkWAwBQFwMAXBcDAKgXAwCuFwMAABgDAAoYAwBYGAMAbBgDALAYAwC4GAMAsN0SABUZAwBgGQMAZxkDALgZAwDEGQMAEBoDACAaAwBoGgMAdhoDAMAaAwDNGgMAGBsDACQbAwBwGwMAdxsDAMgbAwDQGwMAYN4SACwcAwB4HAMAghwDANAcAwDbHAMAKB0DAC0dAwCAHQMAhx0DANgdAwDgHQMAuN4SADgeAwCIHgMAmB4DAOAeAwDsHgMAOB8DADwfAwCQHwMAmB8DAOgfAwDqHwMAQCADAEYgAwCYIAMAryADAPAgAwD5IAMASCEDAF4hAwCgIQMArCEDAPghAwAFIgMAUCIDAFoiAwCoIgMAqyIDAAAjAwAIIwMAWCMDAGIjAwCwIwMAtSMDAAgkAwAQJAMAYCQDAHAkAwC4JAMAwSQDABAlAwAdJQMAaCUDAHclAwDAJQMAyiUDABgmAwAmJgMAcCYDAHUmAwDIJgMA1SYDACAnAwAoJwMAEN8SAIUnAwDQJwMAlycDAOgZBQDVJwMAKCgDADIoAwCAKAMAiCgDANgoAwCXKAMAoE8RAN4oAwAwKQMA5igDAHCfDgDnKAMAYKEJAOgoAwCINAMA6SgDALjPDAA8KQMAiCkDAIopAwCIdg4AjykDAOApAwDsKQMAOCoDAEcqAwCQKgMAoSoDAOgqAwDqKgMAQCsDAEYrAwCYKwMApCsDAPArAwD4KwMAaN8SAE4sAwDA3xIArCwDABjgEgD7LAMAyOASAFMtAwAg4RIAVS0DAEhoBQCrLQMAMKUNALUtAwAALgMACi4DAFguAwBaLgMAsC4DAMMuAwAILwMAEC8DAIjODgAULwMAYC8DAGYvAwC4LwMAvi8DABAwAwAVMAMAaDADAG4wAwB44RIAyjADABgxAwAaMQMAcDEDAHoxAwDIMQMA1jEDACAyAwAlMgMAeDIDAIUyAwDQMgMA3DIDACgzAwAuMwMAgDMDAIYzAwDYMwMA3TMDADA0AwA2NAMA0OESAJY0AwDgNAMA7TQDADg1AwA/NQMAkDUDAJg1AwDoNQMA6TUDAMh5DADrNQMAQDYDAP41AwC4dwwAVDYDAJg2AwCuNgMA8DYDAAk3AwBINwMATTcDAKA3AwCxNwMAKOISAAk4AwBQOAMAUjgDAKg4AwCyOAMAADkDAA45AwBYOQMAXTkDALA5AwC9OQMACDoDABA6AwBgOgMAbDoDALg6AwBwOgMAGDwDAL46AwAQOwMAFjsDAGg7AwBtOwMAwDsDAMY7AwCA4hIAGjwDAHA8AwB+PAMAyDwDANk8AwDY4hIAJz0DADDjEgCAPQMA0D0DAII9AwAIbQgAwz0DAPCHFADePQMAKD4DAN89AwCoQwMA4D0DAJDbCgA1PgMAgD4DAI8+AwDYPgMA3T4DADA/AwBGPwMAiD8DAIk/AwDgPwMA4j8DADhAAwBCQAMAkEADAJ5AAwDoQAMAAUEDAEBBAwBRQQMAmEEDAKRBAwDwQQMA+EEDADjkEgBcQgMAoEIDAKFCAwD4QgMABEMDAFBDAwBTQwMAkOQSAKpDAwAARAMADUQDAFhEAwBlRAMAsEQDALVEAwAIRQMAEkUDAGBFAwBoRQMAuEUDAMhFAwAQRgMAHkYDAGhGAwB1RgMAwEYDAMdGAwAYRwMAIEcDAHBHAwBzRwMAyEcDANxHAwAgSAMANkgDAHhIAwCRSAMA0EgDANVIAwAoSQMAOUkDAOjkEgCISQMAQOUSAIxJAwCQ0AoAnEkDAFDhFADlSQMAMEoDADdKAwCISgMAlEoDAOBKAwDwSgMAOEsDAEZLAwCQSwMAnUsDAOhLAwD0SwMAQEwDAEdMAwCY5RIAmkwDAPBMAwCdTAMAiKoEAP1MAwBITQMAVU0DAKBNAwClTQMA+E0DAAJOAwBQTgMAWE4DAKhOAwCtTgMAcNMEALFOAwAATwMAA08DAFhPAwBkTwMA8OUSALVPAwAIUAMAvE8DAPiCCwANUAMAYFADAGhQAwC4UAMAzlADABBRAwASUQMAaFEDAHVRAwDAUQMA1FEDAEjmEgAdUgMAcFIDAHhSAwBgegsAelIDAMhSAwDQUgMAIFMDACxTAwB4UwMAhVMDANBTAwDVUwMAKFQDADFUAwCAVAMAl1QDANhUAwDjVAMAoOYSAD5VAwCIVQMAi1UDAOBVAwDjVQMAOFYDAEZWAwCQVgMAnVYDAOhWAwD/VgMAQFcDAEhXAwCYVwMAnlcDAPBXAwD8VwMASFgDAFJYAwCgWAMAqVgDAPhYAwD+WAMAUFkDAF1ZAwD45hIAtFkDAABaAwC2WQMAyIcLAA9aAwBYWgMAaVoDALBaAwCyWgMACFsDAA5bAwBgWwMAbFsDALhbAwC/WwMAEFwDABhcAwBoXAMAalwDAMBcAwDNXAMAGF0DAB9dAwBwXQMAeF0DAMhdAwDVXQMAIF4DACVeAwB4XgMAgl4DANBeAwDYXgMAKF8DADFfAwCAXwMAg18DANhfAwDkXwMAMGADADdgAwBQ5xIAlWADAOBgAwCeYAMACGYDAMFgAwBAjAsA+2ADADhhAwA6YQMAkGEDAKFhAwDoYQMA9mEDAEBiAwBHYgMAmGIDAKBiAwDwYgMA9WIDAEhjAwBJYwMAoGMDAKxjAwD4YwMA/mMDAFBkAwBSZAMAqGQDALJkAwAAZQMADmUDAFhlAwBdZQMAsGUDAL1lAwCo5xIACWYDAGBmAwBlZgMAuGYDAL5mAwAQZwMAGmcDAGhnAwB0ZwMAwGcDAMdnAwAYaAMAIGgDAHBoAwByaAMAyGgDANVoAwAgaQMAJ2kDAHhpAwCAaQMA0GkDAN1pAwAoagMALWoDAIBqAwCKagMA2GoDAOBqAwAwawMAOWsDAIhrAwCLawMA4GsDAOxrAwA4bAMAP2wDAADoEgCcbAMAeH0LAKRsAwDobAMA9WwDAEBtAwBKbQMAmG0DAJptAwDwbQMAA24DAEhuAwBQbgMAoG4DAKxuAwD4bgMA/m4DAFBvAwBWbwMAqG8DAK1vAwAAcAMABnADAFjoEgBbcAMAsHADALxwAwAIcQMAI3EDAGBxAwBscQMAuHEDAL5xAwAQcgMAHnIDAGhyAwBycgMAwHIDANRyAwAYcwMAKnMDAHBzAwCMcwMAyHMDAPpzAwAgdAMANXQDAHh0AwCKdAMA0HQDAOZ0AwAodQMANHUDAIB1AwCDdQMA2HUDANt1AwAwdgMAMnYDAIh2AwCfdgMA4HYDAOx2AwA4dwMASncDAJB3AwCsdwMA6HcDAPp3AwCw6BIAZHgDAJh4AwCgeAMACOkSAPN4AwBIeQMAUHkDAKB5AwC5eQMA+HkDAAR6AwBQegMAYXoDAKh6AwCtegMAAHsDAAR7AwBYewMAYHsDALB7AwC6ewMACHwDABN8AwBgfAMAbHwDALh8AwDAfAMAYOkSACN9AwBofQMAaX0DAMB9AwDMfQMAGH4DACd+AwBwfgMAen4DAMh+AwDUfgMAIH8DACd/AwC46RIAhn8DANB/AwDdfwMAKIADADaAAwCAgAMAloADANiAAwDhgAMAMIEDAEaBAwCIgQMAkIEDAOCBAwDvgQMAOIIDAD2CAwCQggMAq4IDAOiCAwD0ggMAQIMDAEaDAwCYgwMAmoMDAPCDAwAHhAMASIQDAFSEAwBo6hIAoYQDAPiEAwAJhQMAUIUDAFyFAwCohQMAt4UDAACGAwAFhgMAWIYDAHOGAwCwhgMAuIYDAAiHAwAYhwMAYIcDAGKHAwC4hwMAxocDABCIAwAhiAMAwOoSAG+IAwAY6xIAzogDABiJAwAiiQMAcIkDAHuJAwDIiQMA0IkDACCKAwAsigMAeIoDAIuKAwDQigMA3ooDACiLAwAyiwMAgIsDAIiLAwDI6xIA5IsDADCMAwA2jAMAiIwDAIqMAwDgjAMA94wDADiNAwBEjQMAkI0DAJiNAwAg7BIA840DAECOAwBGjgMAmI4DAKSOAwDwjgMA844DAEiPAwBTjwMAoI8DAKWPAwD4jwMACZADAFCQAwBXkAMAqJADALCQAwAAkQMAEJEDAFiRAwBdkQMAsJEDALaRAwAIkgMAEJIDAHjsEgBlkgMAuJIDAMSSAwAQkwMAE5MDAGiTAwBwkwMAwJMDAM2TAwAYlAMAHZQDAHCUAwB6lAMAyJQDANCUAwAglQMANpUDAHiVAwCElQMA0JUDANyVAwAolgMAMpYDAICWAwCIlgMA0OwSAOGWAwAwlwMAOpcDAIiXAwCQlwMA4JcDAOGXAwAQDAQA7JcDADiYAwBLmAMAkJgDAJGYAwDomAMA9JgDAECZAwBPmQMAmJkDAKKZAwDwmQMA/JkDAEiaAwBPmgMAKO0SAK6aAwD4mgMABZsDAFCbAwBemwMAqJsDAL6bAwAAnAMACZwDAFicAwBunAMAsJwDALicAwAInQMAFp0DAGCdAwBjnQMAuJ0DAMCdAwDY7RIAHp4DAGieAwB3ngMAwJ4DANyeAwAYnwMA4J4DAMjhAwAgnwMAMO4SAHmfAwDInwMA1Z8DACCgAwAqoAMAeKADAIagAwDQoAMA5qADACihAwA0oQMAgKEDAIihAwCI7hIA3qEDADCiAwA2ogMAiKIDAI2iAwDgogMA5qIDAODuEgA9owMAkKMDAJmjAwDoowMA8qMDAECkAwBIpAMAmKQDAJ2kAwDwpAMAAKUDAEilAwBQpQMAoKUDAKalAwCwpwMAuaUDAPilAwD9pQMAUKYDAFmmAwCopgMAtaYDAACnAwAHpwMAWKcDAFunAwA47xIAsqcDAAioAwAVqAMAYKgDAHeoAwC4qAMAxKgDAJDvEgAXqQMAaKkDAHCpAwDAqQMAxKkDABiqAwAmqgMAcKoDAHqqAwDIqgMA06oDACCrAwAoqwMAeKsDAH2rAwDQqwMA66sDACisAwA0rAMAgKwDAIasAwDYrAMA6KwDADCtAwBBrQMAiK0DAI2tAwDgrQMA5K0DAOjvEgBBrgMAkK4DAKmuAwDorgMA8q4DAECvAwBGrwMAmK8DAJqvAwDwrwMA/68DAEiwAwBSsAMAoLADAKiwAwD4sAMA/LADAFCxAwBesQMAqLEDALKxAwAAsgMAC7IDAFiyAwBgsgMAsLIDALWyAwAIswMAI7MDAGCzAwBsswMAuLMDAL6zAwAQtAMAILQDAGi0AwB5tAMAwLQDAMW0AwAYtQMAHLUDAEDwEgB5tQMAyLUDANm1AwAgtgMAKrYDAHi2AwCGtgMA0LYDANG2AwAotwMAObcDAIC3AwCUtwMA2LcDAOC3AwAwuAMANLgDAIi4AwCWuAMA4LgDAOq4AwA4uQMAQ7kDAJC5AwCYuQMA6LkDAO25AwBAugMAW7oDAJi6AwCkugMA8LoDAPa6AwBIuwMAWLsDAKC7AwCxuwMA+LsDAP27AwBQvAMAVLwDAJjwEgC2vAMAAL0DABu9AwBYvQMAZr0DALC9AwC3vQMACL4DABS+AwBgvgMAaL4DAPDwEgDGvgMAEL8DABq/AwBovwMAc78DAMC/AwDIvwMAGMADAB3AAwBwwAMAi8ADAMjAAwDUwAMAIMEDACbBAwB4wQMAiMEDANDBAwDhwQMAKMIDAC3CAwCAwgMAhMIDAEjxEgDpwgMAMMMDADjDAwCIwwMAicMDAODDAwDlwwMAOMQDAEbEAwCQxAMAncQDAOjEAwDyxAMAQMUDAEzFAwCYxQMAnsUDAPDFAwD4xQMASMYDAE/GAwCgxgMArMYDAPjGAwD+xgMAUMcDAFzHAwCoxwMAuMcDAADIAwAMyAMAWMgDAF7IAwCwyAMAvMgDAAjJAwAVyQMAYMkDAG/JAwC4yQMAxMkDAKDxEgATygMAaMoDAGvKAwDAygMAzsoDABjLAwAvywMAcMsDAH3LAwDIywMA3ssDACDMAwAszAMAeMwDAIXMAwDQzAMA2swDACjNAwAwzQMAgM0DAIrNAwDYzQMA3c0DADDOAwA4zgMAiM4DAJTOAwDgzgMA7c4DADjPAwBCzwMAkM8DAJbPAwDozwMA/M8DAEDQAwBI0AMAmNADAKbQAwDw0AMA/dADAEjRAwBQ0QMAoNEDAK3RAwD40QMABtIDAFDSAwBh0gMAqNIDALDSAwAA0wMAFtMDAFjTAwBa0wMAsNMDALHTAwD48RIADdQDAMA4DwAW1AMAYNQDAG/UAwC41AMAxNQDABDVAwAY1QMAUPISAG3VAwDA1QMAydUDABjWAwAl1gMAcNYDAHfWAwDI1gMAy9YDACDXAwAo1wMAeNcDAH3XAwDQ1wMA2dcDACjYAwAy2AMAgNgDAIjYAwDY2AMA3dgDADDZAwBA2QMAiNkDAJDZAwDg2QMA5tkDADjaAwA62gMAkNoDAJ3aAwDo2gMA/9oDAEDbAwBM2wMAqPISAKTbAwDw2wMA9tsDAMDlEAAH3AMASNwDAFTcAwCg3AMAptwDAPjcAwAA3QMAUN0DAFfdAwCo3QMAtt0DAADeAwAb3gMAWN4DAGbeAwCw3gMAt94DAAjfAwAU3wMAYN8DAGjfAwAA8xIAzN8DABDgAwAY4AMAaOADAJngAwDA4AMAzOADABjhAwAe4QMAcOEDAHXhAwBY8xIA1OEDACDiAwAn4gMAeOIDAIDiAwDQ4gMA0uIDACjjAwAy4wMAgOMDAIjjAwCw8xIA5uMDAEjyAwDn4wMAMOQDADLkAwCI5AMAmeQDAODkAwDx5AMAOOUDAETlAwCQ5QMAl+UDAOjlAwDw5QMAQOYDAG3mAwCY5gMAneYDAPDmAwDx5gMASOcDAFLnAwCg5wMArucDAPjnAwD95wMAUOgDAF3oAwCo6AMAxOgDAADpAwAc6QMACPQSAGXpAwCw6QMAtOkDAAjqAwAO6gMAYOoDAGLqAwC46gMAueoDABDrAwAz6wMAaOsDAIzrAwDA6wMA7esDABjsAwAg7AMAcOwDAHXsAwDI7AMA1ewDACDtAwAo7QMAeO0DAHrtAwDQ7QMA2O0DACjuAwBV7gMAgO4DAI3uAwDY7gMA3e4DADDvAwA97wMAiO8DAJTvAwDg7wMADfADADjwAwBA8AMAkPADAKvwAwDo8AMA6vADAEDxAwBR8QMAmPEDAKHxAwDw8QMA/PEDAGD0EgBV8gMAoPIDAKfyAwD48gMABPMDAFDzAwBj8wMAqPMDALDzAwAA9AMABfQDAFj0AwBh9AMAsPQDALr0AwAI9QMAEPUDAGD1AwBl9QMAuPUDAMj1AwAQ9gMAGPYDAGj2AwCB9gMAwPYDAMX2AwAY9wMAIfcDAHD3AwB99wMAyPcDAM/3AwAg+AMAI/gDALj0EgB9+AMA0PgDAIX4AwDg5w0A2fgDACj5AwAw+QMAgPkDAIv5AwDY+QMA2vkDADD6AwBL+gMAiPoDAJT6AwDg+gMA6PoDABD1EgBF+wMAkPsDAJj7AwDo+wMA9PsDAED8AwBG/AMAmPwDAJ78AwDw/AMA9fwDAEj9AwBO/QMAaPUSAK39AwD4/QMAAP4DAFD+AwBk/gMAqP4DAK3+AwAA/wMACf8DAFj/AwBe/wMAsP8DALj/AwAIAAQACwAEAGAABAB9AAQAuAAEAMkABAAQAQQAGAEEAGgBBABrAQQAwAEEANQBBAAYAgQAJQIEAHACBAB6AgQAyAIEAMoCBAAgAwQAMwMEABj2EgB9AwQA0AMEAOEDBAAoBAQAMQQEAIAEBACWBAQA2AQEAOUEBAAwBQQAOAUEAIgFBACnBQQAcPYSAOwFBAA4BgQAQAYEAMj2EgCTBgQA6AYEAPAGBABABwQATQcEAJgHBACdBwQA8AcEAPgHBABICAQASQgEAKAIBACiCAQA+AgEAP4IBABQCQQAUgkEAKgJBAC+CQQAAAoEAAwKBABYCgQAYgoEALAKBAC8CgQACAsEAA4LBABgCwQAaAsEALgLBADsCwQAIPcSABYMBABoDAQAdAwEAMAMBADBDAQAGA0EABoNBABwDQQAdg0EAMgNBADUDQQAIA4EACcOBAB4DgQAgA4EANAOBADTDgQAKA8EADIPBACADwQAgg8EANgPBADiDwQAMBAEADwQBACIEAQAnhAEAOAQBADsEAQAOBEEAEURBACQEQQAmhEEAOgRBADwEQQAQBIEAFISBAB49xIAmhIEAPASBAD6EgQASBMEAEoTBACgEwQAuRMEAPgTBAD6EwQAUBQEAFMUBACoFAQAtBQEAAAVBAAIFQQA0PcSAGwVBACwFQQAsxUEAAgWBAASFgQAYBYEAGwWBAC4FgQAzhYEABAXBAAYFwQAaBcEAHYXBADAFwQAwxcEABgYBAAgGAQAcBgEAHMYBADIGAQAfhgEAAAgBADSGAQAIBkEANMYBAA4HAQAIhkEAHgZBAB+GQQA0BkEANoZBAAoGgQANhoEAIAaBACNGgQA2BoEAO8aBAAwGwQAOBsEAIgbBACRGwQA4BsEAOEbBAAo+BIAQRwEAJAcBACaHAQA6BwEAPIcBABAHQQATh0EAJgdBAClHQQA8B0EAAceBABIHgQAUB4EAKAeBACnHgQA+B4EAP0eBABQHwQAVB8EAKgfBAC1HwQAgPgSAA0gBABYIAQAYCAEALAgBAC2IAQACCEEABQhBABgIQQAbyEEALghBAC9IQQAECIEACsiBABoIgQAdCIEAMAiBADGIgQAGCMEACwjBABwIwQAeCMEAMgjBADeIwQAICQEACUkBAB4JAQAfyQEANAkBADcJAQA2PgSAC8lBACAJQQAjiUEANglBADlJQQAMCYEAEcmBACIJgQAkCYEAOAmBADmJgQAOCcEAEQnBACQJwQAlycEAOgnBAD2JwQAQCgEAEMoBACYKAQAoCgEAPAoBAD+KAQASCkEAEspBACgKQQAqCkEAPgpBAAJKgQAUCoEAFUqBACoKgQAqioEAAArBAAHKwQAWCsEAGYrBACwKwQAvSsEAAgsBAAfLAQAYCwEAGgsBAC4LAQAwiwEABAtBAAbLQQAaC0EAHQtBADALQQAyC0EADD5EgAaLgQAcC4EAHouBADILgQAyi4EACAvBAAjLwQAeC8EAIQvBADQLwQA2i8EACgwBAAwMAQAgDAEAI4wBADYMAQA5TAEADAxBAA4MQQAiDEEAJ4xBADgMQQA7DEEADgyBABOMgQAkDIEAJUyBADoMgQA7jIEAEAzBABUMwQAiPkSAJszBADwMwQA+DMEAEg0BABWNAQAoDQEAF40BAAI2wgArTQEAPg0BAAANQQAUDUEAFo1BACoNQQAszUEAAA2BAAMNgQAWDYEAGA2BADg+RIAtjYEAAg3BAANNwQAYDcEAG83BAC4NwQAxDcEABA4BAATOAQAaDgEAGs4BADAOAQAyDgEABg5BAAdOQQAcDkEAIA5BADIOQQA0DkEACA6BAAjOgQAeDoEAII6BADQOgQA0joEACg7BAAuOwQAgDsEAIo7BADYOwQA5jsEADA8BAA9PAQAiDwEAJ88BADgPAQA6DwEADg9BABBPQQAkD0EAJE9BAA4+hIA9T0EAEA+BABDPgQASDULAEY+BACwkgoASD4EAJg+BABKPgQA6A4FAEw+BAB45AYAmz4EAOABCQCePgQAeGgHAKI+BADwPgQApj4EAKhXCwCoPgQAUNkIAPU+BABIPwQA/D4EAMBWBQD+PgQA4OUKAFA/BACgPwQAoz8EAPg/BAAEQAQAUEAEAFZABACoQAQAw0AEAABBBAAMQQQAWEEEAF5BBACwQQQAuEEEAAhCBAAKQgQAYEIEAA1CBACQUwQAakIEALhCBADAQgQAkPoSACFDBABoQwQAb0MEAMBDBADIQwQAGEQEACVEBABwRAQAdUQEAMhEBADSRAQAIEUEAChFBAB4RQQAekUEAHhGCwB9RQQAuPwIAIJFBADQRQQAh0UEAMBkBACIRQQAwPoJANZFBAAoRgQAKkYEAIBGBACNRgQA2EYEANtGBAAwRwQAQUcEAIhHBACKRwQA4EcEAOpHBAA4SAQAREgEAJBIBACYSAQAQPsSAO1IBABASQQAQ0kEAJhJBACiSQQA8EkEAPhJBABISgQAVUoEAKBKBACiSgQA+EoEAA5LBABQSwQAXEsEAKhLBACwSwQAmPsSAAVMBABYTAQAZ0wEALBMBACyTAQACE0EABlNBABgTQQAa00EALhNBAC9TQQAEE4EABNOBABoTgQAck4EAMBOBADSTgQAGE8EACBPBABwTwQAek8EAMhPBADNTwQAIFAEAChQBAB4UAQAelAEANBQBADXUAQAKFEEAC9RBACAUQQAhlEEANhRBADkUQQAMFIEADNSBACIUgQAi1IEAOBSBAD8UgQAOFMEAEBTBABI/BIAnVMEAOhTBADwUwQAQFQEAENUBACYVAQAnVQEAPBUBAD/VAQASFUEAGhVBACgVQQArFUEAPhVBAACVgQAUFYEAFhWBACoVgQAulYEAKD8EgAKVwQAWFcEAGZXBACwVwQAvVcEAAhYBAAfWAQAYFgEAGhYBAC4WAQAx1gEABBZBAAVWQQAaFkEAHVZBADAWQQAzVkEABhaBAAkWgQAcFoEAH9aBADIWgQA0loEACBbBAAuWwQAeFsEAH1bBADQWwQA3VsEAChcBAArXAQAgFwEAIhcBADYXAQA3VwEADBdBAA9XQQAiF0EAJBdBADgXQQA6V0EADheBABFXgQAkF4EAJ5eBADoXgQA+14EAEBfBABIXwQAmF8EAJ9fBADwXwQA9V8EAEhgBABeYAQAoGAEAKJgBAD4YAQABmEEAFBhBABdYQQAqGEEALBhBAAAYgQAA2IEAFhiBABdYgQAsGIEAL9iBAAIYwQAKGMEAGBjBABsYwQAuGMEAMJjBAAQZAQAGGQEAGhkBAB6ZAQA+PwSAMVkBAAYZQQAJWUEAHBlBAB9ZQQAyGUEANRlBAAgZgQAL2YEAHhmBACCZgQA0GYEANhmBAAoZwQAMmcEAIBnBACFZwQA2GcEAOBnBABQ/RIAPGgEAIhoBACOaAQA4GgEAPtoBAA4aQQARGkEAJBpBACWaQQA6GkEAARqBABAagQASGoEAKj9EgCgagQA8GoEAPpqBABIawQAU2sEAKBrBACsawQA+GsEAABsBAAA/hIAXGwEAKhsBACubAQAAG0EABttBABYbQQAZG0EALBtBAC2bQQACG4EABBuBABgbgQAZm4EALhuBADBbgQAEG8EAB1vBABobwQAdW8EAMBvBADObwQAGHAEACVwBABwcAQAh3AEAMhwBADQcAQAIHEEACVxBAB4cQQAMXEEAIhzBACFcQQA0HEEANhxBAAocgQAM3IEAIByBACFcgQA2HIEANtyBAAwcwQAOnMEAFj+EgCNcwQA4HMEAO9zBAA4dAQAOnQEAJB0BAChdAQA6HQEAPl0BABAdQQAVHUEALD+EgCpdQQA8HUEAPN1BABIdgQA+HUEAEihCAD9dQQAaCcRAFJ2BACgdgQAonYEAPh2BAACdwQAUHcEAFx3BACodwQA0ncEAAB4BAALeAQAcI4FACZ4BABYeAQAjXgEALB4BADWeAQACHkEAC55BABgeQQAlnkEALh5BADjeQQAEHoEABh6BABoegQAknoEAMB6BAD3egQAGHsEAEN7BABwewQAeHsEAMh7BADXewQAIHwEACV8BAB4fAQAgXwEANB8BACFfAQAuIQEAOF8BAAofQQAL30EAIB9BACIfQQA2H0EAOV9BAAwfgQANX4EAIh+BACSfgQA4H4EAOh+BAA4fwQAQn8EAJiLBABHfwQAkH8EAJV/BADofwQA9X8EAECABABNgAQAmIAEAKSABADwgAQA/4AEAEiBBABSgQQAoIEEAKiBBAD4gQQAAoIEAFCCBABVggQAqIIEALCCBAAI/xIADIMEAFiDBABegwQAsIMEAMuDBAAIhAQAFIQEAGCEBABmhAQAYP8SAMWEBAAQhQQAHIUEAGiFBAB3hQQAwIUEAMqFBAAYhgQAJoYEAHCGBAB1hgQAyIYEANWGBAAghwQAKIcEAHiHBACChwQA0IcEANWHBAAoiAQAMIgEAICIBACDiAQA2IgEAOSIBAAwiQQANokEAIiJBACjiQQA4IkEAOyJBAA4igQAPooEAJCKBACYigQA6IoEAOqKBABAiwQASosEALj/EgCeiwQA8IsEAPKLBABIjAQAVYwEAKCMBACjjAQA+IwEAAmNBABQjQQAUo0EAKiNBACyjQQAAI4EAAyOBABYjgQAYI4EABAAEwC1jgQACI8EAAuPBABgjwQAao8EALiPBADAjwQAEJAEAB2QBABokAQAapAEAMCQBADWkAQAGJEEACSRBABoABMAjJEEAMiRBADkkQQAwAATACWSBAB4kgQAhZIEANCSBADdkgQAKJMEADSTBACAkwQAj5MEANiTBADikwQAMJQEAD6UBACIlAQAjZQEAOCUBADtlAQAOJUEAFGVBACQlQQAkpUEAOiVBADvlQQAGAETAF2WBACYlgQAqZYEAPCWBAD8lgQASJcEAFuXBACglwQAr5cEAPiXBAAEmAQAUJgEAFGYBAComAQAspgEAACZBAAOmQQAWJkEAF2ZBACwmQQAvZkEAHABEwANmgQAYJoEAG2aBAC4mgQAxZoEABCbBAAcmwQAaJsEAHebBADAmwQAypsEABicBAAmnAQAcJwEAHWcBADInAQA1ZwEACCdBAAonQQAeAITAH2dBADQnQQA2J0EANACEwAqngQAgJ4EAI6eBADYngQA6Z4EACgDEwA3nwQAgAMTAI2fBADgnwQA6J8EADigBABHoAQAkKAEAJWgBADooAQA9aAEAEChBABNoQQAmKEEAKShBADwoQQA/6EEAEiiBABSogQAMAQTAKKiBAC4HhAApqIEANjmDQCzogQA+KIEAAejBABQowQAXKMEAKijBACpowQAAKQEAAqkBABYpAQAZqQEALCkBAC1pAQACKUEABWlBACIBBMAZKUEALilBADDpQQAEKYEAB6mBABopgQAeaYEAMCmBADMpgQAGKcEACCnBADgBBMAdacEAMinBADVpwQAIKgEAC2oBAB4qAQAhKgEANCoBADfqAQAKKkEADKpBACAqQQAjqkEANipBADlqQQAMKoEAEeqBAA4BRMAlaoEAOCqBADtqgQAOKsEAESrBACQqwQAn6sEAOirBADyqwQAQKwEAE6sBACYrAQAXKwEALhcCgCdrAQA8KwEAP2sBABIrQQAUK0EAJAFEwCsrQQA+K0EAAiuBABQrgQAWa4EAKiuBACrrgQAAK8EAAyvBABYrwQAX68EAOgFEwC9rwQACLAEABewBABgsAQAYbAEALiwBADPsAQAELEEACqxBABosQQAdLEEAMCxBADTsQQAGLIEACeyBABwsgQAfLIEAMiyBADJsgQAILMEACqzBAB4swQAhrMEANCzBADVswQAKLQEADW0BABABhMAmrQEANi0BADntAQAMLUEADK1BACItQQANbUEABC8BACVtQQA4LUEAO21BAA4tgQAPbYEAJC2BACatgQA6LYEAPe2BABAtwQARbcEAJi3BACltwQA8LcEAP23BABIuAQAVLgEAKC4BACvuAQA+LgEAAK5BABQuQQAXbkEAKi5BACtuQQAALoEAAS6BABYugQAZLoEALC6BAC2ugQACLsEAA67BABguwQAZbsEALi7BAC+uwQAmAYTAB28BABovAQAdbwEAMC8BADMvAQAGL0EACe9BABwvQQAer0EAMi9BADWvQQAIL4EACW+BAB4vgQAhb4EANC+BADXvgQAKL8EAC2/BACAvwQAjL8EANi/BADbvwQAMMAEAD3ABACIwAQAjcAEAODABADqwAQAOMEEAETBBACQwQQAo8EEAOjBBAD2wQQAQMIEAEPCBACYwgQAosIEAPDCBAD8wgQASMMEAE7DBACgwwQApsMEAPjDBAD9wwQAUMQEAFbEBADwBhMAqsQEAADFBAARxQQAWMUEAGnFBACwxQQAuMUEAAjGBAAYxgQAYMYEAGLGBAC4xgQAxsYEABDHBAAhxwQASAcTAG/HBACgBxMAwccEABjIBAAdyAQAcMgEAB7IBAB49QQAdsgEAMjIBADSyAQAIMkEACzJBAB4yQQAfskEANDJBADWyQQAKMoEAC3KBACAygQAhsoEAPgHEwDmygQAMMsEAEnLBACIywQAicsEAODLBAD9ywQAOMwEAEDMBACg7wQAUswEAJDMBACTzAQA6MwEAO3MBAAACRMAWc0EAJjNBACezQQA8M0EAK7NBACQnQUA8s0EAEjOBABOzgQAoM4EALTOBAD4zgQAAM8EAFDPBABdzwQAqM8EAK3PBAAA0AQACtAEAFjQBABg0AQAsNAEAMHQBAAI0QQADdEEAGDRBABi0QQAuNEEAL/RBAAQ0gQAHNIEAGjSBABv0gQAwNIEANzSBAAY0wQAINMEAFgJEwBx0wQAyNMEANTTBAAg1AQALdQEAHjUBACA1AQA0NQEANPUBAAo1QQAM9UEAIDVBACC1QQA2NUEAN7VBAAw1gQAPNYEAIjWBACP1gQA4NYEAOjWBAA41wQAPdcEAJDXBACp1wQA6NcEABTYBABA2AQATNgEAJjYBACn2AQA8NgEAPrYBABI2QQAUNkEAKDZBACw2QQA+NkEAAbaBABQ2gQAYdoEAKjaBAC02gQAsAkTAAXbBABY2wQAYNsEALDbBACx2wQACNwEAMbbBADwcwwAJdwEAGDcBABo3AQAuNwEALzcBAAQ3QQAFt0EAGjdBABq3QQAwN0EAMHdBAAY3gQAGd4EAHDeBAB83gQAyN4EAM7eBAAg3wQAKN8EAHjfBAB63wQA0N8EAOvfBAAo4AQAKuAEAIDgBACO4AQA2OAEAOngBAAw4QQAMuEEAIjhBACh4QQA4OEEAPHhBAA44gQAROIEAAgKEwCe4gQA6OIEAKziBABYrggA/uIEAEDjBABB4wQAmOMEAKnjBADw4wQA/OMEAEjkBABe5AQAoOQEAKzkBAD45AQABeUEAFDlBABa5QQAqOUEAKrlBAAA5gQACuYEAFjmBABm5gQAsOYEALXmBAAI5wQAFecEAGDnBAB85wQAuOcEAMDnBABgChMAHugEAGjoBACB6AQAwOgEAMHoBAAY6QQANekEAHDpBAB46QQAyOkEANnpBAAg6gQALuoEAHjqBACR6gQA0OoEANbqBAAo6wQAKusEAIDrBACG6wQA2OsEAOzrBAAw7AQAOOwEAIjsBACV7AQA4OwEAOXsBAA47QQAQu0EAJDtBACY7QQA6O0EAPjtBABA7gQARe4EAJjuBACh7gQA8O4EAP3uBABI7wQAT+8EALgKEwCx7wQA+O8EAAbwBABQ8AQAafAEAKjwBACu8AQAAPEEAALxBABY8QQAXvEEALDxBADE8QQACPIEABDyBABg8gQAbfIEALjyBAC98gQAEPMEABrzBABo8wQAcPMEAMDzBADQ8wQAGPQEAB30BABw9AQAefQEAMj0BADV9AQAIPUEACf1BAAQCxMAffUEAND1BADR9QQAKPYEADT2BACA9gQAhvYEANj2BADp9gQAMPcEAET3BACI9wQAl/cEAOD3BADl9wQAOPgEAEX4BACQ+AQAoPgEAOj4BAD2+AQAQPkEAFf5BACY+QQAofkEAPD5BAD2+QQASPoEAFT6BACg+gQAp/oEAPj6BAAU+wQAUPsEAFj7BABoCxMArvsEAAD8BAAG/AQAWPwEAF38BACw/AQAtvwEAMALEwAN/QQAYP0EAGL9BAC4/QQAv/0EABD+BAAe/gQAaP4EAHX+BADA/gQA1/4EABj/BAAg/wQAcP8EAHH/BADI/wQAy/8EACAABQA0AAUAeAAFAIcABQDQAAUA1QAFACgBBQApAQUAgAEFAJcBBQBwDBMA2gEFADACBQA9AgUAiAIFAJUCBQDgAgUA5QIFADgDBQBCAwUAkAMFAJgDBQDoAwUA+AMFAEAEBQBOBAUAmAQFAKUEBQDwBAUA9wQFAEgFBQBQBQUAoAUFAKIFBQD4BQUAAAYFAFAGBQBRBgUAqAYFAGYGBQC4ogUArQYFAAAHBQADBwUAWAcFAGIHBQCwBwUAxwcFAAgIBQAOCAUAYAgFAGwIBQC4CAUAuwgFABAJBQAtCQUAaAkFAHkJBQDACQUAyAkFABgKBQAfCgUAcAoFAHYKBQDICgUA1goFACALBQA7CwUAeAsFAIQLBQDQCwUA1gsFACgMBQA9DAUAgAwFAIgMBQDYDAUA4gwFADANBQA2DQUAiA0FAJYNBQDgDQUA7A0FADgOBQA/DgUAkA4FAJgOBQDIDBMA9g4FAEAPBQBWDwUAmA8FAKQPBQDwDwUA9Q8FAEgQBQBREAUAoBAFAKoQBQD4EAUABBEFAAgCBwAUEQUAUBEFAFgRBQAgDRMArREFAAASBQANEgUAWBIFAGUSBQCwEgUAvBIFAAgTBQAXEwUAYBMFAGoTBQC4EwUAxhMFABAUBQAVFAUAaBQFAHUUBQDAFAUAyBQFAHgNEwAmFQUAcBUFAIYVBQDIFQUA1BUFACAWBQAlFgUAeBYFAIEWBQDQFgUA2hYFACgXBQAwFwUAgBcFAIwXBQDYFwUA6xcFADAYBQAxGAUAiBgFAJYYBQDgGAUA5hgFADgZBQBEGQUAkBkFAJcZBQDQDRMA8hkFAEAaBQBIGgUAmBoFAJ4aBQCYhAoApxoFAPAaBQD1GgUAWIsFAPYaBQBIGwUAVBsFAKAbBQCiGwUA+BsFAAIcBQBQHAUAXBwFAKgcBQCwHAUAKA4TAAgdBQBYHQUAZx0FALAdBQC1HQUACB4FABUeBQBgHgUAbR4FALgeBQDEHgUAEB8FAB8fBQBoHwUAch8FAMAfBQDOHwUAGCAFAB0gBQBwIAUAfSAFAMggBQDQIAUAICEFACohBQB4IQUAfSEFANAhBQDYIQUAKCIFADMiBQCAIgUAhSIFANgiBQDbIgUAMCMFADojBQCIIwUAkCMFAIAOEwDlIwUAOCQFAEckBQCQJAUAkiQFAOgkBQD5JAUAQCUFAEslBQCYJQUAnSUFAPAlBQDzJQUASCYFAFImBQCgJgUAqCYFAPgmBQD6JgUAUCcFAF0nBQCoJwUArycFAAAoBQAIKAUAWCgFAFkoBQCwKAUAtSgFAAgpBQAOKQUAYCkFAGopBQC4KQUAwCkFANgOEwBCKgUAaCoFAJ8qBQDAKgUA2ioFABgrBQA+KwUAcCsFAIorBQDIKwUA7isFACAsBQA6LAUAeCwFAKEsBQDQLAUA2CwFACgtBQAqLQUAgC0FAI0tBQDYLQUA3y0FADAuBQA4LgUAiC4FAIkuBQDgLgUA5S4FADgvBQA+LwUAkC8FAJovBQDoLwUA8C8FADAPEwBcMAUAiA8TAKAwBQDwMAUA8jAFAEgxBQBVMQUAoDEFAKcxBQD4MQUAADIFAFAyBQBRMgUAqDIFAK0yBQAAMwUABjMFAFgzBQBiMwUAsDMFALgzBQDgDxMADTQFAGA0BQBiNAUAuDQFAL80BQAQNQUAHjUFAGg1BQB1NQUAwDUFANc1BQAYNgUAIDYFAHA2BQB6NgUAyDYFAIY2BQAYmQUA0zYFACA3BQAsNwUAeDcFAIA3BQA4EBMA0TcFACg4BQDaNwUAwBwGAOY3BQDQCAYALTgFAIA4BQCDOAUA2DgFAOI4BQAwOQUARzkFAIg5BQCOOQUA4DkFAOw5BQA4OgUAOzoFAJA6BQCtOgUA6DoFAPk6BQBAOwUAXzsFAJg7BQCgOwUA8DsFAPI7BQBIPAUAVzwFAKA8BQCqPAUA+DwFAAY9BQBQPQUAaz0FAKg9BQC0PQUAAD4FAAg+BQCQEBMAZD4FALA+BQC/PgUACD8FAA0/BQBgPwUAZj8FALg/BQC/PwUAEEAFABhABQBoQAUAakAFAMBABQDHQAUAGEEFABpBBQBwQQUAcUEFAMhBBQDSQQUAIEIFACxCBQB4QgUAfkIFANBCBQDqQgUAKEMFADBDBQCAQwUAlkMFANhDBQDmQwUAMEQFADNEBQCIRAUAi0QFAOBEBQDuRAUAOEUFAEVFBQCQRQUAp0UFAOhFBQDwRQUAQEYFAEJGBQCYRgUAoEYFAPBGBQAHRwUASEcFAFRHBQCgRwUAtkcFAPhHBQAASAUAUEgFAF5IBQCoSAUAskgFAABJBQAISQUAWEkFAF9JBQCwSQUAvEkFAAhKBQAJSgUAYEoFAGxKBQC4SgUAxUoFABBLBQAXSwUAaEsFAGtLBQDASwUAyEsFABhMBQAdTAUAcEwFAH1MBQDITAUA+EwFACBNBQAoTQUA6BATAIBNBQC4TBMAlE0FANBNBQDYTQUAQBETADZOBQCATgUAgk4FANhOBQDpTgUAME8FADhPBQCITwUAlE8FAOBPBQDmTwUAOFAFAD5QBQCQUAUAlVAFAOhQBQDuUAUAmBETAEVRBQCYUQUATFEFAMgjDwCgUQUA8FEFAPVRBQDAIwsA9lEFAPB+DAD8UQUA4O0LAP9RBQBIUgUAAVIFADB8DAAHUgUAuPAMAE1SBQCgUgUATlIFACAdCgCtUgUA+FIFAAVTBQBQUwUAXFMFAKhTBQC3UwUAAFQFAApUBQD4EhMAYlQFALBUBQC1VAUACFUFABBVBQBQExMAZVUFALhVBQC7VQUAEFYFABpWBQBoVgUAkFYFAAAUEwDGVgUAGFcFAC5XBQBwVwUAflcFAMhXBQDVVwUAIFgFACJYBQB4WAUAglgFANBYBQDcWAUAKFkFAC9ZBQCAWQUAiFkFANhZBQDfWQUAMFoFADlaBQCIWgUAlFoFAOBaBQDoWgUAWBQTAD1bBQCQWwUAmFsFAOhbBQD3WwUAQFwFAEVcBQCYXAUApVwFAPBcBQD9XAUASF0FAFRdBQCgXQUAr10FAPhdBQACXgUAUF4FAF5eBQCoXgUArV4FAABfBQANXwUAWF8FAGBfBQCwXwUAul8FAAhgBQAWYAUAYGAFAHZgBQC4YAUAxGAFABBhBQAVYQUAaGEFAHFhBQDAYQUAymEFALAUEwAiYgUAcGIFAHxiBQDIYgUA0GIFAAgVEwAlYwUAeGMFAIVjBQDQYwUA3WMFAChkBQA0ZAUAgGQFAI9kBQDYZAUA4mQFADBlBQBIZQUAiGUFAJJlBQDgZQUA7mUFADhmBQBOZgUAkGYFAJxmBQDoZgUA7WYFAEBnBQBJZwUAmGcFAKJnBQDwZwUA+GcFAGAVEwBVaAUAoGgFAF5oBQAAThIArWgFAPhoBQAEaQUAUGkFAF9pBQCoaQUAsmkFAABqBQAOagUAWGoFAGVqBQCwagUAx2oFAAhrBQAQawUAYGsFAGprBQC4awUAvWsFABBsBQAYbAUAuBUTAHRsBQDAbAUAxmwFABhtBQAzbQUAcG0FAHxtBQDIbQUAzm0FABAWEwAobgUAaBYTAH1uBQDQbgUA3W4FAChvBQA1bwUAgG8FAIxvBQDYbwUA528FADBwBQA6cAUAiHAFAJZwBQDgcAUA5XAFADhxBQBFcQUAkHEFAJhxBQDAFhMA9HEFAEByBQBQcgUAmHIFAKFyBQDwcgUA83IFAEhzBQBUcwUAoHMFAKdzBQAYFxMABnQFAFB0BQBmdAUAqHQFALR0BQAAdQUAB3UFAFh1BQBgdQUAsHUFALV1BQAIdgUAEXYFAGB2BQBqdgUAcBcTAL12BQAQdwUAxHYFAIh7BQAYdwUAaHcFAG53BQDAdwUAxXcFABh4BQAheAUAcHgFAHp4BQDIeAUA1HgFACB5BQAoeQUAyBcTAH15BQDQeQUA2HkFACh6BQAzegUAgHoFAIV6BQDYegUA23oFADB7BQA6ewUAIBgTAJJ7BQDgewUA5HsFADh8BQA9fAUAkHwFAJZ8BQDofAUACH0FAEB9BQBIfQUAmH0FAKZ9BQDwfQUA830FAEh+BQBQfgUAoH4FAKl+BQD4fgUABX8FAFB/BQBWfwUAqH8FALR/BQAAgAUAAoAFAFiABQBngAUAsIAFALuABQAIgQUACoEFAGCBBQB5gQUAuIEFAMmBBQAQggUAHIIFAHgYEwBwggUAwIIFAOCCBQAYgwUAJoMFAHCDBQB9gwUAyIMFAM+DBQAghAUAPIQFAHiEBQCAhAUA0BgTANWEBQAohQUANYUFAICFBQCNhQUA2IUFAOSFBQAwhgUAP4YFAIiGBQCShgUA4IYFAPWGBQA4hwUAQIcFAJCHBQCfhwUA6IcFAOqHBQBAiAUASYgFAJiIBQCbiAUA8IgFAPyIBQBIiQUAZIkFAKCJBQCoiQUAKBkTAP2JBQBQigUAZooFAKiKBQC0igUAAIsFACOLBQCAGRMAZYsFALCLBQC9iwUACIwFABSMBQBgjAUAb4wFALiMBQDCjAUAEI0FABiNBQBojQUAco0FAMCNBQDFjQUAGI4FACCOBQDYGRMAhI4FAMiOBQDujgUAII8FAEaPBQB4jwUAno8FANCPBQD7jwUAKJAFADCQBQCAkAUAqpAFANiQBQAKkQUAMJEFAFaRBQCIkQUArpEFAOCRBQASkgUAOJIFAGOSBQCQkgUAmJIFAOiSBQDtkgUAQPYFAPeSBQBAkwUARZMFAJiTBQClkwUA8JMFAP2TBQBIlAUAVJQFAKCUBQCvlAUA+JQFAAKVBQBQlQUAXpUFAKiVBQCtlQUAAJYFAA2WBQBYlgUAYJYFALCWBQC2lgUACJcFALqWBQCA8wUAFJcFAGCXBQBwlwUAuJcFAMGXBQAQmAUAE5gFAGiYBQB0mAUAwJgFAMeYBQAwGhMALJkFAHCZBQBzmQUAyJkFAOWZBQAgmgUAMZoFAHiaBQB/mgUA0JoFAOmaBQAomwUAMJsFAICbBQCWmwUA2JsFAN2bBQAwnAUAN5wFAIicBQCRnAUA4JwFAPGcBQA4nQUARJ0FAIgaEwCSnQUAAKEFAKSdBQDonQUA650FAECeBQBdngUAmJ4FAKmeBQDwngUA/54FAEifBQBZnwUAoJ8FAK6fBQD4nwUABKAFAFCgBQBdoAUAqKAFALKgBQDgGhMABqEFAFihBQBmoQUAsKEFALKhBQAIogUAD6IFAGCiBQB5ogUAOBsTAMyiBQAQowUAE6MFAGijBQCFowUAwKMFANGjBQAYpAUAIKQFAHCkBQB3pAUAyKQFAM6kBQAgpQUALqUFAHilBQCTpQUA0KUFANylBQAopgUALqYFAICmBQCVpgUA2KYFAOCmBQAwpwUAOqcFAIinBQCOpwUA4KcFAO6nBQA4qAUARKgFAJCoBQCXqAUA6KgFAPCoBQCQGxMASakFAJipBQClqQUA8KkFAP6pBQBIqgUAV6oFAKCqBQCiqgUA+KoFAAKrBQBQqwUAXqsFAKirBQCtqwUAAKwFAA2sBQBYrAUAW6wFALCsBQC8rAUACK0FAButBQBgrQUAb60FALitBQDErQUAEK4FABGuBQBorgUAcq4FAMCuBQDOrgUAGK8FAB2vBQBwrwUAfa8FAOgbEwDNrwUAILAFADawBQB4sAUAjrAFANCwBQDZsAUAKLEFADWxBQCAsQUAjrEFANixBQDnsQUAMLIFADKyBQCIsgUAkrIFAOCyBQDusgUAOLMFAD2zBQCQswUAnbMFAOizBQDrswUAQLQFAEi0BQCYtAUAqbQFAPC0BQD+tAUASLUFAFW1BQCgtQUAwLUFAPi1BQAAtgUAULYFAGC2BQCotgUAqrYFAAC3BQAOtwUAWLcFAGm3BQDwHBMAtrcFAAi4BQAUuAUASB0TAGe4BQC4uAUAbbgFAAiyBwC/uAUAELkFABa5BQBouQUAdLkFAMC5BQDDuQUAGLoFABu6BQBwugUAmLoFAMi6BQDrugUAILsFACu7BQB4uwUAfbsFANC7BQDTuwUAKLwFADK8BQCAvAUAqLwFAKAdEwDdvAUAML0FAD29BQCIvQUAlb0FAOC9BQDsvQUAOL4FAEe+BQCQvgUAmr4FAOi+BQDwvgUAQL8FAEq/BQCYvwUAnb8FAPC/BQD4vwUA+B0TAFXABQCgwAUAtMAFAPjABQAAwQUAUMEFAFXBBQCowQUAuMEFAADCBQAIwgUAWMIFAGLCBQCwwgUAu8IFAAjDBQAUwwUAYMMFAGjDBQBQHhMAucMFABDEBQAcxAUAaMQFAHfEBQDAxAUAzsQFABjFBQAoxQUAcMUFAH7FBQDIxQUA1MUFACDGBQAnxgUAeMYFAIDGBQDQxgUA5sYFACjHBQA8xwUAgMcFAIPHBQDYxwUA9ccFADDIBQBByAUAiMgFAJDIBQDgyAUA68gFADjJBQA9yQUAkMkFAJPJBQDoyQUA8skFAEDKBQBDygUAqB4TAJrKBQB43ggAncoFAPDKBQDzygUASMsFAFLLBQCgywUAqMsFAPjLBQAXzAUAAB8TAGTMBQCozAUAzswFAADNBQAmzQUAWM0FAH7NBQCwzQUA6c0FAAjOBQA6zgUAYM4FAIbOBQC4zgUA3s4FABDPBQBCzwUAaM8FAIzPBQDAzwUA3M8FABjQBQAg0AUAWB8TAHXQBQDI0AUA1dAFACDRBQAt0QUAeNEFAITRBQDQ0QUA39EFACjSBQAy0gUAgNIFAI7SBQDY0gUA3dIFADDTBQA90wUAiNMFAJDTBQCwHxMA7NMFADjUBQBI1AUAkNQFAJnUBQDo1AUA69QFAEDVBQBM1QUAmNUFAJ/VBQAIIBMA/tUFAEjWBQBe1gUAoNYFAKzWBQD41gUA/9YFAFDXBQBY1wUAqNcFAK3XBQAA2AUACdgFAFjYBQBi2AUAYCATALHYBQAI2QUAFNkFAGDZBQBm2QUAuNkFALrZBQAQ2gUAGtoFAGjaBQB22gUAwNoFAMXaBQAY2wUAJdsFAHDbBQB42wUAyNsFANLbBQAg3AUALtwFAHjcBQCO3AUA0NwFANzcBQAo3QUAL90FAIDdBQCI3QUA2N0FAN3dBQAw3gUAOd4FAIjeBQCS3gUAuCATAOPeBQA43wUAVd8FAJDfBQCh3wUA6N8FAPbfBQBA4AUAWOAFAJjgBQCb4AUA8OAFAA3hBQBI4QUAWeEFAKDhBQC44QUA+OEFAATiBQBQ4gUAY+IFAKjiBQC34gUAAOMFAAzjBQBY4wUAWeMFALDjBQC64wUACOQFABbkBQBg5AUAZeQFALjkBQDF5AUAECETABXlBQBo5QUAdeUFAMDlBQDN5QUAGOYFACTmBQBw5gUAf+YFAMjmBQDS5gUAIOcFAC7nBQB45wUAfecFANDnBQDd5wUAKOgFADDoBQAYIhMAjOgFANjoBQDo6AUAMOkFADnpBQCI6QUAi+kFAODpBQDs6QUAOOoFAD/qBQBwIhMAnuoFAOjqBQD+6gUAQOsFAEzrBQCY6wUAn+sFAPDrBQD46wUASOwFAE3sBQCg7AUAqewFAPjsBQAC7QUAyCITAFHtBQCo7QUAtO0FAADuBQAG7gUAWO4FAFruBQCw7gUAuu4FAAjvBQAW7wUAYO8FAGXvBQC47wUAxe8FABDwBQAY8AUAaPAFAHLwBQDA8AUAzvAFABjxBQAu8QUAcPEFAHzxBQDI8QUAz/EFACDyBQAo8gUAePIFAH3yBQDQ8gUA2fIFACjzBQAy8wUAICMTAI7zBQDY8wUA7vMFADD0BQA89AUAiPQFAI/0BQDg9AUA6PQFADj1BQA99QUAkPUFAJn1BQDo9QUA8vUFAHgjEwBB9gUAmPYFAKT2BQDw9gUA9vYFAEj3BQBK9wUAoPcFAKr3BQD49wUABvgFAFD4BQBV+AUAqPgFALX4BQAA+QUACPkFAFj5BQBi+QUAsPkFAL75BQAI+gUAHvoFAGD6BQBs+gUAuPoFAL/6BQAQ+wUAGPsFAGj7BQBt+wUAwPsFAMn7BQAY/AUAIvwFANAjEwBy/AUAOP4NAH78BQDI/AUA2fwFACD9BQAl/QUAeP0FAI/9BQDQ/QUA5P0FACj+BQBA/gUAgP4FAI/+BQDY/gUA3f4FADD/BQA9/wUAiP8FAJX/BQDg/wUA7P8FADgABgBHAAYAkAAGAJoABgDoAAYA8AAGAEABBgBeAQYAmAEGAKABBgDwAQYA+QEGAEgCBgBVAgYAoAIGAKICBgD4AgYAEQMGAFADBgBhAwYAqAMGALQDBgAABAYACAQGACgkEwBdBAYAsAQGALgEBgAIBQYAFwUGAGAFBgBlBQYAuAUGAMUFBgAQBgYAHQYGAGgGBgB0BgYAwAYGAM8GBgAYBwYAIgcGAHAHBgB4BwYAyAcGANIHBgAgCAYAJQgGAHgIBgCACAYAgCQTAOQIBgAoCQYAKwkGAIAJBgCdCQYA2AkGAOkJBgAwCgYAYgoGAIgKBgCnCgYA4AoGAOgKBgA4CwYAOgsGAJALBgCfCwYA6AsGAPILBgBADAYATgwGAJgMBgCzDAYA8AwGAPwMBgBIDQYAUA0GANgkEwCsDQYA+A0GAAcOBgBQDgYAVQ4GAKgOBgCuDgYAAA8GAAcPBgBYDwYAYA8GALAPBgCyDwYACBAGAA8QBgBgEAYAYhAGALgQBgC5EAYAEBEGABoRBgBoEQYAdBEGAMARBgDGEQYAGBIGADISBgBwEgYAeBIGAMgSBgDeEgYAIBMGAC4TBgB4EwYAexMGANATBgDTEwYAKBQGADYUBgCAFAYAjRQGANgUBgDvFAYAMBUGADgVBgCIFQYAihUGAOAVBgDoFQYAOBYGAE8WBgCQFgYAnBYGAOgWBgD+FgYAQBcGAEgXBgCYFwYAphcGAPAXBgD6FwYASBgGAFAYBgCgGAYApxgGAPgYBgAEGQYAUBkGAFEZBgCoGQYAtBkGAAAaBgANGgYAWBoGAF8aBgCwGgYAsxoGAAgbBgAQGwYAYBsGAGUbBgC4GwYAxRsGABAcBgBAHAYAaBwGAHAcBgAwJRMAxhwGABgdBgAmHQYAcB0GAIEdBgDIHQYAzR0GACAeBgA3HgYAeB4GAIweBgDQHgYA7x4GACgfBgAwHwYAgB8GAIIfBgDYHwYA5x8GADAgBgA6IAYAiCAGAJYgBgDgIAYA+yAGADghBgBEIQYAkCEGAJghBgCIJRMA9CEGAEAiBgBPIgYAmCIGAJ0iBgDwIgYA9iIGAEgjBgBPIwYAoCMGAKgjBgD4IwYA+iMGAFAkBgBXJAYAqCQGAKokBgAAJQYAASUGAFglBgBiJQYAsCUGALwlBgAIJgYADiYGAGAmBgB6JgYAuCYGAMAmBgAQJwYAJicGAGgnBgB2JwYAwCcGAMMnBgAYKAYAGygGAHAoBgB+KAYAyCgGANUoBgAgKQYANykGAHgpBgCAKQYA0CkGANIpBgAoKgYAMCoGAIAqBgCXKgYA2CoGAOQqBgAwKwYARisGAIgrBgCQKwYA4CsGAO4rBgA4LAYAQiwGAJAsBgCYLAYA6CwGAO8sBgBALQYATC0GAJgtBgCZLQYA8C0GAPwtBgBILgYAVS4GAKAuBgCnLgYA+C4GAPsuBgBQLwYAWC8GAKgvBgCtLwYAADAGAA0wBgBYMAYAiDAGALAwBgC4MAYA4CUTAA0xBgBgMQYAfDEGALgxBgDAMQYAOCYTAEoyBgBoMgYAjjIGAMAyBgDpMgYAGDMGAEozBgBwMwYAhTMGAMgzBgDQMwYAIDQGACM0BgB4NAYAlTQGANA0BgDhNAYAKDUGACs1BgCANQYAijUGANg1BgDaNQYAMDYGADo2BgCINgYAlDYGAOA2BgD8NgYAODcGAEA3BgCQJhMAxTcGAOg3BgDrNwYAQDgGAGY4BgCYOAYAwTgGAPA4BgAUOQYASDkGAFA5BgDoJhMApTkGAPg5BgAFOgYAUDoGAF06BgCoOgYAtDoGAAA7BgAPOwYAWDsGAGI7BgCwOwYAvjsGAAg8BgANPAYAYDwGAG08BgC4PAYAwDwGABA9BgAaPQYAaD0GAHY9BgDAPQYA1j0GABg+BgAkPgYAcD4GAHU+BgDIPgYA0T4GACA/BgAqPwYAeD8GAJQ/BgDQPwYA2D8GAEAnEwAqQAYAgEAGAI5ABgDYQAYA6UAGAJgnEwA3QQYA8CcTAI1BBgDgQQYA6EEGADhCBgBHQgYAkEIGAJZCBgDoQgYA9EIGAEBDBgBCQwYAmEMGAKJDBgDwQwYA/EMGAEhEBgBQRAYAoCgTAKVEBgD4RAYAB0UGAFBFBgBwRQYAqEUGALRFBgAARgYACkYGAFhGBgBgRgYAsEYGALJGBgAIRwYAGEcGAGBHBgBqRwYAuEcGAMRHBgAQSAYAFkgGAGhIBgBwSAYA+CgTAMVIBgAYSQYAIUkGAJgNDQAlSQYAcEkGAC5JBgAghBAAekkGAFBIEAB9SQYAyEkGANRJBgAgSgYAL0oGAHhKBgCCSgYA0EoGANhKBgDA/wsA3koGAChLBgA1SwYAgEsGAJdLBgDYSwYA4EsGADBMBgA6TAYAiEwGAI1MBgDgTAYA6EwGAFApEwBFTQYAkE0GAJ5NBgDoTQYA+00GAEBOBgBITgYAmE4GAJtOBgDwTgYA9U4GAEhPBgBXTwYAoE8GAMBPBgD4TwYABFAGAFBQBgBaUAYAqFAGAMRQBgAAUQYACFEGAKgpEwBrUQYAsFEGALZRBgAIUgYAFFIGAGBSBgBqUgYAuFIGAL5SBgAQUwYAHlMGAGhTBgB0UwYAwFMGAMNTBgAYVAYAGVQGAHBUBgB8VAYAyFQGAM5UBgAgVQYAJlUGAHhVBgCEVQYA0FUGAO1VBgAoVgYAMVYGAIBWBgCMVgYA2FYGANtWBgAwVwYAOlcGAIhXBgCUVwYA4FcGAOZXBgA4WAYAPlgGAJBYBgCVWAYA6FgGAO5YBgAAKhMATFkGAJhZBgCaWQYA8FkGAP9ZBgBIWgYAU1oGAKBaBgCsWgYA+FoGAP9aBgBQWwYAWFsGAKhbBgCyWwYAAFwGAAtcBgBYXAYAZFwGALBcBgC4XAYACCsTAApdBgBgXQYAc10GALhdBgDAXQYAEF4GABZeBgBoXgYAdF4GAMBeBgDKXgYAGF8GAB5fBgBwXwYAfl8GAMhfBgDUXwYAIGAGACNgBgB4YAYAgGAGANBgBgDRYAYAKGEGADRhBgCAYQYAhmEGANhhBgDgYQYAMGIGADZiBgCIYgYAlGIGAOBiBgD9YgYAOGMGAEFjBgCQYwYAnGMGAOhjBgDrYwYAQGQGAEpkBgCYZAYAoGQGAPBkBgABZQYASGUGAFZlBgCgZQYAtmUGAPhlBgAGZgYAUGYGAFpmBgBgKxMAt2YGAABnBgALZwYAWGcGAGRnBgCwZwYAt2cGAAhoBgAQaAYAYGgGAGpoBgC4aAYAw2gGABBpBgAcaQYAaGkGAHBpBgC4KxMAwmkGABhqBgAragYAcGoGAHhqBgDIagYAzmoGACBrBgAsawYAeGsGAIJrBgDQawYA1msGAChsBgA2bAYAgGwGAIxsBgDYbAYA22wGADBtBgA4bQYAiG0GAIltBgDgbQYA7G0GADhuBgA+bgYAkG4GAJhuBgDobgYA7m4GAEBvBgBMbwYAmG8GALVvBgDwbwYA+W8GAEhwBgBUcAYAoHAGAKNwBgD4cAYAAnEGAFBxBgBYcQYAqHEGALlxBgAAcgYADnIGAFhyBgBucgYAsHIGAL5yBgAIcwYAEnMGAGBzBgBocwYAuHMGANtzBgAQLBMAG3QGAGh0BgB2dAYAwHQGAM90BgAYdQYAI3UGAHB1BgB4dQYAyHUGANZ1BgAgdgYAI3YGAHh2BgCAdgYAaCwTAOx2BgDALBMAKncGAIB3BgCNdwYA2HcGAOV3BgAweAYANXgGAIh4BgCSeAYA4HgGAO94BgA4eQYAPXkGAJB5BgCdeQYA6HkGAPV5BgBAegYATHoGAJh6BgCnegYA8HoGAPp6BgBIewYAVHsGAKB7BgCmewYA+HsGAP57BgBQfAYAVXwGAKh8BgCufAYAGC0TAAV9BgBgnwYAEX0GAFh9BgBmfQYAsH0GALx9BgAIfgYAFX4GAGB+BgBqfgYAuH4GANR+BgAQfwYALH8GAHAtEwBqfwYAwH8GAM1/BgAYgAYAJYAGAHCABgB1gAYAyIAGANKABgAggQYAL4EGAHiBBgB9gQYA0IEGAN2BBgAoggYANYIGAICCBgCMggYA2IIGAOeCBgAwgwYAOoMGAIiDBgCUgwYA4IMGAOaDBgA4hAYAPoQGAJCEBgCVhAYA6IQGAO6EBgDILRMATIUGAJiFBgCfhQYA8IUGAP6FBgBIhgYAS4YGAKCGBgCohgYA+IYGAP2GBgBQhwYAXYcGAKiHBgCwhwYAIC4TAAWIBgBYiAYAZ4gGALCIBgCyiAYACIkGABmJBgBgiQYAa4kGALiJBgC9iQYAEIoGABOKBgBoigYAcooGAMCKBgDcigYAeC4TAB+LBgBwiwYAfosGAMiLBgDLiwYAIIwGAC+MBgB4jAYAfYwGANCMBgDdjAYAKI0GADWNBgCAjQYAjI0GANiNBgDnjQYAMI4GADqOBgCIjgYAlo4GAOCOBgDljgYAOI8GAEWPBgCQjwYAnI8GAOiPBgD7jwYAQJAGAE+QBgCYkAYApJAGAPCQBgDxkAYASJEGAFKRBgCgkQYArpEGAPiRBgD9kQYAUJIGAF2SBgDQLhMAqpIGAACTBgAOkwYAWJMGAGmTBgDYLxMAt5MGADAwEwANlAYAYJQGAGiUBgC4lAYAx5QGABCVBgAVlQYAaJUGAHWVBgDAlQYAzZUGABiWBgAklgYAcJYGAH+WBgDIlgYA0pYGAOAwEwAilwYAeJcGAJOXBgDQlwYA0pcGACiYBgBCmAYAgJgGAI2YBgDYmAYA5JgGADCZBgA6mQYAiJkGAKKZBgDgmQYA75kGADiaBgA9mgYAkJoGAJ2aBgDomgYA9ZoGAECbBgBMmwYAmJsGAKebBgDwmwYA+psGAEicBgBUnAYAoJwGALOcBgD4nAYAB50GAFCdBgBcnQYAqJ0GAKmdBgAAngYACp4GAFieBgBmngYAsJ4GALWeBgAInwYAFZ8GADgxEwBtnwYAuJ8GAMWfBgAQoAYAHKAGAGigBgB3oAYAwKAGAMqgBgAYoQYAJqEGAHChBgB1oQYAyKEGANWhBgAgogYALKIGAHiiBgCLogYA0KIGAN+iBgAoowYANKMGAICjBgCBowYA2KMGAOKjBgAwpAYAPqQGAIikBgCNpAYA4KQGAO2kBgCQMRMARaUGAJClBgCSpQYA6KUGAAGmBgBApgYAUaYGAJimBgCkpgYA8KYGAPimBgCYMhMATacGAKCnBgCopwYA+KcGAAeoBgBQqAYAVagGAKioBgC1qAYAAKkGAA2pBgBYqQYAZKkGALCpBgC/qQYACKoGABKqBgDwMhMAc6oGALiqBgDHqgYAEKsGAByrBgBoqwYAaasGAMCrBgDKqwYAGKwGACasBgBwrAYAdawGAMisBgDVrAYASDMTACWtBgB4rQYAha0GANCtBgDdrQYAKK4GADSuBgCArgYAj64GANiuBgDirgYAMK8GAD6vBgCIrwYAja8GAOCvBgDtrwYAOLAGAECwBgBQNBMAnLAGAOiwBgD4sAYAQLEGAEmxBgCYsQYAm7EGAPCxBgD8sQYASLIGAE+yBgCoNBMAq7IGAPiyBgD5sgYAULMGAGizBgCoswYAtbMGAAC0BgAMtAYAWLQGAGK0BgCwtAYAtLQGAAi1BgANtQYAYLUGAGa1BgC4tQYA2LUGABC2BgAotgYAaLYGAH+2BgDAtgYAzLYGABi3BgAitwYAcLcGAHK3BgDItwYAz7cGACC4BgAnuAYAeLgGAH64BgDQuAYA3LgGACi5BgAruQYAgLkGAIO5BgDYuQYA5LkGADC6BgAzugYAADUTAI26BgDgugYA6LoGADi7BgA+uwYAkLsGAJW7BgDouwYA8bsGAEC8BgBKvAYAmLwGAKS8BgDwvAYA+LwGAFg1EwBNvQYAoL0GAKi9BgD4vQYAA74GAFC+BgBVvgYAqL4GAKu+BgAAvwYACr8GALA1EwBgvwYAsL8GALS/BgAIwAYACsAGAGDABgBjwAYAuMAGAMDABgAQwQYAHcEGAGjBBgBtwQYAwMEGAMrBBgAYwgYAIMIGAHDCBgBxwgYAyMIGAM3CBgAgwwYAI8MGAHjDBgB7wwYA0MMGAN7DBgAoxAYAQcQGAIDEBgCRxAYA2MQGAOTEBgAwxQYAOMUGAAg2EwCNxQYA4MUGAOjFBgA4xgYAR8YGAJDGBgCVxgYA6MYGAPXGBgBAxwYATccGAJjHBgCkxwYA8McGAP/HBgBIyAYAUsgGAKDIBgCoyAYA+MgGAALJBgBQyQYAVckGAKjJBgCwyQYAYDYTAAvKBgBYygYAZMoGALDKBgC4ygYAuDYTABTLBgBgywYAZ8sGALjLBgDGywYAEMwGABPMBgBozAYAcMwGAMDMBgDDzAYAGM0GACTNBgBwzQYAds0GAMjNBgDjzQYAIM4GACzOBgB4zgYAfs4GANDOBgDzzgYAKM8GACvPBgCAzwYApM8GABA3EwDdzwYAMNAGAD3QBgCI0AYAldAGAODQBgDs0AYAONEGAEfRBgCQ0QYAmtEGAOjRBgD20QYAQNIGAEXSBgCY0gYApdIGAPDSBgD40gYAaDcTAFXTBgCg0wYAqNMGAPjTBgAR1AYAUNQGAFbUBgCo1AYArdQGAADVBgAg1QYAWNUGAGTVBgCw1QYAvdUGAAjWBgAQ1gYAYNYGAGPWBgC41gYAwtYGABDXBgAS1wYAaNcGAHLXBgDA1wYAzNcGAMA3EwAu2AYAcNgGAHzYBgDI2AYAzdgGACDZBgDQ2AYA2EIUACnZBgB42QYAgtkGANDZBgDY2QYASOgKANzZBgAo2gYA89kGABgZCwAu2gYAgNoGADvaBgD4Nw4AhtoGANjaBgDd2gYAMNsGADbbBgAYOBMAltsGAODbBgD22wYAONwGAETcBgCQ3AYAldwGAOjcBgDx3AYAQN0GAErdBgCY3QYAoN0GAPDdBgD/3QYASN4GAE3eBgCg3gYArd4GAPjeBgAF3wYAUN8GAFzfBgCo3wYAt98GAADgBgAK4AYAWOAGAGbgBgCw4AYAveAGAAjhBgAf4QYAYOEGAGjhBgC44QYAwuEGABDiBgAV4gYAaOIGAHDiBgAgORMAzOIGABjjBgAe4wYAcOMGAIvjBgDI4wYA1OMGACDkBgAm5AYAeDkTAH7kBgAQ9g4Ai+QGANDkBgDf5AYAKOUGADTlBgCA5QYAgeUGANjlBgDi5QYAMOYGAD7mBgCI5gYAjeYGAODmBgDt5gYA0DkTAD3nBgCQ5wYAmOcGAOjnBgDr5wYAQOgGAEnoBgCY6AYAp+gGAPDoBgD76AYASOkGAFDpBgCg6QYAsOkGAPjpBgAG6gYAUOoGAGHqBgCo6gYAtOoGAADrBgAI6wYA2DoTAF7rBgCw6wYAuOsGAAjsBgAP7AYAYOwGAG7sBgC47AYAvuwGABDtBgAc7QYAaO0GAHftBgDA7QYAyu0GABjuBgAd7gYAcO4GAHbuBgDI7gYA3O4GACDvBgAo7wYAeO8GAKLvBgDQ7wYA2e8GACjwBgA18AYAgPAGAI7wBgDY8AYA6/AGADDxBgBM8QYAMDsTAI3xBgDg8QYA7fEGADjyBgBF8gYAkPIGAJzyBgDo8gYA9/IGAEDzBgBK8wYAmPMGAKbzBgDw8wYA9fMGAEj0BgBV9AYAoPQGAKj0BgCIOxMABPUGAFD1BgBg9QYAqPUGALH1BgAA9gYAA/YGAFj2BgBk9gYAsPYGALf2BgDgOxMAMvcGAGD3BgBp9wYAuPcGAMX3BgAQ+AYAHvgGAGj4BgB7+AYAwPgGANz4BgA4PBMAJvkGAHD5BgCG+QYAyPkGANT5BgAg+gYAJ/oGAHj6BgCA+gYA0PoGANX6BgAo+wYAMfsGAID7BgCK+wYAkDwTANn7BgAw/AYAPPwGAIj8BgCO/AYA4PwGAOL8BgA4/QYAQv0GAJD9BgCe/QYA6P0GAO39BgBA/gYATf4GAJj+BgCg/gYA8P4GAPr+BgBI/wYAVv8GAKD/BgC2/wYA+P8GAAQABwBQAAcAVwAHAKgABwCwAAcAAAEHAAUBBwBYAQcAYQEHALABBwC6AQcA6DwTAA4CBwBgAgcAZgIHALgCBwC9AgcAEAMHABYDBwBAPRMAbQMHAMADBwDNAwcAGAQHACUEBwBwBAcAfAQHAMgEBwDXBAcAIAUHACoFBwB4BQcAhgUHANAFBwDVBQcAKAYHADUGBwCABgcAiAYHAEg+EwDmBgcAMAcHAEYHBwCIBwcAlAcHAOAHBwDlBwcAOAgHAEEIBwCQCAcAmggHAKA+EwD0CAcAQAkHAFEJBwCYCQcApAkHAPAJBwD/CQcASAoHAFIKBwCgCgcArgoHAPgKBwD9CgcAUAsHAF0LBwCoCwcAsgsHAAAMBwC0CwcAyA8HAA4MBwBYDAcAbgwHALAMBwC8DAcACA0HAA0NBwBgDQcAaQ0HALgNBwDCDQcAEA4HABwOBwBoDgcAbg4HAMAOBwDGDgcAGA8HAB0PBwBwDwcAdg8HAPg+EwDODwcAIBAHACYQBwB4EAcAfRAHANAQBwDWEAcAUD8TADYRBwCAEQcAlhEHANgRBwDkEQcAMBIHADUSBwCIEgcAkRIHAOASBwDqEgcAOBMHAEQTBwCQEwcAoxMHAOgTBwD3EwcAQBQHAEwUBwCYFAcAmRQHAPAUBwD6FAcASBUHAFYVBwCgFQcApRUHAPgVBwAFFgcAqD8TAF8WBwCoFgcAyBYHAAAXBwAMFwcAWBcHAGIXBwCwFwcAtRcHAAgYBwAJGAcAYBgHAGwYBwC4GAcAxRgHABAZBwAcGQcAaBkHAHsZBwDAGQcAzxkHABgaBwAkGgcAcBoHAHEaBwDIGgcA0hoHACAbBwAuGwcAeBsHAH0bBwDQGwcA3RsHAABAEwBEHAcAWEATAIYcBwDYHAcA3hwHADAdBwA1HQcAiB0HAI4dBwCwQBMA5R0HADgeBwA7HgcAkB4HAJweBwDoHgcA7h4HAEAfBwBbHwcAmB8HAKQfBwDwHwcA9h8HAEggBwBKIAcAoCAHALsgBwD4IAcA+iAHAFAhBwBeIQcAqCEHALkhBwAAIgcAAiIHAFgiBwBxIgcAsCIHAMEiBwAIIwcAFCMHALhBEwBqIwcAuCMHAMYjBwAQJAcAJiQHAGgkBwB0JAcAwCQHAMUkBwAYJQcAISUHAHAlBwB6JQcAyCUHANAlBwAgJgcAJSYHAHgmBwCHJgcA0CYHAN8mBwAoJwcAMScHAIAnBwCGJwcA2CcHAN4nBwAwKAcAPCgHAIgoBwCPKAcA4CgHAOgoBwA4KQcAOikHAJApBwCgKQcA6CkHAPIpBwBAKgcATCoHAJgqBwCeKgcA8CoHAPgqBwAQQhMAVCsHAKArBwCxKwcA+CsHAAQsBwBQLAcAXywHAKgsBwCyLAcAAC0HAA4tBwBYLQcAXS0HALAtBwC9LQcACC4HABAuBwBgLgcAai4HAMhGBwBsLgcAuC4HAL4uBwAQLwcAFi8HAGgvBwBtLwcAwC8HAMYvBwBoQhMAJDAHAHAwBwB2MAcAyDAHAOMwBwAgMQcALDEHAHgxBwB+MQcA0DEHANgxBwAoMgcAKzIHAIAyBwCMMgcA2DIHAOkyBwAwMwcAPDMHAIgzBwCXMwcA4DMHAOozBwA4NAcARjQHAJA0BwCVNAcA6DQHAPU0BwBANQcASDUHAJg1BwCiNQcA8DUHAP41BwBINgcAXjYHAKA2BwCsNgcA+DYHAP02BwBQNwcAWTcHAKg3BwCyNwcAcEMTAAY4BwBYOAcAXjgHALA4BwC8OAcACDkHABU5BwBgOQcAajkHALg5BwDAOQcAEDoHABo6BwBoOgcAbToHAMA6BwDBOgcAGDsHAB07BwBwOwcAgTsHAMg7BwDNOwcAIDwHADc8BwB4PAcAjDwHANA8BwDsPAcAKD0HADA9BwDIQxMAiD0HANg9BwDiPQcAMD4HAEQ+BwCIPgcAiT4HAOA+BwDsPgcAOD8HAFQ/BwCQPwcAmD8HACBEEwDxPwcAQEAHAE5ABwCYQAcAT0AHAIDLCwCiQAcA8EAHAPJABwBIQQcAYUEHAKBBBwCxQQcA+EEHAARCBwBQQgcAWEIHAHhEEwC0QgcAAEMHAAZDBwBYQwcAc0MHALBDBwC8QwcACEQHAA5EBwBgRAcAY0QHALhEBwDARAcAEEUHACBFBwBoRQcAbUUHAMBFBwDJRQcAGEYHACVGBwBwRgcAd0YHANBEEwDWRgcAIEcHADZHBwB4RwcAhEcHANBHBwDVRwcAKEgHADFIBwCASAcAikgHANhIBwD0SAcAMEkHADhJBwAoRRMAjUkHAOBJBwDoSQcAOEoHADpKBwCQSgcAq0oHAOhKBwDqSgcAQEsHAE5LBwCYSwcAqUsHAPBLBwDySwcASEwHAGFMBwCgTAcAsUwHAPhMBwAETQcAUE0HAFhNBwCARRMAtE0HAABOBwAGTgcAWE4HAHNOBwCwTgcAvE4HAAhPBwAOTwcAYE8HAGNPBwDYRRMA1U8HABBQBwARUAcAaFAHAHdQBwDAUAcAxVAHABhRBwAlUQcAcFEHAH1RBwDIUQcA1FEHACBSBwAvUgcAeFIHAIJSBwDQUgcA3lIHAChTBwAtUwcAgFMHAI1TBwDYUwcA5FMHADBUBwA2VAcAiFQHAENUBwCIagcAjlQHAOBUBwDlVAcAOFUHAD5VBwAwRhMAlVUHAOhVBwAIVgcAQFYHAExWBwCYVgcAnlYHAPBWBwD4VgcAqIQHAPlWBwBIVwcAVVcHAKBXBwCmVwcA+FcHAARYBwBQWAcAUlgHAKhYBwC3WAcAAFkHAAtZBwBYWQcAWlkHALBZBwDJWQcACFoHABlaBwBgWgcAbFoHALhaBwDEWgcAEFsHACNbBwBoWwcAd1sHAMBbBwDMWwcAGFwHABlcBwBwXAcAelwHAMhcBwDWXAcAIF0HACVdBwB4XQcAhV0HAIhGEwDdXQcAKF4HADxeBwCAXgcAnF4HANheBwD0XgcA4EYTAD9fBwCIXwcAiV8HAOBfBwDvXwcAOGAHAD1gBwCQYAcAnWAHAOhgBwD1YAcAQGEHAExhBwCYYQcAp2EHAPBhBwD6YQcASGIHAFZiBwCgYgcApWIHAPhiBwAFYwcAUGMHAGBjBwCoYwcAqmMHAABkBwAOZAcAWGQHAGlkBwA4RxMAt2QHAJBHEwANZQcAYGUHAG1lBwC4ZQcAxWUHABBmBwAWZgcAaGYHAHRmBwDAZgcA0GYHABhnBwAhZwcAcGcHAHNnBwDIZwcA1GcHACBoBwAnaAcA6EcTAIRoBwDQaAcA4GgHAChpBwAxaQcAgGkHAINpBwDYaQcA5GkHADBqBwA3agcAQEgTAJdqBwDgagcA7GoHADhrBwA5awcAkGsHAJprBwDoawcA9msHAEBsBwBFbAcAmGwHAKVsBwCYSBMA9WwHAEhtBwBXbQcAoG0HAMBtBwD4bQcABG4HAFBuBwBabgcAqG4HALBuBwAAbwcADG8HAFhvBwBebwcAsG8HALZvBwAIcAcADXAHAGBwBwBmcAcAoEkTAL1wBwAQcQcAGXEHAGhxBwB5cQcAwHEHAMdxBwAYcgcAIHIHAHByBwB9cgcAyHIHAM1yBwAgcwcAKnMHAHhzBwCAcwcA0HMHAN9zBwAodAcALXQHAIB0BwCNdAcA2HQHAOV0BwAwdQcAPHUHAIh1BwCXdQcA4HUHAOp1BwA4dgcAQHYHAJB2BwCadgcA6HYHAO12BwBAdwcASHcHAKhKEwCddwcA8HcHAPN3BwBIeAcAUngHAABLEwCmeAcA+HgHAP14BwBQeQcAcHkHAKh5BwC0eQcAAHoHAAZ6BwBYegcAW3oHALB6BwCyegcACHsHACN7BwBgewcAYnsHALh7BwDGewcAEHwHACF8BwBofAcAanwHAMB8BwDZfAcAGH0HACl9BwBwfQcAfH0HAFhLEwDYfQcAIH4HAEB+BwB4fgcAen4HANB+BwDcfgcAuDERAN9+BwBwkwcA7H4HADChBwD8fgcAKH8HACt/BwCAfwcAj38HANh/BwDdfwcAMIAHAD2ABwCIgAcAlYAHAOCABwDsgAcAOIEHAEeBBwCQgQcAmoEHAOiBBwD2gQcAQIIHAEWCBwCYggcApYIHAPCCBwD8ggcASIMHAE6DBwCggwcApoMHAPiDBwD9gwcAUIQHAFaEBwCwSxMAvoQHAACFBwAChQcAWIUHAGyFBwCwhQcAuIUHAAiGBwAVhgcAYIYHAGWGBwC4hgcAwoYHABCHBwAYhwcAaIcHAIGHBwDAhwcAzIcHABiIBwAgiAcACEwTAIuIBwDIiAcAyogHACCJBwAuiQcAeIkHAImJBwDQiQcA0okHACiKBwBBigcAgIoHAJGKBwDYigcA5IoHAGBMEwA1iwcAiIsHAJGLBwDgiwcA8YsHADiMBwA/jAcAkIwHAJiMBwDojAcA9YwHAECNBwBFjQcAmI0HAKKNBwDwjQcA+I0HAEiOBwBhjgcAoI4HAKyOBwD4jgcAAI8HABBNEwBTjwcAqI8HALKPBwAAkAcAApAHAFiQBwBxkAcAsJAHAMGQBwAIkQcAFpEHAGCRBwBjkQcAuJEHAMORBwAQkgcAHJIHAGiSBwBvkgcAaE0TAMGSBwAYkwcAM5MHAMBNEwB1kwcAyJMHANWTBwAglAcALZQHAHiUBwCElAcA0JQHAN+UBwAolQcAMpUHAICVBwCOlQcA2JUHAN2VBwAwlgcAPZYHAIiWBwCUlgcA4JYHAOaWBwA4lwcAPpcHAJCXBwCVlwcA6JcHAO6XBwAYThMATZgHAJiYBwCamAcA8JgHAAmZBwBImQcAWZkHAKCZBwCsmQcA+JkHAACaBwAgTxMAVZoHAKiaBwCwmgcAAJsHABmbBwBYmwcAXZsHALCbBwC1mwcACJwHABKcBwBgnAcAY5wHALicBwDCnAcAEJ0HABadBwBonQcAap0HAMCdBwDBnQcAGJ4HACCeBwBwngcAgJ4HAMieBwDOngcAIJ8HACWfBwB4nwcAjp8HANCfBwDYnwcAKKAHAFKgBwCAoAcAo6AHANigBwD3oAcAeE8TADihBwDQTxMAmaEHAOChBwDuoQcAOKIHAESiBwCQogcAnaIHAOiiBwDyogcAQKMHAEijBwCYowcAo6MHAPCjBwDyowcASKQHAEukBwCgpAcAqKQHAPikBwD+pAcAUKUHAFmlBwCopQcAtaUHAACmBwAIpgcAWKYHAF2mBwCwpgcAuaYHAAinBwASpwcAYKcHAGinBwC4pwcAvacHABCoBwAgqAcAaKgHAHCoBwDAqAcAwqgHABipBwAzqQcAcKkHAHKpBwDIqQcA1qkHACCqBwAxqgcAeKoHAHqqBwDQqgcA6aoHACirBwA5qwcAgKsHAIyrBwDYqwcA4KsHAChQEwA2rAcAiKwHAI2sBwDgrAcAAK0HADitBwBErQcAkK0HAJatBwDorQcA660HAECuBwBIrgcAmK4HAKKuBwDwrgcA9a4HAEivBwBQrwcAoK8HAKqvBwD4rwcA+q8HAFCwBwBhsAcAqLAHAMiwBwAAsQcACLEHAFixBwBisQcAsLEHALWxBwCAUBMAHLIHAGCyBwBosgcAuLIHAL2yBwAQswcAILMHAGizBwBwswcAwLMHAMqzBwAYtAcAI7QHAHC0BwB8tAcAyLQHANC0BwDYUBMALLUHAHi1BwCEtQcA0LUHANe1BwAotgcAMLYHAIC2BwCZtgcA2LYHAN62BwAwtwcANbcHAIi3BwCotwcA4LcHAOy3BwA4uAcAPrgHAJC4BwCTuAcAMFETAOq4BwBAuQcA9rgHANheEgBDuQcAmLkHAKK5BwDwuQcA/rkHAEi6BwBXugcAoLoHAKO6BwD4ugcAuLoHAEj8BwC8ugcAkNkHAAS7BwBQuwcAUrsHAKi7BwCuuwcAALwHAA+8BwBYvAcAY7wHALC8BwC4vAcASD4IAMq8BwAIvQcAFL0HAGC9BwBzvQcAuL0HAMe9BwAQvgcAHL4HAGi+BwBpvgcAwL4HAMq+BwAYvwcAJr8HAHC/BwB1vwcAyL8HANW/BwCIURMAOsAHAHjABwCHwAcA0MAHANXABwAowQcANcEHAIDBBwCNwQcA2MEHAOTBBwAwwgcAP8IHAIjCBwCSwgcA4MIHAO7CBwA4wwcAPcMHAJDDBwCdwwcA6MMHAPTDBwBAxAcARsQHAJjEBwCexAcA8MQHAPXEBwBIxQcATsUHAOBREwChxQcA+MUHAKnFBwCAjAoArcUHAHB0CgCvxQcAwEIIAMDFBwDY9g8ABMYHAFDGBwBWxgcA6BgJAF3GBwCoxgcAq8YHAADHBwAMxwcAWMcHAFrHBwCwxwcAtscHAAjIBwAXyAcAYMgHAGvIBwC4yAcAucgHABDJBwAkyQcAaMkHAILJBwDAyQcAzMkHABjKBwArygcAcMoHAH/KBwDIygcA1MoHACDLBwAhywcAeMsHAILLBwDQywcA3ssHACjMBwAtzAcAgMwHAI3MBwA4UhMA8swHADDNBwA/zQcAiM0HAI3NBwDgzQcA7c0HADjOBwBFzgcAkM4HAJzOBwDozgcA984HAEDPBwBKzwcAmM8HAKbPBwDwzwcA9c8HAEjQBwBV0AcAoNAHAKzQBwD40AcA/tAHAFDRBwBW0QcAqNEHAK3RBwAA0gcABtIHAJBSEwBm0gcAsNIHAMvSBwAI0wcAFtMHAGDTBwBt0wcAuNMHAM/TBwAQ1AcAH9QHAGjUBwBt1AcAwNQHAM3UBwAY1QcAJdUHAHDVBwB81QcAyNUHANfVBwAg1gcAKtYHAHjWBwCG1gcA0NYHANXWBwAo1wcANdcHAIDXBwCD1wcA2NcHAOTXBwAw2AcANtgHAIjYBwCO2AcA4NgHAOXYBwA42QcAPtkHAOhSEwCs2QcAQFMTAO7ZBwBA2gcAQtoHAJjaBwCl2gcA8NoHAPPaBwBI2wcASdsHAKDbBwCl2wcA+NsHAP7bBwBQ3AcAWtwHAKjcBwDE3AcAAN0HABzdBwCYUxMAXt0HALDdBwCy3QcACN4HABXeBwBg3gcAY94HALjeBwC53gcAEN8HABXfBwBo3wcAbt8HAMDfBwDK3wcAGOAHADTgBwBw4AcAjOAHAPBTEwDO4AcAIOEHACbhBwB44QcAfeEHANDhBwDW4QcASFQTACriBwCA4gcAjuIHANjiBwDp4gcAUFUTADfjBwCoVRMAjeMHAODjBwDo4wcAOOQHAD3kBwCQ5AcAR+QHADD5BwCR5AcA6OQHAPTkBwBA5QcATeUHAJjlBwCg5QcA8OUHAPrlBwBI5gcAV+YHAKDmBwCh5gcA+OYHAADnBwBQ5wcAX+cHAKjnBwCt5wcAAOgHAA3oBwBY6AcAZegHALDoBwC86AcACOkHABfpBwBg6QcAaukHALjpBwDG6QcAEOoHABXqBwBo6gcAdeoHAMDqBwDI6gcAGOsHACLrBwBw6wcAdesHAMjrBwDQ6wcAWFYTACXsBwB47AcAgewHAKDxBwCF7AcA0OwHAN3sBwAo7QcANO0HAIDtBwCP7QcA2O0HAOLtBwAw7gcAPu4HAIjuBwCN7gcA4O4HAO3uBwA47wcAQO8HALBWEwCc7wcA6O8HAPjvBwBA8AcASfAHAJjwBwCb8AcA8PAHAPzwBwBI8QcAT/EHAAhXEwCx8QcA+PEHAP/xBwBQ8gcAXfIHAKjyBwDH8gcAAPMHAArzBwBY8wcAYPMHALDzBwC/8wcACPQHAA30BwBg9AcAbfQHALj0BwDF9AcAEPUHABz1BwBo9QcAd/UHAMD1BwDK9QcAGPYHACD2BwBw9gcAevYHAMj2BwDN9gcAIPcHACj3BwBgVxMAhPcHAND3BwDW9wcAKPgHAEP4BwCA+AcAjPgHANj4BwDe+AcAuFcTADX5BwCI+QcAlfkHAOD5BwDt+QcAOPoHAET6BwCQ+gcAn/oHAOj6BwDy+gcAEFgTAEr7BwCY+wcAnfsHAPD7BwD4+wcAaFgTAFL8BwCg/AcApvwHAPj8BwD6/AcAUP0HAF39BwCo/QcAq/0HAAD+BwAB/gcAWP4HAF3+BwCw/gcAtv4HAAj/BwAS/wcAYP8HAHr/BwC4/wcAx/8HABAACAAVAAgAaAAIAHUACADAAAgAzQAIABgBCAAkAQgAcAEIAH8BCADIAQgA0gEIACACCAAuAggAeAIIAH0CCADQAggA3QIIACgDCAAyAwgAIA0IADQDCACAAwgAhgMIANgDCADeAwgAMAQIADUECACIBAgAjgQIAMBYEwDlBAgAOAUIAEUFCACQBQgAnQUIAOgFCAD0BQgAQAYIAE8GCACYBggAogYIAPAGCAD+BggASAcIAE0HCACgBwgArQcIAPgHCAAACAgAyFkTAFYICACoCAgArggIAAAJCAAFCQgAWAkIAF4JCAAgWhMAsgkIAAgKCAARCggAYAoIAGMKCAC4CggAxAoIABALCAAXCwgAaAsIAHALCADACwgA2QsIABgMCAAsDAgAcAwIAIwMCADIDAgA0AwIANBaEwAuDQgAeA0IAI4NCADQDQgA3A0IACgOCAAtDggAgA4IAIkOCADYDggA4g4IADAPCABMDwgAiA8IAJAPCAAoWxMA5Q8IADgQCABFEAgAkBAIAJ0QCADoEAgA9BAIAEARCABPEQgAmBEIAKIRCADwEQgA/hEIAEgSCABNEggAoBIIAK0SCAD4EggAABMIAIBbEwBeEwgAqBMIAL4TCAAAFAgADBQIAFgUCABdFAgAsBQIALkUCAAIFQgAEhUIAGAVCABoFQgAuBUIAMcVCAAQFggAEhYIAGgWCABxFggAwBYIAMMWCAAYFwgAJBcIAHAXCAB3FwgAyBcIANAXCAAgGAgAORgIAHgYCACMGAgA0BgIAOwYCAAoGQgAMBkIANhbEwCFGQgA2BkIAOUZCAAwGggAPRoIAIgaCACUGggA4BoIAO8aCAA4GwgAQhsIAJAbCACaGwgA6BsIAPYbCABAHAgAVhwIAJgcCACkHAgA8BwIAPUcCABIHQgAUR0IAKAdCACqHQgA+B0IAAQeCABQHggAVh4IAKgeCACuHggAAB8IAAUfCABYHwgAXh8IADBcEwC8HwgACCAIAAwgCABgIAgAbyAIALggCAC9IAgAECEIAB0hCABoIQgAdSEIAMAhCADMIQgAGCIIACciCABwIggAeiIIAMgiCADWIggAICMIACUjCAB4IwgAhSMIANAjCADcIwgAKCQIAC4kCACAJAgAhiQIANgkCADdJAgAMCUIADYlCACIXBMAjSUIAOAlCADnJQgAOCYIAEQmCACQJggAkiYIAOgmCACTJggAwCwIAAMnCABAJwgAQicIAJgnCACmJwgA8CcIAAEoCABIKAgASigIAKAoCAC5KAgA+CgIAAkpCABQKQgAXCkIAKgpCAC0KQgAACoIABMqCABYKggAZyoIALAqCAC8KggACCsIAAkrCABgKwgAaisIALgrCADGKwgAECwIABUsCABoLAgAdSwIAOBcEwDCLAgAGC0IADMtCABwLQgAci0IAMgtCADWLQgAIC4IADEuCAB4LggAei4IANAuCADpLggAKC8IADkvCACALwgAjC8IANgvCADkLwgAMDAIAEMwCACIMAgAlzAIAOAwCADsMAgAODEIADkxCACQMQgAmjEIAOgxCAD2MQgAQDIIAEUyCACYMggApTIIAOhdEwD1MggASDMIAFAzCACgMwgAojMIAPgzCAAJNAgAUDQIAF40CACoNAgAwzQIAAA1CAAMNQgAWDUIAGA1CADwXhMAtTUIAAg2CAAPNggAYDYIAGw2CAC4NggAuzYIABA3CAAYNwgAaDcIAHg3CADANwgAxTcIABg4CAAhOAgAcDgIAH04CADIOAgAzzgIACA5CAAoOQgASF8TAIU5CADQOQgA2DkIACg6CAA8OggAgDoIAIU6CADYOggA4ToIADA7CAA2OwgAiDsIAJA7CADgOwgA7zsIADg8CABJPAgAkDwIAJk8CADoPAgA6zwIAEA9CABKPQgAmD0IAKQ9CADwPQgA9j0IAKBfEwBVPggAoD4IAKU+CAD4PggA/z4IAFA/CABcPwgAqD8IALA/CAD4XxMAG0AIAFhACABaQAgAsEAIAL5ACAAIQQgAGUEIAGBBCABiQQgAuEEIANFBCAAQQggAIUIIAGhCCAB0QggAUGATAM9CCAAYQwgAIUMIAHBDCAB2QwgAyEMIAM5DCAAgRAgALEQIAHhECAB/RAgA0EQIANhECAAoRQgALEUIAIBFCACLRQgA2EUIAOZFCAAwRggAQUYIAIhGCACURggA4EYIAOhGCACoYBMAO0cIAJBHCACaRwgA6EcIAOpHCABASAgAWUgIAJhICACpSAgA8EgIAP5ICABISQgAS0kIAKBJCACrSQgA+EkIAAZKCABQSggAXUoIAKhKCAC/SggAAEsIAAhLCABYSwgAWksIALBLCAC4SwgACEwIABdMCABgTAgAZUwIALhMCADFTAgAEE0IAB1NCABoTQgAdE0IAMBNCADPTQgAGE4IACJOCABwTggAfk4IAMhOCADNTggAIE8IAC1PCAB4TwgAgE8IANBPCADaTwgAKFAIAC1QCACAUAgAiFAIANhQCADbUAgAMFEIAE1RCACIUQgAmVEIAOBRCADoUQgAOFIIADtSCACQUggAnFIIAOhSCADuUggAQFMIAFtTCACYUwgApFMIAPBTCAD2UwgAAGETAFdUCACgVAgAoVQIAPhUCAAxVQgAUFUIAF5VCACoVQgAqVUIAABWCAAIVggAWFYIAGdWCACwVggAtVYIAAhXCAAVVwgAYFcIAG1XCAC4VwgAxFcIABBYCAAfWAgAaFgIAHJYCADAWAgAzlgIABhZCAAdWQgAcFkIAH1ZCADIWQgA0FkIACBaCAAqWggAeFoIAH1aCADQWggA2FoIAChbCAAyWwgAgFsIAItbCADYWwgA5FsIADBcCAA4XAgAWGETAI1cCADgXAgA41wIADhdCABCXQgAkF0IAJhdCACwYRMA9l0IAEBeCABWXggAmF4IAKReCADwXggA9V4IAEhfCABRXwgAoF8IAKpfCAD4XwgAAGAIAFBgCABcYAgAqGAIALtgCAAAYQgAAWEIAFhhCABmYQgAsGEIALZhCAAIYggAFGIIAGBiCABnYggACGITALliCAAQYwgAHGMIAGhjCAB1YwgAwGMIAMhjCAAYZAgAImQIAHBkCAB/ZAgAyGQIAMlkCAAgZQgAKGUIAHhlCACHZQgA0GUIANVlCAAoZggANWYIAIBmCACNZggA2GYIAORmCAAwZwgAP2cIAIhnCACSZwgA4GcIAO5nCAA4aAgAPWgIAJBoCACdaAgA6GgIAPBoCABAaQgARGkIAJhpCACmaQgA8GkIAPppCABIaggAU2oIAKBqCACoaggA+GoIAANrCABQawgAVWsIAKhrCACrawgAAGwIAApsCABYbAgAYGwIALBsCADPbAgAYGITABdtCABgbQgAYW0IALhtCADAbQgAEG4IABFuCABobggAbm4IAMBuCADFbggAGG8IADNvCABwbwgAfm8IAMhvCADPbwgAIHAIACxwCAB4cAgAfnAIANBwCADscAgAKHEIADBxCAC4YhMAhnEIANhxCADecQgAMHIIADVyCACIcggAjnIIABBjEwDlcggAOHMIAD9zCACQcwgAnHMIAOhzCADwcwgAwGMTAFN0CACYdAgAynQIAPB0CADydAgA+HUIACd1CABIdQgAbXUIAKB1CACndQgAcGQTANt1CAAYZBMACHYIAFB2CACLdggAyGQTALF2CACIHg4AsnYIAFB/EADFdggAAHcIAMh2CAAgqA8AEXcIAFh3CABgdwgAsHcIALN3CAAIeAgAFHgIAGB4CABmeAgAuHgIANN4CAAQeQgAHHkIAGh5CABueQgAwHkIAMh5CAAYeggANHoIAHB6CAB4eggAIGUTANd6CAAgewgAIXsIAHh7CACAewgA0HsIANF7CAAofAgALnwIAIB8CACFfAgA2HwIAPN8CAAwfQgAPn0IAIh9CACPfQgA4H0IAOx9CAA4fggAPn4IAJB+CACsfggA6H4IAPB+CAB4ZRMARn8IAJh/CACefwgA8H8IAPV/CABIgAgAToAIANBlEwClgAgA+IAIAP+ACABQgQgAXIEIAKiBCACwgQgAgGYTABOCCABYgggAioIIALCCCACygggAuIMIAOeCCAAIgwgALYMIAGCDCABngwgAMGcTAJuDCADYZhMAyIMIABCECABLhAgAiGcTAGqECADAhAgAwYQIABiFCAAihQgAcIUIAH6FCADIhQgA44UIACCGCAAshggAeIYIAICGCADgZxMA3IYIACiHCAAuhwgAgIcIAJuHCADYhwgA5IcIADCICAA2iAgAiIgIAJCICADgiAgA7ogIADiJCAA7iQgAkIkIAJiJCADoiQgA8YkIAECKCABNiggAmIoIAJqKCADwiggAC4sIAEiLCABKiwgAoIsIAK6LCAD4iwgACYwIAFCMCABSjAgAqIwIAMGMCAAAjQgAEY0IAFiNCABkjQgAsI0IALiNCAA4aBMADo4IAGCOCABojggAuI4IAL+OCAAQjwgAFY8IAGiPCAB0jwgAwI8IAMOPCAAYkAgAIJAIAHCQCAB9kAgAyJAIAM2QCAAgkQgAKpEIAHiRCACAkQgA0JEIANyRCAAokggAO5IIAICSCACOkggA2JIIANuSCAAwkwgAOpMIAJBoEwCLkwgA4JMIAOiTCAA4lAgAO5QIAJCUCACclAgA6JQIAO6UCABAlQgAW5UIAJiVCACklQgA8JUIAPaVCABIlggAUJYIAKCWCACulggA+JYIAPuWCABQlwgAWJcIAKiXCACxlwgAAJgIAA2YCABYmAgAWpgIALCYCADLmAgACJkIAAqZCABgmQgAbpkIALiZCADJmQgAEJoIABKaCABomggAgZoIAMCaCADRmggAGJsIACSbCABwmwgAeJsIAOhoEwDOmwgAIJwIACicCAB4nAgAf5wIANCcCADVnAgAKJ0IADSdCACAnQgAg50IANidCADgnQgAMJ4IAD2eCACInggAjZ4IAOCeCADqnggAOJ8IAECfCACQnwgAnJ8IAOifCAD7nwgAQKAIAE6gCACYoAgAm6AIAPCgCAD6oAgAQGkTAEuhCACgoQgArKEIAPihCAD+oQgAUKIIAGuiCACooggAtKIIAACjCAAGowgAWKMIAGCjCACwowgAvqMIAAikCAALpAgAYKQIAGikCAC4pAgAwaQIABClCAAdpQgAaKUIAGqlCADApQgA26UIABimCAAapggAcKYIAH6mCADIpggA2aYIACCnCAAipwgAeKcIAJGnCADQpwgA4acIACioCAA0qAgAgKgIAIioCACYaRMA3qgIADCpCAA4qQgAiKkIAI+pCADgqQgA5akIADiqCABEqggAkKoIAJOqCADoqggA8KoIAECrCABNqwgAmKsIAJ2rCADwqwgA+qsIAEisCABQrAgAoKwIAKysCAD4rAgAC60IAFCtCABerQgAqK0IAKutCAAArggACq4IAPBpEwBgrggASGoTAL6uCAAIrwgAGa8IAGCvCABsrwgAuK8IAMCvCACgahMAFbAIAGiwCABysAgAwLAIAMiwCAAYsQgAKLEIAHCxCAB1sQgAyLEIANGxCAAgsggALbIIAHiyCAB/sggA+GoTANKyCAAoswgA1bIIAPDJCQDZsggA2AYSANyyCAAIrRAA3rIIANg/CgAyswgAqEURADmzCACAswgAkbMIANizCADmswgAMLQIAEy0CACItAgApLQIAFBrEwDutAgAOLUIAEW1CACQtQgAp7UIAOi1CAD0tQgAQLYIAEa2CACYtggAnrYIAPC2CAD1tggASLcIAE63CACoaxMAtrcIAPi3CAAHuAgAULgIACS4CAB4vQgAUrgIAKi4CAC3uAgAALkIAAu5CABYuQgAZLkIALC5CACzuQgACLoIALe5CABwxwgAzLkIAOjACAAUuggAYLoIAGa6CAC4uggA07oIABC7CAAcuwgAaLsIAG67CADAuwgAzLsIABi8CAAevAgAcLwIAHa8CADIvAgAzbwIACC9CAAmvQgAAGwTAHu9CADQvQgA7L0IACi+CAAwvggACG0TAIy+CADYvggA3r4IADC/CABLvwgAiL8IAJS/CADgvwgA5r8IADjACABAwAgAkMAIALHACABgbRMA8MAIALhtEwBFwQgAmMEIAKXBCADwwQgA/cEIAEjCCABUwggAoMIIAK/CCAD4wggAAsMIAFDDCABYwwgAqMMIALLDCAAAxAgADsQIAFjECABuxAgAsMQIALzECAAIxQgADcUIAGDFCABpxQgAuMUIAMLFCAAQxggAGMYIAGjGCAByxggAwMYIAMXGCAAYxwgAIMcIABBuEwB8xwgAyMcIANvHCAAgyAgAL8gIAHjICACEyAgA0MgIANHICAAoyQgAMskIAIDJCACOyQgA2MkIAN3JCAAwyggAPcoIAGhuEwCTyggA4MoIAOzKCAA4ywgAPssIAJDLCACcywgA6MsIAPDLCABwbxMAQ8wIAJjMCACgzAgA8MwIAP3MCABIzQgATc0IAKDNCACozQgA+M0IAPrNCABQzggAa84IAKjOCACqzggAAM8IAA7PCABYzwgAac8IALDPCACyzwgACNAIACHQCABg0AgAcdAIALjQCADE0AgAENEIABjRCADIbxMAbdEIAMDRCADN0QgAGNIIACXSCABw0ggAfNIIAMjSCADX0ggAINMIACrTCAB40wgAhtMIANDTCADV0wgAKNQIADXUCACA1AgAiNQIANjUCADa1AgAMNUIADrVCACI1QgAkNUIACBwEwDr1QgAONYIAEbWCACQ1ggAk9YIAOjWCADw1ggAQNcIAFbXCACY1wgAndcIAPDXCAAG2AgASNgIAFTYCACg2AgArdgIAPjYCAAC2QgAeHATAFLZCACo2QgAttkIAADaCAAR2ggA0HATAF7aCACw2ggAvNoIAChxEwAK2wgAYNsIAGbbCAC42wgA2NsIABDcCAAc3AgAaNwIAG/cCADA3AgAyNwIABjdCAAf3QgAcN0IAHzdCADI3QgAyt0IACDeCAAn3ggAgHETAHveCADQ3ggA2N4IACjfCAA43wgAgN8IAILfCADY3wgA5t8IADDgCABB4AgA2HETAI/gCAAwchMA7eAIADjhCAA/4QgAkOEIAJjhCADo4QgA9uEIAEDiCABD4ggAmOIIAKDiCADw4ggA9+IIAEjjCABW4wgAoOMIAKPjCAD44wgA+uMIAFDkCABp5AgAqOQIALnkCAAA5QgADOUIAFjlCABf5QgAsOUIALjlCAAI5ggAEeYIAGDmCABt5ggAuOYIAMLmCAAQ5wgAHucIAGjnCAB55wgAwOcIAMjnCAAY6AgAIugIAHDoCAB+6AgAyOgIAN7oCAAg6QgALOkIAHjpCAB/6QgA0OkIANjpCAAo6ggALuoIAIDqCACM6ggA2OoIAOLqCAAw6wgANusIAIjrCACc6wgA4HITAO7rCAA47AgAUewIAJDsCACm7AgA6OwIAPfsCABA7QgAWu0IAJjtCACb7QgAwPIIAKPtCADo9wgAp+0IAPDtCAD17QgASO4IAFXuCACg7ggAre4IAPjuCAAE7wgAUO8IAF/vCACo7wgAsu8IAADwCAAO8AgAWPAIAF3wCACw8AgAvfAIAAjxCAAU8QgAYPEIAGbxCAC48QgAvvEIABDyCAAV8ggAaPIIAG7yCAA4cxMAzPIIABjzCAAe8wgAcPMIAIvzCADI8wgA1PMIACD0CAAm9AgAePQIAH/0CADQ9AgA1fQIAIj2CADc9AgAKPUIACr1CACA9QgAh/UIANj1CAD09QgAMPYIADj2CABAdBMAjPYIAOD2CADt9ggAOPcIAFT3CACQ9wgAmPcIAJh0EwDt9wgAQPgIAEP4CACY+AgAovgIAPD4CAAB+QgASPkIAE35CACg+QgApfkIAPj5CAAY+ggAUPoIAFn6CACo+ggAqfoIAAD7CAAM+wgAWPsIAF77CACw+wgAtvsIAAj8CAAN/AgAYPwIAGb8CADwdBMAufwIABD9CAAc/QgAaP0IAHX9CADA/QgAyP0IABj+CAAh/ggAcP4IAH3+CADI/ggA1v4IACD/CAAz/wgAeP8IAID/CADQ/wgA0/8IACgACQAtAAkAgAAJAI8ACQDYAAkA+AAJADABCQA8AQkAiAEJAJIBCQD4dRMA6gEJADgCCQA6AgkAkAIJAJoCCQDoAgkA8QIJAEADCQBDAwkAmAMJAKADCQDwAwkAKAQJAFB2EwBUBAkAoAQJAK8ECQD4BAkAGAUJAFAFCQBcBQkAqAUJAK8FCQAABgkABQYJAFgGCQBZBgkAsAYJALwGCQAIBwkADgcJAGAHCQBiBwkAuAcJAMIHCQAQCAkAHggJAGgICQBtCAkAwAgJAM0ICQAYCQkAIgkJAHAJCQB+CQkAyAkJAN4JCQAgCgkALAoJAHgKCQB9CgkA0AoJANkKCQAoCwkAMgsJAIALCQCMCwkA2AsJAOsLCQAwDAkAPwwJAIgMCQCUDAkA4AwJAOEMCQA4DQkAQg0JAJANCQCeDQkA6A0JAO0NCQBADgkATQ4JAKh2EwCmDgkA8A4JAAYPCQBIDwkAVA8JAKAPCQCnDwkA+A8JAAAQCQBQEAkAVRAJAKgQCQCxEAkAABEJAAoRCQBYEQkAYBEJALARCQC0EQkACBIJAAoSCQBgEgkAbhIJALgSCQDCEgkAEBMJAB4TCQBoEwkAdRMJAMATCQDXEwkAGBQJACAUCQBwFAkAgBQJAMgUCQDNFAkAIBUJACYVCQB4FQkAgBUJANAVCQDVFQkAKBYJACkWCQCAFgkAjBYJANgWCQDeFgkAMBcJADIXCQCIFwkAkhcJAOAXCQDuFwkAOBgJAD0YCQCQGAkAnRgJALB3EwDqGAkAQBkJAEoZCQCYGQkAphkJAPAZCQD1GQkASBoJAFUaCQCgGgkAohoJAPj+CgCqGgkA+BoJAAYbCQBQGwkAZhsJAKgbCQC0GwkAABwJAAUcCQBYHAkAYRwJALAcCQC6HAkACB0JABQdCQBgHQkAcx0JALgdCQDHHQkAEB4JABweCQBoHgkAaR4JAMAeCQDKHgkAGB8JACYfCQBwHwkAdR8JAMgfCQDVHwkACHgTACkgCQB4IAkAgiAJANAgCQDSIAkAKCEJADIhCQCAIQkAjCEJANghCQDgIQkAEHkTADEiCQCIIgkAlCIJAOAiCQDmIgkAOCMJADojCQCQIwkAmiMJAOgjCQD2IwkAQCQJAEUkCQCYJAkApSQJAPAkCQD4JAkASCUJAFIlCQCgJQkAriUJAPglCQAOJgkAUCYJAFwmCQCoJgkAryYJAAAnCQAIJwkAWCcJAF0nCQCwJwkAuScJAAgoCQASKAkAYCgJAHUoCQC4KAkAwSgJABApCQAdKQkAaCkJAGopCQDAKQkA2SkJABgqCQApKgkAcCoJAHwqCQDIKgkA0CoJAGh5EwAlKwkAeCsJAIArCQDQKwkA5isJACgsCQAtLAkAgCwJAIcsCQDYLAkA5iwJADAtCQBALQkAiC0JAJwtCQDgLQkA6C0JADguCQBHLgkAkC4JAJUuCQDoLgkA8S4JAEAvCQBNLwkAmC8JAKIvCQDwLwkA/C8JAEgwCQBOMAkAwHkTAK4wCQD4MAkADjEJAFAxCQBcMQkAqDEJAK0xCQAAMgkACTIJAFgyCQBiMgkAsDIJALgyCQAIMwkADDMJAGAzCQBiMwkAuDMJAMYzCQAQNAkAGjQJAGg0CQB2NAkAwDQJAM00CQAYNQkALzUJAHA1CQB4NQkAyDUJANg1CQAgNgkAJTYJAHg2CQB+NgkA0DYJANg2CQAoNwkAQzcJAIA3CQCCNwkA2DcJAOk3CQAwOAkAOTgJAIg4CQCUOAkAGHoTAOU4CQA4OQkAOzkJAJA5CQCaOQkA6DkJAOo5CQBAOgkAWzoJAJg6CQCaOgkA8DoJAP46CQBIOwkAWTsJAKA7CQCiOwkA+DsJABE8CQBQPAkAYTwJAKg8CQC0PAkAcHoTAB09CQBYPQkAaT0JALA9CQDMPQkACD4JABA+CQDIehMAZT4JALg+CQDAPgkAED8JABs/CQBoPwkAbT8JAMA/CQDDPwkAGEAJACJACQBwQAkAc0AJAMhACQDQQAkAIEEJACJBCQB4QQkAk0EJANBBCQDSQQkAKEIJADZCCQCAQgkAkUIJANhCCQDaQgkAMEMJAElDCQCIQwkAmUMJAOBDCQDsQwkAOEQJAEBECQAgexMAnUQJAOhECQDwRAkAQEUJAEpFCQCYRQkAo0UJAPBFCQD8RQkASEYJAFBGCQB4exMApUYJAPhGCQD9RgkAUEcJAGFHCQDQexMAtUcJAABICQACSAkAWEgJAHFICQCwSAkAwUgJAAhJCQAUSQkAYEkJAGhJCQAofBMAvUkJABBKCQAYSgkAaEoJAHdKCQDASgkAxkoJABhLCQAkSwkAcEsJAHJLCQDISwkA0ksJACBMCQAsTAkAeEwJAIBMCQCAfBMA3EwJAChNCQArTQkAgE0JAINNCQDYTQkA5k0JADBOCQA1TgkAiE4JAJVOCQDYfBMA8U4JADhPCQBATwkAkE8JAEVPCQAwWQkAm08JAOhPCQDtTwkAQFAJAENQCQCYUAkAolAJAPBQCQATUQkASFEJAEtRCQCgUQkAxFEJAPhRCQAAUgkAMH0TAFZSCQCoUgkAtlIJAABTCQAMUwkAWFMJAF9TCQCwUwkAuFMJAAhUCQAYVAkAYFQJAGVUCQC4VAkAvlQJABBVCQAYVQkAaFUJAIVVCQDAVQkAyVUJABhWCQAkVgkAcFYJAHZWCQDIVgkA3FYJACBXCQAoVwkAeFcJAIhXCQDQVwkA0lcJAChYCQA2WAkAgFgJAJFYCQCIfRMA31gJAOB9EwA1WQkAiFkJAI9ZCQDgWQkA7FkJADhaCQA7WgkAkFoJAKBaCQDoWgkA6loJAEBbCQBOWwkAmFsJAKlbCQA4fhMA91sJAJB+EwBbXAkAoFwJAK9cCQD4XAkABF0JAFBdCQBRXQkAqF0JALJdCQAAXgkADl4JAFheCQBdXgkAsF4JAL1eCQDofhMADV8JAGBfCQBpXwkAuF8JAMlfCQAQYAkAF2AJAGhgCQBwYAkAwGAJAM1gCQAYYQkAHWEJAHBhCQB6YQkAyGEJANBhCQAgYgkAJmIJAHhiCQCEYgkA0GIJANJiCQAoYwkAN2MJAIBjCQCLYwkA2GMJAOBjCQAwZAkAMmQJAIhkCQCVZAkA4GQJAPRkCQA4ZQkAQGUJAJBlCQCfZQkA6GUJAO1lCQBAZgkATWYJAJhmCQCiZgkA8GYJAPJmCQBIZwkAV2cJAKBnCQCqZwkA+GcJAABoCQBQaAkAUWgJAKhoCQCtaAkAAGkJAA5pCQBYaQkAZWkJALBpCQC6aQkA8H8TAAtqCQBgagkAbGoJADB6CQB8agkAuGoJAMBqCQBIgBMAFWsJAGhrCQBwawkAwGsJAMNrCQAYbAkAJGwJAHBsCQB2bAkAyGwJAONsCQAgbQkALG0JAHhtCQB+bQkA0G0JANNtCQAobgkAMG4JAIBuCQCCbgkA2G4JAPNuCQAwbwkAMm8JAIhvCQCWbwkA4G8JAPFvCQA4cAkAOnAJAJBwCQCpcAkA6HAJAPlwCQBAcQkATHEJAJhxCQCgcQkAoIATAPVxCQBIcgkATnIJAKByCQCocgkA+HIJAAdzCQBQcwkAVXMJAKhzCQC1cwkAAHQJAA10CQBYdAkAZHQJALB0CQC/dAkACHUJABJ1CQBgdQkAbnUJALh1CQC9dQkAEHYJAB12CQD4gBMAdHYJAMB2CQDGdgkAGHcJADN3CQBwdwkAfHcJAMh3CQDOdwkAIHgJACN4CQB4eAkAhHgJANB4CQDWeAkAKHkJAC55CQCAeQkAhXkJANh5CQDeeQkAUIETADZ6CQCIegkAjnoJAOB6CQDlegkAOHsJAD57CQCogRMAlXsJAOh7CQD1ewkAQHwJAE18CQCYfAkApHwJAPB8CQD/fAkASH0JAFJ9CQCgfQkArn0JAPh9CQD9fQkAUH4JAF1+CQCofgkAwH4JAAB/CQAGfwkAWH8JAGR/CQCwfwkAwH8JAAiACQARgAkAYIAJAGOACQC4gAkAxIAJABCBCQAXgQkAsIITAGqBCQDAgQkAyoEJABiCCQAbggkAcIIJAHiCCQDIggkAy4IJACCDCQAsgwkAeIMJAH6DCQDQgwkA64MJACiECQA0hAkAgIQJAIaECQAIgxMA+IQJADCFCQA7hQkAiIUJAI2FCQDghQkA6YUJADiGCQA7hgkAkIYJAJyGCQDohgkA9IYJAOiRCQAAhwkAQIcJAEeHCQCYhwkAnocJAPCHCQD+hwkASIgJAGOICQCgiAkArIgJAPiICQD+iAkAUIkJAGqJCQCoiQkAtIkJAACKCQAGigkAWIoJAF6KCQCwigkAtYoJAAiLCQAOiwkAYIMTAG2LCQC4iwkAxIsJABCMCQAajAkAaIwJAGyMCQDAjAkAxYwJABiNCQAejQkAcI0JAJCNCQDIjQkA1I0JACCOCQAmjgkAeI4JAH6OCQDQjgkA1Y4JACiPCQAujwkAEIQTAIWPCQDYjwkA348JADCQCQA8kAkAiJAJAKSQCQDgkAkA6JAJABiFEwBhkQkAkJEJALaRCQBwhRMA+5EJAECSCQBPkgkAmJIJAKSSCQDwkgkA8ZIJAEiTCQBSkwkAoJMJAK6TCQD4kwkA/ZMJAFCUCQBdlAkAyIUTALCUCQDQhhMABZUJAFiVCQBllQkAsJUJAL2VCQAIlgkAFJYJAGCWCQBvlgkAuJYJAMKWCQAQlwkAHpcJAGiXCQBtlwkAwJcJAM2XCQAYmAkAIJgJACiHEwB8mAkAyJgJANiYCQAgmQkAKZkJAHiZCQB7mQkA0JkJANyZCQAomgkAL5oJAICHEwCLmgkA2JoJAOSaCQAwmwkAOJsJANiHEwCVmwkA4JsJAOebCQA4nAkAOZwJAJCcCQCVnAkA6JwJAPacCQBAnQkATZ0JAJidCQCinQkA8J0JAPidCQBIngkAUZ4JAKCeCQCmngkA+J4JAAmfCQBQnwkAbJ8JAKifCQCwnwkAMIgTAAugCQBYoAkAYqAJALCgCQC6oAkACKEJAAmhCQCIiBMAZaEJALihCQDFoQkAEKIJAB2iCQBoogkAdKIJAMCiCQDPogkAGKMJACKjCQBwowkAeKMJAMijCQDSowkAIKQJACWkCQB4pAkAgKQJAOCIEwDbpAkAKKUJADSlCQCApQkAiKUJADiJEwDdpQkAMKYJAD+mCQCIpgkAqKYJAOCmCQDspgkAOKcJAD6nCQCQpwkAmKcJAOinCQDvpwkAQKgJAEKoCQCYqAkApKgJAPCoCQAGqQkASKkJAE2pCQCgqQkArakJAJCJEwD9qQkAUKoJAF+qCQCoqgkAyKoJAACrCQAMqwkAWKsJAF6rCQCwqwkAuKsJAAisCQAPrAkAYKwJAGKsCQC4rAkAxKwJABCtCQAmrQkAaK0JAG2tCQDArQkAza0JABiuCQAgrgkAcK4JAHauCQDIrgkA0a4JACCvCQAtrwkAeK8JAIWvCQDQrwkA3q8JACiwCQA1sAkAgLAJAJewCQDYsAkACLEJAOiJEwA2sQkAiLEJAD2xCQAYxRAAnrEJAOCxCQDusQkAOLIJADuyCQCQsgkAk7IJAOiyCQD2sgkAQLMJAEWzCQCYswkApbMJAPCzCQD4swkASLQJAE+0CQCgtAkArLQJAPi0CQAFtQkAULUJAF61CQCotQkAtLUJAAC2CQAHtgkAWLYJAGC2CQCwtgkAtLYJAAi3CQATtwkAYLcJAG63CQC4twkAybcJABC4CQAcuAkAaLgJAHC4CQBAihMAxrgJABi5CQAsuQkAcLkJAH65CQDIuQkA1bkJACC6CQA3ugkAeLoJAIC6CQDQugkA2roJACi7CQAtuwkAgLsJAIi7CQDYuwkA57sJADC8CQA1vAkAiLwJAJW8CQDgvAkA7bwJADi9CQBEvQkAkL0JAJ+9CQDovQkA8r0JAEC+CQBIvgkAmL4JAKK+CQDwvgkA9b4JAEi/CQBQvwkAmIoTAKu/CQD4vwkABMAJAFDACQBYwAkA8IoTAK3ACQAAwQkAD8EJAFjBCQB4wQkAsMEJALzBCQAIwgkADsIJAGDCCQBowgkAuMIJAL/CCQAQwwkAEsMJAGjDCQB0wwkAwMMJANbDCQAYxAkAHcQJAHDECQB9xAkASIsTANHECQAgxQkAJsUJAHjFCQCGxQkA0MUJAN3FCQAoxgkAP8YJAIDGCQCIxgkA2MYJAOfGCQAwxwkANccJAIjHCQCVxwkA4McJAO3HCQA4yAkARMgJAJDICQCfyAkA6MgJAPLICQBAyQkAXMkJAJjJCQCgyQkAoIsTAP3JCQBQSw8A/8kJAEjKCQBSygkA0MkPAGjKCQCgygkArMoJAPjKCQD+ygkAUMsJAFjLCQAQEAoAXMsJAKjLCQBqywkAYPkJALvLCQAAzAkAD8wJAFjMCQBkzAkAsMwJALHMCQAIzQkAEs0JAGDNCQBuzQkAuM0JAL3NCQAQzgkAHc4JAPiLEwBuzgkAwM4JAMbOCQAYzwkAHc8JAHDPCQB2zwkAAI0TANPPCQAg0AkALtAJAHjQCQCJ0AkA0NAJANzQCQAo0QkAMNEJALCNEwCM0QkA2NEJAOLRCQAw0gkAP9IJAIjSCQCT0gkA4NIJAO7SCQA40wkARdMJAJDTCQCn0wkA6NMJAPDTCQBA1AkAQ9QJAJjUCQCk1AkA8NQJAPbUCQBI1QkAY9UJAKDVCQCs1QkA+NUJAP7VCQBQ1gkAWNYJAKjWCQCq1gkAANcJAAHXCQBY1wkAZtcJALDXCQC41wkACNgJACPYCQBg2AkAbNgJALjYCQC+2AkAENkJABPZCQBo2QkAdtkJAMDZCQDF2QkAGNoJACXaCQBw2gkAjNoJAMjaCQDQ2gkACI4TAC3bCQC4xg8AMdsJAHjbCQAz2wkAqCcQAITbCQDQ2wkA3dsJACjcCQAt3AkAgNwJAIrcCQDY3AkA6NwJADDdCQA13QkAiN0JAJHdCQDg3QkA7d0JADjeCQA/3gkAkN4JAJzeCQDo3gkA7t4JAEDfCQBG3wkAmN8JAJ3fCQDw3wkA9t8JAGCOEwBU4AkAoOAJAKbgCQD44AkA/uAJAFDhCQBd4QkAqOEJAK3hCQAA4gkACOIJAFjiCQCK4gkAsOIJANviCQAI4wkAEOMJAGDjCQBt4wkAuOMJAL3jCQAQ5AkAGOQJAGjkCQBr5AkAwOQJAMnkCQAY5QkAJ+UJAHDlCQB75QkAyOUJANDlCQAg5gkAMOYJAHjmCQCG5gkA0OYJAOHmCQAo5wkANOcJAIDnCQCI5wkAaI8TAN7nCQAw6AkAOOgJAIjoCQCP6AkA4OgJAO7oCQA46QkAPukJAJDpCQCc6QkA6OkJAPfpCQBA6gkASuoJAJjqCQCd6gkA8OoJAPbqCQBI6wkAXOsJAMCPEwCq6wkA8HkKAK3rCQD46wkAr+sJAGg8CgD96wkAUOwJAFzsCQCo7AkAtewJAADtCQAK7QkAGJATAHPtCQCw7QkAsu0JAAjuCQAO7gkAYO4JAJnuCQC47gkAvu4JABDvCQAZ7wkAaO8JAHXvCQDA7wkA+e8JABjwCQAf8AkAcPAJAHXwCQDI8AkA1/AJACDxCQBA8QkAePEJAITxCQDQ8QkA1vEJACjyCQBC8gkAgPIJAIPyCQDY8gkA3fIJADDzCQA/8wkAiPMJAKjzCQDIkBMAAPQJADj0CQBE9AkAkPQJAJr0CQDo9AkA9PQJAIiuCgD19AkAQPUJAEX1CQCY9QkAovUJAPD1CQAA9gkASPYJAE32CQCg9gkAqfYJAPj2CQAF9wkAUPcJAFf3CQCo9wkAtPcJAAD4CQAG+AkAWPgJAF74CQCw+AkAtfgJAAj5CQAO+QkAIJETAGP5CQC4+QkAvfkJABD6CQAf+gkAaPoJAIj6CQDQkRMAzvoJABj7CQAl+wkAcPsJAHf7CQDI+wkA0PsJACD8CQAi/AkAePwJACf8CQAwNw0AN/wJADjVDAB+/AkAGAgNAID8CQDQ/AkA1PwJABAFCgDm/AkA6JMMAOv8CQAo/QkAKv0JAID9CQCR/QkA2P0JAOb9CQAw/gkAN/4JAIj+CQCQ/gkA4P4JAOf+CQA4/wkAPf8JAJD/CQCf/wkA6P8JAAgACgBAAAoATAAKAJgACgCeAAoA8AAKAPgACgBIAQoAVAEKAKABCgCtAQoA+AEKABMCCgBQAgoAXgIKAKgCCgCuAgoAAAMKAAUDCgBYAwoAZQMKALADCgDGAwoACAQKABQECgBgBAoAbQQKALgECgDCBAoAKJITABUFCgBoBQoAbgUKAMAFCgDgBQoAGAYKACYGCgBwBgoAfQYKAMgGCgDfBgoAIAcKACgHCgB4BwoAhwcKANAHCgDVBwoAKAgKADUICgCACAoAiggKANgICgDaCAoAMAkKAD4JCgCICQoAlQkKAOAJCgDsCQoAOAoKAD4KCgCQCgoAmAoKAOgKCgDuCgoAQAsKAEkLCgCYCwoApQsKAPALCgD6CwoASAwKAFYMCgCgDAoAtgwKAPgMCgAEDQoAUA0KAFgNCgCAkhMAsg0KAAAOCgAGDgoAWA4KAFoOCgCwDgoAug4KAAgPCgAUDwoAYA8KAHcPCgC4DwoAzA8KANiSEwAeEAoAaBAKAGsQCgDAEAoAyBAKABgRCgAkEQoAcBEKAH4RCgDIEQoA0hEKACASCgArEgoAeBIKAIQSCgDQEgoA1hIKACgTCgAwEwoAgBMKAI0TCgDYEwoA3RMKADAUCgA6FAoAiBQKAJAUCgDgFAoA5hQKADgVCgBBFQoAkBUKAJ0VCgDoFQoA9RUKAEAWCgBOFgoAmBYKAKUWCgDwFgoABxcKAEgXCgBQFwoAoBcKAKUXCgD4FwoA/hcKAFAYCgBYGAoAqBgKAL4YCgAAGQoADhkKAFgZCgBbGQoAsBkKAL8ZCgAIGgoADRoKAGAaCgBtGgoAuBoKAMgaCgAQGwoAHhsKAGgbCgB/GwoAwBsKAMkbCgAYHAoAHhwKAHAcCgB8HAoAyBwKAM8cCgAwkxMALB0KAHgdCgB6HQoA0B0KANodCgAoHgoANB4KAIAeCgCIHgoAiJMTAN0eCgAwHwoAPx8KAIgfCgCoHwoA4B8KAOwfCgA4IAoAPiAKAJAgCgCYIAoA6CAKAOkgCgBAIQoARiEKAJghCgCdIQoA8CEKAAsiCgBIIgoAViIKAKAiCgCnIgoA+CIKAAQjCgBQIwoAViMKAOCTEwCtIwoAACQKAAokCgBYJAoAaSQKALAkCgC8JAoACCUKAAslCgBgJQoAYyUKALglCgDAJQoAECYKABcmCgBoJgoAbSYKAMAmCgDPJgoAGCcKADgnCgBwJwoAfCcKAMgnCgDOJwoAICgKACgoCgB4KAoAhSgKANAoCgDVKAoAKCkKADIpCgCAKQoAiCkKANgpCgDoKQoAMCoKADUqCgCIKgoAkSoKAOAqCgDtKgoAOCsKAD8rCgA4lBMAlSsKAOgrCgD3KwoAQCwKAGAsCgCYLAoApCwKAPAsCgD2LAoASC0KAFAtCgCgLQoArC0KAPgtCgAFLgoAUC4KAFcuCgCoLgoAqS4KAAAvCgAFLwoAWC8KAGYvCgCwLwoAvS8KAAgwCgASMAoAkJQTAGwwCgC4MAoAbjAKAHDUCwDCMAoAEDEKACoxCgBoMQoAazEKABjtCgB3MQoAwDEKAMUxCgAYMgoAJTIKAHAyCgB9MgoAyDIKANQyCgAgMwoALzMKAHgzCgCCMwoA0DMKANwzCgAoNAoAOzQKAIA0CgCPNAoA2DQKAOQ0CgAwNQoAMTUKAIg1CgCSNQoA4DUKAO41CgA4NgoAPTYKAJA2CgCdNgoA6JQTAO02CgBANwoATTcKAJg3CgClNwoA8DcKAPw3CgBIOAoAVzgKAKA4CgCqOAoA+DgKAAY5CgBQOQoAVTkKAKg5CgC1OQoAADoKAAg6CgDwlRMAZDoKALA6CgDAOgoACDsKABE7CgBgOwoAYzsKALg7CgDEOwoAEDwKABc8CgBIlhMAbTwKAMA8CgDNPAoAGD0KACU9CgBwPQoAdj0KAMg9CgDUPQoAID4KADA+CgB4PgoAgT4KANA+CgDTPgoAKD8KADQ/CgCAPwoAhz8KAKCWEwDaPwoAMEAKAN8/CgBYWg4A6D8KAOiuDgBBQAoAiEAKAJBACgDgQAoA6kAKADhBCgBHQQoAkEEKAJFBCgDoQQoA8EEKAFCXEwBIQgoAqJcTALZCCgDwQgoAu0IKABClEwDCQgoAoGQKAPhCCgBIQwoAV0MKAKBDCgClQwoA+EMKAAVECgBQRAoAXUQKAKhECgC0RAoAAEUKAA9FCgBYRQoAYkUKALBFCgDTRQoACEYKADpGCgBgRgoAhEYKALhGCgDARgoACJkTABVHCgBoRwoAbkcKAMBHCgDIRwoAYJkTACZICgBwSAoAi0gKAMhICgDUSAoAIEkKADFJCgB4SQoAjEkKANBJCgDYSQoAKEoKAC5KCgCASgoAjEoKANhKCgDoSgoAMEsKADlLCgCISwoAi0sKAOBLCgDsSwoAOEwKAD9MCgC4mRMAnkwKAOhMCgDyTAoAEJoTAEVNCgCYTQoApU0KAPBNCgD9TQoASE4KAFROCgCgTgoAr04KAPhOCgACTwoAUE8KAF5PCgCoTwoArU8KAABQCgANUAoAWFAKAGBQCgBomhMAvFAKAAhRCgAYUQoAYFEKAGlRCgC4UQoAu1EKABBSCgAcUgoAaFIKAG9SCgDAmhMAz1IKABhTCgAdUwoAcFMKAH1TCgDIUwoA1VMKACBUCgAmVAoAeFQKAIRUCgDQVAoA4FQKAChVCgAxVQoAgFUKAINVCgDYVQoA5FUKADBWCgA3VgoAGJsTAI1WCgDgVgoA7VYKADhXCgBWVwoAkFcKAJxXCgDoVwoA+1cKAEBYCgBOWAoAmFgKAJtYCgDwWAoA+lgKAEhZCgBWWQoAoFkKAK1ZCgD4WQoAD1oKAFBaCgBYWgoAqFoKAK9aCgAAWwoABVsKAFhbCgBuWwoAsFsKALJbCgAIXAoAFlwKAGBcCgBtXAoAcJsTAMBcCgDImxMAFV0KAGhdCgB1XQoAwF0KAM1dCgAYXgoAJF4KAHBeCgB/XgoAyF4KANJeCgAgXwoALl8KAHhfCgB9XwoA0F8KAN1fCgAoYAoAMGAKACCcEwCMYAoA2GAKAOhgCgAwYQoAOWEKAIhhCgCLYQoA4GEKAOxhCgA4YgoAP2IKAHicEwCcYgoA6GIKAPhiCgBAYwoA/mIKALCkDwBJYwoAmGMKAJtjCgDwYwoA/GMKAEhkCgBPZAoA0JwTAKlkCgAQaAoAqmQKAPhkCgAHZQoAUGUKAAllCgCwZgoAUWUKAKhlCgDEZQoAAGYKADlmCgBYZgoAkWYKACidEwCzZgoACGcKACRnCgBgZwoAmWcKALhnCgDxZwoAgJ0TAB1oCgBoaAoAdmgKAMBoCgDTaAoAGGkKADRpCgBwaQoAqWkKAMhpCgABagoA2J0TADFqCgB4agoAhGoKANBqCgDYagoAMJ4TAC1rCgCAawoAiGsKANhrCgDnawoAMGwKADVsCgCIbAoAlWwKAOBsCgDtbAoAOG0KAERtCgCQbQoAn20KAOhtCgDybQoAQG4KAEhuCgCYbgoAom4KAPBuCgD1bgoASG8KAFBvCgCInhMAr28KAPhvCgCxbwoAWHEKAPlvCgBQcAoAbHAKAKhwCgDhcAoAAHEKADlxCgDgnhMAW3EKALBxCgDMcQoACHIKAEFyCgBgcgoAmXIKADifEwC7cgoAEHMKACFzCgBocwoAhHMKAMBzCgD5cwoAGHQKAFF0CgCQnxMAfXQKAMh0CgDUdAoAIHUKAC91CgB4dQoAgnUKANB1CgDYdQoAyOIKAN51CgAodgoALXYKAIB2CgCNdgoA2HYKAOB2CgAwdwoANncKAIh3CgBAdwoAWNQKAJR3CgDgdwoA8HcKADh4CgBBeAoAkHgKAJN4CgDoeAoA9HgKAEB5CgBHeQoA6J8TALt5CgBAoBMA/nkKAEh6CgBeegoAoHoKAKx6CgD4egoA/3oKAFB7CgBVewoAqHsKALF7CgAAfAoACnwKAJigEwBdfAoAQCAOAGJ8CgCwfAoAZHwKALC1DQC6fAoACH0KAAl9CgBgfQoAb30KALh9CgC9fQoAEH4KAB1+CgBofgoAdX4KAMB+CgDMfgoAGH8KACd/CgBwfwoAen8KAMh/CgDWfwoAIIAKACWACgB4gAoAhYAKANCACgDRgAoAKIEKAC2BCgCAgQoAhYEKANiBCgDpgQoAMIIKAFOCCgCIggoAk4IKAOCCCgDlggoAOIMKADuDCgCQgwoAmoMKAOiDCgAQhAoAQIQKAF+ECgBIoRMApIQKAPCECgDyhAoASIUKAFeFCgCghQoAq4UKAPiFCgAAhgoAUIYKAFeGCgCohgoAqoYKAACHCgAKhwoAWIcKAFqHCgCwhwoAyYcKAAiICgAKiAoAYIgKAGOICgC4iAoAxIgKABCJCgAYiQoAoKETAHSJCgDAiQoAxokKABiKCgAzigoAcIoKAHyKCgDIigoAzooKACCLCgAoiwoAeIsKAHqLCgDQiwoA2osKACiMCgAwjAoA+KETAJGMCgDYjAoA34wKADCNCgA4jQoAiI0KAJWNCgDgjQoA5Y0KADiOCgBCjgoAkI4KAJiOCgDojgoA944KAECPCgBFjwoAmI8KAKWPCgDwjwoA/Y8KAEiQCgBUkAoAoJAKAK+QCgD4kAoAApEKAFCRCgBYkQoAqJEKALKRCgAAkgoABZIKAFiSCgBgkgoAUKITALySCgAIkwoAGJMKAGCTCgBpkwoAuJMKALuTCgAQlAoAHJQKAGiUCgBvlAoAqKITAMaUCgAYlQoAHpUKAHCVCgB1lQoAyJUKAM6VCgAAoxMAJpYKAHiWCgB+lgoA0JYKANWWCgAAahAA3ZYKACiXCgAtlwoAgJcKAIiXCgDYlwoAAZgKADCYCgAOmAoAwJ8KAFmYCgCImAoAsZgKAOCYCgALmQoAOJkKAECZCgCQmQoAn5kKAOiZCgDtmQoAQJoKAE2aCgCYmgoApZoKAPCaCgD8mgoASJsKAFebCgCgmwoAqpsKAPibCgAGnAoAUJwKAFWcCgConAoAtZwKAACdCgAInQoAWJ0KAF6dCgCwnQoAvJ0KAAieCgAYngoAYJ4KAGmeCgC4ngoAu54KABCfCgAcnwoAaJ8KAG+fCgBYoxMA6Z8KABigCgBDoAoAcKAKAHigCgDIoAoA16AKACChCgAloQoAeKEKAIWhCgDQoQoA3aEKACiiCgA0ogoAgKIKAI+iCgDYogoA4qIKADCjCgA+owoAiKMKAI2jCgDgowoA7aMKADikCgBApAoAkKQKAJakCgDopAoA9KQKAEClCgBQpQoAmKUKAKGlCgDwpQoA86UKAEimCgBUpgoAoKYKAKemCgCwoxMA+qYKACh6EAAGpwoAUKcKAF2nCgCopwoAtKcKAACoCgAGqAoAWKgKAF6oCgCwqAoAtagKAAipCgAOqQoACKQTAIapCgC4qQoA3qkKABCqCgBGqgoAaKoKAJGqCgDAqgoA66oKALikEwAbqwoAcKsKAHirCgDIqwoA1KsKACCsCgAmrAoAeKwKAH6sCgDQrAoA1awKACitCgAurQoAaKUTAKmtCgDYrQoAAa4KADCuCgBUrgoAGKYTAI6uCgDY7AsAm64KAOCuCgDvrgoAOK8KAESvCgCQrwoAka8KAOivCgDyrwoAQLAKAE6wCgCYsAoAnbAKAPCwCgD9sAoAcKYTAGuxCgDIphMAybEKAPixCgAhsgoAULIKAHSyCgAgpxMAtrIKAACzCgAFswoAWLMKAGWzCgCwswoAuLMKAAi0CgAOtAoAYLQKAGy0CgC4tAoAyLQKABC1CgAZtQoAaLUKAGu1CgDAtQoA/LUKABi2CgAktgoAeKcTAHa2CgDItgoA4bYKACC3CgAutwoAeLcKAIW3CgDQtwoA17cKACi4CgAxuAoAgLgKAI24CgDYuAoA77gKADC5CgAzuQoAiLkKAIq5CgDguQoA6bkKADi6CgBIugoAkLoKAKm6CgDougoA6roKAEC7CgBJuwoAmLsKAKC7CgDwuwoA8rsKAEi8CgBhvAoAoLwKALe8CgD4vAoABL0KAFC9CgBhvQoAqL0KALS9CgAAvgoAC74KAFi+CgBlvgoAsL4KALq+CgDQpxMAG78KAGC/CgBuvwoAuL8KAJ6/CgBQyAoA9b8KABDACgAdwAoAaMAKAHDACgDAwAoAxsAKABjBCgAkwQoAcMEKAHvBCgDIwQoA0cEKACDCCgAjwgoAeMIKAHrCCgDQwgoA18IKACjDCgAqwwoAKKgTAIPDCgDYwwoA5sMKADDECgA1xAoAiMQKAJXECgDgxAoA7MQKADjFCgBAxQoAgKgTAJ7FCgDoxQoA+MUKAEDGCgBOxgoAmMYKAKHGCgDwxgoA+sYKAEjHCgBKxwoAoMcKAKrHCgD4xwoA+scKANioEwBVyAoAqMgKALDICgAAyQoABskKAFjJCgBkyQoAsMkKAL/JCgAIygoAEcoKAGDKCgBjygoAuMoKALrKCgAQywoAF8sKAGjLCgBqywoAMKkTAMXLCgAYzAoANMwKAHDMCgCMzAoAiKkTANXMCgDICwwA18wKACDNCgAlzQoAeM0KAIXNCgDQzQoA3c0KACjOCgAuzgoAgM4KAIzOCgDYzgoA6M4KADDPCgA5zwoAiM8KAIvPCgDgzwoA7M8KADjQCgA/0AoA4KkTAJ/QCgDo0AoA7dAKAEDRCgBN0QoAmNEKAKXRCgDw0QoA9tEKAEjSCgBU0goAoNIKALDSCgD40goAAdMKAFDTCgBT0woAqNMKALTTCgAA1AoAB9QKADiqEwBa1AoAsNQKAL7UCgAI1QoAGdUKAJCqEwBn1QoA6KoTAMDVCgBAqxMAFdYKAGjWCgB11goAwNYKAM3WCgAY1woAJNcKAHDXCgB/1woAyNcKANLXCgAg2AoALtgKAHjYCgB92AoA0NgKAN3YCgAo2QoAMNkKAJirEwCM2QoA2NkKAOjZCgAw2goAOdoKAIjaCgCL2goA4NoKAOzaCgA42woAP9sKAPCrEwCS2woA6NsKAPbbCgBA3AoAUdwKAEisEwCf3AoAoKwTAPjcCgD4rBMATd0KAKDdCgCt3QoA+N0KAAXeCgBQ3goAXN4KAKjeCgC33goAAN8KAArfCgBY3woAZt8KALDfCgC13woACOAKABXgCgBg4AoAaOAKAFCtEwDE4AoAEOEKACDhCgBo4QoAceEKAMDhCgDD4QoAGOIKACTiCgBw4goAd+IKAKitEwDS4goAIOMKAC7jCgB44woAjuMKANDjCgDc4woAKOQKAC/kCgCA5AoAiOQKANjkCgDd5AoAMOUKADnlCgCI5QoAkuUKAACuEwD25QoAOOYKAETmCgCQ5goAl+YKAOjmCgDw5goAQOcKAEXnCgCY5woAoecKAPDnCgD65woAWK4TAE3oCgBoJQ4AVOgKAPgqCwBX6AoAoOgKAHLoCgAIoRQApegKAPjoCgAF6QoAUOkKAF3pCgCo6QoAtOkKAADqCgAP6goAWOoKAGLqCgCw6goAvuoKAAjrCgAV6woAYOsKAHfrCgC46woAwOsKABDsCgAa7AoAaOwKAG3sCgDA7AoAyOwKALCuEwAd7QoAcO0KAH/tCgDI7QoA6O0KACDuCgAs7goAeO4KAILuCgDQ7goA2u4KACjvCgA27woAgO8KAJbvCgDY7woA5O8KADDwCgA18AoAiPAKAJHwCgDg8AoA6vAKADjxCgBE8QoAkPEKAKPxCgDo8QoA9/EKAEDyCgBM8goAmPIKAJnyCgDw8goA+vIKAEjzCgBW8woAoPMKAKXzCgD48woABfQKAGCvEwBe9AoAqPQKAL70CgAA9QoADPUKAFj1CgBf9QoAsPUKALj1CgAI9goADfYKAGD2CgBp9goAuPYKAML2CgBosBMAFfcKAGj3CgBw9woAwPcKAMP3CgAY+AoAIfgKAHD4CgB/+AoAyPgKANP4CgAg+QoAKPkKAHj5CgCI+QoA0PkKAN75CgAo+goAOfoKAID6CgCM+goA2PoKAOD6CgDAsBMANvsKAIj7CgCQ+woA4PsKAOf7CgA4/AoARvwKAJD8CgCW/AoA6PwKAPT8CgBA/QoAT/0KAJj9CgCi/QoA8P0KAPX9CgBI/goATv4KAKD+CgC0/goAGLETAAn/CgBQ/woAXP8KAKj/CgCu/woAAAALAAYACwBYAAsAXQALALAACwC2AAsAcLETAA0BCwBgAQsAcQELALgBCwDAAQsAEAILAMQBCwCIEQsAxgELABg+EQAaAgsAaAILAHYCCwDAAgsA1gILABgDCwAkAwsAcAMLAHcDCwDIAwsA0AMLACAECwAlBAsAeAQLAIEECwDQBAsA2gQLACgFCwAwBQsAgAULAIQFCwDYBQsA4wULADAGCwA+BgsAiAYLAJkGCwDgBgsA7AYLADgHCwBABwsAyLETAJIHCwDoBwsA9gcLAEAICwBKCAsAmAgLAKYICwDwCAsA/QgLAEgJCwBfCQsAoAkLAKgJCwD4CQsACAoLAFAKCwBVCgsAqAoLAK4KCwAACwsACAsLAFgLCwBaCwsAsAsLAL0LCwAIDAsAEAwLAGAMCwBlDAsAuAwLALkMCwAQDQsAHA0LAGgNCwB1DQsAwA0LAMgNCwAYDgsAJw4LAHAOCwB1DgsAyA4LANUOCwAgDwsALQ8LAHgPCwCEDwsA0A8LAN8PCwAoEAsAMhALAIAQCwCOEAsA2BALAN0QCwAwEQsAPRELACCyEwCOEQsA4BELAOYRCwA4EgsAPRILAJASCwCWEgsAeLITAPYSCwBAEwsAVhMLAJgTCwCkEwsA8BMLAPUTCwBIFAsAURQLAKAUCwCqFAsA+BQLABsVCwBQFQsAVBULAKgVCwBfFQsACBcLAKoVCwAAFgsADhYLAFgWCwBiFgsAsBYLANQWCwCAsxMADhcLAGAXCwBsFwsAuBcLALoXCwAQGAsAGhgLAGgYCwB0GAsAwBgLAOQYCwDYsxMAHBkLAHAZCwAnGQsA0BoLAHIZCwDIGQsA1hkLACAaCwAqGgsAeBoLAJwaCwAwtBMA1hoLACgbCwA0GwsAgBsLAIIbCwDYGwsA4hsLADAcCwA8HAsAiBwLAKwcCwCItBMA/RwLADgdCwBBHQsAkB0LAJ4dCwDoHQsA7h0LAEAeCwBMHgsAmB4LAKAeCwDgtBMA9x4LAEgfCwBhHwsAoB8LAK8fCwD4HwsAACALAFAgCwBfIAsAqCALAK0gCwAAIQsADSELAFghCwBlIQsAsCELALwhCwAIIgsAFyILAGAiCwBqIgsAuCILAMYiCwAQIwsAFSMLAGgjCwB1IwsAOLUTAMEjCwBArQsA2SMLABgkCwAiJAsAcCQLAHIkCwDIJAsA1iQLACAlCwAtJQsAeCULAIAlCwDQJQsA/CULACgmCwAvJgsAgCYLAJkmCwDYJgsA5yYLADAnCwA4JwsAiCcLAJcnCwDgJwsA5ScLADgoCwBFKAsAkCgLAJ0oCwDoKAsA9CgLAEApCwBPKQsAmCkLAKIpCwDwKQsA/ikLAEgqCwBNKgsAoCoLAK0qCwCQtRMACysLAFArCwBfKwsAqCsLALQrCwAALAsADCwLAFgsCwBfLAsAsCwLALwsCwAILQsADy0LAGAtCwBoLQsAuC0LALwtCwAQLgsAGy4LAGguCwB0LgsAwC4LAM0uCwAYLwsAIC8LAHAvCwB6LwsAyC8LAM4vCwAgMAsANDALAHgwCwCGMAsA0DALAN0wCwAoMQsAPzELAIAxCwCIMQsA2DELAOIxCwAwMgsANTILAIgyCwCQMgsA4DILAO8yCwA4MwsAPTMLAJAzCwCdMwsA6DMLAPUzCwBANAsATDQLAJg0CwCnNAsA8DQLAPo0CwDotRMAUDULAKA1CwCvNQsA+DULAP01CwBQNgsAWTYLAKg2CwC5NgsAADcLAAc3CwBYNwsAYDcLALA3CwC9NwsACDgLAA04CwBgOAsAajgLALg4CwDAOAsAEDkLACk5CwBoOQsAdDkLAMA5CwDIOQsAQLYTACc6CwBwOgsAjToLAMg6CwDROgsAIDsLAC47CwB4OwsAfjsLANA7CwDcOwsAKDwLAC88CwCAPAsAiDwLANg8CwDoPAsAMD0LADY9CwCIPQsAjT0LAOA9CwD2PQsAOD4LAEA+CwCQPgsAmj4LAOg+CwDzPgsAQD8LAEw/CwCYPwsAoD8LAJi2EwD9PwsASEALAE9ACwCgQAsArEALAPhACwD+QAsAUEELAGFBCwCoQQsAvEELAABCCwAOQgsAWEILAGVCCwCwQgsAx0ILAAhDCwAQQwsAYEMLAGdDCwC4QwsAukMLABBECwAaRAsAaEQLAGpECwDARAsA2UQLABhFCwAaRQsAcEULAHNFCwDIRQsA1EULACBGCwBORgsA8LYTAIdGCwDQRgsA7UYLAChHCwAxRwsAgEcLAI5HCwDYRwsA3kcLADBICwA8SAsAiEgLAJBICwBItxMA6EgLADhJCwA+SQsAkEkLAJxJCwDoSQsA60kLAEBKCwBFSgsAmEoLAKFKCwDwSgsA9koLAEhLCwBXSwsAoEsLAKxLCwD4SwsAAEwLAKC3EwBWTAsAqEwLAK1MCwAATQsAFk0LAFhNCwBgTQsAsE0LAL5NCwAITgsAEk4LAGBOCwBjTgsAuE4LAMBOCwAQTwsAEU8LAGhPCwBuTwsAwE8LAM5PCwAYUAsALlALAHBQCwByUAsAyFALAM5QCwAgUQsANFELAHhRCwCAUQsA0FELAOBRCwAoUgsAKlILAIBSCwCPUgsA2FILAOJSCwAwUwsANVMLAIhTCwCOUwsA4FMLAPRTCwA4VAsAQFQLAJBUCwCVVAsA6FQLAO5UCwBAVQsASFULAJhVCwCbVQsA8FULAPVVCwBIVgsAUVYLAKBWCwCmVgsA+FYLAAdXCwBQVwsAXFcLAPi3EwCrVwsAAFgLAAhYCwBYWAsAZVgLALBYCwC1WAsACFkLABJZCwBgWQsAaFkLALhZCwC6WQsAEFoLACtaCwBoWgsAaloLAMBaCwDOWgsAGFsLAClbCwBwWwsAclsLAMhbCwDhWwsAIFwLADFcCwB4XAsAhFwLAFC4EwDYXAsAKF0LAC5dCwCAXQsAjF0LANhdCwD1XQsAMF4LADleCwCIXgsAlF4LAOBeCwDjXgsAOF8LAEJfCwCQXwsAmF8LAOhfCwDyXwsAQGALAE5gCwCYYAsArmALAPBgCwD8YAsASGELAE9hCwCgYQsAqGELAPhhCwD9YQsAUGILAFliCwCoYgsAsmILAABjCwAIYwsAWGMLAFpjCwCwYwsAwGMLAAhkCwASZAsAYGQLAGxkCwC4ZAsAvmQLABBlCwAYZQsAqLgTAHRlCwDAZQsA02ULABhmCwA0ZgsAcGYLAHhmCwAAuRMA1mYLACBnCwA2ZwsAeGcLAIRnCwDQZwsA1WcLAChoCwAxaAsAgGgLAIpoCwDYaAsA4GgLADBpCwAyaQsAiGkLAJdpCwDgaQsA/WkLADhqCwBBagsAkGoLAJ5qCwDoagsA7moLAEBrCwBOawsAmGsLAKVrCwDwawsAB2wLAEhsCwBQbAsAoGwLAKJsCwD4bAsAAG0LAFBtCwBfbQsAqG0LAK1tCwAAbgsADW4LAFhuCwBlbgsAsG4LALxuCwAIbwsAF28LAGBvCwBqbwsAuG8LAMZvCwAQcAsAFXALAGhwCwB1cAsAWLkTAMpwCwAYcQsAGnELAHBxCwB3cQsAyHELAM9xCwAgcgsAJnILAHhyCwCGcgsA0HILAN1yCwAocwsAOHMLAIBzCwCFcwsA2HMLAOBzCwAwdAsA9HMLACjhCwA8dAsAiHQLAIp0CwCgdwsAlXQLAOB0CwDldAsAOHULAEJ1CwCQdQsAoHULAOh1CwDtdQsAQHYLAEl2CwCYdgsApXYLAPB2CwD3dgsASHcLAFB3CwCwuRMArncLAPh3CwAQeAsAUHgLAFJ4CwCoeAsAv3gLAAB5CwACeQsAWHkLAGZ5CwCweQsAvXkLAAh6CwAQegsACLoTAGN6CwC4egsAd3oLAJBODQDBegsAEHsLAB57CwAQpwsAH3sLAGh7CwBzewsAwHsLAMh7CwAYfAsAI3wLAHB8CwB1fAsAyHwLAMt8CwAgfQsAKn0LAGC6EwB+fQsA0H0LAIJ9CwDgGBAA630LACh+CwA0fgsAgH4LAIZ+CwDYfgsA4H4LADB/CwBGfwsAiH8LAJZ/CwDgfwsA438LADiACwBRgAsAkIALAJyACwDogAsA84ALAECBCwBCgQsAmIELALOBCwDwgQsA/oELAEiCCwBVggsAoIILALeCCwC4uhMA+oILAEgbEAAOgwsAUIMLAFGDCwCogwsArYMLAACECwAGhAsAWIQLAFqECwCwhAsAtoQLAAiFCwAchQsAYIULAGiFCwC4hQsAyIULABCGCwAShgsAaIYLAHaGCwDAhgsA0YYLABC7EwAehwsAcIcLAHyHCwBouxMAyocLACCICwAxiAsAeIgLAICICwDQiAsA2YgLACiJCwAviQsAgIkLAIGJCwDAuxMA5IkLADCKCwAyigsAiIoLAI+KCwDgigsA6IoLADiLCwBBiwsAkIsLAJeLCwDoiwsA6YsLABi8EwBFjAsAmIwLAKCMCwDwjAsA+owLAEiNCwBWjQsAoI0LALaNCwD4jQsABI4LAFCOCwBVjgsAqI4LALGOCwAAjwsACo8LAHC8EwBZjwsAsI8LALiPCwDAMw0AyI8LAAiQCwAVkAsAYJALAGyQCwC4kAsAwpALABCRCwAUkQsAaJELAG2RCwDAkQsAxpELABiSCwA4kgsAcJILAIiSCwDIkgsA35ILACCTCwAskwsAeJMLAIKTCwDQkwsA0pMLACiUCwAvlAsAgJQLAIeUCwDYlAsA3pQLADCVCwA8lQsAiJULAIuVCwDglQsA45ULADiWCwBElgsAkJYLAJOWCwDolgsABJcLAECXCwBIlwsAyLwTAKSXCwDwlwsA+pcLAEiYCwBKmAsAoJgLAKeYCwD4mAsA/5gLAFCZCwBWmQsAqJkLALaZCwAAmgsADZoLAFiaCwBomgsAsJoLALWaCwAImwsAEJsLAGCbCwBwmwsAuJsLAL2bCwAQnAsAFpwLAGicCwBwnAsAIL0TAMacCwAYnQsAIJ0LAHCdCwBznQsAyJ0LANSdCwAgngsAJp4LAHieCwCTngsA0J4LAN6eCwAonwsAN58LAICfCwCMnwsA2J8LAOCfCwDQvRMANaALAIigCwCSoAsA4KALAOigCwA4oQsAWKELAJChCwCdoQsA6KELAO2hCwBAogsARKILAJiiCwClogsAKL4TAPWiCwBIowsAS6MLAKCjCwCqowsA+KMLAASkCwBQpAsAY6QLAKikCwC3pAsAAKULAAylCwBYpQsAWaULALClCwC6pQsACKYLABamCwBgpgsAZaYLALimCwDFpgsAgL4TABqnCwBopwsAaqcLAMCnCwDZpwsAGKgLACmoCwBwqAsAfKgLAMioCwDQqAsAiL8TACepCwB4qQsAf6kLANCpCwDWqQsAKKoLADSqCwCAqgsAg6oLANiqCwDbqgsAMKsLADirCwCIqwsAmKsLAOCrCwDlqwsAOKwLAEGsCwCQrAsAnawLAOisCwDvrAsA4L8TAEytCwCYrQsApa0LAPCtCwD4rQsASK4LAFKuCwCgrgsAr64LAPiuCwD5rgsAUK8LAFivCwCorwsAt68LAACwCwAFsAsAWLALAGWwCwCwsAsAvbALAAixCwAUsQsAYLELAG+xCwC4sQsAwrELABCyCwAesgsAaLILAG2yCwDAsgsAzbILABizCwAgswsAcLMLAHqzCwDIswsAzbMLACC0CwAotAsAOMATAIa0CwDQtAsA3LQLACi1CwAutQsAgLULAIa1CwDYtQsA3bULADC2CwA2tgsAkMATAJS2CwDgtgsA5rYLADi3CwA+twsAkLcLAJ23CwDotwsA7bcLAEC4CwBIuAsAmLgLALa4CwCYwRMA8bgLAEi5CwBNuQsAoLkLAKa5CwD4uQsA+rkLAFC6CwBWugsAqLoLALy6CwAAuwsACLsLAFi7CwBouwsAsLsLALK7CwAIvAsAFrwLAGC8CwBxvAsA8METAL68CwAQvQsAHL0LAEjCEwB1vQsAwL0LAMi9CwAYvgsAJb4LAHC+CwByvgsAyL4LAN6+CwAgvwsALL8LAHi/CwCAvwsA+MITANy/CwAowAsAK8ALAIDACwCFwAsA2MALAOnACwAwwQsAOcELAIjBCwCSwQsA4MELAO7BCwA4wgsAPcILAJDCCwCdwgsAUMMTAPTCCwBAwwsATcMLAJjDCwCawwsA8MMLAAbECwBIxAsAVMQLAKDECwCoxAsAqMMTAP3ECwBQxQsAVsULAKjFCwCwxQsAAMYLAAPGCwBYxgsAZMYLALDGCwC2xgsACMcLACPHCwBgxwsAbccLALjHCwC6xwsAEMgLACbICwBoyAsAdMgLAMDICwDIyAsAAMQTAB7JCwBwyQsAdckLAMjJCwDjyQsAIMoLAC7KCwB4ygsAf8oLANDKCwDcygsAKMsLAC/LCwBYxBMAi8sLANjLCwDgywsAMMwLADvMCwCIzAsAjcwLAODMCwDjzAsAOM0LAELNCwCQzQsAmM0LAOjNCwD2zQsAQM4LAEPOCwCYzgsAoM4LAPDOCwAQzwsASM8LAFXPCwCgzwsApc8LAPjPCwD8zwsAUNALAF3QCwCwxBMAyNALAADRCwAJ0QsAWNELAFnRCwCw0QsAuNELAAjSCwAY0gsAYNILAGLSCwC40gsAxtILABDTCwAh0wsACMUTAG7TCwDA0wsAzNMLAGDFEwAf1AsAuMUTAHXUCwDI1AsA4tQLACDVCwAv1QsAeNULAIPVCwDQ1QsA0tULACjWCwA11gsAgNYLAI3WCwDY1gsA5NYLADDXCwBB1wsAiNcLAIvXCwDg1wsA+tcLADjYCwBB2AsAkNgLAJ3YCwDo2AsA7tgLAEDZCwBM2QsAmNkLAJvZCwDw2QsA9dkLAEjaCwBZ2gsAoNoLALvaCwD42gsABNsLAFDbCwBX2wsAqNsLAKrbCwAA3AsAB9wLAFjcCwBf3AsAsNwLALbcCwAI3QsAFN0LAGDdCwBj3QsAuN0LALvdCwAQ3gsAHN4LAGjeCwB73gsAwN4LAM/eCwAY3wsAJN8LAHDfCwBx3wsAyN8LANLfCwAg4AsALuALAHjgCwB94AsA0OALAN3gCwAQxhMAMOELAGjGEwCC4QsA2OELAO7hCwAw4gsAPOILAIjiCwCQ4gsAwMYTAObiCwA44wsAQOMLAJDjCwCT4wsA6OMLAPTjCwBA5AsARuQLAJjkCwCz5AsA8OQLAP7kCwBI5QsAV+ULAKDlCwCs5QsA+OULAADmCwAYxxMAVeYLAKjmCwCy5gsAAOcLAAjnCwBY5wsAeOcLALDnCwC95wsACOgLAA3oCwBg6AsAZOgLALjoCwDF6AsAcMcTADPpCwDIxxMAbekLAMDpCwDP6QsAGOoLADjqCwBw6gsAfOoLAMjqCwDS6gsAIOsLACzrCwB46wsAfusLANDrCwDW6wsAKOwLAC3sCwCA7AsAhuwLACDIEwDe7AsAMO0LADXtCwCI7QsAju0LANDIEwDj7QsAOO4LAELuCwCQ7gsAku4LAOjuCwAB7wsAQO8LAFHvCwCY7wsApu8LAPDvCwDz7wsASPALAFPwCwCg8AsAqPALAPjwCwD68AsAUPELAFjxCwCo8QsAtfELAADyCwAM8gsAWPILAFzyCwCw8gsAuPILAAjzCwAX8wsAYPMLAGXzCwC48wsAxfMLABD0CwAd9AsAaPQLAHT0CwDA9AsAz/QLABj1CwAi9QsAcPULAH71CwDI9QsAzfULACD2CwAt9gsAKMkTAID2CwCAyRMA1PYLAEj7CwDc9gsAKPcLAC73CwCA9wsAhvcLANj3CwDl9wsAMPgLADX4CwCI+AsAkPgLAOD4CwAJ+QsAOPkLABb5CwDo+QsAXvkLAED6CwBh+QsAkPkLALn5CwDYyRMAEfoLADDKEwBm+gsAmPoLAM76CwDw+gsAGfsLAIjKEwBW+wsAoPsLAK37CwD4+wsABPwLAFD8CwBW/AsAqPwLAK78CwAA/QsABf0LAFj9CwBe/QsA4MoTANb9CwC4/gsA2f0LAAj+CwAx/gsAkMsTAIn+CwDoyxMA3v4LABD/CwBG/wsAaP8LAJH/CwBAzBMAyv8LABgADAAdAAwAcAAMAHgADACYzBMAzQAMACABDAApAQwAeAEMAIUBDADQAQwA1wEMAPDMEwAwAgwASM0TAJMCDADYAgwA5AIMADADDAA/AwwAiAMMAJEDDADgAwwA6gMMADgEDAA6BAwAkAQMAKkEDADoBAwA+QQMAEAFDABMBQwAmAUMAKAFDACgzRMA/gUMAEgGDABZBgwAoAYMAKwGDAD4BgwAAAcMAPjNEwBVBwwAqAcMALIHDAAACAwACAgMAFgIDABoCAwAsAgMALUIDAAICQwAEQkMAGAJDABtCQwAuAkMAL8JDABQzhMAFgoMAAjOEAAdCgwAaAoMACMKDACwmQ8AbQoMAMAKDADMCgwAGAsMACULDABwCwwAegsMAKjOEwDNCwwAIAwMACwMDAB4DAwAhQwMANAMDADaDAwAKA0MAEQNDACADQwAiA0MAADPEwDdDQwAMA4MADgODACIDgwAiw4MAOAODADpDgwAOA8MAEcPDACQDwwAmw8MAOgPDADwDwwAQBAMAFAQDACYEAwAphAMAPAQDAABEQwASBEMAFQRDACgEQwAqBEMAFjPEwD+EQwAUBIMAFgSDACoEgwArxIMAAATDAAOEwwAWBMMAF4TDACwEwwAvBMMAAgUDAAXFAwAYBQMAGoUDAC4FAwAvRQMABAVDAAWFQwAaBUMAHwVDADAFQwAyBUMABgWDAA2FgwAcBYMAHgWDACwzxMA0BYMAAjQEwAoFwwAeBcMAJEXDADQFwwA2RcMACgYDAA4GAwAgBgMAJAYDADYGAwA5BgMADAZDAA2GQwAiBkMAJYZDADgGQwA7RkMADgaDABPGgwAkBoMAJgaDADoGgwA8hoMAEAbDABOGwwAmBsMAK4bDADwGwwA/BsMAEgcDABPHAwAoBwMAKgcDAD4HAwA/RwMAFAdDABZHQwAqB0MALIdDAAAHgwACB4MAFgeDABaHgwAsB4MAMAeDAAIHwwAEh8MAGAfDABsHwwAuB8MAL4fDAAQIAwAGCAMALjQEwBqIAwAwCAMANEgDAAYIQwANCEMAHAhDAB4IQwAENETANkhDAAgIgwAMSIMAHgiDACAIgwA0CIMAOkiDAAoIwwALiMMAIAjDACFIwwA2CMMAPgjDAAwJAwAPCQMAIgkDACOJAwA4CQMAOgkDAA4JQwARyUMAJAlDACVJQwA6CUMAPUlDABAJgwATSYMAJgmDACkJgwA8CYMAP8mDABIJwwAUicMAKAnDACuJwwA+CcMAP0nDABQKAwAXSgMAKgoDACrKAwAACkMAAgpDABYKQwAWikMALApDAC2KQwACCoMABQqDABgKgwAaCoMAGjREwC9KgwAECsMABQrDABoKwwAdSsMAMDREwDIKwwAGNITAB4sDABwLAwAhywMAMgsDADRLAwAIC0MADYtDAB4LQwAhC0MANAtDADdLQwAKC4MADIuDACALgwAiC4MANguDAAXLwwAMC8MAFkvDACILwwAkC8MAOAvDAADMAwAcNITAEcwDACQMAwATjAMACBODACVMAwA6DAMAPUwDABAMQwATTEMAJgxDACkMQwA8DEMAP8xDABIMgwAUjIMAKAyDACuMgwA+DIMAP0yDABQMwwAXTMMAKgzDADMMwwAADQMAAg0DADI0hMAYTQMALA0DACzNAwACDUMABI1DABgNQwAaDUMALg1DADRNQwAEDYMABw2DABoNgwAcDYMACDTEwDQNgwAGDcMACA3DABwNwwAejcMAMg3DADcNwwAIDgMACE4DAB4OAwAhDgMANA4DADYOAwAeNMTADs5DACAOQwAgTkMANg5DADkOQwAMDoMAD86DACIOgwAkjoMAOA6DADjOgwAODsMAEA7DACQOwwAkTsMAOg7DADqOwwAQDwMAEY8DACYPAwAmjwMAPA8DAAGPQwASD0MAFQ9DACgPQwAqj0MAPg9DAAEPgwAUD4MAFY+DACoPgwAsD4MAAA/DAApPwwAWD8MAGA/DACwPwwAuj8MAAhADAANQAwAYEAMAGhADAC4QAwA0UAMABBBDAAcQQwAaEEMAHBBDADQ0xMAzEEMABhCDAAbQgwAcEIMAHVCDADIQgwA0UIMACBDDAAmQwwAeEMMAIdDDADQQwwA3EMMAChEDAA9RAwAgEQMAIhEDADYRAwA5UQMAAhLDADxRAwAMEUMADVFDACIRQwAjUUMAOBFDADxRQwAOEYMAEBGDACQRgwAREYMAEhIDACnRgwA6EYMAPZGDABARwwAW0cMAJhHDACkRwwA8EcMAP1HDAAo1BMASkgMAKBIDACtSAwA+EgMAABJDABQSQwAZ0kMAKhJDAC2SQwAAEoMABtKDABYSgwAZEoMALBKDAC9SgwAgNQTABFLDABgSwwAcUsMALhLDADJSwwAEEwMABhMDABoTAwAf0wMAMBMDADOTAwAGE0MADNNDABwTQwAfE0MAMhNDADVTQwA2NQTADRODAB4TgwAe04MANBODADtTgwAKE8MADlPDACATwwApE8MANhPDADgTwwAMNUTADlQDACIUAwAi1AMAOBQDADqUAwAOFEMAEBRDACQUQwAqVEMAOhRDAD0UQwAQFIMAEhSDACI1RMAqFIMAPBSDAD4UgwASFMMAFJTDACgUwwAtFMMAPhTDAD5UwwAUFQMAFxUDACoVAwAsFQMAODVEwAUVQwAWFUMAFtVDACwVQwAzVUMAAhWDAAZVgwAYFYMAG5WDAC4VgwAzVYMABBXDAAYVwwAaFcMAHVXDADYWgwAgVcMAMBXDADFVwwAGFgMAB1YDABwWAwAgVgMAMhYDADQWAwAIFkMADdZDAB4WQwAhlkMANBZDADrWQwAKFoMADRaDACAWgwAjVoMADjWEwDhWgwAMFsMAEFbDACIWwwAmVsMAOBbDADoWwwAOFwMAE9cDACQXAwAnlwMAOhcDAADXQwAQF0MAExdDACYXQwApV0MAJDWEwAEXgwASF4MAEteDACgXgwAvV4MAPheDAAJXwwAUF8MAF5fDACoXwwAvV8MAABgDAAIYAwAWGAMAGVgDACIZgwAcWAMALBgDAC1YAwACGEMAA1hDABgYQwAcWEMALhhDADAYQwAEGIMAMRhDADIYwwAJ2IMAGhiDAB2YgwAwGIMANtiDAAYYwwAJGMMAHBjDAB9YwwA6NYTAMpjDAAgZAwALWQMAHhkDACAZAwA0GQMAOdkDAAoZQwANmUMAIBlDACbZQwA2GUMAORlDAAwZgwAPWYMAEDXEwCRZgwA4GYMAPFmDAA4ZwwASWcMAJBnDACYZwwA6GcMAP9nDABAaAwATmgMAJhoDACzaAwA8GgMAPxoDABIaQwAVWkMAJjXEwCpaQwA+GkMAAlqDABQagwAXGoMAKhqDAC1agwAAGsMAAVrDABYawwAYmsMALBrDADAawwACGwMAA1sDABgbAwAaWwMALhsDADFbAwAEG0MABdtDABobQwAdG0MAMBtDADGbQwAGG4MAB5uDABwbgwAdW4MAMhuDADObgwA8NcTACVvDAB4bwwAgG8MANBvDADmbwwAKHAMAC1wDACAcAwAh3AMANhwDADhcAwAMHEMAEFxDACIcQwAlHEMAOBxDADocQwA+NgTADpyDACQcgwApnIMAOhyDAD0cgwAQHMMAEdzDACYcwwAoHMMAFDZEwD1cwwASHQMAE90DACgdAwAqXQMAPh0DAAJdQwAUHUMAFx1DACodQwAsHUMAKjZEwACdgwAWHYMAG52DACwdgwAvHYMAAh3DAAPdwwAYHcMAGh3DAAA2hMAvXcMABB4DAAXeAwAaHgMAHF4DADAeAwA0XgMABh5DAAkeQwAcHkMAHh5DABY2hMAynkMACB6DAAvegwAeHoMAJh6DADQegwA0noMACh7DAA/ewwAgHsMAIx7DADYewwA4HsMAAjbEwA1fAwAiHwMAIp8DADgfAwA53wMADh9DABAfQwAkH0MAJl9DADofQwA7n0MAEB+DABRfgwAmH4MAKB+DAC42xMA/H4MAEh/DABLfwwAoH8MAKV/DAD4fwwACYAMAFCADABrgAwAqIAMALSADAAAgQwACIEMABDcEwBugQwAsIEMALGBDAAIggwADYIMAGCCDABmggwAuIIMAMKCDAAQgwwAGIMMAGiDDAB6gwwAaNwTAM2DDAAYhAwAIoQMAHCEDAB2hAwAyIQMANyEDAAghQwAKIUMAHiFDACIhQwA0IUMANWFDAAohgwALoYMAICGDACIhgwA2IYMANmGDAAwhwwAMocMAIiHDACXhwwA4IcMAACIDAA4iAwAOogMAJCIDACniAwA6IgMAPSIDABAiQwASIkMAMDcEwCgiQwA8IkMAAmKDABIigwAUYoMAKCKDACqigwA+IoMAACLDABQiwwAYIsMAKiLDACtiwwAAIwMAAmMDABYjAwAZYwMALCMDAC3jAwACI0MABCNDABw3RMAao0MALiNDADAjQwAEI4MAB6ODABojgwAdY4MAMCODADIjgwAGI8MABqPDABwjwwAeI8MAMiPDADJjwwAIJAMACKQDAB4kAwAh5AMANCQDADwkAwAKJEMACqRDACAkQwAl5EMANiRDADkkQwAMJIMAEqSDACIkgwAtJIMAOCSDADjkgwAOJMMAD2TDACQkwwAnZMMAMjdEwDqkwwAQJQMAEqUDACYlAwAp5QMAPCUDAD7lAwASJUMAFaVDACglQwArZUMAPiVDAAPlgwAUJYMAFiWDAColgwAqZYMAACXDAAClwwAWJcMAGeXDACwlwwA0JcMAAiYDAAKmAwAYJgMAHeYDAC4mAwAxJgMABCZDAAYmQwAIN4TAG2ZDADAmQwAxpkMABiaDAAgmgwAcJoMAI+aDADImgwA1ZoMACCbDAAhmwwAeJsMAI6bDADQmwwA7JsMAHjeEwAtnAwAgJwMAIqcDADYnAwA4JwMADCdDAAxnQwAiJ0MADKdDADQpgwAjp0MAOCdDADsnQwAOJ4MAEieDACQngwAnp4MAOieDAD7ngwAQJ8MAEyfDACYnwwAn58MAPCfDAD4nwwASKAMAEygDACgoAwArqAMAPigDAACoQwAUKEMAFuhDACooQwAsKEMAACiDAA5ogwAWKIMAGCiDACwogwAtaIMAAijDAAOowwAYKMMAGijDAC4owwA0qMMABCkDABJpAwAaKQMAHCkDADApAwAxaQMABilDAAepQwAcKUMAHilDADIpQwA4qUMACCmDAA6pgwAeKYMALGmDADQ3hMA2KYMACinDAAvpwwAgKcMAIynDADYpwwA2acMADCoDAA8qAwAiKgMAJWoDADgqAwA56gMADipDABEqQwAkKkMAJ2pDADoqQwA96kMAECqDABUqgwAKN8TAJqqDADwqgwApKoMAFjxDwDzqgwAQFQPAP2qDADI2Q0A/6oMAEirDABoqwwAoKsMAKKrDAD4qwwAD6wMAFCsDABcrAwAqKwMALCsDACA3xMAAq0MAFitDABlrQwAsK0MALmtDAAIrgwACq4MAGCuDABxrgwAuK4MAMmuDAAQrwwAJK8MANjfEwCIrwwAwK8MAMKvDAAYsAwAL7AMAHCwDAB8sAwAyLAMANCwDAAw4BMAIrEMAHixDAB7sQwA0LEMANixDAAosgwANbIMAICyDACFsgwA2LIMAOKyDAAwswwAOLMMAIizDAChswwA4LMMAOyzDAA4tAwARLQMAJC0DACdtAwA6LQMAPC0DABAtQwAULUMAJi1DACdtQwA8LUMAPm1DABItgwAVbYMAKC2DACntgwA+LYMAAC3DACI4BMAXbcMAKi3DACrtwwAALgMAAq4DABYuAwAWrgMALC4DADBuAwACLkMABm5DABguQwAbLkMALi5DAC/uQwAELoMACq6DABougwAcLoMAMC6DADBugwAuMQMAMq6DAAYuwwAHrsMAHC7DACEuwwAyLsMANC7DAAgvAwAKrwMAHi8DAB9vAwA0LwMANi8DAAovQwANr0MAIC9DACNvQwA2L0MANu9DAAwvgwAOr4MAIi+DACKvgwA4L4MAPG+DAA4vwwASb8MAJC/DACYvwwA4OATAPK/DABAwAwAXMAMAJjADACgwAwAOOETAPHADABIwQwAXsEMAKDBDACowQwA+MEMAAbCDABQwgwAXcIMAKjCDACrwgwAAMMMAArDDABYwwwAWsMMALDDDADBwwwACMQMABnEDABgxAwAaMQMAJDhEwDJxAwAEMUMABzFDABoxQwAasUMAMDFDADDxQwAGMYMACTGDABwxgwAeMYMAOjhEwDRxgwAIMcMAC3HDAB4xwwAgMcMANDHDADixwwAKMgMADXIDACAyAwAgcgMANjIDADuyAwAMMkMADjJDACIyQwAlskMAODJDADtyQwAOMoMADvKDACQygwAmsoMAOjKDADqygwAQMsMAFHLDACYywwAqcsMAPDLDAD4ywwAQOITAFXMDACgzAwAqswMAPjMDACtzAwAuAsPAAbNDABQzQwAZs0MAKjNDAC0zQwAAM4MAAzODABYzgwAXs4MALDODAC2zgwACM8MAA3PDABgzwwAZs8MAJjiEwC9zwwAENAMABLQDABo0AwAb9AMAMDQDADI0AwAGNEMABvRDABw0QwAedEMAMjRDADX0QwAINIMACvSDAB40gwAgNIMANDSDADg0gwAKNMMADbTDACA0wwAkdMMANjTDADk0wwAMNQMADjUDACg4xMAptQMAODUDADo1AwA+OMTAETVDACQ1QwAptUMAOjVDADw1QwAQNYMAF/WDABQ5BMAm9YMAKgwDQCl1gwA8NYMAPPWDACgKxIA+NYMAEjXDAD61gwAkNcPAErXDACg1wwAUtcMAFjkDABZ1wwAIN0MAK3XDAD41wwADNgMAFDYDABY2AwAqNgMAK3YDAAA2QwAENkMAFjZDABg2QwAsNkMALrZDAAI2gwAE9oMAGDaDABs2gwAuNoMAMDaDACo5BMAFdsMAGjbDABx2wwAwNsMAMbbDAAY3AwAJ9wMAHDcDAB83AwAyNwMAMvcDAAA5RMAJd0MAHjdDACH3QwA0N0MANLdDAAo3gwAOd4MAIDeDACR3gwA2N4MAOzeDAAw3wwAON8MAIjfDACW3wwA4N8MAO3fDAA44AwAO+AMAJDgDACa4AwA6OAMAOrgDABA4QwAUeEMAJjhDACp4QwA8OEMAPzhDABI4gwAT+IMAKDiDACo4gwA+OIMAA/jDABQ4wwAXOMMAKjjDAC+4wwAAOQMAAPkDABY5RMAY+QMALDkDAC85AwACOUMABDlDACw5RMAbOUMALjlDADO5QwAEOYMABPmDABo5gwAcOYMAMDmDADC5gwAGOcMADPnDABw5wwAcucMAMjnDADW5wwAIOgMADHoDAB46AwAeugMANDoDADp6AwAKOkMADnpDACA6QwAjOkMAAjmEwDe6QwAMOoMAD7qDACI6gwAo+oMAODqDADs6gwAOOsMAD7rDACQ6wwAmOsMAOjrDAD46wwAQOwMAEXsDACY7AwAoewMAPDsDAD97AwASO0MAE/tDACg7QwAqO0MAGDmEwD97QwAUO4MAFbuDACo7gwAsO4MAADvDAAs7wwAWO8MAF/vDACw7wwAye8MAAjwDAAX8AwAYPAMAHzwDAC45hMAxPAMABDxDAAa8QwAaPEMAHDxDADA8QwAx/EMABjyDAAe8gwAcPIMAH7yDADI8gwA4/IMACDzDAAs8wwAePMMAH7zDADQ8wwA2PMMACj0DAA29AwAgPQMAI30DADY9AwA2/QMADD1DAA69QwAiPUMAIr1DADg9QwA7fUMADj2DABH9gwAkPYMAJz2DADo9gwA8PYMABDnEwBF9wwAmPcMAJ73DADw9wwA+PcMAEj4DAB0+AwAoPgMAKf4DAD4+AwAEfkMAFD5DABf+QwAqPkMALH5DAAA+gwABvoMAFj6DABp+gwAsPoMANj6DAAI+wwANPsMAGD7DABn+wwAuPsMANH7DAAQ/AwAH/wMAGj8DACE/AwAaOcTAMX8DAAY/QwAIv0MAHD9DACA/QwAyP0MAM39DAAg/gwAKf4MAHj+DACF/gwA0P4MANf+DAAo/wwANP8MAID/DACT/wwA2P8MAOf/DAAwAA0APAANAIgADQCJAA0A4AANAOoADQA4AQ0ARgENAJABDQCVAQ0A6AENAPUBDQDA5xMAUQINAJgCDQCaAg0A8AINAPMCDQBIAw0ASwMNAKADDQCnAw0A+AMNAAQEDQBQBA0AYAQNAKgEDQC4BA0AAAUNAAUFDQBYBQ0AYQUNALAFDQC9BQ0ACAYNAA8GDQBgBg0AbAYNALgGDQC+Bg0AEAcNABYHDQBoBw0AbQcNAMAHDQDGBw0AyOgTACIIDQBwCA0AfggNAMgIDQDYCA0AIAkNACIJDQB4CQ0AhwkNANAJDQDaCQ0AKAoNADAKDQDQ6RMAhgoNANgKDQDkCg0AKOoTADULDQCICw0AkAsNAOALDQDwCw0AOAwNAEYMDQCQDA0AnQwNAOgMDQDvDA0AQA0NAEgNDQDY6hMAqQ0NAPANDQD3DQ0ASA4NAFAODQCgDg0ArQ4NAPgODQD9Dg0AUA8NAFoPDQCoDw0AsA8NAAAQDQAZEA0AWBANAGQQDQCwEA0AuBANADDrEwAUEQ0AYBENAGMRDQC4EQ0AvRENABASDQAhEg0AaBINAIMSDQDAEg0AzBINABgTDQAfEw0AcBMNAIwTDQDIEw0A0BMNAIjrEwAlFA0AeBQNAIIUDQDQFA0A2BQNACgVDQAqFQ0A2OMOADgVDQCAFQ0AhRUNANgVDQDhFQ0AMBYNAD0WDQCIFg0AjxYNAODrEwDpFg0AOBcNAEUXDQCQFw0AnxcNAOgXDQDyFw0AQBgNAE4YDQCYGA0AnRgNAPAYDQD9GA0ASBkNAFAZDQA47BMAoRkNAPgZDQAEGg0AUBoNAF0aDQCoGg0AthoNAAAbDQANGw0AWBsNAG8bDQCwGw0AuBsNAAgcDQAOHA0AYBwNAGwcDQC4HA0A1RwNABAdDQAZHQ0AaB0NAHYdDQDAHQ0Axh0NABgeDQAkHg0AcB4NAHceDQDIHg0A0B4NACAfDQA/Hw0AkOwTAIkfDQDQHw0A3B8NACggDQAvIA0AgCANAIggDQDYIA0A4iANADAhDQA1IQ0AiCENAJAhDQDgIQ0A5SENADgiDQA5Ig0AkCINAJwiDQDoIg0A9SINAEAjDQBIIw0AmCMNAJsjDQDwIw0A+iMNAEgkDQBOJA0AoCQNAKwkDQD4JA0A+iQNAFAlDQBmJQ0AqCUNAMQlDQAAJg0ACCYNAOjsEwBdJg0AsCYNALgmDQAIJw0ACycNAGAnDQBpJw0AuCcNAMcnDQAQKA0AGygNAGgoDQBwKA0AwCgNANAoDQAYKQ0AJikNAHApDQCBKQ0AyCkNANQpDQAgKg0AKCoNAEDtEwB+Kg0A0CoNANgqDQAoKw0ALysNAIArDQCOKw0A2CsNAN4rDQAwLA0APCwNAIgsDQCXLA0A4CwNAOosDQA4LQ0APS0NAJAtDQCWLQ0A6C0NAPwtDQCY7RMATC4NAJguDQClLg0A8C4NAPMuDQBILw0AVi8NAKAvDQClLw0A+C8NAAUwDQBQMA0AWDANAPDtEwCwMA0AADENAAYxDQBYMQ0ABzENAFjsDQBkMQ0AsDENAM0xDQAIMg0AETINAGAyDQBuMg0AuDINAL4yDQAQMw0AHDMNAGgzDQBvMw0ASO4TAMEzDQBQyg0AzDMNABg0DQDQMw0A4MYNACs0DQBwNA0AejQNAMg0DQDUNA0AIDUNAC01DQB4NQ0AezUNANA1DQDeNQ0AKDYNAC02DQCANg0AjTYNANg2DQDgNg0AoO4TADY3DQCINw0AljcNAOA3DQD7Nw0AODgNAEQ4DQCQOA0AljgNAFDvEwALOQ0AqO8TAEU5DQCYOQ0ApTkNAPA5DQD9OQ0ASDoNAFQ6DQCgOg0ArzoNAPg6DQACOw0AUDsNAF47DQCoOw0ArTsNAAA8DQANPA0AWDwNAHQ8DQCwPA0AuDwNAADwEwANPQ0AYD0NAGY9DQC4PQ0AwD0NABA+DQARPg0AaD4NAG8+DQDAPg0AxT4NABg/DQAgPw0AcD8NAH4/DQDIPw0Ayz8NACBADQAoQA0AeEANAIVADQDQQA0A1UANAChBDQAyQQ0AgEENAIhBDQDYQQ0A6UENADBCDQA1Qg0AiEINAIpCDQDgQg0A50INADhDDQBEQw0AkEMNAJdDDQBY8BMA9EMNAEBEDQBdRA0AmEQNAKFEDQDwRA0A/kQNAEhFDQBORQ0AoEUNAKxFDQD4RQ0A/0UNAFBGDQBYRg0AqEYNAL5GDQAARw0ABUcNAFhHDQBfRw0AsEcNALlHDQAISA0AGUgNAGBIDQBsSA0AuEgNAMBIDQAI8RMAFkkNAGhJDQBtSQ0AwEkNANtJDQAYSg0AJkoNAHBKDQB3Sg0AyEoNANRKDQAgSw0AI0sNAHhLDQCASw0A0EsNANFLDQAoTA0AKkwNAIBMDQCPTA0A2EwNAPhMDQAwTQ0AMk0NAIhNDQCfTQ0A4E0NAOxNDQA4Tg0AQE4NAGDxEwCVTg0A6E4NAPBODQBATw0AUE8NAJhPDQCmTw0A8E8NAAFQDQBIUA0AVFANAKBQDQCjUA0A+FANAABRDQBQUQ0AXlENAKhRDQC1UQ0AAFINAAhSDQBYUg0AkVINALjxEwCyUg0ACFMNABZTDQBgUw0AcVMNABDyEwC+Uw0AEFQNABxUDQBo8hMAhFQNABjzEwDJVA0AGFUNAC5VDQBwVQ0AdlUNADhZDQCAVQ0AyFUNAMpVDQAgVg0ALlYNAHhWDQCJVg0AcPMTANdWDQDI8xMANFcNAIBXDQCDVw0A2FcNAOJXDQAwWA0AM1gNAIhYDQCaWA0A4FgNAPxYDQAg9BMAQVkNAJBZDQCdWQ0A6FkNAPJZDQBAWg0ATloNAJhaDQCuWg0A8FoNAPxaDQBIWw0AVFsNAKBbDQCmWw0A+FsNAP5bDQBQXA0AVVwNAKhcDQCuXA0AePQTAAxdDQBYXQ0AW10NALBdDQC6XQ0ACF4NAAteDQBgXg0AaV4NALheDQDGXg0AEF8NABpfDQBoXw0AdF8NAMBfDQDDXw0AGGANACpgDQBwYA0AjGANAND0EwDXYA0AIGENACVhDQB4YQ0AgWENANBhDQDdYQ0AKGINADJiDQCAYg0AkmINANhiDQD0Yg0AKPUTADZjDQCIYw0AjmMNAOBjDQDlYw0AOGQNAD5kDQCA9RMAlWQNAOhkDQDxZA0AQGUNAEplDQCYZQ0Am2UNAPBlDQD+ZQ0ASGYNAE9mDQCgZg0ArGYNAPhmDQAQZw0AUGcNAFVnDQCoZw0AuGcNAABoDQAYaA0AWGgNAGRoDQCwaA0Aw2gNAAhpDQAKaQ0AYGkNAHZpDQC4aQ0AuWkNABBqDQAhag0AaGoNAHRqDQDAag0Aw2oNABhrDQAwaw0AcGsNAH9rDQDIaw0AzWsNACBsDQApbA0AeGwNAIVsDQDQbA0A2mwNAChtDQA6bQ0AgG0NAJxtDQAw9hMA320NAADbDwDibQ0AMG4NADxuDQCIbg0Ai24NAOBuDQDqbg0AOG8NADtvDQCQbw0AmW8NAOhvDQD2bw0AQHANAEpwDQCYcA0ApHANAIj2EwD4cA0ASHENAFhxDQCgcQ0AonENAPhxDQAGcg0AUHINAGFyDQDg9hMArnINAABzDQAMcw0AOPcTAGFzDQCwcw0AxnMNAAh0DQAedA0AYHQNAGJ0DQC4dA0AvnQNABB1DQAkdQ0AaHUNAIB1DQDAdQ0A0XUNABh2DQAmdg0AcHYNAH12DQDIdg0A1HYNACB3DQAydw0AeHcNAJR3DQDQdw0A4ncNAOj3EwApeA0AgHgNAIx4DQDYeA0A53gNADB5DQA4eQ0AQPgTAIp5DQDgeQ0A7nkNADh6DQBJeg0AmPgTAJd6DQDw+BMA8HoNAKD5EwBBew0AIJgNAEN7DQDghA0ARHsNAPh8DQBGew0ASIcNAEd7DQBwgQ0ASXsNADCaDQBMew0AmHsNAE17DQBgfw0AT3sNAMiMDQCeew0A8HsNAPZ7DQBIfA0ATXwNAKB8DQCmfA0A+PkTAPp8DQBQfQ0AVn0NAKh9DQC1fQ0AAPsTAA1+DQBYfg0Ab34NALB+DQDMfg0ACH8NABB/DQBY+xMAZX8NALh/DQDCfw0AEIANAB6ADQBogA0Ad4ANAMCADQDMgA0AsPsTACCBDQAI/BMAfIENAMiBDQDJgQ0AIIINACaCDQB4gg0AhIINANCCDQDfgg0AKIMNACqDDQCAgw0AioMNANiDDQDkgw0AMIQNADeEDQBg/BMAkIQNALj8EwDqhA0AOIUNAD6FDQCQhQ0AnoUNAOiFDQD3hQ0AQIYNAEqGDQCYhg0AtIYNAPCGDQD4hg0AEP0TAFSHDQCghw0Ar4cNAPiHDQD9hw0AUIgNAGuIDQCoiA0AtIgNAACJDQAGiQ0AWIkNAFqJDQCwiQ0AyYkNAAiKDQAZig0AYIoNAGyKDQC4ig0A0IoNABCLDQAciw0AaIsNAG6LDQDAiw0AxosNABiMDQAdjA0AcIwNAHaMDQBo/RMAzYwNACCNDQAmjQ0AeI0NADaNDQBIkg0AhI0NANCNDQDojQ0AKI4NACyODQDgjw0ANI4NAICODQCGjg0A2I4NAN6ODQAwjw0ANY8NAIiPDQCOjw0AcP4TAOKPDQA4kA0APpANAJCQDQCdkA0AeP8TAPWQDQBAkQ0AV5ENAJiRDQC0kQ0A8JENAPiRDQDQ/xMASZINAKCSDQCukg0A+JINAAmTDQBQkw0AXJMNAKiTDQDAkw0AAJQNAASUDQC4lQ0ADJQNAFiUDQBelA0AsJQNALaUDQAIlQ0ADZUNAGCVDQBmlQ0AKAAUALqVDQAQlg0AFpYNAGiWDQB1lg0AMAEUAM2WDQAYlw0AL5cNAHCXDQCMlw0AyJcNANCXDQCIARQAIpgNAHiYDQB+mA0A0JgNANOYDQAomQ0ANJkNAICZDQCcmQ0A2JkNAOCZDQDgARQAM5oNAIiaDQCUmg0A4JoNAOaaDQA4mw0AUJsNAJCbDQCUmw0ASJ0NAJebDQDAoQ0AnJsNAOibDQCdmw0AsJ8NAO6bDQBAnA0ARpwNAJicDQCdnA0A8JwNAPacDQA4AhQASp0NAKCdDQCmnQ0A+J0NAAWeDQBAAxQAXZ4NAKieDQC/ng0AAJ8NAByfDQBYnw0AYJ8NAJgDFAC1nw0ACKANABKgDQBgoA0AbqANALigDQDHoA0AEKENAByhDQDwAxQAcKENAEgEFADMoQ0AGKINABmiDQBwog0AdqINAMiiDQDUog0AIKMNAC+jDQB4ow0AeqMNANCjDQDaow0AKKQNADSkDQCApA0Ah6QNAKAEFADgpA0A+AQUADqlDQCIpQ0AlKUNAOClDQD2pQ0AOKYNAESmDQCQpg0Ao6YNAOimDQD2pg0AQKcNAEqnDQBQBRQAoKcNAKgFFAAGqA0ASKgNAFSoDQCgqA0AragNAPioDQACqQ0AUKkNAFKpDQCoqQ0AsqkNAACqDQAOqg0AWKoNAF2qDQCwqg0AvaoNAAirDQAQqw0AYKsNAHCrDQC4qw0AuqsNABCsDQAZrA0AaKwNAHmsDQDArA0AyqwNAAAGFAAkrQ0AcK0NAIetDQDIrQ0A460NAFgGFAA5rg0AeK4NAH6uDQDQrg0A2q4NALAGFAAqrw0AgK8NAJGvDQDYrw0A4K8NADCwDQD0rw0AcNkNADywDQCIsA0AjrANAOCwDQDmsA0AOLENAD2xDQCQsQ0AlrENAAgHFAAEsg0AQLINAEiyDQAQCBQAprINAPCyDQABsw0ASLMNAFmzDQCgsw0ArLMNAPizDQD/sw0AaAgUAGG0DQCotA0AubQNAAC1DQAMtQ0AWLUNAF+1DQDACBQAsrUNAAi2DQAJtg0AYLYNAGi2DQC4tg0AvbYNABC3DQAZtw0AaLcNAHK3DQDAtw0AyLcNABi4DQAduA0AcLgNAIC4DQDIuA0A0LgNACC5DQA2uQ0AeLkNAIS5DQDQuQ0A5rkNACi6DQAtug0AgLoNAIa6DQDYug0A7LoNABgJFABGuw0AiLsNAJa7DQDguw0A7bsNADi8DQA6vA0AkLwNAJq8DQDovA0A9LwNAEC9DQBHvQ0AmL0NAKC9DQDwvQ0ACb4NAEi+DQBcvg0AoL4NAKi+DQD4vg0A+r4NAFC/DQBdvw0AqL8NAK2/DQAAwA0ACsANAFjADQBjwA0AsMANALzADQAIwQ0ADsENAGDBDQBowQ0AuMENALnBDQAQwg0AFsINAGjCDQBtwg0AwMINAM/CDQAYww0AJMMNAHDDDQBzww0AyMMNAMvDDQBwCRQAJcQNAHjEDQCUxA0AyAkUAPDEDQAoxQ0AMMUNACAKFACGxQ0A2MUNAOTFDQB4ChQANsYNAIjGDQCUxg0A4AwUAOLGDQA4xw0AQscNAJDHDQCSxw0A6McNAPnHDQBAyA0ASMgNAJjIDQCkyA0A8MgNAPbIDQBIyQ0ATskNAKDJDQClyQ0A+MkNAP7JDQA4DRQAUsoNAKjKDQCuyg0AAMsNAAPLDQBYyw0AZMsNALDLDQC4yw0AQA4UAA7MDQBgzA0AZswNALjMDQC9zA0AEM0NABbNDQCYDhQAas0NAMDNDQDJzQ0AGM4NAC/ODQBwzg0Ae84NAMjODQDSzg0AIM8NACjPDQCgDxQAhc8NANDPDQDYzw0AKNANADLQDQCA0A0Ai9ANANjQDQDe0A0AMNENADzRDQCI0Q0AitENAODRDQDn0Q0AONINAEDSDQCQ0g0AotINAPgPFAAo0w0AQNMNAEjTDQCY0w0Au9MNAAARFADy0w0ASNQNAFXUDQCg1A0Ap9QNAPjUDQAJ1Q0AUNUNAFzVDQCo1Q0Ar9UNAADWDQAB1g0AsPcNAAjWDQBYERQAa9YNALDWDQC/1g0ACNcNABTXDQBg1w0AYdcNALjXDQDC1w0AENgNAB7YDQBo2A0AbdgNAMDYDQDN2A0AsBEUACDZDQAIEhQAeNkNAGASFADW2Q0AINoNAC/aDQB42g0AmNoNANDaDQDc2g0AKNsNAC/bDQCA2w0AiNsNANjbDQDa2w0AMNwNADrcDQBoExQAktwNAODcDQDo3A0AwBMUAELdDQCQ3Q0AmN0NABgUFAAp3g0AQN4NAEjeDQCY3g0Att4NAHAUFAD13g0AINcOAPzeDQBg2RAA/t4NAEjfDQBP3w0A0NQPAFjfDQCg3w0AsN8NAPjfDQAE4A0AUOANAFbgDQCo4A0AxOANAADhDQAI4Q0AyBQUAGzhDQCw4Q0AuuENAAjiDQAU4g0AYOINAGjiDQAgFRQAw+INABDjDQAS4w0AaOMNAG7jDQDA4w0AyOMNAHgVFAAa5A0AcOQNAHPkDQDI5A0A0OQNACDlDQAw5Q0AeOUNAHrlDQDQ5Q0A3uUNACjmDQA55g0A0BUUAIfmDQAoFhQA3uYNADDnDQA15w0AiOcNAI7nDQCAFhQA6ucNADjoDQA66A0AkOgNAKPoDQDo6A0A8OgNAEDpDQBM6Q0AmOkNAJ7pDQDw6Q0A9ukNAEjqDQBN6g0AoOoNAKbqDQCIFxQAAesNAFDrDQBd6w0AqOsNAK/rDQAA7A0ACOwNAOAXFABk7A0AsOwNALrsDQAI7Q0AFO0NAGDtDQBv7Q0AuO0NAMLtDQAQ7g0AHO4NAGjuDQBv7g0AOBgUAMPuDQAAtxAAxu4NABjvDQDP7g0AAMUPANHuDQC43w4AJO8NAHDvDQB47w0AkBgUANTvDQAg8A0AKvANAHjwDQCE8A0A0PANAN/wDQAo8Q0AMvENAIDxDQCM8Q0A2PENAN/xDQDoGBQAPvINAIjyDQBQ8g0A2LQPAJ/yDQDg8g0A7fINADjzDQA68w0AkPMNAKHzDQDo8w0ABPQNAED0DQBI9A0AQBkUALH0DQDw9A0ABPUNAEj1DQBQ9Q0AoPUNAKP1DQD49Q0ABvYNAFD2DQBn9g0AqPYNALX2DQAA9w0AAvcNAFj3DQBp9w0AmBkUALb3DQAI+A0ADfgNAGD4DQB2+A0AuPgNAMb4DQAQ+Q0AE/kNAGj5DQB0+Q0AwPkNAMb5DQAY+g0AJPoNAHD6DQCc+g0AyPoNANT6DQAg+w0AL/sNAHj7DQCC+w0A0PsNAN77DQAo/A0ALfwNAID8DQCN/A0A8BkUANr8DQAw/Q0APv0NAIj9DQCV/Q0A4P0NAPL9DQBIGhQAR/4NAJD+DQCc/g0A6P4NAAH/DQBA/w0AQv8NAJj/DQCn/w0A8P8NABAADgBIAA4AUAAOAKAADgDDAA4AoBoUAP0ADgBQAQ4AUwEOAKgBDgCyAQ4AAAIOAAgCDgBYAg4AXgIOALACDgC8Ag4ACAMOABcDDgBgAw4AbAMOALgDDgDFAw4AEAQOABoEDgBoBA4AcAQOAMAEDgDPBA4AGAUOABoFDgBwBQ4AgQUOAMgFDgDZBQ4AIAYOACgGDgB4Bg4AiQYOANAGDgDSBg4AKAcOACsHDgCABw4AigcOANgHDgD8Bw4AMAgOAEwIDgD4GhQAjggOAOAIDgDlCA4AOAkOAEcJDgCQCQ4AnAkOAOgJDgDrCQ4AQAoOAEMKDgCYCg4AoAoOAPAKDgD/Cg4ASAsOAE0LDgCgCw4AtgsOAPgLDgD5Cw4AUAwOAGEMDgCoDA4AtAwOAAANDgAKDQ4AWA0OAGQNDgCwDQ4Atw0OAFAbFAAMDg4AYA4OAG4ODgC4Dg4Awg4OABAPDgAbDw4AaA8OAHAPDgDADw4AzA8OABgQDgArEA4AcBAOAH4QDgDIEA4A0hAOACARDgAoEQ4AeBEOAIcRDgDQEQ4A1REOACgSDgAvEg4AgBIOAIwSDgCoGxQA5BIOADATDgAzEw4AiBMOAIsTDgDgEw4A+hMOADgUDgBEFA4AkBQOAKMUDgDoFA4A9hQOAEAVDgBKFQ4AmBUOALsVDgAAHBQA+hUOAEgWDgBUFg4AoBYOAKcWDgD4Fg4AABcOAFAXDgBUFw4AqBcOALYXDgAAGA4AChgOAFgYDgBjGA4AsBgOALgYDgAIGQ4AFxkOAGAZDgBlGQ4AuBkOAL8ZDgAQGg4AHBoOAGgaDgBwGg4AWBwUANYaDgDwkxAA2RoOABgbDgAiGw4AcBsOAHwbDgDIGw4AyxsOACAcDgAqHA4AeBwOAHscDgDQHA4A4BwOACgdDgAqHQ4AgB0OAI4dDgDYHQ4A6R0OALAcFAA3Hg4ACB0UAKEeDgDgHg4A6h4OADgfDgBEHw4AkB8OAJMfDgDoHw4A8h8OAGAdFABFIA4AmCAOALggDgDwIA4A+CAOALgdFABWIQ4AoCEOALYhDgD4IQ4ABCIOAFAiDgBXIg4AqCIOALAiDgAAIw4ABSMOAFgjDgBhIw4AsCMOALojDgAIJA4AECQOAGAkDgBuJA4AuCQOAMUkDgAQJQ4AGCUOABAeFAB4JQ4AwCUOAMglDgBoHhQAHyYOAHAmDgB8Jg4AyCYOAM8mDgAgJw4AKCcOAHgnDgCCJw4A0CcOAN4nDgAoKA4APigOAIAoDgCMKA4A2CgOAN0oDgAwKQ4AOSkOAIgpDgCSKQ4A4CkOAOgpDgA4Kg4APSoOAJAqDgCgKg4A6CoOAPAqDgDAHhQATisOAJgrDgCuKw4A8CsOAPwrDgBILA4ATywOAKAsDgCoLA4A+CwOAP0sDgBQLQ4AWS0OAKgtDgCyLQ4AAC4OAAguDgBYLg4AWi4OAGA6DgBmLg4AsC4OAL0uDgAILw4AEC8OABgfFABsLw4AuC8OALsvDgAQMA4AGjAOAHAfFAB2MA4AwDAOANYwDgAYMQ4AJDEOAHAxDgB3MQ4AyDEOANAxDgAgMg4AJTIOAHgyDgCBMg4A0DIOANoyDgAoMw4AMDMOAIAzDgCCMw4A2DMOAOgzDgAwNA4AOjQOAIg0DgCUNA4A4DQOAOY0DgAgIBQARjUOAJA1DgCmNQ4A6DUOAPQ1DgBANg4ARTYOAJg2DgChNg4A8DYOAPo2DgBINw4AUDcOAKA3DgDCNw4AeCAUAAc4DgBQOA4AXDgOAKg4DgCpOA4AADkOAAo5DgBYOQ4AZjkOALA5DgC1OQ4ACDoOABU6DgDQIBQAcDoOALg6DgDCOg4AEDsOABw7DgBoOw4AbjsOAMA7DgDIOw4A2CEUAB08DgBwPA4AeDwOAMg8DgDUPA4AGEcOAOE8DgAgPQ4ALD0OAHg9DgCAPQ4AMCIUAN09DgAoPg4AMD4OAIA+DgCOPg4A2D4OAOU+DgAwPw4AMz8OAIg/DgCSPw4A4D8OAOI/DgA4QA4ARUAOAJBADgCfQA4A6EAOAPRADgBAQQ4ASEEOAIgiFACoQQ4A8EEOAPhBDgBIQg4AVEIOAKBCDgCmQg4A+EIOAP5CDgBQQw4AVUMOAKhDDgCuQw4A4CIUAA1EDgBYRA4AXUQOALBEDgC6RA4ACEUOABBFDgBgRQ4AbEUOALhFDgDLRQ4AEEYOAB5GDgBoRg4Aa0YOAMBGDgDKRg4AOCMUACtHDgBwRw4AfkcOAMhHDgDLRw4AIEgOACpIDgCQIxQAfUgOANBIDgCGSA4AcGgOANhIDgAoSQ4ANEkOAIBJDgCGSQ4A2EkOAJNJDgAIZg4A3kkOADBKDgA1Sg4AiEoOAI5KDgDoIxQA5koOADhLDgA9Sw4AkEsOAJZLDgBAJBQA9ksOAEBMDgBbTA4AmEwOAKRMDgDwTA4A90wOAJgkFABRTQ4AoE0OAK1NDgD4TQ4ABE4OAFBODgBjTg4AqE4OAKlODgAATw4ADE8OAFhPDgBnTw4AsE8OALpPDgAIUA4AFFAOAGBQDgBnUA4A8CQUAL5QDgAQUQ4AFlEOAGhRDgBtUQ4AwFEOAMZRDgCgJRQAIVIOAHBSDgB9Ug4AyFIOAMxSDgAgUw4AIlMOAHhTDgCFUw4A0FMOANpTDgD4JRQAL1QOAIBUDgCIVA4A2FQOAORUDgAwVQ4AQ1UOAIhVDgCXVQ4A4FUOAOxVDgA4Vg4AOVYOAJBWDgCaVg4A6FYOAPZWDgBAVw4ARVcOAJhXDgClVw4AUCYUAPxXDgBIWA4ATlgOAKBYDgCmWA4A+FgOAP1YDgBQWQ4AVlkOAKgmFACtWQ4AAFoOAApaDgBYJxQAYFoOALBaDgC9Wg4ACFsOAA1bDgBgWw4AalsOALhbDgDAWw4AEFwOABxcDgBoXA4Ae1wOAMBcDgDBXA4AGF0OACRdDgBwXQ4Af10OAMhdDgDSXQ4AIF4OACheDgB4Xg4Ael4OALAnFADZXg4AKF8OADdfDgCAXw4Aj18OANhfDgDkXw4AMGAOADNgDgCIYA4Ai2AOAAgoFADiYA4AOGEOADthDgCQYQ4AmGEOAOhhDgD1YQ4AQGIOAEViDgCYYg4AomIOAPBiDgD4Yg4ASGMOAFRjDgCgYw4As2MOAPhjDgD5Yw4AUGQOAFxkDgCoZA4At2QOAABlDgAKZQ4AWGUOAGRlDgCwZQ4At2UOAGAoFAAXZg4AYGYOAGxmDgC4Zg4AuWYOABBnDgAaZw4AaGcOAHZnDgDAZw4AxWcOABhoDgAlaA4AuCgUAIFoDgAQKRQA1WgOACBpDgAuaQ4AeGkOAIlpDgDQaQ4A8mkOAGgpFAAtag4AgGoOAC5qDgDgog4AiGoOANhqDgDZag4AUG8OANtqDgBYcA4A3WoOAEhuDgDeag4AuHEOAN9qDgBAbQ4A52oOADBrDgDxag4A0HQOADVrDgCIaw4AlWsOAOBrDgDtaw4AOGwOAERsDgCQbA4An2wOAOhsDgDybA4AwCkUAE5tDgCYbQ4Amm0OAPBtDgABbg4AGCoUAEluDgCgbg4ArG4OAPhuDgAFbw4AcCoUAF5vDgCobw4AtW8OAABwDgAXcA4AyCoUAGFwDgAYcw4AYnAOALBwDgCycA4ACHEOAA5xDgBgcQ4AanEOACArFADEcQ4AEHIOABJyDgBocg4Ad3IOAMByDgDLcg4AeCsUACdzDgBwcw4Af3MOAMhzDgDUcw4AIHQOACx0DgB4dA4Af3QOANArFADcdA4AKHUOADB1DgAoLBQAmXUOANh1DgDpdQ4AMHYOADx2DgCALBQAj3YOAOB2DgDodg4AOHcOADl3DgCQdw4AlncOAOh3DgDtdw4AQHgOAEF4DgCYeA4ApHgOAPB4DgD2eA4ASHkOAFJ5DgCgeQ4ArnkOACB/DgC0eQ4A+HkOAAB6DgDYLBQAYHoOAKh6DgCweg4AAHsOAAl7DgBYew4ADXsOABh+DgBlew4AsHsOALd7DgAIfA4AFHwOAGB8DgBwfA4AuHwOAMZ8DgAQfQ4AHX0OAGh9DgB0fQ4AwH0OAMd9DgAwLRQAIX4OAHB+DgCBfg4AyH4OANl+DgCILRQALH8OAHh/DgB7fw4A0H8OANh/DgAogA4ALYAOAICADgCQgA4A2IAOAOCADgAwgQ4AOYEOAIiBDgA9gQ4ASIQOAJWBDgDggQ4A54EOADiCDgBEgg4AkIIOAKCCDgDogg4A9oIOAECDDgBNgw4AmIMOAKSDDgDwgw4A94MOAOAtFABRhA4AoIQOALGEDgD4hA4ACYUOADguFABVhQ4AqIUOALWFDgAAhg4ADIYOAFiGDgBihg4AsIYOAMSGDgAIhw4ACYcOAGCHDgBshw4AuIcOANeHDgAQiA4AGIgOAGiIDgBtiA4AwIgOANmIDgAYiQ4ARIkOAHCJDgB8iQ4AyIkOANeJDgAgig4AKooOAHiKDgCAig4A0IoOANuKDgAoiw4AKosOAICLDgCDiw4A2IsOAOCLDgAwjA4APYwOAIiMDgCNjA4A4IwOAOiMDgA4jQ4AOo0OAJCNDgCajQ4A6I0OAPKNDgBAjg4ARo4OAJiODgCmjg4A8I4OAAmPDgBIjw4AUY8OAKCPDgCqjw4A+I8OAASQDgCQLhQAXJAOAKiQDgCykA4AAJEOAAuRDgBYkQ4AXZEOALCRDgC3kQ4ACJIOABCSDgBgkg4AjZIOAOguFAC/kg4AEJMOABiTDgBokw4AlZMOAMCTDgDFkw4AGJQOABmUDgBwlA4AepQOAMiUDgDWlA4AIJUOACWVDgB4lQ4AhZUOANCVDgDslQ4AKJYOAESWDgBALxQAjZYOANiWDgDclg4AMJcOADaXDgCIlw4AipcOAOCXDgDhlw4AOJgOAFuYDgCQmA4AtJgOAOiYDgAVmQ4AQJkOAEiZDgCYmQ4AnZkOAPCZDgD9mQ4ASJoOAFCaDgCgmg4AopoOAPiaDgAAmw4AUJsOAH2bDgComw4AtZsOAACcDgAFnA4AWJwOAGWcDgCwnA4AvJwOAAidDgA1nQ4AYJ0OAGidDgC4nQ4A050OABCeDgASng4AaJ4OAHmeDgDAng4AyZ4OABifDgAknw4AmC8UAH2fDgDInw4A458OACCgDgAloA4AeKAOAJigDgDQoA4A3KAOACihDgAwoQ4A8C8UAI6hDgDYoQ4A4qEOADCiDgA7og4AiKIOAJCiDgCgMBQA6aIOADijDgBCow4AkKMOAJujDgDoow4A/KMOAECkDgBVpA4AmKQOAKCkDgDwpA4AB6UOAEilDgBNpQ4AoKUOAKqlDgD4pQ4AAKYOAPgwFABSpg4AqKYOALmmDgAApw4AA6cOAFinDgBkpw4AUDEUAL6nDgAIqA4AGagOAKgxFABjqA4AuKgOALuoDgAQqQ4AHKkOAGipDgBuqQ4AwKkOAMqpDgAAMhQAJaoOAHCqDgCHqg4AyKoOANCqDgBYMhQAJqsOAHirDgB+qw4A0KsOAOirDgAorA4AKqwOAICsDgCDrA4A2KwOANusDgAwrQ4APK0OAIitDgCOrQ4A4K0OAOqtDgAIMxQAPa4OAJCuDgCdrg4AYDMUAPiuDgBArw4ATK8OAJivDgCerw4A8K8OAPyvDgBIsA4A/q8OAFDUEQBVsA4AoLAOAK+wDgD4sA4ABLEOAFCxDgBYsQ4AuDMUALCxDgAAsg4AArIOAFiyDgBnsg4AsLIOALqyDgAIsw4AEbMOAGCzDgBisw4AuLMOAMmzDgAQtA4AJbQOAGi0DgBwtA4AwLQOAAK1DgAYtQ4AILUOAHC1DgB8tQ4AyLUOANu1DgAgtg4AIbYOAHi2DgCEtg4A0LYOAN+2DgAotw4AMrcOAIC3DgCMtw4A2LcOAN+3DgBoNBQATLgOAMA0FACLuA4A4LgOAOi4DgA4uQ4ARbkOAJC5DgCVuQ4A6LkOAPK5DgBAug4ASLoOAJi6DgCiug4AEL8OAKi6DgAgwQ4AxboOAPC6DgD6ug4ASLsOAAC7DgAAvQ4ATrsOAKC7DgCpuw4A+LsOAAS8DgBQvA4AfbwOAKi8DgDEvA4AcDUUAAK9DgBYvQ4Aab0OALC9DgCzvQ4ACL4OABS+DgBgvg4Ajb4OALi+DgDUvg4AyDUUABa/DgBovw4Acb8OAMC/DgDKvw4AGMAOACPADgBwwA4AhMAOAMjADgDkwA4AIDYUACLBDgB4wQ4AicEOANDBDgDTwQ4AKMIOADzCDgCAwg4AnMIOAHg2FADgwg4A0DYUAErDDgAoNxQAjcMOAODDDgD5ww4AOMQOAELEDgCQxA4AksQOAOjEDgD2xA4AQMUOAE3FDgCYxQ4ApMUOAPDFDgD3xQ4ASMYOAFDGDgCANxQAqMYOANg3FAAExw4AUMcOAG3HDgCoxw4AsccOAADIDgAOyA4AWMgOAF7IDgCwyA4AvMgOAAjJDgAPyQ4AYMkOAGjJDgC4yQ4AwskOABDKDgAcyg4AaMoOAGvKDgDAyg4AysoOAOA4FAAdyw4AcMsOAIvLDgDIyw4A1MsOACDMDgAmzA4AeMwOAHrMDgDQzA4A58wOACjNDgA0zQ4AgM0OAIjNDgCQORQA6M0OADDODgA4zg4A6DkUAJTODgDgzg4A5s4OADjPDgA+zw4AkM8OAJXPDgDozw4A7s8OAEA6FABK0A4AmNAOAKDQDgDwOhQA9tAOAEjRDgBQ0Q4AoNEOAK3RDgD40Q4ABNIOAFDSDgBS0g4AqNIOAK7SDgAA0w4ACNMOAEg7FABl0w4AsNMOALfTDgAI1A4AENQOAGDUDgBl1A4AuNQOAMjUDgAQ1Q4AGNUOAGjVDgB21Q4AwNUOAM3VDgAY1g4AGdYOAHDWDgB51g4AyNYOANLWDgCgOxQALNcOAHjXDgB71w4A0NcOANjXDgAo2A4ANdgOAIDYDgCF2A4A2NgOAOLYDgAw2Q4AONkOAIjZDgCU2Q4A4NkOAPPZDgA42g4ARtoOAJDaDgCT2g4A6NoOAPLaDgD4OxQARdsOAJjbDgCk2w4A8NsOAPPbDgBI3A4AUNwOAKDcDgCt3A4A+NwOAP3cDgBQ3Q4AWt0OAKjdDgCw3Q4AAN4OAAzeDgBY3g4Aa94OALDeDgC+3g4ACN8OAAvfDgBg3w4Aat8OAFA8FAC+3w4AEOAOABzgDgBo4A4AauAOAMDgDgDH4A4AGOEOACzhDgBw4Q4AeOEOAMjhDgDU4Q4AIOIOADPiDgB44g4AhuIOANDiDgDT4g4AKOMOADLjDgCA4w4Ag+MOAKg8FADz4w4AMOQOADLkDgCI5A4AluQOAODkDgDx5A4AOOUOADrlDgCQ5Q4AqeUOAOjlDgD55Q4AQOYOAEzmDgAAPRQAoeYOAPDmDgD95g4ASOcOAFLnDgCg5w4ArucOAPjnDgAO6A4AUOgOAFzoDgCo6A4AtOgOAADpDgAT6Q4AWOkOAGfpDgCw6Q4AvOkOAAjqDgAJ6g4AYOoOAGrqDgC46g4AxuoOABDrDgAV6w4AaOsOAHXrDgBYPRQAzusOABjsDgAu7A4AcOwOAHzsDgDI7A4Az+wOACDtDgAo7Q4AeO0OAH3tDgDQ7Q4A2e0OACjuDgAy7g4AgO4OAIjuDgDY7g4A3O4OADDvDgAy7w4AiO8OAJbvDgDg7w4A6u8OADjwDgBG8A4AkPAOAJ3wDgDo8A4A//AOAEDxDgBI8Q4AmPEOAKjxDgDw8Q4A9fEOAEjyDgBO8g4AoPIOAKjyDgD48g4A/fIOAFDzDgBR8w4AqPMOALTzDgAA9A4ABvQOAFj0DgBa9A4AsPQOALr0DgAI9Q4AFvUOAGD1DgBl9Q4AuPUOAMX1DgBgPhQAFvYOAGj2DgBt9g4AwPYOAMb2DgC4PhQAHfcOAHD3DgB99w4AyPcOANX3DgAg+A4ALPgOAHj4DgCH+A4A0PgOANr4DgAo+Q4ANvkOAID5DgCF+Q4A2PkOAOX5DgAw+g4AOPoOAMA/FACU+g4A4PoOAPD6DgA4+w4AQfsOAJD7DgCT+w4A6PsOAPT7DgBA/A4AR/wOABhAFACd/A4A8PwOAP38DgBI/Q4AVf0OAKD9DgCs/Q4A+P0OAAf+DgBQ/g4AWv4OAKj+DgC2/g4AAP8OAAX/DgBY/w4AZf8OALD/DgC4/w4AcEAUABQADwBgAA8AcAAPALgADwDBAA8AEAEPABMBDwBoAQ8AdAEPAMABDwDHAQ8AyEAUAB0CDwBwAg8AeQIPAHCIEgB9Ag8AyAIPANUCDwAgAw8ALAMPAHgDDwCHAw8A0AMPANoDDwAoBA8ANgQPAIAEDwCFBA8A2AQPAOUEDwAwBQ8AOAUPACBBFACUBQ8A4AUPAPAFDwA4Bg8AQQYPAJAGDwCTBg8A6AYPAPQGDwBABw8ARwcPAHhBFACvBw8A8AcPAPYHDwBICA8AVAgPAKAIDwC3CA8A+AgPAPoIDwBQCQ8AWgkPAKgJDwC0CQ8AAAoPAAwKDwBYCg8AXgoPALAKDwC2Cg8ACAsPAA0LDwBgCw8AZgsPANBBFADGCw8AEAwPAB0MDwBoDA8AfwwPAMAMDwDIDA8AGA0PABsNDwBwDQ8AfA0PAMgNDwDZDQ8AIA4PACwODwB4Dg8Ahw4PANAODwDaDg8AKA8PADQPDwCADw8Ahw8PANgPDwDgDw8AMBAPADoQDwCIEA8AlBAPAOAQDwDjEA8AOBEPAEIRDwAoQhQAqhEPAIBCFADyEQ8AQBIPAEISDwCYEg8AnhIPAPASDwD6Eg8ASBMPAFATDwAwQxQAoxMPAHCAEQCrEw8A+BMPAPkTDwBQFA8AWhQPAKgUDwDTFA8AiEMUABAVDwBYFQ8AWhUPALAVDwC+FQ8ACBYPABkWDwDgQxQAZhYPALgWDwDEFg8AEBcPABIXDwBoFw8AaxcPAMAXDwDFFw8AGBgPACUYDwBwGA8AjBgPAMgYDwDQGA8AkEQUAC0ZDwB4GQ8AkxkPANAZDwDSGQ8AKBoPADkaDwCAGg8AjhoPANgaDwDfGg8AMBsPADgbDwCIGw8AjRsPAOAbDwDpGw8AOBwPAEIcDwCQHA8AkRwPAOgcDwDxHA8AQB0PAEodDwCYHQ8AoB0PAPAdDwAAHg8ASB4PAE4eDwCgHg8ApR4PAPgeDwAOHw8AUB8PAFgfDwCoHw8Aqx8PAAAgDwC3Hw8AYCEPACAgDwBYIA8AZiAPALAgDwCxIA8A6EQUABghDwBARRQAcSEPALghDwDEIQ8AECIPABIiDwBoIg8AdSIPAJhFFADGIg8AGCMPADgjDwBwIw8AeCMPAPBFFAB8Iw8A4DwPAMsjDwAgJA8AKiQPAEhGFACBJA8A0CQPAOYkDwAoJQ8APiUPAIAlDwCCJQ8A2CUPAN4lDwAwJg8ARCYPAPhGFACVJg8AUEcUAOcmDwA4Jw8AQCcPAJAnDwCaJw8A6CcPAPQnDwBAKA8AQygPAJgoDwCiKA8AqEcUAPkoDwBIKQ8AXikPAKApDwC2KQ8A+CkPAPopDwBQKg8AVioPAKgqDwC8Kg8AWEgUAAIrDwBYKw8AECsPAGjXEQB4Kw8AsEgUALcrDwAILA8AECwPAGAsDwBqLA8AuCwPAMQsDwAQLQ8AEy0PAGgtDwByLQ8ACEkUAMktDwAYLg8ALi4PAHAuDwCGLg8AyC4PAMouDwAgLw8AJi8PAHgvDwCMLw8AuEkUANIvDwAoMA8ANjAPAIAwDwCRMA8AEEoUAN8wDwBoShQAPDEPAIgxDwCLMQ8A4DEPAOoxDwAYSxQAQTIPAJAyDwCmMg8A6DIPAP4yDwBAMw8AQjMPAJgzDwCeMw8A8DMPAAQ0DwDISxQAVDQPAKA0DwCiNA8A+DQPABg1DwAgTBQAWjUPAKg1DwC0NQ8AADYPAAM2DwBYNg8AYjYPAHhMFAC5Ng8ACDcPAB43DwBgNw8AdjcPALg3DwC6Nw8AEDgPABY4DwBoOA8AfDgPAChNFADEOA8AGDkPACA5DwBwOQ8AejkPAMg5DwDUOQ8AIDoPACM6DwB4Og8AgjoPAIBNFADZOg8AKDsPAD47DwCAOw8AljsPANg7DwDaOw8AMDwPADY8DwCIPA8AnDwPADBOFADnPA8AOD0PAEA9DwCQPQ8Amj0PAOg9DwD0PQ8AQD4PAEM+DwCYPg8Aoj4PAIhOFAD5Pg8ASD8PAF4/DwCgPw8Atj8PAPg/DwD6Pw8AUEAPAFZADwCoQA8AvEAPADhPFAAIQQ8AWEEPABxBDwBorRQAXkEPAIBkEABoQQ8AsEEPAGlBDwCozBAAcUEPAPDKEACyQQ8ACEIPABZCDwBgQg8AcUIPAJBPFAC/Qg8A6E8UABlDDwB4QhAAHEMPAGhDDwBrQw8AwEMPAMlDDwAYRA8AKUQPAHBEDwB6RA8AyEQPANBEDwAgRQ8A5EQPAJiTEAAjRQ8AeEUPAIFFDwDQRQ8A5kUPAChGDwA+Rg8AgEYPAIJGDwDYRg8A3kYPADBHDwBERw8AQFAUALBHDwDgRw8ACEgPAJhQFAA+SA8AiC4QAERIDwDwSQ8ARUgPAEAwEABHSA8AOC8QAEhIDwCQSA8AkkgPAOhIDwD2SA8AQEkPAFFJDwDwUBQAoEkPAEhRFAD2SQ8ASEoPAE5KDwCgSg8ApUoPAPhKDwD+Sg8AoFEUAFxLDwCoSw8AsEsPAFBSFAAMTA8AWEwPAGJMDwCwTA8AuUwPAAhNDwAJTQ8AYE0PAGhNDwC4TQ8AvU0PABBODwAgTg8AAFMUAHRODwDATg8Awk4PABhPDwAeTw8AcE8PAHdPDwDITw8AzU8PACBQDwAkUA8AeFAPAIVQDwDQUA8A2FAPAChRDwAtUQ8AgFEPAJBRDwBYUxQA6VEPADBSDwA8Ug8AiFIPAJdSDwDgUg8A6lIPADhTDwBGUw8AkFMPAJ1TDwDoUw8A/1MPALBTFABDVA8AYFQUAJtUDwDwVA8An1QPAKBnFAD4VA8ASFUPAHBVDwCgVQ8AyFUPAPhVDwAgVg8AuFQUAFlWDwCoVg8AqVYPAABXDwAPVw8AWFcPABZXDwAQWQ8AaVcPALBXDwCyVw8ACFgPAAtYDwBgWA8AY1gPALhYDwDAWA8AwFUUABVZDwBoWQ8Ab1kPAMBZDwDJWQ8AGFoPAClaDwBwWg8AfFoPAMhaDwDQWg8AGFYUACZbDwB4Ww8Af1sPANBbDwDVWw8AKFwPACxcDwCAXA8AjVwPANhcDwDnXA8AMF0PAEFdDwCIXQ8Ail0PAOBdDwDjXQ8AOF4PADteDwCQXg8AmF4PAHBWFADtXg8AgKkPAPNeDwAouREA9F4PAEBfDwBDXw8AmF8PAKJfDwDIVhQA+V8PAEhgDwBXYA8AoGAPAK9gDwD4YA8ABGEPAFBhDwBTYQ8AqGEPAKthDwAgVxQAA2IPAFhiDwCAYg8AeFcUALhiDwDQVxQAEGMPAChYFABuYw8AuGMPAMljDwAQZA8AHGQPAGhkDwCLZA8AwGQPAMNkDwAYZQ8APGUPAHBlDwB4ZQ8A2FgUAMplDwAgZg8ALmYPAHhmDwCJZg8AMFkUANdmDwCIWRQAMGcPADhaFACFZw8A2GcPAOVnDwAwaA8AM2gPAIhoDwCNaA8A4GgPAPFoDwA4aQ8ARGkPAJBaFACVaQ8A6GkPAPlpDwBAag8ATGoPAJhqDwCyag8A8GoPAPRqDwAAbQ8A92oPAGhvDwD6ag8AyHAPAPxqDwAIbg8A/moPAPhrDwABaw8ASGsPAE1rDwCgaw8At2sPAOhaFAAFbA8AUGwPAGBsDwCobA8ArWwPAEBbFAACbQ8AWG0PAF5tDwCwbQ8AvW0PAJhbFAAObg8AYG4PAGZuDwC4bg8AvW4PABBvDwAWbw8A8FsUAHRvDwDAbw8A2W8PABhwDwAhcA8AcHAPAIdwDwBIXBQAznAPACBxDwAicQ8AeHEPAIdxDwDQcQ8A3HEPAKBcFAAqcg8AgHIPAJFyDwDYcg8A5nIPADBzDwA3cw8AiHMPAIpzDwDgcw8A6nMPADh0DwBGdA8AkHQPAJV0DwDodA8A9XQPAEB1DwBIdQ8AmHUPAJx1DwDwdQ8A8nUPAEh2DwBOdg8AoHYPAK12DwD4XBQABXcPAFB3DwBndw8AqHcPAMR3DwBQXRQADHgPAFh4DwBZeA8AsHgPALZ4DwAIeQ8AFHkPAGB5DwBveQ8AuHkPALp5DwAQeg8AGnoPAGh6DwB2eg8AwHoPAMV6DwAYew8AJXsPAHB7DwB4ew8AyHsPAMx7DwAgfA8AInwPAHh8DwB+fA8A0HwPAN18DwCoXRQANX0PAIB9DwCXfQ8A2H0PAPR9DwAAXhQAOX4PAIh+DwCWfg8A4H4PAOp+DwA4fw8ARH8PAJB/DwCTfw8A6H8PAASADwBAgA8ASIAPAFheFACkgA8A8IAPAPOADwBIgQ8AUoEPAAhfFACpgQ8A+IEPAAaCDwBQgg8AWoIPAKiCDwC0gg8AAIMPAAiDDwC4XxQAWoMPALCDDwC+gw8ACIQPABmEDwAQYBQAZ4QPAGhgFAC9hA8AEIUPABiFDwBohQ8AboUPAMCFDwDJhQ8AGIYPACWGDwAYYRQAdYYPAMiGDwB8hg8AgIgPANGGDwAghw8AKocPAHiHDwCAhw8A0IcPABeIDwAoiA8AMIgPAHBhFACGiA8A2IgPAN6IDwAwiQ8AOIkPAIiJDwDPiQ8A4IkPAOiJDwDIYRQAQIoPACBiFACZig8A6IoPAPaKDwBAiw8ASosPAJiLDwCkiw8A8IsPAPOLDwBIjA8AUIwPANBiFACsjA8A+IwPAPuMDwBQjQ8AWo0PAChjFACwjQ8AgGMUAAyODwBYjg8AW44PANhjFAD5jg8ACI8PAFGPDwAwZBQAcI8PALiPDwC6jw8AEJAPAB6QDwBokA8AeZAPAIhkFADckA8AGJEPACCRDwDgZBQAeJEPADhlFADOkQ8AOA4QANuRDwAgkg8AL5IPAHiSDwCEkg8A0JIPANGSDwAokw8AMpMPAICTDwCOkw8A2JMPAN2TDwAwlA8APZQPAJBlFACWlA8A4JQPAO2UDwA4lQ8AQJUPAOhlFACclQ8A6JUPABSWDwBAlg8ATJYPAJiWDwCnlg8A8JYPAPqWDwBIlw8AVpcPAKCXDwCllw8A+JcPAAWYDwBQmA8AWJgPAKiYDwC2mA8AAJkPAA2ZDwBYmQ8AYJkPAEBmFACymQ8AkMkQAL6ZDwAImg8AEpoPAGCaDwBsmg8AuJoPAL+aDwAQmw8AGJsPAGibDwBsmw8AwJsPAM6bDwAYnA8AIpwPAHCcDwB7nA8AyJwPANCcDwAgnQ8AIp0PAHidDwCAnQ8A0J0PAN2dDwAong8ALZ4PAICeDwCNng8A2J4PAPaeDwAwnw8AYZ8PAIifDwCUnw8A4J8PAOafDwA4oA8APaAPAJCgDwCYoA8A6KAPAPSgDwBAoQ8AU6EPAJihDwCmoQ8A8KEPAPqhDwBIog8AUKIPAKCiDwCvog8A+KIPAP2iDwBQow8AV6MPAKijDwC0ow8AAKQPABykDwBYpA8AYKQPAJhmFACypA8ACKUPABalDwBgpQ8AbaUPALilDwDGpQ8AEKYPAB2mDwBopg8Af6YPAMCmDwDIpg8AGKcPACanDwBwpw8AfacPAMinDwDQpw8ASGcUAC6oDwB4qA8AeagPAPhnFADcqA8AKKkPAC+pDwBQaBQAh6kPANipDwDdqQ8AqGgUADiqDwAAaRQAkKoPAOCqDwDHqg8A8FYSAOGqDwCwBxAA46oPAMAJEADpqg8AOKsPAOqqDwBQBhAA8KoPALgIEAD+qg8AwO0RAEWrDwCQqw8Am6sPAOirDwDqqw8AQKwPAE2sDwCYrA8An6wPAPCsDwABrQ8ASK0PAFStDwCgrQ8Ap60PAPitDwAArg8AWGkUAFauDwCorg8Arq4PAACvDwAFrw8AWK8PAF6vDwCwaRQAvK8PAAiwDwASsA8AYLAPAGSwDwC4sA8AxLAPABCxDwAcsQ8AaLEPAHWxDwDAsQ8AyLEPABiyDwAisg8AcLIPAHyyDwDIsg8Ay7IPACCzDwAqsw8AYGoUAHqzDwDQsw8A07MPACi0DwArtA8AEGsUAIi0DwBoaxQA5rQPADC1DwAxtQ8AwGsUAJC1DwAYbBQA5bUPADi2DwA/tg8AkLYPAJW2DwBwbBQA8LYPAMhsFABItw8AmLcPAKK3DwDwtw8A+7cPAEi4DwBWuA8AoLgPAKO4DwD4uA8AALkPAFC5DwBauQ8AqLkPALS5DwAAug8AA7oPAFi6DwBiug8AIG0UAL66DwAIuw8AHrsPAGC7DwBsuw8AuLsPAL+7DwAQvA8AGLwPAGi8DwBtvA8AwLwPAMm8DwAYvQ8AIr0PAHC9DwB4vQ8AyL0PAMq9DwAgvg8AML4PAHi+DwCCvg8A0L4PANy+DwAovw8ALr8PAIC/DwCIvw8A0G0UAOa/DwAwwA8AMcAPAChuFACNwA8AgG4UAOLADwA4wQ8AOcEPAJDBDwCTwQ8A6MEPAPPBDwBAwg8ARcIPAJjCDwCiwg8A2G4UABTDDwBIww8AUMMPADBvFACiww8A+MMPAAnEDwBQxA8AYcQPAKjEDwCrxA8AiG8UAAbFDwBYxQ8AXcUPALDFDwCzxQ8ACMYPAAvGDwBgxg8AaMYPAOBvFADGxg8AEMcPABPHDwBoxw8Ac8cPAMDHDwDMxw8AGMgPAB/IDwBwyA8AeMgPAMjIDwDSyA8AmLQQANbIDwAgyQ8ALckPAHjJDwCAyQ8AOHAUANzJDwAoyg8AK8oPAIDKDwCKyg8A2MoPAODKDwCQcBQAPMsPAIjLDwCOyw8A4MsPAOrLDwA4zA8ATMwPAJDMDwCYzA8A6HAUAPXMDwBAzQ8ASM0PAJjNDwCbzQ8A8M0PAPzNDwBIzg8AUs4PAKDODwCpzg8A+M4PAPnODwBQzw8AaM8PAKjPDwCqzw8AANAPABHQDwBY0A8AadAPALDQDwC40A8ACNEPABfRDwBg0Q8AYtEPALjRDwDJ0Q8AENIPACHSDwBo0g8AgdIPAMDSDwDC0g8AGNMPACfTDwBw0w8AkNMPAJhxFADK0w8AINQPAEDUDwB41A8AjNQPAPhyFADY1A8AKNUPADXVDwCA1Q8AhdUPANjVDwDi1Q8AMNYPADjWDwCI1g8AjtYPAODWDwDp1g8AONcPAEXXDwBQcxQAnNcPAOjXDwDu1w8AQNgPAEbYDwCY2A8AodgPAPDYDwDx2A8ASNkPAFLZDwCg2Q8ArNkPAPjZDwD/2Q8AqHMUAFjaDwAAdBQAsNoPAFh0FAAK2w8AWNsPAGDbDwCw2w8Av9sPAAjcDwAZ3A8AYNwPAGLcDwC43A8Au9wPABDdDwAT3Q8AaN0PAJDdDwDA3Q8A0t0PABjeDwAk3g8AcN4PAHbeDwDI3g8Azt4PACDfDwAl3w8AeN8PAH7fDwCwdBQA8t8PAAh1FAA04A8AgOAPAJDgDwDY4A8A3eAPADDhDwA24Q8AiOEPAJThDwDg4Q8A6OEPAGB1FABJ4g8AkOIPAKHiDwDo4g8A+uIPAEDjDwBI4w8AmOMPAKPjDwDw4w8A9eMPAEjkDwBN5A8AoOQPAMDkDwC4dRQACOUPAFDlDwBa5Q8AqOUPALTlDwAA5g8ABuYPAFjmDwBg5g8AsOYPALLmDwAI5w8AvOYPAODsDwAZ5w8AYOcPAHHnDwC45w8AyucPABDoDwAY6A8AaOgPAHPoDwDA6A8AxegPABjpDwAd6Q8AcOkPAJDpDwAQdhQAyukPACDqDwAv6g8AeOoPAIPqDwDQ6g8A4uoPACjrDwAw6w8AgOsPAIvrDwDY6w8A3esPADDsDwA17A8AiOwPAKjsDwBodhQA4uwPADjtDwBH7Q8AkO0PAJvtDwDo7Q8A+u0PAEDuDwBI7g8AmO4PAKPuDwDw7g8A9e4PAEjvDwBN7w8AoO8PAMDvDwDAdhQABfAPAFDwDwBn8A8AGHcUALXwDwAA8Q8AF/EPAHB3FABl8Q8AsPEPALfxDwAI8g8AFvIPAGDyDwBt8g8AuPIPAM/yDwDIdxQAGPMPACB4FABq8w8AwPMPAM7zDwAY9A8AKfQPAHh4FAB99A8AyPQPAN/0DwDQeBQAKvUPAHj1DwCE9Q8A0PUPANP1DwAo9g8AMvYPACh5FACc9g8AgHkUAOD2DwDYeRQA7fYPAOCOEQA49w8AiPcPAIn3DwBQ+w8Ai/cPAED5DwCP9w8AiAIQAJL3DwDg9w8Al/cPAGD9DwCY9w8AWPwPAOX3DwDYARAA7PcPADj4DwA7+A8AkPgPAJr4DwAwehQA8PgPAIh6FABJ+Q8AmPkPAGD5DwB4ABAApvkPAPD5DwD6+Q8ASPoPAFT6DwCg+g8Ao/oPAPj6DwAA+w8A4HoUAFL7DwCo+w8Aq/sPAAD8DwAD/A8AOHsUAFr8DwCw/A8AvvwPAAj9DwAZ/Q8A6HsUAGL9DwC4/Q8Axf0PABD+DwAf/g8AaP4PAHT+DwDA/g8A0f4PABj/DwAp/w8AcP8PAHz/DwDI/w8Az/8PACAAEAAoABAAmHwUAIYAEADQABAA0QAQAPB8FAA0ARAAgAEQAIcBEABIfRQA3wEQADACEAA1AhAA+H0UAJECEADgAhAA5gIQADgDEAA6AxAAkAMQAJoDEADoAxAA9gMQAEAEEABFBBAAmAQQAKUEEADwBBAACAUQAEgFEABeBRAAoAUQAKMFEAD4BRAAAAYQAKh+FABcBhAAqAYQAKsGEAAABxAACgcQAAB/FABgBxAAWH8UALIHEAAICBAACwgQAGAIEABjCBAAsH8UALoIEAAQCRAAHgkQAGgJEAB5CRAAYIAUAMkJEAAYChAAJgoQAHAKEAAxChAA0BsSAHoKEADIChAA1AoQACALEAAjCxAAeAsQAIALEAAQgRQA6gsQACgMEABCDBAAaIEUAIUMEACgEBAAjgwQAFAREACQDBAA2AwQANoMEAAwDRAAPg0QAIgNEACZDRAAwIEUAOcNEAAYghQAPg4QAJAOEACVDhAA6A4QAO4OEABwghQARg8QAJgPEACdDxAA8A8QAAYQEABIEBAAUBAQACCDFADAEBAA+BAQAAAREAB4gxQAZxEQAKgREAC1ERAAABIQAAUSEABYEhAAXhIQALASEAC8EhAACBMQAA8TEABgExAAaBMQALgTEADbExAAKIQUAB0UEABoFBAAdxQQAMAUEADCFBAAGBUQACEVEABwFRAAhxUQAMgVEADTFRAAIBYQACoWEAB4FhAAgBYQANiEFADWFhAAKBcQAC4XEACAFxAAhRcQANgXEADeFxAAMIUUAFIYEACIGBAAkBgQAOCFFADpGBAAOBkQADkZEACQGRAAmBkQAOgZEADzGRAAQBoQAEUaEACYGhAAnRoQAPAaEAAQGxAAOIYUAE4bEACgGxAApxsQAPgbEAD9GxAAUBwQAFQcEACoHBAAtRwQAAAdEAAIHRAAWB0QAGMdEACwHRAAtR0QAAgeEAANHhAAYB4QAIAeEACQhhQAxx4QABAfEAAbHxAAaB8QAHAfEADAHxAAwx8QABggEADKHxAAMCMQACQgEABwIBAAeiAQAMggEADRIBAAICEQACEhEAB4IRAAgCEQANAhEADbIRAAKCIQAC0iEACAIhAAhSIQANgiEAD4IhAA6IYUADwjEACIIxAAiiMQAOAjEADmIxAAOCQQAD8kEACQJBAAlSQQAOgkEADsJBAAQCUQAE0lEACYJRAAoCUQAPAlEAD7JRAASCYQAE0mEACgJhAApSYQAPgmEAAYJxAAQIcUAFgnEACYhxQAsicQAAAoEAAJKBAAWCgQAF4oEACwKBAAvCgQAAgpEAAmKRAAYCkQAGEpEAC4KRAAuikQABAqEAAdKhAAaCoQAHYqEADAKhAAzyoQABgrEAA0KxAAcCsQAHgrEABIiBQA2ysQACAsEAAhLBAAeCwQAIQsEADQLBAA3ywQACgtEAAyLRAAgC0QAIwtEADYLRAA3y0QAKCIFAA4LhAA+IgUAJEuEADgLhAA7S4QAFCJFAA9LxAAkC8QAJ0vEADoLxAA8i8QAKiJFABCMBAAmDAQAK4wEADwMBAA/DAQAACKFABQMRAAmLwRAGYxEACgMRAAqDEQAHiwEAC+MRAA+DEQAAAyEABQMhAAGjIQAGDhEQBRMhAACDQQAFMyEABoNRAAXDIQALjhEQBgMhAAqDIQAKoyEAAAMxAADjMQAFgzEABpMxAAWIoUALgzEACwihQACjQQAGA0EABjNBAAuDQQALs0EAAIixQAGDUQAGCLFAByNRAAKJAQAIg1EADANRAAzjUQABg2EAAZNhAAuIsUAHg2EAAQjBQA6zYQAGiMFAAtNxAAeDcQAIY3EADQNxAA2jcQACg4EAAwOBAAgDgQAIE4EACoPRAAmzgQAEA7EACsOBAA2DgQAOE4EAAwORAAMTkQAIg5EACWORAA4DkQAOo5EAA4OhAARDoQAJA6EACWOhAA6DoQAAQ7EADAjBQATDsQAEgNEQBOOxAAmDsQAKU7EADwOxAA+jsQAEg8EABKPBAAoDwQALc8EAD4PBAABD0QAFA9EABsPRAAGI0UALk9EAAAPhAAAj4QAFg+EABiPhAAsD4QAMA+EAAIPxAADT8QAGA/EABmPxAAuD8QAM4/EAAQQBAAGEAQAGhAEABrQBAAwEAQAMlAEAAYQRAAJkEQAHBBEAB6QRAAyEEQANRBEAAgQhAAPEIQAHCNFACFQhAA0EIQANhCEAAoQxAAK0MQAJieEAA4QxAAgEMQAIJDEACQnRAAjkMQANhDEADlQxAAMEQQAD5EEACIRBAAi0QQAOBEEADrRBAAOEUQAERFEACQRRAAl0UQAOhFEADwRRAAQEYQAEJGEACYRhAAqEYQAPBGEAD6RhAASEcQAFRHEACgRxAApkcQAPhHEAAASBAAyI0UAFJIEACoSBAAtkgQAABJEAANSRAAWEkQAGRJEACwSRAAtkkQAAhKEAALShAAYEoQAGhKEAC4ShAAukoQAOBPEAC7ShAAcEwQAMhKEAAQSxAAEksQALBUEAAVSxAAaEsQAHFLEADASxAAzUsQABhMEAAfTBAAII4UAHlMEADwURAAekwQAChOEACQTBAAyEwQANZMEAAgTRAAIU0QAHiOFACETRAA0E0QANdNEADQjhQAKk4QAIBOEACGThAA2E4QAOJOEAAwTxAAPE8QAIhPEACPTxAAKI8UAPlPEAA4UBAAPVAQAJBQEACWUBAA6FAQAPJQEABAURAATFEQAJhREACfURAAgI8UAP9REABIUhAAV1IQAKBSEACsUhAA+FIQAPtSEABQUxAAU1MQAKhTEAC4UxAAAFQQAAlUEABYVBAAaVQQANiPFAC+VBAACFUQABlVEAAwkBQAZ1UQAIiQFADAVRAAEFYQABJWEAA4WxAAE1YQAMhXEAAgVhAAaFYQAGpWEAAIYBAAbVYQAMBWEADJVhAAGFcQACVXEABwVxAAd1cQAOCQFADRVxAASF0QANJXEACAWRAA6FcQACBYEAAuWBAAeFgQAHlYEAA4kRQA3FgQAChZEAAvWRAAkJEUAIJZEADYWRAA3lkQADBaEAA6WhAAiFoQAJRaEADgWhAA51oQAOiRFABRWxAAkFsQAJVbEADoWxAA7lsQAEBcEABKXBAAmFwQAKRcEADwXBAA91wQAECSFABXXRAAoF0QAK9dEAD4XRAABF4QAFBeEABTXhAAqF4QAKteEAAAXxAAEF8QAFhfEABhXxAAsF8QAMFfEACYkhQAFmAQAGBgEABxYBAA8JIUAL9gEABIkxQAGGEQAGhhEACRYRAAwGEQAMhhEAAYYhAAKGIQAHBiEAByYhAAyGIQANZiEAAgYxAAMWMQAKCTFAB+YxAA0GMQANxjEAD4kxQAVmQQAKiUFACJZBAA2GQQAOVkEAAwZRAATGUQAIhlEACQZRAAAJUUAPFlEAA4ZhAAOmYQAJBmEACRZhAA6GYQAOtmEABAZxAATGcQAJhnEACfZxAA8GcQAAxoEABIaBAAUGgQAFiVFACtaBAA+GgQAAhpEABQaRAAVWkQAKhpEADTaRAAsJUUAAZqEAAIlhQAYGoQALBqEACxahAAUHQQALZqEABwchIAumoQAAhrEAC8ahAAgG8QAMBqEADIbRAAzmoQAMB3EAANaxAAiGoSABNrEABgZRIAFGsQAGBrEABjaxAAuGsQAMJrEABglhQAGGwQAGhsEABubBAAwGwQAMlsEAAYbRAAJW0QAHBtEACMbRAAuJYUAMptEAAgbhAAzW0QADh2EgAubhAAeG4QAIluEAAQlxQA1m4QAChvEAA0bxAAaJcUAIZvEADYbxAA3m8QADBwEAA1cBAAiHAQAI5wEABwmBQA53AQAHiZFAA9cRAAkHEQAJhxEADocRAA9HEQAEByEABTchAAmHIQAKRyEADwchAA/3IQAEhzEABRcxAAoHMQAKpzEAD4cxAABHQQACiaFABhdBAAqHQQALR0EAAAdRAAAnUQAFh1EABbdRAAsHUQALx1EAAIdhAAEHYQAICaFABsdhAAuHYQAMh2EAAQdxAAHHcQAGh3EABudxAA2JoUAOJ3EAAYeBAAIHgQAHB4EACaeBAAyHgQANN4EAAgeRAALHkQAHh5EACJeRAA0HkQANF5EAAwmxQALnoQAIB6EACNehAAiJsUAOV6EAAwexAAR3sQAIh7EACzexAA4HsQAOh7EAA4fBAAQnwQAJB8EACcfBAA6HwQAOt8EABAfRAASn0QAOCbFACgfRAA8H0QAPZ9EABIfhAAUX4QAKB+EACtfhAA+H4QABR/EAA4nBQAUn8QAKh/EABXfxAAaI0QALV/EAAAgBAAB4AQAFiAEABagBAAsIAQALaAEAAIgRAAD4EQAGCBEAB4gRAAuIEQAL2BEAAQghAAxIEQAMCCEAAZghAAaIIQAHKCEACQnBQAxoIQABiDEAAegxAAcIMQAHWDEADIgxAAzoMQAOicFAAhhBAAeIQQAImEEADQhBAA3IQQACiFEAAyhRAAgIUQAIyFEADYhRAA34UQAECdFAAyhhAAiIYQADuGEACYghIAi4YQAOCGEAAAhxAAOIcQAECHEACYnRQAoYcQAOiHEADvhxAAQIgQAEiIEACYiBAAm4gQAFCKEACoiBAA8IgQAPKIEABIiRAAVokQAKCJEACxiRAA8J0UAP+JEABInhQAWYoQAKiKEAC3ihAAAIsQAA+LEABYixAAZIsQALCLEACzixAACIwQAAuMEABgjBAAcIwQALiMEADBjBAAEI0QACGNEACgnhQAbY0QAMCNEADJjRAAGI4QACKOEABwjhAAeI4QAMiOEADmjhAAII8QAD6PEAB4jxAAlo8QANCPEADujxAA+J4UAC+QEACAkBAAhZAQANiQEACMkBAA4JEQAOGQEAAwkRAAOpEQAIiREACkkRAAUJ8UAOaREAA4khAAPpIQAJCSEACskhAAqJ8UABKTEABYoBQAapMQALCgFACgkxAAuKEUAAaUEABIlBAASpQQAKCUEACmlBAA+JQQAAyVEABQlRAAWJUQAKiVEADSlRAAEKIUAAmWEABYlhAAZZYQALCWEAC+lhAACJcQABKXEABglxAAepcQALiXEADFlxAAEJgQAByYEABomBAAcpgQAMCYEADImBAAaKIUAB+ZEABwmRAAeJkQAMCiFACemRAAyKMUANSZEAAgmhAAJ5oQAHiaEACAmhAAGKMUAJSaEAA4shQA0poQACibEAA5mxAAgJsQAIibEADYmxAA4psQADCcEAA8nBAAiJwQAIucEADgnBAA6pwQACCkFABUnRAAeKQUAJ6dEADonRAA+Z0QANCkFABHnhAAKKUUAKGeEADwnhAA/54QAEifEABXnxAAoJ8QAKyfEAD4nxAA+58QAFCgEABToBAAqKAQALigEAAAoRAACaEQAFihEABpoRAAgKUUALKhEAAIohAAvKEQALiiEAALohAAYKIQAGiiEADYpRQAvqIQABCjEAAcoxAAaKMQAHCjEAAwphQAzKMQABikEAAbpBAAcKQQAHqkEACIphQAzaQQACClEAA2pRAAeKUQAHmlEADQpRAA4aUQACimEAA0phAAgKYQAIqmEADYphAA5KYQAOCmFAA8pxAAiKcQAIunEADgpxAA6qcQAJCnFAA7qBAAkKgQAJOoEADoqBAA9KgQAECpEABGqRAAmKkQAKKpEADopxQA9akQAEiqEABVqhAAQKgUALyqEAD4qhAAAKsQAJioFABYqxAA8KgUALCrEABIqRQAA6wQAFisEAAXrBAA2NoRAHisEACwrBAAxKwQAKCpFAAJrRAAYK0QAGatEAC4rRAAxK0QABCuEAAfrhAAaK4QAGquEADArhAAyq4QABivEAAkrxAAcK8QAHevEAD4qRQA1K8QAFCqFAAosBAAqKoUAHuwEACIshAAiLAQANCwEADSsBAAKLEQADaxEACAsRAAkbEQAMCtFADfsRAAGK4UADiyEABwrhQAqLIQAOCyEADushAAOLMQADmzEADIrhQAnLMQAOizEADvsxAAIK8UAGO0EAAwsRQApLQQAPC0EADztBAASLUQAFK1EACIsRQAqLUQAPi1EAAGthAAULYQAF22EACothAAsLYQAOCxFAADtxAAWLcQAGS3EACwtxAAtrcQAAi4EAASuBAAkLIUAGW4EAC4uBAAxbgQAOiyFAAluRAAaLkQAHC5EABAsxQAwrkQABi6EAAmuhAAcLoQAIG6EACYsxQAzroQACC7EAAsuxAA8LMUAH67EADQuxAA1rsQACi8EAAtvBAAgLwQAIa8EACgtBQA4LwQADC9EAA8vRAAiL0QAI69EADgvRAA5r0QADi+EAA9vhAAkL4QAJa+EAAItxQA974QAEC/EABPvxAAmL8QAKG/EADwvxAA9r8QAEjAEABOwBAAoMAQAKzAEAD4wBAA/8AQAFDBEABYwRAAuLcUALLBEAAAwhAAC8IQAFjCEABkwhAAsMIQALbCEAAIwxAAEMMQAGDDEABswxAAuMMQAL7DEAAQxBAAFsQQAGjEEABtxBAAwMQQAMbEEAAQuBQAH8UQAHDFEAB+xRAAyMUQANXFEAAgxhAAN8YQAHjGEACUxhAA0MYQANjGEABouBQAO8cQAIDHEACCxxAA2McQAO7HEAAwyBAAMcgQAIjIEACZyBAA4MgQAOzIEADAuBQAVMkQABi5FACmyRAA6MkQAOnJEABAyhAAUcoQAJjKEACkyhAAcLkUAPXKEABIyxAATssQAKDLEADAyxAA+MsQAATMEABQzBAAV8wQAMi5FAC0zBAAAM0QAALNEABYzRAAeM0QACC6FAC3zRAAeLoUAA7OEABgzhAAZc4QALjOEAC+zhAA0LoUABjPEACAuxQAcM8QANi7FADIzxAAMLwUACDQEAA4vRQActAQAMjQEADW0BAAINEQADHREACQvRQAf9EQAOi9FADz0RAA8L4UAC3SEACA0hAAkNIQANjSEADg0hAAMNMQADrTEACI0xAAlNMQAODTEADj0xAAONQQAELUEABIvxQAldQQAKjXEACe1BAA6NQQAPjUEABA1RAAUNUQAJjVEADA1RAA8NUQABjWEABI1hAAcNYQAPi/FACs1hAA+NYQAPrWEABQ1xAAcNcQAAjCFAC11xAAANgQAAzYEABY2BAAgNgQALDYEADY2BAACNkQADDZEABgwhQAY9kQALjZEADE2RAAENoQACHaEABo2hAAdNoQAMDaEADP2hAAGNsQACLbEABw2xAAfNsQAMjbEADP2xAAcMQUACHcEADY3RAAMNwQAHjcEAB63BAA0NwQAN7cEAAo3RAAOd0QAMjEFACH3RAAIMUUANrdEAAw3hAAM94QAIjeEACL3hAAeMUUAOfeEADQxRQATN8QAJDfEACa3xAA6N8QAPTfEABA4BAAQ+AQAJjgEACi4BAA8OAQAArhEABI4RAATeEQAKDhEACp4RAA+OEQAALiEABQ4hAAX+IQAKjiEACt4hAAAOMQABbjEABY4xAAZOMQALDjEACz4xAACOQQACLkEABg5BAAbOQQALjkEADL5BAAEOUQAB7lEABo5RAAcuUQACjGFADG5RAAGOYQACHmEABw5hAAceYQAMjmEADS5hAAIOcQACznEAB45xAAf+cQAIDGFADV5xAAKOgQACroEACA6BAAhugQANjoEADf6BAAMOkQAD7pEACI6RAAlekQAODpEADq6RAAOOoQAETqEACQ6hAAluoQAOjqEADu6hAAQOsQAEnrEACY6xAAmesQAPDrEAD66xAA2MYUAEnsEACg7BAAoewQAPjsEAAG7RAAUO0QAF3tEACo7RAAv+0QAADuEAAI7hAAWO4QAFruEACw7hAAwO4QAAjvEAAS7xAAYO8QAGzvEAC47xAAvu8QABDwEAAY8BAAMMcUAHDwEACIxxQAyPAQAODHFAA78RAAOMgUAHzxEADI8RAAy/EQACDyEAAq8hAAePIQAIDyEACYyRQA3vIQACjzEAAv8xAAgPMQAIjzEADY8xAA5fMQADD0EAA19BAAiPQQAJL0EADg9BAA6PQQADj1EABI9RAAkPUQAJ71EADo9RAA9fUQAED2EABO9hAAmPYQAJv2EADw9hAA+/YQAEj3EABQ9xAAoPcQALn3EAD49xAABPgQAFD4EABg+BAAqPgQAK34EAAA+RAABvkQAFj5EABk+RAAsPkQALj5EADwyRQAEvoQAGD6EABj+hAAuPoQAMD6EAAQ+xAAEfsQAGj7EABq+xAAwPsQAMb7EAAY/BAAJPwQAHD8EAB9/BAAyPwQANL8EAAg/RAAKP0QAHj9EAB6/RAA0P0QAN39EAAo/hAAL/4QAID+EACI/hAA2P4QANz+EAAw/xAAMv8QAIj/EACL/xAA4P8QAOj/EAA4ABEARwARAJAAEQCSABEA6AARAPUAEQBAAREATwERAJgBEQCkAREA8AERAAECEQBIAhEAWQIRAKACEQCsAhEA+AIRAP8CEQBQAxEAbwMRAEjKFAC8AxEAAAQRAAEEEQBYBBEAZAQRALAEEQDMBBEACAURABAFEQCgyhQAaAURAFDLFADEBREAEAYRABYGEQBoBhEAbgYRAMAGEQDYBhEAGAcRACIHEQBwBxEAfAcRAMgHEQDLBxEAIAgRACoIEQB4CBEAkAgRANAIEQDgCBEAKAkRACoJEQCACREAjgkRANgJEQDpCREAqMsUADYKEQCIChEAlAoRAADMFADsChEAOAsRADsLEQCQCxEAmgsRALDMFADqCxEAQAwRAE4MEQCYDBEAqQwRAGDNFAD3DBEAuM0UAE4NEQCgDREAow0RAPgNEQAGDhEAUA4RAFUOEQCoDhEAtQ4RAAAPEQAIDxEAEM4UAFoPEQCwDxEAvQ8RAAgQEQAXEBEAYBARAGYQEQC4EBEAxBARABAREQASEREAaBERAHIREQDAEREAzhERABgSEQAdEhEAcBIRAH0SEQDIEhEA1BIRACATEQAzExEAeBMRAIcTEQDQExEA3BMRACgUEQApFBEAgBQRAIoUEQDYFBEA5hQRADAVEQA1FREAiBURAJUVEQBozhQA6hURADgWEQBGFhEAkBYRAJMWEQDoFhEA+BYRAEAXEQBOFxEAmBcRAKQXEQDwFxEA9xcRAEgYEQBPGBEAoBgRAKwYEQD4GBEA+RgRAFAZEQBcGREAqBkRALUZEQAAGhEABxoRAFgaEQBkGhEAsBoRAL0aEQAIGxEAFxsRAGAbEQB0GxEAuBsRAMQbEQAQHBEAIxwRAGgcEQB3HBEAwBwRAMwcEQAYHREAGR0RAHAdEQB6HREAyB0RANYdEQAgHhEAJR4RAHgeEQCFHhEAwM4UANEeEQAoHxEAOR8RAIAfEQCOHxEA2B8RAOcfEQAwIBEAMiARAIggEQCSIBEA4CARAO4gEQA4IREAPSERAJAhEQCdIREA6CERAPchEQBAIhEARSIRAJgiEQClIhEA8CIRAPoiEQBIIxEAVCMRAKAjEQCzIxEA+CMRAAIkEQBQJBEAXCQRAKgkEQC7JBEAACURAA8lEQBYJREAZCURALAlEQCxJREACCYRABImEQBgJhEAbiYRALgmEQC9JhEAECcRAB0nEQAYzxQAbScRAMAnEQDNJxEAGCgRACIoEQBwKBEAdigRAMgoEQDKKBEAICkRAC0pEQB4KREAeykRANApEQDeKREAKCoRADQqEQCAKhEAjSoRANgqEQDiKhEAMCsRAD8rEQCIKxEAjSsRAOArEQDtKxEAOCwRAEUsEQCQLBEAnCwRAOgsEQD3LBEAQC0RAEotEQCYLREApi0RAPAtEQD1LREASC4RAFUuEQCgLhEArC4RAPguEQALLxEAUC8RAF8vEQCoLxEAtC8RAAAwEQABMBEAWDARAGIwEQCwMBEAvjARAAgxEQANMREAYDERAG0xEQBwzxQAyzERABAyEQAfMhEAaDIRAHQyEQDAMhEAwTIRABgzEQAiMxEAcDMRAH4zEQDIMxEAzTMRACA0EQAtNBEAyM8UAIs0EQDQNBEA3zQRACg1EQA0NREAgDURAIE1EQDYNREA4jURADA2EQA+NhEAiDYRAI02EQDgNhEA7TYRACDQFAA6NxEAkDcRAJ43EQDoNxEA9TcRAEA4EQBMOBEAmDgRAJ44EQDwOBEAATkRAEg5EQBKOREAoDkRAKk5EQD4OREABToRAFA6EQBfOhEAqDoRALM6EQAAOxEADDsRAFg7EQBrOxEAsDsRAL87EQAIPBEAFDwRAGA8EQBhPBEAuDwRAMI8EQAQPREAHj0RAGg9EQBtPREAwD0RAM09EQB40BQAJT4RAHA+EQB+PhEAyD4RANI+EQAgPxEALj8RAHg/EQB6PxEA0D8RAOE/EQAoQBEANkARAIBAEQCxQBEA2EARANpAEQAwQREAOkERAIhBEQCWQREA4EERAOVBEQA4QhEARUIRAJBCEQCcQhEA6EIRAPtCEQBAQxEAT0MRAJhDEQCkQxEA8EMRAPFDEQBIRBEAUkQRAKBEEQCuRBEA+EQRAP1EEQBQRREAXUURANDQFACqRREAAEYRAAJGEQBYRhEAZ0YRALBGEQC/RhEACEcRABRHEQBgRxEAY0cRALhHEQC7RxEAEEgRABZIEQBoSBEAdEgRAMBIEQDDSBEAGEkRAB1JEQBwSREAeUkRAMhJEQDOSREAIEoRAC9KEQB4ShEAhEoRANBKEQDgShEAKEsRACpLEQCASxEAjksRANhLEQDpSxEAKNEUADZMEQCITBEAlEwRAIDRFADzTBEAOE0RAEdNEQCQTREAnE0RAOhNEQDpTREAQE4RAEpOEQCYThEApk4RAPBOEQD1ThEASE8RAFVPEQDY0RQArE8RAPhPEQACUBEAUFARAHxQEQCoUBEAr1ARAABREQAZUREAWFERAGdREQCwUREAv1ERAAhSEQANUhEAYFIRAG1SEQC4UhEAxVIRABBTEQAcUxEAaFMRAHdTEQDAUxEAylMRABhUEQAmVBEAcFQRAHVUEQDIVBEA1VQRACBVEQAsVREAeFURAItVEQDQVREA31URAChWEQA0VhEAgFYRAIFWEQDYVhEA4lYRADBXEQA+VxEAiFcRAI1XEQDgVxEA7VcRADDSFABJWBEAkFgRAKFYEQDoWBEA9FgRAEBZEQBXWREAmFkRAJpZEQDwWREAAVoRAEhaEQBLWhEAoFoRAKpaEQD4WhEA+loRAFBbEQBaWxEAqFsRALRbEQAAXBEADFwRAFhcEQBrXBEAsFwRAL9cEQAIXREAFF0RAGBdEQBhXREAuF0RAMJdEQAQXhEAHl4RAGheEQBtXhEAwF4RAM1eEQCI0hQAGl8RAHBfEQB6XxEAyF8RANBfEQDg0hQAM2ARAHhgEQCEYBEA0GARAN9gEQAoYREAMWERAIBhEQCKYREA2GERAOZhEQAwYhEANWIRAIhiEQCVYhEA4GIRAOxiEQA4YxEAS2MRAJBjEQCfYxEA6GMRAPRjEQBAZBEAQWQRAJhkEQCiZBEA8GQRAP5kEQBIZREATWURAKBlEQCtZREAONMUAPplEQBQZhEAWmYRAKhmEQCwZhEAkNMUAAVnEQBYZxEAbmcRALBnEQCxZxEACGgRABloEQBgaBEAbGgRALhoEQDCaBEAEGkRAB5pEQBoaREAbWkRAMBpEQDNaREAGGoRACRqEQBwahEAg2oRAMhqEQDXahEAIGsRACxrEQB4axEAeWsRANBrEQDaaxEAKGwRADZsEQCAbBEAhWwRANhsEQDlbBEA6NMUADJtEQCIbREAkm0RAOBtEQDobREAQNQUAE5uEQCQbhEAnG4RAOhuEQDtbhEAQG8RAElvEQCYbxEAom8RAPBvEQD8bxEASHARAFtwEQCgcBEAr3ARAPhwEQAEcREAUHERAFFxEQCocREAsnERAAByEQAOchEAWHIRAF1yEQCwchEAvXIRAJjUFAAKcxEAYHMRAGpzEQC4cxEAwHMRAPDUFAAddBEAaHQRAHd0EQDAdBEAy3QRABh1EQAkdREAcHURAH91EQDIdREA6HURACB2EQAsdhEAeHYRAH92EQDQdhEA3nYRACh3EQAtdxEAgHcRAIx3EQDYdxEA63cRADB4EQA/eBEAiHgRAJR4EQDgeBEA4XgRADh5EQBCeREAkHkRAJ55EQDoeREA7XkRAEB6EQBNehEASNUUAJp6EQDwehEA+noRAEh7EQBQexEAoNUUAL17EQD4exEACXwRAFB8EQBcfBEAqHwRALt8EQAAfREAD30RAFh9EQBkfREAsH0RALF9EQAIfhEAEn4RAGB+EQBufhEAuH4RAL1+EQAQfxEAHX8RAPjVFABqfxEAwH8RAMp/EQAYgBEAIIARAFDWFACNgBEAyIARANmAEQAggREALIERAHiBEQCLgREA0IERAN+BEQAoghEANIIRAICCEQCBghEA2IIRAOKCEQAwgxEAPoMRAIiDEQCNgxEA4IMRAO2DEQCo1hQAOoQRAJCEEQCahBEA6IQRAPCEEQAA1xQAUYURAJiFEQCshREA8IURAPSFEQBIhhEASoYRAKCGEQC0hhEA+IYRAPuGEQBQhxEAbYcRAKiHEQC5hxEAAIgRAAyIEQBYiBEAa4gRALCIEQC/iBEACIkRABSJEQBgiREAYYkRALiJEQDCiREAEIoRAB6KEQBoihEAbYoRAMCKEQDNihEAWNcUABqLEQBwixEAeosRAMiLEQDQixEAsNcUACiMEQB4jBEAnowRANCMEQDYjBEAKI0RADiNEQCAjREAgo0RANiNEQDmjREAMI4RAEGOEQAI2BQAj44RAGDYFADojhEAOI8RAFGPEQCQjxEAmY8RAOiPEQDyjxEAQJARAEiQEQCYkBEAm5ARABCgEQCikBEA6JoRAKaQEQDwkBEA/ZARAEiREQBXkREAoJERAKWREQD4kREADpIRAFCSEQBRkhEAqJIRALmSEQAAkxEADJMRAFiTEQBikxEAsJMRALyTEQAQ2RQAEJQRAGCUEQBjlBEAuJQRANiUEQAQlREAHpURAGiVEQBplREAaNkUAMyVEQAYlhEAH5YRAMDZFAB4lhEAGNoUAM6WEQAglxEAKJcRAHiXEQB+lxEA0JcRAN6XEQAomBEAK5gRAICYEQCgmBEA2JgRAOyYEQBw2hQAOpkRAIiZEQCUmREA4JkRAOOZEQA4mhEAQpoRAMjaFAC+mhEAINsUAPOaEQBAmxEATJsRAJibEQCemxEA8JsRAPybEQBInBEAUJwRAHjbFACsnBEA+JwRAP6cEQBQnREAXJ0RAKidEQCwnREA0NsUAAOeEQBYnhEAW54RALCeEQC5nhEACJ8RABSfEQBgnxEAY58RALifEQDmnxEAKNwUABWgEQBooBEAfqARAMCgEQDMoBEAGKERACChEQCA3BQAfKERAMihEQDLoREAIKIRACqiEQDY3BQAgKIRANCiEQDUohEAKKMRADSjEQCAoxEAhqMRANijEQDkoxEAMKQRADikEQAw3RQAqKQRAOCkEQDupBEAOKURADmlEQCI3RQAnKURAOilEQDvpREA4N0UAFSmEQCYphEAoKYRAPCmEQDzphEASKcRAFSnEQCgpxEAuacRAPinEQD6pxEAUKgRAFOoEQCoqBEAsqgRAACpEQAOqREAWKkRAFqpEQCwqREAvakRAAiqEQAQqhEAYKoRAHmqEQC4qhEAxKoRABCrEQAWqxEAaKsRAH+rEQDAqxEA1qsRABisEQAarBEAcKwRAH2sEQDIrBEA1awRACCtEQAorREAeK0RAHqtEQDQrREA3a0RACiuEQAvrhEAgK4RAIiuEQDYrhEA564RADCvEQA1rxEAiK8RAJWvEQDgrxEA6q8RADiwEQA+sBEAkLARAJ6wEQDosBEAAbERAECxEQBJsREAmLERAKKxEQDwsREA9bERAEiyEQBOshEAoLIRAKOyEQD4shEAErMRAJDeFABYsxEAqLMRALizEQAAtBEAArQRAFi0EQBmtBEAsLQRAMG0EQDo3hQADrURAGC1EQBstREAQN8UAMC1EQAQthEANrYRAGi2EQBwthEAwLYRAMy2EQAYtxEAHrcRAHC3EQB2txEAyLcRAM23EQAguBEAJrgRAPDfFACAuBEAoOAUANi4EQCo4RQALrkRAIC5EQCFuREA2LkRANy5EQAwuhEAPboRAADiFACNuhEA4LoRAOS6EQA4uxEAOrsRAJC7EQCpuxEA6LsRAPm7EQBAvBEATLwRAFjiFACbvBEAcMIRAKS8EQDwvBEAA70RAEi9EQBJvREAoL0RAKy9EQD4vREAB74RAFC+EQBavhEAqL4RALS+EQAAvxEAB78RALDiFABgvxEAsL8RALK/EQAQzBEAs78RANjEEQC2vxEACMARALy/EQBAxxEAvb8RAPg2EgAUwBEAYMARAG/AEQC4wBEAxMARABDBEQAewREAaMERAIPBEQDAwREAzMERABjCEQAfwhEACOMUAH3CEQDIwhEAysIRACDDEQAhwxEAeMMRAHvDEQDQwxEA28MRACjEEQAtxBEAgMQRAIrEEQBg4xQA5cQRADDFEQAyxREAiMURAInFEQDgxREA48URADjGEQBDxhEAkMYRAJXGEQDoxhEA8sYRALjjFABTxxEAmMcRAJnHEQDwxxEA/McRAEjIEQBXyBEAoMgRAKrIEQD4yBEABMkRAFDJEQBXyREAEOQUALDJEQAAyhEAAsoRAFjKEQBnyhEAsMoRALrKEQAIyxEAEcsRAGDLEQBiyxEAuMsRAMnLEQDA5BQAH8wRAGjMEQByzBEAwMwRAMnMEQAYzREAGs0RAHDNEQCBzREAyM0RANDNEQAgzhEAPs4RAHjOEQCAzhEA0M4RANzOEQAozxEAO88RAIDPEQCBzxEA2M8RAOTPEQAw0BEAP9ARAIjQEQCS0BEA4NARAOzQEQA40REAP9ERABjlFACh0REA6NERAPnREQBA0hEASNIRAJjSEQCf0hEA8NIRAP7SEQBI0xEAWNMRAKDTEQCw0xEA+NMRABTUEQBw5RQAXdQRAKjUEQC/1BEAANURAAjVEQBY1REAZtURALDVEQC61REACNYRABTWEQBg1hEAdtYRALjWEQC71hEAENcRACzXEQDI5RQActcRAMDXEQDI1xEAGNgRACfYEQBw2BEAddgRAMjYEQDV2BEAINkRACrZEQB42REAetkRANDZEQDe2REAKNoRADXaEQCA2hEAg9oRACDmFADj2hEAMNsRADrbEQCI2xEAkNsRAODbEQDv2xEAONwRAD3cEQCQ3BEAndwRAOjcEQDy3BEAQN0RAELdEQCY3REApt0RAPDdEQD93REASN4RAEveEQB45hQAo94RAPjeEQAE3xEAUN8RAFffEQCo3xEAsN8RAADgEQAZ4BEAWOARAGzgEQCw4BEAzOARAAjhEQAQ4REAKOcUAGjhEQCA5xQAxeERABDiEQAX4hEAaOIRAHDiEQDA4hEAxeIRABjjEQAo4xEAcOMRAHjjEQDI4xEA1uMRACDkEQAt5BEAeOQRAIXkEQDQ5BEA3OQRACjlEQAu5REAgOURAIjlEQDY5REA5OURADDmEQBD5hEAiOYRAJfmEQDg5hEA7OYRADjnEQA55xEAkOcRAJrnEQDo5xEA9ucRAEDoEQBF6BEAmOgRAKXoEQDY5xQA8+gRAEjpEQBS6REAoOkRAKLpEQD46REAB+oRAFDqEQBw6hEAqOoRALDqEQAA6xEACusRAFjrEQBe6xEAsOsRALLrEQAI7BEAF+wRAGDsEQBs7BEAuOwRAMDsEQAw6BQALu0RAGjtEQCG7REAiOgUAN7tEQAY7hEANu4RAHDuEQB47hEAyO4RANfuEQAg7xEAIu8RAHjvEQCB7xEA0O8RANPvEQAo8BEANPARAIDwEQCH8BEA2PARAODwEQAw8REASfERAIjxEQCc8REA4PERAPzxEQA48hEAQPIRAODoFACu8hEA6PIRAAbzEQA46RQAWfMRAJjzEQCd8xEA8PMRAAv0EQBI9BEAVPQRAKD0EQCo9BEAkOkUAAv1EQBQ9REAX/URAKj1EQC09REAAPYRAAH2EQBY9hEAYvYRALD2EQC+9hEACPcRAA33EQBg9xEAbfcRAOjpFAC89xEAEPgRABL4EQBo+BEAa/gRAMD4EQDI+BEAGPkRACL5EQBw+REAe/kRAMj5EQDU+REAIPoRACj6EQBA6hQAhvoRAND6EQDW+hEAKPsRADT7EQCA+xEAj/sRANj7EQDi+xEAMPwRADj8EQCI/BEAl/wRAOD8EQDi/BEAOP0RAEH9EQCQ/REAk/0RAOj9EQD0/REAQP4RAEj+EQCY6hQAqP4RAPD+EQD4/hEASP8RAFL/EQCg/xEAq/8RAPj/EQAEABIAUAASAFgAEgDw6hQArQASAAABEgARARIAWAESAGkBEgCwARIAtQESAAgCEgAMAhIAYAISAG4CEgC4AhIAxQISABADEgAnAxIAaAMSAHADEgDAAxIAzAMSABgEEgArBBIAcAQSAH8EEgDIBBIA1AQSACAFEgAhBRIAeAUSAIIFEgDQBRIA3gUSACgGEgAtBhIAgAYSAI0GEgBI6xQA3gYSADAHEgA+BxIAiAcSAJUHEgDgBxIA9wcSADgIEgBACBIAkAgSAJsIEgDoCBIA6ggSAEAJEgBNCRIAmAkSAJ8JEgDwCRIAAQoSAEgKEgBWChIAoAoSAK0KEgD4ChIADwsSAFALEgBYCxIAqAsSAK0LEgAADBIAEAwSAFgMEgBgDBIAsAwSALoMEgAIDRIAEw0SAGANEgBsDRIAuA0SAMANEgD46xQAKQ4SAGgOEgBtDhIAwA4SANsOEgAYDxIAJA8SAHAPEgB4DxIAUOwUANsPEgAgEBIALxASAHgQEgCEEBIA0BASANEQEgAoERIAMhESAIAREgCOERIA2BESAN0REgAwEhIAPRISAKjsFACQEhIA4BISAOISEgA4ExIARRMSAJATEgCVExIA6BMSAPITEgBAFBIASxQSAJgUEgCkFBIA8BQSAPYUEgBIFRIAUBUSAKAVEgCsFRIA+BUSAAsWEgBQFhIAXxYSAKgWEgC0FhIAABcSAAEXEgBYFxIAYhcSALAXEgC+FxIACBgSAA0YEgBgGBIAbRgSAADtFAC9GBIAEBkSAB8ZEgBoGRIAdxkSAMAZEgDJGRIAGBoSAB4aEgBwGhIAdhoSAMgaEgDUGhIAIBsSACcbEgB4GxIAlBsSAFjtFADaGxIAKBwSADQcEgCAHBIAgxwSANgcEgDiHBIAsO0UADgdEgAI7hQAkB0SAGDuFADoHRIAuO4UAEAeEgCQHhIAkR4SAHgmEgCdHhIA6B4SAKQeEgC4IxIApx4SAFgtEgCpHhIAIDESAOkeEgBAHxIAVh8SAJgfEgCgHxIA8B8SAPIfEgCwIhIA/h8SAEggEgBQIBIAEO8UAFUgEgCgIBIAoyASAPggEgACIRIAUCESAFIhEgCoIRIAuSESAAAiEgARIhIAWCISAGAiEgBo7xQAtyISAAgjEgAPIxIAYCMSAGgjEgDA7xQAuiMSABAkEgAWJBIAaCQSAHUkEgDAJBIAyCQSABglEgAaJRIAcCUSAHclEgDIJRIAzyUSACAmEgAoJhIAGPAUAIUmEgDQJhIA0SYSACgnEgA+JxIAgCcSAIgnEgDYJxIA2icSAJgqEgDmJxIAMCgSADgoEgBw8BQAPSgSAIgoEgCLKBIA4CgSAOooEgA4KRIAOikSAJApEgChKRIA6CkSAPkpEgBAKhIASCoSAMjwFACfKhIA8CoSAPcqEgBIKxIAUCsSACDxFACqKxIA+CsSAPorEgBQLBIAYSwSAKgsEgC5LBIAAC0SAAgtEgB48RQAXS0SAEA1EgBkLRIAsC0SAMYtEgAILhIAEC4SAGAuEgBuLhIAuC4SAMUuEgAQLxIAEy8SAGgvEgByLxIAwC8SAMIvEgAYMBIAKTASAHAwEgCBMBIAyDASANAwEgDQ8RQAKTESAHgxEgCFMRIA0DESANcxEgAoMhIAOTISAIAyEgCMMhIA2DISAOAyEgAo8hQAPTMSAIgzEgCLMxIA4DMSAOozEgA4NBIAOjQSAJA0EgChNBIA6DQSAPk0EgCA8hQASDUSAJg1EgCvNRIA8DUSAPw1EgBINhIAUjYSAKA2EgCoNhIA2PIUAPk2EgBQNxIAZjcSAKg3EgCwNxIAADgSAA44EgBYOBIAYDgSADDzFABlOBIAsDgSALM4EgAIORIAEjkSAGA5EgBiORIAuDkSAMk5EgAQOhIAIToSAGg6EgBwOhIAiPMUAMY6EgAYOxIAHTsSAHA7EgCLOxIAyDsSANY7EgAgPBIAJzwSAHg8EgCEPBIA0DwSANY8EgAoPRIAKz0SAIA9EgCKPRIA2D0SAN49EgAwPhIAMj4SAIg+EgCSPhIA4D4SAOw+EgA4PxIATz8SAJA/EgCkPxIA6D8SAARAEgBAQBIASEASAODzFACaQBIA8EASAP5AEgBIQRIAWUESADj0FACnQRIAkPQUAAZCEgBQQhIAWkISAKhCEgCzQhIAAEMSAAhDEgBYQxIAZEMSALBDEgDDQxIACEQSABdEEgBgRBIAbEQSALhEEgC5RBIAEEUSABpFEgBoRRIAdkUSAMBFEgDFRRIAGEYSACVGEgBA9RQAeEYSAMhGEgDSRhIAIEcSACVHEgB4RxIAgEcSANBHEgDWRxIAKEgSADRIEgCASBIAhkgSANhIEgDhSBIAMEkSAD1JEgCISRIAkEkSAOBJEgDhSRIAOEoSADpKEgCQShIAk0oSAOhKEgDrShIA8PUUAFZLEgCYSxIAoEsSAPBLEgD8SxIASEwSAE5MEgCgTBIApkwSAPhMEgD9TBIAqE0SACZNEgBQTRIAWE0SAKD2FACuTRIA+PYUABZOEgBYThIAWk4SALBOEgC9ThIACE8SAA9PEgBgTxIAaE8SALhPEgDITxIAEFASABJQEgBoUBIAdlASAMBQEgDRUBIAqPcUAB9REgAA+BQAflESAMhREgDSURIAIFISACtSEgB4UhIAgFISANBSEgDcUhIAKFMSADtTEgCAUxIAjlMSANhTEgDiUxIAMFQSADhUEgCIVBIAl1QSAOBUEgDlVBIAOFUSAD9VEgCQVRIAnFUSALD4FAAoVhIAQFYSAIBWEgCYVhIAoFYSAAj5FAAaVxIASFcSAFRXEgCgVxIAplcSAPhXEgD+VxIAUFgSAFVYEgCoWBIArlgSAGD5FAABWRIAWFkSAF5ZEgCwWRIAtVkSAAhaEgAXWhIAYFoSAGxaEgC4WhIAu1oSABBbEgATWxIAaFsSAHBbEgDAWxIAz1sSABhcEgAdXBIAcFwSAIZcEgDIXBIAyVwSACBdEgAxXRIAeF0SAIRdEgDQXRIA2l0SACheEgA0XhIAgF4SAIdeEgC4+RQA6F4SADBfEgA8XxIAiF8SAJdfEgDgXxIA9F8SADhgEgBHYBIAkGASAKFgEgDoYBIA9GASABD6FABCYRIAmGESAKZhEgDwYRIAAWISAGj6FABOYhIAoGISAKxiEgDA+hQA/mISAFBjEgBWYxIAqGMSAK1jEgAAZBIABmQSAMj7FABdZBIAsGQSALJkEgAIZRIAGWUSACj9FABsZRIAuGUSAL5lEgAQZhIAHGYSAGhmEgBwZhIAgP0UAMZmEgAYZxIAJGcSAHBnEgB4ZxIA2P0UANRnEgAgaBIAI2gSAHhoEgCCaBIAMP4UANJoEgAoaRIANmkSAIBpEgCRaRIA4P4UAN5pEgAwahIAPGoSADj/FACQahIA4GoSAONqEgA4axIARGsSAJBrEgCcaxIA6GsSAPBrEgDo/xQAS2wSAJhsEgCkbBIA8GwSAPhsEgBAABUAUW0SAKBtEgCxbRIA+G0SAAluEgBQbhIAWG4SAKhuEgCrbhIAAG8SAApvEgBYbxIAWm8SALBvEgC/bxIACHASAChwEgBgcBIAaHASALhwEgDCcBIAEHESABZxEgBocRIAanESAMBxEgDPcRIAGHISACRyEgCYABUAfHISAMhyEgDmchIAIHMSACZzEgB4cxIAgXMSANBzEgDdcxIAKHQSADB0EgCAdBIAlnQSANh0EgDadBIAMHUSAEt1EgCIdRIAlHUSAOB1EgDtdRIA8AAVAD52EgCQdhIAmHYSAOh2EgD+dhIAQHcSAEV3EgCYdxIAnncSAPB3EgD8dxIASHgSAFB4EgBIARUArXgSAPh4EgAIeRIAUHkSAFV5EgCoeRIArnkSAAB6EgAWehIAWHoSAFp6EgCwehIAunoSAAh7EgAWexIAYHsSAGV7EgC4exIAxXsSAKABFQAffBIAaHwSAHF8EgDAfBIAynwSABh9EgAmfRIAcH0SAHV9EgDIfRIA1X0SACB+EgAofhIAeH4SAIh+EgDQfhIA0n4SACh/EgA2fxIAgH8SAJF/EgD4ARUA338SAFACFQA1gBIAiIASAI6AEgDggBIA6IASADiBEgBCgRIAkIESAJKBEgDogRIA64ESAECCEgBgghIAAAMVAKSCEgDwghIA9oISAEiDEgBUgxIAoIMSAKiDEgBYAxUABIQSAFCEEgBWhBIAqIQSALSEEgAAhRIACIUSALADFQBahRIAsIUSAL6FEgAIhhIAGYYSAAgEFQBthhIAuIYSAM+GEgBgBBUAGocSAGiHEgB0hxIAwIcSAMOHEgAYiBIAIogSALgEFQCBiBIAyIgSAM+IEgAgiRIAKIkSAHiJEgCFiRIA0IkSANWJEgAoihIAMooSAICKEgCIihIA2IoSAOeKEgAwixIANYsSAIiLEgCeixIA4IsSAOGLEgA4jBIARowSAJCMEgChjBIA6IwSAPSMEgBAjRIASI0SAGgFFQCcjRIAYAEAAKCNEgCwXhQApI0SABiZEAD8jRIASAkAAFCOEgBgkRIADZASAFgsAABckBIAaC4AAHCREgDgPQAAE5ISAPhAAABrkhIAkEkAABqTEgBA8xEAG5MSAFBMAAAfkxIAmBIEACKTEgBIVAgAdJMSADhfAAAklBIAwGUAAHyUEgB4cgAAK5USAFh5AACPlRIAoIIAANyVEgAQhgAAMpYSADCKAADolhIA0JMAAK+XEgDolxIAWJoSAIDWAABcmxIA4OIAALSbEgCA7AAAZJwSAKD7AAAcnRIAQAUBAIydEgCYBQEAwp0SAPAFAQAknhIAIAwBANKeEgDYDQEAKZ8SAAATAQDvnxIASBwBADSgEgB4IgEAn6ASANigEgBMoRIAiKESAJChEgDgoRIA7KESAAgqAQBAohIAyCwBAASjEgBAoxIASKMSAJijEgCaoxIAWDQBAPyjEgCIOgEAqKQSAChEAQAMphIASF4BALimEgAQYgEAzKYSALgSFADUphIAqBAUAC2nEgBoYgEAZqcSAMhjAQDKpxIAMGYBABWoEgBIaQEAbKgSAFhrAQB8qRIAmH4BAOKpEgAgqhIAKKoSAPB+AQCHqhIAWIEBADSrEgBYjAEAo6sSALCMAQDkqxIAaI4BADisEgCIrBIAkqwSAMCOAQDqrBIA6JMBAPyuEgBgrgEAUK8SAKCvEgCwrxIAuK4BAFywEgDYsgEAsLASAACxEgAQsRIAMLMBALyxEgAgvAEAfrQSAMCSBwAmtRIAAGgCACq1EgC4aQIALrUSAGDaAQA6tRIAKHgCANK1EgCA3gEANrYSADjgAQDhthIASOIBADK3EgAA5AEAlrcSALjlAQDstxIAyOcBAES4EgAg6AEA8LgSAIg4FADxuBIAgAoNAPS4EgAw6gEABLkSAJinDQBIuRIAoBITAFy5EgCI6gEAbrkSAHCjFACfuRIA4OoBAKK5EgA4NQ4AVLoSAAjwAQCsuhIAYPABAF67EgDo9gEACbwSABj9AQC5vBIAOAECAAu9EgBgvRIAbL0SAOgBAgDDvhIAMH4PAMa+EgAQQw8Ayr4SAEArDgDQvhIA0AkCACa/EgCAFQIAc78SAMi/EgAowBIAeMASAHvAEgDwXw8AhMASAJgYAgDlwBIAWBsCAEnBEgCAwRIA3MESAIChDgDowRIAICoCAAXCEgBwHgIAPMISAPgkAgDswhIAyCkCAJzDEgAoKwIABMQSAIArAgCkxBIAKDkMAKjEEgAwLAIA+cQSADgtAgAGxhIA4DcCALHGEgAwxg0AtMYSAAg9AgC2xhIA+O8PAAjHEgB4YhQAGscSAFjHEgC4xxIACMgSAMzHEgBYRwIAC8gSANBeDgASyBIAKGoOABXIEgB4SA4AGMgSANAvDwAZyBIASDQPACPIEgAYPwIAKcgSAMhoDgC6yBIAkEMCAOLIEgBgjw8AHskSAEhFAgBwyRIAwMkSAMzJEgD4RQIASc0SADhZAgCszhIAMDgUAGbcEgBQkA4AEt0SAFjdEgDC3RIACN4SAHDeEgDgFg0Adt4SACAcAwDD3xIAMAwUAMjfEgBw4BIA3N8SAIjjEgDk3xIAUBAUAOrfEgCgLAMAcuASADjdDQB04BIA4GAOAHfgEgDIxAkAeuASAPgsAwB/4BIAUC0DAIHgEgAINAUAk+ASAICwFACo4BIAaIIFAOTiEgAgPQMAkOMSAODjEgDh4xIAiAgOAOrjEgDgChEA7+MSABgCDwD/4xIAQMkUAELkEgBIQgMAQ+USAJBsAwBG5RIA2IkLAEflEgCoWQMASeUSANhJAwBK5RIAsE8DAEzlEgCgogQATeUSABhSAwBO5RIAiGADAE/lEgCYTAMAUOUSACieBABW5RIAMFUDAIDlEgDoVRIAD+kSAGCSAwAW6RIA8HgDAGzpEgAQfQMAwOkSABDqEgAm6hIAeH8DAMzqEgBoiAMAIOsSAHDrEgB06xIAwIgDACrsEgDojQMAMO0SAIDtEgCW7RIAoJoDADLuEgAQygMANu4SAHCfAwA67hIAYC8OAJTuEgDYoQMA9PASALi+AwBp8hIAaNUDABnzEgC43wMAz/MSANjjAwAR9BIAWOkDABL1EgA4+wMAcPUSAMD1EgDO9RIAoP0DAMz2EgCwoRAA1vYSAJAGBADT9xIAWBUEADf5EgAYLgQA4fkSALA2BACi+hIA6PoSAEv7EgDoSAQAqvsSAPD7EgAB/BIAAEwEAFL9EgBguAUAU/0SADBoBABa/RIAgJoJAAP+EgBQbAQAB/4SAPipCQAL/xIAAIMEABsAEwCwjgQAzwATACCSBACMARMAyAETANABEwAgAhMALwITAAiaBACCAhMAeJ0EADEDEwCAxQ0ANAMTADCfBACIAxMA2AMTAJwDEwDQChQA4gMTAIifBACQBBMAYKUEAO8EEwBwpwQAlgUTAKCtBADwBRMAmHkKAEMGEwCAtAQAVAcTAGjHBACoBxMAAJgTABQIEwBQCBMAWAgTAKgIEwC1CBMAANsEALcIEwDYAQUAuQgTANjKBABxChMAEOgEAHQLEwCo+wQAyAsTABgMEwApDBMACP0EAC8NEwCoEQUAgg0TABgVBQAqDhMAAB0FAJEOEwDgIwUAnA4TAEAwBQCpDhMAECoFALEPEwCYMAUAVxATANA3BQCWEBMAWD4FAEcREwAoTgUATBETAMBSCgBNERMAiFYKAE8REwBATQoAtBETAPAREwD4ERMASBITAKISEwBgqA4ApRITAKAZDQCoEhMAKAsUAKoSEwBAUQUArBITACjHEADDEhMAKLsUAOcSEwBozxAAABMTAFhUBQB9ExMAqBMTALMTEwBgVQUAYhQTADhbBQAXFRMAIGMFALsVEwBobAUAvhUTAECFBgAsFhMAIG4FAHUWEwC4dgUAdxYTAHhuBQDGFhMA6HEFAMoWEwD4cwUA0hcTAHh5BQDfGBMA0IQFACsZEwD4iQUABBwTAEAcEwBIHBMAmBwTAKccEwDIrwUA+RwTALC3BQD6HRMASMAFAAUeEwBogQkAUx4TALjDBQBdHxMAsNgFAGcfEwBw0AUAth8TAODTBQC6HxMA8NUFACwhEwBoIRMAcCETAMAhEwDFIRMAUO0FAM8hEwAQ5QUAHiITAIDoBQAiIhMAkOoFADIkEwBYBAYA3iQTAKANBgCOJRMA6CEGAF0mEwAQMgYAtiYTAJA3BgD3JhMAoDkGAFAnEwAoQAYApCcTADBBBgD4JxMASCgTAFIoEwCIQQYAoygTAKBEBgBZKRMAOE0GABwqEwBYKhMAYCoTALAqEwC2KhMAQFkGAB4rEwAIXQYAzisTAMBpBgAULBMAEHQGAM8sEwAodwYAfy0TAGh/BgAxLhMAAIgGAOwuEwAoLxMAMC8TAIAvEwCQLxMAqJIGAKwvEwAglwYA5C8TALCTBgA4MBMAiDATAJIwEwAIlAYArDETAOgxEwDwMRMAQDITAEkyEwA4pQYAojITAEinBgBkMxMAoDMTAKgzEwD4MxMA+TMTAKCyBgD9MxMA2PsGAAU0EwCIugYABzQTACCtBgBWNBMAkLAGAFo0EwAY+QYAYjUTAEi9BgASNhMAiMUGAGo2EwAAygYAvjYTAAjLBgB2NxMASNMGADQ4EwBwOBMAeDgTAMg4EwDSOBMAiNsGACM5EwDA4gYA7DkTACg6EwAwOhMAgDoTAI06EwA45wYAjzoTAIjxBgDdOhMAWOsGAI47EwD49AYA6DsTAAj3BgBcPRMAmD0TAKA9EwDwPRMA/z0TAGgDBwBSPhMA2AYHAGRAEwCAHAcAzEATAAhBEwAkQRMAYEETAG1BEwDgHQcAhEITAMBCEwDIQhMAGEMTABtDEwAYMAcAAEQTAIA9BwB7RBMAqEIHAH9EEwDY6QwANUUTAIhJBwCDRRMAqE0HAOpGEwAwXwcAREcTALBkBwBISBMAmEIKAFxIEwBAQgoAtEgTAPBIEwD4SBMASEkTAEtJEwDwbAcAvEkTAPhJEwAAShMAUEoTAF9KEwC4cAcAs0oTAJh3BwAKTBMAcIgHAL9MEwBA2w4AxEwTAHi7EADHTBMAMIsHAMhMEwDAuRAAHE0TAFCPBwA0ThMAcE4TAHhOEwDIThMA0U4TAECYBwAqTxMAUJoHAN9PEwCIoQcAQVATADCsBwDbUBMAILUHAItREwAgwAcAO1ITANjMBwBKUxMA6NkHAKJTEwBY3QcA/FMTAMjgBwBkVBMAoFQTAKhUEwD4VBMAB1UTACDsBwAIVRMAKOIHAFxVEwAw4wcAsFUTAABWEwAKVhMAiOMHALZWEwCQ7wcAY1cTAHj3BwAYWBMAQPsHANxYEwAYWRMAIFkTAHBZEwB/WRMA4AQIANRZEwBQCAgAKFoTAHhaEwCHWhMAsAkIADdbEwDgDwgAilsTAFATCADlWxMAsB8IAOdbEwCAGQgA/FwTADhdEwBAXRMAkF0TAAReEwBAXhMASF4TAJheEwClXhMA8DIIAP1eEwCwNQgAVl8TAHg5CAD6XxMAAEAIALRgEwA4RwgAY2ETAIhcCADEYhMAgHEIABhjEwBoYxMAd2MTAOByCADmYxMAQHQIACplEwDIeggAhGUTAEB/CADYZRMAKGYTADdmEwCggAgApmYTAACCCADjZxMA0IYIAD1oEwAIjggA7WgTAMibCACdaRMA2KgIAFhqEwCwrggArWoTABCwCABWaxMA4LQIABxsEwBYbBMAYGwTALBsEwALbRMAgL4IAMdtEwBAwQgAhG4TAMBuEwDIbhMAGG8TACJvEwCIyggAfm8TAEDMCADXbxMAaNEIACpwEwDg1QgA2XATAFjaCADkcRMAiOAIADhyEwCIchMAinITAODgCABUcxMAkHMTAJhzEwDocxMADHUTAEh1EwBQdRMAoHUTAMR2EwAAdxMACHcTAFh3EwBidxMAmA4JACR4EwBgeBMAaHgTALh4EwDCeBMAoDAJAM54EwAgIAkAFXkTADAiCQByeRMAICsJANF6EwCoRwkA1XoTAGA+CQAuexMAkEQJAHl7EwCgRgkAMnwTALhJCQCDfBMA0EwJADp9EwBQUgkAlH0TANhYCQBEfhMA8FsJAJx+EwBIXAkABH8TAEB/EwBIfxMAmH8TAKd/EwAIXwkAVYATABBrCQCwgBMA8HEJAMSBEwAAghMACIITAFiCEwBnghMAkHsJAGODEwC4gxMA0oMTAGCLCQAshBMAaIQTAHCEEwDAhBMAz4QTAICPCQBKhRMAOJEJAOSFEwAghhMAKIYTAHiGEwDfhhMAAJUJAC6HEwBwmAkA5IcTAIibCQBCiBMAAKAJAOeIEwCQKwoA6ogTANCkCQA/iRMA2KUJAEqKEwDAuAkAoooTAKC/CQD3ihMAqMAJABSMEwBQjBMAWIwTAKiMEwC0jBMAaM4JAAiNEwBYjRMAXI0TAMjPCQDAjRMAgNEJAHyOEwC4jhMAwI4TABCPEwA6jxMASOAJAG2PEwDY5wkA3I8TAMgWDAAgkBMAcJATAKmQEwBY7QkAQ5ETAHiREwCDkhMAqA0KAI+TEwDYHgoABJUTAECVEwBIlRMAmJUTAKeVEwDoNgoA9pUTAFg6CgD6lRMAUPQKAKiWEwD4lhMAI5gTAFiYEwB3mBMAsJgTABiZEwAQRwoAwJkTAJBMCgBumhMAsFAKANWbEwAQ9woA15sTABBdCgAmnBMAgGAKADqeEwAoawoAi54TALhyCgCSnhMAoG8KAKCgEwDwoBMAo6ETAGiJCgC0ohMAwJQKABCkEwBgpBMAiaQTAGCpCgAVpRMAGKsKAHClEwDApRMA6aUTAICtCgB4phMASLEKAPGmEwCgsQoAhqgTAJDFCgCUqRMAyMwKAJyqEwBg1QoABKsTALjVCgBPqxMAENYKAJ6rEwCA2QoAVKwTAJjcCgC8rBMA8NwKAAetEwBI3QoAVq0TALjgCgDarhMACK8TAHyvEwC4rxMAwK8TABCwEwDFsBMAMPsKAMyxEwCQBwsAlLITANCyEwDYshMAKLMTADKzEwDoEgsADLUTAPAeCwBCthMAGDoLAKG2EwDwPwsASrcTAOBICwCwtxMAUEwLAGW4EwDQXAsACrkTAMhmCwAZuxMAGIcLAN+8EwCYlwsAfb0TAMCcCwDdvRMAMKALAJy+EwDYvhMA4L4TADC/EwCKvxMAIKkLAKzAEwDowBMA8MATAEDBEwBqwRMAiLYLAPnBEwC4vAsAUMITAKDCEwCuwhMAaL0LAP7CEwDQvwsAtcMTAPjECwABxBMAGMkLABHFEwBo0wsAFMUTABjUCwB1xhMAgOELAMXGEwDg4gsAJccTAFDmCwB4xxMAEOkLAMvHEwBo6QsARMgTAHjIEwBEyRMAePYLAKrJEwDQ9gsA6MoTADjLEwBhyxMAsP0LAG7LEwBg/gsAVM0TAIACDACwzRMA8AUMAAXOEwBQBwwADc8TANgNDABdzxMA+BEMACfQEwBg0BMAEtETAMghDABv0RMAuCoMABrSEwAYLAwApNITADgwDADe0hMAWDQMACXTEwDANgwA1tMTAMBBDADm0xMA8F0MAEbVEwAwUAwAjdUTAJhSDAD21RMAAFUMAAzYEwBI2BMAUNgTAKDYEwCt2BMAIG8MAAXZEwA4cgwAtdkTAAB2DAB32hMAsNoTABrbEwCw8BMAJ9sTAGDbEwAc3BMAwIMMAB7cEwBYgQwA0twTABjdEwB+3RMAYI0MADDeEwBomQwAlt8TAACtDAA74BMAILEMAJbgEwBQtwwA7uATAOi/DABF4RMA8MAMAO7hEwDIxgwAtOITAPDiEwD44hMASOMTAL7jEwCI1AwAq+QTABDbDADH5RMAYOUMAHDmEwD47QwAIOcTAED3DADc5xMAGOgTACDoEwBw6BMA5OgTACDpEwAo6RMAeOkTACvqEwCACxQAMOoTAIDqEwAy6hMAqAMRAETqEwAQVRQAiuoTADALDQA26xMACBENAPXsEwBYJg0ARe0TAHgqDQCw7hMACD0NAL/uEwD47hMAWO8TAOg4DQC37xMAQDkNAAnxEwAQSQ0AGfITALhTDQBr8hMAwPITAIDyEwDIYA0A0vITAGhUDQB88xMA0FYNANLzEwAoVw0AgvQTAABdDQCD9RMA2PUTAPD1EwCQZA0A6fYTAKhyDQA79xMAkPcTAKT4EwCQeg0AvPgTADCqDwD4+BMASPkTAGb5EwDoeg0AFPoTAFD6EwBY+hMAqPoTAA77EwAAfg0AzPsTABiBDQB8/BMAiIQNAIT9EwDA/RMAyP0TABj+EwCM/hMAyP4TAND+EwAg/xMAhv8TAOiQDQBEABQAgAAUAIgAFADYABQAPgEUAMCWDQBUAhQAkAIUAJgCFADoAhQATgMUAFCeDQAMBBQAaKENALwEFADYpA0AYAYUAOiSEAC4BhQAQJMQACQHFABgBxQAaAcUALgHFAAwCBQAmLINAMgIFACY9A0AgAoUAEBxFACICxQAyDYQAJwLFABgoRQArgsUANgLFADgCxQA0NEQAAYMFAAoZBAAXgwUAIgMFADjDBQAUJQUAFQNFACQDRQAmA0UAOgNFABMDhQACMwNALQOFADwDhQA+A4UAEgPFACsDxQAyJEPAA4QFADY/A0AXhEUAJCVDwBkERQAWNYNAMoRFAAY2Q0AwBIUABATFAAfExQAmPwOAHATFADQ5hQA1xQUALjiDQDhFBQAWOENANwVFACA5g0AnBYUANgWFADgFhQAMBcUAJcYFADI7w0AthoUAPgADgBYGxQACA4OALwcFAAwHg4Awh0UAEghDgB4HxQAyB8UANIfFABoMA4A7CAUACghFAAwIRQAgCEUADIiFADQPQ4AjSIUAJhBDgCgJBQASE0OAPgkFABIJRQAVCUUALhQDgAEJhQAKFQOALAmFAAAJxQAFycUAKhZDgAqLBQAgHUOAN0sFABQeg4ASS8UAICWDgACMBQASDAUAAUxFACwpw4ACDEUAFCmDgAOMhQAGKoOALwyFAAgqw4AFjMUADiuDgDbMxQAEDQUAC40FACosQ4AjDQUADC4DgAmNRQAiLgOADA3FACIww4AjjgUAPjGDgCUOBQAyCsQAKs4FAAosBQAsjgUAACgFADNOBQAEM8QAOg4FAA4ORQARzkUABjLDgCVORQA2M0OAEg6FACYOhQAmjoUAEDQDgD1OhQA8NAOAPw6FABY0w4AdD0UALA9FAC4PRQACD4UABI+FADA6w4A1D4UABA/FAAYPxQAaD8UAHc/FAAY9w4Axj8UAIj6DgB2QBQACAAPACZBFACIBQ8AK0IUAJARDwDbQhQA6BEPAORCFADgZRAAkEMUAGAWDwDoQxQAOEQUAJ5EFAAgGQ8A9kQUAAghDwBQRhQAoEYUAKNGFAB4JA8AXEcUAOAmDwCwRxQAAEgUAANIFADwKA8AvEgUALArDwAQSRQAYEkUAGNJFADALQ8AHEoUANgwDwBwShQAwEoUAMpKFAAwMQ8AIEsUAHBLFABzSxQAODIPAChMFABQNQ8AgEwUANBMFADTTBQAsDYPAIhNFADYTRQA200UANA6DwCQThQA4E4UAONOFADwPg8AnE8UALhCDwCgUBQAOEgPAMBQFABQtRQADFEUAJhJDwCjURQA+FEUAKtSFAAATA8AslIUAGhODwBsVBQAmFQPAG5UFACo8A8AGFUUAGhVFADLVhQAuFUQANBWFACAWBQALFcUAABiDwCQWBQAYGMPAOhYFADIZQ8APFkUANBmDwCkWRQA4FkUAD9aFAAAeA8AQloUAJiADwBHWhQAgGcPAFNaFAAocg8ABl0UAPh2DwC2XRQAKH0PANNeFADYsBQAEF8UAGBfFABjXxQAoIEPAMhfFABYgw8AHGAUAGCEDwBwYBQAwGAUAMpgFAC4hA8Ae2IUAJCKDwCCYhQAoIwPACtjFACojQ8As2QUAMCQDwCYZRQAiJQPADtnFAAAqxQAtWcUAMDPEAD1ZxQAIIwRAPlnFADQqA8AZWgUAGjwEAC9aBQAwPAQAGRpFABQrg8AuGkUAAhqFAAhahQAsK8PAGNqFAC4ahQANGsUAIC0DwDkaxQAiLUPAJRsFADotg8AKG0UAHhtFACCbRQAsLoPACluFADImRAAMG4UAEC0EAA/bxQAoMMPAEVxFADozA8AO3IUAEhyFACTchQAoHIUAMJ0FADQ3w8AYnUUADjiDwBsdRQAyOkPAHh3FAAY8RAAMHgUAGjzDwCGeBQAcPQPANh4FAAg9Q8AK3kUAID2DwAzehQA6PgPAEB7FACQexQA8HsUAEB8FABmfBQAkMgUAPF8FAAoARAAUH0UAKB9FAAAfhQAUH4UAAN/FABYBxAAuH8UAAiAFABogBQAuIAUAN6AFADoyBQAcIEUAIAMEADMgRQA4A0QAHiCFADIghQA2IIUAEAPEACbgxQA0IMUAImEFAAQFBAA5IQUANAWEABUhRQAiIUUALyIFAAwLhAAdIoUALAzEAAkixQAEDUQANSLFABwNhAAeY4UAHhNEAA8kBQAYFUQADmRFADQWBAA/JIUALhgEACpkxQAeGMQADOWFABYahAAY5YUABBsEADAlhQAiLwUABmXFADQbhAAHJcUAOBwEABrlxQAwJcUANyXFAAYmBQAc5gUAMiYFADkmBQAIJkUAICZFADQmRQA2pkUADhxEAAwmhQA0PwUAIaaFABgdhAAlpsUANh6EADjmxQAmH0QAECcFADgvBQAVZ0UABjQEAD8nRQA+IkQAMihFABw0BAAIqMUAMCjEAAjpBQAOJ0QANykFABAnhAA6KYUADinFABCpxQAMKcQAPanFADwqRAAQ6gUAKCqEABLqxQAWKsUAKOrFACwqxQA+6sUAAisFABTrBQAYKwUAKusFAC4rBQAA60UABCtFADMrRQA2LEQADSuFAAwshAAya4UAJCzEAA8rxQAeK8UAICvFADQrxQAi7EUAKC1EACeshQAYLgQAOuyFAAQuRAAZrMUAFCzEQChsxQAyLoQAAy0FABItBQAvLQUAPi0FAB4tRQAqLUUANC1FAAAthQAKLYUAFi2FACAthQAsLYUALe2FACQ1BAAELcUAGC3FABltxQA6L4QAMO4FAA4yRAALLoUALDNEAA0uxQA+GISADi7FABAYRIAnL0UAHjREAACvhQAQL4UAEi+FACYvhQAS78UAKC/FAAgwBQAUMAUAHjAFACowBQA0MAUAADBFAAowRQAWMEUAIDBFACwwRQAiMIUALjCFADgwhQAEMMUADjDFABowxQAkMMUAMDDFADowxQAGMQUANTEFACA3RAAhMUUAODeEACfyRQA0PIQAP7JFAAI+hAAv8oUAPjKFABvyxQAuAURALHLFAAwChEAH8wUAFjMFAC4zBQACM0UABjNFADoCxEAbM0UAPAMEQDNzRQAcEYSADHRFAAwTBEAjNEUAOBMEQCQ0hQAGF8RAEDTFAD4ZREA8NMUADBtEQCg1BQACHMRAFDVFACYehEAANYUAGh/EQCw1hQAOIQRAGDXFAAYixEAFNgUAIiOEQC12BQAuNgUACXZFAAIlBEAadkUAMCVEQDV2RQAcJYRAB3aFADIlhEAeNoUADCZEQDL2hQAkJoRAHzbFACgnBEA3tsUAACeEQCK3BQAcKERANvcFAB4ohEAM90UAIikEQCJ3RQAkKURAA7eFAA43hQA8d4UAAi1EQBD3xQAmN8UAK3fFAC4tREA898UAEjgFABd4BQAeLgRABjkFABo5BQAhuQUAKjJEQDg5xQA8OgRAE7oFAAQ7REA/ugUAJDyEQCc6RQA+PQRAPDpFAC49xEAR+oUAHj6EQCd6hQAmP4RAADrFACoABIAZOsUAKDrFAD66xQAEA4SAFzsFADIDxIAvewUAIgSEgAI7RQAuBgSAMztFAAwHRIANvIUADAzEgDw8xQAmEASAET0FACgQRIAmPQUAOj0FADs9BQA+EESAEj1FACY9RQA+PUUAEj2FAAA9xQAUPcUALT3FAAYURIACPgUAFj4FABc+BQAcFESAIv5FAAAWRIAcfoUAEhiEgDD+hQAGPsUAED7FABw+xQAy/sUACD8FABI/BQAePwUAOf8FABYZBIAgv0UAMBmEgDi/RQAyGcSADj+FACI/hQAmP4UANBoEgDp/hQA2GkSADv/FACQ/xQA8v8UAEBsEgBQABUASG0SAFYBFQCgeBIABAIVANh/EgBYAhUAqAIVALgCFQAwgBIAXAMVAPiDEgDAAxUAWIUSABYEFQBghhIAaAQVABCHEgC7BBUAEAUVAA==","fail":"AAAAAAAAAACYjAAAANkBAGjeAACgxQcAQNYBANCyCACoOwIAwO4NAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAA0LEBACiyAQCAsgEA2LIBAAAAAACoOwIA8N4NACDXDgB41w4A0NcOACjYDgCA2A4A2NgOADDZDgCI2Q4A4NkOADjaDgCQ2g4A6NoOAAAAAACgxQcAQNYBAEDWAQB4+AMAYF4CALheAgDoXg8AgKkPADAeAwCIHgMA0CIBAFhRBgDYvBAAePgDAKg7AgDASAYA6LcAAEC4AACYuAAA8LgAAEi5AADIDgAAqDsCAMDuDQC43w4AEOAOAGjgDgDA4A4AGOEOAAAAAACgxQcAqDsCAJiqDABwkQQAGGACAFh8CgCoUQIAmIwAAHBrAgAAZxEAWGcRAHDRAQA4KAAAqDsCABAKDABoCgwASEsAAHD8BQComQAAAJoAAFD2AgBwtgoAyLYKAKg7AgDw3g0AINcOAHjXDgDQ1w4AKNgOAIDYDgDY2A4AMNkOAIjZDgCodggAiB4OAFgAAABYAAAACAELAEDWAQBISwAAqDsCAKh2CACozQEAAAAAAKiZAABAew0A4IQNAKAfAAAYGQAA0LIIACizCABAzgAAmM4AAPDOAACASQMAGFIDAHBSAwBgegsAIBoAAPCqDABAVA8AYAEAALgBAAAQAgAAaAIAAMACAACodggAiB4OAFgAAABYAAAAYAYCAEDNBAComQAAkLcAAEDWAQAQdQIAuE8HAKg7AgDA7g0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAALjSAACQYgoA6GIKAAAAAAAolAAAMJ0BAEDWAQCY1gEAyA4AAKg7AgBIqwEAQM0EAJjNBABYAAAAMLMBAIizAQDgswEAOLQBAJC0AQDotAEAQLUBAAAAAACASQMAkGwDAKjNAQAAzgEAWM4BAJjWDACoMA0AADENACAUDQB4FA0A0BQNACgVDQBoVAIAaAoMACCCAgAgagoAeGoKANBqCgDQsggAqDsCAKjBEABwdAoAqDsCAOheDwAouREA+EsAAFBMAACoTAAAAE0AAFhNAACwTQAAAAAAAFh8CgCwtQ0AqHYIAKAfAAD4HwAAUCAAAKggAAAAIQAAWCEAAJBiCgDoYgoAAAAAACiUAAComQAAyA4AAGjCAgDo4AEA0LIIAKg7AgCodggAiDIAAOAyAAA4MwAAkDMAAEgxEACoUQIAmIwAAADZAQCgHwAA0LIIAKg7AgDA7g0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAAGBeAgC4XgIA2JYDADCXAwCIlwMA4JcDACAUDQB4FA0AyBkAACAaAADwqgwAQFQPAGABAAC4AQAAEAIAAGgCAADAAgAA2GICADBjAgAQYRAAaGEQAJiqDABAUgEAmFIBAFD2AgAwnQEA0LIIAAitEACYqgwA8KoMAEBUDwBgAQAAuAEAABACAABoAgAASDEQAKhRAgCYjAAAANkBAKAfAADQsggAqDsCAMDuDQBAzgAAmM4AAPDOAABIzwAAoM8AAPjPAABQ0AAAqNAAAADRAABY0QAAsNEAAAjSAABg0gAAYF4CALheAgDYlgMAMJcDAIiXAwDglwMAIBQNAHgUDQDIGQAAIBoAAPCqDABAVA8AYAEAALgBAAAQAgAAaAIAAMACAADYYgIAMGMCABBhEABoYRAAmKoMAEBSAQCYUgEAUPYCADCdAQDQsggACK0QAJiMAAAA2QEACNQDAIBJAwCQbAMAiDIAAOAyAAA4MwAAkDMAAEgxEADIDgAAoB8AAPgfAABQIAAAqCAAAAAhAABIMRAAOCgAACDbCQBA1gEAKHgNAGjCAgBIMRAA0CIBAKC3CADIDgAAqM0BAPh3AACYBw8AwHALAKDGDgCYTAMA6LcAAEC4AACYuAAA8LgAAEi5AACguQAAmKoMAPCqDABAVA8AYAEAALgBAAAQAgAAaAIAAMACAADQIgEAyP0BAMgOAABowgIAqDsCAECmEQBYDxEAwO4NAGAjBwCodggAUH8QAHD8BQDI/AUAiJ0BAAAAAACQtwAAkLcAAKiZAADIDgAAqM0BAKg7AgDw3g0AYNkQABgZAADYwgMAqJkAANCyCACoOwIAADwCAPjqDQBA1gEAqDsCACiUAADIDgAAoB8AAKg7AgAAAAAAGBkAAMiXAgBoZQsAcBkAAGjeAAAYGQAAqDsCAPDeDQAoswgAqEURAABGEQCoUQIAmIwAAADZAQCgHwAAAAAAAEDWAQAYYAIAmIwAAPCMAABIjQAAoI0AAPiNAABQjgAA4DoBANCyCAAIrRAAGBkAANjCAwComQAA0LIIABhgAgComQAAAJoAAFDxAABILAMAqFECAJiMAABohAgAGGACANCyCACoUQIAGGACAKiZAAAAmgAAUPEAAEgsAwAolAAAqFECAEirAQBAzQQAkLcAAKg7AgDIlwIAIJgCAHiYAgCoOwIAkGIKAOhiCgBISwAAcPwFAMj8BQComQAAUPYCAKj2AgAA9wIAqDsCAJjWDACoMA0AADENACAUDQB4FA0A0BQNACgVDQDY4w4AuN8OADhPCQCgqwEAaN4AAKiZAAAYGQAAcBkAAHhOAQDQTgEAyA4AAMAaDgBYAAAAWAAAAAgBCwBA1gEASEsAAOjgAQDQsggAGGACAJiMAABAzgAAmM4AAPDOAAAYYAIA0CIBACgjAQCgaQwAAAAAAEirAQBAzQQAqJkAABgZAABISwAAqDsCAPDeDQAg1w4AeNcOANDXDgAo2A4AgNgOANjYDgAw2Q4AiNkOAKh2CACIHg4AWAAAAFgAAAAIAQsAQNYBAEhLAACoOwIAwO4NAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAAENMAAEBSAQCYUgEASEsAAKhyAgDAQggAmJQBANhRDwCoOwIAkGIKAOhiCgAAAAAAKJQAAKiZAADIDgAAaMICAOjgAQDQsggAqDsCAECmEQCYphEA8KYRAEinEQCgpxEA+B8AAFAgAACoIAAAKJQAAEhLAACgSwAA+EsAABgZAABISwAAGNgGAJC3AABoBAMAiIQCABjYBgCgxQcAcHQKAKg7AgCYqgwAYAYCACiUAACwRwIAMJ0BAIidAQCoOwIAmIwAAEDOAACYzgAAKOEAAMDuDQBAzgAAmM4AAPDOAABIzwAAoM8AAPjPAABQ0AAAqNAAAADRAABY0QAAsNEAAAjSAABg0gAAuNIAAJBiCgDoYgoAAAAAACiUAAAwnQEAQNYBAJjWAQAAAAAAQNYBAKgjCgBwdAoAsEcCAFgAAACwAAAACAEAAKg7AgDYbQ0AWAAAALAAAAAIAQAAYAEAALgBAAAQAgAAaAIAAEgDAgCgAwIAwEgGAGgEAwDABAMAGAUDALiSDgAQkw4AaJMOANhiAgAwnQEAWL8GAKBLAABAIA4AgIwKAEhLAACoOwIAwO4NANi8EAB4+AMAqDsCAJiqDADwqgwAQFQPAGABAAC4AQAAEAIAAGgCAADAAgAAwEgGABhJBgBwSQYAOCgAACDbCQCwRwIAKJQAAEDWAQCY1gEAQNYBAKg7AgDASAYA6LcAAEC4AACYuAAA8LgAAEi5AACguQAAqHYIAKAfAAAYGQAASEsAAKg7AgDA7g0AQM4AAJjOAADwzgAAYF4CALheAgDYlgMAMJcDAIiXAwDglwMAIBQNAHgUDQDIGQAAIBoAAPCqDABAVA8AYAEAALgBAAAQAgAAaAIAAMACAACY1gwAqDANAAAxDQCodggAoB8AAAAAAACYjAAAQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAAFCLAQCoiwEAAIwBAFiMAQB4TQUAwO4NAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAA0LEBACiyAQCAsgEA2LIBACCCAgAgagoAeGoKANBqCgAoawoAgGsKANhrCgDA7g0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAAOjgAQAolAAAyA4AAAijAQCInQEAsEcCAKg7AgDQIgEAoLcIAAhlBwBIBAkAmIwAANi8EADYwgMAmGoEANAiAQCoOwIAAAAAAJC3AACYlAEA8JQBAEiVAQAYGQAAIIICAHiCAgDQggIAgBgBAIBJAwCAGAEAmIwAAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAABQiwEAqIsBAACMAQBYjAEAAAAAAKDFBwBwdAoAsEcCAAhIAgDIDgAAoB8AAAhlBwAAOAcAWDgHAACsEABYvwYA8HsCAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAoKIEAPiiBABQowQAqKMEAACkBABYpAQAsKQEAAilBABgpQQAiNwNAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAAiJ0BAPgfAABQIAAAqCAAAAAhAACY1gEAAJoAAFDxAABILAMAwO4NAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAA0LEBACiyAQCAsgEA2LIBABhgAgBA1gEAmNYBAFh+AgCQ0REAyA4AAKAfAADQsggAqDsCAEgxEACYvBEASKsBAKCrAQD4qwEAUKwBAKisAQAArQEA2GICADBjAgAQYRAAaGEQAJBiCgDoYgoAQGMKAJhjCgDwYwoASGQKAKg7AgAolAAAyA4AAAijAQCInQEAsEcCAKg7AgDA7g0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAALjSAADQIgEAoLcIAAhlBwBIBAkAmIwAANi8EADYwgMAmGoEAEhLAAAYYAIAmIwAAOBOCQA4TwkAoKsBAGjeAAComQAA0LIIAKg7AgBIMRAAQNYBAKgjCgCoUQIAmIwAAKhRAgBIqwEAACsPAFgrDwBAzgAAmM4AAPDOAABIzwAAoM8AAPjPAABQ0AAAqNAAAADRAABY0QAAsNEAAAjSAABg0gAAqJkAAACaAABQ8QAASCwDAPCMAABIjQAAoI0AAPiNAABQjgAAkKkBAOipAQBAqgEAmKoBAPCqAQAIrRAAAJoAAFDxAABILAMA6C0CAJC3AAComQAAWAAAAEhLAAAY2AYAoMUHAKg7AgAAAAAAAAAAAAAAAAB4TQUAkGIKAOhiCgCoZgYAANkBACAPAABwdAoAgEkDAKAJAAAolAAAyA4AAKAfAAD4HwAAGBkAACCCAgB4ggIA0IICAMCcCwAYnQsAcJ0LAJiqDADwqgwAQFQPAGABAAC4AQAAEAIAAGgCAADAAgAAIBQNAHgUDQDQFA0AKBUNANjjDgC43w4AOE8JAKCrAQBo3gAAqJkAANCyCADAVA0AcBkAAMgZAADA7g0AAMUPAEiNAACgjQAA+I0AAFCOAACojgAA6F4PAICpDwAARA4A6F4PACi5EQAwnQEAmGoEAPBqBABQ9gIAWHwKAEAgDgDIDgAAaMICANhiAgAwnQEAWL8GAKBLAACoOwIAkGIKABB1AgCoUQIAqFECADCdAQBYvwYA0CIBAAAAAACoOwIAADwCAFg8AgCwPAIACD0CAKg7AgCYqgwAYAYCAAArDwBYKw8AANkBAKAfAADASAYASAQJAKAECQD4BAkAUAUJAKg7AgB4+AMA0PgDACj5AwBA1gEAqDsCAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGANBKBgAoSwYA6D0EAEA+BACYPgQA4AEJAKAfAABQVg8ASEsAABjYBgCInQEAsEcCADgoAACA6QEA2OkBADDqAQAQ/wAAgBgBADgoAACA6QEA2OkBADDqAQBAUQUAmFEFAPBRBQDA7g0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAAOjgAQDoXg8AgKkPAKDFBwDQsggACK0QAIhHDwAAAAAAAAAAAAAAAAAAAAAAqDsCAPDLAQCoUQIAmIwAAGiECACoOwIAwEgGAEDWAQCY1gEA8NYBAAitEAAYGQAASEsAABjYBgCYjAAA4E4JAMgOAAAAAAAAGBkAAFD2AgCo9gIAAPcCAEDNBADQsggAKLMIAPCMAABIjQAAoI0AAPiNAABQjgAA2L8PACCYAgB4mAIAMJ0BADCdAQCwRwIAGBkAACCCAgAIagkAKJQAAEDWAQCY1gEA8NYBAPDJCQComQAAyA4AAODADwBwGQAAeE4BANAiAQBYUQYAiIQCAJC3AADQsggACK0QABgZAADYwgMAqJkAAAAAAACgxQcAsEcCADCdAQCInQEAqDsCAAA8AgBYPAIAsDwCAAg9AgAAPAIA+OoNAEDWAQCoOwIAKJQAAMgOAACgHwAA+B8AAKg7AgAAPAIAWDwCALA8AgAIPQIAADwCAPjqDQBA1gEAqDsCACiUAADIDgAAoB8AAKg7AgDA7g0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAALjSAADQsQEAKLIBAICyAQDYsgEAqDsCACiUAADIDgAAoB8AAPgfAAAYGQAAIIICAHiCAgBQ9gIAcLYKAMi2CgAoeA0ACKMBAKDFBwBwdAoAMJ0BAIidAQDYwgMAwMcEAMj9AQDQIgEAqDsCAKh2CACIHg4AWAAAAFgAAAAIAQsAQNYBAEhLAADo4AEA0LIIAKg7AgDA7g0A0B4RADCdAQCoOwIAUPYCAHC2CgDItgoAKHgNAAijAQCgxQcAcHQKAKg7AgCY1gwAAAAAAMgOAACozQEAAM4BAIBJAwDIDgAACNQDAKg7AgCQYgoAqCMKAICMCgBISwAAGNgGAIidAQComQAAyA4AAHB0CgDIdAoAIHUKAHh1CgDQdQoAKHYKAIidAQCwRwIAqDsCAOheDwCAqQ8AyOIKACDjCgCAqQ8AAAAAAKiZAADQsggA2D8KAJhqBADwagQAqMEQAHB0CgDIDgAAqM0BAKAfAAD4HwAAGNgGAKDFBwBwdAoAqJkAAACaAABQ8QAASCwDAFi/BgDo4AEAQOEBAJjhAQDw4QEAmIwAAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBAKiZAADIDgAAaMICAIBJAwAolAAAgJQAAGj5AgBYvwYAgEkDAJiMAAAA2QEAWNkBALDZAQAI2gEAYNoBALjaAQAQ2wEAAO8BAFjvAQCw7wEACPABAGDwAQC48AEAEPEBAGjxAQCYjAAAeB8NACggDQCASQMAqFkDAMiHCwDQ1A8AKNUPAIDVDwDY1Q8AMNYPAIjWDwDg1g8AEHUCAGh1AgDAdQIAOCgAAIDpAQDY6QEAMOoBAAitEAAAmgAAUPEAAEgsAwAAAAAAmIwAAFD2AgCo9gIAcGsCAEirAQCYjAAA2LwQALBHAgBwawIAmIwAAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBABDbAQBo2wEAwNsBABjcAQBw3AEA0CIBAFgAAACwAAAAUKkCAACsEABYrBAAIA8AAHB0CgA4KAAAgOkBANjpAQCACg0A2AoNACiUAABIqwEASEsAABjYBgBYAAAAYAYCAAArDwBo1xEAgOkBANjpAQCACg0A2AoNAKAfAAD4HwAAUPEAAEgsAwAAAAAAqDsCAECmEQAAUgIAWFICALBSAgAIUwIAYFMCALhTAgBIqwEAmIwAANi8EAAYGQAAqJkAANCyCACoOwIAADwCAPjqDQBA1gEAADwCACDbCQC4xg8AEMcPAGjHDwDAxw8AGMgPAHDIDwDIyA8A2GICADCdAQBYvwYAoEsAAEAgDgCAjAoASEsAAKg7AgCQYgoASMwMAKDMDAC4Cw8AEAwPAGgMDwDADA8AGA0PAMDuDQDYvBAAePgDAKg7AgDA7g0AALcQAFi3EACwtxAACLgQAGC4EAC4uBAAqJkAAKhfAQBgPQIAuD0CABA+AgBoPgIAwD4CABAKDACwmQ8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAYF4CALheAgAQCgwAsJkPAGA9AgC4PQIAED4CAGg+AgDAPgIAIBcMAEirAQAAKw8AaNcRAMDXEQAY2BEAMBgQAOBHDwCoOwIAkGIKAACsEADY2hEAMNsRAIjbEQAgFwwAeBcMAAA8AgBYPAIAsDwCAAg9AgAAAAAAiEcPAKg7AgCQYgoAAKwQANjaEQAw2xEAiNsRACAXDAB4FwwAADwCAFg8AgCwPAIACD0CAAA8AgBYPAIAsDwCAAg9AgCI6gEAeE0FAMC5EAAYuhAAcLoQAMi6EAAguxAAAAAAACiUAACAlAAAaPkCAFi/BgBwawIAoHsRANCyCADIlwIAKJQAAICUAABo+QIAWL8GAHBrAgBAhREAQNYBABB1AgC4TwcAoLcIAGjeAACgxQcAQNYBAMiXAgBwawIAmIwAAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBABDbAQBo2wEAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAAAAAAA4KAAAgOkBANjpAQAw6gEAWAAAADCxCQAIZQcASEsAAOjgAQBQ9gIAqPYCAAD3AgBY9wIAsPcCAMgOAACoOwIA6F4PAICpDwAARA4AQKYRAFgPEQAAAAAAwO4NAAC3EABYtxAAsLcQAAi4EABguBAAuLgQABAKDAAIzhAAYM4QALjOEACASQMAAAAAAKDFBwBISwAAgEkDAJC3AACYlAEAUPkBAKj5AQAA+gEAWPoBAJjWAQDw1gEAqDsCACiUAADIDgAACKMBAIidAQCwRwIAqDsCADAYEADgRw8AEAoMAAAAAABIqwEAAAAAACiUAACYjAAA4E4JAAAAAAAAAAAAKJQAAEhLAACoOwIA2GICADBjAgAQYRAAqDsCABAKDAAAAAAAKJQAAJiMAABYfAoAQCAOAICMCgDYjAoAMI0KAIiNCgBAphEA4I0KADiOCgCQjgoAQKYRAMBIBgAYSQYAcEkGAFBIEACoSBAAAEkQAMBIBgAYSQYAcEkGAFBIEACoSBAAAEkQAJiMAADYvBAAAAAAAKg7AgCwRwIACEgCAGBIAgAAAAAASEsAAOjgAQBA4QEAmOEBAHBrAgAgxA0AeMQNAGjeAACwXQIACF4CAHj4AwBISwAA6OABAEDhAQCY4QEAcGsCAMhrAgAQdQIAaHUCAMB1AgAYdgIAyA4AAHD8BQA4/g0AaHUCAMB1AgAYdgIASEsAAKBLAACIuhEA4LoRADi7EQAAAAAAQNYBAJjWAQDA8QEAGIsGAAhlBwBISwAAyA4AAHBrAgCYcAIA8HACAEhxAgCgcQIA+HECAFByAgBISwAAqHICANCaEACgSwAAiLoRAOC6EQCgxQcAcGsCAJhwAgCgSwAAiLoRAOC6EQA4uxEAmIwAAHgfDQCYagQAoB8AAEB7DQCYew0A8HsNAEh8DQCgfA0AcGsCAJhwAgCgSwAAiLoRAOC6EQA4uxEAcGsCAJhwAgCgSwAAiLoRAOC6EQB4+AMAWAAAADCxCQComQAAAJoAAFDxAABILAMAOCgAAJAoAAAAmgAAmNYBABgZAACQtwAAqJkAAKiZAAAAmgAAUPEAAEgsAwCYjAAAuE8HAKC3CAComQAAAJoAAFDxAABILAMASEsAAEhLAABw/AUAyPwFAKhRAgAAUgIAWFICAOjgAQComQAAAJoAAFDxAABILAMA0CIBAKC3CABISwAAoEsAAEAgDgDQsggACK0QAACaAABQ8QAASCwDAEirAQBIqwEAWAAAAAgBCwAwnQEAiJ0BAJjbAwDw2wMAwOUQAJjWAQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAQNYBAJjWAQBYfgIAsH4CAAh/AgBgfwIAuH8CABCAAgBogAIAwIACAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAAAAAAqJkAAHj4AwComQAAAJoAAFDxAABILAMA0LIIAAitEACoXwEAEHwSAACaAABQ8QAASCwDAAAAAAComQAAAJoAAKgjCgDQsggA2D8KAFD2AgAwnQEAmGoEAAijAQCgxQcAcHQKAKiZAAAAmgAAUPEAAEgsAwCoUQIAwCIPAICMCgCAlAAAAAIDAEirAQCgqwEAaCAMAMAgDAAYIQwAACsPAACaAABQ8QAASCwDANi8EACwRwIAwHALAKiZAAAAmgAAUPEAAEgsAwBA1gEAsEcCACiUAADQIgEAoLcIABgZAABISwAA6OABADC7DQBQ8QAASCwDAKDFBwCAjAoASEsAAKhyAgA4KAAAqFECAMAiDwCAjAoAgJQAAAACAwDIDgAAoB8AAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQCYjAAAANkBAFjZAQCIMgAAaAQDAADZAQBowgIA6OABAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQDwyQkA+MUHAFDGBwDoGAkAQBkJAJgZCQDwGQkASBoJAKAaCQComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAAhlBwAAOAcAWDgHACh4DQAIowEAoMUHAHB0CgComQAAAJoAAFDxAABILAMASEsAAJiMAADwjAAAyJcCAKDFBwBQ9gIAcLYKAMi2CgA4KAAASKsBAKCrAQBo3gAAqJkAAACaAABQ8QAASCwDABjYBgBw2AYAGMgEAGAGAgAAKw8A0CIBAKC3CAAYGQAASEsAAOjgAQDQsggACK0QAACaAABQ8QAASCwDAMgOAADAGg4AWAAAAFgAAAAIAQsAQNYBAEhLAADo4AEA0LIIAPDJCQD4xQcAUMYHAOgYCQBAGQkAmBkJAPAZCQBIGgkAoBoJAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEASKsBAEirAQAAKw8AsEcCAHi0CwDgTgkAmIwAAFCpAgCoqQIAAKoCAFiqAgCwqgIACKsCAGCrAgC4qwIAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAEDWAQAQdQIAePgDADCdAQCInQEAMJoCAIiaAgDgmgIAGK0CAHCtAgDIrQIAIK4CAHiuAgDQrgIAKK8CAICvAgDYrwIAMLACAIiwAgDgsAIAOLECAJCxAgDosQIAQLICAJiyAgDwsgIASLMCANAiAQCoUQIAWA8RAACaAAA4KAAA+OoNAEDWAQDQIgEAWFEGAIiEAgDo4AEAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAJC3AAAAOAcAWDgHALA4BwAIOQcAYDkHALg5BwDQIgEAKCMBAKBpDADYPwoA6K4OACDbCQCQtwAAaAQDAIiEAgAY2AYAoMUHAHB0CgComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAAAAAACYjAAA4E4JACiUAAComQAAqJkAAACaAABQ8QAASCwDANjCAwCQtwAAmJQBAPCUAQBIlQEAqJkAABgZAACQtwAAmJQBAPCUAQBIlQEAqJkAAACaAABQ8QAASCwDANCyCAAIrRAACGUHAGBlBwDwlAEASJUBAKiZAAAAmgAAUPEAAEgsAwDQsggACK0QADgoAAAg2wkAuMYPAKiZAADQsggAmIwAAOBOCQA4TwkAkE8JAOheDwCAqQ8AAEQOAMDuDQBgIwcA0CIBAKC3CAD4twgAqFECAFgPEQAAmgAAqDsCAAA8AgCQ0REAgJQAAGjNDQBISwAAGNgGAKDFBwBwdAoA6OABAPC4CwBIuQsASEsAAKg7AgDoXg8AgKkPAABEDgCQYgoA6GIKAKhmBgBohAgAqDsCAJiqDABAUgEAmFIBADDLDwCIyw8A4MsPADjMDwCQzA8AwO4NAAC3EABYtxAACKMBAGCjAQC4owEAqDsCAJiqDABAUgEAmFIBADDLDwCIyw8A4MsPADjMDwCQzA8AKJQAAICUAAAAAgMAWAIDALACAwAIAwMAYAMDALgDAwAQBAMAUJAOAKiQDgAAkQ4AWJEOALCRDgAIkg4AoMUHAKg7AgAAPAIAkCgAAGjeAACoOwIAwO4NABjvDQCoqQIAAKoCAFiqAgCwqgIACKsCAGCrAgDIDgAAqDsCAOheDwCAqQ8AAEQOAAA8AgCQ0REAgJQAAGjNDQBISwAAGNgGAKDFBwBwdAoA2LwQABgZAABwGQAAeE4BABBUAgCQYgoA6GIKAPDWAQAIrRAACGUHAOi3AACgswIAUKkCAJjWAQCoIwoA8MsBAOheDwDASAYAePgDAODnDQA46A0AkOgNAOjoDQComQAAAJoAAFDxAABILAMAGBkAAEhLAACYjAAAiIQCABjYBgCgxQcAcHQKAKiZAAAAmgAAUPEAAEgsAwDIAAwAINsJALjGDwAwmgIAqDsCAKh2CACoLQMA0CIBAKhRAgDAIg8AMJ0BAADWAgCYjAAAiIQCABjYBgCgxQcAcHQKAKg7AgAQCgwACM4QAGDOEAC4zhAAADwCAFg8AgCwPAIACD0CAAAAAACoOwIAmNYMAPDWDADIpBAAIKUQAHilEADQpRAAAPoBAIiEAgAY2AYAqFECAEirAQAAKw8A6F4PAPB7AgBIfAIAoHwCAMBIBgBoBAMAeCcDANAnAwAoKAMAgCgDANgoAwCINAMA4DQDADg1AwCQNQMA6DUDAEA2AwCYNgMA8DYDAEg3AwCgNwMAAAAAACiUAACAlAAAAAIDAFgCAwCwAgMACAMDAGADAwC4AwMAwEgGAGgEAwB4JwMA0CcDACgoAwCAKAMA2CgDACiUAADIDgAA6F4PAICpDwAwHgMAiB4DANAiAQBYUQYA2LwQACAUDQB4FA0A0BQNACgVDQBoVAIAaAoMAMAKDACAjAoAsEcCANAiAQCgwQEAmGoEAKjNAQAIowEAiJ0BALBHAgCoOwIAkGIKAOhiCgBISwAAKJQAAEDWAQDw3g0AYNkQAAhlBwDotwAAoLMCAFCpAgCY1gEA8NYBAKg7AgDA7g0A2LwQANCyCACoOwIAIBQNAHgUDQDQFA0AKBUNACiUAADIDgAAoB8AAJjWDADw1gwA4J0BADieAQCQngEA6J4BAECfAQB4vAEAqMEQAPjFBwBQxgcA6BgJAEAZCQCYGQkA8BkJAEgaCQDAxwQAGMgEAHDIBADIyAQAIMkEAHjJBADQsggAqDsCAMDuDQDYvBAA0LIIAKg7AgAgFA0AeBQNANAUDQAoFQ0AKJQAAMgOAACgHwAAqHYIAKgtAwAALgMAWC4DALAuAwAILwMAiM4OAODODgA4zw4AkM8OAOjPDgCgCQAAWHMNAKAfAABQ9gIAcLYKAMi2CgAArBAAWL8GAPB7AgCgCQAAKAIMAAAAAABgXgIAWHADANAiAQCgtwgAyA4AAKjNAQD4dwAAmAcPAMBwCwCgCQAAKAIMAAAAAAB4TQUAmNYMAKgwDQAAMQ0AQKYRAFgPEQDouAcAoKsBAGjeAACoOwIA6F4PACi5EQD4SwAAEAoMALCZDwBgPQIAuD0CABA+AgBoPgIAwD4CANAiAQCgwQEA+MEBAFDCAQCowgEAAMMBAFjDAQCwwwEAwEgGABhJBgDYiwMAMIwDAIiMAwDgjAMAOI0DAMDHBAAYyAQAYAYCAAArDwAIZQcAYGUHANiLAwCoOwIAADwCAFg8AgCwPAIACD0CANhiAgAwnQEAWL8GAKBLAACoOwIAEAoMALCZDwAImg8AYJoPAFD2AgBwtgoAyLYKABB1AgCYBw8AwHALAOheDwAouREAgLkRAJjWAQDIDgAAyFUCACBWAgBIqwEA0LIIAKg7AgAAPAIA+OoNAEDWAQBA2w4AmNsOAPDbDgBI3A4AoNwOAPjcDgBQ3Q4AqN0OAADeDgDQIgEAoLcIAKiZAABISwAAQKYRAABSAgBYUgIAsFICABAKDACwmQ8AYD0CALg9AgAQPgIAaD4CAMA+AgDQIgEAoMEBAPjBAQBQwgEAqMIBAADDAQBYwwEAsMMBAJjWDACoMA0A2LwQANjCAwCQtwAAgEkDANiJCwBIzAwAoMwMAPjMDABQzQwAqM0MAADODADgZRAACM4QAGDOEAC4zhAAqDsCAKjBEACAjAoASEsAAKg7AgCowRAAOCgAAKg7AgBAphEAwCIPAICMCgCAlAAAAAIDAJBiCgAQdQIA6KYCAECnAgBohAgA0LIIAKg7AgDYYgIAMJ0BAFi/BgCgSwAAqDsCAKjBEABQ9gIAcLYKAMi2CgA4KAAASKsBAKCrAQCodggAiB4OAOAeDgA4Hw4AcPwFADj+DQCQ/g0AGEgKAKg7AgDYYgIAMJ0BAFi/BgCgSwAAqDsCAKjBEABQ9gIAcLYKAMi2CgA4KAAASKsBAKCrAQDQIgEAyP0BACD+AQB4/gEA0P4BACj/AQCA/wEAePgDAKg7AgDYYgIAMJ0BAFi/BgCgSwAAqDsCAKjBEABQ9gIAcLYKAMi2CgA4KAAASKsBAKCrAQDw3g0ASN8NAFD2AgAwnQEA0LIIAAitEADYYgIAMJ0BAFi/BgCgSwAAqDsCAKjBEABQ9gIAcLYKAMi2CgA4KAAASKsBAKCrAQAwnQEAANYCAKg7AgCYqgwACAELADCdAQCInQEAmNsDAPDbAwDA5RAAqDsCAPDeDQBg2RAAAJoAAJjWAQBYfgIAsH4CAAh/AgBgfwIAuH8CABCAAgDA7g0AALcQAFi3EAAIowEAYKMBALijAQDQIgEAoLcIABgZAABISwAAqDsCAOheDwCAqQ8AAEQOABAKDABoCgwASEsAAHD8BQB4+AMAqDsCAJjWDADw1gwASNcMACAUDQDYwgMAMMMDAIjDAwDQIgEAWFEGAEirAQBAzQQAkLcAAKiZAABAphEAwCIPAICMCgCAlAAAAAIDAMgOAACoOwIAqMEQAICMCgBISwAAqDsCAKjBEAA4KAAAqDsCAJBiCgAQdQIA6KYCAECnAgBISwAA6OABALBHAgDAcAsAAJoAAKg7AgDw3g0ASN8NAFD2AgAwnQEA0LIIAAitEABAphEAmKYRAPCmEQCYnAIA8JwCAEidAgDIlwIAIJgCANCyCACoOwIAwO4NAIiEAgCAGAEA2BgBAGgEAwDABAMAGAUDALiSDgAQkw4AaJMOAMCTDgAYlA4AcJQOAMiUDgAglQ4AeJUOANCVDgAolg4AgJYOANiWDgAwlw4AiJcOAOCXDgA4mA4AkJgOAOiYDgBAmQ4AmJkOAPCZDgBImg4AoJoOAPiaDgBQmw4AqJsOAACcDgBYnA4AsJwOAAidDgBgnQ4AuJ0OABCeDgBong4AwJ4OABifDgAwnQEAiJ0BADCaAgCImgIA4JoCADijAwCQowMA6KMDAECkAwCYpAMA8KQDAEilAwCgpQMA+KUDAFCmAwCopgMAAKcDAFinAwAAAAAAoMUHAICMCgCoOwIAGOQNAHDkDQBQ9gIAcLYKAMDuDQDYvBAAML0QAIi9EADgvRAAOL4QAJC+EACY1gwA8NYMAEjXDAB4+AMA0PgDACj5AwBA1gEAqDsCAKh2CAAAdwgAWHcIALB3CAAIeAgAqC0DAAAuAwBYLgMAsC4DAMBIBgAYSQYA2FEPACiUAADQIgEAGBkAAKg7AgAAmgAAmNYBAJjWDACoMA0AADENACAUDQB4FA0AyBkAACAaAADwqgwAUKkCABB1AgC4TwcAoLcIAEhLAADo4AEAMLsNAKg7AgCYqgwAQFIBAJjWAQBYAAAAsAAAAFCpAgCY1gEA8NYBAKg7AgCodggAUH8QAKh/EACIhAIA6OABAPC4CwCgtwgAGBkAAEhLAACoOwIA8N4NACizCACoRREAAEYRAKhRAgCYjAAAANkBAKAfAACodggAqC0DADClDQCIpQ0A4KUNADimDQCoOwIAmNYMAKgwDQAAMQ0AqHYIAFB/EACofxAAUKkCAEhLAAAY2AYAiJ0BALBHAgCoOwIAKJQAAMhVAgAolAAASEsAAEhLAAAY2AYAiJ0BALBHAgCoOwIA8N4NACDXDgBo3gAAmNYMAPDWDABI1wwAkGIKAOhiCgCgvgIAYGUHANiLAwAwjAMAiIwDAHj4AwCoOwIA0CIBACgjAQCgaQwAmIwAAGiECADYPwoAiJ0BALBHAgCoOwIAkGIKAOhiCgDw1gEASNcBAKDXAQD41wEAmNYMAKgwDQAAMQ0ASKsBAKCrAQAoJQQAgCUEANglBAAwJgQAiCYEAOAmBADoXg8AKLkRAPhLAACYEgQA8BIEAEgTBACgEwQAANkBAKAfAABQVg8AqDsCAJjWDADw1gwASNcMANAiAQCgtwgA+LcIACgjAQBA1gEAmNYMAKgwDQAAMQ0AmNYMAPDWDABI1wwAWOQMALDkDAAI5QwAmKoMAEBSAQCYUgEA2BIOADATDgCIEw4A4BMOAKg7AgCowRAAOCgAAKg7AgCodggAUH8QAKh/EABQqQIASEsAABjYBgCInQEAsEcCAKg7AgAolAAAgHYKANh2CgAwdwoA6F4PAICpDwAARA4AqHYIAKAfAAD4HwAAUCAAAKggAAAAIQAAWCEAAMDuDQCIhAIAgIwKANiMCgAwjQoAiI0KAOCNCgA4jgoAkI4KAOiOCgAYPA4AcPwFADj+DQDopgIAyA4AAAjUAwCYjAAAiIQCAOjgAQAY5A0AQCAOAMgOAABowgIAqDsCACAUDQAgggIAeIICANCCAgBIqwEAoKsBAGggDADAIAwAGCEMAFh8CgBAIA4AyA4AAGjCAgCgCQAA+AkAAOheDwCAqQ8AAEQOAMDuDQBohAgA0LIIAEDWAQCY1gEAyA4AAKjNAQCASQMAqMEQAHB0CgCoOwIAqHYIACAPAADg8wkAOPQJAJD0CQDo9AkAqDsCAFgAAABISwAAGNgGAIidAQCwRwIAqDsCAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGANBKBgAoSwYA6D0EAEA+BABINQsAoDULAKjBEABwdAoAqDsCACiUAACAlAAAaPkCAOgtAgCoOwIA8N4NACDXDgDQIgEAWFEGAHgfDQCInQEAqDsCAKh2CAAgDwAA4PMJADj0CQCQ9AkA6PQJAKg7AgBAjwoAmI8KAPCPCgBIkAoAoJAKAPiQCgBQkQoAqJEKAACSCgBYkgoAqHYIAKAfAAD4HwAAUCAAAKggAAAAIQAAgEkDAMgOAACoOwIA6F4PACi5EQD4SwAAUEwAAKhMAAAATQAAWE0AALBNAAAITgAAYE4AALhOAABIzAwAoMwMALgLDwAQDA8AaAwPAMAMDwAYDQ8AqMEQAHB0CgCoOwIAGOQNAEAgDgDIDgAASKsBAKCrAQBoIAwAwCAMABghDAAYBQMAAAAAAEirAQDIDgAAaMICAMDCAgCIhAIA6OABAPDLAQAAAAAAAAAAAAAAAAAAAAAAAAAAAHg9AwDQPQMA8MsBAAAAAAB4PQMA0D0DAKhDAwAYSQYAmA0NAPANDQBIDg0AoA4NAPgODQBQDw0AqA8NAAAQDQDAZAQAGGUEAHBlBADIZQQAIGYEAHhmBADQZgQAKGcEAIBnBADYZwQAMGgEAIhoBADgaAQAOGkEAJBpBABwSQYAyEkGACBKBgB4SgYA0EoGAChLBgDoPQQAQD4EAJg+BADwPgQASD8EAKA/BAD4PwQAUEAEAKhABAAAQQQAWEEEALBBBAAIQgQAYEIEANBFBAAoRgQAgEYEANhGBAAwRwQAiEcEAOBHBAA4SAQAkEgEAOhIBABASQQAmEkEAPBJBABISgQAoEoEAPhKBABQSwQAsEcCAIBJAwCQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAOg9BABAPgQAqFECAJiMAADIDgAAmHUEAPB1BAAAKw8AqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAJj8DgDw/A4ASP0OAKD9DgD4/Q4AUP4OAKj+DgAA/w4AWP8OALD/DgDwPgQASD8EAAA8AgBYPAIAsDwCAAg9AgCgjA8AmFEFAPBRBQBIUgUAoFIFAPhSBQBQUwUAqFMFAABUBQAQCgwAsJkPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQDYYgIAWHwKADCdAQAA1gIAACsPAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGANBKBgAoSwYAgEsGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAChLBgDoPQQAQD4EAHhoBwDQaAcAKGkHAIBpBwDYaQcAMGoHAKgtAwAALgMAkLcAAFgAAABwkQQAcGsCACBgEQB4YBEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAyA4AAHBrAgAAZxEAaAQDAHgnAwDQJwMAKCgDAIAoAwCQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAGBkAAHAZAABo3gAAqJkAAACaAABQ8QAASCwDAFhnEQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQDoPQQAQD4EANCyCADwyQkAqJkAAMgOAADgwA8AcBkAAHhOAQDo4AEAqF8BAPAVDgCYagQAaMICAOjgAQAwuw0AUPEAAEgsAwDASAYAaAQDAMAEAwAYBQMAcAUDAAA8AgBYPAIAsDwCAAg9AgDQIgEAWAAAAAgBCwBA1gEASEsAAOjgAQAwuw0AUPEAAEgsAwBIqwEAQM0EAJjNBABYAAAASEAAAHBrAgCgexEAMJ0BAKhRAgCQVQcAEHUCAFCpAgB4+AMAqDsCACAUDQB4FA0A0BQNACgVDQBIqwEAoKsBACglBACAJQQACK0QANCyCACASQMA0MQNAPjFBwBQxgcAqMYHAKg7AgCodggAyFUCAJiMAABQqQIAmNYBAPDWAQCoOwIAqMEQAKhRAgDA8QEAGIsGAAhlBwBISwAAqDsCAAA8AgAg2wkAeNsJABhSAwBwUgMAYHoLACAaAABIQAAAqDsCANhiAgDA3gAAEHUCANAeEQAoHxEAMLEJAIixCQCoOwIAwO4NAFD2AgCo9gIAeB8NANAfDQCYjAAAqFECAEirAQCoOwIAmNYMAMDHBAAYyAQAYAYCAAArDwDQIgEAoLcIABgZAABISwAAmIwAAIiEAgAY2AYAoMUHAHB0CgCASQMASKsBAEDNBACYzQQAWAAAAEhAAACoOwIASKsBAEDNBACYzQQA8M0EAEjOBACgzgQA+M4EAFDPBACozwQAANAEAFjQBACw0AQAgBUNANgVDQAwFg0AiBYNAKg7AgBIqwEAQM0EAJjNBADwzQQASM4EAKDOBAD4zgQAUM8EAKjPBAAA0AQAWNAEALDQBACAFQ0A2BUNADAWDQCIFg0AQFIBAJhSAQAwyw8AiMsPAODLDwBIqwEAePgDAJC3AACYlAEAcNEBADgoAAAg2wkAsEcCACiUAABA1gEAmNYBAPDWAQCASQMAoKIEANjmDQAw5w0AiOcNAAg0BQBgNAUAuDQFABA1BQBoNQUAwDUFABg2BQBwNgUAmKoMAECWBACoLQMAkLcAAJiUAQD4xQcAGAIPAPBMAwBITQMAoE0DAPhNAwBQTgMAqE4DAIg0AwDgNAMAODUDAJA1AwDoNQMAwO4NAGAjBwCYqgwACAELAMgOAABowgIAsEcCAEDWAQCY1gEAyA4AAJh1BADwdQQASKEIAPDeDQBA1gEAAKwQAFD2AgBwtgoAyLYKAGBeAgC4XgIA6F4PAHD8BQDI/AUAqJkAANCyCABISwAAGNgGAHDYBgDI2AYAINkGAHjZBgDQ2QYAgEkDAJhMAwCIqgQA4KoEADirBACQqwQA6KsEAECsBACYrAQA8KwEAEitBADwPgQA4OUKADjmCgCQ5goAINkGAHjZBgDQ2QYASOgKAPgqCwBQKwsAYD0CADCdAQBA1gEAmNYBAIAYAQBw8RAAqDsCAMBIBgBA1gEAmNYBAKhmBgCIhAIA6OABAMDuDQBgIwcAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAChLBgDoPQQAQD4EAJg+BADwPgQASD8EAKA/BAAY5A0AQCAOAMgOAABowgIASKsBAKCrAQBoIAwAwCAMABghDABYfAoAQCAOAMgOAABowgIAqDsCAMDuDQDYvBAA0LIIAKg7AgCYqgwACAELAEDWAQBISwAAAAAAAAAAAAAAAAAAcGsCAAAAAABwawIAAAAAAHBrAgAAAAAAqDsCAMDuDQDYvBAA0LIIAKg7AgCYqgwACAELAEDWAQBISwAA0LgRAAAAAACoOwIAwO4NANi8EADQsggAqDsCAJiqDAAIAQsAQNYBAEhLAABIqwEAoKsBACglBACAJQQA2CUEADAmBACIJgQA4CYEAOheDwAouREA+EsAAIAYAQBYAAAACAELAMgOAABowgIAsEcCAEDWAQCY1gEAyA4AAJh1BADwdQQAgBgBAJDiBADA7g0AAMUPABhICgBwSAoAyEgKACBJCgCQYgoA6GIKAKC+AgBgZQcAQNYBANCyCACoOwIAwO4NAGiECADAhAgAGIUIAHCFCADo4AEAMLsNAHBrAgCoOwIA0CIBAKDBAQCYagQAqM0BAAijAQCInQEAsEcCAKg7AgDA7g0AYCMHALBHAgDAcAsA0CIBAKg7AgCY1gwAWL8GALC/BgDw3g0AYNkQAGCtEAAwsQkAGMUQAHDFEADIDgAAqDsCAKjBEABwdAoAAAAAAAAAAACASQMAqFkDAMiHCwAgiAsAeIgLANCICwAQCgwACM4QAGDOEAC4zhAAMCENAIghDQDgIQ0AwEgGABhJBgBwSQYAyEkGACBKBgB4SgYAwP8LABgADABwAAwAWHwKAEAgDgDIDgAAaMICAEBfDwAwuw0AiLsNAOC7DQA4vA0AkLwNAOi8DQBAvQ0AmL0NAPC9DQDw3g0A2AYSAKiZAADoXg8AgKkPAABEDgDASAYAGEkGAHBJBgDISQYAIEoGAHhKBgDQSgYAKEsGAOg9BABAPgQAmD4EAPA+BADg5QoAOOYKAJDmCgAg2QYAeNkGAACsEABYvwYA6OABAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGANBKBgAYYAIAcGACABjYBgBw2AYAyNgGACDZBgB42QYA0NkGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAChLBgCASwYA2EsGADBMBgCITAYA4EwGAKh2CACgHwAA+B8AAFAgAACoIAAAgEkDAJhMAwCIqgQA4KoEADirBACQqwQA6KsEAECsBACYrAQA8KwEAEitBACgrQQA+K0EAFCuBACorgQAAK8EAFivBADwPgQA4OUKADjmCgCQ5goA6OYKAEDnCgCY5woA8OcKABhSAwBwUgMAYHoLAOhDDQCoIwoAgIwKAEhLAADo4AEA6F4PAICpDwAARA4AGOQNAEAgDgDIDgAAqJkAAEhLAABo3gAAoMUHAEDWAQDIlwIAqDsCAJjWDACoMA0AADENACiUAACAlAAAQNYBAJjWAQCoZgYAAGcGAFhnBgCYjAAAqFECAEirAQAAAAAAqDsCAMiXAgBQtA0AiJ0BADCaAgCASQMAmEwDAIiqBADgqgQAOKsEAJCrBADoqwQAQKwEAGBeAgC4XgIAwEgGAGgEAwCg3hEA+N4RAFDfEQCgxg4AkGwDACAPAADQIgEAoLcIABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAMD/CwAYAAwAcAAMAFh8CgB4+AMAAAAAAAAAAAAAAAAAeD0DANA9AwDwywEAAAAAAAAAAAAAAAAAAAAAAHg9AwDQPQMAqEMDABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAChLBgDoPQQAQD4EAJg+BAB4aAcA0GgHAChpBwCAaQcA2GkHADBqBwDQIgEA4N4FADjfBQCQ3wUA6N8FANCyCACoUQIAqDsCANAiAQAoIwEAoGkMAPhpDABQagwA0CIBAODeBQA43wUAkN8FAOjfBQCQtwAA6LcAAEC4AACYuAAA8LgAAFhRBgBQqQIAAKwQAJiMAABohAgA0CIBAODeBQA43wUAkN8FAOjfBQBIoQgA8N4NAEDWAQAArBAAUPYCAHC2CgDItgoAYF4CALheAgDoXg8AcPwFAMj8BQComQAA0LIIANAiAQDI/QEAgJQAAGj5AgDA+QIAaAQDAIiEAgAY2AYAoMUHAHB0CgDIDgAAoB8AAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQCY/A4A8PwOACCEEABAqQUAmKkFAPCpBQBIqgUAoKoFAPiqBQBQqwUAqKsFAACsBQBYrAUAsKwFAKg7AgBIqwEAQM0EAIidAQDIlwIAqDsCAAA8AgBYPAIAsDwCADDGDQCIxg0AwO4NAGiECADQsggAQNYBAJjWAQDIDgAAqM0BAIhHDwAQ/wAAUMwFAEAgDgDIDgAAaMICADBsCgCIbAoA4GwKADhtCgCQbQoA6G0KAEBuCgCYbgoA8G4KAEhvCgDA7g0A2LwQAHj4AwCoOwIAqMEQADgoAACoOwIA6F4PACi5EQD4SwAAUEwAAFgAAAAwsQkACGUHADCdAQDwVw4AINsJAKiZAADQsggAqDsCANAiAQDg3gUAON8FAJDfBQDo3wUASKEIABjkDQBAIA4AyA4AAGjCAgAY5A0AQCAOAMgOAABowgIAqDsCAFh8CgB4+AMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB4TQUA0E0FAEBNCgCYTQoA8E0KAEhOCgCgTgoA+E4KAFBPCgCoTwoAAFAKAFhQCgCwUAoACFEKAGBRCgC4UQoAEFIKAGhSCgDwPgQA4OUKADjmCgCQ5goA6OYKAEDnCgCY5woA8OcKAKjBEAD4xQcAUMYHAOgYCQBAGQkAmBkJAPAZCQBIGgkAoBoJAKg7AgDoXg8AGNgGAHDYBgDI2AYA0LIIAKg7AgCowRAAgIwKAHj4AwDIDgAAmHUEAPB1BABAzQQAGGACAMgOAACYdQQA8HUEABhgAgComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAJj8DgDw/A4ASP0OAKD9DgD4/Q4AUP4OAKj+DgAA/w4AWP8OALD/DgAIAA8AYAAPALgADwAQAQ8AaAEPAMABDwDwPgQA4OUKADjmCgCQ5goA6OYKAEDnCgCY5woA8OcKAKjBEAD4xQcAUMYHAOgYCQBAGQkAmBkJAPAZCQBIGgkAoBoJAKg7AgDoXg8AGNgGAHDYBgDI2AYA0LIIAKg7AgCowRAAgIwKAPA+BADg5QoAOOYKAJDmCgDo5goAQOcKAJjnCgDw5woAqMEQAPjFBwBQxgcA6BgJAEAZCQCYGQkA8BkJAEgaCQCgGgkAqDsCAOheDwAY2AYAcNgGAMjYBgDQsggAqDsCAKjBEACAjAoAQNYBAACsEAAA1gIAoKsBAPirAQB4+AMAGGACAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQA41QEASDEQAJi8EQAolAAAgJQAAHgMAQDQDAEAKA0BAIANAQDYDQEAMA4BAIgOAQDYvAUAML0FAIi9BQDgvQUAOL4FAJC+BQDovgUAQL8FAJi/BQDwvwUA0CIBAODeBQA43wUAkN8FAOjfBQAAAAAAgBgBAJDiBADA7g0AAMUPABhICgBwSAoAyEgKACBJCgCQYgoA6GIKAKC+AgBgZQcAQNYBANCyCACoOwIAwO4NAGiECADAhAgAGIUIAHCFCADo4AEAMLsNAHBrAgCoOwIA0CIBAKDBAQCYagQAqM0BAAijAQCInQEAsEcCAKg7AgDA7g0AYCMHALBHAgDAcAsA0CIBAKg7AgCY1gwAWL8GALC/BgDw3g0AYNkQAGCtEAAwsQkAGMUQAHDFEADIDgAAqDsCAKjBEABwdAoAAAAAAHDxEABw/AUAyPwFACD9BQB4/QUA0P0FACj+BQCAGAEAkOIEAMDuDQAAxQ8AGEgKAHBICgDISAoAIEkKAJBiCgDoYgoAoL4CAGBlBwBA1gEA0LIIAKg7AgDA7g0AaIQIAMCECAAYhQgAcIUIAOjgAQAwuw0AcGsCAKg7AgDQIgEAoMEBAJhqBACozQEACKMBAIidAQCwRwIAqDsCAMDuDQBgIwcAsEcCAMBwCwDQIgEAqDsCAJjWDABYvwYAsL8GAPDeDQBg2RAAYK0QADCxCQAYxRAAcMUQAMgOAACoOwIAqMEQAHB0CgAAAAAAIBQNAHgUDQCASQMAAAAAAAAAAAAAAAAAAAAAAAAAAABgXgIAuF4CAKh2CAAAdwgAWHcIAEh2BACgdgQA+HYEAFB3BACodwQAoMYOAAAAAAAAAAAAyA4AAAAAAAAAAAAAeE0FADCLBwCIiwcAcEkGAMhJBgAgSgYAeEoGANBKBgAoSwYA6D0EAEA+BACYPgQA8D4EAODlCgA45goAkOYKACDZBgB42QYA0NkGAIBJAwAongQAgJ4EANieBAAwnwQAiJ8EAOCfBAA4oAQAkKAEACAdCgB4HQoA0B0KACgeCgCAHgoAqHYIACAPAADg8wkAOPQJAJD0CQDo9AkAqDsCAMDuDQA4KAAASEsAAOjgAQAwuw0AkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCA0wEA2NMBADDUAQCI1AEA4NQBACiUAACAlAAAaPkCAOgtAgCoOwIAqHYIACAPAADg8wkAOPQJAJD0CQDo9AkAgEkDAJiMAADoLQIAQNYBAJjWAQBISwAAcPwFAMj8BQComQAAyA4AAFgAAAAwsQkAiLEJAFDxAACY1gEAAAAAACiUAAComQAAyA4AAGjCAgDo4AEAMLsNAFDxAABILAMA2IkLADCKCwCIigsAAGcGAFhnBgCwZwYACGgGAGBoBgC4aAYAEGkGAGhpBgDAaQYAGGoGAHBqBgDIagYAIGsGAHhrBgDQawYAKGwGAIBsBgDYbAYAMG0GAIhtBgDgbQYAOG4GAJBuBgDobgYAQG8GAJhvBgDwbwYASHAGAKBwBgD4cAYAUHEGAKhxBgAAcgYAWHIGALByBgAIcwYAmIwAAPCMAABIBAkAoAQJANCyCACoOwIA6F4PACi5EQD4SwAA0CIBAFhRBgCwUQYAqDsCAJBiCgDoYgoASEsAAHD8BQDI/AUAqJkAAMgOAACoOwIAmKoMAFjxDwCIsQkAqDsCAJBiCgDoYgoAAAAAACiUAAComQAAyA4AAGjCAgCoOwIASKsBAEDNBADAxwQAoMEBAFi/BgCwvwYAaN4AAFh8CgAwnQEAkLcAAEgECQCoOwIAmNYMAKgwDQCASQMAkLcAAGgEAwB4JwMA0CcDACgoAwCAKAMAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBAHg0EQAwuw0AUPEAAEgsAwCIMgAA6LcAAEC4AACYuAAA8LgAAEi5AACASQMAkLcAAGgEAwB4JwMA0CcDACgoAwCAKAMAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBAHg0EQAwuw0AUPEAAEgsAwCQYgoA6GIKAPDWAQBI1wEAoNcBAPjXAQBQ2AEAqNgBAEirAQCgqwEAaCAMAMAgDAAYIQwAWHwKAEAgDgDIDgAAaMICAKiZAADQsggA2D8KAJhqBACIMgAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAOg9BABAPgQAeOQGANDkBgAo5QYAgOUGANjlBgAw5gYAiOYGAODmBgAongQAgJ4EANieBAAwnwQAiJ8EAOCfBAA4oAQAkKAEAOigBABAoQQAmKEEAPChBABIogQAwPEBABjyAQBw8gEAyPIBACDzAQBgMAoAuDAKABAxCgBoMQoAwDEKABgyCgBwMgoAyDIKACAzCgB4MwoA0DMKACg0CgCANAoA2DQKADA1CgCINQoA4DUKADg2CgCQNgoAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAOg9BABAPgQAeOQGANDkBgAo5QYAgOUGANjlBgAw5gYAiOYGAODmBgDYSQMAMEoDAHgMAQDQDAEAKA0BAIANAQDYDQEAMA4BAIgOAQDYvAUAML0FAIi9BQDgvQUAOL4FAJC+BQCgHwAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAJj8DgDw/A4ASP0OAKD9DgD4/Q4AUP4OAKj+DgAA/w4AWP8OALD/DgAIAA8AYAAPALgADwAQAQ8AaAEPAMABDwCYqgwAWI8LALCPCwAIkAsAYJALALiQCwAQkQsAaJELAMCRCwAYkgsAcJILAMiSCwAgkwsAeJMLANCTCwAolAsAgJQLANiUCwAwlQsAiJULAOCVCwA4lgsAkJYLABhSAwBwUgMAYHoLAOhDDQCoIwoAgIwKAEhLAADo4AEA6F4PAICpDwAARA4AGOQNAEAgDgDIDgAASEsAAKg7AgDYYgIAMGMCABBhEABoYRAAIBQNAHgUDQDQFA0AKBUNAJiqDAAIAQsAyA4AAKjNAQAIowEAqFECAEirAQAAKw8A6F4PAICpDwAARA4AwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAMD/CwAYAAwAcAAMAOheDwAouREA+EsAAJBiCgDoYgoA8NYBAEjXAQCg1wEA+NcBAKh2CACgHwAA+B8AAFAgAACoIAAAACEAABD/AAAw8g0AwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAChLBgDoPQQAQD4EAKhXCwDw1gwASNcMAECmEQCQVQcA6FUHAEBWBwCYVgcAGBkAAKg7AgCodggAUH8QAKh/EACIhAIAMJ0BAMDHBACgtwgAoMUHAICMCgBISwAA6OABADC7DQBQ8QAASCwDAOAKEQAY2AYAcNgGAMjYBgAg2QYAeNkGANDZBgBI6AoAoOgKAPjoCgBQ6QoAqOkKAADqCgBY6goAsOoKAAjrCgBg6woAuOsKABDsCgBo7AoAwOwKAKh2CACgHwAA+B8AAFAgAACoIAAAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAYUgMAcFIDAGB6CwC4egsAEHsLAGh7CwDAewsAGHwLAAA8AgAg2wkAeNsJANDbCQCowRAAQNYBAKg7AgDw3g0ASN8NAEDWAQCY1gEAoL4CAEhLAACocgIAQNYBAHj4AwCoOwIA8MsBACiUAACAlAAAaPkCAOgtAgCY/A4A8PwOAEj9DgCg/Q4A+P0OAFD+DgCo/g4AAP8OAFj/DgCw/w4ACAAPAGAADwC4AA8AEAEPAGgBDwDAAQ8AmHkKAKBkCgAQaAoAaGgKAMBoCgAYaQoA8D4EAODlCgA45goAkOYKAOjmCgBA5woAmOcKAPDnCgCowRAA+MUHAFDGBwDoGAkAQBkJAJgZCQDwGQkASBoJAKAaCQCoOwIA6F4PABjYBgBw2AYAyNgGANCyCACoOwIAqMEQAICMCgAo2gYAgNoGANjaBgAw2wYAGAIPAHACDwDIAg8AIAMPAHgDDwDQAw8AKAQPAIAEDwDYBA8AMAUPAPA+BADg5QoAOOYKAJDmCgAg2QYAeNkGACh4DQCgHwAA6LgHAAArDwAIZQcASEsAABjYBgCgxQcAcHQKAEhLAAAY2AYAcNgGAMjYBgAg2QYAeNkGANDZBgAo2gYAgNoGANjaBgAw2wYAqJkAAACaAABQ8QAASCwDAGBIAgAY2AYAcNgGAMjYBgAg2QYAeNkGANDZBgAo2gYA+DcOAFA4DgCoOA4AADkOAFg5DgCwOQ4ACDoOACAPAADg8wkAOPQJAJD0CQDo9AkAqHICAPjFBwBQxgcAqMYHAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAgEkDAJDQCgAAmgAAUPEAAEgsAwAYGQAAcBkAAGh2CQDAdgkAGHcJAHB3CQDIdwkAIHgJABB1AgBQ9gIAqPYCAHgfDQDQHw0AmIwAAKhRAgBIqwEAqDsCAOheDwAY2AYAcNgGAMjYBgAg2QYAeNkGANDZBgBI6AoAaCUOAMBCCAAYQwgAcEMIAMhDCAAgRAgAeEQIANBECAAoRQgAwO4NADgoAABISwAA6OABADC7DQCodggAoB8AAOi4BwAAKw8ACGUHAEhLAAAY2AYAoMUHAHB0CgCoOwIAEAoMAAjOEABgzhAAuM4QAJBsAwB4fQsA0H0LACh+CwCAfgsA2H4LADB/CwBIKwcAoCsHAPgrBwBQLAcAqCwHAAAtBwBYLQcAsC0HAAguBwBgLgcAyEYHACBHBwB4RwcA0EcHAChIBwCASAcAKJQAAEDWAQBA1gEAmNYBABgZAABISwAAqDsCAOheDwCAqQ8A+MUHAAgBCwBIqwEAoKsBAPirAQB4+AMAgEkDAAAAAACoOwIA6F4PAPB7AgBIfAIAoHwCAKDGDgCodggAiB4OADCdAQBYvwYAmIwAAKhRAgBIqwEAACsPAKh2CACgHwAA+B8AAFAgAACoIAAAACEAAOgIBwCoOwIAADwCAPjqDQBQ6w0AqOsNAOheDwAY2AYAcNgGAMjYBgAg2QYAeNkGANDZBgCASQMAGFIDAHBSAwBgegsAwO4NAFD2AgCo9gIAeB8NANAfDQCYjAAAqFECAEirAQAAKw8AqHYIAKAfAAD4HwAAUCAAAKggAAAAIQAA0CIBAAAAAABYAAAAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQDoPQQAQD4EAHjkBgAQ9g4AaPYOAMD2DgBA1gEAqCMKANj2DwAgmAIAAJoAAEjMDACgzAwAQNYBAJjWAQCoZgYAAGcGAFhnBgCYjAAAqFECAEirAQAAKw8AqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQCAlAAAGBkAAHj4AwCASQMASEsAAJC3AABYAAAAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQDoPQQAQD4EADgoAACA6QEA2OkBADDqAQCQtwAAmJQBAHDRAQDI0QEAQNYBAJjWAQBYfgIAkNERAMgOAACgHwAAiHcKAOB3CgA4eAoAkHgKAOh4CgBAeQoA0OQGACjlBgCA5QYA2OUGADDmBgCI5gYA4OYGAJBsAwAgDwAA4PMJADj0CQCQ9AkA6PQJAKg7AgAQCgwACM4QAGDOEAC4zhAAGAIPAHACDwBwiBIAyIgSACCJEgB4iRIA0IkSACiKEgCAihIA2IoSADCLEgCIixIAcGUEAMhlBAAgZgQAeGYEANBmBAAoZwQAgGcEANhnBAAY5A0AQCAOAMgOAACoUQIAkFUHAOhVBwBAVgcAmFYHAPBWBwAoeA0A+HcAAFD2AgCo9gIAeB8NANAfDQCYjAAAqFECAEirAQCYjAAAOCgAAMiXAgDIfQcAwPEBAMgOAACIMgAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAOg9BABAPgQAeOQGABD2DgBo9g4AwPYOAKg7AgDQIgEAWFEGAHj4AwCoOwIAIBQNAHgUDQDQFA0AKBUNAECmEQBYDxEAwO4NAFD2AgCo9gIAeB8NANAfDQCYjAAAqFECAEirAQDASAYAGEkGAJgNDQDwDQ0ASA4NAKAODQD4Dg0AUA8NAKgPDQAAEA0AWBANALAQDQAQCgwAyA4AAGjCAgDAwgIAqFECAEirAQBAzQQAmGoEAMhVAgCwtQ0AmNYMAFgAAADwjAAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAOg9BABAPgQAeOQGABD2DgBo9g4AwPYOANhJAwAwSgMAeAwBANAMAQAoDQEAgA0BANgNAQAwDgEAiA4BAECmEQDAIg8AoMUHAEhLAADIDgAAaMICAHD8BQA4/g0A0B4RAKg7AgAAPAIAQNYBAKgjCgDQIgEAqDsCAPDLAQAQ/wAAgEkDAJhMAwDotwAAQLgAAJi4AADwuAAASLkAAKC5AAAY5A0AcOQNAMjkDQAg5Q0AkGIKAEjMDACgzAwAqDsCAKjBEACAjAoASEsAAKg7AgCowRAAOCgAAKg7AgDA7g0AUPYCAKj2AgB4Hw0A0B8NAJiMAACoUQIASKsBAAArDwBAphEAkFUHAOhVBwBAVgcAmFYHAPBWBwAoeA0AqDsCAOheDwCAqQ8AAEQOAOheDwCYjAAA4E4JAMiXAgCoOwIA6F4PANi8EAB4+AMAqDsCAKjBEAA4KAAAqDsCAOheDwAouREA+EsAAFBMAACoTAAAqJkAANCyCACoOwIAQKYRAJBVBwDoVQcAQFYHAJhWBwDwVgcASKsBAJiMAAAA2QEAaMICABjYBgCQtwAAyA4AAKAfAACYjAAAUKkCAJC3AABIBAkAcGsCACBgEQB4YBEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAyA4AAHBrAgAAZxEAWGcRAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAOg9BABAPgQAeOQGABD2DgBo9g4AwPYOAAAAAABYAAAAMLEJABjFEADIDgAAoB8AAJiMAABQqQIAkLcAAEgECQBYAAAA4GMCAHBrAgAgYBEAeGARAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAMgOAABwawIAAGcRAFhnEQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQDoPQQAQD4EAHjkBgAQ9g4AaPYOAMD2DgBIqwEAQM0EAFD2AgAwnQEAiJ0BALBHAgCQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAOg9BABAPgQASDULAKAfAAD4HwAAUPEAAEgsAwCASQMASEsAAHD8BQA4/g0A6KYCAMgOAABYAAAACAELAEDWAQBISwAAgEkDAEhLAABw/AUAOP4NAOimAgDIDgAAWAAAAAgBCwBA1gEASEsAAIBJAwCQ0AoAAJoAAFDxAABILAMAKJ4EAICeBADYngQAMJ8EAIifBADgnwQAOKAEAMAjCwBArQsAmK0LAPCtCwBIrgsAoK4LAPiuCwBQrwsAqK8LAACwCwBYsAsAsLALAAixCwBgsQsAuLELABCyCwBosgsAwLILABizCwBwswsAyLMLACC0CwAYAg8AcAIPAMgCDwAgAw8AeAMPANADDwAoBA8AgAQPANgEDwAwBQ8AiAUPAOAFDwA4Bg8AkAYPAOgGDwBABw8AcIgSAMiIEgAgiRIAGBkAAIAYAQBw8RAAqDsCAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGANBKBgDA/wsAGAAMAHAADACodggAoB8AAPgfAABQIAAAqCAAAJCgBADooAQAQKEEAJihBADwoQQASKIEAFhUBQCwVAUACFUFABhgAgBwYAIAcPwFADj+DQDopgIAyA4AAFgAAAAIAQsAQNYBAEhLAABwawIAAGcRAFhnEQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQDoPQQAQD4EAHjkBgAQ9g4AaPYOAMD2DgAY9w4AcPcOAMj3DgAg+A4AePgOAND4DgAo+Q4AgPkOANj5DgAw+g4AEAoMAAjOEABgzhAAuM4QAFAtAwBoBAMAoN4RAPjeEQBQ3xEAqN8RAADgEQBY4BEAsOARAAjhEQDoDgUAQA8FAJgPBQDwDwUASBAFAKAQBQD4EAUAUBEFAKgRBQAAEgUAWBIFALASBQAIEwUAYBMFALgTBQAQFAUAaBQFAMAUBQAYFQUAcBUFAMgVBQAgFgUAeBYFANAWBQAoFwUAgBcFAKDoCgBoBAMAoN4RAPjeEQBQ3xEAqN8RAADgEQBY4BEAsOARAAjhEQCYTAMAiKoEAOCqBAA4qwQAkKsEAOirBABArAQASEsAABjYBgBw2AYAyNgGACDZBgB42QYA0NkGACjaBgCA2gYA2NoGADDbBgAYUgMAqJkAAGjeAACQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAOg9BABAPgQAeOQGABD2DgBo9g4AwPYOAHB0CgBwGQAA6MILAEDDCwCYjAAAUPYCAKj2AgB4Hw0A0B8NAJiMAACoUQIASKsBAAArDwComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAMgOAAD4dwAAUPYCAKj2AgB4Hw0A0B8NAJiMAACoUQIASKsBAAArDwComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABhSAwBwUgMAYHoLAMDuDQC43w4AQM0EAFD2AgBwtgoAIBQNAHgUDQDowgsAQMMLAMgOAACoOwIAADwCAPjqDQBQ6w0AqOsNAADsDQCY1gwA8NYMAEjXDAB4+AMA0PgDACj5AwBA1gEAqDsCAMBIBgDotwAAKJQAAMgOAABowgIA6OABAKg7AgAgFA0AeBQNAOjCCwBAwwsAwO4NAFD2AgCo9gIAeB8NANAfDQCYjAAAqFECAEirAQCQtwAAkLcAAAA4BwBYOAcAsDgHAAg5BwDw1gEAqDsCANhiAgBYfAoAMJ0BAADWAgAAKw8AEAoMAMgOAABowgIAwMICAKhRAgBIqwEAQM0EAJhqBADIVQIAMJ0BAIidAQCwRwIAqDsCAMDuDQBgIwcAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAChLBgDoPQQAQD4EAJg+BADwPgQASD8EAKA/BAD4PwQAAHcIAFh3CACwdwgACHgIAGB4CAC4eAgAEHkIAGh5CADoXg8AkLcAAFgAAAAAAAAAMJ0BAFgAAACoOwIAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAChLBgDoPQQAQD4EAJg+BADwPgQASD8EAKA/BADoXg8AKLkRAPhLAAAY5A0AQCAOAMgOAABowgIA6F4PABjYBgBw2AYAyNgGACDZBgB42QYA0NkGAEjoCgD4KgsAUCsLAGA9AgAwnQEAQNYBAJjWAQCowRAA+MUHAFDGBwCoxgcAqDsCAOheDwCQtwAAWAAAAKg7AgDASAYAGEkGAHBJBgDISQYAIEoGAHhKBgDQSgYAKEsGAOg9BABAPgQAmD4EANhiAgAwnQEAWL8GAKBLAACoOwIAGOQNAEAgDgDIDgAAaMICAKg7AgBISwAAkLcAAFgAAACoOwIAmKoMAEBSAQCYUgEAUPYCADCdAQDQsggACK0QAACaAACASQMAoKIEANjmDQAw5w0AiOcNAFAtAwBIaAUA8JQBAEiVAQAAAAAA6C0CAAAAAAAAAAAAAAAAAJiMAAA4KAAAyA4AAJh1BADwdQQASKEIAKChCAD4oQgAUKIIAKiiCAAAowgAWKMIALCjCADQuBEAsE8DAJC3AABYAAAAqDsCAJiqDABAUgEAmFIBAFD2AgAwnQEA0LIIAAitEAAAmgAAgEkDAKCiBADY5g0AMOcNAIjnDQBQLQMASGgFAPCUAQBIlQEAAAAAAOgtAgAAAAAAAAAAAAAAAACYjAAAOCgAANCyCAAoswgA0B4RAEhLAAAY2AYAUPYCAHC2CgCodggAoB8AAPgfAABQIAAAqCAAAAAhAABYIQAAmDMEAPAzBABINAQAKJQAAICUAAB4DAEAUPYCAKj2AgB4Hw0A0B8NAJiMAACoUQIASKsBAAArDwCowRAAQNYBAKg7AgDw3g0AINcOAHjXDgDQ1w4AKNgOAIDYDgDY2A4AMNkOAIjZDgDg2Q4AONoOAJDaDgDo2g4A0LIIAMgOAACoOwIAqHYIAKAfAAD4HwAAUCAAAKggAAAAIQAAWCEAAJgzBADwMwQASDQEACiUAACAlAAAeAwBAFD2AgCo9gIAeB8NANAfDQCYjAAAqFECAEirAQAAKw8AqMEQAEDWAQCoOwIA8N4NACDXDgB41w4A0NcOACjYDgCA2A4A2NgOADDZDgCI2Q4A4NkOADjaDgCQ2g4A6NoOAKg7AgCodggAoB8AAPgfAABQIAAAqCAAAAAhAABYIQAAmDMEAPAzBABINAQAKJQAAICUAAB4DAEAUPYCAKj2AgB4Hw0A0B8NAJiMAACoUQIASKsBAAArDwCowRAAQNYBAKg7AgDw3g0AINcOAHjXDgDQ1w4AKNgOAIDYDgDY2A4AMNkOAIjZDgDg2Q4AONoOAJDaDgDo2g4A0LgRACieBAAg2wkAeNsJANDbCQAgFA0AeBQNANAUDQAoFQ0AgBUNANgVDQAwFg0AiBYNAAAAAACYjAAA4E4JADhPCQBAzQQAgEkDAEDWAQAArBAAiJ0BALBHAgDAcAsAAJoAAFDxAABILAMAqJkAANAiAQCQtwAAaAQDAPCMAABIBAkAoAQJAMgOAACgHwAA+B8AAFAgAACoIAAAACEAAJjWAQAAmgAAUPEAAEgsAwDA8QEAyA4AAIBJAwCQbAMAeH0LANB9CwAofgsAgH4LANh+CwAwfwsAoMYOAJhMAwCIqgQA4KoEADirBACQqwQA6KsEAECsBADA/wsAGAAMAHjjCgDQ4woAKOQKACDZBgB42QYA0NkGAEjoCgDoXg8AgKkPANCyCAAIrRAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBALBPAwAouREA+EsAAOAFBAA4BgQAkAYEAOgGBABABwQAmAcEAPAHBABICAQAwO4NAFD2AgCo9gIAeB8NANAfDQCYjAAAqFECAEirAQAAKw8AwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAChLBgDoPQQAQD4EAJg+BADA7g0AiIQCAGhODwAouREAMJ0BAJhqBADwagQA0CIBACgjAQDQIgEAoLcIABgZAABY1AoAsNQKAAjVCgAwxg0AiMYNANAiAQBYUQYAUKkCAMiXAgAgmAIA0LIIAKg7AgDw3g0AYNkQAJiMAABw5A0AyOQNACDlDQB45Q0A0OUNACjmDQCA5g0AYKgOANi8EADQsggAqDsCAJjWDACoMA0AADENAFjsDQBI3w0AmGoEAPh3AACoUQIASKsBAAArDwDQsggAqDsCACiUAACAlAAASEsAABjYBgAA1gIAqDsCAOheDwAY2AYAcNgGAMjYBgDQsggAqDsCAJBiCgDoYgoASEsAAHD8BQBIqwEAQM0EAJjNBACQnQUAkLcAAHBrAgAAZxEAWGcRAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAOg9BABAPgQAeOQGABD2DgBo9g4AwPYOAKB7EQCgHwAA+B8AAFAgAACoIAAAACEAANCyCAAIrRAAmIwAAGiECACASQMA8MkJAGjeAAAYGQAAgEkDAFh8CgBAIA4AyA4AAGjCAgBIqwEAoKsBAKjQCwAA0QsAWNELALDRCwAwsQkAiLEJAFDxAABILAMA0MQNAPjFBwBQxgcAqMYHAKg7AgAolAAAgJQAAGj5AgDoLQIAqDsCAKh2CAAgDwAA4PMJADj0CQCQ9AkAqHYIAFB/EACofxAAiIQCACiUAADIDgAAqDsCAFh8CgCwtQ0ACGUHAMiXAgAgmAIA0LIIAPDJCQD4xQcAUMYHAOgYCQBAGQkAmBkJAPAZCQBIGgkAoBoJAPgaCQBQGwkAqBsJAAAcCQBYHAkAsBwJAAgdCQBgHQkAuB0JABAeCQBoHgkAwB4JABgfCQBwHwkAyB8JAKAwCQD4MAkAUDEJAKgxCQDQsggAqDsCAKjBEACAjAoASEsAAKg7AgDYYgIAMGMCAHgfDQBYvwYAGNgGAIidAQCwRwIAqDsCAAA8AgD46g0AQNYBAKg7AgCowRAA+MUHAFDGBwDoGAkAQBkJAJgZCQDwGQkASBoJAIixCQAQdQIAiIQCABjYBgCgxQcAcHQKAEhLAAAY2AYAcNgGAMjYBgAg2QYAeNkGANDZBgAo2gYA+DcOAFA4DgCoOA4AADkOAFg5DgCwOQ4ACDoOADBVAwDI/QEASEsAAJiMAACIhAIA6OABAKjBEAD4xQcAUMYHAOgYCQBAGQkAmBkJAPAZCQBIGgkAoBoJAKg7AgDoXg8AGNgGAHDYBgDI2AYA0LIIAKg7AgCowRAAgIwKAEhLAABgXgIAKJQAAICUAAB4DAEA0AwBACgNAQCADQEA2A0BADAOAQCIDgEA0CIBACgjAQCgaQwA2D8KAOiuDgB4+AMAqDsCAMBIBgAYSQYAmA0NAICUAABISwAA6OABALBPAwAY2AYAcNgGAMjYBgAg2QYAeNkGANDZBgBI6AoA2GICADBjAgB4Hw0AWL8GABjYBgCInQEAsEcCAKg7AgAAPAIA+OoNAEDWAQCoOwIAUPYCAKj2AgAA9wIAWPcCAFh8CgBAIA4AyA4AAGjCAgDAwgIAUPYCAKj2AgB4Hw0A0B8NAJiMAACoUQIASKsBAMBCCAAAAAAASKsBAIBJAwAYUgMAcFIDAGB6CwAY5A0AQCAOAMgOAABowgIAyA4AAKg7AgDA7g0AUPYCAKj2AgB4Hw0A0B8NAJiMAACoUQIASKsBAAArDwCY1gwA8NYMAEjXDABY5AwAsOQMAAjlDACYqgwACAELAGABCwDYSQMAMEoDAHgMAQDQDAEAKA0BAIANAQDYDQEAMA4BAIgOAQDYvAUAQNYBAJjWAQCoZgYAiIQCAOjgAQCodggAoB8AAMgOAACozQEACKMBAKDFBwBIqwEASKsBAKg7AgAY5A0AQCAOAMgOAABowgIAEP8AADDyDQB4TQUA6F4PAHD8BQDI/AUAqJkAANCyCACoOwIAADwCAPjqDQBA1gEAqDsCAAAAAAAolAAAqJkAAACaAAB4+AMAqDsCAAA8AgBYPAIAsDwCAAg9AgAYGQAAcBkAAOjCCwBAwwsAyA4AADgoAACA6QEA2OkBADDqAQAIrRAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAJj8DgDw/A4AmA0NAPANDQBIDg0AoA4NAPgODQBQDw0AqA8NAAAQDQCQYgoA6GIKAKhmBgAAZwYAWGcGAKg7AgDA7g0A2LwQAHj4AwCoOwIAwEgGABhJBgBwSQYAUEgQAKhIEADwjAAAGEgKAKg7AgCYqgwACAELADCdAQCInQEAiIQCAMgOAACASQMAGFIDAHBSAwBgegsAuHoLAKAfAAD4HwAAUCAAAKggAAAAIQAA6AgHAKg7AgDA7g0AUPYCAKj2AgB4Hw0A0B8NAJiMAACoUQIASKsBAAArDwAAPAIA+OoNAEDWAQCoOwIAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAChLBgDoPQQAyA4AAKAfAAD4HwAAUCAAAKggAAAAIQAA6AgHAEAJBwD4HwAAUPEAAEgsAwCgHwAA+B8AAFDxAABILAMAGAIPAHACDwDIAg8AIAMPAHgDDwDQAw8AKAQPAIAEDwDYBA8AMAUPABhgAgBA1gEAmNYBAFh+AgCQ0REAyA4AAKAfAABYRA4AIIICAAhqCQBgagkAqDsCAKh2CACgHwAA+B8AAFAgAACoIAAAkLcAAMiXAgBYfAoAQCAOAICMCgDIDgAAoB8AAEB7DQBwgQ0AQNYBAACsEABQ9gIAcLYKAMi2CgBwawIAIGARAACaAABQ8QAASCwDAHBrAgAYGQAAqJkAAEhLAABo3gAAoMUHAEDWAQDIlwIAIJgCAACaAABQ8QAASCwDABgCDwBwAg8A8JQBAEiVAQBgBREAAAAAAAAAAAComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAIBJAwCYTAMAiKoEAOCqBAA4qwQAkKsEAOirBABArAQAmKwEAPCsBABIrQQAoK0EAPitBABQrgQAqK4EAACvBABYrwQA6F4PACi5EQD4SwAAEAoMAGgKDADQsggAWAAAAAgBCwAwnQEAiJ0BAJjbAwCoOwIAKJQAAEDWAQBIqwEAgEkDAKAJAABYfAoAsHwKAAh9CgDASAYAGEkGAHBJBgDISQYAIEoGAHhKBgDQSgYAwP8LABgADABwAAwA6F4PACi5EQD4SwAAmBIEACDXDgBIygkAoMoJAPjKCQBQywkAEBAKAPDeDQAoswgAqJkAANAiAQAoIwEAmBIEACDXDgBIygkAoMoJAPjKCQBQywkAEBAKAPDeDQAoswgAqJkAANAiAQAoIwEAgCMBAKg7AgCQYgoASMwMAKDMDAC4Cw8AEAwPAGgMDwDADA8AqJkAAACaAADQIgEAoMEBAJhqBACozQEACKMBAKDFBwBwdAoAqDsCAPDeDQBg2RAAGBkAANjCAwComQAA0LIIAKg7AgDYYgIAWHwKADCdAQAA1gIAACsPAOheDwBw/AUAePgDADCdAQCInQEAsEcCAKg7AgDoXg8AgKkPAABEDgDASAYAGEkGAHBJBgDISQYAIEoGAHhKBgDQSgYAwP8LABgADABwAAwA6F4PACi5EQD4SwAAmBIEACDXDgBIygkAoMoJAPjKCQBQywkAEBAKAPDeDQAoswgAqJkAANAiAQAoIwEA8N4NANgGEgAwBxIAiAcSAOAHEgA4CBIAkAgSAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGANBKBgColAkAoMUHAMBCCADIlwIAIJgCAACaAACY1gEAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAKCiBADY5g0AMOcNAIjnDQDgYA4AWHwKADCdAQAA1gIAACsPAAA8AgCQKAAASEsAAJC3AABIBAkAMJ0BAIidAQCwRwIAqDsCAKh2CACgHwAA+B8AAFAgAACoIAAAACEAAFghAADA7g0A0B4RADCdAQCoOwIAUPYCAHC2CgDItgoAKHgNAAijAQCgxQcAcHQKAIBJAwAwnQEAANYCAAArDwAYGQAAcBkAAHhOAQA4KAAA+OoNAFDrDQCo6w0AAOwNAFgCAwAAmgAAUPEAAEgsAwDwywEAIJYKAHiWCgDQlgoAKJcKAICXCgDYlwoAAAAAAHg9AwDQPQMAIBQNAHgUDQDIGQAA6D8HAEBABwCAywsA2MsLADDMCwAAPAIAINsJAHjbCQDQ2wkAqMEQAEDWAQCoOwIA8N4NAEjfDQBA1gEAmNYBAKC+AgBISwAAqHICAEDWAQAQCgwAaAoMAMAKDAAYCwwAcAsMAAAAAABQ9gIAqPYCAFCpAgAAAAAAQNYBAEjMDACgzAwAAAAAANCyCADwyQkASMoJAKDKCQD4ygkAUMsJAGD5CQC4+QkAEPoJAGj6CQDAQggAyJcCACCYAgBISwAAGBkAAHAZAAB4TgEAOCgAAPjqDQBQ6w0AqOsNAADsDQBYAgMAAJoAAFDxAABILAMAcGsCAKB7EQAgDwAA4PMJAIAVDQAg2wkAuMYPADCaAgCoOwIAwO4NAGAjBwBQ9gIAqPYCAAD3AgBAzQQA0LIIAKg7AgDw3g0AINcOAEjKCQCgygkA+MoJAFDLCQAQEAoAEAoMAGgKDABQ9gIAMJ0BAEDWAQCoIwoAcHQKANAiAQCgtwgAGBkAANhiAgCgxQcAQNYBAMiXAgBQtA0AiJ0BALBHAgCoOwIAwEgGABhJBgBwSQYAUEgQAKhIEAAASRAAWEkQALBJEAAIShAAqDsCAJBiCgBIzAwAoMwMAPjMDABQzQwAqM0MAADODADoEQ8AQBIPAHD8BQA4/g0AiIQCAOjgAQCwRwIAqDsCAJjWDACoMA0AADENABAKDAAwnQEAWL8GAKBLAAD4SwAA4AUEAKg7AgAgFA0AeBQNANAUDQAoFQ0AkGIKAEjMDACgzAwAuAsPABAMDwBoDA8AwAwPABgNDwCowRAAQNYBAKg7AgDQIgEAoMEBAJhqBACIMgAAmJQBAHDRAQA4KAAAINsJALBHAgAolAAAQNYBAJjWAQBA1gEAmNYBAKhmBgCIhAIA6OABAPDeDQAg1w4ASMoJAKDKCQD4ygkAUMsJABAQCgCYqgwAQFIBAJhSAQBQ9gIAMJ0BANCyCAAIrRAAoMUHAKDFBwBISwAASKsBAAArDwDIDgAAqM0BAKg7AgDw3g0AINcOAEjKCQCgygkA+MoJAFDLCQAQEAoAIBQNAHgUDQDQFA0AKBUNAIAVDQDYFQ0AMBYNAIgWDQDw3g0AINcOAEjKCQCgygkA+MoJAFDLCQAQEAoAEAoMAGgKDADQsggAWAAAAAgBCwAwnQEAiJ0BABgZAAComQAASEsAAHBrAgAAZxEAWGcRAHDRAQDI0QEAINIBAHjSAQDQ0gEAeDQRANA0EQAoNREAgDURANg1EQAwNhEAiDYRAOA2EQCY/A4A8PwOAEj9DgCg/Q4A+P0OAFD+DgCo/g4AAP8OAFj/DgCw/w4ACAAPAGAADwC4AA8AEAEPAGgBDwDAAQ8ACGUHAGBlBwC4ZQcAEGYHAGhmBwDAZgcAGGcHAHBnBwDIZwcAIGgHADCdAQCYjAAA4E4JAKg7AgDoXg8AkLcAAFgAAACASQMAqDsCAEgxEACYvBEAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGABD/AAAAAAAAeE0FAMC5EAD46g0AQNYBAEhLAAAY2AYAUPYCAHC2CgDouAcAePgDAKg7AgCQYgoA6GIKAEBjCgCYYwoA8GMKAEhkCgCoOwIAmNYMAJhMAwCIqgQA4KoEADirBACQqwQA6KsEAECsBACYrAQA8KwEAEitBACgrQQA+K0EAFCuBACorgQAAK8EAFivBACgogQACGUHAGBlBwC4ZQcAEGYHAGhmBwDAZgcAGGcHAHBnBwDIZwcAIGgHABhSAwBwUgMAiCUIAEgxEAComQAAqF8BAPAVDgCYagQAaMICABjYBgCInQEAsEcCAKg7AgDw3g0AINcOANAiAQBYUQYAeB8NAKiUCQAAlQkAWJUJALCVCQAIlgkAYJYJALiWCQAQlwkAaJcJAMCXCQAYmAkAcJgJAMiYCQAgmQkAeJkJANCZCQAomgkAQNYBAJjWAQBYfgIAkNERAMgOAACgHwAA8MsBAEhLAACQtwAAWAAAAIBJAwAAAAAASKsBAMgOAACASQMAAAAAACiUAACAlAAAaPkCAOgtAgCASQMAAAAAAKhRAgBIqwEAACsPAOheDwCAqQ8AAEQOAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGANBKBgDA/wsAGAAMAHAADADoXg8AkLcAAFgAAACASQMAAAAAAEirAQDIDgAAgEkDAAAAAACodggAqM0BAADOAQCASQMAAAAAABgZAAAYGQAAqJkAAAhlBwBISwAAGNgGAKDFBwBwdAoAqDsCAJBiCgDoYgoAQGMKAJhjCgDwYwoASGQKAJhCCgBISwAAGNgGAHDYBgDI2AYA0LIIAPDJCQCAjAoAAAAAAEhLAABISwAAWAAAAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEA6D0EAEA+BABASxIACAELAGABCwC4AQsAEP8AAFDMBQBAIA4AyA4AAGjCAgCIRw8AkGIKAOhiCgCoZgYAAGcGAFhnBgCoOwIA8N4NACizCACoRREAAEYRAKhRAgCYjAAAANkBAKAfAACodggAoB8AAPgfAABQIAAAqCAAAAAhAABYIQAAwO4NAIiEAgAolAAASKsBANCyCACoOwIAIBQNAHgUDQDQFA0AKBUNAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGANBKBgDA/wsAGAAMAHAADABA1gEAmNYBAFh+AgCQ0REAyA4AAKAfAAAIrRAAAJoAAFDxAABILAMAqJkAAACaAABQ8QAAwMsKABjMCgDIGQAAAAAAAAAAAAAAAAAAeD0DANA9AwCoQwMAGEkGAHBJBgDISQYAIEoGAHhKBgDQSgYAKEsGAOg9BABAPgQAmD4EAHhoBwDQaAcAKGkHAIBpBwDYaQcAMGoHAAAAAAAAAAAAeD0DANA9AwCoQwMAGEkGAHBJBgDISQYAIEoGAHhKBgDQSgYAKEsGAOg9BABAPgQAmD4EAHhoBwDQaAcAKGkHAIBpBwDYaQcAMGoHAGjeAAAwnQEAiJ0BAKiZAAAAmgAAUPEAAEgsAwAAAAAAAAAAAAAAAAAAAAAAAAAAAKDFBwDIDgAAqDsCABAKDAAIzhAAYM4QALjOEAAAAAAAAAAAAAAAAADo4AEAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQAAAAAAAAAAAAAAAACoXwEA8BUOAKDFBwBwdAoAqDsCAJBiCgDoYgoAQGMKAJhjCgDwYwoAAAAAAKiZAAAAmgAAqFECADCdAQCInQEAMJoCANgGEgCAlAAAsEcCAMgOAAD4dwAAQM4AADgoAACoUQIAmIwAAEDOAACoOwIAwO4NAKhRAgCwRwIAwHALAOi4BwAAKw8AWHwKABgZAAComQAAqF8BAPAVDgAAAAAAGBkAAKg7AgCQYgoA6GIKAFh8CgAolAAAyA4AAPh3AABohAgAyA4AAKjNAQAIowEAoMUHAHB0CgComQAAkGIKAACsEADwVw4AINsJACiUAABISwAAmIwAAIiEAgAAAAAAoMUHAKg7AgCQYgoA6GIKAKC+AgD4vgIAyA4AAPh3AABohAgAGBkAAHAZAACASQMAkNAKAOjQCgBA0QoAmNEKAPDRCgBI0goAoNIKAPjSCgBQ0woAqNMKAADUCgComQAACGUHAGBlBwC4ZQcAEGYHAGhmBwDAZgcAGGcHAHBnBwDIZwcAIGgHAAA8AgBYPAIAsDwCAAg9AgCI6gEAmEwDAIiqBADgqgQAOKsEAJCrBADoqwQAQKwEAJisBADwrAQASK0EAKCtBAD4rQQAUK4EAKiuBAAArwQAWK8EAAA8AgBYPAIAsDwCAAg9AgCI6gEAmEwDAIiqBADgqgQAOKsEAJCrBADoqwQAQKwEAJisBADwrAQASK0EAKCtBAD4rQQAUK4EAKiuBAAArwQAWK8EAKg7AgDoXg8AGNgGAHDYBgDI2AYA0LIIAKg7AgCowRAAgIwKABjYBgBw2AYAyNgGANCyCACoOwIAqMEQAICMCgCoOwIAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAChLBgCASwYA2EsGADBMBgCITAYA4EwGAKB7EQAgDwAA4PMJADj0CQCQ9AkA6PQJAEhLAAAY2AYAcNgGAMjYBgAg2QYAeNkGANDZBgAo2gYA+DcOAFA4DgCoOA4AADkOAFg5DgCwOQ4ACDoOAPA+BADg5QoAOOYKAJDmCgDo5goAQOcKAJjnCgDw5woAGFIDAHBSAwBgegsAuHoLABB7CwBoewsAwHsLABh8CwAAPAIAINsJAHjbCQDQ2wkAqMEQAEDWAQCoOwIA8N4NAEjfDQBA1gEAmNYBAKC+AgBISwAAqHICAEDWAQAgggIA4E4JAAArDwAAmgAAUPEAAEgsAwCgxQcAoMUHAEirAQCoOwIA6F4PABjYBgBw2AYAyNgGANCyCACoOwIAqMEQAICMCgBISwAAqDsCANhiAgBYfAoAMJ0BAADWAgAAKw8A2GICADBjAgB4Hw0AWL8GABjYBgCInQEAsEcCAKg7AgAAPAIA+OoNAEDWAQCoOwIAwO4NANi8EAAwvRAAqMEQAPjFBwBQxgcAqMYHAKg7AgDASAYAGEkGAHBJBgDISQYAIEoGAHhKBgDQSgYAKEsGAOg9BAAAKw8AAJoAAFDxAABILAMA4AoRABjYBgBw2AYAyNgGACDZBgB42QYA0NkGABgZCwBwGQsAyBkLACAaCwB4GgsA0BoLACgbCwCAGwsA2BsLADAcCwCIHAsAEP8AAGjeAACwXQIAeB8NAFi/BgAQSQIAQNYBAJjWAQCoZgYAiIQCAOjgAQAAxQ8AAAAAACiUAAAwnQEAQNYBAJjWAQDA8QEA0LIIAKhRAgCQtwAAqDsCAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGANBKBgAoSwYA6D0EADgiDQCoUQIASEsAAJiMAAB4Hw0AiJ0BAKg7AgDA8QEA0LIIAKhRAgCQtwAAqDsCAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGANBKBgAoSwYA6D0EABAKDACwmQ8AAGABAFhgAQAYJg4AcCYOAMgmDgAgJw4AeCcOANhiAgBYfAoAsLUNABgZAACoOwIA6F4PAHD8BQB4+AMAMJ0BAIidAQCwRwIAqDsCAOheDwCAqQ8AAEQOAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGAMgOAACoOwIAwEgGABhJBgCYDQ0A8A0NAEgODQCgDg0A+A4NAFAPDQCoDw0AABANAFgQDQCwEA0AwO4NAADFDwAAAAAAKJQAADCdAQBA1gEAmNYBAPDWAQCoOwIAADwCAEDWAQCoIwoA0CIBAKg7AgDoXg8AKLkRAPhLAAAolAAAgJQAAAACAwBYAgMAAJoAAEirAQB4+AMAMJ0BAIidAQCwRwIAqDsCAPDeDQAoswgAqEURAABGEQCoUQIAmIwAAADZAQCgHwAA2OMOAADFDwAAAAAAKJQAADCdAQBA1gEAmNYBAMDuDQBgIwcAkGIKAOhiCgDIDgAAIA8AAICMCgBA1gEAkLcAAKiZAAAAPAIAQNYBAKgjCgDQIgEAqDsCAJjWDABYvwYAyA4AAKg7AgCYqgwAQFIBAACsEADAxwQAWFEGAFCpAgB4+AMAqDsCAAA8AgBYPAIA8IwAABhICgCocgIAQNYBAHj4AwCoOwIAqMEQAEDWAQCoOwIAqHYIACAPAACAjAoAQNYBAJC3AACY1gwAqDANAAAxDQAgFA0AeBQNANAUDQAoFQ0A2OMOADDkDgCI5A4A4OQOADjlDgCQ5Q4A6OUOAEDmDgBgXgIAuF4CAJBiCgDoYgoAAAAAACiUAAComQAAyA4AAGjCAgCoOwIA6F4PABjYBgBw2AYAyNgGANCyCACoOwIAqMEQAICMCgBISwAAqDsCAMDuDQA4KAAASEsAAOjgAQAwuw0AGBkAAKiZAACoXwEAgEkDALBPAwAY2AYAcNgGAMjYBgAg2QYAeNkGANDZBgBI6AoAwO4NAADFDwAAAAAAKJQAADCdAQBA1gEAAKwQAIidAQCwRwIAqDsCAMDuDQBgIwcAwEgGABhJBgBwSQYAyEkGACBKBgB4SgYA0EoGAChLBgDoPQQAqJkAAEhLAACYjAAAaIQIANCyCABA1gEAAKwQAIidAQA4KAAA+OoNAKg7AgAQCgwAaAoMAMAKDAB4TgEAOCgAAPjqDQBQ6w0AqOsNAADsDQCYjAAAeB8NABhgAgCYjAAAmAcPAHi0CwDQtAsAiJ0BAMgZAADoPwcAQEAHAIDLCwDYywsAMMwLAIjMCwDgzAsAOM0LAKAfAAD4HwAAUCAAAKggAAAAIQAAWCEAANAiAQCgwQEAmGoEAKhRAgBYDxEAWHwKAJiMAABQ9gIAMJ0BAIidAQBAXw8A8LgLAEi5CwCguQsA+LkLAFC6CwCougsAALsLAFi7CwCwuwsACLwLAGC8CwC4vAsAEL0LAEjfDQAwQAoAiEAKAOBACgAolAAA0LIIAJBiCgDoYgoAqGYGAGiECACoOwIAKJQAANCyCAAAAAAAoMUHAKg7AgDoXg8AGNgGAHDYBgDI2AYAINkGAHjZBgBYfAoAWAAAABhgAgAYGQAAqJkAAEhLAABo3gAAoMUHAEDWAQDIlwIAGGACALBHAgDAcAsAGHELAHBxCwDIcQsAIHILAHhyCwCY1gEAyA4AAKjNAQCgHwAAyA4AAIBJAwCwRwIAwHALABhxCwBwcQsAyHELACByCwB4cgsA0HILAChzCwCAcwsA2HMLADB0CwAAPAIA+OoNAEDWAQCowRAAQNYBAKg7AgCodggAoB8AAPgfAABQIAAAMJ0BAJC3AAComQAAIBQNAHgUDQDQFA0AKBUNAMiXAgBoZQsAcBkAAGjeAABYfAoAQCAOAMgOAABowgIA6OABAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQCYQAcA8EAHAEhBBwCgQQcA+EEHAFBCBwDA7g0AaIQIANCyCABA1gEAmNYBAMgOAACozQEAqDsCAAA8AgD46g0AUOsNAKjrDQCQIg0A6CINAEAjDQCYIw0A6F4PAJC3AABYAAAAqDsCAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGANBKBgAoSwYA6D0EAEA+BACYPgQA8D4EAEg/BACYjAAAeB8NAKiZAAAAmgAAUPEAAEgsAwDwywEAIJYKAHiWCgDQlgoAKJcKAICXCgDYlwoA0CIBAFgAAAAIAQsAQNYBABB1AgBQqQIAePgDAKg7AgAAPAIAWDwCALA8AgAwxg0AiMYNAJjWDADw1gwASNcMACAUDQAgggIAeIICANCCAgCQYgoA6GIKAMgOAAAgDwAASKsBACiUAABISwAAGNgGAKDFBwDQsggACK0QABgZAAAgggIAeIICANCCAgAgFA0AeBQNAEDWAQCoOwIAqHYIAKAfAAD4HwAAUCAAABgZAAAgggIAeIICANCCAgCYqgwAQFIBAJhSAQBQ9gIAMJ0BANCyCAAIrRAAkLcAAEgECQCoOwIAGOQNAEAgDgDIDgAAaMICAKg7AgCY1gwAqDANAAAxDQDIlwIAaGULAHAZAABo3gAAoMUHANj2DwAolAAAWAAAAKg7AgAAPAIAWDwCALA8AgAwxg0AiMYNAAg9AgDYwgMAoMUHAHBrAgAAZxEASAQJAJiMAADYvBAAGBkAAKiZAADouAcAyA4AAHBrAgAQdBEAaHQRAEDWAQCY1gEAyA4AACAPAABIqwEAUPYCAHC2CgDQsggAKLMIAGiECADQsggAQNYBAJjWAQDIDgAAqM0BAKAfAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAgEkDABhSAwAgggIAeIICANCCAgDAnAsAGJ0LAHCdCwDInQsAIJ4LAHieCwDQngsAKJ8LAICfCwDYnwsAMKALAIigCwDgoAsAOKELAJChCwDooQsAQKILAJiiCwCoOwIAMPINACAPAADg8wkAOPQJAJD0CQDo9AkAiK4KANjsCwAw7QsAiO0LADC7DQBQ8QAASCwDABAKDADIDgAAaMICAMDCAgCoUQIASKsBAEDNBACYagQAyFUCAKg7AgDA7g0AYCMHACAUDQComQAAaN4AAKg7AgDASAYAGEkGAHBJBgDISQYAIEoGAHhKBgDQSgYAKEsGAOg9BACASQMA8MsBACCWCgB4lgoA0JYKACiXCgCAlwoA2JcKADCYCgCImAoAwJ8KAAAAAAAAAAAAAAAAAPimCgBQpwoAqKcKAACoCgBYqAoAsKgKAAipCgBgqQoAAAAAAAAAAAC4qQoAEKoKAGiqCgA41QEAkNUBAOjVAQAAPAIA+OoNAFDrDQCo6w0AgEkDAKCiBAD4ogQAEHwSAGh8EgDAfBIAGH0SAJiMAACoUQIASKsBAAArDwAAPAIAINsJAHjbCQDQ2wkAIBQNAHgUDQDQFA0AKBUNAIAVDQDYFQ0AMBYNAIgWDQComQAAGBkAAHAZAAComQAAGBkAABgZAABwGQAAqJkAABgZAABISwAAgEkDABhSAwBwUgMAYHoLALh6CwAQewsAaHsLAMB7CwAYfAsAADwCACDbCQB42wkA0NsJAKjBEABA1gEAqDsCAPDeDQBI3w0AQNYBAJjWAQCgvgIASEsAAKhyAgBA1gEAePgDAKg7AgBIMRAAgEkDAAAAAACoOwIAQKYRAABSAgA4KAAAOCgAAJAoAAAAmgAAAKwQAIidAQCwRwIAqDsCAOheDwAY2AYAcNgGAMjYBgDQsggAqDsCAKjBEACAjAoASEsAAKg7AgDA7g0AOCgAAEhLAADo4AEAMLsNAMBCCABoBAMAwAQDAIBJAwDA7g0AuN8OADhPCQCQTwkAQKYRAJBVBwDoVQcAQFYHAJhWBwDwVgcAqIQHAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGANBKBgAoSwYA6D0EAEA+BABINQsAoDULAMDuDQAY7w0AcO8NAMjvDQAg1w4AaN4AANBNBQDA7g0AGO8NAKipAgAAqgIAWKoCALCqAgAIqwIAYKsCAKg7AgCIqg8AAAAAAKg7AgA4HhIAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQDoPQQAQD4EAHhNBQDQIgEAyP0BAMgOAABowgIAqDsCAECmEQBYDxEAqMEQADgoAACoOwIA6F4PAPB7AgBIfAIAoHwCAHi7EACwmQ8AYD0CALg9AgAQPgIAaD4CAMgOAACoOwIAmKoMAPCqDABQqQIAEHUCALhPBwCgtwgASEsAAOjgAQAwuw0AqDsCAAAAAACoOwIA6F4PAICpDwAARA4AQKYRAFgPEQCQYgoA6GIKAMgOAAAgDwAAgIwKAEDWAQCQtwAAqJkAAGBeAgC4XgIA2JYDAMAiDwCgxQcASKsBAKg7AgCwRwIAMJ0BAFD2AgBwtgoAACsPAFgrDwDYvBAAML0QALBHAgAwnQEAUPYCAHC2CgAIMQYAADECABiMAgBwjAIAqDsCALBHAgAwnQEAUPYCAHC2CgDQIgEA4N4FADjfBQCQ3wUA6N8FAHhNBQDQIgEAyP0BAMgOAABowgIAqDsCAECmEQBYDxEAqMEQADgoAACoOwIA6F4PAPB7AgBIfAIAoHwCANAiAQDg3gUAON8FAJDfBQDo3wUAQOAFAGBeAgC4XgIA2JYDAMAiDwCgxQcASKsBAKg7AgCwRwIAMJ0BAFD2AgBwtgoACDEGAAAxAgAYjAIAcIwCAKg7AgCwRwIAMJ0BAFD2AgBwtgoA0CIBAODeBQA43wUAkN8FAOjfBQBA4AUAYF4CALheAgDYlgMAwCIPAKDFBwBIqwEAqDsCALBHAgAwnQEAUPYCAHC2CgAAKw8AWCsPANi8EAAwvRAAsEcCADCdAQBQ9gIAcLYKAAgxBgAAMQIAGIwCAHCMAgCoOwIAsEcCADCdAQBQ9gIAcLYKANCyCADYBhIASKsBAAArDwAYGQAAcBkAAHhOAQA4KAAA+OoNAFDrDQCo6w0AAOwNAFgCAwAAmgAAUPEAAEgsAwAYUgMAcFIDAGB6CwDQIgEAKCMBAKBpDAD4aQwAUGoMAKhqDAAgFA0AIIICAHiCAgDQggIA0LIIANAiAQAoIwEAoGkMAPhpDABQagwAqGoMACAUDQAgggIAeIICANCCAgDQsggA0CIBACgjAQCgaQwA+GkMAFBqDACoagwAmKoMAPCqDABIqwwAoKsMAPirDABQrAwAqKwMAEirAQCgqwEAKCUEAIAlBACoOwIAKJQAAEDWAQBIqwEAkGIKAOhiCgDIDgAAIA8AAEirAQBQ9gIAcLYKAJjWDADAxwQAGMgEAHDIBADIyAQAIMkEAKg7AgAQCgwAaAoMAEhLAABw/AUAePgDAKg7AgAAPAIA+OoNAEDWAQCoOwIAmKoMAPCqDABIqwwAoKsMAPirDABQrAwAqKwMAGBeAgC4XgIA2JYDADCXAwCIlwMA4JcDAAA8AgD46g0AUOsNAKjrDQAA7A0AmNYMAFi/BgCwvwYAmNYMAPDWDABI1wwAoNcMAGAjBwCYqgwA8KoMAEirDACgqwwA+KsMAFCsDACorAwAcGsCAMDxAQDIDgAAIA8AANAiAQBYUQYAiIQCAJC3AABIBAkAMJ0BAIidAQCwRwIAqDsCAJiqDADwqgwASKsMAKCrDAD4qwwAUKwMAKisDAAAPAIA+OoNAEDWAQCoOwIAgBgBAFCFDgBASxIAmEsSACAUDQB4FA0A0BQNACgVDQCYqgwAQFIBAJjWAQBYfgIAINsJAKgnEAComQAA0LIIAKg7AgDYYgIAMJ0BAFi/BgCgSwAAqDsCAAAAAACoOwIAqMEQAEDWAQCoOwIA0AsQAAAAAACoOwIAqMEQAEDWAQCoOwIA0AsQACgMEADY4w4AYCMHAPDeDQBg2RAAYK0QADCxCQAYxRAAcMUQAAitEAAYGQAAkLcAAFgAAACwAAAAaK8MAMCvDAAYsAwAcLAMAMiwDADQIgEAWFEGANi8EAAAMQIAmIwAAOBOCQA4TwkA8IwAAMiXAgDIfQcAmAcPAMBwCwAY5A0AcOQNAMjkDQAg5Q0AIBQNAHgUDQDQFA0AKBUNAECmEQBYDxEAqJkAABgZAACoOwIAADwCAPjqDQBQ6w0AqOsNAADsDQCY1gwA8NYMAKArEgD4KxIAUCwSAKgsEgAALRIAACsPANCyCABwawIAqDsCAOheDwBw/AUAePgDAKg7AgDoXg8AgKkPAABEDgCY1gwA8NYMAKArEgD4KxIAUCwSAKgsEgAALRIAmNYMAFi/BgCASQMAGFIDAEBLEgCYSxIA8EsSAJjWDADw1gwAoCsSAPgrEgBQLBIAqCwSAAAtEgCYqgwAYAYCAAArDwBYKw8AANkBAKAfAACQYgoASMwMAKDMDACoOwIAoAkAAMBUDQBASxIAmEsSAPBLEgCY1gwA8NYMAKArEgD4KxIAUCwSAKgsEgAALRIAKJQAAICUAABISwAAGNgGAHDYBgDI2AYAqJkAAACaAABQ8QAASCwDAEirAQCgqwEAKCUEAIAlBACoOwIAqHYIAIgeDgCQtwAASAQJAKg7AgAAPAIAINsJAHjbCQDQ2wkASDEQAKAxEACwRwIAwHALANAiAQCoOwIAMJ0BAIidAQCoOwIAwO4NANi8EAB4+AMAqDsCAKjBEAA4KAAAqDsCAOheDwAouREA+EsAAFBMAAAgDwAAgIwKAEDWAQCQtwAAqJkAAEirAQCgqwEAaCAMAMAgDAAYIQwAGAUDAHj4AwCoOwIAmNYMAPDWDACgKxIA+CsSAFAsEgCoLBIAAC0SAAArDwDQsggAqDsCALBHAgDAcAsA0CIBAOheDwAouREA+EsAALBHAgDAcAsA0CIBAMgOAACoOwIAwO4NAFD2AgCo9gIAeB8NANAfDQCYjAAAqFECAEirAQDw3g0AQNYBAACsEABQ9gIAcLYKAMi2CgCoOwIAADwCAPjqDQBQ6w0AqOsNAADsDQAAPAIA+OoNAEDWAQCoOwIAwPEBANCyCACoUQIAkLcAALBHAgDAcAsAGHELAKg7AgDw3g0AQNYBAACsEABQ9gIAcLYKAMi2CgCoOwIAmNYMAPDWDACgKxIA+CsSAFAsEgDYvBAAkLcAAKiZAAAAPAIA+OoNAEDWAQCoOwIAwPEBANCyCACoUQIAkLcAAAA4BwBYOAcASKsBAIhHDwDA8QEA0LIIAKhRAgCQtwAA4MAPAHAZAAB4TgEAOCgAAPjqDQBQ6w0AqOsNAADsDQBYAgMAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAMBCCADotwAAoLMCAPizAgBQtAIA0LIIAAitEAA4KAAAOCgAAPjqDQBQ6w0AqOsNAADsDQBYAgMAAJoAAFDxAABILAMAGO8NAEhLAAAY2AYA8FcOAIDpAQDwjAAAGEgKACiUAABA1gEA6F4PAICpDwAARA4AADwCACDbCQC4xg8AMJoCABBDBABoQwQAwEMEABhEBABwRAQAyEQEACBFBAB4RQQAQKYRAFgPEQCQYgoA6GIKAMgOAAAgDwAASKsBAFD2AgBwtgoA0LIIAIBJAwAYGQAAcBkAAHhOAQAQVAIAyAAMACABDAB4AQwA0AEMAAA8AgCQ0REAgJQAAGjNDQBISwAAGNgGAKDFBwBwdAoAqMEQAPjFBwBQxgcAqMYHANjCAwCInQEAsEcCAKg7AgCQYgoA6GIKAAAAAAAolAAAMJ0BAEDWAQCY1gEA8NYBAKg7AgAwnQEAANYCAAArDwDQsggAqDsCAOheDwCAqQ8AAEQOAKjBEAD4xQcAUMYHAKjGBwCoOwIAqHYIAFB/EABw/AUAmNYBAKhmBgC4TwcAgEkDABhSAwBwUgMAYHoLALh6CwAQewsAaHsLAMB7CwAYfAsAADwCACDbCQB42wkA0NsJAKjBEABA1gEAqDsCAPDeDQBI3w0AQNYBAJjWAQCgvgIASEsAAKhyAgBA1gEASEsAAOjgAQAYGQAAyA4AAAijAQCgxQcAcHQKAJhqBADwagQAkGIKAOhiCgAAAAAAKJQAADCdAQBA1gEAmNYBAKg7AgAQCgwAsJkPAEAuDQCYLg0A8C4NAEgvDQCgLw0A+C8NAFAwDQDw3g0AQNYBAACsEABQ9gIAcLYKAKg7AgAQSQIAaEkCAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAOg9BABAPgQAgEkDAAA8AgD46g0AQNYBAKg7AgCYqgwA0LIIAPDJCQCoOwIAmNYMAKgwDQAAMQ0AIBQNAHgUDQDQFA0AKBUNAEirAQCgqwEAKCUEAIAlBAAIrRAAkGIKAOhiCgAAAAAAKJQAADCdAQBA1gEAmNYBAPDWAQCoOwIA0CIBACgjAQCgaQwA+GkMAFBqDACoagwAmKoMAEBSAQCYUgEAUPYCADCdAQDQsggACK0QAMgOAACoOwIAmKoMAPCqDABIqwwAoKsMAPirDABQrAwAqKwMALBHAgAISAIAqDsCAAA8AgAg2wkAeNsJANDbCQDIDgAAqDsCAJjWDADw1gwASNcMADgoAACA6QEA2OkBAIAKDQDYCg0AoAkAABgZAAAAMQIA2OYCADgoAACA6QEA2OkBADDqAQBISwAA6OABAEDhAQCY4QEAAEEPAKAJAABA1gEASMwMAKDMDAD4zAwAUM0MAKjNDAAAzgwAWM4MALDODAAIzwwAYM8MAEhLAADo4AEAQOEBAJjhAQAAQQ8AwBoOADCdAQBYvwYA6OABAEDhAQCgCQAAQHsNAMiMDQAgjQ0AEEMEAICUAABISwAAoAkAAKiZAAAAmgAAUPEAAEgsAwAYYAIAoMUHAICMCgBISwAAyA4AAAijAQDQsggACK0QAEB7DQCgxQcAOCgAABhgAgComQAAqF8BAJiMAAC4TwcAWAAAAGAGAgAAKw8AyA4AABhgAgCQtwAAmJQBABBDBACAlAAASEsAAKAJAAAAAAAASEsAAOjgAQBA4QEAmOEBAABBDwDAGg4AMJ0BAFi/BgAAAAAAqDsCAAA8AgBYPAIAsDwCADDGDQCIxg0AyA4AAMAaDgDwkxAASJQQAKCUEAD4lBAAUJUQABhgAgBIqwEAQM0EAIidAQComQAAoAkAACgCDADIDgAAWAAAADCxCQAIZQcAOCgAAIDpAQDY6QEAMOoBAEgxEAAYYAIAqJkAAACaAABQ8QAASCwDAGjeAACwXQIAiCYPANjCAwCInQEAsEcCAIBJAwAYGQAAcBkAAHhOAQDoxwIAyK8QAKDGDgDQsggACK0QAGCtEAC4rRAAEK4QAGiuEADArhAAGK8QAHCvEACASQMAyA4AAGjCAgBw/AUAyPwFAJC3AABISwAAgEkDAEDWAQCY1gEAoL4CAGBlBwDYiwMAMIwDAIiMAwDgjAMAqFECAEirAQAAKw8AQHsNAJh7DQDwew0ASHwNAKB8DQCQtwAAmJQBAEDWAQCY1gEAQHsNAJh7DQDwew0ASHwNAKB8DQD4fA0AUH0NAKh9DQAAfg0AWH4NALB+DQAIfw0AUPkBAKj5AQD4NwMAUDgDAAArDwBAew0AmHsNAPB7DQBIfA0AoHwNAPh8DQBQfQ0AqH0NAAB+DQBYfg0AsH4NAAh/DQA43xAAsAAAAFCpAgAoeA0AoB8AAKDGDgAolAAAyA4AAKAfAAD4HwAAWJoAAKiZAAAAmgAAUPEAAEgsAwBo3gAAsF0CAIgmDwDYwgMAiJ0BALBHAgCASQMAALAAAFiwAACwsAAA6McCAMivEACgxg4A0LIIAAitEABgrRAAuK0QABCuEABorhAAwK4QABivEABwrxAAgEkDAMgOAABowgIA6OABAPC4CwCgtwgAqF8BAPAVDgCASQMAsEcCANAiAQCgtwgAGBkAAEhLAACYjAAAiIQCABjYBgCgxQcAcHQKAKg7AgAAPAIAWDwCAEDOAABIqwEAyA4AAKAfAADwpw0AeLQLAKhRAgCQVQcAiIQCAJiMAADgTgkAqDsCABAKDAAIzhAAYM4QALjOEADgTgkAgEkDAMiXAgBQtA0AqLQNAAC1DQBYtQ0AMJ0BAADWAgBY1gIAsNYCAKiZAACYjAAA0B4RAKg7AgCowRAAgIwKAEhLAACoOwIAqMEQADgoAACoOwIA0CIBAKC3CAD4twgAKCMBAEDWAQAAmgAA0CIBAKDBAQD4wQEAIIICAAhqCQDo4AEA0LIIAKg7AgBAphEAmKYRAPCmEQDA7g0A2LwQAHAZAAB4TgEAoEsAAPhLAADgBQQAqDsCAJiqDABAUgEAmFIBANgSDgAwEw4AiBMOALBHAgAISAIAqMEQANj2DwAwxg0AiMYNAIAKDQDYCg0AADwCAFg8AgAorw0AgK8NANivDQAwsA0AiLANAOCwDQA4sQ0AkLENAJiqDADwqgwAUKkCACh4DQCgHwAAEAoMAAjOEABgzhAAuM4QAJC3AABoBAMAoN4RALBHAgBYfAoAsHwKAJjWDADw1gwASNcMAFjkDACw5AwAgLkRAJjWAQCoZgYAaIQIAKg7AgAAAAAA6NINAKg7AgBYfAoAmIwAANi8EADQsggASKsBAAArDwDQsggAEAoMALCZDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBwawIAgEkDABCeAwBongMAwJ4DAMjhAwAg4gMAeOIDANDiAwAo4wMAwO4NAIiEAgDA7g0AiIQCAAAAAADo3Q0AqDsCANCyCADYPwoA6K4OAECvDgCYrw4A8K8OAIBJAwBAphEAmKYRAEhLAADo4AEAmEwDAEgECQCYjAAAUKkCAFh8CgCYjAAAANkBAKg7AgAAPAIAWDwCALA8AgAIPQIACM4QAGDOEAC4zhAAGBkAAEhLAACYjAAA6C0CAKg7AgAQCgwACM4QAGDOEAC4zhAAoMUHAICMCgCAlAAAAAIDAPDeDQBg2RAASEsAAOjgAQAIZQcASEsAAOjgAQCYjAAAUKkCAJjWAQDw3g0AYNkQAEhLAADo4AEACGUHAEhLAADo4AEAyA4AAAijAQBgowEAuKMBABCkAQDosQ0AQLINAKg7AgBAphEAmKYRAPCmEQBIpxEACKMBAGCjAQC4owEAEKQBAFgAAABAUgEAmFIBANAiAQCgwQEAmGoEAKAfAAD4HwAAmNYBAMDxAQAYiwYACGUHAEhLAAAY2AYAoMUHANAiAQBYUQYAeB8NAIidAQAQdQIA8IwAAKiZAACoUQIAmIwAAPCMAADIlwIAqDsCANAiAQAoIwEAyA4AAGjCAgCoOwIAkGIKAOhiCgCgvgIA6EsOABgZAABISwAAqDsCAMBIBgBoBAMAwAQDABgFAwBwBQMASKsBAJiMAAAA2QEAaMICAHhNBQCYqgwAQFIBAJhSAQDYEg4AMBMOAIgTDgDgEw4AqDsCAMBIBgAYSQYAIIQQAHiEEADQhBAAKIUQAICFEADYhRAAqDsCANhiAgAwnQEAWL8GAKBLAACoOwIAEAoMALCZDwAImg8AYJoPALC/BgDASAYAGEkGAPCUAQDAQggAqJkAAMgOAACozQEAcGsCACBgEQB4YBEA8BUOAEgWDgAwnQEAWL8GAOjgAQDQsggAqDsCANhiAgAwnQEAWL8GAKBLAACoOwIAwEgGABhJBgDwlAEASJUBACiUAACoUQIASEsAAOjgAQBA4QEAmOEBAABBDwA4KAAAgOkBANjpAQAw6gEAwBoOABgbDgBwGw4AyBsOACAcDgCgxQcAoMUHANj2DwDoXg8AGNgGAHDYBgDI2AYA0LIIAKg7AgCowRAAgIwKAEhLAACoOwIAmNYMAPDWDACowRAAOCgAAKiZAADQsggACK0QANCyCACoOwIA6F4PABjYBgBw2AYAyNgGACDZBgB42QYA0NkGAEjoCgBoJQ4AwCUOAOheDwAY2AYAcNgGAMjYBgDQsggAqDsCAKjBEACAjAoASEsAAKg7AgCY1gwA8NYMALBPAwD4ggsAmF8PAEArDgCYKw4A8CsOAEgsDgCgLA4A+CwOAFAtDgCoLQ4AAC4OAFguDgBgOg4AuDoOABA7DgBoOw4AsE8DABjYBgBw2AYAyNgGACDZBgB42QYA0NkGAEjoCgCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAwO4NADgoAABISwAA6OABADC7DQDoXg8AgKkPAABEDgBAphEAWA8RAMDuDQDYvBAAML0QAJjWDADw1gwAoCsSAPgrEgBQLBIA2LwQAJC3AAComQAAqMEQADgoAACoOwIAEAoMAAjOEABgzhAAuM4QAKg7AgAgFA0AeBQNANAUDQAoFQ0AaFQCALCZDwAImg8AmGoEABAKDACwmQ8ACJoPAJhqBAAgFA0AeBQNAMgZAAAQCgwACM4QAGDOEAC4zhAACM4QAGDOEAC4zhAAqJkAADCdAQBQ9gIAcLYKAKg7AgAolAAAgJQAADAWAgCIFgIA4BYCADgXAgCQFwIA6BcCAEAYAgCYGAIA4EoOADhLDgCQSw4AqDsCACiUAACAlAAAaN4AALBdAgAIXgIA6OABANCyCACoOwIAEAoMALCZDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQA4KAAAkCgAAACaAABQ8QAASCwDALBHAgAISAIA0LIIAKg7AgAgFA0AeBQNANAUDQAoFQ0AaFQCALCZDwBgPQIAuD0CABA+AgBoPgIAqDsCAKh2CACIHg4AkLcAAJC3AAComQAAyA4AANhiAgAwYwIAEGEQAGhhEAAgFA0AeBQNANAUDQAoFQ0AaFQCALCZDwBgPQIAuD0CABA+AgBoPgIAwD4CALCZDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQDYwgMA2G0NABgZAADYwgMAMMMDAOheDwCAqQ8AAEQOAMBIBgAYSQYAcEkGAMhJBgAgSgYAeEoGAPDeDQBI3w0AMEAKAKjBEAD4xQcAUMYHAJiqDAAwnQEAiJ0BAKh2CABQfxAAqH8QAFCpAgCQYgoA6GIKAKhmBgAAZwYAiB4OAJC3AACQtwAAqJkAAKiZAABAphEAWA8RAMDuDQCoUQIASKsBAKhmBgBohAgAqDsCAJiqDABAUgEAmFIBADDLDwCIyw8A4MsPADjMDwCQzA8AqMEQADgoAACoOwIAKJQAAICUAAAAAgMAWAIDALACAwAIAwMAYAMDALgDAwAgFA0AADECABiMAgAY2AYAqJkAAMgOAACoOwIAqMEQADgoAACoOwIAKJQAAICUAAAAAgMAWAIDALACAwAIAwMAYAMDALgDAwAgFA0AADECABiMAgAYGQAAcBkAAIglCAComQAASEsAAPB7AgBIfAIAoHwCAIAYAQCQ4gQAqMEQAKhRAgDA8QEAGIsGAAhlBwBISwAAqDsCABjkDQBw5A0AyOQNACDlDQAgFA0AeBQNAMgZAADA7g0AiIQCAOCEAgA4hQIAkIUCAOiFAgBAhgIAmIYCANAiAQCgtwgASEsAAKBLAABAIA4A0LIIAKg7AgAAKw8A0LIIAKg7AgAgFwwAoMUHAPjFBwBISwAAGNgGAKDFBwBwdAoAgEkDACiUAACAlAAAaN4AAMDeAAAQdQIA0B4RABD/AADYKwIAIBcMAHgXDACowRAAcHQKAKg7AgDA7g0AYCMHACAXDAAYGQAAcBkAAIglCAComQAAIBcMAHgXDABQ9gIAqPYCAAD3AgBY9wIAmNYMAPDWDADgnQEAoMUHANj2DwAgmAIA2GICADCdAQBYvwYAoEsAAHD8BQBIzAwASEsAAKBLAAB4+AMAYF4CALheAgAQXwIAaF8CAMBfAgAAPAIAWDwCAOBOCQDIDgAAIBQNANjCAwDA7g0AALcQAFi3EACwtxAACLgQAGC4EACInQEAsEcCABAKDAAIzhAAYM4QABhgAgCYjAAAANkBAFjZAQCw2QEACNoBAGDaAQC42gEA8FcOADgoAACQKAAAAJoAAJjWAQAYGQAAkLcAAKiZAABIMRAAmLwRAMDuDQAAxQ8AGEgKACiUAACYjAAA4E4JAGBeAgC4XgIAWL8RALC/EQBAxxEAmMcRAPDHEQBIyBEAoMgRAPjIEQBQyREAeE0FAJjWDACoMA0AADENACAUDQB4FA0A0BQNACgVDQAgFwwASEsAAHD8BQBIzAwAqJkAACAXDAA4KAAAgOkBAOBOCQDIDgAAoB8AACAXDAAYPA4AcPwFAEjMDABISwAAoEsAAHj4AwCAFQ0AWDwCAOBOCQDIDgAAqC0DAIBJAwBwawIAqDsCAKjBEACoUQIASEsAAJiMAAB4Hw0AiJ0BAKiZAADQsggAgEkDAJBiCgDoYgoAAAAAACiUAAAwnQEAQNYBAJjWAQDw1gEAqDsCAOheDwBAXw8AmF8PAMBIBgAYSQYA2IsDADCMAwCIjAMA4IwDADiNAwCQjQMAqMEQADgoAABA6Q0AmOkNAPDpDQBI6g0AoOoNADjdDQCQ3Q0AqMEQAEDWAQCoOwIAIBQNAKiZAACYjAAAUKkCABAKDABoCgwA0LIIAKg7AgCowRAAOCgAAKg7AgCY1gwA8NYMAEBLEgCopAAA8MkJAKiZAADIDgAAqDsCACAUDQB4FA0A0BQNACgVDQBoVAIAsJkPAAiaDwCYagQA8N4NACDXDgB41w4A0NcOACjYDgCA2A4A2NgOADDZDgCI2Q4A4NkOADjaDgCQ2g4A6NoOAOBOCQBA1gEAmNYBAKhmBgBohAgAePgDAKg7AgAQCgwAsJkPAAiaDwCYagQAaMICAMDuDQBQ9gIAqPYCAHgfDQDQHw0AmIwAAKhRAgBIqwEAyGsCAEjMDACgzAwA+MwMAFDNDACozQwAAM4MAFjODACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAsE8DABjYBgBw2AYAyNgGANCyCACoOwIAqMEQAICMCgBISwAAqDsCANhiAgAwYwIAeB8NAFi/BgAY2AYAiJ0BALBHAgCoOwIAADwCAPjqDQBA1gEAqDsCAKjBEAD4xQcAUMYHAOgYCQBAGQkAmBkJAPAZCQBIGgkAAJoAAFDxAABILAMAGAIPAHACDwDIAg8AIAMPAHgDDwDQAw8AKAQPAIAEDwDYBA8AMAUPAIgFDwDgBQ8AOAYPAJAGDwDoBg8AQAcPAJhMAwCIqgQA4KoEADirBACQqwQA6KsEAECsBACYrAQA8KwEAEitBACgrQQA+K0EAFCuBACorgQAAK8EAFivBACYTAMAiKoEAOCqBAA4qwQAkKsEAOirBABArAQAmKwEAPCsBABIrQQAoK0EAPitBABQrgQAqK4EAACvBABYrwQAsEcCALBHAgBA1gEAmNYBALBHAgB4tAsAiIQCAOjgAQComQAAAJoAAFDxAABILAMAGBkAANjCAwCInQEAsEcCAKg7AgCodggAoB8AAOi4BwAAKw8ACGUHAEhLAADo4AEA0LIIAKg7AgDoXg8AQF8PAJhfDwC4VRAAqHYIAFB/EACofxAAUKkCAEhLAABYAAAAWI8LALCPCwBISwAAAAAAADgoAACA6QEA2OkBANA9AwCQYgoA6GIKAKhmBgAA2QEAIA8AAHB0CgCASQMAiGADAOBgAwA4YQMAkGEDAOhhAwBAYgMAmGIDAPBiAwBIYwMAgIwKAEhLAABYAAAAqKQAAEhLAACoOwIAADwCAEDWAQCoIwoA0CIBAKg7AgCodggAIKgPAHioDwAwnQEAwEgGAOi3AAAAKw8AWCsPAKDFBwBA1gEAyJcCAEBfDwCYXw8AMH4PAIh+DwDwkxAASJQQAKCUEAD4lBAAUKkCAKiZAADQsggAqDsCAOheDwBAXw8AmF8PADB+DwCIfg8A8JMQAEiUEACglBAA+JQQAKiZAACYjAAAIJgCANCyCACoOwIA6F4PAEBfDwCYXw8AMH4PAIh+DwDwkxAASJQQAKCUEAD4lBAAADwCAFg8AgCwPAIACD0CAKCMDwD4jA8AUI0PAHgkDwDQJA8AKCUPAIAlDwDYJQ8AMCYPAEirAQAAKw8AWCsPAKg7AgDoXg8AQF8PAJhfDwAwfg8AiH4PAPCTEABIlBAAoJQQAPiUEACgqwEAaN4AAKg7AgDoXg8AQF8PAJhfDwAwfg8AiH4PAPCTEABIlBAAoJQQAPiUEAAgmAIA0LIIAKg7AgDoXg8AQF8PAJhfDwAwfg8AiH4PAPCTEABIlBAAoJQQAPiUEADIDgAAqDsCAAA8AgBYPAIAsDwCAAg9AgCQYgoA6GIKAMgOAADAGg4ASKsBAEhLAACoOwIAqHYIAIgeDgDwkxAASJQQAKCUEAD4lBAAAAAAAIhHDwCoOwIAADwCAFg8AgCwPAIAmKcNABAKDAAIzhAAYM4QALjOEABwdAoAqJkAAKh2CACgHwAAUFYPAKhWDwAAVw8AqDsCAKjBEADoXg8AQF8PACBbDwB4Ww8A0FsPAChcDwCAXA8A2FwPAKg7AgCowRAASKsBAEirAQAAKw8ACGUHAEhLAAAY2AYAiJ0BAAgBAAAYmRAAyA4AAKg7AgAwGBAA4EcPAEhLAAAolAAAWAAAAJC3AADotwAAoLMCAPizAgBQtAIA0CIBACgjAQCgaQwA+GkMAFBqDACoagwAmIwAAFCpAgDQsggA8MkJAGjeAAAYGQAAkLcAAOi3AACgswIA+LMCAFC0AgBISwAA6OABAEDhAQDQXg4AKF8OAIBfDgDYXw4AMGAOAIhgDgCgHwAAyA4AAAAAAAAAAAAA0AkCACgKAgAAjg8AWI4PABD/AAAw8g0AeE0FAMC5EAAYuhAAcLoQAAg9AgAAAAAAwEgGABhJBgBwSQYAkGkPAOhpDwBAag8AyA4AACAPAABIqwEAACsPAHBrAgBIqwEAoKsBADhYEQCInQEAOCgAAGjeAACwXQIAiCYPACBgEQAAmgAAUPEAAEgsAwDQsggACK0QAKhRAgAAUgIAmHACAHD8BQA4/g0AkP4NAFD2AgCo9gIAAPcCAEDNBADQsggAKLMIAKhFEQAY2AYAoMUHAHB0CgCoOwIA2GICADBjAgCIJg8A2MIDAIidAQCwRwIA8N4NAGDZEABgrRAAuK0QABCuEABorhAAwK4QABivEAAY2AYAoMUHAHB0CgCoOwIA2GICADBjAgCIJg8A2MIDAIidAQCwRwIAqHYIAIgeDgAwnQEAWL8GAOjgAQBA4QEAgEkDAOheDwBAXw8AmF8PADB+DwCIfg8A4H4PADh/DwCQfw8AADwCAFg8AgCwPAIACD0CAKCMDwCYUQUA8FEFAPB+DABIzAwAiJMIAPDJCQCAjAoASEsAAKg7AgAAAAAACK0QAACaAABQ8QAAqPEAAAAAAAAAAAAAqHYIAIgeDgAwnQEAWL8GAOjgAQBA4QEAQFEFAMgjDwAgJA8AuFUQAHjbCQDQ2wkAAAAAALCODwDwywEAOCgAAIDpAQDY6QEAeD0DAIBJAwAAAAAAEAoMALCZDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAeM8NANDPDQCQYgoA6GIKAMDxAQAYiwYACGUHAEhLAAAY2AYAoMUHAHB0CgCoOwIAmNYMAPDWDACoXwEA8BUOAEgWDgCgFg4A+BYOAFAXDgCoFw4AABgOAFgYDgCwGA4ACBkOAMDuDQBgIwcAIBQNAHgUDQCIJQgASDEQAJicAgDwnAIASJ0CAKCdAgCoOwIAEAoMALCZDwAImg8AYJoPALC/BgDASAYAGEkGAPCUAQBIlQEAYAURANAiAQBYUQYAeB8NAIidAQDYwgMAiJ0BALBHAgCoOwIAmNYMAPDWDADYvw8AMMAPAMiZEAAgmhAAqHICAIjADwB4TQUAAAAAAKg7AgAolAAAgJQAAPDTDQBI1A0AoNQNAPjUDQBQ1Q0AqNUNAADWDQBY1g0ACM4QAGDOEAC4zhAAQKYRAFgPEQBISwAAaN4AAKiZAAComQAAGBkAAKg7AgDoXg8AQF8PAJhfDwBYAAAAsAAAAAgBAAB4TQUA2L8PADDADwB4TQUASEsAAKhyAgCIwA8AeE0FAAAAAACoOwIA6F4PACi5EQAwnQEAmGoEAPBqBABIawQAQF8PAJhfDwBAKw4AmCsOAPArDgBILA4AoCwOAPgsDgBQLQ4AqC0OAAAuDgBYLg4AYDoOALg6DgAQOw4AaDsOAMA7DgDIlwIAULQNANCyCAAYGQAAIIICANAeEQBAlgQAyFUCACBWAgAQ/wAA2CsCADCLBwBoBAMAwAQDABgFAwDwjAAAQNYBAKgjCgDIDgAAqM0BAIidAQDYwgMAmGoEAMhVAgCwtQ0A0LIIAKg7AgCY1gwA8NYMAEhLAADo4AEAQOEBAJjhAQD4xQcAUMYHAOgYCQBISwAA8HsCAKjBEABwdAoAqDsCAKh2CACgHwAAUFYPAKhWDwAAVw8AGGACAJiMAADgTgkAOE8JAJBPCQDASAYAaAQDAMAEAwAYBQMAqFECAJiMAADwjAAASKsBAJiMAADIlwIAWFoOALBaDgAIWw4AYFsOALhbDgAQXA4AkGIKAEjMDACY2wMA8NsDAMDlEAAY5hAAcOYQAMjmEAAg5xAAeOcQAAAAAAAAAAAA0LIIAEhLAACoOwIAwEgGAOi3AACgswIA+LMCAFC0AgCIRw8AoAkAADBjDQCIYw0A4GMNADhkDQCgCQAAqFECAFgPEQA4KAAA+OoNAEDWAQCY1gEAwO4NALjfDgA4TwkAoAkAAPgJAAAY5A0AQCAOAJggDgCYjAAAOCgAAEhLAADo4AEAMLsNAKg7AgDA7g0AuN8OADhPCQCgCQAA+AkAABjkDQBAIA4AmCAOABAKDACYjAAA8IwAAEgECQCgCQAA+AkAABjkDQBAIA4AmCAOABAKDACYjAAA8IwAAEgECQCgCQAA+AkAABjkDQBAIA4AmCAOAEDNBACInQEACKMBAIidAQAwsQkAGMUQAHDFEADIxRAAIMYQAAAAAAAAPAIAWDwCALA8AgD47w8AUPAPAKg7AgDoXg8AQF8PAJhfDwC4VRAAyJcCAAAAAACoOwIA6F4PAEBfDwCYXw8AuFUQAKh2CACIHg4AMJ0BAFi/BgDo4AEAQOEBAJiqDADwqgwAQFQPAAA8AgBYPAIAsDwCAMBIBgBoBAMAeCcDAJC3AAComQAA6LgHAEirAQAAKw8A0LIIACCoDwB4qA8A0KgPACipDwCAqQ8A2KkPAPDeDQDYBhIAMAcSABB1AgCIhAIAGNgGAKDFBwBwdAoAGGACANAiAQDIDgAA6F4PAEBfDwCYXw8AuFUQAJiqDADwqgwAQFQPAAA8AgBYPAIAsDwCAKh2CACIHg4AMJ0BAFi/BgDo4AEAQOEBAHBrAgAwww4AiMMOAAA8AgBYPAIAsDwCAAg9AgAIzhAAYM4QALjOEAAAPAIAQNYBAKgjCgDQIgEA4MMOANj2DwCY1gwAsEcCABgZAABwGQAAQNYBAJjWAQDw1gEAqDsCACiUAACAlAAAaM0NAMDNDQAYzg0AcM4NAMjODQAgzw0AyJEPADgOEACQDhAA6A4QAIhHDwBIAwIAUFYPAKhWDwAAVw8AqDsCABjkDQBAIA4AmCAOACBbDwB4Ww8A0FsPAChcDwCAXA8A2FwPAKg7AgAY5A0AQCAOAJggDgCYjAAA8IwAAEgECQCoOwIAqHYIAKAfAABQVg8AqFYPAABXDwCoOwIAGOQNAEAgDgCYIA4A6F4PAEBfDwAgWw8AeFsPANBbDwAoXA8AgFwPANhcDwCoOwIAGOQNAEAgDgCYIA4AAAAAAOgtAgBISwAAKJQAAEDWAQCY1gEASDEQAFgAAACwAAAAEJ4DAGieAwDAngMAGJ8DABAKDACwmQ8AYD0CALg9AgAQPgIAaD4CAMA+AgBYRwIAkGIKAEjMDADASAYAGEkGAHBJBgAgFA0AIIICAHiCAgAAAAAASDEQAKAxEAB4sBAA0LAQACixEACAsRAAmKcNAJiqDADwqgwAQFQPAIBJAwCIshAA4LIQADizEACASQMAqDsCACiUAACAlAAAaPkCAFi/BgCwvwYAwPEBACA3EABYAAAAMJ0BAFi/BgDo4AEAMLsNAFD2AgAwnQEAiJ0BAJjbAwCYjAAAmAcPAMBwCwCYqgwAYAYCALgGAgCIhAIAOCgAAPjqDQBA1gEA0CIBAKg7AgCodggAiB4OADCdAQBYvwYA6OABAEjMDACgzAwAqDsCAAA8AgAg2wkAuMYPABDHDwBoxw8AwMcPABjIDwBwyA8AyMgPAMDuDQA4KAAASEsAAOjgAQAwuw0AODcRAJA3EQDoNxEAQDgRAJg4EQDwOBEAKHgNAKg7AgAAPAIA+OoNAFDrDQCo6w0AqHYIACCoDwB4qA8A0KgPACipDwBQfxAAqH8QAFCpAgBISwAA6OABAMDuDQCoUQIAwCIPABgjDwBISwAA6OABAIgeDgCQtwAAkLcAAKiZAADIDgAAqM0BADgoAACQ0REAWDwCALA8AgAIPQIAAEEPAFhBDwCwQQ8A+OoNAFDrDQCo6w0AqHYIACCoDwB4qA8A0KgPACipDwBQfxAAqH8QAFCpAgBISwAA6OABAMDuDQCoUQIAwCIPABgjDwBISwAA6OABAIgeDgCQtwAAkLcAAKiZAADIDgAAqM0BADgoAACQ0REACEIPAGBCDwC4Qg8AANkBAKg7AgAAAAAAqDsCAAA8AgBYPAIAsDwCADDGDQCIxg0AAAAAAJBiCgBIzAwAoMwMAIBJAwAQCgwA6LgHAEC5BwDQHhEAQJYEAKAfAADQsggAgEkDADCdAQCInQEAOCgAAPjqDQBILAMAeD0DANA9AwDoXg8AQF8PAJhfDwC4VRAAEFYQAIBkEADYZBAAMGUQAJDbCgDo2woAQNwKADDGDQCIxg0AEAoMAAjOEABgzhAAuM4QAJjcCgCgjA8AmFEFAPBRBQDg7QsAsJkPABB8EgBofBIAwHwSABh9EgCYqgwAYAYCAAArDwBYKw8AANkBAKAfAACQYgoA6GIKAEBjCgCwfgIASDEQAEgDAgCgAwIA8MsBAFh8CgCwtQ0A6LgHALBdAgCIJg8A2MIDAIidAQCwRwIAeD0DANA9AwDoXg8AQF8PAJhfDwC4VRAAEFYQAIBkEADYZBAAMGUQAGjCAgDAwgIA2LwQANCyCAAoswgAUKkCANCyCAAYYAIAoMUHAICMCgComQAAAJoAAFDxAABILAMAUPkBAKj5AQBgBgIAACsPAEhLAADo4AEA6F4PAJiMAAAA2QEA2L8PADCdAQAA1gIA0LIIAKg7AgAAPAIAWDwCALA8AgAIPQIAqHYIAIgeDgCQtwAAkLcAAKiZAADIDgAAqM0BADgoAACQ0REAcIYPAMiGDwAghw8AeIcPANCHDwBIMRAAoDEQAPgxEABQfxAAaI0QAMCNEAAYjhAAcI4QAICIDwDYiA8AMIkPAKg7AgCoOwIAgEkDANAiAQDQIgEAWFEGAFCpAgB4+AMAqDsCAOgtAgBALgIAmC4CAPAuAgBILwIAoC8CABgZAAComQAASEsAALDZAQDQsggAWAAAADCxCQDQsggASEsAAJiMAADgTgkAqDsCAOheDwBAXw8AmF8PALhVEABYPAIAsDwCAAg9AgCodggAiB4OAJC3AACQtwAAqJkAAMgOAACozQEAOCgAAJDREQDYYgIAMGMCABBhEAComQAAAJoAAJjWAQDoXg8AQF8PAJhfDwCQtwAAmJQBAFD5AQCo+QEAYAYCAAArDwBISwAA6F4PAEBfDwCYXw8AwO4NAAC3EABYtxAAsLcQAAi4EABguBAAuLgQABC5EACASQMAAAAAAAAAAAAwnQEAmGoEANi/DwComQAAWAAAAEBSAQCY1gEAoL4CAGgEAwCIhAIA6OABAJC3AAAAAAAAmLwRAAA8AgBYPAIAsDwCAAg9AgCI6gEAcMIRACCoDwB4qA8A0KgPACipDwCoOwIA6F4PAEBfDwCYXw8AuFUQABBWEACY1gwA8NYMAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBAMgOAABgXgIAADwCAFg8AgCwPAIAMMYNAIjGDQAQCgwACM4QAGDOEAC4zhAAGBkAAKg7AgAQCgwACM4QAGDOEAC4zhAAqMEQAMBCCAAYQwgAcEMIAMhDCAAgRAgAeEQIANBECACgxQcASEsAAKBLAAD4SwAA4AUEAKg7AgAQCgwACM4QAGDOEAC4zhAAGBkAANCyCADYPwoAiJ0BALBHAgCASQMAEAoMALCZDwCQyRAA6MkQAEDKEACYyhAAyA4AAJiMAAC4TwcAWAAAAGAGAgBAphEAwCIPABgjDwBwIw8A4DwPAEirAQAAKw8AWCsPALArDwAAmgAAUPEAAEgsAwAIYw8AAAAAAGBeAgBgXgIAKJ4EAICeBADYngQAMJ8EAKg7AgCoOwIAqMEQADgoAACoOwIA6F4PAEBfDwCYXw8A0LIIANg/CgDorg4AQK8OAIhHDwDgRw8ASKsBAAArDwBYKw8A8MkJAFBLDwCoSw8AiEcPAOBHDwAIrRAAyA4AAKAfAADouAcAACsPAAhlBwBISwAA6OABAOgtAgA4KAAAgOkBANjpAQAw6gEAWAAAALAAAAAIAQAAGJkQAFgAAADgYwIAOGQCAJBkAgDoZAIAQGUCAJhlAgCgxQcAgIwKAEhLAACQtwAAmJQBAFD5AQCgtwgAyA4AAHBrAgAgYBEAeGARAPAVDgAwuw0AUPEAAEjMDABYAAAASEsAAOjgAQCoUQIAwCIPAJiMAABQqQIA0LIIANg/CgCInQEAmNsDAPDbAwDA5RAAGOYQAHDmEADI5hAAqHICAPjFBwBYAAAAMJ0BAIidAQCwRwIAqDsCAMDuDQA4KAAASEsAAOjgAQAwuw0AYF4CAGBeAgCoOwIASEsAAOjgAQBA4QEAmOEBAPDeDQBI3w0A0NQPACjVDwCA1Q8A2NUPADDWDwCI1g8AgBUNACDbCQC4xg8AEMcPAGjHDwDAxw8AqDsCAECmEQBYDxEAOCgAAPjqDQBA1gEAmNYBAJjWDABYvwYAyA4AAKg7AgCYqgwA8KoMAFCpAgCY1gEAGBkAAEhLAACoOwIAwO4NANi8EADQsggAqDsCANhiAgAwYwIAEGEQAGhhEADASAYAaAQDAHgnAwCQtwAAqJkAAOi4BwBIqwEAACsPANCyCABISwAA8HsCAEh8AgCgfAIAoMYOAKDGDgCAGAEAqJkAAACaAABQ8QAAGGACAHBgAgDIYAIAIGECAHhhAgAYYAIAOCgAAIDpAQDY6QEAgAoNANgKDQCwTwMA+IILAJhfDwBgYw8AWDwCALA8AgAIPQIAcLYKAMi2CgAoeA0ACKMBAKDFBwBwdAoAqJkAAJiMAADYvBAAkLcAAEDWAQCY1gEAqGYGAIiEAgAY2AYAoMUHAHB0CgComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAPh3AACIhAIAGNgGAJhqBAA4KAAAINsJAKiZAADQsggA0LIIAAitEABgrRAAMLEJABjFEABwxRAACK0QABgZAACQtwAAePgDAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAWAAAAFgAAABgBgIAQM0EAJC3AABoBAMAiIQCABjYBgCgxQcAcHQKAJC3AACYlAEAcNEBADg3EQDo4AEAqF8BAEAuDQCYLg0AqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABgZAABwGQAAiCUIAEhLAABw/AUAOP4NAOimAgDIDgAACKMBAKiZAAAYGQAASEsAAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEA6D0EAEA+BAB45AYA0OQGACjlBgCA5QYA2OUGADDmBgCI5gYA4OYGAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEA6OABAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBISwAAmIwAAHgfDQCInQEAqJkAAACaAABIqwEAmIwAAEDOAACAlAAAaM0NAEgECQCgBAkAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAEDNBACInQEA2MIDAFi/BgAY2AYAmIwAAOBOCQBAzQQAmJwCAJiMAACIhAIAGNgGAKDFBwBwdAoAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQCIhAIAmIwAAJiMAADwjAAASI0AAKCNAAD4jQAAUI4AAEDWAQCY1gEAyA4AACAPAACAjAoAQNYBAJC3AAComQAAOCgAAIDpAQDY6QEAgAoNANgKDQComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBALBHAgDAcAsAGHELAMDxAQDQsggAqFECAJC3AACQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAOg9BABAPgQAeOQGANDkBgAo5QYAgOUGANjlBgAw5gYAiOYGAODmBgAwnQEAANYCAFjWAgCw1gIACNcCAGDXAgC41wIAyA4AAGjCAgDAwgIAiIQCAOjgAQComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQCI3A0A4NwNAKiZAACoXwEAEHwSAGh8EgDAfBIAGH0SAHB9EgDIfRIAIH4SAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBAIjcDQDg3A0AkLcAAJiUAQBQ+QEAqPkBAGAGAgAAKw8ASEsAABjYBgCgxQcAcHQKAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBAIjcDQDg3A0AGNgGAHDYBgDI2AYAINkGAHjZBgDQ2QYAKNoGAPg3DgBQOA4AqDgOAAA5DgBYOQ4AsDkOAAg6DgAQYgEAiNwNAODcDQAolAAAgJQAAGjNDQBIBAkAoAQJAPgECQBQBQkAqAUJAAAGCQDYPwoAoMUHAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBAIjcDQDg3A0AyA4AAJh1BADwdQQAACsPAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAiNwNAODcDQBAlgQAmJYEAPCWBABIlwQAoJcEAPiXBABQmAQAqJgEAACZBABYmQQAsJkEABBiAQCI3A0A4NwNADgoAABIqwEAePgDAGjeAACwXQIAePgDAMgOAACYdQQA8HUEAAArDwCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBAIjcDQDg3A0AAAAAAKg7AgAAAAAAqDsCAAA8AgBYPAIAsDwCAAg9AgBgXgIAuF4CANiWAwAwlwMAiJcDAOCXAwCY1gwA8NYMAMikEAAgpRAAeKUQANClEAAophAAgKYQANimEABgXgIAuF4CAKh2CAAgqA8AeKgPANCoDwAoqQ8AaPAQAKjBEABA1gEAqDsCAJBiCgAArBAAWKwQALCsEACoOwIA6F4PAEBfDwCYXw8AuFUQAOheDwAouREA+EsAAOAFBAA4BgQAsKEQALiiEAAQoxAAaKMQAJjWDACoMA0AqM0BAMAaDgComQAAyA4AAKh2CAAgDwAA0CIBAKC3CADoXg8AQF8PAJhfDwC4VRAAEFYQANhiAgComQAAAJoAAJjWAQCodggAIKgPAHioDwDQqA8AKKkPAKhRAgB4+AMAqDsCAKh2CACgHwAAqFECAJiMAAAA2QEAaMICABjYBgCYjAAA2LwQADC9EABAphEAWA8RAACaAACwRwIA0CIBAFhRBgDYvBAAGBkAAKg7AgDA7g0A2LwQANCyCACoOwIAwEgGABhJBgBwSQYAUEgQAHD8BQDI/AUAqFECAABSAgBYUgIAqHICAEDWAQAoeA0A8HANAEhxDQCgcQ0A+HENAFByDQCocg0AAHMNAGBeAgC4XgIA8HANAEhxDQAQCgwACM4QAGDOEAC4zhAAYF4CAIBJAwCgSwAAiLoRAOC6EQA4uxEAQNYBAKgjCgBo3gAAsF0CAKhRAgBIqwEAqDsCABAKDACwmQ8AYD0CALg9AgAQPgIAaD4CAMA+AgAAAAAAqDsCAJBiCgDoYgoAoL4CAOhLDgBATA4AmEwOAPBMDgCodggA4MAPADjBDwCQwQ8A6MEPAEDCDwCYwg8AqHYIAODADwA4wQ8AkMEPAOjBDwBAwg8AmMIPABAKDACwmQ8AYD0CALg9AgAQPgIAaD4CAMA+AgBIMRAAmLwRAMDuDQAAxQ8AGEgKACiUAACYjAAAwO4NAADFDwAYSAoAKJQAAJiMAADgTgkAqDsCAEgxEACYvBEA8LwRAEi9EQCgvREA+L0RAFC+EQCovhEAAL8RACiUAABIqwEASKsBAKg7AgDw3g0ASN8NAKDfDQD43w0AAKwQAIidAQCwRwIAqDsCAJjWDABYvwYA6OABAPC4CwDIDgAAOCgAAEhLAACoOwIAwEgGABhJBgBwSQYAUEgQAKhIEAAASRAAWEkQALBHAgBYfAoAsHwKAKg7AgDASAYAGEkGAHBJBgBQSBAAqEgQAABJEABYSRAAQM4AAMgOAACgHwAA0LIIAKg7AgBAphEAmKYRAIBJAwBIAwIA8LwRAGgKDADQsggAqDsCAKjBEAA4KAAAqDsCAJjWDADw1gwAGBkAAKiZAAAAmgAAqDsCABAKDACwmQ8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBAKh2CABQfxAAqH8QABjDAgBwwwIAqDsCAOheDwBw/AUAOP4NAJD+DQDo/g0ASDEQAKAxEABIMRAAoDEQAPgxEABQMhAAwEgGAGgEAwCg3hEA+N4RAFDfEQCo3xEAAOARAFjgEQCw4BEACOERAEgxEACgMRAAwO4NAKhRAgDAIg8AUPYCAHC2CgAQCgwAsJkPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQDYYgIAMGMCABBhEABoYRAA6F4PACi5EQD4SwAAmBIEAEjfDQBA1gEAmNYBAKC+AgBISwAAqDsCAMBIBgBoBAMAoN4RAPjeEQBQ3xEAqMEQADgoAACoOwIA6F4PACi5EQD4SwAAADwCAPjqDQBIqwEASKsBAKCrAQBo3gAAMJ0BAIidAQCwRwIAqDsCABAKDACwmQ8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAKJQAAEDWAQAArBAAiJ0BALBHAgCoOwIAGOQNAHDkDQDYvBAA0LIIAEirAQBAzQQAiJ0BALBHAgCoOwIAqMEQADgoAACoOwIA6F4PACi5EQD4SwAAQPMRAJjzEQDw8xEASPQRAKD0EQD49BEAUPURAKj1EQAA9hEAWPYRALD2EQAI9xEAYPcRAGBeAgC4XgIAOKgQANi8EABwGQAAeE4BAKBLAAD4SwAA4AUEAKg7AgAQCgwAsJkPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQCowRAAwEIIABhDCABwQwgAyEMIACBECAB4RAgA0EQIAOAeDgA4Hw4AkB8OAOgfDgDw4QEAAAAAAAAAAAAAAAAAqDsCACAUDQBASxIAmEsSAPBLEgCY1gwA8NYMAKArEgD4KxIAUCwSAKgsEgAALRIAwO4NAGiECADQsggAePgDAJiMAABQqQIAGBkAAKg7AgDA7g0AaIQIANCyCACYqgwAGBkAAEBLEgCYSxIA8EsSAJjWDADw1gwAoCsSAPgrEgBQLBIAqCwSAAAtEgDA7g0AaIQIANCyCADIDgAAaMICAMDCAgDgTgkAOE8JALBHAgDAcAsA0CIBAKg7AgCY1gwA8NYMAKArEgD4KxIAUCwSAKgsEgAALRIAQKYRAABSAgDQXQcAAAIDAEirAQAAKw8AmNYMAPDWDACgKxIA+CsSAFAsEgCoLBIACEgCAKg7AgCwRwIAwHALABhxCwAgFA0AQEsSAJhLEgDwSxIAmNYMAPDWDACgKxIA+CsSAFAsEgCoLBIAAC0SAFgAAABAUgEAmFIBAFD2AgAwnQEA0LIIAAitEAAAmgAAKHgNAGjCAgBw/AUAOP4NAIiEAgDo4AEAsEcCAHj4AwCASQMAKJ4EAICeBADYngQAMJ8EANhiAgAwnQEAWL8GAKBLAACoOwIAEAoMALCZDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBgXgIAuF4CAOheDwCAqQ8AAEQOAJBiCgDoYgoAAJoAAEjMDACgzAwAqDsCAJiqDADwqgwAQFQPAFgAAADQIgEAqDsCABAKDAAIzhAAYM4QAAAAAAC4zhAAIIQQAECpBQBYUQYA2LwQANCyCACoOwIAADwCAFg8AgCwPAIACD0CANhiAgAwnQEAWL8GAKBLAACoOwIAEAoMALCZDwAImg8AYJoPALC/BgDASAYAGEkGAPCUAQDo0g0AQNMNAEDTDQCIqg8A8MsBACCWCgB4lgoA0JYKAABqEABYahAAWAAAAEBSAQCYUgEA2BIOADATDgCIEw4A4BMOAKg7AgDASAYAGEkGACCEEAB4hBAA0IQQACiFEACAhRAA2IUQAEDNBADwVw4ASFgOAAhlBwB4+AMAkLcAAOi3AACIeQ0A4HkNADh6DQCACg0A2AoNAKiZAAAAmgAAUPEAAEgsAwCwRwIACEgCAJiMAAAouREA+EsAAOAFBAA4BgQAwO4NABjvDQBw7w0A6F4PAEBfDwCYXw8AYGMPAFg8AgCwPAIAMMYNAIjGDQCAqQ8AAEQOAKh2CACgHwAAqJkAAOheDwAouREA+EsAAAA8AgCQ0REA6NERAEDSEQCY0hEAqHYIAFB/EACofxAAGMMCAHDDAgCoOwIA6F4PAHD8BQA4/g0AkP4NAJBiCgDoYgoASDEQAEDWAQBIzAwAoMwMAKg7AgDQIgEAWFEGAFD2AgBwtgoA+OoNAEDWAQCoOwIA0CIBACgjAQBA1gEAmNYBAJjWDADw1gwAOCgAAPjqDQBA1gEA0CIBAFhRBgCIhAIAGNgGAKDFBwComQAACGUHAAA4BwBISwAAGNgGAKDFBwBwdAoAqDsCAAA8AgBYPAIAsDwCAAg9AgAAPAIA+OoNAEDWAQCoOwIA6F4PAJiMAAAA2QEAKLkRAPhLAADgBQQAOAYEALChEAC4ohAAEKMQAGijEAAAPAIAWDwCALA8AgD47w8AUPAPAKg7AgDoXg8AQF8PAJhfDwCYDQ0A8A0NAEgODQCgDg0A+A4NAFAPDQCoDw0AABANAMBkBAAYZQQAIIQQAHiEEAD4NwMAUDgDAAArDwBY2QEAULASAKiwEgD4OxQAcOEOAHj4AwAAzgEAQOUSAGBUFADQsggASEAAAACxEgBYsRIAQOUSABiTEgAITgAA+OAUAGBUFADQsggAYFQUAGBUFADQsggAQOUSANg3FABgVBQA+OAUALBHAgD4HwAAgBgBAPjgFACAGAEAwN8SAMDfEgDQsggACK0QAAAhAACAGAEA8M4AAPDWAQCYjRIAmI0SAGBUFADw1gEAYFQUAFBWDwAoqxIAgKsSALhMEwBQsBIAqLASADCeEwD44BQAoAkAAEDlEgAoqxIAgKsSAIAYAQCwphIAuBIUABATFACIBBMAsEcCAMDfEgCI4xIA4OMSAFCwEgCosBIA0JwTANAiAQCYvBEAwN8SAJiuEgDA3xIAcHQKAICEFAC4TBMAQOUSAHi9EwBgVBQAoAkAAKAJAACoxhIAAMcSAFjHEgD44BQAyA4AAOi4EgBAuRIA6LgSAEC5EgCgEhMA+OAUAABEDgB4PQMA0LIIAEgECQDQsggAqMYSAADHEgB4YhQAgBgBAKjGEgAAxxIAeGIUAPgfAABQsBIAqLASANCCAgCoOwIAqDANAEDlEgCASQMAAEQOAABEDgCoOwIASEsAAMDfEgDYthIAILUSABDbAQBQ4RQAUOEUACC1EgBIuhIAoLoSAPi6EgDQHw0AgCANAEDlEgAYdgIA6LgSAEC5EgDA3xIAILUSAHi1EgDouBIAKOoTAOi4EgAo6hMAgAsUAMDfEgAozBIAqDsCAKg7AgCQshQA6LIUABC5EACwxxIACMgSALCmEgCwxxIA2G0NAKg7AgCoxhIAAMcSAKjGEgAAxxIAqMYSAADHEgCYuRIAuEwTAJizFADwsxQAcGsCACC1EgCwphIA6LgSAEC5EgBwawIA0LIIAKg7AgD44BQAqDsCAJCyFADoshQA2MESANC6FABA5RIAQOUSAHhNBQB4TQUAeE0FAIBJAwDgTgkAWA8RAOiOCgBYDxEAWEkQAFhJEABISwAAGFIOAMgJFACQzhIAEP8AAMgOAADIDgAAUNESADi7EQAQ/wAA+PkTAMgOAAA4uxEAwN8SAMDfEgDA3xIAwN8SAMDfEgCwphIAsKYSAMDfEgDA3xIAwN8SAMDfEgDA3xIAwN8SALCmEgCwphIAsKYSAMDfEgDA3xIAwN8SALCmEgCwphIAgNcSALCmEgCwphIAwN8SAMDfEgDA3xIAqDsCAKg7AgDocBQAoAkAAOhwFACgCQAAUNwSAGCSDgCoOwIA+OAUAEDWAQAglgoAqDsCAMgOAADIDgAAwN8SAMDfEgBIqwEA0LoUAKjGEgAAxxIAgEkDAEDlEgD44BQAyA4AACjiEgCoOwIAEAQDAKAfAAB4+AMAWHwKABgZAADQsggAoBoJANCyCABAOhQAoAkAALhMEwAYkxIAsMcSAAjIEgCQjQMAqMYSAADHEgB4YhQAsL8GAPjgFACoOwIAqDsCALDHEgAIyBIAADENAEDlEgDYQhQA0LoUAMgOAACYpwIAaN4AAGjeAABo3gAA+OAUAGjeAABogAIA0B4RAPjgFACYpwIA+OAUAKCdAgCoUhQAQC8UAJgvFAA47xIA+OAUAAi3FABgtxQACC8DAIAYAQD44BQAOB4SAKAJAAD44BQAWAAAABgZAAAIrRAAGJMSAHj4AwCw5RMAWAAAAKhSFACgCQAA+OAUAHi9EwCgCQAAQOUSAKAJAACgCQAAUKITAEDlEgAYkxIAaMICAHj4AwBQ/RIA6GkEALhCBABA+xIAqEsEAFDhFABohAgAsKYSALgSFAAQExQAcEAUAKA/BACoxhIAAMcSAHhiFAD4EhMAsKYSAPjgFADYSwYAmD4EAEBIEwCwphIAwN8SAMDfEgCoxhIAAMcSAMDfEgCI4xIA4OMSACAPAABA5RIA0NsJAAArDwBA5RIA4OsTAODrEwBA5RIAgBYUAHDgEgBwkQQAqDsCAEDlEgCQBRMA8NYBAPjgFACoOwIAqDsCAKg7AgBQ4RQAqDsCABiTEgD44BQAqDsCAEDlEgDQuhQAiOMSAODjEgDYIA0A0EoGAJjMEwAgFwwAiEcPAPjgFADQ2QYA+OAUAEjoCgBQKRMAACEAAEDlEgCQBRMA6AUTAFiuEwD44BQAaMICAAArDwBA5RIA2DcUABD/AACYzBMAQEgTAKhqDABIuQAAqFECAKg7AgCwphIAuBIUABATFACoxhIA4AwUAIhHDwCInhMAGJMSAMgOAACAGAEAQBETAGiaEwDAmhMAWK4TAEhLAACwphIAuBIUABATFABwQBQAyEAUAFiuEwBISwAAWK4TAEhLAADInhIA+B0TAPjgFACoOwIA+OAUAKg7AgBA5RIA2DcUALhMEwBA5RIAKAMTAIADEwDYAxMAiJMTAKg7AgAYtBIAQOUSAMDfEgCI4xIA4OMSALgrEwBgcwYAGJMSAICEFAAAMQ0AUOEUAMDfEgBQ4RQAwN8SAMi0EgCASQMA0DkTACg6EwCAOhMAKAMTAIADEwDYAxMAMAQTAOiUEwDQORMAKDoTAIA6EwDInhIA6L4FALCmEgC4EhQAEBMUAHBAFADIQBQA6JYLAPjgFABowgIA+OAUAJjMEwAYkxIAeE0FAJg+BADo4AEAwN8SAIjjEgDg4xIAsK4TAAAhAACwphIAuBIUABATFAD44BQAgEkDAHBAFADIQBQAcGkKAFiuEwBISwAAGDgTAHA4EwDIOBMAIEEUANDZBgAYOBMAwN8SANAgFACwphIAUOEUAMDfEgCI4xIAUOEUAAArDwCoOwIA0LoUAIjjEgDg4xIA2EgHAEDlEgDYNxQA+OAUAADsDQBA5RIA+OAUAOgIBwC4PhQAsKYSAFDhFADouBIAQLkSANCyCADonxMA0DkTACg6EwCAOhMA0LoUAIjjEgDg4xIAUP0SAGjCAgAAKw8AuD4UAPjgFAAAKw8AqDsCADDrEwDQsggAUPYCALg+FAAQPxQAaD8UAMieEgCAGAEAQOUSAPjgFACAqQ8AGJMSACh4DQCwphIAuD4UALCmEgC4PhQAwN8SAFDhFABQ4RQAUOEUAMDfEgCI4xIA4OMSACgDEwCAAxMA2AMTADjAEwAgQRQAeEEUAJjMEwAAIQAAMAQTAFATEwC4PhQAED8UAGg/FADAPxQA0LoUAHDgEgAo5xQAIA0TAHgNEwAo5xQAGDgTALg+FACwphIAuBIUABATFACwphIAuBIUABATFAD44BQA4BcUADC7DQD44BQAACsPAPjgFADAeQgAGJMSAKg7AgDw1gEAgBgBAEDlEgCAFhQAcOASALAyFAAAAAAA0LIIAAAAAACo4RQAQOUSAIAWFABw4BIAsDIUAAAAAADQsggAAAAAAPjgFAD44BQA+DsUAPjgFAD4OxQA+OAUAPg7FACo4RQA+OAUAODrEwBQ4RQAwN8SAMDfEgCI4xIA4OMSAEDlEgDYbQ0A2DcUAABEDgCwphIAuBIUABATFADI9hIA+OAUAKhSFABISwAAkKoTAOAMFABohAgA0BUUACgWFAB4YhQAePgDALg+FAAQPxQAaD8UAEDlEgBA5RIAwN8SAIjjEgDg4xIA6PQJAAAAAAAIeBMAYHgTALh4EwCgGgkA0CAUACghFACAIRQA+OAUAMieEgAwuw0AsPcCAAArDwBA5RIA+OAUALDlEwC4AQsAyJ4SAPjgFABwdAoAuEwTAKjGEgAAxxIA6LgSAEC5EgCwphIAuBIUABATFACY2wMAQOUSAPjgFABAPgQAwN8SAMDfEgCI4xIA4OMSANCyCAAAIQAAwN8SADAMFADA3xIAiOMSAODjEgBQyxQAAAAAALCmEgC4EhQAEBMUAEDlEgCQBRMA6AUTABiTEgBA5RIAYH0KAJjMEwAYkxIAgCMBAAAAAAD44BQAmMwTABiTEgCAIwEA0IYTALCmEgC4EhQAEBMUAIAWFABw4BIA+OAUAEDlEgDA3xIAiOMSAODjEgD44BQAePgDAKjOEwCoOwIA0JETAMDfEgAQ/wAAOPQJAEhLAADYQhQAePgDAPDWAQD44BQAAJoAAODrEwCY2wMAINAUALgSFAAQExQAcEAUAMhAFADoRxMAqDsCAKg7AgBA5RIAeGIUACi7FACAGAEAuEwTAKg7AgDQnBMAWL8GAJAFEwDoBRMA6EcTAIidAQDQhhMAKIcTAICHEwDQsggAAAAAAAAAAAAAAAAA+OAUAJjMEwAAAAAAAAAAAAAAAADQnBMAEKUTAEhLAACoOwIAgBgBAPjgFACoUhQAmMwTANCyCADA3xIAQEgTAEBIEwDA3xIAcOASAHg9AwCAhBQA0LoUAHDgEgB4TQUAsKYSAAinEgB4TQUAqJkAAEhLAADAhAgA+OAUAJiMAADAhAgAUOEUADiqEwDoRxMAqMYSAADHEgCYuRIAkAUTAOgFEwCoxhIAAMcSAJi5EgCQBRMA6AUTAEhLAABISwAAUCkTAPDLAQDQIBQAKCEUAIAhFABYrhMA+OAUAHj4AwDA3xIA+OAUAEA+BADA3xIAiOMSAODjEgAwtBMAiLQTAHhNBQB4TQUA+OAUAEA+BABAPgQA0EoGADDrEwAYkxIAAAAAAPjgFAD44BQAqJkAAAA9FACoOwIAQOUSAEA+BADgFxQAqDsCAJDNCwCwRwIA8METAEjCEwBYAAAAWAAAANDZBgBA5RIAqDsCAPjgFAD44BQAGBkAALCmEgC4EhQAEBMUAHhEEwAA7A0AoD8EAMDfEgCI4xIA4OMSAEgxEACoxhIA4AwUAIDqEwB4vRMAcHQKAHi9EwB4vRMA0LIIABgZAACoxhIA4AwUAADHEgCwphIAQOUSAHi9EwDQvRMAKL4TAICEFADQyBMAUBAUAMDfEgBAPgQAQOUSAOCYCgAYoAoAAAAAAAikEwBgpBMAAAAAAAAAAADAqgoAcLQSAADsDQBA5RIA+OAUAPjgFADg6xMASEsAAEDlEgD44BQAmLwRAEDlEgCAGAEAqDsCAEDlEgCQGBQAGBkAAEAREwCAhBQAuEwTAPjgFAD44BQA+OAUABgZAAAYGQAAGBkAALhMEwD44BQA+OAUABgZAAAYGQAAGBkAABgZAAAYGQAAwN8SAIjjEgDg4xIA+OAUAKg7AgD44BQAqDsCAPjgFACAGAEAgN8TAIAYAQCoOwIA+OAUAKAJAACA3xMAoAkAAOAXFABwdAoAgN8TAIBJAwAAAAAAePgDADDgEwB4+AMA+OAUAOAXFAB48RQAQOUSAHjxFAD44BQAePEUAMDfEgCI4xIA4OMSAPjgFAB4sBAAgBgBABiTEgDIDgAAyA4AABiTEgAAKw8A4BcUAIBJAwD44BQAgEkDALCmEgC4EhQAEBMUAMDfEgCI4xIA4OMSAKg7AgCY1gEA+OAUAKg7AgD44BQAQOUSAPDMEwCoOwIAgBgBAEDlEgD44BQAePgDAKg7AgDw1gEA8O0TAIAYAQDItgoAgIQUAEDlEgDQsggAoAkAAPjgFACA3xMAAAAAAOi4EgAo6hMAgAsUACgCDADouBIAQLkSACgCDACY4hMAKAIMACgCDADA3xIAMAwUACgCDADo4AEAqMYSAOAMFABQlBQAoAkAAKg7AgDouBIAQLkSAKASEwCYvBEAwN8SAIjjEgDg4xIAUEcUAEDlEgBQqhQA2DcUAPipFABA5RIAQOUSAPj5EwBQ+hMAqPoTAPj5EwBQ+hMAqPoTAAD7EwBY+xMA+PkTAFD6EwCo+hMAAPsTAFj7EwDYNxQAwN8SAIjjEgDg4xIAUEcUAEDlEgBQqhQA2DcUAPipFABA5RIASBYOAEDlEgBISwAAUPYCAEhLAADQuhQAiOMSAODjEgBA5RIAwAgUANCyCAB4+AMA4BMOAIBJAwDYeRQA4AwUAIjqAQCoOwIAyA4AAAAAAAAoeA0AAAAAACjqEwAIBxQAYAcUALgHFAD44BQA0LoUAIjjEgDg4xIAqDsCAKAJAAB4TQUAeE0FAICEFACoOwIAsKYSAKg7AgBA5RIAgEkDAEDlEgCA4wMAqFIUAKhSFABIMRAAQOUSAPjgFACoOwIAqMYSAADHEgDQuhQAiOMSAODjEgDQuhQAqDsCANCyCAD44BQA0LIIABAIFADosQ0AcHQKAKAJAACAhBQA0E0FAECdFABIlQEAEP8AALAyFADouBIAQLkSAHgcDgDYeRQASNcMAKg7AgBoHhQASNcMAMhWFACAWBQAwDsOAEgDAgCwphIAuBIUABATFACoOwIA+OAUAPjgFADQuhQAaMICAGjCAgDQuhQA0LoUANCyCAAgwBIAeMASAEAkFACQzhIAsKYSAMDfEgBw4BIAYEgCAMDuDQCozQEAsMcSALCmEgAwwwMASAMCANBKBgCIQAoAqMYHALBHAgBISwAAWGcGANCyCAD44BQAACsPAOhwFAAQBAMAcIwCABAEAwBwjAIA8IYCACAXDABQ4RQAsPcCAPjgFACgCQAAqDsCAOjOEgCgHwAAMMMDAJCyFACoOwIA+OAUACC1EgAQ2wEA+OAUAICEFAAQ5BQA0E0FAPjgFACASQMAgEkDAIBJAwCASQMAQOUSADDDDgCoOwIAQOUSAIBJAwCoOwIAyFYUAIBYFAAg7BIAqDsCAIgXFABw4BIAGBQUAKg7AgBISwAAaMICAPg7FADIDgAAACsPALCmEgC4EhQAEBMUAKAaCQDA3xIAiOMSAODjEgAgQRQAeEEUAJAFEwDoBRMAkAUTAOgFEwDA3xIAyFYUAHBrAgD44BQAqDsCAHg9AwDouBIAiDgUAEDlEgD4ZxQA8FcOANi8EACoOwIAyFYUAIBYFABQlRAAGBkAAMhWFACAWBQAUJUQAMiXAgDIVhQAgFgUAFCVEACoxhIAAMcSAHhiFAAoYxQAoEYUAPhGFACwSBQAyFYUAIBYFABQlRAAyFYUAIBYFABQlRAAyFYUAIBYFABQlRAAqMYSAADHEgBQlRAA4EcPAKjGEgCoBRQA0LoUADAMFAD44BQAqDsCADgoAAA4KAAAsEcCABhgAgCYjRIAmFAUAKDGDgDYNxQAqDsCAPjgFACoOwIAmOEBAAgoFACIRw8AqDsCAKg7AgDAvhIAuEwTAJizFAAAxxIAiOoBAKg7AgCYag8A+KsBAPjqDQBQRxQAwN8SALBHAgDo/g0AUEcUAIBJAwBQRxQAgEkDAEDlEgCoOwIAyFYUAIBYFAD44BQAqMYSAADHEgB4YhQAoMwMAKg7AgCoOwIAqDsCAKASEwCoOwIASEYUABBWEADIDgAACI8PAOi4EgBA5RIAqDsCALCmEgAo0A0ASNcMAFDLFAAAAAAASNcMAHCZEAAobhQAeJoQAIBuFAC4TBMAWBEUANC6FABw4BIAyFYUALhVEACYjRIAuEwTAChuFAC4TBMAgG4UALhMEwDIVhQAgFgUANghFABYAAAA8MkJAEhLAACYxBIAyA4AAKg7AgBI1wwAwL4SAKg7AgCA6hMAyJcCAPBmFAAAqxQAWKsUAHj4AwCgzAwAgMYUAKg7AgCoOwIAgPUTAEgDAgD44BQA8CAOAPAgDgDwIA4A8CAOALBHAgCwRwIAeMYQAKg7AgCoxhIAGHcUAMhWFABorRQAqDsCAMhWFAAQVhAAqDsCAGBUFACwXhQAqMYSAIg4FACoOwIA+GcUAFBoFAAYoxQAqGgUAKg7AgCoOwIAyFYUABBWEABgVBQAsF4UAKjGEgCIOBQAqDsCACg3FACoxhIAAMcSANC6FABw4BIAqDsCANh5FACAhBQAgIQUABD/AACgDxQAcIIUAFAQFACgAwIA8CAOAPAgDgDwIA4A8CAOAKg7AgDwZhQAMO4SALDHEgBwyhIAoMwMAFBIEADQggIAwK0UAKgFFABgVBQAQOUSAMiuFABA5RIAgIQUAIBJAwCgxg4AoMYOAKg7AgAA7A0A+GcUAFBoFADQsggA0LIIAOjREQCoxhIAAMcSAADsDQD4ZxQAUGgUANCyCADQsggA6NERAJBPFADoTxQAqMYSAOAMFACACxQAAAAAAEDlEgBA5RIAeD0DAMDfEgDIVhQAiGUQAEisEwDgDBQAUJQUAGChFADQuhQAMAwUAIBJAwCgrBMAeGIUAOjgAQD44BQACH8CAFgAAABQRxQAyFYUAIhlEABISwAAwN8SANCyCACoOwIAqMYSAADHEgDo0REA+DEQAIBJAwCASQMA8MsBAPDLAQDwywEA8MsBAIBJAwBA5RIA8MsBAKg7AgCoOwIAqDsCAAAAAAAAAAAAyFYUAGitFACoxhIAAMcSAOjREQBoYRAA+OAUAMhWFADo4AEA+OAUAMhWFACQshQA6LIUAEDlEgCoOwIAqDsCAHj4AwDQsggAqJkAAKg7AgDwZhQAAKsUAFirFACwqxQACKwUAGCsFAC4rBQAgEkDAKjGEgAAxxIAmLkSAPhnFABQaBQAOLIUAEDlEgCAhBQAgIQUAICEFACAhBQAyFYUAEjXDACASQMAILUSABDbAQC4XgIAqMYSAOAMFAAQVRQA0LoUAIjjEgCYUBQAULUUAKi1FAAAthQAWLYUANC6FABw4BIAKEUIANC6FABA5RIAcLkUAIBJAwAAKw8AOD0PALBIFAAILA8AwN8SAICEFAAoWBQAqDsCALheAgAAlRQAAJUUALheAgAoAxMAgAMTAFjHEgCoOwIAgIQUAMhWFAC4VRAAmFAUAFC1FACotRQAALYUAFi2FACwthQAsEgUAJhQFABQtRQAqLUUAAC2FABYthQAsLYUANCyCADouBIAQLkSAJiNEgBwmRAASBYOANCyCAAg5xAAqDsCALheAgC4XgIAgIQUAAAAAAAAAAAAgBgBAMC+EgD44BQAgBgBANg3FACAGAEA2DcUAOi4EgAo6hMAgBgBAMhWFACAWBQAqMYSAADHEgCoOwIAsKYSALCmEgCwphIA0DkTALCmEgCwphIAsKYSALCmEgDouBIAKOoTALCmEgDQORMAsKYSAMATFACwphIAwBMUALCmEgDAExQA0CAUAMATFACwphIAwBMUALCmEgDAExQAcAETAMATFACwphIAwBMUAKjGEgAAxxIAAAAAAOCmFAD4ZxQAUGgUAIjHFACgqRQAyFYUAAAAAADI9hIAMKYUAAAAAAD44BQAyFYUAPjgFAD4ZxQAUGgUAAAAAABwawIA4PYTADj3EwCQ9xMA0LoUADAMFAC4XgIAqDsCAIBJAwBA5RIAGBkAAAArDwCwxxIAmCQUANhuFADYbhQAsMcSAAjIEgDgTgkAsOIUAIBJAwCASQMAyA4AAMgOAACw8xIAQOUSAKADAgCwphIA+OAUAPgxEAAo5xQA+DEQAPjgFACwphIAGJMSAPjgFAAYkxIAsKYSALgSFAAYkxIAkOkUAOjpFACwphIAgEkDAGAdFABA5RIAqDsCAKg7AgCoOwIAePEUAKg7AgCoOwIAqDsCAHjxFACoOwIAkE8JAHjxFAD44BQAAC0SAKg7AgCoOwIAePEUAEDlEgAoAxMAgAMTANgDEwCwphIAEGIBAGBUFACwXhQAqDsCANC6FABw4BIAqMYSAADHEgB4YhQASJUBAJjTDQAIlhQAQJ0UAAArDwCY+BMAKOoTAIALFACIRw8AwN8SADAMFACIRw8A+OAUAOBOCQDI9hIAkBgUAMhWFACAWBQAqMYSAOAMFABQlBQA+OAUABiTEgDo/g0AGBkAAPjgFABwdAoAqMYSAADHEgB4YhQA2L8PAMj2EgAwphQAqMYSABh3FADIVhQAuFUQAPjgFAA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAIAAIADAACAAAAAgAIAAIADAAAAAAAAgAAAAIACAACAAAAAgAEAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAAAAAACAAgAAgAAAAIADAAAAAwAAgAMAAAABAACAAwAAgAMAAAABAAAAAAAAgAMAAIAAAACAAwAAgAAAAIABAACAAwAAgAAAAIAAAACAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAgAEAAIACAACAAAAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAAAAgAMAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAAAAAwAAAAMAAIADAACAAAAAgAMAAAADAAAAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAQAAgAMAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAAAAgAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAIAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAIAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAAAAACAAwAAAAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAIAAAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAIADAAAAAwAAAAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAQAAgAMAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAAAAIADAAAAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAIADAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAADAACAAAAAgAMAAAADAAAAAAAAgAMAAIAAAACAAwAAAAMAAIABAACAAAAAgAEAAIABAACAAAAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAIACAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAACAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAIADAACAAwAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAAAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIABAAAAAAAAgAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAAAAACAAwAAgAMAAAAAAACAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAEAAAABAAAAAQAAgAAAAIABAAAAAQAAAAAAAIABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAAAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAADAACAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAAAAIACAACAAgAAgAAAAIAAAACAAwAAgAIAAIAAAACAAgAAgAIAAIACAACAAgAAgAIAAIAAAACAAgAAgAIAAIACAACAAAAAgAAAAIAAAACAAAAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAgAMAAAADAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQCMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAgABAAAMAAAQAAAABAAAACgHCFAEBBUCCAAgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAUEAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAABAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAQAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAIoAAAIAAAAAAAAAAAAAAAAGAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAIAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAAACAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAABAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAIAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAQMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAQAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAEIAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAEQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAEIAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAgABAAAMAAEQAAAABAAAACgHKFAEBBUCKAAgAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAIAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAABAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAQAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQABAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAARAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAARAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAgAAAAAAAACAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAIAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEBEAAAAABwAAAAAAACoAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAECAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAACAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAACAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAwAAAAAAAAAAAAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAADAAAAAAAJAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAADAAAAAAAJAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCDAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAIAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAIAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAABAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAwAAAAAgABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAABAAAACAHCFAABBUCCAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAIAAAAAGAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAQAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAA"},"index":{"lists":[[17,18,19,34,35,116,118,119,120,249,304],[1,2,4,5,6,7,8,9,11,17,18,19,20,21,22,23,24,25,26,34,35,56,57,58,59,60,61,62,65,66,67,68,71,72,73,74,75,76,77,78,79,80,81,82,83,87,92,93,95,96,97,98,99,100,101,102,103,104,105,106,107,111,112,113,114,116,118,119,120,124,129,130,157,160,161,163,175,176,177,180,181,182,183,197,198,206,209,217,219,220,224,225,238,249,257,260,261,262,267,268,269,274,285,286,295,304,306,308,309,310,311,313,315,316,318,319,322,323,324,325,326,340],[1,2,4,5,6,7,8,9,11,17,18,19,20,21,22,23,24,25,26,34,35,56,57,58,59,60,61,62,64,65,66,67,68,71,72,73,74,75,76,77,78,79,80,81,82,83,87,88,92,93,95,96,97,98,99,100,101,102,103,104,105,106,107,110,111,112,113,114,116,118,119,120,124,129,130,136,157,160,161,163,175,176,177,180,181,182,183,188,189,190,197,198,206,209,217,219,220,221,224,225,238,249,257,260,261,262,263,267,268,269,274,285,286,295,304,306,308,309,310,311,313,315,316,318,319,322,323,324,325,326,329,330,331,340],[17,18,19,34,35,116,118,119,120,249,255,304],[5,17,18,19,24,34,35,56,57,85,109,116,118,119,120,227,249,271,273,304,326,329,346],[17,18,19,24,34,35,116,118,119,120,148,149,150,249,304,332,333,334,335,336,337,338],[6,7,17,18,19,34,35,116,118,119,120,249,274,304],[17,18,19,34,35,84,86,116,118,119,120,249,304],[17,18,19,34,35,116,118,119,120,249,304,319,339],[11,14,17,18,19,34,35,97,116,118,119,120,129,130,155,156,184,185,249,304,319,324,325],[10,11,14,17,18,19,34,35,116,118,119,120,148,149,150,249,304],[14,17,18,19,34,35,116,118,119,120,249,304],[11,14,17,18,19,34,35,59,83,90,95,98,103,104,116,118,119,120,140,148,149,150,151,169,196,197,198,200,204,212,220,222,223,224,225,234,240,241,242,243,246,249,254,262,264,265,266,267,268,269,284,297,298,299,300,301,302,303,304,312,340],[17,18,19,34,35,100,116,118,119,120,249,304],[17,18,19,34,35,42,43,44,50,51,116,118,119,120,128,203,215,247,249,250,252,253,304,305,318],[17,18,19,34,35,116,118,119,120,152,249,304,352],[16,17,18,19,34,35,116,118,119,120,249,304],[1,11,14,17,18,19,24,25,34,35,116,118,119,120,148,149,150,178,179,205,249,304,306,310,311,340],[11,14,17,18,19,24,33,34,35,36,39,116,118,119,120,148,149,150,154,178,179,249,304,306,310,311,340],[4,11,14,17,18,19,22,23,24,26,34,35,61,116,118,119,120,148,149,150,178,179,249,274,304,306,310,311,323,340],[6,11,14,17,18,19,24,34,35,45,116,118,119,120,148,149,150,178,179,180,214,249,251,304,306,310,311,328,340],[0,2,9,11,12,14,17,18,19,20,22,24,34,35,38,48,49,52,53,113,116,118,119,120,148,149,150,172,178,179,180,193,199,202,249,274,276,304,306,307,310,311,314,317,320,340,341,344,347,348,351,353],[3,5,11,14,15,17,18,19,24,26,30,34,35,38,48,52,53,55,64,67,68,91,94,114,115,116,118,119,120,124,126,132,133,135,141,148,149,150,153,158,161,164,172,178,179,180,187,191,192,195,201,208,210,211,216,217,228,236,239,248,249,256,257,274,275,289,296,304,306,310,311,340,349,354],[11,14,17,18,19,24,34,35,116,118,119,120,148,149,150,178,179,249,304,306,310,311,340],[11,14,17,18,19,24,34,35,116,118,119,120,148,149,150,178,179,180,249,304,306,310,311,340],[11,14,17,18,19,21,24,34,35,116,118,119,120,148,149,150,178,179,249,282,304,306,310,311,340],[11,14,17,18,19,24,30,32,34,35,38,116,118,119,120,148,149,150,178,179,248,249,304,306,310,311,340],[11,14,17,18,19,24,34,35,116,118,119,120,148,149,150,178,179,249,304,306,310,311,340,345],[11,14,17,18,19,24,34,35,112,116,118,119,120,148,149,150,178,179,180,186,245,249,304,306,310,311,330,340,342,343],[11,14,17,18,19,24,26,34,35,107,115,116,118,119,120,127,131,142,148,149,150,174,178,179,187,230,249,278,281,292,293,304,306,310,311,330,340],[11,14,17,18,19,24,34,35,37,64,116,118,119,120,126,134,148,149,150,163,164,178,179,207,217,248,249,257,290,294,304,306,310,311,340],[9,11,14,17,18,19,24,26,27,34,35,54,89,116,118,119,120,148,149,150,178,179,180,249,304,306,310,311,340],[11,14,17,18,19,20,24,34,35,37,38,70,116,118,119,120,148,149,150,163,178,179,194,248,249,304,306,310,311,340],[11,14,17,18,19,24,28,29,34,35,40,41,63,75,116,118,119,120,125,137,139,143,148,149,150,159,165,166,167,168,170,171,173,178,179,183,213,218,219,229,232,235,237,238,244,249,258,259,260,261,277,280,287,288,291,295,304,306,310,311,321,327,340],[11,14,17,18,19,23,24,25,26,34,35,79,116,117,118,119,120,148,149,150,178,179,249,304,306,310,311,340],[7,11,14,17,18,19,24,34,35,116,118,119,120,148,149,150,178,179,249,304,306,310,311,340],[11,13,14,17,18,19,24,31,34,35,37,38,116,118,119,120,148,149,150,178,179,180,248,249,304,306,310,311,340],[11,14,17,18,19,24,31,34,35,37,116,118,119,120,148,149,150,178,179,248,249,304,306,310,311,340],[17,18,19,34,35,116,118,119,120,123,138,144,145,146,147,162,231,233,249,279,283,304,350],[17,18,19,34,35,87,116,118,119,120,249,304],[11,14,17,18,19,24,34,35,46,47,116,118,119,120,148,149,150,249,304,306,310,311,340],[17,18,19,34,35,56,116,118,119,120,249,304],[17,18,19,34,35,57,60,62,65,66,116,118,119,120,249,304],[17,18,19,34,35,58,116,118,119,120,249,304],[17,18,19,34,35,69,73,74,76,116,118,119,120,249,304],[17,18,19,34,35,72,96,116,118,119,120,249,304],[17,18,19,34,35,72,116,118,119,120,121,122,249,304],[17,18,19,34,35,72,97,99,116,118,119,120,249,304],[17,18,19,34,35,72,116,118,119,120,249,304],[17,18,19,34,35,77,80,82,96,116,118,119,120,249,304,313],[17,18,19,34,35,78,97,99,106,116,118,119,120,249,304,331],[17,18,19,34,35,81,116,118,119,120,182,249,304],[17,18,19,34,35,96,116,118,119,120,249,304,313],[17,18,19,34,35,99,116,118,119,120,249,304],[17,18,19,34,35,105,111,116,118,119,120,249,304,313,331],[17,18,19,34,35,108,116,118,119,120,226,249,270,272,304],[17,18,19,34,35,116,118,119,120,181,249,304],[17,18,19,34,35,116,118,119,120,249,304,313],[17,18,19,34,35,116,118,119,120,249,304,331],[17,18,19,34,35,102,116,118,119,120,188,189,190,249,304,316],[5,17,18,19,24,34,35,56,57,102,116,118,119,120,188,189,190,249,304,316,326,329],[17,18,19,24,34,35,102,116,118,119,120,188,189,190,249,285,286,304,316],[6,7,17,18,19,34,35,102,116,118,119,120,188,189,190,249,274,304,316],[17,18,19,34,35,102,116,118,119,120,188,189,190,249,304,316,319],[11,17,18,19,34,35,97,102,116,118,119,120,129,130,188,189,190,249,304,316,319,324,325],[11,17,18,19,34,35,102,110,116,118,119,120,188,189,190,249,285,286,304,316],[11,17,18,19,34,35,59,83,88,92,93,95,98,101,102,103,104,116,118,119,120,188,189,190,197,198,209,220,221,224,225,249,262,263,267,268,269,285,286,304,316,340],[17,18,19,34,35,100,102,116,118,119,120,188,189,190,249,304,316],[17,18,19,34,35,102,116,118,119,120,188,189,190,249,304,316,318],[1,8,11,17,18,19,24,25,34,35,102,116,118,119,120,188,189,190,249,285,286,304,306,308,309,310,311,316,322,340],[11,17,18,19,24,34,35,102,116,118,119,120,188,189,190,249,285,286,304,306,308,309,310,311,316,340],[4,11,17,18,19,22,23,24,26,34,35,61,102,116,118,119,120,188,189,190,249,274,285,286,304,306,308,309,310,311,316,323,340],[6,11,17,18,19,24,34,35,102,116,118,119,120,180,188,189,190,249,285,286,304,306,308,309,310,311,316,340],[2,9,11,17,18,19,20,22,24,34,35,102,113,116,118,119,120,180,188,189,190,249,274,285,286,304,306,308,309,310,311,315,316,340],[5,11,17,18,19,24,26,34,35,64,67,68,102,114,116,118,119,120,124,157,161,180,188,189,190,217,249,257,274,285,286,304,306,308,309,310,311,316,340],[11,17,18,19,24,34,35,102,116,118,119,120,188,189,190,206,249,285,286,304,306,308,309,310,311,316,340],[11,17,18,19,24,34,35,102,116,118,119,120,180,188,189,190,249,285,286,304,306,308,309,310,311,316,340],[11,17,18,19,21,24,34,35,102,116,118,119,120,136,188,189,190,249,285,286,304,306,308,309,310,311,316,340],[11,17,18,19,24,34,35,102,112,116,118,119,120,180,188,189,190,249,285,286,304,306,308,309,310,311,316,330,340],[11,17,18,19,24,26,34,35,102,107,116,118,119,120,188,189,190,249,285,286,304,306,308,309,310,311,316,330,340],[11,17,18,19,24,34,35,64,102,116,118,119,120,163,188,189,190,217,249,257,285,286,304,306,308,309,310,311,316,340],[9,11,17,18,19,24,26,34,35,102,116,118,119,120,180,188,189,190,249,285,286,304,306,308,309,310,311,316,340],[11,17,18,19,20,24,34,35,102,116,118,119,120,157,160,163,188,189,190,249,285,286,304,306,308,309,310,311,316,340],[11,17,18,19,24,34,35,75,102,116,118,119,120,157,183,188,189,190,219,238,249,260,261,285,286,295,304,306,308,309,310,311,316,340],[11,17,18,19,23,24,25,26,34,35,79,102,116,118,119,120,188,189,190,249,285,286,304,306,308,309,310,311,316,340],[7,11,17,18,19,24,34,35,102,116,118,119,120,188,189,190,249,285,286,304,306,308,309,310,311,316,340],[17,18,19,34,35,87,102,116,118,119,120,188,189,190,249,304,316],[11,17,18,19,24,34,35,102,116,118,119,120,188,189,190,249,285,286,304,306,310,311,316,340],[17,18,19,34,35,56,102,116,118,119,120,188,189,190,249,304,316],[17,18,19,34,35,57,60,62,65,66,102,116,118,119,120,188,189,190,249,304,316],[17,18,19,34,35,58,102,116,118,119,120,188,189,190,249,304,316],[17,18,19,34,35,73,74,76,102,116,118,119,120,188,189,190,249,304,316],[17,18,19,34,35,71,72,96,102,116,118,119,120,188,189,190,249,304,316],[17,18,19,34,35,72,102,116,118,119,120,188,189,190,249,304,316],[17,18,19,34,35,72,97,99,102,116,118,119,120,188,189,190,249,304,316],[17,18,19,34,35,77,80,82,96,102,116,118,119,120,175,188,189,190,249,304,313,316],[17,18,19,34,35,78,97,99,102,106,116,118,119,120,177,188,189,190,249,304,316,331],[17,18,19,34,35,81,102,116,118,119,120,182,188,189,190,249,304,316],[17,18,19,34,35,96,102,116,118,119,120,188,189,190,249,304,313,316],[17,18,19,34,35,99,102,116,118,119,120,188,189,190,249,304,316],[17,18,19,34,35,102,105,111,116,118,119,120,188,189,190,249,304,313,316,331],[17,18,19,34,35,102,116,118,119,120,176,188,189,190,249,304,316],[17,18,19,34,35,102,116,118,119,120,177,188,189,190,249,304,316],[17,18,19,34,35,102,116,118,119,120,181,188,189,190,249,304,316],[17,18,19,34,35,102,116,118,119,120,188,189,190,249,304,313,316],[17,18,19,34,35,102,116,118,119,120,188,189,190,249,304,316,331]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,3,0,4,5,0,0,6,7,0,0,8,0,9,10,11,12,12,12,12,12,12,12,12,12,12,0,0,13,14,15,0,16,17,18,19,20,21,22,23,23,24,25,23,26,27,28,29,30,23,31,32,33,34,35,36,37,23,23,38,0,0,39,40,0,17,18,19,20,21,22,23,23,24,25,23,26,27,28,29,30,23,31,32,33,34,35,36,37,23,23,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,41],[9679,42],[8250,43],[9135,44],[215,45],[10095,46],[10003,47],[8595,48],[10008,49],[10004,50],[9472,51],[10007,52],[8730,53],[10006,54],[8505,55],[9762,0],[9888,0],[8617,0],[8226,56],[10060,57],[9654,58],[65123,58]],"plainDefault":0,"spaced":[59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,59,60,61,59,59,62,59,59,59,63,59,64,65,59,66,66,66,66,66,66,66,66,66,66,59,59,67,68,59,59,59,69,70,71,72,73,74,75,70,76,77,70,70,70,78,79,80,70,81,82,83,84,85,76,70,70,70,59,59,59,86,87,59,69,70,71,72,73,74,75,70,76,77,70,70,70,78,79,80,70,81,82,83,84,85,76,70,70,70,59,59,59,59,59],"spacedOther":[[160,59],[5760,59],[8192,59],[8193,59],[8194,59],[8195,59],[8196,59],[8197,59],[8198,59],[8199,59],[8200,59],[8201,59],[8202,59],[8232,59],[8233,59],[8239,59],[8287,59],[12288,59],[65279,59],[9676,88],[9679,89],[8250,90],[9135,91],[215,92],[10095,93],[10003,94],[8595,93],[10008,95],[10004,96],[9472,97],[10007,98],[8730,99],[10006,100],[8505,59],[9762,101],[9888,101],[8617,102],[8226,103],[10060,104],[9654,105],[65123,105]],"spacedDefault":59,"blank":59}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,77,79,80,81],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,50,54,57,58,60,61,62,63,64,65,66,67,68,69,70,71,73,74,75,76,77,79,80,81,84,88,89,107,108,109,110,117,118,119,122,123,124,137,138,145,148],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,50,54,55,57,58,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,79,80,81,84,88,89,94,107,108,109,110,117,118,119,122,123,124,129,130,131,137,138,145,148],[6,7,26,27,52,72,77,79,80,81],[6,7,77,79,80,81,101,102,103],[6,7,51,53,77,79,80,81],[6,7,62,77,79,80,81,88,89,105,106,125,126],[6,7,29,50,56,60,63,68,69,77,79,80,81,97,101,102,103,104,113,136,137,138,140,143,149],[6,7,65,77,79,80,81],[6,7,13,14,20,21,77,79,80,81,87,143],[6,7,77,79,80,81,104],[6,7,77,79,80,81,101,102,103,120,121,144],[5,6,7,8,11,77,79,80,81,101,102,103,104,120,121],[6,7,77,79,80,81,101,102,103,120,121],[6,7,15,77,79,80,81,101,102,103,120,121,122],[6,7,10,18,19,22,23,75,77,79,80,81,101,102,103,116,120,121,122,134,139,142],[2,6,7,10,18,22,23,25,33,36,37,56,59,76,77,79,80,81,84,85,91,92,93,98,101,102,103,104,109,110,116,120,121,122,128,132,133,136,141,147,149],[6,7,77,79,80,81,101,102,103,120,121,122],[2,4,6,7,10,77,79,80,81,101,102,103,120,121],[6,7,77,79,80,81,86,98,101,102,103,116,120,121,128],[6,7,9,33,77,79,80,81,85,92,101,102,103,110,120,121,146],[0,6,7,24,55,77,79,80,81,101,102,103,120,121,122],[6,7,9,10,77,79,80,81,101,102,103,110,120,121,135],[0,1,6,7,12,32,42,77,79,80,81,84,95,96,98,101,102,103,110,111,112,114,115,116,120,121,124],[6,7,46,77,78,79,80,81,101,102,103,120,121],[3,6,7,9,10,77,79,80,81,101,102,103,120,121,122],[3,6,7,9,77,79,80,81,101,102,103,120,121],[6,7,77,79,80,81,84,95,99,100,109],[6,7,54,77,79,80,81],[6,7,16,17,77,79,80,81,101,102,103],[6,7,30,77,79,80,81,101,102,103],[6,7,77,79,80,81,101,102,103,108],[6,7,74,77,79,80,81,101,102,103,127],[6,7,71,76,77,79,80,81,90,101,102,103],[6,7,38,77,79,80,81,101,102,103],[6,7,26,77,79,80,81],[6,7,27,30,31,34,35,77,79,80,81],[6,7,28,77,79,80,81],[6,7,37,41,42,43,77,79,80,81],[6,7,40,61,77,79,80,81],[6,7,40,77,79,80,81,82,83],[6,7,40,62,64,77,79,80,81],[6,7,40,77,79,80,81],[6,7,44,47,49,61,77,79,80,81],[6,7,45,62,64,71,77,79,80,81],[6,7,48,77,79,80,81,124],[6,7,61,77,79,80,81],[6,7,64,77,79,80,81],[6,7,70,73,77,79,80,81],[6,7,72,77,79,80,81],[6,7,77,79,80,81,123],[6,7,67,77,79,80,81,129,130,131],[6,7,26,27,67,72,77,79,80,81,129,130,131],[6,7,62,67,77,79,80,81,88,89,129,130,131],[6,7,67,72,77,79,80,81,129,130,131],[6,7,29,50,55,57,58,60,63,66,67,68,69,77,79,80,81,129,130,131,137,138,148],[6,7,65,67,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,122,129,130,131],[6,7,67,75,77,79,80,81,122,129,130,131],[6,7,33,36,37,67,76,77,79,80,81,84,107,109,110,122,129,130,131],[6,7,67,77,79,80,81,129,130,131,145],[6,7,67,77,79,80,81,94,129,130,131],[6,7,33,67,77,79,80,81,110,129,130,131],[6,7,55,67,77,79,80,81,122,129,130,131],[6,7,67,77,79,80,81,107,108,110,129,130,131],[6,7,42,67,77,79,80,81,84,107,110,124,129,130,131],[6,7,46,67,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,84,109,129,130,131],[6,7,54,67,77,79,80,81,129,130,131],[6,7,30,67,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,108,129,130,131],[6,7,67,74,77,79,80,81,129,130,131],[6,7,67,71,76,77,79,80,81,129,130,131],[6,7,26,67,77,79,80,81,129,130,131],[6,7,27,30,31,34,35,67,77,79,80,81,129,130,131],[6,7,28,67,77,79,80,81,129,130,131],[6,7,37,41,42,43,67,77,79,80,81,129,130,131],[6,7,39,40,61,67,77,79,80,81,129,130,131],[6,7,40,67,77,79,80,81,129,130,131],[6,7,40,62,64,67,77,79,80,81,129,130,131],[6,7,44,47,49,61,67,77,79,80,81,117,129,130,131],[6,7,45,62,64,67,71,77,79,80,81,119,129,130,131],[6,7,48,67,77,79,80,81,124,129,130,131],[6,7,61,67,77,79,80,81,129,130,131],[6,7,64,67,77,79,80,81,129,130,131],[6,7,67,70,73,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,118,129,130,131],[6,7,67,77,79,80,81,119,129,130,131],[6,7,67,77,79,80,81,123,129,130,131]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,8,9,10,0,0,11,12,13,14,15,16,13,13,17,13,13,18,13,17,19,20,13,21,22,23,24,13,25,26,13,13,27,0,0,28,29,0,4,4,30,4,4,31,4,4,4,4,4,4,4,32,33,4,4,4,34,31,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,35],[9679,36],[8250,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[10004,44],[9472,45],[10007,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50]],"plainDefault":0,"spaced":[51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,52,51,51,51,51,51,51,51,51,51,53,54,51,55,55,55,55,55,55,55,55,55,55,51,51,56,51,51,51,51,51,51,51,57,58,59,60,51,57,61,51,51,51,57,51,62,51,63,64,65,66,51,57,51,51,51,67,51,51,68,51,51,51,51,69,51,51,70,51,51,51,51,51,51,51,71,72,51,51,51,51,70,51,51,51,51,51,51,51,51,51,51,51],"spacedOther":[[160,51],[5760,51],[8192,51],[8193,51],[8194,51],[8195,51],[8196,51],[8197,51],[8198,51],[8199,51],[8200,51],[8201,51],[8202,51],[8232,51],[8233,51],[8239,51],[8287,51],[12288,51],[65279,51],[9676,73],[9679,74],[8250,75],[9135,76],[215,77],[10095,78],[10003,79],[8595,78],[10008,80],[10004,81],[9472,82],[10007,83],[8730,84],[10006,85],[8505,54],[9762,86],[9888,86],[8617,87],[8226,88]],"spacedDefault":51,"blank":51}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/","value":{"lists":[[30,31],[4,6,7,11,12,24,30,31],[4,6,7,8,11,12,24,30,31],[13,30,31],[7,9,10,11,12,20,26,27,28,29,30,31],[2,30,31],[1,30,31],[3,4,14,22,25,30,31],[16,30,31],[4,30,31],[0,5,6,15,18,23,24,30,31],[17,19,30,31],[21,30,31],[7,8,11,12,30,31],[6,24,30,31]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"passed":{"key":"\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/","value":{"lists":[[13],[2,4,13],[5,13],[0,3,4,10,11,12,13],[0,13],[6,9,13],[8,13],[1,2,13],[7,13],[4,13],[2,13]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,6,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
var GO_EXAMPLE_REFUSAL_LINES = 3;
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
    if (codeRule?.id === "code.go-example-output" && unit !== void 0) {
      const got = this.lineAbove(/^got:$/, GO_EXAMPLE_OUTPUT_LINES);
      if (got > 0 && this.lineNumber - got - 1 <= GO_EXAMPLE_REFUSAL_LINES && unit.lastInfraLine > got) codeRule = void 0;
    }
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
  /** The number of the nearest line above, at most `within` back, that matches `pattern`; 0 when none does. */
  lineAbove(pattern, within) {
    for (let back = 1; back <= within; back++) {
      const text = this.previousLine(back);
      if (text === void 0) return 0;
      if (pattern.test(text)) return this.lineNumber - back;
    }
    return 0;
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
