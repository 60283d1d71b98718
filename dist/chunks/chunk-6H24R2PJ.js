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
} from "./chunk-I6NHE44Q.js";
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
    // The doc reporter (mochajs/mocha lib/reporters/doc.js) prints HTML as each test ends: a passing test as `<dt>title</dt>`,
    // a failing one as `<dt class="error">title</dt>`, then its file, its code and `<dd class="error">message</dd>`. The file's
    // own `<dt>` line is a path, never a title.
    { event: "pass", pattern: /^\s{0,40}<dt>(?![/.]|[A-Za-z]:\\)[^<\n]{1,300}<\/dt>$/, afterOutput: true },
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
var DERIVED = `{"prefilter":{"key":"rules 302\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?:connecting to|connect to|Redis on) ['\\"]?[a-z][a-z0-9+.-]{1,20}:\\\\/\\\\/[^\\\\s'\\"/]{1,255}\\\\/[^\\\\s:'\\"]{0,200}:\\\\d{1,5}(?!\\\\d)/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/(?<!rescue |raise )\\\\b(?:Minitest::Assertion|Test::Unit::AssertionFailedError)(?=:|\\\\s*$)/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/\\\\S\\\\) = [^\\\\n]{1,200}?[;,] want:? \\\\S/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -[235]\\\\b|\\\\[Errno -[235]\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:(?!-)\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error -[235] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5}\\\\./\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError(?!:?\\\\s{1,4}Error connecting to Redis on (?!(?:[\\\\w.-]{1,255}:\\\\d{1,5}|\\\\/[^\\\\s()]{1,255}) \\\\((?!Errno::EINVAL\\\\)|Redis::TimeoutError\\\\)|SocketError\\\\))))/\\n/Error connecting to Redis on localhost:\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?!localhost:)(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{0,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/\\n/(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\bFailed opening required '(?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)' \\\\(include_path=/\\n/\\\\brequire(?:_once)?\\\\((?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)\\\\): [Ff]ailed to open stream: No such file or directory/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt>(?![/.]|[A-Za-z]:\\\\\\\\)[^<\\\\n]{1,300}<\\\\/dt>$/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$/\\n/^!{1,40} (?:_pytest\\\\.outcomes\\\\.Exit\\\\b|Interrupted\\\\b|KeyboardInterrupt\\\\b|stopping after \\\\d)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^JUnit version \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^PHPUnit \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?\\\\S{0,40} by Sebastian Bergmann and contributors\\\\.$/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[21,27,31,32,33,34,35,36,37,47,56,58,61,62,63,169,178,212,224,225,251,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,472,473,474,475,476,477,478,479,480,481,484,485,486,487,488,489,490,491,492,493,494,495,496,497,498,499,500,501,502,503,504,505,506,507,508,509,510,511,512,513,514,515,516,517,518,519,520,521,522,523,524,525,526,527,528,529,530,531,532,533,534,535,536,537,538,539,541,542,544,546,547,548,549,550,551,552,555,556,557,559],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,9472,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,59,9654,65123],"words":11,"quiet":13564,"states":15373,"edges":"AAAAAAAAAAABAAAAVwAAAAIAAAD/igAAAwAAAJ0OAAAEAAAA4dsAAAUAAACLcwcABgAAAOjQAQAHAAAACV4IAAgAAACHJQIACQAAAHmSAAAKAAAAbUoAAAsAAAB5FgoADAAAAOmXAAANAAAAzxgAAA4AAAB+mAEADwAAAHq1AAAQAAAAwycAABEAAABtpgEAEgAAAIQJAAATAAAA7xcCABQAAAAWsAMAFQAAANpHAgAWAAAAgh8BABcAAABsMQIAGAAAAI1JAgAZAAAARzsCABoAAADEVAIAGwAAABDeAgAcAAAATjADAB0AAAAAAAAAHgAAANGpDwAfAAAAUBUBACAAAACbgAIAIQAAAGT+DAAiAAAAbf0BACMAAAAq/AAAJAAAAJICBQAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAr8AOACkAAAAAAAAAKgAAALbGAQArAAAAaSQDACwAAAAY7AEALQAAAHu4CwAuAAAAAAAAAC8AAAABLQIAMAAAAAAAAAAxAAAAXYUCADIAAACIkxEAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAADmIg8APwAAACtbDQBAAAAAC2YNAEEAAAC8NREAQgAAALqODgBDAAAAiNsOAEQAAAAAAAAARQAAAPPfDgBGAAAAAAAAAEcAAACdAg8ASAAAALYHDwBJAAAAX8kTAEoAAAB5Lw8ASwAAACNSDwBMAAAAelIPAE0AAADRUg8ATgAAAPdrDwBPAAAAC3APAFAAAAD2nw8AUQAAAHYiEABSAAAAzSIQAFMAAAA4JxAAVAAAAAAAAABVAAAA2pIRAFYAAAAxkxEAWQAAAK4AAABaAAAAb00EAFwAAACMpQoAXQAAAGhOAQBgAAAAyaIAAGIAAAA+MgsAYwAAAIVZCQBrAAAASk0CAG4AAACtSAQAdAAAAI0/AACxAAAABQEAALsAAAC1VgMAvQAAAAhPDAAIAQAApAESAGEBAACzAQAAuQEAAAoCAAARAgAAYQIAAGkCAAC4AgAAugIAAA8DAAAYAwAAZgMAAHADAAC9AwAAyAMAABQEAAAgBAAAawQAAHgEAADCBAAAzAQAABkFAAAnBQAAcAUAAH8FAADHBQAAyQUAAB4GAAAoBgAAdQYAAIMGAADMBgAA0QYAACMHAAAwBwAAegcAAIIHAADRBwAA4QcAACgIAAAqCAAAfwgAAI0IAADWCAAA5wgAAPsBEgA0CQAAUgISAIYJAAAIXg8AjAkAANsJAACRCQAAf/IMAJQJAAB18AwAmQkAAKYpDACdCQAARlkPAKAJAADAowsA4gkAADIKAADoCQAAADwMADcKAACJCgAAlQoAAOAKAADjCgAANwsAAD8LAACOCwAAmwsAAOULAADqCwAAPAwAAEYMAACTDAAAmwwAAOoMAAD2DAAAQQ0AAPkMAAAiRQIAVA0AAJgNAACmDQAA7w0AAPINAABGDgAAUA4AAKkCEgCfDgAAm3YAAKAOAABpyAEAog4AAPQOAACmDgAAMqINAKcOAAC/qgIAqA4AAFs/AgCpDgAARB8AAKoOAAD9OA8Aqw4AAEWeAQCsDgAA9TEAAK4OAAAQjAMAsQ4AAMcUAwC6DgAAJi0EAL0OAAD4Nw8A+g4AAEsPAAADDwAAc5sJAFEPAACiDwAAtg8AAPkPAAAOEAAAUBAAAFgQAACnEAAAsRAAAP4QAAADEQAAVREAAFoRAACsEQAAtBEAAAMSAAAZEgAAWhIAAFwSAACxEgAAvhIAAAgTAAAcEwAAXxMAAGcTAAC2EwAAxRMAAA0UAAAeFAAAZBQAAHIUAAC7FAAAxxQAABIVAAAfFQAAaRUAAHMVAADAFQAAwxUAABcWAAAfFgAAbhYAAHAWAADFFgAA1hYAABwXAAAiFwAAcxcAAH8XAADKFwAAzBcAACEYAAAoGAAAeBgAAIwYAAAAAxIA0BgAAA3AEQDRGAAAMmsCANQYAAAmGQAA2BgAAP4aAgDdGAAAEnsDACgZAAAL0wAAKRkAAGgfCQAtGQAAOGULAC4ZAAB9GQAAMBkAAKtKAQAxGQAAk+IIADMZAABc0gcANRkAAO+gDAA3GQAAHoAHADwZAACncQIAPxkAAGsnBwB+GQAA1BkAAIAZAABY7wYAgxkAANjhDADrGQAAKxoAAEMaAACCGgAAjRoAANkaAADyGgAAMBsAADIbAACHGwAAoRsAAN4bAADtGwAANRwAADocAACMHAAAmRwAAOMcAADzHAAAOh0AAEIdAACRHQAAnR0AAOgdAAD1HQAAPx4AAEkeAACWHgAAnB4AAO0eAAABHwAAVwMSAEofAACbHwAATh8AAEzPDgBbHwAAsDANALYfAADyHwAA/h8AAEkgAABPIAAAoCAAAKMgAAD4uAYAqCAAAPcgAAD6IAAA9NoGAP4gAABOIQAAAiEAAEZ+BQAFIQAA5usDAFMhAAClIQAAsSEAAPwhAAD/IQAAUyIAAFsiAACqIgAAtyIAAAEjAAAGIwAAWCMAAGIjAACvIwAAtyMAAAYkAAAJJAAAXSQAAGYkAAC0JAAAtSQAAAslAAAMJQAAYiUAAGclAAC5JQAAvyUAABAmAAAaJgAAZyYAAG8mAAC+JgAAwSYAABUnAAAYJwAAbCcAAH0nAACuAxIAxScAAPDjAQDIJwAA9XINAMwnAAC/RxEAzycAABooAADRJwAA+4IJADIoAABxKAAAdCgAAMgoAADUKAAAHykAACwpAAB2KQAAfSkAAM0pAADPKQAAJCoAAC0qAAB7KgAAhSoAANIqAADdKgAAKSsAAEUrAACAKwAAiCsAAAUEEgDcKwAALiwAADYsAACFLAAAhiwAANwsAADeLAAAMy0AADYtAACKLQAAjS0AAFwEEgDmLQAAOC4AAD4uAACPLgAAli4AAOYuAADuLgAAPS8AAEAvAACULwAAnS8AAOsvAADsLwAAQjAAAEMwAACZMAAAqjAAAPAwAAD+MAAARzEAAFMxAACeMQAApTEAALMEEgD7MQAATDIAAE4yAACjMgAAuTIAAPoyAAACMwAAUTMAAFMzAACoMwAAsTMAAP8zAAAJNAAAVjQAAGE0AACtNAAAuTQAAAQ1AAARNQAAWzUAAGU1AACyNQAAwDUAAAk2AAAYNgAAYDYAAGI2AAC3NgAAwTYAAA43AAAcNwAAZTcAAGo3AAC8NwAAyTcAABM4AAAbOAAAajgAAHA4AADBOAAAzTgAABg5AAA1OQAAbzkAAHg5AADGOQAA1DkAAB06AAAjOgAAdDoAAIA6AADLOgAAzjoAACI7AAAqOwAAeTsAAIo7AADQOwAA3jsAACc8AABAPAAAfjwAAH88AADVPAAA8jwAAAoFEgAxPQAAgz0AAIk9AADaPQAA4j0AADE+AAA6PgAAiD4AAIs+AADfPgAA6z4AADY/AAA8PwAAuAUSAKk/AADkPwAA7D8AAA8GEgA+QAAAkkAAAKNAAADpQAAA8UAAAEBBAABOQQAAl0EAAJpBAADuQQAA9kEAAEVCAABSQgAAnEIAAKFCAADzQgAA/UIAAEpDAABSQwAAoUMAAK1DAAD4QwAABUQAAE9EAABRRAAApkQAAL9EAAD9RAAADkUAAFRFAABgRQAAq0UAALJFAAACRgAACkYAAFlGAABeRgAAsEYAAL1GAAAHRwAAD0cAAF5HAABoRwAAtUcAAMBHAAAMSAAAGEgAAGNIAABrSAAAZgYSAMZIAAARSQAAF0kAAGhJAACDSQAAv0kAAMtJAAAWSgAAHEoAAL0GEgBySgAA51sCAHNKAACNrwUAdEoAABw/CAB4SgAAxEoAAHlKAABx2wEAe0oAALaIBgCBSgAAFGUCAMpKAAD6MBEA0EoAABtLAAAhSwAAV70DACNLAAAUBxIAfksAAMlLAADPSwAAIEwAADtMAAB3TAAAg0wAAM5MAADUTAAAJU0AAC1NAAB8TQAAgk0AANNNAADfTQAAKk4AAEdOAACBTgAAik4AANhOAADkTgAAL08AADJPAACGTwAAkE8AAN1PAADpTwAANFAAADtQAACLUAAAk1AAAOJQAADjUAAAk2MAAOVQAAA5UQAASFEAAJBRAACWUQAA51EAAOlRAAA+UgAAVFIAAJVSAACzUgAA7FIAAAVTAABDUwAARVMAAJpTAACdUwAA8VMAAP1TAABIVAAAT1QAAJ9UAACnVAAA9lQAAPhUAABNVQAAVlUAAKRVAACuVQAA+1UAAAZWAABSVgAAXlYAAKlWAAC2VgAAAFcAAApXAABXVwAAZVcAAK5XAAC9VwAABVgAAAdYAABcWAAAZlgAALNYAADBWAAAClkAAA9ZAABhWQAAblkAALhZAADNWQAAD1oAABdaAABmWgAAf1oAAL1aAADGWgAAFFsAAB5bAABrWwAAc1sAAMJbAADPWwAAGVwAAB5cAABwXAAAeFwAAMdcAADIXAAAHl0AACBdAAB1XQAAeF0AAMxdAADPXQAAawcSACheAAB6XgAAgF4AANFeAADYXgAAKF8AADBfAAB/XwAAg18AANZfAADYXwAALWAAADBgAACEYAAAjGAAANtgAADcYAAAMmEAADhhAACJYQAAjmEAAOBhAAD7YQAAN2IAAEViAACOYgAAlWIAAOViAADxYgAAPGMAAENjAADCBxIAlWMAAOpjAADtYwAAQWQAAERkAAAZCBIAnWQAAO9kAAD1ZAAARmUAAE1lAACdZQAAu2UAAPRlAAANZgAAS2YAAE1mAACiZgAApWYAAPlmAAAFZwAAUGcAAFdnAACnZwAAr2cAAP5nAAAAaAAAVWgAAF5oAACsaAAAtmgAAANpAAAOaQAAWmkAAGZpAACxaQAAvmkAAAhqAAASagAAX2oAAG1qAAC2agAAxWoAAA1rAAAPawAAZGsAAG5rAAC7awAAyWsAABJsAAAXbAAAaWwAAHZsAADAbAAA1WwAABdtAAAfbQAAbm0AAIdtAADFbQAAzm0AABxuAAAmbgAAc24AAHtuAADKbgAA124AACFvAAAmbwAAeG8AAIBvAADPbwAA0G8AACZwAAAocAAAfXAAAIBwAADUcAAA13AAAHAIEgAwcQAAgnEAAIhxAADZcQAA4HEAADByAAA4cgAAh3IAAItyAADecgAA4HIAADVzAAA4cwAAjHMAAJRzAADjcwAA5HMAADp0AABAdAAAkXQAAJZ0AADodAAAA3UAAD91AABNdQAAlnUAAJ11AADtdQAA+XUAAER2AABLdgAAxwgSAJ52AADydgAAA3cAAEl3AABRdwAAn7ABAGV3AACgdwAAqHcAAB4JEgAGeAAATngAAFR4AACleAAAp3gAAPx4AAASeQAAU3kAAHF5AACqeQAArXkAAAF6AAANegAAWHoAAF56AACvegAAynoAAAZ7AAASewAAXXsAAGN7AAC0ewAA0nsAAAt8AAAbfAAAYnwAAHB8AAC5fAAAv3wAABB9AAATfQAAZ30AAHF9AAC+fQAA3H0AABV+AAArfgAAbH4AAHh+AADDfgAAxn4AABp/AAAdfwAAcX8AAHN/AADIfwAA338AAB+AAAArgAAAdoAAAJKAAADNgAAA1YAAAHUJEgA1gQAAe4EAAImBAADSgQAA3oEAACmCAAA2ggAAgIIAAIqCAADXggAA34IAAC6DAAAvgwAAhYMAAIeDAADcgwAA34MAADOEAAA2hAAAzAkSAI+EAADhhAAA54QAADiFAAA/hQAAj4UAAJeFAADmhQAA/IUAAD2GAABGhgAAlIYAAJeGAADrhgAA9YYAAEKHAABKhwAAmYcAALKHAADwhwAA/IcAAEeIAABPiAAAIwoSAKaIAAD1iAAA+IgAAEyJAABWiQAAo4kAAKmJAAD6iQAACIoAAFGKAABeigAAqIoAAL+KAAB6ChIAAIsAAAeXEAACiwAAoNMBAAWLAADwkQIABosAACgwCAAHiwAAI9MGAAiLAADoywAACYsAAJNtAgAMiwAAyzMQAA2LAADSvQwADosAAFaLAAAQiwAAU/gIABWLAAD6/gYAFosAAHmBDgBgiwAA0eIJAGWLAACtiwAAuYsAAASMAAAFjAAA5w4EAAeMAABbjAAAXowAALKMAAC5jAAAuqQBALqMAAAJjQAAyowAAEw3AQAQjQAAYI0AAGyNAAC3jQAAxI0AAA6OAAAcjgAAZY4AAHGOAAC8jgAAw44AABOPAAAbjwAAao8AAHqPAADBjwAAxo8AABiQAAAekAAAb5AAAHeQAADGkAAAz5AAAB2RAAAgkQAAdJEAAICRAADLkQAA0ZEAANEKEgBBkgAAKAsSAIaSAADQkgAA0pIAAGsJAQDTkgAASLUCANeSAACe6QIA25IAADBcDQDckgAAfAACAN6SAAAf4QIA35IAALtVDQDpkgAAzYoCAPCSAAAnkwAANJMAAH6TAACDkwAA1ZMAANmTAAAslAAAOZQAAIOUAACLlAAA2pQAAI6UAACdRQsA4ZQAADGVAADplAAA9roDADOVAACIlQAAkpUAAN+VAADhlQAANpYAAE+WAACNlgAAj5YAAOSWAADnlgAAO5cAAEeXAACSlwAAmpcAAH8LEgDvlwAAQJgAAPGXAAAORBQA+JcAAAwUBwD6lwAA+GYHAPyXAACpWwEAAZgAAIIEDQAFmAAAuEgOAEaYAACS7gAAWJgAAJeYAACZmAAA7pgAAKSYAAAArgAAsJgAAAyfAAD9mAAARZkAAFSZAACcmQAAqJkAAPOZAAD2mQAASpoAAE2aAAChmgAAuZoAAPiaAAD/mgAAT5sAAFubAACmmwAAs5sAAP2bAAALnAAAVJwAAGCcAACrnAAAspwAAAKdAAAanQAAWZ0AAGWdAACwnQAAtp0AAAeeAAANngAAXp4AAGOeAAC1ngAAu54AAC0MEgAOnwAAY58AAGqfAAC6nwAA0p8AABGgAAAYoAAAaKAAAIGgAAC/oAAA16AAABahAAAioQAAbaEAAHOhAADEoQAAyqEAABuiAAAgogAAcqIAAHiiAACEDBIA4qIAACCjAAAxowAAd6MAAIWjAADOowAA3aMAACWkAAAtpAAAfKQAAJykAADTpAAA36QAACqlAAA+pQAAgaUAAImlAADYpQAA3qUAAC+mAAA7pgAAhqYAAJCmAADdpgAA46YAADSnAABCpwAAi6cAAJenAADipwAA/acAADmoAAA7qAAAkKgAAKGoAADnqAAA76gAAD6pAABMqQAAlakAAJipAADsqQAA9KkAAEOqAABQqgAAmqoAAJ+qAADxqgAA+6oAAEirAABQqwAAn6sAAKGrAAD2qwAAB6wAAE2sAABerAAApKwAAKmsAAD7rAAA/6wAAFKtAABerQAAqa0AALCtAADbDBIABa4AAFeuAABhrgAArq4AAMauAAAFrwAACK8AAFyvAABlrwAAs68AALSvAAAKsAAAC7AAAGGwAABmsAAAuLAAAL6wAAAPsQAAGbEAAGaxAABysQAAvbEAAMSxAAAUsgAALLIAAGuyAABtsgAAwrIAAMuyAAAZswAAI7MAAHCzAAB7swAAx7MAAN+zAAAetAAANLQAAHW0AAB6tAAAzLQAANO0AAAjtQAAL7UAADINEgB8tQAA/+sCAH+1AAD/jwEAg7UAAIfnBgCFtQAAlK4IAIu1AADRtQAA07UAACKcAgDftQAAKLYAADS2AAB/tgAAN7YAAK4tCQCMtgAA1rYAAOC2AAAttwAALrcAAL2vEQA1twAAhLcAAIu3AADbtwAAn7cAACO6AQDgtwAAMrgAAD64AACJuAAAjLgAAOC4AADouAAAN7kAAES5AACOuQAAk7kAAOW5AADvuQAAPLoAAES6AACTugAAlroAAOq6AADzugAAQbsAAEK7AACYuwAAmbsAAO+7AAD0uwAARrwAAEy8AACdvAAAp7wAAPS8AAD8vAAAS70AAE29AACivQAAq70AAPm9AAADvgAAUL4AAFu+AACnvgAAs74AAP6+AAALvwAAVb8AAF+/AACsvwAAur8AAAPAAAASwAAAWsAAAFzAAACxwAAAu8AAAAjBAAAWwQAAX8EAAGTBAAC2wQAAw8EAAA3CAAAVwgAAZMIAAGXCAAC7wgAAwcIAABLDAAAXwwAAacMAAHPDAADAwwAAxcMAABfEAAAmxAAAbsQAAHPEAADFxAAA1sQAABzFAAAkxQAAc8UAAHnFAADKxQAA1sUAACHGAAA+xgAAeMYAAIHGAADPxgAA28YAACbHAAApxwAAfccAAIfHAADUxwAA4McAACvIAAAyyAAAgsgAAIrIAADZyAAA8sgAADDJAABEyQAAh8kAAI/JAADeyQAA4ckAADXKAABBygAAjMoAAJLKAADjygAA/soAADrLAABGywAAkcsAAJfLAACJDRIA8ssAAD/MAABKzAAAlswAAJ7MAACZ3gAAoswAAO3MAAD6zAAARM0AAE7NAACbzQAAqc0AAPLNAAABzgAASc4AAEvOAACgzgAAqs4AAPfOAAAFzwAATs8AAFPPAAClzwAAss8AAPzPAAAE0AAAU9AAAAzQAADShgEAVNAAAKrQAABX0AAAeHQBAGPQAADirAEAu9AAAAHRAAAK0QAAWNEAAG/RAACv0QAAvdEAAAbSAAAT0gAAXdIAAGXSAAC00gAA09IAAOANEgAU0wAAYtMAAGzTAAC50wAAxNMAADcOEgAS1AAAZ9QAAHDUAAC+1AAAyNQAABXVAAAg1QAAbNUAAHjVAADD1QAA0NUAABrWAAAk1gAAcdYAAH/WAADI1gAA19YAAB/XAAAh1wAAdtcAAIDXAADN1wAA29cAACTYAAAp2AAAe9gAAIjYAADS2AAA2tgAACnZAAAv2QAAgNkAAIzZAADX2QAA9NkAAC7aAAA32gAAhdoAAJPaAADc2gAA4toAADPbAAA/2wAAitsAAJHbAACODhIA49sAACxHAgDn2wAAONwAAD3cAACP3AAARtwAAPYWBQCc3AAA5twAAP3cAAA93QAAPt0AAJTdAACW3QAA690AAO7dAABC3gAARd4AAOUOEgC63gAA8N4AAPHeAABH3wAASd8AAJ7fAACh3wAA9d8AAPjfAAA8DxIAUeAAAKPgAACp4AAA+uAAAAHhAABR4QAAc+EAAKjhAACw4QAA/+EAAA7iAABW4gAAWOIAAK3iAAC+4gAABOMAABXjAABb4wAAZ+MAALLjAAC54wAACeQAABHkAABg5AAAZOQAALfkAADF5AAADuUAABjlAABl5QAAcOUAALzlAADB5QAAE+YAABzmAABq5gAAdOYAAMHmAADJ5gAAGOcAABrnAABv5wAAfOcAAMbnAADa5wAAHegAACXoAAB06AAAdegAAMvoAADN6AAAIukAACXpAAB56QAAfOkAAJMPEgDV6QAAJ+oAAC3qAAB+6gAAheoAANXqAADd6gAALOsAADvrAACD6wAAiOsAANrrAADn6wAAMewAAEHsAACI7AAAluwAAN/sAAD27AAANu0AAD/tAACN7QAAk+0AAOTtAADw7QAAO+4AAELuAADqDxIAl+4AAGsTAwCa7gAA6e4AAJ/uAADfcAoA+O4AAEDvAABR7wAAl+8AAKXvAADu7wAA+u8AAEXwAABS8AAAnPAAAKbwAADz8AAA+/AAAErxAABN8QAAofEAAK3xAAD48QAABfIAAE/yAABZ8gAApvIAAK7yAAD98gAA//IAAFTzAABd8wAAq/MAALXzAAAC9AAADfQAAFn0AABu9AAAsPQAALj0AAAH9QAAIPUAAF71AABn9QAAtfUAAL/1AAAM9gAAFPYAAGP2AABw9gAAuvYAAL/2AAAR9wAAGfcAAGj3AABp9wAAv/cAAMH3AAAW+AAAGfgAAG34AABw+AAAQRASAMn4AAAb+QAAIfkAAHL5AAB5+QAAyfkAANH5AAAg+gAALvoAAHf6AAB6+gAAzvoAANb6AAAl+wAAKPsAAHz7AACI+wAA0/sAAN37AACYEBIAK/wAALwrDwAs/AAAgfwAAC38AAAYeg0ANPwAAB0uDwA1/AAA+X8FADn8AADIMgIAOvwAAM8CDQBO/AAA5RUCAIr8AADY/AAA4vwAAC/9AAA6/QAAhv0AAJL9AADd/QAA6v0AADT+AAA+/gAAi/4AAJn+AADi/gAA8f4AADn/AAA7/wAAkP8AAJr/AADn/wAA9f8AAD4AAQBDAAEAlQABAKIAAQDsAAEA/AABAEMBAQBFAQEAmgEBAKgBAQDxAQEAAgIBAO8QEgBPAgEARhESAKcCAQCdERIA/wIBAE0DAQBXAwEApAMBAK8DAQD7AwEABwQBAFIEAQBfBAEAqQQBALMEAQAABQEADgUBAFcFAQBmBQEArgUBALAFAQAFBgEADwYBAFwGAQBqBgEAswYBALgGAQAKBwEAFwcBAGEHAQBpBwEAuAcBAMgHAQAPCAEAEQgBAGYIAQB0CAEAvQgBAM4IAQD0ERIAGwkBAEsSEgCECQEAwgkBANMJAQAZCgEAJQoBAHAKAQB4CgEAohISAMwKAQAeCwEAJgsBAHULAQB3CwEAzAsBAHoLAQDaDggAhAsBAK5wBQDVCwEAIwwBANsLAQCrzgoALQwBAHoMAQCFDAEA0QwBAN0MAQAoDQEANQ0BAH8NAQCJDQEA1g0BAOQNAQAtDgEAPA4BAIQOAQCGDgEA2w4BAOUOAQAyDwEAPg8BAIkPAQCRDwEA+RISAOMPAQA3EAEARRABAI4QAQCbEAEA5RABAPwQAQA8EQEARBEBAJMRAQCpEQEA6hEBAPYRAQBBEgEAUBIBAJgSAQCjEgEA7xIBAPESAQBGEwEAUxMBAJ0TAQCrEwEA9BMBAPcTAQBLFAEAYRQBAKIUAQCqFAEA+RQBAAsVAQBQExIAWBUBAOGYBABaFQEAK2oQAF0VAQCMCw4AXxUBAKcVAQCsFQEA/hUBAAUWAQBVFgEAYRYBAKwWAQC5FgEAAxcBAAUXAQBaFwEAcBcBALEXAQC9FwEACBgBACcYAQBfGAEAexgBALYYAQC+GAEApxMSAA8ZAQBkGQEAbRkBALsZAQDFGQEAEhoBAB0aAQBpGgEAdRoBAMAaAQDNGgEAFxsBACEbAQBuGwEAfBsBAMUbAQDUGwEAHBwBAB4cAQBzHAEAfRwBAMocAQDYHAEAIR0BACYdAQB4HQEAhR0BAM8dAQDfHQEAJh4BACgeAQB9HgEAix4BANQeAQDlHgEA/hMSADIfAQBVFBIAhB8BAH4DBgCHHwEA2R8BAIsfAQD99wEAjh8BAMtiCACQHwEAhLwBAJYfAQBTkgUA4B8BAAsKDADmHwEAMCABAEcgAQCHIAEAjCABAN4gAQDhIAEANSEBAOggAQAgwQYA+iABAADMBgA6IQEAOcYGAEEhAQCMIQEAkiEBAB8uAQCbIQEA4yEBAOwhAQA6IgEAQCIBAJEiAQCfIgEA6CIBAPIiAQA/IwEAUyMBAJYjAQCiIwEA7SMBAAAkAQBEJAEAUyQBAJskAQCnJAEA8iQBAPMkAQBJJQEAUyUBAKAlAQCuJQEA9yUBAPwlAQBOJgEAWyYBAAMVEgC4JgEA/CYBAAsnAQBTJwEAXycBAKonAQCrJwEAASgBAAsoAQBYKAEAZigBAK8oAQC0KAEABikBABMpAQAIFhIAXykBALQpAQC9KQEACyoBABUqAQBiKgEAbSoBALkqAQDFKgEAECsBAB0rAQBnKwEAcSsBAL4rAQDMKwEAFSwBACQsAQBsLAEAbiwBAMMsAQDNLAEAGi0BACgtAQBxLQEAfi0BAMgtAQDfLQEAXxYSADouAQB2LgEAgi4BAM0uAQDTLgEAJC8BADAvAQB7LwEAgS8BANIvAQDYLwEAKTABAC4wAQCAMAEAhjABALYWEgDgMAEALjEBADgxAQCFMQEAkDEBANwxAQDoMQEAMzIBAEAyAQCKMgEAlDIBAOEyAQDvMgEAODMBAEczAQCPMwEAkTMBAOYzAQDwMwEAPTQBAEs0AQCUNAEAmTQBAOs0AQD4NAEAQjUBAEo1AQCZNQEAqTUBAPA1AQDyNQEARzYBAFU2AQCeNgEArzYBALsXEgD8NgEAEhgSAFI3AQCjNwEArzcBAPo3AQAKOAEAUTgBAFo4AQCoOAEAqzgBAP84AQALOQEAVjkBAF05AQCtOQEAtTkBAAQ6AQAiOgEAWzoBAGM6AQCyOgEAwzoBAAk7AQAOOwEAYDsBAHc7AQC3OwEAxTsBAA48AQAbPAEAZTwBAG08AQC8PAEAwDwBABM9AQAVPQEAaj0BAG09AQDBPQEAyT0BABg+AQAePgEAbz4BAHs+AQDGPgEA1j4BAB0/AQAmPwEAdD8BAHc/AQDLPwEA1z8BACJAAQApQAEAaRgSAIJAAQDQQAEA00ABACdBAQA1QQEAfkEBAItBAQDVQQEA7EEBACxCAQA0QgEAg0IBAIVCAQDaQgEA40IBADFDAQA7QwEAiEMBAJNDAQDfQwEA60MBADZEAQBDRAEAjUQBAJdEAQDkRAEA8kQBADtFAQBKRQEAkkUBAJRFAQDpRQEA80UBAEBGAQBORgEAl0YBAJxGAQDuRgEA+0YBAEVHAQBNRwEAnEcBALJHAQDzRwEA/0cBAEpIAQBZSAEAoUgBAKxIAQD4SAEA+kgBAE9JAQBcSQEApkkBALRJAQD9SQEAAEoBAFRKAQBqSgEAwBgSALNKAQCoPQIAuUoBAC+wAgDDSgEAAksBAARLAQBZSwEAaksBALBLAQDBSwEAB0wBAAxMAQBeTAEAYkwBALVMAQDBTAEADE0BABNNAQBjTQEAa00BALpNAQDYTQEAEU4BABlOAQAXGRIAbU4BAL9OAQDATgEAL0MPAM5OAQBhmg0A2E4BABZPAQAYTwEAbU8BAIZPAQDETwEA1U8BABtQAQAnUAEAclABAHRQAQDJUAEA0lABACBRAQDYUAEA51YBACpRAQB3UQEAglEBAM5RAQDaUQEAJVIBADJSAQB8UgEAhlIBANNSAQDhUgEAKlMBADlTAQCBUwEAg1MBANhTAQDiUwEAL1QBAD1UAQCGVAEAi1QBAN1UAQDqVAEANFUBAEBVAQCLVQEAkVUBAOJVAQDoVQEAOVYBAD5WAQCQVgEAllYBAG4ZEgD2VgEAPlcBAEpXAQCVVwEAmFcBAOxXAQDvVwEAQ1gBAEpYAQCaWAEAplgBAPFYAQD+WAEASFkBAFZZAQCfWQEAq1kBAPZZAQD9WQEAxRkSAFNaAQCkWgEAqloBAPtaAQAAWwEAUlsBAFhbAQAcGhIAqlsBADonAgCzWwEAb8wMALVbAQBP8BEAt1sBAHCdDQC4WwEAAFwBAAxcAQBXXAEAWFwBAK5cAQBjXAEAaa0NALhcAQAFXQEAE10BAFxdAQBhXQEAs10BAMBdAQBzGhIADF4BAK9kDQAYXgEAxVcNAC1eAQDKGhIAh14BALheAQDfXgEAD18BADNfAQBmXwEAbl8BACEbEgDJXwEAFGABABZgAQBrYAEAbmABAMJgAQDHYAEAGWEBACZhAQBwYQEAjGEBAMdhAQDPYQEAeBsSACdiAQB1YgEAK2IBAKdsAQB4YgEAzGIBANhiAQAjYwEAKWMBAHpjAQCHYwEA0WMBANNjAQAoZAEAPmQBAH9kAQCLZAEA1mQBAN5kAQDPGxIAM2UBAIRlAQCMZQEA22UBANxlAQAyZgEANGYBAIlmAQCMZgEA4GYBAONmAQAmHBIAPGcBAI5nAQCUZwEA5WcBAOxnAQA8aAEARGgBAJNoAQCgaAEA6mgBAO9oAQBBaQEAS2kBAJhpAQCgaQEA72kBAPFpAQBGagEAV2oBAJ1qAQCuagEA9GoBAPlqAQBLawEAT2sBAKJrAQCuawEA+WsBAABsAQBQbAEAYmwBAH0cEgCsbAEA/mwBAAZtAQBVbQEAV20BAKxtAQC7bQEAA24BABJuAQBabgEAZm4BALFuAQC0bgEACG8BAAtvAQBfbwEAZ28BALZvAQDAbwEADXABABJwAQBkcAEAbHABALtwAQDFcAEAEnEBAB1xAQBpcQEAd3EBAMBxAQDDcQEAF3IBAB9yAQBucgEAiXIBAMVyAQDQcgEAHHMBACFzAQBzcwEAdnMBAMpzAQDUcwEAIXQBADN0AQDUHBIAhnQBAM90AQDZdAEAJnUBADF1AQB9dQEAhXUBANR1AQDadQEAK3YBAC12AQCCdgEAm3YBANl2AQDydgEAMHcBAD53AQCHdwEAkXcBAN53AQD0dwEANXgBAFJ4AQCMeAEAlHgBAON4AQDzeAEAOnkBADx5AQCReQEAn3kBAOh5AQD5eQEAKx0SAEZ6AQCCHRIAl3oBAO16AQD+egEARHsBAFB7AQCbewEAnXsBAPJ7AQD1ewEASXwBAFV8AQCgfAEAqHwBADAeEgACfQEATn0BAFp9AQClfQEAtH0BAPx9AQAcfgEAU34BAFt+AQCqfgEAvn4BAAF/AQAGfwEAWH8BAGF/AQCvfwEAtX8BAAaAAQAOgAEAXYABAGyAAQC0gAEAuYABAAuBAQAYgQEAYoEBAG+BAQC5gQEAxYEBABCCAQAfggEAZ4IBAHGCAQC+ggEAzIIBABWDAQAagwEAbIMBAHmDAQDDgwEAy4MBABqEAQAdhAEAcYQBAH2EAQDIhAEA0oQBAB+FAQAphQEAdoUBAISFAQDNhQEA2oUBACSGAQA7hgEAe4YBAH6GAQCHHhIA1IYBACmHAQA3hwEAgIcBAJGHAQDeHhIA3ocBADUfEgBNiAEAhYgBAJWIAQDciAEA3ogBADOJAQBBiQEAiokBAJuJAQCMHxIA6IkBAOMfEgA9igEAj4oBAJeKAQDmigEA6IoBAD2LAQBGiwEAlIsBAJ6LAQDriwEA9osBAEKMAQBOjAEAmYwBAKaMAQDwjAEA+owBAEeNAQBVjQEAno0BAK2NAQD1jQEA940BAEyOAQBWjgEAo44BAK+OAQD6jgEAAo8BAJEgEgBWjwEAqI8BALCPAQDoIBIABpABAFaQAQAIkAEAMfsDAAyQAQAmzAEAEJABAOHKDgAVkAEAkvMBAGKQAQCtkAEAtZABAG+YEwDJkAEA4X0QANWQAQAEkQEAKpEBAFuRAQCEkQEAspEBANiRAQAJkgEAL5IBAGCSAQBokgEAt5IBAOGSAQAOkwEAJ5MBAGWTAQBnkwEAvJMBAMOTAQATlAEAG5QBAGqUAQB5lAEAwZQBAMeUAQAYlQEAJJUBAG+VAQB2lQEAxpUBANKVAQAdlgEAKpYBAHSWAQB+lgEAy5YBANmWAQAilwEAJJcBAHmXAQCKlwEA0JcBANOXAQAnmAEAUpgBAD8hEgCBmAEARiIEAIiYAQA+cAYAi5gBANWYAQCOmAEAsN4NAI+YAQAevgIAlJgBAF9+BADcmAEA/IICAN+YAQCKkwMA5JgBAAEcEADwmAEALJkBAC6ZAQCDmQEAlJkBANqZAQDomQEAMZoBADiaAQCImgEAipoBAN+aAQCNmgEAO6ECAJCaAQBrtwEA7poBADabAQBFmwEAjZsBAJmbAQDkmwEA55sBADucAQA+nAEAkpwBALKcAQDpnAEA9ZwBAECdAQBUnQEAl50BAKWdAQDunQEA9Z0BAJYhEgBcngEAnJ4BAJ6eAQDONg0An54BAMk1DQCpngEA854BAPWeAQBKnwEAVJ8BAKGfAQBbnwEAizoNAKqfAQD4nwEA/p8BAE+gAQBboAEApqABAK2gAQD9oAEAAqEBAFShAQBgoQEAq6EBAK6hAQACogEAD6IBAFmiAQBeogEAsKIBALqiAQAHowEAHaMBAF6jAQBgowEAtaMBAL+jAQAMpAEAG6QBAGOkAQBupAEA7SESAMakAQARpQEAHqUBAGilAQB2pQEAv6UBAMulAQAWpgEAHaYBAEQiEgBypgEAxKYBAHmmAQB6pA4Ae6YBAM+DBADGpgEAoN0DAMmmAQDQcgsA06YBAKjBCwDbpgEAG6cBACmnAQBypwEAf6cBAMmnAQDRpwEAIKgBACqoAQAYCggAMKgBAHeoAQB5qAEAzqgBANyoAQAlqQEANqkBAJsiEgCDqQEA8iISANipAQAqqgEAMKoBAIGqAQCJqgEA2KoBAOGqAQAvqwEAMqsBAIarAQCSqwEA3asBAOOrAQA0rAEAPKwBAIusAQCqrAEAoCMSAOSsAQA5rQEAR60BAJCtAQChrQEA9yMSAO6tAQBOJBIAQ64BAJWuAQCbrgEA7K4BAPSuAQBDrwEATK8BAJqvAQCdrwEA8a8BAP2vAQBIsAEATrABAPwkEgChsAEA9rABAP+wAQBNsQEAV7EBAKSxAQCvsQEA+7EBAAeyAQBSsgEAX7IBAKmyAQCzsgEAALMBAA6zAQBXswEAZrMBAK6zAQCwswEABbQBAA+0AQBctAEAarQBALO0AQC4tAEACrUBABe1AQBhtQEAabUBALi1AQDItQEAD7YBABG2AQBmtgEAdLYBAL22AQDOtgEAUyUSABu3AQCqJRIAdLcBAMK3AQDFtwEAGbgBACW4AQBwuAEAdrgBAMe4AQDUuAEAHrkBACC5AQB1uQEAi7kBAMy5AQDYuQEAASYSAC+6AQB6ugEAgLoBANG6AQDUugEAKLsBADa7AQB/uwEAhLsBANa7AQDjuwEALbwBADW8AQBYJhIAkbwBANu8AQDpvAEAMr0BADy9AQBd1wEASL0BAIm9AQCSvQEA4L0BAPa9AQA3vgEAP74BAI6+AQCRvgEA5b4BAO6+AQA8vwEAPb8BAJO/AQCUvwEA6r8BAO+/AQBBwAEAR8ABAJjAAQCiwAEA78ABAPvAAQBGwQEATcEBAJ3BAQClwQEA9MEBAPbBAQBLwgEATMIBAKLCAQCwwgEA+cIBAAHDAQBQwwEAa8MBAKfDAQCzwwEA/sMBAATEAQBVxAEAWMQBAKzEAQC6xAEAA8UBAAjFAQBaxQEAZ8UBALHFAQC5xQEACMYBABbGAQBfxgEAYsYBAK8mEgC5xgEADccBALrGAQCdQAoAwsYBAPYvCgDExgEAiOAPAMnGAQBkDRAAEMcBAGTHAQB1xwEAu8cBANfHAQASyAEAGsgBAAYnEgB6yAEAwMgBAMjIAQAXyQEAHckBAG7JAQBzyQEAxckBAM7JAQAcygEAJsoBAHPKAQCBygEAysoBANfKAQAhywEALcsBAHjLAQB7ywEAz8sBAOvLAQBdJxIAKcwBAFTiDgAwzAEAKK8QADLMAQBMZAoAM8wBAH3MAQA1zAEA49QCAInMAQDUzAEA18wBALdoCgDjzAEAK80BAOfMAQAQWAoANc0BAILNAQCKzQEA488BAI7NAQBwrBAAkM0BANnNAQCezQEAUD0JAN7NAQAY9gMA5s0BADDOAQBHzgEAh84BAI/OAQDezgEA6M4BADXPAQA6zwEAjM8BAJTPAQC0JxIA7c8BADrQAQDvzwEAS5MJAPLPAQBQewQAP9ABAJHQAQCZ0AEACygSAOrQAQBIXgIA69ABAHMBDQDt0AEAsMoJAPHQAQCUawwA9NABAD/RAQD20AEAJCMQAEHRAQCQGAYARtEBAJbRAQBO0QEAAqcCAE/RAQB1ZwIApNEBAO3RAQDw0QEARNIBAEzSAQCb0gEAUNIBAINbBgBT0gEApy4GAGDSAQCJKAYAoNIBAPLSAQCq0gEAjoAGAP/SAQBJ0wEAUdMBAGIoEgCj0wEA99MBALTTAQCVZgQAA9QBAE7UAQBU1AEApdQBAK/UAQC5KBIAAdUBAFPVAQBg1QEAqtUBALLVAQCZMxIAttUBAAHWAQC61QEAYOkBAMbVAQBhSA4AB9YBAFjWAQBe1gEAr9YBALTWAQAG1wEADNcBABApEgBp1wEAtNcBALfXAQAL2AEAFdgBAGLYAQB+2AEAudgBANXYAQBnKRIAE9kBAGfZAQBq2QEAvtkBAMrZAQAV2gEAG9oBAGzaAQB22gEAvikSAMjaAQAa2wEAJ9sBABUqEgBz2wEADtQOAHTbAQDI2wEAd9sBALhDDQCH2wEAXVsLANLbAQAf3AEAItwBADq6DgAn3AEAuYQTADvcAQB23AEAktwBAGwqEgDa3AEAJN0BADLdAQB73QEAhd0BANLdAQDu3QEAKd4BAEXeAQDDKhIAg94BANfeAQDa3gEALt8BADrfAQCF3wEAi98BANzfAQDm3wEAGisSADjgAQCK4AEAl+ABAOHgAQDx4AEAOOEBADrhAQCP4QEAneEBAObhAQD34QEAcSsSAETiAQDIKxIAmuIBAOviAQDx4gEAQuMBAEfjAQCZ4wEAn+MBAB8sEgD64wEA0zcNAP7jAQBH5AEAWOQBAHYsEgCl5AEAzSwSAP3kAQAkLRIAWuUBAKPlAQCq5QEA+uUBAALmAQBR5gEAXuYBAKjmAQCt5gEA/+YBAAnnAQBW5wEAXucBAK3nAQCz5wEABOgBAAboAQBb6AEAaegBALLoAQC16AEACekBABXpAQB7LRIAYukBALfpAQDF6QEADuoBAB/qAQDSLRIAbOoBACkuEgDC6gEAE+sBABnrAQBq6wEAb+sBAMHrAQDH6wEAgC4SABrsAQBv7AEAIewBAJivDwAk7AEAljwGAIrsAQDG7AEAyOwBAB3tAQA37QEAdO0BAIHtAQCxRAoAhe0BAMvtAQDN7QEAIu4BAC/uAQB57gEAkO4BANDuAQDq7gEAJ+8BACnvAQB+7wEALe8BANlgDgCB7wEA1e8BANjvAQAs8AEAOPABAIPwAQCJ8AEA2vABAOTwAQDXLhIANvEBAIjxAQCV8QEA3/EBAOvxAQA28gEAPPIBAI3yAQCT8gEA5PIBAOnyAQA78wEAQfMBAC4vEgCT8wEA6fMBAKjzAQBPXQUA6/MBAED0AQD38wEA+R4DAEb0AQCX9AEApfQBAO70AQDx9AEARfUBAEr1AQCc9QEAqfUBAPP1AQAD9gEASvYBAEz2AQCh9gEAr/YBAPj2AQAJ9wEAhS8SAFX3AQCm9wEAsvcBANwvEgAO+AEAVPgBAF74AQCr+AEAufgBAAL5AQAD+QEAWfkBAGr5AQCw+QEAvPkBAAf6AQAX+gEAXvoBAGD6AQC1+gEAw/oBAAz7AQAd+wEAMzASAGn7AQC6+wEAxvsBAIowEgAX/AEAaPwBAG78AQC//AEAxPwBABb9AQAc/QEAODESAHX9AQDE/QEAzv0BAML9DwDd/QEAG/4BACT+AQBy/gEAfP4BAMn+AQDR/gEAIP8BACT/AQB3/wEAef8BAM7/AQDR/wEAJQACAEEAAgCPMRIAjwACANMAAgDUAAIAKgECADYBAgCBAQIAkAECANgBAgDiAQIALwICADsCAgCGAgIAjQICAOYxEgDjAgIAxtENAPACAgA0AwIAQwMCAIsDAgCXAwIA4gMCAOMDAgA5BAIAQwQCAJAEAgCeBAIA5wQCAOwEAgA+BQIASwUCAJQyEgCdBQIA7AUCAPgFAgBDBgIAVgYCAJoGAgCbBgIA8QYCAP0GAgBIBwIAVwcCAJ8HAgCpBwIA9gcCAAIIAgBNCAIAVAgCAOsyEgC1CAIA+wgCAAcJAgBSCQIAYgkCAKkJAgCzCQIAAAoCAAgKAgBXCgIAfwoCAK4KAgCFCgIAcA8CANYKAgAFCwIADQsCAFwLAgBiCwIAswsCAMELAgAKDAIAIQwCAGEMAgBsDAIAuAwCAMIMAgAPDQIAPA0CAGYNAgBuDQIAvQ0CAM0NAgAUDgIAFg4CAGsOAgB5DgIAwg4CANMOAgDwMxIAIA8CAEc0EgCYDwIAxw8CAM8PAgAeEAIAJBACAHUQAgCDEAIAzBACAOMQAgAjEQIALhECAHoRAgCEEQIA0RECAP4RAgAoEgIAMBICAH8SAgCPEgIA1hICANgSAgAtEwIAOxMCAIQTAgCVEwIAnjQSAOITAgD1NBIANBQCAIkUAgCXFAIA4BQCAPEUAgBMNRIAPhUCAKM1EgCWFQIA+jUSAO0VAgBRNhIAARYCAN/MCwA+FgIAkxYCAKEWAgDqFgIA+xYCAKg2EgBHFwIAmBcCAKQXAgD/NhIA+BcCAEYYAgAAGAIASE0QAFMYAgCdGAIAqxgCAPQYAgD+GAIASxkCAGUZAgCiGQIApRkCAPkZAgAAGgIAUBoCAHAaAgCnGgIAwRoCAFY3EgALGwIAVRsCAA8bAgANdQIAFBsCAMXOAgBjGwIArBsCALYbAgADHAIAHRwCAFocAgBqHAIAsRwCALccAgAIHQIACh0CAF8dAgB1HQIAth0CAMIdAgANHgIAER4CAGQeAgBpHgIAux4CAMEeAgASHwIAMh8CAGkfAgCDHwIAwB8CAMIfAgAXIAIAGiACAG4gAgBxIAIAxSACANEgAgAcIQIAIiECAHMhAgB9IQIArTcSAM8hAgAhIgIALiICAHgiAgCEIgIAzyICAOIiAgAmIwIANSMCAH0jAgCJIwIA1CMCANUjAgArJAIANSQCAIIkAgCQJAIA2SQCAN4kAgAwJQIAPSUCAAQ4EgCIJQIARkoMAIklAgCydg0AiiUCAJAiCACLJQIARUwCAIwlAgCNOBAAjSUCAPz8CQCOJQIAEGcNAJElAgDL1w4AkiUCAClsDQCTJQIAkasLAJQlAgCbsgwAlSUCAMZ1DACWJQIA//oFAJclAgDeJQIAmiUCALhSEACfJQIArrYTAKAlAgDtHBEAoSUCAMaEDwCjJQIARy8RAKolAgCe5xMAryUCAAKRDwDLJQIA39sOANAlAgA/1BMA4CUCADUmAgDvJQIArksPAEMmAgCMJgIAnSYCAFs4EgDqJgIAsjgSAEYnAgCRJwIAoCcCAOgnAgDyJwIAPygCAEsoAgCWKAIAYigCAAc7DwCdKAIAYDkSAO8oAgBEKQIAVSkCAJspAgCkKQIA8ikCAP4pAgBJKgIATCoCAKAqAgCoKgIA9yoCAAErAgBOKwIAUysCAKUrAgCtKwIA/CsCABUsAgBTLAIAXywCAKosAgCyLAIADjoSAAktAgBlOhIAWy0CAK8tAgCyLQIABi4CABIuAgBdLgIAYy4CALQuAgC+LgIAvDoSABAvAgBiLwIAby8CABM7EgC/LwIAEDACABYwAgBnMAIAbDACAL4wAgDEMAIAwTsSAB0xAgAYPBIAbjECAPJWCwBxMQIAwzECAHgxAgD/EwsAzTECABoyAgDSMQIAp+YIACIyAgDp2A0ANjICAHEyAgB5MgIAbzwSAM0yAgAfMwIANTMCAHYzAgB3MwIAzTMCAM8zAgAkNAIAKjQCAHs0AgCHNAIA0jQCANk0AgApNQIAMTUCAIA1AgCJNQIA1zUCANo1AgAuNgIAPDYCAIU2AgCSNgIA3DYCAPM2AgAzNwIAOzcCAIo3AgCWNwIAjzgCALI3AgDhNwIACTgCADg4AgBcOAIAxjwSAKw4AgDmOAIA7zgCAOs5AgD3OAIAPTkCAG05AgCUOQIAuDkCAB09EgDtOQIAQjoCAFM6AgCZOgIAyToCAPA6AgAUOwIAdD0SAEw7AgBSnA4ATTsCAMEEBwBQOwIAnjsCAFM7AgC8hxAAqDsCAPU7AgCrOwIA6QwHAKw7AgAe/w8A/TsCAEw8AgBQPAIAozwCAKU8AgD6PAIA/TwCAFE9AgBtPQIAyz0SAK09AgA8TQ0Asj0CACnDDQC0PQIA/z0CALg9AgBkogsAHD4CAFY+AgBfPgIArT4CAK8+AgAEPwIAFT8CACI+EgBgPwIAsj8CALs/AgAJQAIAGkACAGBAAgBnQAIAt0ACAL9AAgAOQQIA0UACAGFjAgAbQQIAvEECAB1BAgAYQwIAJ0ECAGVBAgBxQQIAeT4SAMFBAgATQgIAHUICAGpCAgByQgIA0D4SAM1CAgAnPxIAHUMCAG9DAgB8QwIAxkMCANBDAgAdRAIAH0QCAHREAgCCRAIAy0QCANhEAgB+PxIAJ0UCAHlFAgCGRQIA0EUCANpFAgAnRgIAKUYCAH5GAgCMRgIA1UYCAOJGAgDVPxIAL0cCAA7ZDwAyRwIAD6AOADlHAgCDRwIAjUcCACxAEgDiRwIAMUgCADNIAgBnHxAAPkgCAIzjBQBISAIAiEgCAEpIAgB1wwMAV0gCAHNnEACNSAIA30gCAOlIAgA2SQIAPkkCAINAEgCOSQIAx1UQAJdJAgDkSQIA8EkCADtKAgA+SgIAkkoCAJxKAgDpSgIAA0sCAEBLAgBXSwIAl0sCAJxLAgDuSwIACkwCANpAEgBHTAIAnEwCAKlMAgDzTAIA/UwCADFBEgBUTQIAoU0CAFtNAgBzlggArU0CAPhNAgD7TQIAT04CAFlOAgCmTgIAwE4CAP1OAgADTwIAVE8CAFZPAgCrTwIAuU8CAAJQAgAFUAIAWVACAGVQAgCwUAIAs1ACAAdRAgAqUQIAiEESAGBRAgC1UQIAw1ECAAxSAgAPUgIAY1ICAG9SAgC6UgIAvVICAN9BEgAcUwIAaFMCAG5TAgC/UwIAxFMCABZUAgAaVAIAbVQCAHBUAgA2QhIAxVQCAF6NDgDHVAIAyfIQAMpUAgAbVQIAzVQCAE/rEADOVAIA3VkCANBUAgCZ1xAA0lQCAMjPEADTVAIAZd4QANRUAgBN/BAA21QCAI5MDQDeVAIAb4QPACdVAgByVQIAnlUCAMlVAgDVVQIAIFYCAC9WAgB3VgIAgVYCAM5WAgDRVgIAJVcCAD9XAgB8VwIAhlcCANNXAgDYVwIAKlgCADRYAgCBWAIAjFgCANhYAgDeWAIAL1kCADRZAgCGWQIAilkCAI1CEgDiWQIANFoCAOtZAgCI5RAAPloCAItaAgCWWgIA4loCAOhaAgA5WwIAPlsCAJBbAgCUWwIA5EISAOxbAgB8BQMA7lsCAKY4DwDvWwIA+soNAPFbAgAmEhAAAVwCAD5cAgBIXAIAlVwCAKBcAgDsXAIA8lwCAENdAgBIXQIAml0CAJ5dAgDxXQIAFF4CADtDEgBVXgIAj48CAFZeAgCfXgIAol4CAPZeAgACXwIATV8CAGVfAgCkXwIAsF8CAPtfAgABYAIAUmACAFhgAgCpYAIArmACAABhAgAGYQIAkkMSAGFhAgCuYQIAuWECAAViAgALYgIAXGICAGFiAgCzYgIAt2ICAApjAgANYwIA6UMSAGtjAgC4YwIAw2MCAA9kAgAVZAIAZmQCAGtkAgC9ZAIAwWQCAEBEEgAVZQIAa2UCAHdlAgDCZQIAzmUCABlmAgAfZgIAcGYCAHZmAgDHZgIAzGYCAB5nAgAkZwIAl0QSAIFnAgDMZwIA0mcCACNoAgAvaAIAemgCAIdoAgDRaAIA4GgCAChpAgA0aQIAf2kCAItpAgDWaQIA3GkCAC1qAgAzagIAhGoCAIlqAgDbagIA4WoCAO5EEgA8awIALBMJAEhrAgCJawIAS2sCAHYECgCVawIA4GsCAOhrAgDtJhMA7GsCADdsAgA9bAIAjmwCAJRsAgDlbAIA6mwCADxtAgBCbQIARUUSAJttAgBStRMAnW0CAOptAgDwbQIAQW4CAPZtAgAn9AIAT24CAJhuAgCxbgIA724CAPhuAgBGbwIAUG8CAJ1vAgCpbwIA9G8CAABwAgBLcAIAUXACAKJwAgCocAIA+XACAP5wAgBQcQIAVnECAJxFEgCzcQIA/nECAAhyAgBVcgIAYHICAKxyAgCxcgIAA3MCAApzAgBacwIAZnMCALFzAgC3cwIACHQCAA50AgBfdAIAZHQCALZ0AgC8dAIA80USAB51AgBkdQIAZXUCALt1AgBqdQIA1HoCAMB1AgASdgIAIHYCAGl2AgB2dgIAwHYCAMp2AgAXdwIAI3cCAG53AgB0dwIAxXcCANF3AgAceAIAL3gCAHN4AgCCeAIAyngCANZ4AgAheQIAInkCAHh5AgCCeQIAz3kCAN15AgAmegIAK3oCAH16AgCKegIASkYSAOB6AgArewIAO3sCAIJ7AgCOewIA2XsCAN97AgAwfAIAPHwCAId8AgCUfAIA3nwCAO18AgA1fQIAQX0CAIx9AgCYfQIA430CAPZ9AgA6fgIASX4CAJF+AgCdfgIA6H4CAOl+AgA/fwIASX8CAJZ/AgCkfwIA7X8CAPJ/AgBEgAIAUYACAKFGEgCdgAIAhCwHAKeAAgDygAIAqIACAMgICwCpgAIA7DwNAAaBAgBJgQIAVYECAKCBAgBigQIARl4QAKaBAgD3gQIA/YECAE6CAgBTggIApYICAKuCAgD4RhIACIMCAFODAgBggwIA1hcDAGaDAgCqgwIAr4MCAK2VAgCygwIAzlsDALaDAgABhAIAB4QCAFiEAgBehAIAr4QCALSEAgAGhQIADIUCAE9HEgBphQIAtIUCALqFAgALhgIAEIYCAGKGAgBphgIAuYYCAMeGAgAQhwIAK4cCAGeHAgB1hwIAvocCAMGHAgAViAIAI4gCAGyIAgBxiAIAw4gCANCIAgAaiQIAJokCAHGJAgB3iQIAyIkCAM6JAgAfigIAJIoCAHaKAgB8igIApkcSANKKAgAkiwIALYsCAHuLAgCIiwIA0osCANmLAgApjAIAOowCAICMAgCFjAIA14wCAOaMAgAujQIAMI0CAIWNAgCWjQIA3I0CAOiNAgAzjgIAOY4CAIqOAgCQjgIA4Y4CAOaOAgA4jwIAPo8CAP1HEgCmjwIA5o8CAPKPAgA9kAIASZACAJSQAgCakAIA65ACAPGQAgBCkQIAR5ECAJmRAgCfkQIAVEgSAPaRAgCYxQIAB5ICAEeSAgBQkgIAnpICALSSAgD1kgIAAZMCAEyTAgBZkwIAo5MCAK2TAgD6kwIABpQCAFGUAgBXlAIAqJQCAK6UAgD/lAIABJUCAFaVAgBclQIAq0gSALaVAgAElgIADpYCAFuWAgBglgIAspYCAMKWAgAJlwIAIpcCAGCXAgBllwIAt5cCAMCXAgAOmAIAG5gCAGWYAgBsmAIAvJgCAL+YAgATmQIAH5kCAGqZAgB9mQIAwZkCANCZAgAYmgIAJJoCAG+aAgBwmgIAxpoCANCaAgAdmwIAK5sCAHSbAgB5mwIAy5sCANibAgACSRIAJZwCAHmcAgB8nAIA0JwCAN2cAgB/mwwA35wCACedAgApnQIAfp0CAIGdAgDVnQIA350CACyeAgA4ngIAg54CAJaeAgDangIA6Z4CADGfAgA9nwIAiJ8CAImfAgDfnwIA6Z8CADagAgBEoAIAjaACAJKgAgDkoAIA8aACAFlJEgA8oQIAkqECAJ6hAgDpoQIA76ECAECiAgBCogIAl6ICAKGiAgDuogIA/KICAEWjAgBKowIAnKMCAKmjAgDzowIA/6MCAEqkAgBdpAIAoaQCALCkAgD4pAIABKUCAE+lAgBQpQIApqUCALClAgD9pQIAC6YCAFSmAgBZpgIAq6YCALimAgCwSRIAC6cCAFmnAgAOpwIAy9INAF+nAgCwpwIAs6cCAAeoAgAVqAIAXqgCAGOoAgC1qAIAwqgCAAypAgAYqQIAY6kCAGmpAgC6qQIAwKkCABGqAgAWqgIAaKoCAG6qAgAHShIAwaoCABarAgDEqgIAsWIQAMaqAgDg/g4AJasCAG2rAgCNqwIAxKsCAMmrAgAbrAIANqwCAHKsAgB+rAIAyawCAM+sAgAgrQIAMK0CAHetAgCIrQIAzq0CANOtAgAlrgIAKa4CAHyuAgCIrgIA064CANmuAgAqrwIAMK8CAIGvAgCGrwIA2K8CAN6vAgBeShIAPrACAOEmEABFsAIAhrACAIewAgDdsAIA7rACADSxAgBAsQIAi7ECAKGxAgDisQIA7rECADmyAgBGsgIAkLICAJqyAgDnsgIA87ICAD6zAgBFswIAlbMCAKGzAgDsswIA8rMCAEO0AgBJtAIAmrQCAJ+0AgDxtAIA97QCALVKEgBKtQIAMY4QAFG1AgCftQIAoLUCAPa1AgD3tQIATbYCAFK2AgCktgIAqrYCAPu2AgAFtwIAUrcCAF63AgCptwIAsLcCAAC4AgAFuAIAV7gCAFi4AgCuuAIAurgCAAW5AgALuQIAXLkCAF65AgCzuQIAvbkCAAq6AgAYugIAYboCAGa6AgC4ugIAxboCAA+7AgAbuwIAZrsCAHm7AgC9uwIAzLsCABS8AgAgvAIAa7wCAGy8AgDCvAIAzLwCABm9AgAnvQIAcL0CAHW9AgDHvQIA1L0CAAxLEgAvvgIAdb4CAIG+AgDMvgIA474CACO/AgAlvwIAer8CAIu/AgDRvwIA078CACjAAgAuwAIAf8ACAJbAAgDWwAIA38ACAC3BAgBDwQIAhMECAJDBAgDbwQIA6MECADLCAgA8wgIAicICAJXCAgDgwgIA88ICADfDAgBGwwIAjsMCAJrDAgDlwwIA5sMCADzEAgBGxAIAk8QCAKHEAgDqxAIA78QCAEHFAgBOxQIAY0sSAJrFAgDvxQIAA8YCAEbGAgBUxgIAncYCAKrGAgD0xgIA+8YCAEvHAgBXxwIAoscCALXHAgD5xwIA/scCAFDIAgBZyAIAp8gCALHIAgD+yAIAA8kCAFXJAgBlyQIArMkCAMXJAgADygIACMoCAFrKAgBjygIAscoCAL7KAgAIywIAD8sCAF/LAgBiywIAtssCAMLLAgANzAIAIMwCAGTMAgBzzAIAu8wCAMfMAgASzQIAE80CAGnNAgBzzQIAwM0CAM7NAgAXzgIAHM4CAG7OAgB7zgIAuksSAN7OAgAczwIAKM8CAHPPAgB5zwIAys8CANLPAgDdSBAA2s8CACHQAgAm0AIAeNACAH7QAgDP0AIA5dACACbRAgAo0QIAfdECAIfRAgDU0QIA4NECACvSAgA+0gIAgtICAJHSAgDZ0gIA5dICADDTAgAx0wIAh9MCAJHTAgDe0wIA7NMCADXUAgA61AIAjNQCAJnUAgARTBIA7NQCADrVAgBA1QIAkdUCAJfVAgDo1QIA9NUCAD/WAgBM1gIAltYCAKDWAgDt1gIAA9cCAETXAgBJ1wIAm9cCAKLXAgDy1wIAANgCAEnYAgBZ2AIAoNgCAK7YAgD32AIABtkCAE7ZAgBQ2QIApdkCAK/ZAgD82QIACtoCAFPaAgBY2gIAqtoCALfaAgAB2wIADdsCAFjbAgBr2wIAr9sCAL7bAgAG3AIAEtwCAF3cAgBe3AIAtNwCAL7cAgAL3QIAGd0CAGLdAgBn3QIAud0CAMbdAgBoTBIAEt4CAGfeAgAc3gIAzVsKAHjeAgC+3gIAx94CABXfAgAh3wIAbN8CAHTfAgDQmhMAeN8CAMPfAgDJ3wIAGuACACDgAgBx4AIAduACAMjgAgDO4AIAv0wSAC7hAgB24QIAe+ECAM3hAgDU4QIAJOICADDiAgB74gIAguICADjmAgCH4gIA0uICAN/iAgAp4wIAOOMCAIDjAgCF4wIA1+MCAN7jAgAu5AIAOuQCAIXkAgCR5AIA3OQCAOLkAgAz5QIAOeUCAIrlAgCP5QIA4eUCAOflAgAWTRIAROYCAI/mAgCe5gIA5uYCAOvmAgA95wIAROcCAJTnAgCg5wIA6+cCAPfnAgBC6AIASOgCAJnoAgCf6AIA8OgCAPXoAgBH6QIATekCAG1NEgCq6QIA9ekCAAXqAgBM6gIAWuoCAKPqAgCw6gIA+uoCAAbrAgBR6wIAWOsCAKjrAgCw6wIAxE0SAAjsAgCpVBEADOwCAKkOAwAQ7AIAVuwCAGfsAgCt7AIAtewCAATtAgC57AIAzRgOAA7tAgBb7QIAYO0CALLtAgC67QIACe4CAAvuAgBg7gIAEu4CAGMAAwBo7gIAt+4CAM3uAgAO7wIAGu8CAGXvAgB77wIAvO8CANXvAgAT8AIAH/ACAGrwAgBw8AIAwfACAMnwAgAY8QIAKPECAG/xAgB48QIAxvECANPxAgAd8gIALPICAHTyAgB+8gIAy/ICANnyAgAi8wIAJ/MCAHnzAgCG8wIA0PMCANjzAgAbThIAPfQCAH70AgB/9AIA1fQCAN/0AgAs9QIANPUCAIP1AgCN9QIA2vUCAN/1AgAx9gIAOfYCAIj2AgCK9gIASvsCAIv2AgCuZgMAjvYCAN/2AgCP9gIA9HQDAJ72AgDRbQMA6/YCADb3AgA49wIAjfcCAJT3AgDk9wIA7PcCADv4AgA8+AIAkvgCAJj4AgDp+AIA7vgCAED5AgBB+QIAl/kCAKP5AgDu+QIA9PkCAEX6AgBP+gIAnPoCALD6AgDz+gIA+/oCAHJOEgBN+wIAofsCAFH7AgCVYQMApPsCAPj7AgAG/AIAT/wCAGb8AgCm/AIAs/wCAP38AgAF/QIAVP0CAFX9AgCr/QIAsf0CAAL+AgAH/gIAWf4CAFr+AgCw/gIAvP4CAAf/AgAN/wIAXv8CAGj/AgC1/wIAyf8CAAwAAwAUAAMAIE8SAHAAAwC6AAMAwQADABEBAwAdAQMAaAEDAHgBAwC/AQMAzQEDABYCAwAjAgMAbQIDAHkCAwDEAgMAywIDABsDAwAjAwMAzk8SAH4DAwDJAwMA0wMDACAEAwArBAMAdwQDAHwEAwDOBAMA1QQDACUFAwAtBQMAJVASAIQFAwDTBQMA4wUDACoGAwA2BgMAgQYDAIUGAwDYBgMA4AYDAC8HAwAxBwMAhgcDAIwHAwDdBwMA9AcDADQIAwA9CAMAiwgDAKEIAwDiCAMA7ggDADkJAwBGCQMAkAkDAJoJAwDnCQMA6gkDAD4KAwBGCgMAlQoDAJ8KAwDsCgMA8QoDAEMLAwBLCwMAmgsDAKoLAwDxCwMA+gsDAEgMAwBVDAMAnwwDAK4MAwD2DAMAAA0DAE0NAwBbDQMApA0DAKkNAwD7DQMACA4DAFIOAwBaDgMAfFASALYOAwAADwMAyA4DAJjPBAAFDwMAVw8DAGEPAwCuDwMAtg8DAAUQAwDFDwMASccQAAsQAwBcEAMAExADAGAlDgAUEAMA40kJABUQAwCTGwMAFhADAPpuDABoEAMAsxADALUQAwDv/A0AuhADAAoRAwAWEQMAYREDAHARAwC4EQMAyREDAA8SAwAREgMAZhIDAGwSAwC9EgMAyRIDABQTAwAcEwMA01ASAHETAwAqURIAzhMDAIFREgAcFAMAL1ISAHMUAwCGUhIAdRQDABQdBQDKFAMA+C0NANQUAwAeFQMAKBUDAHUVAwB3FQMAzBUDAN8VAwAjFgMAKxYDAA9JDgAvFgMAehYDAIAWAwDRFgMA1xYDACgXAwAtFwMAfxcDAIUXAwDdUhIA4BcDAC0YAwAvGAMAhBgDAI4YAwDbGAMA6RgDADIZAwA3GQMAiRkDAJYZAwDgGQMA7BkDADcaAwA9GgMAjhoDAJQaAwDlGgMA6hoDADwbAwBCGwMANFMSAKEbAwDqGwMA9xsDAEEcAwBIHAMAmBwDAKAcAwDvHAMA8BwDAAQaDADyHAMARh0DAAUdAwD6FwwAWh0DAJ0dAwCzHQMA9B0DAA0eAwBLHgMAUB4DAKIeAwCzHgMAi1MSAAofAwBQHwMAUh8DAKcfAwCxHwMA/h8DAAwgAwBVIAMAWiADAKwgAwC5IAMAAyEDAAshAwBaIQMAZiEDALEhAwBqIQMADSMDALchAwAIIgMADiIDAF8iAwBkIgMAtiIDALwiAwDiUxIADyMDAGQjAwByIwMAuyMDAMwjAwA5VBIAGSQDAJBUEgBxJAMAwCQDAHMkAwAMGQgAsiQDAATrEwDOJAMAFyUDAM8kAwCHKgMA0CQDAIGACgAkJQMAbiUDAH0lAwDFJQMAyiUDABwmAwAyJgMAcyYDAHQmAwDKJgMAzCYDACEnAwArJwMAeCcDAIYnAwDPJwMA6CcDACYoAwA3KAMAfSgDAIkoAwDUKAMA3CgDAJVVEgA/KQMAgikDAIMpAwDZKQMA5SkDADAqAwAzKgMA7FUSAIkqAwDeKgMA6yoDADUrAwBCKwMAjCsDAJErAwDjKwMA7SsDADosAwBCLAMAkSwDAKEsAwDoLAMA9iwDAD8tAwBMLQMAli0DAJ0tAwDtLQMA9S0DAEQuAwBHLgMAmy4DAK8uAwDyLgMACC8DAEkvAwBiLwMAoC8DAKUvAwD3LwMACDADAENWEgBWMAMAmlYSAFowAwChdQoAajADAGVEFACyMAMA/DADAAMxAwBTMQMAXzEDAKoxAwC6MQMAATIDAA8yAwBYMgMAZTIDAK8yAwC7MgMABjMDAA0zAwDxVhIAXzMDALQzAwBiMwMAfGEEAMEzAwALNAMAGDQDAGI0AwBnNAMAuTQDAMM0AwAQNQMAGDUDAGc1AwBsNQMA7YkEAHA1AwC+NQMAwTUDABU2AwAhNgMASFcSAHE2AwDDNgMAeDYDAAImCwDINgMAGjcDACI3AwBxNwMAhzcDAMg3AwDKNwMAHzgDACw4AwB2OAMAijgDAJ9XEgDSOAMAJDkDACw5AwCDHQsALjkDAHs5AwCDOQMA0jkDAN45AwApOgMANjoDAIA6AwCFOgMA1zoDAOA6AwAuOwMARTsDAIU7AwCQOwMA9lcSAOo7AwAzPAMANjwDAIo8AwCNPAMA4TwDAO88AwA4PQMART0DAI89AwCmPQMA5j0DAO49AwA9PgMAQz4DAJQ+AwCgPgMA6z4DAPU+AwBCPwMASz8DAJk/AwCfPwMA8D8DAP0/AwBNWBIAU0ADAJ5AAwBVQAMAxCoLAK1AAwD1QAMABkEDAExBAwBOQQMAo0EDAKlBAwD6QQMABkIDAFFCAwBYQgMAqEIDALBCAwD/QgMAAUMDAFZDAwBjQwMArUMDALRDAwAERAMADEQDAFtEAwBoRAMAskQDALdEAwAJRQMAE0UDAGBFAwBoRQMAt0UDAMBFAwAORgMAEUYDAGVGAwBxRgMAvEYDAMNGAwCkWBIAIEcDAGpHAwApRwMAg0wDAEtHAwAvLwsAhUcDAMFHAwDDRwMAGEgDAClIAwBvSAMAfUgDAMZIAwDNSAMAHUkDACVJAwB0SQMAeUkDAMtJAwDMSQMAIkoDAC5KAwB5SgMAf0oDANBKAwDSSgMAJ0sDADFLAwB+SwMAjEsDANVLAwDaSwMALEwDADlMAwD7WBIAhEwDANpMAwDfTAMAMU0DADdNAwCITQMAkk0DAN9NAwDrTQMANk4DAD1OAwCNTgMAlU4DAOROAwDmTgMAO08DAEhPAwCSTwMAmU8DAOlPAwDxTwMAQFADAE1QAwCXUAMAnFADAO5QAwD4UAMARVEDAE1RAwCcUQMApVEDAPNRAwD2UQMASlIDAFZSAwChUgMAqFIDAFJZEgAEUwMAkiALAAxTAwBPUwMAXFMDAKZTAwCwUwMA/VMDAP9TAwBUVAMAZ1QDAKtUAwCzVAMAAlUDAA5VAwBZVQMAX1UDALBVAwC2VQMAB1YDAAxWAwBeVgMAZFYDAKlZEgDDVgMADFcDABtXAwBjVwMAf1cDALpXAwCDVwMAqJkDAMJXAwAAWhIAGlgDAGhYAwB1WAMAv1gDAMlYAwAWWQMAJFkDAG1ZAwCDWQMAxFkDANBZAwAbWgMAI1oDAFdaEgB4WgMAyVoDAM9aAwAgWwMAJVsDAHdbAwB9WwMArloSANNbAwAlXAMALlwDAHxcAwCGXAMA01wDANtcAwAqXQMAL10DAIFdAwCRXQMA2F0DAOBdAwAvXgMANV4DADlgAwBIXgMAhl4DAIteAwDdXgMA5l4DADRfAwBBXwMAi18DAJJfAwDiXwMA5V8DAAVbEgA7YAMAkGADAJ1gAwDnYAMA/mADAD5hAwBKYQMAXFsSAJxhAwDsYQMA9GEDAENiAwBHYgMAmmIDAKhiAwDxYgMA+2IDAEhjAwBTYwMAn2MDAKdjAwD2YwMA+2MDAE1kAwBoZAMApGQDALBkAwD7ZAMAAWUDAFJlAwBiZQMAqWUDALplAwAAZgMABWYDAFdmAwBbZgMAs1sSALdmAwAFZwMAHmcDAFxnAwBmZwMAs2cDALlnAwAKaAMADGgDAGFoAwBwaAMAuGgDAMJoAwAPaQMAF2kDAGZpAwBqaQMAvWkDAMtpAwAUagMAHmoDAGtqAwB2agMAwmoDAMpqAwAZawMAHmsDAHBrAwCLawMAx2sDANNrAwAebAMAJGwDAHVsAwCFbAMAzGwDAN1sAwAjbQMAKG0DAHptAwB+bQMAClwSANptAwAobgMAOW4DAH9uAwCJbgMA1m4DAORuAwAtbwMALm8DAIRvAwCVbwMA228DAO9vAwAycAMAOnADAIlwAwCNcAMA4HADAO5wAwA3cQMAQXEDAI5xAwCZcQMA5XEDAO1xAwA8cgMAQXIDAJNyAwCucgMA6nIDAPZyAwBBcwMAR3MDAJhzAwCocwMA73MDAAB0AwBGdAMAS3QDAJ10AwChdAMAYVwSAAJ1AwBLdQMAZnUDAKJ1AwCwdQMA+XUDAAB2AwBQdgMAXHYDAKd2AwCvdgMAuFwSAAx3AwBVdwMAX3cDAKx3AwC3dwMAA3gDAAt4AwBaeAMAX3gDALF4AwDMeAMACHkDABR5AwBfeQMAZXkDALZ5AwDGeQMADXoDAB56AwBkegMAaXoDALt6AwC/egMAD10SACN7AwBpewMAcXsDAMB7AwDBewMAF3wDABx8AwBufAMAfHwDAMV8AwDSfAMAHH0DACZ9AwBzfQMAf30DAMp9AwDQfQMAIX4DACl+AwB4fgMAf34DAM9+AwDbfgMAJn8DACx/AwB9fwMAiX8DANR/AwDkfwMAK4ADADeAAwCCgAMAiIADANmAAwDlgAMAMIEDAD2BAwCHgQMAloEDAN6BAwDqgQMAZl0SADiCAwCMggMAj4IDAOOCAwDxggMAOoMDAFGDAwCRgwMAnoMDAOiDAwD+gwMAP4QDAEuEAwCWhAMAo4QDAO2EAwD3hAMARIUDAEyFAwCbhQMApYUDAPKFAwD3hQMASYYDAFGGAwCghgMArIYDAPeGAwAEhwMATocDAFiHAwClhwMAq4cDAPyHAwAQiAMAU4gDAFuIAwCqiAMAuIgDAAGJAwAOiQMAWIkDAGCJAwCviQMAvIkDAAaKAwAUigMAXYoDAG6KAwC0igMAvIoDAAuLAwAhiwMAYosDAGSLAwC5iwMAuosDAL1dEgAVjAMAErIOAB6MAwBnjAMAdowDAL6MAwDKjAMAFY0DAB2NAwAUXhIAcY0DAMONAwDMjQMAGo4DACeOAwBxjgMAeI4DAMiOAwDLjgMAH48DACePAwB2jwMAe48DAM2PAwDWjwMAJJADAC6QAwB7kAMAg5ADANKQAwDXkAMAKZEDADmRAwCAkQMAiJEDANeRAwDdkQMALpIDADCSAwCFkgMAkpIDANySAwDzkgMAM5MDAD+TAwBrXhIAlpMDAOGTAwDnkwMAPFwQAPiTAwA4lAMARJQDAI+UAwCVlAMA5pQDAO6UAwA9lQMARJUDAJSVAwCilQMA65UDAAaWAwBClgMAUJYDAJmWAwCglgMA8JYDAPyWAwBHlwMAT5cDAMJeEgCylwMA9ZcDAP2XAwBMmAMAfZgDAKOYAwCvmAMA+pgDAACZAwBRmQMAVpkDABlfEgC0mQMA/5kDAAaaAwBWmgMAXpoDAK2aAwCvmgMABJsDAA6bAwBbmwMAY5sDAHBfEgDAmwMA+KkDAMGbAwAJnAMAC5wDAGCcAwBxnAMAt5wDAMicAwAOnQMAGp0DAGWdAwBsnQMAvJ0DAMSdAwATngMAQJ4DAGqeAwBvngMAwZ4DAMKeAwAYnwMAIp8DAG+fAwB9nwMAxp8DAMufAwAdoAMAKqADAHSgAwCQoAMAy6ADAOegAwDHXxIAL6EDAHmhAwB9oQMA0KEDANahAwAnogMAKaIDAH6iAwB/ogMA1aIDAPiiAwAsowMAUKMDAIOjAwCwowMA2qMDAOKjAwAxpAMANqQDAIikAwCVpAMA36QDAOekAwA2pQMAOKUDAI2lAwCVpQMA5KUDABGmAwA7pgMASKYDAJKmAwCXpgMA6aYDAPamAwBApwMATKcDAJenAwDEpwMA7qcDAPanAwBFqAMAYKgDAJyoAwCeqAMA86gDAASpAwBKqQMAU6kDAKGpAwCtqQMAHmASAAWqAwBPqgMAVqoDAKaqAwCyqgMA/aoDABCrAwBUqwMAXKsDAKurAwCwqwMAAqwDAAusAwBZrAMAY6wDALCsAwC4rAMAB60DAAytAwBerQMAbq0DALWtAwC9rQMADK4DACWuAwBjrgMAaK4DALquAwDDrgMAEa8DAB6vAwBorwMAb68DAL+vAwDCrwMAdWASABuwAwBtsAMAI7ADAOZvDQB2sAMAxLADAMywAwAbsQMAJrEDAHKxAwB0sQMAybEDAOSxAwAgsgMALLIDAHeyAwB/sgMAzGASANuyAwAlswMALbMDAHyzAwCIswMA07MDANmzAwAqtAMAMLQDAIG0AwCGtAMA2LQDAN60AwAjYRIAPLUDAIa1AwCOtQMA3bUDAPG1AwA0tgMAObYDAIu2AwCUtgMA4rYDAOi2AwA5twMAQbcDAJC3AwCTtwMA57cDAAS4AwA+uAMAT7gDAJW4AwCduAMA7LgDAO+4AwBDuQMAV7kDAJq5AwCnuQMA8bkDAPu5AwBIugMASroDAJ+6AwCyugMA0WESAPu6AwBNuwMAXrsDAKS7AwCtuwMA+7sDABG8AwBSvAMAX7wDAKm8AwCxvAMAAL0DAB+9AwAoYhIAY70DAK69AwC2vQMAf2ISAAi+AwBcvgMAZL4DALO+AwDAvgMACr8DAA+/AwBhvwMAab8DALi/AwC5vwMAD8ADABHAAwBmwAMAbMADAL3AAwC/wAMAFMEDACrBAwBrwQMAd8EDAMLBAwDMwQMAGcIDACXCAwBwwgMAdsIDAMfCAwDPwgMAHsMDAFDDAwDWYhIAfsMDAMzDAwDWwwMAI8QDACvEAwB6xAMAe8QDANHEAwDXxAMAKMUDADTFAwB/xQMAgMUDANbFAwDYxQMALcYDADPGAwCExgMAkMYDANvGAwDixgMAMscDADrHAwCJxwMAjMcDAODHAwDqxwMAN8gDADnIAwCOyAMAmMgDAOXIAwDxyAMAPMkDAFLJAwCTyQMAn8kDAOrJAwD3yQMAQcoDAEvKAwCYygMAoMoDAO/KAwABywMALWMSAEjLAwCdywMAp8sDAPTLAwD2ywMAS8wDAGTMAwCizAMApMwDAPnMAwD8zAMAUM0DAFzNAwCnzQMAr80DAIRjEgASzgMAVc4DAFjOAwCszgMAts4DAAPPAwAPzwMAWs8DAHDPAwCxzwMAuc8DAAjQAwAW0AMAX9ADAGLQAwC20AMAvtADAA3RAwAQ0QMAZNEDABvRAwCH2AMAbtEDALvRAwBv0QMAytQDAL3RAwAS0gMAGNIDAGnSAwBz0gMAwNIDAM7SAwAX0wMAJNMDAG7TAwCF0wMAxdMDAM3TAwAc1AMAJdQDAHPUAwB01AMA22MSANPUAwAh1QMAK9UDAHjVAwCC1QMAz9UDAN3VAwAm1gMAM9YDAH3WAwCU1gMA1NYDANzWAwAr1wMAMtcDAILXAwCH1wMA2dcDAN3XAwAw2AMAPdgDADJkEgCU2AMA3tgDAObYAwA12QMAO9kDAIzZAwCY2QMA49kDAPLZAwA62gMAP9oDAJHaAwCs2gMA6NoDAPTaAwA/2wMARdsDAJbbAwCq2wMA7dsDAPXbAwBE3AMAWtwDAJvcAwCg3AMA8twDAPncAwBJ3QMAVd0DAIlkEgCn3QMA990DAAXeAwBO3gMAW94DAKXeAwC83gMA/N4DAATfAwBT3wMAWd8DAKrfAwC23wMAAeADAAjgAwBY4AMAZuADAK/gAwCy4AMABuEDAA7hAwBd4QMAa+EDALThAwC34QMAC+IDABPiAwBi4gMAc+IDALniAwC+4gMAEOMDABLjAwBn4wMAbuMDAL7jAwDM4wMAFeQDACLkAwBs5AMAg+QDAMPkAwDL5AMAGuUDACTlAwBx5QMAfOUDAMjlAwDU5QMAH+YDACfmAwDgZBIAeOYDAM3mAwDX5gMAJOcDACbnAwB75wMAfucDANLnAwDe5wMAKegDADPoAwCA6AMAiOgDANfoAwDl6AMALukDADvpAwCF6QMAjekDANzpAwDy6QMAM+oDAD/qAwCK6gMAoOoDAOHqAwDm6gMAOOsDAD7rAwCP6wMAo+sDADdlEgDp6wMAPewDAEXsAwCU7AMAouwDAOvsAwCq7AMAzIUIAPjsAwBC7QMASu0DAJntAwCj7QMA8O0DAPvtAwBH7gMAU+4DAJ7uAwCm7gMAjmUSAPvuAwBM7wMAUe8DAKPvAwCy7wMA+u8DAAbwAwBR8AMAVPADAKjwAwCr8AMA//ADAAfxAwBW8QMAW/EDAK3xAwC98QMABPIDAAzyAwBb8gMAXvIDALLyAwC88gMACfMDAAvzAwBg8wMAZvMDALfzAwDB8wMADvQDABz0AwBl9AMAcvQDALz0AwDT9AMAE/UDABv1AwBq9QMAc/UDAMH1AwDC9QMA5WUSACX2AwBv9gMAcvYDAMzmCgB19gMAkCwKAHf2AwDG9gMAefYDALjEBAB79gMA8pQGAMn2AwAzrAgAzPYDAHIXBwDQ9gMAHfcDANT2AwDctQoA1vYDABmECAAi9wMAdPcDACn3AwC/CwUAK/cDALOKCgB89wMAy/cDAM73AwAi+AMALvgDAHn4AwB/+AMA0PgDAOv4AwAn+QMAM/kDAH75AwCE+QMA1fkDAN35AwAs+gMALvoDAIP6AwAx+gMAgQsEAI36AwDa+gMA4voDADxmEgBC+wMAiPsDAI/7AwDf+wMA5/sDADb8AwBD/AMAjfwDAJL8AwDk/AMA7vwDADv9AwBD/QMAkv0DAJT9AwDK9woAl/0DABqnCACc/QMA6f0DAKH9AwB/HAQAov0DAD+iCQDv/QMAQP4DAEL+AwCX/gMApP4DAO7+AwDx/gMARf8DAFb/AwCc/wMAnv8DAPP/AwD9/wMASgAEAFYABAChAAQAqQAEAOpmEgD9AAQATwEEAFIBBACmAQQAsAEEAP0BBAAFAgQAVAIEAGECBACrAgQArQIEAAIDBAAYAwQAWQMEAGUDBACwAwQAuAMEAEFnEgAMBAQAXgQEAG0EBAC1BAQAtwQEAAwFBAAdBQQAYwUEAG4FBAC6BQQAvwUEABEGBAAUBgQAaAYEAHIGBAC/BgQA0QYEABYHBAAeBwQAbQcEAHcHBADEBwQAyQcEABsIBAAjCAQAcggEAHQIBADJCAQA0AgEACAJBAAnCQQAdwkEAH0JBADOCQQA2gkEACUKBAAoCgQAfAoEAH8KBADTCgQA7woEACoLBAAyCwQA72cSAI4LBADYCwQA4AsEAC8MBAAyDAQAhgwEAIsMBADdDAQA7AwEADQNBABUDQQAiw0EAJcNBADiDQQA7A0EADkOBABBDgQAkA4EAKIOBABGaBIA8Q4EAD4PBABMDwQAlQ8EAKIPBADsDwQAAxAEAEMQBABLEAQAmhAEAKkQBADxEAQA9hAEAEgRBABVEQQAnxEEAKwRBAD2EQQAAhIEAE0SBABcEgQApBIEAK4SBAD7EgQACRMEAFITBABXEwQAqRMEALYTBAAAFAQAAxQEAFcUBABfFAQArhQEALMUBAAFFQQAEhUEAFwVBABkFQQAsxUEALwVBAAKFgQAFxYEAGEWBABvFgQAuBYEAMsWBAAPFwQAFxcEAGYXBABtFwQAvRcEAMIXBAAUGAQAKhgEAGsYBABtGAQAwhgEANAYBAAZGQQAJhkEAHAZBAB4GQQAxxkEAMoZBAAeGgQAIxoEAHUaBACEGgQAzBoEAOwaBAAjGwQALxsEAHobBACEGwQA0RsEANkbBAAoHAQAOhwEAJ1oEgCEHAQA1hwEAOMcBAAtHQQAOh0EAIQdBACQHQQA2x0EAOodBAAyHgQAPB4EAIkeBACRHgQA4B4EAOoeBAA3HwQAPB8EAI4fBACWHwQA9GgSAPEfBAA8IAQAQiAEAJMgBACuIAQA6iAEAPYgBABBIQQARyEEAJghBAC0IQQA7yEEAPchBABLaRIATiIEAJ0iBACnIgQA9CIEAP8iBABLIwQAVyMEAKIjBACqIwQAomkSAAUkBABQJAQAViQEAKckBADCJAQA/iQEAAolBABVJQQAWyUEAKwlBAC0JQQAAyYEAAkmBABaJgQAYyYEALEmBAC+JgQACCcEABUnBABfJwQAbScEALYnBADDJwQADSgEACQoBABkKAQAbCgEALsoBADAKAQAEikEAMwoBAAcKwQAHykEAGkpBABxKQQAwCkEAMspBAAXKgQAHCoEAG4qBABxKgQAxSoEAM8qBAD5aRIAISsEAHMrBACCKwQAyisEAMwrBAAhLAQAMiwEAHgsBACJLAQAzywEAOMsBABQahIANy0EAH0tBACALQQA1C0EAIUtBAC0TAgAii0EAIafEADeLQQAKy4EAC0uBACCLgQAjC4EANkuBADlLgQAMC8EAFovBACHLwQAki8EAM1CBQCtLwQA3i8EABEwBAA1MAQAWzAEAIwwBACyMAQA4zAEABcxBAA6MQQAZTEEAJExBACZMQQA6DEEABIyBAA/MgQAdDIEAJYyBADBMgQA7TIEAPUyBABEMwQAUzMEAJszBACgMwQA8jMEAPszBABJNAQA/zMEABo8BABaNAQAoDQEAKc0BAD3NAQA/zQEAE41BABbNQQApTUEAKo1BAD8NQQABjYEAFM2BABbNgQAqjYEALQ2BADmQgQAuTYEAAE3BAAGNwQAWDcEAGU3BACvNwQAvDcEAAY4BAASOAQAXTgEAGw4BAC0OAQAvjgEAAs5BAATOQQAYjkEAGw5BAC5OQQAvjkEABA6BAAYOgQAp2oSAHM6BAC+OgQAxDoEABU7BAAwOwQAbDsEAHg7BADDOwQAyTsEAP5qEgAnPAQAcTwEAH08BADIPAQA1zwEAB89BAApPQQAdj0EAIQ9BADNPQQA0j0EACQ+BAAxPgQAez4EAIM+BADSPgQA3D4EACk/BAAuPwQAgD8EAIg/BADXPwQA2j8EAC5ABAA6QAQAhUAEAItABADcQAQA90AEADNBBAA/QQQAikEEAJBBBADhQQQA6UEEADhCBAA6QgQAj0IEAJlCBABVaxIA7EIEAD1DBAA/QwQAlEMEAKFDBADrQwQA7kMEAEJEBABTRAQAmUQEAJtEBADwRAQA+kQEAEdFBABTRQQAnkUEAKZFBACsaxIA+kUEAExGBABPRgQAo0YEAK1GBAD6RgQAAkcEAFFHBABeRwQAqEcEAKpHBAD/RwQAFUgEAFZIBABiSAQAA2wSAMlIBAAESQQAIEkEAFpsEgBgSQQAskkEAL9JBAAJSgQAFkoEAGBKBABsSgQAt0oEAMZKBAAOSwQAGEsEAGVLBABzSwQAvEsEAMFLBAATTAQAIEwEAGpMBACDTAQAwUwEAMNMBAAYTQQAH00EALFsEgCMTQQAxk0EANdNBAAdTgQAKU4EAHROBACHTgQAy04EANpOBAAiTwQALk8EAHlPBAB6TwQA0E8EANpPBAAnUAQANVAEAH5QBACDUAQA1VAEAOJQBAAIbRIAMVEEAINRBACQUQQA2lEEAOdRBAAxUgQAPVIEAIhSBACXUgQA31IEAOlSBAA2UwQARFMEAI1TBACSUwQA5FMEAPFTBAA7VAQAQ1QEAA1uEgCXVAQA6VQEAPFUBABkbhIAQlUEAJdVBAClVQQA7lUEAP9VBAC7bhIATFYEABJvEgChVgQA81YEAPtWBABKVwQAWVcEAKFXBACmVwQA+FcEAAVYBABPWAQAXFgEAKZYBACyWAQA/VgEAAxZBABUWQQAXlkEAMBvEgCtWQQAd5cPALFZBADhbg0AvlkEAAJaBAARWgQAWVoEAGVaBACwWgQAsVoEAAdbBAARWwQAXlsEAGxbBAC1WwQAulsEAAxcBAAZXAQAF3ASAGdcBAC6XAQAxVwEABFdBAAfXQQAaF0EAHldBAC/XQQAy10EABZeBAAeXgQAbnASAHJeBADEXgQA0V4EABtfBAAoXwQAcl8EAH5fBADJXwQA2F8EACBgBAAqYAQAd2AEAIVgBADOYAQA22AEACVhBAA8YQQAxXASAIlhBADTYQQA4GEEACpiBAA2YgQAgWIEAJBiBADYYgQA4mIEAC9jBAA9YwQAhmMEAEtjBAA19wkAi2MEAN1jBADqYwQANGQEADxkBAAccRIAl2QEAOJkBADyZAQAOWUEAEJlBACQZQQAk2UEAOdlBADzZQQAPmYEAEVmBABzcRIAomYEAOxmBAD7ZgQAQ2cEAERnBACaZwQAsWcEAPFnBAALaAQASGgEAFRoBACfaAQAsmgEAPZoBAAFaQQATWkEAFlpBACkaQQApWkEAPtpBAAFagQAUmoEAGBqBACpagQArmoEAABrBAANawQAynESAHFrBACuawQAvWsEAAVsBAAHbAQAXGwEAApsBADRcgQAaWwEALNsBADAbAQACm0EAA9tBABhbQQAa20EALhtBADHbQQAD24EABRuBABmbgQAc24EAL1uBADKbgQAFG8EACBvBABrbwQAem8EAMJvBADMbwQAGXAEACZwBABwcAQAdXAEAMdwBADLcAQAHnEEACpxBAB1cQQAe3EEAMxxBADScQQAI3IEAChyBAB6cgQAgHIEACFyEgDecgQAKHMEADVzBAB/cwQAi3MEANZzBADlcwQALXQEADd0BACEdAQAknQEANt0BADgdAQAMnUEAD91BACJdQQAkHUEAOB1BADldQQAN3YEAEN2BACOdgQAkXYEAOV2BADydgQAPHcEAEF3BACTdwQAnXcEAOp3BAD2dwQAQXgEAFR4BACYeAQApngEAO94BADyeAQARnkEAFB5BACdeQQAqXkEAPR5BAD6eQQAS3oEAFF6BACiegQAp3oEAPl6BAD/egQAeHISAFJ7BACnewQAuHsEAP57BAAPfAQAVXwEAF18BACsfAQAvHwEAAN9BAAFfQQAWn0EAGh9BACxfQQAwn0EAM9yEgAPfgQAJnMSAGB+BAC2fgQAu34EAA1/BAC8fgQAkqsEABN/BABkfwQAbn8EALt/BADHfwQAEoAEABiABABpgAQAb4AEAMCABADFgAQAF4EEAB2BBAB9cxIAfIEEAMWBBADegQQAHIIEAB2CBABzggQAkIIEAMqCBADSggQAy6UEAOSCBAAhgwQAJIMEAHiDBAB9gwQAgnQSAOiDBAAmhAQALIQEAH2EBAA8hAQAwVEFAH+EBADUhAQA2oQEACuFBAA/hQQAgoUEAIqFBADZhQQA5oUEADCGBAA1hgQAh4YEAJGGBADehgQA5oYEADWHBABGhwQAjIcEAJGHBADjhwQA5YcEADqIBABBiAQAkYgEAJ2IBADoiAQA74gEAD+JBABbiQQAlokEAJ6JBADZdBIA7okEAESKBABQigQAm4oEAKiKBADyigQA+ooEAEmLBABMiwQAoIsEAKuLBAD3iwQA+YsEAE6MBABUjAQApYwEALGMBAD8jAQAA40EAFONBABbjQQAqo0EAK+NBAABjgQAGo4EAFiOBACEjgQAr44EALuOBAAGjwQAFY8EAF2PBABnjwQAtI8EALyPBAALkAQAG5AEAGKQBABwkAQAuZAEAMqQBAAQkQQAHJEEADB1EgBskQQAvpEEAMaRBAAVkgQAFpIEAGySBAArkgQAPRQMAImSBADDkgQAy5IEABqTBAAekwQAcZMEAHeTBADIkwQAypMEAB+UBAAglAQAdpQEAHeUBADNlAQA2ZQEACSVBAAqlQQAe5UEAIOVBADSlQQA1JUEACmWBABElgQAgJYEAIKWBADXlgQA5ZYEAC6XBAA/lwQAhZcEAIeXBADclwQA9ZcEADOYBABEmAQAipgEAJaYBACHdRIA75gEADiZBAD9mAQAnlkIAE6ZBACPmQQAkJkEAOaZBAD3mQQAPZoEAEmaBACUmgQAqpoEAOuaBAD3mgQAQpsEAE+bBACZmwQAo5sEAPCbBADymwQAR5wEAFGcBACenAQArJwEAPWcBAD6nAQATJ0EAFmdBACjnQQAv50EAPqdBAACngQA3nUSAF+eBACongQAwZ4EAP+eBAAAnwQAVp8EAHOfBACtnwQAtZ8EAASgBAAVoAQAW6AEAGmgBACyoAQAy6AEAAmhBAAPoQQAYKEEAGKhBAC3oQQAvaEEAA6iBAAiogQAZaIEAG2iBAC8ogQAyaIEABOjBAAYowQAaqMEAHSjBADBowQAyaMEABikBAAopAQAb6QEAHSkBADGpAQAz6QEAB2lBAAqpQQAdKUEAHulBAA1dhIA3KUEACKmBAAwpgQAeaYEAJKmBADQpgQA1qYEACenBAAppwQAfqcEAISnBADVpwQA6acEACyoBAA0qAQAg6gEAJCoBADaqAQA36gEADGpBAA7qQQAiKkEAJCpBADfqQQA76kEADaqBAA7qgQAjaoEAJaqBADkqgQA8aoEADurBABCqwQAjHYSAJerBADpqwQA6qsEAECsBABMrAQAl6wEAJ2sBADurAQA/6wEAEWtBABZrQQAnK0EAKutBADzrQQA+K0EAEquBABXrgQAoa4EALGuBAD4rgQABq8EAE+vBABmrwQApq8EAK+vBAD9rwQAA7AEAFSwBABgsAQAq7AEALKwBAACsQQAHrEEAFmxBABhsQQA43YSALaxBAAHsgQADbIEAF6yBABjsgQAtbIEALuyBAA6dxIAEbMEAGOzBABlswQAurMEAMGzBAARtAQAH7QEAGi0BAB1tAQAv7QEANa0BAAWtQQAHrUEAG21BAButQQAxLUEAMe1BAAbtgQAL7YEAHK2BACBtgQAybYEAM62BAAgtwQAIbcEAHe3BACOtwQA6HcSANC3BAAluAQAMrgEAHy4BACJuAQA07gEANi4BAAquQQANLkEAIG5BACJuQQA2LkEAOi5BAAvugQAPboEAIa6BACTugQA3boEAOS6BAA0uwQAPLsEAIu7BACNuwQA4rsEAOq7BAA5vAQAOrwEAJC8BABPvAQA2lYFAJW8BADnvAQA6rwEAD69BABIvQQAlb0EAKy9BADsvQQA8r0EAEO+BABPvgQAmr4EAJ2+BADxvgQADr8EAEi/BABZvwQAn78EAKe/BAD2vwQA/b8EAE3ABABTwAQApMAEALLABAD7wAQAFsEEAFLBBABewQQAqcEEAK/BBAAAwgQAFcIEAFfCBABfwgQArsIEALjCBAAFwwQAC8MEAFzDBABqwwQAs8MEAL/DBAAKxAQAEcQEAGHEBABpxAQAP3gSAMbEBAAPxQQAJcUEAGbFBAByxQQAvcUEAMLFBAAUxgQAHcYEAGvGBAB1xgQAwsYEAM7GBAAssgYA3sYEABnHBAAhxwQAlngSAHXHBADHxwQA1McEAB7IBAAryAQAdcgEAIHIBADMyAQA28gEACPJBAAtyQQAeskEAIjJBADRyQQA1skEACjKBAA1ygQAf8oEAIfKBADteBIA5MoEAC3LBABDywQAhMsEAJDLBADbywQA4MsEADLMBAA7zAQAicwEAJPMBADgzAQA6MwEADfNBABDzQQAjs0EAKHNBADlzQQA5s0EADzOBABKzgQAk84EAJnOBADqzgQA9s4EAEHPBABIzwQARHkSAKLPBADvzwQA988EAEbQBABM0AQAoR4KAFXQBACd0AQAotAEAL4/BQCj0AQA9NAEAADRBABL0QQATdEEAKLRBACs0QQA+dEEAAXSBABQ0gQAWNIEAJt5EgCv0gQA/tIEAA3TBABV0wQAWtMEAKzTBAC50wQAA9QEABDUBABa1AQAZtQEALHUBADA1AQACNUEABLVBABf1QQAbdUEALbVBAC71QQADdYEABrWBABk1gQAbNYEALvWBADF1gQAEtcEABfXBABp1wQAcdcEAMDXBADL1wQAF9gEABzYBABu2AQAcdgEAMXYBADP2AQAHNkEACTZBADyeRIAeNkEAMrZBADZ2QQAIdoEACPaBAB42gQAidoEAM/aBADa2gQAJtsEACvbBAB92wQAgNsEANTbBADe2wQAK9wEADPcBACC3AQAhNwEANncBADm3AQAMN0EADfdBACH3QQAj90EAN7dBADf3QQANd4EADreBACM3gQAkt4EAOPeBADt3gQAOt8EAELfBABJehIAx98EAOjfBAAd4AQAP+AEAFngBACW4AQAvOAEAO3gBAAH4QQAROEEAGrhBACb4QQAteEEAPLhBAAb4gQASeIEAFHiBACg4gQAouIEAPfiBAAE4wQATuMEAFXjBACl4wQAreMEAPzjBAD94wQAU+QEAFjkBACq5AQAsOQEAAHlBAAL5QQAWOUEAGDlBACgehIAy+UEAPd6EgAO5gQAXeYEAF/mBAC05gQAweYEAAvnBAAS5wQAYucEAGrnBAC55wQAuucEABDoBAAV6AQAZ+gEAG3oBAC+6AQAyOgEABXpBAAd6QQATnsSAHHpBADD6QQAxekEABrqBAAh6gQAceoEAH/qBADI6gQA1eoEAB/rBAA26wQAdusEAH7rBADN6wQA1+sEACTsBADj6wQAVk0FAC/sBAB77AQAh+wEANLsBADa7AQApXsSACrtBACA7QQAM+0EAH/PBQA/7QQAybsFAIXtBADX7QQA2u0EAC7uBAA47gQAhe4EAJzuBADc7gQA4u4EADPvBAA/7wQAiu8EAI3vBADh7wQA/u8EADjwBABJ8AQAj/AEAK7wBADm8AQA7vAEAD3xBAA/8QQAlPEEAKPxBADr8QQA9fEEAELyBABQ8gQAmfIEALTyBADw8gQA/PIEAEfzBABP8wQA/HsSAKrzBAD18wQABPQEAEz0BABR9AQAo/QEAKn0BAD69AQAAfUEAFH1BABZ9QQAqPUEAKr1BAD/9QQABvYEAFb2BABY9gQArfYEAK72BAAE9wQADvcEAFv3BABn9wQAsvcEALj3BAAJ+AQAI/gEAGD4BABo+AQAt/gEAM34BAAO+QQAHPkEAGX5BABo+QQAvPkEAL/5BAAT+gQAIfoEAGr6BAB3+gQAwfoEANj6BAAY+wQAIPsEAG/7BABx+wQAxvsEAM77BAAd/AQANPwEAHT8BACA/AQAy/wEAOH8BAAi/QQAKv0EAHn9BACH/QQA0P0EANr9BAAn/gQAL/4EAH7+BACF/gQA1f4EAOH+BAAs/wQALf8EAIP/BACP/wQA2v8EAOf/BAAxAAUAOAAFAIgABQCLAAUA3wAFAOcABQA2AQUAOwEFAI0BBQCaAQUA5AEFABQCBQA7AgUAQwIFAFN8EgCaAgUAdbcSAK4CBQDpAgUA8QIFAKp8EgBOAwUAlwMFAJkDBQDuAwUA/wMFAEUEBQBNBAUAnAQFAKgEBQDzBAUA+QQFAEoFBQBQBQUAoQUFAKYFBQD4BQUA/gUFAAF9EgBUBgUApgYFAFsGBQBXnQ4ArgYFAP0GBQACBwUAd9UKAAMHBQAdHwwACQcFALOPCwAMBwUAVAcFAA4HBQBlHAwAFAcFAJqPDABZBwUAqwcFAFoHBQA7xAkAuAcFAAIIBQAPCAUAWQgFAGUIBQCwCAUAvwgFAAcJBQARCQUAXX4SAGgJBQC1CQUAugkFAAwKBQAUCgUAtH4SAGgKBQC6CgUAvQoFABELBQAbCwUAaAsFAJALBQBifxIAxQsFABYMBQAsDAUAbQwFAHsMBQDEDAUA0QwFABsNBQAdDQUAcg0FAHwNBQDJDQUA1Q0FACAOBQAnDgUAdw4FAH8OBQDODgUA1Q4FACUPBQAuDwUAfA8FAIgPBQDTDwUA2w8FALl/EgAvEAUAgRAFAIkQBQDYEAUA5xAFAC8RBQA0EQUAhhEFAJMRBQDdEQUA6hEFADQSBQBAEgUAixIFAJoSBQDiEgUA7BIFADkTBQBHEwUAkBMFAJUTBQDnEwUA9BMFAD4UBQBGFAUAlRQFAJ8UBQDsFAUA+hQFAEMVBQBZFQUAmhUFAKYVBQDxFQUA9hUFAEgWBQBRFgUAnxYFAKkWBQAQgBIAABcFAE0XBQBZFwUApBcFAKwXBQBngBIAABgFAFIYBQBfGAUAqRgFALYYBQAAGQUADBkFAFcZBQBmGQUArhkFALgZBQAFGgUAHRoFAFwaBQBmGgUAsxoFAMEaBQAKGwUAIBsFAGEbBQBtGwUAuBsFAL0bBQAPHAUAGBwFAGYcBQBwHAUAvRwFAMUcBQC+gBIAIR0FAGsdBQAqHQUAxcIRAHgdBQDCHQUAzh0FABkeBQAoHgUAcB4FAHoeBQDHHgUA1R4FAB4fBQArHwUAdR8FAIwfBQDMHwUA1B8FACMgBQAtIAUAeiAFAH8gBQDRIAUA2SAFABWBEgA0IQUAfyEFAIUhBQDWIQUA8SEFAC0iBQA5IgUAhCIFAIoiBQBsgRIA4yIFAMOBEgA3IwUAiSMFAJYjBQDgIwUA7SMFADckBQBDJAUAjiQFAJ0kBQDlJAUA7yQFADwlBQBKJQUAkyUFAJglBQDqJQUA9yUFAEEmBQBJJgUAGoISAKQmBQDvJgUA/yYFAEYnBQBPJwUAnScFAKAnBQD0JwUAACgFAEsoBQBSKAUAcYISALAoBQD5KAUADykFAFApBQBcKQUApykFAK4pBQD+KQUABioFAFUqBQBaKgUArCoFALUqBQADKwUADSsFAMiCEgBfKwUAsSsFAGYrBQAcMAUAuSsFAAgsBQAOLAUAXywFAGQsBQC2LAUAvywFAA0tBQAXLQUAZC0FAHAtBQC7LQUAwy0FAB+DEgAXLgUAaS4FAHEuBQDALgUAyy4FABcvBQAcLwUAbi8FAHEvBQDFLwUAzy8FAHaDEgAmMAUAczAFAHcwBQDKMAUAzzAFACExBQAnMQUAeDEFAJgxBQDPMQUA1zEFACYyBQA0MgUAfTIFAIAyBQDUMgUA3DIFACszBQA0MwUAgjMFAI8zBQDZMwUA3zMFADA0BQA8NAUAhzQFAIk0BQDeNAUA7TQFADU1BQBANQUAjDUFAI41BQDjNQUA/DUFADo2BQBLNgUAkTYFAJ02BQDNgxIA8DYFAD83BQBfNwUAljcFAKQ3BQDtNwUA+jcFAEQ4BQBLOAUAmzgFALc4BQDyOAUA+jgFACSEEgBOOQUAoDkFAK05BQD3OQUABDoFAE46BQBaOgUApToFALQ6BQD8OgUABjsFAFM7BQBoOwUAqjsFALI7BQABPAUAEDwFAFg8BQBaPAUArzwFALg8BQAGPQUACT0FAF09BQBpPQUAtD0FANA9BQALPgUAEz4FAHuEEgBnPgUAuT4FAM8+BQAQPwUAHD8FAGc/BQCKPwUA0oQSAMs/BQAVQAUAIkAFAGxABQB4QAUAw0AFANJABQAaQQUAJEEFAHFBBQB5QQUAyEEFANJBBQAfQgUAJEIFAHZCBQB+QgUAKYUSAOFCBQAkQwUASkMFAHtDBQChQwUA0kMFAPhDBQApRAUAVEQFAIBEBQCIRAUA10QFAAFFBQAuRQUAZEUFAIVFBQCrRQUA3EUFAAJGBQAzRgUAaUYFAIpGBQC1RgUA4UYFAOlGBQA4RwUAPUcFAG+pBQBHRwUAj0cFAJRHBQDmRwUA80cFAD1IBQBKSAUAlEgFAKBIBQDrSAUA+kgFAEJJBQBMSQUAmUkFAKdJBQDwSQUA9UkFAEdKBQBUSgUAnkoFAKZKBQD1SgUA+0oFAExLBQD/SgUAt6YFAFhLBQCjSwUAs0sFAPpLBQADTAUAUUwFAFRMBQCoTAUAtEwFAP9MBQAGTQUAgIUSAGpNBQCtTQUAsE0FAAROBQAhTgUAW04FAGxOBQCyTgUAuU4FAAlPBQAiTwUAYE8FAGhPBQC3TwUAzU8FAA5QBQATUAUAZVAFAGxQBQC8UAUAxVAFABNRBQAkUQUAalEFAHZRBQDXhRIAw1EFACdVBQDVUQUAGFIFABtSBQBvUgUAjFIFAMZSBQDXUgUAHVMFACxTBQB0UwUAhVMFAMtTBQDZUwUAIlQFAC5UBQB5VAUAhlQFANBUBQDaVAUALoYSAC1VBQB+VQUAjFUFANVVBQDXVQUALFYFADNWBQCDVgUAnFYFAIWGEgDuVgUAMVcFADRXBQCIVwUApVcFAN9XBQDwVwUANlgFAD5YBQCNWAUAlFgFAORYBQDqWAUAO1kFAElZBQCSWQUArVkFAOlZBQD1WQUAQFoFAEZaBQCXWgUArFoFAO5aBQD2WgUARVsFAE9bBQCcWwUAolsFAPNbBQABXAUASlwFAFZcBQChXAUAqFwFAPhcBQAAXQUA3IYSAFhdBQCmXQUAs10FAP1dBQALXgUAVF4FAGNeBQCrXgUArV4FAAJfBQAMXwUAWV8FAGdfBQCwXwUAtV8FAAdgBQAUYAUAXmAFAGFgBQC1YAUAwWAFAAxhBQAfYQUAY2EFAHJhBQC6YQUAxmEFABFiBQASYgUAaGIFAHJiBQC/YgUAzWIFABZjBQAbYwUAbWMFAHpjBQAzhxIAyWMFABtkBQAxZAUAcmQFAIhkBQDJZAUA0mQFACBlBQAtZQUAd2UFAIVlBQDOZQUA3WUFACVmBQAnZgUAfGYFAIZmBQDTZgUA4WYFACpnBQAvZwUAgWcFAI5nBQDYZwUA22cFAC9oBQA3aAUAhmgFAJdoBQDdaAUA62gFADRpBQBBaQUAi2kFAKtpBQDiaQUA6mkFADlqBQBJagUAkGoFAJJqBQDnagUA9WoFAD5rBQBPawUAOIgSAJtrBQDsawUA+GsFAI+IEgBKbAUAmmwFAFBsBQAsYAcAoWwFAPFsBQD3bAUASG0FAFRtBQCfbQUAom0FAPZtBQD5bQUATW4FAHVuBQCkbgUAx24FAPtuBQAGbwUAUm8FAFdvBQCpbwUArG8FAABwBQAKcAUAV3AFAH9wBQDmiBIAs3AFAAVxBQAScQUAXHEFAGlxBQCzcQUAv3EFAApyBQAZcgUAYXIFAGtyBQC4cgUAwHIFAA9zBQAZcwUAZnMFAGtzBQC9cwUAxXMFAD2JEgAhdAUAa3QFAH90BQDCdAUAynQFABl1BQAedQUAcHUFAIB1BQDHdQUAz3UFAB52BQAodgUAdXYFAIB2BQDMdgUA2HYFACN3BQArdwUAlIkSAHt3BQDRdwUA3XcFACh4BQA3eAUAf3gFAI14BQDWeAUA5ngFAC15BQA7eQUAhHkFAJB5BQDbeQUA4nkFADJ6BQA6egUAiXoFAJ96BQDgegUA9HoFADd7BQA6ewUAjnsFAKt7BQDlewUA9nsFADx8BQBEfAUAk3wFAJ58BQDqfAUA73wFAEF9BQBEfQUAmH0FAKJ9BQDvfQUA8n0FAOuJEgBIfgUAMokIAEt+BQCdfgUAoH4FAPR+BQD+fgUAS38FAFN/BQCifwUAwX8FAEKKEgANgAUAUIAFAHaABQCngAUAzYAFAP6ABQAkgQUAVYEFAI2BBQCsgQUA4oEFAAOCBQApggUAWoIFAICCBQCxggUA54IFAAiDBQAsgwUAX4MFAHuDBQC2gwUAvoMFAJmKEgAShAUAZIQFAHGEBQC7hAUAyIQFABKFBQAehQUAaYUFAHiFBQDAhQUAyoUFABeGBQAlhgUAboYFAHOGBQDFhgUA0oYFAByHBQAkhwUA8IoSAH+HBQDKhwUA2ocFACGIBQAqiAUAeIgFAHuIBQDPiAUA24gFACaJBQAtiQUAR4sSAIuJBQDUiQUA6okFACuKBQA3igUAgooFAImKBQDZigUA4YoFADCLBQA1iwUAh4sFAJCLBQDeiwUA6IsFAJ6LEgA2jAUAjIwFAJiMBQDjjAUA6YwFADqNBQA8jQUAkY0FAJuNBQDojQUA9o0FAD+OBQBEjgUAlo4FAKOOBQDtjgUA9Y4FAESPBQBOjwUAm48FAKmPBQDyjwUACJAFAEmQBQBVkAUAoJAFAKeQBQD3kAUA/5AFAE6RBQBTkQUApZEFAK6RBQD8kQUABpIFAPWLEgBWkgUAqpIFAMeSBQABkwUAEpMFAFiTBQBmkwUAr5MFAMeTBQAGlAUACZQFAF2UBQB6lAUAtJQFAMWUBQALlQUAI5UFAGKVBQBulQUAuZUFAMyVBQAQlgUAH5YFAGeWBQBzlgUAvpYFAL+WBQAVlwUAH5cFAGyXBQB6lwUAw5cFAMiXBQAamAUAJ5gFAEyMEgB2mAUAyJgFANWYBQAfmQUALJkFAHaZBQCCmQUAzZkFANyZBQAkmgUALpoFAHuaBQCJmgUA0poFANeaBQApmwUANpsFAICbBQCImwUAUY0SAOObBQAunAUAPpwFAIWcBQCOnAUA3JwFAN+cBQAznQUAP50FAIqdBQCRnQUAqI0SAO+dBQA4ngUATp4FAI+eBQCbngUA5p4FAO2eBQA9nwUARZ8FAJSfBQCZnwUA658FAPSfBQBCoAUATKAFAP+NEgCaoAUA8KAFAPygBQBHoQUATaEFAJ6hBQCgoQUA9aEFAP+hBQBMogUAWqIFAKOiBQCoogUA+qIFAAejBQBRowUAWaMFAKijBQCyowUA/6MFAA2kBQBWpAUAbKQFAK2kBQC5pAUABKUFAAulBQBbpQUAY6UFALKlBQC3pQUACaYFABKmBQBgpgUAaqYFAFaOEgDFpgUADqcFACSnBQBlpwUAcacFALynBQDDpwUAE6gFABuoBQBqqAUAb6gFAMGoBQDKqAUAGKkFACKpBQCtjhIAcKkFAMapBQDSqQUAHaoFACOqBQB0qgUAdqoFAMuqBQDVqgUAIqsFADCrBQB5qwUAfqsFANCrBQDdqwUAJ6wFAC+sBQB+rAUAiKwFANWsBQDjrAUALK0FAEKtBQCDrQUAj60FANqtBQDhrQUAMa4FADmuBQCIrgUAja4FAN+uBQDorgUANq8FAECvBQAEjxIAj68FAP2FDQCbrwUA5K8FAPWvBQA7sAUAQLAFAJKwBQCpsAUA6bAFAP2wBQBAsQUAWLEFAJexBQCmsQUA7rEFAPOxBQBFsgUAUrIFAJyyBQCpsgUA87IFAP+yBQBKswUAWbMFAKGzBQCrswUA+LMFAAC0BQBPtAUAbbQFAKa0BQCutAUA/bQFAAa1BQBUtQUAYbUFAKu1BQCttQUAArYFABu2BQBZtgUAarYFALC2BQC8tgUAB7cFAA+3BQBbjxIAY7cFALW3BQC9twUADLgFABu4BQBjuAUAaLgFALq4BQDHuAUAEbkFAB65BQBouQUAdLkFAL+5BQDOuQUAFroFACC6BQBtugUAdboFAMS6BQDOugUAG7sFACC7BQByuwUAersFALKPEgDduwUAILwFACO8BQB3vAUAlLwFAM68BQDfvAUAJb0FAFu9BQB8vQUAm70FANO9BQDbvQUAKr4FACy+BQCBvgUAkL4FANi+BQDivgUAL78FAD2/BQCGvwUAob8FAN2/BQDpvwUANMAFADzABQAJkBIAl8AFAOLABQDxwAUAOcEFAD7BBQCQwQUAlsEFAOfBBQDuwQUAPsIFAEbCBQCVwgUAl8IFAOzCBQDzwgUAQ8MFAEXDBQCawwUAm8MFAPHDBQD7wwUASMQFAFTEBQCfxAUApcQFAPbEBQAQxQUATcUFAFXFBQCkxQUAusUFAPvFBQAJxgUAUsYFAFXGBQCpxgUArMYFAADHBQAOxwUAV8cFAGTHBQCuxwUAxccFAAXIBQANyAUAXMgFAF7IBQCzyAUAu8gFAArJBQAhyQUAYckFAG3JBQC4yQUAzskFAA/KBQAXygUAZsoFAHTKBQC9ygUAx8oFABTLBQAcywUAa8sFAHLLBQDCywUAzssFABnMBQAazAUAcMwFAHzMBQDHzAUA1MwFAB7NBQAlzQUAdc0FAHjNBQDMzQUA1M0FACPOBQAozgUAes4FAIfOBQDRzgUAAc8FACjPBQAwzwUAYJASAIXPBQDWzwUA5M8FAC3QBQA+0AUAhNAFAInQBQDb0AUA8tAFADLRBQBG0QUAidEFAKjRBQDg0QUA6NEFADfSBQA50gUAjtIFAJ3SBQDl0gUA79IFADzTBQBK0wUAk9MFAK7TBQDq0wUA9tMFAEHUBQBJ1AUAt5ASAKTUBQDv1AUA/tQFAEbVBQBL1QUAndUFAKPVBQD01QUA+9UFAEvWBQBT1gUAotYFAKTWBQD51gUAANcFAFDXBQBS1wUAp9cFAKjXBQD+1wUACNgFAFXYBQBh2AUArNgFALLYBQAD2QUAHdkFAFrZBQBi2QUAsdkFAMfZBQAI2gUAFtoFAF/aBQBi2gUAttoFALnaBQAN2wUAG9sFAGTbBQBx2wUAu9sFANLbBQAS3AUAGtwFAGncBQBr3AUAwNwFAMjcBQAX3QUALt0FAG7dBQB63QUAxd0FANvdBQAc3gUAJN4FAHPeBQCB3gUAyt4FANTeBQAh3wUAKd8FAHjfBQB/3wUAz98FANvfBQAm4AUAJ+AFAH3gBQCJ4AUA1OAFAOHgBQAr4QUAMuEFAILhBQCF4QUA2eEFAOHhBQAw4gUANeIFAIfiBQCU4gUA3uIFAA7jBQA14wUAPeMFAA6REgCR4wUA4+MFAP/jBQA65AUAQuQFAGWREgDK5AUA6OQFAA7lBQA/5QUAaOUFAJblBQDM5QUA7eUFAALmBQBE5gUATOYFAJvmBQCe5gUA8uYFAA/nBQBJ5wUAWucFAKDnBQCj5wUA9+cFAAHoBQBO6AUAUOgFAKXoBQCv6AUA/OgFAAjpBQBT6QUAb+kFAKrpBQCy6QUAvJESADTqBQBY6gUAW+oFAK/qBQDV6gUABusFAC/rBQBd6wUAgesFALTrBQC86wUAE5ISABDsBQBi7AUAb+wFALnsBQDG7AUAEO0FABztBQBn7QUAdu0FAL7tBQDI7QUAFe4FACPuBQBs7gUAce4FAMPuBQDQ7gUAGu8FACLvBQBx7wUAe+8FAMjvBQDW7wUAH/AFADXwBQB28AUAgvAFAM3wBQDS8AUAJPEFAC3xBQB78QUAhfEFANLxBQDu8QUAKfIFADHyBQBqkhIAgvIFANfyBQDl8gUALvMFAD/zBQDBkhIAjPMFABiTEgDh8wUAM/QFADv0BQCK9AUAmfQFAOH0BQDn9AUAOPUFAET1BQCP9QUAkfUFAOb1BQDw9QUAPfYFAEn2BQCU9gUAnPYFAMaTEgDw9gUAQvcFAFH3BQCZ9wUAufcFAPD3BQD89wUAR/gFAFH4BQCe+AUApvgFAPX4BQD3+AUATPkFAFz5BQCj+QUArfkFAPr5BQAG+gUAUfoFAFf6BQCo+gUAsPoFAB2UEgAE+wUAVvsFAF/7BQAmrAwAY/sFAK37BQBs+wUAuPsPALf7BQCWwA8AuvsFAAT8BQAQ/AUAW/wFAGr8BQCy/AUAvPwFAAn9BQAR/QUAX6ELABf9BQBg/QUAbf0FALf9BQDO/QUADv4FABb+BQBl/gUAb/4FALz+BQDB/gUAE/8FABv/BQB0lBIAd/8FAMH/BQDP/wUAGAAGACsABgBvAAYAdwAGAMYABgDJAAYAHQEGACIBBgB0AQYAgwEGAMsBBgDrAQYAIgIGAC4CBgB5AgYAgwIGANACBgDsAgYAJwMGAC8DBgDLlBIAkQMGANUDBgDbAwYALAQGADgEBgCDBAYAjQQGANoEBgDgBAYAMQUGAD8FBgCIBQYAlAUGAN8FBgDiBQYANgYGADcGBgCNBgYAmQYGAOQGBgDqBgYAOwcGAEEHBgCSBwYAngcGAOkHBgAGCAYAQAgGAEkIBgCXCAYAowgGAO4IBgDxCAYARQkGAE8JBgCcCQYAqAkGAPMJBgD5CQYASgoGAFAKBgChCgYApgoGAPgKBgD+CgYAIpUSAFsLBgCmCwYAqAsGAP0LBgAMDAYAVAwGAF8MBgCrDAYAtwwGAAINBgAJDQYAWQ0GAGENBgCwDQYAug0GAAcOBgASDgYAXg4GAGoOBgC1DgYAvQ4GACeWEgAODwYAYw8GAHYPBgC6DwYAwg8GABEQBgAXEAYAaBAGAHQQBgC/EAYAyRAGABYRBgAcEQYAbREGAHsRBgDEEQYA0BEGABsSBgAeEgYAchIGAHoSBgDJEgYAyhIGACATBgAsEwYAdxMGAH0TBgDOEwYA1hMGACUUBgArFAYAfBQGAIgUBgDTFAYA8BQGACoVBgAzFQYAgRUGAI0VBgDYFQYA2xUGAC8WBgA5FgYAhhYGAI4WBgDdFgYA7hYGADQXBgBCFwYAixcGAKEXBgDiFwYA8BcGADkYBgBDGAYAfpYSAJ8YBgDnGAYA8hgGAD4ZBgBKGQYAlRkGAJwZBgDsGQYA9BkGAEMaBgBNGgYAmhoGAKUaBgDxGgYA/RoGAEgbBgBQGwYA1ZYSAKEbBgD2GwYACRwGAE0cBgBVHAYApBwGAKocBgD7HAYABx0GAFIdBgBcHQYAqR0GAK8dBgAAHgYADh4GAFceBgBjHgYArh4GALEeBgAFHwYADR8GAFwfBgBdHwYAsx8GAL8fBgAKIAYAECAGAGEgBgBpIAYAuCAGAL4gBgAPIQYAGyEGAGYhBgCDIQYAvSEGAMYhBgAUIgYAICIGAGsiBgBuIgYAwiIGAMwiBgAZIwYAISMGAHAjBgCBIwYAxyMGANUjBgAeJAYANCQGAHUkBgCDJAYAzCQGANYkBgAjJQYAKyUGAHolBgCdJQYALJcSANwlBgAoJgYANiYGAH8mBgCOJgYA1iYGAOEmBgAtJwYANScGAIQnBgCSJwYA2ycGAN4nBgAyKAYAOigGAIOXEgClKAYA2pcSAOIoBgA3KQYARCkGAI4pBgCbKQYA5SkGAOopBgA8KgYARioGAJMqBgCiKgYA6ioGAO8qBgBBKwYATisGAJgrBgClKwYA7ysGAPsrBgBGLAYAVSwGAJ0sBgCnLAYA9CwGAAAtBgBLLQYAUS0GAKItBgCoLQYA+S0GAP4tBgBQLgYAVi4GADGYEgCsLgYAo1AGALguBgD+LgYADC8GAFUvBgBhLwYArC8GALkvBgADMAYADTAGAFowBgB2MAYAsTAGAM0wBgCImBIACjEGAF8xBgBsMQYAtjEGAMMxBgANMgYAEjIGAGQyBgBuMgYAuzIGAMoyBgASMwYAFzMGAGkzBgB2MwYAwDMGAM0zBgAXNAYAIzQGAG40BgB9NAYAxTQGAM80BgAcNQYAKDUGAHM1BgB5NQYAyjUGANA1BgAhNgYAJjYGAHg2BgB+NgYA35gSANs2BgAmNwYALTcGAH03BgCLNwYA1DcGANc3BgArOAYAMzgGAII4BgCHOAYA2TgGAOY4BgAwOQYAODkGADaZEgCMOQYA3jkGAO05BgA1OgYANzoGAIw6BgCdOgYA4zoGAO46BgA6OwYAPzsGAJE7BgCUOwYA6DsGAPI7BgA/PAYAWzwGAI2ZEgCdPAYA7TwGAPs8BgBEPQYARz0GAJs9BgCqPQYA8j0GAPc9BgBJPgYAVj4GAKA+BgCtPgYA9z4GAAM/BgBOPwYAXT8GAKU/BgCvPwYA/D8GAApABgBTQAYAWEAGAKpABgC3QAYAAUEGAA1BBgBYQQYAa0EGAK9BBgC+QQYABkIGABJCBgBdQgYAXkIGALRCBgC+QgYAC0MGABlDBgBiQwYAZ0MGALlDBgDGQwYA5JkSABJEBgBnRAYAdUQGAL5EBgDPRAYA6ZoSABxFBgBAmxIAcUUGAMNFBgDLRQYAGkYGAClGBgBxRgYAdkYGAMhGBgDVRgYAH0cGACxHBgB2RwYAgkcGAM1HBgDcRwYAJEgGAC5IBgDumxIAfUgGANJIBgDtSAYAKUkGACtJBgCASQYAmkkGANdJBgDkSQYALkoGADpKBgCFSgYAj0oGANxKBgD2SgYAM0sGAEJLBgCKSwYAj0sGAOFLBgDuSwYAOEwGAEVMBgCPTAYAm0wGAOZMBgD1TAYAPU0GAEdNBgCUTQYAoE0GAOtNBgD+TQYAQk4GAFFOBgCZTgYApU4GAPBOBgDxTgYAR08GAFFPBgCeTwYArE8GAPVPBgD6TwYATFAGAFlQBgBFnBIAsFAGAPpQBgAHUQYAUVEGAF1RBgCoUQYAt1EGAP9RBgAJUgYAVlIGAGRSBgCtUgYAslIGAARTBgARUwYAW1MGAGdTBgCyUwYAxVMGAAlUBgAYVAYAYFQGAGxUBgC3VAYAuFQGAA5VBgAYVQYAZVUGAHNVBgC8VQYAwVUGABNWBgAgVgYAnJwSAHdWBgDBVgYAw1YGABhXBgAxVwYAb1cGAIBXBgDGVwYA0lcGAB1YBgAlWAYAoZ0SAHlYBgDLWAYA01gGACJZBgAxWQYAeVkGAH5ZBgDQWQYA3VkGACdaBgA0WgYAfloGAIpaBgDVWgYA5FoGACxbBgA2WwYA+J0SAJZbBgDaWwYA6VsGADFcBgA9XAYAiFwGAIlcBgDfXAYA6VwGADZdBgBEXQYAjV0GAJJdBgDkXQYA8V0GAE+eEgBAXgYAkl4GAJ9eBgDpXgYA9l4GAEBfBgBMXwYAl18GAKZfBgDuXwYA+F8GAEVgBgBTYAYAnGAGAKFgBgDzYAYAAGEGAEphBgBSYQYAVJ8SAK1hBgD4YQYACGIGAE9iBgBYYgYApmIGAKliBgD9YgYACWMGAFRjBgBbYwYAq58SALZjBgACZAYAA2QGAFlkBgBxZAYAsGQGAL1kBgAHZQYAE2UGAF5lBgBoZQYAtWUGALllBgAMZgYAEWYGAGNmBgBpZgYAumYGANpmBgARZwYAKWcGAGhnBgB/ZwYAv2cGAMtnBgAWaAYAIGgGAG1oBgBvaAYAxGgGAMtoBgAbaQYAImkGAHJpBgB4aQYAyWkGANVpBgAgagYAI2oGAHdqBgB6agYAzmoGANpqBgAlawYAKGsGAAKgEgCBawYA02sGANtrBgAqbAYAMGwGAIFsBgCGbAYA2GwGAOFsBgAvbQYAOW0GAIZtBgCSbQYA3W0GAOVtBgBZoBIAOW4GAItuBgCTbgYA4m4GAO1uBgA5bwYAPm8GAJBvBgCTbwYA528GAPFvBgCwoBIARnAGAJVwBgCZcAYA7HAGAO5wBgBDcQYARnEGAJpxBgCicQYA8XEGAP5xBgBIcgYATXIGAJ9yBgCpcgYA9nIGAP5yBgBNcwYATnMGAKRzBgCpcwYA+3MGAP5zBgBSdAYAVXQGAKl0BgC3dAYAAHUGABl1BgBXdQYAaHUGAK51BgC6dQYABXYGAA12BgAHoRIAYXYGALN2BgC7dgYACncGABl3BgBhdwYAZncGALh3BgDFdwYAD3gGABx4BgBmeAYAcngGAL14BgDMeAYAFHkGAB55BgBreQYAc3kGAMJ5BgDMeQYAGXoGAB56BgBwegYAeHoGAF6hEgDSegYAHnsGACp7BgB1ewYAfXsGALWhEgDYewYAI3wGACp8BgB6fAYAiHwGANF8BgDUfAYAKH0GADB9BgB/fQYAgn0GANZ9BgDifQYALX4GADN+BgCEfgYAn34GANt+BgDnfgYAMn8GADh/BgCJfwYArH8GAOB/BgDjfwYAN4AGAFuABgAMohIAk4AGAOWABgDygAYAPIEGAEmBBgCTgQYAn4EGAOqBBgD5gQYAQYIGAEuCBgCYggYApoIGAO+CBgD0ggYARoMGAFODBgCdgwYApYMGAGOiEgABhAYAS4QGAFOEBgCihAYAu4QGAPmEBgD/hAYAUIUGAFWFBgCnhQYAx4UGAP6FBgAKhgYAVYYGAGKGBgCshgYAtIYGAAOHBgAGhwYAWocGAGSHBgCxhwYAs4cGAAiIBgASiAYAX4gGAGuIBgC6ohIAzIgGAA2JBgAZiQYAZIkGAGmJBgC7iQYAbIkGALClEwDEiQYAEooGAByKBgBpigYAcYoGABSNCgB1igYAwIoGAIyKBgDuygoAxooGABeLBgDTigYAFb8NAB2LBgBuiwYAc4sGAMWLBgDLiwYAEaMSACqMBgBzjAYAiYwGAMqMBgDWjAYAIY0GACaNBgB4jQYAgY0GAM+NBgDZjQYAJo4GAC6OBgB9jgYAjI4GANSOBgDZjgYAK48GADiPBgCCjwYAj48GANmPBgDljwYAMJAGAD+QBgCHkAYAkZAGAN6QBgDskAYANZEGAEKRBgCMkQYAo5EGAOORBgDrkQYAOpIGAESSBgCRkgYAlpIGAOiSBgDwkgYAFqQSAEuTBgCWkwYAnJMGAO2TBgAIlAYARJQGAFCUBgCblAYAoZQGAG2kEgD4lAYAJHAOAAWVBgBJlQYAWJUGAKCVBgCslQYA95UGAPiVBgBOlgYAWJYGAKWWBgCzlgYA/JYGAAGXBgBTlwYAYJcGAMSkEgCvlwYAAZgGAAmYBgBYmAYAW5gGAK+YBgC4mAYABpkGABWZBgBdmQYAaJkGALSZBgC8mQYAC5oGABuaBgBimgYAcJoGALmaBgDKmgYAEJsGABybBgBnmwYAb5sGAMmlEgDEmwYAFZwGAB2cBgBsnAYAc5wGAMOcBgDRnAYAGp0GACCdBgBxnQYAfZ0GAMidBgDXnQYAH54GACmeBgB2ngYAe54GAM2eBgDTngYAJJ8GADifBgB7nwYAg58GANKfBgD8nwYAKaAGADKgBgCAoAYAjaAGANegBgDloAYALqEGAEGhBgCFoQYAoaEGACCmEgDhoQYAM6IGAECiBgCKogYAl6IGAOGiBgDtogYAOKMGAEejBgCPowYAmaMGAOajBgD0owYAPaQGAEKkBgCUpAYAoaQGAOukBgDzpAYAd6YSAE6lBgCZpQYAqaUGAPClBgD5pQYAR6YGAEqmBgCepgYAqqYGAPWmBgD8pgYAzqYSAHanBgCjpwYArKcGAPqnBgAHqAYAUagGAF+oBgCoqAYAu6gGAP+oBgAbqQYAJacSAGSpBgCtqQYAw6kGAASqBgAQqgYAW6oGAGKqBgCyqgYAuqoGAAmrBgAOqwYAYKsGAGmrBgC3qwYAwasGAHynEgAPrAYAZawGAHGsBgC8rAYAwqwGABOtBgAVrQYAaq0GAHStBgDBrQYAz60GABiuBgAdrgYAb64GAHyuBgDGrgYAzq4GAB2vBgAnrwYAdK8GAIKvBgDLrwYA4a8GACKwBgAusAYAebAGAICwBgDQsAYA2LAGACexBgAssQYAfrEGAIexBgDVsQYA37EGANOnEgAysgYAg7IGAImyBgDasgYA37IGADGzBgA3swYAKqgSAI2zBgDfswYA7LMGADa0BgBDtAYAjbQGAJm0BgDktAYA87QGADu1BgBFtQYAkrUGAKC1BgDptQYA7rUGAEC2BgBNtgYAl7YGAJ+2BgAvqRIA/LYGAEW3BgBbtwYAnLcGAKi3BgDztwYA+LcGAEq4BgBTuAYAobgGAKu4BgCGqRIABLkGAE+5BgBguQYAprkGALK5BgD9uQYADLoGAFS6BgBeugYAq7oGALm6BgACuwYAB7sGAFm7BgBmuwYAsLsGALq7BgAHvAYAvLsGAMS/BgAVvAYAXrwGAHS8BgC1vAYAwbwGAAy9BgARvQYAY70GAGy9BgC6vQYAxL0GABG+BgAdvgYAaL4GAG6+BgC/vgYAxb4GABa/BgAbvwYAbb8GAHO/BgDdqRIAyr8GABvABgAhwAYAcsAGAHfABgDJwAYAz8AGADSqEgAuwQYAd8EGAI3BBgDOwQYA2sEGACXCBgAqwgYAfMIGAIXCBgDTwgYA3cIGACrDBgA2wwYAgcMGAJTDBgDYwwYA58MGAC/EBgA7xAYAhsQGAIfEBgDdxAYA58QGADTFBgBCxQYAi8UGAJDFBgDixQYA78UGAIuqEgBIxgYAkMYGALDGBgDnxgYA88YGAD7HBgBIxwYAlccGAJrHBgDsxwYA7ccGAEPIBgBPyAYAmsgGAKfIBgDxyAYA/cgGAEjJBgBbyQYAn8kGAK7JBgD2yQYAAsoGAE3KBgBOygYApMoGAK7KBgD7ygYACcsGAFLLBgBXywYAqcsGALbLBgDiqhIAHMwGADmrEgBdzAYArswGALTMBgAFzQYACs0GAFzNBgBizQYAkKsSALjNBgAKzgYADc4GAGHOBgBtzgYAuM4GAL7OBgAPzwYAKs8GAGbPBgByzwYAvc8GAMPPBgAU0AYAFtAGAGvQBgCG0AYAwtAGAMTQBgAZ0QYAJ9EGAHDRBgCB0QYAx9EGAMnRBgAe0gYAN9IGAHXSBgCG0gYAzNIGANjSBgCVrBIALdMGAHrTBgCI0wYA0dMGAOfTBgAo1AYANNQGAH/UBgCE1AYA1tQGAN/UBgAt1QYAN9UGAITVBgCM1QYA29UGAODVBgAy1gYAQdYGAInWBgCY1gYA4NYGAOnWBgA31wYAPdcGAI7XBgCU1wYA5dcGAPHXBgA82AYAQ9gGAJPYBgCb2AYA6tgGAOzYBgBB2QYAUdkGAJjZBgCi2QYA79kGAPvZBgBG2gYATNoGAJ3aBgCl2gYA7KwSAADbBgBL2wYAXNsGAKLbBgCu2wYA+dsGAAjcBgBQ3AYAWtwGAKfcBgC13AYA/twGAAPdBgBV3QYAYt0GAKzdBgC03QYAA94GAA3eBgAk9gYAD94GAFreBgBg3gYAsd4GALfeBgAI3wYADd8GAF/fBgBl3wYAQ60SAMLfBgAN4AYAE+AGAGTgBgB/4AYAu+AGAMfgBgAS4QYAGOEGAGnhBgBx4QYAwOEGAMPhBgAX4gYAI+IGAG7iBgB/4gYAxeIGANHiBgAc4wYAK+MGAHPjBgB94wYAyuMGANjjBgAh5AYAJuQGAHjkBgCF5AYAz+QGANfkBgAm5QYAMOUGAH3lBgCL5QYA1OUGAOrlBgAr5gYAN+YGAILmBgCH5gYA2eYGAOLmBgAw5wYAOucGAEiuEgCN5wYA3ucGAOTnBgA16AYAQegGAIzoBgCZ6AYA4+gGAO3oBgA66QYAQukGAJHpBgCb6QYA6OkGAO3pBgA/6gYAQOoGAJbqBgCb6gYA7eoGAP7qBgBE6wYASesGAJvrBgCy6wYA8usGAAbsBgBJ7AYAZewGAKDsBgCo7AYAn64SAP/sBgBO7QYAWO0GAKXtBgC57QYA/O0GAP3tBgBT7gYAX+4GAKruBgDG7gYAAe8GAAnvBgD2rhIAYe8GAK/vBgC97wYABvAGAL7vBgC3bQsAEPAGAF3wBgBf8AYAtPAGAM3wBgAL8QYAHPEGAGLxBgBu8QYAufEGAMHxBgBNrxIAHPIGAGfyBgBt8gYAvvIGANnyBgAV8wYAIfMGAGzzBgBy8wYAw/MGAMbzBgAa9AYAIvQGAHH0BgCB9AYAyPQGAM30BgAf9QYAKPUGAHb1BgCD9QYAzfUGANT1BgCkrxIAMvYGAHv2BgCR9gYA0vYGAN72BgAp9wYALvcGAID3BgCJ9wYA1/cGAOH3BgAu+AYASvgGAIX4BgCN+AYA+68SAOH4BgAz+QYAO/kGAIr5BgCM+QYA4fkGAPz5BgA4+gYAOvoGAI/6BgCd+gYA5voGAPf6BgA9+wYAP/sGAJT7BgCt+wYA6/sGAPz7BgBC/AYATvwGAJn8BgCh/AYAUrASAPz8BgBH/QYATf0GAJ79BgC5/QYA9f0GAAH+BgBM/gYAUv4GAKP+BgCm/gYAqbASABf/BgBR/wYAUv8GAKj/BgC3/wYA//8GAAQABwBWAAcAYwAHAK0ABwC6AAcABAEHABABBwBbAQcAagEHALIBBwC8AQcACQIHABcCBwBgAgcAZQIHALcCBwDEAgcADgMHABoDBwBlAwcAawMHALwDBwB4AwcAfBkHAMIDBwATBAcAGAQHAGoEBwBwBAcAALESAMYEBwAYBQcAOAUHAG8FBwB7BQcAxgUHAMwFBwAdBgcAJQYHAFAzBwAmBgcAdAYHAIEGBwDLBgcA0QYHACIHBwAuBwcAeQcHAHsHBwDQBwcA3wcHACcIBwAyCAcAfggHAIAIBwDVCAcA7ggHACwJBwA9CQcAgwkHAI8JBwDaCQcA5gkHADEKBwBECgcAiAoHAJcKBwDfCgcA6woHADYLBwA3CwcAjQsHAJcLBwDkCwcA8gsHADsMBwBADAcAkgwHAJ8MBwBXsRIA9gwHAEANBwBUDQcAlw0HALMNBwDuDQcACg4HAK6xEgBUDgcAnA4HAJ0OBwDzDgcAAg8HAEoPBwBPDwcAoQ8HAK4PBwD4DwcABRAHAE8QBwBbEAcAphAHALUQBwD9EAcABxEHAFQRBwBiEQcAqxEHALARBwACEgcADxIHAFkSBwBpEgcAsBIHALISBwAHEwcAFRMHAF4TBwBvEwcABbISALwTBwBcshIAERQHAGMUBwBwFAcAuhQHAMcUBwARFQcAFxUHAGgVBwB0FQcAvxUHAM8VBwAWFgcAHxYHAG0WBwBwFgcAxBYHANAWBwAbFwcAIhcHALOyEgB+FwcAyRcHANkXBwAgGAcAKRgHAHcYBwB6GAcAzhgHANoYBwAlGQcALBkHAAqzEgCLGQcA0xkHAN8ZBwAqGgcAKxoHAIEaBwCLGgcA2BoHAOYaBwAvGwcANBsHAIYbBwCTGwcAYbMSAOIbBwA0HAcAQxwHAIscBwCrHAcA4hwHAO4cBwA5HQcAQx0HAJAdBwCYHQcA5x0HAPMdBwA+HgcARB4HAJUeBwCbHgcA7B4HAPEeBwBDHwcASR8HAGa0EgCfHwcA8R8HAPofBwBIIAcAWSAHAJ8gBwCmIAcA9iAHAP4gBwBNIQcAWiEHAKQhBwCpIQcA+yEHAAUiBwBSIgcAWiIHAKkiBwC4IgcAACMHAAUjBwBXIwcAZCMHAK4jBwC7IwcABSQHABEkBwBcJAcAayQHALMkBwC9JAcACiUHABIlBwBhJQcAayUHALglBwC9JQcADyYHABcmBwBrtRIAayYHAL0mBwDAJgcAFCcHAB4nBwDCtRIAcScHAMInBwDHJwcAGSgHADkoBwBwKAcAfCgHAMcoBwDNKAcAHikHACEpBwB1KQcAdykHAMwpBwDnKQcAIyoHACUqBwB6KgcAiCoHANEqBwDiKgcAKCsHACorBwB/KwcAmCsHANYrBwDnKwcALSwHADksBwAZthIAlCwHANssBwD7LAcAMi0HADQtBwCJLQcAlS0HALipEACYLQcA7UEHAKUtBwCFTwcAtS0HAOAtBwDjLQcANy4HAEYuBwCOLgcAky4HAOUuBwDyLgcAPC8HAEkvBwCTLwcAny8HAOovBwD5LwcAQTAHAEswBwCYMAcApjAHAO8wBwD0MAcARjEHAFMxBwCdMQcAqTEHAPQxBwD6MQcASzIHAFEyBwCiMgcApzIHAPkyBwD/MgcAcLYSAGYzBwCnMwcAqTMHAP4zBwASNAcAVTQHAF00BwCsNAcAuTQHAAM1BwAINQcAWjUHAGQ1BwCxNQcAuTUHAAg2BwAhNgcAXzYHAGs2BwC2NgcAvjYHAMe2EgAoNwcAZDcHAGY3BwC7NwcAyTcHABI4BwAjOAcAaTgHAGs4BwDAOAcA2TgHABc5BwAoOQcAbjkHAHo5BwAetxIAyjkHABw6BwAlOgcAczoHAIQ6BwDKOgcA0ToHACE7BwApOwcAeDsHAIU7BwDPOwcA1DsHACY8BwAwPAcAfTwHAIU8BwDUPAcA7TwHACs9BwA3PQcAgj0HAIo9BwDMtxIA3D0HADA+BwA6PgcAhz4HAIk+BwDePgcA9z4HADU/BwBGPwcAjD8HAJo/BwDjPwcA5j8HADpABwBFQAcAkUAHAJ1ABwDoQAcA70AHACO4EgBAQQcAlkEHALFBBwB6uBIA8kEHAERCBwBRQgcAm0IHAKhCBwDyQgcA/kIHAElDBwBYQwcAoEMHAKpDBwD3QwcABUQHAE5EBwBTRAcApUQHALJEBwD8RAcACEUHAFNFBwBZRQcAqkUHALBFBwABRgcABkYHAFhGBwBeRgcA0bgSALxGBwAGRwcACEcHAF1HBwB2RwcAtEcHAMVHBwALSAcAF0gHAGJIBwBqSAcA1rkSAL5IBwAQSQcAGEkHAGdJBwCASQcAvkkHAMNJBwAVSgcAGkoHAGxKBwB2SgcAw0oHAMZKBwAaSwcAJEsHAHFLBwB3SwcAyEsHAMpLBwAfTAcAIEwHAHZMBwB+TAcAzUwHAN1MBwAkTQcAKk0HAHtNBwCATQcA0k0HAOhNBwApTgcAMU4HAIBOBwCqTgcA104HAPpOBwAuTwcATU8HAC26EgCNTwcAhLoSAO1PBwAzUAcAQVAHAIpQBwCWUAcA4VAHAO5QBwA4UQcAQlEHAI9RBwCXUQcA5lEHAPFRBwA9UgcAP1IHAJRSBwCXUgcA61IHAPNSBwBCUwcASFMHAJlTBwCiUwcA8FMHAP1TBwBHVAcAT1QHAJ5UBwCjVAcA9VQHAP5UBwBMVQcAVlUHAKNVBwCrVQcA+lUHAP9VBwBRVgcAYVYHAKhWBwCwVgcA/1YHAAFXBwBWVwcAcVcHAK1XBwCvVwcABFgHABJYBwBbWAcAbFgHALJYBwC0WAcACVkHACJZBwBgWQcAcVkHALdZBwDDWQcADloHABZaBwDbuhIAa1oHALxaBwDBWgcAE1sHADNbBwBqWwcAdlsHAMFbBwDHWwcAGFwHABtcBwBvXAcAd1wHAMZcBwDQXAcAHV0HACJdBwB0XQcAfF0HAMtdBwDVXQcAIl4HACReBwB5XgcAil4HANBeBwDwXgcAJ18HAC9fBwB+XwcAiF8HANVfBwDaXwcAMrsSAEBgBwCDYAcAi2AHANpgBwDfYAcAMWEHAEFhBwCIYQcAkGEHAN9hBwDpYQcANmIHAEFiBwCNYgcAmWIHAORiBwDsYgcAibsSAEdjBwCSYwcAnmMHAOljBwDwYwcAQGQHAEhkBwCXZAcAsGQHAO5kBwD0ZAcARWUHAEplBwCcZQcAvGUHAPNlBwD/ZQcASmYHAFBmBwChZgcApGYHAOC7EgD6ZgcAT2cHAAZnBwBs0xEAUmcHAKZnBwCwZwcA/WcHAAtoBwBUaAcAY2gHAKtoBwCuaAcAAmkHAMNoBwCUqQcAx2gHAEGHBwAOaQcAWWkHAFtpBwCwaQcAtmkHAAdqBwAWagcAXmoHAGlqBwC1agcAvWoHANTqBwDPagcADGsHABhrBwBjawcAdmsHALprBwDJawcAEWwHAB1sBwBobAcAaWwHAL9sBwDJbAcAFm0HACRtBwBtbQcAcm0HAMRtBwDRbQcAN7wSADVuBwBybgcAgW4HAMluBwDObgcAIG8HAC1vBwB3bwcAhG8HAM5vBwDabwcAJXAHADRwBwB8cAcAhnAHANNwBwDhcAcAKnEHAC9xBwCBcQcAjnEHANhxBwDkcQcAL3IHADVyBwCGcgcAjHIHAN1yBwDicgcANHMHADpzBwCOvBIAjHMHAOJzBwCUcwcAciYKAJhzBwCoDgoAmnMHAD/vBwCrcwcAtG8PAO5zBwA5dAcAP3QHAPjCCABGdAcAkHQHAJN0BwDndAcA83QHAD51BwBAdQcAlXUHAJt1BwDsdQcA+3UHAEN2BwBOdgcAmnYHAJt2BwDxdgcABXcHAEh3BwBidwcAn3cHAKt3BwD2dwcACXgHAE14BwBceAcApHgHALB4BwD7eAcA/HgHAFJ5BwBceQcAqXkHALd5BwAAegcABXoHAFd6BwBkegcA5bwSAMh6BwAFewcAFHsHAFx7BwBhewcAs3sHAMB7BwAKfAcAF3wHAGF8BwBtfAcAuHwHAMd8BwAPfQcAGX0HAGZ9BwB0fQcAvX0HAMJ9BwAUfgcAIX4HAGt+BwB3fgcAwn4HAMh+BwAZfwcAH38HAHB/BwB1fwcAx38HAM1/BwA8vRIALIAHAHWABwCQgAcAzIAHANqABwAjgQcAMIEHAHqBBwCRgQcA0YEHAOCBBwAoggcALYIHAH+CBwCMggcA1oIHAOOCBwAtgwcAOYMHAISDBwCTgwcA24MHAOWDBwAyhAcAQIQHAImEBwCOhAcA4IQHAO2EBwA3hQcAOoUHAI6FBwCahQcA5YUHAOuFBwA8hgcAQoYHAJOGBwCYhgcA6oYHAPCGBwCTvRIAXYcHAOq9EgCehwcA74cHAPGHBwBGiAcAU4gHAJ2IBwCgiAcA9IgHAPWIBwBLiQcAUIkHAKKJBwCoiQcA+YkHAAOKBwBQigcAbIoHAKeKBwDDigcAQb4SAASLBwBViwcAV4sHAKyLBwC5iwcAA4wHAAaMBwBajAcAW4wHALGMBwC2jAcACI0HAA6NBwBfjQcAaY0HALaNBwDSjQcADY4HACmOBwCYvhIAao4HALuOBwDBjgcAEo8HABePBwBpjwcAb48HAO++EgDCjwcAF5AHACWQBwBukAcAf5AHAPS/EgDMkAcAS8ASACGRBwBzkQcAe5EHAMqRBwDPkQcAIZIHANmRBwCFpgcAIpIHAHiSBwCEkgcAz5IHANySBwAmkwcALpMHAH2TBwCHkwcA1JMHAOOTBwArlAcALJQHAIKUBwCKlAcA2ZQHAOiUBwAwlQcANZUHAIeVBwCUlQcA3pUHAOuVBwA1lgcAQZYHAIyWBwCblgcA45YHAO2WBwA6lwcASJcHAJGXBwCWlwcA6JcHAPWXBwA/mAcAR5gHAJaYBwCgmAcA7ZgHAPKYBwBEmQcATJkHAPnAEgCgmQcA8pkHAPuZBwALnwcA/5kHAEmaBwBWmgcAoJoHAKyaBwD3mgcABpsHAE6bBwBYmwcApZsHALObBwD8mwcAAZwHAFOcBwBgnAcAqpwHALKcBwBQwRIADZ0HAFidBwBonQcAr50HALidBwAGngcACZ4HAF2eBwBpngcAtJ4HALueBwCnwRIAHJ8HAGKfBwBpnwcAuZ8HAMafBwAQoAcAL6AHAGegBwBxoAcAvqAHAMagBwAVoQcAJKEHAGyhBwBxoQcAw6EHANChBwAaogcAJ6IHAHGiBwB9ogcAyKIHANeiBwAfowcAKaMHAHajBwB+owcAzaMHANejBwAkpAcAKaQHAHukBwCDpAcA/sESAN6kBwAppQcAL6UHAIClBwCbpQcA16UHAOOlBwAupgcANKYHAFXCEgCKpgcA3KYHAOmmBwAzpwcAQKcHAIqnBwCWpwcA4acHAPCnBwA4qAcAQqgHAKzCEgCZqAcA5qgHAOuoBwA9qQcARakHAAPDEgCeqQcA66kHAPGpBwBCqgcARKoHAJmqBwCmqgcA8KoHAPOqBwBHqwcASKsHAJ6rBwCjqwcA9asHAPurBwBMrAcAVqwHAKOsBwC9rAcA+qwHAAmtBwBRrQcAVq0HAKitBwC1rQcA/60HAAyuBwBWrgcAYq4HAK2uBwC8rgcABK8HAA6vBwBbrwcAaa8HALKvBwC3rwcACbAHABawBwBgsAcAarAHADu6BwBssAcAt7AHAL2wBwAOsQcAFLEHAGWxBwBqsQcAvLEHAMKxBwBawxIAGLIHAGqyBwB3sgcAwbIHAM6yBwAYswcAJLMHAG+zBwB+swcAxrMHANCzBwAdtAcAK7QHAHS0BwB5tAcAy7QHANi0BwAitQcAKrUHAF/EEgB/tQcA0LUHANa1BwAntgcALLYHAH62BwCEtgcAtsQSANe2BwAstwcANbcHAIO3BwCGtwcA2rcHAOa3BwAxuAcAOLgHAIi4BwCQuAcA37gHAPi4BwA2uQcASrkHAI25BwCpuQcA5LkHAOy5BwBkxRIASboHAJK6BwCougcA6boHAPW6BwBAuwcARbsHAJe7BwCguwcA7rsHAPi7BwBFvAcAYbwHAJy8BwCkvAcAu8USAPi8BwBKvQcAV70HAKG9BwCuvQcA+L0HAAS+BwBPvgcAXr4HAKa+BwCwvgcA/b4HAAu/BwBUvwcAWb8HAKu/BwC4vwcAAsAHAArABwASxhIAZ8AHALDABwDGwAcAB8EHABPBBwBewQcAY8EHALXBBwC+wQcADMIHABbCBwBjwgcAa8IHALrCBwDJwgcAEcMHABPDBwBowwcAccMHAL/DBwDCwwcAFsQHACLEBwBtxAcAdMQHAMTEBwDMxAcAG8UHADTFBwByxQcAhsUHAMnFBwDlxQcAIMYHACjGBwBpxhIAfMYHAM7GBwDbxgcAJccHADLHBwB8xwcAiMcHANPHBwDixwcAKsgHADTIBwCByAcAi8gHANjIBwDmyAcAL8kHAEXJBwCGyQcAkskHAN3JBwDiyQcANMoHAD3KBwCLygcAlcoHAOLKBwDuygcAOcsHAD/LBwCQywcAlssHAOfLBwDsywcAPswHAETMBwDAxhIAocwHAOzMBwDwzAcAQ80HAFLNBwCazQcAn80HAPHNBwD+zQcASM4HAFXOBwCfzgcAq84HAPbOBwAFzwcATc8HAFfPBwCkzwcAss8HAPvPBwAA0AcAUtAHAF/QBwCp0AcAtdAHAADRBwAG0QcAV9EHAF3RBwCu0QcAs9EHAAXSBwAL0gcAF8cSAGHSBwCz0gcAutIHAArTBwAW0wcAYdMHAGPTBwC40wcAZNMHAH/ZBwDT0wcAD9QHABHUBwBm1AcAdNQHAL3UBwDO1AcAFNUHABbVBwBr1QcAhNUHAMLVBwDT1QcAGdYHACXWBwBw1gcAfNYHAMfWBwDa1gcAHtcHAC3XBwB11wcAgdcHAMzXBwDN1wcAI9gHAC3YBwB62AcAiNgHANHYBwDW2AcAKNkHADXZBwBuxxIAgdkHANbZBwDx2QcALdoHAC/aBwCE2gcAktoHANvaBwDs2gcAMtsHADTbBwCJ2wcAotsHAODbBwDx2wcAN9wHAEPcBwCO3AcAmtwHAOXcBwD43AcAPN0HAEvdBwCT3QcAn90HAOrdBwDr3QcAQd4HAEveBwCY3gcApt4HAO/eBwD03gcARt8HAFPfBwBzyBIAot8HAPTfBwD83wcAS+AHAE3gBwCi4AcAs+AHAPngBwAH4QcAUOEHAGvhBwCn4QcAs+EHAP7hBwAG4gcAeMkSAFriBwCs4gcAs+IHAAPjBwAP4wcAWuMHAF3jBwCx4wcAueMHAAjkBwAY5AcAX+QHAGTkBwC25AcAv+QHAA3lBwAa5QcAZOUHAGvlBwC75QcAw+UHAM/JEgAf5gcAaeYHAHHmBwDA5gcA1OYHABfnBwAc5wcAbucHAHfnBwDF5wcAy+cHABzoBwAk6AcAc+gHAILoBwDK6AcA2+gHACHpBwAq6QcAeOkHAHvpBwDP6QcA2ekHACbqBwAy6gcAfeoHAIPqBwAmyhIA4eoHACvrBwAw6wcAgusHAInrBwDZ6wcA5esHADDsBwA47AcAfcoSAKLsBwDe7AcA4OwHADXtBwBD7QcAjO0HAJ3tBwDj7QcA5e0HADruBwBT7gcAke4HAKLuBwDo7gcA9O4HANTKEgBO7wcAlu8HAJ/vBwDt7wcA8+8HAETwBwBK8AcAm/AHAKfwBwDy8AcA+fAHAEnxBwBR8QcAoPEHAKTxBwD38QcAAvIHAE7yBwBc8gcApfIHALbyBwD88gcACPMHAFPzBwBb8wcAK8sSAK3zBwAB9AcAC/QHAFj0BwBa9AcAr/QHAMj0BwAG9QcAF/UHAF31BwBr9QcAtPUHALf1BwAL9gcAFvYHAGL2BwBw9gcAufYHAMb2BwAQ9wcAJ/cHAGf3BwBv9wcAvvcHAMD3BwAV+AcAHfgHAGz4BwB7+AcAw/gHAMj4BwAa+QcAJ/kHAHH5BwB++QcAyPkHANT5BwAf+gcALvoHAHb6BwCA+gcAzfoHANv6BwAk+wcAKfsHAHv7BwCI+wcA0vsHANr7BwAp/AcAM/wHAID8BwCF/AcA1/wHAN/8BwAu/QcAMf0HAIX9BwCi/QcA3P0HAO39BwAz/gcAO/4HAIr+BwCN/gcA4f4HAO3+BwA4/wcAPv8HAI//BwCq/wcA5v8HAPL/BwA9AAgAQwAIAILLEgCjAAgA6wAIAOwACABCAQgAegEIAJkBCACnAQgA8AEIAPEBCABHAggATwIIAJ4CCACtAggA9QIIAPoCCABMAwgAWQMIAKMDCACwAwgA+gMIAAYECABRBAgAYAQIAKgECACyBAgA/wQIAA0FCABWBQgAWwUIAK0FCAC6BQgABAYIAAwGCABbBggAZQYIALIGCAC3BggACQcIABEHCABgBwgAagcIALcHCADCBwgADggIABoICABlCAgAbQgIANnLEgDBCAgAEwkIABYJCABqCQgAdAkIAMEJCADJCQgAMMwSACYKCABvCggAhQoIAMYKCADSCggAHQsIACILCAB0CwgAfQsIAMsLCADVCwgAIgwIACoMCAB5DAgAhQwIANAMCADjDAgAJw0IACgNCAB+DQgAjA0IANUNCADbDQgALA4IADgOCACDDggAig4IAIfMEgDbDggAMQ8IAD0PCACIDwgAlQ8IAN8PCADnDwgANhAIAEAQCACNEAgAnBAIAOQQCADlEAgAOxEIAEMRCACSEQgAoREIAOkRCADuEQgAQBIIAE0SCACXEggApBIIAO4SCAD6EggARRMIAFQTCACcEwgAphMIAPMTCAABFAgAShQIAE8UCAChFAgArhQIAPgUCAAAFQgATxUIAFMVCACmFQgAtBUIAP0VCAAHFggAVBYIAF8WCACrFggAsxYIAAIXCAANFwgAWRcIAF4XCACwFwgAsxcIAAcYCAARGAgAXhgIAGYYCAC1GAgA1BgIAN7MEgAbGQgAYxkIAGQZCAC6GQgAwhkIABEaCAASGggAaBoIAG4aCAC/GggAxBoIABYbCAAxGwgAbRsIAHsbCADEGwgAyxsIABscCAAnHAgAchwIAHgcCADJHAgA5RwIACAdCAAoHQgANc0SAH0dCADOHQgA1B0IACUeCAAqHggAfB4IAIIeCACMzRIA2B4IACofCAAxHwgAgR8IAI0fCADYHwgA4B8IADrOEgBCIAgAhiAIALwgCADdIAgA3yAIAOIhCAASIQgANCEIAFkhCACLIQgAkiEIAOjOEgDFIQgAkc4SAPIhCAA5IggAcyIIAD/PEgCZIggA76UNAJoiCAD29g8ArSIIAOciCACwIggAhSAPAPgiCAA+IwgARiMIAJUjCACYIwgA7CMIAPgjCABDJAgASSQIAJokCAC1JAgA8SQIAP0kCABIJQgATiUIAJ8lCACnJQgA9iUIABImCABNJggAVSYIAJbPEgCzJggA+yYIAPwmCABSJwgAWicIAKknCACqJwgAACgIAAYoCABXKAgAXCgIAK4oCADJKAgABSkIABMpCABcKQgAYykIALMpCAC/KQgACioIABAqCABhKggAfSoIALgqCADAKggA7c8SABUrCABmKwgAbCsIAL0rCADCKwgAFCwIABosCABE0BIAcCwIAMIsCADJLAgAGS0IACUtCABwLQgAeC0IAPLQEgDaLQgAHi4IAFQuCAB1LggAdy4IAHovCACqLggAzC4IAPEuCAAjLwgAKi8IAKDREgBdLwgASdESAIovCADRLwgACzAIAPfREgAqMAgAfzAIAIAwCADWMAgA4DAIAC0xCAA7MQgAhDEIAJ8xCADbMQgA5zEIADIyCAA6MggATtISAJUyCADgMggA5jIIADczCABSMwgAjjMIAJozCADlMwgA6zMIADw0CABENAgAkzQIAKE0CADqNAgA7TQIAEE1CABJNQgAmDUIAKE1CADvNQgA/DUIAEY2CABINggAnTYIALg2CAD0NggA9jYIAEs3CABZNwgAojcIALM3CAD5NwgA+zcIAFA4CABpOAgApzgIALg4CAD+OAgACjkIAFU5CABdOQgApdISALI5CAADOggACzoIAFo6CABhOggAsToIALY6CAAIOwgAFDsIAF87CABiOwgAtjsIAL47CAANPAgAGjwIAGQ8CABpPAgAuzwIAMU8CAASPQgAGj0IAGk9CAB1PQgAwD0IANM9CAAXPggAJT4IAG4+CABxPggAxT4IAM8+CAD80hIAHz8IAHM/CAB7PwgAyj8IAM0/CAAhQAgALUAIAHhACAB+QAgAz0AIAOpACAAmQQgAMkEIAH1BCACDQQgA1EEIANxBCAArQggAOUIIAIJCCACFQggA2UIIAOFCCAAwQwgAOUMIAIdDCACUQwgA3kMIAOBDCAA1RAgAUEQIAIxECACORAgA40QIAPFECAA6RQgAS0UIAJFFCACTRQgA6EUIAAFGCAA/RggAUEYIAJZGCACiRggA7UYIAPVGCABT0xIASkcIAJtHCACjRwgA8kcIAPlHCABJSAgATkgIAKBICACsSAgA90gIAPpICABOSQgAVkkIAKVJCACySQgA/EkIAAFKCABTSggAXUoIAKpKCACySggAAUsIAA1LCABYSwgAa0sIAK9LCAC9SwgABkwIAAlMCABdTAgAZ0wIAKrTEgC3TAgAC00IABdNCABiTQgAaE0IALlNCADUTQgAEE4IABxOCABnTggAbU4IAL5OCADGTggAFU8IACNPCABsTwgAb08IAMNPCADLTwgAGlAIACNQCABxUAgAflAIAMhQCADKUAgAH1EIADpRCAB2UQgAeFEIAM1RCADbUQgAJFIIADVSCAB7UggAfVIIANJSCADrUggAKVMIADpTCACAUwgAjFMIANdTCADfUwgAAdQSADRUCACFVAgAjVQIANxUCADjVAgAM1UIADhVCACKVQgAllUIAOFVCADkVQgAOFYIAEBWCACPVggAnFYIAOZWCADrVggAPVcIAEdXCACUVwgAnFcIAOtXCAD3VwgAQlgIAFVYCACZWAgAp1gIAPBYCADzWAgAR1kIAFFZCABY1BIAplkIAK/UEgADWggATFoIAF1aCACjWggAr1oIAPpaCAACWwgABtUSAFZbCACoWwgAslsIAP9bCAAHXAgAVlwIAGZcCACtXAgAslwIAARdCAANXQgAW10IAGhdCACyXQgAuV0IAF3VEgALXggAYF4IAA5eCAD9cQkAEl4IAGx8EQAVXggAKSQQABdeCACp2gkAal4IAG69EABxXggAt14IAMheCAAOXwgAHF8IAGVfCACBXwgAvF8IANhfCAC01RIAIWAIAGpgCAB3YAgAwWAIANhgCAAYYQgAJGEIAG9hCAB1YQgAxmEIAMxhCAAdYggAImIIAHRiCAB6YggAC9YSAOFiCAAiYwgAMWMIAHljCABOYwgAkmgIAHtjCADQYwgA32MIACdkCAAyZAgAfmQIAIpkCADVZAgA2GQIACxlCADcZAgAbXIIAPFkCAD4awgAOGUIAINlCACJZQgA2mUIAPVlCAAxZggAPWYIAIhmCACOZggA32YIAOtmCAA2ZwgAPGcIAI1nCACTZwgA5GcIAOlnCAA7aAgAQWgIAGLWEgCVaAgA6WgIAAVpCABAaQgASGkIAGfXEgCjaQgA7mkIAPRpCABFaggAYGoIAJxqCACoaggA82oIAPlqCABKawgAUmsIAKFrCADCawgAvtcSAABsCAAV2BIAVGwIAKZsCACzbAgA/WwIAAptCABUbQgAYG0IAKttCAC6bQgAAm4IAAxuCABZbggAYW4IALBuCAC6bggAB28IABVvCABebwgAdG8IALVvCADBbwgADHAIABFwCABjcAgAbHAIALpwCADEcAgAEXEIABlxCABocQgAcnEIAL9xCADEcQgAFnIIAB5yCABs2BIAeXIIAMRyCADXcggAG3MIACpzCABycwgAfnMIAMlzCADKcwgAIHQIACp0CAB3dAgAhXQIAM50CADTdAgAJXUIADJ1CADD2BIAh3UIANN1CADfdQgAKnYIADB2CACBdggAjXYIANh2CADgdggAyNkSADJ3CACGdwgAjncIAN13CADqdwgANHgIADl4CACLeAgAk3gIAOJ4CADkeAgAOXkIAFR5CACQeQgAknkIAOd5CAD1eQgAPnoIAE96CACVeggAl3oIAOx6CAAFewgAQ3sIAFR7CACaewgApnsIAPF7CAD5ewgAH9oSAE18CACffAgArHwIAPZ8CAADfQgATX0IAFl9CACkfQgAs30IAPt9CAAFfggAUn4IAGB+CACpfggArn4IAAB/CAANfwgAV38IAF9/CACufwgAsH8IAAWACAAPgAgAXIAIAGSACAB22hIAvoAIAAqBCAAYgQgAYYEIAGSBCAC4gQgAwIEIAA+CCAAlgggAZoIIAGuCCAC9gggA04IIABSDCAAggwgAa4MIAHiDCADCgwgAzIMIAM3aEgAbhAgAcIQIAH6ECADHhAgA2IQIACTbEgAkhQgAdYUIAIGFCAB72xIAzoUIACOGCAAphggAeoYIAJqGCADRhggA3YYIACiHCAAvhwgAf4cIAIeHCADWhwgA3YcIAC2ICAA5iAgAhIgIAIaICADbiAgA4ogIANLbEgA1iQgAiYkIAJGJCADgiQgA8IkIADeKCAA5iggAjooIAJyKCADliggA9ooIACncEgBDiwgAgNwSAKCLCADqiwgA8YsIAEGMCABJjAgAmIwIAKaMCADvjAgA8owIAEaNCABOjQgAnY0IAKSNCAD0jQgAAo4IAEuOCABOjggAoo4IAKSOCAD5jggAEo8IAFCPCABhjwgAp48IALOPCAD+jwgABZAIAFWQCABdkAgArJAIALWQCAADkQgAEJEIAFqRCABkkQgAsZEIAL+RCAAIkggAGZIIAF+SCABnkggAtpIIAMCSCAANkwgAG5MIAGSTCAB6kwgAu5MIAMeTCAASlAgAGZQIAGmUCABxlAgAwJQIAMaUCAAXlQgAI5UIAG6VCAB4lQgAxZUIAMuVCAAclggAMJYIAC7dEgCBlggAypYIAOOWCAAhlwgAN5cIAHiXCACHlwgAz5cIAOmXCAAmmAgAKZgIAD+dCAAxmAgAWKIIADWYCAB9mAgAgpgIANSYCADhmAgAK5kIADiZCACCmQgAjpkIANmZCADomQgAMJoIADqaCACHmggAlZoIAN6aCADjmggANZsIAEKbCACMmwgAmJsIAOObCADpmwgAOpwIAECcCACRnAgAlpwIAOicCADunAgAhd0SAEudCACWnQgAnJ0IAO2dCAAInggARJ4IAFCeCACbnggAoZ4IAPKeCAD5nggASZ8IAE6fCAD8oAgAVZ8IAKCfCACinwgA958IAP6fCABOoAgAaqAIAKWgCACtoAgAit4SAAChCABToQgAYKEIAKqhCADGoQgAAaIIAAmiCADh3hIAXaIIAK+iCACyoggABqMIABCjCABdowgAbqMIALSjCAC5owgAC6QIABCkCABipAgAgqQIALmkCADCpAgAEKUIABGlCABnpQgAc6UIAL6lCADEpQgAFaYIABumCABspggAcaYIAMOmCADJpggAON8SABunCABxpwgAfacIAMinCADVpwgAH6gIACeoCAB2qAgAf6gIAM2oCADaqAgAJKkIADKpCAB7qQgAjqkIANKpCADaqQgAKaoIACyqCACAqggAhaoIANeqCADmqggALqsIAE6rCACFqwgAkasIANyrCADmqwgAPeASAD2sCACKrAgAjKwIAOGsCADrrAgAOK0IAEGtCACPrQgAkq0IAOatCADurQgAPa4IAHSuCACU4BIAoK4IAOuuCAD6rggAQq8IAGKvCACZrwgApa8IAPCvCAD3rwgAR7AIAEywCACesAgAn7AIAPWwCAABsQgATLEIAFKxCACjsQgApbEIAPqxCAAEsggAUbIIAF+yCACosggArbIIAP+yCAAMswgAVrMIAGCzCACtswgAu7MIAAS0CAAatAgAW7QIAGe0CACytAgAt7QIAAm1CAAStQgAYLUIAGq1CAC3tQgAw7UIAA62CAAhtggAZbYIAHS2CAC8tggAyLYIABO3CAAUtwgAarcIAHS3CADBtwgAz7cIABi4CAAduAgAb7gIAHy4CADr4BIA1LgIAB25CAAzuQgAdLkIAIC5CADLuQgA0rkIACK6CAAquggAeboIAH66CADQuggA2boIACe7CAAxuwgAfrsIAIa7CADVuwgA2bsIACy8CAAuvAgAg7wIAJG8CADavAgA5LwIADG9CAA/vQgAiL0IAJW9CADfvQgA9r0IADa+CAA+vggAjb4IAJ2+CADkvggA6b4IADu/CABBvwgAkr8IAJq/CADpvwgA7r8IAEDACABBwAgAl8AIAKPACADuwAgA9MAIAEXBCABHwQgAnMEIAKbBCADzwQgAAcIIAErCCABPwggAocIIAK7CCADw4RIA+sIIAE/DCABZwwgApsMIALTDCAD9wwgAAsQIAFTECABhxAgAq8QIAK3ECACCowoAtcQIAALFCAAQxQgAWcUIAG/FCACwxQgAvMUIAAfGCAAMxggAXsYIAGfGCAC1xggAv8YIAAzHCAAYxwgAY8cIAHbHCAC6xwgAyccIABHICAAdyAgAaMgIAGnICAC/yAgAycgIABbJCAAkyQgAbckIAHLJCADEyQgA0ckIAEfiEgAkyggAcsoIAHzKCADJyggAy8oIACDLCAAqywgAd8sIAIPLCADOywgA1ssIAEzjEgAmzAgAfMwIAIjMCADTzAgA2cwIACrNCAAszQgAgc0IAIvNCADYzQgA5s0IAC/OCAA0zggAhs4IAJPOCADdzggA5c4IADTPCAA+zwgAi88IAJnPCADizwgA+M8IADnQCABF0AgAkNAIAJfQCADn0AgA79AIAD7RCABD0QgAldEIAJ7RCADs0QgA9tEIAEPSCABY0ggAmtIIAKPSCADx0ggA/tIIAEjTCABK0wgAn9MIALjTCAD20wgAB9QIAE3UCABZ1AgApNQIAKzUCACj4xIAANUIAFLVCABa1QgAqdUIAL/VCAAA1ggABdYIAFfWCABe1ggArtYIALzWCAAF1wgAFdcIAFzXCABw1wgAs9cIALvXCAAK2AgAGdgIAGHYCABm2AgAuNgIAMHYCAAP2QgAHNkIAGbZCABw2QgAvdkIAMnZCAAU2ggAGtoIAPrjEgB52ggAwtoIANjaCAAZ2wgAJdsIAHDbCAB12wgAx9sIANDbCAAe3AgAKNwIAHXcCAB93AgAzNwIANDcCAAj3QgAJd0IAHrdCACI3QgA0d0IANvdCAAo3ggANt4IAH/eCACM3ggA1t4IAO3eCAAt3wgANd8IAITfCACU3wgA298IAODfCAAy4AgAOOAIAIngCACR4AgA4OAIAPvgCAA34QgAOeEIAI7hCACf4QgA5eEIAO7hCAA84ggASOIIAFHkEgCY4ggA6uIIAO3iCABB4wgAS+MIAJjjCACa4wgA7+MIAArkCABG5AgASOQIAJ3kCACr5AgA9OQIAAXlCABL5QgATeUIAKLlCAC75QgA+eUIAArmCABQ5ggAXOYIAKjkEgDE5ggA/uYIAA/nCABV5wgAcecIAKznCAC05wgA/+QSAAjoCABa6AgAYugIALHoCAC86AgACOkIAA3pCABf6QgAYukIALbpCADA6QgADeoIABDqCABk6ggAbOoIALvqCAC96ggAEusIAC3rCABp6wgAa+sIAMDrCADO6wgAF+wIACjsCABu7AgAcOwIAMXsCADe7AgAHO0IAC3tCABz7QgAf+0IAMrtCADS7QgAVuUSAC7uCAB47ggAgO4IAM/uCADZ7ggAJu8IADHvCAB97wgAie8IANTvCADc7wgAreUSADDwCACC8AgAh/AIANnwCADq8AgABOYSAD3xCACH8QgAifEIAN7xCAD38QgANfIIAEbyCACM8ggAmPIIAOPyCADr8ggAW+YSAD/zCACR8wgAmfMIAOjzCAD38wgAP/QIAEX0CACW9AgAovQIAO30CADv9AgARPUIAE71CACb9QgAp/UIAPL1CAD69QgAsuYSAFX2CACg9ggAo/YIAPf2CAD69ggATvcIAFz3CACl9wgAqvcIAPz3CAAJ+AgACecSAGT4CACq+AgAsvgIAAH5CAC3+AgAhQIJAAz5CABY+QgAXfkIAK/5CACy+QgABvoIABD6CABd+ggAgPoIALT6CAC3+ggAC/sIAC/7CABi+wgAavsIAGDnEgC/+wgAEPwIAB78CABn/AgAc/wIAL78CADF/AgAFf0IAB39CABs/QgAfP0IAMP9CADI/QgAGv4IACD+CABx/ggAef4IAMj+CADl/ggAH/8IACj/CAB2/wgAgv8IAM3/CADT/wgAJAAJADgACQB7AAkAgwAJANIACQDiAAkAKQEJACsBCQCAAQkAjgEJANcBCQDoAQkAt+cSADUCCQAO6BIAigIJANwCCQDjAgkAMwMJAD8DCQCKAwkAjQMJAOEDCQDxAwkAOAQJADoECQCPBAkAnQQJAOYECQD3BAkAZegSAEQFCQC86BIApwUJAOsFCQD6BQkAQgYJAE4GCQCZBgkAmgYJAPAGCQD6BgkARwcJAFUHCQCeBwkAowcJAPUHCQACCAkAE+kSAFEICQCjCAkArAgJAPoICQALCQkAUQkJAFgJCQCoCQkAsAkJAP8JCQAMCgkAVgoJAFsKCQCtCgkAtwoJAAQLCQAMCwkAWwsJAGELCQCyCwkAvgsJAAkMCQALDAkAYAwJAG8MCQC3DAkAwgwJAA4NCQAWDQkAZQ0JAGcNCQC8DQkAyQ0JABMOCQAnDgkAag4JAHIOCQDBDgkA0A4JABgPCQAdDwkAbw8JAHwPCQDGDwkA0A8JAB0QCQAfEAkAdBAJAIMQCQDLEAkA1RAJACIRCQAqEQkAeREJAHoRCQDQEQkA1REJACcSCQA1EgkAfhIJAIsSCQDVEgkA3xIJABjqEgAvEwkAgxMJAI8TCQAlIwkAnxMJANoTCQDiEwkAb+oSADYUCQCIFAkAkBQJAN8UCQDiFAkANhUJAEIVCQCNFQkAkxUJAOQVCQD/FQkAOxYJAEcWCQCSFgkAmBYJAOkWCQDsFgkAQBcJAEgXCQCXFwkAmRcJAO4XCQAJGAkARRgJAEcYCQCcGAkAqhgJAPMYCQAEGQkAShkJAEwZCQChGQkAuhkJAPgZCQAJGgkATxoJAFsaCQCmGgkArhoJAMbqEgACGwkAVBsJAFobCQCrGwkAsxsJAAIcCQARHAkAWRwJAF4cCQCwHAkAvRwJAAcdCQAUHQkAXh0JAGodCQC1HQkAxB0JAAweCQAWHgkAYx4JAHEeCQC6HgkAvx4JABEfCQAeHwkAHesSAHQfCQC/HwkAxR8JABYgCQAxIAkAbSAJAHkgCQDEIAkAyiAJABshCQAeIQkAciEJAH4hCQDJIQkAzyEJACAiCQAmIgkAdyIJAHwiCQDOIgkA1CIJAHTrEgArIwkAfCMJAIIjCQDTIwkA2CMJACokCQAwJAkAy+sSAIYkCQDYJAkA5SQJAC8lCQA8JQkAhiUJAJIlCQDdJQkA7CUJADQmCQA+JgkAiyYJAJkmCQDiJgkA5yYJADknCQBGJwkAkCcJAKgnCQDnJwkA7ScJAD4oCQBKKAkAlSgJAKUoCQDsKAkA9SgJAEMpCQBGKQkAmikJAKYpCQDxKQkA+CkJANDsEgBKKgkAnyoJAKkqCQD2KgkA+SoJAE0rCQBVKwkApCsJAKcrCQD7KwkABywJAFIsCQBYLAkAqSwJAMQsCQAALQkADC0JAFctCQBdLQkAJ+0SAM4tCQAFLgkAEC4JAFwuCQBhLgkAsy4JALwuCQAKLwkADS8JAGEvCQBtLwkAuC8JAMQvCQCYOgkA0C8JAA8wCQAWMAkAZjAJAGwwCQC9MAkAyzAJABQxCQAvMQkAazEJAHcxCQDCMQkAyDEJABkyCQAzMgkAcDIJAHwyCQDHMgkAzTIJAB4zCQAkMwkAdTMJAHozCQDMMwkA0jMJAH7tEgAwNAkAejQJAIY0CQDRNAkA2zQJACg1CQAsNQkAfzUJAIQ1CQDWNQkA3DUJAC02CQBNNgkAhDYJAJA2CQDbNgkA4TYJADI3CQA4NwkAiTcJAI43CQDgNwkA5jcJACzuEgA8OAkAjjgJAJU4CQDlOAkA8TgJADw5CQBYOQkAkzkJAJs5CQAx7xIAEzoJAEE6CQBnOgkAiO8SAKs6CQDvOgkA/joJAEY7CQBSOwkAnTsJAJ47CQD0OwkA/jsJAEs8CQBZPAkAojwJAKc8CQD5PAkABj0JAN/vEgBYPQkA5PASAKw9CQD+PQkACz4JAFU+CQBiPgkArD4JALg+CQADPwkAEj8JAFo/CQBkPwkAsT8JAL8/CQAIQAkADUAJAF9ACQBsQAkAtkAJAL5ACQA78RIAGUEJAGRBCQB0QQkAu0EJAMRBCQASQgkAFUIJAGlCCQB1QgkAwEIJAMdCCQCS8RIAIkMJAG5DCQB6QwkAxUMJAM1DCQDp8RIAKUQJAHNECQB6RAkAykQJAMtECQAhRQkAJkUJAHhFCQCGRQkAz0UJANxFCQAmRgkAMEYJAH1GCQCFRgkA1EYJAN1GCQArRwkAMUcJAIJHCQCTRwkA2UcJAPVHCQAwSAkAOEgJAEDyEgCSSAkA3kgJAOhICQA1SQkAP0kJAIxJCQCNSQkAl/ISAOhJCQA6SgkAR0oJAJFKCQCeSgkA6EoJAPRKCQA/SwkATksJAJZLCQCgSwkA7UsJAPVLCQBETAkATkwJAJtMCQCgTAkA8kwJAPpMCQDu8hIAVE0JAKBNCQCsTQkA900JAP9NCQBF8xIAU04JAKVOCQC0TgkA/E4JABxPCQBTTwkAX08JAKpPCQCwTwkAAVAJAAlQCQBYUAkAX1AJAK9QCQCxUAkABlEJABJRCQBdUQkAc1EJALRRCQC5UQkAC1IJABhSCQCc8xIAZ1IJALlSCQDIUgkAEFMJADBTCQBnUwkAc1MJAL5TCQDEUwkAFVQJAB1UCQBsVAkAc1QJAMNUCQDFVAkAGlUJACZVCQBxVQkAh1UJAMhVCQDNVQkAH1YJACxWCQB2VgkAflYJAM1WCQDTVgkAJFcJAC1XCQB7VwkAiFcJANJXCQDfVwkAKVgJADdYCQCAWAkAjVgJANdYCQDuWAkALlkJAF5ZCQDz8xIAi1kJANxZCQCSWQkA8zsQAPJZCQAzWgkAQVoJAIpaCQCNWgkA4VoJAORaCQA4WwkARlsJAI9bCQCUWwkA5lsJAPNbCQA9XAkARVwJAJRcCQCbXAkA61wJAPdcCQBCXQkAT10JAJldCQCnXQkA8F0JAPxdCQBHXgkATl4JAJ5eCQCmXgkA9V4JAPleCQBMXwkAV18JAKNfCQCxXwkA+l8JAAtgCQBRYAkAXWAJAKhgCQCwYAkASvQSAAVhCQBWYQkAamEJAK1hCQC7YQkABGIJABFiCQBbYgkAcmIJALJiCQC6YgkACWMJABNjCQBgYwkAZWMJALdjCQC/YwkADmQJAB1kCQBlZAkAamQJALxkCQDJZAkAE2UJACBlCQBqZQkAdmUJAMFlCQDQZQkAGGYJACJmCQBvZgkAd2YJAMZmCQDQZgkAHWcJACJnCQB0ZwkAfGcJAKH0EgDWZwkAImgJAC5oCQB5aAkAgWgJAPj0EgDVaAkAJ2kJADZpCQB+aQkAnmkJANVpCQDhaQkALGoJADJqCQCDagkAi2oJANpqCQDhagkAMWsJADNrCQCIawkAlGsJAN9rCQD1awkANmwJADtsCQCNbAkAmmwJAE/1EgDtbAkAO20JAEFtCQCSbQkAoG0JAOltCQD2bQkAQG4JAFduCQCXbgkAn24JAO5uCQD9bgkARW8JAEpvCQCcbwkAqW8JAPNvCQAAcAkASnAJAFZwCQChcAkAsHAJAPhwCQACcQkAT3EJAGtxCQCmcQkArnEJAKb1EgAKcgkAbMQOAAxyCQBUcgkAXnIJANNBDwB0cgkAq3IJALdyCQACcwkACHMJAFlzCQBhcwkAUbcJAGVzCQCwcwkAc3MJAOOgCQDDcwkAB3QJABZ0CQBedAkAanQJALV0CQC2dAkADHUJABZ1CQBjdQkAcXUJALp1CQC/dQkAEXYJAB52CQD99RIAbnYJAL92CQDFdgkAFncJABt3CQBtdwkAc3cJAAL3EgDPdwkAG3gJACl4CQByeAkAg3gJAMl4CQDVeAkAIHkJACh5CQCw9xIAg3kJAM55CQDYeQkAJXoJADR6CQB8egkAh3oJANN6CQDhegkAKnsJADd7CQCBewkAmHsJANh7CQDgewkAL3wJADJ8CQCGfAkAknwJAN18CQDjfAkANH0JAE99CQCLfQkAl30JAOJ9CQDofQkAOX4JAEF+CQCQfgkAkn4JAOd+CQDofgkAPn8JAEx/CQCVfwkAnX8JAOx/CQAHgAkAQ4AJAE+ACQCagAkAoIAJAPGACQD0gAkASIEJAFaBCQCfgQkApIEJAPaBCQADggkATYIJAGmCCQCkggkArIIJAAf4EgAIgwkAxD4PAAyDCQBSgwkADoMJAE2gDwBegwkAqYMJALaDCQAAhAkABYQJAFeECQBhhAkAroQJAL6ECQAFhQkACoUJAFyFCQBlhQkAs4UJAMCFCQAKhgkAEYYJAGGGCQBthgkAuIYJAL6GCQAPhwkAFYcJAGaHCQBrhwkAvYcJAMOHCQBe+BIAIIgJAGuICQBxiAkAwogJAMiICQAZiQkAJokJAHCJCQB1iQkAx4kJAM+JCQAeigkAVIoJAHWKCQCgigkAzIoJANSKCQAjiwkAMIsJAHqLCQB/iwkA0YsJANmLCQAojAkAK4wJAH+MCQCIjAkA1owJAOWMCQAtjQkAOI0JAISNCQCMjQkA240JAOuNCQAyjgkAQI4JAImOCQCajgkA4I4JAOyOCQA3jwkAP48JAGP5EgCUjwkA5Y8JAO2PCQA8kAkAQ5AJAJOQCQChkAkA6pAJAPCQCQBBkQkATZEJAJiRCQCnkQkA75EJAPmRCQBGkgkAS5IJAJ2SCQCjkgkA9JIJAAiTCQC6+RIAVZMJABgUCgBYkwkAopMJAFqTCQBD1wkAp5MJAPmTCQAFlAkAUJQJAF2UCQCnlAkAsZQJABH6EgAZlQkAVZUJAFeVCQCslQkAspUJAAOWCQA7lgkAWpYJAGCWCQCxlgkAupYJAAiXCQAVlwkAX5cJAJeXCQC2lwkAvZcJAA2YCQASmAkAZJgJAHOYCQC7mAkA25gJABKZCQAemQkAaZkJAG+ZCQDAmQkA2pkJABeaCQAamgkAbpoJAHOaCQDFmgkA1JoJABybCQA8mwkAv/oSAJObCQDKmwkA1psJACGcCQArnAkAeJwJAIScCQD8UwoAhZwJAM+cCQDUnAkAJp0JADCdCQB9nQkAjZ0JANSdCQDZnQkAK54JADSeCQCCngkAj54JANmeCQDgngkAMJ8JADyfCQCHnwkAjZ8JAN6fCQDknwkANaAJADqgCQCMoAkAkqAJABb7EgDmoAkAOqEJAD+hCQCRoQkAoKEJAOihCQAIogkAxPsSAE2iCQCWogkAo6IJAO2iCQD0ogkARKMJAEyjCQCbowkAnaMJAPKjCQCiowkARdUMALKjCQBqdAwA+KMJALamDAD6owkASaQJAE2kCQBxrAkAX6QJANgzDABkpAkAoKQJAKKkCQD3pAkACKUJAE6lCQBcpQkApaUJAKylCQD8pQkABKYJAFOmCQBapgkAqqYJAK+mCQABpwkAEKcJAFinCQB4pwkAr6cJALunCQAGqAkADKgJAF2oCQBlqAkAtKgJAMCoCQALqQkAGKkJAGKpCQB9qQkAuakJAMepCQAQqgkAFqoJAGeqCQBsqgkAvqoJAMuqCQAVqwkAK6sJAGyrCQB4qwkAw6sJANCrCQAarAkAJKwJABv8EgB2rAkAyKwJAM6sCQAfrQkAP60JAHatCQCErQkAza0JANqtCQAkrgkAO64JAHuuCQCDrgkA0q4JAOGuCQAprwkALq8JAICvCQCNrwkA168JAOGvCQAusAkAMLAJAIWwCQCTsAkA3LAJAOmwCQAzsQkAP7EJAIqxCQCQsQkA4bEJAOmxCQA4sgkAPrIJAI+yCQCYsgkA5rIJAPOyCQA9swkAR7MJAJSzCQCiswkA67MJAAG0CQBCtAkATrQJAJm0CQChtAkAcvwSAPq0CQBHtQkATbUJAJ61CQCgtQkA9bUJAP+1CQBMtgkAWLYJAKO2CQC6tgkA+rYJAA63CQDJ/BIAX7cJAKi3CQCrtwkA/7cJAAe4CQBWuAkAYrgJAK24CQC7uAkABLkJAA65CQBbuQkAZrkJALK5CQC+uQkACboJAA+6CQBgugkAaLoJALe6CQDEugkADrsJABO7CQBluwkAb7sJALy7CQDEuwkAE7wJABm8CQBqvAkAc7wJAMG8CQDOvAkAGL0JACW9CQBvvQkAfb0JAMa9CQDTvQkAHb4JADS+CQB0vgkAfL4JAMu+CQDQvgkAIr8JACi/CQB5vwkAgb8JANC/CQDmvwkAJ8AJADXACQB+wAkAgcAJANXACQDkwAkALMEJADHBCQCDwQkAkMEJANrBCQDqwQkAMcIJAD/CCQCIwgkAn8IJAN/CCQDowgkANsMJADzDCQCNwwkAmcMJAOTDCQDrwwkAIP0SAEfECQCSxAkAlMQJAOnECQDzxAkAQMUJAEzFCQCXxQkAn8UJAHf9EgDzxQkARcYJAFTGCQCcxgkAvMYJAPPGCQD/xgkASscJAFDHCQChxwkAqccJAPjHCQD5xwkAT8gJAFXICQCmyAkAq8gJAP3ICQAYyQkAVMkJAGLJCQCryQkAsskJAALKCQAOygkAWcoJAF/KCQDO/RIAtcoJAAfLCQARywkAXssJAG/LCQC1ywkAwcsJAAzMCQAPzAkAY8wJAGbMCQC6zAkAwswJABHNCQAYzQkAaM0JAG3NCQC/zQkAzs0JABbOCQA2zgkAbc4JAHnOCQDEzgkAys4JABvPCQAjzwkAcs8JAH/PCQDJzwkAzs8JACDQCQAq0AkAd9AJAH/QCQDO0AkA3tAJACXRCQAq0QkAfNEJAIXRCQDT0QkA4NEJACrSCQAx0gkAJf4SAIbSCQDY0gkA59IJAC/TCQBP0wkAhtMJAJLTCQDd0wkA49MJADTUCQA81AkAi9QJAJfUCQDi1AkA79QJADnVCQBA1QkAkNUJAJHVCQDn1QkA7NUJAD7WCQBM1gkAldYJAKLWCQDs1gkA9tYJAHz+EgBI1wkAmtcJAKfXCQDx1wkA/tcJAEjYCQBO2AkAn9gJAKvYCQD22AkABtkJAE3ZCQBW2QkApNkJAKfZCQD72QkAB9oJAFLaCQBZ2gkA0/4SAKvaCQAA2wkAsNoJABHhDQC52gkAqzQOABHbCQBX2wkAX9sJAK7bCQC42wkABdwJABTcCQBc3AkAXdwJALPcCQC73AkAgf8SABLdCQDY/xIAf90JALjdCQCE3QkAzA4TAIvdCQAG/wkAwN0JAA/eCQAe3gkAZt4JAGveCQC93gkAyt4JABTfCQAh3wkAa98JAHffCQDC3wkA0d8JABngCQAj4AkAcOAJAJPgCQDH4AkA/eAJAB7hCQBC4QkAdeEJAH3hCQA0ARMA0eEJACPiCQAp4gkAeuIJAILiCQCLARMA3+IJACjjCQBD4wkAf+MJAIvjCQDW4wkA5+MJAC3kCQBB5AkAhOQJAIzkCQDb5AkA4eQJADLlCQA+5QkAieUJAJnlCQDg5QkA6eUJADfmCQA65gkAjuYJAJrmCQDl5gkA7OYJAOIBEwBK5wkAk+cJAJ3nCQA5AhMA7+cJAEHoCQBO6AkAmOgJAKXoCQDv6AkA++gJAEbpCQBV6QkAnekJAKfpCQD06QkAAuoJAEvqCQBQ6gkAouoJAK/qCQD56gkAAesJAJACEwBc6wkAp+sJALfrCQD+6wkAB+wJAFXsCQBY7AkArOwJALjsCQAD7QkACu0JAOcCEwBp7QkAse0JALbtCQAI7gkAFe4JAF/uCQBs7gkAtu4JALzuCQAN7wkAGe8JAGTvCQB07wkAu+8JAMTvCQAS8AkAFfAJAGnwCQB18AkAwPAJAMfwCQA+AxMAHPEJAG7xCQB78QkAxfEJAOPxCQAc8gkAKPIJAHPyCQCG8gkAyvIJANjyCQAh8wkAJPMJAHjzCQCC8wkAz/MJAN3zCQAm9AkAM/QJAH30CQCU9AkA1PQJANz0CQAr9QkAMvUJAIL1CQCH9QkA2fUJAO/1CQAw9gkAMvYJAIf2CQCV9gkA3vYJAOv2CQCVAxMAPfcJAOwDEwCR9wkA4/cJAPD3CQA6+AkAR/gJAJH4CQCd+AkA6PgJAPf4CQA/+QkASfkJAJb5CQCk+QkA7fkJAPL5CQBE+gkAUfoJAJv6CQCj+gkAQwQTAP76CQBJ+wkAWfsJAKD7CQCp+wkA9/sJAPr7CQBO/AkAWvwJAKX8CQCs/AkAmgQTAAj9CQBT/QkAY/0JAKr9CQBp/QkAHx0PALP9CQAB/gkABP4JAFj+CQBk/gkAr/4JALb+CQDxBBMAD/8JAGwCCgAQ/wkAXf8JAGz/CQC0/wkAbv8JABABCgC1/wkACwAKACcACgBiAAoAmgAKALkACgDxAAoASAUTABMBCgBnAQoAgwEKAL4BCgD2AQoAFQIKAE0CCgCfBRMAeQIKAMMCCgDRAgoAGgMKAC0DCgBxAwoAjQMKAMgDCgAABAoAHwQKAFcECgD2BRMAhwQKAM0ECgDZBAoAJAUKACwFCgBNBhMAgAUKANIFCgDaBQoAKQYKADgGCgCABgoAhQYKANcGCgDkBgoALgcKADsHCgCFBwoAkQcKANwHCgDrBwoAMwgKAD0ICgCKCAoAkggKAOEICgDrCAoAOAkKAD0JCgCPCQoAlwkKAKQGEwD1CQoAPQoKAPcJCgCZCwoAPgoKAJQKCgCwCgoA6woKACMLCgBCCwoAegsKAPsGEwCcCwoA8AsKAAwMCgBHDAoAfwwKAJ4MCgDWDAoAUgcTAPgMCgBMDQoAXQ0KAKMNCgC/DQoA+g0KADIOCgBRDgoAiQ4KAKkHEwC1DgoA/w4KAAsPCgBWDwoAZQ8KAK0PCgC3DwoABBAKAAwQCgCkhwoAEhAKAFsQCgBgEAoAshAKAL8QCgAJEQoAEREKAGARCgBmEQoAtxEKAHARCgBeeQoAwxEKAA4SCgAeEgoAZRIKAG4SCgC8EgoAvxIKABMTCgAfEwoAahMKAHETCgAACBMA5BMKAFcIEwAmFAoAbxQKAIUUCgDGFAoA0hQKAB0VCgAkFQoAdBUKAHkVCgDLFQoA1BUKACIWCgAsFgoArggTAH4WCgCipw0AgxYKANAWCgCFFgoASD4NANoWCgAnFwoAKBcKAH4XCgCNFwoA1RcKANoXCgAsGAoAORgKAIMYCgCQGAoA2hgKAOYYCgAxGQoAQBkKAIgZCgCSGQoA3xkKAO0ZCgA2GgoAOxoKAI0aCgCaGgoA5BoKAOUaCgA7GwoAQBsKAJIbCgCXGwoA6RsKAPobCgBAHAoAYxwKAJccCgCiHAoA7hwKAPMcCgBFHQoASB0KAJwdCgCmHQoA8x0KABseCgBKHgoAaR4KAFwJEwCtHgoA+B4KAPoeCgBPHwoAXh8KAKYfCgCxHwoA/R8KAAUgCgBUIAoAWyAKAKsgCgCtIAoAAiEKAAwhCgBZIQoAWyEKALAhCgDJIQoAByIKAAkiCgBeIgoAYSIKALUiCgDBIgoADCMKABQjCgCzCRMAbyMKALojCgDAIwoAESQKACwkCgBoJAoAdCQKAL8kCgDFJAoAFiUKAB4lCgBtJQoAbyUKAMQlCgDOJQoAGyYKACMmCgAKChMAgyYKAMkmCgDQJgoAICcKACgnCgB3JwoAhCcKAM4nCgDTJwoAJSgKAC8oCgB8KAoAhCgKANMoCgDiKAoAKikKAC8pCgCBKQoAjikKANgpCgDlKQoALyoKADsqCgCGKgoAlSoKAN0qCgDnKgoANCsKADwrCgCLKwoAlSsKAOIrCgDnKwoAOSwKAEEsCgBhChMAnCwKAOcsCgD3LAoAPi0KAEctCgCVLQoAmC0KAOwtCgD4LQoAQy4KAEouCgC4ChMAoC4KAPEuCgD3LgoASC8KAE0vCgCfLwoApS8KAA8LEwD8LwoATTAKAFMwCgCkMAoAqTAKAOThDwCxMAoA+zAKAAAxCgBSMQoAWjEKAKkxCgDSMQoAADIKAN0xCgB6OQoAKTIKAFcyCgCAMgoArjIKANkyCgAFMwoADTMKAFwzCgBrMwoAszMKALgzCgAKNAoAFzQKAGE0CgBuNAoAuDQKAMQ0CgAPNQoAHjUKAGY1CgBwNQoAvTUKAMs1CgAUNgoAGTYKAGs2CgB4NgoAwjYKAMo2CgAZNwoAHzcKAHA3CgB8NwoAxzcKANc3CgAeOAoAJzgKAHU4CgB4OAoAzDgKANg4CgAjOQoAKjkKAGYLEwCjOQoA0TkKAPw5CgAoOgoAMDoKAH86CgCOOgoA1joKANs6CgAtOwoAOjsKAIQ7CgCROwoA2zsKAOc7CgAyPAoAQTwKAIk8CgCTPAoA4DwKAO48CgA3PQoAPD0KAI49CgCbPQoA5T0KAO09CgA8PgoAQj4KAJM+CgCfPgoA6j4KAPo+CgBBPwoASj8KAJg/CgCbPwoA7z8KAPs/CgBGQAoATUAKAL0LEwCfQAoA3fEPAKtACgD0QAoAAUEKAEtBCgBXQQoAokEKAKhBCgD5QQoA/0EKAFBCCgBVQgoAp0IKAK1CCgAUDBMAJEMKAFVDCgB7QwoArEMKAOBDCgADRAoALEQKAFpECgCFRAoAwgwTAL1ECgAIRQoAv0QKAI12CwASRQoAX0UKAHlFCgC2RQoAuUUKANaRCgDFRQoADUYKABJGCgBkRgoAcUYKALtGCgDIRgoAEkcKAB5HCgBpRwoAeEcKAMBHCgDKRwoAF0gKACNICgBuSAoAgUgKAMVICgDUSAoAHEkKAChJCgBzSQoAdEkKAMpJCgDUSQoAIUoKAC9KCgB4SgoAfUoKAM9KCgDcSgoAGQ0TACtLCgB9SwoAiksKANRLCgDhSwoAK0wKADdMCgCCTAoAkUwKANlMCgDjTAoAME0KAD5NCgCHTQoAjE0KAN5NCgDrTQoANU4KAD1OCgAeDhMAmE4KAONOCgDzTgoAOk8KAENPCgCRTwoAlE8KAOhPCgD0TwoAP1AKAEZQCgB1DhMAmVAKAO1QCgD1UAoARFEKAFBRCgCbUQoAoVEKAPJRCgD4UQoASVIKAE5SCgCgUgoAplIKACMPEwAgUwoATlMKAHdTCgClUwoAyVMKANEPEwACVAoAro4LAA9UCgBTVAoAYlQKAKpUCgC2VAoAAVUKAAJVCgBYVQoAYlUKAK9VCgC9VQoABlYKAAtWCgBdVgoAalYKACgQEwDXVgoAfxATADRXCgBiVwoAi1cKALlXCgDdVwoA1hATAB5YCgBnWAoAbFgKAL5YCgDLWAoAFVkKAB1ZCgBsWQoAclkKAMNZCgDPWQoAGloKACpaCgBxWgoAeloKAMhaCgDLWgoAH1sKAFpbCgB2WwoAglsKAC0REwDTWwoAJFwKAD1cCgB7XAoAiVwKANJcCgDfXAoAKV0KADBdCgCAXQoAiV0KANddCgDkXQoALl4KAEVeCgCFXgoAiF4KANxeCgDeXgoAM18KADxfCgCKXwoAml8KAOFfCgD6XwoAOGAKADpgCgCPYAoAmGAKAOZgCgDuYAoAPWEKAD9hCgCUYQoArWEKAOthCgACYgoAQmIKAE5iCgCZYgoAqmIKAPBiCgD8YgoAR2MKAFJjCgCeYwoAq2MKAPVjCgD/YwoAhBETAF9kCgCjZAoAsWQKAPpkCgDgZAoAeW0KADZlCgBRZQoAXmUKAKhlCgCwZQoA/2UKAAVmCgBWZgoAYmYKAK1mCgC4ZgoABGcKAA1nCgBbZwoAXmcKALJnCgC0ZwoACWgKABBoCgBgaAoAYmgKANsREwC6aAoADmkKABxpCgBlaQoAamkKALxpCgDJaQoAE2oKAB9qCgBqagoAcmoKADISEwDPagoAGGsKAChrCgBvawoAfWsKAMZrCgDPawoAHWwKACdsCgB0bAoAdmwKAMtsCgDVbAoAIm0KACRtCgCJEhMAfm0KANBtCgDYbQoAJ24KAC1uCgB+bgoAim4KANVuCgDkbgoALG8KADVvCgCDbwoAhm8KANpvCgDcbwoAMXAKADhwCgCIcAoAinAKAOASEwDkcAoANnEKAFJxCgCNcQoAqXEKADcTEwDxcQoARK0LAPNxCgA7cgoAQHIKAJJyCgCfcgoA6XIKAPZyCgBAcwoARnMKAJdzCgCjcwoA7nMKAP5zCgBFdAoATnQKAJx0CgCfdAoA83QKAP90CgBKdQoAUXUKAI4TEwCwdQoA+HUKAP11CgBPdgoAXHYKAKZ2CgCzdgoA/XYKAAN3CgBUdwoAYHcKAKt3CgC7dwoAAngKAAt4CgBZeAoAXHgKALB4CgC8eAoAB3kKAA55CgDlExMAYHkKALV5CgDDeQoADHoKAB16CgA8FBMAanoKAJMUEwDCegoA6hQTABZ7CgBoewoAdXsKAL97CgDMewoAFnwKACJ8CgBtfAoAfHwKAMR8CgDOfAoAG30KACl9CgByfQoAd30KAMl9CgDWfQoAIH4KACh+CgBBFRMAg34KAM5+CgDefgoAJX8KAC5/CgB8fwoAf38KANN/CgDffwoAKoAKADGACgCYFRMAg4AKANiACgDmgAoAL4EKAECBCgDvFRMAjYEKAEYWEwDlgQoAnRYTADmCCgCLggoAmIIKAOKCCgDvggoAOYMKAEWDCgCQgwoAn4MKAOeDCgDxgwoAPoQKAEyECgCVhAoAmoQKAOyECgD5hAoAQ4UKAEuFCgD0FhMApoUKAPGFCgABhgoASIYKAFGGCgCfhgoAooYKAPaGCgAChwoATYcKAFSHCgBLFxMArocKAPuHCgAJiAoAUogKAGiICgCpiAoAtYgKAACJCgAHiQoAV4kKAF+JCgCuiQoAs4kKAAWKCgAOigoAXIoKAGaKCgCiFxMAyYoKAAqLCgAWiwoAYYsKAGiLCgC4iwoAwIsKAA+MCgAUjAoAZowKAG+MCgC9jAoAx4wKAPkXEwAZjQoAu6wNACCNCgCa3AoAI40KAGuNCgA+jQoA0wMUAHCNCgDCjQoAz40KABmOCgAmjgoAcI4KAHyOCgDHjgoA1o4KAB6PCgAojwoAdY8KAIOPCgDMjwoA2Y8KACOQCgA6kAoAepAKAIKQCgDRkAoA25AKACiRCgAtkQoAf5EKAIeRCgBQGBMA25EKAC2SCgA8kgoAhJIKAKSSCgDbkgoA55IKADKTCgA8kwoAiZMKAJOTCgDgkwoA7pMKADeUCgBNlAoAjpQKAJqUCgDllAoA6pQKADyVCgBFlQoAk5UKAJ2VCgDqlQoA9pUKAEGWCgBUlgoAmJYKAKeWCgDvlgoA+5YKAEaXCgBHlwoAnZcKAKeXCgD0lwoAApgKAEuYCgBQmAoAopgKAK+YCgD+GBMAB5kKAFCZCgBmmQoAp5kKALOZCgD+mQoABZoKAFWaCgBdmgoArJoKALGaCgADmwoADJsKAFqbCgBkmwoAAxoTALabCgAInAoAEJwKAF+cCgBinAoAtpwKAL+cCgANnQoAHJ0KAGSdCgBvnQoAu50KAMOdCgASngoAIp4KAGmeCgB3ngoAwJ4KANGeCgAXnwoAI58KAG6fCgB2nwoAWhoTAMufCgAcoAoAJKAKAHOgCgB6oAoAyqAKANigCgAhoQoAJ6EKAHihCgCEoQoAz6EKAN6hCgAmogoAMKIKAH2iCgCCogoA1KIKANqiCgArowoAP6MKALEaEwCTowoA2aMKAOWjCgAwpAoANqQKAIekCgCNpAoA3qQKAOOkCgA1pQoAO6UKAAgbEwCRpQoA46UKAPSlCgA6pgoAQqYKAJGmCgBGpgoAdMMKAEimCgD0tRAAm6YKAOimCgD2pgoAP6cKAFWnCgCWpwoAoqcKAO2nCgD0pwoARKgKAEyoCgCbqAoAoKgKAPKoCgD7qAoASakKAFOpCgCgqQoAqKkKAPepCgD7qQoATqoKAFmqCgClqgoAs6oKAPyqCgANqwoAU6sKAF+rCgCqqwoAsqsKAF8bEwADrAoAWKwKAGasCgCvrAoAuawKAAatCgAUrQoAXa0KAGqtCgC0rQoAy60KAAuuCgATrgoAYq4KAHKuCgC5rgoAvq4KABCvCgAWrwoAZ68KAG+vCgC+rwoAwK8KABWwCgAisAoAbLAKAHSwCgDDsAoAyLAKABqxCgAbsQoAcbEKAH2xCgDIsQoA1bEKAB+yCgAnsgoAdrIKAIWyCgDNsgoA0rIKACSzCgAxswoAe7MKAIizCgDSswoA3rMKACm0CgA4tAoAgLQKAIq0CgDXtAoA5bQKAC61CgAztQoAhbUKAJK1CgC2GxMA37UKADO2CgA7tgoAirYKAJe2CgDhtgoA5rYKADi3CgBCtwoAj7cKAJe3CgDmtwoA6LcKAD24CgBYuAoAlLgKAJa4CgDruAoA+bgKAEK5CgBTuQoAmbkKAJu5CgDwuQoACboKAEe6CgBYugoAnroKAKq6CgANHBMA/boKAEy7CgBSuwoAo7sKAK+7CgD6uwoAF7wKAFG8CgBavAoAqLwKALS8CgD/vAoAAr0KAFa9CgBgvQoArb0KALW9CgAEvgoADr4KAFu+CgBpvgoAsr4KAMi+CgAJvwoAFb8KAGC/CgBnvwoAt78KAL+/CgAOwAoAE8AKAGXACgBuwAoAvMAKAMbACgATwQoAG8EKAGrBCgBswQoAwcEKANHBCgAYwgoAIsIKAG/CCgB7wgoAxsIKAMzCCgAdwwoAJcMKAGQcEwB6wwoAy8MKANHDCgAixAoAJ8QKAHnECgB/xAoAuxwTAN7ECgAnxQoAPcUKAH7FCgCKxQoA1cUKANrFCgAsxgoANcYKAIPGCgCNxgoA2sYKAP3GCgAxxwoANccKAIjHCgBAxwoA5MgKAIrHCgDfxwoA7ccKADbICgBAyAoAjcgKALHICgDAHRMA6sgKADvJCgBHyQoAkskKAJTJCgDpyQoA88kKAEDKCgBMygoAl8oKALvKCgAXHhMA8soKAEXLCgD9ygoAocwKAEfLCgCcywoAqssKAPPLCgD9ywoASswKAG7MCgBuHhMAp8wKAPjMCgAEzQoAT80KAFHNCgCmzQoAsM0KAP3NCgAJzgoAVM4KAHjOCgDFHhMAyM4KAALPCgALzwoAWc8KAGfPCgCwzwoAts8KAAfQCgAT0AoAXtAKAGbQCgAcHxMAvNAKAAzRCgAl0QoAY9EKAHLRCgC60QoAwtEKABHSCgAg0goAaNIKAG3SCgC/0goAzNIKABbTCgAj0woAbdMKAHnTCgDE0woA09MKABvUCgAl1AoActQKAIDUCgDJ1AoAztQKACDVCgAt1QoAcx8TAHjVCgDPTwsAkNUKAM7VCgDY1QoAJdYKACfWCgB81goAitYKANPWCgDg1goAKtcKADLXCgCB1woArdcKANjXCgDf1woAL9gKAEjYCgCG2AoAldgKAN3YCgDl2AoANNkKAEPZCgCL2QoAkNkKAOLZCgDv2QoAOdoKAEbaCgCQ2goAnNoKAOfaCgD22goAPtsKAEjbCgCV2woAo9sKAOzbCgDx2woAQ9wKAFDcCgDKHxMArdwKAPHcCgAA3QoASN0KAFTdCgCf3QoAq90KAPbdCgD93QoATd4KAFneCgCk3goAq94KAPveCgAD3woAUt8KAFbfCgCp3woAtN8KAADgCgAM4AoAV+AKAGTgCgCu4AoAtuAKAAXhCgAP4QoAXOEKAGLhCgCz4QoAx+EKAAriCgAY4goAYeIKAG7iCgC44goAz+IKAA/jCgAX4woAZuMKAHDjCgC94woAwuMKABTkCgAc5AoAa+QKAHrkCgDC5AoAx+QKABnlCgAm5QoAcOUKAH3lCgDH5QoA0+UKAB7mCgAt5goAdeYKAH/mCgAhIBMA1OYKACPnCgAy5woAeucKAH/nCgDR5woA2ucKACjoCgA56AoAf+gKAIboCgDW6AoA3ugKAC3pCgA66QoAhOkKAInpCgDb6QoA5ekKADLqCgA66goAieoKAKLqCgDg6goA7OoKADfrCgA/6woAeCATAJ3rCgDl6woAAuwKADzsCgBF7AoAk+wKAKHsCgDq7AoA8OwKAEHtCgBN7QoAmO0KAJ/tCgDv7QoA9+0KAEbuCgBW7goAne4KAKPuCgD07goA+e4KAEvvCgBh7woAou8KAKrvCgD57woAA/AKAFDwCgBb8AoAp/AKALPwCgD+8AoABvEKAM8gEwBi8QoArPEKALPxCgAD8goAD/IKAFryCgBg8goAsfIKAMLyCgAI8woAHPMKAF/zCgBt8woAtvMKAMPzCgAN9AoAJPQKAGT0CgBs9AoAu/QKAML0CgAS9QoAFPUKAGn1CgBz9QoAwPUKAML1CgAX9goAMPYKAG72CgBw9goAxfYKAMj2CgAc9woAKPcKAHP3CgCh9woAJiETANn3CgAh+AoAPvgKAHj4CgCB+AoAz/gKAN34CgAm+QoALPkKAH35CgCJ+QoA1PkKANz5CgB9IRMAM/oKAIL6CgCI+goA2foKAOX6CgAw+woAM/sKAIf7CgCM+woA3vsKAOf7CgA1/AoAO/wKAIz8CgCb/AoA4/wKAO/8CgA6/QoAQv0KANQhEwCX/QoA6P0KAO39CgA//goAVf4KAJb+CgCe/goA7f4KAPv+CgBE/woATv8KAJv/CgCe/woA8v8KAPr/CgBJAAsASgALAKAACwCmAAsA9wALAAUBCwBOAQsAZAELAKUBCwCnAQsA/AELAAICCwBTAgsAZwILAKoCCwCyAgsAAQMLABEDCwBYAwsAWgMLAK8DCwC+AwsABgQLABAECwBdBAsAYgQLALQECwC6BAsACwULAB8FCwBiBQsAagULALkFCwC+BQsAEAYLABYGCwBnBgsAbwYLAL4GCwDBBgsAFQcLABoHCwBsBwsAdQcLAMMHCwDJBwsAGggLACkICwBxCAsAfQgLACsiEwDUCAsAHwkLADIJCwB2CQsAkgkLAM0JCwDVCQsAgiITADIKCwB7CgsAkQoLANIKCwDeCgsAKQsLAC4LCwCACwsAiQsLANcLCwDhCwsALgwLADYMCwCFDAsAhwwLANwMCwDrDAsAMw0LAFANCwCKDQsAkw0LAOENCwDvDQsAOA4LAD4OCwCPDgsAnQ4LAOYOCwDzDgsAPQ8LAFQPCwCUDwsAnA8LAOsPCwDtDwsAQhALAEoQCwCZEAsAqBALAPAQCwD1EAsARxELAFQRCwCeEQsAqxELAPURCwABEgsATBILAFsSCwCjEgsArRILAPoSCwAIEwsAURMLAFYTCwCoEwsAtRMLANkiEwAJFAsAVhQLAFgUCwCtFAsAtBQLAAQVCwALFQsAWxULAGEVCwCyFQsAwBULAAkWCwAWFgsAYBYLAHAWCwC3FgsAvBYLAA4XCwAWFwsAZRcLACoXCwAggwsAcRcLALwXCwC+FwsAyxoLAMkXCwATGAsAGBgLAGoYCwB0GAsAwRgLANEYCwAYGQsAHRkLAG8ZCwB4GQsAxhkLANMZCwAdGgsAJBoLAHQaCwB8GgsAMCMTANkaCwAiGwsAOhsLAHkbCwB7GwsA0BsLAOcbCwAnHAsAKRwLAH4cCwCMHAsA1RwLAOIcCwAsHQsANB0LAIcjEwCGHQsA2h0LAJodCwBh7AwA4x0LADEeCwA/HgsAsUkLAEAeCwCIHgsAkx4LAN8eCwDnHgsANh8LAEEfCwCNHwsAkh8LAOQfCwDnHwsAOyALAEUgCwDeIxMAmCALAOkgCwCcIAsAsJEPAAQhCwBAIQsATCELAJchCwCdIQsA7iELAPYhCwBFIgsAWyILAJwiCwCqIgsA8yILAPYiCwBKIwsAYyMLAKEjCwCtIwsA+CMLAAMkCwBPJAsAUSQLAKYkCwDBJAsA/SQLAAslCwBUJQsAYSULAKslCwDCJQsANSQTAAQmCwARlA8AGCYLAFkmCwBaJgsAsCYLALUmCwAHJwsADScLAF4nCwBgJwsAtScLALsnCwAMKAsAICgLAGMoCwBrKAsAuigLAMooCwARKQsAEykLAGgpCwB2KQsAvykLANApCwCMJBMAHCoLAG0qCwB5KgsA4yQTAMYqCwAbKwsALCsLAHIrCwB6KwsAySsLANIrCwAgLAsAJywLAHcsCwB4LAsAOiUTANosCwAlLQsAJy0LAHwtCwCDLQsA0y0LANstCwAqLgsAMy4LAIEuCwCILgsA2C4LANkuCwCRJRMANC8LAIYvCwCOLwsA3S8LAOcvCwA0MAsAQjALAIswCwChMAsA4jALAO4wCwA5MQsAPjELAJAxCwCZMQsA5zELAPExCwDoJRMAPzILAJUyCwCdMgsA39EMAK0yCwDsMgsA+TILAEMzCwBPMwsAmjMLAKQzCwDxMwsA9TMLAEg0CwBNNAsAnzQLAKU0CwD2NAsAFjULAE01CwBlNQsApDULALs1CwD7NQsABzYLAFI2CwBcNgsAqTYLAKs2CwAANwsABzcLAFc3CwBeNwsArjcLALQ3CwAFOAsAETgLAFw4CwBfOAsAszgLALY4CwAKOQsAFjkLAGE5CwBkOQsAuDkLANQ5CwAPOgsAFzoLAD8mEwByOgsAvToLAMc6CwAUOwsAFjsLAGs7CwByOwsAwjsLAMk7CwAZPAsAHzwLAHA8CwB+PAsAxzwLANQ8CwAePQsALj0LAHU9CwB6PQsAzD0LANQ9CwAjPgsAMz4LAHo+CwB/PgsA0T4LANc+CwAoPwsAMD8LAJYmEwCFPwsA1j8LAN4/CwAtQAsAMEALAIRACwCQQAsA20ALAOFACwAyQQsATUELAIlBCwCXQQsA4EELAO9BCwA3QgsAQ0ILAI5CCwCWQgsARCcTAOpCCwA8QwsARkMLAJNDCwCbQwsA6kMLAApECwBBRAsATkQLAJhECwCdRAsA70QLAPNECwBGRQsAU0ULAJsnEwCiRQsA9EULAPdFCwBLRgsAVUYLAKJGCwCuRgsA+UYLAAxHCwBQRwsAX0cLAKdHCwCzRwsA/kcLAP9HCwBVSAsAX0gLAKxICwC6SAsAA0kLAAhJCwBaSQsAZ0kLAPInEwC7SQsACEoLAApKCwBfSgsAeEoLALZKCwDHSgsADUsLABlLCwBkSwsAbEsLAPcoEwDCSwsAEkwLABlMCwBpTAsAb0wLAMBMCwDMTAsAF00LABpNCwBuTQsAcU0LAMVNCwDNTQsAHE4LACxOCwBzTgsAeE4LAMpOCwDTTgsAIU8LAC5PCwB4TwsAf08LAE4pEwDbTwsAJlALADNQCwB9UAsAhVALANRQCwDeUAsAK1ELADpRCwCCUQsAg1ELANlRCwDhUQsAMFILAD9SCwCHUgsAjFILAN5SCwDrUgsANVMLAEJTCwCMUwsAmFMLAONTCwDyUwsAOlQLAERUCwCRVAsAn1QLAOhUCwDtVAsAP1ULAExVCwCWVQsAnlULAO1VCwD3VQsARFYLAElWCwCbVgsAo1YLAKUpEwAAVwsASVcLAFVXCwCgVwsAplcLAPdXCwD9VwsATlgLAFNYCwClWAsAq1gLAPwpEwAIWQsAU1kLAFlZCwCqWQsAsFkLAAFaCwAOWgsAWFoLAF1aCwCvWgsAt1oLAAZbCwAkWwsAASsTAF5bCwC0WwsAuVsLAAtcCwARXAsAYlwLAGRcCwC5XAsAv1wLABBdCwAkXQsAZ10LAG9dCwC+XQsAzl0LABVeCwAXXgsAbF4LAHpeCwDDXgsA1F4LAFgrEwAgXwsAcV8LAH1fCwCvKxMA1V8LAB9gCwAnYAsAdmALAINgCwDNYAsAz2ALACRhCwA6YQsAe2ELAIdhCwDSYQsA2mELAF0sEwA1YgsAgGILAINiCwDXYgsA3GILAC5jCwA/YwsAhWMLAI5jCwDcYwsA5mMLADNkCwBBZAsAimQLAI9kCwDhZAsA7mQLALQsEwBEZQsAj2ULAJxlCwDmZQsA6GULAD1mCwBTZgsAlGYLAKBmCwDrZgsA82YLAAstEwBHZwsAmWcLAJ9nCwDwZwsA+GcLAEdoCwBKaAsAnmgLAKpoCwD1aAsA+2gLAExpCwBnaQsAo2kLALBpCwD6aQsA/GkLAFFqCwBnagsAqGoLALRqCwD/agsAB2sLAGItEwBcawsArWsLALJrCwAEbAsAH2wLAFtsCwBpbAsAsmwLALlsCwAJbQsAFW0LAGBtCwBnbQsAuS0TAMJtCwAObgsAFm4LAGVuCwBwbgsAvG4LAMFuCwATbwsAFm8LAGpvCwB0bwsAwW8LAMlvCwAYcAsAJnALAG9wCwBycAsAxnALAM5wCwAdcQsAPXELAHRxCwCBcQsAy3ELANBxCwAicgsAJnILAHlyCwCGcgsAEC4TAPByCwAncwsAMHMLAH5zCwB/cwsA1XMLAN1zCwAsdAsAPHQLAIN0CwCFdAsA2nQLAOh0CwAxdQsAQnULAGcuEwCOdQsA33ULAOt1CwC+LhMAPXYLABUvEwCSdgsA5HYLAP52CwA7dwsASncLAJJ3CwCddwsA6XcLAOt3CwBAeAsATXgLAJd4CwCkeAsA7ngLAPp4CwBFeQsAVnkLAJx5CwCfeQsA83kLAA16CwBKegsAU3oLAKF6CwCuegsA+HoLAP56CwBPewsAW3sLAKZ7CwCpewsA/XsLAAJ8CwBUfAsAZXwLAKt8CwDGfAsAAn0LAA59CwBZfQsAYH0LALB9CwCyfQsAB34LAA5+CwBefgsAZX4LALV+CwC7fgsADH8LABh/CwBjfwsAZn8LALp/CwC9fwsAEYALAB2ACwBogAsAe4ALAL+ACwDOgAsAFoELACKBCwBtgQsAboELAMSBCwDOgQsAG4ILACmCCwByggsAd4ILAMmCCwDWggsAbC8TACiDCwDDLxMAeYMLAM6DCwDkgwsAJYQLADGECwB8hAsAhIQLABowEwDZhAsAKoULADKFCwCBhQsAhIULANiFCwDkhQsAL4YLADWGCwCGhgsAoYYLAN2GCwDrhgsANIcLAEOHCwCLhwsAl4cLAOKHCwDqhwsAcTATAD6ICwCQiAsAmogLAOeICwDviAsAPokLAF6JCwCViQsAookLAOyJCwDxiQsAQ4oLAEeKCwCaigsAp4oLAMgwEwAUiwsAHzETAE2LCwCfiwsArosLAPaLCwAWjAsATYwLAFmMCwCkjAsArowLAPuMCwAHjQsAUo0LAFiNCwCpjQsAr40LAACOCwAFjgsAV44LAF2OCwB2MRMAtI4LAAWPCwAKjwsAXI8LAGKPCwAkMhMAto8LAAqQCwAUkAsAYZALAGOQCwC4kAsA0ZALAA+RCwAgkQsAZpELAHSRCwC9kQsAwJELABSSCwAfkgsAa5ILAHOSCwDCkgsAxJILABmTCwAhkwsAcJMLAH2TCwDHkwsA05MLAB6UCwAilAsAdZQLAH2UCwDMlAsA25QLACOVCwAolQsAepULAIeVCwDRlQsA3pULACiWCwA0lgsAf5YLAI6WCwDWlgsA4JYLAC2XCwA7lwsAhJcLAImXCwDblwsA6JcLAHsyEwA6mAsA0jITAI2YCwD0nAsAlZgLAOCYCwDmmAsAN5kLAD2ZCwCOmQsAm5kLAOWZCwDqmQsAPJoLAESaCwCTmgsAvJoLAOqaCwDHmgsAmJsLABCbCwDvmwsAE5sLAEGbCwBqmwsAKTMTAMGbCwCAMxMAFZwLAEacCwB6nAsAnZwLAMacCwDXMxMAAp0LAEudCwBYnQsAop0LAK6dCwD5nQsA/50LAFCeCwBWngsAp54LAKyeCwD+ngsABJ8LAC40EwB7nwsAWqALAH6fCwCsnwsA1Z8LANw0EwAsoAsAMzUTAICgCwCxoAsA5aALAAihCwAxoQsAijUTAGmhCwC2oQsAu6ELAA2iCwAVogsA4TUTAGmiCwC7ogsAxKILABKjCwAfowsAaaMLAHCjCwA4NhMAyKMLAI82EwAqpAsAbqQLAHqkCwDFpAsA1KQLABylCwAlpQsAc6ULAH2lCwDKpQsAzKULACGmCwA6pgsAeKYLAImmCwDPpgsA26YLACanCwAupwsA5jYTAIunCwDUpwsA5acLACuoCwA3qAsAgqgLAIqoCwA9NxMA3qgLADCpCwA6qQsAh6kLAI+pCwDeqQsA7qkLADWqCwA6qgsAjKoLAJWqCwDjqgsA8KoLADqrCwBBqwsAlDcTAJerCwDJRBAAnqsLAOirCwCkqwsAPxIPAO2rCwA/rAsAS6wLAJasCwCjrAsA7awLAPesCwDrNxMASa0LAJutCwCnrQsA8q0LAP+tCwBJrgsAU64LAKCuCwC8rgsA964LAP+uCwBCOBMAU68LAKWvCwCtrwsA/K8LAP+vCwBTsAsAXLALAKqwCwC5sAsAAbELAAyxCwBYsQsAYLELAK+xCwC/sQsABrILABSyCwBdsgsAbrILALSyCwDAsgsAC7MLABOzCwCZOBMAaLMLALmzCwDBswsAELQLABe0CwBntAsAdbQLAL60CwDEtAsAFbULACG1CwBstQsAe7ULAMO1CwDNtQsAGrYLAB+2CwBxtgsAd7YLAMi2CwDctgsAH7cLACe3CwB2twsAlLcLAM23CwDVtwsA8DgTACy4CwBHORMAg7gLANK4CwDruAsAKbkLADK5CwCAuQsAkLkLANe5CwDnuQsALroLADq6CwCFugsAi7oLANy6CwDqugsAM7sLAEC7CwCKuwsAobsLAOG7CwDpuwsAOLwLAEK8CwCPvAsAnbwLAOa8CwD8vAsAPb0LAEm9CwCUvQsAm70LAOu9CwDzvQsAQr4LAEe+CwCZvgsAor4LAPC+CwD6vgsAR78LAE+/CwCevwsAoL8LAPW/CwAFwAsATMALAFbACwCjwAsAr8ALAPrACwAAwQsAUcELAFnBCwD1ORMAqsELAP/BCwAQwgsAVsILAHLCCwCtwgsAtcILAEw6EwAVwwsAW8MLAGzDCwCywwsAusMLAAnECwAixAsAYMQLAGbECwC3xAsAvMQLAA7FCwAuxQsAZcULAHHFCwC8xQsAwsULABPGCwAbxgsAasYLAHnGCwDBxgsAxsYLABjHCwAlxwsAb8cLAHzHCwDGxwsA0scLAB3ICwAsyAsAdMgLAH7ICwDLyAsA2cgLACLJCwAnyQsAeckLAIbJCwDQyQsA08kLACfKCwAvygsAfsoLAIDKCwDVygsA28oLACzLCwA4ywsAg8sLAIvLCwCjOhMA38sLADHMCwA1zAsAiMwLAJXMCwD6OhMA58wLAFE7EwA8zQsAjc0LAKTNCwDkzQsA7c0LADvOCwBRzgsAks4LAJ7OCwDpzgsA9s4LAEDPCwBKzwsAl88LAJ/PCwDuzwsALNALAEXQCwBu0AsAnNALAKTQCwDz0AsAFtELAKg7EwBZ0QsAodELAGDRCwDb7gsAptELAPjRCwAF0gsAT9ILAFzSCwCm0gsAstILAP3SCwAM0wsAVNMLAF7TCwCr0wsAudMLAALUCwAH1AsAWdQLAGbUCwCw1AsA1NQLAAfVCwAP1QsA/zsTAGfVCwC11QsAuNULAAzWCwAW1gsAY9YLAGvWCwC61gsA09YLABHXCwAd1wsAaNcLAHDXCwBWPBMAz9cLABbYCwAe2AsAbdgLAHfYCwDE2AsA2NgLABvZCwAc2QsActkLAH7ZCwDJ2QsA0dkLAK08EwAz2gsAd9oLAHjaCwDO2gsA2toLACXbCwA02wsAfNsLAIbbCwDT2wsA1tsLACrcCwAy3AsAgdwLAILcCwDY3AsA2twLAC/dCwA13QsAht0LAIjdCwDd3QsA890LADTeCwBA3gsAi94LAJXeCwDi3gsA7t4LADnfCwA/3wsAkN8LAJjfCwDn3wsAEOALAD7gCwBG4AsAleALAJ/gCwDs4AsA8eALAEPhCwBL4QsAmuELALPhCwDx4QsA/eELAEjiCwBQ4gsABD0TAKviCwD24gsA+eILAE3jCwBS4wsApOMLAK3jCwD74wsAAeQLAFLkCwBh5AsAqeQLALXkCwAA5QsAFeULAFflCwBf5QsAruULALvlCwDM6wsAx+ULAAXmCwAK5gsAXOYLAGHmCwCz5gsAxOYLAArnCwAS5wsAYecLABbnCwAU6QsAeOcLALjnCwDG5wsAD+gLACroCwBm6AsAcugLAL3oCwDK6AsAWz0TABbpCwBr6QsAeOkLAMLpCwDK6QsAGeoLADDqCwBw6gsAfuoLAMfqCwDi6gsAHusLACrrCwB16wsAgusLALI9EwDV6wsAI+wLADTsCwB67AsAi+wLANHsCwDZ7AsAKO0LAD/tCwB/7QsAje0LANbtCwDx7QsALe4LADnuCwCE7gsAke4LAAk+EwDv7gsAMu8LADXvCwCJ7wsApu8LAODvCwDx7wsAN/ALAFvwCwCO8AsAlvALAGA+EwDu8AsAPPELAD/xCwCT8QsAnfELAOrxCwDy8QsAQfILAFryCwCY8gsApPILAO/yCwD38gsAtz4TAFbzCwCd8wsApfMLAPTzCwD+8wsAS/QLAF/0CwCi9AsAo/QLAPn0CwAF9QsAUPULAFj1CwAOPxMAu/ULAP71CwAB9gsAVfYLAHL2CwCs9gsAvfYLAAP3CwAR9wsAWvcLAG/3CwCx9wsAufcLAAj4CwAV+AsAbvsLACH4CwBf+AsAZPgLALb4CwC7+AsADfkLAB75CwBk+QsAbPkLALv5CwDS+QsAEvoLACD6CwBp+gsAhPoLAMD6CwDM+gsAF/sLACT7CwBlPxMAd/sLAMX7CwDW+wsAHPwLAC38CwBz/AsAe/wLAMr8CwDh/AsAIf0LAC/9CwB4/QsAk/0LAM/9CwDb/QsAJv4LADP+CwC8PxMAkf4LANT+CwDX/gsAK/8LAEj/CwCC/wsAk/8LANn/CwDn/wsAMAAMAEUADACHAAwAjwAMAN4ADADrAAwA/AYMAPcADAA1AQwAOgEMAIwBDACRAQwA4wEMAPQBDAA6AgwAQgIMAJECDABGAgwARAQMAKgCDADoAgwA9gIMAD8DDABaAwwAlgMMAKIDDADtAwwA+gMMABNAEwBGBAwAmwQMAKgEDADyBAwA+gQMAEkFDABgBQwAoAUMAK4FDAD3BQwAEgYMAE4GDABaBgwApQYMALIGDABqQBMABQcMAFMHDABkBwwAqgcMALsHDAABCAwACQgMAFgIDABvCAwArwgMAL0IDAAGCQwAIQkMAF0JDABpCQwAtAkMAMEJDADBQBMAFAoMAGIKDABzCgwAuQoMAMUKDAAQCwwAHQsMAGcLDABsCwwAvgsMAMgLDAAVDAwAJQwMAGwMDABxDAwAwwwMAMwMDAAaDQwAJw0MAHENDAB4DQwAyA0MANQNDAAfDgwAJQ4MAHYODAB8DgwAzQ4MANIODAAkDwwAKg8MABhBEwCADwwA0g8MANoPDAApEAwAPxAMAIAQDACFEAwA1xAMAN4QDAAuEQwANxEMAIURDACWEQwA3BEMAOgRDAAzEgwAOxIMAB1CEwCMEgwA4RIMAPcSDAA4EwwARBMMAI8TDACWEwwA5hMMAO4TDAB0QhMAQhQMAJQUDACbFAwA6xQMAPQUDABCFQwAUxUMAJkVDAClFQwA8BUMAPgVDADLQhMASRYMAJ4WDAC0FgwA9RYMAAEXDABMFwwAUxcMAKMXDACrFwwAIkMTAP8XDABRGAwAWBgMAKgYDACxGAwA/xgMABAZDABWGQwAYhkMAK0ZDAC1GQwAeUMTAAYaDABbGgwAahoMALIaDADSGgwACRsMAAsbDABgGwwAdxsMALcbDADDGwwADhwMABYcDAAnRBMAahwMALwcDAC+HAwAEx0MABodDABqHQwAch0MAMEdDADKHQwAGB4MAB4eDABvHgwAgB4MAMYeDADOHgwA1UQTACkfDAB0HwwAdx8MAMsfDADQHwwAIiAMADMgDAB5IAwAlCAMANAgDADcIAwAJyEMAC8hDAAsRRMAlCEMANUhDADWIQwALCIMADEiDACDIgwAiSIMANoiDADkIgwAMSMMADkjDACIIwwAmiMMAINFEwDsIwwANiQMAEAkDACNJAwAkyQMAOQkDAD4JAwAOyUMAEMlDACSJQwAoiUMAOklDADuJQwAQCYMAEYmDACXJgwAnyYMAO4mDADvJgwARScMAEcnDACcJwwAqycMAPMnDAATKAwASigMAEwoDAChKAwAuCgMAPgoDAAEKQwATykMAFcpDADaRRMArikMAP0pDAAWKgwAVCoMAF0qDACrKgwAtSoMAAIrDAAKKwwAWSsMAGkrDACwKwwAtSsMAAcsDAAQLAwAXiwMAGssDAC1LAwAvCwMAAwtDAAULQwAiEYTAG0tDAC6LQwAwi0MABEuDAAfLgwAaC4MAHUuDAC/LgwAxy4MABYvDAAYLwwAbS8MAHUvDADELwwAxS8MABswDAAdMAwAcjAMAIEwDADJMAwA6TAMACAxDAAiMQwAdzEMAI4xDADOMQwA2jEMACUyDAA/MgwAfDIMAKgyDADTMgwA1jIMACozDAAvMwwAgTMMAI4zDADfRhMA2jMMAC80DAA5NAwAhjQMAJU0DADdNAwA6DQMADQ1DABCNQwAizUMAJg1DADiNQwA+TUMADk2DABBNgwAkDYMAJE2DADnNgwA6TYMAD43DABNNwwAlTcMALU3DADsNwwA7jcMAEM4DABaOAwAmjgMAKY4DADxOAwA+TgMADZHEwBNOQwAnzkMAKU5DAD2OQwA/jkMAE06DABsOgwApDoMALE6DAD7OgwA/DoMAFI7DABoOwwAqTsMAMU7DACNRxMABTwMAFc8DABhPAwArjwMALY8DAAFPQwABj0MAFw9DAAHPQwAiUYMAGI9DACzPQwAvz0MAAo+DAAaPgwAYT4MAG8+DAC4PgwAyz4MAA8/DAAbPwwAZj8MAG0/DAC9PwwAxT8MABRADAAYQAwAa0AMAHlADADCQAwAzEAMABlBDAAkQQwAcEEMAHhBDADHQQwA/0EMAB5CDAAmQgwAdUIMAHpCDADMQgwA0kIMACNDDAArQwwAekMMAJRDDADRQwwACUQMAChEDAAwRAwAf0QMAIREDADWRAwA3EQMAC1FDAA1RQwAhEUMAJ5FDADbRQwA9UUMADJGDABqRgwA5EcTAJFGDADgRgwA50YMADdHDABDRwwAjkcMAI9HDADlRwwA8UcMADxIDABJSAwAk0gMAJpIDADqSAwA9kgMAEFJDABOSQwAmEkMAKdJDADvSQwAA0oMADtIEwBISgwAnUoMAFJKDABEag8AoEoMAELNDgCqSgwA92ENAKxKDAD0SgwAFEsMAEtLDABNSwwAoksMALlLDAD5SwwABUwMAFBMDABYTAwAkkgTAKlMDAD+TAwAC00MAFVNDABeTQwArE0MAK5NDAADTgwAFE4MAFpODABrTgwAsU4MAMVODADpSBMAKE8MAF9PDABhTwwAtk8MAM1PDAANUAwAGVAMAGRQDABsUAwAQEkTAL1QDAASUQwAFVEMAGlRDABxUQwAwFEMAM1RDAAXUgwAHFIMAG5SDAB4UgwAxVIMAM1SDAAcUwwANVMMAHNTDAB/UwwAylMMANZTDAAhVAwALlQMAHhUDACAVAwAz1QMAN9UDAAmVQwAK1UMAH1VDACGVQwA1FUMAOFVDAArVgwAMlYMAIJWDACKVgwAl0kTAOZWDAAwVwwAM1cMAIdXDACRVwwA3lcMAOBXDAA1WAwARlgMAIxYDACdWAwA41gMAO9YDAA6WQwAQVkMAJFZDACrWQwA6FkMAPBZDAA/WgwAQFoMABpkDABJWgwAlloMAJxaDADtWgwAAVsMAERbDABMWwwAm1sMAKVbDADyWwwA91sMAElcDABRXAwAoFwMAK5cDAD3XAwABF0MAE5dDABRXQwApV0MAK9dDAD8XQwA/l0MAFNeDABkXgwAql4MALteDAABXwwACV8MAO5JEwBiXwwAr18MAMtfDAAGYAwADmAMAEVKEwBeYAwAtGAMAMpgDAALYQwAE2EMAGJhDABwYQwAuWEMAMZhDAAQYgwAE2IMAGdiDABxYgwAvmIMAMBiDAAVYwwAJmMMAGxjDAB9YwwAw2MMAMtjDACcShMAK2QMAHFkDAB9ZAwAyGQMAMpkDAAfZQwAImUMAHZlDACCZQwAzWUMANVlDADzShMALWYMAHtmDACIZgwA0mYMANpmDAApZwwAO2cMAIBnDACNZwwA12cMANhnDAAuaAwARGgMAIVoDACNaAwA3GgMAOpoDAAzaQwAQGkMAIppDACNaQwA4WkMAOtpDAA4agwAOmoMAI9qDACgagwA5moMAPdqDAA9awwARWsMAEpLEwChawwA62sMAPVrDABCbAwA+GsMAI2FDgBQbAwAmWwMAK9sDADwbAwA/GwMAEdtDABTbQwAnm0MAKRtDAD1bQwA+20MAExuDABRbgwAo24MAKluDAChSxMA/24MAFFvDABTbwwAqG8MAK9vDAD/bwwAB3AMAFZwDABZcAwArXAMALZwDAAEcQwAE3EMAFtxDABmcQwAsnEMALpxDAAJcgwAGXIMAGByDABucgwAt3IMAMhyDAAOcwwAGnMMAGVzDABtcwwApkwTANpzDAATdAwAG3QMAP1MEwB2dAwAwXQMANd0DAAYdQwAIHUMAG91DACOdQwAVE0TAMl1DADQzgwA03UMAB12DAAgdgwAyaARACV2DAB0dgwAJ3YMAGtPDwB2dgwAy3YMAH52DABegwwAhXYMADt8DADYdgwAIncMADZ3DAB5dwwAgXcMANB3DADVdwwAJ3gMADd4DAB+eAwAhngMANV4DADfeAwALHkMADd5DACDeQwAj3kMANp5DADieQwAq00TADZ6DACIegwAkXoMAN96DADlegwANnsMAEV7DACNewwAmXsMAOR7DADnewwAAk4TAEB8DACSfAwAoXwMAOl8DADrfAwAQH0MAFF9DACXfQwAqH0MAO59DAACfgwARX4MAE1+DACcfgwAqn4MAPN+DAAAfwwASn8MAE1/DAChfwwAq38MAPh/DAD6fwwAT4AMAGCADACmgAwAt4AMAP2ADAAJgQwAVIEMAFuBDACrgQwAs4EMAAKCDAAZggwAWYIMAGWCDACwggwAxoIMAAeDDAAKgwwAWU4TAGmDDAC1gwwAwYMMAAyEDAAUhAwAsE4TAG+EDAC6hAwA0IQMABGFDAAUhQwAaIUMAHCFDAC/hQwAwYUMABaGDAAxhgwAbYYMAG+GDADEhgwA0oYMABuHDAAshwwAcocMAHSHDADJhwwA4ocMACCIDAAxiAwAd4gMAIOIDAAHTxMA1IgMACWJDAAziQwAfIkMAJeJDADTiQwA34kMACqKDAAwigwAgYoMAImKDADYigwA6IoMAC+LDAA0iwwAhosMAI+LDADdiwwA6osMADSMDAA7jAwAi4wMAJOMDABeTxMA54wMADmNDAA/jQwAkI0MAJiNDADnjQwAE44MAD6ODABFjgwAlY4MAK6ODADsjgwA+44MAEOPDABfjwwAtU8TAKaPDADxjwwA+48MAEiQDABQkAwAn5AMAKaQDAD2kAwA/JAMAE2RDABbkQwApJEMAL+RDAD7kQwAB5IMAFKSDABYkgwAqZIMALGSDAAAkwwADpMMAFeTDABkkwwArpMMALGTDAAFlAwAD5QMAFyUDABelAwAs5QMAMCUDAAKlQwAGZUMAGGVDABtlQwAuJUMAMCVDAAMUBMAFJYMAGaWDABslgwAvZYMAMWWDAAUlwwAQJcMAGuXDABylwwAwpcMANuXDAAZmAwAKJgMAHCYDAB5mAwAx5gMAM2YDAAemQwAL5kMAHWZDACdmQwAzJkMAPiZDAAjmgwAKpoMAHqaDACTmgwA0ZoMAOCaDAAomwwARJsMAGNQEwCEmwwA1psMAOCbDAAtnAwAPZwMAIScDACJnAwA25wMAOScDAAynQwAP50MAImdDACQnQwA4J0MAOydDAA3ngwASp4MAI6eDACdngwA5Z4MAPGeDAA8nwwAPZ8MAJOfDACdnwwA6p8MAPifDABBoAwARqAMAJigDACloAwAulATAAChDABGoQwASKEMAJ2hDACgoQwA9KEMAPehDABLogwAUqIMAKKiDACuogwA+aIMAAmjDABQowwAYKMMAKejDACsowwA/qMMAAekDABVpAwAYqQMAKykDACzpAwAA6UMAA+lDABapQwAYKUMALGlDAC3pQwACKYMAA2mDABfpgwAZaYMAL9REwDApgwADacMABunDABkpwwAdKcMALunDAC9pwwAEqgMACGoDABpqAwAc6gMAMCoDADIqAwAxFITAB2pDABuqQwAeqkMABtTEwDKqQwAHKoMACSqDABzqgwAg6oMAMqqDADYqgwAIasMAC6rDAB4qwwAf6sMAM+rDADXqwwAyVMTADesDAB9rAwAhKwMANSsDADcrAwAK60MADitDACCrQwAh60MANmtDADjrQwAMK4MADiuDACHrgwAoK4MAN6uDADqrgwANa8MAD2vDAAgVBMAmK8MAOOvDADmrwwAOrAMAD+wDACRsAwAorAMAOiwDAADsQwAP7EMAEuxDACWsQwAnbEMAO2xDAAJsgwARLIMAEyyDAB3VBMAoLIMAPKyDAD8sgwASbMMAFGzDACgswwAorMMACFeDgCwswwA97MMAPyzDABOtAwAV7QMAKW0DACytAwA/LQMAAO1DADOVBMAXLUMAKq1DAC3tQwAAbYMABC2DABYtgwAYrYMAK+2DAC9tgwABrcMAAu3DABdtwwAarcMALS3DAC8twwAJVUTAAy4DABiuAwAbrgMALm4DADGuAwAELkMAB65DABnuQwAdLkMAL65DADVuQwAFboMAB26DABsugwAcroMAMO6DADPugwAGrsMADe7DABxuwwAersMAMi7DADWuwwAH7wMACW8DAB2vAwAgrwMAM28DADUvAwAJL0MACy9DAB7vQwAmr0MAHxVEwDjvQwAKb4MADW+DACAvgwAh74MANe+DADfvgwALr8MADi/DACFvwwAir8MANy/DADkvwwAM8AMADjADACKwAwAi8AMAOHADADtwAwAOMEMAEXBDACPwQwAl8EMAObBDADpwQwAPcIMAEfCDACUwgwAmsIMAOvCDAD3wgwAQsMMAETDDACZwwwAr8MMAPDDDAAMxAwAR8QMAE/EDADTVRMAo8QMAPXEDAD9xAwATMUMAE/FDACjxQwArMUMAPrFDAAJxgwAUcYMAFzGDACoxgwAsMYMAP/GDAAPxwwAVscMAGTHDACtxwwAvscMAATIDAAQyAwAW8gMAGPIDAAqVhMAuMgMAAnJDAARyQwAYMkMAGfJDAC3yQwAxckMAA7KDAAUygwAZcoMAHHKDAC8ygwAy8oMABPLDAAdywwAassMAG/LDADBywwAx8sMABjMDAAszAwAgVYTAHvMDADGzAwA08wMAB3NDAAgzQwAdM0MAILNDADLzQwA0M0MACLODAAvzgwAec4MAIHODADYVhMA2M4MACfPDAAtzwwAfs8MAC7PDABRdA0Ais8MANXPDADyzwwALNAMADXQDACD0AwAkdAMANrQDADg0AwAMdEMAD3RDACI0QwAj9EMAC9XEwDg0QwArFINAOvRDAA20gwA79EMAEZPDQBJ0gwAjdIMAJfSDADk0gwA8NIMADvTDABI0wwAktMMAJXTDADp0wwA99MMAEDUDABF1AwAl9QMAKTUDADu1AwA9tQMAIZXEwBL1QwAnNUMAKrVDADz1QwADtYMAErWDABW1gwAodYMAKfWDAA0WBMAG9cMAItYEwBU1wwAptcMALPXDAD91wwACtgMAFTYDABg2AwAq9gMALrYDAAC2QwADNkMAFnZDABn2QwAsNkMALXZDAAH2gwAFNoMAF7aDAB62gwAtdoMAL3aDADiWBMAEdsMAGPbDABp2wwAutsMAMLbDAAR3AwAEtwMAGjcDABv3AwAv9wMAMTcDAAW3QwAHt0MAG3dDAB73QwAxN0MAMfdDAAb3gwAI94MAHLeDAB/3gwAyd4MAM7eDAAg3wwAKt8MAHffDAB/3wwAzt8MAN/fDAAl4AwAKuAMAHzgDAB+4AwA0+AMANrgDAAq4QwANuEMAIHhDACI4QwAOVkTAOThDAAv4gwATOIMAIbiDACP4gwA3eIMAOviDAA04wwAOuMMAIvjDACX4wwA4uMMAOnjDAA55AwAQeQMAJDkDACm5AwA5+QMAOzkDAA+5QwAReUMAJXlDACe5QwA7OUMAP3lDABD5gwAT+YMAJrmDACi5gwA51kTAPfmDABI5wwATecMAJ/nDAC65wwA9ucMAAToDABN6AwAVOgMAKToDACw6AwA++gMAP7oDABS6QwAWukMAKnpDACq6QwAAOoMAALqDABX6gwAZuoMAK7qDADO6gwABesMAAfrDABc6wwAc+sMALPrDAC/6wwACuwMABLsDAA+WhMAZuwMALjsDADA7AwAD+0MAB/tDABm7QwAdO0MAL3tDADO7QwAFO4MACDuDABr7gwAbu4MAMLuDADK7gwAGe8MACfvDABw7wwAfe8MAMfvDADP7wwAHvAMAFbwDACVWhMAd/AMAMzwDADa8AwAI/EMADTxDADsWhMAgPEMANHxDADd8QwAQ1sTAETyDADxWxMAiPIMANbyDADs8gwALfMMADPzDADq9gwAPfMMAITzDACG8wwA2/MMAOnzDAAy9AwAQ/QMAEhcEwCQ9AwAn1wTAOz0DAA39QwAOvUMAI71DACY9QwA5fUMAOj1DAA89gwATvYMAJP2DACv9gwA9lwTAPP2DABB9wwATvcMAJj3DACi9wwA7/cMAP33DABG+AwAXPgMAJ34DACp+AwA9PgMAAD5DABL+QwAUfkMAKL5DACo+QwA+fkMAP75DABQ+gwAVvoMAE1dEwCz+gwA/voMAAH7DABV+wwAX/sMAKz7DACv+wwAA/wMAAz8DABa/AwAaPwMALH8DAC7/AwACP0MABT9DABf/QwAYv0MALb9DADI/QwADf4MACn+DACkXRMAa/4MAC1UDwBu/gwAu/4MAJz+DAAoUw8Ax/4MABL/DAAV/wwAaf8MAHP/DADA/wwAw/8MABcADQAgAA0AbgANAHwADQDFAA0AzwANABwBDQAoAQ0A+10TAHQBDQDKAQ0A1gENACECDQAwAg0AeAINAIACDQBSXhMA0QINACYDDQA0Aw0AfQMNAI4DDQCpXhMA2wMNAABfEwAzBA0Arl8TAIMEDQAOIQ0AhQQNAAYODQCGBA0ANQYNAIgEDQBnEA0AiQQNAKAKDQCLBA0AGCMNAI4EDQDZBA0AjwQNAJYIDQCRBA0A1xUNAN8EDQAwBQ0ANgUNAIcFDQCMBQ0A3gUNAOQFDQAFYBMANwYNAIwGDQCSBg0A4wYNAPAGDQAKYRMARwcNAJEHDQCoBw0A6AcNAAQIDQA/CA0ARwgNAGFhEwCbCA0A7QgNAPcIDQBECQ0AUgkNAJsJDQCqCQ0A8gkNAP4JDQC4YRMAUQoNAA9iEwCsCg0A9woNAPgKDQBOCw0AVAsNAKULDQCxCw0A/AsNAAsMDQBTDA0AVQwNAKoMDQC0DA0AAQ0NAA0NDQBYDQ0AXw0NAGZiEwC3DQ0AvWITABAODQBdDg0AYw4NALQODQDCDg0ACw8NABoPDQBiDw0AbA8NALkPDQDVDw0AEBANABgQDQAUYxMAcxANAL4QDQDNEA0AFRENABoRDQBsEQ0AhxENAMMRDQDPEQ0AGhINACASDQBxEg0AcxINAMgSDQDhEg0AHxMNADATDQB2Ew0AghMNAM0TDQDlEw0AJBQNADAUDQB7FA0AgRQNANIUDQDYFA0AKRUNAC4VDQCAFQ0AhhUNAGtjEwDcFQ0ALhYNADQWDQCFFg0ARBYNAEcbDQCRFg0A3BYNAPQWDQAzFw0ANxcNAOYYDQA/Fw0AihcNAJAXDQDhFw0A5xcNADgYDQA9GA0AjxgNAJUYDQBwZBMA6BgNAD0ZDQBDGQ0AlBkNAKEZDQB1ZRMA+BkNAEIaDQBZGg0AmRoNALUaDQDwGg0A+BoNAMxlEwBIGw0AnhsNAKwbDQD1Gw0ABhwNAEwcDQBYHA0AoxwNALscDQD6HA0A/hwNAK0eDQAGHQ0AUR0NAFcdDQCoHQ0Arh0NAP8dDQAEHg0AVh4NAFweDQAjZhMArx4NAAQfDQAKHw0AWx8NAGgfDQAoZxMAvx8NAAkgDQAgIA0AYCANAHwgDQC3IA0AvyANAH9nEwAQIQ0AZSENAGshDQC8IQ0AvyENABMiDQAfIg0AaiINAIYiDQDBIg0AySINANZnEwAbIw0AbyMNAHsjDQDGIw0AzCMNAB0kDQA1JA0AdCQNAHgkDQAnJg0AeyQNAJIqDQCAJA0AyyQNAIEkDQCIKA0A0SQNACIlDQAoJQ0AeSUNAH4lDQDQJQ0A1iUNAC1oEwApJg0AfiYNAIQmDQDVJg0A4iYNADJpEwA5Jw0AgycNAJonDQDaJw0A9icNADEoDQA5KA0AiWkTAI0oDQDfKA0A6SgNADYpDQBEKQ0AjSkNAJwpDQDkKQ0A8CkNAOBpEwBDKg0AN2oTAJ4qDQDpKg0A6ioNAEArDQBGKw0AlysNAKMrDQDuKw0A/SsNAEUsDQBHLA0AnCwNAKYsDQDzLA0A/ywNAEotDQBRLQ0AjmoTAKktDQDlahMAAi4NAE8uDQBbLg0Api4NALwuDQD9Lg0ACS8NAFQvDQBnLw0Aqy8NALkvDQACMA0ADDANADxrEwBhMA0Ak2sTAMYwDQAHMQ0AEzENAF4xDQBrMQ0AtTENAL8xDQAMMg0ADjINAGMyDQBtMg0AujINAMgyDQARMw0AFjMNAGgzDQB1Mw0AvzMNAMczDQAWNA0AJjQNAG00DQBvNA0AxDQNAM00DQAbNQ0ALDUNAHI1DQB8NQ0A6msTANU1DQAgNg0ANzYNAHc2DQCSNg0AQWwTAOc2DQAlNw0AKzcNAHw3DQCGNw0AmGwTANU3DQAqOA0AOzgNAIE4DQCJOA0A2DgNAJ04DQCgYQ0A5DgNAC85DQA1OQ0AhjkNAIw5DQDdOQ0A4jkNADQ6DQA6Og0A72wTAKc6DQDiOg0A6joNAPRtEwBHOw0AkDsNAKE7DQDnOw0A+DsNAD48DQBKPA0AlTwNAJw8DQBLbhMA/TwNAEM9DQBUPQ0Amj0NAKY9DQDxPQ0A+D0NAKJuEwBKPg0Anz4NAKA+DQD2Pg0A/j4NAE0/DQBSPw0ApD8NAK0/DQD7Pw0ABUANAFJADQBaQA0AqUANAK5ADQAAQQ0AEEENAFdBDQBfQQ0ArkENAMRBDQAFQg0AEUINAFxCDQByQg0As0INALhCDQAKQw0AEEMNAGFDDQB1Qw0A+W4TAM5DDQAPRA0AHUQNAGZEDQBzRA0AvUQNAL9EDQAURQ0AHkUNAGtFDQB3RQ0AwkUNAMlFDQAZRg0AIUYNAHBGDQCJRg0Ax0YNANtGDQAeRw0AJkcNAHVHDQB3Rw0AzEcNANlHDQAjSA0AKEgNAHpIDQCESA0A0UgNANxIDQAoSQ0ANEkNAH9JDQCFSQ0A1kkNAN5JDQAtSg0ALkoNAIRKDQCKSg0A20oNAOBKDQAySw0AQUsNAIlLDQCVSw0A4EsNAONLDQA3TA0AOkwNAFBvEwCTTA0A5UwNAAFNDQCnbxMAXE0NAJNNDQCbTQ0A/m8TAPBNDQBBTg0ATU4NAFVwEwCeTg0A704NAPtODQC2chMASE8NAJ1PDQCnTw0A9E8NAPZPDQBLUA0AXFANAKJQDQCqUA0A+VANAAVRDQBQUQ0AVlENAKdRDQCtUQ0A/lENAANSDQBVUg0AW1INAA1zEwCuUg0AA1MNAAlTDQBaUw0AXVMNALFTDQC9Uw0ACFQNABBUDQASdBMAZVQNALZUDQC8VA0ADVUNABJVDQBkVQ0AalUNAGl0EwC9VQ0AElYNABtWDQBpVg0AgFYNAMBWDQDLVg0AF1cNACFXDQBuVw0AdlcNAG51EwDSVw0AHFgNACRYDQBzWA0AfVgNAMpYDQDVWA0AIVkNACdZDQB4WQ0AhFkNAM9ZDQDRWQ0AJloNAC1aDQB9Wg0AhVoNANRaDQDmWg0AxXUTAGpbDQCCWw0AilsNANlbDQD8Ww0AynYTADJcDQCHXA0AlFwNAN5cDQDlXA0ANV0NAEZdDQCMXQ0AmF0NAONdDQDqXQ0AOl4NADteDQCIfw0AQl4NACF3EwCkXg0A6F4NAPdeDQA/Xw0AS18NAJZfDQCXXw0A7V8NAPdfDQBEYA0AUmANAJtgDQCgYA0A8mANAP9gDQB4dxMAUWENAM93EwCoYQ0AJngTAAViDQBOYg0AXWINAKViDQDFYg0A/GINAAhjDQBTYw0AWmMNAKpjDQCyYw0AAWQNAANkDQBYZA0AYmQNACt5EwC5ZA0ABmUNAA5lDQCCeRMAZ2UNALRlDQC8ZQ0A2XkTAEtmDQBiZg0AamYNALlmDQDXZg0AMHoTABVnDQCOUQ4AHGcNAABQEAAeZw0AZ2cNAG5nDQCzTA8Ad2cNAL5nDQDOZw0AFWgNACFoDQBsaA0AcmgNAMNoDQDfaA0AGmkNACJpDQCHehMAhWkNAMhpDQDSaQ0AH2oNACtqDQB2ag0AfmoNAN56EwDYag0AJGsNACZrDQB7aw0AgWsNANJrDQDaaw0ANXsTACtsDQCAbA0Ag2wNANdsDQDfbA0ALm0NAD5tDQCFbQ0Ah20NANxtDQDqbQ0AM24NAERuDQCMexMAkW4NAON7EwDnbg0AOG8NAD1vDQCPbw0AlW8NADp8EwDwbw0APXANAD9wDQCUcA0Ap3ANAOtwDQDzcA0AQnENAE5xDQCZcQ0An3ENAPBxDQD2cQ0AR3INAExyDQCecg0ApHINAD99EwD+cg0ATHMNAFlzDQCjcw0AqnMNAPpzDQACdA0Aln0TAF10DQCodA0AsnQNAP90DQALdQ0AVnUNAGV1DQCtdQ0At3UNAAR2DQAQdg0AW3YNAGJ2DQDtfRMAtXYNAAQuEAC4dg0ACXcNAMF2DQARPQ8Aw3YNAA1aDgAVdw0AYHcNAGh3DQBEfhMAw3cNAA54DQAYeA0AZXgNAHF4DQC8eA0Ay3gNABN5DQAdeQ0AankNAHZ5DQDBeQ0AyHkNAJt+EwAmeg0Ab3oNADh6DQAYLQ8AhnoNAMZ6DQDTeg0AHXsNAB97DQB0ew0AhXsNAMt7DQDnew0AInwNACp8DQDyfhMAknwNANB8DQDkfA0AJ30NAC99DQB+fQ0AgX0NANV9DQDjfQ0ALH4NAEN+DQCDfg0AkH4NANp+DQDcfg0AMX8NAEJ/DQBJfxMAjn8NAN9/DQDkfw0ANoANAEyADQCNgA0Am4ANAOSADQDngA0AO4ENAEeBDQCSgQ0AmIENAOmBDQD1gQ0AQIINAGyCDQCXgg0Ao4INAO6CDQD9gg0ARYMNAE+DDQCcgw0AqoMNAPODDQD4gw0ASoQNAFeEDQCgfxMAo4QNAPiEDQAGhQ0AT4UNAFyFDQCmhQ0AuIUNAPd/EwAMhg0AVIYNAGCGDQCrhg0AxIYNAAKHDQAEhw0AWYcNAGiHDQCwhw0A0IcNAAeIDQAPiA0AXogNAIGIDQBOgBMAuogNAAyJDQAPiQ0AY4kNAG2JDQC6iQ0AwokNABGKDQAXig0AaIoNAHSKDQC/ig0AzooNABaLDQAiiw0AbYsNAHqLDQDEiw0AzosNABuMDQAjjA0AcowNAIGMDQDJjA0Ay4wNACCNDQAxjQ0Ad40NAIiNDQDOjQ0A1o0NACWODQA2jg0AfI4NAH6ODQDTjg0A1o4NACqPDQA0jw0AgY8NAKWPDQDYjw0A9I8NAKWAEwA1kA0AhpANAIuQDQDdkA0A7JANADSRDQBAkQ0Ai5ENAI6RDQDikQ0A5ZENADmSDQBBkg0AkJINAJ+SDQDnkg0A7JINAD6TDQBUkw0AlZMNAJaTDQDskw0A/ZMNAEOUDQBPlA0AmpQNAKSUDQDxlA0A/ZQNAEiVDQBPlQ0A/IATAKOVDQD2lQ0ABJYNAE2WDQBXlg0ApJYNAK+WDQD7lg0AA5cNAFKXDQBelw0AqZcNALyXDQAAmA0ADpgNAFeYDQBhmA0ArpgNALaYDQAFmQ0AFJkNAFyZDQBhmQ0As5kNALqZDQAKmg0AFpoNAFOBEwBtmg0AuJoNALuaDQAPmw0AEpsNAGabDQCAmw0AvZsNAMmbDQAUnA0AJ5wNAGucDQB5nA0AwpwNAMycDQAZnQ0APJ0NAKqBEwB6nQ0Ax50NANOdDQAeng0AJZ4NAHWeDQB9ng0AzJ4NANCeDQAjnw0AMZ8NAHqfDQCEnw0A0Z8NANyfDQAooA0AMKANAH+gDQCOoA0A1qANANugDQAtoQ0ANKENAIShDQCQoQ0A26ENAOOhDQABghMASKINAFoLEABLog0AiaINAJOiDQDgog0A7KINADejDQA6ow0AjqMNAJijDQDlow0A6KMNADykDQBMpA0Ak6QNAJWkDQDqpA0A+KQNAEGlDQBSpQ0AWIITAJ+lDQCvghMACKYNAEamDQBQpg0AnaYNAKmmDQD0pg0A96YNAEunDQBVpw0ABoMTAKenDQD5pw0AGagNAFCoDQBYqA0AXYMTALWoDQD+qA0AFKkNAFWpDQBhqQ0ArKkNALOpDQADqg0AC6oNAFqqDQBfqg0AsaoNALqqDQAIqw0AEqsNAF+rDQBnqw0AtqsNAMSrDQANrA0AGqwNAGSsDQBsrA0AtIMTAMusDQASrQ0AGq0NAAuEEwBwrQ0AwK0NAMytDQAXrg0AHq4NAG6uDQB2rg0Axa4NAM+uDQAcrw0AKq8NAHOvDQCJrw0Ayq8NANavDQAhsA0AJrANAHiwDQCBsA0Az7ANANmwDQAmsQ0ALrENAH2xDQCCsQ0A1LENAOSxDQArsg0AM7INAGKEEwCQsg0A2bINAO+yDQAwsw0APLMNAIezDQCOsw0A3rMNAOazDQA1tA0AOrQNAIy0DQCVtA0A47QNAO20DQA6tQ0AQrUNAJG1DQCTtQ0AdsENAJ+1DQDotQ0A9bUNAD+2DQBHtg0AEIUTAKK2DQDttg0A8LYNAES3DQBOtw0AZ4UTAKm3DQDytw0ACLgNAEm4DQBVuA0AoLgNAKe4DQD3uA0A/7gNAE65DQBTuQ0ApbkNAK65DQD8uQ0ABroNAFO6DQBbug0AqroNAKy6DQABuw0AEbsNAFi7DQBiuw0Ar7sNALu7DQAGvA0ADLwNABWGEwBrvA0AtLwNAMq8DQALvQ0AF70NAGK9DQBnvQ0Aub0NAMK9DQAQvg0AGr4NAGe+DQBvvg0Avr4NAOC+DQBshhMAJL8NAGy/DQB4vw0Aw78NAMS/DQAawA0AJMANAHHADQB/wA0AyMANAM3ADQAfwQ0ALMENAMOGEwCGwQ0AzcENANfBDQAkwg0AMMINAHvCDQCBwg0A0sINANrCDQDIhxMALsMNAIDDDQCIww0A18MNAOPDDQAJzg0A8MMNAC7EDQA6xA0AhcQNAI3EDQAfiBMA6cQNADPFDQA7xQ0AisUNAJjFDQDhxQ0A7sUNADjGDQA7xg0Aj8YNAJnGDQDmxg0A6MYNAD3HDQBKxw0AlMcNAKPHDQDrxw0A98cNAELIDQBKyA0AdogTAKnIDQDwyA0A+MgNAEfJDQBTyQ0AnskNAKTJDQD1yQ0A+8kNAEzKDQBRyg0Ao8oNAKnKDQDNiBMAB8sNAFHLDQBWyw0AqMsNALLLDQD/yw0AB8wNAFbMDQBizA0ArcwNAMDMDQAEzQ0AEs0NAFvNDQBezQ0Ass0NALzNDQAkiRMAHM4NAGDODQBuzg0At84NALrODQAOzw0AGM8NAHuJEwBqzw0AvM8NAHPPDQAA7w0AxM8NABPQDQAf0A0AatANAHDQDQDB0A0AfdANAJ/sDQDH0A0AGNENAB3RDQBv0Q0AddENANKJEwDM0Q0AHdINACLSDQB00g0AetINACmKEwDZ0g0AItMNAD3TDQB50w0AhdMNANDTDQDX0w0AgIoTADDUDQB+1A0Ai9QNANXUDQDh1A0ALNUNAD/VDQCD1Q0AhNUNANrVDQDm1Q0AMdYNAEDWDQCI1g0AktYNAN/WDQDr1g0ANtcNAD3XDQDXihMAk9cNAOTXDQDq1w0AO9gNAEDYDQCS2A0AmNgNAIWLEwDy2A0AQNkNAE3ZDQCX2Q0Am9kNAO7ZDQDw2Q0ARdoNAFLaDQCc2g0AptoNANyLEwD62g0AStsNAFLbDQCh2w0ArdsNAPjbDQAL3A0AT9wNAF7cDQCm3A0AstwNAP3cDQD+3A0AVN0NAF7dDQCr3Q0Aud0NAALeDQAH3g0AWd4NAGbeDQAzjBMAvN4NAAffDQAN3w0AXt8NAGTfDQC13w0Aut8NAAzgDQAS4A0AiowTAGjgDQC64A0AxOANADiNEwAZ4Q0AaOENAHXhDQC/4Q0AxOENABbiDQAg4g0AbeINAHXiDQDE4g0A0OINABvjDQAu4w0AcuMNAHPjDQDJ4w0A1eMNACDkDQAv5A0Ad+QNAIHkDQDO5A0A1uQNACXlDQAn5Q0Aj40TAIXlDQDT5Q0A4uUNACrmDQA55g0AgeYNAI3mDQDY5g0A2+YNAC/nDQAy5w0A5o0TAIjnDQDd5w0A4OcNADToDQA86A0Ai+gNAJjoDQDi6A0A5+gNADnpDQBD6Q0AkOkNAJjpDQDn6Q0A8+kNAD7qDQBR6g0AleoNAJbqDQDs6g0A+OoNAEPrDQBS6w0AmusNAKTrDQDx6w0A/esNAEjsDQBP7A0APY4TAK7sDQD27A0AAu0NAE3tDQBO7Q0ApO0NAK7tDQD77Q0ACe4NAFLuDQBX7g0Aqe4NALbuDQCUjhMAEe8NAOuOEwBk7w0Aru8NALzvDQAF8A0AFvANAFzwDQB+8A0AQo8TALjwDQAK8Q0AufANAMYoDgAS8Q0AYfENAGLxDQDM9Q0AZPENANH2DQBm8Q0Ax/QNAGfxDQAt+A0AaPENAMLzDQBw8Q0AuPENAHrxDQA8+w0AvfENAA/yDQAc8g0AZvINAHPyDQC98g0AyfINABTzDQAj8w0Aa/MNAHXzDQCZjxMA0PMNABn0DQAb9A0AcPQNAIH0DQDwjxMAyPQNAB71DQAq9Q0AdfUNAIL1DQBHkBMA2vUNACP2DQAw9g0AevYNAJH2DQCekBMA2vYNAIn5DQDb9g0AKPcNACr3DQB/9w0AhfcNANb3DQDg9w0A9ZATADn4DQCE+A0AhvgNANv4DQDq+A0AMvkNAD35DQBMkRMAmPkNAOD5DQDv+Q0AN/oNAEP6DQCO+g0AmvoNAOX6DQDs+g0Ao5ETAEj7DQCT+w0Am/sNAPqREwAD/A0AQfwNAFL8DQCY/A0ApPwNAFGSEwD2/A0ARv0NAE79DQCd/Q0Anv0NAPT9DQD6/Q0AS/4NAFD+DQCi/g0Ao/4NAPn+DQAF/w0AUP8NAFb/DQCn/w0Asf8NAP7/DQAMAA4AbgUOABIADgBVAA4AXQAOAKiSEwC8AA4AAwEOAAsBDgBaAQ4AYwEOALEBDgBnAQ4AaQQOAL4BDgAIAg4ADwIOAF8CDgBrAg4AtgIOAMYCDgANAw4AGwMOAGQDDgBxAw4AuwMOAMcDDgASBA4AGQQOAP+SEwByBA4AwAQOANEEDgAXBQ4AKAUOAFaTEwB6BQ4AxQUOAMgFDgAcBg4AJAYOAHMGDgB4Bg4AygYOANoGDgAhBw4AKQcOAHgHDgCBBw4AzwcOAIUHDgCHCg4A3AcOACYIDgAtCA4AfQgOAIkIDgDUCA4A5AgOACsJDgA5CQ4AggkOAI8JDgDZCQ4A5QkOADAKDgA3Cg4ArZMTAJAKDgDeCg4A7woOADULDgBGCw4ABJQTAJELDgDjCw4A8AsOADoMDgBGDA4AkQwOAJsMDgDoDA4A/AwOAD8NDgBADQ4Alg0OAKINDgDtDQ4ADA4OAEQODgBMDg4Amw4OAKAODgDyDg4ACw8OAEkPDgB1Dw4AoA8OAKwPDgD3Dw4ABhAOAE4QDgBYEA4ApRAOAK0QDgD8EA4ABxEOAFMRDgBVEQ4AqhEOAK0RDgABEg4ACRIOAFgSDgBlEg4ArxIOALQSDgAGEw4ADhMOAF0TDgBfEw4AtBMOAL4TDgALFA4AFRQOAGIUDgBoFA4AuRQOAMcUDgAQFQ4AKRUOAGcVDgBwFQ4AvhUOAMgVDgAVFg4AIRYOAFuUEwB4Fg4AwxYOAM0WDgAaFw4AJRcOAHEXDgB2Fw4AyBcOAM8XDgAfGA4AJxgOAHYYDgCjGA4AspQTANQYDgAkGQ4ALBkOAHsZDgCoGQ4A0hkOANcZDgApGg4AKhoOAIAaDgCKGg4A1xoOAOUaDgAuGw4AMxsOAIUbDgCSGw4A3BsOAPgbDgAzHA4ATxwOAAmVEwCXHA4A4RwOAOUcDgA4HQ4APh0OAI8dDgCRHQ4A5h0OAOcdDgA9Hg4AYB4OAJQeDgC4Hg4A6x4OABgfDgBCHw4ASh8OAJkfDgCeHw4A8B8OAP0fDgBHIA4ATyAOAJ4gDgCgIA4A9SAOAP0gDgBMIQ4AeSEOAKMhDgCwIQ4A+iEOAP8hDgBRIg4AXiIOAKgiDgC0Ig4A/yIOACwjDgBWIw4AXiMOAK0jDgDIIw4ABCQOAAYkDgBbJA4AbCQOALIkDgC7JA4ACSUOABUlDgBglRMAbSUOALclDgDSJQ4ADiYOABMmDgBlJg4AhSYOALwmDgDIJg4AEycOABsnDgC3lRMAeCcOAMEnDgDLJw4AGCgOACMoDgBvKA4AdygOAGWWEwDPKA4AHSkOACcpDgB0KQ4AfykOAMspDgDfKQ4AIioOADcqDgB5Kg4AgSoOANAqDgDnKg4AJysOACwrDgB+Kw4AiCsOANUrDgDdKw4AvJYTAC4sDgCDLA4AlCwOANosDgDdLA4AMS0OAD0tDgATlxMAli0OAN8tDgDwLQ4AapcTADkuDgCNLg4AkC4OAOQuDgDwLg4AOy8OAEEvDgCSLw4AnC8OAMGXEwD2Lw4AQDAOAFcwDgCXMA4AnzAOABiYEwD0MA4ARTEOAEsxDgCcMQ4AtDEOAPMxDgD1MQ4ASjIOAE0yDgChMg4ApDIOAPgyDgAEMw4ATzMOAFUzDgCmMw4AsDMOAMaYEwACNA4AVDQOAGE0DgAdmRMAuzQOAAI1DgAONQ4AWTUOAF81DgCwNQ4AvDUOAAc2DgC+NQ4Ad0oRABQ2DgBeNg4AbTYOALU2DgDBNg4ADDcOABQ3DgB0mRMAazcOALo3DgC8Nw4AETgOACA4DgBoOA4AcjgOAL84DgDIOA4AFjkOABg5DgBtOQ4AfjkOAMQ5DgDZOQ4AGzoOACM6DgByOg4AszoOAMk6DgDROg4AIDsOACw7DgB3Ow4AijsOAM47DgDPOw4AJTwOADE8DgB8PA4AizwOANM8DgDdPA4AKj0OADY9DgCBPQ4AiD0OACKaEwD0PQ4AeZoTADI+DgCGPg4Ajj4OAN0+DgDqPg4AND8OADk/DgCLPw4AlT8OAOI/DgDqPw4AOUAOAENADgCkRA4ASUAOAK5GDgBmQA4AkEAOAJpADgDnQA4AoEAOAJpCDgDtQA4APkEOAEdBDgCVQQ4AoUEOAOxBDgAZQg4AQ0IOAF9CDgAnmxMAnEIOAPFCDgACQw4ASEMOAEtDDgCfQw4Aq0MOAPZDDgAjRA4ATUQOAGlEDgB+mxMAqkQOAPtEDgAERQ4AUkUOAFxFDgCpRQ4AtEUOAABGDgAURg4AV0YOAHNGDgDVmxMAsEYOAAVHDgAWRw4AXEcOAF9HDgCzRw4Ax0cOAApIDgAmSA4ALJwTAGlIDgCDnBMAwEgOANqcEwAbSQ4AZkkOAGxJDgC9SQ4Aw0kOABRKDgAZSg4Aa0oOAHFKDgAxnRMAzEoOABlLDgAhSw4A350TAHZLDgDHSw4Az0sOAB5MDgArTA4AdUwOAIFMDgDMTA4AzkwOACNNDgApTQ4Aek0OAIJNDgA2nhMA3k0OAChODgAvTg4Af04OAIdODgDWTg4A204OAC1PDgA9Tw4AhE8OAIxPDgDbTw4A6U8OADJQDgA/UA4AiVAOAIpQDgDgUA4A6VAOADdRDgBBUQ4AjZ4TAJpRDgDlUQ4A6FEOADxSDgBEUg4Ak1IOAKBSDgDqUg4A71IOAEFTDgBLUw4AmFMOAKBTDgDvUw4A+1MOAEZUDgBZVA4AnVQOAKtUDgD0VA4A91QOAEtVDgBVVQ4A5J4TAKdVDgD5VQ4ABVYOAFBWDgBTVg4Ap1YOAK9WDgD+Vg4AC1cOAFVXDgBaVw4ArFcOALZXDgADWA4AC1gOAFpYDgBmWA4AsVgOAMRYDgAIWQ4AFlkOAF9ZDgBiWQ4AtlkOAMBZDgA7nxMAE1oOAGRaDgBwWg4Au1oOAL1aDgASWw4AGVsOAGlbDgB9Ww4AwFsOAMhbDgAXXA4AI1wOAG5cDgCBXA4AxVwOANNcDgAcXQ4AH10OAHNdDgB9XQ4Ayl0OAM1dDgCSnxMAPF4OAHheDgB6Xg4Az14OAN1eDgAmXw4AN18OAH1fDgB/Xw4A1F8OAO1fDgArYA4APGAOAIJgDgCOYA4A6Z8TAOJgDgAwYQ4APWEOAIdhDgCRYQ4A3mEOAOxhDgA1Yg4AS2IOAIxiDgCYYg4A42IOAO9iDgA6Yw4ATWMOAJFjDgCgYw4A6GMOAPRjDgA/ZA4AQGQOAJZkDgCgZA4A7WQOAPtkDgBEZQ4ASWUOAJtlDgCoZQ4AQKATAABmDgBJZg4AX2YOAKBmDgCsZg4A92YOAP5mDgBOZw4AVmcOAKVnDgCqZw4A/GcOAAVoDgBTaA4AXWgOAKpoDgCyaA4AAWkOAAVpDgBYaQ4AWmkOAK9pDgC9aQ4ABmoOABBqDgBdag4Aa2oOALRqDgDBag4AC2sOACJrDgBiaw4AamsOALlrDgDJaw4AEGwOABVsDgBnbA4AbWwOAL5sDgDGbA4AFW0OABptDgBsbQ4AbW0OAMNtDgDPbQ4AGm4OACBuDgBxbg4Ac24OAMhuDgDSbg4AH28OAC1vDgB2bw4Ae28OAM1vDgDabw4ARaETACpwDgB7cA4AgHAOANJwDgDYcA4AnKETAC5xDgCAcQ4AjXEOANdxDgDkcQ4ALnIOADpyDgCFcg4AlHIOANxyDgDmcg4AM3MOAEFzDgCKcw4Aj3MOAOFzDgDucw4AOHQOAEB0DgChohMAm3QOAOZ0DgD2dA4APXUOAEZ1DgCUdQ4Al3UOAOt1DgD3dQ4AQnYOAEl2DgD4ohMAnnYOAPB2DgD9dg4AR3cOAFR3DgCedw4AqncOAPV3DgAEeA4ATHgOAFZ4DgCjeA4AsXgOAPp4DgD/eA4AUXkOAF55DgCoeQ4AsHkOAE+jEwALeg4AVnoOAGZ6DgCteg4AtnoOAAR7DgAHew4AW3sOAGd7DgCyew4AuXsOAKajEwAOfA4AYHwOAGl8DgCL/BEAbXwOALd8DgDEfA4ADn0OABp9DgBlfQ4AdH0OALx9DgDGfQ4AE34OACF+DgBqfg4Ab34OAMF+DgDOfg4AGH8OACB/DgD9oxMAe38OAMZ/DgDWfw4AHYAOACaADgB0gA4Ad4AOAMuADgDXgA4AIoEOACmBDgBUpBMAkIEOANCBDgDWgQ4AJ4IOADOCDgB+gg4AlYIOANWCDgDXgg4ALIMOADaDDgCDgw4Aj4MOANqDDgDmgw4AMYQOADeEDgCIhA4AjoQOAN+EDgDkhA4ANoUOADyFDgCrpBMAm4UOAOSFDgDxhQ4AO4YOAFKGDgCShg4AmoYOAOmGDgDshg4AQIcOAEyHDgCXhw4AqIcOAO6HDgD6hw4ARYgOAFSIDgCciA4ApogOAPOIDgD/iA4ASokOAFGJDgChiQ4AqYkOAPiJDgACig4AT4oOAFuKDgCmig4AqYoOAP2KDgAHiw4AAqUTAG6LDgBZpRMAtYsOAAKMDgAEjA4AWYwOAF+MDgCwjA4AuowOAAeNDgAPjQ4AB6YTAGGNDgCL9xAAaY0OALWNDgC2jQ4ADI4OABaODgBjjg4Ajo4OAF6mEwDKjg4AEY8OABOPDgBojw4Ado8OAL+PDgDQjw4AtaYTAByQDgBtkA4AeZAOAMSQDgDGkA4AG5EOAB6RDgBykQ4Ad5EOAMmRDgDWkQ4AIJIOADySDgB3kg4Af5IOAGOnEwDbkg4AJZMOAECTDgB8kw4AfpMOANOTDgDkkw4AKpQOADiUDgCBlA4AiJQOANiUDgDglA4AL5UOADSVDgCGlQ4Aj5UOAN2VDgDnlQ4ANJYOADWWDgCLlg4AlJYOAOKWDgDslg4AOZcOAEGXDgCQlw4AoJcOAOeXDgDtlw4APpgOAEOYDgCVmA4Aq5gOAOyYDgD0mA4AQ5kOAEaZDgCamQ4AUpkOAPaaDgC6mQ4A8ZkOAP+ZDgBImg4ASZoOALqnEwCvmg4AEagTAAebDgBNmw4AWZsOAKSbDgCmmw4A+5sOAAicDgBoqBMAWJwOAKmcDgDJnA4AAJ0OAAidDgC/qBMADJ0OACa2DgBanQ4Arp0OALidDgAWqRMADp4OAFyeDgByng4As54OAMmeDgAKnw4ADJ8OAGGfDgBnnw4AuJ8OAMyfDgDEqRMAHKAOABuqEwBtoA4AvaAOAMWgDgAUoQ4AHqEOAGuhDgB3oQ4AwqEOAMWhDgAZog4AI6IOAHKqEwB5og4Ax6IOAN2iDgAeow4ANKMOAHWjDgB3ow4AzKMOANKjDgAjpA4AN6QOACCrEwB8pA4A0aQOAIqkDgCGTREA8aQOAHerEwAvpQ4Af6UOAIelDgDWpQ4A4KUOAC2mDgA5pg4AhKYOAIemDgDbpg4A5aYOAM6rEwA7pw4AiacOAJ+nDgDgpw4A9qcOADeoDgA5qA4AjqgOAJSoDgDlqA4A+agOAHysEwA+qQ4Ak6kOAKGpDgDqqQ4A+6kOANOsEwBIqg4AKq0TAKSqDgDvqg4A8qoOAEarDgBQqw4A2K0TAKarDgD0qw4ACqwOAEusDgBhrA4AoqwOAKSsDgD5rA4A/6wOAFCtDgBkrQ4Ahq4TALOtDgD+rQ4AAK4OAFWuDgB1rg4A3a4TALauDgADrw4AD68OAFqvDgBdrw4Asa8OALuvDgA0rxMAEbAOAF+wDgB1sA4AtrAOAMywDgANsQ4AD7EOAGSxDgBqsQ4Au7EOAM+xDgDirxMAFrIOAGmyDgBxsg4AwLIOAMqyDgAXsw4AI7MOAG6zDgBxsw4AxbMOAM+zDgA5sBMAJbQOAHO0DgCJtA4AyrQOAOC0DgAhtQ4AI7UOAHi1DgB+tQ4Az7UOAOO1DgDnsBMALbYOAH22DgCFtg4A1LYOAN62DgArtw4AN7cOAIK3DgCFtw4A2bcOAOO3DgA+sRMAObgOAIe4DgCduA4A3rgOAPS4DgA1uQ4AN7kOAIy5DgCSuQ4A47kOAPe5DgDssRMAQroOAJG6DgBWug4ADxAUAJe6DgB03A8AoboOAOi6DgCiug4AbUMQAKq6DgC6QRAA6roOAD+7DgBNuw4AlrsOAKe7DgBDshMA9LsOAJqyEwBNvA4Az7oPAFC8DgCbvA4AnrwOAPK8DgD7vA4ASb0OAFq9DgCgvQ4Aqr0OAPe9DgD/vQ4ATr4OABO+DgADCxAAUb4OAKW+DgCuvg4A/L4OABK/DgBTvw4Aab8OAKq/DgCsvw4AAcAOAAfADgBYwA4AbMAOAPGyEwDXwA4ABsEOAC7BDgBIsxMAY8EOABmnDwBpwQ4AEMMOAGrBDgDMqA8AbMEOAMenDwBtwQ4AtMEOALbBDgALwg4AGcIOAGLCDgBzwg4An7MTAMHCDgD2sxMAFsMOAGfDDgBtww4AvsMOAMPDDgAVxA4AG8QOAE20EwB4xA4Aw8QOAMvEDgD7tBMAJsUOAHHFDgB7xQ4AyMUOANHFDgAfxg4AIMYOAHbGDgB+xg4AzcYOANLGDgAkxw4ANMcOAKm1EwCHxw4A0scOANTHDgApyA4AL8gOAIDIDgCHyA4A18gOANzIDgAuyQ4AMskOAIXJDgCSyQ4A3MkOAOTJDgAzyg4AOMoOAIrKDgCayg4AALYTAPLKDgA4yw4ARMsOAI/LDgCeyw4A5ssOAPDLDgA9zA4AS8wOAJTMDgChzA4A68wOAALNDgBXthMARc0OAAW3EwCczQ4A8M0OAKDNDgANyhMA+M0OAEfODgBvzg4Ans4OAMbODgD1zg4AHc8OAFy3EwBVzw4Ao88OAKTPDgD6zw4ACdAOAFHQDgAQ0A4ABNIOAGLQDgCo0A4AqtAOAP/QDgAC0Q4AVtEOAFnRDgCt0Q4AtdEOAGG4EwAJ0g4AW9IOAGLSDgCy0g4Au9IOAAnTDgAa0w4AYNMOAGzTDgC30w4Av9MOALi4EwAU1A4AZdQOAGzUDgC81A4AwdQOABPVDgAX1Q4AatUOAHfVDgDB1Q4A0NUOABjWDgAp1g4Ab9YOAHHWDgDG1g4AydYOAB3XDgAg1w4AdNcOAHzXDgAPuRMA0NcOAOEhDwDW1w4Ani8RANfXDgAi2A4AJdgOAHnYDgCD2A4AZrkTANnYDgAn2Q4ANtkOAH7ZDgCN2Q4A1dkOAOHZDgAs2g4AL9oOAIPaDgCG2g4AvbkTAN3aDgAx2w4AWdsOABS6EwCQ2w4Aa7oTAOfbDgDCuhMARNwOAI3cDgCe3A4A5NwOAPDcDgA73Q4AXt0OAJLdDgCV3Q4A6d0OAA3eDgBA3g4ASN4OAHC7EwCZ3g4A7t4OAPzeDgBF3w4AVt8OAMe7EwCj3w4AHrwTAPvfDgDMvBMAT+AOAKHgDgCu4A4A+OAOAPvgDgBP4Q4AVOEOAKbhDgC34Q4A/eEOAAniDgAjvRMAWeIOAKviDgC84g4AAuMOAA7jDgBZ4w4Ac+MOALDjDgC04w4AuuUOALfjDgAb6A4AuuMOAHfpDgC84w4Av+YOAL7jDgC15A4AweMOAAfkDgAM5A4AXuQOAHXkDgB6vRMAwuQOAAzlDgAc5Q4AY+UOAGjlDgDRvRMAvOUOABHmDgAX5g4AaOYOAHXmDgAovhMAxeYOABbnDgAc5w4AbecOAHLnDgDE5w4AyucOAH++EwAn6A4AcugOAIvoDgDJ6A4A0ugOACDpDgA36Q4A1r4TAH3pDgDO6Q4A0OkOACXqDgA06g4AfOoOAIjqDgAtvxMA1eoOACrrDgA76w4AgesOAI/rDgDY6w4A3+sOAC/sDgAx7A4AhuwOAJDsDgDd7A4A6+wOADTtDgA57Q4Ai+0OAJjtDgDi7Q4A6u0OADnuDgA97g4AkO4OAJLuDgDn7g4A7e4OAD7vDgBL7w4AhL8TAKLvDgDs7w4AA/AOAEPwDgBf8A4A278TAKbwDgDx8A4A8vAOAEjxDgBO8Q4An/EOAKvxDgD28Q4ABfIOAE3yDgBP8g4ApPIOAK7yDgD78g4ACfMOAFLzDgBX8w4AqfMOALbzDgAA9A4ACPQOAFf0DgBb9A4ArvQOALD0DgAF9Q4AC/UOAFz1DgBp9Q4AMsATAMD1DgAK9g4AIfYOAGH2DgB99g4AicATAMH2DgAP9w4AHfcOAGb3DgBw9w4AvfcOAMn3DgAU+A4AF/gOAGv4DgCH+A4AwvgOAMr4DgDgwBMAJfkOAHD5DgBz+Q4Ax/kOANH5DgDlwRMAJ/oOAHX6DgCD+g4AzPoOANb6DgAj+w4AL/sOAHr7DgCC+w4Ak8ITANP7DgAo/A4ANvwOAH/8DgCQ/A4A6sITAN38DgBBwxMAMv0OAIT9DgCM/Q4A2/0OAOH9DgAy/g4AO/4OAIn+DgCW/g4A78MTAOX+DgA3/w4A7P4OAOoADwBA/w4Ajv8OAJj/DgDl/w4A7f8OADwADwCCAA8AkwAPAJsADwBGxBMA8AAPAEEBDwBHAQ8AmAEPAKABDwDvAQ8ANQIPAEYCDwBOAg8AncQTAKUCDwD0xBMA/QIPAEsDDwBZAw8AogMPAKwDDwD5Aw8ABQQPAFAEDwBTBA8ApwQPAK8EDwCixRMACgUPAFUFDwBYBQ8ArAUPALYFDwD5xRMACwYPAFDGEwBoBg8AsQYPAMIGDwAIBw8AFAcPAF8HDwBiBw8Ap8YTAP4HDwANCA8AVQgPAP7GEwB0CA8AuwgPAL0IDwASCQ8AIAkPAGkJDwB6CQ8AVccTANwJDwAXCg8AHwoPAKzHEwB0Cg8AJ4cPAIEKDwDFCg8A1AoPABwLDwAoCw8AcwsPAHQLDwDKCw8A1AsPACEMDwAvDA8AeAwPAH0MDwDPDA8A3AwPAAPIEwA0DQ8AfQ0PAIoNDwDUDQ8A3A0PAFrIEwA3Dg8Agg4PAK4ODwDZDg8A5Q4PADAPDwA/Dw8Ahw8PAJEPDwDeDw8A7A8PADUQDwA6EA8AjBAPAJkQDwDjEA8A6xAPADoRDwBIEQ8AkREPAJ4RDwDoEQ8A8BEPALHIEwBBEg8AXkAQAE0SDwCWEg8AoBIPAO0SDwD5Eg8ARBMPAEsTDwCbEw8AoxMPAPITDwD2Ew8ASRQPAFcUDwCgFA8AqhQPAPcUDwACFQ8AThUPAFYVDwClFQ8ApxUPAPwVDwAEFg8AUxYPAGAWDwCqFg8ArxYPAAEXDwAOFw8AWBcPAHYXDwCvFw8A4BcPAAYYDwASGA8AXRgPAGMYDwC0GA8AuRgPAAsZDwATGQ8AYhkPAG4ZDwC5GQ8AzBkPABAaDwAeGg8AZxoPAHEaDwC+Gg8AxhoPABUbDwAkGw8AbBsPAHEbDwDDGw8AyhsPABocDwAmHA8AcRwPAI0cDwDIHA8A0BwPAAjJEwAhHQ8Adh0PAIQdDwDNHQ8A2h0PACQeDwAyHg8Aex4PAIgeDwDSHg8A6R4PACkfDwAxHw8AgB8PAI4fDwDXHw8A5B8PAC4gDwA2IA8AtskTAJMgDwDcIA8A3SAPAGTKEwA/IQ8AiiEPAJEhDwC7yhMA6CEPADgiDwA9Ig8AEssTAJciDwBpyxMA7iIPAD0jDwAkIw8Am8sRAD4jDwBbgA8AQCMPAGWCDwBGIw8AlCMPAEcjDwD/fg8ATSMPAGCBDwBbIw8AnWMRAKEjDwDrIw8A9iMPAEIkDwBEJA8AmSQPAKYkDwDwJA8A9yQPAEclDwBYJQ8AniUPAKolDwD1JQ8A/CUPAEwmDwBUJg8AwMsTAKkmDwD6Jg8AACcPAFEnDwBWJw8AqCcPAK4nDwAXzBMACygPAFYoDwBgKA8ArSgPALEoDwAEKQ8AECkPAFspDwBnKQ8AsikPAL8pDwAJKg8AESoPAGAqDwBqKg8AtyoPAMMqDwAOKw8AESsPAGUrDwBvKw8AxcwTAL4rDwATLA8AFiwPAGosDwBtLA8Ac80TAMksDwDKzRMAJi0PAG8tDwBwLQ8AIc4TAM4tDwB4zhMAIi4PAHQuDwB7Lg8Ayy4PANAuDwDPzhMAKi8PACbPEwCBLw8A0C8PANovDwAnMA8AMjAPAH4wDwCMMA8A1TAPANgwDwAsMQ8ANDEPAIMxDwCNMQ8A2jEPAOYxDwAxMg8ANDIPAIgyDwCSMg8Afc8TAO0yDwA2Mw8ATDMPAI0zDwCZMw8A5DMPAOszDwA7NA8AQzQPAJI0DwCXNA8A6TQPAPI0DwBANQ8ASjUPAJc1DwCfNQ8A7jUPAPA1DwBFNg8AVTYPAJw2DwCmNg8A8zYPAP82DwBKNw8AUDcPAKE3DwCpNw8AK9ATAAY4DwBPOA8AUDgPAILQEwCrOA8A2dATAP84DwBUOQ8AVTkPAKs5DwCuOQ8AAjoPAA06DwBZOg8AXjoPALA6DwC6Og8AMNETACs7DwBeOw8AZjsPAIfREwC3Ow8ADDwPAB08DwBjPA8AdDwPALo8DwC9PA8A3tETABc9DwBoPQ8AbT0PAL89DwDCPQ8AFj4PABk+DwBtPg8AdT4PADXSEwDSPg8AGz8PAB4/DwByPw8AfT8PAMk/DwDVPw8AIEAPACdADwB3QA8Af0APAM5ADwDYQA8AoysQANxADwAlQQ8AMkEPAHxBDwCEQQ8AjNITAN9BDwAqQg8ALUIPAIFCDwCLQg8A2EIPAOBCDwDj0hMAO0MPAIZDDwCMQw8A3UMPAOdDDwA0RA8ASEQPAItEDwCTRA8AOtMTAO9EDwA5RQ8AQUUPAJBFDwCTRQ8A50UPAPNFDwA+Rg8ASEYPAJVGDwCeRg8A7EYPAO1GDwBDRw8AW0cPAJpHDwCcRw8A8UcPAAJIDwBISA8AWUgPAJ9IDwCnSA8A9kgPAAVJDwBNSQ8AT0kPAKRJDwC1SQ8A+0kPAAxKDwBSSg8Aa0oPAKlKDwCrSg8AAEsPAA9LDwBXSw8Ad0sPAOjTEwCwSw8ABUwPACVMDwBcTA8AcEwPAETVEwC7TA8ACk0PABdNDwBhTQ8AZk0PALhNDwDCTQ8AD04PABdODwBmTg8AbE4PAL1ODwDGTg8AFE8PACFPDwCb1RMAd08PAMJPDwDITw8AGVAPAB9QDwBwUA8AeVAPAMdQDwDIUA8AHlEPAChRDwB1UQ8AgVEPAMxRDwDTUQ8A8tUTACtSDwBJ1hMAglIPAKDWEwDZUg8A99YTAC9TDwB/Uw8AiVMPANZTDwD4Uw8ATtcTADdUDwCEVA8AjFQPANtUDwDqVA8AMlUPAENVDwCJVQ8Ai1UPAOBVDwDjVQ8AN1YPADpWDwCOVg8AtlYPAOVWDwD3Vg8APFcPAEhXDwCTVw8AmVcPAOpXDwDwVw8AQVgPAEZYDwCYWA8AnlgPAKXXEwARWQ8A/NcTAFJZDwCdWQ8ArVkPAPRZDwD5WQ8AS1oPAFFaDwCiWg8ArloPAPlaDwABWw8AU9gTAGFbDwCnWw8AuFsPAP5bDwAQXA8AVVwPAF1cDwCsXA8At1wPAANdDwAIXQ8AWl0PAF9dDwCxXQ8A0V0PAKrYEwAYXg8AX14PAGleDwC2Xg8Awl4PAA1fDwATXw8AZF8PAGxfDwC7Xw8AvV8PABJgDwDHXw8A2WUPACNgDwBpYA8AemAPAMBgDwDSYA8AF2EPAB9hDwBuYQ8AeWEPAMVhDwDKYQ8AHGIPACFiDwBzYg8Ak2IPAAHZEwDMYg8AIWMPADBjDwB4Yw8Ag2MPAM9jDwDhYw8AJmQPAC5kDwB9ZA8AiGQPANRkDwDZZA8AK2UPADBlDwCCZQ8AomUPAFjZEwDbZQ8AMGYPAD9mDwCHZg8AkmYPAN5mDwDwZg8ANWcPAD1nDwCMZw8Al2cPAONnDwDoZw8AOmgPAD9oDwCRaA8AsWgPAK/ZEwD1aA8AP2kPAFZpDwAG2hMAo2kPAO1pDwAEag8AXdoTAFFqDwCbag8AomoPAPJqDwAAaw8ASWsPAFZrDwCgaw8At2sPALTaEwD/aw8AC9sTAFBsDwClbA8As2wPAPxsDwANbQ8AYtsTAGBtDwCqbQ8AwW0PALnbEwALbg8AWG4PAGRuDwCvbg8Asm4PAAZvDwAQbw8AENwTAHlvDwBn3BMAvG8PAL7cEwDJbw8A0QURABNwDwBicA8AY3APAB90DwBlcA8AFXIPAGlwDwBCew8AbHAPALlwDwBxcA8AKXYPAHJwDwAkdQ8AvnAPAJR6DwDFcA8AEHEPABNxDwBncQ8AcXEPABXdEwDGcQ8AbN0TAB5yDwBscg8ANXIPADh5DwB6cg8Aw3IPAM1yDwAacw8AJnMPAHFzDwB0cw8AyHMPANBzDwDD3RMAIXQPAHZ0DwB5dA8AzXQPANB0DwAa3hMAJnUPAHt1DwCJdQ8A0nUPAON1DwDI3hMAK3YPAIB2DwCNdg8A13YPAOZ2DwAudw8AOncPAIV3DwCWdw8A3HcPAO13DwAzeA8AP3gPAIp4DwCReA8A4XgPAOl4DwB23xMARnkPAI95DwCQeQ8Azd8TAPJ5DwA9eg8ARHoPACTgEwCbeg8A63oPAPB6DwDS4BMAS3sPAJl7DwCfew8A8HsPAPJ7DwBHfA8AUXwPAJ58DwCsfA8A9XwPAPp8DwBMfQ8AWX0PAKN9DwC7fQ8A+n0PABB+DwBRfg8AVH4PAKh+DwCwfg8AgOETAAt/DwBWfw8AWX8PAK1/DwC3fw8A1+ETAAyADwAu4hMAXYAPALKADwC1gA8ACYEPAAyBDwCF4hMAYoEPALeBDwDFgQ8ADoIPAB+CDwAz4xMAboIPALyCDwDKgg8AE4MPANWCDwAnkREAHYMPAGqDDwB2gw8AwYMPAMSDDwAYhA8AIIQPAOHjEwCJhA8AOOQTAOCEDwAdhQ8AN4UPAI/kEwB5hQ8AiIkPAIKFDwA2ig8AhIUPAMuFDwDNhQ8AIoYPADCGDwB5hg8AioYPAObkEwDXhg8APeUTAC2HDwB+hw8Ag4cPANWHDwDbhw8AlOUTADKIDwCDiA8AiIgPANqIDwDwiA8AMYkPADmJDwBC5hMAqIkPAN+JDwDniQ8AmeYTAE2KDwCNig8AmooPAOSKDwDpig8AO4sPAEGLDwCSiw8AnosPAOmLDwDwiw8AQIwPAEiMDwCXjA8AuowPAEfnEwD7jA8ARY0PAFSNDwCcjQ8Ano0PAPONDwD8jQ8ASo4PAGGODwChjg8ArI4PAPiODwACjw8AT48PAFePDwD15xMArI8PAP2PDwADkA8AVJAPAFmQDwCrkA8AsZAPAEzoEwAkkQ8AWZEPAGGRDwD66BMAuZEPAAeSDwAIkg8AXpIPAGaSDwC1kg8AwJIPAAyTDwARkw8AY5MPAGiTDwC6kw8A2pMPAFHpEwAXlA8AaJQPAG+UDwC/lA8AxJQPABaVDwAalQ8AbZUPAHqVDwDElQ8AzJUPABuWDwAmlg8AcpYPAHeWDwDJlg8AzpYPACCXDwBAlw8AqOkTAIaXDwDOlw8A2ZcPACWYDwAtmA8AfJgPAH+YDwDTmA8AhpgPAOKbDwDfmA8AKpkPADSZDwCBmQ8AipkPANiZDwDZmQ8AL5oPADeaDwCGmg8AkZoPAN2aDwDimg8ANJsPADmbDwCLmw8Aq5sPAP/pEwDumw8AOZwPADucDwCQnA8AlpwPAOecDwDunA8APp0PAEOdDwCVnQ8AmZ0PAOydDwD5nQ8AQ54PAEueDwCang8ApZ4PAPGeDwD2ng8ASJ8PAE2fDwCfnw8Av58PAFbqEwD+nw8AreoTAFegDwCkoA8AraAPAPugDwABoQ8AUqEPAF6hDwCpoQ8Ax6EPAACiDwABog8AV6IPAFmiDwCuog8Au6IPAAWjDwATow8AXKMPAGujDwCzow8Az6MPAAqkDwASpA8AW+sTAHSkDwC4pA8AuaQPAA+lDwAbpQ8AZqUPAHWlDwC9pQ8Ax6UPABSmDwAgpg8Aa6YPAHKmDwCy6xMAyqYPAAnsEwAipw8AcKcPAH2nDwBg7BMAzKcPAB6oDwArqA8AdagPAH+oDwC37BMAzqgPACOpDwA5qQ8AeqkPAIapDwAO7RMA2akPAAQzEQDvqQ8AKKoPADCqDwCPJxAARqoPAH+qDwCHqg8A1qoPAKGqDwBhVxEA16oPAImsDwDZqg8A5a0PAOKqDwC4VxEA5qoPAC2rDwAvqw8AhKsPAJKrDwDbqw8A7KsPAGXtEwA6rA8AvO0TAIusDwDgrA8A46wPADetDwA6rQ8AE+4TAJatDwBq7hMA760PAJ0HEAAFrg8APK4PAEquDwCTrg8AlK4PAMHuEwDyrg8AGO8TAGSvDwBv7xMApa8PAO+vDwD9rw8ARrAPAFCwDwCdsA8ApbAPAPSwDwD1sA8ADbYPAA+xDwCssw8AILEPAEuxDwBUsQ8AorEPAKOxDwD5sQ8AB7IPAFCyDwBasg8Ap7IPALOyDwD+sg8ABLMPAFWzDwBxsw8Axu8TALizDwCyhRAAurMPAAO0DwAQtA8AWrQPAGS0DwCxtA8As7QPAAi1DwAftQ8AX7UPAGu1DwC2tQ8A0rUPAB3wEwAetg8AZLYPAGa2DwC7tg8AxbYPABK3DwAitw8AabcPAG63DwDAtw8AxrcPABe4DwAtuA8AbrgPAHa4DwDFuA8AyLgPABy5DwAluQ8Ac7kPAIG5DwDKuQ8A1LkPACG6DwAtug8AeLoPAJS6DwB08BMA3LoPACa7DwAuuw8AfbsPAIC7DwDjFRAAjbsPANS7DwDWuw8A3hQQAOK7DwArvA8AOLwPAIK8DwCQvA8A2bwPANy8DwAwvQ8AO70PAIe9DwCTvQ8A3r0PAOW9DwA1vg8APb4PAIy+DwCOvg8A474PAPO+DwA6vw8ARL8PAJG/DwCdvw8A6L8PAO6/DwA/wA8AR8APAMvwEwCYwA8A7cAPAPvADwBEwQ8AUcEPAJvBDwCnwQ8A8sEPAPjBDwBJwg8ATMIPAKDCDwCowg8A98IPAPnCDwAQyA8A+sIPAKrEDwAHww8ATsMPAFDDDwDSzA8AU8MPAKXDDwCuww8A/MMPAAnEDwBTxA8AWsQPACLxEwCzxA8AGsoPALTEDwBdxg8AysQPAAHFDwAPxQ8AWMUPAFnFDwB58RMAu8UPAAbGDwANxg8A0PETAF/GDwC0xg8AusYPAAvHDwAVxw8AYscPAG7HDwC5xw8AwMcPACfyEwApyA8AZ8gPAGzIDwC+yA8AxMgPABXJDwAfyQ8AbMkPAHjJDwDDyQ8AyskPAH7yEwApyg8AccoPAIDKDwDIyg8A1MoPAB/LDwAiyw8AdssPAHnLDwDNyw8A3csPACTMDwAtzA8Ae8wPAIzMDwDV8hMA4MwPACnNDwA6zQ8ALPMTAIfNDwCD8xMA380PAC7ODwAwzg8AR9MPADHODwDhzw8APs4PAIXODwCHzg8ACdgPAIrODwDczg8A5c4PADPPDwBAzw8Ais8PAJHPDwDa8xMA6s8PAFHVDwDrzw8AlNEPAAHQDwA40A8ARtAPAI/QDwCQ0A8AMfQTAPLQDwA90Q8ARNEPAIj0EwCW0Q8A69EPAPHRDwBC0g8ATNIPAJnSDwCl0g8A8NIPAPfSDwDf9BMAYNMPAJ7TDwCj0w8A9dMPAPvTDwBM1A8AVtQPAKPUDwCv1A8A+tQPAAHVDwA29RMAYNUPAKjVDwC31Q8A/9UPAAvWDwBW1g8AWdYPAK3WDwCw1g8ABNcPABTXDwBb1w8AZNcPALLXDwDD1w8AjfUTABfYDwBg2A8AcdgPAOT1EwC+2A8AO/YTABbZDwBl2Q8AjtkPALzZDwDE2Q8AE9oPACPaDwBq2g8AbNoPAMHaDwDP2g8AGNsPACnbDwCS9hMAddsPAMbbDwDS2w8A6fYTAEvcDwCX9xMAfdwPAMvcDwDY3A8AIt0PAD7dDwB53Q8Agd0PAO73EwDh3Q8AJ94PACneDwB+3g8Af94PANXeDwDY3g8ALN8PADjfDwCD3w8Ait8PANrfDwD23w8AMeAPADngDwBF+BMAleAPAN/gDwDv4A8ANuEPADvhDwCN4Q8AuOEPAJz4EwDq4Q8A8/gTAEPiDwCS4g8Ak+IPABbsDwCY4g8Ay+YRAJziDwDp4g8AnuIPAFTnDwCi4g8AoeUPALDiDwB87w8A7uIPAPreEQD04g8A4dkRAPXiDwBA4w8AQ+MPAJfjDwCh4w8ASvkTAPbjDwBF5A8AS+QPAJzkDwCl5A8A8+QPAADlDwBK5Q8AZuUPAKH5EwCj5Q8A+OUPAKblDwCI6hEABuYPAE/mDwBg5g8A+PkTAKzmDwD95g8ACecPAE/6EwBa5w8Aq+cPALHnDwAC6A8AB+gPAFnoDwBf6A8AVPsTALfoDwBZ/BMADOkPAF7pDwBm6Q8AtekPAMHpDwAM6g8AH+oPAGPqDwBv6g8AuuoPAMnqDwAR6w8AGusPAGjrDwBy6w8Av+sPAMvrDwAH/RMAJ+wPAG3sDwB57A8AxOwPAMbsDwAb7Q8AHu0PAHLtDwB+7Q8Aye0PANHtDwBe/RMALO4PAHfuDwCH7g8Azu4PANruDwAl7w8AK+8PALX9EwCe7w8A0+8PANvvDwAq8A8AVPAPAIHwDwCM8A8A2PAPAOTwDwAv8Q8AQPEPAIbxDwCH8Q8ADP4TAOPxDwA08g8AQfIPAGP+EwCY8g8A4vIPAPnyDwA58w8AZPMPAJDzDwCY8w8A5/MPAPHzDwA+9A8ASvQPAJX0DwCY9A8A7PQPAPb0DwC6/hMAS/UPAJr1DwCg9Q8A8fUPAPr1DwBI9g8AVfYPAJ/2DwC79g8AEf8TAPj2DwBN9w8A/fYPAOUEEABa9w8ApPcPAKv3DwD79w8A/fcPAFL4DwBY+A8AqfgPALD4DwAA+Q8AGPkPAFf5DwBc+Q8ArvkPAGP5DwBc+g8At/kPAAX6DwAP+g8AaP8TAGL6DwCz+g8AufoPAAr7DwAP+w8AYfsPAGf7DwC//xMAufsPAA/8DwAg/A8AZvwPAHL8DwC9/A8Ax/wPABT9DwAg/Q8Aa/0PAHL9DwAWABQAxP0PABn+DwDN/Q8AxPYRABz+DwBw/g8AkP4PAMf+DwDP/g8AbQAUAC//DwB1/w8AfP8PAMz/DwDU/w8AIwAQACYAEADWARAAMwAQAHoAEAB8ABAA0QAQAN8AEAAoARAAOQEQAMQAFACGARAAGwEUAN8BEAAtAhAAPAIQAIQCEACTAhAA2wIQAOcCEAAyAxAANQMQAIkDEACMAxAA4AMQAPADEAA3BBAAQAQQAI4EEACfBBAAcgEUAOoEEAA8BRAARQUQAJMFEACdBRAA6gUQAPIFEABBBhAAXwYQAJgGEAC2BhAA7wYQAA0HEABGBxAAZAcQAMkBFACkBxAA9AcQAPkHEABLCBAAAAgQAFAJEABUCBAAoggQAKwIEAD5CBAAFQkQACACFABWCRAApwkQAK0JEAD+CRAAGgoQAHcCFAB/ChAAJQMUANYKEAB8AxQACwsQAIEEFABwCxAAsQsQALMLEAAIDBAADgwQAF8MEABzDBAAtgwQAL4MEAANDRAANw0QANgEFABtDRAAuw0QAMgNEAASDhAAIA4QAGkOEABzDhAAwA4QANoOEAAXDxAAJA8QAG4PEAB6DxAAxQ8QAM8PEAAcEBAAJBAQAC8FFAB6EBAAyhAQANIQEACGBRQA+BAQAIsGFAAtERAAeBEQAH8READPERAA1xEQAN0FFADrERAA0RQUACgSEAB9EhAAjhIQANQSEADcEhAAKxMQADUTEACCExAAjhMQANkTEADcExAAMBQQADoUEADiBhQAoxQQADkHFADsFBAANRUQAEYVEACQBxQAkxUQAOcHFADsFRAAOhYQAEkWEACRFhAAoBYQAOgWEAD0FhAAPxcQAEIXEACWFxAAmRcQAO0XEAD9FxAARBgQAE0YEACbGBAArBgQAD4IFAD0GBAASRkQAP4YEAD3GRAATBkQAKAZEACoGRAAlQgUAP0ZEABOGhAAWhoQAKUaEACtGhAA7AgUAAgbEABTGxAAVhsQAKobEAC0GxAAQwkUAAYcEABYHBAAbhwQAK8cEACwHBAABh0QABcdEABdHRAAaR0QALQdEAC+HRAACx4QABceEACaCRQAbh4QALkeEAC8HhAAEB8QABofEABIChQAah8QAL4fEADBHxAAFSAQACEgEABsIBAAciAQAMMgEADNIBAAnwoUAB8hEABxIRAAfiEQAPYKFADkIRAAHyIQACciEABNCxQAfiIQAKQLFADVIhAA+wsUACcjEAB7IxAAOyMQAOxQEQCbIxAA0iMQAOYjEABSDBQAKiQQAIAkEACGJBAA1yQQAOMkEAAuJRAAPSUQAIUlEACHJRAA3CUQAOYlEAAzJhAAPyYQAIomEACRJhAAqQwUAO0mEAAADRQAQCcQAFcNFACSJxAAmSkQAJ8nEADmJxAA6CcQAD0oEABLKBAAlCgQAKUoEABmEBQA8igQAL0QFABKKRAAFBEUALkpEADwKRAA/ikQAEcqEABIKhAAaxEUAKoqEAD1KhAA/CoQAMIRFABvKxAAzBMUAK8rEAD6KxAA/SsQAFEsEABbLBAAIxQUALAsEAD/LBAADS0QAFYtEABjLRAArS0QALUtEAB6FBQABy4QAFsuEABnLhAAsi4QALguEAAJLxAAEy8QACgVFABlLxAAty8QAMQvEAB/FRQAIzAQAGUwEABtMBAA1hUUAL4wEAATMRAAITEQAGoxEAB7MRAALRYUAMcxEAAYMhAAJDIQAIQWFAB1MhAAxjIQAMwyEAAdMxAAIjMQAHQzEAB6MxAAMhcUANMzEAAiNBAALjQQAHk0EAB/NBAA0DQQANY0EAAnNRAALDUQAH41EACENRAAkxkUAOQ1EAAsNhAAOzYQAIM2EACMNhAA2jYQAOA2EAAxNxAANzcQAIg3EACUNxAA3zcQAOY3EAA2OBAAPjgQAEEaFACXOBAA5DgQAO84EAA7ORAARzkQAJI5EACYORAA6TkQAPE5EABAOhAATDoQAJc6EACdOhAA7joQAPQ6EABFOxAASjsQAJw7EACiOxAAmBoUAPo7EABKPBAAWDwQAKE8EACuPBAA+DwQAA89EABPPRAAaz0QAKY9EACuPRAA7xoUABA+EABUPhAAVj4QAKs+EADBPhAAAj8QAAM/EABZPxAAaj8QALA/EAC8PxAARhsUACNAEACdGxQAdEAQALVAEAC2QBAADEEQAB1BEABjQRAAb0EQAPQbFAC/QRAAEUIQABdCEABoQhAAiEIQAL9CEADLQhAAFkMQAB1DEABLHBQAeUMQAMRDEADGQxAAG0QQADtEEACiHBQAeUQQAPkcFADPRBAAIEUQACVFEAB3RRAAfUUQAFAdFADWRRAA/h0UAC1GEABVHhQAhEYQAKweFADbRhAAsR8UACxHEACBRxAAj0cQANhHEADpRxAACCAUADZIEABfIBQAqUgQAGQhFADiSBAANEkQAERJEACLSRAAk0kQAOJJEADsSRAAOUoQAEVKEACQShAAk0oQAOdKEADxShAAuyEUAENLEABNThAATEsQAJVLEAClSxAA7EsQAPxLEABDTBAAa0wQAJpMEADCTBAA8UwQABlNEABpIhQAVE0QAJ9NEAChTRAA9k0QABZOEABzJBQAWk4QAKROEACwThAA+04QACNPEABSTxAAek8QAKlPEADRTxAAyiQUAANQEABXUBAAY1AQAK5QEAC/UBAABVEQABFREABcURAAa1EQALNREAC9URAAClIQABZSEABhUhAAaFIQANQmFAC5UhAAa1QQAMhSEAAPUxAAEVMQAGZTEAB0UxAAvVMQAM5TEAArJxQAG1QQAIInFABtVBAAwlQQAMVUEAAZVRAAHFUQANknFAB3VRAAMCgUANtVEAAeVhAAKFYQAHVWEACBVhAAzFYQAM9WEAAjVxAALVcQAHpXEACUVxAA0VcQANZXEAAoWBAAMVgQAH9YEACJWBAA1lgQAOVYEAAtWRAAMlkQAIRZEACaWRAA21kQAOdZEAAyWhAANVoQAIlaEACjWhAA4FoQAOxaEAA3WxAASlsQAI5bEACcWxAA5VsQAO9bEACHKBQAQlwQAJNcEACcXBAA6lwQAOtcEABBXRAAS10QAJhdEACkXRAA710QAPZdEADeKBQAS14QAJ1eEACfXhAA9F4QAPpeEABLXxAAUl8QAKJfEACwXxAA+V8QAAZgEABQYBAAWmAQAKdgEACzYBAA/mAQAARhEABVYRAAW2EQAKxhEAC1YRAAA2IQAARiEABaYhAAZGIQADUpFACyYhAACGMQAAljEABfYxAAbWMQALZjEADDYxAADWQQACRkEABkZBAAbGQQALtkEAC9ZBAAEmUQACJlEABpZRAAc2UQAMBlEADMZRAAF2YQAB1mEABuZhAAdmYQAIwpFADNZhAA4ykUACRnEAA6KhQAe2cQAMpnEADaZxAAIWgQACNoEAB4aBAAhmgQAM9oEADgaBAAkSoUACxpEAB9aRAAiWkQAOgqFAD3aRAAlisUADdqEACCahAAhWoQANlqEADjahAAMGsQADhrEADyLBQAlWsQAN5rEADlaxAANWwQAD1sEACMbBAAmWwQAONsEADobBAAOm0QAERtEACRbRAAmW0QAOhtEAD4bRAAP24QAE1uEACWbhAAo24QAO1uEAD7bhAARG8QAEdvEACbbxAApm8QAPJvEAD6bxAASXAQAGJwEACgcBAArHAQAPdwEAAHcRAATnEQAFNxEAClcRAAq3EQAPxxEAAIchAAU3IQAFtyEABJLRQAtHIQAAFzEAAEcxAAWHMQAGBzEACvcxAAsHMQAAZ0EAAIdBAAXXQQAGN0EAC0dBAAwHQQAAt1EAAYdRAAYnUQAGx1EAC5dRAAwXUQABB2EAASdhAAZ3YQAHR2EAC+dhAAxXYQABV3EAAddxAAbHcQAHB3EADDdxAAxXcQABp4EAAdeBAAcXgQAHl4EADIeBAA13gQAB95EAAheRAAdnkQAIN5EADNeRAA3HkQACR6EAAwehAAe3oQAIx6EADSehAA43oQACl7EAA1exAAgHsQAId7EADXexAA9nsQAKAtFABCfBAAhXwQAIZ8EADcfBAA6HwQADN9EABPfRAAin0QAJJ9EAD3LRQA6X0QAKUuFABEfhAAj34QAJV+EADmfhAA7H4QAD1/EABVfxAAlH8QAJ5/EADrfxAA938QAEKAEABFgBAAmYAQAKOAEADwgBAACIEQAEeBEABXgRAAnoEQAKCBEAD1gRAAA4IQAEyCEABdghAA/C4UAKmCEAD6ghAABoMQAFMvFABdgxAAqIMQAKuDEAD/gxAACYQQAAEwFABYhBAArYQQALuEEAAEhRAAFYUQAK8wFABihRAABjEUALiFEAAJhhAADIYQAGCGEABuhhAAt4YQALyGEAAOhxAAG4cQAGWHEABthxAAXTEUAL6HEAATiBAAIIgQAGqIEAB5iBAAwYgQAMeIEAAYiRAAJIkQAG+JEABxiRAAxokQANCJEAAdihAAK4oQAHSKEAB5ihAAy4oQANiKEAAiixAALosQAHmLEACMixAA0IsQAN+LEAAnjBAAM4wQAH6MEAB/jBAA1YwQAN+MEAAsjRAAOo0QAIONEACIjRAA2o0QAOeNEAC0MRQAO44QAIiOEACWjhAA344QAOKOEAA2jxAARo8QAI2PEACbjxAA5I8QAPCPEAA7kBAAQpAQAJKQEACZkBAA6ZAQAPWQEABAkRAAQZEQAJeREACjkRAA7pEQAPuREABFkhAATJIQAJySEACokhAA85IQAACTEABKkxAAWZMQAKGTEAC1kxAA+JMQAASUEABPlBAAYpQQAKaUEAC1lBAA/ZQQAAmVEABUlRAAVZUQAKuVEAC1lRAAApYQABCWEABZlhAAXpYQALCWEAC9lhAACzIUAAiXEABelxAAb5cQALWXEADDlxAADJgQABuYEABjmBAAZZgQALqYEADEmBAAEZkQAB+ZEABomRAAbZkQAL+ZEADMmRAAFpoQACWaEABtmhAAcpoQAMSaEADRmhAAG5sQACWbEABymxAAfpsQAMmbEADcmxAAIJwQACqcEAB3nBAAg5wQAM6cEADhnBAAJZ0QADSdEAB8nRAAiJ0QANOdEADUnRAAKp4QADSeEACBnhAAj54QANieEADdnhAAL58QADyfEABiMhQAi58QAN2fEADqnxAANKAQAD6gEACLoBAAkaAQAOKgEADkoBAAOaEQAEahEACQoRAAk6EQAOehEAD1oRAAPqIQAEqiEACVohAAoqIQAOyiEAD2ohAAQ6MQAFKjEACaoxAAn6MQAPGjEAD+oxAASKQQAFWkEACfpBAAq6QQAPakEAAFpRAATaUQAFelEACkpRAAsqUQAPulEAAAphAAUqYQAF+mEACpphAAtaYQAACnEAATpxAAV6cQAGanEACupxAAuqcQAAWoEAAGqBAAXKgQAGaoEACzqBAAwagQAAqpEAAPqRAAYakQAG6pEAC5MhQAy6kQAA+qEAAeqhAAZqoQAHKqEAC9qhAAvqoQABSrEAAeqxAAa6sQAHmrEADCqxAAx6sQABmsEAAmrBAAEDMUAIOsEADHrBAA1qwQAB6tEAAqrRAAda0QAHatEADMrRAA1q0QACOuEAAxrhAAeq4QAH+uEADRrhAA3q4QAGczFAAqrxAAf68QAI2vEADWrxAA468QAC2wEAA5sBAAhLAQAIqwEADbsBAA7LAQADKxEAA0sRAAibEQAJKxEADgsRAA7bEQADeyEABGshAAjrIQAJmyEADlshAA8bIQADyzEABPsxAAk7MQAKKzEADqsxAA9rMQAEG0EABCtBAAmLQQAKK0EADvtBAA/bQQAEa1EABLtRAAnbUQAKq1EAC+MxQAAbYQAEu2EABZthAAorYQAKy2EAD5thAAB7cQAFC3EABStxAAp7cQALi3EAD+txAADLgQAFW4EACGuBAArLgQAK64EAADuRAADbkQAFq5EABouRAAsbkQALa5EAAIuhAAFboQAF+6EABruhAAtroQAMm6EAANuxAAHLsQAGS7EABwuxAAu7sQALy7EAASvBAAHLwQAGm8EAB3vBAAwLwQAMW8EAAXvRAAJL0QABU0FABwvRAAxb0QAMe9EAAcvhAAK74QAHO+EACCvhAAyr4QANa+EAAhvxAAJL8QAHi/EAB7vxAAz78QANW/EAAmwBAAMsAQAH3AEACAwBAA1MAQANnAEAArwRAANMEQAILBEACIwRAA2cEQAOjBEAAwwhAAPMIQAIfCEACXwhAA3sIQAODCEAA1wxAAQ8MQAIzDEACdwxAAbDQUAOnDEAA6xBAARsQQAMM0FACkxBAA6MQQAPfEEAA/xRAAS8UQAJbFEACXxRAA7cUQAPfFEABExhAAUsYQAJvGEACgxhAA8sYQAP/GEAAaNRQAVccQAKDHEACqxxAA98cQACPIEABOyBAAVcgQAKXIEAC+yBAA/MgQAAvJEABTyRAAYskQAKrJEACvyRAAAcoQAA7KEABYyhAAZcoQAK/KEAC7yhAABssQABXLEABdyxAAZ8sQALTLEADCyxAAC8wQABDMEABizBAAb8wQALnMEADFzBAAEM0QACPNEABnzRAAds0QAL7NEADKzRAAFc4QABbOEABszhAAds4QAMPOEADRzhAAGs8QAB/PEABxzxAAfs8QAHE1FADZzxAAH9AQADDQEAB20BAAgtAQAM3QEADk0BAAJNEQACbREAB70RAAjNEQANLREADV0RAAKdIQADPSEACA0hAAgtIQANfSEADh0hAALtMQADrTEACF0xAAkdMQANzTEADv0xAAM9QQAELUEACK1BAAltQQAOHUEADi1BAAONUQAELVEACP1RAAndUQAObVEADr1RAAPdYQAErWEADINRQAltYQAOvWEAD11hAAQtcQAErXEAAfNhQArNcQAPDXEAD81xAAR9gQAFbYEACe2BAAp9gQAPXYEAD/2BAATNkQAFrZEACj2RAAqNkQAPrZEAAH2hAAUdoQAF3aEACo2hAAu9oQAP/aEAAO2xAAVtsQAGLbEACt2xAArtsQAATcEAAO3BAAW9wQAGncEACy3BAAt9wQAAndEAAW3RAAdjYUAGLdEAC33RAAwd0QAA7eEAAW3hAAzTYUAGreEAC83hAA0t4QABPfEAAU3xAAat8QAHvfEADB3xAAzd8QABjgEAAi4BAAb+AQAH3gEADG4BAAy+AQAB3hEAAq4RAAdOEQAIDhEADL4RAA3uEQACLiEAAx4hAAeeIQAIXiEADQ4hAA0eIQACfjEAAx4xAAfuMQAIzjEADV4xAA2uMQACzkEAA55BAAJDcUAIXkEADa5BAA5OQQADHlEAA55RAAezcUAJ7lEADf5RAA6+UQADbmEAA75hAAjeYQAJbmEADk5hAA7uYQADvnEABH5xAAkucQAKXnEADp5xAA+OcQAEDoEABM6BAAl+gQAJjoEADu6BAA+OgQAEXpEABT6RAAnOkQAKHpEADz6RAAAOoQANI3FABM6hAAoeoQAKvqEAD46hAAAOsQACk4FABc6xAApusQALXrEAD96xAACOwQAFTsEABg7BAAq+wQALrsEAAC7RAAIu0QAFntEABl7RAAsO0QALftEAAH7hAAFe4QAF7uEABj7hAAte4QAMHuEAAM7xAAH+8QAGPvEABy7xAAuu8QAMbvEAAR8BAAEvAQAGjwEABy8BAAv/AQAM3wEAAW8RAAG/EQAG3xEAB68RAAgDgUAMbxEAAb8hAAJfIQAHLyEAB68hAA1zgUAObyEAAg8xAAMfMQAHfzEACD8xAAzvMQAOHzEAAl9BAANPQQAHz0EACI9BAA0/QQANT0EAAq9RAANPUQAIH1EACP9RAA2PUQAN31EAAv9hAAPPYQAC45FACI9hAA3fYQAOf2EAA09xAAPPcQAIU5FACo9xAA4vcQAPP3EAA5+BAARfgQAJD4EACj+BAA5/gQAPb4EAA++RAASvkQAJX5EACW+RAA7PkQAPb5EABD+hAAUfoQAJr6EACf+hAA8foQAP76EADcORQASvsQAJ/7EACp+xAA9vsQAP77EAAzOhQAXvwQAKT8EAC4/BAA+/wQAP/8EABS/RAAVP0QAKn9EAC9/RAAAP4QAAP+EABX/hAAdP4QAK7+EAC//hAABf8QABH/EABc/xAAb/8QALP/EADC/xAACgARABYAEQBhABEAYgARALgAEQDCABEADwERAB0BEQBmAREAawERAL0BEQDKAREAijoUABYCEQBrAhEAdQIRAMICEQDKAhEA4ToUACEDEQBwAxEAlgMRAMcDEQDPAxEAHgQRAC4EEQB1BBEAdwQRAMwEEQDaBBEAIwURADQFEQA4OxQAgQURAI87FADZBREAKAYRAEEGEQB/BhEAiAYRANYGEQDgBhEALQcRADUHEQCEBxEAhwcRAM8WEQCOBxEAthERAJIHEQDbBxEA6AcRADIIEQBBCBEAiQgRAI4IEQDgCBEA9ggRADcJEQA4CREAjgkRAJ8JEQDlCREA8QkRADwKEQBGChEAkwoRAJ8KEQA9PBQA8goRAEELEQBECxEAmAsRALgLEQDvCxEA/QsRAEYMEQBHDBEAlDwUAKkMEQD0DBEA+wwRAOs8FABTDREAQj0UAKgNEQD5DREAAQ4RAFAOEQBWDhEApw4RALUOEQD+DhEAAQ8RAFUPEQB1DxEArA8RAMAPEQCZPRQADRARAFoQEQBmEBEAsRARALQQEQAIEREAEhERAPA9FACNEREARz4UAMEREQANEhEAGRIRAGQSEQBqEhEAuxIRAMcSEQASExEAGhMRAJ4+FAB1ExEAwBMRAMYTEQAXFBEAIxQRAG4UEQB2FBEA9T4UAMgUEQAcFREAHxURAHMVEQB8FREAyhURANYVEQAhFhEAJBYRAHgWEQCmFhEATD8UANQWEQAmFxEAPBcRAH0XEQCJFxEA1BcRANwXEQCjPxQANxgRAIIYEQCFGBEA2RgRAOMYEQD6PxQAOBkRAIcZEQCLGREA3hkRAOoZEQA1GhEAOxoRAIwaEQCYGhEA4xoRAOsaEQBRQBQAWhsRAJEbEQCfGxEA6BsRAOkbEQCoQBQASxwRAJYcEQCdHBEA/0AUAAEdEQBEHREATB0RAJsdEQCeHREA8h0RAP4dEQBJHhEAYh4RAKAeEQCiHhEA9x4RAPoeEQBOHxEAWB8RAKUfEQCzHxEA/B8RAP4fEQBTIBEAYCARAKogEQCyIBEAASERABohEQBYIREAZCERAK8hEQC1IREABiIRAB0iEQBdIhEAcyIRALQiEQC2IhEACyMRABgjEQBiIxEAbyMRALkjEQDBIxEAECQRABIkEQBnJBEAdCQRAL4kEQDFJBEAFSURAB0lEQBsJREAeyURAMMlEQDIJREAGiYRACcmEQBxJhEAeyYRAMgmEQDOJhEAHycRAC0nEQB2JxEAjycRAM0nEQDWJxEAJCgRAC4oEQB7KBEAgCgRANIoEQDYKBEAKSkRACwpEQCAKREAmikRAK1BFADfKREALioRAD4qEQCFKhEAhyoRANwqEQDqKhEAMysRAEQrEQAEQhQAkCsRAOErEQDtKxEAW0IUAEAsEQCPLBEAtSwRAOYsEQDuLBEAPS0RAEktEQCULREAmi0RAOstEQDxLREAQi4RAEcuEQCZLhEAny4RAAlDFAD4LhEAt0MUAE8vEQC8RBQApC8RAPUvEQD6LxEATDARAFAwEQCjMBEAsDARABNFFAD/MBEAUTERAFUxEQCoMREAqjERAP8xEQAYMhEAVjIRAGcyEQCtMhEAuTIRAGpFFAAHMxEAyzgRABAzEQBbMxEAbjMRALIzEQCzMxEACTQRABU0EQBgNBEAbzQRALc0EQDBNBEADjURABo1EQBlNREAbDURAMFFFADENREAEzYRABU2EQBPQhEAFjYRACw7EQAZNhEAajYRAB82EQCNPREAIDYRAACsEQB2NhEAwTYRANA2EQAYNxEAJDcRAG83EQB9NxEAxjcRAOE3EQAdOBEAKTgRAHQ4EQB7OBEAGEYUANg4EQAiOREAJDkRAHk5EQB6OREA0DkRANM5EQAnOhEAMjoRAH46EQCDOhEA1ToRAN86EQBvRhQAOTsRAIM7EQCFOxEA2jsRANs7EQAxPBEANDwRAIg8EQCTPBEA3zwRAOQ8EQA2PREAQD0RAMZGFACgPREA5D0RAOU9EQA7PhEARz4RAJI+EQChPhEA6T4RAPM+EQBAPxEATD8RAJc/EQCePxEAHUcUAPY/EQBFQBEAR0ARAJxAEQCrQBEA80ARAP1AEQBKQREAU0ERAKFBEQCjQREA+EERAAlCEQDLRxQAXkIRAKZCEQCwQhEA/UIRAAZDEQBUQxEAVkMRAKtDEQC8QxEAAkQRAApEEQBZRBEAd0QRALBEEQC4RBEAB0URABNFEQBeRREAcUURALVFEQC2RREADEYRABhGEQBjRhEAckYRALpGEQDERhEAEUcRAB1HEQBoRxEAb0cRACJIFADQRxEAFkgRACdIEQBtSBEAdUgRAMRIEQDLSBEAG0kRAClJEQBySREAgkkRAMlJEQDZSREAIEoRADxKEQB5SBQAhEoRAM5KEQDlShEAJUsRAC1LEQB8SxEAiksRANNLEQDdSxEAKkwRADZMEQCBTBEAl0wRANhMEQDbTBEAL00RAEtNEQDQSBQAkE0RAN1NEQDlTREANE4RAENOEQCLThEAkE4RAOJOEQDvThEAOU8RAENPEQCQTxEAkk8RAOdPEQD1TxEAPlARAEtQEQCVUBEAmFARACdJFAD3UBEAQ1ERAE1REQCaUREAolERAPFREQAAUhEASFIRAE1SEQCfUhEArFIRAPZSEQAAUxEATVMRAE9TEQCkUxEAslMRAPtTEQAIVBEAUlQRAFVUEQB+SRQArFQRAABVEQAMVREAV1URAF5VEQCuVREAtlURAAVWEQAeVhEAXFYRAHBWEQCzVhEAz1YRAApXEQASVxEALEoUAGlXEQCDShQAxVcRAA9YEQAWWBEAZlgRAG5YEQC9WBEAwlgRABRZEQAkWREAa1kRAHNZEQDCWREA0FkRABlaEQAmWhEAcFoRAH1aEQDHWhEA01oRAB5bEQAkWxEAdVsRAH1bEQDMWxEA2FsRACNcEQA2XBEAelwRAIlcEQDRXBEA3VwRAChdEQApXREAf10RAIldEQDWXREA5F0RAC1eEQAyXhEAhF4RAJFeEQDaShQA3l4RADJfEQA8XxEAiV8RAItfEQDgXxEA718RADdgEQBXYBEAjmARAJZgEQDlYBEA72ARADxhEQBCYREAk2ERAJVhEQDqYREA+WERAEFiEQBNYhEAmGIRAKBiEQAxSxQADWMRAEZjEQBkYxEAiEsUALtjEQD0YxEAEmQRAEtkEQBTZBEAomQRALFkEQD5ZBEA+2QRAFBlEQBZZREAp2URAKplEQD+ZREACmYRAFVmEQBcZhEArGYRALRmEQADZxEAHGcRAFpnEQBuZxEAsWcRAM1nEQAIaBEAEGgRAN9LFAB9aBEAtmgRANRoEQA2TBQAJmkRAGRpEQBpaREAu2kRANZpEQASahEAHmoRAGlqEQBxahEAjUwUANNqEQAXaxEAJmsRAG5rEQB6axEAxWsRAMZrEQAcbBEAJmwRAHNsEQCBbBEAymwRAM9sEQAhbREALm0RAORMFAB8bREAz20RANFtEQAmbhEAKW4RAH1uEQCFbhEA1G4RAN5uEQArbxEANm8RAIJvEQCObxEA2W8RAOFvEQA7TRQAPnARAIdwEQCNcBEA3nARAOpwEQA1cREARHERAIxxEQCWcREA43ERAOtxEQA6chEASXIRAJFyEQCTchEA6HIRAPFyEQA/cxEAQnMRAJZzEQCicxEA7XMRAPVzEQCSTRQAVHQRAJt0EQCjdBEA8nQRAPx0EQBJdREAVHURAKB1EQCsdREA93URAP91EQDpTRQAU3YRAKV2EQC2dhEA/HYRAA13EQBTdxEAWHcRAKp3EQCudxEAAXgRAA94EQBYeBEAZXgRAK94EQDGeBEABnkRAA55EQBdeREAaXkRALR5EQDHeREAC3oRABp6EQBiehEAbnoRALl6EQC6ehEAEHsRABp7EQBnexEAdXsRAL57EQDDexEAFXwRACJ8EQBAThQAcnwRAMN8EQDRfBEAGn0RACd9EQBxfREAiH0RAMh9EQDQfREAH34RACp+EQB2fhEAeH4RAM1+EQDafhEAJH8RACt/EQB7fxEAjH8RANJ/EQDgfxEAKYARADaAEQCAgBEAl4ARANeAEQDfgBEALoERADOBEQCFgREAlYERANyBEQDkgREAM4IRAD2CEQCKghEAlYIRAOGCEQDtghEAOIMRAECDEQDuThQAqIMRAOaDEQDrgxEAPYQRAFiEEQCUhBEAoIQRAOuEEQDzhBEARU8UAFWFEQCZhREAqIURAPCFEQD8hREAR4YRAEiGEQCehhEAqIYRAPWGEQADhxEATIcRAFGHEQCjhxEAsIcRAJxPFAACiBEAUYgRAFOIEQCoiBEAtYgRAP+IEQAEiREAVokRAGCJEQCtiREAuIkRAASKEQAQihEAW4oRAGGKEQCyihEAuooRAAmLEQAVixEAYIsRAHOLEQC3ixEAxosRAA6MEQAajBEAZYwRAGaMEQC8jBEAxowRABONEQAhjREAao0RAG+NEQDBjREAzo0RAPNPFAAdjhEAb44RAH6OEQDGjhEA1Y4RAB2PEQAmjxEAdI8RAHqPEQDLjxEA0Y8RACKQEQAukBEAeZARAICQEQDQkBEA7JARAEpQFAAxkREAfpERAIqREQDVkREA2JERACySEQA2khEAoVAUAIuSEQD4UBQA4pIRAE9RFAA5kxEAplEUAJCTEQDfkxEA4JMRALCbEQDskxEANpQRAPOTEQD4mBEA9pMRAHyiEQD4kxEAOaYRADeUEQCNlBEAo5QRAOSUEQDslBEAO5URAD2VEQDzlxEASZURAJKVEQCalREA/VEUAJ+VEQDplREA7JURAECWEQBKlhEAl5YRAJmWEQDulhEA/5YRAEWXEQBWlxEAnJcRAKSXEQBUUhQA+pcRAEqYEQBRmBEAoZgRAKmYEQCrUhQA+pgRAE+ZEQBVmREAppkRALOZEQD9mREABZoRAFSaEQBWmhEAq5oRALKaEQACmxEACZsRAFmbEQBhmxEAAlMUAL2bEQAHnBEACJwRAF6cEQB0nBEAtZwRAL2cEQAMnREADp0RAMSfEQAanREAY50RAGudEQBZUxQAcJ0RALqdEQC9nREAEZ4RABueEQBonhEAap4RAL+eEQDQnhEAFp8RACefEQBtnxEAdZ8RALBTFADLnxEAG6ARACKgEQByoBEAeqARAAdUFADToBEAIKERACKhEQB3oREAiKERAM6hEQDfoREAJaIRAC2iEQBeVBQAgaIRAE2qEQCIohEA06IRAOmiEQAqoxEAMqMRAIGjEQCPoxEA2KMRAOWjEQAvpBEAMqQRAIakEQCQpBEA3aQRAN+kEQA0pREARaURAIulEQCcpREA4qURAOqlEQC1VBQAQqYRAJCmEQCdphEA56YRAO6mEQA+pxEAT6cRAJWnEQChpxEA7KcRAPSnEQAMVRQAUKgRAJqoEQCdqBEA8agRAPuoEQBIqREASqkRAJ+pEQCwqREA9qkRAAeqEQBjVRQAVaoRAKSqEQC7qhEA+6oRAAerEQBSqxEAXKsRAKmrEQCxqxEAulUUAAGsEQBXrBEAbawRAK6sEQC2rBEABa0RABOtEQBcrREAZK0RABFWFABprREAs60RALatEQAKrhEAFK4RAGGuEQBjrhEAuK4RAMmuEQAPrxEAIK8RAGavEQBurxEAaFYUAMOvEQAUsBEAGbARAGuwEQCGsBEAwrARANCwEQAZsREAILERAHCxEQB8sREAx7ERAM2xEQAeshEAIbIRAHWyEQB/shEAzLIRANKyEQAjsxEAJbMRAHqzEQCEsxEA0bMRAN2zEQAotBEAP7QRAH+0EQCTtBEA1rQRAPK0EQAttREANbURAL9WFACGtREA27URAOm1EQAythEAQ7YRABZXFACQthEAbVcUAO62EQA3txEAQbcRAI63EQCZtxEA5bcRAO23EQA8uBEASLgRAJO4EQCmuBEA6rgRAPm4EQBBuREATbkRAJi5EQCZuREA77kRAPm5EQBGuhEAVLoRAJ26EQCiuhEA9LoRAAG7EQAbWBQAU7sRAKK7EQCsuxEA+bsRAP67EQBQvBEAWLwRAKe8EQCtvBEA/rwRAAq9EQBVvREAW70RAKy9EQC1vREAA74RABC+EQBavhEAYr4RALG+EQCyvhEACL8RAAq/EQBfvxEAYr8RALa/EQC5vxEAyVgUACPAEQBkwBEAbMARALvAEQDHwBEAEsERABjBEQBpwREAb8ERAMDBEQDFwREAbsIRAO7BEQAXwhEAH8IRAHdZFAB0whEAzlkUANvCEQAcwxEAHsMRAHPDEQCAwxEAysMRANHDEQAhxBEAKcQRAHjEEQCIxBEAz8QRANHEEQAmxREANMURAH3FEQCOxREAfFoUANvFEQDTWhQAOcYRAILGEQCMxhEA2cYRAOTGEQAwxxEAOMcRAIfHEQCTxxEA3scRAPHHEQA1yBEAQ8gRAIzIEQCWyBEA48gRAOvIEQA6yREASckRAJHJEQCWyREA6MkRAO/JEQA/yhEAS8oRAIFbFADVyhEA7coRACzLEQBEyxEATMsRANhbFADFyxEA8ssRAP7LEQBJzBEAT8wRAKDMEQCmzBEA98wRAPzMEQBOzREAVM0RAC9cFACmzREA/M0RAALOEQBTzhEAWM4RAKrOEQC5zhEAAc8RAA3PEQBYzxEAW88RAK/PEQCyzxEABtARAA7QEQBd0BEAbNARALTQEQC50BEAC9ERACHREQBi0REAY9ERALnREQDK0REAENIRABzSEQBn0hEAcdIRAL7SEQDK0hEAFdMRABzTEQCGXBQAfNMRAMPTEQDP0xEAGtQRACnUEQBx1BEAhdQRAMjUEQDX1BEAH9URADDVEQB21REAgtURAN1cFADP1REAJNYRADLWEQB71hEAjNYRADRdFADY1hEAKdcRADXXEQCLXRQAhtcRANfXEQDd1xEALtgRADPYEQCF2BEAi9gRAJBeFADh2BEAM9kRADXZEQCK2REAm9kRAOxfFADt2REAONoRAD7aEQCP2hEAm9oRAObaEQDu2hEAQ2AUAEPbEQCU2xEAoNsRAOvbEQDz2xEAmmAUAE7cEQCZ3BEAnNwRAPDcEQD63BEA8WAUAEndEQCe3REArN0RAPXdEQAG3hEAn2EUAFLeEQCj3hEAr94RAPZhFAAC3xEAUd8RAFTfEQCo3xEAtN8RAP/fEQAL4BEAVuARAF7gEQCkYhQAuOARAAThEQAQ4REAW+ERAGPhEQD7YhQAu+ERAAniEQAa4hEAYOIRAHHiEQC34hEAv+IRAA7jEQAR4xEAZeMRAG/jEQC84xEAvuMRABPkEQAi5BEAauQRAIrkEQDB5BEAyeQRABjlEQAi5REAb+URAHXlEQDG5REAyOURAB3mEQAs5hEAdOYRAIDmEQBSYxQA1+YRACLnEQBA5xEAeecRAH/nEQDQ5xEA2ecRACfoEQA06BEAfugRAIboEQDV6BEA6+gRACzpEQAu6REAg+kRAJ7pEQDa6REA5ukRADHqEQA+6hEAqWMUAI7qEQDf6hEA5+oRADbrEQBM6xEAjesRAJLrEQDk6xEA6usRADvsEQBH7BEAkuwRAJrsEQAAZBQA9uwRAEDtEQBQ7REAl+0RAJztEQDu7REA9O0RAEXuEQBb7hEAnO4RAJ7uEQDz7hEA/e4RAErvEQBY7xEAoe8RAKbvEQD47xEABfARAFdkFABe8BEApvARAK/wEQD98BEAB/ERAFTxEQBi8REAq/ERALDxEQAC8hEAD/IRAFnyEQBh8hEAsPIRAMDyEQAH8xEACfMRAF7zEQBs8xEAtfMRAMbzEQCuZBQAE/QRAAVlFABo9BEAuvQRAMD0EQAR9REAGfURAGj1EQBy9REAv/URAMH1EQAW9hEAGfYRAG32EQCN9hEAs2UUAND2EQAb9xEAIfcRAHL3EQB+9xEAyfcRANH3EQAKZhQALPgRAHf4EQB9+BEAzvgRANr4EQAl+REALfkRAGFmFAB++REA0/kRAOH5EQAq+hEAO/oRALhmFACO+hEA2PoRAO/6EQAPZxQAOfsRAIb7EQCS+xEA3fsRAOD7EQA0/BEAPvwRAGZnFACc/BEA4vwRAOn8EQA5/REAQf0RAJD9EQCd/REA5/0RAOz9EQA+/hEASP4RAJX+EQCd/hEA7P4RAPv+EQBD/xEASP8RAJr/EQCw/xEA8f8RAPL/EQBIABIAVgASAJ8AEgCwABIA9gASAAIBEgBNARIAVQESABRoFACoARIAXAEAAKwBEgA3wRMAsAESAHMQEAAHAhIALQkAAFoCEgBhBRIAEgQSANcrAABgBBIA4S0AAHEFEgAsPQAAEgYSADtAAABpBhIAukgAABYHEgANaREAFwcSAHJLAAAbBxIARssDAB4HEgCUAAgAbwcSACNeAAAdCBIAmGQAAHQIEgArcQAAIQkSAPd3AACECRIAJIEAANAJEgCKhAAAJQoSAJ6IAADZChIAIpIAAJ4LEgDWCxIAPw4SABDUAABADxIATOAAAJcPEgDQ6QAARRASAMT4AAD7EBIASAIBAGoREgCfAgEAnxESAPYCAQAAEhIAFAkBAKwSEgDHCgEAAhMSAOAPAQDGExIADRkBAAoUEgArHwEAdBQSAKwUEgAfFRIAWhUSAGIVEgCxFRIAvRUSAKUmAQAQFhIAXSkBANIWEgANFxIAFRcSAGQXEgBmFxIA1zABAMcXEgD1NgEAcRgSAHlAAQDRGRIATVoBAHsaEgAKXgEAjxoSAH14EwCXGhIAc3YTAO8aEgBhXgEAJxsSAL1fAQCKGxIAHmIBANQbEgAtZQEAKhwSADdnAQA3HRIAP3oBAJwdEgDZHRIA4R0SAJZ6AQA/HhIA93wBAOoeEgDXhwEAWB8SAC6IAQCYHxIA4YkBAOsfEgA6IBIARCASADiKAQCbIBIAUY8BAKciEgB8qQEA+iISAEkjEgBZIxIA06kBAAMkEgDnrQEAViQSAKUkEgC1JBIAPq4BAF8lEgAUtwEAGSgSAD9BBwC/KBIAXlECAMMoEgARUwIAxygSAPzUAQDTKBIAV2ECAGkpEgAQ2QEAzCkSAMPaAQB1KhIAzdwBAMUqEgCA3gEAKCsSADPgAQB9KxIAPeIBANQrEgCU4gEAfiwSAI7BEwB/LBIAF6kMAIIsEgCe5AEAkiwSAFkwDQDVLBIABn4SAOksEgD15AEA+ywSADQGFAArLRIATOUBAC4tEgBdvA0A3i0SAGXqAQA1LhIAvOoBAOUuEgAx8QEAji8SAE/3AQA8MBIAY/sBAI0wEgDhMBIA7TASABH8AQDuMRIAPTISAEAyEgDQ2A4ASTISAN0CAgCpMhIAlQUCAAwzEgBCMxIAnTMSAGonDgCpMxIAMhQCAMYzEgCkCAIA/DMSABkPAgCqNBIA2xMCAFg1EgA3FQIAvzUSAI4VAgBdNhIAINoLAGE2EgA8FgIAsTYSAEEXAgC7NxIAyiECAGQ4EgCYTg0AZzgSAOMmAgBpOBIA6GgPALo4EgBLxRMAzDgSAAk5EgBoORIAtzkSAHw5EgAVMQIAujkSAHzlDQDBORIAs/ANAMQ5EgBlzw0AxzkSADypDgDIORIAp60OANI5EgDtKAIA2DkSAFfvDQBnOhIAWC0CAI86EgBkCA8AyjoSAAsvAgAbOxIAajsSAHY7EgC5LwIA6T4SAMFCAgDaTRIAbBYOAIROEgDJThIAMk8SAHdPEgDeTxIAU7UMAORPEgByAwMALVESAAhyEwAyURIA2FESAEZREgDnVBIATlESABx2EwBUURIAwhMDANpREgBdZQ0A3FESAIbnDQDfURIA5GwJAOJREgAZFAMA51ESAHAUAwDpURIAbOkEAPtREgAeExQAD1ISAOg2BQBFVBIAEiQDAO9UEgA+VRIAP1USAC+QDQBIVRIAUYMQAE1VEgAJfA4AXVUSAJssFACfVRIAKykDAJ1WEgD4UgMAoFYSAM4sCwChVhIAR0ADAKNWEgClMAMApFYSAGw2AwCmVhIAq1kEAKdWEgDNOAMAqFYSABNHAwCpVhIAXTMDAKpWEgBAVQQAsFYSANw7AwDZVhIAlsoRAAJaEgA1ggMABloSABFYAwAKWhIAlrYNAGNaEgByWgMAvFwSAP52AwAtXhIAbI0DANteEgCelwMAj18SALKbAwDQXxIAIqEDAM5gEgDOsgMAK2ESAHphEgCIYRIAL7UDAINiEgDyGBAAjWISAAW+AwCHYxIA/s0DAOdkEgB25gMAj2USAPXuAwBOZhIAk2YSAPVmEgD4AAQAU2cSAJhnEgCpZxIABwQEAPZoEgBDbAUA92gSAOUfBAD+aBIAF0MJAKVpEgD5IwQAqWkSAGJSCQCqahIAZzoEALdrEgD1RQQAaWwSAFtJBAAkbRIAX20SAGdtEgC2bRIAxW0SACxRBAAXbhIAklQEAMRuEgDqTQ0Ax24SAEVWBAAabxIAaW8SAC5vEgCscBMAc28SAJxWBAAfcBIAY1wEAH1wEgBtXgQAInESAItkBAB7cRIAwRMKAM1xEgBXawQA23ISAAh+BAAucxIALwATAJlzEgDUcxIA3HMSACt0EgA4dBIAZ5EEADp0EgDOtwQAPHQSAG6BBADvdRIAUZ4EAO92EgCwsQQAQncSAJF3EgCidxIADLMEAKV4EgBwxwQA93gSANbKBACdeRIAp9IEAAN6EgBz2QQADnoSAK/lBAAbehIAkd8EACB7EgAG5gQAxHsSACntBAACfBIAnvMEALF8EgBAAwUAtnwSAFrtCQC3fBIAF/EJALl8EgDq5wkAHX0SAFh9EgBgfRIAr30SAAh+EgA2Lg4AC34SAAu4DAAOfhIAA3ETABB+EgBPBgUAEn4SAP09EAApfhIApx0UAEx+EgAlRhAAZX4SAF4JBQDhfhIAC38SABZ/EgBjCgUAw38SACoQBQB2gBIA+xcFABiBEgAoIQUAG4ESAM82BgCIgRIA2yIFANCBEgBaKwUA0oESADIjBQAgghIAmCYFACSCEgCiKAUAKYMSABIuBQAzhBIASTkFAH6EEgBiPgUAT4cSAIqHEgCShxIA4YcSAPCHEgDEYwUAQYgSAJVrBQA/iRIAFHQFAEqJEgBIKgkAl4kSAHp3BQCeihIANYwFAKiKEgANhAUA9ooSAHOHBQD6ihIAfYkFAGiMEgCjjBIAq4wSAPqMEgD/jBIAmaAFAAmNEgBxmAUAV40SANebBQBbjRIA4Z0FAGWPEgBetwUAD5ASAIvABQC9kBIAmNQFAIqREgCR5AUA4pESAAHqBQAikhIAC+wFAHqSEgCA8gUAzZISAIXzBQAgkxIAb5MSAHmTEgDc8wUAyZMSAOv2BQB9lBIAav8FAD6VEgB5lRIAgZUSANCVEgDWlRIATwsGAD2WEgAMDwYA65YSAJ8bBgAwlxIA0SUGAOmXEgDgKAYAl5gSAAgxBgBHmRIAhzkGAACaEgA7mhIAQ5oSAJKaEgCimhIAEEQGAL6aEgB7SAYA9ZoSABVFBgBImxIAl5sSAKGbEgBsRQYAuJwSAPOcEgD7nBIASp0SAFOdEgBqVgYAq50SAHRYBgBrnhIApp4SAK6eEgD9nhIA/p4SAKtjBgACnxIADqwGAAqfEgB8awYADJ8SADteBgBanxIAoWEGAF6fEgBWqQYAY6ASADRuBgARoRIAXHYGAGihEgDHegYAu6ESAMx7BgBxohIA9IMGAC2jEgBooxIAcKMSAL+jEgDJoxIAHIwGABmkEgA/kwYA4KQSABulEgAjpRIAcqUSAH+lEgCqlwYAgaUSANyhBgDOpRIAvpsGAH2mEgBCpQYA1qYSAEynBgBGqBIAgagSAImoEgDYqBIA56gSAIizBgA5qRIA7rYGAEWrEgBXzAYArKsSAOerEgADrBIAPqwSAEusEgCzzQYAX60SAJqtEgCirRIA8a0SAPStEgC23wYA1q4SAPfsBgBQrxIAEPIGAFSvEgDOiAwACLASANz4BgBVsBIA8PwGALixEgBFDgcAEbISALUTBwASsxIAYd0JACazEgAK3QkAfbMSALizEgDAsxIAD7QSABK0EgDdGwcAgrQSAL20EgDFtBIAFLUSACO1EgCaHwcAdrUSAGYmBwDJthIADTcHAHy3EgCiVQ4AgbcSAG8yEACEtxIAxTkHAIW3EgC8MBAA2LcSANk9BwDtuBIAKLkSADC5EgB/uRIAiLkSAK9GBwDguRIAuUgHAJO6EgDcTwcA9LoSAGVaBwCMuxIAO2MHADq8EgAbbgcA6LwSAK56BwD0vRIAmIcHAEu+EgD+igcApL4SAGSOBwALvxIARr8SAE6/EgCdvxIArL8SAJuZBwCtvxIAwI8HAADAEgDFkAcAU8ASAKLAEgCswBIAHJEHAFbBEgABnQcAAcISANKkBwC0whIAj6gHAHbDEgCxwxIAucMSAAjEEgAXxBIAE7IHAGvEEgB5tQcAvsQSAA3FEgAcxRIA1bYHAMrFEgDzvAcAHMYSAFnABwB2xhIAlcwHAHjGEgB3xgcAiscSAMXHEgDNxxIAHMgSAI/IEgDKyBIA0sgSACHJEgAuyRIAnd8HAIXJEgBV4gcA3ckSABLmBwB/yhIAh+wHADfLEgCq8wcA5MsSALwICABBzRIAdx0IAJTNEgDjzRIA8s0SANMeCABgzhIALyAIAKDPEgCkJggA+c8SAA8rCABM0BIAm9ASAKrQEgBrLAgAGNESAMctCABR0hIAiTIIAKrSEgCsOQgAWNMSAERHCAAG1BIALlQIAL/UEgD1WQgAE9USAFFbCAC61RIAE2AIAH7WEgC51hIAwdYSABDXEgBq1xIAl2kIACTYEgBPbAgA39gSABrZEgAi2RIAcdkSAHvZEgB8dQgA1tkSAC93CAAu2hIASHwIAIDaEgCzgAgALdsSAB6FCAA13BIAPIsIAIjcEgDX3BIA2dwSAJOLCACh3RIA3N0SAOTdEgAz3hIAVN8SAI/fEgCX3xIA5t8SAAfhEgBC4RIASuESAJnhEgCj4RIAxrgIAGPiEgCe4hIApuISAPXiEgD/4hIAa9oIAAvjEgAbyggAUeMSACXMCACt4xIA+9QIAAjlEgAw8QgADOUSAAPoCABk5RIAIe4IAK7lEgAr8AgAZeYSADrzCAC15hIASfYIAGrnEgC5+wgAw+cSAC4CCQBx6BIAPQUJAMjoEgCUBQkAL+kSAGrpEgBy6RIAwekSANDpEgBMCAkAfOoSADEUCQDW6hIA/RoJAOfrEgAi7BIAKuwSAHnsEgCI7BIAgSQJAIHtEgDV7RIA7+0SACM0CQBI7hIAg+4SAIvuEgDa7hIA6e4SADc4CQBn7xIA6jkJAPvvEgA28BIAPvASAI3wEgDz8BIApz0JAEHxEgANQQkA9fESABxECQBS8hIAh0gJAPXyEgCB0gkA+PISAElNCQBM8xIATk4JAFT0EgD/YAkAq/QSAMtnCQD/9BIA0GgJABn2EgBU9hIAXPYSAKv2EgC39hIAaHYJAAr3EgBZ9xIAXfcSAMR3CQDA9xIAd3kJAHr4EgC1+BIAvfgSAAz5EgA2+RIAFIgJAGj5EgCOjwkA1vkSACS4CwAZ+hIAaPoSAKD6EgD+lAkAOfsSAG37EgB1/BIA8LQJAH79EgDuxQkA2/4SACr/EgBSABMAhgATAKUAEwDdABMARAETAMzhCQDqARMAPOcJAJYCEwBQ6wkA+QMTALGbCgD7AxMAjPcJAEkEEwDy+gkAVwYTAHsFCgCnBhMA9QwKAK4GEwDmCQoAtggTAAUJEwC2CRMAYyMKAMQKEwCaLgoAHAwTAGsMEwCUDBMA/kIKADUNEwBwDRMAeA0TAMcNEwDWDRMAJksKACQOEwCMTgoAKA4TAPmYCgDRDhMAllAKACsPEwB6DxMAow8TAPdSCgAwEBMAtFYKAKgQEwALVwoAOBITAMFqCgBDExMA5HEKAEgUEwBjegoArxQTALp6CgD5FBMAEXsKAEcVEwB3fgoA+xUTAIaBCgBiFhMA3YEKAKwWEwA0ggoA+hYTAJqFCgB6GBMApxgTABoZEwBVGRMAXRkTAKwZEwBfGhMAxZ8KAGMbEwABrAoAIhwTAPW6CgDXHBMAEh0TABodEwBpHRMAcx0TANDECgBIHxMAtdAKAHogEwCO6woA2CATAFXxCgB/IRMAK/oKAOQhEwCR/QoAjCITACQKCwCVJBMAFioLAFYmEwBmOgsA8iYTAH8/CwBRJxMA5UILAA4oEwBJKBMAUSgTAKAoEwD5KBMAu0sLABgqEwBTKhMAWyoTAKoqEwDUKhMA/FgLAGErEwAaXwsAtysTAAYsEwAULBMAyF8LAGMsEwApYgsAGC0TAEJnCwBjLRMAVmsLAHAuEwCIdQsAcy4TADZ2CwDQLxMAd4MLAB8wEwDThAsAfjATADmICwDQMBMA8YoLACIxEwBIiwsAmjETAM0xEwCXMhMAMpgLAPwyEwCJmAsANjQTAIU0EwCuNBMAVZ8LALk0EwADoAsAmzYTABekCwD2NhMAfacLAEo3EwDZqAsATzgTAE6vCwCeOBMAYrMLAGY5EwCeORMATjoTAATDCwCqOhMA2ssLAFM7EwA2zQsA2jsTAErRCwAVPBMAXtULAFs8EwC/1wsACj0TAJ/iCwAaPRMAff4LAHY+EwDl8AsAvD4TAEbzCwAkPxMAp/ULADRBEwBvQRMAd0ETAMZBEwDTQRMAew8MACpCEwCKEgwA2EITAEcWDACYQxMA0EMTADlEEwCQWRMARkQTAH5EEwA4RRMA3yMMADpFEwB+IQwA7EUTADFGEwCWRhMAYy0MAEZHEwBIOQwAqEgTAKdMDABLSRMAu1AMAKVJEwDZVgwA/EkTAFhfDABSShMAXWAMAPlKEwAkZgwAvUsTAPhLEwAATBMAT0wTAMRMEwC8cwwArk0TADF6DADHThMAY4QMAG5PEwDijAwAHFATAA+WDADWUBMAEVETABlREwBoURMA21ETABZSEwAeUhMAbVITAB5TEwBacRMAI1MTAHJTEwAlUxMALnwQADdTEwCztxMAfFMTAMWpDAAmVBMAjK8MAOBVEwCexAwAL1YTALLIDACWVxMADNsMAKVXEwDdVxMAPFgTAPjWDACaWBMAT9cMAOhZEwDx5gwA9VoTAHrxDABGWxMAmlsTAKxbEwAo8gwAVFwTAIn0DACpXBMA4PQMAFddEwCn+gwAtV4TANQDDQDNXhMAjyIPAAhfEwBXXxMAdV8TACsEDQAhYBMAXGATAGRgEwCzYBMAGGETADoHDQDUYRMASQoNAIJiEwCvDQ0Ah2MTAMJjEwDKYxMAGWQTAIxkEwDHZBMAz2QTAB5lEwCDZRMA6xkNAD9mEwB6ZhMAgmYTANFmEwA2ZxMAsh8NAEloEwCEaBMAjGgTANtoEwBAaRMALCcNAPxpEwA7Kg0AqmoTAKEtDQBJbBMAVQoQAKBsEwCsChAAC20TAEZtEwBObRMAnW0TABRuEwA5Ow0Aqm4TAHl8DQBdcBMAkdMTAGJxEwBBrw8AdnETACoEFACIcRMAsXETALlxEwCGSBAA33ETAB3cDwA2chMAX3ITALlyEwBA9xMAKXMTAGRzEwBscxMAu3MTAB50EwBfVA0AhXQTAMB0EwDIdBMAF3UTAHp1EwBuCg8A23UTAKGEDQAndxMAKw4PAC13EwCRXg0AkncTAElhDQCFeBMA1HgTAON4EwCZdg4AM3kTANVJFACWehMAzWoNAKB6EwBxaQ0AmHsTAIpuDQBWfBMAkXwTAJl8EwDofBMAS34TALd3DQBkgBMAtYgNAASBEwCflQ0AZIITAJilDQBngxMAp6gNALyEEwC49g4Av4QTAES8DgDDhBMAgrINAMmEEwBaBg8Ab4UTAL6FEwDIhRMAm7cNAN+GEwAahxMAIocTAHGHEwAhiBMA3MQNAHuIEwCZyA0AiIoTACfUDQDfihMALosTADqLEwCN1w0A6IsTAPPaDQCSjBMA4YwTAPiMEwBj4A0A/JETAOr7DQCtkhMArAAOABKVEwCKHA4AyZUTAA6WEwDJlhMAiC0OAMyWEwAsLA4Az5cTAOkvDgB7mBMA7jAOANSYEwD9Mw4Al5kTAMuZEwDpmRMAYzcOAEaaEwDYPQ4A3poTAC8+DgA5nRMAiJ0TAIqdEwDCSg4A5J0TAHBLDgDrnRMA0U0OAFygEwCXoBMAn6ATAO6gEwD4oBMA8mUOALihEwDzoRMA+6ETAEqiEwBZohMAKXEOAKeiEwCPdA4AVaMTAP95DgADpBMAb38OAAWlEwBUiw4As6UTAKuLDgC8pRMA0N0PAGamEwAWkA4AvaYTAAynEwBxpxMAzpIOAMinEwCfmg4AHqkTAG2pEwBwqRMABZ4OACeqEwBmoA4AeqoTAMmqEwDMqhMAcKIOAIOrEwAopQ4A1qsTACWsEwAorBMAMqcOAN+sEwBBqg4AMq0TAIGtEwCLrRMAmKoOAOCtEwAvrhMAMq4TAJ2rDgDlrhMArK4OADyvEwCLrxMAjq8TAAiwDgBBsBMAkLATAJOwEwActA4ARrETAJWxEwCYsRMAMLgOAE+yEwDtuw4AULMTAF3BDgBwsxMA4BcUALuzEwC5wg4AULQTAKS0EwBVtRMAGsUOAFy1EwB7xw4AEbcTAJnNDgATtxMAlmkPALu3EwAKuBMAabkTANfNDwBuuRMAGbsTAMm5EwDa2g4AKbsTADbcDgCAuxMAl94OANO7EwCc3w4AOrwTAHW8EwDTvBMAmvAOANa8EwAZ+Q4A27wTAErgDgDnvBMA0+oOAJK/EwCV7w4AQMATALP1DgBawRMAdRMUAJrBEwBhpA8AscETAMcSFAC4wRMAzgIUANLBEwDORRAA7cETADzCEwA/whMAHvoOAKPCEwDR+w4A9sITANb8DgBJwxMAmMMTAKLDEwAt/Q4ATsUTAPQCDwBVxRMA/gQPAPzFEwADBg8AgMcTAMAJDwALyBMAJg0PAKjJEwCuDRQAIsoTAHxGEABhyhMAGQMRAGXKEwAzIQ8A0MoTAMVmEAAnyxMAHGcQAMzLEwCjJg8AH8wTAG7MEwCHzBMA/ycPAMjMEwAczRMAl80TAMEsDwBFzhMAxi0PAPPOEwAiLw8Ahc8TANTPEwDezxMA3zIPAIPQEwAhERAAitATAEwrEACW0RMAtTsPAJbTEwDiRA8AiNQTAJbUEwDf1BMA7dQTALfXEwDvWA8AVdgTAFBbDwBf2BMAymIPAGXaEwDUaRAAG9sTAE5sDwBw2xMAU20PAMHbEwABbg8AE9wTAF1vDwAY3RMAvnEPACLeEwBx3hMA0N4TAB/fEwBF3xMA7SsUAM7fEwDmeQ8ALOATAHvgEwDa4BMAKeETANrhEwAEgA8AjeITANziEwA74xMAiuMTALDjEwBELBQAl+QTAHSFDwDy5BMA0IYPAJzlEwDr5RMA++UTACyIDwC85hMA8OYTAKfnEwDujA8AAegTAKaPDwBw6BMAo+gTAM7rEwDCpg8Age0TADKsDwAv7hMAjq0PAN3uEwDqrg8AevETAK/FDwA48xMAgM0PADL0EwDm0A8A8PUTALfYDwCb9hMAb9sPAB75EwA74g8ATfkTAO7jDwCp+RMAAx8UAAH6EwCm5g8ABPoTALDoDwBS+hMApvoTAML6EwD9+hMAV/sTAKv7EwDH+xMAAvwTAGH8EwCw/BMAuvwTAAfpDwAP/RMAlV8UAGT9EwAg7g8Acf4TAIvyDwC9/hMAQ/UPABn/EwBaHxQAKwAUANNGEADQABQAfwEQAJEEFAAqRxAA5wUUAPwaEADlBhQAhxQQAJwHFACMFRAAogkUAPEJFAD7CRQAYh4QAK0KFAAaIRAA+QoUAMghEAD3DRQABQ4UAE4OFABcDhQApQ4UALMOFAD8DhQACg8UAFMPFABhDxQAqg8UALgPFAByEBQA6ygQANkQFABCKRAAbBEUAJ4qEADeERQAGRIUACESFABwEhQAJhQUAKgsEAA2FRQAYC8QAIIVFAAOMBAA/BUUANcpEQA2FhQAwTEQAKAWFADbFhQAThcUAIkXFAAIGBQANxgUAF8YFACOGBQAthgUAOUYFAANGRQAPBkUAEMZFAA+SxAAmxkUAOoZFADvGRQA1TUQAEkbFAAHQBAArhwUAHJEEACzHRQAgNcRALcdFADN1REAFCAUAC9IEAB5IBQAtiAUAL4gFAANIRQAviEUABIiFACRIhQAwCIUAOgiFAAXIxQAPyMUAG4jFACWIxQAxSMUAO0jFAAcJBQA8iQUACElFABJJRQAeCUUAKAlFADPJRQA9yUUACYmFABOJhQAfSYUADcnFAAUVBAA5ScUAHBVEACaKhQAJmkQAOsqFAA/KxQA+SwUAIdrEABXLRQAqnIQABYuFABOLhQAxC4UADh+EAAFLxQAo4IQAHIvFACqLxQACTAUAFgwFABoMBQAVoQQALswFABbhRAAGzEUAEu7EQB1NBQA48MQAM80FACRxBAA0DUUAJTWEAB+NhQAYN0QACw3FACD5BAA2jcUAErqEACIOBQAxPEQADY5FACG9hAA5DkUAEj7EACSOhQAFAIRAEQ7FAB6BREA4zsUAOY7FABSPBQA6goRAJU8FACdDBEAAD0UAEsNEQBHPRQAog0RAKE9FAADEBEA8z0UAF8REQCiPhQAaRMRAAM/FADFFBEArT8UACsYEQD9PxQAMBkRAFRAFAA6GxEAqUAUAD8cEQAtQRQAVkEUAA1CFACKKxEAXkIUALJCFADHQhQAOCwRAAxDFABgQxQAdUMUAPAuEQAlRxQAdEcUAJJHFADuPxEA4koUANteEQBPSxQA72IRAP1LFABfaBEAmUwUAMBqEQDsTBQAeG0RAEJNFAAwcBEAl00UAER0EQD5TRQATnYRAFxOFACXThQA8E4UAI+DEQBRTxQAQoURALFPFAD6hxEA+08UABiOEQC9UBQAg5IRABpVFABDqBEAz1YUAIS1EQAiVxQAibYRAHVXFADEVxQAyFcUAOC2EQAjWBQAclgUANFYFAAgWRQA1lkUACVaFACIWhQA1MURANtaFAAqWxQALlsUACvGEQBaXBQApc0RAD1dFADS1hEAjl0UAOJdFAAKXhQAOV4UAJNeFADnXhQAD18UAD5fFACsXxQA3NgRAEVgFAA92xEApGAUAELcEQD5YBQASGEUAFhhFABH3REAqGEUAEzeEQD5YRQATWIUAK5iFACt4BEAC2MUALLhEQAOZBQA6ewRALpkFAAM9BEADWUUAFxlFABsZRQAY/QRAA5mFAAg+BEAcWYUAHz5EQDGZhQAgfoRABdnFAAv+xEAaWcUAL1nFAA=","fail":"AAAAAAAAAAD/igAAoNMBAOHbAACLcwcA6NABAAleCACHJQIAsnYNAOjLAAA/zAAAlswAAO3MAABEzQAAm80AAPLNAABJzgAAoM4AAPfOAABOzwAApc8AAPzPAABT0AAA4qwBADmtAQCQrQEA560BAAAAAACHJQIAEGcNAI5RDgDlUQ4APFIOAJNSDgDqUg4AQVMOAJhTDgDvUw4ARlQOAJ1UDgD0VA4AS1UOAAAAAACLcwcA6NABAOjQAQAWsAMA2kcCADFIAgDL1w4A4SEPAHwFAwDTBQMAgh8BAH4DBgDLMxAAFrADAIclAgD/+gUA0bUAACi2AAB/tgAA1rYAAC23AACdDgAAhyUCALJ2DQANWg4AZFoOALtaDgASWw4AaVsOAAAAAACLcwcAhyUCAEZKDACtSAQAjUkCAHkWCgBHOwIA/4oAAMRUAgBl3hAAvN4QACbMAQDDJwAAhyUCAJGrCwDoqwsAbUoAAI2vBQDplwAAQJgAABDeAgDNWwoAJFwKAIclAgAQZw0AjlEOAOVRDgA8Ug4Ak1IOAOpSDgBBUw4AmFMOAO9TDgCQIggA76UNAFcAAABXAAAAjKUKAOjQAQBtSgAAhyUCAJAiCABpyAEAAAAAAOmXAACCBA0ABg4NAEQfAADPGAAACV4IAGBeCADoywAAP8wAAJbMAABOMAMAzTgDACQ5AwCDHQsA1BkAAJ1KDABCzQ4AXAEAALMBAAAKAgAAYQIAALgCAACQIggA76UNAFcAAABXAAAAbaYBAM+DBADplwAAerUAAOjQAQBIXgIA+v4GAIclAgCydg0A6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAE7PAAClzwAA/M8AAFPQAAD8/AkAU/0JAAAAAAB5kgAAfpgBAOjQAQA/0QEAnQ4AAIclAgBtpgEAz4MEACaEBABXAAAAPq4BAJWuAQDsrgEAQ68BAJqvAQDxrwEASLABAAAAAABOMAMA+FIDAGnIAQDAyAEAF8kBAMZ1DADQzgwAJ88MAJuyDADysgwASbMMAKCzDAD/PQIA6KsLADJrAgB2BAoAzQQKACQFCgAJXggAhyUCAI04EACoDgoAhyUCAMvXDgCeLxEAG0sAAHJLAADJSwAAIEwAAHdMAADOTAAAAAAAAHkWCgBIPg0AkCIIAEQfAACbHwAA8h8AAEkgAACgIAAA9yAAAPz8CQBT/QkAAAAAAHmSAADplwAAnQ4AAL+qAgBx2wEACV4IAIclAgCQIggA9TEAAEwyAACjMgAA+jIAANGpDwBHOwIA/4oAAKDTAQBEHwAACV4IAIclAgCydg0A6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAE7PAAClzwAA/M8AANpHAgAxSAIAdcMDAMzDAwAjxAMAesQDAJuyDADysgwAfRkAANQZAACdSgwAQs0OAFwBAACzAQAACgIAAGECAAC4AgAARUwCAJxMAgAO2Q8AZdkPAEZKDABoTgEAv04BABDeAgB+mAEACV4IACkkEABGSgwAnUoMAELNDgBcAQAAswEAAAoCAABhAgAA0akPAEc7AgD/igAAoNMBAEQfAAAJXggAhyUCALJ2DQDoywAAP8wAAJbMAADtzAAARM0AAJvNAADyzQAASc4AAKDOAAD3zgAATs8AAKXPAAD8zwAA2kcCADFIAgB1wwMAzMMDACPEAwB6xAMAm7IMAPKyDAB9GQAA1BkAAJ1KDABCzQ4AXAEAALMBAAAKAgAAYQIAALgCAABFTAIAnEwCAA7ZDwBl2Q8ARkoMAGhOAQC/TgEAEN4CAH6YAQAJXggAKSQQAP+KAACg0wEAEIwDAE4wAwD4UgMA9TEAAEwyAACjMgAA+jIAANGpDwCdDgAARB8AAJsfAADyHwAASSAAAKAgAADRqQ8AwycAAPuCCQDo0AEAcwENAL+qAgDRqQ8Agh8BAMtiCACdDgAAacgBAJt2AAB5gQ4A/xMLALhIDgBdMwMA0bUAACi2AAB/tgAA1rYAAC23AACEtwAARkoMAJ1KDABCzQ4AXAEAALMBAAAKAgAAYQIAALgCAACCHwEA/fcBAJ0OAAC/qgIAhyUCAO0cEQC8hxAAsnYNACPTBgCQIggA9vYPAI2vBQDkrwUA1ZgBAAAAAAB6tQAAerUAAOmXAACdDgAAacgBAIclAgAQZw0AAFAQAM8YAAASewMA6ZcAAAleCACHJQIA3iUCAPVyDQDo0AEAhyUCAHmSAACdDgAARB8AAIclAgAAAAAAzxgAAJuAAgDICAsAJhkAAOHbAADPGAAAhyUCABBnDQBgXggAbr0QAMW9EABHOwIA/4oAAKDTAQBEHwAAAAAAAOjQAQCNSQIA/4oAAFaLAACtiwAABIwAAFuMAACyjAAATDcBAAleCAApJBAAzxgAABJ7AwDplwAACV4IAI1JAgDplwAAQJgAAJLuAABrEwMARzsCAP+KAAAoMAgAjUkCAAleCABHOwIAjUkCAOmXAABAmAAAku4AAGsTAwB5kgAARzsCAG2mAQDPgwQAerUAAIclAgCbgAIA8oACAEmBAgCHJQIA/PwJAFP9CQBtSgAAja8FAOSvBQDplwAAEN4CAGfeAgC+3gIAhyUCAMZ1DADQzgwAJ88MAJuyDADysgwASbMMAKCzDAAhXg4ADVoOAKr4CADEpgEA4dsAAOmXAADPGAAAJhkAAKtKAQACSwEAnQ4AADKiDQBXAAAAVwAAAIylCgDo0AEAbUoAAHHbAQAJXggAjUkCAP+KAADoywAAP8wAAJbMAACNSQIAgh8BANkfAQALCgwAAAAAAG2mAQDPgwQA6ZcAAM8YAABtSgAAhyUCABBnDQCOUQ4A5VEOADxSDgCTUg4A6lIOAEFTDgCYUw4A71MOAJAiCADvpQ0AVwAAAFcAAACMpQoA6NABAG1KAACHJQIAsnYNAOjLAAA/zAAAlswAAO3MAABEzQAAm80AAPLNAABJzgAAoM4AAPfOAABOzwAApc8AAPzPAABT0AAAqtAAAGhOAQC/TgEAbUoAAOdbAgA/7wcA/48BAOHKDgCHJQIA/PwJAFP9CQAAAAAAeZIAAOmXAACdDgAAv6oCAHHbAQAJXggAhyUCAO0cEQBEHREAmx0RAPIdEQBJHhEAmx8AAPIfAABJIAAAeZIAAG1KAADESgAAG0sAAM8YAABtSgAAtogGAHq1AAD/6wIAk20CALaIBgCLcwcAqA4KAIclAgBGSgwAbaYBAHmSAABsMQIAfpgBANWYAQCHJQIA/4oAAOjLAAA/zAAAmd4AALJ2DQDoywAAP8wAAJbMAADtzAAARM0AAJvNAADyzQAASc4AAKDOAAD3zgAATs8AAKXPAAD8zwAAU9AAAPz8CQBT/QkAAAAAAHmSAAB+mAEA6NABAD/RAQAAAAAA6NABALDKCQCoDgoAbDECAFcAAACuAAAABQEAAIclAgBk/gwAVwAAAK4AAAAFAQAAXAEAALMBAAAKAgAAYQIAAG39AQDE/QEA//oFAP/rAgBW7AIArewCAM0YDgAkGQ4AexkOAEVMAgB+mAEAPnAGAMRKAACipw0AciYKAG1KAACHJQIAsnYNAMszEAAWsAMAhyUCAEZKDACdSgwAQs0OAFwBAACzAQAACgIAAGECAAC4AgAA//oFAFb7BQCt+wUAwycAAPuCCQBsMQIAeZIAAOjQAQA/0QEA6NABAIclAgD/+gUA0bUAACi2AAB/tgAA1rYAAC23AACEtwAAkCIIAEQfAADPGAAAbUoAAIclAgCydg0A6MsAAD/MAACWzAAA2kcCADFIAgB1wwMAzMMDACPEAwB6xAMAm7IMAPKyDAB9GQAA1BkAAJ1KDABCzQ4AXAEAALMBAAAKAgAAYQIAALgCAADGdQwA0M4MACfPDACQIggARB8AAAAAAAD/igAA6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAE7PAAClzwAA/M8AANKGAQAphwEAgIcBANeHAQCSAgUAsnYNAOjLAAA/zAAAlswAAO3MAABEzQAAm80AAPLNAABJzgAAoM4AAPfOAABOzwAApc8AAPzPAABT0AAA4qwBADmtAQCQrQEA560BADJrAgB2BAoAzQQKACQFCgB7BQoA0gUKACkGCgCydg0A6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAHHbAQB5kgAAnQ4AAEWeAQDVmAEAbDECAIclAgCCHwEAy2IIAAwUBwCUrggA/4oAAMszEAASewMARiIEAIIfAQCHJQIAAAAAAHq1AAD/jwEAVpABAK2QAQDPGAAAMmsCAIlrAgDgawIAUBUBAE4wAwBQFQEA/4oAAOjLAAA/zAAAlswAAO3MAABEzQAAm80AAPLNAABJzgAAoM4AAPfOAABOzwAApc8AAPzPAADShgEAKYcBAICHAQDXhwEAAAAAAItzBwCoDgoAbDECAMMxAgCdDgAARB8AAAwUBwCH5wYA3ucGACQjEAA+cAYAFGUCAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAq1kEAAJaBABZWgQAsFoEAAdbBABeWwQAtVsEAAxcBABjXAQAr2QNAOjLAAA/zAAAlswAAO3MAABEzQAAm80AAPLNAABJzgAAoM4AAPfOAABOzwAA1ZgBAJsfAADyHwAASSAAAKAgAAA/0QEAQJgAAJLuAABrEwMAsnYNAOjLAAA/zAAAlswAAO3MAABEzQAAm80AAPLNAABJzgAAoM4AAPfOAABOzwAApc8AAPzPAABT0AAA4qwBADmtAQCQrQEA560BAI1JAgDo0AEAP9EBAHVnAgC/RxEAnQ4AAEQfAAAJXggAhyUCANGpDwAEMxEAbaYBAMSmAQAbpwEAcqcBAMmnAQAgqAEARUwCAJxMAgAO2Q8AZdkPAPz8CQBT/QkAqv0JAAH+CQBY/gkAr/4JAIclAgB5kgAAnQ4AAEWeAQDVmAEAbDECAIclAgCydg0A6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAE7PAAClzwAA/M8AAFPQAACCHwEAy2IIAAwUBwCUrggA/4oAAMszEAASewMARiIEAG1KAACNSQIA/4oAAFP4CACq+AgAxKYBAOHbAADplwAACV4IAIclAgDRqQ8A6NABALDKCQBHOwIA/4oAAEc7AgBtpgEAeqQOANGkDgDoywAAP8wAAJbMAADtzAAARM0AAJvNAADyzQAASc4AAKDOAAD3zgAATs8AAKXPAAD8zwAA6ZcAAECYAACS7gAAaxMDAFaLAACtiwAABIwAAFuMAACyjAAAuqQBABGlAQBopQEAv6UBABamAQApJBAAQJgAAJLuAABrEwMA7xcCAHq1AADplwAAVwAAAG1KAAC2iAYAi3MHAIclAgAAAAAAAAAAAAAAAACSAgUA/PwJAFP9CQCQGAYAoNMBAPQOAACoDgoATjADAIQJAAB5kgAAnQ4AAEQfAACbHwAAzxgAADJrAgCJawIA4GsCAH8/CwDWPwsALUALAEZKDACdSgwAQs0OAFwBAACzAQAACgIAAGECAAC4AgAAm7IMAPKyDABJswwAoLMMACFeDgANWg4AqvgIAMSmAQDh2wAA6ZcAAAleCAB/8gwAJhkAAH0ZAACydg0AET0PAK2LAAAEjAAAW4wAALKMAAAJjQAAy9cOAOEhDwD6yg0Ay9cOAJ4vEQB+mAEARiIEAJ0iBAAQ3gIAeRYKAKKnDQCdDgAAv6oCAEVMAgB+mAEAPnAGAMRKAACHJQIA/PwJAEheAgBHOwIARzsCAH6YAQA+cAYAgh8BAAAAAACHJQIA3iUCADUmAgCMJgIA4yYCAIclAgBGSgwAbaYBAHqkDgDRpA4AoNMBAEQfAAD/+gUAlK4IAOuuCABCrwgAma8IAIclAgAWsAMAbbADAMSwAwDo0AEAhyUCAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBg/QUAGPYDAG/2AwDG9gMAM6wIAEQfAABMzw4AbUoAALaIBgDVmAEAbDECAMMnAADw4wEAR+QBAJ7kAQAq/AAAUBUBAMMnAADw4wEAR+QBAJ7kAQBPBgUApgYFAP0GBQCydg0A6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAHHbAQDL1w4A4SEPAItzBwAJXggAKSQQAK/ADgAAAAAAAAAAAAAAAAAAAAAAhyUCALbGAQBHOwIA/4oAACgwCACHJQIA//oFAOjQAQA/0QEAltEBACkkEADPGAAAbUoAALaIBgD/igAAU/gIAJ0OAAAAAAAAzxgAABDeAgBn3gIAvt4CAM+DBAAJXggAYF4IAFaLAACtiwAABIwAAFuMAACyjAAA+DcPAPKAAgBJgQIAfpgBAH6YAQBsMQIAzxgAADJrAgAsEwkAeZIAAOjQAQA/0QEAltEBAP1xCQDplwAAnQ4AAP04DwAmGQAAq0oBAIIfAQB+AwYAk20CAHq1AAAJXggAKSQQAM8YAAASewMA6ZcAAAAAAACLcwcAbDECAH6YAQDVmAEAhyUCAN4lAgA1JgIAjCYCAOMmAgDeJQIA9XINAOjQAQCHJQIAeZIAAJ0OAABEHwAAmx8AAIclAgDeJQIANSYCAIwmAgDjJgIA3iUCAPVyDQDo0AEAhyUCAHmSAACdDgAARB8AAIclAgCydg0A6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAE7PAAClzwAA/M8AAFPQAADirAEAOa0BAJCtAQDnrQEAhyUCAHmSAACdDgAARB8AAJsfAADPGAAAMmsCAIlrAgAQ3gIAzVsKACRcCgBzAQ0ARZ4BAItzBwCoDgoAfpgBANWYAQASewMAX34EAP33AQCCHwEAhyUCAJAiCADvpQ0AVwAAAFcAAACMpQoA6NABAG1KAABx2wEACV4IAIclAgCydg0AB5cQAH6YAQCHJQIAEN4CAM1bCgAkXAoAcwENAEWeAQCLcwcAqA4KAIclAgDGdQwAAAAAAJ0OAABpyAEAwMgBAE4wAwCdDgAAEIwDAIclAgD8/AkAsMoJAHImCgBtSgAAtogGANWYAQDplwAAnQ4AAKgOCgD/DgoAVg8KAK0PCgAEEAoAWxAKANWYAQBsMQIAhyUCAMvXDgDhIQ8ApIcKAPuHCgDhIQ8AAAAAAOmXAAAJXggAqdoJAEYiBACdIgQAjTgQAKgOCgCdDgAAacgBAEQfAACbHwAAtogGAItzBwCoDgoA6ZcAAECYAACS7gAAaxMDAD5wBgBx2wEAyNsBAB/cAQB23AEA/4oAAKDTAQD30wEATtQBAKXUAQD81AEAU9UBAOmXAACdDgAAv6oCAE4wAwB5kgAA0JIAAB/hAgA+cAYATjADAP+KAACg0wEA99MBAE7UAQCl1AEA/NQBAFPVAQCq1QEAYOkBALfpAQAO6gEAZeoBALzqAQAT6wEAausBAMHrAQD/igAA0r0MAIC+DABOMAMAR0ADAMQqCwCzTA8ACk0PAGFNDwC4TQ8AD04PAGZODwC9Tg8ASF4CAJ9eAgD2XgIAwycAAPDjAQBH5AEAnuQBACkkEABAmAAAku4AAGsTAwAAAAAA/4oAABDeAgBn3gIAxFQCAG2mAQD/igAAyzMQAGwxAgDEVAIA/4oAAKDTAQD30wEATtQBAKXUAQD81AEAU9UBAKrVAQAB1gEAWNYBAK/WAQAG1wEAgh8BAFcAAACuAAAA8JECACQjEAB7IxAA9A4AAKgOCgDDJwAA8OMBAEfkAQAXqQwAbqkMAHmSAABtpgEAbUoAALaIBgBXAAAAbaYBAHqkDgCGTREA8OMBAEfkAQAXqQwAbqkMAEQfAACbHwAAku4AAGsTAwAAAAAAhyUCAO0cEQCeOwIA9TsCAEw8AgCjPAIA+jwCAFE9AgDplwAAqVsBADonAgCRJwIA6CcCAD8oAgCWKAIAkasLAD8SDwAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQDaRwIAMUgCAJGrCwA/Eg8AOicCAJEnAgDoJwIAPygCAJYoAgB7uAsAbaYBAHqkDgCGTREA3U0RADROEQACkQ8ABsEOAIclAgD8/AkAJCMQAOxQEQBDUREAmlERAHu4CwDSuAsA3iUCADUmAgCMJgIA4yYCAAAAAACvwA4AhyUCAPz8CQAkIxAA7FARAENREQCaUREAe7gLANK4CwDeJQIANSYCAIwmAgDjJgIA3iUCADUmAgCMJgIA4yYCAPXkAQCSAgUAvDAQABMxEABqMRAAwTEQABgyEAAAAAAAeZIAANCSAAAf4QIAPnAGAMRUAgDJ8hAACV4IAJuAAgB5kgAA0JIAAB/hAgA+cAYAxFQCAE38EADo0AEASF4CAPr+BgDLYggA4dsAAItzBwDo0AEAm4ACAMRUAgD/igAAoNMBAPfTAQBO1AEApdQBAPzUAQBT1QEAqtUBAAHWAQCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAAAAAAMMnAADw4wEAR+QBAJ7kAQBXAAAAhVkJAAwUBwBtSgAAcdsBABDeAgBn3gIAvt4CABXfAgBs3wIAnQ4AAIclAgDL1w4A4SEPAPrKDQDtHBEAvIcQAAAAAACydg0ABC4QAFsuEACyLhAACS8QAGAvEAC3LxAAkasLAMlEEAAgRRAAd0UQAE4wAwAAAAAAi3MHAG1KAABOMAMAerUAAP+PAQCS8wEA6fMBAED0AQCX9AEAP9EBAJbRAQCHJQIAeZIAAJ0OAABFngEA1ZgBAGwxAgCHJQIAApEPAAbBDgCRqwsAAAAAAG2mAQAAAAAAeZIAAP+KAABT+AgAAAAAAAAAAAB5kgAAbUoAAIclAgBFTAIAnEwCAA7ZDwCHJQIAkasLAAAAAAB5kgAA/4oAAHkWCgCipw0AciYKAMkmCgAgJwoAdycKAO0cEQDOJwoAJSgKAHwoCgDtHBEA//oFAFb7BQCt+wUAlsAPAO3ADwBEwQ8A//oFAFb7BQCt+wUAlsAPAO3ADwBEwQ8A/4oAAMszEAAAAAAAhyUCAGwxAgDDMQIAGjICAAAAAABtSgAAcdsBAMjbAQAf3AEAxFQCAI5MDQDlTA0A4dsAACxHAgCDRwIAFrADAG1KAABx2wEAyNsBAB/cAQDEVAIAG1UCAEheAgCfXgIA9l4CAE1fAgCdDgAAja8FAP2FDQCfXgIA9l4CAE1fAgBtSgAAxEoAAPowEQBRMREAqDERAAAAAADo0AEAP9EBABjsAQCWPAYADBQHAG1KAACdDgAAxFQCAN1ZAgA0WgIAi1oCAOJaAgA5WwIAkFsCAG1KAADnWwIAJhIQAMRKAAD6MBEAUTERAItzBwDEVAIA3VkCAMRKAAD6MBEAUTERAKgxEQD/igAA0r0MAEYiBABEHwAAggQNANkEDQAwBQ0AhwUNAN4FDQDEVAIA3VkCAMRKAAD6MBEAUTERAKgxEQDEVAIA3VkCAMRKAAD6MBEAUTERABawAwBXAAAAhVkJAOmXAABAmAAAku4AAGsTAwDDJwAAGigAAECYAAA/0QEAzxgAAHq1AADplwAA6ZcAAECYAACS7gAAaxMDAP+KAAD6/gYAy2IIAOmXAABAmAAAku4AAGsTAwBtSgAAbUoAAI2vBQDkrwUARzsCAJ47AgD1OwIAcdsBAOmXAABAmAAAku4AAGsTAwCCHwEAy2IIAG1KAADESgAAoqcNAAleCAApJBAAQJgAAJLuAABrEwMAbaYBAG2mAQBXAAAAjKUKAH6YAQDVmAEAipMDAOGTAwA8XBAAP9EBAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQDo0AEAP9EBAHVnAgDMZwIAI2gCAHpoAgDRaAIAKGkCAH9pAgDWaQIAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAAAAAADplwAAFrADAOmXAABAmAAAku4AAGsTAwAJXggAKSQQAKlbAQBP8BEAQJgAAJLuAABrEwMAAAAAAOmXAABAmAAAsMoJAAleCACp2gkAEN4CAH6YAQBGIgQARZ4BAItzBwCoDgoA6ZcAAECYAACS7gAAaxMDAEc7AgBSnA4AciYKANCSAACe6QIAbaYBAMSmAQCowQsA/8ELAFbCCwB6pA4AQJgAAJLuAABrEwMAyzMQAGwxAgD/EwsA6ZcAAECYAACS7gAAaxMDAOjQAQBsMQIAeZIAAIIfAQDLYggAzxgAAG1KAABx2wEAuEMNAJLuAABrEwMAi3MHAHImCgBtSgAA51sCAMMnAABHOwIAUpwOAHImCgDQkgAAnukCAJ0OAABEHwAAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAP+KAACg0wEA99MBAPUxAAD/6wIAoNMBAL+qAgBx2wEAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAP1xCQDicwcAOXQHAPjCCABPwwgApsMIAP3DCABUxAgAq8QIAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEADBQHAIfnBgDe5wYAcwENAEWeAQCLcwcAqA4KAOmXAABAmAAAku4AAGsTAwBtSgAA/4oAAFaLAACbgAIAi3MHABDeAgDNWwoAJFwKAMMnAABtpgEAxKYBAOHbAADplwAAQJgAAJLuAABrEwMAtogGAA2JBgC2fgQAbaYBAHqkDgCCHwEAy2IIAM8YAABtSgAAcdsBAAleCAApJBAAQJgAAJLuAABrEwMAnQ4AADKiDQBXAAAAVwAAAIylCgDo0AEAbUoAAHHbAQAJXggA/XEJAOJzBwA5dAcA+MIIAE/DCACmwwgA/cMIAFTECACrxAgA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQBtpgEAbaYBAHqkDgBsMQIA8lYLAFP4CAD/igAA8JECAEeSAgCekgIA9ZICAEyTAgCjkwIA+pMCAFGUAgCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEA6NABAEheAgAWsAMAfpgBANWYAQD8ggIAU4MCAKqDAgCtlQIABJYCAFuWAgCylgIACZcCAGCXAgC3lwIADpgCAGWYAgC8mAIAE5kCAGqZAgDBmQIAGJoCAG+aAgDGmgIAHZsCAHSbAgDLmwIAgh8BAEc7AgC8hxAAQJgAAMMnAAD1cg0A6NABAIIfAQB+AwYAk20CAHHbAQCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAerUAAIfnBgDe5wYANegGAIzoBgDj6AYAOukGAIIfAQDZHwEACwoMAKnaCQCrNA4A+4IJAHq1AAD/6wIAk20CALaIBgCLcwcAqA4KAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAAAAAAP+KAABT+AgAeZIAAOmXAADplwAAQJgAAJLuAABrEwMAEnsDAHq1AAD/jwEAVpABAK2QAQDplwAAzxgAAHq1AAD/jwEAVpABAK2QAQDplwAAQJgAAJLuAABrEwMACV4IACkkEAAMFAcAYxQHAFaQAQCtkAEA6ZcAAECYAACS7gAAaxMDAAleCAApJBAAwycAAPuCCQDEPg8A6ZcAAAleCAD/igAAU/gIAKr4CAAB+QgAy9cOAOEhDwD6yg0AsnYNACPTBgCCHwEAy2IIACJjCABHOwIAvIcQAECYAACHJQIA3iUCAL9HEQDQkgAAu1UNAG1KAAC2iAYAi3MHAKgOCgBx2wEAXVsLALRbCwBtSgAAhyUCAMvXDgDhIQ8A+soNAPz8CQBT/QkAkBgGACgwCACHJQIARkoMAGhOAQC/TgEAL0MPAIZDDwDdQw8ANEQPAItEDwCydg0ABC4QAFsuEABFngEAnJ4BAPOeAQCHJQIARkoMAGhOAQC/TgEAL0MPAIZDDwDdQw8ANEQPAItEDwB5kgAA0JIAAJ7pAgD16QIATOoCAKPqAgD66gIAUesCAKjrAgBsFg4AwxYOABoXDgBxFw4AyBcOAB8YDgCLcwcAhyUCAN4lAgAaKAAA4dsAAIclAgCydg0ACXcNAEeSAgCekgIA9ZICAEyTAgCjkwIA+pMCAJ0OAACHJQIAy9cOAOEhDwD6yg0A3iUCAL9HEQDQkgAAu1UNAG1KAAC2iAYAi3MHAKgOCgDLMxAAzxgAACYZAACrSgEAqD0CAPz8CQBT/QkAltEBACkkEAAMFAcA0bUAACKcAgDwkQIAP9EBALDKCQC2xgEAy9cOAP/6BQAWsAMA5m8NAD1wDQCUcA0A63ANAOmXAABAmAAAku4AAGsTAwDPGAAAbUoAAP+KAACTbQIAtogGAItzBwCoDgoA6ZcAAECYAACS7gAAaxMDAGSiCwD7ggkAxD4PAPyCAgCHJQIAkCIIAMcUAwCCHwEARzsCAFKcDgB+mAEAHr4CAP+KAACTbQIAtogGAItzBwCoDgoAhyUCAJGrCwDJRBAAIEUQAHdFEADeJQIANSYCAIwmAgDjJgIAAAAAAIclAgDGdQwAHXYMAAEcEABYHBAArxwQAAYdEABA9AEAk20CALaIBgBHOwIAbaYBAHqkDgDL1w4AFGUCAGtlAgDCZQIA//oFAP/rAgCpDgMAAA8DAFcPAwCuDwMABRADAJMbAwDqGwMAQRwDAJgcAwDvHAMARh0DAJ0dAwD0HQMASx4DAKIeAwAAAAAAeZIAANCSAACe6QIA9ekCAEzqAgCj6gIA+uoCAFHrAgD/+gUA/+sCAKkOAwAADwMAVw8DAK4PAwAFEAMAeZIAAJ0OAADL1w4A4SEPAHwFAwDTBQMAgh8BAH4DBgDLMxAAm7IMAPKyDABJswwAoLMMAP89AgDoqwsAP6wLAHImCgBsMQIAgh8BAIS8AQBGIgQAacgBAEWeAQDVmAEAbDECAIclAgD8/AkAU/0JAG1KAAB5kgAA6NABABBnDQAAUBAADBQHANG1AAAinAIA8JECAD/RAQCW0QEAhyUCALJ2DQDLMxAACV4IAIclAgCbsgwA8rIMAEmzDACgswwAeZIAAJ0OAABEHwAAxnUMAB12DAAsmQEAg5kBANqZAQAxmgEAiJoBAGu3AQCNOBAA4nMHADl0BwD4wggAT8MIAKbDCAD9wwgAVMQIAF9+BAC2fgQADX8EAGR/BAC7fwQAEoAEAAleCACHJQIAsnYNAMszEAAJXggAhyUCAJuyDADysgwASbMMAKCzDAB5kgAAnQ4AAEQfAACQIggAxxQDAB4VAwB1FQMAzBUDACMWAwAPSQ4AZkkOAL1JDgAUSg4Aa0oOAMszEAASewMAerUAAE4wAwDOLAsAlGsMAOtrDABCbAwAmWwMAPBsDABHbQwA0N0PAMlEEAAgRRAAd0UQAIclAgCNOBAAciYKAG1KAACHJQIAjTgQAMMnAACHJQIA7RwRAFKcDgByJgoA0JIAAJ7pAgD8/AkASF4CAI+PAgDmjwIAKDAIAAleCACHJQIARUwCAH6YAQA+cAYAxEoAAIclAgCNOBAAEN4CAM1bCgAkXAoAwycAAG2mAQDEpgEAkCIIAO+lDQBGpg0AnaYNAI2vBQD9hQ0AVIYNANHiCQCHJQIARUwCAH6YAQA+cAYAxEoAAIclAgCNOBAAEN4CAM1bCgAkXAoAwycAAG2mAQDEpgEAgh8BAP33AQBU+AEAq/gBAAL5AQBZ+QEAsPkBABawAwCHJQIARUwCAH6YAQA+cAYAxEoAAIclAgCNOBAAEN4CAM1bCgAkXAoAwycAAG2mAQDEpgEAEGcNAGdnDQAQ3gIAfpgBAAleCAApJBAARUwCAH6YAQA+cAYAxEoAAIclAgCNOBAAEN4CAM1bCgAkXAoAwycAAG2mAQDEpgEAfpgBAB6+AgCHJQIARkoMAIylCgB+mAEA1ZgBAIqTAwDhkwMAPFwQAIclAgAQZw0AAFAQAECYAAA/0QEAdWcCAMxnAgAjaAIAemgCANFoAgAoaQIAsnYNAAQuEABbLhAARZ4BAJyeAQDzngEAgh8BAMtiCADPGAAAbUoAAIclAgDL1w4A4SEPAPrKDQCRqwsA6KsLAG1KAACNrwUAFrADAIclAgDGdQwAHXYMAHR2DACbsgwAEnsDAGl7AwDAewMAgh8BAH4DBgBtpgEAz4MEAHq1AADplwAA7RwRAFKcDgByJgoA0JIAAJ7pAgCdDgAAhyUCAI04EAByJgoAbUoAAIclAgCNOBAAwycAAIclAgD8/AkASF4CAI+PAgDmjwIAbUoAAHHbAQBsMQIA/xMLAECYAACHJQIAEGcNAGdnDQAQ3gIAfpgBAAleCAApJBAA7RwRAEQdEQCbHREAXYUCALSFAgALhgIAm4ACAPKAAgAJXggAhyUCALJ2DQCTbQIAUBUBAKcVAQD/6wIAVuwCAK3sAgDNGA4AJBkOAHsZDgDSGQ4AKRoOAIAaDgDXGg4ALhsOAIUbDgDcGw4AMxwOAIocDgDhHA4AOB0OAI8dDgDmHQ4APR4OAJQeDgDrHg4AQh8OAJkfDgDwHw4ARyAOAJ4gDgD1IA4ATCEOAKMhDgD6IQ4AUSIOAKgiDgD/Ig4AViMOAK0jDgAEJA4AWyQOALIkDgAJJQ4AfpgBANWYAQD8ggIAU4MCAKqDAgDOWwMAJVwDAHxcAwDTXAMAKl0DAIFdAwDYXQMAL14DAIZeAwDdXgMANF8DAItfAwDiXwMAAAAAAItzBwByJgoAhyUCAClsDQCAbA0AEN4CAM1bCgCydg0AyzMQACI0EAB5NBAA0DQQACc1EAB+NRAAxnUMAB12DAB0dgwAFrADAG2wAwDEsAMA6NABAIclAgCQIggA5yIIAD4jCACVIwgA7CMIAMcUAwAeFQMAdRUDAMwVAwD/+gUAVvsFAOHKDgB5kgAAgh8BAM8YAACHJQIAQJgAAD/RAQDGdQwA0M4MACfPDACbsgwA8rIMAH0ZAADUGQAAnUoMAPCRAgBIXgIA+v4GAMtiCABtSgAAcdsBALhDDQCHJQIA7RwRAJ47AgD1OwIATDwCAEZKDABoTgEAP9EBAFcAAACuAAAA8JECAD/RAQCW0QEAhyUCAJAiCAD29g8ATfcPAJNtAgBx2wEAXVsLAMtiCADPGAAAbUoAAIclAgAQZw0AYF4IAG69EADFvRAARzsCAP+KAACg0wEARB8AAJAiCADHFAMA+C0NAE8uDQCmLg0A/S4NAIclAgDGdQwA0M4MACfPDACQIggA9vYPAE33DwDwkQIAbUoAALaIBgDVmAEAbDECAIclAgB5kgAAWz8CAHmSAABtSgAAbUoAALaIBgDVmAEAbDECAIclAgAQZw0AjlEOAOHbAADGdQwAHXYMAHR2DAD8/AkAU/0JAAKnAgBjFAcAEN4CAM1bCgAkXAoAFrADAIclAgCCHwEA2R8BAAsKDAD/igAAKDAIAKnaCQDVmAEAbDECAIclAgD8/AkAU/0JAJbRAQDt0QEARNIBAJvSAQDGdQwA0M4MACfPDABtpgEAxKYBAKDdAwD33QMATt4DAKXeAwD83gMAU98DAMvXDgCeLxEAG0sAAEbLAwCdywMA9MsDAEvMAwCg0wEARB8AAEzPDgCHJQIAxnUMAB12DAB0dgwAgh8BAMtiCAAiYwgA2R8BAOjQAQDGdQwA0M4MACfPDADGdQwAHXYMAHR2DABegwwAtYMMAAyEDABGSgwAaE4BAL9OAQBhmg0AuJoNAA+bDQBmmw0AhyUCAI04EADDJwAAhyUCAJAiCAD29g8ATfcPAPCRAgBtSgAAtogGANWYAQBsMQIAhyUCAHmSAACyEAoACREKAGARCgDL1w4A4SEPAPrKDQCQIggARB8AAJsfAADyHwAASSAAAKAgAAD3IAAAsnYNAJNtAgByJgoAySYKACAnCgB3JwoAzicKACUoCgB8KAoA0ygKACnDDQCNrwUA/YUNAI+PAgCdDgAAEIwDAP+KAACTbQIAcdsBAClsDQCipw0AnQ4AAL+qAgCHJQIAm7IMADJrAgCJawIA4GsCAG2mAQDEpgEAqMELAP/BCwBWwgsAeRYKAKKnDQCdDgAAv6oCAIQJAADbCQAAy9cOAOEhDwD6yg0AsnYNACgwCAAJXggA6NABAD/RAQCdDgAAacgBAE4wAwCNOBAAqA4KAIclAgCQIggA9A4AAHObCQDKmwkAIZwJAHicCQCHJQIAVwAAAG1KAAC2iAYA1ZgBAGwxAgCHJQIA//oFAFb7BQCt+wUABPwFAFv8BQCy/AUACf0FAGD9BQAY9gMAb/YDAMzmCgAj5woAjTgQAKgOCgCHJQIAeZIAANCSAAAf4QIA7xcCAIclAgAQZw0AjlEOAIIfAQB+AwYA0r0MANWYAQCHJQIAkCIIAPQOAABzmwkAypsJACGcCQB4nAkAhyUCACopCgCBKQoA2CkKAC8qCgCGKgoA3SoKADQrCgCLKwoA4isKADksCgCQIggARB8AAJsfAADyHwAASSAAAKAgAABOMAMAnQ4AAIclAgDL1w4Ani8RABtLAABySwAAyUsAACBMAAB3TAAAzkwAACVNAAB8TQAA000AAJRrDADrawwAjYUOAOSFDgA7hg4AkoYOAOmGDgCNOBAAqA4KAIclAgApbA0AoqcNAJ0OAABtpgEAxKYBAKjBCwD/wQsAVsILAK3sAgAAAAAAbaYBAJ0OAAC/qgIAFqsCAJNtAgBx2wEAtsYBAAAAAAAAAAAAAAAAAAAAAAAAAAAAaSQDAMAkAwC2xgEAAAAAAGkkAwDAJAMAhyoDAFb7BQAmrAwAfawMANSsDAArrQwAgq0MANmtDAAwrgwAh64MAH8cBADWHAQALR0EAIQdBADbHQQAMh4EAIkeBADgHgQANx8EAI4fBADlHwQAPCAEAJMgBADqIAQAQSEEAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMAxvYDAB33AwB09wMAy/cDACL4AwB5+AMA0PgDACf5AwB++QMA1fkDACz6AwCD+gMA6f0DAED+AwCX/gMA7v4DAEX/AwCc/wMA8/8DAEoABAChAAQA+AAEAE8BBACmAQQA/QEEAFQCBACrAgQAAgMEAFkDBABsMQIATjADAHq1AAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwBHOwIA/4oAAJ0OAAAmLQQAfS0EAHqkDgCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAmXYOAPB2DgBHdw4AnncOAPV3DgBMeA4Ao3gOAPp4DgBReQ4AqHkOAB33AwB09wMA3iUCADUmAgCMJgIA4yYCAP4EDwCmBgUA/QYFAFQHBQCrBwUAAggFAFkIBQCwCAUABwkFAJGrCwA/Eg8AAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEACl4BAEVMAgB5FgoAfpgBAB6+AgB6pA4A//oFAFb7BQCt+wUABPwFAFv8BQCy/AUACf0FAGD9BQC3/QUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMAchcHAMkXBwAgGAcAdxgHAM4YBwAlGQcAxxQDAB4VAwB6tQAAVwAAAK1IBADEVAIAmdcQAPDXEAAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQCdDgAAxFQCAGXeEAD/6wIAqQ4DAAAPAwBXDwMArg8DAHq1AAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDPGAAAJhkAAOHbAADplwAAQJgAAJLuAABrEwMAvN4QACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BABj2AwBv9gMACV4IAP1xCQDplwAAnQ4AAP04DwAmGQAAq0oBAHHbAQCpWwEAcJ0NAEYiBAC/qgIAcdsBALhDDQCS7gAAaxMDAP/6BQD/6wIAVuwCAK3sAgAE7QIA3iUCADUmAgCMJgIA4yYCAIIfAQBXAAAAjKUKAOjQAQBtSgAAcdsBALhDDQCS7gAAaxMDAG2mAQDPgwQAJoQEAFcAAACNPwAAxFQCAMnyEAB+mAEARzsCAMEEBwBIXgIA8JECABawAwCHJQIAm7IMAPKyDABJswwAoLMMAG2mAQDEpgEAoN0DAPfdAwApJBAACV4IAE4wAwA8TQ0A4nMHADl0BwCQdAcAhyUCAJAiCABbPwIA/4oAAPCRAgA/0QEAltEBAIclAgCNOBAARzsCABjsAQCWPAYADBQHAG1KAACHJQIA3iUCAPuCCQBSgwkAzTgDACQ5AwCDHQsA1BkAAI0/AACHJQIARUwCADjcAABIXgIAB5cQAF6XEACFWQkA3FkJAIclAgCydg0AEN4CAGfeAgDSvQwAKb4MAP+KAABHOwIAbaYBAIclAgDGdQwAX34EALZ+BABtpgEAeqQOAIIfAQDLYggAzxgAAG1KAAD/igAAk20CALaIBgCLcwcAqA4KAE4wAwBtpgEAz4MEACaEBABXAAAAjT8AAIclAgBtpgEAz4MEACaEBAB9hAQA1IQEACuFBACChQQA2YUEADCGBACHhgQA3oYEADWHBAD3swwATrQMAKW0DAD8tAwAhyUCAG2mAQDPgwQAJoQEAH2EBADUhAQAK4UEAIKFBADZhQQAMIYEAIeGBADehgQANYcEAPezDABOtAwApbQMAPy0DABoTgEAv04BAC9DDwCGQw8A3UMPAG2mAQAWsAMAerUAAP+PAQAmzAEAwycAAPuCCQBsMQIAeZIAAOjQAQA/0QEAltEBAE4wAwCrWQQA4W4NADhvDQCPbw0AbOkEAMPpBAAa6gQAceoEAMjqBAAf6wQAdusEAM3rBABGSgwAb00EAMcUAwB6tQAA/48BAOJzBwAJfA4AtDMDAAs0AwBiNAMAuTQDABA1AwBnNQMAkxsDAOobAwBBHAMAmBwDAO8cAwCydg0AI9MGAEZKDACMpQoAnQ4AAL+qAgBsMQIA6NABAD/RAQCdDgAAJi0EAH0tBAC0TAgAEGcNAOjQAQAkIxAAEN4CAM1bCgAkXAoA2kcCADFIAgDL1w4Aja8FAOSvBQDplwAACV4IAG1KAAC2iAYADYkGAGSJBgC7iQYAEooGAGmKBgBOMAMAXTMDAHxhBADTYQQAKmIEAIFiBADYYgQAL2MEAIZjBADdYwQANGQEAB33AwCzigoACosKAGGLCgC7iQYAEooGAGmKBgAUjQoAmtwKAPHcCgA6JwIAfpgBAOjQAQA/0QEAUBUBACtqEACHJQIA//oFAOjQAQA/0QEAkBgGAJNtAgBx2wEAsnYNACPTBgD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMAxvYDAB33AwB09wMAy/cDAClsDQCipw0AnQ4AAL+qAgBtpgEAxKYBAKjBCwD/wQsAVsILAHkWCgCipw0AnQ4AAL+qAgCHJQIAsnYNAMszEAAJXggAhyUCAEZKDACMpQoA6NABAG1KAAAAAAAAAAAAAAAAAADEVAIAAAAAAMRUAgAAAAAAxFQCAAAAAACHJQIAsnYNAMszEAAJXggAhyUCAEZKDACMpQoA6NABAG1KAABHLxEAAAAAAIclAgCydg0AyzMQAAleCACHJQIARkoMAIylCgDo0AEAbUoAAG2mAQDEpgEAoN0DAPfdAwBO3gMApd4DAPzeAwBT3wMAy9cOAJ4vEQAbSwAAUBUBAFcAAACMpQoAnQ4AAL+qAgBsMQIA6NABAD/RAQCdDgAAJi0EAH0tBABQFQEA4ZgEALJ2DQARPQ8A0eIJACjjCQB/4wkA1uMJAPz8CQBT/QkAAqcCAGMUBwDo0AEACV4IAIclAgCydg0AKDAIAH8wCADWMAgALTEIAHHbAQC4Qw0AxFQCAIclAgCCHwEAhLwBAEYiBABpyAEARZ4BANWYAQBsMQIAhyUCALJ2DQAj0wYAbDECAP8TCwCCHwEAhyUCAMZ1DAA+cAYAlXAGABBnDQAAUBAAgCQQAIVZCQDzOxAASjwQAJ0OAACHJQIAjTgQAKgOCgAAAAAAAAAAAE4wAwBHQAMAxCoLABsrCwByKwsAySsLAJGrCwDJRBAAIEUQAHdFEACFvwwA3L8MADPADAD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQBfoQsAtqELAA2iCwB5FgoAoqcNAJ0OAAC/qgIAItgOALhDDQAPRA0AZkQNAL1EDQAURQ0Aa0UNAMJFDQAZRg0AcEYNABBnDQBsfBEA6ZcAAMvXDgDhIQ8A+soNAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBg/QUAGPYDAG/2AwDG9gMAHfcDALOKCgAKiwoAYYsKALuJBgASigYAJCMQAD5wBgBx2wEA//oFAFb7BQCt+wUABPwFAFv8BQCy/AUACf0FAI1JAgDkSQIAtogGAA2JBgBkiQYAu4kGABKKBgBpigYAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FALf9BQAO/gUAZf4FALz+BQAT/wUAkCIIAEQfAACbHwAA8h8AAEkgAABOMAMAXTMDAHxhBADTYQQAKmIEAIFiBADYYgQAL2MEAIZjBADdYwQANGQEAItkBADiZAQAOWUEAJBlBADnZQQAPmYEAB33AwCzigoACosKAGGLCgC4iwoAD4wKAGaMCgC9jAoAzTgDACQ5AwCDHQsA2OEMALDKCQByJgoAbUoAAHHbAQDL1w4A4SEPAPrKDQApbA0AoqcNAJ0OAADplwAAbUoAAOHbAACLcwcA6NABAJuAAgCHJQIAxnUMANDODAAnzwwAeZIAANCSAADo0AEAP9EBAJAYBgDnGAYAPhkGAP+KAABHOwIAbaYBAAAAAACHJQIAm4ACAOw8DQDVmAEA/IICAE4wAwBdMwMAfGEEANNhBAAqYgQAgWIEANhiBAAvYwQA2kcCADFIAgD/+gUA/+sCAKlUEQAAVREAV1URALhIDgD4UgMA9A4AAIIfAQDLYggAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAX6ELALahCwANogsAeRYKABawAwAAAAAAAAAAAAAAAABpJAMAwCQDALbGAQAAAAAAAAAAAAAAAAAAAAAAaSQDAMAkAwCHKgMAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMAxvYDAHIXBwDJFwcAIBgHAHcYBwDOGAcAJRkHAIIfAQBTkgUAqpIFAAGTBQBYkwUACV4IAEc7AgCHJQIAgh8BANkfAQALCgwAYgoMALkKDACCHwEAU5IFAKqSBQABkwUAWJMFAHq1AADRtQAAKLYAAH+2AADWtgAAfgMGAPCRAgAkIxAA/4oAACgwCACCHwEAU5IFAKqSBQABkwUAWJMFALRMCAAQZw0A6NABACQjEAAQ3gIAzVsKACRcCgDaRwIAMUgCAMvXDgCNrwUA5K8FAOmXAAAJXggAgh8BAP33AQDQkgAAH+ECAHbhAgD/6wIAk20CALaIBgCLcwcAqA4KAJ0OAABEHwAAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAJl2DgDwdg4AuPsPAE9dBQCmXQUA/V0FAFReBQCrXgUAAl8FAFlfBQCwXwUAB2AFAF5gBQC1YAUAhyUCAG2mAQDPgwQA1ZgBAJuAAgCHJQIA3iUCADUmAgCMJgIAmE4NAO9ODQCydg0AKDAIAAleCADo0AEAP9EBAJ0OAABpyAEAr8AOACr8AAD5fwUAoqcNAJ0OAAC/qgIAgAYKANcGCgAuBwoAhQcKANwHCgAzCAoAiggKAOEICgA4CQoAjwkKALJ2DQDLMxAAFrADAIclAgCNOBAAwycAAIclAgDL1w4Ani8RABtLAABySwAAVwAAAIVZCQAMFAcAfpgBALDeDQD7ggkA6ZcAAAleCACHJQIAgh8BAFOSBQCqkgUAAZMFAFiTBQC0TAgAKWwNAKKnDQCdDgAAv6oCAClsDQCipw0AnQ4AAL+qAgCHJQIAeRYKABawAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJICBQDpAgUA6ucJAEHoCQCY6AkA7+gJAEbpCQCd6QkA9OkJAEvqCQCi6gkA+eoJAFDrCQCn6wkA/usJAFXsCQCs7AkAA+0JAB33AwCzigoACosKAGGLCgC4iwoAD4wKAGaMCgC9jAoAjTgQAOJzBwA5dAcA+MIIAE/DCACmwwgA/cMIAFTECACrxAgAhyUCAMvXDgC2iAYADYkGAGSJBgAJXggAhyUCAI04EAByJgoAFrADAJ0OAAAmLQQAfS0EAM+DBACNSQIAnQ4AACYtBAB9LQQAjUkCAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAmXYOAPB2DgBHdw4AnncOAPV3DgBMeA4Ao3gOAPp4DgBReQ4AqHkOAP95DgBWeg4ArXoOAAR7DgBbew4AsnsOAB33AwCzigoACosKAGGLCgC4iwoAD4wKAGaMCgC9jAoAjTgQAOJzBwA5dAcA+MIIAE/DCACmwwgA/cMIAFTECACrxAgAhyUCAMvXDgC2iAYADYkGAGSJBgAJXggAhyUCAI04EAByJgoAHfcDALOKCgAKiwoAYYsKALiLCgAPjAoAZowKAL2MCgCNOBAA4nMHADl0BwD4wggAT8MIAKbDCAD9wwgAVMQIAKvECACHJQIAy9cOALaIBgANiQYAZIkGAAleCACHJQIAjTgQAHImCgDo0AEAJCMQAB6+AgDEpgEAG6cBABawAwCNSQIAerUAAP+PAQAmzAEAfcwBANTMAQArzQEAgs0BAOPPAQDRqQ8ABDMRAHmSAADQkgAAawkBAMIJAQAZCgEAcAoBAMcKAQAeCwEAdQsBAK5wBQAFcQUAXHEFALNxBQAKcgUAYXIFALhyBQAPcwUAZnMFAL1zBQCCHwEAU5IFAKqSBQABkwUAWJMFAAAAAABQFQEA4ZgEALJ2DQARPQ8A0eIJACjjCQB/4wkA1uMJAPz8CQBT/QkAAqcCAGMUBwDo0AEACV4IAIclAgCydg0AKDAIAH8wCADWMAgALTEIAHHbAQC4Qw0AxFQCAIclAgCCHwEAhLwBAEYiBABpyAEARZ4BANWYAQBsMQIAhyUCALJ2DQAj0wYAbDECAP8TCwCCHwEAhyUCAMZ1DAA+cAYAlXAGABBnDQAAUBAAgCQQAIVZCQDzOxAASjwQAJ0OAACHJQIAjTgQAKgOCgAAAAAAK2oQAI2vBQDkrwUAO7AFAJKwBQDpsAUAQLEFAFAVAQDhmAQAsnYNABE9DwDR4gkAKOMJAH/jCQDW4wkA/PwJAFP9CQACpwIAYxQHAOjQAQAJXggAhyUCALJ2DQAoMAgAfzAIANYwCAAtMQgAcdsBALhDDQDEVAIAhyUCAIIfAQCEvAEARiIEAGnIAQBFngEA1ZgBAGwxAgCHJQIAsnYNACPTBgBsMQIA/xMLAIIfAQCHJQIAxnUMAD5wBgCVcAYAEGcNAABQEACAJBAAhVkJAPM7EABKPBAAnQ4AAIclAgCNOBAAqA4KAAAAAACbsgwA8rIMAE4wAwAAAAAAAAAAAAAAAAAAAAAAAAAAANpHAgAxSAIAkCIIAOciCAA+IwgA1C0EACsuBACCLgQA2S4EADAvBAC4SA4AAAAAAAAAAACdDgAAAAAAAAAAAACSAgUAxTkHABw6BwCt+wUABPwFAFv8BQCy/AUACf0FAGD9BQAY9gMAb/YDAMb2AwAd9wMAs4oKAAqLCgBhiwoAu4kGABKKBgBpigYATjADAEBVBACXVQQA7lUEAEVWBACcVgQA81YEAEpXBAChVwQAO8QJAJLECQDpxAkAQMUJAJfFCQCQIggA9A4AAHObCQDKmwkAIZwJAHicCQCHJQIAsnYNAMMnAABtSgAAcdsBALhDDQB6tQAA/48BACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BADDOAQCHzgEA3s4BADXPAQCMzwEAeZIAANCSAAAf4QIA7xcCAIclAgCQIggA9A4AAHObCQDKmwkAIZwJAHicCQBOMAMA/4oAAO8XAgDo0AEAP9EBAG1KAACNrwUA5K8FAOmXAACdDgAAVwAAAIVZCQDcWQkAku4AAD/RAQAAAAAAeZIAAOmXAACdDgAAv6oCAHHbAQC4Qw0Aku4AAGsTAwDOLAsAJS0LAHwtCwDnGAYAPhkGAJUZBgDsGQYAQxoGAJoaBgDxGgYASBsGAJ8bBgD2GwYATRwGAKQcBgD7HAYAUh0GAKkdBgAAHgYAVx4GAK4eBgAFHwYAXB8GALMfBgAKIAYAYSAGALggBgAPIQYAZiEGAL0hBgAUIgYAayIGAMIiBgAZIwYAcCMGAMcjBgAeJAYAdSQGAMwkBgD/igAAVosAAJSuCADrrggACV4IAIclAgDL1w4Ani8RABtLAACCHwEAfgMGANUDBgCHJQIA/PwJAFP9CQBtSgAAja8FAOSvBQDplwAAnQ4AAIclAgBGSgwARGoPANxZCQCHJQIA/PwJAFP9CQAAAAAAeZIAAOmXAACdDgAAv6oCAIclAgBtpgEAz4MEAF9+BACEvAEAPnAGAJVwBgDh2wAAeRYKAH6YAQB6tQAAlK4IAIclAgDGdQwA0M4MAE4wAwB6tQAA/+sCAKkOAwAADwMAVw8DAK4PAwB6tQAA/48BACbMAQB9zAEA1MwBACvNAQCCzQEAcKwQALhDDQCS7gAAaxMDAPUxAADRtQAAKLYAAH+2AADWtgAALbcAAE4wAwB6tQAA/+sCAKkOAwAADwMAVw8DAK4PAwB6tQAA/48BACbMAQB9zAEA1MwBACvNAQCCzQEAcKwQALhDDQCS7gAAaxMDAPz8CQBT/QkAltEBAO3RAQBE0gEAm9IBAPLSAQBJ0wEAbaYBAMSmAQCowQsA/8ELAFbCCwB5FgoAoqcNAJ0OAAC/qgIA6ZcAAAleCACp2gkARiIEAPUxAAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwDylAYASZUGAKCVBgD3lQYATpYGAKWWBgD8lgYAU5cGAEBVBACXVQQA7lUEAEVWBACcVgQA81YEAEpXBAChVwQA+FcEAE9YBACmWAQA/VgEAFRZBAAY7AEAb+wBAMbsAQAd7QEAdO0BALFECgAIRQoAX0UKALZFCgANRgoAZEYKALtGCgASRwoAaUcKAMBHCgAXSAoAbkgKAMVICgAcSQoAc0kKAMpJCgAhSgoAeEoKAM9KCgD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwDylAYASZUGAKCVBgD3lQYATpYGAKWWBgD8lgYAU5cGAKUwAwD8MAMAawkBAMIJAQAZCgEAcAoBAMcKAQAeCwEAdQsBAK5wBQAFcQUAXHEFALNxBQAKcgUAYXIFAEQfAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAmXYOAPB2DgBHdw4AnncOAPV3DgBMeA4Ao3gOAPp4DgBReQ4AqHkOAP95DgBWeg4ArXoOAAR7DgBbew4AsnsOAEZKDAA+MgsAlTILAOwyCwBDMwsAmjMLAPEzCwBINAsAnzQLAPY0CwBNNQsApDULAPs1CwBSNgsAqTYLAAA3CwBXNwsArjcLAAU4CwBcOAsAszgLAAo5CwBhOQsAzTgDACQ5AwCDHQsA2OEMALDKCQByJgoAbUoAAHHbAQDL1w4A4SEPAPrKDQApbA0AoqcNAJ0OAABtSgAAhyUCAEVMAgCcTAIADtkPAGXZDwCbsgwA8rIMAEmzDACgswwARkoMAIylCgCdDgAAacgBAEWeAQBHOwIAbaYBAHqkDgDL1w4A4SEPAPrKDQD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAX6ELALahCwANogsAy9cOAJ4vEQAbSwAA/PwJAFP9CQCW0QEA7dEBAETSAQCb0gEAkCIIAEQfAACbHwAA8h8AAEkgAACgIAAAKvwAABh6DQD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMA3LUKAB12DAB0dgwA7RwRAMEEBwAYBQcAbwUHAMYFBwDPGAAAhyUCAJAiCAD29g8ATfcPAJNtAgB+mAEAX34EAMtiCACLcwcAciYKAG1KAABx2wEAuEMNAJLuAABrEwMAUYMQALaIBgANiQYAZIkGALuJBgASigYAaYoGABSNCgBrjQoAwo0KABmOCgBwjgoAx44KAB6PCgB1jwoAzI8KACOQCgB6kAoA0ZAKACiRCgB/kQoAkCIIAEQfAACbHwAA8h8AAEkgAADplwAAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAM04AwAkOQMAgx0LANodCwAxHgsAiB4LAN8eCwA2HwsA3iUCAPuCCQBSgwkAqYMJAI04EADo0AEAhyUCABBnDQBnZw0A6NABAD/RAQACpwIAbUoAAOdbAgDo0AEAFrADAIclAgC2xgEAeZIAANCSAAAf4QIA7xcCAJl2DgDwdg4AR3cOAJ53DgD1dw4ATHgOAKN4DgD6eA4AUXkOAKh5DgD/eQ4AVnoOAK16DgAEew4AW3sOALJ7DgDBEwoABv8JAGwCCgDDAgoAGgMKAHEDCgAd9wMAs4oKAAqLCgBhiwoAuIsKAA+MCgBmjAoAvYwKAI04EADicwcAOXQHAPjCCABPwwgApsMIAP3DCABUxAgAq8QIAIclAgDL1w4AtogGAA2JBgBkiQYACV4IAIclAgCNOBAAciYKAMCKBgAXiwYAbosGAMWLBgAJfA4AYHwOALd8DgAOfQ4AZX0OALx9DgATfg4Aan4OAMF+DgAYfw4AHfcDALOKCgAKiwoAYYsKALuJBgASigYAcwENAEQfAAD4ZgcAeqQOAAwUBwBtSgAAtogGAItzBwCoDgoAbUoAALaIBgANiQYAZIkGALuJBgASigYAaYoGAMCKBgAXiwYAbosGAMWLBgDplwAAQJgAAJLuAABrEwMAGjICALaIBgANiQYAZIkGALuJBgASigYAaYoGAMCKBgAVvw0AbL8NAMO/DQAawA0AccANAMjADQAfwQ0A9A4AAHObCQDKmwkAIZwJAHicCQDnWwIA4nMHADl0BwCQdAcA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQBOMAMAoXUKAECYAACS7gAAaxMDAM8YAAAmGQAAaB8JAL8fCQAWIAkAbSAJAMQgCQAbIQkASF4CABDeAgBn3gIA0r0MACm+DAD/igAARzsCAG2mAQCHJQIAy9cOALaIBgANiQYAZIkGALuJBgASigYAaYoGABSNCgC7rA0AP+8HAJbvBwDt7wcARPAHAJvwBwDy8AcASfEHAKDxBwCydg0AwycAAG1KAABx2wEAuEMNAJAiCABEHwAA+GYHAHqkDgAMFAcAbUoAALaIBgCLcwcAqA4KAIclAgCRqwsAyUQQACBFEAB3RRAA+FIDAJIgCwDpIAsAQCELAJchCwDuIQsARSILAPTaBgBL2wYAotsGAPnbBgBQ3AYAp9wGAP7cBgBV3QYArN0GAAPeBgAk9gYAe/YGANL2BgAp9wYAgPcGANf3BgB5kgAA6NABAOjQAQA/0QEAzxgAAG1KAACHJQIAy9cOAOEhDwDicwcAjKUKAG2mAQDEpgEAG6cBABawAwBOMAMAAAAAAIclAgDL1w4AFGUCAGtlAgDCZQIAuEgOAJAiCADvpQ0AfpgBAD5wBgD/igAARzsCAG2mAQB6pA4AkCIIAEQfAACbHwAA8h8AAEkgAACgIAAA+LgGAIclAgDeJQIA9XINAExzDQCjcw0Ay9cOALaIBgANiQYAZIkGALuJBgASigYAaYoGAE4wAwDNOAMAJDkDAIMdCwCydg0AEN4CAGfeAgDSvQwAKb4MAP+KAABHOwIAbaYBAHqkDgCQIggARB8AAJsfAADyHwAASSAAAKAgAACCHwEAAAAAAFcAAAB6tQAA/48BACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BABj2AwBv9gMA8pQGACRwDgB7cA4A0nAOAOjQAQCwygkAtG8PAPKAAgBAmAAAlGsMAOtrDADo0AEAP9EBAJAYBgDnGAYAPhkGAP+KAABHOwIAbaYBAHqkDgDplwAAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BANCSAADPGAAAFrADAE4wAwBtSgAAerUAAFcAAAB6tQAA/48BACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BABj2AwBv9gMAwycAAPDjAQBH5AEAnuQBAHq1AAD/jwEAJswBAH3MAQDo0AEAP9EBAHVnAgC/RxEAnQ4AAEQfAAC3EQoADhIKAGUSCgC8EgoAExMKAGoTCgBJlQYAoJUGAPeVBgBOlgYApZYGAPyWBgBTlwYA+FIDAPQOAABzmwkAypsJACGcCQB4nAkAhyUCAJGrCwDJRBAAIEUQAHdFEAAJfA4AYHwOAIv8EQDi/BEAOf0RAJD9EQDn/REAPv4RAJX+EQDs/hEAQ/8RAJr/EQAtHQQAhB0EANsdBAAyHgQAiR4EAOAeBAA3HwQAjh8EAClsDQCipw0AnQ4AAEc7AgDBBAcAGAUHAG8FBwDGBQcAHQYHAHMBDQCbdgAAEN4CAGfeAgDSvQwAKb4MAP+KAABHOwIAbaYBAP+KAADDJwAAm4ACAIQsBwAY7AEAnQ4AAPUxAAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwDylAYAJHAOAHtwDgDScA4AhyUCAIIfAQB+AwYAFrADAIclAgCbsgwA8rIMAEmzDACgswwA7RwRALyHEACydg0AEN4CAGfeAgDSvQwAKb4MAP+KAABHOwIAbaYBAP/6BQBW+wUAJqwMAH2sDADUrAwAK60MAIKtDADZrQwAMK4MAIeuDADergwANa8MAJGrCwCdDgAAv6oCABarAgBHOwIAbaYBAM+DBABGIgQAWz8CAEg+DQDGdQwAVwAAAFaLAAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwDylAYAJHAOAHtwDgDScA4ApTADAPwwAwBrCQEAwgkBABkKAQBwCgEAxwoBAB4LAQB1CwEA7RwRAFKcDgCLcwcAbUoAAJ0OAAC/qgIAja8FAP2FDQAHlxAAhyUCAN4lAgDo0AEAsMoJAIIfAQCHJQIAtsYBACr8AABOMAMAXTMDANG1AAAotgAAf7YAANa2AAAttwAAhLcAAClsDQCAbA0A12wNAC5tDQD8/AkAlGsMAOtrDACHJQIAjTgQAHImCgBtSgAAhyUCAI04EADDJwAAhyUCALJ2DQAQ3gIAZ94CANK9DAApvgwA/4oAAEc7AgBtpgEAeqQOAO0cEQDBBAcAGAUHAG8FBwDGBQcAHQYHAHMBDQCHJQIAy9cOAOEhDwD6yg0Ay9cOAP+KAABT+AgAm4ACAIclAgDL1w4AyzMQABawAwCHJQIAjTgQAMMnAACHJQIAy9cOAJ4vEQAbSwAAcksAAMlLAADplwAACV4IAIclAgDtHBEAwQQHABgFBwBvBQcAxgUHAB0GBwBtpgEA/4oAAKDTAQC/qgIAtogGAHq1AACdDgAARB8AAP+KAADwkQIAerUAAJSuCADEVAIAmdcQAPDXEAAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQCdDgAAxFQCAGXeEAC83hAAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwDylAYAJHAOAHtwDgDScA4AAAAAAFcAAACFWQkA8zsQAJ0OAABEHwAA/4oAAPCRAgB6tQAAlK4IAFcAAABKTQIAxFQCAJnXEADw1xAAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAnQ4AAMRUAgBl3hAAvN4QACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BABj2AwBv9gMA8pQGACRwDgB7cA4A0nAOAG2mAQDPgwQAEN4CAH6YAQDVmAEAbDECAHq1AAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwDM5goARB8AAJsfAACS7gAAaxMDAE4wAwBtSgAAja8FAP2FDQCPjwIAnQ4AAFcAAACMpQoA6NABAG1KAABOMAMAbUoAAI2vBQD9hQ0Aj48CAJ0OAABXAAAAjKUKAOjQAQBtSgAATjADAKF1CgBAmAAAku4AAGsTAwBAVQQAl1UEAO5VBABFVgQAnFYEAPNWBABKVwQAd9UKAM9PCwAmUAsAfVALANRQCwArUQsAglELANlRCwAwUgsAh1ILAN5SCwA1UwsAjFMLAONTCwA6VAsAkVQLAOhUCwA/VQsAllULAO1VCwBEVgsAm1YLAAl8DgBgfA4At3wOAA59DgBlfQ4AvH0OABN+DgBqfg4AwX4OABh/DgBvfw4Axn8OAB2ADgB0gA4Ay4AOACKBDgCL/BEA4vwRADn9EQDPGAAAUBUBACtqEACHJQIA//oFAFb7BQCt+wUABPwFAFv8BQCy/AUACf0FAF+hCwC2oQsADaILAJAiCABEHwAAmx8AAPIfAABJIAAAoVcEAPhXBABPWAQAplgEAP1YBABUWQQAXgkFALUJBQAMCgUAjUkCAORJAgCNrwUA/YUNAI+PAgCdDgAAVwAAAIylCgDo0AEAbUoAAMRUAgBl3hAAvN4QACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BABj2AwBv9gMA8pQGACRwDgB7cA4A0nAOAClxDgCAcQ4A13EOAC5yDgCFcg4A3HIOADNzDgCKcw4A4XMOADh0DgCRqwsAyUQQACBFEAB3RRAAcBQDAP/rAgCpVBEAAFURAFdVEQCuVREABVYRAFxWEQCzVhEAClcRALjEBAAPxQQAZsUEAL3FBAAUxgQAa8YEAMLGBAAZxwQAcMcEAMfHBAAeyAQAdcgEAMzIBAAjyQQAeskEANHJBAAoygQAf8oEANbKBAAtywQAhMsEANvLBAAyzAQAicwEAODMBAA3zQQAa40KAP/rAgCpVBEAAFURAFdVEQCuVREABVYRAFxWEQCzVhEAClcRAF0zAwB8YQQA02EEACpiBACBYgQA2GIEAC9jBABtSgAAtogGAA2JBgBkiQYAu4kGABKKBgBpigYAwIoGABeLBgBuiwYAxYsGAM04AwDplwAA4dsAAHq1AAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwDylAYAJHAOAHtwDgDScA4AqA4KACYZAAA4ZQsAj2ULAP+KAAAQ3gIAZ94CANK9DAApvgwA/4oAAEc7AgBtpgEAeqQOAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAnQ4AAJt2AAAQ3gIAZ94CANK9DAApvgwA/4oAAEc7AgBtpgEAeqQOAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAzTgDACQ5AwCDHQsAsnYNAA1aDgDPgwQAEN4CAM1bCgCbsgwA8rIMADhlCwCPZQsAnQ4AAIclAgDeJQIA9XINAExzDQCjcw0A+nMNAMZ1DAAddgwAdHYMABawAwBtsAMAxLADAOjQAQCHJQIA//oFANG1AAB5kgAAnQ4AAL+qAgBx2wEAhyUCAJuyDADysgwAOGULAI9lCwCydg0AEN4CAGfeAgDSvQwAKb4MAP+KAABHOwIAbaYBAHq1AAB6tQAAh+cGAN7nBgA16AYAjOgGAJbRAQCHJQIARUwCAHkWCgB+mAEAHr4CAHqkDgCRqwsAnQ4AAL+qAgAWqwIARzsCAG2mAQDPgwQARiIEAFs/AgB+mAEA1ZgBAGwxAgCHJQIAsnYNACPTBgD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMAxvYDAB33AwB09wMAy/cDACL4AwDnIggAPiMIAJUjCADsIwgAQyQIAJokCADxJAgASCUIAMvXDgB6tQAAVwAAAAAAAAB+mAEAVwAAAIclAgD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMAxvYDAB33AwB09wMAy/cDAMvXDgCeLxEAG0sAAClsDQCipw0AnQ4AAL+qAgDL1w4AtogGAA2JBgBkiQYAu4kGABKKBgBpigYAFI0KAJrcCgDx3AoAOicCAH6YAQDo0AEAP9EBAI04EADicwcAOXQHAJB0BwCHJQIAy9cOAHq1AABXAAAAhyUCAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBg/QUAGPYDAG/2AwDG9gMARUwCAH6YAQA+cAYAxEoAAIclAgApbA0AoqcNAJ0OAAC/qgIAhyUCAG1KAAB6tQAAVwAAAIclAgBGSgwAaE4BAL9OAQAQ3gIAfpgBAAleCAApJBAAQJgAAE4wAwCrWQQA4W4NADhvDQCPbw0AcBQDABQdBQBWkAEArZABAAAAAADvFwIAAAAAAAAAAAAAAAAA/4oAAMMnAACdDgAAJi0EAH0tBAC0TAgAC00IAGJNCAC5TQgAEE4IAGdOCAC+TggAFU8IAEcvEQBsNgMAerUAAFcAAACHJQIARkoMAGhOAQC/TgEAEN4CAH6YAQAJXggAKSQQAECYAABOMAMAq1kEAOFuDQA4bw0Aj28NAHAUAwAUHQUAVpABAK2QAQAAAAAA7xcCAAAAAAAAAAAAAAAAAP+KAADDJwAACV4IAGBeCAAHlxAAbUoAALaIBgAQ3gIAzVsKAJAiCABEHwAAmx8AAPIfAABJIAAAoCAAAPcgAADm6wMAPewDAJTsAwB5kgAA0JIAAGsJAQAQ3gIAZ94CANK9DAApvgwA/4oAAEc7AgBtpgEAeqQOAI04EADo0AEAhyUCABBnDQCOUQ4A5VEOADxSDgCTUg4A6lIOAEFTDgCYUw4A71MOAEZUDgCdVA4A9FQOAEtVDgAJXggAnQ4AAIclAgCQIggARB8AAJsfAADyHwAASSAAAKAgAAD3IAAA5usDAD3sAwCU7AMAeZIAANCSAABrCQEAEN4CAGfeAgDSvQwAKb4MAP+KAABHOwIAbaYBAHqkDgCNOBAA6NABAIclAgAQZw0AjlEOAOVRDgA8Ug4Ak1IOAOpSDgBBUw4AmFMOAO9TDgBGVA4AnVQOAPRUDgBLVQ4AhyUCAJAiCABEHwAAmx8AAPIfAABJIAAAoCAAAPcgAADm6wMAPewDAJTsAwB5kgAA0JIAAGsJAQAQ3gIAZ94CANK9DAApvgwA/4oAAEc7AgBtpgEAeqQOAI04EADo0AEAhyUCABBnDQCOUQ4A5VEOADxSDgCTUg4A6lIOAEFTDgCYUw4A71MOAEZUDgCdVA4A9FQOAEtVDgBHLxEAQFUEAPuCCQBSgwkAqYMJAJuyDADysgwASbMMAKCzDAD3swwATrQMAKW0DAD8tAwAAAAAAP+KAABT+AgAqvgIAM+DBABOMAMA6NABACQjEADVmAEAbDECAP8TCwBAmAAAku4AAGsTAwDplwAAgh8BAHq1AAD/6wIAVosAAJSuCADrrggAnQ4AAEQfAACbHwAA8h8AAEkgAACgIAAAP9EBAECYAACS7gAAaxMDABjsAQCdDgAATjADAPhSAwCSIAsA6SALAEAhCwCXIQsA7iELAEUiCwC4SA4AXTMDAHxhBADTYQQAKmIEAIFiBADYYgQAL2MEAF+hCwC2oQsAUogKAKmICgAAiQoAu4kGABKKBgBpigYAFI0KAMvXDgDhIQ8ACV4IACkkEACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAbDYDAJ4vEQAbSwAAV70DAK69AwAFvgMAXL4DALO+AwAKvwMAYb8DALi/AwCydg0AEN4CAGfeAgDSvQwAKb4MAP+KAABHOwIAbaYBAHqkDgD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMAxvYDALJ2DQCTbQIAe8cOAJ4vEQB+mAEARiIEAJ0iBACCHwEA2R8BAIIfAQDLYggAzxgAAF55CgC1eQoADHoKAJhODQDvTg0Agh8BAH4DBgDwkQIAm4ACAPKAAgAJXggAhyUCABBnDQAAUBAA/4oAAIBsDQDXbA0ALm0NAIVtDQDcbQ0AM24NAIpuDQA2Lg4AyzMQAAleCACHJQIAxnUMANDODAAnzwwAUXQNAGdnDQBGIgQAm3YAAEc7AgBtpgEAeqQOAAleCACHJQIAeZIAANCSAABtSgAAtogGAB6+AgCHJQIAy9cOALaIBgANiQYAZIkGAAleCACHJQIA/PwJAFP9CQBtSgAAja8FAG2mAQDPgwQAJoQEAMFRBQB6tQAAxFQCAGXeEAC83hAAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwDylAYAJHAOAHtwDgDScA4AyfIQAEQfAACbHwAA8h8AAEkgAACgIAAACV4IACkkEAD/igAAKDAIAE4wAwD9cQkA4dsAAM8YAABOMAMAeRYKAKKnDQCdDgAAv6oCAG2mAQDEpgEA0HILACdzCwB+cwsA1XMLAIVZCQDcWQkAku4AAGsTAwA8TQ0A4nMHADl0BwCQdAcAhyUCAHmSAADQkgAAH+ECAO8XAgCHJQIAkCIIAPQOAABzmwkAypsJACGcCQCQIggA9vYPAE33DwCTbQIAeZIAAJ0OAACHJQIAeRYKAEg+DQAMFAcAm4ACAPKAAgAJXggA/XEJAOJzBwA5dAcA+MIIAE/DCACmwwgA/cMIAFTECACrxAgAAsUIAFnFCACwxQgAB8YIAF7GCAC1xggADMcIAGPHCAC6xwgAEcgIAGjICAC/yAgAFskIAG3JCADEyQgAa9oIAMLaCAAZ2wgAcNsIAAleCACHJQIAjTgQAHImCgBtSgAAhyUCAEVMAgCcTAIA0r0MAD5wBgC2iAYA1ZgBAGwxAgCHJQIA3iUCAPVyDQDo0AEAhyUCAI04EADicwcAOXQHAPjCCABPwwgApsMIAP3DCABUxAgA3FkJAEheAgCTbQIAtogGAItzBwCoDgoAbUoAALaIBgANiQYAZIkGALuJBgASigYAaYoGAMCKBgAVvw0AbL8NAMO/DQAawA0AccANAMjADQAfwQ0A3DsDAP33AQBtSgAA/4oAAJNtAgBx2wEAjTgQAOJzBwA5dAcA+MIIAE/DCACmwwgA/cMIAFTECACrxAgAhyUCAMvXDgC2iAYADYkGAGSJBgAJXggAhyUCAI04EAByJgoAbUoAANpHAgB5kgAA0JIAAGsJAQDCCQEAGQoBAHAKAQDHCgEAHgsBAHULAQCCHwEA2R8BAAsKDACp2gkAqzQOABawAwCHJQIA//oFAFb7BQAmrAwA0JIAAG1KAABx2wEAbDYDALaIBgANiQYAZIkGALuJBgASigYAaYoGABSNCgBFTAIAnEwCANK9DAA+cAYAtogGANWYAQBsMQIAhyUCAN4lAgD1cg0A6NABAIclAgAQ3gIAZ94CAL7eAgAV3wIAeRYKAKKnDQCdDgAAv6oCABarAgAQ3gIAZ94CANK9DAApvgwA/4oAAEc7AgBtpgEAP+8HAAAAAABtpgEATjADAM04AwAkOQMAgx0LAClsDQCipw0AnQ4AAL+qAgCdDgAAhyUCALJ2DQAQ3gIAZ94CANK9DAApvgwA/4oAAEc7AgBtpgEAeqQOAMZ1DAAddgwAdHYMAF6DDAC1gwwADIQMAEZKDACMpQoA46UKAKUwAwD8MAMAawkBAMIJAQAZCgEAcAoBAMcKAQAeCwEAdQsBAK5wBQDo0AEAP9EBAJAYBgCTbQIAcdsBAJAiCABEHwAAnQ4AAGnIAQBFngEAi3MHAG2mAQBtpgEAhyUCAClsDQCipw0AnQ4AAL+qAgAq/AAAGHoNAJICBQDL1w4Aja8FAOSvBQDplwAACV4IAIclAgDeJQIA9XINAOjQAQCHJQIAAAAAAHmSAADplwAAQJgAABawAwCHJQIA3iUCADUmAgCMJgIA4yYCAM8YAAAmGQAAOGULAI9lCwCdDgAAwycAAPDjAQBH5AEAnuQBACkkEACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAmXYOAPB2DgAmrAwAfawMANSsDAArrQwAgq0MANmtDAAwrgwAh64MAPz8CQBT/QkAkBgGAOcYBgA+GQYAhyUCALJ2DQDLMxAAFrADAIclAgD/+gUAVvsFAK37BQCWwA8A7cAPAFaLAADR4gkAhyUCAEZKDACMpQoAfpgBANWYAQCTbQIAnQ4AAE4wAwDNOAMAJDkDAIMdCwDaHQsARB8AAJsfAADyHwAASSAAAKAgAAD4uAYAhyUCALJ2DQAQ3gIAZ94CANK9DAApvgwA/4oAAEc7AgBtpgEAeqQOAN4lAgD1cg0A6NABAIclAgD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwCdDgAARB8AAJsfAADyHwAASSAAAKAgAAD4uAYAT7kGAJsfAACS7gAAaxMDAEQfAACbHwAAku4AAGsTAwAJfA4AYHwOALd8DgAOfQ4AZX0OALx9DgATfg4Aan4OAMF+DgAYfw4AjUkCAOjQAQA/0QEAdWcCAL9HEQCdDgAARB8AAFHLDQAyawIALBMJAIMTCQCHJQIAkCIIAEQfAACbHwAA8h8AAEkgAAB6tQAAm4ACAHkWCgCipw0AciYKAJ0OAABEHwAAggQNAKAKDQDo0AEAJCMQABDeAgDNWwoAJFwKAMRUAgCZ1xAAQJgAAJLuAABrEwMAxFQCAM8YAADplwAAbUoAAOHbAACLcwcA6NABAJuAAgDygAIAQJgAAJLuAABrEwMACXwOAGB8DgBWkAEArZABAOF9EAAAAAAAAAAAAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEATjADAF0zAwB8YQQA02EEACpiBACBYgQA2GIEAC9jBACGYwQA3WMEADRkBACLZAQA4mQEADllBACQZQQA52UEAD5mBADL1w4Ani8RABtLAACRqwsA6KsLAAleCABXAAAAjKUKAH6YAQDVmAEAipMDAIclAgB5kgAA6NABAG2mAQBOMAMAhAkAAHkWCgDQFgoAJxcKAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBfoQsAtqELAA2iCwDL1w4Ani8RABtLAABGywMAjlEOAFRyCQCrcgkAAnMJAFlzCQBRtwkAEGcNAGBeCADplwAAgh8BANkfAQBGywMAjlEOAFRyCQCrcgkAAnMJAFlzCQBRtwkAEGcNAGBeCADplwAAgh8BANkfAQAwIAEAhyUCAPz8CQCUawwA62sMAI2FDgDkhQ4AO4YOAJKGDgDplwAAQJgAAIIfAQCEvAEARiIEAGnIAQBFngEAi3MHAKgOCgCHJQIAEGcNAABQEADPGAAAEnsDAOmXAAAJXggAhyUCAEVMAgB5FgoAfpgBAB6+AgB6pA4Ay9cOAI2vBQAWsAMAfpgBANWYAQBsMQIAhyUCAMvXDgDhIQ8A+soNAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBfoQsAtqELAA2iCwDL1w4Ani8RABtLAABGywMAjlEOAFRyCQCrcgkAAnMJAFlzCQBRtwkAEGcNAGBeCADplwAAgh8BANkfAQAQZw0AbHwRAMN8EQAafREAcX0RAMh9EQAffhEA//oFAFb7BQCt+wUABPwFAFv8BQCy/AUACf0FAFA9CQCLcwcAP+8HAJuAAgDygAIAQJgAAD/RAQCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAq1kEAOFuDQA4bw0Aj28NAIbnDQB5FgoAfpgBAB6+AgB6pA4A3iUCABooAABtSgAAerUAAJSuCAB+mAEA1ZgBAGwxAgCHJQIAkCIIAEQfAACbHwAA8h8AAEkgAACgIAAA9yAAALJ2DQAHlxAAfpgBAIclAgAQ3gIAzVsKACRcCgBzAQ0ARZ4BAItzBwCoDgoATjADAH6YAQAevgIAeqQOAM8YAAAmGQAAq0oBAMMnAAD1cg0ATHMNAKNzDQD6cw0A9ekCAECYAACS7gAAaxMDALbGAQD2LwoATTAKAKQwCgD7MAoAUjEKAKkxCgAAAAAAaSQDAMAkAwCbsgwA8rIMAH0ZAABY7wYAr+8GALdtCwAObgsAZW4LAN4lAgD7ggkAUoMJAKmDCQCNOBAA6NABAIclAgAQZw0AZ2cNAOjQAQA/0QEAAqcCAG1KAADnWwIA6NABAJGrCwDoqwsAP6wLAJasCwDtrAsAAAAAABDeAgBn3gIA8JECAAAAAADo0AEAlGsMAOtrDAAAAAAACV4IAP1xCQBUcgkAq3IJAAJzCQBZcwkA46AJADqhCQCRoQkA6KEJAD/vBwCbgAIA8oACAG1KAADPGAAAJhkAAKtKAQDDJwAA9XINAExzDQCjcw0A+nMNAPXpAgBAmAAAku4AAGsTAwDEVAIAyfIQAPQOAABzmwkA97MMAPuCCQDEPg8A/IICAIclAgCydg0AI9MGABDeAgBn3gIAvt4CAM+DBAAJXggAhyUCABBnDQCOUQ4AVHIJAKtyCQACcwkAWXMJAFG3CQCRqwsA6KsLABDeAgB+mAEA6NABALDKCQCoDgoAgh8BAMtiCADPGAAARUwCAItzBwDo0AEAm4ACAOw8DQDVmAEAbDECAIclAgD/+gUAVvsFAK37BQCWwA8A7cAPAETBDwCbwQ8A8sEPAEnCDwCHJQIA/PwJAJRrDADrawwAQmwMAJlsDADwbAwAR20MAKuLDgACjA4Aja8FAP2FDQCTbQIAcdsBAGwxAgCHJQIAxnUMANDODAAnzwwAkasLAH6YAQA+cAYAxEoAABtLAABXvQMAhyUCAJuyDADysgwASbMMAKCzDAD8/AkAlGsMAOtrDACNhQ4A5IUOADuGDgCShg4A6YYOAI04EADo0AEAhyUCAIIfAQCEvAEARiIEAPUxAAD/jwEAJswBAMMnAAD7ggkAbDECAHmSAADo0AEAP9EBAOjQAQA/0QEAkBgGAJNtAgBx2wEAEGcNAI5RDgBUcgkAq3IJAAJzCQBZcwkAUbcJAEZKDABoTgEAv04BABDeAgB+mAEACV4IACkkEACLcwcAi3MHAG1KAABtpgEAeqQOAJ0OAABpyAEAhyUCABBnDQCOUQ4AVHIJAKtyCQACcwkAWXMJAFG3CQCbsgwA8rIMAEmzDACgswwA97MMAE60DACltAwA/LQMABBnDQCOUQ4AVHIJAKtyCQACcwkAWXMJAFG3CQCRqwsA6KsLAAleCABXAAAAjKUKAH6YAQDVmAEADBQHAGMUBwC6FAcAERUHAGgVBwC/FQcAFhYHAG0WBwDEFgcAGxcHAH6YAQD/igAAU/gIAIclAgDL1w4AerUAAFcAAABOMAMAhyUCANGpDwAEMxEA//oFAFb7BQCt+wUABPwFAFv8BQCy/AUACf0FACr8AAAAAAAAkgIFALwwEAD1cg0A6NABAG1KAAC2iAYAEN4CAM1bCgD4ZgcAFrADAIclAgD8/AkAU/0JAKr9CQAB/gkAWP4JAK/+CQCHJQIAxnUMAF0zAwB8YQQA02EEACpiBACBYgQA2GIEAC9jBACGYwQA3WMEADRkBACLZAQA4mQEADllBACQZQQA52UEAD5mBACrWQQADBQHAGMUBwC6FAcAERUHAGgVBwC/FQcAFhYHAG0WBwDEFgcAGxcHAM04AwAkOQMAXNIHANGpDwDplwAAqVsBAHCdDQBGIgQAv6oCALaIBgDVmAEAbDECAIclAgAQZw0AjlEOAIIfAQB+AwYA0r0MAFA9CQCnPQkA/j0JAFU+CQCsPgkAAz8JAFo/CQCxPwkACEAJAF9ACQC2QAkADUEJAGRBCQC7QQkAEkIJAGlCCQDAQgkA6NABAD/RAQB1ZwIAv0cRAJ0OAABEHwAAtsYBAG1KAAB6tQAAVwAAAE4wAwAAAAAAbaYBAJ0OAABOMAMAAAAAAHmSAADQkgAAH+ECAO8XAgBOMAMAAAAAAEc7AgBtpgEAeqQOAMvXDgDhIQ8A+soNAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBfoQsAtqELAA2iCwDL1w4AerUAAFcAAABOMAMAAAAAAG2mAQCdDgAATjADAAAAAACQIggAacgBAMDIAQBOMAMAAAAAAM8YAADPGAAA6ZcAAAwUBwBtSgAAtogGAItzBwCoDgoAhyUCAPz8CQBT/QkAqv0JAAH+CQBY/gkAr/4JAGHdCQBtSgAAtogGAA2JBgBkiQYACV4IAP1xCQByJgoAAAAAAG1KAABtSgAAVwAAAHq1AAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwANwBEAjKUKAOOlCgA6pgoAKvwAAPl/BQCipw0AnQ4AAL+qAgCvwA4A/PwJAFP9CQCQGAYA5xgGAD4ZBgCHJQIAEGcNAGBeCABuvRAAxb0QAEc7AgD/igAAoNMBAEQfAACQIggARB8AAJsfAADyHwAASSAAAKAgAAD3IAAAsnYNAJNtAgB5kgAAbaYBAAleCACHJQIAm7IMAPKyDABJswwAoLMMAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBfoQsAtqELAA2iCwDo0AEAP9EBAHVnAgC/RxEAnQ4AAEQfAAApJBAAQJgAAJLuAABrEwMA6ZcAAECYAACS7gAA33AKADZxCgB9GQAAAAAAAAAAAAAAAAAAaSQDAMAkAwCHKgMAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMAxvYDAHIXBwDJFwcAIBgHAHcYBwDOGAcAJRkHAAAAAAAAAAAAaSQDAMAkAwCHKgMAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMAxvYDAHIXBwDJFwcAIBgHAHcYBwDOGAcAJRkHAOHbAAB+mAEA1ZgBAOmXAABAmAAAku4AAGsTAwAAAAAAAAAAAAAAAAAAAAAAAAAAAM8YAADplwAAbUoAAMRUAgBl3hAAvN4QACbMAQB9zAEA1MwBACvNAQCCzQEAcKwQAMesEAAerRAAda0QAMytEAAjrhAAeq4QANGuEACZdg4A8HYOAEd3DgCedw4A9XcOAEx4DgCjeA4A+ngOAFF5DgCoeQ4A/3kOAFZ6DgCteg4ABHsOAFt7DgCyew4Ai3MHAJ0OAACHJQIAkasLAMlEEAAgRRAAd0UQAAAAAAAAAAAAAAAAAHHbAQCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEACl4BAAAAAAAAAAAAAAAAAKlbAQBwnQ0Ai3MHAKgOCgCHJQIA/PwJAFP9CQCq/QkAAf4JAFj+CQAAAAAA6ZcAAECYAABHOwIAfpgBANWYAQD8ggIAbHwRANCSAABsMQIAnQ4AAJt2AADoywAAwycAAEc7AgD/igAA6MsAAIclAgCydg0ARzsCAGwxAgD/EwsA+GYHAHqkDgB5FgoAzxgAAOmXAACpWwEAcJ0NAAAAAADPGAAAhyUCAPz8CQBT/QkAeRYKAHmSAACdDgAAm3YAACgwCACdDgAAacgBAEWeAQCLcwcAqA4KAOmXAAD8/AkAJCMQALDeDQD7ggkAeZIAAG1KAAD/igAAk20CAAAAAACLcwcAhyUCAPz8CQBT/QkAAqcCAFmnAgCdDgAAm3YAACgwCADPGAAAJhkAAE4wAwChdQoA+HUKAE92CgCmdgoA/XYKAFR3CgCrdwoAAngKAFl4CgCweAoAB3kKAOmXAAAMFAcAYxQHALoUBwARFQcAaBUHAL8VBwAWFgcAbRYHAMQWBwAbFwcA3iUCADUmAgCMJgIA4yYCAPXkAQBdMwMAfGEEANNhBAAqYgQAgWIEANhiBAAvYwQAhmMEAN1jBAA0ZAQAi2QEAOJkBAA5ZQQAkGUEAOdlBAA+ZgQA3iUCADUmAgCMJgIA4yYCAPXkAQBdMwMAfGEEANNhBAAqYgQAgWIEANhiBAAvYwQAhmMEAN1jBAA0ZAQAi2QEAOJkBAA5ZQQAkGUEAOdlBAA+ZgQAhyUCAMvXDgC2iAYADYkGAGSJBgAJXggAhyUCAI04EAByJgoAtogGAA2JBgBkiQYACV4IAIclAgCNOBAAciYKAIclAgD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FALf9BQAO/gUAZf4FALz+BQAT/wUAyfIQAPQOAABzmwkAypsJACGcCQB4nAkAbUoAALaIBgANiQYAZIkGALuJBgASigYAaYoGAMCKBgAVvw0AbL8NAMO/DQAawA0AccANAMjADQAfwQ0AHfcDALOKCgAKiwoAYYsKALiLCgAPjAoAZowKAL2MCgDNOAMAJDkDAIMdCwDaHQsAMR4LAIgeCwDfHgsANh8LAN4lAgD7ggkAUoMJAKmDCQCNOBAA6NABAIclAgAQZw0AZ2cNAOjQAQA/0QEAAqcCAG1KAADnWwIA6NABADJrAgBT+AgAeqQOAECYAACS7gAAaxMDAItzBwCLcwcAbaYBAIclAgDL1w4AtogGAA2JBgBkiQYACV4IAIclAgCNOBAAciYKAG1KAACHJQIARUwCAHkWCgB+mAEAHr4CAHqkDgBFTAIAnEwCANK9DAA+cAYAtogGANWYAQBsMQIAhyUCAN4lAgD1cg0A6NABAIclAgCydg0AyzMQACI0EACNOBAA4nMHADl0BwCQdAcAhyUCAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBg/QUAGPYDAMZ1DADQzgwAJ88MAJuyDADysgwASbMMAKCzDAAhXg4AeF4OAM9eDgAmXw4AfV8OANRfDgArYA4AgmAOANpHAgAxSAIA/PwJAFP9CQAAAAAAeZIAAOmXAACdDgAAv6oCAIclAgDL1w4AtogGAA2JBgBkiQYACV4IAIclAgCNOBAAciYKAG1KAACHJQIAsnYNAMMnAABtSgAAcdsBALhDDQB6pA4AQJgAAJLuAABrEwMAUYMQALaIBgANiQYAZIkGALuJBgASigYAaYoGAO7KCgBFywoAnMsKAPPLCgBKzAoAocwKAPjMCgBPzQoAps0KAP3NCgBUzgoAKvwAAOHbAAAsRwIA0r0MAD5wBgDIMgIA6NABAD/RAQCQGAYAk20CAHHbAQARPQ8AAAAAAHmSAAB+mAEA6NABAD/RAQAY7AEACV4IAEc7AgB6tQAAhyUCAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBg/QUAGPYDAIrADABHOwIAbUoAAP+KAADSvQwA1ZgBAIclAgAY7AEACV4IAEc7AgB6tQAAhyUCAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBg/QUAGPYDAJGrCwA/Eg8AAFwBAFdcAQBprQ0AwK0NABeuDQBurg0Axa4NAEVMAgB5FgoASD4NAM8YAACHJQIAy9cOAI2vBQAWsAMAfpgBANWYAQBsMQIAhyUCAMvXDgDhIQ8A+soNAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAJ0OAACHJQIA//oFAFb7BQAmrAwAfawMANSsDAArrQwAgq0MANmtDAAwrgwAh64MAN6uDAA1rwwAsnYNABE9DwAAAAAAeZIAAH6YAQDo0AEAP9EBAJbRAQCHJQIA3iUCAOjQAQCwygkAgh8BAIclAgDL1w4Ani8RABtLAAB5kgAA0JIAAJ7pAgD16QIAQJgAAG2mAQAWsAMAfpgBANWYAQBsMQIAhyUCABBnDQBgXggAbr0QAMW9EABHOwIA/4oAAKDTAQBEHwAAIV4OABE9DwAAAAAAeZIAAH6YAQDo0AEAP9EBALJ2DQAj0wYA/PwJAFP9CQCdDgAA9A4AAHImCgDo0AEAerUAAOmXAADeJQIA6NABALDKCQCCHwEAhyUCAMZ1DAA+cAYAnQ4AAIclAgBGSgwAaE4BACQjEABffgQAfgMGAPCRAgAWsAMAhyUCAN4lAgA1JgIAVosAANHiCQDnWwIA6NABABawAwCHJQIAjTgQAOjQAQCHJQIAkCIIAPQOAAByJgoA6NABAHq1AADPGAAA6ZcAAKlbAQBOMAMAbDYDALaIBgANiQYAZIkGALuJBgASigYAaYoGABSNCgCydg0AET0PAAAAAAB5kgAAfpgBAOjQAQAkIxAA1ZgBAGwxAgCHJQIAsnYNACPTBgD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwDplwAAbUoAAP+KAAAoMAgACV4IAOjQAQAkIxAA1ZgBAMMnAAD1cg0AhyUCAJGrCwDoqwsAP6wLAKtKAQDDJwAA9XINAExzDQCjcw0A+nMNAP+KAADSvQwAjUkCAP+KAAB5gQ4A8lYLAElXCwDVmAEAfRkAAFjvBgCv7wYAt20LAA5uCwBlbgsAvG4LABNvCwBqbwsARB8AAJsfAADyHwAASSAAAKAgAAD3IAAAgh8BAIS8AQBGIgQARzsCALyHEAB5FgoA/4oAABDeAgB+mAEA1ZgBACLYDgBdWwsAtFsLAAtcCwBiXAsAuVwLABBdCwBnXQsAvl0LABVeCwBsXgsAw14LABpfCwBxXwsAZ2cNAADbCQBX2wkArtsJAHmSAAAJXggA/PwJAFP9CQCQGAYAKDAIAIclAgB5kgAACV4IAAAAAACLcwcAhyUCAMvXDgC2iAYADYkGAGSJBgC7iQYAEooGAHkWCgBXAAAAjUkCAM8YAADplwAAbUoAAOHbAACLcwcA6NABAJuAAgCNSQIAbDECAP8TCwBWFAsArRQLAAQVCwBbFQsAshULAD/RAQCdDgAAacgBAEQfAACdDgAATjADAGwxAgD/EwsAVhQLAK0UCwAEFQsAWxULALIVCwAJFgsAYBYLALcWCwAOFwsAZRcLAN4lAgD1cg0A6NABAI04EADo0AEAhyUCAJAiCABEHwAAmx8AAPIfAAB+mAEAerUAAOmXAACbsgwA8rIMAEmzDACgswwAm4ACAMgICwAmGQAA4dsAAHkWCgCipw0AnQ4AAL+qAgBx2wEAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAAbwBgBd8AYAtPAGAAvxBgBi8QYAufEGALJ2DQAoMAgACV4IAOjQAQA/0QEAnQ4AAGnIAQCHJQIA3iUCAPVyDQBMcw0Ao3MNAOHADAA4wQwAj8EMAObBDADL1w4AerUAAFcAAACHJQIA//oFAFb7BQCt+wUABPwFAFv8BQCy/AUACf0FAGD9BQAY9gMAb/YDAMb2AwAd9wMAdPcDAP+KAADSvQwA6ZcAAECYAACS7gAAaxMDALbGAQD2LwoATTAKAKQwCgD7MAoAUjEKAKkxCgCCHwEAVwAAAIylCgDo0AEASF4CAPCRAgAWsAMAhyUCAN4lAgA1JgIAjCYCAJhODQDvTg0AxnUMAB12DAB0dgwAm7IMADJrAgCJawIA4GsCAPz8CQBT/QkAnQ4AAPQOAABtpgEAeZIAAG1KAAC2iAYAi3MHAAleCAApJBAAzxgAADJrAgCJawIA4GsCAJuyDADysgwA6NABAIclAgCQIggARB8AAJsfAADyHwAAzxgAADJrAgCJawIA4GsCAEZKDABoTgEAv04BABDeAgB+mAEACV4IACkkEAB6tQAAlK4IAIclAgApbA0AoqcNAJ0OAAC/qgIAhyUCAMZ1DADQzgwAJ88MAJuAAgDICAsAJhkAAOHbAACLcwcAtG8PAHmSAABXAAAAhyUCAN4lAgA1JgIAjCYCAJhODQDvTg0A4yYCABJ7AwCLcwcAxFQCAGXeEACUrggA/4oAAMszEADPGAAA6ZcAAPhmBwCdDgAAxFQCAE/rEACm6xAA6NABAD/RAQCdDgAA9A4AAG2mAQAQ3gIAzVsKAAleCABgXggAKDAIAAleCADo0AEAP9EBAJ0OAABpyAEARB8AAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQBOMAMAzTgDADJrAgCJawIA4GsCAH8/CwDWPwsALUALAIRACwDbQAsAMkELAIlBCwDgQQsAN0ILAI5CCwDlQgsAPEMLAJNDCwDqQwsAQUQLAJhECwDvRAsARkULAIclAgAYeg0A9A4AAHObCQDKmwkAIZwJAHicCQD8UwoAro4LAAWPCwBcjwsAuEMNAJLuAABrEwMAkasLAJ0OAAC/qgIAFqsCAEc7AgBtpgEAz4MEAEYiBABbPwIAhyUCALJ2DQAj0wYAm7IMAOmXAADh2wAAhyUCAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBg/QUAGPYDAE4wAwC2xgEA9i8KAE0wCgCkMAoA+zAKAFIxCgCpMQoAADIKAFcyCgB6OQoAAAAAAAAAAAAAAAAAnUAKAPRACgBLQQoAokEKAPlBCgBQQgoAp0IKAP5CCgAAAAAAAAAAAFVDCgCsQwoAA0QKAOPPAQA60AEAkdABAN4lAgD1cg0ATHMNAKNzDQBOMAMAq1kEAAJaBABP8BEApvARAP3wEQBU8REA/4oAAEc7AgBtpgEAeqQOAN4lAgD7ggkAUoMJAKmDCQCbsgwA8rIMAEmzDACgswwA97MMAE60DACltAwA/LQMAOmXAADPGAAAJhkAAOmXAADPGAAAzxgAACYZAADplwAAzxgAAG1KAABOMAMAzTgDACQ5AwCDHQsA2h0LADEeCwCIHgsA3x4LADYfCwDeJQIA+4IJAFKDCQCpgwkAjTgQAOjQAQCHJQIAEGcNAGdnDQDo0AEAP9EBAAKnAgBtSgAA51sCAOjQAQAWsAMAhyUCANGpDwBOMAMAAAAAAIclAgDtHBEAnjsCAMMnAADDJwAAGigAAECYAAAkIxAA1ZgBAGwxAgCHJQIAy9cOALaIBgANiQYAZIkGAAleCACHJQIAjTgQAHImCgBtSgAAhyUCALJ2DQDDJwAAbUoAAHHbAQC4Qw0AP+8HAP/rAgBW7AIATjADALJ2DQANWg4AqvgIAAH5CADtHBEAwQQHABgFBwBvBQcAxgUHAB0GBwBQMwcA//oFAFb7BQCt+wUABPwFAFv8BQCy/AUACf0FAGD9BQAY9gMAb/YDAMzmCgAj5woAsnYNAAl3DQBgdw0At3cNAI5RDgDh2wAA6QIFALJ2DQAJdw0AR5ICAJ6SAgD1kgIATJMCAKOTAgD6kwIAhyUCAOYiDwAAAAAAhyUCAIiTEQB6tQAA/48BACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BABj2AwBv9gMAkgIFAIIfAQD99wEAnQ4AAL+qAgCHJQIA7RwRALyHEACNOBAAwycAAIclAgDL1w4AFGUCAGtlAgDCZQIAbzIQAD8SDwA6JwIAkScCAOgnAgA/KAIAnQ4AAIclAgBGSgwAnUoMAPCRAgBIXgIA+v4GAMtiCABtSgAAcdsBALhDDQCHJQIAAAAAAIclAgDL1w4A4SEPAPrKDQDtHBEAvIcQAPz8CQBT/QkAnQ4AAPQOAAByJgoA6NABAHq1AADplwAA2kcCADFIAgB1wwMAUpwOAItzBwBtpgEAhyUCAGwxAgB+mAEAEN4CAM1bCgB6pA4A0aQOAMszEAAiNBAAbDECAH6YAQAQ3gIAzVsKAIzjBQD+GgIADXUCAGR1AgCHJQIAbDECAH6YAQAQ3gIAzVsKAIIfAQBTkgUAqpIFAAGTBQBYkwUAkgIFAIIfAQD99wEAnQ4AAL+qAgCHJQIA7RwRALyHEACNOBAAwycAAIclAgDL1w4AFGUCAGtlAgDCZQIAgh8BAFOSBQCqkgUAAZMFAFiTBQCvkwUA2kcCADFIAgB1wwMAUpwOAItzBwBtpgEAhyUCAGwxAgB+mAEAEN4CAM1bCgCM4wUA/hoCAA11AgBkdQIAhyUCAGwxAgB+mAEAEN4CAM1bCgCCHwEAU5IFAKqSBQABkwUAWJMFAK+TBQDaRwIAMUgCAHXDAwBSnA4Ai3MHAG2mAQCHJQIAbDECAH6YAQAQ3gIAzVsKAHqkDgDRpA4AyzMQACI0EABsMQIAfpgBABDeAgDNWwoAjOMFAP4aAgANdQIAZHUCAIclAgBsMQIAfpgBABDeAgDNWwoACV4IAGx8EQBtpgEAeqQOAM8YAAAmGQAAq0oBAMMnAAD1cg0ATHMNAKNzDQD6cw0A9ekCAECYAACS7gAAaxMDAM04AwAkOQMAgx0LAIIfAQDZHwEACwoMAGIKDAC5CgwAEAsMAJuyDAAyawIAiWsCAOBrAgAJXggAgh8BANkfAQALCgwAYgoMALkKDAAQCwwAm7IMADJrAgCJawIA4GsCAAleCACCHwEA2R8BAAsKDABiCgwAuQoMABALDABGSgwAnUoMAPRKDABLSwwAoksMAPlLDABQTAwAbaYBAMSmAQCg3QMA990DAIclAgB5kgAA6NABAG2mAQD8/AkAU/0JAJ0OAAD0DgAAbaYBABDeAgDNWwoAxnUMAF9+BAC2fgQADX8EAGR/BAC7fwQAhyUCAJGrCwDoqwsAbUoAAI2vBQAWsAMAhyUCAN4lAgD1cg0A6NABAIclAgBGSgwAnUoMAPRKDABLSwwAoksMAPlLDABQTAwA2kcCADFIAgB1wwMAzMMDACPEAwB6xAMA3iUCAPVyDQBMcw0Ao3MNAPpzDQDGdQwAPnAGAJVwBgDGdQwAHXYMAHR2DADLdgwAI9MGAEZKDACdSgwA9EoMAEtLDACiSwwA+UsMAFBMDADEVAIAGOwBAJ0OAAD0DgAAgh8BAH4DBgCTbQIAerUAAJSuCAB+mAEA1ZgBAGwxAgCHJQIARkoMAJ1KDAD0SgwAS0sMAKJLDAD5SwwAUEwMAN4lAgD1cg0A6NABAIclAgBQFQEAjAsOAA3AEQBkwBEAm7IMAPKyDABJswwAoLMMAEZKDABoTgEAP9EBAHVnAgD7ggkATaAPAOmXAAAJXggAhyUCAEVMAgB+mAEAPnAGAMRKAACHJQIAAAAAAIclAgCNOBAA6NABAIclAgDGhA8AAAAAAIclAgCNOBAA6NABAIclAgDGhA8AHYUPACFeDgAj0wYAEGcNAABQEACAJBAAhVkJAPM7EABKPBAAKSQQAM8YAAB6tQAAVwAAAK4AAAAITwwAX08MALZPDAANUAwAZFAMAIIfAQB+AwYAyzMQAP4aAgD/igAAU/gIAKr4CABWiwAAm4ACAIQsBwB5gQ4A/xMLAClsDQCAbA0A12wNAC5tDQCbsgwA8rIMAEmzDACgswwA7RwRALyHEADplwAAzxgAAIclAgDeJQIA9XINAExzDQCjcw0A+nMNAMZ1DAAddgwAyaARACChEQB3oREAzqERACWiEQB6pA4ACV4IAMRUAgCHJQIAy9cOAI2vBQAWsAMAhyUCAMvXDgDhIQ8A+soNAMZ1DAAddgwAyaARACChEQB3oREAzqERACWiEQDGdQwAPnAGAE4wAwDNOAMADcARAGTAEQC7wBEAxnUMAB12DADJoBEAIKERAHehEQDOoREAJaIRAEZKDABtpgEAeqQOANGkDgCg0wEARB8AAPz8CQCUawwA62sMAIclAgCECQAAf/IMAA3AEQBkwBEAu8ARAMZ1DAAddgwAyaARACChEQB3oREAzqERACWiEQB5kgAA0JIAAG1KAAC2iAYADYkGAGSJBgDplwAAQJgAAJLuAABrEwMAbaYBAMSmAQCg3QMA990DAIclAgCQIggA76UNAHq1AACUrggAhyUCAN4lAgD7ggkAUoMJAKmDCQDRqQ8AKKoPAGwxAgD/EwsAgh8BAIclAgB+mAEA1ZgBAIclAgCydg0AyzMQABawAwCHJQIAjTgQAMMnAACHJQIAy9cOAJ4vEQAbSwAAcksAAPQOAAByJgoA6NABAHq1AADplwAAbaYBAMSmAQCowQsA/8ELAFbCCwCt7AIAFrADAIclAgDGdQwAHXYMAMmgEQAgoREAd6ERAM6hEQAlohEAeqQOAAleCACHJQIAbDECAP8TCwCCHwEAy9cOAJ4vEQAbSwAAbDECAP8TCwCCHwEAnQ4AAIclAgCydg0AEN4CAGfeAgDSvQwAKb4MAP+KAABHOwIAbaYBABBnDQDo0AEAJCMQABDeAgDNWwoAJFwKAIclAgDeJQIA9XINAExzDQCjcw0A+nMNAN4lAgD1cg0A6NABAIclAgAY7AEACV4IAEc7AgB6tQAAbDECAP8TCwBWFAsAhyUCABBnDQDo0AEAJCMQABDeAgDNWwoAJFwKAIclAgDGdQwAHXYMAMmgEQAgoREAd6ERAMszEAB6tQAA6ZcAAN4lAgD1cg0A6NABAIclAgAY7AEACV4IAEc7AgB6tQAAh+cGAN7nBgBtpgEAr8AOABjsAQAJXggARzsCAHq1AAD9OA8AJhkAAKtKAQDDJwAA9XINAExzDQCjcw0A+nMNAPXpAgCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAP+8HANG1AAAinAIAeZwCANCcAgAJXggAKSQQAMMnAADDJwAA9XINAExzDQCjcw0A+nMNAPXpAgBAmAAAku4AAGsTAwAJdw0AbUoAALaIBgCw3g0A8OMBAFaLAADR4gkAeZIAAOjQAQDL1w4A4SEPAPrKDQDeJQIA+4IJAMQ+DwD8ggIAMfsDAIj7AwDf+wMANvwDAI38AwDk/AMAO/0DAJL9AwDtHBEAvIcQAPz8CQBT/QkAnQ4AAPQOAABtpgEAEN4CAM1bCgAJXggATjADAM8YAAAmGQAAq0oBAKg9AgBkogsAu6ILABKjCwBpowsA3iUCAL9HEQDQkgAAu1UNAG1KAAC2iAYAi3MHAKgOCgCNOBAA4nMHADl0BwCQdAcAEnsDANWYAQBsMQIAhyUCAPz8CQBT/QkAAAAAAHmSAAB+mAEA6NABAD/RAQCW0QEAhyUCAH6YAQAevgIAeqQOAAleCACHJQIAy9cOAOEhDwD6yg0AjTgQAOJzBwA5dAcAkHQHAIclAgCQIggA9vYPAI2vBQA/0QEAkBgGAPr+BgBOMAMAzTgDACQ5AwCDHQsA2h0LADEeCwCIHgsA3x4LADYfCwDeJQIA+4IJAFKDCQCpgwkAjTgQAOjQAQCHJQIAEGcNAGdnDQDo0AEAP9EBAAKnAgBtSgAA51sCAOjQAQBtSgAAcdsBAM8YAACdDgAARZ4BAItzBwCoDgoARiIEAJ0iBAD8/AkAU/0JAAAAAAB5kgAAfpgBAOjQAQA/0QEAhyUCAJGrCwA/Eg8Ab8wMAMbMDAAdzQwAdM0MAMvNDAAizgwAec4MABBnDQDo0AEAJCMQABDeAgDNWwoAhyUCAMgyAgAfMwIAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwBOMAMA3iUCAPVyDQDo0AEAhyUCAEZKDAAJXggA/XEJAIclAgDGdQwA0M4MACfPDACbsgwA8rIMAEmzDACgswwAbaYBAMSmAQCg3QMA990DACkkEAD8/AkAU/0JAAAAAAB5kgAAfpgBAOjQAQA/0QEAltEBAIclAgCCHwEA2R8BAAsKDABiCgwAuQoMABALDABGSgwAaE4BAL9OAQAQ3gIAfpgBAAleCAApJBAAnQ4AAIclAgBGSgwAnUoMAPRKDABLSwwAoksMAPlLDABQTAwAbDECAMMxAgCHJQIA3iUCAPuCCQBSgwkAqYMJAJ0OAACHJQIAxnUMAB12DAB0dgwAwycAAPDjAQBH5AEAF6kMAG6pDACECQAAzxgAAP4aAgDFzgIAwycAAPDjAQBH5AEAnuQBAG1KAABx2wEAyNsBAB/cAQA6ug4AhAkAAOjQAQCUawwA62sMAEJsDACZbAwA8GwMAEdtDACebQwA9W0MAExuDACjbgwAbUoAAHHbAQDI2wEAH9wBADq6DgAyog0AfpgBAD5wBgBx2wEAyNsBAIQJAAAAAAAAbUoAAHHbAQDI2wEAH9wBADq6DgAyog0AfpgBAD5wBgCdDgAAVwAAAIVZCQAMFAcAwycAAPDjAQBH5AEAnuQBANGpDwCNSQIA6ZcAAECYAACS7gAAaxMDAOHbAAAsRwIAD6AOABJ7AwDVmAEAbDECAE4wAwDPGAAAJhkAAKtKAQAvsAIA4SYQALhIDgAJXggAKSQQAIAkEADXJBAALiUQAIUlEADcJRAAMyYQAIomEABOMAMAnQ4AAL+qAgCNrwUA5K8FAHq1AABtSgAATjADAOjQAQA/0QEAAqcCAGMUBwAQ3gIAzVsKACRcCgBIXgIARzsCAG2mAQB6pA4AggQNANkEDQAwBQ0AhwUNAN4FDQB6tQAA/48BAOjQAQA/0QEAggQNANkEDQAwBQ0AhwUNAN4FDQA1Bg0AjAYNAOMGDQA6Bw0AkQcNAOgHDQA/CA0AkvMBAOnzAQD5HgMAUB8DAHqkDgCCBA0A2QQNADAFDQCHBQ0A3gUNADUGDQCMBg0A4wYNADoHDQCRBw0A6AcNAD8IDQDHVRAArgAAAPCRAgBzAQ0ARB8AALhIDgB5kgAAnQ4AAEQfAACbHwAAl5gAAOmXAABAmAAAku4AAGsTAwDh2wAALEcCAA+gDgASewMA1ZgBAGwxAgBOMAMAAK4AAFeuAACurgAAL7ACAOEmEAC4SA4ACV4IACkkEACAJBAA1yQQAC4lEACFJRAA3CUQADMmEACKJhAATjADAJ0OAAC/qgIAcdsBAF1bCwDLYggAqVsBAHCdDQBOMAMAbDECAIIfAQDLYggAzxgAAG1KAAD/igAAk20CALaIBgCLcwcAqA4KAIclAgDeJQIANSYCAOjLAABtpgEAnQ4AAEQfAACwMA0A8lYLAEc7AgDBBAcAk20CAP+KAABT+AgAhyUCAJGrCwDJRBAAIEUQAHdFEABT+AgATjADAJuAAgDsPA0AQz0NAJo9DQDxPQ0AfpgBAB6+AgB1vgIAzL4CAOmXAAD/igAAB5cQAIclAgCNOBAAciYKAG1KAACHJQIAjTgQAMMnAACHJQIAgh8BAMtiCAAiYwgA2R8BAOjQAQBAmAAAgh8BAIS8AQDbvAEAMmsCACwTCQBx2wEACV4IAIclAgDtHBEARB0RAJsdEQCydg0AyzMQACYZAACrSgEAxEoAABtLAABXvQMAhyUCAEZKDABoTgEAv04BAGGaDQC4mg0AD5sNAGwxAgDDMQIAjTgQALRvDwCYTg0A704NABepDABuqQwA3iUCADUmAgDTNw0AKjgNAIE4DQDYOA0ALzkNAIY5DQDdOQ0ANDoNAEZKDACdSgwA8JECAHMBDQBEHwAAkasLAMlEEAAgRRAAd0UQAHq1AAD/6wIAqVQRAGwxAgB5FgoA0BYKAMZ1DAAddgwAdHYMAF6DDAC1gwwA9S8RAD/RAQCQGAYAKDAIAIclAgAAAAAAK1sNAIclAgB5FgoA/4oAAMszEAAJXggAbaYBAHqkDgAJXggAkasLAD8SDwAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQDEVAIATjADALVWAwAMVwMAY1cDAKiZAwD/mQMAVpoDAK2aAwAEmwMAsnYNAJNtAgCydg0Ak20CAAAAAAALZg0AhyUCAAleCACp2gkAqzQOAAI1DgBZNQ4AsDUOAE4wAwDtHBEARB0RAG1KAABx2wEAXTMDAJSuCAD/igAA8JECAHkWCgD/igAAoNMBAIclAgDeJQIANSYCAIwmAgDjJgIAyUQQACBFEAB3RRAAzxgAAG1KAAD/igAA7xcCAIclAgCRqwsAyUQQACBFEAB3RRAAi3MHAHImCgDQkgAAnukCABBnDQAAUBAAbUoAAHHbAQAMFAcAbUoAAHHbAQD/igAA8JECAD/RAQAQZw0AAFAQAG1KAABx2wEADBQHAG1KAABx2wEAnQ4AAEWeAQCcngEA854BAEqfAQCLOg0A4joNAIclAgDtHBEARB0RAJsdEQDyHREARZ4BAJyeAQDzngEASp8BAFcAAABoTgEAv04BAIIfAQCEvAEARiIEAEQfAACbHwAAP9EBABjsAQCWPAYADBQHAG1KAAC2iAYAi3MHAIIfAQB+AwYA0r0MANWYAQBIXgIAVosAAOmXAABHOwIA/4oAAFaLAACbgAIAhyUCAIIfAQDZHwEAnQ4AAL+qAgCHJQIA/PwJAFP9CQACpwIAy9INAM8YAABtSgAAhyUCAP/6BQD/6wIAVuwCAK3sAgAE7QIAbaYBAP+KAACg0wEAv6oCAJICBQBGSgwAaE4BAL9OAQBhmg0AuJoNAA+bDQBmmw0AhyUCAP/6BQBW+wUAuPsPAA/8DwBm/A8AvfwPABT9DwBr/Q8AhyUCAEVMAgB+mAEAPnAGAMRKAACHJQIAkasLAD8SDwCWEg8A7RIPAJVwBgD/+gUAVvsFAFaQAQA/7wcA6ZcAAJ0OAABpyAEAxFQCAJnXEADw1xAAcJ0NAMedDQB+mAEAPnAGAHHbAQAJXggAhyUCAEVMAgB+mAEAPnAGAMRKAACHJQIA//oFAFb7BQBWkAEArZABAHmSAABHOwIAbUoAAHHbAQDI2wEAH9wBADq6DgDDJwAA8OMBAEfkAQCe5AEAMqINAImiDQDgog0AN6MNAI6jDQCLcwcAi3MHALRvDwDL1w4AtogGAA2JBgBkiQYACV4IAIclAgCNOBAAciYKAG1KAACHJQIAxnUMAB12DACNOBAAwycAAOmXAAAJXggAKSQQAAleCACHJQIAy9cOALaIBgANiQYAZIkGALuJBgASigYAaYoGABSNCgC7rA0AEq0NAMvXDgC2iAYADYkGAGSJBgAJXggAhyUCAI04EAByJgoAbUoAAIclAgDGdQwAHXYMAGw2AwACJgsAedgOAIKyDQDZsg0AMLMNAIezDQDesw0ANbQNAIy0DQDjtA0AOrUNAJG1DQB2wQ0AzcENACTCDQB7wg0AbDYDALaIBgANiQYAZIkGALuJBgASigYAaYoGABSNCgCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAsnYNAMMnAABtSgAAcdsBALhDDQDL1w4A4SEPAPrKDQDtHBEAvIcQALJ2DQDLMxAAIjQQAMZ1DAAddgwAyaARACChEQB3oREAyzMQAHq1AADplwAAjTgQAMMnAACHJQIAkasLAMlEEAAgRRAAd0UQAIclAgCbsgwA8rIMAEmzDACgswwA/z0CAD8SDwCWEg8ARiIEAJGrCwA/Eg8AlhIPAEYiBACbsgwA8rIMAH0ZAACRqwsAyUQQACBFEAB3RRAAyUQQACBFEAB3RRAA6ZcAAH6YAQAQ3gIAzVsKAIclAgB5kgAA0JIAAHwAAgDTAAIAKgECAIEBAgDYAQIALwICAIYCAgDdAgIAxtENAB3SDQB00g0AhyUCAHmSAADQkgAA4dsAACxHAgCDRwIAcdsBAAleCACHJQIAkasLAD8SDwAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQDDJwAAGigAAECYAACS7gAAaxMDAGwxAgDDMQIACV4IAIclAgCbsgwA8rIMAEmzDACgswwA/z0CAD8SDwA6JwIAkScCAOgnAgA/KAIAhyUCAJAiCADvpQ0AerUAAHq1AADplwAAnQ4AAEVMAgCcTAIADtkPAGXZDwCbsgwA8rIMAEmzDACgswwA/z0CAD8SDwA6JwIAkScCAOgnAgA/KAIAligCAD8SDwAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQASewMAZP4MAM8YAAASewMAaXsDAMvXDgDhIQ8A+soNAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFABBnDQBnZw0AANsJAI04EADicwcAOXQHAEZKDAB+mAEA1ZgBAJAiCAD29g8ATfcPAPCRAgD8/AkAU/0JAJAYBgDnGAYA76UNAHq1AAB6tQAA6ZcAAOmXAADtHBEAvIcQALJ2DQBHOwIAbaYBAJAYBgAoMAgAhyUCAEZKDABoTgEAv04BAC9DDwCGQw8A3UMPADREDwCLRA8AjTgQAMMnAACHJQIAeZIAANCSAACe6QIA9ekCAEzqAgCj6gIA+uoCAFHrAgCbsgwA/hoCAA11AgC2iAYA6ZcAAJ0OAACHJQIAjTgQAMMnAACHJQIAeZIAANCSAACe6QIA9ekCAEzqAgCj6gIA+uoCAFHrAgCbsgwA/hoCAA11AgDPGAAAJhkAAFzSBwDplwAAbUoAABRlAgBrZQIAwmUCAFAVAQDhmAQAjTgQAEc7AgAY7AEAljwGAAwUBwBtSgAAhyUCAClsDQCAbA0A12wNAC5tDQCbsgwA8rIMAH0ZAACydg0Ak20CAOptAgBBbgIAmG4CAO9uAgBGbwIAnW8CAIIfAQDLYggAbUoAAMRKAACipw0ACV4IAIclAgB6pA4ACV4IAIclAgB7uAsAi3MHAOJzBwBtSgAAtogGAItzBwCoDgoATjADAHmSAADQkgAA4dsAADjcAABIXgIAB5cQACr8AADlFQIAe7gLANK4CwCNOBAAqA4KAIclAgCydg0AI9MGAHu4CwDPGAAAJhkAAFzSBwDplwAAe7gLANK4CwAQ3gIAZ94CAL7eAgAV3wIAxnUMAB12DAAsmQEAi3MHALRvDwDygAIARUwCAH6YAQA+cAYAxEoAAI2vBQCUawwAbUoAAMRKAAAWsAMA2kcCADFIAgCISAIA30gCADZJAgDeJQIANSYCAFP4CACdDgAAm7IMABJ7AwCydg0ABC4QAFsuEACyLhAACS8QAGAvEADVmAEAbDECAJGrCwDJRBAAIEUQAI1JAgD/igAAoNMBAPfTAQBO1AEApdQBAPzUAQBT1QEAsN4NAMMnAAAaKAAAQJgAAD/RAQDPGAAAerUAAOmXAADRqQ8ABDMRALJ2DQARPQ8A0eIJAHmSAAD/igAAU/gIANpHAgAxSAIAvDURABM2EQCNPREA5D0RADs+EQCSPhEA6T4RAEA/EQCXPxEAkgIFAMZ1DADQzgwAJ88MAJuyDADysgwASbMMAKCzDAB7uAsAbUoAAI2vBQCUawwA6ZcAAHu4CwDDJwAA8OMBAFP4CACdDgAARB8AAHu4CwApww0Aja8FAJRrDABtSgAAxEoAABawAwD3swwANSYCAFP4CACdDgAAxxQDAE4wAwBOMAMAQnENAJlxDQDwcQ0AR3INAJ5yDQBdZQ0AtGUNAI04EADo0AEAhyUCAJuyDADplwAA/4oAAPCRAgCRqwsA6KsLAAleCACHJQIAjTgQAMMnAACHJQIAxnUMAB12DAANwBEAyaIAAP1xCQDplwAAnQ4AAIclAgCbsgwA8rIMAEmzDACgswwA/z0CAD8SDwCWEg8ARiIEABBnDQCOUQ4A5VEOADxSDgCTUg4A6lIOAEFTDgCYUw4A71MOAEZUDgCdVA4A9FQOAEtVDgBT+AgA6NABAD/RAQCQGAYAKDAIABawAwCHJQIAkasLAD8SDwCWEg8ARiIEAL+qAgCydg0AEN4CAGfeAgDSvQwAKb4MAP+KAABHOwIAbaYBABtVAgCUawwA62sMAEJsDACZbAwA8GwMAEdtDACebQwAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAGw2AwC2iAYADYkGAGSJBgAJXggAhyUCAI04EAByJgoAbUoAAIclAgBFTAIAnEwCANK9DAA+cAYAtogGANWYAQBsMQIAhyUCAN4lAgD1cg0A6NABAIclAgCNOBAA4nMHADl0BwD4wggAT8MIAKbDCAD9wwgAVMQIAECYAACS7gAAaxMDAAl8DgBgfA4At3wOAA59DgBlfQ4AvH0OABN+DgBqfg4AwX4OABh/DgBvfw4Axn8OAB2ADgB0gA4Ay4AOACKBDgBdMwMAfGEEANNhBAAqYgQAgWIEANhiBAAvYwQAhmMEAN1jBAA0ZAQAi2QEAOJkBAA5ZQQAkGUEAOdlBAA+ZgQAXTMDAHxhBADTYQQAKmIEAIFiBADYYgQAL2MEAIZjBADdYwQANGQEAItkBADiZAQAOWUEAJBlBADnZQQAPmYEAGwxAgBsMQIA6NABAD/RAQBsMQIA8lYLAJNtAgBx2wEA6ZcAAECYAACS7gAAaxMDAM8YAAASewMA1ZgBAGwxAgCHJQIAkCIIAEQfAAD4ZgcAeqQOAAwUBwBtSgAAcdsBAAleCACHJQIAy9cOACLYDgB52A4A180PAJAiCAD29g8ATfcPAPCRAgBtSgAAVwAAAD4yCwCVMgsAbUoAAAAAAADDJwAA8OMBAEfkAQDAJAMA/PwJAFP9CQCQGAYAoNMBAPQOAACoDgoATjADABNHAwBqRwMAwUcDABhIAwBvSAMAxkgDAB1JAwB0SQMAy0kDAHImCgBtSgAAVwAAAMmiAABtSgAAhyUCAN4lAgDo0AEAsMoJAIIfAQCHJQIAkCIIAIUgDwDcIA8AfpgBAP/6BQDRtQAAeqQOANGkDgCLcwcA6NABAJuAAgAi2A4AedgOALj2DgAP9w4AWgsQALELEAAIDBAAXwwQAPCRAgDplwAACV4IAIclAgDL1w4AItgOAHnYDgC49g4AD/cOAFoLEACxCxAACAwQAF8MEADplwAA/4oAAPKAAgAJXggAhyUCAMvXDgAi2A4AedgOALj2DgAP9w4AWgsQALELEAAIDBAAXwwQAN4lAgA1JgIAjCYCAOMmAgD+BA8AVQUPAKwFDwAFng4AXJ4OALOeDgAKnw4AYZ8OALifDgBtpgEAeqQOANGkDgCHJQIAy9cOACLYDgB52A4AuPYOAA/3DgBaCxAAsQsQAAgMEABfDBAAxKYBAOHbAACHJQIAy9cOACLYDgB52A4AuPYOAA/3DgBaCxAAsQsQAAgMEABfDBAA8oACAAleCACHJQIAy9cOACLYDgB52A4AuPYOAA/3DgBaCxAAsQsQAAgMEABfDBAAnQ4AAIclAgDeJQIANSYCAIwmAgDjJgIA/PwJAFP9CQCdDgAAMqINAG2mAQBtSgAAhyUCAJAiCADvpQ0AWgsQALELEAAIDBAAXwwQAAAAAACvwA4AhyUCAN4lAgA1JgIAjCYCAFkwDQCRqwsAyUQQACBFEAB3RRAAqA4KAOmXAACQIggARB8AAEzPDgCjzw4A+s8OAIclAgCNOBAAy9cOACLYDgAO1A4AZdQOALzUDgAT1Q4AatUOAMHVDgCHJQIAjTgQAG2mAQBtpgEAeqQOAAwUBwBtSgAAtogGANWYAQAFAQAAcxAQAJ0OAACHJQIAApEPAAbBDgBtSgAAeZIAAFcAAAB6tQAA0bUAACKcAgB5nAIA0JwCAIIfAQDZHwEACwoMAGIKDAC5CgwAEAsMAP+KAADwkQIACV4IAP1xCQDh2wAAzxgAAHq1AADRtQAAIpwCAHmcAgDQnAIAbUoAAHHbAQDI2wEAfOUNANPlDQAq5g0AgeYNANjmDQAv5w0ARB8AAJ0OAAAAAAAAAAAAAFoGDwCxBg8ACAcPAF8HDwAq/AAAGHoNAJICBQC8MBAAEzEQAGoxEADjJgIAAAAAAP/6BQBW+wUArfsFAFTiDgCr4g4AAuMOAJ0OAAD0DgAAbaYBAHqkDgDEVAIAbaYBAMSmAQDIzxAA1ZgBAMMnAADh2wAALEcCAA+gDgCZ1xAAQJgAAJLuAABrEwMACV4IACkkEABHOwIAnjsCAN1ZAgCNrwUA/YUNAFSGDQAQ3gIAZ94CAL7eAgDPgwQACV4IAGBeCABuvRAAtogGAItzBwCoDgoAhyUCAEVMAgCcTAIAD6AOABJ7AwDVmAEAbDECABBnDQAAUBAAgCQQANckEAAuJRAAhSUQANwlEAAzJhAAtogGAItzBwCoDgoAhyUCAEVMAgCcTAIAD6AOABJ7AwDVmAEAbDECAJAiCADvpQ0AfpgBAD5wBgBx2wEAyNsBAE4wAwDL1w4AItgOAHnYDgC49g4AD/cOAGb3DgC99w4AFPgOAN4lAgA1JgIAjCYCAOMmAgD+BA8ApgYFAP0GBQAdHwwAlGsMABw/CAD9cQkAciYKAG1KAACHJQIAAAAAACkkEABAmAAAku4AAOnuAAAAAAAAAAAAAJAiCADvpQ0AfpgBAD5wBgBx2wEAyNsBAE8GBQBXnQ4Arp0OANfNDwDeJQIA+4IJAFKDCQCpgwkAAAAAALYHDwC2xgEAwycAAPDjAQBH5AEAaSQDAE4wAwCRqwsAPxIPAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAApeAQDFVw0AHFgNAPz8CQBT/QkAGOwBAJY8BgAMFAcAbUoAALaIBgCLcwcAqA4KAIclAgDGdQwAHXYMAKlbAQBwnQ0Ax50NAB6eDQB1ng0AzJ4NACOfDQB6nw0A0Z8NACigDQB/oA0AsnYNACPTBgCbsgwA8rIMAFzSBwDRqQ8AXYUCALSFAgALhgIAYoYCAIclAgCRqwsAPxIPAJYSDwDtEg8AlXAGAP/6BQBW+wUAVpABAK2QAQDhfRAAgh8BAH4DBgDSvQwA1ZgBABJ7AwDVmAEAbDECAIclAgDGdQwAHXYMAPg3DwBPOA8AIREQAHgREADnWwIApjgPAJICBQAAAAAAhyUCAHmSAADQkgAAMFwNAIdcDQDeXA0ANV0NAIxdDQDjXQ0AOl4NAJFeDQDJRBAAIEUQAHdFEADtHBEAvIcQAG1KAADh2wAA6ZcAAOmXAADPGAAAhyUCAMvXDgAi2A4AedgOAFcAAACuAAAABQEAAJICBQD4Nw8ATzgPAJICBQBtSgAA51sCAKY4DwCSAgUAAAAAAIclAgDL1w4Ani8RAH6YAQBGIgQAnSIEAPQiBAAi2A4AedgOAIKyDQDZsg0AMLMNAIezDQDesw0ANbQNAIy0DQDjtA0AOrUNAJG1DQB2wQ0AzcENACTCDQB7wg0A0sINAJuAAgDsPA0ACV4IAM8YAAAyawIAB5cQAG9NBABbPwIAsj8CACr8AADlFQIAxTkHAP/rAgBW7AIArewCAFaLAADo0AEAsMoJAJ0OAABpyAEA1ZgBABJ7AwBGIgQAWz8CAEg+DQAJXggAhyUCAMZ1DAAddgwAbUoAAHHbAQDI2wEAH9wBAOJzBwA5dAcA+MIIAG1KAAAUZQIAjTgQAKgOCgCHJQIAkCIIAEQfAABMzw4Ao88OAPrPDgCNSQIA/4oAAFP4CACq+AgAAfkIAP/6BQD/6wIAVuwCAK3sAgBHOwIA/4oAAFaLAABtpgEA/4oAAJuAAgAR4Q0AaOENAL/hDQAW4g0AbeINAMTiDQD8/AkAlGsMAIqTAwDhkwMAPFwQAJNcEADqXBAAQV0QAJhdEADvXRAAAAAAAAAAAAAAAAAAAAAAAAleCABtSgAACV4IAG1KAACHJQIA//oFANG1AAAinAIAeZwCANCcAgCvwA4AhAkAAOmXAABAmAAAku4AAGsTAwCECQAARzsCALyHEADDJwAA9XINAOjQAQA/0QEAsnYNAA1aDgCq+AgAhAkAANsJAAApbA0AoqcNAPmnDQD/igAAwycAAG1KAABx2wEAuEMNAIclAgCydg0ADVoOAKr4CACECQAA2wkAAClsDQCipw0A+acNAJGrCwD/igAAVosAAJSuCACECQAA2wkAAClsDQCipw0A+acNAJGrCwD/igAAVosAAJSuCACECQAA2wkAAClsDQCipw0A+acNAM+DBADVmAEARZ4BANWYAQCFWQkA8zsQAEo8EAChPBAA+DwQAAAAAADeJQIANSYCAIwmAgDoaA8AP2kPAIclAgDL1w4AItgOAHnYDgDXzQ8Am4ACAAAAAACHJQIAy9cOACLYDgB52A4A180PAJAiCADvpQ0AfpgBAD5wBgBx2wEAyNsBAEZKDACdSgwAQs0OAN4lAgA1JgIAjCYCAP/6BQD/6wIAqQ4DAHq1AADplwAA+GYHAG2mAQB6pA4ACV4IAIUgDwDcIA8AMyEPAIohDwDhIQ8AOCIPABBnDQBsfBEAw3wRAEheAgCTbQIAtogGAItzBwCoDgoAjUkCAIIfAQCdDgAAy9cOACLYDgB52A4A180PAEZKDACdSgwAQs0OAN4lAgA1JgIAjCYCAJAiCADvpQ0AfpgBAD5wBgBx2wEAyNsBAMRUAgDEVAIAb4QPAIclAgDeJQIANSYCAIwmAgDjJgIAyUQQACBFEAB3RRAA3iUCAOjQAQCwygkAgh8BAI04EAC0bw8AxnUMAGwxAgDPGAAAJhkAAOjQAQA/0QEAltEBAIclAgB5kgAA0JIAALtVDQASVg0AaVYNAMBWDQAXVw0AblcNAG4KDwAnhw8AfocPANWHDwCvwA4Abf0BAEzPDgCjzw4A+s8OAIclAgApbA0AoqcNAPmnDQAO1A4AZdQOALzUDgAT1Q4AatUOAMHVDgCHJQIAKWwNAKKnDQD5pw0A/4oAAFaLAACUrggAhyUCAJAiCABEHwAATM8OAKPPDgD6zw4AhyUCAClsDQCipw0A+acNAMvXDgAi2A4ADtQOAGXUDgC81A4AE9UOAGrVDgDB1Q4AhyUCAClsDQCipw0A+acNAAAAAADvFwIAbUoAAHmSAADo0AEAP9EBANGpDwBXAAAArgAAALVWAwAMVwMAY1cDALpXAwCRqwsAPxIPADonAgCRJwIA6CcCAD8oAgCWKAIAFTECAPz8CQCUawwA//oFAFb7BQCt+wUAm7IMADJrAgCJawIAAAAAANGpDwAoqg8AjycQAOYnEAA9KBAAlCgQAFkwDQBGSgwAnUoMAELNDgBOMAMAmSkQAPApEABHKhAATjADAIclAgB5kgAA0JIAAB/hAgA+cAYAlXAGABjsAQCYrw8AVwAAAH6YAQA+cAYAcdsBALhDDQAQ3gIAfpgBANWYAQCKkwMA/4oAAHmBDgD/EwsARkoMAG2mAQD/igAAk20CAMMnAAD1cg0A6NABAIIfAQCHJQIAkCIIAO+lDQB+mAEAPnAGAHHbAQCUawwA62sMAIclAgDeJQIA+4IJAMQ+DwAbPw8Acj8PAMk/DwAgQA8Ad0APAM5ADwCydg0AwycAAG1KAABx2wEAuEMNACivEAB/rxAA1q8QAC2wEACEsBAA27AQAHMBDQCHJQIA3iUCAPVyDQBMcw0Ao3MNAJAiCACFIA8A3CAPADMhDwCKIQ8A9vYPAE33DwDwkQIAbUoAAHHbAQCydg0ARzsCAFKcDgCpnA4AbUoAAHHbAQDvpQ0AerUAAHq1AADplwAAnQ4AAGnIAQDDJwAAv0cRADUmAgCMJgIA4yYCADq6DgCRug4A6LoOAPVyDQBMcw0Ao3MNAJAiCACFIA8A3CAPADMhDwCKIQ8A9vYPAE33DwDwkQIAbUoAAHHbAQCydg0ARzsCAFKcDgCpnA4AbUoAAHHbAQDvpQ0AerUAAHq1AADplwAAnQ4AAGnIAQDDJwAAv0cRAD+7DgCWuw4A7bsOAKDTAQCHJQIAAAAAAIclAgDeJQIANSYCAIwmAgCYTg0A704NAAAAAAD8/AkAlGsMAOtrDABOMAMAkasLAPhmBwBPZwcAB5cQAG9NBABEHwAACV4IAE4wAwB+mAEA1ZgBAMMnAAD1cg0AaxMDAGkkAwDAJAMAy9cOACLYDgB52A4A180PAC7ODwB03A8Ay9wPACLdDwCBgAoA2IAKAC+BCgCYTg0A704NAJGrCwDJRBAAIEUQAHdFEACGgQoA/gQPAKYGBQD9BgUAs48LAD8SDwBP8BEApvARAP3wEQBU8REARkoMAG2mAQB6pA4A0aQOAKDTAQBEHwAA/PwJAFP9CQCq/QkAzGcCANGpDwBt/QEAxP0BALbGAQB5FgoASD4NAPhmBwAsRwIAD6AOABJ7AwDVmAEAbDECAGkkAwDAJAMAy9cOACLYDgB52A4A180PAC7ODwB03A8Ay9wPACLdDwC/qgIAFqsCAMszEAAJXggAYF4IAPCRAgAJXggAjUkCAItzBwByJgoA6ZcAAECYAACS7gAAaxMDAJLzAQDp8wEAbaYBAHqkDgBtSgAAcdsBAMvXDgD/igAAoNMBAPg3DwB+mAEAHr4CAAleCACHJQIA3iUCADUmAgCMJgIA4yYCAJAiCADvpQ0AerUAAHq1AADplwAAnQ4AAGnIAQDDJwAAv0cRAOD+DgA3/w4Ajv8OAOX/DgA8AA8A0akPACiqDwB/qg8A9vYPAOUEEAA8BRAAkwUQAOoFEADqAA8AQQEPAJgBDwCHJQIAhyUCAE4wAwCCHwEAgh8BAH4DBgDwkQIAFrADAIclAgDvFwIARhgCAJ0YAgD0GAIASxkCAKIZAgDPGAAA6ZcAAG1KAABO1AEACV4IAFcAAACFWQkACV4IAG1KAAD/igAAU/gIAIclAgDL1w4AItgOAHnYDgDXzQ8ANSYCAIwmAgDjJgIAkCIIAO+lDQB6tQAAerUAAOmXAACdDgAAacgBAMMnAAC/RxEARUwCAJxMAgAO2Q8A6ZcAAECYAAA/0QEAy9cOACLYDgB52A4AerUAAP+PAQCS8wEA6fMBAG2mAQB6pA4AbUoAAMvXDgAi2A4AedgOALJ2DQAELhAAWy4QALIuEAAJLxAAYC8QALcvEAAOMBAATjADAAAAAAAAAAAAfpgBAEYiBAD4Nw8A6ZcAAFcAAABoTgEAP9EBAAKnAgD/6wIAk20CAHHbAQB6tQAAAAAAAAQzEQDeJQIANSYCAIwmAgDjJgIA9eQBAMs4EQCFIA8A3CAPADMhDwCKIQ8AhyUCAMvXDgAi2A4AedgOANfNDwAuzg8AxnUMAB12DACg0wEA99MBAE7UAQCl1AEA/NQBAFPVAQCdDgAA2kcCAN4lAgA1JgIAjCYCAJhODQDvTg0AkasLAMlEEAAgRRAAd0UQAM8YAACHJQIAkasLAMlEEAAgRRAAd0UQAI04EAA/7wcAlu8HAO3vBwBE8AcAm/AHAPLwBwBJ8QcAi3MHAG1KAADESgAAG0sAAFe9AwCHJQIAkasLAMlEEAAgRRAAd0UQAM8YAAAJXggAqdoJANWYAQBsMQIATjADAJGrCwA/Eg8AXkAQALVAEAAMQRAAY0EQAJ0OAAD/igAA+v4GAFcAAABtpgEA7RwRAFKcDgCpnA4AAJ0OACa2DgBtpgEAeqQOANGkDgAopQ4AQJgAAJLuAABrEwMA39sOAAAAAADaRwIA2kcCAEBVBACXVQQA7lUEAEVWBACHJQIAhyUCAI04EADDJwAAhyUCAMvXDgAi2A4AedgOAAleCACp2gkAqzQOAAI1DgCvwA4ABsEOAG2mAQB6pA4A0aQOAP1xCQBsxA4Aw8QOAK/ADgAGwQ4AKSQQAJ0OAABEHwAA+GYHAHqkDgAMFAcAbUoAAHHbAQDvFwIAwycAAPDjAQBH5AEAnuQBAFcAAACuAAAABQEAAHMQEABXAAAASk0CAKFNAgD4TQIAT04CAKZOAgD9TgIAi3MHAHImCgBtSgAAerUAAP+PAQCS8wEAy2IIAJ0OAADEVAIAmdcQAPDXEABwnQ0AuEMNAJLuAACUawwAVwAAAG1KAABx2wEARzsCAFKcDgD/igAA8JECAAleCACp2gkA1ZgBAIqTAwDhkwMAPFwQAJNcEADqXBAAQV0QAOdbAgDicwcAVwAAAH6YAQDVmAEAbDECAIclAgCydg0AwycAAG1KAABx2wEAuEMNANpHAgDaRwIAAAAAAIclAgDeJQIANSYCAIwmAgCYTg0A704NAIclAgBtSgAAcdsBAMjbAQAf3AEAEGcNAGdnDQCzTA8ACk0PAGFNDwC4TQ8AD04PAGZODwD3swwA+4IJAMQ+DwAbPw8Acj8PAMk/DwCHJQIA7RwRALyHEADDJwAA9XINAOjQAQA/0QEAxnUMAD5wBgCdDgAAhyUCAEZKDACdSgwA8JECAD/RAQDPGAAAbUoAAIclAgCydg0AyzMQAAleCACHJQIARUwCAJxMAgAO2Q8AZdkPAP/6BQD/6wIAqQ4DAHq1AADplwAA+GYHAG2mAQB6pA4ACV4IAG1KAAAUZQIAa2UCAMJlAgC4SA4AuEgOAFAVAQDplwAAQJgAAJLuAACNSQIA5EkCADtKAgCSSgIA6UoCAI1JAgDDJwAA8OMBAEfkAQAXqQwAbqkMAGw2AwACJgsAedgOADbcDgA1JgIAjCYCAOMmAgDNWwoAJFwKAHMBDQBFngEAi3MHAKgOCgDplwAA/4oAAMszEAB6tQAA6NABAD/RAQCQGAYAk20CALaIBgCLcwcAqA4KAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAm3YAAJNtAgC2iAYARiIEAMMnAAD7ggkA6ZcAAAleCAAJXggAKSQQAIAkEACFWQkA8zsQAEo8EAApJBAAzxgAAHq1AAAWsAMA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQBXAAAAVwAAAG2mAQDPgwQAerUAAP/rAgCTbQIAtogGAItzBwCoDgoAerUAAP+PAQAmzAEAKK8QAHHbAQCpWwEAb8wMAMbMDACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAzxgAACYZAABc0gcAbUoAAI2vBQD9hQ0Aj48CAJ0OAABFngEA6ZcAAM8YAABtSgAAerUAAP+PAQAmzAEAfcwBANTMAQArzQEAgs0BANnNAQAY9gMAb/YDAPKUBgBJlQYAoJUGAPeVBgBOlgYApZYGAPyWBgBTlwYA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQBx2wEAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAG1KAAD/igAA0r0MANWYAQDplwAAQJgAAG2mAQD/igAA6MsAANCSAAC7VQ0AlK4IAOuuCACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAz4MEANWYAQASewMAPnAGALaIBgD/igAAU/gIAM+DBABdhQIA/4oAAJNtAgC2iAYAi3MHAKgOCgDplwAAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAJNtAgD/igAA/4oAAFaLAACtiwAABIwAAFuMAACyjAAA6NABAD/RAQCdDgAA9A4AAHImCgDo0AEAerUAAOmXAADDJwAA8OMBAEfkAQAXqQwAbqkMAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAbDECAP8TCwBWFAsAGOwBAAleCABHOwIAerUAAHq1AAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwDylAYASZUGAKCVBgD3lQYATpYGAKWWBgD8lgYAU5cGAH6YAQAevgIAdb4CAMy+AgAjvwIAer8CANG/AgCdDgAAv6oCABarAgCTbQIAcdsBAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEACl4BAK9kDQAGZQ0A6ZcAAKlbAQBP8BEApvARAP3wEQBU8REAq/ERAALyEQBZ8hEA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQAKXgEAr2QNAAZlDQB6tQAA/48BAJLzAQDp8wEAbaYBAHqkDgBtSgAAtogGAItzBwCoDgoA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQAKXgEAr2QNAAZlDQC2iAYADYkGAGSJBgC7iQYAEooGAGmKBgDAigYAFb8NAGy/DQDDvw0AGsANAHHADQDIwA0AH8ENAApeAQCvZA0ABmUNAHmSAADQkgAAu1UNAJSuCADrrggAQq8IAJmvCADwrwgAR7AIAKnaCQCLcwcA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQAKXgEAr2QNAAZlDQCdDgAAJi0EAH0tBAB6pA4AqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAApeAQCvZA0ABmUNAG9NBADGTQQAHU4EAHROBADLTgQAIk8EAHlPBADQTwQAJ1AEAH5QBADVUAQACl4BAK9kDQAGZQ0AwycAAG2mAQAWsAMA4dsAACxHAgAWsAMAnQ4AACYtBAB9LQQAeqQOAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQAKXgEAr2QNAAZlDQAAAAAAhyUCAAAAAACHJQIA3iUCADUmAgCMJgIA4yYCANpHAgAxSAIAdcMDAMzDAwAjxAMAesQDAMZ1DAAddgwAARwQAFgcEACvHBAABh0QAF0dEAC0HRAACx4QANpHAgAxSAIAkCIIAIUgDwDcIA8AMyEPAIohDwDFZhAAjTgQAOjQAQCHJQIA/PwJACQjEAB7IxAA0iMQAIclAgDL1w4AItgOAHnYDgDXzQ8Ay9cOAJ4vEQAbSwAAV70DAK69AwDyGBAA9xkQAE4aEAClGhAAxnUMANDODABpyAEAMqINAOmXAACdDgAAkCIIAPQOAACCHwEAy2IIAMvXDgAi2A4AedgOANfNDwAuzg8ARUwCAOmXAABAmAAAP9EBAJAiCACFIA8A3CAPADMhDwCKIQ8ARzsCABawAwCHJQIAkCIIAEQfAABHOwIA/4oAAKDTAQC/qgIAtogGAP+KAADLMxAAIjQQAO0cEQC8hxAAQJgAAGwxAgCCHwEAfgMGAMszEADPGAAAhyUCALJ2DQDLMxAACV4IAIclAgD/+gUAVvsFAK37BQCWwA8Aja8FAOSvBQBHOwIAnjsCAPU7AgDnWwIA6NABAHMBDQBzZxAAymcQACFoEAB4aBAAz2gQACZpEAB9aRAA2kcCADFIAgBzZxAAymcQAJGrCwDJRBAAIEUQAHdFEADaRwIATjADAMRKAAD6MBEAUTERAKgxEQDo0AEAsMoJAOHbAAAsRwIARzsCAG2mAQCHJQIAkasLAD8SDwA6JwIAkScCAOgnAgA/KAIAligCAAAAAACHJQIA/PwJAFP9CQACpwIAy9INACLTDQB50w0A0NMNAJAiCAD9OA8AVDkPAKs5DwACOg8AWToPALA6DwCQIggA/TgPAFQ5DwCrOQ8AAjoPAFk6DwCwOg8AkasLAD8SDwA6JwIAkScCAOgnAgA/KAIAligCANGpDwAEMxEAsnYNABE9DwDR4gkAeZIAAP+KAACydg0AET0PANHiCQB5kgAA/4oAAFP4CACHJQIA0akPAAQzEQBbMxEAsjMRAAk0EQBgNBEAtzQRAA41EQBlNREAeZIAAG2mAQBtpgEAhyUCABBnDQBnZw0AvmcNABVoDQAkIxAA1ZgBAGwxAgCHJQIAxnUMAD5wBgBx2wEAXVsLAJ0OAADDJwAAbUoAAIclAgD/+gUAVvsFAK37BQCWwA8A7cAPAETBDwCbwQ8AbDECAHkWCgDQFgoAhyUCAP/6BQBW+wUArfsFAJbADwDtwA8ARMEPAJvBDwDoywAAnQ4AAEQfAAAJXggAhyUCAO0cEQBEHREATjADAG39AQBbMxEA6KsLAAleCACHJQIAjTgQAMMnAACHJQIAxnUMAB12DADPGAAA6ZcAAECYAACHJQIAkasLAD8SDwAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQAKXgEAkCIIAPb2DwBN9w8AbasCAMSrAgCHJQIAy9cOAI2vBQD9hQ0AVIYNAKuGDQDRqQ8AKKoPANGpDwAoqg8Af6oPANaqDwD/+gUA/+sCAKlUEQAAVREAV1URAK5VEQAFVhEAXFYRALNWEQAKVxEA0akPACiqDwCydg0ARzsCAFKcDgAQ3gIAzVsKAJGrCwA/Eg8AAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEACl4BAEVMAgCcTAIADtkPAGXZDwDL1w4Ani8RABtLAABGywMAZ2cNAOjQAQA/0QEAAqcCAG1KAACHJQIA//oFAP/rAgCpVBEAAFURAFdVEQCNOBAAwycAAIclAgDL1w4Ani8RABtLAADeJQIA9XINAG2mAQBtpgEAxKYBAOHbAAB+mAEA1ZgBAGwxAgCHJQIAkasLAD8SDwAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQB5kgAA6NABACQjEADVmAEAbDECAIclAgApbA0AgGwNAMszEAAJXggAbaYBAM+DBADVmAEAbDECAIclAgCNOBAAwycAAIclAgDL1w4Ani8RABtLAAANaREAZGkRALtpEQASahEAaWoRAMBqEQAXaxEAbmsRAMVrEQAcbBEAc2wRAMpsEQAhbREA2kcCADFIAgBnHxAAyzMQACYZAACrSgEAxEoAABtLAABXvQMAhyUCAJGrCwA/Eg8AAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEACl4BAI04EAA/7wcAlu8HAO3vBwBE8AcAm/AHAPLwBwBJ8QcARqYNAJ2mDQD0pg0AS6cNAHbcAQAAAAAAAAAAAAAAAACHJQIAm7IMAA3AEQBkwBEAu8ARAMZ1DAAddgwAyaARACChEQB3oREAzqERACWiEQCydg0AKDAIAAleCAAWsAMA/4oAAPCRAgDPGAAAhyUCALJ2DQAoMAgACV4IAEZKDADPGAAADcARAGTAEQC7wBEAxnUMAB12DADJoBEAIKERAHehEQDOoREAJaIRALJ2DQAoMAgACV4IAJ0OAAC/qgIAFqsCAFP4CACq+AgAbDECAP8TCwCCHwEAhyUCAMZ1DAAddgwAyaARACChEQB3oREAzqERACWiEQDtHBEAnjsCAOkMBwCe6QIAbaYBAHqkDgDGdQwAHXYMAMmgEQAgoREAd6ERAM6hEQDDMQIAhyUCAGwxAgD/EwsAVhQLAJuyDAANwBEAZMARALvAEQDGdQwAHXYMAMmgEQAgoREAd6ERAM6hEQAlohEAVwAAAGhOAQC/TgEAEN4CAH6YAQAJXggAKSQQAECYAABzAQ0Av6oCAI2vBQD9hQ0Ak20CAHHbAQBsMQIAFrADAE4wAwBAVQQAl1UEAO5VBABFVgQARUwCAH6YAQA+cAYAxEoAAIclAgCRqwsAPxIPAABcAQBXXAEArlwBAAVdAQBcXQEAs10BANpHAgAxSAIAy9cOAOEhDwD6yg0A/PwJAFP9CQBAmAAAlGsMAOtrDACHJQIARkoMAJ1KDABCzQ4AVwAAAIIfAQCHJQIAkasLAMlEEAAgRRAAAAAAAHdFEAC4+w8AT10FAH4DBgDLMxAACV4IAIclAgDeJQIANSYCAIwmAgDjJgIARUwCAH6YAQA+cAYAxEoAAIclAgCRqwsAPxIPAJYSDwDtEg8AlXAGAP/6BQBW+wUAVpABACtbDQCCWw0AglsNAOYiDwC2xgEA9i8KAE0wCgCkMAoA5OEPADviDwBXAAAAaE4BAL9OAQBhmg0AuJoNAA+bDQBmmw0AhyUCAP/6BQBW+wUAuPsPAA/8DwBm/A8AvfwPABT9DwBr/Q8Az4MEALDeDQAH3w0ADBQHABawAwB6tQAA0bUAAM8CDQAmAw0AfQMNABepDABuqQwA6ZcAAECYAACS7gAAaxMDAGwxAgDDMQIA/4oAAJ4vEQAbSwAAV70DAK69AwCydg0ACXcNAGB3DQDL1w4AItgOAHnYDgA23A4ANSYCAIwmAgCYTg0A704NAOEhDwD6yg0AkCIIAEQfAADplwAAy9cOAJ4vEQAbSwAA3iUCAL9HEQAWSBEAbUgRAMRIEQCQIggA9vYPAE33DwBtqwIAxKsCAIclAgDL1w4Aja8FAP2FDQBUhg0A/PwJAFP9CQDRqQ8A6NABAJRrDADrawwAhyUCAIIfAQB+AwYAEN4CAM1bCgD1cg0A6NABAIclAgCCHwEA2R8BAOjQAQA/0QEAxnUMAB12DADDJwAA9XINAOjQAQCCHwEAfgMGAJNtAgC2iAYAi3MHAOmXAAAMFAcAh+cGAG1KAAC2iAYAi3MHAKgOCgCHJQIA3iUCADUmAgCMJgIA4yYCAN4lAgD1cg0A6NABAIclAgDL1w4A/4oAAKDTAQCeLxEAG0sAAFe9AwCuvQMA8hgQAPcZEABOGhAApRoQAN4lAgA1JgIAjCYCAOhoDwA/aQ8AhyUCAMvXDgAi2A4AedgOACasDAB9rAwA1KwMACutDACCrQwA2a0MADCuDACHrgwAfxwEANYcBAC4+w8AD/wPAPkeAwBQHwMAeqQOAPfTAQD3IxIATiQSAOSeEwDAWw4AFrADAMDIAQCaVhIABbcTAAleCACNPwAApSQSAPwkEgCaVhIAFAcSACVNAAAORBQABbcTAAleCAAFtxMABbcTAAleCACaVhIA2pwTAAW3EwAORBQAbDECAJsfAABQFQEADkQUAFAVAQAqURIAKlESAAleCAApJBAAoCAAAFAVAQCWzAAAltEBAKQBEgCkARIABbcTAJbRAQAFtxMATM8OAN4eEgA1HxIAdbcSAPcjEgBOJBIATQYTAA5EFACECQAAmlYSAN4eEgA1HxIAUBUBAHMaEgB9eBMA1HgTABdwEgBsMQIAKlESAOdUEgA+VRIA9yMSAE4kEgDxBBMAgh8BAAQzEQAqURIARCISACpREgCoDgoAnucTAHW3EgCaVhIA7SYTAAW3EwCECQAAhAkAAFs4EgCyOBIACTkSAA5EFACdDgAAdiwSAM0sEgB2LBIAzSwSAAZ+EgAORBQA+soNAGkkAwAJXggAlK4IAAleCABbOBIAsjgSAEvFEwBQFQEAWzgSALI4EgBLxRMAmx8AAPcjEgBOJBIA4GsCAIclAgDQzgwAmlYSAE4wAwD6yg0A+soNAIclAgBtSgAAKlESAGwqEgC5KBIAqtUBAGVEFABlRBQAuSgSANItEgApLhIAgC4SACm+DADXvgwAmlYSAE1fAgB2LBIAzSwSACpREgC5KBIAECkSAHYsEgAbUxMAdiwSABtTEwBacRMAKlESAMs9EgBgORIAtzkSAHMaEgBgORIAZP4MAIclAgBbOBIAsjgSAFs4EgCyOBIAWzgSALI4EgAkLRIAdbcSAC0WFACEFhQAxFQCALkoEgBzGhIAdiwSAM0sEgDEVAIACV4IAIclAgAORBQAhyUCACgVFAB/FRQAmTMSAFAdFACaVhIAmlYSAJICBQCSAgUAkgIFAE4wAwBT+AgAvIcQANMoCgC8hxAAm8EPAJvBDwBtSgAA6dgNAKdvEwAsQBIAKvwAAJ0OAACdDgAA5EISAKgxEQAq/AAABWATAJ0OAACoMREAKlESACpREgAqURIAKlESACpREgBzGhIAcxoSACpREgAqURIAKlESACpREgAqURIAKlESAHMaEgBzGhIAcxoSACpREgAqURIAKlESAHMaEgBzGhIAAkkSAHMaEgBzGhIAKlESACpREgAqURIAhyUCAIclAgA60xMAhAkAADrTEwCECQAAxE0SAHYYDgCHJQIADkQUAOjQAQD2LwoAhyUCAJ0OAACdDgAAKlESACpREgBtpgEAUB0UAFs4EgCyOBIATjADAJpWEgAORBQAnQ4AAItTEgCHJQIAqOsCAEQfAAAWsAMAeRYKAM8YAAAJXggAq8QIAAleCAAxnRMAmlYSALClEwBQHRQAnQ4AAD2QAgDh2wAA4dsAAOHbAAAORBQA4dsAAH9pAgAHlxAADkQUAD2QAgAORBQAYoYCAFK1EwAJlRMAYJUTAAVbEgAORBQAkxkUAOoZFAAjFgMAUBUBAA5EFACIkxEAhAkAAA5EFABXAAAAzxgAACkkEAAUBxIAFrADALBOEwBXAAAAUrUTAIQJAAAORBQA7SYTAIQJAACaVhIAhAkAAIQJAABhChMAmlYSABQHEgC/qgIAFrADAPRoEgCYIQQA2voDAOpmEgCwAwQAZUQUACgwCABzGhIAfXgTANR4EwBPoxMAy/cDAFs4EgCyOBIAS8UTAF1+EgBzGhIADkQUAA7+BQDG9gMACrMSAHMaEgAqURIAKlESAFs4EgCyOBIAKlESAOdUEgA+VRIA9A4AAJpWEgCpgwkAeqQOAJpWEgDOVBMAzlQTAJpWEgA6fBMA2FESAK1IBACHJQIAmlYSABxxEgCW0QEADkQUAIclAgCHJQIAhyUCAGVEFACHJQIAFAcSAA5EFACHJQIAmlYSAFAdFADnVBIAPlUSAC6/DAAJ/QUA4TUTAHu4CwCvwA4ADkQUAGmKBgAORBQAFI0KAHSUEgCgIAAAmlYSABxxEgBzcRIA+RcTAA5EFAC/qgIAeqQOAJpWEgDanBMAKvwAAOE1EwAKsxIAEAsMAC23AABHOwIAhyUCAHMaEgB9eBMA1HgTAFs4EgC2chMAr8AOAKQGEwAUBxIAnQ4AAFAVAQCqfBIAkAITAOcCEwD5FxMAbUoAAHMaEgB9eBMA1HgTAE+jEwCmoxMA+RcTAG1KAAD5FxMAbUoAAKISEgA9iRIADkQUAIclAgAORBQAhyUCAJpWEgDanBMAdbcSAJpWEgC7bhIAEm8SAGlvEgB3/RIAhyUCALQnEgCaVhIAKlESAOdUEgA+VRIA1ZYSACMlBgAUBxIAnucTACfPDABlRBQAKlESAGVEFAAqURIAYigSAE4wAwDEpBIAG6USAHKlEgC7bhIAEm8SAGlvEgDAbxIAGQ0TAMSkEgAbpRIAcqUSAKISEgC4cgUAcxoSAH14EwDUeBMAT6MTAKajEwC4OQsADkQUAL+qAgAORBQA4TUTABQHEgCSAgUAxvYDAHHbAQAqURIA51QSAD5VEgBQGBMAoCAAAHMaEgB9eBMA1HgTAA5EFABOMAMAT6MTAKajEwDIAwoA+RcTAG1KAAARoxIAaKMSAL+jEgD9oxMAaYoGABGjEgAqURIAw4YTAHMaEgBlRBQAKlESAOdUEgBlRBQAeqQOAIclAgBQHRQA51QSAD5VEgAu+AYAmlYSANqcEwAORBQA+nMNAJpWEgAORBQA+LgGAJyhEwBzGhIAZUQUAHYsEgDNLBIACV4IAAAIEwDEpBIAG6USAHKlEgBQHRQA51QSAD5VEgD0aBIAv6oCAHqkDgCcoRMADkQUAHqkDgCHJQIAIFQTAAleCAAQ3gIAnKETAPOhEwBKohMAohISAFAVAQCaVhIADkQUAOEhDwAUBxIAcwENAHMaEgCcoRMAcxoSAJyhEwAqURIAZUQUAGVEFABlRBQAKlESAOdUEgA+VRIAu24SABJvEgBpbxIApSkTAP2jEwBUpBMA4TUTAKAgAADAbxIAtH4SAJyhEwDzoRMASqITAKGiEwBQHRQA2FESACxKFACWeBIA7XgSACxKFAARoxIAnKETAHMaEgB9eBMA1HgTAHMaEgB9eBMA1HgTAA5EFACWfRMAuEMNAA5EFAB6pA4ADkQUAJ8lCAAUBxIAhyUCAJbRAQBQFQEAmlYSADp8EwDYURIAb5gTAAAAAAAJXggAAAAAALxEFACaVhIAOnwTANhREgBvmBMAAAAAAAleCAAAAAAADkQUAA5EFADknhMADkQUAOSeEwAORBQA5J4TALxEFAAORBQAzlQTAGVEFAAqURIAKlESAOdUEgA+VRIAmlYSAGT+DADanBMA+soNAHMaEgB9eBMA1HgTAH9iEgAORBQAUrUTAG1KAAA8FBMAtnITACgwCACMexMA43sTAEvFEwAWsAMAnKETAPOhEwBKohMAmlYSAJpWEgAqURIA51QSAD5VEgB4nAkAAAAAAEfiEgCe4hIA9eISAKvECADDhhMAGocTAHGHEwAORBQAohISALhDDQBs3wIAeqQOAJpWEgAORBQAsE4TADqmCgCiEhIADkQUAKgOCgB1txIAWzgSALI4EgB2LBIAzSwSAHMaEgB9eBMA1HgTAIqTAwCaVhIADkQUAG/2AwAqURIAKlESAOdUEgA+VRIACV4IAKAgAAAqURIACHITACpREgDnVBIAPlUSAKUuFAAAAAAAcxoSAH14EwDUeBMAmlYSABxxEgBzcRIAFAcSAJpWEgB+FwoA4TUTABQHEgAwIAEAAAAAAA5EFADhNRMAFAcSADAgAQDk8BIAcxoSAH14EwDUeBMAOnwTANhREgAORBQAmlYSACpREgDnVBIAPlUSAA5EFAAWsAMA6zcTAIclAgDE+xIAKlESACr8AADKmwkAbUoAALClEwAWsAMAltEBAA5EFABAmAAAzlQTAIqTAwCzshIAhyUCAIclAgCaVhIAS8UTAKcdFABQFQEAdbcSAIclAgDxBBMAPnAGABxxEgBzcRIAs7ISANWYAQDk8BIAO/ESAJLxEgAJXggAAAAAAAAAAAAAAAAADkQUAOE1EwAAAAAAAAAAAAAAAADxBBMAzA4TAG1KAACHJQIAUBUBAA5EFABStRMA4TUTAAleCAAqURIACrMSAAqzEgAqURIA2FESAGkkAwBnMxQAfXgTANR4EwBPoxMApqMTAJ7nEwBQHRQA2FESAJICBQBzGhIAyhoSAJICBQDplwAAbUoAAH8wCAAORBQA/4oAAH8wCABlRBQA5RMTALOyEgBbOBIAsjgSACQtEgAccRIAc3ESAFs4EgCyOBIAJC0SABxxEgBzcRIAbUoAAG1KAAB0lBIAtsYBAMOGEwAahxMAcYcTAPkXEwAORBQAFrADACpREgAORBQAb/YDAOmfEwCHJQIAKlESAOdUEgA+VRIAbh4TAMUeEwCSAgUAkgIFAA5EFABv9gMAb/YDAAn9BQAgVBMAFAcSAAAAAAAORBQADkQUAOmXAACaVhIAb/YDAJZ9EwCHJQIAwW8LAGwxAgBYKxMArysTAFcAAABXAAAAaYoGAJpWEgCHJQIADkQUAA5EFADPGAAAcxoSAH14EwDUeBMATa8SAPpzDQDL9wMAKlESAOdUEgA+VRIA0akPAFs4EgC2chMAclMTAO0mEwCoDgoA7SYTAO0mEwAJXggAzxgAAFs4EgC2chMAsjgSAHMaEgCaVhIA7SYTAEQnEwCbJxMAnucTACQyEwAcdhMAKlESAG/2AwCaVhIArjIKANE5CgAAAAAAFAwTAGsMEwAAAAAAAAAAAFpECgALKBIA+nMNAJpWEgAORBQADkQUAM5UEwBtSgAAmlYSAA5EFAAEMxEAmlYSAFAVAQCHJQIAmlYSAER+EwDPGAAAqnwSAJ7nEwB1txIADkQUAA5EFAAORBQAzxgAAM8YAADPGAAAdbcSAA5EFAAORBQAzxgAAM8YAADPGAAAzxgAAM8YAAAqURIA51QSAD5VEgAORBQAhyUCAA5EFACHJQIADkQUAFAVAQCSSBMAUBUBAIclAgAORBQAhAkAAJJIEwCECQAAln0TAKgOCgCSSBMATjADAAAAAAAWsAMAQEkTABawAwAORBQAln0TAF5UFACaVhIAXlQUAA5EFABeVBQAKlESAOdUEgA+VRIADkQUAI8nEABQFQEAFAcSAJ0OAACdDgAAFAcSAHqkDgCWfRMATjADAA5EFABOMAMAcxoSAH14EwDUeBMAKlESAOdUEgA+VRIAhyUCAD/RAQAORBQAhyUCAA5EFACaVhIAODYTAIclAgBQFQEAmlYSAA5EFAAWsAMAhyUCAJbRAQDYVhMAUBUBACRcCgCe5xMAmlYSAAleCACECQAADkQUAJJIEwAAAAAAdiwSABtTEwBacRMAwKMLAHYsEgDNLBIAwKMLAKFLEwDAowsAcdsBAIclAgB2LBIAzSwSAAZ+EgAEMxEAKlESAOdUEgA+VRIAG6oTAJpWEgAADRQA2pwTAKkMFACaVhIAmlYSAAVgEwBcYBMAs2ATAAVgEwBcYBMAs2ATAAphEwBhYRMABWATAFxgEwCzYBMACmETAGFhEwDanBMAKlESAOdUEgA+VRIAG6oTAJpWEgAADRQA2pwTAKkMFACaVhIAx50NAJpWEgBtSgAAEN4CAG1KAABQHRQA51QSAD5VEgCaVhIAom4TAAleCAAWsAMAZpsNAE4wAwC+3BMAtnITAPXkAQCHJQIAnQ4AAAAAAABzAQ0AAAAAABtTEwDvbBMARm0TAJ1tEwAORBQAUB0UAOdUEgA+VRIAhyUCAIQJAACSAgUAkgIFAJ7nEwCHJQIAcxoSAIclAgCaVhIATjADAJpWEgBbmwMAUrUTAFK1EwDRqQ8AmlYSAA5EFACHJQIAWzgSALI4EgBQHRQA51QSAD5VEgBQHRQAhyUCAAleCAAORBQACV4IAPRtEwCLOg0AqA4KAIQJAACe5xMA6QIFABYAFACtkAEAKvwAAG+YEwB2LBIAzSwSAOWjDQC+3BMAdHYMAIclAgALhBMAhyUCAHR2DABmuRMAGbsTANLCDQBt/QEAcxoSAH14EwDUeBMAhyUCAA5EFAAORBQAUB0UAL+qAgC/qgIAUB0UAFAdFAAJXggA5jESAD0yEgApihMALEASAHMaEgAqURIA2FESABoyAgCydg0AacgBAGA5EgBzGhIAaXsDAG39AQAJ/QUAV9sJAJB0BwBsMQIAbUoAAD4ZBgAJXggADkQUAHqkDgA60xMAqOsCAGR1AgCo6wIAZHUCAPRvAgB7uAsAZUQUAGzfAgAORBQAhAkAAIclAgCDQBIARB8AAGl7AwAoFRQAhyUCAA5EFAC5KBIAqtUBAA5EFACe5xMAHUcUAOkCBQAORBQATjADAE4wAwBOMAMATjADAJpWEgCaVhIAP30TANhREgDZeRMAhyUCAG1KAAC/qgIA5J4TAJ0OAAB6pA4AcxoSAH14EwDUeBMAq8QIACpREgDnVBIAPlUSAP2jEwBUpBMAHHESAHNxEgAccRIAc3ESACpREgBmuRMAxFQCAA5EFACHJQIAaSQDAHYsEgCOwRMAmlYSAGTKEwCw3g0AyzMQAIclAgBmuRMAGbsTALYMEADPGAAAZrkTABm7EwC2DBAAm4ACAGa5EwAZuxMAtgwQAFs4EgCyOBIAS8UTAPnFEwBtqRMAxKkTAHerEwBmuRMAGbsTALYMEABmuRMAGbsTALYMEABmuRMAGbsTALYMEABbOBIAsjgSALYMEAAGwQ4AWzgSAJNrEwBQHRQACHITAA5EFACHJQIAwycAAMMnAABsMQIAjUkCAKQBEgBIsxMAuEgOANqcEwCHJQIADkQUAIclAgAf3AEA5o0TAK/ADgCHJQIAhyUCALmEEwB1txIALRYUALI4EgD15AEAhyUCAFnjDgAbpwEA9XINABuqEwAqURIAbDECAKuGDQAbqhMATjADABuqEwBOMAMAmlYSAIclAgCHJQIAZrkTABm7EwAORBQAWzgSALI4EgBLxRMA62sMAIclAgCHJQIAhyUCAAZ+EgCHJQIAFqkTAC7ODwCdDgAADQgPAHYsEgCaVhIAcxoSAHNYDQB0dgwApS4UAAAAAAB0dgwAyhAQAILQEwDPERAA2dATAHW3EgAhdxMAUB0UANhREgBmuRMA180PAKQBEgB1txIAgtATAHW3EgDZ0BMAdbcSAGa5EwAZuxMAyIcTAFcAAAD9cQkAbUoAAFE2EgCdDgAAhyUCAHR2DAC5hBMAhyUCAHJTEwCbgAIAX8kTAK4NFAAFDhQAFrADAOtrDADeKBQAhyUCAIclAgCHJQIAbf0BACpREgBt/QEADkQUAFCoDQBQqA0AUKgNAFCoDQBsMQIAbDECAE89EACHJQIAWzgSAAbaEwBmuRMADxAUAIclAgBmuRMALs4PAIclAgAFtxMAN8ETAFs4EgCOwRMAhyUCAGTKEwC7yhMA3QUUABLLEwCHJQIAhyUCAGa5EwAuzg8ABbcTADfBEwBbOBIAjsETAIclAgBvhA8AOOQTAFs4EgCyOBIAUB0UANhREgCHJQIAvtwTAJ7nEwCe5xMAKvwAAG51EwCU5RMAHHYTAMT9AQBQqA0AUKgNAFCoDQBQqA0AhyUCAF/JEwAAWhIAYDkSABg8EgDrawwAlsAPAOBrAgBmEBQAk2sTAAW3EwCaVhIAaxEUAJpWEgCe5xMATjADALhIDgC4SA4AhyUCAPpzDQBkyhMAu8oTAAleCAAJXggAFkgRAFs4EgCyOBIA+nMNAGTKEwC7yhMACV4IAAleCAAWSBEAQ7ITAJqyEwBbOBIAtnITAFpxEwAAAAAAmlYSAJpWEgBpJAMAKlESAGa5EwB53Q8A7xUTALZyEwBA9xMAKgQUAFAdFAAIchMATjADAEYWEwBLxRMAcdsBAA5EFAAjaAIAVwAAABuqEwBmuRMAed0PAG1KAAAqURIACV4IAIclAgBbOBIAsjgSABZIEQB/qg8ATjADAE4wAwC2xgEAtsYBALbGAQC2xgEATjADAJpWEgC2xgEAhyUCAIclAgCHJQIAAAAAAAAAAABmuRMADxAUAFs4EgCyOBIAFkgRAGXZDwAORBQAZrkTAHHbAQAORBQAZrkTACgVFAB/FRQAmlYSAIclAgCHJQIAFrADAAleCADplwAAhyUCAF/JEwCuDRQABQ4UAFwOFACzDhQACg8UAGEPFABOMAMAWzgSALI4EgAkLRIAZMoTALvKEwDRFBQAmlYSAJ7nEwCe5xMAnucTAJ7nEwBmuRMAdHYMAE4wAwC5KBIAqtUBADFIAgBbOBIAtnITALO3EwBQHRQA51QSAEizEwDgFxQANxgUAI4YFADlGBQAUB0UANhREgCg8QcAUB0UAJpWEgD0GxQATjADAHqkDgB9tg4Ad6sTAH+lDgAqURIAnucTAMK6EwCHJQIAMUgCAO73EwDu9xMAMUgCALtuEgASbxIACTkSAIclAgCe5xMAZrkTANfNDwBIsxMA4BcUADcYFACOGBQA5RgUADwZFAB3qxMASLMTAOAXFAA3GBQAjhgUAOUYFAA8GRQACV4IAHYsEgDNLBIApAESAMoQEADHnQ0ACV4IAJhdEACHJQIAMUgCADFIAgBbOBIAtnITAED3EwCe5xMAAAAAAAAAAABQFQEAuYQTAA5EFABQFQEA2pwTAFAVAQDanBMAdiwSABtTEwBQFQEAZrkTABm7EwBbOBIAsjgSAIclAgBzGhIAcxoSAHMaEgDEpBIAcxoSAHMaEgBzGhIAcxoSAHYsEgAbUxMAcxoSAMSkEgBzGhIAgnkTAHMaEgCCeRMAcxoSAIJ5EwDDhhMAgnkTAHMaEgCCeRMAcxoSAIJ5EwAIbRIAgnkTAHMaEgCCeRMAWzgSALI4EgAAAAAAmgkUAGTKEwC7yhMA4ykUAFIMFABmuRMAAAAAAH9iEgDsCBQAAAAAAA5EFABmuRMADkQUAGTKEwC7yhMAAAAAAMRUAgCRKhQA6CoUAD8rFABQHRQACHITADFIAgCHJQIATjADAJpWEgDPGAAAeqQOAGA5EgCAihMAMNETADDREwBgORIAtzkSAFP4CADBRRQATjADAE4wAwCdDgAAnQ4AAHBfEgCaVhIAxP0BAHMaEgAORBQAf6oPACxKFAB/qg8ADkQUAHMaEgAUBxIADkQUABQHEgBzGhIAfXgTABQHEgCNTBQA5EwUAHMaEgBOMAMABoMTAJpWEgCHJQIAhyUCAIclAgBeVBQAhyUCAIclAgCHJQIAXlQUAIclAgAB+QgAXlQUAA5EFAAlohEAhyUCAIclAgBeVBQAmlYSALtuEgASbxIAaW8SAHMaEgAKXgEABbcTADfBEwCHJQIAUB0UANhREgBbOBIAsjgSAEvFEwCtkAEA2VsNAPP4EwAWABQAeqQOAKleEwAbUxMAWnETAK/ADgAqURIACHITAK/ADgAORBQAU/gIAH9iEgBEfhMAZrkTABm7EwBbOBIAtnITAED3EwAORBQAFAcSAKuGDQDPGAAADkQUAKgOCgBbOBIAsjgSAEvFEwD4Nw8Af2ISAOwIFABbOBIABtoTAGa5EwDXzQ8ADkQUAA==","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAIAAIADAACAAAAAgAIAAIADAAAAAAAAgAAAAIACAACAAAAAgAEAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAAAAIABAAAAAwAAgAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAACAAwAAgAMAAAADAACAAAAAgAMAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAQAAgAMAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAIAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAIAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAIAAAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAQAAgAMAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAAAAIADAAAAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAIADAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAIABAACAAAAAgAEAAIABAACAAAAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAgAAgAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAIADAACAAwAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAAAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIABAAAAAAAAgAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAAAAACAAwAAgAMAAAAAAACAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAACAAAAAgAEAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAgAMAAAADAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAIGAABAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAgAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAIAAAAAAAAAABAMAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAgAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAIGAABAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAgAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAgAAAAAAAAAAEAwAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAIAAAAAAAAAABAMAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAgYAAEAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAgAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgQAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAIAAAAAAAAAABAMAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAgYAAEAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAIGAABAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAIGAABAABQAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAgAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABACABAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAgYAAEAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACBgAAQAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAgAAAAAAAAAAEAwAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAIAAAAAAAAAABAMAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAEAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAJAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAIAAAAACAAEAAAgAEAAAIAAIAAAAAA5QgBgoBQIYAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAKCAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAEAAAAAAAEAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAgAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAJAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAJAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEABAAAUAAAEAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAgAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAIAAAAAAAAAABAMAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAgAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAQAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAEAAAAABAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAACAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAEAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAgIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAIAAAAAAAAAABAMAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAgAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABIAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAIAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAgAAAAAIAAQAACAASAAAgAAgAAAAADlCAWCgFAhgAIAAgAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAgYAAEAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAIAAAAAAAEAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACBgAAQAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAACAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAgAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAACIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAAKAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAIAJAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAIAJAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAIAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAiAAAAAA4AAAAAAAAqAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAgYAAEAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAYAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAIAAAAAAAAAABAMAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACBAAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAAAQAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABgAAAAAACQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAGAAAAAAAJAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAABAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAQAAAAAAAAEAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAJAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAgYAAEAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAIAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAJAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIcAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAgYAAEAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAIAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAIAAAAAAAAAABAMAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAJAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAgYAAEAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAABAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQ"},"index":{"lists":[[13,14,15,29,30,111,113,114,115,244,299],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,86,87,89,90,91,92,93,94,95,96,97,98,99,100,101,102,106,107,108,109,111,113,114,115,119,124,125,152,155,156,158,170,171,172,175,176,177,178,192,193,201,204,212,214,215,219,220,233,244,251,254,255,256,261,262,263,268,279,280,289,299,301,303,304,305,306,308,310,311,313,314,317,318,319,320,321,335],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,59,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,82,86,87,89,90,91,92,93,94,95,96,97,98,99,100,101,102,105,106,107,108,109,111,113,114,115,119,124,125,131,152,155,156,158,170,171,172,175,176,177,178,183,184,185,192,193,201,204,212,214,215,216,219,220,233,244,251,254,255,256,257,261,262,263,268,279,280,289,299,301,303,304,305,306,308,310,311,313,314,317,318,319,320,321,324,325,326,335],[13,14,15,29,30,111,113,114,115,244,249,299],[5,13,14,15,20,29,30,51,52,79,104,111,113,114,115,222,244,265,267,299,321,324,341],[13,14,15,20,29,30,111,113,114,115,143,144,145,244,299,327,328,329,330,331,332,333],[6,7,13,14,15,29,30,111,113,114,115,244,268,299],[13,14,15,29,30,78,80,111,113,114,115,244,299],[13,14,15,29,30,111,113,114,115,244,299,314,334],[10,13,14,15,29,30,91,111,113,114,115,124,125,150,151,179,180,244,299,314,319,320],[10,13,14,15,29,30,111,113,114,115,143,144,145,244,299],[10,13,14,15,29,30,54,77,84,89,92,98,99,111,113,114,115,135,143,144,145,146,164,191,192,193,195,199,207,215,217,218,219,220,229,235,236,237,238,241,244,256,258,259,260,261,262,263,278,291,292,293,294,295,296,297,298,299,307,335],[13,14,15,29,30,94,95,111,113,114,115,244,299],[13,14,15,29,30,37,38,39,45,46,111,113,114,115,123,198,210,242,244,245,247,248,299,300,313],[13,14,15,29,30,111,113,114,115,147,244,299,347],[12,13,14,15,29,30,111,113,114,115,244,299],[1,10,13,14,15,20,21,29,30,111,113,114,115,143,144,145,173,174,200,244,299,301,305,306,335],[10,13,14,15,20,28,29,30,31,34,111,113,114,115,143,144,145,149,173,174,244,299,301,305,306,335],[4,10,13,14,15,18,19,20,29,30,56,111,113,114,115,143,144,145,173,174,244,268,299,301,305,306,318,335],[6,10,13,14,15,20,29,30,40,111,113,114,115,143,144,145,173,174,175,209,244,246,299,301,305,306,323,335],[0,2,9,10,11,13,14,15,16,18,20,29,30,33,43,44,47,48,108,111,113,114,115,143,144,145,167,173,174,175,188,194,197,244,268,270,299,301,302,305,306,309,312,315,335,336,339,342,343,346,348],[3,5,10,13,14,15,20,25,29,30,33,43,47,48,50,59,62,63,85,88,109,110,111,113,114,115,119,121,127,128,130,136,143,144,145,148,153,156,159,167,173,174,175,182,186,187,190,196,203,205,206,211,212,223,231,234,243,244,250,251,268,269,283,290,299,301,305,306,335,344,349],[10,13,14,15,20,29,30,111,113,114,115,143,144,145,173,174,244,299,301,305,306,335],[10,13,14,15,20,29,30,111,113,114,115,143,144,145,173,174,175,244,299,301,305,306,335],[10,13,14,15,17,20,29,30,111,113,114,115,143,144,145,173,174,244,276,299,301,305,306,335],[10,13,14,15,20,25,27,29,30,33,111,113,114,115,143,144,145,173,174,243,244,299,301,305,306,335],[10,13,14,15,20,29,30,111,113,114,115,143,144,145,173,174,244,299,301,305,306,335,340],[10,13,14,15,20,29,30,107,111,113,114,115,143,144,145,173,174,175,181,240,244,299,301,305,306,325,335,337,338],[10,13,14,15,20,29,30,102,110,111,113,114,115,122,126,137,143,144,145,169,173,174,182,225,244,272,275,286,287,299,301,305,306,325,335],[10,13,14,15,20,29,30,32,59,111,113,114,115,121,129,143,144,145,158,159,173,174,202,212,243,244,251,284,288,299,301,305,306,335],[9,10,13,14,15,20,22,29,30,49,83,111,113,114,115,143,144,145,173,174,175,244,299,301,305,306,335],[10,13,14,15,16,20,29,30,32,33,65,111,113,114,115,143,144,145,158,173,174,189,243,244,299,301,305,306,335],[10,13,14,15,20,23,24,29,30,35,36,58,70,111,113,114,115,120,132,134,138,143,144,145,154,160,161,162,163,165,166,168,173,174,178,208,213,214,224,227,230,232,233,239,244,252,253,254,255,271,274,281,282,285,289,299,301,305,306,316,322,335],[10,13,14,15,19,20,21,29,30,73,111,112,113,114,115,143,144,145,173,174,244,299,301,305,306,335],[7,10,13,14,15,20,29,30,111,113,114,115,143,144,145,173,174,244,299,301,305,306,335],[10,13,14,15,20,26,29,30,32,33,111,113,114,115,143,144,145,173,174,175,243,244,299,301,305,306,335],[10,13,14,15,20,26,29,30,32,111,113,114,115,143,144,145,173,174,243,244,299,301,305,306,335],[13,14,15,29,30,111,113,114,115,118,133,139,140,141,142,157,226,228,244,273,277,299,345],[13,14,15,29,30,81,111,113,114,115,244,299],[10,13,14,15,20,29,30,41,42,111,113,114,115,143,144,145,244,299,301,305,306,335],[13,14,15,29,30,51,111,113,114,115,244,299],[13,14,15,29,30,52,55,57,60,61,111,113,114,115,244,299],[13,14,15,29,30,53,111,113,114,115,244,299],[13,14,15,29,30,64,68,69,71,111,113,114,115,244,299],[13,14,15,29,30,67,90,111,113,114,115,244,299],[13,14,15,29,30,67,111,113,114,115,116,117,244,299],[13,14,15,29,30,67,91,93,111,113,114,115,244,299],[13,14,15,29,30,67,111,113,114,115,244,299],[13,14,15,29,30,72,74,76,90,111,113,114,115,244,299,308],[13,14,15,29,30,75,111,113,114,115,177,244,299],[13,14,15,29,30,90,111,113,114,115,244,299,308],[13,14,15,29,30,91,93,101,111,113,114,115,244,299,326],[13,14,15,29,30,93,111,113,114,115,244,299],[13,14,15,29,30,100,106,111,113,114,115,244,299,308,326],[13,14,15,29,30,103,111,113,114,115,221,244,264,266,299],[13,14,15,29,30,111,113,114,115,176,244,299],[13,14,15,29,30,111,113,114,115,244,299,308],[13,14,15,29,30,111,113,114,115,244,299,326],[13,14,15,29,30,97,111,113,114,115,183,184,185,244,299,311],[5,13,14,15,20,29,30,51,52,97,111,113,114,115,183,184,185,244,299,311,321,324],[13,14,15,20,29,30,97,111,113,114,115,183,184,185,244,279,280,299,311],[6,7,13,14,15,29,30,97,111,113,114,115,183,184,185,244,268,299,311],[13,14,15,29,30,97,111,113,114,115,183,184,185,244,299,311,314],[10,13,14,15,29,30,91,97,111,113,114,115,124,125,183,184,185,244,299,311,314,319,320],[10,13,14,15,29,30,97,105,111,113,114,115,183,184,185,244,279,280,299,311],[10,13,14,15,29,30,54,77,82,86,87,89,92,96,97,98,99,111,113,114,115,183,184,185,192,193,204,215,216,219,220,244,256,257,261,262,263,279,280,299,311,335],[13,14,15,29,30,94,95,97,111,113,114,115,183,184,185,244,299,311],[13,14,15,29,30,97,111,113,114,115,183,184,185,244,299,311,313],[1,8,10,13,14,15,20,21,29,30,97,111,113,114,115,183,184,185,244,279,280,299,301,303,304,305,306,311,317,335],[10,13,14,15,20,29,30,97,111,113,114,115,183,184,185,244,279,280,299,301,303,304,305,306,311,335],[4,10,13,14,15,18,19,20,29,30,56,97,111,113,114,115,183,184,185,244,268,279,280,299,301,303,304,305,306,311,318,335],[6,10,13,14,15,20,29,30,97,111,113,114,115,175,183,184,185,244,279,280,299,301,303,304,305,306,311,335],[2,9,10,13,14,15,16,18,20,29,30,97,108,111,113,114,115,175,183,184,185,244,268,279,280,299,301,303,304,305,306,310,311,335],[5,10,13,14,15,20,29,30,59,62,63,97,109,111,113,114,115,119,152,156,175,183,184,185,212,244,251,268,279,280,299,301,303,304,305,306,311,335],[10,13,14,15,20,29,30,97,111,113,114,115,183,184,185,201,244,279,280,299,301,303,304,305,306,311,335],[10,13,14,15,20,29,30,97,111,113,114,115,175,183,184,185,244,279,280,299,301,303,304,305,306,311,335],[10,13,14,15,17,20,29,30,97,111,113,114,115,131,183,184,185,244,279,280,299,301,303,304,305,306,311,335],[10,13,14,15,20,29,30,97,107,111,113,114,115,175,183,184,185,244,279,280,299,301,303,304,305,306,311,325,335],[10,13,14,15,20,29,30,97,102,111,113,114,115,183,184,185,244,279,280,299,301,303,304,305,306,311,325,335],[10,13,14,15,20,29,30,59,97,111,113,114,115,158,183,184,185,212,244,251,279,280,299,301,303,304,305,306,311,335],[9,10,13,14,15,20,29,30,97,111,113,114,115,175,183,184,185,244,279,280,299,301,303,304,305,306,311,335],[10,13,14,15,16,20,29,30,97,111,113,114,115,152,155,158,183,184,185,244,279,280,299,301,303,304,305,306,311,335],[10,13,14,15,20,29,30,70,97,111,113,114,115,152,178,183,184,185,214,233,244,254,255,279,280,289,299,301,303,304,305,306,311,335],[10,13,14,15,19,20,21,29,30,73,97,111,113,114,115,183,184,185,244,279,280,299,301,303,304,305,306,311,335],[7,10,13,14,15,20,29,30,97,111,113,114,115,183,184,185,244,279,280,299,301,303,304,305,306,311,335],[13,14,15,29,30,81,97,111,113,114,115,183,184,185,244,299,311],[10,13,14,15,20,29,30,97,111,113,114,115,183,184,185,244,279,280,299,301,305,306,311,335],[13,14,15,29,30,51,97,111,113,114,115,183,184,185,244,299,311],[13,14,15,29,30,52,55,57,60,61,97,111,113,114,115,183,184,185,244,299,311],[13,14,15,29,30,53,97,111,113,114,115,183,184,185,244,299,311],[13,14,15,29,30,68,69,71,97,111,113,114,115,183,184,185,244,299,311],[13,14,15,29,30,66,67,90,97,111,113,114,115,183,184,185,244,299,311],[13,14,15,29,30,67,97,111,113,114,115,183,184,185,244,299,311],[13,14,15,29,30,67,91,93,97,111,113,114,115,183,184,185,244,299,311],[13,14,15,29,30,72,74,76,90,97,111,113,114,115,170,183,184,185,244,299,308,311],[13,14,15,29,30,75,97,111,113,114,115,177,183,184,185,244,299,311],[13,14,15,29,30,90,97,111,113,114,115,183,184,185,244,299,308,311],[13,14,15,29,30,91,93,97,101,111,113,114,115,172,183,184,185,244,299,311,326],[13,14,15,29,30,93,97,111,113,114,115,183,184,185,244,299,311],[13,14,15,29,30,97,100,106,111,113,114,115,183,184,185,244,299,308,311,326],[13,14,15,29,30,97,111,113,114,115,171,183,184,185,244,299,311],[13,14,15,29,30,97,111,113,114,115,172,183,184,185,244,299,311],[13,14,15,29,30,97,111,113,114,115,176,183,184,185,244,299,311],[13,14,15,29,30,97,111,113,114,115,183,184,185,244,299,308,311],[13,14,15,29,30,97,111,113,114,115,183,184,185,244,299,311,326]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,3,0,4,5,0,0,6,7,0,0,8,0,9,10,0,11,11,11,11,11,11,11,11,11,11,0,0,12,13,14,0,15,16,17,18,19,20,21,22,22,23,24,22,25,26,27,28,29,22,30,31,32,33,34,35,36,22,22,37,0,0,38,39,0,16,17,18,19,20,21,22,22,23,24,22,25,26,27,28,29,22,30,31,32,33,34,35,36,22,22,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,40],[9679,41],[8250,42],[9135,43],[215,44],[10095,45],[10003,46],[8595,47],[10008,48],[9472,49],[10007,50],[10004,51],[8730,52],[10006,53],[8505,54],[9762,0],[9888,0],[8617,0],[8226,55],[10060,56],[9654,57],[65123,57]],"plainDefault":0,"spaced":[58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,59,60,58,58,61,58,58,58,62,58,63,64,58,65,65,65,65,65,65,65,65,65,65,58,58,66,67,58,58,58,68,69,70,71,72,73,74,69,75,76,69,69,69,77,78,79,69,80,81,82,83,84,75,69,69,69,58,58,58,85,86,58,68,69,70,71,72,73,74,69,75,76,69,69,69,77,78,79,69,80,81,82,83,84,75,69,69,69,58,58,58,58,58],"spacedOther":[[160,58],[5760,58],[8192,58],[8193,58],[8194,58],[8195,58],[8196,58],[8197,58],[8198,58],[8199,58],[8200,58],[8201,58],[8202,58],[8232,58],[8233,58],[8239,58],[8287,58],[12288,58],[65279,58],[9676,87],[9679,88],[8250,89],[9135,90],[215,91],[10095,92],[10003,93],[8595,92],[10008,94],[9472,95],[10007,96],[10004,97],[8730,98],[10006,99],[8505,58],[9762,100],[9888,100],[8617,101],[8226,102],[10060,103],[9654,104],[65123,104]],"spacedDefault":58,"blank":58}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt>(?![/.]|[A-Za-z]:\\\\\\\\)[^<\\\\n]{1,300}<\\\\/dt>$/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,77,79,80,81],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,73,74,75,76,77,79,80,81,84,88,89,107,108,109,110,117,118,119,122,123,124,137,138,145,148],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,54,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,79,80,81,84,88,89,94,107,108,109,110,117,118,119,122,123,124,129,130,131,137,138,145,148],[6,7,26,27,51,72,77,79,80,81],[6,7,77,79,80,81,101,102,103],[6,7,50,52,77,79,80,81],[6,7,61,77,79,80,81,88,89,105,106,125,126],[6,7,29,49,55,59,62,68,69,77,79,80,81,97,101,102,103,104,113,136,137,138,140,143,149],[6,7,64,65,77,79,80,81],[6,7,13,14,20,21,77,79,80,81,87,143],[6,7,77,79,80,81,104],[6,7,77,79,80,81,101,102,103,120,121,144],[5,6,7,8,11,77,79,80,81,101,102,103,104,120,121],[6,7,77,79,80,81,101,102,103,120,121],[6,7,15,77,79,80,81,101,102,103,120,121,122],[6,7,10,18,19,22,23,75,77,79,80,81,101,102,103,116,120,121,122,134,139,142],[2,6,7,10,18,22,23,25,33,36,37,55,58,76,77,79,80,81,84,85,91,92,93,98,101,102,103,104,109,110,116,120,121,122,128,132,133,136,141,147,149],[6,7,77,79,80,81,101,102,103,120,121,122],[2,4,6,7,10,77,79,80,81,101,102,103,120,121],[6,7,77,79,80,81,86,98,101,102,103,116,120,121,128],[6,7,9,33,77,79,80,81,85,92,101,102,103,110,120,121,146],[0,6,7,24,54,77,79,80,81,101,102,103,120,121,122],[6,7,9,10,77,79,80,81,101,102,103,110,120,121,135],[0,1,6,7,12,32,42,77,79,80,81,84,95,96,98,101,102,103,110,111,112,114,115,116,120,121,124],[6,7,45,77,78,79,80,81,101,102,103,120,121],[3,6,7,9,10,77,79,80,81,101,102,103,120,121,122],[3,6,7,9,77,79,80,81,101,102,103,120,121],[6,7,77,79,80,81,84,95,99,100,109],[6,7,53,77,79,80,81],[6,7,16,17,77,79,80,81,101,102,103],[6,7,30,77,79,80,81,101,102,103],[6,7,77,79,80,81,101,102,103,108],[6,7,74,77,79,80,81,101,102,103,127],[6,7,71,76,77,79,80,81,90,101,102,103],[6,7,38,77,79,80,81,101,102,103],[6,7,26,77,79,80,81],[6,7,27,30,31,34,35,77,79,80,81],[6,7,28,77,79,80,81],[6,7,37,41,42,43,77,79,80,81],[6,7,40,60,77,79,80,81],[6,7,40,77,79,80,81,82,83],[6,7,40,61,63,77,79,80,81],[6,7,40,77,79,80,81],[6,7,44,46,48,60,77,79,80,81],[6,7,47,77,79,80,81,124],[6,7,60,77,79,80,81],[6,7,61,63,71,77,79,80,81],[6,7,63,77,79,80,81],[6,7,70,73,77,79,80,81],[6,7,72,77,79,80,81],[6,7,77,79,80,81,123],[6,7,67,77,79,80,81,129,130,131],[6,7,26,27,67,72,77,79,80,81,129,130,131],[6,7,61,67,77,79,80,81,88,89,129,130,131],[6,7,67,72,77,79,80,81,129,130,131],[6,7,29,49,54,56,57,59,62,66,67,68,69,77,79,80,81,129,130,131,137,138,148],[6,7,64,65,67,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,122,129,130,131],[6,7,67,75,77,79,80,81,122,129,130,131],[6,7,33,36,37,67,76,77,79,80,81,84,107,109,110,122,129,130,131],[6,7,67,77,79,80,81,129,130,131,145],[6,7,67,77,79,80,81,94,129,130,131],[6,7,33,67,77,79,80,81,110,129,130,131],[6,7,54,67,77,79,80,81,122,129,130,131],[6,7,67,77,79,80,81,107,108,110,129,130,131],[6,7,42,67,77,79,80,81,84,107,110,124,129,130,131],[6,7,45,67,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,84,109,129,130,131],[6,7,53,67,77,79,80,81,129,130,131],[6,7,30,67,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,108,129,130,131],[6,7,67,74,77,79,80,81,129,130,131],[6,7,67,71,76,77,79,80,81,129,130,131],[6,7,26,67,77,79,80,81,129,130,131],[6,7,27,30,31,34,35,67,77,79,80,81,129,130,131],[6,7,28,67,77,79,80,81,129,130,131],[6,7,37,41,42,43,67,77,79,80,81,129,130,131],[6,7,39,40,60,67,77,79,80,81,129,130,131],[6,7,40,67,77,79,80,81,129,130,131],[6,7,40,61,63,67,77,79,80,81,129,130,131],[6,7,44,46,48,60,67,77,79,80,81,117,129,130,131],[6,7,47,67,77,79,80,81,124,129,130,131],[6,7,60,67,77,79,80,81,129,130,131],[6,7,61,63,67,71,77,79,80,81,119,129,130,131],[6,7,63,67,77,79,80,81,129,130,131],[6,7,67,70,73,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,118,129,130,131],[6,7,67,77,79,80,81,119,129,130,131],[6,7,67,77,79,80,81,123,129,130,131]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,8,9,10,0,0,11,12,13,14,15,16,13,13,17,13,13,18,13,17,19,20,13,21,22,23,24,13,25,26,13,13,27,0,0,28,29,0,4,4,30,4,4,31,4,4,4,4,4,4,4,32,33,4,4,4,34,31,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,35],[9679,36],[8250,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50]],"plainDefault":0,"spaced":[51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,52,51,51,51,51,51,51,51,51,51,53,54,51,55,55,55,55,55,55,55,55,55,55,51,51,56,51,51,51,51,51,51,51,57,58,59,60,51,57,61,51,51,51,57,51,62,51,63,64,65,66,51,57,51,51,51,67,51,51,68,51,51,51,51,69,51,51,70,51,51,51,51,51,51,51,71,72,51,51,51,51,70,51,51,51,51,51,51,51,51,51,51,51],"spacedOther":[[160,51],[5760,51],[8192,51],[8193,51],[8194,51],[8195,51],[8196,51],[8197,51],[8198,51],[8199,51],[8200,51],[8201,51],[8202,51],[8232,51],[8233,51],[8239,51],[8287,51],[12288,51],[65279,51],[9676,73],[9679,74],[8250,75],[9135,76],[215,77],[10095,78],[10003,79],[8595,78],[10008,80],[9472,81],[10007,82],[10004,83],[8730,84],[10006,85],[8505,54],[9762,86],[9888,86],[8617,87],[8226,88]],"spacedDefault":51,"blank":51}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/","value":{"lists":[[30,31],[4,6,7,11,12,24,30,31],[4,6,7,8,11,12,24,30,31],[13,30,31],[7,9,10,11,12,20,26,27,28,29,30,31],[2,30,31],[1,30,31],[3,4,14,22,25,30,31],[16,30,31],[4,30,31],[0,5,6,15,18,23,24,30,31],[17,19,30,31],[21,30,31],[7,8,11,12,30,31],[6,24,30,31]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"passed":{"key":"\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$/","value":{"lists":[[],[2,4],[5],[3,4,10,11,12,13],[0],[6,9],[8],[1,2],[7],[4],[2]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,6,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
