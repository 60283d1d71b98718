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
} from "./chunk-IMOSDJFT.js";
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
    { event: "listed", pattern: /^\s{1,8}(?:\S[^\n]{0,500}?: {1,8})?(?<key>\d{1,5})\) (?!(?:Error|Failure):$)(?<name>\S[^\n]{0,500})$/, afterOutput: true },
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
var DERIVED = `{"prefilter":{"key":"rules 300\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?:connecting to|connect to|Redis on) ['\\"]?[a-z][a-z0-9+.-]{1,20}:\\\\/\\\\/[^\\\\s'\\"/]{1,255}\\\\/[^\\\\s:'\\"]{0,200}:\\\\d{1,5}(?!\\\\d)/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/(?<!rescue |raise )\\\\b(?:Minitest::Assertion|Test::Unit::AssertionFailedError)(?=:|\\\\s*$)/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/\\\\S\\\\) = [^\\\\n]{1,200}?[;,] want:? \\\\S/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -[235]\\\\b|\\\\[Errno -[235]\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:(?!-)\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error -[235] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5}\\\\./\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError(?!:?\\\\s{1,4}Error connecting to Redis on (?!(?:[\\\\w.-]{1,255}:\\\\d{1,5}|\\\\/[^\\\\s()]{1,255}) \\\\((?!Errno::EINVAL\\\\)|Redis::TimeoutError\\\\)|SocketError\\\\))))/\\n/Error connecting to Redis on localhost:\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?!localhost:)(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{0,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/\\n/(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt>(?![/.]|[A-Za-z]:\\\\\\\\)[^<\\\\n]{1,300}<\\\\/dt>$/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$/\\n/^!{1,40} (?:_pytest\\\\.outcomes\\\\.Exit\\\\b|Interrupted\\\\b|KeyboardInterrupt\\\\b|stopping after \\\\d)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^JUnit version \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^PHPUnit \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?\\\\S{0,40} by Sebastian Bergmann and contributors\\\\.$/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[21,27,31,32,33,34,35,36,37,47,56,58,61,62,63,169,178,212,224,225,251,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,472,473,474,475,476,477,478,479,482,483,484,485,486,487,488,489,490,491,492,493,494,495,496,497,498,499,500,501,502,503,504,505,506,507,508,509,510,511,512,513,514,515,516,517,518,519,520,521,522,523,524,525,526,527,528,529,530,531,532,533,534,535,536,537,539,540,542,544,545,546,547,548,549,550,553,554,555,557],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,9472,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,59,9654,65123],"words":11,"quiet":13504,"states":15309,"edges":"AAAAAAAAAAABAAAAVwAAAAIAAAD/igAAAwAAAJ0OAAAEAAAA4dsAAAUAAACLcwcABgAAAOjQAQAHAAAACV4IAAgAAACHJQIACQAAAHmSAAAKAAAAbUoAAAsAAAB5FgoADAAAAOmXAAANAAAAzxgAAA4AAAB+mAEADwAAAHq1AAAQAAAAwycAABEAAABtpgEAEgAAAIQJAAATAAAA7xcCABQAAAAWsAMAFQAAANpHAgAWAAAAgh8BABcAAABsMQIAGAAAAI1JAgAZAAAARzsCABoAAADEVAIAGwAAABDeAgAcAAAATjADAB0AAAAAAAAAHgAAAG2VDwAfAAAAUBUBACAAAACbgAIAIQAAAADqDAAiAAAAbf0BACMAAAAq/AAAJAAAAJICBQAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAS6wOACkAAAAAAAAAKgAAALbGAQArAAAAaSQDACwAAAAY7AEALQAAAHu4CwAuAAAAAAAAAC8AAAABLQIAMAAAAAAAAAAxAAAAXYUCADIAAAAkfxEAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAACCDg8APwAAAMdGDQBAAAAAp1ENAEEAAABYIREAQgAAAFZ6DgBDAAAAJMcOAEQAAAAAAAAARQAAAI/LDgBGAAAAAAAAAEcAAAA57g4ASAAAAFLzDgBJAAAAn7MTAEoAAAAVGw8ASwAAAL89DwBMAAAAFj4PAE0AAABtPg8ATgAAAJNXDwBPAAAAp1sPAFAAAACSiw8AUQAAABIOEABSAAAAaQ4QAFMAAADUEhAAVAAAAAAAAABVAAAAdn4RAFYAAADNfhEAWQAAAK4AAABaAAAAb00EAFwAAACMpQoAXQAAAGhOAQBgAAAAyaIAAGIAAAA+MgsAYwAAAIVZCQBrAAAASk0CAG4AAACtSAQAdAAAAI0/AACxAAAABQEAALsAAAC1VgMAvQAAAAhPDAAIAQAAQO0RAGEBAACzAQAAuQEAAAoCAAARAgAAYQIAAGkCAAC4AgAAugIAAA8DAAAYAwAAZgMAAHADAAC9AwAAyAMAABQEAAAgBAAAawQAAHgEAADCBAAAzAQAABkFAAAnBQAAcAUAAH8FAADHBQAAyQUAAB4GAAAoBgAAdQYAAIMGAADMBgAA0QYAACMHAAAwBwAAegcAAIIHAADRBwAA4QcAACgIAAAqCAAAfwgAAI0IAADWCAAA5wgAAJftEQA0CQAA7u0RAIYJAACkSQ8AjAkAANsJAACRCQAAG94MAJQJAAAR3AwAmQkAAKYpDACdCQAA4kQPAKAJAADAowsA4gkAADIKAADoCQAAADwMADcKAACJCgAAlQoAAOAKAADjCgAANwsAAD8LAACOCwAAmwsAAOULAADqCwAAPAwAAEYMAACTDAAAmwwAAOoMAAD2DAAAQQ0AAPkMAAAiRQIAVA0AAJgNAACmDQAA7w0AAPINAABGDgAAUA4AAEXuEQCfDgAAm3YAAKAOAABpyAEAog4AAPQOAACmDgAAzo0NAKcOAAC/qgIAqA4AAFs/AgCpDgAARB8AAKoOAACZJA8Aqw4AAEWeAQCsDgAA9TEAAK4OAAAQjAMAsQ4AAMcUAwC6DgAAJi0EAL0OAACUIw8A+g4AAEsPAAADDwAAc5sJAFEPAACiDwAAtg8AAPkPAAAOEAAAUBAAAFgQAACnEAAAsRAAAP4QAAADEQAAVREAAFoRAACsEQAAtBEAAAMSAAAZEgAAWhIAAFwSAACxEgAAvhIAAAgTAAAcEwAAXxMAAGcTAAC2EwAAxRMAAA0UAAAeFAAAZBQAAHIUAAC7FAAAxxQAABIVAAAfFQAAaRUAAHMVAADAFQAAwxUAABcWAAAfFgAAbhYAAHAWAADFFgAA1hYAABwXAAAiFwAAcxcAAH8XAADKFwAAzBcAACEYAAAoGAAAeBgAAIwYAACc7hEA0BgAAKmrEQDRGAAAMmsCANQYAAAmGQAA2BgAAP4aAgDdGAAAEnsDACgZAAAL0wAAKRkAAGgfCQAtGQAAOGULAC4ZAAB9GQAAMBkAAKtKAQAxGQAAk+IIADMZAABc0gcANRkAAO+gDAA3GQAAHoAHADwZAACncQIAPxkAAGsnBwB+GQAA1BkAAIAZAABY7wYAgxkAAHTNDADrGQAAKxoAAEMaAACCGgAAjRoAANkaAADyGgAAMBsAADIbAACHGwAAoRsAAN4bAADtGwAANRwAADocAACMHAAAmRwAAOMcAADzHAAAOh0AAEIdAACRHQAAnR0AAOgdAAD1HQAAPx4AAEkeAACWHgAAnB4AAO0eAAABHwAA8+4RAEofAACbHwAATh8AAOi6DgBbHwAATBwNALYfAADyHwAA/h8AAEkgAABPIAAAoCAAAKMgAAD4uAYAqCAAAPcgAAD6IAAA9NoGAP4gAABOIQAAAiEAAEZ+BQAFIQAA5usDAFMhAAClIQAAsSEAAPwhAAD/IQAAUyIAAFsiAACqIgAAtyIAAAEjAAAGIwAAWCMAAGIjAACvIwAAtyMAAAYkAAAJJAAAXSQAAGYkAAC0JAAAtSQAAAslAAAMJQAAYiUAAGclAAC5JQAAvyUAABAmAAAaJgAAZyYAAG8mAAC+JgAAwSYAABUnAAAYJwAAbCcAAH0nAABK7xEAxScAAPDjAQDIJwAAkV4NAMwnAABbMxEAzycAABooAADRJwAA+4IJADIoAABxKAAAdCgAAMgoAADUKAAAHykAACwpAAB2KQAAfSkAAM0pAADPKQAAJCoAAC0qAAB7KgAAhSoAANIqAADdKgAAKSsAAEUrAACAKwAAiCsAAKHvEQDcKwAALiwAADYsAACFLAAAhiwAANwsAADeLAAAMy0AADYtAACKLQAAjS0AAPjvEQDmLQAAOC4AAD4uAACPLgAAli4AAOYuAADuLgAAPS8AAEAvAACULwAAnS8AAOsvAADsLwAAQjAAAEMwAACZMAAAqjAAAPAwAAD+MAAARzEAAFMxAACeMQAApTEAAE/wEQD7MQAATDIAAE4yAACjMgAAuTIAAPoyAAACMwAAUTMAAFMzAACoMwAAsTMAAP8zAAAJNAAAVjQAAGE0AACtNAAAuTQAAAQ1AAARNQAAWzUAAGU1AACyNQAAwDUAAAk2AAAYNgAAYDYAAGI2AAC3NgAAwTYAAA43AAAcNwAAZTcAAGo3AAC8NwAAyTcAABM4AAAbOAAAajgAAHA4AADBOAAAzTgAABg5AAA1OQAAbzkAAHg5AADGOQAA1DkAAB06AAAjOgAAdDoAAIA6AADLOgAAzjoAACI7AAAqOwAAeTsAAIo7AADQOwAA3jsAACc8AABAPAAAfjwAAH88AADVPAAA8jwAAKbwEQAxPQAAgz0AAIk9AADaPQAA4j0AADE+AAA6PgAAiD4AAIs+AADfPgAA6z4AADY/AAA8PwAAVPERAKk/AADkPwAA7D8AAKvxEQA+QAAAkkAAAKNAAADpQAAA8UAAAEBBAABOQQAAl0EAAJpBAADuQQAA9kEAAEVCAABSQgAAnEIAAKFCAADzQgAA/UIAAEpDAABSQwAAoUMAAK1DAAD4QwAABUQAAE9EAABRRAAApkQAAL9EAAD9RAAADkUAAFRFAABgRQAAq0UAALJFAAACRgAACkYAAFlGAABeRgAAsEYAAL1GAAAHRwAAD0cAAF5HAABoRwAAtUcAAMBHAAAMSAAAGEgAAGNIAABrSAAAAvIRAMZIAAARSQAAF0kAAGhJAACDSQAAv0kAAMtJAAAWSgAAHEoAAFnyEQBySgAA51sCAHNKAACNrwUAdEoAABw/CAB4SgAAxEoAAHlKAABx2wEAe0oAALaIBgCBSgAAFGUCAMpKAACWHBEA0EoAABtLAAAhSwAAV70DACNLAACw8hEAfksAAMlLAADPSwAAIEwAADtMAAB3TAAAg0wAAM5MAADUTAAAJU0AAC1NAAB8TQAAgk0AANNNAADfTQAAKk4AAEdOAACBTgAAik4AANhOAADkTgAAL08AADJPAACGTwAAkE8AAN1PAADpTwAANFAAADtQAACLUAAAk1AAAOJQAADjUAAAk2MAAOVQAAA5UQAASFEAAJBRAACWUQAA51EAAOlRAAA+UgAAVFIAAJVSAACzUgAA7FIAAAVTAABDUwAARVMAAJpTAACdUwAA8VMAAP1TAABIVAAAT1QAAJ9UAACnVAAA9lQAAPhUAABNVQAAVlUAAKRVAACuVQAA+1UAAAZWAABSVgAAXlYAAKlWAAC2VgAAAFcAAApXAABXVwAAZVcAAK5XAAC9VwAABVgAAAdYAABcWAAAZlgAALNYAADBWAAAClkAAA9ZAABhWQAAblkAALhZAADNWQAAD1oAABdaAABmWgAAf1oAAL1aAADGWgAAFFsAAB5bAABrWwAAc1sAAMJbAADPWwAAGVwAAB5cAABwXAAAeFwAAMdcAADIXAAAHl0AACBdAAB1XQAAeF0AAMxdAADPXQAAB/MRACheAAB6XgAAgF4AANFeAADYXgAAKF8AADBfAAB/XwAAg18AANZfAADYXwAALWAAADBgAACEYAAAjGAAANtgAADcYAAAMmEAADhhAACJYQAAjmEAAOBhAAD7YQAAN2IAAEViAACOYgAAlWIAAOViAADxYgAAPGMAAENjAABe8xEAlWMAAOpjAADtYwAAQWQAAERkAAC18xEAnWQAAO9kAAD1ZAAARmUAAE1lAACdZQAAu2UAAPRlAAANZgAAS2YAAE1mAACiZgAApWYAAPlmAAAFZwAAUGcAAFdnAACnZwAAr2cAAP5nAAAAaAAAVWgAAF5oAACsaAAAtmgAAANpAAAOaQAAWmkAAGZpAACxaQAAvmkAAAhqAAASagAAX2oAAG1qAAC2agAAxWoAAA1rAAAPawAAZGsAAG5rAAC7awAAyWsAABJsAAAXbAAAaWwAAHZsAADAbAAA1WwAABdtAAAfbQAAbm0AAIdtAADFbQAAzm0AABxuAAAmbgAAc24AAHtuAADKbgAA124AACFvAAAmbwAAeG8AAIBvAADPbwAA0G8AACZwAAAocAAAfXAAAIBwAADUcAAA13AAAAz0EQAwcQAAgnEAAIhxAADZcQAA4HEAADByAAA4cgAAh3IAAItyAADecgAA4HIAADVzAAA4cwAAjHMAAJRzAADjcwAA5HMAADp0AABAdAAAkXQAAJZ0AADodAAAA3UAAD91AABNdQAAlnUAAJ11AADtdQAA+XUAAER2AABLdgAAY/QRAJ52AADydgAAA3cAAEl3AABRdwAAn7ABAGV3AACgdwAAqHcAALr0EQAGeAAATngAAFR4AACleAAAp3gAAPx4AAASeQAAU3kAAHF5AACqeQAArXkAAAF6AAANegAAWHoAAF56AACvegAAynoAAAZ7AAASewAAXXsAAGN7AAC0ewAA0nsAAAt8AAAbfAAAYnwAAHB8AAC5fAAAv3wAABB9AAATfQAAZ30AAHF9AAC+fQAA3H0AABV+AAArfgAAbH4AAHh+AADDfgAAxn4AABp/AAAdfwAAcX8AAHN/AADIfwAA338AAB+AAAArgAAAdoAAAJKAAADNgAAA1YAAABH1EQA1gQAAe4EAAImBAADSgQAA3oEAACmCAAA2ggAAgIIAAIqCAADXggAA34IAAC6DAAAvgwAAhYMAAIeDAADcgwAA34MAADOEAAA2hAAAaPURAI+EAADhhAAA54QAADiFAAA/hQAAj4UAAJeFAADmhQAA/IUAAD2GAABGhgAAlIYAAJeGAADrhgAA9YYAAEKHAABKhwAAmYcAALKHAADwhwAA/IcAAEeIAABPiAAAv/URAKaIAAD1iAAA+IgAAEyJAABWiQAAo4kAAKmJAAD6iQAACIoAAFGKAABeigAAqIoAAL+KAAAW9hEAAIsAAKOCEAACiwAAoNMBAAWLAADwkQIABosAACgwCAAHiwAAI9MGAAiLAADoywAACYsAAJNtAgAMiwAAZx8QAA6LAABWiwAAEIsAAFP4CAAViwAA+v4GABaLAAAVbQ4AYIsAANHiCQBliwAArYsAALmLAAAEjAAABYwAAOcOBAAHjAAAW4wAAF6MAACyjAAAuYwAALqkAQC6jAAACY0AAMqMAABMNwEAEI0AAGCNAABsjQAAt40AAMSNAAAOjgAAHI4AAGWOAABxjgAAvI4AAMOOAAATjwAAG48AAGqPAAB6jwAAwY8AAMaPAAAYkAAAHpAAAG+QAAB3kAAAxpAAAM+QAAAdkQAAIJEAAHSRAACAkQAAy5EAANGRAABt9hEAQZIAAMT2EQCGkgAA0JIAANKSAABrCQEA05IAAEi1AgDXkgAAnukCANuSAADMRw0A3JIAAHwAAgDekgAAH+ECAN+SAABXQQ0A6ZIAAM2KAgDwkgAAJ5MAADSTAAB+kwAAg5MAANWTAADZkwAALJQAADmUAACDlAAAi5QAANqUAACOlAAAnUULAOGUAAAxlQAA6ZQAAPa6AwAzlQAAiJUAAJKVAADflQAA4ZUAADaWAABPlgAAjZYAAI+WAADklgAA55YAADuXAABHlwAAkpcAAJqXAAAb9xEA75cAAECYAADxlwAATi4UAPiXAAAMFAcA+pcAAPhmBwD8lwAAqVsBAAGYAAAe8AwABZgAAFQ0DgBGmAAAku4AAFiYAACXmAAAmZgAAO6YAACkmAAAAK4AALCYAAAMnwAA/ZgAAEWZAABUmQAAnJkAAKiZAADzmQAA9pkAAEqaAABNmgAAoZoAALmaAAD4mgAA/5oAAE+bAABbmwAAppsAALObAAD9mwAAC5wAAFScAABgnAAAq5wAALKcAAACnQAAGp0AAFmdAABlnQAAsJ0AALadAAAHngAADZ4AAF6eAABjngAAtZ4AALueAADJ9xEADp8AAGOfAABqnwAAup8AANKfAAARoAAAGKAAAGigAACBoAAAv6AAANegAAAWoQAAIqEAAG2hAABzoQAAxKEAAMqhAAAbogAAIKIAAHKiAAB4ogAAIPgRAOKiAAAgowAAMaMAAHejAACFowAAzqMAAN2jAAAlpAAALaQAAHykAACcpAAA06QAAN+kAAAqpQAAPqUAAIGlAACJpQAA2KUAAN6lAAAvpgAAO6YAAIamAACQpgAA3aYAAOOmAAA0pwAAQqcAAIunAACXpwAA4qcAAP2nAAA5qAAAO6gAAJCoAAChqAAA56gAAO+oAAA+qQAATKkAAJWpAACYqQAA7KkAAPSpAABDqgAAUKoAAJqqAACfqgAA8aoAAPuqAABIqwAAUKsAAJ+rAAChqwAA9qsAAAesAABNrAAAXqwAAKSsAACprAAA+6wAAP+sAABSrQAAXq0AAKmtAACwrQAAd/gRAAWuAABXrgAAYa4AAK6uAADGrgAABa8AAAivAABcrwAAZa8AALOvAAC0rwAACrAAAAuwAABhsAAAZrAAALiwAAC+sAAAD7EAABmxAABmsQAAcrEAAL2xAADEsQAAFLIAACyyAABrsgAAbbIAAMKyAADLsgAAGbMAACOzAABwswAAe7MAAMezAADfswAAHrQAADS0AAB1tAAAerQAAMy0AADTtAAAI7UAAC+1AADO+BEAfLUAAP/rAgB/tQAA/48BAIO1AACH5wYAhbUAAJSuCACLtQAA0bUAANO1AAAinAIA37UAACi2AAA0tgAAf7YAADe2AACuLQkAjLYAANa2AADgtgAALbcAAC63AABZmxEANbcAAIS3AACLtwAA27cAAJ+3AAAjugEA4LcAADK4AAA+uAAAibgAAIy4AADguAAA6LgAADe5AABEuQAAjrkAAJO5AADluQAA77kAADy6AABEugAAk7oAAJa6AADqugAA87oAAEG7AABCuwAAmLsAAJm7AADvuwAA9LsAAEa8AABMvAAAnbwAAKe8AAD0vAAA/LwAAEu9AABNvQAAor0AAKu9AAD5vQAAA74AAFC+AABbvgAAp74AALO+AAD+vgAAC78AAFW/AABfvwAArL8AALq/AAADwAAAEsAAAFrAAABcwAAAscAAALvAAAAIwQAAFsEAAF/BAABkwQAAtsEAAMPBAAANwgAAFcIAAGTCAABlwgAAu8IAAMHCAAASwwAAF8MAAGnDAABzwwAAwMMAAMXDAAAXxAAAJsQAAG7EAABzxAAAxcQAANbEAAAcxQAAJMUAAHPFAAB5xQAAysUAANbFAAAhxgAAPsYAAHjGAACBxgAAz8YAANvGAAAmxwAAKccAAH3HAACHxwAA1McAAODHAAAryAAAMsgAAILIAACKyAAA2cgAAPLIAAAwyQAARMkAAIfJAACPyQAA3skAAOHJAAA1ygAAQcoAAIzKAACSygAA48oAAP7KAAA6ywAARssAAJHLAACXywAAJfkRAPLLAAA/zAAASswAAJbMAACezAAAmd4AAKLMAADtzAAA+swAAETNAABOzQAAm80AAKnNAADyzQAAAc4AAEnOAABLzgAAoM4AAKrOAAD3zgAABc8AAE7PAABTzwAApc8AALLPAAD8zwAABNAAAFPQAAAM0AAA0oYBAFTQAACq0AAAV9AAAHh0AQBj0AAA4qwBALvQAAAB0QAACtEAAFjRAABv0QAAr9EAAL3RAAAG0gAAE9IAAF3SAABl0gAAtNIAANPSAAB8+REAFNMAAGLTAABs0wAAudMAAMTTAADT+REAEtQAAGfUAABw1AAAvtQAAMjUAAAV1QAAINUAAGzVAAB41QAAw9UAANDVAAAa1gAAJNYAAHHWAAB/1gAAyNYAANfWAAAf1wAAIdcAAHbXAACA1wAAzdcAANvXAAAk2AAAKdgAAHvYAACI2AAA0tgAANrYAAAp2QAAL9kAAIDZAACM2QAA19kAAPTZAAAu2gAAN9oAAIXaAACT2gAA3NoAAOLaAAAz2wAAP9sAAIrbAACR2wAAKvoRAOPbAAAsRwIA59sAADjcAAA93AAAj9wAAEbcAAD2FgUAnNwAAObcAAD93AAAPd0AAD7dAACU3QAAlt0AAOvdAADu3QAAQt4AAEXeAACB+hEAut4AAPDeAADx3gAAR98AAEnfAACe3wAAod8AAPXfAAD43wAA2PoRAFHgAACj4AAAqeAAAPrgAAAB4QAAUeEAAHPhAACo4QAAsOEAAP/hAAAO4gAAVuIAAFjiAACt4gAAvuIAAATjAAAV4wAAW+MAAGfjAACy4wAAueMAAAnkAAAR5AAAYOQAAGTkAAC35AAAxeQAAA7lAAAY5QAAZeUAAHDlAAC85QAAweUAABPmAAAc5gAAauYAAHTmAADB5gAAyeYAABjnAAAa5wAAb+cAAHznAADG5wAA2ucAAB3oAAAl6AAAdOgAAHXoAADL6AAAzegAACLpAAAl6QAAeekAAHzpAAAv+xEA1ekAACfqAAAt6gAAfuoAAIXqAADV6gAA3eoAACzrAAA76wAAg+sAAIjrAADa6wAA5+sAADHsAABB7AAAiOwAAJbsAADf7AAA9uwAADbtAAA/7QAAje0AAJPtAADk7QAA8O0AADvuAABC7gAAhvsRAJfuAABrEwMAmu4AAOnuAACf7gAA33AKAPjuAABA7wAAUe8AAJfvAACl7wAA7u8AAPrvAABF8AAAUvAAAJzwAACm8AAA8/AAAPvwAABK8QAATfEAAKHxAACt8QAA+PEAAAXyAABP8gAAWfIAAKbyAACu8gAA/fIAAP/yAABU8wAAXfMAAKvzAAC18wAAAvQAAA30AABZ9AAAbvQAALD0AAC49AAAB/UAACD1AABe9QAAZ/UAALX1AAC/9QAADPYAABT2AABj9gAAcPYAALr2AAC/9gAAEfcAABn3AABo9wAAafcAAL/3AADB9wAAFvgAABn4AABt+AAAcPgAAN37EQDJ+AAAG/kAACH5AABy+QAAefkAAMn5AADR+QAAIPoAAC76AAB3+gAAevoAAM76AADW+gAAJfsAACj7AAB8+wAAiPsAANP7AADd+wAANPwRACv8AABYFw8ALPwAAIH8AAAt/AAAtGUNADT8AAC5GQ8ANfwAAPl/BQA5/AAAyDICADr8AABr7gwATvwAAOUVAgCK/AAA2PwAAOL8AAAv/QAAOv0AAIb9AACS/QAA3f0AAOr9AAA0/gAAPv4AAIv+AACZ/gAA4v4AAPH+AAA5/wAAO/8AAJD/AACa/wAA5/8AAPX/AAA+AAEAQwABAJUAAQCiAAEA7AABAPwAAQBDAQEARQEBAJoBAQCoAQEA8QEBAAICAQCL/BEATwIBAOL8EQCnAgEAOf0RAP8CAQBNAwEAVwMBAKQDAQCvAwEA+wMBAAcEAQBSBAEAXwQBAKkEAQCzBAEAAAUBAA4FAQBXBQEAZgUBAK4FAQCwBQEABQYBAA8GAQBcBgEAagYBALMGAQC4BgEACgcBABcHAQBhBwEAaQcBALgHAQDIBwEADwgBABEIAQBmCAEAdAgBAL0IAQDOCAEAkP0RABsJAQDn/REAhAkBAMIJAQDTCQEAGQoBACUKAQBwCgEAeAoBAD7+EQDMCgEAHgsBACYLAQB1CwEAdwsBAMwLAQB6CwEA2g4IAIQLAQCucAUA1QsBACMMAQDbCwEAq84KAC0MAQB6DAEAhQwBANEMAQDdDAEAKA0BADUNAQB/DQEAiQ0BANYNAQDkDQEALQ4BADwOAQCEDgEAhg4BANsOAQDlDgEAMg8BAD4PAQCJDwEAkQ8BAJX+EQDjDwEANxABAEUQAQCOEAEAmxABAOUQAQD8EAEAPBEBAEQRAQCTEQEAqREBAOoRAQD2EQEAQRIBAFASAQCYEgEAoxIBAO8SAQDxEgEARhMBAFMTAQCdEwEAqxMBAPQTAQD3EwEASxQBAGEUAQCiFAEAqhQBAPkUAQALFQEA7P4RAFgVAQDhmAQAWhUBAMdVEABdFQEAKPcNAF8VAQCnFQEArBUBAP4VAQAFFgEAVRYBAGEWAQCsFgEAuRYBAAMXAQAFFwEAWhcBAHAXAQCxFwEAvRcBAAgYAQAnGAEAXxgBAHsYAQC2GAEAvhgBAEP/EQAPGQEAZBkBAG0ZAQC7GQEAxRkBABIaAQAdGgEAaRoBAHUaAQDAGgEAzRoBABcbAQAhGwEAbhsBAHwbAQDFGwEA1BsBABwcAQAeHAEAcxwBAH0cAQDKHAEA2BwBACEdAQAmHQEAeB0BAIUdAQDPHQEA3x0BACYeAQAoHgEAfR4BAIseAQDUHgEA5R4BAJr/EQAyHwEA8f8RAIQfAQB+AwYAhx8BANkfAQCLHwEA/fcBAI4fAQDLYggAkB8BAIS8AQCWHwEAU5IFAOAfAQALCgwA5h8BADAgAQBHIAEAhyABAIwgAQDeIAEA4SABADUhAQDoIAEAIMEGAPogAQAAzAYAOiEBADnGBgBBIQEAjCEBAJIhAQAfLgEAmyEBAOMhAQDsIQEAOiIBAEAiAQCRIgEAnyIBAOgiAQDyIgEAPyMBAFMjAQCWIwEAoiMBAO0jAQAAJAEARCQBAFMkAQCbJAEApyQBAPIkAQDzJAEASSUBAFMlAQCgJQEAriUBAPclAQD8JQEATiYBAFsmAQCfABIAuCYBAPwmAQALJwEAUycBAF8nAQCqJwEAqycBAAEoAQALKAEAWCgBAGYoAQCvKAEAtCgBAAYpAQATKQEApAESAF8pAQC0KQEAvSkBAAsqAQAVKgEAYioBAG0qAQC5KgEAxSoBABArAQAdKwEAZysBAHErAQC+KwEAzCsBABUsAQAkLAEAbCwBAG4sAQDDLAEAzSwBABotAQAoLQEAcS0BAH4tAQDILQEA3y0BAPsBEgA6LgEAdi4BAIIuAQDNLgEA0y4BACQvAQAwLwEAey8BAIEvAQDSLwEA2C8BACkwAQAuMAEAgDABAIYwAQBSAhIA4DABAC4xAQA4MQEAhTEBAJAxAQDcMQEA6DEBADMyAQBAMgEAijIBAJQyAQDhMgEA7zIBADgzAQBHMwEAjzMBAJEzAQDmMwEA8DMBAD00AQBLNAEAlDQBAJk0AQDrNAEA+DQBAEI1AQBKNQEAmTUBAKk1AQDwNQEA8jUBAEc2AQBVNgEAnjYBAK82AQBXAxIA/DYBAK4DEgBSNwEAozcBAK83AQD6NwEACjgBAFE4AQBaOAEAqDgBAKs4AQD/OAEACzkBAFY5AQBdOQEArTkBALU5AQAEOgEAIjoBAFs6AQBjOgEAsjoBAMM6AQAJOwEADjsBAGA7AQB3OwEAtzsBAMU7AQAOPAEAGzwBAGU8AQBtPAEAvDwBAMA8AQATPQEAFT0BAGo9AQBtPQEAwT0BAMk9AQAYPgEAHj4BAG8+AQB7PgEAxj4BANY+AQAdPwEAJj8BAHQ/AQB3PwEAyz8BANc/AQAiQAEAKUABAAUEEgCCQAEA0EABANNAAQAnQQEANUEBAH5BAQCLQQEA1UEBAOxBAQAsQgEANEIBAINCAQCFQgEA2kIBAONCAQAxQwEAO0MBAIhDAQCTQwEA30MBAOtDAQA2RAEAQ0QBAI1EAQCXRAEA5EQBAPJEAQA7RQEASkUBAJJFAQCURQEA6UUBAPNFAQBARgEATkYBAJdGAQCcRgEA7kYBAPtGAQBFRwEATUcBAJxHAQCyRwEA80cBAP9HAQBKSAEAWUgBAKFIAQCsSAEA+EgBAPpIAQBPSQEAXEkBAKZJAQC0SQEA/UkBAABKAQBUSgEAakoBAFwEEgCzSgEAqD0CALlKAQAvsAIAw0oBAAJLAQAESwEAWUsBAGpLAQCwSwEAwUsBAAdMAQAMTAEAXkwBAGJMAQC1TAEAwUwBAAxNAQATTQEAY00BAGtNAQC6TQEA2E0BABFOAQAZTgEAswQSAG1OAQC/TgEAwE4BAMsuDwDOTgEA/YUNANhOAQAWTwEAGE8BAG1PAQCGTwEAxE8BANVPAQAbUAEAJ1ABAHJQAQB0UAEAyVABANJQAQAgUQEA2FABAOdWAQAqUQEAd1EBAIJRAQDOUQEA2lEBACVSAQAyUgEAfFIBAIZSAQDTUgEA4VIBACpTAQA5UwEAgVMBAINTAQDYUwEA4lMBAC9UAQA9VAEAhlQBAItUAQDdVAEA6lQBADRVAQBAVQEAi1UBAJFVAQDiVQEA6FUBADlWAQA+VgEAkFYBAJZWAQAKBRIA9lYBAD5XAQBKVwEAlVcBAJhXAQDsVwEA71cBAENYAQBKWAEAmlgBAKZYAQDxWAEA/lgBAEhZAQBWWQEAn1kBAKtZAQD2WQEA/VkBAGEFEgBTWgEApFoBAKpaAQD7WgEAAFsBAFJbAQBYWwEAuAUSAKpbAQA6JwIAs1sBAAu4DAC1WwEA69sRALdbAQAMiQ0AuFsBAABcAQAMXAEAV1wBAFhcAQCuXAEAY1wBAAWZDQC4XAEABV0BABNdAQBcXQEAYV0BALNdAQDAXQEADwYSAAxeAQBLUA0AGF4BAGFDDQAtXgEAZgYSAIdeAQC4XgEA314BAA9fAQAzXwEAZl8BAG5fAQC9BhIAyV8BABRgAQAWYAEAa2ABAG5gAQDCYAEAx2ABABlhAQAmYQEAcGEBAIxhAQDHYQEAz2EBABQHEgAnYgEAdWIBACtiAQCnbAEAeGIBAMxiAQDYYgEAI2MBACljAQB6YwEAh2MBANFjAQDTYwEAKGQBAD5kAQB/ZAEAi2QBANZkAQDeZAEAawcSADNlAQCEZQEAjGUBANtlAQDcZQEAMmYBADRmAQCJZgEAjGYBAOBmAQDjZgEAwgcSADxnAQCOZwEAlGcBAOVnAQDsZwEAPGgBAERoAQCTaAEAoGgBAOpoAQDvaAEAQWkBAEtpAQCYaQEAoGkBAO9pAQDxaQEARmoBAFdqAQCdagEArmoBAPRqAQD5agEAS2sBAE9rAQCiawEArmsBAPlrAQAAbAEAUGwBAGJsAQAZCBIArGwBAP5sAQAGbQEAVW0BAFdtAQCsbQEAu20BAANuAQASbgEAWm4BAGZuAQCxbgEAtG4BAAhvAQALbwEAX28BAGdvAQC2bwEAwG8BAA1wAQAScAEAZHABAGxwAQC7cAEAxXABABJxAQAdcQEAaXEBAHdxAQDAcQEAw3EBABdyAQAfcgEAbnIBAIlyAQDFcgEA0HIBABxzAQAhcwEAc3MBAHZzAQDKcwEA1HMBACF0AQAzdAEAcAgSAIZ0AQDPdAEA2XQBACZ1AQAxdQEAfXUBAIV1AQDUdQEA2nUBACt2AQAtdgEAgnYBAJt2AQDZdgEA8nYBADB3AQA+dwEAh3cBAJF3AQDedwEA9HcBADV4AQBSeAEAjHgBAJR4AQDjeAEA83gBADp5AQA8eQEAkXkBAJ95AQDoeQEA+XkBAMcIEgBGegEAHgkSAJd6AQDtegEA/noBAER7AQBQewEAm3sBAJ17AQDyewEA9XsBAEl8AQBVfAEAoHwBAKh8AQDMCRIAAn0BAE59AQBafQEApX0BALR9AQD8fQEAHH4BAFN+AQBbfgEAqn4BAL5+AQABfwEABn8BAFh/AQBhfwEAr38BALV/AQAGgAEADoABAF2AAQBsgAEAtIABALmAAQALgQEAGIEBAGKBAQBvgQEAuYEBAMWBAQAQggEAH4IBAGeCAQBxggEAvoIBAMyCAQAVgwEAGoMBAGyDAQB5gwEAw4MBAMuDAQAahAEAHYQBAHGEAQB9hAEAyIQBANKEAQAfhQEAKYUBAHaFAQCEhQEAzYUBANqFAQAkhgEAO4YBAHuGAQB+hgEAIwoSANSGAQAphwEAN4cBAICHAQCRhwEAegoSAN6HAQDRChIATYgBAIWIAQCViAEA3IgBAN6IAQAziQEAQYkBAIqJAQCbiQEAKAsSAOiJAQB/CxIAPYoBAI+KAQCXigEA5ooBAOiKAQA9iwEARosBAJSLAQCeiwEA64sBAPaLAQBCjAEATowBAJmMAQCmjAEA8IwBAPqMAQBHjQEAVY0BAJ6NAQCtjQEA9Y0BAPeNAQBMjgEAVo4BAKOOAQCvjgEA+o4BAAKPAQAtDBIAVo8BAKiPAQCwjwEAhAwSAAaQAQBWkAEACJABADH7AwAMkAEAJswBABCQAQB9tg4AFZABAJLzAQBikAEArZABALWQAQCvghMAyZABAH1pEADVkAEABJEBACqRAQBbkQEAhJEBALKRAQDYkQEACZIBAC+SAQBgkgEAaJIBALeSAQDhkgEADpMBACeTAQBlkwEAZ5MBALyTAQDDkwEAE5QBABuUAQBqlAEAeZQBAMGUAQDHlAEAGJUBACSVAQBvlQEAdpUBAMaVAQDSlQEAHZYBACqWAQB0lgEAfpYBAMuWAQDZlgEAIpcBACSXAQB5lwEAipcBANCXAQDTlwEAJ5gBAFKYAQDbDBIAgZgBAEYiBACImAEAPnAGAIuYAQDVmAEAjpgBAEzKDQCPmAEAHr4CAJSYAQBffgQA3JgBAPyCAgDfmAEAipMDAOSYAQCdBxAA8JgBACyZAQAumQEAg5kBAJSZAQDamQEA6JkBADGaAQA4mgEAiJoBAIqaAQDfmgEAjZoBADuhAgCQmgEAa7cBAO6aAQA2mwEARZsBAI2bAQCZmwEA5JsBAOebAQA7nAEAPpwBAJKcAQCynAEA6ZwBAPWcAQBAnQEAVJ0BAJedAQClnQEA7p0BAPWdAQAyDRIAXJ4BAJyeAQCengEAaiINAJ+eAQBlIQ0AqZ4BAPOeAQD1ngEASp8BAFSfAQChnwEAW58BACcmDQCqnwEA+J8BAP6fAQBPoAEAW6ABAKagAQCtoAEA/aABAAKhAQBUoQEAYKEBAKuhAQCuoQEAAqIBAA+iAQBZogEAXqIBALCiAQC6ogEAB6MBAB2jAQBeowEAYKMBALWjAQC/owEADKQBABukAQBjpAEAbqQBAIkNEgDGpAEAEaUBAB6lAQBopQEAdqUBAL+lAQDLpQEAFqYBAB2mAQDgDRIAcqYBAMSmAQB5pgEAFpAOAHumAQDPgwQAxqYBAKDdAwDJpgEA0HILANOmAQCowQsA26YBABunAQAppwEAcqcBAH+nAQDJpwEA0acBACCoAQAqqAEAGAoIADCoAQB3qAEAeagBAM6oAQDcqAEAJakBADapAQA3DhIAg6kBAI4OEgDYqQEAKqoBADCqAQCBqgEAiaoBANiqAQDhqgEAL6sBADKrAQCGqwEAkqsBAN2rAQDjqwEANKwBADysAQCLrAEAqqwBADwPEgDkrAEAOa0BAEetAQCQrQEAoa0BAJMPEgDurQEA6g8SAEOuAQCVrgEAm64BAOyuAQD0rgEAQ68BAEyvAQCarwEAna8BAPGvAQD9rwEASLABAE6wAQCYEBIAobABAPawAQD/sAEATbEBAFexAQCksQEAr7EBAPuxAQAHsgEAUrIBAF+yAQCpsgEAs7IBAACzAQAOswEAV7MBAGazAQCuswEAsLMBAAW0AQAPtAEAXLQBAGq0AQCztAEAuLQBAAq1AQAXtQEAYbUBAGm1AQC4tQEAyLUBAA+2AQARtgEAZrYBAHS2AQC9tgEAzrYBAO8QEgAbtwEARhESAHS3AQDCtwEAxbcBABm4AQAluAEAcLgBAHa4AQDHuAEA1LgBAB65AQAguQEAdbkBAIu5AQDMuQEA2LkBAJ0REgAvugEAeroBAIC6AQDRugEA1LoBACi7AQA2uwEAf7sBAIS7AQDWuwEA47sBAC28AQA1vAEA9BESAJG8AQDbvAEA6bwBADK9AQA8vQEAXdcBAEi9AQCJvQEAkr0BAOC9AQD2vQEAN74BAD++AQCOvgEAkb4BAOW+AQDuvgEAPL8BAD2/AQCTvwEAlL8BAOq/AQDvvwEAQcABAEfAAQCYwAEAosABAO/AAQD7wAEARsEBAE3BAQCdwQEApcEBAPTBAQD2wQEAS8IBAEzCAQCiwgEAsMIBAPnCAQABwwEAUMMBAGvDAQCnwwEAs8MBAP7DAQAExAEAVcQBAFjEAQCsxAEAusQBAAPFAQAIxQEAWsUBAGfFAQCxxQEAucUBAAjGAQAWxgEAX8YBAGLGAQBLEhIAucYBAA3HAQC6xgEAnUAKAMLGAQD2LwoAxMYBACTMDwDJxgEAAPkPABDHAQBkxwEAdccBALvHAQDXxwEAEsgBABrIAQCiEhIAesgBAMDIAQDIyAEAF8kBAB3JAQBuyQEAc8kBAMXJAQDOyQEAHMoBACbKAQBzygEAgcoBAMrKAQDXygEAIcsBAC3LAQB4ywEAe8sBAM/LAQDrywEA+RISACnMAQDwzQ4AMMwBAMSaEAAyzAEATGQKADPMAQB9zAEANcwBAOPUAgCJzAEA1MwBANfMAQC3aAoA48wBACvNAQDnzAEAEFgKADXNAQCCzQEAis0BAOPPAQCOzQEADJgQAJDNAQDZzQEAns0BAFA9CQDezQEAGPYDAObNAQAwzgEAR84BAIfOAQCPzgEA3s4BAOjOAQA1zwEAOs8BAIzPAQCUzwEAUBMSAO3PAQA60AEA788BAEuTCQDyzwEAUHsEAD/QAQCR0AEAmdABAKcTEgDq0AEASF4CAOvQAQAP7QwA7dABALDKCQDx0AEAlGsMAPTQAQA/0QEA9tABAMAOEABB0QEAkBgGAEbRAQCW0QEATtEBAAKnAgBP0QEAdWcCAKTRAQDt0QEA8NEBAETSAQBM0gEAm9IBAFDSAQCDWwYAU9IBAKcuBgBg0gEAiSgGAKDSAQDy0gEAqtIBAI6ABgD/0gEASdMBAFHTAQD+ExIAo9MBAPfTAQC00wEAlWYEAAPUAQBO1AEAVNQBAKXUAQCv1AEAVRQSAAHVAQBT1QEAYNUBAKrVAQCy1QEANR8SALbVAQAB1gEAutUBAGDpAQDG1QEA/TMOAAfWAQBY1gEAXtYBAK/WAQC01gEABtcBAAzXAQCsFBIAadcBALTXAQC31wEAC9gBABXYAQBi2AEAftgBALnYAQDV2AEAAxUSABPZAQBn2QEAatkBAL7ZAQDK2QEAFdoBABvaAQBs2gEAdtoBAFoVEgDI2gEAGtsBACfbAQCxFRIAc9sBAKq/DgB02wEAyNsBAHfbAQBULw0Ah9sBAF1bCwDS2wEAH9wBACLcAQDWpQ4AJ9wBAPluEwA73AEAdtwBAJLcAQAIFhIA2twBACTdAQAy3QEAe90BAIXdAQDS3QEA7t0BACneAQBF3gEAXxYSAIPeAQDX3gEA2t4BAC7fAQA63wEAhd8BAIvfAQDc3wEA5t8BALYWEgA44AEAiuABAJfgAQDh4AEA8eABADjhAQA64QEAj+EBAJ3hAQDm4QEA9+EBAA0XEgBE4gEAZBcSAJriAQDr4gEA8eIBAELjAQBH4wEAmeMBAJ/jAQC7FxIA+uMBAG8jDQD+4wEAR+QBAFjkAQASGBIApeQBAGkYEgD95AEAwBgSAFrlAQCj5QEAquUBAPrlAQAC5gEAUeYBAF7mAQCo5gEAreYBAP/mAQAJ5wEAVucBAF7nAQCt5wEAs+cBAAToAQAG6AEAW+gBAGnoAQCy6AEAtegBAAnpAQAV6QEAFxkSAGLpAQC36QEAxekBAA7qAQAf6gEAbhkSAGzqAQDFGRIAwuoBABPrAQAZ6wEAausBAG/rAQDB6wEAx+sBABwaEgAa7AEAb+wBACHsAQA0mw8AJOwBAJY8BgCK7AEAxuwBAMjsAQAd7QEAN+0BAHTtAQCB7QEAsUQKAIXtAQDL7QEAze0BACLuAQAv7gEAee4BAJDuAQDQ7gEA6u4BACfvAQAp7wEAfu8BAC3vAQB1TA4Age8BANXvAQDY7wEALPABADjwAQCD8AEAifABANrwAQDk8AEAcxoSADbxAQCI8QEAlfEBAN/xAQDr8QEANvIBADzyAQCN8gEAk/IBAOTyAQDp8gEAO/MBAEHzAQDKGhIAk/MBAOnzAQCo8wEAT10FAOvzAQBA9AEA9/MBAPkeAwBG9AEAl/QBAKX0AQDu9AEA8fQBAEX1AQBK9QEAnPUBAKn1AQDz9QEAA/YBAEr2AQBM9gEAofYBAK/2AQD49gEACfcBACEbEgBV9wEApvcBALL3AQB4GxIADvgBAFT4AQBe+AEAq/gBALn4AQAC+QEAA/kBAFn5AQBq+QEAsPkBALz5AQAH+gEAF/oBAF76AQBg+gEAtfoBAMP6AQAM+wEAHfsBAM8bEgBp+wEAuvsBAMb7AQAmHBIAF/wBAGj8AQBu/AEAv/wBAMT8AQAW/QEAHP0BANQcEgB1/QEAxP0BAM79AQBe6Q8A3f0BABv+AQAk/gEAcv4BAHz+AQDJ/gEA0f4BACD/AQAk/wEAd/8BAHn/AQDO/wEA0f8BACUAAgBBAAIAKx0SAI8AAgDTAAIA1AACACoBAgA2AQIAgQECAJABAgDYAQIA4gECAC8CAgA7AgIAhgICAI0CAgCCHRIA4wICAGK9DQDwAgIANAMCAEMDAgCLAwIAlwMCAOIDAgDjAwIAOQQCAEMEAgCQBAIAngQCAOcEAgDsBAIAPgUCAEsFAgAwHhIAnQUCAOwFAgD4BQIAQwYCAFYGAgCaBgIAmwYCAPEGAgD9BgIASAcCAFcHAgCfBwIAqQcCAPYHAgACCAIATQgCAFQIAgCHHhIAtQgCAPsIAgAHCQIAUgkCAGIJAgCpCQIAswkCAAAKAgAICgIAVwoCAH8KAgCuCgIAhQoCAHAPAgDWCgIABQsCAA0LAgBcCwIAYgsCALMLAgDBCwIACgwCACEMAgBhDAIAbAwCALgMAgDCDAIADw0CADwNAgBmDQIAbg0CAL0NAgDNDQIAFA4CABYOAgBrDgIAeQ4CAMIOAgDTDgIAjB8SACAPAgDjHxIAmA8CAMcPAgDPDwIAHhACACQQAgB1EAIAgxACAMwQAgDjEAIAIxECAC4RAgB6EQIAhBECANERAgD+EQIAKBICADASAgB/EgIAjxICANYSAgDYEgIALRMCADsTAgCEEwIAlRMCADogEgDiEwIAkSASADQUAgCJFAIAlxQCAOAUAgDxFAIA6CASAD4VAgA/IRIAlhUCAJYhEgDtFQIA7SESAAEWAgDfzAsAPhYCAJMWAgChFgIA6hYCAPsWAgBEIhIARxcCAJgXAgCkFwIAmyISAPgXAgBGGAIAABgCAOQ4EABTGAIAnRgCAKsYAgD0GAIA/hgCAEsZAgBlGQIAohkCAKUZAgD5GQIAABoCAFAaAgBwGgIApxoCAMEaAgDyIhIACxsCAFUbAgAPGwIADXUCABQbAgDFzgIAYxsCAKwbAgC2GwIAAxwCAB0cAgBaHAIAahwCALEcAgC3HAIACB0CAAodAgBfHQIAdR0CALYdAgDCHQIADR4CABEeAgBkHgIAaR4CALseAgDBHgIAEh8CADIfAgBpHwIAgx8CAMAfAgDCHwIAFyACABogAgBuIAIAcSACAMUgAgDRIAIAHCECACIhAgBzIQIAfSECAEkjEgDPIQIAISICAC4iAgB4IgIAhCICAM8iAgDiIgIAJiMCADUjAgB9IwIAiSMCANQjAgDVIwIAKyQCADUkAgCCJAIAkCQCANkkAgDeJAIAMCUCAD0lAgCgIxIAiCUCAEZKDACJJQIATmINAIolAgCQIggAiyUCAEVMAgCMJQIAKSQQAI0lAgD8/AkAjiUCAKxSDQCRJQIAZ8MOAJIlAgDFVw0AkyUCAJGrCwCUJQIAm7IMAJUlAgDGdQwAliUCAP/6BQCXJQIA3iUCAJolAgBUPhAAnyUCAO6gEwCgJQIAiQgRAKElAgBicA8AoyUCAOMaEQCqJQIA3tETAK8lAgCefA8AyyUCAHvHDgDQJQIAf74TAOAlAgA1JgIA7yUCAEo3DwBDJgIAjCYCAJ0mAgD3IxIA6iYCAE4kEgBGJwIAkScCAKAnAgDoJwIA8icCAD8oAgBLKAIAligCAGIoAgCjJg8AnSgCAPwkEgDvKAIARCkCAFUpAgCbKQIApCkCAPIpAgD+KQIASSoCAEwqAgCgKgIAqCoCAPcqAgABKwIATisCAFMrAgClKwIArSsCAPwrAgAVLAIAUywCAF8sAgCqLAIAsiwCAKolEgAJLQIAASYSAFstAgCvLQIAsi0CAAYuAgASLgIAXS4CAGMuAgC0LgIAvi4CAFgmEgAQLwIAYi8CAG8vAgCvJhIAvy8CABAwAgAWMAIAZzACAGwwAgC+MAIAxDACAF0nEgAdMQIAtCcSAG4xAgDyVgsAcTECAMMxAgB4MQIA/xMLAM0xAgAaMgIA0jECAKfmCAAiMgIAhcQNADYyAgBxMgIAeTICAAsoEgDNMgIAHzMCADUzAgB2MwIAdzMCAM0zAgDPMwIAJDQCACo0AgB7NAIAhzQCANI0AgDZNAIAKTUCADE1AgCANQIAiTUCANc1AgDaNQIALjYCADw2AgCFNgIAkjYCANw2AgDzNgIAMzcCADs3AgCKNwIAljcCAI84AgCyNwIA4TcCAAk4AgA4OAIAXDgCAGIoEgCsOAIA5jgCAO84AgDrOQIA9zgCAD05AgBtOQIAlDkCALg5AgC5KBIA7TkCAEI6AgBTOgIAmToCAMk6AgDwOgIAFDsCABApEgBMOwIA7ocOAE07AgDBBAcAUDsCAJ47AgBTOwIAWHMQAKg7AgD1OwIAqzsCAOkMBwCsOwIAuuoPAP07AgBMPAIAUDwCAKM8AgClPAIA+jwCAP08AgBRPQIAbT0CAGcpEgCtPQIA2DgNALI9AgDFrg0AtD0CAP89AgC4PQIAZKILABw+AgBWPgIAXz4CAK0+AgCvPgIABD8CABU/AgC+KRIAYD8CALI/AgC7PwIACUACABpAAgBgQAIAZ0ACALdAAgC/QAIADkECANFAAgBhYwIAG0ECALxBAgAdQQIAGEMCACdBAgBlQQIAcUECABUqEgDBQQIAE0ICAB1CAgBqQgIAckICAGwqEgDNQgIAwyoSAB1DAgBvQwIAfEMCAMZDAgDQQwIAHUQCAB9EAgB0RAIAgkQCAMtEAgDYRAIAGisSACdFAgB5RQIAhkUCANBFAgDaRQIAJ0YCAClGAgB+RgIAjEYCANVGAgDiRgIAcSsSAC9HAgCqxA8AMkcCAKuLDgA5RwIAg0cCAI1HAgDIKxIA4kcCADFIAgAzSAIAAwsQAD5IAgCM4wUASEgCAIhIAgBKSAIAdcMDAFdIAgAPUxAAjUgCAN9IAgDpSAIANkkCAD5JAgAfLBIAjkkCAGNBEACXSQIA5EkCAPBJAgA7SgIAPkoCAJJKAgCcSgIA6UoCAANLAgBASwIAV0sCAJdLAgCcSwIA7ksCAApMAgB2LBIAR0wCAJxMAgCpTAIA80wCAP1MAgDNLBIAVE0CAKFNAgBbTQIAc5YIAK1NAgD4TQIA+00CAE9OAgBZTgIApk4CAMBOAgD9TgIAA08CAFRPAgBWTwIAq08CALlPAgACUAIABVACAFlQAgBlUAIAsFACALNQAgAHUQIAKlECACQtEgBgUQIAtVECAMNRAgAMUgIAD1ICAGNSAgBvUgIAulICAL1SAgB7LRIAHFMCAGhTAgBuUwIAv1MCAMRTAgAWVAIAGlQCAG1UAgBwVAIA0i0SAMVUAgD6eA4Ax1QCAGXeEADKVAIAG1UCAM1UAgDr1hAAzlQCAN1ZAgDQVAIANcMQANJUAgBkuxAA01QCAAHKEADUVAIA6ecQANtUAgAqOA0A3lQCAAtwDwAnVQIAclUCAJ5VAgDJVQIA1VUCACBWAgAvVgIAd1YCAIFWAgDOVgIA0VYCACVXAgA/VwIAfFcCAIZXAgDTVwIA2FcCACpYAgA0WAIAgVgCAIxYAgDYWAIA3lgCAC9ZAgA0WQIAhlkCAIpZAgApLhIA4lkCADRaAgDrWQIAJNEQAD5aAgCLWgIAlloCAOJaAgDoWgIAOVsCAD5bAgCQWwIAlFsCAIAuEgDsWwIAfAUDAO5bAgBCJA8A71sCAJa2DQDxWwIAwv0PAAFcAgA+XAIASFwCAJVcAgCgXAIA7FwCAPJcAgBDXQIASF0CAJpdAgCeXQIA8V0CABReAgDXLhIAVV4CAI+PAgBWXgIAn14CAKJeAgD2XgIAAl8CAE1fAgBlXwIApF8CALBfAgD7XwIAAWACAFJgAgBYYAIAqWACAK5gAgAAYQIABmECAC4vEgBhYQIArmECALlhAgAFYgIAC2ICAFxiAgBhYgIAs2ICALdiAgAKYwIADWMCAIUvEgBrYwIAuGMCAMNjAgAPZAIAFWQCAGZkAgBrZAIAvWQCAMFkAgDcLxIAFWUCAGtlAgB3ZQIAwmUCAM5lAgAZZgIAH2YCAHBmAgB2ZgIAx2YCAMxmAgAeZwIAJGcCADMwEgCBZwIAzGcCANJnAgAjaAIAL2gCAHpoAgCHaAIA0WgCAOBoAgAoaQIANGkCAH9pAgCLaQIA1mkCANxpAgAtagIAM2oCAIRqAgCJagIA22oCAOFqAgCKMBIAPGsCACwTCQBIawIAiWsCAEtrAgB2BAoAlWsCAOBrAgDoawIAiRITAOxrAgA3bAIAPWwCAI5sAgCUbAIA5WwCAOpsAgA8bQIAQm0CAOEwEgCbbQIAkp8TAJ1tAgDqbQIA8G0CAEFuAgD2bQIAJ/QCAE9uAgCYbgIAsW4CAO9uAgD4bgIARm8CAFBvAgCdbwIAqW8CAPRvAgAAcAIAS3ACAFFwAgCicAIAqHACAPlwAgD+cAIAUHECAFZxAgA4MRIAs3ECAP5xAgAIcgIAVXICAGByAgCscgIAsXICAANzAgAKcwIAWnMCAGZzAgCxcwIAt3MCAAh0AgAOdAIAX3QCAGR0AgC2dAIAvHQCAI8xEgAedQIAZHUCAGV1AgC7dQIAanUCANR6AgDAdQIAEnYCACB2AgBpdgIAdnYCAMB2AgDKdgIAF3cCACN3AgBudwIAdHcCAMV3AgDRdwIAHHgCAC94AgBzeAIAgngCAMp4AgDWeAIAIXkCACJ5AgB4eQIAgnkCAM95AgDdeQIAJnoCACt6AgB9egIAinoCAOYxEgDgegIAK3sCADt7AgCCewIAjnsCANl7AgDfewIAMHwCADx8AgCHfAIAlHwCAN58AgDtfAIANX0CAEF9AgCMfQIAmH0CAON9AgD2fQIAOn4CAEl+AgCRfgIAnX4CAOh+AgDpfgIAP38CAEl/AgCWfwIApH8CAO1/AgDyfwIARIACAFGAAgA9MhIAnYACAIQsBwCngAIA8oACAKiAAgDICAsAqYACAIgoDQAGgQIASYECAFWBAgCggQIAYoECAOJJEACmgQIA94ECAP2BAgBOggIAU4ICAKWCAgCrggIAlDISAAiDAgBTgwIAYIMCANYXAwBmgwIAqoMCAK+DAgCtlQIAsoMCAM5bAwC2gwIAAYQCAAeEAgBYhAIAXoQCAK+EAgC0hAIABoUCAAyFAgDrMhIAaYUCALSFAgC6hQIAC4YCABCGAgBihgIAaYYCALmGAgDHhgIAEIcCACuHAgBnhwIAdYcCAL6HAgDBhwIAFYgCACOIAgBsiAIAcYgCAMOIAgDQiAIAGokCACaJAgBxiQIAd4kCAMiJAgDOiQIAH4oCACSKAgB2igIAfIoCAEIzEgDSigIAJIsCAC2LAgB7iwIAiIsCANKLAgDZiwIAKYwCADqMAgCAjAIAhYwCANeMAgDmjAIALo0CADCNAgCFjQIAlo0CANyNAgDojQIAM44CADmOAgCKjgIAkI4CAOGOAgDmjgIAOI8CAD6PAgCZMxIApo8CAOaPAgDyjwIAPZACAEmQAgCUkAIAmpACAOuQAgDxkAIAQpECAEeRAgCZkQIAn5ECAPAzEgD2kQIAmMUCAAeSAgBHkgIAUJICAJ6SAgC0kgIA9ZICAAGTAgBMkwIAWZMCAKOTAgCtkwIA+pMCAAaUAgBRlAIAV5QCAKiUAgCulAIA/5QCAASVAgBWlQIAXJUCAEc0EgC2lQIABJYCAA6WAgBblgIAYJYCALKWAgDClgIACZcCACKXAgBglwIAZZcCALeXAgDAlwIADpgCABuYAgBlmAIAbJgCALyYAgC/mAIAE5kCAB+ZAgBqmQIAfZkCAMGZAgDQmQIAGJoCACSaAgBvmgIAcJoCAMaaAgDQmgIAHZsCACubAgB0mwIAeZsCAMubAgDYmwIAnjQSACWcAgB5nAIAfJwCANCcAgDdnAIAf5sMAN+cAgAnnQIAKZ0CAH6dAgCBnQIA1Z0CAN+dAgAsngIAOJ4CAIOeAgCWngIA2p4CAOmeAgAxnwIAPZ8CAIifAgCJnwIA358CAOmfAgA2oAIARKACAI2gAgCSoAIA5KACAPGgAgD1NBIAPKECAJKhAgCeoQIA6aECAO+hAgBAogIAQqICAJeiAgChogIA7qICAPyiAgBFowIASqMCAJyjAgCpowIA86MCAP+jAgBKpAIAXaQCAKGkAgCwpAIA+KQCAASlAgBPpQIAUKUCAKalAgCwpQIA/aUCAAumAgBUpgIAWaYCAKumAgC4pgIATDUSAAunAgBZpwIADqcCAGe+DQBfpwIAsKcCALOnAgAHqAIAFagCAF6oAgBjqAIAtagCAMKoAgAMqQIAGKkCAGOpAgBpqQIAuqkCAMCpAgARqgIAFqoCAGiqAgBuqgIAozUSAMGqAgAWqwIAxKoCAE1OEADGqgIAfOoOACWrAgBtqwIAjasCAMSrAgDJqwIAG6wCADasAgByrAIAfqwCAMmsAgDPrAIAIK0CADCtAgB3rQIAiK0CAM6tAgDTrQIAJa4CACmuAgB8rgIAiK4CANOuAgDZrgIAKq8CADCvAgCBrwIAhq8CANivAgDerwIA+jUSAD6wAgB9EhAARbACAIawAgCHsAIA3bACAO6wAgA0sQIAQLECAIuxAgChsQIA4rECAO6xAgA5sgIARrICAJCyAgCasgIA57ICAPOyAgA+swIARbMCAJWzAgChswIA7LMCAPKzAgBDtAIASbQCAJq0AgCftAIA8bQCAPe0AgBRNhIASrUCAM15EABRtQIAn7UCAKC1AgD2tQIA97UCAE22AgBStgIApLYCAKq2AgD7tgIABbcCAFK3AgBetwIAqbcCALC3AgAAuAIABbgCAFe4AgBYuAIArrgCALq4AgAFuQIAC7kCAFy5AgBeuQIAs7kCAL25AgAKugIAGLoCAGG6AgBmugIAuLoCAMW6AgAPuwIAG7sCAGa7AgB5uwIAvbsCAMy7AgAUvAIAILwCAGu8AgBsvAIAwrwCAMy8AgAZvQIAJ70CAHC9AgB1vQIAx70CANS9AgCoNhIAL74CAHW+AgCBvgIAzL4CAOO+AgAjvwIAJb8CAHq/AgCLvwIA0b8CANO/AgAowAIALsACAH/AAgCWwAIA1sACAN/AAgAtwQIAQ8ECAITBAgCQwQIA28ECAOjBAgAywgIAPMICAInCAgCVwgIA4MICAPPCAgA3wwIARsMCAI7DAgCawwIA5cMCAObDAgA8xAIARsQCAJPEAgChxAIA6sQCAO/EAgBBxQIATsUCAP82EgCaxQIA78UCAAPGAgBGxgIAVMYCAJ3GAgCqxgIA9MYCAPvGAgBLxwIAV8cCAKLHAgC1xwIA+ccCAP7HAgBQyAIAWcgCAKfIAgCxyAIA/sgCAAPJAgBVyQIAZckCAKzJAgDFyQIAA8oCAAjKAgBaygIAY8oCALHKAgC+ygIACMsCAA/LAgBfywIAYssCALbLAgDCywIADcwCACDMAgBkzAIAc8wCALvMAgDHzAIAEs0CABPNAgBpzQIAc80CAMDNAgDOzQIAF84CABzOAgBuzgIAe84CAFY3EgDezgIAHM8CACjPAgBzzwIAec8CAMrPAgDSzwIAeTQQANrPAgAh0AIAJtACAHjQAgB+0AIAz9ACAOXQAgAm0QIAKNECAH3RAgCH0QIA1NECAODRAgAr0gIAPtICAILSAgCR0gIA2dICAOXSAgAw0wIAMdMCAIfTAgCR0wIA3tMCAOzTAgA11AIAOtQCAIzUAgCZ1AIArTcSAOzUAgA61QIAQNUCAJHVAgCX1QIA6NUCAPTVAgA/1gIATNYCAJbWAgCg1gIA7dYCAAPXAgBE1wIASdcCAJvXAgCi1wIA8tcCAADYAgBJ2AIAWdgCAKDYAgCu2AIA99gCAAbZAgBO2QIAUNkCAKXZAgCv2QIA/NkCAAraAgBT2gIAWNoCAKraAgC32gIAAdsCAA3bAgBY2wIAa9sCAK/bAgC+2wIABtwCABLcAgBd3AIAXtwCALTcAgC+3AIAC90CABndAgBi3QIAZ90CALndAgDG3QIABDgSABLeAgBn3gIAHN4CAM1bCgB43gIAvt4CAMfeAgAV3wIAId8CAGzfAgB03wIAEIUTAHjfAgDD3wIAyd8CABrgAgAg4AIAceACAHbgAgDI4AIAzuACAFs4EgAu4QIAduECAHvhAgDN4QIA1OECACTiAgAw4gIAe+ICAILiAgA45gIAh+ICANLiAgDf4gIAKeMCADjjAgCA4wIAheMCANfjAgDe4wIALuQCADrkAgCF5AIAkeQCANzkAgDi5AIAM+UCADnlAgCK5QIAj+UCAOHlAgDn5QIAsjgSAETmAgCP5gIAnuYCAObmAgDr5gIAPecCAETnAgCU5wIAoOcCAOvnAgD35wIAQugCAEjoAgCZ6AIAn+gCAPDoAgD16AIAR+kCAE3pAgAJORIAqukCAPXpAgAF6gIATOoCAFrqAgCj6gIAsOoCAPrqAgAG6wIAUesCAFjrAgCo6wIAsOsCAGA5EgAI7AIARUARAAzsAgCpDgMAEOwCAFbsAgBn7AIArewCALXsAgAE7QIAuewCAGkEDgAO7QIAW+0CAGDtAgCy7QIAuu0CAAnuAgAL7gIAYO4CABLuAgBjAAMAaO4CALfuAgDN7gIADu8CABrvAgBl7wIAe+8CALzvAgDV7wIAE/ACAB/wAgBq8AIAcPACAMHwAgDJ8AIAGPECACjxAgBv8QIAePECAMbxAgDT8QIAHfICACzyAgB08gIAfvICAMvyAgDZ8gIAIvMCACfzAgB58wIAhvMCANDzAgDY8wIAtzkSAD30AgB+9AIAf/QCANX0AgDf9AIALPUCADT1AgCD9QIAjfUCANr1AgDf9QIAMfYCADn2AgCI9gIAivYCAEr7AgCL9gIArmYDAI72AgDf9gIAj/YCAPR0AwCe9gIA0W0DAOv2AgA29wIAOPcCAI33AgCU9wIA5PcCAOz3AgA7+AIAPPgCAJL4AgCY+AIA6fgCAO74AgBA+QIAQfkCAJf5AgCj+QIA7vkCAPT5AgBF+gIAT/oCAJz6AgCw+gIA8/oCAPv6AgAOOhIATfsCAKH7AgBR+wIAlWEDAKT7AgD4+wIABvwCAE/8AgBm/AIApvwCALP8AgD9/AIABf0CAFT9AgBV/QIAq/0CALH9AgAC/gIAB/4CAFn+AgBa/gIAsP4CALz+AgAH/wIADf8CAF7/AgBo/wIAtf8CAMn/AgAMAAMAFAADALw6EgBwAAMAugADAMEAAwARAQMAHQEDAGgBAwB4AQMAvwEDAM0BAwAWAgMAIwIDAG0CAwB5AgMAxAIDAMsCAwAbAwMAIwMDAGo7EgB+AwMAyQMDANMDAwAgBAMAKwQDAHcEAwB8BAMAzgQDANUEAwAlBQMALQUDAME7EgCEBQMA0wUDAOMFAwAqBgMANgYDAIEGAwCFBgMA2AYDAOAGAwAvBwMAMQcDAIYHAwCMBwMA3QcDAPQHAwA0CAMAPQgDAIsIAwChCAMA4ggDAO4IAwA5CQMARgkDAJAJAwCaCQMA5wkDAOoJAwA+CgMARgoDAJUKAwCfCgMA7AoDAPEKAwBDCwMASwsDAJoLAwCqCwMA8QsDAPoLAwBIDAMAVQwDAJ8MAwCuDAMA9gwDAAANAwBNDQMAWw0DAKQNAwCpDQMA+w0DAAgOAwBSDgMAWg4DABg8EgC2DgMAAA8DAMgOAwCYzwQABQ8DAFcPAwBhDwMArg8DALYPAwAFEAMAxQ8DAOWyEAALEAMAXBADABMQAwD8EA4AFBADAONJCQAVEAMAkxsDABYQAwD6bgwAaBADALMQAwC1EAMAi+gNALoQAwAKEQMAFhEDAGERAwBwEQMAuBEDAMkRAwAPEgMAERIDAGYSAwBsEgMAvRIDAMkSAwAUEwMAHBMDAG88EgBxEwMAxjwSAM4TAwAdPRIAHBQDAMs9EgBzFAMAIj4SAHUUAwAUHQUAyhQDAJQZDQDUFAMAHhUDACgVAwB1FQMAdxUDAMwVAwDfFQMAIxYDACsWAwCrNA4ALxYDAHoWAwCAFgMA0RYDANcWAwAoFwMALRcDAH8XAwCFFwMAeT4SAOAXAwAtGAMALxgDAIQYAwCOGAMA2xgDAOkYAwAyGQMANxkDAIkZAwCWGQMA4BkDAOwZAwA3GgMAPRoDAI4aAwCUGgMA5RoDAOoaAwA8GwMAQhsDANA+EgChGwMA6hsDAPcbAwBBHAMASBwDAJgcAwCgHAMA7xwDAPAcAwAEGgwA8hwDAEYdAwAFHQMA+hcMAFodAwCdHQMAsx0DAPQdAwANHgMASx4DAFAeAwCiHgMAsx4DACc/EgAKHwMAUB8DAFIfAwCnHwMAsR8DAP4fAwAMIAMAVSADAFogAwCsIAMAuSADAAMhAwALIQMAWiEDAGYhAwCxIQMAaiEDAA0jAwC3IQMACCIDAA4iAwBfIgMAZCIDALYiAwC8IgMAfj8SAA8jAwBkIwMAciMDALsjAwDMIwMA1T8SABkkAwAsQBIAcSQDAMAkAwBzJAMADBkIALIkAwBE1RMAziQDABclAwDPJAMAhyoDANAkAwCBgAoAJCUDAG4lAwB9JQMAxSUDAMolAwAcJgMAMiYDAHMmAwB0JgMAyiYDAMwmAwAhJwMAKycDAHgnAwCGJwMAzycDAOgnAwAmKAMANygDAH0oAwCJKAMA1CgDANwoAwAxQRIAPykDAIIpAwCDKQMA2SkDAOUpAwAwKgMAMyoDAIhBEgCJKgMA3ioDAOsqAwA1KwMAQisDAIwrAwCRKwMA4ysDAO0rAwA6LAMAQiwDAJEsAwChLAMA6CwDAPYsAwA/LQMATC0DAJYtAwCdLQMA7S0DAPUtAwBELgMARy4DAJsuAwCvLgMA8i4DAAgvAwBJLwMAYi8DAKAvAwClLwMA9y8DAAgwAwDfQRIAVjADADZCEgBaMAMAoXUKAGowAwClLhQAsjADAPwwAwADMQMAUzEDAF8xAwCqMQMAujEDAAEyAwAPMgMAWDIDAGUyAwCvMgMAuzIDAAYzAwANMwMAjUISAF8zAwC0MwMAYjMDAHxhBADBMwMACzQDABg0AwBiNAMAZzQDALk0AwDDNAMAEDUDABg1AwBnNQMAbDUDAO2JBABwNQMAvjUDAME1AwAVNgMAITYDAORCEgBxNgMAwzYDAHg2AwACJgsAyDYDABo3AwAiNwMAcTcDAIc3AwDINwMAyjcDAB84AwAsOAMAdjgDAIo4AwA7QxIA0jgDACQ5AwAsOQMAgx0LAC45AwB7OQMAgzkDANI5AwDeOQMAKToDADY6AwCAOgMAhToDANc6AwDgOgMALjsDAEU7AwCFOwMAkDsDAJJDEgDqOwMAMzwDADY8AwCKPAMAjTwDAOE8AwDvPAMAOD0DAEU9AwCPPQMApj0DAOY9AwDuPQMAPT4DAEM+AwCUPgMAoD4DAOs+AwD1PgMAQj8DAEs/AwCZPwMAnz8DAPA/AwD9PwMA6UMSAFNAAwCeQAMAVUADAMQqCwCtQAMA9UADAAZBAwBMQQMATkEDAKNBAwCpQQMA+kEDAAZCAwBRQgMAWEIDAKhCAwCwQgMA/0IDAAFDAwBWQwMAY0MDAK1DAwC0QwMABEQDAAxEAwBbRAMAaEQDALJEAwC3RAMACUUDABNFAwBgRQMAaEUDALdFAwDARQMADkYDABFGAwBlRgMAcUYDALxGAwDDRgMAQEQSACBHAwBqRwMAKUcDAINMAwBLRwMALy8LAIVHAwDBRwMAw0cDABhIAwApSAMAb0gDAH1IAwDGSAMAzUgDAB1JAwAlSQMAdEkDAHlJAwDLSQMAzEkDACJKAwAuSgMAeUoDAH9KAwDQSgMA0koDACdLAwAxSwMAfksDAIxLAwDVSwMA2ksDACxMAwA5TAMAl0QSAIRMAwDaTAMA30wDADFNAwA3TQMAiE0DAJJNAwDfTQMA600DADZOAwA9TgMAjU4DAJVOAwDkTgMA5k4DADtPAwBITwMAkk8DAJlPAwDpTwMA8U8DAEBQAwBNUAMAl1ADAJxQAwDuUAMA+FADAEVRAwBNUQMAnFEDAKVRAwDzUQMA9lEDAEpSAwBWUgMAoVIDAKhSAwDuRBIABFMDAJIgCwAMUwMAT1MDAFxTAwCmUwMAsFMDAP1TAwD/UwMAVFQDAGdUAwCrVAMAs1QDAAJVAwAOVQMAWVUDAF9VAwCwVQMAtlUDAAdWAwAMVgMAXlYDAGRWAwBFRRIAw1YDAAxXAwAbVwMAY1cDAH9XAwC6VwMAg1cDAKiZAwDCVwMAnEUSABpYAwBoWAMAdVgDAL9YAwDJWAMAFlkDACRZAwBtWQMAg1kDAMRZAwDQWQMAG1oDACNaAwDzRRIAeFoDAMlaAwDPWgMAIFsDACVbAwB3WwMAfVsDAEpGEgDTWwMAJVwDAC5cAwB8XAMAhlwDANNcAwDbXAMAKl0DAC9dAwCBXQMAkV0DANhdAwDgXQMAL14DADVeAwA5YAMASF4DAIZeAwCLXgMA3V4DAOZeAwA0XwMAQV8DAItfAwCSXwMA4l8DAOVfAwChRhIAO2ADAJBgAwCdYAMA52ADAP5gAwA+YQMASmEDAPhGEgCcYQMA7GEDAPRhAwBDYgMAR2IDAJpiAwCoYgMA8WIDAPtiAwBIYwMAU2MDAJ9jAwCnYwMA9mMDAPtjAwBNZAMAaGQDAKRkAwCwZAMA+2QDAAFlAwBSZQMAYmUDAKllAwC6ZQMAAGYDAAVmAwBXZgMAW2YDAE9HEgC3ZgMABWcDAB5nAwBcZwMAZmcDALNnAwC5ZwMACmgDAAxoAwBhaAMAcGgDALhoAwDCaAMAD2kDABdpAwBmaQMAamkDAL1pAwDLaQMAFGoDAB5qAwBragMAdmoDAMJqAwDKagMAGWsDAB5rAwBwawMAi2sDAMdrAwDTawMAHmwDACRsAwB1bAMAhWwDAMxsAwDdbAMAI20DAChtAwB6bQMAfm0DAKZHEgDabQMAKG4DADluAwB/bgMAiW4DANZuAwDkbgMALW8DAC5vAwCEbwMAlW8DANtvAwDvbwMAMnADADpwAwCJcAMAjXADAOBwAwDucAMAN3EDAEFxAwCOcQMAmXEDAOVxAwDtcQMAPHIDAEFyAwCTcgMArnIDAOpyAwD2cgMAQXMDAEdzAwCYcwMAqHMDAO9zAwAAdAMARnQDAEt0AwCddAMAoXQDAP1HEgACdQMAS3UDAGZ1AwCidQMAsHUDAPl1AwAAdgMAUHYDAFx2AwCndgMAr3YDAFRIEgAMdwMAVXcDAF93AwCsdwMAt3cDAAN4AwALeAMAWngDAF94AwCxeAMAzHgDAAh5AwAUeQMAX3kDAGV5AwC2eQMAxnkDAA16AwAeegMAZHoDAGl6AwC7egMAv3oDAKtIEgAjewMAaXsDAHF7AwDAewMAwXsDABd8AwAcfAMAbnwDAHx8AwDFfAMA0nwDABx9AwAmfQMAc30DAH99AwDKfQMA0H0DACF+AwApfgMAeH4DAH9+AwDPfgMA234DACZ/AwAsfwMAfX8DAIl/AwDUfwMA5H8DACuAAwA3gAMAgoADAIiAAwDZgAMA5YADADCBAwA9gQMAh4EDAJaBAwDegQMA6oEDAAJJEgA4ggMAjIIDAI+CAwDjggMA8YIDADqDAwBRgwMAkYMDAJ6DAwDogwMA/oMDAD+EAwBLhAMAloQDAKOEAwDthAMA94QDAESFAwBMhQMAm4UDAKWFAwDyhQMA94UDAEmGAwBRhgMAoIYDAKyGAwD3hgMABIcDAE6HAwBYhwMApYcDAKuHAwD8hwMAEIgDAFOIAwBbiAMAqogDALiIAwABiQMADokDAFiJAwBgiQMAr4kDALyJAwAGigMAFIoDAF2KAwBuigMAtIoDALyKAwALiwMAIYsDAGKLAwBkiwMAuYsDALqLAwBZSRIAFYwDAK6dDgAejAMAZ4wDAHaMAwC+jAMAyowDABWNAwAdjQMAsEkSAHGNAwDDjQMAzI0DABqOAwAnjgMAcY4DAHiOAwDIjgMAy44DAB+PAwAnjwMAdo8DAHuPAwDNjwMA1o8DACSQAwAukAMAe5ADAIOQAwDSkAMA15ADACmRAwA5kQMAgJEDAIiRAwDXkQMA3ZEDAC6SAwAwkgMAhZIDAJKSAwDckgMA85IDADOTAwA/kwMAB0oSAJaTAwDhkwMA55MDANhHEAD4kwMAOJQDAESUAwCPlAMAlZQDAOaUAwDulAMAPZUDAESVAwCUlQMAopUDAOuVAwAGlgMAQpYDAFCWAwCZlgMAoJYDAPCWAwD8lgMAR5cDAE+XAwBeShIAspcDAPWXAwD9lwMATJgDAH2YAwCjmAMAr5gDAPqYAwAAmQMAUZkDAFaZAwC1ShIAtJkDAP+ZAwAGmgMAVpoDAF6aAwCtmgMAr5oDAASbAwAOmwMAW5sDAGObAwAMSxIAwJsDAPipAwDBmwMACZwDAAucAwBgnAMAcZwDALecAwDInAMADp0DABqdAwBlnQMAbJ0DALydAwDEnQMAE54DAECeAwBqngMAb54DAMGeAwDCngMAGJ8DACKfAwBvnwMAfZ8DAMafAwDLnwMAHaADACqgAwB0oAMAkKADAMugAwDnoAMAY0sSAC+hAwB5oQMAfaEDANChAwDWoQMAJ6IDACmiAwB+ogMAf6IDANWiAwD4ogMALKMDAFCjAwCDowMAsKMDANqjAwDiowMAMaQDADakAwCIpAMAlaQDAN+kAwDnpAMANqUDADilAwCNpQMAlaUDAOSlAwARpgMAO6YDAEimAwCSpgMAl6YDAOmmAwD2pgMAQKcDAEynAwCXpwMAxKcDAO6nAwD2pwMARagDAGCoAwCcqAMAnqgDAPOoAwAEqQMASqkDAFOpAwChqQMArakDALpLEgAFqgMAT6oDAFaqAwCmqgMAsqoDAP2qAwAQqwMAVKsDAFyrAwCrqwMAsKsDAAKsAwALrAMAWawDAGOsAwCwrAMAuKwDAAetAwAMrQMAXq0DAG6tAwC1rQMAva0DAAyuAwAlrgMAY64DAGiuAwC6rgMAw64DABGvAwAerwMAaK8DAG+vAwC/rwMAwq8DABFMEgAbsAMAbbADACOwAwCCWw0AdrADAMSwAwDMsAMAG7EDACaxAwBysQMAdLEDAMmxAwDksQMAILIDACyyAwB3sgMAf7IDAGhMEgDbsgMAJbMDAC2zAwB8swMAiLMDANOzAwDZswMAKrQDADC0AwCBtAMAhrQDANi0AwDetAMAv0wSADy1AwCGtQMAjrUDAN21AwDxtQMANLYDADm2AwCLtgMAlLYDAOK2AwDotgMAObcDAEG3AwCQtwMAk7cDAOe3AwAEuAMAPrgDAE+4AwCVuAMAnbgDAOy4AwDvuAMAQ7kDAFe5AwCauQMAp7kDAPG5AwD7uQMASLoDAEq6AwCfugMAsroDAG1NEgD7ugMATbsDAF67AwCkuwMArbsDAPu7AwARvAMAUrwDAF+8AwCpvAMAsbwDAAC9AwAfvQMAxE0SAGO9AwCuvQMAtr0DABtOEgAIvgMAXL4DAGS+AwCzvgMAwL4DAAq/AwAPvwMAYb8DAGm/AwC4vwMAub8DAA/AAwARwAMAZsADAGzAAwC9wAMAv8ADABTBAwAqwQMAa8EDAHfBAwDCwQMAzMEDABnCAwAlwgMAcMIDAHbCAwDHwgMAz8IDAB7DAwBQwwMAck4SAH7DAwDMwwMA1sMDACPEAwArxAMAesQDAHvEAwDRxAMA18QDACjFAwA0xQMAf8UDAIDFAwDWxQMA2MUDAC3GAwAzxgMAhMYDAJDGAwDbxgMA4sYDADLHAwA6xwMAiccDAIzHAwDgxwMA6scDADfIAwA5yAMAjsgDAJjIAwDlyAMA8cgDADzJAwBSyQMAk8kDAJ/JAwDqyQMA98kDAEHKAwBLygMAmMoDAKDKAwDvygMAAcsDAMlOEgBIywMAncsDAKfLAwD0ywMA9ssDAEvMAwBkzAMAoswDAKTMAwD5zAMA/MwDAFDNAwBczQMAp80DAK/NAwAgTxIAEs4DAFXOAwBYzgMArM4DALbOAwADzwMAD88DAFrPAwBwzwMAsc8DALnPAwAI0AMAFtADAF/QAwBi0AMAttADAL7QAwAN0QMAENEDAGTRAwAb0QMAh9gDAG7RAwC70QMAb9EDAMrUAwC90QMAEtIDABjSAwBp0gMAc9IDAMDSAwDO0gMAF9MDACTTAwBu0wMAhdMDAMXTAwDN0wMAHNQDACXUAwBz1AMAdNQDAHdPEgDT1AMAIdUDACvVAwB41QMAgtUDAM/VAwDd1QMAJtYDADPWAwB91gMAlNYDANTWAwDc1gMAK9cDADLXAwCC1wMAh9cDANnXAwDd1wMAMNgDAD3YAwDOTxIAlNgDAN7YAwDm2AMANdkDADvZAwCM2QMAmNkDAOPZAwDy2QMAOtoDAD/aAwCR2gMArNoDAOjaAwD02gMAP9sDAEXbAwCW2wMAqtsDAO3bAwD12wMARNwDAFrcAwCb3AMAoNwDAPLcAwD53AMASd0DAFXdAwAlUBIAp90DAPfdAwAF3gMATt4DAFveAwCl3gMAvN4DAPzeAwAE3wMAU98DAFnfAwCq3wMAtt8DAAHgAwAI4AMAWOADAGbgAwCv4AMAsuADAAbhAwAO4QMAXeEDAGvhAwC04QMAt+EDAAviAwAT4gMAYuIDAHPiAwC54gMAvuIDABDjAwAS4wMAZ+MDAG7jAwC+4wMAzOMDABXkAwAi5AMAbOQDAIPkAwDD5AMAy+QDABrlAwAk5QMAceUDAHzlAwDI5QMA1OUDAB/mAwAn5gMAfFASAHjmAwDN5gMA1+YDACTnAwAm5wMAe+cDAH7nAwDS5wMA3ucDACnoAwAz6AMAgOgDAIjoAwDX6AMA5egDAC7pAwA76QMAhekDAI3pAwDc6QMA8ukDADPqAwA/6gMAiuoDAKDqAwDh6gMA5uoDADjrAwA+6wMAj+sDAKPrAwDTUBIA6esDAD3sAwBF7AMAlOwDAKLsAwDr7AMAquwDAMyFCAD47AMAQu0DAErtAwCZ7QMAo+0DAPDtAwD77QMAR+4DAFPuAwCe7gMApu4DACpREgD77gMATO8DAFHvAwCj7wMAsu8DAPrvAwAG8AMAUfADAFTwAwCo8AMAq/ADAP/wAwAH8QMAVvEDAFvxAwCt8QMAvfEDAATyAwAM8gMAW/IDAF7yAwCy8gMAvPIDAAnzAwAL8wMAYPMDAGbzAwC38wMAwfMDAA70AwAc9AMAZfQDAHL0AwC89AMA0/QDABP1AwAb9QMAavUDAHP1AwDB9QMAwvUDAIFREgAl9gMAb/YDAHL2AwDM5goAdfYDAJAsCgB39gMAxvYDAHn2AwC4xAQAe/YDAPKUBgDJ9gMAM6wIAMz2AwByFwcA0PYDAB33AwDU9gMA3LUKANb2AwAZhAgAIvcDAHT3AwAp9wMAvwsFACv3AwCzigoAfPcDAMv3AwDO9wMAIvgDAC74AwB5+AMAf/gDAND4AwDr+AMAJ/kDADP5AwB++QMAhPkDANX5AwDd+QMALPoDAC76AwCD+gMAMfoDAIELBACN+gMA2voDAOL6AwDYURIAQvsDAIj7AwCP+wMA3/sDAOf7AwA2/AMAQ/wDAI38AwCS/AMA5PwDAO78AwA7/QMAQ/0DAJL9AwCU/QMAyvcKAJf9AwAapwgAnP0DAOn9AwCh/QMAfxwEAKL9AwA/ogkA7/0DAED+AwBC/gMAl/4DAKT+AwDu/gMA8f4DAEX/AwBW/wMAnP8DAJ7/AwDz/wMA/f8DAEoABABWAAQAoQAEAKkABACGUhIA/QAEAE8BBABSAQQApgEEALABBAD9AQQABQIEAFQCBABhAgQAqwIEAK0CBAACAwQAGAMEAFkDBABlAwQAsAMEALgDBADdUhIADAQEAF4EBABtBAQAtQQEALcEBAAMBQQAHQUEAGMFBABuBQQAugUEAL8FBAARBgQAFAYEAGgGBAByBgQAvwYEANEGBAAWBwQAHgcEAG0HBAB3BwQAxAcEAMkHBAAbCAQAIwgEAHIIBAB0CAQAyQgEANAIBAAgCQQAJwkEAHcJBAB9CQQAzgkEANoJBAAlCgQAKAoEAHwKBAB/CgQA0woEAO8KBAAqCwQAMgsEAItTEgCOCwQA2AsEAOALBAAvDAQAMgwEAIYMBACLDAQA3QwEAOwMBAA0DQQAVA0EAIsNBACXDQQA4g0EAOwNBAA5DgQAQQ4EAJAOBACiDgQA4lMSAPEOBAA+DwQATA8EAJUPBACiDwQA7A8EAAMQBABDEAQASxAEAJoQBACpEAQA8RAEAPYQBABIEQQAVREEAJ8RBACsEQQA9hEEAAISBABNEgQAXBIEAKQSBACuEgQA+xIEAAkTBABSEwQAVxMEAKkTBAC2EwQAABQEAAMUBABXFAQAXxQEAK4UBACzFAQABRUEABIVBABcFQQAZBUEALMVBAC8FQQAChYEABcWBABhFgQAbxYEALgWBADLFgQADxcEABcXBABmFwQAbRcEAL0XBADCFwQAFBgEACoYBABrGAQAbRgEAMIYBADQGAQAGRkEACYZBABwGQQAeBkEAMcZBADKGQQAHhoEACMaBAB1GgQAhBoEAMwaBADsGgQAIxsEAC8bBAB6GwQAhBsEANEbBADZGwQAKBwEADocBAA5VBIAhBwEANYcBADjHAQALR0EADodBACEHQQAkB0EANsdBADqHQQAMh4EADweBACJHgQAkR4EAOAeBADqHgQANx8EADwfBACOHwQAlh8EAJBUEgDxHwQAPCAEAEIgBACTIAQAriAEAOogBAD2IAQAQSEEAEchBACYIQQAtCEEAO8hBAD3IQQA51QSAE4iBACdIgQApyIEAPQiBAD/IgQASyMEAFcjBACiIwQAqiMEAD5VEgAFJAQAUCQEAFYkBACnJAQAwiQEAP4kBAAKJQQAVSUEAFslBACsJQQAtCUEAAMmBAAJJgQAWiYEAGMmBACxJgQAviYEAAgnBAAVJwQAXycEAG0nBAC2JwQAwycEAA0oBAAkKAQAZCgEAGwoBAC7KAQAwCgEABIpBADMKAQAHCsEAB8pBABpKQQAcSkEAMApBADLKQQAFyoEABwqBABuKgQAcSoEAMUqBADPKgQAlVUSACErBABzKwQAgisEAMorBADMKwQAISwEADIsBAB4LAQAiSwEAM8sBADjLAQA7FUSADctBAB9LQQAgC0EANQtBACFLQQAtEwIAIotBAAiixAA3i0EACsuBAAtLgQAgi4EAIwuBADZLgQA5S4EADAvBABaLwQAhy8EAJIvBADNQgUArS8EAN4vBAARMAQANTAEAFswBACMMAQAsjAEAOMwBAAXMQQAOjEEAGUxBACRMQQAmTEEAOgxBAASMgQAPzIEAHQyBACWMgQAwTIEAO0yBAD1MgQARDMEAFMzBACbMwQAoDMEAPIzBAD7MwQASTQEAP8zBAAaPAQAWjQEAKA0BACnNAQA9zQEAP80BABONQQAWzUEAKU1BACqNQQA/DUEAAY2BABTNgQAWzYEAKo2BAC0NgQA5kIEALk2BAABNwQABjcEAFg3BABlNwQArzcEALw3BAAGOAQAEjgEAF04BABsOAQAtDgEAL44BAALOQQAEzkEAGI5BABsOQQAuTkEAL45BAAQOgQAGDoEAENWEgBzOgQAvjoEAMQ6BAAVOwQAMDsEAGw7BAB4OwQAwzsEAMk7BACaVhIAJzwEAHE8BAB9PAQAyDwEANc8BAAfPQQAKT0EAHY9BACEPQQAzT0EANI9BAAkPgQAMT4EAHs+BACDPgQA0j4EANw+BAApPwQALj8EAIA/BACIPwQA1z8EANo/BAAuQAQAOkAEAIVABACLQAQA3EAEAPdABAAzQQQAP0EEAIpBBACQQQQA4UEEAOlBBAA4QgQAOkIEAI9CBACZQgQA8VYSAOxCBAA9QwQAP0MEAJRDBAChQwQA60MEAO5DBABCRAQAU0QEAJlEBACbRAQA8EQEAPpEBABHRQQAU0UEAJ5FBACmRQQASFcSAPpFBABMRgQAT0YEAKNGBACtRgQA+kYEAAJHBABRRwQAXkcEAKhHBACqRwQA/0cEABVIBABWSAQAYkgEAJ9XEgDJSAQABEkEACBJBAD2VxIAYEkEALJJBAC/SQQACUoEABZKBABgSgQAbEoEALdKBADGSgQADksEABhLBABlSwQAc0sEALxLBADBSwQAE0wEACBMBABqTAQAg0wEAMFMBADDTAQAGE0EAB9NBABNWBIAjE0EAMZNBADXTQQAHU4EAClOBAB0TgQAh04EAMtOBADaTgQAIk8EAC5PBAB5TwQAek8EANBPBADaTwQAJ1AEADVQBAB+UAQAg1AEANVQBADiUAQApFgSADFRBACDUQQAkFEEANpRBADnUQQAMVIEAD1SBACIUgQAl1IEAN9SBADpUgQANlMEAERTBACNUwQAklMEAORTBADxUwQAO1QEAENUBACpWRIAl1QEAOlUBADxVAQAAFoSAEJVBACXVQQApVUEAO5VBAD/VQQAV1oSAExWBACuWhIAoVYEAPNWBAD7VgQASlcEAFlXBAChVwQAplcEAPhXBAAFWAQAT1gEAFxYBACmWAQAslgEAP1YBAAMWQQAVFkEAF5ZBABcWxIArVkEABODDwCxWQQAfVoNAL5ZBAACWgQAEVoEAFlaBABlWgQAsFoEALFaBAAHWwQAEVsEAF5bBABsWwQAtVsEALpbBAAMXAQAGVwEALNbEgBnXAQAulwEAMVcBAARXQQAH10EAGhdBAB5XQQAv10EAMtdBAAWXgQAHl4EAApcEgByXgQAxF4EANFeBAAbXwQAKF8EAHJfBAB+XwQAyV8EANhfBAAgYAQAKmAEAHdgBACFYAQAzmAEANtgBAAlYQQAPGEEAGFcEgCJYQQA02EEAOBhBAAqYgQANmIEAIFiBACQYgQA2GIEAOJiBAAvYwQAPWMEAIZjBABLYwQANfcJAItjBADdYwQA6mMEADRkBAA8ZAQAuFwSAJdkBADiZAQA8mQEADllBABCZQQAkGUEAJNlBADnZQQA82UEAD5mBABFZgQAD10SAKJmBADsZgQA+2YEAENnBABEZwQAmmcEALFnBADxZwQAC2gEAEhoBABUaAQAn2gEALJoBAD2aAQABWkEAE1pBABZaQQApGkEAKVpBAD7aQQABWoEAFJqBABgagQAqWoEAK5qBAAAawQADWsEAGZdEgBxawQArmsEAL1rBAAFbAQAB2wEAFxsBAAKbAQA0XIEAGlsBACzbAQAwGwEAAptBAAPbQQAYW0EAGttBAC4bQQAx20EAA9uBAAUbgQAZm4EAHNuBAC9bgQAym4EABRvBAAgbwQAa28EAHpvBADCbwQAzG8EABlwBAAmcAQAcHAEAHVwBADHcAQAy3AEAB5xBAAqcQQAdXEEAHtxBADMcQQA0nEEACNyBAAocgQAenIEAIByBAC9XRIA3nIEAChzBAA1cwQAf3MEAItzBADWcwQA5XMEAC10BAA3dAQAhHQEAJJ0BADbdAQA4HQEADJ1BAA/dQQAiXUEAJB1BADgdQQA5XUEADd2BABDdgQAjnYEAJF2BADldgQA8nYEADx3BABBdwQAk3cEAJ13BADqdwQA9ncEAEF4BABUeAQAmHgEAKZ4BADveAQA8ngEAEZ5BABQeQQAnXkEAKl5BAD0eQQA+nkEAEt6BABRegQAonoEAKd6BAD5egQA/3oEABReEgBSewQAp3sEALh7BAD+ewQAD3wEAFV8BABdfAQArHwEALx8BAADfQQABX0EAFp9BABofQQAsX0EAMJ9BABrXhIAD34EAMJeEgBgfgQAtn4EALt+BAANfwQAvH4EAJKrBAATfwQAZH8EAG5/BAC7fwQAx38EABKABAAYgAQAaYAEAG+ABADAgAQAxYAEABeBBAAdgQQAGV8SAHyBBADFgQQA3oEEAByCBAAdggQAc4IEAJCCBADKggQA0oIEAMulBADkggQAIYMEACSDBAB4gwQAfYMEAB5gEgDogwQAJoQEACyEBAB9hAQAPIQEAMFRBQB/hAQA1IQEANqEBAArhQQAP4UEAIKFBACKhQQA2YUEAOaFBAAwhgQANYYEAIeGBACRhgQA3oYEAOaGBAA1hwQARocEAIyHBACRhwQA44cEAOWHBAA6iAQAQYgEAJGIBACdiAQA6IgEAO+IBAA/iQQAW4kEAJaJBACeiQQAdWASAO6JBABEigQAUIoEAJuKBACoigQA8ooEAPqKBABJiwQATIsEAKCLBACriwQA94sEAPmLBABOjAQAVIwEAKWMBACxjAQA/IwEAAONBABTjQQAW40EAKqNBACvjQQAAY4EABqOBABYjgQAhI4EAK+OBAC7jgQABo8EABWPBABdjwQAZ48EALSPBAC8jwQAC5AEABuQBABikAQAcJAEALmQBADKkAQAEJEEAByRBADMYBIAbJEEAL6RBADGkQQAFZIEABaSBABskgQAK5IEAD0UDACJkgQAw5IEAMuSBAAakwQAHpMEAHGTBAB3kwQAyJMEAMqTBAAflAQAIJQEAHaUBAB3lAQAzZQEANmUBAAklQQAKpUEAHuVBACDlQQA0pUEANSVBAAplgQARJYEAICWBACClgQA15YEAOWWBAAulwQAP5cEAIWXBACHlwQA3JcEAPWXBAAzmAQARJgEAIqYBACWmAQAI2ESAO+YBAA4mQQA/ZgEAJ5ZCABOmQQAj5kEAJCZBADmmQQA95kEAD2aBABJmgQAlJoEAKqaBADrmgQA95oEAEKbBABPmwQAmZsEAKObBADwmwQA8psEAEecBABRnAQAnpwEAKycBAD1nAQA+pwEAEydBABZnQQAo50EAL+dBAD6nQQAAp4EAHphEgBfngQAqJ4EAMGeBAD/ngQAAJ8EAFafBABznwQArZ8EALWfBAAEoAQAFaAEAFugBABpoAQAsqAEAMugBAAJoQQAD6EEAGChBABioQQAt6EEAL2hBAAOogQAIqIEAGWiBABtogQAvKIEAMmiBAATowQAGKMEAGqjBAB0owQAwaMEAMmjBAAYpAQAKKQEAG+kBAB0pAQAxqQEAM+kBAAdpQQAKqUEAHSlBAB7pQQA0WESANylBAAipgQAMKYEAHmmBACSpgQA0KYEANamBAAnpwQAKacEAH6nBACEpwQA1acEAOmnBAAsqAQANKgEAIOoBACQqAQA2qgEAN+oBAAxqQQAO6kEAIipBACQqQQA36kEAO+pBAA2qgQAO6oEAI2qBACWqgQA5KoEAPGqBAA7qwQAQqsEAChiEgCXqwQA6asEAOqrBABArAQATKwEAJesBACdrAQA7qwEAP+sBABFrQQAWa0EAJytBACrrQQA860EAPitBABKrgQAV64EAKGuBACxrgQA+K4EAAavBABPrwQAZq8EAKavBACvrwQA/a8EAAOwBABUsAQAYLAEAKuwBACysAQAArEEAB6xBABZsQQAYbEEAH9iEgC2sQQAB7IEAA2yBABesgQAY7IEALWyBAC7sgQA1mISABGzBABjswQAZbMEALqzBADBswQAEbQEAB+0BABotAQAdbQEAL+0BADWtAQAFrUEAB61BABttQQAbrUEAMS1BADHtQQAG7YEAC+2BABytgQAgbYEAMm2BADOtgQAILcEACG3BAB3twQAjrcEAIRjEgDQtwQAJbgEADK4BAB8uAQAibgEANO4BADYuAQAKrkEADS5BACBuQQAibkEANi5BADouQQAL7oEAD26BACGugQAk7oEAN26BADkugQANLsEADy7BACLuwQAjbsEAOK7BADquwQAObwEADq8BACQvAQAT7wEANpWBQCVvAQA57wEAOq8BAA+vQQASL0EAJW9BACsvQQA7L0EAPK9BABDvgQAT74EAJq+BACdvgQA8b4EAA6/BABIvwQAWb8EAJ+/BACnvwQA9r8EAP2/BABNwAQAU8AEAKTABACywAQA+8AEABbBBABSwQQAXsEEAKnBBACvwQQAAMIEABXCBABXwgQAX8IEAK7CBAC4wgQABcMEAAvDBABcwwQAasMEALPDBAC/wwQACsQEABHEBABhxAQAacQEANtjEgDGxAQAD8UEACXFBABmxQQAcsUEAL3FBADCxQQAFMYEAB3GBABrxgQAdcYEAMLGBADOxgQALLIGAN7GBAAZxwQAIccEADJkEgB1xwQAx8cEANTHBAAeyAQAK8gEAHXIBACByAQAzMgEANvIBAAjyQQALckEAHrJBACIyQQA0ckEANbJBAAoygQANcoEAH/KBACHygQAiWQSAOTKBAAtywQAQ8sEAITLBACQywQA28sEAODLBAAyzAQAO8wEAInMBACTzAQA4MwEAOjMBAA3zQQAQ80EAI7NBAChzQQA5c0EAObNBAA8zgQASs4EAJPOBACZzgQA6s4EAPbOBABBzwQASM8EAOBkEgCizwQA788EAPfPBABG0AQATNAEAKEeCgBV0AQAndAEAKLQBAC+PwUAo9AEAPTQBAAA0QQAS9EEAE3RBACi0QQArNEEAPnRBAAF0gQAUNIEAFjSBAA3ZRIAr9IEAP7SBAAN0wQAVdMEAFrTBACs0wQAudMEAAPUBAAQ1AQAWtQEAGbUBACx1AQAwNQEAAjVBAAS1QQAX9UEAG3VBAC21QQAu9UEAA3WBAAa1gQAZNYEAGzWBAC71gQAxdYEABLXBAAX1wQAadcEAHHXBADA1wQAy9cEABfYBAAc2AQAbtgEAHHYBADF2AQAz9gEABzZBAAk2QQAjmUSAHjZBADK2QQA2dkEACHaBAAj2gQAeNoEAInaBADP2gQA2toEACbbBAAr2wQAfdsEAIDbBADU2wQA3tsEACvcBAAz3AQAgtwEAITcBADZ3AQA5twEADDdBAA33QQAh90EAI/dBADe3QQA390EADXeBAA63gQAjN4EAJLeBADj3gQA7d4EADrfBABC3wQA5WUSAMffBADo3wQAHeAEAD/gBABZ4AQAluAEALzgBADt4AQAB+EEAEThBABq4QQAm+EEALXhBADy4QQAG+IEAEniBABR4gQAoOIEAKLiBAD34gQABOMEAE7jBABV4wQApeMEAK3jBAD84wQA/eMEAFPkBABY5AQAquQEALDkBAAB5QQAC+UEAFjlBABg5QQAPGYSAMvlBACTZhIADuYEAF3mBABf5gQAtOYEAMHmBAAL5wQAEucEAGLnBABq5wQAuecEALrnBAAQ6AQAFegEAGfoBABt6AQAvugEAMjoBAAV6QQAHekEAOpmEgBx6QQAw+kEAMXpBAAa6gQAIeoEAHHqBAB/6gQAyOoEANXqBAAf6wQANusEAHbrBAB+6wQAzesEANfrBAAk7AQA4+sEAFZNBQAv7AQAe+wEAIfsBADS7AQA2uwEAEFnEgAq7QQAgO0EADPtBAB/zwUAP+0EAMm7BQCF7QQA1+0EANrtBAAu7gQAOO4EAIXuBACc7gQA3O4EAOLuBAAz7wQAP+8EAIrvBACN7wQA4e8EAP7vBAA48AQASfAEAI/wBACu8AQA5vAEAO7wBAA98QQAP/EEAJTxBACj8QQA6/EEAPXxBABC8gQAUPIEAJnyBAC08gQA8PIEAPzyBABH8wQAT/MEAJhnEgCq8wQA9fMEAAT0BABM9AQAUfQEAKP0BACp9AQA+vQEAAH1BABR9QQAWfUEAKj1BACq9QQA//UEAAb2BABW9gQAWPYEAK32BACu9gQABPcEAA73BABb9wQAZ/cEALL3BAC49wQACfgEACP4BABg+AQAaPgEALf4BADN+AQADvkEABz5BABl+QQAaPkEALz5BAC/+QQAE/oEACH6BABq+gQAd/oEAMH6BADY+gQAGPsEACD7BABv+wQAcfsEAMb7BADO+wQAHfwEADT8BAB0/AQAgPwEAMv8BADh/AQAIv0EACr9BAB5/QQAh/0EAND9BADa/QQAJ/4EAC/+BAB+/gQAhf4EANX+BADh/gQALP8EAC3/BACD/wQAj/8EANr/BADn/wQAMQAFADgABQCIAAUAiwAFAN8ABQDnAAUANgEFADsBBQCNAQUAmgEFAOQBBQAUAgUAOwIFAEMCBQDvZxIAmgIFABGjEgCuAgUA6QIFAPECBQBGaBIATgMFAJcDBQCZAwUA7gMFAP8DBQBFBAUATQQFAJwEBQCoBAUA8wQFAPkEBQBKBQUAUAUFAKEFBQCmBQUA+AUFAP4FBQCdaBIAVAYFAKYGBQBbBgUA84gOAK4GBQD9BgUAAgcFAHfVCgADBwUAHR8MAAkHBQCzjwsADAcFAFQHBQAOBwUAZRwMABQHBQCajwwAWQcFAKsHBQBaBwUAO8QJALgHBQACCAUADwgFAFkIBQBlCAUAsAgFAL8IBQAHCQUAEQkFAPlpEgBoCQUAtQkFALoJBQAMCgUAFAoFAFBqEgBoCgUAugoFAL0KBQARCwUAGwsFAGgLBQCQCwUA/moSAMULBQAWDAUALAwFAG0MBQB7DAUAxAwFANEMBQAbDQUAHQ0FAHINBQB8DQUAyQ0FANUNBQAgDgUAJw4FAHcOBQB/DgUAzg4FANUOBQAlDwUALg8FAHwPBQCIDwUA0w8FANsPBQBVaxIALxAFAIEQBQCJEAUA2BAFAOcQBQAvEQUANBEFAIYRBQCTEQUA3REFAOoRBQA0EgUAQBIFAIsSBQCaEgUA4hIFAOwSBQA5EwUARxMFAJATBQCVEwUA5xMFAPQTBQA+FAUARhQFAJUUBQCfFAUA7BQFAPoUBQBDFQUAWRUFAJoVBQCmFQUA8RUFAPYVBQBIFgUAURYFAJ8WBQCpFgUArGsSAAAXBQBNFwUAWRcFAKQXBQCsFwUAA2wSAAAYBQBSGAUAXxgFAKkYBQC2GAUAABkFAAwZBQBXGQUAZhkFAK4ZBQC4GQUABRoFAB0aBQBcGgUAZhoFALMaBQDBGgUAChsFACAbBQBhGwUAbRsFALgbBQC9GwUADxwFABgcBQBmHAUAcBwFAL0cBQDFHAUAWmwSACEdBQBrHQUAKh0FAGGuEQB4HQUAwh0FAM4dBQAZHgUAKB4FAHAeBQB6HgUAxx4FANUeBQAeHwUAKx8FAHUfBQCMHwUAzB8FANQfBQAjIAUALSAFAHogBQB/IAUA0SAFANkgBQCxbBIANCEFAH8hBQCFIQUA1iEFAPEhBQAtIgUAOSIFAIQiBQCKIgUACG0SAOMiBQBfbRIANyMFAIkjBQCWIwUA4CMFAO0jBQA3JAUAQyQFAI4kBQCdJAUA5SQFAO8kBQA8JQUASiUFAJMlBQCYJQUA6iUFAPclBQBBJgUASSYFALZtEgCkJgUA7yYFAP8mBQBGJwUATycFAJ0nBQCgJwUA9CcFAAAoBQBLKAUAUigFAA1uEgCwKAUA+SgFAA8pBQBQKQUAXCkFAKcpBQCuKQUA/ikFAAYqBQBVKgUAWioFAKwqBQC1KgUAAysFAA0rBQBkbhIAXysFALErBQBmKwUAHDAFALkrBQAILAUADiwFAF8sBQBkLAUAtiwFAL8sBQANLQUAFy0FAGQtBQBwLQUAuy0FAMMtBQC7bhIAFy4FAGkuBQBxLgUAwC4FAMsuBQAXLwUAHC8FAG4vBQBxLwUAxS8FAM8vBQASbxIAJjAFAHMwBQB3MAUAyjAFAM8wBQAhMQUAJzEFAHgxBQCYMQUAzzEFANcxBQAmMgUANDIFAH0yBQCAMgUA1DIFANwyBQArMwUANDMFAIIzBQCPMwUA2TMFAN8zBQAwNAUAPDQFAIc0BQCJNAUA3jQFAO00BQA1NQUAQDUFAIw1BQCONQUA4zUFAPw1BQA6NgUASzYFAJE2BQCdNgUAaW8SAPA2BQA/NwUAXzcFAJY3BQCkNwUA7TcFAPo3BQBEOAUASzgFAJs4BQC3OAUA8jgFAPo4BQDAbxIATjkFAKA5BQCtOQUA9zkFAAQ6BQBOOgUAWjoFAKU6BQC0OgUA/DoFAAY7BQBTOwUAaDsFAKo7BQCyOwUAATwFABA8BQBYPAUAWjwFAK88BQC4PAUABj0FAAk9BQBdPQUAaT0FALQ9BQDQPQUACz4FABM+BQAXcBIAZz4FALk+BQDPPgUAED8FABw/BQBnPwUAij8FAG5wEgDLPwUAFUAFACJABQBsQAUAeEAFAMNABQDSQAUAGkEFACRBBQBxQQUAeUEFAMhBBQDSQQUAH0IFACRCBQB2QgUAfkIFAMVwEgDhQgUAJEMFAEpDBQB7QwUAoUMFANJDBQD4QwUAKUQFAFREBQCARAUAiEQFANdEBQABRQUALkUFAGRFBQCFRQUAq0UFANxFBQACRgUAM0YFAGlGBQCKRgUAtUYFAOFGBQDpRgUAOEcFAD1HBQBvqQUAR0cFAI9HBQCURwUA5kcFAPNHBQA9SAUASkgFAJRIBQCgSAUA60gFAPpIBQBCSQUATEkFAJlJBQCnSQUA8EkFAPVJBQBHSgUAVEoFAJ5KBQCmSgUA9UoFAPtKBQBMSwUA/0oFALemBQBYSwUAo0sFALNLBQD6SwUAA0wFAFFMBQBUTAUAqEwFALRMBQD/TAUABk0FABxxEgBqTQUArU0FALBNBQAETgUAIU4FAFtOBQBsTgUAsk4FALlOBQAJTwUAIk8FAGBPBQBoTwUAt08FAM1PBQAOUAUAE1AFAGVQBQBsUAUAvFAFAMVQBQATUQUAJFEFAGpRBQB2UQUAc3ESAMNRBQAnVQUA1VEFABhSBQAbUgUAb1IFAIxSBQDGUgUA11IFAB1TBQAsUwUAdFMFAIVTBQDLUwUA2VMFACJUBQAuVAUAeVQFAIZUBQDQVAUA2lQFAMpxEgAtVQUAflUFAIxVBQDVVQUA11UFACxWBQAzVgUAg1YFAJxWBQAhchIA7lYFADFXBQA0VwUAiFcFAKVXBQDfVwUA8FcFADZYBQA+WAUAjVgFAJRYBQDkWAUA6lgFADtZBQBJWQUAklkFAK1ZBQDpWQUA9VkFAEBaBQBGWgUAl1oFAKxaBQDuWgUA9loFAEVbBQBPWwUAnFsFAKJbBQDzWwUAAVwFAEpcBQBWXAUAoVwFAKhcBQD4XAUAAF0FAHhyEgBYXQUApl0FALNdBQD9XQUAC14FAFReBQBjXgUAq14FAK1eBQACXwUADF8FAFlfBQBnXwUAsF8FALVfBQAHYAUAFGAFAF5gBQBhYAUAtWAFAMFgBQAMYQUAH2EFAGNhBQByYQUAumEFAMZhBQARYgUAEmIFAGhiBQByYgUAv2IFAM1iBQAWYwUAG2MFAG1jBQB6YwUAz3ISAMljBQAbZAUAMWQFAHJkBQCIZAUAyWQFANJkBQAgZQUALWUFAHdlBQCFZQUAzmUFAN1lBQAlZgUAJ2YFAHxmBQCGZgUA02YFAOFmBQAqZwUAL2cFAIFnBQCOZwUA2GcFANtnBQAvaAUAN2gFAIZoBQCXaAUA3WgFAOtoBQA0aQUAQWkFAItpBQCraQUA4mkFAOppBQA5agUASWoFAJBqBQCSagUA52oFAPVqBQA+awUAT2sFANRzEgCbawUA7GsFAPhrBQArdBIASmwFAJpsBQBQbAUALGAHAKFsBQDxbAUA92wFAEhtBQBUbQUAn20FAKJtBQD2bQUA+W0FAE1uBQB1bgUApG4FAMduBQD7bgUABm8FAFJvBQBXbwUAqW8FAKxvBQAAcAUACnAFAFdwBQB/cAUAgnQSALNwBQAFcQUAEnEFAFxxBQBpcQUAs3EFAL9xBQAKcgUAGXIFAGFyBQBrcgUAuHIFAMByBQAPcwUAGXMFAGZzBQBrcwUAvXMFAMVzBQDZdBIAIXQFAGt0BQB/dAUAwnQFAMp0BQAZdQUAHnUFAHB1BQCAdQUAx3UFAM91BQAedgUAKHYFAHV2BQCAdgUAzHYFANh2BQAjdwUAK3cFADB1EgB7dwUA0XcFAN13BQAoeAUAN3gFAH94BQCNeAUA1ngFAOZ4BQAteQUAO3kFAIR5BQCQeQUA23kFAOJ5BQAyegUAOnoFAIl6BQCfegUA4HoFAPR6BQA3ewUAOnsFAI57BQCrewUA5XsFAPZ7BQA8fAUARHwFAJN8BQCefAUA6nwFAO98BQBBfQUARH0FAJh9BQCifQUA730FAPJ9BQCHdRIASH4FADKJCABLfgUAnX4FAKB+BQD0fgUA/n4FAEt/BQBTfwUAon8FAMF/BQDedRIADYAFAFCABQB2gAUAp4AFAM2ABQD+gAUAJIEFAFWBBQCNgQUArIEFAOKBBQADggUAKYIFAFqCBQCAggUAsYIFAOeCBQAIgwUALIMFAF+DBQB7gwUAtoMFAL6DBQA1dhIAEoQFAGSEBQBxhAUAu4QFAMiEBQAShQUAHoUFAGmFBQB4hQUAwIUFAMqFBQAXhgUAJYYFAG6GBQBzhgUAxYYFANKGBQAchwUAJIcFAIx2EgB/hwUAyocFANqHBQAhiAUAKogFAHiIBQB7iAUAz4gFANuIBQAmiQUALYkFAON2EgCLiQUA1IkFAOqJBQArigUAN4oFAIKKBQCJigUA2YoFAOGKBQAwiwUANYsFAIeLBQCQiwUA3osFAOiLBQA6dxIANowFAIyMBQCYjAUA44wFAOmMBQA6jQUAPI0FAJGNBQCbjQUA6I0FAPaNBQA/jgUARI4FAJaOBQCjjgUA7Y4FAPWOBQBEjwUATo8FAJuPBQCpjwUA8o8FAAiQBQBJkAUAVZAFAKCQBQCnkAUA95AFAP+QBQBOkQUAU5EFAKWRBQCukQUA/JEFAAaSBQCRdxIAVpIFAKqSBQDHkgUAAZMFABKTBQBYkwUAZpMFAK+TBQDHkwUABpQFAAmUBQBdlAUAepQFALSUBQDFlAUAC5UFACOVBQBilQUAbpUFALmVBQDMlQUAEJYFAB+WBQBnlgUAc5YFAL6WBQC/lgUAFZcFAB+XBQBslwUAepcFAMOXBQDIlwUAGpgFACeYBQDodxIAdpgFAMiYBQDVmAUAH5kFACyZBQB2mQUAgpkFAM2ZBQDcmQUAJJoFAC6aBQB7mgUAiZoFANKaBQDXmgUAKZsFADabBQCAmwUAiJsFAO14EgDjmwUALpwFAD6cBQCFnAUAjpwFANycBQDfnAUAM50FAD+dBQCKnQUAkZ0FAER5EgDvnQUAOJ4FAE6eBQCPngUAm54FAOaeBQDtngUAPZ8FAEWfBQCUnwUAmZ8FAOufBQD0nwUAQqAFAEygBQCbeRIAmqAFAPCgBQD8oAUAR6EFAE2hBQCeoQUAoKEFAPWhBQD/oQUATKIFAFqiBQCjogUAqKIFAPqiBQAHowUAUaMFAFmjBQCoowUAsqMFAP+jBQANpAUAVqQFAGykBQCtpAUAuaQFAASlBQALpQUAW6UFAGOlBQCypQUAt6UFAAmmBQASpgUAYKYFAGqmBQDyeRIAxaYFAA6nBQAkpwUAZacFAHGnBQC8pwUAw6cFABOoBQAbqAUAaqgFAG+oBQDBqAUAyqgFABipBQAiqQUASXoSAHCpBQDGqQUA0qkFAB2qBQAjqgUAdKoFAHaqBQDLqgUA1aoFACKrBQAwqwUAeasFAH6rBQDQqwUA3asFACesBQAvrAUAfqwFAIisBQDVrAUA46wFACytBQBCrQUAg60FAI+tBQDarQUA4a0FADGuBQA5rgUAiK4FAI2uBQDfrgUA6K4FADavBQBArwUAoHoSAI+vBQCZcQ0Am68FAOSvBQD1rwUAO7AFAECwBQCSsAUAqbAFAOmwBQD9sAUAQLEFAFixBQCXsQUAprEFAO6xBQDzsQUARbIFAFKyBQCcsgUAqbIFAPOyBQD/sgUASrMFAFmzBQChswUAq7MFAPizBQAAtAUAT7QFAG20BQCmtAUArrQFAP20BQAGtQUAVLUFAGG1BQCrtQUArbUFAAK2BQAbtgUAWbYFAGq2BQCwtgUAvLYFAAe3BQAPtwUA93oSAGO3BQC1twUAvbcFAAy4BQAbuAUAY7gFAGi4BQC6uAUAx7gFABG5BQAeuQUAaLkFAHS5BQC/uQUAzrkFABa6BQAgugUAbboFAHW6BQDEugUAzroFABu7BQAguwUAcrsFAHq7BQBOexIA3bsFACC8BQAjvAUAd7wFAJS8BQDOvAUA37wFACW9BQBbvQUAfL0FAJu9BQDTvQUA270FACq+BQAsvgUAgb4FAJC+BQDYvgUA4r4FAC+/BQA9vwUAhr8FAKG/BQDdvwUA6b8FADTABQA8wAUApXsSAJfABQDiwAUA8cAFADnBBQA+wQUAkMEFAJbBBQDnwQUA7sEFAD7CBQBGwgUAlcIFAJfCBQDswgUA88IFAEPDBQBFwwUAmsMFAJvDBQDxwwUA+8MFAEjEBQBUxAUAn8QFAKXEBQD2xAUAEMUFAE3FBQBVxQUApMUFALrFBQD7xQUACcYFAFLGBQBVxgUAqcYFAKzGBQAAxwUADscFAFfHBQBkxwUArscFAMXHBQAFyAUADcgFAFzIBQBeyAUAs8gFALvIBQAKyQUAIckFAGHJBQBtyQUAuMkFAM7JBQAPygUAF8oFAGbKBQB0ygUAvcoFAMfKBQAUywUAHMsFAGvLBQByywUAwssFAM7LBQAZzAUAGswFAHDMBQB8zAUAx8wFANTMBQAezQUAJc0FAHXNBQB4zQUAzM0FANTNBQAjzgUAKM4FAHrOBQCHzgUA0c4FAAHPBQAozwUAMM8FAPx7EgCFzwUA1s8FAOTPBQAt0AUAPtAFAITQBQCJ0AUA29AFAPLQBQAy0QUARtEFAInRBQCo0QUA4NEFAOjRBQA30gUAOdIFAI7SBQCd0gUA5dIFAO/SBQA80wUAStMFAJPTBQCu0wUA6tMFAPbTBQBB1AUASdQFAFN8EgCk1AUA79QFAP7UBQBG1QUAS9UFAJ3VBQCj1QUA9NUFAPvVBQBL1gUAU9YFAKLWBQCk1gUA+dYFAADXBQBQ1wUAUtcFAKfXBQCo1wUA/tcFAAjYBQBV2AUAYdgFAKzYBQCy2AUAA9kFAB3ZBQBa2QUAYtkFALHZBQDH2QUACNoFABbaBQBf2gUAYtoFALbaBQC52gUADdsFABvbBQBk2wUAcdsFALvbBQDS2wUAEtwFABrcBQBp3AUAa9wFAMDcBQDI3AUAF90FAC7dBQBu3QUAet0FAMXdBQDb3QUAHN4FACTeBQBz3gUAgd4FAMreBQDU3gUAId8FACnfBQB43wUAf98FAM/fBQDb3wUAJuAFACfgBQB94AUAieAFANTgBQDh4AUAK+EFADLhBQCC4QUAheEFANnhBQDh4QUAMOIFADXiBQCH4gUAlOIFAN7iBQAO4wUANeMFAD3jBQCqfBIAkeMFAOPjBQD/4wUAOuQFAELkBQABfRIAyuQFAOjkBQAO5QUAP+UFAGjlBQCW5QUAzOUFAO3lBQAC5gUAROYFAEzmBQCb5gUAnuYFAPLmBQAP5wUASecFAFrnBQCg5wUAo+cFAPfnBQAB6AUATugFAFDoBQCl6AUAr+gFAPzoBQAI6QUAU+kFAG/pBQCq6QUAsukFAFh9EgA06gUAWOoFAFvqBQCv6gUA1eoFAAbrBQAv6wUAXesFAIHrBQC06wUAvOsFAK99EgAQ7AUAYuwFAG/sBQC57AUAxuwFABDtBQAc7QUAZ+0FAHbtBQC+7QUAyO0FABXuBQAj7gUAbO4FAHHuBQDD7gUA0O4FABrvBQAi7wUAce8FAHvvBQDI7wUA1u8FAB/wBQA18AUAdvAFAILwBQDN8AUA0vAFACTxBQAt8QUAe/EFAIXxBQDS8QUA7vEFACnyBQAx8gUABn4SAILyBQDX8gUA5fIFAC7zBQA/8wUAXX4SAIzzBQC0fhIA4fMFADP0BQA79AUAivQFAJn0BQDh9AUA5/QFADj1BQBE9QUAj/UFAJH1BQDm9QUA8PUFAD32BQBJ9gUAlPYFAJz2BQBifxIA8PYFAEL3BQBR9wUAmfcFALn3BQDw9wUA/PcFAEf4BQBR+AUAnvgFAKb4BQD1+AUA9/gFAEz5BQBc+QUAo/kFAK35BQD6+QUABvoFAFH6BQBX+gUAqPoFALD6BQC5fxIABPsFAFb7BQBf+wUAJqwMAGP7BQCt+wUAbPsFAFTnDwC3+wUAMqwPALr7BQAE/AUAEPwFAFv8BQBq/AUAsvwFALz8BQAJ/QUAEf0FAF+hCwAX/QUAYP0FAG39BQC3/QUAzv0FAA7+BQAW/gUAZf4FAG/+BQC8/gUAwf4FABP/BQAb/wUAEIASAHf/BQDB/wUAz/8FABgABgArAAYAbwAGAHcABgDGAAYAyQAGAB0BBgAiAQYAdAEGAIMBBgDLAQYA6wEGACICBgAuAgYAeQIGAIMCBgDQAgYA7AIGACcDBgAvAwYAZ4ASAJEDBgDVAwYA2wMGACwEBgA4BAYAgwQGAI0EBgDaBAYA4AQGADEFBgA/BQYAiAUGAJQFBgDfBQYA4gUGADYGBgA3BgYAjQYGAJkGBgDkBgYA6gYGADsHBgBBBwYAkgcGAJ4HBgDpBwYABggGAEAIBgBJCAYAlwgGAKMIBgDuCAYA8QgGAEUJBgBPCQYAnAkGAKgJBgDzCQYA+QkGAEoKBgBQCgYAoQoGAKYKBgD4CgYA/goGAL6AEgBbCwYApgsGAKgLBgD9CwYADAwGAFQMBgBfDAYAqwwGALcMBgACDQYACQ0GAFkNBgBhDQYAsA0GALoNBgAHDgYAEg4GAF4OBgBqDgYAtQ4GAL0OBgDDgRIADg8GAGMPBgB2DwYAug8GAMIPBgAREAYAFxAGAGgQBgB0EAYAvxAGAMkQBgAWEQYAHBEGAG0RBgB7EQYAxBEGANARBgAbEgYAHhIGAHISBgB6EgYAyRIGAMoSBgAgEwYALBMGAHcTBgB9EwYAzhMGANYTBgAlFAYAKxQGAHwUBgCIFAYA0xQGAPAUBgAqFQYAMxUGAIEVBgCNFQYA2BUGANsVBgAvFgYAORYGAIYWBgCOFgYA3RYGAO4WBgA0FwYAQhcGAIsXBgChFwYA4hcGAPAXBgA5GAYAQxgGABqCEgCfGAYA5xgGAPIYBgA+GQYAShkGAJUZBgCcGQYA7BkGAPQZBgBDGgYATRoGAJoaBgClGgYA8RoGAP0aBgBIGwYAUBsGAHGCEgChGwYA9hsGAAkcBgBNHAYAVRwGAKQcBgCqHAYA+xwGAAcdBgBSHQYAXB0GAKkdBgCvHQYAAB4GAA4eBgBXHgYAYx4GAK4eBgCxHgYABR8GAA0fBgBcHwYAXR8GALMfBgC/HwYACiAGABAgBgBhIAYAaSAGALggBgC+IAYADyEGABshBgBmIQYAgyEGAL0hBgDGIQYAFCIGACAiBgBrIgYAbiIGAMIiBgDMIgYAGSMGACEjBgBwIwYAgSMGAMcjBgDVIwYAHiQGADQkBgB1JAYAgyQGAMwkBgDWJAYAIyUGACslBgB6JQYAnSUGAMiCEgDcJQYAKCYGADYmBgB/JgYAjiYGANYmBgDhJgYALScGADUnBgCEJwYAkicGANsnBgDeJwYAMigGADooBgAfgxIApSgGAHaDEgDiKAYANykGAEQpBgCOKQYAmykGAOUpBgDqKQYAPCoGAEYqBgCTKgYAoioGAOoqBgDvKgYAQSsGAE4rBgCYKwYApSsGAO8rBgD7KwYARiwGAFUsBgCdLAYApywGAPQsBgAALQYASy0GAFEtBgCiLQYAqC0GAPktBgD+LQYAUC4GAFYuBgDNgxIArC4GAKNQBgC4LgYA/i4GAAwvBgBVLwYAYS8GAKwvBgC5LwYAAzAGAA0wBgBaMAYAdjAGALEwBgDNMAYAJIQSAAoxBgBfMQYAbDEGALYxBgDDMQYADTIGABIyBgBkMgYAbjIGALsyBgDKMgYAEjMGABczBgBpMwYAdjMGAMAzBgDNMwYAFzQGACM0BgBuNAYAfTQGAMU0BgDPNAYAHDUGACg1BgBzNQYAeTUGAMo1BgDQNQYAITYGACY2BgB4NgYAfjYGAHuEEgDbNgYAJjcGAC03BgB9NwYAizcGANQ3BgDXNwYAKzgGADM4BgCCOAYAhzgGANk4BgDmOAYAMDkGADg5BgDShBIAjDkGAN45BgDtOQYANToGADc6BgCMOgYAnToGAOM6BgDuOgYAOjsGAD87BgCROwYAlDsGAOg7BgDyOwYAPzwGAFs8BgAphRIAnTwGAO08BgD7PAYARD0GAEc9BgCbPQYAqj0GAPI9BgD3PQYAST4GAFY+BgCgPgYArT4GAPc+BgADPwYATj8GAF0/BgClPwYArz8GAPw/BgAKQAYAU0AGAFhABgCqQAYAt0AGAAFBBgANQQYAWEEGAGtBBgCvQQYAvkEGAAZCBgASQgYAXUIGAF5CBgC0QgYAvkIGAAtDBgAZQwYAYkMGAGdDBgC5QwYAxkMGAICFEgASRAYAZ0QGAHVEBgC+RAYAz0QGAIWGEgAcRQYA3IYSAHFFBgDDRQYAy0UGABpGBgApRgYAcUYGAHZGBgDIRgYA1UYGAB9HBgAsRwYAdkcGAIJHBgDNRwYA3EcGACRIBgAuSAYAiocSAH1IBgDSSAYA7UgGAClJBgArSQYAgEkGAJpJBgDXSQYA5EkGAC5KBgA6SgYAhUoGAI9KBgDcSgYA9koGADNLBgBCSwYAiksGAI9LBgDhSwYA7ksGADhMBgBFTAYAj0wGAJtMBgDmTAYA9UwGAD1NBgBHTQYAlE0GAKBNBgDrTQYA/k0GAEJOBgBRTgYAmU4GAKVOBgDwTgYA8U4GAEdPBgBRTwYAnk8GAKxPBgD1TwYA+k8GAExQBgBZUAYA4YcSALBQBgD6UAYAB1EGAFFRBgBdUQYAqFEGALdRBgD/UQYACVIGAFZSBgBkUgYArVIGALJSBgAEUwYAEVMGAFtTBgBnUwYAslMGAMVTBgAJVAYAGFQGAGBUBgBsVAYAt1QGALhUBgAOVQYAGFUGAGVVBgBzVQYAvFUGAMFVBgATVgYAIFYGADiIEgB3VgYAwVYGAMNWBgAYVwYAMVcGAG9XBgCAVwYAxlcGANJXBgAdWAYAJVgGAD2JEgB5WAYAy1gGANNYBgAiWQYAMVkGAHlZBgB+WQYA0FkGAN1ZBgAnWgYANFoGAH5aBgCKWgYA1VoGAORaBgAsWwYANlsGAJSJEgCWWwYA2lsGAOlbBgAxXAYAPVwGAIhcBgCJXAYA31wGAOlcBgA2XQYARF0GAI1dBgCSXQYA5F0GAPFdBgDriRIAQF4GAJJeBgCfXgYA6V4GAPZeBgBAXwYATF8GAJdfBgCmXwYA7l8GAPhfBgBFYAYAU2AGAJxgBgChYAYA82AGAABhBgBKYQYAUmEGAPCKEgCtYQYA+GEGAAhiBgBPYgYAWGIGAKZiBgCpYgYA/WIGAAljBgBUYwYAW2MGAEeLEgC2YwYAAmQGAANkBgBZZAYAcWQGALBkBgC9ZAYAB2UGABNlBgBeZQYAaGUGALVlBgC5ZQYADGYGABFmBgBjZgYAaWYGALpmBgDaZgYAEWcGAClnBgBoZwYAf2cGAL9nBgDLZwYAFmgGACBoBgBtaAYAb2gGAMRoBgDLaAYAG2kGACJpBgByaQYAeGkGAMlpBgDVaQYAIGoGACNqBgB3agYAemoGAM5qBgDaagYAJWsGAChrBgCeixIAgWsGANNrBgDbawYAKmwGADBsBgCBbAYAhmwGANhsBgDhbAYAL20GADltBgCGbQYAkm0GAN1tBgDlbQYA9YsSADluBgCLbgYAk24GAOJuBgDtbgYAOW8GAD5vBgCQbwYAk28GAOdvBgDxbwYATIwSAEZwBgCVcAYAmXAGAOxwBgDucAYAQ3EGAEZxBgCacQYAonEGAPFxBgD+cQYASHIGAE1yBgCfcgYAqXIGAPZyBgD+cgYATXMGAE5zBgCkcwYAqXMGAPtzBgD+cwYAUnQGAFV0BgCpdAYAt3QGAAB1BgAZdQYAV3UGAGh1BgCudQYAunUGAAV2BgANdgYAo4wSAGF2BgCzdgYAu3YGAAp3BgAZdwYAYXcGAGZ3BgC4dwYAxXcGAA94BgAceAYAZngGAHJ4BgC9eAYAzHgGABR5BgAeeQYAa3kGAHN5BgDCeQYAzHkGABl6BgAeegYAcHoGAHh6BgD6jBIA0noGAB57BgAqewYAdXsGAH17BgBRjRIA2HsGACN8BgAqfAYAenwGAIh8BgDRfAYA1HwGACh9BgAwfQYAf30GAIJ9BgDWfQYA4n0GAC1+BgAzfgYAhH4GAJ9+BgDbfgYA534GADJ/BgA4fwYAiX8GAKx/BgDgfwYA438GADeABgBbgAYAqI0SAJOABgDlgAYA8oAGADyBBgBJgQYAk4EGAJ+BBgDqgQYA+YEGAEGCBgBLggYAmIIGAKaCBgDvggYA9IIGAEaDBgBTgwYAnYMGAKWDBgD/jRIAAYQGAEuEBgBThAYAooQGALuEBgD5hAYA/4QGAFCFBgBVhQYAp4UGAMeFBgD+hQYACoYGAFWGBgBihgYArIYGALSGBgADhwYABocGAFqHBgBkhwYAsYcGALOHBgAIiAYAEogGAF+IBgBriAYAVo4SAMyIBgANiQYAGYkGAGSJBgBpiQYAu4kGAGyJBgDwjxMAxIkGABKKBgAcigYAaYoGAHGKBgAUjQoAdYoGAMCKBgCMigYA7soKAMaKBgAXiwYA04oGALGqDQAdiwYAbosGAHOLBgDFiwYAy4sGAK2OEgAqjAYAc4wGAImMBgDKjAYA1owGACGNBgAmjQYAeI0GAIGNBgDPjQYA2Y0GACaOBgAujgYAfY4GAIyOBgDUjgYA2Y4GACuPBgA4jwYAgo8GAI+PBgDZjwYA5Y8GADCQBgA/kAYAh5AGAJGQBgDekAYA7JAGADWRBgBCkQYAjJEGAKORBgDjkQYA65EGADqSBgBEkgYAkZIGAJaSBgDokgYA8JIGALKPEgBLkwYAlpMGAJyTBgDtkwYACJQGAESUBgBQlAYAm5QGAKGUBgAJkBIA+JQGAMBbDgAFlQYASZUGAFiVBgCglQYArJUGAPeVBgD4lQYATpYGAFiWBgCllgYAs5YGAPyWBgABlwYAU5cGAGCXBgBgkBIAr5cGAAGYBgAJmAYAWJgGAFuYBgCvmAYAuJgGAAaZBgAVmQYAXZkGAGiZBgC0mQYAvJkGAAuaBgAbmgYAYpoGAHCaBgC5mgYAypoGABCbBgAcmwYAZ5sGAG+bBgBlkRIAxJsGABWcBgAdnAYAbJwGAHOcBgDDnAYA0ZwGABqdBgAgnQYAcZ0GAH2dBgDInQYA150GAB+eBgApngYAdp4GAHueBgDNngYA054GACSfBgA4nwYAe58GAIOfBgDSnwYA/J8GACmgBgAyoAYAgKAGAI2gBgDXoAYA5aAGAC6hBgBBoQYAhaEGAKGhBgC8kRIA4aEGADOiBgBAogYAiqIGAJeiBgDhogYA7aIGADijBgBHowYAj6MGAJmjBgDmowYA9KMGAD2kBgBCpAYAlKQGAKGkBgDrpAYA86QGABOSEgBOpQYAmaUGAKmlBgDwpQYA+aUGAEemBgBKpgYAnqYGAKqmBgD1pgYA/KYGAGqSEgB2pwYAo6cGAKynBgD6pwYAB6gGAFGoBgBfqAYAqKgGALuoBgD/qAYAG6kGAMGSEgBkqQYArakGAMOpBgAEqgYAEKoGAFuqBgBiqgYAsqoGALqqBgAJqwYADqsGAGCrBgBpqwYAt6sGAMGrBgAYkxIAD6wGAGWsBgBxrAYAvKwGAMKsBgATrQYAFa0GAGqtBgB0rQYAwa0GAM+tBgAYrgYAHa4GAG+uBgB8rgYAxq4GAM6uBgAdrwYAJ68GAHSvBgCCrwYAy68GAOGvBgAisAYALrAGAHmwBgCAsAYA0LAGANiwBgAnsQYALLEGAH6xBgCHsQYA1bEGAN+xBgBvkxIAMrIGAIOyBgCJsgYA2rIGAN+yBgAxswYAN7MGAMaTEgCNswYA37MGAOyzBgA2tAYAQ7QGAI20BgCZtAYA5LQGAPO0BgA7tQYARbUGAJK1BgCgtQYA6bUGAO61BgBAtgYATbYGAJe2BgCftgYAy5QSAPy2BgBFtwYAW7cGAJy3BgCotwYA87cGAPi3BgBKuAYAU7gGAKG4BgCruAYAIpUSAAS5BgBPuQYAYLkGAKa5BgCyuQYA/bkGAAy6BgBUugYAXroGAKu6BgC5ugYAArsGAAe7BgBZuwYAZrsGALC7BgC6uwYAB7wGALy7BgDEvwYAFbwGAF68BgB0vAYAtbwGAMG8BgAMvQYAEb0GAGO9BgBsvQYAur0GAMS9BgARvgYAHb4GAGi+BgBuvgYAv74GAMW+BgAWvwYAG78GAG2/BgBzvwYAeZUSAMq/BgAbwAYAIcAGAHLABgB3wAYAycAGAM/ABgDQlRIALsEGAHfBBgCNwQYAzsEGANrBBgAlwgYAKsIGAHzCBgCFwgYA08IGAN3CBgAqwwYANsMGAIHDBgCUwwYA2MMGAOfDBgAvxAYAO8QGAIbEBgCHxAYA3cQGAOfEBgA0xQYAQsUGAIvFBgCQxQYA4sUGAO/FBgAnlhIASMYGAJDGBgCwxgYA58YGAPPGBgA+xwYASMcGAJXHBgCaxwYA7McGAO3HBgBDyAYAT8gGAJrIBgCnyAYA8cgGAP3IBgBIyQYAW8kGAJ/JBgCuyQYA9skGAALKBgBNygYATsoGAKTKBgCuygYA+8oGAAnLBgBSywYAV8sGAKnLBgC2ywYAfpYSABzMBgDVlhIAXcwGAK7MBgC0zAYABc0GAArNBgBczQYAYs0GACyXEgC4zQYACs4GAA3OBgBhzgYAbc4GALjOBgC+zgYAD88GACrPBgBmzwYAcs8GAL3PBgDDzwYAFNAGABbQBgBr0AYAhtAGAMLQBgDE0AYAGdEGACfRBgBw0QYAgdEGAMfRBgDJ0QYAHtIGADfSBgB10gYAhtIGAMzSBgDY0gYAMZgSAC3TBgB60wYAiNMGANHTBgDn0wYAKNQGADTUBgB/1AYAhNQGANbUBgDf1AYALdUGADfVBgCE1QYAjNUGANvVBgDg1QYAMtYGAEHWBgCJ1gYAmNYGAODWBgDp1gYAN9cGAD3XBgCO1wYAlNcGAOXXBgDx1wYAPNgGAEPYBgCT2AYAm9gGAOrYBgDs2AYAQdkGAFHZBgCY2QYAotkGAO/ZBgD72QYARtoGAEzaBgCd2gYApdoGAIiYEgAA2wYAS9sGAFzbBgCi2wYArtsGAPnbBgAI3AYAUNwGAFrcBgCn3AYAtdwGAP7cBgAD3QYAVd0GAGLdBgCs3QYAtN0GAAPeBgAN3gYAJPYGAA/eBgBa3gYAYN4GALHeBgC33gYACN8GAA3fBgBf3wYAZd8GAN+YEgDC3wYADeAGABPgBgBk4AYAf+AGALvgBgDH4AYAEuEGABjhBgBp4QYAceEGAMDhBgDD4QYAF+IGACPiBgBu4gYAf+IGAMXiBgDR4gYAHOMGACvjBgBz4wYAfeMGAMrjBgDY4wYAIeQGACbkBgB45AYAheQGAM/kBgDX5AYAJuUGADDlBgB95QYAi+UGANTlBgDq5QYAK+YGADfmBgCC5gYAh+YGANnmBgDi5gYAMOcGADrnBgDkmRIAjecGAN7nBgDk5wYANegGAEHoBgCM6AYAmegGAOPoBgDt6AYAOukGAELpBgCR6QYAm+kGAOjpBgDt6QYAP+oGAEDqBgCW6gYAm+oGAO3qBgD+6gYAROsGAEnrBgCb6wYAsusGAPLrBgAG7AYASewGAGXsBgCg7AYAqOwGADuaEgD/7AYATu0GAFjtBgCl7QYAue0GAPztBgD97QYAU+4GAF/uBgCq7gYAxu4GAAHvBgAJ7wYAkpoSAGHvBgCv7wYAve8GAAbwBgC+7wYAt20LABDwBgBd8AYAX/AGALTwBgDN8AYAC/EGABzxBgBi8QYAbvEGALnxBgDB8QYA6ZoSABzyBgBn8gYAbfIGAL7yBgDZ8gYAFfMGACHzBgBs8wYAcvMGAMPzBgDG8wYAGvQGACL0BgBx9AYAgfQGAMj0BgDN9AYAH/UGACj1BgB29QYAg/UGAM31BgDU9QYAQJsSADL2BgB79gYAkfYGANL2BgDe9gYAKfcGAC73BgCA9wYAifcGANf3BgDh9wYALvgGAEr4BgCF+AYAjfgGAJebEgDh+AYAM/kGADv5BgCK+QYAjPkGAOH5BgD8+QYAOPoGADr6BgCP+gYAnfoGAOb6BgD3+gYAPfsGAD/7BgCU+wYArfsGAOv7BgD8+wYAQvwGAE78BgCZ/AYAofwGAO6bEgD8/AYAR/0GAE39BgCe/QYAuf0GAPX9BgAB/gYATP4GAFL+BgCj/gYApv4GAEWcEgAX/wYAUf8GAFL/BgCo/wYAt/8GAP//BgAEAAcAVgAHAGMABwCtAAcAugAHAAQBBwAQAQcAWwEHAGoBBwCyAQcAvAEHAAkCBwAXAgcAYAIHAGUCBwC3AgcAxAIHAA4DBwAaAwcAZQMHAGsDBwC8AwcAeAMHAHwZBwDCAwcAEwQHABgEBwBqBAcAcAQHAJycEgDGBAcAGAUHADgFBwBvBQcAewUHAMYFBwDMBQcAHQYHACUGBwBQMwcAJgYHAHQGBwCBBgcAywYHANEGBwAiBwcALgcHAHkHBwB7BwcA0AcHAN8HBwAnCAcAMggHAH4IBwCACAcA1QgHAO4IBwAsCQcAPQkHAIMJBwCPCQcA2gkHAOYJBwAxCgcARAoHAIgKBwCXCgcA3woHAOsKBwA2CwcANwsHAI0LBwCXCwcA5AsHAPILBwA7DAcAQAwHAJIMBwCfDAcA85wSAPYMBwBADQcAVA0HAJcNBwCzDQcA7g0HAAoOBwBKnRIAVA4HAJwOBwCdDgcA8w4HAAIPBwBKDwcATw8HAKEPBwCuDwcA+A8HAAUQBwBPEAcAWxAHAKYQBwC1EAcA/RAHAAcRBwBUEQcAYhEHAKsRBwCwEQcAAhIHAA8SBwBZEgcAaRIHALASBwCyEgcABxMHABUTBwBeEwcAbxMHAKGdEgC8EwcA+J0SABEUBwBjFAcAcBQHALoUBwDHFAcAERUHABcVBwBoFQcAdBUHAL8VBwDPFQcAFhYHAB8WBwBtFgcAcBYHAMQWBwDQFgcAGxcHACIXBwBPnhIAfhcHAMkXBwDZFwcAIBgHACkYBwB3GAcAehgHAM4YBwDaGAcAJRkHACwZBwCmnhIAixkHANMZBwDfGQcAKhoHACsaBwCBGgcAixoHANgaBwDmGgcALxsHADQbBwCGGwcAkxsHAP2eEgDiGwcANBwHAEMcBwCLHAcAqxwHAOIcBwDuHAcAOR0HAEMdBwCQHQcAmB0HAOcdBwDzHQcAPh4HAEQeBwCVHgcAmx4HAOweBwDxHgcAQx8HAEkfBwACoBIAnx8HAPEfBwD6HwcASCAHAFkgBwCfIAcApiAHAPYgBwD+IAcATSEHAFohBwCkIQcAqSEHAPshBwAFIgcAUiIHAFoiBwCpIgcAuCIHAAAjBwAFIwcAVyMHAGQjBwCuIwcAuyMHAAUkBwARJAcAXCQHAGskBwCzJAcAvSQHAAolBwASJQcAYSUHAGslBwC4JQcAvSUHAA8mBwAXJgcAB6ESAGsmBwC9JgcAwCYHABQnBwAeJwcAXqESAHEnBwDCJwcAxycHABkoBwA5KAcAcCgHAHwoBwDHKAcAzSgHAB4pBwAhKQcAdSkHAHcpBwDMKQcA5ykHACMqBwAlKgcAeioHAIgqBwDRKgcA4ioHACgrBwAqKwcAfysHAJgrBwDWKwcA5ysHAC0sBwA5LAcAtaESAJQsBwDbLAcA+ywHADItBwA0LQcAiS0HAJUtBwBUlRAAmC0HAO1BBwClLQcAhU8HALUtBwDgLQcA4y0HADcuBwBGLgcAji4HAJMuBwDlLgcA8i4HADwvBwBJLwcAky8HAJ8vBwDqLwcA+S8HAEEwBwBLMAcAmDAHAKYwBwDvMAcA9DAHAEYxBwBTMQcAnTEHAKkxBwD0MQcA+jEHAEsyBwBRMgcAojIHAKcyBwD5MgcA/zIHAAyiEgBmMwcApzMHAKkzBwD+MwcAEjQHAFU0BwBdNAcArDQHALk0BwADNQcACDUHAFo1BwBkNQcAsTUHALk1BwAINgcAITYHAF82BwBrNgcAtjYHAL42BwBjohIAKDcHAGQ3BwBmNwcAuzcHAMk3BwASOAcAIzgHAGk4BwBrOAcAwDgHANk4BwAXOQcAKDkHAG45BwB6OQcAuqISAMo5BwAcOgcAJToHAHM6BwCEOgcAyjoHANE6BwAhOwcAKTsHAHg7BwCFOwcAzzsHANQ7BwAmPAcAMDwHAH08BwCFPAcA1DwHAO08BwArPQcANz0HAII9BwCKPQcAaKMSANw9BwAwPgcAOj4HAIc+BwCJPgcA3j4HAPc+BwA1PwcARj8HAIw/BwCaPwcA4z8HAOY/BwA6QAcARUAHAJFABwCdQAcA6EAHAO9ABwC/oxIAQEEHAJZBBwCxQQcAFqQSAPJBBwBEQgcAUUIHAJtCBwCoQgcA8kIHAP5CBwBJQwcAWEMHAKBDBwCqQwcA90MHAAVEBwBORAcAU0QHAKVEBwCyRAcA/EQHAAhFBwBTRQcAWUUHAKpFBwCwRQcAAUYHAAZGBwBYRgcAXkYHAG2kEgC8RgcABkcHAAhHBwBdRwcAdkcHALRHBwDFRwcAC0gHABdIBwBiSAcAakgHAHKlEgC+SAcAEEkHABhJBwBnSQcAgEkHAL5JBwDDSQcAFUoHABpKBwBsSgcAdkoHAMNKBwDGSgcAGksHACRLBwBxSwcAd0sHAMhLBwDKSwcAH0wHACBMBwB2TAcAfkwHAM1MBwDdTAcAJE0HACpNBwB7TQcAgE0HANJNBwDoTQcAKU4HADFOBwCATgcAqk4HANdOBwD6TgcALk8HAE1PBwDJpRIAjU8HACCmEgDtTwcAM1AHAEFQBwCKUAcAllAHAOFQBwDuUAcAOFEHAEJRBwCPUQcAl1EHAOZRBwDxUQcAPVIHAD9SBwCUUgcAl1IHAOtSBwDzUgcAQlMHAEhTBwCZUwcAolMHAPBTBwD9UwcAR1QHAE9UBwCeVAcAo1QHAPVUBwD+VAcATFUHAFZVBwCjVQcAq1UHAPpVBwD/VQcAUVYHAGFWBwCoVgcAsFYHAP9WBwABVwcAVlcHAHFXBwCtVwcAr1cHAARYBwASWAcAW1gHAGxYBwCyWAcAtFgHAAlZBwAiWQcAYFkHAHFZBwC3WQcAw1kHAA5aBwAWWgcAd6YSAGtaBwC8WgcAwVoHABNbBwAzWwcAalsHAHZbBwDBWwcAx1sHABhcBwAbXAcAb1wHAHdcBwDGXAcA0FwHAB1dBwAiXQcAdF0HAHxdBwDLXQcA1V0HACJeBwAkXgcAeV4HAIpeBwDQXgcA8F4HACdfBwAvXwcAfl8HAIhfBwDVXwcA2l8HAM6mEgBAYAcAg2AHAItgBwDaYAcA32AHADFhBwBBYQcAiGEHAJBhBwDfYQcA6WEHADZiBwBBYgcAjWIHAJliBwDkYgcA7GIHACWnEgBHYwcAkmMHAJ5jBwDpYwcA8GMHAEBkBwBIZAcAl2QHALBkBwDuZAcA9GQHAEVlBwBKZQcAnGUHALxlBwDzZQcA/2UHAEpmBwBQZgcAoWYHAKRmBwB8pxIA+mYHAE9nBwAGZwcACL8RAFJnBwCmZwcAsGcHAP1nBwALaAcAVGgHAGNoBwCraAcArmgHAAJpBwDDaAcAlKkHAMdoBwBBhwcADmkHAFlpBwBbaQcAsGkHALZpBwAHagcAFmoHAF5qBwBpagcAtWoHAL1qBwDU6gcAz2oHAAxrBwAYawcAY2sHAHZrBwC6awcAyWsHABFsBwAdbAcAaGwHAGlsBwC/bAcAyWwHABZtBwAkbQcAbW0HAHJtBwDEbQcA0W0HANOnEgA1bgcAcm4HAIFuBwDJbgcAzm4HACBvBwAtbwcAd28HAIRvBwDObwcA2m8HACVwBwA0cAcAfHAHAIZwBwDTcAcA4XAHACpxBwAvcQcAgXEHAI5xBwDYcQcA5HEHAC9yBwA1cgcAhnIHAIxyBwDdcgcA4nIHADRzBwA6cwcAKqgSAIxzBwDicwcAlHMHAHImCgCYcwcAqA4KAJpzBwA/7wcAq3MHAFBbDwDucwcAOXQHAD90BwD4wggARnQHAJB0BwCTdAcA53QHAPN0BwA+dQcAQHUHAJV1BwCbdQcA7HUHAPt1BwBDdgcATnYHAJp2BwCbdgcA8XYHAAV3BwBIdwcAYncHAJ93BwCrdwcA9ncHAAl4BwBNeAcAXHgHAKR4BwCweAcA+3gHAPx4BwBSeQcAXHkHAKl5BwC3eQcAAHoHAAV6BwBXegcAZHoHAIGoEgDIegcABXsHABR7BwBcewcAYXsHALN7BwDAewcACnwHABd8BwBhfAcAbXwHALh8BwDHfAcAD30HABl9BwBmfQcAdH0HAL19BwDCfQcAFH4HACF+BwBrfgcAd34HAMJ+BwDIfgcAGX8HAB9/BwBwfwcAdX8HAMd/BwDNfwcA2KgSACyABwB1gAcAkIAHAMyABwDagAcAI4EHADCBBwB6gQcAkYEHANGBBwDggQcAKIIHAC2CBwB/ggcAjIIHANaCBwDjggcALYMHADmDBwCEgwcAk4MHANuDBwDlgwcAMoQHAECEBwCJhAcAjoQHAOCEBwDthAcAN4UHADqFBwCOhQcAmoUHAOWFBwDrhQcAPIYHAEKGBwCThgcAmIYHAOqGBwDwhgcAL6kSAF2HBwCGqRIAnocHAO+HBwDxhwcARogHAFOIBwCdiAcAoIgHAPSIBwD1iAcAS4kHAFCJBwCiiQcAqIkHAPmJBwADigcAUIoHAGyKBwCnigcAw4oHAN2pEgAEiwcAVYsHAFeLBwCsiwcAuYsHAAOMBwAGjAcAWowHAFuMBwCxjAcAtowHAAiNBwAOjQcAX40HAGmNBwC2jQcA0o0HAA2OBwApjgcANKoSAGqOBwC7jgcAwY4HABKPBwAXjwcAaY8HAG+PBwCLqhIAwo8HABeQBwAlkAcAbpAHAH+QBwCQqxIAzJAHAOerEgAhkQcAc5EHAHuRBwDKkQcAz5EHACGSBwDZkQcAhaYHACKSBwB4kgcAhJIHAM+SBwDckgcAJpMHAC6TBwB9kwcAh5MHANSTBwDjkwcAK5QHACyUBwCClAcAipQHANmUBwDolAcAMJUHADWVBwCHlQcAlJUHAN6VBwDrlQcANZYHAEGWBwCMlgcAm5YHAOOWBwDtlgcAOpcHAEiXBwCRlwcAlpcHAOiXBwD1lwcAP5gHAEeYBwCWmAcAoJgHAO2YBwDymAcARJkHAEyZBwCVrBIAoJkHAPKZBwD7mQcAC58HAP+ZBwBJmgcAVpoHAKCaBwCsmgcA95oHAAabBwBOmwcAWJsHAKWbBwCzmwcA/JsHAAGcBwBTnAcAYJwHAKqcBwCynAcA7KwSAA2dBwBYnQcAaJ0HAK+dBwC4nQcABp4HAAmeBwBdngcAaZ4HALSeBwC7ngcAQ60SAByfBwBinwcAaZ8HALmfBwDGnwcAEKAHAC+gBwBnoAcAcaAHAL6gBwDGoAcAFaEHACShBwBsoQcAcaEHAMOhBwDQoQcAGqIHACeiBwBxogcAfaIHAMiiBwDXogcAH6MHACmjBwB2owcAfqMHAM2jBwDXowcAJKQHACmkBwB7pAcAg6QHAJqtEgDepAcAKaUHAC+lBwCApQcAm6UHANelBwDjpQcALqYHADSmBwDxrRIAiqYHANymBwDppgcAM6cHAECnBwCKpwcAlqcHAOGnBwDwpwcAOKgHAEKoBwBIrhIAmagHAOaoBwDrqAcAPakHAEWpBwCfrhIAnqkHAOupBwDxqQcAQqoHAESqBwCZqgcApqoHAPCqBwDzqgcAR6sHAEirBwCeqwcAo6sHAPWrBwD7qwcATKwHAFasBwCjrAcAvawHAPqsBwAJrQcAUa0HAFatBwCorQcAta0HAP+tBwAMrgcAVq4HAGKuBwCtrgcAvK4HAASvBwAOrwcAW68HAGmvBwCyrwcAt68HAAmwBwAWsAcAYLAHAGqwBwA7ugcAbLAHALewBwC9sAcADrEHABSxBwBlsQcAarEHALyxBwDCsQcA9q4SABiyBwBqsgcAd7IHAMGyBwDOsgcAGLMHACSzBwBvswcAfrMHAMazBwDQswcAHbQHACu0BwB0tAcAebQHAMu0BwDYtAcAIrUHACq1BwD7rxIAf7UHANC1BwDWtQcAJ7YHACy2BwB+tgcAhLYHAFKwEgDXtgcALLcHADW3BwCDtwcAhrcHANq3BwDmtwcAMbgHADi4BwCIuAcAkLgHAN+4BwD4uAcANrkHAEq5BwCNuQcAqbkHAOS5BwDsuQcAALESAEm6BwCSugcAqLoHAOm6BwD1ugcAQLsHAEW7BwCXuwcAoLsHAO67BwD4uwcARbwHAGG8BwCcvAcApLwHAFexEgD4vAcASr0HAFe9BwChvQcArr0HAPi9BwAEvgcAT74HAF6+BwCmvgcAsL4HAP2+BwALvwcAVL8HAFm/BwCrvwcAuL8HAALABwAKwAcArrESAGfABwCwwAcAxsAHAAfBBwATwQcAXsEHAGPBBwC1wQcAvsEHAAzCBwAWwgcAY8IHAGvCBwC6wgcAycIHABHDBwATwwcAaMMHAHHDBwC/wwcAwsMHABbEBwAixAcAbcQHAHTEBwDExAcAzMQHABvFBwA0xQcAcsUHAIbFBwDJxQcA5cUHACDGBwAoxgcABbISAHzGBwDOxgcA28YHACXHBwAyxwcAfMcHAIjHBwDTxwcA4scHACrIBwA0yAcAgcgHAIvIBwDYyAcA5sgHAC/JBwBFyQcAhskHAJLJBwDdyQcA4skHADTKBwA9ygcAi8oHAJXKBwDiygcA7soHADnLBwA/ywcAkMsHAJbLBwDnywcA7MsHAD7MBwBEzAcAXLISAKHMBwDszAcA8MwHAEPNBwBSzQcAms0HAJ/NBwDxzQcA/s0HAEjOBwBVzgcAn84HAKvOBwD2zgcABc8HAE3PBwBXzwcApM8HALLPBwD7zwcAANAHAFLQBwBf0AcAqdAHALXQBwAA0QcABtEHAFfRBwBd0QcArtEHALPRBwAF0gcAC9IHALOyEgBh0gcAs9IHALrSBwAK0wcAFtMHAGHTBwBj0wcAuNMHAGTTBwB/2QcA09MHAA/UBwAR1AcAZtQHAHTUBwC91AcAztQHABTVBwAW1QcAa9UHAITVBwDC1QcA09UHABnWBwAl1gcAcNYHAHzWBwDH1gcA2tYHAB7XBwAt1wcAddcHAIHXBwDM1wcAzdcHACPYBwAt2AcAetgHAIjYBwDR2AcA1tgHACjZBwA12QcACrMSAIHZBwDW2QcA8dkHAC3aBwAv2gcAhNoHAJLaBwDb2gcA7NoHADLbBwA02wcAidsHAKLbBwDg2wcA8dsHADfcBwBD3AcAjtwHAJrcBwDl3AcA+NwHADzdBwBL3QcAk90HAJ/dBwDq3QcA690HAEHeBwBL3gcAmN4HAKbeBwDv3gcA9N4HAEbfBwBT3wcAD7QSAKLfBwD03wcA/N8HAEvgBwBN4AcAouAHALPgBwD54AcAB+EHAFDhBwBr4QcAp+EHALPhBwD+4QcABuIHABS1EgBa4gcArOIHALPiBwAD4wcAD+MHAFrjBwBd4wcAseMHALnjBwAI5AcAGOQHAF/kBwBk5AcAtuQHAL/kBwAN5QcAGuUHAGTlBwBr5QcAu+UHAMPlBwBrtRIAH+YHAGnmBwBx5gcAwOYHANTmBwAX5wcAHOcHAG7nBwB35wcAxecHAMvnBwAc6AcAJOgHAHPoBwCC6AcAyugHANvoBwAh6QcAKukHAHjpBwB76QcAz+kHANnpBwAm6gcAMuoHAH3qBwCD6gcAwrUSAOHqBwAr6wcAMOsHAILrBwCJ6wcA2esHAOXrBwAw7AcAOOwHABm2EgCi7AcA3uwHAODsBwA17QcAQ+0HAIztBwCd7QcA4+0HAOXtBwA67gcAU+4HAJHuBwCi7gcA6O4HAPTuBwBwthIATu8HAJbvBwCf7wcA7e8HAPPvBwBE8AcASvAHAJvwBwCn8AcA8vAHAPnwBwBJ8QcAUfEHAKDxBwCk8QcA9/EHAALyBwBO8gcAXPIHAKXyBwC28gcA/PIHAAjzBwBT8wcAW/MHAMe2EgCt8wcAAfQHAAv0BwBY9AcAWvQHAK/0BwDI9AcABvUHABf1BwBd9QcAa/UHALT1BwC39QcAC/YHABb2BwBi9gcAcPYHALn2BwDG9gcAEPcHACf3BwBn9wcAb/cHAL73BwDA9wcAFfgHAB34BwBs+AcAe/gHAMP4BwDI+AcAGvkHACf5BwBx+QcAfvkHAMj5BwDU+QcAH/oHAC76BwB2+gcAgPoHAM36BwDb+gcAJPsHACn7BwB7+wcAiPsHANL7BwDa+wcAKfwHADP8BwCA/AcAhfwHANf8BwDf/AcALv0HADH9BwCF/QcAov0HANz9BwDt/QcAM/4HADv+BwCK/gcAjf4HAOH+BwDt/gcAOP8HAD7/BwCP/wcAqv8HAOb/BwDy/wcAPQAIAEMACAAetxIAowAIAOsACADsAAgAQgEIAHoBCACZAQgApwEIAPABCADxAQgARwIIAE8CCACeAggArQIIAPUCCAD6AggATAMIAFkDCACjAwgAsAMIAPoDCAAGBAgAUQQIAGAECACoBAgAsgQIAP8ECAANBQgAVgUIAFsFCACtBQgAugUIAAQGCAAMBggAWwYIAGUGCACyBggAtwYIAAkHCAARBwgAYAcIAGoHCAC3BwgAwgcIAA4ICAAaCAgAZQgIAG0ICAB1txIAwQgIABMJCAAWCQgAagkIAHQJCADBCQgAyQkIAMy3EgAmCggAbwoIAIUKCADGCggA0goIAB0LCAAiCwgAdAsIAH0LCADLCwgA1QsIACIMCAAqDAgAeQwIAIUMCADQDAgA4wwIACcNCAAoDQgAfg0IAIwNCADVDQgA2w0IACwOCAA4DggAgw4IAIoOCAAjuBIA2w4IADEPCAA9DwgAiA8IAJUPCADfDwgA5w8IADYQCABAEAgAjRAIAJwQCADkEAgA5RAIADsRCABDEQgAkhEIAKERCADpEQgA7hEIAEASCABNEggAlxIIAKQSCADuEggA+hIIAEUTCABUEwgAnBMIAKYTCADzEwgAARQIAEoUCABPFAgAoRQIAK4UCAD4FAgAABUIAE8VCABTFQgAphUIALQVCAD9FQgABxYIAFQWCABfFggAqxYIALMWCAACFwgADRcIAFkXCABeFwgAsBcIALMXCAAHGAgAERgIAF4YCABmGAgAtRgIANQYCAB6uBIAGxkIAGMZCABkGQgAuhkIAMIZCAARGggAEhoIAGgaCABuGggAvxoIAMQaCAAWGwgAMRsIAG0bCAB7GwgAxBsIAMsbCAAbHAgAJxwIAHIcCAB4HAgAyRwIAOUcCAAgHQgAKB0IANG4EgB9HQgAzh0IANQdCAAlHggAKh4IAHweCACCHggAKLkSANgeCAAqHwgAMR8IAIEfCACNHwgA2B8IAOAfCADWuRIAQiAIAIYgCAC8IAgA3SAIAN8gCADiIQgAEiEIADQhCABZIQgAiyEIAJIhCACEuhIAxSEIAC26EgDyIQgAOSIIAHMiCADbuhIAmSIIAIuRDQCaIggAkuIPAK0iCADnIggAsCIIACEMDwD4IggAPiMIAEYjCACVIwgAmCMIAOwjCAD4IwgAQyQIAEkkCACaJAgAtSQIAPEkCAD9JAgASCUIAE4lCACfJQgApyUIAPYlCAASJggATSYIAFUmCAAyuxIAsyYIAPsmCAD8JggAUicIAFonCACpJwgAqicIAAAoCAAGKAgAVygIAFwoCACuKAgAySgIAAUpCAATKQgAXCkIAGMpCACzKQgAvykIAAoqCAAQKggAYSoIAH0qCAC4KggAwCoIAIm7EgAVKwgAZisIAGwrCAC9KwgAwisIABQsCAAaLAgA4LsSAHAsCADCLAgAySwIABktCAAlLQgAcC0IAHgtCACOvBIA2i0IAB4uCABULggAdS4IAHcuCAB6LwgAqi4IAMwuCADxLggAIy8IACovCAA8vRIAXS8IAOW8EgCKLwgA0S8IAAswCACTvRIAKjAIAH8wCACAMAgA1jAIAOAwCAAtMQgAOzEIAIQxCACfMQgA2zEIAOcxCAAyMggAOjIIAOq9EgCVMggA4DIIAOYyCAA3MwgAUjMIAI4zCACaMwgA5TMIAOszCAA8NAgARDQIAJM0CAChNAgA6jQIAO00CABBNQgASTUIAJg1CAChNQgA7zUIAPw1CABGNggASDYIAJ02CAC4NggA9DYIAPY2CABLNwgAWTcIAKI3CACzNwgA+TcIAPs3CABQOAgAaTgIAKc4CAC4OAgA/jgIAAo5CABVOQgAXTkIAEG+EgCyOQgAAzoIAAs6CABaOggAYToIALE6CAC2OggACDsIABQ7CABfOwgAYjsIALY7CAC+OwgADTwIABo8CABkPAgAaTwIALs8CADFPAgAEj0IABo9CABpPQgAdT0IAMA9CADTPQgAFz4IACU+CABuPggAcT4IAMU+CADPPggAmL4SAB8/CABzPwgAez8IAMo/CADNPwgAIUAIAC1ACAB4QAgAfkAIAM9ACADqQAgAJkEIADJBCAB9QQgAg0EIANRBCADcQQgAK0IIADlCCACCQggAhUIIANlCCADhQggAMEMIADlDCACHQwgAlEMIAN5DCADgQwgANUQIAFBECACMRAgAjkQIAONECADxRAgAOkUIAEtFCACRRQgAk0UIAOhFCAABRggAP0YIAFBGCACWRggAokYIAO1GCAD1RggA774SAEpHCACbRwgAo0cIAPJHCAD5RwgASUgIAE5ICACgSAgArEgIAPdICAD6SAgATkkIAFZJCAClSQgAskkIAPxJCAABSggAU0oIAF1KCACqSggAskoIAAFLCAANSwgAWEsIAGtLCACvSwgAvUsIAAZMCAAJTAgAXUwIAGdMCABGvxIAt0wIAAtNCAAXTQgAYk0IAGhNCAC5TQgA1E0IABBOCAAcTggAZ04IAG1OCAC+TggAxk4IABVPCAAjTwgAbE8IAG9PCADDTwgAy08IABpQCAAjUAgAcVAIAH5QCADIUAgAylAIAB9RCAA6UQgAdlEIAHhRCADNUQgA21EIACRSCAA1UggAe1IIAH1SCADSUggA61IIAClTCAA6UwgAgFMIAIxTCADXUwgA31MIAJ2/EgA0VAgAhVQIAI1UCADcVAgA41QIADNVCAA4VQgAilUIAJZVCADhVQgA5FUIADhWCABAVggAj1YIAJxWCADmVggA61YIAD1XCABHVwgAlFcIAJxXCADrVwgA91cIAEJYCABVWAgAmVgIAKdYCADwWAgA81gIAEdZCABRWQgA9L8SAKZZCABLwBIAA1oIAExaCABdWggAo1oIAK9aCAD6WggAAlsIAKLAEgBWWwgAqFsIALJbCAD/WwgAB1wIAFZcCABmXAgArVwIALJcCAAEXQgADV0IAFtdCABoXQgAsl0IALldCAD5wBIAC14IAGBeCAAOXggA/XEJABJeCAAIaBEAFV4IAMUPEAAXXggAqdoJAGpeCAAKqRAAcV4IALdeCADIXggADl8IABxfCABlXwgAgV8IALxfCADYXwgAUMESACFgCABqYAgAd2AIAMFgCADYYAgAGGEIACRhCABvYQgAdWEIAMZhCADMYQgAHWIIACJiCAB0YggAemIIAKfBEgDhYggAImMIADFjCAB5YwgATmMIAJJoCAB7YwgA0GMIAN9jCAAnZAgAMmQIAH5kCACKZAgA1WQIANhkCAAsZQgA3GQIAG1yCADxZAgA+GsIADhlCACDZQgAiWUIANplCAD1ZQgAMWYIAD1mCACIZggAjmYIAN9mCADrZggANmcIADxnCACNZwgAk2cIAORnCADpZwgAO2gIAEFoCAD+wRIAlWgIAOloCAAFaQgAQGkIAEhpCAADwxIAo2kIAO5pCAD0aQgARWoIAGBqCACcaggAqGoIAPNqCAD5aggASmsIAFJrCAChawgAwmsIAFrDEgAAbAgAscMSAFRsCACmbAgAs2wIAP1sCAAKbQgAVG0IAGBtCACrbQgAum0IAAJuCAAMbggAWW4IAGFuCACwbggAum4IAAdvCAAVbwgAXm8IAHRvCAC1bwgAwW8IAAxwCAARcAgAY3AIAGxwCAC6cAgAxHAIABFxCAAZcQgAaHEIAHJxCAC/cQgAxHEIABZyCAAecggACMQSAHlyCADEcggA13IIABtzCAAqcwgAcnMIAH5zCADJcwgAynMIACB0CAAqdAgAd3QIAIV0CADOdAgA03QIACV1CAAydQgAX8QSAId1CADTdQgA33UIACp2CAAwdggAgXYIAI12CADYdggA4HYIAGTFEgAydwgAhncIAI53CADddwgA6ncIADR4CAA5eAgAi3gIAJN4CADieAgA5HgIADl5CABUeQgAkHkIAJJ5CADneQgA9XkIAD56CABPeggAlXoIAJd6CADseggABXsIAEN7CABUewgAmnsIAKZ7CADxewgA+XsIALvFEgBNfAgAn3wIAKx8CAD2fAgAA30IAE19CABZfQgApH0IALN9CAD7fQgABX4IAFJ+CABgfggAqX4IAK5+CAAAfwgADX8IAFd/CABffwgArn8IALB/CAAFgAgAD4AIAFyACABkgAgAEsYSAL6ACAAKgQgAGIEIAGGBCABkgQgAuIEIAMCBCAAPgggAJYIIAGaCCABrgggAvYIIANOCCAAUgwgAIIMIAGuDCAB4gwgAwoMIAMyDCABpxhIAG4QIAHCECAB+hAgAx4QIANiECADAxhIAJIUIAHWFCACBhQgAF8cSAM6FCAAjhggAKYYIAHqGCACahggA0YYIAN2GCAAohwgAL4cIAH+HCACHhwgA1ocIAN2HCAAtiAgAOYgIAISICACGiAgA24gIAOKICABuxxIANYkIAImJCACRiQgA4IkIAPCJCAA3iggAOYoIAI6KCACciggA5YoIAPaKCADFxxIAQ4sIABzIEgCgiwgA6osIAPGLCABBjAgASYwIAJiMCACmjAgA74wIAPKMCABGjQgATo0IAJ2NCACkjQgA9I0IAAKOCABLjggATo4IAKKOCACkjggA+Y4IABKPCABQjwgAYY8IAKePCACzjwgA/o8IAAWQCABVkAgAXZAIAKyQCAC1kAgAA5EIABCRCABakQgAZJEIALGRCAC/kQgACJIIABmSCABfkggAZ5IIALaSCADAkggADZMIABuTCABkkwgAepMIALuTCADHkwgAEpQIABmUCABplAgAcZQIAMCUCADGlAgAF5UIACOVCABulQgAeJUIAMWVCADLlQgAHJYIADCWCADKyBIAgZYIAMqWCADjlggAIZcIADeXCAB4lwgAh5cIAM+XCADplwgAJpgIACmYCAA/nQgAMZgIAFiiCAA1mAgAfZgIAIKYCADUmAgA4ZgIACuZCAA4mQgAgpkIAI6ZCADZmQgA6JkIADCaCAA6mggAh5oIAJWaCADemggA45oIADWbCABCmwgAjJsIAJibCADjmwgA6ZsIADqcCABAnAgAkZwIAJacCADonAgA7pwIACHJEgBLnQgAlp0IAJydCADtnQgACJ4IAESeCABQnggAm54IAKGeCADynggA+Z4IAEmfCABOnwgA/KAIAFWfCACgnwgAop8IAPefCAD+nwgATqAIAGqgCACloAgAraAIACbKEgAAoQgAU6EIAGChCACqoQgAxqEIAAGiCAAJoggAfcoSAF2iCACvoggAsqIIAAajCAAQowgAXaMIAG6jCAC0owgAuaMIAAukCAAQpAgAYqQIAIKkCAC5pAgAwqQIABClCAARpQgAZ6UIAHOlCAC+pQgAxKUIABWmCAAbpggAbKYIAHGmCADDpggAyaYIANTKEgAbpwgAcacIAH2nCADIpwgA1acIAB+oCAAnqAgAdqgIAH+oCADNqAgA2qgIACSpCAAyqQgAe6kIAI6pCADSqQgA2qkIACmqCAAsqggAgKoIAIWqCADXqggA5qoIAC6rCABOqwgAhasIAJGrCADcqwgA5qsIANnLEgA9rAgAiqwIAIysCADhrAgA66wIADitCABBrQgAj60IAJKtCADmrQgA7q0IAD2uCAB0rggAMMwSAKCuCADrrggA+q4IAEKvCABirwgAma8IAKWvCADwrwgA968IAEewCABMsAgAnrAIAJ+wCAD1sAgAAbEIAEyxCABSsQgAo7EIAKWxCAD6sQgABLIIAFGyCABfsggAqLIIAK2yCAD/sggADLMIAFazCABgswgArbMIALuzCAAEtAgAGrQIAFu0CABntAgAsrQIALe0CAAJtQgAErUIAGC1CABqtQgAt7UIAMO1CAAOtggAIbYIAGW2CAB0tggAvLYIAMi2CAATtwgAFLcIAGq3CAB0twgAwbcIAM+3CAAYuAgAHbgIAG+4CAB8uAgAh8wSANS4CAAduQgAM7kIAHS5CACAuQgAy7kIANK5CAAiuggAKroIAHm6CAB+uggA0LoIANm6CAAnuwgAMbsIAH67CACGuwgA1bsIANm7CAAsvAgALrwIAIO8CACRvAgA2rwIAOS8CAAxvQgAP70IAIi9CACVvQgA370IAPa9CAA2vggAPr4IAI2+CACdvggA5L4IAOm+CAA7vwgAQb8IAJK/CACavwgA6b8IAO6/CABAwAgAQcAIAJfACACjwAgA7sAIAPTACABFwQgAR8EIAJzBCACmwQgA88EIAAHCCABKwggAT8IIAKHCCACuwggAjM0SAPrCCABPwwgAWcMIAKbDCAC0wwgA/cMIAALECABUxAgAYcQIAKvECACtxAgAgqMKALXECAACxQgAEMUIAFnFCABvxQgAsMUIALzFCAAHxggADMYIAF7GCABnxggAtcYIAL/GCAAMxwgAGMcIAGPHCAB2xwgAuscIAMnHCAARyAgAHcgIAGjICABpyAgAv8gIAMnICAAWyQgAJMkIAG3JCAByyQgAxMkIANHJCADjzRIAJMoIAHLKCAB8yggAycoIAMvKCAAgywgAKssIAHfLCACDywgAzssIANbLCADozhIAJswIAHzMCACIzAgA08wIANnMCAAqzQgALM0IAIHNCACLzQgA2M0IAObNCAAvzggANM4IAIbOCACTzggA3c4IAOXOCAA0zwgAPs8IAIvPCACZzwgA4s8IAPjPCAA50AgARdAIAJDQCACX0AgA59AIAO/QCAA+0QgAQ9EIAJXRCACe0QgA7NEIAPbRCABD0ggAWNIIAJrSCACj0ggA8dIIAP7SCABI0wgAStMIAJ/TCAC40wgA9tMIAAfUCABN1AgAWdQIAKTUCACs1AgAP88SAADVCABS1QgAWtUIAKnVCAC/1QgAANYIAAXWCABX1ggAXtYIAK7WCAC81ggABdcIABXXCABc1wgAcNcIALPXCAC71wgACtgIABnYCABh2AgAZtgIALjYCADB2AgAD9kIABzZCABm2QgAcNkIAL3ZCADJ2QgAFNoIABraCACWzxIAedoIAMLaCADY2ggAGdsIACXbCABw2wgAddsIAMfbCADQ2wgAHtwIACjcCAB13AgAfdwIAMzcCADQ3AgAI90IACXdCAB63QgAiN0IANHdCADb3QgAKN4IADbeCAB/3ggAjN4IANbeCADt3ggALd8IADXfCACE3wgAlN8IANvfCADg3wgAMuAIADjgCACJ4AgAkeAIAODgCAD74AgAN+EIADnhCACO4QgAn+EIAOXhCADu4QgAPOIIAEjiCADtzxIAmOIIAOriCADt4ggAQeMIAEvjCACY4wgAmuMIAO/jCAAK5AgARuQIAEjkCACd5AgAq+QIAPTkCAAF5QgAS+UIAE3lCACi5QgAu+UIAPnlCAAK5ggAUOYIAFzmCABE0BIAxOYIAP7mCAAP5wgAVecIAHHnCACs5wgAtOcIAJvQEgAI6AgAWugIAGLoCACx6AgAvOgIAAjpCAAN6QgAX+kIAGLpCAC26QgAwOkIAA3qCAAQ6ggAZOoIAGzqCAC76ggAveoIABLrCAAt6wgAaesIAGvrCADA6wgAzusIABfsCAAo7AgAbuwIAHDsCADF7AgA3uwIABztCAAt7QgAc+0IAH/tCADK7QgA0u0IAPLQEgAu7ggAeO4IAIDuCADP7ggA2e4IACbvCAAx7wgAfe8IAInvCADU7wgA3O8IAEnREgAw8AgAgvAIAIfwCADZ8AgA6vAIAKDREgA98QgAh/EIAInxCADe8QgA9/EIADXyCABG8ggAjPIIAJjyCADj8ggA6/IIAPfREgA/8wgAkfMIAJnzCADo8wgA9/MIAD/0CABF9AgAlvQIAKL0CADt9AgA7/QIAET1CABO9QgAm/UIAKf1CADy9QgA+vUIAE7SEgBV9ggAoPYIAKP2CAD39ggA+vYIAE73CABc9wgApfcIAKr3CAD89wgACfgIAKXSEgBk+AgAqvgIALL4CAAB+QgAt/gIAIUCCQAM+QgAWPkIAF35CACv+QgAsvkIAAb6CAAQ+ggAXfoIAID6CAC0+ggAt/oIAAv7CAAv+wgAYvsIAGr7CAD80hIAv/sIABD8CAAe/AgAZ/wIAHP8CAC+/AgAxfwIABX9CAAd/QgAbP0IAHz9CADD/QgAyP0IABr+CAAg/ggAcf4IAHn+CADI/ggA5f4IAB//CAAo/wgAdv8IAIL/CADN/wgA0/8IACQACQA4AAkAewAJAIMACQDSAAkA4gAJACkBCQArAQkAgAEJAI4BCQDXAQkA6AEJAFPTEgA1AgkAqtMSAIoCCQDcAgkA4wIJADMDCQA/AwkAigMJAI0DCQDhAwkA8QMJADgECQA6BAkAjwQJAJ0ECQDmBAkA9wQJAAHUEgBEBQkAWNQSAKcFCQDrBQkA+gUJAEIGCQBOBgkAmQYJAJoGCQDwBgkA+gYJAEcHCQBVBwkAngcJAKMHCQD1BwkAAggJAK/UEgBRCAkAowgJAKwICQD6CAkACwkJAFEJCQBYCQkAqAkJALAJCQD/CQkADAoJAFYKCQBbCgkArQoJALcKCQAECwkADAsJAFsLCQBhCwkAsgsJAL4LCQAJDAkACwwJAGAMCQBvDAkAtwwJAMIMCQAODQkAFg0JAGUNCQBnDQkAvA0JAMkNCQATDgkAJw4JAGoOCQByDgkAwQ4JANAOCQAYDwkAHQ8JAG8PCQB8DwkAxg8JANAPCQAdEAkAHxAJAHQQCQCDEAkAyxAJANUQCQAiEQkAKhEJAHkRCQB6EQkA0BEJANURCQAnEgkANRIJAH4SCQCLEgkA1RIJAN8SCQC01RIALxMJAIMTCQCPEwkAJSMJAJ8TCQDaEwkA4hMJAAvWEgA2FAkAiBQJAJAUCQDfFAkA4hQJADYVCQBCFQkAjRUJAJMVCQDkFQkA/xUJADsWCQBHFgkAkhYJAJgWCQDpFgkA7BYJAEAXCQBIFwkAlxcJAJkXCQDuFwkACRgJAEUYCQBHGAkAnBgJAKoYCQDzGAkABBkJAEoZCQBMGQkAoRkJALoZCQD4GQkACRoJAE8aCQBbGgkAphoJAK4aCQBi1hIAAhsJAFQbCQBaGwkAqxsJALMbCQACHAkAERwJAFkcCQBeHAkAsBwJAL0cCQAHHQkAFB0JAF4dCQBqHQkAtR0JAMQdCQAMHgkAFh4JAGMeCQBxHgkAuh4JAL8eCQARHwkAHh8JALnWEgB0HwkAvx8JAMUfCQAWIAkAMSAJAG0gCQB5IAkAxCAJAMogCQAbIQkAHiEJAHIhCQB+IQkAySEJAM8hCQAgIgkAJiIJAHciCQB8IgkAziIJANQiCQAQ1xIAKyMJAHwjCQCCIwkA0yMJANgjCQAqJAkAMCQJAGfXEgCGJAkA2CQJAOUkCQAvJQkAPCUJAIYlCQCSJQkA3SUJAOwlCQA0JgkAPiYJAIsmCQCZJgkA4iYJAOcmCQA5JwkARicJAJAnCQCoJwkA5ycJAO0nCQA+KAkASigJAJUoCQClKAkA7CgJAPUoCQBDKQkARikJAJopCQCmKQkA8SkJAPgpCQBs2BIASioJAJ8qCQCpKgkA9ioJAPkqCQBNKwkAVSsJAKQrCQCnKwkA+ysJAAcsCQBSLAkAWCwJAKksCQDELAkAAC0JAAwtCQBXLQkAXS0JAMPYEgDOLQkABS4JABAuCQBcLgkAYS4JALMuCQC8LgkACi8JAA0vCQBhLwkAbS8JALgvCQDELwkAmDoJANAvCQAPMAkAFjAJAGYwCQBsMAkAvTAJAMswCQAUMQkALzEJAGsxCQB3MQkAwjEJAMgxCQAZMgkAMzIJAHAyCQB8MgkAxzIJAM0yCQAeMwkAJDMJAHUzCQB6MwkAzDMJANIzCQAa2RIAMDQJAHo0CQCGNAkA0TQJANs0CQAoNQkALDUJAH81CQCENQkA1jUJANw1CQAtNgkATTYJAIQ2CQCQNgkA2zYJAOE2CQAyNwkAODcJAIk3CQCONwkA4DcJAOY3CQDI2RIAPDgJAI44CQCVOAkA5TgJAPE4CQA8OQkAWDkJAJM5CQCbOQkAzdoSABM6CQBBOgkAZzoJACTbEgCrOgkA7zoJAP46CQBGOwkAUjsJAJ07CQCeOwkA9DsJAP47CQBLPAkAWTwJAKI8CQCnPAkA+TwJAAY9CQB72xIAWD0JAIDcEgCsPQkA/j0JAAs+CQBVPgkAYj4JAKw+CQC4PgkAAz8JABI/CQBaPwkAZD8JALE/CQC/PwkACEAJAA1ACQBfQAkAbEAJALZACQC+QAkA19wSABlBCQBkQQkAdEEJALtBCQDEQQkAEkIJABVCCQBpQgkAdUIJAMBCCQDHQgkALt0SACJDCQBuQwkAekMJAMVDCQDNQwkAhd0SAClECQBzRAkAekQJAMpECQDLRAkAIUUJACZFCQB4RQkAhkUJAM9FCQDcRQkAJkYJADBGCQB9RgkAhUYJANRGCQDdRgkAK0cJADFHCQCCRwkAk0cJANlHCQD1RwkAMEgJADhICQDc3RIAkkgJAN5ICQDoSAkANUkJAD9JCQCMSQkAjUkJADPeEgDoSQkAOkoJAEdKCQCRSgkAnkoJAOhKCQD0SgkAP0sJAE5LCQCWSwkAoEsJAO1LCQD1SwkAREwJAE5MCQCbTAkAoEwJAPJMCQD6TAkAit4SAFRNCQCgTQkArE0JAPdNCQD/TQkA4d4SAFNOCQClTgkAtE4JAPxOCQAcTwkAU08JAF9PCQCqTwkAsE8JAAFQCQAJUAkAWFAJAF9QCQCvUAkAsVAJAAZRCQASUQkAXVEJAHNRCQC0UQkAuVEJAAtSCQAYUgkAON8SAGdSCQC5UgkAyFIJABBTCQAwUwkAZ1MJAHNTCQC+UwkAxFMJABVUCQAdVAkAbFQJAHNUCQDDVAkAxVQJABpVCQAmVQkAcVUJAIdVCQDIVQkAzVUJAB9WCQAsVgkAdlYJAH5WCQDNVgkA01YJACRXCQAtVwkAe1cJAIhXCQDSVwkA31cJAClYCQA3WAkAgFgJAI1YCQDXWAkA7lgJAC5ZCQBeWQkAj98SAItZCQDcWQkAklkJAI8nEADyWQkAM1oJAEFaCQCKWgkAjVoJAOFaCQDkWgkAOFsJAEZbCQCPWwkAlFsJAOZbCQDzWwkAPVwJAEVcCQCUXAkAm1wJAOtcCQD3XAkAQl0JAE9dCQCZXQkAp10JAPBdCQD8XQkAR14JAE5eCQCeXgkApl4JAPVeCQD5XgkATF8JAFdfCQCjXwkAsV8JAPpfCQALYAkAUWAJAF1gCQCoYAkAsGAJAObfEgAFYQkAVmEJAGphCQCtYQkAu2EJAARiCQARYgkAW2IJAHJiCQCyYgkAumIJAAljCQATYwkAYGMJAGVjCQC3YwkAv2MJAA5kCQAdZAkAZWQJAGpkCQC8ZAkAyWQJABNlCQAgZQkAamUJAHZlCQDBZQkA0GUJABhmCQAiZgkAb2YJAHdmCQDGZgkA0GYJAB1nCQAiZwkAdGcJAHxnCQA94BIA1mcJACJoCQAuaAkAeWgJAIFoCQCU4BIA1WgJACdpCQA2aQkAfmkJAJ5pCQDVaQkA4WkJACxqCQAyagkAg2oJAItqCQDaagkA4WoJADFrCQAzawkAiGsJAJRrCQDfawkA9WsJADZsCQA7bAkAjWwJAJpsCQDr4BIA7WwJADttCQBBbQkAkm0JAKBtCQDpbQkA9m0JAEBuCQBXbgkAl24JAJ9uCQDubgkA/W4JAEVvCQBKbwkAnG8JAKlvCQDzbwkAAHAJAEpwCQBWcAkAoXAJALBwCQD4cAkAAnEJAE9xCQBrcQkApnEJAK5xCQBC4RIACnIJAAiwDgAMcgkAVHIJAF5yCQBvLQ8AdHIJAKtyCQC3cgkAAnMJAAhzCQBZcwkAYXMJAFG3CQBlcwkAsHMJAHNzCQDjoAkAw3MJAAd0CQAWdAkAXnQJAGp0CQC1dAkAtnQJAAx1CQAWdQkAY3UJAHF1CQC6dQkAv3UJABF2CQAedgkAmeESAG52CQC/dgkAxXYJABZ3CQAbdwkAbXcJAHN3CQCe4hIAz3cJABt4CQApeAkAcngJAIN4CQDJeAkA1XgJACB5CQAoeQkATOMSAIN5CQDOeQkA2HkJACV6CQA0egkAfHoJAId6CQDTegkA4XoJACp7CQA3ewkAgXsJAJh7CQDYewkA4HsJAC98CQAyfAkAhnwJAJJ8CQDdfAkA43wJADR9CQBPfQkAi30JAJd9CQDifQkA6H0JADl+CQBBfgkAkH4JAJJ+CQDnfgkA6H4JAD5/CQBMfwkAlX8JAJ1/CQDsfwkAB4AJAEOACQBPgAkAmoAJAKCACQDxgAkA9IAJAEiBCQBWgQkAn4EJAKSBCQD2gQkAA4IJAE2CCQBpggkApIIJAKyCCQCj4xIACIMJAGAqDwAMgwkAUoMJAA6DCQDpiw8AXoMJAKmDCQC2gwkAAIQJAAWECQBXhAkAYYQJAK6ECQC+hAkABYUJAAqFCQBchQkAZYUJALOFCQDAhQkACoYJABGGCQBhhgkAbYYJALiGCQC+hgkAD4cJABWHCQBmhwkAa4cJAL2HCQDDhwkA+uMSACCICQBriAkAcYgJAMKICQDIiAkAGYkJACaJCQBwiQkAdYkJAMeJCQDPiQkAHooJAFSKCQB1igkAoIoJAMyKCQDUigkAI4sJADCLCQB6iwkAf4sJANGLCQDZiwkAKIwJACuMCQB/jAkAiIwJANaMCQDljAkALY0JADiNCQCEjQkAjI0JANuNCQDrjQkAMo4JAECOCQCJjgkAmo4JAOCOCQDsjgkAN48JAD+PCQD/5BIAlI8JAOWPCQDtjwkAPJAJAEOQCQCTkAkAoZAJAOqQCQDwkAkAQZEJAE2RCQCYkQkAp5EJAO+RCQD5kQkARpIJAEuSCQCdkgkAo5IJAPSSCQAIkwkAVuUSAFWTCQAYFAoAWJMJAKKTCQBakwkAQ9cJAKeTCQD5kwkABZQJAFCUCQBdlAkAp5QJALGUCQCt5RIAGZUJAFWVCQBXlQkArJUJALKVCQADlgkAO5YJAFqWCQBglgkAsZYJALqWCQAIlwkAFZcJAF+XCQCXlwkAtpcJAL2XCQANmAkAEpgJAGSYCQBzmAkAu5gJANuYCQASmQkAHpkJAGmZCQBvmQkAwJkJANqZCQAXmgkAGpoJAG6aCQBzmgkAxZoJANSaCQAcmwkAPJsJAFvmEgCTmwkAypsJANabCQAhnAkAK5wJAHicCQCEnAkA/FMKAIWcCQDPnAkA1JwJACadCQAwnQkAfZ0JAI2dCQDUnQkA2Z0JACueCQA0ngkAgp4JAI+eCQDZngkA4J4JADCfCQA8nwkAh58JAI2fCQDenwkA5J8JADWgCQA6oAkAjKAJAJKgCQCy5hIA5qAJADqhCQA/oQkAkaEJAKChCQDooQkACKIJAGDnEgBNogkAlqIJAKOiCQDtogkA9KIJAESjCQBMowkAm6MJAJ2jCQDyowkAoqMJAOHADACyowkAanQMAPijCQC2pgwA+qMJAEmkCQBNpAkAcawJAF+kCQDYMwwAZKQJAKCkCQCipAkA96QJAAilCQBOpQkAXKUJAKWlCQCspQkA/KUJAASmCQBTpgkAWqYJAKqmCQCvpgkAAacJABCnCQBYpwkAeKcJAK+nCQC7pwkABqgJAAyoCQBdqAkAZagJALSoCQDAqAkAC6kJABipCQBiqQkAfakJALmpCQDHqQkAEKoJABaqCQBnqgkAbKoJAL6qCQDLqgkAFasJACurCQBsqwkAeKsJAMOrCQDQqwkAGqwJACSsCQC35xIAdqwJAMisCQDOrAkAH60JAD+tCQB2rQkAhK0JAM2tCQDarQkAJK4JADuuCQB7rgkAg64JANKuCQDhrgkAKa8JAC6vCQCArwkAja8JANevCQDhrwkALrAJADCwCQCFsAkAk7AJANywCQDpsAkAM7EJAD+xCQCKsQkAkLEJAOGxCQDpsQkAOLIJAD6yCQCPsgkAmLIJAOayCQDzsgkAPbMJAEezCQCUswkAorMJAOuzCQABtAkAQrQJAE60CQCZtAkAobQJAA7oEgD6tAkAR7UJAE21CQCetQkAoLUJAPW1CQD/tQkATLYJAFi2CQCjtgkAurYJAPq2CQAOtwkAZegSAF+3CQCotwkAq7cJAP+3CQAHuAkAVrgJAGK4CQCtuAkAu7gJAAS5CQAOuQkAW7kJAGa5CQCyuQkAvrkJAAm6CQAPugkAYLoJAGi6CQC3ugkAxLoJAA67CQATuwkAZbsJAG+7CQC8uwkAxLsJABO8CQAZvAkAarwJAHO8CQDBvAkAzrwJABi9CQAlvQkAb70JAH29CQDGvQkA070JAB2+CQA0vgkAdL4JAHy+CQDLvgkA0L4JACK/CQAovwkAeb8JAIG/CQDQvwkA5r8JACfACQA1wAkAfsAJAIHACQDVwAkA5MAJACzBCQAxwQkAg8EJAJDBCQDawQkA6sEJADHCCQA/wgkAiMIJAJ/CCQDfwgkA6MIJADbDCQA8wwkAjcMJAJnDCQDkwwkA68MJALzoEgBHxAkAksQJAJTECQDpxAkA88QJAEDFCQBMxQkAl8UJAJ/FCQAT6RIA88UJAEXGCQBUxgkAnMYJALzGCQDzxgkA/8YJAErHCQBQxwkAoccJAKnHCQD4xwkA+ccJAE/ICQBVyAkApsgJAKvICQD9yAkAGMkJAFTJCQBiyQkAq8kJALLJCQACygkADsoJAFnKCQBfygkAaukSALXKCQAHywkAEcsJAF7LCQBvywkAtcsJAMHLCQAMzAkAD8wJAGPMCQBmzAkAuswJAMLMCQARzQkAGM0JAGjNCQBtzQkAv80JAM7NCQAWzgkANs4JAG3OCQB5zgkAxM4JAMrOCQAbzwkAI88JAHLPCQB/zwkAyc8JAM7PCQAg0AkAKtAJAHfQCQB/0AkAztAJAN7QCQAl0QkAKtEJAHzRCQCF0QkA09EJAODRCQAq0gkAMdIJAMHpEgCG0gkA2NIJAOfSCQAv0wkAT9MJAIbTCQCS0wkA3dMJAOPTCQA01AkAPNQJAIvUCQCX1AkA4tQJAO/UCQA51QkAQNUJAJDVCQCR1QkA59UJAOzVCQA+1gkATNYJAJXWCQCi1gkA7NYJAPbWCQAY6hIASNcJAJrXCQCn1wkA8dcJAP7XCQBI2AkATtgJAJ/YCQCr2AkA9tgJAAbZCQBN2QkAVtkJAKTZCQCn2QkA+9kJAAfaCQBS2gkAWdoJAG/qEgCr2gkAANsJALDaCQCtzA0AudoJAEcgDgAR2wkAV9sJAF/bCQCu2wkAuNsJAAXcCQAU3AkAXNwJAF3cCQCz3AkAu9wJAB3rEgAS3QkAdOsSAH/dCQC43QkAhN0JAGj6EgCL3QkABv8JAMDdCQAP3gkAHt4JAGbeCQBr3gkAvd4JAMreCQAU3wkAId8JAGvfCQB33wkAwt8JANHfCQAZ4AkAI+AJAHDgCQCT4AkAx+AJAP3gCQAe4QkAQuEJAHXhCQB94QkA0OwSANHhCQAj4gkAKeIJAHriCQCC4gkAJ+0SAN/iCQAo4wkAQ+MJAH/jCQCL4wkA1uMJAOfjCQAt5AkAQeQJAITkCQCM5AkA2+QJAOHkCQAy5QkAPuUJAInlCQCZ5QkA4OUJAOnlCQA35gkAOuYJAI7mCQCa5gkA5eYJAOzmCQB+7RIASucJAJPnCQCd5wkA1e0SAO/nCQBB6AkATugJAJjoCQCl6AkA7+gJAPvoCQBG6QkAVekJAJ3pCQCn6QkA9OkJAALqCQBL6gkAUOoJAKLqCQCv6gkA+eoJAAHrCQAs7hIAXOsJAKfrCQC36wkA/usJAAfsCQBV7AkAWOwJAKzsCQC47AkAA+0JAArtCQCD7hIAae0JALHtCQC27QkACO4JABXuCQBf7gkAbO4JALbuCQC87gkADe8JABnvCQBk7wkAdO8JALvvCQDE7wkAEvAJABXwCQBp8AkAdfAJAMDwCQDH8AkA2u4SABzxCQBu8QkAe/EJAMXxCQDj8QkAHPIJACjyCQBz8gkAhvIJAMryCQDY8gkAIfMJACTzCQB48wkAgvMJAM/zCQDd8wkAJvQJADP0CQB99AkAlPQJANT0CQDc9AkAK/UJADL1CQCC9QkAh/UJANn1CQDv9QkAMPYJADL2CQCH9gkAlfYJAN72CQDr9gkAMe8SAD33CQCI7xIAkfcJAOP3CQDw9wkAOvgJAEf4CQCR+AkAnfgJAOj4CQD3+AkAP/kJAEn5CQCW+QkApPkJAO35CQDy+QkARPoJAFH6CQCb+gkAo/oJAN/vEgD++gkASfsJAFn7CQCg+wkAqfsJAPf7CQD6+wkATvwJAFr8CQCl/AkArPwJADbwEgAI/QkAU/0JAGP9CQCq/QkAaf0JALsIDwCz/QkAAf4JAAT+CQBY/gkAZP4JAK/+CQC2/gkAjfASAA//CQBsAgoAEP8JAF3/CQBs/wkAtP8JAG7/CQAQAQoAtf8JAAsACgAnAAoAYgAKAJoACgC5AAoA8QAKAOTwEgATAQoAZwEKAIMBCgC+AQoA9gEKABUCCgBNAgoAO/ESAHkCCgDDAgoA0QIKABoDCgAtAwoAcQMKAI0DCgDIAwoAAAQKAB8ECgBXBAoAkvESAIcECgDNBAoA2QQKACQFCgAsBQoA6fESAIAFCgDSBQoA2gUKACkGCgA4BgoAgAYKAIUGCgDXBgoA5AYKAC4HCgA7BwoAhQcKAJEHCgDcBwoA6wcKADMICgA9CAoAiggKAJIICgDhCAoA6wgKADgJCgA9CQoAjwkKAJcJCgBA8hIA9QkKAD0KCgD3CQoAmQsKAD4KCgCUCgoAsAoKAOsKCgAjCwoAQgsKAHoLCgCX8hIAnAsKAPALCgAMDAoARwwKAH8MCgCeDAoA1gwKAO7yEgD4DAoATA0KAF0NCgCjDQoAvw0KAPoNCgAyDgoAUQ4KAIkOCgBF8xIAtQ4KAP8OCgALDwoAVg8KAGUPCgCtDwoAtw8KAAQQCgAMEAoApIcKABIQCgBbEAoAYBAKALIQCgC/EAoACREKABERCgBgEQoAZhEKALcRCgBwEQoAXnkKAMMRCgAOEgoAHhIKAGUSCgBuEgoAvBIKAL8SCgATEwoAHxMKAGoTCgBxEwoAnPMSAOQTCgDz8xIAJhQKAG8UCgCFFAoAxhQKANIUCgAdFQoAJBUKAHQVCgB5FQoAyxUKANQVCgAiFgoALBYKAEr0EgB+FgoAPpMNAIMWCgDQFgoAhRYKAOQpDQDaFgoAJxcKACgXCgB+FwoAjRcKANUXCgDaFwoALBgKADkYCgCDGAoAkBgKANoYCgDmGAoAMRkKAEAZCgCIGQoAkhkKAN8ZCgDtGQoANhoKADsaCgCNGgoAmhoKAOQaCgDlGgoAOxsKAEAbCgCSGwoAlxsKAOkbCgD6GwoAQBwKAGMcCgCXHAoAohwKAO4cCgDzHAoARR0KAEgdCgCcHQoAph0KAPMdCgAbHgoASh4KAGkeCgD49BIArR4KAPgeCgD6HgoATx8KAF4fCgCmHwoAsR8KAP0fCgAFIAoAVCAKAFsgCgCrIAoArSAKAAIhCgAMIQoAWSEKAFshCgCwIQoAySEKAAciCgAJIgoAXiIKAGEiCgC1IgoAwSIKAAwjCgAUIwoAT/USAG8jCgC6IwoAwCMKABEkCgAsJAoAaCQKAHQkCgC/JAoAxSQKABYlCgAeJQoAbSUKAG8lCgDEJQoAziUKABsmCgAjJgoApvUSAIMmCgDJJgoA0CYKACAnCgAoJwoAdycKAIQnCgDOJwoA0ycKACUoCgAvKAoAfCgKAIQoCgDTKAoA4igKACopCgAvKQoAgSkKAI4pCgDYKQoA5SkKAC8qCgA7KgoAhioKAJUqCgDdKgoA5yoKADQrCgA8KwoAiysKAJUrCgDiKwoA5ysKADksCgBBLAoA/fUSAJwsCgDnLAoA9ywKAD4tCgBHLQoAlS0KAJgtCgDsLQoA+C0KAEMuCgBKLgoAVPYSAKAuCgDxLgoA9y4KAEgvCgBNLwoAny8KAKUvCgCr9hIA/C8KAE0wCgBTMAoApDAKAKkwCgCAzQ8AsTAKAPswCgAAMQoAUjEKAFoxCgCpMQoA0jEKAAAyCgDdMQoAejkKACkyCgBXMgoAgDIKAK4yCgDZMgoABTMKAA0zCgBcMwoAazMKALMzCgC4MwoACjQKABc0CgBhNAoAbjQKALg0CgDENAoADzUKAB41CgBmNQoAcDUKAL01CgDLNQoAFDYKABk2CgBrNgoAeDYKAMI2CgDKNgoAGTcKAB83CgBwNwoAfDcKAMc3CgDXNwoAHjgKACc4CgB1OAoAeDgKAMw4CgDYOAoAIzkKACo5CgAC9xIAozkKANE5CgD8OQoAKDoKADA6CgB/OgoAjjoKANY6CgDbOgoALTsKADo7CgCEOwoAkTsKANs7CgDnOwoAMjwKAEE8CgCJPAoAkzwKAOA8CgDuPAoANz0KADw9CgCOPQoAmz0KAOU9CgDtPQoAPD4KAEI+CgCTPgoAnz4KAOo+CgD6PgoAQT8KAEo/CgCYPwoAmz8KAO8/CgD7PwoARkAKAE1ACgBZ9xIAn0AKAHndDwCrQAoA9EAKAAFBCgBLQQoAV0EKAKJBCgCoQQoA+UEKAP9BCgBQQgoAVUIKAKdCCgCtQgoAsPcSACRDCgBVQwoAe0MKAKxDCgDgQwoAA0QKACxECgBaRAoAhUQKAF74EgC9RAoACEUKAL9ECgCNdgsAEkUKAF9FCgB5RQoAtkUKALlFCgDWkQoAxUUKAA1GCgASRgoAZEYKAHFGCgC7RgoAyEYKABJHCgAeRwoAaUcKAHhHCgDARwoAykcKABdICgAjSAoAbkgKAIFICgDFSAoA1EgKABxJCgAoSQoAc0kKAHRJCgDKSQoA1EkKACFKCgAvSgoAeEoKAH1KCgDPSgoA3EoKALX4EgArSwoAfUsKAIpLCgDUSwoA4UsKACtMCgA3TAoAgkwKAJFMCgDZTAoA40wKADBNCgA+TQoAh00KAIxNCgDeTQoA600KADVOCgA9TgoAuvkSAJhOCgDjTgoA804KADpPCgBDTwoAkU8KAJRPCgDoTwoA9E8KAD9QCgBGUAoAEfoSAJlQCgDtUAoA9VAKAERRCgBQUQoAm1EKAKFRCgDyUQoA+FEKAElSCgBOUgoAoFIKAKZSCgC/+hIAIFMKAE5TCgB3UwoApVMKAMlTCgBt+xIAAlQKAK6OCwAPVAoAU1QKAGJUCgCqVAoAtlQKAAFVCgACVQoAWFUKAGJVCgCvVQoAvVUKAAZWCgALVgoAXVYKAGpWCgDE+xIA11YKABv8EgA0VwoAYlcKAItXCgC5VwoA3VcKAHL8EgAeWAoAZ1gKAGxYCgC+WAoAy1gKABVZCgAdWQoAbFkKAHJZCgDDWQoAz1kKABpaCgAqWgoAcVoKAHpaCgDIWgoAy1oKAB9bCgBaWwoAdlsKAIJbCgDJ/BIA01sKACRcCgA9XAoAe1wKAIlcCgDSXAoA31wKACldCgAwXQoAgF0KAIldCgDXXQoA5F0KAC5eCgBFXgoAhV4KAIheCgDcXgoA3l4KADNfCgA8XwoAil8KAJpfCgDhXwoA+l8KADhgCgA6YAoAj2AKAJhgCgDmYAoA7mAKAD1hCgA/YQoAlGEKAK1hCgDrYQoAAmIKAEJiCgBOYgoAmWIKAKpiCgDwYgoA/GIKAEdjCgBSYwoAnmMKAKtjCgD1YwoA/2MKACD9EgBfZAoAo2QKALFkCgD6ZAoA4GQKAHltCgA2ZQoAUWUKAF5lCgCoZQoAsGUKAP9lCgAFZgoAVmYKAGJmCgCtZgoAuGYKAARnCgANZwoAW2cKAF5nCgCyZwoAtGcKAAloCgAQaAoAYGgKAGJoCgB3/RIAumgKAA5pCgAcaQoAZWkKAGppCgC8aQoAyWkKABNqCgAfagoAamoKAHJqCgDO/RIAz2oKABhrCgAoawoAb2sKAH1rCgDGawoAz2sKAB1sCgAnbAoAdGwKAHZsCgDLbAoA1WwKACJtCgAkbQoAJf4SAH5tCgDQbQoA2G0KACduCgAtbgoAfm4KAIpuCgDVbgoA5G4KACxvCgA1bwoAg28KAIZvCgDabwoA3G8KADFwCgA4cAoAiHAKAIpwCgB8/hIA5HAKADZxCgBScQoAjXEKAKlxCgDT/hIA8XEKAEStCwDzcQoAO3IKAEByCgCScgoAn3IKAOlyCgD2cgoAQHMKAEZzCgCXcwoAo3MKAO5zCgD+cwoARXQKAE50CgCcdAoAn3QKAPN0CgD/dAoASnUKAFF1CgAq/xIAsHUKAPh1CgD9dQoAT3YKAFx2CgCmdgoAs3YKAP12CgADdwoAVHcKAGB3CgCrdwoAu3cKAAJ4CgALeAoAWXgKAFx4CgCweAoAvHgKAAd5CgAOeQoAgf8SAGB5CgC1eQoAw3kKAAx6CgAdegoA2P8SAGp6CgAvABMAwnoKAIYAEwAWewoAaHsKAHV7CgC/ewoAzHsKABZ8CgAifAoAbXwKAHx8CgDEfAoAznwKABt9CgApfQoAcn0KAHd9CgDJfQoA1n0KACB+CgAofgoA3QATAIN+CgDOfgoA3n4KACV/CgAufwoAfH8KAH9/CgDTfwoA338KACqACgAxgAoANAETAIOACgDYgAoA5oAKAC+BCgBAgQoAiwETAI2BCgDiARMA5YEKADkCEwA5ggoAi4IKAJiCCgDiggoA74IKADmDCgBFgwoAkIMKAJ+DCgDngwoA8YMKAD6ECgBMhAoAlYQKAJqECgDshAoA+YQKAEOFCgBLhQoAkAITAKaFCgDxhQoAAYYKAEiGCgBRhgoAn4YKAKKGCgD2hgoAAocKAE2HCgBUhwoA5wITAK6HCgD7hwoACYgKAFKICgBoiAoAqYgKALWICgAAiQoAB4kKAFeJCgBfiQoArokKALOJCgAFigoADooKAFyKCgBmigoAPgMTAMmKCgAKiwoAFosKAGGLCgBoiwoAuIsKAMCLCgAPjAoAFIwKAGaMCgBvjAoAvYwKAMeMCgCVAxMAGY0KAFeYDQAgjQoAmtwKACONCgBrjQoAPo0KABPuEwBwjQoAwo0KAM+NCgAZjgoAJo4KAHCOCgB8jgoAx44KANaOCgAejwoAKI8KAHWPCgCDjwoAzI8KANmPCgAjkAoAOpAKAHqQCgCCkAoA0ZAKANuQCgAokQoALZEKAH+RCgCHkQoA7AMTANuRCgAtkgoAPJIKAISSCgCkkgoA25IKAOeSCgAykwoAPJMKAImTCgCTkwoA4JMKAO6TCgA3lAoATZQKAI6UCgCalAoA5ZQKAOqUCgA8lQoARZUKAJOVCgCdlQoA6pUKAPaVCgBBlgoAVJYKAJiWCgCnlgoA75YKAPuWCgBGlwoAR5cKAJ2XCgCnlwoA9JcKAAKYCgBLmAoAUJgKAKKYCgCvmAoAmgQTAAeZCgBQmQoAZpkKAKeZCgCzmQoA/pkKAAWaCgBVmgoAXZoKAKyaCgCxmgoAA5sKAAybCgBamwoAZJsKAJ8FEwC2mwoACJwKABCcCgBfnAoAYpwKALacCgC/nAoADZ0KABydCgBknQoAb50KALudCgDDnQoAEp4KACKeCgBpngoAd54KAMCeCgDRngoAF58KACOfCgBunwoAdp8KAPYFEwDLnwoAHKAKACSgCgBzoAoAeqAKAMqgCgDYoAoAIaEKACehCgB4oQoAhKEKAM+hCgDeoQoAJqIKADCiCgB9ogoAgqIKANSiCgDaogoAK6MKAD+jCgBNBhMAk6MKANmjCgDlowoAMKQKADakCgCHpAoAjaQKAN6kCgDjpAoANaUKADulCgCkBhMAkaUKAOOlCgD0pQoAOqYKAEKmCgCRpgoARqYKAHTDCgBIpgoAkKEQAJumCgDopgoA9qYKAD+nCgBVpwoAlqcKAKKnCgDtpwoA9KcKAESoCgBMqAoAm6gKAKCoCgDyqAoA+6gKAEmpCgBTqQoAoKkKAKipCgD3qQoA+6kKAE6qCgBZqgoApaoKALOqCgD8qgoADasKAFOrCgBfqwoAqqsKALKrCgD7BhMAA6wKAFisCgBmrAoAr6wKALmsCgAGrQoAFK0KAF2tCgBqrQoAtK0KAMutCgALrgoAE64KAGKuCgByrgoAua4KAL6uCgAQrwoAFq8KAGevCgBvrwoAvq8KAMCvCgAVsAoAIrAKAGywCgB0sAoAw7AKAMiwCgAasQoAG7EKAHGxCgB9sQoAyLEKANWxCgAfsgoAJ7IKAHayCgCFsgoAzbIKANKyCgAkswoAMbMKAHuzCgCIswoA0rMKAN6zCgAptAoAOLQKAIC0CgCKtAoA17QKAOW0CgAutQoAM7UKAIW1CgCStQoAUgcTAN+1CgAztgoAO7YKAIq2CgCXtgoA4bYKAOa2CgA4twoAQrcKAI+3CgCXtwoA5rcKAOi3CgA9uAoAWLgKAJS4CgCWuAoA67gKAPm4CgBCuQoAU7kKAJm5CgCbuQoA8LkKAAm6CgBHugoAWLoKAJ66CgCqugoAqQcTAP26CgBMuwoAUrsKAKO7CgCvuwoA+rsKABe8CgBRvAoAWrwKAKi8CgC0vAoA/7wKAAK9CgBWvQoAYL0KAK29CgC1vQoABL4KAA6+CgBbvgoAab4KALK+CgDIvgoACb8KABW/CgBgvwoAZ78KALe/CgC/vwoADsAKABPACgBlwAoAbsAKALzACgDGwAoAE8EKABvBCgBqwQoAbMEKAMHBCgDRwQoAGMIKACLCCgBvwgoAe8IKAMbCCgDMwgoAHcMKACXDCgAACBMAesMKAMvDCgDRwwoAIsQKACfECgB5xAoAf8QKAFcIEwDexAoAJ8UKAD3FCgB+xQoAisUKANXFCgDaxQoALMYKADXGCgCDxgoAjcYKANrGCgD9xgoAMccKADXHCgCIxwoAQMcKAOTICgCKxwoA38cKAO3HCgA2yAoAQMgKAI3ICgCxyAoAXAkTAOrICgA7yQoAR8kKAJLJCgCUyQoA6ckKAPPJCgBAygoATMoKAJfKCgC7ygoAswkTAPLKCgBFywoA/coKAKHMCgBHywoAnMsKAKrLCgDzywoA/csKAErMCgBuzAoACgoTAKfMCgD4zAoABM0KAE/NCgBRzQoAps0KALDNCgD9zQoACc4KAFTOCgB4zgoAYQoTAMjOCgACzwoAC88KAFnPCgBnzwoAsM8KALbPCgAH0AoAE9AKAF7QCgBm0AoAuAoTALzQCgAM0QoAJdEKAGPRCgBy0QoAutEKAMLRCgAR0goAINIKAGjSCgBt0goAv9IKAMzSCgAW0woAI9MKAG3TCgB50woAxNMKANPTCgAb1AoAJdQKAHLUCgCA1AoAydQKAM7UCgAg1QoALdUKAA8LEwB41QoAz08LAJDVCgDO1QoA2NUKACXWCgAn1goAfNYKAIrWCgDT1goA4NYKACrXCgAy1woAgdcKAK3XCgDY1woA39cKAC/YCgBI2AoAhtgKAJXYCgDd2AoA5dgKADTZCgBD2QoAi9kKAJDZCgDi2QoA79kKADnaCgBG2goAkNoKAJzaCgDn2goA9toKAD7bCgBI2woAldsKAKPbCgDs2woA8dsKAEPcCgBQ3AoAZgsTAK3cCgDx3AoAAN0KAEjdCgBU3QoAn90KAKvdCgD23QoA/d0KAE3eCgBZ3goApN4KAKveCgD73goAA98KAFLfCgBW3woAqd8KALTfCgAA4AoADOAKAFfgCgBk4AoAruAKALbgCgAF4QoAD+EKAFzhCgBi4QoAs+EKAMfhCgAK4goAGOIKAGHiCgBu4goAuOIKAM/iCgAP4woAF+MKAGbjCgBw4woAveMKAMLjCgAU5AoAHOQKAGvkCgB65AoAwuQKAMfkCgAZ5QoAJuUKAHDlCgB95QoAx+UKANPlCgAe5goALeYKAHXmCgB/5goAvQsTANTmCgAj5woAMucKAHrnCgB/5woA0ecKANrnCgAo6AoAOegKAH/oCgCG6AoA1ugKAN7oCgAt6QoAOukKAITpCgCJ6QoA2+kKAOXpCgAy6goAOuoKAInqCgCi6goA4OoKAOzqCgA36woAP+sKABQMEwCd6woA5esKAALsCgA87AoARewKAJPsCgCh7AoA6uwKAPDsCgBB7QoATe0KAJjtCgCf7QoA7+0KAPftCgBG7goAVu4KAJ3uCgCj7goA9O4KAPnuCgBL7woAYe8KAKLvCgCq7woA+e8KAAPwCgBQ8AoAW/AKAKfwCgCz8AoA/vAKAAbxCgBrDBMAYvEKAKzxCgCz8QoAA/IKAA/yCgBa8goAYPIKALHyCgDC8goACPMKABzzCgBf8woAbfMKALbzCgDD8woADfQKACT0CgBk9AoAbPQKALv0CgDC9AoAEvUKABT1CgBp9QoAc/UKAMD1CgDC9QoAF/YKADD2CgBu9goAcPYKAMX2CgDI9goAHPcKACj3CgBz9woAofcKAMIMEwDZ9woAIfgKAD74CgB4+AoAgfgKAM/4CgDd+AoAJvkKACz5CgB9+QoAifkKANT5CgDc+QoAGQ0TADP6CgCC+goAiPoKANn6CgDl+goAMPsKADP7CgCH+woAjPsKAN77CgDn+woANfwKADv8CgCM/AoAm/wKAOP8CgDv/AoAOv0KAEL9CgBwDRMAl/0KAOj9CgDt/QoAP/4KAFX+CgCW/goAnv4KAO3+CgD7/goARP8KAE7/CgCb/woAnv8KAPL/CgD6/woASQALAEoACwCgAAsApgALAPcACwAFAQsATgELAGQBCwClAQsApwELAPwBCwACAgsAUwILAGcCCwCqAgsAsgILAAEDCwARAwsAWAMLAFoDCwCvAwsAvgMLAAYECwAQBAsAXQQLAGIECwC0BAsAugQLAAsFCwAfBQsAYgULAGoFCwC5BQsAvgULABAGCwAWBgsAZwYLAG8GCwC+BgsAwQYLABUHCwAaBwsAbAcLAHUHCwDDBwsAyQcLABoICwApCAsAcQgLAH0ICwDHDRMA1AgLAB8JCwAyCQsAdgkLAJIJCwDNCQsA1QkLAB4OEwAyCgsAewoLAJEKCwDSCgsA3goLACkLCwAuCwsAgAsLAIkLCwDXCwsA4QsLAC4MCwA2DAsAhQwLAIcMCwDcDAsA6wwLADMNCwBQDQsAig0LAJMNCwDhDQsA7w0LADgOCwA+DgsAjw4LAJ0OCwDmDgsA8w4LAD0PCwBUDwsAlA8LAJwPCwDrDwsA7Q8LAEIQCwBKEAsAmRALAKgQCwDwEAsA9RALAEcRCwBUEQsAnhELAKsRCwD1EQsAARILAEwSCwBbEgsAoxILAK0SCwD6EgsACBMLAFETCwBWEwsAqBMLALUTCwB1DhMACRQLAFYUCwBYFAsArRQLALQUCwAEFQsACxULAFsVCwBhFQsAshULAMAVCwAJFgsAFhYLAGAWCwBwFgsAtxYLALwWCwAOFwsAFhcLAGUXCwAqFwsAIIMLAHEXCwC8FwsAvhcLAMsaCwDJFwsAExgLABgYCwBqGAsAdBgLAMEYCwDRGAsAGBkLAB0ZCwBvGQsAeBkLAMYZCwDTGQsAHRoLACQaCwB0GgsAfBoLAMwOEwDZGgsAIhsLADobCwB5GwsAexsLANAbCwDnGwsAJxwLACkcCwB+HAsAjBwLANUcCwDiHAsALB0LADQdCwAjDxMAhh0LANodCwCaHQsA/dcMAOMdCwAxHgsAPx4LALFJCwBAHgsAiB4LAJMeCwDfHgsA5x4LADYfCwBBHwsAjR8LAJIfCwDkHwsA5x8LADsgCwBFIAsAeg8TAJggCwDpIAsAnCALAEx9DwAEIQsAQCELAEwhCwCXIQsAnSELAO4hCwD2IQsARSILAFsiCwCcIgsAqiILAPMiCwD2IgsASiMLAGMjCwChIwsArSMLAPgjCwADJAsATyQLAFEkCwCmJAsAwSQLAP0kCwALJQsAVCULAGElCwCrJQsAwiULANEPEwAEJgsArX8PABgmCwBZJgsAWiYLALAmCwC1JgsABycLAA0nCwBeJwsAYCcLALUnCwC7JwsADCgLACAoCwBjKAsAaygLALooCwDKKAsAESkLABMpCwBoKQsAdikLAL8pCwDQKQsAKBATABwqCwBtKgsAeSoLAH8QEwDGKgsAGysLACwrCwByKwsAeisLAMkrCwDSKwsAICwLACcsCwB3LAsAeCwLANYQEwDaLAsAJS0LACctCwB8LQsAgy0LANMtCwDbLQsAKi4LADMuCwCBLgsAiC4LANguCwDZLgsALRETADQvCwCGLwsAji8LAN0vCwDnLwsANDALAEIwCwCLMAsAoTALAOIwCwDuMAsAOTELAD4xCwCQMQsAmTELAOcxCwDxMQsAhBETAD8yCwCVMgsAnTILAHu9DACtMgsA7DILAPkyCwBDMwsATzMLAJozCwCkMwsA8TMLAPUzCwBINAsATTQLAJ80CwClNAsA9jQLABY1CwBNNQsAZTULAKQ1CwC7NQsA+zULAAc2CwBSNgsAXDYLAKk2CwCrNgsAADcLAAc3CwBXNwsAXjcLAK43CwC0NwsABTgLABE4CwBcOAsAXzgLALM4CwC2OAsACjkLABY5CwBhOQsAZDkLALg5CwDUOQsADzoLABc6CwDbERMAcjoLAL06CwDHOgsAFDsLABY7CwBrOwsAcjsLAMI7CwDJOwsAGTwLAB88CwBwPAsAfjwLAMc8CwDUPAsAHj0LAC49CwB1PQsAej0LAMw9CwDUPQsAIz4LADM+CwB6PgsAfz4LANE+CwDXPgsAKD8LADA/CwAyEhMAhT8LANY/CwDePwsALUALADBACwCEQAsAkEALANtACwDhQAsAMkELAE1BCwCJQQsAl0ELAOBBCwDvQQsAN0ILAENCCwCOQgsAlkILAOASEwDqQgsAPEMLAEZDCwCTQwsAm0MLAOpDCwAKRAsAQUQLAE5ECwCYRAsAnUQLAO9ECwDzRAsARkULAFNFCwA3ExMAokULAPRFCwD3RQsAS0YLAFVGCwCiRgsArkYLAPlGCwAMRwsAUEcLAF9HCwCnRwsAs0cLAP5HCwD/RwsAVUgLAF9ICwCsSAsAukgLAANJCwAISQsAWkkLAGdJCwCOExMAu0kLAAhKCwAKSgsAX0oLAHhKCwC2SgsAx0oLAA1LCwAZSwsAZEsLAGxLCwCTFBMAwksLABJMCwAZTAsAaUwLAG9MCwDATAsAzEwLABdNCwAaTQsAbk0LAHFNCwDFTQsAzU0LABxOCwAsTgsAc04LAHhOCwDKTgsA004LACFPCwAuTwsAeE8LAH9PCwDqFBMA208LACZQCwAzUAsAfVALAIVQCwDUUAsA3lALACtRCwA6UQsAglELAINRCwDZUQsA4VELADBSCwA/UgsAh1ILAIxSCwDeUgsA61ILADVTCwBCUwsAjFMLAJhTCwDjUwsA8lMLADpUCwBEVAsAkVQLAJ9UCwDoVAsA7VQLAD9VCwBMVQsAllULAJ5VCwDtVQsA91ULAERWCwBJVgsAm1YLAKNWCwBBFRMAAFcLAElXCwBVVwsAoFcLAKZXCwD3VwsA/VcLAE5YCwBTWAsApVgLAKtYCwCYFRMACFkLAFNZCwBZWQsAqlkLALBZCwABWgsADloLAFhaCwBdWgsAr1oLALdaCwAGWwsAJFsLAJ0WEwBeWwsAtFsLALlbCwALXAsAEVwLAGJcCwBkXAsAuVwLAL9cCwAQXQsAJF0LAGddCwBvXQsAvl0LAM5dCwAVXgsAF14LAGxeCwB6XgsAw14LANReCwD0FhMAIF8LAHFfCwB9XwsASxcTANVfCwAfYAsAJ2ALAHZgCwCDYAsAzWALAM9gCwAkYQsAOmELAHthCwCHYQsA0mELANphCwD5FxMANWILAIBiCwCDYgsA12ILANxiCwAuYwsAP2MLAIVjCwCOYwsA3GMLAOZjCwAzZAsAQWQLAIpkCwCPZAsA4WQLAO5kCwBQGBMARGULAI9lCwCcZQsA5mULAOhlCwA9ZgsAU2YLAJRmCwCgZgsA62YLAPNmCwCnGBMAR2cLAJlnCwCfZwsA8GcLAPhnCwBHaAsASmgLAJ5oCwCqaAsA9WgLAPtoCwBMaQsAZ2kLAKNpCwCwaQsA+mkLAPxpCwBRagsAZ2oLAKhqCwC0agsA/2oLAAdrCwD+GBMAXGsLAK1rCwCyawsABGwLAB9sCwBbbAsAaWwLALJsCwC5bAsACW0LABVtCwBgbQsAZ20LAFUZEwDCbQsADm4LABZuCwBlbgsAcG4LALxuCwDBbgsAE28LABZvCwBqbwsAdG8LAMFvCwDJbwsAGHALACZwCwBvcAsAcnALAMZwCwDOcAsAHXELAD1xCwB0cQsAgXELAMtxCwDQcQsAInILACZyCwB5cgsAhnILAKwZEwDwcgsAJ3MLADBzCwB+cwsAf3MLANVzCwDdcwsALHQLADx0CwCDdAsAhXQLANp0CwDodAsAMXULAEJ1CwADGhMAjnULAN91CwDrdQsAWhoTAD12CwCxGhMAknYLAOR2CwD+dgsAO3cLAEp3CwCSdwsAnXcLAOl3CwDrdwsAQHgLAE14CwCXeAsApHgLAO54CwD6eAsARXkLAFZ5CwCceQsAn3kLAPN5CwANegsASnoLAFN6CwChegsArnoLAPh6CwD+egsAT3sLAFt7CwCmewsAqXsLAP17CwACfAsAVHwLAGV8CwCrfAsAxnwLAAJ9CwAOfQsAWX0LAGB9CwCwfQsAsn0LAAd+CwAOfgsAXn4LAGV+CwC1fgsAu34LAAx/CwAYfwsAY38LAGZ/CwC6fwsAvX8LABGACwAdgAsAaIALAHuACwC/gAsAzoALABaBCwAigQsAbYELAG6BCwDEgQsAzoELABuCCwApggsAcoILAHeCCwDJggsA1oILAAgbEwAogwsAXxsTAHmDCwDOgwsA5IMLACWECwAxhAsAfIQLAISECwC2GxMA2YQLACqFCwAyhQsAgYULAISFCwDYhQsA5IULAC+GCwA1hgsAhoYLAKGGCwDdhgsA64YLADSHCwBDhwsAi4cLAJeHCwDihwsA6ocLAA0cEwA+iAsAkIgLAJqICwDniAsA74gLAD6JCwBeiQsAlYkLAKKJCwDsiQsA8YkLAEOKCwBHigsAmooLAKeKCwBkHBMAFIsLALscEwBNiwsAn4sLAK6LCwD2iwsAFowLAE2MCwBZjAsApIwLAK6MCwD7jAsAB40LAFKNCwBYjQsAqY0LAK+NCwAAjgsABY4LAFeOCwBdjgsAEh0TALSOCwAFjwsACo8LAFyPCwBijwsAwB0TALaPCwAKkAsAFJALAGGQCwBjkAsAuJALANGQCwAPkQsAIJELAGaRCwB0kQsAvZELAMCRCwAUkgsAH5ILAGuSCwBzkgsAwpILAMSSCwAZkwsAIZMLAHCTCwB9kwsAx5MLANOTCwAelAsAIpQLAHWUCwB9lAsAzJQLANuUCwAjlQsAKJULAHqVCwCHlQsA0ZULAN6VCwAolgsANJYLAH+WCwCOlgsA1pYLAOCWCwAtlwsAO5cLAISXCwCJlwsA25cLAOiXCwAXHhMAOpgLAG4eEwCNmAsA9JwLAJWYCwDgmAsA5pgLADeZCwA9mQsAjpkLAJuZCwDlmQsA6pkLADyaCwBEmgsAk5oLALyaCwDqmgsAx5oLAJibCwAQmwsA75sLABObCwBBmwsAapsLAMUeEwDBmwsAHB8TABWcCwBGnAsAepwLAJ2cCwDGnAsAcx8TAAKdCwBLnQsAWJ0LAKKdCwCunQsA+Z0LAP+dCwBQngsAVp4LAKeeCwCsngsA/p4LAASfCwDKHxMAe58LAFqgCwB+nwsArJ8LANWfCwB4IBMALKALAM8gEwCAoAsAsaALAOWgCwAIoQsAMaELACYhEwBpoQsAtqELALuhCwANogsAFaILAH0hEwBpogsAu6ILAMSiCwASowsAH6MLAGmjCwBwowsA1CETAMijCwArIhMAKqQLAG6kCwB6pAsAxaQLANSkCwAcpQsAJaULAHOlCwB9pQsAyqULAMylCwAhpgsAOqYLAHimCwCJpgsAz6YLANumCwAmpwsALqcLAIIiEwCLpwsA1KcLAOWnCwArqAsAN6gLAIKoCwCKqAsA2SITAN6oCwAwqQsAOqkLAIepCwCPqQsA3qkLAO6pCwA1qgsAOqoLAIyqCwCVqgsA46oLAPCqCwA6qwsAQasLADAjEwCXqwsAZTAQAJ6rCwDoqwsApKsLANv9DgDtqwsAP6wLAEusCwCWrAsAo6wLAO2sCwD3rAsAhyMTAEmtCwCbrQsAp60LAPKtCwD/rQsASa4LAFOuCwCgrgsAvK4LAPeuCwD/rgsA3iMTAFOvCwClrwsAra8LAPyvCwD/rwsAU7ALAFywCwCqsAsAubALAAGxCwAMsQsAWLELAGCxCwCvsQsAv7ELAAayCwAUsgsAXbILAG6yCwC0sgsAwLILAAuzCwATswsANSQTAGizCwC5swsAwbMLABC0CwAXtAsAZ7QLAHW0CwC+tAsAxLQLABW1CwAhtQsAbLULAHu1CwDDtQsAzbULABq2CwAftgsAcbYLAHe2CwDItgsA3LYLAB+3CwAntwsAdrcLAJS3CwDNtwsA1bcLAIwkEwAsuAsA4yQTAIO4CwDSuAsA67gLACm5CwAyuQsAgLkLAJC5CwDXuQsA57kLAC66CwA6ugsAhboLAIu6CwDcugsA6roLADO7CwBAuwsAirsLAKG7CwDhuwsA6bsLADi8CwBCvAsAj7wLAJ28CwDmvAsA/LwLAD29CwBJvQsAlL0LAJu9CwDrvQsA870LAEK+CwBHvgsAmb4LAKK+CwDwvgsA+r4LAEe/CwBPvwsAnr8LAKC/CwD1vwsABcALAEzACwBWwAsAo8ALAK/ACwD6wAsAAMELAFHBCwBZwQsAkSUTAKrBCwD/wQsAEMILAFbCCwBywgsArcILALXCCwDoJRMAFcMLAFvDCwBswwsAssMLALrDCwAJxAsAIsQLAGDECwBmxAsAt8QLALzECwAOxQsALsULAGXFCwBxxQsAvMULAMLFCwATxgsAG8YLAGrGCwB5xgsAwcYLAMbGCwAYxwsAJccLAG/HCwB8xwsAxscLANLHCwAdyAsALMgLAHTICwB+yAsAy8gLANnICwAiyQsAJ8kLAHnJCwCGyQsA0MkLANPJCwAnygsAL8oLAH7KCwCAygsA1coLANvKCwAsywsAOMsLAIPLCwCLywsAPyYTAN/LCwAxzAsANcwLAIjMCwCVzAsAliYTAOfMCwDtJhMAPM0LAI3NCwCkzQsA5M0LAO3NCwA7zgsAUc4LAJLOCwCezgsA6c4LAPbOCwBAzwsASs8LAJfPCwCfzwsA7s8LACzQCwBF0AsAbtALAJzQCwCk0AsA89ALABbRCwBEJxMAWdELAKHRCwBg0QsA2+4LAKbRCwD40QsABdILAE/SCwBc0gsAptILALLSCwD90gsADNMLAFTTCwBe0wsAq9MLALnTCwAC1AsAB9QLAFnUCwBm1AsAsNQLANTUCwAH1QsAD9ULAJsnEwBn1QsAtdULALjVCwAM1gsAFtYLAGPWCwBr1gsAutYLANPWCwAR1wsAHdcLAGjXCwBw1wsA8icTAM/XCwAW2AsAHtgLAG3YCwB32AsAxNgLANjYCwAb2QsAHNkLAHLZCwB+2QsAydkLANHZCwBJKBMAM9oLAHfaCwB42gsAztoLANraCwAl2wsANNsLAHzbCwCG2wsA09sLANbbCwAq3AsAMtwLAIHcCwCC3AsA2NwLANrcCwAv3QsANd0LAIbdCwCI3QsA3d0LAPPdCwA03gsAQN4LAIveCwCV3gsA4t4LAO7eCwA53wsAP98LAJDfCwCY3wsA598LABDgCwA+4AsARuALAJXgCwCf4AsA7OALAPHgCwBD4QsAS+ELAJrhCwCz4QsA8eELAP3hCwBI4gsAUOILAKAoEwCr4gsA9uILAPniCwBN4wsAUuMLAKTjCwCt4wsA++MLAAHkCwBS5AsAYeQLAKnkCwC15AsAAOULABXlCwBX5QsAX+ULAK7lCwC75QsAzOsLAMflCwAF5gsACuYLAFzmCwBh5gsAs+YLAMTmCwAK5wsAEucLAGHnCwAW5wsAFOkLAHjnCwC45wsAxucLAA/oCwAq6AsAZugLAHLoCwC96AsAyugLAPcoEwAW6QsAa+kLAHjpCwDC6QsAyukLABnqCwAw6gsAcOoLAH7qCwDH6gsA4uoLAB7rCwAq6wsAdesLAILrCwBOKRMA1esLACPsCwA07AsAeuwLAIvsCwDR7AsA2ewLACjtCwA/7QsAf+0LAI3tCwDW7QsA8e0LAC3uCwA57gsAhO4LAJHuCwClKRMA7+4LADLvCwA17wsAie8LAKbvCwDg7wsA8e8LADfwCwBb8AsAjvALAJbwCwD8KRMA7vALADzxCwA/8QsAk/ELAJ3xCwDq8QsA8vELAEHyCwBa8gsAmPILAKTyCwDv8gsA9/ILAFMqEwBW8wsAnfMLAKXzCwD08wsA/vMLAEv0CwBf9AsAovQLAKP0CwD59AsABfULAFD1CwBY9QsAqioTALv1CwD+9QsAAfYLAFX2CwBy9gsArPYLAL32CwAD9wsAEfcLAFr3CwBv9wsAsfcLALn3CwAI+AsAFfgLAG77CwAh+AsAX/gLAGT4CwC2+AsAu/gLAA35CwAe+QsAZPkLAGz5CwC7+QsA0vkLABL6CwAg+gsAafoLAIT6CwDA+gsAzPoLABf7CwAk+wsAASsTAHf7CwDF+wsA1vsLABz8CwAt/AsAc/wLAHv8CwDK/AsA4fwLACH9CwAv/QsAeP0LAJP9CwDP/QsA2/0LACb+CwAz/gsAWCsTAJH+CwDU/gsA1/4LACv/CwBI/wsAgv8LAJP/CwDZ/wsA5/8LADAADABFAAwAhwAMAI8ADADeAAwA6wAMAPwGDAD3AAwANQEMADoBDACMAQwAkQEMAOMBDAD0AQwAOgIMAEICDACRAgwARgIMAEQEDACoAgwA6AIMAPYCDAA/AwwAWgMMAJYDDACiAwwA7QMMAPoDDACvKxMARgQMAJsEDACoBAwA8gQMAPoEDABJBQwAYAUMAKAFDACuBQwA9wUMABIGDABOBgwAWgYMAKUGDACyBgwABiwTAAUHDABTBwwAZAcMAKoHDAC7BwwAAQgMAAkIDABYCAwAbwgMAK8IDAC9CAwABgkMACEJDABdCQwAaQkMALQJDADBCQwAXSwTABQKDABiCgwAcwoMALkKDADFCgwAEAsMAB0LDABnCwwAbAsMAL4LDADICwwAFQwMACUMDABsDAwAcQwMAMMMDADMDAwAGg0MACcNDABxDQwAeA0MAMgNDADUDQwAHw4MACUODAB2DgwAfA4MAM0ODADSDgwAJA8MACoPDAC0LBMAgA8MANIPDADaDwwAKRAMAD8QDACAEAwAhRAMANcQDADeEAwALhEMADcRDACFEQwAlhEMANwRDADoEQwAMxIMADsSDAC5LRMAjBIMAOESDAD3EgwAOBMMAEQTDACPEwwAlhMMAOYTDADuEwwAEC4TAEIUDACUFAwAmxQMAOsUDAD0FAwAQhUMAFMVDACZFQwApRUMAPAVDAD4FQwAZy4TAEkWDACeFgwAtBYMAPUWDAABFwwATBcMAFMXDACjFwwAqxcMAL4uEwD/FwwAURgMAFgYDACoGAwAsRgMAP8YDAAQGQwAVhkMAGIZDACtGQwAtRkMABUvEwAGGgwAWxoMAGoaDACyGgwA0hoMAAkbDAALGwwAYBsMAHcbDAC3GwwAwxsMAA4cDAAWHAwAwy8TAGocDAC8HAwAvhwMABMdDAAaHQwAah0MAHIdDADBHQwAyh0MABgeDAAeHgwAbx4MAIAeDADGHgwAzh4MAHEwEwApHwwAdB8MAHcfDADLHwwA0B8MACIgDAAzIAwAeSAMAJQgDADQIAwA3CAMACchDAAvIQwAyDATAJQhDADVIQwA1iEMACwiDAAxIgwAgyIMAIkiDADaIgwA5CIMADEjDAA5IwwAiCMMAJojDAAfMRMA7CMMADYkDABAJAwAjSQMAJMkDADkJAwA+CQMADslDABDJQwAkiUMAKIlDADpJQwA7iUMAEAmDABGJgwAlyYMAJ8mDADuJgwA7yYMAEUnDABHJwwAnCcMAKsnDADzJwwAEygMAEooDABMKAwAoSgMALgoDAD4KAwABCkMAE8pDABXKQwAdjETAK4pDAD9KQwAFioMAFQqDABdKgwAqyoMALUqDAACKwwACisMAFkrDABpKwwAsCsMALUrDAAHLAwAECwMAF4sDABrLAwAtSwMALwsDAAMLQwAFC0MACQyEwBtLQwAui0MAMItDAARLgwAHy4MAGguDAB1LgwAvy4MAMcuDAAWLwwAGC8MAG0vDAB1LwwAxC8MAMUvDAAbMAwAHTAMAHIwDACBMAwAyTAMAOkwDAAgMQwAIjEMAHcxDACOMQwAzjEMANoxDAAlMgwAPzIMAHwyDACoMgwA0zIMANYyDAAqMwwALzMMAIEzDACOMwwAezITANozDAAvNAwAOTQMAIY0DACVNAwA3TQMAOg0DAA0NQwAQjUMAIs1DACYNQwA4jUMAPk1DAA5NgwAQTYMAJA2DACRNgwA5zYMAOk2DAA+NwwATTcMAJU3DAC1NwwA7DcMAO43DABDOAwAWjgMAJo4DACmOAwA8TgMAPk4DADSMhMATTkMAJ85DAClOQwA9jkMAP45DABNOgwAbDoMAKQ6DACxOgwA+zoMAPw6DABSOwwAaDsMAKk7DADFOwwAKTMTAAU8DABXPAwAYTwMAK48DAC2PAwABT0MAAY9DABcPQwABz0MAIlGDABiPQwAsz0MAL89DAAKPgwAGj4MAGE+DABvPgwAuD4MAMs+DAAPPwwAGz8MAGY/DABtPwwAvT8MAMU/DAAUQAwAGEAMAGtADAB5QAwAwkAMAMxADAAZQQwAJEEMAHBBDAB4QQwAx0EMAP9BDAAeQgwAJkIMAHVCDAB6QgwAzEIMANJCDAAjQwwAK0MMAHpDDACUQwwA0UMMAAlEDAAoRAwAMEQMAH9EDACERAwA1kQMANxEDAAtRQwANUUMAIRFDACeRQwA20UMAPVFDAAyRgwAakYMAIAzEwCRRgwA4EYMAOdGDAA3RwwAQ0cMAI5HDACPRwwA5UcMAPFHDAA8SAwASUgMAJNIDACaSAwA6kgMAPZIDABBSQwATkkMAJhJDACnSQwA70kMAANKDADXMxMASEoMAJ1KDABSSgwA4FUPAKBKDADeuA4AqkoMAJNNDQCsSgwA9EoMABRLDABLSwwATUsMAKJLDAC5SwwA+UsMAAVMDABQTAwAWEwMAC40EwCpTAwA/kwMAAtNDABVTQwAXk0MAKxNDACuTQwAA04MABRODABaTgwAa04MALFODADFTgwAhTQTAChPDABfTwwAYU8MALZPDADNTwwADVAMABlQDABkUAwAbFAMANw0EwC9UAwAElEMABVRDABpUQwAcVEMAMBRDADNUQwAF1IMABxSDABuUgwAeFIMAMVSDADNUgwAHFMMADVTDABzUwwAf1MMAMpTDADWUwwAIVQMAC5UDAB4VAwAgFQMAM9UDADfVAwAJlUMACtVDAB9VQwAhlUMANRVDADhVQwAK1YMADJWDACCVgwAilYMADM1EwDmVgwAMFcMADNXDACHVwwAkVcMAN5XDADgVwwANVgMAEZYDACMWAwAnVgMAONYDADvWAwAOlkMAEFZDACRWQwAq1kMAOhZDADwWQwAP1oMAEBaDAAaZAwASVoMAJZaDACcWgwA7VoMAAFbDABEWwwATFsMAJtbDAClWwwA8lsMAPdbDABJXAwAUVwMAKBcDACuXAwA91wMAARdDABOXQwAUV0MAKVdDACvXQwA/F0MAP5dDABTXgwAZF4MAKpeDAC7XgwAAV8MAAlfDACKNRMAYl8MAK9fDADLXwwABmAMAA5gDADhNRMAXmAMALRgDADKYAwAC2EMABNhDABiYQwAcGEMALlhDADGYQwAEGIMABNiDABnYgwAcWIMAL5iDADAYgwAFWMMACZjDABsYwwAfWMMAMNjDADLYwwAODYTACtkDABxZAwAfWQMAMhkDADKZAwAH2UMACJlDAB2ZQwAgmUMAM1lDADVZQwAjzYTAC1mDAB7ZgwAiGYMANJmDADaZgwAKWcMADtnDACAZwwAjWcMANdnDADYZwwALmgMAERoDACFaAwAjWgMANxoDADqaAwAM2kMAEBpDACKaQwAjWkMAOFpDADraQwAOGoMADpqDACPagwAoGoMAOZqDAD3agwAPWsMAEVrDADmNhMAoWsMAOtrDAD1awwAQmwMAPhrDAApcQ4AUGwMAJlsDACvbAwA8GwMAPxsDABHbQwAU20MAJ5tDACkbQwA9W0MAPttDABMbgwAUW4MAKNuDACpbgwAPTcTAP9uDABRbwwAU28MAKhvDACvbwwA/28MAAdwDABWcAwAWXAMAK1wDAC2cAwABHEMABNxDABbcQwAZnEMALJxDAC6cQwACXIMABlyDABgcgwAbnIMALdyDADIcgwADnMMABpzDABlcwwAbXMMAEI4EwDacwwAE3QMABt0DACZOBMAdnQMAMF0DADXdAwAGHUMACB1DABvdQwAjnUMAPA4EwDJdQwAbLoMANN1DAAddgwAIHYMAGWMEQAldgwAdHYMACd2DAAHOw8AdnYMAMt2DAB+dgwAXoMMAIV2DAA7fAwA2HYMACJ3DAA2dwwAeXcMAIF3DADQdwwA1XcMACd4DAA3eAwAfngMAIZ4DADVeAwA33gMACx5DAA3eQwAg3kMAI95DADaeQwA4nkMAEc5EwA2egwAiHoMAJF6DADfegwA5XoMADZ7DABFewwAjXsMAJl7DADkewwA53sMAJ45EwBAfAwAknwMAKF8DADpfAwA63wMAEB9DABRfQwAl30MAKh9DADufQwAAn4MAEV+DABNfgwAnH4MAKp+DADzfgwAAH8MAEp/DABNfwwAoX8MAKt/DAD4fwwA+n8MAE+ADABggAwApoAMALeADAD9gAwACYEMAFSBDABbgQwAq4EMALOBDAACggwAGYIMAFmCDABlggwAsIIMAMaCDAAHgwwACoMMAPU5EwBpgwwAtYMMAMGDDAAMhAwAFIQMAEw6EwBvhAwAuoQMANCEDAARhQwAFIUMAGiFDABwhQwAv4UMAMGFDAAWhgwAMYYMAG2GDABvhgwAxIYMANKGDAAbhwwALIcMAHKHDAB0hwwAyYcMAOKHDAAgiAwAMYgMAHeIDACDiAwAozoTANSIDAAliQwAM4kMAHyJDACXiQwA04kMAN+JDAAqigwAMIoMAIGKDACJigwA2IoMAOiKDAAviwwANIsMAIaLDACPiwwA3YsMAOqLDAA0jAwAO4wMAIuMDACTjAwA+joTAOeMDAA5jQwAP40MAJCNDACYjQwA540MABOODAA+jgwARY4MAJWODACujgwA7I4MAPuODABDjwwAX48MAFE7EwCmjwwA8Y8MAPuPDABIkAwAUJAMAJ+QDACmkAwA9pAMAPyQDABNkQwAW5EMAKSRDAC/kQwA+5EMAAeSDABSkgwAWJIMAKmSDACxkgwAAJMMAA6TDABXkwwAZJMMAK6TDACxkwwABZQMAA+UDABclAwAXpQMALOUDADAlAwACpUMABmVDABhlQwAbZUMALiVDADAlQwAqDsTABSWDABmlgwAbJYMAL2WDADFlgwAFJcMAECXDABrlwwAcpcMAMKXDADblwwAGZgMACiYDABwmAwAeZgMAMeYDADNmAwAHpkMAC+ZDAB1mQwAnZkMAMyZDAD4mQwAI5oMACqaDAB6mgwAk5oMANGaDADgmgwAKJsMAESbDAD/OxMAhJsMANabDADgmwwALZwMAD2cDACEnAwAiZwMANucDADknAwAMp0MAD+dDACJnQwAkJ0MAOCdDADsnQwAN54MAEqeDACOngwAnZ4MAOWeDADxngwAPJ8MAD2fDACTnwwAnZ8MAOqfDAD4nwwAQaAMAEagDACYoAwApaAMAFY8EwAAoQwARqEMAEihDACdoQwAoKEMAPShDAD3oQwAS6IMAFKiDACiogwArqIMAPmiDAAJowwAUKMMAGCjDACnowwArKMMAP6jDAAHpAwAVaQMAGKkDACspAwAs6QMAAOlDAAPpQwAWqUMAGClDACxpQwAt6UMAAimDAANpgwAX6YMAGWmDABbPRMAwKYMAA2nDAAbpwwAZKcMAHSnDAC7pwwAvacMABKoDAAhqAwAaagMAHOoDADAqAwAyKgMAGA+EwAdqQwAbqkMAHqpDAC3PhMAyqkMAByqDAAkqgwAc6oMAIOqDADKqgwA2KoMACGrDAAuqwwAeKsMAH+rDADPqwwA16sMAGU/EwA3rAwAfawMAISsDADUrAwA3KwMACutDAA4rQwAgq0MAIetDADZrQwA460MADCuDAA4rgwAh64MAKCuDADergwA6q4MADWvDAA9rwwAvD8TAJivDADjrwwA5q8MADqwDAA/sAwAkbAMAKKwDADosAwAA7EMAD+xDABLsQwAlrEMAJ2xDADtsQwACbIMAESyDABMsgwAE0ATAKCyDADysgwA/LIMAEmzDABRswwAoLMMAKKzDAC9SQ4AsLMMAPezDAD8swwATrQMAFe0DACltAwAsrQMAPy0DAADtQwAakATAFy1DACqtQwAt7UMAAG2DAAQtgwAWLYMAGK2DACvtgwAvbYMAAa3DAALtwwAXbcMAGq3DAC0twwAvLcMAMFAEwAXuAwAYrgMAG+4DAC5uAwAvLgMABC5DAAeuQwAZ7kMAGy5DAC+uQwAy7kMABW6DAAdugwAGEETAHS6DADDugwAyboMABq7DADKugwA7V8NACa7DABxuwwAjrsMAMi7DADRuwwAH7wMAC28DAB2vAwAfLwMAM28DADZvAwAJL0MACu9DABvQRMAfL0MAEg+DQCHvQwA0r0MAIu9DADiOg0A5b0MACm+DAAzvgwAgL4MAIy+DADXvgwA5L4MAC6/DAAxvwwAhb8MAJO/DADcvwwA4b8MADPADABAwAwAisAMAJLADADGQRMA58AMADjBDABGwQwAj8EMAKrBDADmwQwA8sEMAD3CDABDwgwAdEITALfCDADLQhMA8MIMAELDDABPwwwAmcMMAKbDDADwwwwA/MMMAEfEDABWxAwAnsQMAKjEDAD1xAwAA8UMAEzFDABRxQwAo8UMALDFDAD6xQwAFsYMAFHGDABZxgwAIkMTAK3GDAD/xgwABccMAFbHDABexwwArccMAK7HDAAEyAwAC8gMAFvIDABgyAwAssgMALrIDAAJyQwAF8kMAGDJDABjyQwAt8kMAL/JDAAOygwAG8oMAGXKDABqygwAvMoMAMbKDAATywwAG8sMAGrLDAB7ywwAwcsMAMbLDAAYzAwAGswMAG/MDAB2zAwAxswMANLMDAAdzQwAJM0MAHlDEwCAzQwAy80MAOjNDAAizgwAK84MAHnODACHzgwA0M4MANbODAAnzwwAM88MAH7PDACFzwwA1c8MAN3PDAAs0AwAQtAMAIPQDACI0AwA2tAMAOHQDAAx0QwAOtEMAIjRDACZ0QwA39EMAOvRDAA20gwAPtIMACdEEwCT0gwA5NIMAOnSDAA70wwAVtMMAJLTDACg0wwA6dMMAPDTDABA1AwATNQMAJfUDACa1AwA7tQMAPbUDABF1QwARtUMAJzVDACe1QwA89UMAALWDABK1gwAatYMAKHWDACj1gwA+NYMAA/XDABP1wwAW9cMAKbXDACu1wwAfkQTAALYDABU2AwAXNgMAKvYDAC72AwAAtkMABDZDABZ2QwAatkMALDZDAC82QwAB9oMAAraDABe2gwAZtoMALXaDADD2gwADNsMABnbDABj2wwAa9sMALrbDADy2wwA1UQTABPcDABo3AwAdtwMAL/cDADQ3AwALEUTABzdDABt3QwAed0MAINFEwDg3QwAMUYTACTeDABy3gwAiN4MAMneDADP3gwAhuIMANneDAAg3wwAIt8MAHffDACF3wwAzt8MAN/fDACIRhMALOAMAN9GEwCI4AwA0+AMANbgDAAq4QwANOEMAIHhDACE4QwA2OEMAOrhDAAv4gwAS+IMADZHEwCP4gwA3eIMAOriDAA04wwAPuMMAIvjDACZ4wwA4uMMAPjjDAA55AwAReQMAJDkDACc5AwA5+QMAO3kDAA+5QwAROUMAJXlDACa5QwA7OUMAPLlDACNRxMAT+YMAJrmDACd5gwA8eYMAPvmDABI5wwAS+cMAJ/nDACo5wwA9ucMAAToDABN6AwAV+gMAKToDACw6AwA++gMAP7oDABS6QwAZOkMAKnpDADF6QwA5EcTAAfqDADJPw8ACuoMAFfqDAA46gwAxD4PAGPqDACu6gwAseoMAAXrDAAP6wwAXOsMAF/rDACz6wwAvOsMAArsDAAY7AwAYewMAGvsDAC47AwAxOwMADtIEwAQ7QwAZu0MAHLtDAC97QwAzO0MABTuDAAc7gwAkkgTAG3uDADC7gwA0O4MABnvDAAq7wwA6UgTAHfvDABASRMAz+8MAO5JEwAf8AwAqgwNACHwDACi+QwAIvAMANHxDAAk8AwAA/wMACXwDAA89gwAJ/AMALQODQAq8AwAdfAMACvwDAAy9AwALfAMAHMBDQB78AwAzPAMANLwDAAj8QwAKPEMAHrxDACA8QwARUoTANPxDAAo8gwALvIMAH/yDACM8gwASksTAOPyDAAt8wwARPMMAITzDACg8wwA2/MMAOPzDAChSxMAN/QMAIn0DACT9AwA4PQMAO70DAA39QwARvUMAI71DACa9QwA+EsTAO31DABPTBMASPYMAJP2DACU9gwA6vYMAPD2DABB9wwATfcMAJj3DACn9wwA7/cMAPH3DABG+AwAUPgMAJ34DACp+AwA9PgMAPv4DACmTBMAU/kMAP1MEwCs+QwA+fkMAP/5DABQ+gwAXvoMAKf6DAC2+gwA/voMAAj7DABV+wwAcfsMAKz7DAC0+wwAVE0TAA/8DABa/AwAafwMALH8DAC2/AwACP0MACP9DABf/QwAa/0MALb9DAC8/QwADf4MAA/+DABk/gwAff4MALv+DADM/gwAEv8MAB7/DABp/wwAgf8MAMD/DADM/wwAFwANAB0ADQBuAA0AdAANAMUADQDKAA0AHAENACIBDQCrTRMAeAENAMoBDQDQAQ0AIQINAOABDQDjBg0ALQINAHgCDQCQAg0AzwINANMCDQCCBA0A2wINACYDDQAsAw0AfQMNAIMDDQDUAw0A2QMNACsEDQAxBA0AsE4TAIQEDQDZBA0A3wQNADAFDQA9BQ0AtU8TAJQFDQDeBQ0A9QUNADUGDQBRBg0AjAYNAJQGDQAMUBMA5AYNADoHDQBIBw0AkQcNAKIHDQDoBw0A9AcNAD8IDQBXCA0AlggNAJoIDQBJCg0AoggNAO0IDQDzCA0ARAkNAEoJDQCbCQ0AoAkNAPIJDQD4CQ0AY1ATAEsKDQCgCg0ApgoNAPcKDQAECw0AaFETAFsLDQClCw0AvAsNAPwLDQAYDA0AUwwNAFsMDQC/URMArAwNAAENDQAHDQ0AWA0NAFsNDQCvDQ0Auw0NAAYODQAiDg0AXQ4NAGUODQAWUhMAtw4NAAsPDQAXDw0AYg8NAGgPDQC5Dw0A0Q8NABAQDQAUEA0AwxENABcQDQAuFg0AHBANAGcQDQAdEA0AJBQNAG0QDQC+EA0AxBANABURDQAaEQ0AbBENAHIRDQBtUhMAxRENABoSDQAgEg0AcRINAH4SDQByUxMA1RINAB8TDQA2Ew0AdhMNAJITDQDNEw0A1RMNAMlTEwApFA0AexQNAIUUDQDSFA0A4BQNACkVDQA4FQ0AgBUNAIwVDQAgVBMA3xUNAHdUEwA6Fg0AhRYNAIYWDQDcFg0A4hYNADMXDQA/Fw0AihcNAJkXDQDhFw0A4xcNADgYDQBCGA0AjxgNAJsYDQDmGA0A7RgNAM5UEwBFGQ0AJVUTAJ4ZDQDrGQ0A9xkNAEIaDQBYGg0AmRoNAKUaDQDwGg0AAxsNAEcbDQBVGw0AnhsNAKgbDQB8VRMA/RsNANNVEwBiHA0AoxwNAK8cDQD6HA0ABx0NAFEdDQBbHQ0AqB0NAKodDQD/HQ0ACR4NAFYeDQBkHg0ArR4NALIeDQAEHw0AER8NAFsfDQBjHw0Ash8NAMIfDQAJIA0ACyANAGAgDQBpIA0AtyANAMggDQAOIQ0AGCENACpWEwBxIQ0AvCENANMhDQATIg0ALiINAIFWEwCDIg0AwSINAMciDQAYIw0AIiMNANhWEwBxIw0AxiMNANcjDQAdJA0AJSQNAHQkDQA5JA0APE0NAIAkDQDLJA0A0SQNACIlDQAoJQ0AeSUNAH4lDQDQJQ0A1iUNAC9XEwBDJg0AfiYNAIYmDQA0WBMA4yYNACwnDQA9Jw0AgycNAJQnDQDaJw0A5icNADEoDQA4KA0Ai1gTAJkoDQDfKA0A8CgNADYpDQBCKQ0AjSkNAJQpDQDiWBMA5ikNADsqDQA8Kg0AkioNAJoqDQDpKg0A7ioNAEArDQBJKw0AlysNAKErDQDuKw0A9isNAEUsDQBKLA0AnCwNAKwsDQDzLA0A+ywNAEotDQBgLQ0AoS0NAK0tDQD4LQ0ADi4NAE8uDQBULg0Api4NAKwuDQD9Lg0AES8NADlZEwBqLw0Aqy8NALkvDQACMA0ADzANAFkwDQBbMA0AsDANALowDQAHMQ0AEzENAF4xDQBlMQ0AtTENAL0xDQAMMg0AJTINAGMyDQB3Mg0AujINAMIyDQARMw0AEzMNAGgzDQB1Mw0AvzMNAMQzDQAWNA0AIDQNAG00DQB4NA0AxDQNANA0DQAbNQ0AITUNAHI1DQB6NQ0AyTUNAMo1DQAgNg0AJjYNAHc2DQB8Ng0AzjYNAN02DQAlNw0AMTcNAHw3DQB/Nw0A0zcNANY3DQCQWRMALzgNAIE4DQCdOA0A51kTAPg4DQAvOQ0ANzkNAD5aEwCMOQ0A3TkNAOk5DQCVWhMAOjoNAIs6DQCXOg0A9lwTAOQ6DQA5Ow0AQzsNAJA7DQCSOw0A5zsNAPg7DQA+PA0ARjwNAJU8DQChPA0A7DwNAPI8DQBDPQ0AST0NAJo9DQCfPQ0A8T0NAPc9DQBNXRMASj4NAJ8+DQClPg0A9j4NAPk+DQBNPw0AWT8NAKQ/DQCsPw0AUl4TAAFADQBSQA0AWEANAKlADQCuQA0AAEENAAZBDQCpXhMAWUENAK5BDQC3QQ0ABUINABxCDQBcQg0AZ0INALNCDQC9Qg0ACkMNABJDDQCuXxMAbkMNALhDDQDAQw0AD0QNABlEDQBmRA0AcUQNAL1EDQDDRA0AFEUNACBFDQBrRQ0AbUUNAMJFDQDJRQ0AGUYNACFGDQBwRg0AgkYNAAVgEwAGRw0AHkcNACZHDQB1Rw0AmEcNAAphEwDORw0AI0gNADBIDQB6SA0AgUgNANFIDQDiSA0AKEkNADRJDQB/SQ0AhkkNANZJDQDXSQ0AJGsNAN5JDQBhYRMAQEoNAIRKDQCTSg0A20oNAOdKDQAySw0AM0sNAIlLDQCTSw0A4EsNAO5LDQA3TA0APEwNAI5MDQCbTA0AuGETAO1MDQAPYhMARE0NAGZiEwChTQ0A6k0NAPlNDQBBTg0AYU4NAJhODQCkTg0A704NAPZODQBGTw0ATk8NAJ1PDQCfTw0A9E8NAP5PDQBrYxMAVVANAKJQDQCqUA0AwmMTAANRDQBQUQ0AWFENABlkEwDnUQ0A/lENAAZSDQBVUg0Ac1INAHBkEwCxUg0AKj0OALhSDQCcOxAAulINAANTDQAKUw0ATzgPABNTDQBaUw0AalMNALFTDQC9Uw0ACFQNAA5UDQBfVA0Ae1QNALZUDQC+VA0Ax2QTACFVDQBkVQ0AblUNALtVDQDHVQ0AElYNABpWDQAeZRMAdFYNAMBWDQDCVg0AF1cNAB1XDQBuVw0AdlcNAHVlEwDHVw0AHFgNAB9YDQBzWA0Ae1gNAMpYDQDaWA0AIVkNACNZDQB4WQ0AhlkNAM9ZDQDgWQ0AzGUTAC1aDQAjZhMAg1oNANRaDQDZWg0AK1sNADFbDQB6ZhMAjFsNANlbDQDbWw0AMFwNAENcDQCHXA0Aj1wNAN5cDQDqXA0ANV0NADtdDQCMXQ0Akl0NAONdDQDoXQ0AOl4NAEBeDQB/ZxMAml4NAOheDQD1Xg0AP18NAEZfDQCWXw0Anl8NANZnEwD5Xw0ARGANAE5gDQCbYA0Ap2ANAPJgDQABYQ0ASWENAFNhDQCgYQ0ArGENAPdhDQD+YQ0ALWgTAFFiDQCgGRAAVGINAKViDQBdYg0ArSgPAF9iDQCpRQ4AsWINAPxiDQAEYw0AhGgTAF9jDQCqYw0AtGMNAAFkDQANZA0AWGQNAGdkDQCvZA0AuWQNAAZlDQASZQ0AXWUNAGRlDQDbaBMAwmUNAAtmDQDUZQ0AtBgPACJmDQBiZg0Ab2YNALlmDQC7Zg0AEGcNACFnDQBnZw0Ag2cNAL5nDQDGZw0AMmkTAC5oDQBsaA0AgGgNAMNoDQDLaA0AGmkNAB1pDQBxaQ0Af2kNAMhpDQDfaQ0AH2oNACxqDQB2ag0AeGoNAM1qDQDeag0AiWkTACprDQB7aw0AgGsNANJrDQDoaw0AKWwNADdsDQCAbA0Ag2wNANdsDQDjbA0ALm0NADRtDQCFbQ0AkW0NANxtDQAIbg0AM24NAD9uDQCKbg0AmW4NAOFuDQDrbg0AOG8NAEZvDQCPbw0AlG8NAOZvDQDzbw0A4GkTAD9wDQCUcA0AonANAOtwDQD4cA0AQnENAFRxDQA3ahMAqHENAPBxDQD8cQ0AR3INAGByDQCecg0AoHINAPVyDQAEcw0ATHMNAGxzDQCjcw0Aq3MNAPpzDQAddA0AjmoTAFZ0DQCodA0Aq3QNAP90DQAJdQ0AVnUNAF51DQCtdQ0As3UNAAR2DQAQdg0AW3YNAGp2DQCydg0AvnYNAAl3DQAWdw0AYHcNAGp3DQC3dw0Av3cNAA54DQAdeA0AZXgNAGd4DQC8eA0AzXgNABN5DQAkeQ0AankNAHJ5DQDBeQ0A0nkNABh6DQAaeg0Ab3oNAHJ6DQDGeg0A0HoNAB17DQBBew0AdHsNAJB7DQDlahMA0XsNACJ8DQAnfA0AeXwNAIh8DQDQfA0A3HwNACd9DQAqfQ0Afn0NAIF9DQDVfQ0A3X0NACx+DQA7fg0Ag34NAIh+DQDafg0A8H4NADF/DQAyfw0AiH8NAJl/DQDffw0A638NADaADQBAgA0AjYANAJmADQDkgA0A64ANADxrEwA/gQ0AkoENAKCBDQDpgQ0A84ENAECCDQBLgg0Al4INAJ+CDQDugg0A+oINAEWDDQBYgw0AnIMNAKqDDQDzgw0A/YMNAEqEDQBShA0AoYQNALCEDQD4hA0A/YQNAE+FDQBWhQ0ApoUNALKFDQCTaxMACYYNAFSGDQBXhg0Aq4YNAK6GDQAChw0AHIcNAFmHDQBlhw0AsIcNAMOHDQAHiA0AFYgNAF6IDQBoiA0AtYgNANiIDQDqaxMAFokNAGOJDQBviQ0AuokNAMGJDQARig0AGYoNAGiKDQBsig0Av4oNAM2KDQAWiw0AIIsNAG2LDQB4iw0AxIsNAMyLDQAbjA0AKowNAHKMDQB3jA0AyYwNANCMDQAgjQ0ALI0NAHeNDQB/jQ0AQWwTAOSNDQD29g8A540NACWODQAvjg0AfI4NAIiODQDTjg0A1o4NACqPDQA0jw0AgY8NAISPDQDYjw0A6I8NAC+QDQAxkA0AhpANAJSQDQDdkA0A7pANAJhsEwA7kQ0A72wTAKSRDQDikQ0A7JENADmSDQBFkg0AkJINAJOSDQDnkg0A8ZINAEZtEwBDkw0AlZMNALWTDQDskw0A9JMNAJ1tEwBRlA0AmpQNALCUDQDxlA0A/ZQNAEiVDQBPlQ0An5UNAKeVDQD2lQ0A+5UNAE2WDQBWlg0ApJYNAK6WDQD7lg0AA5cNAFKXDQBglw0AqZcNALaXDQAAmA0ACJgNAPRtEwBnmA0ArpgNALaYDQBLbhMADJkNAFyZDQBomQ0As5kNALqZDQAKmg0AEpoNAGGaDQBrmg0AuJoNAMaaDQAPmw0AJZsNAGabDQBymw0AvZsNAMKbDQAUnA0AHZwNAGucDQB1nA0AwpwNAMqcDQAZnQ0AHp0NAHCdDQCAnQ0Ax50NAM+dDQCibhMALJ4NAHWeDQCLng0AzJ4NANieDQAjnw0AKp8NAHqfDQCCnw0A0Z8NANafDQAooA0AMaANAH+gDQCJoA0A1qANAN6gDQAtoQ0AL6ENABKtDQA7oQ0AhKENAJGhDQDboQ0A46ENAFBvEwA+og0AiaINAIyiDQDgog0A6qINAKdvEwBFow0AjqMNAKSjDQDlow0A8aMNADykDQBDpA0Ak6QNAJukDQDqpA0A76QNAEGlDQBKpQ0AmKUNAKKlDQDvpQ0A96UNAEamDQBIpg0AnaYNAK2mDQD0pg0A/qYNAEunDQBXpw0AoqcNAKinDQBVcBMAB6gNAFCoDQBmqA0Ap6gNALOoDQD+qA0AA6kNAFWpDQBeqQ0ArKkNALapDQADqg0AC6oNAFqqDQB8qg0ArHATAMCqDQAIqw0AFKsNAF+rDQBgqw0AtqsNAMCrDQANrA0AG6wNAGSsDQBprA0Au6wNAMisDQADcRMAIq0NAGmtDQBzrQ0AwK0NAMytDQAXrg0AHa4NAG6uDQB2rg0ACHITAMquDQAcrw0AJK8NAHOvDQB/rw0ApbkNAIyvDQDKrw0A1q8NACGwDQApsA0AX3ITAIWwDQDPsA0A17ANACaxDQA0sQ0AfbENAIqxDQDUsQ0A17ENACuyDQA1sg0AgrINAISyDQDZsg0A5rINADCzDQA/sw0Ah7MNAJOzDQDesw0A5rMNALZyEwBFtA0AjLQNAJS0DQDjtA0A77QNADq1DQBAtQ0AkbUNAJe1DQDotQ0A7bUNAD+2DQBFtg0ADXMTAKO2DQDttg0A8rYNAES3DQBOtw0Am7cNAKO3DQDytw0A/rcNAEm4DQBcuA0AoLgNAK64DQD3uA0A+rgNAE65DQBYuQ0AZHMTALi5DQD8uQ0ACroNAFO6DQBWug0AqroNALS6DQC7cxMABrsNAFi7DQAPuw0AnNoNAGC7DQCvuw0Au7sNAAa8DQAMvA0AXbwNABm8DQA72A0AY7wNALS8DQC5vA0AC70NABG9DQASdBMAaL0NALm9DQC+vQ0AEL4NABa+DQBpdBMAdb4NAL6+DQDZvg0AFb8NACG/DQBsvw0Ac78NAMB0EwDMvw0AGsANACfADQBxwA0AfcANAMjADQDbwA0AH8ENACDBDQB2wQ0AgsENAM3BDQDcwQ0AJMINAC7CDQB7wg0Ah8INANLCDQDZwg0AF3UTAC/DDQCAww0AhsMNANfDDQDcww0ALsQNADTEDQDFdRMAjsQNANzEDQDpxA0AM8UNADfFDQCKxQ0AjMUNAOHFDQDuxQ0AOMYNAELGDQAcdhMAlsYNAObGDQDuxg0APccNAEnHDQCUxw0Ap8cNAOvHDQD6xw0AQsgNAE7IDQCZyA0AmsgNAPDIDQD6yA0AR8kNAFXJDQCeyQ0Ao8kNAPXJDQACyg0Ac3YTAFjKDQCjyg0AqcoNAPrKDQAAyw0AUcsNAFbLDQCoyw0ArssNAMp2EwAEzA0AVswNAGDMDQB4dxMAtcwNAATNDQARzQ0AW80NAGDNDQCyzQ0AvM0NAAnODQARzg0AYM4NAGzODQC3zg0Ays4NAA7PDQAPzw0AZc8NAHHPDQC8zw0Ay88NABPQDQAd0A0AatANAHLQDQDB0A0Aw9ANAM93EwAh0Q0Ab9ENAH7RDQDG0Q0A1dENAB3SDQAp0g0AdNINAHfSDQDL0g0AztINACZ4EwAk0w0AedMNAHzTDQDQ0w0A2NMNACfUDQA01A0AftQNAIPUDQDV1A0A39QNACzVDQA01Q0Ag9UNAI/VDQDa1Q0A7dUNADHWDQAy1g0AiNYNAJTWDQDf1g0A7tYNADbXDQBA1w0AjdcNAJnXDQDk1w0A69cNAH14EwBK2A0AktgNAJ7YDQDp2A0A6tgNAEDZDQBK2Q0Al9kNAKXZDQDu2Q0A89kNAEXaDQBS2g0A1HgTAK3aDQAreRMAANsNAErbDQBY2w0AodsNALLbDQD42w0AGtwNAIJ5EwBU3A0AptwNAFXcDQBiFA4ArtwNAP3cDQD+3A0AaOENAADdDQBt4g0AAt0NAGPgDQAD3Q0AyeMNAATdDQBe3w0ADN0NAFTdDQAW3Q0A2OYNAFndDQCr3Q0AuN0NAALeDQAP3g0AWd4NAGXeDQCw3g0Av94NAAffDQAR3w0A2XkTAGzfDQC13w0At98NAAzgDQAd4A0AMHoTAGTgDQC64A0AxuANABHhDQAe4Q0Ah3oTAHbhDQC/4Q0AzOENABbiDQAt4g0A3noTAHbiDQAl5Q0Ad+INAMTiDQDG4g0AG+MNACHjDQBy4w0AfOMNADV7EwDV4w0AIOQNACLkDQB35A0AhuQNAM7kDQDZ5A0AjHsTADTlDQB85Q0Ai+UNANPlDQDf5Q0AKuYNADbmDQCB5g0AiOYNAON7EwDk5g0AL+cNADfnDQA6fBMAn+cNAN3nDQDu5w0ANOgNAEDoDQCRfBMAkugNAOLoDQDq6A0AOekNADrpDQCQ6Q0AlukNAOfpDQDs6Q0APuoNAD/qDQCV6g0AoeoNAOzqDQDy6g0AQ+sNAE3rDQCa6w0AqOsNAArxDQCu6w0A8esNAPnrDQDofBMAWOwNAJ/sDQCn7A0A9uwNAP/sDQBN7Q0AA+0NAAXwDQBa7Q0ApO0NAKvtDQD77Q0AB+4NAFLuDQBi7g0Aqe4NALfuDQAA7w0ADe8NAFfvDQBj7w0Aru8NALXvDQA/fRMADvANAFzwDQBt8A0As/ANAMTwDQCWfRMAFvENAGHxDQBk8Q0AuPENAMDxDQAP8g0AFPINAGbyDQB28g0AvfINAMXyDQAU8w0AHfMNAGvzDQAh8w0AI/YNAHjzDQDC8w0AyfMNABn0DQAl9A0AcPQNAID0DQDH9A0A1fQNAB71DQAr9Q0AdfUNAIH1DQDM9Q0A0/UNAO19EwAs9g0AevYNAIv2DQDR9g0A4vYNAER+EwAt9w0Af/cNAIz3DQDW9w0A4vcNAC34DQA3+A0AhPgNAJj4DQDb+A0A3PgNADL5DQA++Q0AifkNAKj5DQDg+Q0A6PkNADf6DQA8+g0AjvoNAKf6DQDl+g0AEfsNADz7DQBI+w0Ak/sNAKL7DQDq+w0A9PsNAEH8DQBJ/A0AmPwNAKP8DQDv/A0A8fwNAEb9DQBJ/Q0Anf0NAKX9DQD0/Q0AAf4NAEv+DQBQ/g0Aov4NAKr+DQD5/g0A+/4NAFD/DQBa/w0Ap/8NALH/DQD+/w0ABAAOAFUADgBjAA4ArAAOAMUADgADAQ4ADAEOAFoBDgBkAQ4AsQEOAL0BDgCbfhMAFAIOAF8CDgBpAg4AtgIOAMECDgANAw4AEgMOAGQDDgBrAw4AuwMOAMMDDgASBA4APwQOAPJ+EwBwBA4AwAQOAMgEDgAXBQ4ARAUOAG4FDgBzBQ4AxQUOAMYFDgAcBg4AJgYOAHMGDgCBBg4AygYOAM8GDgAhBw4ALgcOAHgHDgCUBw4AzwcOAOsHDgBJfxMAMwgOAH0IDgCBCA4A1AgOANoIDgArCQ4ALQkOAIIJDgCDCQ4A2QkOAPwJDgAwCg4AVAoOAIcKDgC0Cg4A3goOAOYKDgA1Cw4AOgsOAIwLDgCZCw4A4wsOAOsLDgA6DA4APAwOAJEMDgCZDA4A6AwOABUNDgA/DQ4ATA0OAJYNDgCbDQ4A7Q0OAPoNDgBEDg4AUA4OAJsODgDIDg4A8g4OAPoODgBJDw4AZA8OAKAPDgCiDw4A9w8OAAgQDgBOEA4AVxAOAKUQDgCxEA4AoH8TAAkRDgBTEQ4AbhEOAKoRDgCvEQ4AARIOACESDgBYEg4AZBIOAK8SDgC3Eg4A938TABQTDgBdEw4AZxMOALQTDgC/Ew4ACxQOABMUDgClgBMAaxQOALkUDgDDFA4AEBUOABsVDgBnFQ4AexUOAL4VDgDTFQ4AFRYOAB0WDgBsFg4AgxYOAMMWDgDIFg4AGhcOACQXDgBxFw4AeRcOAPyAEwDKFw4AHxgOADAYDgB2GA4AeRgOAM0YDgDZGA4AU4ETADIZDgB7GQ4AjBkOAKqBEwDVGQ4AKRoOACwaDgCAGg4AjBoOANcaDgDdGg4ALhsOADgbDgABghMAkhsOANwbDgDzGw4AMxwOADscDgBYghMAkBwOAOEcDgDnHA4AOB0OAFAdDgCPHQ4AkR0OAOYdDgDpHQ4APR4OAEAeDgCUHg4AoB4OAOseDgDxHg4AQh8OAEwfDgAGgxMAnh8OAPAfDgD9Hw4AXYMTAFcgDgCeIA4AqiAOAPUgDgD7IA4ATCEOAFghDgCjIQ4AWiEOABM2EQCwIQ4A+iEOAAkiDgBRIg4AXSIOAKgiDgCwIg4AtIMTAAcjDgBWIw4AWCMOAK0jDgC8Iw4ABCQOAA4kDgBbJA4AZCQOALIkDgC0JA4ACSUOABolDgBgJQ4AdSUOALclDgC/JQ4ADiYOAE8mDgBlJg4AbSYOALwmDgDIJg4AEycOACYnDgBqJw4AaycOAMEnDgDNJw4AGCgOACcoDgBvKA4AeSgOAMYoDgDSKA4AHSkOACQpDgBihBMAkCkOALmEEwDOKQ4AIioOACoqDgB5Kg4AhioOANAqDgDVKg4AJysOADErDgB+Kw4AhisOANUrDgDfKw4AQDAOAOUrDgBKMg4AAiwOACwsDgA2LA4AgywOADwsDgA2Lg4AiSwOANosDgDjLA4AMS0OAD0tDgCILQ4AtS0OAN8tDgD7LQ4AZ4UTADguDgCNLg4Ani4OAOQuDgDnLg4AOy8OAEcvDgCSLw4Avy8OAOkvDgAFMA4AvoUTAEYwDgCXMA4AoDAOAO4wDgD4MA4ARTEOAFAxDgCcMQ4AsDEOAPMxDgAPMg4AFYYTAEwyDgChMg4AsjIOAPgyDgD7Mg4ATzMOAGMzDgCmMw4AwjMOAGyGEwAFNA4Aw4YTAFw0DgAahxMAtzQOAAI1DgAINQ4AWTUOAF81DgCwNQ4AtTUOAAc2DgANNg4AcYcTAGg2DgC1Ng4AvTYOAB+IEwASNw4AYzcOAGs3DgC6Nw4AxzcOABE4DgAdOA4AaDgOAGo4DgC/OA4AxTgOABY5DgAeOQ4AdogTAHo5DgDEOQ4AyzkOABs6DgAjOg4AcjoOAHc6DgDJOg4A2ToOACA7DgAoOw4AdzsOAIU7DgDOOw4A2zsOACU8DgAmPA4AfDwOAIU8DgDTPA4A3TwOAM2IEwA2PQ4AgT0OAIQ9DgDYPQ4A4D0OAC8+DgA8Pg4Ahj4OAIs+DgDdPg4A5z4OADQ/DgA8Pw4Aiz8OAJc/DgDiPw4A9T8OADlADgBHQA4AkEAOAJNADgDnQA4A8UAOACSJEwBDQQ4AlUEOAKFBDgDsQQ4A70EOAENCDgBLQg4AmkIOAKdCDgDxQg4A9kIOAEhDDgBSQw4An0MOAKdDDgD2Qw4AAkQOAE1EDgBgRA4ApEQOALJEDgD7RA4A/kQOAFJFDgBcRQ4Ae4kTAK9FDgAARg4ADEYOAFdGDgBZRg4ArkYOALVGDgAFRw4AGUcOAFxHDgBkRw4As0cOAL9HDgAKSA4AHUgOAGFIDgBvSA4AuEgOALtIDgAPSQ4AGUkOAGZJDgBpSQ4A0okTANhJDgAUSg4AFkoOAGtKDgB5Sg4AwkoOANNKDgAZSw4AG0sOAHBLDgCJSw4Ax0sOANhLDgAeTA4AKkwOACmKEwB+TA4AzEwOANlMDgAjTQ4ALU0OAHpNDgCITQ4A0U0OAOdNDgAoTg4ANE4OAH9ODgCLTg4A1k4OAOlODgAtTw4APE8OAIRPDgCQTw4A208OANxPDgAyUA4APFAOAIlQDgCXUA4A4FAOAOVQDgA3UQ4ARFEOAICKEwCcUQ4A5VEOAPtRDgA8Ug4ASFIOAJNSDgCaUg4A6lIOAPJSDgBBUw4ARlMOAJhTDgChUw4A71MOAPlTDgBGVA4ATlQOAJ1UDgChVA4A9FQOAPZUDgBLVQ4AWVUOAKJVDgCsVQ4A+VUOAAdWDgBQVg4AXVYOAKdWDgC+Vg4A/lYOAAZXDgBVVw4AZVcOAKxXDgCxVw4AA1gOAAlYDgBaWA4AYlgOALFYDgC2WA4ACFkOAAlZDgBfWQ4Aa1kOALZZDgC8WQ4ADVoOAA9aDgBkWg4AbloOALtaDgDJWg4AElsOABdbDgBpWw4AdlsOAIWLEwDGWw4AF1wOABxcDgBuXA4AdFwOANyLEwDKXA4AHF0OACldDgBzXQ4AgF0OAMpdDgDWXQ4AIV4OADBeDgB4Xg4Agl4OAM9eDgDdXg4AJl8OACtfDgB9Xw4Ail8OANRfDgDcXw4A4YwTADdgDgCCYA4AkmAOANlgDgDiYA4AMGEOADNhDgCHYQ4Ak2EOAN5hDgDlYQ4AOI0TADpiDgCMYg4AmWIOAONiDgDwYg4AOmMOAEZjDgCRYw4AoGMOAOhjDgDyYw4AP2QOAE1kDgCWZA4Am2QOAO1kDgD6ZA4ARGUOAExlDgCPjRMAp2UOAPJlDgACZg4ASWYOAFJmDgCgZg4Ao2YOAPdmDgADZw4ATmcOAFVnDgDmjRMAqmcOAPxnDgAFaA4AJ+gRAAloDgBTaA4AYGgOAKpoDgC2aA4AAWkOABBpDgBYaQ4AYmkOAK9pDgC9aQ4ABmoOAAtqDgBdag4AamoOALRqDgC8ag4APY4TABdrDgBiaw4AcmsOALlrDgDCaw4AEGwOABNsDgBnbA4Ac2wOAL5sDgDFbA4AlI4TACxtDgBsbQ4Acm0OAMNtDgDPbQ4AGm4OADFuDgBxbg4Ac24OAMhuDgDSbg4AH28OACtvDgB2bw4Agm8OAM1vDgDTbw4AJHAOACpwDgB7cA4AgHAOANJwDgDYcA4A644TADdxDgCAcQ4AjXEOANdxDgDucQ4ALnIOADZyDgCFcg4AiHIOANxyDgDocg4AM3MOAERzDgCKcw4AlnMOAOFzDgDwcw4AOHQOAEJ0DgCPdA4Am3QOAOZ0DgDtdA4APXUOAEV1DgCUdQ4AnnUOAOt1DgD3dQ4AQnYOAEV2DgCZdg4Ao3YOAEKPEwAKdw4AmY8TAFF3DgCedw4AoHcOAPV3DgD7dw4ATHgOAFZ4DgCjeA4Aq3gOAEeQEwD9eA4AJ+MQAAV5DgBReQ4AUnkOAKh5DgCyeQ4A/3kOACp6DgCekBMAZnoOAK16DgCveg4ABHsOABJ7DgBbew4AbHsOAPWQEwC4ew4ACXwOABV8DgBgfA4AYnwOALd8DgC6fA4ADn0OABN9DgBlfQ4Acn0OALx9DgDYfQ4AE34OABt+DgCjkRMAd34OAMF+DgDcfg4AGH8OABp/DgBvfw4AgH8OAMZ/DgDUfw4AHYAOACSADgB0gA4AfIAOAMuADgDQgA4AIoEOACuBDgB5gQ4Ag4EOANCBDgDRgQ4AJ4IOADCCDgB+gg4AiIIOANWCDgDdgg4ALIMOADyDDgCDgw4AiYMOANqDDgDfgw4AMYQOAEeEDgCIhA4AkIQOAN+EDgDihA4ANoUOAO6EDgCShg4AVoUOAI2FDgCbhQ4A5IUOAOWFDgD6kRMAS4YOAFGSEwCjhg4A6YYOAPWGDgBAhw4AQocOAJeHDgCkhw4AqJITAPSHDgBFiA4AZYgOAJyIDgCkiA4A/5ITAKiIDgDCoQ4A9ogOAEqJDgBUiQ4AVpMTAKqJDgD4iQ4ADooOAE+KDgBlig4ApooOAKiKDgD9ig4AA4sOAFSLDgBoiw4ABJQTALiLDgBblBMACYwOAFmMDgBhjA4AsIwOALqMDgAHjQ4AE40OAF6NDgBhjQ4AtY0OAL+NDgCylBMAFY4OAGOODgB5jg4Auo4OANCODgARjw4AE48OAGiPDgBujw4Av48OANOPDgBglRMAGJAOAG2QDgAmkA4AIjkRAI2QDgC3lRMAy5AOABuRDgAjkQ4AcpEOAHyRDgDJkQ4A1ZEOACCSDgAjkg4Ad5IOAIGSDgAOlhMA15IOACWTDgA7kw4AfJMOAJKTDgDTkw4A1ZMOACqUDgAwlA4AgZQOAJWUDgC8lhMA2pQOAC+VDgA9lQ4AhpUOAJeVDgATlxMA5JUOAGqXEwBAlg4Ai5YOAI6WDgDilg4A7JYOABiYEwBClw4AkJcOAKaXDgDnlw4A/ZcOAD6YDgBAmA4AlZgOAJuYDgDsmA4AAJkOAMaYEwBPmQ4AmpkOAJyZDgDxmQ4AEZoOAB2ZEwBSmg4An5oOAKuaDgD2mg4A+ZoOAE2bDgBXmw4AdJkTAK2bDgD7mw4AEZwOAFKcDgBonA4AqZwOAKucDgAAnQ4ABp0OAFedDgBrnQ4AIpoTALKdDgAFng4ADZ4OAFyeDgBmng4As54OAL+eDgAKnw4ADZ8OAGGfDgBrnw4AeZoTAMGfDgAPoA4AJaAOAGagDgB8oA4AvaAOAL+gDgAUoQ4AGqEOAGuhDgB/oQ4AJ5sTAMmhDgAZog4AIaIOAHCiDgB6og4Ax6IOANOiDgAeow4AIaMOAHWjDgB/ow4AfpsTANWjDgAjpA4AOaQOAHqkDgCQpA4A0aQOANOkDgAopQ4ALqUOAH+lDgCTpQ4ALJwTAN6lDgAtpg4A8qUOAE/6EwAzpg4AEMgPAD2mDgCEpg4APqYOAAkvEABGpg4AVi0QAIamDgDbpg4A6aYOADKnDgBDpw4Ag5wTAJCnDgDanBMA6acOAGumDwDspw4AN6gOADqoDgCOqA4Al6gOAOWoDgD2qA4APKkOAEapDgCTqQ4Am6kOAOqpDgCvqQ4An/YPAO2pDgBBqg4ASqoOAJiqDgCuqg4A76oOAAWrDgBGqw4ASKsOAJ2rDgCjqw4A9KsOAAisDgAxnRMAc6wOAKKsDgDKrA4AiJ0TAP+sDgC1kg8ABa0OAKyuDgAGrQ4AaJQPAAitDgBjkw8ACa0OAFCtDgBSrQ4Ap60OALWtDgD+rQ4AD64OAN+dEwBdrg4ANp4TALKuDgADrw4ACa8OAFqvDgBfrw4Asa8OALevDgCNnhMAFLAOAF+wDgBnsA4AO58TAMKwDgANsQ4AF7EOAGSxDgBtsQ4Au7EOALyxDgASsg4AGrIOAGmyDgBusg4AwLIOANCyDgDpnxMAI7MOAG6zDgBwsw4AxbMOAMuzDgActA4AI7QOAHO0DgB4tA4AyrQOAM60DgAhtQ4ALrUOAHi1DgCAtQ4Az7UOANS1DgAmtg4ANrYOAECgEwCOtg4A1LYOAOC2DgArtw4AOrcOAIK3DgCMtw4A2bcOAOe3DgAwuA4APbgOAIe4DgCeuA4Al6ATAOG4DgBFoRMAOLkOAIy5DgA8uQ4ATbQTAJS5DgDjuQ4AC7oOADq6DgBiug4AkboOALm6DgCcoRMA8boOAD+7DgBAuw4AlrsOAKW7DgDtuw4ArLsOAKC9DgD+uw4ARLwOAEa8DgCbvA4AnrwOAPK8DgD1vA4ASb0OAFG9DgChohMApb0OAPe9DgD+vQ4ATr4OAFe+DgClvg4Atr4OAPy+DgAIvw4AU78OAFu/DgD4ohMAsL8OAAHADgAIwA4AWMAOAF3ADgCvwA4As8AOAAbBDgATwQ4AXcEOAGzBDgC0wQ4AxcEOAAvCDgANwg4AYsIOAGXCDgC5wg4AvMIOABDDDgAYww4AT6MTAGzDDgB9DQ8AcsMOADobEQBzww4AvsMOAMHDDgAVxA4AH8QOAKajEwB1xA4Aw8QOANLEDgAaxQ4AKcUOAHHFDgB9xQ4AyMUOAMvFDgAfxg4AIsYOAP2jEwB5xg4AzcYOAPXGDgBUpBMALMcOAKukEwCDxw4AAqUTAODHDgApyA4AOsgOAIDIDgCMyA4A18gOAPrIDgAuyQ4AMckOAIXJDgCpyQ4A3MkOAOTJDgCwpRMANcoOAIrKDgCYyg4A4coOAPLKDgAHphMAP8sOAF6mEwCXyw4ADKcTAOvLDgA9zA4ASswOAJTMDgCXzA4A68wOAPDMDgBCzQ4AU80OAJnNDgClzQ4AY6cTAPXNDgBHzg4AWM4OAJ7ODgCqzg4A9c4OAA/PDgBMzw4AUM8OAFbRDgBTzw4At9MOAFbPDgAT1Q4AWM8OAFvSDgBazw4AUdAOAF3PDgCjzw4AqM8OAPrPDgAR0A4AuqcTAF7QDgCo0A4AuNAOAP/QDgAE0Q4AEagTAFjRDgCt0Q4As9EOAATSDgAR0g4AaKgTAGHSDgCy0g4AuNIOAAnTDgAO0w4AYNMOAGbTDgC/qBMAw9MOAA7UDgAn1A4AZdQOAG7UDgC81A4A09QOABapEwAZ1Q4AatUOAGzVDgDB1Q4A0NUOABjWDgAk1g4AbakTAHHWDgDG1g4A19YOAB3XDgAr1w4AdNcOAHvXDgDL1w4AzdcOACLYDgAs2A4AedgOAIfYDgDQ2A4A1dgOACfZDgA02Q4AftkOAIbZDgDV2Q4A2dkOACzaDgAu2g4Ag9oOAInaDgDa2g4A59oOAMSpEwA+2w4AiNsOAJ/bDgDf2w4A+9sOABuqEwBC3A4AjdwOAI7cDgDk3A4A6twOADvdDgBH3Q4Akt0OAKHdDgDp3Q4A690OAEDeDgBK3g4Al94OAKXeDgDu3g4A894OAEXfDgBS3w4AnN8OAKTfDgDz3w4A998OAErgDgBM4A4AoeAOAKfgDgD44A4ABeEOAHKqEwBc4Q4ApuEOAL3hDgD94Q4AGeIOAMmqEwBd4g4Aq+IOALniDgAC4w4ADOMOAFnjDgBl4w4AsOMOALPjDgAH5A4AI+QOAF7kDgBm5A4AIKsTAMHkDgAM5Q4AD+UOAGPlDgBt5Q4AJawTAMPlDgAR5g4AH+YOAGjmDgBy5g4Av+YOAMvmDgAW5w4AHucOANOsEwBv5w4AxOcOANLnDgAb6A4ALOgOACqtEwB56A4Aga0TAM7oDgAg6Q4AKOkOAHfpDgB96Q4AzukOANfpDgAl6g4AMuoOAC+uEwCB6g4A0+oOAIjqDgCG7A4A3OoOACrrDgA06w4AgesOAInrDgDY6w4AHuwOAC/sDgA37A4Ahq4TAIzsDgDd7A4A4+wOADTtDgA87Q4Ai+0OANHtDgDi7Q4A6u0OAN2uEwBB7g4ANK8TAJnuDgDn7g4A9e4OAD7vDgBI7w4Ale8OAKHvDgDs7w4A7+8OAEPwDgBL8A4A4q8TAKbwDgDx8A4A9PAOAEjxDgBS8Q4AObATAKfxDgCQsBMABPIOAE3yDgBe8g4ApPIOALDyDgD78g4A/vIOAOewEwCa8w4AqfMOAPHzDgA+sRMAEPQOAFf0DgBZ9A4ArvQOALz0DgAF9Q4AFvUOAJWxEwB49Q4As/UOALv1DgDssRMAEPYOAMNyDwAd9g4AYfYOAHD2DgC49g4AxPYOAA/3DgAQ9w4AZvcOAHD3DgC99w4Ay/cOABT4DgAZ+A4Aa/gOAHj4DgBDshMA0PgOABn5DgAm+Q4AcPkOAHj5DgCashMA0/kOAB76DgBK+g4AdfoOAIH6DgDM+g4A2/oOACP7DgAt+w4AevsOAIj7DgDR+w4A1vsOACj8DgA1/A4Af/wOAIf8DgDW/A4A5PwOAC39DgA6/Q4AhP0OAIz9DgDxshMA3f0OAPorEADp/Q4AMv4OADz+DgCJ/g4Alf4OAOD+DgDn/g4AN/8OAD//DgCO/w4Akv8OAOX/DgDz/w4APAAPAEYADwCTAA8AngAPAOoADwDyAA8AQQEPAEMBDwCYAQ8AoAEPAO8BDwD8AQ8ARgIPAEsCDwCdAg8AqgIPAPQCDwASAw8ASwMPAHwDDwCiAw8ArgMPAPkDDwD/Aw8AUAQPAFUEDwCnBA8ArwQPAP4EDwAKBQ8AVQUPAGgFDwCsBQ8AugUPAAMGDwANBg8AWgYPAGIGDwCxBg8AwAYPAAgHDwANBw8AXwcPAGYHDwC2Bw8AwgcPAA0IDwApCA8AZAgPAGwIDwBIsxMAvQgPABIJDwAgCQ8AaQkPAHYJDwDACQ8AzgkPABcKDwAkCg8AbgoPAIUKDwDFCg8AzQoPABwLDwAqCw8AcwsPAIALDwDKCw8A0gsPAPazEwAvDA8AeAwPAHkMDwCktBMA2wwPACYNDwAtDQ8A+7QTAIQNDwDUDQ8A2Q0PAFK1EwAzDg8AqbUTAIoODwDZDg8AwA4PADe3EQDaDg8A92sPANwODwABbg8A4g4PADAPDwDjDg8Am2oPAOkODwD8bA8A9w4PADlPEQA9Dw8Ahw8PAJIPDwDeDw8A4A8PADUQDwBCEA8AjBAPAJMQDwDjEA8A9BAPADoRDwBGEQ8AkREPAJgRDwDoEQ8A8BEPAAC2EwBFEg8AlhIPAJwSDwDtEg8A8hIPAEQTDwBKEw8AV7YTAKcTDwDyEw8A/BMPAEkUDwBNFA8AoBQPAKwUDwD3FA8AAxUPAE4VDwBbFQ8ApRUPAK0VDwD8FQ8ABhYPAFMWDwBfFg8AqhYPAK0WDwABFw8ACxcPAAW3EwBaFw8ArxcPALIXDwAGGA8ACRgPALO3EwBlGA8ACrgTAMIYDwALGQ8ADBkPAGG4EwBqGQ8AuLgTAL4ZDwAQGg8AFxoPAGcaDwBsGg8AD7kTAMYaDwBmuRMAHRsPAGwbDwB2Gw8AwxsPAM4bDwAaHA8AKBwPAHEcDwB0HA8AyBwPANAcDwAfHQ8AKR0PAHYdDwCCHQ8AzR0PANAdDwAkHg8ALh4PAL25EwCJHg8A0h4PAOgeDwApHw8ANR8PAIAfDwCHHw8A1x8PAN8fDwAuIA8AMyAPAIUgDwCOIA8A3CAPAOYgDwAzIQ8AOyEPAIohDwCMIQ8A4SEPAPEhDwA4Ig8AQiIPAI8iDwCbIg8A5iIPAOwiDwA9Iw8ARSMPAGu6EwCiIw8A6yMPAOwjDwDCuhMARyQPABm7EwCbJA8A8CQPAPEkDwBHJQ8ASiUPAJ4lDwCpJQ8A9SUPAPolDwBMJg8AViYPAHC7EwDHJg8A+iYPAAInDwDHuxMAUycPAKgnDwC5Jw8A/ycPABAoDwBWKA8AWSgPAB68EwCzKA8ABCkPAAkpDwBbKQ8AXikPALIpDwC1KQ8ACSoPABEqDwB1vBMAbioPALcqDwC6Kg8ADisPABkrDwBlKw8AcSsPALwrDwDDKw8AEywPABssDwBqLA8AdCwPAD8XEAB4LA8AwSwPAM4sDwAYLQ8AIC0PAMy8EwB7LQ8Axi0PAMktDwAdLg8AJy4PAHQuDwB8Lg8AI70TANcuDwAiLw8AKC8PAHkvDwCDLw8A0C8PAOQvDwAnMA8ALzAPAHq9EwCLMA8A1TAPAN0wDwAsMQ8ALzEPAIMxDwCPMQ8A2jEPAOQxDwAxMg8AOjIPAIgyDwCJMg8A3zIPAPcyDwA2Mw8AODMPAI0zDwCeMw8A5DMPAPUzDwA7NA8AQzQPAJI0DwChNA8A6TQPAOs0DwBANQ8AUTUPAJc1DwCoNQ8A7jUPAAc2DwBFNg8ARzYPAJw2DwCrNg8A8zYPABM3DwAovhMATDcPAKE3DwDBNw8A+DcPAAw4DwCEvxMAVzgPAKY4DwCzOA8A/TgPAAI5DwBUOQ8AXjkPAKs5DwCzOQ8AAjoPAAg6DwBZOg8AYjoPALA6DwC9Og8A278TABM7DwBeOw8AZDsPALU7DwC7Ow8ADDwPABU8DwBjPA8AZDwPALo8DwDEPA8AET0PAB09DwBoPQ8Abz0PADLAEwDHPQ8AicATAB4+DwDgwBMAdT4PADfBEwDLPg8AGz8PACU/DwByPw8AlD8PAI7BEwDTPw8AIEAPAChADwB3QA8AhkAPAM5ADwDfQA8AJUEPACdBDwB8QQ8Af0EPANNBDwDWQQ8AKkIPAFJCDwCBQg8Ak0IPANhCDwDkQg8AL0MPADVDDwCGQw8AjEMPAN1DDwDiQw8ANEQPADpEDwDlwRMArUQPADzCEwDuRA8AOUUPAElFDwCQRQ8AlUUPAOdFDwDtRQ8APkYPAEpGDwCVRg8AnUYPAJPCEwD9Rg8AQ0cPAFRHDwCaRw8ArEcPAPFHDwD5Rw8ASEgPAFNIDwCfSA8ApEgPAPZIDwD7SA8ATUkPAG1JDwDqwhMAtEkPAPtJDwAFSg8AUkoPAF5KDwCpSg8Ar0oPAABLDwAISw8AV0sPAFlLDwCuSw8AY0sPAHVRDwC/Sw8ABUwPABZMDwBcTA8AbkwPALNMDwC7TA8ACk0PABVNDwBhTQ8AZk0PALhNDwC9TQ8AD04PAC9ODwBBwxMAaE4PAL1ODwDMTg8AFE8PAB9PDwBrTw8AfU8PAMJPDwDKTw8AGVAPACRQDwBwUA8AdVAPAMdQDwDMUA8AHlEPAD5RDwCYwxMAd1EPAMxRDwDbUQ8AI1IPAC5SDwB6Ug8AjFIPANFSDwDZUg8AKFMPADNTDwB/Uw8AhFMPANZTDwDbUw8ALVQPAE1UDwDvwxMAkVQPANtUDwDyVA8ARsQTAD9VDwCJVQ8AoFUPAJ3EEwDtVQ8AN1YPAD5WDwCOVg8AnFYPAOVWDwDyVg8APFcPAFNXDwD0xBMAm1cPAEvFEwDsVw8AQVgPAE9YDwCYWA8AqVgPAKLFEwD8WA8ARlkPAF1ZDwD5xRMAp1kPAPRZDwAAWg8AS1oPAE5aDwCiWg8ArFoPAFDGEwAVWw8Ap8YTAFhbDwD+xhMAZVsPAG3xEACvWw8A/lsPAP9bDwC7Xw8AAVwPALFdDwAFXA8A3mYPAAhcDwBVXA8ADVwPAMVhDwAOXA8AwGAPAFpcDwAwZg8AYVwPAKxcDwCvXA8AA10PAA1dDwBVxxMAYl0PAKzHEwC6XQ8ACF4PANFdDwDUZA8AFl4PAF9eDwBpXg8Atl4PAMJeDwANXw8AEF8PAGRfDwBsXw8AA8gTAL1fDwASYA8AFWAPAGlgDwBsYA8AWsgTAMJgDwAXYQ8AJWEPAG5hDwB/YQ8ACMkTAMdhDwAcYg8AKWIPAHNiDwCCYg8AymIPANZiDwAhYw8AMmMPAHhjDwCJYw8Az2MPANtjDwAmZA8ALWQPAH1kDwCFZA8AtskTAOJkDwArZQ8ALGUPAA3KEwCOZQ8A2WUPAOBlDwBkyhMAN2YPAIdmDwCMZg8AEssTAOdmDwA1Zw8AO2cPAIxnDwCOZw8A42cPAO1nDwA6aA8ASGgPAJFoDwCWaA8A6GgPAPVoDwA/aQ8AV2kPAJZpDwCsaQ8A7WkPAPBpDwBEag8ATGoPAMDLEwCnag8A8moPAPVqDwBJaw8AU2sPABfMEwCoaw8AbswTAPlrDwBObA8AUWwPAKVsDwCobA8AxcwTAP5sDwBTbQ8AYW0PAKptDwC7bQ8Ac80TAApuDwBYbg8AZm4PAK9uDwBxbg8Aw3wRALluDwAGbw8AEm8PAF1vDwBgbw8AtG8PALxvDwAhzhMAJXAPAHjOEwB8cA8AuXAPANNwDwDPzhMAFXEPACR1DwAecQ8A0nUPACBxDwBncQ8AaXEPAL5xDwDMcQ8AFXIPACZyDwAmzxMAc3IPAH3PEwDJcg8AGnMPAB9zDwBxcw8Ad3MPANTPEwDOcw8AH3QPACR0DwB2dA8AjHQPAM10DwDVdA8AgtATAER1DwB7dQ8Ag3UPANnQEwDpdQ8AKXYPADZ2DwCAdg8AhXYPANd2DwDddg8ALncPADp3DwCFdw8AjHcPANx3DwDkdw8AM3gPAFZ4DwCH0RMAl3gPAOF4DwDweA8AOHkPADp5DwCPeQ8AmHkPAOZ5DwD9eQ8APXoPAEh6DwCUeg8AnnoPAOt6DwDzeg8ANdITAEh7DwCZew8An3sPAPB7DwD1ew8AR3wPAE18DwCM0hMAwHwPAPV8DwD9fA8AOtMTAFV9DwCjfQ8ApH0PAPp9DwACfg8AUX4PAFx+DwCofg8ArX4PAP9+DwAEfw8AVn8PAHZ/DwCR0xMAs38PAASADwALgA8AW4APAGCADwCygA8AtoAPAAmBDwAWgQ8AYIEPAGiBDwC3gQ8AwoEPAA6CDwATgg8AZYIPAGqCDwC8gg8A3IIPAOjTEwAigw8AaoMPAHWDDwDBgw8AyYMPABiEDwAbhA8Ab4QPACKEDwB+hw8Ae4QPAMaEDwDQhA8AHYUPACaFDwB0hQ8AdYUPAMuFDwDThQ8AIoYPAC2GDwB5hg8AfoYPANCGDwDVhg8AJ4cPAEeHDwA/1BMAiocPANWHDwDXhw8ALIgPADKIDwCDiA8AiogPANqIDwDfiA8AMYkPADWJDwCIiQ8AlYkPAN+JDwDniQ8ANooPAEGKDwCNig8AkooPAOSKDwDpig8AO4sPAFuLDwCW1BMAmosPAO3UEwDziw8AQIwPAEmMDwCXjA8AnYwPAO6MDwD6jA8ARY0PAGONDwCcjQ8AnY0PAPONDwD1jQ8ASo4PAFeODwChjg8Ar44PAPiODwAHjw8AT48PAGuPDwCmjw8Aro8PAJvVEwAQkA8AVJAPAFWQDwCrkA8At5APAAKRDwARkQ8AWZEPAGORDwCwkQ8AvJEPAAeSDwAOkg8A8tUTAGaSDwBJ1hMAvpIPAAyTDwAZkw8AoNYTAGiTDwC6kw8Ax5MPABGUDwAblA8A99YTAGqUDwC/lA8A1ZQPABaVDwAilQ8ATtcTAHWVDwCgHhEAi5UPAMSVDwDMlQ8AKxMQAOKVDwAblg8AI5YPAHKWDwA9lg8A/UIRAHOWDwAlmA8AdZYPAIGZDwB+lg8AVEMRAIKWDwDJlg8Ay5YPACCXDwAulw8Ad5cPAIiXDwCl1xMA1pcPAPzXEwAnmA8AfJgPAH+YDwDTmA8A1pgPAFPYEwAymQ8AqtgTAIuZDwA58w8AoZkPANiZDwDmmQ8AL5oPADCaDwAB2RMAjpoPAFjZEwAAmw8Ar9kTAEGbDwCLmw8AmZsPAOKbDwDsmw8AOZwPAEGcDwCQnA8AkZwPAKmhDwCrnA8ASJ8PALycDwDnnA8A8JwPAD6dDwA/nQ8AlZ0PAKOdDwDsnQ8A9p0PAEOeDwBPng8Amp4PAKCeDwDxng8ADZ8PAAbaEwBUnw8ATnEQAFafDwCfnw8ArJ8PAPafDwAAoA8ATaAPAE+gDwCkoA8Au6APAPugDwAHoQ8AUqEPAG6hDwBd2hMAuqEPAACiDwACog8AV6IPAGGiDwCuog8AvqIPAAWjDwAKow8AXKMPAGKjDwCzow8AyaMPAAqkDwASpA8AYaQPAGSkDwC4pA8AwaQPAA+lDwAdpQ8AZqUPAHClDwC9pQ8AyaUPABSmDwAwpg8AtNoTAHimDwDCpg8AyqYPABmnDwAcpw8AfwEQACmnDwBwpw8AcqcPAHoAEAB+pw8Ax6cPANSnDwAeqA8ALKgPAHWoDwB4qA8AzKgPANeoDwAjqQ8AL6kPAHqpDwCBqQ8A0akPANmpDwAoqg8AKqoPAH+qDwCPqg8A1qoPAOCqDwAtqw8AOasPAISrDwCKqw8A26sPAOOrDwAL2xMANKwPAImsDwCXrA8A4KwPAO2sDwA3rQ8AQ60PAI6tDwCUrQ8A5a0PAOitDwA8rg8ARK4PAJOuDwCVrg8ArLMPAJauDwBGsA8Ao64PAOquDwDsrg8AbrgPAO+uDwBBrw8ASq8PAJivDwClrw8A768PAPavDwBi2xMAT7APALa1DwBQsA8A+bEPAGawDwCdsA8Aq7APAPSwDwD1sA8AudsTAFexDwCisQ8AqbEPABDcEwD7sQ8AULIPAFayDwCnsg8AsbIPAP6yDwAKsw8AVbMPAFyzDwBn3BMAxbMPAAO0DwAItA8AWrQPAGC0DwCxtA8Au7QPAAi1DwAUtQ8AX7UPAGa1DwC+3BMAxbUPAA22DwActg8AZLYPAHC2DwC7tg8AvrYPABK3DwAVtw8AabcPAHm3DwDAtw8AybcPABe4DwAouA8AFd0TAHy4DwDFuA8A1rgPAGzdEwAjuQ8Aw90TAHu5DwDKuQ8AzLkPAOO+DwDNuQ8AfbsPANq5DwAhug8AI7oPAKXDDwAmug8AeLoPAIG6DwDPug8A3LoPACa7DwAtuw8AGt4TAIa7DwDtwA8Ah7sPADC9DwCduw8A1LsPAOK7DwArvA8ALLwPAHHeEwCOvA8A2bwPAOC8DwDI3hMAMr0PAIe9DwCNvQ8A3r0PAOi9DwA1vg8AQb4PAIy+DwCTvg8AH98TAPy+DwA6vw8AP78PAJG/DwCXvw8A6L8PAPK/DwA/wA8AS8APAJbADwCdwA8Adt8TAPzADwBEwQ8AU8EPAJvBDwCnwQ8A8sEPAPXBDwBJwg8ATMIPAKDCDwCwwg8A98IPAADDDwBOww8AX8MPAM3fEwCzww8A/MMPAA3EDwAk4BMAWsQPAHvgEwCyxA8AAcUPACrFDwBYxQ8AYMUPAK/FDwC/xQ8ABsYPAAjGDwBdxg8Aa8YPALTGDwDFxg8A0uATABHHDwBixw8AbscPACnhEwDnxw8A1+ETABnIDwBnyA8AdMgPAL7IDwDayA8AFckPAB3JDwAu4hMAfckPAMPJDwDFyQ8AGsoPABvKDwBxyg8AdMoPAMjKDwDUyg8AH8sPACbLDwB2yw8AkssPAM3LDwDVyw8AheITADHMDwB7zA8Ai8wPANLMDwDXzA8AKc0PAFTNDwDc4hMAhs0PADPjEwDfzQ8ALs4PAC/ODwCy1w8ANM4PAGfSEQA4zg8Ahc4PADrODwDw0g8APs4PAD3RDwBMzg8AGNsPAIrODwCWyhEAkM4PAH3FEQCRzg8A3M4PAN/ODwAzzw8APc8PAIrjEwCSzw8A4c8PAOfPDwA40A8AQdAPAI/QDwCc0A8A5tAPAALRDwDh4xMAP9EPAJTRDwBC0Q8AJNYRAKLRDwDr0Q8A/NEPADjkEwBI0g8AmdIPAKXSDwCP5BMA9tIPAEfTDwBN0w8AntMPAKPTDwD10w8A+9MPAJTlEwBT1A8AmeYTAKjUDwD61A8AAtUPAFHVDwBd1Q8AqNUPALvVDwD/1Q8AC9YPAFbWDwBl1g8ArdYPALbWDwAE1w8ADtcPAFvXDwBn1w8AR+cTAMPXDwAJ2A8AFdgPAGDYDwBi2A8At9gPALrYDwAO2Q8AGtkPAGXZDwBt2Q8AnucTAMjZDwAT2g8AI9oPAGraDwB22g8AwdoPAMfaDwD15xMAOtsPAG/bDwB32w8AxtsPAPDbDwAd3A8AKNwPAHTcDwCA3A8Ay9wPANzcDwAi3Q8AI90PAEzoEwB/3Q8A0N0PAN3dDwCj6BMANN4PAH7eDwCV3g8A1d4PAADfDwAs3w8ANN8PAIPfDwCN3w8A2t8PAObfDwAx4A8ANOAPAIjgDwCS4A8A+ugTAOfgDwA24Q8APOEPAI3hDwCW4Q8A5OEPAPHhDwA74g8AV+IPAFHpEwCU4g8A6eIPAJniDwCB8A8A9uIPAEDjDwBH4w8Al+MPAJnjDwDu4w8A9OMPAEXkDwBM5A8AnOQPALTkDwDz5A8A+OQPAErlDwD/5A8A+OUPAFPlDwCh5Q8Aq+UPAKjpEwD+5Q8AT+YPAFXmDwCm5g8Aq+YPAP3mDwAD5w8A/+kTAFXnDwCr5w8AvOcPAALoDwAO6A8AWegPAGPoDwCw6A8AvOgPAAfpDwAO6Q8AVuoTAGDpDwC16Q8AaekPAGDiEQC46Q8ADOoPACzqDwBj6g8Aa+oPAK3qEwDL6g8AEesPABjrDwBo6w8AcOsPAL/rDwDC6w8Acu0PAM/rDwAW7A8AGOwPAG3sDwB77A8AxOwPANXsDwAE6xMAIu0PAFvrEwB77Q8Aye0PANjtDwAg7g8AL+4PAHfuDwCD7g8Azu4PANHuDwAl7w8AKO8PAHzvDwCM7w8A0+8PANzvDwAq8A8AO/APALLrEwCG8A8A2PAPAOHwDwAv8Q8AOfEPAIbxDwCO8Q8A3fEPAPvxDwA08g8AUvIPAIvyDwCp8g8A4vIPAADzDwAJ7BMAQPMPAJDzDwCV8w8A5/MPAJzzDwDs9A8A8PMPAD70DwBI9A8AlfQPALH0DwBg7BMA8vQPAEP1DwBJ9Q8AmvUPALb1DwC37BMAG/YPAGXtEwBy9g8AvO0TAKf2DwDB7hMADPcPAE33DwBP9w8ApPcPAKr3DwD79w8AD/gPAFL4DwBa+A8AqfgPANP4DwAY7xMACfkPAFf5DwBk+Q8ArvkPALz5DwAF+g8AD/oPAFz6DwB2+g8As/oPAMD6DwAK+w8AFvsPAGH7DwBr+w8AuPsPAMD7DwBv7xMAFvwPAGb8DwBu/A8Axu8TAJT8DwDL8BMAyfwPABT9DwAb/Q8Aa/0PAHP9DwAd8BMAh/0PABH/EwDE/Q8AGf4PACr+DwBw/g8AeP4PAMf+DwDR/g8AHv8PACr/DwB1/w8AeP8PAMz/DwDW/w8AIvETAD8AEAB58RMAiAAQANEAEADiABAA0PETAC8BEAAn8hMAiAEQANYBEADlARAALQIQADwCEACEAhAAkAIQANsCEADeAhAAMgMQADUDEACJAxAAmQMQAOADEADpAxAANwQQAEgEEAB+8hMAkAQQAOUEEACaBBAAkwUQAOgEEAA8BRAARAUQANXyEwCZBRAA6gUQAPYFEABBBhAASQYQACzzEwCkBhAA7wYQAPIGEABGBxAAUAcQAIPzEwCiBxAA9AcQAAoIEABLCBAATAgQAKIIEACzCBAA+QgQAAUJEABQCRAAWgkQAKcJEACzCRAA2vMTAAoKEABVChAAWAoQAKwKEAC2ChAAiPQTAAYLEABaCxAAXQsQALELEAC9CxAACAwQAA4MEABfDBAAaQwQAN/0EwC7DBAADQ0QABoNEAA29RMAgA0QALsNEADDDRAAjfUTABoOEADk9RMAcQ4QADv2EwDDDhAAFw8QANcOEACIPBEANw8QAG4PEACCDxAAkvYTAMYPEAAcEBAAIhAQAHMQEAB/EBAAyhAQANkQEAAhERAAIxEQAHgREACCERAAzxEQANsREAAmEhAALRIQAOn2EwCJEhAAQPcTANwSEACX9xMALhMQADUVEAA7ExAAghMQAIQTEADZExAA5xMQADAUEABBFBAApvoTAI4UEAD9+hMA5hQQAFT7EwBVFRAAjBUQAJoVEADjFRAA5BUQAKv7EwBGFhAAkRYQAJgWEAAC/BMACxcQAAz+EwBLFxAAlhcQAJkXEADtFxAA9xcQAGP+EwBMGBAAmxgQAKkYEADyGBAA/xgQAEkZEABRGRAAuv4TAKMZEAD3GRAAAxoQAE4aEABUGhAApRoQAK8aEABo/xMAARsQAFMbEABgGxAAv/8TAL8bEAABHBAACRwQABYAFABaHBAArxwQAL0cEAAGHRAAFx0QAG0AFABjHRAAtB0QAMAdEADEABQAER4QAGIeEABoHhAAuR4QAL4eEAAQHxAAFh8QAHIBFABvHxAAvh8QAMofEAAVIBAAGyAQAGwgEAByIBAAwyAQAMggEAAaIRAAICEQANMDFACAIRAAyCEQANchEAAfIhAAKCIQAHYiEAB8IhAAzSIQANMiEAAkIxAAMCMQAHsjEACCIxAA0iMQANojEACBBBQAMyQQAIAkEACLJBAA1yQQAOMkEAAuJRAANCUQAIUlEACNJRAA3CUQAOglEAAzJhAAOSYQAIomEACQJhAA4SYQAOYmEAA4JxAAPicQANgEFACWJxAA5icQAPQnEAA9KBAASigQAJQoEACrKBAA6ygQAAcpEABCKRAASikQAC8FFACsKRAA8CkQAPIpEABHKhAAXSoQAJ4qEACfKhAA9SoQAAYrEABMKxAAWCsQAIYFFAC/KxAA3QUUABAsEABRLBAAUiwQAKgsEAC5LBAA/ywQAAstEAA0BhQAWy0QAK0tEACzLRAABC4QACQuEABbLhAAZy4QALIuEAC5LhAAiwYUABUvEABgLxAAYi8QALcvEADXLxAA4gYUABUwEAA5BxQAazAQALwwEADBMBAAEzEQABkxEACQBxQAcjEQAD4IFADJMRAAlQgUACAyEADsCBQAdzIQAPEJFADIMhAAHTMQACszEAB0MxAAhTMQAEgKFADSMxAAnwoUAEU0EACkCxQAfjQQANA0EADgNBAAJzUQAC81EAB+NRAAiDUQANU1EADhNRAALDYQAC82EACDNhAAjTYQAPsLFADfNhAA6TkQAOg2EAAxNxAAQTcQAIg3EACYNxAA3zcQAAc4EAA2OBAAXjgQAI04EAC1OBAAqQwUAPA4EAA7ORAAPTkQAJI5EACyORAAsw4UAPY5EABAOhAATDoQAJc6EAC/OhAA7joQABY7EABFOxAAbTsQAAoPFACfOxAA8zsQAP87EABKPBAAWzwQAKE8EACtPBAA+DwQAAc9EABPPRAAWT0QAKY9EACyPRAA/T0QAAQ+EAAUERQAVT4QAAdAEABkPhAAqz4QAK0+EAACPxAAED8QAFk/EABqPxAAaxEUALc/EADCERQACUAQAF5AEABhQBAAtUAQALhAEAAZEhQAE0EQAHASFAB3QRAAukEQAMRBEAARQhAAHUIQAGhCEABrQhAAv0IQAMlCEAAWQxAAMEMQAG1DEAByQxAAxEMQAM1DEAAbRBAAJUQQAHJEEACBRBAAyUQQAM5EEAAgRRAANkUQAHdFEACDRRAAzkUQANFFEAAlRhAAP0YQAHxGEACIRhAA00YQAOZGEAAqRxAAOEcQAIFHEACLRxAAxxIUAN5HEAAvSBAAOEgQAIZIEACHSBAA3UgQAOdIEAA0SRAAQEkQAItJEACSSRAAHhMUAOdJEAA5ShAAO0oQAJBKEACWShAA50oQAO5KEAA+SxAATEsQAJVLEACiSxAA7EsQAPZLEABDTBAAT0wQAJpMEACgTBAA8UwQAPdMEABITRAAUU0QAJ9NEACgTRAA9k0QAABOEAB1ExQATk4QAKROEAClThAA+04QAAlPEABSTxAAX08QAKlPEADATxAAAFAQAAhQEABXUBAAWVAQAK5QEAC+UBAABVEQAA9REABcURAAaFEQALNREAC5URAAClIQABJSEADMExQAaVIQACMUFADAUhAAehQUABdTEABmUxAAdlMQAL1TEAC/UxAAFFQQACJUEABrVBAAfFQQANEUFADIVBAAGVUQACVVEAAoFRQAk1UQANYVFADTVRAAHlYQACFWEAB1VhAAf1YQAMxWEADUVhAAMhcUADFXEAB6VxAAgVcQANFXEADZVxAAKFgQADVYEAB/WBAAhFgQANZYEADgWBAALVkQADVZEACEWRAAlFkQANtZEADpWRAAMloQAD9aEACJWhAAl1oQAOBaEADjWhAAN1sQAEJbEACOWxAAllsQAOVbEAD+WxAAPFwQAEhcEACTXBAAo1wQAOpcEADvXBAAQV0QAEddEACYXRAApF0QAO9dEAD3XRAAiRcUAFBeEACdXhAAoF4QAPReEAD8XhAAS18QAExfEACiXxAApF8QAPlfEAD/XxAAUGAQAFxgEACnYBAAtGAQAP5gEAAIYRAAVWEQAF1hEACsYRAArmEQAANiEAAQYhAAWmIQAGFiEACxYhAAuWIQAAhjEAAMYxAAX2MQAGFjEAC2YxAAuWMQAA1kEAAVZBAAZGQQAHNkEAC7ZBAAvWQQABJlEAAfZRAAaWUQAHhlEADAZRAAzGUQABdmEAAoZhAAbmYQAH9mEADFZhAA0WYQABxnEAAjZxAAc2cQAJJnEADgFxQA3mcQACFoEAAiaBAAeGgQAIRoEADPaBAA62gQACZpEAAuaRAANxgUAIVpEADlGBQA4GkQACtqEAAxahAAgmoQAIhqEADZahAA8WoQADBrEAA6axAAh2sQAJNrEADeaxAA4WsQADVsEAA/bBAAjGwQAKRsEADjbBAA82wQADptEAA8bRAAkW0QAJ9tEADobRAA+W0QADwZFABFbhAAlm4QAKJuEACTGRQA+W4QAERvEABHbxAAm28QAKVvEABBGhQA9G8QAElwEABXcBAAoHAQALFwEADvGhQA/nAQAEYbFABUcRAApXEQAKhxEAD8cRAACnIQAFNyEABYchAAqnIQALdyEAABcxAACXMQAJ0bFABacxAAr3MQALxzEAAGdBAAFXQQAF10EABjdBAAtHQQAMB0EAALdRAADXUQAGJ1EABsdRAAuXUQAMd1EAAQdhAAFXYQAGd2EAB0dhAAvnYQAMp2EAAVdxAAKHcQAGx3EAB7dxAAw3cQAM93EAAaeBAAG3gQAHF4EAB7eBAAyHgQANZ4EAAfeRAAJHkQAHZ5EACDeRAA9BsUANd5EAAkehAAMnoQAHt6EAB+ehAA0noQAOJ6EAApexAAN3sQAIB7EACMexAA13sQAN57EAAufBAANXwQAIV8EACRfBAA3HwQAN18EAAzfRAAP30QAIp9EACXfRAA4X0QAOh9EAA4fhAARH4QAI9+EACcfhAA5n4QAPV+EAA9fxAAUX8QAJR/EACgfxAA638QAP5/EABCgBAAUYAQAJmAEAClgBAA8IAQAPGAEABHgRAAUYEQAJ6BEACsgRAA9YEQAPqBEABMghAAWYIQAEscFACkghAA+oIQAAuDEABRgxAAX4MQAKiDEAC3gxAA/4MQAAGEEABWhBAAYIQQAK2EEAC7hBAABIUQAAmFEABbhRAAaIUQALKFEADBhRAACYYQAA6GEABghhAAbYYQALeGEADBhhAADocQABqHEABlhxAAeIcQALyHEADGhxAAE4gQAB+IEABqiBAAfYgQAMGIEADQiBAAGIkQACSJEABviRAAcIkQAMaJEADQiRAAHYoQACuKEAB0ihAAeYoQAMuKEADYihAAohwUACeLEAB5ixAAhosQANCLEADaixAAJ4wQAC2MEAB+jBAAgIwQANWMEADijBAALI0QAC+NEACDjRAAkY0QANqNEADmjRAAMY4QAD6OEACIjhAAko4QAN+OEADujhAANo8QADuPEACNjxAAmo8QAOSPEADxjxAAO5AQAEeQEACSkBAAoZAQAOmQEADzkBAAQJEQAE6REACXkRAAnJEQAO6READ7kRAARZIQAFGSEACckhAAr5IQAPOSEAACkxAASpMQAFaTEAChkxAAopMQAPiTEAAClBAAT5QQAF2UEACmlBAAq5QQAP2UEAAKlRAA+RwUAGeVEACrlRAAupUQAAKWEAAOlhAAWZYQAFqWEACwlhAAupYQAAeXEAAVlxAAXpcQAGOXEAC1lxAAwpcQAFAdFAAfmBAAY5gQAHKYEAC6mBAAxpgQABGZEAASmRAAaJkQAHKZEAC/mRAAzZkQABaaEAAbmhAAbZoQAHqaEACnHRQAxpoQABubEAApmxAAcpsQAH+bEADJmxAA1ZsQACCcEAAmnBAAd5wQAIicEADOnBAA0JwQACWdEAAunRAAfJ0QAImdEADTnRAA4p0QACqeEAA1nhAAgZ4QAI2eEADYnhAA654QAC+fEAA+nxAAhp8QAJKfEADdnxAA3p8QADSgEAA+oBAAi6AQAJmgEADioBAA56AQADmhEABGoRAA/h0UAJ2hEADnoRAA9aEQAD6iEABIohAAlaIQAKOiEADsohAA7qIQAEOjEABUoxAAmqMQAKijEADxoxAAIqQQAEikEABKpBAAn6QQAKmkEAD2pBAABKUQAE2lEABSpRAApKUQALGlEAD7pRAAB6YQAFKmEABlphAAqaYQALimEAAApxAADKcQAFenEABYpxAArqcQALinEAAFqBAAE6gQAFyoEABhqBAAs6gQAMCoEABVHhQADKkQAGGpEABjqRAAuKkQAMepEAAPqhAAHqoQAGaqEAByqhAAvaoQAMCqEAAUqxAAF6sQAGurEABxqxAAwqsQAM6rEAAZrBAAHKwQAHCsEAB1rBAAx6wQANCsEAAerRAAJK0QAHWtEACErRAAzK0QANitEAAjrhAAM64QAHquEAB8rhAA0a4QAN+uEAAorxAAOa8QAKweFACFrxAA1q8QAOKvEAADHxQAQLAQAISwEACTsBAA27AQAOewEAAysRAAM7EQAImxEACTsRAA4LEQAO6xEAA3shAAPLIQAI6yEACbshAAWh8UAPGyEAA8sxAARrMQAJOzEAC/sxAA6rMQAPGzEABBtBAAWrQQAJi0EACntBAA77QQAP60EABGtRAAS7UQAJ21EACqtRAA9LUQAAG2EABLthAAV7YQAKK2EACxthAA+bYQAAO3EABQtxAAXrcQAKe3EACstxAA/rcQAAu4EABVuBAAYbgQAKy4EAC/uBAAA7kQABK5EABauRAAZrkQALG5EACyuRAACLoQABK6EABfuhAAbboQALa6EAC7uhAADbsQABq7EACxHxQAdbsQALu7EADMuxAAErwQAB68EABpvBAAgLwQAMC8EADCvBAAF70QACi9EABuvRAAcb0QAMW9EADPvRAAHL4QAB6+EABzvhAAfb4QAMq+EADWvhAAIb8QAC2/EAB4vxAAi78QAM+/EADevxAAJsAQADLAEAB9wBAAfsAQANTAEADewBAAK8EQADnBEACCwRAAh8EQANnBEADmwRAACCAUADLCEACHwhAAkcIQAN7CEADmwhAAXyAUAEjDEACMwxAAmMMQAOPDEADywxAAOsQQAEPEEACRxBAAm8QQAOjEEAD2xBAAP8UQAETFEACWxRAAo8UQAO3FEAD5xRAARMYQAFfGEACbxhAAqsYQAPLGEAD+xhAASccQAErHEACgxxAAqscQAPfHEAAFyBAATsgQAFPIEAClyBAAssgQALYgFAD+yBAAU8kQAF3JEACqyRAAsskQAA0hFAAGyhAAWMoQAG7KEACvyhAAsMoQAAbLEAAXyxAAXcsQAGnLEAC0yxAAvssQAAvMEAAZzBAAYswQAGfMEAC5zBAAxswQABDNEAAczRAAZ80QAHrNEAC+zRAAzc0QABXOEAAhzhAAbM4QAG3OEADDzhAAzc4QABrPEAAozxAAcc8QAHbPEADIzxAA1c8QAGQhFAAh0BAAdtAQAIDQEADN0BAA1dAQALshFAA60RAAe9EQAIfREADS0RAA19EQACnSEAAy0hAAgNIQAIrSEADX0hAA49IQAC7TEABB0xAAhdMQAJTTEADc0xAA6NMQADPUEAA01BAAitQQAJTUEADh1BAA79QQADjVEAA91RAAj9UQAJzVEAASIhQA6NUQAD3WEABH1hAAlNYQAJzWEABpIhQA+NYQAELXEABR1xAAmdcQAKTXEADw1xAA/NcQAEfYEABW2BAAntgQAL7YEAD12BAAAdkQAEzZEABT2RAAo9kQALHZEAD62RAA/9kQAFHaEABd2hAAqNoQALvaEAD/2hAADtsQAFbbEABi2xAArdsQAK7bEAAE3BAADtwQAFvcEABp3BAAstwQALfcEAAJ3RAAFt0QAMAiFABi3RAAt90QAMHdEAAO3hAAFt4QABcjFACC3hAAvN4QAM3eEAAT3xAAH98QAGrfEAB93xAAwd8QANDfEAAY4BAAJOAQAG/gEABw4BAAxuAQANDgEAAd4RAAK+EQAHThEAB54RAAy+EQANjhEABuIxQAJOIQAHniEACD4hAA0OIQANjiEADFIxQAROMQAH7jEACP4xAA1eMQAOHjEAAs5BAAP+QQAIPkEACS5BAA2uQQAObkEAAx5RAAMuUQAIjlEACS5RAA3+UQAO3lEAA25hAAO+YQAI3mEACa5hAAHCQUAObmEAA75xAARecQAJLnEACa5xAAcyQUAPrnEABA6BAAVOgQAJfoEACb6BAA7ugQAPDoEABF6RAAWekQAJzpEACf6RAA8+kQABDqEABK6hAAW+oQAKHqEACt6hAA+OoQAAvrEABP6xAAXusQAKbrEACy6xAA/esQAP7rEABU7BAAXuwQAKvsEAC57BAAAu0QAAftEABZ7RAAZu0QAMokFACy7RAAB+4QABHuEABe7hAAZu4QACElFAC97hAADO8QADLvEABj7xAAa+8QALrvEADK7xAAEfAQABPwEABo8BAAdvAQAL/wEADQ8BAAeCUUAB3xEADPJRQAdfEQAMTxEADd8RAAG/IQACTyEABy8hAAfPIQAMnyEADR8hAAIPMQACPzEABrAhEAKvMQAFL9EAAu8xAAd/MQAITzEADO8xAA3fMQACX0EAAq9BAAfPQQAJL0EADT9BAA1PQQACr1EAA79RAAgfUQAI31EADY9RAA4vUQAC/2EAA79hAAfSYUAI72EADd9hAA4PYQADT3EABU9xAAi/cQAJn3EADi9xAA4/cQANQmFABF+BAAkPgQAJf4EAArJxQA7/gQAIInFABE+RAAlfkQAJ35EADs+RAA8vkQAEP6EABR+hAAmvoQAJ36EADx+hAAEfsQAEj7EABc+xAA2ScUAKn7EAD2+xAAAvwQAE38EABQ/BAApPwQAK78EAAwKBQAKf0QAIcoFABd/RAAqf0QALX9EAAA/hAABv4QAFf+EABj/hAArv4QALb+EADeKBQAEf8QAFz/EABi/xAAs/8QAL//EAAKABEAEgARADUpFABkABEAuAARALsAEQAPAREAGAERAGYBEQByAREAvQERAMABEQAUAhEAQgIRAIwpFABwAhEAwgIRANgCEQAZAxEAJQMRAHADEQB4AxEA4ykUANMDEQAeBBEAIQQRAHUEEQB/BBEAOioUANQEEQAjBREAJwURAHoFEQCGBREA0QURANcFEQAoBhEANAYRAH8GEQCHBhEAkSoUAPYGEQAtBxEAOwcRAIQHEQCFBxEA6CoUAOcHEQAyCBEAOQgRAD8rFACdCBEA4AgRAOgIEQA3CREAOgkRAI4JEQCaCREA5QkRAP4JEQA8ChEAPgoRAJMKEQCWChEA6goRAPQKEQBBCxEATwsRAJgLEQCaCxEA7wsRAPwLEQBGDBEATgwRAJ0MEQC2DBEA9AwRAAANEQBLDREAUQ0RAKINEQC5DREA+Q0RAA8OEQBQDhEAUg4RAKcOEQC0DhEA/g4RAAsPEQBVDxEAXQ8RAKwPEQCuDxEAAxARABAQEQBaEBEAYRARALEQEQC5EBEACBERABcREQBfEREAZBERALYREQDDEREADRIRABcSEQBkEhEAahIRALsSEQDJEhEAEhMRACsTEQBpExEAchMRAMATEQDKExEAFxQRABwUEQBuFBEAdBQRAMUUEQDIFBEAHBURADYVEQDtKxQAexURAMoVEQDaFREAIRYRACMWEQB4FhEAhhYRAM8WEQDgFhEARCwUACwXEQB9FxEAiRcRAJssFADcFxEAKxgRAFEYEQCCGBEAihgRANkYEQDlGBEAMBkRADYZEQCHGREAjRkRAN4ZEQDjGREANRoRADsaEQBJLRQAlBoRAPctFADrGhEA/C4UAEAbEQCRGxEAlhsRAOgbEQDsGxEAPxwRAEwcEQBTLxQAmxwRAO0cEQDxHBEARB0RAEYdEQCbHREAtB0RAPIdEQADHhEASR4RAFUeEQCqLxQAox4RAGckEQCsHhEA9x4RAAofEQBOHxEATx8RAKUfEQCxHxEA/B8RAAsgEQBTIBEAXSARAKogEQC2IBEAASERAAghEQABMBQAYCERAK8hEQCxIREA6y0RALIhEQDIJhEAtSERAAYiEQC7IREAKSkRALwhEQCclxEAEiIRAF0iEQBsIhEAtCIRAMAiEQALIxEAGSMRAGIjEQB9IxEAuSMRAMUjEQAQJBEAFyQRAFgwFAB0JBEAviQRAMAkEQAVJREAFiURAGwlEQBvJREAwyURAM4lEQAaJhEAHyYRAHEmEQB7JhEArzAUANUmEQAfJxEAIScRAHYnEQB3JxEAzScRANAnEQAkKBEALygRAHsoEQCAKBEA0igRANwoEQAGMRQAPCkRAIApEQCBKREA1ykRAOMpEQAuKhEAPSoRAIUqEQCPKhEA3CoRAOgqEQAzKxEAOisRAF0xFACSKxEA4SsRAOMrEQA4LBEARywRAI8sEQCZLBEA5iwRAO8sEQA9LREAPy0RAJQtEQClLREACzIUAPotEQBCLhEATC4RAJkuEQCiLhEA8C4RAPIuEQBHLxEAWC8RAJ4vEQCmLxEA9S8RABMwEQBMMBEAVDARAKMwEQCvMBEA+jARAA0xEQBRMREAUjERAKgxEQC0MREA/zERAA4yEQBWMhEAYDIRAK0yEQC5MhEABDMRAAszEQBiMhQAbDMRALIzEQDDMxEACTQRABE0EQBgNBEAZzQRALc0EQDFNBEADjURAB41EQBlNREAdTURALw1EQDYNREAuTIUACA2EQBqNhEAgTYRAME2EQDJNhEAGDcRACY3EQBvNxEAeTcRAMY3EQDSNxEAHTgRADM4EQB0OBEAdzgRAMs4EQDnOBEAEDMUACw5EQB5OREAgTkRANA5EQDfOREAJzoRACw6EQB+OhEAizoRANU6EQDfOhEALDsRAC47EQCDOxEAkTsRANo7EQDnOxEAMTwRADQ8EQBnMxQAkzwRAN88EQDpPBEANj0RAD49EQCNPREAnD0RAOQ9EQDpPREAOz4RAEg+EQCSPhEAnD4RAOk+EQDrPhEAQD8RAE4/EQCXPxEApD8RAO4/EQDxPxEAvjMUAEhAEQCcQBEAqEARAPNAEQD6QBEASkERAFJBEQChQREAukERAPhBEQAMQhEAT0IRAGtCEQCmQhEArkIRAGw0FAAFQxEAwzQUAGFDEQCrQxEAskMRAAJEEQAKRBEAWUQRAF5EEQCwRBEAwEQRAAdFEQAPRREAXkURAGxFEQC1RREAwkURAAxGEQAZRhEAY0YRAG9GEQC6RhEAwEYRABFHEQAZRxEAaEcRAHRHEQC/RxEA0kcRABZIEQAlSBEAbUgRAHlIEQDESBEAxUgRABtJEQAlSREAckkRAIBJEQDJSREAzkkRACBKEQAtShEAGjUUAHpKEQDOShEA2EoRACVLEQAnSxEAfEsRAItLEQDTSxEA80sRACpMEQAyTBEAgUwRAItMEQDYTBEA3kwRAC9NEQAxTREAhk0RAJVNEQDdTREA6U0RADROEQA8ThEAcTUUAKlOEQDiThEAAE8RAMg1FABXTxEAkE8RAK5PEQDnTxEA708RAD5QEQBNUBEAlVARAJdQEQDsUBEA9VARAENREQBGUREAmlERAKZREQDxUREA+FERAEhSEQBQUhEAn1IRALhSEQD2UhEAClMRAE1TEQBpUxEApFMRAKxTEQAfNhQAGVQRAFJUEQBwVBEAdjYUAMJUEQAAVREABVURAFdVEQByVREArlURALpVEQAFVhEADVYRAM02FABvVhEAs1YRAMJWEQAKVxEAFlcRAGFXEQBiVxEAuFcRAMJXEQAPWBEAHVgRAGZYEQBrWBEAvVgRAMpYEQAkNxQAGFkRAGtZEQBtWREAwlkRAMVZEQAZWhEAIVoRAHBaEQB6WhEAx1oRANJaEQAeWxEAKlsRAHVbEQB9WxEAezcUANpbEQAjXBEAKVwRAHpcEQCGXBEA0VwRAOBcEQAoXREAMl0RAH9dEQCHXREA1l0RAOVdEQAtXhEAL14RAIReEQCNXhEA214RAN5eEQAyXxEAPl8RAIlfEQCRXxEA0jcUAPBfEQA3YBEAP2ARAI5gEQCYYBEA5WARAPBgEQA8YREASGERAJNhEQCbYREAKTgUAO9hEQBBYhEAUmIRAJhiEQCpYhEA72IRAPRiEQBGYxEASmMRAJ1jEQCrYxEA9GMRAAFkEQBLZBEAYmQRAKJkEQCqZBEA+WQRAAVlEQBQZREAY2URAKdlEQC2ZREA/mURAApmEQBVZhEAVmYRAKxmEQC2ZhEAA2cRABFnEQBaZxEAX2cRALFnEQC+ZxEAgDgUAA5oEQBfaBEAbWgRALZoEQDDaBEADWkRACRpEQBkaREAbGkRALtpEQDGaREAEmoRABRqEQBpahEAdmoRAMBqEQDHahEAF2sRAChrEQBuaxEAfGsRAMVrEQDSaxEAHGwRADNsEQBzbBEAe2wRAMpsEQDPbBEAIW0RADFtEQB4bREAgG0RAM9tEQDZbREAJm4RADFuEQB9bhEAiW4RANRuEQDcbhEALjkUAERvEQCCbxEAh28RANlvEQD0bxEAMHARADxwEQCHcBEAj3ARAIU5FADxcBEANXERAERxEQCMcREAmHERAONxEQDkcREAOnIRAERyEQCRchEAn3IRAOhyEQDtchEAP3MRAExzEQDcORQAnnMRAO1zEQDvcxEARHQRAFF0EQCbdBEAoHQRAPJ0EQD8dBEASXURAFR1EQCgdREArHURAPd1EQD9dREATnYRAFZ2EQCldhEAsXYRAPx2EQAPdxEAU3cRAGJ3EQCqdxEAtncRAAF4EQACeBEAWHgRAGJ4EQCveBEAvXgRAAZ5EQALeREAXXkRAGp5EQAzOhQAuXkRAAt6EQAaehEAYnoRAHF6EQC5ehEAwnoRABB7EQAWexEAZ3sRAG17EQC+exEAynsRABV8EQAcfBEAbHwRAIh8EQCKOhQAzXwRABp9EQAmfREAcX0RAHR9EQDIfREA0n0RAOE6FAAnfhEAODsUAH5+EQCPOxQA1X4RAOY7FAAsfxEAe38RAHx/EQBMhxEAiH8RANJ/EQCPfxEAlIQRAJJ/EQAYjhEAlH8RANWREQDTfxEAKYARAD+AEQCAgBEAiIARANeAEQDZgBEAj4MRAOWAEQAugREANoERAD08FAA7gREAhYERAIiBEQDcgREA5oERADOCEQA1ghEAioIRAJuCEQDhghEA8oIRADiDEQBAgxEAlDwUAJaDEQDmgxEA7YMRAD2EEQBFhBEA6zwUAJaEEQDrhBEA8YQRAEKFEQBPhREAmYURAKGFEQDwhREA8oURAEeGEQBOhhEAnoYRAKWGEQD1hhEA/YYRAEI9FABZhxEAo4cRAKSHEQD6hxEAEIgRAFGIEQBZiBEAqIgRAKqIEQBgixEAtogRAP+IEQAHiREAmT0UAAyJEQBWiREAWYkRAK2JEQC3iREABIoRAAaKEQBbihEAbIoRALKKEQDDihEACYsRABGLEQDwPRQAZ4sRALeLEQC+ixEADowRABaMEQBHPhQAb4wRALyMEQC+jBEAE40RACSNEQBqjREAe40RAMGNEQDJjREAnj4UAB2OEQDplREAJI4RAG+OEQCFjhEAxo4RAM6OEQAdjxEAK48RAHSPEQCBjxEAy48RAM6PEQAikBEALJARAHmQEQB7kBEA0JARAOGQEQAnkREAOJERAH6REQCGkREA9T4UAN6REQAskhEAOZIRAIOSEQCKkhEA2pIRAOuSEQAxkxEAPZMRAIiTEQCQkxEATD8UAOyTEQA2lBEAOZQRAI2UEQCXlBEA5JQRAOaUEQA7lREATJURAJKVEQCjlREAoz8UAPGVEQBAlhEAV5YRAJeWEQCjlhEA7pYRAPiWEQBFlxEATZcRAPo/FACdlxEA85cRAAmYEQBKmBEAUpgRAKGYEQCvmBEA+JgRAACZEQBRQBQABZkRAE+ZEQBSmREAppkRALCZEQD9mREA/5kRAFSaEQBlmhEAq5oRALyaEQACmxEACpsRAKhAFABfmxEAsJsRALWbEQAHnBEAIpwRAF6cEQBsnBEAtZwRALycEQAMnREAGJ0RAGOdEQBpnREAup0RAL2dEQARnhEAG54RAGieEQBunhEAv54RAMGeEQAWnxEAIJ8RAG2fEQB5nxEAxJ8RANufEQAboBEAL6ARAHKgEQCOoBEAyaARANGgEQD/QBQAIqERAHehEQCFoREAzqERAN+hEQBWQRQALKIRAK1BFACKohEA06IRAN2iEQAqoxEANaMRAIGjEQCJoxEA2KMRAOSjEQAvpBEAQqQRAIakEQCVpBEA3aQRAOmkEQA0pREANaURAIulEQCVpREA4qURAPClEQA5phEAPqYRAJCmEQCdphEAW0IUAO+mEQA+pxEASKcRAJWnEQCapxEA7KcRAPSnEQBDqBEASagRAJqoEQCmqBEA8agRAPeoEQBIqREAUakRAJ+pEQCsqREA9qkRAP6pEQBNqhEATqoRAKSqEQCmqhEA+6oRAP6qEQBSqxEAVasRAAlDFAC/qxEAAKwRAAisEQBXrBEAY6wRAK6sEQC0rBEABa0RAAutEQBcrREAYa0RAAquEQCKrREAs60RALutEQC3QxQAEK4RAA5EFAB3rhEAuK4RALquEQAPrxEAHK8RAGavEQBtrxEAva8RAMWvEQAUsBEAJLARAGuwEQBtsBEAwrARANCwEQAZsREAKrERALxEFAB3sREAE0UUANWxEQAeshEAKLIRAHWyEQCAshEAzLIRANSyEQAjsxEAL7MRAHqzEQCNsxEA0bMRAN+zEQAotBEAMrQRAH+0EQCHtBEA1rQRAOW0EQAttREAMrURAIS1EQCLtREA27URAOe1EQDBRRQAcbYRAIm2EQDIthEA4LYRAOi2EQAYRhQAYbcRAI63EQCatxEA5bcRAOu3EQA8uBEAQrgRAJO4EQCYuBEA6rgRAPC4EQBvRhQAQrkRAJi5EQCeuREA77kRAPS5EQBGuhEAVboRAJ26EQCpuhEA9LoRAPe6EQBLuxEATrsRAKK7EQCquxEA+bsRAAi8EQBQvBEAVbwRAKe8EQC9vBEA/rwRAP+8EQBVvREAZr0RAKy9EQC4vREAA74RAA2+EQBavhEAZr4RALG+EQC4vhEAxkYUABi/EQBfvxEAa78RALa/EQDFvxEADcARACHAEQBkwBEAc8ARALvAEQDMwBEAEsERAB7BEQAdRxQAa8ERAMDBEQDOwREAF8IRACjCEQB0RxQAdMIRAMXCEQDRwhEAy0cUACLDEQBzwxEAecMRAMrDEQDPwxEAIcQRACfEEQDQSBQAfcQRAM/EEQDRxBEAJsURADfFEQAsShQAicURANTFEQDaxREAK8YRADfGEQCCxhEAisYRAINKFADfxhEAMMcRADzHEQCHxxEAj8cRANpKFADqxxEANcgRADjIEQCMyBEAlsgRADFLFADlyBEAOskRAEjJEQCRyREAoskRAN9LFADuyREAP8oRAEvKEQA2TBQAnsoRAO3KEQDwyhEARMsRAFDLEQCbyxEAp8sRAPLLEQD6yxEA5EwUAFTMEQCgzBEArMwRAPfMEQD/zBEAO00UAFfNEQClzREAts0RAPzNEQANzhEAU84RAFvOEQCqzhEArc4RAAHPEQALzxEAWM8RAFrPEQCvzxEAvs8RAAbQEQAm0BEAXdARAGXQEQC00BEAvtARAAvREQAR0REAYtERAGTREQC50REAyNERABDSEQAc0hEAkk0UAHPSEQC+0hEA3NIRABXTEQAb0xEAbNMRAHXTEQDD0xEA0NMRABrUEQAi1BEAcdQRAIfUEQDI1BEAytQRAB/VEQA61REAdtURAILVEQDN1REA2tURAOlNFAAq1hEAe9YRAIPWEQDS1hEA6NYRACnXEQAu1xEAgNcRAIbXEQDX1xEA49cRAC7YEQA22BEAQE4UAJLYEQDc2BEA7NgRADPZEQA42REAitkRAJDZEQDh2REA99kRADjaEQA62hEAj9oRAJnaEQDm2hEA9NoRAD3bEQBC2xEAlNsRAKHbEQCXThQA+tsRAELcEQBL3BEAmdwRAKPcEQDw3BEA/twRAEfdEQBM3REAnt0RAKvdEQD13REA/d0RAEzeEQBc3hEAo94RAKXeEQD63hEACN8RAFHfEQBi3xEA7k4UAK/fEQBFTxQABOARAFbgEQBc4BEAreARALXgEQAE4READuERAFvhEQBd4REAsuERALXhEQAJ4hEAKeIRAPNPFABs4hEAt+IRAL3iEQAO4xEAGuMRAGXjEQBt4xEASlAUAMjjEQAT5BEAGeQRAGrkEQB25BEAweQRAMnkEQChUBQAGuURAG/lEQB95REAxuURANflEQD4UBQAKuYRAHTmEQCL5hEAT1EUANXmEQAi5xEALucRAHnnEQB85xEA0OcRANrnEQCmURQAOOgRAH7oEQCF6BEA1egRAN3oEQAs6REAOekRAIPpEQCI6REA2ukRAOTpEQAx6hEAOeoRAIjqEQCX6hEA3+oRAOTqEQA26xEATOsRAI3rEQCO6xEA5OsRAPLrEQA77BEATOwRAJLsEQCe7BEA6ewRAPHsEQBUUhQARO0RAFwBAABI7REAd6sTAEztEQAP/A8Ao+0RAC0JAAD27REA/fARAK7vEQDXKwAA/O8RAOEtAAAN8REALD0AAK7xEQA7QAAABfIRALpIAACy8hEAqVQRALPyEQBySwAAt/IRAEbLAwC68hEAlAAIAAvzEQAjXgAAufMRAJhkAAAQ9BEAK3EAAL30EQD3dwAAIPURACSBAABs9REAioQAAMH1EQCeiAAAdfYRACKSAAA69xEAcvcRANv5EQAQ1AAA3PoRAEzgAAAz+xEA0OkAAOH7EQDE+AAAl/wRAEgCAQAG/REAnwIBADv9EQD2AgEAnP0RABQJAQBI/hEAxwoBAJ7+EQDgDwEAYv8RAA0ZAQCm/xEAKx8BABAAEgBIABIAuwASAPYAEgD+ABIATQESAFkBEgClJgEArAESAF0pAQBuAhIAqQISALECEgAAAxIAAgMSANcwAQBjAxIA9TYBAA0EEgB5QAEAbQUSAE1aAQAXBhIACl4BACsGEgC9YhMAMwYSALNgEwCLBhIAYV4BAMMGEgC9XwEAJgcSAB5iAQBwBxIALWUBAMYHEgA3ZwEA0wgSAD96AQA4CRIAdQkSAH0JEgCWegEA2wkSAPd8AQCGChIA14cBAPQKEgAuiAEANAsSAOGJAQCHCxIA1gsSAOALEgA4igEANwwSAFGPAQBDDhIAfKkBAJYOEgDlDhIA9Q4SANOpAQCfDxIA560BAPIPEgBBEBIAURASAD6uAQD7EBIAFLcBALUTEgA/QQcAWxQSAF5RAgBfFBIAEVMCAGMUEgD81AEAbxQSAFdhAgAFFRIAENkBAGgVEgDD2gEAERYSAM3cAQBhFhIAgN4BAMQWEgAz4AEAGRcSAD3iAQBwFxIAlOIBABoYEgDOqxMAGxgSABepDAAeGBIAnuQBAC4YEgD1Gw0AcRgSAKJpEgCFGBIA9eQBAJcYEgB08BMAxxgSAEzlAQDKGBIA+acNAHoZEgBl6gEA0RkSALzqAQCBGhIAMfEBACobEgBP9wEA2BsSAGP7AQApHBIAfRwSAIkcEgAR/AEAih0SANkdEgDcHRIAbMQOAOUdEgDdAgIARR4SAJUFAgCoHhIA3h4SADkfEgAGEw4ARR8SADIUAgBiHxIApAgCAJgfEgAZDwIARiASANsTAgD0IBIANxUCAFshEgCOFQIA+SESACDaCwD9IRIAPBYCAE0iEgBBFwIAVyMSAMohAgAAJBIANDoNAAMkEgDjJgIABSQSAIRUDwBWJBIAi68TAGgkEgClJBIABCUSAFMlEgAYJRIAFTECAFYlEgAY0Q0AXSUSAE/cDQBgJRIAAbsNAGMlEgDYlA4AZCUSAEOZDgBuJRIA7SgCAHQlEgDz2g0AAyYSAFgtAgArJhIAAPQOAGYmEgALLwIAtyYSAAYnEgASJxIAuS8CAIUqEgDBQgIAdjkSAAgCDgAgOhIAZToSAM46EgATOxIAejsSAFO1DACAOxIAcgMDAMk8EgBIXBMAzjwSAHQ9EgDiPBIAg0ASAOo8EgBcYBMA8DwSAMITAwB2PRIA+VANAHg9EgAi0w0Aez0SAORsCQB+PRIAGRQDAIM9EgBwFAMAhT0SAGzpBACXPRIAXv0TAKs9EgDoNgUA4T8SABIkAwCLQBIA2kASANtAEgDLew0A5EASAO1uEADpQBIApWcOAPlAEgDbFhQAO0ESACspAwA5QhIA+FIDADxCEgDOLAsAPUISAEdAAwA/QhIApTADAEBCEgBsNgMAQkISAKtZBABDQhIAzTgDAERCEgATRwMARUISAF0zAwBGQhIAQFUEAExCEgDcOwMAdUISADK2EQCeRRIANYIDAKJFEgARWAMApkUSADKiDQD/RRIAcloDAFhIEgD+dgMAyUkSAGyNAwB3ShIAnpcDACtLEgCymwMAbEsSACKhAwBqTBIAzrIDAMdMEgAWTRIAJE0SAC+1AwAfThIAjgQQAClOEgAFvgMAI08SAP7NAwCDUBIAduYDACtREgD17gMA6lESAC9SEgCRUhIA+AAEAO9SEgA0UxIARVMSAAcEBACSVBIAQ2wFAJNUEgDlHwQAmlQSABdDCQBBVRIA+SMEAEVVEgBiUgkARlYSAGc6BABTVxIA9UUEAAVYEgBbSQQAwFgSAPtYEgADWRIAUlkSAGFZEgAsUQQAs1kSAJJUBABgWhIAhjkNAGNaEgBFVgQAtloSAAVbEgDKWhIA7FoTAA9bEgCcVgQAu1sSAGNcBAAZXBIAbV4EAL5cEgCLZAQAF10SAMETCgBpXRIAV2sEAHdeEgAIfgQAyl4SAMvrEgA1XxIAcF8SAHhfEgDHXxIA1F8SAGeRBADWXxIAzrcEANhfEgBugQQAi2ESAFGeBACLYhIAsLEEAN5iEgAtYxIAPmMSAAyzBABBZBIAcMcEAJNkEgDWygQAOWUSAKfSBACfZRIAc9kEAKplEgCv5QQAt2USAJHfBAC8ZhIABuYEAGBnEgAp7QQAnmcSAJ7zBABNaBIAQAMFAFJoEgBa7QkAU2gSABfxCQBVaBIA6ucJALloEgD0aBIA/GgSAEtpEgCkaRIA0hkOAKppEgBDWxMArGkSAE8GBQCuaRIAmSkQAMVpEgDnBxQA6GkSAMExEAABahIAXgkFAH1qEgCnahIAsmoSAGMKBQBfaxIAKhAFABJsEgD7FwUAtGwSACghBQC3bBIAzzYGACRtEgDbIgUAbG0SAForBQBubRIAMiMFALxtEgCYJgUAwG0SAKIoBQDFbhIAEi4FAM9vEgBJOQUAGnASAGI+BQDrchIAJnMSAC5zEgB9cxIAjHMSAMRjBQDdcxIAlWsFANt0EgAUdAUA5nQSAEgqCQAzdRIAencFADp2EgA1jAUARHYSAA2EBQCSdhIAc4cFAJZ2EgB9iQUABHgSAD94EgBHeBIAlngSAJt4EgCZoAUApXgSAHGYBQDzeBIA15sFAPd4EgDhnQUAAXsSAF63BQCrexIAi8AFAFl8EgCY1AUAJn0SAJHkBQB+fRIAAeoFAL59EgAL7AUAFn4SAIDyBQBpfhIAhfMFALx+EgALfxIAFX8SANzzBQBlfxIA6/YFABmAEgBq/wUA2oASABWBEgAdgRIAbIESAHKBEgBPCwYA2YESAAwPBgCHghIAnxsGAMyCEgDRJQYAhYMSAOAoBgAzhBIACDEGAOOEEgCHOQYAnIUSANeFEgDfhRIALoYSAD6GEgAQRAYAWoYSAHtIBgCRhhIAFUUGAOSGEgAzhxIAPYcSAGxFBgBUiBIAj4gSAJeIEgDmiBIA74gSAGpWBgBHiRIAdFgGAAeKEgBCihIASooSAJmKEgCaihIAq2MGAJ6KEgAOrAYApooSAHxrBgCoihIAO14GAPaKEgChYQYA+ooSAFapBgD/ixIANG4GAK2MEgBcdgYABI0SAMd6BgBXjRIAzHsGAA2OEgD0gwYAyY4SAASPEgAMjxIAW48SAGWPEgAcjAYAtY8SAD+TBgB8kBIAt5ASAL+QEgAOkRIAG5ESAKqXBgAdkRIA3KEGAGqREgC+mwYAGZISAEKlBgBykhIATKcGAOKTEgAdlBIAJZQSAHSUEgCDlBIAiLMGANWUEgDutgYA4ZYSAFfMBgBIlxIAg5cSAJ+XEgDalxIA55cSALPNBgD7mBIANpkSAD6ZEgCNmRIAkJkSALbfBgBymhIA9+wGAOyaEgAQ8gYA8JoSAM6IDACkmxIA3PgGAPGbEgDw/AYAVJ0SAEUOBwCtnRIAtRMHAK6eEgBh3QkAwp4SAArdCQAZnxIAVJ8SAFyfEgCrnxIArp8SAN0bBwAeoBIAWaASAGGgEgCwoBIAv6ASAJofBwASoRIAZiYHAGWiEgANNwcAGKMSAD5BDgAdoxIACx4QACCjEgDFOQcAIaMSAFgcEAB0oxIA2T0HAImkEgDEpBIAzKQSABulEgAkpRIAr0YHAHylEgC5SAcAL6YSANxPBwCQphIAZVoHACinEgA7YwcA1qcSABtuBwCEqBIArnoHAJCpEgCYhwcA56kSAP6KBwBAqhIAZI4HAKeqEgDiqhIA6qoSADmrEgBIqxIAm5kHAEmrEgDAjwcAnKsSAMWQBwDvqxIAPqwSAEisEgAckQcA8qwSAAGdBwCdrRIA0qQHAFCuEgCPqAcAEq8SAE2vEgBVrxIApK8SALOvEgATsgcAB7ASAHm1BwBasBIAqbASALiwEgDVtgcAZrESAPO8BwC4sRIAWcAHABKyEgCVzAcAFLISAHfGBwAmsxIAYbMSAGmzEgC4sxIAK7QSAGa0EgButBIAvbQSAMq0EgCd3wcAIbUSAFXiBwB5tRIAEuYHABu2EgCH7AcA07YSAKrzBwCAtxIAvAgIAN24EgB3HQgAMLkSAH+5EgCOuRIA0x4IAPy5EgAvIAgAPLsSAKQmCACVuxIADysIAOi7EgA3vBIARrwSAGssCAC0vBIAxy0IAO29EgCJMggARr4SAKw5CAD0vhIAREcIAKK/EgAuVAgAW8ASAPVZCACvwBIAUVsIAFbBEgATYAgAGsISAFXCEgBdwhIArMISAAbDEgCXaQgAwMMSAE9sCAB7xBIAtsQSAL7EEgANxRIAF8USAHx1CAByxRIAL3cIAMrFEgBIfAgAHMYSALOACADJxhIAHoUIANHHEgA8iwgAJMgSAHPIEgB1yBIAk4sIAD3JEgB4yRIAgMkSAM/JEgDwyhIAK8sSADPLEgCCyxIAo8wSAN7MEgDmzBIANc0SAD/NEgDGuAgA/80SADrOEgBCzhIAkc4SAJvOEgBr2ggAp84SABvKCADtzhIAJcwIAEnPEgD71AgApNASADDxCACo0BIAA+gIAADREgAh7ggAStESACvwCAAB0hIAOvMIAFHSEgBJ9ggABtMSALn7CABf0xIALgIJAA3UEgA9BQkAZNQSAJQFCQDL1BIABtUSAA7VEgBd1RIAbNUSAEwICQAY1hIAMRQJAHLWEgD9GgkAg9cSAL7XEgDG1xIAFdgSACTYEgCBJAkAHdkSAHHZEgCL2RIAIzQJAOTZEgAf2hIAJ9oSAHbaEgCF2hIANzgJAAPbEgDqOQkAl9sSANLbEgDa2xIAKdwSAI/cEgCnPQkA3dwSAA1BCQCR3RIAHEQJAO7dEgCHSAkAkd4SAIHSCQCU3hIASU0JAOjeEgBOTgkA8N8SAP9gCQBH4BIAy2cJAJvgEgDQaAkAteESAPDhEgD44RIAR+ISAFPiEgBodgkApuISAPXiEgD54hIAxHcJAFzjEgB3eQkAFuQSAFHkEgBZ5BIAqOQSANLkEgAUiAkABOUSAI6PCQBy5RIAJLgLALXlEgAE5hIAPOYSAP6UCQDV5hIACecSABHoEgDwtAkAGukSAO7FCQB36hIAxuoSAO7rEgAi7BIAQewSAHnsEgDg7BIAzOEJAIbtEgA85wkAMu4SAFDrCQCV7xIAsZsKAJfvEgCM9wkA5e8SAPL6CQDz8RIAewUKAEPyEgD1DAoASvISAOYJCgBS9BIAofQSAFL1EgBjIwoAYPYSAJouCgC49xIAB/gSADD4EgD+QgoA0fgSAAz5EgAU+RIAY/kSAHL5EgAmSwoAwPkSAIxOCgDE+RIA+ZgKAG36EgCWUAoAx/oSABb7EgA/+xIA91IKAMz7EgC0VgoARPwSAAtXCgDU/RIAwWoKAN/+EgDkcQoA5P8SAGN6CgBLABMAunoKAJUAEwARewoA4wATAHd+CgCXARMAhoEKAP4BEwDdgQoASAITADSCCgCWAhMAmoUKABYEEwBDBBMAtgQTAPEEEwD5BBMASAUTAPsFEwDFnwoA/wYTAAGsCgC+BxMA9boKAHMIEwCuCBMAtggTAAUJEwAPCRMA0MQKAOQKEwC10AoAFgwTAI7rCgB0DBMAVfEKABsNEwAr+goAgA0TAJH9CgAoDhMAJAoLADEQEwAWKgsA8hETAGY6CwCOEhMAfz8LAO0SEwDlQgsAqhMTAOUTEwDtExMAPBQTAJUUEwC7SwsAtBUTAO8VEwD3FRMARhYTAHAWEwD8WAsA/RYTABpfCwBTFxMAohcTALAXEwDIXwsA/xcTACliCwC0GBMAQmcLAP8YEwBWawsADBoTAIh1CwAPGhMANnYLAGwbEwB3gwsAuxsTANOECwAaHBMAOYgLAGwcEwDxigsAvhwTAEiLCwA2HRMAaR0TADMeEwAymAsAmB4TAImYCwDSHxMAISATAEogEwBVnwsAVSATAAOgCwA3IhMAF6QLAJIiEwB9pwsA5iITANmoCwDrIxMATq8LADokEwBiswsAAiUTADolEwDqJRMABMMLAEYmEwDaywsA7yYTADbNCwB2JxMAStELALEnEwBe1QsA9ycTAL/XCwCmKBMAn+ILALYoEwB9/gsAEioTAOXwCwBYKhMARvMLAMAqEwCn9QsA0CwTAAstEwATLRMAYi0TAG8tEwB7DwwAxi0TAIoSDAB0LhMARxYMADQvEwBsLxMA1S8TANBDEwDiLxMAGjATANQwEwDfIwwA1jATAH4hDACIMRMAzTETADIyEwBjLQwA4jITAEg5DABENBMAp0wMAOc0EwC7UAwAQTUTANlWDACYNRMAWF8MAO41EwBdYAwAlTYTACRmDABZNxMAlDcTAJw3EwDrNxMAYDgTALxzDABKORMAMXoMAGM6EwBjhAwACjsTAOKMDAC4OxMAD5YMAHI8EwCtPBMAtTwTAAQ9EwB3PRMAsj0TALo9EwAJPhMAuj4TAJpbEwC/PhMADj8TAME+EwDKZxAA0z4TAPOhEwAYPxMAxakMAMI/EwCMrwwA1kETAKjGDADlQRMAHUITAHxCEwCUwgwA2kITAOvCDAAoRBMAjdIMADVFEwAW3QwAhkUTANpFEwDsRRMAxN0MAJRGEwAl4AwA6UYTAHzgDACXRxMAQ+YMAPVIEwBw7wwADUkTACsODwBISRMAl0kTALVJEwDH7wwAYUoTAJxKEwCkShMA80oTAFhLEwDW8gwAFEwTAOX1DADCTBMAS/kMAMdNEwACThMACk4TAFlOEwDMThMAB08TAA9PEwBeTxMAw08TAIcFDQB/UBMAulATAMJQEwARURMAdlETAE4LDQCJUhMAxFITAMxSEwAbUxMAgFMTAMgSDQA8VBMA1xUNAOpUEwA9GQ0AiVYTAPH1DwDgVhMASPYPAEtXEwCGVxMAjlcTAN1XEwBUWBMA1SYNAOpYEwAVaA0AnVoTANG9EwCiWxMA3ZoPALZbEwBq7hMAyFsTAPFbEwD5WxMAIjQQAB9cEwC5xw8AdlwTAJ9cEwD5XBMAgOETAGldEwCkXRMArF0TAPtdEwBeXhMA+z8NAMVeEwAAXxMACF8TAFdfEwC6XxMACvYOABtgEwA9cA0AZ2ETAMf5DgBtYRMALUoNANJhEwDlTA0AxWITABRjEwAjYxMANWIOAHNjEwAVNBQA1mQTAGlWDQDgZBMADVUNANhlEwAmWg0AlmYTANFmEwDZZhMAKGcTAItoEwBTYw0ApGoTAFF0DQBEaxMAO4ENAKRsEwA0kQ0Ap20TAEOUDQD8bhMAVOIOAP9uEwDgpw4AA28TAB6eDQAJbxMA9vEOAK9vEwD+bxMACHATADejDQAfcRMAWnETAGJxEwCxcRMAYXITAHiwDQC7chMANbQNAMh0EwDDvw0AH3UTAG51EwB6dRMAKcMNACh2EwCPxg0A0nYTACF3EwA4dxMA/8sNADx8EwCG5w0A7XwTAEjsDQBSfxMAJggOAAmAEwBOgBMACYETACQZDgAMgRMAyBcOAA+CEwCFGw4Au4ITAIocDgAUgxMAmR8OANeDEwALhBMAKYQTAP8iDgCGhBMAdCkOAB6FEwDLKQ4AeYcTAMiHEwDKhxMAXjYOACSIEwAMNw4AK4gTAG05DgCcihMA14oTAN+KEwAuixMAOIsTAI5RDgD4ixMAM4wTADuMEwCKjBMAmYwTAMVcDgDnjBMAK2AOAJWNEwCbZQ4AQ44TAAtrDgBFjxMA8HYOAPOPEwBHdw4A/I8TAGzJDwCmkBMAsnsOAP2QEwBMkRMAsZETAGp+DgAIkhMAO4YOAF6TEwCtkxMAsJMTAKGJDgBnlBMAAowOALqUEwAJlRMADJUTAAyODgDDlRMAxJAOABaWEwBllhMAaJYTAM6SDgAflxMA3ZUOAHKXEwDBlxMAy5cTADSWDgAgmBMAb5gTAHKYEwA5lw4AJZkTAEiaDgB8mRMAy5kTAM6ZEwCkmw4AgZoTANCaEwDTmhMAuJ8OAIabEwDVmxMA2JsTAMyjDgCPnBMAiacOAJCdEwD5rA4AsJ0TACACFAD7nRMAVa4OAJCeEwDknhMAlZ8TALawDgCcnxMAF7MOAFGhEwA1uQ4AU6ETADJVDwD7oRMASqITAKmjEwBzuQ8ArqMTAFmlEwAJpBMAdsYOAGmlEwDSxw4AwKUTADPKDgATphMAOMsOAHqmEwC1phMAE6cTADbcDgAWpxMAteQOABunEwDmyw4AJ6cTAG/WDgDSqRMAMdsOAICqEwBP4Q4AmqsTALX9EwDaqxMA/Y8PAPGrEwAH/RMA+KsTAA7tEwASrBMAajEQAC2sEwB8rBMAf6wTALrlDgDjrBMAbecOADatEwBy6A4Aia0TANitEwDirRMAyegOAI6vEwCQ7g4Ala8TAJrwDgA8sBMAn/EOAMCxEwBc9Q4AS7ITAML4DgDosxMA7vcTAGK0EwAYMhAAobQTALXuEACltBMAzwwPABC1EwBhUhAAZ7UTALhSEAAMthMAPxIPAF+2EwCuthMAx7YTAJsTDwAItxMAXLcTANe3EwBdGA8AhbgTAGIZDwAzuRMAvhoPAMW5EwAUuhMAHroTAHseDwDDuhMAvfwPAMq6EwDoFhAA1rsTAFEnDwDWvRMAfjAPAMi+EwDWvhMAH78TAC2/EwD3wRMAi0QPAJXCEwDsRg8An8ITAGZODwClxBMAcFUQAFvFEwDqVw8AsMUTAO9YDwABxhMAnVkPAFPGEwD5Wg8AWMcTAFpdDwBiyBMAscgTABDJEwBfyRMAhckTAC0WFAAOyhMAgmUPAGzKEwC7yhMAGssTAGnLEwAazBMAoGsPAM3MEwAczRMAe80TAMrNEwDwzRMAhBYUANfOEwAQcQ8AMs8TAGxyDwDczxMAK9ATADvQEwDIcw8A/NATADDREwDn0RMAingPAEHSEwBCew8AsNITAOPSEwAO1hMAXpIPAMHXEwDOlw8Ab9gTACqZDwAd2RMAhpoPALrbEwBLsQ8AeN0TABy5DwBy3hMAgrwPADDgEwBTxA8A2+ATAAvHDwBe4xMA180PAI3jEwCKzw8A6eMTAEMJFABB5BMAQtIPAETkEwBM1A8AkuQTAObkEwAC5RMAPeUTAJflEwDr5RMAB+YTAELmEwCh5hMA8OYTAPrmEwCj1A8AT+cTANVJFACk5xMAvNkPALHoEwAn3g8A/egTAN/gDwBZ6RMAmgkUAGvqEwBvMhAAEOsTABvtDwDR7hMAxjIQACfwEwCYBhAAJfETACMAEADc8RMAKAEQAOLzEwAx9BMAO/QTAP4JEADt9BMAtgwQADn1EwBkDRAAN/gTAEX4EwCO+BMAnPgTAOX4EwDz+BMAPPkTAEr5EwCT+RMAofkTAOr5EwD4+RMAsvoTAIcUEAAZ+xMA3hQQAKz7EwA6FhAAHvwTAFn8EwBh/BMAsPwTAGb+EwBEGBAAdv8TAPwaEADC/xMAqhsQADwAFABzFREAdgAUAF0dEADgABQAGwEUAI4BFADJARQASAIUAHcCFACfAhQAzgIUAPYCFAAlAxQATQMUAHwDFACDAxQA2jYQANsDFAAqBBQALwQUAHEhEACJBRQAoysQAO4GFAAOMBAA8wcUABzDEQD3BxQAacERAFQKFADLMxAAuQoUAPYKFAD+ChQATQsUAP4LFABSDBQA0QwUAAANFAAoDRQAVw0UAH8NFACuDRQA1g0UAAUOFAAtDhQAXA4UADIPFABhDxQAiQ8UALgPFADgDxQADxAUADcQFABmEBQAjhAUAL0QFAB3ERQAsD8QACUSFAAMQRAA2hQUAMJUEAArFRQAfxUUADkXFAAjVxAAlxcUAEZeEABWGBQAjhgUAAQZFADUaRAARRkUAD9uEACyGRQA6hkUAEkaFACYGhQAqBoUAPJvEAD7GhQA93AQAFsbFADnphEAtR4UAH+vEAAPHxQALbAQABAgFAAwwhAAviAUAPzIEABsIRQAH9AQABoiFADm1RAAyCIUAGDdEAB2IxQAIuIQACQkFADk5hAA0iQUALDtEACEJRQAFvEQACMmFAAmJhQAkiYUAIb2EADVJhQAOfgQAEAnFADn+BAAhycUAD75EADhJxQAn/sQADMoFAD7/BAA4igUAAX/EABDKRQAYQARAO0pFADHAxEAPSoUAMwEEQCUKhQA1gYRAOkqFADbBxEAbSsUAJYrFABNLBQAJhcRAJ4sFADyLBQABy0UANQXEQBMLRQAoC0UALUtFACMGhEAZTEUALQxFADSMRQAiisRACI1FAB3ShEAjzUUAItOEQA9NhQA+1MRANk2FABcVhEALDcUABRZEQCCNxQAzFsRANc3FADgXxEAOTgUAOphEQCcOBQA1zgUADA5FAArbxEAkTkUAN5wEQDxORQAlnMRADs6FAC0eREA/ToUAB9+EQBaPxQA35MRAA9BFAAgoREAYkEUACWiEQC1QRQABEIUAAhCFAB8ohEAY0IUALJCFAARQxQAYEMUABZEFABlRBQAyEQUAHCxEQAbRRQAakUUAG5FFADHsREAmkYUAEG5EQB9RxQAbsIRAM5HFAAiSBQASkgUAHlIFADTSBQAJ0kUAE9JFAB+SRQA7EkUAHjEEQCFShQA2cYRAORKFADexxEAOUsUAIhLFACYSxQA48gRAOhLFADoyREAOUwUAI1MFADuTBQAScwRAEtNFABOzREATk4UAIXYEQD6ThQAqN8RAE1PFACcTxQArE8UAP/fEQBOUBQAvOMRALFQFAAY5REABlEUAB3mEQBXURQAy+YRAKlRFAD9URQA","fail":"AAAAAAAAAAD/igAAoNMBAOHbAACLcwcA6NABAAleCACHJQIATmINAOjLAAA/zAAAlswAAO3MAABEzQAAm80AAPLNAABJzgAAoM4AAPfOAABOzwAApc8AAPzPAABT0AAA4qwBADmtAQCQrQEA560BAAAAAACHJQIArFINACo9DgCBPQ4A2D0OAC8+DgCGPg4A3T4OADQ/DgCLPw4A4j8OADlADgCQQA4A50AOAAAAAACLcwcA6NABAOjQAQAWsAMA2kcCADFIAgBnww4AfQ0PAHwFAwDTBQMAgh8BAH4DBgBnHxAAFrADAIclAgD/+gUA0bUAACi2AAB/tgAA1rYAAC23AACdDgAAhyUCAE5iDQCpRQ4AAEYOAFdGDgCuRg4ABUcOAAAAAACLcwcAhyUCAEZKDACtSAQAjUkCAHkWCgBHOwIA/4oAAMRUAgAByhAAWMoQACbMAQDDJwAAhyUCAJGrCwDoqwsAbUoAAI2vBQDplwAAQJgAABDeAgDNWwoAJFwKAIclAgCsUg0AKj0OAIE9DgDYPQ4ALz4OAIY+DgDdPg4AND8OAIs/DgCQIggAi5ENAFcAAABXAAAAjKUKAOjQAQBtSgAAhyUCAJAiCABpyAEAAAAAAOmXAAAe8AwAovkMAEQfAADPGAAACV4IAGBeCADoywAAP8wAAJbMAABOMAMAzTgDACQ5AwCDHQsA1BkAAJ1KDADeuA4AXAEAALMBAAAKAgAAYQIAALgCAACQIggAi5ENAFcAAABXAAAAbaYBAM+DBADplwAAerUAAOjQAQBIXgIA+v4GAIclAgBOYg0A6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAE7PAAClzwAA/M8AAFPQAAD8/AkAU/0JAAAAAAB5kgAAfpgBAOjQAQA/0QEAnQ4AAIclAgBtpgEAz4MEACaEBABXAAAAPq4BAJWuAQDsrgEAQ68BAJqvAQDxrwEASLABAAAAAABOMAMA+FIDAGnIAQDAyAEAF8kBAMZ1DABsugwAw7oMAJuyDADysgwASbMMAKCzDAD/PQIA6KsLADJrAgB2BAoAzQQKACQFCgAJXggAhyUCACkkEACoDgoAhyUCAGfDDgA6GxEAG0sAAHJLAADJSwAAIEwAAHdMAADOTAAAAAAAAHkWCgDkKQ0AkCIIAEQfAACbHwAA8h8AAEkgAACgIAAA9yAAAPz8CQBT/QkAAAAAAHmSAADplwAAnQ4AAL+qAgBx2wEACV4IAIclAgCQIggA9TEAAEwyAACjMgAA+jIAAG2VDwBHOwIA/4oAAKDTAQBEHwAACV4IAIclAgBOYg0A6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAE7PAAClzwAA/M8AANpHAgAxSAIAdcMDAMzDAwAjxAMAesQDAJuyDADysgwAfRkAANQZAACdSgwA3rgOAFwBAACzAQAACgIAAGECAAC4AgAARUwCAJxMAgCqxA8AAcUPAEZKDABoTgEAv04BABDeAgB+mAEACV4IAMUPEABGSgwAnUoMAN64DgBcAQAAswEAAAoCAABhAgAAbZUPAEc7AgD/igAAoNMBAEQfAAAJXggAhyUCAE5iDQDoywAAP8wAAJbMAADtzAAARM0AAJvNAADyzQAASc4AAKDOAAD3zgAATs8AAKXPAAD8zwAA2kcCADFIAgB1wwMAzMMDACPEAwB6xAMAm7IMAPKyDAB9GQAA1BkAAJ1KDADeuA4AXAEAALMBAAAKAgAAYQIAALgCAABFTAIAnEwCAKrEDwABxQ8ARkoMAGhOAQC/TgEAEN4CAH6YAQAJXggAxQ8QAP+KAACg0wEAEIwDAE4wAwD4UgMA9TEAAEwyAACjMgAA+jIAAG2VDwCdDgAARB8AAJsfAADyHwAASSAAAKAgAABtlQ8AwycAAPuCCQDo0AEAD+0MAL+qAgBtlQ8Agh8BAMtiCACdDgAAacgBAJt2AAAVbQ4A/xMLAFQ0DgBdMwMA0bUAACi2AAB/tgAA1rYAAC23AACEtwAARkoMAJ1KDADeuA4AXAEAALMBAAAKAgAAYQIAALgCAACCHwEA/fcBAJ0OAAC/qgIAhyUCAIkIEQBYcxAATmINACPTBgCQIggAkuIPAI2vBQDkrwUA1ZgBAAAAAAB6tQAAerUAAOmXAACdDgAAacgBAIclAgCsUg0AnDsQAM8YAAASewMA6ZcAAAleCACHJQIA3iUCAJFeDQDo0AEAhyUCAHmSAACdDgAARB8AAIclAgAAAAAAzxgAAJuAAgDICAsAJhkAAOHbAADPGAAAhyUCAKxSDQBgXggACqkQAGGpEABHOwIA/4oAAKDTAQBEHwAAAAAAAOjQAQCNSQIA/4oAAFaLAACtiwAABIwAAFuMAACyjAAATDcBAAleCADFDxAAzxgAABJ7AwDplwAACV4IAI1JAgDplwAAQJgAAJLuAABrEwMARzsCAP+KAAAoMAgAjUkCAAleCABHOwIAjUkCAOmXAABAmAAAku4AAGsTAwB5kgAARzsCAG2mAQDPgwQAerUAAIclAgCbgAIA8oACAEmBAgCHJQIA/PwJAFP9CQBtSgAAja8FAOSvBQDplwAAEN4CAGfeAgC+3gIAhyUCAMZ1DABsugwAw7oMAJuyDADysgwASbMMAKCzDAC9SQ4AqUUOAKr4CADEpgEA4dsAAOmXAADPGAAAJhkAAKtKAQACSwEAnQ4AAM6NDQBXAAAAVwAAAIylCgDo0AEAbUoAAHHbAQAJXggAjUkCAP+KAADoywAAP8wAAJbMAACNSQIAgh8BANkfAQALCgwAAAAAAG2mAQDPgwQA6ZcAAM8YAABtSgAAhyUCAKxSDQAqPQ4AgT0OANg9DgAvPg4Ahj4OAN0+DgA0Pw4Aiz8OAJAiCACLkQ0AVwAAAFcAAACMpQoA6NABAG1KAACHJQIATmINAOjLAAA/zAAAlswAAO3MAABEzQAAm80AAPLNAABJzgAAoM4AAPfOAABOzwAApc8AAPzPAABT0AAAqtAAAGhOAQC/TgEAbUoAAOdbAgA/7wcA/48BAH22DgCHJQIA/PwJAFP9CQAAAAAAeZIAAOmXAACdDgAAv6oCAHHbAQAJXggAhyUCAIkIEQDgCBEANwkRAI4JEQDlCREAmx8AAPIfAABJIAAAeZIAAG1KAADESgAAG0sAAM8YAABtSgAAtogGAHq1AAD/6wIAk20CALaIBgCLcwcAqA4KAIclAgBGSgwAbaYBAHmSAABsMQIAfpgBANWYAQCHJQIA/4oAAOjLAAA/zAAAmd4AAE5iDQDoywAAP8wAAJbMAADtzAAARM0AAJvNAADyzQAASc4AAKDOAAD3zgAATs8AAKXPAAD8zwAAU9AAAPz8CQBT/QkAAAAAAHmSAAB+mAEA6NABAD/RAQAAAAAA6NABALDKCQCoDgoAbDECAFcAAACuAAAABQEAAIclAgAA6gwAVwAAAK4AAAAFAQAAXAEAALMBAAAKAgAAYQIAAG39AQDE/QEA//oFAP/rAgBW7AIArewCAGkEDgDABA4AFwUOAEVMAgB+mAEAPnAGAMRKAAA+kw0AciYKAG1KAACHJQIATmINAGcfEAAWsAMAhyUCAEZKDACdSgwA3rgOAFwBAACzAQAACgIAAGECAAC4AgAA//oFAFb7BQCt+wUAwycAAPuCCQBsMQIAeZIAAOjQAQA/0QEA6NABAIclAgD/+gUA0bUAACi2AAB/tgAA1rYAAC23AACEtwAAkCIIAEQfAADPGAAAbUoAAIclAgBOYg0A6MsAAD/MAACWzAAA2kcCADFIAgB1wwMAzMMDACPEAwB6xAMAm7IMAPKyDAB9GQAA1BkAAJ1KDADeuA4AXAEAALMBAAAKAgAAYQIAALgCAADGdQwAbLoMAMO6DACQIggARB8AAAAAAAD/igAA6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAE7PAAClzwAA/M8AANKGAQAphwEAgIcBANeHAQCSAgUATmINAOjLAAA/zAAAlswAAO3MAABEzQAAm80AAPLNAABJzgAAoM4AAPfOAABOzwAApc8AAPzPAABT0AAA4qwBADmtAQCQrQEA560BADJrAgB2BAoAzQQKACQFCgB7BQoA0gUKACkGCgBOYg0A6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAHHbAQB5kgAAnQ4AAEWeAQDVmAEAbDECAIclAgCCHwEAy2IIAAwUBwCUrggA/4oAAGcfEAASewMARiIEAIIfAQCHJQIAAAAAAHq1AAD/jwEAVpABAK2QAQDPGAAAMmsCAIlrAgDgawIAUBUBAE4wAwBQFQEA/4oAAOjLAAA/zAAAlswAAO3MAABEzQAAm80AAPLNAABJzgAAoM4AAPfOAABOzwAApc8AAPzPAADShgEAKYcBAICHAQDXhwEAAAAAAItzBwCoDgoAbDECAMMxAgCdDgAARB8AAAwUBwCH5wYA3ucGAMAOEAA+cAYAFGUCAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAq1kEAAJaBABZWgQAsFoEAAdbBABeWwQAtVsEAAxcBABjXAQAS1ANAOjLAAA/zAAAlswAAO3MAABEzQAAm80AAPLNAABJzgAAoM4AAPfOAABOzwAA1ZgBAJsfAADyHwAASSAAAKAgAAA/0QEAQJgAAJLuAABrEwMATmINAOjLAAA/zAAAlswAAO3MAABEzQAAm80AAPLNAABJzgAAoM4AAPfOAABOzwAApc8AAPzPAABT0AAA4qwBADmtAQCQrQEA560BAI1JAgDo0AEAP9EBAHVnAgBbMxEAnQ4AAEQfAAAJXggAhyUCAG2VDwCgHhEAbaYBAMSmAQAbpwEAcqcBAMmnAQAgqAEARUwCAJxMAgCqxA8AAcUPAPz8CQBT/QkAqv0JAAH+CQBY/gkAr/4JAIclAgB5kgAAnQ4AAEWeAQDVmAEAbDECAIclAgBOYg0A6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAE7PAAClzwAA/M8AAFPQAACCHwEAy2IIAAwUBwCUrggA/4oAAGcfEAASewMARiIEAG1KAACNSQIA/4oAAFP4CACq+AgAxKYBAOHbAADplwAACV4IAIclAgBtlQ8A6NABALDKCQBHOwIA/4oAAEc7AgBtpgEAFpAOAG2QDgDoywAAP8wAAJbMAADtzAAARM0AAJvNAADyzQAASc4AAKDOAAD3zgAATs8AAKXPAAD8zwAA6ZcAAECYAACS7gAAaxMDAFaLAACtiwAABIwAAFuMAACyjAAAuqQBABGlAQBopQEAv6UBABamAQDFDxAAQJgAAJLuAABrEwMA7xcCAHq1AADplwAAVwAAAG1KAAC2iAYAi3MHAIclAgAAAAAAAAAAAAAAAACSAgUA/PwJAFP9CQCQGAYAoNMBAPQOAACoDgoATjADAIQJAAB5kgAAnQ4AAEQfAACbHwAAzxgAADJrAgCJawIA4GsCAH8/CwDWPwsALUALAEZKDACdSgwA3rgOAFwBAACzAQAACgIAAGECAAC4AgAAm7IMAPKyDABJswwAoLMMAL1JDgCpRQ4AqvgIAMSmAQDh2wAA6ZcAAAleCAAb3gwAJhkAAH0ZAABOYg0ArSgPAK2LAAAEjAAAW4wAALKMAAAJjQAAZ8MOAH0NDwCWtg0AZ8MOADobEQB+mAEARiIEAJ0iBAAQ3gIAeRYKAD6TDQCdDgAAv6oCAEVMAgB+mAEAPnAGAMRKAACHJQIA/PwJAEheAgBHOwIARzsCAH6YAQA+cAYAgh8BAAAAAACHJQIA3iUCADUmAgCMJgIA4yYCAIclAgBGSgwAbaYBABaQDgBtkA4AoNMBAEQfAAD/+gUAlK4IAOuuCABCrwgAma8IAIclAgAWsAMAbbADAMSwAwDo0AEAhyUCAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBg/QUAGPYDAG/2AwDG9gMAM6wIAEQfAADoug4AbUoAALaIBgDVmAEAbDECAMMnAADw4wEAR+QBAJ7kAQAq/AAAUBUBAMMnAADw4wEAR+QBAJ7kAQBPBgUApgYFAP0GBQBOYg0A6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAHHbAQBnww4AfQ0PAItzBwAJXggAxQ8QAEusDgAAAAAAAAAAAAAAAAAAAAAAhyUCALbGAQBHOwIA/4oAACgwCACHJQIA//oFAOjQAQA/0QEAltEBAMUPEADPGAAAbUoAALaIBgD/igAAU/gIAJ0OAAAAAAAAzxgAABDeAgBn3gIAvt4CAM+DBAAJXggAYF4IAFaLAACtiwAABIwAAFuMAACyjAAAlCMPAPKAAgBJgQIAfpgBAH6YAQBsMQIAzxgAADJrAgAsEwkAeZIAAOjQAQA/0QEAltEBAP1xCQDplwAAnQ4AAJkkDwAmGQAAq0oBAIIfAQB+AwYAk20CAHq1AAAJXggAxQ8QAM8YAAASewMA6ZcAAAAAAACLcwcAbDECAH6YAQDVmAEAhyUCAN4lAgA1JgIAjCYCAOMmAgDeJQIAkV4NAOjQAQCHJQIAeZIAAJ0OAABEHwAAmx8AAIclAgDeJQIANSYCAIwmAgDjJgIA3iUCAJFeDQDo0AEAhyUCAHmSAACdDgAARB8AAIclAgBOYg0A6MsAAD/MAACWzAAA7cwAAETNAACbzQAA8s0AAEnOAACgzgAA984AAE7PAAClzwAA/M8AAFPQAADirAEAOa0BAJCtAQDnrQEAhyUCAHmSAACdDgAARB8AAJsfAADPGAAAMmsCAIlrAgAQ3gIAzVsKACRcCgAP7QwARZ4BAItzBwCoDgoAfpgBANWYAQASewMAX34EAP33AQCCHwEAhyUCAJAiCACLkQ0AVwAAAFcAAACMpQoA6NABAG1KAABx2wEACV4IAIclAgBOYg0Ao4IQAH6YAQCHJQIAEN4CAM1bCgAkXAoAD+0MAEWeAQCLcwcAqA4KAIclAgDGdQwAAAAAAJ0OAABpyAEAwMgBAE4wAwCdDgAAEIwDAIclAgD8/AkAsMoJAHImCgBtSgAAtogGANWYAQDplwAAnQ4AAKgOCgD/DgoAVg8KAK0PCgAEEAoAWxAKANWYAQBsMQIAhyUCAGfDDgB9DQ8ApIcKAPuHCgB9DQ8AAAAAAOmXAAAJXggAqdoJAEYiBACdIgQAKSQQAKgOCgCdDgAAacgBAEQfAACbHwAAtogGAItzBwCoDgoA6ZcAAECYAACS7gAAaxMDAD5wBgBx2wEAyNsBAB/cAQB23AEA/4oAAKDTAQD30wEATtQBAKXUAQD81AEAU9UBAOmXAACdDgAAv6oCAE4wAwB5kgAA0JIAAB/hAgA+cAYATjADAP+KAACg0wEA99MBAE7UAQCl1AEA/NQBAFPVAQCq1QEAYOkBALfpAQAO6gEAZeoBALzqAQAT6wEAausBAMHrAQD/igAAfpgBABaQDgBOMAMAR0ADAMQqCwBPOA8ApjgPAP04DwBUOQ8AqzkPAAI6DwBZOg8ASF4CAJ9eAgD2XgIAwycAAPDjAQBH5AEAnuQBAMUPEABAmAAAku4AAGsTAwAAAAAA/4oAABDeAgBn3gIAxFQCAG2mAQD/igAAZx8QAGwxAgDEVAIA/4oAAKDTAQD30wEATtQBAKXUAQD81AEAU9UBAKrVAQAB1gEAWNYBAK/WAQAG1wEAgh8BAFcAAACuAAAA8JECAMAOEAAXDxAA9A4AAKgOCgDDJwAA8OMBAEfkAQAXqQwAbqkMAHmSAABtpgEAbUoAALaIBgBXAAAAbaYBABaQDgAiOREA8OMBAEfkAQAXqQwAbqkMAEQfAACbHwAAku4AAGsTAwAAAAAAhyUCAIkIEQCeOwIA9TsCAEw8AgCjPAIA+jwCAFE9AgDplwAAqVsBADonAgCRJwIA6CcCAD8oAgCWKAIAkasLANv9DgAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQDaRwIAMUgCAJGrCwDb/Q4AOicCAJEnAgDoJwIAPygCAJYoAgB7uAsAbaYBABaQDgAiOREAeTkRANA5EQCefA8AoqwOAIclAgD8/AkAwA4QAIg8EQDfPBEANj0RAHu4CwDSuAsA3iUCADUmAgCMJgIA4yYCAAAAAABLrA4AhyUCAPz8CQDADhAAiDwRAN88EQA2PREAe7gLANK4CwDeJQIANSYCAIwmAgDjJgIA3iUCADUmAgCMJgIA4yYCAPXkAQCSAgUAWBwQAK8cEAAGHRAAXR0QALQdEAAAAAAAeZIAANCSAAAf4QIAPnAGAMRUAgBl3hAACV4IAJuAAgB5kgAA0JIAAB/hAgA+cAYAxFQCAOnnEADo0AEASF4CAPr+BgDLYggA4dsAAItzBwDo0AEAm4ACAMRUAgD/igAAoNMBAPfTAQBO1AEApdQBAPzUAQBT1QEAqtUBAAHWAQCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAAAAAAMMnAADw4wEAR+QBAJ7kAQBXAAAAhVkJAAwUBwBtSgAAcdsBABDeAgBn3gIAvt4CABXfAgBs3wIAnQ4AAIclAgBnww4AfQ0PAJa2DQCJCBEAWHMQAAAAAABOYg0AoBkQAPcZEABOGhAApRoQAPwaEABTGxAAkasLAGUwEAC8MBAAEzEQAE4wAwAAAAAAi3MHAG1KAABOMAMAerUAAP+PAQCS8wEA6fMBAED0AQCX9AEAP9EBAJbRAQCHJQIAeZIAAJ0OAABFngEA1ZgBAGwxAgCHJQIAnnwPAKKsDgCRqwsAAAAAAG2mAQAAAAAAeZIAAP+KAABT+AgAAAAAAAAAAAB5kgAAbUoAAIclAgBFTAIAnEwCAKrEDwCHJQIAkasLAAAAAAB5kgAA/4oAAHkWCgA+kw0AciYKAMkmCgAgJwoAdycKAIkIEQDOJwoAJSgKAHwoCgCJCBEA//oFAFb7BQCt+wUAMqwPAImsDwDgrA8A//oFAFb7BQCt+wUAMqwPAImsDwDgrA8A/4oAAGcfEAAAAAAAhyUCAGwxAgDDMQIAGjICAAAAAABtSgAAcdsBAMjbAQAf3AEAxFQCACo4DQCBOA0A4dsAACxHAgCDRwIAFrADAG1KAABx2wEAyNsBAB/cAQDEVAIAG1UCAEheAgCfXgIA9l4CAE1fAgCdDgAAja8FAJlxDQCfXgIA9l4CAE1fAgBtSgAAxEoAAJYcEQDtHBEARB0RAAAAAADo0AEAP9EBABjsAQCWPAYADBQHAG1KAACdDgAAxFQCAN1ZAgA0WgIAi1oCAOJaAgA5WwIAkFsCAG1KAADnWwIAwv0PAMRKAACWHBEA7RwRAItzBwDEVAIA3VkCAMRKAACWHBEA7RwRAEQdEQD/igAAfpgBAEYiBABEHwAAHvAMAHXwDADM8AwAI/EMAHrxDADEVAIA3VkCAMRKAACWHBEA7RwRAEQdEQDEVAIA3VkCAMRKAACWHBEA7RwRABawAwBXAAAAhVkJAOmXAABAmAAAku4AAGsTAwDDJwAAGigAAECYAAA/0QEAzxgAAHq1AADplwAA6ZcAAECYAACS7gAAaxMDAP+KAAD6/gYAy2IIAOmXAABAmAAAku4AAGsTAwBtSgAAbUoAAI2vBQDkrwUARzsCAJ47AgD1OwIAcdsBAOmXAABAmAAAku4AAGsTAwCCHwEAy2IIAG1KAADESgAAPpMNAAleCADFDxAAQJgAAJLuAABrEwMAbaYBAG2mAQBXAAAAjKUKAH6YAQDVmAEAipMDAOGTAwDYRxAAP9EBAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQDo0AEAP9EBAHVnAgDMZwIAI2gCAHpoAgDRaAIAKGkCAH9pAgDWaQIAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAAAAAADplwAAFrADAOmXAABAmAAAku4AAGsTAwAJXggAxQ8QAKlbAQDr2xEAQJgAAJLuAABrEwMAAAAAAOmXAABAmAAAsMoJAAleCACp2gkAEN4CAH6YAQBGIgQARZ4BAItzBwCoDgoA6ZcAAECYAACS7gAAaxMDAEc7AgDuhw4AciYKANCSAACe6QIAbaYBAMSmAQCowQsA/8ELAFbCCwAWkA4AQJgAAJLuAABrEwMAZx8QAGwxAgD/EwsA6ZcAAECYAACS7gAAaxMDAOjQAQBsMQIAeZIAAIIfAQDLYggAzxgAAG1KAABx2wEAVC8NAJLuAABrEwMAi3MHAHImCgBtSgAA51sCAMMnAABHOwIA7ocOAHImCgDQkgAAnukCAJ0OAABEHwAAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAP+KAACg0wEA99MBAPUxAAD/6wIAoNMBAL+qAgBx2wEAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAP1xCQDicwcAOXQHAPjCCABPwwgApsMIAP3DCABUxAgAq8QIAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEADBQHAIfnBgDe5wYAD+0MAEWeAQCLcwcAqA4KAOmXAABAmAAAku4AAGsTAwBtSgAA/4oAAFaLAACbgAIAi3MHABDeAgDNWwoAJFwKAMMnAABtpgEAxKYBAOHbAADplwAAQJgAAJLuAABrEwMAtogGAA2JBgC2fgQAbaYBABaQDgCCHwEAy2IIAM8YAABtSgAAcdsBAAleCADFDxAAQJgAAJLuAABrEwMAnQ4AAM6NDQBXAAAAVwAAAIylCgDo0AEAbUoAAHHbAQAJXggA/XEJAOJzBwA5dAcA+MIIAE/DCACmwwgA/cMIAFTECACrxAgA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQBtpgEAbaYBABaQDgBsMQIA8lYLAFP4CAD/igAA8JECAEeSAgCekgIA9ZICAEyTAgCjkwIA+pMCAFGUAgCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEA6NABAEheAgAWsAMAfpgBANWYAQD8ggIAU4MCAKqDAgCtlQIABJYCAFuWAgCylgIACZcCAGCXAgC3lwIADpgCAGWYAgC8mAIAE5kCAGqZAgDBmQIAGJoCAG+aAgDGmgIAHZsCAHSbAgDLmwIAgh8BAEc7AgBYcxAAQJgAAMMnAACRXg0A6NABAIIfAQB+AwYAk20CAHHbAQCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAerUAAIfnBgDe5wYANegGAIzoBgDj6AYAOukGAIIfAQDZHwEACwoMAKnaCQBHIA4A+4IJAHq1AAD/6wIAk20CALaIBgCLcwcAqA4KAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAAAAAAP+KAABT+AgAeZIAAOmXAADplwAAQJgAAJLuAABrEwMAEnsDAHq1AAD/jwEAVpABAK2QAQDplwAAzxgAAHq1AAD/jwEAVpABAK2QAQDplwAAQJgAAJLuAABrEwMACV4IAMUPEAAMFAcAYxQHAFaQAQCtkAEA6ZcAAECYAACS7gAAaxMDAAleCADFDxAAwycAAPuCCQBgKg8A6ZcAAAleCAD/igAAU/gIAKr4CAAB+QgAZ8MOAH0NDwCWtg0ATmINACPTBgCCHwEAy2IIACJjCABHOwIAWHMQAECYAACHJQIA3iUCAFszEQDQkgAAV0ENAG1KAAC2iAYAi3MHAKgOCgBx2wEAXVsLALRbCwBtSgAAhyUCAGfDDgB9DQ8AlrYNAPz8CQBT/QkAkBgGACgwCACHJQIARkoMAGhOAQC/TgEAyy4PACIvDwB5Lw8A0C8PACcwDwBOYg0AoBkQAPcZEABFngEAnJ4BAPOeAQCHJQIARkoMAGhOAQC/TgEAyy4PACIvDwB5Lw8A0C8PACcwDwB5kgAA0JIAAJ7pAgD16QIATOoCAKPqAgD66gIAUesCAKjrAgAIAg4AXwIOALYCDgANAw4AZAMOALsDDgCLcwcAhyUCAN4lAgAaKAAA4dsAAIclAgBOYg0ApWINAEeSAgCekgIA9ZICAEyTAgCjkwIA+pMCAJ0OAACHJQIAZ8MOAH0NDwCWtg0A3iUCAFszEQDQkgAAV0ENAG1KAAC2iAYAi3MHAKgOCgBnHxAAzxgAACYZAACrSgEAqD0CAPz8CQBT/QkAltEBAMUPEAAMFAcA0bUAACKcAgDwkQIAP9EBALDKCQC2xgEAZ8MOAP/6BQAWsAMAglsNANlbDQAwXA0Ah1wNAOmXAABAmAAAku4AAGsTAwDPGAAAbUoAAP+KAACTbQIAtogGAItzBwCoDgoA6ZcAAECYAACS7gAAaxMDAGSiCwD7ggkAYCoPAPyCAgCHJQIAkCIIAMcUAwCCHwEARzsCAO6HDgB+mAEAHr4CAP+KAACTbQIAtogGAItzBwCoDgoAhyUCAJGrCwBlMBAAvDAQABMxEADeJQIANSYCAIwmAgDjJgIAAAAAAIclAgDGdQwAHXYMAJ0HEAD0BxAASwgQAKIIEABA9AEAk20CALaIBgBHOwIAbaYBABaQDgBnww4AFGUCAGtlAgDCZQIA//oFAP/rAgCpDgMAAA8DAFcPAwCuDwMABRADAJMbAwDqGwMAQRwDAJgcAwDvHAMARh0DAJ0dAwD0HQMASx4DAKIeAwAAAAAAeZIAANCSAACe6QIA9ekCAEzqAgCj6gIA+uoCAFHrAgD/+gUA/+sCAKkOAwAADwMAVw8DAK4PAwAFEAMAeZIAAJ0OAABnww4AfQ0PAHwFAwDTBQMAgh8BAH4DBgBnHxAAm7IMAPKyDABJswwAoLMMAP89AgDoqwsAP6wLAHImCgBsMQIAgh8BAIS8AQBGIgQAacgBAEWeAQDVmAEAbDECAIclAgD8/AkAU/0JAG1KAAB5kgAA6NABAKxSDQCcOxAADBQHANG1AAAinAIA8JECAD/RAQCW0QEAhyUCAE5iDQBnHxAACV4IAIclAgCbsgwA8rIMAEmzDACgswwAeZIAAJ0OAABEHwAAxnUMAB12DAAsmQEAg5kBANqZAQAxmgEAiJoBAGu3AQApJBAA4nMHADl0BwD4wggAT8MIAKbDCAD9wwgAVMQIAF9+BAC2fgQADX8EAGR/BAC7fwQAEoAEAAleCACHJQIATmINAGcfEAAJXggAhyUCAJuyDADysgwASbMMAKCzDAB5kgAAnQ4AAEQfAACQIggAxxQDAB4VAwB1FQMAzBUDACMWAwCrNA4AAjUOAFk1DgCwNQ4ABzYOAGcfEAASewMAerUAAE4wAwDOLAsAlGsMAOtrDABCbAwAmWwMAPBsDABHbQwAbMkPAGUwEAC8MBAAEzEQAIclAgApJBAAciYKAG1KAACHJQIAKSQQAMMnAACHJQIAiQgRAO6HDgByJgoA0JIAAJ7pAgD8/AkASF4CAI+PAgDmjwIAKDAIAAleCACHJQIARUwCAH6YAQA+cAYAxEoAAIclAgApJBAAEN4CAM1bCgAkXAoAwycAAG2mAQDEpgEAkCIIAIuRDQDikQ0AOZINAI2vBQCZcQ0A8HENANHiCQCHJQIARUwCAH6YAQA+cAYAxEoAAIclAgApJBAAEN4CAM1bCgAkXAoAwycAAG2mAQDEpgEAgh8BAP33AQBU+AEAq/gBAAL5AQBZ+QEAsPkBABawAwCHJQIARUwCAH6YAQA+cAYAxEoAAIclAgApJBAAEN4CAM1bCgAkXAoAwycAAG2mAQDEpgEArFINAANTDQAQ3gIAfpgBAAleCADFDxAARUwCAH6YAQA+cAYAxEoAAIclAgApJBAAEN4CAM1bCgAkXAoAwycAAG2mAQDEpgEAfpgBAB6+AgCHJQIARkoMAIylCgB+mAEA1ZgBAIqTAwDhkwMA2EcQAIclAgCsUg0AnDsQAECYAAA/0QEAdWcCAMxnAgAjaAIAemgCANFoAgAoaQIATmINAKAZEAD3GRAARZ4BAJyeAQDzngEAgh8BAMtiCADPGAAAbUoAAIclAgBnww4AfQ0PAJa2DQCRqwsA6KsLAG1KAACNrwUAFrADAIclAgDGdQwAHXYMAHR2DACbsgwAEnsDAGl7AwDAewMAgh8BAH4DBgBtpgEAz4MEAHq1AADplwAAiQgRAO6HDgByJgoA0JIAAJ7pAgCdDgAAhyUCACkkEAByJgoAbUoAAIclAgApJBAAwycAAIclAgD8/AkASF4CAI+PAgDmjwIAbUoAAHHbAQBsMQIA/xMLAECYAACHJQIArFINAANTDQAQ3gIAfpgBAAleCADFDxAAiQgRAOAIEQA3CREAXYUCALSFAgALhgIAm4ACAPKAAgAJXggAhyUCAE5iDQCTbQIAUBUBAKcVAQD/6wIAVuwCAK3sAgBpBA4AwAQOABcFDgBuBQ4AxQUOABwGDgBzBg4AygYOACEHDgB4Bw4AzwcOACYIDgB9CA4A1AgOACsJDgCCCQ4A2QkOADAKDgCHCg4A3goOADULDgCMCw4A4wsOADoMDgCRDA4A6AwOAD8NDgCWDQ4A7Q0OAEQODgCbDg4A8g4OAEkPDgCgDw4A9w8OAE4QDgClEA4AfpgBANWYAQD8ggIAU4MCAKqDAgDOWwMAJVwDAHxcAwDTXAMAKl0DAIFdAwDYXQMAL14DAIZeAwDdXgMANF8DAItfAwDiXwMAAAAAAItzBwByJgoAhyUCAMVXDQAcWA0AEN4CAM1bCgBOYg0AZx8QAL4fEAAVIBAAbCAQAMMgEAAaIRAAxnUMAB12DAB0dgwAFrADAG2wAwDEsAMA6NABAIclAgCQIggA5yIIAD4jCACVIwgA7CMIAMcUAwAeFQMAdRUDAMwVAwD/+gUAVvsFAH22DgB5kgAAgh8BAM8YAACHJQIAQJgAAD/RAQDGdQwAbLoMAMO6DACbsgwA8rIMAH0ZAADUGQAAnUoMAPCRAgBIXgIA+v4GAMtiCABtSgAAcdsBAFQvDQCHJQIAiQgRAJ47AgD1OwIATDwCAEZKDABoTgEAP9EBAFcAAACuAAAA8JECAD/RAQCW0QEAhyUCAJAiCACS4g8A6eIPAJNtAgBx2wEAXVsLAMtiCADPGAAAbUoAAIclAgCsUg0AYF4IAAqpEABhqRAARzsCAP+KAACg0wEARB8AAJAiCADHFAMAlBkNAOsZDQBCGg0AmRoNAIclAgDGdQwAbLoMAMO6DACQIggAkuIPAOniDwDwkQIAbUoAALaIBgDVmAEAbDECAIclAgB5kgAAWz8CAHmSAABtSgAAbUoAALaIBgDVmAEAbDECAIclAgCsUg0AKj0OAOHbAADGdQwAHXYMAHR2DAD8/AkAU/0JAAKnAgBjFAcAEN4CAM1bCgAkXAoAFrADAIclAgCCHwEA2R8BAAsKDAD/igAAKDAIAKnaCQDVmAEAbDECAIclAgD8/AkAU/0JAJbRAQDt0QEARNIBAJvSAQDGdQwAbLoMAMO6DABtpgEAxKYBAKDdAwD33QMATt4DAKXeAwD83gMAU98DAGfDDgA6GxEAG0sAAEbLAwCdywMA9MsDAEvMAwCg0wEARB8AAOi6DgCHJQIAxnUMAB12DAB0dgwAgh8BAMtiCAAiYwgA2R8BAOjQAQDGdQwAbLoMAMO6DADGdQwAHXYMAHR2DABegwwAtYMMAAyEDABGSgwAaE4BAL9OAQD9hQ0AVIYNAKuGDQAChw0AhyUCACkkEADDJwAAhyUCAJAiCACS4g8A6eIPAPCRAgBtSgAAtogGANWYAQBsMQIAhyUCAHmSAACyEAoACREKAGARCgBnww4AfQ0PAJa2DQCQIggARB8AAJsfAADyHwAASSAAAKAgAAD3IAAATmINAJNtAgByJgoAySYKACAnCgB3JwoAzicKACUoCgB8KAoA0ygKAMWuDQCNrwUAmXENAI+PAgCdDgAAEIwDAP+KAACTbQIAcdsBAMVXDQA+kw0AnQ4AAL+qAgCHJQIAm7IMADJrAgCJawIA4GsCAG2mAQDEpgEAqMELAP/BCwBWwgsAeRYKAD6TDQCdDgAAv6oCAIQJAADbCQAAZ8MOAH0NDwCWtg0ATmINACgwCAAJXggA6NABAD/RAQCdDgAAacgBAE4wAwApJBAAqA4KAIclAgCQIggA9A4AAHObCQDKmwkAIZwJAHicCQCHJQIAVwAAAG1KAAC2iAYA1ZgBAGwxAgCHJQIA//oFAFb7BQCt+wUABPwFAFv8BQCy/AUACf0FAGD9BQAY9gMAb/YDAMzmCgAj5woAKSQQAKgOCgCHJQIAeZIAANCSAAAf4QIA7xcCAIclAgCsUg0AKj0OAIIfAQB+AwYAfpgBANWYAQCHJQIAkCIIAPQOAABzmwkAypsJACGcCQB4nAkAhyUCACopCgCBKQoA2CkKAC8qCgCGKgoA3SoKADQrCgCLKwoA4isKADksCgCQIggARB8AAJsfAADyHwAASSAAAKAgAABOMAMAnQ4AAIclAgBnww4AOhsRABtLAABySwAAyUsAACBMAAB3TAAAzkwAACVNAAB8TQAA000AAJRrDADrawwAKXEOAIBxDgDXcQ4ALnIOAIVyDgApJBAAqA4KAIclAgDFVw0APpMNAJ0OAABtpgEAxKYBAKjBCwD/wQsAVsILAK3sAgAAAAAAbaYBAJ0OAAC/qgIAFqsCAJNtAgBx2wEAtsYBAAAAAAAAAAAAAAAAAAAAAAAAAAAAaSQDAMAkAwC2xgEAAAAAAGkkAwDAJAMAhyoDAFb7BQAmrAwAfawMANSsDAArrQwAgq0MANmtDAAwrgwAh64MAH8cBADWHAQALR0EAIQdBADbHQQAMh4EAIkeBADgHgQANx8EAI4fBADlHwQAPCAEAJMgBADqIAQAQSEEAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMAxvYDAB33AwB09wMAy/cDACL4AwB5+AMA0PgDACf5AwB++QMA1fkDACz6AwCD+gMA6f0DAED+AwCX/gMA7v4DAEX/AwCc/wMA8/8DAEoABAChAAQA+AAEAE8BBACmAQQA/QEEAFQCBACrAgQAAgMEAFkDBABsMQIATjADAHq1AAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwBHOwIA/4oAAJ0OAAAmLQQAfS0EABaQDgCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEANWIOAIxiDgDjYg4AOmMOAJFjDgDoYw4AP2QOAJZkDgDtZA4ARGUOAB33AwB09wMA3iUCADUmAgCMJgIA4yYCAJrwDgCmBgUA/QYFAFQHBQCrBwUAAggFAFkIBQCwCAUABwkFAJGrCwDb/Q4AAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEACl4BAEVMAgB5FgoAfpgBAB6+AgAWkA4A//oFAFb7BQCt+wUABPwFAFv8BQCy/AUACf0FAGD9BQC3/QUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMAchcHAMkXBwAgGAcAdxgHAM4YBwAlGQcAxxQDAB4VAwB6tQAAVwAAAK1IBADEVAIANcMQAIzDEAAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQCdDgAAxFQCAAHKEAD/6wIAqQ4DAAAPAwBXDwMArg8DAHq1AAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDPGAAAJhkAAOHbAADplwAAQJgAAJLuAABrEwMAWMoQACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BABj2AwBv9gMACV4IAP1xCQDplwAAnQ4AAJkkDwAmGQAAq0oBAHHbAQCpWwEADIkNAEYiBAC/qgIAcdsBAFQvDQCS7gAAaxMDAP/6BQD/6wIAVuwCAK3sAgAE7QIA3iUCADUmAgCMJgIA4yYCAIIfAQBXAAAAjKUKAOjQAQBtSgAAcdsBAFQvDQCS7gAAaxMDAG2mAQDPgwQAJoQEAFcAAACNPwAAxFQCAGXeEAB+mAEARzsCAMEEBwBIXgIA8JECABawAwCHJQIAm7IMAPKyDABJswwAoLMMAG2mAQDEpgEAoN0DAPfdAwDFDxAACV4IAE4wAwDYOA0A4nMHADl0BwCQdAcAhyUCAJAiCABbPwIA/4oAAPCRAgA/0QEAltEBAIclAgApJBAARzsCABjsAQCWPAYADBQHAG1KAACHJQIA3iUCAPuCCQBSgwkAzTgDACQ5AwCDHQsA1BkAAI0/AACHJQIARUwCADjcAABIXgIAo4IQAPqCEACFWQkA3FkJAIclAgBOYg0AEN4CAGfeAgB+mAEAHr4CAP+KAABHOwIAbaYBAIclAgDGdQwAX34EALZ+BABtpgEAFpAOAIIfAQDLYggAzxgAAG1KAAD/igAAk20CALaIBgCLcwcAqA4KAE4wAwBtpgEAz4MEACaEBABXAAAAjT8AAIclAgBtpgEAz4MEACaEBAB9hAQA1IQEACuFBACChQQA2YUEADCGBACHhgQA3oYEADWHBAD3swwATrQMAKW0DAD8tAwAhyUCAG2mAQDPgwQAJoQEAH2EBADUhAQAK4UEAIKFBADZhQQAMIYEAIeGBADehgQANYcEAPezDABOtAwApbQMAPy0DABoTgEAv04BAMsuDwAiLw8AeS8PAG2mAQAWsAMAerUAAP+PAQAmzAEAwycAAPuCCQBsMQIAeZIAAOjQAQA/0QEAltEBAE4wAwCrWQQAfVoNANRaDQArWw0AbOkEAMPpBAAa6gQAceoEAMjqBAAf6wQAdusEAM3rBABGSgwAb00EAMcUAwB6tQAA/48BAOJzBwClZw4AtDMDAAs0AwBiNAMAuTQDABA1AwBnNQMAkxsDAOobAwBBHAMAmBwDAO8cAwBOYg0AI9MGAEZKDACMpQoAnQ4AAL+qAgBsMQIA6NABAD/RAQCdDgAAJi0EAH0tBAC0TAgArFINAOjQAQDADhAAEN4CAM1bCgAkXAoA2kcCADFIAgBnww4Aja8FAOSvBQDplwAACV4IAG1KAAC2iAYADYkGAGSJBgC7iQYAEooGAGmKBgBOMAMAXTMDAHxhBADTYQQAKmIEAIFiBADYYgQAL2MEAIZjBADdYwQANGQEAB33AwCzigoACosKAGGLCgC7iQYAEooGAGmKBgAUjQoAmtwKAPHcCgA6JwIAfpgBAOjQAQA/0QEAUBUBAMdVEACHJQIA//oFAOjQAQA/0QEAkBgGAJNtAgBx2wEATmINACPTBgD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMAxvYDAB33AwB09wMAy/cDAMVXDQA+kw0AnQ4AAL+qAgBtpgEAxKYBAKjBCwD/wQsAVsILAHkWCgA+kw0AnQ4AAL+qAgCHJQIATmINAGcfEAAJXggAhyUCAEZKDACMpQoA6NABAG1KAAAAAAAAAAAAAAAAAADEVAIAAAAAAMRUAgAAAAAAxFQCAAAAAACHJQIATmINAGcfEAAJXggAhyUCAEZKDACMpQoA6NABAG1KAADjGhEAAAAAAIclAgBOYg0AZx8QAAleCACHJQIARkoMAIylCgDo0AEAbUoAAG2mAQDEpgEAoN0DAPfdAwBO3gMApd4DAPzeAwBT3wMAZ8MOADobEQAbSwAAUBUBAFcAAACMpQoAnQ4AAL+qAgBsMQIA6NABAD/RAQCdDgAAJi0EAH0tBABQFQEA4ZgEAE5iDQCtKA8A0eIJACjjCQB/4wkA1uMJAPz8CQBT/QkAAqcCAGMUBwDo0AEACV4IAIclAgBOYg0AKDAIAH8wCADWMAgALTEIAHHbAQBULw0AxFQCAIclAgCCHwEAhLwBAEYiBABpyAEARZ4BANWYAQBsMQIAhyUCAE5iDQAj0wYAbDECAP8TCwCCHwEAhyUCAMZ1DAA+cAYAlXAGAKxSDQCcOxAAHBAQAIVZCQCPJxAA5icQAJ0OAACHJQIAKSQQAKgOCgAAAAAAAAAAAE4wAwBHQAMAxCoLABsrCwByKwsAySsLAJGrCwBlMBAAvDAQABMxEABnww4AfQ0PAJa2DQD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQBfoQsAtqELAA2iCwB5FgoAPpMNAJ0OAAC/qgIAvsMOAFQvDQCrLw0AAjANAFkwDQCwMA0ABzENAF4xDQC1MQ0ADDINAKxSDQAIaBEA6ZcAAGfDDgB9DQ8AlrYNAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBg/QUAGPYDAG/2AwDG9gMAHfcDALOKCgAKiwoAYYsKALuJBgASigYAwA4QAD5wBgBx2wEA//oFAFb7BQCt+wUABPwFAFv8BQCy/AUACf0FAI1JAgDkSQIAtogGAA2JBgBkiQYAu4kGABKKBgBpigYAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FALf9BQAO/gUAZf4FALz+BQAT/wUAkCIIAEQfAACbHwAA8h8AAEkgAABOMAMAXTMDAHxhBADTYQQAKmIEAIFiBADYYgQAL2MEAIZjBADdYwQANGQEAItkBADiZAQAOWUEAJBlBADnZQQAPmYEAB33AwCzigoACosKAGGLCgC4iwoAD4wKAGaMCgC9jAoAzTgDACQ5AwCDHQsAdM0MALDKCQByJgoAbUoAAHHbAQBnww4AfQ0PAJa2DQDFVw0APpMNAJ0OAADplwAAbUoAAOHbAACLcwcA6NABAJuAAgCHJQIAxnUMAGy6DADDugwAeZIAANCSAADo0AEAP9EBAJAYBgDnGAYAPhkGAP+KAABHOwIAbaYBAAAAAACHJQIAm4ACAIgoDQDVmAEA/IICAE4wAwBdMwMAfGEEANNhBAAqYgQAgWIEANhiBAAvYwQA2kcCADFIAgD/+gUA/+sCAEVAEQCcQBEA80ARAFQ0DgD4UgMA9A4AAIIfAQDLYggAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAX6ELALahCwANogsAeRYKABawAwAAAAAAAAAAAAAAAABpJAMAwCQDALbGAQAAAAAAAAAAAAAAAAAAAAAAaSQDAMAkAwCHKgMAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMAxvYDAHIXBwDJFwcAIBgHAHcYBwDOGAcAJRkHAIIfAQBTkgUAqpIFAAGTBQBYkwUACV4IAEc7AgCHJQIAgh8BANkfAQALCgwAYgoMALkKDACCHwEAU5IFAKqSBQABkwUAWJMFAHq1AADRtQAAKLYAAH+2AADWtgAAfgMGAPCRAgDADhAA/4oAACgwCACCHwEAU5IFAKqSBQABkwUAWJMFALRMCACsUg0A6NABAMAOEAAQ3gIAzVsKACRcCgDaRwIAMUgCAGfDDgCNrwUA5K8FAOmXAAAJXggAgh8BAP33AQDQkgAAH+ECAHbhAgD/6wIAk20CALaIBgCLcwcAqA4KAJ0OAABEHwAAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BADViDgCMYg4AVOcPAE9dBQCmXQUA/V0FAFReBQCrXgUAAl8FAFlfBQCwXwUAB2AFAF5gBQC1YAUAhyUCAG2mAQDPgwQA1ZgBAJuAAgCHJQIA3iUCADUmAgCMJgIANDoNAIs6DQBOYg0AKDAIAAleCADo0AEAP9EBAJ0OAABpyAEAS6wOACr8AAD5fwUAPpMNAJ0OAAC/qgIAgAYKANcGCgAuBwoAhQcKANwHCgAzCAoAiggKAOEICgA4CQoAjwkKAE5iDQBnHxAAFrADAIclAgApJBAAwycAAIclAgBnww4AOhsRABtLAABySwAAVwAAAIVZCQAMFAcAfpgBAEzKDQD7ggkA6ZcAAAleCACHJQIAgh8BAFOSBQCqkgUAAZMFAFiTBQC0TAgAxVcNAD6TDQCdDgAAv6oCAMVXDQA+kw0AnQ4AAL+qAgCHJQIAeRYKABawAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJICBQDpAgUA6ucJAEHoCQCY6AkA7+gJAEbpCQCd6QkA9OkJAEvqCQCi6gkA+eoJAFDrCQCn6wkA/usJAFXsCQCs7AkAA+0JAB33AwCzigoACosKAGGLCgC4iwoAD4wKAGaMCgC9jAoAKSQQAOJzBwA5dAcA+MIIAE/DCACmwwgA/cMIAFTECACrxAgAhyUCAGfDDgC2iAYADYkGAGSJBgAJXggAhyUCACkkEAByJgoAFrADAJ0OAAAmLQQAfS0EAM+DBACNSQIAnQ4AACYtBAB9LQQAjUkCAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEANWIOAIxiDgDjYg4AOmMOAJFjDgDoYw4AP2QOAJZkDgDtZA4ARGUOAJtlDgDyZQ4ASWYOAKBmDgD3Zg4ATmcOAB33AwCzigoACosKAGGLCgC4iwoAD4wKAGaMCgC9jAoAKSQQAOJzBwA5dAcA+MIIAE/DCACmwwgA/cMIAFTECACrxAgAhyUCAGfDDgC2iAYADYkGAGSJBgAJXggAhyUCACkkEAByJgoAHfcDALOKCgAKiwoAYYsKALiLCgAPjAoAZowKAL2MCgApJBAA4nMHADl0BwD4wggAT8MIAKbDCAD9wwgAVMQIAKvECACHJQIAZ8MOALaIBgANiQYAZIkGAAleCACHJQIAKSQQAHImCgDo0AEAwA4QAB6+AgDEpgEAG6cBABawAwCNSQIAerUAAP+PAQAmzAEAfcwBANTMAQArzQEAgs0BAOPPAQBtlQ8AoB4RAHmSAADQkgAAawkBAMIJAQAZCgEAcAoBAMcKAQAeCwEAdQsBAK5wBQAFcQUAXHEFALNxBQAKcgUAYXIFALhyBQAPcwUAZnMFAL1zBQCCHwEAU5IFAKqSBQABkwUAWJMFAAAAAABQFQEA4ZgEAE5iDQCtKA8A0eIJACjjCQB/4wkA1uMJAPz8CQBT/QkAAqcCAGMUBwDo0AEACV4IAIclAgBOYg0AKDAIAH8wCADWMAgALTEIAHHbAQBULw0AxFQCAIclAgCCHwEAhLwBAEYiBABpyAEARZ4BANWYAQBsMQIAhyUCAE5iDQAj0wYAbDECAP8TCwCCHwEAhyUCAMZ1DAA+cAYAlXAGAKxSDQCcOxAAHBAQAIVZCQCPJxAA5icQAJ0OAACHJQIAKSQQAKgOCgAAAAAAx1UQAI2vBQDkrwUAO7AFAJKwBQDpsAUAQLEFAFAVAQDhmAQATmINAK0oDwDR4gkAKOMJAH/jCQDW4wkA/PwJAFP9CQACpwIAYxQHAOjQAQAJXggAhyUCAE5iDQAoMAgAfzAIANYwCAAtMQgAcdsBAFQvDQDEVAIAhyUCAIIfAQCEvAEARiIEAGnIAQBFngEA1ZgBAGwxAgCHJQIATmINACPTBgBsMQIA/xMLAIIfAQCHJQIAxnUMAD5wBgCVcAYArFINAJw7EAAcEBAAhVkJAI8nEADmJxAAnQ4AAIclAgApJBAAqA4KAAAAAACbsgwA8rIMAE4wAwAAAAAAAAAAAAAAAAAAAAAAAAAAANpHAgAxSAIAkCIIAOciCAA+IwgA1C0EACsuBACCLgQA2S4EADAvBABUNA4AAAAAAAAAAACdDgAAAAAAAAAAAACSAgUAxTkHABw6BwCt+wUABPwFAFv8BQCy/AUACf0FAGD9BQAY9gMAb/YDAMb2AwAd9wMAs4oKAAqLCgBhiwoAu4kGABKKBgBpigYATjADAEBVBACXVQQA7lUEAEVWBACcVgQA81YEAEpXBAChVwQAO8QJAJLECQDpxAkAQMUJAJfFCQCQIggA9A4AAHObCQDKmwkAIZwJAHicCQCHJQIATmINAMMnAABtSgAAcdsBAFQvDQB6tQAA/48BACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BADDOAQCHzgEA3s4BADXPAQCMzwEAeZIAANCSAAAf4QIA7xcCAIclAgCQIggA9A4AAHObCQDKmwkAIZwJAHicCQBOMAMA/4oAAO8XAgDo0AEAP9EBAG1KAACNrwUA5K8FAOmXAACdDgAAVwAAAIVZCQDcWQkAku4AAD/RAQAAAAAAeZIAAOmXAACdDgAAv6oCAHHbAQBULw0Aku4AAGsTAwDOLAsAJS0LAHwtCwDnGAYAPhkGAJUZBgDsGQYAQxoGAJoaBgDxGgYASBsGAJ8bBgD2GwYATRwGAKQcBgD7HAYAUh0GAKkdBgAAHgYAVx4GAK4eBgAFHwYAXB8GALMfBgAKIAYAYSAGALggBgAPIQYAZiEGAL0hBgAUIgYAayIGAMIiBgAZIwYAcCMGAMcjBgAeJAYAdSQGAMwkBgD/igAAVosAAJSuCADrrggACV4IAIclAgBnww4AOhsRABtLAACCHwEAfgMGANUDBgCHJQIA/PwJAFP9CQBtSgAAja8FAOSvBQDplwAAnQ4AAIclAgBGSgwA4FUPANxZCQCHJQIA/PwJAFP9CQAAAAAAeZIAAOmXAACdDgAAv6oCAIclAgBtpgEAz4MEAF9+BACEvAEAPnAGAJVwBgDh2wAAeRYKAH6YAQB6tQAAlK4IAIclAgDGdQwAbLoMAE4wAwB6tQAA/+sCAKkOAwAADwMAVw8DAK4PAwB6tQAA/48BACbMAQB9zAEA1MwBACvNAQCCzQEADJgQAFQvDQCS7gAAaxMDAPUxAADRtQAAKLYAAH+2AADWtgAALbcAAE4wAwB6tQAA/+sCAKkOAwAADwMAVw8DAK4PAwB6tQAA/48BACbMAQB9zAEA1MwBACvNAQCCzQEADJgQAFQvDQCS7gAAaxMDAPz8CQBT/QkAltEBAO3RAQBE0gEAm9IBAPLSAQBJ0wEAbaYBAMSmAQCowQsA/8ELAFbCCwB5FgoAPpMNAJ0OAAC/qgIA6ZcAAAleCACp2gkARiIEAPUxAAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwDylAYASZUGAKCVBgD3lQYATpYGAKWWBgD8lgYAU5cGAEBVBACXVQQA7lUEAEVWBACcVgQA81YEAEpXBAChVwQA+FcEAE9YBACmWAQA/VgEAFRZBAAY7AEAb+wBAMbsAQAd7QEAdO0BALFECgAIRQoAX0UKALZFCgANRgoAZEYKALtGCgASRwoAaUcKAMBHCgAXSAoAbkgKAMVICgAcSQoAc0kKAMpJCgAhSgoAeEoKAM9KCgD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwDylAYASZUGAKCVBgD3lQYATpYGAKWWBgD8lgYAU5cGAKUwAwD8MAMAawkBAMIJAQAZCgEAcAoBAMcKAQAeCwEAdQsBAK5wBQAFcQUAXHEFALNxBQAKcgUAYXIFAEQfAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEANWIOAIxiDgDjYg4AOmMOAJFjDgDoYw4AP2QOAJZkDgDtZA4ARGUOAJtlDgDyZQ4ASWYOAKBmDgD3Zg4ATmcOAEZKDAA+MgsAlTILAOwyCwBDMwsAmjMLAPEzCwBINAsAnzQLAPY0CwBNNQsApDULAPs1CwBSNgsAqTYLAAA3CwBXNwsArjcLAAU4CwBcOAsAszgLAAo5CwBhOQsAzTgDACQ5AwCDHQsAdM0MALDKCQByJgoAbUoAAHHbAQBnww4AfQ0PAJa2DQDFVw0APpMNAJ0OAABtSgAAhyUCAEVMAgCcTAIAqsQPAAHFDwCbsgwA8rIMAEmzDACgswwARkoMAIylCgCdDgAAacgBAEWeAQBHOwIAbaYBABaQDgBnww4AfQ0PAJa2DQD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAX6ELALahCwANogsAZ8MOADobEQAbSwAA/PwJAFP9CQCW0QEA7dEBAETSAQCb0gEAkCIIAEQfAACbHwAA8h8AAEkgAACgIAAAKvwAALRlDQD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMA3LUKAB12DAB0dgwAiQgRAMEEBwAYBQcAbwUHAMYFBwDPGAAAhyUCAJAiCACS4g8A6eIPAJNtAgB+mAEAX34EAMtiCACLcwcAciYKAG1KAABx2wEAVC8NAJLuAABrEwMA7W4QALaIBgANiQYAZIkGALuJBgASigYAaYoGABSNCgBrjQoAwo0KABmOCgBwjgoAx44KAB6PCgB1jwoAzI8KACOQCgB6kAoA0ZAKACiRCgB/kQoAkCIIAEQfAACbHwAA8h8AAEkgAADplwAAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAM04AwAkOQMAgx0LANodCwAxHgsAiB4LAN8eCwA2HwsA3iUCAPuCCQBSgwkAqYMJACkkEADo0AEAhyUCAKxSDQADUw0A6NABAD/RAQACpwIAbUoAAOdbAgDo0AEAFrADAIclAgC2xgEAeZIAANCSAAAf4QIA7xcCADViDgCMYg4A42IOADpjDgCRYw4A6GMOAD9kDgCWZA4A7WQOAERlDgCbZQ4A8mUOAElmDgCgZg4A92YOAE5nDgDBEwoABv8JAGwCCgDDAgoAGgMKAHEDCgAd9wMAs4oKAAqLCgBhiwoAuIsKAA+MCgBmjAoAvYwKACkkEADicwcAOXQHAPjCCABPwwgApsMIAP3DCABUxAgAq8QIAIclAgBnww4AtogGAA2JBgBkiQYACV4IAIclAgApJBAAciYKAMCKBgAXiwYAbosGAMWLBgClZw4A/GcOAFNoDgCqaA4AAWkOAFhpDgCvaQ4ABmoOAF1qDgC0ag4AHfcDALOKCgAKiwoAYYsKALuJBgASigYAD+0MAEQfAAD4ZgcAFpAOAAwUBwBtSgAAtogGAItzBwCoDgoAbUoAALaIBgANiQYAZIkGALuJBgASigYAaYoGAMCKBgAXiwYAbosGAMWLBgDplwAAQJgAAJLuAABrEwMAGjICALaIBgANiQYAZIkGALuJBgASigYAaYoGAMCKBgCxqg0ACKsNAF+rDQC2qw0ADawNAGSsDQC7rA0A9A4AAHObCQDKmwkAIZwJAHicCQDnWwIA4nMHADl0BwCQdAcA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQBOMAMAoXUKAECYAACS7gAAaxMDAM8YAAAmGQAAaB8JAL8fCQAWIAkAbSAJAMQgCQAbIQkASF4CABDeAgBn3gIAfpgBAB6+AgD/igAARzsCAG2mAQCHJQIAZ8MOALaIBgANiQYAZIkGALuJBgASigYAaYoGABSNCgBXmA0AP+8HAJbvBwDt7wcARPAHAJvwBwDy8AcASfEHAKDxBwBOYg0AwycAAG1KAABx2wEAVC8NAJAiCABEHwAA+GYHABaQDgAMFAcAbUoAALaIBgCLcwcAqA4KAIclAgCRqwsAZTAQALwwEAATMRAA+FIDAJIgCwDpIAsAQCELAJchCwDuIQsARSILAPTaBgBL2wYAotsGAPnbBgBQ3AYAp9wGAP7cBgBV3QYArN0GAAPeBgAk9gYAe/YGANL2BgAp9wYAgPcGANf3BgB5kgAA6NABAOjQAQA/0QEAzxgAAG1KAACHJQIAZ8MOAH0NDwDicwcAjKUKAG2mAQDEpgEAG6cBABawAwBOMAMAAAAAAIclAgBnww4AFGUCAGtlAgDCZQIAVDQOAJAiCACLkQ0AfpgBAD5wBgD/igAARzsCAG2mAQAWkA4AkCIIAEQfAACbHwAA8h8AAEkgAACgIAAA+LgGAIclAgDeJQIAkV4NAOheDQA/Xw0AZ8MOALaIBgANiQYAZIkGALuJBgASigYAaYoGAE4wAwDNOAMAJDkDAIMdCwBOYg0AEN4CAGfeAgB+mAEAHr4CAP+KAABHOwIAbaYBABaQDgCQIggARB8AAJsfAADyHwAASSAAAKAgAACCHwEAAAAAAFcAAAB6tQAA/48BACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BABj2AwBv9gMA8pQGAMBbDgAXXA4AblwOAOjQAQCwygkAUFsPAPKAAgBAmAAAlGsMAOtrDADo0AEAP9EBAJAYBgDnGAYAPhkGAP+KAABHOwIAbaYBABaQDgDplwAAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BANCSAADPGAAAFrADAE4wAwBtSgAAerUAAFcAAAB6tQAA/48BACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BABj2AwBv9gMAwycAAPDjAQBH5AEAnuQBAHq1AAD/jwEAJswBAH3MAQDo0AEAP9EBAHVnAgBbMxEAnQ4AAEQfAAC3EQoADhIKAGUSCgC8EgoAExMKAGoTCgBJlQYAoJUGAPeVBgBOlgYApZYGAPyWBgBTlwYA+FIDAPQOAABzmwkAypsJACGcCQB4nAkAhyUCAJGrCwBlMBAAvDAQABMxEAClZw4A/GcOACfoEQB+6BEA1egRACzpEQCD6REA2ukRADHqEQCI6hEA3+oRADbrEQAtHQQAhB0EANsdBAAyHgQAiR4EAOAeBAA3HwQAjh8EAMVXDQA+kw0AnQ4AAEc7AgDBBAcAGAUHAG8FBwDGBQcAHQYHAA/tDACbdgAAEN4CAGfeAgB+mAEAHr4CAP+KAABHOwIAbaYBAP+KAADDJwAAm4ACAIQsBwAY7AEAnQ4AAPUxAAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwDylAYAwFsOABdcDgBuXA4AhyUCAIIfAQB+AwYAFrADAIclAgCbsgwA8rIMAEmzDACgswwAiQgRAFhzEABOYg0AEN4CAGfeAgB+mAEAHr4CAP+KAABHOwIAbaYBAP/6BQBW+wUAJqwMAH2sDADUrAwAK60MAIKtDADZrQwAMK4MAIeuDADergwANa8MAJGrCwCdDgAAv6oCABarAgBHOwIAbaYBAM+DBABGIgQAWz8CAOQpDQDGdQwAVwAAAFaLAAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwDylAYAwFsOABdcDgBuXA4ApTADAPwwAwBrCQEAwgkBABkKAQBwCgEAxwoBAB4LAQB1CwEAiQgRAO6HDgCLcwcAbUoAAJ0OAAC/qgIAja8FAJlxDQCjghAAhyUCAN4lAgDo0AEAsMoJAIIfAQCHJQIAtsYBACr8AABOMAMAXTMDANG1AAAotgAAf7YAANa2AAAttwAAhLcAAMVXDQAcWA0Ac1gNAMpYDQD8/AkAlGsMAOtrDACHJQIAKSQQAHImCgBtSgAAhyUCACkkEADDJwAAhyUCAE5iDQAQ3gIAZ94CAH6YAQAevgIA/4oAAEc7AgBtpgEAFpAOAIkIEQDBBAcAGAUHAG8FBwDGBQcAHQYHAA/tDACHJQIAZ8MOAH0NDwCWtg0AZ8MOAP+KAABT+AgAm4ACAIclAgBnww4AZx8QABawAwCHJQIAKSQQAMMnAACHJQIAZ8MOADobEQAbSwAAcksAAMlLAADplwAACV4IAIclAgCJCBEAwQQHABgFBwBvBQcAxgUHAB0GBwBtpgEA/4oAAKDTAQC/qgIAtogGAHq1AACdDgAARB8AAP+KAADwkQIAerUAAJSuCADEVAIANcMQAIzDEAAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQCdDgAAxFQCAAHKEABYyhAAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwDylAYAwFsOABdcDgBuXA4AAAAAAFcAAACFWQkAjycQAJ0OAABEHwAA/4oAAPCRAgB6tQAAlK4IAFcAAABKTQIAxFQCADXDEACMwxAAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAnQ4AAMRUAgAByhAAWMoQACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BABj2AwBv9gMA8pQGAMBbDgAXXA4AblwOAG2mAQDPgwQAEN4CAH6YAQDVmAEAbDECAHq1AAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwDM5goARB8AAJsfAACS7gAAaxMDAE4wAwBtSgAAja8FAJlxDQCPjwIAnQ4AAFcAAACMpQoA6NABAG1KAABOMAMAbUoAAI2vBQCZcQ0Aj48CAJ0OAABXAAAAjKUKAOjQAQBtSgAATjADAKF1CgBAmAAAku4AAGsTAwBAVQQAl1UEAO5VBABFVgQAnFYEAPNWBABKVwQAd9UKAM9PCwAmUAsAfVALANRQCwArUQsAglELANlRCwAwUgsAh1ILAN5SCwA1UwsAjFMLAONTCwA6VAsAkVQLAOhUCwA/VQsAllULAO1VCwBEVgsAm1YLAKVnDgD8Zw4AU2gOAKpoDgABaQ4AWGkOAK9pDgAGag4AXWoOALRqDgALaw4AYmsOALlrDgAQbA4AZ2wOAL5sDgAn6BEAfugRANXoEQDPGAAAUBUBAMdVEACHJQIA//oFAFb7BQCt+wUABPwFAFv8BQCy/AUACf0FAF+hCwC2oQsADaILAJAiCABEHwAAmx8AAPIfAABJIAAAoVcEAPhXBABPWAQAplgEAP1YBABUWQQAXgkFALUJBQAMCgUAjUkCAORJAgCNrwUAmXENAI+PAgCdDgAAVwAAAIylCgDo0AEAbUoAAMRUAgAByhAAWMoQACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BABj2AwBv9gMA8pQGAMBbDgAXXA4AblwOAMVcDgAcXQ4Ac10OAMpdDgAhXg4AeF4OAM9eDgAmXw4AfV8OANRfDgCRqwsAZTAQALwwEAATMRAAcBQDAP/rAgBFQBEAnEARAPNAEQBKQREAoUERAPhBEQBPQhEApkIRALjEBAAPxQQAZsUEAL3FBAAUxgQAa8YEAMLGBAAZxwQAcMcEAMfHBAAeyAQAdcgEAMzIBAAjyQQAeskEANHJBAAoygQAf8oEANbKBAAtywQAhMsEANvLBAAyzAQAicwEAODMBAA3zQQAa40KAP/rAgBFQBEAnEARAPNAEQBKQREAoUERAPhBEQBPQhEApkIRAF0zAwB8YQQA02EEACpiBACBYgQA2GIEAC9jBABtSgAAtogGAA2JBgBkiQYAu4kGABKKBgBpigYAwIoGABeLBgBuiwYAxYsGAM04AwDplwAA4dsAAHq1AAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwDylAYAwFsOABdcDgBuXA4AqA4KACYZAAA4ZQsAj2ULAP+KAAAQ3gIAZ94CAH6YAQAevgIA/4oAAEc7AgBtpgEAFpAOAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAnQ4AAJt2AAAQ3gIAZ94CAH6YAQAevgIA/4oAAEc7AgBtpgEAFpAOAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAzTgDACQ5AwCDHQsATmINAKlFDgDPgwQAEN4CAM1bCgCbsgwA8rIMADhlCwCPZQsAnQ4AAIclAgDeJQIAkV4NAOheDQA/Xw0All8NAMZ1DAAddgwAdHYMABawAwBtsAMAxLADAOjQAQCHJQIA//oFANG1AAB5kgAAnQ4AAL+qAgBx2wEAhyUCAJuyDADysgwAOGULAI9lCwBOYg0AEN4CAGfeAgB+mAEAHr4CAP+KAABHOwIAbaYBAHq1AAB6tQAAh+cGAN7nBgA16AYAjOgGAJbRAQCHJQIARUwCAHkWCgB+mAEAHr4CABaQDgCRqwsAnQ4AAL+qAgAWqwIARzsCAG2mAQDPgwQARiIEAFs/AgB+mAEA1ZgBAGwxAgCHJQIATmINACPTBgD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMAxvYDAB33AwB09wMAy/cDACL4AwDnIggAPiMIAJUjCADsIwgAQyQIAJokCADxJAgASCUIAGfDDgB6tQAAVwAAAAAAAAB+mAEAVwAAAIclAgD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMAxvYDAB33AwB09wMAy/cDAGfDDgA6GxEAG0sAAMVXDQA+kw0AnQ4AAL+qAgBnww4AtogGAA2JBgBkiQYAu4kGABKKBgBpigYAFI0KAJrcCgDx3AoAOicCAH6YAQDo0AEAP9EBACkkEADicwcAOXQHAJB0BwCHJQIAZ8MOAHq1AABXAAAAhyUCAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBg/QUAGPYDAG/2AwDG9gMARUwCAH6YAQA+cAYAxEoAAIclAgDFVw0APpMNAJ0OAAC/qgIAhyUCAG1KAAB6tQAAVwAAAIclAgBGSgwAaE4BAL9OAQAQ3gIAfpgBAAleCADFDxAAQJgAAE4wAwCrWQQAfVoNANRaDQArWw0AcBQDABQdBQBWkAEArZABAAAAAADvFwIAAAAAAAAAAAAAAAAA/4oAAMMnAACdDgAAJi0EAH0tBAC0TAgAC00IAGJNCAC5TQgAEE4IAGdOCAC+TggAFU8IAOMaEQBsNgMAerUAAFcAAACHJQIARkoMAGhOAQC/TgEAEN4CAH6YAQAJXggAxQ8QAECYAABOMAMAq1kEAH1aDQDUWg0AK1sNAHAUAwAUHQUAVpABAK2QAQAAAAAA7xcCAAAAAAAAAAAAAAAAAP+KAADDJwAACV4IAGBeCACjghAAbUoAALaIBgAQ3gIAzVsKAJAiCABEHwAAmx8AAPIfAABJIAAAoCAAAPcgAADm6wMAPewDAJTsAwB5kgAA0JIAAGsJAQAQ3gIAZ94CAH6YAQAevgIA/4oAAEc7AgBtpgEAFpAOACkkEADo0AEAhyUCAKxSDQAqPQ4AgT0OANg9DgAvPg4Ahj4OAN0+DgA0Pw4Aiz8OAOI/DgA5QA4AkEAOAOdADgAJXggAnQ4AAIclAgCQIggARB8AAJsfAADyHwAASSAAAKAgAAD3IAAA5usDAD3sAwCU7AMAeZIAANCSAABrCQEAEN4CAGfeAgB+mAEAHr4CAP+KAABHOwIAbaYBABaQDgApJBAA6NABAIclAgCsUg0AKj0OAIE9DgDYPQ4ALz4OAIY+DgDdPg4AND8OAIs/DgDiPw4AOUAOAJBADgDnQA4AhyUCAJAiCABEHwAAmx8AAPIfAABJIAAAoCAAAPcgAADm6wMAPewDAJTsAwB5kgAA0JIAAGsJAQAQ3gIAZ94CAH6YAQAevgIA/4oAAEc7AgBtpgEAFpAOACkkEADo0AEAhyUCAKxSDQAqPQ4AgT0OANg9DgAvPg4Ahj4OAN0+DgA0Pw4Aiz8OAOI/DgA5QA4AkEAOAOdADgDjGhEAQFUEAPuCCQBSgwkAqYMJAJuyDADysgwASbMMAKCzDAD3swwATrQMAKW0DAD8tAwAAAAAAP+KAABT+AgAqvgIAM+DBABOMAMA6NABAMAOEADVmAEAbDECAP8TCwBAmAAAku4AAGsTAwDplwAAgh8BAHq1AAD/6wIAVosAAJSuCADrrggAnQ4AAEQfAACbHwAA8h8AAEkgAACgIAAAP9EBAECYAACS7gAAaxMDABjsAQCdDgAATjADAPhSAwCSIAsA6SALAEAhCwCXIQsA7iELAEUiCwBUNA4AXTMDAHxhBADTYQQAKmIEAIFiBADYYgQAL2MEAF+hCwC2oQsAUogKAKmICgAAiQoAu4kGABKKBgBpigYAFI0KAGfDDgB9DQ8ACV4IAMUPEACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAbDYDADobEQAbSwAAV70DAK69AwAFvgMAXL4DALO+AwAKvwMAYb8DALi/AwBOYg0AEN4CAGfeAgB+mAEAHr4CAP+KAABHOwIAbaYBABaQDgD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMAxvYDAE5iDQCTbQIAF7MOADobEQB+mAEARiIEAJ0iBACCHwEA2R8BAIIfAQDLYggAzxgAAF55CgC1eQoADHoKADQ6DQCLOg0Agh8BAH4DBgDwkQIAm4ACAPKAAgAJXggAhyUCAKxSDQCcOxAA/4oAABxYDQBzWA0AylgNACFZDQB4WQ0Az1kNACZaDQDSGQ4AZx8QAAleCACHJQIAxnUMAGy6DADDugwA7V8NAANTDQBGIgQAm3YAAEc7AgBtpgEAFpAOAAleCACHJQIAeZIAANCSAABtSgAAtogGAB6+AgCHJQIAZ8MOALaIBgANiQYAZIkGAAleCACHJQIA/PwJAFP9CQBtSgAAja8FAG2mAQDPgwQAJoQEAMFRBQB6tQAAxFQCAAHKEABYyhAAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwDylAYAwFsOABdcDgBuXA4AZd4QAEQfAACbHwAA8h8AAEkgAACgIAAACV4IAMUPEAD/igAAKDAIAE4wAwD9cQkA4dsAAM8YAABOMAMAeRYKAD6TDQCdDgAAv6oCAG2mAQDEpgEA0HILACdzCwB+cwsA1XMLAIVZCQDcWQkAku4AAGsTAwDYOA0A4nMHADl0BwCQdAcAhyUCAHmSAADQkgAAH+ECAO8XAgCHJQIAkCIIAPQOAABzmwkAypsJACGcCQCQIggAkuIPAOniDwCTbQIAeZIAAJ0OAACHJQIAeRYKAOQpDQAMFAcAm4ACAPKAAgAJXggA/XEJAOJzBwA5dAcA+MIIAE/DCACmwwgA/cMIAFTECACrxAgAAsUIAFnFCACwxQgAB8YIAF7GCAC1xggADMcIAGPHCAC6xwgAEcgIAGjICAC/yAgAFskIAG3JCADEyQgAa9oIAMLaCAAZ2wgAcNsIAAleCACHJQIAKSQQAHImCgBtSgAAhyUCAEVMAgCcTAIAfpgBAD5wBgC2iAYA1ZgBAGwxAgCHJQIA3iUCAJFeDQDo0AEAhyUCACkkEADicwcAOXQHAPjCCABPwwgApsMIAP3DCABUxAgA3FkJAEheAgCTbQIAtogGAItzBwCoDgoAbUoAALaIBgANiQYAZIkGALuJBgASigYAaYoGAMCKBgCxqg0ACKsNAF+rDQC2qw0ADawNAGSsDQC7rA0A3DsDAP33AQBtSgAA/4oAAJNtAgBx2wEAKSQQAOJzBwA5dAcA+MIIAE/DCACmwwgA/cMIAFTECACrxAgAhyUCAGfDDgC2iAYADYkGAGSJBgAJXggAhyUCACkkEAByJgoAbUoAANpHAgB5kgAA0JIAAGsJAQDCCQEAGQoBAHAKAQDHCgEAHgsBAHULAQCCHwEA2R8BAAsKDACp2gkARyAOABawAwCHJQIA//oFAFb7BQAmrAwA0JIAAG1KAABx2wEAbDYDALaIBgANiQYAZIkGALuJBgASigYAaYoGABSNCgBFTAIAnEwCAH6YAQA+cAYAtogGANWYAQBsMQIAhyUCAN4lAgCRXg0A6NABAIclAgAQ3gIAZ94CAL7eAgAV3wIAeRYKAD6TDQCdDgAAv6oCABarAgAQ3gIAZ94CAH6YAQAevgIA/4oAAEc7AgBtpgEAP+8HAAAAAABtpgEATjADAM04AwAkOQMAgx0LAMVXDQA+kw0AnQ4AAL+qAgCdDgAAhyUCAE5iDQAQ3gIAZ94CAH6YAQAevgIA/4oAAEc7AgBtpgEAFpAOAMZ1DAAddgwAdHYMAF6DDAC1gwwADIQMAEZKDACMpQoA46UKAKUwAwD8MAMAawkBAMIJAQAZCgEAcAoBAMcKAQAeCwEAdQsBAK5wBQDo0AEAP9EBAJAYBgCTbQIAcdsBAJAiCABEHwAAnQ4AAGnIAQBFngEAi3MHAG2mAQBtpgEAhyUCAMVXDQA+kw0AnQ4AAL+qAgAq/AAAtGUNAJICBQBnww4Aja8FAOSvBQDplwAACV4IAIclAgDeJQIAkV4NAOjQAQCHJQIAAAAAAHmSAADplwAAQJgAABawAwCHJQIA3iUCADUmAgCMJgIA4yYCAM8YAAAmGQAAOGULAI9lCwCdDgAAwycAAPDjAQBH5AEAnuQBAMUPEACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEANWIOAIxiDgAmrAwAfawMANSsDAArrQwAgq0MANmtDAAwrgwAh64MAPz8CQBT/QkAkBgGAOcYBgA+GQYAhyUCAE5iDQBnHxAAFrADAIclAgD/+gUAVvsFAK37BQAyrA8AiawPAFaLAADR4gkAhyUCAEZKDACMpQoAfpgBANWYAQCTbQIAnQ4AAE4wAwDNOAMAJDkDAIMdCwDaHQsARB8AAJsfAADyHwAASSAAAKAgAAD4uAYAhyUCAE5iDQAQ3gIAZ94CAH6YAQAevgIA/4oAAEc7AgBtpgEAFpAOAN4lAgCRXg0A6NABAIclAgD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwCdDgAARB8AAJsfAADyHwAASSAAAKAgAAD4uAYAT7kGAJsfAACS7gAAaxMDAEQfAACbHwAAku4AAGsTAwClZw4A/GcOAFNoDgCqaA4AAWkOAFhpDgCvaQ4ABmoOAF1qDgC0ag4AjUkCAOjQAQA/0QEAdWcCAFszEQCdDgAARB8AAO22DQAyawIALBMJAIMTCQCHJQIAkCIIAEQfAACbHwAA8h8AAEkgAAB6tQAAm4ACAHkWCgA+kw0AciYKAJ0OAABEHwAAHvAMADz2DADo0AEAwA4QABDeAgDNWwoAJFwKAMRUAgA1wxAAQJgAAJLuAABrEwMAxFQCAM8YAADplwAAbUoAAOHbAACLcwcA6NABAJuAAgDygAIAQJgAAJLuAABrEwMApWcOAPxnDgBWkAEArZABAH1pEAAAAAAAAAAAAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEATjADAF0zAwB8YQQA02EEACpiBACBYgQA2GIEAC9jBACGYwQA3WMEADRkBACLZAQA4mQEADllBACQZQQA52UEAD5mBABnww4AOhsRABtLAACRqwsA6KsLAAleCABXAAAAjKUKAH6YAQDVmAEAipMDAIclAgB5kgAA6NABAG2mAQBOMAMAhAkAAHkWCgDQFgoAJxcKAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBfoQsAtqELAA2iCwBnww4AOhsRABtLAABGywMAKj0OAFRyCQCrcgkAAnMJAFlzCQBRtwkArFINAGBeCADplwAAgh8BANkfAQBGywMAKj0OAFRyCQCrcgkAAnMJAFlzCQBRtwkArFINAGBeCADplwAAgh8BANkfAQAwIAEAhyUCAPz8CQCUawwA62sMAClxDgCAcQ4A13EOAC5yDgDplwAAQJgAAIIfAQCEvAEARiIEAGnIAQBFngEAi3MHAKgOCgCHJQIArFINAJw7EADPGAAAEnsDAOmXAAAJXggAhyUCAEVMAgB5FgoAfpgBAB6+AgAWkA4AZ8MOAI2vBQAWsAMAfpgBANWYAQBsMQIAhyUCAGfDDgB9DQ8AlrYNAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBfoQsAtqELAA2iCwBnww4AOhsRABtLAABGywMAKj0OAFRyCQCrcgkAAnMJAFlzCQBRtwkArFINAGBeCADplwAAgh8BANkfAQCsUg0ACGgRAF9oEQC2aBEADWkRAGRpEQC7aREA//oFAFb7BQCt+wUABPwFAFv8BQCy/AUACf0FAFA9CQCLcwcAP+8HAJuAAgDygAIAQJgAAD/RAQCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAq1kEAH1aDQDUWg0AK1sNACLTDQB5FgoAfpgBAB6+AgAWkA4A3iUCABooAABtSgAAerUAAJSuCAB+mAEA1ZgBAGwxAgCHJQIAkCIIAEQfAACbHwAA8h8AAEkgAACgIAAA9yAAAE5iDQCjghAAfpgBAIclAgAQ3gIAzVsKACRcCgAP7QwARZ4BAItzBwCoDgoATjADAH6YAQAevgIAFpAOAM8YAAAmGQAAq0oBAMMnAACRXg0A6F4NAD9fDQCWXw0A9ekCAECYAACS7gAAaxMDALbGAQD2LwoATTAKAKQwCgD7MAoAUjEKAKkxCgAAAAAAaSQDAMAkAwCbsgwA8rIMAH0ZAABY7wYAr+8GALdtCwAObgsAZW4LAN4lAgD7ggkAUoMJAKmDCQApJBAA6NABAIclAgCsUg0AA1MNAOjQAQA/0QEAAqcCAG1KAADnWwIA6NABAJGrCwDoqwsAP6wLAJasCwDtrAsAAAAAABDeAgBn3gIA8JECAAAAAADo0AEAlGsMAOtrDAAAAAAACV4IAP1xCQBUcgkAq3IJAAJzCQBZcwkA46AJADqhCQCRoQkA6KEJAD/vBwCbgAIA8oACAG1KAADPGAAAJhkAAKtKAQDDJwAAkV4NAOheDQA/Xw0All8NAPXpAgBAmAAAku4AAGsTAwDEVAIAZd4QAPQOAABzmwkA97MMAPuCCQBgKg8A/IICAIclAgBOYg0AI9MGABDeAgBn3gIAvt4CAM+DBAAJXggAhyUCAKxSDQAqPQ4AVHIJAKtyCQACcwkAWXMJAFG3CQCRqwsA6KsLABDeAgB+mAEA6NABALDKCQCoDgoAgh8BAMtiCADPGAAARUwCAItzBwDo0AEAm4ACAIgoDQDVmAEAbDECAIclAgD/+gUAVvsFAK37BQAyrA8AiawPAOCsDwA3rQ8Ajq0PAOWtDwCHJQIA/PwJAJRrDADrawwAQmwMAJlsDADwbAwAR20MAEd3DgCedw4Aja8FAJlxDQCTbQIAcdsBAGwxAgCHJQIAxnUMAGy6DADDugwAkasLAH6YAQA+cAYAxEoAABtLAABXvQMAhyUCAJuyDADysgwASbMMAKCzDAD8/AkAlGsMAOtrDAApcQ4AgHEOANdxDgAucg4AhXIOACkkEADo0AEAhyUCAIIfAQCEvAEARiIEAPUxAAD/jwEAJswBAMMnAAD7ggkAbDECAHmSAADo0AEAP9EBAOjQAQA/0QEAkBgGAJNtAgBx2wEArFINACo9DgBUcgkAq3IJAAJzCQBZcwkAUbcJAEZKDABoTgEAv04BABDeAgB+mAEACV4IAMUPEACLcwcAi3MHAG1KAABtpgEAFpAOAJ0OAABpyAEAhyUCAKxSDQAqPQ4AVHIJAKtyCQACcwkAWXMJAFG3CQCbsgwA8rIMAEmzDACgswwA97MMAE60DACltAwA/LQMAKxSDQAqPQ4AVHIJAKtyCQACcwkAWXMJAFG3CQCRqwsA6KsLAAleCABXAAAAjKUKAH6YAQDVmAEADBQHAGMUBwC6FAcAERUHAGgVBwC/FQcAFhYHAG0WBwDEFgcAGxcHAH6YAQD/igAAU/gIAIclAgBnww4AerUAAFcAAABOMAMAhyUCAG2VDwCgHhEA//oFAFb7BQCt+wUABPwFAFv8BQCy/AUACf0FACr8AAAAAAAAkgIFAFgcEACRXg0A6NABAG1KAAC2iAYAEN4CAM1bCgD4ZgcAFrADAIclAgD8/AkAU/0JAKr9CQAB/gkAWP4JAK/+CQCHJQIAxnUMAF0zAwB8YQQA02EEACpiBACBYgQA2GIEAC9jBACGYwQA3WMEADRkBACLZAQA4mQEADllBACQZQQA52UEAD5mBACrWQQADBQHAGMUBwC6FAcAERUHAGgVBwC/FQcAFhYHAG0WBwDEFgcAGxcHAM04AwAkOQMAXNIHAG2VDwDplwAAqVsBAAyJDQBGIgQAv6oCALaIBgDVmAEAbDECAIclAgCsUg0AKj0OAIIfAQB+AwYAfpgBAFA9CQCnPQkA/j0JAFU+CQCsPgkAAz8JAFo/CQCxPwkACEAJAF9ACQC2QAkADUEJAGRBCQC7QQkAEkIJAGlCCQDAQgkA6NABAD/RAQB1ZwIAWzMRAJ0OAABEHwAAtsYBAG1KAAB6tQAAVwAAAE4wAwAAAAAAbaYBAJ0OAABOMAMAAAAAAHmSAADQkgAAH+ECAO8XAgBOMAMAAAAAAEc7AgBtpgEAFpAOAGfDDgB9DQ8AlrYNAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBfoQsAtqELAA2iCwBnww4AerUAAFcAAABOMAMAAAAAAG2mAQCdDgAATjADAAAAAACQIggAacgBAMDIAQBOMAMAAAAAAM8YAADPGAAA6ZcAAAwUBwBtSgAAtogGAItzBwCoDgoAhyUCAPz8CQBT/QkAqv0JAAH+CQBY/gkAr/4JAGHdCQBtSgAAtogGAA2JBgBkiQYACV4IAP1xCQByJgoAAAAAAG1KAABtSgAAVwAAAHq1AAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwCpqxEAjKUKAOOlCgA6pgoAKvwAAPl/BQA+kw0AnQ4AAL+qAgBLrA4A/PwJAFP9CQCQGAYA5xgGAD4ZBgCHJQIArFINAGBeCAAKqRAAYakQAEc7AgD/igAAoNMBAEQfAACQIggARB8AAJsfAADyHwAASSAAAKAgAAD3IAAATmINAJNtAgB5kgAAbaYBAAleCACHJQIAm7IMAPKyDABJswwAoLMMAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBfoQsAtqELAA2iCwDo0AEAP9EBAHVnAgBbMxEAnQ4AAEQfAADFDxAAQJgAAJLuAABrEwMA6ZcAAECYAACS7gAA33AKADZxCgB9GQAAAAAAAAAAAAAAAAAAaSQDAMAkAwCHKgMAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMAxvYDAHIXBwDJFwcAIBgHAHcYBwDOGAcAJRkHAAAAAAAAAAAAaSQDAMAkAwCHKgMAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwBv9gMAxvYDAHIXBwDJFwcAIBgHAHcYBwDOGAcAJRkHAOHbAAB+mAEA1ZgBAOmXAABAmAAAku4AAGsTAwAAAAAAAAAAAAAAAAAAAAAAAAAAAM8YAADplwAAbUoAAMRUAgAByhAAWMoQACbMAQB9zAEA1MwBACvNAQCCzQEADJgQAGOYEAC6mBAAEZkQAGiZEAC/mRAAFpoQAG2aEAA1Yg4AjGIOAONiDgA6Yw4AkWMOAOhjDgA/ZA4AlmQOAO1kDgBEZQ4Am2UOAPJlDgBJZg4AoGYOAPdmDgBOZw4Ai3MHAJ0OAACHJQIAkasLAGUwEAC8MBAAEzEQAAAAAAAAAAAAAAAAAHHbAQCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEACl4BAAAAAAAAAAAAAAAAAKlbAQAMiQ0Ai3MHAKgOCgCHJQIA/PwJAFP9CQCq/QkAAf4JAFj+CQAAAAAA6ZcAAECYAABHOwIAfpgBANWYAQD8ggIACGgRANCSAABsMQIAnQ4AAJt2AADoywAAwycAAEc7AgD/igAA6MsAAIclAgBOYg0ARzsCAGwxAgD/EwsA+GYHABaQDgB5FgoAzxgAAOmXAACpWwEADIkNAAAAAADPGAAAhyUCAPz8CQBT/QkAeRYKAHmSAACdDgAAm3YAACgwCACdDgAAacgBAEWeAQCLcwcAqA4KAOmXAAD8/AkAwA4QAEzKDQD7ggkAeZIAAG1KAAD/igAAk20CAAAAAACLcwcAhyUCAPz8CQBT/QkAAqcCAFmnAgCdDgAAm3YAACgwCADPGAAAJhkAAE4wAwChdQoA+HUKAE92CgCmdgoA/XYKAFR3CgCrdwoAAngKAFl4CgCweAoAB3kKAOmXAAAMFAcAYxQHALoUBwARFQcAaBUHAL8VBwAWFgcAbRYHAMQWBwAbFwcA3iUCADUmAgCMJgIA4yYCAPXkAQBdMwMAfGEEANNhBAAqYgQAgWIEANhiBAAvYwQAhmMEAN1jBAA0ZAQAi2QEAOJkBAA5ZQQAkGUEAOdlBAA+ZgQA3iUCADUmAgCMJgIA4yYCAPXkAQBdMwMAfGEEANNhBAAqYgQAgWIEANhiBAAvYwQAhmMEAN1jBAA0ZAQAi2QEAOJkBAA5ZQQAkGUEAOdlBAA+ZgQAhyUCAGfDDgC2iAYADYkGAGSJBgAJXggAhyUCACkkEAByJgoAtogGAA2JBgBkiQYACV4IAIclAgApJBAAciYKAIclAgD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FALf9BQAO/gUAZf4FALz+BQAT/wUAZd4QAPQOAABzmwkAypsJACGcCQB4nAkAbUoAALaIBgANiQYAZIkGALuJBgASigYAaYoGAMCKBgCxqg0ACKsNAF+rDQC2qw0ADawNAGSsDQC7rA0AHfcDALOKCgAKiwoAYYsKALiLCgAPjAoAZowKAL2MCgDNOAMAJDkDAIMdCwDaHQsAMR4LAIgeCwDfHgsANh8LAN4lAgD7ggkAUoMJAKmDCQApJBAA6NABAIclAgCsUg0AA1MNAOjQAQA/0QEAAqcCAG1KAADnWwIA6NABADJrAgBT+AgAFpAOAECYAACS7gAAaxMDAItzBwCLcwcAbaYBAIclAgBnww4AtogGAA2JBgBkiQYACV4IAIclAgApJBAAciYKAG1KAACHJQIARUwCAHkWCgB+mAEAHr4CABaQDgBFTAIAnEwCAH6YAQA+cAYAtogGANWYAQBsMQIAhyUCAN4lAgCRXg0A6NABAIclAgBOYg0AZx8QAL4fEAApJBAA4nMHADl0BwCQdAcAhyUCAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBg/QUAGPYDAMZ1DABsugwAw7oMAJuyDADysgwASbMMAKCzDAC9SQ4AFEoOAGtKDgDCSg4AGUsOAHBLDgDHSw4AHkwOANpHAgAxSAIA/PwJAFP9CQAAAAAAeZIAAOmXAACdDgAAv6oCAIclAgBnww4AtogGAA2JBgBkiQYACV4IAIclAgApJBAAciYKAG1KAACHJQIATmINAMMnAABtSgAAcdsBAFQvDQAWkA4AQJgAAJLuAABrEwMA7W4QALaIBgANiQYAZIkGALuJBgASigYAaYoGAO7KCgBFywoAnMsKAPPLCgBKzAoAocwKAPjMCgBPzQoAps0KAP3NCgBUzgoAKvwAAOHbAAAsRwIAfpgBAD5wBgDIMgIA6NABAD/RAQCQGAYAk20CAHHbAQCtKA8AAAAAAHmSAAB+mAEA6NABAD/RAQAY7AEACV4IAEc7AgB6tQAAhyUCAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBg/QUAGPYDACkkEABHOwIAbUoAAP+KAAB+mAEA1ZgBAIclAgAY7AEACV4IAEc7AgB6tQAAhyUCAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBg/QUAGPYDAJGrCwDb/Q4AAFwBAFdcAQAFmQ0AXJkNALOZDQAKmg0AYZoNAEVMAgB5FgoA5CkNAM8YAACHJQIAZ8MOAI2vBQAWsAMAfpgBANWYAQBsMQIAhyUCAGfDDgB9DQ8AlrYNAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAJ0OAACHJQIA//oFAFb7BQAmrAwAfawMANSsDAArrQwAgq0MANmtDAAwrgwAh64MAN6uDAA1rwwATmINAK0oDwAAAAAAeZIAAH6YAQDo0AEAP9EBAJbRAQCHJQIA3iUCAOjQAQCwygkAgh8BAIclAgBnww4AOhsRABtLAAB5kgAA0JIAAJ7pAgD16QIAQJgAAG2mAQAWsAMAfpgBANWYAQBsMQIAhyUCAKxSDQBgXggACqkQAGGpEABHOwIA/4oAAKDTAQBEHwAAvUkOAK0oDwAAAAAAeZIAAH6YAQDo0AEAP9EBAE5iDQAj0wYA/PwJAFP9CQCdDgAA9A4AAHImCgDo0AEAerUAAOmXAADeJQIA6NABALDKCQCCHwEAhyUCAMZ1DAA+cAYAnQ4AAIclAgBGSgwAaE4BAMAOEABffgQAfgMGAPCRAgAWsAMAhyUCAN4lAgA1JgIAVosAANHiCQDnWwIA6NABABawAwCHJQIAKSQQAOjQAQCHJQIAkCIIAPQOAAByJgoA6NABAHq1AADPGAAA6ZcAAKlbAQBOMAMAbDYDALaIBgANiQYAZIkGALuJBgASigYAaYoGABSNCgBOYg0ArSgPAAAAAAB5kgAAfpgBAOjQAQDADhAA1ZgBAGwxAgCHJQIATmINACPTBgD/+gUAVvsFAK37BQAE/AUAW/wFALL8BQAJ/QUAYP0FABj2AwDplwAAbUoAAP+KAAAoMAgACV4IAOjQAQDADhAA1ZgBAMMnAACRXg0AhyUCAJGrCwDoqwsAP6wLAKtKAQDDJwAAkV4NAOheDQA/Xw0All8NAP+KAAB+mAEAjUkCAP+KAAAVbQ4A8lYLAElXCwDVmAEAfRkAAFjvBgCv7wYAt20LAA5uCwBlbgsAvG4LABNvCwBqbwsARB8AAJsfAADyHwAASSAAAKAgAAD3IAAAgh8BAIS8AQBGIgQARzsCAFhzEAB5FgoA/4oAABDeAgB+mAEA1ZgBAL7DDgBdWwsAtFsLAAtcCwBiXAsAuVwLABBdCwBnXQsAvl0LABVeCwBsXgsAw14LABpfCwBxXwsAA1MNAADbCQBX2wkArtsJAHmSAAAJXggA/PwJAFP9CQCQGAYAKDAIAIclAgB5kgAACV4IAAAAAACLcwcAhyUCAGfDDgC2iAYADYkGAGSJBgC7iQYAEooGAHkWCgBXAAAAjUkCAM8YAADplwAAbUoAAOHbAACLcwcA6NABAJuAAgCNSQIAbDECAP8TCwBWFAsArRQLAAQVCwBbFQsAshULAD/RAQCdDgAAacgBAEQfAACdDgAATjADAGwxAgD/EwsAVhQLAK0UCwAEFQsAWxULALIVCwAJFgsAYBYLALcWCwAOFwsAZRcLAN4lAgCRXg0A6NABACkkEADo0AEAhyUCAJAiCABEHwAAmx8AAPIfAAB+mAEAerUAAOmXAACbsgwA8rIMAEmzDACgswwAm4ACAMgICwAmGQAA4dsAAHkWCgA+kw0AnQ4AAL+qAgBx2wEAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAAbwBgBd8AYAtPAGAAvxBgBi8QYAufEGAE5iDQAoMAgACV4IAOjQAQA/0QEAnQ4AAGnIAQCHJQIA3iUCAJFeDQDoXg0AP18NAOJzBwA5dAcAkHQHAIclAgBnww4AerUAAFcAAACHJQIA//oFAFb7BQCt+wUABPwFAFv8BQCy/AUACf0FAGD9BQAY9gMAb/YDAMb2AwAd9wMAdPcDAP+KAAB+mAEA6ZcAAECYAACS7gAAaxMDALbGAQD2LwoATTAKAKQwCgD7MAoAUjEKAKkxCgCCHwEAVwAAAIylCgDo0AEASF4CAPCRAgAWsAMAhyUCAN4lAgA1JgIAjCYCADQ6DQCLOg0AxnUMAB12DAB0dgwAm7IMADJrAgCJawIA4GsCAPz8CQBT/QkAnQ4AAPQOAABtpgEAeZIAAG1KAAC2iAYAi3MHAAleCADFDxAAzxgAADJrAgCJawIA4GsCAJuyDADysgwA6NABAIclAgCQIggARB8AAJsfAADyHwAAzxgAADJrAgCJawIA4GsCAEZKDABoTgEAv04BABDeAgB+mAEACV4IAMUPEAB6tQAAlK4IAIclAgDFVw0APpMNAJ0OAAC/qgIAhyUCAMZ1DABsugwAw7oMAJuAAgDICAsAJhkAAOHbAACLcwcAUFsPAHmSAABXAAAAhyUCAN4lAgA1JgIAjCYCADQ6DQCLOg0A4yYCABJ7AwCLcwcAxFQCAAHKEACUrggA/4oAAGcfEADPGAAA6ZcAAPhmBwCdDgAAxFQCAOvWEABC1xAA6NABAD/RAQCdDgAA9A4AAG2mAQAQ3gIAzVsKAAleCABgXggAKDAIAAleCADo0AEAP9EBAJ0OAABpyAEARB8AAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQBOMAMAzTgDADJrAgCJawIA4GsCAH8/CwDWPwsALUALAIRACwDbQAsAMkELAIlBCwDgQQsAN0ILAI5CCwDlQgsAPEMLAJNDCwDqQwsAQUQLAJhECwDvRAsARkULAIclAgC0ZQ0A9A4AAHObCQDKmwkAIZwJAHicCQD8UwoAro4LAAWPCwBcjwsAVC8NAJLuAABrEwMAkasLAJ0OAAC/qgIAFqsCAEc7AgBtpgEAz4MEAEYiBABbPwIAhyUCAE5iDQAj0wYAm7IMAOmXAADh2wAAhyUCAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAAn9BQBg/QUAGPYDAE4wAwC2xgEA9i8KAE0wCgCkMAoA+zAKAFIxCgCpMQoAADIKAFcyCgB6OQoAAAAAAAAAAAAAAAAAnUAKAPRACgBLQQoAokEKAPlBCgBQQgoAp0IKAP5CCgAAAAAAAAAAAFVDCgCsQwoAA0QKAOPPAQA60AEAkdABAN4lAgCRXg0A6F4NAD9fDQBOMAMAq1kEAAJaBADr2xEAQtwRAJncEQDw3BEA/4oAAEc7AgBtpgEAFpAOAN4lAgD7ggkAUoMJAKmDCQCbsgwA8rIMAEmzDACgswwA97MMAE60DACltAwA/LQMAOmXAADPGAAAJhkAAOmXAADPGAAAzxgAACYZAADplwAAzxgAAG1KAABOMAMAzTgDACQ5AwCDHQsA2h0LADEeCwCIHgsA3x4LADYfCwDeJQIA+4IJAFKDCQCpgwkAKSQQAOjQAQCHJQIArFINAANTDQDo0AEAP9EBAAKnAgBtSgAA51sCAOjQAQAWsAMAhyUCAG2VDwBOMAMAAAAAAIclAgCJCBEAnjsCAMMnAADDJwAAGigAAECYAADADhAA1ZgBAGwxAgCHJQIAZ8MOALaIBgANiQYAZIkGAAleCACHJQIAKSQQAHImCgBtSgAAhyUCAE5iDQDDJwAAbUoAAHHbAQBULw0AP+8HAP/rAgBW7AIATjADAE5iDQCpRQ4AqvgIAAH5CACJCBEAwQQHABgFBwBvBQcAxgUHAB0GBwBQMwcA//oFAFb7BQCt+wUABPwFAFv8BQCy/AUACf0FAGD9BQAY9gMAb/YDAMzmCgAj5woATmINAKViDQD8Yg0AU2MNACo9DgDh2wAA6QIFAE5iDQClYg0AR5ICAJ6SAgD1kgIATJMCAKOTAgD6kwIAhyUCAIIODwAAAAAAhyUCACR/EQB6tQAA/48BACbMAQB9zAEA1MwBACvNAQCCzQEA2c0BABj2AwBv9gMAkgIFAIIfAQD99wEAnQ4AAL+qAgCHJQIAiQgRAFhzEAApJBAAwycAAIclAgBnww4AFGUCAGtlAgDCZQIACx4QANv9DgA6JwIAkScCAOgnAgA/KAIAnQ4AAIclAgBGSgwAnUoMAPCRAgBIXgIA+v4GAMtiCABtSgAAcdsBAFQvDQCHJQIAAAAAAIclAgBnww4AfQ0PAJa2DQCJCBEAWHMQAPz8CQBT/QkAnQ4AAPQOAAByJgoA6NABAHq1AADplwAA2kcCADFIAgB1wwMA7ocOAItzBwBtpgEAhyUCAGwxAgB+mAEAEN4CAM1bCgAWkA4AbZAOAGcfEAC+HxAAbDECAH6YAQAQ3gIAzVsKAIzjBQD+GgIADXUCAGR1AgCHJQIAbDECAH6YAQAQ3gIAzVsKAIIfAQBTkgUAqpIFAAGTBQBYkwUAkgIFAIIfAQD99wEAnQ4AAL+qAgCHJQIAiQgRAFhzEAApJBAAwycAAIclAgBnww4AFGUCAGtlAgDCZQIAgh8BAFOSBQCqkgUAAZMFAFiTBQCvkwUA2kcCADFIAgB1wwMA7ocOAItzBwBtpgEAhyUCAGwxAgB+mAEAEN4CAM1bCgCM4wUA/hoCAA11AgBkdQIAhyUCAGwxAgB+mAEAEN4CAM1bCgCCHwEAU5IFAKqSBQABkwUAWJMFAK+TBQDaRwIAMUgCAHXDAwDuhw4Ai3MHAG2mAQCHJQIAbDECAH6YAQAQ3gIAzVsKABaQDgBtkA4AZx8QAL4fEABsMQIAfpgBABDeAgDNWwoAjOMFAP4aAgANdQIAZHUCAIclAgBsMQIAfpgBABDeAgDNWwoACV4IAAhoEQBtpgEAFpAOAM8YAAAmGQAAq0oBAMMnAACRXg0A6F4NAD9fDQCWXw0A9ekCAECYAACS7gAAaxMDAM04AwAkOQMAgx0LAIIfAQDZHwEACwoMAGIKDAC5CgwAEAsMAJuyDAAyawIAiWsCAOBrAgAJXggAgh8BANkfAQALCgwAYgoMALkKDAAQCwwAm7IMADJrAgCJawIA4GsCAAleCACCHwEA2R8BAAsKDABiCgwAuQoMABALDABGSgwAnUoMAPRKDABLSwwAoksMAPlLDABQTAwAbaYBAMSmAQCg3QMA990DAIclAgB5kgAA6NABAG2mAQD8/AkAU/0JAJ0OAAD0DgAAbaYBABDeAgDNWwoAxnUMAF9+BAC2fgQADX8EAGR/BAC7fwQAhyUCAJGrCwDoqwsAbUoAAI2vBQAWsAMAhyUCAN4lAgCRXg0A6NABAIclAgBGSgwAnUoMAPRKDABLSwwAoksMAPlLDABQTAwA2kcCADFIAgB1wwMAzMMDACPEAwB6xAMA3iUCAJFeDQDoXg0AP18NAJZfDQDGdQwAPnAGAJVwBgDGdQwAHXYMAHR2DADLdgwAI9MGAEZKDACdSgwA9EoMAEtLDACiSwwA+UsMAFBMDADEVAIAGOwBAJ0OAAD0DgAAgh8BAH4DBgCTbQIAerUAAJSuCAB+mAEA1ZgBAGwxAgCHJQIARkoMAJ1KDAD0SgwAS0sMAKJLDAD5SwwAUEwMAN4lAgCRXg0A6NABAIclAgBQFQEAKPcNAKmrEQAArBEAm7IMAPKyDABJswwAoLMMAEZKDABoTgEAP9EBAHVnAgD7ggkA6YsPAOmXAAAJXggAhyUCAEVMAgB+mAEAPnAGAMRKAACHJQIAAAAAAIclAgApJBAA6NABAIclAgBicA8AAAAAAIclAgApJBAA6NABAIclAgBicA8AuXAPAL1JDgAj0wYArFINAJw7EAAcEBAAhVkJAI8nEADmJxAAxQ8QAM8YAAB6tQAAVwAAAK4AAAAITwwAX08MALZPDAANUAwAZFAMAIIfAQB+AwYAZx8QAP4aAgD/igAAU/gIAKr4CABWiwAAm4ACAIQsBwAVbQ4A/xMLAMVXDQAcWA0Ac1gNAMpYDQCbsgwA8rIMAEmzDACgswwAiQgRAFhzEADplwAAzxgAAIclAgDeJQIAkV4NAOheDQA/Xw0All8NAMZ1DAAddgwAZYwRALyMEQATjREAao0RAMGNEQAWkA4ACV4IAMRUAgCHJQIAZ8MOAI2vBQAWsAMAhyUCAGfDDgB9DQ8AlrYNAMZ1DAAddgwAZYwRALyMEQATjREAao0RAMGNEQDGdQwAPnAGAE4wAwDNOAMAqasRAACsEQBXrBEAxnUMAB12DABljBEAvIwRABONEQBqjREAwY0RAEZKDABtpgEAFpAOAG2QDgCg0wEARB8AAPz8CQCUawwA62sMAIclAgCECQAAG94MAKmrEQAArBEAV6wRAMZ1DAAddgwAZYwRALyMEQATjREAao0RAMGNEQB5kgAA0JIAAG1KAAC2iAYADYkGAGSJBgDplwAAQJgAAJLuAABrEwMAbaYBAMSmAQCg3QMA990DAIclAgCQIggAi5ENAHq1AACUrggAhyUCAN4lAgD7ggkAUoMJAKmDCQBtlQ8AxJUPAGwxAgD/EwsAgh8BAIclAgB+mAEA1ZgBAIclAgBOYg0AZx8QABawAwCHJQIAKSQQAMMnAACHJQIAZ8MOADobEQAbSwAAcksAAPQOAAByJgoA6NABAHq1AADplwAAbaYBAMSmAQCowQsA/8ELAFbCCwCt7AIAFrADAIclAgDGdQwAHXYMAGWMEQC8jBEAE40RAGqNEQDBjREAFpAOAAleCACHJQIAbDECAP8TCwCCHwEAZ8MOADobEQAbSwAAbDECAP8TCwCCHwEAnQ4AAIclAgBOYg0AEN4CAGfeAgB+mAEAHr4CAP+KAABHOwIAbaYBAKxSDQDo0AEAwA4QABDeAgDNWwoAJFwKAIclAgDeJQIAkV4NAOheDQA/Xw0All8NAN4lAgCRXg0A6NABAIclAgAY7AEACV4IAEc7AgB6tQAAbDECAP8TCwBWFAsAhyUCAKxSDQDo0AEAwA4QABDeAgDNWwoAJFwKAIclAgDGdQwAHXYMAGWMEQC8jBEAE40RAGcfEAB6tQAA6ZcAAN4lAgCRXg0A6NABAIclAgAY7AEACV4IAEc7AgB6tQAAh+cGAN7nBgBtpgEAS6wOABjsAQAJXggARzsCAHq1AACZJA8AJhkAAKtKAQDDJwAAkV4NAOheDQA/Xw0All8NAPXpAgCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAP+8HANG1AAAinAIAeZwCANCcAgAJXggAxQ8QAMMnAADDJwAAkV4NAOheDQA/Xw0All8NAPXpAgBAmAAAku4AAGsTAwClYg0AbUoAALaIBgBMyg0A8OMBAFaLAADR4gkAeZIAAOjQAQBnww4AfQ0PAJa2DQDeJQIA+4IJAGAqDwD8ggIAMfsDAIj7AwDf+wMANvwDAI38AwDk/AMAO/0DAJL9AwCJCBEAWHMQAPz8CQBT/QkAnQ4AAPQOAABtpgEAEN4CAM1bCgAJXggATjADAM8YAAAmGQAAq0oBAKg9AgBkogsAu6ILABKjCwBpowsA3iUCAFszEQDQkgAAV0ENAG1KAAC2iAYAi3MHAKgOCgBtSgAAcdsBAM8YAACdDgAARZ4BAItzBwCoDgoARiIEAJ0iBAD8/AkAU/0JAAAAAAB5kgAAfpgBAOjQAQA/0QEAhyUCAJGrCwDb/Q4AC7gMAGK4DAC5uAwAELkMAGe5DAC+uQwAFboMAKxSDQDo0AEAwA4QABDeAgDNWwoAhyUCAMgyAgAfMwIAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwBOMAMA3iUCAJFeDQDo0AEAhyUCAEZKDAAJXggA/XEJAIclAgDGdQwAbLoMAMO6DACbsgwA8rIMAEmzDACgswwAbaYBAMSmAQCg3QMA990DAMUPEAD8/AkAU/0JAAAAAAB5kgAAfpgBAOjQAQA/0QEAltEBAIclAgCCHwEA2R8BAAsKDABiCgwAuQoMABALDABGSgwAaE4BAL9OAQAQ3gIAfpgBAAleCADFDxAAnQ4AAIclAgBGSgwAnUoMAPRKDABLSwwAoksMAPlLDABQTAwAbDECAMMxAgCHJQIA3iUCAPuCCQBSgwkAqYMJAJ0OAACHJQIAxnUMAB12DAB0dgwAwycAAPDjAQBH5AEAF6kMAG6pDACECQAAzxgAAP4aAgDFzgIAwycAAPDjAQBH5AEAnuQBAG1KAABx2wEAyNsBAB/cAQDWpQ4AhAkAAOjQAQCUawwA62sMAEJsDACZbAwA8GwMAEdtDACebQwA9W0MAExuDACjbgwAbUoAAHHbAQDI2wEAH9wBANalDgDOjQ0AfpgBAD5wBgBx2wEAyNsBAIQJAAAAAAAAbUoAAHHbAQDI2wEAH9wBANalDgDOjQ0AfpgBAD5wBgCdDgAAVwAAAIVZCQAMFAcAwycAAPDjAQBH5AEAnuQBAG2VDwCNSQIA6ZcAAECYAACS7gAAaxMDAOHbAAAsRwIAq4sOABJ7AwDVmAEAbDECAE4wAwDPGAAAJhkAAKtKAQAvsAIAfRIQAFQ0DgAJXggAxQ8QABwQEABzEBAAyhAQACEREAB4ERAAzxEQACYSEABOMAMAnQ4AAL+qAgCNrwUA5K8FAHq1AABtSgAATjADAOjQAQA/0QEAAqcCAGMUBwAQ3gIAzVsKACRcCgBIXgIARzsCAG2mAQAWkA4AHvAMAHXwDADM8AwAI/EMAHrxDAB6tQAA/48BAOjQAQA/0QEAHvAMAHXwDADM8AwAI/EMAHrxDADR8QwAKPIMAH/yDADW8gwALfMMAITzDADb8wwAkvMBAOnzAQD5HgMAUB8DABaQDgAe8AwAdfAMAMzwDAAj8QwAevEMANHxDAAo8gwAf/IMANbyDAAt8wwAhPMMANvzDABjQRAArgAAAPCRAgAP7QwARB8AAFQ0DgB5kgAAnQ4AAEQfAACbHwAAl5gAAOmXAABAmAAAku4AAGsTAwDh2wAALEcCAKuLDgASewMA1ZgBAGwxAgBOMAMAAK4AAFeuAACurgAAL7ACAH0SEABUNA4ACV4IAMUPEAAcEBAAcxAQAMoQEAAhERAAeBEQAM8REAAmEhAATjADAJ0OAAC/qgIAcdsBAF1bCwDLYggAqVsBAAyJDQBOMAMAbDECAIIfAQDLYggAzxgAAG1KAAD/igAAk20CALaIBgCLcwcAqA4KAIclAgDeJQIANSYCAOjLAABtpgEAnQ4AAEQfAABMHA0A8lYLAEc7AgDBBAcAk20CAP+KAABT+AgAhyUCAJGrCwBlMBAAvDAQABMxEABT+AgATjADAJuAAgCIKA0A3ygNADYpDQCNKQ0AfpgBAB6+AgB1vgIAzL4CAOmXAAD/igAAo4IQAIclAgApJBAAciYKAG1KAACHJQIAKSQQAMMnAACHJQIAgh8BAMtiCAAiYwgA2R8BAOjQAQBAmAAAgh8BAIS8AQDbvAEAMmsCACwTCQBx2wEACV4IAIclAgCJCBEA4AgRADcJEQBOYg0AZx8QACYZAACrSgEAxEoAABtLAABXvQMAhyUCAEZKDABoTgEAv04BAP2FDQBUhg0Aq4YNAGwxAgDDMQIAKSQQAFBbDwA0Og0AizoNABepDABuqQwA3iUCADUmAgBvIw0AxiMNAB0kDQB0JA0AyyQNACIlDQB5JQ0A0CUNAEZKDACdSgwA8JECAA/tDABEHwAAkasLAGUwEAC8MBAAEzEQAHq1AAD/6wIARUARAGwxAgB5FgoA0BYKAMZ1DAAddgwAdHYMAF6DDAC1gwwAkRsRAD/RAQCQGAYAKDAIAIclAgAAAAAAx0YNAIclAgB5FgoA/4oAAGcfEAAJXggAbaYBABaQDgAJXggAkasLANv9DgAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQDEVAIATjADALVWAwAMVwMAY1cDAKiZAwD/mQMAVpoDAK2aAwAEmwMATmINAJNtAgBOYg0Ak20CAAAAAACnUQ0AhyUCAAleCACp2gkARyAOAJ4gDgD1IA4ATCEOAE4wAwCJCBEA4AgRAG1KAABx2wEAXTMDAJSuCAD/igAA8JECAHkWCgD/igAAoNMBAIclAgDeJQIANSYCAIwmAgDjJgIAZTAQALwwEAATMRAAzxgAAG1KAAD/igAA7xcCAIclAgCRqwsAZTAQALwwEAATMRAAi3MHAHImCgDQkgAAnukCAKxSDQCcOxAAbUoAAHHbAQAMFAcAbUoAAHHbAQD/igAA8JECAD/RAQCsUg0AnDsQAG1KAABx2wEADBQHAG1KAABx2wEAnQ4AAEWeAQCcngEA854BAEqfAQAnJg0AfiYNAIclAgCJCBEA4AgRADcJEQCOCREARZ4BAJyeAQDzngEASp8BAFcAAABoTgEAv04BAIIfAQCEvAEARiIEAEQfAACbHwAAP9EBABjsAQCWPAYADBQHAG1KAAC2iAYAi3MHAIIfAQB+AwYAfpgBANWYAQBIXgIAVosAAOmXAABHOwIA/4oAAFaLAACbgAIAhyUCAIIfAQDZHwEAnQ4AAL+qAgCHJQIA/PwJAFP9CQACpwIAZ74NAM8YAABtSgAAhyUCAP/6BQD/6wIAVuwCAK3sAgAE7QIAbaYBAP+KAACg0wEAv6oCAJICBQBGSgwAaE4BAL9OAQD9hQ0AVIYNAKuGDQAChw0AhyUCAP/6BQBW+wUAVOcPAKvnDwAC6A8AWegPALDoDwAH6Q8AhyUCAEVMAgB+mAEAPnAGAMRKAACHJQIAkasLANv9DgAy/g4Aif4OAJVwBgD/+gUAVvsFAFaQAQA/7wcA6ZcAAJ0OAABpyAEAxFQCADXDEACMwxAADIkNAGOJDQB+mAEAPnAGAHHbAQAJXggAhyUCAEVMAgB+mAEAPnAGAMRKAACHJQIA//oFAFb7BQBWkAEArZABAHmSAABHOwIAbUoAAHHbAQDI2wEAH9wBANalDgDDJwAA8OMBAEfkAQCe5AEAzo0NACWODQB8jg0A044NACqPDQCLcwcAi3MHAFBbDwBnww4AtogGAA2JBgBkiQYACV4IAIclAgApJBAAciYKAG1KAACHJQIAxnUMAB12DAApJBAAwycAAOmXAAAJXggAxQ8QAAleCACHJQIAZ8MOALaIBgANiQYAZIkGALuJBgASigYAaYoGABSNCgBXmA0ArpgNAGfDDgC2iAYADYkGAGSJBgAJXggAhyUCACkkEAByJgoAbUoAAIclAgDGdQwAHXYMAGw2AwACJgsAFcQOAB6eDQB1ng0AzJ4NACOfDQB6nw0A0Z8NACigDQB/oA0A1qANAC2hDQASrQ0Aaa0NAMCtDQAXrg0AbDYDALaIBgANiQYAZIkGALuJBgASigYAaYoGABSNCgCpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEATmINAMMnAABtSgAAcdsBAFQvDQBnww4AfQ0PAJa2DQCJCBEAWHMQAE5iDQBnHxAAvh8QAMZ1DAAddgwAZYwRALyMEQATjREAZx8QAHq1AADplwAAKSQQAMMnAACHJQIAkasLAGUwEAC8MBAAEzEQAIclAgCbsgwA8rIMAEmzDACgswwA/z0CANv9DgAy/g4ARiIEAJGrCwDb/Q4AMv4OAEYiBACbsgwA8rIMAH0ZAACRqwsAZTAQALwwEAATMRAAZTAQALwwEAATMRAA6ZcAAH6YAQAQ3gIAzVsKAIclAgB5kgAA0JIAAHwAAgDTAAIAKgECAIEBAgDYAQIALwICAIYCAgDdAgIAYr0NALm9DQAQvg0AhyUCAHmSAADQkgAA4dsAACxHAgCDRwIAcdsBAAleCACHJQIAkasLANv9DgAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQDDJwAAGigAAECYAACS7gAAaxMDAGwxAgDDMQIACV4IAIclAgCbsgwA8rIMAEmzDACgswwA/z0CANv9DgA6JwIAkScCAOgnAgA/KAIAhyUCAJAiCACLkQ0AerUAAHq1AADplwAAnQ4AAEVMAgCcTAIAqsQPAAHFDwCbsgwA8rIMAEmzDACgswwA/z0CANv9DgA6JwIAkScCAOgnAgA/KAIAligCANv9DgAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQASewMAAOoMAM8YAAASewMAaXsDAGfDDgB9DQ8AlrYNAP/6BQBW+wUArfsFAAT8BQBb/AUAsvwFAKxSDQADUw0AANsJACkkEADicwcAOXQHAEZKDAB+mAEA1ZgBAJAiCACS4g8A6eIPAPCRAgD8/AkAU/0JAJAYBgDnGAYAi5ENAHq1AAB6tQAA6ZcAAOmXAACJCBEAWHMQAE5iDQBHOwIAbaYBAJAYBgAoMAgAhyUCAEZKDABoTgEAv04BAMsuDwAiLw8AeS8PANAvDwAnMA8AKSQQAMMnAACHJQIAeZIAANCSAACe6QIA9ekCAEzqAgCj6gIA+uoCAFHrAgCbsgwA/hoCAA11AgC2iAYA6ZcAAJ0OAACHJQIAKSQQAMMnAACHJQIAeZIAANCSAACe6QIA9ekCAEzqAgCj6gIA+uoCAFHrAgCbsgwA/hoCAA11AgDPGAAAJhkAAFzSBwDplwAAbUoAABRlAgBrZQIAwmUCAFAVAQDhmAQAKSQQAEc7AgAY7AEAljwGAAwUBwBtSgAAhyUCAMVXDQAcWA0Ac1gNAMpYDQCbsgwA8rIMAH0ZAABOYg0Ak20CAOptAgBBbgIAmG4CAO9uAgBGbwIAnW8CAIIfAQDLYggAbUoAAMRKAAA+kw0ACV4IAIclAgAWkA4ACV4IAIclAgB7uAsAi3MHAOJzBwBtSgAAtogGAItzBwCoDgoATjADAHmSAADQkgAA4dsAADjcAABIXgIAo4IQACr8AADlFQIAe7gLANK4CwApJBAAqA4KAIclAgBOYg0AI9MGAHu4CwDPGAAAJhkAAFzSBwDplwAAe7gLANK4CwAQ3gIAZ94CAL7eAgAV3wIAxnUMAB12DAAsmQEAi3MHAFBbDwDygAIARUwCAH6YAQA+cAYAxEoAAI2vBQCUawwAbUoAAMRKAAAWsAMA2kcCADFIAgCISAIA30gCADZJAgDeJQIANSYCAFP4CACdDgAAm7IMABJ7AwBOYg0AoBkQAPcZEABOGhAApRoQAPwaEADVmAEAbDECAJGrCwBlMBAAvDAQAI1JAgD/igAAoNMBAPfTAQBO1AEApdQBAPzUAQBT1QEATMoNAMMnAAAaKAAAQJgAAD/RAQDPGAAAerUAAOmXAABtlQ8AoB4RAE5iDQCtKA8A0eIJAHmSAAD/igAAU/gIANpHAgAxSAIAWCERAK8hEQApKREAgCkRANcpEQAuKhEAhSoRANwqEQAzKxEAkgIFAMZ1DABsugwAw7oMAJuyDADysgwASbMMAKCzDAB7uAsAbUoAAI2vBQCUawwA6ZcAAHu4CwDDJwAA8OMBAFP4CACdDgAARB8AAHu4CwDFrg0Aja8FAJRrDABtSgAAxEoAABawAwD3swwANSYCAFP4CACdDgAAxxQDAE4wAwBOMAMA3lwNADVdDQCMXQ0A410NADpeDQD5UA0AUFENACkkEADo0AEAhyUCAJuyDADplwAA/4oAAPCRAgCRqwsA6KsLAAleCACHJQIAKSQQAMMnAACHJQIAxnUMAB12DACpqxEAyaIAAP1xCQDplwAAnQ4AAIclAgCbsgwA8rIMAEmzDACgswwA/z0CANv9DgAy/g4ARiIEAKxSDQAqPQ4AgT0OANg9DgAvPg4Ahj4OAN0+DgA0Pw4Aiz8OAOI/DgA5QA4AkEAOAOdADgBT+AgA6NABAD/RAQCQGAYAKDAIABawAwCHJQIAkasLANv9DgAy/g4ARiIEAL+qAgBOYg0AEN4CAGfeAgB+mAEAHr4CAP+KAABHOwIAbaYBABtVAgCUawwA62sMAEJsDACZbAwA8GwMAEdtDACebQwAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAGw2AwC2iAYADYkGAGSJBgAJXggAhyUCACkkEAByJgoAbUoAAIclAgBFTAIAnEwCAH6YAQA+cAYAtogGANWYAQBsMQIAhyUCAN4lAgCRXg0A6NABAIclAgApJBAA4nMHADl0BwD4wggAT8MIAKbDCAD9wwgAVMQIAECYAACS7gAAaxMDAKVnDgD8Zw4AU2gOAKpoDgABaQ4AWGkOAK9pDgAGag4AXWoOALRqDgALaw4AYmsOALlrDgAQbA4AZ2wOAL5sDgBdMwMAfGEEANNhBAAqYgQAgWIEANhiBAAvYwQAhmMEAN1jBAA0ZAQAi2QEAOJkBAA5ZQQAkGUEAOdlBAA+ZgQAXTMDAHxhBADTYQQAKmIEAIFiBADYYgQAL2MEAIZjBADdYwQANGQEAItkBADiZAQAOWUEAJBlBADnZQQAPmYEAGwxAgBsMQIA6NABAD/RAQBsMQIA8lYLAJNtAgBx2wEA6ZcAAECYAACS7gAAaxMDAM8YAAASewMA1ZgBAGwxAgCHJQIAkCIIAEQfAAD4ZgcAFpAOAAwUBwBtSgAAcdsBAAleCACHJQIAZ8MOAL7DDgAVxA4Ac7kPAJAiCACS4g8A6eIPAPCRAgBtSgAAVwAAAD4yCwCVMgsAbUoAAAAAAADDJwAA8OMBAEfkAQDAJAMA/PwJAFP9CQCQGAYAoNMBAPQOAACoDgoATjADABNHAwBqRwMAwUcDABhIAwBvSAMAxkgDAB1JAwB0SQMAy0kDAHImCgBtSgAAVwAAAMmiAABtSgAAhyUCAN4lAgDo0AEAsMoJAIIfAQCHJQIAkCIIACEMDwB4DA8AfpgBAP/6BQDRtQAAFpAOAG2QDgCLcwcA6NABAJuAAgC+ww4AFcQOAFTiDgCr4g4A9vYPAE33DwCk9w8A+/cPAPCRAgDplwAACV4IAIclAgBnww4AvsMOABXEDgBU4g4Aq+IOAPb2DwBN9w8ApPcPAPv3DwDplwAA/4oAAPKAAgAJXggAhyUCAGfDDgC+ww4AFcQOAFTiDgCr4g4A9vYPAE33DwCk9w8A+/cPAN4lAgA1JgIAjCYCAOMmAgCa8A4A8fAOAEjxDgChiQ4A+IkOAE+KDgCmig4A/YoOAFSLDgBtpgEAFpAOAG2QDgCHJQIAZ8MOAL7DDgAVxA4AVOIOAKviDgD29g8ATfcPAKT3DwD79w8AxKYBAOHbAACHJQIAZ8MOAL7DDgAVxA4AVOIOAKviDgD29g8ATfcPAKT3DwD79w8A8oACAAleCACHJQIAZ8MOAL7DDgAVxA4AVOIOAKviDgD29g8ATfcPAKT3DwD79w8AnQ4AAIclAgDeJQIANSYCAIwmAgDjJgIA/PwJAFP9CQCdDgAAzo0NAG2mAQBtSgAAhyUCAJAiCACLkQ0A9vYPAE33DwCk9w8A+/cPAAAAAABLrA4AhyUCAN4lAgA1JgIAjCYCAPUbDQCRqwsAZTAQALwwEAATMRAAqA4KAOmXAACQIggARB8AAOi6DgA/uw4AlrsOAIclAgApJBAAZ8MOAL7DDgCqvw4AAcAOAFjADgCvwA4ABsEOAF3BDgCHJQIAKSQQAG2mAQBtpgEAFpAOAAwUBwBtSgAAtogGANWYAQAFAQAAD/wPAJ0OAACHJQIAnnwPAKKsDgBtSgAAeZIAAFcAAAB6tQAA0bUAACKcAgB5nAIA0JwCAIIfAQDZHwEACwoMAGIKDAC5CgwAEAsMAP+KAADwkQIACV4IAP1xCQDh2wAAzxgAAHq1AADRtQAAIpwCAHmcAgDQnAIAbUoAAHHbAQDI2wEAGNENAG/RDQDG0Q0AHdINAHTSDQDL0g0ARB8AAJ0OAAAAAAAAAAAAAPbxDgBN8g4ApPIOAPvyDgAq/AAAtGUNAJICBQBYHBAArxwQAAYdEADjJgIAAAAAAP/6BQBW+wUArfsFAPDNDgBHzg4Ans4OAJ0OAAD0DgAAbaYBABaQDgDEVAIAbaYBAMSmAQBkuxAA1ZgBAMMnAADh2wAALEcCAKuLDgA1wxAAQJgAAJLuAABrEwMACV4IAMUPEABHOwIAnjsCAN1ZAgCNrwUAmXENAPBxDQAQ3gIAZ94CAL7eAgDPgwQACV4IAGBeCAAKqRAAtogGAItzBwCoDgoAhyUCAEVMAgCcTAIAq4sOABJ7AwDVmAEAbDECAKxSDQCcOxAAHBAQAHMQEADKEBAAIREQAHgREADPERAAtogGAItzBwCoDgoAhyUCAEVMAgCcTAIAq4sOABJ7AwDVmAEAbDECAJAiCACLkQ0AfpgBAD5wBgBx2wEAyNsBAE4wAwBnww4AvsMOABXEDgBU4g4Aq+IOAALjDgBZ4w4AsOMOAN4lAgA1JgIAjCYCAOMmAgCa8A4ApgYFAP0GBQAdHwwAlGsMABw/CAD9cQkAciYKAG1KAACHJQIAAAAAAMUPEABAmAAAku4AAOnuAAAAAAAAAAAAAJAiCACLkQ0AfpgBAD5wBgBx2wEAyNsBAE8GBQDziA4ASokOAHO5DwDeJQIA+4IJAFKDCQCpgwkAAAAAAFLzDgC2xgEAwycAAPDjAQBH5AEAaSQDAE4wAwCRqwsA2/0OAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAApeAQBhQw0AuEMNAPz8CQBT/QkAGOwBAJY8BgAMFAcAbUoAALaIBgCLcwcAqA4KAIclAgDGdQwAHXYMAKlbAQAMiQ0AY4kNALqJDQARig0AaIoNAL+KDQAWiw0AbYsNAMSLDQAbjA0ATmINACPTBgCbsgwA8rIMAFzSBwBtlQ8AXYUCALSFAgALhgIAYoYCAIclAgCRqwsA2/0OADL+DgCJ/g4AlXAGAP/6BQBW+wUAVpABAK2QAQB9aRAAgh8BAH4DBgB+mAEA1ZgBABJ7AwDVmAEAbDECAIclAgDGdQwAHXYMAJQjDwDrIw8AvfwPABT9DwDnWwIAQiQPAJICBQAAAAAAhyUCAHmSAADQkgAAzEcNACNIDQB6SA0A0UgNAChJDQB/SQ0A1kkNAC1KDQBlMBAAvDAQABMxEACJCBEAWHMQAG1KAADh2wAA6ZcAAOmXAADPGAAAhyUCAGfDDgC+ww4AFcQOAFcAAACuAAAABQEAAJICBQCUIw8A6yMPAJICBQBtSgAA51sCAEIkDwCSAgUAAAAAAIclAgBnww4AOhsRAH6YAQBGIgQAnSIEAPQiBAC+ww4AFcQOAB6eDQB1ng0AzJ4NACOfDQB6nw0A0Z8NACigDQB/oA0A1qANAC2hDQASrQ0Aaa0NAMCtDQAXrg0Abq4NAJuAAgCIKA0ACV4IAM8YAAAyawIAo4IQAG9NBABbPwIAsj8CACr8AADlFQIAxTkHAP/rAgBW7AIArewCAFaLAADo0AEAsMoJAJ0OAABpyAEA1ZgBABJ7AwBGIgQAWz8CAOQpDQAJXggAhyUCAMZ1DAAddgwAbUoAAHHbAQDI2wEAH9wBAOJzBwA5dAcA+MIIAG1KAAAUZQIAKSQQAKgOCgCHJQIAkCIIAEQfAADoug4AP7sOAJa7DgCNSQIA/4oAAFP4CACq+AgAAfkIAP/6BQD/6wIAVuwCAK3sAgBHOwIA/4oAAFaLAABtpgEA/4oAAJuAAgCtzA0ABM0NAFvNDQCyzQ0ACc4NAGDODQD8/AkAlGsMAIqTAwDhkwMA2EcQAC9IEACGSBAA3UgQADRJEACLSRAAAAAAAAAAAAAAAAAAAAAAAAleCABtSgAACV4IAG1KAACHJQIA//oFANG1AAAinAIAeZwCANCcAgBLrA4AhAkAAOmXAABAmAAAku4AAGsTAwCECQAARzsCAFhzEADDJwAAkV4NAOjQAQA/0QEATmINAKlFDgCq+AgAhAkAANsJAADFVw0APpMNAJWTDQD/igAAwycAAG1KAABx2wEAVC8NAIclAgBOYg0AqUUOAKr4CACECQAA2wkAAMVXDQA+kw0AlZMNAJGrCwD/igAAVosAAJSuCACECQAA2wkAAMVXDQA+kw0AlZMNAJGrCwD/igAAVosAAJSuCACECQAA2wkAAMVXDQA+kw0AlZMNAM+DBADVmAEARZ4BANWYAQCFWQkAjycQAOYnEAA9KBAAlCgQAAAAAADeJQIANSYCAIwmAgCEVA8A21QPAIclAgBnww4AvsMOABXEDgBzuQ8Am4ACAAAAAACHJQIAZ8MOAL7DDgAVxA4Ac7kPAJAiCACLkQ0AfpgBAD5wBgBx2wEAyNsBAEZKDACdSgwA3rgOAN4lAgA1JgIAjCYCAP/6BQD/6wIAqQ4DAHq1AADplwAA+GYHAG2mAQAWkA4ACV4IACEMDwB4DA8AzwwPACYNDwB9DQ8A1A0PAKxSDQAIaBEAX2gRAEheAgCTbQIAtogGAItzBwCoDgoAjUkCAIIfAQCdDgAAZ8MOAL7DDgAVxA4Ac7kPAEZKDACdSgwA3rgOAN4lAgA1JgIAjCYCAJAiCACLkQ0AfpgBAD5wBgBx2wEAyNsBAMRUAgDEVAIAC3APAIclAgDeJQIANSYCAIwmAgDjJgIAZTAQALwwEAATMRAA3iUCAOjQAQCwygkAgh8BACkkEABQWw8AxnUMAGwxAgDPGAAAJhkAAOjQAQA/0QEAltEBAIclAgB5kgAA0JIAAFdBDQCuQQ0ABUINAFxCDQCzQg0ACkMNAAr2DgDDcg8AGnMPAHFzDwBLrA4Abf0BAOi6DgA/uw4AlrsOAIclAgDFVw0APpMNAJWTDQCqvw4AAcAOAFjADgCvwA4ABsEOAF3BDgCHJQIAxVcNAD6TDQCVkw0A/4oAAFaLAACUrggAhyUCAJAiCABEHwAA6LoOAD+7DgCWuw4AhyUCAMVXDQA+kw0AlZMNAGfDDgC+ww4Aqr8OAAHADgBYwA4Ar8AOAAbBDgBdwQ4AhyUCAMVXDQA+kw0AlZMNAAAAAADvFwIAbUoAAHmSAADo0AEAP9EBAG2VDwBXAAAArgAAALVWAwAMVwMAY1cDALpXAwCRqwsA2/0OADonAgCRJwIA6CcCAD8oAgCWKAIAFTECAPz8CQCUawwA//oFAFb7BQCt+wUAm7IMADJrAgCJawIAAAAAAG2VDwDElQ8AKxMQAIITEADZExAAMBQQAPUbDQBGSgwAnUoMAN64DgBOMAMANRUQAIwVEADjFRAATjADAIclAgB5kgAA0JIAAB/hAgA+cAYAlXAGABjsAQA0mw8AVwAAAH6YAQA+cAYAcdsBAFQvDQAQ3gIAfpgBANWYAQCKkwMA/4oAABVtDgD/EwsARkoMAG2mAQD/igAAk20CAMMnAACRXg0A6NABAIIfAQCHJQIAkCIIAIuRDQB+mAEAPnAGAHHbAQCUawwA62sMAIclAgDeJQIA+4IJAGAqDwC3Kg8ADisPAGUrDwC8Kw8AEywPAGosDwBOYg0AwycAAG1KAABx2wEAVC8NAMSaEAAbmxAAcpsQAMmbEAAgnBAAd5wQAA/tDACHJQIA3iUCAJFeDQDoXg0AP18NAJAiCAAhDA8AeAwPAM8MDwAmDQ8AkuIPAOniDwDwkQIAbUoAAHHbAQBOYg0ARzsCAO6HDgBFiA4AbUoAAHHbAQCLkQ0AerUAAHq1AADplwAAnQ4AAGnIAQDDJwAAWzMRADUmAgCMJgIA4yYCANalDgAtpg4AhKYOAJFeDQDoXg0AP18NAJAiCAAhDA8AeAwPAM8MDwAmDQ8AkuIPAOniDwDwkQIAbUoAAHHbAQBOYg0ARzsCAO6HDgBFiA4AbUoAAHHbAQCLkQ0AerUAAHq1AADplwAAnQ4AAGnIAQDDJwAAWzMRANumDgAypw4AiacOAKDTAQCHJQIAAAAAAIclAgDeJQIANSYCAIwmAgA0Og0AizoNAAAAAAD8/AkAlGsMAOtrDABOMAMAkasLAPhmBwBPZwcAo4IQAG9NBABEHwAACV4IAE4wAwB+mAEA1ZgBAMMnAACRXg0AaxMDAGkkAwDAJAMAZ8MOAL7DDgAVxA4Ac7kPAMq5DwAQyA8AZ8gPAL7IDwCBgAoA2IAKAC+BCgA0Og0AizoNAJGrCwBlMBAAvDAQABMxEACGgQoAmvAOAKYGBQD9BgUAs48LANv9DgDr2xEAQtwRAJncEQDw3BEARkoMAG2mAQAWkA4AbZAOAKDTAQBEHwAA/PwJAFP9CQCq/QkAzGcCAG2VDwBt/QEAxP0BALbGAQB5FgoA5CkNAPhmBwAsRwIAq4sOABJ7AwDVmAEAbDECAGkkAwDAJAMAZ8MOAL7DDgAVxA4Ac7kPAMq5DwAQyA8AZ8gPAL7IDwC/qgIAFqsCAGcfEAAJXggAYF4IAPCRAgAJXggAjUkCAItzBwByJgoA6ZcAAECYAACS7gAAaxMDAJLzAQDp8wEAbaYBABaQDgBtSgAAcdsBAGfDDgD/igAAoNMBAJQjDwB+mAEAHr4CAAleCACHJQIA3iUCADUmAgCMJgIA4yYCAJAiCACLkQ0AerUAAHq1AADplwAAnQ4AAGnIAQDDJwAAWzMRAHzqDgDT6g4AKusOAIHrDgDY6w4AbZUPAMSVDwAblg8AkuIPAIHwDwDY8A8AL/EPAIbxDwCG7A4A3ewOADTtDgCHJQIAhyUCAE4wAwCCHwEAgh8BAH4DBgDwkQIAFrADAIclAgDvFwIARhgCAJ0YAgD0GAIASxkCAKIZAgDPGAAA6ZcAAG1KAABO1AEACV4IAFcAAACFWQkACV4IAG1KAAD/igAAU/gIAIclAgBnww4AvsMOABXEDgBzuQ8ANSYCAIwmAgDjJgIAkCIIAIuRDQB6tQAAerUAAOmXAACdDgAAacgBAMMnAABbMxEARUwCAJxMAgCqxA8A6ZcAAECYAAA/0QEAZ8MOAL7DDgAVxA4AerUAAP+PAQCS8wEA6fMBAG2mAQAWkA4AbUoAAGfDDgC+ww4AFcQOAE5iDQCgGRAA9xkQAE4aEAClGhAA/BoQAFMbEACqGxAATjADAAAAAAAAAAAAfpgBAEYiBACUIw8A6ZcAAFcAAABoTgEAP9EBAAKnAgD/6wIAk20CAHHbAQB6tQAAAAAAAKAeEQDeJQIANSYCAIwmAgDjJgIA9eQBAGckEQAhDA8AeAwPAM8MDwAmDQ8AhyUCAGfDDgC+ww4AFcQOAHO5DwDKuQ8AxnUMAB12DACg0wEA99MBAE7UAQCl1AEA/NQBAFPVAQCdDgAA2kcCAN4lAgA1JgIAjCYCADQ6DQCLOg0AkasLAGUwEAC8MBAAEzEQAM8YAACHJQIAkasLAGUwEAC8MBAAEzEQACkkEAA/7wcAlu8HAO3vBwBE8AcAm/AHAPLwBwBJ8QcAi3MHAG1KAADESgAAG0sAAFe9AwCHJQIAkasLAGUwEAC8MBAAEzEQAM8YAAAJXggAqdoJANWYAQBsMQIATjADAJGrCwDb/Q4A+isQAFEsEACoLBAA/ywQAJ0OAAD/igAA+v4GAFcAAABtpgEAiQgRAO6HDgBFiA4AnIgOAMKhDgBtpgEAFpAOAG2QDgDEkA4AQJgAAJLuAABrEwMAe8cOAAAAAADaRwIA2kcCAEBVBACXVQQA7lUEAEVWBACHJQIAhyUCACkkEADDJwAAhyUCAGfDDgC+ww4AFcQOAAleCACp2gkARyAOAJ4gDgBLrA4AoqwOAG2mAQAWkA4AbZAOAP1xCQAIsA4AX7AOAEusDgCirA4AxQ8QAJ0OAABEHwAA+GYHABaQDgAMFAcAbUoAAHHbAQDvFwIAwycAAPDjAQBH5AEAnuQBAFcAAACuAAAABQEAAA/8DwBXAAAASk0CAKFNAgD4TQIAT04CAKZOAgD9TgIAi3MHAHImCgBtSgAAerUAAP+PAQCS8wEAy2IIAJ0OAADEVAIANcMQAIzDEAAMiQ0AVC8NAJLuAACUawwAVwAAAG1KAABx2wEARzsCAO6HDgD/igAA8JECAAleCACp2gkA1ZgBAIqTAwDhkwMA2EcQAC9IEACGSBAA3UgQAOdbAgDicwcAVwAAAH6YAQDVmAEAbDECAIclAgBOYg0AwycAAG1KAABx2wEAVC8NANpHAgDaRwIAAAAAAIclAgDeJQIANSYCAIwmAgA0Og0AizoNAIclAgBtSgAAcdsBAMjbAQAf3AEArFINAANTDQBPOA8ApjgPAP04DwBUOQ8AqzkPAAI6DwD3swwA+4IJAGAqDwC3Kg8ADisPAGUrDwCHJQIAiQgRAFhzEADDJwAAkV4NAOjQAQA/0QEAxnUMAD5wBgCdDgAAhyUCAEZKDACdSgwA8JECAD/RAQDPGAAAbUoAAIclAgBOYg0AZx8QAAleCACHJQIARUwCAJxMAgCqxA8AAcUPAP/6BQD/6wIAqQ4DAHq1AADplwAA+GYHAG2mAQAWkA4ACV4IAG1KAAAUZQIAa2UCAMJlAgBUNA4AVDQOAFAVAQDplwAAQJgAAJLuAACNSQIA5EkCADtKAgCSSgIA6UoCAI1JAgDDJwAA8OMBAEfkAQAXqQwAbqkMAGw2AwACJgsAFcQOANLHDgA1JgIAjCYCAOMmAgDNWwoAJFwKAA/tDABFngEAi3MHAKgOCgDplwAA/4oAAGcfEAB6tQAA6NABAD/RAQCQGAYAk20CALaIBgCLcwcAqA4KAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAm3YAAJNtAgC2iAYARiIEAMMnAAD7ggkA6ZcAAAleCAAJXggAxQ8QABwQEACFWQkAjycQAOYnEADFDxAAzxgAAHq1AAAWsAMA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQBXAAAAVwAAAG2mAQDPgwQAerUAAP/rAgCTbQIAtogGAItzBwCoDgoAerUAAP+PAQAmzAEAxJoQAHHbAQCpWwEAC7gMAGK4DACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAzxgAACYZAABc0gcAbUoAAI2vBQCZcQ0Aj48CAJ0OAABFngEA6ZcAAM8YAABtSgAAerUAAP+PAQAmzAEAfcwBANTMAQArzQEAgs0BANnNAQAY9gMAb/YDAPKUBgBJlQYAoJUGAPeVBgBOlgYApZYGAPyWBgBTlwYA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQBx2wEAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAG1KAAD/igAAfpgBANWYAQDplwAAQJgAAG2mAQD/igAA6MsAANCSAABXQQ0AlK4IAOuuCACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAz4MEANWYAQASewMAPnAGALaIBgD/igAAU/gIAM+DBABdhQIA/4oAAJNtAgC2iAYAi3MHAKgOCgDplwAAqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAJNtAgD/igAA/4oAAFaLAACtiwAABIwAAFuMAACyjAAA6NABAD/RAQCdDgAA9A4AAHImCgDo0AEAerUAAOmXAADDJwAA8OMBAEfkAQAXqQwAbqkMAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEAbDECAP8TCwBWFAsAGOwBAAleCABHOwIAerUAAHq1AAD/jwEAJswBAH3MAQDUzAEAK80BAILNAQDZzQEAGPYDAG/2AwDylAYASZUGAKCVBgD3lQYATpYGAKWWBgD8lgYAU5cGAH6YAQAevgIAdb4CAMy+AgAjvwIAer8CANG/AgCdDgAAv6oCABarAgCTbQIAcdsBAOmXAACpWwEAAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEACl4BAEtQDQCiUA0A6ZcAAKlbAQDr2xEAQtwRAJncEQDw3BEAR90RAJ7dEQD13REA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQAKXgEAS1ANAKJQDQB6tQAA/48BAJLzAQDp8wEAbaYBABaQDgBtSgAAtogGAItzBwCoDgoA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQAKXgEAS1ANAKJQDQC2iAYADYkGAGSJBgC7iQYAEooGAGmKBgDAigYAsaoNAAirDQBfqw0AtqsNAA2sDQBkrA0Au6wNAApeAQBLUA0AolANAHmSAADQkgAAV0ENAJSuCADrrggAQq8IAJmvCADwrwgAR7AIAKnaCQCLcwcA6ZcAAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQAKXgEAS1ANAKJQDQCdDgAAJi0EAH0tBAAWkA4AqVsBAABcAQBXXAEArlwBAAVdAQBcXQEAs10BAApeAQBLUA0AolANAG9NBADGTQQAHU4EAHROBADLTgQAIk8EAHlPBADQTwQAJ1AEAH5QBADVUAQACl4BAEtQDQCiUA0AwycAAG2mAQAWsAMA4dsAACxHAgAWsAMAnQ4AACYtBAB9LQQAFpAOAKlbAQAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQAKXgEAS1ANAKJQDQAAAAAAhyUCAAAAAACHJQIA3iUCADUmAgCMJgIA4yYCANpHAgAxSAIAdcMDAMzDAwAjxAMAesQDAMZ1DAAddgwAnQcQAPQHEABLCBAAoggQAPkIEABQCRAApwkQANpHAgAxSAIAkCIIACEMDwB4DA8AzwwPACYNDwBhUhAAKSQQAOjQAQCHJQIA/PwJAMAOEAAXDxAAbg8QAIclAgBnww4AvsMOABXEDgBzuQ8AZ8MOADobEQAbSwAAV70DAK69AwCOBBAAkwUQAOoFEABBBhAAxnUMAGy6DABpyAEAzo0NAOmXAACdDgAAkCIIAPQOAACCHwEAy2IIAGfDDgC+ww4AFcQOAHO5DwDKuQ8ARUwCAOmXAABAmAAAP9EBAJAiCAAhDA8AeAwPAM8MDwAmDQ8ARzsCABawAwCHJQIAkCIIAEQfAABHOwIA/4oAAKDTAQC/qgIAtogGAP+KAABnHxAAvh8QAIkIEQBYcxAAQJgAAGwxAgCCHwEAfgMGAGcfEADPGAAAhyUCAE5iDQBnHxAACV4IAIclAgD/+gUAVvsFAK37BQAyrA8Aja8FAOSvBQBHOwIAnjsCAPU7AgDnWwIA6NABAA/tDAAPUxAAZlMQAL1TEAAUVBAAa1QQAMJUEAAZVRAA2kcCADFIAgAPUxAAZlMQAJGrCwBlMBAAvDAQABMxEADaRwIATjADAMRKAACWHBEA7RwRAEQdEQDo0AEAsMoJAOHbAAAsRwIARzsCAG2mAQCHJQIAkasLANv9DgA6JwIAkScCAOgnAgA/KAIAligCAAAAAACHJQIA/PwJAFP9CQACpwIAZ74NAL6+DQAVvw0AbL8NAJAiCACZJA8A8CQPAEclDwCeJQ8A9SUPAEwmDwCQIggAmSQPAPAkDwBHJQ8AniUPAPUlDwBMJg8AkasLANv9DgA6JwIAkScCAOgnAgA/KAIAligCAG2VDwCgHhEATmINAK0oDwDR4gkAeZIAAP+KAABOYg0ArSgPANHiCQB5kgAA/4oAAFP4CACHJQIAbZUPAKAeEQD3HhEATh8RAKUfEQD8HxEAUyARAKogEQABIREAeZIAAG2mAQBtpgEAhyUCAKxSDQADUw0AWlMNALFTDQDADhAA1ZgBAGwxAgCHJQIAxnUMAD5wBgBx2wEAXVsLAJ0OAADDJwAAbUoAAIclAgD/+gUAVvsFAK37BQAyrA8AiawPAOCsDwA3rQ8AbDECAHkWCgDQFgoAhyUCAP/6BQBW+wUArfsFADKsDwCJrA8A4KwPADetDwDoywAAnQ4AAEQfAAAJXggAhyUCAIkIEQDgCBEATjADAG39AQD3HhEA6KsLAAleCACHJQIAKSQQAMMnAACHJQIAxnUMAB12DADPGAAA6ZcAAECYAACHJQIAkasLANv9DgAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQAKXgEAkCIIAJLiDwDp4g8AbasCAMSrAgCHJQIAZ8MOAI2vBQCZcQ0A8HENAEdyDQBtlQ8AxJUPAG2VDwDElQ8AG5YPAHKWDwD/+gUA/+sCAEVAEQCcQBEA80ARAEpBEQChQREA+EERAE9CEQCmQhEAbZUPAMSVDwBOYg0ARzsCAO6HDgAQ3gIAzVsKAJGrCwDb/Q4AAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEACl4BAEVMAgCcTAIAqsQPAAHFDwBnww4AOhsRABtLAABGywMAA1MNAOjQAQA/0QEAAqcCAG1KAACHJQIA//oFAP/rAgBFQBEAnEARAPNAEQApJBAAwycAAIclAgBnww4AOhsRABtLAADeJQIAkV4NAG2mAQBtpgEAxKYBAOHbAAB+mAEA1ZgBAGwxAgCHJQIAkasLANv9DgAAXAEAV1wBAK5cAQAFXQEAXF0BALNdAQB5kgAA6NABAMAOEADVmAEAbDECAIclAgDFVw0AHFgNAGcfEAAJXggAbaYBAM+DBADVmAEAbDECAIclAgApJBAAwycAAIclAgBnww4AOhsRABtLAACpVBEAAFURAFdVEQCuVREABVYRAFxWEQCzVhEAClcRAGFXEQC4VxEAD1gRAGZYEQC9WBEA2kcCADFIAgADCxAAZx8QACYZAACrSgEAxEoAABtLAABXvQMAhyUCAJGrCwDb/Q4AAFwBAFdcAQCuXAEABV0BAFxdAQCzXQEACl4BACkkEAA/7wcAlu8HAO3vBwBE8AcAm/AHAPLwBwBJ8QcA4pENADmSDQCQkg0A55INAHbcAQAAAAAAAAAAAAAAAACHJQIAm7IMAKmrEQAArBEAV6wRAMZ1DAAddgwAZYwRALyMEQATjREAao0RAMGNEQBOYg0AKDAIAAleCAAWsAMA/4oAAPCRAgDPGAAAhyUCAE5iDQAoMAgACV4IAEZKDADPGAAAqasRAACsEQBXrBEAxnUMAB12DABljBEAvIwRABONEQBqjREAwY0RAE5iDQAoMAgACV4IAJ0OAAC/qgIAFqsCAFP4CACq+AgAbDECAP8TCwCCHwEAhyUCAMZ1DAAddgwAZYwRALyMEQATjREAao0RAMGNEQCJCBEAnjsCAOkMBwCe6QIAbaYBABaQDgDGdQwAHXYMAGWMEQC8jBEAE40RAGqNEQDDMQIAhyUCAGwxAgD/EwsAVhQLAJuyDACpqxEAAKwRAFesEQDGdQwAHXYMAGWMEQC8jBEAE40RAGqNEQDBjREAVwAAAGhOAQC/TgEAEN4CAH6YAQAJXggAxQ8QAECYAAAP7QwAv6oCAI2vBQCZcQ0Ak20CAHHbAQBsMQIAFrADAE4wAwBAVQQAl1UEAO5VBABFVgQARUwCAH6YAQA+cAYAxEoAAIclAgCRqwsA2/0OAABcAQBXXAEArlwBAAVdAQBcXQEAs10BANpHAgAxSAIAZ8MOAH0NDwCWtg0A/PwJAFP9CQBAmAAAlGsMAOtrDACHJQIARkoMAJ1KDADeuA4AVwAAAIIfAQCHJQIAkasLAGUwEAC8MBAAAAAAABMxEABU5w8AT10FAH4DBgBnHxAACV4IAIclAgDeJQIANSYCAIwmAgDjJgIARUwCAH6YAQA+cAYAxEoAAIclAgCRqwsA2/0OADL+DgCJ/g4AlXAGAP/6BQBW+wUAVpABAMdGDQAeRw0AHkcNAIIODwC2xgEA9i8KAE0wCgCkMAoAgM0PANfNDwBXAAAAaE4BAL9OAQD9hQ0AVIYNAKuGDQAChw0AhyUCAP/6BQBW+wUAVOcPAKvnDwAC6A8AWegPALDoDwAH6Q8Az4MEAEzKDQCjyg0ADBQHABawAwB6tQAA0bUAAGvuDADC7gwAGe8MABepDABuqQwA6ZcAAECYAACS7gAAaxMDAGwxAgDDMQIA/4oAADobEQAbSwAAV70DAK69AwBOYg0ApWINAPxiDQBnww4AvsMOABXEDgDSxw4ANSYCAIwmAgA0Og0AizoNAH0NDwCWtg0AkCIIAEQfAADplwAAZ8MOADobEQAbSwAA3iUCAFszEQCyMxEACTQRAGA0EQCQIggAkuIPAOniDwBtqwIAxKsCAIclAgBnww4Aja8FAJlxDQDwcQ0A/PwJAFP9CQBtlQ8A6NABAJRrDADrawwAhyUCAIIfAQB+AwYAEN4CAM1bCgCRXg0A6NABAIclAgCCHwEA2R8BAOjQAQA/0QEAxnUMAB12DADDJwAAkV4NAOjQAQCCHwEAfgMGAJNtAgC2iAYAi3MHAOmXAAAMFAcAh+cGAG1KAAC2iAYAi3MHAKgOCgCHJQIA3iUCADUmAgCMJgIA4yYCAN4lAgCRXg0A6NABAIclAgBnww4A/4oAAKDTAQA6GxEAG0sAAFe9AwCuvQMAjgQQAJMFEADqBRAAQQYQAN4lAgA1JgIAjCYCAIRUDwDbVA8AhyUCAGfDDgC+ww4AFcQOACasDAB9rAwA1KwMACutDACCrQwA2a0MADCuDACHrgwAfxwEANYcBABU5w8Aq+cPAPkeAwBQHwMAFpAOAPfTAQCTDxIA6g8SACSJEwBcRw4AFrADAMDIAQA2QhIARaETAAleCACNPwAAQRASAJgQEgA2QhIAsPIRACVNAABOLhQARaETAAleCABFoRMARaETAAleCAA2QhIAGocTAEWhEwBOLhQAbDECAJsfAABQFQEATi4UAFAVAQDGPBIAxjwSAAleCADFDxAAoCAAAFAVAQCWzAAAltEBAEDtEQBA7REARaETAJbRAQBFoRMA6LoOAHoKEgDRChIAEaMSAJMPEgDqDxIA6fESAE4uFACECQAANkISAHoKEgDRChIAUBUBAA8GEgC9YhMAFGMTALNbEgBsMQIAxjwSAINAEgDaQBIAkw8SAOoPEgCN8BIAgh8BAKAeEQDGPBIA4A0SAMY8EgCoDgoA3tETABGjEgA2QhIAiRITAEWhEwCECQAAhAkAAPcjEgBOJBIApSQSAE4uFACdDgAAEhgSAGkYEgASGBIAaRgSAKJpEgBOLhQAlrYNAGkkAwAJXggAlK4IAAleCAD3IxIATiQSAIuvEwBQFQEA9yMSAE4kEgCLrxMAmx8AAJMPEgDqDxIA4GsCAIclAgBsugwANkISAE4wAwCWtg0AlrYNAIclAgBtSgAAxjwSAAgWEgBVFBIAqtUBAKUuFAClLhQAVRQSAG4ZEgDFGRIAHBoSAB6+AgAJXggANkISAE1fAgASGBIAaRgSAMY8EgBVFBIArBQSABIYEgC3PhMAEhgSALc+EwCaWxMAxjwSAGcpEgD8JBIAUyUSAA8GEgD8JBIAAOoMAIclAgD3IxIATiQSAPcjEgBOJBIA9yMSAE4kEgDAGBIAEaMSAG0AFADEABQAxFQCAFUUEgAPBhIAEhgSAGkYEgDEVAIACV4IAIclAgBOLhQAhyUCAGj/EwC//xMANR8SAJAHFAA2QhIANkISAJICBQCSAgUAkgIFAE4wAwBT+AgAWHMQANMoCgBYcxAAN60PADetDwBtSgAAhcQNAOdZEwDIKxIAKvwAAJ0OAACdDgAAgC4SAEQdEQAq/AAARUoTAJ0OAABEHREAxjwSAMY8EgDGPBIAxjwSAMY8EgAPBhIADwYSAMY8EgDGPBIAxjwSAMY8EgDGPBIAxjwSAA8GEgAPBhIADwYSAMY8EgDGPBIAxjwSAA8GEgAPBhIAnjQSAA8GEgAPBhIAxjwSAMY8EgDGPBIAhyUCAIclAgB6vRMAhAkAAHq9EwCECQAAYDkSABIEDgCHJQIATi4UAOjQAQD2LwoAhyUCAJ0OAACdDgAAxjwSAMY8EgBtpgEAkAcUAPcjEgBOJBIATjADADZCEgBOLhQAnQ4AACc/EgCHJQIAqOsCAEQfAAAWsAMAeRYKAM8YAAAJXggAq8QIAAleCABxhxMANkISAPCPEwCQBxQAnQ4AAD2QAgDh2wAA4dsAAOHbAABOLhQA4dsAAH9pAgCjghAATi4UAD2QAgBOLhQAYoYCAJKfEwBJfxMAoH8TAKFGEgBOLhQA0wMUACoEFAAjFgMAUBUBAE4uFAAkfxEAhAkAAE4uFABXAAAAzxgAAMUPEACw8hEAFrADAEw6EwBXAAAAkp8TAIQJAABOLhQAiRITAIQJAAA2QhIAhAkAAIQJAAD99RIANkISALDyEQC/qgIAFrADAJBUEgCYIQQA2voDAIZSEgCwAwQApS4UACgwCAAPBhIAvWITABRjEwCPjRMAy/cDAPcjEgBOJBIAi68TAPlpEgAPBhIATi4UAA7+BQDG9gMApp4SAA8GEgDGPBIAxjwSAPcjEgBOJBIAxjwSAINAEgDaQBIA9A4AADZCEgCpgwkAFpAOADZCEgBqQBMAakATADZCEgB6ZhMAdD0SAK1IBACHJQIANkISALhcEgCW0QEATi4UAIclAgCHJQIAhyUCAKUuFACHJQIAsPIRAE4uFACHJQIANkISAJAHFACDQBIA2kASAIclAgAJ/QUAfSETAHu4CwBLrA4ATi4UAGmKBgBOLhQAFI0KABCAEgCgIAAANkISALhcEgAPXRIAlQMTAE4uFAC/qgIAFpAOADZCEgAahxMAKvwAAH0hEwCmnhIAEAsMAC23AABHOwIAhyUCAA8GEgC9YhMAFGMTAPcjEgD2XBMAS6wOAEDyEgCw8hEAnQ4AAFAVAQBGaBIALO4SAIPuEgCVAxMAbUoAAA8GEgC9YhMAFGMTAI+NEwDmjRMAlQMTAG1KAACVAxMAbUoAAD7+EQDZdBIATi4UAIclAgBOLhQAhyUCADZCEgAahxMAEaMSADZCEgBXWhIArloSAAVbEgAT6RIAhyUCAFATEgA2QhIAxjwSAINAEgDaQBIAcYISACMlBgCw8hEA3tETAMO6DAClLhQAxjwSAKUuFADGPBIA/hMSAE4wAwBgkBIAt5ASAA6REgBXWhIArloSAAVbEgBcWxIAtfgSAGCQEgC3kBIADpESAD7+EQC4cgUADwYSAL1iEwAUYxMAj40TAOaNEwC4OQsATi4UAL+qAgBOLhQAfSETALDyEQCSAgUAxvYDAHHbAQDGPBIAg0ASANpAEgDsAxMAoCAAAA8GEgC9YhMAFGMTAE4uFABOMAMAj40TAOaNEwDIAwoAlQMTAG1KAACtjhIABI8SAFuPEgA9jhMAaYoGAK2OEgDGPBIAA3ETAA8GEgClLhQAxjwSAINAEgClLhQAFpAOAIclAgCQBxQAg0ASANpAEgAu+AYANkISABqHEwBOLhQAll8NADZCEgBOLhQA+LgGANyLEwAPBhIApS4UABIYEgBpGBIACV4IAJzzEgBgkBIAt5ASAA6REgCQBxQAg0ASANpAEgCQVBIAv6oCABaQDgDcixMATi4UABaQDgCHJQIAvD8TAAleCAAQ3gIA3IsTADOMEwCKjBMAPv4RAFAVAQA2QhIATi4UAH0NDwCw8hEAD+0MAA8GEgDcixMADwYSANyLEwDGPBIApS4UAKUuFAClLhQAxjwSAINAEgDaQBIAV1oSAK5aEgAFWxIAQRUTAD2OEwCUjhMAfSETAKAgAABcWxIAUGoSANyLEwAzjBMAiowTAOGMEwCQBxQAdD0SAGw0FAAyZBIAiWQSAGw0FACtjhIA3IsTAA8GEgC9YhMAFGMTAA8GEgC9YhMAFGMTAE4uFADWZxMAVC8NAE4uFAAWkA4ATi4UAJ8lCACw8hEAhyUCAJbRAQBQFQEANkISAHpmEwB0PRIAr4ITAAAAAAAJXggAAAAAAPwuFAA2QhIAemYTAHQ9EgCvghMAAAAAAAleCAAAAAAATi4UAE4uFAAkiRMATi4UACSJEwBOLhQAJIkTAPwuFABOLhQAakATAKUuFADGPBIAxjwSAINAEgDaQBIANkISAADqDAAahxMAlrYNAA8GEgC9YhMAFGMTABtOEgBOLhQAkp8TAG1KAADY/xIA9lwTACgwCADMZRMAI2YTAIuvEwAWsAMA3IsTADOMEwCKjBMANkISADZCEgDGPBIAg0ASANpAEgB4nAkAAAAAAOPNEgA6zhIAkc4SAKvECAADcRMAWnETALFxEwBOLhQAPv4RAFQvDQBs3wIAFpAOADZCEgBOLhQATDoTADqmCgA+/hEATi4UAKgOCgARoxIA9yMSAE4kEgASGBIAaRgSAA8GEgC9YhMAFGMTAIqTAwA2QhIATi4UAG/2AwDGPBIAxjwSAINAEgDaQBIACV4IAKAgAADGPBIASFwTAMY8EgCDQBIA2kASAOUYFAAAAAAADwYSAL1iEwAUYxMANkISALhcEgAPXRIAsPIRADZCEgB+FwoAfSETALDyEQAwIAEAAAAAAE4uFAB9IRMAsPIRADAgAQCA3BIADwYSAL1iEwAUYxMAemYTAHQ9EgBOLhQANkISAMY8EgCDQBIA2kASAE4uFAAWsAMAhyMTAIclAgBg5xIAxjwSACr8AADKmwkAbUoAAPCPEwAWsAMAltEBAE4uFABAmAAAakATAIqTAwBPnhIAhyUCAIclAgA2QhIAi68TAOcHFABQFQEAEaMSAIclAgCN8BIAPnAGALhcEgAPXRIAT54SANWYAQCA3BIA19wSAC7dEgAJXggAAAAAAAAAAAAAAAAATi4UAH0hEwAAAAAAAAAAAAAAAACN8BIAaPoSAG1KAACHJQIAUBUBAE4uFACSnxMAfSETAAleCADGPBIApp4SAKaeEgDGPBIAdD0SAGkkAwCnHRQAvWITABRjEwCPjRMA5o0TAN7REwCQBxQAdD0SAJICBQAPBhIAZgYSAJICBQDplwAAbUoAAH8wCABOLhQA/4oAAH8wCAClLhQAgf8SAE+eEgD3IxIATiQSAMAYEgC4XBIAD10SAPcjEgBOJBIAwBgSALhcEgAPXRIAbUoAAG1KAAAQgBIAtsYBAANxEwBacRMAsXETAJUDEwBOLhQAFrADAMY8EgBOLhQAb/YDACmKEwCHJQIAxjwSAINAEgDaQBIACgoTAGEKEwCSAgUAkgIFAE4uFABv9gMAb/YDAAn9BQC8PxMAsPIRAAAAAABOLhQATi4UAOmXAAA2QhIAb/YDANZnEwCHJQIAwW8LAGwxAgD0FhMASxcTAFcAAABXAAAAaYoGADZCEgCHJQIATi4UAE4uFADPGAAADwYSAL1iEwAUYxMA6ZoSAJZfDQDL9wMAxjwSAINAEgDaQBIAbZUPAPcjEgD2XBMADj8TAIkSEwCoDgoAiRITAIkSEwAJXggAzxgAAPcjEgD2XBMATiQSAA8GEgA2QhIAiRITAOASEwA3ExMA3tETAMAdEwBcYBMAxjwSAG/2AwA2QhIArjIKANE5CgAAAAAAsPcSAAf4EgAAAAAAAAAAAFpECgCnExIAll8NADZCEgBOLhQATi4UAGpAEwBtSgAANkISAE4uFACgHhEANkISAFAVAQCHJQIANkISAIRoEwDPGAAARmgSAN7REwARoxIATi4UAE4uFABOLhQAzxgAAM8YAADPGAAAEaMSAE4uFABOLhQAzxgAAM8YAADPGAAAzxgAAM8YAADGPBIAg0ASANpAEgBOLhQAhyUCAE4uFACHJQIATi4UAFAVAQAuNBMAUBUBAIclAgBOLhQAhAkAAC40EwCECQAA1mcTAKgOCgAuNBMATjADAAAAAAAWsAMA3DQTABawAwBOLhQA1mcTAJ4+FAA2QhIAnj4UAE4uFACePhQAxjwSAINAEgDaQBIATi4UACsTEABQFQEAsPIRAJ0OAACdDgAAsPIRABaQDgDWZxMATjADAE4uFABOMAMADwYSAL1iEwAUYxMAxjwSAINAEgDaQBIAhyUCAD/RAQBOLhQAhyUCAE4uFAA2QhIA1CETAIclAgCHJQIAltEBABhBEwBQFQEAJFwKAN7REwA2QhIACV4IAIQJAABOLhQALjQTAAAAAAASGBIAtz4TAJpbEwDAowsAEhgSAGkYEgDAowsAPTcTAMCjCwBx2wEAhyUCABIYEgBpGBIAomkSAKAeEQDGPBIAg0ASANpAEgBblBMANkISAED3EwAahxMA6fYTADZCEgA2QhIARUoTAJxKEwDzShMARUoTAJxKEwDzShMASksTAKFLEwBFShMAnEoTAPNKEwBKSxMAoUsTABqHEwDGPBIAg0ASANpAEgBblBMANkISAED3EwAahxMA6fYTADZCEgBjiQ0ANkISAG1KAAAQ3gIAbUoAAJAHFACDQBIA2kASADZCEgDiWBMACV4IABawAwAChw0ATjADAP7GEwD2XBMA9eQBAIclAgCdDgAAAAAAAA/tDAAAAAAAtz4TAC9XEwCGVxMA3VcTAE4uFACQBxQAg0ASANpAEgCHJQIAhAkAAJICBQCSAgUA3tETAIclAgAPBhIAhyUCADZCEgBOMAMANkISAFubAwCSnxMAkp8TAG2VDwA2QhIATi4UAIclAgD3IxIATiQSAJAHFACDQBIA2kASAJAHFACHJQIACV4IAE4uFAAJXggANFgTACcmDQCoDgoAhAkAAN7REwDpAgUAVuoTAK2QAQAq/AAAr4ITABIYEgBpGBIAgY8NAP7GEwB0dgwAhyUCAEtuEwCHJQIAdHYMAKajEwBZpRMAbq4NAG39AQAPBhIAvWITABRjEwCHJQIATi4UAE4uFACQBxQAv6oCAL+qAgCQBxQAkAcUAAleCACCHRIA2R0SAGl0EwDIKxIADwYSAMY8EgB0PRIAGjICAE5iDQBpyAEA/CQSAA8GEgBpewMAbf0BAAn9BQBX2wkAkHQHAGwxAgBtSgAAPhkGAAleCABOLhQAFpAOAHq9EwCo6wIAZHUCAKjrAgBkdQIA9G8CAHu4CwClLhQAbN8CAE4uFACECQAAhyUCAB8sEgBEHwAAaXsDAGj/EwCHJQIATi4UAFUUEgCq1QEATi4UAN7REwBdMRQA6QIFAE4uFABOMAMATjADAE4wAwBOMAMANkISADZCEgB/ZxMAdD0SABlkEwCHJQIAbUoAAL+qAgAkiRMAnQ4AABaQDgAPBhIAvWITABRjEwCrxAgAxjwSAINAEgDaQBIAPY4TAJSOEwC4XBIAD10SALhcEgAPXRIAxjwSAKajEwDEVAIATi4UAIclAgBpJAMAEhgSAM6rEwA2QhIApLQTAEzKDQBnHxAAhyUCAKajEwBZpRMAUvgPAM8YAACmoxMAWaUTAFL4DwCbgAIApqMTAFmlEwBS+A8A9yMSAE4kEgCLrxMAObATAK2TEwAElBMAt5UTAKajEwBZpRMAUvgPAKajEwBZpRMAUvgPAKajEwBZpRMAUvgPAPcjEgBOJBIAUvgPAKKsDgD3IxIA01UTAJAHFABIXBMATi4UAIclAgDDJwAAwycAAGwxAgCNSQIAQO0RAIidEwBUNA4AGocTAIclAgBOLhQAhyUCAB/cAQAmeBMAS6wOAIclAgCHJQIA+W4TABGjEgBtABQATiQSAPXkAQCHJQIA9c4OABunAQCRXg0AW5QTAMY8EgBsMQIAR3INAFuUEwBOMAMAW5QTAE4wAwA2QhIAhyUCAIclAgCmoxMAWaUTAE4uFAD3IxIATiQSAIuvEwDrawwAhyUCAIclAgCHJQIAomkSAIclAgBWkxMAyrkPAJ0OAACp8w4AEhgSADZCEgAPBhIAD0QNAHR2DADlGBQAAAAAAHR2DABm/A8AwroTAGv9DwAZuxMAEaMSAGFhEwCQBxQAdD0SAKajEwBzuQ8AQO0RABGjEgDCuhMAEaMSABm7EwARoxIApqMTAFmlEwAIchMAVwAAAP1xCQBtSgAA7SESAJ0OAACHJQIAdHYMAPluEwCHJQIADj8TAJuAAgCfsxMA7vcTAEX4EwAWsAMA62sMAB4TFACHJQIAhyUCAIclAgBt/QEAxjwSAG39AQBOLhQA7JMNAOyTDQDskw0A7JMNAGwxAgBsMQIA6ygQAIclAgD3IxIARsQTAKajEwBP+hMAhyUCAKajEwDKuQ8AhyUCAEWhEwB3qxMA9yMSAM6rEwCHJQIApLQTAPu0EwAd8BMAUrUTAIclAgCHJQIApqMTAMq5DwBFoRMAd6sTAPcjEgDOqxMAhyUCAAtwDwB4zhMA9yMSAE4kEgCQBxQAdD0SAIclAgD+xhMA3tETAN7REwAq/AAArl8TANTPEwBcYBMAxP0BAOyTDQDskw0A7JMNAOyTDQCHJQIAn7MTAJxFEgD8JBIAtCcSAOtrDAAyrA8A4GsCAKb6EwDTVRMARaETADZCEgCr+xMANkISAN7REwBOMAMAVDQOAFQ0DgCHJQIAll8NAKS0EwD7tBMACV4IAAleCACyMxEA9yMSAE4kEgCWXw0ApLQTAPu0EwAJXggACV4IALIzEQCDnBMA2pwTAPcjEgD2XBMAmlsTAAAAAAA2QhIANkISAGkkAwDGPBIApqMTABXJDwCLARMA9lwTAIDhEwBq7hMAkAcUAEhcEwBOMAMA4gETAIuvEwBx2wEATi4UACNoAgBXAAAAW5QTAKajEwAVyQ8AbUoAAMY8EgAJXggAhyUCAPcjEgBOJBIAsjMRABuWDwBOMAMATjADALbGAQC2xgEAtsYBALbGAQBOMAMANkISALbGAQCHJQIAhyUCAIclAgAAAAAAAAAAAKajEwBP+hMA9yMSAE4kEgCyMxEAAcUPAE4uFACmoxMAcdsBAE4uFACmoxMAaP8TAL//EwA2QhIAhyUCAIclAgAWsAMACV4IAOmXAACHJQIAn7MTAO73EwBF+BMAnPgTAPP4EwBK+RMAofkTAE4wAwD3IxIATiQSAMAYEgCktBMA+7QTABH/EwA2QhIA3tETAN7REwDe0RMA3tETAKajEwB0dgwATjADAFUUEgCq1QEAMUgCAPcjEgD2XBMA86ETAJAHFACDQBIAiJ0TACACFAB3AhQAzgIUACUDFACQBxQAdD0SAKDxBwCQBxQANkISADQGFABOMAMAFpAOABmiDgC3lRMAG5EOAMY8EgDe0RMAAqUTAIclAgAxSAIALuITAC7iEwAxSAIAV1oSAK5aEgClJBIAhyUCAN7REwCmoxMAc7kPAIidEwAgAhQAdwIUAM4CFAAlAxQAfAMUALeVEwCInRMAIAIUAHcCFADOAhQAJQMUAHwDFAAJXggAEhgSAGkYEgBA7REAZvwPAGOJDQAJXggANEkQAIclAgAxSAIAMUgCAPcjEgD2XBMAgOETAN7REwAAAAAAAAAAAFAVAQD5bhMATi4UAFAVAQAahxMAUBUBABqHEwASGBIAtz4TAFAVAQCmoxMAWaUTAPcjEgBOJBIAhyUCAA8GEgAPBhIADwYSAGCQEgAPBhIADwYSAA8GEgAPBhIAEhgSALc+EwAPBhIAYJASAA8GEgDCYxMADwYSAMJjEwAPBhIAwmMTAANxEwDCYxMADwYSAMJjEwAPBhIAwmMTAKRYEgDCYxMADwYSAMJjEwD3IxIATiQSAAAAAADa8xMApLQTAPu0EwAjFBQAkvYTAKajEwAAAAAAG04SACzzEwAAAAAATi4UAKajEwBOLhQApLQTAPu0EwAAAAAAxFQCANEUFAAoFRQAfxUUAJAHFABIXBMAMUgCAIclAgBOMAMANkISAM8YAAAWkA4A/CQSAMB0EwBwuxMAcLsTAPwkEgBTJRIAU/gIAAEwFABOMAMATjADAJ0OAACdDgAADEsSADZCEgDE/QEADwYSAE4uFAAblg8AbDQUABuWDwBOLhQADwYSALDyEQBOLhQAsPIRAA8GEgC9YhMAsPIRAM02FAAkNxQADwYSAE4wAwBGbRMANkISAIclAgCHJQIAhyUCAJ4+FACHJQIAhyUCAIclAgCePhQAhyUCAAH5CACePhQATi4UAMGNEQCHJQIAhyUCAJ4+FAA2QhIAV1oSAK5aEgAFWxIADwYSAApeAQBFoRMAd6sTAIclAgCQBxQAdD0SAPcjEgBOJBIAi68TAK2QAQB1Rw0AM+MTAFbqEwAWkA4A6UgTALc+EwCaWxMAS6wOAMY8EgBIXBMAS6wOAE4uFABT+AgAG04SAIRoEwCmoxMAWaUTAPcjEgD2XBMAgOETAE4uFACw8hEAR3INAM8YAABOLhQAqA4KAPcjEgBOJBIAi68TAJQjDwAbThIALPMTAPcjEgBGxBMApqMTAHO5DwBOLhQA","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAIAAIADAACAAAAAgAIAAIADAAAAAAAAgAAAAIACAACAAAAAgAEAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAAAAIABAAAAAwAAgAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAACAAwAAgAMAAAADAACAAAAAgAMAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAQAAgAMAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAIAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAIAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAIAAAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAQAAgAMAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAAAAIADAAAAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAIADAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAIABAACAAAAAgAEAAIABAACAAAAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAgAAgAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAIADAACAAwAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAAAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIABAAAAAAAAgAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAAAAIADAACAAwAAAAAAAIABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAIAAAACAAQAAAAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIAAAACAAgAAgAIAAIAAAACAAAAAgAMAAIACAACAAAAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAIGAABAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAgAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAIAAAAAAAAAABAMAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAgAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAIGAABAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAgAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAgAAAAAAAAAAEAwAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAIAAAAAAAAAABAMAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAgYAAEAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAgAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgQAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAIAAAAAAAAAABAMAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAgYAAEAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAIGAABAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAIGAABAABQAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAgAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAgAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAgAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAIGAABAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAgYAAEAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAgAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAgAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAgAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAIAAAAAAAAAABAMAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAgAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAJAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAJAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAACAAAAAAgABAAAIABAAACAACAAAAAAOUIAYKAUCGAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAACggAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAgAAAAAAAAAAEAwAAAAAAAAAAQAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAAAAAAEAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAQAAFAAABAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAIAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAIAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAgAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAJAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAICAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAEAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAABAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAIAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAJAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAICAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAgAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAIAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAASAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAACAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAIAAAAACAAEAAAgAEgAAIAAIAAAAAA5QgFgoBQIYACAAIAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAIGAABAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAACAAAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQDAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAJAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAgYAAEAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAAiAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgACgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAACACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAACACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAACAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgIgAAAAAOAAAAAAAAKgAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAIGAABAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAgAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAGAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgQAAACAAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAQAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAgAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAAAABAAAAAAAAAAAAAAAAAAAAAAAADAAAAAADAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAIAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAYAAAAAAAkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABgAAAAAACQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAQAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAIGAABAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAACAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCHAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAAAAAAAAAAAAAAwAAABAAAAACAAQAAAAAAAAAAAAABAAAIAAIAAAAAAAAAAAAAIAAAAAAAAAAAACAAEAAAgAEAAAIAAIAAAAAA5AgBAoBQIYAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAACAAAAAkAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAIGAABAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAACAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAgAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAEAAAgAAgAAAAAAAAAAAAAgAAAAAAAAAAAAIAAQAACAAQAAAgAAgAAAAADkCAECgFAhgAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAACAAAAAAAAAAAQDAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADAAAAEAAAAAIABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAIAAAACQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAIGAABAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAgABAAAIABAAACAACAAAAAAOQIAQKAUCGAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAgAEAAAAAAAAAAAAAAQAACAACAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAQAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAgAAAAJAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEA=="},"index":{"lists":[[13,14,15,29,30,111,113,114,115,244,299],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,86,87,89,90,91,92,93,94,95,96,97,98,99,100,101,102,106,107,108,109,111,113,114,115,119,124,125,152,155,156,158,170,171,172,175,176,177,178,192,193,201,204,212,214,215,219,220,233,244,251,254,255,256,261,262,263,268,279,280,289,299,301,303,304,305,306,308,310,311,313,314,317,318,319,320,321,335],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,59,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,82,86,87,89,90,91,92,93,94,95,96,97,98,99,100,101,102,105,106,107,108,109,111,113,114,115,119,124,125,131,152,155,156,158,170,171,172,175,176,177,178,183,184,185,192,193,201,204,212,214,215,216,219,220,233,244,251,254,255,256,257,261,262,263,268,279,280,289,299,301,303,304,305,306,308,310,311,313,314,317,318,319,320,321,324,325,326,335],[13,14,15,29,30,111,113,114,115,244,249,299],[5,13,14,15,20,29,30,51,52,79,104,111,113,114,115,222,244,265,267,299,321,324,341],[13,14,15,20,29,30,111,113,114,115,143,144,145,244,299,327,328,329,330,331,332,333],[6,7,13,14,15,29,30,111,113,114,115,244,268,299],[13,14,15,29,30,78,80,111,113,114,115,244,299],[13,14,15,29,30,111,113,114,115,244,299,314,334],[10,13,14,15,29,30,91,111,113,114,115,124,125,150,151,179,180,244,299,314,319,320],[10,13,14,15,29,30,111,113,114,115,143,144,145,244,299],[10,13,14,15,29,30,54,77,84,89,92,98,99,111,113,114,115,135,143,144,145,146,164,191,192,193,195,199,207,215,217,218,219,220,229,235,236,237,238,241,244,256,258,259,260,261,262,263,278,291,292,293,294,295,296,297,298,299,307,335],[13,14,15,29,30,94,95,111,113,114,115,244,299],[13,14,15,29,30,37,38,39,45,46,111,113,114,115,123,198,210,242,244,245,247,248,299,300,313],[13,14,15,29,30,111,113,114,115,147,244,299,347],[12,13,14,15,29,30,111,113,114,115,244,299],[1,10,13,14,15,20,21,29,30,111,113,114,115,143,144,145,173,174,200,244,299,301,305,306,335],[10,13,14,15,20,28,29,30,31,34,111,113,114,115,143,144,145,149,173,174,244,299,301,305,306,335],[4,10,13,14,15,18,19,20,29,30,56,111,113,114,115,143,144,145,173,174,244,268,299,301,305,306,318,335],[6,10,13,14,15,20,29,30,40,111,113,114,115,143,144,145,173,174,175,209,244,246,299,301,305,306,323,335],[0,2,9,10,11,13,14,15,16,18,20,29,30,33,43,44,47,48,108,111,113,114,115,143,144,145,167,173,174,175,188,194,197,244,268,270,299,301,302,305,306,309,312,315,335,336,339,342,343,346,348],[3,5,10,13,14,15,20,25,29,30,33,43,47,48,50,59,62,63,85,88,109,110,111,113,114,115,119,121,127,128,130,136,143,144,145,148,153,156,159,167,173,174,175,182,186,187,190,196,203,205,206,211,212,223,231,234,243,244,250,251,268,269,283,290,299,301,305,306,335,344,349],[10,13,14,15,20,29,30,111,113,114,115,143,144,145,173,174,244,299,301,305,306,335],[10,13,14,15,20,29,30,111,113,114,115,143,144,145,173,174,175,244,299,301,305,306,335],[10,13,14,15,17,20,29,30,111,113,114,115,143,144,145,173,174,244,276,299,301,305,306,335],[10,13,14,15,20,25,27,29,30,33,111,113,114,115,143,144,145,173,174,243,244,299,301,305,306,335],[10,13,14,15,20,29,30,111,113,114,115,143,144,145,173,174,244,299,301,305,306,335,340],[10,13,14,15,20,29,30,107,111,113,114,115,143,144,145,173,174,175,181,240,244,299,301,305,306,325,335,337,338],[10,13,14,15,20,29,30,102,110,111,113,114,115,122,126,137,143,144,145,169,173,174,182,225,244,272,275,286,287,299,301,305,306,325,335],[10,13,14,15,20,29,30,32,59,111,113,114,115,121,129,143,144,145,158,159,173,174,202,212,243,244,251,284,288,299,301,305,306,335],[9,10,13,14,15,20,22,29,30,49,83,111,113,114,115,143,144,145,173,174,175,244,299,301,305,306,335],[10,13,14,15,16,20,29,30,32,33,65,111,113,114,115,143,144,145,158,173,174,189,243,244,299,301,305,306,335],[10,13,14,15,20,23,24,29,30,35,36,58,70,111,113,114,115,120,132,134,138,143,144,145,154,160,161,162,163,165,166,168,173,174,178,208,213,214,224,227,230,232,233,239,244,252,253,254,255,271,274,281,282,285,289,299,301,305,306,316,322,335],[10,13,14,15,19,20,21,29,30,73,111,112,113,114,115,143,144,145,173,174,244,299,301,305,306,335],[7,10,13,14,15,20,29,30,111,113,114,115,143,144,145,173,174,244,299,301,305,306,335],[10,13,14,15,20,26,29,30,32,33,111,113,114,115,143,144,145,173,174,175,243,244,299,301,305,306,335],[10,13,14,15,20,26,29,30,32,111,113,114,115,143,144,145,173,174,243,244,299,301,305,306,335],[13,14,15,29,30,111,113,114,115,118,133,139,140,141,142,157,226,228,244,273,277,299,345],[13,14,15,29,30,81,111,113,114,115,244,299],[10,13,14,15,20,29,30,41,42,111,113,114,115,143,144,145,244,299,301,305,306,335],[13,14,15,29,30,51,111,113,114,115,244,299],[13,14,15,29,30,52,55,57,60,61,111,113,114,115,244,299],[13,14,15,29,30,53,111,113,114,115,244,299],[13,14,15,29,30,64,68,69,71,111,113,114,115,244,299],[13,14,15,29,30,67,90,111,113,114,115,244,299],[13,14,15,29,30,67,111,113,114,115,116,117,244,299],[13,14,15,29,30,67,91,93,111,113,114,115,244,299],[13,14,15,29,30,67,111,113,114,115,244,299],[13,14,15,29,30,72,74,76,90,111,113,114,115,244,299,308],[13,14,15,29,30,75,111,113,114,115,177,244,299],[13,14,15,29,30,90,111,113,114,115,244,299,308],[13,14,15,29,30,91,93,101,111,113,114,115,244,299,326],[13,14,15,29,30,93,111,113,114,115,244,299],[13,14,15,29,30,100,106,111,113,114,115,244,299,308,326],[13,14,15,29,30,103,111,113,114,115,221,244,264,266,299],[13,14,15,29,30,111,113,114,115,176,244,299],[13,14,15,29,30,111,113,114,115,244,299,308],[13,14,15,29,30,111,113,114,115,244,299,326],[13,14,15,29,30,97,111,113,114,115,183,184,185,244,299,311],[5,13,14,15,20,29,30,51,52,97,111,113,114,115,183,184,185,244,299,311,321,324],[13,14,15,20,29,30,97,111,113,114,115,183,184,185,244,279,280,299,311],[6,7,13,14,15,29,30,97,111,113,114,115,183,184,185,244,268,299,311],[13,14,15,29,30,97,111,113,114,115,183,184,185,244,299,311,314],[10,13,14,15,29,30,91,97,111,113,114,115,124,125,183,184,185,244,299,311,314,319,320],[10,13,14,15,29,30,97,105,111,113,114,115,183,184,185,244,279,280,299,311],[10,13,14,15,29,30,54,77,82,86,87,89,92,96,97,98,99,111,113,114,115,183,184,185,192,193,204,215,216,219,220,244,256,257,261,262,263,279,280,299,311,335],[13,14,15,29,30,94,95,97,111,113,114,115,183,184,185,244,299,311],[13,14,15,29,30,97,111,113,114,115,183,184,185,244,299,311,313],[1,8,10,13,14,15,20,21,29,30,97,111,113,114,115,183,184,185,244,279,280,299,301,303,304,305,306,311,317,335],[10,13,14,15,20,29,30,97,111,113,114,115,183,184,185,244,279,280,299,301,303,304,305,306,311,335],[4,10,13,14,15,18,19,20,29,30,56,97,111,113,114,115,183,184,185,244,268,279,280,299,301,303,304,305,306,311,318,335],[6,10,13,14,15,20,29,30,97,111,113,114,115,175,183,184,185,244,279,280,299,301,303,304,305,306,311,335],[2,9,10,13,14,15,16,18,20,29,30,97,108,111,113,114,115,175,183,184,185,244,268,279,280,299,301,303,304,305,306,310,311,335],[5,10,13,14,15,20,29,30,59,62,63,97,109,111,113,114,115,119,152,156,175,183,184,185,212,244,251,268,279,280,299,301,303,304,305,306,311,335],[10,13,14,15,20,29,30,97,111,113,114,115,183,184,185,201,244,279,280,299,301,303,304,305,306,311,335],[10,13,14,15,20,29,30,97,111,113,114,115,175,183,184,185,244,279,280,299,301,303,304,305,306,311,335],[10,13,14,15,17,20,29,30,97,111,113,114,115,131,183,184,185,244,279,280,299,301,303,304,305,306,311,335],[10,13,14,15,20,29,30,97,107,111,113,114,115,175,183,184,185,244,279,280,299,301,303,304,305,306,311,325,335],[10,13,14,15,20,29,30,97,102,111,113,114,115,183,184,185,244,279,280,299,301,303,304,305,306,311,325,335],[10,13,14,15,20,29,30,59,97,111,113,114,115,158,183,184,185,212,244,251,279,280,299,301,303,304,305,306,311,335],[9,10,13,14,15,20,29,30,97,111,113,114,115,175,183,184,185,244,279,280,299,301,303,304,305,306,311,335],[10,13,14,15,16,20,29,30,97,111,113,114,115,152,155,158,183,184,185,244,279,280,299,301,303,304,305,306,311,335],[10,13,14,15,20,29,30,70,97,111,113,114,115,152,178,183,184,185,214,233,244,254,255,279,280,289,299,301,303,304,305,306,311,335],[10,13,14,15,19,20,21,29,30,73,97,111,113,114,115,183,184,185,244,279,280,299,301,303,304,305,306,311,335],[7,10,13,14,15,20,29,30,97,111,113,114,115,183,184,185,244,279,280,299,301,303,304,305,306,311,335],[13,14,15,29,30,81,97,111,113,114,115,183,184,185,244,299,311],[10,13,14,15,20,29,30,97,111,113,114,115,183,184,185,244,279,280,299,301,305,306,311,335],[13,14,15,29,30,51,97,111,113,114,115,183,184,185,244,299,311],[13,14,15,29,30,52,55,57,60,61,97,111,113,114,115,183,184,185,244,299,311],[13,14,15,29,30,53,97,111,113,114,115,183,184,185,244,299,311],[13,14,15,29,30,68,69,71,97,111,113,114,115,183,184,185,244,299,311],[13,14,15,29,30,66,67,90,97,111,113,114,115,183,184,185,244,299,311],[13,14,15,29,30,67,97,111,113,114,115,183,184,185,244,299,311],[13,14,15,29,30,67,91,93,97,111,113,114,115,183,184,185,244,299,311],[13,14,15,29,30,72,74,76,90,97,111,113,114,115,170,183,184,185,244,299,308,311],[13,14,15,29,30,75,97,111,113,114,115,177,183,184,185,244,299,311],[13,14,15,29,30,90,97,111,113,114,115,183,184,185,244,299,308,311],[13,14,15,29,30,91,93,97,101,111,113,114,115,172,183,184,185,244,299,311,326],[13,14,15,29,30,93,97,111,113,114,115,183,184,185,244,299,311],[13,14,15,29,30,97,100,106,111,113,114,115,183,184,185,244,299,308,311,326],[13,14,15,29,30,97,111,113,114,115,171,183,184,185,244,299,311],[13,14,15,29,30,97,111,113,114,115,172,183,184,185,244,299,311],[13,14,15,29,30,97,111,113,114,115,176,183,184,185,244,299,311],[13,14,15,29,30,97,111,113,114,115,183,184,185,244,299,308,311],[13,14,15,29,30,97,111,113,114,115,183,184,185,244,299,311,326]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,3,0,4,5,0,0,6,7,0,0,8,0,9,10,0,11,11,11,11,11,11,11,11,11,11,0,0,12,13,14,0,15,16,17,18,19,20,21,22,22,23,24,22,25,26,27,28,29,22,30,31,32,33,34,35,36,22,22,37,0,0,38,39,0,16,17,18,19,20,21,22,22,23,24,22,25,26,27,28,29,22,30,31,32,33,34,35,36,22,22,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,40],[9679,41],[8250,42],[9135,43],[215,44],[10095,45],[10003,46],[8595,47],[10008,48],[9472,49],[10007,50],[10004,51],[8730,52],[10006,53],[8505,54],[9762,0],[9888,0],[8617,0],[8226,55],[10060,56],[9654,57],[65123,57]],"plainDefault":0,"spaced":[58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,58,59,60,58,58,61,58,58,58,62,58,63,64,58,65,65,65,65,65,65,65,65,65,65,58,58,66,67,58,58,58,68,69,70,71,72,73,74,69,75,76,69,69,69,77,78,79,69,80,81,82,83,84,75,69,69,69,58,58,58,85,86,58,68,69,70,71,72,73,74,69,75,76,69,69,69,77,78,79,69,80,81,82,83,84,75,69,69,69,58,58,58,58,58],"spacedOther":[[160,58],[5760,58],[8192,58],[8193,58],[8194,58],[8195,58],[8196,58],[8197,58],[8198,58],[8199,58],[8200,58],[8201,58],[8202,58],[8232,58],[8233,58],[8239,58],[8287,58],[12288,58],[65279,58],[9676,87],[9679,88],[8250,89],[9135,90],[215,91],[10095,92],[10003,93],[8595,92],[10008,94],[9472,95],[10007,96],[10004,97],[8730,98],[10006,99],[8505,58],[9762,100],[9888,100],[8617,101],[8226,102],[10060,103],[9654,104],[65123,104]],"spacedDefault":58,"blank":58}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt>(?![/.]|[A-Za-z]:\\\\\\\\)[^<\\\\n]{1,300}<\\\\/dt>$/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,77,79,80,81],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,73,74,75,76,77,79,80,81,84,88,89,107,108,109,110,117,118,119,122,123,124,137,138,145,148],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,54,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,79,80,81,84,88,89,94,107,108,109,110,117,118,119,122,123,124,129,130,131,137,138,145,148],[6,7,26,27,51,72,77,79,80,81],[6,7,77,79,80,81,101,102,103],[6,7,50,52,77,79,80,81],[6,7,61,77,79,80,81,88,89,105,106,125,126],[6,7,29,49,55,59,62,68,69,77,79,80,81,97,101,102,103,104,113,136,137,138,140,143,149],[6,7,64,65,77,79,80,81],[6,7,13,14,20,21,77,79,80,81,87,143],[6,7,77,79,80,81,104],[6,7,77,79,80,81,101,102,103,120,121,144],[5,6,7,8,11,77,79,80,81,101,102,103,104,120,121],[6,7,77,79,80,81,101,102,103,120,121],[6,7,15,77,79,80,81,101,102,103,120,121,122],[6,7,10,18,19,22,23,75,77,79,80,81,101,102,103,116,120,121,122,134,139,142],[2,6,7,10,18,22,23,25,33,36,37,55,58,76,77,79,80,81,84,85,91,92,93,98,101,102,103,104,109,110,116,120,121,122,128,132,133,136,141,147,149],[6,7,77,79,80,81,101,102,103,120,121,122],[2,4,6,7,10,77,79,80,81,101,102,103,120,121],[6,7,77,79,80,81,86,98,101,102,103,116,120,121,128],[6,7,9,33,77,79,80,81,85,92,101,102,103,110,120,121,146],[0,6,7,24,54,77,79,80,81,101,102,103,120,121,122],[6,7,9,10,77,79,80,81,101,102,103,110,120,121,135],[0,1,6,7,12,32,42,77,79,80,81,84,95,96,98,101,102,103,110,111,112,114,115,116,120,121,124],[6,7,45,77,78,79,80,81,101,102,103,120,121],[3,6,7,9,10,77,79,80,81,101,102,103,120,121,122],[3,6,7,9,77,79,80,81,101,102,103,120,121],[6,7,77,79,80,81,84,95,99,100,109],[6,7,53,77,79,80,81],[6,7,16,17,77,79,80,81,101,102,103],[6,7,30,77,79,80,81,101,102,103],[6,7,77,79,80,81,101,102,103,108],[6,7,74,77,79,80,81,101,102,103,127],[6,7,71,76,77,79,80,81,90,101,102,103],[6,7,38,77,79,80,81,101,102,103],[6,7,26,77,79,80,81],[6,7,27,30,31,34,35,77,79,80,81],[6,7,28,77,79,80,81],[6,7,37,41,42,43,77,79,80,81],[6,7,40,60,77,79,80,81],[6,7,40,77,79,80,81,82,83],[6,7,40,61,63,77,79,80,81],[6,7,40,77,79,80,81],[6,7,44,46,48,60,77,79,80,81],[6,7,47,77,79,80,81,124],[6,7,60,77,79,80,81],[6,7,61,63,71,77,79,80,81],[6,7,63,77,79,80,81],[6,7,70,73,77,79,80,81],[6,7,72,77,79,80,81],[6,7,77,79,80,81,123],[6,7,67,77,79,80,81,129,130,131],[6,7,26,27,67,72,77,79,80,81,129,130,131],[6,7,61,67,77,79,80,81,88,89,129,130,131],[6,7,67,72,77,79,80,81,129,130,131],[6,7,29,49,54,56,57,59,62,66,67,68,69,77,79,80,81,129,130,131,137,138,148],[6,7,64,65,67,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,122,129,130,131],[6,7,67,75,77,79,80,81,122,129,130,131],[6,7,33,36,37,67,76,77,79,80,81,84,107,109,110,122,129,130,131],[6,7,67,77,79,80,81,129,130,131,145],[6,7,67,77,79,80,81,94,129,130,131],[6,7,33,67,77,79,80,81,110,129,130,131],[6,7,54,67,77,79,80,81,122,129,130,131],[6,7,67,77,79,80,81,107,108,110,129,130,131],[6,7,42,67,77,79,80,81,84,107,110,124,129,130,131],[6,7,45,67,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,84,109,129,130,131],[6,7,53,67,77,79,80,81,129,130,131],[6,7,30,67,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,108,129,130,131],[6,7,67,74,77,79,80,81,129,130,131],[6,7,67,71,76,77,79,80,81,129,130,131],[6,7,26,67,77,79,80,81,129,130,131],[6,7,27,30,31,34,35,67,77,79,80,81,129,130,131],[6,7,28,67,77,79,80,81,129,130,131],[6,7,37,41,42,43,67,77,79,80,81,129,130,131],[6,7,39,40,60,67,77,79,80,81,129,130,131],[6,7,40,67,77,79,80,81,129,130,131],[6,7,40,61,63,67,77,79,80,81,129,130,131],[6,7,44,46,48,60,67,77,79,80,81,117,129,130,131],[6,7,47,67,77,79,80,81,124,129,130,131],[6,7,60,67,77,79,80,81,129,130,131],[6,7,61,63,67,71,77,79,80,81,119,129,130,131],[6,7,63,67,77,79,80,81,129,130,131],[6,7,67,70,73,77,79,80,81,129,130,131],[6,7,67,77,79,80,81,118,129,130,131],[6,7,67,77,79,80,81,119,129,130,131],[6,7,67,77,79,80,81,123,129,130,131]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,8,9,10,0,0,11,12,13,14,15,16,13,13,17,13,13,18,13,17,19,20,13,21,22,23,24,13,25,26,13,13,27,0,0,28,29,0,4,4,30,4,4,31,4,4,4,4,4,4,4,32,33,4,4,4,34,31,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,35],[9679,36],[8250,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50]],"plainDefault":0,"spaced":[51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,52,51,51,51,51,51,51,51,51,51,53,54,51,55,55,55,55,55,55,55,55,55,55,51,51,56,51,51,51,51,51,51,51,57,58,59,60,51,57,61,51,51,51,57,51,62,51,63,64,65,66,51,57,51,51,51,67,51,51,68,51,51,51,51,69,51,51,70,51,51,51,51,51,51,51,71,72,51,51,51,51,70,51,51,51,51,51,51,51,51,51,51,51],"spacedOther":[[160,51],[5760,51],[8192,51],[8193,51],[8194,51],[8195,51],[8196,51],[8197,51],[8198,51],[8199,51],[8200,51],[8201,51],[8202,51],[8232,51],[8233,51],[8239,51],[8287,51],[12288,51],[65279,51],[9676,73],[9679,74],[8250,75],[9135,76],[215,77],[10095,78],[10003,79],[8595,78],[10008,80],[9472,81],[10007,82],[10004,83],[8730,84],[10006,85],[8505,54],[9762,86],[9888,86],[8617,87],[8226,88]],"spacedDefault":51,"blank":51}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/","value":{"lists":[[30,31],[4,6,7,11,12,24,30,31],[4,6,7,8,11,12,24,30,31],[13,30,31],[7,9,10,11,12,20,26,27,28,29,30,31],[2,30,31],[1,30,31],[3,4,14,22,25,30,31],[16,30,31],[4,30,31],[0,5,6,15,18,23,24,30,31],[17,19,30,31],[21,30,31],[7,8,11,12,30,31],[6,24,30,31]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"passed":{"key":"\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$/","value":{"lists":[[],[2,4],[5],[3,4,10,11,12,13],[0],[6,9],[8],[1,2],[7],[4],[2]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,6,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
