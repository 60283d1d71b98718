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
} from "./chunk-K2KPAOXO.js";
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
    // cargo's word on a test binary that ended without libtest's own failure status (101): it died inside a test (a
    // `process::exit` in the code, attack 35b), with no result of that test printed. A failure of its own, unexplained.
    { event: "outside", pattern: /^\s{0,8}process didn't exit successfully: `(?<name>[^`\n]{1,500})` \(exit status: (?!101\))\d{1,3}\)$/ },
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
  // Its summary box (MutableTestExecutionSummary.printTo) counts failed containers (a class whose
  // `@BeforeAll` threw, an engine) apart from failed tests, each line below `Test run finished after`:
  // both are failures it lists, in the tree's `Failures (N):` as in the flat mode's `=> Exception:` blocks.
  reportedFailures: /^\[\s{1,20}(\d{1,6}) (?:tests|containers) failed\s{0,20}\]$/,
  reportedSumFrom: /^Test run finished after \d{1,9} ms$/,
  // The path is display names (MutableTestExecutionSummary.describeTest): a class's simple name, so
  // `a.StoreTest` and `b.StoreTest` print alike; the source below it (printSource) tells them apart.
  unitIdentity: /^\s{2,8}((?:MethodSource|ClassSource) \[className = '[^'\n]{1,300}'[^\n]{0,500})$/
};
var FLAT_LINE = (label, pad) => new RegExp(`^${label}: {${pad}}(?<name>[^\\n]{1,600}? \\(\\[engine:[^\\n]{1,2000}\\))$`);
var CONSOLE_FLAT = {
  id: "junit-console-flat",
  markers: [
    { event: "run", pattern: FLAT_LINE("Started", 5), contains: "([engine:" },
    // Its outcome is the block below it, or nothing (it succeeded): concluded, not yet failed.
    { event: "run", pattern: FLAT_LINE("Finished", 4), contains: "([engine:", awaitsResult: true, detailsIndented: true },
    { event: "pass", pattern: FLAT_LINE("Skipped", 5), contains: "([engine:" },
    // Why it was skipped (a condition's words, `@Disabled("...")`): no account of any failure.
    { event: "quiet", pattern: /^ {13}=> Reason: /, contains: "=> Reason: " },
    // A running test's report entry, and a dynamic test registered before it starts: the test's lines.
    { event: "run", pattern: FLAT_LINE("Reported", 4), contains: "([engine:" },
    { event: "run", pattern: FLAT_LINE("Registered", 3), contains: "([engine:" },
    { event: "end", pattern: /^Test execution (?:started\. Number of static tests: \d{1,9}|finished\.)$/ }
  ],
  // The `=> Exception:` block's own lines, each indented 13 spaces (FlatPrintingListener.indented), after a
  // test's output cut it (its writer flushes in blocks: seen cutting a stack frame in two in real runs).
  resumesDetails: /^ {13}\S/,
  // Every test and container it starts it finishes: one started and never finished is one the JVM died inside.
  concludesEveryTest: true,
  // A throwable below `Finished:`, unless it says the test was aborted (Jupiter's and the vintage engine's
  // assumption failures are counted as aborted, in the summary's `tests aborted`, not as failed).
  failedBlock: /^ {13}=> Exception: (?!(?:org\.opentest4j\.TestAbortedException|org\.junit\.(?:internal\.)?AssumptionViolatedException)(?::|\s*$))/
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
var UVU = {
  id: "uvu",
  markers: [
    // Listed, not opened: uvu prints a suite's failures when the suite ends, and the next file's output runs on after them
    // with nothing marking where a block stops (attack 37a). Its message, diff and stack are read outside any unit: a
    // mismatch there counts against the run, a refusal there explains no test.
    { event: "listed", pattern: /^\s{0,4}FAIL {1,4}(?<name>\S[^\n]{0,300}? {1,4}"[^"\n]{1,300}")$/ },
    { event: "end", pattern: /^\s{0,4}Total:\s{1,10}\d{1,9}$/ }
  ]
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
    // TAP's passing result, with the dash or without it (tape: `ok 2 should be strictly equal`, attack 35c).
    { event: "pass", pattern: /^\s*✔ |^\s*ok \d{1,6}(?: -)? \S/, afterOutput: true },
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
  // Its session header, then a `.` for each test that passed, a test's own output (`-s`) printed where it falls on the
  // progress line: a passing test's printed traceback is followed by its `.` (attack 37c).
  banner: /^=+ test session starts =+$/,
  progress: /^\.{1,200}(?![./])/,
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
    // The failures formatter (`--format failures`, rspec-core FailureListFormatter) lists each failed example as
    // `path:line:description` and nothing else: a failure listed without details (attack 36c).
    { event: "listed", pattern: /^(?<name>\.\/\S{1,300}_spec\.rb:\d{1,6}:\S[^\n]{0,500})$/ },
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
var PHP_LETTERS = "\\w\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF";
var TEST_NAME = `[${PHP_LETTERS}\\\\]{1,300}::[${PHP_LETTERS}]{1,300}`;
var phpunitKey = (name) => `phpunit:${name}`;
var PROVIDER_NAMES = new RegExp(`^The data provider specified for (?<name>${TEST_NAME}) is invalid\\.?$`);
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
    { event: "start", pattern: new RegExp(`^\\d{1,6}\\) (?<name>${TEST_NAME}(?: with data set [^\\n]{1,300})?)$`), inSection: true, keyFromName: phpunitKey },
    // `There were 295 skipped tests:` numbers tests that did not fail (their reasons may read like failures).
    // Risky tests and warnings fail a run that sets failOnRisky/failOnWarning: their entries stay units.
    { event: "passes", pattern: /^There (?:was|were) \d{1,6} (?:skipped tests?|incomplete tests?):$/ },
    // PHPUnit counts them as `Warnings: 1`, `Risky: 1`, never under the `Errors:`/`Failures:` that `reportedFailures` reads
    // (DefaultResultPrinter::printFooter): an entry listed there stands for none of those (attack 29j).
    { event: "details", pattern: /^There (?:was|were) \d{1,6} (?:warnings?|risky tests?):$/, entriesCountedApart: true },
    { event: "end", pattern: /^(?:FAILURES|ERRORS)!$|^Tests: \d{1,9}, Assertions: \d{1,9}|^OK \(\d{1,9} tests?/ }
  ],
  // PHPUnit 9's TestBuilder reports a data provider that threw as a test named `Error` (ErrorTestCase; PHPUnit 8 and a
  // --filter run: `Warning`, WarningTestCase) whose message names the test: `The data provider specified for %s::%s is
  // invalid.`, then the provider's exception. Keyed as that test, so a run printed twice (a retried step) lists it once.
  headedBelow: { head: /^\d{1,6}\) (?<name>Error|Warning)$/, name: PROVIDER_NAMES, keyFromName: phpunitKey },
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
  ],
  // A data provider that threw (PHPUnit 9's ErrorTestCase, `✘ Error` under `Error Test Case (PHPUnit\\Framework\\ErrorTestCase)`):
  // the test it names two lines below, behind the bar, after an empty one.
  headedBelow: { head: /^\s{1,8}✘ (?<name>Error|Warning)(?: \[[\d.]{1,12} ?m?s\])?$/, name: PROVIDER_NAMES, keyFromName: phpunitKey, blankLines: 1 }
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
var DIALECTS = [PHPT, GOTESTSUM, PYTEST, UNITTEST, POKU, UVU, JEST, VITEST, AVA, BUN, JASMINE, EXUNIT, PLAYWRIGHT, MOCHA, NODE_TEST, DENO, JAPA, GOCHECK, GO, CONSOLE_FLAT, CONSOLE_LAUNCHER, JUNITCORE, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, COLLISION, NETTE_TESTER, MINITEST_REPORTERS, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 318\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?:connecting to|connect to|Redis on) ['\\"]?[a-z][a-z0-9+.-]{1,20}:\\\\/\\\\/[^\\\\s'\\"/]{1,255}\\\\/[^\\\\s:'\\"]{0,200}:\\\\d{1,5}(?!\\\\d)/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/(?<!rescue |raise )\\\\b(?:Minitest::Assertion|Test::Unit::AssertionFailedError)(?=:|\\\\s*$)/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/\\\\bPlanned for \\\\d{1,6} assertions?, but got \\\\d{1,6}\\\\./\\n/\\\\bnote: test did not panic as expected\\\\b/\\n/\\\\bTest finished without running any assertions\\\\b/\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^\\\\s{0,40}\\\\tError: {0,20}\\\\t(?![^\\\\n]{0,600}(?:Received unexpected error|(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: )))\\\\S/\\n/^\\\\s{0,12}--[^\\\\n]{0,500}\\\\s\\\\(Actual\\\\)$/\\n/^\\\\.\\\\.\\\\. obtained [\\\\w.*[\\\\]{}]{1,100} = (?![^\\\\n]{0,600}(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: ))/\\n/\\\\S\\\\) = (?![^\\\\n]{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))[^\\\\n]{1,200}?[;,] want:? \\\\S/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^[\\\\w./-]{1,300}\\\\.go:\\\\d{1,6}:\\\\d{1,6}: (?!cannot find package |no required module provides package |package [\\\\w./-]{1,200} is not in |could not import |[\\\\w./-]{0,200}imports? )\\\\S/\\n/\\"ruleId\\":(?:\\"[^\\"\\\\n]{1,200}\\"|null),\\"severity\\":2,\\"message\\":\\"/\\n/^FAIL Required test coverage of [\\\\d.]{1,10}% not reached\\\\b/\\n/\\\\bcoverage \\\\([\\\\d.]{1,10}%\\\\) is below the expected minimum coverage\\\\b|^SimpleCov failed with exit \\\\d{1,3}\\\\b/\\n/\\\\bcoverage threshold for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) not met\\\\b/\\n/\\\\bCoverage for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) does not meet (?:global )?threshold\\\\b/\\n/\\\\bRule violated for \\\\w{1,20} [^\\\\n]{1,300}: \\\\w{1,30} covered ratio is [\\\\d.]{1,10}, but expected minimum is [\\\\d.]{1,10}/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -[235]\\\\b|\\\\[Errno -[235]\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:(?!-)\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error -[235] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5}\\\\./\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError(?!:?\\\\s{1,4}Error connecting to Redis on (?!(?:[\\\\w.-]{1,255}:\\\\d{1,5}|\\\\/[^\\\\s()]{1,255}) \\\\((?!Errno::EINVAL\\\\)|Redis::TimeoutError\\\\)|SocketError\\\\))))/\\n/Error connecting to Redis on localhost:\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?!localhost:)(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/^\\\\.\\\\.\\\\. obtained [\\\\w.*[\\\\]{}]{1,100} = (?=[^\\\\n]{0,600}(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: ))/\\n/(?<![\\\\w$.])(?!(?:io\\\\.netty|io\\\\.vertx|reactor|org\\\\.springframework|org\\\\.apache\\\\.http|org\\\\.apache\\\\.hc|org\\\\.apache\\\\.commons\\\\.dbcp2|org\\\\.apache\\\\.tomcat\\\\.jdbc|okhttp3|feign|retrofit2|io\\\\.grpc|org\\\\.postgresql|com\\\\.mysql|org\\\\.mariadb|redis\\\\.clients\\\\.jedis|io\\\\.lettuce|com\\\\.mongodb|org\\\\.mongodb|com\\\\.rabbitmq|org\\\\.apache\\\\.kafka|org\\\\.elasticsearch|co\\\\.elastic\\\\.clients|org\\\\.opensearch|com\\\\.microsoft\\\\.sqlserver|net\\\\.spy\\\\.memcached|net\\\\.rubyeye\\\\.xmemcached|com\\\\.datastax|io\\\\.nats|com\\\\.clickhouse|ru\\\\.yandex\\\\.clickhouse|io\\\\.minio|org\\\\.testcontainers|com\\\\.github\\\\.dockerjava|org\\\\.hibernate|org\\\\.jooq|org\\\\.flywaydb|org\\\\.liquibase|com\\\\.zaxxer\\\\.hikari)\\\\.|(?:java\\\\.util\\\\.concurrent\\\\.ExecutionException|java\\\\.util\\\\.concurrent\\\\.CompletionException|java\\\\.io\\\\.UncheckedIOException|java\\\\.lang\\\\.reflect\\\\.UndeclaredThrowableException|java\\\\.lang\\\\.reflect\\\\.InvocationTargetException): )(?:[A-Za-z_$][\\\\w$.]{0,300}(?:Exception|Error)[\\\\w$]{0,40}|[a-z][\\\\w$]{0,60}\\\\.[\\\\w$.]{1,300}): (?:[^\\\\n]{0,300}?[\\\\s:(])?java\\\\.net\\\\.ConnectException: Connection refused/\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{0,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/^\\\\s{0,40}(?:(?:org\\\\.springframework\\\\.data\\\\.redis\\\\.)?RedisConnectionFailureException: )?(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/\\\\S[^\\\\n]{0,300}\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/\\n/(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\bFailed opening required '(?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)' \\\\(include_path=/\\n/\\\\brequire(?:_once)?\\\\((?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)\\\\): [Ff]ailed to open stream: No such file or directory/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,4}FAIL {1,4}(?<name>\\\\S[^\\\\n]{0,300}? {1,4}\\"[^\\"\\\\n]{1,300}\\")$/\\n/^\\\\s{0,4}Total:\\\\s{1,10}\\\\d{1,9}$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d{1,6}(?: -)? \\\\S/\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Started: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Finished: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Skipped: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^ {13}=> Reason: /\\n/^Reported: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Registered: {3}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Test execution (?:started\\\\. Number of static tests: \\\\d{1,9}|finished\\\\.)$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,8}process didn't exit successfully: \`(?<name>[^\`\\\\n]{1,500})\` \\\\(exit status: (?!101\\\\))\\\\d{1,3}\\\\)$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?<name>\\\\.\\\\/\\\\S{1,300}_spec\\\\.rb:\\\\d{1,6}:\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) (?:tests|containers) failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/\\n/^got:$/\\n/^want:$/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^!{1,40} (?:_pytest\\\\.outcomes\\\\.Exit\\\\b|Interrupted\\\\b|KeyboardInterrupt\\\\b|stopping after \\\\d)/\\n/^=+ test session starts =+$/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^ {13}=> Exception: (?!(?:org\\\\.opentest4j\\\\.TestAbortedException|org\\\\.junit\\\\.(?:internal\\\\.)?AssumptionViolatedException)(?::|\\\\s*$))/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) (?:tests|containers) failed\\\\s{0,20}\\\\]$/\\n/^Test run finished after \\\\d{1,9} ms$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^JUnit version \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^PHPUnit \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?\\\\S{0,40} by Sebastian Bergmann and contributors\\\\.$/\\n/^\\\\d{1,6}\\\\) (?<name>Error|Warning)$/\\n/^The data provider specified for (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}) is invalid\\\\.?$/\\n/^\\\\s{1,8}\u2718 (?<name>Error|Warning)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^The data provider specified for (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}) is invalid\\\\.?$/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^(?:JUNIT|JSON|blob) report written to \\\\S/\\n/^\\\\s{0,8}Test Files\\\\s{1,8}\\\\d{1,9} (?:failed|passed)\\\\b/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[21,30,34,35,36,37,38,39,40,49,50,51,53,62,64,66,71,74,75,76,182,191,213,227,239,240,266,271,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,472,473,474,475,476,477,478,479,480,481,482,483,484,485,486,487,488,489,490,491,492,493,494,495,496,497,498,499,500,501,502,503,504,505,506,507,508,511,512,513,514,515,516,517,518,519,520,521,522,523,524,525,526,527,528,529,530,531,532,533,534,535,536,537,538,539,540,541,542,543,544,545,546,547,548,549,550,551,552,553,554,555,556,557,558,559,560,561,562,563,564,565,566,567,568,569,570,571,572,573,574,577,578,579,580,582,584,585,586,587,588,589,590,593,594,595,597],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,50,37,36,56,54,55,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,10004,9472,94,10003,8730,10006,8505,10095,9762,9888,8226,59,9654,65123],"words":12,"quiet":14053,"states":15927,"edges":"AAAAAAAAAAABAAAAWAAAAAIAAACYjAAAAwAAAMgOAAAEAAAAaN4AAAUAAABAzwcABgAAAEDWAQAHAAAAcLwIAAgAAACgRQIACQAAACiUAAAKAAAASEsAAAsAAAD4hQoADAAAAKiZAAANAAAAGBkAAA4AAAAwnQEADwAAAJC3AAAQAAAAOCgAABEAAABIqwEAEgAAAKAJAAATAAAA4DcCABQAAAAYAgQAFQAAAABoAgAWAAAA0CIBABcAAACoUQIAGAAAALhpAgAZAAAASFsCABoAAAAQdQIAGwAAAPD/AgAcAAAAIFMDAB0AAAAAAAAAHgAAAKg9EAAfAAAAgBgBACAAAABooQIAIQAAAHh3DQAiAAAASAMCACMAAAAQ/wAAJAAAABhXBQAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAA4FIPACkAAAAAAAAAKgAAAPDLAQArAAAAGEcDACwAAADA8QEALQAAAMAgDAAuAAAAAAAAAC8AAAAwTQIAMAAAAAAAAAAxAAAAOKYCADIAAAAAAAAAMwAAAOCBAwA0AAAAWG8SADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAAAAAAAPwAAAOi2DwBAAAAAiNwNAEEAAACI5w0AQgAAAHgQEgBDAAAAWCAPAEQAAAAIbg8ARQAAAAAAAABGAAAAiHMPAEcAAAAAAAAASAAAAJiWDwBJAAAAEJsPAEoAAADQnQ8ASwAAACC6FABMAAAAoMMPAE0AAACw5g8ATgAAAAjnDwBPAAAAcP8PAFAAAACQAxAAUQAAALAzEABSAAAAINEQAFMAAAB40RAAVAAAAPDVEABVAAAAAAAAAFYAAACobhIAVwAAAABvEgBaAAAAsAAAAFsAAADgnwQAXQAAAKgKCwBeAAAAQFIBAGEAAACopAAAYwAAAPiYCwBkAAAA0LoJAGkAAABgBgIAbAAAAIBtAgBvAAAAEJsEAHUAAABIQAAAswAAAAgBAAC9AAAAsKcDAL8AAAAIuQwACwEAALjeEgBlAQAAuAEAAL4BAAAQAgAAFwIAAGgCAABwAgAAwAIAAMICAAAYAwAAIQMAAHADAAB6AwAAyAMAANMDAAAgBAAALAQAAHgEAACFBAAA0AQAANoEAAAoBQAANgUAAIAFAACPBQAA2AUAANoFAAAwBgAAOgYAAIgGAACWBgAA4AYAAOUGAAA4BwAARQcAAJAHAACYBwAA6AcAAPgHAABACAAAQggAAJgIAACmCAAA8AgAAAEJAAAQ3xIATwkAAGjfEgCiCQAAWPEPAKMJAAD4fA0AqAkAAPgJAACsCQAA0GwNAK0JAABgXg0AsAkAAFBcDQC1CQAAOJMMALkJAACI7A8AvAkAAMgLDAD/CQAAUAoAAAUKAADIpQwAVQoAAKgKAAC0CgAAAAsAAAMLAABYCwAAYAsAALALAAC9CwAACAwAAA0MAABgDAAAagwAALgMAADADAAAEA0AABwNAABoDQAAHw0AAEBlAgB7DQAAwA0AAM4NAAAYDgAAGw4AAHAOAAB6DgAAwN8SAMoOAAD4dwAAyw4AAKjNAQDNDgAAIA8AANEOAABgJA4A0g4AAAjMAgDTDgAAaF8CANQOAACgHwAA1Q4AAEDNDwDWDgAACKMBANcOAACIMgAA2Q4AAKjdAwDcDgAASDcDAOUOAAA4fwQA6A4AADjMDwAmDwAAeA8AAC8PAACA/QkAfg8AANAPAADkDwAAKBAAAD0QAACAEAAAiBAAANgQAADiEAAAMBEAADURAACIEQAAjREAAOARAADoEQAAOBIAAE4SAACQEgAAkhIAAOgSAAD1EgAAQBMAAFQTAACYEwAAoBMAAPATAAD/EwAASBQAAFkUAACgFAAArhQAAPgUAAAEFQAAUBUAAF0VAACoFQAAshUAAAAWAAADFgAAWBYAAGAWAACwFgAAshYAAAgXAAAZFwAAYBcAAGYXAAC4FwAAxBcAABAYAAASGAAAaBgAAG8YAADAGAAA1BgAABjgEgAZGQAAYJwSABoZAADAiwIAHRkAAHAZAAAhGQAA+DoCACYZAAB4zAMAchkAAHjVAABzGQAACIAJAHcZAACIzAsAeBkAAMgZAAB6GQAAeE4BAHsZAACAQgkAfRkAACgvCAB/GQAA4AsNAIEZAAD42wcAhhkAAEiSAgCJGQAAQIIHAMkZAAAgGgAAyxkAAIhJBwDOGQAAiE0NADcaAAB4GgAAkBoAANAaAADbGgAAKBsAAEEbAACAGwAAghsAANgbAADyGwAAMBwAAD8cAACIHAAAjRwAAOAcAADtHAAAOB0AAEgdAACQHQAAmB0AAOgdAAD0HQAAQB4AAE0eAACYHgAAoh4AAPAeAAD2HgAASB8AAFwfAABw4BIAph8AAPgfAACqHwAAqGEPALcfAACQsQ0AEyAAAFAgAABcIAAAqCAAAK4gAAAAIQAAAyEAAIgSBwAIIQAAWCEAAFshAADoNAcAXyEAALAhAABjIQAAONQFAGYhAAA4PQQAtSEAAAgiAAAUIgAAYCIAAGMiAAC4IgAAwCIAABAjAAAdIwAAaCMAAG0jAADAIwAAyiMAABgkAAAgJAAAcCQAAHMkAADIJAAA0SQAACAlAAAhJQAAeCUAAHklAADQJQAA1SUAACgmAAAuJgAAgCYAAIomAADYJgAA4CYAADAnAAAzJwAAiCcAAIsnAADgJwAA8ScAAMjgEgA6KAAAgOkBAD0oAACY9A0AQSgAALAiEgBEKAAAkCgAAEYoAADA5AkAqCgAAOgoAADrKAAAQCkAAEwpAACYKQAApSkAAPApAAD3KQAASCoAAEoqAACgKgAAqSoAAPgqAAACKwAAUCsAAFsrAACoKwAAxCsAAAAsAAAILAAAIOESAF0sAACwLAAAuCwAAAgtAAAJLQAAYC0AAGItAAC4LQAAuy0AABAuAAATLgAAeOESAG0uAADALgAAxi4AABgvAAAfLwAAcC8AAHgvAADILwAAyy8AACAwAAApMAAAeDAAAHkwAADQMAAA0TAAACgxAAA5MQAAgDEAAI4xAADYMQAA5DEAADAyAAA3MgAA0OESAI4yAADgMgAA4jIAADgzAABOMwAAkDMAAJgzAADoMwAA6jMAAEA0AABJNAAAmDQAAKI0AADwNAAA+zQAAEg1AABUNQAAoDUAAK01AAD4NQAAAjYAAFA2AABeNgAAqDYAALc2AAAANwAAAjcAAFg3AABiNwAAsDcAAL43AAAIOAAADTgAAGA4AABtOAAAuDgAAMA4AAAQOQAAFjkAAGg5AAB0OQAAwDkAAN05AAAYOgAAIToAAHA6AAB+OgAAyDoAAM46AAAgOwAALDsAAHg7AAB7OwAA0DsAANg7AAAoPAAAOTwAAIA8AACOPAAA2DwAAPE8AAAwPQAAMT0AAIg9AAClPQAAKOISAOU9AAA4PgAAPj4AAJA+AACYPgAA6D4AAPE+AABAPwAAQz8AAJg/AACkPwAA8D8AAPY/AADY4hIAZEAAAKBAAACoQAAAMOMSAPtAAABQQQAAYUEAAKhBAACwQQAAAEIAAA5CAABYQgAAW0IAALBCAAC4QgAACEMAABVDAABgQwAAZUMAALhDAADCQwAAEEQAABhEAABoRAAAdEQAAMBEAADNRAAAGEUAABpFAABwRQAAiUUAAMhFAADZRQAAIEYAACxGAAB4RgAAf0YAANBGAADYRgAAKEcAAC1HAACARwAAjUcAANhHAADgRwAAMEgAADpIAACISAAAk0gAAOBIAADsSAAAOEkAAEBJAACI4xIAnEkAAOhJAADuSQAAQEoAAFtKAACYSgAApEoAAPBKAAD2SgAA4OMSAE1LAABIfAIATksAABAGBgBPSwAAKJ0IAFNLAACgSwAAVEsAAOjgAQBWSwAAuOEGAFxLAACQhQIApksAAKgLEgCsSwAA+EsAAP5LAACADwQAAEwAADjkEgBcTAAAqEwAAK5MAAAATQAAG00AAFhNAABkTQAAsE0AALZNAAAITgAAEE4AAGBOAABmTgAAuE4AAMROAAAQTwAALU8AAGhPAABxTwAAwE8AAMxPAAAYUAAAG1AAAHBQAAB6UAAAyFAAANRQAAAgUQAAJ1EAAHhRAACAUQAA0FEAANFRAAC4ZAAA01EAAChSAAA3UgAAgFIAAIZSAADYUgAA2lIAADBTAABGUwAAiFMAAKZTAADgUwAA+VMAADhUAAA6VAAAkFQAAJNUAADoVAAA9FQAAEBVAABHVQAAmFUAAKBVAADwVQAA8lUAAEhWAABRVgAAoFYAAKpWAAD4VgAAA1cAAFBXAABcVwAAqFcAALVXAAAAWAAAClgAAFhYAABmWAAAsFgAAL9YAAAIWQAAClkAAGBZAABqWQAAuFkAAMZZAAAQWgAAFVoAAGhaAAB1WgAAwFoAANVaAAAYWwAAIFsAAHBbAACJWwAAyFsAANFbAAAgXAAAKlwAAHhcAACAXAAA0FwAAN1cAAAoXQAALV0AAIBdAACIXQAA2F0AANldAAAwXgAAMl4AAIheAACLXgAA4F4AAONeAACQ5BIAPV8AAJBfAACWXwAA6F8AAO9fAABAYAAASGAAAJhgAACcYAAA8GAAAPJgAABIYQAAS2EAAKBhAACoYQAA+GEAAPlhAABQYgAAVmIAAKhiAACtYgAAAGMAABtjAABYYwAAZmMAALBjAAC3YwAACGQAABRkAABgZAAAZ2QAAOjkEgC6ZAAAEGUAABNlAABoZQAAa2UAAEDlEgDFZQAAGGYAAB5mAABwZgAAd2YAAMhmAADmZgAAIGcAADlnAAB4ZwAAemcAANBnAADTZwAAKGgAADRoAACAaAAAh2gAANhoAADgaAAAMGkAADJpAACIaQAAkWkAAOBpAADqaQAAOGoAAENqAACQagAAnGoAAOhqAAD1agAAQGsAAEprAACYawAApmsAAPBrAAD/awAASGwAAEpsAACgbAAAqmwAAPhsAAAGbQAAUG0AAFVtAACobQAAtW0AAABuAAAVbgAAWG4AAGBuAACwbgAAyW4AAAhvAAARbwAAYG8AAGpvAAC4bwAAwG8AABBwAAAdcAAAaHAAAG1wAADAcAAAyHAAABhxAAAZcQAAcHEAAHJxAADIcQAAy3EAACByAAAjcgAAmOUSAH1yAADQcgAA1nIAAChzAAAvcwAAgHMAAIhzAADYcwAA3HMAADB0AAAydAAAiHQAAIt0AADgdAAA6HQAADh1AAA5dQAAkHUAAJZ1AADodQAA7XUAAEB2AABbdgAAmHYAAKZ2AADwdgAA93YAAEh3AABUdwAAoHcAAKd3AADw5RIA+3cAAFB4AABheAAAqHgAALB4AACYtQEAxHgAAAB5AAAIeQAASOYSAGd5AACweQAAtnkAAAh6AAAKegAAYHoAAHZ6AAC4egAA1noAABB7AAATewAAaHsAAHR7AADAewAAxnsAABh8AAAzfAAAcHwAAHx8AADIfAAAznwAACB9AAA+fQAAeH0AAIh9AADQfQAA3n0AACh+AAAufgAAgH4AAIN+AADYfgAA4n4AADB/AABOfwAAiH8AAJ5/AADgfwAA7H8AADiAAAA7gAAAkIAAAJOAAADogAAA6oAAAECBAABXgQAAmIEAAKSBAADwgQAADIIAAEiCAABQggAAoOYSALGCAAD4ggAABoMAAFCDAABcgwAAqIMAALWDAAAAhAAACoQAAFiEAABghAAAsIQAALGEAAAIhQAACoUAAGCFAABjhQAAuIUAALuFAAD45hIAFYYAAGiGAABuhgAAwIYAAMeGAAAYhwAAIIcAAHCHAACGhwAAyIcAANGHAAAgiAAAI4gAAHiIAACCiAAA0IgAANiIAAAoiQAAQYkAAICJAACMiQAA2IkAAOCJAABQ5xIAOIoAAIiKAACLigAA4IoAAOqKAAA4iwAAPosAAJCLAACeiwAA6IsAAPWLAABAjAAAV4wAAKjnEgCZjAAA8E4RAJuMAAAA2QEAnowAAPCyAgCfjAAACI4IAKCMAAAALQcAoYwAAEDOAACijAAAKI4CAKWMAACo4hAApowAABgpDQCnjAAA8IwAAKmMAACAWAkArowAAFhZBwCvjAAA8BIPAPqMAAC4UQoA/4wAAEiNAABUjQAAoI0AAKGNAACgYAQAo40AAPiNAAD7jQAAUI4AAFeOAACQqQEAWI4AAKiOAABojgAA4DoBAK+OAAAAjwAADI8AAFiPAABljwAAsI8AAL6PAAAIkAAAFJAAAGCQAABnkAAAuJAAAMCQAAAQkQAAIJEAAGiRAABtkQAAwJEAAMaRAAAYkgAAIJIAAHCSAAB5kgAAyJIAAMuSAAAgkwAALJMAAHiTAAB+kwAAAOgSAO+TAABY6BIANZQAAICUAACClAAAeAwBAIOUAACw1gIAh5QAAKALAwCLlAAAkN0NAIyUAAAoIAIAjpQAAAgDAwCPlAAACNcNAJmUAAC4qwIAoJQAANiUAADllAAAMJUAADWVAACIlQAAjJUAAOCVAADtlQAAOJYAAECWAACQlgAAQ5YAAJCsCwCXlgAA6JYAAJ+WAAAYDQQA6pYAAECXAABKlwAAmJcAAJqXAADwlwAACZgAAEiYAABKmAAAoJgAAKOYAAD4mAAABJkAAFCZAABYmQAAsOgSAK6ZAAAAmgAAsJkAACA+FQC3mQAAqG4HALmZAACIwgcAu5kAAKhfAQDAmQAA4IQNAMSZAAD40Q4ABpoAAFDxAAAYmgAAWJoAAFqaAACwmgAAZZoAAACwAABxmgAA4KAAAL+aAAAImwAAF5sAAGCbAABsmwAAuJsAALubAAAQnAAAE5wAAGicAACAnAAAwJwAAMecAAAYnQAAJJ0AAHCdAAB9nQAAyJ0AANadAAAgngAALJ4AAHieAAB/ngAA0J4AAOieAAAonwAANJ8AAICfAACGnwAA2J8AAN6fAAAwoAAANaAAAIigAACOoAAAYOkSAOKgAAA4oQAAP6EAAJChAACooQAA6KEAAO+hAABAogAAWaIAAJiiAACwogAA8KIAAPyiAABIowAATqMAAKCjAACmowAA+KMAAP2jAABQpAAAVqQAALjpEgDBpAAAAKUAABGlAABYpQAAZqUAALClAAC/pQAACKYAABCmAABgpgAAgKYAALimAADEpgAAEKcAACSnAABopwAAcKcAAMCnAADGpwAAGKgAACSoAABwqAAAeqgAAMioAADOqAAAIKkAAC6pAAB4qQAAhKkAANCpAADrqQAAKKoAACqqAACAqgAAkaoAANiqAADgqgAAMKsAAD6rAACIqwAAi6sAAOCrAADoqwAAOKwAAEWsAACQrAAAlawAAOisAADyrAAAQK0AAEitAACYrQAAmq0AAPCtAAABrgAASK4AAFmuAACgrgAApa4AAPiuAAD8rgAAUK8AAFyvAACorwAAr68AABDqEgAFsAAAWLAAAGKwAACwsAAAyLAAAAixAAALsQAAYLEAAGmxAAC4sQAAubEAABCyAAARsgAAaLIAAG2yAADAsgAAxrIAABizAAAiswAAcLMAAHyzAADIswAAz7MAACC0AAA4tAAAeLQAAHq0AADQtAAA2bQAACi1AAAytQAAgLUAAIu1AADYtQAA8LUAADC2AABGtgAAiLYAAI22AADgtgAA57YAADi3AABEtwAAaOoSAJK3AAAIDgMAlbcAAJiUAQCZtwAAoEEHAJu3AADoDQkAobcAAOi3AADqtwAAQL0CAPa3AABAuAAATLgAAJi4AABPuAAAeI4JAKW4AADwuAAA+rgAAEi5AABJuQAA4IsSAFC5AACguQAAp7kAAPi5AAC7uQAAOL8BAP25AABQugAAXLoAAKi6AACrugAAALsAAAi7AABYuwAAZbsAALC7AAC1uwAACLwAABK8AABgvAAAaLwAALi8AAC7vAAAEL0AABm9AABovQAAab0AAMC9AADBvQAAGL4AAB2+AABwvgAAdr4AAMi+AADSvgAAIL8AACi/AAB4vwAAer8AANC/AADZvwAAKMAAADLAAACAwAAAi8AAANjAAADkwAAAMMEAAD3BAACIwQAAksEAAODBAADuwQAAOMIAAEfCAACQwgAAksIAAOjCAADywgAAQMMAAE7DAACYwwAAncMAAPDDAAD9wwAASMQAAFDEAACgxAAAocQAAPjEAAD+xAAAUMUAAFXFAACoxQAAssUAAADGAAAFxgAAWMYAAGfGAACwxgAAtcYAAAjHAAAZxwAAYMcAAGjHAAC4xwAAvscAABDIAAAcyAAAaMgAAIXIAADAyAAAycgAABjJAAAkyQAAcMkAAHPJAADIyQAA0skAACDKAAAsygAAeMoAAH/KAADQygAA2MoAACjLAABBywAAgMsAAJTLAADYywAA4MsAADDMAAAzzAAAiMwAAJTMAADgzAAA5swAADjNAABTzQAAkM0AAJzNAADozQAA7s0AAMDqEgBKzgAAmM4AAKPOAADwzgAA+M4AACjhAAD8zgAASM8AAFXPAACgzwAAqs8AAPjPAAAG0AAAUNAAAF/QAACo0AAAqtAAAADRAAAK0QAAWNEAAGbRAACw0QAAtdEAAAjSAAAV0gAAYNIAAGjSAAC40gAAcNIAAFCLAQC50gAAENMAALzSAADAeAEAyNIAANCxAQAh0wAAaNMAAHHTAADA0wAA19MAABjUAAAm1AAAcNQAAH3UAADI1AAA0NQAACDVAAA/1QAAGOsSAIHVAADQ1QAA2tUAACjWAAAz1gAAcOsSAILWAADY1gAA4dYAADDXAAA61wAAiNcAAJPXAADg1wAA7NcAADjYAABF2AAAkNgAAJrYAADo2AAA9tgAAEDZAABP2QAAmNkAAJrZAADw2QAA+tkAAEjaAABW2gAAoNoAAKXaAAD42gAABdsAAFDbAABY2wAAqNsAAK7bAAAA3AAADNwAAFjcAAB13AAAsNwAALncAAAI3QAAFt0AAGDdAABm3QAAuN0AAMTdAAAQ3gAAF94AAMjrEgBq3gAAUGcCAG7eAADA3gAAxd4AABjfAADO3gAAuGsFACXfAABw3wAAh98AAMjfAADJ3wAAIOAAACLgAAB44AAAe+AAANDgAADT4AAAIOwSAEnhAACA4QAAgeEAANjhAADa4QAAMOIAADPiAACI4gAAi+IAAHjsEgDl4gAAOOMAAD7jAACQ4wAAl+MAAOjjAAAK5AAAQOQAAEjkAACY5AAAp+QAAPDkAADy5AAASOUAAFnlAACg5QAAseUAAPjlAAAE5gAAUOYAAFfmAACo5gAAsOYAAADnAAAE5wAAWOcAAGbnAACw5wAAuucAAAjoAAAT6AAAYOgAAGXoAAC46AAAwegAABDpAAAa6QAAaOkAAHDpAADA6QAAwukAABjqAAAl6gAAcOoAAITqAADI6gAA0OoAACDrAAAh6wAAeOsAAHrrAADQ6wAA0+sAACjsAAAr7AAA0OwSAIXsAADY7AAA3uwAADDtAAA37QAAiO0AAJDtAADg7QAA7+0AADjuAAA97gAAkO4AAJ3uAADo7gAA+O4AAEDvAABO7wAAmO8AAK/vAADw7wAA+e8AAEjwAABO8AAAoPAAAKzwAAD48AAA//AAACjtEgBV8QAA6DUDAFjxAACo8QAAXfEAAGDVCgC38QAAAPIAABHyAABY8gAAZvIAALDyAAC88gAACPMAABXzAABg8wAAavMAALjzAADA8wAAEPQAABP0AABo9AAAdPQAAMD0AADN9AAAGPUAACL1AABw9QAAePUAAMj1AADK9QAAIPYAACn2AAB49gAAgvYAAND2AADb9gAAKPcAAD33AACA9wAAiPcAANj3AADx9wAAMPgAADn4AACI+AAAkvgAAOD4AADo+AAAOPkAAEX5AACQ+QAAlfkAAOj5AADw+QAAQPoAAEH6AACY+gAAmvoAAPD6AADz+gAASPsAAEv7AACA7RIApfsAAPj7AAD++wAAUPwAAFf8AACo/AAAsPwAAAD9AAAO/QAAWP0AAFv9AACw/QAAuP0AAAj+AAAL/gAAYP4AAGz+AAC4/gAAwv4AANjtEgAR/wAA2L8PABL/AABo/wAAE/8AAND7DQAa/wAAQMIPABv/AADw1QUAH/8AALBSAgAg/wAAKIMNADT/AADQNQIAcf8AAMD/AAB3/wAA0MwOAMr/AAAYAAEAIwABAHAAAQB8AAEAyAABANUAAQAgAQEAKgEBAHgBAQCGAQEA0AEBAN8BAQAoAgEAKgIBAIACAQCKAgEA2AIBAOYCAQAwAwEANQMBAIgDAQCVAwEA4AMBAPADAQA4BAEAOgQBAJAEAQCeBAEA6AQBAPkEAQAw7hIARwUBAIjuEgCgBQEA4O4SAPkFAQBIBgEAUgYBAKAGAQCrBgEA+AYBAAQHAQBQBwEAXQcBAKgHAQCyBwEAAAgBAA4IAQBYCAEAZwgBALAIAQCyCAEACAkBABIJAQBgCQEAbgkBALgJAQC9CQEAEAoBAB0KAQBoCgEAcAoBAMAKAQDQCgEAGAsBABoLAQBwCwEAfgsBAMgLAQDZCwEAOO8SACcMAQCQ7xIAkQwBANAMAQDhDAEAKA0BADQNAQCADQEAiA0BAOjvEgDdDQEAMA4BADgOAQCIDgEAig4BAOAOAQCNDgEAWGwIAJcOAQB4xgUA6Q4BADgPAQDvDgEAgCYLAEIPAQCQDwEAmw8BAOgPAQD0DwEAQBABAE0QAQCYEAEAohABAPAQAQD+EAEASBEBAFcRAQCgEQEAohEBAPgRAQACEgEAUBIBAFwSAQCoEgEAsBIBAEDwEgADEwEAWBMBAGYTAQCwEwEAvRMBAAgUAQAfFAEAYBQBAGgUAQC4FAEAzhQBABAVAQAcFQEAaBUBAHcVAQDAFQEAyxUBABgWAQAaFgEAcBYBAH0WAQDIFgEA1hYBACAXAQAjFwEAeBcBAI4XAQDQFwEA2BcBACgYAQA6GAEAmPASAIgYAQAw7AQAihgBANAeEQCNGAEA8I4OAI8YAQDYGAEA3RgBADAZAQA3GQEAiBkBAJQZAQDgGQEA7RkBADgaAQA6GgEAkBoBAKYaAQDoGgEA9BoBAEAbAQBfGwEAmBsBALQbAQDwGwEA+BsBAPDwEgBKHAEAoBwBAKkcAQD4HAEAAh0BAFAdAQBbHQEAqB0BALQdAQAAHgEADR4BAFgeAQBiHgEAsB4BAL4eAQAIHwEAFx8BAGAfAQBiHwEAuB8BAMIfAQAQIAEAHiABAGggAQBtIAEAwCABAM0gAQAYIQEAKCEBAHAhAQByIQEAyCEBANYhAQAgIgEAMSIBAEjxEgB/IgEAoPESANIiAQD4WgYA1SIBACgjAQDZIgEAyP0BANwiAQBAwQgA3iIBAKDBAQDkIgEAgOgFAC8jAQBAcwwANSMBAIAjAQCXIwEA2CMBAN0jAQAwJAEAMyQBAIgkAQA6JAEAyBoHAEwkAQDIJQcAjSQBAPAfBwCUJAEA4CQBAOYkAQCYMQEA7yQBADglAQBBJQEAkCUBAJYlAQDoJQEA9iUBAEAmAQBKJgEAmCYBAKwmAQDwJgEA/CYBAEgnAQBbJwEAoCcBAK8nAQD4JwEABCgBAFAoAQBRKAEAqCgBALIoAQAAKQEADikBAFgpAQBdKQEAsCkBAL0pAQBQ8hIAGyoBAGAqAQBvKgEAuCoBAMQqAQAQKwEAESsBAGgrAQByKwEAwCsBAM4rAQAYLAEAHSwBAHAsAQB9LAEAWPMSAMosAQAgLQEAKS0BAHgtAQCCLQEA0C0BANstAQAoLgEANC4BAIAuAQCNLgEA2C4BAOIuAQAwLwEAPi8BAIgvAQCXLwEA4C8BAOIvAQA4MAEAQjABAJAwAQCeMAEA6DABAPUwAQBAMQEAVzEBALDzEgCzMQEA8DEBAPwxAQBIMgEATjIBAKAyAQCsMgEA+DIBAP4yAQBQMwEAVjMBAKgzAQCtMwEAADQBAAY0AQAI9BIAYTQBALA0AQC6NAEACDUBABM1AQBgNQEAbDUBALg1AQDFNQEAEDYBABo2AQBoNgEAdjYBAMA2AQDPNgEAGDcBABo3AQBwNwEAejcBAMg3AQDWNwEAIDgBACU4AQB4OAEAhTgBANA4AQDYOAEAKDkBADg5AQCAOQEAgjkBANg5AQDmOQEAMDoBAEE6AQAQ9RIAjzoBAGj1EgDmOgEAODsBAEQ7AQCQOwEAoDsBAOg7AQDxOwEAQDwBAEM8AQCYPAEApDwBAPA8AQD3PAEASD0BAFA9AQCgPQEAvj0BAPg9AQAAPgEAUD4BAGE+AQCoPgEArT4BAAA/AQAXPwEAWD8BAGY/AQCwPwEAvT8BAAhAAQAQQAEAYEABAGRAAQC4QAEAukABABBBAQATQQEAaEEBAHBBAQDAQQEAxkEBABhCAQAkQgEAcEIBAIBCAQDIQgEA0UIBACBDAQAjQwEAeEMBAIRDAQDQQwEA10MBAMD1EgAxRAEAgEQBAINEAQDYRAEA5kQBADBFAQA9RQEAiEUBAJ9FAQDgRQEA6EUBADhGAQA6RgEAkEYBAJlGAQDoRgEA8kYBAEBHAQBLRwEAmEcBAKRHAQDwRwEA/UcBAEhIAQBSSAEAoEgBAK5IAQD4SAEAB0kBAFBJAQBSSQEAqEkBALJJAQAASgEADkoBAFhKAQBdSgEAsEoBAL1KAQAISwEAEEsBAGBLAQB2SwEAuEsBAMRLAQAQTAEAH0wBAGhMAQBzTAEAwEwBAMJMAQAYTQEAJU0BAHBNAQB+TQEAyE0BAMtNAQAgTgEANk4BABj2EgCATgEAsF0CAIROAQDQCQIAhk4BAIjRAgCQTgEA0E4BANJOAQAoTwEAOU8BAIBPAQCRTwEA2E8BAN1PAQAwUAEANFABAIhQAQCUUAEA4FABAOdQAQA4UQEAQFEBAJBRAQCuUQEA6FEBAPBRAQBw9hIARVIBAJhSAQCZUgEAkNcPAKdSAQB4HA4AsVIBAPBSAQDyUgEASFMBAGFTAQCgUwEAsVMBAPhTAQAEVAEAUFQBAFJUAQCoVAEAsVQBAABVAQC3VAEA2FoBAApVAQBYVQEAY1UBALBVAQC8VQEACFYBABVWAQBgVgEAalYBALhWAQDGVgEAEFcBAB9XAQBoVwEAalcBAMBXAQDKVwEAGFgBACZYAQBwWAEAdVgBAMhYAQDVWAEAIFkBACxZAQB4WQEAflkBANBZAQDWWQEAKFoBAC1aAQCAWgEAhloBAMj2EgDnWgEAMFsBADxbAQCIWwEAi1sBAOBbAQDjWwEAOFwBAD9cAQCQXAEAnFwBAOhcAQD1XAEAQF0BAE5dAQCYXQEApF0BAPBdAQD3XQEAIPcSAE5eAQCgXgEApl4BAPheAQD9XgEAUF8BAFZfAQB49xIAqV8BAFhHAgCyXwEA4DcNALRfAQAwzRIAtl8BAJAfDgC3XwEAAGABAAxgAQBYYAEAWWABALBgAQBkYAEAuC8OALpgAQAIYQEAFmEBAGBhAQBlYQEAuGEBAMVhAQDQ9xIAEmIBACjmDQAeYgEAGNkNADNiAQAo+BIAjmIBAMBiAQDnYgEAGGMBADxjAQBwYwEAeGMBAID4EgDUYwEAIGQBACJkAQB4ZAEAe2QBANBkAQDVZAEAKGUBADVlAQCAZQEAnGUBANhlAQDgZQEA2PgSADlmAQCIZgEAPWYBANhwAQCLZgEA4GYBAOxmAQA4ZwEAPmcBAJBnAQCdZwEA6GcBAOpnAQBAaAEAVmgBAJhoAQCkaAEA8GgBAPhoAQAw+RIATmkBAKBpAQCoaQEA+GkBAPlpAQBQagEAUmoBAKhqAQCragEAAGsBAANrAQCI+RIAXWsBALBrAQC2awEACGwBAA9sAQBgbAEAaGwBALhsAQDFbAEAEG0BABVtAQBobQEAcm0BAMBtAQDIbQEAGG4BABpuAQBwbgEAgW4BAMhuAQDZbgEAIG8BACVvAQB4bwEAfG8BANBvAQDcbwEAKHABAC9wAQCAcAEAknABAOD5EgDdcAEAMHEBADhxAQCIcQEAinEBAOBxAQDvcQEAOHIBAEdyAQCQcgEAnHIBAOhyAQDrcgEAQHMBAENzAQCYcwEAoHMBAPBzAQD6cwEASHQBAE10AQCgdAEAqHQBAPh0AQACdQEAUHUBAFt1AQCodQEAtnUBAAB2AQADdgEAWHYBAGB2AQCwdgEAy3YBAAh3AQATdwEAYHcBAGV3AQC4dwEAu3cBABB4AQAaeAEAaHgBAHp4AQA4+hIAzngBABh5AQAieQEAcHkBAHt5AQDIeQEA0HkBACB6AQAmegEAeHoBAHp6AQDQegEA6XoBACh7AQBBewEAgHsBAI57AQDYewEA4nsBADB8AQBGfAEAiHwBAKV8AQDgfAEA6HwBADh9AQBIfQEAkH0BAJJ9AQDofQEA9n0BAEB+AQBRfgEAkPoSAJ9+AQDo+hIA8X4BAEh/AQBZfwEAoH8BAKx/AQD4fwEA+n8BAFCAAQBTgAEAqIABALSAAQAAgQEACIEBAJj7EgBjgQEAsIEBALyBAQAIggEAF4IBAGCCAQCAggEAuIIBAMCCAQAQgwEAJIMBAGiDAQBtgwEAwIMBAMmDAQAYhAEAHoQBAHCEAQB4hAEAyIQBANeEAQAghQEAJYUBAHiFAQCFhQEA0IUBAN2FAQAohgEANIYBAICGAQCPhgEA2IYBAOKGAQAwhwEAPocBAIiHAQCNhwEA4IcBAO2HAQA4iAEAQIgBAJCIAQCTiAEA6IgBAPSIAQBAiQEASokBAJiJAQCiiQEA8IkBAP6JAQBIigEAVYoBAKCKAQC3igEA+IoBAPuKAQDw+xIAUosBAKiLAQC2iwEAAIwBABGMAQBI/BIAX4wBAKD8EgDPjAEACI0BABiNAQBgjQEAYo0BALiNAQDGjQEAEI4BACGOAQD4/BIAb44BAFD9EgDFjgEAGI8BACCPAQBwjwEAco8BAMiPAQDRjwEAIJABACqQAQB4kAEAg5ABANCQAQDckAEAKJEBADWRAQCAkQEAipEBANiRAQDmkQEAMJIBAD+SAQCIkgEAipIBAOCSAQDqkgEAOJMBAESTAQCQkwEAmJMBAAD+EgDtkwEAQJQBAEiUAQBY/hIAn5QBAPCUAQChlAEAsEwEAKWUAQBw0QEAqZQBADBdDwCulAEAUPkBALOUAQB4lQMA/JQBAEiVAQBQlQEAiIUUAGSVAQDAMhEAcJUBAKCVAQDGlQEA+JUBACGWAQBQlgEAdpYBAKiWAQDOlgEAAJcBAAiXAQBYlwEAgpcBALCXAQDJlwEACJgBAAqYAQBgmAEAZ5gBALiYAQDAmAEAEJkBAB+ZAQBomQEAbpkBAMCZAQDMmQEAGJoBAB+aAQBwmgEAfJoBAMiaAQDVmgEAIJsBACqbAQB4mwEAhpsBANCbAQDSmwEAKJwBADmcAQCAnAEAg5wBANicAQADnQEAsP4SADOdAQA4dAQAOp0BAPjIBgA9nQEAiJ0BAECdAQCQYQ4AQZ0BAKDfAgBGnQEAYNEEAI+dAQDQowIAkp0BADjlAwCXnQEAmMoQAKOdAQDgnQEA4p0BADieAQBJngEAkJ4BAJ6eAQDongEA754BAECfAQBCnwEAmJ8BAEWfAQBowgIASJ8BAHi8AQCnnwEA8J8BAP+fAQBIoAEAVKABAKCgAQCjoAEA+KABAPugAQBQoQEAcKEBAKihAQC0oQEAAKIBABSiAQBYogEAZqIBALCiAQC3ogEACP8SAB6jAQBAjgMAH6MBAGCjAQBiowEAwLcNAGOjAQC4tg0AbaMBALijAQC6owEAEKQBABqkAQBopAEAIaQBAIi7DQBxpAEAwKQBAMakAQAYpQEAJKUBAHClAQB3pQEAyKUBAM2lAQAgpgEALKYBAHimAQB7pgEA0KYBAN2mAQAopwEALacBAICnAQCKpwEA2KcBAO6nAQAwqAEAMqgBAIioAQCSqAEA4KgBAO+oAQA4qQEAQ6kBAGD/EgCcqQEA6KkBAPWpAQBAqgEATqoBAJiqAQCkqgEA8KoBAPeqAQC4/xIATasBAKCrAQBUqwEAWDYPAFarAQDg1gQAoqsBAMguBAClqwEASNoLAK+rAQAIKgwAt6sBAPirAQAGrAEAUKwBAF2sAQCorAEAsKwBAACtAQAKrQEAiGcIABCtAQBYrQEAWq0BALCtAQC+rQEACK4BABmuAQAQABMAZ64BAGgAEwC9rgEAEK8BABavAQBorwEAcK8BAMCvAQDJrwEAGLABABuwAQBwsAEAfLABAMiwAQDOsAEAILEBACixAQB4sQEAl7EBABgBEwDSsQEAKLIBADayAQCAsgEAkbIBAHABEwDfsgEAyAETADWzAQCIswEAjrMBAOCzAQDoswEAOLQBAEG0AQCQtAEAk7QBAOi0AQD0tAEAQLUBAEa1AQB4AhMAmrUBAPC1AQD5tQEASLYBAFK2AQCgtgEAq7YBAPi2AQAEtwEAULcBAF23AQCotwEAsrcBAAC4AQAOuAEAWLgBAGe4AQCwuAEAsrgBAAi5AQASuQEAYLkBAG65AQC4uQEAvbkBABC6AQAdugEAaLoBAHC6AQDAugEA0LoBABi7AQAauwEAcLsBAH67AQDIuwEA2bsBANACEwAnvAEAKAMTAIG8AQDQvAEA07wBACi9AQA0vQEAgL0BAIa9AQDYvQEA5b0BADC+AQAyvgEAiL4BAJ6+AQDgvgEA7L4BAIADEwBEvwEAkL8BAJa/AQDovwEA678BAEDAAQBOwAEAmMABAJ3AAQDwwAEA/cABAEjBAQBQwQEA2AMTAK3BAQD4wQEABsIBAFDCAQBawgEAyNwBAGbCAQCowgEAscIBAADDAQAWwwEAWMMBAGDDAQCwwwEAs8MBAAjEAQARxAEAYMQBAGHEAQC4xAEAucQBABDFAQAVxQEAaMUBAG7FAQDAxQEAysUBABjGAQAkxgEAcMYBAHfGAQDIxgEA0MYBACDHAQAixwEAeMcBAHnHAQDQxwEA3scBACjIAQAwyAEAgMgBAJvIAQDYyAEA5MgBADDJAQA2yQEAiMkBAIvJAQDgyQEA7skBADjKAQA9ygEAkMoBAJ3KAQDoygEA8MoBAEDLAQBOywEAmMsBAJvLAQAwBBMA88sBAEjMAQD0ywEAmLAKAPzLAQDAnwoA/ssBAJCHEAADzAEA4L0QAEvMAQCgzAEAscwBAPjMAQAUzQEAUM0BAFjNAQCIBBMAuc0BAADOAQAIzgEAWM4BAF7OAQCwzgEAtc4BAAjPAQARzwEAYM8BAGrPAQC4zwEAxs8BABDQAQAd0AEAaNABAHTQAQDA0AEAw9ABABjRAQA00QEA4AQTAHPRAQDwdQ8AetEBAFhnEQB80QEAqMgKAH3RAQDI0QEAf9EBAKj2AgDU0QEAINIBACPSAQAgzQoAL9IBAHjSAQAz0gEASLwKAILSAQDQ0gEA2NIBADjVAQDc0gEAmGQRAN7SAQAo0wEA7NIBAEieCQAt0wEAiEcEADXTAQCA0wEAl9MBANjTAQDg0wEAMNQBADrUAQCI1AEAjdQBAODUAQDo1AEAOAUTAELVAQCQ1QEARNUBAED1CQBH1QEASM4EAJXVAQDo1QEA8NUBAJAFEwBC1gEAsH4CAEPWAQDIgQ0ARdYBAEgtCgBJ1gEA6NUMAEzWAQCY1gEATtYBANDREACZ1gEAGEwQAJrWAQBIcAYAn9YBAPDWAQCn1gEAQMgCAKjWAQD4hwIAr9YBADBPEAD+1gEASNcBAEvXAQCg1wEAqNcBAPjXAQCs1wEAALQGAK/XAQCghgYAvNcBAHCABgD91wEAUNgBAAfYAQB42QYAXdgBAKjYAQCw2AEA6AUTAAPZAQBY2QEAFNkBAFC5BABk2QEAsNkBALbZAQAI2gEAEtoBAEAGEwBl2gEAuNoBAMXaAQAQ2wEAGNsBAFgUEwAc2wEAaNsBACDbAQAA7wEALNsBAHjMDgBu2wEAwNsBAMbbAQAY3AEAHdwBAHDcAQB23AEAmAYTANTcAQAg3QEAI90BAHjdAQCC3QEA0N0BAOzdAQAo3gEARN4BAPAGEwCD3gEA2N4BANveAQAw3wEAPN8BAIjfAQCO3wEA4N8BAOrfAQBIBxMAPeABAJDgAQCd4AEAoAcTAOrgAQB4Zg8A6+ABAEDhAQDu4AEA0MQNAP7gAQCQwgsASuEBAJjhAQCb4QEAWEwPAKDhAQBAERMAtOEBAPDhAQAM4gEA+AcTAFXiAQCg4gEAruIBAPjiAQAC4wEAUOMBAGzjAQCo4wEAxOMBAFAIEwAD5AEAWOQBAFvkAQCw5AEAvOQBAAjlAQAO5QEAYOUBAGrlAQCoCBMAveUBABDmAQAd5gEAaOYBAHjmAQDA5gEAwuYBABjnAQAm5wEAcOcBAIHnAQAACRMAz+cBAFgJEwAm6AEAeOgBAH7oAQDQ6AEA1egBACjpAQAu6QEAsAkTAIrpAQDIuA0AjukBANjpAQDp6QEACAoTADfqAQBgChMAkOoBALgKEwDu6gEAOOsBAD/rAQCQ6wEAmOsBAOjrAQD16wEAQOwBAEXsAQCY7AEAouwBAPDsAQD47AEASO0BAE7tAQCg7QEAou0BAPjtAQAG7gEAUO4BAFPuAQCo7gEAtO4BABALEwAC7wEAWO8BAGbvAQCw7wEAwe8BAGgLEwAP8AEAwAsTAGbwAQC48AEAvvABABDxAQAV8QEAaPEBAG7xAQAYDBMAwvEBABjyAQDD8QEAgPsRAMnxAQAQVhAAzPEBALiUBgAz8gEAcPIBAHLyAQDI8gEA4vIBACDzAQAt8wEAADoKADHzAQB48wEAevMBANDzAQDd8wEAKPQBAD/0AQCA9AEAmvQBANj0AQDa9AEAMPUBAN70AQDw8Q4AM/UBAIj1AQCL9QEA4PUBAOz1AQA49gEAPvYBAJD2AQCa9gEAcAwTAO32AQBA9wEATfcBAJj3AQCk9wEA8PcBAPb3AQBI+AEATvgBAKD4AQCl+AEA+PgBAP74AQDIDBMAUfkBAKj5AQBm+QEA4LIFAKr5AQAA+gEAtvkBAJhBAwAG+gEAWPoBAGb6AQCw+gEAs/oBAAj7AQAN+wEAYPsBAG37AQC4+wEAyPsBABD8AQAS/AEAaPwBAHb8AQDA/AEA0fwBACANEwAe/QEAcP0BAHz9AQB4DRMA2f0BACD+AQAq/gEAeP4BAIb+AQDQ/gEA0f4BACj/AQA5/wEAgP8BAIz/AQDY/wEA6P8BADAAAgAyAAIAiAACAJYAAgDgAAIA8QACANANEwA+AQIAkAECAJwBAgAoDhMA7gECAEACAgBGAgIAmAICAJ0CAgDwAgIA9gICANgOEwBQAwIAoAMCAKoDAgAgpRAAuQMCAPgDAgABBAIAUAQCAFoEAgCoBAIAsAQCAAAFAgAEBQIAWAUCAFoFAgCwBQIAswUCAAgGAgAkBgIAMA8TAGIGAgC4BgIAxQYCABAHAgAdBwIAaAcCAHQHAgDABwIAxwcCABgIAgAgCAIAcAgCAIAIAgDICAIAzQgCACAJAgAmCQIAeAkCAIAJAgCIDxMA7AkCACgKAgAwCgIA4A8TAIwKAgDYCgIA2woCADALAgA6CwIAOBATAJYLAgDgCwIA5wsCADgMAgBADAIAkAwCAJ0MAgDoDAIA7QwCAEANAgBKDQIAmA0CAKANAgDwDQIA8Q0CAEgOAgBKDgIAoA4CAK0OAgD4DgIABg8CAFAPAgBfDwIAqA8CALAPAgAAEAIAAhACAFgQAgBbEAIAsBACALgQAgAIEQIAFBECAGARAgBzEQIAuBECALkRAgAQEgIAHBICAGgSAgB3EgIAwBICAMoSAgAYEwIAJBMCAHATAgB3EwIA6BATANYTAgAgFAIALRQCAHgUAgAxFAIAYJoPAIYUAgDQFAIA0xQCACgVAgAzFQIAgBUCAIwVAgDYFQIA3xUCADAWAgA4FgIAiBYCAIwWAgDgFgIA7hYCADgXAgBCFwIAkBcCAJsXAgDoFwIA7RcCAEAYAgBJGAIAmBgCAKIYAgDwGAIA+BgCAEgZAgBOGQIAoBkCAKkZAgD4GQIABRoCAFAaAgBdGgIAqBoCALYaAgAAGwIADRsCAFgbAgBvGwIAsBsCALgbAgAIHAIAChwCAGAcAgBtHAIAuBwCAMwcAgAQHQIAGB0CAGgdAgBqHQIAwB0CAMMdAgAYHgIAGx4CAHAeAgB8HgIAyB4CAM4eAgAgHwIAKh8CAJgREwB9HwIA0B8CAN0fAgDwERMAOyACAIAgAgCBIAIA2CACAOQgAgAwIQIAPyECAIghAgCSIQIA4CECAOwhAgA4IgIAPyICAKASEwCWIgIAgFQOAKMiAgDoIgIA9yICAEAjAgBMIwIAmCMCAJkjAgDwIwIA+iMCAEgkAgBWJAIAoCQCAKUkAgD4JAIABSUCAFATEwBYJQIAqCUCALQlAgAAJgIAEyYCAFgmAgBZJgIAsCYCALwmAgAIJwIAFycCAGAnAgBqJwIAuCcCAMQnAgAQKAIAFygCAKgTEwB5KAIAwCgCAMwoAgAYKQIAKCkCAHApAgB6KQIAyCkCANApAgAgKgIASCoCAHgqAgBOKgIASC8CAKAqAgDQKgIA2CoCACgrAgAuKwIAgCsCAI4rAgDYKwIA7ysCADAsAgA7LAIAiCwCAJIsAgDgLAIADS0CADgtAgBALQIAkC0CAKAtAgDoLQIA6i0CAEAuAgBOLgIAmC4CAKkuAgCwFBMA9y4CAAgVEwBwLwIAoC8CAKgvAgD4LwIA/i8CAFAwAgBeMAIAqDACAL8wAgAAMQIACzECAFgxAgBiMQIAsDECAN0xAgAIMgIAEDICAGAyAgBwMgIAuDICALoyAgAQMwIAHjMCAGgzAgB5MwIAYBUTAMczAgC4FRMAGjQCAHA0AgB+NAIAyDQCANk0AgAQFhMAJzUCAGgWEwCANQIAwBYTANg1AgAYFxMA7DUCAGA1DAAqNgIAgDYCAI42AgDYNgIA6TYCAHAXEwA2NwIAiDcCAJQ3AgDIFxMA6TcCADg4AgDxNwIA2P4QAEU4AgCQOAIAnjgCAOg4AgDyOAIAQDkCAFo5AgCYOQIAmzkCAPA5AgD3OQIASDoCAGg6AgCgOgIAujoCACAYEwAFOwIAUDsCAAk7AgC4lQIADjsCAHjwAgBeOwIAqDsCALI7AgAAPAIAGjwCAFg8AgBoPAIAsDwCALY8AgAIPQIACj0CAGA9AgB2PQIAuD0CAMQ9AgAQPgIAFD4CAGg+AgBtPgIAwD4CAMY+AgAYPwIAOD8CAHA/AgCKPwIAyD8CAMo/AgAgQAIAI0ACAHhAAgB7QAIA0EACANxAAgAoQQIALkECAIBBAgCKQQIAeBgTAN1BAgAwQgIAPUICAIhCAgCUQgIA4EICAPNCAgA4QwIAR0MCAJBDAgCcQwIA6EMCAOlDAgBARAIASkQCAJhEAgCmRAIA8EQCAPVEAgBIRQIAVUUCANAYEwChRQIAOLQMAKJFAgBg+A0Ao0UCAEiACACkRQIAeGwCAKVFAgB45xAApkUCADBsCgCnRQIAkOgNAKpFAgBAag8Aq0UCALjtDQCsRQIAsBMMAK1FAgDAHQ0ArkUCADjgDACvRQIAYFIGALBFAgD4RQIAs0UCAFgEEQC4RQIA4KYUALlFAgBg1hEAukUCADAYEAC8RQIA8AkSAMNFAgCw1xQAyEUCAJAkEADlRQIAYG4PAOtFAgAgxRQA+kUCAFBGAgAJRgIAKOAPAF5GAgCoRgIAuUYCACgZEwAHRwIAgBkTAGRHAgCwRwIAv0cCAAhIAgASSAIAYEgCAGxIAgC4SAIAg0gCAFDPDwC/SAIAMBoTABJJAgBoSQIAeUkCAMBJAgDJSQIAGEoCACRKAgBwSgIAc0oCAMhKAgDQSgIAIEsCACpLAgB4SwIAfUsCANBLAgDYSwIAKEwCAEFMAgCATAIAjEwCANhMAgDgTAIA4BoTADhNAgA4GxMAi00CAOBNAgDjTQIAOE4CAEROAgCQTgIAlk4CAOhOAgDyTgIAkBsTAEVPAgCYTwIApU8CAOgbEwD2TwIASFACAE5QAgCgUAIApVACAPhQAgD+UAIAmBwTAFhRAgDwHBMAqlECABi+CwCtUQIAAFICALRRAgBgegsAClICAFhSAgAPUgIAoEYJAGBSAgC4Ww4AdFICAEgdEwC1UgIACFMCAB5TAgBgUwIAYVMCALhTAgC6UwIAEFQCABZUAgBoVAIAdFQCAMBUAgDHVAIAGFUCACBVAgBwVQIAeVUCAMhVAgDLVQIAIFYCAC5WAgB4VgIAhVYCANBWAgDnVgIAKFcCADBXAgCAVwIAjFcCAIhYAgCoVwIA2FcCAABYAgAwWAIAVFgCAPgdEwClWAIA4FgCAOlYAgDoWQIA8VgCADhZAgBoWQIAkFkCALRZAgBQHhMA6lkCAEBaAgBRWgIAmFoCAMhaAgDwWgIAFFsCAKgeEwBNWwIAGC4PAE5bAgAwXwcAUVsCAKBbAgBUWwIAeD8RAFlbAgC4AhIAqlsCAPhbAgCtWwIAcGcHAK5bAgCAphAAAFwCAFBcAgBUXAIAqFwCAKpcAgAAXQIAA10CAFhdAgB0XQIAAB8TALVdAgBwzg0Aul0CALhFDgC8XQIACF4CAMBdAgBoCgwAJV4CAGBeAgBpXgIAuF4CALpeAgAQXwIAIV8CAFgfEwBtXwIAwF8CAMlfAgAYYAIAKWACAHBgAgB3YAIAyGACANBgAgAgYQIA4mACANiDAgAtYQIA0GECAC9hAgAwYwIAOWECAHhhAgCEYQIAsB8TANVhAgAoYgIAMmICAIBiAgCIYgIACCATAORiAgBgIBMANWMCAIhjAgCVYwIA4GMCAOpjAgA4ZAIAOmQCAJBkAgCeZAIA6GQCAPVkAgC4IBMARWUCAJhlAgClZQIA8GUCAPplAgBIZgIASmYCAKBmAgCuZgIA+GYCAAVnAgAQIRMAU2cCAACAEABWZwIA4DEPAF1nAgCoZwIAsmcCAGghEwAIaAIAWGgCABJoAgD4eQMAWmgCAAjOEABlaAIAqDoGAG9oAgCwaAIAcWgCAHigAwB+aAIAkHoNALVoAgAIaQIAEmkCAGBpAgBoaQIAwCETALlpAgBwBxEAu2kCAPjsEADCaQIAEGoCABxqAgBoagIAa2oCAMBqAgDKagIAGGsCADJrAgBwawIAh2sCAMhrAgDNawIAIGwCADxsAgAYIhMAemwCANBsAgDdbAIAKG0CADJtAgBwIhMAim0CANhtAgCRbQIAgPUIAORtAgAwbgIAM24CAIhuAgCSbgIA4G4CAPpuAgA4bwIAPm8CAJBvAgCSbwIA6G8CAPZvAgBAcAIAQ3ACAJhwAgCkcAIA8HACAPNwAgBIcQIAa3ECAMgiEwCicQIA+HECAAZyAgBQcgIAU3ICAKhyAgC0cgIAAHMCAANzAgAgIxMAY3MCALBzAgC2cwIACHQCAA10AgBgdAIAZHQCALh0AgC7dAIAeCMTABF1AgD4Hg8AE3UCAMCrEQAWdQIAaHUCABl1AgAwpBEAGnUCADh6AgAcdQIAQJARAB51AgBYiBEAH3UCACCXEQAgdQIAYLURACd1AgDAzQ0AKnUCAIjODgB0dQIAwHUCAOx1AgAYdgIAJHYCAHB2AgB/dgIAyHYCANJ2AgAgdwIAI3cCAHh3AgCSdwIA0HcCANp3AgAoeAIALXgCAIB4AgCKeAIA2HgCAON4AgAweQIANnkCAIh5AgCNeQIA4HkCAOR5AgDQIxMAPXoCAJB6AgBGegIAWJ4RAJp6AgDoegIA83oCAEB7AgBGewIAmHsCAJ17AgDwewIA9HsCACgkEwBNfAIA0CcDAE98AgDozA8AUHwCAKBNDgBSfAIAgHIPAGJ8AgCgfAIAqnwCAPh8AgADfQIAUH0CAFZ9AgCofQIArX0CAAB+AgAEfgIAWH4CAHt+AgCAJBMAvX4CAIiwAgC+fgIACH8CAAt/AgBgfwIAbH8CALh/AgDQfwIAEIACAByAAgBogAIAboACAMCAAgDGgAIAGIECAB2BAgBwgQIAdoECANgkEwDSgQIAIIICACuCAgB4ggIAfoICANCCAgDVggIAKIMCACyDAgCAgwIAg4MCADAlEwDigwIAMIQCADuEAgCIhAIAjoQCAOCEAgDlhAIAOIUCADyFAgCIJRMAkYUCAOiFAgD0hQIAQIYCAEyGAgCYhgIAnoYCAPCGAgD2hgIASIcCAE2HAgCghwIApocCAOAlEwAEiAIAUIgCAFaIAgCoiAIAtIgCAACJAgANiQIAWIkCAGeJAgCwiQIAvIkCAAiKAgAUigIAYIoCAGaKAgC4igIAvooCABCLAgAViwIAaIsCAG6LAgA4JhMAyosCAKhzCQDWiwIAGIwCANmLAgDAcwoAJIwCAHCMAgB4jAIAUBAUAHyMAgDIjAIAzowCACCNAgAmjQIAeI0CAH2NAgDQjQIA1o0CAJAmEwAwjgIAgKUUADKOAgCAjgIAho4CANiOAgCMjgIASBYDAOaOAgAwjwIASY8CAIiPAgCRjwIA4I8CAOqPAgA4kAIARJACAJCQAgCckAIA6JACAO6QAgBAkQIARpECAJiRAgCdkQIA8JECAPaRAgDoJhMAVJICAKCSAgCqkgIA+JICAAOTAgBQkwIAVZMCAKiTAgCvkwIAAJQCAAyUAgBYlAIAXpQCALCUAgC2lAIACJUCAA2VAgBglQIAZpUCAEAnEwDJlQIAEJYCABGWAgBolgIAFpYCAJCbAgBtlgIAwJYCAM6WAgAYlwIAJZcCAHCXAgB6lwIAyJcCANSXAgAgmAIAJpgCAHiYAgCEmAIA0JgCAOOYAgAomQIAN5kCAICZAgCMmQIA2JkCANmZAgAwmgIAOpoCAIiaAgCWmgIA4JoCAOWaAgA4mwIARZsCAJgnEwCcmwIA6JsCAPibAgBAnAIATJwCAJicAgCenAIA8JwCAPycAgBInQIAVZ0CAKCdAgCvnQIA+J0CAASeAgBQngIAXJ4CAKieAgC7ngIAAJ8CAA+fAgBYnwIAZJ8CALCfAgCxnwIACKACABKgAgBgoAIAbqACALigAgC9oAIAEKECAB2hAgDwJxMAaqECAGiHBwB0oQIAwKECAHWhAgAIbwsAdqECAPC9DQDUoQIAGKICACSiAgBwogIAMaICAAgQEQB2ogIAyKICAM6iAgAgowIAJaMCAHijAgB+owIASCgTANyjAgAopAIANaQCAGA6AwA7pAIAgKQCAIWkAgC4tgIAiKQCANisAwCMpAIA2KQCAN6kAgAwpQIANqUCAIilAgCNpQIA4KUCAOalAgCgKBMARKYCAJCmAgCWpgIA6KYCAO2mAgBApwIAR6cCAJinAgCmpwIA8KcCAAuoAgBIqAIAVqgCAKCoAgCjqAIA+KgCAAapAgBQqQIAVakCAKipAgC1qQIAAKoCAAyqAgBYqgIAXqoCALCqAgC2qgIACKsCAA2rAgBgqwIAZqsCAPgoEwC9qwIAEKwCABmsAgBorAIAdawCAMCsAgDHrAIAGK0CACmtAgBwrQIAda0CAMitAgDXrQIAIK4CACKuAgB4rgIAia4CANCuAgDcrgIAKK8CAC6vAgCArwIAhq8CANivAgDdrwIAMLACADawAgBQKRMAn7ACAOCwAgDssAIAOLECAESxAgCQsQIAlrECAOixAgDusQIAQLICAEWyAgCYsgIAnrICAKgpEwD2sgIAMOcCAAezAgBIswIAUbMCAKCzAgC2swIA+LMCAAS0AgBQtAIAXbQCAKi0AgCytAIAALUCAAy1AgBYtQIAXrUCALC1AgC2tQIACLYCAA22AgBgtgIAZrYCAAAqEwDBtgIAELcCABq3AgBotwIAbbcCAMC3AgDQtwIAGLgCADG4AgBwuAIAdbgCAMi4AgDRuAIAILkCAC25AgB4uQIAf7kCANC5AgDTuQIAKLoCADS6AgCAugIAk7oCANi6AgDnugIAMLsCADy7AgCIuwIAibsCAOC7AgDquwIAOLwCAEa8AgCQvAIAlbwCAOi8AgD1vAIAWCoTAEO9AgCYvQIAm70CAPC9AgD9vQIAYAYNAP+9AgBIvgIASr4CAKC+AgCjvgIA+L4CAAK/AgBQvwIAXL8CAKi/AgC7vwIAAMACAA/AAgBYwAIAZMACALDAAgCxwAIACMECABLBAgBgwQIAbsECALjBAgC9wQIAEMICAB3CAgCwKhMAacICAMDCAgDMwgIAGMMCAB7DAgBwwwIAcsMCAMjDAgDSwwIAIMQCAC7EAgB4xAIAfcQCANDEAgDdxAIAKMUCADTFAgCAxQIAk8UCANjFAgDnxQIAMMYCADzGAgCIxgIAicYCAODGAgDqxgIAOMcCAEbHAgCQxwIAlccCAOjHAgD1xwIACCsTAEnIAgCYyAIATMgCAIhVDgCeyAIA8MgCAPPIAgBIyQIAVskCAKDJAgClyQIA+MkCAAXKAgBQygIAXMoCAKjKAgCuygIAAMsCAAbLAgBYywIAXcsCALDLAgC2ywIAYCsTAArMAgBgzAIADcwCAIAUEQAPzAIA0JIPAGbMAgAoQxAAb8wCALjMAgDYzAIAEM0CABXNAgBozQIAg80CAMDNAgDMzQIAGM4CAB7OAgBwzgIAgM4CAMjOAgDZzgIAIM8CACXPAgB4zwIAfM8CANDPAgDczwIAKNACAC7QAgCA0AIAhtACANjQAgDd0AIAMNECADbRAgC4KxMAl9ECAJjVEACe0QIA4NECAOHRAgA40gIASdICAJDSAgCc0gIA6NICAP7SAgBA0wIATNMCAJjTAgCl0wIA8NMCAPrTAgBI1AIAVNQCAKDUAgCn1AIA+NQCAATVAgBQ1QIAVtUCAKjVAgCu1QIAANYCAAXWAgBY1gIAXtYCABAsEwCy1gIAAEYRALnWAgAI1wIACdcCAGDXAgBh1wIAuNcCAL3XAgAQ2AIAFtgCAGjYAgBy2AIAwNgCAMzYAgAY2QIAH9kCAHDZAgB12QIAyNkCAMnZAgAg2gIALNoCAHjaAgB+2gIA0NoCANLaAgAo2wIAMtsCAIDbAgCO2wIA2NsCAN3bAgAw3AIAPdwCAIjcAgCU3AIA4NwCAPPcAgA43QIAR90CAJDdAgCc3QIA6N0CAOndAgBA3gIASt4CAJjeAgCm3gIA8N4CAPXeAgBI3wIAVd8CAGgsEwCx3wIA+N8CAATgAgBQ4AIAZ+ACAKjgAgCq4AIAAOECABHhAgBY4QIAWuECALDhAgC24QIACOICAB/iAgBg4gIAaeICALjiAgDO4gIAEOMCABzjAgBo4wIAdeMCAMDjAgDK4wIAGOQCACTkAgBw5AIAg+QCAMjkAgDX5AIAIOUCACzlAgB45QIAeeUCANDlAgDa5QIAKOYCADbmAgCA5gIAheYCANjmAgDl5gIAwCwTADLnAgCI5wIAnOcCAODnAgDu5wIAOOgCAEXoAgCQ6AIAl+gCAOjoAgD06AIAQOkCAFPpAgCY6QIAnekCAPDpAgD56QIASOoCAFLqAgCg6gIApeoCAPjqAgAI6wIAUOsCAGnrAgCo6wIAresCAADsAgAJ7AIAWOwCAGXsAgCw7AIAt+wCAAjtAgAL7QIAYO0CAGztAgC47QIAy+0CABDuAgAf7gIAaO4CAHTuAgDA7gIAwe4CABjvAgAi7wIAcO8CAH7vAgDI7wIAze8CACDwAgAt8AIAGC0TAJHwAgDQ8AIA3PACACjxAgAu8QIAgPECAIjxAgBg+hAAkPECANjxAgDd8QIAMPICADbyAgCI8gIAnvICAODyAgDi8gIAOPMCAELzAgCQ8wIAnPMCAOjzAgD78wIAQPQCAE/0AgCY9AIApPQCAPD0AgDx9AIASPUCAFL1AgCg9QIArvUCAPj1AgD99QIAUPYCAF32AgBwLRMAsfYCAAD3AgAG9wIAWPcCAF73AgCw9wIAvPcCAAj4AgAV+AIAYPgCAGr4AgC4+AIAzvgCABD5AgAV+QIAaPkCAG/5AgDA+QIAzvkCABj6AgAo+gIAcPoCAH76AgDI+gIA1/oCACD7AgAi+wIAePsCAIL7AgDQ+wIA3vsCACj8AgAt/AIAgPwCAI38AgDY/AIA5PwCADD9AgBD/QIAiP0CAJf9AgDg/QIA7P0CADj+AgA5/gIAkP4CAJr+AgDo/gIA9v4CAED/AgBF/wIAmP8CAKX/AgDILRMA8v8CAEgAAwD8/wIAEMAKAFkAAwCgAAMAqQADAPgAAwAEAQMAUAEDAFgBAwDwhxQAXAEDAKgBAwCuAQMAAAIDAAYCAwBYAgMAXQIDALACAwC2AgMAIC4TABcDAwBgAwMAZQMDALgDAwC/AwMAEAQDABwEAwBoBAMAbwQDADAIAwB0BAMAwAQDAM0EAwAYBQMAJwUDAHAFAwB1BQMAyAUDAM8FAwAgBgMALAYDAHgGAwCEBgMA0AYDANYGAwAoBwMALgcDAIAHAwCFBwMA2AcDAN4HAwB4LhMAPAgDAIgIAwCXCAMA4AgDAOUIAwA4CQMAPwkDAJAJAwCcCQMA6AkDAPQJAwBACgMARgoDAJgKAwCeCgMA8AoDAPUKAwBICwMATgsDANAuEwCsCwMA+AsDAAgMAwBQDAMAXgwDAKgMAwC1DAMAAA0DAAwNAwBYDQMAXw0DALANAwC4DQMAKC8TABEOAwDALxIAFQ4DABgxAwAZDgMAYA4DAHEOAwC4DgMAwA4DABAPAwDEDgMAWJwOABoPAwBoDwMAbQ8DAMAPAwDIDwMAGBADABoQAwBwEAMAIRADAKgiAwB4EAMAyBADAN4QAwAgEQMALBEDAHgRAwCOEQMA0BEDAOkRAwAoEgMANBIDAIASAwCGEgMA2BIDAOASAwAwEwMAQBMDAIgTAwCREwMA4BMDAO0TAwA4FAMARxQDAJAUAwCaFAMA6BQDAPYUAwBAFQMARRUDAJgVAwClFQMA8BUDAPgVAwCALxMAXhYDAKAWAwChFgMA+BYDAAIXAwBQFwMAWBcDAKgXAwCyFwMAABgDAAUYAwBYGAMAYBgDALAYAwCyGAMAgB0DALMYAwDYtwMAthgDAAgZAwC3GAMASMYDAMYYAwAQvwMAFBkDAGAZAwBiGQMAuBkDAL8ZAwAQGgMAGBoDAGgaAwBpGgMAwBoDAMYaAwAYGwMAHRsDAHAbAwBxGwMAyBsDANQbAwAgHAMAJhwDAHgcAwCCHAMA0BwDAOQcAwAoHQMAMB0DANgvEwCDHQMA2B0DAIcdAwCwsgMA2x0DADAeAwA+HgMAiB4DAJ8eAwDgHgMA7R4DADgfAwBAHwMAkB8DAJEfAwDoHwMA7h8DAEAgAwBFIAMAmCADAJkgAwDwIAMA/CADAEghAwBOIQMAoCEDAKohAwD4IQMADCIDAFAiAwBYIgMAiDATALUiAwAAIwMAByMDAFgjAwBkIwMAsCMDAMAjAwAIJAMAFiQDAGAkAwBtJAMAuCQDAMQkAwAQJQMAFyUDAGglAwBwJQMAODETAMwlAwAYJgMAIiYDAHAmAwB7JgMAyCYDAM0mAwAgJwMAJycDAHgnAwCAJwMAkDETANgnAwAoKAMAOCgDAIAoAwCMKAMA2CgDANwoAwAwKQMAOCkDAIgpAwCKKQMA4CkDAOYpAwA4KgMATyoDAJAqAwCZKgMA6CoDAP4qAwBAKwMATCsDAJgrAwClKwMA8CsDAPorAwBILAMASywDAKAsAwCoLAMA+CwDAAItAwBQLQMAVS0DAKgtAwCwLQMAAC4DABAuAwBYLgMAYS4DALAuAwC9LgMACC8DABcvAwBgLwMAai8DALgvAwDGLwMAEDADABUwAwBoMAMAdTADAMAwAwDIMAMA6DETACUxAwBwMQMANzEDAIgjBQB1MQMAyDEDANIxAwAgMgMAKDIDAHgyAwA3MgMAwH8RAH4yAwDQMgMAhjIDABCpDgCHMgMAAKsJAIgyAwAoPgMAiTIDAFjZDADcMgMAKDMDACozAwAogA4ALzMDAIAzAwCMMwMA2DMDAOczAwAwNAMAQTQDAIg0AwCKNAMA4DQDAOY0AwA4NQMARDUDAJA1AwCYNQMAQDITAO41AwCYMhMATDYDAPAyEwCbNgMAoDMTAPM2AwD4MxMA9TYDAOhxBQBLNwMA0K4NAFU3AwCgNwMAqjcDAPg3AwD6NwMAUDgDAGM4AwCoOAMAsDgDAODZDgC0OAMAADkDAAY5AwBYOQMAXjkDALA5AwC1OQMACDoDAA46AwBQNBMAajoDALg6AwC6OgMAEDsDABo7AwBoOwMAdjsDAMA7AwDFOwMAGDwDACU8AwBwPAMAfDwDAMg8AwDOPAMAID0DACY9AwB4PQMAfT0DANA9AwDWPQMAqDQTADY+AwCAPgMAjT4DANg+AwDfPgMAMD8DADg/AwCIPwMAiT8DAGiDDACLPwMA4D8DAJ4/AwBYgQwA9D8DADhAAwBOQAMAkEADAKlAAwDoQAMA7UADAEBBAwBRQQMAADUTAKlBAwDwQQMA8kEDAEhCAwBSQgMAoEIDAK5CAwD4QgMA/UIDAFBDAwBdQwMAqEMDALBDAwAARAMADEQDAFhEAwAQRAMAuEUDAF5EAwCwRAMAtkQDAAhFAwANRQMAYEUDAGZFAwBYNRMAukUDABBGAwAeRgMAaEYDAHlGAwCwNRMAx0YDAAg2EwAgRwMAcEcDACJHAwCodggAY0cDACDbFAB+RwMAyEcDAH9HAwBITQMAgEcDADDlCgDVRwMAIEgDAC9IAwB4SAMAfUgDANBIAwDmSAMAKEkDAClJAwCASQMAgkkDANhJAwDiSQMAMEoDAD5KAwCISgMAoUoDAOBKAwDxSgMAOEsDAERLAwCQSwMAmEsDABA3EwD8SwMAQEwDAEFMAwCYTAMApEwDAPBMAwDzTAMAaDcTAEpNAwCgTQMArU0DAPhNAwAFTgMAUE4DAFVOAwCoTgMAsk4DAABPAwAITwMAWE8DAGhPAwCwTwMAvk8DAAhQAwAVUAMAYFADAGdQAwC4UAMAwFADABBRAwATUQMAaFEDAHxRAwDAUQMA1lEDABhSAwAxUgMAcFIDAHVSAwDIUgMA2VIDAMA3EwAoUwMAGDgTACxTAwAw2goAPFMDAHg+FQCFUwMA0FMDANdTAwAoVAMANFQDAIBUAwCQVAMA2FQDAOZUAwAwVQMAPVUDAIhVAwCUVQMA4FUDAOdVAwBwOBMAOlYDAJBWAwA9VgMAKLQEAJ1WAwDoVgMA9VYDAEBXAwBFVwMAmFcDAKJXAwDwVwMA+FcDAEhYAwBNWAMAEN0EAFFYAwCgWAMAo1gDAPhYAwAEWQMAyDgTAFVZAwCoWQMAXFkDAJiMCwCtWQMAAFoDAAhaAwBYWgMAbloDALBaAwCyWgMACFsDABVbAwBgWwMAdFsDACA5EwC9WwMAEFwDABhcAwAAhAsAGlwDAGhcAwBwXAMAwFwDAMxcAwAYXQMAJV0DAHBdAwB1XQMAyF0DANFdAwAgXgMAN14DAHheAwCDXgMAeDkTAN5eAwAoXwMAK18DAIBfAwCDXwMA2F8DAOZfAwAwYAMAPWADAIhgAwCfYAMA4GADAOhgAwA4YQMAPmEDAJBhAwCcYQMA6GEDAPJhAwBAYgMASWIDAJhiAwCeYgMA8GIDAP1iAwDQORMAVGMDAKBjAwBWYwMAaJELAK9jAwD4YwMACWQDAFBkAwBSZAMAqGQDAK5kAwAAZQMADGUDAFhlAwBfZQMAsGUDALhlAwAIZgMACmYDAGBmAwBtZgMAuGYDAL9mAwAQZwMAGGcDAGhnAwB1ZwMAwGcDAMVnAwAYaAMAImgDAHBoAwB4aAMAyGgDANFoAwAgaQMAI2kDAHhpAwCEaQMA0GkDANdpAwAoOhMANWoDAIBqAwA+agMAqG8DAGFqAwDglQsAm2oDANhqAwDaagMAMGsDAEFrAwCIawMAlmsDAOBrAwDnawMAOGwDAEBsAwCQbAMAlWwDAOhsAwDpbAMAQG0DAExtAwCYbQMAnm0DAPBtAwDybQMASG4DAFJuAwCgbgMArm4DAPhuAwD9bgMAUG8DAF1vAwCAOhMAqW8DAABwAwAFcAMAWHADAF5wAwCwcAMAunADAAhxAwAUcQMAYHEDAGdxAwC4cQMAwHEDABByAwAScgMAaHIDAHVyAwDAcgMAx3IDABhzAwAgcwMAcHMDAH1zAwDIcwMAzXMDACB0AwAqdAMAeHQDAIB0AwDQdAMA2XQDACh1AwArdQMAgHUDAIx1AwDYdQMA33UDANg6EwA8dgMAGIcLAER2AwCIdgMAlXYDAOB2AwDqdgMAOHcDADp3AwCQdwMAo3cDAOh3AwDwdwMAQHgDAEx4AwCYeAMAnngDAPB4AwD2eAMASHkDAE15AwCgeQMApnkDADA7EwD7eQMAUHoDAFx6AwCoegMAw3oDAAB7AwAMewMAWHsDAF57AwCwewMAvnsDAAh8AwASfAMAYHwDAHR8AwC4fAMAynwDABB9AwAsfQMAaH0DAJp9AwDAfQMA1X0DABh+AwAqfgMAcH4DAIZ+AwDIfgMA1H4DACB/AwAjfwMAeH8DAHt/AwDQfwMA0n8DACiAAwA/gAMAgIADAIyAAwDYgAMA6oADADCBAwBMgQMAiIEDAJqBAwCIOxMABIIDADiCAwBAggMA4DsTAJOCAwDoggMA8IIDAECDAwBZgwMAmIMDAKSDAwDwgwMAAYQDAEiEAwBNhAMAoIQDAKSEAwD4hAMAAIUDAFCFAwBahQMAqIUDALOFAwAAhgMADIYDAFiGAwBghgMAODwTAMOGAwAIhwMACYcDAGCHAwBshwMAuIcDAMeHAwAQiAMAGogDAGiIAwB0iAMAwIgDAMeIAwCQPBMAJokDAHCJAwB9iQMAyIkDANaJAwAgigMANooDAHiKAwCBigMA0IoDAOaKAwAoiwMAMIsDAICLAwCPiwMA2IsDAN2LAwAwjAMAS4wDAIiMAwCUjAMA4IwDAOaMAwA4jQMAOo0DAJCNAwCnjQMA6I0DAPSNAwBAPRMAQY4DAJiOAwCpjgMA8I4DAPyOAwBIjwMAV48DAKCPAwCljwMA+I8DABOQAwBQkAMAWJADAKiQAwC4kAMAAJEDAAKRAwBYkQMAZpEDALCRAwDBkQMAmD0TAA+SAwDwPRMAbpIDALiSAwDCkgMAEJMDABuTAwBokwMAcJMDAMCTAwDMkwMAGJQDACuUAwBwlAMAfpQDAMiUAwDSlAMAIJUDACiVAwCgPhMAhJUDANCVAwDWlQMAKJYDACqWAwCAlgMAl5YDANiWAwDklgMAMJcDADiXAwD4PhMAk5cDAOCXAwDmlwMAOJgDAESYAwCQmAMAk5gDAOiYAwDzmAMAQJkDAEWZAwCYmQMAqZkDAPCZAwD3mQMASJoDAFCaAwCgmgMAsJoDAPiaAwD9mgMAUJsDAFabAwComwMAsJsDAFA/EwAFnAMAWJwDAGScAwCwnAMAs5wDAAidAwAQnQMAYJ0DAG2dAwC4nQMAvZ0DABCeAwAangMAaJ4DAHCeAwDAngMA1p4DABifAwAknwMAcJ8DAHyfAwDInwMA0p8DACCgAwAooAMAqD8TAIGgAwDQoAMA2qADACihAwAwoQMAgKEDAIGhAwCwFQQAjKEDANihAwDroQMAMKIDADGiAwCIogMAlKIDAOCiAwDvogMAOKMDAEKjAwCQowMAnKMDAOijAwDvowMAAEATAE6kAwCYpAMApaQDAPCkAwD+pAMASKUDAF6lAwCgpQMAqaUDAPilAwAOpgMAUKYDAFimAwCopgMAtqYDAACnAwADpwMAWKcDAGCnAwCwQBMAvqcDAAioAwAXqAMAYKgDAHyoAwC4qAMAgKgDAGjrAwDAqAMACEETABmpAwBoqQMAdakDAMCpAwDKqQMAGKoDACaqAwBwqgMAhqoDAMiqAwDUqgMAIKsDACirAwBgQRMAfqsDANCrAwDWqwMAKKwDAC2sAwCArAMAhqwDALhBEwDdrAMAMK0DADmtAwCIrQMAkq0DAOCtAwDorQMAOK4DAD2uAwCQrgMAoK4DAOiuAwDwrgMAQK8DAEavAwBQsQMAWa8DAJivAwCdrwMA8K8DAPmvAwBIsAMAVbADAKCwAwCnsAMA+LADAPuwAwAQQhMAUrEDAKixAwC1sQMAALIDABeyAwBYsgMAZLIDAGhCEwC3sgMACLMDABCzAwBgswMAZLMDALizAwDGswMAELQDABq0AwBotAMAc7QDAMC0AwDItAMAGLUDAB21AwBwtQMAi7UDAMi1AwDUtQMAILYDACa2AwB4tgMAiLYDANC2AwDhtgMAKLcDAC23AwCAtwMAhLcDAMBCEwDhtwMAMLgDAEm4AwCIuAMAkrgDAOC4AwDmuAMAOLkDADq5AwCQuQMAn7kDAOi5AwDyuQMAQLoDAEi6AwCYugMAnLoDAPC6AwD+ugMASLsDAFK7AwCguwMAq7sDAPi7AwAAvAMAULwDAFW8AwCovAMAw7wDAAC9AwAMvQMAWL0DAF69AwCwvQMAwL0DAAi+AwAZvgMAYL4DAGW+AwC4vgMAvL4DABhDEwAZvwMAaL8DAHm/AwDAvwMAyr8DABjAAwAmwAMAcMADAHHAAwDIwAMA2cADACDBAwA0wQMAeMEDAIDBAwDQwQMA1MEDACjCAwA2wgMAgMIDAIrCAwDYwgMA48IDADDDAwA4wwMAiMMDAI3DAwDgwwMA+8MDADjEAwBExAMAkMQDAJbEAwDoxAMA+MQDAEDFAwBRxQMAmMUDAJ3FAwDwxQMA9MUDAHBDEwBWxgMAoMYDALvGAwD4xgMABscDAFDHAwBXxwMAqMcDALTHAwAAyAMACMgDAMhDEwBmyAMAsMgDALrIAwAIyQMAE8kDAGDJAwBoyQMAuMkDAL3JAwAQygMAK8oDAGjKAwB0ygMAwMoDAMbKAwAYywMAKMsDAHDLAwCBywMAyMsDAM3LAwAgzAMAJMwDACBEEwCJzAMA0MwDANjMAwAozQMAKc0DAIDNAwCFzQMA2M0DAObNAwAwzgMAPc4DAIjOAwCSzgMA4M4DAOzOAwA4zwMAPs8DAJDPAwCYzwMA6M8DAO/PAwBA0AMATNADAJjQAwCe0AMA8NADAPzQAwBI0QMAWNEDAKDRAwCs0QMA+NEDAP7RAwBQ0gMAXNIDAKjSAwC10gMAANMDAA/TAwBY0wMAZNMDAHhEEwCz0wMACNQDAAvUAwBg1AMAbtQDALjUAwDP1AMAENUDAB3VAwBo1QMAftUDAMDVAwDM1QMAGNYDACXWAwBw1gMAetYDAMjWAwDQ1gMAINcDACrXAwB41wMAfdcDANDXAwDY1wMAKNgDADTYAwCA2AMAjdgDANjYAwDi2AMAMNkDADbZAwCI2QMAnNkDAODZAwDo2QMAONoDAEbaAwCQ2gMAndoDAOjaAwDw2gMAQNsDAE3bAwCY2wMAptsDAPDbAwAB3AMASNwDAFDcAwCg3AMAttwDAPjcAwD63AMAUN0DAFHdAwDQRBMArd0DABhEDwC23QMAAN4DAA/eAwBY3gMAZN4DALDeAwC43gMAKEUTAA3fAwBg3wMAad8DALjfAwDF3wMAEOADABfgAwBo4AMAa+ADAMDgAwDI4AMAGOEDAB3hAwBw4QMAeeEDAMjhAwDS4QMAIOIDACjiAwB44gMAfeIDANDiAwDg4gMAKOMDADDjAwCA4wMAhuMDANjjAwDa4wMAMOQDAD3kAwCI5AMAn+QDAODkAwDs5AMAgEUTAETlAwCQ5QMAluUDAPgNEQCn5QMA6OUDAPTlAwBA5gMARuYDAJjmAwCg5gMA8OYDAPfmAwBI5wMAVucDAKDnAwC75wMA+OcDAAboAwBQ6AMAV+gDAKjoAwC06AMAAOkDAAjpAwDYRRMAbOkDALDpAwC46QMACOoDADnqAwBg6gMAbOoDALjqAwC+6gMAEOsDABXrAwAwRhMAdOsDAMDrAwDH6wMAGOwDACDsAwBw7AMAcuwDAMjsAwDS7AMAIO0DACjtAwCIRhMAhu0DAOj7AwCH7QMA0O0DANLtAwAo7gMAOe4DAIDuAwCR7gMA2O4DAOTuAwAw7wMAN+8DAIjvAwCQ7wMA4O8DAA3wAwA48AMAPfADAJDwAwCR8AMA6PADAPLwAwBA8QMATvEDAJjxAwCd8QMA8PEDAP3xAwBI8gMAZPIDAKDyAwC88gMA4EYTAAXzAwBQ8wMAVPMDAKjzAwCu8wMAAPQDAAL0AwBY9AMAWfQDALD0AwDT9AMACPUDACz1AwBg9QMAjfUDALj1AwDA9QMAEPYDABX2AwBo9gMAdfYDAMD2AwDI9gMAGPcDABr3AwBw9wMAePcDAMj3AwD19wMAIPgDAC34AwB4+AMAffgDAND4AwDd+AMAKPkDADT5AwCA+QMArfkDANj5AwDg+QMAMPoDAEv6AwCI+gMAivoDAOD6AwDx+gMAOPsDAEH7AwCQ+wMAnPsDADhHEwD1+wMAQPwDAEf8AwCY/AMApPwDAPD8AwAD/QMASP0DAFD9AwCg/QMApf0DAPj9AwAB/gMAUP4DAFr+AwCo/gMAsP4DAAD/AwAF/wMAWP8DAGj/AwCw/wMAuP8DAAgABAAhAAQAYAAEAGUABAC4AAQAwQAEABABBAAdAQQAaAEEAG8BBADAAQQAwwEEAJBHEwAdAgQAcAIEACUCBACA8Q0AeQIEAMgCBADQAgQAIAMEACsDBAB4AwQAegMEANADBADrAwQAKAQEADQEBACABAQAiAQEAOhHEwDlBAQAMAUEADgFBACIBQQAlAUEAOAFBADmBQQAOAYEAD4GBACQBgQAlQYEAOgGBADuBgQAQEgTAE0HBACYBwQAoAcEAPAHBAAECAQASAgEAE0IBACgCAQAqQgEAPgIBAD+CAQAUAkEAFgJBACoCQQAqwkEAAAKBAAdCgQAWAoEAGkKBACwCgQAuAoEAAgLBAALCwQAYAsEAHQLBAC4CwQAxQsEABAMBAAaDAQAaAwEAGoMBADADAQA0wwEAPBIEwAdDQQAcA0EAIENBADIDQQA0Q0EACAOBAA2DgQAeA4EAIUOBADQDgQA2A4EACgPBABHDwQASEkTAIwPBADYDwQA4A8EAKBJEwAzEAQAiBAEAJAQBADgEAQA7RAEADgRBAA9EQQAkBEEAJgRBADoEQQA6REEAEASBABCEgQAmBIEAJ4SBADwEgQA8hIEAEgTBABeEwQAoBMEAKwTBAD4EwQAAhQEAFAUBABcFAQAqBQEAK4UBAAAFQQACBUEAFgVBACMFQQA+EkTALYVBAAIFgQAFBYEAGAWBABhFgQAuBYEALoWBAAQFwQAFhcEAGgXBAB0FwQAwBcEAMcXBAAYGAQAIBgEAHAYBABzGAQAyBgEANIYBAAgGQQAIhkEAHgZBACCGQQA0BkEANwZBAAoGgQAPhoEAIAaBACMGgQA2BoEAOUaBAAwGwQAOhsEAIgbBACQGwQA4BsEAPIbBABQShMAOhwEAJAcBACaHAQA6BwEAOocBABAHQQASB0EACjlEQBZHQQAmB0EAJodBADwHQQA8x0EAEgeBABUHgQAoB4EAKgeBACoShMADB8EAFAfBABTHwQAqB8EALIfBAAAIAQADCAEAFggBABuIAQAsCAEALggBAAIIQQAFiEEAGAhBABjIQQAuCEEAMAhBAAQIgQAEyIEAGgiBAAeIgQAoCkEAHIiBADAIgQAcyIEANglBADCIgQAGCMEAB4jBABwIwQAeiMEAMgjBADWIwQAICQEAC0kBAB4JAQAjyQEANAkBADYJAQAKCUEADElBACAJQQAgSUEAABLEwDhJQQAMCYEADomBACIJgQAkiYEAOAmBADuJgQAOCcEAEUnBACQJwQApycEAOgnBADwJwQAQCgEAEcoBACYKAQAnSgEAPAoBAD0KAQASCkEAFUpBABYSxMArSkEAPgpBAAAKgQAUCoEAFYqBACoKgQAtCoEAAArBAAPKwQAWCsEAF0rBACwKwQAyysEAAgsBAAULAQAYCwEAGYsBAC4LAQAzCwEABAtBAAYLQQAaC0EAH4tBADALQQAxS0EABguBAAfLgQAcC4EAHwuBACwSxMAzy4EACAvBAAuLwQAeC8EAIUvBADQLwQA5y8EACgwBAAwMAQAgDAEAIYwBADYMAQA5DAEADAxBAA3MQQAiDEEAJYxBADgMQQA4zEEADgyBABAMgQAkDIEAJ4yBADoMgQA6zIEAEAzBABIMwQAmDMEAKkzBADwMwQA9TMEAEg0BABKNAQAoDQEAKc0BAD4NAQABjUEAFA1BABdNQQAqDUEAL81BAAANgQACDYEAFg2BABiNgQAsDYEALs2BAAINwQAFDcEAGA3BABoNwQACEwTALo3BAAQOAQAGjgEAGg4BABqOAQAwDgEAMM4BAAYOQQAJDkEAHA5BAB6OQQAyDkEANA5BAAgOgQALjoEAHg6BACFOgQA0DoEANg6BAAoOwQAPjsEAIA7BACMOwQA2DsEAO47BAAwPAQANTwEAIg8BACOPAQA4DwEAPQ8BABgTBMAOz0EAJA9BACYPQQA6D0EAPY9BABAPgQA/j0EAKjkCABNPgQAmD4EAKA+BADwPgQA+j4EAEg/BABTPwQAoD8EAKw/BAD4PwQAAEAEALhMEwBWQAQAqEAEAK1ABAAAQQQAD0EEAFhBBABkQQQAsEEEALNBBAAIQgQAC0IEAGBCBABoQgQAuEIEAL1CBAAQQwQAIEMEAGhDBABwQwQAwEMEAMNDBAAYRAQAIkQEAHBEBAByRAQAyEQEAM5EBAAgRQQAKkUEAHhFBACGRQQA0EUEAN1FBAAoRgQAP0YEAIBGBACIRgQA2EYEAOFGBAAwRwQAMUcEABBNEwCVRwQA4EcEAONHBADoPgsA5kcEAFCcCgDoRwQAOEgEAOpHBACIGAUA7EcEABjuBgA7SAQAgAsJAD5IBAAYcgcAQkgEAJBIBABGSAQASGELAEhIBADw4ggAlUgEAOhIBACcSAQAYGAFAJ5IBACA7woA8EgEAEBJBABDSQQAmEkEAKRJBADwSQQA9kkEAEhKBABjSgQAoEoEAKxKBAD4SgQA/koEAFBLBABYSwQAqEsEAKpLBAAATAQArUsEADBdBAAKTAQAWEwEAGBMBABoTRMAwUwEAAhNBAAPTQQAYE0EAGhNBAC4TQQAxU0EABBOBAAVTgQAaE4EAHJOBADATgQAyE4EABhPBAAaTwQAGFALAB1PBABYBgkAIk8EAHBPBAAnTwQAYG4EAChPBABgBAoAdk8EAMhPBADKTwQAIFAEAC1QBAB4UAQAe1AEANBQBADhUAQAKFEEACpRBACAUQQAilEEANhRBADkUQQAMFIEADhSBAAYThMAjVIEAOBSBADjUgQAOFMEAEJTBACQUwQAmFMEAOhTBAD1UwQAQFQEAEJUBACYVAQArlQEAPBUBAD8VAQASFUEAFBVBABwThMApVUEAPhVBAAHVgQAUFYEAFJWBACoVgQAuVYEAABXBAALVwQAWFcEAF1XBACwVwQAs1cEAAhYBAASWAQAYFgEAHJYBAC4WAQAwFgEABBZBAAaWQQAaFkEAG1ZBADAWQQAyFkEABhaBAAaWgQAcFoEAHdaBADIWgQAz1oEACBbBAAmWwQAeFsEAIRbBADQWwQA01sEAChcBAArXAQAgFwEAJxcBADYXAQA4FwEACBPEwA9XQQAiF0EAJBdBADgXQQA410EADheBAA9XgQAkF4EAJ9eBADoXgQACF8EAEBfBABMXwQAmF8EAKJfBADwXwQA+F8EAEhgBABaYAQAeE8TAKpgBAD4YAQABmEEAFBhBABdYQQAqGEEAL9hBAAAYgQACGIEAFhiBABnYgQAsGIEALViBAAIYwQAFWMEAGBjBABtYwQAuGMEAMRjBAAQZAQAH2QEAGhkBAByZAQAwGQEAM5kBAAYZQQAHWUEAHBlBAB9ZQQAyGUEAMtlBAAgZgQAKGYEAHhmBAB9ZgQA0GYEAN1mBAAoZwQAMGcEAIBnBACJZwQA2GcEAOVnBAAwaAQAPmgEAIhoBACbaAQA4GgEAOhoBAA4aQQAP2kEAJBpBACVaQQA6GkEAP5pBABAagQAQmoEAJhqBACmagQA8GoEAP1qBABIawQAUGsEAKBrBACjawQA+GsEAP1rBABQbAQAX2wEAKhsBADIbAQAAG0EAAxtBABYbQQAYm0EALBtBAC4bQQACG4EABpuBADQTxMAZW4EALhuBADFbgQAEG8EAB1vBABobwQAdG8EAMBvBADPbwQAGHAEACJwBABwcAQAeHAEAMhwBADScAQAIHEEACVxBAB4cQQAgHEEAChQEwDccQQAKHIEAC5yBACAcgQAm3IEANhyBADkcgQAMHMEADZzBACIcwQApHMEAOBzBADocwQAgFATAEB0BACQdAQAmnQEAOh0BADzdAQAQHUEAEx1BACYdQQAoHUEANhQEwD8dQQASHYEAE52BACgdgQAu3YEAPh2BAAEdwQAUHcEAFZ3BACodwQAsHcEAAB4BAAGeAQAWHgEAGF4BACweAQAvXgEAAh5BAAVeQQAYHkEAG55BAC4eQQAxXkEABB6BAAnegQAaHoEAHB6BADAegQAxXoEABh7BADRegQAKH0EACV7BABwewQAeHsEAMh7BADTewQAIHwEACV8BAB4fAQAe3wEANB8BADafAQAMFETAC19BACAfQQAj30EANh9BADafQQAMH4EAEF+BACIfgQAmX4EAOB+BAD0fgQAiFETAEl/BACQfwQAk38EAOh/BACYfwQA6KoIAJ1/BACIVxEA8n8EAECABABCgAQAmIAEAKKABADwgAQA/IAEAEiBBABygQQAoIEEAKuBBAAQmAUAxoEEAPiBBAAtggQAUIIEAHaCBACoggQAzoIEAACDBAA2gwQAWIMEAIODBACwgwQAuIMEAAiEBAAyhAQAYIQEAJeEBAC4hAQA44QEABCFBAAYhQQAaIUEAHeFBADAhQQAxYUEABiGBAAhhgQAcIYEACWGBABYjgQAgYYEAMiGBADPhgQAIIcEACiHBAB4hwQAhYcEANCHBADVhwQAKIgEADKIBACAiAQAiIgEANiIBADiiAQAOJUEAOeIBAAwiQQANYkEAIiJBACViQQA4IkEAO2JBAA4igQARIoEAJCKBACfigQA6IoEAPKKBABAiwQASIsEAJiLBACiiwQA8IsEAPWLBABIjAQAUIwEAOBREwCsjAQA+IwEAP6MBABQjQQAa40EAKiNBAC0jQQAAI4EAAaOBAA4UhMAZY4EALCOBAC8jgQACI8EABePBABgjwQAao8EALiPBADGjwQAEJAEABWQBABokAQAdZAEAMCQBADIkAQAGJEEACKRBABwkQQAdZEEAMiRBADQkQQAIJIEACOSBAB4kgQAhJIEANCSBADWkgQAKJMEAEOTBACAkwQAjJMEANiTBADekwQAMJQEADiUBACIlAQAipQEAOCUBADqlAQAkFITAD6VBACQlQQAkpUEAOiVBAD1lQQAQJYEAEOWBACYlgQAqZYEAPCWBADylgQASJcEAFKXBACglwQArJcEAPiXBAAAmAQA6FITAFWYBAComAQAq5gEAACZBAAKmQQAWJkEAGCZBACwmQQAvZkEAAiaBAAKmgQAYJoEAHaaBAC4mgQAxJoEAEBTEwAsmwQAaJsEAISbBACYUxMAxZsEABicBAAlnAQAcJwEAH2cBADInAQA1JwEACCdBAAvnQQAeJ0EAIKdBADQnQQA3p0EACieBAAtngQAgJ4EAI2eBADYngQA8Z4EADCfBAAynwQAiJ8EAI+fBADwUxMA/Z8EADigBABJoAQAkKAEAJygBADooAQA+6AEAEChBABPoQQAmKEEAKShBADwoQQA8aEEAEiiBABSogQAoKIEAK6iBAD4ogQA/aIEAFCjBABdowQASFQTAK2jBAAApAQADaQEAFikBABlpAQAsKQEALykBAAIpQQAF6UEAGClBABqpQQAuKUEAMalBAAQpgQAFaYEAGimBAB1pgQAwKYEAMimBABQVRMAHacEAHCnBAB4pwQAqFUTAMqnBAAgqAQALqgEAHioBACJqAQAAFYTANeoBABYVhMALakEAICpBACIqQQA2KkEAOepBAAwqgQANaoEAIiqBACVqgQA4KoEAO2qBAA4qwQARKsEAJCrBACfqwQA6KsEAPKrBAAIVxMAQqwEABgrEABGrAQAePANAFOsBACYrAQAp6wEAPCsBAD8rAQASK0EAEmtBACgrQQAqq0EAPitBAAGrgQAUK4EAFWuBACorgQAta4EAGBXEwAErwQAWK8EAGOvBACwrwQAvq8EAAiwBAAZsAQAYLAEAGywBAC4sAQAwLAEALhXEwAVsQQAaLEEAHWxBADAsQQAzbEEABiyBAAksgQAcLIEAH+yBADIsgQA0rIEACCzBAAuswQAeLMEAIWzBADQswQA57MEABBYEwA1tAQAgLQEAI20BADYtAQA5LQEADC1BAA/tQQAiLUEAJK1BADgtQQA7rUEADi2BAD8tQQAWGYKAD22BACQtgQAnbYEAOi2BADwtgQAaFgTAEy3BACYtwQAqLcEAPC3BAD5twQASLgEAEu4BACguAQArLgEAPi4BAD/uAQAwFgTAF25BACouQQAt7kEAAC6BAABugQAWLoEAG+6BACwugQAyroEAAi7BAAUuwQAYLsEAHO7BAC4uwQAx7sEABC8BAAcvAQAaLwEAGm8BADAvAQAyrwEABi9BAAmvQQAcL0EAHW9BADIvQQA1b0EABhZEwA6vgQAeL4EAIe+BADQvgQA0r4EACi/BADVvgQAsMUEADW/BACAvwQAjb8EANi/BADdvwQAMMAEADrABACIwAQAl8AEAODABADlwAQAOMEEAEXBBACQwQQAncEEAOjBBAD0wQQAQMIEAE/CBACYwgQAosIEAPDCBAD9wgQASMMEAE3DBACgwwQApMMEAPjDBAAExAQAUMQEAFbEBACoxAQArsQEAADFBAAFxQQAWMUEAF7FBABwWRMAvcUEAAjGBAAVxgQAYMYEAGzGBAC4xgQAx8YEABDHBAAaxwQAaMcEAHbHBADAxwQAxccEABjIBAAlyAQAcMgEAHfIBADIyAQAzcgEACDJBAAsyQQAeMkEAHvJBADQyQQA3ckEACjKBAAtygQAgMoEAIrKBADYygQA5MoEADDLBABDywQAiMsEAJbLBADgywQA48sEADjMBABCzAQAkMwEAJzMBADozAQA7swEAEDNBABGzQQAmM0EAJ3NBADwzQQA9s0EAMhZEwBKzgQAoM4EALHOBAD4zgQACc8EAFDPBABYzwQAqM8EALjPBAAA0AQAAtAEAFjQBABm0AQAsNAEAMHQBAAgWhMAD9EEAHhaEwBh0QQAuNEEAL3RBAAQ0gQAvtEEABj/BAAW0gQAaNIEAHLSBADA0gQAzNIEABjTBAAe0wQAcNMEAHbTBADI0wQAzdMEACDUBAAm1AQA0FoTAIbUBADQ1AQA6dQEACjVBAAp1QQAgNUEAJ3VBADY1QQA4NUEAED5BADy1QQAMNYEADPWBACI1gQAjdYEANhbEwD51gQAONcEAD7XBACQ1wQATtcEADCnBQCS1wQA6NcEAO7XBABA2AQAVNgEAJjYBACg2AQA8NgEAP3YBABI2QQATdkEAKDZBACq2QQA+NkEAADaBABQ2gQAYdoEAKjaBACt2gQAANsEAALbBABY2wQAX9sEALDbBAC82wQACNwEAA/cBABg3AQAfNwEALjcBADA3AQAMFwTABHdBABo3QQAdN0EAMDdBADN3QQAGN4EACDeBABw3gQAc94EAMjeBADT3gQAIN8EACLfBAB43wQAft8EANDfBADc3wQAKOAEAC/gBACA4AQAiOAEANjgBADd4AQAMOEEAEnhBACI4QQAtOEEAODhBADs4QQAOOIEAEfiBACQ4gQAmuIEAOjiBADw4gQAQOMEAFDjBACY4wQApuMEAPDjBAAB5AQASOQEAFTkBACIXBMApeQEAPjkBAAA5QQAUOUEAFHlBACo5QQAZuUEAJB9DADF5QQAAOYEAAjmBABY5gQAXOYEALDmBAC25gQACOcEAArnBABg5wQAYecEALjnBAC55wQAEOgEABzoBABo6AQAbugEAMDoBADI6AQAGOkEABrpBABw6QQAi+kEAMjpBADK6QQAIOoEAC7qBAB46gQAieoEANDqBADS6gQAKOsEAEHrBACA6wQAkesEANjrBADk6wQA4FwTAD7sBACI7AQATOwEAPi3CACe7AQA4OwEAOHsBAA47QQASe0EAJDtBACc7QQA6O0EAP7tBABA7gQATO4EAJjuBACl7gQA8O4EAPruBABI7wQASu8EAKDvBACq7wQA+O8EAAbwBABQ8AQAVfAEAKjwBAC18AQAAPEEABzxBABY8QQAYPEEADhdEwC+8QQACPIEACHyBABg8gQAYfIEALjyBADV8gQAEPMEABjzBABo8wQAefMEAMDzBADO8wQAGPQEADH0BABw9AQAdvQEAMj0BADK9AQAIPUEACb1BAB49QQAjPUEAND1BADY9QQAKPYEADX2BACA9gQAhfYEANj2BADi9gQAMPcEADj3BACI9wQAmPcEAOD3BADl9wQAOPgEAEH4BACQ+AQAnfgEAOj4BADv+AQAkF0TAFH5BACY+QQApvkEAPD5BAAJ+gQASPoEAE76BACg+gQAovoEAPj6BAD++gQAUPsEAGT7BACo+wQAsPsEAAD8BAAN/AQAWPwEAF38BACw/AQAuvwEAAj9BAAQ/QQAYP0EAHD9BAC4/QQAvf0EABD+BAAZ/gQAaP4EAHX+BADA/gQAx/4EAOhdEwAd/wQAcP8EAHH/BADI/wQA1P8EACAABQAmAAUAeAAFAIkABQDQAAUA5AAFACgBBQA3AQUAgAEFAIUBBQDYAQUA5QEFADACBQBAAgUAiAIFAJYCBQDgAgUA9wIFADgDBQBBAwUAkAMFAJYDBQDoAwUA9AMFAEAEBQBHBAUAmAQFALQEBQDwBAUA+AQFAEBeEwBOBQUAoAUFAKYFBQD4BQUA/QUFAFAGBQBWBgUAmF4TAK0GBQAABwUAAgcFAFgHBQBfBwUAsAcFAL4HBQAICAUAFQgFAGAIBQB3CAUAuAgFAMAIBQAQCQUAEQkFAGgJBQBrCQUAwAkFANQJBQAYCgUAJwoFAHAKBQB1CgUAyAoFAMkKBQAgCwUANwsFAEhfEwB6CwUA0AsFAN0LBQAoDAUANQwFAIAMBQCFDAUA2AwFAOIMBQAwDQUAOA0FAIgNBQCYDQUA4A0FAO4NBQA4DgUARQ4FAJAOBQCXDgUA6A4FAPAOBQBADwUAQg8FAJgPBQCgDwUA8A8FAPEPBQBIEAUABhAFAFisBQBNEAUAoBAFAKMQBQD4EAUAAhEFAFARBQBnEQUAqBEFAK4RBQAAEgUADBIFAFgSBQBbEgUAsBIFAM0SBQAIEwUAGRMFAGATBQBoEwUAuBMFAL8TBQAQFAUAFhQFAGgUBQB2FAUAwBQFANsUBQAYFQUAJBUFAHAVBQB2FQUAyBUFAN0VBQAgFgUAKBYFAHgWBQCCFgUA0BYFANYWBQAoFwUANhcFAIAXBQCMFwUA2BcFAN8XBQAwGAUAOBgFAKBfEwCWGAUA4BgFAPYYBQA4GQUARBkFAJAZBQCVGQUA6BkFAPEZBQBAGgUAShoFAJgaBQCkGgUAqAsHALQaBQDwGgUA+BoFAPhfEwBNGwUAoBsFAK0bBQD4GwUABRwFAFAcBQBcHAUAqBwFALccBQAAHQUACh0FAFgdBQBmHQUAsB0FALUdBQAIHgUAFR4FAGAeBQBoHgUAUGATAMYeBQAQHwUAJh8FAGgfBQB0HwUAwB8FAMUfBQAYIAUAISAFAHAgBQB6IAUAyCAFANAgBQAgIQUALCEFAHghBQCLIQUA0CEFANEhBQAoIgUANiIFAIAiBQCGIgUA2CIFAOQiBQAwIwUANyMFAKhgEwCSIwUA4CMFAOgjBQA4JAUAPiQFADiOCgBHJAUAkCQFAJUkBQD4lAUAliQFAOgkBQD0JAUAQCUFAEIlBQCYJQUAoiUFAPAlBQD8JQUASCYFAFAmBQAAYRMAqCYFAPgmBQAHJwUAUCcFAFUnBQCoJwUAtScFAAAoBQANKAUAWCgFAGQoBQCwKAUAvygFAAgpBQASKQUAYCkFAG4pBQC4KQUAvSkFABAqBQAdKgUAaCoFAHAqBQDAKgUAyioFABgrBQAdKwUAcCsFAHgrBQDIKwUA0ysFACAsBQAlLAUAeCwFAHssBQDQLAUA2iwFACgtBQAwLQUAWGETAIUtBQDYLQUA5y0FADAuBQAyLgUAiC4FAJkuBQDgLgUA6y4FADgvBQA9LwUAkC8FAJMvBQDoLwUA8i8FAEAwBQBIMAUAmDAFAJowBQDwMAUA/TAFAEgxBQBPMQUAoDEFAKgxBQD4MQUA+TEFAFAyBQBVMgUAqDIFAK4yBQAAMwUACjMFAFgzBQBgMwUAsGETAOIzBQAINAUAPzQFAGA0BQB6NAUAuDQFAN40BQAQNQUAKjUFAGg1BQCONQUAwDUFANo1BQAYNgUAQTYFAHA2BQB4NgUAyDYFAMo2BQAgNwUALTcFAHg3BQB/NwUA0DcFANg3BQAoOAUAKTgFAIA4BQCFOAUA2DgFAN44BQAwOQUAOjkFAIg5BQCQOQUACGITAPw5BQBgYhMAQDoFAJA6BQCSOgUA6DoFAPU6BQBAOwUARzsFAJg7BQCgOwUA8DsFAPE7BQBIPAUATTwFAKA8BQCmPAUA+DwFAAI9BQBQPQUAWD0FALhiEwCtPQUAAD4FAAI+BQBYPgUAXz4FALA+BQC+PgUACD8FABU/BQBgPwUAdz8FALg/BQDAPwUAEEAFABpABQBoQAUAJkAFALiiBQBzQAUAwEAFAMxABQAYQQUAIEEFABBjEwBxQQUAyEEFAHpBBQBgJgYAhkEFAHASBgDNQQUAIEIFACNCBQB4QgUAgkIFANBCBQDnQgUAKEMFAC5DBQCAQwUAjEMFANhDBQDbQwUAMEQFAE1EBQCIRAUAmUQFAOBEBQD/RAUAOEUFAEBFBQCQRQUAkkUFAOhFBQD3RQUAQEYFAEpGBQCYRgUApkYFAPBGBQALRwUASEcFAFRHBQCgRwUAqEcFAGhjEwAESAUAUEgFAF9IBQCoSAUArUgFAABJBQAGSQUAWEkFAF9JBQCwSQUAuEkFAAhKBQAKSgUAYEoFAGdKBQC4SgUAukoFABBLBQARSwUAaEsFAHJLBQDASwUAzEsFABhMBQAeTAUAcEwFAIpMBQDITAUA0EwFACBNBQA2TQUAeE0FAIZNBQDQTQUA000FAChOBQArTgUAgE4FAI5OBQDYTgUA5U4FADBPBQBHTwUAiE8FAJBPBQDgTwUA4k8FADhQBQBAUAUAkFAFAKdQBQDoUAUA9FAFAEBRBQBWUQUAmFEFAKBRBQDwUQUA/lEFAEhSBQBSUgUAoFIFAKhSBQD4UgUA/1IFAFBTBQBcUwUAqFMFAKlTBQAAVAUADFQFAFhUBQBlVAUAsFQFALdUBQAIVQUAC1UFAGBVBQBoVQUAuFUFAL1VBQAQVgUAHVYFAGhWBQCYVgUAwFYFAMhWBQDAYxMAIFcFAJCfEwA0VwUAcFcFAHhXBQAYZBMA1lcFACBYBQAiWAUAeFgFAIlYBQDQWAUA2FgFAChZBQA0WQUAgFkFAIZZBQDYWQUA3lkFADBaBQA1WgUAiFoFAI5aBQBwZBMA5VoFADhbBQDsWgUAIC8PAEBbBQCQWwUAlVsFAGAtCwCWWwUAkIgMAJxbBQCA9wsAn1sFAOhbBQChWwUA0IUMAKdbBQBY+gwA7VsFAEBcBQDuWwUAwCYKAE1cBQCYXAUApVwFAPBcBQD8XAUASF0FAFddBQCgXQUAql0FANBlEwACXgUAUF4FAFVeBQCoXgUAsF4FAChmEwAFXwUAWF8FAFtfBQCwXwUAul8FAAhgBQAwYAUA2GYTAGZgBQC4YAUAzmAFABBhBQAeYQUAaGEFAHVhBQDAYQUAwmEFABhiBQAiYgUAcGIFAHxiBQDIYgUAz2IFACBjBQAoYwUAeGMFAH9jBQDQYwUA2WMFAChkBQA0ZAUAgGQFAIhkBQAwZxMA3WQFADBlBQA4ZQUAiGUFAJdlBQDgZQUA5WUFADhmBQBFZgUAkGYFAJ1mBQDoZgUA9GYFAEBnBQBPZwUAmGcFAKJnBQDwZwUA/mcFAEhoBQBNaAUAoGgFAK1oBQD4aAUAAGkFAFBpBQBaaQUAqGkFALZpBQAAagUAFmoFAFhqBQBkagUAsGoFALVqBQAIawUAEWsFAGBrBQBqawUAiGcTAMJrBQAQbAUAHGwFAGhsBQBwbAUA4GcTAMVsBQAYbQUAJW0FAHBtBQB9bQUAyG0FANRtBQAgbgUAL24FAHhuBQCCbgUA0G4FAOhuBQAobwUAMm8FAIBvBQCObwUA2G8FAO5vBQAwcAUAPHAFAIhwBQCNcAUA4HAFAOlwBQA4cQUAQnEFAJBxBQCYcQUAOGgTAPVxBQBAcgUA/nEFACCfEgBNcgUAmHIFAKRyBQDwcgUA/3IFAEhzBQBScwUAoHMFAK5zBQD4cwUABXQFAFB0BQBndAUAqHQFALB0BQAAdQUACnUFAFh1BQBddQUAsHUFALh1BQCQaBMAFHYFAGB2BQBmdgUAuHYFANN2BQAQdwUAHHcFAGh3BQBudwUA6GgTAMh3BQBAaRMAHXgFAHB4BQB9eAUAyHgFANV4BQAgeQUALHkFAHh5BQCHeQUA0HkFANp5BQAoegUANnoFAIB6BQCFegUA2HoFAOV6BQAwewUAOHsFAJhpEwCUewUA4HsFAPB7BQA4fAUAQXwFAJB8BQCTfAUA6HwFAPR8BQBAfQUAR30FAPBpEwCmfQUA8H0FAAZ+BQBIfgUAVH4FAKB+BQCnfgUA+H4FAAB/BQBQfwUAVX8FAKh/BQCxfwUAAIAFAAqABQBIahMAXYAFALCABQBkgAUAKIUFALiABQAIgQUADoEFAGCBBQBlgQUAuIEFAMGBBQAQggUAGoIFAGiCBQB0ggUAwIIFAMiCBQCgahMAHYMFAHCDBQB4gwUAyIMFANODBQAghAUAJYQFAHiEBQB7hAUA0IQFANqEBQD4ahMAMoUFAICFBQCEhQUA2IUFAN2FBQAwhgUANoYFAIiGBQCohgUA4IYFAOiGBQA4hwUARocFAJCHBQCThwUA6IcFAPCHBQBAiAUASYgFAJiIBQCliAUA8IgFAPaIBQBIiQUAVIkFAKCJBQCiiQUA+IkFAAeKBQBQigUAW4oFAKiKBQCqigUAAIsFABmLBQBYiwUAaYsFALCLBQC8iwUAUGsTABCMBQBgjAUAgIwFALiMBQDGjAUAEI0FAB2NBQBojQUAb40FAMCNBQDcjQUAGI4FACCOBQCoaxMAdY4FAMiOBQDVjgUAII8FAC2PBQB4jwUAhI8FANCPBQDfjwUAKJAFADKQBQCAkAUAlZAFANiQBQDgkAUAMJEFAD+RBQCIkQUAipEFAOCRBQDpkQUAOJIFADuSBQCQkgUAnJIFAOiSBQAEkwUAQJMFAEiTBQAAbBMAnZMFAPCTBQAGlAUASJQFAFSUBQCglAUAw5QFAFhsEwAFlQUAUJUFAF2VBQColQUAtJUFAACWBQAPlgUAWJYFAGKWBQCwlgUAuJYFAAiXBQASlwUAYJcFAGWXBQC4lwUAwJcFALBsEwAkmAUAaJgFAI6YBQDAmAUA5pgFABiZBQA+mQUAcJkFAJuZBQDImQUA0JkFACCaBQBKmgUAeJoFAKqaBQDQmgUA9poFACibBQBOmwUAgJsFALKbBQDYmwUAA5wFADCcBQA4nAUAiJwFAI2cBQDg/wUAl5wFAOCcBQDlnAUAOJ0FAEWdBQCQnQUAnZ0FAOidBQD0nQUAQJ4FAE+eBQCYngUAop4FAPCeBQD+ngUASJ8FAE2fBQCgnwUArZ8FAPifBQAAoAUAUKAFAFagBQCooAUAWqAFACD9BQC0oAUAAKEFABChBQBYoQUAYaEFALChBQCzoQUACKIFABSiBQBgogUAZ6IFAAhtEwDMogUAEKMFABOjBQBoowUAhaMFAMCjBQDRowUAGKQFAB+kBQBwpAUAiaQFAMikBQDQpAUAIKUFADalBQB4pQUAfaUFANClBQDXpQUAKKYFADGmBQCApgUAkaYFANimBQDkpgUAYG0TADKnBQCgqgUARKcFAIinBQCLpwUA4KcFAP2nBQA4qAUASagFAJCoBQCfqAUA6KgFAPmoBQBAqQUATqkFAJipBQCkqQUA8KkFAP2pBQBIqgUAUqoFALhtEwCmqgUA+KoFAAarBQBQqwUAUqsFAKirBQCvqwUAAKwFABmsBQAQbhMAbKwFALCsBQCzrAUACK0FACWtBQBgrQUAca0FALitBQDArQUAEK4FABeuBQBorgUAbq4FAMCuBQDOrgUAGK8FADOvBQBwrwUAfK8FAMivBQDOrwUAILAFADWwBQB4sAUAgLAFANCwBQDasAUAKLEFAC6xBQCAsQUAjrEFANixBQDksQUAMLIFADeyBQCIsgUAkLIFAGhuEwDpsgUAOLMFAEWzBQCQswUAnrMFAOizBQD3swUAQLQFAEK0BQCYtAUAorQFAPC0BQD+tAUASLUFAE21BQCgtQUArbUFAPi1BQD7tQUAULYFAFy2BQCotgUAu7YFAAC3BQAPtwUAWLcFAGS3BQCwtwUAsbcFAAi4BQASuAUAYLgFAG64BQC4uAUAvbgFABC5BQAduQUAwG4TAG25BQDAuQUA1rkFABi6BQAuugUAcLoFAHm6BQDIugUA1boFACC7BQAuuwUAeLsFAIe7BQDQuwUA0rsFACi8BQAyvAUAgLwFAI68BQDYvAUA3bwFADC9BQA9vQUAiL0FAIu9BQDgvQUA6L0FADi+BQBJvgUAkL4FAJ6+BQDovgUA9b4FAEC/BQBgvwUAmL8FAKC/BQDwvwUAAMAFAEjABQBKwAUAoMAFAK7ABQD4wAUACcEFAMhvEwBWwQUAqMEFALTBBQAgcBMAB8IFAFjCBQANwgUAqLsHAF/CBQCwwgUAtsIFAAjDBQAUwwUAYMMFAGPDBQC4wwUAu8MFABDEBQA4xAUAaMQFAIvEBQDAxAUAy8QFABjFBQAdxQUAcMUFAHPFBQDIxQUA0sUFACDGBQBIxgUAeHATAH3GBQDQxgUA3cYFACjHBQA1xwUAgMcFAIzHBQDYxwUA58cFADDIBQA6yAUAiMgFAJDIBQDgyAUA6sgFADjJBQA9yQUAkMkFAJjJBQDQcBMA9ckFAEDKBQBUygUAmMoFAKDKBQDwygUA9coFAEjLBQBYywUAoMsFAKjLBQD4ywUAAswFAFDMBQBbzAUAqMwFALTMBQAAzQUACM0FAChxEwBZzQUAsM0FALzNBQAIzgUAF84FAGDOBQBuzgUAuM4FAMjOBQAQzwUAHs8FAGjPBQB0zwUAwM8FAMfPBQAY0AUAINAFAHDQBQCG0AUAyNAFANzQBQAg0QUAI9EFAHjRBQCV0QUA0NEFAOHRBQAo0gUAMNIFAIDSBQCL0gUA2NIFAN3SBQAw0wUAM9MFAIjTBQCS0wUA4NMFAOPTBQCAcRMAOtQFABjoCAA91AUAkNQFAJPUBQDo1AUA8tQFAEDVBQBI1QUAmNUFALfVBQDYcRMABNYFAEjWBQBu1gUAoNYFAMbWBQD41gUAHtcFAFDXBQCJ1wUAqNcFANrXBQAA2AUAJtgFAFjYBQB+2AUAsNgFAOLYBQAI2QUALNkFAGDZBQB82QUAuNkFAMDZBQAwchMAFdoFAGjaBQB12gUAwNoFAM3aBQAY2wUAJNsFAHDbBQB/2wUAyNsFANLbBQAg3AUALtwFAHjcBQB93AUA0NwFAN3cBQAo3QUAMN0FAIhyEwCM3QUA2N0FAOjdBQAw3gUAOd4FAIjeBQCL3gUA4N4FAOzeBQA43wUAP98FAOByEwCe3wUA6N8FAP7fBQBA4AUATOAFAJjgBQCf4AUA8OAFAPjgBQBI4QUATeEFAKDhBQCp4QUA+OEFAALiBQA4cxMAUeIFAKjiBQC04gUAAOMFAAbjBQBY4wUAWuMFALDjBQC64wUACOQFABbkBQBg5AUAZeQFALjkBQDF5AUAEOUFABjlBQBo5QUAcuUFAMDlBQDO5QUAGOYFAC7mBQBw5gUAfOYFAMjmBQDP5gUAIOcFACjnBQB45wUAfecFANDnBQDZ5wUAKOgFADLoBQCQcxMAg+gFANjoBQD16AUAMOkFAEHpBQCI6QUAlukFAODpBQD46QUAOOoFADvqBQCQ6gUAreoFAOjqBQD56gUAQOsFAFjrBQCY6wUApOsFAPDrBQAD7AUASOwFAFfsBQCg7AUArOwFAPjsBQD57AUAUO0FAFrtBQCo7QUAtu0FAADuBQAF7gUAWO4FAGXuBQDocxMAte4FAAjvBQAV7wUAYO8FAG3vBQC47wUAxO8FABDwBQAf8AUAaPAFAHLwBQDA8AUAzvAFABjxBQAd8QUAcPEFAH3xBQDI8QUA0PEFAPB0EwAs8gUAePIFAIjyBQDQ8gUA2fIFACjzBQAr8wUAgPMFAIzzBQDY8wUA3/MFAEh1EwA+9AUAiPQFAJ70BQDg9AUA7PQFADj1BQA/9QUAkPUFAJj1BQDo9QUA7fUFAED2BQBJ9gUAmPYFAKL2BQCgdRMA8fYFAEj3BQBU9wUAoPcFAKb3BQD49wUA+vcFAFD4BQBa+AUAqPgFALb4BQAA+QUABfkFAFj5BQBl+QUAsPkFALj5BQAI+gUAEvoFAGD6BQBu+gUAuPoFAM76BQAQ+wUAHPsFAGj7BQBv+wUAwPsFAMj7BQAY/AUAHfwFAHD8BQB5/AUAyPwFANL8BQD4dRMALv0FAHj9BQCO/QUA0P0FANz9BQAo/gUAL/4FAID+BQCI/gUA2P4FAN3+BQAw/wUAOf8FAIj/BQCS/wUAUHYTAOH/BQA4AAYARAAGAJAABgCWAAYA6AAGAOoABgBAAQYASgEGAJgBBgCmAQYA8AEGAPUBBgBIAgYAVQIGAKACBgCoAgYA+AIGAAIDBgBQAwYAXgMGAKgDBgC+AwYAAAQGAAwEBgBYBAYAXwQGALAEBgC4BAYACAUGAA0FBgBgBQYAaQUGALgFBgDCBQYAqHYTABIGBgDYBw4AHgYGAGgGBgB5BgYAwAYGAMUGBgAYBwYALwcGAHAHBgCEBwYAyAcGAOAHBgAgCAYALwgGAHgIBgB9CAYA0AgGAN0IBgAoCQYANQkGAIAJBgCMCQYA2AkGAOcJBgAwCgYAOgoGAIgKBgCQCgYA4AoGAP4KBgA4CwYAQAsGAJALBgCZCwYA6AsGAPULBgBADAYAQgwGAJgMBgCxDAYA8AwGAAENBgBIDQYAVA0GAKANBgCoDQYAAHcTAP0NBgBQDgYAWA4GAKgOBgC3DgYAAA8GAAUPBgBYDwYAZQ8GALAPBgC9DwYACBAGABQQBgBgEAYAbxAGALgQBgDCEAYAEBEGABgRBgBoEQYAchEGAMARBgDFEQYAGBIGACASBgBYdxMAhBIGAMgSBgDLEgYAIBMGAD0TBgB4EwYAiRMGANATBgACFAYAKBQGAEcUBgCAFAYAiBQGANgUBgDaFAYAMBUGAD8VBgCIFQYAkhUGAOAVBgDuFQYAOBYGAFMWBgCQFgYAnBYGAOgWBgDwFgYAsHcTAEwXBgCYFwYApxcGAPAXBgD1FwYASBgGAE4YBgCgGAYApxgGAPgYBgAAGQYAUBkGAFIZBgCoGQYArxkGAAAaBgACGgYAWBoGAFkaBgCwGgYAuhoGAAgbBgAUGwYAYBsGAGYbBgC4GwYA0hsGABAcBgAYHAYAaBwGAH4cBgDAHAYAzhwGABgdBgAbHQYAcB0GAHMdBgDIHQYA1h0GACAeBgAtHgYAeB4GAI8eBgDQHgYA2B4GACgfBgAqHwYAgB8GAIgfBgDYHwYA7x8GADAgBgA8IAYAiCAGAJ4gBgDgIAYA6CAGADghBgBGIQYAkCEGAJohBgDoIQYA8CEGAEAiBgBHIgYAmCIGAKQiBgDwIgYA8SIGAEgjBgBUIwYAoCMGAK0jBgD4IwYA/yMGAFAkBgBTJAYAqCQGALAkBgAAJQYABSUGAFglBgBlJQYAsCUGAOAlBgAIJgYAECYGAAh4EwBmJgYAuCYGAMYmBgAQJwYAIScGAGgnBgBtJwYAwCcGANcnBgAYKAYALCgGAHAoBgCPKAYAyCgGANAoBgAgKQYAIikGAHgpBgCHKQYA0CkGANopBgAoKgYANioGAIAqBgCbKgYA2CoGAOQqBgAwKwYAOCsGAGB4EwCUKwYA4CsGAO8rBgA4LAYAPSwGAJAsBgCWLAYA6CwGAO8sBgBALQYASC0GAJgtBgCaLQYA8C0GAPctBgBILgYASi4GAKAuBgChLgYA+C4GAAIvBgBQLwYAXC8GAKgvBgCuLwYAADAGABowBgBYMAYAYDAGALAwBgDGMAYACDEGABYxBgBgMQYAYzEGALgxBgC7MQYAEDIGAB4yBgBoMgYAdTIGAMAyBgDXMgYAGDMGACAzBgBwMwYAcjMGAMgzBgDQMwYAIDQGADc0BgB4NAYAhDQGANA0BgDmNAYAKDUGADA1BgCANQYAjjUGANg1BgDiNQYAMDYGADg2BgCINgYAjzYGAOA2BgDsNgYAODcGADk3BgCQNwYAnDcGAOg3BgD1NwYAQDgGAEc4BgCYOAYAmzgGAPA4BgD4OAYASDkGAE05BgCgOQYArTkGAPg5BgAoOgYAUDoGAFg6BgC4eBMArToGAAA7BgAcOwYAWDsGAGA7BgAQeRMA6jsGAAg8BgAuPAYAYDwGAIk8BgC4PAYA6jwGABA9BgAlPQYAaD0GAHA9BgDAPQYAwz0GABg+BgA1PgYAcD4GAIE+BgDIPgYAyz4GACA/BgAqPwYAeD8GAHo/BgDQPwYA2j8GAChABgA0QAYAgEAGAJxABgDYQAYA4EAGAGh5EwBlQQYAiEEGAItBBgDgQQYABkIGADhCBgBhQgYAkEIGALRCBgDoQgYA8EIGAMB5EwBFQwYAmEMGAKVDBgDwQwYA/UMGAEhEBgBURAYAoEQGAK9EBgD4RAYAAkUGAFBFBgBeRQYAqEUGAK1FBgAARgYADUYGAFhGBgBgRgYAsEYGALpGBgAIRwYAFkcGAGBHBgB2RwYAuEcGAMRHBgAQSAYAFUgGAGhIBgBxSAYAwEgGAMpIBgAYSQYANEkGAHBJBgB4SQYAGHoTAMpJBgAgSgYALkoGAHhKBgCJSgYAcHoTANdKBgDIehMALUsGAIBLBgCISwYA2EsGAOdLBgAwTAYANkwGAIhMBgCUTAYA4EwGAOJMBgA4TQYAQk0GAJBNBgCcTQYA6E0GAPBNBgB4exMARU4GAJhOBgCnTgYA8E4GABBPBgBITwYAVE8GAKBPBgCqTwYA+E8GAABQBgBQUAYAUlAGAKhQBgC4UAYAAFEGAApRBgBYUQYAZFEGALBRBgC2UQYACFIGABBSBgDQexMAZVIGALhSBgDBUgYAOBcNAMVSBgAQUwYAzlIGABCjEAAaUwYAQGcQAB1TBgBoUwYAdFMGAMBTBgDPUwYAGFQGACJUBgBwVAYAeFQGAGAJDAB+VAYAyFQGANVUBgAgVQYAN1UGAHhVBgCAVQYA0FUGANpVBgAoVgYALVYGAIBWBgCIVgYAKHwTAOVWBgAwVwYAPlcGAIhXBgCbVwYA4FcGAOhXBgA4WAYAO1gGAJBYBgCVWAYA6FgGAPdYBgBAWQYAYFkGAJhZBgCkWQYA8FkGAPpZBgBIWgYAZFoGAKBaBgCoWgYAgHwTAAtbBgBQWwYAVlsGAKhbBgC0WwYAAFwGAApcBgBYXAYAXlwGALBcBgC+XAYACF0GABRdBgBgXQYAY10GALhdBgC5XQYAEF4GABxeBgBoXgYAbl4GAMBeBgDGXgYAGF8GACRfBgBwXwYAjV8GAMhfBgDRXwYAIGAGACxgBgB4YAYAe2AGANBgBgDaYAYAKGEGADRhBgCAYQYAhmEGANhhBgDeYQYAMGIGADViBgCIYgYAjmIGANh8EwDsYgYAOGMGADpjBgCQYwYAn2MGAOhjBgDzYwYAQGQGAExkBgCYZAYAn2QGAPBkBgD4ZAYASGUGAFJlBgCgZQYAq2UGAPhlBgAEZgYAUGYGAFhmBgDgfRMAqmYGAABnBgATZwYAWGcGAGBnBgCwZwYAtmcGAAhoBgAUaAYAYGgGAGpoBgC4aAYAvmgGABBpBgAeaQYAaGkGAHRpBgDAaQYAw2kGABhqBgAgagYAcGoGAHFqBgDIagYA1GoGACBrBgAmawYAeGsGAIBrBgDQawYA1msGAChsBgA0bAYAgGwGAJ1sBgDYbAYA4WwGADBtBgA8bQYAiG0GAIttBgDgbQYA6m0GADhuBgBAbgYAkG4GAKFuBgDobgYA9m4GAEBvBgBWbwYAmG8GAKZvBgDwbwYA+m8GADh+EwBXcAYAoHAGAKtwBgD4cAYABHEGAFBxBgBXcQYAqHEGALBxBgAAcgYACnIGAFhyBgBjcgYAsHIGALxyBgAIcwYAEHMGAJB+EwBicwYAuHMGAMtzBgAQdAYAGHQGAGh0BgBudAYAwHQGAMx0BgAYdQYAInUGAHB1BgB2dQYAyHUGANZ1BgAgdgYALHYGAHh2BgB7dgYA0HYGANh2BgAodwYAKXcGAIB3BgCMdwYA2HcGAN53BgAweAYAOHgGAIh4BgCOeAYA4HgGAOx4BgA4eQYAVXkGAJB5BgCZeQYA6HkGAPR5BgBAegYAQ3oGAJh6BgCiegYA8HoGAPh6BgBIewYAWXsGAKB7BgCuewYA+HsGAA58BgBQfAYAXnwGAKh8BgCyfAYAAH0GAAh9BgBYfQYAe30GAOh+EwC7fQYACH4GABZ+BgBgfgYAb34GALh+BgDDfgYAEH8GABh/BgBofwYAdn8GAMB/BgDDfwYAGIAGACCABgBAfxMAjIAGAJh/EwDKgAYAIIEGAC2BBgB4gQYAhYEGANCBBgDVgQYAKIIGADKCBgCAggYAj4IGANiCBgDdggYAMIMGAD2DBgCIgwYAlYMGAOCDBgDsgwYAOIQGAEeEBgCQhAYAmoQGAOiEBgD0hAYAQIUGAEaFBgCYhQYAnoUGAPCFBgD1hQYASIYGAE6GBgDwfxMApYYGAACpBgCxhgYA+IYGAAaHBgBQhwYAXIcGAKiHBgC1hwYAAIgGAAqIBgBYiAYAdIgGALCIBgDMiAYASIATAAqJBgBgiQYAbYkGALiJBgDFiQYAEIoGABWKBgBoigYAcooGAMCKBgDPigYAGIsGAB2LBgBwiwYAfYsGAMiLBgDViwYAIIwGACyMBgB4jAYAh4wGANCMBgDajAYAKI0GADSNBgCAjQYAho0GANiNBgDejQYAMI4GADWOBgCIjgYAjo4GAKCAEwDsjgYAOI8GAD+PBgCQjwYAno8GAOiPBgDrjwYAQJAGAEiQBgCYkAYAnZAGAPCQBgD9kAYASJEGAFCRBgD4gBMApZEGAPiRBgAHkgYAUJIGAFKSBgCokgYAuZIGAACTBgALkwYAWJMGAF2TBgCwkwYAs5MGAAiUBgASlAYAYJQGAHyUBgBQgRMAv5QGABCVBgAelQYAaJUGAGuVBgDAlQYAz5UGABiWBgAdlgYAcJYGAH2WBgDIlgYA1ZYGACCXBgAslwYAeJcGAIeXBgDQlwYA2pcGACiYBgA2mAYAgJgGAIWYBgDYmAYA5ZgGADCZBgA8mQYAiJkGAJuZBgDgmQYA75kGADiaBgBEmgYAkJoGAJGaBgDomgYA8poGAECbBgBOmwYAmJsGAJ2bBgDwmwYA/ZsGAKiBEwBKnAYAoJwGAK6cBgD4nAYACZ0GALCCEwBXnQYACIMTAK2dBgAAngYACJ4GAFieBgBnngYAsJ4GALWeBgAInwYAFZ8GAGCfBgBtnwYAuJ8GAMSfBgAQoAYAH6AGAGigBgByoAYAuIMTAMKgBgAYoQYAM6EGAHChBgByoQYAyKEGAOKhBgAgogYALaIGAHiiBgCEogYA0KIGANqiBgAoowYAQqMGAICjBgCPowYA2KMGAN2jBgAwpAYAPaQGAIikBgCVpAYA4KQGAOykBgA4pQYAR6UGAJClBgCapQYA6KUGAPSlBgBApgYAU6YGAJimBgCnpgYA8KYGAPymBgBIpwYASacGAKCnBgCqpwYA+KcGAAaoBgBQqAYAVagGAKioBgC1qAYAEIQTAA2pBgBYqQYAZakGALCpBgC8qQYACKoGABeqBgBgqgYAaqoGALiqBgDGqgYAEKsGABWrBgBoqwYAdasGAMCrBgDMqwYAGKwGACusBgBwrAYAf6wGAMisBgDUrAYAIK0GACGtBgB4rQYAgq0GANCtBgDerQYAKK4GAC2uBgCArgYAja4GAGiEEwDlrgYAMK8GADKvBgCIrwYAoa8GAOCvBgDxrwYAOLAGAESwBgCQsAYAmLAGAHCFEwDtsAYAQLEGAEixBgCYsQYAp7EGAPCxBgD1sQYASLIGAFWyBgCgsgYArbIGAPiyBgAEswYAULMGAF+zBgCoswYAsrMGAMiFEwATtAYAWLQGAGe0BgCwtAYAvLQGAAi1BgAJtQYAYLUGAGq1BgC4tQYAxrUGABC2BgAVtgYAaLYGAHW2BgAghhMAxbYGABi3BgAltwYAcLcGAH23BgDItwYA1LcGACC4BgAvuAYAeLgGAIK4BgDQuAYA3rgGACi5BgAtuQYAgLkGAI25BgDYuQYA4LkGACiHEwA8ugYAiLoGAJi6BgDgugYA6boGADi7BgA7uwYAkLsGAJy7BgDouwYA77sGAICHEwBLvAYAmLwGAJm8BgDwvAYACL0GAEi9BgBVvQYAoL0GAKy9BgD4vQYAAr4GAFC+BgBUvgYAqL4GAK2+BgAAvwYABr8GAFi/BgB4vwYAsL8GAMi/BgAIwAYAH8AGAGDABgBswAYAuMAGAMLABgAQwQYAEsEGAGjBBgBvwQYAwMEGAMfBBgAYwgYAHsIGAHDCBgB8wgYAyMIGAMvCBgAgwwYAI8MGAHjDBgCEwwYA0MMGANPDBgDYhxMALcQGAIDEBgCIxAYA2MQGAN7EBgAwxQYANcUGAIjFBgCRxQYA4MUGAOrFBgA4xgYARMYGAJDGBgCYxgYAMIgTAO3GBgBAxwYASMcGAJjHBgCjxwYA8McGAPXHBgBIyAYAS8gGAKDIBgCqyAYAiIgTAADJBgBQyQYAVMkGAKjJBgCqyQYAAMoGAAPKBgBYygYAYMoGALDKBgC9ygYACMsGAA3LBgBgywYAassGALjLBgDAywYAEMwGABHMBgBozAYAbcwGAMDMBgDDzAYAGM0GABvNBgBwzQYAfs0GAMjNBgDhzQYAIM4GADHOBgB4zgYAhM4GANDOBgDYzgYA4IgTAC3PBgCAzwYAiM8GANjPBgDnzwYAMNAGADXQBgCI0AYAldAGAODQBgDt0AYAONEGAETRBgCQ0QYAn9EGAOjRBgDy0QYAQNIGAEjSBgCY0gYAotIGAPDSBgD10gYASNMGAFDTBgA4iRMAq9MGAPjTBgAE1AYAUNQGAFjUBgCQiRMAtNQGAADVBgAH1QYAWNUGAGbVBgCw1QYAs9UGAAjWBgAQ1gYAYNYGAGPWBgC41gYAxNYGABDXBgAW1wYAaNcGAIPXBgDA1wYAzNcGABjYBgAe2AYAcNgGAJPYBgDI2AYAy9gGACDZBgBE2QYA6IkTAH3ZBgDQ2QYA3dkGACjaBgA12gYAgNoGAIzaBgDY2gYA59oGADDbBgA62wYAiNsGAJbbBgDg2wYA5dsGADjcBgBF3AYAkNwGAJjcBgBAihMA9dwGAEDdBgBI3QYAmN0GALHdBgDw3QYA9t0GAEjeBgBN3gYAoN4GAMDeBgD43gYABN8GAFDfBgBd3wYAqN8GALDfBgAA4AYAA+AGAFjgBgBi4AYAsOAGALLgBgAI4QYAEuEGAGDhBgBs4QYAmIoTAM7hBgAQ4gYAHOIGAGjiBgBt4gYAwOIGAHDiBgCwlRQAyeIGABjjBgAi4wYAcOMGAHjjBgDo8QoAfOMGAMjjBgCT4wYAuCILAM7jBgAg5AYA2+MGAJhBDgAm5AYAeOQGAH3kBgDQ5AYA1uQGAPCKEwA25QYAgOUGAJblBgDY5QYA5OUGADDmBgA15gYAiOYGAJHmBgDg5gYA6uYGADjnBgBA5wYAkOcGAJ/nBgDo5wYA7ecGAEDoBgBN6AYAmOgGAKXoBgDw6AYA/OgGAEjpBgBX6QYAoOkGAKrpBgD46QYABuoGAFDqBgBd6gYAqOoGAL/qBgAA6wYACOsGAFjrBgBi6wYAsOsGALXrBgAI7AYAEOwGAPiLEwBs7AYAuOwGAL7sBgAQ7QYAK+0GAGjtBgB07QYAwO0GAMbtBgBQjBMAHu4GAGgBDwAr7gYAcO4GAH/uBgDI7gYA1O4GACDvBgAh7wYAeO8GAILvBgDQ7wYA3u8GACjwBgAt8AYAgPAGAI3wBgCojBMA3fAGADDxBgA48QYAiPEGAIvxBgDg8QYA6fEGADjyBgBH8gYAkPIGAJvyBgDo8gYA8PIGAEDzBgBQ8wYAmPMGAKbzBgDw8wYAAfQGAEj0BgBU9AYAoPQGAKj0BgCwjRMA/vQGAFD1BgBY9QYAqPUGAK/1BgAA9gYADvYGAFj2BgBe9gYAsPYGALz2BgAI9wYAF/cGAGD3BgBq9wYAuPcGAL33BgAQ+AYAFvgGAGj4BgB8+AYAwPgGAMj4BgAY+QYAQvkGAHD5BgB5+QYAyPkGANX5BgAg+gYALvoGAHj6BgCL+gYA0PoGAOz6BgAIjhMALfsGAID7BgCN+wYA2PsGAOX7BgAw/AYAPPwGAIj8BgCX/AYA4PwGAOr8BgA4/QYARv0GAJD9BgCV/QYA6P0GAPX9BgBA/gYASP4GAGCOEwCk/gYA8P4GAAD/BgBI/wYAUf8GAKD/BgCj/wYA+P8GAAQABwBQAAcAVwAHALiOEwDSAAcAAAEHAAkBBwBYAQcAZQEHALABBwC+AQcACAIHABsCBwBgAgcAfAIHABCPEwDGAgcAEAMHACYDBwBoAwcAdAMHAMADBwDHAwcAGAQHACAEBwBwBAcAdQQHAMgEBwDRBAcAIAUHACoFBwBojxMAeQUHANAFBwDcBQcAKAYHAC4GBwCABgcAggYHANgGBwDiBgcAMAcHAD4HBwCIBwcAjQcHAOAHBwDtBwcAOAgHAEAIBwCQCAcAmggHAOgIBwD2CAcAQAkHAFYJBwCYCQcApAkHAPAJBwD3CQcASAoHAFAKBwCgCgcApQoHAPgKBwABCwcAUAsHAFoLBwDAjxMArgsHAAAMBwAGDAcAWAwHAF0MBwCwDAcAtgwHABiQEwANDQcAYA0HAG0NBwC4DQcAxQ0HABAOBwAcDgcAaA4HAHcOBwDADgcAyg4HABgPBwAmDwcAcA8HAHUPBwDIDwcA1Q8HACAQBwAoEAcAIJETAIYQBwDQEAcA5hAHACgRBwA0EQcAgBEHAIURBwDYEQcA4REHADASBwA6EgcAeJETAJQSBwDgEgcA8RIHADgTBwBEEwcAkBMHAJ8TBwDoEwcA8hMHAEAUBwBOFAcAmBQHAJ0UBwDwFAcA/RQHAEgVBwBSFQcAoBUHAFQVBwBoGQcArhUHAPgVBwAOFgcAUBYHAFwWBwCoFgcArRYHAAAXBwAJFwcAWBcHAGIXBwCwFwcAvBcHAAgYBwAOGAcAYBgHAGYYBwC4GAcAvRgHABAZBwAWGQcA0JETAG4ZBwDAGQcAxhkHABgaBwAdGgcAcBoHAHYaBwAokhMA1hoHACAbBwA2GwcAeBsHAIQbBwDQGwcA1RsHACgcBwAxHAcAgBwHAIocBwDYHAcA5BwHADAdBwBDHQcAiB0HAJcdBwDgHQcA7B0HADgeBwA5HgcAkB4HAJoeBwDoHgcA9h4HAEAfBwBFHwcAmB8HAKUfBwCAkhMA/x8HAEggBwBoIAcAoCAHAKwgBwD4IAcAAiEHAFAhBwBVIQcAqCEHAKkhBwAAIgcADCIHAFgiBwBlIgcAsCIHALwiBwAIIwcAGyMHAGAjBwBvIwcAuCMHAMQjBwAQJAcAESQHAGgkBwByJAcAwCQHAM4kBwAYJQcAHSUHAHAlBwB9JQcA2JITAOQlBwAwkxMAJiYHAHgmBwB+JgcA0CYHANUmBwAoJwcALicHAIiTEwCFJwcA2CcHANsnBwAwKAcAPCgHAIgoBwCOKAcA4CgHAPsoBwA4KQcARCkHAJApBwCWKQcA6CkHAOopBwBAKgcAWyoHAJgqBwCaKgcA8CoHAP4qBwBIKwcAWSsHAKArBwCiKwcA+CsHABEsBwBQLAcAYSwHAKgsBwC0LAcAkJQTAAotBwBYLQcAZi0HALAtBwDGLQcACC4HABQuBwBgLgcAZS4HALguBwDBLgcAEC8HABovBwBoLwcAcC8HAMAvBwDFLwcAGDAHACcwBwBwMAcAfzAHAMgwBwDRMAcAIDEHACYxBwB4MQcAfjEHANAxBwDcMQcAKDIHAC8yBwCAMgcAiDIHANgyBwDaMgcAMDMHAEAzBwCIMwcAkjMHAOAzBwDsMwcAODQHAD40BwCQNAcAmDQHAOiUEwD0NAcAQDUHAFE1BwCYNQcApDUHAPA1BwD/NQcASDYHAFI2BwCgNgcArjYHAPg2BwD9NgcAUDcHAF03BwCoNwcAsDcHAAA4BwAKOAcAaFAHAAw4BwBYOAcAXjgHALA4BwC2OAcACDkHAA05BwBgOQcAZjkHAECVEwDEOQcAEDoHABY6BwBoOgcAgzoHAMA6BwDMOgcAGDsHAB47BwBwOwcAeDsHAMg7BwDLOwcAIDwHACw8BwB4PAcAiTwHANA8BwDcPAcAKD0HADc9BwCAPQcAij0HANg9BwDmPQcAMD4HADU+BwCIPgcAlT4HAOA+BwDoPgcAOD8HAEI/BwCQPwcAnj8HAOg/BwD+PwcAQEAHAExABwCYQAcAnUAHAPBABwD5QAcASEEHAFJBBwBIlhMApkEHAPhBBwD+QQcAUEIHAFxCBwCoQgcAtUIHAABDBwAKQwcAWEMHAGBDBwCwQwcAukMHAAhEBwANRAcAYEQHAGFEBwC4RAcAvUQHABBFBwAhRQcAaEUHAG1FBwDARQcA10UHABhGBwAsRgcAcEYHAIxGBwDIRgcA0EYHAKCWEwAoRwcAeEcHAIJHBwDQRwcA5EcHAChIBwApSAcAgEgHAIxIBwDYSAcA9EgHADBJBwA4SQcA+JYTAJFJBwDgSQcA7kkHADhKBwDvSQcAINULAEJKBwCQSgcAkkoHAOhKBwABSwcAQEsHAFFLBwCYSwcApEsHAPBLBwD4SwcAUJcTAFRMBwCgTAcApkwHAPhMBwATTQcAUE0HAFxNBwCoTQcArk0HAABOBwADTgcAWE4HAGBOBwCwTgcAwE4HAAhPBwANTwcAYE8HAGlPBwC4TwcAxU8HABBQBwAXUAcAqJcTAHZQBwDAUAcA1lAHABhRBwAkUQcAcFEHAHVRBwDIUQcA0VEHACBSBwAqUgcAeFIHAJRSBwDQUgcA2FIHAACYEwAtUwcAgFMHAIhTBwDYUwcA2lMHADBUBwBLVAcAiFQHAIpUBwDgVAcA7lQHADhVBwBJVQcAkFUHAJJVBwDoVQcAAVYHAEBWBwBRVgcAmFYHAKRWBwDwVgcA+FYHAFiYEwBUVwcAoFcHAKZXBwD4VwcAE1gHAFBYBwBcWAcAqFgHAK5YBwAAWQcAA1kHALCYEwB1WQcAsFkHALFZBwAIWgcAF1oHAGBaBwBlWgcAuFoHAMVaBwAQWwcAHVsHAGhbBwB0WwcAwFsHAM9bBwAYXAcAIlwHAHBcBwB+XAcAyFwHAM1cBwAgXQcALV0HAHhdBwCEXQcA0F0HANZdBwAoXgcA410HACh0BwAuXgcAgF4HAIVeBwDYXgcA3l4HAAiZEwA1XwcAiF8HAKhfBwDgXwcA7F8HADhgBwA+YAcAkGAHAJhgBwBIjgcAmWAHAOhgBwD1YAcAQGEHAEZhBwCYYQcApGEHAPBhBwDyYQcASGIHAFdiBwCgYgcAq2IHAPhiBwD6YgcAUGMHAGljBwCoYwcAuWMHAABkBwAMZAcAWGQHAGRkBwCwZAcAw2QHAAhlBwAXZQcAYGUHAGxlBwC4ZQcAuWUHABBmBwAaZgcAaGYHAHZmBwDAZgcAxWYHABhnBwAlZwcAYJkTAH1nBwDIZwcA3GcHACBoBwA8aAcAeGgHAJRoBwC4mRMA32gHAChpBwApaQcAgGkHAI9pBwDYaQcA3WkHADBqBwA9agcAiGoHAJVqBwDgagcA7GoHADhrBwBHawcAkGsHAJprBwDoawcA9msHAEBsBwBFbAcAmGwHAKVsBwDwbAcAAG0HAEhtBwBKbQcAoG0HAK5tBwD4bQcACW4HABCaEwBXbgcAaJoTAK1uBwAAbwcADW8HAFhvBwBlbwcAsG8HALZvBwAIcAcAFHAHAGBwBwBwcAcAuHAHAMFwBwAQcQcAE3EHAGhxBwB0cQcAwHEHAMdxBwDAmhMAJHIHAHByBwCAcgcAyHIHANFyBwAgcwcAI3MHAHhzBwCEcwcA0HMHANdzBwAYmxMAN3QHAIB0BwCMdAcA2HQHANl0BwAwdQcAOnUHAIh1BwCWdQcA4HUHAOV1BwA4dgcARXYHAHCbEwCVdgcA6HYHAPd2BwBAdwcAYHcHAJh3BwCkdwcA8HcHAPp3BwBIeAcAUHgHAKB4BwCseAcA+HgHAP54BwBQeQcAVnkHAKh5BwCteQcAAHoHAAZ6BwB4nBMAXXoHALB6BwC5egcACHsHABl7BwBgewcAZ3sHALh7BwDAewcAEHwHAB18BwBofAcAbXwHAMB8BwDKfAcAGH0HACB9BwBwfQcAf30HAMh9BwDNfQcAIH4HAC1+BwB4fgcAhX4HANB+BwDcfgcAKH8HADd/BwCAfwcAin8HANh/BwDgfwcAMIAHADqABwCIgAcAjYAHAOCABwDogAcAgJ0TAD2BBwCQgQcAk4EHAOiBBwDygQcA2J0TAEaCBwCYggcAnYIHAPCCBwAQgwcASIMHAFSDBwCggwcApoMHAPiDBwD7gwcAUIQHAFKEBwCohAcAw4QHAACFBwAChQcAWIUHAGaFBwCwhQcAwYUHAAiGBwAKhgcAYIYHAHmGBwC4hgcAyYYHABCHBwAchwcAMJ4TAHiHBwDAhwcA4IcHABiIBwAaiAcAcIgHAHyIBwDYYREAf4gHABCdBwCMiAcA0KoHAJyIBwDIiAcAy4gHACCJBwAviQcAeIkHAH2JBwDQiQcA3YkHACiKBwA1igcAgIoHAIyKBwDYigcA54oHADCLBwA6iwcAiIsHAJaLBwDgiwcA5YsHADiMBwBFjAcAkIwHAJyMBwDojAcA7owHAECNBwBGjQcAmI0HAJ2NBwDwjQcA9o0HAIieEwBejgcAoI4HAKKOBwD4jgcADI8HAFCPBwBYjwcAqI8HALWPBwAAkAcABZAHAFiQBwBikAcAsJAHALiQBwAIkQcAIZEHAGCRBwBskQcAuJEHAMCRBwDgnhMAK5IHAGiSBwBqkgcAwJIHAM6SBwAYkwcAKZMHAHCTBwBykwcAyJMHAOGTBwAglAcAMZQHAHiUBwCElAcAOJ8TANWUBwAolQcAMZUHAICVBwCRlQcA2JUHAN+VBwAwlgcAOJYHAIiWBwCVlgcA4JYHAOWWBwA4lwcAQpcHAJCXBwCYlwcA6JcHAAGYBwBAmAcATJgHAJiYBwCgmAcA6J8TAPOYBwBImQcAUpkHAKCZBwCimQcA+JkHABGaBwBQmgcAYZoHAKiaBwC2mgcAAJsHAAObBwBYmwcAY5sHALCbBwC8mwcACJwHAA+cBwBAoBMAYZwHALicBwDTnAcAmKATABWdBwBonQcAdZ0HAMCdBwDNnQcAGJ4HACSeBwBwngcAf54HAMieBwDSngcAIJ8HAC6fBwB4nwcAfZ8HANCfBwDdnwcAKKAHADSgBwCAoAcAhqAHANigBwDeoAcAMKEHADWhBwCIoQcAjqEHAPCgEwDtoQcAOKIHADqiBwCQogcAqaIHAOiiBwD5ogcAQKMHAEyjBwCYowcAoKMHAPihEwD1owcASKQHAFCkBwCgpAcAuaQHAPikBwD9pAcAUKUHAFWlBwCopQcAsqUHAACmBwADpgcAWKYHAGKmBwCwpgcAtqYHAAinBwAKpwcAYKcHAGGnBwC4pwcAwKcHABCoBwAgqAcAaKgHAG6oBwDAqAcAxagHABipBwAuqQcAcKkHAHipBwDIqQcA8qkHACCqBwBDqgcAeKoHAJeqBwBQohMA2KoHAKiiEwA5qwcAgKsHAI6rBwDYqwcA5KsHADCsBwA9rAcAiKwHAJKsBwDgrAcA6KwHADitBwBDrQcAkK0HAJKtBwDorQcA660HAECuBwBIrgcAmK4HAJ6uBwDwrgcA+a4HAEivBwBVrwcAoK8HAKivBwD4rwcA/a8HAFCwBwBZsAcAqLAHALKwBwAAsQcACLEHAFixBwBdsQcAsLEHAMCxBwAIsgcAELIHAGCyBwBisgcAuLIHANOyBwAQswcAErMHAGizBwB2swcAwLMHANGzBwAYtAcAGrQHAHC0BwCJtAcAyLQHANm0BwAgtQcALLUHAHi1BwCAtQcAAKMTANa1BwAotgcALbYHAIC2BwCgtgcA2LYHAOS2BwAwtwcANrcHAIi3BwCLtwcA4LcHAOi3BwA4uAcAQrgHAJC4BwCVuAcA6LgHAPC4BwBAuQcASrkHAJi5BwCauQcA8LkHAAG6BwBIugcAaLoHAKC6BwCougcA+LoHAAK7BwBQuwcAVbsHAFijEwC8uwcAALwHAAi8BwBYvAcAXbwHALC8BwDAvAcACL0HABC9BwBgvQcAar0HALi9BwDDvQcAEL4HABy+BwBovgcAcL4HALCjEwDMvgcAGL8HACS/BwBwvwcAd78HAMi/BwDQvwcAIMAHADnABwB4wAcAfsAHANDABwDVwAcAKMEHAEjBBwCAwQcAjMEHANjBBwDewQcAMMIHADPCBwAIpBMAisIHAODCBwCWwgcA+K8SAOPCBwA4wwcAQsMHAJDDBwCewwcA6MMHAPfDBwBAxAcAQ8QHAJjEBwBYxAcA6AUIAFzEBwAw4wcApMQHAPDEBwDyxAcASMUHAE7FBwCgxQcAr8UHAPjFBwADxgcAUMYHAFjGBwDoRwgAasYHAKjGBwC0xgcAAMcHABPHBwBYxwcAZ8cHALDHBwC8xwcACMgHAAnIBwBgyAcAasgHALjIBwDGyAcAEMkHABXJBwBoyQcAdckHAGCkEwDayQcAGMoHACfKBwBwygcAdcoHAMjKBwDVygcAIMsHAC3LBwB4ywcAhMsHANDLBwDfywcAKMwHADLMBwCAzAcAjswHANjMBwDdzAcAMM0HAD3NBwCIzQcAlM0HAODNBwDmzQcAOM4HAD7OBwCQzgcAlc4HAOjOBwDuzgcAuKQTAEHPBwCYzwcASc8HACCWCgBNzwcAEH4KAE/PBwBgTAgAYM8HADgDEACkzwcA8M8HAPbPBwCIIgkA/c8HAEjQBwBL0AcAoNAHAKzQBwD40AcA+tAHAFDRBwBW0QcAqNEHALfRBwAA0gcAC9IHAFjSBwBZ0gcAsNIHAMTSBwAI0wcAItMHAGDTBwBs0wcAuNMHAMvTBwAQ1AcAH9QHAGjUBwB01AcAwNQHAMHUBwAY1QcAItUHAHDVBwB+1QcAyNUHAM3VBwAg1gcALdYHABClEwCS1gcA0NYHAN/WBwAo1wcALdcHAIDXBwCN1wcA2NcHAOXXBwAw2AcAPNgHAIjYBwCX2AcA4NgHAOrYBwA42QcARtkHAJDZBwCV2QcA6NkHAPXZBwBA2gcATNoHAJjaBwCe2gcA8NoHAPbaBwBI2wcATdsHAKDbBwCm2wcAaKUTAAbcBwBQ3AcAa9wHAKjcBwC23AcAAN0HAA3dBwBY3QcAb90HALDdBwC/3QcACN4HAA3eBwBg3gcAbd4HALjeBwDF3gcAEN8HABzfBwBo3wcAd98HAMDfBwDK3wcAGOAHACbgBwBw4AcAdeAHAMjgBwDV4AcAIOEHACPhBwB44QcAhOEHANDhBwDW4QcAKOIHAC7iBwCA4gcAheIHANjiBwDe4gcAwKUTAEzjBwAYphMAjuMHAODjBwDi4wcAOOQHAEXkBwCQ5AcAk+QHAOjkBwDp5AcAQOUHAEXlBwCY5QcAnuUHAPDlBwD65QcASOYHAGTmBwCg5gcAvOYHAHCmEwD+5gcAUOcHAFLnBwCo5wcAtecHAADoBwAD6AcAWOgHAFnoBwCw6AcAtegHAAjpBwAO6QcAYOkHAGrpBwC46QcA1OkHABDqBwAs6gcAyKYTAG7qBwDA6gcAxuoHABjrBwAd6wcAcOsHAHbrBwAgpxMAyusHACDsBwAu7AcAeOwHAInsBwAoqBMA1+wHAICoEwAt7QcAgO0HAIjtBwDY7QcA3e0HADDuBwDn7QcA0AIIADHuBwCI7gcAlO4HAODuBwDt7gcAOO8HAEDvBwCQ7wcAmu8HAOjvBwD37wcAQPAHAEHwBwCY8AcAoPAHAPDwBwD/8AcASPEHAE3xBwCg8QcArfEHAPjxBwAF8gcAUPIHAFzyBwCo8gcAt/IHAADzBwAK8wcAWPMHAGbzBwCw8wcAtfMHAAj0BwAV9AcAYPQHAGj0BwC49AcAwvQHABD1BwAV9QcAaPUHAHD1BwAwqRMAxfUHABj2BwAh9gcAQPsHACX2BwBw9gcAffYHAMj2BwDU9gcAIPcHAC/3BwB49wcAgvcHAND3BwDe9wcAKPgHAC34BwCA+AcAjfgHANj4BwDg+AcAiKkTADz5BwCI+QcAmPkHAOD5BwDp+QcAOPoHADv6BwCQ+gcAnPoHAOj6BwDv+gcA4KkTAFH7BwCY+wcAn/sHAPD7BwD9+wcASPwHAGf8BwCg/AcAqvwHAPj8BwAA/QcAUP0HAF/9BwCo/QcArf0HAAD+BwAN/gcAWP4HAGX+BwCw/gcAvP4HAAj/BwAX/wcAYP8HAGr/BwC4/wcAwP8HABAACAAaAAgAaAAIAG0ACADAAAgAyAAIADiqEwAkAQgAcAEIAHYBCADIAQgA4wEIACACCAAsAggAeAIIAH4CCACQqhMA1QIIACgDCAA1AwgAgAMIAI0DCADYAwgA5AMIADAECAA/BAgAiAQIAJIECADoqhMA6gQIADgFCAA9BQgAkAUIAJgFCABAqxMA8gUIAEAGCABGBggAmAYIAJoGCADwBggA/QYIAEgHCABLBwgAoAcIAKEHCAD4BwgA/QcIAFAICABWCAgAqAgIALIICAAACQgAGgkIAFgJCABnCQgAsAkIALUJCAAICggAFQoIAGAKCABtCggAuAoIAMQKCAAQCwgAHwsIAGgLCAByCwgAwAsIAM4LCAAYDAgAHQwIAHAMCAB9DAgAyAwIANIMCADAFggA1AwIACANCAAmDQgAeA0IAH4NCADQDQgA1Q0IACgOCAAuDggAmKsTAIUOCADYDggA5Q4IADAPCAA9DwgAiA8IAJQPCADgDwgA7w8IADgQCABCEAgAkBAIAJ4QCADoEAgA7RAIAEARCABNEQgAmBEIAKARCACgrBMA9hEIAEgSCABOEggAoBIIAKUSCAD4EggA/hIIAPisEwBSEwgAqBMIALETCAAAFAgAAxQIAFgUCABkFAgAsBQIALcUCAAIFQgAEBUIAGAVCAB5FQgAuBUIAMwVCAAQFggALBYIAGgWCABwFggAqK0TAM4WCAAYFwgALhcIAHAXCAB8FwgAyBcIAM0XCAAgGAgAKRgIAHgYCACCGAgA0BgIAOwYCAAoGQgAMBkIAACuEwCFGQgA2BkIAOUZCAAwGggAPRoIAIgaCACUGggA4BoIAO8aCAA4GwgAQhsIAJAbCACeGwgA6BsIAO0bCABAHAgATRwIAJgcCACgHAgAWK4TAP4cCABIHQgAXh0IAKAdCACsHQgA+B0IAP0dCABQHggAWR4IAKgeCACyHggAAB8IAAgfCABYHwgAZx8IALAfCACyHwgACCAIABEgCABgIAgAYyAIALggCADEIAgAECEIABchCABoIQgAcCEIAMAhCADZIQgAGCIIACwiCABwIggAjCIIAMgiCADQIggAsK4TACUjCAB4IwgAhSMIANAjCADdIwgAKCQIADQkCACAJAgAjyQIANgkCADiJAgAMCUIADolCACIJQgAliUIAOAlCAD2JQgAOCYIAEQmCACQJggAlSYIAOgmCADxJggAQCcIAEonCACYJwgApCcIAPAnCAD2JwgASCgIAE4oCACgKAgApSgIAPgoCAD+KAgACK8TAFwpCACoKQgArCkIAAAqCAAPKggAWCoIAF0qCACwKggAvSoIAAgrCAAVKwgAYCsIAGwrCAC4KwgAxysIABAsCAAaLAgAaCwIAHYsCADALAgAxSwIABgtCAAlLQgAcC0IAHwtCADILQgAzi0IACAuCAAmLggAeC4IAH0uCADQLggA1i4IAGCvEwAtLwgAgC8IAIcvCADYLwgA5C8IADAwCAAyMAgAiDAIADMwCABgNggAozAIAOAwCADiMAgAODEIAEYxCACQMQgAoTEIAOgxCADqMQgAQDIIAFkyCACYMggAqTIIAPAyCAD8MggASDMIAFQzCACgMwgAszMIAPgzCAAHNAgAUDQIAFw0CACoNAgAqTQIAAA1CAAKNQgAWDUIAGY1CACwNQgAtTUIAAg2CAAVNggAuK8TAGI2CAC4NggA0zYIABA3CAASNwgAaDcIAHY3CADANwgA0TcIABg4CAAaOAgAcDgIAIk4CADIOAgA2TgIACA5CAAsOQgAeDkIAIQ5CADQOQgA4zkIACg6CAA3OggAgDoIAIw6CADYOggA2ToIADA7CAA6OwgAiDsIAJY7CADgOwgA5TsIADg8CABFPAgAwLATAJU8CADoPAgA8DwIAEA9CABCPQgAmD0IAKk9CADwPQgA/j0IAEg+CABjPggAoD4IAKw+CAD4PggAAD8IAMixEwBVPwgAqD8IAK8/CAAAQAgADEAIAFhACABbQAgAsEAIALhACAAIQQgAGEEIAGBBCABlQQgAuEEIAMFBCAAQQggAHUIIAGhCCABvQggAwEIIAMhCCAAgshMAJUMIAHBDCAB4QwgAyEMIANxDCAAgRAgAJUQIAHhECACBRAgA0EQIANZECAAoRQgAMEUIAIBFCACPRQgA2EUIAOlFCAAwRggAOUYIAIhGCACLRggA4EYIAOpGCAA4RwgAREcIAJBHCACWRwgAeLITAPVHCABASAgARUgIAJhICACfSAgA8EgIAPxICABISQgAUEkIANCyEwC7SQgA+EkIAPpJCABQSggAXkoIAKhKCAC5SggAAEsIAAJLCABYSwgAcUsIALBLCADBSwgACEwIABRMCAAosxMAb0wIALhMCADBTAgAEE0IABZNCABoTQgAbk0IAMBNCADMTQgAGE4IAB9OCABwTggAeE4IAMhOCADMTggAIE8IACtPCAB4TwgAhk8IANBPCADhTwgAKFAIADRQCACAUAgAiFAIAICzEwDbUAgAMFEIADpRCACIUQgAilEIAOBRCAD5UQgAOFIIAElSCACQUggAnlIIAOhSCADrUggAQFMIAEtTCACYUwgAplMIAPBTCAD9UwgASFQIAF9UCACgVAgAqFQIAPhUCAD6VAgAUFUIAFhVCACoVQgAt1UIAABWCAAFVggAWFYIAGVWCACwVggAvVYIAAhXCAAUVwgAYFcIAG9XCAC4VwgAwlcIABBYCAAeWAgAaFgIAG1YCADAWAgAzVgIABhZCAAgWQgAcFkIAHpZCADIWQgAzVkIACBaCAAoWggAeFoIAHtaCADQWggA7VoIAChbCAA5WwgAgFsIAIhbCADYWwgA21sIADBcCAA8XAgAiFwIAI5cCADgXAgA+1wIADhdCABEXQgAkF0IAJZdCADYsxMA910IAEBeCABBXggAmF4IANFeCADwXggA/l4IAEhfCABJXwgAoF8IAKhfCAD4XwgAB2AIAFBgCABVYAgAqGAIALVgCAAAYQgADWEIAFhhCABkYQgAsGEIAL9hCAAIYggAEmIIAGBiCABuYggAuGIIAL1iCAAQYwgAHWMIAGhjCABwYwgAwGMIAMpjCAAYZAgAHWQIAHBkCAB4ZAgAyGQIANJkCAAgZQgAK2UIAHhlCACEZQgA0GUIANhlCAAwtBMALWYIAIBmCACDZggA2GYIAOJmCAAwZwgAOGcIAIi0EwCWZwgA4GcIAPZnCAA4aAgARGgIAJBoCACVaAgA6GgIAPFoCABAaQgASmkIAJhpCACgaQgA8GkIAPxpCABIaggAW2oIAKBqCAChaggA+GoIAAZrCABQawgAVmsIAKhrCAC0awgAAGwIAAdsCADgtBMAWWwIALBsCAC8bAgACG0IABVtCABgbQgAaG0IALhtCADCbQgAEG4IAB9uCABobggAaW4IAMBuCADIbggAGG8IACdvCABwbwgAdW8IAMhvCADVbwgAIHAIAC1wCAB4cAgAhHAIANBwCADfcAgAKHEIADJxCACAcQgAjnEIANhxCADdcQgAMHIIAD1yCACIcggAkHIIAOByCADkcggAOHMIAEZzCACQcwgAmnMIAOhzCADzcwgAQHQIAEh0CACYdAgAo3QIAPB0CAD1dAgASHUIAEt1CACgdQgAqnUIAPh1CAAAdggAUHYIAG92CAA4tRMAt3YIAAB3CAABdwgAWHcIAGB3CACwdwgAsXcIAAh4CAAOeAgAYHgIAGV4CAC4eAgA03gIABB5CAAeeQgAaHkIAG95CADAeQgAzHkIABh6CAAeeggAcHoIAIx6CADIeggA0HoIAJC1EwAmewgAeHsIAH57CADQewgA1XsIACh8CAAufAgA6LUTAIV8CADYfAgA33wIADB9CAA8fQgAiH0IAJB9CACYthMA830IADh+CABqfggAkH4IAJJ+CACYfwgAx34IAOh+CAANfwgAQH8IAEd/CABItxMAe38IAPC2EwCofwgA8H8IACuACACgtxMAUYAIACgoDgBSgAgAQJ4QAGWACACggAgAaIAIAIC0DwCxgAgA+IAIAACBCABQgQgAU4EIAKiBCAC0gQgAAIIIAAaCCABYgggAc4IIALCCCAC8gggACIMIAA6DCABggwgAaIMIALiDCADUgwgAEIQIABiECAD4txMAd4QIAMCECADBhAgAGIUIACCFCABwhQgAcYUIAMiFCADOhQgAIIYIACWGCAB4hggAk4YIANCGCADehggAKIcIAC+HCACAhwgAjIcIANiHCADehwgAMIgIAEyICACIiAgAkIgIAFC4EwDmiAgAOIkIAD6JCACQiQgAlYkIAOiJCADuiQgAqLgTAEWKCACYiggAn4oIAPCKCAD8iggASIsIAFCLCABYuRMAs4sIAPiLCAAqjAgAUIwIAFKMCABYjQgAh4wIAKiMCADNjAgAAI0IAAeNCAAIuhMAO40IALC5EwBojQgAsI0IAOuNCABguhMACo4IAGCOCABhjggAuI4IAMKOCAAQjwgAHo8IAGiPCACDjwgAwI8IAMyPCAAYkAgAIJAIALi6EwB8kAgAyJAIAM6QCAAgkQgAO5EIAHiRCACEkQgA0JEIANaRCAAokggAMJIIAICSCACOkggA2JIIANuSCAAwkwgAOJMIAIiTCACRkwgA4JMIAO2TCAA4lAgAOpQIAJCUCACrlAgA6JQIAOqUCABAlQgATpUIAJiVCACplQgA8JUIAPKVCABIlggAYZYIAKCWCACxlggA+JYIAASXCABQlwgAWJcIABC7EwCulwgAAJgIAAiYCABYmAgAX5gIALCYCAC1mAgACJkIABSZCABgmQgAY5kIALiZCADAmQgAEJoIAB2aCABomggAbZoIAMCaCADKmggAGJsIACCbCABwmwgAfJsIAMibCADbmwgAIJwIAC6cCAB4nAgAe5wIANCcCADanAgAaLsTACudCACAnQgAiJ0IANidCADbnQgAMJ4IADyeCACInggAjp4IAOCeCAD7nggAOJ8IAESfCACQnwgAlp8IAOifCADwnwgAQKAIAE6gCACYoAgAm6AIAPCgCAD4oAgASKEIAFGhCACgoQgAraEIAPihCAD6oQgAUKIIAGuiCACooggAqqIIAACjCAAOowgAWKMIAGmjCACwowgAsqMIAAikCAAhpAgAYKQIAHGkCAC4pAgAxKQIABClCAAYpQgAwLsTAG6lCADApQgAyKUIABimCAAfpggAcKYIAHWmCADIpggA1KYIACCnCAAjpwgAeKcIAICnCADQpwgA3acIACioCAAtqAgAgKgIAIqoCADYqAgA4KgIADCpCAA8qQgAiKkIAJupCADgqQgA7qkIADiqCAA7qggAkKoIAJqqCAAYvBMA66oIAECrCABMqwgAmKsIAJ6rCADwqwgAC6wIAEisCABUrAgAoKwIAKasCAD4rAgAAK0IAFCtCABerQgAqK0IAKutCAAArggACK4IAFiuCABhrggAsK4IAL2uCAAIrwgACq8IAGCvCAB7rwgAuK8IALqvCAAQsAgAHrAIAGiwCAB5sAgAwLAIAMKwCAAYsQgAMbEIAHCxCACBsQgAyLEIANSxCAAgsggAKLIIAHC8EwB+sggA0LIIANiyCAAoswgAL7MIAICzCACFswgA2LMIAOSzCAAwtAgAM7QIAIi0CACQtAgA4LQIAO20CAA4tQgAPbUIAJC1CACatQgA6LUIAPC1CABAtggATLYIAJi2CACrtggA8LYIAP62CABItwgAS7cIAKC3CACqtwgAyLwTAAC4CAAgvRMAXrgIAKi4CAC5uAgAALkIAAy5CABYuQgAYLkIAHi9EwC1uQgACLoIABK6CABguggAaLoIALi6CADIuggAELsIABW7CABouwgAcbsIAMC7CADNuwgAGLwIAB+8CADQvRMAcrwIAMi8CAB1vAgAkNMJAHm8CAD4VxIAfLwIANjSEAB+vAgAeEkKANK8CADIdREA2bwIACC9CAAxvQgAeL0IAIa9CADQvQgA7L0IACi+CABEvggAKL4TAI6+CADYvggA5b4IADC/CABHvwgAiL8IAJS/CADgvwgA5r8IADjACAA+wAgAkMAIAJXACADowAgA7sAIAIC+EwBWwQgAmMEIAKfBCADwwQgAxMEIABjHCADywQgASMIIAFfCCACgwggAq8IIAPjCCAAEwwgAUMMIAFPDCACowwgAV8MIABDRCABswwgAiMoIALTDCAAAxAgABsQIAFjECABzxAgAsMQIALzECAAIxQgADsUIAGDFCABsxQgAuMUIAL7FCAAQxggAFsYIAGjGCABtxggAwMYIAMbGCADYvhMAG8cIAHDHCACMxwgAyMcIANDHCADgvxMALMgIAHjICAB+yAgA0MgIAOvICAAoyQgANMkIAIDJCACGyQgA2MkIAODJCAAwyggAUcoIADjAEwCQyggAkMATAOXKCAA4ywgARcsIAJDLCACdywgA6MsIAPTLCABAzAgAT8wIAJjMCACizAgA8MwIAPjMCABIzQgAUs0IAKDNCACuzQgA+M0IAA7OCABQzggAXM4IAKjOCACtzggAAM8IAAnPCABYzwgAYs8IALDPCAC4zwgACNAIABLQCABg0AgAZdAIALjQCADA0AgA6MATABzRCABo0QgAe9EIAMDRCADP0QgAGNIIACTSCABw0ggAcdIIAMjSCADS0ggAINMIAC7TCAB40wgAfdMIANDTCADd0wgAQMETADPUCACA1AgAjNQIANjUCADe1AgAMNUIADzVCACI1QgAkNUIAEjCEwDj1QgAONYIAEDWCACQ1ggAndYIAOjWCADt1ggAQNcIAEjXCACY1wgAmtcIAPDXCAAL2AgASNgIAErYCACg2AgArtgIAPjYCAAJ2QgAUNkIAFLZCACo2QgAwdkIAADaCAAR2ggAWNoIAGTaCACw2ggAuNoIAKDCEwAN2wgAYNsIAG3bCAC42wgAxdsIABDcCAAc3AgAaNwIAHfcCADA3AgAytwIABjdCAAm3QgAcN0IAHXdCADI3QgA1d0IACDeCAAo3ggAeN4IAHreCADQ3ggA2t4IACjfCAAw3wgA+MITAIvfCADY3wgA5t8IADDgCAAz4AgAiOAIAJDgCADg4AgA9uAIADjhCAA94QgAkOEIAKbhCADo4QgA9OEIAEDiCABN4ggAmOIIAKLiCABQwxMA8uIIAEjjCABW4wgAoOMIALHjCACowxMA/uMIAFDkCABc5AgAAMQTAKrkCAAA5QgABuUIAFjlCAB45QgAsOUIALzlCAAI5ggAD+YIAGDmCABo5ggAuOYIAL/mCAAQ5wgAHOcIAGjnCABq5wgAwOcIAMfnCABYxBMAG+gIAHDoCAB46AgAyOgIANjoCAAg6QgAIukIAHjpCACG6QgA0OkIAOHpCACwxBMAL+oIAAjFEwCN6ggA2OoIAN/qCAAw6wgAOOsIAIjrCACW6wgA4OsIAOPrCAA47AgAQOwIAJDsCACX7AgA6OwIAPbsCABA7QgAQ+0IAJjtCACa7QgA8O0IAAnuCABI7ggAWe4IAKDuCACs7ggA+O4IAP/uCABQ7wgAWO8IAKjvCACx7wgAAPAIAA3wCABY8AgAYvAIALDwCAC+8AgACPEIABnxCABg8QgAaPEIALjxCADC8QgAEPIIAB7yCABo8ggAfvIIAMDyCADM8ggAGPMIAB/zCABw8wgAePMIAMjzCADO8wgAIPQIACz0CAB49AgAgvQIAND0CADW9AgAKPUIADz1CAC4xRMAjvUIANj1CADx9QgAMPYIAEb2CACI9ggAl/YIAOD2CAD69ggAOPcIADv3CABg/AgAQ/cIAIgBCQBH9wgAkPcIAJX3CADo9wgA9fcIAED4CABN+AgAmPgIAKT4CADw+AgA//gIAEj5CABS+QgAoPkIAK75CAD4+QgA/fkIAFD6CABd+ggAqPoIALT6CAAA+wgABvsIAFj7CABe+wgAsPsIALX7CAAI/AgADvwIABDGEwBs/AgAuPwIAL78CAAQ/QgAK/0IAGj9CAB0/QgAwP0IAMb9CAAY/ggAH/4IAHD+CAB1/ggAKAAJAHz+CADI/ggAyv4IACD/CAAn/wgAeP8IAJT/CADQ/wgA2P8IABjHEwAsAAkAgAAJAI0ACQDYAAkA9AAJADABCQA4AQkAcMcTAI0BCQDgAQkA4wEJADgCCQBCAgkAkAIJAKECCQDoAgkA7QIJAEADCQBFAwkAmAMJALgDCQDwAwkA+QMJAEgECQBJBAkAoAQJAKwECQD4BAkA/gQJAFAFCQBWBQkAqAUJAK0FCQAABgkABgYJAMjHEwBZBgkAsAYJALwGCQAIBwkAFQcJAGAHCQBoBwkAuAcJAMEHCQAQCAkAHQgJAGgICQB2CAkAwAgJANMICQAYCQkAIAkJAHAJCQBzCQkAyAkJAM0JCQAgCgkALwoJAHgKCQCYCgkA0AoJANwKCQAoCwkAMgsJANDIEwCKCwkA2AsJANoLCQAwDAkAOgwJAIgMCQCRDAkA4AwJAOMMCQA4DQkAQA0JAJANCQDIDQkAKMkTAPQNCQBADgkATw4JAJgOCQC4DgkA8A4JAPwOCQBIDwkATw8JAKAPCQClDwkA+A8JAPkPCQBQEAkAXBAJAKgQCQCuEAkAABEJAAIRCQBYEQkAYhEJALARCQC+EQkACBIJAA0SCQBgEgkAbRIJALgSCQDCEgkAEBMJAB4TCQBoEwkAfhMJAMATCQDMEwkAGBQJAB0UCQBwFAkAeRQJAMgUCQDSFAkAIBUJACwVCQB4FQkAixUJANAVCQDfFQkAKBYJADQWCQCAFgkAgRYJANgWCQDiFgkAMBcJAD4XCQCIFwkAjRcJAOAXCQDtFwkAgMkTAEYYCQCQGAkAphgJAOgYCQD0GAkAQBkJAEcZCQCYGQkAoBkJAPAZCQD1GQkASBoJAFEaCQCgGgkAqhoJAPgaCQAAGwkAUBsJAFQbCQCoGwkAqhsJAAAcCQAOHAkAWBwJAGIcCQCwHAkAvhwJAAgdCQAVHQkAYB0JAHcdCQC4HQkAwB0JABAeCQAgHgkAaB4JAG0eCQDAHgkAxh4JABgfCQAgHwkAcB8JAHUfCQDIHwkAyR8JACAgCQAsIAkAeCAJAH4gCQDQIAkA0iAJACghCQAyIQkAgCEJAI4hCQDYIQkA3SEJADAiCQA9IgkAiMoTAIoiCQDgIgkA6iIJADgjCQBGIwkAkCMJAJUjCQDoIwkA9SMJAEAkCQBCJAkAmAgLAEokCQCYJAkApiQJAPAkCQAGJQkASCUJAFQlCQCgJQkApSUJAPglCQABJgkAUCYJAFomCQCoJgkAtCYJAAAnCQATJwkAWCcJAGcnCQCwJwkAvCcJAAgoCQAJKAkAYCgJAGooCQC4KAkAxigJABApCQAVKQkAaCkJAHUpCQDgyhMAySkJABgqCQAiKgkAcCoJAHIqCQDIKgkA0ioJACArCQAsKwkAeCsJAIArCQDoyxMA0SsJACgsCQA0LAkAgCwJAIYsCQDYLAkA2iwJADAtCQA6LQkAiC0JAJYtCQDgLQkA5S0JADguCQBFLgkAkC4JAJguCQDoLgkA8i4JAEAvCQBOLwkAmC8JAK4vCQDwLwkA/C8JAEgwCQBPMAkAoDAJAKgwCQD4MAkA/TAJAFAxCQBZMQkAqDEJALIxCQAAMgkAFTIJAFgyCQBhMgkAsDIJAL0yCQAIMwkACjMJAGAzCQB5MwkAuDMJAMkzCQAQNAkAHDQJAGg0CQBwNAkAQMwTAMU0CQAYNQkAIDUJAHA1CQCGNQkAyDUJAM01CQAgNgkAJzYJAHg2CQCGNgkA0DYJAOA2CQAoNwkAPDcJAIA3CQCINwkA2DcJAOc3CQAwOAkANTgJAIg4CQCROAkA4DgJAO04CQA4OQkAQjkJAJA5CQCcOQkA6DkJAO45CQCYzBMATjoJAJg6CQCuOgkA8DoJAPw6CQBIOwkATTsJAKA7CQCpOwkA+DsJAAI8CQBQPAkAWDwJAKg8CQCsPAkAAD0JAAI9CQBYPQkAZj0JALA9CQC6PQkACD4JABY+CQBgPgkAbT4JALg+CQDPPgkAED8JABg/CQBoPwkAeD8JAMA/CQDFPwkAGEAJAB5ACQBwQAkAeEAJAMhACQDjQAkAIEEJACJBCQB4QQkAiUEJANBBCQDZQQkAKEIJADRCCQDwzBMAhUIJANhCCQDbQgkAMEMJADpDCQCIQwkAikMJAOBDCQD7QwkAOEQJADpECQCQRAkAnkQJAOhECQD5RAkAQEUJAEJFCQCYRQkAsUUJAPBFCQABRgkASEYJAFRGCQBIzRMAvUYJAPhGCQAJRwkAUEcJAGxHCQCoRwkAsEcJAKDNEwAFSAkAWEgJAGBICQCwSAkAu0gJAAhJCQANSQkAYEkJAGNJCQC4SQkAwkkJABBKCQATSgkAaEoJAHBKCQDASgkAwkoJABhLCQAzSwkAcEsJAHJLCQDISwkA1ksJACBMCQAxTAkAeEwJAHpMCQDQTAkA6UwJAChNCQA5TQkAgE0JAIxNCQDYTQkA4E0JAPjNEwA9TgkAiE4JAJBOCQDgTgkA6k4JADhPCQBDTwkAkE8JAJxPCQDoTwkA8E8JAFDOEwBFUAkAmFAJAJ1QCQDwUAkAAVEJAKjOEwBVUQkAoFEJAKJRCQD4UQkAEVIJAFBSCQBhUgkAqFIJALRSCQAAUwkACFMJAADPEwBdUwkAsFMJALhTCQAIVAkAF1QJAGBUCQBmVAkAuFQJAMRUCQAQVQkAElUJAGhVCQByVQkAwFUJAMxVCQAYVgkAIFYJAFjPEwB8VgkAyFYJAMtWCQAgVwkAI1cJAHhXCQCGVwkA0FcJANVXCQAoWAkANVgJALDPEwCRWAkA2FgJAOBYCQAwWQkA5VgJANBiCQA7WQkAiFkJAI1ZCQDgWQkA41kJADhaCQBCWgkAkFoJALNaCQDoWgkA61oJAEBbCQBkWwkAmFsJAKBbCQAI0BMA9lsJAEhcCQBWXAkAoFwJAKxcCQD4XAkA/1wJAFBdCQBYXQkAqF0JALhdCQAAXgkABV4JAFheCQBeXgkAsF4JALheCQAIXwkAJV8JAGBfCQBpXwkAuF8JAMRfCQAQYAkAFmAJAGhgCQB8YAkAwGAJAMhgCQAYYQkAKGEJAHBhCQByYQkAyGEJANZhCQAgYgkAMWIJAGDQEwB/YgkAuNATANViCQAoYwkAL2MJAIBjCQCMYwkA2GMJANtjCQAwZAkAQGQJAIhkCQCKZAkA4GQJAO5kCQA4ZQkASWUJABDREwCXZQkAaNETAPtlCQBAZgkAT2YJAJhmCQCkZgkA8GYJAPFmCQBIZwkAUmcJAKBnCQCuZwkA+GcJAP1nCQBQaAkAXWgJAMDREwCtaAkAAGkJAAlpCQBYaQkAaWkJALBpCQC3aQkACGoJABBqCQBgagkAbWoJALhqCQC9agkAEGsJABprCQBoawkAcGsJAMBrCQDGawkAGGwJACRsCQBwbAkAcmwJAMhsCQDXbAkAIG0JACttCQB4bQkAgG0JANBtCQDSbQkAKG4JADVuCQCAbgkAlG4JANhuCQDgbgkAMG8JAD9vCQCIbwkAjW8JAOBvCQDtbwkAOHAJAEJwCQCQcAkAknAJAOhwCQD3cAkAQHEJAEpxCQCYcQkAoHEJAPBxCQDxcQkASHIJAE1yCQCgcgkArnIJAPhyCQAFcwkAUHMJAFpzCQDI0hMAq3MJAAB0CQAMdAkA0IMJABx0CQBYdAkAYHQJACDTEwC1dAkACHUJABB1CQBgdQkAY3UJALh1CQDEdQkAEHYJABZ2CQBodgkAg3YJAMB2CQDMdgkAGHcJAB53CQBwdwkAc3cJAMh3CQDQdwkAIHgJACJ4CQB4eAkAk3gJANB4CQDSeAkAKHkJADZ5CQCAeQkAkXkJANh5CQDaeQkAMHoJAEl6CQCIegkAmXoJAOB6CQDsegkAOHsJAEB7CQB40xMAlXsJAOh7CQDuewkAQHwJAEh8CQCYfAkAp3wJAPB8CQD1fAkASH0JAFV9CQCgfQkArX0JAPh9CQAEfgkAUH4JAF9+CQCofgkAsn4JAAB/CQAOfwkAWH8JAF1/CQCwfwkAvX8JANDTEwAUgAkAYIAJAGaACQC4gAkA04AJABCBCQAcgQkAaIEJAG6BCQDAgQkAw4EJABiCCQAkggkAcIIJAHaCCQDIggkAzoIJACCDCQAlgwkAeIMJAH6DCQAo1BMA1oMJACiECQAuhAkAgIQJAIWECQDYhAkA3oQJAIDUEwA1hQkAiIUJAJWFCQDghQkA7YUJADiGCQBEhgkAkIYJAJ+GCQDohgkA8oYJAECHCQBOhwkAmIcJAJ2HCQDwhwkA/YcJAEiICQBgiAkAoIgJAKaICQD4iAkABIkJAFCJCQBgiQkAqIkJALGJCQAAigkAA4oJAFiKCQBkigkAsIoJALeKCQCI1RMACosJAGCLCQBqiwkAuIsJALuLCQAQjAkAGIwJAGiMCQBrjAkAwIwJAMyMCQAYjQkAHo0JAHCNCQCLjQkAyI0JANSNCQAgjgkAJo4JAODVEwCYjgkA0I4JANuOCQAojwkALY8JAICPCQCJjwkA2I8JANuPCQAwkAkAPJAJAIiQCQCUkAkAiJsJAKCQCQDgkAkA55AJADiRCQA+kQkAkJEJAJ6RCQDokQkAA5IJAECSCQBMkgkAmJIJAJ6SCQDwkgkACpMJAEiTCQBUkwkAoJMJAKaTCQD4kwkA/pMJAFCUCQBVlAkAqJQJAK6UCQA41hMADZUJAFiVCQBklQkAsJUJALqVCQAIlgkADJYJAGCWCQBllgkAuJYJAL6WCQAQlwkAMJcJAGiXCQB0lwkAwJcJAMaXCQAYmAkAHpgJAHCYCQB1mAkAyJgJAM6YCQDo1hMAJZkJAHiZCQB/mQkA0JkJANyZCQAomgkARJoJAICaCQCImgkA8NcTAAGbCQAwmwkAVpsJAEjYEwCbmwkA4JsJAO+bCQA4nAkARJwJAJCcCQCRnAkA6JwJAPKcCQBAnQkATp0JAJidCQCdnQkA8J0JAP2dCQCg2BMAUJ4JAKjZEwClngkA+J4JAAWfCQBQnwkAXZ8JAKifCQC0nwkAAKAJAA+gCQBYoAkAYqAJALCgCQC+oAkACKEJAA2hCQBgoQkAbaEJALihCQDAoQkAANoTAByiCQBoogkAeKIJAMCiCQDJogkAGKMJABujCQBwowkAfKMJAMijCQDPowkAWNoTACukCQB4pAkAhKQJANCkCQDYpAkAsNoTADWlCQCApQkAh6UJANilCQDZpQkAMKYJADWmCQCIpgkAlqYJAOCmCQDtpgkAOKcJAEKnCQCQpwkAmKcJAOinCQDxpwkAQKgJAEaoCQCYqAkAqagJAPCoCQAMqQkASKkJAFCpCQAI2xMAq6kJAPipCQACqgkAUKoJAFqqCQCoqgkAqaoJAGDbEwAFqwkAWKsJAGWrCQCwqwkAvasJAAisCQAUrAkAYKwJAG+sCQC4rAkAwqwJABCtCQAYrQkAaK0JAHKtCQDArQkAxa0JABiuCQAgrgkAuNsTAHuuCQDIrgkA1K4JACCvCQAorwkAENwTAH2vCQDQrwkA368JACiwCQBIsAkAgLAJAIywCQDYsAkA3rAJADCxCQA4sQkAiLEJAI+xCQDgsQkA4rEJADiyCQBEsgkAkLIJAKayCQDosgkA7bIJAECzCQBNswkAaNwTAJ2zCQDwswkA/7MJAEi0CQBotAkAoLQJAKy0CQD4tAkA/rQJAFC1CQBYtQkAqLUJAK+1CQAAtgkAArYJAFi2CQBktgkAsLYJAMa2CQAItwkADbcJAGC3CQBttwkAuLcJAMC3CQAQuAkAFrgJAGi4CQBxuAkAwLgJAM24CQAYuQkAJbkJAHC5CQB+uQkAyLkJANW5CQAgugkAN7oJAHi6CQCougkAwNwTANa6CQAouwkA3boJAOjqEAA+uwkAgLsJAI67CQDYuwkA27sJADC8CQAzvAkAiLwJAJa8CQDgvAkA5bwJADi9CQBFvQkAkL0JAJi9CQDovQkA770JAEC+CQBMvgkAmL4JAKW+CQDwvgkA/r4JAEi/CQBUvwkAoL8JAKe/CQD4vwkAAMAJAFDACQBUwAkAqMAJALPACQAAwQkADsEJAFjBCQBpwQkAsMEJALzBCQAIwgkAEMIJABjdEwBmwgkAuMIJAMzCCQAQwwkAHsMJAGjDCQB1wwkAwMMJANfDCQAYxAkAIMQJAHDECQB6xAkAyMQJAM3ECQAgxQkAKMUJAHjFCQCHxQkA0MUJANXFCQAoxgkANcYJAIDGCQCNxgkA2MYJAOTGCQAwxwkAP8cJAIjHCQCSxwkA4McJAOjHCQA4yAkAQsgJAJDICQCVyAkA6MgJAPDICQBw3RMAS8kJAJjJCQCkyQkA8MkJAPjJCQDI3RMATcoJAKDKCQCvygkA+MoJABjLCQBQywkAXMsJAKjLCQCuywkAAMwJAAjMCQBYzAkAX8wJALDMCQCyzAkACM0JABTNCQBgzQkAds0JALjNCQC9zQkAEM4JAB3OCQAg3hMAcc4JAMDOCQDGzgkAGM8JACbPCQBwzwkAfc8JAMjPCQDfzwkAINAJACjQCQB40AkAh9AJANDQCQDV0AkAKNEJADXRCQCA0QkAjdEJANjRCQDk0QkAMNIJAD/SCQCI0gkAktIJAODSCQD80gkAONMJAEDTCQB43hMAndMJAKhWDwCf0wkA6NMJAPLTCQAw1g8ACNQJAEDUCQBM1AkAmNQJAJ7UCQDw1AkA+NQJALAZCgD81AkASNUJAArVCQAAAwoAW9UJAKDVCQCv1QkA+NUJAATWCQBQ1gkAUdYJAKjWCQCy1gkAANcJAA7XCQBY1wkAXdcJALDXCQC91wkA0N4TAA7YCQBg2AkAZtgJALjYCQC92AkAENkJABbZCQDY3xMAc9kJAMDZCQDO2QkAGNoJACnaCQBw2gkAfNoJAMjaCQDQ2gkAiOATACzbCQB42wkAgtsJANDbCQDf2wkAKNwJADPcCQCA3AkAjtwJANjcCQDl3AkAMN0JAEfdCQCI3QkAkN0JAODdCQDj3QkAON4JAETeCQCQ3gkAlt4JAOjeCQAD3wkAQN8JAEzfCQCY3wkAnt8JAPDfCQD43wkASOAJAErgCQCg4AkAoeAJAPjgCQAG4QkAUOEJAFjhCQCo4QkAw+EJAADiCQAM4gkAWOIJAF7iCQCw4gkAs+IJAAjjCQAW4wkAYOMJAGXjCQC44wkAxeMJABDkCQAs5AkAaOQJAHDkCQDg4BMAzeQJABjTDwDR5AkAGOUJANPkCQAINBAAJOUJAHDlCQB95QkAyOUJAM3lCQAg5gkAKuYJAHjmCQCI5gkA0OYJANXmCQAo5wkAMecJAIDnCQCN5wkA2OcJAN/nCQAw6AkAPOgJAIjoCQCO6AkA4OgJAOboCQA46QkAPekJAJDpCQCW6QkAOOETAPTpCQBA6gkARuoJAJjqCQCe6gkA8OoJAP3qCQBI6wkATesJAKDrCQCo6wkA+OsJACrsCQBQ7AkAe+wJAKjsCQCw7AkAAO0JAA3tCQBY7QkAXe0JALDtCQC47QkACO4JAAvuCQBg7gkAae4JALjuCQDH7gkAEO8JABvvCQBo7wkAcO8JAMDvCQDQ7wkAGPAJACbwCQBw8AkAgfAJAMjwCQDU8AkAIPEJACjxCQBA4hMAfvEJANDxCQDY8QkAKPIJAC/yCQCA8gkAjvIJANjyCQDe8gkAMPMJADzzCQCI8wkAl/MJAODzCQDq8wkAOPQJAD30CQCQ9AkAlvQJAOj0CQD89AkAmOITAEr1CQCQgwoATfUJAJj1CQBP9QkACEYKAJ31CQDw9QkA/PUJAEj2CQBV9gkAoPYJAKr2CQDw4hMAE/cJAFD3CQBS9wkAqPcJAK73CQAA+AkAOfgJAFj4CQBe+AkAsPgJALn4CQAI+QkAFfkJAGD5CQCZ+QkAuPkJAL/5CQAQ+gkAFfoJAGj6CQB3+gkAwPoJAOD6CQAY+wkAJPsJAHD7CQB2+wkAyPsJAOL7CQAg/AkAI/wJAHj8CQB9/AkA0PwJAN/8CQAo/QkASP0JAKDjEwCg/QkA2P0JAOT9CQAw/gkAOv4JAIj+CQCU/gkAKLgKAJX+CQDg/gkA5f4JADj/CQBC/wkAkP8JAKD/CQDo/wkA7f8JAEAACgBJAAoAmAAKAKUACgDwAAoA9wAKAEgBCgBUAQoAoAEKAKYBCgD4AQoA/gEKAFACCgBVAgoAqAIKAK4CCgD44xMAAwMKAFgDCgBdAwoAsAMKAL8DCgAIBAoAKAQKAKjkEwBuBAoAuAQKAMUECgAQBQoAFwUKAGgFCgBwBQoAwAUKAMIFCgAYBgoAxwUKANBADQDXBQoA2N4MAB4GCgC4EQ0AIAYKAHAGCgB0BgoAsA4KAIYGCgCInQwAiwYKAMgGCgDKBgoAIAcKADEHCgB4BwoAhgcKANAHCgDXBwoAKAgKADAICgCACAoAhwgKANgICgDdCAoAMAkKAD8JCgCICQoAqAkKAOAJCgDsCQoAOAoKAD4KCgCQCgoAmAoKAOgKCgD0CgoAQAsKAE0LCgCYCwoAswsKAPALCgD+CwoASAwKAE4MCgCgDAoApQwKAPgMCgAFDQoAUA0KAGYNCgCoDQoAtA0KAAAOCgANDgoAWA4KAGIOCgAA5RMAtQ4KAAgPCgAODwoAYA8KAIAPCgC4DwoAxg8KABAQCgAdEAoAaBAKAH8QCgDAEAoAyBAKABgRCgAnEQoAcBEKAHURCgDIEQoA1REKACASCgAqEgoAeBIKAHoSCgDQEgoA3hIKACgTCgA1EwoAgBMKAIwTCgDYEwoA3hMKADAUCgA4FAoAiBQKAI4UCgDgFAoA6RQKADgVCgBFFQoAkBUKAJoVCgDoFQoA9hUKAEAWCgBWFgoAmBYKAKQWCgDwFgoA+BYKAFjlEwBSFwoAoBcKAKYXCgD4FwoA+hcKAFAYCgBaGAoAqBgKALQYCgAAGQoAFxkKAFgZCgBsGQoAsOUTAL4ZCgAIGgoACxoKAGAaCgBoGgoAuBoKAMQaCgAQGwoAHhsKAGgbCgByGwoAwBsKAMsbCgAYHAoAJBwKAHAcCgB2HAoAyBwKANAcCgAgHQoALR0KAHgdCgB9HQoA0B0KANodCgAoHgoAMB4KAIAeCgCGHgoA2B4KAOEeCgAwHwoAPR8KAIgfCgCVHwoA4B8KAO4fCgA4IAoARSAKAJAgCgCnIAoA6CAKAPAgCgBAIQoARSEKAJghCgCeIQoA8CEKAPghCgBIIgoAXiIKAKAiCgCuIgoA+CIKAPsiCgBQIwoAXyMKAKgjCgCtIwoAACQKAA0kCgBYJAoAaCQKALAkCgC+JAoACCUKAB8lCgBgJQoAaSUKALglCgC+JQoAECYKABwmCgBoJgoAbyYKAAjmEwDMJgoAGCcKABonCgBwJwoAeicKAMgnCgDUJwoAICgKACgoCgBg5hMAfSgKANAoCgDfKAoAKCkKAEgpCgCAKQoAjCkKANgpCgDeKQoAMCoKADgqCgCIKgoAiSoKAOAqCgDmKgoAOCsKAD0rCgCQKwoAqysKAOgrCgD2KwoAQCwKAEcsCgCYLAoApCwKAPAsCgD2LAoAuOYTAE0tCgCgLQoAqi0KAPgtCgAJLgoAUC4KAFwuCgCoLgoAqy4KAAAvCgADLwoAWC8KAGAvCgCwLwoAty8KAAgwCgANMAoAYDAKAG8wCgC4MAoA2DAKABAxCgAcMQoAaDEKAG4xCgDAMQoAyDEKABgyCgAlMgoAcDIKAHUyCgDIMgoA0jIKACAzCgAoMwoAeDMKAIgzCgDQMwoA1TMKACg0CgAxNAoAgDQKAI00CgDYNAoA3zQKABDnEwA1NQoAiDUKAJc1CgDgNQoAADYKADg2CgBENgoAkDYKAJY2CgDoNgoA8DYKAEA3CgBMNwoAmDcKAKU3CgDwNwoA9zcKAEg4CgBJOAoAoDgKAKU4CgD4OAoABjkKAFA5CgBdOQoAqDkKALI5CgBo5xMADDoKAFg6CgAOOgoAEN4LAGI6CgCwOgoAyjoKAAg7CgALOwoAuPYKABc7CgBgOwoAZTsKALg7CgDFOwoAEDwKAB08CgBoPAoAdDwKAMA8CgDPPAoAGD0KACI9CgBwPQoAfD0KAMg9CgDbPQoAID4KAC8+CgB4PgoAhD4KANA+CgDRPgoAKD8KADI/CgCAPwoAjj8KANg/CgDdPwoAMEAKAD1ACgDA5xMAjUAKAOBACgDtQAoAOEEKAEVBCgCQQQoAnEEKAOhBCgD3QQoAQEIKAEpCCgCYQgoApkIKAPBCCgD1QgoASEMKAFVDCgCgQwoAqEMKAMjoEwAERAoAUEQKAGBECgCoRAoAsUQKAABFCgADRQoAWEUKAGRFCgCwRQoAt0UKACDpEwANRgoAYEYKAG1GCgC4RgoAxUYKABBHCgAWRwoAaEcKAHRHCgDARwoA0EcKABhICgAhSAoAcEgKAHNICgDISAoA1EgKACBJCgAnSQoAeOkTAHpJCgDQSQoAf0kKAPhjDgCISQoAiLgOAOFJCgAoSgoAMEoKAIBKCgCKSgoA2EoKAOdKCgAwSwoAMUsKAIhLCgCQSwoAKOoTAOhLCgCA6hMAVkwKAJBMCgBbTAoA6PcTAGJMCgBAbgoAmEwKAOhMCgD3TAoAQE0KAEVNCgCYTQoApU0KAPBNCgD9TQoASE4KAFROCgCgTgoAr04KAPhOCgACTwoAUE8KAHNPCgCoTwoA2k8KAABQCgAkUAoAWFAKAGBQCgDg6xMAtVAKAAhRCgAOUQoAYFEKAGhRCgA47BMAxlEKABBSCgArUgoAaFIKAHRSCgDAUgoA0VIKABhTCgAsUwoAcFMKAHhTCgDIUwoAzlMKACBUCgAsVAoAeFQKAIhUCgDQVAoA2VQKAChVCgArVQoAgFUKAIxVCgDYVQoA31UKAJDsEwA+VgoAiFYKAJJWCgDo7BMA5VYKADhXCgBFVwoAkFcKAJ1XCgDoVwoA9FcKAEBYCgBPWAoAmFgKAKJYCgDwWAoA/lgKAEhZCgBNWQoAoFkKAK1ZCgD4WQoAAFoKAEDtEwBcWgoAqFoKALhaCgAAWwoACVsKAFhbCgBbWwoAsFsKALxbCgAIXAoAD1wKAJjtEwBvXAoAuFwKAL1cCgAQXQoAHV0KAGhdCgB1XQoAwF0KAMZdCgAYXgoAJF4KAHBeCgCAXgoAyF4KANFeCgAgXwoAI18KAHhfCgCEXwoA0F8KANdfCgDw7RMALWAKAIBgCgCNYAoA2GAKAPZgCgAwYQoAPGEKAIhhCgCbYQoA4GEKAO5hCgA4YgoAO2IKAJBiCgCaYgoA6GIKAPZiCgBAYwoATWMKAJhjCgCvYwoA8GMKAPhjCgBIZAoAT2QKAKBkCgClZAoA+GQKAA5lCgBQZQoAUmUKAKhlCgC2ZQoAAGYKAA1mCgBI7hMAYGYKAKDuEwC1ZgoACGcKABVnCgBgZwoAbWcKALhnCgDEZwoAEGgKAB9oCgBoaAoAcmgKAMBoCgDOaAoAGGkKAB1pCgBwaQoAfWkKAMhpCgDQaQoA+O4TACxqCgB4agoAiGoKANBqCgDZagoAKGsKACtrCgCAawoAjGsKANhrCgDfawoAUO8TADxsCgCIbAoAmGwKAOBsCgCebAoAELEPAOlsCgA4bQoAO20KAJBtCgCcbQoA6G0KAO9tCgCo7xMASW4KALBxCgBKbgoAmG4KAKduCgDwbgoAqW4KAFBwCgDxbgoASG8KAGRvCgCgbwoA2W8KAPhvCgAxcAoAAPATAFNwCgCocAoAxHAKAABxCgA5cQoAWHEKAJFxCgBY8BMAvXEKAAhyCgAWcgoAYHIKAHNyCgC4cgoA1HIKABBzCgBJcwoAaHMKAKFzCgCw8BMA0XMKABh0CgAkdAoAcHQKAHh0CgAI8RMAzXQKACB1CgAodQoAeHUKAId1CgDQdQoA1XUKACh2CgA1dgoAgHYKAI12CgDYdgoA5HYKADB3CgA/dwoAiHcKAJJ3CgDgdwoA6HcKADh4CgBCeAoAkHgKAJV4CgDoeAoA8HgKAGDxEwBPeQoAmHkKAFF5CgD4egoAmXkKAPB5CgAMegoASHoKAIF6CgCgegoA2XoKALjxEwD7egoAUHsKAGx7CgCoewoA4XsKAAB8CgA5fAoAEPITAFt8CgCwfAoAwXwKAAh9CgAkfQoAYH0KAJl9CgC4fQoA8X0KAGjyEwAdfgoAaH4KAHR+CgDAfgoAz34KABh/CgAifwoAcH8KAHh/CgBo7AoAfn8KAMh/CgDNfwoAIIAKAC2ACgB4gAoAgIAKANCACgDWgAoAKIEKAOCACgD43QoANIEKAICBCgCQgQoA2IEKAOGBCgAwggoAM4IKAIiCCgCUggoA4IIKAOeCCgDA8hMAW4MKABjzEwCegwoA6IMKAP6DCgBAhAoATIQKAJiECgCfhAoA8IQKAPWECgBIhQoAUYUKAKCFCgCqhQoAcPMTAP2FCgDgKQ4AAoYKAFCGCgAEhgoAUL8NAFqGCgCohgoAqYYKAACHCgAPhwoAWIcKAF2HCgCwhwoAvYcKAAiICgAViAoAYIgKAGyICgC4iAoAx4gKABCJCgAaiQoAaIkKAHaJCgDAiQoAxYkKABiKCgAligoAcIoKAHGKCgDIigoAzYoKACCLCgAliwoAeIsKAImLCgDQiwoA84sKACiMCgAzjAoAgIwKAIWMCgDYjAoA24wKADCNCgA6jQoAiI0KALCNCgDgjQoA/40KACD0EwBEjgoAkI4KAJKOCgDojgoA944KAECPCgBLjwoAmI8KAKCPCgDwjwoA948KAEiQCgBKkAoAoJAKAKqQCgD4kAoA+pAKAFCRCgBpkQoAqJEKAKqRCgAAkgoAA5IKAFiSCgBkkgoAsJIKALiSCgB49BMAFJMKAGCTCgBmkwoAuJMKANOTCgAQlAoAHJQKAGiUCgBulAoAwJQKAMiUCgAYlQoAGpUKAHCVCgB6lQoAyJUKANCVCgDQ9BMAMZYKAHiWCgB/lgoA0JYKANiWCgAolwoANZcKAICXCgCFlwoA2JcKAOKXCgAwmAoAOJgKAIiYCgCXmAoA4JgKAOWYCgA4mQoARZkKAJCZCgCdmQoA6JkKAPSZCgBAmgoAT5oKAJiaCgCimgoA8JoKAPiaCgBImwoAUpsKAKCbCgClmwoA+JsKAACcCgAo9RMAXJwKAKicCgC4nAoAAJ0KAAmdCgBYnQoAW50KALCdCgC8nQoACJ4KAA+eCgCA9RMAZp4KALieCgC+ngoAEJ8KABWfCgBonwoAbp8KANj1EwDGnwoAGKAKAB6gCgBwoAoAdaAKAPCIEAB9oAoAyKAKAM2gCgAgoQoAKKEKAHihCgChoQoA0KEKAK6hCgBgqQoA+aEKACiiCgBRogoAgKIKAKuiCgDYogoA4KIKADCjCgA/owoAiKMKAI2jCgDgowoA7aMKADikCgBFpAoAkKQKAJykCgDopAoA96QKAEClCgBKpQoAmKUKAKalCgDwpQoA9aUKAEimCgBVpgoAoKYKAKimCgD4pgoA/qYKAFCnCgBcpwoAqKcKALinCgAAqAoACagKAFioCgBbqAoAsKgKALyoCgAIqQoAD6kKADD2EwCJqQoAuKkKAOOpCgAQqgoAGKoKAGiqCgB3qgoAwKoKAMWqCgAYqwoAJasKAHCrCgB9qwoAyKsKANSrCgAgrAoAL6wKAHisCgCCrAoA0KwKAN6sCgAorQoALa0KAICtCgCNrQoA2K0KAOCtCgAwrgoANq4KAIiuCgCUrgoA4K4KAPCuCgA4rwoAQa8KAJCvCgCTrwoA6K8KAPSvCgBAsAoAR7AKAIj2EwCasAoAGJkQAKawCgDwsAoA/bAKAEixCgBUsQoAoLEKAKaxCgD4sQoA/rEKAFCyCgBVsgoAqLIKAK6yCgDg9hMAJrMKAFizCgB+swoAsLMKAOazCgAItAoAMbQKAGC0CgCLtAoAkPcTALu0CgAQtQoAGLUKAGi1CgB0tQoAwLUKAMa1CgAYtgoAHrYKAHC2CgB1tgoAyLYKAM62CgBA+BMASbcKAHi3CgChtwoA0LcKAPS3CgDw+BMALrgKAHj2CwA7uAoAgLgKAI+4CgDYuAoA5LgKADC5CgAxuQoAiLkKAJK5CgDguQoA7rkKADi6CgA9ugoAkLoKAJ26CgBI+RMAC7sKAKD5EwBpuwoAmLsKAMG7CgDwuwoAFLwKAPj5EwBWvAoAoLwKAKW8CgD4vAoABb0KAFC9CgBYvQoAqL0KAK69CgAAvgoADL4KAFi+CgBovgoAsL4KALm+CgAIvwoAC78KAGC/CgCcvwoAuL8KAMS/CgBQ+hMAFsAKAGjACgCBwAoAwMAKAM7ACgAYwQoAJcEKAHDBCgB3wQoAyMEKANHBCgAgwgoALcIKAHjCCgCPwgoA0MIKANPCCgAowwoAKsMKAIDDCgCJwwoA2MMKAOjDCgAwxAoAScQKAIjECgCKxAoA4MQKAOnECgA4xQoAQMUKAJDFCgCSxQoA6MUKAAHGCgBAxgoAV8YKAJjGCgCkxgoA8MYKAAHHCgBIxwoAVMcKAKDHCgCrxwoA+McKAAXICgBQyAoAWsgKAKj6EwC7yAoAAMkKAA7JCgBYyQoAPskKAPDRCgCVyQoAsMkKAL3JCgAIygoAEMoKAGDKCgBmygoAuMoKAMTKCgAQywoAG8sKAGjLCgBxywoAwMsKAMPLCgAYzAoAGswKAHDMCgB3zAoAyMwKAMrMCgAA+xMAI80KAHjNCgCGzQoA0M0KANXNCgAozgoANc4KAIDOCgCMzgoA2M4KAODOCgBY+xMAPs8KAIjPCgCYzwoA4M8KAO7PCgA40AoAQdAKAJDQCgCa0AoA6NAKAOrQCgBA0QoAStEKAJjRCgCa0QoAsPsTAPXRCgBI0goAUNIKAKDSCgCm0goA+NIKAATTCgBQ0woAX9MKAKjTCgCx0woAANQKAAPUCgBY1AoAWtQKALDUCgC31AoACNUKAArVCgAI/BMAZdUKALjVCgDU1QoAENYKACzWCgBg/BMAddYKAGgVDAB31goAwNYKAMXWCgAY1woAJdcKAHDXCgB91woAyNcKAM7XCgAg2AoALNgKAHjYCgCI2AoA0NgKANnYCgAo2QoAK9kKAIDZCgCM2QoA2NkKAN/ZCgC4/BMAP9oKAIjaCgCN2goA4NoKAO3aCgA42woARdsKAJDbCgCW2woA6NsKAPTbCgBA3AoAUNwKAJjcCgCh3AoA8NwKAPPcCgBI3QoAVN0KAKDdCgCn3QoAEP0TAPrdCgBQ3goAXt4KAKjeCgC53goAaP0TAAffCgDA/RMAYN8KABj+EwC13woACOAKABXgCgBg4AoAbeAKALjgCgDE4AoAEOEKAB/hCgBo4QoAcuEKAMDhCgDO4QoAGOIKAB3iCgBw4goAfeIKAMjiCgDQ4goAcP4TACzjCgB44woAiOMKANDjCgDZ4woAKOQKACvkCgCA5AoAjOQKANjkCgDf5AoAyP4TADLlCgCI5QoAluUKAODlCgDx5QoAIP8TAD/mCgB4/xMAmOYKAND/EwDt5goAQOcKAE3nCgCY5woApecKAPDnCgD85woASOgKAFfoCgCg6AoAqugKAPjoCgAG6QoAUOkKAFXpCgCo6QoAtekKAADqCgAI6goAKAAUAGTqCgCw6goAwOoKAAjrCgAR6woAYOsKAGPrCgC46woAxOsKABDsCgAX7AoAgAAUAHLsCgDA7AoAzuwKABjtCgAu7QoAcO0KAHztCgDI7QoAz+0KACDuCgAo7goAeO4KAH3uCgDQ7goA2e4KACjvCgAy7woA2AAUAJbvCgDY7woA5O8KADDwCgA38AoAiPAKAJDwCgDg8AoA5fAKADjxCgBB8QoAkPEKAJrxCgAwARQA7fEKAAgvDgD08QoAmDQLAPfxCgBA8goAEvIKALD4FABF8goAmPIKAKXyCgDw8goA/fIKAEjzCgBU8woAoPMKAK/zCgD48woAAvQKAFD0CgBe9AoAqPQKALX0CgAA9QoAF/UKAFj1CgBg9QoAsPUKALr1CgAI9goADfYKAGD2CgBo9goAiAEUAL32CgAQ9woAH/cKAGj3CgCI9woAwPcKAMz3CgAY+AoAIvgKAHD4CgB6+AoAyPgKANb4CgAg+QoANvkKAHj5CgCE+QoA0PkKANX5CgAo+goAMfoKAID6CgCK+goA2PoKAOT6CgAw+woAQ/sKAIj7CgCX+woA4PsKAOz7CgA4/AoAOfwKAJD8CgCa/AoA6PwKAPb8CgBA/QoARf0KAJj9CgCl/QoAOAIUAP79CgBI/goAXv4KAKD+CgCs/goA+P4KAP/+CgBQ/woAWP8KAKj/CgCt/woAAAALAAkACwBYAAsAYgALAEADFAC1AAsACAELABABCwBgAQsAYwELALgBCwDBAQsAEAILAB8CCwBoAgsAcwILAMACCwDIAgsAGAMLACgDCwBwAwsAfgMLAMgDCwDZAwsAIAQLACwECwB4BAsAgAQLAJgDFADWBAsAKAULADAFCwCABQsAhwULANgFCwDmBQsAMAYLADYGCwCIBgsAlAYLAOAGCwDvBgsAOAcLAEIHCwCQBwsAlQcLAOgHCwDuBwsAQAgLAFQICwDwAxQAqQgLAPAICwD8CAsASAkLAE4JCwCgCQsApgkLAPgJCwD9CQsAUAoLAFYKCwBIBBQArQoLAAALCwARCwsAWAsLAGALCwCwCwsAZAsLACgbCwBmCwsAOG4RALoLCwAIDAsAFgwLAGAMCwB2DAsAuAwLAMQMCwAQDQsAFw0LAGgNCwBwDQsAwA0LAMUNCwAYDgsAIQ4LAHAOCwB6DgsAyA4LANAOCwAgDwsAJA8LAHgPCwCDDwsA0A8LAN4PCwAoEAsAORALAIAQCwCMEAsA2BALAOAQCwCgBBQAMhELAIgRCwCWEQsA4BELAOoRCwA4EgsARhILAJASCwCdEgsA6BILAP8SCwBAEwsASBMLAJgTCwCoEwsA8BMLAPUTCwBIFAsAThQLAKAUCwCoFAsA+BQLAPoUCwBQFQsAXRULAKgVCwCwFQsAABYLAAUWCwBYFgsAWRYLALAWCwC8FgsACBcLABUXCwBgFwsAaBcLALgXCwDHFwsAEBgLABUYCwBoGAsAdRgLAMAYCwDNGAsAGBkLACQZCwBwGQsAfxkLAMgZCwDSGQsAIBoLAC4aCwB4GgsAfRoLANAaCwDdGgsA+AQUAC4bCwCAGwsAhhsLANgbCwDdGwsAMBwLADYcCwBQBRQAlhwLAOAcCwD2HAsAOB0LAEQdCwCQHQsAlR0LAOgdCwDxHQsAQB4LAEoeCwCYHgsAux4LAPAeCwD0HgsASB8LAP8eCwCoIAsASh8LAKAfCwCuHwsA+B8LAAIgCwBQIAsAdCALAFgGFACuIAsAACELAAwhCwBYIQsAWiELALAhCwC6IQsACCILABQiCwBgIgsAhCILALAGFAC8IgsAECMLAMciCwBwJAsAEiMLAGgjCwB2IwsAwCMLAMojCwAYJAsAPCQLAAgHFAB2JAsAyCQLANQkCwAgJQsAIiULAHglCwCCJQsA0CULANwlCwAoJgsATCYLAGAHFACdJgsA2CYLAOEmCwAwJwsAPicLAIgnCwCOJwsA4CcLAOwnCwA4KAsAQCgLALgHFACXKAsA6CgLAAEpCwBAKQsATykLAJgpCwCgKQsA8CkLAP8pCwBIKgsATSoLAKAqCwCtKgsA+CoLAAUrCwBQKwsAXCsLAKgrCwC3KwsAACwLAAosCwBYLAsAZiwLALAsCwC1LAsACC0LABUtCwAQCBQAYS0LAOC2CwB5LQsAuC0LAMItCwAQLgsAEi4LAGguCwB2LgsAwC4LAM0uCwAYLwsAIC8LAHAvCwCcLwsAyC8LAM8vCwAgMAsAOTALAHgwCwCHMAsA0DALANgwCwAoMQsANzELAIAxCwCFMQsA2DELAOUxCwAwMgsAPTILAIgyCwCUMgsA4DILAO8yCwA4MwsAQjMLAJAzCwCeMwsA6DMLAO0zCwBANAsATTQLAGgIFACrNAsA8DQLAP80CwBINQsAVDULAKA1CwCsNQsA+DULAP81CwBQNgsAXDYLAKg2CwCvNgsAADcLAAg3CwBYNwsAXDcLALA3CwC7NwsACDgLABQ4CwBgOAsAbTgLALg4CwDAOAsAEDkLABo5CwBoOQsAbjkLAMA5CwDUOQsAGDoLACY6CwBwOgsAfToLAMg6CwDfOgsAIDsLACg7CwB4OwsAgjsLANA7CwDVOwsAKDwLADA8CwCAPAsAjzwLANg8CwDdPAsAMD0LAD09CwCIPQsAlT0LAOA9CwDsPQsAOD4LAEc+CwCQPgsAmj4LAMAIFADwPgsAQD8LAE8/CwCYPwsAnT8LAPA/CwD5PwsASEALAFlACwCgQAsAp0ALAPhACwAAQQsAUEELAF1BCwCoQQsArUELAABCCwAKQgsAWEILAGBCCwCwQgsAyUILAAhDCwAUQwsAYEMLAGhDCwAYCRQAx0MLABBECwAtRAsAaEQLAHFECwDARAsAzkQLABhFCwAeRQsAcEULAHxFCwDIRQsAz0ULACBGCwAoRgsAeEYLAIhGCwDQRgsA1kYLAChHCwAtRwsAgEcLAJZHCwDYRwsA4EcLADBICwA6SAsAiEgLAJNICwDgSAsA7EgLADhJCwBASQsAcAkUAJ1JCwDoSQsA70kLAEBKCwBMSgsAmEoLAJ5KCwDwSgsAAUsLAEhLCwBcSwsAoEsLAK5LCwD4SwsABUwLAFBMCwBnTAsAqEwLALBMCwAATQsAB00LAFhNCwBaTQsAsE0LALpNCwAITgsACk4LAGBOCwB5TgsAuE4LALpOCwAQTwsAE08LAGhPCwB0TwsAwE8LAO5PCwDICRQAJ1ALAHBQCwCNUAsAyFALANFQCwAgUQsALlELAHhRCwB+UQsA0FELANxRCwAoUgsAMFILACAKFACIUgsA2FILAN5SCwAwUwsAPFMLAIhTCwCLUwsA4FMLAOVTCwA4VAsAQVQLAJBUCwCWVAsA6FQLAPdUCwBAVQsATFULAJhVCwCgVQsAeAoUAPZVCwBIVgsATVYLAKBWCwC2VgsA+FYLAABXCwBQVwsAXlcLAKhXCwCyVwsAAFgLAANYCwBYWAsAYFgLALBYCwCxWAsACFkLAA5ZCwBgWQsAblkLALhZCwDOWQsAEFoLABJaCwBoWgsAbloLAMBaCwDUWgsAGFsLACBbCwBwWwsAgFsLAMhbCwDKWwsAIFwLAC9cCwB4XAsAglwLANBcCwDVXAsAKF0LAC5dCwCAXQsAlF0LANhdCwDgXQsAMF4LADVeCwCIXgsAjl4LAOBeCwDoXgsAOF8LADtfCwCQXwsAlV8LAOhfCwDxXwsAQGALAEZgCwCYYAsAp2ALAPBgCwD8YAsA0AoUAEthCwCgYQsAqGELAPhhCwAFYgsAUGILAFViCwCoYgsAsmILAABjCwAIYwsAWGMLAFpjCwCwYwsAy2MLAAhkCwAKZAsAYGQLAG5kCwC4ZAsAyWQLABBlCwASZQsAaGULAIFlCwDAZQsA0WULABhmCwAkZgsAKAsUAHhmCwDIZgsAzmYLACBnCwAsZwsAeGcLAJVnCwDQZwsA2WcLAChoCwA0aAsAgGgLAINoCwDYaAsA4mgLADBpCwA4aQsAiGkLAJJpCwDgaQsA7mkLADhqCwBOagsAkGoLAJxqCwDoagsA72oLAEBrCwBIawsAmGsLAJ1rCwDwawsA+WsLAEhsCwBSbAsAoGwLAKhsCwD4bAsA+mwLAFBtCwBgbQsAqG0LALJtCwAAbgsADG4LAFhuCwBebgsAsG4LALhuCwCACxQAFG8LAGBvCwBzbwsAuG8LANRvCwAQcAsAGHALANgLFAB2cAsAwHALANZwCwAYcQsAJHELAHBxCwB1cQsAyHELANFxCwAgcgsAKnILAHhyCwCAcgsA0HILANJyCwAocwsAN3MLAIBzCwCdcwsA2HMLAOFzCwAwdAsAPnQLAIh0CwCOdAsA4HQLAO50CwA4dQsARXULAJB1CwCndQsA6HULAPB1CwBAdgsAQnYLAJh2CwCgdgsA8HYLAP92CwBIdwsATXcLAKB3CwCtdwsA+HcLAAV4CwBQeAsAXHgLAKh4CwC3eAsAAHkLAAp5CwBYeQsAZnkLALB5CwC1eQsACHoLABV6CwAwDBQAanoLALh6CwC6egsAEHsLABd7CwBoewsAb3sLAMB7CwDGewsAGHwLACZ8CwBwfAsAfXwLAMh8CwDYfAsAIH0LACV9CwB4fQsAgH0LANB9CwCUfQsAyOoLANx9CwAofgsAKn4LAECBCwA1fgsAgH4LAIV+CwDYfgsA4n4LADB/CwBAfwsAiH8LAI1/CwDgfwsA6X8LADiACwBFgAsAkIALAJeACwDogAsA8IALAIgMFABOgQsAmIELALCBCwDwgQsA8oELAEiCCwBfggsAoIILAKKCCwD4ggsABoMLAFCDCwBdgwsAqIMLALCDCwDgDBQAA4QLAFiECwAXhAsAMFgNAGGECwCwhAsAvoQLALCwCwC/hAsACIULABOFCwBghQsAaIULALiFCwDDhQsAEIYLABWGCwBohgsAa4YLAMCGCwDKhgsAOA0UAB6HCwBwhwsAIocLAEAlEACLhwsAyIcLANSHCwAgiAsAJogLAHiICwCAiAsA0IgLAOaICwAoiQsANokLAICJCwCDiQsA2IkLAPGJCwAwigsAPIoLAIiKCwCTigsA4IoLAOKKCwA4iwsAU4sLAJCLCwCeiwsA6IsLAPWLCwBAjAsAV4wLAJANFACajAsAqCcQAK6MCwDwjAsA8YwLAEiNCwBNjQsAoI0LAKaNCwD4jQsA+o0LAFCOCwBWjgsAqI4LALyOCwAAjwsACI8LAFiPCwBojwsAsI8LALKPCwAIkAsAFpALAGCQCwBxkAsA6A0UAL6QCwAQkQsAHJELAEAOFABqkQsAwJELANGRCwAYkgsAIJILAHCSCwB5kgsAyJILAM+SCwAgkwsAIZMLAJgOFACEkwsA0JMLANKTCwAolAsAL5QLAICUCwCIlAsA2JQLAOGUCwAwlQsAN5ULAIiVCwCJlQsA8A4UAOWVCwA4lgsAQJYLAJCWCwCalgsA6JYLAPaWCwBAlwsAVpcLAJiXCwCklwsA8JcLAPWXCwBImAsAUZgLAKCYCwCqmAsASA8UAPmYCwBQmQsAWJkLAGA9DQBomQsAqJkLALWZCwAAmgsADJoLAFiaCwBimgsAsJoLALSaCwAImwsADZsLAGCbCwBmmwsAuJsLANibCwAQnAsAKJwLAGicCwB/nAsAwJwLAMycCwAYnQsAIp0LAHCdCwBynQsAyJ0LAM+dCwAgngsAJ54LAHieCwB+ngsA0J4LANyeCwAonwsAK58LAICfCwCDnwsA2J8LAOSfCwAwoAsAM6ALAIigCwCkoAsA4KALAOigCwCgDxQARKELAJChCwCaoQsA6KELAOqhCwBAogsAR6ILAJiiCwCfogsA8KILAPaiCwBIowsAVqMLAKCjCwCtowsA+KMLAAikCwBQpAsAVaQLAKikCwCwpAsAAKULABClCwBYpQsAXaULALClCwC2pQsACKYLABCmCwD4DxQAZqYLALimCwDApgsAEKcLABOnCwBopwsAdKcLAMCnCwDGpwsAGKgLADOoCwBwqAsAfqgLAMioCwDXqAsAIKkLACypCwB4qQsAgKkLAKgQFADVqQsAKKoLADKqCwCAqgsAiKoLANiqCwD4qgsAMKsLAD2rCwCIqwsAjasLAOCrCwDkqwsAOKwLAEWsCwAAERQAlawLAOisCwDrrAsAQK0LAEqtCwCYrQsApK0LAPCtCwADrgsASK4LAFeuCwCgrgsArK4LAPiuCwD5rgsAUK8LAFqvCwCorwsAtq8LAACwCwAFsAsAWLALAGWwCwBYERQAurALAAixCwAKsQsAYLELAHmxCwC4sQsAybELABCyCwAcsgsAaLILAHCyCwBgEhQAx7ILABizCwAfswsAcLMLAHazCwDIswsA1LMLACC0CwAjtAsAeLQLAHu0CwDQtAsA2LQLACi1CwA4tQsAgLULAIW1CwDYtQsA4bULADC2CwA9tgsAiLYLAI+2CwC4EhQA7LYLADi3CwBFtwsAkLcLAJi3CwDotwsA8rcLAEC4CwBPuAsAmLgLAJm4CwDwuAsA+LgLAEi5CwBXuQsAoLkLAKW5CwD4uQsABboLAFC6CwBdugsAqLoLALS6CwAAuwsAD7sLAFi7CwBiuwsAsLsLAL67CwAIvAsADbwLAGC8CwBtvAsAuLwLAMC8CwAQvQsAGr0LAGi9CwBtvQsAwL0LAMi9CwAQExQAJr4LAHC+CwB8vgsAyL4LAM6+CwAgvwsAJr8LAHi/CwB9vwsA0L8LANa/CwBoExQANMALAIDACwCGwAsA2MALAN7ACwAwwQsAPcELAIjBCwCNwQsA4MELAOjBCwA4wgsAVsILAHAUFACRwgsA6MILAO3CCwBAwwsARsMLAJjDCwCawwsA8MMLAPbDCwBIxAsAXMQLAKDECwCoxAsA+MQLAAjFCwBQxQsAUsULAKjFCwC2xQsAAMYLABHGCwDIFBQAXsYLALDGCwC8xgsAIBUUABXHCwBgxwsAaMcLALjHCwDFxwsAEMgLABLICwBoyAsAfsgLAMDICwDMyAsAGMkLACDJCwDQFRQAfMkLAMjJCwDLyQsAIMoLACXKCwB4ygsAicoLANDKCwDZygsAKMsLADLLCwCAywsAjssLANjLCwDdywsAMMwLAD3MCwAoFhQAlMwLAODMCwDtzAsAOM0LADrNCwCQzQsAps0LAOjNCwD0zQsAQM4LAEjOCwCAFhQAnc4LAPDOCwD2zgsASM8LAFDPCwCgzwsAo88LAPjPCwAE0AsAUNALAFbQCwCo0AsAw9ALAADRCwAN0QsAWNELAFrRCwCw0QsAxtELAAjSCwAU0gsAYNILAGjSCwDYFhQAvtILABDTCwAV0wsAaNMLAIPTCwDA0wsAztMLABjUCwAf1AsAcNQLAHzUCwDI1AsAz9QLADAXFAAr1QsAeNULAIDVCwDQ1QsA29ULACjWCwAt1gsAgNYLAIPWCwDY1gsA4tYLADDXCwA41wsAiNcLAJbXCwDg1wsA49cLADjYCwBA2AsAkNgLALDYCwDo2AsA9dgLAEDZCwBF2QsAmNkLAJzZCwDw2QsA/dkLAIgXFABo2gsAoNoLAKnaCwD42gsA+doLAFDbCwBY2wsAqNsLALjbCwAA3AsAAtwLAFjcCwBm3AsAsNwLAMHcCwDgFxQADt0LAGDdCwBs3QsAOBgUAL/dCwCQGBQAFd4LAGjeCwCC3gsAwN4LAM/eCwAY3wsAI98LAHDfCwBy3wsAyN8LANXfCwAg4AsALeALAHjgCwCE4AsA0OALAOHgCwAo4QsAK+ELAIDhCwCa4QsA2OELAOHhCwAw4gsAPeILAIjiCwCO4gsA4OILAOziCwA44wsAO+MLAJDjCwCV4wsA6OMLAPnjCwBA5AsAW+QLAJjkCwCk5AsA8OQLAPfkCwBI5QsASuULAKDlCwCn5QsA+OULAP/lCwBQ5gsAVuYLAKjmCwC05gsAAOcLAAPnCwBY5wsAW+cLALDnCwC85wsACOgLABvoCwBg6AsAb+gLALjoCwDE6AsAEOkLABHpCwBo6QsAcukLAMDpCwDO6QsAGOoLAB3qCwBw6gsAfeoLAOgYFADQ6gsAQBkUACLrCwB46wsAjusLANDrCwDc6wsAKOwLADDsCwCYGRQAhuwLANjsCwDg7AsAMO0LADPtCwCI7QsAlO0LAODtCwDm7QsAOO4LAFPuCwCQ7gsAnu4LAOjuCwD37gsAQO8LAEzvCwCY7wsAoO8LAPAZFAD17wsASPALAFLwCwCg8AsAqPALAPjwCwAY8QsAUPELAF3xCwCo8QsArfELAADyCwAE8gsAWPILAGXyCwBIGhQA0/ILAKAaFAAN8wsAYPMLAG/zCwC48wsA2PMLABD0CwAc9AsAaPQLAHL0CwDA9AsAzPQLABj1CwAe9QsAcPULAHb1CwDI9QsAzfULACD2CwAm9gsA+BoUAH72CwDQ9gsA1fYLACj3CwAu9wsAqBsUAIP3CwDY9wsA4vcLADD4CwAy+AsAiPgLAKH4CwDg+AsA8fgLADj5CwBG+QsAkPkLAJP5CwDo+QsA8/kLAED6CwBI+gsAmPoLAJr6CwDw+gsA+PoLAEj7CwBV+wsAoPsLAKz7CwD4+wsA/PsLAFD8CwBY/AsAqPwLALf8CwAA/QsABf0LAFj9CwBl/QsAsP0LAL39CwAI/gsAFP4LAGD+CwBv/gsAuP4LAML+CwAQ/wsAHv8LAGj/CwBt/wsAwP8LAM3/CwAAHBQAIAAMAFgcFAB0AAwA6AQMAHwADADIAAwAzgAMACABDAAmAQwAeAEMAIUBDADQAQwA1QEMACgCDAAwAgwAgAIMAKkCDADYAgwAtgIMAIgDDAD+AgwA4AMMAAEDDAAwAwwAWQMMALAcFACxAwwACB0UAAYEDAA4BAwAbgQMAJAEDAC5BAwAYB0UAPYEDABABQwATQUMAJgFDACkBQwA8AUMAPYFDABIBgwATgYMAKAGDAClBgwA+AYMAP4GDAC4HRQAdgcMAFgIDAB5BwwAqAcMANEHDABoHhQAKQgMAMAeFAB+CAwAsAgMAOYIDAAICQwAMQkMABgfFABqCQwAuAkMAL0JDAAQCgwAGAoMAHAfFABtCgwAwAoMAMkKDAAYCwwAJQsMAHALDAB3CwwAyB8UANALDAAgIBQAMwwMAHgMDACEDAwA0AwMAN8MDAAoDQwAMQ0MAIANDACKDQwA2A0MANoNDAAwDgwASQ4MAIgODACZDgwA4A4MAOwODAA4DwwAQA8MAHggFACeDwwA6A8MAPkPDABAEAwATBAMAJgQDACgEAwA0CAUAPUQDABIEQwAUhEMAKARDACoEQwA+BEMAAgSDABQEgwAVRIMAKgSDACxEgwAABMMAA0TDABYEwwAXxMMACghFAC2EwwAQPYQAL0TDAAIFAwAwxMMABCmDwANFAwAYBQMAGwUDAC4FAwAxRQMABAVDAAaFQwAgCEUAG0VDADAFQwAzBUMABgWDAAlFgwAcBYMAHoWDADIFgwA5BYMACAXDAAoFwwA2CEUAH0XDADQFwwA2BcMACgYDAArGAwAgBgMAIkYDADYGAwA5xgMADAZDAA7GQwAiBkMAJAZDADgGQwA8BkMADgaDABGGgwAkBoMAKEaDADoGgwA9BoMAEAbDABIGwwAMCIUAJ4bDADwGwwA+BsMAEgcDABPHAwAoBwMAK4cDAD4HAwA/hwMAFAdDABcHQwAqB0MALcdDAAAHgwACh4MAFgeDABdHgwAsB4MALYeDAAIHwwAHB8MAGAfDABoHwwAuB8MANYfDAAQIAwAGCAMAIgiFABwIAwA4CIUAMggDAAYIQwAMSEMAHAhDAB5IQwAyCEMANghDAAgIgwAMCIMAHgiDACEIgwA0CIMANYiDAAoIwwANiMMAIAjDACNIwwA2CMMAO8jDAAwJAwAOCQMAIgkDACSJAwA4CQMAO4kDAA4JQwATiUMAJAlDACcJQwA6CUMAO8lDABAJgwASCYMAJgmDACdJgwA8CYMAPkmDABIJwwAUicMAKAnDACoJwwA+CcMAPonDABQKAwAYCgMAKgoDACyKAwAACkMAAwpDABYKQwAXikMALApDAC4KQwAkCMUAAoqDABgKgwAcSoMALgqDADUKgwAECsMABgrDADoIxQAeSsMAMArDADRKwwAGCwMACAsDABwLAwAiSwMAMgsDADOLAwAIC0MACUtDAB4LQwAmC0MANAtDADcLQwAKC4MAC4uDACALgwAiC4MANguDADnLgwAMC8MADUvDACILwwAlS8MAOAvDADtLwwAODAMAEQwDACQMAwAnzAMAOgwDADyMAwAQDEMAE4xDACYMQwAnTEMAPAxDAD9MQwASDIMAEsyDACgMgwAqDIMAPgyDAD6MgwAUDMMAFYzDACoMwwAtDMMAAA0DAAINAwAQCQUAF00DACwNAwAtDQMAAg1DAAVNQwAmCQUAGg1DADwJBQAvjUMABA2DAAnNgwAaDYMAHE2DADANgwA1jYMABg3DAAkNwwAcDcMAH03DADINwwA0jcMACA4DAAoOAwAeDgMALc4DADQOAwA+TgMACg5DAAwOQwAgDkMAKM5DABIJRQA5zkMADA6DADuOQwAwFcMADU6DACIOgwAlToMAOA6DADtOgwAODsMAEQ7DACQOwwAnzsMAOg7DADyOwwAQDwMAE48DACYPAwAnTwMAPA8DAD9PAwASD0MAGw9DACgPQwAqD0MAKAlFAABPgwAUD4MAFM+DACoPgwAsj4MAAA/DAAIPwwAWD8MAHE/DACwPwwAvD8MAAhADAAQQAwA+CUUAHBADAC4QAwAwEAMABBBDAAaQQwAaEEMAHxBDADAQQwAwUEMABhCDAAkQgwAcEIMAHhCDABQJhQA20IMACBDDAAhQwwAeEMMAIRDDADQQwwA30MMAChEDAAyRAwAgEQMAINEDADYRAwA4EQMADBFDAAxRQwAiEUMAIpFDADgRQwA5kUMADhGDAA6RgwAkEYMAKZGDADoRgwA9EYMAEBHDABKRwwAmEcMAKRHDADwRwwA9kcMAEhIDABQSAwAoEgMAMlIDAD4SAwAAEkMAFBJDABaSQwAqEkMAK1JDAAASgwACEoMAFhKDABxSgwAsEoMALxKDAAISwwAEEsMAKgmFABsSwwAuEsMALtLDAAQTAwAFUwMAGhMDABxTAwAwEwMAMZMDAAYTQwAJ00MAHBNDAB8TQwAyE0MAN1NDAAgTgwAKE4MAHhODACFTgwAqFQMAJFODADQTgwA1U4MAChPDAAtTwwAgE8MAJFPDADYTwwA4E8MADBQDADkTwwA6FEMAEdQDACIUAwAllAMAOBQDAD7UAwAOFEMAERRDACQUQwAnVEMAAAnFADqUQwAQFIMAE1SDACYUgwAoFIMAPBSDAAHUwwASFMMAFZTDACgUwwAu1MMAPhTDAAEVAwAUFQMAF1UDABYJxQAsVQMAABVDAARVQwAWFUMAGlVDACwVQwAuFUMAAhWDAAfVgwAYFYMAG5WDAC4VgwA01YMABBXDAAcVwwAaFcMAHVXDACwJxQA1FcMABhYDAAbWAwAcFgMAI1YDADIWAwA2VgMACBZDABEWQwAeFkMAIBZDAAIKBQA2VkMAChaDAArWgwAgFoMAIpaDADYWgwA4FoMADBbDABJWwwAiFsMAJRbDADgWwwA6FsMAGAoFABIXAwAkFwMAJhcDADoXAwA8lwMAEBdDABUXQwAmF0MAJldDADwXQwA/F0MAEheDABQXgwAuCgUALReDAD4XgwA+14MAFBfDABtXwwAqF8MALlfDAAAYAwADmAMAFhgDABtYAwAsGAMALhgDAAIYQwAFWEMAHhkDAAhYQwAYGEMAGVhDAC4YQwAvWEMABBiDAAhYgwAaGIMAHBiDADAYgwA12IMABhjDAAmYwwAcGMMAItjDADIYwwA1GMMACBkDAAtZAwAECkUAIFkDADQZAwA4WQMAChlDAA5ZQwAgGUMAIhlDADYZQwA72UMADBmDAA+ZgwAiGYMAKNmDADgZgwA7GYMADhnDABFZwwAaCkUAKRnDADoZwwA62cMAEBoDABdaAwAmGgMAKloDADwaAwA/mgMAEhpDABdaQwAoGkMAKhpDAD4aQwABWoMAChwDAARagwAUGoMAFVqDACoagwArWoMAABrDAARawwAWGsMAGBrDACwawwAZGsMAGhtDADHawwACGwMABZsDABgbAwAe2wMALhsDADEbAwAEG0MAB1tDADAKRQAam0MAMBtDADNbQwAGG4MACBuDABwbgwAh24MAMhuDADWbgwAIG8MADtvDAB4bwwAhG8MANBvDADdbwwAGCoUADFwDACAcAwAkXAMANhwDADpcAwAMHEMADhxDACIcQwAn3EMAOBxDADucQwAOHIMAFNyDACQcgwAnHIMAOhyDAD1cgwAcCoUAElzDACYcwwAqXMMAPBzDAD8cwwASHQMAFV0DACgdAwApXQMAPh0DAACdQwAUHUMAGB1DACodQwArXUMAAB2DAAJdgwAWHYMAGV2DACwdgwAt3YMAAh3DAAUdwwAYHcMAGZ3DAC4dwwAvncMABB4DAAVeAwAaHgMAG54DADIKhQAxXgMABh5DAAgeQwAcHkMAIZ5DADIeQwAzXkMACB6DAAnegwAeHoMAIF6DADQegwA4XoMACh7DAA0ewwAgHsMAIh7DADQKxQA2nsMADB8DABGfAwAiHwMAJR8DADgfAwA53wMADh9DABAfQwAKCwUAJV9DADofQwA730MAEB+DABJfgwAmH4MAKl+DADwfgwA/H4MAEh/DABQfwwAgCwUAKJ/DAD4fwwADoAMAFCADABcgAwAqIAMAK+ADAAAgQwACIEMANgsFABdgQwAsIEMALeBDAAIggwAEYIMAGCCDABxggwAuIIMAMSCDAAQgwwAGIMMADAtFABqgwwAwIMMAM+DDAAYhAwAOIQMAHCEDAByhAwAyIQMAN+EDAAghQwALIUMAHiFDACAhQwA4C0UANWFDAAohgwAKoYMAICGDACHhgwA2IYMAOCGDAAwhwwAOYcMAIiHDACOhwwA4IcMAPGHDAA4iAwAQIgMAJAuFACciAwA6IgMAOuIDABAiQwARYkMAJiJDACpiQwA8IkMAAuKDABIigwAVIoMAKCKDACoigwA6C4UAA6LDABQiwwAUYsMAKiLDACtiwwAAIwMAAaMDABYjAwAYowMALCMDAC4jAwACI0MABqNDABALxQAbY0MALiNDADCjQwAEI4MABaODABojgwAfI4MAMCODADIjgwAGI8MACiPDABwjwwAdY8MAMiPDADOjwwAIJAMACiQDAB4kAwAeZAMANCQDADSkAwAKJEMADeRDACAkQwAoJEMANiRDADakQwAMJIMAEeSDACIkgwAlJIMAOCSDADokgwAmC8UAECTDACQkwwAqZMMAOiTDADxkwwAQJQMAEqUDACYlAwAoJQMAPCUDAAAlQwASJUMAE2VDACglQwAqZUMAPiVDAAFlgwAUJYMAFeWDAColgwAsJYMAEgwFAAKlwwAWJcMAGCXDACwlwwAvpcMAAiYDAAVmAwAYJgMAGiYDAC4mAwAupgMABCZDAAYmQwAaJkMAGmZDADAmQwAwpkMABiaDAAnmgwAcJoMAJCaDADImgwAypoMACCbDAA3mwwAeJsMAISbDADQmwwA6psMACicDABUnAwAgJwMAIOcDADYnAwA3ZwMADCdDAA9nQwAoDAUAIqdDADgnQwA6p0MADieDABHngwAkJ4MAJueDADongwA9p4MAECfDABNnwwAmJ8MAK+fDADwnwwA+J8MAEigDABJoAwAoKAMAKKgDAD4oAwAB6EMAFChDABwoQwAqKEMAKqhDAAAogwAF6IMAFiiDABkogwAsKIMALiiDAD4MBQADaMMAGCjDABmowwAuKMMAMCjDAAQpAwAL6QMAGikDAB1pAwAwKQMAMGkDAAYpQwALqUMAHClDACMpQwAUDEUAM2lDAAgpgwAKqYMAHimDACApgwA0KYMANGmDAAopwwA0qYMAHCwDAAupwwAgKcMAIynDADYpwwA6KcMADCoDAA+qAwAiKgMAJuoDADgqAwA7KgMADipDAA/qQwAkKkMAJipDADoqQwA7KkMAECqDABOqgwAmKoMAKKqDADwqgwA+6oMAEirDABQqwwAoKsMANmrDAD4qwwAAKwMAFCsDABVrAwAqKwMAK6sDAAArQwACK0MAFitDAByrQwAsK0MAOmtDAAIrgwAEK4MAGCuDABlrgwAuK4MAL6uDAAQrwwAGK8MAGivDACCrwwAwK8MANqvDAAYsAwAUbAMAKgxFAB4sAwAyLAMAM+wDAAgsQwALLEMAHixDAB5sQwA0LEMANyxDAAosgwANbIMAICyDACHsgwA2LIMAOSyDAAwswwAPbMMAIizDACXswwA4LMMAPSzDAAAMhQAOrQMAJC0DABEtAwAuP0PAJO0DACYXw8AnbQMAGjjDQCftAwA6LQMAAi1DABAtQwAQrUMAJi1DACvtQwA8LUMAPy1DABItgwAULYMAFgyFACitgwA+LYMAAW3DABQtwwAWbcMAKi3DACqtwwAALgMABG4DABYuAwAabgMALC4DADEuAwAsDIUACi5DABguQwAYrkMALi5DADPuQwAELoMABy6DABougwAcLoMAAgzFADCugwAGLsMABu7DABwuwwAeLsMAMi7DADVuwwAILwMACW8DAB4vAwAgrwMANC8DADYvAwAKL0MAEG9DACAvQwAjL0MANi9DADkvQwAML4MAD2+DACIvgwAkL4MAOC+DADwvgwAOL8MAD2/DACQvwwAmb8MAOi/DAD1vwwAQMAMAEfADACYwAwAoMAMAGAzFAD9wAwASMEMAEvBDACgwQwAqsEMAPjBDAD6wQwAUMIMAGHCDACowgwAucIMAADDDAAMwwwAWMMMAF/DDACwwwwAysMMAAjEDAAQxAwAYMQMAGHEDABYzgwAasQMALjEDAC+xAwAEMUMACTFDABoxQwAcMUMAMDFDADKxQwAGMYMAB3GDABwxgwAeMYMAMjGDADWxgwAIMcMAC3HDAB4xwwAe8cMANDHDADaxwwAKMgMACrIDACAyAwAkcgMANjIDADpyAwAMMkMADjJDAC4MxQAkskMAODJDAD8yQwAOMoMAEDKDAAQNBQAkcoMAOjKDAD+ygwAQMsMAEjLDACYywwApssMAPDLDAD9ywwASMwMAEvMDACgzAwAqswMAPjMDAD6zAwAUM0MAGHNDACozQwAuc0MAADODAAIzgwAaDQUAGnODACwzgwAvM4MAAjPDAAKzwwAYM8MAGPPDAC4zwwAxM8MABDQDAAY0AwAwDQUAHHQDADA0AwAzdAMABjRDAAg0QwAcNEMAILRDADI0QwA1dEMACDSDAAh0gwAeNIMAI7SDADQ0gwA2NIMACjTDAA20wwAgNMMAI3TDADY0wwA29MMADDUDAA61AwAiNQMAIrUDADg1AwA8dQMADjVDABJ1QwAkNUMAJjVDAAYNRQA9dUMAEDWDABK1gwAmNYMAE3WDAAQFw8AptYMAPDWDAAG1wwASNcMAFTXDACg1wwArNcMAPjXDAD+1wwAUNgMAFbYDACo2AwArdgMAADZDAAG2QwAcDUUAF3ZDACw2QwAstkMAAjaDAAP2gwAYNoMAGjaDAC42gwAu9oMABDbDAAZ2wwAaNsMAHfbDADA2wwAy9sMABjcDAAg3AwAcNwMAIDcDADI3AwA1twMACDdDAAx3QwAeN0MAITdDADQ3QwA2N0MAHg2FABG3gwAgN4MAIjeDADQNhQA5N4MADDfDABG3wwAiN8MAJDfDADg3wwA/98MACg3FAA74AwASDoNAEXgDACQ4AwAk+AMAMB8EgCY4AwA6OAMAJrgDADw4w8A6uAMAEDhDADy4AwA+O0MAPngDADA5gwATeEMAJjhDACs4QwA8OEMAPjhDABI4gwATeIMAKDiDACw4gwA+OIMAADjDABQ4wwAWuMMAKjjDACz4wwAAOQMAAzkDABY5AwAYOQMAIA3FAC15AwACOUMABHlDABg5QwAZuUMALjlDADH5QwAEOYMABzmDABo5gwAa+YMANg3FADF5gwAGOcMACfnDABw5wwAcucMAMjnDADZ5wwAIOgMADHoDAB46AwAjOgMANDoDADY6AwAKOkMADbpDACA6QwAjekMANjpDADb6QwAMOoMADrqDACI6gwAiuoMAODqDADx6gwAOOsMAEnrDACQ6wwAnOsMAOjrDADv6wwAQOwMAEjsDACY7AwAr+wMAPDsDAD87AwASO0MAF7tDACg7QwAo+0MADA4FAAD7gwAUO4MAFzuDACo7gwAsO4MAIg4FAAM7wwAWO8MAG7vDACw7wwAs+8MAAjwDAAQ8AwAYPAMAGLwDAC48AwA0/AMABDxDAAS8QwAaPEMAHbxDADA8QwA0fEMABjyDAAa8gwAcPIMAInyDADI8gwA2fIMACDzDAAs8wwA4DgUAH7zDADQ8wwA3vMMACj0DABD9AwAgPQMAIz0DADY9AwA3vQMADD1DAA49QwAiPUMAJj1DADg9QwA5fUMADj2DABB9gwAkPYMAJ32DADo9gwA7/YMAED3DABI9wwAODkUAJ33DADw9wwA9vcMAEj4DABQ+AwAoPgMAMz4DAD4+AwA//gMAFD5DABp+QwAqPkMALf5DAAA+gwAHPoMAJA5FABk+gwAsPoMALr6DAAI+wwAEPsMAGD7DABn+wwAuPsMAL77DAAQ/AwAHvwMAGj8DACD/AwAwPwMAMz8DAAY/QwAHv0MAHD9DAB4/QwAyP0MANb9DAAg/gwALf4MAHj+DAB7/gwA0P4MANr+DAAo/wwAKv8MAID/DACN/wwA2P8MAOf/DAAwAA0APAANAIgADQCQAA0A6DkUAOUADQA4AQ0APgENAJABDQCYAQ0A6AENABQCDQBAAg0ARwINAJgCDQCxAg0A8AINAP8CDQBIAw0AUQMNAKADDQCmAw0A+AMNAAkEDQBQBA0AeAQNAKgEDQDUBA0AAAUNAAcFDQBYBQ0AcQUNALAFDQC/BQ0ACAYNACQGDQBAOhQAZQYNALgGDQDCBg0AEAcNACAHDQBoBw0AbQcNAMAHDQDJBw0AGAgNACUIDQBwCA0AdwgNAMgIDQDUCA0AIAkNADMJDQB4CQ0AhwkNANAJDQDcCQ0AKAoNACkKDQCACg0AigoNANgKDQDmCg0AMAsNADULDQCICw0AlQsNAJg6FADxCw0AOAwNADoMDQCQDA0AkwwNAOgMDQDrDA0AQA0NAEcNDQCYDQ0ApA0NAPANDQAADg0ASA4NAFgODQCgDg0ApQ4NAPgODQABDw0AUA8NAF0PDQCoDw0Arw8NAAAQDQAMEA0AWBANAF4QDQCwEA0AthANAAgRDQANEQ0AYBENAGYRDQCgOxQAwhENABASDQAeEg0AaBINAHgSDQDAEg0AwhINABgTDQAnEw0AcBMNAHoTDQDIEw0A0BMNAKg8FAAmFA0AeBQNAIQUDQAAPRQA1RQNACgVDQAwFQ0AgBUNAJAVDQDYFQ0A5hUNADAWDQA9Fg0AiBYNAI8WDQDgFg0A6BYNALA9FABJFw0AkBcNAJcXDQDoFw0A8BcNAEAYDQBNGA0AmBgNAJ0YDQDwGA0A+hgNAEgZDQBQGQ0AoBkNALkZDQD4GQ0ABBoNAFAaDQBYGg0ACD4UALQaDQAAGw0AAxsNAFgbDQBdGw0AsBsNAMEbDQAIHA0AIxwNAGAcDQBsHA0AuBwNAL8cDQAQHQ0ALB0NAGgdDQBwHQ0AYD4UAMUdDQAYHg0AIh4NAHAeDQB4Hg0AyB4NAMoeDQAw7w4A2B4NACAfDQAlHw0AeB8NAIEfDQDQHw0A3R8NACggDQAvIA0AuD4UAIkgDQDYIA0A5SANADAhDQA/IQ0AiCENAJIhDQDgIQ0A7iENADgiDQA9Ig0AkCINAJ0iDQDoIg0A8CINABA/FABBIw0AmCMNAKQjDQDwIw0A/SMNAEgkDQBWJA0AoCQNAK0kDQD4JA0ADyUNAFAlDQBYJQ0AqCUNAK4lDQAAJg0ADCYNAFgmDQB1Jg0AsCYNALkmDQAIJw0AFicNAGAnDQBmJw0AuCcNAMQnDQAQKA0AFygNAGgoDQBwKA0AwCgNAN8oDQBoPxQAKSkNAHApDQB8KQ0AyCkNAM8pDQAgKg0AKCoNAHgqDQCCKg0A0CoNANUqDQAoKw0AMCsNAIArDQCFKw0A2CsNANkrDQAwLA0APCwNAIgsDQCVLA0A4CwNAOgsDQA4LQ0AOy0NAJAtDQCaLQ0A6C0NAO4tDQBALg0ATC4NAJguDQCaLg0A8C4NAAYvDQBILw0AZC8NAKAvDQCoLw0AwD8UAP0vDQBQMA0AWDANAKgwDQCrMA0AADENAAkxDQBYMQ0AZzENALAxDQC7MQ0ACDINABAyDQBgMg0AcDINALgyDQDGMg0AEDMNACEzDQBoMw0AdDMNAMAzDQDIMw0AGEAUAB40DQBwNA0AeDQNAMg0DQDPNA0AIDUNAC41DQB4NQ0AfjUNANA1DQDcNQ0AKDYNADc2DQCANg0AijYNANg2DQDdNg0AMDcNADY3DQCINw0AnDcNAHBAFADsNw0AODgNAEU4DQCQOA0AkzgNAOg4DQD2OA0AQDkNAEU5DQCYOQ0ApTkNAPA5DQD4OQ0AyEAUAFA6DQCgOg0ApjoNAPg6DQCnOg0A+PUNAAQ7DQBQOw0AbTsNAKg7DQCxOw0AADwNAA48DQBYPA0AXjwNALA8DQC8PA0ACD0NAA89DQAgQRQAYT0NAPDTDQBsPQ0AuD0NAHA9DQCA0A0Ayz0NABA+DQAaPg0AaD4NAHQ+DQDAPg0AzT4NABg/DQAbPw0AcD8NAH4/DQDIPw0AzT8NACBADQAtQA0AeEANAIBADQB4QRQA1kANAChBDQA2QQ0AgEENAJtBDQDYQQ0A5EENADBCDQA2Qg0AKEIUAKtCDQCAQhQA5UINADhDDQBFQw0AkEMNAJ1DDQDoQw0A9EMNAEBEDQBPRA0AmEQNAKJEDQDwRA0A/kQNAEhFDQBNRQ0AoEUNAK1FDQD4RQ0AFEYNAFBGDQBYRg0A2EIUAK1GDQAARw0ABkcNAFhHDQBgRw0AsEcNALFHDQAISA0AD0gNAGBIDQBlSA0AuEgNAMBIDQAQSQ0AHkkNAGhJDQBrSQ0AwEkNAMhJDQAYSg0AJUoNAHBKDQB1Sg0AyEoNANJKDQAgSw0AKEsNAHhLDQCJSw0A0EsNANVLDQAoTA0AKkwNAIBMDQCHTA0A2EwNAORMDQAwTQ0AN00NADBDFACUTQ0A4E0NAP1NDQA4Tg0AQU4NAJBODQCeTg0A6E4NAO5ODQBATw0ATE8NAJhPDQCfTw0A8E8NAPhPDQBIUA0AXlANAKBQDQClUA0A+FANAP9QDQBQUQ0AWVENAKhRDQC5UQ0AAFINAAxSDQBYUg0AYFINAOBDFAC2Ug0ACFMNAA1TDQBgUw0Ae1MNALhTDQDGUw0AEFQNABdUDQBoVA0AdFQNAMBUDQDDVA0AGFUNACBVDQBwVQ0AcVUNAMhVDQDKVQ0AIFYNAC9WDQB4Vg0AmFYNANBWDQDSVg0AKFcNAD9XDQCAVw0AjFcNANhXDQDgVw0AOEQUADVYDQCIWA0AkFgNAOBYDQDwWA0AOFkNAEZZDQCQWQ0AoVkNAOhZDQD0WQ0AQFoNAENaDQCYWg0AoFoNAPBaDQD+Wg0ASFsNAFVbDQCgWw0AqFsNAPhbDQAxXA0AkEQUAFJcDQCoXA0AtlwNAABdDQARXQ0A6EQUAF5dDQCwXQ0AvF0NAEBFFAAkXg0A8EUUAGleDQC4Xg0Azl4NABBfDQAWXw0A2GINACBfDQBoXw0Aal8NAMBfDQDOXw0AGGANAClgDQBIRhQAd2ANAKBGFADUYA0AIGENACNhDQB4YQ0AgmENANBhDQDTYQ0AKGINADpiDQCAYg0AnGINAPhGFADhYg0AMGMNAD1jDQCIYw0AkmMNAOBjDQDuYw0AOGQNAE5kDQCQZA0AnGQNAOhkDQD0ZA0AQGUNAEZlDQCYZQ0AnmUNAPBlDQD1ZQ0ASGYNAE5mDQBQRxQArGYNAPhmDQD7Zg0AUGcNAFpnDQCoZw0Aq2cNAABoDQAJaA0AWGgNAGZoDQCwaA0AumgNAAhpDQAUaQ0AYGkNAGNpDQC4aQ0AymkNABBqDQAsag0AqEcUAHdqDQDAag0AxWoNABhrDQAhaw0AcGsNAH1rDQDIaw0A0msNACBsDQAybA0AeGwNAJRsDQAASBQA1mwNAChtDQAubQ0AgG0NAIVtDQDYbQ0A3m0NAFhIFAA1bg0AiG4NAJFuDQDgbg0A6m4NADhvDQA7bw0AkG8NAJ5vDQDobw0A728NAEBwDQBMcA0AmHANALBwDQDwcA0A9XANAEhxDQBYcQ0AoHENALhxDQD4cQ0ABHINAFByDQBjcg0AqHINAKpyDQAAcw0AFnMNAFhzDQBZcw0AsHMNAMFzDQAIdA0AFHQNAGB0DQBjdA0AuHQNANB0DQAQdQ0AH3UNAGh1DQBtdQ0AwHUNAMl1DQAYdg0AJXYNAHB2DQB6dg0AyHYNANp2DQAgdw0APHcNAAhJFAB/dw0AYOcPAIJ3DQDQdw0A3HcNACh4DQAreA0AgHgNAIp4DQDYeA0A23gNADB5DQA5eQ0AiHkNAJZ5DQDgeQ0A6nkNADh6DQBEeg0AYEkUAJh6DQDoeg0A+HoNAEB7DQBCew0AmHsNAKZ7DQDwew0AAXwNALhJFABOfA0AoHwNAKx8DQAQShQAAX0NAFB9DQBmfQ0AqH0NAL59DQAAfg0AAn4NAFh+DQBefg0AsH4NAMR+DQAIfw0AIH8NAGB/DQBxfw0AuH8NAMZ/DQAQgA0AHYANAGiADQB0gA0AwIANANKADQAYgQ0ANIENAHCBDQCCgQ0AwEoUAMmBDQAggg0ALIINAHiCDQCHgg0A0IINANiCDQAYSxQAKoMNAICDDQCOgw0A2IMNAOmDDQBwSxQAN4QNAMhLFACQhA0AeEwUAOGEDQDAoQ0A44QNAICODQDkhA0AmIYNAOaEDQDokA0A54QNABCLDQDphA0A0KMNAOyEDQA4hQ0A7YQNAACJDQDvhA0AaJYNAD6FDQCQhQ0AloUNAOiFDQDthQ0AQIYNAEaGDQDQTBQAmoYNAPCGDQD2hg0ASIcNAFWHDQDYTRQArYcNAPiHDQAPiA0AUIgNAGyIDQCoiA0AsIgNADBOFAAFiQ0AWIkNAGKJDQCwiQ0AvokNAAiKDQAXig0AYIoNAGyKDQCIThQAwIoNAOBOFAAciw0AaIsNAGmLDQDAiw0AxosNABiMDQAkjA0AcIwNAH+MDQDIjA0AyowNACCNDQAqjQ0AeI0NAISNDQDQjQ0A140NADhPFAAwjg0AkE8UAIqODQDYjg0A3o4NADCPDQA+jw0AiI8NAJePDQDgjw0A6o8NADiQDQBUkA0AkJANAJiQDQDoTxQA9JANAECRDQBPkQ0AmJENAJ2RDQDwkQ0AC5INAEiSDQBUkg0AoJINAKaSDQD4kg0A+pINAFCTDQBpkw0AqJMNALmTDQAAlA0ADJQNAFiUDQBwlA0AsJQNALyUDQAIlQ0ADpUNAGCVDQBmlQ0AuJUNAL2VDQAQlg0AFpYNAEBQFABtlg0AwJYNAMaWDQAYlw0A1pYNAOibDQAklw0AcJcNAIiXDQDIlw0AzJcNAICZDQDUlw0AIJgNACaYDQB4mA0AfpgNANCYDQDVmA0AKJkNAC6ZDQBIURQAgpkNANiZDQDemQ0AMJoNAD2aDQBQUhQAlZoNAOCaDQD3mg0AOJsNAFSbDQCQmw0AmJsNAKhSFADpmw0AQJwNAE6cDQCYnA0AqZwNAPCcDQD8nA0ASJ0NAGCdDQCgnQ0ApJ0NAFifDQCsnQ0A+J0NAP6dDQBQng0AVp4NAKieDQCtng0AAJ8NAAafDQAAUxQAWp8NALCfDQC2nw0ACKANABWgDQAIVBQAbaANALigDQDPoA0AEKENACyhDQBooQ0AcKENAGBUFADCoQ0AGKINAB6iDQBwog0Ac6INAMiiDQDUog0AIKMNADyjDQB4ow0AgKMNALhUFADTow0AKKQNADSkDQCApA0AhqQNANikDQDwpA0AMKUNADSlDQDopg0AN6UNAGCrDQA8pQ0AiKUNAD2lDQBQqQ0AjqUNAOClDQDmpQ0AOKYNAD2mDQCQpg0AlqYNABBVFADqpg0AQKcNAEanDQCYpw0ApacNABhWFAD9pw0ASKgNAF+oDQCgqA0AvKgNAPioDQAAqQ0AcFYUAFWpDQCoqQ0AsqkNAACqDQAOqg0AWKoNAGeqDQCwqg0AvKoNAMhWFAAQqw0AIFcUAGyrDQC4qw0AuasNABCsDQAWrA0AaKwNAHSsDQDArA0Az6wNABitDQAarQ0AcK0NAHqtDQDIrQ0A1K0NACCuDQAnrg0AeFcUAICuDQDQVxQA2q4NACivDQA0rw0AgK8NAJavDQDYrw0A5K8NADCwDQBDsA0AiLANAJawDQDgsA0A6rANAChYFABAsQ0AgFgUAKaxDQDosQ0A9LENAECyDQBNsg0AmLINAKKyDQDwsg0A8rINAEizDQBSsw0AoLMNAK6zDQD4sw0A/bMNAFC0DQBdtA0AqLQNALC0DQAAtQ0AELUNAFi1DQBatQ0AsLUNALm1DQAItg0AGbYNAGC2DQBqtg0A2FgUAMS2DQAQtw0AJ7cNAGi3DQCDtw0AMFkUANm3DQAYuA0AHrgNAHC4DQB6uA0AiFkUAMq4DQAguQ0AMbkNAHi5DQCAuQ0A0LkNAJS5DQAQ4w0A3LkNACi6DQAuug0AgLoNAIa6DQDYug0A3boNADC7DQA2uw0A4FkUAKS7DQDguw0A6LsNAOhaFABGvA0AkLwNAKG8DQDovA0A+bwNAEC9DQBMvQ0AmL0NAJ+9DQBAWxQAAb4NAEi+DQBZvg0AoL4NAKy+DQD4vg0A/74NAJhbFABSvw0AqL8NAKm/DQAAwA0ACMANAFjADQBdwA0AsMANALnADQAIwQ0AEsENAGDBDQBowQ0AuMENAL3BDQAQwg0AIMINAGjCDQBwwg0AwMINANbCDQAYww0AJMMNAHDDDQCGww0AyMMNAM3DDQAgxA0AJsQNAHjEDQCMxA0A8FsUAObEDQAoxQ0ANsUNAIDFDQCNxQ0A2MUNANrFDQAwxg0AOsYNAIjGDQCUxg0A4MYNAOfGDQA4xw0AQMcNAJDHDQCpxw0A6McNAPzHDQBAyA0ASMgNAJjIDQCayA0A8MgNAP3IDQBIyQ0ATckNAKDJDQCqyQ0A+MkNAAPKDQBQyg0AXMoNAKjKDQCuyg0AAMsNAAjLDQBYyw0AWcsNALDLDQC2yw0ACMwNAA3MDQBgzA0Ab8wNALjMDQDEzA0AEM0NABPNDQBozQ0Aa80NAEhcFADFzQ0AGM4NADTODQCgXBQAkM4NAMjODQDQzg0A+FwUACbPDQB4zw0AhM8NAFBdFADWzw0AKNANADTQDQC4XxQAgtANANjQDQDi0A0AMNENADLRDQCI0Q0AmdENAODRDQDo0Q0AONINAETSDQCQ0g0AltINAOjSDQDu0g0AQNMNAEXTDQCY0w0AntMNABBgFADy0w0ASNQNAE7UDQCg1A0Ao9QNAPjUDQAE1Q0AUNUNAFjVDQAYYRQArtUNAADWDQAG1g0AWNYNAF3WDQCw1g0AttYNAHBhFAAK1w0AYNcNAGnXDQC41w0Az9cNABDYDQAb2A0AaNgNAHLYDQDA2A0AyNgNAHhiFAAl2Q0AcNkNAHjZDQDI2Q0A0tkNACDaDQAr2g0AeNoNAH7aDQDQ2g0A3NoNACjbDQAq2w0AgNsNAIfbDQDY2w0A4NsNADDcDQBC3A0A0GIUAMjcDQDg3A0A6NwNADjdDQBb3Q0A2GMUAJLdDQDo3Q0A9d0NAEDeDQBH3g0AmN4NAKneDQDw3g0A/N4NAEjfDQBP3w0AoN8NAKHfDQBQAQ4AqN8NADBkFAAL4A0AUOANAF/gDQCo4A0AtOANAADhDQAB4Q0AWOENAGLhDQCw4Q0AvuENAAjiDQAN4g0AYOINAG3iDQCIZBQAwOINAOBkFAAY4w0AOGUUAHbjDQDA4w0Az+MNABjkDQA45A0AcOQNAHzkDQDI5A0Az+QNACDlDQAo5Q0AeOUNAHrlDQDQ5Q0A2uUNAEBmFAAy5g0AgOYNAIjmDQCYZhQA4uYNADDnDQA45w0A8GYUAMnnDQDg5w0A6OcNADjoDQBW6A0ASGcUAJXoDQB44g4AnOgNAJgBEQCe6A0A6OgNAO/oDQAw4Q8A+OgNAEDpDQBQ6Q0AmOkNAKTpDQDw6Q0A9ukNAEjqDQBk6g0AoOoNAKjqDQCgZxQADOsNAFDrDQBa6w0AqOsNALTrDQAA7A0ACOwNAPhnFABj7A0AsOwNALLsDQAI7Q0ADu0NAGDtDQBo7Q0AUGgUALrtDQAQ7g0AE+4NAGjuDQBw7g0AwO4NANDuDQAY7w0AGu8NAHDvDQB+7w0AyO8NANnvDQCoaBQAJ/ANAABpFAB+8A0A0PANANXwDQAo8Q0ALvENAFhpFACK8Q0A2PENANrxDQAw8g0AQ/INAIjyDQCQ8g0A4PINAOzyDQA48w0APvMNAJDzDQCW8w0A6PMNAO3zDQBA9A0ARvQNAGBqFACh9A0A8PQNAP30DQBI9Q0AT/UNAKD1DQCo9Q0AuGoUAAT2DQBQ9g0AWvYNAKj2DQC09g0AAPcNAA/3DQBY9w0AYvcNALD3DQC89w0ACPgNAA/4DQAQaxQAY/gNANDcEABm+A0AuPgNAG/4DQBg0Q8AcfgNABDrDgDE+A0AEPkNABj5DQBoaxQAdPkNAMD5DQDK+Q0AGPoNACT6DQBw+g0Af/oNAMj6DQDS+g0AIPsNACz7DQB4+w0Af/sNAMBrFADe+w0AKPwNAPD7DQA4wQ8AP/wNAID8DQCN/A0A2PwNANr8DQAw/Q0AQf0NAIj9DQCk/Q0A4P0NAOj9DQAYbBQAUf4NAJD+DQCk/g0A6P4NAPD+DQBA/w0AQ/8NAJj/DQCm/w0A8P8NAAcADgBIAA4AVQAOAKAADgCiAA4A+AAOAAkBDgBwbBQAVgEOAKgBDgCtAQ4AAAIOABYCDgBYAg4AZgIOALACDgCzAg4ACAMOABQDDgBgAw4AZgMOALgDDgDEAw4AEAQOADwEDgBoBA4AdAQOAMAEDgDPBA4AGAUOACIFDgBwBQ4AfgUOAMgFDgDNBQ4AIAYOAC0GDgDIbBQAegYOANAGDgDeBg4AKAcOADUHDgCABw4AkgcOACBtFADnBw4AMAgOADwIDgCICA4AoQgOAOAIDgDiCA4AOAkOAEcJDgCQCQ4AsAkOAOgJDgDwCQ4AQAoOAGMKDgB4bRQAnQoOAPAKDgDzCg4ASAsOAFILDgCgCw4AqAsOAPgLDgD+Cw4AUAwOAFwMDgCoDA4AtwwOAAANDgAMDQ4AWA0OAGUNDgCwDQ4Aug0OAAgODgAQDg4AYA4OAG8ODgC4Dg4Aug4OABAPDgAhDw4AaA8OAHkPDgDADw4AyA8OABgQDgApEA4AcBAOAHIQDgDIEA4AyxAOACARDgAqEQ4AeBEOAJwRDgDQEQ4A7BEOANBtFAAuEg4AgBIOAIUSDgDYEg4A5xIOADATDgA8Ew4AiBMOAIsTDgDgEw4A4xMOADgUDgBAFA4AkBQOAJ8UDgDoFA4A7RQOAEAVDgBWFQ4AmBUOAJkVDgDwFQ4AARYOAEgWDgBUFg4AoBYOAKoWDgD4Fg4ABBcOAFAXDgBXFw4AKG4UAKwXDgAAGA4ADhgOAFgYDgBiGA4AsBgOALsYDgAIGQ4AEBkOAGAZDgBsGQ4AuBkOAMsZDgAQGg4AHhoOAGgaDgByGg4AwBoOAMgaDgAYGw4AJxsOAHAbDgB1Gw4AyBsOAM8bDgAgHA4ALBwOAIBuFACEHA4A0BwOANMcDgAoHQ4AKx0OAIAdDgCIHQ4AiLIQAJodDgDYHQ4A5B0OADAeDgBDHg4AiB4OAJYeDgDgHg4A6h4OADgfDgBbHw4A2G4UAJofDgDoHw4A9B8OAEAgDgBHIA4AmCAOAKAgDgDwIA4A9CAOAEghDgBWIQ4AoCEOAKohDgD4IQ4AAyIOAFAiDgBYIg4AqCIOALciDgAAIw4ABSMOAFgjDgBfIw4AsCMOALwjDgAIJA4AECQOADBvFAB2JA4A0LsQAHkkDgC4JA4AwiQOABAlDgAcJQ4AaCUOAGslDgDAJQ4AyiUOABgmDgAbJg4AcCYOAIAmDgDIJg4AyiYOACAnDgAuJw4AeCcOAIknDgCIbxQA1ycOAOBvFABBKA4AgCgOAIooDgDYKA4A5CgOADApDgAzKQ4AiCkOAJIpDgA4cBQA5SkOADgqDgBYKg4AkCoOAJgqDgCQcBQA9ioOAEArDgBWKw4AmCsOAKQrDgDwKw4A9ysOAEgsDgBQLA4AoCwOAKUsDgD4LA4AAS0OAFAtDgBaLQ4AqC0OALAtDgAALg4ADi4OAFguDgBlLg4AsC4OALguDgDocBQAGC8OAGAvDgBoLw4AQHEUAL8vDgAQMA4AHDAOAGgwDgBvMA4AwDAOAMgwDgAYMQ4AIjEOAHAxDgB+MQ4AyDEOAN4xDgAgMg4ALDIOAHgyDgB9Mg4A0DIOANkyDgAoMw4AMjMOAIAzDgCIMw4A2DMOAN0zDgAwNA4AQDQOAIg0DgCQNA4AmHEUAO40DgA4NQ4ATjUOAJA1DgCcNQ4A6DUOAO81DgBANg4ASDYOAJg2DgCdNg4A8DYOAPk2DgBINw4AUjcOAKA3DgCoNw4A+DcOAPo3DgAARA4ABjgOAFA4DgBdOA4AqDgOALA4DgDwcRQADDkOAFg5DgBbOQ4AsDkOALo5DgBIchQAFjoOAGA6DgB2Og4AuDoOAMQ6DgAQOw4AFzsOAGg7DgBwOw4AwDsOAMU7DgAYPA4AITwOAHA8DgB6PA4AyDwOANA8DgAgPQ4AIj0OAHg9DgCIPQ4A0D0OANo9DgAoPg4AND4OAIA+DgCGPg4A+HIUAOY+DgAwPw4ARj8OAIg/DgCUPw4A4D8OAOU/DgA4QA4AQUAOAJBADgCaQA4A6EAOAPBADgBAQQ4AYkEOAFBzFACnQQ4A8EEOAPxBDgBIQg4ASUIOAKBCDgCqQg4A+EIOAAZDDgBQQw4AVUMOAKhDDgC1Qw4AqHMUABBEDgBYRA4AYkQOALBEDgC8RA4ACEUOAA5FDgBgRQ4AaEUOALB0FAC9RQ4AEEYOABhGDgBoRg4AdEYOALhQDgCBRg4AwEYOAMxGDgAYRw4AIEcOAAh1FAB9Rw4AyEcOANBHDgAgSA4ALkgOAHhIDgCFSA4A0EgOANNIDgAoSQ4AMkkOAIBJDgCCSQ4A2EkOAOVJDgAwSg4AP0oOAIhKDgCUSg4A4EoOAOhKDgBgdRQASEsOAJBLDgCYSw4A6EsOAPRLDgBATA4ARkwOAJhMDgCeTA4A8EwOAPVMDgBITQ4ATk0OALh1FACtTQ4A+E0OAP1NDgBQTg4AWk4OAKhODgCwTg4AAE8OAAxPDgBYTw4Aa08OALBPDgC+Tw4ACFAOAAtQDgBgUA4AalAOABB2FADLUA4AEFEOAB5RDgBoUQ4Aa1EOAMBRDgDKUQ4AaHYUAB1SDgBwUg4AJlIOABByDgB4Ug4AyFIOANRSDgAgUw4AJlMOAHhTDgAzUw4AqG8OAH5TDgDQUw4A1VMOAChUDgAuVA4AwHYUAIZUDgDYVA4A3VQOADBVDgA2VQ4AGHcUAJZVDgDgVQ4A+1UOADhWDgBEVg4AkFYOAJdWDgBwdxQA8VYOAEBXDgBNVw4AmFcOAKRXDgDwVw4AA1gOAEhYDgBJWA4AoFgOAKxYDgD4WA4AB1kOAFBZDgBaWQ4AqFkOALRZDgAAWg4AB1oOAMh3FABeWg4AsFoOALZaDgAIWw4ADVsOAGBbDgBmWw4AeHgUAMFbDgAQXA4AHVwOAGhcDgBsXA4AwFwOAMJcDgAYXQ4AJV0OAHBdDgB6XQ4A0HgUAM9dDgAgXg4AKF4OAHheDgCEXg4A0F4OAONeDgAoXw4AN18OAIBfDgCMXw4A2F8OANlfDgAwYA4AOmAOAIhgDgCWYA4A4GAOAOVgDgA4YQ4ARWEOACh5FACcYQ4A6GEOAO5hDgBAYg4ARmIOAJhiDgCdYg4A8GIOAPZiDgCAeRQATWMOAKBjDgCqYw4AMHoUAABkDgBQZA4AXWQOAKhkDgCtZA4AAGUOAAplDgBYZQ4AYGUOALBlDgC8ZQ4ACGYOABtmDgBgZg4AYWYOALhmDgDEZg4AEGcOAB9nDgBoZw4AcmcOAMBnDgDIZw4AGGgOABpoDgCIehQAeWgOAMhoDgDXaA4AIGkOAC9pDgB4aQ4AhGkOANBpDgDTaQ4AKGoOACtqDgDgehQAgmoOANhqDgDbag4AMGsOADhrDgCIaw4AlWsOAOBrDgDlaw4AOGwOAEJsDgCQbA4AmGwOAOhsDgD0bA4AQG0OAFNtDgCYbQ4AmW0OAPBtDgD8bQ4ASG4OAFduDgCgbg4Aqm4OAPhuDgAEbw4AUG8OAFdvDgA4exQAt28OAABwDgAMcA4AWHAOAFlwDgCwcA4AunAOAAhxDgAWcQ4AYHEOAGVxDgC4cQ4AxXEOAJB7FAAhcg4A6HsUAHVyDgDAcg4AznIOABhzDgApcw4AcHMOAJJzDgBAfBQAzXMOACB0DgDOcw4AgKwOACh0DgB4dA4AeXQOAPB4DgB7dA4A+HkOAH10DgDodw4AfnQOAFh7DgB/dA4A4HYOAId0DgDQdA4AkXQOAHB+DgDVdA4AKHUOADV1DgCAdQ4AjXUOANh1DgDkdQ4AMHYOAD92DgCIdg4AknYOAJh8FADudg4AOHcOADp3DgCQdw4AoXcOAPB8FADpdw4AQHgOAEx4DgCYeA4ApXgOAEh9FAD+eA4ASHkOAFV5DgCgeQ4At3kOAKB9FAABeg4AuHwOAAJ6DgBQeg4AUnoOAKh6DgCueg4AAHsOAAp7DgD4fRQAZHsOALB7DgCyew4ACHwOABd8DgBgfA4Aa3wOAFB+FADHfA4AEH0OAB99DgBofQ4AdH0OAMB9DgDMfQ4AGH4OAB9+DgCofhQAfH4OAMh+DgDQfg4AAH8UADl/DgB4fw4AiX8OANB/DgDcfw4AWH8UAC+ADgCAgA4AiIAOANiADgDZgA4AMIEOADaBDgCIgQ4AjYEOAOCBDgDhgQ4AOIIOAESCDgCQgg4AloIOAOiCDgDygg4AQIMOAE6DDgDAiA4AVIMOAJiDDgCggw4AsH8UAACEDgBIhA4AUIQOAKCEDgCphA4A+IQOAK2EDgC4hw4ABYUOAFCFDgBXhQ4AqIUOALSFDgAAhg4AEIYOAFiGDgBmhg4AsIYOAL2GDgAIhw4AFIcOAGCHDgBnhw4ACIAUAMGHDgAQiA4AIYgOAGiIDgB5iA4AYIAUAMyIDgAYiQ4AG4kOAHCJDgB4iQ4AyIkOAM2JDgAgig4AMIoOAHiKDgCAig4A0IoOANmKDgAoiw4A3YoOAOiNDgA1iw4AgIsOAIeLDgDYiw4A5IsOADCMDgBAjA4AiIwOAJaMDgDgjA4A7YwOADiNDgBEjQ4AkI0OAJeNDgC4gBQA8Y0OAECODgBRjg4AmI4OAKmODgAQgRQA9Y4OAEiPDgBVjw4AoI8OAKyPDgD4jw4AApAOAFCQDgBkkA4AqJAOAKmQDgAAkQ4ADJEOAFiRDgB3kQ4AsJEOALiRDgAIkg4ADZIOAGCSDgB5kg4AuJIOAOSSDgAQkw4AHJMOAGiTDgB3kw4AwJMOAMqTDgAYlA4AIJQOAHCUDgB7lA4AyJQOAMqUDgAglQ4AI5UOAHiVDgCAlQ4A0JUOAN2VDgAolg4ALZYOAICWDgCIlg4A2JYOANqWDgAwlw4AOpcOAIiXDgCSlw4A4JcOAOaXDgA4mA4ARpgOAJCYDgCpmA4A6JgOAPGYDgBAmQ4ASpkOAJiZDgCkmQ4AaIEUAPyZDgBImg4AUpoOAKCaDgCrmg4A+JoOAP2aDgBQmw4AV5sOAKibDgCwmw4AAJwOAC2cDgDAgRQAX5wOALCcDgC4nA4ACJ0OADWdDgBgnQ4AZZ0OALidDgC5nQ4AEJ4OABqeDgBong4Adp4OAMCeDgDFng4AGJ8OACWfDgBwnw4AjJ8OAMifDgDknw4AGIIUAC2gDgB4oA4AfKAOANCgDgDWoA4AKKEOACqhDgCAoQ4AgaEOANihDgD7oQ4AMKIOAFSiDgCIog4AtaIOAOCiDgDoog4AOKMOAD2jDgCQow4AnaMOAOijDgDwow4AQKQOAEKkDgCYpA4AoKQOAPCkDgAdpQ4ASKUOAFWlDgCgpQ4ApaUOAPilDgAFpg4AUKYOAFymDgCopg4A1aYOAACnDgAIpw4AWKcOAHOnDgCwpw4AsqcOAAioDgAZqA4AYKgOAGmoDgC4qA4AxKgOAHCCFAAdqQ4AaKkOAIOpDgDAqQ4AxakOABiqDgA4qg4AcKoOAHyqDgDIqg4A0KoOAMiCFAAuqw4AeKsOAIKrDgDQqw4A26sOACisDgAwrA4AeIMUAImsDgDYrA4A4qwOADCtDgA7rQ4AiK0OAJytDgDgrQ4A9a0OADiuDgBArg4AkK4OAKeuDgDorg4A7a4OAECvDgBKrw4AmK8OAKCvDgDQgxQA8q8OAEiwDgBZsA4AoLAOAKOwDgD4sA4ABLEOACiEFABesQ4AqLEOALmxDgCAhBQAA7IOAFiyDgBbsg4AsLIOALyyDgAIsw4ADrMOAGCzDgBqsw4A2IQUAMWzDgAQtA4AJ7QOAGi0DgBwtA4AMIUUAMa0DgAYtQ4AHrUOAHC1DgCItQ4AyLUOAMq1DgAgtg4AI7YOAHi2DgB7tg4A0LYOANy2DgAotw4ALrcOAIC3DgCKtw4A4IUUAN23DgAwuA4APbgOADiGFACYuA4A4LgOAOy4DgA4uQ4APrkOAJC5DgCcuQ4A6LkOAJ65DgBwJRIA9bkOAEC6DgBPug4AmLoOAKS6DgDwug4A+LoOAJCGFABQuw4AoLsOAKK7DgD4uw4AB7wOAFC8DgBavA4AqLwOALG8DgAAvQ4AAr0OAFi9DgBpvQ4AsL0OAMW9DgAIvg4AEL4OAGC+DgCivg4AuL4OAMC+DgAQvw4AHL8OAGi/DgB7vw4AwL8OAMG/DgAYwA4AJMAOAHDADgB/wA4AyMAOANLADgAgwQ4ALMEOAHjBDgB/wQ4AQIcUAOzBDgCYhxQAK8IOAIDCDgCIwg4A2MIOAOXCDgAwww4ANcMOAIjDDgCSww4A4MMOAOjDDgA4xA4AQsQOALDIDgBIxA4AwMoOAGXEDgCQxA4AmsQOAOjEDgCgxA4AoMYOAO7EDgBAxQ4AScUOAJjFDgCkxQ4A8MUOAB3GDgBIxg4AZMYOAEiIFACixg4A+MYOAAnHDgBQxw4AU8cOAKjHDgC0xw4AAMgOAC3IDgBYyA4AdMgOAKCIFAC2yA4ACMkOABHJDgBgyQ4AaskOALjJDgDDyQ4AEMoOACTKDgBoyg4AhMoOAPiIFADCyg4AGMsOACnLDgBwyw4Ac8sOAMjLDgDcyw4AIMwOADzMDgBQiRQAgMwOAKiJFADazA4AKM0OADHNDgCAzQ4Ags0OANjNDgDpzQ4AMM4OAFTODgAAihQAos4OAFiKFADlzg4AOM8OAFHPDgCQzw4Ams8OAOjPDgDqzw4AQNAOAE7QDgCY0A4ApdAOAPDQDgD80A4ASNEOAE/RDgCg0Q4AqNEOALCKFAAA0g4ACIsUAFzSDgCo0g4AxdIOAADTDgAJ0w4AWNMOAGbTDgCw0w4AttMOAAjUDgAU1A4AYNQOAGfUDgC41A4AwNQOABDVDgAa1Q4AaNUOAHTVDgDA1Q4Aw9UOABjWDgAi1g4AuIsUAHXWDgDI1g4A49YOACDXDgAs1w4AeNcOAH7XDgDQ1w4A0tcOACjYDgA/2A4AgNgOAIzYDgDY2A4A4NgOAGiMFABA2Q4AiNkOAJDZDgDAjBQA7NkOADjaDgA+2g4AkNoOAJbaDgDo2g4A7doOAEDbDgBG2w4AGI0UAKLbDgDw2w4A+NsOAMiNFABO3A4AoNwOAKjcDgD43A4ABd0OAFDdDgBc3Q4AqN0OAKrdDgAA3g4ABt4OAFjeDgBg3g4AII4UAL3eDgAI3w4AD98OAGDfDgBo3w4AuN8OAL3fDgAQ4A4AIOAOAGjgDgBw4A4AwOAOAM7gDgAY4Q4AJeEOAHDhDgBx4Q4AyOEOANHhDgAg4g4AKuIOAHiOFACE4g4A0OIOANPiDgAo4w4AMOMOAIDjDgCN4w4A2OMOAN3jDgAw5A4AOuQOAIjkDgCQ5A4A4OQOAOzkDgA45Q4AS+UOAJDlDgCe5Q4A6OUOAOvlDgBA5g4ASuYOANCOFACd5g4A8OYOAPzmDgBI5w4AS+cOAKDnDgCo5w4A+OcOAAXoDgBQ6A4AVegOAKjoDgCy6A4AAOkOAAjpDgBY6Q4AZOkOALDpDgDD6Q4ACOoOABbqDgBg6g4AY+oOALjqDgDC6g4AKI8UABbrDgBo6w4AdOsOAMDrDgDC6w4AGOwOAB/sDgBw7A4AhOwOAMjsDgDQ7A4AIO0OACztDgB47Q4Ai+0OANDtDgDe7Q4AKO4OACvuDgCA7g4Aiu4OANjuDgDb7g4AgI8UAEvvDgCI7w4Aiu8OAODvDgDu7w4AOPAOAEnwDgCQ8A4AkvAOAOjwDgAB8Q4AQPEOAFHxDgCY8Q4ApPEOANiPFAD58Q4ASPIOAFXyDgCg8g4AqvIOAPjyDgAG8w4AUPMOAGbzDgCo8w4AtPMOAAD0DgAM9A4AWPQOAGv0DgCw9A4Av/QOAAj1DgAU9Q4AYPUOAGH1DgC49Q4AwvUOABD2DgAe9g4AaPYOAG32DgDA9g4AzfYOADCQFAAm9w4AcPcOAIb3DgDI9w4A1PcOACD4DgAn+A4AePgOAID4DgDQ+A4A1fgOACj5DgAx+Q4AgPkOAIr5DgDY+Q4A4PkOADD6DgA0+g4AiPoOAIr6DgDg+g4A7voOADj7DgBC+w4AkPsOAJ77DgDo+w4A9fsOAED8DgBX/A4AmPwOAKD8DgDw/A4AAP0OAEj9DgBN/Q4AoP0OAKb9DgD4/Q4AAP4OAFD+DgBV/g4AqP4OAKn+DgAA/w4ADP8OAFj/DgBe/w4AsP8OALL/DgAIAA8AEgAPAGAADwBuAA8AuAAPAL0ADwAQAQ8AHQEPADiRFABuAQ8AwAEPAMUBDwAYAg8AHgIPAJCRFAB1Ag8AyAIPANUCDwAgAw8ALQMPAHgDDwCEAw8A0AMPAN8DDwAoBA8AMgQPAIAEDwCOBA8A2AQPAN0EDwAwBQ8APQUPAIgFDwCQBQ8AmJIUAOwFDwA4Bg8ASAYPAJAGDwCZBg8A6AYPAOsGDwBABw8ATAcPAJgHDwCfBw8A8JIUAPUHDwBICA8AVQgPAKAIDwCtCA8A+AgPAAQJDwBQCQ8AXwkPAKgJDwCyCQ8AAAoPAA4KDwBYCg8AXQoPALAKDwC9Cg8ACAsPABALDwBIkxQAbAsPALgLDwDICw8AEAwPABkMDwBoDA8AawwPAMAMDwDMDA8AGA0PAB8NDwCgkxQAdQ0PAMgNDwDRDQ8AkNkSANUNDwAgDg8ALQ4PAHgODwCEDg8A0A4PAN8ODwAoDw8AMg8PAIAPDwCODw8A2A8PAN0PDwAwEA8APRAPAIgQDwCQEA8A+JMUAOwQDwA4EQ8ASBEPAJARDwCZEQ8A6BEPAOsRDwBAEg8ATBIPAJgSDwCfEg8AUJQUAAcTDwBIEw8AThMPAKATDwCsEw8A+BMPAA8UDwBQFA8AUhQPAKgUDwCyFA8AABUPAAwVDwBYFQ8AZBUPALAVDwC2FQ8ACBYPAA4WDwBgFg8AZRYPALgWDwC+Fg8AqJQUAB4XDwBoFw8AdRcPAMAXDwDXFw8AGBgPACAYDwBwGA8AcxgPAMgYDwDUGA8AIBkPADEZDwB4GQ8AhBkPANAZDwDfGQ8AKBoPADIaDwCAGg8AjBoPANgaDwDfGg8AMBsPADgbDwCIGw8AkhsPAOAbDwDsGw8AOBwPADscDwCQHA8AmhwPAACVFAACHQ8AWJUUAEodDwCYHQ8Amh0PAPAdDwD2HQ8ASB4PAFIeDwCgHg8AqB4PAAiWFAD7Hg8AkLARAAMfDwBQHw8AUR8PAKgfDwCyHw8AACAPACsgDwBglhQAaCAPALAgDwCyIA8ACCEPABYhDwBgIQ8AcSEPALiWFAC+IQ8AECIPABwiDwBoIg8AaiIPAMAiDwDDIg8AGCMPAB0jDwBwIw8AfSMPAMgjDwDkIw8AICQPACgkDwBolxQAhSQPANAkDwDrJA8AKCUPAColDwCAJQ8AkSUPANglDwDmJQ8AMCYPADcmDwCIJg8AkCYPAOAmDwDlJg8AOCcPAEEnDwCQJw8AmicPAOgnDwDpJw8AQCgPAEkoDwCYKA8AoigPAPAoDwD4KA8ASCkPAFgpDwCgKQ8ApikPAPgpDwD9KQ8AUCoPAGYqDwCoKg8AsCoPAAArDwADKw8AWCsPAA8rDwC4LA8AeCsPALArDwC+Kw8ACCwPAAksDwDAlxQAcCwPABiYFADJLA8AEC0PABwtDwBoLQ8Aai0PAMAtDwDNLQ8AcJgUAB4uDwBwLg8AkC4PAMguDwDQLg8AyJgUANQuDwA4SA8AIy8PAHgvDwCCLw8AIJkUANkvDwAoMA8APjAPAIAwDwCWMA8A2DAPANowDwAwMQ8ANjEPAIgxDwCcMQ8A0JkUAO0xDwAomhQAPzIPAJAyDwCYMg8A6DIPAPIyDwBAMw8ATDMPAJgzDwCbMw8A8DMPAPozDwCAmhQAUTQPAKA0DwC2NA8A+DQPAA41DwBQNQ8AUjUPAKg1DwCuNQ8AADYPABQ2DwAwmxQAWjYPALA2DwBoNg8AiCgSANA2DwCImxQADzcPAGA3DwBoNw8AuDcPAMI3DwAQOA8AHDgPAGg4DwBrOA8AwDgPAMo4DwDgmxQAITkPAHA5DwCGOQ8AyDkPAN45DwAgOg8AIjoPAHg6DwB+Og8A0DoPAOQ6DwCQnBQAKjsPAIA7DwCOOw8A2DsPAOk7DwDonBQANzwPAECdFACUPA8A4DwPAOM8DwA4PQ8AQj0PAPCdFACZPQ8A6D0PAP49DwBAPg8AVj4PAJg+DwCaPg8A8D4PAPY+DwBIPw8AXD8PAKCeFACsPw8A+D8PAPo/DwBQQA8AcEAPAPieFACyQA8AAEEPAAxBDwBYQQ8AW0EPALBBDwC6QQ8AUJ8UABFCDwBgQg8AdkIPALhCDwDOQg8AEEMPABJDDwBoQw8AbkMPAMBDDwDUQw8AAKAUABxEDwBwRA8AeEQPAMhEDwDSRA8AIEUPACxFDwB4RQ8Ae0UPANBFDwDaRQ8AWKAUADFGDwCARg8AlkYPANhGDwDuRg8AMEcPADJHDwCIRw8AjkcPAOBHDwD0Rw8ACKEUAD9IDwCQSA8AmEgPAOhIDwDySA8AQEkPAExJDwCYSQ8Am0kPAPBJDwD6SQ8AYKEUAFFKDwCgSg8AtkoPAPhKDwAOSw8AUEsPAFJLDwCoSw8ArksPAABMDwAUTA8AEKIUAGBMDwCwTA8AdEwPAMAFFQC2TA8AcIMQAMBMDwAITQ8AwUwPAOD0EADJTA8AKPMQAApNDwBgTQ8Abk0PALhNDwDJTQ8AaKIUABdODwDAohQAcU4PAGhhEAB0Tg8AwE4PAMNODwAYTw8AIU8PAHBPDwCBTw8AyE8PANJPDwAgUA8AKFAPAHhQDwA8UA8AeLsQAHtQDwDQUA8A2VAPAChRDwA+UQ8AgFEPAJZRDwDYUQ8A2lEPADBSDwA2Ug8AiFIPAJxSDwAYoxQAAlMPAABJEAAIUw8AOFMPAGBTDwBwoxQAllMPAOg6EACcUw8ASFUPAJ1TDwCgPBAAn1MPAJg7EACgUw8A6FMPAOpTDwBAVA8ATlQPAJhUDwCpVA8AyKMUAPhUDwAgpBQATlUPAKBVDwCmVQ8A+FUPAP1VDwBQVg8AVlYPAHikFAC0Vg8AAFcPAAhXDwAopRQAZFcPALBXDwC6Vw8ACFgPABFYDwBgWA8AYVgPALhYDwDAWA8AEFkPABVZDwBoWQ8AeFkPANilFADMWQ8AGFoPABpaDwBwWg8AdloPAMhaDwDPWg8AIFsPACVbDwB4Ww8AfFsPANBbDwDdWw8AKFwPADBcDwCAXA8AhVwPANhcDwDoXA8AMKYUAEFdDwCIXQ8AlF0PAOBdDwDvXQ8AOF4PAEJeDwCQXg8Anl4PAOheDwD1Xg8AQF8PAFdfDwCIphQAm18PADinFADzXw8ASGAPAPdfDwDQuhQAUGAPAKBgDwDIYA8A+GAPACBhDwBQYQ8AeGEPAJCnFACxYQ8AAGIPAAFiDwBYYg8AZ2IPALBiDwBuYg8AaGQPAMFiDwAIYw8ACmMPAGBjDwBjYw8AuGMPALtjDwAQZA8AGGQPAJioFABtZA8AwGQPAMdkDwAYZQ8AIWUPAHBlDwCBZQ8AyGUPANRlDwAgZg8AKGYPAPCoFAB+Zg8A0GYPANdmDwAoZw8ALWcPAIBnDwCEZw8A2GcPAOVnDwAwaA8AP2gPAIhoDwCZaA8A4GgPAOJoDwA4aQ8AO2kPAJBpDwCTaQ8A6GkPAPBpDwBIqRQARWoPAOC1DwBLag8ASAoSAExqDwCYag8Am2oPAPBqDwD6ag8AoKkUAFFrDwCgaw8Ar2sPAPhrDwAHbA8AUGwPAFxsDwCobA8Aq2wPAABtDwADbQ8A+KkUAFttDwCwbQ8A2G0PAFCqFAAQbg8AqKoUAGhuDwAAqxQAxm4PABBvDwAhbw8AaG8PAHRvDwDAbw8A428PABhwDwAbcA8AcHAPAJRwDwDIcA8A0HAPALCrFAAicQ8AeHEPAIZxDwDQcQ8A4XEPAAisFAAvcg8AYKwUAIJyDwDYcg8A6XIPADBzDwA4cw8AqMEQAExzDwAQrRQAkHMPAGitFADlcw8AOHQPAEV0DwCQdA8Ak3QPAOh0DwDtdA8AQHUPAFF1DwCYdQ8ApHUPAMCtFAD1dQ8ASHYPAFl2DwCgdg8ArHYPAPh2DwASdw8AUHcPAFR3DwBgeQ8AV3cPAMh7DwBadw8AKH0PAFx3DwBoeg8AXncPAFh4DwBhdw8AqHcPAK13DwAAeA8AF3gPABiuFABleA8AsHgPAMB4DwAIeQ8ADXkPAHCuFABieQ8AuHkPAL55DwAQeg8AHXoPAMiuFABueg8AwHoPAMZ6DwAYew8AHXsPAHB7DwB2ew8AIK8UANR7DwAgfA8AOXwPAHh8DwCBfA8A0HwPAOd8DwB4rxQALn0PAIB9DwCCfQ8A2H0PAOd9DwAwfg8APH4PANCvFACKfg8A4H4PAPF+DwA4fw8ARn8PAJB/DwCXfw8A6H8PAOp/DwBAgA8ASoAPAJiADwCmgA8A8IAPAPWADwBIgQ8AVYEPAKCBDwCogQ8A+IEPAPyBDwBQgg8AUoIPAKiCDwCugg8AAIMPAA2DDwAosBQAZYMPALCDDwDHgw8ACIQPACSEDwCAsBQAbIQPALiEDwC5hA8AEIUPABaFDwBohQ8AdIUPAMCFDwDPhQ8AGIYPABqGDwBwhg8AeoYPAMiGDwDWhg8AIIcPACWHDwB4hw8AhYcPANCHDwDYhw8AKIgPACyIDwCAiA8AgogPANiIDwDeiA8AMIkPAD2JDwDYsBQAlYkPAOCJDwD3iQ8AOIoPAFSKDwAwsRQAmYoPAOiKDwD2ig8AQIsPAEqLDwCYiw8ApIsPAPCLDwDziw8ASIwPAGSMDwCgjA8AqIwPAIixFAAEjQ8AUI0PAFONDwCojQ8Aso0PADiyFAAJjg8AWI4PAGaODwCwjg8Auo4PAAiPDwAUjw8AYI8PAGiPDwDoshQAuo8PABCQDwAekA8AaJAPAHmQDwBAsxQAx5APAJizFAAdkQ8AcJEPAHiRDwDIkQ8AzpEPACCSDwApkg8AeJIPAIWSDwBItBQA1ZIPACiTDwDckg8A4JQPADGTDwCAkw8AipMPANiTDwDgkw8AMJQPAHeUDwCIlA8AkJQPAKC0FADmlA8AOJUPAD6VDwCQlQ8AmJUPAOiVDwAvlg8AQJYPAEiWDwD4tBQAoJYPAFC1FAD5lg8ASJcPAFaXDwCglw8AqpcPAPiXDwAEmA8AUJgPAFOYDwComA8AsJgPAAC2FAAMmQ8AWJkPAFuZDwCwmQ8AupkPAFi2FAAQmg8AsLYUAGyaDwC4mg8Au5oPAAi3FABZmw8AaJsPALGbDwBgtxQA0JsPABicDwAanA8AcJwPAH6cDwDInA8A2ZwPALi3FAA8nQ8AeJ0PAICdDwAQuBQA2J0PAGi4FAAung8AmBoQADueDwCAng8Aj54PANieDwDkng8AMJ8PADGfDwCInw8Akp8PAOCfDwDunw8AOKAPAD2gDwCQoA8AnaAPAMC4FAD2oA8AQKEPAE2hDwCYoQ8AoKEPABi5FAD8oQ8ASKIPAHSiDwCgog8ArKIPAPiiDwAHow8AUKMPAFqjDwCoow8AtqMPAACkDwAFpA8AWKQPAGWkDwCwpA8AuKQPAAilDwAWpQ8AYKUPAG2lDwC4pQ8AwKUPAHC5FAASpg8AyPEQAB6mDwBopg8AcqYPAMCmDwDMpg8AGKcPAB+nDwBwpw8AeKcPAMinDwDMpw8AIKgPAC6oDwB4qA8AgqgPANCoDwDbqA8AKKkPADCpDwCAqQ8AgqkPANipDwDgqQ8AMKoPAD2qDwCIqg8AjaoPAOCqDwDtqg8AOKsPAFarDwCQqw8AwasPAOirDwD0qw8AQKwPAEasDwCYrA8AnawPAPCsDwD4rA8ASK0PAFStDwCgrQ8As60PAPitDwAGrg8AUK4PAFquDwCorg8AsK4PAACvDwAPrw8AWK8PAF2vDwCwrw8At68PAAiwDwAUsA8AYLAPAHywDwC4sA8AwLAPAMi5FAASsQ8AaLEPAHaxDwDAsQ8AzbEPABiyDwAmsg8AcLIPAH2yDwDIsg8A37IPACCzDwAosw8AeLMPAIazDwDQsw8A3bMPACi0DwAwtA8AeLoUAI60DwDYtA8A2bQPACi7FAA8tQ8AiLUPAI+1DwCAuxQA57UPADi2DwA9tg8A2LsUAJi2DwAwvBQA8LYPAEC3DwAntw8AEKgSAEG3DwAQFBAAQ7cPACAWEABJtw8AmLcPAEq3DwCwEhAAULcPABgVEABetw8A4D4SAKW3DwDwtw8A+7cPAEi4DwBKuA8AoLgPAK24DwD4uA8A/7gPAFC5DwBhuQ8AqLkPALS5DwAAug8AB7oPAFi6DwBgug8AiLwUALa6DwAIuw8ADrsPAGC7DwBluw8AuLsPAL67DwDgvBQAHLwPAGi8DwByvA8AwLwPAMS8DwAYvQ8AJL0PAHC9DwB8vQ8AyL0PANW9DwAgvg8AKL4PAHi+DwCCvg8A0L4PANy+DwAovw8AK78PAIC/DwCKvw8AkL0UANq/DwAwwA8AM8APAIjADwCLwA8AQL4UAOjADwCYvhQARsEPAJDBDwCRwQ8A8L4UAPDBDwBIvxQARcIPAJjCDwCfwg8A8MIPAPXCDwCgvxQAUMMPAPi/FACoww8A+MMPAALEDwBQxA8AW8QPAKjEDwC2xA8AAMUPAAPFDwBYxQ8AYMUPALDFDwC6xQ8ACMYPABTGDwBgxg8AY8YPALjGDwDCxg8AUMAUAB7HDwBoxw8AfscPAMDHDwDMxw8AGMgPAB/IDwBwyA8AeMgPAMjIDwDNyA8AIMkPACnJDwB4yQ8AgskPANDJDwDYyQ8AKMoPACrKDwCAyg8AkMoPANjKDwDiyg8AMMsPADzLDwCIyw8AjssPAODLDwDoyw8AAMEUAEbMDwCQzA8AkcwPAFjBFADtzA8AsMEUAELNDwCYzQ8Amc0PAPDNDwDzzQ8ASM4PAFPODwCgzg8Apc4PAPjODwACzw8ACMIUAHTPDwCozw8AsM8PAGDCFAAC0A8AWNAPAGnQDwCw0A8AwdAPAAjRDwAL0Q8AuMIUAGbRDwC40Q8AvdEPABDSDwAT0g8AaNIPAGvSDwDA0g8AyNIPABDDFAAm0w8AcNMPAHPTDwDI0w8A09MPACDUDwAs1A8AeNQPAH/UDwDQ1A8A2NQPACjVDwDs1A8A6EUQADLVDwBo2hAANtUPAIDVDwCN1Q8A2NUPAODVDwBowxQAPNYPAIjWDwCL1g8A4NYPAOrWDwA41w8AQNcPAMDDFACc1w8A6NcPAO7XDwBA2A8AStgPAJjYDwCs2A8A8NgPAPjYDwAYxBQAVdkPAKDZDwCo2Q8A+NkPAPvZDwBQ2g8AXNoPAKjaDwCy2g8AANsPAAnbDwBY2w8AWdsPALDbDwDI2w8ACNwPAArcDwBg3A8AcdwPALjcDwDJ3A8AEN0PABjdDwBo3Q8Ad90PAMDdDwDC3Q8AGN4PACneDwBw3g8Agd4PAMjeDwDh3g8AIN8PACLfDwB43w8Ah98PANDfDwDw3w8AyMQUACrgDwCA4A8AoOAPANjgDwDs4A8AKMYUADjhDwCI4Q8AleEPAODhDwDl4Q8AOOIPAELiDwCQ4g8AmOIPAOjiDwDu4g8AQOMPAEnjDwCY4w8ApeMPAIDGFAD84w8ASOQPAE7kDwCg5A8ApuQPAPjkDwAB5Q8AUOUPAFHlDwCo5Q8AsuUPAADmDwAM5g8AWOYPAF/mDwDYxhQAuOYPADDHFAAQ5w8AiMcUAGrnDwC45w8AwOcPABDoDwAf6A8AaOgPAHnoDwDA6A8AwugPABjpDwAb6Q8AcOkPAHPpDwDI6Q8A8OkPACDqDwAy6g8AeOoPAITqDwDQ6g8A1uoPACjrDwAu6w8AgOsPAIXrDwDY6w8A3usPAODHFABS7A8AOMgUAJTsDwDg7A8A8OwPADjtDwA97Q8AkO0PAJbtDwDo7Q8A9O0PAEDuDwBI7g8AkMgUAKnuDwDw7g8AAe8PAEjvDwBa7w8AoO8PAKjvDwD47w8AA/APAFDwDwBV8A8AqPAPAK3wDwAA8Q8AIPEPAOjIFABo8Q8AsPEPALrxDwAI8g8AFPIPAGDyDwBm8g8AuPIPAMDyDwAQ8w8AEvMPAGjzDwAc8w8AQPkPAHnzDwDA8w8A0fMPABj0DwAq9A8AcPQPAHj0DwDI9A8A0/QPACD1DwAl9Q8AePUPAH31DwDQ9Q8A8PUPAEDJFAAq9g8AgPYPAI/2DwDY9g8A4/YPADD3DwBC9w8AiPcPAJD3DwDg9w8A6/cPADj4DwA9+A8AkPgPAJX4DwDo+A8ACPkPAJjJFABC+Q8AmPkPAKf5DwDw+Q8A+/kPAEj6DwBa+g8AoPoPAKj6DwD4+g8AA/sPAFD7DwBV+w8AqPsPAK37DwAA/A8AIPwPAPDJFABl/A8AsPwPAMf8DwBIyhQAFf0PAGD9DwB3/Q8AoMoUAMX9DwAQ/g8AF/4PAGj+DwB2/g8AwP4PAM3+DwAY/w8AL/8PAPjKFAB4/w8AUMsUAMr/DwAgABAALgAQAHgAEACJABAAqMsUAN0AEAAoARAAPwEQAADMFACKARAA2AEQAOQBEAAwAhAAMwIQAIgCEACSAhAAWMwUAPwCEACwzBQAQAMQAAjNFABNAxAAAL8RAJgDEADoAxAA6QMQALAHEADrAxAAoAUQAO8DEADoDhAA8gMQAEAEEAD3AxAAwAkQAPgDEAC4CBAARQQQADgOEABMBBAAmAQQAJsEEADwBBAA+gQQAGDNFABQBRAAuM0UAKkFEAD4BRAAwAUQANgMEAAGBhAAUAYQAFoGEACoBhAAtAYQAAAHEAADBxAAWAcQAGAHEAAQzhQAsgcQAAgIEAALCBAAYAgQAGMIEABozhQAuggQABAJEAAeCRAAaAkQAHkJEAAYzxQAwgkQABgKEAAlChAAcAoQAH8KEADIChAA1AoQACALEAAxCxAAeAsQAIkLEADQCxAA3AsQACgMEAAvDBAAgAwQAIgMEADIzxQA5gwQADANEAAxDRAAINAUAJQNEADgDRAA5w0QAHjQFAA/DhAAkA4QAJUOEAAo0RQA8Q4QAEAPEABGDxAAmA8QAJoPEADwDxAA+g8QAEgQEABWEBAAoBAQAKUQEAD4EBAABREQAFAREABoERAAqBEQAL4REAAAEhAAAxIQAFgSEABgEhAA2NEUALwSEAAIExAACxMQAGATEABqExAAMNIUAMATEACI0hQAEhQQAGgUEABrFBAAwBQQAMMUEADg0hQAGhUQAHAVEAB+FRAAyBUQANkVEACQ0xQAKRYQAHgWEACGFhAA0BYQAJEWEADwbBIA2hYQACgXEAA0FxAAgBcQAIMXEADYFxAA4BcQAEDUFABKGBAAiBgQAKIYEACY1BQA5RgQAAAdEADuGBAAsB0QAPAYEAA4GRAAOhkQAJAZEACeGRAA6BkQAPkZEADw1BQARxoQAEjVFACeGhAA8BoQAPUaEABIGxAAThsQAKDVFACmGxAA+BsQAP0bEABQHBAAZhwQAKgcEACwHBAAUNYUACAdEABYHRAAYB0QAKjWFADHHRAACB4QABUeEABgHhAAZR4QALgeEAC+HhAAEB8QABwfEABoHxAAbx8QAMAfEADIHxAAGCAQADsgEABY1xQAfSAQAMggEADXIBAAICEQACIhEAB4IRAAgSEQANAhEADnIRAAKCIQADMiEACAIhAAiiIQANgiEADgIhAACNgUADYjEACIIxAAjiMQAOAjEADlIxAAOCQQAD4kEABg2BQAsiQQAOgkEADwJBAAENkUAEklEACYJRAAmSUQAPAlEAD4JRAASCYQAFMmEACgJhAApSYQAPgmEAD9JhAAUCcQAHAnEABo2RQAricQAAAoEAAHKBAAWCgQAF0oEACwKBAAtCgQAAgpEAAVKRAAYCkQAGgpEAC4KRAAwykQABAqEAAVKhAAaCoQAG0qEADAKhAA4CoQAMDZFAAnKxAAcCsQAHsrEADIKxAA0CsQACAsEAAjLBAAeCwQACosEACQLxAAhCwQANAsEADaLBAAKC0QADEtEACALRAAgS0QANgtEADgLRAAMC4QADsuEACILhAAjS4QAOAuEADlLhAAOC8QAFgvEAAY2hQAnC8QAOgvEADqLxAAQDAQAEYwEACYMBAAnzAQAPAwEAD1MBAASDEQAEwxEACgMRAArTEQAPgxEAAAMhAAUDIQAFsyEACoMhAArTIQAAAzEAAFMxAAWDMQAHgzEABw2hQAuDMQAMjaFAASNBAAYDQQAGk0EAC4NBAAvjQQABA1EAAcNRAAaDUQAIY1EADANRAAwTUQABg2EAAaNhAAcDYQAH02EADINhAA1jYQACA3EAAvNxAAeDcQAJQ3EADQNxAA2DcQAHjbFAA7OBAAgDgQAIE4EADYOBAA5DgQADA5EAA/ORAAiDkQAJI5EADgORAA7DkQADg6EAA/OhAA0NsUAJg6EAAo3BQA8ToQAEA7EABNOxAAgNwUAJ07EADwOxAA/TsQAEg8EABSPBAA2NwUAKI8EAD4PBAADj0QAFA9EABcPRAAMN0UALA9EAC4DRIAxj0QAAA+EAAIPhAASNYQAB4+EABYPhAAYD4QALA+EAB6PhAAgDISALE+EABoQBAAsz4QAMhBEAC8PhAA2DISAMA+EAAIPxAACj8QAGA/EABuPxAAuD8QAMk/EACI3RQAGEAQAODdFABqQBAAwEAQAMNAEAAYQRAAG0EQADjeFAB4QRAAkN4UANJBEAAYrxAA6EEQACBCEAAuQhAAeEIQAHlCEADo3hQA2EIQAEDfFAAyQxAAgEMQAIxDEADYQxAA30MQADBEEABMRBAAiEQQAJBEEACY3xQA6EQQADhFEABARRAAkEUQAJhFEADw3xQA8EUQAEjgFABIRhAAmEYQAKBGEACg4BQA/EYQAEhHEABPRxAAoEcQAKhHEABw+xQAvEcQAPjgFAAASBAAUEgQAFhIEACoSBAAsEgQAKjhFAAISRAAWEkQAF5JEACwSRAAZEkQAKg6EQC8SRAACEoQAApKEABgShAAY0oQALhKEAC9ShAAEEsQAB1LEABoSxAAhEsQAMBLEADISxAAAOIUAB1MEABwTBAAdkwQAMhMEADSTBAAIE0QACxNEAB4TRAAf00QANBNEADsTRAAKE4QADBOEABY4hQAiE4QANhOEADgThAAsOIUAD5PEACITxAAi08QAOBPEADqTxAAOFAQAERQEACQUBAAllAQAOhQEAD0UBAAQFEQAEdREACYURAAtFEQAPBREAD4URAACOMUAFBSEABg4xQAs1IQAPhSEAAEUxAAUFMQAF9TEACoUxAAsVMQAABUEAAKVBAAWFQQAGZUEACwVBAAtVQQAAhVEAAVVRAAYFUQAGhVEAC44xQA21UQABDkFAAdVhAAaFYQAHZWEADAVhAAylYQABhXEAAgVxAAcFcQAHFXEACYXBAAdlcQAKj1EQCLVxAAMFoQAJxXEADIVxAA0VcQACBYEAAhWBAAeFgQAIZYEADQWBAA2lgQAChZEAA0WRAAgFkQAIZZEADYWRAA9FkQAGjkFAA8WhAAaD0RAD5aEACIWhAAlVoQAOBaEADqWhAAOFsQADpbEACQWxAAp1sQAOhbEAD0WxAAQFwQAFxcEADA5BQAqVwQAPBcEADyXBAASF0QAFJdEACgXRAAsF0QAPhdEAD9XRAAUF4QAFZeEACoXhAAvl4QAABfEAAIXxAAWF8QAFtfEACwXxAAuV8QAAhgEAAWYBAAYGAQAGpgEAC4YBAAxGAQABBhEAAsYRAAGOUUAHVhEADAYRAAyGEQABhiEAAbYhAAaMQQAChiEABwYhAAcmIQAGDDEAB+YhAAyGIQANViEAAgYxAALmMQAHhjEAB7YxAA0GMQANtjEAAoZBAANGQQAIBkEACHZBAA2GQQAOBkEAAwZRAAMmUQAIhlEACYZRAA4GUQAOplEAA4ZhAARGYQAJBmEACWZhAA6GYQAPBmEABw5RQAQmcQAJhnEACmZxAA8GcQAP1nEABIaBAAVGgQAKBoEACmaBAA+GgQAPtoEABQaRAAWGkQAKhpEACqaRAA0G4QAKtpEABgaxAAuGkQAABqEAACahAAoHMQAAVqEABYahAAYWoQALBqEAC9ahAACGsQAA9rEADI5RQAaWsQAOBwEABqaxAAGG0QAIBrEAC4axAAxmsQABBsEAARbBAAIOYUAHRsEADAbBAAx2wQAHjmFAAabRAAcG0QAHZtEADIbRAA0m0QACBuEAAsbhAAeG4QAH9uEADQ5hQA6W4QAChvEAAtbxAAgG8QAIZvEADYbxAA4m8QADBwEAA8cBAAiHAQAI9wEAAo5xQA73AQADhxEABHcRAAkHEQAJxxEADocRAA63EQAEByEABDchAAmHIQAKhyEADwchAA+XIQAEhzEABZcxAAgOcUAK5zEAD4cxAACXQQANjnFABXdBAAMOgUALB0EAAAdRAAAnUQACh6EAADdRAAuHYQABB1EABYdRAAWnUQAPh+EABddRAAsHUQALl1EAAIdhAAFXYQAGB2EABndhAAiOgUAMF2EAA4fBAAwnYQAHB4EADYdhAAEHcQAB53EABodxAAaXcQAODoFADMdxAAGHgQAB94EAA46RQAcngQAMh4EADOeBAAIHkQACp5EAB4eRAAhHkQANB5EADXeRAAkOkUAEF6EACAehAAhXoQANh6EADeehAAMHsQADp7EACIexAAlHsQAOB7EADnexAA6OkUAEd8EACQfBAAn3wQAOh8EAD0fBAAQH0QAEN9EACYfRAAm30QAPB9EAAAfhAASH4QAFF+EACgfhAAsX4QAEDqFAAGfxAAUH8QAGF/EACY6hQAr38QAPDqFAAIgBAAWIAQAIGAEACwgBAAuIAQAAiBEAAYgRAAYIEQAGKBEAC4gRAAxoEQABCCEAAhghAASOsUAG6CEADAghAAzIIQAKDrFABGgxAAUOwUAHmDEADIgxAA1YMQACCEEAA8hBAAeIQQAICEEACo7BQA4YQQACiFEAAqhRAAgIUQAIGFEADYhRAA24UQADCGEAA8hhAAiIYQAI+GEADghhAA/IYQADiHEABAhxAAAO0UAJ2HEADohxAA+IcQAECIEABFiBAAmIgQAMOIEABY7RQA9ogQALDtFABQiRAAoIkQAKGJEABAkxAApokQAJDDEgCqiRAA+IkQAKyJEABwjhAAsIkQALiMEAC+iRAAsJYQAP2JEACouxIAA4oQAIC2EgAEihAAUIoQAFOKEACoihAAsooQAAjuFAAIixAAWIsQAF6LEACwixAAuYsQAAiMEAAVjBAAYIwQAHyMEABg7hQAuowQABCNEAC9jBAAWMcSAB6NEABojRAAeY0QALjuFADGjRAAGI4QACSOEAAQ7xQAdo4QAMiOEADOjhAAII8QACWPEAB4jxAAfo8QABjwFADXjxAAIPEUAC2QEACAkBAAiJAQANiQEADkkBAAMJEQAEOREACIkRAAlJEQAOCREADvkRAAOJIQAEGSEACQkhAAmpIQAOiSEAD0khAA0PEUAFGTEACYkxAApJMQAPCTEADykxAASJQQAEuUEACglBAArJQQAPiUEAAAlRAAKPIUAFyVEAColRAAuJUQAACWEAAMlhAAWJYQAF6WEACA8hQA0pYQAAiXEAAQlxAAYJcQAIqXEAC4lxAAw5cQABCYEAAcmBAAaJgQAHmYEADAmBAAwZgQANjyFAAemRAAcJkQAH2ZEAAw8xQA1ZkQACCaEAA3mhAAeJoQAKOaEADQmhAA2JoQACibEAAymxAAgJsQAIybEADYmxAA25sQADCcEAA6nBAAiPMUAJCcEADgnBAA5pwQADidEABBnRAAkJ0QAJ2dEADonRAABJ4QAODzFABCnhAAmJ4QAEeeEABYrBAApZ4QAPCeEAD3nhAASJ8QAEqfEACgnxAApp8QAPifEAD/nxAAUKAQAGigEACooBAAraAQAAChEAC0oBAAsKEQAAmhEABYoRAAYqEQADj0FAC2oRAACKIQAA6iEABgohAAZaIQALiiEAC+ohAAkPQUABGjEABooxAAeaMQAMCjEADMoxAAGKQQACKkEABwpBAAfKQQAMikEADPpBAA6PQUACKlEAB4pRAAK6UQALjTEgB7pRAA0KUQAPClEAAophAAMKYQAED1FACRphAA2KYQAN+mEAAwpxAAOKcQAIinEACLpxAAQKkQAJinEADgpxAA4qcQADioEABGqBAAkKgQAKGoEACY9RQA76gQAPD1FABJqRAAmKkQAKepEADwqRAA/6kQAEiqEABUqhAAoKoQAKOqEAD4qhAA+6oQAFCrEABgqxAAqKsQALGrEAAArBAAEawQAEj2FABdrBAAsKwQALmsEAAIrRAAEq0QAGCtEABorRAAuK0QANatEAAQrhAALq4QAGiuEACGrhAAwK4QAN6uEACg9hQAH68QAHCvEAB1rxAAyK8QAHyvEADQsBAA0a8QACCwEAAqsBAAeLAQAJSwEAD49hQA1rAQACixEAAusRAAgLEQAJyxEABQ9xQAArIQAAD4FABashAAWPgUAI+yEADgshAA7rIQADizEAA/sxAAkLMQAJ2zEADosxAAB7QQAEC0EABKtBAAmLQQAKC0EADwtBAA/LQQAEi1EABbtRAAoLUQAK61EAD4tRAAArYQAFC2EABYthAAqLYQAKu2EAAAtxAACbcQAFi3EABntxAAsLcQAL+3EAAIuBAAFLgQAGC4EABjuBAAuLgQALu4EAAQuRAAILkQAGi5EABxuRAAwLkQANG5EAAYuhAAKboQAHC6EACEuhAAyLoQAOS6EAAguxAAKLsQAAj5FACAuxAAEPoUAOa7EAAovBAAKrwQAIC8EACGvBAA2LwQAOy8EAAwvRAAOL0QAIi9EACyvRAAaPoUAOm9EAA4vhAARb4QAJC+EACevhAA6L4QAPK+EABAvxAAWr8QAJi/EAClvxAA8L8QAPy/EABIwBAAUsAQAKDAEACowBAAwPoUAP/AEABQwRAAWMEQABj7FAB+wRAAIPwUALLBEAAAwhAADMIQAFjCEABbwhAAsMIQALrCEAB4/BQAJMMQAND8FABuwxAAuMMQAMnDEAAo/RQAF8QQAID9FABxxBAAwMQQAM/EEAAYxRAAJ8UQAHDFEAB8xRAAyMUQAMvFEAAgxhAAI8YQAHjGEACIxhAA0MYQANnGEAAoxxAAOccQANj9FACCxxAA2McQAIzHEACIyBAA28cQADDIEAA4yBAAMP4UAI7IEADgyBAA7MgQADjJEABAyRAAiP4UAJzJEADoyRAA68kQAEDKEABKyhAA4P4UAJ3KEADwyhAABssQAEjLEABJyxAAoMsQALHLEAD4yxAABMwQAFDMEABazBAAqMwQALTMEAA4/xQADM0QAFjNEABbzRAAsM0QALrNEADo/xQAC84QAGDOEABjzhAAuM4QAMTOEAAQzxAAFs8QAGjPEAByzxAAQAAVAMXPEAAY0BAAJdAQAJgAFQCM0BAAyNAQANDQEADwABUAKNEQAEgBFQCA0RAAoAEVANPREAAo0hAA59EQAPgrEgBI0hAAgNIQAJTSEAD4ARUA2dIQADDTEAA20xAAiNMQAJTTEADg0xAA79MQADjUEAA61BAAkNQQAJrUEADo1BAA9NQQAEDVEABH1RAAUAIVAKTVEACoAhUA+NUQAAADFQBL1hAAWNgQAFjWEACg1hAAotYQAPjWEAAG1xAAUNcQAGHXEAAYBhUAr9cQAHAGFQAI2BAAyAYVAHjYEACw2BAAvtgQAAjZEAAJ2RAAIAcVAGzZEAC42RAAv9kQAHgHFQAz2hAAiAkVAHTaEADA2hAAw9oQABjbEAAi2xAA4AkVAHjbEADI2xAA1tsQACDcEAAt3BAAeNwQAIDcEAA4ChUA09wQACjdEAA03RAAgN0QAIbdEADY3RAA4t0QAJAKFQA13hAAiN4QAJXeEADoChUA9d4QADjfEABA3xAAQAsVAJLfEADo3xAA9t8QAEDgEABR4BAAmAsVAJ7gEADw4BAA/OAQAPALFQBO4RAAoOEQAKbhEAD44RAA/eEQAFDiEABW4hAAoAwVALDiEAAA4xAADOMQAFjjEABe4xAAsOMQALbjEAAI5BAADeQQAGDkEABm5BAACA8VAMfkEAAQ5RAAH+UQAGjlEABx5RAAwOUQAMblEAAY5hAAHuYQAHDmEAB85hAAyOYQAM/mEAAg5xAAKOcQALgPFQCC5xAA0OcQANvnEAAo6BAANOgQAIDoEACG6BAA2OgQAODoEAAw6RAAPOkQAIjpEACO6RAA4OkQAObpEAA46hAAPeoQAJDqEACW6hAAEBAVAO/qEABA6xAATusQAJjrEACl6xAA8OsQAAfsEABI7BAAZOwQAKDsEACo7BAAaBAVAPnsEABQ7RAAXO0QAKjtEAC37RAAAO4QABruEABY7hAAXu4QALDuEADJ7hAACO8QACTvEADAEBUAc+8QALjvEAC67xAAEPAQACbwEABo8BAAafAQAMDwEADR8BAAGPEQACTxEAAYERUAjPEQAHARFQDe8RAAIPIQACHyEAB48hAAifIQANDyEADc8hAAyBEVAC3zEACA8xAAhvMQANjzEAD48xAAMPQQADz0EACI9BAAj/QQACASFQDs9BAAOPUQADr1EACQ9RAAsPUQAHgSFQDv9RAA0BIVAEb2EACY9hAAnfYQAPD2EAD29hAAKBMVAFD3EADYExUAqPcQADAUFQAA+BAAiBQVAFj4EACQFRUAqvgQAAD5EAAO+RAAWPkQAGn5EADoFRUAt/kQAEAWFQAr+hAASBcVAGX6EAC4+hAAyPoQABD7EAAY+xAAaPsQAHL7EADA+xAAzPsQABj8EAAb/BAAcPwQAHr8EAD4FxUAzfwQAOD/EADW/BAAIP0QADD9EAB4/RAAiP0QAND9EAD4/RAAKP4QAFD+EACA/hAAqP4QAKgYFQDk/hAAMP8QADL/EACI/xAAqP8QALgaFQDt/xAAOAARAEQAEQCQABEAuAARAOgAEQAQAREAQAERAGgBEQAQGxUAmwERAPABEQD8AREASAIRAFkCEQCgAhEArAIRAPgCEQAHAxEAUAMRAFoDEQCoAxEAtAMRAAAEEQAHBBEAIB0VAFkEEQAQBhEAaAQRALAEEQCyBBEACAURABYFEQBgBREAcQURAHgdFQC/BREA0B0VABIGEQBoBhEAawYRAMAGEQDDBhEAKB4VAB8HEQCAHhUAhAcRAMgHEQDSBxEAIAgRACwIEQB4CBEAewgRANAIEQDaCBEAKAkRAEIJEQCACREAhQkRANgJEQDhCREAMAoRADoKEQCIChEAlwoRAOAKEQDlChEAOAsRAE4LEQCQCxEAnAsRAOgLEQDrCxEAQAwRAFoMEQCYDBEApAwRAPAMEQADDREASA0RAFYNEQCgDREAqg0RANgeFQD+DREAUA4RAFkOEQCoDhEAqQ4RAAAPEQAKDxEAWA8RAGQPEQCwDxEAtw8RADAfFQANEBEAYBARAGIQEQC4EBEAvhARABAREQAXEREAaBERAHYREQDAEREAzRERABgSEQAiEhEAcBIRAHwSEQDIEhEAzhIRACATEQAmExEAeBMRAIETEQDQExEA0RMRACgUEQAyFBEAiB8VAIEUEQDYFBEA2RQRADAVEQA+FREAiBURAJUVEQDgFREA9xURADgWEQBAFhEAkBYRAJIWEQDoFhEA+BYRAEAXEQBKFxEAmBcRAKQXEQDwFxEA9hcRAEgYEQBQGBEA4B8VAKwYEQD4GBEA+xgRAFAZEQBTGREAqBkRALYZEQAAGhEABRoRAFgaEQBlGhEAsBoRALgaEQAIGxEACxsRAGAbEQBqGxEAuBsRALobEQAQHBEAFhwRAGgcEQByHBEAwBwRAMMcEQAYHREAIB0RAHAdEQCYHREAOCAVANAdEQCQIBUAKB4RAOggFQCbHhEAQCEVANweEQAoHxEAKx8RAIAfEQCKHxEA2B8RAOAfEQCgIhUAPiARAIggEQCPIBEA4CARAOggEQA4IREARSERAJAhEQCVIREA6CERAPIhEQBAIhEASCIRAJgiEQCoIhEA8CIRAP4iEQBIIxEAVSMRAKAjEQCuIxEA+CMRAPsjEQBQJBEAWyQRAKgkEQCwJBEAACURABklEQBYJREAZCURALAlEQDAJREACCYRAA0mEQBgJhEAZiYRALgmEQDEJhEAECcRABgnEQD4IhUAcicRAMAnEQDDJxEAGCgRACAoEQBwKBEAcSgRAMgoEQDKKBEAICkRACYpEQB4KREAhCkRANApEQDdKREAKCoRADIqEQCAKhEAiCoRANgqEQDaKhEAMCsRAD0rEQCIKxEAjysRAOArEQDoKxEAOCwRADwsEQCQLBEAkiwRAOgsEQDrLBEAQC0RAEgtEQCYLREApy0RAPAtEQDyLREASC4RAFUuEQCgLhEAry4RAPguEQAELxEAUC8RAGEvEQCoLxEAuS8RAAAwEQAMMBEAWDARAF8wEQCwMBEAzzARAFAjFQAcMREAYDERAGExEQC4MREAxDERABAyEQAsMhEAaDIRAHAyEQCoIxUAyDIRAFgkFQAkMxEAcDMRAHYzEQDIMxEAzjMRACA0EQA4NBEAeDQRAII0EQDQNBEA3DQRACg1EQArNREAgDURAIo1EQDYNREA8DURADA2EQBANhEAiDYRAIo2EQDgNhEA7jYRADg3EQBJNxEAsCQVAJY3EQDoNxEA9DcRAAglFQBMOBEAmDgRAJs4EQDwOBEA+jgRALglFQBKOREAoDkRAK45EQD4OREACToRAGgmFQBXOhEAwCYVALs6EQAAOxEADzsRAFg7EQBkOxEAsDsRALE7EQAIPBEAEjwRAGA8EQBuPBEAuDwRAL08EQAQPREAHT0RABgnFQBuPREAwD0RAMM9EQAYPhEAJj4RAHA+EQB1PhEAyD4RANU+EQAgPxEAKD8RACAoFQB6PxEA0D8RAN0/EQAoQBEAN0ARAIBAEQCGQBEA2EARAORAEQAwQREAMkERAIhBEQCSQREA4EERAO5BEQA4QhEAPUIRAJBCEQCdQhEA6EIRAPRCEQBAQxEAU0MRAJhDEQCnQxEA8EMRAPxDEQBIRBEASUQRAKBEEQCqRBEA+EQRAAZFEQBQRREAVUURAKhFEQC1RREAeCgVAApGEQBYRhEAZkYRALBGEQCzRhEACEcRABhHEQBgRxEAbkcRALhHEQDERxEAEEgRABdIEQBoSBEAb0gRAMBIEQDMSBEAGEkRABlJEQBwSREAfEkRAMhJEQDVSREAIEoRACdKEQB4ShEAhEoRANBKEQDdShEAKEsRADdLEQCASxEAlEsRANhLEQDkSxEAMEwRAENMEQCITBEAl0wRAOBMEQDsTBEAOE0RADlNEQCQTREAmk0RAOhNEQD2TREAQE4RAEVOEQCYThEApU4RANAoFQDxThEASE8RAFlPEQCgTxEArk8RAPhPEQAHUBEAUFARAFJQEQCoUBEAslARAABREQAOUREAWFERAF1REQCwUREAvVERAAhSEQAXUhEAYFIRAGVSEQC4UhEAxVIRABBTEQAaUxEAaFMRAHRTEQDAUxEA01MRABhUEQAiVBEAcFQRAHxUEQDIVBEA21QRACBVEQAvVREAeFURAIRVEQDQVREA0VURAChWEQAyVhEAgFYRAI5WEQDYVhEA3VYRADBXEQA9VxEAKCkVAI1XEQDgVxEA7VcRADhYEQBCWBEAkFgRAJZYEQDoWBEA6lgRAEBZEQBNWREAmFkRAJtZEQDwWREA/lkRAEhaEQBUWhEAoFoRAK1aEQD4WhEAAlsRAFBbEQBfWxEAqFsRAK1bEQAAXBEADVwRAFhcEQBlXBEAsFwRALxcEQAIXREAF10RAGBdEQBqXREAuF0RAMZdEQAQXhEAFV4RAGheEQB1XhEAwF4RAMxeEQAYXxEAK18RAHBfEQB/XxEAyF8RANRfEQAgYBEAIWARAHhgEQCCYBEA0GARAN5gEQAoYREALWERAIBhEQCNYREAgCkVAOthEQAwYhEAP2IRAIhiEQCUYhEA4GIRAOFiEQA4YxEAQmMRAJBjEQCeYxEA6GMRAO1jEQBAZBEATWQRANgpFQCrZBEA8GQRAP9kEQBIZREAVGURAKBlEQChZREA+GURAAJmEQBQZhEAXmYRAKhmEQCtZhEAAGcRAA1nEQAwKhUAWmcRALBnEQC+ZxEACGgRABVoEQBgaBEAbGgRALhoEQC+aBEAEGkRACFpEQBoaREAamkRAMBpEQDJaREAGGoRACVqEQBwahEAf2oRAMhqEQDTahEAIGsRACxrEQB4axEAi2sRANBrEQDfaxEAKGwRADRsEQCAbBEAgWwRANhsEQDibBEAMG0RAD5tEQCIbREAjW0RAOBtEQDtbREAiCoVAEVuEQCQbhEAnm4RAOhuEQDybhEAQG8RAE5vEQCYbxEAmm8RAPBvEQABcBEASHARAFZwEQCgcBEA0XARAPhwEQD6cBEAUHERAFpxEQCocREAtnERAAByEQAFchEAWHIRAGVyEQCwchEAvHIRAAhzEQAbcxEAYHMRAG9zEQC4cxEAxHMRABB0EQARdBEAaHQRAHJ0EQDAdBEAznQRABh1EQAddREAcHURAH11EQDgKhUAynURACB2EQAidhEAeHYRAId2EQDQdhEA33YRACh3EQA0dxEAgHcRAIN3EQDYdxEA23cRADB4EQA2eBEAiHgRAJR4EQDgeBEA43gRADh5EQA9eREAkHkRAJl5EQDoeREA7nkRAEB6EQBPehEAmHoRAKR6EQDwehEAAHsRAEh7EQBKexEAoHsRAK57EQD4exEACXwRADgrFQBWfBEAqHwRALR8EQCQKxUAE30RAFh9EQBnfREAsH0RALx9EQAIfhEACX4RAGB+EQBqfhEAuH4RAMZ+EQAQfxEAFX8RAGh/EQB1fxEA6CsVAMx/EQAYgBEAIoARAHCAEQCcgBEAyIARAM+AEQAggREAOYERAHiBEQCHgREA0IERAN+BEQAoghEALYIRAICCEQCNghEA2IIRAOWCEQAwgxEAPIMRAIiDEQCXgxEA4IMRAOqDEQA4hBEARoQRAJCEEQCVhBEA6IQRAPWEEQBAhREATIURAJiFEQCrhREA8IURAP+FEQBIhhEAVIYRAKCGEQChhhEA+IYRAAKHEQBQhxEAXocRAKiHEQCthxEAAIgRAA2IEQBALBUAaYgRALCIEQDBiBEACIkRABSJEQBgiREAd4kRALiJEQC6iREAEIoRACGKEQBoihEAa4oRAMCKEQDKihEAGIsRABqLEQBwixEAeosRAMiLEQDUixEAIIwRACyMEQB4jBEAi4wRANCMEQDfjBEAKI0RADSNEQCAjREAgY0RANiNEQDijREAMI4RAD6OEQCIjhEAjY4RAOCOEQDtjhEAmCwVADqPEQCQjxEAmo8RAOiPEQDwjxEA8CwVAFOQEQCYkBEApJARAPCQEQD/kBEASJERAFGREQCgkREAqpERAPiREQAGkhEAUJIRAFWSEQCokhEAtZIRAACTEQAMkxEAWJMRAGuTEQCwkxEAv5MRAAiUEQAUlBEAYJQRAGGUEQC4lBEAwpQRABCVEQAelREAaJURAG2VEQDAlREAzZURAEgtFQAalhEAcJYRAHqWEQDIlhEA0JYRAKAtFQAllxEAeJcRAI6XEQDQlxEA0ZcRACiYEQA5mBEAgJgRAIyYEQDYmBEA4pgRADCZEQA+mREAiJkRAI2ZEQDgmREA7ZkRADiaEQBEmhEAkJoRAKOaEQDomhEA95oRAECbEQBMmxEAmJsRAJmbEQDwmxEA+psRAEicEQBWnBEAoJwRAKWcEQD4nBEABZ0RAPgtFQBSnREAqJ0RALKdEQAAnhEACJ4RAFAuFQBunhEAsJ4RALyeEQAInxEADZ8RAGCfEQBpnxEAuJ8RAMKfEQAQoBEAHKARAGigEQB7oBEAwKARAM+gEQAYoREAJKERAHChEQBxoREAyKERANKhEQAgohEALqIRAHiiEQB9ohEA0KIRAN2iEQCoLhUAKqMRAICjEQCKoxEA2KMRAOCjEQAALxUAPaQRAIikEQCXpBEA4KQRAOukEQA4pREARKURAJClEQCfpREA6KURAAimEQBAphEATKYRAJimEQCfphEA8KYRAP6mEQBIpxEATacRAKCnEQCspxEA+KcRAAuoEQBQqBEAX6gRAKioEQC0qBEAAKkRAAGpEQBYqREAYqkRALCpEQC+qREACKoRAA2qEQBgqhEAbaoRAFgvFQC6qhEAEKsRABqrEQBoqxEAcKsRALAvFQDdqxEAGKwRACmsEQBwrBEAfKwRAMisEQDbrBEAIK0RAC+tEQB4rREAhK0RANCtEQDRrREAKK4RADKuEQCArhEAjq4RANiuEQDdrhEAMK8RAD2vEQAIMBUAiq8RAOCvEQDqrxEAOLARAECwEQBgMBUArbARAOiwEQD5sBEAQLERAEyxEQCYsREAq7ERAPCxEQD/sREASLIRAFSyEQCgshEAobIRAPiyEQACsxEAULMRAF6zEQCosxEArbMRAAC0EQANtBEAuDAVAFq0EQCwtBEAurQRAAi1EQAQtREAEDEVAHG1EQC4tREAzLURABC2EQAUthEAaLYRAGq2EQDAthEA1LYRABi3EQAbtxEAcLcRAI23EQDItxEA2bcRACC4EQAsuBEAeLgRAIu4EQDQuBEA37gRACi5EQA0uREAgLkRAIG5EQDYuREA4rkRADC6EQA+uhEAiLoRAI26EQDguhEA7boRAGgxFQA6uxEAkLsRAJq7EQDouxEA8LsRAMAxFQBIvBEAmLwRAL68EQDwvBEA+LwRAEi9EQBYvREAoL0RAKK9EQD4vREABr4RAFC+EQBhvhEAGDIVAK++EQBwMhUACL8RAFi/EQBxvxEAsL8RALm/EQAIwBEAEsARAGDAEQBowBEAuMARALvAEQAw0BEAwsARAAjLEQDGwBEAEMERAB3BEQBowREAd8ERAMDBEQDFwREAGMIRAC7CEQBwwhEAccIRAMjCEQDZwhEAIMMRACzDEQB4wxEAgsMRANDDEQDcwxEAIDMVADDEEQCAxBEAg8QRANjEEQD4xBEAMMURAD7FEQCIxREAicURAHgzFQDsxREAOMYRAD/GEQDQMxUAmMYRACg0FQDuxhEAQMcRAEjHEQCYxxEAnscRAPDHEQD+xxEASMgRAEvIEQCgyBEAwMgRAPjIEQAMyREAgDQVAFrJEQCoyREAtMkRAADKEQADyhEAWMoRAGLKEQDYNBUA3soRADA1FQATyxEAYMsRAGzLEQC4yxEAvssRABDMEQAczBEAaMwRAHDMEQCINRUAzMwRABjNEQAezREAcM0RAHzNEQDIzREA0M0RAOA1FQAjzhEAeM4RAHvOEQDQzhEA2c4RACjPEQA0zxEAgM8RAIPPEQDYzxEABtARADg2FQA10BEAiNARAJ7QEQDg0BEA7NARADjREQBA0REAkDYVAJzREQDo0REA69ERAEDSEQBK0hEA6DYVAKDSEQDw0hEA9NIRAEjTEQBU0xEAoNMRAKbTEQD40xEABNQRAFDUEQBY1BEAQDcVAMjUEQAA1READtURAFjVEQBZ1REAmDcVALzVEQAI1hEAD9YRAPA3FQB01hEAuNYRAMDWEQAQ1xEAE9cRAGjXEQB01xEAwNcRANnXEQAY2BEAGtgRAHDYEQBz2BEAyNgRANLYEQAg2REALtkRAHjZEQB62REA0NkRAN3ZEQAo2hEAMNoRAIDaEQCZ2hEA2NoRAOTaEQAw2xEANtsRAIjbEQCf2xEA4NsRAPbbEQA43BEAOtwRAJDcEQCd3BEA6NwRAPXcEQBA3REASN0RAJjdEQCa3REA8N0RAP3dEQBI3hEAT94RAKDeEQCo3hEA+N4RAAffEQBQ3xEAVd8RAKjfEQC13xEAAOARAArgEQBY4BEAXuARALDgEQC+4BEACOERACHhEQBg4REAaeERALjhEQDC4REAEOIRABXiEQBo4hEAbuIRAMDiEQDD4hEAGOMRADLjEQCgOBUAcuMRAMjjEQDO4xEAIOQRAC3kEQD4OBUAheQRANDkEQDn5BEAUDkVACnlEQCA5REAhuURANjlEQDd5REAMOYRAEvmEQCI5hEAluYRAODmEQDn5hEAOOcRAETnEQCQ5xEAlucRAOjnEQDw5xEAQOgRAEPoEQCY6BEAmegRAPDoEQD86BEASOkRAFfpEQCg6REArukRAPjpEQAI6hEAUOoRAF7qEQCo6hEAtOoRAADrEQAH6xEAWOsRAGDrEQCw6xEAwOsRAAjsEQAN7BEAYOwRAGbsEQC47BEAwOwRAKg5FQAW7REAaO0RAG7tEQDA7REAxe0RABjuEQAe7hEAADoVAHLuEQDI7hEAzu4RACDvEQAt7xEAWDoVAIXvEQDQ7xEA5+8RALA6FQAw8BEAgPARAJDwEQDY8BEA2vARADDxEQA+8REAiPERAJnxEQAIOxUA5vERADjyEQBE8hEAYDsVAJjyEQDo8hEADvMRAEDzEQBI8xEAmPMRAKTzEQDw8xEA9vMRAEj0EQBO9BEAoPQRAKX0EQD49BEA/vQRABA8FQBY9REAwDwVALT1EQAA9hEAAfYRAFj2EQBd9hEAsPYRALb2EQAI9xEAEvcRAGD3EQBo9xEAuPcRALz3EQAQ+BEAFvgRAGj4EQB2+BEAwPgRAMr4EQAY+REAIvkRAHD5EQB8+REAyPkRANX5EQAg+hEAKPoRAHj6EQCC+hEA0PoRANX6EQAo+xEAMPsRABg9FQCF+xEA2PsRAOX7EQAw/BEAOPwRAIj8EQCO/BEA4PwRAOz8EQA4/REAOf0RAJD9EQCV/REA6P0RAO79EQBA/hEASv4RAJj+EQCg/hEA8P4RAPT+EQBI/xEATv8RAKD/EQCu/xEA+P8RAAIAEgBQABIAWgASAKgAEgC0ABIAAAESAA0BEgBYARIAYAESALABEgC6ARIACAISAA0CEgBgAhIAaAISAHA9FQC9AhIAEAMSACkDEgBoAxIAcAMSAMADEgDGAxIAGAQSACQEEgBwBBIAcQQSAMgEEgDNBBIAIAUSACYFEgB4BRIAggUSANAFEgDYBRIAKAYSACwGEgCABhIAhgYSANgGEgDmBhIAMAcSADoHEgCIBxIAkgcSAOAHEgDsBxIAOAgSAEUIEgCQCBIAmAgSAOgIEgDyCBIAQAkSAEUJEgCYCRIAoAkSAMg9FQD4CRIA0D4VAE4KEgCgChIApQoSAPgKEgD8ChIAUAsSAF0LEgAoPxUArQsSAAAMEgAEDBIAWAwSAFoMEgCwDBIAyQwSAAgNEgAZDRIAYA0SAGwNEgCAPxUAuw0SAJATEgDEDRIAEA4SACMOEgBoDhIAaQ4SAMAOEgDMDhIAGA8SACcPEgBwDxIAeg8SAMgPEgDUDxIAIBASACcQEgDYPxUAgBASANAQEgDSEBIAMB0SANMQEgD4FRIA1hASACgREgDcEBIAYBgSAN0QEgAYiBIANBESAIAREgCPERIA2BESAOQREgAwEhIAPhISAIgSEgCjEhIA4BISAOwSEgA4ExIAPxMSADBAFQCdExIA6BMSAOoTEgBAFBIAQRQSAJgUEgCbFBIA8BQSAPsUEgBIFRIATRUSAKAVEgCqFRIAiEAVAAUWEgBQFhIAUhYSAKgWEgCpFhIAABcSAAMXEgBYFxIAYxcSALAXEgC1FxIACBgSABIYEgDgQBUAcxgSALgYEgC5GBIAEBkSABwZEgBoGRIAdxkSAMAZEgDKGRIAGBoSACQaEgBwGhIAdxoSADhBFQDQGhIAIBsSACIbEgB4GxIAhxsSANAbEgDaGxIAKBwSADEcEgCAHBIAghwSANgcEgDpHBIA6EEVAD8dEgCIHRIAkh0SAOAdEgDpHRIAOB4SADoeEgCQHhIAoR4SAOgeEgDwHhIAQB8SAF4fEgCYHxIAoB8SAPAfEgD8HxIASCASAFsgEgCgIBIAoSASAPggEgAEIRIAUCESAF8hEgCoIRIAsiESAAAiEgAMIhIAWCISAF8iEgBAQhUAwSISAAgjEgAZIxIAYCMSAGgjEgC4IxIAvyMSABAkEgAeJBIAaCQSAHgkEgDAJBIA0CQSABglEgA0JRIAmEIVAH0lEgDIJRIA3yUSACAmEgAoJhIAeCYSAIYmEgDQJhIA2iYSACgnEgA0JxIAgCcSAJYnEgDYJxIA2ycSADAoEgBMKBIA8EIVAJIoEgDgKBIA6CgSADgpEgBHKRIAkCkSAJUpEgDoKRIA9SkSAEAqEgBKKhIAmCoSAJoqEgDwKhIA/ioSAEgrEgBVKxIAoCsSAKMrEgBIQxUAAywSAFAsEgBaLBIAqCwSALAsEgAALRIADy0SAFgtEgBdLRIAsC0SAL0tEgAILhIAEi4SAGAuEgBiLhIAuC4SAMYuEgAQLxIAHS8SAGgvEgBrLxIAoEMVAMMvEgAYMBIAJDASAHAwEgB3MBIAyDASANAwEgAgMRIAOTESAHgxEgCMMRIA0DESAOwxEgAoMhIAMDISAFBEFQCIMhIAqEQVAOUyEgAwMxIANzMSAIgzEgCQMxIA4DMSAOUzEgA4NBIASDQSAJA0EgCYNBIA6DQSAPY0EgBANRIATTUSAJg1EgClNRIA8DUSAPw1EgBINhIATjYSAKA2EgCoNhIA+DYSAAQ3EgBQNxIAYzcSAKg3EgC3NxIAADgSAAw4EgBYOBIAWTgSALA4EgC6OBIACDkSABY5EgBgORIAZTkSALg5EgDFORIAAEUVABM6EgBoOhIAcjoSAMA6EgDCOhIAGDsSACc7EgBwOxIAkDsSAMg7EgDQOxIAIDwSACo8EgB4PBIAfjwSANA8EgDSPBIAKD0SADc9EgCAPRIAjD0SANg9EgDgPRIAWEUVAE4+EgCIPhIApj4SALBFFQD+PhIAOD8SAFY/EgCQPxIAmD8SAOg/EgD3PxIAQEASAEJAEgCYQBIAoUASAPBAEgDzQBIASEESAFRBEgCgQRIAp0ESAPhBEgAAQhIAUEISAGlCEgCoQhIAvEISAABDEgAcQxIAWEMSAGBDEgAIRhUAzkMSAAhEEgAmRBIAYEYVAHlEEgC4RBIAvUQSABBFEgArRRIAaEUSAHRFEgDARRIAyEUSALhGFQArRhIAcEYSAH9GEgDIRhIA1EYSACBHEgAhRxIAeEcSAIJHEgDQRxIA3kcSAChIEgAtSBIAgEgSAI1IEgAQRxUA3EgSADBJEgAySRIAiEkSAItJEgDgSRIA6EkSADhKEgBCShIAkEoSAJtKEgDoShIA9EoSAEBLEgBISxIAaEcVAKZLEgDwSxIA9ksSAEhMEgBUTBIAoEwSAK9MEgD4TBIAAk0SAFBNEgBYTRIAqE0SALdNEgAAThIAAk4SAFhOEgBhThIAsE4SALNOEgAITxIAFE8SAGBPEgBoTxIAwEcVAMhPEgAQUBIAGFASAGhQEgByUBIAwFASAMtQEgAYURIAJFESAHBREgB4URIAGEgVAM1REgAgUhIAMVISAHhSEgCJUhIA0FISANVSEgAoUxIALFMSAIBTEgCOUxIA2FMSAOVTEgAwVBIAR1QSAIhUEgCQVBIA4FQSAOxUEgA4VRIAS1USAJBVEgCfVRIA6FUSAPRVEgBAVhIAQVYSAJhWEgCiVhIA8FYSAP5WEgBIVxIATVcSAKBXEgCtVxIAcEgVAP5XEgBQWBIAXlgSAKhYEgC1WBIAAFkSABdZEgBYWRIAYFkSALBZEgC7WRIACFoSAApaEgBgWhIAbVoSALhaEgC/WhIAEFsSACFbEgBoWxIAdlsSAMBbEgDNWxIAGFwSAC9cEgBwXBIAeFwSAMhcEgDNXBIAIF0SADBdEgB4XRIAgF0SANBdEgDaXRIAKF4SADNeEgCAXhIAjF4SANheEgDgXhIAIEkVAElfEgCIXxIAjV8SAOBfEgD7XxIAOGASAERgEgCQYBIAmGASAHhJFQD7YBIAQGESAE9hEgCYYRIApGESAPBhEgDxYRIASGISAFJiEgCgYhIArmISAPhiEgD9YhIAUGMSAF1jEgDQSRUAsGMSAABkEgACZBIAWGQSAGVkEgCwZBIAtWQSAAhlEgASZRIAYGUSAGtlEgC4ZRIAxGUSABBmEgAWZhIAaGYSAHBmEgDAZhIAzGYSABhnEgArZxIAcGcSAH9nEgDIZxIA1GcSACBoEgAhaBIAeGgSAIJoEgDQaBIA3mgSAChpEgAtaRIAgGkSAI1pEgAoShUA3WkSADBqEgA/ahIAiGoSAJdqEgDgahIA6WoSADhrEgA+axIAkGsSAJZrEgDoaxIA9GsSAEBsEgBHbBIAmGwSALRsEgCAShUA+mwSAEhtEgBUbRIAoG0SAKNtEgD4bRIAAm4SANhKFQBYbhIAMEsVALBuEgCISxUACG8SAOBLFQBgbxIAsG8SALFvEgCYdxIAvW8SAAhwEgDEbxIA2HQSAMdvEgB4fhIAyW8SAECCEgAJcBIAYHASAHZwEgC4cBIAwHASABBxEgAScRIA0HMSAB5xEgBocRIAcHESADhMFQB1cRIAwHESAMNxEgAYchIAInISAHByEgBychIAyHISANlyEgAgcxIAMXMSAHhzEgCAcxIAkEwVANdzEgAodBIAL3QSAIB0EgCIdBIA6EwVANp0EgAwdRIANnUSAIh1EgCVdRIA4HUSAOh1EgA4dhIAOnYSAJB2EgCXdhIA6HYSAO92EgBAdxIASHcSAEBNFQCldxIA8HcSAPF3EgBIeBIAXngSAKB4EgCoeBIA+HgSAPp4EgC4exIABnkSAFB5EgBYeRIAmE0VAF15EgCoeRIAq3kSAAB6EgAKehIAWHoSAFp6EgCwehIAwXoSAAh7EgAZexIAYHsSAGh7EgDwTRUAv3sSABB8EgAXfBIAaHwSAHB8EgBIThUAynwSABh9EgAafRIAcH0SAIF9EgDIfRIA2X0SACB+EgAofhIAoE4VAH1+EgBghhIAhH4SANB+EgDmfhIAKH8SADB/EgCAfxIAjn8SANh/EgDlfxIAMIASADOAEgCIgBIAkoASAOCAEgDigBIAOIESAEmBEgCQgRIAoYESAOiBEgDwgRIA+E4VAEmCEgCYghIApYISAPCCEgD3ghIASIMSAFmDEgCggxIArIMSAPiDEgAAhBIAUE8VAF2EEgCohBIAq4QSAACFEgAKhRIAWIUSAFqFEgCwhRIAwYUSAAiGEgAZhhIAqE8VAGiGEgC4hhIAz4YSABCHEgAchxIAaIcSAHKHEgDAhxIAyIcSAABQFQAZiBIAcIgSAIaIEgDIiBIA0IgSACCJEgAuiRIAeIkSAICJEgBYUBUAhYkSANCJEgDTiRIAKIoSADKKEgCAihIAgooSANiKEgDpihIAMIsSAEGLEgCIixIAkIsSALBQFQDmixIAOIwSAD2MEgCQjBIAq4wSAOiMEgD2jBIAQI0SAEeNEgCYjRIApI0SAPCNEgD2jRIASI4SAEuOEgCgjhIAqo4SAPiOEgD+jhIAUI8SAFKPEgCojxIAso8SAACQEgAMkBIAWJASAG+QEgCwkBIAxJASAAiREgAkkRIAYJESAGiREgAIURUAupESABCSEgAekhIAaJISAHmSEgBgURUAx5ISALhRFQAmkxIAcJMSAHqTEgDIkxIA05MSACCUEgAolBIAeJQSAISUEgDQlBIA45QSACiVEgA3lRIAgJUSAIyVEgDYlRIA2ZUSADCWEgA6lhIAiJYSAJaWEgDglhIA5ZYSADiXEgBFlxIAaFIVAJiXEgDolxIA8pcSAECYEgBFmBIAmJgSAKCYEgDwmBIA9pgSAEiZEgBUmRIAoJkSAKaZEgD4mRIAAZoSAFCaEgBdmhIAqJoSALCaEgAAmxIAAZsSAFibEgBamxIAsJsSALObEgAInBIAC5wSABhTFQB2nBIAuJwSAMCcEgAQnRIAHJ0SAGidEgBunRIAwJ0SAMadEgAYnhIAHZ4SAMieEgBGnhIAcJ4SAHieEgDIUxUAzp4SACBUFQA2nxIAeJ8SAHqfEgDQnxIA3Z8SACigEgAvoBIAgKASAIigEgDYoBIA6KASADChEgAyoRIAiKESAJahEgDgoRIA8aESANBUFQA/ohIAKFUVAJ6iEgDoohIA8qISAECjEgBLoxIAmKMSAKCjEgDwoxIA/KMSAEikEgBbpBIAoKQSAK6kEgD4pBIAAqUSAFClEgBYpRIAqKUSALelEgAAphIABaYSAFimEgBfphIAsKYSALymEgDYVRUASKcSAGCnEgCgpxIAuKcSAMCnEgAwVhUAOqgSAGioEgB0qBIAwKgSAMaoEgAYqRIAHqkSAHCpEgB1qRIAyKkSAM6pEgCIVhUAIaoSAHiqEgB+qhIA0KoSANWqEgAoqxIAN6sSAICrEgCMqxIA2KsSANurEgAwrBIAM6wSAIisEgCQrBIA4KwSAO+sEgA4rRIAPa0SAJCtEgCmrRIA6K0SAOmtEgBArhIAUa4SAJiuEgCkrhIA8K4SAPquEgBIrxIAVK8SAKCvEgCnrxIA4FYVAAiwEgBQsBIAXLASAKiwEgC3sBIAALESABSxEgBYsRIAZ7ESALCxEgDBsRIACLISABSyEgA4VxUAYrISALiyEgDGshIAELMSACGzEgCQVxUAbrMSAMCzEgDMsxIA6FcVAB60EgBwtBIAdrQSAMi0EgDNtBIAILUSACa1EgDwWBUAfbUSANC1EgDStRIAKLYSADm2EgBQWhUAjLYSANi2EgDethIAMLcSADy3EgCItxIAkLcSAKhaFQDmtxIAOLgSAES4EgCQuBIAmLgSAABbFQD0uBIAQLkSAEO5EgCYuRIAorkSAFhbFQDyuRIASLoSAFa6EgCguhIAsboSAAhcFQD+uhIAULsSAFy7EgBgXBUAsLsSAAC8EgADvBIAWLwSAGS8EgCwvBIAvLwSAAi9EgAQvRIAEF0VAGu9EgC4vRIAxL0SABC+EgAYvhIAaF0VAHG+EgDAvhIA0b4SABi/EgApvxIAcL8SAHi/EgDIvxIAy78SACDAEgAqwBIAeMASAHrAEgDQwBIA38ASACjBEgBIwRIAgMESAIjBEgDYwRIA4sESADDCEgA2whIAiMISAIrCEgDgwhIA78ISADjDEgBEwxIAwF0VAJzDEgDowxIABsQSAEDEEgBGxBIAmMQSAKHEEgDwxBIA/cQSAEjFEgBQxRIAoMUSALbFEgD4xRIA+sUSAFDGEgBrxhIAqMYSALTGEgAAxxIADccSABheFQBexxIAsMcSALjHEgAIyBIAHsgSAGDIEgBlyBIAuMgSAL7IEgAQyRIAHMkSAGjJEgBwyRIAcF4VAM3JEgAYyhIAKMoSAHDKEgB1yhIAyMoSAM7KEgAgyxIANssSAHjLEgB6yxIA0MsSANrLEgAozBIANswSAIDMEgCFzBIA2MwSAOXMEgDIXhUAP80SAIjNEgCRzRIA4M0SAOrNEgA4zhIARs4SAJDOEgCVzhIA6M4SAPXOEgBAzxIASM8SAJjPEgCozxIA8M8SAPLPEgBI0BIAVtASAKDQEgCx0BIAIF8VAP/QEgB4XxUAVdESAKjREgCu0RIAANISAAjSEgBY0hIAYtISALDSEgCy0hIACNMSAAvTEgBg0xIAgNMSAChgFQDE0xIAENQSABbUEgBo1BIAdNQSAMDUEgDI1BIAgGAVACTVEgBw1RIAdtUSAMjVEgDU1RIAINYSACjWEgDYYBUAetYSANDWEgDe1hIAKNcSADnXEgAwYRUAjdcSANjXEgDv1xIAiGEVADrYEgCI2BIAlNgSAODYEgDj2BIAONkSAELZEgDgYRUAodkSAOjZEgDv2RIAQNoSAEjaEgCY2hIApdoSAPDaEgD12hIASNsSAFLbEgCg2xIAqNsSAPjbEgAH3BIAUNwSAFXcEgCo3BIAvtwSAADdEgAB3RIAWN0SAGbdEgCw3RIAwd0SAAjeEgAU3hIAYN4SAGjeEgCQYhUAvN4SAGABAADA3hIA4LEUAMTeEgD4wBAAHN8SAEgJAABw3xIAgOISAC3hEgBYLAAAfOESAGguAACQ4hIA4D0AADPjEgD4QAAAi+MSAJBJAAA65BIAYEQSADvkEgBQTAAAP+QSADgcBABC5BIA6F0IAJTkEgA4XwAAROUSAMBlAACc5RIAeHIAAEvmEgBYeQAAr+YSAKCCAAD85hIAEIYAAFLnEgAwigAACOgSANCTAADP6BIACOkSAHjrEgCA1gAAfOwSAODiAADU7BIAgOwAAITtEgCg+wAAPO4SAEAFAQCs7hIAmAUBAOLuEgDwBQEARO8SACAMAQDy7xIA2A0BAEnwEgAAEwEAD/ESAEgcAQBU8RIAeCIBAL/xEgD48RIAbPISAKjyEgCw8hIAAPMSAAzzEgAIKgEAYPMSAMgsAQAk9BIAYPQSAGj0EgC49BIAuvQSAFg0AQAc9RIAiDoBAMj1EgAoRAEALPcSAEheAQDY9xIAEGIBAOz3EgCQZRQA9PcSAIBjFABN+BIAaGIBAIb4EgDIYwEA6vgSADBmAQA1+RIASGkBAIz5EgBYawEAnPoSAJh+AQAC+xIAQPsSAEj7EgDwfgEAp/sSAFiBAQBU/BIAWIwBAMP8EgCwjAEABP0SAGiOAQBY/RIAqP0SALL9EgDAjgEACv4SAOiTAQAcABMAYK4BAHAAEwDAABMA0AATALiuAQB8ARMA2LIBANABEwAgAhMAMAITADCzAQDcAhMAILwBAJ4FEwBgnAcARgYTAKBxAgBKBhMAWHMCAE4GEwBg2gEAWgYTAMiBAgDyBhMAgN4BAFYHEwA44AEAAQgTAEjiAQBSCBMAAOQBALYIEwC45QEADAkTAMjnAQBkCRMAIOgBABAKEwBgixQAEQoTACAUDQAUChMAMOoBACQKEwA4sQ0AaAoTAHhlEwB8ChMAiOoBAI4KEwDI+xQAvwoTAODqAQDCChMA2D4OAHQLEwAI8AEAzAsTAGDwAQB+DBMA6PYBACkNEwAY/QEA2Q0TADgBAgArDhMAgA4TAIwOEwDoAQIA6g8TAIAKAgBAEBMAkBATAJcQEwCICwIAQxETAJCKDwBGERMAaE4PAEoREwDgNA4ATBETAKBSEABQERMAyBMCAKYREwB4HwIA8xETAEgSEwCoEhMA+BITAPsSEwBIaw8ABBMTAJAiAgBlExMAUCUCAMkTEwAAFBMAXBQTACCrDgBoFBMAGDQCAIUUEwBoKAIAvBQTAPAuAgBsFRMAwDMCABwWEwAgNQIAhBYTAHg1AgAkFxMAyEIMACgXEwAoNgIAeRcTADA3AgCGGBMA2EECADEZEwDQzw0ANBkTAABHAgA2GRMAWPwPAIgZEwCotRQAmhkTANgZEwA4GhMAiBoTAEwaEwBQUQIAixoTAHBoDgCSGhMAyHMOAJUaEwAYUg4AmBoTACg7DwCZGhMAoD8PAKMaEwAQSQIAqRoTAGhyDgA6GxMAiE0CADwbEwBw7hEARBsTABDtEQBiGxMAwJsPAJ4bEwBATwIA8BsTAEAcEwBMHBMA8E8CAFAdEwCgHRMAISATANhiAgCEIRMAoBcVAD4vEwDwmQ4A6i8TADAwEwCaMBMA4DATAEgxEwCAIA0ATjETAMAlAwCbMhMACF8UAKAyEwBIMxMAtDITAGA2EwC8MhMAKGMUAMIyEwBANgMASjMTANjmDQBMMxMAgGoOAE8zEwBozgkAUjMTAJg2AwBXMxMA8DYDAFkzEwCoPQUAazMTANgIFQCAMxMACIwFALw1EwDARgMAaDYTALg2EwC5NhMAKBIOAMI2EwBAOBEAxzYTAHANDwDXNhMASCIVABo3EwDoSwMAGzgTADB2AwAeOBMAeJMLAB84EwBIYwMAITgTAHhTAwAiOBMAUFkDACQ4EwBArAQAJTgTALhbAwAmOBMAKGoDACc4EwA4VgMAKDgTAMinBAAuOBMA0F4DAFg4EwAIpxIA5zsTAACcAwDuOxMAkIIDAEQ8EwCwhgMAmDwTAOg8EwD+PBMAGIkDAKQ9EwAIkgMA+D0TAEg+EwBMPhMAYJIDAAI/EwCIlwMACEATAFhAEwBuQBMAQKQDAApBEwCw0wMADkETABCpAwASQRMAADkOAGxBEwB4qwMAzEMTAFjIAwBBRRMACN8DAPFFEwBY6QMAp0YTAHjtAwDpRhMA+PIDAOpHEwDYBAQASEgTAJhIEwCmSBMAQAcEAKRJEwCAxxAArkkTADAQBACrShMA+B4EAA9MEwC4NwQAuUwTAFBABAB6TRMAwE0TACNOEwCIUgQAgk4TAMhOEwDZThMAoFUEACpQEwAAwgUAK1ATANBxBAAyUBMAIKQJANtQEwDwdQQA31ATAJizCQDjURMAoIwEAPNSEwBQmAQAp1MTAMCbBABkVBMAoFQTAKhUEwD4VBMAB1UTAKijBABaVRMAGKcEAAlWEwAgzw0ADFYTANCoBABgVhMAsFYTAHRWEwCoXRQAulYTACipBABoVxMAAK8EAMdXEwAQsQQAblgTAEC3BADIWBMAOIMKABtZEwAgvgQALFoTAAjRBACAWhMA2OoTAOxaEwAoWxMAMFsTAIBbEwCNWxMAoOQEAI9bEwB4CwUAkVsTAHjUBABJXRMAsPEEAExeEwBIBQUAoF4TAPBeEwABXxMAqAYFAAdgEwBIGwUAWmATALgeBQACYRMAoCYFAGlhEwCALQUAdGETAOA5BQCBYRMAsDMFAIliEwA4OgUAL2MTAHBBBQBuYxMA+EcFAB9kEwDIVwUAJGQTAGBcCgAlZBMAKGAKACdkEwDgVgoAjGQTAMhkEwDQZBMAIGUTAHplEwAAsg4AfWUTAEAjDQCAZRMAAF4UAIJlEwDgWgUAhGUTAGDvEACbZRMAgBMVAL9lEwCg9xAA2GUTAPhdBQBVZhMAgGYTAItmEwAAXwUAOmcTANhkBQDvZxMAwGwFAJNoEwAIdgUAlmgTAOCOBgAEaRMAwHcFAE1pEwBYgAUAT2kTABh4BQCeaRMAiHsFAKJpEwCYfQUAqmoTABiDBQC3axMAcI4FAANsEwCYkwUA3G4TABhvEwAgbxMAcG8TAH9vEwBouQUA0W8TAFDBBQDScBMA6MkFAN1wEwAIiwkAK3ETAFjNBQA1chMAUOIFAD9yEwAQ2gUAjnITAIDdBQCSchMAkN8FAAR0EwBAdBMASHQTAJh0EwCddBMA8PYFAKd0EwCw7gUA9nQTACDyBQD6dBMAMPQFAAp3EwD4DQYAtncTAEAXBgBmeBMAiCsGADV5EwCwOwYAjnkTADBBBgDPeRMAQEMGACh6EwDISQYAfHoTANBKBgDQehMAIHsTACp7EwAoSwYAe3sTAEBOBgAxfBMA2FYGAPR8EwAwfRMAOH0TAIh9EwCOfRMA4GIGAPZ9EwCoZgYApn4TAGBzBgDsfhMAsH0GAKd/EwDIgAYAV4ATAAiJBgAJgRMAoJEGAMSBEwAAghMACIITAFiCEwBoghMASJwGAISCEwDAoAYAvIITAFCdBgAQgxMAYIMTAGqDEwConQYAhIQTAMCEEwDIhBMAGIUTACGFEwDYrgYAeoUTAOiwBgA8hhMAeIYTAICGEwDQhhMA0YYTAEC8BgDVhhMAeAUHAN2GEwAoxAYA34YTAMC2BgAuhxMAMLoGADKHEwC4AgcAOogTAOjGBgDqiBMAKM8GAEKJEwCg0wYAlokTAKjUBgBOihMA6NwGAAyLEwBIixMAUIsTAKCLEwCqixMAKOUGAPuLEwBg7AYAxIwTAACNEwAIjRMAWI0TAGWNEwDY8AYAZ40TACj7BgC1jRMA+PQGAGaOEwCY/gYAwI4TAKgABwA0kBMAcJATAHiQEwDIkBMA15ATAAgNBwAqkRMAeBAHADyTEwAgJgcApJMTAOCTEwD8kxMAOJQTAEWUEwCAJwcAXJUTAJiVEwCglRMA8JUTAPOVEwC4OQcA2JYTACBHBwBTlxMASEwHAFeXEwB48wwADZgTAChTBwBbmBMASFcHAMKZEwDQaAcAHJoTAFBuBwAgmxMAOEwKADSbEwDgSwoAjJsTAMibEwDQmxMAIJwTACOcEwCQdgcAlJwTANCcEwDYnBMAKJ0TADedEwBYegcAi50TADiBBwDinhMAEJIHAJSfEwBw4xEAl58TAJjmDgCcnxMASOEQAJ+fEwDQlAcAoJ8TAJDfEAD0nxMA8JgHAAyhEwBIoRMAUKETAKChEwCpoRMA4KEHAAKiEwDwowcAt6ITACirBwAZoxMA0LUHALOjEwDAvgcAY6QTAMDJBwATpRMAeNYHACKmEwCI4wcAeqYTAPjmBwDUphMAaOoHADynEwB4pxMAgKcTANCnEwDfpxMAwPUHAOCnEwDI6wcANKgTANDsBwCIqBMA2KgTAOKoEwAo7QcAjqkTADD5BwA7qhMAGAEIAPCqEwDgBAgAtKsTAPCrEwD4qxMASKwTAFesEwCADggArKwTAPARCAAArRMAUK0TAF+tEwBQEwgAD64TAIAZCABirhMA8BwIAL2uEwBQKQgAv64TACAjCADUrxMAELATABiwEwBosBMA3LATABixEwAgsRMAcLETAH2xEwCQPAgA1bETAFA/CAAushMAGEMIANKyEwCgSQgAjLMTANhQCAA7tBMAKGYIAJy1EwAgewgA8LUTAEC2EwBPthMAgHwIAL62EwDgfQgAArgTAGiECABcuBMA4IgIALC4EwAAuRMAD7kTAECKCAB+uRMAoIsIALu6EwBwkAgAFbsTAKiXCADFuxMAaKUIAHW8EwB4sggAML0TAFC4CACFvRMAsLkIAC6+EwCAvggA9L4TADC/EwA4vxMAiL8TAOO/EwAgyAgAn8ATAODKCABcwRMAmMETAKDBEwDwwRMA+sETACjUCABWwhMA4NUIAK/CEwAI2wgAAsMTAIDfCACxwxMA+OMIALzEEwAo6ggAEMUTAGDFEwBixRMAgOoIACzGEwBoxhMAcMYTAMDGEwDkxxMAIMgTACjIEwB4yBMAnMkTANjJEwDgyRMAMMoTADrKEwA4GAkA/MoTADjLEwBAyxMAkMsTAJrLEwBAOgkApssTAMApCQDtyxMA0CsJAErMEwDANAkAqc0TAEhRCQCtzRMAAEgJAAbOEwAwTgkAUc4TAEBQCQAKzxMAWFMJAFvPEwBwVgkAEtATAPBbCQBs0BMAeGIJABzREwCQZQkAdNETAOhlCQDc0RMAGNITACDSEwBw0hMAf9ITAKhoCQAt0xMAsHQJAIjTEwCQewkAnNQTANjUEwDg1BMAMNUTAD/VEwAwhQkAO9YTAJDWEwCq1hMAAJUJAATXEwBA1xMASNcTAJjXEwCn1xMAIJkJACLYEwDYmgkAvNgTAPjYEwAA2RMAUNkTALfZEwCgngkABtoTABCiCQC82hMAKKUJABrbEwCgqQkAv9sTADA1CgDC2xMAcK4JABfcEwB4rwkAIt0TAGDCCQB63RMAQMkJAM/dEwBIygkA7N4TACjfEwAw3xMAgN8TAIzfEwAI2AkA4N8TADDgEwA04BMAaNkJAJjgEwAg2wkAVOETAJDhEwCY4RMA6OETABLiEwDo6QkAReITAHjxCQC04hMAaCAMAPjiEwBI4xMAgeMTAPj2CQAb5BMAUOQTAFvlEwBIFwoAZ+YTAHgoCgDc5xMAGOgTACDoEwBw6BMAf+gTAIhACgDO6BMA+EMKANLoEwDw/QoAgOkTANDpEwD76hMAMOsTAE/rEwCI6xMA8OsTALBQCgCY7BMAMFYKAEbtEwBQWgoAre4TALAACwCv7hMAsGYKAP7uEwAgagoAEvETAMh0CgBj8RMAWHwKAGrxEwBAeQoAePMTAMjzEwB79BMACJMKAIz1EwBgngoA6PYTADj3EwBh9xMAALMKAO33EwC4tAoASPgTAJj4EwDB+BMAILcKAFD5EwDougoAyfkTAEC7CgBe+xMAMM8KAGz8EwBo1goAdP0TAADfCgDc/RMAWN8KACf+EwCw3woAdv4TACDjCgAs/xMAOOYKAJT/EwCQ5goA3/8TAOjmCgAuABQAWOoKALIBFADgARQAVAIUAJACFACYAhQA6AIUAJ0DFADQBAsApAQUADARCwBsBRQAqAUUALAFFAAABhQACgYUAIgcCwDkBxQAkCgLABoJFAC4QwsAeQkUAJBJCwAiChQAgFILAIgKFADwVQsAPQsUAHBmCwDiCxQAaHALAPENFAC4kAsAtw8UADihCwBVEBQAYKYLALUQFADQqQsAdBEUALARFAC4ERQACBIUAGISFADAsgsAhBMUAMATFADIExQAGBQUAEIUFAAowAsA0RQUAFjGCwAoFRQAeBUUAIYVFAAIxwsA1hUUAHDJCwCNFhQAmM4LANkWFAC40gsA6RcUAAjdCwDsFxQAuN0LAE0ZFAAg6wsAnRkUAIDsCwD9GRQA8O8LAFAaFACw8gsAoxoUAAjzCwAcGxQAUBsUABwcFAAYAAwAghwUAHAADADAHRQAEB4UADkeFABQBwwARh4UAAAIDAAsIBQAIAwMAIggFACQDwwA3SAUAPAQDADlIRQAeBcMADUiFACYGwwA/yIUADgjFADqIxQAaCsMAEckFABYNAwA8iQUALg1DAB8JRQA2DkMALYlFAD4PQwA/SUUAGBADACuJhQAYEsMAL4mFACQZwwAHigUANBZDABlKBQAOFwMAM4oFACgXgwA5CoUACArFAAoKxQAeCsUAIUrFADAeAwA3SsUANh7DACNLBQAoH8MAE8tFACILRQA8i0UAIhDFAD/LRQAOC4UAPQuFABgjQwA9i4UAPiKDACqLxQA8C8UAFYwFAAAlwwACDEUAAijDABuMhQAoLYMABMzFADAugwAbjMUAPDADADGMxQAiMkMAB00FACQygwAxjQUAGjQDACMNRQAyDUUANA1FAAgNhQAljYUACjeDACDNxQAsOQMAJ84FAAA7wwASDkUAJj3DAD4ORQA4AANALQ6FADwOhQA+DoUAEg7FAC8OxQA+DsUAAA8FABQPBQAAz0UAFheFAAIPRQAWD0UAAo9FAAIMREAHD0UAOinFABiPRQA0BQNAA4+FACoGg0AzT8UAPgvDQAdQBQAGDQNAIhBFACoRg0Al0EUANBBFAAwQhQAiEINAI9CFADgQg0A4UMUALBSDQDxRBQAWF0NAENFFACYRRQAWEUUAGhqDQCqRRQACF4NAFRGFABwYA0AqkYUAMhgDQBaRxQAoGYNAFtIFACwSBQAyEgUADBuDQDBSRQASHwNABNKFABoShQAfEsUADCEDQCUSxQAkLYPANBLFAAgTBQAPkwUAIiEDQDsTBQAKE0UADBNFACATRQA5k0UAKCHDQCkThQAuIoNAFRPFAAojg0AXFAUAJhQFACgUBQA8FAUAGRRFACgURQAqFEUAPhRFABeUhQAiJoNABxTFABYUxQAYFMUALBTFAAWVBQAYKANACxVFABoVRQAcFUUAMBVFAAmVhQA8KcNAORWFAAIqw0AlFcUAHiuDQA4WRQA2LEQAJBZFAAwshAA/FkUADhaFABAWhQAkFoUAAhbFAA4vA0AoFsUADj+DQBYXRQAcMQUAGBeFAC4VRAAdF4UALj5FACGXhQAsF4UALheFAAI+hAA3l4UABiDEAA2XxQAYF8UALtfFAD46xQALGAUAGhgFABwYBQAwGAUACRhFACo1Q0AjGEUAMhhFADQYRQAIGIUAIRiFAAong8A5mIUAHgGDgA2ZBQA8KEPADxkFAD43w0AomQUALjiDQCYZRQA6GUUAPdlFADwBw8ASGYUAPhDFQCvZxQAWOwNALlnFAD46g0AtGgUACDwDQB0aRQAsGkUALhpFAAIahQAb2sUAGj5DQCObRQAmAoOADBuFACoFw4AlG8UANAnDgCacBQA6CoOAFByFACgchQAqnIUAAg6DgDEcxQAAHQUAAh0FABYdBQACnUUAHBHDgBldRQAOEsOAHh3FADoVg4A0HcUACB4FAAseBQAWFoOANx4FADIXQ4AiHkUANh5FADveRQASGMOAAJ/FAAgfw4AtX8UAPCDDgAhghQAIKAOANqCFAAggxQA3YMUAFCxDgDggxQA8K8OAOaEFAC4sw4AlIUUAMC0DgDuhRQA2LcOALOGFADohhQABocUAEi7DgBkhxQA0MEOAP6HFAAowg4AYIoUAODODgBmixQAUNIOAGyLFAAoOBAAg4sUAIAIFQCKixQAqPcUAKWLFABI9xAAwIsUABCMFAAfjBQAcNYOAG2MFAAw2Q4AII0UAHCNFAByjRQAmNsOAM2NFABI3A4A1I0UALDeDgBMkBQAiJAUAJCQFADgkBQA6pAUABj3DgCskRQA6JEUAPCRFABAkhQAT5IUAHACDwCekhQA4AUPAE6TFABgCw8A/pMUAOAQDwADlRQA6BwPALOVFABAHQ8AvJUUANCEEABolhQAuCEPAMCWFAAQlxQAdpcUAHgkDwDOlxQAYCwPACiZFAB4mRQAe5kUANAvDwA0mhQAODIPAIiaFADYmhQA25oUAEg0DwCUmxQACDcPAOibFAA4nBQAO5wUABg5DwD0nBQAMDwPAEidFACYnRQAop0UAIg8DwD4nRQASJ4UAEueFACQPQ8AAJ8UAKhADwBYnxQAqJ8UAKufFAAIQg8AYKAUALCgFACzoBQAKEYPAGihFAC4oRQAu6EUAEhKDwB0ohQAEE4PAHijFACQUw8AmKMUAFANFQDkoxQA8FQPAHukFADQpBQAg6UUAFhXDwCKpRQAwFkPAESnFADwXw8ARqcUAAj9DwDwpxQAQKgUAKOpFACodBAAqKkUAFirFAAEqhQAWG0PAFurFACgGBEAaKsUALhuDwDAqxQAIHEPABSsFAAocg8AfKwUALisFABvrRQAYIQPAHKtFAD4jA8Ad60UAOBzDwCDrRQAiH4PADawFABYgw8A5rAUAIiJDwADshQAMAkVAECyFACQshQAk7IUAACODwD4shQAuI8PAEyzFADAkA8AoLMUAPCzFAD6sxQAGJEPAKu1FADwlg8AsrUUAACZDwBbthQACJoPAOO3FAAgnQ8AyLgUAOigDwBruhQAWAMVAOW6FAD49xAAJbsUAEC8EQApuxQAMLUPAJW7FADIHREA7bsUACAeEQCUvBQAsLoPAOi8FAA4vRQAUb0UABC8DwCTvRQA6L0UAGS+FADgwA8AFL8UAOjBDwDEvxQASMMPAFjAFACowBQAssAUABDHDwBZwRQA8EYQAGDBFAAQ2hAAb8IUAADQDwB1xBQASNkPAGvFFAB4xRQAw8UUANDFFADyxxQAMOwPAJLIFACY7g8AnMgUACj2DwCoyhQAeB4RAGDLFADI/w8AtssUANAAEAAIzBQAgAEQAFvMFADgAhAAY80UAEgFEABwzhQAwM4UACDPFABwzxQAls8UAJghFQAh0BQAiA0QAIDQFADQ0BQAMNEUAIDRFAAz0hQAuBMQAOjSFAA40xQAmNMUAOjTFAAO1BQA8CEVAKDUFADgGBAA/NQUAEAaEACo1RQA+NUUAAjWFACgGxAAy9YUAADXFAC51xQAcCAQABTYFAAwIxAAhNgUALjYFADs2xQAkDoQAKTdFAAQQBAAVN4UAHBBEAAE3xQA0EIQAKDfFADgRBAAUOAUAEBGEAAA4RQAUOEUAFjhFAD4RxAAYOIUAIBOEAAQ4xQASFIQACHmFABobBAA5OcUAFB0EADh6BQAwHcQAKTqFACofxAAUesUAGiCEADb7RQASIkQAAvuFAAAixAAaO4UAOAUFQDB7hQAwI0QAMTuFADQjxAAE+8UAGjvFACE7xQAwO8UABvwFABw8BQAjPAUAMjwFAAo8RQAePEUAILxFAAokBAA2PEUAPhZFQAu8hQAUJUQAD7zFADImRAAi/MUAIicEADo8xQAOBUVAP30FABQ+BAApPUUAOioEAA1+RQAYPkUACD6FACo+BAAevsUAJDJEAB7/BQACMMQADT9FAAQxBAAQP8UAJD/FACa/xQAAM0QAE4AFQDAzxAAmwAVAHDQEACjAxUAsAMVAPsDFQAIBBUAUwQVAGAEFQCrBBUAuAQVAAMFFQAQBRUAWwUVAGgFFQAkBhUAqNcQAIwGFQAA2BAAIQcVAGDZEACUBxUA0AcVANgHFQAoCBUA4wkVAHDbEACeChUAMN4QAOsKFQDg3hAAZgsVACjwEQChCxUAmOAQAAwMFQBIDBUAvAwVAPgMFQB4DRUAqA0VANANFQAADhUAKA4VAFgOFQCADhUAsA4VALcOFQDI/BAAEA8VAGAPFQBlDxUAuOQQABsRFQBw8RAAhBIVAOj1EACMExUAGLQSAJATFQBgshIA9BUVALD5EABaFhUAmBYVAKAWFQDwFhUA+xcVAFAYFQDQGBUAABkVACgZFQBYGRUAgBkVALAZFQDYGRUACBoVADAaFQBgGhUAOBsVAGgbFQCQGxUAwBsVAOgbFQAYHBUAQBwVAHAcFQCYHBUAyBwVAIQdFQC4BREANB4VABgHEQCnIhUAMCARAAYjFQBoJxEAxyMVAAAkFQB3JBUAGDMRALkkFQCQNxEAJyUVAGAlFQDAJRUAECYVACAmFQBIOREAdCYVAFA6EQDVJhUAkJcSADQnFQBwJxUAeCcVAMgnFQBBKxUAUHwRAJwrFQAAfREAoCwVADiPEQBQLRUAGJYRAAAuFQBQnREAsC4VACijEQBgLxUAuKoRABAwFQCIrxEAwDAVAFi0EQBwMRUAOLsRACQyFQCovhEAxTIVAMgyFQA1MxUAKMQRAHkzFQDgxREA5TMVAJDGEQAtNBUA6MYRAIg0FQBQyREA2zQVALDKEQCMNRUAwMwRAO41FQAgzhEAmjYVAJDREQDrNhUAmNIRAEM3FQCo1BEAmTcVALDVEQAeOBUASDgVAAY5FQB45BEAZjoVAHjvEQAROxUA4PERAGM7FQC4OxUAzTsVAJDyEQATPBUAaDwVAH08FQBQ9REAQEEVAJBBFQCuQRUAyBoSAAhFFQAQOhIAdkUVADA+EgAmRhUAsEMSAMRGFQAYRhIAGEcVANhIEgBvRxUAmEsSAMVHFQC4TxIAKEgVAMhREgCMSBUAyEgVACJJFQAwXxIAhEkVAOhgEgDlSRUAqGMSADBKFQDYaRIA9EoVAFBuEgBeTxUAUIQSABhRFQC4kRIAbFEVAMCSEgDAURUAEFIVABRSFQAYkxIAcFIVAMBSFQAgUxUAcFMVAChUFQB4VBUA3FQVADiiEgAwVRUAgFUVAIRVFQCQohIAs1YVACCqEgCZVxUAaLMSAOtXFQBAWBUAaFgVAJhYFQDzWBUASFkVAHBZFQCgWRUAD1oVAHi1EgCqWhUA4LcSAApbFQDouBIAYFsVALBbFQDAWxUA8LkSABFcFQD4uhIAY1wVALhcFQAaXRUAYL0SAHhdFQBovhIAfl4VAMDJEgAsXxUA+NASAIBfFQDQXxUA4F8VAFDREgCEYBUAGNUSAOhgFQB41hIAPmEVAIDXEgCQYRUAMNgSAONhFQA4YhUA","fail":"AAAAAAAAAACYjAAAANkBAGjeAABAzwcAQNYBAHC8CACgRQIAYPgNAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAA0LEBACiyAQCAsgEA2LIBAAAAAACgRQIAkOgNAHjiDgDQ4g4AKOMOAIDjDgDY4w4AMOQOAIjkDgDg5A4AOOUOAJDlDgDo5Q4AQOYOAAAAAABAzwcAQNYBAEDWAQAYAgQAAGgCAFhoAgBAag8A4LUPANAnAwAoKAMA0CIBAPhaBgCo4hAAGAIEAKBFAgBgUgYA6LcAAEC4AACYuAAA8LgAAEi5AADIDgAAoEUCAGD4DQAQ6w4AaOsOAMDrDgAY7A4AcOwOAAAAAABAzwcAoEUCADi0DAAQmwQAuGkCAPiFCgBIWwIAmIwAABB1AgAglxEAeJcRAHDRAQA4KAAAoEUCALATDAAIFAwASEsAABAGBgComQAAAJoAAPD/AgAQwAoAaMAKAKBFAgCQ6A0AeOIOANDiDgAo4w4AgOMOANjjDgAw5A4AiOQOAODkDgBIgAgAKCgOAFgAAABYAAAAqAoLAEDWAQBISwAAoEUCAEiACACozQEAAAAAAKiZAADghA0AgI4NAKAfAAAYGQAAcLwIAMi8CABAzgAAmM4AAPDOAAAgUwMAuFsDABBcAwAAhAsAIBoAAJC0DACYXw8AYAEAALgBAAAQAgAAaAIAAMACAABIgAgAKCgOAFgAAABYAAAAYAYCAODWBAComQAAkLcAAEDWAQCwfgIAWFkHAKBFAgBg+A0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAALjSAAAwbAoAiGwKAAAAAAAolAAAMJ0BAEDWAQCY1gEAyA4AAKBFAgBIqwEA4NYEADjXBABYAAAAMLMBAIizAQDgswEAOLQBAJC0AQDotAEAQLUBAAAAAAAgUwMAMHYDAKjNAQAAzgEAWM4BADjgDABIOg0AoDoNAMAdDQAYHg0AcB4NAMgeDQAIXgIACBQMAMCLAgDAcwoAGHQKAHB0CgBwvAgAoEUCAHjnEAAQfgoAoEUCAEBqDwBIChIA+EsAAFBMAACoTAAAAE0AAFhNAACwTQAAAAAAAPiFCgBQvw0ASIAIAKAfAAD4HwAAUCAAAKggAAAAIQAAWCEAADBsCgCIbAoAAAAAACiUAAComQAAyA4AAAjMAgDo4AEAcLwIAKBFAgBIgAgAiDIAAOAyAAA4MwAAkDMAAKg9EABIWwIAmIwAAADZAQCgHwAAcLwIAKBFAgBg+A0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAAABoAgBYaAIAeKADANCgAwAooQMAgKEDAMAdDQAYHg0AyBkAACAaAACQtAwAmF8PAGABAAC4AQAAEAIAAGgCAADAAgAAeGwCANBsAgAAgBAAWIAQADi0DABAUgEAmFIBAPD/AgAwnQEAcLwIANjSEAA4tAwAkLQMAJhfDwBgAQAAuAEAABACAABoAgAAqD0QAEhbAgCYjAAAANkBAKAfAABwvAgAoEUCAGD4DQBAzgAAmM4AAPDOAABIzwAAoM8AAPjPAABQ0AAAqNAAAADRAABY0QAAsNEAAAjSAABg0gAAAGgCAFhoAgB4oAMA0KADACihAwCAoQMAwB0NABgeDQDIGQAAIBoAAJC0DACYXw8AYAEAALgBAAAQAgAAaAIAAMACAAB4bAIA0GwCAACAEABYgBAAOLQMAEBSAQCYUgEA8P8CADCdAQBwvAgA2NIQAJiMAAAA2QEAqN0DACBTAwAwdgMAiDIAAOAyAAA4MwAAkDMAAKg9EADIDgAAoB8AAPgfAABQIAAAqCAAAAAhAACoPRAAOCgAAMDkCQBA1gEAyIENAAjMAgCoPRAA0CIBAEDBCADIDgAAqM0BAPh3AADwEg8AYHoLAPjRDgA4VgMA6LcAAEC4AACYuAAA8LgAAEi5AACguQAAOLQMAJC0DACYXw8AYAEAALgBAAAQAgAAaAIAAMACAADQIgEAyP0BAMgOAAAIzAIAoEUCAGDWEQB4PxEAYPgNAAAtBwBIgAgAQJ4QABAGBgBoBgYAiJ0BAAAAAACQtwAAkLcAAKiZAADIDgAAqM0BAKBFAgCQ6A0AmAERABgZAAB4zAMAqJkAAHC8CACgRQIA+EUCAJj0DQBA1gEAoEUCACiUAADIDgAAoB8AAKBFAgAAAAAAGBkAAGihAgAIbwsAcBkAAGjeAAAYGQAAoEUCAJDoDQDIvAgAyHURACB2EQBIWwIAmIwAAADZAQCgHwAAAAAAAEDWAQC4aQIAmIwAAPCMAABIjQAAoI0AAPiNAABQjgAA4DoBAHC8CADY0hAAGBkAAHjMAwComQAAcLwIALhpAgComQAAAJoAAFDxAADoNQMASFsCAJiMAAAIjggAuGkCAHC8CABIWwIAuGkCAKiZAAAAmgAAUPEAAOg1AwAolAAASFsCALgCEgDg1gQAkLcAAKBFAgBooQIAwKECABiiAgCgRQIAMGwKAIhsCgBISwAAEAYGAGgGBgComQAA8P8CAEgAAwCgAAMAoEUCADjgDABIOg0AoDoNAMAdDQAYHg0AcB4NAMgeDQAw7w4AEOsOANhYCQCgqwEAaN4AAKiZAAAYGQAAcBkAAHhOAQDQTgEA+OwQAGAkDgBYAAAAWAAAAKgKCwBA1gEASEsAAOjgAQBwvAgAuGkCAJiMAABAzgAAmM4AAPDOAAC4aQIA0CIBACgjAQBAcwwAAAAAAEirAQDg1gQAqJkAABgZAABISwAAoEUCAJDoDQB44g4A0OIOACjjDgCA4w4A2OMOADDkDgCI5A4A4OQOAEiACAAoKA4AWAAAAFgAAACoCgsAQNYBAEhLAACgRQIAYPgNAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAAENMAAEBSAQCYUgEASEsAAEh8AgBgTAgAmJQBADBdDwCgRQIAMGwKAIhsCgAAAAAAKJQAAKiZAADIDgAACMwCAOjgAQBwvAgAoEUCAGDWEQC41hEAENcRAGjXEQDA1xEA+B8AAFAgAACoIAAAKJQAAEhLAACgSwAA+EsAABgZAABISwAAuOEGAJC3AAAIDgMAKI4CALjhBgBAzwcAEH4KAKBFAgA4tAwAYAYCACiUAACoUQIAMJ0BAIidAQCgRQIAmIwAAEDOAACYzgAAKOEAAGD4DQBAzgAAmM4AAPDOAABIzwAAoM8AAPjPAABQ0AAAqNAAAADRAABY0QAAsNEAAAjSAABg0gAAuNIAADBsCgCIbAoAAAAAACiUAAAwnQEAQNYBAJjWAQAAAAAAQNYBAEgtCgAQfgoAqFECAFgAAACwAAAACAEAAKBFAgB4dw0AWAAAALAAAAAIAQAAYAEAALgBAAAQAgAAaAIAAEgDAgCgAwIAYFIGAAgOAwBgDgMAuA4DAFicDgCwnA4ACJ0OAHhsAgAwnQEA+MgGAKBLAADgKQ4AIJYKAEhLAACgRQIAYPgNAKjiEAAYAgQAoEUCADi0DACQtAwAmF8PAGABAAC4AQAAEAIAAGgCAADAAgAAYFIGALhSBgAQUwYAOCgAAMDkCQCoUQIAKJQAAEDWAQCY1gEAQNYBAKBFAgBgUgYA6LcAAEC4AACYuAAA8LgAAEi5AACguQAASIAIAKAfAAAYGQAASEsAAKBFAgBg+A0AQM4AAJjOAADwzgAAAGgCAFhoAgB4oAMA0KADACihAwCAoQMAwB0NABgeDQDIGQAAIBoAAJC0DACYXw8AYAEAALgBAAAQAgAAaAIAAMACAAA44AwASDoNAKA6DQBIgAgAoB8AAAAAAACYjAAAQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAAFCLAQCoiwEAAIwBAFiMAQAYVwUAYPgNAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAA0LEBACiyAQCAsgEA2LIBAMCLAgDAcwoAGHQKAHB0CgDIdAoAIHUKAHh1CgBg+A0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAAOjgAQAolAAAyA4AAAijAQCInQEAqFECAKBFAgDQIgEAQMEIAKhuBwDoDQkAmIwAAKjiEAB4zAMAOHQEANAiAQCgRQIAAAAAAJC3AACYlAEA8JQBAEiVAQAYGQAAwIsCABiMAgBwjAIAgBgBACBTAwCAGAEAmIwAAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAABQiwEAqIsBAACMAQBYjAEAAAAAAEDPBwAQfgoAqFECAABSAgDIDgAAoB8AAKhuBwCgQQcA+EEHANDREAD4yAYAkIUCAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAQKwEAJisBADwrAQASK0EAKCtBAD4rQQAUK4EAKiuBAAArwQAKOYNAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAAiJ0BAPgfAABQIAAAqCAAAAAhAACY1gEAAJoAAFDxAADoNQMAYPgNAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAA0LEBACiyAQCAsgEA2LIBALhpAgBA1gEAmNYBAPiHAgCwIhIAyA4AAKAfAABwvAgAoEUCAKg9EAC4DRIASKsBAKCrAQD4qwEAUKwBAKisAQAArQEAeGwCANBsAgAAgBAAWIAQADBsCgCIbAoA4GwKADhtCgCQbQoA6G0KAKBFAgAolAAAyA4AAAijAQCInQEAqFECAKBFAgBg+A0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAALjSAADQIgEAQMEIAKhuBwDoDQkAmIwAAKjiEAB4zAMAOHQEAEhLAAC4aQIAmIwAAIBYCQDYWAkAoKsBAGjeAAComQAAcLwIAKBFAgCoPRAAQNYBAEgtCgBIWwIAmIwAAEhbAgC4AhIAWDYPALA2DwBAzgAAmM4AAPDOAABIzwAAoM8AAPjPAABQ0AAAqNAAAADRAABY0QAAsNEAAAjSAABg0gAAqJkAAACaAABQ8QAA6DUDAPCMAABIjQAAoI0AAPiNAABQjgAAkKkBAOipAQBAqgEAmKoBAPCqAQDY0hAAAJoAAFDxAADoNQMA4DcCAJC3AAComQAAWAAAAEhLAAC44QYAQM8HAKBFAgAAAAAAAAAAAAAAAAAYVwUAMGwKAIhsCgBIcAYAANkBACAPAAAQfgoAIFMDAKAJAAAolAAAyA4AAKAfAAD4HwAAGBkAAMCLAgAYjAIAcIwCAGCmCwC4pgsAEKcLADi0DACQtAwAmF8PAGABAAC4AQAAEAIAAGgCAADAAgAAwB0NABgeDQBwHg0AyB4NADDvDgAQ6w4A2FgJAKCrAQBo3gAAqJkAAHC8CABgXg0AcBkAAMgZAABg+A0AYNEPAEiNAACgjQAA+I0AAFCOAACojgAAQGoPAOC1DwCgTQ4AQGoPAEgKEgAwnQEAOHQEAJB0BADw/wIA+IUKAOApDgDIDgAACMwCAHhsAgAwnQEA+MgGAKBLAACgRQIAMGwKALB+AgBIWwIASFsCADCdAQD4yAYA0CIBAAAAAACgRQIA+EUCAFBGAgCoRgIAAEcCAKBFAgA4tAwAYAYCAFg2DwCwNg8AANkBAKAfAABgUgYA6A0JAEAOCQCYDgkA8A4JAKBFAgAYAgQAcAIEAMgCBABA1gEAoEUCAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAOBHBAA4SAQAgAsJAKAfAACoYQ8ASEsAALjhBgCInQEAqFECADgoAACA6QEA2OkBADDqAQAQ/wAAgBgBADgoAACA6QEA2OkBADDqAQDgWgUAOFsFAJBbBQBg+A0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAAOjgAQBAag8A4LUPAEDPBwBwvAgA2NIQAOBSDwAAAAAAAAAAAAAAAAAAAAAAoEUCAPDLAQBIWwIAmIwAAAiOCACgRQIAYFIGAEDWAQCY1gEA8NYBANjSEAAYGQAASEsAALjhBgCYjAAAgFgJAMgOAAAAAAAAGBkAAPD/AgBIAAMAoAADAODWBABwvAgAyLwIAPCMAABIjQAAoI0AAPiNAABQjgAAOMwPAMChAgAYogIAMJ0BADCdAQCoUQIAGBkAAMCLAgCocwkAKJQAAEDWAQCY1gEA8NYBAJDTCQComQAAyA4AAEDNDwBwGQAAeE4BANAiAQD4WgYAKI4CAJC3AABwvAgA2NIQABgZAAB4zAMAqJkAAAAAAABAzwcAqFECADCdAQCInQEAoEUCAPhFAgBQRgIAqEYCAABHAgD4RQIAmPQNAEDWAQCgRQIAKJQAAMgOAACgHwAA+B8AAKBFAgD4RQIAUEYCAKhGAgAARwIA+EUCAJj0DQBA1gEAoEUCACiUAADIDgAAoB8AAKBFAgBg+A0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAALjSAADQsQEAKLIBAICyAQDYsgEAoEUCACiUAADIDgAAoB8AAPgfAAAYGQAAwIsCABiMAgDw/wIAEMAKAGjACgDIgQ0ACKMBAEDPBwAQfgoAMJ0BAIidAQB4zAMAYNEEAMj9AQDQIgEAoEUCAEiACAAoKA4AWAAAAFgAAACoCgsAQNYBAEhLAADo4AEAcLwIAKBFAgBg+A0A8E4RADCdAQCgRQIA8P8CABDACgBowAoAyIENAAijAQBAzwcAEH4KAKBFAgA44AwAAAAAAMgOAACozQEAAM4BACBTAwDIDgAAqN0DAKBFAgAwbAoASC0KACCWCgBISwAAuOEGAIidAQComQAAyA4AABB+CgBofgoAwH4KABh/CgBwfwoAyH8KAIidAQCoUQIAoEUCAEBqDwDgtQ8AaOwKAMDsCgDgtQ8AAAAAAKiZAABwvAgAeEkKADh0BACQdAQAeOcQABB+CgDIDgAAqM0BAKAfAAD4HwAAuOEGAEDPBwAQfgoAqJkAAACaAABQ8QAA6DUDAPjIBgDo4AEAQOEBAJjhAQDw4QEAmIwAAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBAKiZAADIDgAACMwCACBTAwAolAAAgJQAAAgDAwD4yAYAIFMDAJiMAAAA2QEAWNkBALDZAQAI2gEAYNoBALjaAQAQ2wEAAO8BAFjvAQCw7wEACPABAGDwAQC48AEAEPEBAGjxAQCYjAAAGCkNAMgpDQAgUwMASGMDAGiRCwAw4Q8AiOEPAODhDwA44g8AkOIPAOjiDwBA4w8AsH4CAAh/AgBgfwIAOCgAAIDpAQDY6QEAMOoBANjSEAAAmgAAUPEAAOg1AwAAAAAAmIwAAPD/AgBIAAMAEHUCAEirAQCYjAAAqOIQAKhRAgAQdQIAmIwAAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBABDbAQBo2wEAwNsBABjcAQBw3AEA0CIBAFgAAACwAAAA8LICANDREAAo0hAAIA8AABB+CgA4KAAAgOkBANjpAQAgFA0AeBQNACiUAABIqwEASEsAALjhBgBYAAAAYAYCAFg2DwCIKBIAgOkBANjpAQAgFA0AeBQNAKAfAAD4HwAAUPEAAOg1AwAAAAAAoEUCAGDWEQCgWwIA+FsCAFBcAgCoXAIAAF0CAFhdAgBIqwEAmIwAAKjiEAAYGQAAqJkAAHC8CACgRQIA+EUCAJj0DQBA1gEA6OABAPjRDgBQWQMAmIwLAPBqDwCQ6A0A6OgNADDhDwCI4Q8A4OEPADjiDwCQ4g8A6OIPADi0DACQtAwAaOMNAMDjDQAY5A0AoEUCAGD4DQDQ3BAAoEUCALATDAAQpg8AWEcCALBHAgAISAIAYEgCALhIAgD4RQIAwOQJABjTDwBw0w8AyNMPACDUDwB41A8A0NQPACjVDwB4bAIAMJ0BAPjIBgCgSwAA4CkOACCWCgBISwAAoEUCADBsCgDo1QwAQNYMABAXDwBoFw8AwBcPABgYDwBwGA8AYPgNAKjiEAAYAgQAoEUCAGD4DQDQ3BAAKN0QAIDdEADY3RAAMN4QAIjeEAComQAAqF8BAFhHAgCwRwIACEgCAGBIAgC4SAIAsBMMABCmDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAAaAIAWGgCALATDAAQpg8AWEcCALBHAgAISAIAYEgCALhIAgDAIAwASKsBAFg2DwCIKBIA4CgSADgpEgCQJBAAOFMPAKBFAgAwbAoA0NEQAPgrEgBQLBIAqCwSAMAgDAAYIQwA+EUCAFBGAgCoRgIAAEcCAAAAAADgUg8AoEUCADBsCgDQ0RAA+CsSAFAsEgCoLBIAwCAMABghDAD4RQIAUEYCAKhGAgAARwIA+EUCAFBGAgCoRgIAAEcCAIjqAQAYVwUAkN8QAOjfEABA4BAAmOAQAPDgEAAAAAAAKJQAAICUAAAIAwMA+MgGABB1AgDAqxEAcLwIAGihAgAolAAAgJQAAAgDAwD4yAYAEHUCAGC1EQBA1gEAsH4CAFhZBwBAwQgAaN4AAEDPBwBA1gEAaKECABB1AgCYjAAAANkBAFjZAQCw2QEACNoBAGDaAQC42gEAENsBAGjbAQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAAAAAADgoAACA6QEA2OkBADDqAQBYAAAA0LoJAKhuBwBISwAA6OABAPD/AgBIAAMAoAADAPgAAwBQAQMAyA4AAKBFAgBAag8A4LUPAKBNDgBg1hEAeD8RAAAAAABg+A0A0NwQACjdEACA3RAA2N0QADDeEACI3hAAsBMMAED2EACY9hAA8PYQACBTAwAAAAAAQM8HAEhLAACQtwAAmJQBAFD5AQCo+QEAAPoBAFj6AQCY1gEA8NYBAKBFAgAolAAAyA4AAAijAQCInQEAqFECAKBFAgCQJBAAOFMPALATDAAAAAAASKsBAAAAAAAolAAAmIwAAIBYCQAAAAAAAAAAACiUAABISwAAoEUCAHhsAgDQbAIAAIAQAKBFAgCwEwwAAAAAACiUAACYjAAA+IUKAOApDgAglgoAeJYKANCWCgAolwoAYNYRAICXCgDYlwoAMJgKAGDWEQBgUgYAuFIGABBTBgBAZxAAmGcQAPBnEABgUgYAuFIGABBTBgBAZxAAmGcQAPBnEACYjAAAqOIQAAAAAACgRQIAqFECAABSAgBYUgIAAAAAAEhLAADo4AEAQOEBAJjhAQAQdQIAwM0NABjODQBo3gAAUGcCAKhnAgAYAgQASEsAAOjgAQBA4QEAmOEBABB1AgBodQIAsH4CAAh/AgBgfwIAuH8CAMgOAAAQBgYA2AcOAAh/AgBgfwIAuH8CAEhLAACgSwAAqAsSAAAMEgBYDBIAAAAAAEDWAQCY1gEAwPEBALiUBgCobgcASEsAAMgOAAAQdQIAOHoCAJB6AgDoegIAQHsCAJh7AgDwewIASEsAAEh8AgCAcg8AoEsAAKgLEgAADBIAQM8HABB1AgA4egIAoEsAAKgLEgAADBIAWAwSAJiMAAAYKQ0AOHQEAKAfAADghA0AOIUNAJCFDQDohQ0AQIYNABB1AgA4egIAoEsAAKgLEgAADBIAWAwSABB1AgA4egIAoEsAAKgLEgAADBIAGAIEAFgAAADQugkAqJkAAACaAABQ8QAA6DUDADgoAACQKAAAAJoAAJjWAQAYGQAAkLcAAKiZAAComQAAAJoAAFDxAADoNQMAmIwAAFhZBwBAwQgAqJkAAACaAABQ8QAA6DUDAEhLAABISwAAEAYGAGgGBgBIWwIAoFsCAPhbAgDo4AEAqJkAAACaAABQ8QAA6DUDANAiAQBAwQgASEsAAKBLAADgKQ4AcLwIANjSEAAAmgAAUPEAAOg1AwBIqwEASKsBAFgAAACoCgsAMJ0BAIidAQA45QMAkOUDAPgNEQCY1gEAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAEDWAQCY1gEA+IcCAFCIAgCoiAIAAIkCAFiJAgCwiQIACIoCAGCKAgCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAAAAAAKiZAAAYAgQAqJkAAACaAABQ8QAA6DUDAHC8CADY0hAAqF8BADDNEgAAmgAAUPEAAOg1AwAAAAAAqJkAAACaAABILQoAcLwIAHhJCgDw/wIAMJ0BADh0BAAIowEAQM8HABB+CgComQAAAJoAAFDxAADoNQMASFsCABguDwAglgoAgJQAAKALAwBIqwEAoKsBAAgqDABgKgwAuCoMAFg2DwAAmgAAUPEAAOg1AwCo4hAAqFECAGB6CwComQAAAJoAAFDxAADoNQMAQNYBAKhRAgAolAAA0CIBAEDBCAAYGQAASEsAAOjgAQDQxA0AUPEAAOg1AwBAzwcAIJYKAEhLAABIfAIAOCgAAEhbAgAYLg8AIJYKAICUAACgCwMAyA4AAKAfAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAmIwAAADZAQBY2QEAiDIAAAgOAwAA2QEACMwCAOjgAQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAkNMJAJjPBwDwzwcAiCIJAOAiCQA4IwkAkCMJAOgjCQBAJAkAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQCobgcAoEEHAPhBBwDIgQ0ACKMBAEDPBwAQfgoAqJkAAACaAABQ8QAA6DUDAEhLAACYjAAA8IwAAGihAgBAzwcA8P8CABDACgBowAoAOCgAAEirAQCgqwEAaN4AAKiZAAAAmgAAUPEAAOg1AwC44QYAEOIGALjRBABgBgIAWDYPANAiAQBAwQgAGBkAAEhLAADo4AEAcLwIANjSEAAAmgAAUPEAAOg1AwDIDgAAYCQOAFgAAABYAAAAqAoLAEDWAQBISwAA6OABAHC8CACQ0wkAmM8HAPDPBwCIIgkA4CIJADgjCQCQIwkA6CMJAEAkCQComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAEirAQBIqwEAWDYPAKhRAgAYvgsAgFgJAJiMAADwsgIASLMCAKCzAgD4swIAULQCAKi0AgAAtQIAWLUCAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBA1gEAsH4CABgCBAAwnQEAiJ0BANCjAgAopAIAgKQCALi2AgAQtwIAaLcCAMC3AgAYuAIAcLgCAMi4AgAguQIAeLkCANC5AgAougIAgLoCANi6AgAwuwIAiLsCAOC7AgA4vAIAkLwCAOi8AgDQIgEASFsCAHg/EQAAmgAAOCgAAJj0DQBA1gEA0CIBAPhaBgAojgIA6OABAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQCQtwAAoEEHAPhBBwBQQgcAqEIHAABDBwBYQwcA0CIBACgjAQBAcwwAeEkKAIi4DgDA5AkAkLcAAAgOAwAojgIAuOEGAEDPBwAQfgoAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAAAAAAmIwAAIBYCQAolAAAqJkAAKiZAAAAmgAAUPEAAOg1AwB4zAMAkLcAAJiUAQDwlAEASJUBAKiZAAAYGQAAkLcAAJiUAQDwlAEASJUBAKiZAAAAmgAAUPEAAOg1AwBwvAgA2NIQAKhuBwAAbwcA8JQBAEiVAQComQAAAJoAAFDxAADoNQMAcLwIANjSEAA4KAAAwOQJABjTDwComQAAcLwIAJiMAACAWAkA2FgJADBZCQBAag8A4LUPAKBNDgBg+A0AAC0HANAiAQBAwQgAmMEIAEhbAgB4PxEAAJoAAKBFAgD4RQIAsCISAICUAAAI1w0ASEsAALjhBgBAzwcAEH4KAOjgAQCQwgsA6MILAEhLAACgRQIAQGoPAOC1DwCgTQ4AMGwKAIhsCgBIcAYACI4IAKBFAgA4tAwAQFIBAJhSAQCQ1w8A6NcPAEDYDwCY2A8A8NgPAGD4DQDQ3BAAKN0QAAijAQBgowEAuKMBAKBFAgA4tAwAQFIBAJhSAQCQ1w8A6NcPAEDYDwCY2A8A8NgPACiUAACAlAAAoAsDAPgLAwBQDAMAqAwDAAANAwBYDQMAsA0DAPCZDgBImg4AoJoOAPiaDgBQmw4AqJsOAEDPBwCgRQIA+EUCAJAoAABo3gAAoEUCAGD4DQC4+A0ASLMCAKCzAgD4swIAULQCAKi0AgAAtQIAyA4AAKBFAgBAag8A4LUPAKBNDgD4RQIAsCISAICUAAAI1w0ASEsAALjhBgBAzwcAEH4KAKjiEAAYGQAAcBkAAHhOAQCwXQIAMGwKAIhsCgDw1gEA2NIQAKhuBwDotwAAQL0CAPCyAgCY1gEASC0KAPDLAQBAag8AYFIGABgCBACA8Q0A2PENADDyDQCI8g0AqJkAAACaAABQ8QAA6DUDABgZAABISwAAmIwAACiOAgC44QYAQM8HABB+CgComQAAAJoAAFDxAADoNQMAaAoMAMDkCQAY0w8A0KMCAKBFAgBIgAgASDcDANAiAQBIWwIAGC4PADCdAQCg3wIAmIwAACiOAgC44QYAQM8HABB+CgCgRQIAsBMMAED2EACY9hAA8PYQAPhFAgBQRgIAqEYCAABHAgAAAAAAoEUCADjgDACQ4AwAmMoQAPDKEABIyxAAoMsQAAD6AQAojgIAuOEGAEhbAgC4AhIAWDYPAEBqDwCQhQIA6IUCAECGAgBgUgYACA4DABgxAwBwMQMAyDEDACAyAwB4MgMAKD4DAIA+AwDYPgMAMD8DAIg/AwDgPwMAOEADAJBAAwDoQAMAQEEDAAAAAAAolAAAgJQAAKALAwD4CwMAUAwDAKgMAwAADQMAWA0DAGBSBgAIDgMAGDEDAHAxAwDIMQMAIDIDAHgyAwAolAAAyA4AAEBqDwDgtQ8A0CcDACgoAwDQIgEA+FoGAKjiEADAHQ0AGB4NAHAeDQDIHg0ACF4CAAgUDABgFAwAIJYKAKhRAgDQIgEAoMEBADh0BACozQEACKMBAIidAQCoUQIAoEUCADBsCgCIbAoASEsAACiUAABA1gEAkOgNAJgBEQCobgcA6LcAAEC9AgDwsgIAmNYBAPDWAQCgRQIAYPgNAKjiEABwvAgAoEUCAMAdDQAYHg0AcB4NAMgeDQAolAAAyA4AAKAfAAA44AwAkOAMAOCdAQA4ngEAkJ4BAOieAQBAnwEAeLwBAHjnEACYzwcA8M8HAIgiCQDgIgkAOCMJAJAjCQDoIwkAYNEEALjRBAAQ0gQAaNIEAMDSBAAY0wQAcLwIAKBFAgBg+A0AqOIQAHC8CACgRQIAwB0NABgeDQBwHg0AyB4NACiUAADIDgAAoB8AAEiACABINwMAoDcDAPg3AwBQOAMAqDgDAODZDgA42g4AkNoOAOjaDgBA2w4AoAkAAPh8DQCgHwAA8P8CABDACgBowAoA0NEQAPjIBgCQhQIAoAkAAMgLDAAAAAAAAGgCAPh5AwDQIgEAQMEIAMgOAACozQEA+HcAAPASDwBgegsAoAkAAMgLDAAAAAAAGFcFADjgDABIOg0AoDoNAGDWEQB4PxEAiMIHAKCrAQBo3gAAoEUCAEBqDwBIChIA+EsAALATDAAQpg8AWEcCALBHAgAISAIAYEgCALhIAgDQIgEAoMEBAPjBAQBQwgEAqMIBAADDAQBYwwEAsMMBAGBSBgC4UgYAeJUDANCVAwAolgMAgJYDANiWAwBg0QQAuNEEAGAGAgBYNg8AqG4HAABvBwB4lQMAoEUCAPhFAgBQRgIAqEYCAABHAgB4bAIAMJ0BAPjIBgCgSwAAoEUCALATDAAQpg8AaKYPAMCmDwDw/wIAEMAKAGjACgCwfgIA8BIPAGB6CwBAag8ASAoSAKAKEgCY1gEAyA4AAGhfAgDAXwIASKsBAHC8CACgRQIA+EUCAJj0DQBA1gEAmOYOAPDmDgBI5w4AoOcOAPjnDgBQ6A4AqOgOAADpDgBY6Q4A0CIBAEDBCAComQAASEsAAGDWEQCgWwIA+FsCAFBcAgCwEwwAEKYPAFhHAgCwRwIACEgCAGBIAgC4SAIA0CIBAKDBAQD4wQEAUMIBAKjCAQAAwwEAWMMBALDDAQA44AwASDoNAKjiEAB4zAMAkLcAACBTAwB4kwsA6NUMAEDWDACY1gwA8NYMAEjXDACg1wwA0IQQAED2EACY9hAA8PYQAKBFAgB45xAAIJYKAEhLAACgRQIAeOcQADgoAACgRQIAYNYRABguDwAglgoAgJQAAKALAwAwbAoAsH4CAIiwAgDgsAIACI4IAHC8CACgRQIAeGwCADCdAQD4yAYAoEsAAKBFAgB45xAA8P8CABDACgBowAoAOCgAAEirAQCgqwEASIAIACgoDgCAKA4A2CgOABAGBgDYBw4AMAgOALhRCgCgRQIAeGwCADCdAQD4yAYAoEsAAKBFAgB45xAA8P8CABDACgBowAoAOCgAAEirAQCgqwEA0CIBAMj9AQAg/gEAeP4BAND+AQAo/wEAgP8BABgCBACgRQIAeGwCADCdAQD4yAYAoEsAAKBFAgB45xAA8P8CABDACgBowAoAOCgAAEirAQCgqwEAkOgNAOjoDQDw/wIAMJ0BAHC8CADY0hAAeGwCADCdAQD4yAYAoEsAAKBFAgB45xAA8P8CABDACgBowAoAOCgAAEirAQCgqwEAMJ0BAKDfAgCgRQIAOLQMAKgKCwAwnQEAiJ0BADjlAwCQ5QMA+A0RAKBFAgCQ6A0AmAERAACaAACY1gEA+IcCAFCIAgCoiAIAAIkCAFiJAgCwiQIAYPgNANDcEAAo3RAACKMBAGCjAQC4owEA0CIBAEDBCAAYGQAASEsAAKBFAgBAag8A4LUPAKBNDgCwEwwACBQMAEhLAAAQBgYAGAIEAKBFAgA44AwAkOAMAOjgDADAHQ0AeMwDANDMAwAozQMA0CIBAPhaBgBIqwEA4NYEAJC3AAComQAAYNYRABguDwAglgoAgJQAAKALAwDIDgAAoEUCAHjnEAAglgoASEsAAKBFAgB45xAAOCgAAKBFAgAwbAoAsH4CAIiwAgDgsAIASEsAAOjgAQCoUQIAYHoLAACaAACgRQIAkOgNAOjoDQDw/wIAMJ0BAHC8CADY0hAAYNYRALjWEQAQ1xEAOKYCAJCmAgDopgIAaKECAMChAgBwvAgAoEUCAGD4DQAojgIAgBgBANgYAQAIDgMAYA4DALgOAwBYnA4AsJwOAAidDgBgnQ4AuJ0OABCeDgBong4AwJ4OABifDgBwnw4AyJ8OACCgDgB4oA4A0KAOACihDgCAoQ4A2KEOADCiDgCIog4A4KIOADijDgCQow4A6KMOAECkDgCYpA4A8KQOAEilDgCgpQ4A+KUOAFCmDgCopg4AAKcOAFinDgCwpw4ACKgOAGCoDgC4qA4AMJ0BAIidAQDQowIAKKQCAICkAgDYrAMAMK0DAIitAwDgrQMAOK4DAJCuAwDorgMAQK8DAJivAwDwrwMASLADAKCwAwD4sAMAAAAAAEDPBwAglgoAoEUCALjtDQAQ7g0A8P8CABDACgBg+A0AqOIQAADjEABY4xAAsOMQAAjkEABg5BAAOOAMAJDgDADo4AwAGAIEAHACBADIAgQAQNYBAKBFAgBIgAgAoIAIAPiACABQgQgAqIEIAEg3AwCgNwMA+DcDAFA4AwBgUgYAuFIGADBdDwAolAAA0CIBABgZAACgRQIAAJoAAJjWAQA44AwASDoNAKA6DQDAHQ0AGB4NAMgZAAAgGgAAkLQMAPCyAgCwfgIAWFkHAEDBCABISwAA6OABANDEDQCgRQIAOLQMAEBSAQCY1gEAGEwQALAAAADwsgIAmNYBAPDWAQCgRQIASIAIAECeEACYnhAAKI4CAOjgAQCQwgsAQMEIABgZAABISwAAoEUCAJDoDQDIvAgAyHURACB2EQBIWwIAmIwAAADZAQCgHwAASIAIAEg3AwDQrg0AKK8NAICvDQDYrw0AoEUCADjgDABIOg0AoDoNAEiACABAnhAAmJ4QAChDEACAQxAAuOEGAIidAQCoUQIAoEUCACiUAABoXwIAKJQAAEhLAABISwAAuOEGAIidAQCoUQIAoEUCAJDoDQB44g4AaN4AADjgDACQ4AwA6OAMADBsCgCIbAoAQMgCAABvBwB4lQMA0JUDACiWAwAYAgQAoEUCANAiAQAoIwEAQHMMAJiMAAAIjggAeEkKAIidAQCoUQIAoEUCADBsCgCIbAoA8NYBAEjXAQCg1wEA+NcBADjgDABIOg0AoDoNAEirAQCgqwEAyC4EACAvBAB4LwQA0C8EACgwBACAMAQAQGoPAEgKEgD4SwAAOBwEAJAcBADoHAQAQB0EAADZAQCgHwAAqGEPAKBFAgA44AwAkOAMAOjgDADQIgEAQMEIAJjBCAAoIwEAQNYBADjgDABIOg0AoDoNADjgDACQ4AwA6OAMAPjtDABQ7gwAqO4MADi0DABAUgEAmFIBAHgcDgDQHA4AKB0OAIAdDgCIshAAeOcQADgoAACgRQIASIAIAECeEACYnhAAKEMQAIBDEAC44QYAiJ0BAKhRAgCgRQIAKJQAACCACgB4gAoA0IAKAEBqDwDgtQ8AoE0OAEiACACgHwAA+B8AAFAgAACoIAAAACEAAFghAABg+A0AKI4CACCWCgB4lgoA0JYKACiXCgCAlwoA2JcKADCYCgCImAoAuEUOABAGBgDYBw4AiLACAMgOAACo3QMAmIwAACiOAgDo4AEAuO0NAOApDgDIDgAACMwCAKBFAgDAHQ0AwIsCABiMAgBwjAIASKsBAKCrAQAIKgwAYCoMALgqDAD4hQoA4CkOAMgOAAAIzAIAoAkAAPgJAABAag8A4LUPAKBNDgBg+A0ACI4IAHC8CABA1gEAmNYBAMgOAACozQEAIFMDAHjnEAAQfgoAoEUCAEiACAAgDwAAgP0JANj9CQAw/gkAiP4JAKBFAgBYAAAASEsAALjhBgCInQEAqFECAKBFAgBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAyFQGAIhHBADgRwQA6D4LAEA/CwB45xAAEH4KAKBFAgAolAAAgJQAAAgDAwDgNwIAoEUCAJDoDQB44g4A0CIBAPhaBgAYKQ0AiJ0BAKBFAgBIgAgAIA8AAID9CQDY/QkAMP4JAIj+CQCgRQIA4JgKADiZCgCQmQoA6JkKAECaCgCYmgoA8JoKAEibCgCgmwoA+JsKAEiACACgHwAA+B8AAFAgAACoIAAAACEAACBTAwDIDgAAoEUCAEBqDwBIChIA+EsAAFBMAACoTAAAAE0AAFhNAACwTQAACE4AAGBOAAC4TgAA6NUMAEDWDAAQFw8AaBcPAMAXDwAYGA8AcBgPAHjnEAAQfgoAoEUCALjtDQDgKQ4AyA4AAEirAQCgqwEACCoMAGAqDAC4KgwAuA4DAAAAAABIqwEAyA4AAAjMAgBgzAIAKI4CAOjgAQDwywEAAAAAAAAAAAAAAAAAAAAAAAAAAAAYRwMAcEcDAPDLAQAAAAAAGEcDAHBHAwBITQMAuFIGADgXDQCQFw0A6BcNAEAYDQCYGA0A8BgNAEgZDQCgGQ0AYG4EALhuBAAQbwQAaG8EAMBvBAAYcAQAcHAEAMhwBAAgcQQAeHEEANBxBAAocgQAgHIEANhyBAAwcwQAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAOBHBAA4SAQAkEgEAOhIBABASQQAmEkEAPBJBABISgQAoEoEAPhKBABQSwQAqEsEAABMBABwTwQAyE8EACBQBAB4UAQA0FAEAChRBACAUQQA2FEEADBSBACIUgQA4FIEADhTBACQUwQA6FMEAEBUBACYVAQA8FQEAKhRAgAgUwMAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEAEhbAgCYjAAAyA4AADh/BACQfwQAWDYPAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQDwBw8ASAgPAKAIDwD4CA8AUAkPAKgJDwAACg8AWAoPALAKDwAICw8AkEgEAOhIBAD4RQIAUEYCAKhGAgAARwIAAJkPADhbBQCQWwUA6FsFAEBcBQCYXAUA8FwFAEhdBQCgXQUAsBMMABCmDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAeGwCAPiFCgAwnQEAoN8CAFg2DwBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAyFQGACBVBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAOBHBAAYcgcAcHIHAMhyBwAgcwcAeHMHANBzBwBINwMAoDcDAJC3AABYAAAAEJsEABB1AgBAkBEAmJARAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAMgOAAAQdQIAIJcRAAgOAwAYMQMAcDEDAMgxAwAgMgMAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBABgZAABwGQAAaN4AAKiZAAAAmgAAUPEAAOg1AwB4lxEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAiEcEAOBHBABwvAgAkNMJAKiZAADIDgAAQM0PAHAZAAB4TgEA0AkCAKhfAQCQHw4AOHQEAAjMAgDo4AEA0MQNAFDxAADoNQMAYFIGAAgOAwBgDgMAuA4DABAPAwD4RQIAUEYCAKhGAgAARwIA0CIBAFgAAACoCgsAQNYBAEhLAADo4AEA0MQNAFDxAADoNQMASKsBAODWBAA41wQAWAAAAEhAAAAQdQIAwKsRADCdAQBIWwIAMF8HALB+AgDwsgIAGAIEAKBFAgDAHQ0AGB4NAHAeDQDIHg0ASKsBAKCrAQDILgQAIC8EANjSEABwvAgAIFMDAHDODQCYzwcA8M8HAEjQBwCgRQIASIAIAGhfAgCYjAAA8LICAJjWAQDw1gEAoEUCAHjnEABIWwIAwPEBALiUBgCobgcASEsAAKBFAgD4RQIAwOQJABjlCQC4WwMAEFwDAACECwAgGgAASEAAAKBFAgB4bAIAwN4AALB+AgDwThEASE8RANC6CQAouwkAoEUCAGD4DQDw/wIASAADABgpDQBwKQ0AmIwAAEhbAgC4AhIAoEUCADjgDABg0QQAuNEEAGAGAgBYNg8A0CIBAEDBCAAYGQAASEsAAJiMAAAojgIAuOEGAEDPBwAQfgoAIFMDAEirAQDg1gQAONcEAFgAAABIQAAAoEUCAEirAQDg1gQAONcEAJDXBADo1wQAQNgEAJjYBADw2AQASNkEAKDZBAD42QQAUNoEACAfDQB4Hw0A0B8NACggDQCgRQIASKsBAODWBAA41wQAkNcEAOjXBABA2AQAmNgEAPDYBABI2QQAoNkEAPjZBABQ2gQAIB8NAHgfDQDQHw0AKCANAEBSAQCYUgEAkNcPAOjXDwBA2A8ASKsBABgCBACQtwAAmJQBAHDRAQA4KAAAwOQJAKhRAgAolAAAQNYBAJjWAQDw1gEAIFMDAECsBAB48A0A0PANACjxDQCoPQUAAD4FAFg+BQCwPgUACD8FAGA/BQC4PwUAEEAFADi0DADgnwQASDcDAJC3AACYlAEAmM8HAHANDwCQVgMA6FYDAEBXAwCYVwMA8FcDAEhYAwAoPgMAgD4DANg+AwAwPwMAiD8DAGD4DQAALQcAOLQMAKgKCwDIDgAACMwCAKhRAgBA1gEAmNYBAMgOAAA4fwQAkH8EAOiqCACQ6A0AQNYBANDREADw/wIAEMAKAGjACgAAaAIAWGgCAEBqDwAQBgYAaAYGAKiZAABwvAgASEsAALjhBgAQ4gYAaOIGAMDiBgAY4wYAcOMGACBTAwA4VgMAKLQEAIC0BADYtAQAMLUEAIi1BADgtQQAOLYEAJC2BADotgQAkEgEAIDvCgDY7woAMPAKAMDiBgAY4wYAcOMGAOjxCgCYNAsA8DQLAFhHAgAwnQEAQNYBAJjWAQCAGAEA0B4RAKBFAgBgUgYAQNYBAJjWAQBIcAYAKI4CAOjgAQBg+A0AAC0HAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAOBHBAA4SAQAkEgEAOhIBABASQQAuO0NAOApDgDIDgAACMwCAEirAQCgqwEACCoMAGAqDAC4KgwA+IUKAOApDgDIDgAACMwCAKBFAgBg+A0AqOIQAHC8CACgRQIAOLQMAKgKCwBA1gEASEsAAAAAAAAAAAAAAAAAABB1AgAAAAAAEHUCAAAAAAAQdQIAAAAAAKBFAgBg+A0AqOIQAHC8CACgRQIAOLQMAKgKCwBA1gEASEsAAPAJEgAAAAAAoEUCAGD4DQCo4hAAcLwIAKBFAgA4tAwAqAoLAEDWAQBISwAASKsBAKCrAQDILgQAIC8EAHgvBADQLwQAKDAEAIAwBABAag8ASAoSAPhLAACAGAEAWAAAAKgKCwDIDgAACMwCAKhRAgBA1gEAmNYBAMgOAAA4fwQAkH8EAIAYAQAw7AQAYPgNAGDRDwC4UQoAEFIKAGhSCgDAUgoAMGwKAIhsCgBAyAIAAG8HAEDWAQBwvAgAoEUCAGD4DQAIjggAYI4IALiOCAAQjwgA6OABANDEDQAQdQIAoEUCANAiAQCgwQEAOHQEAKjNAQAIowEAiJ0BAKhRAgCgRQIAYPgNAAAtBwCoUQIAYHoLANAiAQCgRQIAOOAMAPjIBgBQyQYAkOgNAJgBEQAw0xAA0LoJAOjqEABA6xAAyA4AAKBFAgB45xAAEH4KAAAAAAAAAAAAIFMDAEhjAwBokQsAwJELABiSCwBwkgsAsBMMAED2EACY9hAA8PYQANAqDQAoKw0AgCsNAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAGAJDAC4CQwAEAoMAPiFCgDgKQ4AyA4AAAjMAgCYag8A0MQNACjFDQCAxQ0A2MUNADDGDQCIxg0A4MYNADjHDQCQxw0AkOgNAPhXEgComQAAQGoPAOC1DwCgTQ4AYFIGALhSBgAQUwYAaFMGAMBTBgAYVAYAcFQGAMhUBgCIRwQA4EcEADhIBACQSAQAgO8KANjvCgAw8AoAwOIGABjjBgDQ0RAA+MgGAOjgAQBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAuGkCABBqAgC44QYAEOIGAGjiBgDA4gYAGOMGAHDjBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAIFUGAHhVBgDQVQYAKFYGAIBWBgBIgAgAoB8AAPgfAABQIAAAqCAAACBTAwA4VgMAKLQEAIC0BADYtAQAMLUEAIi1BADgtQQAOLYEAJC2BADotgQAQLcEAJi3BADwtwQASLgEAKC4BAD4uAQAkEgEAIDvCgDY7woAMPAKAIjwCgDg8AoAOPEKAJDxCgC4WwMAEFwDAACECwCITQ0ASC0KACCWCgBISwAA6OABAEBqDwDgtQ8AoE0OALjtDQDgKQ4AyA4AAKiZAABISwAAaN4AAEDPBwBA1gEAaKECAKBFAgA44AwASDoNAKA6DQAolAAAgJQAAEDWAQCY1gEASHAGAKBwBgD4cAYAmIwAAEhbAgC4AhIAAAAAAKBFAgBooQIA8L0NAIidAQDQowIAIFMDADhWAwAotAQAgLQEANi0BAAwtQQAiLUEAOC1BAAAaAIAWGgCAGBSBgAIDgMAwC8SABgwEgBwMBIA+NEOADB2AwAgDwAA0CIBAEDBCAC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgBgCQwAuAkMABAKDAD4hQoAGAIEAAAAAAAAAAAAAAAAABhHAwBwRwMA8MsBAAAAAAAAAAAAAAAAAAAAAAAYRwMAcEcDAEhNAwC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAOBHBAA4SAQAGHIHAHByBwDIcgcAIHMHAHhzBwDQcwcA0CIBAIDoBQDY6AUAMOkFAIjpBQBwvAgASFsCAKBFAgDQIgEAKCMBAEBzDACYcwwA8HMMANAiAQCA6AUA2OgFADDpBQCI6QUAkLcAAOi3AABAuAAAmLgAAPC4AAD4WgYA8LICANDREACYjAAACI4IANAiAQCA6AUA2OgFADDpBQCI6QUA6KoIAJDoDQBA1gEA0NEQAPD/AgAQwAoAaMAKAABoAgBYaAIAQGoPABAGBgBoBgYAqJkAAHC8CADQIgEAyP0BAICUAAAIAwMAYAMDAAgOAwAojgIAuOEGAEDPBwAQfgoAyA4AAKAfAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEA8AcPAEgIDwAQoxAA4LIFADizBQCQswUA6LMFAEC0BQCYtAUA8LQFAEi1BQCgtQUA+LUFAFC2BQCgRQIASKsBAODWBACInQEAaKECAKBFAgD4RQIAUEYCAKhGAgDQzw0AKNANAGD4DQAIjggAcLwIAEDWAQCY1gEAyA4AAKjNAQDgUg8AEP8AAPDVBQDgKQ4AyA4AAAjMAgDQdQoAKHYKAIB2CgDYdgoAMHcKAIh3CgDgdwoAOHgKAJB4CgDoeAoAYPgNAKjiEAAYAgQAoEUCAHjnEAA4KAAAoEUCAEBqDwBIChIA+EsAAFBMAABYAAAA0LoJAKhuBwAwnQEAkGEOAMDkCQComQAAcLwIAKBFAgDQIgEAgOgFANjoBQAw6QUAiOkFAOiqCAC47Q0A4CkOAMgOAAAIzAIAuO0NAOApDgDIDgAACMwCAKBFAgD4hQoAGAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGFcFAHBXBQDgVgoAOFcKAJBXCgDoVwoAQFgKAJhYCgDwWAoASFkKAKBZCgD4WQoAUFoKAKhaCgAAWwoAWFsKALBbCgAIXAoAkEgEAIDvCgDY7woAMPAKAIjwCgDg8AoAOPEKAJDxCgB45xAAmM8HAPDPBwCIIgkA4CIJADgjCQCQIwkA6CMJAEAkCQCgRQIAQGoPALjhBgAQ4gYAaOIGAHC8CACgRQIAeOcQACCWCgAYAgQAyA4AADh/BACQfwQA4NYEALhpAgD47BAAOH8EAJB/BAC4aQIAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQDwBw8ASAgPAKAIDwD4CA8AUAkPAKgJDwAACg8AWAoPALAKDwAICw8AYAsPALgLDwAQDA8AaAwPAMAMDwAYDQ8AkEgEAIDvCgDY7woAMPAKAIjwCgDg8AoAOPEKAJDxCgB45xAAmM8HAPDPBwCIIgkA4CIJADgjCQCQIwkA6CMJAEAkCQCgRQIAQGoPALjhBgAQ4gYAaOIGAHC8CACgRQIAeOcQACCWCgCQSAQAgO8KANjvCgAw8AoAiPAKAODwCgA48QoAkPEKAHjnEACYzwcA8M8HAIgiCQDgIgkAOCMJAJAjCQDoIwkAQCQJAKBFAgBAag8AuOEGABDiBgBo4gYAcLwIAKBFAgB45xAAIJYKAEDWAQDQ0RAAoN8CAKCrAQD4qwEAGAIEALhpAgCQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAONUBAKg9EAC4DRIAKJQAAICUAAB4DAEA0AwBACgNAQCADQEA2A0BADAOAQCIDgEAeMYFANDGBQAoxwUAgMcFANjHBQAwyAUAiMgFAODIBQA4yQUAkMkFANAiAQCA6AUA2OgFADDpBQCI6QUAAAAAAIAYAQAw7AQAYPgNAGDRDwC4UQoAEFIKAGhSCgDAUgoAMGwKAIhsCgBAyAIAAG8HAEDWAQBwvAgAoEUCAGD4DQAIjggAYI4IALiOCAAQjwgA6OABANDEDQAQdQIAoEUCANAiAQCgwQEAOHQEAKjNAQAIowEAiJ0BAKhRAgCgRQIAYPgNAAAtBwCoUQIAYHoLANAiAQCgRQIAOOAMAPjIBgBQyQYAkOgNAJgBEQAw0xAA0LoJAOjqEABA6xAAyA4AAKBFAgB45xAAEH4KAAAAAADQHhEAEAYGAGgGBgDABgYAGAcGAHAHBgDIBwYAgBgBADDsBABg+A0AYNEPALhRCgAQUgoAaFIKAMBSCgAwbAoAiGwKAEDIAgAAbwcAQNYBAHC8CACgRQIAYPgNAAiOCABgjggAuI4IABCPCADo4AEA0MQNABB1AgCgRQIA0CIBAKDBAQA4dAQAqM0BAAijAQCInQEAqFECAKBFAgBg+A0AAC0HAKhRAgBgegsA0CIBAKBFAgA44AwA+MgGAFDJBgCQ6A0AmAERADDTEADQugkA6OoQAEDrEADIDgAAoEUCAHjnEAAQfgoAAAAAAMAdDQAYHg0AIFMDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgCAFhoAgBIgAgAoIAIAPiACADofwQAQIAEAJiABADwgAQASIEEAPjRDgAAAAAAAAAAAMgOAAAAAAAAAAAAABhXBQDQlAcAKJUHABBTBgBoUwYAwFMGABhUBgBwVAYAyFQGAIhHBADgRwQAOEgEAJBIBACA7woA2O8KADDwCgDA4gYAGOMGAHDjBgAgUwMAyKcEACCoBAB4qAQA0KgEACipBACAqQQA2KkEADCqBADAJgoAGCcKAHAnCgDIJwoAICgKAEiACAAgDwAAgP0JANj9CQAw/gkAiP4JAKBFAgBg+A0AOCgAAEhLAADo4AEA0MQNAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAgNMBANjTAQAw1AEAiNQBAODUAQAolAAAgJQAAAgDAwDgNwIAoEUCAEiACAAgDwAAgP0JANj9CQAw/gkAiP4JACBTAwCYjAAA4DcCAEDWAQCY1gEASEsAABAGBgBoBgYAqJkAAMgOAABYAAAA0LoJACi7CQBQ8QAAmNYBAAAAAAAolAAAqJkAAMgOAAAIzAIA6OABANDEDQBQ8QAA6DUDAHiTCwDQkwsAKJQLAKBwBgD4cAYAUHEGAKhxBgAAcgYAWHIGALByBgAIcwYAYHMGALhzBgAQdAYAaHQGAMB0BgAYdQYAcHUGAMh1BgAgdgYAeHYGANB2BgAodwYAgHcGANh3BgAweAYAiHgGAOB4BgA4eQYAkHkGAOh5BgBAegYAmHoGAPB6BgBIewYAoHsGAPh7BgBQfAYAqHwGAJiMAADwjAAA6A0JAEAOCQBwvAgAoEUCAEBqDwBIChIA+EsAANAiAQD4WgYAUFsGAKBFAgAwbAoAiGwKAEhLAAAQBgYAaAYGAKiZAADIDgAAoEUCADi0DAC4/Q8AKLsJAKBFAgAwbAoAiGwKAAAAAAAolAAAqJkAAMgOAAAIzAIAoEUCAEirAQDg1gQAYNEEAKDBAQD4yAYAUMkGAGjeAAD4hQoAMJ0BAJC3AADoDQkAoEUCADjgDABIOg0AIFMDAJC3AAAIDgMAGDEDAHAxAwDIMQMAIDIDAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQCYZBEA0MQNAFDxAADoNQMAiDIAAOi3AABAuAAAmLgAAPC4AABIuQAAIFMDAJC3AAAIDgMAGDEDAHAxAwDIMQMAIDIDAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQCYZBEA0MQNAFDxAADoNQMAMGwKAIhsCgDw1gEASNcBAKDXAQD41wEAUNgBAKjYAQBIqwEAoKsBAAgqDABgKgwAuCoMAPiFCgDgKQ4AyA4AAAjMAgComQAAcLwIAHhJCgA4dAQAiDIAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEABjuBgBw7gYAyO4GACDvBgB47wYA0O8GACjwBgCA8AYAyKcEACCoBAB4qAQA0KgEACipBACAqQQA2KkEADCqBACIqgQA4KoEADirBACQqwQA6KsEAMDxAQAY8gEAcPIBAMjyAQAg8wEAADoKAFg6CgCwOgoACDsKAGA7CgC4OwoAEDwKAGg8CgDAPAoAGD0KAHA9CgDIPQoAID4KAHg+CgDQPgoAKD8KAIA/CgDYPwoAMEAKAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEABjuBgBw7gYAyO4GACDvBgB47wYA0O8GACjwBgCA8AYAeFMDANBTAwB4DAEA0AwBACgNAQCADQEA2A0BADAOAQCIDgEAeMYFANDGBQAoxwUAgMcFANjHBQAwyAUAoB8AAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQDwBw8ASAgPAKAIDwD4CA8AUAkPAKgJDwAACg8AWAoPALAKDwAICw8AYAsPALgLDwAQDA8AaAwPAMAMDwAYDQ8AOLQMAPiYCwBQmQsAqJkLAACaCwBYmgsAsJoLAAibCwBgmwsAuJsLABCcCwBonAsAwJwLABidCwBwnQsAyJ0LACCeCwB4ngsA0J4LACifCwCAnwsA2J8LADCgCwC4WwMAEFwDAACECwCITQ0ASC0KACCWCgBISwAA6OABAEBqDwDgtQ8AoE0OALjtDQDgKQ4AyA4AAEhLAACgRQIAeGwCANBsAgAAgBAAWIAQAMAdDQAYHg0AcB4NAMgeDQA4tAwAqAoLAMgOAACozQEACKMBAEhbAgC4AhIAWDYPAEBqDwDgtQ8AoE0OAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgBgCQwAuAkMABAKDABAag8ASAoSAPhLAAAwbAoAiGwKAPDWAQBI1wEAoNcBAPjXAQBIgAgAoB8AAPgfAABQIAAAqCAAAAAhAAAQ/wAA0PsNAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAOBHBABIYQsAkOAMAOjgDABg1hEAMF8HAIhfBwDgXwcAOGAHABgZAACgRQIASIAIAECeEACYnhAAKI4CADCdAQBg0QQAQMEIAEDPBwAglgoASEsAAOjgAQDQxA0AUPEAAOg1AwBAOBEAuOEGABDiBgBo4gYAwOIGABjjBgBw4wYA6PEKAEDyCgCY8goA8PIKAEjzCgCg8woA+PMKAFD0CgCo9AoAAPUKAFj1CgCw9QoACPYKAGD2CgBIgAgAoB8AAPgfAABQIAAAqCAAAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAuFsDABBcAwAAhAsAWIQLALCECwAIhQsAYIULALiFCwD4RQIAwOQJABjlCQBw5QkAeOcQAEDWAQCgRQIAkOgNAOjoDQBA1gEAmNYBAEDIAgBISwAASHwCAEDWAQAYAgQAoEUCAPDLAQAolAAAgJQAAAgDAwDgNwIA8AcPAEgIDwCgCA8A+AgPAFAJDwCoCQ8AAAoPAFgKDwCwCg8ACAsPAGALDwC4Cw8AEAwPAGgMDwDADA8AGA0PADiDCgBAbgoAsHEKAAhyCgBgcgoAuHIKAJBIBACA7woA2O8KADDwCgCI8AoA4PAKADjxCgCQ8QoAeOcQAJjPBwDwzwcAiCIJAOAiCQA4IwkAkCMJAOgjCQBAJAkAoEUCAEBqDwC44QYAEOIGAGjiBgBwvAgAoEUCAHjnEAAglgoAyOMGACDkBgB45AYA0OQGAHANDwDIDQ8AIA4PAHgODwDQDg8AKA8PAIAPDwDYDw8AMBAPAIgQDwCQSAQAgO8KANjvCgAw8AoAwOIGABjjBgDIgQ0AoB8AAIjCBwBYNg8AqG4HAEhLAAC44QYAQM8HABB+CgBISwAAuOEGABDiBgBo4gYAwOIGABjjBgBw4wYAyOMGACDkBgB45AYA0OQGAKiZAAAAmgAAUPEAAOg1AwBYUgIAuOEGABDiBgBo4gYAwOIGABjjBgBw4wYAyOMGAJhBDgDwQQ4ASEIOAKBCDgD4Qg4AUEMOAKhDDgAgDwAAgP0JANj9CQAw/gkAiP4JAEh8AgCYzwcA8M8HAEjQBwComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBACBTAwAw2goAAJoAAFDxAADoNQMAGBkAAHAZAAAIgAkAYIAJALiACQAQgQkAaIEJAMCBCQCwfgIA8P8CAEgAAwAYKQ0AcCkNAJiMAABIWwIAuAISAKBFAgBAag8AuOEGABDiBgBo4gYAwOIGABjjBgBw4wYA6PEKAAgvDgBgTAgAuEwIABBNCABoTQgAwE0IABhOCABwTggAyE4IAGD4DQA4KAAASEsAAOjgAQDQxA0ASIAIAKAfAACIwgcAWDYPAKhuBwBISwAAuOEGAEDPBwAQfgoAoEUCALATDABA9hAAmPYQAPD2EAAwdgMAGIcLAHCHCwDIhwsAIIgLAHiICwDQiAsA6DQHAEA1BwCYNQcA8DUHAEg2BwCgNgcA+DYHAFA3BwCoNwcAADgHAGhQBwDAUAcAGFEHAHBRBwDIUQcAIFIHACiUAABA1gEAQNYBAJjWAQAYGQAASEsAAKBFAgBAag8A4LUPAJjPBwCoCgsASKsBAKCrAQD4qwEAGAIEACBTAwAAAAAAoEUCAEBqDwCQhQIA6IUCAECGAgD40Q4ASIAIACgoDgAwnQEA+MgGAJiMAABIWwIAuAISAFg2DwBIgAgAoB8AAPgfAABQIAAAqCAAAAAhAACIEgcAoEUCAPhFAgCY9A0A8PQNAEj1DQBAag8AuOEGABDiBgBo4gYAwOIGABjjBgBw4wYAIFMDALhbAwAQXAMAAIQLAGD4DQDw/wIASAADABgpDQBwKQ0AmIwAAEhbAgC4AhIAWDYPAEiACACgHwAA+B8AAFAgAACoIAAAACEAANAiAQAAAAAAWAAAAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAiEcEAOBHBAAY7gYAaAEPAMABDwAYAg8AQNYBAEgtCgA4AxAAwKECAACaAADo1QwAQNYMAEDWAQCY1gEASHAGAKBwBgD4cAYAmIwAAEhbAgC4AhIAWDYPAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAgJQAABgZAAAYAgQAIFMDAEhLAACQtwAAWAAAAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAiEcEAOBHBAA4KAAAgOkBANjpAQAw6gEAkLcAAJiUAQBw0QEAyNEBAEDWAQCY1gEA+IcCALAiEgDIDgAAoB8AACiBCgCAgQoA2IEKADCCCgCIggoA4IIKAHDuBgDI7gYAIO8GAHjvBgDQ7wYAKPAGAIDwBgAwdgMAIA8AAID9CQDY/QkAMP4JAIj+CQCgRQIAsBMMAED2EACY9hAA8PYQAHANDwDIDQ8AkNkSAOjZEgBA2hIAmNoSAPDaEgBI2xIAoNsSAPjbEgBQ3BIAqNwSABBvBABobwQAwG8EABhwBABwcAQAyHAEACBxBAB4cQQAuO0NAOApDgDIDgAASFsCADBfBwCIXwcA4F8HADhgBwCQYAcAyIENAPh3AADw/wIASAADABgpDQBwKQ0AmIwAAEhbAgC4AhIAmIwAADgoAABooQIAaIcHAMDxAQCA+xEAiDIAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEABjuBgBoAQ8AwAEPABgCDwCgRQIA0CIBAPhaBgAYAgQAoEUCAMAdDQAYHg0AcB4NAMgeDQBg1hEAeD8RAGD4DQDw/wIASAADABgpDQBwKQ0AmIwAAEhbAgC4AhIAYFIGALhSBgA4Fw0AkBcNAOgXDQBAGA0AmBgNAPAYDQBIGQ0AoBkNAPgZDQBQGg0AsBMMAMgOAAAIzAIAYMwCAEhbAgC4AhIA4NYEADh0BABoXwIAUL8NADjgDABYAAAA8IwAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEABjuBgBoAQ8AwAEPABgCDwB4UwMA0FMDAHgMAQDQDAEAKA0BAIANAQDYDQEAMA4BAIgOAQBg1hEAGC4PAEDPBwBISwAAyA4AAAjMAgAQBgYA2AcOAPBOEQCgRQIA+EUCAEDWAQBILQoA0CIBAKBFAgDwywEAEP8AACBTAwA4VgMA6LcAAEC4AACYuAAA8LgAAEi5AACguQAAuO0NABDuDQBo7g0AwO4NADBsCgDo1QwAQNYMAKBFAgB45xAAIJYKAEhLAACgRQIAeOcQADgoAACgRQIAYPgNAPD/AgBIAAMAGCkNAHApDQCYjAAASFsCALgCEgBYNg8AYNYRADBfBwCIXwcA4F8HADhgBwCQYAcAyIENAKBFAgBAag8A4LUPAKBNDgBAag8AmIwAAIBYCQBooQIAoEUCAEBqDwCo4hAAGAIEAKBFAgB45xAAOCgAAKBFAgBAag8ASAoSAPhLAABQTAAAqEwAAKiZAABwvAgAoEUCAGDWEQAwXwcAiF8HAOBfBwA4YAcAkGAHAEirAQCYjAAAANkBAAjMAgC44QYAkLcAAMgOAACgHwAAmIwAAPCyAgCQtwAA6A0JABB1AgBAkBEAmJARAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAMgOAAAQdQIAIJcRAHiXEQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEABjuBgBoAQ8AwAEPABgCDwAAAAAAWAAAANC6CQDo6hAAyA4AAKAfAACYjAAA8LICAJC3AADoDQkAWAAAAIBtAgAQdQIAQJARAJiQEQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQDIDgAAEHUCACCXEQB4lxEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAiEcEAOBHBAAY7gYAaAEPAMABDwAYAg8ASKsBAODWBADw/wIAMJ0BAIidAQCoUQIAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEAOg+CwCgHwAA+B8AAFDxAADoNQMAIFMDAEhLAAAQBgYA2AcOAIiwAgDIDgAAWAAAAKgKCwBA1gEASEsAACBTAwBISwAAEAYGANgHDgCIsAIAyA4AAFgAAACoCgsAQNYBAEhLAAAgUwMAMNoKAACaAABQ8QAA6DUDAMinBAAgqAQAeKgEANCoBAAoqQQAgKkEANipBABgLQsA4LYLADi3CwCQtwsA6LcLAEC4CwCYuAsA8LgLAEi5CwCguQsA+LkLAFC6CwCougsAALsLAFi7CwCwuwsACLwLAGC8CwC4vAsAEL0LAGi9CwDAvQsAcA0PAMgNDwAgDg8AeA4PANAODwAoDw8AgA8PANgPDwAwEA8AiBAPAOAQDwA4EQ8AkBEPAOgRDwBAEg8AmBIPAJDZEgDo2RIAQNoSABgZAACAGAEA0B4RAKBFAgBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAYAkMALgJDAAQCgwASIAIAKAfAAD4HwAAUCAAAKggAAAwqgQAiKoEAOCqBAA4qwQAkKsEAOirBAD4XQUAUF4FAKheBQC4aQIAEGoCABAGBgDYBw4AiLACAMgOAABYAAAAqAoLAEDWAQBISwAAEHUCACCXEQB4lxEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAiEcEAOBHBAAY7gYAaAEPAMABDwAYAg8AcAIPAMgCDwAgAw8AeAMPANADDwAoBA8AgAQPANgEDwAwBQ8AiAUPALATDABA9hAAmPYQAPD2EADwNgMACA4DAMAvEgAYMBIAcDASAMgwEgAgMRIAeDESANAxEgAoMhIAiBgFAOAYBQA4GQUAkBkFAOgZBQBAGgUAmBoFAPAaBQBIGwUAoBsFAPgbBQBQHAUAqBwFAAAdBQBYHQUAsB0FAAgeBQBgHgUAuB4FABAfBQBoHwUAwB8FABggBQBwIAUAyCAFACAhBQBA8goACA4DAMAvEgAYMBIAcDASAMgwEgAgMRIAeDESANAxEgAoMhIAOFYDACi0BACAtAQA2LQEADC1BACItQQA4LUEAEhLAAC44QYAEOIGAGjiBgDA4gYAGOMGAHDjBgDI4wYAIOQGAHjkBgDQ5AYAuFsDAKiZAABo3gAAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEABjuBgBoAQ8AwAEPABgCDwAQfgoAcBkAAIjMCwDgzAsAmIwAAPD/AgBIAAMAGCkNAHApDQCYjAAASFsCALgCEgBYNg8AqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQDIDgAA+HcAAPD/AgBIAAMAGCkNAHApDQCYjAAASFsCALgCEgBYNg8AqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQC4WwMAEFwDAACECwBg+A0AEOsOAODWBADw/wIAEMAKAMAdDQAYHg0AiMwLAODMCwDIDgAAoEUCAPhFAgCY9A0A8PQNAEj1DQCg9Q0AOOAMAJDgDADo4AwAGAIEAHACBADIAgQAQNYBAKBFAgBgUgYA6LcAACiUAADIDgAACMwCAOjgAQCgRQIAwB0NABgeDQCIzAsA4MwLAGD4DQDw/wIASAADABgpDQBwKQ0AmIwAAEhbAgC4AhIAkLcAAJC3AACgQQcA+EEHAFBCBwCoQgcA8NYBAKBFAgB4bAIA+IUKADCdAQCg3wIAWDYPALATDADIDgAACMwCAGDMAgBIWwIAuAISAODWBAA4dAQAaF8CADCdAQCInQEAqFECAKBFAgBg+A0AAC0HAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAOBHBAA4SAQAkEgEAOhIBABASQQAmEkEAKCACAD4gAgAUIEIAKiBCAAAgggAWIIIALCCCAAIgwgAQGoPAJC3AABYAAAAAAAAADCdAQBYAAAAoEUCAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAOBHBAA4SAQAkEgEAOhIBABASQQAQGoPAEgKEgD4SwAAuO0NAOApDgDIDgAACMwCAEBqDwC44QYAEOIGAGjiBgDA4gYAGOMGAHDjBgDo8QoAmDQLAPA0CwBYRwIAMJ0BAEDWAQCY1gEAeOcQAJjPBwDwzwcASNAHAKBFAgBAag8AkLcAAFgAAACgRQIAYFIGALhSBgAQUwYAaFMGAMBTBgAYVAYAcFQGAMhUBgCIRwQA4EcEADhIBAB4bAIAMJ0BAPjIBgCgSwAAoEUCALjtDQDgKQ4AyA4AAAjMAgCgRQIASEsAAJC3AABYAAAAoEUCADi0DABAUgEAmFIBAPD/AgAwnQEAcLwIANjSEAAAmgAAIFMDAECsBAB48A0A0PANACjxDQDwNgMA6HEFAPCUAQBIlQEAAAAAAOA3AgAAAAAAAAAAAAAAAACYjAAAOCgAAMgOAAA4fwQAkH8EAOiqCABAqwgAmKsIAPCrCABIrAgAoKwIAPisCABQrQgA8AkSAFBZAwCQtwAAWAAAAKBFAgA4tAwAQFIBAJhSAQDw/wIAMJ0BAHC8CADY0hAAAJoAACBTAwBArAQAePANANDwDQAo8Q0A8DYDAOhxBQDwlAEASJUBAAAAAADgNwIAAAAAAAAAAAAAAAAAmIwAADgoAABwvAgAyLwIAPBOEQBISwAAuOEGAPD/AgAQwAoASIAIAKAfAAD4HwAAUCAAAKggAAAAIQAAWCEAADg9BACQPQQA6D0EACiUAACAlAAAeAwBAPD/AgBIAAMAGCkNAHApDQCYjAAASFsCALgCEgBYNg8AeOcQAEDWAQCgRQIAkOgNAHjiDgDQ4g4AKOMOAIDjDgDY4w4AMOQOAIjkDgDg5A4AOOUOAJDlDgDo5Q4AQOYOAHC8CADIDgAAoEUCAEiACACgHwAA+B8AAFAgAACoIAAAACEAAFghAAA4PQQAkD0EAOg9BAAolAAAgJQAAHgMAQDw/wIASAADABgpDQBwKQ0AmIwAAEhbAgC4AhIAWDYPAHjnEABA1gEAoEUCAJDoDQB44g4A0OIOACjjDgCA4w4A2OMOADDkDgCI5A4A4OQOADjlDgCQ5Q4A6OUOAEDmDgCgRQIASIAIAKAfAAD4HwAAUCAAAKggAAAAIQAAWCEAADg9BACQPQQA6D0EACiUAACAlAAAeAwBAPD/AgBIAAMAGCkNAHApDQCYjAAASFsCALgCEgBYNg8AeOcQAEDWAQCgRQIAkOgNAHjiDgDQ4g4AKOMOAIDjDgDY4w4AMOQOAIjkDgDg5A4AOOUOAJDlDgDo5Q4AQOYOAPAJEgDIpwQAwOQJABjlCQBw5QkAwB0NABgeDQBwHg0AyB4NACAfDQB4Hw0A0B8NACggDQAAAAAAmIwAAIBYCQDYWAkA4NYEACBTAwBA1gEA0NEQAIidAQCoUQIAYHoLAACaAABQ8QAA6DUDAKiZAADQIgEAkLcAAAgOAwDwjAAA6A0JAEAOCQDIDgAAoB8AAPgfAABQIAAAqCAAAAAhAACY1gEAAJoAAFDxAADoNQMAwPEBAID7EQAgUwMAMHYDABiHCwBwhwsAyIcLACCICwB4iAsA0IgLAPjRDgA4VgMAKLQEAIC0BADYtAQAMLUEAIi1BADgtQQAYAkMALgJDAAY7QoAcO0KAMjtCgDA4gYAGOMGAHDjBgDo8QoAQGoPAOC1DwBwvAgA2NIQAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBQWQMASAoSAPhLAACADwQA2A8EADAQBACIEAQA4BAEADgRBACQEQQA6BEEAGD4DQDw/wIASAADABgpDQBwKQ0AmIwAAEhbAgC4AhIAWDYPAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAOBHBAA4SAQAYPgNACiOAgDAWQ8ASAoSADCdAQA4dAQAkHQEANAiAQAoIwEA0CIBAEDBCAAYGQAA+N0KAFDeCgCo3goA0M8NACjQDQDQIgEA+FoGAPCyAgBooQIAwKECAHC8CACgRQIAkOgNAJgBEQCYjAAAEO4NAGjuDQDA7g0AGO8NAHDvDQDI7w0AIPANAACyDgCo4hAAcLwIAKBFAgA44AwASDoNAKA6DQD49Q0A6OgNADh0BAD4dwAASFsCALgCEgBYNg8AcLwIAKBFAgAolAAAgJQAAEhLAAC44QYAoN8CAKBFAgBAag8AuOEGABDiBgBo4gYAcLwIAKBFAgAwbAoAiGwKAEhLAAAQBgYASKsBAODWBAA41wQAMKcFAJC3AAAQdQIAIJcRAHiXEQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEABjuBgBoAQ8AwAEPABgCDwDAqxEAoB8AAPgfAABQIAAAqCAAAAAhAABwvAgA2NIQAJiMAAAIjggAIFMDAJDTCQBo3gAAGBkAACBTAwD4hQoA4CkOAMgOAAAIzAIASKsBAKCrAQBI2gsAoNoLAPjaCwBQ2wsA0LoJACi7CQBQ8QAA6DUDAHDODQCYzwcA8M8HAEjQBwCgRQIAKJQAAICUAAAIAwMA4DcCAKBFAgBIgAgAIA8AAID9CQDY/QkAMP4JAEiACABAnhAAmJ4QACiOAgAolAAAyA4AAKBFAgD4hQoAUL8NAKhuBwBooQIAwKECAHC8CACQ0wkAmM8HAPDPBwCIIgkA4CIJADgjCQCQIwkA6CMJAEAkCQCYJAkA8CQJAEglCQCgJQkA+CUJAFAmCQCoJgkAACcJAFgnCQCwJwkACCgJAGAoCQC4KAkAECkJAGgpCQBAOgkAmDoJAPA6CQBIOwkAcLwIAKBFAgB45xAAIJYKAEhLAACgRQIAeGwCANBsAgAYKQ0A+MgGALjhBgCInQEAqFECAKBFAgD4RQIAmPQNAEDWAQCgRQIAeOcQAJjPBwDwzwcAiCIJAOAiCQA4IwkAkCMJAOgjCQAouwkAsH4CACiOAgC44QYAQM8HABB+CgBISwAAuOEGABDiBgBo4gYAwOIGABjjBgBw4wYAyOMGAJhBDgDwQQ4ASEIOAKBCDgD4Qg4AUEMOAKhDDgDQXgMAyP0BAEhLAACYjAAAKI4CAOjgAQB45xAAmM8HAPDPBwCIIgkA4CIJADgjCQCQIwkA6CMJAEAkCQCgRQIAQGoPALjhBgAQ4gYAaOIGAHC8CACgRQIAeOcQACCWCgBISwAAAGgCACiUAACAlAAAeAwBANAMAQAoDQEAgA0BANgNAQAwDgEAiA4BANAiAQAoIwEAQHMMAHhJCgCIuA4AGAIEAKBFAgBgUgYAuFIGADgXDQCAlAAASEsAAOjgAQBQWQMAuOEGABDiBgBo4gYAwOIGABjjBgBw4wYA6PEKAHhsAgDQbAIAGCkNAPjIBgC44QYAiJ0BAKhRAgCgRQIA+EUCAJj0DQBA1gEAoEUCAPD/AgBIAAMAoAADAPgAAwD4hQoA4CkOAMgOAAAIzAIAYMwCAPD/AgBIAAMAGCkNAHApDQCYjAAASFsCALgCEgBgTAgAAAAAAEirAQAgUwMAuFsDABBcAwAAhAsAuO0NAOApDgDIDgAACMwCAMgOAACgRQIAYPgNAPD/AgBIAAMAGCkNAHApDQCYjAAASFsCALgCEgBYNg8AOOAMAJDgDADo4AwA+O0MAFDuDACo7gwAOLQMAKgKCwAACwsAeFMDANBTAwB4DAEA0AwBACgNAQCADQEA2A0BADAOAQCIDgEAeMYFAEDWAQCY1gEASHAGACiOAgDo4AEASIAIAKAfAADIDgAAqM0BAAijAQBAzwcASKsBAEirAQCgRQIAuO0NAOApDgDIDgAACMwCABD/AADQ+w0AGFcFAEBqDwAQBgYAaAYGAKiZAABwvAgAoEUCAPhFAgCY9A0AQNYBAKBFAgAAAAAAKJQAAKiZAAAAmgAAGAIEAKBFAgD4RQIAUEYCAKhGAgAARwIAGBkAAHAZAACIzAsA4MwLAMgOAAA4KAAAgOkBANjpAQAw6gEA2NIQAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQDwBw8ASAgPADgXDQCQFw0A6BcNAEAYDQCYGA0A8BgNAEgZDQCgGQ0AMGwKAIhsCgBIcAYAoHAGAPhwBgCgRQIAYPgNAKjiEAAYAgQAoEUCAGBSBgC4UgYAEFMGAEBnEACYZxAA8IwAALhRCgCgRQIAOLQMAKgKCwAwnQEAiJ0BACiOAgDIDgAAIFMDALhbAwAQXAMAAIQLAFiECwCgHwAA+B8AAFAgAACoIAAAACEAAIgSBwCgRQIAYPgNAPD/AgBIAAMAGCkNAHApDQCYjAAASFsCALgCEgBYNg8A+EUCAJj0DQBA1gEAoEUCAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAMgOAACgHwAA+B8AAFAgAACoIAAAACEAAIgSBwDgEgcA+B8AAFDxAADoNQMAoB8AAPgfAABQ8QAA6DUDAHANDwDIDQ8AIA4PAHgODwDQDg8AKA8PAIAPDwDYDw8AMBAPAIgQDwC4aQIAQNYBAJjWAQD4hwIAsCISAMgOAACgHwAA+E0OAMCLAgCocwkAAHQJAKBFAgBIgAgAoB8AAPgfAABQIAAAqCAAAJC3AABooQIA+IUKAOApDgAglgoAyA4AAKAfAADghA0AEIsNAEDWAQDQ0RAA8P8CABDACgBowAoAEHUCAECQEQAAmgAAUPEAAOg1AwAQdQIAGBkAAKiZAABISwAAaN4AAEDPBwBA1gEAaKECAMChAgAAmgAAUPEAAOg1AwBwDQ8AyA0PAPCUAQBIlQEAwDIRAAAAAAAAAAAAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAgUwMAOFYDACi0BACAtAQA2LQEADC1BACItQQA4LUEADi2BACQtgQA6LYEAEC3BACYtwQA8LcEAEi4BACguAQA+LgEAEBqDwBIChIA+EsAALATDAAIFAwAcLwIAFgAAACoCgsAMJ0BAIidAQA45QMAoEUCACiUAABA1gEASKsBACBTAwCgCQAA+IUKAFCGCgCohgoAYFIGALhSBgAQUwYAaFMGAMBTBgAYVAYAcFQGAGAJDAC4CQwAEAoMAEBqDwBIChIA+EsAADgcBAB44g4A6NMJAEDUCQCY1AkA8NQJALAZCgCQ6A0AyLwIAKiZAADQIgEAKCMBADgcBAB44g4A6NMJAEDUCQCY1AkA8NQJALAZCgCQ6A0AyLwIAKiZAADQIgEAKCMBAIAjAQCgRQIAMGwKAOjVDABA1gwAEBcPAGgXDwDAFw8AGBgPAKiZAAAAmgAA0CIBAKDBAQA4dAQAqM0BAAijAQBAzwcAEH4KAKBFAgCQ6A0AmAERABgZAAB4zAMAqJkAAHC8CACgRQIAeGwCAPiFCgAwnQEAoN8CAFg2DwBAag8AEAYGABgCBAAwnQEAiJ0BAKhRAgCgRQIAQGoPAOC1DwCgTQ4AYFIGALhSBgAQUwYAaFMGAMBTBgAYVAYAcFQGAGAJDAC4CQwAEAoMAEBqDwBIChIA+EsAADgcBAB44g4A6NMJAEDUCQCY1AkA8NQJALAZCgCQ6A0AyLwIAKiZAADQIgEAKCMBAJDoDQD4VxIAUFgSAKhYEgAAWRIAWFkSALBZEgBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYASJ4JAEDPBwBgTAgAaKECAMChAgAAmgAAmNYBAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBArAQAePANANDwDQAo8Q0AgGoOAPiFCgAwnQEAoN8CAFg2DwD4RQIAkCgAAEhLAACQtwAA6A0JADCdAQCInQEAqFECAKBFAgBIgAgAoB8AAPgfAABQIAAAqCAAAAAhAABYIQAAYPgNAPBOEQAwnQEAoEUCAPD/AgAQwAoAaMAKAMiBDQAIowEAQM8HABB+CgAgUwMAMJ0BAKDfAgBYNg8AGBkAAHAZAAB4TgEAOCgAAJj0DQDw9A0ASPUNAKD1DQD4CwMAAJoAAFDxAADoNQMA8MsBAMCfCgAYoAoAcKAKAMigCgAgoQoAeKEKAAAAAAAYRwMAcEcDAMAdDQAYHg0AyBkAAIhJBwDgSQcAINULAHjVCwDQ1QsA+EUCAMDkCQAY5QkAcOUJAHjnEABA1gEAoEUCAJDoDQDo6A0AQNYBAJjWAQBAyAIASEsAAEh8AgBA1gEAsBMMAAgUDABgFAwAuBQMABAVDAAAAAAA8P8CAEgAAwDwsgIAAAAAAEDWAQDo1QwAQNYMAAAAAABwvAgAkNMJAOjTCQBA1AkAmNQJAPDUCQAAAwoAWAMKALADCgAIBAoAYEwIAGihAgDAoQIASEsAABgZAABwGQAAeE4BADgoAACY9A0A8PQNAEj1DQCg9Q0A+AsDAACaAABQ8QAA6DUDABB1AgDAqxEAIA8AAID9CQAgHw0AwOQJABjTDwDQowIAoEUCAGD4DQAALQcA8P8CAEgAAwCgAAMA4NYEAHC8CACgRQIAkOgNAHjiDgDo0wkAQNQJAJjUCQDw1AkAsBkKALATDAAIFAwA8P8CADCdAQBA1gEASC0KABB+CgDQIgEAQMEIABgZAAB4bAIAQM8HAEDWAQBooQIA8L0NAIidAQCoUQIAoEUCAGBSBgC4UgYAEFMGAEBnEACYZxAA8GcQAEhoEACgaBAA+GgQAKBFAgAwbAoA6NUMAEDWDACY1gwA8NYMAEjXDACg1wwAQB0PAJgdDwAQBgYA2AcOACiOAgDo4AEAqFECAKBFAgA44AwASDoNAKA6DQCwEwwAMJ0BAPjIBgCgSwAA+EsAAIAPBACgRQIAwB0NABgeDQBwHg0AyB4NADBsCgDo1QwAQNYMABAXDwBoFw8AwBcPABgYDwBwGA8AeOcQAEDWAQCgRQIA0CIBAKDBAQA4dAQAiDIAAJiUAQBw0QEAOCgAAMDkCQCoUQIAKJQAAEDWAQCY1gEAQNYBAJjWAQBIcAYAKI4CAOjgAQCQ6A0AeOIOAOjTCQBA1AkAmNQJAPDUCQCwGQoAOLQMAEBSAQCYUgEA8P8CADCdAQBwvAgA2NIQAEDPBwBAzwcASEsAAEirAQBYNg8AyA4AAKjNAQCgRQIAkOgNAHjiDgDo0wkAQNQJAJjUCQDw1AkAsBkKAMAdDQAYHg0AcB4NAMgeDQAgHw0AeB8NANAfDQAoIA0AkOgNAHjiDgDo0wkAQNQJAJjUCQDw1AkAsBkKALATDAAIFAwAcLwIAFgAAACoCgsAMJ0BAIidAQAYGQAAqJkAAEhLAAAQdQIAIJcRAHiXEQBw0QEAyNEBACDSAQB40gEA0NIBAJhkEQDwZBEASGURAKBlEQD4ZREAUGYRAKhmEQAAZxEA8AcPAEgIDwCgCA8A+AgPAFAJDwCoCQ8AAAoPAFgKDwCwCg8ACAsPAGALDwC4Cw8AEAwPAGgMDwDADA8AGA0PAKhuBwAAbwcAWG8HALBvBwAIcAcAYHAHALhwBwAQcQcAaHEHAMBxBwAwnQEAmIwAAIBYCQCgRQIAQGoPAJC3AABYAAAAIFMDAKBFAgCoPRAAuA0SAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgAQ/wAAAAAAABhXBQCQ3xAAmPQNAEDWAQBISwAAuOEGAPD/AgAQwAoAiMIHABgCBACgRQIAMGwKAIhsCgDgbAoAOG0KAJBtCgDobQoAoEUCADjgDAA4VgMAKLQEAIC0BADYtAQAMLUEAIi1BADgtQQAOLYEAJC2BADotgQAQLcEAJi3BADwtwQASLgEAKC4BAD4uAQAQKwEAKhuBwAAbwcAWG8HALBvBwAIcAcAYHAHALhwBwAQcQcAaHEHAMBxBwC4WwMAEFwDACgvCACoPRAAqJkAAKhfAQCQHw4AOHQEAAjMAgC44QYAiJ0BAKhRAgCgRQIAkOgNAHjiDgDQIgEA+FoGABgpDQBIngkAoJ4JAPieCQBQnwkAqJ8JAACgCQBYoAkAsKAJAAihCQBgoQkAuKEJABCiCQBoogkAwKIJABijCQBwowkAyKMJAEDWAQCY1gEA+IcCALAiEgDIDgAAoB8AAPDLAQBISwAAkLcAAFgAAAAgUwMAAAAAAEirAQDIDgAAIFMDAAAAAAAolAAAgJQAAAgDAwDgNwIAIFMDAAAAAABIWwIAuAISAFg2DwBAag8A4LUPAKBNDgBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAYAkMALgJDAAQCgwAQGoPAJC3AABYAAAAIFMDAAAAAABIqwEAyA4AACBTAwAAAAAASIAIAKjNAQAAzgEAIFMDAAAAAAAYGQAAGBkAAKiZAACobgcASEsAALjhBgBAzwcAEH4KAKBFAgAwbAoAiGwKAOBsCgA4bQoAkG0KAOhtCgA4TAoASEsAALjhBgAQ4gYAaOIGAHC8CACQ0wkAIJYKAAAAAABISwAASEsAAFgAAACQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAIhHBADgRwQAYJwSAKgKCwAACwsAWAsLABD/AADw1QUA4CkOAMgOAAAIzAIA4FIPADBsCgCIbAoASHAGAKBwBgD4cAYAoEUCAJDoDQDIvAgAyHURACB2EQBIWwIAmIwAAADZAQCgHwAASIAIAKAfAAD4HwAAUCAAAKggAAAAIQAAWCEAAGD4DQAojgIAKJQAAEirAQBwvAgAoEUCAMAdDQAYHg0AcB4NAMgeDQBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAYAkMALgJDAAQCgwAQNYBAJjWAQD4hwIAsCISAMgOAACgHwAA2NIQAACaAABQ8QAA6DUDAKiZAAAAmgAAUPEAAGDVCgC41QoAyBkAAAAAAAAAAAAAAAAAABhHAwBwRwMASE0DALhSBgAQUwYAaFMGAMBTBgAYVAYAcFQGAMhUBgCIRwQA4EcEADhIBAAYcgcAcHIHAMhyBwAgcwcAeHMHANBzBwAAAAAAAAAAABhHAwBwRwMASE0DALhSBgAQUwYAaFMGAMBTBgAYVAYAcFQGAMhUBgCIRwQA4EcEADhIBAAYcgcAcHIHAMhyBwAgcwcAeHMHANBzBwBo3gAAMJ0BAIidAQComQAAAJoAAFDxAADoNQMAAAAAAAAAAAAAAAAAAAAAAAAAAABAzwcAyA4AAKBFAgCwEwwAQPYQAJj2EADw9hAAAAAAAAAAAAAAAAAA6OABAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAAAAAAAAAAAAAAAAAqF8BAJAfDgBAzwcAEH4KAKBFAgAwbAoAiGwKAOBsCgA4bQoAkG0KAAAAAAComQAAAJoAAEhbAgAwnQEAiJ0BANCjAgD4VxIAgJQAAKhRAgDIDgAA+HcAAEDOAAA4KAAASFsCAJiMAABAzgAAoEUCAGD4DQBIWwIAqFECAGB6CwCIwgcAWDYPAPiFCgAYGQAAqJkAAKhfAQCQHw4AAAAAABgZAACgRQIAMGwKAIhsCgD4hQoAKJQAAMgOAAD4dwAACI4IAMgOAACozQEACKMBAEDPBwAQfgoAqJkAADBsCgDQ0RAAkGEOAMDkCQAolAAASEsAAJiMAAAojgIAAAAAAEDPBwCgRQIAMGwKAIhsCgBAyAIAmMgCAMgOAAD4dwAACI4IABgZAABwGQAAIFMDADDaCgCI2goA4NoKADjbCgCQ2woA6NsKAEDcCgCY3AoA8NwKAEjdCgCg3QoAqJkAAKhuBwAAbwcAWG8HALBvBwAIcAcAYHAHALhwBwAQcQcAaHEHAMBxBwD4RQIAUEYCAKhGAgAARwIAiOoBADhWAwAotAQAgLQEANi0BAAwtQQAiLUEAOC1BAA4tgQAkLYEAOi2BABAtwQAmLcEAPC3BABIuAQAoLgEAPi4BAD4RQIAUEYCAKhGAgAARwIAiOoBADhWAwAotAQAgLQEANi0BAAwtQQAiLUEAOC1BAA4tgQAkLYEAOi2BABAtwQAmLcEAPC3BABIuAQAoLgEAPi4BACgRQIAQGoPALjhBgAQ4gYAaOIGAHC8CACgRQIAeOcQACCWCgC44QYAEOIGAGjiBgBwvAgAoEUCAHjnEAAglgoAoEUCAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAIFUGAHhVBgDQVQYAKFYGAIBWBgDAqxEAIA8AAID9CQDY/QkAMP4JAIj+CQBISwAAuOEGABDiBgBo4gYAwOIGABjjBgBw4wYAyOMGAJhBDgDwQQ4ASEIOAKBCDgD4Qg4AUEMOAKhDDgCQSAQAgO8KANjvCgAw8AoAiPAKAODwCgA48QoAkPEKALhbAwAQXAMAAIQLAFiECwCwhAsACIULAGCFCwC4hQsA+EUCAMDkCQAY5QkAcOUJAHjnEABA1gEAoEUCAJDoDQDo6A0AQNYBAJjWAQBAyAIASEsAAEh8AgBA1gEAwIsCAIBYCQBYNg8AAJoAAFDxAADoNQMAQM8HAEDPBwBIqwEAoEUCAEBqDwC44QYAEOIGAGjiBgBwvAgAoEUCAHjnEAAglgoASEsAAKBFAgB4bAIA+IUKADCdAQCg3wIAWDYPAHhsAgDQbAIAGCkNAPjIBgC44QYAiJ0BAKhRAgCgRQIA+EUCAJj0DQBA1gEAoEUCAGD4DQCo4hAAAOMQAHjnEACYzwcA8M8HAEjQBwCgRQIAYFIGALhSBgAQUwYAaFMGAMBTBgAYVAYAcFQGAMhUBgCIRwQAWDYPAACaAABQ8QAA6DUDAEA4EQC44QYAEOIGAGjiBgDA4gYAGOMGAHDjBgC4IgsAECMLAGgjCwDAIwsAGCQLAHAkCwDIJAsAICULAHglCwDQJQsAKCYLABD/AABo3gAAUGcCABgpDQD4yAYAsFICAEDWAQCY1gEASHAGACiOAgDo4AEAYNEPAAAAAAAolAAAMJ0BAEDWAQCY1gEAwPEBAHC8CABIWwIAkLcAAKBFAgBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAyFQGAIhHBADYKw0ASFsCAEhLAACYjAAAGCkNAIidAQCgRQIAwPEBAHC8CABIWwIAkLcAAKBFAgBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAyFQGAIhHBACwEwwAEKYPAABgAQBYYAEAuC8OABAwDgBoMA4AwDAOABgxDgB4bAIA+IUKAFC/DQAYGQAAoEUCAEBqDwAQBgYAGAIEADCdAQCInQEAqFECAKBFAgBAag8A4LUPAKBNDgBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgDIDgAAoEUCAGBSBgC4UgYAOBcNAJAXDQDoFw0AQBgNAJgYDQDwGA0ASBkNAKAZDQD4GQ0AUBoNAGD4DQBg0Q8AAAAAACiUAAAwnQEAQNYBAJjWAQDw1gEAoEUCAPhFAgBA1gEASC0KANAiAQCgRQIAQGoPAEgKEgD4SwAAKJQAAICUAACgCwMA+AsDAACaAABIqwEAGAIEADCdAQCInQEAqFECAKBFAgCQ6A0AyLwIAMh1EQAgdhEASFsCAJiMAAAA2QEAoB8AADDvDgBg0Q8AAAAAACiUAAAwnQEAQNYBAJjWAQBg+A0AAC0HADBsCgCIbAoAyA4AACAPAAAglgoAQNYBAJC3AAComQAA+EUCAEDWAQBILQoA0CIBAKBFAgA44AwA+MgGAMgOAACgRQIAOLQMAEBSAQDQ0RAAYNEEAPhaBgDwsgIAGAIEAKBFAgD4RQIAUEYCAPCMAAC4UQoASHwCAEDWAQAYAgQAoEUCAHjnEABA1gEAoEUCAEiACAAgDwAAIJYKAEDWAQCQtwAAOOAMAEg6DQCgOg0AwB0NABgeDQBwHg0AyB4NADDvDgCI7w4A4O8OADjwDgCQ8A4A6PAOAEDxDgCY8Q4AAGgCAFhoAgAwbAoAiGwKAAAAAAAolAAAqJkAAMgOAAAIzAIAoEUCAEBqDwC44QYAEOIGAGjiBgBwvAgAoEUCAHjnEAAglgoASEsAAKBFAgBg+A0AOCgAAEhLAADo4AEA0MQNABgZAAComQAAqF8BACBTAwBQWQMAuOEGABDiBgBo4gYAwOIGABjjBgBw4wYA6PEKAGD4DQBg0Q8AAAAAACiUAAAwnQEAQNYBANDREACInQEAqFECAKBFAgBg+A0AAC0HAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAKiZAABISwAAmIwAAAiOCABwvAgAQNYBANDREACInQEAOCgAAJj0DQCgRQIAsBMMAAgUDABgFAwAeE4BADgoAACY9A0A8PQNAEj1DQCg9Q0AmIwAABgpDQC4aQIAmIwAAPASDwAYvgsAcL4LAIidAQDIGQAAiEkHAOBJBwAg1QsAeNULANDVCwAo1gsAgNYLANjWCwCgHwAA+B8AAFAgAACoIAAAACEAAFghAADQIgEAoMEBADh0BABIWwIAeD8RAPiFCgCYjAAA8P8CADCdAQCInQEAmGoPAJDCCwDowgsAQMMLAJjDCwDwwwsASMQLAKDECwD4xAsAUMULAKjFCwAAxgsAWMYLALDGCwDo6A0A0EkKAChKCgCASgoAKJQAAHC8CAAwbAoAiGwKAEhwBgAIjggAoEUCACiUAABwvAgAAAAAAEDPBwCgRQIAQGoPALjhBgAQ4gYAaOIGAMDiBgAY4wYA+IUKAFgAAAC4aQIAGBkAAKiZAABISwAAaN4AAEDPBwBA1gEAaKECALhpAgCoUQIAYHoLALh6CwAQewsAaHsLAMB7CwAYfAsAmNYBAMgOAACozQEAoB8AAMgOAAAgUwMAqFECAGB6CwC4egsAEHsLAGh7CwDAewsAGHwLAHB8CwDIfAsAIH0LAHh9CwDQfQsA+EUCAJj0DQBA1gEAeOcQAEDWAQCgRQIASIAIAKAfAAD4HwAAUCAAADCdAQCQtwAAqJkAAMAdDQAYHg0AcB4NAMgeDQBooQIACG8LAHAZAABo3gAA+IUKAOApDgDIDgAACMwCAOjgAQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAOEoHAJBKBwDoSgcAQEsHAJhLBwDwSwcAYPgNAAiOCABwvAgAQNYBAJjWAQDIDgAAqM0BAKBFAgD4RQIAmPQNAPD0DQBI9Q0AMCwNAIgsDQDgLA0AOC0NAEBqDwCQtwAAWAAAAKBFAgBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAyFQGAIhHBADgRwQAOEgEAJBIBADoSAQAmIwAABgpDQComQAAAJoAAFDxAADoNQMA8MsBAMCfCgAYoAoAcKAKAMigCgAgoQoAeKEKANAiAQBYAAAAqAoLAEDWAQCwfgIA8LICABgCBACgRQIA+EUCAFBGAgCoRgIA0M8NACjQDQA44AwAkOAMAOjgDADAHQ0AwIsCABiMAgBwjAIAMGwKAIhsCgDIDgAAIA8AAEirAQAolAAASEsAALjhBgBAzwcAcLwIANjSEAAYGQAAwIsCABiMAgBwjAIAwB0NABgeDQBA1gEAoEUCAEiACACgHwAA+B8AAFAgAAAYGQAAwIsCABiMAgBwjAIAOLQMAEBSAQCYUgEA8P8CADCdAQBwvAgA2NIQAJC3AADoDQkAoEUCALjtDQDgKQ4AyA4AAAjMAgCgRQIAOOAMAEg6DQCgOg0AaKECAAhvCwBwGQAAaN4AAEDPBwA4AxAAKJQAAFgAAACgRQIA+EUCAFBGAgCoRgIA0M8NACjQDQAARwIAeMwDAEDPBwAQdQIAIJcRAOgNCQCYjAAAqOIQABgZAAComQAAiMIHAMgOAAAQdQIAMKQRAIikEQBA1gEAmNYBAMgOAAAgDwAASKsBAPD/AgAQwAoAcLwIAMi8CAAIjggAcLwIAEDWAQCY1gEAyA4AAKjNAQCgHwAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBACBTAwC4WwMAwIsCABiMAgBwjAIAYKYLALimCwAQpwsAaKcLAMCnCwAYqAsAcKgLAMioCwAgqQsAeKkLANCpCwAoqgsAgKoLANiqCwAwqwsAiKsLAOCrCwA4rAsAoEUCAND7DQAgDwAAgP0JANj9CQAw/gkAiP4JACi4CgB49gsA0PYLACj3CwDQxA0AUPEAAOg1AwCwEwwAyA4AAAjMAgBgzAIASFsCALgCEgDg1gQAOHQEAGhfAgCgRQIAYPgNAAAtBwDAHQ0AqJkAAGjeAACgRQIAYFIGALhSBgAQUwYAaFMGAMBTBgAYVAYAcFQGAMhUBgCIRwQAIFMDAPDLAQDAnwoAGKAKAHCgCgDIoAoAIKEKAHihCgDQoQoAKKIKAGCpCgAAAAAAAAAAAAAAAACYsAoA8LAKAEixCgCgsQoA+LEKAFCyCgCosgoAALMKAAAAAAAAAAAAWLMKALCzCgAItAoAONUBAJDVAQDo1QEA+EUCAJj0DQDw9A0ASPUNACBTAwBArAQAmKwEADDNEgCIzRIA4M0SADjOEgCYjAAASFsCALgCEgBYNg8A+EUCAMDkCQAY5QkAcOUJAMAdDQAYHg0AcB4NAMgeDQAgHw0AeB8NANAfDQAoIA0AqJkAABgZAABwGQAAqJkAABgZAAAYGQAAcBkAAKiZAAAYGQAASEsAACBTAwC4WwMAEFwDAACECwBYhAsAsIQLAAiFCwBghQsAuIULAPhFAgDA5AkAGOUJAHDlCQB45xAAQNYBAKBFAgCQ6A0A6OgNAEDWAQCY1gEAQMgCAEhLAABIfAIAQNYBABgCBACgRQIAqD0QACBTAwAAAAAAoEUCAGDWEQCgWwIAOCgAADgoAACQKAAAAJoAANDREACInQEAqFECAKBFAgBAag8AuOEGABDiBgBo4gYAcLwIAKBFAgB45xAAIJYKAEhLAACgRQIAYPgNADgoAABISwAA6OABANDEDQBgTAgACA4DAGAOAwAgUwMAYPgNABDrDgDYWAkAMFkJAGDWEQAwXwcAiF8HAOBfBwA4YAcAkGAHAEiOBwBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAyFQGAIhHBADgRwQA6D4LAEA/CwBg+A0AuPgNABD5DQBo+Q0AeOIOAGjeAABwVwUAYPgNALj4DQBIswIAoLMCAPizAgBQtAIAqLQCAAC1AgCgRQIA6LYPAAAAAACgRQIAWG8SAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAiEcEAOBHBAAYVwUA0CIBAMj9AQDIDgAACMwCAKBFAgBg1hEAeD8RAHjnEAA4KAAAoEUCAEBqDwCQhQIA6IUCAECGAgBI4RAAEKYPAFhHAgCwRwIACEgCAGBIAgDIDgAAoEUCADi0DACQtAwA8LICALB+AgBYWQcAQMEIAEhLAADo4AEA0MQNAKBFAgAAAAAAoEUCAEBqDwDgtQ8AoE0OAGDWEQB4PxEAMGwKAIhsCgDIDgAAIA8AACCWCgBA1gEAkLcAAKiZAAAAaAIAWGgCAHigAwAYLg8AQM8HAEirAQCgRQIAqFECADCdAQDw/wIAEMAKAFg2DwCwNg8AqOIQAADjEACoUQIAMJ0BAPD/AgAQwAoAqDoGAPg6AgC4lQIAEJYCAKBFAgCoUQIAMJ0BAPD/AgAQwAoA0CIBAIDoBQDY6AUAMOkFAIjpBQAYVwUA0CIBAMj9AQDIDgAACMwCAKBFAgBg1hEAeD8RAHjnEAA4KAAAoEUCAEBqDwCQhQIA6IUCAECGAgDQIgEAgOgFANjoBQAw6QUAiOkFAODpBQAAaAIAWGgCAHigAwAYLg8AQM8HAEirAQCgRQIAqFECADCdAQDw/wIAEMAKAKg6BgD4OgIAuJUCABCWAgCgRQIAqFECADCdAQDw/wIAEMAKANAiAQCA6AUA2OgFADDpBQCI6QUA4OkFAABoAgBYaAIAeKADABguDwBAzwcASKsBAKBFAgCoUQIAMJ0BAPD/AgAQwAoAWDYPALA2DwCo4hAAAOMQAKhRAgAwnQEA8P8CABDACgCoOgYA+DoCALiVAgAQlgIAoEUCAKhRAgAwnQEA8P8CABDACgBwvAgA+FcSAEirAQBYNg8AGBkAAHAZAAB4TgEAOCgAAJj0DQDw9A0ASPUNAKD1DQD4CwMAAJoAAFDxAADoNQMAuFsDABBcAwAAhAsA0CIBACgjAQBAcwwAmHMMAPBzDABIdAwAwB0NAMCLAgAYjAIAcIwCAHC8CADQIgEAKCMBAEBzDACYcwwA8HMMAEh0DADAHQ0AwIsCABiMAgBwjAIAcLwIANAiAQAoIwEAQHMMAJhzDADwcwwASHQMADi0DACQtAwA6LQMAEC1DACYtQwA8LUMAEi2DABIqwEAoKsBAMguBAAgLwQAoEUCACiUAABA1gEASKsBADBsCgCIbAoAyA4AACAPAABIqwEA8P8CABDACgA44AwAYNEEALjRBAAQ0gQAaNIEAMDSBACgRQIAsBMMAAgUDABISwAAEAYGABgCBACgRQIA+EUCAJj0DQBA1gEAoEUCADi0DACQtAwA6LQMAEC1DACYtQwA8LUMAEi2DAAAaAIAWGgCAHigAwDQoAMAKKEDAIChAwD4RQIAmPQNAPD0DQBI9Q0AoPUNADjgDAD4yAYAUMkGADjgDACQ4AwA6OAMAEDhDAAALQcAOLQMAJC0DADotAwAQLUMAJi1DADwtQwASLYMABB1AgDA8QEAgPsRANj7EQDQIgEA+FoGACiOAgCQtwAA6A0JADCdAQCInQEAqFECAKBFAgA4tAwAkLQMAOi0DABAtQwAmLUMAPC1DABItgwA+EUCAJj0DQBA1gEAoEUCAIAYAQDwjg4AYJwSALicEgDAHQ0AGB4NAHAeDQDIHg0AOLQMAEBSAQCY1gEA+IcCAMDkCQAINBAAqJkAAHC8CACgRQIAeGwCADCdAQD4yAYAoEsAAKBFAgAAAAAAoEUCAHjnEABA1gEAoEUCADAYEAAAAAAAoEUCAHjnEABA1gEAoEUCADAYEACIGBAAMO8OAAAtBwCQ6A0AmAERADDTEADQugkA6OoQAEDrEADY0hAAGBkAAJC3AABYAAAAsAAAAAi5DABguQwAuLkMABC6DABougwA0CIBAPhaBgCo4hAA+DoCAJiMAACAWAkA2FgJAPCMAABooQIAaIcHAPASDwBgegsAuO0NABDuDQBo7g0AwO4NAMAdDQAYHg0AcB4NAMgeDQBg1hEAeD8RAKiZAAAYGQAAoEUCAPhFAgCY9A0A8PQNAEj1DQCg9Q0AOOAMAJDgDADAfBIAGH0SAHB9EgDIfRIAIH4SAFg2DwBwvAgAEHUCAKBFAgBAag8AEAYGABgCBACgRQIAQGoPAOC1DwCgTQ4AOOAMAJDgDADAfBIAGH0SAHB9EgDIfRIAIH4SADjgDAD4yAYAIFMDALhbAwBgnBIAuJwSABCdEgA44AwAkOAMAMB8EgAYfRIAcH0SAMh9EgAgfhIAOLQMAGAGAgBYNg8AsDYPAADZAQCgHwAAMGwKAOjVDABA1gwAoEUCAKAJAABgXg0AYJwSALicEgAQnRIAOOAMAJDgDADAfBIAGH0SAHB9EgDIfRIAIH4SACiUAACAlAAASEsAALjhBgAQ4gYAaOIGAKiZAAAAmgAAUPEAAOg1AwBIqwEAoKsBAMguBAAgLwQAoEUCAEiACAAoKA4AkLcAAOgNCQCgRQIA+EUCAMDkCQAY5QkAcOUJAKg9EAAAPhAAqFECAGB6CwDQIgEAoEUCADCdAQCInQEAoEUCAGD4DQCo4hAAGAIEAKBFAgB45xAAOCgAAKBFAgBAag8ASAoSAPhLAABQTAAAIA8AACCWCgBA1gEAkLcAAKiZAABIqwEAoKsBAAgqDABgKgwAuCoMALgOAwAYAgQAoEUCADjgDACQ4AwAwHwSABh9EgBwfRIAyH0SACB+EgBYNg8AcLwIAKBFAgCoUQIAYHoLANAiAQBAag8ASAoSAPhLAACoUQIAYHoLANAiAQDIDgAAoEUCAGD4DQDw/wIASAADABgpDQBwKQ0AmIwAAEhbAgC4AhIAkOgNAEDWAQDQ0RAA8P8CABDACgBowAoAoEUCAPhFAgCY9A0A8PQNAEj1DQCg9Q0A+EUCAJj0DQBA1gEAoEUCAMDxAQBwvAgASFsCAJC3AACoUQIAYHoLALh6CwCgRQIAkOgNAEDWAQDQ0RAA8P8CABDACgBowAoAoEUCADjgDACQ4AwAwHwSABh9EgBwfRIAqOIQAJC3AAComQAA+EUCAJj0DQBA1gEAoEUCAMDxAQBwvAgASFsCAJC3AACgQQcA+EEHAEirAQDgUg8AwPEBAHC8CABIWwIAkLcAAEDNDwBwGQAAeE4BADgoAACY9A0A8PQNAEj1DQCg9Q0A+AsDAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBgTAgA6LcAAEC9AgCYvQIA8L0CAHC8CADY0hAAOCgAADgoAACY9A0A8PQNAEj1DQCg9Q0A+AsDAACaAABQ8QAA6DUDALj4DQBISwAAuOEGAJBhDgCA6QEA8IwAALhRCgAolAAAQNYBAEBqDwDgtQ8AoE0OAPhFAgDA5AkAGNMPANCjAgCwTAQACE0EAGBNBAC4TQQAEE4EAGhOBADATgQAGE8EAGDWEQB4PxEAMGwKAIhsCgDIDgAAIA8AAEirAQDw/wIAEMAKAHC8CAAgUwMAGBkAAHAZAAB4TgEAsF0CAGgKDADACgwAGAsMAHALDAD4RQIAsCISAICUAAAI1w0ASEsAALjhBgBAzwcAEH4KAHjnEACYzwcA8M8HAEjQBwB4zAMAiJ0BAKhRAgCgRQIAMGwKAIhsCgAAAAAAKJQAADCdAQBA1gEAmNYBAPDWAQCgRQIAMJ0BAKDfAgBYNg8AcLwIAKBFAgBAag8A4LUPAKBNDgB45xAAmM8HAPDPBwBI0AcAoEUCAEiACABAnhAAEAYGAJjWAQBIcAYAWFkHACBTAwC4WwMAEFwDAACECwBYhAsAsIQLAAiFCwBghQsAuIULAPhFAgDA5AkAGOUJAHDlCQB45xAAQNYBAKBFAgCQ6A0A6OgNAEDWAQCY1gEAQMgCAEhLAABIfAIAQNYBAEhLAADo4AEAGBkAAMgOAAAIowEAQM8HABB+CgA4dAQAkHQEADBsCgCIbAoAAAAAACiUAAAwnQEAQNYBAJjWAQCgRQIAsBMMABCmDwDgNw0AODgNAJA4DQDoOA0AQDkNAJg5DQDwOQ0AkOgNAEDWAQDQ0RAA8P8CABDACgCgRQIAsFICAAhTAgBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEACBTAwD4RQIAmPQNAEDWAQCgRQIAOLQMAHC8CACQ0wkAoEUCADjgDABIOg0AoDoNAMAdDQAYHg0AcB4NAMgeDQBIqwEAoKsBAMguBAAgLwQA2NIQADBsCgCIbAoAAAAAACiUAAAwnQEAQNYBAJjWAQDw1gEAoEUCANAiAQAoIwEAQHMMAJhzDADwcwwASHQMADi0DABAUgEAmFIBAPD/AgAwnQEAcLwIANjSEADIDgAAoEUCADi0DACQtAwA6LQMAEC1DACYtQwA8LUMAEi2DACoUQIAAFICAKBFAgD4RQIAwOQJABjlCQBw5QkAyA4AAKBFAgA44AwAkOAMAOjgDAA4KAAAgOkBANjpAQAgFA0AeBQNAKAJAAAYGQAA+DoCAHjwAgA4KAAAgOkBANjpAQAw6gEASEsAAOjgAQBA4QEAmOEBAFhMDwCgCQAAQNYBAOjVDABA1gwAmNYMAPDWDABI1wwAoNcMAPjXDABQ2AwAqNgMAADZDABISwAA6OABAEDhAQCY4QEAWEwPAGAkDgAwnQEA+MgGAOjgAQBA4QEAoAkAAOCEDQBolg0AwJYNALBMBACAlAAASEsAAKAJAAComQAAAJoAAFDxAADoNQMAuGkCAEDPBwAglgoASEsAAMgOAAAIowEAcLwIANjSEADghA0AQM8HADgoAAC4aQIAqJkAAKhfAQCYjAAAWFkHAFgAAABgBgIAWDYPAMgOAAC4aQIAkLcAAJiUAQCwTAQAgJQAAEhLAACgCQAAAAAAAEhLAADo4AEAQOEBAJjhAQBYTA8AYCQOADCdAQD4yAYAAAAAAKBFAgD4RQIAUEYCAKhGAgDQzw0AKNANAMgOAABgJA4A0LsQACi8EACAvBAA2LwQADC9EAC4aQIASKsBAODWBACInQEAqJkAAKAJAADICwwAyA4AAFgAAADQugkAqG4HADgoAACA6QEA2OkBADDqAQCoPRAAuGkCAKiZAAAAmgAAUPEAAOg1AwBo3gAAUGcCAOAxDwB4zAMAiJ0BAKhRAgAgUwMAGBkAAHAZAAB4TgEAiNECAJjVEAD40Q4AcLwIANjSEAAw0xAAiNMQAODTEAA41BAAkNQQAOjUEABA1RAAIFMDAPjsEAAIzAIAEAYGAGgGBgCQtwAASEsAACBTAwBA1gEAmNYBAEDIAgAAbwcAeJUDANCVAwAolgMAgJYDAEhbAgC4AhIAWDYPAOCEDQA4hQ0AkIUNAOiFDQBAhg0AkLcAAJiUAQBA1gEAmNYBAOCEDQA4hQ0AkIUNAOiFDQBAhg0AmIYNAPCGDQBIhw0AoIcNAPiHDQBQiA0AqIgNAFD5AQCo+QEAmEEDAPBBAwBYNg8A4IQNADiFDQCQhQ0A6IUNAECGDQCYhg0A8IYNAEiHDQCghw0A+IcNAFCIDQCoiA0AcAcRALAAAADwsgIAyIENAKAfAAD40Q4AKJQAAMgOAACgHwAA+B8AAFiaAAComQAAAJoAAFDxAADoNQMAaN4AAFBnAgDgMQ8AeMwDAIidAQCoUQIAIFMDAACwAABYsAAAsLAAAIjRAgCY1RAA+NEOAHC8CADY0hAAMNMQAIjTEADg0xAAONQQAJDUEADo1BAAQNUQACBTAwDIDgAACMwCAOjgAQCQwgsAQMEIAKhfAQCQHw4AIFMDAKhRAgDQIgEAQMEIABgZAABISwAAmIwAACiOAgC44QYAQM8HABB+CgCgRQIA+EUCAFBGAgBAzgAASKsBAMgOAACgHwAAkLENABi+CwBIWwIAMF8HACiOAgCYjAAAgFgJAKBFAgCwEwwAQPYQAJj2EADw9hAAgFgJACBTAwBooQIA8L0NAEi+DQCgvg0A+L4NADCdAQCg3wIA+N8CAFDgAgComQAAmIwAAPBOEQCgRQIAeOcQACCWCgBISwAAoEUCAHjnEAA4KAAAoEUCANAiAQBAwQgAmMEIACgjAQBA1gEAAJoAANAiAQCgwQEA+MEBAMCLAgCocwkA6OABAHC8CACgRQIAYNYRALjWEQAQ1xEAYPgNAKjiEABwGQAAeE4BAKBLAAD4SwAAgA8EAKBFAgA4tAwAQFIBAJhSAQB4HA4A0BwOACgdDgCoUQIAAFICAHjnEAA4AxAA0M8NACjQDQAgFA0AeBQNAPhFAgBQRgIAyLgNACC5DQB4uQ0A0LkNACi6DQCAug0A2LoNADC7DQA4tAwAkLQMAPCyAgDIgQ0AoB8AALATDABA9hAAmPYQAPD2EACQtwAACA4DAMAvEgCoUQIA+IUKAFCGCgA44AwAkOAMAOjgDAD47QwAUO4MAKAKEgCY1gEASHAGAAiOCACgRQIAAAAAAIjcDQCgRQIA+IUKAJiMAACo4hAAcLwIAEirAQBYNg8AcLwIALATDAAQpg8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEHUCACBTAwCwpwMACKgDAGCoAwBo6wMAwOsDABjsAwBw7AMAyOwDAGD4DQAojgIAYPgNACiOAgAAAAAAiOcNAKBFAgBwvAgAeEkKAIi4DgDguA4AOLkOAJC5DgAgUwMAYNYRALjWEQBISwAA6OABADhWAwDoDQkAmIwAAPCyAgD4hQoAmIwAAADZAQCgRQIA+EUCAFBGAgCoRgIAAEcCAED2EACY9hAA8PYQABgZAABISwAAmIwAAOA3AgCgRQIAsBMMAED2EACY9hAA8PYQAEDPBwAglgoAgJQAAKALAwCQ6A0AmAERAEhLAADo4AEAqG4HAEhLAADo4AEAmIwAAPCyAgCY1gEAkOgNAJgBEQBISwAA6OABAKhuBwBISwAA6OABAMgOAAAIowEAYKMBALijAQAQpAEAiLsNAOC7DQCgRQIAYNYRALjWEQAQ1xEAaNcRAAijAQBgowEAuKMBABCkAQBYAAAAQFIBAJhSAQDQIgEAoMEBADh0BACgHwAA+B8AAJjWAQDA8QEAuJQGAKhuBwBISwAAuOEGAEDPBwDQIgEA+FoGABgpDQCInQEAsH4CAPCMAAComQAASFsCAJiMAADwjAAAaKECAKBFAgDQIgEAKCMBAMgOAAAIzAIAoEUCADBsCgCIbAoAQMgCAIhVDgAYGQAASEsAAKBFAgBgUgYACA4DAGAOAwC4DgMAEA8DAEirAQCYjAAAANkBAAjMAgAYVwUAOLQMAEBSAQCYUgEAeBwOANAcDgAoHQ4AgB0OAIiyEABgUgYAuFIGABCjEABooxAAwKMQABikEABwpBAAyKQQAKBFAgB4bAIAMJ0BAPjIBgCgSwAAoEUCALATDAAQpg8AaKYPAMCmDwBQyQYAYFIGALhSBgDwlAEAYEwIAKiZAADIDgAAqM0BABB1AgBAkBEAmJARAJAfDgDoHw4AMJ0BAPjIBgDo4AEAcLwIAKBFAgB4bAIAMJ0BAPjIBgCgSwAAoEUCAGBSBgC4UgYA8JQBAEiVAQAolAAASFsCAEhLAADo4AEAQOEBAJjhAQBYTA8AOCgAAIDpAQDY6QEAMOoBAGAkDgC4JA4AECUOAGglDgDAJQ4AQM8HAEDPBwA4AxAAQGoPALjhBgAQ4gYAaOIGAHC8CACgRQIAeOcQACCWCgBISwAAoEUCADjgDACQ4AwAeOcQADgoAAComQAAcLwIANjSEABwvAgAoEUCAEBqDwC44QYAEOIGAGjiBgDA4gYAGOMGAHDjBgDo8QoACC8OAGAvDgBAag8AuOEGABDiBgBo4gYAcLwIAKBFAgB45xAAIJYKAEhLAACgRQIAOOAMAJDgDABQWQMAmIwLAPBqDwDgNA4AODUOAJA1DgDoNQ4AQDYOAJg2DgDwNg4ASDcOAKA3DgD4Nw4AAEQOAFhEDgCwRA4ACEUOAFBZAwC44QYAEOIGAGjiBgDA4gYAGOMGAHDjBgDo8QoAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAGD4DQA4KAAASEsAAOjgAQDQxA0AQGoPAOC1DwCgTQ4AYNYRAHg/EQBg+A0AqOIQAADjEAA44AwAkOAMAMB8EgAYfRIAcH0SAKjiEACQtwAAqJkAAHjnEAA4KAAAoEUCALATDABA9hAAmPYQAPD2EACgRQIAwB0NABgeDQBwHg0AyB4NAAheAgAQpg8AaKYPADh0BACwEwwAEKYPAGimDwA4dAQAwB0NABgeDQDIGQAAsBMMAED2EACY9hAA8PYQAED2EACY9hAA8PYQAKiZAAAwnQEA8P8CABDACgCgRQIAKJQAAICUAAAoIAIAgCACANggAgAwIQIAiCECAOAhAgA4IgIAkCICAIBUDgDYVA4AMFUOAKBFAgAolAAAgJQAAGjeAABQZwIAqGcCAOjgAQBwvAgAoEUCALATDAAQpg8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAOCgAAJAoAAAAmgAAUPEAAOg1AwCoUQIAAFICAHC8CACgRQIAwB0NABgeDQBwHg0AyB4NAAheAgAQpg8AWEcCALBHAgAISAIAYEgCAKBFAgBIgAgAKCgOAJC3AACQtwAAqJkAAMgOAAB4bAIA0GwCAACAEABYgBAAwB0NABgeDQBwHg0AyB4NAAheAgAQpg8AWEcCALBHAgAISAIAYEgCALhIAgAQpg8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAeMwDAHh3DQAYGQAAeMwDANDMAwBAag8A4LUPAKBNDgBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgCQ6A0A6OgNANBJCgB45xAAmM8HAPDPBwA4tAwAMJ0BAIidAQBIgAgAQJ4QAJieEAAoQxAAMGwKAIhsCgBIcAYAoHAGACgoDgCQtwAAkLcAAKiZAAComQAAYNYRAHg/EQBg+A0ASFsCALgCEgBIcAYACI4IAKBFAgA4tAwAQFIBAJhSAQCQ1w8A6NcPAEDYDwCY2A8A8NgPAHjnEAA4KAAAoEUCACiUAACAlAAAoAsDAPgLAwBQDAMAqAwDAAANAwBYDQMAwB0NAPg6AgC4lQIAuOEGAKiZAADIDgAAoEUCAHjnEAA4KAAAoEUCACiUAACAlAAAoAsDAPgLAwBQDAMAqAwDAAANAwBYDQMAwB0NAPg6AgC4lQIAGBkAAHAZAAAoLwgAqJkAAEhLAACQhQIA6IUCAECGAgCAGAEAMOwEAHjnEABIWwIAwPEBALiUBgCobgcASEsAAKBFAgC47Q0AEO4NAGjuDQDA7g0AwB0NABgeDQDIGQAAYPgNACiOAgCAjgIA2I4CADCPAgCIjwIA4I8CADiQAgDQIgEAQMEIAEhLAACgSwAA4CkOAHC8CACgRQIAWDYPAHC8CACgRQIAwCAMAEDPBwCYzwcASEsAALjhBgBAzwcAEH4KACBTAwAolAAAgJQAAGjeAADA3gAAsH4CAPBOEQAQ/wAA0DUCAMAgDAAYIQwAeOcQABB+CgCgRQIAYPgNAAAtBwDAIAwAGBkAAHAZAAAoLwgAqJkAAMAgDAAYIQwA8P8CAEgAAwCgAAMA+AADADjgDACQ4AwA4J0BAEDPBwA4AxAAwKECAHhsAgAwnQEA+MgGAKBLAAAQBgYA6NUMAEhLAACgSwAAGAIEAABoAgBYaAIAsGgCAAhpAgBgaQIA+EUCAFBGAgCAWAkAyA4AAMAdDQB4zAMAYPgNANDcEAAo3RAAgN0QANjdEAAw3hAAiJ0BAKhRAgCwEwwAQPYQAJj2EAC4aQIAmIwAAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBAJBhDgA4KAAAkCgAAACaAACY1gEAGBkAAJC3AAComQAAqD0QALgNEgBg+A0AYNEPALhRCgAolAAAmIwAAIBYCQAAaAIAWGgCAHgQEgDQEBIAYBgSALgYEgAQGRIAaBkSAMAZEgAYGhIAcBoSABhXBQA44AwASDoNAKA6DQDAHQ0AGB4NAHAeDQDIHg0AwCAMAEhLAAAQBgYA6NUMAKiZAADAIAwAOCgAAIDpAQCAWAkAyA4AAKAfAADAIAwAuEUOABAGBgDo1QwASEsAAKBLAAAYAgQAIB8NAFBGAgCAWAkAyA4AAEg3AwAgUwMA8IwAALhRCgAolAAAmIwAAIBYCQAQdQIAoEUCAHjnEABIWwIASEsAAJiMAAAYKQ0AiJ0BAKiZAABwvAgAIFMDADBsCgCIbAoAAAAAACiUAAAwnQEAQNYBAJjWAQDw1gEAoEUCAEBqDwCYag8A8GoPAGBSBgC4UgYAeJUDANCVAwAolgMAgJYDANiWAwAwlwMAeOcQADgoAADg8g0AOPMNAJDzDQDo8w0AQPQNANjmDQAw5w0AeOcQAEDWAQCgRQIAwB0NAKiZAACYjAAA8LICALATDAAIFAwAcLwIAKBFAgB45xAAOCgAAKBFAgA44AwAkOAMAGCcEgCopAAAkNMJAKiZAADIDgAAoEUCAMAdDQAYHg0AcB4NAMgeDQAIXgIAEKYPAGimDwA4dAQAkOgNAHjiDgDQ4g4AKOMOAIDjDgDY4w4AMOQOAIjkDgDg5A4AOOUOAJDlDgDo5Q4AQOYOAIBYCQBA1gEAmNYBAEhwBgAIjggAGAIEAKBFAgCwEwwAEKYPAGimDwA4dAQACMwCAGD4DQDw/wIASAADABgpDQBwKQ0AmIwAAEhbAgC4AhIAaHUCAOjVDABA1gwAmNYMAPDWDABI1wwAoNcMAPjXDACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAUFkDALjhBgAQ4gYAaOIGAHC8CACgRQIAeOcQACCWCgBISwAAoEUCAHhsAgDQbAIAGCkNAPjIBgC44QYAiJ0BAKhRAgCgRQIA+EUCAJj0DQBA1gEAoEUCAHjnEACYzwcA8M8HAIgiCQDgIgkAOCMJAJAjCQDoIwkAAJoAAFDxAADoNQMAcA0PAMgNDwAgDg8AeA4PANAODwAoDw8AgA8PANgPDwAwEA8AiBAPAOAQDwA4EQ8AkBEPAOgRDwBAEg8AmBIPADhWAwAotAQAgLQEANi0BAAwtQQAiLUEAOC1BAA4tgQAkLYEAOi2BABAtwQAmLcEAPC3BABIuAQAoLgEAPi4BAA4VgMAKLQEAIC0BADYtAQAMLUEAIi1BADgtQQAOLYEAJC2BADotgQAQLcEAJi3BADwtwQASLgEAKC4BAD4uAQAqFECAKhRAgBA1gEAmNYBADBPEAAYvgsAKI4CAOjgAQComQAAAJoAAFDxAADoNQMAGBkAAHjMAwCInQEAqFECAKBFAgBIgAgAoB8AAIjCBwBYNg8AqG4HAEhLAADo4AEAcLwIAKBFAgBAag8AmGoPAPBqDwCodBAASIAIAECeEACYnhAAKEMQAIBDEABYAAAA+JgLAFCZCwBISwAAAAAAADgoAACA6QEA2OkBAHBHAwAwbAoAiGwKAEhwBgAA2QEAIA8AABB+CgAgUwMAKGoDAIBqAwDYagMAMGsDAIhrAwDgawMAOGwDAJBsAwDobAMAIJYKAEhLAABYAAAAqKQAAEhLAACgRQIA+EUCAEDWAQBILQoA0CIBAKBFAgBIgAgAgLQPANi0DwAwnQEAYFIGAOi3AABYNg8AsDYPAEDPBwBA1gEAaKECAJhqDwDwag8AoBgRAOiKDwDQuxAAKLwQAIC8EADYvBAA8LICAKiZAABwvAgAoEUCAEBqDwCYag8A8GoPAKAYEQDoig8A0LsQACi8EACAvBAA2LwQAKiZAACYjAAAwKECAHC8CACgRQIAQGoPAJhqDwDwag8AoBgRAOiKDwDQuxAAKLwQAIC8EADYvBAA+EUCAFBGAgCoRgIAAEcCAACZDwBYmQ8AsJkPANAvDwAoMA8AgDAPANgwDwAwMQ8AiDEPAEirAQBYNg8AsDYPAKBFAgBAag8AmGoPAPBqDwCgGBEA6IoPANC7EAAovBAAgLwQANi8EACgqwEAaN4AAKBFAgBAag8AmGoPAPBqDwCgGBEA6IoPANC7EAAovBAAgLwQANi8EADAoQIAcLwIAKBFAgBAag8AmGoPAPBqDwCgGBEA6IoPANC7EAAovBAAgLwQANi8EADIDgAAoEUCAPhFAgBQRgIAqEYCAABHAgAwbAoAiGwKAMgOAABgJA4ASKsBAEhLAACgRQIASIAIACgoDgDQuxAAKLwQAIC8EADYvBAAAAAAAOBSDwCgRQIA+EUCAFBGAgCoRgIAOLENALATDABA9hAAmPYQAPD2EAAQfgoAqJkAAEiACACgHwAAqGEPAABiDwBYYg8AoEUCAHjnEABAag8AmGoPAHhmDwDQZg8AKGcPAIBnDwDYZw8AMGgPAKBFAgB45xAASKsBAEirAQBYNg8AqG4HAEhLAAC44QYAiJ0BAAgBAAD4wBAAyA4AAKBFAgCQJBAAOFMPAEhLAAAolAAAWAAAAJC3AADotwAAQL0CAJi9AgDwvQIA0CIBACgjAQBAcwwAmHMMAPBzDABIdAwAmIwAAPCyAgBwvAgAkNMJAGjeAAAYGQAAkLcAAOi3AABAvQIAmL0CAPC9AgBISwAA6OABAEDhAQBwaA4AyGgOACBpDgB4aQ4A0GkOAChqDgCgHwAAyA4AAAAAAAAAAAAAyBMCACAUAgBgmg8AuJoPABD/AADQ+w0AGFcFAJDfEADo3xAAQOAQAABHAgBISwAAmIwAAIBYCQAAAAAAYFIGALhSBgAQUwYA8HUPAEh2DwCgdg8AyA4AACAPAABIqwEAWDYPABB1AgBIqwEAoKsBAFiIEQCInQEAOCgAAGjeAABQZwIA4DEPAECQEQAAmgAAUPEAAOg1AwBwvAgA2NIQAEhbAgCgWwIAOHoCABAGBgDYBw4AMAgOAPD/AgBIAAMAoAADAODWBABwvAgAyLwIAMh1EQC44QYAQM8HABB+CgCgRQIAeGwCANBsAgDgMQ8AeMwDAIidAQCoUQIAkOgNAJgBEQAw0xAAiNMQAODTEAA41BAAkNQQAOjUEAC44QYAQM8HABB+CgCgRQIAeGwCANBsAgDgMQ8AeMwDAIidAQCoUQIASIAIACgoDgAwnQEA+MgGAOjgAQBA4QEAIFMDAEBqDwCYag8A8GoPAKAYEQDoig8AQIsPAJiLDwDwiw8A+EUCAFBGAgCoRgIAAEcCAACZDwA4WwUAkFsFAJCIDADo1QwAKJ0IAJDTCQAglgoASEsAAKBFAgAAAAAA2NIQAACaAABQ8QAAqPEAAAAAAAAAAAAASIAIACgoDgAwnQEA+MgGAOjgAQBA4QEA4FoFACAvDwB4Lw8AqHQQABjlCQBw5QkAAAAAABCbDwDwywEAOCgAAIDpAQDY6QEAGEcDACBTAwAAAAAAsBMMABCmDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAGNkNAHDZDQAwbAoAiGwKAMDxAQC4lAYAqG4HAEhLAAC44QYAQM8HABB+CgCgRQIAOOAMAJDgDACoXwEAkB8OAOgfDgBAIA4AmCAOAPAgDgBIIQ4AoCEOAPghDgBQIg4AqCIOAGD4DQAALQcAwB0NABgeDQAoLwgAqD0QADimAgCQpgIA6KYCAECnAgCgRQIAsBMMABCmDwBopg8AwKYPAFDJBgBgUgYAuFIGAPCUAQBIlQEAwDIRANAiAQD4WgYAGCkNAIidAQB4zAMAiJ0BAKhRAgCgRQIAOOAMAJDgDAA4zA8AkMwPAPBGEABIRxAASHwCAOjMDwAYVwUAAAAAAKBFAgAolAAAgJQAAJDdDQDo3Q0AQN4NAJjeDQDw3g0ASN8NAKDfDQD43w0AQPYQAJj2EADw9hAAYNYRAHg/EQBISwAAaN4AAKiZAAComQAAGBkAAKBFAgBAag8AmGoPAPBqDwBYAAAAsAAAAAgBAAAYVwUAOMwPAJDMDwAYVwUASEsAAEh8AgDozA8AGFcFAAAAAACgRQIAQGoPAEgKEgAwnQEAOHQEAJB0BADodAQAmGoPAPBqDwDgNA4AODUOAJA1DgDoNQ4AQDYOAJg2DgDwNg4ASDcOAKA3DgD4Nw4AAEQOAFhEDgCwRA4ACEUOAGBFDgBooQIA8L0NAHC8CAAYGQAAwIsCAPBOEQDgnwQAaF8CAMBfAgAQ/wAA0DUCANCUBwAIDgMAYA4DALgOAwDwjAAAQNYBAEgtCgDIDgAAqM0BAIidAQB4zAMAOHQEAGhfAgBQvw0AcLwIAKBFAgA44AwAkOAMAEhLAADo4AEAQOEBAJjhAQCYzwcA8M8HAIgiCQBISwAAkIUCAHjnEAAQfgoAoEUCAEiACACgHwAAqGEPAABiDwBYYg8AuGkCAJiMAACAWAkA2FgJADBZCQBgUgYACA4DAGAOAwC4DgMASFsCAJiMAADwjAAASKsBAJiMAABooQIA+GMOAFBkDgCoZA4AAGUOAFhlDgCwZQ4AMGwKAOjVDAA45QMAkOUDAPgNEQBQDhEAqA4RAAAPEQBYDxEAsA8RAAAAAAAAAAAAcLwIAEhLAACgRQIAYFIGAOi3AABAvQIAmL0CAPC9AgDgUg8AoAkAANBsDQAobQ0AgG0NANhtDQCgCQAASFsCAHg/EQA4KAAAmPQNAEDWAQCY1gEAYPgNABDrDgDYWAkAoAkAAPgJAAC47Q0A4CkOADgqDgCYjAAAOCgAAEhLAADo4AEA0MQNAKBFAgBg+A0AEOsOANhYCQCgCQAA+AkAALjtDQDgKQ4AOCoOALATDACYjAAA8IwAAOgNCQCgCQAA+AkAALjtDQDgKQ4AOCoOALATDACYjAAA8IwAAOgNCQCgCQAA+AkAALjtDQDgKQ4AOCoOAODWBACInQEACKMBAIidAQDQugkA6OoQAEDrEACY6xAA8OsQAAAAAAD4RQIAUEYCAKhGAgBY/A8AsPwPAKBFAgBAag8AmGoPAPBqDwCodBAAaKECAAAAAACgRQIAQGoPAJhqDwDwag8AqHQQAEiACAAoKA4AMJ0BAPjIBgDo4AEAQOEBADi0DACQtAwAmF8PAPhFAgBQRgIAqEYCAGBSBgAIDgMAGDEDAJC3AAComQAAiMIHAEirAQBYNg8AcLwIAIC0DwDYtA8AMLUPAIi1DwDgtQ8AOLYPAJDoDQD4VxIAUFgSALB+AgAojgIAuOEGAEDPBwAQfgoAuGkCANAiAQDIDgAAQGoPAJhqDwDwag8AqHQQADi0DACQtAwAmF8PAPhFAgBQRgIAqEYCAEiACAAoKA4AMJ0BAPjIBgDo4AEAQOEBABB1AgCIzg4A4M4OAPhFAgBQRgIAqEYCAABHAgBA9hAAmPYQAPD2EAD4RQIAQNYBAEgtCgDQIgEAOM8OADgDEAA44AwAqFECABgZAABwGQAAQNYBAJjWAQDw1gEAoEUCACiUAACAlAAACNcNAGDXDQC41w0AENgNAGjYDQDA2A0AKJ4PAJgaEADwGhAASBsQAOBSDwAASRAAqGEPAABiDwBYYg8AoEUCALjtDQDgKQ4AOCoOAHhmDwDQZg8AKGcPAIBnDwDYZw8AMGgPAKBFAgC47Q0A4CkOADgqDgCYjAAA8IwAAOgNCQCgRQIASIAIAKAfAACoYQ8AAGIPAFhiDwCgRQIAuO0NAOApDgA4Kg4AQGoPAJhqDwB4Zg8A0GYPAChnDwCAZw8A2GcPADBoDwCgRQIAuO0NAOApDgA4Kg4AAAAAAOA3AgBISwAAKJQAAEDWAQCY1gEAqD0QAFgAAACwAAAAsKcDAAioAwBgqAMAuKgDALATDAAQpg8AWEcCALBHAgAISAIAYEgCALhIAgBQUQIAMGwKAOjVDABgUgYAuFIGABBTBgDAHQ0AwIsCABiMAgAAAAAAqD0QAAA+EABI1hAAoNYQAPjWEABQ1xAAOLENADi0DACQtAwAmF8PACBTAwBY2BAAsNgQAAjZEAAgUwMA8LICAEhLAADo4AEAcLwIACBTAwCgRQIAoEUCAKBFAgAgUwMAoEUCAKBFAgBYAAAA0LoJAHC8CACgRQIAoEUCAKBFAgBIAwIAoAMCADBsCgCIbAoASHAGAADZAQAgDwAAEH4KACBTAwBYAAAAqAoLAEDWAQBISwAA6OABAHC8CAAgUwMAoEUCAKBFAgCoUQIAMJ0BADh0BAAIzAIA6OABANDEDQCY1gEA8NYBACBTAwCgRQIAsBMMABCmDwAwzRIAiM0SAODNEgA4zhIAkM4SAOjOEgBAzxIAoEUCACiUAACAlAAACAMDAPjIBgBQyQYAwPEBABBWEABYAAAAMJ0BAPjIBgDo4AEA0MQNAPD/AgAwnQEAiJ0BADjlAwCYjAAA8BIPAGB6CwA4tAwAYAYCALgGAgAojgIAOCgAAJj0DQBA1gEA0CIBAKBFAgBIgAgAKCgOADCdAQD4yAYA6OABAOjVDABA1gwAoEUCAPhFAgDA5AkAGNMPAHDTDwDI0w8AINQPAHjUDwDQ1A8AKNUPAGD4DQA4KAAASEsAAOjgAQDQxA0AWGcRALBnEQAIaBEAYGgRALhoEQAQaREAyIENAKBFAgD4RQIAmPQNAPD0DQBI9Q0ASIAIAIC0DwDYtA8AMLUPAIi1DwBAnhAAmJ4QAChDEACAQxAA2EMQAGD4DQBIWwIAGC4PAHAuDwBISwAA6OABACgoDgCQtwAAkLcAAKiZAADIDgAAqM0BADgoAACwIhIAUEYCAKhGAgAARwIAWEwPALBMDwAITQ8AmPQNAPD0DQBI9Q0ASIAIAIC0DwDYtA8AMLUPAIi1DwBAnhAAmJ4QAChDEACAQxAA2EMQAGD4DQBIWwIAGC4PAHAuDwBISwAA6OABACgoDgCQtwAAkLcAAKiZAADIDgAAqM0BADgoAACwIhIAYE0PALhNDwAQTg8AANkBAKBFAgAAAAAAoEUCAPhFAgBQRgIAqEYCANDPDQAo0A0AAAAAADBsCgDo1QwAQNYMACBTAwCwEwwAiMIHAODCBwDwThEA4J8EAKAfAABwvAgAIFMDADCdAQCInQEAOCgAAJj0DQDoNQMAGEcDAHBHAwBAag8AmGoPAPBqDwCodBAAAHUQAHCDEADIgxAAIIQQADDlCgCI5QoA4OUKANDPDQAo0A0AsBMMAED2EACY9hAA8PYQADjmCgAAmQ8AOFsFAJBbBQCA9wsAEKYPADDNEgCIzRIA4M0SADjOEgA4tAwAYAYCAFg2DwCwNg8AANkBAKAfAAAwbAoAiGwKAOBsCgBQiAIAqD0QAEgDAgCgAwIA8MsBAPiFCgBQvw0AiMIHAFBnAgDgMQ8AeMwDAIidAQCoUQIAGEcDAHBHAwBAag8AmGoPAPBqDwCodBAAAHUQAHCDEADIgxAAIIQQAAjMAgBgzAIAqOIQAHC8CADIvAgA8LICAHC8CAC4aQIAQM8HACCWCgComQAAAJoAAFDxAADoNQMAUPkBAKj5AQBgBgIAWDYPAEhLAADo4AEAQGoPAJiMAAAA2QEAOMwPADCdAQCg3wIAcLwIAKBFAgD4RQIAUEYCAKhGAgAARwIASIAIACgoDgCQtwAAkLcAAKiZAADIDgAAqM0BADgoAACwIhIA0JIPACiTDwCAkw8A2JMPADCUDwCoPRAAAD4QAFg+EABAnhAAWKwQALCsEAAIrRAAYK0QAOCUDwA4lQ8AkJUPAKBFAgCgRQIAoEUCAJDoDQDo6A0AMOEPABgZAACAGAEA0B4RAKBFAgCwEwwAEKYPAGimDwDApg8AUMkGAEiACAAoKA4AkLcAAJC3AAComQAAyA4AAKjNAQA4KAAAsCISAAgjEgBgIxIAGAIEACBTAwAgUwMA0CIBANAiAQD4WgYA8LICABgCBACgRQIA4DcCADg4AgCQOAIA6DgCAEA5AgCYOQIAGBkAAKiZAABISwAAsNkBAHC8CACgRQIAQGoPAJhqDwDwag8AqHQQAFBGAgCoRgIAAEcCAEiACAAoKA4AkLcAAJC3AAComQAAyA4AAKjNAQA4KAAAsCISAHhsAgDQbAIAAIAQAKiZAAAAmgAAmNYBAEBqDwCYag8A8GoPAJC3AACYlAEAUPkBAKj5AQBgBgIAWDYPAEhLAABAag8AmGoPAPBqDwBg+A0A0NwQACjdEACA3RAA2N0QADDeEACI3hAA4N4QACBTAwAAAAAAAAAAADCdAQA4dAQAOMwPAKiZAABYAAAAQFIBAJjWAQBAyAIACA4DACiOAgDo4AEAkLcAAAAAAAC4DRIA+EUCAFBGAgCoRgIAAEcCAIjqAQCQExIAgLQPANi0DwAwtQ8AiLUPAKBFAgBAag8AmGoPAPBqDwCodBAAAHUQADjgDACQ4AwAANkBAFjZAQCw2QEACNoBAGDaAQC42gEAyA4AAABoAgD4RQIAUEYCAKhGAgDQzw0AKNANALATDABA9hAAmPYQAPD2EAAYGQAAoEUCALATDABA9hAAmPYQAPD2EAB45xAAYEwIALhMCAAQTQgAaE0IAMBNCAAYTggAcE4IAEDPBwBISwAAoEsAAPhLAACADwQAoEUCALATDABA9hAAmPYQAPD2EAAYGQAAcLwIAHhJCgCInQEAqFECACBTAwDIDgAAWAAAANC6CQCobgcAEHUCAGh1AgBIWwIAsBMMABCmDwDI8RAAIPIQAHjyEADQ8hAAyA4AAJiMAABYWQcAWAAAAGAGAgBg1hEAGC4PAHAuDwDILg8AOEgPAEirAQBYNg8AsDYPAAg3DwAAmgAAUPEAAOg1AwBgbg8AAAAAAABoAgAAaAIAyKcEACCoBAB4qAQA0KgEAKBFAgCgRQIAeOcQADgoAACgRQIAQGoPAJhqDwDwag8AcLwIAHhJCgCIuA4A4LgOAOBSDwA4Uw8ASKsBAFg2DwCwNg8AkNMJAKhWDwAAVw8A4FIPADhTDwDY0hAAyA4AAKAfAACIwgcAWDYPAKhuBwBISwAA6OABAOA3AgA4KAAAgOkBANjpAQAw6gEAWAAAALAAAAAIAQAA+MAQAFgAAACAbQIA2G0CADBuAgCIbgIA4G4CADhvAgBAzwcAIJYKAEhLAACQtwAAmJQBAFD5AQBAwQgAyA4AABB1AgBAkBEAmJARAJAfDgDQxA0AUPEAAOjVDABYAAAASEsAAOjgAQBIWwIAGC4PAJiMAADwsgIAcLwIAHhJCgCInQEAOOUDAJDlAwD4DREAUA4RAKgOEQAADxEASHwCAJjPBwBYAAAAMJ0BAIidAQCoUQIAoEUCAGD4DQA4KAAASEsAAOjgAQDQxA0AkIoPAKAfAADIDgAAqM0BAAijAQBAzwcAEH4KAKBFAgBIgAgAQJ4QAJieEAAoQxAAgEMQAMgOAACgRQIAAGgCAABoAgCgRQIASEsAAOjgAQBA4QEAmOEBAJDoDQDo6A0AMOEPAIjhDwDg4Q8AOOIPAJDiDwDo4g8AIB8NAMDkCQAY0w8AcNMPAMjTDwAg1A8AoEUCAGDWEQB4PxEAOCgAAJj0DQBA1gEAmNYBADjgDAD4yAYAyA4AAKBFAgA4tAwAkLQMAPCyAgCY1gEAGBkAAEhLAACgRQIAYPgNAKjiEABwvAgAoEUCAHhsAgDQbAIAAIAQAFiAEABgUgYACA4DABgxAwCQtwAAqJkAAIjCBwBIqwEAWDYPAHC8CABISwAAkIUCAOiFAgBAhgIA+NEOAPjRDgCAGAEAqJkAAACaAABQ8QAAuGkCABBqAgBoagIAwGoCABhrAgC4aQIAOCgAAIDpAQDY6QEAIBQNAHgUDQBQWQMAmIwLAPBqDwC4bg8AUEYCAKhGAgAARwIAsBMMABCmDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQwAoAaMAKAMiBDQAIowEAQM8HABB+CgComQAAmIwAAKjiEACQtwAAQNYBAJjWAQBIcAYAKI4CALjhBgBAzwcAEH4KAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEA+HcAACiOAgC44QYAOHQEADgoAADA5AkAqJkAAHC8CABwvAgA2NIQADDTEADQugkA6OoQAEDrEADY0hAAGBkAAJC3AAAYAgQAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBYAAAAWAAAAGAGAgDg1gQAkLcAAAgOAwAojgIAuOEGAEDPBwAQfgoAkLcAAJiUAQBw0QEAWGcRAOjgAQCoXwEA4DcNADg4DQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAGBkAAHAZAAAoLwgASEsAABAGBgDYBw4AiLACAMgOAAAIowEAqJkAABgZAABISwAAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEABjuBgBw7gYAyO4GACDvBgB47wYA0O8GACjwBgCA8AYAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQDo4AEAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAEhLAACYjAAAGCkNAIidAQComQAAAJoAAEirAQCYjAAAQM4AAICUAAAI1w0A6A0JAEAOCQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEA4NYEAIidAQB4zAMA+MgGALjhBgCYjAAAgFgJAODWBAA4pgIAmIwAACiOAgC44QYAQM8HABB+CgComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBACiOAgCYjAAAmIwAAPCMAABIjQAAoI0AAPiNAABQjgAAQNYBAJjWAQDIDgAAIA8AACCWCgBA1gEAkLcAAKiZAAA4KAAAgOkBANjpAQAgFA0AeBQNAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAqFECAGB6CwC4egsAwPEBAHC8CABIWwIAkLcAAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAiEcEAOBHBAAY7gYAcO4GAMjuBgAg7wYAeO8GANDvBgAo8AYAgPAGADCdAQCg3wIA+N8CAFDgAgCo4AIAAOECAFjhAgDIDgAACMwCAGDMAgAojgIA6OABAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBACjmDQCA5g0AqJkAAKhfAQAwzRIAiM0SAODNEgA4zhIAkM4SAOjOEgBAzxIAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAKOYNAIDmDQCQtwAAmJQBAFD5AQCo+QEAYAYCAFg2DwBISwAAuOEGAEDPBwAQfgoAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAKOYNAIDmDQC44QYAEOIGAGjiBgDA4gYAGOMGAHDjBgDI4wYAmEEOAPBBDgBIQg4AoEIOAPhCDgBQQw4AqEMOABBiAQAo5g0AgOYNACiUAACAlAAACNcNAOgNCQBADgkAmA4JAPAOCQBIDwkAoA8JAHhJCgBAzwcAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAKOYNAIDmDQDIDgAAOH8EAJB/BABYNg8AqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQAo5g0AgOYNAOCfBAA4oAQAkKAEAOigBABAoQQAmKEEAPChBABIogQAoKIEAPiiBABQowQAEGIBACjmDQCA5g0AOCgAAEirAQAYAgQAaN4AAFBnAgAYAgQAyA4AADh/BACQfwQAWDYPAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAKOYNAIDmDQAAAAAAoEUCAAAAAACgRQIA+EUCAFBGAgCoRgIAAEcCAABoAgBYaAIAeKADANCgAwAooQMAgKEDADjgDACQ4AwAmMoQAPDKEABIyxAAoMsQAPjLEABQzBAAqMwQAABoAgBYaAIASIAIAIC0DwDYtA8AMLUPAIi1DwDIHREAeOcQAEDWAQCgRQIAMGwKANDREAAo0hAAgNIQAKBFAgBAag8AmGoPAPBqDwCodBAAQGoPAEgKEgD4SwAAgA8EANgPBACAxxAAiMgQAODIEAA4yRAAOOAMAEg6DQCozQEAYCQOAKiZAADIDgAASIAIACAPAADQIgEAQMEIAEBqDwCYag8A8GoPAKh0EAAAdRAAeGwCAKiZAAAAmgAAmNYBAEiACACAtA8A2LQPADC1DwCItQ8ASFsCABgCBACgRQIASIAIAKAfAABIWwIAmIwAAADZAQAIzAIAuOEGAJiMAACo4hAAAOMQAGDWEQB4PxEAAJoAAKhRAgDQIgEA+FoGAKjiEAAYGQAAoEUCAGD4DQCo4hAAcLwIAKBFAgBgUgYAuFIGABBTBgBAZxAAEAYGAGgGBgBIWwIAoFsCAPhbAgBIfAIAQNYBAMiBDQB4bAIA0GwCAOAxDwB4zAMAiJ0BAAAtBwA4tAwAQFIBAJhSAQDw/wIAMJ0BAHC8CADY0hAAAJoAAKBFAgBIgAgAWAAAANC6CQCobgcAMJ0BAJBhDgDA5AkAqJkAAHC8CACgRQIA+EUCAJj0DQBA1gEAsBMMAED2EACY9hAA8PYQAHhsAgDQbAIA4DEPAHjMAwCInQEAkHoNAOh6DQBAew0AmHsNAPB7DQBIfA0AoHwNAABoAgBYaAIAkHoNAOh6DQCwEwwAQPYQAJj2EADw9hAAAGgCADBsCgCIbAoAGEwQAHBMEADITBAAIE0QAKBFAgB4bAIAwN4AALhrBQAQbAUASEsAAOjgAQAYGQAAoEUCAEBqDwDgtQ8AyA4AACAPAAAQfgoAoEUCADBsCgCIbAoAGEwQAHBMEADITBAAIE0QAKBFAgB4bAIAwN4AALhrBQAQbAUASEsAAOjgAQAYGQAAoEUCAEBqDwDgtQ8ASKsBAKCrAQBIWwIAoEUCADBsCgCIbAoAGEwQAHBMEADITBAAIE0QAKBFAgB4bAIAwN4AALhrBQAQbAUASEsAAOjgAQAYGQAAoEUCAEBqDwDgtQ8AIFMDAKBLAACoCxIAAAwSAFgMEgBA1gEASC0KAGjeAABQZwIASFsCALgCEgCgRQIAsBMMABCmDwBYRwIAsEcCAAhIAgBgSAIAuEgCAAAAAACgRQIAMGwKAIhsCgBAyAIAiFUOAOBVDgA4Vg4AkFYOAEiACABAzQ8AmM0PAPDNDwBIzg8AoM4PAPjODwBIgAgAQM0PAJjNDwDwzQ8ASM4PAKDODwD4zg8AsBMMABCmDwBYRwIAsEcCAAhIAgBgSAIAuEgCAKg9EAC4DRIAYPgNAGDRDwC4UQoAKJQAAJiMAABg+A0AYNEPALhRCgAolAAAmIwAAIBYCQCgRQIAqD0QALgNEgAQDhIAaA4SAMAOEgAYDxIAcA8SAMgPEgAgEBIAKJQAAEirAQBIqwEAoEUCAJDoDQDo6A0AQOkNAJjpDQDQ0RAAiJ0BAKhRAgCgRQIAOOAMAPjIBgDo4AEAkMILAMgOAAA4KAAASEsAAKBFAgBgUgYAuFIGABBTBgBAZxAAmGcQAPBnEABIaBAAqFECAPiFCgBQhgoAoEUCAGBSBgC4UgYAEFMGAEBnEACYZxAA8GcQAEhoEABAzgAAyA4AAKAfAABwvAgAoEUCAGDWEQC41hEAIFMDAEgDAgAQDhIACBQMAHC8CACgRQIAeOcQADgoAACgRQIAOOAMAJDgDAAYGQAAqJkAAACaAACgRQIAsBMMABCmDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEASIAIAECeEACYnhAAuMwCABDNAgCgRQIAQGoPABAGBgDYBw4AMAgOAIgIDgCoPRAAAD4QAKg9EAAAPhAAWD4QALA+EABgUgYACA4DAMAvEgAYMBIAcDASAMgwEgAgMRIAeDESANAxEgAoMhIAqD0QAAA+EABg+A0ASFsCABguDwDw/wIAEMAKALATDAAQpg8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBAHhsAgDQbAIAAIAQAFiAEABAag8ASAoSAPhLAAA4HAQA6OgNAEDWAQCY1gEAQMgCAEhLAACgRQIAYFIGAAgOAwDALxIAGDASAHAwEgB45xAAOCgAAKBFAgBAag8ASAoSAPhLAAD4RQIAmPQNAEirAQBIqwEAoKsBAGjeAAAwnQEAiJ0BAKhRAgCgRQIAsBMMABCmDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAolAAAQNYBANDREACInQEAqFECAKBFAgC47Q0AEO4NAKjiEABwvAgASKsBAODWBACInQEAqFECAKBFAgB45xAAOCgAAKBFAgBAag8ASAoSAPhLAABgRBIAuEQSABBFEgBoRRIAwEUSABhGEgBwRhIAyEYSACBHEgB4RxIA0EcSAChIEgCASBIAAGgCAFhoAgAIzhAAqOIQAHAZAAB4TgEAoEsAAPhLAACADwQAoEUCALATDAAQpg8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBAHjnEABgTAgAuEwIABBNCABoTQgAwE0IABhOCABwTggAgCgOANgoDgAwKQ4AiCkOAPDhAQAAAAAAAAAAAAAAAACgRQIAwB0NAGCcEgC4nBIAEJ0SADjgDACQ4AwAwHwSABh9EgBwfRIAyH0SACB+EgBg+A0ACI4IAHC8CAAYAgQAmIwAAPCyAgAYGQAAoEUCAGD4DQAIjggAcLwIADi0DAAYGQAAYJwSALicEgAQnRIAOOAMAJDgDADAfBIAGH0SAHB9EgDIfRIAIH4SAGD4DQAIjggAcLwIAMgOAAAIzAIAYMwCAIBYCQDYWAkAqFECAGB6CwDQIgEAoEUCADjgDACQ4AwAwHwSABh9EgBwfRIAyH0SACB+EgBg1hEAoFsCAHBnBwCgCwMASKsBAFg2DwA44AwAkOAMAMB8EgAYfRIAcH0SAMh9EgAAUgIAoEUCAKhRAgBgegsAuHoLAMAdDQBgnBIAuJwSABCdEgA44AwAkOAMAMB8EgAYfRIAcH0SAMh9EgAgfhIAWAAAAEBSAQCYUgEA8P8CADCdAQBwvAgA2NIQAACaAADIgQ0ACMwCABAGBgDYBw4AKI4CAOjgAQCoUQIAGAIEACBTAwDIpwQAIKgEAHioBADQqAQAeGwCADCdAQD4yAYAoEsAAKBFAgCwEwwAEKYPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAABoAgBYaAIAQGoPAOC1DwCgTQ4AMGwKAIhsCgAAmgAA6NUMAEDWDACgRQIAOLQMAJC0DACYXw8AWAAAANAiAQCgRQIAsBMMAED2EACY9hAAAAAAAPD2EAAQoxAA4LIFAPhaBgCo4hAAcLwIAKBFAgD4RQIAUEYCAKhGAgAARwIAeGwCADCdAQD4yAYAoEsAAKBFAgCwEwwAEKYPAGimDwDApg8AUMkGAGBSBgC4UgYA8JQBAIjcDQDg3A0A4NwNAOi2DwDwywEAwJ8KABigCgBwoAoA8IgQAEiJEABYAAAAQFIBAJhSAQB4HA4A0BwOACgdDgCAHQ4AiLIQAGBSBgC4UgYAEKMQAGijEADAoxAAGKQQAHCkEADIpBAA4NYEAJBhDgDoYQ4AqG4HABgCBACQtwAA6LcAACiDDQCAgw0A2IMNACAUDQB4FA0AqJkAAACaAABQ8QAA6DUDAKhRAgAAUgIAmIwAAEgKEgD4SwAAgA8EANgPBABg+A0AuPgNABD5DQBAag8AmGoPAPBqDwC4bg8AUEYCAKhGAgDQzw0AKNANAOC1DwCgTQ4ASIAIAKAfAAComQAAQGoPAEgKEgD4SwAA+EUCALAiEgAIIxIAYCMSALgjEgBIgAgAQJ4QAJieEAC4zAIAEM0CAKBFAgBAag8AEAYGANgHDgAwCA4AMGwKAIhsCgCoPRAAQNYBAOjVDABA1gwAoEUCANAiAQD4WgYA8P8CABDACgCY9A0AQNYBAKBFAgDQIgEAKCMBAEDWAQCY1gEAOOAMAJDgDAA4KAAAmPQNAEDWAQDQIgEA+FoGACiOAgC44QYAQM8HAKiZAACobgcAoEEHAEhLAAC44QYAQM8HABB+CgCgRQIA+EUCAFBGAgCoRgIAAEcCAPhFAgCY9A0AQNYBAKBFAgBAag8AmIwAAADZAQBIChIA+EsAAIAPBADYDwQAgMcQAIjIEADgyBAAOMkQAPhFAgBQRgIAqEYCAFj8DwCw/A8AoEUCAEBqDwCYag8A8GoPADgXDQCQFw0A6BcNAEAYDQCYGA0A8BgNAEgZDQCgGQ0AYG4EALhuBAAQoxAAaKMQAJhBAwDwQQMAWDYPAFjZAQBwARMAyAETANCOFADI7A4AGAIEAADOAQAYOBMAOKcUAHC8CABIQAAAIAITAHgCEwAYOBMAOOQSAAhOAAAgPhUAOKcUAHC8CAA4pxQAOKcUAHC8CAAYOBMACIsUADinFAAgPhUAqFECAPgfAACAGAEAID4VAIAYAQCYMhMAmDITAHC8CADY0hAAACEAAIAYAQDwzgAA8NYBALjeEgC43hIAOKcUAPDWAQA4pxQAqGEPAEj8EgCg/BIAkJ8TAHABEwDIARMACPETACA+FQCgCQAAGDgTAEj8EgCg/BIAgBgBAND3EgCQZRQA6GUUAGBXEwCoUQIAmDITAGA2EwC4NhMAcAETAMgBEwCo7xMA0CIBALgNEgCYMhMAuP8SAJgyEwAQfgoAsNcUAJCfEwAYOBMAUBAUADinFACgCQAAoAkAACgZEwCAGRMA2BkTACA+FQDIDgAACAoTAGAKEwAIChMAYAoTAHhlEwAgPhUAoE0OABhHAwBwvAgA6A0JAHC8CAAoGRMAgBkTAKi1FACAGAEAKBkTAIAZEwCotRQA+B8AAHABEwDIARMAcIwCAKBFAgBIOg0AGDgTACBTAwCgTQ4AoE0OAKBFAgBISwAAmDITAPgHEwBABhMAENsBAHg+FQB4PhUAQAYTAGgLEwDACxMAGAwTAHApDQAgKg0AGDgTALh/AgAIChMAYAoTAJgyEwBABhMAmAYTAAgKEwAAPRQACAoTAAA9FABYXhQAmDITAAAfEwCgRQIACIsUAKCpFABYqxQAMBoTAKBFAgCQChUA6AoVAODeEAAwGhMAiBoTAND3EgAwGhMAeHcNAKBFAgAoGRMAgBkTACgZEwCAGRMAKBkTAIAZEwC4ChMAkJ8TAJgLFQDwCxUAEHUCAEAGEwDQ9xIACAoTAGAKEwAQdQIAcLwIAKBFAgAgPhUAoEUCAJAKFQDoChUAWBQTACgTFQAYOBMAIFMDABg4EwAYVwUAGFcFABhXBQAgUwMAgFgJAHg/EQCImAoAeD8RAEhoEABIaBAASEsAALhbDgCgXBQAaCETABD/AADIDgAAyA4AACgkEwBYDBIAEP8AANBMFADIDgAAWAwSAJgyEwCYMhMAmDITAJgyEwCYMhMA0PcSAND3EgCYMhMAmDITAJgyEwCYMhMAmDITAJgyEwDQ9xIA0PcSAND3EgCYMhMAmDITAJgyEwDQ9xIA0PcSAFgqEwDQ9xIA0PcSAJgyEwCYMhMAmDITAKBFAgCgRQIAGMQUAKAJAAAYxBQAoAkAACgvEwAAnA4AoEUCACA+FQBA1gEAwJ8KAKBFAgDIDgAAyA4AAJgyEwCYMhMASKsBACgTFQAoGRMAgBkTACBTAwAYOBMAID4VAMgOAAAANRMAoEUCALANAwCgHwAAGAIEAPiFCgAYGQAAcLwIAEAkCQBwvAgAGI0UAKAJAACQnxMAOOQSADAaEwCIGhMAMJcDACgZEwCAGRMAqLUUAFDJBgAgPhUAoEUCAKBFAgAwGhMAiBoTAKA6DQAYOBMAsJUUACgTFQDIDgAAOLECAGjeAABo3gAAaN4AACA+FQBo3gAACIoCAPBOEQAgPhUAOLECACA+FQBApwIAgKUUABiCFABwghQAEEITACA+FQAIDxUAYA8VAKg4AwCAGAEAID4VAFhvEgCgCQAAID4VAFgAAAAYGQAA2NIQADjkEgAYAgQAiDgUAFgAAACApRQAoAkAACA+FQBQEBQAoAkAABg4EwCgCQAAoAkAACj1EwAYOBMAOOQSAAjMAgAYAgQAKFATAIhzBABYTAQAGE4TAEhVBAB4PhUACI4IAND3EgCQZRQA6GUUAEiTFABASQQAKBkTAIAZEwCotRQA0GUTAND3EgAgPhUAeFUGADhIBAAYmxMA0PcSAJgyEwCYMhMAKBkTAIAZEwCYMhMAYDYTALg2EwAgDwAAGDgTAHDlCQBYNg8AGDgTALg+FAC4PhQAGDgTAFhpFABIMxMAEJsEAKBFAgAYOBMAaFgTAPDWAQAgPhUAoEUCAKBFAgCgRQIAeD4VAKBFAgA45BIAID4VAKBFAgAYOBMAKBMVAGA2EwC4NhMAeCoNAHBUBgBwHxQAwCAMAOBSDwAgPhUAcOMGACA+FQDo8QoAKHwTAAAhAAAYOBMAaFgTAMBYEwAwARQAID4VAAjMAgBYNg8AGDgTAAiLFAAQ/wAAcB8UABibEwBIdAwASLkAAEhbAgCgRQIA0PcSAJBlFADoZRQAKBkTALhfFADgUg8AYPETADjkEgDIDgAAgBgBABhkEwBA7RMAmO0TADABFABISwAA0PcSAJBlFADoZRQASJMUAKCTFAAwARQASEsAADABFABISwAA6O8SANBwEwAgPhUAoEUCACA+FQCgRQIAGDgTAAiLFACQnxMAGDgTAABWEwBYVhMAsFYTAGDmEwCgRQIAOAUTABg4EwCYMhMAYDYTALg2EwCQfhMAAH0GADjkEgCw1xQAoDoNAHg+FQCYMhMAeD4VAJgyEwDoBRMAIFMDAKiMEwAAjRMAWI0TAABWEwBYVhMAsFYTAAhXEwDA5xMAqIwTAACNEwBYjRMA6O8SAIjIBQDQ9xIAkGUUAOhlFABIkxQAoJMUAIigCwAgPhUACMwCACA+FQBwHxQAOOQSABhXBQA4SAQA6OABAJgyEwBgNhMAuDYTAIgBFAAAIQAA0PcSAJBlFADoZRQAID4VACBTAwBIkxQAoJMUABBzCgAwARQASEsAAPCKEwBIixMAoIsTAPiTFABw4wYA8IoTAJgyEwCocxQA0PcSAHg+FQCYMhMAYDYTAHg+FQBYNg8AoEUCACgTFQBgNhMAuDYTAHhSBwAYOBMACIsUACA+FQCg9Q0AGDgTACA+FQCIEgcAkJEUAND3EgB4PhUACAoTAGAKEwBwvAgAwPITAKiMEwAAjRMAWI0TACgTFQBgNhMAuDYTAChQEwAIzAIAWDYPAJCRFAAgPhUAWDYPAKBFAgAIPhQAcLwIAPD/AgCQkRQA6JEUAECSFADo7xIAgBgBABg4EwAgPhUA4LUPADjkEgDIgQ0A0PcSAJCRFADQ9xIAkJEUAJgyEwB4PhUAeD4VAHg+FQCYMhMAYDYTALg2EwAAVhMAWFYTALBWEwAQExQA+JMUAFCUFABwHxQAACEAAAhXEwAoZhMAkJEUAOiRFABAkhQAmJIUACgTFQBIMxMAUEQVAPhfEwBQYBMAUEQVAPCKEwCQkRQA0PcSAJBlFADoZRQA0PcSAJBlFADoZRQAID4VALhqFADQxA0AID4VAFg2DwAgPhUAYIMIADjkEgCgRQIA8NYBAIAYAQAYOBMAWGkUAEgzEwCIhRQAAAAAAHC8CAAAAAAA0D4VABg4EwBYaRQASDMTAIiFFAAAAAAAcLwIAAAAAAAgPhUAID4VANCOFAAgPhUA0I4UACA+FQDQjhQA0D4VACA+FQC4PhQAeD4VAJgyEwCYMhMAYDYTALg2EwAYOBMAeHcNAAiLFACgTQ4A0PcSAJBlFADoZRQAoEkTACA+FQCApRQASEsAAGj9EwC4XxQACI4IAKhoFAAAaRQAqLUUABgCBACQkRQA6JEUAECSFAAYOBMAGDgTAJgyEwBgNhMAuDYTAIj+CQAAAAAA4MoTADjLEwCQyxMAQCQJAKhzFAAAdBQAWHQUACA+FQDo7xIA0MQNAFABAwBYNg8AGDgTACA+FQCIOBQAWAsLAOjvEgAgPhUAEH4KAJCfEwAoGRMAgBkTAAgKEwBgChMA0PcSAJBlFADoZRQAOOUDABg4EwAgPhUA4EcEAJgyEwCYMhMAYDYTALg2EwBwvAgAACEAAJgyEwAIXxQAmDITAGA2EwC4NhMAWCQVAAAAAADQ9xIAkGUUAOhlFAAYOBMAaFgTAMBYEwA45BIAGDgTAACHCgBwHxQAOOQSAIAjAQAAAAAAID4VAHAfFAA45BIAgCMBAKjZEwDQ9xIAkGUUAOhlFABYaRQASDMTACA+FQAYOBMAmDITAGA2EwC4NhMAID4VABgCBACAIRQAoEUCAKjkEwCYMhMAEP8AANj9CQBISwAAsJUUABgCBADw1gEAID4VAACaAAC4PhQAOOUDADAqFQCQZRQA6GUUAEiTFACgkxQAwJoTAKBFAgCgRQIAGDgTAKi1FACAExUAgBgBAJCfEwCgRQIAqO8TAPjIBgBoWBMAwFgTAMCaEwCInQEAqNkTAADaEwBY2hMAcLwIAAAAAAAAAAAAAAAAACA+FQBwHxQAAAAAAAAAAAAAAAAAqO8TAOj3EwBISwAAoEUCAIAYAQAgPhUAgKUUAHAfFABwvAgAmDITABibEwAYmxMAmDITAEgzEwAYRwMAsNcUACgTFQBIMxMAGFcFAND3EgAo+BIAGFcFAKiZAABISwAAYI4IACA+FQCYjAAAYI4IAHg+FQAQ/RMAwJoTACgZEwCAGRMAuAoTAGhYEwDAWBMAKBkTAIAZEwC4ChMAaFgTAMBYEwBISwAASEsAACh8EwDwywEAqHMUAAB0FABYdBQAMAEUACA+FQAYAgQAmDITACA+FQDgRwQAmDITAGA2EwC4NhMACAcUAGAHFAAYVwUAGFcFACA+FQDgRwQA4EcEAHBUBgAIPhQAOOQSAAAAAAAgPhUAID4VAKiZAADYjxQAoEUCABg4EwDgRwQAuGoUAKBFAgAw1wsAqFECAMgUFAAgFRQAWAAAAFgAAABw4wYAGDgTAKBFAgAgPhUAID4VABgZAADQ9xIAkGUUAOhlFABQlxMAoPUNAEBJBACYMhMAYDYTALg2EwCoPRAAKBkTALhfFABYPRQAUBAUABB+CgBQEBQAUBAUAHC8CAAYGQAAKBkTALhfFACAGRMA0PcSABg4EwBQEBQAqBAUAAARFACw1xQAqBsUAChjFACYMhMA4EcEABg4EwCAogoAuKkKAAAAAADg9hMAOPcTAAAAAAAAAAAAYLQKAJAFEwCg9Q0AGDgTACA+FQAgPhUAuD4UAEhLAAAYOBMAID4VALgNEgAYOBMAgBgBAKBFAgAYOBMAaGsUABgZAAAYZBMAsNcUAJCfEwAgPhUAID4VACA+FQAYGQAAGBkAABgZAACQnxMAID4VACA+FQAYGQAAGBkAABgZAAAYGQAAGBkAAJgyEwBgNhMAuDYTACA+FQCgRQIAID4VAKBFAgAgPhUAgBgBAFgyFACAGAEAoEUCACA+FQCgCQAAWDIUAKAJAAC4ahQAMPwRAFgyFAAgUwMAAAAAABgCBAAIMxQAGAIEACA+FQC4ahQAoE4VABg4EwCgThUAID4VAKBOFQCYMhMAYDYTALg2EwAgPhUASNYQAIAYAQA45BIAyA4AAMgOAAA45BIAWDYPALhqFAAgUwMAID4VACBTAwDQ9xIAkGUUAOhlFACYMhMAYDYTALg2EwCgRQIAmNYBACA+FQCgRQIAID4VABg4EwDIHxQAoEUCAIAYAQAYOBMAID4VABgCBACgRQIA8NYBAMhAFACAGAEAaMAKALDXFAAYOBMAcLwIAKAJAAAgPhUAWDIUAAAAAAAIChMAAD0UAFheFADICwwACAoTAGAKEwDICwwAcDUUAMgLDADICwwAmDITAAhfFADICwwA6OABACgZEwC4XxQA+OsUAKAJAACgRQIACAoTAGAKEwB4ZRMAuA0SAJgyEwBgNhMAuDYTACiaFAAYOBMAqAIVAAiLFABQAhUAGDgTABg4EwDQTBQAKE0UAIBNFADQTBQAKE0UAIBNFADYTRQAME4UANBMFAAoTRQAgE0UANhNFAAwThQACIsUAJgyEwBgNhMAuDYTACiaFAAYOBMAqAIVAAiLFABQAhUAGDgTAOgfDgAYOBMASEsAAPD/AgBISwAAKBMVAGA2EwC4NhMAGDgTAJhbFABwvAgAGAIEAIAdDgAgUwMACM0UALhfFACI6gEAoEUCAMgOAAAAAAAAyIENAAAAAAAAPRQA4FkUADhaFACQWhQAID4VACgTFQBgNhMAuDYTAKBFAgCgCQAAGFcFABhXBQCw1xQAoEUCAND3EgCgRQIAGDgTACBTAwAYOBMAIO0DAIClFACApRQAqD0QABg4EwAgPhUAoEUCACgZEwCAGRMAKBMVAGA2EwC4NhMAKBMVAKBFAgBwvAgAID4VAHC8CADoWhQAiLsNABB+CgCgCQAAsNcUAHBXBQDo9BQASJUBABD/AACIhRQACAoTAGAKEwAYJg4ACM0UAOjgDACgRQIAQHEUAOjgDACgqRQAWKsUAGBFDgBIAwIA0PcSAJBlFADoZRQAoEUCACA+FQAgPhUAKBMVAAjMAgAIzAIAKBMVACgTFQBwvAgAoBITAPgSEwAYdxQAaCETAND3EgCYMhMASDMTAFhSAgBg+A0AqM0BADAaEwDQ9xIA0MwDAEgDAgBwVAYAKEoKAEjQBwCoUQIAgEMQAPhwBgBwvAgAID4VAFg2DwAYxBQAsA0DABCWAgCwDQMAEJYCAJCQAgDAIAwAeD4VAFABAwAgPhUAoAkAAKBFAgDAIRMAoB8AANDMAwCQChUAoEUCACA+FQBABhMAENsBACA+FQCw1xQAOEEVAHBXBQAgPhUAIFMDACBTAwAgUwMAIFMDABg4EwAYVwUAiM4OAKBFAgAYOBMAoEUCAKCpFABYqxQA+D4TAKBFAgBgahQASDMTAPBmFACgRQIASEsAAAjMAgDQjhQAyA4AAFg2DwDQ9xIAkGUUAOhlFABAJAkAmDITAGA2EwC4NhMA+JMUAFCUFABoWBMAwFgTAGhYEwDAWBMAmDITAKCpFAAQdQIAID4VAKBFAgAYRwMACAoTAGCLFAAYOBMAKLsUAJBhDgCo4hAAoEUCAKCpFABYqxQAML0QABgZAACgqRQAWKsUADC9EABooQIAoKkUAFirFAAwvRAAKBkTAIAZEwCotRQAWLYUAHiZFADQmRQAiJsUAKCpFABYqxQAML0QAKCpFABYqxQAML0QAKCpFABYqxQAML0QACgZEwCAGRMAML0QADhTDwAoGRMAgFgUACgTFQAIXxQAID4VAKBFAgA4KAAAOCgAAKhRAgC4aQIAuN4SAHCjFAD40Q4ACIsUAKBFAgAgPhUAoEUCAJjhAQDgehQA4FIPAKBFAgCgRQIAQBETAJCfEwCYCxUAgBkTAIjqAQAgUwMAoEUCAPh2DwD4qwEAmPQNACiaFACYMhMAqFECAIgIDgAomhQAIFMDACiaFAAgUwMAGDgTAKBFAgCgqRQAWKsUACA+FQAoGRMAgBkTAKi1FABA1gwAoEUCAKBFAgCgRQIAeGUTAKBFAgAgmRQAAHUQAMgOAABomw8ACAoTABg4EwCgRQIA0PcSAMjZDQDo4AwAWCQVAAAAAADo4AwAUMEQAFjBFACgRxAAsMEUAJCfEwAwZBQAKBMVAEgzEwCgqRQAqHQQALjeEgCQnxMAWMEUAJCfEwCwwRQAkJ8TAKCpFABYqxQAsHQUAFgAAACQ0wkASEsAABgXEwDIDgAAoEUCAOjgDABAERMAoEUCAFg9FABooQIAILoUAFgDFQCwAxUAGAIEAEDWDAAwHxUAoEUCAKBFAgBYSBQASAMCACA+FQCQKg4AkCoOAJAqDgCQKg4AqFECAKhRAgBI7BAAoEUCACgZEwBIyhQAoKkUAMAFFQCgRQIAoKkUAAB1EACgRQIAOKcUAOCxFAAoGRMAYIsUAKBFAgAouxQAgLsUAHD7FADYuxQAoEUCAKBFAgCgqRQAAHUQADinFADgsRQAKBkTAGCLFACgRQIAWIoUACgZEwCAGRMAKBMVAEgzEwCgRQIACM0UALDXFACw1xQAEP8AAHhiFACg1RQAKGMUAFhJEACQKg4AkCoOAJAqDgCQKg4AoEUCACC6FAAIQRMAMBoTAPAcEwBA1gwAQGcQAHCMAgAYBhUAgFgUADinFAAYOBMAIAcVABg4EwAYOBMAoEUCABg4EwCgRQIAIFMDABg4EwCgRQIAGDgTABg4EwCgRQIAGDgTAKBFAgCYzxIAsNcUACBTAwD40Q4A+NEOAKBFAgCg9Q0AKLsUAIC7FAAwRBAAcLwIAAgjEgAoGRMAgBkTAKD1DQAouxQAgLsUADBEEABwvAgACCMSAGiiFADAohQAKBkTALhfFABYXhQAAAAAABg4EwAYOBMAGEcDAJgyEwCgqRQAeIQQACD/EwC4XxQA+OsUALj5FAAoExUACF8UACBTAwB4/xMAqLUUAOjgAQAgPhUAqIgCAFgAAAAomhQAoKkUAHiEEABISwAAmDITAHC8CACgRQIAKBkTAIAZEwAIIxIAWD4QACBTAwAgUwMA8MsBAPDLAQDwywEA8MsBABg4EwDAIAwAIFMDABg4EwDwywEAoEUCAKBFAgCgRQIAAAAAAAAAAACgqRQAwAUVACgZEwCAGRMACCMSAFiAEAAgPhUAoKkUAOjgAQAgPhUAoKkUAJAKFQDoChUAGDgTAKBFAgCgRQIAGAIEAHC8CAComQAAoEUCACC6FABYAxUAsAMVAAgEFQBgBBUAuAQVABAFFQAgUwMAKBkTAIAZEwC4ChMAKLsUAIC7FAD44BQAUOEUALDXFACw1xQAsNcUALDXFACgqRQA6OAMAEAGEwAQ2wEAWGgCACgZEwC4XxQA6KcUACgTFQBgNhMAcKMUAFANFQCoDRUAAA4VAFgOFQAoExUASDMTAMhOCAAoExUAGDgTACBTAwDIERUAIFMDAFg2DwCQSA8AiJsUAGA3DwCYMhMAsNcUAACrFACgRQIAWGgCAKjsFACo7BQAWGgCAABWEwBYVhMA2BkTAKBFAgCw1xQAIFMDAKCpFACodBAAcKMUAFANFQCoDRUAAA4VAFgOFQCwDhUAiJsUAHCjFABQDRUAqA0VAAAOFQBYDhUAsA4VAHC8CAAIChMAYAoTALjeEgBQwRAA6B8OAHC8CABYDxEAoEUCAJAkEABYaAIAWGgCALDXFAAAAAAAAAAAAIAYAQBAERMAID4VAIAYAQAIixQAgBgBAAiLFAAIChMAAD0UAIAYAQCgqRQAWKsUACgZEwCAGRMA0PcSAJBlFADoZRQAoEUCAND3EgDQ9xIA0PcSAKiMEwDQ9xIA0PcSAND3EgDQ9xIACAoTAAA9FADQ9xIAqIwTAND3EgCYZhQA0PcSAJhmFADQ9xIAmGYUAKhzFACYZhQA0PcSAJhmFADQ9xIAmGYUAEhUEwCYZhQA0PcSAJhmFAAoGRMAgBkTAAAAAAA4/xQAKLsUAIC7FACQIBUA+AEVAKCpFAAAAAAAoEkTAIj+FAAAAAAAID4VAKCpFAAgPhUAKLsUAIC7FAAAAAAAEHUCACiaFACoUQIAoEUCACgTFQAomhQAqFECALhJFAAQShQAaEoUACgTFQAIXxQAWGgCAKBNDgCgTQ4AoE0OAKBFAgAgUwMAGDgTABgZAABYNg8AMBoTAHB3FAAIwhQACMIUADAaEwCIGhMAgFgJANg/FQAgUwMAIFMDAMgOAADIDgAAiEYTABg4EwCgAwIA0PcSACA+FQBYPhAAUEQVAFg+EAAgPhUA0PcSADjkEgAgPhUAOOQSAND3EgCQZRQAOOQSALhGFQAQRxUA0PcSACBTAwA4cBQAGDgTAKBFAgCgRQIAoEUCAKBOFQCgRQIAoEUCAKBFAgCgThUAoEUCADBZCQCgThUAID4VACB+EgCgRQIAoEUCAKBOFQAYOBMAAFYTAFhWEwCwVhMA0PcSABBiAQA4pxQA4LEUAKBFAgAoExUASDMTACgZEwCAGRMAqLUUAEiVAQA43Q0AsO0UAOj0FABYNg8AcEsUAAA9FABYXhQA4FIPAJgyEwAIXxQA4FIPACA+FQCAWAkAoEkTAGhrFACgqRQAWKsUACgZEwC4XxQA+OsUACA+FQA45BIAiAgOABgZAAAgPhUAEH4KACgZEwCAGRMAqLUUADjMDwCgSRMAiP4UACgZEwBIyhQAoKkUAKh0EAAgPhUA","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAgAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAIAAIADAACAAAAAgAIAAIADAAAAAAAAgAAAAIACAACAAAAAgAEAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAAACAACAAAAAgAAAAIADAACAAAAAgAIAAIAAAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAAAAIABAAAAAwAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAgAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAAAAIAAAACAAwAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIACAACAAwAAgAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIABAACAAgAAgAMAAIAAAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAgAEAAIACAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAQAAgAIAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAQAAgAIAAIADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIACAACAAAAAgAMAAAADAAAAAQAAgAIAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAIAAIADAACAAwAAgAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIACAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAEAAIACAACAAwAAgAAAAIABAACAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAAAMAAIABAACAAgAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAwAAgAEAAIACAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIACAACAAwAAgAMAAIADAACAAQAAgAIAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIACAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAgAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAIAAAACAAwAAAAMAAAAAAACAAwAAgAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAIABAACAAgAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAAADAACAAAAAgAMAAAABAACAAgAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAIAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIACAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAAAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAIAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAEAAAAAAACAAAAAgAMAAIAAAACAAwAAgAEAAIACAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAEAAIACAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAAAAIADAACAAwAAAAAAAIABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAQAAAAEAAAABAACAAAAAgAEAAAABAAAAAAAAgAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAAAAAQAAgAIAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAEAAIACAACAAwAAgAEAAIACAACAAwAAgAAAAIABAACAAQAAgAIAAIADAACAAAAAgAEAAIADAACAAQAAgAIAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAgAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAMAAIABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAgAAgAMAAIAAAACAAQAAgAIAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAgAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIAAAACAAgAAgAIAAIAAAACAAAAAgAAAAIAAAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIABAACAAgAAgAMAAIADAAAAAwAAgAMAAAADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAI0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAEAAAAAIAAQAAAAAMAAAACAAAAAQAAAJQjBAgICFQIIAAAIAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAABQQAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAQAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQACAAAoAAAABAAAAAAAAAAAAAAAAMCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAABAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAIAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAACAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAABAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAEAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAQMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAQAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAIAABAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAIAACAAAAAQAAAJAjFAgACFQIIAEAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAIAABAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAEAAAAAIAAQAAAAAMAIAACAAAAAQAAAJQjFAgICFQIIAEAIAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAAiAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAIAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAQAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAEAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAEAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAgAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAABAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAQAAAOAAAAAAAAAAgAoAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABACAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAgCAYAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAMAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABBAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAABAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAABAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAYAAAAAAAACQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAYAAAAAAAACQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAABAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIMAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAQAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAABAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAABAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAACACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAACAYAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAC"},"index":{"lists":[[18,19,20,36,37,120,122,123,124,264,326],[1,2,4,5,6,7,8,9,10,11,13,18,19,20,21,22,24,25,26,27,28,36,37,58,59,60,61,62,63,64,65,66,69,70,71,72,75,76,77,78,79,80,81,82,83,84,85,86,87,91,96,97,99,100,101,102,103,104,105,106,107,108,109,110,111,115,116,117,118,120,122,123,124,128,133,134,168,169,172,173,175,187,188,189,192,193,194,195,209,210,218,221,230,232,233,237,238,251,264,273,276,277,278,283,284,285,290,303,304,315,317,326,329,330,332,333,334,335,337,339,340,342,343,346,347,348,349,350,364],[1,2,4,5,6,7,8,9,10,11,13,18,19,20,21,22,24,25,26,27,28,36,37,58,59,60,61,62,63,64,65,66,68,69,70,71,72,75,76,77,78,79,80,81,82,83,84,85,86,87,91,92,96,97,99,100,101,102,103,104,105,106,107,108,109,110,111,114,115,116,117,118,120,122,123,124,128,133,134,142,147,168,169,172,173,175,187,188,189,192,193,194,195,200,201,202,209,210,218,221,230,232,233,234,237,238,251,264,273,276,277,278,279,283,284,285,290,295,303,304,315,317,326,329,330,332,333,334,335,337,339,340,342,343,346,347,348,349,350,353,354,355,364],[18,19,20,36,37,120,122,123,124,264,270,326],[5,18,19,20,26,36,37,58,59,89,113,120,122,123,124,240,264,287,289,326,350,353,370],[18,19,20,26,36,37,120,122,123,124,159,160,161,264,326,356,357,358,359,360,361,362],[6,7,18,19,20,36,37,120,122,123,124,264,290,326],[18,19,20,36,37,88,90,120,122,123,124,264,326],[18,19,20,36,37,120,122,123,124,264,326,343,363],[11,13,15,18,19,20,36,37,101,120,122,123,124,133,134,166,167,196,197,264,326,343,348,349],[12,13,15,18,19,20,23,36,37,120,122,123,124,159,160,161,222,264,326],[15,18,19,20,36,37,120,122,123,124,264,326],[13,15,18,19,20,36,37,61,87,94,99,102,107,108,120,122,123,124,151,159,160,161,162,181,208,209,210,212,216,225,233,235,236,237,238,247,253,254,255,256,261,264,269,278,280,281,282,283,284,285,302,313,319,320,321,322,323,324,325,326,336,364],[18,19,20,36,37,104,120,122,123,124,264,326],[18,19,20,36,37,44,45,46,52,53,120,122,123,124,132,215,228,262,264,265,267,268,271,326,327,342],[18,19,20,36,37,120,122,123,124,163,264,326,376],[17,18,19,20,36,37,120,122,123,124,264,326],[1,13,15,18,19,20,26,27,36,37,120,122,123,124,159,160,161,190,191,217,264,326,330,334,335,364],[13,15,18,19,20,26,35,36,37,38,41,120,122,123,124,159,160,161,165,190,191,264,326,328,330,334,335,364],[4,13,15,18,19,20,24,25,26,28,36,37,65,120,122,123,124,159,160,161,190,191,264,290,326,330,334,335,347,364],[6,13,15,18,19,20,26,36,37,47,120,122,123,124,159,160,161,190,191,192,227,264,266,326,330,334,335,352,364],[0,2,9,13,14,15,18,19,20,21,24,26,36,37,40,50,51,54,55,117,120,122,123,124,159,160,161,184,190,191,192,205,211,214,264,290,292,326,330,331,334,335,338,341,344,364,365,368,371,372,375,377],[3,5,13,15,16,18,19,20,26,28,32,36,37,40,50,54,55,57,62,68,71,72,95,98,118,119,120,122,123,124,128,130,136,137,140,146,152,159,160,161,164,170,173,176,184,190,191,192,199,203,204,207,213,220,223,224,229,230,241,249,252,263,264,272,273,290,291,307,318,326,330,334,335,364,373,378],[13,15,18,19,20,26,36,37,120,122,123,124,159,160,161,190,191,257,264,326,330,334,335,364],[13,15,18,19,20,26,36,37,120,122,123,124,159,160,161,190,191,264,326,330,334,335,364],[13,15,18,19,20,26,36,37,120,122,123,124,159,160,161,190,191,192,264,326,330,334,335,364],[13,15,18,19,20,22,26,36,37,120,122,123,124,159,160,161,190,191,264,300,326,328,330,334,335,364],[13,15,18,19,20,26,32,34,36,37,40,120,122,123,124,159,160,161,190,191,263,264,326,330,334,335,364],[13,15,18,19,20,26,36,37,120,122,123,124,159,160,161,190,191,264,326,330,334,335,364,369],[13,15,18,19,20,26,36,37,116,120,122,123,124,159,160,161,190,191,192,198,260,264,326,330,334,335,354,364,366,367],[13,15,18,19,20,26,28,36,37,111,119,120,122,123,124,131,135,153,159,160,161,186,190,191,199,243,264,294,299,310,311,326,330,334,335,354,364],[13,15,18,19,20,26,36,37,39,68,120,122,123,124,130,138,159,160,161,169,175,176,190,191,219,230,263,264,273,308,312,326,330,334,335,364],[9,13,15,18,19,20,26,28,29,36,37,56,93,120,122,123,124,143,144,159,160,161,190,191,192,264,326,330,334,335,364],[13,15,18,19,20,21,26,36,37,39,40,74,120,122,123,124,139,141,159,160,161,175,190,191,206,263,264,326,330,334,335,364],[13,15,18,19,20,26,30,31,36,37,42,43,63,67,79,120,122,123,124,129,145,148,150,154,159,160,161,171,177,178,179,180,182,183,185,190,191,195,226,231,232,242,245,248,250,251,259,264,274,275,276,277,293,297,298,305,306,309,314,316,317,326,329,330,334,335,345,351,364],[13,15,18,19,20,25,26,27,28,36,37,83,120,121,122,123,124,159,160,161,190,191,264,326,330,334,335,364],[7,13,15,18,19,20,26,36,37,120,122,123,124,159,160,161,190,191,264,326,330,334,335,364],[13,15,18,19,20,26,33,36,37,39,40,120,122,123,124,159,160,161,190,191,192,258,263,264,326,330,334,335,364],[13,15,18,19,20,26,33,36,37,39,120,122,123,124,159,160,161,190,191,263,264,326,330,334,335,364],[18,19,20,36,37,120,122,123,124,127,149,155,156,157,158,174,244,246,264,296,301,326,374],[18,19,20,36,37,91,120,122,123,124,264,326],[13,15,18,19,20,26,36,37,48,49,120,122,123,124,159,160,161,264,326,330,334,335,364],[18,19,20,36,37,58,120,122,123,124,264,326],[18,19,20,36,37,59,64,66,69,70,120,122,123,124,264,326],[18,19,20,36,37,60,120,122,123,124,264,326],[18,19,20,36,37,73,77,78,80,120,122,123,124,264,326],[18,19,20,36,37,76,100,120,122,123,124,264,326],[18,19,20,36,37,76,120,122,123,124,125,126,264,326],[18,19,20,36,37,76,101,103,120,122,123,124,264,326],[18,19,20,36,37,76,120,122,123,124,264,326],[18,19,20,36,37,81,84,86,100,120,122,123,124,264,326,337],[18,19,20,36,37,82,101,103,110,120,122,123,124,264,326,355],[18,19,20,36,37,85,120,122,123,124,194,264,326],[18,19,20,36,37,100,120,122,123,124,264,326,337],[18,19,20,36,37,103,120,122,123,124,264,326],[18,19,20,36,37,109,115,120,122,123,124,264,326,337,355],[18,19,20,36,37,112,120,122,123,124,239,264,286,288,326],[18,19,20,36,37,120,122,123,124,193,264,326],[18,19,20,36,37,120,122,123,124,264,326,337],[18,19,20,36,37,120,122,123,124,264,326,355],[18,19,20,36,37,106,120,122,123,124,200,201,202,264,326,340],[5,18,19,20,26,36,37,58,59,106,120,122,123,124,200,201,202,264,326,340,350,353],[18,19,20,26,36,37,106,120,122,123,124,200,201,202,264,303,304,326,340],[6,7,18,19,20,36,37,106,120,122,123,124,200,201,202,264,290,326,340],[18,19,20,36,37,106,120,122,123,124,200,201,202,264,326,340,343],[11,13,18,19,20,36,37,101,106,120,122,123,124,133,134,200,201,202,264,326,340,343,348,349],[13,18,19,20,36,37,106,114,120,122,123,124,200,201,202,264,303,304,326,340],[13,18,19,20,36,37,61,87,92,96,97,99,102,105,106,107,108,120,122,123,124,200,201,202,209,210,221,233,234,237,238,264,278,279,283,284,285,303,304,326,340,364],[18,19,20,36,37,104,106,120,122,123,124,200,201,202,264,326,340],[18,19,20,36,37,106,120,122,123,124,142,200,201,202,264,295,326,340,342],[1,8,13,18,19,20,26,27,36,37,106,120,122,123,124,200,201,202,264,303,304,326,330,332,333,334,335,340,346,364],[13,18,19,20,26,36,37,106,120,122,123,124,200,201,202,264,303,304,326,330,332,333,334,335,340,364],[4,13,18,19,20,24,25,26,28,36,37,65,106,120,122,123,124,200,201,202,264,290,303,304,326,330,332,333,334,335,340,347,364],[6,13,18,19,20,26,36,37,106,120,122,123,124,192,200,201,202,264,303,304,326,330,332,333,334,335,340,364],[2,9,10,13,18,19,20,21,24,26,36,37,106,117,120,122,123,124,192,200,201,202,264,290,303,304,326,330,332,333,334,335,339,340,364],[5,13,18,19,20,26,28,36,37,62,68,71,72,106,118,120,122,123,124,128,168,173,192,200,201,202,230,264,273,290,303,304,326,330,332,333,334,335,340,364],[13,18,19,20,26,36,37,106,120,122,123,124,200,201,202,218,264,303,304,326,330,332,333,334,335,340,364],[13,18,19,20,26,36,37,106,120,122,123,124,192,200,201,202,264,303,304,326,330,332,333,334,335,340,364],[13,18,19,20,22,26,36,37,106,120,122,123,124,147,200,201,202,264,303,304,326,330,332,333,334,335,340,364],[13,18,19,20,26,36,37,106,116,120,122,123,124,192,200,201,202,264,303,304,326,330,332,333,334,335,340,354,364],[13,18,19,20,26,28,36,37,106,111,120,122,123,124,200,201,202,264,303,304,326,330,332,333,334,335,340,354,364],[13,18,19,20,26,36,37,68,106,120,122,123,124,169,175,200,201,202,230,264,273,303,304,326,330,332,333,334,335,340,364],[9,13,18,19,20,26,28,36,37,106,120,122,123,124,192,200,201,202,264,303,304,326,330,332,333,334,335,340,364],[13,18,19,20,21,26,36,37,106,120,122,123,124,168,172,175,200,201,202,264,303,304,326,330,332,333,334,335,340,364],[13,18,19,20,26,36,37,63,79,106,120,122,123,124,168,195,200,201,202,232,251,264,276,277,303,304,317,326,329,330,332,333,334,335,340,364],[13,18,19,20,25,26,27,28,36,37,83,106,120,122,123,124,200,201,202,264,303,304,326,330,332,333,334,335,340,364],[7,13,18,19,20,26,36,37,106,120,122,123,124,200,201,202,264,303,304,326,330,332,333,334,335,340,364],[18,19,20,36,37,91,106,120,122,123,124,200,201,202,264,326,340],[13,18,19,20,26,36,37,106,120,122,123,124,200,201,202,264,303,304,326,330,334,335,340,364],[18,19,20,36,37,58,106,120,122,123,124,200,201,202,264,326,340],[18,19,20,36,37,59,64,66,69,70,106,120,122,123,124,200,201,202,264,326,340],[18,19,20,36,37,60,106,120,122,123,124,200,201,202,264,326,340],[18,19,20,36,37,77,78,80,106,120,122,123,124,200,201,202,264,326,340],[18,19,20,36,37,75,76,100,106,120,122,123,124,200,201,202,264,326,340],[18,19,20,36,37,76,106,120,122,123,124,200,201,202,264,326,340],[18,19,20,36,37,76,101,103,106,120,122,123,124,200,201,202,264,326,340],[18,19,20,36,37,81,84,86,100,106,120,122,123,124,187,200,201,202,264,315,326,337,340],[18,19,20,36,37,82,101,103,106,110,120,122,123,124,189,200,201,202,264,326,340,355],[18,19,20,36,37,85,106,120,122,123,124,194,200,201,202,264,326,340],[18,19,20,36,37,100,106,120,122,123,124,200,201,202,264,326,337,340],[18,19,20,36,37,103,106,120,122,123,124,200,201,202,264,326,340],[18,19,20,36,37,106,109,115,120,122,123,124,200,201,202,264,326,337,340,355],[18,19,20,36,37,106,120,122,123,124,188,200,201,202,264,326,340],[18,19,20,36,37,106,120,122,123,124,189,200,201,202,264,326,340],[18,19,20,36,37,106,120,122,123,124,193,200,201,202,264,326,340],[18,19,20,36,37,106,120,122,123,124,200,201,202,264,326,337,340],[18,19,20,36,37,106,120,122,123,124,200,201,202,264,326,340,355]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,3,0,4,5,0,0,6,7,0,0,8,0,9,10,11,12,12,12,12,12,12,12,12,12,12,0,0,13,14,15,0,16,17,18,19,20,21,22,23,24,25,26,24,27,28,29,30,31,24,32,33,34,35,36,37,38,24,24,39,0,0,40,41,0,17,18,19,20,21,22,23,24,25,26,24,27,28,29,30,31,24,32,33,34,35,36,37,38,24,24,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,42],[9679,43],[8250,44],[9135,45],[215,46],[10095,47],[10003,48],[8595,49],[10008,50],[10004,51],[9472,52],[10007,53],[8730,54],[10006,55],[8505,56],[9762,0],[9888,0],[8617,0],[8226,57],[10060,58],[9654,59],[65123,59]],"plainDefault":0,"spaced":[60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,61,62,60,60,63,60,60,60,64,60,65,66,60,67,67,67,67,67,67,67,67,67,67,60,60,68,69,60,60,60,70,71,72,73,74,75,76,71,77,78,71,71,71,79,80,81,71,82,83,84,85,86,77,71,71,71,60,60,60,87,88,60,70,71,72,73,74,75,76,71,77,78,71,71,71,79,80,81,71,82,83,84,85,86,77,71,71,71,60,60,60,60,60],"spacedOther":[[160,60],[5760,60],[8192,60],[8193,60],[8194,60],[8195,60],[8196,60],[8197,60],[8198,60],[8199,60],[8200,60],[8201,60],[8202,60],[8232,60],[8233,60],[8239,60],[8287,60],[12288,60],[65279,60],[9676,89],[9679,90],[8250,91],[9135,92],[215,93],[10095,94],[10003,95],[8595,94],[10008,96],[10004,97],[9472,98],[10007,99],[8730,100],[10006,101],[8505,60],[9762,102],[9888,102],[8617,103],[8226,104],[10060,105],[9654,106],[65123,106]],"spacedDefault":60,"blank":60}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,4}FAIL {1,4}(?<name>\\\\S[^\\\\n]{0,300}? {1,4}\\"[^\\"\\\\n]{1,300}\\")$/\\n/^\\\\s{0,4}Total:\\\\s{1,10}\\\\d{1,9}$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d{1,6}(?: -)? \\\\S/\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Started: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Finished: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Skipped: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^ {13}=> Reason: /\\n/^Reported: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Registered: {3}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Test execution (?:started\\\\. Number of static tests: \\\\d{1,9}|finished\\\\.)$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,8}process didn't exit successfully: \`(?<name>[^\`\\\\n]{1,500})\` \\\\(exit status: (?!101\\\\))\\\\d{1,3}\\\\)$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?<name>\\\\.\\\\/\\\\S{1,300}_spec\\\\.rb:\\\\d{1,6}:\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,79,81,82,83],[6,7,26,27,28,29,30,31,32,33,36,37,38,39,41,42,43,44,45,46,47,48,49,50,51,52,56,59,60,62,63,64,65,66,67,68,69,70,71,72,73,75,76,77,78,79,81,82,83,86,90,91,116,117,118,119,120,127,128,129,132,133,134,147,148,155,158],[6,7,26,27,28,29,30,31,32,33,35,36,37,38,39,41,42,43,44,45,46,47,48,49,50,51,52,56,57,59,60,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,81,82,83,86,90,91,98,103,116,117,118,119,120,127,128,129,132,133,134,139,140,141,147,148,155,158],[6,7,26,27,54,74,79,81,82,83],[6,7,79,81,82,83,110,111,112],[6,7,53,55,79,81,82,83],[6,7,64,79,81,82,83,90,91,114,115,135,136],[6,7,79,81,82,83,110,111,112,159],[6,7,29,52,58,62,65,70,71,79,81,82,83,106,110,111,112,113,123,146,147,148,150,153,160],[6,7,67,79,81,82,83],[6,7,13,14,20,21,79,81,82,83,89,153],[6,7,79,81,82,83,113],[6,7,79,81,82,83,110,111,112,130,131,154],[5,6,7,8,11,79,81,82,83,110,111,112,113,130,131],[6,7,79,81,82,83,110,111,112,130,131],[6,7,15,79,81,82,83,110,111,112,130,131,132],[6,7,10,18,19,22,23,77,79,81,82,83,110,111,112,126,130,131,132,144,149,152],[2,6,7,10,18,22,23,25,30,35,38,39,58,61,78,79,81,82,83,86,87,93,94,96,102,107,110,111,112,113,119,120,126,130,131,132,138,142,143,146,151,157,160],[6,7,79,81,82,83,110,111,112,130,131,132],[2,4,6,7,10,79,81,82,83,110,111,112,130,131],[6,7,79,81,82,83,88,107,110,111,112,126,130,131,138],[6,7,9,35,79,81,82,83,87,94,110,111,112,120,130,131,156],[0,6,7,24,57,79,81,82,83,99,100,110,111,112,130,131,132],[6,7,9,10,79,81,82,83,95,97,110,111,112,120,130,131,145],[0,1,6,7,12,31,34,44,79,81,82,83,86,101,104,105,107,110,111,112,120,121,122,124,125,126,130,131,134],[6,7,48,79,80,81,82,83,110,111,112,130,131],[3,6,7,9,10,79,81,82,83,110,111,112,130,131,132],[3,6,7,9,79,81,82,83,110,111,112,130,131],[6,7,79,81,82,83,86,104,108,109,119],[6,7,56,79,81,82,83],[6,7,16,17,79,81,82,83,110,111,112],[6,7,32,79,81,82,83,110,111,112],[6,7,79,81,82,83,110,111,112,118],[6,7,76,79,81,82,83,110,111,112,137],[6,7,73,78,79,81,82,83,92,110,111,112],[6,7,79,81,82,83,110,111,112,117],[6,7,40,79,81,82,83,110,111,112],[6,7,26,79,81,82,83],[6,7,27,32,33,36,37,79,81,82,83],[6,7,28,79,81,82,83],[6,7,39,43,44,45,79,81,82,83],[6,7,42,63,79,81,82,83],[6,7,42,79,81,82,83,84,85],[6,7,42,64,66,79,81,82,83],[6,7,42,79,81,82,83],[6,7,46,49,51,63,79,81,82,83],[6,7,47,64,66,73,79,81,82,83],[6,7,50,79,81,82,83,134],[6,7,63,79,81,82,83],[6,7,66,79,81,82,83],[6,7,72,75,79,81,82,83],[6,7,74,79,81,82,83],[6,7,79,81,82,83,133],[6,7,69,79,81,82,83,139,140,141],[6,7,26,27,69,74,79,81,82,83,139,140,141],[6,7,64,69,79,81,82,83,90,91,139,140,141],[6,7,69,74,79,81,82,83,139,140,141],[6,7,29,52,57,59,60,62,65,68,69,70,71,79,81,82,83,139,140,141,147,148,158],[6,7,67,69,79,81,82,83,139,140,141],[6,7,69,79,81,82,83,98,139,140,141],[6,7,69,79,81,82,83,132,139,140,141],[6,7,69,77,79,81,82,83,132,139,140,141],[6,7,30,35,38,39,69,78,79,81,82,83,86,116,119,120,132,139,140,141],[6,7,69,79,81,82,83,139,140,141,155],[6,7,69,79,81,82,83,103,139,140,141],[6,7,35,69,79,81,82,83,120,139,140,141],[6,7,57,69,79,81,82,83,132,139,140,141],[6,7,69,79,81,82,83,116,118,120,139,140,141],[6,7,31,44,69,79,81,82,83,86,116,120,134,139,140,141],[6,7,48,69,79,81,82,83,139,140,141],[6,7,69,79,81,82,83,86,119,139,140,141],[6,7,56,69,79,81,82,83,139,140,141],[6,7,32,69,79,81,82,83,139,140,141],[6,7,69,79,81,82,83,118,139,140,141],[6,7,69,76,79,81,82,83,139,140,141],[6,7,69,73,78,79,81,82,83,139,140,141],[6,7,69,79,81,82,83,117,139,140,141],[6,7,26,69,79,81,82,83,139,140,141],[6,7,27,32,33,36,37,69,79,81,82,83,139,140,141],[6,7,28,69,79,81,82,83,139,140,141],[6,7,39,43,44,45,69,79,81,82,83,139,140,141],[6,7,41,42,63,69,79,81,82,83,139,140,141],[6,7,42,69,79,81,82,83,139,140,141],[6,7,42,64,66,69,79,81,82,83,139,140,141],[6,7,46,49,51,63,69,79,81,82,83,127,139,140,141],[6,7,47,64,66,69,73,79,81,82,83,129,139,140,141],[6,7,50,69,79,81,82,83,134,139,140,141],[6,7,63,69,79,81,82,83,139,140,141],[6,7,66,69,79,81,82,83,139,140,141],[6,7,69,72,75,79,81,82,83,139,140,141],[6,7,69,79,81,82,83,128,139,140,141],[6,7,69,79,81,82,83,129,139,140,141],[6,7,69,79,81,82,83,133,139,140,141]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,7,0,8,8,8,8,8,8,8,8,8,8,0,0,9,10,11,0,0,12,13,14,15,16,17,14,14,18,14,14,19,14,18,20,21,14,22,23,24,25,14,26,27,14,14,28,0,0,29,30,0,4,4,31,4,4,32,4,4,4,4,4,4,4,33,34,35,4,4,36,32,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,37],[9679,38],[8250,39],[9135,40],[215,41],[10095,42],[10003,43],[8595,44],[10008,45],[10004,46],[9472,47],[10007,48],[8730,49],[10006,50],[8505,51],[9762,0],[9888,0],[8617,0],[8226,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,53,53,53,53,53,53,53,53,53,55,56,53,57,57,57,57,57,57,57,57,57,57,53,53,58,59,53,53,53,53,53,53,60,61,62,63,53,60,64,53,53,53,60,53,65,53,66,67,68,69,53,60,53,53,53,70,53,53,71,53,53,53,53,72,53,53,73,53,53,53,53,53,53,53,74,75,76,53,53,53,73,53,53,53,53,53,53,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,77],[9679,78],[8250,79],[9135,80],[215,81],[10095,82],[10003,83],[8595,82],[10008,84],[10004,85],[9472,86],[10007,87],[8730,88],[10006,89],[8505,56],[9762,90],[9888,90],[8617,91],[8226,92]],"spacedDefault":53,"blank":53}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) (?:tests|containers) failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/","value":{"lists":[[30,31],[4,6,7,11,12,24,30,31],[4,6,7,8,11,12,24,30,31],[13,30,31],[7,9,10,11,12,20,26,27,28,29,30,31],[2,30,31],[1,30,31],[3,4,14,22,25,30,31],[16,30,31],[4,30,31],[0,5,6,15,18,23,24,30,31],[17,19,30,31],[21,30,31],[7,8,11,12,30,31],[6,24,30,31]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"passed":{"key":"\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/","value":{"lists":[[13],[2,4,13],[5,13],[0,3,4,10,11,12,13],[0,13],[6,9,13],[8,13],[1,2,13],[7,13],[4,13],[2,13]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,6,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
    return { dialect, event: marker.event, name, key, afterOutput: marker.afterOutput === true, closes: marker.closes === true, asserts: marker.asserts === true, listsAssertions: marker.listsAssertions === true, namesFile: marker.namesFile === true, afterItsTests: marker.afterItsTests === true, namedBelow: marker.namedBelow === true, detailsIndented: marker.detailsIndented === true, indent: line.length - line.trimStart().length, ...marker.section ? { section: marker.section } : {}, ...marker.dropsOutput ? { dropsOutput: true } : {}, ...marker.awaitsResult ? { awaitsResult: true } : {}, ...marker.countedApart ? { countedApart: true } : {}, ...marker.entriesCountedApart ? { entriesCountedApart: true } : {}, ...marker.entries ? { entries: marker.entries } : {}, ...groups.count !== void 0 ? { count: Number(groups.count) } : {}, ...groups.path !== void 0 ? { path: groups.path } : {}, ...groups.reason ? { reason: groups.reason } : {} };
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
var VITEST_REPORT_FILE = /^(?:JUNIT|JSON|blob) report written to \S/;
var VITEST_TOTALS = /^\s{0,8}Test Files\s{1,8}\d{1,9} (?:failed|passed)\b/;

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
    ...DIALECTS.flatMap((d) => [d.reportedFailures, d.passedAll, d.interrupted, d.banner, d.reportedSumFrom, d.uninformative, d.wrapperEcho, d.failedBlock, d.wrappedResults?.first, d.wrappedResults?.last, d.wrappedResults?.after, d.headedBelow?.head, d.headedBelow?.name].filter((p) => p !== void 0)),
    ...DIALECTS.flatMap((d) => d.markers.flatMap((m) => m.entries ? [m.entries.last, m.entries.end] : [])),
    VITEST_REPORT_FILE,
    VITEST_TOTALS,
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
    concluded: false,
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
  if (link !== "direct-cause") unit.wrapsNext = false;
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
var HEADED_BELOW = DIALECTS.filter((d) => d.headedBelow !== void 0);
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
var AWAITS_RESULT = new Set(DIALECTS.filter((d) => d.markers.some((m) => m.awaitsResult === true)).map((d) => d.id));
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
  /** The largest count each runner's summary pattern read (by its index in REPORTED_OF_DIALECTS). */
  reportedBy = /* @__PURE__ */ new Map();
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
  /** The dialect whose numbered header, on the line before, named no test (dialect.ts `headedBelow`). */
  headedBelow;
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
      silentFailures: this.pokuSeen ? "poku prints no node:assert failure (only its \u25CF line's colour says a test failed), so no test's lines can show all it failed on" : this.mochaDocSeen ? "mocha's doc reporter prints a failing test's error as HTML after the output of the tests around it (`<dd class=\"error\">`), so no test's lines can be told apart from its neighbours'" : this.reportFileLine > 0 && !this.vitestTotals ? `vitest wrote its results to a file (line ${this.reportFileLine}) and printed no totals of its own, so a test it failed is in no line of this log` : void 0,
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
      if (this.pending.length === 0 && this.current?.awaitingError === void 0 && !(this.current !== void 0 && this.specParents.has(this.current)) && this.header === void 0 && !this.inTraceback && this.afterTests === void 0 && this.logScope === void 0 && this.suiteTitles === void 0 && this.nameBelow === void 0 && this.headedBelow === void 0 && this.identityWatch === void 0 && this.detailsIndent === void 0 && !(this.current !== void 0 && this.current.file === void 0 && UNIT_FILE.has(this.current.runner)) && !this.source.watching && !this.detailsDialect?.titledDetails && this.avaNamed === void 0 && this.avaWrapper === void 0 && !(this.bannered.length > 0 && lines[i].charCodeAt(0) === 46) && this.goExample === void 0 && !interesting(lines[i])) continue;
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
    if (this.reportFileLine === 0 && line.includes(" report written to ") && VITEST_REPORT_FILE.test(line)) this.reportFileLine = this.lineNumber;
    if (!this.vitestTotals && line.includes("Test Files") && VITEST_TOTALS.test(line)) this.vitestTotals = true;
    if (this.current !== void 0 && HOOK_FAILED.test(line)) this.current.hookFailed = true;
    if (this.current !== void 0 && TAP_SUITE.test(line)) this.current.suite = true;
    this.behindBar = BOX_MARK.test(rawLine);
    this.source.readHeadlineMessage(line);
    if (this.detailsIndent && this.current === this.detailsIndent.unit && line.trim() !== "" && indentOf(line) <= this.detailsIndent.indent && !markerOf(line)) {
      this.current = void 0;
      if (this.detailsIndent.resumes === void 0) this.detailsIndent = void 0;
    } else if (this.detailsIndent?.resumes !== void 0 && this.current === void 0 && this.detailsIndent.resumes.test(line) && !markerOf(line)) {
      this.current = this.detailsIndent.unit;
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
    if ((first >= 65 && first <= 90 || first === 61) && this.bannered.length < PROGRESS_OF_DIALECTS.length) {
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
      if (current?.state === "pending" && (current.concluded || !AWAITS_RESULT.has(current.runner)) && FAILED_BLOCKS.get(current.runner)?.test(line) === true) current.failedBlock = true;
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
    let lineCount = 0;
    let lineRunner;
    for (const n of knowledge().reported.candidates(line)) {
      const found = REPORTED_OF_DIALECTS[n].exec(line);
      if (!found) continue;
      let count2 = found.slice(1).reduce((sum, g) => g === void 0 ? sum : sum + Number(g), 0);
      const below = this.summed.get(n);
      if (below !== void 0) {
        count2 += below;
        this.summed.set(n, count2);
      }
      lineCount = Math.max(lineCount, count2);
      lineRunner ??= n;
    }
    if (lineRunner !== void 0) {
      this.reportedBy.set(lineRunner, Math.max(this.reportedBy.get(lineRunner) ?? 0, lineCount));
      this.reportedFailures = [...this.reportedBy.values()].reduce((sum, c) => sum + c, 0);
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
    const headed = this.headedBelow;
    this.headedBelow = void 0;
    if (headed !== void 0 && marker === void 0) {
      if (line.trim() === "" && headed.blanks > 0) {
        this.headedBelow = { ...headed, blanks: headed.blanks - 1 };
        return "data";
      }
      const name = headed.spec.name.exec(line.trim())?.groups?.name;
      if (name !== void 0) return { ...this.synthetic(headed.dialect, "start", name, headed.spec.keyFromName(name), false), afterOutput: false };
      return { ...this.synthetic(headed.dialect, "start", headed.title, `${headed.dialect.id}:${headed.title}\0${line.trim()}`, false), afterOutput: false };
    }
    for (const dialect of HEADED_BELOW) {
      const spec2 = dialect.headedBelow;
      if (spec2 === void 0 || marker !== void 0 && marker.dialect !== dialect || dialect.sectionHeader !== void 0 && !this.sectionsOpen.has(dialect)) continue;
      const title2 = spec2.head.exec(line)?.groups?.name;
      if (title2 === void 0) continue;
      this.headedBelow = { dialect, title: title2, spec: spec2, blanks: spec2.blankLines ?? 0 };
      if (marker !== void 0) return "data";
    }
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
  /** Where vitest said it wrote its results to a file (VITEST_REPORT_FILE; 0: nowhere), and whether it printed its totals too. */
  reportFileLine = 0;
  vitestTotals = false;
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
    if (this.detailsIndent?.resumes !== void 0) this.detailsIndent = void 0;
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
        this.detailsIndent = marker.detailsIndented ? { unit, indent: marker.indent, ...marker.dialect.resumesDetails ? { resumes: marker.dialect.resumesDetails } : {} } : void 0;
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
        if (marker.awaitsResult && unit.state === "pending") unit.concluded = true;
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
    if (unit.state !== "pending" || unit.concluded || !CONCLUDING_RUNNERS.has(unit.runner)) return;
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
      if (unit.state === "pending" && !unit.failedBlock && unit.evidence.length === 0 && unit !== this.current) {
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
