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
  failedBlock: /^ {13}=> Exception: (?!(?:org\.opentest4j\.TestAbortedException|org\.junit\.(?:internal\.)?AssumptionViolatedException)(?::|\s*$))/,
  // Throwable.toString(): the class's binary name, then `: ` and the message, or nothing. The launcher's writer flushes
  // in blocks while a test's own prints go out at once, so one can land inside the line (`shop.PricingExceptiprice cache
  // unavailable...: java.net.ConnectException: Connection refused`, attack 39a): then the account is not read.
  wholeBlockStart: /^ {13}=> Exception: [\w$]{1,200}(?:\.[\w$]{1,200}){0,40}(?::(?: |$)|\s*$)/
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
    // The counter is right-aligned in three columns (` 10)`, `100)`): the indentation shrinks as it grows.
    { event: "start", pattern: /^\s{0,2}(?<key>\d{1,5})\) (?<name>(?:test|doctest|property) [^\n]{1,500}? \([A-Z][\w.]{0,200}\))$/, detailsIndented: true },
    // A module's setup_all failed: every test of the module failed outside any test.
    { event: "outside", pattern: /^\s{0,2}(?<key>\d{1,5})\) (?<name>[A-Z][\w.]{0,200}: failure on setup_all callback[^\n]{0,200})$/, detailsIndented: true },
    { event: "end", pattern: /^Finished in [\d.]+ seconds?/ }
  ],
  detailsDepth: 5,
  loggedSection: /^ {5}The following output was logged:$/,
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
  headedBelow: { head: /^\s{1,8}✘ (?<name>Error|Warning)(?: \[[\d.]{1,12} ?m?s\])?$/, name: PROVIDER_NAMES, keyFromName: phpunitKey, blankLines: 1, underFile: /^(?:Error|Warning) Test Case \(PHPUnit\\Framework\\(?:Error|Warning)TestCase\)\s*$/ }
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
var DERIVED = `{"prefilter":{"key":"rules 318\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?:connecting to|connect to|Redis on) ['\\"]?[a-z][a-z0-9+.-]{1,20}:\\\\/\\\\/[^\\\\s'\\"/]{1,255}\\\\/[^\\\\s:'\\"]{0,200}:\\\\d{1,5}(?!\\\\d)/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/(?<!rescue |raise )\\\\b(?:Minitest::Assertion|Test::Unit::AssertionFailedError)(?=:|\\\\s*$)/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/\\\\bPlanned for \\\\d{1,6} assertions?, but got \\\\d{1,6}\\\\./\\n/\\\\bnote: test did not panic as expected\\\\b/\\n/\\\\bTest finished without running any assertions\\\\b/\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^\\\\s{0,40}\\\\tError: {0,20}\\\\t(?![^\\\\n]{0,600}(?:Received unexpected error|(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: )))\\\\S/\\n/^\\\\s{0,12}--[^\\\\n]{0,500}\\\\s\\\\(Actual\\\\)$/\\n/^\\\\.\\\\.\\\\. obtained [\\\\w.*[\\\\]{}]{1,100} = (?![^\\\\n]{0,600}(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: ))/\\n/\\\\S\\\\) = (?![^\\\\n]{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))[^\\\\n]{1,200}?[;,] want:? \\\\S/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^[\\\\w./-]{1,300}\\\\.go:\\\\d{1,6}:\\\\d{1,6}: (?!cannot find package |no required module provides package |package [\\\\w./-]{1,200} is not in |could not import |[\\\\w./-]{0,200}imports? )\\\\S/\\n/\\"ruleId\\":(?:\\"[^\\"\\\\n]{1,200}\\"|null),\\"severity\\":2,\\"message\\":\\"/\\n/^FAIL Required test coverage of [\\\\d.]{1,10}% not reached\\\\b/\\n/\\\\bcoverage \\\\([\\\\d.]{1,10}%\\\\) is below the expected minimum coverage\\\\b|^SimpleCov failed with exit \\\\d{1,3}\\\\b/\\n/\\\\bcoverage threshold for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) not met\\\\b/\\n/\\\\bCoverage for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) does not meet (?:global )?threshold\\\\b/\\n/\\\\bRule violated for \\\\w{1,20} [^\\\\n]{1,300}: \\\\w{1,30} covered ratio is [\\\\d.]{1,10}, but expected minimum is [\\\\d.]{1,10}/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -[235]\\\\b|\\\\[Errno -[235]\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:(?!-)\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error -[235] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5}\\\\./\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError(?!:?\\\\s{1,4}Error connecting to Redis on (?!(?:[\\\\w.-]{1,255}:\\\\d{1,5}|\\\\/[^\\\\s()]{1,255}) \\\\((?!Errno::EINVAL\\\\)|Redis::TimeoutError\\\\)|SocketError\\\\))))/\\n/Error connecting to Redis on localhost:\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?!localhost:)(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/^\\\\.\\\\.\\\\. obtained [\\\\w.*[\\\\]{}]{1,100} = (?=[^\\\\n]{0,600}(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: ))/\\n/(?<![\\\\w$.])(?!(?:io\\\\.netty|io\\\\.vertx|reactor|org\\\\.springframework|org\\\\.apache\\\\.http|org\\\\.apache\\\\.hc|org\\\\.apache\\\\.commons\\\\.dbcp2|org\\\\.apache\\\\.tomcat\\\\.jdbc|okhttp3|feign|retrofit2|io\\\\.grpc|org\\\\.postgresql|com\\\\.mysql|org\\\\.mariadb|redis\\\\.clients\\\\.jedis|io\\\\.lettuce|com\\\\.mongodb|org\\\\.mongodb|com\\\\.rabbitmq|org\\\\.apache\\\\.kafka|org\\\\.elasticsearch|co\\\\.elastic\\\\.clients|org\\\\.opensearch|com\\\\.microsoft\\\\.sqlserver|net\\\\.spy\\\\.memcached|net\\\\.rubyeye\\\\.xmemcached|com\\\\.datastax|io\\\\.nats|com\\\\.clickhouse|ru\\\\.yandex\\\\.clickhouse|io\\\\.minio|org\\\\.testcontainers|com\\\\.github\\\\.dockerjava|org\\\\.hibernate|org\\\\.jooq|org\\\\.flywaydb|org\\\\.liquibase|com\\\\.zaxxer\\\\.hikari)\\\\.|(?:java\\\\.util\\\\.concurrent\\\\.ExecutionException|java\\\\.util\\\\.concurrent\\\\.CompletionException|java\\\\.io\\\\.UncheckedIOException|java\\\\.lang\\\\.reflect\\\\.UndeclaredThrowableException|java\\\\.lang\\\\.reflect\\\\.InvocationTargetException): )(?:[A-Za-z_$][\\\\w$.]{0,300}(?:Exception|Error)[\\\\w$]{0,40}|[a-z][\\\\w$]{0,60}\\\\.[\\\\w$.]{1,300}): (?:[^\\\\n]{0,300}?[\\\\s:(])?java\\\\.net\\\\.ConnectException: Connection refused/\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{0,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/^\\\\s{0,40}(?:(?:org\\\\.springframework\\\\.data\\\\.redis\\\\.)?RedisConnectionFailureException: )?(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/\\\\S[^\\\\n]{0,300}\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/\\n/(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\bFailed opening required '(?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)' \\\\(include_path=/\\n/\\\\brequire(?:_once)?\\\\((?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)\\\\): [Ff]ailed to open stream: No such file or directory/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,4}FAIL {1,4}(?<name>\\\\S[^\\\\n]{0,300}? {1,4}\\"[^\\"\\\\n]{1,300}\\")$/\\n/^\\\\s{0,4}Total:\\\\s{1,10}\\\\d{1,9}$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{0,2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{0,2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d{1,6}(?: -)? \\\\S/\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Started: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Finished: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Skipped: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^ {13}=> Reason: /\\n/^Reported: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Registered: {3}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Test execution (?:started\\\\. Number of static tests: \\\\d{1,9}|finished\\\\.)$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,8}process didn't exit successfully: \`(?<name>[^\`\\\\n]{1,500})\` \\\\(exit status: (?!101\\\\))\\\\d{1,3}\\\\)$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?<name>\\\\.\\\\/\\\\S{1,300}_spec\\\\.rb:\\\\d{1,6}:\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) (?:tests|containers) failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/\\n/^got:$/\\n/^want:$/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^!{1,40} (?:_pytest\\\\.outcomes\\\\.Exit\\\\b|Interrupted\\\\b|KeyboardInterrupt\\\\b|stopping after \\\\d)/\\n/^=+ test session starts =+$/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^ {13}=> Exception: (?!(?:org\\\\.opentest4j\\\\.TestAbortedException|org\\\\.junit\\\\.(?:internal\\\\.)?AssumptionViolatedException)(?::|\\\\s*$))/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) (?:tests|containers) failed\\\\s{0,20}\\\\]$/\\n/^Test run finished after \\\\d{1,9} ms$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^JUnit version \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^PHPUnit \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?\\\\S{0,40} by Sebastian Bergmann and contributors\\\\.$/\\n/^\\\\d{1,6}\\\\) (?<name>Error|Warning)$/\\n/^The data provider specified for (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}) is invalid\\\\.?$/\\n/^\\\\s{1,8}\u2718 (?<name>Error|Warning)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^The data provider specified for (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}) is invalid\\\\.?$/\\n/^(?:Error|Warning) Test Case \\\\(PHPUnit\\\\\\\\Framework\\\\\\\\(?:Error|Warning)TestCase\\\\)\\\\s*$/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^(?:JUNIT|JSON|blob) report written to \\\\S/\\n/^\\\\s{0,8}Test Files\\\\s{1,8}\\\\d{1,9} (?:failed|passed)\\\\b/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[21,30,34,35,36,37,38,39,40,49,50,51,53,62,64,66,71,74,75,76,182,191,213,227,239,240,266,271,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,472,473,474,475,476,477,478,479,480,481,482,483,484,485,486,487,488,489,490,491,492,493,494,495,496,497,498,499,500,501,502,503,504,505,506,507,508,511,512,513,514,515,516,517,518,519,520,521,522,523,524,525,526,527,528,529,530,531,532,533,534,535,536,537,538,539,540,541,542,543,544,545,546,547,548,549,550,551,552,553,554,555,556,557,558,559,560,561,562,563,564,565,566,567,568,569,570,571,572,573,574,575,578,579,580,581,583,585,586,587,588,589,590,591,594,595,596,598],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,50,37,36,56,54,55,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,10004,9472,94,10003,8730,10006,8505,10095,9762,9888,8226,59,92,9654,65123],"words":12,"quiet":14158,"states":16048,"edges":"AAAAAAAAAAABAAAAWQAAAAIAAAAxjgAAAwAAAPMOAAAEAAAA7+AAAAUAAAD45QcABgAAAJjbAQAHAAAA2tUIAAgAAAA8TAIACQAAANeVAAAKAAAAI0wAAAsAAACVpAoADAAAAGebAAANAAAAYRkAAA4AAADioQEADwAAAKa5AAAQAAAArSgAABEAAAAjsAEAEgAAALwJAAATAAAAVD4CABQAAADBDQQAFQAAAABvAgAWAAAAHiYBABcAAABnWAIAGAAAAL1wAgAZAAAAI2ICABoAAAA2fAIAGwAAAKoIAwAcAAAAzFwDAB0AAAAAAAAAHgAAAOdsEAAfAAAAsBsBACAAAAAPqQIAIQAAAKWeDQAiAAAAIwkCACMAAAD2AQEAJAAAAKFmBQAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAdH8PACkAAAAAAAAAKgAAACrRAQArAAAAoVADACwAAABo9wEALQAAAAhEDAAuAAAAAAAAAC8AAADiUwIAMAAAAAAAAAAxAAAA7a0CADIAAAAAAAAAMwAAABSMAwA0AAAAeskSADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAAAAAAAPwAAAJ/kDwBAAAAA2wQOAEEAAAD7Dw4AQgAAAIZpEgBDAAAAWUwPAEQAAADrmg8ARQAAAAAAAABGAAAAe6APAEcAAAAAAAAASAAAAPHDDwBJAAAAdsgPAEoAAAA+yw8ASwAAAO0aFQBMAAAAfPEPAE0AAADyFBAATgAAAEsVEABPAAAA+i0QAFAAAAAmMhAAUQAAANJiEABSAAAADAIRAFMAAABlAhEAVAAAAOoGEQBVAAAAAAAAAFYAAAAAAAAAVwAAAMjIEgBYAAAAIckSAFsAAACyAAAAXAAAAFStBABeAAAAxyoLAF8AAAAYVgEAYgAAAIemAABkAAAAtboLAGUAAAAe1wkAagAAAEQMAgBtAAAAkHQCAHAAAAB2qAQAdgAAAANBAAC1AAAACwEAAL8AAABSsgMAwQAAAAveDAAOAQAAHjoTAGkBAAC9AQAAwwEAABYCAAAdAgAAbwIAAHcCAADIAgAAygIAACEDAAAqAwAAegMAAIQDAADTAwAA3gMAACwEAAA4BAAAhQQAAJIEAADeBAAA6AQAADcFAABFBQAAkAUAAJ8FAADpBQAA6wUAAEIGAABMBgAAmwYAAKkGAAD0BgAA+QYAAE0HAABaBwAApgcAAK4HAAD/BwAADwgAAFgIAABaCAAAsQgAAL8IAAAKCQAAGwkAAHc6EwBqCQAA0DoTAL4JAAC5HxAAvwkAADWkDQDECQAAFQoAAMgJAADekw0AyQkAAESFDQDMCQAALoMNANEJAADNtwwA1QkAANsaEADYCQAA0y4MABwKAABuCgAAIgoAAJPKDABzCgAAxwoAANMKAAAgCwAAIwsAAHkLAACBCwAA0gsAAN8LAAArDAAAMAwAAIQMAACODAAA3QwAAOUMAAA2DQAAQg0AAI8NAABFDQAAOGwCAKINAADoDQAA9g0AAEEOAABEDgAAmg4AAKQOAAApOxMA9Q4AAFV5AAD2DgAA59IBAPgOAABMDwAA/A4AAIRNDgD9DgAAK9QCAP4OAABPZgIA/w4AAPwfAAAADwAAOPsPAAEPAADLpwEAAg8AABszAAAEDwAA5+gDAAcPAACjQAMAEA8AAE2MBAATDwAALfoPAFIPAAClDwAAWw8AAJAaCgCrDwAA/g8AABIQAABXEAAAbBAAALAQAAC4EAAACREAABMRAABiEQAAZxEAALsRAADAEQAAFBIAABwSAABtEgAAgxIAAMYSAADIEgAAHxMAACwTAAB4EwAAjBMAANETAADZEwAAKhQAADkUAACDFAAAlBQAANwUAADqFAAANRUAAEEVAACOFQAAmxUAAOcVAADxFQAAQBYAAEMWAACZFgAAoRYAAPIWAAD0FgAASxcAAFwXAACkFwAAqhcAAP0XAAAJGAAAVhgAAFgYAACvGAAAthgAAAgZAAAcGQAAgjsTAGIZAAAF9xIAYxkAACiTAgBmGQAAuhkAAGoZAAB1QQIAbxkAAIXXAwC8GQAA5dcAAL0ZAACrmwkAwRkAANvuCwDCGQAAExoAAMQZAABFUgEAxRkAAHBdCQDHGQAA90YIAMkZAADUMQ0AyxkAANXyBwDQGQAAw5kCANMZAAAYmAcAFBoAAGwaAAAWGgAAu14HABkaAAA7dA0AgxoAAMUaAADdGgAAHhsAACkbAAB3GwAAkBsAANAbAADSGwAAKRwAAEMcAACCHAAAkRwAANscAADgHAAANB0AAEEdAACNHQAAnR0AAOYdAADuHQAAPx4AAEseAACYHgAApR4AAPEeAAD7HgAASh8AAFAfAACjHwAAtx8AANs7EwACIAAAVSAAAAYgAABnjg8AEyAAAGbZDQBwIAAAriAAALogAAAHIQAADSEAAGAhAABjIQAAGycHAGghAAC5IQAAvCEAAN9JBwDAIQAAEiIAAMQhAAAt5QUAxyEAAI1JBAAXIgAAayIAAHciAADEIgAAxyIAAB0jAAAlIwAAdiMAAIMjAADPIwAA1CMAACgkAAAyJAAAgSQAAIkkAADaJAAA3SQAADMlAAA8JQAAjCUAAI0lAADlJQAA5iUAAD4mAABDJgAAlyYAAJ0mAADwJgAA+iYAAEknAABRJwAAoicAAKUnAAD7JwAA/icAAFQoAABlKAAANDwTAK8oAAAQ7wEAsigAADEdDgC2KAAA83sSALkoAAAGKQAAuygAAIgBCgAeKQAAXykAAGIpAAC4KQAAxCkAABEqAAAeKgAAaioAAHEqAADDKgAAxSoAABwrAAAlKwAAdSsAAH8rAADOKwAA2SsAACcsAABDLAAAgCwAAIgsAACNPBMA3iwAADItAAA6LQAAiy0AAIwtAADkLQAA5i0AAD0uAABALgAAli4AAJkuAADmPBMA9C4AAEgvAABOLwAAoS8AAKgvAAD6LwAAAjAAAFMwAABWMAAArDAAALUwAAAFMQAABjEAAF4xAABfMQAAtzEAAMgxAAAQMgAAHjIAAGkyAAB1MgAAwjIAAMkyAAA/PRMAITMAAHQzAAB2MwAAzTMAAOMzAAAmNAAALjQAAH80AACBNAAA2DQAAOE0AAAxNQAAOzUAAIo1AACVNQAA4zUAAO81AAA8NgAASTYAAJU2AACfNgAA7jYAAPw2AABHNwAAVjcAAKA3AACiNwAA+TcAAAM4AABSOAAAYDgAAKs4AACwOAAABDkAABE5AABdOQAAZTkAALY5AAC8OQAADzoAABs6AABoOgAAhToAAME6AADKOgAAGjsAACg7AABzOwAAeTsAAMw7AADYOwAAJTwAACg8AAB+PAAAhjwAANc8AADoPAAAMD0AAD49AACJPQAAoj0AAOI9AADjPQAAOz4AAFg+AACYPRMAmT4AAO0+AADzPgAARj8AAE4/AACfPwAAqD8AAPg/AAD7PwAAUUAAAF1AAACqQAAAsEAAAEo+EwAfQQAAXEEAAGRBAACjPhMAuEEAAA5CAAAfQgAAZ0IAAG9CAADAQgAAzkIAABlDAAAcQwAAckMAAHpDAADLQwAA2EMAACREAAApRAAAfUQAAIdEAADWRAAA3kQAAC9FAAA7RQAAiEUAAJVFAADhRQAA40UAADpGAABTRgAAk0YAAKRGAADsRgAA+EYAAEVHAABMRwAAnkcAAKZHAAD3RwAA/EcAAFBIAABdSAAAqUgAALFIAAACSQAADEkAAFtJAABmSQAAtEkAAMBJAAANSgAAFUoAAPw+EwBySgAAv0oAAMVKAAAYSwAAM0sAAHFLAAB9SwAAyksAANBLAABVPxMAKEwAAIODAgApTAAAlhcGACpMAAA3tggALkwAAHxMAAAvTAAAX+YBADFMAAC99QYAN0wAAOaMAgCCTAAAqGQSAIhMAADVTAAA20wAAFAbBADdTAAArj8TADpNAACHTQAAjU0AAOBNAAD7TQAAOU4AAEVOAACSTgAAmE4AAOtOAADzTgAARE8AAEpPAACdTwAAqU8AAPZPAAATUAAAT1AAAFhQAACoUAAAtFAAAAFRAAAEUQAAWlEAAGRRAACzUQAAv1EAAAxSAAATUgAAZVIAAG1SAAC+UgAAv1IAAN1lAADBUgAAF1MAACZTAABwUwAAdlMAAMlTAADLUwAAIlQAADhUAAB7VAAAmVQAANRUAADtVAAALVUAAC9VAACGVQAAiVUAAN9VAADrVQAAOFYAAD9WAACRVgAAmVYAAOpWAADsVgAAQ1cAAExXAACcVwAAplcAAPVXAAAAWAAATlgAAFpYAACnWAAAtFgAAABZAAAKWQAAWVkAAGdZAACyWQAAwVkAAAtaAAANWgAAZFoAAG5aAAC9WgAAy1oAABZbAAAbWwAAb1sAAHxbAADIWwAA3VsAACFcAAApXAAAelwAAJNcAADTXAAA3FwAACxdAAA2XQAAhV0AAI1dAADeXQAA610AADdeAAA8XgAAkF4AAJheAADpXgAA6l4AAEJfAABEXwAAm18AAJ5fAAD0XwAA918AAAdAEwBSYAAApmAAAKxgAAD/YAAABmEAAFhhAABgYQAAsWEAALVhAAAKYgAADGIAAGNiAABmYgAAvGIAAMRiAAAVYwAAFmMAAG5jAAB0YwAAx2MAAMxjAAAgZAAAO2QAAHlkAACHZAAA0mQAANlkAAArZQAAN2UAAIRlAACLZQAAYEATAN9lAAA2ZgAAOWYAAI9mAACSZgAAuUATAO1mAABBZwAAR2cAAJpnAAChZwAA82cAABFoAABMaAAAZWgAAKVoAACnaAAA/mgAAAFpAABXaQAAY2kAALBpAAC3aQAACWoAABFqAABiagAAZGoAALtqAADEagAAFGsAAB5rAABtawAAeGsAAMZrAADSawAAH2wAACxsAAB4bAAAgmwAANFsAADfbAAAKm0AADltAACDbQAAhW0AANxtAADmbQAANW4AAENuAACObgAAk24AAOduAAD0bgAAQG8AAFVvAACZbwAAoW8AAPJvAAALcAAAS3AAAFRwAACkcAAArnAAAP1wAAAFcQAAVnEAAGNxAACvcQAAtHEAAAhyAAAQcgAAYXIAAGJyAAC6cgAAvHIAABNzAAAWcwAAbHMAAG9zAAASQRMAynMAAB50AAAkdAAAd3QAAH50AADQdAAA2HQAACl1AAAtdQAAgnUAAIR1AADbdQAA3nUAADR2AAA8dgAAjXYAAI52AADmdgAA7HYAAD93AABEdwAAmHcAALN3AADxdwAA/3cAAEp4AABReAAAo3gAAK94AAD8eAAAA3kAAGtBEwBYeQAArnkAAL95AAAHegAAD3oAAJG6AQAjegAAYHoAAGh6AADEQRMAyHoAABJ7AAAYewAAa3sAAG17AADEewAA2nsAAB18AAA7fAAAdnwAAHl8AADPfAAA23wAACh9AAAufQAAgX0AAJx9AADafQAA5n0AADN+AAA5fgAAjH4AAKp+AADlfgAA9X4AAD5/AABMfwAAl38AAJ1/AADwfwAA838AAEmAAABTgAAAooAAAMCAAAD7gAAAEYEAAFSBAABggQAArYEAALCBAAAGggAACYIAAF+CAABhggAAuIIAAM+CAAARgwAAHYMAAGqDAACGgwAAw4MAAMuDAAAdQhMALYQAAHWEAACDhAAAzoQAANqEAAAnhQAANIUAAICFAACKhQAA2YUAAOGFAAAyhgAAM4YAAIuGAACNhgAA5IYAAOeGAAA9hwAAQIcAAHZCEwCbhwAA74cAAPWHAABIiAAAT4gAAKGIAACpiAAA+ogAABCJAABTiQAAXIkAAKyJAACviQAABYoAAA+KAABeigAAZooAALeKAADQigAAEIsAAByLAABpiwAAcYsAAM9CEwDKiwAAG4wAAB6MAAB0jAAAfowAAM2MAADTjAAAJo0AADSNAAB/jQAAjI0AANiNAADvjQAAKEMTADKOAABKgREANI4AAGDeAQA3jgAAyroCADiOAADrpggAOY4AAOBBBwA6jgAAmNAAADuOAACXlQIAPo4AAMcTEQA/jgAAYU8NAECOAACKjgAAQo4AALBzCQBHjgAAuW4HAEiOAADKPg8AlI4AAL1vCgCZjgAA444AAO+OAAA8jwAAPY8AAFxtBAA/jwAAlY8AAJiPAADujwAA9Y8AAGauAQD2jwAAR5AAAAaQAAB0PgEATpAAAKCQAACskAAA+ZAAAAaRAABSkQAAYJEAAKuRAAC3kQAABJIAAAuSAABdkgAAZZIAALaSAADGkgAAD5MAABSTAABokwAAbpMAAMGTAADJkwAAGpQAACOUAABzlAAAdpQAAMyUAADYlAAAJZUAACuVAACBQxMAnZUAANpDEwDklQAAMJYAADKWAACFDwEAM5YAAPLeAgA3lgAAfBQDADuWAADmBQ4APJYAAFcmAgA+lgAAywsDAD+WAABL/w0ASZYAAH2zAgBQlgAAiZYAAJaWAADilgAA55YAADuXAAA/lwAAlJcAAKGXAADtlwAA9ZcAAEaYAAD4lwAAhs4LAE2YAACfmAAAVZgAAOEYBAChmAAA+JgAAAKZAABRmQAAU5kAAKqZAADDmQAAA5oAAAWaAABcmgAAX5oAALWaAADBmgAADpsAABabAAAzRBMAbZsAAMCbAABvmwAA/aUVAHabAABHhAcAeJsAABvZBwB6mwAAp2MBAH+bAAA0rA0Ag5sAABX9DgDGmwAADvQAANibAAAZnAAAG5wAAHKcAAAmnAAAALIAADKcAAC0ogAAgZwAAMucAADanAAAJJ0AADCdAAB9nQAAgJ0AANadAADZnQAAL54AAEeeAACIngAAj54AAOGeAADtngAAOp8AAEefAACTnwAAoZ8AAOyfAAD4nwAARaAAAEygAACeoAAAtqAAAPegAAADoQAAUKEAAFahAACpoQAAr6EAAAKiAAAHogAAW6IAAGGiAADlRBMAtqIAAA2jAAAUowAAZqMAAH6jAAC/owAAxqMAABikAAAxpAAAcaQAAImkAADKpAAA1qQAACOlAAAppQAAfKUAAIKlAADVpQAA2qUAAC6mAAA0pgAAPkUTAKCmAADgpgAA8aYAADmnAABHpwAAkqcAAKGnAADrpwAA86cAAESoAABkqAAAnagAAKmoAAD2qAAACqkAAE+pAABXqQAAqKkAAK6pAAABqgAADaoAAFqqAABkqgAAs6oAALmqAAAMqwAAGqsAAGWrAABxqwAAvqsAANmrAAAXrAAAGawAAHCsAACBrAAAyawAANGsAAAirQAAMK0AAHutAAB+rQAA1K0AANytAAAtrgAAOq4AAIauAACLrgAA364AAOmuAAA4rwAAQK8AAJGvAACTrwAA6q8AAPuvAABDsAAAVLAAAJywAAChsAAA9bAAAPmwAABOsQAAWrEAAKexAACusQAAl0UTAAWyAABZsgAAY7IAALKyAADKsgAAC7MAAA6zAABkswAAbbMAAL2zAAC+swAAFrQAABe0AABvtAAAdLQAAMi0AADOtAAAIbUAACu1AAB6tQAAhrUAANO1AADatQAALLYAAES2AACFtgAAh7YAAN62AADntgAAN7cAAEG3AACQtwAAm7cAAOm3AAABuAAAQrgAAFi4AACbuAAAoLgAAPS4AAD7uAAATbkAAFm5AADwRRMAqLkAAOsWAwCruQAAMZkBAK+5AAC8VgcAsbkAAD8oCQC3uQAA/7kAAAG6AAA4xQIADboAAFi6AABkugAAsboAAGe6AABFqgkAvroAAAq7AAAUuwAAY7sAAGS7AABV5hIAa7sAALy7AADDuwAAFbwAANe7AABNxAEAGrwAAG68AAB6vAAAx7wAAMq8AAAgvQAAKL0AAHm9AACGvQAA0r0AANe9AAArvgAANb4AAIS+AACMvgAA3b4AAOC+AAA2vwAAP78AAI+/AACQvwAA6L8AAOm/AABBwAAARsAAAJrAAACgwAAA88AAAP3AAABMwQAAVMEAAKXBAACnwQAA/sEAAAfCAABXwgAAYcIAALDCAAC7wgAACcMAABXDAABiwwAAb8MAALvDAADFwwAAFMQAACLEAABtxAAAfMQAAMbEAADIxAAAH8UAACnFAAB4xQAAhsUAANHFAADWxQAAKsYAADfGAACDxgAAi8YAANzGAADdxgAANccAADvHAACOxwAAk8cAAOfHAADxxwAAQMgAAEXIAACZyAAAqMgAAPLIAAD3yAAAS8kAAFzJAACkyQAArMkAAP3JAAADygAAVsoAAGLKAACvygAAzMoAAAjLAAARywAAYcsAAG3LAAC6ywAAvcsAABPMAAAdzAAAbMwAAHjMAADFzAAAzMwAAB7NAAAmzQAAd80AAJDNAADQzQAA5M0AACnOAAAxzgAAgs4AAIXOAADbzgAA584AADTPAAA6zwAAjc8AAKjPAADmzwAA8s8AAD/QAABF0AAASUYTAKLQAADx0AAA/NAAAErRAABS0QAAt+MAAFbRAACj0QAAsNEAAPzRAAAG0gAAVdIAAGPSAACu0gAAvdIAAAfTAAAJ0wAAYNMAAGrTAAC50wAAx9MAABLUAAAX1AAAa9QAAHjUAADE1AAAzNQAAB3VAADU1AAAzo8BAB7VAAB21QAAIdUAAAh9AQAt1QAAvrYBAIfVAADP1QAA2NUAACjWAAA/1gAAgdYAAI/WAADa1gAA59YAADPXAAA71wAAjNcAAKvXAACiRhMA7tcAAD7YAABI2AAAl9gAAKLYAAD7RhMA8tgAAEnZAABS2QAAotkAAKzZAAD72QAABtoAAFTaAABg2gAArdoAALraAAAG2wAAENsAAF/bAABt2wAAuNsAAMfbAAAR3AAAE9wAAGrcAAB03AAAw9wAANHcAAAc3QAAId0AAHXdAACC3QAAzt0AANbdAAAn3gAALd4AAIDeAACM3gAA2d4AAPbeAAAy3wAAO98AAIvfAACZ3wAA5N8AAOrfAAA94AAASeAAAJbgAACd4AAAVEcTAPHgAABObgIA9eAAAEjhAABN4QAAoeEAAFbhAAB9ewUAruEAAPrhAAAR4gAAU+IAAFTiAACs4gAAruIAAAXjAAAI4wAAXuMAAGHjAACtRxMA2OMAABDkAAAR5AAAaeQAAGvkAADC5AAAxeQAABvlAAAe5QAABkgTAHnlAADN5QAA0+UAACbmAAAt5gAAf+YAAKHmAADY5gAA4OYAADHnAABA5wAAiucAAIznAADj5wAA9OcAADzoAABN6AAAlegAAKHoAADu6AAA9egAAEfpAABP6QAAoOkAAKTpAAD56QAAB+oAAFLqAABc6gAAq+oAALbqAAAE6wAACesAAF3rAABm6wAAtusAAMDrAAAP7AAAF+wAAGjsAABq7AAAwewAAM7sAAAa7QAALu0AAHPtAAB77QAAzO0AAM3tAAAl7gAAJ+4AAH7uAACB7gAA1+4AANruAABfSBMANe8AAInvAACP7wAA4u8AAOnvAAA78AAAQ/AAAJTwAACj8AAA7fAAAPLwAABG8QAAU/EAAJ/xAACv8QAA+PEAAAbyAABR8gAAaPIAAKryAACz8gAAA/MAAAnzAABc8wAAaPMAALXzAAC88wAAuEgTABP0AAA/PwMAFvQAAGf0AAAb9AAA5PQKAHb0AADA9AAA0fQAABn1AAAn9QAAcvUAAH71AADL9QAA2PUAACT2AAAu9gAAffYAAIX2AADW9gAA2fYAAC/3AAA79wAAiPcAAJX3AADh9wAA6/cAADr4AABC+AAAk/gAAJX4AADs+AAA9fgAAEX5AABP+QAAnvkAAKn5AAD3+QAADPoAAFD6AABY+gAAqfoAAML6AAAC+wAAC/sAAFv7AABl+wAAtPsAALz7AAAN/AAAGvwAAGb8AABr/AAAv/wAAMf8AAAY/QAAGf0AAHH9AABz/QAAyv0AAM39AAAj/gAAJv4AABFJEwCB/gAA1f4AANv+AAAu/wAANf8AAIf/AACP/wAA4P8AAO7/AAA5AAEAPAABAJIAAQCaAAEA6wABAO4AAQBEAQEAUAEBAJ0BAQCnAQEAakkTAPcBAQCp7Q8A+AEBAE8CAQD5AQEAfiQOAAACAQAY8A8AAQIBAOrmBQAFAgEAclkCAAYCAQB3qg0AGgIBAD48AgBYAgEAqAIBAF4CAQDe9w4AsgIBAAEDAQAMAwEAWgMBAGYDAQCzAwEAwAMBAAwEAQAWBAEAZQQBAHMEAQC+BAEAzQQBABcFAQAZBQEAcAUBAHoFAQDJBQEA1wUBACIGAQAnBgEAewYBAIgGAQDUBgEA5AYBAC0HAQAvBwEAhgcBAJQHAQDfBwEA8AcBAMNJEwA/CAEAHEoTAJkIAQB1ShMA8wgBAEMJAQBNCQEAnAkBAKcJAQD1CQEAAQoBAE4KAQBbCgEApwoBALEKAQAACwEADgsBAFkLAQBoCwEAsgsBALQLAQALDAEAFQwBAGQMAQByDAEAvQwBAMIMAQAWDQEAIw0BAG8NAQB3DQEAyA0BANgNAQAhDgEAIw4BAHoOAQCIDgEA0w4BAOQOAQDOShMAMw8BACdLEwCeDwEA3g8BAO8PAQA3EAEAQxABAJAQAQCYEAEAgEsTAO4QAQBCEQEAShEBAJsRAQCdEQEA9BEBAKARAQDZhAgAqhEBAEXXBQD9EQEATRIBAAMSAQDwRgsAVxIBAKYSAQCxEgEA/xIBAAsTAQBYEwEAZRMBALETAQC7EwEAChQBABgUAQBjFAEAchQBALwUAQC+FAEAFRUBAB8VAQBuFQEAehUBAMcVAQDPFQEA2UsTACMWAQB5FgEAhxYBANIWAQDfFgEAKxcBAEIXAQCEFwEAjBcBAN0XAQDzFwEANhgBAEIYAQCPGAEAnhgBAOgYAQDzGAEAQRkBAEMZAQCaGQEApxkBAPMZAQABGgEATBoBAE8aAQClGgEAuxoBAP4aAQAGGwEAVxsBAGkbAQAyTBMAuBsBAIL6BAC6GwEAnlARAL0bAQBKuQ4AvxsBAAkcAQAOHAEAYhwBAGkcAQC7HAEAxxwBABQdAQAhHQEAbR0BAG8dAQDGHQEA3B0BAB8eAQArHgEAeB4BAJceAQDRHgEA7R4BACofAQAyHwEAi0wTAIUfAQDcHwEA5R8BADUgAQA/IAEAjiABAJkgAQDnIAEA8yABAEAhAQBNIQEAmSEBAKMhAQDyIQEAACIBAEsiAQBaIgEApCIBAKYiAQD9IgEAByMBAFYjAQBkIwEAryMBALQjAQAIJAEAFSQBAGEkAQBxJAEAuiQBALwkAQATJQEAISUBAGwlAQB9JQEA5EwTAMwlAQA9TRMAICYBAHVtBgAjJgEAdyYBACcmAQCTAwIAKiYBALjaCAAsJgEAvMYBADImAQCw+QUAfiYBAHiXDACEJgEA0CYBAOcmAQApJwEALicBAIInAQCFJwEA2ycBAIwnAQBzLwcAnicBAJM6BwDgJwEAqjQHAOcnAQA0KAEAOigBABE1AQBDKAEAjSgBAJYoAQDmKAEA7CgBAD8pAQBNKQEAmCkBAKIpAQDxKQEABSoBAEoqAQBWKgEAoyoBALYqAQD8KgEACysBAFUrAQBhKwEArisBAK8rAQAHLAEAESwBAGAsAQBuLAEAuSwBAL4sAQASLQEAHy0BAO9NEwB+LQEAxC0BANMtAQAdLgEAKS4BAHYuAQB3LgEAzy4BANkuAQAoLwEANi8BAIEvAQCGLwEA2i8BAOcvAQD6ThMANTABAIwwAQCVMAEA5TABAO8wAQA+MQEASTEBAJcxAQCjMQEA8DEBAP0xAQBJMgEAUzIBAKIyAQCwMgEA+zIBAAozAQBUMwEAVjMBAK0zAQC3MwEABjQBABQ0AQBfNAEAbDQBALg0AQDPNAEAU08TACw1AQBqNQEAdjUBAMM1AQDJNQEAHDYBACg2AQB1NgEAezYBAM42AQDUNgEAJzcBACw3AQCANwEAhjcBAKxPEwDiNwEAMjgBADw4AQCLOAEAljgBAOQ4AQDwOAEAPTkBAEo5AQCWOQEAoDkBAO85AQD9OQEASDoBAFc6AQChOgEAozoBAPo6AQAEOwEAUzsBAGE7AQCsOwEAsTsBAAU8AQASPAEAXjwBAGY8AQC3PAEAxzwBABA9AQASPQEAaT0BAHc9AQDCPQEA0z0BALdQEwAiPgEAEFETAHo+AQDNPgEA2T4BACY/AQA2PwEAfz8BAIg/AQDYPwEA2z8BADFAAQA9QAEAikABAJFAAQDjQAEA60ABADxBAQBaQQEAlUEBAJ1BAQDuQQEA/0EBAEdCAQBMQgEAoEIBALdCAQD5QgEAB0MBAFJDAQBfQwEAq0MBALNDAQAERAEACEQBAF1EAQBfRAEAtkQBALlEAQAPRQEAF0UBAGhFAQBuRQEAwUUBAM1FAQAaRgEAKkYBAHNGAQB8RgEAzEYBAM9GAQAlRwEAMUcBAH5HAQCFRwEAaVETAOBHAQAwSAEAM0gBAIlIAQCXSAEA4kgBAO9IAQA7SQEAUkkBAJRJAQCcSQEA7UkBAO9JAQBGSgEAT0oBAJ9KAQCpSgEA+EoBAANLAQBRSwEAXUsBAKpLAQC3SwEAA0wBAA1MAQBcTAEAakwBALVMAQDETAEADk0BABBNAQBnTQEAcU0BAMBNAQDOTQEAGU4BAB5OAQByTgEAf04BAMtOAQDTTgEAJE8BADpPAQB9TwEAiU8BANZPAQDlTwEAL1ABADpQAQCIUAEAilABAOFQAQDuUAEAOlEBAEhRAQCTUQEAllEBAOxRAQACUgEAwlETAE1SAQCSZAIAUVIBAL4PAgBTUgEAu9kCAF1SAQCeUgEAoFIBAPdSAQAIUwEAUFMBAGFTAQCpUwEArlMBAAJUAQAGVAEAW1QBAGdUAQC0VAEAu1QBAA1VAQAVVQEAZlUBAIRVAQC/VQEAx1UBABtSEwAdVgEAcVYBAHJWAQCmBRAAgFYBAIVFDgCKVgEAylYBAMxWAQAjVwEAPFcBAHxXAQCNVwEA1VcBAOFXAQAuWAEAMFgBAIdYAQCQWAEA4FgBAJZYAQDJXgEA6lgBADlZAQBEWQEAklkBAJ5ZAQDrWQEA+FkBAERaAQBOWgEAnVoBAKtaAQD2WgEABVsBAE9bAQBRWwEAqFsBALJbAQABXAEAD1wBAFpcAQBfXAEAs1wBAMBcAQAMXQEAGF0BAGVdAQBrXQEAvl0BAMRdAQAXXgEAHF4BAHBeAQB2XgEAdFITANheAQAiXwEALl8BAHtfAQB+XwEA1F8BANdfAQAtYAEANGABAIZgAQCSYAEA32ABAOxgAQA4YQEARmEBAJFhAQCdYQEA6mEBAPFhAQDNUhMASWIBAJxiAQCiYgEA9WIBAPpiAQBOYwEAVGMBACZTEwCoYwEA+U0CALFjAQBUXg0As2MBAGMoEwC1YwEApkgOALZjAQAAZAEADGQBAFlkAQBaZAEAsmQBAGVkAQD9WA4AvGQBAAtlAQAZZQEAZGUBAGllAQC9ZQEAymUBAH9TEwAYZgEAlw4OACRmAQBhAQ4AOWYBANhTEwCVZgEAyGYBAO9mAQAhZwEARWcBAHpnAQCCZwEAMVQTAN9nAQAsaAEALmgBAIVoAQCIaAEA3mgBAONoAQA3aQEARGkBAJBpAQCsaQEA6WkBAPFpAQCKVBMAS2oBAJtqAQBPagEACXUBAJ5qAQD0agEAAGsBAE1rAQBTawEApmsBALNrAQD/awEAAWwBAFhsAQBubAEAsWwBAL1sAQAKbQEAEm0BAONUEwBpbQEAvG0BAMRtAQAVbgEAFm4BAG5uAQBwbgEAx24BAMpuAQAgbwEAI28BADxVEwB+bwEA0m8BANhvAQArcAEAMnABAIRwAQCMcAEA3XABAOpwAQA2cQEAO3EBAI9xAQCZcQEA6HEBAPBxAQBBcgEAQ3IBAJpyAQCrcgEA83IBAARzAQBMcwEAUXMBAKVzAQCpcwEA/nMBAAp0AQBXdAEAXnQBALB0AQDCdAEAlVUTAA51AQBidQEAanUBALt1AQC9dQEAFHYBACN2AQBtdgEAfHYBAMZ2AQDSdgEAH3cBACJ3AQB4dwEAe3cBANF3AQDZdwEAKngBADR4AQCDeAEAiHgBANx4AQDkeAEANXkBAD95AQCOeQEAmXkBAOd5AQD1eQEAQHoBAEN6AQCZegEAoXoBAPJ6AQANewEAS3sBAFZ7AQCkewEAqXsBAP17AQAAfAEAVnwBAGB8AQCvfAEAwXwBAO5VEwAWfQEAYX0BAGt9AQC6fQEAxX0BABN+AQAbfgEAbH4BAHJ+AQDFfgEAx34BAB5/AQA3fwEAd38BAJB/AQDQfwEA3n8BACmAAQAzgAEAgoABAJiAAQDbgAEA+IABADSBAQA8gQEAjYEBAJ2BAQDmgQEA6IEBAD+CAQBNggEAmIIBAKmCAQBHVhMA+IIBAKBWEwBLgwEAo4MBALSDAQD8gwEACIQBAFWEAQBXhAEAroQBALGEAQAHhQEAE4UBAGCFAQBohQEAUlcTAMSFAQAShgEAHoYBAGuGAQB6hgEAxIYBAOSGAQAdhwEAJYcBAHaHAQCKhwEAz4cBANSHAQAoiAEAMYgBAIGIAQCHiAEA2ogBAOKIAQAziQEAQokBAIyJAQCRiQEA5YkBAPKJAQA+igEAS4oBAJeKAQCjigEA8IoBAP+KAQBJiwEAU4sBAKKLAQCwiwEA+4sBAACMAQBUjAEAYYwBAK2MAQC1jAEABo0BAAmNAQBfjQEAa40BALiNAQDCjQEAEY4BABuOAQBqjgEAeI4BAMOOAQDQjgEAHI8BADOPAQB1jwEAeI8BAKtXEwDQjwEAJ5ABADWQAQCAkAEAkZABAARYEwDgkAEAXVgTAFGRAQCLkQEAm5EBAOSRAQDmkQEAPZIBAEuSAQCWkgEAp5IBALZYEwD2kgEAD1kTAE2TAQChkwEAqZMBAPqTAQD8kwEAU5QBAFyUAQCslAEAtpQBAAWVAQAQlQEAXpUBAGqVAQC3lQEAxJUBABCWAQAalgEAaZYBAHeWAQDClgEA0ZYBABuXAQAdlwEAdJcBAH6XAQDNlwEA2ZcBACaYAQAumAEAwVkTAISYAQDYmAEA4JgBABpaEwA4mQEAipkBADqZAQAyWQQAPpkBALrWAQBCmQEA4okPAEeZAQAO/wEATJkBAOWfAwCWmQEA45kBAOuZAQC85RQA/5kBAMhkEQALmgEAPJoBAGKaAQCVmgEAvpoBAO6aAQAUmwEAR5sBAG2bAQCgmwEAqJsBAPmbAQAjnAEAUpwBAGucAQCrnAEArZwBAASdAQALnQEAXZ0BAGWdAQC2nQEAxZ0BAA+eAQAVngEAaJ4BAHSeAQDBngEAyJ4BABqfAQAmnwEAc58BAICfAQDMnwEA1p8BACWgAQAzoAEAfqABAICgAQDXoAEA6KABADChAQAzoQEAiaEBALShAQBzWhMA5aEBAC2BBADsoQEAtdwGAO+hAQA7ogEA8qEBAGaLDgDzoQEA/OcCAPihAQBk3wQAQqIBAH6rAgBFogEAjfADAEqiAQBx+xAAVqIBAJSiAQCWogEA7aIBAP6iAQBGowEAVKMBAJ+jAQCmowEA+KMBAPqjAQBRpAEA/aMBAG/KAgAApAEAhcEBAGCkAQCqpAEAuaQBAAOlAQAPpQEAXKUBAF+lAQC1pQEAuKUBAA6mAQAupgEAZ6YBAHOmAQDApgEA1KYBABmnAQAnpwEAcqcBAHmnAQDMWhMA4acBAJiYAwDipwEAJKgBACaoAQCo3w0AJ6gBAJ3eDQAxqAEAfagBAH+oAQDWqAEA4KgBAC+pAQDnqAEAe+MNADipAQCIqQEAjqkBAOGpAQDtqQEAOqoBAEGqAQCTqgEAmKoBAOyqAQD4qgEARasBAEirAQCeqwEAq6sBAPerAQD8qwEAUKwBAFqsAQCprAEAv6wBAAKtAQAErQEAW60BAGWtAQC0rQEAw60BAA2uAQAYrgEAJVsTAHKuAQC/rgEAzK4BABivAQAmrwEAca8BAH2vAQDKrwEA0a8BAH5bEwAosAEAfLABAC+wAQCZYg8AMbABAPTkBAB+sAEA8zoEAIGwAQDD/AsAi7ABAGtNDACTsAEA1bABAOOwAQAusQEAO7EBAIexAQCPsQEA4LEBAOqxAQD7fwgA8LEBADmyAQA7sgEAkrIBAKCyAQDrsgEA/LIBANdbEwBLswEAMFwTAKKzAQD2swEA/LMBAE+0AQBXtAEAqLQBALG0AQABtQEABLUBAFq1AQBmtQEAs7UBALm1AQAMtgEAFLYBAGW2AQCEtgEA4lwTAMC2AQAXtwEAJbcBAHC3AQCBtwEAO10TANC3AQCUXRMAJ7gBAHu4AQCBuAEA1LgBANy4AQAtuQEANrkBAIa5AQCJuQEA37kBAOu5AQA4ugEAProBAEZeEwCTugEA6roBAPO6AQBDuwEATbsBAJy7AQCnuwEA9bsBAAG8AQBOvAEAW7wBAKe8AQCxvAEAAL0BAA69AQBZvQEAaL0BALK9AQC0vQEAC74BABW+AQBkvgEAcr4BAL2+AQDCvgEAFr8BACO/AQBvvwEAd78BAMi/AQDYvwEAIcABACPAAQB6wAEAiMABANPAAQDkwAEAn14TADPBAQD4XhMAjsEBAN7BAQDhwQEAN8IBAEPCAQCQwgEAlsIBAOnCAQD2wgEAQsMBAETDAQCbwwEAscMBAPTDAQAAxAEAUV8TAFnEAQCmxAEArMQBAP/EAQACxQEAWMUBAGbFAQCxxQEAtsUBAArGAQAXxgEAY8YBAGvGAQCqXxMAycYBABXHAQAjxwEAbscBAHjHAQAz4gEAhMcBAMfHAQDQxwEAIMgBADbIAQB5yAEAgcgBANLIAQDVyAEAK8kBADTJAQCEyQEAhckBAN3JAQDeyQEANsoBADvKAQCPygEAlcoBAOjKAQDyygEAQcsBAE3LAQCaywEAocsBAPPLAQD7ywEATMwBAE7MAQClzAEApswBAP7MAQAMzQEAV80BAF/NAQCwzQEAy80BAAnOAQAVzgEAYs4BAGjOAQC7zgEAvs4BABTPAQAizwEAbc8BAHLPAQDGzwEA088BAB/QAQAn0AEAeNABAIbQAQDR0AEA1NABAANgEwAt0QEAg9EBAC7RAQCxzwoANtEBAKi+CgA40QEAprcQAD3RAQCU7hAAhtEBANzRAQDt0QEANdIBAFHSAQCO0gEAltIBAFxgEwD40gEAQNMBAEjTAQCZ0wEAn9MBAPLTAQD30wEAS9QBAFTUAQCk1AEArtQBAP3UAQAL1QEAVtUBAGPVAQCv1QEAu9UBAAjWAQAL1gEAYdYBAH3WAQC1YBMAvdYBAOqiDwDE1gEA+ZkRAMbWAQAH6AoAx9YBABPXAQDJ1gEAR/8CAB/XAQBs1wEAb9cBAIzsCgB71wEAxdcBAH/XAQCD2woAz9cBAB7YAQAm2AEAjdoBACrYAQAxlxEALNgBAHfYAQA62AEAQ7oJAHzYAQD7UwQAhNgBANDYAQDn2AEAKdkBADHZAQCC2QEAjNkBANvZAQDg2QEANNoBADzaAQAOYRMAl9oBAObaAQCZ2gEAOBIKAJzaAQBD3AQA69oBAD/bAQBH2wEAZ2ETAJrbAQDyhQIAm9sBABOpDQCd2wEA40oKAKHbAQA/+wwApNsBAPHbAQCm2wEAvgIRAPLbAQCBexAA89sBAAODBgD42wEAStwBAADcAQBY0AIAAdwBAFWPAgAI3AEAon4QAFjcAQCj3AEAptwBAPzcAQAE3QEAVd0BAAjdAQCAxwYAC90BAJyZBgAY3QEAWpMGAFrdAQCu3QEAZN0BAGXtBgC73QEAB94BAA/eAQDAYRMAY94BALneAQB03gEADscEAMXeAQAS3wEAGN8BAGvfAQB13wEAGWITAMnfAQAd4AEAKuABAHbgAQB+4AEAWnATAILgAQDP4AEAhuABAKD0AQCS4AEAhfcOANXgAQAo4QEALuEBAIHhAQCG4QEA2uEBAODhAQByYhMAP+IBAIziAQCP4gEA5eIBAO/iAQA+4wEAWuMBAJfjAQCz4wEAy2ITAPPjAQBJ5AEATOQBAKLkAQCu5AEA++QBAAHlAQBU5QEAXuUBACRjEwCy5QEABuYBABPmAQB9YxMAYeYBAEWTDwBi5gEAuOYBAGXmAQDe7A0AdeYBAMbkCwDC5gEAEecBABTnAQDZeA8AGecBADltEwAt5wEAaucBAIbnAQDWYxMA0OcBABzoAQAq6AEAdegBAH/oAQDO6AEA6ugBACfpAQBD6QEAL2QTAIPpAQDZ6QEA3OkBADLqAQA+6gEAi+oBAJHqAQDk6gEA7uoBAIhkEwBC6wEAlusBAKPrAQDv6wEA/+sBAEjsAQBK7AEAoewBAK/sAQD67AEAC+0BAOFkEwBa7QEAOmUTALLtAQAF7gEAC+4BAF7uAQBj7gEAt+4BAL3uAQCTZRMAGu8BALPgDQAe7wEAae8BAHrvAQDsZRMAye8BAEVmEwAj8AEAnmYTAILwAQDN8AEA1PABACbxAQAu8QEAf/EBAIzxAQDY8QEA3fEBADHyAQA78gEAivIBAJLyAQDj8gEA6fIBADzzAQA+8wEAlfMBAKPzAQDu8wEA8fMBAEf0AQBT9AEA92YTAKL0AQD59AEAB/UBAFL1AQBj9QEAUGcTALL1AQCpZxMACvYBAF32AQBj9gEAtvYBALv2AQAP9wEAFfcBAAJoEwBq9wEAwfcBAGv3AQBRVBIAcfcBAJaFEAB09wEA3acGANz3AQAa+AEAHPgBAHP4AQCN+AEAzPgBANn4AQDAVwoA3fgBACX5AQAn+QEAfvkBAIv5AQDX+QEA7vkBADD6AQBK+gEAifoBAIv6AQDi+gEAj/oBAGodDwDl+gEAO/sBAD77AQCU+wEAoPsBAO37AQDz+wEARvwBAFD8AQBbaBMApPwBAPj8AQAF/QEAUf0BAF39AQCq/QEAsP0BAAP+AQAJ/gEAXP4BAGH+AQC1/gEAu/4BALRoEwAP/wEAZ/8BACT/AQB0wwUAaf8BAMD/AQB1/wEAEUsDAMb/AQAZAAIAJwACAHIAAgB1AAIAywACANAAAgAkAQIAMQECAH0BAgCNAQIA1gECANgBAgAvAgIAPQICAIgCAgCZAgIADWkTAOcCAgA6AwIARgMCAGZpEwCkAwIA7AMCAPYDAgBFBAIAUwQCAJ4EAgCfBAIA9wQCAAgFAgBQBQIAXAUCAKkFAgC5BQIAAgYCAAQGAgBbBgIAaQYCALQGAgDFBgIAv2kTABMHAgBmBwIAcgcCABhqEwDFBwIAGAgCAB4IAgBxCAIAdggCAMoIAgDQCAIAymoTACsJAgB8CQIAhgkCAIzVEACVCQIA1QkCAN4JAgAuCgIAOAoCAIcKAgCPCgIA4AoCAOQKAgA5CwIAOwsCAJILAgCVCwIA6wsCAAcMAgAjaxMARgwCAJ0MAgCqDAIA9gwCAAMNAgBPDQIAWw0CAKgNAgCvDQIAAQ4CAAkOAgBaDgIAag4CALMOAgC4DgIADA8CABIPAgBlDwIAbQ8CAHxrEwDaDwIAFxACAB8QAgDVaxMAfBACAMkQAgDMEAIAIhECACwRAgAubBMAiRECANQRAgDbEQIALRICADUSAgCGEgIAkxICAN8SAgDkEgIAOBMCAEITAgCREwIAmRMCAOoTAgDrEwIAQxQCAEUUAgCcFAIAqRQCAPUUAgADFQIAThUCAF0VAgCnFQIArxUCAAAWAgACFgIAWRYCAFwWAgCyFgIAuhYCAAsXAgAXFwIAZBcCAHcXAgC9FwIAvhcCABYYAgAiGAIAbxgCAH4YAgDIGAIA0hgCACEZAgAtGQIAehkCAIEZAgDgbBMA4RkCACwaAgA5GgIAhRoCAD0aAgDExw8AkxoCAN4aAgDhGgIANxsCAEIbAgCQGwIAnBsCAOkbAgDwGwIAQhwCAEocAgCbHAIAnxwCAPQcAgACHQIATR0CAFcdAgCmHQIAsR0CAP8dAgAEHgIAWB4CAGEeAgCxHgIAux4CAAofAgASHwIAYx8CAGkfAgC8HwIAxR8CABUgAgAiIAIAbiACAHsgAgDHIAIA1SACACAhAgAtIQIAeSECAJAhAgDSIQIA2iECACsiAgAtIgIAhCICAJEiAgDdIgIA8SICADYjAgA+IwIAjyMCAJEjAgDoIwIA6yMCAEEkAgBEJAIAmiQCAKYkAgDzJAIA+SQCAEwlAgBWJQIAkm0TAKolAgD+JQIACyYCAOttEwBqJgIAsCYCALEmAgAJJwIAFScCAGInAgBxJwIAuycCAMUnAgAUKAIAICgCAG0oAgB0KAIAnW4TAMwoAgAwfg4A2SgCAB8pAgAuKQIAeCkCAIQpAgDRKQIA0ikCACoqAgA0KgIAgyoCAJEqAgDcKgIA4SoCADUrAgBCKwIAT28TAJYrAgDnKwIA8ysCAEAsAgBTLAIAmSwCAJosAgDyLAIA/iwCAEstAgBaLQIApC0CAK4tAgD9LQIACS4CAFYuAgBdLgIAqG8TAMAuAgAILwIAFC8CAGEvAgBxLwIAui8CAMQvAgATMAIAGzACAGwwAgCUMAIAxTACAJowAgCjNQIA7TACAB4xAgAmMQIAdzECAH0xAgDQMQIA3jECACkyAgBAMgIAgjICAI0yAgDbMgIA5TICADQzAgBhMwIAjTMCAJUzAgDmMwIA9jMCAD80AgBBNAIAmDQCAKY0AgDxNAIAAjUCALNwEwBRNQIADHETAMs1AgD8NQIABDYCAFU2AgBbNgIArjYCALw2AgAHNwIAHjcCAGA3AgBrNwIAuTcCAMM3AgASOAIAPzgCAGs4AgBzOAIAxDgCANQ4AgAdOQIAHzkCAHY5AgCEOQIAzzkCAOA5AgBlcRMALzoCAL5xEwCDOgIA2joCAOg6AgAzOwIARDsCABdyEwCTOwIAcHITAO07AgDJchMARjwCACJzEwBaPAIA5FgMAJk8AgDwPAIA/jwCAEk9AgBaPQIAe3MTAKg9AgD7PQIABz4CANRzEwBdPgIArT4CAGU+AgBJMBEAuj4CAAY/AgAUPwIAXz8CAGk/AgC4PwIA0j8CABFAAgAUQAIAakACAHFAAgDDQAIA40ACABxBAgA2QQIALXQTAIJBAgDOQQIAhkECAD2dAgCLQQIABfkCANxBAgAnQgIAMUICAIBCAgCaQgIA2UICAOlCAgAyQwIAOEMCAItDAgCNQwIA5EMCAPpDAgA9RAIASUQCAJZEAgCaRAIA70QCAPREAgBIRQIATkUCAKFFAgDBRQIA+kUCABRGAgBTRgIAVUYCAKxGAgCvRgIABUcCAAhHAgBeRwIAakcCALdHAgC9RwIAEEgCABpIAgCGdBMAbkgCAMJIAgDPSAIAG0kCACdJAgB0SQIAh0kCAM1JAgDcSQIAJkoCADJKAgB/SgIAgEoCANhKAgDiSgIAMUsCAD9LAgCKSwIAj0sCAONLAgDwSwIA33QTAD1MAgAt2QwAPkwCAAQhDgA/TAIAA5kIAEBMAgCFcwIAQUwCAKUYEQBCTAIAgooKAENMAgAGEQ4ARkwCABiXDwBHTAIAPRYOAEhMAgDSNgwASUwCAOhDDQBKTAIArQUNAEtMAgDEZAYATEwCAJVMAgBPTAIA2TURAFRMAgB1BxUAVUwCAEQKEgBWTAIAAkcQAFhMAgDrYhIAX0wCANM4FQBkTAIAhlMQAIFMAgBEmw8Ah0wCAA0mFQCXTAIA7kwCAKZMAgBXDhAA/EwCAEdNAgBYTQIAOHUTAKdNAgCRdRMABU4CAFJOAgBhTgIAq04CALVOAgAETwIAEE8CAF1PAgAnTwIATv0PAGRPAgBDdhMAuE8CAA9QAgAgUAIAaFACAHFQAgDBUAIAzVACABpRAgAdUQIAc1ECAHtRAgDMUQIA1lECACVSAgAqUgIAflICAIZSAgDXUgIA8FICADBTAgA8UwIAiVMCAJFTAgD1dhMA6lMCAE53EwA+VAIAlFQCAJdUAgDtVAIA+VQCAEZVAgBMVQIAn1UCAKlVAgCndxMA/VUCAFFWAgBeVgIAAHgTALBWAgADVwIACVcCAFxXAgBhVwIAtVcCALtXAgCyeBMAFlgCAAt5EwBpWAIAQeALAGxYAgDAWAIAc1gCAMSbCwDKWAIAGVkCAM9YAgCcYQkAIVkCAH2FDgA1WQIAZHkTAHdZAgDLWQIA4VkCACRaAgAlWgIAfVoCAH9aAgDWWgIA3FoCAC9bAgA7WwIAiFsCAI9bAgDhWwIA6VsCADpcAgBDXAIAk1wCAJZcAgDsXAIA+lwCAEVdAgBSXQIAnl0CALVdAgD3XQIA/10CAFBeAgBcXgIAW18CAHheAgCpXgIA0V4CAAJfAgAmXwIAFnoTAHhfAgC0XwIAvV8CAL9gAgDFXwIADWACAD1gAgBmYAIAimACAG96EwDBYAIAGGECAClhAgBxYQIAoWECAMphAgDuYQIAyHoTAChiAgBBWg8AKWICAKJ0BwAsYgIAfGICAC9iAgClcREANGICAJ5bEgCGYgIA1WICAIliAgD6fAcAimICAPDWEADdYgIALmMCADJjAgCHYwIAiWMCAOBjAgDjYwIAOWQCAFVkAgAhexMAl2QCAJr2DQCcZAIAPW8OAJ5kAgDrZAIAomQCAG8tDAAIZQIARGUCAE1lAgCdZQIAn2UCAPZlAgAHZgIAensTAFRmAgCoZgIAsWYCAAFnAgASZwIAWmcCAGFnAgCzZwIAu2cCAAxoAgDNZwIAKYsCABloAgC+aAIAG2gCACJqAgAlaAIAZWgCAHFoAgDTexMAw2gCABdpAgAhaQIAcGkCAHhpAgAsfBMA1WkCAIV8EwAnagIAe2oCAIhqAgDUagIA3moCAC1rAgAvawIAhmsCAJRrAgDfawIA7GsCAN58EwA9bAIAkWwCAJ5sAgDqbAIA9GwCAENtAgBFbQIAnG0CAKptAgD1bQIAAm4CADd9EwBRbgIAALAQAFRuAgAUXg8AW24CAKduAgCxbgIAkH0TAAhvAgBZbwIAEm8CABWEAwBbbwIA6/4QAGZvAgDHTAYAcG8CALJvAgBybwIABasDAH9vAgDGoQ0At28CAAtwAgAVcAIAZHACAGxwAgDpfRMAvnACAPo4EQDAcAIANR4RAMdwAgAWcQIAInECAG9xAgBycQIAyHECANJxAgAhcgIAO3ICAHpyAgCRcgIA03ICANhyAgAscwIASHMCAEJ+EwCHcwIA3nMCAOtzAgA3dAIAQXQCAJt+EwCadAIA6XQCAKF0AgCQDwkA9XQCAEJ1AgBFdQIAm3UCAKV1AgD0dQIADnYCAE12AgBTdgIApnYCAKh2AgD/dgIADXcCAFh3AgBbdwIAsXcCAL13AgAKeAIADXgCAGN4AgCGeAIA9H4TAL54AgAVeQIAI3kCAG55AgBxeQIAx3kCANN5AgAgegIAI3oCAE1/EwCEegIA0noCANh6AgArewIAMHsCAIR7AgCIewIA3XsCAOB7AgCmfxMAN3wCAPVKDwA5fAIAKN8RADx8AgCPfAIAP3wCAILXEQBAfAIAbYECAEJ8AgBYwxEARHwCAFm7EQBFfAIATMoRAEZ8AgDk6BEATXwCAOj1DQBQfAIAm/kOAJt8AgDofAIAFH0CAEF9AgBNfQIAmn0CAKl9AgDzfQIA/X0CAEx+AgBPfgIApX4CAL9+AgD+fgIACH8CAFd/AgBcfwIAsH8CALp/AgAJgAIAFIACAGKAAgBogAIAu4ACAMCAAgAUgQIAGIECAP9/EwBygQIAxoECAHuBAgCZ0REA0IECAB+CAgAqggIAeIICAH6CAgDRggIA1oICACqDAgAugwIAWIATAIiDAgD+MAMAioMCAN/6DwCLgwIAPHcOAI2DAgBwnw8AnYMCANyDAgDmgwIANYQCAECEAgCOhAIAlIQCAOeEAgDshAIAQIUCAESFAgCZhQIAvIUCALGAEwD/hQIAW7gCAACGAgBLhgIAToYCAKSGAgCwhgIA/YYCABWHAgBWhwIAYocCAK+HAgC1hwIACIgCAA6IAgBhiAIAZogCALqIAgDAiAIACoETAB2JAgBsiQIAd4kCAMWJAgDLiQIAHooCACOKAgB3igIAe4oCANCKAgDTigIAY4ETADOLAgCCiwIAjYsCANuLAgDhiwIANIwCADmMAgCNjAIAkYwCALyBEwDnjAIAP40CAEuNAgCYjQIApI0CAPGNAgD3jQIASo4CAFCOAgCjjgIAqI4CAPyOAgACjwIAFYITAGGPAgCujwIAtI8CAAeQAgATkAIAYJACAG2QAgC5kAIAyJACABKRAgAekQIAa5ECAHeRAgDEkQIAypECAB2SAgAjkgIAdpICAHuSAgDPkgIA1ZICAG6CEwAykwIAJ48JAD6TAgCBkwIAQZMCACiSCgCNkwIA2pMCAOKTAgAvbxQA5pMCADOUAgA5lAIAjJQCAJKUAgDllAIA6pQCAD6VAgBElQIAx4ITAJ+VAgARBhUAoZUCAPCVAgD2lQIASZYCAPyVAgBDHwMAV5YCAKKWAgC7lgIA+5YCAASXAgBUlwIAXpcCAK2XAgC5lwIABpgCABKYAgBfmAIAZZgCALiYAgC+mAIAEZkCABaZAgBqmQIAcJkCACCDEwDPmQIAHJoCACaaAgB1mgIAgJoCAM6aAgDTmgIAJ5sCAC6bAgCAmwIAjJsCANmbAgDfmwIAMpwCADicAgCLnAIAkJwCAOScAgDqnAIAeYMTAE6dAgCWnQIAl50CAO+dAgCcnQIAJqMCAPSdAgBIngIAVp4CAKGeAgCungIA+p4CAASfAgBTnwIAX58CAKyfAgCynwIABaACABGgAgBeoAIAcaACALegAgDGoAIAEKECAByhAgBpoQIAaqECAMKhAgDMoQIAG6ICACmiAgB0ogIAeaICAM2iAgDaogIA0oMTADKjAgB/owIAj6MCANijAgDkowIAMaQCADekAgCKpAIAlqQCAOOkAgDwpAIAPKUCAEulAgCVpQIAoaUCAO6lAgD6pQIAR6YCAFqmAgCgpgIAr6YCAPmmAgAFpwIAUqcCAFOnAgCrpwIAtacCAASoAgASqAIAXagCAGKoAgC2qAIAw6gCACuEEwARqQIAT50HABupAgBoqQIAHKkCAEuQCwAdqQIA6uUNAHypAgDBqQIAzakCABqqAgDaqQIAq0ERACCqAgBzqgIAeaoCAMyqAgDRqgIAJasCACurAgCEhBMAiqsCANerAgDkqwIAxEMDAOqrAgAwrAIANawCAJ2+AgA4rAIAibcDADysAgCJrAIAj6wCAOKsAgDorAIAO60CAECtAgCUrQIAmq0CAN2EEwD5rQIARq4CAEyuAgCfrgIApK4CAPiuAgD/rgIAUa8CAF+vAgCqrwIAxa8CAAOwAgARsAIAXLACAF+wAgC1sAIAw7ACAA6xAgATsQIAZ7ECAHSxAgDAsQIAzLECABmyAgAfsgIAcrICAHiyAgDLsgIA0LICACSzAgAqswIANoUTAIKzAgDWswIA37MCAC+0AgA8tAIAiLQCAI+0AgDhtAIA8rQCADq1AgA/tQIAk7UCAKK1AgDstQIA7rUCAEW2AgBWtgIAnrYCAKq2AgD3tgIA/bYCAFC3AgBWtwIAqbcCAK63AgACuAIACLgCAI+FEwByuAIAtLgCAMC4AgANuQIAGbkCAGa5AgBsuQIAv7kCAMW5AgAYugIAHboCAHG6AgB3ugIA6IUTANC6AgCi7wIA4boCACO7AgAsuwIAfLsCAJK7AgDVuwIA4bsCAC68AgA7vAIAh7wCAJG8AgDgvAIA7LwCADm9AgA/vQIAkr0CAJi9AgDrvQIA8L0CAES+AgBKvgIAQYYTAKa+AgD2vgIAAL8CAE+/AgBUvwIAqL8CALi/AgABwAIAGsACAFrAAgBfwAIAs8ACALzAAgAMwQIAGcECAGXBAgBswQIAvsECAMHBAgAXwgIAI8ICAHDCAgCDwgIAycICANjCAgAiwwIALsMCAHvDAgB8wwIA1MMCAN7DAgAtxAIAO8QCAIbEAgCLxAIA38QCAOzEAgCahhMAO8UCAJHFAgCUxQIA6sUCAPfFAgBELA0A+cUCAEPGAgBFxgIAnMYCAJ/GAgD1xgIA/8YCAE7HAgBaxwIAp8cCALrHAgAAyAIAD8gCAFnIAgBlyAIAssgCALPIAgALyQIAFckCAGTJAgByyQIAvckCAMLJAgAWygIAI8oCAPOGEwBwygIAyMoCANTKAgAhywIAJ8sCAHrLAgB8ywIA08sCAN3LAgAszAIAOswCAIXMAgCKzAIA3swCAOvMAgA3zQIAQ80CAJDNAgCjzQIA6c0CAPjNAgBCzgIATs4CAJvOAgCczgIA9M4CAP7OAgBNzwIAW88CAKbPAgCrzwIA/88CAAzQAgBMhxMAYdACALHQAgBk0AIAO38OALfQAgAK0QIADdECAGPRAgBx0QIAvNECAMHRAgAV0gIAItICAG7SAgB60gIAx9ICAM3SAgAg0wIAJtMCAHnTAgB+0wIA0tMCANjTAgClhxMALdQCAITUAgAw1AIAMEYRADLUAgAewA8AitQCAHdyEACT1AIA3dQCAP3UAgA21QIAO9UCAI/VAgCq1QIA6NUCAPTVAgBB1gIAR9YCAJrWAgCq1gIA89YCAATXAgBM1wIAUdcCAKXXAgCp1wIA/tcCAArYAgBX2AIAXdgCALDYAgC22AIACdkCAA7ZAgBi2QIAaNkCAP6HEwDK2QIAkQYRANHZAgAU2gIAFdoCAG3aAgB+2gIAxtoCANLaAgAf2wIANdsCAHjbAgCE2wIA0dsCAN7bAgAq3AIANNwCAIPcAgCP3AIA3NwCAOPcAgA13QIAQd0CAI7dAgCU3QIA590CAO3dAgBA3gIARd4CAJneAgCf3gIAV4gTAPTeAgBAeBEA+94CAEvfAgBM3wIApN8CAKXfAgD93wIAAuACAFbgAgBc4AIAr+ACALngAgAI4QIAFOECAGHhAgBo4QIAuuECAL/hAgAT4gIAFOICAGziAgB44gIAxeICAMviAgAe4wIAIOMCAHfjAgCB4wIA0OMCAN7jAgAp5AIALuQCAILkAgCP5AIA2+QCAOfkAgA05QIAR+UCAI3lAgCc5QIA5uUCAPLlAgA/5gIAQOYCAJjmAgCi5gIA8eYCAP/mAgBK5wIAT+cCAKPnAgCw5wIAsIgTAA3oAgBV6AIAYegCAK7oAgDF6AIAB+kCAAnpAgBg6QIAcekCALnpAgC76QIAEuoCABjqAgBr6gIAguoCAMTqAgDN6gIAHesCADPrAgB26wIAgusCAM/rAgDc6wIAKOwCADLsAgCB7AIAjewCANrsAgDt7AIAM+0CAELtAgCM7QIAmO0CAOXtAgDm7QIAPu4CAEjuAgCX7gIApe4CAPDuAgD17gIASe8CAFbvAgAJiRMApO8CAPvvAgAP8AIAVPACAGLwAgCt8AIAuvACAAbxAgAN8QIAX/ECAGvxAgC48QIAy/ECABHyAgAW8gIAavICAHPyAgDD8gIAzfICABzzAgAh8wIAdfMCAIXzAgDO8wIA5/MCACf0AgAs9AIAgPQCAIn0AgDZ9AIA5vQCADL1AgA59QIAi/UCAI71AgDk9QIA8PUCAD32AgBQ9gIAlvYCAKX2AgDv9gIA+/YCAEj3AgBJ9wIAofcCAKv3AgD69wIACPgCAFP4AgBY+AIArPgCALn4AgBiiRMAHvkCAF75AgBq+QIAt/kCAL35AgAQ+gIAGPoCAMQrEQAg+gIAafoCAG76AgDC+gIAyPoCABv7AgAx+wIAdPsCAHb7AgDN+wIA1/sCACb8AgAy/AIAf/wCAJL8AgDY/AIA5/wCADH9AgA9/QIAiv0CAIv9AgDj/QIA7f0CADz+AgBK/gIAlf4CAJr+AgDu/gIA+/4CALuJEwBQ/wIAoP8CAKb/AgD5/wIA//8CAFIAAwBeAAMAqwADALgAAwAEAQMADgEDAF0BAwBzAQMAtgEDALsBAwAPAgMAFgIDAGgCAwB2AgMAwQIDANECAwAaAwMAKAMDAHMDAwCCAwMAzAMDAM4DAwAlBAMALwQDAH4EAwCMBAMA1wQDANwEAwAwBQMAPQUDAIkFAwCVBQMA4gUDAPUFAwA7BgMASgYDAJQGAwCgBgMA7QYDAO4GAwBGBwMAUAcDAJ8HAwCtBwMA+AcDAP0HAwBRCAMAXggDABSKEwCsCAMAAwkDALYIAwBW3woAFAkDAFwJAwBlCQMAtQkDAMEJAwAOCgMAFgoDACvoFAAaCgMAZwoDAG0KAwDACgMAxgoDABkLAwAeCwMAcgsDAHgLAwBtihMA2gsDACQMAwApDAMAfQwDAIQMAwDWDAMA4gwDAC8NAwA2DQMAAhEDADsNAwCIDQMAlQ0DAOENAwDwDQMAOg4DAD8OAwCTDgMAmg4DAOwOAwD4DgMARQ8DAFEPAwCeDwMApA8DAPcPAwD9DwMAUBADAFUQAwCpEAMArxADAMaKEwAOEQMAWxEDAGoRAwC0EQMAuREDAA0SAwAUEgMAZhIDAHISAwC/EgMAyxIDABgTAwAeEwMAcRMDAHcTAwDKEwMAzxMDACMUAwApFAMAH4sTAIgUAwDVFAMA5RQDAC4VAwA8FQMAhxUDAJQVAwDgFQMA7BUDADkWAwBAFgMAkhYDAJoWAwB4ixMA9BYDACmJEgD4FgMAYToDAPwWAwBEFwMAVRcDAJ0XAwClFwMA9hcDAKkXAwDZxg4AABgDAE8YAwBUGAMAqBgDALAYAwABGQMAAxkDAFoZAwAKGQMAxysDAGIZAwCzGQMAyRkDAAwaAwAYGgMAZRoDAHsaAwC+GgMA1xoDABcbAwAjGwMAcBsDAHYbAwDJGwMA0RsDACIcAwAyHAMAexwDAIQcAwDUHAMA4RwDAC0dAwA8HQMAhh0DAJAdAwDfHQMA7R0DADgeAwA9HgMAkR4DAJ4eAwDqHgMA8h4DANGLEwBZHwMAnB8DAJ0fAwD1HwMA/x8DAE4gAwBWIAMApyADALEgAwAAIQMABSEDAFkhAwBhIQMAsiEDALQhAwCQJgMAtSEDAKnCAwC4IQMACyIDALkhAwBD0QMAyCEDAPbJAwAXIgMAZCIDAGYiAwC9IgMAxCIDABYjAwAeIwMAbyMDAHAjAwDIIwMAziMDACEkAwAmJAMAeiQDAHskAwDTJAMA3yQDACwlAwAyJQMAhSUDAI8lAwDeJQMA8iUDADcmAwA/JgMAKowTAJMmAwDpJgMAlyYDAHK9AwDsJgMAQicDAFAnAwCbJwMAsicDAPQnAwABKAMATSgDAFUoAwCmKAMApygDAP8oAwAFKQMAWCkDAF0pAwCxKQMAsikDAAoqAwAWKgMAYyoDAGkqAwC8KgMAxioDABUrAwApKwMAbisDAHYrAwDcjBMA1CsDACAsAwAnLAMAeSwDAIUsAwDSLAMA4iwDACstAwA5LQMAhC0DAJEtAwDdLQMA6S0DADYuAwA9LgMAjy4DAJcuAwCOjRMA9C4DAEEvAwBLLwMAmi8DAKUvAwDzLwMA+C8DAEwwAwBTMAMApTADAK0wAwDnjRMABjEDAFcxAwBnMQMAsDEDALwxAwAJMgMADTIDAGIyAwBqMgMAuzIDAL0yAwAUMwMAGjMDAG0zAwCEMwMAxjMDAM8zAwAfNAMANTQDAHg0AwCENAMA0TQDAN40AwAqNQMANDUDAIM1AwCGNQMA3DUDAOQ1AwA1NgMAPzYDAI42AwCTNgMA5zYDAO82AwBANwMAUDcDAJk3AwCiNwMA8jcDAP83AwBLOAMAWjgDAKQ4AwCuOAMA/TgDAAs5AwBWOQMAWzkDAK85AwC8OQMACDoDABA6AwBAjhMAbjoDALo6AwCAOgMAezIFAL86AwATOwMAHTsDAGw7AwB0OwMAxTsDAIM7AwCoshEAyzsDAB48AwDTOwMAttMOANQ7AwAgxwkA1TsDAJdHAwDWOwMAuf4MACo8AwB3PAMAeTwDAFeqDgB+PAMA0DwDANw8AwApPQMAOD0DAII9AwCTPQMA2z0DAN09AwA0PgMAOj4DAI0+AwCZPgMA5j4DAO4+AwCZjhMART8DAPKOEwCkPwMAS48TAPQ/AwD9jxMA/T8DAFckEgBNQAMAVpATAE9AAwC/gQUApkADAJ7WDQCwQAMA/EADAAZBAwBVQQMAV0EDAK5BAwDBQQMAB0IDAA9CAwAUBQ8AE0IDAGBCAwBmQgMAuUIDAL9CAwASQwMAF0MDAGtDAwBxQwMAr5ATAM5DAwAdRAMAH0QDAHZEAwCARAMAz0QDAN1EAwAoRQMALUUDAIFFAwCORQMA2kUDAOZFAwAzRgMAOUYDAIxGAwCSRgMA5UYDAOpGAwA+RwMAREcDAAiREwClRwMA8EcDAP1HAwBJSAMAUEgDAKJIAwCqSAMA+0gDAPxIAwDPpwwA/kgDAFRJAwARSQMAuaUMAGhJAwCtSQMAw0kDAAZKAwAfSgMAX0oDAGRKAwC4SgMAyUoDAGGREwAiSwMAaksDAGxLAwDDSwMAzUsDABxMAwAqTAMAdUwDAHpMAwDOTAMA20wDACdNAwAvTQMAgE0DAIxNAwDZTQMAkE0DAD1PAwDfTQMAMk4DADhOAwCLTgMAkE4DAOROAwDqTgMAupETAD9PAwCWTwMApE8DAO9PAwAAUAMAE5ITAE9QAwBskhMAqVADAPpQAwCrUAMAR48IAOxQAwBNPBUACFEDAFNRAwAJUQMA41YDAApRAwDiBAsAYFEDAKxRAwC7UQMABVIDAApSAwBeUgMAdFIDALdSAwC4UgMAEFMDABJTAwBpUwMAc1MDAMJTAwDQUwMAG1QDADRUAwB0VAMAhVQDAM1UAwDZVAMAJlUDAC5VAwB3kxMAk1UDANhVAwDZVQMAMVYDAD1WAwCKVgMAjVYDANCTEwDlVgMAPFcDAElXAwCVVwMAolcDAO5XAwDzVwMAR1gDAFFYAwCgWAMAqFgDAPlYAwAJWQMAUlkDAGBZAwCrWQMAuFkDAARaAwALWgMAXVoDAGVaAwC2WgMAuVoDAA9bAwAjWwMAaFsDAH5bAwDBWwMA2lsDABpcAwAfXAMAc1wDAIRcAwAplBMA1FwDAIKUEwDYXAMAwvkKAOhcAwBWphUAMl0DAH5dAwCFXQMA110DAONdAwAwXgMAQF4DAIleAwCXXgMA4l4DAO9eAwA7XwMAR18DAJRfAwCbXwMA25QTAO9fAwBGYAMA8l8DANfBBABTYAMAn2ADAKxgAwD4YAMA/WADAFFhAwBbYQMAqmEDALJhAwADYgMACGIDADbrBAAMYgMAXGIDAF9iAwC1YgMAwWIDADSVEwATYwMAZ2MDABpjAwAxrgsAbGMDAMBjAwDIYwMAGWQDAC9kAwByZAMAdGQDAMtkAwDYZAMAJGUDADhlAwCNlRMAgmUDANZlAwDeZQMAgKULAOBlAwAvZgMAN2YDAIhmAwCUZgMA4WYDAO5mAwA6ZwMAP2cDAJNnAwCcZwMA7GcDAANoAwBFaAMAUGgDAOaVEwCsaAMA92gDAPpoAwBQaQMAU2kDAKlpAwC3aQMAAmoDAA9qAwBbagMAcmoDALRqAwC8agMADWsDABNrAwBmawMAcmsDAL9rAwDJawMAGGwDACFsAwBxbAMAd2wDAMpsAwDXbAMAP5YTAC9tAwB8bQMAMW0DAA+zCwCLbQMA1W0DAOZtAwAubgMAMG4DAIduAwCNbgMA4G4DAOxuAwA5bwMAQG8DAJJvAwCabwMA628DAO1vAwBEcAMAUXADAJ1wAwCkcAMA9nADAP5wAwBPcQMAXHEDAKhxAwCtcQMAAXIDAAtyAwBacgMAYnIDALNyAwC8cgMADHMDAA9zAwBlcwMAcXMDAL5zAwDFcwMAmJYTACR0AwBwdAMALXQDAKd5AwBQdAMAlLcLAIt0AwDJdAMAy3QDACJ1AwAzdQMAe3UDAIl1AwDUdQMA23UDAC12AwA1dgMAhnYDAIt2AwDfdgMA4HYDADh3AwBEdwMAkXcDAJd3AwDqdwMA7HcDAEN4AwBNeAMAnHgDAKp4AwD1eAMA+ngDAE55AwBbeQMA8ZYTAKh5AwAAegMABXoDAFl6AwBfegMAsnoDALx6AwALewMAF3sDAGR7AwBrewMAvXsDAMV7AwAWfAMAGHwDAG98AwB8fAMAyHwDAM98AwAhfQMAKX0DAHp9AwCHfQMA030DANh9AwAsfgMANn4DAIV+AwCNfgMA3n4DAOd+AwA3fwMAOn8DAJB/AwCcfwMA6X8DAPB/AwBKlxMAToADAKGoCwBWgAMAm4ADAKiAAwD0gAMA/oADAE2BAwBPgQMApoEDALmBAwD/gQMAB4IDAFiCAwBkggMAsYIDALeCAwAKgwMAEIMDAGODAwBogwMAvIMDAMKDAwCjlxMAGIQDAG6EAwB6hAMAx4QDAOKEAwAghQMALIUDAHmFAwB/hQMA0oUDAOCFAwArhgMANYYDAISGAwCYhgMA3YYDAO+GAwA2hwMAUocDAI+HAwDBhwMA6IcDAP2HAwBBiAMAU4gDAJqIAwCwiAMA84gDAP+IAwBMiQMAT4kDAKWJAwCoiQMA/okDAACKAwBXigMAbooDALCKAwC8igMACYsDABuLAwBiiwMAfosDALuLAwDNiwMA/JcTADiMAwBtjAMAdYwDAFWYEwDJjAMAH40DACeNAwB4jQMAkY0DANGNAwDdjQMAKo4DADuOAwCDjgMAiI4DANyOAwDgjgMANY8DAD2PAwCOjwMAmI8DAOePAwDyjwMAQJADAEyQAwCZkAMAoZADAK6YEwAFkQMAS5EDAEyRAwCkkQMAsJEDAP2RAwAMkgMAVpIDAGCSAwCvkgMAu5IDAAiTAwAPkwMAB5kTAG+TAwC6kwMAx5MDABOUAwAhlAMAbJQDAIKUAwDFlAMAzpQDAB6VAwA0lQMAd5UDAH+VAwDQlQMA35UDACmWAwAulgMAgpYDAJ2WAwDblgMA55YDADSXAwA6lwMAjZcDAI+XAwDmlwMA/ZcDAD+YAwBLmAMAuZkTAJmYAwDxmAMAApkDAEqZAwBWmQMAo5kDALKZAwD8mQMAAZoDAFWaAwBwmgMArpoDALaaAwAHmwMAF5sDAGCbAwBimwMAuZsDAMebAwASnAMAI5wDABKaEwBynAMAa5oTANKcAwAdnQMAJ50DAHadAwCBnQMAz50DANedAwAongMANJ4DAIGeAwCUngMA2p4DAOieAwAznwMAPZ8DAIyfAwCUnwMAHZsTAPGfAwA+oAMARKADAJegAwCZoAMA8KADAAehAwBJoQMAVaEDAKKhAwCqoQMAdpsTAAaiAwBUogMAWqIDAK2iAwC5ogMABqMDAAmjAwBfowMAaqMDALijAwC9owMAEaQDACKkAwBqpAMAcaQDAMOkAwDLpAMAHKUDACylAwB1pQMAeqUDAM6lAwDUpQMAJ6YDAC+mAwDPmxMAhaYDANmmAwDlpgMAMqcDADWnAwCLpwMAk6cDAOSnAwDxpwMAPagDAEKoAwCWqAMAoKgDAO+oAwD3qAMASKkDAF6pAwChqQMArakDAPqpAwAGqgMAU6oDAF2qAwCsqgMAtKoDACicEwAOqwMAXqsDAGirAwC3qwMAv6sDABCsAwARrAMAkiEEABysAwBprAMAfKwDAMKsAwDDrAMAG60DACetAwB0rQMAg60DAM2tAwDXrQMAJq4DADKuAwB/rgMAhq4DAIGcEwDmrgMAMa8DAD6vAwCKrwMAmK8DAOOvAwD5rwMAPLADAEWwAwCVsAMAq7ADAO6wAwD2sAMAR7EDAFWxAwCgsQMAo7EDAPmxAwABsgMAM50TAGCyAwCrsgMAurIDAASzAwAgswMAXbMDACSzAwDP9gMAZbMDAIydEwC/swMAD7QDABy0AwBotAMAcrQDAMG0AwDPtAMAGrUDADC1AwBztQMAf7UDAMy1AwDUtQMA5Z0TACu2AwB+tgMAhLYDANe2AwDctgMAMLcDADa3AwA+nhMAjrcDAOK3AwDrtwMAO7gDAEW4AwCUuAMAnLgDAO24AwDyuAMARrkDAFa5AwCfuQMAp7kDAPi5AwD+uQMADrwDABG6AwBRugMAVroDAKq6AwCzugMAA7sDABC7AwBcuwMAY7sDALW7AwC4uwMAl54TABC8AwBnvAMAdLwDAMC8AwDXvAMAGb0DACW9AwDwnhMAeb0DAMu9AwDTvQMAJL4DACi+AwB9vgMAi74DANa+AwDgvgMAL78DADq/AwCIvwMAkL8DAOG/AwDmvwMAOsADAFXAAwCTwAMAn8ADAOzAAwDywAMARcEDAFXBAwCewQMAr8EDAPfBAwD8wQMAUMIDAFTCAwBJnxMAssIDAALDAwAbwwMAW8MDAGXDAwC0wwMAusMDAA3EAwAPxAMAZsQDAHXEAwC/xAMAycQDABjFAwAgxQMAccUDAHXFAwDKxQMA2MUDACPGAwAtxgMAfMYDAIfGAwDVxgMA3cYDAC7HAwAzxwMAh8cDAKLHAwDgxwMA7McDADnIAwA/yAMAksgDAKLIAwDryAMA/MgDAETJAwBJyQMAnckDAKHJAwCinxMA/8kDAE/KAwBgygMAqMoDALLKAwABywMAD8sDAFrLAwBbywMAs8sDAMTLAwAMzAMAIMwDAGXMAwBtzAMAvswDAMLMAwAXzQMAJc0DAHDNAwB6zQMAyc0DANTNAwAizgMAKs4DAHvOAwCAzgMA1M4DAO/OAwAtzwMAOc8DAIbPAwCMzwMA388DAO/PAwA40AMASdADAJHQAwCW0AMA6tADAO7QAwD7nxMAUdEDAJzRAwC30QMA9dEDAAPSAwBO0gMAVdIDAKfSAwCz0gMAANMDAAjTAwBUoBMAZ9MDALLTAwC80wMAC9QDABbUAwBk1AMAbNQDAL3UAwDC1AMAFtUDADHVAwBv1QMAe9UDAMjVAwDO1QMAIdYDADHWAwB61gMAi9YDANPWAwDY1gMALNcDADDXAwCtoBMAltcDAN7XAwDm1wMAN9gDADjYAwCQ2AMAldgDAOnYAwD32AMAQtkDAE/ZAwCb2QMApdkDAPTZAwAA2gMATdoDAFPaAwCm2gMArtoDAP/aAwAG2wMAWNsDAGTbAwCx2wMAt9sDAArcAwAW3AMAY9wDAHPcAwC83AMAyNwDABXdAwAb3QMAbt0DAHrdAwDH3QMA1N0DACDeAwAv3gMAed4DAIXeAwAGoRMA1d4DACvfAwAu3wMAhN8DAJLfAwDd3wMA9N8DADbgAwBD4AMAj+ADAKXgAwDo4AMA9OADAEHhAwBO4QMAmuEDAKThAwDz4QMA++EDAEziAwBW4gMApeIDAKriAwD+4gMABuMDAFfjAwBj4wMAsOMDAL3jAwAJ5AMAE+QDAGLkAwBo5AMAu+QDAM/kAwAU5QMAHOUDAG3lAwB75QMAxuUDANPlAwAf5gMAJ+YDAHjmAwCF5gMA0eYDAN/mAwAq5wMAO+cDAIPnAwCL5wMA3OcDAPLnAwA16AMAN+gDAI7oAwCP6AMAX6ETAOzoAwCBcA8A9egDAEDpAwBP6QMAmekDAKXpAwDy6QMA+ukDALihEwBQ6gMApOoDAK3qAwD96gMACusDAFbrAwBd6wMAr+sDALLrAwAI7AMAEOwDAGHsAwBm7AMAuuwDAMPsAwAT7QMAHe0DAGztAwB07QMAxe0DAMrtAwAe7gMALu4DAHfuAwB/7gMA0O4DANbuAwAp7wMAK+8DAILvAwCP7wMA2+8DAPLvAwA08AMAQPADABGiEwCZ8AMA5vADAOzwAwCVPxEA/fADAD/xAwBL8QMAmPEDAJ7xAwDx8QMA+fEDAEryAwBR8gMAo/IDALHyAwD88gMAF/MDAFXzAwBj8wMArvMDALXzAwAH9AMAE/QDAGD0AwBo9AMAaqITAM30AwAS9QMAGvUDAGv1AwCc9QMAxPUDAND1AwAd9gMAI/YDAHb2AwB79gMAw6ITANv2AwAo9wMAL/cDAIH3AwCJ9wMA2vcDANz3AwAz+AMAPfgDAIz4AwCU+AMAHKMTAPP4AwB/BwQA9PgDAD75AwBA+QMAl/kDAKj5AwDw+QMAAfoDAEn6AwBV+gMAovoDAKn6AwD7+gMAA/sDAFT7AwCB+wMArfsDALL7AwAG/AMAB/wDAF/8AwBp/AMAuPwDAMb8AwAR/QMAFv0DAGr9AwB3/QMAw/0DAN/9AwAc/gMAOP4DAHWjEwCC/gMAzv4DANL+AwAn/wMALf8DAID/AwCC/wMA2f8DANr/AwAyAAQAVQAEAIsABACvAAQA5AAEABEBBAA9AQQARQEEAJYBBACbAQQA7wEEAPwBBABIAgQAUAIEAKECBACjAgQA+gIEAAIDBABTAwQAgAMEAKwDBAC5AwQABQQEAAoEBABeBAQAawQEALcEBADDBAQAEAUEAD0FBABpBQQAcQUEAMIFBADdBQQAGwYEAB0GBAB0BgQAhQYEAM0GBADWBgQAJgcEADIHBADOoxMAjAcEANgHBADfBwQAMQgEAD0IBACKCAQAnQgEAOMIBADrCAQAPAkEAEEJBACVCQQAngkEAO4JBAD4CQQARwoEAE8KBACgCgQApQoEAPkKBAAJCwQAUgsEAFoLBACrCwQAxAsEAAQMBAAJDAQAXQwEAGYMBAC2DAQAwwwEAA8NBAAWDQQAaA0EAGsNBAAnpBMAxg0EABoOBADODQQAEBoOACMOBABzDgQAew4EAMwOBADXDgQAJQ8EACcPBAB+DwQAmQ8EANcPBADjDwQAMBAEADgQBACApBMAlhAEAOIQBADqEAQAOxEEAEcRBACUEQQAmhEEAO0RBADzEQQARhIEAEsSBACfEgQApRIEANmkEwAFEwQAURMEAFkTBACqEwQAvhMEAAMUBAAIFAQAXBQEAGUUBAC1FAQAuxQEAA4VBAAWFQQAZxUEAGoVBADAFQQA3RUEABkWBAAqFgQAchYEAHoWBADLFgQAzhYEACQXBAA4FwQAfRcEAIoXBADWFwQA4BcEAC8YBAAxGAQAiBgEAJsYBACLpRMA5hgEADoZBABLGQQAkxkEAJwZBADsGQQAAhoEAEUaBABSGgQAnhoEAKYaBAD3GgQAFhsEAOSlEwBcGwQAqRsEALEbBAA9phMABRwEAFscBABjHAQAtBwEAMEcBAANHQQAEh0EAGYdBABuHQQAvx0EAMAdBAAYHgQAGh4EAHEeBAB3HgQAyh4EAMweBAAjHwQAOR8EAHwfBACIHwQA1R8EAN8fBAAuIAQAOiAEAIcgBACNIAQA4CAEAOggBAA5IQQAbSEEAJamEwCYIQQA6yEEAPchBABEIgQARSIEAJ0iBACfIgQA9iIEAPwiBABPIwQAWyMEAKgjBACvIwQAASQEAAkkBABaJAQAXSQEALMkBAC9JAQADCUEAA4lBABlJQQAbyUEAL4lBADKJQQAFyYEAC0mBABwJgQAfCYEAMkmBADWJgQAIicEACwnBAB7JwQAgycEANQnBADmJwQA76YTAC8oBACGKAQAkCgEAN8oBADhKAQAOCkEAEApBAA3GRIAUSkEAJEpBACTKQQA6ikEAO0pBABDKgQATyoEAJwqBACkKgQASKcTAAkrBABOKwQAUSsEAKcrBACxKwQAACwEAAwsBABZLAQAbywEALIsBAC6LAQACy0EABktBABkLQQAZy0EAL0tBADFLQQAFi4EABkuBABvLgQAJC4EALw1BAB5LgQAyC4EAHouBADpMQQAyi4EACEvBAAnLwQAei8EAIQvBADTLwQA4S8EACwwBAA5MAQAhTAEAJwwBADeMAQA5jAEADcxBABAMQQAkDEEAJExBAChpxMA8jEEAEIyBABMMgQAmzIEAKUyBAD0MgQAAjMEAE0zBABaMwQApjMEAL0zBAD/MwQABzQEAFg0BABfNAQAsTQEALY0BAAKNQQADjUEAGM1BABwNQQA+qcTAMk1BAAVNgQAHTYEAG42BAB0NgQAxzYEANM2BAAgNwQALzcEAHk3BAB+NwQA0jcEAO03BAArOAQANzgEAIQ4BACKOAQA3TgEAPE4BAA2OQQAPjkEAI85BAClOQQA6DkEAO05BABBOgQASDoEAJo6BACmOgQAU6gTAPo6BABMOwQAWjsEAKU7BACyOwQA/jsEABU8BABXPAQAXzwEALA8BAC2PAQACT0EABU9BABiPQQAaT0EALs9BADJPQQAFD4EABc+BABtPgQAdT4EAMY+BADUPgQAHz8EACI/BAB4PwQAgD8EANE/BADiPwQAKkAEAC9ABACDQAQAhUAEANxABADjQAQANUEEAENBBACOQQQAm0EEAOdBBAD+QQQAQEIEAEhCBACZQgQAo0IEAPJCBAD9QgQAS0MEAFdDBACkQwQArEMEAKyoEwD/QwQAVkQEAGBEBACvRAQAsUQEAAhFBAALRQQAYUUEAG1FBAC6RQQAxEUEABNGBAAbRgQAbEYEAHpGBADFRgQA0kYEAB5HBAAmRwQAd0cEAI1HBADQRwQA3EcEAClIBAA/SAQAgkgEAIdIBADbSAQA4UgEADRJBABISQQABakTAJBJBADmSQQA7kkEAD9KBABNSgQAmEoEAFVKBACH/ggApUoEAPFKBAD5SgQASksEAFRLBACjSwQArksEAPxLBAAITAQAVUwEAF1MBABeqRMAtEwEAAdNBAAMTQQAYE0EAG9NBAC5TQQAxU0EABJOBAAVTgQAa04EAG5OBADETgQAzE4EAB1PBAAiTwQAdk8EAIZPBADPTwQA108EAChQBAArUAQAgVAEAItQBADaUAQA3FAEADNRBAA5UQQAjFEEAJZRBADlUQQA81EEAD5SBABLUgQAl1IEAK5SBADwUgQA+FIEAElTBABSUwQAolMEAKNTBAC3qRMACFQEAFRUBABXVAQAn18LAFpUBAAuuwoAXFQEAK1UBABeVAQAWycFAGBUBABBAgcAsFQEANAlCQCzVAQAwYcHALdUBAAGVQQAu1QEAGOCCwC9VAQAyvwIAAtVBABfVQQAElUEAARwBQAUVQQAUA8LAGdVBAC4VQQAu1UEABFWBAAdVgQAalYEAHBWBADDVgQA3lYEABxXBAAoVwQAdVcEAHtXBADOVwQA1lcEACdYBAApWAQAgFgEACxYBADiaQQAilgEANlYBADhWAQAEKoTAENZBACLWQQAklkEAORZBADsWQQAPVoEAEpaBACWWgQAm1oEAO9aBAD5WgQASFsEAFBbBAChWwQAo1sEAAFxCwCmWwQAmSAJAKtbBAD6WwQAsFsEAER7BACxWwQAhCEKAABcBABTXAQAVVwEAKxcBAC5XAQABV0EAAhdBABeXQQAb10EALddBAC5XQQAEF4EABpeBABpXgQAdV4EAMJeBADKXgQAwqoTACBfBAB0XwQAd18EAM1fBADXXwQAJmAEAC5gBAB/YAQAjGAEANhgBADaYAQAMWEEAEdhBACKYQQAlmEEAONhBADrYQQAG6sTAEFiBACVYgQApGIEAO5iBADwYgQAR2MEAFhjBACgYwQAq2MEAPljBAD+YwQAUmQEAFVkBACrZAQAtWQEAARlBAAWZQQAXWUEAGVlBAC2ZQQAwGUEAA9mBAAUZgQAaGYEAHBmBADBZgQAw2YEABpnBAAhZwQAc2cEAHpnBADMZwQA0mcEACVoBAAxaAQAfmgEAIFoBADXaAQA2mgEADBpBABMaQQAiWkEAJFpBADNqxMA72kEADtqBABDagQAlGoEAJdqBADtagQA8moEAEZrBABVawQAn2sEAL9rBAD4awQABGwEAFFsBABbbAQAqmwEALJsBAADbQQAFW0EACasEwBmbQQAtW0EAMNtBAAObgQAG24EAGduBAB+bgQAwG4EAMhuBAAZbwQAKG8EAHJvBAB3bwQAy28EANhvBAAkcAQAMXAEAH1wBACJcAQA1nAEAOVwBAAvcQQAOXEEAIhxBACWcQQA4XEEAOZxBAA6cgQAR3IEAJNyBACWcgQA7HIEAPRyBABFcwQASnMEAJ5zBACrcwQA93MEAP9zBABQdAQAWXQEAKl0BAC2dAQAAnUEABB1BABbdQQAbnUEALR1BAC8dQQADXYEABR2BABmdgQAa3YEAL92BADVdgQAGHcEABp3BABxdwQAf3cEAMp3BADXdwQAI3gEACt4BAB8eAQAf3gEANV4BADaeAQALnkEAD15BACHeQQAp3kEAOB5BADseQQAOXoEAEN6BACSegQAmnoEAOt6BAD9egQAf6wTAEl7BACdewQAqnsEAPZ7BAADfAQAT3wEAFt8BACofAQAt3wEAAF9BAALfQQAWn0EAGJ9BACzfQQAvX0EAAx+BAARfgQAZX4EAG1+BADYrBMAyn4EABd/BAAdfwQAcH8EAIt/BADJfwQA1X8EACKABAAogAQAe4AEAJeABADUgAQA3IAEADGtEwA1gQQAhoEEAJCBBADfgQQA6oEEADiCBABEggQAkYIEAJmCBACKrRMA9oIEAEODBABJgwQAnIMEALeDBAD1gwQAAYQEAE6EBABUhAQAp4QEAK+EBAAAhQQABoUEAFmFBABihQQAsoUEAL+FBAALhgQAGIYEAGSGBAByhgQAvYYEAMqGBAAWhwQALYcEAG+HBAB3hwQAyIcEAM2HBAAhiAQA2YcEADeKBAAuiAQAeogEAIKIBADTiAQA3ogEACyJBAAxiQQAhYkEAIiJBADeiQQA6IkEAOOtEwA8igQAkIoEAJ+KBADpigQA64oEAEKLBABTiwQAm4sEAKyLBAD0iwQACIwEADyuEwBejAQApowEAKmMBAD/jAQArowEAB/ECACzjAQA+4kRAAmNBABYjQQAWo0EALGNBAC7jQQACo4EABaOBABjjgQAjY4EALyOBADHjgQAVqgFAOKOBAAVjwQASo8EAG6PBACUjwQAx48EAO2PBAAgkAQAVpAEAHmQBACkkAQA0pAEANqQBAArkQQAVZEEAISRBAC7kQQA3ZEEAAiSBAA2kgQAPpIEAI+SBACekgQA6JIEAO2SBABBkwQASpMEAJqTBABOkwQAmZsEAKuTBADzkwQA+pMEAEyUBABUlAQApZQEALKUBAD+lAQAA5UEAFeVBABhlQQAsJUEALiVBAAJlgQAE5YEAI2iBAAYlgQAYpYEAGeWBAC7lgQAyJYEABSXBAAhlwQAbZcEAHmXBADGlwQA1ZcEAB+YBAApmAQAeJgEAICYBADRmAQA25gEACqZBAAvmQQAg5kEAIuZBACVrhMA6JkEADWaBAA7mgQAjpoEAKmaBADnmgQA85oEAECbBABGmwQA7q4TAKabBADymwQA/psEAEucBABanAQApJwEAK6cBAD9nAQAC50EAFadBABbnQQAr50EALydBAAIngQAEJ4EAGGeBABrngQAup4EAL+eBAATnwQAG58EAGyfBABvnwQAxZ8EANGfBAAeoAQAJKAEAHegBACSoAQA0KAEANygBAApoQQAL6EEAIKhBACKoQQA26EEAN2hBAA0ogQAPqIEAEevEwCTogQA5qIEAOiiBAA/owQATKMEAJijBACbowQA8aMEAAKkBABKpAQATKQEAKOkBACtpAQA/KQEAAilBABVpQQAXaUEAKCvEwCzpQQAB6YEAAqmBABgpgQAaqYEALmmBADBpgQAEqcEAB+nBABrpwQAbacEAMSnBADapwQAHagEACmoBAD5rxMAkqgEAM+oBADrqAQAUrATAC2pBACBqQQAjqkEANqpBADnqQQAM6oEAD+qBACMqgQAm6oEAOWqBADvqgQAPqsEAEyrBACXqwQAnKsEAPCrBAD9qwQASawEAGKsBACirAQApKwEAPusBAACrQQAq7ATAHGtBACtrQQAvq0EAAauBAASrgQAX64EAHKuBAC4rgQAx64EABGvBAAdrwQAaq8EAGuvBADDrwQAza8EABywBAAqsAQAdbAEAHqwBADOsAQA27AEAASxEwAssQQAgLEEAI2xBADZsQQA5rEEADKyBAA+sgQAi7IEAJqyBADksgQA7rIEAD2zBABLswQAlrMEAJuzBADvswQA/LMEAEi0BABQtAQAD7ITAKa0BAD6tAQAArUEAGiyEwBVtQQArLUEALq1BAAFtgQAFrYEAMGyEwBltgQAGrMTALy2BAAQtwQAGLcEAGm3BAB4twQAwrcEAMe3BAAbuAQAKLgEAHS4BACBuAQAzbgEANm4BAAmuQQANbkEAH+5BACJuQQAzLMTANq5BAAhWhAA3rkEAAUZDgDruQQAMboEAEC6BACKugQAlroEAOO6BADkugQAPLsEAEa7BACVuwQAo7sEAO67BADzuwQAR7wEAFS8BAAltBMApLwEAPm8BAAEvQQAUr0EAGC9BACrvQQAvL0EAAS+BAAQvgQAXb4EAGW+BAB+tBMAu74EAA+/BAAcvwQAaL8EAHW/BADBvwQAzb8EABrABAApwAQAc8AEAH3ABADMwAQA2sAEACXBBAAywQQAfsEEAJXBBADXtBMA5MEEADDCBAA9wgQAicIEAJXCBADiwgQA8cIEADvDBABFwwQAlMMEAKLDBADtwwQAsMMEAJmECgDywwQARsQEAFPEBACfxAQAp8QEADC1EwAExQQAUcUEAGHFBACqxQQAs8UEAAPGBAAGxgQAXMYEAGjGBAC1xgQAvMYEAIm1EwAbxwQAZ8cEAHbHBADAxwQAwccEABnIBAAwyAQAcsgEAIzIBADLyAQA18gEACTJBAA3yQQAfckEAIzJBADWyQQA4skEAC/KBAAwygQAiMoEAJLKBADhygQA78oEADrLBAA/ywQAk8sEAKDLBADitRMABswEAEXMBABUzAQAnswEAKDMBAD3zAQAo8wEAJLTBAAEzQQAUM0EAF3NBACpzQQArs0EAALOBAAMzgQAW84EAGrOBAC0zgQAuc4EAA3PBAAazwQAZs8EAHPPBAC/zwQAy88EABjQBAAn0AQAcdAEAHvQBADK0AQA19AEACPRBAAo0QQAfNEEAIDRBADV0QQA4dEEAC7SBAA00gQAh9IEAI3SBADg0gQA5dIEADnTBAA/0wQAO7YTAJ/TBADr0wQA+NMEAETUBABQ1AQAndQEAKzUBAD21AQAANUEAE/VBABd1QQAqNUEAK3VBAAB1gQADtYEAFrWBABh1gQAs9YEALjWBAAM1wQAGNcEAGXXBABo1wQAvtcEAMvXBAAX2AQAHNgEAHDYBAB62AQAydgEANXYBAAi2QQANdkEAHvZBACJ2QQA1NkEANfZBAAt2gQAN9oEAIbaBACS2gQA39oEAOXaBAA42wQAPtsEAJHbBACW2wQA6tsEAPDbBACUthMARdwEAJzcBACt3AQA9dwEAAbdBABO3QQAVt0EAKfdBAC33QQAAN4EAALeBABZ3gQAZ94EALLeBADD3gQA7bYTABLfBABGtxMAZd8EAL3fBADC3wQAFuAEAMPfBAChDQUAHOAEAG/gBAB54AQAyOAEANTgBAAh4QQAJ+EEAHrhBACA4QQA0+EEANjhBAAs4gQAMuIEAJ+3EwCT4gQA3uIEAPfiBAA34wQAOOMEAJDjBACt4wQA6eMEAPHjBAC4BwUAA+QEAELkBABF5AQAm+QEAKDkBACquBMADeUEAE3lBABT5QQApuUEAGPlBACitwUAqOUEAP/lBAAF5gQAWOYEAGzmBACx5gQAueYEAArnBAAX5wQAY+cEAGjnBAC85wQAxucEABXoBAAd6AQAbugEAH/oBADH6AQAzOgEACDpBAAi6QQAeekEAIDpBADS6QQA3ukEACvqBAAy6gQAhOoEAKDqBADd6gQA5eoEAAO5EwA36wQAj+sEAJvrBADo6wQA9esEAEHsBABJ7AQAmuwEAJ3sBADz7AQA/uwEAEztBABO7QQApe0EAKvtBAD+7QQACu4EAFfuBABe7gQAsO4EALjuBAAJ7wQADu8EAGLvBAB77wQAu+8EAOfvBAAU8AQAIPAEAG3wBAB88AQAxvAEANDwBAAf8QQAJ/EEAHjxBACI8QQA0fEEAN/xBAAq8gQAO/IEAIPyBACP8gQAXLkTAOHyBAA18wQAPfMEAI7zBACP8wQA5/MEAKTzBADmoQwABPQEAED0BABI9AQAmfQEAJ30BADy9AQA+PQEAEv1BABN9QQApPUEAKX1BAD99QQA/vUEAFb2BABi9gQAr/YEALX2BAAI9wQAEPcEAGH3BABj9wQAuvcEANX3BAAT+AQAFfgEAGz4BAB6+AQAxfgEANb4BAAe+QQAIPkEAHf5BACQ+QQA0PkEAOH5BAAp+gQANfoEALW5EwCQ+gQA2/oEAJ76BABV0QgA8foEADT7BAA1+wQAjfsEAJ77BADm+wQA8vsEAD/8BABV/AQAmPwEAKT8BADx/AQA/vwEAEr9BABU/QQAo/0EAKX9BAD8/QQABv4EAFX+BABj/gQArv4EALP+BAAH/wQAFP8EAGD/BAB8/wQAuf8EAMH/BAAOuhMAIAAFAGsABQCEAAUAxAAFAMUABQAdAQUAOgEFAHYBBQB+AQUAzwEFAOABBQAoAgUANgIFAIECBQCaAgUA2gIFAOACBQAzAwUANQMFAIwDBQCSAwUA5QMFAPkDBQA+BAUARgQFAJcEBQCkBAUA8AQFAPUEBQBJBQUAUwUFAKIFBQCqBQUA+wUFAAsGBQBUBgUAWQYFAK0GBQC2BgUABgcFABMHBQBfBwUAZgcFAGe6EwDJBwUAEQgFAB8IBQBqCAUAgwgFAMMIBQDJCAUAHAkFAB4JBQB1CQUAewkFAM4JBQDiCQUAJwoFAC8KBQCACgUAjQoFANkKBQDeCgUAMgsFADwLBQCLCwUAkwsFAOQLBQD0CwUAPQwFAEIMBQCWDAUAnwwFAO8MBQD8DAUASA0FAE8NBQDAuhMApg0FAPoNBQD7DQUAUw4FAF8OBQCsDgUAsg4FAAUPBQAWDwUAXg8FAHIPBQC3DwUAxg8FABAQBQAVEAUAaRAFAHYQBQDCEAUA0hAFABsRBQApEQUAdBEFAIsRBQDNEQUA1hEFACYSBQAsEgUAfxIFAIsSBQDYEgUA3xIFADETBQBNEwUAihMFAJITBQAZuxMA6RMFADwUBQBCFAUAlRQFAJoUBQDuFAUA9BQFAHK7EwBMFQUAoBUFAKIVBQD5FQUAABYFAFIWBQBgFgUAqxYFALgWBQAEFwUAGxcFAF0XBQBlFwUAthcFALcXBQAPGAUAEhgFAGgYBQB8GAUAwRgFANAYBQAaGQUAHxkFAHMZBQB0GQUAzBkFAOMZBQAkvBMAJxoFAH4aBQCLGgUA1xoFAOQaBQAwGwUANRsFAIkbBQCTGwUA4hsFAOobBQA7HAUASxwFAJQcBQCiHAUA7RwFAPocBQBGHQUATR0FAJ8dBQCnHQUA+B0FAPodBQBRHgUAWR4FAKoeBQCrHgUAAx8FAMAeBQDZvAUACB8FAFwfBQBfHwUAtR8FAL8fBQAOIAUAJSAFAGcgBQBtIAUAwCAFAMwgBQAZIQUAHCEFAHIhBQCPIQUAyyEFANwhBQAkIgUALCIFAH0iBQCEIgUA1iIFANwiBQAvIwUAPSMFAIgjBQCjIwUA4SMFAO0jBQA6JAUAQCQFAJMkBQCoJAUA7CQFAPQkBQBFJQUATyUFAJ4lBQCkJQUA9yUFAAUmBQBQJgUAXCYFAKkmBQCwJgUAAicFAAonBQB9vBMAaScFALQnBQDKJwUADSgFABkoBQBmKAUAaygFAL8oBQDIKAUAGCkFACIpBQBxKQUAfSkFACcgBwCNKQUAyikFANIpBQDWvBMAKCoFAHwqBQCJKgUA1SoFAOIqBQAuKwUAOisFAIcrBQCWKwUA4CsFAOorBQA5LAUARywFAJIsBQCXLAUA6ywFAPgsBQBELQUATC0FAC+9EwCrLQUA9i0FAAwuBQBPLgUAWy4FAKguBQCtLgUAAS8FAAovBQBaLwUAZC8FALMvBQC7LwUADDAFABgwBQBlMAUAeDAFAL4wBQC/MAUAFzEFACUxBQBwMQUAdjEFAMkxBQDVMQUAIjIFACkyBQCIvRMAhTIFANQyBQDcMgUALTMFADMzBQDtrAoAPDMFAIYzBQCLMwUANaUFAIwzBQDfMwUA6zMFADg0BQA6NAUAkTQFAJs0BQDqNAUA9jQFAEM1BQBLNQUA4b0TAKQ1BQD1NQUABDYFAE42BQBTNgUApzYFALQ2BQAANwUADTcFAFk3BQBlNwUAsjcFAME3BQALOAUAFTgFAGQ4BQByOAUAvTgFAMI4BQAWOQUAIzkFAG85BQB3OQUAyDkFANI5BQAhOgUAJjoFAHo6BQCCOgUA0zoFAN46BQAsOwUAMTsFAIU7BQCIOwUA3jsFAOg7BQA3PAUAPzwFADq+EwCVPAUA6TwFAPg8BQBCPQUARD0FAJs9BQCsPQUA9D0FAP89BQBNPgUAUj4FAKY+BQCpPgUA/z4FAAk/BQBYPwUAYD8FALE/BQCzPwUACkAFABdABQBjQAUAakAFALxABQDEQAUAFUEFABZBBQBuQQUAc0EFAMdBBQDNQQUAIEIFACpCBQB5QgUAgUIFAJO+EwAEQwUAK0MFAGJDBQCEQwUAnkMFAN1DBQADRAUANkQFAFBEBQCPRAUAtUQFAOhEBQACRQUAQUUFAGpFBQCaRQUAokUFAPNFBQD1RQUATEYFAFlGBQClRgUArEYFAP5GBQAGRwUAV0cFAFhHBQCwRwUAtUcFAAlIBQAPSAUAYkgFAGxIBQC7SAUAw0gFAOy+EwAwSQUARb8TAHVJBQDGSQUAyEkFAB9KBQAsSgUAeEoFAH9KBQDRSgUA2UoFACpLBQArSwUAg0sFAIhLBQDcSwUA4ksFADVMBQA/TAUAjkwFAJZMBQCevxMA7EwFAEBNBQBCTQUAmU0FAKBNBQDyTQUAAE4FAEtOBQBYTgUApE4FALtOBQD9TgUABU8FAFZPBQBgTwUAr08FAGxPBQAdswUAuk8FAAhQBQAUUAUAYVAFAGlQBQD3vxMAu1AFABNRBQDEUAUARDgGANBQBQAaJAYAGFEFAGxRBQBvUQUAxVEFAM9RBQAeUgUANVIFAHdSBQB9UgUA0FIFANxSBQApUwUALFMFAIJTBQCfUwUA21MFAOxTBQA0VAUAU1QFAI1UBQCVVAUA5lQFAOhUBQA/VQUATlUFAJhVBQCiVQUA8VUFAP9VBQBKVgUAZVYFAKNWBQCvVgUA/FYFAARXBQBQwBMAYVcFAK5XBQC9VwUAB1gFAAxYBQBgWAUAZlgFALlYBQDAWAUAElkFABpZBQBrWQUAbVkFAMRZBQDLWQUAHVoFAB9aBQB2WgUAd1oFAM9aBQDZWgUAKFsFADRbBQCBWwUAh1sFANpbBQD0WwUAM1wFADtcBQCMXAUAolwFAOVcBQDzXAUAPl0FAEFdBQCXXQUAml0FAPBdBQD+XQUASV4FAFZeBQCiXgUAuV4FAPteBQADXwUAVF8FAFZfBQCtXwUAtV8FAAZgBQAdYAUAX2AFAGtgBQC4YAUAzmAFABFhBQAZYQUAamEFAHhhBQDDYQUAzWEFABxiBQAkYgUAdWIFAHxiBQDOYgUA2mIFACdjBQAoYwUAgGMFAIxjBQDZYwUA5mMFADJkBQA5ZAUAi2QFAI5kBQDkZAUA7GQFAD1lBQBCZQUAlmUFAKNlBQDvZQUAH2YFAEhmBQBQZgUAqcATAKlmBQAn/RMAvWYFAPpmBQACZwUAAsETAGFnBQCsZwUArmcFAAVoBQAWaAUAXmgFAGZoBQC3aAUAw2gFABBpBQAWaQUAaWkFAG9pBQDCaQUAx2kFABtqBQAhagUAW8ETAHlqBQDNagUAgGoFAExbDwDVagUAJmsFACtrBQDkTQsALGsFAAatDAAyawUAUBoMADVrBQB/awUAN2sFAD6qDAA9awUAGSANAIRrBQDYawUAhWsFAEhECgDlawUAMWwFAD5sBQCKbAUAlmwFAONsBQDybAUAPG0FAEZtBQC/whMAn20FAO5tBQDzbQUAR24FAE9uBQAYwxMApW4FAPluBQD8bgUAUm8FAFxvBQCrbwUA028FAMrDEwAKcAUAXXAFAHNwBQC2cAUAxHAFAA9xBQAccQUAaHEFAGpxBQDBcQUAy3EFABpyBQAmcgUAc3IFAHpyBQDMcgUA1HIFACVzBQAscwUAfnMFAIdzBQDXcwUA43MFADB0BQA4dAUAI8QTAI50BQDidAUA6nQFADt1BQBKdQUAlHUFAJl1BQDtdQUA+nUFAEZ2BQBTdgUAn3YFAKt2BQD4dgUAB3cFAFF3BQBbdwUAqncFALh3BQADeAUACHgFAFx4BQBpeAUAtXgFAL14BQAOeQUAGHkFAGd5BQB1eQUAwHkFANZ5BQAZegUAJXoFAHJ6BQB3egUAy3oFANR6BQAkewUALnsFAHzEEwCHewUA1nsFAOJ7BQAvfAUAN3wFANXEEwCNfAUA4XwFAO58BQA6fQUAR30FAJN9BQCffQUA7H0FAPt9BQBFfgUAT34FAJ5+BQC2fgUA934FAAF/BQBQfwUAXn8FAKl/BQC/fwUAAoAFAA6ABQBbgAUAYIAFALSABQC9gAUADYEFABeBBQBmgQUAboEFAC7FEwDMgQUAGIIFANWBBQDN+RIAJYIFAHGCBQB9ggUAyoIFANmCBQAjgwUALYMFAHyDBQCKgwUA1YMFAOKDBQAuhAUARYQFAIeEBQCPhAUA4IQFAOqEBQA5hQUAPoUFAJKFBQCahQUAh8UTAPeFBQBEhgUASoYFAJ2GBQC4hgUA9oYFAAKHBQBPhwUAVYcFAODFEwCwhwUAOcYTAAaIBQBaiAUAZ4gFALOIBQDAiAUADIkFABiJBQBliQUAdIkFAL6JBQDIiQUAF4oFACWKBQBwigUAdYoFAMmKBQDWigUAIosFACqLBQCSxhMAh4sFANSLBQDkiwUALYwFADaMBQCGjAUAiYwFAN+MBQDrjAUAOI0FAD+NBQDrxhMAn40FAOqNBQAAjgUAQ44FAE+OBQCcjgUAo44FAPWOBQD9jgUATo8FAFOPBQCnjwUAsI8FAACQBQAKkAUARMcTAF6QBQCykAUAZZAFADeVBQC6kAUAC5EFABGRBQBkkQUAaZEFAL2RBQDGkQUAFpIFACCSBQBvkgUAe5IFAMiSBQDQkgUAnccTACaTBQB6kwUAgpMFANOTBQDekwUALJQFADGUBQCFlAUAiJQFAN6UBQDolAUA9scTAEGVBQCQlQUAlJUFAOmVBQDulQUAQpYFAEiWBQCblgUAu5YFAPSWBQD8lgUATZcFAFuXBQCmlwUAqZcFAP+XBQAHmAUAWJgFAGGYBQCxmAUAvpgFAAqZBQAQmQUAY5kFAG+ZBQC8mQUAvpkFABWaBQAkmgUAbpoFAHmaBQDHmgUAyZoFACCbBQA5mwUAeZsFAIqbBQDSmwUA3psFAE/IEwAznAUAhJwFAKScBQDdnAUA65wFADadBQBDnQUAj50FAJadBQDonQUABJ4FAEGeBQBJngUAqMgTAJ+eBQDzngUAAJ8FAEyfBQBZnwUApZ8FALGfBQD+nwUADaAFAFegBQBhoAUAsKAFAMWgBQAJoQUAEaEFAGKhBQBxoQUAu6EFAL2hBQAUogUAHaIFAG2iBQBwogUAxqIFANKiBQAfowUAO6MFAHijBQCAowUAAckTANajBQAqpAUAQKQFAIOkBQCPpAUA3KQFAP+kBQBayRMAQqUFAI6lBQCbpQUA56UFAPOlBQBApgUAT6YFAJmmBQCjpgUA8qYFAPqmBQBLpwUAVacFAKSnBQCppwUA/acFAAWoBQCzyRMAaqgFAK+oBQDVqAUACKkFAC6pBQBhqQUAh6kFALqpBQDlqQUAE6oFABuqBQBsqgUAlqoFAMWqBQD3qgUAHqsFAESrBQB3qwUAnasFANCrBQACrAUAKawFAFSsBQCCrAUAiqwFANusBQDgrAUAVBEGAOqsBQA0rQUAOa0FAI2tBQCarQUA5q0FAPOtBQA/rgUAS64FAJiuBQCnrgUA8a4FAPuuBQBKrwUAWK8FAKOvBQCorwUA/K8FAAmwBQBVsAUAXbAFAK6wBQC0sAUAB7EFALiwBQCMDgYAE7EFAGCxBQBwsQUAubEFAMKxBQASsgUAFbIFAGuyBQB3sgUAxLIFAMuyBQAMyhMAMbMFAHazBQB5swUAz7MFAOyzBQAotAUAObQFAIG0BQCItAUA2rQFAPO0BQAztQUAO7UFAIy1BQCitQUA5bUFAOq1BQA+tgUARbYFAJe2BQCgtgUA8LYFAAG3BQBJtwUAVbcFAGXKEwCktwUAHLsFALa3BQD7twUA/rcFAFS4BQBxuAUArbgFAL64BQAGuQUAFbkFAF+5BQBwuQUAuLkFAMa5BQARugUAHboFAGq6BQB3ugUAw7oFAM26BQC+yhMAIrsFAHW7BQCDuwUAzrsFANC7BQAnvAUALrwFAIC8BQCZvAUAF8sTAO28BQAyvQUANb0FAIu9BQCovQUA5L0FAPW9BQA9vgUARb4FAJa+BQCdvgUA774FAPW+BQBIvwUAVr8FAKG/BQC8vwUA+r8FAAbABQBTwAUAWcAFAKzABQDBwAUABcEFAA3BBQBewQUAaMEFALfBBQC9wQUAEMIFAB7CBQBpwgUAdcIFAMLCBQDJwgUAG8MFACPDBQBwyxMAfcMFAM3DBQDawwUAJsQFADTEBQB/xAUAjsQFANjEBQDaxAUAMcUFADvFBQCKxQUAmMUFAOPFBQDoxQUAPMYFAEnGBQCVxgUAmMYFAO7GBQD6xgUAR8cFAFrHBQCgxwUAr8cFAPnHBQAFyAUAUsgFAFPIBQCryAUAtcgFAATJBQASyQUAXckFAGLJBQC2yQUAw8kFAMnLEwAUygUAaMoFAH7KBQDBygUA18oFABrLBQAjywUAc8sFAIDLBQDMywUA2ssFACXMBQA0zAUAfswFAIDMBQDXzAUA4cwFADDNBQA+zQUAic0FAI7NBQDizQUA780FADvOBQA+zgUAlM4FAJzOBQDtzgUA/s4FAEbPBQBUzwUAn88FAKzPBQD4zwUAGNAFAFHQBQBZ0AUAqtAFALrQBQAD0QUABdEFAFzRBQBq0QUAtdEFAMbRBQDUzBMAFNIFAGfSBQBz0gUALc0TAMfSBQAZ0wUAzdIFACfSBwAg0wUActMFAHjTBQDL0wUA19MFACTUBQAn1AUAfdQFAIDUBQDW1AUA/tQFAC/VBQBS1QUAiNUFAJPVBQDh1QUA5tUFADrWBQA91gUAk9YFAJ3WBQDs1gUAFNcFAIbNEwBK1wUAntcFAKvXBQD31wUABNgFAFDYBQBc2AUAqdgFALjYBQAC2QUADNkFAFvZBQBj2QUAtNkFAL7ZBQAN2gUAEtoFAGbaBQBu2gUA380TAMzaBQAY2wUALNsFAHHbBQB52wUAytsFAM/bBQAj3AUAM9wFAHzcBQCE3AUA1dwFAN/cBQAu3QUAOd0FAIfdBQCT3QUA4N0FAOjdBQA4zhMAOt4FAJLeBQCe3gUA694FAPreBQBE3wUAUt8FAJ3fBQCt3wUA9t8FAATgBQBP4AUAW+AFAKjgBQCv4AUAAeEFAAnhBQBa4QUAcOEFALPhBQDH4QUADOIFAA/iBQBl4gUAguIFAL7iBQDP4gUAF+MFAB/jBQBw4wUAe+MFAMnjBQDO4wUAIuQFACXkBQB75AUAheQFANTkBQDX5AUAkc4TAC/lBQABAgkAMuUFAIblBQCJ5QUA3+UFAOnlBQA45gUAQOYFAJHmBQCw5gUA6s4TAP7mBQBD5wUAaecFAJznBQDC5wUA9ecFABvoBQBO6AUAh+gFAKfoBQDZ6AUAAOkFACbpBQBZ6QUAf+kFALLpBQDk6QUAC+oFAC/qBQBk6gUAgOoFAL3qBQDF6gUAQ88TABvrBQBv6wUAfOsFAMjrBQDV6wUAIewFAC3sBQB67AUAiewFANPsBQDd7AUALO0FADrtBQCF7QUAiu0FAN7tBQDr7QUAN+4FAD/uBQCczxMAnO4FAOnuBQD57gUAQu8FAEvvBQCb7wUAnu8FAPTvBQAA8AUATfAFAFTwBQD1zxMAtPAFAP/wBQAV8QUAWPEFAGTxBQCx8QUAuPEFAAryBQAS8gUAY/IFAGjyBQC88gUAxfIFABXzBQAf8wUATtATAG/zBQDH8wUA0/MFACD0BQAm9AUAefQFAHv0BQDS9AUA3PQFACv1BQA59QUAhPUFAIn1BQDd9QUA6vUFADb2BQA+9gUAj/YFAJn2BQDo9gUA9vYFAEH3BQBX9wUAmvcFAKb3BQDz9wUA+vcFAEz4BQBU+AUApfgFAKr4BQD++AUAB/kFAFf5BQBh+QUAp9ATALP5BQAJ+gUAJvoFAGL6BQBz+gUAu/oFAMn6BQAU+wUALPsFAG37BQBw+wUAxvsFAOP7BQAf/AUAMPwFAHj8BQCQ/AUA0fwFAN38BQAq/QUAPf0FAIP9BQCS/QUA3P0FAOj9BQA1/gUANv4FAI7+BQCY/gUA5/4FAPX+BQBA/wUARf8FAJn/BQCm/wUAANETAPf/BQBLAAYAWAAGAKQABgCxAAYA/QAGAAkBBgBWAQYAZQEGAK8BBgC5AQYACAIGABYCBgBhAgYAZgIGALoCBgDHAgYAEwMGABsDBgAL0hMAeAMGAMUDBgDVAwYAHgQGACcEBgB3BAYAegQGANAEBgDcBAYAKQUGADAFBgBk0hMAkAUGANsFBgDxBQYANAYGAEAGBgCNBgYAlAYGAOYGBgDuBgYAPwcGAEQHBgCYBwYAoQcGAPEHBgD7BwYAvdITAEsIBgCjCAYArwgGAPwIBgACCQYAVQkGAFcJBgCuCQYAuAkGAAcKBgAVCgYAYAoGAGUKBgC5CgYAxgoGABILBgAaCwYAawsGAHULBgDECwYA0gsGAB0MBgAzDAYAdgwGAIIMBgDPDAYA1gwGACgNBgAwDQYAgQ0GAIYNBgDaDQYA4w0GADMOBgA9DgYAFtMTAJoOBgDlDgYA+w4GAD4PBgBKDwYAlw8GAJ4PBgDwDwYA+A8GAEkQBgBOEAYAohAGAKsQBgD7EAYABREGAG/TEwBVEQYArREGALkRBgAGEgYADBIGAF8SBgBhEgYAuBIGAMISBgAREwYAHxMGAGoTBgBvEwYAwxMGANATBgAcFAYAJBQGAHUUBgB/FAYAzhQGANwUBgAnFQYAPRUGAIAVBgCMFQYA2RUGAOAVBgAyFgYAOhYGAIsWBgCQFgYA5BYGAO0WBgA9FwYARxcGAMjTEwCYFwYAqTAOAKQXBgDvFwYAABgGAEgYBgBNGAYAoRgGALgYBgD6GAYADhkGAFMZBgBrGQYArBkGALsZBgAFGgYAChoGAF4aBgBrGgYAtxoGAMQaBgAQGwYAHBsGAGkbBgB4GwYAwhsGAMwbBgAbHAYAIxwGAHQcBgCSHAYAzRwGANUcBgAmHQYALx0GAH8dBgCMHQYA2B0GANodBgAxHgYASh4GAIoeBgCbHgYA4x4GAO8eBgA8HwYARB8GACHUEwCaHwYA7h8GAPYfBgBHIAYAViAGAKAgBgClIAYA+SAGAAYhBgBSIQYAXyEGAKshBgC3IQYABCIGABMiBgBdIgYAZyIGALYiBgC+IgYADyMGABkjBgBoIwYAbSMGAMEjBgDJIwYAetQTAC4kBgBzJAYAdiQGAMwkBgDpJAYAJSUGADYlBgB+JQYAsCUGANclBgD2JQYAMCYGADgmBgCJJgYAiyYGAOImBgDxJgYAOycGAEUnBgCUJwYAoicGAO0nBgAIKAYARigGAFIoBgCfKAYApygGANPUEwAEKQYAUSkGAGApBgCqKQYArykGAAMqBgAJKgYAXCoGAGMqBgC1KgYAvSoGAA4rBgAQKwYAZysGAG4rBgDAKwYAwisGABksBgAaLAYAciwGAHwsBgDLLAYA1ywGACQtBgAqLQYAfS0GAJctBgDWLQYA3i0GAC8uBgBFLgYAiC4GAJYuBgDhLgYA5C4GADovBgA9LwYAky8GAKEvBgDsLwYA+S8GAEUwBgBcMAYAnjAGAKYwBgD3MAYA+TAGAFAxBgBYMQYAqTEGAMAxBgACMgYADjIGAFsyBgBxMgYAtDIGALwyBgANMwYAGzMGAGYzBgBwMwYAvzMGAMczBgAYNAYAHzQGAHE0BgB9NAYAyjQGAMs0BgAjNQYALzUGAHw1BgCJNQYA1TUGANw1BgAuNgYAMTYGAIc2BgCPNgYA4DYGAOU2BgA5NwYARjcGAJI3BgDCNwYA6zcGAPM3BgAs1RMASjgGAJ04BgCrOAYA9jgGAAc5BgBPOQYAVDkGAKg5BgC/OQYAAToGABU6BgBaOgYAeToGALM6BgC7OgYADDsGAA47BgBlOwYAdDsGAL47BgDIOwYAFzwGACU8BgBwPAYAizwGAMk8BgDVPAYAIj0GACo9BgCF1RMAhz0GANQ9BgDjPQYALT4GADI+BgCGPgYAjD4GAN8+BgDmPgYAOD8GAEA/BgCRPwYAkz8GAOo/BgDxPwYAQ0AGAEVABgCcQAYAnUAGAPVABgD/QAYATkEGAFpBBgCnQQYArUEGAABCBgAaQgYAWUIGAGFCBgCyQgYAyEIGAAtDBgAZQwYAZEMGAGdDBgC9QwYAwEMGABZEBgAkRAYAb0QGAHxEBgDIRAYA30QGACFFBgApRQYAekUGAHxFBgDTRQYA20UGACxGBgBDRgYAhUYGAJFGBgDeRgYA9EYGADdHBgA/RwYAkEcGAJ5HBgDpRwYA80cGAEJIBgBKSAYAm0gGAKJIBgD0SAYAAEkGAE1JBgBOSQYApkkGALJJBgD/SQYADEoGAFhKBgBfSgYAsUoGALRKBgAKSwYAEksGAGNLBgBoSwYAvEsGAMlLBgAVTAYARUwGAG5MBgB2TAYA3tUTAMxMBgAgTQYAPE0GAHlNBgCBTQYAN9YTAAxOBgArTgYAUU4GAIROBgCtTgYA3U4GAA9PBgA2TwYAS08GAI9PBgCXTwYA6E8GAOtPBgBBUAYAXlAGAJpQBgCrUAYA81AGAPZQBgBMUQYAVlEGAKVRBgCnUQYA/lEGAAhSBgBXUgYAY1IGALBSBgDMUgYACVMGABFTBgCQ1hMAl1MGALtTBgC+UwYAFFQGADpUBgBtVAYAllQGAMZUBgDqVAYAH1UGACdVBgDp1hMAfVUGANFVBgDeVQYAKlYGADdWBgCDVgYAj1YGANxWBgDrVgYANVcGAD9XBgCOVwYAnFcGAOdXBgDsVwYAQFgGAE1YBgCZWAYAoVgGAPJYBgD8WAYAS1kGAFlZBgCkWQYAulkGAP1ZBgAJWgYAVloGAFtaBgCvWgYAuFoGAAhbBgASWwYAYVsGAH1bBgC6WwYAwlsGAELXEwAVXAYAbFwGAHpcBgDFXAYA1lwGAJvXEwAlXQYA9NcTAHxdBgDQXQYA2F0GACleBgA4XgYAgl4GAIheBgDbXgYA514GADRfBgA2XwYAjV8GAJdfBgDmXwYA8l8GAD9gBgBHYAYAptgTAJ1gBgDxYAYAAGEGAEphBgBqYQYAo2EGAK9hBgD8YQYABmIGAFViBgBdYgYArmIGALBiBgAHYwYAF2MGAGBjBgBqYwYAuWMGAMVjBgASZAYAGGQGAGtkBgBzZAYA/9gTAMlkBgAdZQYAJmUGAE09DQAqZQYAdmUGADNlBgB20xAAgGUGAPiWEACDZQYAz2UGANtlBgAoZgYAN2YGAIFmBgCLZgYA2mYGAOJmBgBkLAwA6GYGADNnBgBAZwYAjGcGAKNnBgDlZwYA7WcGAD5oBgBIaAYAl2gGAJxoBgDwaAYA+GgGAFjZEwBWaQYAomkGALBpBgD7aQYADmoGAFRqBgBcagYArWoGALBqBgAGawYAC2sGAF9rBgBuawYAuGsGANhrBgARbAYAHWwGAGpsBgB0bAYAw2wGAN9sBgAcbQYAJG0GALHZEwCIbQYAzm0GANRtBgAnbgYAM24GAIBuBgCKbgYA2W4GAN9uBgAybwYAQG8GAItvBgCXbwYA5G8GAOdvBgA9cAYAPnAGAJZwBgCicAYA73AGAPVwBgBIcQYATnEGAKFxBgCtcQYA+nEGABdyBgBTcgYAXHIGAKxyBgC4cgYABXMGAAhzBgBecwYAaHMGALdzBgDDcwYAEHQGABZ0BgBpdAYAb3QGAMJ0BgDHdAYAG3UGACF1BgAK2hMAgHUGAM11BgDPdQYAJnYGADV2BgB/dgYAinYGANh2BgDkdgYAMXcGADh3BgCKdwYAkncGAON3BgDtdwYAPHgGAEd4BgCVeAYAoXgGAO54BgD2eAYAFdsTAEl5BgCgeQYAs3kGAPl5BgABegYAUnoGAFh6BgCregYAt3oGAAR7BgAOewYAXXsGAGN7BgC2ewYAxHsGAA98BgAbfAYAaHwGAGt8BgDBfAYAyXwGABp9BgAbfQYAc30GAH99BgDMfQYA0n0GACV+BgAtfgYAfn4GAIR+BgDXfgYA434GADB/BgBNfwYAiX8GAJJ/BgDifwYA7n8GADuABgA+gAYAlIAGAJ6ABgDtgAYA9YAGAEaBBgBXgQYAn4EGAK2BBgD4gQYADoIGAFGCBgBfggYAqoIGALSCBgBu2xMAEoMGAFyDBgBngwYAtYMGAMGDBgAOhAYAFYQGAGeEBgBvhAYAwIQGAMqEBgAZhQYAJIUGAHKFBgB+hQYAy4UGANOFBgDH2xMAJoYGAH2GBgCQhgYA1oYGAN6GBgAvhwYANYcGAIiHBgCUhwYA4YcGAOuHBgA6iAYAQIgGAJOIBgChiAYA7IgGAPiIBgBFiQYASIkGAJ6JBgCmiQYA94kGAPiJBgBQigYAXIoGAKmKBgCvigYAAosGAAqLBgBbiwYAYYsGALSLBgDAiwYADYwGACqMBgBmjAYAb4wGAL+MBgDLjAYAGI0GABuNBgBxjQYAe40GAMqNBgDSjQYAI44GADSOBgB8jgYAio4GANWOBgDrjgYALo8GADyPBgCHjwYAkY8GAOCPBgDojwYAOZAGAFyQBgAg3BMAnZAGAOuQBgD5kAYARJEGAFORBgCdkQYAqJEGAPaRBgD+kQYAT5IGAF2SBgCokgYAq5IGAAGTBgAJkwYAedwTAHaTBgDS3BMAtZMGAAyUBgAZlAYAZZQGAHKUBgC+lAYAw5QGABeVBgAhlQYAcJUGAH+VBgDJlQYAzpUGACKWBgAvlgYAe5YGAIiWBgDUlgYA4JYGAC2XBgA8lwYAhpcGAJCXBgDflwYA65cGADiYBgA+mAYAkZgGAJeYBgDqmAYA75gGAEOZBgBJmQYAK90TAKGZBgBgvAYArZkGAPWZBgADmgYATpoGAFqaBgCnmgYAtJoGAACbBgAKmwYAWZsGAHWbBgCymwYAzpsGAITdEwANnAYAZJwGAHGcBgC9nAYAypwGABadBgAbnQYAb50GAHmdBgDInQYA150GACGeBgAmngYAep4GAIeeBgDTngYA4J4GACyfBgA4nwYAhZ8GAJSfBgDenwYA6J8GADegBgBDoAYAkKAGAJagBgDpoAYA76AGAEKhBgBHoQYAm6EGAKGhBgDd3RMAAKIGAE2iBgBUogYApqIGALSiBgD/ogYAAqMGAFijBgBgowYAsaMGALajBgAKpAYAF6QGAGOkBgBrpAYANt4TAMGkBgAVpQYAJKUGAG6lBgBwpQYAx6UGANilBgAgpgYAK6YGAHmmBgB+pgYA0qYGANWmBgArpwYANacGAISnBgCgpwYAj94TAOSnBgA2qAYARKgGAI+oBgCSqAYA6KgGAPeoBgBBqQYARqkGAJqpBgCnqQYA86kGAACqBgBMqgYAWKoGAKWqBgC0qgYA/qoGAAirBgBXqwYAZasGALCrBgC1qwYACawGABasBgBirAYAbqwGALusBgDOrAYAFK0GACOtBgBtrQYAea0GAMatBgDHrQYAH64GACmuBgB4rgYAhq4GANGuBgDWrgYAKq8GADevBgDo3hMAha8GANyvBgDqrwYANbAGAEawBgDz3xMAlbAGAEzgEwDssAYAQLEGAEixBgCZsQYAqLEGAPKxBgD3sQYAS7IGAFiyBgCksgYAsbIGAP2yBgAJswYAVrMGAGWzBgCvswYAubMGAP7gEwAKtAYAYbQGAHy0BgC6tAYAvLQGABO1BgAttQYAbLUGAHm1BgDFtQYA0bUGAB62BgAotgYAd7YGAJG2BgDQtgYA37YGACm3BgAutwYAgrcGAI+3BgDbtwYA6LcGADS4BgBAuAYAjbgGAJy4BgDmuAYA8LgGAD+5BgBLuQYAmLkGAKu5BgDxuQYAALoGAEq6BgBWugYAo7oGAKS6BgD8ugYABrsGAFW7BgBjuwYArrsGALO7BgAHvAYAFLwGAFfhEwBtvAYAubwGAMa8BgASvQYAHr0GAGu9BgB6vQYAxL0GAM69BgAdvgYAK74GAHa+BgB7vgYAz74GANy+BgAovwYANL8GAIG/BgCUvwYA2r8GAOm/BgAzwAYAP8AGAIzABgCNwAYA5cAGAO/ABgA+wQYATMEGAJfBBgCcwQYA8MEGAP3BBgCw4RMAVsIGAKLCBgCkwgYA+8IGABTDBgBUwwYAZcMGAK3DBgC5wwYABsQGAA7EBgC74hMAZMQGALjEBgDAxAYAEcUGACDFBgBqxQYAb8UGAMPFBgDQxQYAHMYGACnGBgB1xgYAgcYGAM7GBgDdxgYAJ8cGADHHBgAU4xMAk8cGANnHBgDoxwYAMsgGAD7IBgCLyAYAjMgGAOTIBgDuyAYAPckGAEvJBgCWyQYAm8kGAO/JBgD8yQYAbeMTAE3KBgChygYArsoGAPrKBgAHywYAU8sGAF/LBgCsywYAu8sGAAXMBgAPzAYAXswGAGzMBgC3zAYAvMwGABDNBgAdzQYAac0GAHHNBgB45BMAzs0GABvOBgArzgYAdM4GAH3OBgDNzgYA0M4GACbPBgAyzwYAf88GAIbPBgDR5BMA488GADHQBgAy0AYAitAGAKLQBgDj0AYA8NAGADzRBgBI0QYAldEGAJ/RBgDu0QYA8tEGAEfSBgBM0gYAoNIGAKbSBgD50gYAGdMGAFLTBgBq0wYAq9MGAMLTBgAE1AYAENQGAF3UBgBn1AYAttQGALjUBgAP1QYAFtUGAGjVBgBv1QYAwdUGAMfVBgAa1gYAJtYGAHPWBgB21gYAzNYGAM/WBgAl1wYAMdcGAH7XBgCB1wYAKuUTANzXBgAw2AYAONgGAInYBgCP2AYA4tgGAOfYBgA72QYARNkGAJTZBgCe2QYA7dkGAPnZBgBG2gYATtoGAIPlEwCk2gYA+NoGAADbBgBR2wYAXNsGAKrbBgCv2wYAA9wGAAbcBgBc3AYAZtwGANzlEwC93AYADt0GABLdBgBn3QYAad0GAMDdBgDD3QYAGd4GACHeBgBy3gYAf94GAMveBgDQ3gYAJN8GAC7fBgB93wYAhd8GANbfBgDX3wYAL+AGADTgBgCI4AYAi+AGAOHgBgDk4AYAOuEGAEjhBgCT4QYArOEGAOzhBgD94QYAReIGAFHiBgCe4gYApuIGADXmEwD84gYAUOMGAFjjBgCp4wYAuOMGAALkBgAH5AYAW+QGAGjkBgC05AYAweQGAA3lBgAZ5QYAZuUGAHXlBgC/5QYAyeUGABjmBgAg5gYAceYGAHvmBgDK5gYAz+YGACPnBgAr5wYAjuYTAIfnBgDV5wYA4ecGAC7oBgA26AYA5+YTAJPoBgDg6AYA5+gGADnpBgBH6QYAkukGAJXpBgDr6QYA8+kGAETqBgBH6gYAneoGAKnqBgD26gYA/OoGAE/rBgBq6wYAqOsGALTrBgAB7AYAB+wGAFrsBgB97AYAs+wGALbsBgAM7QYAMO0GAEDnEwBq7QYAvu0GAMvtBgAX7gYAJO4GAHDuBgB87gYAye4GANjuBgAi7wYALO8GAHvvBgCJ7wYA1O8GANnvBgAt8AYAOvAGAIbwBgCO8AYAmecTAOzwBgA48QYAQPEGAJHxBgCq8QYA6vEGAPDxBgBD8gYASPIGAJzyBgC88gYA9fIGAAHzBgBO8wYAW/MGAKfzBgCv8wYAAPQGAAP0BgBZ9AYAY/QGALL0BgC09AYAC/UGABX1BgBk9QYAcPUGAPLnEwDT9QYAFvYGACL2BgBv9gYAdPYGAMj2BgB39gYAE/YUANH2BgAh9wYAK/cGAHr3BgCC9wYAvxELAIb3BgDT9wYAnfcGAB1DCwDZ9wYALPgGAOb3BgARaw4AMvgGAIX4BgCK+AYA3vgGAOT4BgBL6BMARfkGAJD5BgCm+QYA6fkGAPX5BgBC+gYAR/oGAJv6BgCk+gYA9PoGAP76BgBN+wYAVfsGAKb7BgC1+wYA//sGAAT8BgBY/AYAZfwGALH8BgC+/AYACv0GABb9BgBj/QYAcv0GALz9BgDG/QYAFf4GACP+BgBu/gYAe/4GAMf+BgDe/gYAIP8GACj/BgB5/wYAg/8GANL/BgDX/wYAKwAHADMABwBW6RMAkAAHAN0ABwDjAAcANgEHAFEBBwCPAQcAmwEHAOgBBwDuAQcAr+kTAEcCBwAPLQ8AVAIHAJoCBwCpAgcA8wIHAP8CBwBMAwcATQMHAKUDBwCvAwcA/gMHAAwEBwBXBAcAXAQHALAEBwC9BAcACOoTAA4FBwBiBQcAagUHALsFBwC+BQcAFAYHAB0GBwBtBgcAfAYHAMYGBwDRBgcAHwcHACcHBwB4BwcAiAcHANEHBwDfBwcAKggHADsIBwCDCAcAjwgHANwIBwDkCAcAE+sTADsJBwCOCQcAlgkHAOcJBwDuCQcAQAoHAE4KBwCZCgcAnwoHAPIKBwD+CgcASwsHAFoLBwCkCwcArgsHAP0LBwACDAcAVgwHAFwMBwCvDAcAwwwHAAgNBwAQDQcAYQ0HAIsNBwC6DQcAww0HABMOBwAgDgcAbA4HAHoOBwDFDgcA2A4HAB4PBwA6DwcAbOsTAHwPBwDQDwcA3Q8HACkQBwA2EAcAghAHAI4QBwDbEAcA6hAHADQRBwA+EQcAjREHAJsRBwDmEQcA6xEHAD8SBwBMEgcAmBIHAKASBwDF6xMA/RIHAEoTBwBaEwcAoxMHAKwTBwD8EwcA/xMHAFUUBwBhFAcArhQHALUUBwAe7BMAMRUHAGAVBwBpFQcAuRUHAMYVBwASFgcAIBYHAGsWBwB+FgcAxBYHAOAWBwB37BMAKxcHAHYXBwCMFwcAzxcHANsXBwAoGAcALxgHAIEYBwCJGAcA2hgHAN8YBwAzGQcAPBkHAIwZBwCWGQcA0OwTAOYZBwA+GgcAShoHAJcaBwCdGgcA8BoHAPIaBwBJGwcAUxsHAKIbBwCwGwcA+xsHAAAcBwBUHAcAYRwHAK0cBwC1HAcABh0HABAdBwBfHQcAbR0HALgdBwDOHQcAER4HAB0eBwBqHgcAcR4HAMMeBwDLHgcAHB8HACEfBwB1HwcAfh8HAM4fBwDYHwcAKe0TAC0gBwCAIAcAhiAHANkgBwDeIAcAMiEHADghBwCC7RMAkCEHAOQhBwDxIQcAPSIHAEoiBwCWIgcAoiIHAO8iBwD+IgcASCMHAFIjBwChIwcAryMHAPojBwD/IwcAUyQHAGAkBwCsJAcAtCQHAI3uEwATJQcAXiUHAHQlBwC3JQcAwyUHABAmBwAVJgcAaSYHAHImBwDCJgcAzCYHAObuEwAnJwcAdCcHAIUnBwDNJwcA2ScHACYoBwA1KAcAfygHAIkoBwDYKAcA5igHADEpBwA2KQcAiikHAJcpBwDjKQcA7SkHADwqBwDvKQcADy4HAEoqBwCVKgcAqyoHAO4qBwD6KgcARysHAEwrBwCgKwcAqSsHAPkrBwADLAcAUiwHAF4sBwCrLAcAsSwHAAQtBwAKLQcAXS0HAGItBwC2LQcAvC0HAD/vEwAVLgcAaC4HAG4uBwDBLgcAxi4HABovBwAgLwcAmO8TAIEvBwDMLwcA4i8HACUwBwAxMAcAfjAHAIMwBwDXMAcA4DAHADAxBwA6MQcAiTEHAJUxBwDiMQcA9TEHADsyBwBKMgcAlDIHAKAyBwDtMgcA7jIHAEYzBwBQMwcAnzMHAK0zBwD4MwcA/TMHAFE0BwBeNAcA8e8TALk0BwADNQcAIzUHAFw1BwBoNQcAtTUHAL81BwAONgcAEzYHAGc2BwBoNgcAwDYHAMw2BwAZNwcAJjcHAHI3BwB+NwcAyzcHAN43BwAkOAcAMzgHAH04BwCJOAcA1jgHANc4BwAvOQcAOTkHAIg5BwCWOQcA4TkHAOY5BwA6OgcARzoHAErwEwCvOgcAo/ATAPI6BwBFOwcASzsHAJ47BwCjOwcA9zsHAP07BwD88BMAVTwHAKk8BwCsPAcAAj0HAA49BwBbPQcAYT0HALQ9BwDPPQcADT4HABk+BwBmPgcAbD4HAL8+BwDBPgcAGD8HADM/BwBxPwcAcz8HAMo/BwDYPwcAI0AHADRABwB8QAcAfkAHANVABwDuQAcALkEHAD9BBwCHQQcAk0EHAAfyEwDqQQcAOUIHAEdCBwCSQgcAqEIHAOtCBwD3QgcAREMHAElDBwCdQwcApkMHAPZDBwAARAcAT0QHAFdEBwCoRAcArUQHAAFFBwAQRQcAWkUHAGlFBwCzRQcAvEUHAAxGBwASRgcAZUYHAGtGBwC+RgcAykYHABdHBwAeRwcAcEcHAHhHBwDJRwcAy0cHACJIBwAySAcAe0gHAIVIBwDUSAcA4EgHAC1JBwAzSQcAhkkHAI5JBwBg8hMA60kHADhKBwBJSgcAkUoHAJ1KBwDqSgcA+UoHAENLBwBNSwcAnEsHAKpLBwD1SwcA+ksHAE5MBwBbTAcAp0wHAK9MBwAATQcACk0HAK9lBwAMTQcAWU0HAF9NBwCyTQcAuE0HAAtOBwAQTgcAZE4HAGpOBwC58hMAyU4HABZPBwAcTwcAb08HAIpPBwDITwcA1E8HACFQBwAnUAcAelAHAIJQBwDTUAcA1lAHACxRBwA4UQcAhVEHAJZRBwDeUQcA6lEHADdSBwBGUgcAkFIHAJpSBwDpUgcA91IHAEJTBwBHUwcAm1MHAKhTBwD0UwcA/FMHAE1UBwBXVAcAplQHALRUBwD/VAcAFVUHAFhVBwBkVQcAsVUHALZVBwAKVgcAE1YHAGNWBwBtVgcAxPMTAMJWBwAVVwcAG1cHAG5XBwB6VwcAx1cHANRXBwAgWAcAKlgHAHlYBwCBWAcA0lgHANxYBwArWQcAMFkHAIRZBwCFWQcA3VkHAOJZBwA2WgcAR1oHAI9aBwCUWgcA6FoHAP9aBwBBWwcAVVsHAJpbBwC2WwcA81sHAPtbBwAd9BMAVFwHAKVcBwCvXAcA/lwHABJdBwBXXQcAWF0HALBdBwC8XQcACV4HACVeBwBiXgcAal4HAHb0EwDEXgcAFF8HACJfBwBtXwcAI18HAIz3CwB3XwcAxl8HAMhfBwAfYAcAOGAHAHhgBwCJYAcA0WAHAN1gBwAqYQcAMmEHAM/0EwCPYQcA3GEHAOJhBwA1YgcAUGIHAI5iBwCaYgcA52IHAO1iBwBAYwcAQ2MHAJljBwChYwcA8mMHAAJkBwBLZAcAUGQHAKRkBwCtZAcA/WQHAAplBwBWZQcAXWUHACj1EwC9ZQcACGYHAB5mBwBhZgcAbWYHALpmBwC/ZgcAE2cHABxnBwBsZwcAdmcHAMVnBwDhZwcAHmgHACZoBwCB9RMAfGgHANBoBwDYaAcAKWkHACtpBwCCaQcAnWkHANtpBwDdaQcANGoHAEJqBwCNagcAnmoHAOZqBwDoagcAP2sHAFhrBwCYawcAqWsHAPFrBwD9awcASmwHAFJsBwDa9RMAr2wHAPxsBwACbQcAVW0HAHBtBwCubQcAum0HAAduBwANbgcAYG4HAGNuBwAz9hMA1m4HABJvBwATbwcAa28HAHpvBwDEbwcAyW8HAB1wBwAqcAcAdnAHAINwBwDPcAcA23AHAChxBwA3cQcAgXEHAItxBwDacQcA6HEHADNyBwA4cgcAjHIHAJlyBwDlcgcA8XIHAD5zBwBEcwcAl3MHAFFzBwDXiQcAnXMHAPBzBwD1cwcASXQHAE90BwCM9hMAp3QHAPt0BwAbdQcAVHUHAGB1BwCtdQcAs3UHAAZ2BwAOdgcAQ6QHAA92BwBfdgcAbHYHALh2BwC+dgcAEXcHAB13BwBqdwcAbHcHAMN3BwDSdwcAHHgHACd4BwB1eAcAd3gHAM54BwDneAcAJ3kHADh5BwCAeQcAjHkHANl5BwDleQcAMnoHAEV6BwCLegcAmnoHAOR6BwDwegcAPXsHAD57BwCWewcAoHsHAO97BwD9ewcASHwHAE18BwChfAcArnwHAOX2EwAHfQcAU30HAGd9BwCsfQcAyH0HAAV+BwAhfgcAPvcTAG1+BwC3fgcAuH4HABB/BwAffwcAaX8HAG5/BwDCfwcAz38HABuABwAogAcAdIAHAICABwDNgAcA3IAHACaBBwAwgQcAf4EHAI2BBwDYgQcA3YEHADGCBwA+ggcAioIHAJqCBwDjggcA5YIHADyDBwBKgwcAlYMHAKaDBwCX9xMA9YMHAPD3EwBMhAcAoIQHAK2EBwD5hAcABoUHAFKFBwBYhQcAq4UHALeFBwAEhgcAFIYHAF2GBwBmhgcAtoYHALmGBwAPhwcAG4cHAGiHBwBvhwcASfgTAM2HBwAaiAcAKogHAHOIBwB8iAcAzIgHAM+IBwAliQcAMYkHAH6JBwCFiQcAovgTAOaJBwAwigcAPIoHAImKBwCKigcA4ooHAOyKBwA7iwcASYsHAJSLBwCZiwcA7YsHAPqLBwD7+BMAS4wHAJ+MBwCujAcA+IwHABiNBwBRjQcAXY0HAKqNBwC0jQcAA44HAAuOBwBcjgcAaI4HALWOBwC7jgcADo8HABSPBwBnjwcAbI8HAMCPBwDGjwcABvoTAB6QBwBykAcAe5AHAMuQBwDckAcAJJEHACuRBwB9kQcAhZEHANaRBwDjkQcAL5IHADSSBwCIkgcAkpIHAOGSBwDpkgcAOpMHAEmTBwCTkwcAmJMHAOyTBwD5kwcARZQHAFKUBwCelAcAqpQHAPeUBwAGlQcAUJUHAFqVBwCplQcAsZUHAAKWBwAMlgcAW5YHAGCWBwC0lgcAvJYHABH7EwASlwcAZpcHAGmXBwC/lwcAyZcHAGr7EwAemAcAcZgHAHaYBwDKmAcA6pgHACOZBwAvmQcAfJkHAIKZBwDVmQcA2JkHAC6aBwAwmgcAh5oHAKKaBwDgmgcA4poHADmbBwBHmwcAkpsHAKObBwDrmwcA7ZsHAEScBwBdnAcAnZwHAK6cBwD2nAcAAp0HAMP7EwBfnQcAqJ0HAMidBwABngcAA54HAFqeBwBmngcAaZQRAGmeBwA2swcAdp4HAB7BBwCGngcAs54HALaeBwAMnwcAG58HAGWfBwBqnwcAvp8HAMufBwAXoAcAJKAHAHCgBwB8oAcAyaAHANigBwAioQcALKEHAHuhBwCJoQcA1KEHANmhBwAtogcAOqIHAIaiBwCSogcA36IHAOWiBwA4owcAPqMHAJGjBwCWowcA6qMHAPCjBwAc/BMAWaQHAJykBwCepAcA9aQHAAmlBwBOpQcAVqUHAKelBwC0pQcAAKYHAAWmBwBZpgcAY6YHALKmBwC6pgcAC6cHACSnBwBkpwcAcKcHAL2nBwDFpwcAdfwTADGoBwBvqAcAcagHAMioBwDWqAcAIakHADKpBwB6qQcAfKkHANOpBwDsqQcALKoHAD2qBwCFqgcAkaoHAM78EwDjqgcAN6sHAECrBwCQqwcAoasHAOmrBwDwqwcAQqwHAEqsBwCbrAcAqKwHAPSsBwD5rAcATa0HAFetBwCmrQcArq0HAP+tBwAYrgcAWK4HAGSuBwCxrgcAua4HAID9EwANrwcAY68HAG2vBwC8rwcAvq8HABWwBwAusAcAbrAHAH+wBwDHsAcA1bAHACCxBwAjsQcAebEHAISxBwDSsQcA3rEHACuyBwAysgcA2f0TAIWyBwDdsgcA+LIHADL+EwA7swcAj7MHAJyzBwDoswcA9bMHAEG0BwBNtAcAmrQHAKm0BwDztAcA/bQHAEy1BwBatQcApbUHAKq1BwD+tQcAC7YHAFe2BwBjtgcAsLYHALa2BwAJtwcAD7cHAGK3BwBntwcAu7cHAMG3BwCL/hMAIbgHAG24BwBvuAcAxrgHAN+4BwAfuQcAMLkHAHi5BwCEuQcA0bkHANm5BwCW/xMAL7oHAIO6BwCLugcA3LoHAPW6BwA1uwcAOrsHAI67BwCTuwcA57sHAPG7BwBAvAcAQ7wHAJm8BwCjvAcA8rwHAPi8BwBLvQcATb0HAKS9BwClvQcA/b0HAAW+BwBWvgcAZr4HAK++BwC1vgcACL8HAA2/BwBhvwcAd78HALq/BwDCvwcAE8AHAD3ABwBswAcAj8AHAMXABwDkwAcA7/8TACbBBwBIABQAiMEHANDBBwDewQcAKcIHADXCBwCCwgcAj8IHANvCBwDlwgcANMMHADzDBwCNwwcAmMMHAObDBwDowwcAP8QHAELEBwCYxAcAoMQHAPHEBwD3xAcASsUHAFPFBwCjxQcAsMUHAPzFBwAExgcAVcYHAFrGBwCuxgcAt8YHAAfHBwARxwcAYMcHAGjHBwC5xwcAvscHABLIBwAiyAcAa8gHAHPIBwDEyAcAxsgHAB3JBwA4yQcAdskHAHjJBwDPyQcA3ckHACjKBwA5ygcAgcoHAIPKBwDaygcA88oHADPLBwBEywcAjMsHAJjLBwDlywcA7csHAKEAFABEzAcAl8wHAJzMBwDwzAcAEM0HAEnNBwBVzQcAos0HAKjNBwD7zQcA/s0HAFTOBwBczgcArc4HALfOBwAGzwcAC88HAF/PBwBnzwcAuM8HAMLPBwAR0AcAE9AHAGrQBwB70AcAw9AHAOPQBwAc0QcAJNEHAHXRBwB/0QcAztEHANPRBwD6ABQAO9IHAIDSBwCI0gcA2dIHAN7SBwAy0wcAQtMHAIvTBwCT0wcA5NMHAO7TBwA91AcASNQHAJbUBwCi1AcA79QHAPfUBwBTARQAVNUHAKHVBwCt1QcA+tUHAAHWBwBT1gcAW9YHAKzWBwDF1gcABdcHAAvXBwBe1wcAY9cHALfXBwDX1wcAENgHABzYBwBp2AcAb9gHAMLYBwDF2AcArAEUAB3ZBwB02QcAKdkHANYKEwB32QcAzdkHANfZBwAm2gcANNoHAH/aBwCO2gcA2NoHANvaBwAx2wcA8NoHAD8dCAD02gcAIvoHAD3bBwCK2wcAjNsHAOPbBwDp2wcAPNwHAEvcBwCV3AcAoNwHAO7cBwD23AcA/18IAAjdBwBH3QcAU90HAKDdBwCz3QcA+d0HAAjeBwBS3gcAXt4HAKveBwCs3gcABN8HAA7fBwBd3wcAa98HALbfBwC73wcAD+AHABzgBwAFAhQAguAHAMHgBwDQ4AcAGuEHAB/hBwBz4QcAgOEHAMzhBwDZ4QcAJeIHADHiBwB+4gcAjeIHANfiBwDh4gcAMOMHAD7jBwCJ4wcAjuMHAOLjBwDv4wcAO+QHAEfkBwCU5AcAmuQHAO3kBwDz5AcARuUHAEvlBwCf5QcApeUHAF4CFAD55QcAUeYHAAHmBwDstAoABeYHAJacCgAH5gcAhGQIABjmBwDNMRAAXeYHAKrmBwCw5gcAGz0JALfmBwAD5wcABucHAFznBwBo5wcAtecHALfnBwAO6AcAFOgHAGfoBwB26AcAwOgHAMvoBwAZ6QcAGukHAHLpBwCG6QcAy+kHAOXpBwAk6gcAMOoHAH3qBwCQ6gcA1uoHAOXqBwAv6wcAO+sHAIjrBwCJ6wcA4esHAOvrBwA67AcASOwHAJPsBwCY7AcA7OwHAPnsBwC3AhQAX+0HAJ7tBwCt7QcA9+0HAPztBwBQ7gcAXe4HAKnuBwC27gcAAu8HAA7vBwBb7wcAau8HALTvBwC+7wcADfAHABvwBwBm8AcAa/AHAL/wBwDM8AcAGPEHACTxBwBx8QcAd/EHAMrxBwDQ8QcAI/IHACjyBwB88gcAgvIHABADFADj8gcALvMHAEnzBwCH8wcAlfMHAODzBwDt8wcAOfQHAFD0BwCS9AcAofQHAOv0BwDw9AcARPUHAFH1BwCd9QcAqvUHAPb1BwAC9gcAT/YHAF72BwCo9gcAsvYHAAH3BwAP9wcAWvcHAF/3BwCz9wcAwPcHAAz4BwAP+AcAZfgHAHH4BwC++AcAxPgHABf5BwAd+QcAcPkHAHX5BwDJ+QcAz/kHAGkDFAA++gcAwgMUAIH6BwDU+gcA1voHAC37BwA6+wcAhvsHAIn7BwDf+wcA4PsHADj8BwA9/AcAkfwHAJf8BwDq/AcA9PwHAEP9BwBf/QcAnP0HALj9BwAbBBQA+/0HAE7+BwBQ/gcAp/4HALT+BwAA/wcAA/8HAFn/BwBa/wcAsv8HALf/BwALAAgAEQAIAGQACABuAAgAvQAIANkACAAWAQgAMgEIAHQEFAB1AQgAyAEIAM4BCAAhAggAJgIIAHoCCACAAggAzQQUANUCCAAsAwgAOgMIAIUDCACWAwgA2AUUAOUDCAAxBhQAPAQIAJAECACYBAgA6QQIAO4ECABCBQgA+AQIAB4aCABDBQgAmwUIAKcFCAD0BQgAAQYIAE0GCABVBggApgYIALAGCAD/BggADgcIAFgHCABZBwgAsQcIALkHCAAKCAgAGQgIAGMICABoCAgAvAgIAMkICAAVCQgAIgkIAG4JCAB6CQgAxwkIANYJCAAgCggAKgoIAHkKCACHCggA0goIANcKCAArCwgAOAsIAIQLCACMCwgA3QsIAOcLCAA2DAgAOwwIAI8MCACXDAgA4wYUAO0MCABBDQgASg0IAHgSCABODQgAmg0IAKcNCADzDQgA/w0IAEwOCABbDggApQ4IAK8OCAD+DggADA8IAFcPCABcDwgAsA8IAL0PCAAJEAgAERAIADwHFABuEAgAuxAIAMsQCAAUEQgAHREIAG0RCABwEQgAxhEIANIRCAAfEggAJhIIAJUHFACJEggA0RIIANgSCAAqEwgANxMIAIMTCACiEwgA3BMIAOYTCAA1FAgAPRQIAI4UCACdFAgA5xQIAOwUCABAFQgATRUIAJkVCACmFQgA8hUIAP4VCABLFggAWhYIAKQWCACuFggA/RYIAAUXCABWFwgAYBcIAK8XCAC0FwgACBgIABAYCADuBxQAbRgIALoYCADAGAgAExkIAC4ZCABsGQgAeBkIAMUZCADLGQgARwgUACMaCAB3GggAhBoIANAaCADdGggAKRsIADUbCACCGwgAkRsIANsbCADlGwgAoAgUAD4cCACNHAgAkhwIAOYcCADuHAgA+QgUAEkdCACYHQgAnh0IAPEdCADzHQgASh4IAFceCACjHggAph4IAPweCAD9HggAVR8IAFofCACuHwgAtB8IAAcgCAARIAgAYCAIAHogCAC5IAgAyCAIABIhCAAXIQgAayEIAHghCADEIQgA0SEIAB0iCAApIggAdiIIAIUiCADPIggA2SIIACgjCAA2IwgAgSMIAIYjCADaIwgA5yMIADMkCAA9JAgASC4IAD8kCACMJAgAkiQIAOUkCADrJAgAPiUIAEMlCACXJQgAnSUIAFIJFAD1JQgASSYIAFYmCACiJggAryYIAPsmCAAHJwgAVCcIAGMnCACtJwgAtycIAAYoCAAUKAgAXygIAGQoCAC4KAgAxSgIABEpCAAZKQgAXQoUAHApCADDKQgAySkIABwqCAAhKggAdSoIAHsqCAC2ChQA0CoIACcrCAAwKwgAgCsIAIMrCADZKwgA5SsIADIsCAA5LAgAiywIAJMsCADkLAgA/SwIAD0tCABRLQgAli0IALItCADvLQgA9y0IAGgLFABWLggAoS4IALcuCAD6LggABi8IAFMvCABYLwgArC8IALUvCAAFMAgADzAIAF4wCAB6MAgAtzAIAL8wCADBCxQAFTEIAGkxCAB2MQgAwjEIAM8xCAAbMggAJzIIAHQyCACDMggAzTIIANcyCAAmMwgANDMIAH8zCACEMwgA2DMIAOUzCAAxNAgAOTQIABoMFACYNAgA4zQIAPk0CAA8NQgASDUIAJU1CACaNQgA7jUIAPc1CABHNggAUTYIAKA2CACoNggA+TYIAAg3CABSNwgAVDcIAKs3CAC0NwgABDgIAAc4CABdOAgAaTgIALY4CAC9OAgADzkIABc5CABoOQgAgTkIAME5CADVOQgAGjoIADY6CABzOggAezoIAHMMFADROggAJTsIADI7CAB+OwgAizsIANc7CADjOwgAMDwIAD88CACJPAgAkzwIAOI8CADsPAgAOz0IAEk9CACUPQgAqj0IAO09CAD5PQgARj4IAEs+CACfPggAqD4IAPg+CAACPwgAUT8IAF0/CACqPwgAsD8IAANACAAJQAgAXEAIAGFACAC1QAgAu0AIAMwMFAAaQQgAZ0EIAGtBCADAQQgAz0EIABlCCAAeQggAckIIAH9CCADLQggA2EIIACRDCAAwQwgAfUMIAIxDCADWQwgA4EMIAC9ECAA9RAgAiEQIAI1ECADhRAgA7kQIADpFCABGRQgAk0UIAJlFCADsRQgA8kUIAEVGCABKRggAnkYIAKRGCAAlDRQA/EYIAFBHCABXRwgAqUcIALVHCAACSAgABEgIAFtICAAFSAgARE4IAHZICAC0SAgAtkgIAA1JCAAbSQgAZkkIAHdJCAC/SQgAwUkIABhKCAAxSggAcUoIAIJKCADKSggA1koIACNLCAAvSwgAfEsIAI9LCADVSwgA5EsIAC5MCAA6TAgAh0wIAIhMCADgTAgA6kwIADlNCABHTQgAkk0IAJdNCADrTQgA+E0IAH4NFABGTggAnU4IALhOCAD2TggA+E4IAE9PCABdTwgAqE8IALlPCAABUAgAA1AIAFpQCABzUAgAs1AIAMRQCAAMUQgAGFEIAGVRCABxUQgAvlEIANFRCAAXUggAJlIIAHBSCAB8UggAyVIIAMpSCAAiUwgALFMIAHtTCACJUwgA1FMIANlTCAAtVAgAOlQIAIkOFACLVAgA31QIAOdUCAA4VQgAOlUIAJFVCACiVQgA6lUIAPhVCABDVggAXlYIAJxWCACoVggA9VYIAP1WCACUDxQAU1cIAKdXCACuVwgAAFgIAAxYCABZWAgAXFgIALJYCAC6WAgAC1kIABtZCABkWQgAaVkIAL1ZCADGWQgAFloIACNaCABvWggAdloIAMhaCADQWggA7Q8UAC5bCAB6WwgAglsIANNbCADnWwgALFwIADFcCACFXAgAjlwIAN5cCADkXAgAN10IAD9dCACQXQgAn10IAOldCAD6XQgAQl4IAEteCACbXggAnl4IAPReCAD+XggATV8IAFlfCACmXwgArF8IAEYQFAAMYAgAWGAIAF1gCACxYAgAuGAIAAphCAAWYQgAY2EIAGthCACfEBQA12EIABViCAAXYggAbmIIAHxiCADHYggA2GIIACBjCAAiYwgAeWMIAJJjCADSYwgA42MIACtkCAA3ZAgA+BAUAJNkCADdZAgA5mQIADZlCAA8ZQgAj2UIAJVlCADoZQgA9GUIAEFmCABIZggAmmYIAKJmCADzZggA92YIAExnCABXZwgApWcIALNnCAD+ZwgAD2gIAFdoCABjaAgAsGgIALhoCABRERQADGkIAGJpCABsaQgAu2kIAL1pCAAUaggALWoIAG1qCAB+aggAxmoIANRqCAAfawgAImsIAHhrCACDawgA0WsIAN9rCAAqbAgAN2wIAINsCACabAgA3GwIAORsCAA1bQgAN20IAI5tCACWbQgA520IAPZtCABAbggARW4IAJluCACmbggA8m4IAP9uCABLbwgAV28IAKRvCACzbwgA/W8IAAdwCABWcAgAZHAIAK9wCAC0cAgACHEIABVxCABhcQgAaXEIALpxCADEcQgAE3IIABhyCABscggAdHIIAMVyCADIcggAHnMIADtzCAB3cwgAiHMIANBzCADYcwgAKXQIACx0CACCdAgAjnQIANt0CADhdAgANHUIAE91CACNdQgAmXUIAOZ1CADsdQgAqhEUAE52CACYdggAmXYIAPF2CAAqdwgASncIAFh3CACjdwgApHcIAPx3CAAEeAgAVXgIAGR4CACueAgAs3gIAAd5CAAUeQgAYHkIAG15CAC5eQgAxXkIABJ6CAAheggAa3oIAHV6CADEeggA0noIAB17CAAiewgAdnsIAIN7CADPewgA13sIACh8CAAyfAgAgXwIAIZ8CADafAgA4nwIADN9CAA9fQgAjH0IAJd9CADlfQgA8X0IAD5+CABGfggAAxIUAJx+CADwfggA834IAEl/CABTfwgAon8IAKp/CABcEhQACYAIAFSACABqgAgArYAIALmACAAGgQgAC4EIAF+BCABogQgAuIEIAMKBCAARgggAGYIIAGqCCAB2gggAw4IIANaCCAAcgwgAHYMIAHWDCACDgwgAzoMIANSDCAAnhAgAM4QIAICECACHhAgAtRIUANqECAAyhQgAPoUIAIuFCACYhQgA5IUIAOyFCAA9hggAR4YIAJaGCAClhggA74YIAPCGCABIhwgAUIcIAKGHCACwhwgA+ocIAP+HCABTiAgAYIgIAKyICAC5iAgABYkIABGJCABeiQgAbYkIALeJCADBiQgAEIoIAB6KCABpiggAbooIAMKKCADPiggAG4sIACOLCAB0iwgAeIsIAM2LCADbiwgAJowIADCMCAB/jAgAiowIANiMCADgjAgAMY0IADyNCACKjQgAj40IAOONCADmjQgAPI4IAEaOCACVjggAnY4IAO6OCAANjwgADhMUAFaPCACgjwgAoY8IAPmPCAABkAgAUpAIAFOQCACrkAgAsZAIAASRCAAJkQgAXZEIAHiRCAC2kQgAxJEIAA+SCAAWkggAaJIIAHSSCADBkggAx5IIABqTCAA2kwgAc5MIAHuTCABnExQA0pMIACWUCAArlAgAfpQIAIOUCADXlAgA3ZQIAMATFAA1lQgAiZUIAJCVCADilQgA7pUIADuWCABDlggAchQUAKeWCADtlggAH5cIAEaXCABIlwgAUZgIAH2XCACflwgAxJcIAPiXCAD/lwgAJBUUADOYCADLFBQAYZgIAKqYCADlmAgAfRUUAAyZCABXUQ4ADZkIAJjOEAAgmQgAXJkIACOZCAAw4g8AbZkIALWZCAC9mQgADpoIABGaCABnmggAc5oIAMCaCADGmggAGZsIADSbCABymwgAfpsIAMubCADRmwgAJJwIACycCAB9nAgAmZwIANacCADenAgA1hUUAD6dCACInQgAiZ0IAOGdCADpnQgAOp4IADueCACTnggAmZ4IAOyeCADxnggARZ8IAGCfCACenwgArJ8IAPefCAD+nwgAUKAIAFygCACpoAgAr6AIAAKhCAAeoQgAW6EIAGOhCAAvFhQAuqEIAA2iCAAToggAZqIIAGuiCAC/oggAxaIIAIgWFAAdowgAcaMIAHijCADKowgA1qMIACOkCAArpAgAOhcUAI+kCADVpAgAB6UIAC6lCAAwpQgAOaYIAGWlCACHpQgArKUIAOClCADnpQgA7BcUABumCACTFxQASaYIAJKmCADNpggARRgUAO2mCABEpwgARacIAJ2nCACnpwgA9qcIAASoCABPqAgAaqgIAKioCAC0qAgAAakIAAmpCACeGBQAZqkIALOpCAC5qQgADKoIACeqCABlqggAcaoIAL6qCADEqggAF6sIAB+rCABwqwgAfqsIAMmrCADMqwgAIqwIACqsCAB7rAgAhKwIANSsCADhrAgALa0IAC+tCACGrQgAoa0IAN+tCADhrQgAOK4IAEauCACRrggAoq4IAOquCADsrggAQ68IAFyvCACcrwgAra8IAPWvCAABsAgATrAIAFawCAD3GBQArbAIAACxCAAIsQgAWbEIAGCxCACysQgAt7EIAAuyCAAXsggAZLIIAGeyCAC9sggAxbIIABazCAAjswgAb7MIAHSzCADIswgA0rMIACG0CAAptAgAerQIAIa0CADTtAgA5rQIACy1CAA6tQgAhbUIAIi1CADetQgA6LUIAFAZFAA6tggAkLYIAJi2CADptggA7LYIAEK3CABOtwgAm7cIAKG3CAD0twgAD7gIAE24CABZuAgAprgIAKy4CAD/uAgAB7kIAFi5CABmuQgAsbkIALS5CAAKuggAEroIAGO6CABsuggAvLoIAMm6CAAVuwgAF7sIAG67CACJuwgAx7sIAMm7CAAgvAgALrwIAHm8CACKvAgA0rwIANS8CAArvQgARL0IAIS9CACVvQgA3b0IAOm9CAA2vggAPr4IAKkZFACVvggA6L4IAPC+CABBvwgASL8IAJq/CACfvwgA878IAP+/CABMwAgAT8AIAKXACACtwAgA/sAIAAvBCABXwQgAXMEIALDBCAC6wQgACcIIABHCCABiwggAbsIIALvCCADOwggAFMMIACLDCABtwwgAcMMIAMbDCADQwwgAAhoUACLECAB4xAgAhMQIANHECADXxAgAKsUIAEXFCACDxQgAj8UIANzFCADixQgANcYIAD3GCACOxggAnMYIAOfGCADqxggAQMcIAEjHCACZxwgAoscIAPLHCAD/xwgAS8gIAE3ICACkyAgAv8gIAP3ICAD/yAgAVskIAGTJCACvyQgAwMkIAAjKCAAKyggAYcoIAHrKCAC6yggAy8oIABPLCAAfywgAbMsIAHTLCABbGhQAy8sIAB7MCAAmzAgAd8wIAH7MCADQzAgA1cwIACnNCAA1zQgAgs0IAIXNCADbzQgA480IADTOCABBzggAjc4IAJLOCADmzggA8M4IAD/PCABHzwgAmM8IAKTPCADxzwgABNAIAErQCABY0AgAo9AIAKbQCAD80AgABtEIALQaFABd0QgADRsUALzRCAAH0ggAGNIIAGDSCABs0ggAudIIAMHSCABmGxQAF9MIAGvTCAB10wgAxNMIAMzTCAAd1AgALdQIAHbUCAB71AgAz9QIANjUCAAo1QgANdUIAIHVCACI1QgAvxsUANzVCAAz1ggA39UIACbwCQDj1QgA1rESAObVCADJAxEA6NUIAGVnCgA91ggAk6gRAETWCACM1ggAndYIAOXWCADz1ggAPtcIAFrXCACX1wgAs9cIABgcFAD+1wgASdgIAFbYCACi2AgAudgIAPvYCAAH2QgAVNkIAFrZCACt2QgAs9kIAAbaCAAL2ggAX9oIAGXaCABxHBQAztoIABHbCAAg2wgAatsIAD3bCACh4AgAbNsIAMPbCADS2wgAHNwIACfcCAB13AgAgdwIAM7cCADR3AgAJ90IANXcCAC26ggA6twIABvkCAAz3QgAgN0IAIbdCADZ3QgA9N0IADLeCAA+3ggAi94IAJHeCADk3ggA8N4IAD3fCABD3wgAlt8IAJzfCADv3wgA9N8IAEjgCABO4AgAyhwUAKTgCAD64AgAFuEIAFPhCABb4QgA1R0UALjhCAAF4ggAC+IIAF7iCAB54ggAt+IIAMPiCAAQ4wgAFuMIAGnjCABx4wgAwuMIAOPjCAAuHhQAI+QIAIceFAB55AgAzeQIANrkCAAm5QgAM+UIAH/lCACL5QgA2OUIAOflCAAx5ggAO+YIAIrmCACS5ggA4+YIAO3mCAA85wgASucIAJXnCACr5wgA7ucIAPrnCABH6AgATOgIAKDoCACp6AgA+egIAAPpCABS6QgAWukIAKvpCAC16QgABOoIAAnqCABd6ggAZeoIAOAeFADC6ggAD+sIACLrCABo6wgAd+sIAMHrCADN6wgAGuwIABvsCABz7AgAfewIAMzsCADa7AgAJe0IACrtCAB+7QgAi+0IADkfFADi7QgAMO4IADzuCACJ7ggAj+4IAOLuCADu7ggAO+8IAEPvCABEIBQAl+8IAO3vCAD17wgARvAIAFPwCACf8AgApPAIAPjwCAAA8QgAUfEIAFPxCACq8QgAxfEIAAPyCAAF8ggAXPIIAGryCAC18ggAxvIIAA7zCAAQ8wgAZ/MIAIDzCADA8wgA0fMIABn0CAAl9AgAcvQIAHr0CACdIBQA0PQIACT1CAAx9QgAffUIAIr1CADW9QgA4vUIAC/2CAA+9ggAiPYIAJL2CADh9ggA7/YIADr3CAA/9wgAk/cIAKD3CADs9wgA9PcIAEX4CABH+AgAnvgIAKj4CAD3+AgA//gIAPYgFABb+QgAqfkIALf5CAAC+ggABfoIAFv6CABj+ggAtPoIAMr6CAAN+wgAEvsIAGb7CAB8+wgAv/sIAMv7CAAY/AgAJfwIAHH8CAB7/AgATyEUAMz8CAAj/QgAMf0IAHz9CACN/QgAqCEUANv9CAAu/ggAOv4IAAEiFACJ/ggA4P4IAOb+CAA5/wgAWf8IAJL/CACe/wgA6/8IAPL/CABEAAkATAAJAJ0ACQCkAAkA9gAJAAIBCQBPAQkAUQEJAKgBCQCvAQkAWiIUAAQCCQBaAgkAYgIJALMCCQDDAgkADAMJAA4DCQBlAwkAcwMJAL4DCQDPAwkAsyIUAB4ECQAMIxQAfQQJAMkECQDQBAkAIgUJACoFCQB7BQkAiQUJANQFCQDXBQkALQYJADUGCQCGBgkAjQYJAN8GCQDtBgkAOAcJADsHCQCRBwkAkwcJAOoHCQADCAkAQwgJAFQICQCcCAkAqAgJAPUICQD8CAkATgkJAFYJCQCnCQkAsAkJAAAKCQANCgkAWQoJAGMKCQCyCgkAwAoJAAsLCQAcCwkAZAsJAGwLCQC9CwkAxwsJABYMCQAkDAkAbwwJAIUMCQDIDAkA1AwJACENCQAoDQkAeg0JAIINCQDTDQkA2Q0JACwOCQA4DgkAhQ4JAI8OCQDeDgkA5A4JADcPCQBLDwkAviMUAJ4PCQDpDwkAAhAJAEIQCQBYEAkAmxAJAKoQCQD0EAkADhEJAE0RCQBQEQkAhBYJAFgRCQC7GwkAXBEJAKYRCQCrEQkA/xEJAAwSCQBYEgkAZRIJALESCQC9EgkAChMJABkTCQBjEwkAbRMJALwTCQDKEwkAFRQJABoUCQBuFAkAexQJAMcUCQDTFAkAIBUJACYVCQB5FQkAfxUJANIVCQDXFQkAKxYJADEWCQAXJBQAkBYJAN0WCQDjFgkANhcJAFEXCQCPFwkAmxcJAOgXCQDuFwkAQRgJAEgYCQCaGAkAnxgJAFcaCQCmGAkA8xgJAPUYCQBMGQkAUxkJAKUZCQDBGQkA/hkJAAYaCQAiJRQAWxoJALAaCQC9GgkACRsJACUbCQBiGwkAahsJAHslFADAGwkAFBwJABccCQBtHAkAdxwJAMYcCQDXHAkAHx0JACQdCQB4HQkAfR0JANEdCQDxHQkAKh4JADMeCQCDHgkAhB4JANweCQDoHgkANR8JADsfCQCOHwkAlB8JAOcfCQDsHwkAQCAJAEYgCQDUJRQAmiAJAPIgCQD+IAkASyEJAFghCQCkIQkArCEJAP0hCQAGIgkAViIJAGMiCQCvIgkAvSIJAAgjCQAbIwkAYSMJAGkjCQC6IwkAvSMJABMkCQAYJAkAbCQJAHskCQDFJAkA5SQJAB4lCQAqJQkAdyUJAIElCQDfJhQA2iUJACkmCQArJgkAgiYJAIwmCQDbJgkA5CYJADQnCQA3JwkAjScJAJUnCQDmJwkAHigJADgnFABLKAkAmCgJAKcoCQDxKAkAESkJAEopCQBWKQkAoykJAKopCQD8KQkAASoJAFUqCQBWKgkArioJALoqCQAHKwkADSsJAGArCQBiKwkAuSsJAMMrCQASLAkAICwJAGssCQBwLAkAxCwJANEsCQAdLQkAJy0JAHYtCQCELQkAzy0JAOUtCQAoLgkANC4JAIEuCQCGLgkA2i4JAOMuCQAzLwkAPS8JAIwvCQCYLwkA5S8JAPgvCQA+MAkATTAJAJcwCQCjMAkA8DAJAPEwCQBJMQkAUzEJAKIxCQCwMQkA+zEJAAAyCQBUMgkAYTIJAJEnFAC7MgkABjMJABwzCQBfMwkAazMJALgzCQC/MwkAETQJABk0CQBqNAkAbzQJAMM0CQDMNAkAHDUJACY1CQB1NQkAfTUJAM41CQDSNQkAJzYJACk2CQCANgkAjjYJANk2CQDjNgkAMjcJAEA3CQCLNwkAmDcJAOQ3CQD7NwkAPTgJAEU4CQCWOAkApjgJAO84CQD0OAkASDkJAE45CQChOQkAqTkJAPo5CQD/OQkAUzoJAFQ6CQCsOgkAuDoJAAU7CQALOwkAXjsJAGA7CQC3OwkAwTsJABA8CQAePAkAaTwJAG48CQDCPAkAzzwJAJwoFAAdPQkAdD0JAH49CQDNPQkA2z0JACY+CQArPgkAfz4JAIw+CQDYPgkA2j4JALEoCwDiPgkAMT8JAD8/CQCKPwkAoD8JAOM/CQDvPwkAPEAJAEFACQCVQAkAnkAJAO5ACQD4QAkAR0EJAFNBCQCgQQkAs0EJAPlBCQAIQgkAUkIJAF5CCQCrQgkArEIJAARDCQAOQwkAXUMJAGtDCQC2QwkAu0MJAA9ECQAcRAkA9SgUAHFECQDBRAkAy0QJABpFCQAcRQkAc0UJAH1FCQDMRQkA2EUJACVGCQAtRgkAACoUAH9GCQDXRgkA40YJADBHCQA2RwkAiUcJAItHCQDiRwkA7EcJADtICQBJSAkAlEgJAJlICQDtSAkA+kgJAEZJCQBOSQkAn0kJAKlJCQD4SQkABkoJAFFKCQBnSgkAqkoJALZKCQADSwkACksJAFxLCQBkSwkAtUsJALpLCQAOTAkAF0wJAGdMCQBxTAkAwEwJANVMCQAZTQkAIk0JAHJNCQB/TQkAy00JAM1NCQAkTgkAPU4JAH1OCQCOTgkA1k4JAOJOCQAvTwkAN08JAFkqFACNTwkA4U8JAOlPCQA6UAkAUFAJAJNQCQCYUAkA7FAJAPNQCQBFUQkAU1EJAJ5RCQCuUQkA91EJAAtSCQBQUgkAWFIJAKlSCQC4UgkAAlMJAAdTCQBbUwkAZFMJALRTCQDBUwkADVQJABdUCQBmVAkAclQJAL9UCQDFVAkAsioUACZVCQBxVQkAh1UJAMpVCQDWVQkAI1YJAChWCQB8VgkAhVYJANVWCQDfVgkALlcJADZXCQCHVwkAi1cJAOBXCQDiVwkAOVgJAEdYCQCSWAkAnFgJAOtYCQD5WAkARFkJAFFZCQCdWQkAtFkJAPZZCQD+WQkAT1oJAF9aCQCoWgkArVoJAAFbCQAHWwkAWlsJAGJbCQCzWwkAzlsJAAxcCQAOXAkAZVwJAHZcCQC+XAkAx1wJABddCQAjXQkACysUAHVdCQDJXQkAzF0JACJeCQAsXgkAe14JAH1eCQDUXgkA714JAC1fCQAvXwkAhl8JAJRfCQDfXwkA8F8JADhgCQA6YAkAkWAJAKpgCQDqYAkA+2AJAENhCQBPYQkAZCsUALlhCQD1YQkABmIJAE5iCQBqYgkAp2IJAK9iCQC9KxQABWMJAFljCQBhYwkAsmMJAL1jCQALZAkAEGQJAGRkCQBnZAkAvWQJAMdkCQAWZQkAGWUJAG9lCQB3ZQkAyGUJAMplCQAhZgkAPGYJAHpmCQB8ZgkA02YJAOFmCQAsZwkAPWcJAIVnCQCHZwkA3mcJAPdnCQA3aAkASGgJAJBoCQCcaAkA6WgJAPFoCQAWLBQAT2kJAJtpCQCjaQkA9GkJAP5pCQBNagkAWGoJAKZqCQCyagkA/2oJAAdrCQBvLBQAXWsJALFrCQC2awkACmwJABtsCQDILBQAcGwJALxsCQC+bAkAFW0JAC5tCQBubQkAf20JAMdtCQDTbQkAIG4JAChuCQAhLRQAfm4JANJuCQDabgkAK28JADpvCQCEbwkAim8JAN1vCQDpbwkANnAJADhwCQCPcAkAmXAJAOhwCQD0cAkAQXEJAElxCQB6LRQApnEJAPNxCQD2cQkATHIJAE9yCQClcgkAs3IJAP5yCQADcwkAV3MJAGRzCQDTLRQAwXMJAAl0CQARdAkAYnQJABZ0CQAefgkAbXQJALt0CQDAdAkAFHUJABd1CQBtdQkAd3UJAMZ1CQDpdQkAH3YJACJ2CQB4dgkAnHYJANF2CQDZdgkALC4UADB3CQCDdwkAkXcJANx3CQDodwkANXgJADx4CQCOeAkAlngJAOd4CQD3eAkAQHkJAEV5CQCZeQkAn3kJAPJ5CQD6eQkAS3oJAGh6CQCkegkArXoJAP16CQAJewkAVnsJAFx7CQCvewkAw3sJAAh8CQAQfAkAYXwJAHF8CQC6fAkAvHwJABN9CQAhfQkAbH0JAH19CQCFLhQAzH0JAN4uFAAjfgkAd34JAH5+CQDQfgkA3H4JACl/CQAsfwkAgn8JAJJ/CQDbfwkA3X8JADSACQBCgAkAjYAJAJ6ACQA3LxQA7YAJAJAvFABSgQkAmIEJAKeBCQDxgQkA/YEJAEqCCQBLggkAo4IJAK2CCQD8ggkACoMJAFWDCQBagwkAroMJALuDCQDpLxQADIQJAGCECQBphAkAuYQJAMqECQAShQkAGYUJAGuFCQBzhQkAxIUJANGFCQAdhgkAIoYJAHaGCQCAhgkAz4YJANeGCQAohwkALocJAIGHCQCNhwkA2ocJANyHCQAziAkAQogJAIyICQCXiAkA5YgJAO2ICQA+iQkAQIkJAJeJCQCkiQkA8IkJAASKCQBJigkAUYoJAKKKCQCxigkA+4oJAACLCQBUiwkAYYsJAK2LCQC3iwkABowJAAiMCQBfjAkAbowJALiMCQDCjAkAEY0JABmNCQBqjQkAa40JAMONCQDIjQkAHI4JACqOCQB1jgkAgo4JAM6OCQDYjgkA9DAUACqPCQCAjwkAjI8JAH6fCQCcjwkA2Y8JAOGPCQBNMRQAN5AJAIuQCQCTkAkA5JAJAOeQCQA9kQkASZEJAJaRCQCckQkA75EJAAqSCQBIkgkAVJIJAKGSCQCnkgkA+pIJAP2SCQBTkwkAW5MJAKyTCQCukwkABZQJACCUCQBelAkAYJQJALeUCQDFlAkAEJUJACGVCQBplQkAa5UJAMKVCQDblQkAG5YJACyWCQB0lgkAgJYJAM2WCQDVlgkApjEUACuXCQB/lwkAhZcJANiXCQDglwkAMZgJAECYCQCKmAkAj5gJAOOYCQDwmAkAPJkJAEmZCQCVmQkAoZkJAO6ZCQD9mQkAR5oJAFGaCQCgmgkArpoJAPmaCQD+mgkAUpsJAF+bCQD/MRQAt5sJAAScCQAKnAkAXZwJAHicCQC2nAkAwpwJAA+dCQAVnQkAaJ0JAGudCQDBnQkAzZ0JABqeCQAgngkAc54JAHmeCQDMngkA0Z4JACWfCQArnwkAWDIUAISfCQDXnwkA3Z8JADCgCQA1oAkAiaAJAI+gCQCxMhQA56AJADuhCQBIoQkAlKEJAKGhCQDtoQkA+aEJAEaiCQBVogkAn6IJAKmiCQD4ogkABqMJAFGjCQBWowkAqqMJALejCQADpAkAG6QJAFykCQBipAkAtaQJAMGkCQAOpQkAHqUJAGelCQBwpQkAwKUJAMOlCQAZpgkAJaYJAHKmCQB5pgkAvDMUAM2mCQAkpwkALqcJAH2nCQCApwkA1qcJAN6nCQAvqAkAMqgJAIioCQCUqAkA4agJAOeoCQA6qQkAVakJAJOpCQCfqQkA7KkJAPKpCQAVNBQAZaoJAJ6qCQCpqgkA96oJAPyqCQBQqwkAWasJAKmrCQCsqwkAAqwJAA6sCQBbrAkAZ6wJAHu3CQBzrAkAtKwJALusCQANrQkAE60JAGatCQB0rQkAv60JANqtCQAYrgkAJK4JAHGuCQB3rgkAyq4JAOSuCQAjrwkAL68JAHyvCQCCrwkA1a8JANuvCQAusAkAM7AJAIewCQCNsAkAbjQUAO2wCQA5sQkARbEJAJKxCQCcsQkA67EJAO+xCQBEsgkASbIJAJ2yCQCjsgkA9rIJABazCQBPswkAW7MJAKizCQCuswkAAbQJAAe0CQBatAkAX7QJALO0CQC5tAkAIDUUABG1CQBltQkAbLUJAL61CQDKtQkAF7YJADO2CQBwtgkAeLYJACs2FADytgkAIrcJAEi3CQCENhQAjrcJANS3CQDjtwkALbgJADm4CQCGuAkAh7gJAN+4CQDpuAkAOLkJAEa5CQCRuQkAlrkJAOq5CQD3uQkA3TYUAEu6CQDoNxQAoboJAPW6CQACuwkATrsJAFu7CQCnuwkAs7sJAAC8CQAPvAkAWbwJAGO8CQCyvAkAwLwJAAu9CQAQvQkAZL0JAHG9CQC9vQkAxb0JAEE4FAAivgkAb74JAH++CQDIvgkA0b4JACG/CQAkvwkAer8JAIa/CQDTvwkA2r8JAJo4FAA3wAkAhcAJAJHACQDewAkA5sAJAPM4FABEwQkAkMEJAJfBCQDpwQkA6sEJAELCCQBHwgkAm8IJAKnCCQD0wgkAAcMJAE3DCQBXwwkApsMJAK7DCQD/wwkACMQJAFjECQBexAkAscQJAMLECQAKxQkAJsUJAGPFCQBrxQkATDkUAMfFCQAVxgkAH8YJAG7GCQB4xgkAx8YJAMjGCQClORQAJccJAHnHCQCGxwkA0scJAN/HCQAryAkAN8gJAITICQCTyAkA3cgJAOfICQA2yQkAPskJAI/JCQCZyQkA6MkJAO3JCQBBygkAScoJAP45FAClygkA88oJAP/KCQBMywkAVMsJAFc6FACqywkA/ssJAA3MCQBXzAkAd8wJALDMCQC8zAkACc0JAA/NCQBizQkAas0JALvNCQDCzQkAFM4JABbOCQBtzgkAec4JAMbOCQDczgkAH88JACTPCQB4zwkAhc8JALA6FADWzwkAKtAJADnQCQCD0AkAo9AJANzQCQDo0AkANdEJADvRCQCO0QkAltEJAOfRCQDu0QkAQNIJAELSCQCZ0gkApdIJAPLSCQAI0wkAS9MJAFDTCQCk0wkAsdMJAP3TCQAF1AkAVtQJAFzUCQCv1AkAuNQJAAjVCQAV1QkAYdUJAG7VCQC61QkAyNUJABPWCQAg1gkAbNYJAIPWCQDF1gkA9dYJAAk7FAAk1wkAd9cJACvXCQAfHBEAjdcJANDXCQDe1wkAKdgJACzYCQCC2AkAhdgJANvYCQDp2AkANNkJADnZCQCN2QkAmtkJAObZCQDu2QkAP9oJAEbaCQCY2gkApNoJAPHaCQD+2gkAStsJAFjbCQCj2wkAr9sJAPzbCQAD3AkAVdwJAF3cCQCu3AkAstwJAAfdCQAS3QkAYN0JAG7dCQC53QkAyt0JABLeCQAe3gkAa94JAHPeCQBiOxQAyt4JAB3fCQAx3wkAdt8JAITfCQDP3wkA3N8JACjgCQA/4AkAgeAJAIngCQDa4AkA5OAJADPhCQA44QkAjOEJAJThCQDl4QkA9OEJAD7iCQBD4gkAl+IJAKTiCQDw4gkA/eIJAEnjCQBV4wkAouMJALHjCQD74wkABeQJAFTkCQBc5AkAreQJALfkCQAG5QkAC+UJAF/lCQBn5QkAuzsUAMPlCQAR5gkAHeYJAGrmCQBy5gkAFDwUAMjmCQAc5wkAK+cJAHXnCQCV5wkAzucJANrnCQAn6AkALegJAIDoCQCI6AkA2egJAODoCQAy6QkANOkJAIvpCQCX6QkA5OkJAPrpCQA96gkAQuoJAJbqCQCj6gkAbTwUAPjqCQBI6wkATusJAKHrCQCv6wkA+usJAAfsCQBT7AkAauwJAKzsCQC07AkABe0JABTtCQBe7QkAY+0JALftCQDE7QkAEO4JAB3uCQBp7gkAde4JAMLuCQDR7gkAG+8JACXvCQB07wkAkO8JAM3vCQDV7wkAxjwUADPwCQBHgw8ANfAJAH/wCQCJ8AkAQgQQAJ/wCQDY8AkA5PAJADHxCQA38QkAivEJAJLxCQASNwoAlvEJAOPxCQCk8QkAICAKAPbxCQA88gkAS/IJAJXyCQCh8gkA7vIJAO/yCQBH8wkAUfMJAKDzCQCu8wkA+fMJAP7zCQBS9AkAX/QJAB89FACx9AkABPUJAAr1CQBd9QkAYvUJALb1CQC89QkAKj4UABr2CQBo9gkAdvYJAMH2CQDS9gkAGvcJACb3CQBz9wkAe/cJANw+FADY9wkAJfgJAC/4CQB++AkAjfgJANf4CQDi+AkAMPkJAD75CQCJ+QkAlvkJAOL5CQD5+QkAO/oJAEP6CQCU+gkAl/oJAO36CQD5+gkARvsJAEz7CQCf+wkAuvsJAPj7CQAE/AkAUfwJAFf8CQCq/AkAsvwJAAP9CQAF/QkAXP0JAF39CQC1/QkAw/0JAA7+CQAW/gkAZ/4JAIL+CQDA/gkAzP4JABn/CQAf/wkAcv8JAHX/CQDL/wkA2f8JACQACgApAAoAfQAKAIoACgDWAAoA8gAKAC8BCgA3AQoANT8UAJUBCgAhARAAmQEKAOEBCgCbAQoAK2MQAO0BCgA6AgoARwIKAJMCCgCYAgoA7AIKAPYCCgBFAwoAVQMKAJ4DCgCjAwoA9wMKAAAECgBQBAoAXQQKAKkECgCwBAoAAgUKAA4FCgBbBQoAYQUKALQFCgC6BQoADQYKABIGCgBmBgoAbAYKAI4/FADLBgoAGAcKAB4HCgBxBwoAdwcKAMoHCgDXBwoAIwgKACgICgB8CAoAhAgKANUICgAHCQoALgkKAFkJCgCHCQoAjwkKAOAJCgDtCQoAOQoKAD4KCgCSCgoAmgoKAOsKCgDuCgoARAsKAE0LCgCdCwoArAsKAPYLCgABDAoATwwKAFcMCgCoDAoAuAwKAAENCgAPDQoAWg0KAGsNCgCzDQoAvw0KAAwOCgAUDgoAmUAUAGsOCgC+DgoAxg4KABcPCgAeDwoAcA8KAH4PCgDJDwoAzw8KACIQCgAuEAoAexAKAIoQCgDUEAoA3hAKAC0RCgAyEQoAhhEKAIwRCgDfEQoA8xEKAPJAFABCEgoAJqIKAEUSCgCREgoARxIKAOtjCgCWEgoA6hIKAPYSCgBDEwoAUBMKAJwTCgCmEwoAS0EUABAUCgBOFAoAUBQKAKcUCgCtFAoAABUKADkVCgBZFQoAXxUKALIVCgC7FQoACxYKABgWCgBkFgoAnRYKAL0WCgDEFgoAFhcKABsXCgBvFwoAfhcKAMgXCgDoFwoAIRgKAC0YCgB6GAoAgBgKANMYCgDtGAoALBkKAC8ZCgCFGQoAihkKAN4ZCgDtGQoANxoKAFcaCgD9QRQAsBoKAOkaCgD1GgoAQhsKAEwbCgCbGwoApxsKAFfXCgCoGwoA9BsKAPkbCgBNHAoAVxwKAKYcCgC2HAoA/xwKAAQdCgBYHQoAYR0KALEdCgC+HQoACh4KABEeCgBjHgoAbx4KALweCgDCHgoAFR8KABsfCgBuHwoAcx8KAMcfCgDNHwoAVkIUACMgCgB5IAoAfiAKANIgCgDhIAoAKyEKAEshCgAIQxQAkiEKAN0hCgDqIQoANiIKAD0iCgCPIgoAlyIKAOgiCgDqIgoAQSMKAO8iCgBeZw0A/yIKAEkEDQBHIwoAvTcNAEkjCgCaIwoAniMKAPIrCgCwIwoAO8IMALUjCgDzIwoA9SMKAEwkCgBdJAoApSQKALMkCgD+JAoABSUKAFclCgBfJQoAsCUKALclCgAJJgoADiYKAGImCgBxJgoAuyYKANsmCgAUJwoAICcKAG0nCgBzJwoAxicKAM4nCgAfKAoAKygKAHgoCgCFKAoA0SgKAOwoCgAqKQoAOCkKAIMpCgCJKQoA3CkKAOEpCgA1KgoAQioKAI4qCgCkKgoA5yoKAPMqCgBAKwoATSsKAJkrCgCjKwoAYUMUAPcrCgBLLAoAUSwKAKQsCgDELAoA/SwKAAstCgBWLQoAYy0KAK8tCgDGLQoACC4KABAuCgBhLgoAcC4KALouCgC/LgoAEy8KACAvCgBsLwoAdi8KAMUvCgDHLwoAHjAKACwwCgB3MAoAhDAKANAwCgDcMAoAKTEKAC8xCgCCMQoAijEKANsxCgDhMQoANDIKAD0yCgCNMgoAmjIKAOYyCgDwMgoAPzMKAE0zCgCYMwoArjMKAPEzCgD9MwoASjQKAFI0CgC6QxQArTQKAPw0CgACNQoAVTUKAFc1CgCuNQoAuDUKAAc2CgATNgoAYDYKAHc2CgC5NgoAzTYKABNEFAAgNwoAazcKAG43CgDENwoAzDcKAB04CgApOAoAdjgKAIQ4CgDPOAoA2TgKACg5CgAzOQoAgTkKAI05CgDaOQoA4DkKADM6CgA7OgoAjDoKAJk6CgDlOgoA6joKAD47CgBIOwoAlzsKAJ87CgDwOwoA9jsKAEk8CgBSPAoAojwKAK88CgD7PAoACD0KAFQ9CgBiPQoArT0KALo9CgAGPgoAHT4KAF8+CgBnPgoAuD4KAL0+CgARPwoAFz8KAGo/CgByPwoAwz8KANk/CgAcQAoAKkAKAHVACgB4QAoAzkAKAN1ACgAnQQoALEEKAIBBCgCNQQoA2UEKAOlBCgAyQgoAQEIKAItCCgCiQgoA5EIKAO1CCgA9QwoAQ0MKAJZDCgCiQwoA70MKAPZDCgBsRBQAVEQKAKFECgCjRAoA+kQKAARFCgBTRQoAX0UKAKxFCgC0RQoAxUQUAApGCgBeRgoAbUYKALdGCgDXRgoAEEcKABxHCgBpRwoAb0cKAMJHCgDKRwoAG0gKABxICgB0SAoAekgKAM1ICgDSSAoAJkkKAEFJCgB/SQoAjUkKANhJCgDfSQoAMUoKAD1KCgCKSgoAkEoKAB5FFADoSgoAPEsKAEZLCgCVSwoApksKAO5LCgD6SwoAR0wKAEpMCgCgTAoAo0wKAPlMCgABTQoAUk0KAFlNCgCrTQoAsE0KAAROCgATTgoAXU4KAH1OCgC2TgoAwk4KAA9PCgAVTwoAaE8KAHBPCgDBTwoAzk8KABpQCgAfUAoAc1AKAH1QCgDMUAoA1FAKACVRCgA1UQoAflEKAINRCgDXUQoA4FEKADBSCgA9UgoAiVIKAJBSCgB3RRQA51IKADtTCgBKUwoAlFMKALRTCgDtUwoA+VMKAEZUCgBMVAoAn1QKAKdUCgD4VAoABFUKAFFVCgBeVQoAqlUKALFVCgADVgoABFYKAFxWCgBhVgoAtVYKAMNWCgAOVwoAG1cKAGdXCgBxVwoA0EUUAMxXCgAZWAoAzlcKAJYADAAjWAoAclgKAIxYCgDLWAoAzlgKAJ0WCwDaWAoAJFkKAClZCgB9WQoAilkKANZZCgDjWQoAL1oKADtaCgCIWgoAl1oKAOFaCgDrWgoAOlsKAEZbCgCTWwoAplsKAOxbCgD7WwoARVwKAFFcCgCeXAoAn1wKAPdcCgABXQoAUF0KAF5dCgCpXQoArl0KAAJeCgAPXgoAKUYUAGBeCgC0XgoAwV4KAA1fCgAaXwoAZl8KAHJfCgC/XwoAzl8KABhgCgAiYAoAcWAKAH9gCgDKYAoAz2AKACNhCgAwYQoAfGEKAIRhCgA0RxQA4WEKAC5iCgA+YgoAh2IKAJBiCgDgYgoA42IKADljCgBFYwoAkmMKAJljCgCNRxQA8GMKAERkCgBRZAoAnWQKAKpkCgD2ZAoA/GQKAE9lCgBbZQoAqGUKALhlCgABZgoACmYKAFpmCgBdZgoAs2YKAL9mCgAMZwoAE2cKAOZHFABnZwoAvmcKAGxnCgDVjQ4AdWcKAFvjDgDPZwoAF2gKAB9oCgBwaAoAemgKAMloCgDYaAoAImkKACNpCgB7aQoAg2kKAJhIFADcaQoA8UgUAEtqCgCGagoAUGoKAIBWFABXagoAmIwKAI5qCgDfagoA7moKADhrCgA9awoAkWsKAJ5rCgDqawoA92sKAENsCgBPbAoAnGwKAKtsCgD1bAoA/2wKAE5tCgBxbQoAp20KANltCgAAbgoAJG4KAFluCgBhbgoAVUoUALduCgALbwoAEW8KAGRvCgBsbwoArkoUAMtvCgAWcAoAMXAKAG9wCgB7cAoAyHAKANlwCgAhcQoANXEKAHpxCgCCcQoA03EKANlxCgAscgoAOHIKAIVyCgCVcgoA3nIKAOdyCgA3cwoAOnMKAJBzCgCccwoA6XMKAPBzCgAHSxQAUHQKAJt0CgCldAoAYEsUAPl0CgBNdQoAWnUKAKZ1CgCzdQoA/3UKAAt2CgBYdgoAZ3YKALF2CgC7dgoACncKABh3CgBjdwoAaHcKALx3CgDJdwoAFXgKAB14CgC5SxQAengKAMd4CgDXeAoAIHkKACl5CgB5eQoAfHkKANJ5CgDeeQoAK3oKADJ6CgASTBQAk3oKAN16CgDiegoANnsKAEN7CgCPewoAnHsKAOh7CgDuewoAQXwKAE18CgCafAoAqnwKAPN8CgD8fAoATH0KAE99CgClfQoAsX0KAP59CgAFfgoAa0wUAFx+CgCwfgoAvX4KAAl/CgAnfwoAYn8KAG5/CgC7fwoAzn8KABSACgAigAoAbYAKAHCACgDGgAoA0IAKAB+BCgAtgQoAeIEKAIWBCgDRgQoA6IEKACqCCgAyggoAg4IKAIqCCgDcggoA4YIKADWDCgBLgwoAjoMKAJCDCgDngwoA9YMKAECECgBNhAoAxEwUAKGECgAdTRQA94QKAEuFCgBYhQoApIUKALGFCgD9hQoACYYKAFaGCgBlhgoAr4YKALmGCgAIhwoAFocKAGGHCgBmhwoAuocKAMeHCgATiAoAG4gKAHZNFAB4iAoAxYgKANWICgAeiQoAJ4kKAHeJCgB6iQoA0IkKANyJCgApigoAMIoKAM9NFACOigoA24oKAOuKCgA0iwoA8YoKALbeDwA9iwoAjYsKAJCLCgDmiwoA8osKAD+MCgBGjAoAKE4UAKGMCgASkAoAoowKAPGMCgAAjQoASo0KAAKNCgCujgoAS40KAKONCgC/jQoA/I0KADWOCgBVjgoAjo4KAIFOFACxjgoAB48KACOPCgBgjwoAmY8KALmPCgDyjwoA2k4UAB+QCgBrkAoAeZAKAMSQCgDXkAoAHZEKADmRCgB2kQoAr5EKAM+RCgAIkgoAM08UADmSCgCBkgoAjZIKANqSCgDikgoAjE8UADiTCgCMkwoAlJMKAOWTCgD0kwoAPpQKAEOUCgCXlAoApJQKAPCUCgD9lAoASZUKAFWVCgCilQoAsZUKAPuVCgAFlgoAVJYKAFyWCgCtlgoAt5YKAAaXCgALlwoAX5cKAGeXCgDlTxQAx5cKABGYCgDJlwoAdZkKABKYCgBqmAoAhpgKAMOYCgD8mAoAHJkKAFWZCgA+UBQAeJkKAM6ZCgDqmQoAJ5oKAGCaCgCAmgoAuZoKAJdQFADcmgoAMpsKAEObCgCLmwoAp5sKAOSbCgAdnAoAPZwKAHacCgDwUBQAo5wKAO+cCgD7nAoASJ0KAFedCgChnQoAq50KAPqdCgACngoALwwLAAieCgBTngoAWJ4KAKyeCgC5ngoABZ8KAA2fCgBenwoAZJ8KALefCgBunwoAlf0KAMOfCgAQoAoAIKAKAGmgCgByoAoAwqAKAMWgCgAboQoAJ6EKAHShCgB7oQoASVEUAPChCgCiURQANKIKAH+iCgCVogoA2KIKAOSiCgAxowoAOKMKAIqjCgCPowoA46MKAOyjCgA8pAoARqQKAPtRFACapAoAFFMOAJ+kCgDupAoAoaQKAE7nDQD4pAoAR6UKAEilCgCgpQoAr6UKAPmlCgD+pQoAUqYKAF+mCgCrpgoAuKYKAASnCgAQpwoAXacKAGynCgC2pwoAwKcKAA+oCgAdqAoAaKgKAG2oCgDBqAoAzqgKABqpCgAbqQoAc6kKAHipCgDMqQoA0akKACWqCgA2qgoAfqoKAKGqCgDXqgoA4qoKADCrCgA1qwoAiasKAIyrCgDiqwoA7KsKADusCgBjrAoAlKwKALOsCgCtUhQA+awKAEatCgBIrQoAn60KAK6tCgD4rQoAA64KAFGuCgBZrgoAqq4KALGuCgADrwoABa8KAFyvCgBmrwoAta8KALevCgAOsAoAJ7AKAGewCgBpsAoAwLAKAMOwCgAZsQoAJbEKAHKxCgB6sQoABlMUANexCgAksgoAKrIKAH2yCgCYsgoA1rIKAOKyCgAvswoANbMKAIizCgCQswoA4bMKAOOzCgA6tAoARLQKAJO0CgCbtAoAX1MUAP20CgBFtQoATLUKAJ61CgCmtQoA97UKAAS2CgBQtgoAVbYKAKm2CgCztgoAArcKAAq3CgBbtwoAarcKALS3CgC5twoADbgKABq4CgBmuAoAc7gKAL+4CgDLuAoAGLkKACe5CgBxuQoAe7kKAMq5CgDSuQoAI7oKAC26CgB8ugoAgboKANW6CgDdugoAuFMUADq7CgCHuwoAl7sKAOC7CgDpuwoAObwKADy8CgCSvAoAnrwKAOu8CgDyvAoAEVQUAEq9CgCdvQoAo70KAPa9CgD7vQoAT74KAFW+CgBqVBQArr4KAAG/CgAHvwoAWr8KAF+/CgAKuRAAZ78KALO/CgC4vwoADMAKABTACgBlwAoAjsAKAL7ACgCbwAoAZMgKAOfACgAXwQoAQMEKAHDBCgCbwQoAycEKANHBCgAiwgoAMcIKAHvCCgCAwgoA1MIKAOHCCgAtwwoAOsMKAIbDCgCSwwoA38MKAO7DCgA4xAoAQsQKAJHECgCfxAoA6sQKAO/ECgBDxQoAUMUKAJzFCgCkxQoA9cUKAPvFCgBOxgoAWsYKAKfGCgC3xgoAAMcKAAnHCgBZxwoAXMcKALLHCgC+xwoAC8gKABLICgDDVBQAjcgKAL3ICgDoyAoAFskKAB7JCgBvyQoAfskKAMjJCgDNyQoAIcoKAC7KCgB6ygoAh8oKANPKCgDfygoALMsKADvLCgCFywoAj8sKAN7LCgDsywoAN8wKADzMCgCQzAoAncwKAOnMCgDxzAoAQs0KAEjNCgCbzQoAp80KAPTNCgAEzgoATc4KAFbOCgCmzgoAqc4KAP/OCgALzwoAWM8KAF/PCgAcVRQAs88KAGHJEAC/zwoACtAKABfQCgBj0AoAb9AKALzQCgDC0AoAFdEKABvRCgBu0QoAc9EKAMfRCgDN0QoAdVUUAEbSCgB50goAn9IKANLSCgAI0woAK9MKAFTTCgCE0woAr9MKACdWFADg0woANtQKAD7UCgCP1AoAm9QKAOjUCgDu1AoAQdUKAEfVCgCa1QoAn9UKAPPVCgD51QoA2VYUAHXWCgCl1goAztYKAP7WCgAi1woAi1cUAF3XCgBFGQwAatcKALDXCgC/1woACdgKABXYCgBi2AoAY9gKALvYCgDF2AoAFNkKACLZCgBt2QoActkKAMbZCgDT2QoA5FcUAELaCgA9WBQAodoKANHaCgD62goAKtsKAE7bCgCWWBQAkdsKANzbCgDh2woANdwKAELcCgCO3AoAltwKAOfcCgDt3AoAQN0KAEzdCgCZ3QoAqd0KAPLdCgD73QoAS94KAE7eCgCk3goA4N4KAP3eCgAJ3woA71gUAFzfCgCv3woAyN8KAAjgCgAW4AoAYeAKAG7gCgC64AoAweAKABPhCgAc4QoAbOEKAHnhCgDF4QoA3OEKAB7iCgAh4goAd+IKAHniCgDQ4goA2eIKACnjCgA54woAguMKAJvjCgDb4woA3eMKADTkCgA95AoAjeQKAJXkCgDm5AoA6OQKAD/lCgBY5QoAmOUKAK/lCgDx5QoA/eUKAErmCgBb5goAo+YKAK/mCgD85goAB+cKAFXnCgBi5woArucKALjnCgBIWRQAGugKAGDoCgBu6AoAuegKAJ7oCgBq8QoA9ugKABLpCgAf6QoAa+kKAHPpCgDE6QoAyukKAB3qCgAp6goAduoKAIHqCgDP6goA2OoKACjrCgAr6woAgesKAIPrCgDa6woA4esKADPsCgA17AoAoVkUAI/sCgDl7AoA8+wKAD7tCgBD7QoAl+0KAKTtCgDw7QoA/O0KAEnuCgBR7goA+lkUALDuCgD77goAC+8KAFTvCgBi7woAre8KALbvCgAG8AoAEPAKAF/wCgBh8AoAuPAKAMLwCgAR8QoAE/EKAFNaFABv8QoAw/EKAMvxCgAc8goAIvIKAHXyCgCB8goAzvIKAN3yCgAn8woAMPMKAIDzCgCD8woA2fMKANvzCgAy9AoAOfQKAIv0CgCN9AoArFoUAOn0CgA99QoAWfUKAJb1CgCy9QoABVsUAPz1CgCPOAwA/vUKAEj2CgBN9goAofYKAK72CgD69goAB/cKAFP3CgBZ9woArPcKALj3CgAF+AoAFfgKAF74CgBn+AoAt/gKALr4CgAQ+QoAHPkKAGn5CgBw+QoAXlsUANH5CgAb+goAIPoKAHT6CgCB+goAzfoKANr6CgAm+woALPsKAH/7CgCL+woA2PsKAOj7CgAx/AoAOvwKAIr8CgCN/AoA4/wKAO/8CgA8/QoAQ/0KALdbFACX/QoA7v0KAPz9CgBH/goAWP4KABBcFACn/goAaVwUAAH/CgDCXBQAV/8KAKv/CgC4/woABAALABEACwBdAAsAaQALALYACwDFAAsADwELABkBCwBoAQsAdgELAMEBCwDGAQsAGgILACcCCwBzAgsAewILABtdFADYAgsAJQMLADUDCwB+AwsAhwMLANcDCwDaAwsAMAQLADwECwCJBAsAkAQLAHRdFADkBAsAOwULAEkFCwCUBQsApQULAM1dFAD0BQsAJl4UAE4GCwB/XhQApAYLAPgGCwAFBwsAUQcLAF4HCwCqBwsAtgcLAAMICwASCAsAXAgLAGYICwC1CAsAwwgLAA4JCwATCQsAZwkLAHQJCwDACQsAyAkLANheFAAlCgsAcgoLAIIKCwDLCgsA1AoLACQLCwAnCwsAfQsLAIkLCwDWCwsA3QsLADFfFAA5DAsAiAwLAJYMCwDhDAsA9wwLADoNCwBGDQsAkw0LAJoNCwDsDQsA9A0LAEUOCwBKDgsAng4LAKcOCwD3DgsAAQ8LAIpfFABmDwsAqQ8LALUPCwACEAsACRALAFsQCwBjEAsAtBALALkQCwANEQsAFhELAGYRCwBwEQsA418UAMQRCwBLWA4AyxELADFVCwDOEQsAGBILAOkRCwAzWhUAHRILAHESCwB+EgsAyhILANcSCwAjEwsALxMLAHwTCwCLEwsA1RMLAN8TCwAuFAsAPBQLAIcUCwCUFAsA4BQLAPcUCwA5FQsAQRULAJIVCwCcFQsA6xULAPAVCwBEFgsATBYLADxgFACiFgsA9hYLAAUXCwBPFwsAbxcLAKgXCwC0FwsAARgLAAsYCwBaGAsAZBgLALMYCwDBGAsADBkLACIZCwBlGQsAcRkLAL4ZCwDDGQsAFxoLACAaCwBwGgsAehoLAMkaCwDVGgsAIhsLADUbCwB7GwsAihsLANQbCwDgGwsALRwLAC4cCwCGHAsAkBwLAN8cCwDtHAsAOB0LAD0dCwCRHQsAnh0LAO5gFAD4HQsAQx4LAFkeCwCcHgsAqB4LAPUeCwD8HgsATh8LAFYfCwCnHwsArB8LAAAgCwAJIAsAWSALAGMgCwD5YRQAtyALAAshCwATIQsAZCELAGchCwC9IQsAxiELABYiCwAlIgsAbyILAHoiCwDIIgsA0CILACEjCwAxIwsAeiMLAIgjCwDTIwsA5CMLACwkCwA4JAsAhSQLAI0kCwBSYhQA5CQLADclCwA/JQsAkCULAJclCwDpJQsA9yULAEImCwBIJgsAmyYLAKcmCwD0JgsAAycLAE0nCwBXJwsApicLAKsnCwD/JwsABSgLAFgoCwBsKAsAq2IUAMIoCwAKKQsAFikLAGMpCwBpKQsAvCkLAMIpCwAVKgsAGioLAG4qCwB0KgsABGMUAMwqCwAgKwsAMSsLAHkrCwCBKwsA0isLAIUrCwB3OwsAhysLAO2gEQDcKwsAKywLADksCwCELAsAmiwLAN0sCwDpLAsANi0LAD0tCwCPLQsAly0LAOgtCwDtLQsAQS4LAEouCwCaLgsApC4LAPMuCwD7LgsATC8LAFAvCwClLwsAsC8LAP4vCwAMMAsAVzALAGgwCwCwMAsAvDALAAkxCwARMQsAXWMUAGQxCwC7MQsAyTELABQyCwAeMgsAbTILAHsyCwDGMgsA0zILAB8zCwA2MwsAeDMLAIAzCwDRMwsA4TMLACo0CwAvNAsAgzQLAIk0CwDcNAsA5DQLADU1CwA3NQsAjjULAJs1CwDnNQsA7zULAEA2CwBFNgsAmTYLAJo2CwDyNgsA/jYLAEs3CwBYNwsApDcLAKw3CwD9NwsADDgLAFY4CwBbOAsArzgLALw4CwAIOQsAFTkLAGE5CwBtOQsAujkLAMk5CwATOgsAHToLAGw6CwB6OgsAxToLAMo6CwAeOwsAKzsLALZjFAB9OwsA0DsLANY7CwApPAsALjwLAII8CwCIPAsAD2QUAOk8CwA0PQsASj0LAI09CwCZPQsA5j0LAOs9CwA/PgsASD4LAJg+CwCiPgsA8T4LABQ/CwBKPwsATj8LAKM/CwBZPwsAB0ELAKU/CwD8PwsACkALAFVACwBfQAsArkALANJACwAaZRQADUELAGBBCwBsQQsAuUELALtBCwASQgsAHEILAGtCCwB3QgsAxEILAOhCCwBzZRQAIUMLAHZDCwAsQwsA2kQLAHhDCwDPQwsA3UMLAChECwAyRAsAgUQLAKVECwDMZRQA4EQLADNFCwA/RQsAjEULAI5FCwDlRQsA70ULAD5GCwBKRgsAl0YLALtGCwAlZhQADUcLAElHCwBSRwsAokcLALBHCwD7RwsAAUgLAFRICwBgSAsArUgLALVICwB+ZhQADUkLAF9JCwB4SQsAuEkLAMdJCwARSgsAGUoLAGpKCwB5SgsAw0oLAMhKCwAcSwsAKUsLAHVLCwCCSwsAzksLANpLCwAnTAsANkwLAIBMCwCKTAsA2UwLAOdMCwAyTQsAN00LAItNCwCYTQsA12YUAOVNCwD02AsA/U0LAD1OCwBHTgsAlk4LAJhOCwDvTgsA/U4LAEhPCwBVTwsAoU8LAKlPCwD6TwsAJlALAFNQCwBaUAsArFALAMVQCwAFUQsAFFELAF5RCwBmUQsAt1ELAMZRCwAQUgsAFVILAGlSCwB2UgsAwlILAM9SCwAbUwsAJ1MLAHRTCwCDUwsAzVMLANdTCwAmVAsANFQLAH9UCwCEVAsA2FQLAOVUCwAwZxQARFULAIpVCwCZVQsA41ULAO9VCwA8VgsASFYLAJVWCwCcVgsA7lYLAPpWCwBHVwsATlcLAKBXCwCoVwsA+VcLAP1XCwBSWAsAXVgLAKtYCwC3WAsABFkLABFZCwBdWQsAZVkLALZZCwDAWQsAD1oLABVaCwBoWgsAfFoLAMFaCwDPWgsAGlsLACdbCwBzWwsAilsLAMxbCwDUWwsAJVwLAC9cCwB+XAsAg1wLANdcCwDfXAsAMF0LAD9dCwCJXQsAjl0LAOJdCwDvXQsAO14LAEheCwCUXgsAoF4LAO1eCwD8XgsARl8LAFBfCwCJZxQAp18LAPhfCwAHYAsAUWALAFZgCwCqYAsAs2ALAANhCwAUYQsAXGELAGNhCwC1YQsAvWELAA5iCwAbYgsAZ2ILAGxiCwDAYgsAymILABljCwAhYwsAcmMLAItjCwDLYwsA12MLACRkCwAsZAsA4mcUAIxkCwDWZAsA82QLAC9lCwA4ZQsAiGULAJZlCwDhZQsA52ULADpmCwBGZgsAk2YLAJpmCwDsZgsA9GYLAEVnCwBVZwsAnmcLAKRnCwD3ZwsA/GcLAFBoCwBmaAsAqWgLALFoCwACaQsADGkLAFtpCwBmaQsAtGkLAMBpCwANagsAFWoLADtoFABzagsAv2oLAMZqCwAYawsAJGsLAHFrCwB3awsAymsLANtrCwAjbAsAN2wLAHxsCwCKbAsA1WwLAOJsCwAubQsARW0LAIdtCwCPbQsA4G0LAOdtCwA5bgsAO24LAJJuCwCcbgsA624LAO1uCwBEbwsAXW8LAJ1vCwCfbwsA9m8LAPlvCwBPcAsAW3ALAKhwCwDWcAsAlGgUABBxCwBacQsAd3ELALNxCwC8cQsADHILABpyCwBlcgsAa3ILAL5yCwDKcgsAF3MLAB9zCwDtaBQAeHMLAMlzCwDPcwsAInQLAC50CwB7dAsAfnQLANR0CwDZdAsALXULADZ1CwCGdQsAjHULAN91CwDudQsAOHYLAER2CwCRdgsAmXYLAEZpFADwdgsAQ3cLAEh3CwCcdwsAsncLAPV3CwD9dwsATngLAFx4CwCneAsAsXgLAAB5CwADeQsAWXkLAGF5CwCyeQsAs3kLAAt6CwARegsAZHoLAHJ6CwC9egsA03oLABZ7CwAYewsAb3sLAHV7CwDIewsA3HsLACF8CwApfAsAenwLAIp8CwDTfAsA1XwLACx9CwA7fQsAhX0LAI99CwDefQsA430LADd+CwA9fgsAkH4LAKR+CwDpfgsA8X4LAEJ/CwBHfwsAm38LAKF/CwD0fwsA/H8LAE2ACwBQgAsApoALAKuACwD/gAsACIELAFiBCwBegQsAsYELAMCBCwAKggsAFoILAJ9pFABmggsAvIILAMSCCwAVgwsAIoMLAG6DCwBzgwsAx4MLANGDCwAghAsAKIQLAHmECwB7hAsA0oQLAO2ECwArhQsALYULAISFCwCShQsA3YULAO6FCwA2hgsAOIYLAI+GCwCohgsA6IYLAPmGCwBBhwsATYcLAPhpFACihwsA84cLAPmHCwBMiAsAWIgLAKWICwDCiAsA/ogLAAeJCwBXiQsAY4kLALCJCwCziQsACYoLABOKCwBiigsAaooLALuKCwDFigsAFIsLACKLCwBtiwsAg4sLAMaLCwDSiwsAH4wLACaMCwB4jAsAgIwLANGMCwDWjAsAKo0LADONCwCDjQsAjY0LANyNCwDkjQsANY4LADeOCwCOjgsAno4LAOeOCwDxjgsAQI8LAEyPCwCZjwsAn48LAPKPCwD6jwsAUWoUAFeQCwCkkAsAt5ALAP2QCwAZkQsAVpELAF6RCwCqahQAvZELAAiSCwAekgsAYZILAG2SCwC6kgsAv5ILABOTCwAckwsAbJMLAHaTCwDFkwsAzZMLAB6UCwAglAsAd5QLAIaUCwDQlAsA7ZQLACmVCwAylQsAgpULAJCVCwDblQsA4ZULADSWCwBClgsAjZYLAJqWCwDmlgsA/ZYLAD+XCwBHlwsAmJcLAJqXCwDxlwsA+ZcLAEqYCwBZmAsAo5gLAKiYCwD8mAsACZkLAFWZCwBimQsArpkLALqZCwAHmgsAFpoLAGCaCwBqmgsAuZoLAMeaCwASmwsAF5sLAGubCwB4mwsAA2sUAM6bCwAdnAsAH5wLAHacCwB9nAsAz5wLANacCwAonQsALp0LAIGdCwCPnQsA2p0LAOedCwAzngsAQ54LAIyeCwCRngsA5Z4LAO2eCwA+nwsAAZ8LAHMNDABKnwsAl58LAJmfCwC4ogsApJ8LAPCfCwD1nwsASaALAFOgCwCioAsAsqALAPugCwAAoQsAVKELAF2hCwCtoQsAuqELAAaiCwANogsAX6ILAGeiCwBcaxQAxqILABGjCwApowsAaqMLAGyjCwDDowsA2qMLABykCwAepAsAdaQLAIOkCwDOpAsA26QLACelCwAvpQsAtWsUAIOlCwDZpQsAl6ULAAJ/DQDipQsAMqYLAECmCwCy0gsAQaYLAIumCwCWpgsA5KYLAOymCwA9pwsASKcLAJanCwCbpwsA76cLAPKnCwBIqAsAUqgLAA5sFACnqAsA+qgLAKuoCwA4VBAAFakLAFOpCwBfqQsArKkLALKpCwAFqgsADaoLAF6qCwB0qgsAt6oLAMWqCwAQqwsAE6sLAGmrCwCCqwsAwqsLAM6rCwAbrAsAJqwLAHSsCwB2rAsAzawLAOisCwAmrQsANK0LAH+tCwCMrQsA2K0LAO+tCwBnbBQAM64LAKdWEABHrgsAiq4LAIuuCwDjrgsA6K4LADyvCwBCrwsAla8LAJevCwDurwsA9K8LAEewCwBbsAsAoLALAKiwCwD5sAsACbELAFKxCwBUsQsAq7ELALmxCwAEsgsAFbILAMBsFABjsgsAtrILAMKyCwAZbRQAEbMLAGizCwB5swsAwbMLAMmzCwAatAsAI7QLAHO0CwB6tAsAzLQLAM20CwBybRQAMbULAH61CwCAtQsA17ULAN61CwAwtgsAOLYLAIm2CwCStgsA4rYLAOm2CwA7twsAPLcLAMttFACZtwsA7bcLAPW3CwBGuAsAULgLAJ+4CwCtuAsA+LgLAA65CwBRuQsAXbkLAKq5CwCvuQsAA7oLAAy6CwBcugsAZroLACRuFAC2ugsADrsLABa7CwDkYw0AJrsLAGe7CwB0uwsAwLsLAMy7CwAZvAsAI7wLAHK8CwB2vAsAy7wLANC8CwAkvQsAKr0LAH29CwCdvQsA1r0LAO69CwAvvgsARr4LAIi+CwCUvgsA4b4LAOu+CwA6vwsAPL8LAJO/CwCavwsA7L8LAPO/CwBFwAsAS8ALAJ7ACwCqwAsA98ALAPrACwBQwQsAU8ELAKnBCwC1wQsAAsILAAXCCwBbwgsAd8ILALTCCwC8wgsAfW4UABnDCwBmwwsAcMMLAL/DCwDBwwsAGMQLAB/ECwBxxAsAeMQLAMrECwDQxAsAI8ULADHFCwB8xQsAicULANXFCwDlxQsALsYLADPGCwCHxgsAj8YLAODGCwDwxgsAOccLAD7HCwCSxwsAmMcLAOvHCwDzxwsA1m4UAErICwCdyAsApcgLAPbICwD5yAsAT8kLAFvJCwCoyQsArskLAAHKCwAcygsAWsoLAGjKCwCzygsAwsoLAAzLCwAYywsAZcsLAG3LCwCIbxQAw8sLABfMCwAhzAsAcMwLAHjMCwDJzAsA6cwLACLNCwAvzQsAe80LAIDNCwDUzQsA2M0LAC3OCwA6zgsA4W8UAIvOCwDfzgsA4s4LADjPCwBCzwsAkc8LAJ3PCwDqzwsA/c8LAEPQCwBS0AsAnNALAKjQCwD10AsA9tALAE7RCwBY0QsAp9ELALXRCwAA0gsABdILAFnSCwBm0gsAOnAUALzSCwAL0wsADdMLAGTTCwB90wsAvdMLAM7TCwAW1AsAItQLAG/UCwB31AsARXEUAM/UCwAh1QsAKNULAHrVCwCA1QsA09ULAN/VCwAs1gsAL9YLAIXWCwCI1gsA3tYLAObWCwA31wsAR9cLAJDXCwCV1wsA6dcLAPLXCwBC2AsAT9gLAJvYCwCi2AsAnnEUAADZCwBN2QsAWtkLAKbZCwCu2QsA/9kLAAnaCwBY2gsAZ9oLALHaCwCy2gsACtsLABLbCwBj2wsActsLALzbCwDB2wsAFdwLACLcCwBu3AsAe9wLAMfcCwDT3AsAIN0LAC/dCwB53QsAg90LANLdCwDg3QsAK94LADDeCwCE3gsAkd4LAN3eCwDl3gsANt8LAEDfCwCP3wsAlN8LAOjfCwDw3wsA93EUAE/gCwCa4AsApuALAPPgCwD54AsATOELAFLhCwCl4QsAquELAP7hCwAE4gsAUHIUAGPiCwCw4gsAtuILAAnjCwAP4wsAYuMLAG/jCwC74wsAwOMLABTkCwAc5AsAbeQLAIvkCwBbcxQAx+QLAB/lCwAk5QsAeOULAH7lCwDR5QsA0+ULACrmCwAw5gsAg+YLAJfmCwDc5gsA5OYLADXnCwBF5wsAjucLAJDnCwDn5wsA9ecLAEDoCwBR6AsAtHMUAJ/oCwDy6AsA/ugLAA10FABY6QsApOkLAKzpCwD96QsACuoLAFbqCwBY6gsAr+oLAMXqCwAI6wsAFOsLAGHrCwBp6wsAv3QUAMbrCwAT7AsAFuwLAGzsCwBx7AsAxewLANbsCwAe7QsAJ+0LAHftCwCB7QsA0O0LAN7tCwAp7gsALu4LAILuCwCP7gsAGHUUAOfuCwA07wsAQe8LAI3vCwCP7wsA5u8LAPzvCwA/8AsAS/ALAJjwCwCg8AsAcXUUAPbwCwBK8QsAUPELAKPxCwCr8QsA/PELAP/xCwBV8gsAYfILAK7yCwC08gsAB/MLACLzCwBg8wsAbfMLALnzCwC78wsAEvQLACj0CwBr9AsAd/QLAMT0CwDM9AsAynUUACP1CwB29QsAe/ULAM/1CwDq9QsAKPYLADb2CwCB9gsAiPYLANr2CwDm9gsAM/cLADr3CwAjdhQAl/cLAOX3CwDt9wsAPvgLAEn4CwCX+AsAnPgLAPD4CwDz+AsASfkLAFP5CwCi+QsAqvkLAPv5CwAJ+gsAVPoLAFf6CwCt+gsAtfoLAAb7CwAm+wsAX/sLAGz7CwC4+wsAvfsLABH8CwAV/AsAavwLAHf8CwB8dhQA4/wLABz9CwAl/QsAdf0LAHb9CwDO/QsA1v0LACf+CwA3/gsAgP4LAIL+CwDZ/gsA5/4LADL/CwBD/wsA1XYUAJH/CwDk/wsA8P8LAC53FABEAAwAh3cUAJsADADvAAwACQEMAEgBDABXAQwAoQEMAKwBDAD6AQwA/AEMAFMCDABgAgwArAIMALkCDAAFAwwAEQMMAF4DDABvAwwAtwMMALoDDAAQBAwAKgQMAGkEDAByBAwAwgQMAM8EDAAbBQwAIQUMAHQFDACABQwAzQUMANAFDAAmBgwAKwYMAH8GDACQBgwA2AYMAPMGDAAxBwwAPQcMAIoHDACRBwwA4wcMAOUHDAA8CAwAQwgMAJUIDACcCAwA7ggMAPQIDABHCQwAUwkMAKAJDACjCQwA+QkMAPwJDABSCgwAXgoMAKsKDAC+CgwABAsMABMLDABdCwwAaQsMALYLDAC3CwwADwwMABkMDABoDAwAdgwMAMEMDADGDAwAGg0MACcNDADgdxQAew0MADl4FADODQwAJQ4MADsODAB+DgwAig4MANcODADfDgwAkngUADYPDACJDwwAkQ8MAOIPDADlDwwAOxAMAEcQDACUEAwAmhAMAO0QDAAIEQwARhEMAFQRDACfEQwArhEMAPgRDAAEEgwAURIMAFkSDADreBQArxIMAAMTDAANEwwAXBMMAGQTDAC1EwwA1RMMAA4UDAAbFAwAZxQMAGwUDADAFAwAxBQMABkVDAAmFQwARHkUAJUVDACdeRQA0BUMACQWDAAzFgwAfRYMAJ0WDADWFgwA4hYMAC8XDAA5FwwAiBcMAJQXDADhFwwA5xcMADoYDABAGAwAkxgMAJgYDADsGAwA8hgMAPZ5FABLGQwAnhkMAKMZDAD3GQwA/RkMAKh6FABTGgwAqRoMALMaDAACGwwABBsMAFsbDAB0GwwAtBsMAMUbDAANHAwAGxwMAGYcDABpHAwAvxwMAMocDAAYHQwAIB0MAHEdDABzHQwAyh0MANIdDAAjHgwAMB4MAHweDACIHgwA1R4MANkeDAAuHwwANh8MAIcfDACWHwwA4B8MAOUfDAA5IAwARiAMAJIgDACfIAwA6yAMAPcgDABEIQwAUyEMAJ0hDACnIQwA9iEMAAQiDABPIgwAVCIMAKgiDAC1IgwAAXsUAAkjDABaexQAXiMMAN8nDABmIwwAsyMMALkjDAAMJAwAEiQMAGUkDAByJAwAviQMAMMkDAAXJQwAHyUMAHAlDACZJQwAySUMAKYlDAB7JgwA7yUMANQmDADyJQwAIiYMAEsmDACzexQApCYMAAx8FAD6JgwALScMAGMnDACGJwwArycMAGV8FADtJwwAOCgMAEUoDACRKAwAnSgMAOooDADwKAwAQykMAEkpDACcKQwAoSkMAPUpDAD7KQwAvnwUAHQqDABZKwwAdyoMAKcqDADQKgwAcH0UACkrDADJfRQAfysMALIrDADoKwwACywMADQsDAAifhQAbiwMAL0sDADCLAwAFi0MAB4tDAB7fhQAdC0MAMgtDADRLQwAIS4MAC4uDAB6LgwAgS4MANR+FADbLgwALX8UAD8vDACFLwwAkS8MAN4vDADtLwwANzAMAEAwDACQMAwAmjAMAOkwDADrMAwAQjEMAFsxDACbMQwArDEMAPQxDAAAMgwATTIMAFUyDACGfxQAtDIMAP8yDAAQMwwAWDMMAGQzDACxMwwAuTMMAN9/FAAPNAwAYzQMAG00DAC8NAwAxDQMABU1DAAlNQwAbjUMAHM1DADHNQwA0DUMACA2DAAtNgwAeTYMAIA2DAA4gBQA2DYMAJgnEQDfNgwAKzcMAOU2DACW0w8AMDcMAIQ3DACQNwwA3TcMAOo3DAA2OAwAQDgMAJGAFACUOAwA6DgMAPQ4DABBOQwATjkMAJo5DACkOQwA8zkMAA86DABMOgwAVDoMAOqAFACqOgwA/joMAAY7DABXOwwAWjsMALA7DAC5OwwACTwMABg8DABiPAwAbTwMALs8DADDPAwAFD0MACQ9DABtPQwAez0MAMY9DADXPQwAHz4MACs+DAB4PgwAgD4MAEOBFADXPgwAKj8MADI/DACDPwwAij8MANw/DADqPwwANUAMADtADACOQAwAmkAMAOdADAD2QAwAQEEMAEpBDACZQQwAnkEMAPJBDAD4QQwAS0IMAF9CDACkQgwArEIMAP1CDAAbQwwAVkMMAF5DDACcgRQAt0MMAPWBFAAQRAwAYUQMAHpEDAC6RAwAw0QMABNFDAAjRQwAbEUMAHxFDADFRQwA0UUMAB5GDAAkRgwAd0YMAIVGDADQRgwA3UYMAClHDABARwwAgkcMAIpHDADbRwwA5UcMADRIDABCSAwAjUgMAKNIDADmSAwA8kgMAD9JDABGSQwAmEkMAKBJDADxSQwA9kkMAEpKDABTSgwAo0oMAK1KDAD8SgwABEsMAFVLDABXSwwArksMAL5LDAAHTAwAEUwMAGBMDABsTAwAuUwMAL9MDAASTQwAGk0MAKeCFABtTQwAxE0MANVNDAAdTgwAOU4MAHZODAB+TgwAAIMUAOBODAAoTwwAOU8MAIFPDACJTwwA2k8MAPNPDAAzUAwAOVAMAIxQDACRUAwA5VAMAAVRDAA+UQwASlEMAJdRDACdUQwA8FEMAPhRDABJUgwAWFIMAKJSDACnUgwA+1IMAAhTDABUUwwAYVMMAK1TDAC5UwwABlQMABVUDABfVAwAaVQMALhUDADGVAwAEVUMABZVDABqVQwAd1UMAMNVDADGVQwAHFYMACRWDAB1VgwAd1YMAM5WDADUVgwAJ1cMADNXDACAVwwAiFcMAFmDFADeVwwAMlgMADZYDACLWAwAmFgMALKDFADsWAwAC4QUAENZDACWWQwArVkMAO9ZDAD4WQwASFoMAF5aDAChWgwArVoMAPpaDAAHWwwAU1sMAF1bDACsWwwAtFsMAAVcDABEXAwAXlwMAIdcDAC3XAwAv1wMABBdDAAzXQwAZIQUAHhdDADCXQwAf10MAKh7DADHXQwAG14MACheDAB0XgwAgV4MAM1eDADZXgwAJl8MADVfDAB/XwwAiV8MANhfDADmXwwAMWAMADZgDACKYAwAl2AMAONgDAAHYQwAPGEMAERhDAC9hBQAnmEMAO5hDADxYQwAR2IMAFFiDACgYgwAqGIMAPliDAASYwwAUmMMAF5jDACrYwwAs2MMABaFFAAUZAwAXWQMAGVkDAC2ZAwAwGQMAA9lDAAjZQwAaGUMAGllDADBZQwAzWUMABpmDAAiZgwAb4UUAIZmDADMZgwAzWYMACVnDAAxZwwAfmcMAI1nDADXZwwA4WcMADBoDAAzaAwAiWgMAJFoDADiaAwA42gMADtpDAA9aQwAlGkMAJppDADtaQwA72kMAEZqDABcagwAn2oMAKtqDAD4agwAAmsMAFFrDABdawwAqmsMALBrDAADbAwAC2wMAFxsDACFbAwAtWwMAL1sDAAObQwAGG0MAGdtDABsbQwAwG0MAMhtDAAZbgwAMm4MAHJuDAB+bgwAy24MANNuDADIhRQAMG8MAH1vDACAbwwA1m8MANtvDAAvcAwAOHAMAIhwDACOcAwA4XAMAPBwDAA6cQwARnEMAJNxDACocQwA7HEMAPRxDABFcgwAUnIMAId4DABecgwAnnIMAKNyDAD3cgwA/HIMAFBzDABhcwwAqXMMALFzDAACdAwAtXMMAL91DAAZdAwAW3QMAGl0DAC0dAwAz3QMAA11DAAZdQwAZnUMAHN1DAAhhhQAwXUMABh2DAAldgwAcXYMAHl2DADKdgwA4XYMACN3DAAxdwwAfHcMAJd3DADVdwwA4XcMAC54DAA7eAwAeoYUAJB4DADgeAwA8XgMADl5DABKeQwAknkMAJp5DADreQwAAnoMAER6DABSegwAnXoMALh6DAD2egwAAnsMAE97DABcewwA04YUALx7DAABfAwABHwMAFp8DAB3fAwAs3wMAMR8DAAMfQwAMH0MAGV9DABtfQwALIcUAMd9DAAXfgwAGn4MAHB+DAB6fgwAyX4MANF+DAAifwwAO38MAHt/DACHfwwA1H8MANx/DACFhxQAPYAMAIaADACOgAwA34AMAOmADAA4gQwATIEMAJGBDACSgQwA6oEMAPaBDABDggwAS4IMAN6HFACwggwA9YIMAPiCDABOgwwAa4MMAKeDDAC4gwwAAIQMAA6EDABZhAwAboQMALKEDAC6hAwAC4UMABiFDACFiAwAJIUMAGSFDABphQwAvYUMAMKFDAAWhgwAJ4YMAG+GDAB3hgwAyIYMAN+GDAAhhwwAL4cMAHqHDACVhwwA04cMAN+HDAAsiAwAOYgMADeIFACOiAwA3ogMAO+IDAA3iQwASIkMAJCJDACYiQwA6YkMAACKDABCigwAUIoMAJuKDAC2igwA9IoMAACLDABNiwwAWosMAJCIFAC6iwwA/4sMAAKMDABYjAwAdYwMALGMDADCjAwACo0MABiNDABjjQwAeI0MALyNDADEjQwAFY4MACKODABXlAwALo4MAG6ODABzjgwAx44MAMyODAAgjwwAMY8MAHmPDACBjwwA0o8MAIWPDACPkQwA6Y8MACuQDAA5kAwAhJAMAJ+QDADdkAwA6ZAMADaRDABDkQwA6YgUAJGRDADokQwA9ZEMAEGSDABJkgwAmpIMALGSDADzkgwAAZMMAEyTDABnkwwApZMMALGTDAD+kwwAC5QMAEKJFABglAwAsJQMAMGUDAAJlQwAGpUMAGKVDABqlQwAu5UMANKVDAAUlgwAIpYMAG2WDACIlgwAxpYMANKWDAAflwwALJcMAJuJFACBlwwA0ZcMAOKXDAAqmAwANpgMAIOYDACQmAwA3JgMAOGYDAA1mQwAP5kMAI6ZDACemQwA55kMAOyZDABAmgwASZoMAJmaDACmmgwA8poMAPmaDABLmwwAV5sMAKSbDACqmwwA/ZsMAAOcDABWnAwAW5wMAK+cDAC1nAwA9IkUAA2dDABhnQwAaZ0MALqdDADQnQwAE54MABieDABsngwAc54MAMWeDADOngwAHp8MAC+fDAB3nwwAg58MANCfDADYnwwA/4oUACugDACCoAwAmKAMANugDADnoAwANKEMADuhDACNoQwAlaEMAFiLFADroQwAP6IMAEaiDACYogwAoaIMAPGiDAACowwASqMMAFajDACjowwAq6MMALGLFAD+owwAVaQMAGukDACupAwAuqQMAAelDAAOpQwAYKUMAGilDAAKjBQAvqUMABKmDAAZpgwAa6YMAHSmDADEpgwA1aYMAB2nDAAppwwAdqcMAH6nDABjjBQA0acMACioDAA3qAwAgagMAKGoDADaqAwA3KgMADOpDABKqQwAjKkMAJipDADlqQwA7akMABWNFABDqgwAl6oMAJmqDADwqgwA96oMAEmrDABRqwwAoqsMAKurDAD7qwwAAawMAFSsDABlrAwArawMALWsDADHjRQAEq0MAF+tDABirQwAuK0MAL2tDAARrgwAIq4MAGquDACFrgwAw64MAM+uDAAcrwwAJK8MACCOFACLrwwAzq8MAM+vDAAnsAwALLAMAICwDACGsAwA2bAMAOOwDAAysQwAOrEMAIuxDACdsQwAeY4UAPGxDAA9sgwAR7IMAJayDACcsgwA77IMAAOzDABIswwAULMMAKGzDACxswwA+rMMAP+zDABTtAwAWbQMAKy0DAC0tAwABbUMAAa1DABetQwAYLUMALe1DADGtQwAELYMADC2DABptgwAa7YMAMK2DADZtgwAG7cMACe3DAB0twwAfLcMANKOFADVtwwAJrgMAD+4DAB/uAwAiLgMANi4DADiuAwAMbkMADm5DACKuQwAmrkMAOO5DADouQwAPLoMAEW6DACVugwAoroMAO66DAD1ugwAR7sMAE+7DACEjxQAqrsMAPm7DAABvAwAUrwMAGC8DACrvAwAuLwMAAS9DAAMvQwAXb0MAF+9DAC2vQwAvr0MAA++DAAQvgwAaL4MAGq+DADBvgwA0L4MABq/DAA6vwwAc78MAHW/DADMvwwA478MACXADAAxwAwAfsAMAJjADADXwAwAA8EMADDBDAAzwQwAicEMAI7BDADiwQwA78EMAN2PFAA9wgwAlMIMAJ7CDADtwgwA/MIMAEbDDABRwwwAn8MMAK3DDAD4wwwABcQMAFHEDABoxAwAqsQMALLEDAADxQwABMUMAFzFDABexQwAtcUMAMTFDAAOxgwALsYMAGfGDABpxgwAwMYMANfGDAAZxwwAJccMAHLHDAB6xwwANpAUANDHDAAkyAwAKsgMAH3IDACFyAwA1sgMAPXIDAAvyQwAPMkMAIjJDACJyQwA4ckMAPfJDAA6ygwAVsoMAI+QFACYygwA7MoMAPbKDABFywwATcsMAJ7LDACfywwA98sMAKDLDABa1QwA/csMAFDMDABczAwAqcwMALnMDAACzQwAEM0MAFvNDABuzQwAtM0MAMDNDAANzgwAFM4MAGbODABuzgwAv84MAMPODAAYzwwAJs8MAHHPDAB7zwwAys8MANXPDAAj0AwAK9AMAHzQDAC10AwA1dAMAN3QDAAu0QwAM9EMAIfRDACN0QwA4NEMAOjRDAA50gwAU9IMAJLSDADL0gwA69IMAPPSDABE0wwASdMMAJ3TDACj0wwA9tMMAP7TDABP1AwAadQMAKjUDADC1AwAAdUMADrVDADokBQAYtUMALPVDAC61QwADNYMABjWDABl1gwAZtYMAL7WDADK1gwAF9cMACTXDABw1wwAd9cMAMnXDADV1wwAItgMAC/YDAB72AwAitgMANTYDADo2AwAQZEUAC/ZDACG2QwAOdkMAD0sEACJ2QwAUYwPAJPZDADPCw4AldkMAN/ZDAD/2QwAONoMADraDACR2gwAqNoMAOraDAD22gwAQ9sMAEvbDACakRQAntsMAPXbDAAC3AwATtwMAFfcDACn3AwAqdwMAADdDAAR3QwAWd0MAGrdDACy3QwAxt0MAPORFAAr3gwAZN4MAGbeDAC93gwA1N4MABbfDAAi3wwAb98MAHffDABMkhQAyt8MACHgDAAk4AwAeuAMAILgDADT4AwA4OAMACzhDAAx4QwAheEMAI/hDADe4QwA5uEMADfiDABQ4gwAkOIMAJziDADp4gwA9eIMAELjDABP4wwAm+MMAKPjDAD04wwABOQMAE3kDABS5AwApuQMAK/kDAD/5AwADOUMAFjlDABf5QwAseUMALnlDAClkhQAF+YMAGPmDABm5gwAvOYMAMbmDAAV5wwAF+cMAG7nDAB/5wwAx+cMANjnDAAg6AwALOgMAHnoDACA6AwA0ugMAOzoDAAr6QwAM+kMAITpDACF6QwAmfMMAI7pDADd6QwA4+kMADbqDABK6gwAj+oMAJfqDADo6gwA8uoMAEHrDABG6wwAmusMAKLrDADz6wwAAewMAEzsDABZ7AwApewMAKjsDAD+7AwACO0MAFftDABZ7QwAsO0MAMHtDAAJ7gwAGu4MAGLuDABq7gwA/pIUAMXuDAAU7wwAMO8MAG3vDAB17wwAV5MUAMfvDAAf8AwANfAMAHjwDACA8AwA0fAMAN/wDAAq8QwAN/EMAIPxDACG8QwA3PEMAObxDAA18gwAN/IMAI7yDACf8gwA5/IMAPjyDABA8wwASPMMALCTFACq8wwA8vMMAP7zDABL9AwATfQMAKT0DACn9AwA/fQMAAn1DABW9QwAXvUMAAmUFAC49QwACPYMABX2DABh9gwAafYMALr2DADM9gwAE/cMACD3DABs9wwAbfcMAMX3DADb9wwAHvgMACb4DAB3+AwAhfgMAND4DADd+AwAKfkMACz5DACC+QwAjPkMANv5DADd+QwANPoMAEX6DACN+gwAnvoMAOb6DADu+gwAYpQUAEz7DACY+wwAovsMAPH7DACl+wwA9kIPAP/7DABK/AwAYPwMAKP8DACv/AwA/PwMAAj9DABV/QwAW/0MAK79DAC0/QwAB/4MAAz+DABg/gwAZv4MALuUFAC+/gwAEv8MABT/DABr/wwAcv8MAMT/DADM/wwAHQANACAADQB2AA0AfwANAM8ADQDeAA0AKAENADMBDQCBAQ0AiQENANoBDQDqAQ0AMwINAEECDQCMAg0AnQINAOUCDQDxAg0APgMNAEYDDQDGlRQAtQMNAPADDQD4Aw0AH5YUAFUEDQCiBA0AuAQNAPsEDQADBQ0AVAUNAHMFDQB4lhQAsAUNAMNgDQC6BQ0ABgYNAAkGDQAJ1xIADgYNAF8GDQAQBg0AKhIQAGEGDQC4Bg0AaQYNAJUTDQBwBg0ASAwNAMUGDQARBw0AJQcNAGoHDQByBw0AwwcNAMgHDQAcCA0ALAgNAHUIDQB9CA0AzggNANgIDQAnCQ0AMgkNAIAJDQCMCQ0A2QkNAOEJDQDRlhQANwoNAIsKDQCUCg0A5AoNAOoKDQA9Cw0ATAsNAJYLDQCiCw0A7wsNAPILDQAqlxQATQwNAKEMDQCwDA0A+gwNAPwMDQBTDQ0AZA0NAKwNDQC9DQ0ABQ4NABkODQBeDg0AZg4NALcODQDFDg0AEA8NAB0PDQBpDw0AbA8NAMIPDQDMDw0AGxANAB0QDQB0EA0AhRANAM0QDQDeEA0AJhENADIRDQB/EQ0AhhENANgRDQDgEQ0AMRINAEgSDQCKEg0AlhINAOMSDQD5Eg0APBMNAD8TDQCDlxQAoBMNAO4TDQD6Ew0ARxQNAE8UDQDclxQArBQNAPkUDQAPFQ0AUhUNAFUVDQCrFQ0AsxUNAAQWDQAGFg0AXRYNAHgWDQC2Fg0AuBYNAA8XDQAdFw0AaBcNAHkXDQDBFw0AwxcNABoYDQAzGA0AcxgNAIQYDQDMGA0A2BgNADWYFAArGQ0AfhkNAIwZDQDXGQ0A8hkNADAaDQA8Gg0AiRoNAI8aDQDiGg0A6hoNADsbDQBLGw0AlBsNAJkbDQDtGw0A9hsNAEYcDQBTHA0AnxwNAKYcDQD4HA0AAB0NAI6YFABWHQ0Aqh0NALAdDQADHg0ACx4NAFweDQCIHg0AtR4NALweDQAOHw0AJx8NAGcfDQB2Hw0AwB8NANwfDQDnmBQAJSANAHIgDQB8IA0AyyANANMgDQAkIQ0AKyENAH0hDQCDIQ0A1iENAOQhDQAvIg0ASiINAIgiDQCUIg0A4SINAOciDQA6Iw0AQiMNAJMjDQChIw0A7CMNAPkjDQBFJA0ASCQNAJ4kDQCoJA0A9yQNAPkkDQBQJQ0AXSUNAKklDQC4JQ0AAiYNAA4mDQBbJg0AYyYNAECZFAC5Jg0ADScNABMnDQBmJw0AbicNAL8nDQDrJw0AGCgNAB8oDQBxKA0AiigNAMooDQDZKA0AIykNACwpDQB8KQ0AgikNANUpDQDmKQ0ALioNAFYqDQCHKg0AsyoNAOAqDQDnKg0AOSsNAFIrDQCSKw0AoSsNAOsrDQAHLA0AmZkUAEksDQCdLA0ApywNAPYsDQAGLQ0ATy0NAFQtDQCoLQ0AsS0NAAEuDQAOLg0AWi4NAGEuDQCzLg0Avy4NAAwvDQAfLw0AZS8NAHQvDQC+Lw0Ayi8NABcwDQAYMA0AcDANAHowDQDJMA0A1zANACIxDQAnMQ0AezENAIgxDQDymRQA5TENAC0yDQAvMg0AhjINAIkyDQDfMg0A4jINADgzDQA/Mw0AkTMNAJ0zDQDqMw0A+jMNAEM0DQBTNA0AnDQNAKE0DQD1NA0A/jQNAE41DQBbNQ0ApzUNAK41DQAANg0ADDYNAFk2DQBfNg0AsjYNALg2DQALNw0AEDcNAGQ3DQBqNw0A/ZoUAMc3DQAWOA0AJDgNAG84DQB/OA0AyDgNAMo4DQAhOQ0AMDkNAHo5DQCEOQ0A0zkNANs5DQAInBQAMjoNAIU6DQCROg0AYZwUAOM6DQA3Ow0APzsNAJA7DQCgOw0A6TsNAPc7DQBCPA0ATzwNAJs8DQCiPA0A9DwNAPw8DQATnRQAXj0NAKY9DQCtPQ0A/z0NAAc+DQBYPg0AZT4NALE+DQC2Pg0ACj8NABQ/DQBjPw0Aaz8NALw/DQDVPw0AFUANACFADQBuQA0AdkANAGydFADTQA0AIEENACNBDQB5QQ0AfkENANJBDQDjQQ0AK0INAEZCDQCEQg0AkEINAN1CDQDkQg0ANkMNAFJDDQCPQw0Al0MNAMWdFADtQw0AQUQNAEtEDQCaRA0AokQNAPNEDQD1RA0AohoPAANFDQBMRQ0AUUUNAKVFDQCuRQ0A/kUNAAtGDQBXRg0AXkYNAB6eFAC5Rg0ACUcNABZHDQBiRw0AcUcNALtHDQDFRw0AFEgNACJIDQBtSA0AckgNAMZIDQDTSA0AH0kNACdJDQB3nhQAeUkNANFJDQDdSQ0AKkoNADdKDQCDSg0AkUoNANxKDQDpSg0ANUsNAExLDQCOSw0AlksNAOdLDQDtSw0AQEwNAExMDQCZTA0AtkwNAPJMDQD7TA0AS00NAFlNDQCkTQ0Aqk0NAP1NDQAJTg0AVk4NAF1ODQCvTg0At04NAAhPDQAnTw0A0J4UAHJPDQC6Tw0Axk8NABNQDQAaUA0AbFANAHRQDQDFUA0Az1ANAB5RDQAjUQ0Ad1ENAH9RDQDQUQ0A1VENAClSDQAqUg0AglINAI5SDQDbUg0A6FINADRTDQA8Uw0AjVMNAJBTDQDmUw0A8FMNAD9UDQBFVA0AmFQNAKRUDQDxVA0A81QNAEpVDQBgVQ0Ao1UNAL9VDQD8VQ0ABFYNACmfFABaVg0ArlYNALZWDQAHVw0AClcNAGBXDQBpVw0AuVcNAMhXDQASWA0AHVgNAGtYDQBzWA0AxFgNANRYDQAdWQ0AK1kNAHZZDQCHWQ0Az1kNANtZDQAoWg0AMFoNAIKfFACHWg0A2loNAOJaDQAzWw0AOlsNAIxbDQCaWw0A5VsNAOtbDQA+XA0ASlwNAJdcDQCmXA0A8FwNAPpcDQBJXQ0ATl0NAKJdDQCoXQ0A+10NAA9eDQDbnxQAYF4NAK1eDQC6Xg0ABl8NAAlfDQBfXw0AbV8NALhfDQC9Xw0AEWANAB5gDQBqYA0AcmANADSgFADLYA0AHGENACJhDQB1YQ0AI2ENAJUeDgCBYQ0AzmENAOthDQAnYg0AMGINAIBiDQCOYg0A2WINAN9iDQAyYw0APmMNAItjDQCSYw0AjaAUAOVjDQAq/A0A8GMNAD1kDQD0Yw0AsPgNAFBkDQCWZA0AoGQNAO9kDQD7ZA0ASGUNAFVlDQChZQ0ApGUNAPplDQAIZg0AU2YNAFhmDQCsZg0AuWYNAAVnDQANZw0A5qAUAGRnDQC3Zw0AxWcNABBoDQAraA0AaWgNAHVoDQDCaA0AyGgNAJihFAA+aQ0A8aEUAHlpDQDNaQ0A2mkNACZqDQAzag0Af2oNAItqDQDYag0A52oNADFrDQA7aw0AimsNAJhrDQDjaw0A6GsNADxsDQBJbA0AlWwNALFsDQDubA0A9mwNAEqiFABMbQ0AoG0NAKZtDQD5bQ0AAW4NAFJuDQBTbg0Aq24NALJuDQAEbw0ACW8NAF1vDQBlbw0Atm8NAMRvDQAPcA0AEnANAGhwDQBwcA0AwXANAM5wDQAacQ0AH3ENAHNxDQB9cQ0AzHENANRxDQAlcg0ANnINAH5yDQCDcg0A13INANlyDQAwcw0AN3MNAIlzDQCVcw0A4nMNAOlzDQCjohQAR3QNAJR0DQCxdA0A7XQNAPZ0DQBGdQ0AVHUNAJ91DQCldQ0A+HUNAAR2DQBRdg0AWHYNAKp2DQCydg0AA3cNABl3DQBcdw0AYXcNALV3DQC8dw0ADngNABd4DQBneA0AeHgNAMB4DQDMeA0AGXkNACF5DQBVoxQAeHkNAMt5DQDQeQ0AJHoNAD96DQB9eg0Ai3oNANZ6DQDdeg0AL3sNADt7DQCIew0Ai3sNAOF7DQDpew0AOnwNADt8DQCTfA0AlXwNAOx8DQD7fA0ARX0NAGV9DQCefQ0AoH0NAPd9DQAOfg0AUH4NAFx+DQCpfg0AsX4NAK6jFAAHfw0AW38NAGN/DQC0fw0AxH8NAA2ADQAbgA0AZoANAHeADQC/gA0Ay4ANABiBDQAbgQ0AcYENAHmBDQDKgQ0A2IENACOCDQAwgg0AfIINAISCDQDVgg0ADoMNAAekFAAwgw0Ah4MNAJWDDQDggw0A8YMNAGCkFAA/hA0AkoQNAJ6EDQC5pBQAB4UNAGulFABNhQ0AnYUNALOFDQD2hQ0A/IUNAMmJDQAGhg0AT4YNAFGGDQCohg0AtoYNAAGHDQAShw0AxKUUAGGHDQAdphQAv4cNAAyIDQAPiA0AZYgNAG+IDQC+iA0AwYgNABeJDQApiQ0AcIkNAIyJDQB2phQA0okNACKKDQAvig0Ae4oNAIWKDQDUig0A4ooNAC2LDQBDiw0AhosNAJKLDQDfiw0A64sNADiMDQA+jA0AkYwNAJeMDQDqjA0A74wNAEONDQBJjQ0Az6YUAKiNDQD1jQ0A+I0NAE6ODQBYjg0Ap44NAKqODQAAjw0ACY8NAFmPDQBnjw0Aso8NALyPDQALkA0AF5ANAGSQDQBnkA0AvZANAM+QDQAWkQ0AMpENACinFAB+kQ0AyJENAM2RDQAhkg0AKpINAHqSDQCHkg0A05INAN2SDQAskw0APpMNAIWTDQChkw0AgacUAOSTDQA3lA0APZQNAJCUDQCVlA0A6ZQNAO+UDQDapxQAR5UNAJuVDQCklQ0A9JUNAP6VDQBNlg0AUJYNAKaWDQC0lg0A/5YNAAaXDQBYlw0AZJcNALGXDQDJlw0ACpgNAA+YDQBjmA0Ac5gNALyYDQDUmA0AFZkNACGZDQBumQ0AgZkNAMeZDQDJmQ0AIJoNADaaDQB5mg0AepoNANKaDQDjmg0AK5sNADebDQCEmw0Ah5sNAN2bDQD1mw0ANpwNAEWcDQCPnA0AlJwNAOicDQDxnA0AQZ0NAE6dDQCanQ0ApJ0NAPOdDQAFng0ATJ4NAGieDQCMqBQArJ4NAKQVEACvng0A/p4NAAqfDQBXnw0AWp8NALCfDQC6nw0ACaANAAygDQBioA0Aa6ANALugDQDJoA0AFKENAB6hDQBtoQ0AeaENAOWoFADOoQ0AH6INAC+iDQB4og0AeqINANGiDQDfog0AKqMNADujDQA+qRQAiaMNANyjDQDoow0Al6kUAD6kDQCOpA0ApKQNAOekDQD9pA0AQKUNAEKlDQCZpQ0An6UNAPKlDQAGpg0AS6YNAGOmDQCkpg0AtaYNAP2mDQALpw0AVqcNAGOnDQCvpw0Au6cNAAioDQAaqA0AYagNAH2oDQC6qA0AzKgNAEmqFAAUqQ0AbKkNAHipDQDFqQ0A1KkNAB6qDQAmqg0AoqoUAHmqDQDQqg0A3qoNACmrDQA6qw0A+6oUAImrDQBUqxQA46sNAAasFAA1rA0AaMkNADesDQDwtQ0AOKwNAPGtDQA6rA0AX7gNADusDQB2sg0APawNAH7LDQBArA0AjawNAEGsDQBgsA0AQ6wNAO+9DQCTrA0A5qwNAOysDQA/rQ0ARK0NAJitDQCerQ0AX6wUAPOtDQBKrg0AUK4NAKOuDQCwrg0Aaq0UAAmvDQBVrw0AbK8NAK6vDQDKrw0AB7ANAA+wDQDDrRQAZbANALmwDQDDsA0AErENACCxDQBrsQ0AerENAMSxDQDQsQ0AHK4UACWyDQB1rhQAgrINAM+yDQDQsg0AKLMNAC6zDQCBsw0AjbMNANqzDQDpsw0AM7QNADW0DQCMtA0AlrQNAOW0DQDxtA0APrUNAEW1DQDOrhQAn7UNACevFAD6tQ0ASbYNAE+2DQCitg0AsLYNAPu2DQAKtw0AVLcNAF63DQCttw0AybcNAAa4DQAOuA0AgK8UAGu4DQC4uA0Ax7gNABG5DQAWuQ0AarkNAIW5DQDDuQ0Az7kNABy6DQAiug0AdboNAHe6DQDOug0A57oNACe7DQA4uw0AgLsNAIy7DQDZuw0A8bsNADK8DQA+vA0Ai7wNAJG8DQDkvA0A6rwNAD29DQBCvQ0Alr0NAJy9DQDZrxQA9L0NAEi+DQBOvg0Aob4NAF6+DQB/ww0Arb4NAPq+DQASvw0AU78NAFe/DQAQwQ0AX78NAKy/DQCyvw0ABcANAAvADQBewA0AY8ANALfADQC9wA0A5LAUABLBDQBpwQ0Ab8ENAMLBDQDPwQ0A77EUACjCDQB0wg0Ai8INAM3CDQDpwg0AJsMNAC7DDQBIshQAgMMNANjDDQDmww0AMcQNAELEDQCKxA0AlsQNAOPEDQD7xA0APMUNAEDFDQD5xg0ASMUNAJXFDQCbxQ0A7sUNAPTFDQBHxg0ATMYNAKDGDQCmxg0AobIUAPvGDQBSxw0AWMcNAKvHDQC4xw0ArLMUABHIDQBdyA0AdMgNALbIDQDSyA0AD8kNABfJDQAFtBQAaskNAMHJDQDHyQ0AGsoNAB3KDQBzyg0Af8oNAMzKDQDoyg0AJcsNAC3LDQBetBQAgcsNANfLDQDjyw0AMMwNADbMDQCJzA0AocwNAOLMDQDmzA0An84NAOnMDQAk0w0A7swNADvNDQDvzA0ADtENAEHNDQCUzQ0Ams0NAO3NDQDyzQ0ARs4NAEzODQC3tBQAoc4NAPjODQD+zg0AUc8NAF7PDQDCtRQAt88NAAPQDQAa0A0AXNANAHjQDQC10A0AvdANABu2FAAT0Q0AZ9ENAHHRDQDA0Q0AztENABnSDQAo0g0ActINAH7SDQB0thQA09INAM22FAAw0w0AfdMNAH7TDQDW0w0A3NMNAC/UDQA71A0AiNQNAJfUDQDh1A0A49QNADrVDQBE1Q0Ak9UNAJ/VDQDs1Q0A89UNACa3FABN1g0Af7cUAKjWDQD31g0AA9cNAFDXDQBm1w0AqdcNALXXDQAC2A0AFdgNAFvYDQBp2A0AtNgNAL7YDQDYtxQAFdkNADG4FAB82Q0Av9kNAMvZDQAY2g0AJdoNAHHaDQB72g0AytoNAMzaDQAj2w0ALdsNAHzbDQCK2w0A1dsNANrbDQAu3A0AO9wNAIfcDQCP3A0A4NwNAPDcDQA53Q0AO90NAJLdDQCb3Q0A690NAPzdDQBE3g0ATt4NAIq4FACp3g0A9t4NAA3fDQBP3w0Aat8NAOO4FADB3w0AAeANAAfgDQBa4A0AZOANADy5FAC14A0ADOENAB3hDQBl4Q0AbeENAL7hDQCB4Q0AdgsOAMrhDQAX4g0AHeINAHDiDQB24g0AyeINAM7iDQAi4w0AKOMNAJW5FACX4w0A1OMNANzjDQCguhQAO+QNAIbkDQCX5A0A3+QNAPDkDQA45Q0AROUNAJHlDQCY5Q0A+boUAPvlDQBD5g0AVOYNAJzmDQCo5g0A9eYNAPzmDQBSuxQAUOcNAKfnDQCo5w0AAOgNAAjoDQBZ6A0AXugNALLoDQC76A0AC+kNABXpDQBk6Q0AbOkNAL3pDQDC6Q0AFuoNACbqDQBv6g0Ad+oNAMjqDQDe6g0AIesNAC3rDQB66w0AkOsNANPrDQDY6w0ALOwNADLsDQCF7A0AmewNAKu7FAD07A0AN+0NAEXtDQCQ7Q0Ane0NAOntDQDr7Q0AQu4NAEzuDQCb7g0Ap+4NAPTuDQD77g0ATe8NAFXvDQCm7w0Av+8NAP/vDQAT8A0AWPANAGDwDQCx8A0As/ANAArxDQAX8Q0AY/ENAGjxDQC88Q0AxvENABXyDQAg8g0AbvINAHryDQDH8g0AzfINACDzDQAo8w0AefMNAHrzDQDS8w0A2PMNACv0DQAw9A0AhPQNAJP0DQDd9A0A6fQNADb1DQA59Q0Aj/UNAJL1DQAEvBQA7fUNAEH2DQBd9g0AXbwUALr2DQDz9g0A+/YNALa8FABS9w0ApfcNALH3DQAPvRQABPgNAFf4DQBj+A0Afr8UALL4DQAJ+Q0AE/kNAGL5DQBk+Q0Au/kNAMz5DQAU+g0AHPoNAG36DQB5+g0AxvoNAMz6DQAf+w0AJfsNAHj7DQB9+w0A0fsNANf7DQDXvxQALPwNAIP8DQCJ/A0A3PwNAN/8DQA1/Q0AQf0NAI79DQCW/Q0A4sAUAO39DQBA/g0ARv4NAJn+DQCe/g0A8v4NAPj+DQA7wRQATf8NAKT/DQCt/w0A/f8NABQADgBWAA4AYQAOAK8ADgC5AA4ACAEOABABDgBGwhQAbgEOALoBDgDCAQ4AEwIOAB0CDgBsAg4AdwIOAMUCDgDLAg4AHgMOACoDDgB3Aw4AeQMOANADDgDXAw4AKQQOADEEDgCCBA4AlAQOAJ/CFAAbBQ4ANAUOADwFDgCNBQ4AsAUOAKrDFADoBQ4APwYOAEwGDgCYBg4AnwYOAPEGDgACBw4ASgcOAFYHDgCjBw4AqgcOAPwHDgD9Bw4ADioOAAQIDgADxBQAaAgOAK4IDgC9CA4ABwkOABMJDgBgCQ4AYQkOALkJDgDDCQ4AEgoOACAKDgBrCg4AcAoOAMQKDgDRCg4AXMQUACULDgC1xBQAfgsOAA7FFADdCw4AKAwOADcMDgCBDA4AoQwOANoMDgDmDA4AMw0OADoNDgCMDQ4AlA0OAOUNDgDnDQ4APg4OAEgODgAZxhQAoQ4OAPAODgD4Dg4AcsYUAFMPDgCiDw4Aqg8OAMvGFAA8EA4AVBAOAFwQDgCtEA4AyxAOACTHFAALEQ4AxQ0PABIRDgARMxEAFBEOAF8RDgBmEQ4AYg8QAG8RDgC4EQ4AyBEOABESDgAdEg4AahIOAHASDgDDEg4A3xIOABwTDgAkEw4AfccUAIkTDgDOEw4A2BMOACcUDgAzFA4AgBQOAIgUDgDWxxQA5BQOADIVDgA0FQ4AixUOAJEVDgDkFQ4A7BUOAC/IFAA/Fg4AlhYOAJkWDgDvFg4A9xYOAEgXDgBYFw4AoRcOAKMXDgD6Fw4ACBgOAFMYDgBkGA4AiMgUALMYDgDhyBQACxkOAF4ZDgBjGQ4AtxkOAL0ZDgA6yRQAGhoOAGkaDgBrGg4AwhoOANUaDgAbGw4AIxsOAHQbDgCAGw4AzRsOANMbDgAmHA4ALBwOAH8cDgCEHA4A2BwOAN4cDgBFyhQAOh0OAIodDgCXHQ4A4x0OAOodDgA8Hg4ARB4OAJ7KFAChHg4A7h4OAPgeDgBHHw4AUx8OAKAfDgCvHw4A+R8OAAMgDgBSIA4AXiAOAKsgDgCyIA4A98oUAAchDgDeDREACiEOAF0hDgATIQ4AZP8PABUhDgB2Fg8AaSEOALYhDgC+IQ4AUMsUABsiDgBoIg4AciIOAMEiDgDNIg4AGiMOACkjDgBzIw4AfSMOAMwjDgDYIw4AJSQOACwkDgCpyxQAjCQOANckDgCeJA4ADe8PAO4kDgAwJQ4APSUOAIklDgCLJQ4A4iUOAPMlDgA7Jg4AVyYOAJQmDgCcJg4AAswUAAYnDgBGJw4AWicOAJ8nDgCnJw4A+CcOAPsnDgBRKA4AXygOAKooDgDBKA4AAykOABApDgBcKQ4AXikOALUpDgDGKQ4AW8wUABQqDgBnKg4AbCoOAMAqDgDWKg4AGSsOACcrDgByKw4AdSsOAMsrDgDXKw4AJCwOACosDgB9LA4AiSwOANYsDgACLQ4ALy0OADstDgCILQ4Aly0OAOEtDgDrLQ4AOi4OAEguDgCTLg4AmC4OAOwuDgD5Lg4AtMwUAEcvDgCeLw4ArC8OAPcvDgAEMA4AUDAOAGIwDgANzRQAuDAOAAIxDgAOMQ4AWzEOAHQxDgC0MQ4AtjEOAA0yDgAcMg4AZjIOAIYyDgC/Mg4AxzIOABgzDgA7Mw4AZs0UAHYzDgDKMw4AzTMOACM0DgAtNA4AfDQOAIQ0DgDVNA4A2zQOAC41DgA6NQ4AhzUOAJY1DgDgNQ4A7DUOADk2DgBGNg4AkjYOAJw2DgDrNg4A8zYOAEQ3DgBTNw4AnTcOAJ83DgD2Nw4ABzgOAE84DgBgOA4AqDgOALA4DgABOQ4AEjkOAFo5DgBcOQ4AszkOALY5DgAMOg4AFjoOAGU6DgCJOg4AvjoOANo6DgC/zRQAHTsOAHA7DgB1Ow4AyTsOANg7DgAiPA4ALjwOAHs8DgB+PA4A1DwOANc8DgAtPQ4ANT0OAIY9DgCVPQ4A3z0OAOQ9DgA4Pg4ATj4OAJE+DgCSPg4A6j4OAPs+DgBDPw4ATz8OAJw/DgCmPw4A9T8OAAFADgBOQA4AVUAOABjOFACrQA4AAEEOAA5BDgBZQQ4AY0EOALJBDgC9QQ4AC0IOABNCDgBkQg4AcEIOAL1CDgDQQg4AFkMOACRDDgBvQw4AeUMOAMhDDgDQQw4AIUQOADBEDgB6RA4Af0QOANNEDgDaRA4ALEUOADhFDgBxzhQAkUUOAN5FDgDhRQ4AN0YOADpGDgCQRg4AmEYOABvjEACqRg4A6UYOAPVGDgBCRw4AVUcOAJtHDgCpRw4A9EcOAP5HDgBNSA4AcEgOAMrOFACwSA4A/0gOAAtJDgBYSQ4AX0kOALFJDgC5SQ4ACkoOAA5KDgBjSg4AcUoOALxKDgDGSg4AFUsOACBLDgBuSw4AdksOAMdLDgDWSw4AIEwOACVMDgB5TA4AgEwOANJMDgDeTA4AK00OADNNDgAjzxQAmk0OAH7sEACdTQ4A3U0OAOdNDgA2Tg4AQk4OAI9ODgCSTg4A6E4OAPJODgBBTw4ARE8OAJpPDgCqTw4A808OAPVPDgBMUA4AWlAOAKVQDgC2UA4AfM8UAAVRDgDVzxQAcFEOALBRDgC6UQ4ACVIOABVSDgBiUg4AZVIOALtSDgDFUg4ALtAUABlTDgBtUw4AjVMOAMZTDgDOUw4Ah9AUAC1UDgB4VA4AjlQOANFUDgDdVA4AKlUOADFVDgCDVQ4Ai1UOANxVDgDhVQ4ANVYOAD5WDgCOVg4AmFYOAOdWDgDvVg4AQFcOAE5XDgCZVw4AplcOAPJXDgD6Vw4A4NAUAFtYDgCkWA4ArFgOADnRFAAEWQ4AVlkOAGJZDgCvWQ4AtlkOAAhaDgAQWg4AYVoOAGtaDgC6Wg4AyFoOABNbDgApWw4AbFsOAHhbDgDFWw4AylsOAB5cDgAnXA4Ad1wOAIFcDgDQXA4A2FwOACldDgAuXQ4Agl0OAJJdDgDbXQ4A410OAJLRFABCXg4AjV4OAKNeDgDmXg4A8l4OAD9fDgBGXw4AmF8OAKBfDgDxXw4A9l8OAEpgDgBTYA4Ao2AOAK1gDgD8YA4ABGEOAFVhDgBXYQ4AgG0OAGNhDgCuYQ4Au2EOAAdiDgAPYg4A69EUAGxiDgC5Yg4AvGIOABJjDgAcYw4ARNIUAHljDgDEYw4A2mMOAB1kDgApZA4AdmQOAH1kDgDPZA4A12QOAChlDgAtZQ4AgWUOAIplDgDaZQ4A5GUOADNmDgA7Zg4AjGYOAI5mDgDlZg4A9WYOAD5nDgBIZw4Al2cOAKNnDgDwZw4A9mcOAPbSFABXaA4AomgOALhoDgD7aA4AB2kOAFRpDgBZaQ4ArWkOALZpDgAGag4AEGoOAF9qDgBnag4AuGoOANpqDgBP0xQAIGsOAGprDgB2aw4Aw2sOAMRrDgAcbA4AJmwOAHVsDgCDbA4AzmwOANNsDgAnbQ4ANG0OAKjTFACQbQ4A2W0OAONtDgAybg4APm4OAItuDgCRbg4A5G4OAOxuDgCz1BQAQm8OAJZvDgCebw4A728OAPtvDgBdeg4ACHAOAEhwDgBUcA4AoXAOAKlwDgAM1RQAB3EOAFNxDgBbcQ4ArHEOALpxDgAFcg4AEnIOAF5yDgBhcg4At3IOAMFyDgAQcw4AEnMOAGlzDgB2cw4AwnMOANFzDgAbdA4AJ3QOAHR0DgB8dA4AZdUUAN10DgAmdQ4ALnUOAH91DgCLdQ4A2HUOAN51DgAxdg4AN3YOAIp2DgCPdg4A43YOAOl2DgC+1RQASXcOAJV3DgCadw4A7ncOAPh3DgBHeA4AT3gOAKB4DgCseA4A+XgOAAx5DgBSeQ4AYHkOAKt5DgCueQ4ABHoOAA56DgAX1hQAcHoOALZ6DgDEeg4AD3sOABJ7DgBoew4AcnsOAHDWFADGew4AGnwOAM97DgAWnA4AInwOAHN8DgB/fA4AzHwOANJ8DgAlfQ4A33wOAKeZDgArfQ4Afn0OAIN9DgDXfQ4A3X0OAMnWFAA2fg4AiX4OAI5+DgDifg4A6H4OACLXFABJfw4AlH8OAK9/DgDtfw4A+X8OAEaADgBNgA4Ae9cUAKiADgD4gA4ABYEOAFGBDgBdgQ4AqoEOAL2BDgADgg4ABIIOAFyCDgBogg4AtYIOAMSCDgAOgw4AGIMOAGeDDgBzgw4AwIMOAMeDDgDU1xQAH4QOAHKEDgB4hA4Ay4QOANCEDgAkhQ4AKoUOAIbYFACGhQ4A1oUOAOOFDgAvhg4AM4YOAIiGDgCKhg4A4YYOAO6GDgA6hw4ARIcOAN/YFACahw4A7IcOAPSHDgBFiA4AUYgOAJ6IDgCxiA4A94gOAAaJDgBQiQ4AXIkOAKmJDgCqiQ4AAooOAAyKDgBbig4AaYoOALSKDgC5ig4ADYsOABqLDgA42RQAcosOAL+LDgDFiw4AGIwOAB6MDgBxjA4AdowOAMqMDgDQjA4AkdkUACiNDgB8jQ4Aho0OAEPaFADdjQ4ALo4OADuODgCHjg4AjI4OAOCODgDqjg4AOY8OAEGPDgCSjw4Ano8OAOuPDgD+jw4ARJAOAEWQDgCdkA4AqZAOAPaQDgAFkQ4AT5EOAFmRDgCokQ4AsJEOAAGSDgADkg4AnNoUAGOSDgCzkg4AwpIOAAyTDgAbkw4AZZMOAHGTDgC+kw4AwZMOABeUDgAalA4A9doUAHKUDgDJlA4AzJQOACKVDgAqlQ4Ae5UOAIiVDgDUlQ4A2ZUOAC2WDgA3lg4AhpYOAI6WDgDflg4A65YOADiXDgBLlw4AkZcOAJKXDgDqlw4A9pcOAEOYDgBSmA4AnJgOAKaYDgD1mA4AAZkOAE6ZDgBVmQ4ATtsUALaZDgAAmg4ADJoOAFmaDgBamg4AspoOALyaDgALmw4AGZsOAGSbDgBpmw4AvZsOAMqbDgCn2xQAJ5wOAADcFAB8nA4AyJwOANacDgAhnQ4AMp0OAHqdDgCcnQ4AWdwUANidDgAsng4A2Z0OADDXDgA0ng4AhZ4OAIaeDgAKow4AiJ4OABWkDgCKng4A/6EOAIueDgB5pQ4AjJ4OAPSgDgCUng4A3p4OAJ6eDgCaqA4A454OADefDgBEnw4AkJ8OAJ2fDgDpnw4A9Z8OAEKgDgBRoA4Am6AOAKWgDgCy3BQAAqEOAE2hDgBPoQ4ApqEOALehDgAL3RQAAKIOAFiiDgBkog4AsaIOAL6iDgBk3RQAGKMOAGOjDgBwow4AvKMOANOjDgC93RQAHqQOAN2mDgAfpA4AbqQOAHCkDgDHpA4AzaQOACClDgAqpQ4AFt4UAIWlDgDSpQ4A1KUOACumDgA6pg4AhKYOAI+mDgBv3hQA7KYOADanDgBFpw4Aj6cOAJunDgDopw4A9KcOAEGoDgBIqA4AyN4UAKaoDgDzqA4A+6gOACHfFABlqQ4ApakOALapDgD+qQ4ACqoOAHrfFABeqg4AsKoOALiqDgAJqw4ACqsOAGKrDgBoqw4Au6sOAMCrDgAUrA4AFawOAG2sDgB5rA4AxqwOAMysDgAfrQ4AKa0OAHitDgCGrQ4ACLMOAIytDgDRrQ4A2a0OANPfFAA6rg4Ag64OAIuuDgDcrg4A5a4OADWvDgDprg4A/bEOAEKvDgCOrw4Ala8OAOevDgDzrw4AQLAOAFCwDgCZsA4Ap7AOAPKwDgD/sA4AS7EOAFexDgCksQ4Aq7EOACzgFAAGsg4AVrIOAGeyDgCvsg4AwLIOAIXgFAAUsw4AYbMOAGSzDgC6sw4AwrMOABO0DgAYtA4AbLQOAHy0DgDFtA4AzbQOAB61DgAntQ4Ad7UOACu1DgA/uA4AhLUOANC1DgDXtQ4AKbYOADW2DgCCtg4AkrYOANu2DgDptg4ANLcOAEG3DgCNtw4AmbcOAOa3DgDttw4A3uAUAEi4DgCYuA4AqbgOAPG4DgACuQ4AN+EUAE+5DgCjuQ4AsLkOAPy5DgAIug4AVboOAF+6DgCuug4AwroOAAe7DgAIuw4AYLsOAGy7DgC5uw4A2LsOABK8DgAavA4Aa7wOAHC8DgDEvA4A3bwOAB29DgBJvQ4Adr0OAIK9DgDPvQ4A3r0OACi+DgAyvg4Agb4OAIm+DgDavg4A5b4OADO/DgA1vw4AjL8OAI+/DgDlvw4A7b8OAD7ADgBLwA4Al8AOAJzADgDwwA4A+MAOAEnBDgBLwQ4AosEOAKzBDgD7wQ4ABcIOAFTCDgBawg4ArcIOALvCDgAGww4AH8MOAF/DDgBoww4AuMMOAMLDDgARxA4AHcQOAJDhFAB2xA4Aw8QOAM3EDgAcxQ4AJ8UOAHXFDgB6xQ4AzsUOANXFDgAnxg4AL8YOAIDGDgCtxg4A6eEUAODGDgAyxw4AOscOAIvHDgC4xw4A5McOAOnHDgA9yA4APsgOAJbIDgCgyA4A78gOAP3IDgBIyQ4ATckOAKHJDgCuyQ4A+skOABbKDgBTyg4Ab8oOAELiFAC5yg4ABcsOAAnLDgBeyw4AZMsOALfLDgC5yw4AEMwOABHMDgBpzA4AjMwOAMLMDgDmzA4AG80OAEjNDgB0zQ4AfM0OAM3NDgDSzQ4AJs4OADPODgB/zg4Ah84OANjODgDazg4AMc8OADnPDgCKzw4At88OAOPPDgDwzw4APNAOAEHQDgCV0A4AotAOAO7QDgD60A4AR9EOAHTRDgCg0Q4AqNEOAPnRDgAU0g4AUtIOAFTSDgCr0g4AvNIOAATTDgAN0w4AXdMOAGnTDgCb4hQAw9MOAA/UDgAq1A4AaNQOAG3UDgDB1A4A4dQOABrVDgAm1Q4Ac9UOAHvVDgD04hQA2tUOACXWDgAv1g4AftYOAInWDgDX1g4A39YOAKbjFAA51w4AidcOAJPXDgDi1w4A7dcOADvYDgBP2A4AlNgOAKnYDgDt2A4A9dgOAEbZDgBd2Q4An9kOAKTZDgD42Q4AAtoOAFHaDgBZ2g4A/+MUAKzaDgAD2w4AFNsOAFzbDgBf2w4AtdsOAMHbDgBY5BQAHNwOAGfcDgB43A4AseQUAMPcDgAZ3Q4AHN0OAHLdDgB+3Q4Ay90OANHdDgAk3g4ALt4OAArlFACK3g4A1t4OAO3eDgAv3w4AN98OAGPlFACO3w4A4d8OAOffDgA64A4AUuAOAJPgDgCV4A4A7OAOAO/gDgBF4Q4ASOEOAJ7hDgCq4Q4A9+EOAP3hDgBQ4g4AWuIOABXmFACu4g4AAuMOAA/jDgBu5hQAa+MOALTjDgDA4w4ADeQOABPkDgBm5A4AcuQOAL/kDgB05A4Au34SAMzkDgAY5Q4AJ+UOAHHlDgB95Q4AyuUOANLlDgDH5hQAK+YOAHzmDgB+5g4A1eYOAOTmDgAu5w4AOOcOAIfnDgCQ5w4A4OcOAOLnDgA56A4ASugOAJLoDgCn6A4A6+gOAPPoDgBE6Q4AhukOAJ3pDgCl6Q4A9ukOAALqDgBP6g4AYuoOAKjqDgCp6g4AAesOAA3rDgBa6w4AaesOALPrDgC96w4ADOwOABjsDgBl7A4AbOwOAHnnFADa7A4A0ucUABrtDgBw7Q4AeO0OAMntDgDW7Q4AIu4OACfuDgB77g4Ahe4OANTuDgDc7g4ALe8OADfvDgCy8w4APe8OAMj1DgBa7w4Ahu8OAJDvDgDf7w4Alu8OAJzxDgDl7w4AOPAOAEHwDgCR8A4AnfAOAOrwDgAX8Q4AQ/EOAF/xDgCE6BQAnvEOAPXxDgAG8g4ATvIOAFHyDgCn8g4As/IOAADzDgAt8w4AWfMOAHXzDgDd6BQAuPMOAAv0DgAU9A4AZPQOAG70DgC99A4AyPQOABb1DgAq9Q4Ab/UOAIv1DgA26RQAyvUOACH2DgAy9g4AevYOAH32DgDT9g4A5/YOACz3DgBI9w4Aj+kUAI33DgDo6RQA6PcOADf4DgBA+A4AkPgOAJL4DgDp+A4A+vgOAEL5DgBm+Q4AQeoUALX5DgCa6hQA+fkOAE36DgBm+g4ApvoOALD6DgD/+g4AAfsOAFj7DgBm+w4AsfsOAL77DgAK/A4AFvwOAGP8DgBq/A4AvPwOAMT8DgDz6hQAHf0OAEzrFAB6/Q4Ax/0OAOT9DgAg/g4AKf4OAHn+DgCH/g4A0v4OANj+DgAr/w4AN/8OAIT/DgCL/w4A3f8OAOX/DgA2AA8AQAAPAI8ADwCbAA8A6AAPAOsADwBBAQ8ASwEPAP7rFACfAQ8A8wEPAA4CDwBMAg8AWAIPAKUCDwCrAg8A/gIPAAADDwBXAw8AbgMPALADDwC8Aw8ACQQPABEEDwCw7BQAcgQPALsEDwDDBA8ACe0UACAFDwBtBQ8AcwUPAMYFDwDMBQ8AHwYPACQGDwB4Bg8AfgYPAGLtFADbBg8AKgcPADIHDwAU7hQAiQcPANwHDwDkBw8ANQgPAEIIDwCOCA8AmggPAOcIDwDpCA8AQAkPAEYJDwCZCQ8AoQkPAG3uFAD/CQ8ASwoPAFIKDwCkCg8ArAoPAP0KDwACCw8AVgsPAGYLDwCvCw8AtwsPAAgMDwAWDA8AYQwPAG4MDwC6DA8AuwwPABMNDwAcDQ8AbA0PAHYNDwDG7hQA0Q0PAB4ODwAhDg8Adw4PAH8ODwDQDg8A3Q4PACkPDwAuDw8Agg8PAIwPDwDbDw8A4w8PADQQDwBAEA8AjRAPAKAQDwDmEA8A9BAPAD8RDwBCEQ8AmBEPAKIRDwAf7xQA9hEPAEoSDwBWEg8AoxIPAKYSDwD8Eg8ABBMPAFUTDwBiEw8ArhMPALMTDwAHFA8AERQPAGAUDwBoFA8AuRQPAMUUDwASFQ8AJRUPAGsVDwB5FQ8AxBUPAMcVDwAdFg8AJxYPAHjvFAB8Fg8AzxYPANsWDwAoFw8AKhcPAIEXDwCIFw8A2hcPAO4XDwAzGA8AOxgPAIwYDwCYGA8A5RgPAPgYDwA+GQ8ATBkPAJcZDwCaGQ8A8BkPAPoZDwBJGg8ATBoPANHvFAC9Gg8A+xoPAP0aDwBUGw8AYhsPAK0bDwC+Gw8ABhwPAAgcDwBfHA8AeBwPALgcDwDJHA8AER0PAB0dDwAq8BQAcx0PAMMdDwDQHQ8AHB4PACYeDwB1Hg8Agx4PAM4eDwDkHg8AJx8PADMfDwCAHw8AjB8PANkfDwDsHw8AMiAPAEEgDwCLIA8AlyAPAOQgDwDlIA8APSEPAEchDwCWIQ8ApCEPAO8hDwD0IQ8ASCIPAFUiDwCD8BQAryIPAPoiDwAQIw8AUyMPAF8jDwCsIw8AsyMPAAUkDwANJA8AXiQPAGMkDwC3JA8AwCQPABAlDwAaJQ8AaSUPAHElDwDCJQ8AxiUPABsmDwAdJg8AdCYPAIImDwDNJg8A1yYPACYnDwA0Jw8AfycPAIwnDwDYJw8A7ycPADEoDwA5KA8AiigPAJooDwDjKA8A6CgPADwpDwBCKQ8AlSkPAJ0pDwDuKQ8A8ykPAEcqDwBIKg8AoCoPAKwqDwD5Kg8A/yoPAFIrDwBUKw8AqysPALUrDwAELA8AEiwPAF0sDwBiLA8AtiwPAMMsDwCO8RQAFS0PAGgtDwBtLQ8AwS0PAMctDwDn8RQAHy4PAHMuDwCALg8AzC4PANkuDwAlLw8AMS8PAH4vDwCNLw8A1y8PAOEvDwAwMA8APjAPAIkwDwCOMA8A4jAPAO8wDwA7MQ8AQzEPAPLyFACgMQ8A7TEPAP0xDwBGMg8ATzIPAJ8yDwCiMg8A+DIPAAQzDwBRMw8AWDMPAEvzFACvMw8AAzQPABA0DwBcNA8AaTQPALU0DwDBNA8ADjUPAB01DwBnNQ8AcTUPAMA1DwDONQ8AGTYPAB42DwByNg8AfzYPAMs2DwDTNg8ApPMUADA3DwB9Nw8AjTcPANY3DwDfNw8ALzgPADI4DwCIOA8AlDgPAOE4DwDoOA8A/fMUAD85DwCTOQ8AnDkPAOc0EwCgOQ8A7DkPAPk5DwBFOg8AUToPAJ46DwCtOg8A9zoPAAE7DwBQOw8AXjsPAKk7DwCuOw8AAjwPAA88DwBbPA8AYzwPAFb0FADAPA8ADT0PAB09DwBmPQ8Abz0PAL89DwDCPQ8AGD4PACQ+DwBxPg8AeD4PAK/0FADhPg8AIz8PACk/DwB8Pw8AiD8PANU/DwDsPw8ALkAPADBADwCHQA8AkUAPAOBADwDsQA8AOUEPAEVBDwCSQQ8AmEEPAOtBDwDxQQ8AREIPAElCDwCdQg8Ao0IPAAj1FAAEQw8AT0MPAFxDDwCoQw8Av0MPAAFEDwAJRA8AWkQPAF1EDwCzRA8Av0QPAAxFDwAdRQ8AZUUPAHFFDwC+RQ8AzUUPABdGDwAhRg8AcEYPAHxGDwDJRg8A0EYPACJHDwAqRw8Ae0cPAIVHDwDURw8A4EcPAC1IDwAwSA8AhkgPAJBIDwBh9RQA+UgPALr1FABCSQ8AkUkPAJNJDwDqSQ8A8EkPAENKDwBNSg8AnEoPAKRKDwBs9hQA+EoPAAbkEQAASw8ATksPAE9LDwCnSw8AsUsPAABMDwArTA8AxfYUAGlMDwCyTA8AtEwPAAtNDwAZTQ8AZE0PAHVNDwAe9xQAw00PABZODwAiTg8Ab04PAHFODwDITg8Ay04PACFPDwAmTw8Aek8PAIdPDwDTTw8A708PACxQDwA0UA8A0PcUAJJQDwDeUA8A+VAPADdRDwA5UQ8AkFEPAKFRDwDpUQ8A91EPAEJSDwBJUg8Am1IPAKNSDwD0Ug8A+VIPAE1TDwBWUw8AplMPALBTDwD/Uw8AAFQPAFhUDwBhVA8AsVQPALtUDwAKVQ8AElUPAGNVDwBzVQ8AvFUPAMJVDwAVVg8AGlYPAG5WDwCEVg8Ax1YPAM9WDwAgVw8AI1cPAHlXDwAvVw8A3VgPAJlXDwDSVw8A4FcPACtYDwAsWA8AKfgUAJRYDwCC+BQA7lgPADZZDwBCWQ8Aj1kPAJFZDwDoWQ8A9VkPANv4FABHWg8AmloPALpaDwDzWg8A+1oPADT5FAD/Wg8ArXQPAE9bDwClWw8Ar1sPAI35FAAHXA8AV1wPAG1cDwCwXA8AxlwPAAldDwALXQ8AYl0PAGhdDwC7XQ8Az10PAD/6FAAhXg8AmPoUAHReDwDGXg8Azl4PAB9fDwApXw8AeF8PAIRfDwDRXw8A1F8PACpgDwA0YA8A8foUAIxgDwDcYA8A8mAPADVhDwBLYQ8AjmEPAJBhDwDnYQ8A7WEPAEBiDwBUYg8Ao/sUAJtiDwDyYg8AqWIPANyBEgASYw8A/PsUAFJjDwCkYw8ArGMPAP1jDwAHZA8AVmQPAGJkDwCvZA8AsmQPAAhlDwASZQ8AVfwUAGplDwC6ZQ8A0GUPABNmDwApZg8AbGYPAG5mDwDFZg8Ay2YPAB5nDwAyZw8AB/0UAHlnDwDQZw8A3mcPACloDwA6aA8AYP0UAIloDwC5/RQA52gPADRpDwA3aQ8AjWkPAJdpDwBr/hQA72kPAD9qDwBVag8AmGoPAK5qDwDxag8A82oPAEprDwBQaw8Ao2sPALdrDwAd/xQACGwPAFVsDwBXbA8ArmwPAM5sDwB2/xQAEW0PAGBtDwBsbQ8AuW0PALxtDwASbg8AHG4PAM//FAB0bg8AxG4PANpuDwAdbw8AM28PAHZvDwB4bw8Az28PANVvDwAocA8APHAPAIEAFQCFcA8A2nAPAOJwDwAzcQ8APXEPAIxxDwCYcQ8A5XEPAOhxDwA+cg8ASHIPANoAFQCgcg8A8HIPAAZzDwBJcw8AX3MPAKJzDwCkcw8A+3MPAAF0DwBUdA8AaHQPAIwBFQC0dA8ABnUPAA51DwBfdQ8AaXUPALh1DwDEdQ8AEXYPABR2DwBqdg8AdHYPAOUBFQDMdg8AHHcPADJ3DwB1dw8Ai3cPAM53DwDQdw8AJ3gPAC14DwCAeA8AlHgPAJcCFQDheA8AMnkPAPV4DwBpZxUAOHkPAHqzEABCeQ8Ai3kPAEN5DwA0JhEAS3kPAHckEQCNeQ8A5HkPAPJ5DwA9eg8ATnoPAPACFQCdeg8ASQMVAPh6DwAPkRAA+3oPAEh7DwBLew8AoXsPAKp7DwD6ew8AC3wPAFN8DwBdfA8ArHwPALR8DwAFfQ8AyHwPACXsEAAIfQ8AXn0PAGd9DwC3fQ8AzX0PABB+DwAmfg8AaX4PAGt+DwDCfg8AyH4PABt/DwAvfw8AogMVAJZ/DwBgeBAAnH8PAM1/DwD1fw8A+wMVACyADwAfahAAMoAPAOOBDwAzgA8A3GsQADWADwDRahAANoAPAH+ADwCBgA8A2IAPAOaADwAxgQ8AQoEPAFQEFQCSgQ8ArQQVAOmBDwA8gg8AQoIPAJWCDwCagg8A7oIPAPSCDwAGBRUAU4MPAKCDDwCogw8AuAUVAAWEDwBShA8AXIQPAKuEDwC0hA8ABIUPAAWFDwBdhQ8AZYUPALaFDwC7hQ8AD4YPAB+GDwBqBhUAdIYPAMGGDwDDhg8AGocPACCHDwBzhw8AeocPAMyHDwDRhw8AJYgPACmIDwB+iA8Ai4gPANeIDwDfiA8AMIkPADWJDwCJiQ8AmYkPAMMGFQDziQ8AO4oPAEeKDwCUig8Ao4oPAO2KDwD3ig8ARosPAFSLDwCfiw8ArIsPAPiLDwAPjA8AHAcVAFSMDwDOBxUArYwPAAONDwCxjA8AnxsVAAuNDwBcjQ8AhI0PALWNDwDdjQ8ADo4PADaODwAnCBUAcI4PAMCODwDBjg8AGY8PACiPDwByjw8AL48PAC+RDwCDjw8Ay48PAM2PDwAkkA8AJ5APAH2QDwCAkA8A1pAPAN6QDwAyCRUANJEPAIiRDwCPkQ8A4ZEPAOqRDwA6kg8AS5IPAJOSDwCfkg8A7JIPAPSSDwCLCRUAS5MPAJ6TDwClkw8A95MPAPyTDwBQlA8AVJQPAKmUDwC2lA8AApUPABGVDwBblQ8AbJUPALSVDwC2lQ8ADZYPABCWDwBmlg8AaZYPAL+WDwDHlg8A5AkVAB2XDwCU4w8AI5cPAERjEgAklw8AcZcPAHSXDwDKlw8A1JcPAD0KFQAsmA8AfJgPAIuYDwDVmA8A5JgPAC6ZDwA6mQ8Ah5kPAIqZDwDgmQ8A45kPAJYKFQA8mg8AkpoPALqaDwDvChUA85oPAEgLFQBMmw8AoQsVAKubDwD2mw8AB5wPAE+cDwBbnA8AqJwPAMucDwABnQ8ABJ0PAFqdDwB+nQ8As50PALudDwBTDBUADp4PAGWeDwBzng8Avp4PAM+eDwCsDBUAHp8PAAUNFQBynw8AyZ8PANqfDwAioA8AKqAPAGfyEAA+oA8Atw0VAIOgDwAQDhUA2aAPAC2hDwA6oQ8AhqEPAImhDwDfoQ8A5KEPADiiDwBJog8AkaIPAJ2iDwBpDhUA76IPAEOjDwBUow8AnKMPAKijDwD1ow8AD6QPAE6kDwBSpA8AZKYPAFWkDwDTqA8AWKQPADeqDwBapA8Ab6cPAFykDwBZpQ8AX6QPAKekDwCspA8AAKUPABelDwDCDhUAZqUPALKlDwDCpQ8AC6YPABCmDwAbDxUAZqYPAL2mDwDDpg8AFqcPACOnDwB0DxUAdacPAMinDwDOpw8AIagPACaoDwB6qA8AgKgPAM0PFQDfqA8ALKkPAEWpDwCFqQ8AjqkPAN6pDwD1qQ8AJhAVAD2qDwCQqg8AkqoPAOmqDwD4qg8AQqsPAE6rDwB/EBUAnasPAPSrDwAFrA8ATawPAFusDwCmrA8ArawPAP+sDwABrQ8AWK0PAGKtDwCxrQ8Av60PAAquDwAPrg8AY64PAHCuDwC8rg8AxK4PABWvDwAZrw8Abq8PAHCvDwDHrw8Aza8PACCwDwAtsA8A2BAVAIawDwDSsA8A6bAPACuxDwBHsQ8AMREVAJCxDwDdsQ8A3rEPADayDwA8sg8Aj7IPAJuyDwDosg8A97IPAEGzDwBDsw8AmrMPAKSzDwDzsw8AAbQPAEy0DwBRtA8ApbQPALK0DwD+tA8ABrUPAFe1DwBbtQ8AsLUPALK1DwAJtg8AD7YPAGK2DwBvtg8AihEVAMi2DwAUtw8AK7cPAG23DwCJtw8A4xEVAM+3DwAfuA8ALbgPAHi4DwCCuA8A0bgPAN24DwAquQ8ALbkPAIO5DwCfuQ8A3LkPAOS5DwA8EhUAQboPAI66DwCRug8A57oPAPG6DwDuEhUASbsPAJm7DwCnuw8A8rsPAPy7DwBLvA8AV7wPAKS8DwCsvA8AoBMVAP+8DwBWvQ8AZL0PAK+9DwDAvQ8A+RMVAA++DwBSFBUAZr4PALq+DwDCvg8AE78PABm/DwBsvw8Adb8PAMW/DwDSvw8ABBUVACPADwB3wA8AKsAPADTCDwCAwA8A0MAPANrADwApwQ8AMcEPAILBDwDJwQ8A28EPAOPBDwBdFRUAOsIPAI3CDwCTwg8A5sIPAO7CDwA/ww8AhsMPAJjDDwCgww8AthUVAPnDDwAPFhUAU8QPAKPEDwCxxA8A/MQPAAbFDwBVxQ8AYcUPAK7FDwCxxQ8AB8YPAA/GDwDBFhUAbMYPALnGDwC8xg8AEscPABzHDwAaFxUAc8cPAHMXFQDQxw8AHcgPACDIDwDMFxUAv8gPAM/IDwAYyQ8AJRgVADjJDwCByQ8Ag8kPANrJDwDoyQ8AM8oPAETKDwB+GBUAqMoPAOXKDwDtyg8A1xgVAEbLDwAwGRUAncsPAHFJEACqyw8A8MsPAP/LDwBJzA8AVcwPAKLMDwCjzA8A+8wPAAXNDwBUzQ8AYs0PAK3NDwCyzQ8ABs4PABPODwCJGRUAbc4PALjODwDFzg8AEc8PABnPDwDiGRUAds8PAMPPDwDvzw8AHNAPACjQDwB10A8AhNAPAM7QDwDY0A8AJ9EPADXRDwCA0Q8AhdEPANnRDwDm0Q8AMtIPADrSDwCL0g8AmdIPAOTSDwDx0g8APdMPAEXTDwA7GhUAmNMPABMjEQCk0w8A79MPAPnTDwBI1A8AVNQPAKHUDwCo1A8A+tQPAALVDwBT1Q8AV9UPAKzVDwC61Q8ABdYPAA/WDwBe1g8AadYPALfWDwC/1g8AENcPABLXDwBp1w8AcdcPAMLXDwDP1w8AG9gPACDYDwB02A8AgdgPAM3YDwDr2A8AJtkPAFfZDwB/2Q8Ai9kPANjZDwDe2Q8AMdoPADbaDwCK2g8AktoPAOPaDwDv2g8APNsPAE/bDwCV2w8Ao9sPAO7bDwD42w8AR9wPAE/cDwCg3A8Ar9wPAPncDwD+3A8AUt0PAFndDwCr3Q8At90PAATeDwAg3g8AXd4PAGXeDwCUGhUAuN4PAA/fDwAd3w8AaN8PAHXfDwDB3w8Az98PABrgDwAn4A8Ac+APAIrgDwDM4A8A1OAPACXhDwAz4Q8AfuEPAIvhDwDX4Q8A3+EPAEYbFQA+4g8AieIPAIriDwD4GxUA7uIPADvjDwBC4w8AURwVAJvjDwDt4w8A8uMPAKocFQBO5A8AAx0VAKfkDwD45A8A3uQPANcCEwD55A8A1kIQAPvkDwDsRBAAAeUPAFHlDwAC5Q8AckEQAAjlDwDhQxAAFuUPAHWYEgBe5Q8AquUPALXlDwAD5g8ABeYPAFzmDwBp5g8AteYPALzmDwAO5w8AH+cPAGfnDwBz5w8AwOcPAMfnDwAZ6A8AIegPAFwdFQB46A8Ay+gPANHoDwAk6Q8AKekPAH3pDwCD6Q8AtR0VAOLpDwAv6g8AOeoPAIjqDwCM6g8A4eoPAO3qDwA66w8ARusPAJPrDwCg6w8A7OsPAPTrDwBF7A8AT+wPAJ7sDwCq7A8A9+wPAPrsDwBQ7Q8AWu0PAGceFQCr7Q8AAu4PAAXuDwBb7g8AXu4PABkfFQC87g8Ach8VABvvDwBm7w8AZ+8PAMsfFQDH7w8AJCAVAB3wDwBx8A8AePAPAMrwDwDP8A8AfSAVACvxDwDWIBUAhPEPANXxDwDf8Q8ALvIPADnyDwCH8g8AlfIPAODyDwDj8g8AOfMPAEHzDwCS8w8AnPMPAOvzDwD38w8ARPQPAEf0DwCd9A8Ap/QPAC8hFQAE9Q8AT/UPAGX1DwCo9Q8AtPUPAAH2DwAI9g8AWvYPAGL2DwCz9g8AuPYPAAz3DwAV9w8AZfcPAG/3DwC+9w8AxvcPABf4DwAZ+A8AcPgPAID4DwDJ+A8A0/gPACL5DwAu+Q8Ae/kPAIH5DwDU+Q8A3PkPAOEhFQA7+g8AhvoPAIf6DwA6IhUA5PoPAJMiFQA6+w8AkfsPAJL7DwDq+w8A7fsPAEP8DwBO/A8AnPwPAKH8DwD1/A8A//wPAOwiFQBy/Q8Ap/0PAK/9DwBFIxUAAv4PAFn+DwBq/g8Asv4PAMP+DwAL/w8ADv8PAJ4jFQBq/w8Avf8PAML/DwAWABAAGQAQAG8AEAByABAAyAAQANAAEAD3IxUALwEQAHoBEAB9ARAA0wEQAN4BEAAsAhAAOAIQAIUCEACMAhAA3gIQAOYCEAA3AxAA+gIQAD91EABBAxAAbwsRAEUDEACQAxAAnQMQAOkDEADxAxAAUCQVAE4EEACbBBAAngQQAPQEEAD+BBAATQUQAFUFEACpJBUAsgUQAP8FEAAFBhAAWAYQAGIGEACxBhAAxQYQAAoHEAASBxAAAiUVAHAHEAC8BxAAxAcQABUIEAAYCBAAbggQAHoIEADHCBAA0QgQACAJEAApCRAAeQkQAHoJEADSCRAA6gkQACsKEAAtChAAhAoQAJUKEADdChAA7goQADYLEAA+CxAAjwsQAJ4LEADoCxAA6gsQAEEMEABSDBAAmgwQAKsMEADzDBAADA0QAEwNEABODRAApQ0QALQNEAD+DRAAHg4QALQlFQBZDhAAsA4QANAOEAAJDxAAHQ8QABgnFQBqDxAAuw8QAMgPEAAUEBAAGRAQAG0QEAB3EBAAxhAQAM4QEAAfERAAJREQAHgREACBERAA0REQAN4REABxJxUANhIQAIMSEACJEhAA3BIQAOISEAA1ExAAPhMQAI4TEACPExAA5xMQAPETEABAFBAATBQQAJkUEACgFBAAyicVAPoUEAAjKBUAUxUQAHwoFQCuFRAA/RUQAAUWEABWFhAAZRYQAK8WEADAFhAACBcQAAoXEABhFxAAZBcQALoXEAC9FxAAExgQADsYEABsGBAAfhgQAMUYEADRGBAAHhkQACQZEAB3GRAAfRkQANAZEADVGRAAKRoQAC8aEADVKBUApBoQAC4pFQDnGhAANBsQAEQbEACNGxAAkhsQAOYbEADsGxAAPxwQAEscEACYHBAAoBwQAIcpFQACHRAASh0QAFsdEACjHRAAtR0QAPwdEAAEHhAAVR4QAGAeEACuHhAAsx4QAAcfEAAMHxAAYB8QAIAfEADgKRUAyR8QABIgEAAcIBAAayAQAHcgEADEIBAAyiAQAB0hEAAlIRAAdiEQAHghEADPIRAAgiEQALgnEADgIRAAKCIQADkiEACBIhAAkyIQANoiEADiIhAAMyMQAD4jEACMIxAAkSMQAOUjEADqIxAAPiQQAF4kEAA5KhUAmSQQAPAkEAD/JBAASSUQAFQlEACiJRAAtCUQAPslEAADJhAAVCYQAF8mEACtJhAAsiYQAAYnEAALJxAAXycQAH8nEACSKhUAuicQABEoEAAgKBAAaigQAHUoEADDKBAA1SgQABwpEAAkKRAAdSkQAIApEADOKRAA0ykQACcqEAAsKhAAgCoQAKAqEADrKhUA5ioQADIrEABJKxAARCsVAJgrEADkKxAA+ysQAJ0rFQBKLBAAliwQAJ0sEADvLBAA/SwQAEgtEABVLRAAoS0QALgtEAD2KxUAAi4QAE8sFQBVLhAArC4QALouEAAFLxAAFi8QAKgsFQBrLxAAty8QAM4vEAABLRUAGjAQAGkwEAB1MBAAwjAQAMUwEAAbMRAAJTEQAFotFQCQMRAAsy0VANUxEAAMLhUA4jEQAKDyEQAuMhAAfzIQAIAyEABSNhAAgjIQADw0EACGMhAAnz0QAIkyEADYMhAAjjIQAGg4EACPMhAAXTcQAN0yEADtPBAA5DIQADEzEAA0MxAAijMQAJQzEABlLhUA6zMQAL4uFQBFNBAAlTQQAFw0EACJOxAAozQQAO40EAD4NBAARzUQAFM1EACgNRAAozUQAPk1EAABNhAAFy8VAFQ2EACrNhAArjYQAAQ3EAAHNxAAcC8VAF83EAC2NxAAxDcQAA84EAAgOBAAIjAVAGo4EADBOBAAzjgQABo5EAApORAAczkQAH85EADMORAA3TkQACU6EAA2OhAAfjoQAIo6EADXOhAA3joQADA7EAA4OxAA1DAVAJc7EADiOxAA4zsQAC0xFQBHPBAAlDwQAJs8EACGMRUA9DwQAEY9EABLPRAAODIVAKg9EAD4PRAA/j0QAFE+EABTPhAAqj4QALQ+EAADPxAAET8QAFw/EABhPxAAtT8QAMI/EAAOQBAAJkAQAGdAEAB9QBAAwEAQAMNAEAAZQRAAIUEQAOoyFQB+QRAAy0EQAM5BEAAkQhAALkIQAEMzFQCFQhAAnDMVANhCEAAvQxAAMkMQAIhDEACLQxAA9TMVAONDEAA6RBAASEQQAJNEEACkRBAApzQVAPVEEABFRRAAU0UQAJ5FEABeRRAAC8cSAKhFEAD3RRAAA0YQAFBGEABTRhAAqUYQALFGEABZNRUAHEcQAFtHEAB1RxAAsjUVALlHEADgSxAAwkcQAJJMEADERxAADUgQAA9IEABmSBAAdEgQAL9IEADQSBAACzYVAB9JEABkNhUAd0kQAMpJEADPSRAAI0oQAClKEAC9NhUAgkoQANVKEADaShAALksQAERLEACHSxAAj0sQAG83FQAATBAAOUwQAEFMEADINxUAqUwQAOtMEAD4TBAARE0QAElNEACdTRAAo00QAPZNEAACThAAT04QAFZOEACoThAAsE4QAAFPEAAkTxAAejgVAGdPEACzTxAAwk8QAAxQEAAOUBAAZVAQAG5QEAC+UBAA1VAQABdREAAiURAAcFEQAHpREADJURAA0VEQACw5FQAoUhAAe1IQAIFSEADUUhAA2VIQAC1TEAAzUxAAhTkVAKhTEADfUxAA51MQADc6FQBBVBAAkVQQAJJUEADqVBAA8lQQAENVEABOVRAAnFUQAKFVEAD1VRAA+lUQAE5WEABuVhAAkDoVAK1WEAAAVxAAB1cQAFlXEABeVxAAslcQALZXEAALWBAAGFgQAGRYEABsWBAAvVgQAMhYEAAWWRAAG1kQAG9ZEAB0WRAAyFkQAOhZEADpOhUAMFoQAHpaEACFWhAA01oQANtaEAAsWxAAL1sQAIVbEAA2WxAApl4QAJFbEADeWxAA6FsQADdcEABAXBAAkFwQAJFcEADpXBAA8VwQAEJdEABNXRAAm10QAKBdEAD0XRAA+V0QAE1eEABtXhAAQjsVALJeEAD/XhAAAV8QAFhfEABeXxAAsV8QALhfEAAKYBAAD2AQAGNgEABnYBAAvGAQAMlgEAAVYRAAHWEQAG5hEAB5YRAAx2EQAMxhEAAgYhAAJWIQAHliEACZYhAAmzsVANpiEAD0OxUANWMQAIRjEACNYxAA3WMQAONjEAA2ZBAAQmQQAI9kEACtZBAA6GQQAOlkEABBZRAAQ2UQAJplEACnZRAA82UQAAFmEABMZhAAW2YQAKVmEADBZhAA/mYQAAZnEACmPBUAamcQALBnEACxZxAACWgQABVoEABiaBAAcWgQALtoEADFaBAAFGkQACBpEABtaRAAdGkQAP88FQDOaRAAWD0VAChqEAB4ahAAhWoQALE9FQDWahAAKmsQADdrEACDaxAAjWsQAAo+FQDeaxAANWwQAEtsEACObBAAmmwQAGM+FQDvbBAAvmYSAAVtEABAbRAASG0QAEMHEQBebRAAmW0QAKFtEADybRAAu20QAPGLEgDzbRAAr28QAPVtEAATcRAA/m0QAEqMEgACbhAAS24QAE1uEACkbhAAsm4QAP1uEAAObxAAvD4VAF5vEAAVPxUAsW8QAAhwEAALcBAAYXAQAGRwEABuPxUAwnAQAMc/FQAdcRAAod8QADNxEABscRAAenEQAMVxEADGcRAAIEAVACZyEAB5QBUAgXIQANByEADcchAAKXMQADBzEACCcxAAnnMQANtzEADjcxAA0kAVADx0EACNdBAAlXQQAOZ0EADudBAAK0EVAEd1EACEQRUAoHUQAPF1EAD5dRAA3UEVAFZ2EACjdhAAqnYQAPx2EAAEdxAA+1wVABh3EAA2QhUAXXcQAK53EAC2dxAAB3gQAA94EADoQhUAaHgQALl4EAC/eBAAEnkQAMV4EADHbBEAHnkQAGt5EABteRAAxHkQAMd5EAAdehAAInoQAHZ6EACDehAAz3oQAOt6EAAoexAAMHsQAEFDFQCGexAA2nsQAOB7EAAzfBAAPXwQAIx8EACYfBAA5XwQAOx8EAA+fRAAWn0QAJd9EACffRAAmkMVAPh9EABJfhAAUX4QAPNDFQCwfhAA+34QAP5+EABUfxAAXn8QAK1/EAC5fxAABoAQAAyAEABfgBAAa4AQALiAEAC/gBAAEYEQAC2BEABqgRAAcoEQAExEFQDLgRAApUQVAC+CEAB1ghAAgYIQAM6CEADdghAAJ4MQADCDEACAgxAAioMQANmDEADngxAAMoQQADeEEACLhBAAmIQQAOSEEADshBAA/kQVAGCFEABXRRUAo4UQAO+FEAD9hRAASIYQAFKGEAChhhAAqYYQAPqGEAD7hhAAMYwQAACHEABoThIAFYcQAMKJEAAmhxAAU4cQAFyHEACshxAArYcQAAWIEAATiBAAXogQAGiIEAC3iBAAw4gQABCJEAAWiRAAaYkQAIWJEACwRRUAzokQAI9vEQDQiRAAG4oQACiKEAB0ihAAfooQAM2KEADPihAAJosQAD2LEAB/ixAAi4sQANiLEAD0ixAACUYVAEKMEACKjBAAjIwQAOOMEADtjBAAPI0QAEyNEACVjRAAmo0QAO6NEAD0jRAAR44QAF2OEACgjhAAqI4QAPmOEAD8jhAAUo8QAFuPEACrjxAAuY8QAASQEAAOkBAAXZAQAGmQEAC2kBAA0pAQAGJGFQAckRAAaJEQAHCREADBkRAAxJEQAC/1EADRkRAAGpIQABySEAAk9BAAKJIQAHOSEACAkhAAzJIQANqSEAAlkxAAKJMQAH6TEACJkxAA15MQAOOTEAAwlBAAN5QQAImUEACRlBAA4pQQAOSUEAA7lRAAS5UQAJSVEACelRAA7ZUQAPmVEABGlhAATJYQAJ+WEACnlhAAu0YVAPqWEABRlxAAX5cQAKqXEAC3lxAAA5gQAA+YEABcmBAAYpgQALWYEAC4mBAADpkQABaZEABnmRAAaZkQAJ6eEABqmRAAJJsQAHeZEADAmRAAwpkQAHyjEADFmRAAGZoQACKaEABymhAAf5oQAMuaEADSmhAAFEcVAC2bEAC0oBAALpsQAOGcEABEmxAAfZsQAIubEADWmxAA15sQAG1HFQA7nBAAiJwQAI+cEADGRxUA45wQADqdEABAnRAAk50QAJ2dEADsnRAA+J0QAEWeEABMnhAAH0gVALeeEAD3nhAA/J4QAFCfEABWnxAAqZ8QALOfEAACoBAADqAQAFugEABioBAAeEgVAMOgEAANoRAAHKEQAGahEAByoRAAv6EQAMKhEAAYohAAG6IQAHGiEACBohAAyqIQANOiEAAjoxAANKMQANFIFQCKoxAA1aMQAOajEAAqSRUANaQQAINJFQCPpBAA4KQQAOKkEAAXqhAA46QQAJ2mEADwpBAAOaUQADulEAD1rhAAPqUQAJKlEACbpRAA66UQAPilEABEphAAS6YQANxJFQCmphAALawQAKemEABaqBAAvaYQAPamEAAEpxAAT6cQAFCnEAA1ShUAtKcQAAGoEAAIqBAAjkoVAFyoEACzqBAAuagQAAypEAAWqRAAZakQAHGpEAC+qRAAxakQAOdKFQAwqhAAcKoQAHWqEADJqhAAz6oQACKrEAAsqxAAe6sQAIerEADUqxAA26sQAEBLFQA8rBAAhqwQAJWsEADfrBAA66wQADitEAA7rRAAka0QAJStEADqrRAA+q0QAEOuEABMrhAAnK4QAK2uEACZSxUAA68QAE6vEABfrxAA8ksVAK6vEABLTBUACLAQAFmwEACCsBAAsrAQALqwEAALsRAAG7EQAGSxEABmsRAAvbEQAMuxEAAWshAAJ7IQAKRMFQB1shAAyLIQANSyEAD9TBUAT7MQAK9NFQCDsxAA07MQAOCzEAAstBAASLQQAIW0EACNtBAACE4VAO+0EAA3tRAAObUQAJC1EACRtRAA6bUQAOy1EABCthAATrYQAJu2EACithAA9LYQABC3EABNtxAAVbcQAGFOFQCztxAA/7cQAA+4EABYuBAAXbgQALG4EADcuBAAuk4VABC5EAATTxUAa7kQALy5EAC9uRAAeMMQAMK5EACnHhMAxrkQABW6EADIuRAAmr4QAMy5EADdvBAA2rkQAPLGEAAauhAAqBYTACC6EABxERMAIboQAG66EABxuhAAx7oQANG6EABsTxUAKLsQAHm7EAB/uxAA0rsQANu7EAArvBAAOLwQAIS8EACgvBAAxU8VAN+8EAA2vRAA4rwQAHoiEwBEvRAAj70QAKC9EAAeUBUA7r0QAEG+EABNvhAAd1AVAKC+EADzvhAA+b4QAEy/EABRvxAApb8QAKu/EACCURUABcAQAI1SFQBcwBAAsMAQALjAEAAJwRAAFcEQAGLBEAB1wRAAu8EQAMfBEAAUwhAAI8IQAG3CEAB2whAAxsIQANDCEAAfwxAAK8MQAD9TFQCJwxAA0cMQAN3DEAAqxBAALMQQAIPEEACGxBAA3MQQAOjEEAA1xRAAPcUQAJhTFQCaxRAA58UQAPfFEABAxhAATMYQAJnGEACfxhAA8VMVABTHEABLxxAAU8cQAKTHEADOxxAA/ccQAAjIEABWyBAAYsgQAK/IEADAyBAACMkQAAnJEABKVBUAZ8kQALrJEADHyRAAo1QVACDKEABsyhAAg8oQAMXKEADwyhAAHssQACbLEAB3yxAAgcsQANDLEADcyxAAKcwQACzMEACCzBAAjMwQAPxUFQDjzBAANM0QADrNEACNzRAAls0QAObNEADzzRAAP84QAFvOEABVVRUAms4QAPHOEACfzhAA2dwQAP7OEABKzxAAUc8QAKPPEAClzxAA/M8QAALQEABV0BAAXNAQAK7QEADG0BAAB9EQAAzREABg0RAAE9EQABLSEABp0RAAudEQAMPREACuVRUAGNIQAGvSEABx0hAAxNIQAMnSEAAd0xAAI9MQAAdWFQB30xAAz9MQAODTEAAo1BAANNQQAIHUEACL1BAA2tQQAObUEAAz1RAAOtUQAGBWFQCO1RAA5dUQAJfVEAD+LhMA6NUQAD7WEABe1hAAl9YQAJ/WEAC5VhUAAdcQAEnXEABQ1xAAotcQAKrXEAD71xAA/tcQALjZEAAL2BAAVNgQAFbYEACt2BAAu9gQAAbZEAAX2RAAElcVAGbZEABrVxUAwdkQABHaEAAg2hAAatoQAHnaEADD2hAAz9oQABzbEAAf2xAAddsQAHjbEADO2xAA3tsQACfcEAAw3BAAgNwQAJHcEADEVxUA3twQADLdEAA73RAAi90QAJXdEADk3RAA7N0QAD3eEABb3hAAlt4QALTeEADv3hAADd8QAEjfEABm3xAAHVgVAKjfEAD63xAA/98QAFPgEAAG4BAAXuEQAFzgEACs4BAAtuAQAAXhEAAh4RAAdlgVAGThEAC34RAAveEQABDiEAAs4hAAz1gVAJPiEACBWRUA7OIQANpZFQAi4xAAdOMQAILjEADN4xAA1OMQACbkEAAz5BAAf+QQAJ7kEADY5BAA4uQQADHlEAA55RAAiuUQAJblEADj5RAA9uUQADzmEABK5hAAleYQAJ/mEADu5hAA9uYQAEfnEABK5xAAoOcQAKnnEAD55xAACOgQAFLoEABh6BAAq+gQALfoEAAE6RAAB+kQAF3pEABg6RAAtukQAMbpEAAP6hAAGOoQAGjqEAB56hAAweoQANLqEAAa6xAALusQAHPrEACP6xAAzOsQANTrEACMWhUALewQAJdbFQCU7BAA1+wQANnsEAAw7RAANu0QAIntEACd7RAA4u0QAOrtEAA77hAAZe4QAPBbFQCd7hAA7e4QAPruEABG7xAAVO8QAJ/vEACp7xAA+O8QABLwEABR8BAAXvAQAKrwEAC28BAAA/EQAA3xEABc8RAAZPEQAElcFQC88RAADvIQABbyEACiXBUAPPIQAK1dFQBx8hAAwPIQAMzyEAAZ8xAAHPMQAHLzEAB88xAABl4VAOfzEABfXhUAMvQQAH30EACO9BAAuF4VAN30EAARXxUAOPUQAIj1EACX9RAA4fUQAPD1EAA69hAARvYQAJP2EACW9hAA7PYQAO/2EABF9xAAVfcQAJ73EACn9xAA9/cQAAj4EABqXxUAUvgQAKn4EABc+BAAW/kQAKz4EAAC+RAACvkQAMNfFQBh+RAAtPkQAMD5EAAN+hAAFfoQABxgFQBy+hAAv/oQAML6EAAY+xAAIvsQAHVgFQB2+xAAyvsQAOD7EAAj/BAAJPwQAHz8EACN/BAA1fwQAOH8EAAu/RAAOP0QAIf9EACT/RAAzmAVAOz9EAA5/hAAPP4QAJL+EACc/hAAgGEVAO7+EABE/xAAR/8QAJ3/EACp/xAA9v8QAPz/EABPABEAWQARANlhFQCtABEAAQERAA4BEQAyYhUAdgERALMBEQC7AREAi2IVABQCEQDkYhUAbQIRAD1jFQDBAhEAFwMRANUCEQBWhRIANwMRAHADEQCEAxEAlmMVAMoDEQAiBBEAKAQRAHsEEQCHBBEA1AQRAOMEEQAtBREALwURAIYFEQCQBREA3wURAOsFEQA4BhEAPwYRAO9jFQCdBhEASGQVAPIGEQChZBUARgcRAFkJEQBTBxEAnAcRAJ4HEQD1BxEAAwgRAE4IEQBfCBEAwmcVAK4IEQAbaBUACAkRAHRoFQB5CREAsgkRAMAJEQALChEADAoRAM1oFQBwChEAvQoRAMQKEQAmaRUAOQsRADxrFQB7CxEAyAsRAMsLEQAhDBEAKwwRAJVrFQCCDBEA0wwRAOEMEQAsDREAOQ0RAIUNEQCNDREA7msVAOENEQA3DhEAQw4RAJAOEQCWDhEA6Q4RAPMOEQBHbBUARw8RAJsPEQCoDxEAoGwVAAkQEQBNEBEAVRARAPlsFQCoEBEA/xARAA0REQBYEREAaRERAFJtFQC3EREAChIRABYSEQCrbRUAaRIRALwSEQDCEhEAFRMRABoTEQBuExEAdBMRAF1uFQDPExEAIBQRACwUEQB5FBEAfxQRANIUEQDYFBEAKxURADAVEQCEFREAihURAMxwFQDsFREANhYRAEUWEQCPFhEAmBYRAOgWEQDuFhEAQRcRAEcXEQCaFxEAphcRAPMXEQD6FxEATBgRAFQYEQB+cRUArxgRAP4YEQAJGREAVxkRAGMZEQCwGREAthkRAAkaEQARGhEAYhoRAG4aEQC7GhEAwRoRABQbEQAaGxEAbRsRAHIbEQDGGxEAzBsRANdxFQAmHBEAeBwRAIYcEQDRHBEA3hwRACodEQBBHREAgx0RAJ8dEQDcHREA5B0RADByFQA2HhEAjh4RAJoeEQDnHhEA9h4RAEAfEQBaHxEAmR8RAJ8fEQDyHxEACyARAEsgEQBnIBEAiXIVALcgEQD9IBEA/yARAFYhEQBsIREAryERALAhEQAIIhEAGSIRAGEiEQBtIhEA4nIVANYiEQA7cxUAKSMRAGwjEQBtIxEAxSMRANYjEQAeJBEAKiQRAJRzFQB8JBEA0CQRANYkEQApJREASSURAIIlEQCOJREA2yURAOIlEQDtcxUAQCYRAI0mEQCPJhEA5iYRAAYnEQBGdBUARicRAJ90FQCeJxEA8ScRAPYnEQBKKBEAUCgRAPh0FQCrKBEAqnUVAAQpEQADdhUAXSkRAFx2FQC2KREAZ3cVAAkqEQBgKhEAbioRALkqEQDKKhEAwHcVABkrEQAZeBUAjisRACR5FQDJKxEAHSwRAC0sEQB2LBEAfiwRAM8sEQDZLBEAKC0RADQtEQCBLREAhC0RANotEQDkLREA1nkVADguEQBUMREAQS4RAIwuEQCcLhEA5S4RAPUuEQA+LxEAZi8RAJcvEQC/LxEA8C8RABgwEQCIehUAVTARAKIwEQCkMBEA+zARABsxEQCefBUAYTERAK0xEQC5MREABjIRAC4yEQBfMhEAhzIRALgyEQDgMhEA93wVABQzEQBqMxEAdjMRAMMzEQDUMxEAHDQRACg0EQB1NBEAhDQRAM40EQDYNBEAJzURADM1EQCANREAhzURAA1/FQDaNREAljcRAOk1EQAyNhEANDYRAIs2EQCZNhEA5DYRAPU2EQBmfxUARDcRAL9/FQCYNxEA7zcRAPI3EQBIOBEASzgRABiAFQCoOBEAcYAVAA45EQBTOREAXTkRAKw5EQC4OREABToRAAg6EQBeOhEAaDoRALc6EQDROhEAEDsRABU7EQBpOxEAcjsRAMI7EQDMOxEAGzwRACo8EQB0PBEAeTwRAM08EQDjPBEAJj0RADI9EQB/PREAgj0RANg9EQDyPREAMT4RAD0+EQCKPhEAnT4RAOM+EQDxPhEAPD8RAEY/EQDKgBUAmz8RAO4/EQD3PxEAR0ARAEhAEQCgQBEAqkARAPlAEQAFQREAUkERAFlBEQAjgRUAsEERAARCEQAGQhEAXUIRAGNCEQC2QhEAvUIRAA9DEQAdQxEAaEMRAHVDEQDBQxEAy0MRABpEEQAmRBEAc0QRAHlEEQDMRBEA0kQRACVFEQAuRREAfkURAH9FEQDXRREA4UURAHyBFQAxRhEAiUYRAIpGEQDiRhEA8EYRADtHEQBIRxEAlEcRAKtHEQDtRxEA9UcRAEZIEQBISBEAn0gRAK9IEQD4SBEAAkkRAFFJEQBdSREAqkkRALBJEQADShEAC0oRANWBFQBoShEAtUoRALhKEQAOSxEAEUsRAGdLEQB1SxEAwEsRAMVLEQAZTBEAJkwRAHJMEQB6TBEAy0wRAM5MEQAkTREALk0RAH1NEQB/TREA1k0RANxNEQAvThEAOU4RAIhOEQCLThEA4U4RAOlOEQA6TxEAYk8RAC6CFQCbTxEAh4IVAPRPEQDgghUAaFARADmDFQCqUBEA91ARAPpQEQBQUREAWlERAKlREQCxUREAnYQVABBSEQBbUhEAYlIRALRSEQC8UhEADVMRABpTEQBmUxEAa1MRAL9TEQDJUxEAGFQRACBUEQBxVBEAgVQRAMpUEQDYVBEAI1URADBVEQB8VREAilURANVVEQDYVREALlYRADlWEQCHVhEAj1YRAOBWEQD5VhEAOVcRAEVXEQCSVxEAolcRAOtXEQDwVxEARFgRAEpYEQCdWBEAqVgRAPZYEQD+WBEA9oQVAFlZEQCoWREAq1kRAAFaEQAJWhEAWloRAFtaEQCzWhEAtVoRAAxbEQASWxEAZVsRAHFbEQC+WxEAy1sRABdcEQAhXBEAcFwRAHhcEQDJXBEAy1wRACJdEQAvXREAe10RAIJdEQDUXREA3F0RAC1eEQAxXhEAhl4RAIheEQDfXhEA4l4RADhfEQBAXxEAkV8RAKBfEQDqXxEA7F8RAENgEQBQYBEAnGARAKtgEQD1YBEAAWERAE5hEQBfYREAp2ERALhhEQAAYhEADGIRAFliEQBgYhEAsmIRANFiEQBPhRUAH2MRAGRjEQBlYxEAvWMRAMljEQAWZBEAMmQRAG9kEQB3ZBEAqIUVANBkEQBahhUALWURAHplEQCAZREA02URANllEQAsZhEARGYRAIVmEQCPZhEA3mYRAOpmEQA3ZxEAOmcRAJBnEQCaZxEA6WcRAAFoEQBCaBEAUmgRAJtoEQCdaBEA9GgRAAJpEQBNaREAXmkRALOGFQCsaREA/2kRAAtqEQAMhxUAZGoRALFqEQC0ahEACmsRABRrEQC+hxUAZWsRALxrEQDKaxEAFWwRACZsEQBwiBUAdWwRAMmIFQDabBEAIG0RAC9tEQB5bREAhW0RANJtEQDTbREAK24RADVuEQCEbhEAkm4RAN1uEQDibhEANm8RAENvEQAiiRUAlW8RAOhvEQDrbxEAQXARAE9wEQCacBEAn3ARAPNwEQAAcREATHERAFRxEQAtihUAp3ERAP5xEQALchEAV3IRAGZyEQCwchEAtnIRAAlzEQAVcxEAYnMRAGRzEQC7cxEAxXMRABR0EQAidBEAbXQRAHJ0EQDGdBEA03QRAB91EQArdREAeHURAIt1EQDRdREA4HURACp2EQA2dhEAg3YRAIR2EQDcdhEA5nYRADV3EQBDdxEAjncRAJN3EQDndxEA9HcRAIaKFQBKeBEAmXgRAKd4EQDyeBEA9XgRAEt5EQBbeREApHkRALJ5EQD9eREACXoRAFZ6EQBdehEAr3oRALZ6EQAIexEAFHsRAGF7EQBiexEAunsRAMZ7EQATfBEAIHwRAGx8EQBzfBEAxXwRANF8EQAefREAK30RAHd9EQCGfREA0H0RAOR9EQApfhEANX4RAIJ+EQCVfhEA234RAOp+EQA0fxEAQH8RAI1/EQCOfxEA5n8RAPB/EQA/gBEATYARAJiAEQCdgBEA8YARAP6AEQDfihUAS4ERAKOBEQC0gREA/IERAAqCEQBVghEAZIIRAK6CEQCwghEAB4MRABGDEQBggxEAboMRALmDEQC+gxEAEoQRAB+EEQBrhBEAeoQRAMSEEQDJhBEAHYURACqFEQB2hREAgIURAM+FEQDbhREAKIYRADuGEQCBhhEAi4YRANqGEQDmhhEAM4cRAEaHEQCMhxEAm4cRAOWHEQDxhxEAPogRAD+IEQCXiBEAoYgRAPCIEQD+iBEASYkRAE6JEQCiiREAr4kRADiLFQAAihEAVIoRAGGKEQCtihEAt4oRAAaLEQAMixEAX4sRAGGLEQC4ixEAxYsRABGMEQAUjBEAaowRAHiMEQDDjBEAz4wRAByNEQApjREAdY0RAH+NEQDOjREA3Y0RACeOEQAsjhEAgI4RAI2OEQDZjhEA5o4RADKPEQA+jxEAi48RAJqPEQDkjxEA7o8RAD2QEQBLkBEAlpARAJuQEQDvkBEA/JARAEiREQBUkREAoZERALSREQD6kREACZIRAFOSEQBfkhEArJIRAK2SEQAFkxEAD5MRAF6TEQBskxEAt5MRALyTEQAQlBEAHZQRAJGLFQB8lBEAwpQRANGUEQAblREAJ5URAHSVEQB1lREAzZURANeVEQAmlhEANJYRAH+WEQCElhEA2JYRAOWWEQDqixUARJcRAIqXEQCZlxEA45cRAO+XEQA8mBEAPZgRAJWYEQCfmBEA7pgRAPyYEQBHmREATJkRAKCZEQCtmREAQ4wVAPuZEQBSmhEAYJoRAKuaEQC4mhEABJsRABCbEQBdmxEAY5sRALabEQDHmxEAD5wRABGcEQBonBEAcZwRAMGcEQDOnBEAGp0RACmdEQBznREAfp0RAMydEQDYnREAJZ4RADieEQB+nhEAjZ4RANeeEQDjnhEAMJ8RADGfEQCJnxEAk58RAOKfEQDwnxEAO6ARAECgEQCUoBEAoaARAJyMFQD6oBEARqERAFShEQCfoREAqaERAPihEQAGohEAUaIRAFOiEQCqohEAu6IRAAOjEQARoxEAXKMRAI2jEQC1oxEAt6MRAA6kEQAYpBEAZ6QRAHWkEQDApBEAxaQRABmlEQAmpREAcqURAH6lEQDLpREA3qURACSmEQAzphEAfaYRAImmEQDWphEA16YRAC+nEQA5pxEAiKcRAJanEQDhpxEA5qcRADqoEQBHqBEA9YwVAJWoEQDsqBEA7qgRAEWpEQBUqREAnqkRAK2pEQD3qREAA6oRAFCqEQBTqhEAqaoRAKyqEQACqxEACKsRAFurEQBnqxEAtKsRALerEQANrBEAEqwRAGasEQBvrBEAv6wRAMWsEQAYrREAJ60RAHGtEQB9rREAyq0RANqtEQAjrhEAJa4RAHyuEQCKrhEA1a4RAOauEQBOjRUANK8RAIevEQCTrxEAp40VAPOvEQA5sBEASLARAJKwEQCesBEA67ARAOywEQBEsREATrERAJ2xEQCrsREA9rERAPuxEQBPshEAXLIRAACOFQC0shEAAbMRAAuzEQBasxEAhrMRALOzEQC6sxEADLQRACW0EQBltBEAdLQRAL60EQDNtBEAF7URABy1EQBwtREAfbURAMm1EQDWtREAIrYRAC62EQB7thEAirYRANS2EQDethEALbcRADu3EQCGtxEAi7cRAN+3EQDstxEAOLgRAES4EQCRuBEApLgRAOq4EQD5uBEAQ7kRAE+5EQCcuREAnbkRAPW5EQD/uREATroRAFy6EQCnuhEArLoRAAC7EQANuxEAWY4VAGq7EQCyuxEAw7sRAAu8EQAXvBEAZLwRAHu8EQC9vBEAv7wRABa9EQAnvREAb70RAHK9EQDIvREA0r0RACG+EQAjvhEAer4RAIS+EQDTvhEA374RACy/EQA4vxEAhb8RAJi/EQDevxEA7b8RADfAEQBDwBEAkMARAJHAEQDpwBEA88ARAELBEQBQwREAm8ERAKDBEQD0wREAAcIRALKOFQBPwhEApsIRALDCEQD/whEAB8MRAAuPFQBrwxEAscMRAL3DEQAKxBEAGcQRAGPEEQBsxBEAvMQRAMbEEQAVxREAI8URAG7FEQBzxREAx8URANTFEQAgxhEALMYRAHnGEQCMxhEA0sYRAOHGEQArxxEAN8cRAITHEQCFxxEA3ccRAOfHEQA2yBEARMgRAI/IEQCUyBEA6MgRAPXIEQBkjxUAQ8kRAJrJEQCkyREA88kRAPvJEQC9jxUAUcoRAKXKEQC7yhEA/soRAP/KEQBXyxEAaMsRALDLEQC8yxEACcwRABPMEQBizBEAcMwRALvMEQDAzBEAFM0RACHNEQBtzREAec0RAMbNEQDZzREAH84RAC7OEQB4zhEAhM4RANHOEQDSzhEAKs8RADTPEQCDzxEAkc8RANzPEQDhzxEANdARAELQEQAWkBUAkNARAOfQEQDx0BEAQNERAEjREQBvkBUAr9ERAPLREQD+0REAS9IRAFDSEQCk0hEArdIRAP3SEQAH0xEAVtMRAGLTEQCv0xEAwtMRAAjUEQAX1BEAYdQRAG3UEQC61BEAu9QRABPVEQAd1REAbNURAHrVEQDF1REAytURAB7WEQAr1hEAyJAVAHnWEQDQ1hEA2tYRACnXEQAx1xEAIZEVAI/XEQDb1xEA6tcRADTYEQA/2BEAjdgRAJnYEQDm2BEA9dgRAD/ZEQBf2REAmNkRAKTZEQDx2REA+NkRAEraEQBY2hEAo9oRAKjaEQD82hEACNsRAFXbEQBo2xEArtsRAL3bEQAH3BEAE9wRAGDcEQBh3BEAudwRAMPcEQAS3REAIN0RAGvdEQBw3REAxN0RANHdEQB6kRUAH94RAHbeEQCA3hEAz94RANfeEQDTkRUARd8RAIHfEQCS3xEA2t8RAObfEQAz4BEARuARAIzgEQCb4BEA5eARAPHgEQA+4REAP+ERAJfhEQCh4REA8OERAP7hEQBJ4hEATuIRAKLiEQCv4hEALJIVAP3iEQBU4xEAXuMRAK3jEQC14xEAhZIVACPkEQBf5BEAcOQRALjkEQDE5BEAEeURACTlEQBq5REAeeURAMPlEQDP5REAHOYRAB3mEQB15hEAf+YRAM7mEQDc5hEAJ+cRACznEQCA5xEAjecRAN6SFQDb5xEAMugRADzoEQCL6BEAk+gRADeTFQD16BEAPekRAFHpEQCW6REAmukRAO/pEQDx6REASOoRAFzqEQCh6hEApOoRAPrqEQAX6xEAU+sRAGTrEQCs6xEAuOsRAAXsEQAY7BEAXuwRAG3sEQC37BEAw+wRABDtEQAR7REAae0RAHPtEQDC7REA0O0RABvuEQAg7hEAdO4RAIHuEQCQkxUAz+4RACbvEQAw7xEAf+8RAIfvEQDpkxUA4O8RADHwEQBX8BEAivARAJLwEQDj8BEA8/ARADzxEQA+8REAlfERAKPxEQDu8REA//ERAEKUFQBO8hEAm5QVAKjyEQD58hEAEvMRAFLzEQBb8xEAq/MRALXzEQAE9BEADPQRAF30EQBg9BEAAgQSAGf0EQDL/hEAa/QRALb0EQDD9BEAD/URAB71EQBo9REAbfURAMH1EQDX9REAGvYRABv2EQBz9hEAhPYRAMz2EQDY9hEAJfcRAC/3EQB+9xEAivcRAE2VFQDf9xEAMPgRADP4EQCJ+BEAqfgRAOL4EQDw+BEAO/kRADz5EQCmlRUAoPkRAO35EQD0+REA/5UVAE76EQBYlhUApfoRAPj6EQAA+xEAUfsRAFf7EQCq+xEAuPsRAAP8EQAG/BEAXPwRAHz8EQC1/BEAyfwRALGWFQAY/REAZ/0RAHP9EQDA/REAw/0RABn+EQAj/hEACpcVAKD+EQBjlxUA1v4RACT/EQAw/xEAff8RAIP/EQDW/xEA4v8RAC8AEgA3ABIAvJcVAJQAEgDhABIA5wASADoBEgBGARIAkwESAJsBEgAVmBUA7wESAEUCEgBIAhIAngISAKcCEgD3AhIAAwMSAFADEgBTAxIAqQMSANcDEgBumBUABwQSAFsEEgBxBBIAtAQSAMAEEgANBRIAFQUSAMeYFQByBRIAvwUSAMIFEgAYBhIAIgYSACCZFQB5BhIAygYSAM4GEgAjBxIALwcSAHwHEgCCBxIA1QcSAOEHEgAuCBIANggSAHmZFQCnCBIA4AgSAO4IEgA5CRIAOgkSANKZFQCeCRIA6wkSAPIJEgArmhUAWAoSAJ0KEgClChIA9goSAPkKEgBPCxIAWwsSAKgLEgDBCxIAAQwSAAMMEgBaDBIAXQwSALMMEgC9DBIADA0SABoNEgBlDRIAZw0SAL4NEgDLDRIAFw4SAB8OEgBwDhIAiQ4SAMkOEgDVDhIAIg8SACgPEgB7DxIAkg8SANQPEgDqDxIALRASAC8QEgCGEBIAkxASAN8QEgDsEBIAOBESAEAREgCRERIAkxESAOoREgD3ERIAQxISAEoSEgCcEhIApBISAPUSEgAEExIAThMSAFMTEgCnExIAtBMSAAAUEgAKFBIAWRQSAF8UEgCyFBIAwBQSAAsVEgAkFRIAZBUSAG0VEgC9FRIAxxUSABYWEgAbFhIAbxYSAHUWEgDIFhIAyxYSACEXEgA7FxIA3ZoVAHwXEgDTFxIA2RcSACwYEgA5GBIANpsVAJIYEgDeGBIA9RgSAI+bFQA4GRIAkBkSAJYZEgDpGRIA7hkSAEIaEgBdGhIAmxoSAKkaEgD0GhIA+xoSAE0bEgBZGxIAphsSAKwbEgD/GxIABxwSAFgcEgBbHBIAsRwSALIcEgAKHRIAFh0SAGMdEgByHRIAvB0SAModEgAVHhIAJR4SAG4eEgB8HhIAxx4SANMeEgAgHxIAJx8SAHkfEgCBHxIA0h8SAOIfEgArIBIAMCASAIQgEgCKIBIA3SASAOUgEgDomxUAPCESAI8hEgCVIRIA6CESAO0hEgBBIhIARyISAEGcFQCcIhIA8yISAPkiEgBMIxIAWSMSAJqcFQCyIxIA/iMSABUkEgDznBUAWiQSALAkEgC6JBIATJ0VAAslEgBiJRIAZSUSALslEgDHJRIAFCYSABwmEgD+nRUAeCYSAMYmEgDHJhIAHycSACgnEgB4JxIAhScSANEnEgDfJxIAKigSADQoEgCDKBIA2SgSANwoEgDsKBIANSkSADspEgCOKRIAkCkSAOcpEgD9KRIAQCoSAEwqEgCZKhIAnSoSAPIqEgD3KhIASysSAFErEgCkKxIAxCsSAP0rEgBTLBIAViwSAFosEgDbMBIAYiwSAK8sEgC1LBIACC0SAA4tEgBhLRIAZi0SALotEgDALRIAsJ4VAB8uEgBsLhIAby4SAMUuEgDPLhIAHi8SAC0vEgB3LxIAeS8SANAvEgDTLxIAKTASADUwEgCCMBIApjASAAmfFQDdMBIANDESADoxEgCNMRIAmjESAGKfFQDzMRIAPzISAFYyEgCYMhIAojISAPEyEgD9MhIASjMSAE0zEgCjMxIArTMSAPwzEgALNBIAVTQSAFc0EgCuNBIAsTQSAAc1EgATNRIAYDUSAIQ1EgC7nxUAxjUSABI2EgApNhIAazYSAHM2EgDENhIAzjYSAB03EgApNxIAdjcSAHk3EgDPNxIA2TcSABSgFQAqOBIAgTgSAIQ4EgDaOBIA5jgSADM5EgA7ORIAxqAVAJc5EgDlORIA5jkSAD46EgBHOhIAlzoSAKQ6EgDwOhIA/joSAEk7EgBTOxIAojsSAPg7EgD7OxIACzwSAFQ8EgBaPBIArTwSAK88EgAGPRIAHD0SAF89EgBrPRIAuD0SALw9EgARPhIAFj4SAGo+EgBwPhIAwz4SAOM+EgAcPxIAcj8SAHU/EgB5PxIA+kMSAIE/EgDOPxIA1D8SACdAEgAtQBIAgEASAIVAEgDZQBIA30ASAHihFQA+QRIAi0ESAI5BEgDkQRIA7kESAD1CEgBMQhIAlkISAJhCEgDvQhIA8kISAEhDEgBUQxIAoUMSAMVDEgDRoRUA/EMSAFNEEgBZRBIArEQSALlEEgAqohUAEkUSAF5FEgB1RRIAt0USAMFFEgAQRhIAHEYSAGlGEgBsRhIAwkYSAMxGEgAbRxIAKkcSAHRHEgB2RxIAzUcSANBHEgAmSBIAMkgSAH9IEgCjSBIAg6IVAOBIEgAxSRIAQUkSAIpJEgCMSRIA40kSAPFJEgA8ShIATUoSANyiFQCbShIA7koSAPpKEgA1oxUAT0sSAKBLEgDGSxIA+UsSAAFMEgBSTBIAXkwSAKtMEgCxTBIABE0SAApNEgBdTRIAYk0SALZNEgC8TRIA56MVABdOEgCZpBUAdE4SAMFOEgDCThIAGk8SAB9PEgBzTxIAeU8SAMxPEgDWTxIAJVASAC1QEgB+UBIAglASANdQEgDdUBIAMFESAD5REgCJURIAk1ESAOJREgDsURIAO1ISAEdSEgCUUhIAoVISAO1SEgD1UhIARlMSAFBTEgCfUxIApFMSAPhTEgAAVBIA8qQVAFZUEgCqVBIAt1QSAANVEgALVRIAXFUSAGJVEgC1VRIAwVUSAA5WEgAPVhIAZ1YSAGxWEgDAVhIAxlYSABlXEgAjVxIAclcSAHpXEgDLVxIAz1cSACRYEgAqWBIAfVgSAItYEgDWWBIA4FgSAC9ZEgA5WRIAiFkSAJRZEgDhWRIA7lkSADpaEgBCWhIAk1oSAJ1aEgDsWhIA8VoSAEVbEgBNWxIAS6UVAKNbEgD3WxIAEFwSAFBcEgBYXBIAqVwSAK9cEgACXRIADl0SAFtdEgBcXRIAtF0SALldEgANXhIAE14SAGZeEgBwXhIAv14SAMdeEgAYXxIAHF8SAHFfEgB3XxIAyl8SANhfEgAjYBIALWASAHxgEgCGYBIA1WASAOFgEgAuYRIAO2ESAIdhEgCPYRIA4GESAOphEgA5YhIAPmISAJJiEgCaYhIApKUVAPNiEgCvphUASmMSAJ1jEgCiYxIA9mMSAPpjEgBPZBIAXGQSAAinFQCtZBIAAWUSAAVlEgBaZRIAXGUSALNlEgDMZRIADGYSAB1mEgBlZhIAcWYSAGGnFQDBZhIAp2wSAMpmEgAXZxIAKmcSAHBnEgBxZxIAyWcSANVnEgAiaBIAMWgSAHtoEgCFaBIA1GgSAOBoEgAtaRIANGkSALqnFQCOaRIA32kSAOFpEgBjdhIA4mkSABZvEgDlaRIAOGoSAOtpEgCFcRIA7GkSAILiEgBEahIAkWoSAKBqEgDqahIA9moSAENrEgBRaxIAnGsSALdrEgD1axIAAWwSAE5sEgBVbBIAE6gVALRsEgAAbRIAAm0SAFltEgBabRIAsm0SALVtEgALbhIAFm4SAGRuEgBpbhIAvW4SAMduEgBsqBUAI28SAG9vEgBxbxIAyG8SAMlvEgAhcBIAJHASAHpwEgCFcBIA03ASANhwEgAscRIANnESAMWoFQCYcRIA3nESAN9xEgA3chIAQ3ISAJByEgCfchIA6XISAPNyEgBCcxIATnMSAJtzEgCicxIAHqkVAPxzEgBNdBIAT3QSAKZ0EgC1dBIA/3QSAAl1EgBYdRIAYXUSALF1EgCzdRIACnYSABt2EgDQqRUAcnYSALx2EgDGdhIAFXcSAB53EgBudxIAcHcSAMd3EgDYdxIAIHgSACh4EgB5eBIAl3gSANJ4EgDaeBIAK3kSADd5EgCEeRIAl3kSAN15EgDeeRIANnoSAEJ6EgCPehIAnnoSAOh6EgDyehIAQXsSAE17EgCaexIAoXsSACmqFQAEfBIATHwSAF18EgClfBIArXwSAP58EgAFfRIAV30SAGV9EgCwfRIAwH0SAAl+EgAZfhIAYn4SAH5+EgCCqhUAyH4SABR/EgArfxIAbX8SAHV/EgDGfxIA1H8SAB+AEgApgBIAeIASAISAEgDRgBIA54ASACqBEgAtgRIAg4ESAJ+BEgDbqhUA5oESADWCEgA9ghIAjoISAJ2CEgDnghIA7IISAECDEgBNgxIAmYMSAKODEgDygxIA9IMSAEuEEgBZhBIApIQSALGEEgD9hBIAAIUSADSrFQBhhRIAr4USALmFEgAIhhIAEIYSAGGGEgBwhhIAuoYSAL+GEgAThxIAIIcSAGyHEgB2hxIAxYcSAMeHEgAeiBIALIgSAHeIEgCEiBIA0IgSANOIEgCNqxUALIkSAIKJEgCOiRIA24kSAOKJEgA0ihIAPIoSAI2KEgCmihIA5ooSAPqKEgA/ixIAW4sSAJiLEgCgixIAP6wVAPmLEgCYrBUAV4wSAKOMEgCqjBIA/IwSAASNEgBVjRIAWo0SAK6NEgC+jRIAB44SAA+OEgBgjhIAbo4SALmOEgDGjhIAEo8SAB+PEgBrjxIAd48SAMSPEgDKjxIAHZASACWQEgB2kBIAgpASAM+QEgDikBIAKJESADeREgCBkRIAjZESANqREgDbkRIAM5ISAD2SEgCMkhIAmpISAOWSEgDqkhIAPpMSAEuTEgDxrBUAmpMSAPCTEgD6kxIASZQSAEuUEgCilBIAsZQSAPuUEgAblRIAVJUSAFyVEgCtlRIAt5USAAaWEgAMlhIAX5YSAGGWEgC4lhIAx5YSABGXEgAdlxIAapcSAHKXEgBKrRUA4ZcSAByYEgA6mBIAo60VAJOYEgDOmBIA7JgSACeZEgAvmRIAgJkSAI+ZEgDZmRIA25kSADKaEgA7mhIAi5oSAI6aEgDkmhIA8JoSAD2bEgBEmxIAlpsSAJ6bEgDvmxIACJwSAEicEgBcnBIAoZwSAL2cEgD6nBIAAp0SAPytFQBxnRIArJ0SAMqdEgBVrhUAHp4SAF6eEgBjnhIAt54SANKeEgAQnxIAHJ8SAGmfEgBxnxIArq4VANWfEgAboBIAKqASAHSgEgCAoBIAzaASAM6gEgAmoRIAMKESAH+hEgCNoRIA2KESAN2hEgAxohIAPqISAAevFQCOohIA46ISAOWiEgA8oxIAP6MSAJWjEgCdoxIA7qMSAPijEgBHpBIAUqQSAKCkEgCspBIA+aQSAAGlEgBgrxUAYKUSAKulEgCxpRIABKYSABCmEgBdphIAbKYSALamEgDAphIAD6cSABenEgBopxIAd6cSAMGnEgDDpxIAGqgSACOoEgBzqBIAdqgSAMyoEgDYqBIAJakSAC2pEgC5rxUAjqkSANepEgDfqRIAMKoSADqqEgCJqhIAlKoSAOKqEgDuqhIAO6sSAEOrEgASsBUAmasSAO2rEgD+qxIARqwSAFesEgCfrBIApKwSAPisEgD8rBIAUa0SAF+tEgCqrRIAt60SAAOuEgAarhIAXK4SAGSuEgC1rhIAwa4SAA6vEgAhrxIAZ68SAHavEgDArxIAzK8SABmwEgAasBIAcrASAHywEgDLsBIA2bASACSxEgApsRIAfbESAIqxEgBrsBUA3LESAC+yEgA9shIAiLISAJWyEgDhshIA+LISADqzEgBCsxIAk7MSAJ6zEgDssxIA7rMSAEW0EgBStBIAnrQSAKW0EgD3tBIACLUSAFC1EgBetRIAqbUSALa1EgACthIAGbYSAFu2EgBjthIAtLYSALm2EgANtxIAHbcSAGa3EgButxIAv7cSAMm3EgAYuBIAI7gSAHG4EgB9uBIAyrgSANK4EgAdsRUAPLkSAHy5EgCBuRIA1bkSAPC5EgAuuhIAOroSAIe6EgCPuhIAdrEVAPO6EgA5uxIASLsSAJK7EgCeuxIA67sSAOy7EgBEvBIATrwSAJ28EgCrvBIA9rwSAPu8EgBPvRIAXL0SAM+xFQCwvRIAAb4SAAO+EgBavhIAZ74SALO+EgC4vhIADL8SABa/EgBlvxIAcL8SAL6/EgDKvxIAF8ASAB3AEgBwwBIAeMASAMnAEgDVwBIAIsESADXBEgB7wRIAisESANTBEgDgwRIALcISAC7CEgCGwhIAkMISAN/CEgDtwhIAOMMSAD3DEgCRwxIAnsMSACiyFQDvwxIAQ8QSAFLEEgCcxBIAq8QSAPXEEgD+xBIATsUSAFTFEgCnxRIArcUSAADGEgAMxhIAWcYSAGDGEgCyxhIAzsYSAIGyFQAVxxIAZMcSAHDHEgC9xxIAwMcSABbIEgAgyBIA2rIVAHfIEgAzsxUA0MgSAIyzFQApyRIA5bMVAILJEgDTyRIA1MkSANLREgDgyRIALMoSAOfJEgAKzxIA6skSAMbYEgDsyRIAmdwSAC3KEgCFyhIAm8oSAN7KEgDmyhIAN8sSADnLEgD/zRIARcsSAJDLEgCYyxIAPrQVAJ3LEgDpyxIA7MsSAELMEgBMzBIAm8wSAJ3MEgD0zBIABc0SAE3NEgBezRIAps0SAK7NEgCXtBUABs4SAFjOEgBfzhIAsc4SALnOEgDwtBUADM8SAGPPEgBpzxIAvM8SAMnPEgAV0BIAHdASAG7QEgBw0BIAx9ASAM7QEgAg0RIAJ9ESAHnREgCB0RIASbUVAN/REgAr0hIALNISAITSEgCa0hIA3dISAOXSEgA20xIAONMSAP7VEgBE0xIAj9MSAJfTEgCitRUAnNMSAOjTEgDr0xIAQdQSAEvUEgCa1BIAnNQSAPPUEgAE1RIATNUSAF3VEgCl1RIArdUSAPu1FQAF1hIAV9YSAF7WEgCw1hIAuNYSAFS2FQAT1xIAYtcSAGTXEgC71xIAzNcSABTYEgAl2BIAbdgSAHXYEgCtthUAy9gSAMXgEgDS2BIAH9kSADXZEgB42RIAgNkSANHZEgDf2RIAKtoSADfaEgCD2hIAhtoSANzaEgDm2hIANdsSADfbEgCO2xIAn9sSAOfbEgD42xIAQNwSAEjcEgAGtxUAotwSAPLcEgD/3BIAS90SAFLdEgCk3RIAtd0SAP3dEgAJ3hIAVt4SAF7eEgBftxUAvN4SAAjfEgAL3xIAYd8SAGvfEgC63xIAvN8SABPgEgAk4BIAbOASAH3gEgC4txUAzeASAB7hEgA14RIAd+ESAIPhEgDQ4RIA2uESACniEgAx4hIAEbgVAIPiEgDb4hIA8eISADTjEgA84xIAjeMSAJvjEgDm4xIA7uMSAGq4FQDz4xIAP+QSAELkEgCY5BIAouQSAPHkEgDz5BIASuUSAFvlEgCj5RIAtOUSAPzlEgAE5hIAw7gVAFvmEgCu5hIAs+YSAAfnEgAi5xIAYOcSAG7nEgC55xIAwOcSABLoEgAe6BIAa+gSAHHoEgDE6BIAx+gSAB3pEgAn6RIAdukSAHzpEgDP6RIA0ekSACjqEgAy6hIAgeoSAI3qEgDa6hIA8eoSADPrEgBH6xIAjOsSAKjrEgDl6xIA7esSABy5FQBA7BIAl+wSAKXsEgDw7BIAAe0SAHW5FQBQ7RIAzrkVALDtEgD77RIABe4SAFTuEgBf7hIAre4SALXuEgAG7xIAEu8SAF/vEgBy7xIAuO8SAMfvEgAR8BIAHfASAGrwEgBr8BIAw/ASAM3wEgAc8RIAKvESAHXxEgB68RIAzvESANvxEgCAuhUAL/ISAIDyEgCK8hIA2fISAN7yEgAy8xIAOvMSAIvzEgCR8xIA5PMSAPDzEgA99BIAQ/QSAJb0EgCf9BIA7/QSAPz0EgBI9RIAUPUSAKH1EgCi9RIA+vUSAPz1EgBT9hIAVvYSAKz2EgCv9hIAMrsVABv3EgBe9xIAZvcSALf3EgDD9xIAEPgSABb4EgBp+BIAb/gSAML4EgDH+BIAdPkSAPD4EgAb+RIAI/kSAOS7FQB6+RIAPbwVAOP5EgAm+hIAKPoSAH/6EgCM+hIA2PoSAN/6EgAx+xIAOfsSAIr7EgCa+xIA4/sSAOX7EgA8/BIASvwSAJX8EgCm/BIA77wVAPX8EgBIvRUAVf0SAKD9EgCq/RIA+f0SAAT+EgBS/hIAWv4SAKv+EgC3/hIABP8SABf/EgBd/xIAa/8SALb/EgDA/xIADwATABcAEwBoABMAdwATAMEAEwDGABMAGgETACEBEwBzARMAfwETAPq9FQAMAhMAJQITAGUCEwB+AhMAhgITAFO+FQABAxMAMAMTADwDEwCJAxMAjwMTAOIDEwDoAxMAOwQTAEAEEwCUBBMAmgQTAKy+FQDuBBMARgUTAEwFEwCfBRMApAUTAPgFEwAHBhMAUQYTAF0GEwCqBhMArQYTAAMHEwAGBxMAXAcTAGQHEwC1BxMAxAcTAA4IEwATCBMAZwgTAH0IEwDACBMAwQgTABkJEwAqCRMAcgkTAH4JEwDLCRMA1QkTACQKEwAwChMAfQoTAIQKEwAFvxUA5goTAC8LEwA7CxMAiAsTAJcLEwDhCxMA9QsTADoMEwBJDBMAkwwTAKQMEwDsDBMA+AwTAF6/FQBHDRMAng0TAKwNEwD3DRMACA4TALe/FQBWDhMAqQ4TALUOEwAQwBUACA8TAFsPEwBhDxMAtA8TALkPEwANEBMAExATABvBFQBrEBMAvxATAMEQEwAYERMAKRETAH/CFQB9ERMAyhETANAREwAjEhMALxITAHwSEwCEEhMA2MIVANsSEwAuExMAOhMTAIcTEwCPExMAMcMVAOwTEwA5FBMAPBQTAJIUEwCcFBMAisMVAO0UEwBEFRMAUhUTAJ0VEwCuFRMAPMQVAPwVEwBPFhMAWxYTAJXEFQCwFhMAARcTAAQXEwBaFxMAZhcTALMXEwC/FxMADBgTABQYEwBHxRUAcBgTAL4YEwDKGBMAFxkTAB8ZEwCgxRUAeRkTAMkZEwDaGRMAIhoTADMaEwB7GhMAgxoTANQaEwDXGhMALRsTADcbEwCGGxMAiBsTAN8bEwDuGxMAOBwTAFgcEwCRHBMAmRwTAOocEwD0HBMAQx0TAEkdEwCcHRMAnh0TAPUdEwAEHhMATh4TAFoeEwD5xRUAsx4TAAAfEwAeHxMAWR8TAF8fEwCyHxMAux8TAAsgEwAYIBMAZCATAGwgEwC9IBMA0yATABYhEwAYIRMAbyETAIohEwDIIRMA1CETACEiEwAuIhMAUsYVAIAiEwDTIhMA2yITACwjEwBCIxMAhSMTAIojEwDeIxMA5CMTADckEwBDJBMAkCQTAJgkEwCrxhUA9iQTAEIlEwBSJRMAmyUTAKAlEwD0JRMA+iUTAE0mEwBjJhMApiYTAKgmEwD/JhMACScTAFgnEwBmJxMAsScTALYnEwAKKBMAFygTAATHFQByKBMAvCgTAMUoEwAVKRMAHykTAG4pEwB8KRMAxykTAMwpEwAgKhMALSoTAHkqEwCBKhMA0ioTAOIqEwArKxMALSsTAIQrEwCSKxMA3SsTAO4rEwBdxxUAPSwTALbHFQCULBMA6CwTAO4sEwBBLRMASS0TAJotEwCkLRMA8y0TAPUtEwBMLhMATy4TAKUuEwDFLhMAaMgVAAovEwBXLxMAXS8TALAvEwC8LxMACTATABEwEwDByBUAbjATALswEwDBMBMAFDETACAxEwBtMRMAdTETABrJFQDIMRMAHzITAC0yEwB4MhMAiTITAHPJFQDeMhMAKjMTAEEzEwDMyRUAjTMTANwzEwDoMxMANTQTADg0EwCONBMAmDQTACXKFQD4NBMAQDUTAEc1EwCZNRMAoTUTAPI1EwD/NRMASzYTAFA2EwCkNhMArjYTAP02EwAFNxMAVjcTAGU3EwCvNxMAtDcTAAg4EwAeOBMAYTgTAGI4EwC6OBMAyDgTABM5EwAkORMAbDkTAHg5EwDFORMAzTkTANfKFQAiOhMAZAEAACY6EwCVEhUAKjoTALXxEACDOhMAYwkAANg6EwDxPRMAmjwTANksAADqPBMA7y4AAAE+EwCUPgAApj4TALVBAAD/PhMAZkoAALA/EwAFnhIAsT8TAC5NAAC1PxMALSgEALg/EwA/dggAC0ATAE1gAAC9QBMA6GYAABZBEwDFcwAAx0ETALl6AAAsQhMAHIQAAHpCEwCWhwAA0UITAMKLAACJQxMAfpUAAFJEEwCMRBMAA0cTAPDYAAAKSBMAdOUAAGNIEwAw7wAAFUkTAHz+AADPSRMAOAgBAEBKEwCRCAEAd0oTAOoIAQDaShMALA8BAIpLEwDpEAEA4ksTACAWAQCqTBMAgx8BAPBMEwDFJQEAXE0TAJZNEwALThMASE4TAFBOEwChThMArU4TAGstAQACTxMAMzABAMhPEwAFUBMADVATAF5QEwBgUBMA2TcBAMNQEwAbPgEAcVETANdHAQDZUhMAQ2IBAIdTEwAWZgEAm1MTAGfFFACjUxMAUcMUAP1TEwBvZgEAN1QTANNnAQCcVBMAQmoBAOhUEwBjbQEAQFUTAHlvAQBTVhMA8YIBALpWEwD5VhMAAVcTAEqDAQBhVxMAuYUBABBYEwDZkAEAgFgTADKRAQDCWBMA75IBABdZEwBoWRMAclkTAEiTAQDLWRMAf5gBAONbEwBEswEAOFwTAIlcEwCZXBMAnbMBAEddEwDJtwEAnF0TAO1dEwD9XRMAIrgBAKteEwAswQEAdWETAISyBwAfYhMAvHgCACNiEwB5egIAJ2ITAMTfAQAzYhMAE4kCAM1iEwDw4wEAMmMTAK3lAQDfYxMAw+cBADFkEwCA6QEAlmQTAD3rAQDtZBMAU+0BAEZlEwCs7QEA9GUTAKXrFAD1ZRMALDoNAPhlEwDC7wEACGYTAA3ZDQBNZhMAZsITAGFmEwAb8AEAc2YTAFRdFQClZhMAdPABAKhmEwBJaA4AXGcTAKv1AQC1ZxMABPYBAGloEwCf/AEAFmkTAOECAgDIaRMADQcCABtqEwBxahMAfWoTAL8HAgDfaxMAcBACADZsEwCHbBMAjmwTAHsRAgA8bRMAxrcPAD9tEwDveg8AQ20TADReDgBFbRMAHIIQAEltEwDTGQIAoG0TAKUlAgDubRMARG4TAKVuEwD2bhMA+W4TACOYDwACbxMAxigCAGRvEwCOKwIAyW8TAAFwEwBecBMAzNUOAGpwEwCBOgIAh3ATAK8uAgC/cBMASjUCAHFxEwAoOgIAI3ITAIw7AgCMchMA5TsCAC5zEwBzZgwAMnMTAJc8AgCEcxMAoj0CAJR0EwBpSAIAQXUTAP73DQBEdRMAoE0CAEZ1EwDZKhAAmXUTAGgWFQCrdRMA6nUTAEt2EwCcdhMAX3YTAA5YAgCfdhMAWpIOAKZ2EwDTnQ4AqXYTAMF7DgCsdhMAd2cPAK12EwD8aw8At3YTALZPAgC9dhMAb5wOAFB3EwA7VAIAUncTAJoiEgBadxMANiESAHh3EwAoyQ8AtXcTAPhVAgAIeBMAWXgTAGV4EwCqVgIAbHkTAL15EwBFfBMAyWkCAKx9EwB9eRUAjosTAGrEDgA8jBMAg4wTAO6MEwA1jRMAno0TALBGDQCkjRMA6C4DAPWOEwDMvhQA+o4TAKSPEwAOjxMAxZITABaPEwD4whQAHI8TAJg/AwCmjxMASQ8OAKiPEwBwlA4Aq48TAO/qCQCujxMA8T8DALOPEwBKQAMAtY8TAOdMBQDHjxMAimoVANyPEwArnAUAH5ITAEhQAwDNkhMAHpMTAB+TEwAXOw4AKJMTAFhqEQAtkxMAOjkPAD2TEwBEhBUAgZMTAH9VAwCFlBMAQoADAIiUEwAltQsAiZQTACNtAwCLlBMAJV0DAIyUEwAOYwMAjpQTANi5BACPlBMAfWUDAJCUEwAXdAMAkZQTAO1fAwCSlBMAU7UEAJiUEwCeaAMAwpQTAMwBEwBcmBMAgKYDAGOYEwDGjAMAupgTAPKQAwAPmRMAYJkTAHaZEwBhkwMAHpoTAGucAwBzmhMAxJoTAMiaEwDEnAMAgJsTAPuhAwCJnBMA2pwTAPCcEwDYrgMAjp0TANLeAwCSnRMAtrMDAJadEwBgYg4A8Z0TACW2AwBYoBMAWdMDANGhEwBL6gMAg6ITALn0AwA7oxMA5fgDAH6jEwB1/gMAgqQTAIkQBADhpBMAMqUTAEClEwD4EgQAQaYTAFD4EABLphMAAhwEAEunEwD1KgQAs6gTAP1DBABfqRMArkwEACKqEwBpqhMAzaoTABtfBAAtqxMAdKsTAIWrEwA8YgQA2qwTAMDSBQDbrBMAvn4EAOKsEwAswAkAja0TAOqCBACRrRMA0c8JAJiuEwDcmQQAq68TAK6lBABhsBMAKKkEACCxEwBdsRMAZbETALaxEwDFsRMAJ7EEABmyEwChtAQAyrITAEz3DQDNshMAXrYEACKzEwBzsxMANrMTAGi9FAB9sxMAt7YEAC20EwCgvAQAjbQTALa+BAA2tRMA+MQEAJG1EwDNoQoA5bUTAOzLBAD5thMAC98EAE63EwBKSRQAu7cTAPi3EwAAuBMAUbgTAF64EwDc8gQAYLgTACUaBQBiuBMAheIEAB+6EwASAAUAJbsTAOMTBQB6uxMAy7sTANy7EwBHFQUA5bwTACMqBQA5vRMAnS0FAOO9EwCcNQUAS74TAJA8BQBWvhMAFEkFAGO+EwDSQgUAbr8TAG1JBQAWwBMAulAFAFbAEwBVVwUACcETAFNnBQAOwRMAhHoKAA/BEwBXfgoAEcETAPR0CgB3wRMAtMETALzBEwANwhMAaMITAMDcDgBrwhMAeEkNAG7CEwDBvRQAcMITAHRqBQBywhMApCARAInCEwBRdRUArcITAPwoEQDHwhMAlW0FAEXDEwBxwxMAfMMTAKBuBQAtxBMAiXQFAOTEEwCIfAUAisUTAOuFBQCNxRMA9KEGAPzFEwCohwUARsYTAFmQBQBIxhMAAYgFAJjGEwB7iwUAnMYTAJGNBQCnxxMAIZMFALfIEwCangUABMkTANGjBQDlyxMAIswTACrMEwB7zBMAiswTAA/KBQDdzBMADtIFAOHNEwC/2gUA7M0TAMumCQA7zhMAOd4FAEjPEwBu8wUAUs8TABbrBQCizxMAkO4FAKbPEwCm8AUAHNETAFnREwBh0RMAstETALfREwBKCAYAwdETAPL/BQAR0hMAbAMGABXSEwCCBQYAK9QTAJUfBgDZ1BMA+CgGAIvVEwB7PQYAXNYTANJNBgC21hMAYlMGAPjWEwB4VQYAUtcTABNcBgCn1xMAHl0GAPzXEwBN2BMAV9gTAHddBgCp2BMAmGAGAGHZEwBJaQYAJtoTAGPaEwBr2hMAvNoTAMLaEwB0dQYAK9sTAEd5BgDd2xMAJIYGACTcEwCSkAYA4dwTALOTBgCT3RMAC5wGAEfeEwC8pAYABN8TAEHfEwBJ3xMAmt8TAKrfEwCDrwYAxt8TAAi0BgD/3xMAjrAGAFTgEwCl4BMAr+ATAOewBgDM4RMACeITABHiEwBi4hMAa+ITAEnCBgDF4hMAX8QGAInjEwDG4xMAzuMTAB/kEwAg5BMA2M8GACTkEwDlGQcALOQTANfXBgAu5BMASMoGAH7kEwDCzQYAguQTAB0XBwCN5RMAn9oGAD/mEwD34gYAmOYTAHznBgDt5hMAh+gGAKfnEwDf8AYAZ+gTAKToEwCs6BMA/egTAAfpEwA3+QYAWekTAIQABwAk6hMAYeoTAGnqEwC66hMAx+oTAAkFBwDJ6hMAdw8HABjrEwA1CQcAy+sTAPESBwAm7BMABxUHAJ7tEwDb7RMA4+0TADTuEwBD7hMAiyEHAJfuEwAFJQcAr/ATAOw6BwAY8RMAVfETAHHxEwCu8RMAu/ETAFA8BwDV8hMAEvMTABrzEwBr8xMAbvMTAL1OBwBV9BMATFwHANL0EwCDYQcA1vQTACUZDQCO9RMAd2gHAN31EwCjbAcASPcTAF5+BwCj9xMA7oMHAKr4EwAtagoAvvgTANRpCgAX+RMAVPkTAFz5EwCt+RMAsPkTAEaMBwAi+hMAX/oTAGf6EwC4+hMAx/oTABmQBwAc+xMADZcHAHf8EwAWqAcAK/0TAHoXEgAu/RMA8REPADP9EwBjEhEANv0TAN6qBwA3/RMAphARAIz9EwAKrwcAp/4TAOT+EwDs/hMAPf8TAEb/EwAUuAcAoP8TACq6BwBXABQAd8EHALoAFAA+zAcAVgEUAEjVBwAIAhQAaOAHALoCFABF7QcAzAMUAHv6BwAlBBQA9f0HAIAEFABvAQgA6QQUACYFFAAuBRQAfwUUAI4FFADoDAgAjwUUANMCCADkBRQA3gMIADkGFACKBhQAlAYUADcECABCBxQAYhAIAPEHFABhGAgAqAgUADQcCABuCRQAqwkUALMJFAAEChQAEwoUAPAlCABpChQAaikIAL4KFAAPCxQAHgsUAM4qCADQCxQAEDEIACQMFACKNAgAgAwUAA5BCACCDBQAzDoIAJoNFADXDRQA3w0UADAOFAClDhQA4g4UAOoOFAA7DxQASA8UAIZUCAChDxQATlcIAPsPFAAhWwgAoRAUALxhCABdERQACWkIAA4SFACXfggAcxMUAMyTCADIExQAGRQUACgUFAAwlQgAmBQUAJSWCADgFRQAL50IADsWFAC0oQgAkBYUAOEWFADwFhQAGKMIAGAXFAB8pAgAoRgUAFqpCAD8GBQAp7AIAK4ZFACPvggAYBoUAMXLCAAdGxQArtEIAHMbFAAS0wgAHhwUAPDXCADmHBQAIx0UACsdFAB8HRQA2B0UAKzhCACWHhQAdOQIAFUfFACSHxQAmh8UAOsfFAD1HxQA1+0IAFIgFACU7wgArCAUAMv0CAAAIRQAUPkIALEhFADV/QgAvyIUABcECQAUIxQAZSMUAGcjFABwBAkAMyQUAHAkFAB4JBQAySQUAPAlFAAtJhQANSYUAIYmFACtJxQA6icUAPInFABDKBQATSgUAK0yCQARKRQATikUAFYpFACnKRQAsSkUABhVCQC9KRQAaEQJAAUqFAB+RgkAYyoUAIhPCQDGKxQAY2wJAMorFAAAYwkAJCwUAEJpCQBwLBQAWGsJACstFAB5bgkAfS0UAJpxCQA2LhQAKncJAJEuFADFfQkAQy8UAOaACQCcLxQAP4EJAAUwFABCMBQASjAUAJswFACqMBQAB4QJAFoxFAAykAkAtjEUACaXCQDNMhQACjMUABIzFABjMxQAcjMUAOKgCQBxNBQAxzQUAOE0FADgsAkAPDUUAHk1FACBNRQA0jUUAOE1FAAMtQkAXTYUAMm2CQD5NhQANjcUAD43FACPNxQA9zcUAJy6CQBHOBQAFr4JAP84FAA3wQkAXjkUALzFCQAFOhQA4lIKAAg6FACaygkAXjoUAKXLCQBsOxQAxN4JAMU7FAC45QkAGzwUAMPmCQA7PRQAeD0UAIA9FADRPRQA3T0UAKv0CQAyPhQAgz4UAIc+FAAP9gkA7D4UAMz3CQCqPxQA5z8UAO8/FABAQBQAakAUAL8GCgCeQBQAZQ4KAA5BFACvQwwAU0EUAKRBFADdQRQA9RMKAHlCFACvQhQAvUMUAKM0CgDMRBQABUYKAEVGFACCRhQAikYUANtGFADqRhQAW14KADpHFADVYQoAPkcUAOodCwDuRxQAP0gUAG1JFACjSRQAwkkUAPxJFABlShQAsm4KAA9LFABCdAoAv0sUAG54CgAqTRQAsiALACxNFADyhAoAfE0UAGyICgCWTxQAM5MKAOhPFADZmgoA708UALiXCgADUhQAVFIUAAlTFADLsQoAHVQUAES9CgB9VRQAzlUUAPdVFAAg0goAhVYUAN3TCgDhVhQAMlcUAFtXFABM1goA7FcUAB/aCgBmWBQAeNoKAABaFACi7goAEVsUAO/1CgAcXBQAoP4KAIVcFAD5/goA0VwUAFL/CgAhXRQAzAILANldFADtBQsAQl4UAEYGCwCOXhQAnwYLAN5eFAAZCgsAZmAUAJVgFAAKYRQAR2EUAE9hFACgYRQAV2IUAN4kCwBhYxQAYjELACtkFABoZBQAcGQUAMFkFADLZBQA2zwLAKpmFAAGSQsA5GcUAH1kCwBEaBQAZmoLAO9oFABwcwsAVmkUAOp2CwANahQAmocLALRqFACvkQsAyWwUAF2yCwCUbhQADcMLADRvFABEyAsAlW8UAL7LCwBWcBQAk3AUAJtwFADscBQAR3EUAMjUCwBschQAqXIUALFyFAACcxQALHMUAFfiCwC9cxQAmegLABV0FABmdBQAdHQUAEvpCwDFdBQAuusLAH51FADx8AsAy3UUAB31CwDedhQAi/8LAOF2FAA9AAwARngUAMwNDACXeBQAMA8MAPh4FACqEgwATHkUAHIVDACgeRQAyxUMABp6FABPehQAHXsUAAEjDACEexQAWiMMAMZ8FAAXfRQAQH0UAE4qDABNfRQAACsMADl/FAAsLwwAln8UAKYyDADsfxQACjQMAPeAFAClOgwASIEUANE+DAAUghQAToIUAAKDFADPTgwAYIMUANlXDAANhBQAPVkMAJiEFABpXQwA04QUAJVhDAAbhRQABGQMAM6FFAAkbwwA3oUUAKaLDABChxQAvn0MAIqHFAAtgAwA9IcUAJyCDAAQihQATYoUAFWKFACmihQAs4oUAAidDAAMixQAKaAMAL6LFAD8owwAgowUALyMFAAnjRQA/KIUADSNFABujRQALI4UAOSxDAAujhQAda8MAOSOFAArjxQAko8UAKC7DABGkBQAy8cMALCRFACc2wwAV5IUAMjfDACzkhQACuYMAAyTFAC77gwAZJMUAMbvDAAPlBQAr/UMANeUFAAUlRQAHJUUAG2VFADklRQAlwMNANSWFAAyCg0A85cUAKAUDQCemBQAUR0NAFCZFAC0Jg0ADpoUAEuaFABTmhQApJoUABmbFABWmxQAXpsUAK+bFABknBQAGr4UAGmcFAC6nBQAa5wUAAtjEQB9nBQAgAgVAMScFADeOg0Acp0UAMdADQA2nxQAVVYNAIefFACBWg0A9qAUAEdtDQAFoRQAP6EUAKChFAAbaQ0AAKIUAHRpDQBWoxQAcnkNAGmkFAA5hA0AvKQUABKlFADRpBQAb5ENACSlFADrhA0A0KUUAFqHDQAnphQAs4cNANmmFACcjQ0A3acUADOoFABLqBQAQpUNAEepFACDow0AmqkUAPCpFAAHqxQAgqsNAB+rFABG5A8AXKsUAK2rFADLqxQA26sNAHusFAC4rBQAwKwUABGtFAB4rRQA/K4NADiuFAAdsg0A6q4UAJe1DQD1rxQAMrAUADqwFACLsBQAALEUAD2xFABFsRQAlrEUAP2xFAAbwg0AvbIUAPqyFAACsxQAU7MUALqzFAAEyA0A07QUABC1FAAYtRQAabUUANC1FACqzw0AkLYUAMvSDQBCtxQARdYNAOu4FABp4hAARLkUAMLiEACxuRQA7rkUAPa5FABHuhQAwLoUAC3kDQBauxQA7SYOABe9FABbJRUAIr4UAD2FEAA2vhQAPlsVAEi+FABzvhQAe74UAGsrEQChvhQAIbMQAPq+FAAlvxQAgb8UAFZNFQDzvxQAMMAUADjAFACJwBQA7sAUAOf9DQBXwRQAlMEUAJzBFADtwRQAUsIUAJfLDwC1whQARS8OAAnEFABqzw8AD8QUAFUIDgB2xBQAHQsOAG/FFADAxRQAz8UUAKozDwAhxhQA5qsVAIzHFADZFA4AlscUAHUTDgCUyBQArBgOAFbJFACTyRQAm8kUAOzJFABXyxQADyIOAHzNFABxMw4AIM4UAKdADgCIzxQA/lAOAJHQFAAfVA4ATNIUAJ3SFACn0hQAa2MOAMTTFAAB1BQACdQUAFrUFAAO1RQA+nAOAGrVFADNdA4Ag9cUAJ+ADgDc1xQALdgUADnYFAAZhA4A69gUAJOHDgCZ2RQA6tkUAAHaFAAjjQ4AI98UAEypDgDY3xQAKq4OAEviFACsyg4ABuMUAE3jFAAM5BQADtwOAA/kFACq2g4AGOUUAH3eDgDI5RQAiN8OACPmFACp4g4A6uYUACDnFAA+5xQAI+YOAJ3nFAC+7A4AOegUABftDgCi6hQA9PkOAKvrFABu/Q4AsesUAFdnEADI6xQAMWoVAM/rFAAoWRUA6usUAKMoEQAG7BQAV+wUAGbsFACaAQ8AtewUAGIEDwBq7RQAu+0UAL3tFADRBg8AGe4UAIMHDwAg7hQA8gkPAJ/wFADc8BQA5PAUADXxFAA/8RQAoSIPAAPyFABA8hQASPIUAJnyFACo8hQAGi4PAPjyFACUMQ8AqvMUACQ3DwBc9BQAtDwPAGT1FADfSA8AFvYUADhJDwAf9hQA3rQQAM32FAC9TQ8AJvcUAHf3FADe9xQAhVAPADf4FACEWA8AlfkUAOb5FADp+RQA/lsPAKT6FABtXg8ApvoUALk1EgD5+hQASvsUAE37FACDYA8ACPwUAEtjDwBd/BQArvwUALH8FABhZQ8AbP0UAIJoDwDB/RQAEv4UABz+FADbaA8Ac/4UAMT+FADH/hQA5mkPAH7/FAAHbQ8A1/8UACgAFQArABUAa24PAOIAFQAzARUANgEVAJdyDwDtARUAPgIVAEECFQDDdg8A/AIVAJZ6DwADBBUAJoAPACMEFQAPbxUAcAQVAIqBDwAJBRUAXwUVABQGFQD5gw8AGwYVAGiGDwDaBxUAqowPANwHFQCLKxAAiAgVANkIFQBAChUAh6QQAEUKFQD6CxUAogoVADmaDwD9CxUAXEoRAAoMFQCdmw8AYwwVAAyeDwC4DBUAF58PACENFQBeDRUAFw4VAISxDwAaDhUANboPAB8OFQDUoA8AKw4VAJurDwDmEBUAebAPAJgRFQC7tg8AuBIVAONqFQD2EhUARxMVAEoTFQBAuw8AsBMVAP28DwAFFBUACL4PAFoUFQCrFBUAtRQVAGG+DwBrFhUASsQPAHIWFQBgxg8AHRcVAGvHDwCpGBUAjMoPAJEZFQBfzg8AOBsVAPpkFQC0GxUAVSkRAPQbFQDY7xEA+RsVAOLiDwBmHBUAk08RAL8cFQDsTxEAaB0VAHLoDwC9HRUADh4VACceFQDW6Q8Aah4VAMAeFQA9HxUAtO4PAO8fFQC/7w8AoSAVACPxDwA3IRUAiCEVAJIhFQD29A8AOyIVAEp2EABCIhUAFgsRAFQjFQAA/g8AYCUVAGMHEABYJhUAZiYVALEmFQC/JhUA5ygVAIIaEACJKRUA8RwQAJMpFQCXJBAApSsVAEVQEQBfLBUAUy4QALYsFQBeLxAACS0VABAwEABdLRUAdDEQAGguFQDjMxAAeC8VAMkvFQAqMBUAezAVAKEwFQCSgxUALjEVADs8EACOMRUA3zEVAEAyFQCRMhUARjMVAH1CEAD9MxUATjQVAK80FQAANRUAJjUVAOuDFQC6NRUAtEcQABc2FQAYSRAAxTYVABY3FQAmNxUAfEoQAOs3FQAhOBUA3DgVAFpPEAA4ORUAIlIQAKk5FQDeORUAGz0VAMZpEADYPhUAVm8QAIo/FQC6cBAAPEAVAB5yEADaQBUANHQQAIxBFQCYdRAAPkIVAI9CFQCXQhUAVXcQAKJDFQDwfRAAVEQVAMOBEABuRxUAL5wQADZJFQAupBAANkoVAKinEAD+SxUAp68QAK1MFQBvshAAPk8VAGO5EABvTxUAILsQAM1PFQC1dhUAJ1AVAOi9EAAqUBUA/r8QAHpQFQDQUBUA7FAVAClRFQCFURUA21EVAPdRFQA0UhUAlVIVAOZSFQDwUhUAV8AQAEdTFQAmwhUAnlMVAI7FEACxVBUAE8oQAP9UFQDbzBAAXVUVAA53FQB1VhUArikRAB5XFQBf2RAAuVoVAOVaFQCnWxUAByoRAAVdFQBm+hAACV4VAMvzEADEXhUA1vQQANZgFQAnYRUAMWEVAOD9EADnYRUAqAARADViFQBaAREARWUVAFNlFQCeZRUArGUVAPdlFQAFZhUAUGYVAF5mFQCpZhUAt2YVAAJnFQAQZxUAzmcVAKcIEQA3aBUAAAkRAM5oFQBkChEAQmkVAH9pFQCHaRUA2GkVAJhrFQB6DBEAVWwVAEIPEQCjbBUA9A8RAB9tFQDYSBIAW20VALEREQDHbRUABG4VAHluFQC2bhUAN28VAGhvFQCQbxUAwW8VAOlvFQAacBUAQnAVAHNwFQB6cBUAMy4RANRwFQAlcRUAKnEVAN0VEQDlchUAuiIRAFJ0FQA/JxEAXXUVAAIPEwBhdRUARQ0TAMx3FQASKxEAM3gVAHJ4FQB6eBUAy3gVANl5FQAvehUAsHoVAOF6FQAJexUAOnsVAGJ7FQCTexUAu3sVAOx7FQAUfBUARXwVAB99FQBQfRUAeH0VAKl9FQDRfRUAAn4VACp+FQBbfhUAg34VALR+FQByfxUAPTcRACSAFQChOBEApIQVAAJSEQAEhRUAT1kRAMeFFQABhhUAeYYVACFlEQC8hhUApmkRACuHFQBlhxUAxocVABeIFQAniBUAY2sRAHyIFQBubBEA3ogVACfyEgA+iRUAe4kVAIOJFQDUiRUAV40VAC6vEQCzjRUA4K8RALqOFQBNwhEAbI8VAEHJEQAekBUAjtARANCQFQB31hEAgpEVAB3eEQA0khUA++IRAOaSFQDZ5xEAmJMVAM3uEQBOlBUAR/IRAPCUFQD0lBUAYpUVANf3EQCnlRUAlPkRABSWFQBG+hEAXZYVAJ/6EQC5lhUADv0RAA2XFQBy/hEAwJcVAIgAEgAjmBUA7AESANGYFQBmBRIAI5kVAHEGEgB8mRUAhwgSANOZFQCSCRIAWZoVAISaFQBEmxUAhRgSAKicFQClIxIAVJ0VAKWdFQC0nRUACSUSACGeFQBXnhUAWJ4VAG0mEgC6nhUAEy4SAHCfFQDmMRIAHKAVAG2gFQB8oBUAKDgSAOmgFQAfoRUAIKEVAIw5EgCCoRUAMkESADiiFQAFRRIA5aIVAJVKEgA4oxUAjqMVAKOjFQBHSxIA6qMVAECkFQBVpBUAD04SACapFQB3qRUAlakVAPRzEgD5rBUAl5MSAGitFQDDlxIAGq4VAFOdEgC6rhUAwp8SAA+vFQCKohIAZ68VAFKlEgC+rxUAfqkSACKwFQCUqxIAh7AVAMSwFQAfsRUAI7kSAIKxFQDguhIA5LEVAKi9EgAwshUA6sMSAPayFQBvyBIAbbcVAK/eEgAsuRUAPuwSAIG5FQBJ7RIA1rkVACe6FQAruhUAou0SAIi6FQDZuhUAOrsVAIu7FQBFvBUAlrwVAPu8FQDu/BIAUL0VAKG9FQClvRUAR/0SANe+FQDtBBMAwL8VAFAOEwATwBUAacAVAJHAFQDCwBUAHsEVAHTBFQCcwRUAzcEVAD3CFQBmEBMA2sIVANUSEwA7wxUA4BMTAJLDFQDjwxUA88MVAOsUEwBFxBUA9hUTAJjEFQDuxBUAUcUVAGUYEwCwxRUAcBkTALnGFQDpJBMAaccVADYsEwC+xxUAD8gVAB/IFQCPLBMAxcgVAGIwEwAqyRUAxjETAIHJFQDRMhMA1MkVAIMzEwAoyhUAfsoVAA==","fail":"AAAAAAAAAAAxjgAAYN4BAO/gAAD45QcAmNsBANrVCAA8TAIABCEOAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAvrYBABe3AQBwtwEAybcBAAAAAAA8TAIABhEOAMUNDwAeDg8Adw4PANAODwApDw8Agg8PANsPDwA0EA8AjRAPAOYQDwA/EQ8AmBEPAAAAAAD45QcAmNsBAJjbAQDBDQQAAG8CAFlvAgAYlw8AlOMPAP4wAwBXMQMAHiYBAHVtBgDHExEAwQ0EADxMAgDEZAYA/7kAAFi6AACxugAACrsAAGO7AADzDgAAPEwCAAQhDgB2Fg8AzxYPACgXDwCBFw8A2hcPAAAAAAD45QcAPEwCAC3ZDAB2qAQAvXACAJWkCgAjYgIAMY4AADZ8AgBMyhEApcoRALrWAQCtKAAAPEwCANI2DAArNwwAI0wAAJYXBgBnmwAAwJsAAKoIAwBW3woAr98KADxMAgAGEQ4AxQ0PAB4ODwB3Dg8A0A4PACkPDwCCDw8A2w8PADQQDwADmQgAV1EOAFkAAABZAAAAxyoLAJjbAQAjTAAAPEwCAAOZCADn0gEAAAAAAGebAAA0rA0A8LUNAPwfAABhGQAA2tUIADPWCACY0AAA8dAAAErRAADMXAMAfWUDANZlAwCApQsAbBoAAIbZDABRjA8AZAEAAL0BAAAWAgAAbwIAAMgCAAADmQgAV1EOAFkAAABZAAAARAwCAPTkBABnmwAAprkAAJjbAQDyhQIAuW4HADxMAgAEIQ4AmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAB3VAACCigoA24oKAAAAAADXlQAA4qEBAJjbAQDx2wEA8w4AADxMAgAjsAEA9OQEAE3lBABZAAAAIrgBAHu4AQDUuAEALbkBAIa5AQDfuQEAOLoBAAAAAADMXAMAQoADAOfSAQBA0wEAmdMBAK0FDQDDYA0AHGENAOhDDQBBRA0AmkQNAPNEDQDrZAIAKzcMACiTAgAokgoAgZIKANqSCgDa1QgAPEwCAKUYEQCWnAoAPEwCABiXDwBEYxIA1UwAAC5NAACHTQAA4E0AADlOAACSTgAAAAAAAJWkCgBO5w0AA5kIAPwfAABVIAAAriAAAAchAABgIQAAuSEAAIKKCgDbigoAAAAAANeVAABnmwAA8w4AACvUAgBf5gEA2tUIADxMAgADmQgAGzMAAHQzAADNMwAAJjQAAOdsEAAjYgIAMY4AAGDeAQD8HwAA2tUIADxMAgAEIQ4AmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAABvAgBZbwIABasDAF6rAwC3qwMAEKwDAOhDDQBBRA0AExoAAGwaAACG2QwAUYwPAGQBAAC9AQAAFgIAAG8CAADIAgAAhXMCAN5zAgAAsBAAWbAQAC3ZDAAYVgEAcVYBAKoIAwDioQEA2tUIAMkDEQAt2QwAhtkMAFGMDwBkAQAAvQEAABYCAABvAgAA52wQACNiAgAxjgAAYN4BAPwfAADa1QgAPEwCAAQhDgCY0AAA8dAAAErRAACj0QAA/NEAAFXSAACu0gAAB9MAAGDTAAC50wAAEtQAAGvUAADE1AAAAG8CAFlvAgAFqwMAXqsDALerAwAQrAMA6EMNAEFEDQATGgAAbBoAAIbZDABRjA8AZAEAAL0BAAAWAgAAbwIAAMgCAACFcwIA3nMCAACwEABZsBAALdkMABhWAQBxVgEAqggDAOKhAQDa1QgAyQMRADGOAABg3gEA5+gDAMxcAwBCgAMAGzMAAHQzAADNMwAAJjQAAOdsEADzDgAA/B8AAFUgAACuIAAAByEAAGAhAADnbBAArSgAAIgBCgCY2wEAE6kNACvUAgDnbBAAHiYBALjaCADzDgAA59IBAFV5AADKPg8AxJsLABX9DgDtXwMA/7kAAFi6AACxugAACrsAAGO7AAC8uwAALdkMAIbZDABRjA8AZAEAAL0BAAAWAgAAbwIAAMgCAAAeJgEAkwMCAPMOAAAr1AIAPEwCAEQKEgClcREABCEOAOBBBwADmQgAmM4QAJYXBgDvFwYAO6IBAAAAAACmuQAAprkAAGebAADzDgAA59IBADxMAgAGEQ4AETMRAGEZAACF1wMAZ5sAANrVCAA8TAIAlUwCADEdDgCY2wEAPEwCANeVAADzDgAA/B8AADxMAgAAAAAAYRkAAA+pAgBLkAsAuhkAAO/gAABhGQAAPEwCAAYRDgAz1ggAk6gRAOyoEQAjYgIAMY4AAGDeAQD8HwAAAAAAAJjbAQC9cAIAMY4AAIqOAADjjgAAPI8AAJWPAADujwAAdD4BANrVCADJAxEAYRkAAIXXAwBnmwAA2tUIAL1wAgBnmwAAwJsAAA70AAA/PwMAI2ICADGOAADrpggAvXACANrVCAAjYgIAvXACAGebAADAmwAADvQAAD8/AwDXlQAAI2ICAJ5bEgD05AQAprkAADxMAgAPqQIAaKkCAMGpAgA8TAIAgooKANuKCgAjTAAAlhcGAO8XBgBnmwAAqggDAAMJAwBcCQMAPEwCAK0FDQDDYA0AHGENAOhDDQBBRA0AmkQNAPNEDQCiGg8AdhYPAAl0CQB8sAEA7+AAAGebAABhGQAAuhkAAEVSAQCeUgEANR4RAIRNDgBZAAAAWQAAAMcqCwCY2wEAI0wAAF/mAQDa1QgAvXACADGOAACY0AAA8dAAAErRAAC9cAIAHiYBAHcmAQB4lwwAAAAAACOwAQD05AQAZ5sAAGEZAAAjTAAAPEwCAAYRDgDFDQ8AHg4PAHcODwDQDg8AKQ8PAIIPDwDbDw8ANBAPAAOZCABXUQ4AWQAAAFkAAADHKgsAmNsBACNMAAA8TAIABCEOAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAdtUAABhWAQBxVgEAI0wAAIODAgCEZAgAMZkBAOKJDwA8TAIAgooKANuKCgAAAAAA15UAAGebAADzDgAAK9QCAF/mAQDa1QgAPEwCAEQKEgCdChIA9goSAE8LEgCoCxIAVSAAAK4gAAAHIQAA15UAACNMAAB8TAAA1UwAAGEZAAAjTAAAvfUGAKa5AADrFgMAl5UCAL31BgD45QcAlpwKADxMAgAt2QwARAwCANeVAABnWAIA4qEBADuiAQA8TAIAMY4AAJjQAADx0AAAt+MAAAQhDgCY0AAA8dAAAErRAACj0QAA/NEAAFXSAACu0gAAB9MAAGDTAAC50wAAEtQAAGvUAADE1AAAHdUAAIKKCgDbigoAAAAAANeVAADioQEAmNsBAPHbAQAAAAAAmNsBAONKCgCWnAoAZ1gCAFkAAACyAAAACwEAADxMAgClng0AWQAAALIAAAALAQAAZAEAAL0BAAAWAgAAbwIAACMJAgB8CQIAxGQGAOsWAwBEFwMAnRcDANnGDgAyxw4Ai8cOAIVzAgDioQEAtdwGAHxMAAAUUw4A7LQKACNMAAA8TAIABCEOAMcTEQDBDQQAPEwCAC3ZDACG2QwAUYwPAGQBAAC9AQAAFgIAAG8CAADIAgAAxGQGAB1lBgB2ZQYArSgAAIgBCgBnWAIA15UAAJjbAQDx2wEAmNsBADxMAgDEZAYA/7kAAFi6AACxugAACrsAAGO7AAC8uwAAA5kIAPwfAABhGQAAI0wAADxMAgAEIQ4AmNAAAPHQAABK0QAAAG8CAFlvAgAFqwMAXqsDALerAwAQrAMA6EMNAEFEDQATGgAAbBoAAIbZDABRjA8AZAEAAL0BAAAWAgAAbwIAAMgCAACtBQ0Aw2ANABxhDQADmQgA/B8AAAAAAAAxjgAAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAM6PAQAnkAEAgJABANmQAQChZgUABCEOAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAvrYBABe3AQBwtwEAybcBACiTAgAokgoAgZIKANqSCgAzkwoAjJMKAOWTCgAEIQ4AmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAAF/mAQDXlQAA8w4AAMunAQA7ogEAZ1gCADxMAgAeJgEAuNoIAEeEBwA/KAkAMY4AAMcTEQCF1wMALYEEAB4mAQA8TAIAAAAAAKa5AAAxmQEAipkBAOOZAQBhGQAAKJMCAIGTAgDakwIAsBsBAMxcAwCwGwEAMY4AAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAADOjwEAJ5ABAICQAQDZkAEAAAAAAPjlBwCWnAoAZ1gCAMBYAgDzDgAA/B8AAEeEBwC8VgcAFVcHAL4CEQC13AYA5owCAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEA2LkEADG6BACKugQA47oEADy7BACVuwQA7rsEAEe8BACgvAQAlw4OAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAO6IBAFUgAACuIAAAByEAAGAhAADx2wEAwJsAAA70AAA/PwMABCEOAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAvrYBABe3AQBwtwEAybcBAL1wAgCY2wEA8dsBAFWPAgDzexIA8w4AAPwfAADa1QgAPEwCAOdsEAC+ZhIAI7ABAHywAQDVsAEALrEBAIexAQDgsQEAhXMCAN5zAgAAsBAAWbAQAIKKCgDbigoANIsKAI2LCgDmiwoAP4wKADxMAgDXlQAA8w4AAMunAQA7ogEAZ1gCADxMAgAEIQ4AmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAB3VAAAeJgEAuNoIAEeEBwA/KAkAMY4AAMcTEQCF1wMALYEEACNMAAC9cAIAMY4AALBzCQAJdAkAfLABAO/gAABnmwAA2tUIADxMAgDnbBAAmNsBAONKCgAjYgIAMY4AACNiAgCeWxIAmWIPAPJiDwCY0AAA8dAAAErRAACj0QAA/NEAAFXSAACu0gAAB9MAAGDTAAC50wAAEtQAAGvUAADE1AAAZ5sAAMCbAAAO9AAAPz8DAIqOAADjjgAAPI8AAJWPAADujwAAZq4BAL+uAQAYrwEAca8BAMqvAQDJAxEAwJsAAA70AAA/PwMAVD4CAKa5AABnmwAAWQAAACNMAAC99QYA+OUHADxMAgAAAAAAAAAAAAAAAAChZgUAgooKANuKCgADgwYAYN4BAEwPAACWnAoAzFwDALwJAADXlQAA8w4AAPwfAABVIAAAYRkAACiTAgCBkwIA2pMCAETICwCdyAsA9sgLAC3ZDACG2QwAUYwPAGQBAAC9AQAAFgIAAG8CAADIAgAA6EMNAEFEDQCaRA0A80QNAKIaDwB2Fg8ACXQJAHywAQDv4AAAZ5sAANrVCABEhQ0AuhkAABMaAAAEIQ4AZP8PAOOOAAA8jwAAlY8AAO6PAABHkAAAGJcPAJTjDwA8dw4AGJcPAERjEgDioQEALYEEAIaBBACqCAMAlaQKABRTDgDzDgAAK9QCAIVzAgDioQEAtdwGAHxMAAA8TAIAgooKAPKFAgAjYgIAI2ICAOKhAQC13AYAHiYBAAAAAAA8TAIAlUwCAO5MAgBHTQIAoE0CADxMAgAt2QwARAwCAJliDwDyYg8AYN4BAPwfAADEZAYAPygJAJgoCQDxKAkASikJADxMAgDBDQQAGg4EAHMOBACY2wEAPEwCAMRkBgAdZQYAdmUGAM9lBgAoZgYAgWYGANpmBgAzZwYA+1MEAFRUBACtVAQA0CUJAPwfAABnjg8AI0wAAL31BgA7ogEAZ1gCAK0oAAAQ7wEAae8BAMLvAQD2AQEAsBsBAK0oAAAQ7wEAae8BAMLvAQB0agUAzWoFACZrBQAEIQ4AmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAAF/mAQAYlw8AlOMPAPjlBwDa1QgAyQMRAHR/DwAAAAAAAAAAAAAAAAAAAAAAPEwCACrRAQAjYgIAMY4AAOumCAA8TAIAxGQGAJjbAQDx2wEAStwBAMkDEQBhGQAAI0wAAL31BgAxjgAAsHMJAPMOAAAAAAAAYRkAAKoIAwADCQMAXAkDAPTkBADa1QgAM9YIAIqOAADjjgAAPI8AAJWPAADujwAALfoPAGipAgDBqQIA4qEBAOKhAQBnWAIAYRkAACiTAgAnjwkA15UAAJjbAQDx2wEAStwBACbwCQBnmwAA8w4AADj7DwC6GQAARVIBAB4mAQB1bQYAl5UCAKa5AADa1QgAyQMRAGEZAACF1wMAZ5sAAAAAAAD45QcAZ1gCAOKhAQA7ogEAPEwCAJVMAgDuTAIAR00CAKBNAgCVTAIAMR0OAJjbAQA8TAIA15UAAPMOAAD8HwAAVSAAADxMAgCVTAIA7kwCAEdNAgCgTQIAlUwCADEdDgCY2wEAPEwCANeVAADzDgAA/B8AADxMAgAEIQ4AmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAB3VAAC+tgEAF7cBAHC3AQDJtwEAPEwCANeVAADzDgAA/B8AAFUgAABhGQAAKJMCAIGTAgCqCAMAVt8KAK/fCgATqQ0Ay6cBAPjlBwCWnAoA4qEBADuiAQCF1wMAZN8EAJMDAgAeJgEAPEwCAAOZCABXUQ4AWQAAAFkAAADHKgsAmNsBACNMAABf5gEA2tUIADxMAgAEIQ4ASoERAOKhAQA8TAIAqggDAFbfCgCv3woAE6kNAMunAQD45QcAlpwKADxMAgCtBQ0AAAAAAPMOAADn0gEAQNMBAMxcAwDzDgAA5+gDADxMAgCCigoA40oKAOy0CgAjTAAAvfUGADuiAQBnmwAA8w4AAJacCgDvnAoASJ0KAKGdCgD6nQoAU54KADuiAQBnWAIAPEwCABiXDwCU4w8ALwwLAIgMCwCU4w8AAAAAAGebAADa1QgAZWcKAC2BBACGgQQApRgRAJacCgDzDgAA59IBAPwfAABVIAAAvfUGAPjlBwCWnAoAZ5sAAMCbAAAO9AAAPz8DALXcBgBf5gEAuOYBABHnAQBq5wEAMY4AAGDeAQC53gEAEt8BAGvfAQDE3wEAHeABAGebAADzDgAAK9QCAMxcAwDXlQAAMJYAAMsLAwC13AYAzFwDADGOAABg3gEAud4BABLfAQBr3wEAxN8BAB3gAQB24AEAoPQBAPn0AQBS9QEAq/UBAAT2AQBd9gEAtvYBAA/3AQAxjgAAYU8NABNQDQDMXAMAI20DAA+zCwBiDxAAuw8QABQQEABtEBAAxhAQAB8REAB4ERAA8oUCAEuGAgCkhgIArSgAABDvAQBp7wEAwu8BAMkDEQDAmwAADvQAAD8/AwAAAAAAMY4AAKoIAwADCQMANnwCACOwAQAxjgAAxxMRAGdYAgA2fAIAMY4AAGDeAQC53gEAEt8BAGvfAQDE3wEAHeABAHbgAQDP4AEAKOEBAIHhAQDa4QEAHiYBAFkAAACyAAAAyroCAL4CEQAXAxEATA8AAJacCgCtKAAAEO8BAGnvAQAsOg0AhToNANeVAAAjsAEAI0wAAL31BgBZAAAARAwCAJliDwDcgRIAEO8BAGnvAQAsOg0AhToNAPwfAABVIAAADvQAAD8/AwAAAAAAPEwCAEQKEgB8YgIA1WICAC5jAgCHYwIA4GMCADlkAgAjsAEAMY4AAMcTEQBhGQAAZ5sAANrVCAA8TAIAlUwCADEdDgCY2wEAX+YBABX9DgAOYwMAMa4LAMqXDwAGEQ4AXxEOAGIPEAC7DxAAFBAQAG0QEADGEBAAHxEQAC3ZDACG2QwAzwsOACgMDgCBDA4APEwCAAQhDgDeDREAPEwCANI2DACW0w8A+U0CAFJOAgCrTgIABE8CAF1PAgCVTAIAiAEKACEBEAB6ARAA0wEQACwCEACFAhAA3gIQADcDEACFcwIA4qEBALXcBgB8TAAAFFMOAOy0CgAjTAAAPEwCAIKKCgA/+wwAmPsMAPZCDwBPQw8AqEMPAAFEDwBaRA8ABCEOAMcTEQDBDQQAPEwCAAQhDgDeDREANw4RAJAOEQDpDhEAQg8RAJsPEQBnmwAAp2MBAPlNAgBSTgIAq04CAARPAgBdTwIA0jYMAJbTDwAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAAbwIAWW8CANI2DACW0w8A+U0CAFJOAgCrTgIABE8CAF1PAgAIRAwAI7ABAJliDwDcgRIANYISAI6CEgCGUxAAzX8PADxMAgCCigoAvgIRAFaFEgCvhRIACIYSAAhEDABhRAwAlUwCAO5MAgBHTQIAoE0CAAAAAAB0fw8APEwCAIKKCgC+AhEAVoUSAK+FEgAIhhIACEQMAGFEDACVTAIA7kwCAEdNAgCgTQIAlUwCAO5MAgBHTQIAoE0CABvwAQChZgUAphARAP8QEQBYEREAsRERAAoSEQAAAAAA15UAADCWAADLCwMAtdwGADZ8AgAo3xEA2tUIAA+pAgDXlQAAMJYAAMsLAwC13AYANnwCAOToEQCY2wEA8oUCALluBwC42ggA7+AAAPjlBwCY2wEAD6kCADZ8AgAxjgAAYN4BALneAQAS3wEAa98BAMTfAQAd4AEAduABAM/gAQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAAAAAAK0oAAAQ7wEAae8BAMLvAQBZAAAAHtcJAEeEBwAjTAAAX+YBAKoIAwADCQMAXAkDALUJAwAOCgMA8w4AADxMAgAYlw8AlOMPADx3DgBEChIApXERAAAAAAAEIQ4A3g0RADcOEQCQDhEA6Q4RAEIPEQCbDxEA0jYMAJgnEQDxJxEASigRAMxcAwAAAAAA+OUHACNMAACmuQAAMZkBAA7/AQBn/wEAwP8BABkAAgDx2wEAStwBADxMAgDXlQAA8w4AAMunAQA7ogEAZ1gCADxMAgCGUxAAzX8PANI2DAAAAAAAI7ABAAAAAADXlQAAMY4AALBzCQAAAAAAAAAAANeVAAAjTAAAPEwCAIVzAgDecwIAALAQADxMAgDSNgwAAAAAANeVAAAxjgAAlaQKABRTDgDstAoARbUKAJ61CgD3tQoARAoSAFC2CgCptgoAArcKAEQKEgDEZAYAHWUGAHZlBgD4lhAAUZcQAKqXEADEZAYAHWUGAHZlBgD4lhAAUZcQAKqXEAAxjgAAxxMRAAAAAAA8TAIAZ1gCAMBYAgAZWQIAAAAAACNMAABf5gEAuOYBABHnAQA2fAIA6PUNAEH2DQDv4AAATm4CAKduAgDBDQQAI0wAAF/mAQC45gEAEecBADZ8AgCPfAIA8oUCAEuGAgCkhgIA/YYCAPMOAACWFwYAqTAOAEuGAgCkhgIA/YYCACNMAAB8TAAAqGQSAAFlEgBaZRIAAAAAAJjbAQDx2wEAaPcBAN2nBgBHhAcAI0wAAPMOAAA2fAIAbYECAMaBAgAfggIAeIICANGCAgAqgwIAI0wAAIODAgBwnw8AfEwAAKhkEgABZRIA+OUHADZ8AgBtgQIAfEwAAKhkEgABZRIAWmUSADGOAABhTw0ALYEEAPwfAAA0rA0AjawNAOasDQA/rQ0AmK0NADZ8AgBtgQIAfEwAAKhkEgABZRIAWmUSADZ8AgBtgQIAfEwAAKhkEgABZRIAwQ0EAFkAAAAe1wkAZ5sAAMCbAAAO9AAAPz8DAK0oAAAGKQAAwJsAAPHbAQBhGQAAprkAAGebAABnmwAAwJsAAA70AAA/PwMAMY4AALluBwC42ggAZ5sAAMCbAAAO9AAAPz8DACNMAAAjTAAAlhcGAO8XBgAjYgIAfGICANViAgBf5gEAZ5sAAMCbAAAO9AAAPz8DAB4mAQC42ggAI0wAAHxMAAAUUw4A2tUIAMkDEQDAmwAADvQAAD8/AwAjsAEAI7ABAFkAAADHKgsA4qEBADuiAQCN8AMA5vADAJU/EQDx2wEAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAJjbAQDx2wEAVY8CAK6PAgAHkAIAYJACALmQAgASkQIAa5ECAMSRAgCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAAAAAAGebAADBDQQAZ5sAAMCbAAAO9AAAPz8DANrVCADJAxEAp2MBAGMoEwDAmwAADvQAAD8/AwAAAAAAZ5sAAMCbAADjSgoA2tUIAGVnCgCqCAMA4qEBAC2BBADLpwEA+OUHAJacCgBnmwAAwJsAAA70AAA/PwMAI2ICAEFaDwDstAoAMJYAAHwUAwAjsAEAfLABAGtNDADETQwAHU4MAJliDwDAmwAADvQAAD8/AwDHExEAZ1gCAMSbCwBnmwAAwJsAAA70AAA/PwMAmNsBAGdYAgDXlQAAHiYBALjaCABhGQAAI0wAAF/mAQDe7A0ADvQAAD8/AwD45QcA7LQKACNMAACDgwIArSgAACNiAgBBWg8A7LQKADCWAAB8FAMA8w4AAPwfAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAMY4AAGDeAQC53gEAGzMAAOsWAwBg3gEAK9QCAF/mAQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAJvAJAFHmBwCq5gcAGz0JAHQ9CQDNPQkAJj4JAH8+CQDYPgkAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQBHhAcAvFYHABVXBwATqQ0Ay6cBAPjlBwCWnAoAZ5sAAMCbAAAO9AAAPz8DACNMAAAxjgAAio4AAA+pAgD45QcAqggDAFbfCgCv3woArSgAACOwAQB8sAEA7+AAAGebAADAmwAADvQAAD8/AwC99QYAFvYGAL3fBABEDAIAmWIPAB4mAQC42ggAYRkAACNMAABf5gEA2tUIAMkDEQDAmwAADvQAAD8/AwDzDgAAhE0OAFkAAABZAAAAxyoLAJjbAQAjTAAAX+YBANrVCAAm8AkAUeYHAKrmBwAbPQkAdD0JAM09CQAmPgkAfz4JANg+CQBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBACOwAQAjsAEAmWIPAGdYAgBB4AsAsHMJADGOAADKugIAI7sCAHy7AgDVuwIALrwCAIe8AgDgvAIAOb0CAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQCY2wEA8oUCAMENBADioQEAO6IBAH6rAgDXqwIAMKwCAJ2+AgD2vgIAT78CAKi/AgABwAIAWsACALPAAgAMwQIAZcECAL7BAgAXwgIAcMICAMnCAgAiwwIAe8MCANTDAgAtxAIAhsQCAN/EAgAeJgEAI2ICAKVxEQDAmwAArSgAADEdDgCY2wEAHiYBAHVtBgCXlQIAX+YBAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQCmuQAAvFYHABVXBwBuVwcAx1cHACBYBwB5WAcAHiYBAHcmAQB4lwwAZWcKAFvjDgCIAQoAprkAAOsWAwCXlQIAvfUGAPjlBwCWnAoAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAAAAAAMY4AALBzCQDXlQAAZ5sAAGebAADAmwAADvQAAD8/AwCF1wMAprkAADGZAQCKmQEA45kBAGebAABhGQAAprkAADGZAQCKmQEA45kBAGebAADAmwAADvQAAD8/AwDa1QgAyQMRAEeEBwCghAcAipkBAOOZAQBnmwAAwJsAAA70AAA/PwMA2tUIAMkDEQCtKAAAiAEKACEBEABnmwAA2tUIADGOAACwcwkACXQJAGJ0CQAYlw8AlOMPADx3DgAEIQ4A4EEHAB4mAQC42ggAEdsIACNiAgClcREAwJsAADxMAgCVTAIA83sSADCWAABL/w0AI0wAAL31BgD45QcAlpwKAF/mAQDG5AsAH+ULACNMAAA8TAIAGJcPAJTjDwA8dw4AgooKANuKCgADgwYA66YIADxMAgAt2QwAGFYBAHFWAQCmBRAA/wUQAFgGEACxBhAACgcQAAQhDgDeDREANw4RAMunAQAkqAEAfagBADxMAgAt2QwAGFYBAHFWAQCmBRAA/wUQAFgGEACxBhAACgcQANeVAAAwlgAAfBQDANUUAwAuFQMAhxUDAOAVAwA5FgMAkhYDAGrEDgDDxA4AHMUOAHXFDgDOxQ4AJ8YOAPjlBwA8TAIAlUwCAAYpAADv4AAAPEwCAAQhDgBdIQ4AI7sCAHy7AgDVuwIALrwCAIe8AgDgvAIA8w4AADxMAgAYlw8AlOMPADx3DgCVTAIA83sSADCWAABL/w0AI0wAAL31BgD45QcAlpwKAMcTEQBhGQAAuhkAAEVSAQCSZAIAgooKANuKCgBK3AEAyQMRAEeEBwD/uQAAOMUCAMq6AgDx2wEA40oKACrRAQAYlw8AxGQGAMENBAAQGg4AaRoOAMIaDgAbGw4AZ5sAAMCbAAAO9AAAPz8DAGEZAAAjTAAAMY4AAJeVAgC99QYA+OUHAJacCgBnmwAAwJsAAA70AAA/PwMAby0MAIgBCgAhARAAfqsCADxMAgADmQgAo0ADAB4mAQAjYgIAQVoPAOKhAQD85wIAMY4AAJeVAgC99QYA+OUHAJacCgA8TAIA0jYMAJgnEQDxJxEASigRAJVMAgDuTAIAR00CAKBNAgAAAAAAPEwCAK0FDQAGBg0AcfsQAMr7EAAj/BAAfPwQAMD/AQCXlQIAvfUGACNiAgCeWxIAmWIPABiXDwDmjAIAP40CAJiNAgDEZAYA6xYDAGE6AwC6OgMAEzsDAGw7AwDFOwMAl0cDAPBHAwBJSAMAokgDAPtIAwBUSQMArUkDAAZKAwBfSgMAuEoDAAAAAADXlQAAMJYAAHwUAwDVFAMALhUDAIcVAwDgFQMAORYDAMRkBgDrFgMAYToDALo6AwATOwMAbDsDAMU7AwDXlQAA8w4AABiXDwCU4w8A/jADAFcxAwAeJgEAdW0GAMcTEQDoQw0AQUQNAJpEDQDzRA0A62QCACs3DACENwwA7LQKAGdYAgAeJgEAvMYBAC2BBADn0gEAy6cBADuiAQBnWAIAPEwCAIKKCgDbigoAI0wAANeVAACY2wEABhEOABEzEQBHhAcA/7kAADjFAgDKugIA8dsBAErcAQA8TAIABCEOAMcTEQDa1QgAPEwCAOhDDQBBRA0AmkQNAPNEDQDXlQAA8w4AAPwfAACtBQ0ABgYNAJSiAQDtogEARqMBAJ+jAQD4owEAhcEBAKUYEQBR5gcAquYHABs9CQB0PQkAzT0JACY+CQB/PgkAZN8EAL3fBAAW4AQAb+AEAMjgBAAh4QQA2tUIADxMAgAEIQ4AxxMRANrVCAA8TAIA6EMNAEFEDQCaRA0A80QNANeVAADzDgAA/B8AAAOZCACjQAMA/EADAFVBAwCuQQMAB0IDABQFDwBtBQ8AxgUPAB8GDwB4Bg8AvAkAADWkDQD8HwAAqggDAFbfCgCv3woAvgIRALXcBgDmjAIAvAkAANMuDAAAAAAAAG8CABWEAwAeJgEAuNoIAPMOAADn0gEAVXkAAMo+DwDEmwsAvAkAANMuDAAAAAAAoWYFAK0FDQDDYA0AHGENAEQKEgClcREAG9kHAHywAQDv4AAAPEwCABiXDwBEYxIA1UwAANI2DACW0w8A+U0CAFJOAgCrTgIABE8CAF1PAgAeJgEAvMYBABXHAQBuxwEAx8cBACDIAQB5yAEA0sgBAMRkBgAdZQYA5Z8DAD6gAwCXoAMA8KADAEmhAwBk3wQAvd8EAEQMAgCZYg8AR4QHAKCEBwDlnwMAPEwCAJVMAgDuTAIAR00CAKBNAgCFcwIA4qEBALXcBgB8TAAAPEwCANI2DACW0w8A79MPAEjUDwCqCAMAVt8KAK/fCgDyhQIAyj4PAMSbCwAYlw8ARGMSAJ1jEgDx2wEA8w4AAE9mAgCoZgIAI7ABANrVCAA8TAIAlUwCADEdDgCY2wEA8REPAEoSDwCjEg8A/BIPAFUTDwCuEw8ABxQPAGAUDwC5FA8AHiYBALjaCABnmwAAI0wAAEQKEgB8YgIA1WICAC5jAgDSNgwAltMPAPlNAgBSTgIAq04CAARPAgBdTwIAHiYBALzGAQAVxwEAbscBAMfHAQAgyAEAecgBANLIAQCtBQ0Aw2ANAMcTEQCF1wMAprkAAMxcAwAltQsAP/sMAJj7DADx+wwASvwMAKP8DAD8/AwA3rQQAJgnEQDxJxEASigRADxMAgClGBEA7LQKACNMAAA8TAIApRgRAK0oAAA8TAIARAoSAEFaDwDstAoAMJYAAHwUAwCCigoA8oUCAFu4AgC0uAIA66YIANrVCAA8TAIAhXMCAOKhAQC13AYAfEwAADxMAgClGBEAqggDAFbfCgCv3woArSgAACOwAQB8sAEAA5kIAFdRDgCwUQ4ACVIOAJYXBgCpMA4AAjEOAL1vCgA8TAIAhXMCAOKhAQC13AYAfEwAADxMAgClGBEAqggDAFbfCgCv3woArSgAACOwAQB8sAEAHiYBAJMDAgDsAwIARQQCAJ4EAgD3BAIAUAUCAMENBAA8TAIAhXMCAOKhAQC13AYAfEwAADxMAgClGBEAqggDAFbfCgCv3woArSgAACOwAQB8sAEABhEOAF8RDgCqCAMA4qEBANrVCADJAxEAhXMCAOKhAQC13AYAfEwAADxMAgClGBEAqggDAFbfCgCv3woArSgAACOwAQB8sAEA4qEBAPznAgA8TAIALdkMAMcqCwDioQEAO6IBAI3wAwDm8AMAlT8RADxMAgAGEQ4AETMRAMCbAADx2wEAVY8CAK6PAgAHkAIAYJACALmQAgASkQIABCEOAN4NEQA3DhEAy6cBACSoAQB9qAEAHiYBALjaCABhGQAAI0wAADxMAgAYlw8AlOMPADx3DgDSNgwAKzcMACNMAACWFwYAwQ0EADxMAgCtBQ0ABgYNAF8GDQDoQw0AhdcDAN7XAwA32AMAHiYBAHVtBgAjsAEA9OQEAKa5AABnmwAARAoSAEFaDwDstAoAMJYAAHwUAwDzDgAAPEwCAKUYEQDstAoAI0wAADxMAgClGBEArSgAADxMAgCCigoA8oUCAFu4AgC0uAIAI0wAAF/mAQBnWAIAxJsLAMCbAAA8TAIABhEOAF8RDgCqCAMA4qEBANrVCADJAxEARAoSAJ0KEgD2ChIA7a0CAEauAgCfrgIAD6kCAGipAgDa1QgAPEwCAAQhDgCXlQIAsBsBAAkcAQDrFgMARBcDAJ0XAwDZxg4AMscOAIvHDgDkxw4APcgOAJbIDgDvyA4ASMkOAKHJDgD6yQ4AU8oOAKzKDgAFyw4AXssOALfLDgAQzA4AacwOAMLMDgAbzQ4AdM0OAM3NDgAmzg4Af84OANjODgAxzw4Ais8OAOPPDgA80A4AldAOAO7QDgBH0Q4AoNEOAPnRDgBS0g4Aq9IOAATTDgBd0w4A4qEBADuiAQB+qwIA16sCADCsAgCJtwMA4rcDADu4AwCUuAMA7bgDAEa5AwCfuQMA+LkDAFG6AwCqugMAA7sDAFy7AwC1uwMAAAAAAPjlBwDstAoAPEwCAD0WDgCWFg4AqggDAFbfCgAEIQ4AxxMRACAUEQB5FBEA0hQRACsVEQCEFREArQUNAAYGDQBfBg0AwQ0EABoOBABzDgQAmNsBADxMAgADmQgAXJkIALWZCAAOmggAZ5oIAKNAAwD8QAMAVUEDAK5BAwDEZAYAHWUGAOKJDwDXlQAAHiYBAGEZAAA8TAIAwJsAAPHbAQCtBQ0Aw2ANABxhDQDoQw0AQUQNABMaAABsGgAAhtkMAMq6AgDyhQIAuW4HALjaCAAjTAAAX+YBAN7sDQA8TAIALdkMABhWAQDx2wEAgXsQALIAAADKugIA8dsBAErcAQA8TAIAA5kIAJjOEADxzhAAl5UCAF/mAQDG5AsAuNoIAGEZAAAjTAAAPEwCAAYRDgAz1ggAk6gRAOyoEQAjYgIAMY4AAGDeAQD8HwAAA5kIAKNAAwCe1g0A99YNAFDXDQCp1w0APEwCAK0FDQDDYA0AHGENAAOZCACYzhAA8c4QAHdyEADQchAAvfUGADuiAQBnWAIAPEwCANeVAABPZgIA15UAACNMAAAjTAAAvfUGADuiAQBnWAIAPEwCAAYRDgDFDQ8A7+AAAK0FDQAGBg0AXwYNAIKKCgDbigoAWNACAKCEBwDlnwMAPqADAJegAwDBDQQAPEwCAB4mAQB3JgEAeJcMADGOAADrpggAZWcKADuiAQBnWAIAPEwCAIKKCgDbigoAStwBAKPcAQD83AEAVd0BAK0FDQDDYA0AHGENACOwAQB8sAEA8zoEAEw7BAClOwQA/jsEAFc8BACwPAQAGJcPAERjEgDVTAAALSgEAIYoBADfKAQAOCkEAGDeAQD8HwAAZ44PADxMAgCtBQ0ABgYNAF8GDQAeJgEAuNoIABHbCAB3JgEAmNsBAK0FDQDDYA0AHGENAK0FDQAGBg0AXwYNAJUTDQDuEw0ARxQNAC3ZDAAYVgEAcVYBAIVFDgDeRQ4AN0YOAJBGDgAb4xAApRgRAK0oAAA8TAIAA5kIAJjOEADxzhAAd3IQANByEAC99QYAO6IBAGdYAgA8TAIA15UAAKyeCgAFnwoAXp8KABiXDwCU4w8APHcOAAOZCAD8HwAAVSAAAK4gAAAHIQAAYCEAALkhAAAEIQ4Al5UCAOy0CgBFtQoAnrUKAPe1CgBQtgoAqbYKAAK3CgBbtwoAPW8OAJYXBgCpMA4AW7gCAPMOAADn6AMAMY4AAJeVAgBf5gEAPRYOABRTDgDzDgAAK9QCADxMAgDoQw0AKJMCAIGTAgDakwIAI7ABAHywAQBrTQwAxE0MAB1ODACVpAoAFFMOAPMOAAAr1AIAvAkAABUKAAAYlw8AlOMPADx3DgAEIQ4A66YIANrVCACY2wEA8dsBAPMOAADn0gEAzFwDAKUYEQCWnAoAPEwCAAOZCABMDwAAkBoKAOkaCgBCGwoAmxsKADxMAgBZAAAAI0wAAL31BgA7ogEAZ1gCADxMAgDEZAYAHWUGAHZlBgDPZQYAKGYGAIFmBgDaZgYAM2cGAPtTBABUVAQAn18LAPhfCwClGBEAlpwKADxMAgDXlQAAMJYAAMsLAwBUPgIAPEwCAAYRDgDFDQ8AHiYBAHVtBgBhTw0AO6IBADxMAgADmQgATA8AAJAaCgDpGgoAQhsKAJsbCgA8TAIAtLcKAA24CgBmuAoAv7gKABi5CgBxuQoAyrkKACO6CgB8ugoA1boKAAOZCAD8HwAAVSAAAK4gAAAHIQAAYCEAAMxcAwDzDgAAPEwCABiXDwBEYxIA1UwAAC5NAACHTQAA4E0AADlOAACSTgAA604AAERPAACdTwAAP/sMAJj7DAD2Qg8AT0MPAKhDDwABRA8AWkQPAKUYEQCWnAoAPEwCAD0WDgAUUw4A8w4AACOwAQB8sAEAa00MAMRNDAAdTgwAnRcDAAAAAAAjsAEA8w4AACvUAgCE1AIAl5UCAF/mAQAq0QEAAAAAAAAAAAAAAAAAAAAAAAAAAAChUAMA+lADACrRAQAAAAAAoVADAPpQAwDjVgMAHWUGAE09DQCmPQ0A/z0NAFg+DQCxPg0ACj8NAGM/DQC8Pw0ARHsEAJ17BAD2ewQAT3wEAKh8BAABfQQAWn0EALN9BAAMfgQAZX4EAL5+BAAXfwQAcH8EAMl/BAAigAQAdmUGAM9lBgAoZgYAgWYGANpmBgAzZwYA+1MEAFRUBACtVAQABlUEAF9VBAC4VQQAEVYEAGpWBADDVgQAHFcEAHVXBADOVwQAJ1gEAIBYBAD6WwQAU1wEAKxcBAAFXQQAXl0EALddBAAQXgQAaV4EAMJeBAAbXwQAdF8EAM1fBAAmYAQAf2AEANhgBAAxYQQAimEEAGdYAgDMXAMAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQD7UwQAVFQEACNiAgAxjgAA8w4AAE2MBACmjAQAmWIPAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQCqMw8AAzQPAFw0DwC1NA8ADjUPAGc1DwDANQ8AGTYPAHI2DwDLNg8ABlUEAF9VBACVTAIA7kwCAEdNAgCgTQIAYMYPAM1qBQAmawUAf2sFANhrBQAxbAUAimwFAONsBQA8bQUA0jYMAJbTDwAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAhXMCAJWkCgDioQEA/OcCAJliDwDEZAYAHWUGAHZlBgDPZQYAKGYGAIFmBgDaZgYAM2cGAIxnBgAdZQYAdmUGAM9lBgAoZgYAgWYGANpmBgAzZwYA+1MEAFRUBADBhwcAGogHAHOIBwDMiAcAJYkHAH6JBwCjQAMA/EADAKa5AABZAAAAdqgEADZ8AgBYwxEAscMRAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAPMOAAA2fAIATMoRAOsWAwBhOgMAujoDABM7AwBsOwMAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAGEZAAC6GQAA7+AAAGebAADAmwAADvQAAD8/AwClyhEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEA+1MEAFRUBADa1QgAJvAJAGebAADzDgAAOPsPALoZAABFUgEAvg8CAKdjAQCmSA4ALYEEACvUAgBf5gEA3uwNAA70AAA/PwMAxGQGAOsWAwBEFwMAnRcDAPYXAwCVTAIA7kwCAEdNAgCgTQIAHiYBAFkAAADHKgsAmNsBACNMAABf5gEA3uwNAA70AAA/PwMAI7ABAPTkBABN5QQAWQAAAANBAAA2fAIAKN8RAOKhAQAjYgIAonQHAPKFAgDKugIAwQ0EADxMAgDoQw0AQUQNAJpEDQDzRA0AI7ABAHywAQDzOgQATDsEAMkDEQDa1QgAzFwDAJr2DQBR5gcAquYHAAPnBwA8TAIAA5kIAE9mAgAxjgAAyroCAPHbAQBK3AEAPEwCAKUYEQAjYgIAaPcBAN2nBgBHhAcAI0wAADxMAgCVTAIAiAEKAOEBCgB9ZQMA1mUDAIClCwBsGgAAA0EAADxMAgCFcwIASOEAAPKFAgBKgREAo4ERAB7XCQB31wkAPEwCAAQhDgCqCAMAAwkDAGFPDQC6Tw0AMY4AACNiAgCeWxIAPEwCAK0FDQBk3wQAvd8EAEQMAgCZYg8AHiYBALjaCABhGQAAI0wAADGOAACXlQIAvfUGAPjlBwCWnAoAzFwDACOwAQD05AQATeUEAFkAAAADQQAAPEwCACOwAQD05AQATeUEAKblBAD/5QQAWOYEALHmBAAK5wQAY+cEALznBAAV6AQAbugEAExFDQClRQ0A/kUNAFdGDQA8TAIAI7ABAPTkBABN5QQApuUEAP/lBABY5gQAseYEAArnBABj5wQAvOcEABXoBABu6AQATEUNAKVFDQD+RQ0AV0YNABhWAQBxVgEApgUQAP8FEABYBhAAI7ABAMENBACmuQAAMZkBALrWAQCtKAAAiAEKAGdYAgDXlQAAmNsBAPHbAQBK3AEAzFwDANi5BAAFGQ4AXhkOALcZDgDnTAUAQE0FAJlNBQDyTQUAS04FAKROBQD9TgUAVk8FAC3ZDABUrQQAo0ADAKa5AAAxmQEAUeYHADo5DwBGYAMAn2ADAPhgAwBRYQMAqmEDAANiAwCXRwMA8EcDAElIAwCiSAMA+0gDAAQhDgDgQQcALdkMAMcqCwDzDgAAK9QCAGdYAgCY2wEA8dsBAPMOAABNjAQApowEAB/ECAAGEQ4AmNsBAL4CEQCqCAMAVt8KAK/fCgAAbwIAWW8CABiXDwCWFwYA7xcGAGebAADa1QgAI0wAAL31BgAW9gYAb/YGAMj2BgAh9wYAevcGAMxcAwDtXwMA18EEADDCBACJwgQA4sIEADvDBACUwwQA7cMEAEbEBACfxAQABlUEAFAPCwCpDwsAAhALAMj2BgAh9wYAevcGAL8RCwAxVQsAilULAPlNAgDioQEAmNsBAPHbAQCwGwEAnlARADxMAgDEZAYAmNsBAPHbAQADgwYAl5UCAF/mAQAEIQ4A4EEHAMRkBgAdZQYAdmUGAM9lBgAoZgYAgWYGANpmBgAzZwYA+1MEAFRUBACtVAQABlUEAF9VBAC4VQQAPRYOABRTDgDzDgAAK9QCACOwAQB8sAEAa00MAMRNDAAdTgwAlaQKABRTDgDzDgAAK9QCADxMAgAEIQ4AxxMRANrVCAA8TAIALdkMAMcqCwCY2wEAI0wAAAAAAAAAAAAAAAAAADZ8AgAAAAAANnwCAAAAAAA2fAIAAAAAADxMAgAEIQ4AxxMRANrVCAA8TAIALdkMAMcqCwCY2wEAI0wAAOtiEgAAAAAAPEwCAAQhDgDHExEA2tUIADxMAgAt2QwAxyoLAJjbAQAjTAAAI7ABAHywAQDzOgQATDsEAKU7BAD+OwQAVzwEALA8BAAYlw8ARGMSANVMAACwGwEAWQAAAMcqCwDzDgAAK9QCAGdYAgCY2wEA8dsBAPMOAABNjAQApowEALAbAQCC+gQABCEOAGT/DwC9bwoAFnAKAG9wCgDIcAoAgooKANuKCgBY0AIAoIQHAJjbAQDa1QgAPEwCAAQhDgDrpggARKcIAJ2nCAD2pwgAX+YBAN7sDQA2fAIAPEwCAB4mAQC8xgEALYEEAOfSAQDLpwEAO6IBAGdYAgA8TAIABCEOAOBBBwBnWAIAxJsLAB4mAQA8TAIArQUNALXcBgAO3QYABhEOABEzEQAiBBEAHtcJAB8cEQB4HBEA8w4AADxMAgClGBEAlpwKAAAAAAAAAAAAzFwDACNtAwAPswsAaLMLAMGzCwAatAsA0jYMAJgnEQDxJxEASigRAB5RDQB3UQ0A0FENAMRkBgAdZQYAdmUGAM9lBgAoZgYAgWYGAGQsDAC9LAwAFi0MAJWkCgAUUw4A8w4AACvUAgBxlw8A3uwNADftDQCQ7Q0A6e0NAELuDQCb7g0A9O4NAE3vDQCm7w0ABhEOANaxEgBnmwAAGJcPAJTjDwA8dw4AxGQGAB1lBgB2ZQYAz2UGAChmBgCBZgYA2mYGADNnBgD7UwQAVFQEAK1UBAAGVQQAUA8LAKkPCwACEAsAyPYGACH3BgC+AhEAtdwGAF/mAQDEZAYAHWUGAHZlBgDPZQYAKGYGAIFmBgDaZgYAvXACABZxAgC99QYAFvYGAG/2BgDI9gYAIfcGAHr3BgAdZQYAdmUGAM9lBgAoZgYAgWYGANpmBgAzZwYAjGcGAOVnBgA+aAYAl2gGAPBoBgADmQgA/B8AAFUgAACuIAAAByEAAMxcAwDtXwMA18EEADDCBACJwgQA4sIEADvDBACUwwQA7cMEAEbEBACfxAQA+MQEAFHFBACqxQQAA8YEAFzGBAC1xgQABlUEAFAPCwCpDwsAAhALAFsQCwC0EAsADRELAGYRCwB9ZQMA1mUDAIClCwA7dA0A40oKAOy0CgAjTAAAX+YBABiXDwCU4w8APHcOAD0WDgAUUw4A8w4AAGebAAAjTAAA7+AAAPjlBwCY2wEAD6kCADxMAgCtBQ0Aw2ANABxhDQDXlQAAMJYAAJjbAQDx2wEAA4MGAFyDBgC1gwYAMY4AACNiAgCeWxIAAAAAADxMAgAPqQIA6uUNADuiAQB+qwIAzFwDAO1fAwDXwQQAMMIEAInCBADiwgQAO8MEAJTDBAAAbwIAWW8CAMRkBgDrFgMAKYkSAIKJEgDbiRIAFf0OAEKAAwBMDwAAHiYBALjaCAAdZQYAdmUGAM9lBgAoZgYAgWYGANpmBgBkLAwAvSwMABYtDACVpAoAwQ0EAAAAAAAAAAAAAAAAAKFQAwD6UAMAKtEBAAAAAAAAAAAAAAAAAAAAAAChUAMA+lADAONWAwAdZQYAdmUGAM9lBgAoZgYAgWYGANpmBgAzZwYA+1MEAFRUBACtVAQAwYcHABqIBwBziAcAzIgHACWJBwB+iQcAHiYBALD5BQAJ+gUAYvoFALv6BQDa1QgAI2ICADxMAgAeJgEAdyYBAHiXDADRlwwAKpgMAB4mAQCw+QUACfoFAGL6BQC7+gUAprkAAP+5AABYugAAsboAAAq7AAB1bQYAyroCAL4CEQAxjgAA66YIAB4mAQCw+QUACfoFAGL6BQC7+gUAH8QIAAYRDgCY2wEAvgIRAKoIAwBW3woAr98KAABvAgBZbwIAGJcPAJYXBgDvFwYAZ5sAANrVCAAeJgEAkwMCADCWAADLCwMAJAwDAOsWAwCXlQIAvfUGAPjlBwCWnAoA8w4AAPwfAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAqjMPAAM0DwB20xAAdMMFAM3DBQAmxAUAf8QFANjEBQAxxQUAisUFAOPFBQA8xgUAlcYFAO7GBQA8TAIAI7ABAPTkBAA7ogEAD6kCADxMAgCVTAIA7kwCAEdNAgD+9w0AV/gNAAQhDgDrpggA2tUIAJjbAQDx2wEA8w4AAOfSAQB0fw8A9gEBAOrmBQAUUw4A8w4AACvUAgA+lAoAl5QKAPCUCgBJlQoAopUKAPuVCgBUlgoArZYKAAaXCgBflwoABCEOAMcTEQDBDQQAPEwCAKUYEQCtKAAAPEwCABiXDwBEYxIA1UwAAC5NAABZAAAAHtcJAEeEBwDioQEAZosOAIgBCgBnmwAA2tUIADxMAgAeJgEAsPkFAAn6BQBi+gUAu/oFAB/ECAA9Fg4AFFMOAPMOAAAr1AIAPRYOABRTDgDzDgAAK9QCADxMAgCVpAoAwQ0EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoWYFAPpmBQD0dAoATXUKAKZ1CgD/dQoAWHYKALF2CgAKdwoAY3cKALx3CgAVeAoAbngKAMd4CgAgeQoAeXkKANJ5CgAregoABlUEAFAPCwCpDwsAAhALAFsQCwC0EAsADRELAGYRCwClGBEAUeYHAKrmBwAbPQkAdD0JAM09CQAmPgkAfz4JANg+CQA8TAIAGJcPAL31BgAW9gYAb/YGANrVCAA8TAIApRgRAOy0CgDBDQQA8w4AAE2MBACmjAQA9OQEAL1wAgA1HhEATYwEAKaMBAC9cAIAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQCqMw8AAzQPAFw0DwC1NA8ADjUPAGc1DwDANQ8AGTYPAHI2DwDLNg8AJDcPAH03DwDWNw8ALzgPAIg4DwDhOA8ABlUEAFAPCwCpDwsAAhALAFsQCwC0EAsADRELAGYRCwClGBEAUeYHAKrmBwAbPQkAdD0JAM09CQAmPgkAfz4JANg+CQA8TAIAGJcPAL31BgAW9gYAb/YGANrVCAA8TAIApRgRAOy0CgAGVQQAUA8LAKkPCwACEAsAWxALALQQCwANEQsAZhELAKUYEQBR5gcAquYHABs9CQB0PQkAzT0JACY+CQB/PgkA2D4JADxMAgAYlw8AvfUGABb2BgBv9gYA2tUIADxMAgClGBEA7LQKAJjbAQC+AhEA/OcCAHywAQDVsAEAwQ0EAL1wAgCmuQAAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAjdoBAOdsEAC+ZhIA15UAADCWAACFDwEA3g8BADcQAQCQEAEA6RABAEIRAQCbEQEARdcFAJ7XBQD31wUAUNgFAKnYBQAC2QUAW9kFALTZBQAN2gUAZtoFAB4mAQCw+QUACfoFAGL6BQC7+gUAAAAAALAbAQCC+gQABCEOAGT/DwC9bwoAFnAKAG9wCgDIcAoAgooKANuKCgBY0AIAoIQHAJjbAQDa1QgAPEwCAAQhDgDrpggARKcIAJ2nCAD2pwgAX+YBAN7sDQA2fAIAPEwCAB4mAQC8xgEALYEEAOfSAQDLpwEAO6IBAGdYAgA8TAIABCEOAOBBBwBnWAIAxJsLAB4mAQA8TAIArQUNALXcBgAO3QYABhEOABEzEQAiBBEAHtcJAB8cEQB4HBEA8w4AADxMAgClGBEAlpwKAAAAAACeUBEAlhcGAO8XBgBIGAYAoRgGAPoYBgBTGQYAsBsBAIL6BAAEIQ4AZP8PAL1vCgAWcAoAb3AKAMhwCgCCigoA24oKAFjQAgCghAcAmNsBANrVCAA8TAIABCEOAOumCABEpwgAnacIAPanCABf5gEA3uwNADZ8AgA8TAIAHiYBALzGAQAtgQQA59IBAMunAQA7ogEAZ1gCADxMAgAEIQ4A4EEHAGdYAgDEmwsAHiYBADxMAgCtBQ0AtdwGAA7dBgAGEQ4AETMRACIEEQAe1wkAHxwRAHgcEQDzDgAAPEwCAKUYEQCWnAoAAAAAAOhDDQBBRA0AzFwDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAG8CAFlvAgADmQgAXJkIALWZCAD/jAQAWI0EALGNBAAKjgQAY44EABX9DgAAAAAAAAAAAPMOAAAAAAAAAAAAAKFmBQDeqgcAN6sHAHZlBgDPZQYAKGYGAIFmBgDaZgYAM2cGAPtTBABUVAQArVQEAAZVBABQDwsAqQ8LAAIQCwDI9gYAIfcGAHr3BgDMXAMAU7UEAKy1BAAFtgQAXrYEALe2BAAQtwQAabcEAMK3BABIRAoAoUQKAPpECgBTRQoArEUKAAOZCABMDwAAkBoKAOkaCgBCGwoAmxsKADxMAgAEIQ4ArSgAACNMAABf5gEA3uwNAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEA0NgBACnZAQCC2QEA29kBADTaAQDXlQAAMJYAAMsLAwBUPgIAPEwCAAOZCABMDwAAkBoKAOkaCgBCGwoAmxsKAMxcAwAxjgAAVD4CAJjbAQDx2wEAI0wAAJYXBgDvFwYAZ5sAAPMOAABZAAAAHtcJAHfXCQAO9AAA8dsBAAAAAADXlQAAZ5sAAPMOAAAr1AIAX+YBAN7sDQAO9AAAPz8DACW1CwB+tQsA17ULAFyDBgC1gwYADoQGAGeEBgDAhAYAGYUGAHKFBgDLhQYAJIYGAH2GBgDWhgYAL4cGAIiHBgDhhwYAOogGAJOIBgDsiAYARYkGAJ6JBgD3iQYAUIoGAKmKBgACiwYAW4sGALSLBgANjAYAZowGAL+MBgAYjQYAcY0GAMqNBgAjjgYAfI4GANWOBgAujwYAh48GADGOAACKjgAAPygJAJgoCQDa1QgAPEwCABiXDwBEYxIA1UwAAB4mAQB1bQYAzm0GADxMAgCCigoA24oKACNMAACWFwYA7xcGAGebAADzDgAAPEwCAC3ZDAA9LBAAd9cJADxMAgCCigoA24oKAAAAAADXlQAAZ5sAAPMOAAAr1AIAPEwCACOwAQD05AQAZN8EALzGAQC13AYADt0GAO/gAACVpAoA4qEBAKa5AAA/KAkAPEwCAK0FDQDDYA0AzFwDAKa5AADrFgMAYToDALo6AwATOwMAbDsDAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQAxlxEA3uwNAA70AAA/PwMAGzMAAP+5AABYugAAsboAAAq7AABjuwAAzFwDAKa5AADrFgMAYToDALo6AwATOwMAbDsDAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQAxlxEA3uwNAA70AAA/PwMAgooKANuKCgBK3AEAo9wBAPzcAQBV3QEArt0BAAfeAQAjsAEAfLABAGtNDADETQwAHU4MAJWkCgAUUw4A8w4AACvUAgBnmwAA2tUIAGVnCgAtgQQAGzMAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQD7UwQAVFQEAEECBwCaAgcA8wIHAEwDBwClAwcA/gMHAFcEBwCwBAcAU7UEAKy1BAAFtgQAXrYEALe2BAAQtwQAabcEAMK3BAAbuAQAdLgEAM24BAAmuQQAf7kEAGj3AQDB9wEAGvgBAHP4AQDM+AEAwFcKABlYCgByWAoAy1gKACRZCgB9WQoA1lkKAC9aCgCIWgoA4VoKADpbCgCTWwoA7FsKAEVcCgCeXAoA91wKAFBdCgCpXQoAAl4KADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQD7UwQAVFQEAEECBwCaAgcA8wIHAEwDBwClAwcA/gMHAFcEBwCwBAcAJV0DAH5dAwCFDwEA3g8BADcQAQCQEAEA6RABAEIRAQCbEQEARdcFAJ7XBQD31wUAUNgFAKnYBQAC2QUA/B8AAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQCqMw8AAzQPAFw0DwC1NA8ADjUPAGc1DwDANQ8AGTYPAHI2DwDLNg8AJDcPAH03DwDWNw8ALzgPAIg4DwDhOA8ALdkMALW6CwAOuwsAZ7sLAMC7CwAZvAsAcrwLAMu8CwAkvQsAfb0LANa9CwAvvgsAiL4LAOG+CwA6vwsAk78LAOy/CwBFwAsAnsALAPfACwBQwQsAqcELAALCCwB9ZQMA1mUDAIClCwA7dA0A40oKAOy0CgAjTAAAX+YBABiXDwCU4w8APHcOAD0WDgAUUw4A8w4AACNMAAA8TAIAhXMCAN5zAgAAsBAAWbAQAOhDDQBBRA0AmkQNAPNEDQAt2QwAxyoLAPMOAADn0gEAy6cBACNiAgCeWxIAmWIPABiXDwCU4w8APHcOAMRkBgAdZQYAdmUGAM9lBgAoZgYAgWYGANpmBgBkLAwAvSwMABYtDAAYlw8ARGMSANVMAACCigoA24oKAErcAQCj3AEA/NwBAFXdAQADmQgA/B8AAFUgAACuIAAAByEAAGAhAAD2AQEAfiQOAMRkBgAdZQYAdmUGAM9lBgAoZgYAgWYGANpmBgAzZwYA+1MEAFRUBABjggsABgYNAF8GDQBEChIAonQHAPt0BwBUdQcArXUHAGEZAAA8TAIAA5kIAJjOEADxzhAAl5UCAOKhAQBk3wQAuNoIAPjlBwDstAoAI0wAAF/mAQDe7A0ADvQAAD8/AwBYahEAvfUGABb2BgBv9gYAyPYGACH3BgB69wYAvxELABgSCwBxEgsAyhILACMTCwB8EwsA1RMLAC4UCwCHFAsA4BQLADkVCwCSFQsA6xULAEQWCwADmQgA/B8AAFUgAACuIAAAByEAAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAfWUDANZlAwCApQsA2aULADKmCwCLpgsA5KYLAD2nCwCVTAIAiAEKAOEBCgA6AgoApRgRAJjbAQA8TAIABhEOAF8RDgCY2wEA8dsBAFjQAgAjTAAAg4MCAJjbAQDBDQQAPEwCACrRAQDXlQAAMJYAAMsLAwBUPgIAqjMPAAM0DwBcNA8AtTQPAA41DwBnNQ8AwDUPABk2DwByNg8AyzYPACQ3DwB9Nw8A1jcPAC84DwCIOA8A4TgPAM2hCgCYjAoAEpAKAGuQCgDEkAoAHZEKAAZVBABQDwsAqQ8LAAIQCwBbEAsAtBALAA0RCwBmEQsApRgRAFHmBwCq5gcAGz0JAHQ9CQDNPQkAJj4JAH8+CQDYPgkAPEwCABiXDwC99QYAFvYGAG/2BgDa1QgAPEwCAKUYEQDstAoA0/cGACz4BgCF+AYA3vgGADo5DwCTOQ8A7DkPAEU6DwCeOg8A9zoPAFA7DwCpOw8AAjwPAFs8DwAGVQQAUA8LAKkPCwACEAsAyPYGACH3BgATqQ0A/B8AABvZBwCZYg8AR4QHACNMAAC99QYA+OUHAJacCgAjTAAAvfUGABb2BgBv9gYAyPYGACH3BgB69wYA0/cGACz4BgCF+AYA3vgGAGebAADAmwAADvQAAD8/AwAZWQIAvfUGABb2BgBv9gYAyPYGACH3BgB69wYA0/cGABFrDgBqaw4Aw2sOABxsDgB1bA4AzmwOACdtDgBMDwAAkBoKAOkaCgBCGwoAmxsKAIODAgBR5gcAquYHAAPnBwBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAMxcAwDC+QoAwJsAAA70AAA/PwMAYRkAALoZAACrmwkABJwJAF2cCQC2nAkAD50JAGidCQDyhQIAqggDAAMJAwBhTw0Auk8NADGOAAAjYgIAnlsSADxMAgAYlw8AvfUGABb2BgBv9gYAyPYGACH3BgB69wYAvxELAEtYDgCEZAgA3WQIADZlCACPZQgA6GUIAEFmCACaZggA82YIAAQhDgCtKAAAI0wAAF/mAQDe7A0AA5kIAPwfAAAb2QcAmWIPAEeEBwAjTAAAvfUGAPjlBwCWnAoAPEwCANI2DACYJxEA8ScRAEooEQBCgAMAoagLAPqoCwBTqQsArKkLAAWqCwBeqgsA30kHADhKBwCRSgcA6koHAENLBwCcSwcA9UsHAE5MBwCnTAcAAE0HAK9lBwAIZgcAYWYHALpmBwATZwcAbGcHANeVAACY2wEAmNsBAPHbAQBhGQAAI0wAADxMAgAYlw8AlOMPAFHmBwDHKgsAI7ABAHywAQDVsAEAwQ0EAMxcAwAAAAAAPEwCABiXDwDmjAIAP40CAJiNAgAV/Q4AA5kIAFdRDgDioQEAtdwGADGOAAAjYgIAnlsSAJliDwADmQgA/B8AAFUgAACuIAAAByEAAGAhAAAbJwcAPEwCAJVMAgAxHQ4Aih0OAOMdDgAYlw8AvfUGABb2BgBv9gYAyPYGACH3BgB69wYAzFwDAH1lAwDWZQMAgKULAAQhDgCqCAMAAwkDAGFPDQC6Tw0AMY4AACNiAgCeWxIAmWIPAAOZCAD8HwAAVSAAAK4gAAAHIQAAYCEAAB4mAQAAAAAAWQAAAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEA+1MEAFRUBABBAgcADy0PAGgtDwDBLQ8AmNsBAONKCgDNMRAAaKkCAMCbAAA/+wwAmPsMAJjbAQDx2wEAA4MGAFyDBgC1gwYAMY4AACNiAgCeWxIAmWIPAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAMJYAAGEZAADBDQQAzFwDACNMAACmuQAAWQAAAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEA+1MEAFRUBACtKAAAEO8BAGnvAQDC7wEAprkAADGZAQC61gEAE9cBAJjbAQDx2wEAVY8CAPN7EgDzDgAA/B8AALefCgAQoAoAaaAKAMKgCgAboQoAdKEKAJoCBwDzAgcATAMHAKUDBwD+AwcAVwQHALAEBwBCgAMATA8AAJAaCgDpGgoAQhsKAJsbCgA8TAIA0jYMAJgnEQDxJxEASigRADo5DwCTOQ8A5zQTAEA1EwCZNRMA8jUTAEs2EwCkNhMA/TYTAFY3EwCvNxMACDgTAPZ7BABPfAQAqHwEAAF9BABafQQAs30EAAx+BABlfgQAPRYOABRTDgDzDgAAI2ICAKJ0BwD7dAcAVHUHAK11BwAGdgcAE6kNAFV5AACqCAMAAwkDAGFPDQC6Tw0AMY4AACNiAgCeWxIAMY4AAK0oAAAPqQIAT50HAGj3AQBRVBIAGzMAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQD7UwQAVFQEAEECBwAPLQ8AaC0PAMEtDwA8TAIAHiYBAHVtBgDBDQQAPEwCAOhDDQBBRA0AmkQNAPNEDQBEChIApXERAAQhDgCqCAMAAwkDAGFPDQC6Tw0AMY4AACNiAgCeWxIAxGQGAB1lBgBNPQ0Apj0NAP89DQBYPg0AsT4NAAo/DQBjPw0AvD8NABVADQBuQA0A0jYMAPMOAAAr1AIAhNQCACNiAgCeWxIA9OQEAC2BBABPZgIATucNAK0FDQBZAAAAio4AADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQD7UwQAVFQEAEECBwAPLQ8AaC0PAMEtDwAlXQMAfl0DAIUPAQDeDwEANxABAJAQAQDpEAEAQhEBAJsRAQBEChIAQVoPAPjlBwAjTAAA8w4AACvUAgCWFwYAqTAOAEqBEQA8TAIAlUwCAJjbAQDjSgoAHiYBADxMAgAq0QEA9gEBAMxcAwDtXwMA/7kAAFi6AACxugAACrsAAGO7AAC8uwAAPRYOAJYWDgDvFg4ASBcOAIKKCgA/+wwAmPsMADxMAgClGBEA7LQKACNMAAA8TAIApRgRAK0oAAA8TAIABCEOAKoIAwADCQMAYU8NALpPDQAxjgAAI2ICAJ5bEgCZYg8ARAoSAKJ0BwD7dAcAVHUHAK11BwAGdgcAE6kNADxMAgAYlw8AlOMPADx3DgAYlw8AMY4AALBzCQAPqQIAPEwCABiXDwDHExEAwQ0EADxMAgClGBEArSgAADxMAgAYlw8ARGMSANVMAAAuTQAAh00AAGebAADa1QgAPEwCAEQKEgCidAcA+3QHAFR1BwCtdQcABnYHACOwAQAxjgAAYN4BACvUAgC99QYAprkAAPMOAAD8HwAAMY4AAMq6AgCmuQAAPygJADZ8AgBYwxEAscMRAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAPMOAAA2fAIATMoRAKXKEQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQD7UwQAVFQEAEECBwAPLQ8AaC0PAMEtDwAAAAAAWQAAAB7XCQAfHBEA8w4AAPwfAAAxjgAAyroCAKa5AAA/KAkAWQAAAJB0AgA2fAIAWMMRALHDEQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQDzDgAANnwCAEzKEQClyhEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEA+1MEAFRUBABBAgcADy0PAGgtDwDBLQ8AI7ABAPTkBACqCAMA4qEBADuiAQBnWAIAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQD7UwQAVFQEAJ9fCwD8HwAAVSAAAA70AAA/PwMAzFwDACNMAACWFwYAqTAOAFu4AgDzDgAAWQAAAMcqCwCY2wEAI0wAAMxcAwAjTAAAlhcGAKkwDgBbuAIA8w4AAFkAAADHKgsAmNsBACNMAADMXAMAwvkKAMCbAAAO9AAAPz8DAFO1BACstQQABbYEAF62BAC3tgQAELcEAGm3BADkTQsA9NgLAE3ZCwCm2QsA/9kLAFjaCwCx2gsACtsLAGPbCwC82wsAFdwLAG7cCwDH3AsAIN0LAHndCwDS3QsAK94LAITeCwDd3gsANt8LAI/fCwDo3wsAOjkPAJM5DwDsOQ8ARToPAJ46DwD3Og8AUDsPAKk7DwACPA8AWzwPALQ8DwANPQ8AZj0PAL89DwAYPg8AcT4PAOc0EwBANRMAmTUTAGEZAACwGwEAnlARADxMAgDEZAYAHWUGAHZlBgDPZQYAKGYGAIFmBgDaZgYAZCwMAL0sDAAWLQwAA5kIAPwfAABVIAAAriAAAAchAADCtwQAG7gEAHS4BADNuAQAJrkEAH+5BACVbQUA7m0FAEduBQC9cAIAFnECAJYXBgCpMA4AW7gCAPMOAABZAAAAxyoLAJjbAQAjTAAANnwCAEzKEQClyhEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEA+1MEAFRUBABBAgcADy0PAGgtDwDBLQ8AGi4PAHMuDwDMLg8AJS8PAH4vDwDXLw8AMDAPAIkwDwDiMA8AOzEPANI2DACYJxEA8ScRAEooEQBKQAMA6xYDACmJEgCCiRIA24kSADSKEgCNihIA5ooSAD+LEgCYixIAWycFALQnBQANKAUAZigFAL8oBQAYKQUAcSkFAMopBQAjKgUAfCoFANUqBQAuKwUAhysFAOArBQA5LAUAkiwFAOssBQBELQUAnS0FAPYtBQBPLgUAqC4FAAEvBQBaLwUAsy8FAAwwBQAYEgsA6xYDACmJEgCCiRIA24kSADSKEgCNihIA5ooSAD+LEgCYixIA7V8DANfBBAAwwgQAicIEAOLCBAA7wwQAlMMEACNMAAC99QYAFvYGAG/2BgDI9gYAIfcGAHr3BgDT9wYALPgGAIX4BgDe+AYAfWUDAGebAADv4AAAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQD7UwQAVFQEAEECBwAPLQ8AaC0PAMEtDwCWnAoAuhkAANvuCwA07wsAMY4AAKoIAwADCQMAYU8NALpPDQAxjgAAI2ICAJ5bEgCZYg8AZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQDzDgAAVXkAAKoIAwADCQMAYU8NALpPDQAxjgAAI2ICAJ5bEgCZYg8AZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQB9ZQMA1mUDAIClCwAEIQ4AdhYPAPTkBACqCAMAVt8KAOhDDQBBRA0A2+4LADTvCwDzDgAAPEwCAJVMAgAxHQ4Aih0OAOMdDgA8Hg4ArQUNAAYGDQBfBg0AwQ0EABoOBABzDgQAmNsBADxMAgDEZAYA/7kAANeVAADzDgAAK9QCAF/mAQA8TAIA6EMNAEFEDQDb7gsANO8LAAQhDgCqCAMAAwkDAGFPDQC6Tw0AMY4AACNiAgCeWxIAprkAAKa5AAC8VgcAFVcHAG5XBwDHVwcAStwBADxMAgCFcwIAlaQKAOKhAQD85wIAmWIPANI2DADzDgAAK9QCAITUAgAjYgIAnlsSAPTkBAAtgQQAT2YCAOKhAQA7ogEAZ1gCADxMAgAEIQ4A4EEHAMRkBgAdZQYAdmUGAM9lBgAoZgYAgWYGANpmBgAzZwYA+1MEAFRUBACtVAQABlUEAF9VBAC4VQQAEVYEAFyZCAC1mQgADpoIAGeaCADAmggAGZsIAHKbCADLmwgAGJcPAKa5AABZAAAAAAAAAOKhAQBZAAAAPEwCAMRkBgAdZQYAdmUGAM9lBgAoZgYAgWYGANpmBgAzZwYA+1MEAFRUBACtVAQABlUEAF9VBAC4VQQAGJcPAERjEgDVTAAAPRYOABRTDgDzDgAAK9QCABiXDwC99QYAFvYGAG/2BgDI9gYAIfcGAHr3BgC/EQsAMVULAIpVCwD5TQIA4qEBAJjbAQDx2wEApRgRAFHmBwCq5gcAA+cHADxMAgAYlw8AprkAAFkAAAA8TAIAxGQGAB1lBgB2ZQYAz2UGAChmBgCBZgYA2mYGADNnBgD7UwQAVFQEAK1UBACFcwIA4qEBALXcBgB8TAAAPEwCAD0WDgAUUw4A8w4AACvUAgA8TAIAI0wAAKa5AABZAAAAPEwCAC3ZDAAYVgEAcVYBAKoIAwDioQEA2tUIAMkDEQDAmwAAzFwDANi5BAAFGQ4AXhkOALcZDgBKQAMAv4EFAIqZAQDjmQEAAAAAAFQ+AgAAAAAAAAAAAAAAAAAxjgAArSgAAPMOAABNjAQApowEAB/ECAB4xAgA0cQIACrFCACDxQgA3MUIADXGCACOxggA62ISAA5jAwCmuQAAWQAAADxMAgAt2QwAGFYBAHFWAQCqCAMA4qEBANrVCADJAxEAwJsAAMxcAwDYuQQABRkOAF4ZDgC3GQ4ASkADAL+BBQCKmQEA45kBAAAAAABUPgIAAAAAAAAAAAAAAAAAMY4AAK0oAADa1QgAM9YIAEqBEQAjTAAAvfUGAKoIAwBW3woAA5kIAPwfAABVIAAAriAAAAchAABgIQAAuSEAAI1JBADmSQQAP0oEANeVAAAwlgAAhQ8BAKoIAwADCQMAYU8NALpPDQAxjgAAI2ICAJ5bEgCZYg8ApRgRAJjbAQA8TAIABhEOAMUNDwAeDg8Adw4PANAODwApDw8Agg8PANsPDwA0EA8AjRAPAOYQDwA/EQ8AmBEPANrVCADzDgAAPEwCAAOZCAD8HwAAVSAAAK4gAAAHIQAAYCEAALkhAACNSQQA5kkEAD9KBADXlQAAMJYAAIUPAQCqCAMAAwkDAGFPDQC6Tw0AMY4AACNiAgCeWxIAmWIPAKUYEQCY2wEAPEwCAAYRDgDFDQ8AHg4PAHcODwDQDg8AKQ8PAIIPDwDbDw8ANBAPAI0QDwDmEA8APxEPAJgRDwA8TAIAA5kIAPwfAABVIAAAriAAAAchAABgIQAAuSEAAI1JBADmSQQAP0oEANeVAAAwlgAAhQ8BAKoIAwADCQMAYU8NALpPDQAxjgAAI2ICAJ5bEgCZYg8ApRgRAJjbAQA8TAIABhEOAMUNDwAeDg8Adw4PANAODwApDw8Agg8PANsPDwA0EA8AjRAPAOYQDwA/EQ8AmBEPAOtiEgBTtQQAiAEKAOEBCgA6AgoA6EMNAEFEDQCaRA0A80QNAExFDQClRQ0A/kUNAFdGDQAAAAAAMY4AALBzCQAJdAkA9OQEAMxcAwCY2wEAvgIRADuiAQBnWAIAxJsLAMCbAAAO9AAAPz8DAGebAAAeJgEAprkAAOsWAwCKjgAAPygJAJgoCQDzDgAA/B8AAFUgAACuIAAAByEAAGAhAADx2wEAwJsAAA70AAA/PwMAaPcBAFFUEgDMXAMAQoADAKGoCwD6qAsAU6kLAKypCwAFqgsAXqoLABX9DgDtXwMA18EEADDCBACJwgQA4sIEADvDBACUwwQAZCwMAL0sDADhDAsAOg0LAJMNCwDI9gYAIfcGAHr3BgC/EQsAGJcPAJTjDwDa1QgAyQMRAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAOYwMARGMSANVMAABQGwQAqRsEAAIcBABbHAQAtBwEAA0dBABmHQQAvx0EAAQhDgCqCAMAAwkDAGFPDQC6Tw0AMY4AACNiAgCeWxIAmWIPAMRkBgAdZQYAdmUGAM9lBgAoZgYAgWYGANpmBgAzZwYA+1MEAFRUBACtVAQABCEOAJeVAgBohg8ARGMSAOKhAQAtgQQAhoEEAB4mAQB3JgEAHiYBALjaCABhGQAAlf0KAO79CgBH/goA/vcNAFf4DQAeJgEAdW0GAMq6AgAPqQIAaKkCANrVCAA8TAIABhEOABEzEQAxjgAAlhYOAO8WDgBIFw4AoRcOAPoXDgBTGA4ArBgOAMDcDgDHExEA2tUIADxMAgCtBQ0Aw2ANABxhDQCVHg4AXxEOAC2BBABVeQAAI2ICAJ5bEgCZYg8A2tUIADxMAgDXlQAAMJYAACNMAAC99QYA/OcCADxMAgAYlw8AvfUGABb2BgBv9gYA2tUIADxMAgCCigoA24oKACNMAACWFwYAI7ABAPTkBABN5QQAorcFAKa5AAA2fAIATMoRAKXKEQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQD7UwQAVFQEAEECBwAPLQ8AaC0PAMEtDwAo3xEA/B8AAFUgAACuIAAAByEAAGAhAADa1QgAyQMRADGOAADrpggAzFwDACbwCQDv4AAAYRkAAMxcAwCVpAoAFFMOAPMOAAAr1AIAI7ABAHywAQDD/AsAHP0LAHX9CwDO/QsAHtcJAHfXCQAO9AAAPz8DAJr2DQBR5gcAquYHAAPnBwA8TAIA15UAADCWAADLCwMAVD4CADxMAgADmQgATA8AAJAaCgDpGgoAQhsKAAOZCACYzhAA8c4QAJeVAgDXlQAA8w4AADxMAgCVpAoATucNAEeEBwAPqQIAaKkCANrVCAAm8AkAUeYHAKrmBwAbPQkAdD0JAM09CQAmPgkAfz4JANg+CQAxPwkAij8JAOM/CQA8QAkAlUAJAO5ACQBHQQkAoEEJAPlBCQBSQgkAq0IJAARDCQBdQwkAtkMJAA9ECQAYVQkAcVUJAMpVCQAjVgkA2tUIADxMAgClGBEA7LQKACNMAAA8TAIAhXMCAN5zAgBhTw0AtdwGAL31BgA7ogEAZ1gCADxMAgCVTAIAMR0OAJjbAQA8TAIApRgRAFHmBwCq5gcAGz0JAHQ9CQDNPQkAJj4JAH8+CQB31wkA8oUCAJeVAgC99QYA+OUHAJacCgAjTAAAvfUGABb2BgBv9gYAyPYGACH3BgB69wYA0/cGABFrDgBqaw4Aw2sOABxsDgB1bA4AzmwOACdtDgCeaAMAkwMCACNMAAAxjgAAl5UCAF/mAQClGBEAUeYHAKrmBwAbPQkAdD0JAM09CQAmPgkAfz4JANg+CQA8TAIAGJcPAL31BgAW9gYAb/YGANrVCAA8TAIApRgRAOy0CgAjTAAAAG8CANeVAAAwlgAAhQ8BAN4PAQA3EAEAkBABAOkQAQBCEQEAmxEBAB4mAQB3JgEAeJcMAGVnCgBb4w4AwQ0EADxMAgDEZAYAHWUGAE09DQAwlgAAI0wAAF/mAQAOYwMAvfUGABb2BgBv9gYAyPYGACH3BgB69wYAvxELAIVzAgDecwIAYU8NALXcBgC99QYAO6IBAGdYAgA8TAIAlUwCADEdDgCY2wEAPEwCAKoIAwADCQMAXAkDALUJAwCVpAoAFFMOAPMOAAAr1AIAhNQCAKoIAwADCQMAYU8NALpPDQAxjgAAI2ICAJ5bEgCEZAgAAAAAACOwAQDMXAMAfWUDANZlAwCApQsAPRYOABRTDgDzDgAAK9QCAPMOAAA8TAIABCEOAKoIAwADCQMAYU8NALpPDQAxjgAAI2ICAJ5bEgCZYg8ArQUNAAYGDQBfBg0AlRMNAO4TDQBHFA0ALdkMAMcqCwAgKwsAJV0DAH5dAwCFDwEA3g8BADcQAQCQEAEA6RABAEIRAQCbEQEARdcFAJjbAQDx2wEAA4MGAJeVAgBf5gEAA5kIAPwfAADzDgAA59IBAMunAQD45QcAI7ABACOwAQA8TAIAPRYOABRTDgDzDgAAK9QCAPYBAQB+JA4AoWYFABiXDwCWFwYA7xcGAGebAADa1QgAPEwCAJVMAgAxHQ4AmNsBADxMAgAAAAAA15UAAGebAADAmwAAwQ0EADxMAgCVTAIA7kwCAEdNAgCgTQIAYRkAALoZAADb7gsANO8LAPMOAACtKAAAEO8BAGnvAQDC7wEAyQMRAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQCqMw8AAzQPAE09DQCmPQ0A/z0NAFg+DQCxPg0ACj8NAGM/DQC8Pw0AgooKANuKCgADgwYAXIMGALWDBgA8TAIABCEOAMcTEQDBDQQAPEwCAMRkBgAdZQYAdmUGAPiWEABRlxAAio4AAL1vCgA8TAIALdkMAMcqCwDioQEAO6IBAJeVAgDzDgAAzFwDAH1lAwDWZQMAgKULANmlCwD8HwAAVSAAAK4gAAAHIQAAYCEAABsnBwA8TAIABCEOAKoIAwADCQMAYU8NALpPDQAxjgAAI2ICAJ5bEgCZYg8AlUwCADEdDgCY2wEAPEwCAMRkBgAdZQYAdmUGAM9lBgAoZgYAgWYGANpmBgAzZwYA+1MEAPMOAAD8HwAAVSAAAK4gAAAHIQAAYCEAABsnBwB0JwcAVSAAAA70AAA/PwMA/B8AAFUgAAAO9AAAPz8DADo5DwCTOQ8A7DkPAEU6DwCeOg8A9zoPAFA7DwCpOw8AAjwPAFs8DwC9cAIAmNsBAPHbAQBVjwIA83sSAPMOAAD8HwAAlXcOACiTAgAnjwkAgI8JADxMAgADmQgA/B8AAFUgAACuIAAAByEAAKa5AAAPqQIAlaQKABRTDgDstAoA8w4AAPwfAAA0rA0AdrINAJjbAQC+AhEAqggDAFbfCgCv3woANnwCAFjDEQDAmwAADvQAAD8/AwA2fAIAYRkAAGebAAAjTAAA7+AAAPjlBwCY2wEAD6kCAGipAgDAmwAADvQAAD8/AwA6OQ8AkzkPAIqZAQDjmQEAyGQRAAAAAAAAAAAAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQDMXAMA7V8DANfBBAAwwgQAicIEAOLCBAA7wwQAlMMEAO3DBABGxAQAn8QEAPjEBABRxQQAqsUEAAPGBABcxgQAtcYEABiXDwBEYxIA1UwAANI2DAArNwwA2tUIAFkAAADHKgsA4qEBADuiAQCN8AMAPEwCANeVAACY2wEAI7ABAMxcAwC8CQAAlaQKAO6kCgBHpQoAxGQGAB1lBgB2ZQYAz2UGAChmBgCBZgYA2mYGAGQsDAC9LAwAFi0MABiXDwBEYxIA1UwAAC0oBADFDQ8Af/AJANjwCQAx8QkAivEJABI3CgAGEQ4AM9YIAGebAAAeJgEAdyYBAC0oBADFDQ8Af/AJANjwCQAx8QkAivEJABI3CgAGEQ4AM9YIAGebAAAeJgEAdyYBANAmAQA8TAIAgooKAD/7DACY+wwA9kIPAE9DDwCoQw8AAUQPAGebAADAmwAAHiYBALzGAQAtgQQA59IBAMunAQD45QcAlpwKADxMAgAGEQ4AETMRAGEZAACF1wMAZ5sAANrVCAA8TAIAhXMCAJWkCgDioQEA/OcCAJliDwAYlw8AlhcGAMENBADioQEAO6IBAGdYAgA8TAIAGJcPAJTjDwA8dw4AxGQGAB1lBgB2ZQYAz2UGAChmBgCBZgYA2mYGAGQsDAC9LAwAFi0MABiXDwBEYxIA1UwAAC0oBADFDQ8Af/AJANjwCQAx8QkAivEJABI3CgAGEQ4AM9YIAGebAAAeJgEAdyYBAAYRDgDWsRIAL7ISAIiyEgDhshIAOrMSAJOzEgDEZAYAHWUGAHZlBgDPZQYAKGYGAIFmBgDaZgYAQ7oJAPjlBwCEZAgAD6kCAGipAgDAmwAA8dsBAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQDYuQQABRkOAF4ZDgC3GQ4AcJQOAJWkCgDioQEA/OcCAJliDwCVTAIABikAACNMAACmuQAAPygJAOKhAQA7ogEAZ1gCADxMAgADmQgA/B8AAFUgAACuIAAAByEAAGAhAAC5IQAABCEOAEqBEQDioQEAPEwCAKoIAwBW3woAr98KABOpDQDLpwEA+OUHAJacCgDMXAMA4qEBAPznAgCZYg8AYRkAALoZAABFUgEArSgAADEdDgCKHQ4A4x0OADweDgDVFAMAwJsAAA70AAA/PwMAKtEBAKi+CgABvwoAWr8KALO/CgAMwAoAZcAKAAAAAAChUAMA+lADAOhDDQBBRA0AExoAALteBwAUXwcAjPcLAOX3CwA++AsAlUwCAIgBCgDhAQoAOgIKAKUYEQCY2wEAPEwCAAYRDgBfEQ4AmNsBAPHbAQBY0AIAI0wAAIODAgCY2wEA0jYMACs3DACENwwA3TcMADY4DAAAAAAAqggDAAMJAwDKugIAAAAAAJjbAQA/+wwAmPsMAAAAAADa1QgAJvAJAH/wCQDY8AkAMfEJAIrxCQAgIAoAeSAKANIgCgArIQoAhGQIAA+pAgBoqQIAI0wAAGEZAAC6GQAARVIBAK0oAAAxHQ4Aih0OAOMdDgA8Hg4A1RQDAMCbAAAO9AAAPz8DADZ8AgAo3xEATA8AAJAaCgBMRQ0AiAEKACEBEAB+qwIAPEwCAAQhDgDgQQcAqggDAAMJAwBcCQMA9OQEANrVCAA8TAIABhEOAMUNDwB/8AkA2PAJADHxCQCK8QkAEjcKANI2DAArNwwAqggDAOKhAQCY2wEA40oKAJacCgAeJgEAuNoIAGEZAACFcwIA+OUHAJjbAQAPqQIA6uUNADuiAQBnWAIAPEwCAMRkBgAdZQYAdmUGAPiWEABRlxAAqpcQAAOYEABcmBAAtZgQADxMAgCCigoAP/sMAJj7DADx+wwASvwMAKP8DAD8/AwAOEkPAJFJDwCWFwYAqTAOAJeVAgBf5gEAZ1gCADxMAgCtBQ0Aw2ANABxhDQDSNgwA4qEBALXcBgB8TAAA1UwAAFAbBAA8TAIA6EMNAEFEDQCaRA0A80QNAIKKCgA/+wwAmPsMAPZCDwBPQw8AqEMPAAFEDwBaRA8ApRgRAJjbAQA8TAIAHiYBALzGAQAtgQQAGzMAADGZAQC61gEArSgAAIgBCgBnWAIA15UAAJjbAQDx2wEAmNsBAPHbAQADgwYAl5UCAF/mAQAGEQ4AxQ0PAH/wCQDY8AkAMfEJAIrxCQASNwoALdkMABhWAQBxVgEAqggDAOKhAQDa1QgAyQMRAPjlBwD45QcAI0wAACOwAQCZYg8A8w4AAOfSAQA8TAIABhEOAMUNDwB/8AkA2PAJADHxCQCK8QkAEjcKAOhDDQBBRA0AmkQNAPNEDQBMRQ0ApUUNAP5FDQBXRg0ABhEOAMUNDwB/8AkA2PAJADHxCQCK8QkAEjcKANI2DAArNwwA2tUIAFkAAADHKgsA4qEBADuiAQBhGQAAZ5sAACNMAAA2fAIATMoRAKXKEQC61gEAE9cBAGzXAQDF1wEAHtgBADGXEQCKlxEA45cRADyYEQCVmBEA7pgRAEeZEQCgmREAqjMPAAM0DwBcNA8AtTQPAA41DwBnNQ8AwDUPABk2DwByNg8AyzYPACQ3DwB9Nw8A1jcPAC84DwCIOA8A4TgPAEeEBwCghAcA+YQHAFKFBwCrhQcABIYHAF2GBwC2hgcAD4cHAGiHBwDioQEAMY4AALBzCQA8TAIAGJcPAKa5AABZAAAAzFwDADxMAgDnbBAAvmYSAMRkBgAdZQYAdmUGAM9lBgAoZgYAgWYGANpmBgD2AQEAAAAAAKFmBQCmEBEAMR0OAJjbAQAjTAAAvfUGAKoIAwBW3woAG9kHAMENBAA8TAIAgooKANuKCgA0iwoAjYsKAOaLCgA/jAoAPEwCAK0FDQDtXwMA18EEADDCBACJwgQA4sIEADvDBACUwwQA7cMEAEbEBACfxAQA+MQEAFHFBACqxQQAA8YEAFzGBAC1xgQA2LkEAEeEBwCghAcA+YQHAFKFBwCrhQcABIYHAF2GBwC2hgcAD4cHAGiHBwB9ZQMA1mUDAPdGCADnbBAAZ5sAAKdjAQCmSA4ALYEEACvUAgC99QYAO6IBAGdYAgA8TAIABhEOAMUNDwAeJgEAdW0GAGFPDQBDugkAnLoJAPW6CQBOuwkAp7sJAAC8CQBZvAkAsrwJAAu9CQBkvQkAvb0JABa+CQBvvgkAyL4JACG/CQB6vwkA078JAJjbAQDx2wEAVY8CAPN7EgDzDgAA/B8AACrRAQAjTAAAprkAAFkAAADMXAMAAAAAACOwAQDzDgAAzFwDAAAAAADXlQAAMJYAAMsLAwBUPgIAzFwDAAAAAAAjYgIAnlsSAJliDwAYlw8AlOMPADx3DgDEZAYAHWUGAHZlBgDPZQYAKGYGAIFmBgDaZgYAZCwMAL0sDAAWLQwAGJcPAKa5AABZAAAAzFwDAAAAAAAjsAEA8w4AAMxcAwAAAAAAA5kIAOfSAQBA0wEAzFwDAAAAAABhGQAAYRkAAGebAABHhAcAI0wAAL31BgD45QcAlpwKADxMAgCCigoA24oKADSLCgCNiwoA5osKAD+MCgAtagoAI0wAAL31BgAW9gYAb/YGANrVCAAm8AkA7LQKAAAAAAAjTAAAI0wAAFkAAACmuQAAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAPtTBABUVAQABfcSAMcqCwAgKwsAeSsLAPYBAQDq5gUAFFMOAPMOAAAr1AIAdH8PAIKKCgDbigoAA4MGAFyDBgC1gwYAPEwCAAYRDgAz1ggAk6gRAOyoEQAjYgIAMY4AAGDeAQD8HwAAA5kIAPwfAABVIAAAriAAAAchAABgIQAAuSEAAAQhDgCXlQIA15UAACOwAQDa1QgAPEwCAOhDDQBBRA0AmkQNAPNEDQDEZAYAHWUGAHZlBgDPZQYAKGYGAIFmBgDaZgYAZCwMAL0sDAAWLQwAmNsBAPHbAQBVjwIA83sSAPMOAAD8HwAAyQMRAMCbAAAO9AAAPz8DAGebAADAmwAADvQAAOT0CgA99QoAExoAAAAAAAAAAAAAAAAAAKFQAwD6UAMA41YDAB1lBgB2ZQYAz2UGAChmBgCBZgYA2mYGADNnBgD7UwQAVFQEAK1UBADBhwcAGogHAHOIBwDMiAcAJYkHAH6JBwAAAAAAAAAAAKFQAwD6UAMA41YDAB1lBgB2ZQYAz2UGAChmBgCBZgYA2mYGADNnBgD7UwQAVFQEAK1UBADBhwcAGogHAHOIBwDMiAcAJYkHAH6JBwDv4AAA4qEBADuiAQBnmwAAwJsAAA70AAA/PwMAAAAAAAAAAAAAAAAAAAAAAAAAAAD45QcA8w4AADxMAgDSNgwAmCcRAPEnEQBKKBEAAAAAAAAAAAAAAAAAX+YBAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAAAAAAAAAAAAAAAAAp2MBAKZIDgD45QcAlpwKADxMAgCCigoA24oKADSLCgCNiwoA5osKAAAAAABnmwAAwJsAACNiAgDioQEAO6IBAH6rAgDWsRIAMJYAAGdYAgDzDgAAVXkAAJjQAACtKAAAI2ICADGOAACY0AAAPEwCAAQhDgAjYgIAZ1gCAMSbCwAb2QcAmWIPAJWkCgBhGQAAZ5sAAKdjAQCmSA4AAAAAAGEZAAA8TAIAgooKANuKCgCVpAoA15UAAPMOAABVeQAA66YIAPMOAADn0gEAy6cBAPjlBwCWnAoAZ5sAAIKKCgC+AhEAZosOAIgBCgDXlQAAI0wAADGOAACXlQIAAAAAAPjlBwA8TAIAgooKANuKCgBY0AIAsdACAPMOAABVeQAA66YIAGEZAAC6GQAAzFwDAML5CgAb+goAdPoKAM36CgAm+woAf/sKANj7CgAx/AoAivwKAOP8CgA8/QoAZ5sAAEeEBwCghAcA+YQHAFKFBwCrhQcABIYHAF2GBwC2hgcAD4cHAGiHBwCVTAIA7kwCAEdNAgCgTQIAG/ABAO1fAwDXwQQAMMIEAInCBADiwgQAO8MEAJTDBADtwwQARsQEAJ/EBAD4xAQAUcUEAKrFBAADxgQAXMYEALXGBACVTAIA7kwCAEdNAgCgTQIAG/ABAO1fAwDXwQQAMMIEAInCBADiwgQAO8MEAJTDBADtwwQARsQEAJ/EBAD4xAQAUcUEAKrFBAADxgQAXMYEALXGBAA8TAIAGJcPAL31BgAW9gYAb/YGANrVCAA8TAIApRgRAOy0CgC99QYAFvYGAG/2BgDa1QgAPEwCAKUYEQDstAoAPEwCAMRkBgAdZQYAdmUGAM9lBgAoZgYAgWYGANpmBgAzZwYAjGcGAOVnBgA+aAYAl2gGAPBoBgAo3xEATA8AAJAaCgDpGgoAQhsKAJsbCgAjTAAAvfUGABb2BgBv9gYAyPYGACH3BgB69wYA0/cGABFrDgBqaw4Aw2sOABxsDgB1bA4AzmwOACdtDgAGVQQAUA8LAKkPCwACEAsAWxALALQQCwANEQsAZhELAH1lAwDWZQMAgKULANmlCwAypgsAi6YLAOSmCwA9pwsAlUwCAIgBCgDhAQoAOgIKAKUYEQCY2wEAPEwCAAYRDgBfEQ4AmNsBAPHbAQBY0AIAI0wAAIODAgCY2wEAKJMCALBzCQCZYg8AwJsAAA70AAA/PwMA+OUHAPjlBwAjsAEAPEwCABiXDwC99QYAFvYGAG/2BgDa1QgAPEwCAKUYEQDstAoAI0wAADxMAgCFcwIAlaQKAOKhAQD85wIAmWIPAIVzAgDecwIAYU8NALXcBgC99QYAO6IBAGdYAgA8TAIAlUwCADEdDgCY2wEAPEwCAAQhDgDHExEAIBQRAKUYEQBR5gcAquYHAAPnBwA8TAIAxGQGAB1lBgB2ZQYAz2UGAChmBgCBZgYA2mYGADNnBgD7UwQAmWIPAMCbAAAO9AAAPz8DAFhqEQC99QYAFvYGAG/2BgDI9gYAIfcGAHr3BgAdQwsAdkMLAM9DCwAoRAsAgUQLANpECwAzRQsAjEULAOVFCwA+RgsAl0YLAPYBAQDv4AAATm4CAGFPDQC13AYAclkCAJjbAQDx2wEAA4MGAJeVAgBf5gEAZP8PAAAAAADXlQAA4qEBAJjbAQDx2wEAaPcBANrVCAAjYgIAprkAADxMAgDEZAYAHWUGAHZlBgDPZQYAKGYGAIFmBgDaZgYAM2cGAPtTBAApUg0AI2ICACNMAAAxjgAAYU8NADuiAQA8TAIAaPcBANrVCAAjYgIAprkAADxMAgDEZAYAHWUGAHZlBgDPZQYAKGYGAIFmBgDaZgYAM2cGAPtTBADSNgwAltMPAABkAQBZZAEA/VgOAFZZDgCvWQ4ACFoOAGFaDgCFcwIAlaQKAE7nDQBhGQAAPEwCABiXDwCWFwYAwQ0EAOKhAQA7ogEAZ1gCADxMAgAYlw8AlOMPADx3DgDEZAYAHWUGAHZlBgDPZQYAKGYGAIFmBgDzDgAAPEwCAMRkBgAdZQYATT0NAKY9DQD/PQ0AWD4NALE+DQAKPw0AYz8NALw/DQAVQA0AbkANAAQhDgBk/w8AAAAAANeVAADioQEAmNsBAPHbAQBK3AEAPEwCAJVMAgCY2wEA40oKAB4mAQA8TAIAGJcPAERjEgDVTAAA15UAADCWAAB8FAMA1RQDAMCbAAAjsAEAwQ0EAOKhAQA7ogEAZ1gCADxMAgAGEQ4AM9YIAJOoEQDsqBEAI2ICADGOAABg3gEA/B8AAKIaDwBk/w8AAAAAANeVAADioQEAmNsBAPHbAQAEIQ4A4EEHAIKKCgDbigoA8w4AAEwPAADstAoAmNsBAKa5AABnmwAAlUwCAJjbAQDjSgoAHiYBADxMAgCtBQ0AtdwGAPMOAAA8TAIALdkMABhWAQC+AhEAZN8EAHVtBgDKugIAwQ0EADxMAgCVTAIA7kwCAIqOAAC9bwoAg4MCAJjbAQDBDQQAPEwCAKUYEQCY2wEAPEwCAAOZCABMDwAA7LQKAJjbAQCmuQAArQUNAMNgDQAcYQ0A6EMNAEFEDQCaRA0A80QNAKIaDwD7Gg8AVBsPAK0bDwAGHA8AXxwPALgcDwARHQ8AAG8CAFlvAgCCigoA24oKAAAAAADXlQAAZ5sAAPMOAAAr1AIAPEwCABiXDwC99QYAFvYGAG/2BgDa1QgAPEwCAKUYEQDstAoAI0wAADxMAgAEIQ4ArSgAACNMAABf5gEA3uwNAGEZAABnmwAAp2MBAMxcAwAOYwMAvfUGABb2BgBv9gYAyPYGACH3BgB69wYAvxELAAQhDgBk/w8AAAAAANeVAADioQEAmNsBAL4CEQA7ogEAZ1gCADxMAgAEIQ4A4EEHAMRkBgAdZQYAdmUGAM9lBgAoZgYAgWYGANpmBgAzZwYA+1MEAGebAAAjTAAAMY4AAOumCADa1QgAmNsBAL4CEQA7ogEArSgAADEdDgA8TAIA0jYMACs3DACENwwARVIBAK0oAAAxHQ4Aih0OAOMdDgA8Hg4AMY4AAGFPDQC9cAIAMY4AAMo+DwBB4AsAmuALADuiAQATGgAAu14HABRfBwCM9wsA5fcLAD74CwCX+AsA8PgLAEn5CwD8HwAAVSAAAK4gAAAHIQAAYCEAALkhAAAeJgEAvMYBAC2BBAAjYgIApXERAJWkCgAxjgAAqggDAOKhAQA7ogEAcZcPAMbkCwAf5QsAeOULANHlCwAq5gsAg+YLANzmCwA15wsAjucLAOfnCwBA6AsAmegLAPLoCwBfEQ4AvmcKABdoCgBwaAoA15UAANrVCACCigoA24oKAAODBgDrpggAPEwCANeVAADa1QgAAAAAAPjlBwA8TAIAGJcPAL31BgAW9gYAb/YGAMj2BgAh9wYAlaQKAFkAAAC9cAIAYRkAAGebAAAjTAAA7+AAAPjlBwCY2wEAD6kCAL1wAgBnWAIAxJsLAB2cCwB2nAsAz5wLACidCwCBnQsA8dsBAPMOAADn0gEA/B8AAPMOAADMXAMAZ1gCAMSbCwAdnAsAdpwLAM+cCwAonQsAgZ0LANqdCwAzngsAjJ4LAOWeCwA+nwsAlUwCADEdDgCY2wEApRgRAJjbAQA8TAIAA5kIAPwfAABVIAAAriAAAOKhAQCmuQAAZ5sAAOhDDQBBRA0AmkQNAPNEDQAPqQIAS5ALALoZAADv4AAAlaQKABRTDgDzDgAAK9QCAF/mAQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAbV8HAMZfBwAfYAcAeGAHANFgBwAqYQcABCEOAOumCADa1QgAmNsBAPHbAQDzDgAA59IBADxMAgCVTAIAMR0OAIodDgDjHQ4AglINANtSDQA0Uw0AjVMNABiXDwCmuQAAWQAAADxMAgDEZAYAHWUGAHZlBgDPZQYAKGYGAIFmBgDaZgYAM2cGAPtTBABUVAQArVQEAAZVBABfVQQAMY4AAGFPDQBnmwAAwJsAAA70AAA/PwMAKtEBAKi+CgABvwoAWr8KALO/CgAMwAoAZcAKAB4mAQBZAAAAxyoLAJjbAQDyhQIAyroCAMENBAA8TAIAlUwCAO5MAgBHTQIA/vcNAFf4DQCtBQ0ABgYNAF8GDQDoQw0AKJMCAIGTAgDakwIAgooKANuKCgDzDgAATA8AACOwAQDXlQAAI0wAAL31BgD45QcA2tUIAMkDEQBhGQAAKJMCAIGTAgDakwIA6EMNAEFEDQCY2wEAPEwCAAOZCAD8HwAAVSAAAK4gAABhGQAAKJMCAIGTAgDakwIALdkMABhWAQBxVgEAqggDAOKhAQDa1QgAyQMRAKa5AAA/KAkAPEwCAD0WDgAUUw4A8w4AACvUAgA8TAIArQUNAMNgDQAcYQ0AD6kCAEuQCwC6GQAA7+AAAPjlBwDNMRAA15UAAFkAAAA8TAIAlUwCAO5MAgBHTQIA/vcNAFf4DQCgTQIAhdcDAPjlBwA2fAIATMoRAD8oCQAxjgAAxxMRAGEZAABnmwAAG9kHAPMOAAA2fAIAgtcRANvXEQCY2wEA8dsBAPMOAABMDwAAI7ABAKoIAwBW3woA2tUIADPWCADrpggA2tUIAJjbAQDx2wEA8w4AAOfSAQD8HwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAMxcAwB9ZQMAKJMCAIGTAgDakwIARMgLAJ3ICwD2yAsAT8kLAKjJCwABygsAWsoLALPKCwAMywsAZcsLAL7LCwAXzAsAcMwLAMnMCwAizQsAe80LANTNCwAtzgsAPEwCAH4kDgBMDwAAkBoKAOkaCgBCGwoAmxsKAFfXCgBFGQwAnhkMAPcZDADe7A0ADvQAAD8/AwDSNgwA8w4AACvUAgCE1AIAI2ICAJ5bEgD05AQALYEEAE9mAgA8TAIABCEOAOBBBwDoQw0AZ5sAAO/gAAA8TAIAxGQGAB1lBgB2ZQYAz2UGAChmBgCBZgYA2mYGADNnBgD7UwQAzFwDACrRAQCovgoAAb8KAFq/CgCzvwoADMAKAGXACgC+wAoAF8EKAGTICgAAAAAAAAAAAAAAAACxzwoACtAKAGPQCgC80AoAFdEKAG7RCgDH0QoAINIKAAAAAAAAAAAAedIKANLSCgAr0woAjdoBAObaAQA/2wEAlUwCADEdDgCKHQ4A4x0OAMxcAwDYuQQAMboEAGMoEwC8KBMAFSkTAG4pEwAxjgAAI2ICAJ5bEgCZYg8AlUwCAIgBCgDhAQoAOgIKAOhDDQBBRA0AmkQNAPNEDQBMRQ0ApUUNAP5FDQBXRg0AZ5sAAGEZAAC6GQAAZ5sAAGEZAABhGQAAuhkAAGebAABhGQAAI0wAAMxcAwB9ZQMA1mUDAIClCwDZpQsAMqYLAIumCwDkpgsAPacLAJVMAgCIAQoA4QEKADoCCgClGBEAmNsBADxMAgAGEQ4AXxEOAJjbAQDx2wEAWNACACNMAACDgwIAmNsBAMENBAA8TAIA52wQAMxcAwAAAAAAPEwCAEQKEgB8YgIArSgAAK0oAAAGKQAAwJsAAL4CEQA7ogEAZ1gCADxMAgAYlw8AvfUGABb2BgBv9gYA2tUIADxMAgClGBEA7LQKACNMAAA8TAIABCEOAK0oAAAjTAAAX+YBAN7sDQCEZAgA6xYDAEQXAwDMXAMABCEOAHYWDwAJdAkAYnQJAEQKEgCidAcA+3QHAFR1BwCtdQcABnYHAEOkBwDEZAYAHWUGAHZlBgDPZQYAKGYGAIFmBgDaZgYAM2cGAPtTBABUVAQAn18LAPhfCwAEIQ4AXSEOALYhDgAPIg4AxQ0PAO/gAAD6ZgUABCEOAF0hDgAjuwIAfLsCANW7AgAuvAIAh7wCAOC8AgA8TAIAn+QPAAAAAAA8TAIAeskSAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEA+1MEAFRUBAChZgUAHiYBAJMDAgDzDgAAK9QCADxMAgBEChIApXERAKUYEQCtKAAAPEwCABiXDwDmjAIAP40CAJiNAgBjEhEAltMPAPlNAgBSTgIAq04CAARPAgDzDgAAPEwCAC3ZDACG2QwAyroCAPKFAgC5bgcAuNoIACNMAABf5gEA3uwNADxMAgAAAAAAPEwCABiXDwCU4w8APHcOAEQKEgClcREAgooKANuKCgDzDgAATA8AAOy0CgCY2wEAprkAAGebAAAAbwIAWW8CAAWrAwBBWg8A+OUHACOwAQA8TAIAZ1gCAOKhAQCqCAMAVt8KAJliDwDyYg8AxxMRACAUEQBnWAIA4qEBAKoIAwBW3woAx0wGAHVBAgA9nQIAlp0CADxMAgBnWAIA4qEBAKoIAwBW3woAHiYBALD5BQAJ+gUAYvoFALv6BQChZgUAHiYBAJMDAgDzDgAAK9QCADxMAgBEChIApXERAKUYEQCtKAAAPEwCABiXDwDmjAIAP40CAJiNAgAeJgEAsPkFAAn6BQBi+gUAu/oFABT7BQAAbwIAWW8CAAWrAwBBWg8A+OUHACOwAQA8TAIAZ1gCAOKhAQCqCAMAVt8KAMdMBgB1QQIAPZ0CAJadAgA8TAIAZ1gCAOKhAQCqCAMAVt8KAB4mAQCw+QUACfoFAGL6BQC7+gUAFPsFAABvAgBZbwIABasDAEFaDwD45QcAI7ABADxMAgBnWAIA4qEBAKoIAwBW3woAmWIPAPJiDwDHExEAIBQRAGdYAgDioQEAqggDAFbfCgDHTAYAdUECAD2dAgCWnQIAPEwCAGdYAgDioQEAqggDAFbfCgDa1QgA1rESACOwAQCZYg8AYRkAALoZAABFUgEArSgAADEdDgCKHQ4A4x0OADweDgDVFAMAwJsAAA70AAA/PwMAfWUDANZlAwCApQsAHiYBAHcmAQB4lwwA0ZcMACqYDACDmAwA6EMNACiTAgCBkwIA2pMCANrVCAAeJgEAdyYBAHiXDADRlwwAKpgMAIOYDADoQw0AKJMCAIGTAgDakwIA2tUIAB4mAQB3JgEAeJcMANGXDAAqmAwAg5gMAC3ZDACG2QwA39kMADjaDACR2gwA6toMAEPbDAAjsAEAfLABAPM6BABMOwQAPEwCANeVAACY2wEAI7ABAIKKCgDbigoA8w4AAEwPAAAjsAEAqggDAFbfCgCtBQ0AZN8EAL3fBAAW4AQAb+AEAMjgBAA8TAIA0jYMACs3DAAjTAAAlhcGAMENBAA8TAIAlUwCADEdDgCY2wEAPEwCAC3ZDACG2QwA39kMADjaDACR2gwA6toMAEPbDAAAbwIAWW8CAAWrAwBeqwMAt6sDABCsAwCVTAIAMR0OAIodDgDjHQ4APB4OAK0FDQC13AYADt0GAK0FDQAGBg0AXwYNALgGDQDgQQcALdkMAIbZDADf2QwAONoMAJHaDADq2gwAQ9sMADZ8AgBo9wEAUVQSAKpUEgAeJgEAdW0GAJeVAgCmuQAAPygJAOKhAQA7ogEAZ1gCADxMAgAt2QwAhtkMAN/ZDAA42gwAkdoMAOraDABD2wwAlUwCADEdDgCY2wEAPEwCALAbAQBKuQ4ABfcSAF73EgDoQw0AQUQNAJpEDQDzRA0ALdkMABhWAQDx2wEAVY8CAIgBCgArYxAAZ5sAANrVCAA8TAIAhXMCAOKhAQC13AYAfEwAADxMAgAAAAAAPEwCAKUYEQCY2wEAPEwCAAJHEAAAAAAAPEwCAKUYEQCY2wEAPEwCAAJHEABbRxAAohoPAOBBBwAGEQ4AETMRACIEEQAe1wkAHxwRAHgcEQDJAxEAYRkAAKa5AABZAAAAsgAAAAveDABk3gwAvd4MABbfDABv3wwAHiYBAHVtBgDHExEAdUECADGOAACwcwkACXQJAIqOAAAPqQIAT50HAMo+DwDEmwsAPRYOAJYWDgDvFg4ASBcOAOhDDQBBRA0AmkQNAPNEDQBEChIApXERAGebAABhGQAAPEwCAJVMAgAxHQ4Aih0OAOMdDgA8Hg4ArQUNAAYGDQAJ1xIAYtcSALvXEgAU2BIAbdgSAJliDwDa1QgANnwCADxMAgAYlw8AlhcGAMENBAA8TAIAGJcPAJTjDwA8dw4ArQUNAAYGDQAJ1xIAYtcSALvXEgAU2BIAbdgSAK0FDQC13AYAzFwDAH1lAwAF9xIAXvcSALf3EgCtBQ0ABgYNAAnXEgBi1xIAu9cSABTYEgBt2BIALdkMAEQMAgCZYg8A8mIPAGDeAQD8HwAAgooKAD/7DACY+wwAPEwCALwJAABEhQ0ABfcSAF73EgC39xIArQUNAAYGDQAJ1xIAYtcSALvXEgAU2BIAbdgSANeVAAAwlgAAI0wAAL31BgAW9gYAb/YGAGebAADAmwAADvQAAD8/AwAjsAEAfLABAPM6BABMOwQAPEwCAAOZCABXUQ4AprkAAD8oCQA8TAIAlUwCAIgBCgDhAQoAOgIKAOdsEABAbRAAZ1gCAMSbCwAeJgEAPEwCAOKhAQA7ogEAPEwCAAQhDgDHExEAwQ0EADxMAgClGBEArSgAADxMAgAYlw8ARGMSANVMAAAuTQAATA8AAOy0CgCY2wEAprkAAGebAAAjsAEAfLABAGtNDADETQwAHU4MAJ0XAwDBDQQAPEwCAK0FDQAGBg0ACdcSAGLXEgC71xIAFNgSAG3YEgCZYg8A2tUIADxMAgBnWAIAxJsLAB4mAQAYlw8ARGMSANVMAABnWAIAxJsLAB4mAQDzDgAAPEwCAAQhDgCqCAMAAwkDAGFPDQC6Tw0AMY4AACNiAgCeWxIABhEOAJjbAQC+AhEAqggDAFbfCgCv3woAPEwCAJVMAgAxHQ4Aih0OAOMdDgA8Hg4AlUwCADEdDgCY2wEAPEwCAGj3AQDa1QgAI2ICAKa5AABnWAIAxJsLAB2cCwA8TAIABhEOAJjbAQC+AhEAqggDAFbfCgCv3woAPEwCAK0FDQAGBg0ACdcSAGLXEgC71xIAxxMRAKa5AABnmwAAlUwCADEdDgCY2wEAPEwCAGj3AQDa1QgAI2ICAKa5AAC8VgcAFVcHACOwAQB0fw8AaPcBANrVCAAjYgIAprkAADj7DwC6GQAARVIBAK0oAAAxHQ4Aih0OAOMdDgA8Hg4A1RQDAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQCEZAgA/7kAADjFAgCRxQIA6sUCANrVCADJAxEArSgAAK0oAAAxHQ4Aih0OAOMdDgA8Hg4A1RQDAMCbAAAO9AAAPz8DAF0hDgAjTAAAvfUGAGaLDgAQ7wEAio4AAL1vCgDXlQAAmNsBABiXDwCU4w8APHcOAJVMAgCIAQoAIQEQAH6rAgAyWQQAi1kEAORZBAA9WgQAlloEAO9aBABIWwQAoVsEAEQKEgClcREAgooKANuKCgDzDgAATA8AACOwAQCqCAMAVt8KANrVCADMXAMAYRkAALoZAABFUgEAkmQCAG8tDADILQwAIS4MAHouDACVTAIA83sSADCWAABL/w0AI0wAAL31BgD45QcAlpwKAKUYEQBR5gcAquYHAAPnBwCF1wMAO6IBAGdYAgA8TAIAgooKANuKCgAAAAAA15UAAOKhAQCY2wEA8dsBAErcAQA8TAIA4qEBAPznAgCZYg8A2tUIADxMAgAYlw8AlOMPADx3DgClGBEAUeYHAKrmBwAD5wcAPEwCAAOZCACYzhAAlhcGAPHbAQADgwYAuW4HAMxcAwB9ZQMA1mUDAIClCwDZpQsAMqYLAIumCwDkpgsAPacLAJVMAgCIAQoA4QEKADoCCgClGBEAmNsBADxMAgAGEQ4AXxEOAJjbAQDx2wEAWNACACNMAACDgwIAmNsBACNMAABf5gEAYRkAAPMOAADLpwEA+OUHAJacCgAtgQQAhoEEAIKKCgDbigoAAAAAANeVAADioQEAmNsBAPHbAQA8TAIA0jYMAJbTDwBUXg0ArV4NAAZfDQBfXw0AuF8NABFgDQBqYA0ABhEOAJjbAQC+AhEAqggDAFbfCgA8TAIAclkCAMtZAgC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQD7UwQAVFQEAMxcAwCVTAIAMR0OAJjbAQA8TAIALdkMANrVCAAm8AkAPEwCAK0FDQDDYA0AHGENAOhDDQBBRA0AmkQNAPNEDQAjsAEAfLABAPM6BABMOwQAyQMRAIKKCgDbigoAAAAAANeVAADioQEAmNsBAPHbAQBK3AEAPEwCAB4mAQB3JgEAeJcMANGXDAAqmAwAg5gMAC3ZDAAYVgEAcVYBAKoIAwDioQEA2tUIAMkDEQDzDgAAPEwCAC3ZDACG2QwA39kMADjaDACR2gwA6toMAEPbDABnWAIAwFgCADxMAgCVTAIAiAEKAOEBCgA6AgoA8w4AADxMAgCtBQ0ABgYNAF8GDQCtKAAAEO8BAGnvAQAsOg0AhToNALwJAABhGQAAdUECAAX5AgCtKAAAEO8BAGnvAQDC7wEAI0wAAF/mAQC45gEAEecBANl4DwC8CQAAmNsBAD/7DACY+wwA8fsMAEr8DACj/AwA/PwMAFX9DACu/QwAB/4MAGD+DAAjTAAAX+YBALjmAQAR5wEA2XgPAIRNDgDioQEAtdwGAF/mAQC45gEAvAkAADSsDQDvvQ0ASL4NADJZBAAwlgAAI0wAALwJAABnmwAAwJsAAA70AAA/PwMAvXACAPjlBwDstAoAI0wAAPMOAADLpwEA2tUIAMkDEQA0rA0A+OUHAK0oAAC9cAIAZ5sAAKdjAQAxjgAAuW4HAFkAAABEDAIAmWIPAPMOAAC9cAIAprkAADGZAQAyWQQAMJYAACNMAAC8CQAAAAAAACNMAABf5gEAuOYBABHnAQDZeA8AhE0OAOKhAQC13AYAAAAAADxMAgCVTAIA7kwCAEdNAgD+9w0AV/gNAPMOAACETQ4AfuwQANfsEAAw7RAAie0QAOLtEAC9cAIAI7ABAPTkBAA7ogEAZ5sAALwJAADTLgwA8w4AAFkAAAAe1wkAR4QHAK0oAAAQ7wEAae8BAMLvAQDnbBAAvXACAGebAADAmwAADvQAAD8/AwDv4AAATm4CABReDwC5NRIAEjYSAGs2EgDMXAMAYRkAALoZAABFUgEAu9kCAJEGEQAV/Q4A2tUIAMkDEQAiBBEAewQRANQEEQAtBREAhgURAN8FEQA4BhEAzFwDADUeEQAr1AIAlhcGAO8XBgCmuQAAI0wAAMxcAwCY2wEA8dsBAFjQAgCghAcA5Z8DAD6gAwCXoAMA8KADACNiAgCeWxIAmWIPADSsDQCNrA0A5qwNAD+tDQCYrQ0AprkAADGZAQCY2wEA8dsBADSsDQCNrA0A5qwNAD+tDQCYrQ0A8a0NAEquDQCjrg0A/K4NAFWvDQCurw0AB7ANAA7/AQBn/wEAEUsDAGpLAwCZYg8ANKwNAI2sDQDmrA0AP60NAJitDQDxrQ0ASq4NAKOuDQD8rg0AVa8NAK6vDQAHsA0A+jgRALIAAADKugIAE6kNAPwfAAAV/Q4A15UAAPMOAAD8HwAAVSAAABmcAABnmwAAwJsAAA70AAA/PwMA7+AAAE5uAgAUXg8AuTUSABI2EgBrNhIAzFwDAACyAABZsgAAsrIAALvZAgCRBhEAFf0OANrVCADJAxEAIgQRAHsEEQDUBBEALQURAIYFEQDfBREAOAYRAMxcAwDzDgAAK9QCAF/mAQDG5AsAuNoIAKdjAQCmSA4AzFwDAGdYAgAeJgEAuNoIAGEZAAAjTAAAMY4AAJeVAgC99QYA+OUHAJacCgA8TAIAlUwCAO5MAgCY0AAAI7ABAPMOAAD8HwAAZtkNAEHgCwAjYgIAonQHAJeVAgAxjgAAsHMJADxMAgDSNgwAmCcRAPEnEQBKKBEAsHMJAMxcAwAPqQIA6uUNAEPmDQCc5g0A9eYNAOKhAQD85wIAVegCAK7oAgBnmwAAMY4AAEqBEQA8TAIApRgRAOy0CgAjTAAAPEwCAKUYEQCtKAAAPEwCAB4mAQC42ggAEdsIAHcmAQCY2wEAwJsAAB4mAQC8xgEAFccBACiTAgAnjwkAX+YBANrVCAA8TAIARAoSAJ0KEgD2ChIABCEOAMcTEQC6GQAARVIBAHxMAADVTAAAUBsEADxMAgAt2QwAGFYBAHFWAQCFRQ4A3kUOADdGDgBnWAIAwFgCAKUYEQDNMRAA/vcNAFf4DQAsOg0AhToNAJVMAgDuTAIAs+ANAAzhDQBl4Q0AvuENABfiDQBw4g0AyeINACLjDQAt2QwAhtkMAMq6AgATqQ0A/B8AANI2DACYJxEA8ScRAEooEQCmuQAA6xYDACmJEgBnWAIAlaQKAO6kCgCtBQ0ABgYNAF8GDQCVEw0A7hMNAJ1jEgDx2wEAA4MGAOumCAA8TAIAAAAAANsEDgA8TAIAlaQKADGOAADHExEA2tUIACOwAQCZYg8A2tUIANI2DACW0w8AAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEANnwCAMxcAwBSsgMAq7IDAASzAwDP9gMAKPcDAIH3AwDa9wMAM/gDAAQhDgCXlQIABCEOAJeVAgAAAAAA+w8OADxMAgDa1QgAZWcKAFvjDgC04w4ADeQOAGbkDgDMXAMARAoSAJ0KEgAjTAAAX+YBAO1fAwA/KAkAMY4AAMq6AgCVpAoAMY4AAGDeAQA8TAIAlUwCAO5MAgBHTQIAoE0CAJgnEQDxJxEASigRAGEZAAAjTAAAMY4AAFQ+AgA8TAIA0jYMAJgnEQDxJxEASigRAPjlBwDstAoAMJYAAHwUAwAGEQ4AETMRACNMAABf5gEAR4QHACNMAABf5gEAMY4AAMq6AgDx2wEABhEOABEzEQAjTAAAX+YBAEeEBwAjTAAAX+YBAPMOAADLpwEAJKgBAH2oAQDWqAEAe+MNANTjDQA8TAIARAoSAJ0KEgD2ChIATwsSAMunAQAkqAEAfagBANaoAQBZAAAAGFYBAHFWAQAeJgEAvMYBAC2BBAD8HwAAVSAAAPHbAQBo9wEA3acGAEeEBwAjTAAAvfUGAPjlBwAeJgEAdW0GAGFPDQA7ogEA8oUCAIqOAABnmwAAI2ICADGOAACKjgAAD6kCADxMAgAeJgEAdyYBAPMOAAAr1AIAPEwCAIKKCgDbigoAWNACADt/DgBhGQAAI0wAADxMAgDEZAYA6xYDAEQXAwCdFwMA9hcDACOwAQAxjgAAYN4BACvUAgChZgUALdkMABhWAQBxVgEAhUUOAN5FDgA3Rg4AkEYOABvjEADEZAYAHWUGAHbTEADP0xAAKNQQAIHUEADa1BAAM9UQADxMAgCFcwIA4qEBALXcBgB8TAAAPEwCANI2DACW0w8A79MPAEjUDwAO3QYAxGQGAB1lBgCKmQEAhGQIAGebAADzDgAA59IBADZ8AgBYwxEAscMRAKZIDgD/SA4A4qEBALXcBgBf5gEA2tUIADxMAgCFcwIA4qEBALXcBgB8TAAAPEwCAMRkBgAdZQYAipkBAOOZAQDXlQAAI2ICACNMAABf5gEAuOYBABHnAQDZeA8ArSgAABDvAQBp7wEAwu8BAIRNDgDdTQ4ANk4OAI9ODgDoTg4A+OUHAPjlBwDNMRAAGJcPAL31BgAW9gYAb/YGANrVCAA8TAIApRgRAOy0CgAjTAAAPEwCAK0FDQAGBg0ApRgRAK0oAABnmwAA2tUIAMkDEQDa1QgAPEwCABiXDwC99QYAFvYGAG/2BgDI9gYAIfcGAHr3BgC/EQsAS1gOAKRYDgAYlw8AvfUGABb2BgBv9gYA2tUIADxMAgClGBEA7LQKACNMAAA8TAIArQUNAAYGDQAOYwMAMa4LAMqXDwA0Xg4AjV4OAOZeDgA/Xw4AmF8OAPFfDgBKYA4Ao2AOAPxgDgBVYQ4AgG0OANltDgAybg4Ai24OAA5jAwC99QYAFvYGAG/2BgDI9gYAIfcGAHr3BgC/EQsAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAAQhDgCtKAAAI0wAAF/mAQDe7A0AGJcPAJTjDwA8dw4ARAoSAKVxEQAEIQ4AxxMRACAUEQCtBQ0ABgYNAAnXEgBi1xIAu9cSAMcTEQCmuQAAZ5sAAKUYEQCtKAAAPEwCANI2DACYJxEA8ScRAEooEQA8TAIA6EMNAEFEDQCaRA0A80QNAOtkAgCW0w8A79MPAC2BBADSNgwAltMPAO/TDwAtgQQA6EMNAEFEDQATGgAA0jYMAJgnEQDxJxEASigRAJgnEQDxJxEASigRAGebAADioQEAqggDAFbfCgA8TAIA15UAADCWAABXJgIAsCYCAAknAgBiJwIAuycCABQoAgBtKAIAxigCADB+DgCJfg4A4n4OADxMAgDXlQAAMJYAAO/gAABObgIAp24CAF/mAQDa1QgAPEwCANI2DACW0w8AAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEArSgAAAYpAADAmwAADvQAAD8/AwBnWAIAwFgCANrVCAA8TAIA6EMNAEFEDQCaRA0A80QNAOtkAgCW0w8A+U0CAFJOAgCrTgIABE8CADxMAgADmQgAV1EOAKa5AACmuQAAZ5sAAPMOAACFcwIA3nMCAACwEABZsBAA6EMNAEFEDQCaRA0A80QNAOtkAgCW0w8A+U0CAFJOAgCrTgIABE8CAF1PAgCW0w8AAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAhdcDAKWeDQBhGQAAhdcDAN7XAwAYlw8AlOMPADx3DgDEZAYAHWUGAHZlBgDPZQYAKGYGAIFmBgAGEQ4AXxEOAL5nCgClGBEAUeYHAKrmBwAt2QwA4qEBADuiAQADmQgAmM4QAPHOEAB3chAAgooKANuKCgADgwYAXIMGAFdRDgCmuQAAprkAAGebAABnmwAARAoSAKVxEQAEIQ4AI2ICAJ5bEgADgwYA66YIADxMAgAt2QwAGFYBAHFWAQCmBRAA/wUQAFgGEACxBhAACgcQAKUYEQCtKAAAPEwCANeVAAAwlgAAfBQDANUUAwAuFQMAhxUDAOAVAwA5FgMA6EMNAHVBAgA9nQIAvfUGAGebAADzDgAAPEwCAKUYEQCtKAAAPEwCANeVAAAwlgAAfBQDANUUAwAuFQMAhxUDAOAVAwA5FgMA6EMNAHVBAgA9nQIAYRkAALoZAAD3RggAZ5sAACNMAADmjAIAP40CAJiNAgCwGwEAgvoEAKUYEQAjYgIAaPcBAN2nBgBHhAcAI0wAADxMAgA9Fg4AlhYOAO8WDgBIFw4A6EMNAEFEDQATGgAABCEOAJeVAgDwlQIASZYCAKKWAgD7lgIAVJcCAK2XAgAeJgEAuNoIACNMAAB8TAAAFFMOANrVCAA8TAIAmWIPANrVCAA8TAIACEQMAPjlBwBR5gcAI0wAAL31BgD45QcAlpwKAMxcAwDXlQAAMJYAAO/gAABI4QAA8oUCAEqBEQD2AQEAPjwCAAhEDABhRAwApRgRAJacCgA8TAIABCEOAOBBBwAIRAwAYRkAALoZAAD3RggAZ5sAAAhEDABhRAwAqggDAAMJAwBcCQMAtQkDAK0FDQAGBg0AlKIBAPjlBwDNMRAAaKkCAIVzAgDioQEAtdwGAHxMAACWFwYAP/sMACNMAAB8TAAAwQ0EAABvAgBZbwIAsm8CAAtwAgBkcAIAlUwCAO5MAgCwcwkA8w4AAOhDDQCF1wMABCEOAN4NEQA3DhEAkA4RAOkOEQBCDxEAO6IBAGdYAgDSNgwAmCcRAPEnEQC9cAIAMY4AAGDeAQC53gEAEt8BAGvfAQDE3wEAHeABAGaLDgCtKAAABikAAMCbAADx2wEAYRkAAKa5AABnmwAA52wQAL5mEgAEIQ4AZP8PAL1vCgDXlQAAMY4AALBzCQAAbwIAWW8CAIZpEgDfaRIAhXESAN5xEgA3chIAkHISAOlyEgBCcxIAm3MSAKFmBQCtBQ0Aw2ANABxhDQDoQw0AQUQNAJpEDQDzRA0ACEQMACNMAACWFwYAP/sMAGebAAAIRAwArSgAABDvAQCwcwkA8w4AAPwfAAAIRAwAPW8OAJYXBgA/+wwAI0wAAHxMAADBDQQATEUNAO5MAgCwcwkA8w4AAKNAAwDMXAMAio4AAL1vCgDXlQAAMY4AALBzCQA2fAIAPEwCAKUYEQAjYgIAI0wAADGOAABhTw0AO6IBAGebAADa1QgAzFwDAIKKCgDbigoAAAAAANeVAADioQEAmNsBAPHbAQBK3AEAPEwCABiXDwBxlw8AypcPAMRkBgAdZQYA5Z8DAD6gAwCXoAMA8KADAEmhAwCioQMApRgRAK0oAAB0Gw4AzRsOACYcDgB/HA4A2BwOAEkPDgCiDw4ApRgRAJjbAQA8TAIA6EMNAGebAAAxjgAAyroCANI2DAArNwwA2tUIADxMAgClGBEArSgAADxMAgCtBQ0ABgYNAAX3EgCHpgAAJvAJAGebAADzDgAAPEwCAOhDDQBBRA0AmkQNAPNEDQDrZAIAltMPAO/TDwAtgQQABhEOAMUNDwAeDg8Adw4PANAODwApDw8Agg8PANsPDwA0EA8AjRAPAOYQDwA/EQ8AmBEPALBzCQCY2wEA8dsBAAODBgDrpggAwQ0EADxMAgDSNgwAltMPAO/TDwAtgQQAK9QCAAQhDgCqCAMAAwkDAGFPDQC6Tw0AMY4AACNiAgCeWxIAj3wCAD/7DACY+wwA8fsMAEr8DACj/AwA/PwMAFX9DACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEADmMDAL31BgAW9gYAb/YGANrVCAA8TAIApRgRAOy0CgAjTAAAPEwCAIVzAgDecwIAYU8NALXcBgC99QYAO6IBAGdYAgA8TAIAlUwCADEdDgCY2wEAPEwCAKUYEQBR5gcAquYHABs9CQB0PQkAzT0JACY+CQB/PgkAwJsAAA70AAA/PwMAOjkPAJM5DwDsOQ8ARToPAJ46DwD3Og8AUDsPAKk7DwACPA8AWzwPALQ8DwANPQ8AZj0PAL89DwAYPg8AcT4PAO1fAwDXwQQAMMIEAInCBADiwgQAO8MEAJTDBADtwwQARsQEAJ/EBAD4xAQAUcUEAKrFBAADxgQAXMYEALXGBADtXwMA18EEADDCBACJwgQA4sIEADvDBACUwwQA7cMEAEbEBACfxAQA+MQEAFHFBACqxQQAA8YEAFzGBAC1xgQAZ1gCAGdYAgCY2wEA8dsBAKJ+EABB4AsAl5UCAF/mAQBnmwAAwJsAAA70AAA/PwMAYRkAAIXXAwA7ogEAZ1gCADxMAgADmQgA/B8AABvZBwCZYg8AR4QHACNMAABf5gEA2tUIADxMAgAYlw8AcZcPAMqXDwCHpBAAA5kIAJjOEADxzhAAd3IQANByEABZAAAAtboLAA67CwAjTAAAAAAAAK0oAAAQ7wEAae8BAPpQAwCCigoA24oKAAODBgBg3gEATA8AAJacCgDMXAMAF3QDAHB0AwDJdAMAInUDAHt1AwDUdQMALXYDAIZ2AwDfdgMA7LQKACNMAABZAAAAh6YAACNMAAA8TAIAlUwCAJjbAQDjSgoAHiYBADxMAgADmQgAMOIPAIniDwDioQEAxGQGAP+5AACZYg8A8mIPAPjlBwCY2wEAD6kCAHGXDwDKlw8AXEoRAB+4DwB+7BAA1+wQADDtEACJ7RAAyroCAGebAADa1QgAPEwCABiXDwBxlw8AypcPAFxKEQAfuA8AfuwQANfsEAAw7RAAie0QAGebAAAxjgAAaKkCANrVCAA8TAIAGJcPAHGXDwDKlw8AXEoRAB+4DwB+7BAA1+wQADDtEACJ7RAAlUwCAO5MAgBHTQIAoE0CAGDGDwC5xg8AEscPAP5bDwBXXA8AsFwPAAldDwBiXQ8Au10PACOwAQCZYg8A8mIPADxMAgAYlw8AcZcPAMqXDwBcShEAH7gPAH7sEADX7BAAMO0QAIntEAB8sAEA7+AAADxMAgAYlw8AcZcPAMqXDwBcShEAH7gPAH7sEADX7BAAMO0QAIntEABoqQIA2tUIADxMAgAYlw8AcZcPAMqXDwBcShEAH7gPAH7sEADX7BAAMO0QAIntEADzDgAAPEwCAJVMAgDuTAIAR00CAKBNAgCCigoA24oKAPMOAACETQ4AI7ABACNMAAA8TAIAA5kIAFdRDgB+7BAA1+wQADDtEACJ7RAAAAAAAHR/DwA8TAIAlUwCAO5MAgBHTQIADdkNANI2DACYJxEA8ScRAEooEQCWnAoAZ5sAAAOZCAD8HwAAZ44PAMCODwAZjw8APEwCAKUYEQAYlw8AcZcPAEWTDwCekw8A95MPAFCUDwCplA8AApUPADxMAgClGBEAI7ABACOwAQCZYg8AR4QHACNMAAC99QYAO6IBAAsBAAC18RAA8w4AADxMAgCGUxAAzX8PACNMAADXlQAAWQAAAKa5AAD/uQAAOMUCAJHFAgDqxQIAHiYBAHcmAQB4lwwA0ZcMACqYDACDmAwAMY4AAMq6AgDa1QgAJvAJAO/gAABhGQAAprkAAP+5AAA4xQIAkcUCAOrFAgAjTAAAX+YBALjmAQBakg4As5IOAAyTDgBlkw4AvpMOABeUDgD8HwAA8w4AAAAAAAAAAAAA0xkCACwaAgDExw8AHcgPAPYBAQB+JA4AoWYFAKYQEQD/EBEAWBERAKBNAgAjTAAAMY4AALBzCQAAAAAAxGQGAB1lBgB2ZQYA6qIPAEOjDwCcow8A8w4AAEwPAAAjsAEAmWIPADZ8AgAjsAEAfLABAFm7EQA7ogEArSgAAO/gAABObgIAFF4PAFjDEQDAmwAADvQAAD8/AwDa1QgAyQMRACNiAgB8YgIAbYECAJYXBgCpMA4AAjEOAKoIAwADCQMAXAkDAPTkBADa1QgAM9YIAJOoEQC99QYA+OUHAJacCgA8TAIAhXMCAN5zAgAUXg8AuTUSABI2EgBrNhIABhEOABEzEQAiBBEAewQRANQEEQAtBREAhgURAN8FEQC99QYA+OUHAJacCgA8TAIAhXMCAN5zAgAUXg8AuTUSABI2EgBrNhIAA5kIAFdRDgDioQEAtdwGAF/mAQC45gEAzFwDABiXDwBxlw8AypcPAFxKEQAfuA8AeLgPANG4DwAquQ8AlUwCAO5MAgBHTQIAoE0CAGDGDwDNagUAJmsFAAatDAA/+wwAN7YIACbwCQDstAoAI0wAADxMAgAAAAAAyQMRAMCbAAAO9AAAZ/QAAAAAAAAAAAAAA5kIAFdRDgDioQEAtdwGAF/mAQC45gEAdGoFAExbDwClWw8Ah6QQAOEBCgA6AgoAAAAAAHbIDwAq0QEArSgAABDvAQBp7wEAoVADAMxcAwAAAAAA0jYMAJbTDwAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAYQEOALoBDgCCigoA24oKAGj3AQDdpwYAR4QHACNMAAC99QYA+OUHAJacCgA8TAIArQUNAAYGDQCnYwEApkgOAP9IDgBYSQ4AsUkOAApKDgBjSg4AvEoOABVLDgBuSw4Ax0sOAAQhDgDgQQcA6EMNAEFEDQD3RggA52wQAO2tAgBGrgIAn64CAPiuAgA8TAIA0jYMAJbTDwDv0w8ASNQPAA7dBgDEZAYAHWUGAIqZAQDjmQEAyGQRAB4mAQB1bQYAYU8NADuiAQCF1wMAO6IBAGdYAgA8TAIArQUNAAYGDQAt+g8AhvoPAEp2EACjdhAAg4MCAN/6DwChZgUAAAAAADxMAgDXlQAAMJYAAOYFDgA/Bg4AmAYOAPEGDgBKBw4AowcOAPwHDgBVCA4AmCcRAPEnEQBKKBEARAoSAKVxEQAjTAAA7+AAAGebAABnmwAAYRkAADxMAgAYlw8AcZcPAMqXDwBZAAAAsgAAAAsBAAChZgUALfoPAIb6DwChZgUAI0wAAIODAgDf+g8AoWYFAAAAAAA8TAIAGJcPAERjEgDioQEALYEEAIaBBADfgQQAcZcPAMqXDwA0Xg4AjV4OAOZeDgA/Xw4AmF8OAPFfDgBKYA4Ao2AOAPxgDgBVYQ4AgG0OANltDgAybg4Ai24OAORuDgAPqQIA6uUNANrVCABhGQAAKJMCAEqBEQBUrQQAT2YCAKhmAgD2AQEAPjwCAN6qBwDrFgMARBcDAJ0XAwCKjgAAmNsBAONKCgDzDgAA59IBADuiAQCF1wMALYEEAE9mAgBO5w0A2tUIADxMAgCtBQ0ABgYNACNMAABf5gEAuOYBABHnAQBR5gcAquYHABs9CQAjTAAA5owCAKUYEQCWnAoAPEwCAAOZCAD8HwAAZ44PAMCODwAZjw8AvXACADGOAACwcwkACXQJAGJ0CQDEZAYA6xYDAEQXAwCdFwMAI2ICADGOAACKjgAAI7ABADGOAAAPqQIA1Y0OAC6ODgCHjg4A4I4OADmPDgCSjw4AgooKAD/7DACN8AMA5vADAJU/EQDuPxEAR0ARAKBAEQD5QBEAUkERAAAAAAAAAAAA2tUIACNMAAA8TAIAxGQGAP+5AAA4xQIAkcUCAOrFAgB0fw8AvAkAAN6TDQA3lA0AkJQNAOmUDQC8CQAAI2ICAKVxEQCtKAAAMR0OAJjbAQDx2wEABCEOAHYWDwAJdAkAvAkAABUKAAA9Fg4AFFMOAG1TDgAxjgAArSgAACNMAABf5gEA3uwNADxMAgAEIQ4AdhYPAAl0CQC8CQAAFQoAAD0WDgAUUw4AbVMOANI2DAAxjgAAio4AAD8oCQC8CQAAFQoAAD0WDgAUUw4AbVMOANI2DAAxjgAAio4AAD8oCQC8CQAAFQoAAD0WDgAUUw4AbVMOAPTkBAA7ogEAy6cBADuiAQAe1wkAHxwRAHgcEQDRHBEAKh0RAAAAAACVTAIA7kwCAEdNAgDZKhAAMisQADxMAgAYlw8AcZcPAMqXDwCHpBAAD6kCAAAAAAA8TAIAGJcPAHGXDwDKlw8Ah6QQAAOZCABXUQ4A4qEBALXcBgBf5gEAuOYBAC3ZDACG2QwAUYwPAJVMAgDuTAIAR00CAMRkBgDrFgMAYToDAKa5AABnmwAAG9kHACOwAQCZYg8A2tUIADDiDwCJ4g8A4uIPADvjDwCU4w8A7eMPAAYRDgDWsRIAL7ISAPKFAgCXlQIAvfUGAPjlBwCWnAoAvXACAB4mAQDzDgAAGJcPAHGXDwDKlw8Ah6QQAC3ZDACG2QwAUYwPAJVMAgDuTAIAR00CAAOZCABXUQ4A4qEBALXcBgBf5gEAuOYBADZ8AgCb+Q4A9PkOAJVMAgDuTAIAR00CAKBNAgCYJxEA8ScRAEooEQCVTAIAmNsBAONKCgAeJgEATfoOAM0xEACtBQ0AZ1gCAGEZAAC6GQAAmNsBAPHbAQBK3AEAPEwCANeVAAAwlgAAS/8NAKT/DQD9/w0AVgAOAK8ADgAIAQ4Al8sPAHFJEADKSRAAI0oQAHR/DwBgeBAAZ44PAMCODwAZjw8APEwCAD0WDgAUUw4AbVMOAEWTDwCekw8A95MPAFCUDwCplA8AApUPADxMAgA9Fg4AFFMOAG1TDgAxjgAAio4AAD8oCQA8TAIAA5kIAPwfAABnjg8AwI4PABmPDwA8TAIAPRYOABRTDgBtUw4AGJcPAHGXDwBFkw8AnpMPAPeTDwBQlA8AqZQPAAKVDwA8TAIAPRYOABRTDgBtUw4AAAAAAFQ+AgAjTAAA15UAAJjbAQDx2wEA52wQAFkAAACyAAAAUrIDAKuyAwAEswMAXbMDANI2DACW0w8A+U0CAFJOAgCrTgIABE8CAF1PAgAOWAIAgooKAD/7DADEZAYAHWUGAHZlBgDoQw0AKJMCAIGTAgAAAAAA52wQAEBtEABDBxEAnAcRAPUHEQBOCBEADdkNAC3ZDACG2QwAUYwPAMxcAwBZCREAsgkRAAsKEQDMXAMAyroCACNMAABf5gEA2tUIAMxcAwA8TAIAPEwCADxMAgDMXAMAPEwCADxMAgBZAAAAHtcJANrVCAA8TAIAPEwCADxMAgAjCQIAfAkCAIKKCgDbigoAA4MGAGDeAQBMDwAAlpwKAMxcAwBZAAAAxyoLAJjbAQAjTAAAX+YBANrVCADMXAMAPEwCADxMAgBnWAIA4qEBAC2BBAAr1AIAX+YBAN7sDQDx2wEAStwBAMxcAwA8TAIA0jYMAJbTDwBjKBMAvCgTABUpEwBuKRMAxykTACAqEwB5KhMAPEwCANeVAAAwlgAAywsDALXcBgAO3QYAaPcBAJaFEABZAAAA4qEBALXcBgBf5gEA3uwNAKoIAwDioQEAO6IBAI3wAwAxjgAAyj4PAMSbCwAt2QwARAwCAJ0MAgCXlQIArSgAADEdDgCY2wEAHiYBADxMAgADmQgAV1EOAOKhAQC13AYAX+YBAD/7DACY+wwAPEwCAJVMAgCIAQoAIQEQAHoBEADTARAALAIQAIUCEADeAhAANwMQAAQhDgCtKAAAI0wAAF/mAQDe7A0A+ZkRAFKaEQCrmhEABJsRAF2bEQC2mxEAE6kNADxMAgCVTAIAMR0OAIodDgDjHQ4AA5kIADDiDwCJ4g8A4uIPADvjDwCYzhAA8c4QAHdyEADQchAAKXMQAAQhDgAjYgIAQVoPAJpaDwAjTAAAX+YBAFdRDgCmuQAAprkAAGebAADzDgAA59IBAK0oAADzexIA7kwCAEdNAgCgTQIA2XgPADJ5DwCLeQ8AMR0OAIodDgDjHQ4AA5kIADDiDwCJ4g8A4uIPADvjDwCYzhAA8c4QAHdyEADQchAAKXMQAAQhDgAjYgIAQVoPAJpaDwAjTAAAX+YBAFdRDgCmuQAAprkAAGebAADzDgAA59IBAK0oAADzexIA5HkPAD16DwCWeg8AYN4BADxMAgAAAAAAPEwCAJVMAgDuTAIAR00CAP73DQBX+A0AAAAAAIKKCgA/+wwAmPsMAMxcAwDSNgwAG9kHAHTZBwBKgREAVK0EAPwfAADa1QgAzFwDAOKhAQA7ogEArSgAADEdDgA/PwMAoVADAPpQAwAYlw8AcZcPAMqXDwCHpBAA4KQQAHqzEADTsxAALLQQAOIECwA7BQsAlAULAP73DQBX+A0A0jYMAJgnEQDxJxEASigRAO0FCwBgxg8AzWoFACZrBQBQGgwAltMPAGMoEwC8KBMAFSkTAG4pEwAt2QwARAwCAJliDwDyYg8AYN4BAPwfAACCigoA24oKADSLCgCujwIA52wQACMJAgB8CQIAKtEBAJWkCgBO5w0AG9kHAE5uAgAUXg8AuTUSABI2EgBrNhIAoVADAPpQAwAYlw8AcZcPAMqXDwCHpBAA4KQQAHqzEADTsxAALLQQACvUAgCE1AIAxxMRANrVCAAz1ggAyroCANrVCAC9cAIA+OUHAOy0CgBnmwAAwJsAAA70AAA/PwMADv8BAGf/AQBEDAIAmWIPACNMAABf5gEAGJcPADGOAABg3gEALfoPAOKhAQD85wIA2tUIADxMAgCVTAIA7kwCAEdNAgCgTQIAA5kIAFdRDgCmuQAAprkAAGebAADzDgAA59IBAK0oAADzexIAHsAPAHfADwDQwA8AKcEPAILBDwDnbBAAQG0QAJltEACYzhAA2dwQADLdEACL3RAA5N0QADTCDwCNwg8A5sIPADxMAgA8TAIAPEwCAAYRDgBfEQ4AYg8QAGEZAACwGwEAnlARADxMAgDSNgwAltMPAO/TDwBI1A8ADt0GAAOZCABXUQ4AprkAAKa5AABnmwAA8w4AAOfSAQCtKAAA83sSAEx8EgClfBIAwQ0EAMxcAwDMXAMAHiYBAB4mAQB1bQYAyroCAMENBAA8TAIAVD4CAK0+AgAGPwIAXz8CALg/AgARQAIAYRkAAGebAAAjTAAAEt8BANrVCAA8TAIAGJcPAHGXDwDKlw8Ah6QQAO5MAgBHTQIAoE0CAAOZCABXUQ4AprkAAKa5AABnmwAA8w4AAOfSAQCtKAAA83sSAIVzAgDecwIAALAQAGebAADAmwAA8dsBABiXDwBxlw8AypcPAKa5AAAxmQEADv8BAGf/AQBEDAIAmWIPACNMAAAYlw8AcZcPAMqXDwAEIQ4A3g0RADcOEQCQDhEA6Q4RAEIPEQCbDxEA9A8RAMxcAwAAAAAAAAAAAOKhAQAtgQQALfoPAGebAABZAAAAGFYBAPHbAQBY0AIA6xYDAJeVAgBf5gEAprkAAAAAAAC+ZhIAlUwCAO5MAgBHTQIAoE0CABvwAQCnbBIAMOIPAIniDwDi4g8AO+MPADxMAgAYlw8AcZcPAMqXDwCHpBAA4KQQAK0FDQAGBg0AYN4BALneAQAS3wEAa98BAMTfAQAd4AEA8w4AAABvAgCVTAIA7kwCAEdNAgD+9w0AV/gNANI2DACYJxEA8ScRAEooEQBhGQAAPEwCANI2DACYJxEA8ScRAEooEQClGBEAhGQIAN1kCAA2ZQgAj2UIAOhlCABBZggAmmYIAPjlBwAjTAAAfEwAANVMAABQGwQAPEwCANI2DACYJxEA8ScRAEooEQBhGQAA2tUIAGVnCgA7ogEAZ1gCAMxcAwDzDgAAWQAAAB7XCQBHhAcANnwCAI98AgAjYgIA0jYMAJbTDwATIxEAbCMRAMUjEQAeJBEA8w4AADGOAAC5bgcAWQAAAEQMAgBEChIAQVoPAJpaDwDzWg8ArXQPACOwAQCZYg8A8mIPAEtjDwDAmwAADvQAAD8/AwBEmw8AAAAAAABvAgAAbwIAU7UEAKy1BAAFtgQAXrYEADxMAgA8TAIApRgRAK0oAAA8TAIAGJcPAHGXDwDKlw8A2tUIAGVnCgBb4w4AtOMOAHR/DwDNfw8AI7ABAJliDwDyYg8AJvAJAEeDDwCggw8AdH8PAM1/DwDJAxEA8w4AAPwfAAAb2QcAmWIPAEeEBwAjTAAAX+YBAFQ+AgCtKAAAEO8BAGnvAQDC7wEAWQAAALIAAAALAQAAtfEQAFkAAACQdAIA6XQCAEJ1AgCbdQIA9HUCAE12AgD45QcA7LQKACNMAACmuQAAMZkBAA7/AQC42ggA8w4AADZ8AgBYwxEAscMRAKZIDgDe7A0ADvQAAD/7DABZAAAAI0wAAF/mAQAjYgIAQVoPADGOAADKugIA2tUIAGVnCgA7ogEAjfADAObwAwCVPxEA7j8RAEdAEQCgQBEAg4MCAFHmBwBZAAAA4qEBADuiAQBnWAIAPEwCAAQhDgCtKAAAI0wAAF/mAQDe7A0AxrcPAPwfAADzDgAA59IBAMunAQD45QcAlpwKADxMAgADmQgAmM4QAPHOEAB3chAA0HIQAPMOAAA8TAIAAG8CAABvAgA8TAIAI0wAAF/mAQC45gEAEecBAAYRDgBfEQ4AYg8QALsPEAAUEBAAbRAQAMYQEAAfERAATEUNAIgBCgAhARAAegEQANMBEAAsAhAAPEwCAEQKEgClcREArSgAADEdDgCY2wEA8dsBAK0FDQC13AYA8w4AADxMAgAt2QwAhtkMAMq6AgDx2wEAYRkAACNMAAA8TAIABCEOAMcTEQDa1QgAPEwCAIVzAgDecwIAALAQAFmwEADEZAYA6xYDAGE6AwCmuQAAZ5sAABvZBwAjsAEAmWIPANrVCAAjTAAA5owCAD+NAgCYjQIAFf0OABX9DgCwGwEAZ5sAAMCbAAAO9AAAvXACABZxAgBvcQIAyHECACFyAgC9cAIArSgAABDvAQBp7wEALDoNAIU6DQAOYwMAMa4LAMqXDwCdmw8A7kwCAEdNAgCgTQIA0jYMAJbTDwAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQBW3woAr98KABOpDQDLpwEA+OUHAJacCgBnmwAAMY4AAMcTEQCmuQAAmNsBAPHbAQADgwYAl5UCAL31BgD45QcAlpwKAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAVXkAAJeVAgC99QYALYEEAK0oAACIAQoAZ5sAANrVCADa1QgAyQMRACIEEQAe1wkAHxwRAHgcEQDJAxEAYRkAAKa5AADBDQQAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQBZAAAAWQAAAEQMAgD05AQAprkAAOsWAwCXlQIAvfUGAPjlBwCWnAoAprkAADGZAQC61gEA+ZkRAF/mAQCnYwEAVF4NAK1eDQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAYRkAALoZAAD3RggAI0wAAJYXBgCpMA4AW7gCAPMOAADLpwEAZ5sAAGEZAAAjTAAAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQD7UwQAVFQEAEECBwCaAgcA8wIHAEwDBwClAwcA/gMHAFcEBwCwBAcAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQBf5gEAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBACNMAAAxjgAAYU8NADuiAQBnmwAAwJsAACOwAQAxjgAAmNAAADCWAABL/w0APygJAJgoCQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEA9OQEADuiAQCF1wMAtdwGAL31BgAxjgAAsHMJAPTkBADtrQIAMY4AAJeVAgC99QYA+OUHAJacCgBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAJeVAgAxjgAAMY4AAIqOAADjjgAAPI8AAJWPAADujwAAmNsBAPHbAQDzDgAATA8AAOy0CgCY2wEAprkAAGebAACtKAAAEO8BAGnvAQAsOg0AhToNAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAZ1gCAMSbCwAdnAsAaPcBANrVCAAjYgIAprkAAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEA+1MEAFRUBABBAgcAmgIHAPMCBwBMAwcApQMHAP4DBwBXBAcAsAQHAOKhAQD85wIAVegCAK7oAgAH6QIAYOkCALnpAgDzDgAAK9QCAITUAgCXlQIAX+YBAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAJcODgDwDg4AZ5sAAKdjAQBjKBMAvCgTABUpEwBuKRMAxykTACAqEwB5KhMAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAlw4OAPAODgCmuQAAMZkBAA7/AQBn/wEARAwCAJliDwAjTAAAvfUGAPjlBwCWnAoAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAlw4OAPAODgC99QYAFvYGAG/2BgDI9gYAIfcGAHr3BgDT9wYAEWsOAGprDgDDaw4AHGwOAHVsDgDObA4AJ20OABZmAQCXDg4A8A4OANeVAAAwlgAAS/8NAD8oCQCYKAkA8SgJAEopCQCjKQkA/CkJAGVnCgD45QcAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAlw4OAPAODgDzDgAATYwEAKaMBACZYg8Ap2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBABZmAQCXDg4A8A4OAFStBACtrQQABq4EAF+uBAC4rgQAEa8EAGqvBADDrwQAHLAEAHWwBADOsAQAFmYBAJcODgDwDg4ArSgAACOwAQDBDQQA7+AAAE5uAgDBDQQA8w4AAE2MBACmjAQAmWIPAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAlw4OAPAODgAAAAAAPEwCAAAAAAA8TAIAlUwCAO5MAgBHTQIAoE0CAABvAgBZbwIABasDAF6rAwC3qwMAEKwDAK0FDQAGBg0AcfsQAMr7EAAj/BAAfPwQANX8EAAu/RAAh/0QAABvAgBZbwIAA5kIADDiDwCJ4g8A4uIPADvjDwCTTxEApRgRAJjbAQA8TAIAgooKAL4CEQAXAxEAcAMRADxMAgAYlw8AcZcPAMqXDwCHpBAAGJcPAERjEgDVTAAAUBsEAKkbBABQ+BAAW/kQALT5EAAN+hAArQUNAMNgDQDn0gEAhE0OAGebAADzDgAAA5kIAEwPAAAeJgEAuNoIABiXDwBxlw8AypcPAIekEADgpBAAhXMCAGebAADAmwAA8dsBAAOZCAAw4g8AieIPAOLiDwA74w8AI2ICAMENBAA8TAIAA5kIAPwfAAAjYgIAMY4AAGDeAQAr1AIAvfUGADGOAADHExEAIBQRAEQKEgClcREAwJsAAGdYAgAeJgEAdW0GAMcTEQBhGQAAPEwCAAQhDgDHExEA2tUIADxMAgDEZAYAHWUGAHZlBgD4lhAAlhcGAO8XBgAjYgIAfGICANViAgCDgwIAmNsBABOpDQCFcwIA3nMCABReDwC5NRIAEjYSAOBBBwAt2QwAGFYBAHFWAQCqCAMA4qEBANrVCADJAxEAwJsAADxMAgADmQgAWQAAAB7XCQBHhAcA4qEBAGaLDgCIAQoAZ5sAANrVCAA8TAIAlUwCADEdDgCY2wEA0jYMAJgnEQDxJxEASigRAIVzAgDecwIAFF4PALk1EgASNhIAcZcPAMqXDwDEZAYA6xYDAGDeAQD8HwAAqe0PALW6CwAOuwsAh6YAADCWAADLCwMAtdwGAAAAAACtKAAAmNsBAPKFAgC5bgcAuNoIAO/gAAD45QcAmNsBAA+pAgAAAAAAZ5sAAMCbAAAO9AAAPz8DACNMAABf5gEAuOYBABHnAQCmuQAA6xYDAGDeAQD8HwAA7+AAAE5uAgAUXg8AuTUSABI2EgBrNhIAI0wAAF/mAQC45gEAEecBAKa5AADrFgMAYN4BAPwfAACF1wMAO6IBAGdYAgA8TAIAGJcPAHGXDwDKlw8AxGQGAOsWAwBg3gEA/B8AAKntDwC1ugsADrsLAIemAAAwlgAAywsDALXcBgAAAAAArSgAAJjbAQDyhQIAuW4HALjaCADv4AAA+OUHAJjbAQAPqQIAAAAAAGebAADAmwAADvQAAD8/AwAjTAAAX+YBALjmAQAR5wEAprkAAOsWAwBg3gEA/B8AAO/gAABObgIAFF4PALk1EgASNhIAazYSACNMAABf5gEAuOYBABHnAQCmuQAA6xYDAGDeAQD8HwAAxqENAB+iDQB4og0A0aINACqjDQCDow0A3KMNAABvAgBZbwIAxqENAB+iDQDSNgwAmCcRAPEnEQBKKBEAAG8CAIKKCgDbigoAgXsQANp7EAAzfBAAjHwQADxMAgCFcwIASOEAAH17BQDWewUAI0wAAF/mAQBhGQAAPEwCABiXDwCU4w8A8w4AAEwPAACWnAoAPEwCAIKKCgDbigoAgXsQANp7EAAzfBAAjHwQADxMAgCFcwIASOEAAH17BQDWewUAI0wAAF/mAQBhGQAAPEwCABiXDwCU4w8AI7ABAHywAQAjYgIAPEwCAIKKCgDbigoAgXsQANp7EAAzfBAAjHwQADxMAgCFcwIASOEAAH17BQDWewUAI0wAAF/mAQBhGQAAPEwCABiXDwCU4w8AzFwDAHxMAACoZBIAAWUSAFplEgCY2wEA40oKAO/gAABObgIAI2ICAJ5bEgA8TAIA0jYMAJbTDwD5TQIAUk4CAKtOAgAETwIAXU8CAAAAAAA8TAIAgooKANuKCgBY0AIAO38OAJR/DgDtfw4ARoAOAAOZCAA4+w8AkfsPAOr7DwBD/A8AnPwPAPX8DwADmQgAOPsPAJH7DwDq+w8AQ/wPAJz8DwD1/A8A0jYMAJbTDwD5TQIAUk4CAKtOAgAETwIAXU8CAOdsEAC+ZhIABCEOAGT/DwC9bwoA15UAADGOAAAEIQ4AZP8PAL1vCgDXlQAAMY4AALBzCQA8TAIA52wQAL5mEgAXZxIAcGcSAMlnEgAiaBIAe2gSANRoEgAtaRIA15UAACOwAQAjsAEAPEwCAAYRDgBfEQ4AuBEOABESDgC+AhEAO6IBAGdYAgA8TAIArQUNALXcBgBf5gEAxuQLAPMOAACtKAAAI0wAADxMAgDEZAYAHWUGAHZlBgD4lhAAUZcQAKqXEAADmBAAZ1gCAJWkCgDupAoAPEwCAMRkBgAdZQYAdmUGAPiWEABRlxAAqpcQAAOYEACY0AAA8w4AAPwfAADa1QgAPEwCAEQKEgCdChIAzFwDACMJAgAXZxIAKzcMANrVCAA8TAIApRgRAK0oAAA8TAIArQUNAAYGDQBhGQAAZ5sAAMCbAAA8TAIA0jYMAJbTDwAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAA5kIAJjOEADxzhAA3dQCADbVAgA8TAIAGJcPAJYXBgCpMA4AAjEOAFsxDgDnbBAAQG0QAOdsEABAbRAAmW0QAPJtEADEZAYA6xYDACmJEgCCiRIA24kSADSKEgCNihIA5ooSAD+LEgCYixIA52wQAEBtEAAEIQ4AI2ICAEFaDwCqCAMAVt8KANI2DACW0w8AAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAIVzAgDecwIAALAQAFmwEAAYlw8ARGMSANVMAAAtKAQAXxEOAJjbAQDx2wEAWNACACNMAAA8TAIAxGQGAOsWAwApiRIAgokSANuJEgClGBEArSgAADxMAgAYlw8ARGMSANVMAACVTAIAMR0OACOwAQAjsAEAfLABAO/gAADioQEAO6IBAGdYAgA8TAIA0jYMAJbTDwAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQDXlQAAmNsBAL4CEQA7ogEAZ1gCADxMAgA9Fg4AlhYOAMcTEQDa1QgAI7ABAPTkBAA7ogEAZ1gCADxMAgClGBEArSgAADxMAgAYlw8ARGMSANVMAAAFnhIAXp4SALeeEgAQnxIAaZ8SAMKfEgAboBIAdKASAM2gEgAmoRIAf6ESANihEgAxohIAAG8CAFlvAgDr/hAAxxMRALoZAABFUgEAfEwAANVMAABQGwQAPEwCANI2DACW0w8AAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAKUYEQCEZAgA3WQIADZlCACPZQgA6GUIAEFmCACaZggAsFEOAAlSDgBiUg4Au1IOAGrnAQAAAAAAAAAAAAAAAAA8TAIA6EMNAAX3EgBe9xIAt/cSAK0FDQAGBg0ACdcSAGLXEgC71xIAFNgSAG3YEgAEIQ4A66YIANrVCADBDQQAMY4AAMq6AgBhGQAAPEwCAAQhDgDrpggA2tUIAC3ZDABhGQAABfcSAF73EgC39xIArQUNAAYGDQAJ1xIAYtcSALvXEgAU2BIAbdgSAAQhDgDrpggA2tUIAPMOAAAr1AIAhNQCALBzCQAJdAkAZ1gCAMSbCwAeJgEAPEwCAK0FDQAGBg0ACdcSAGLXEgC71xIAFNgSAG3YEgBEChIAfGICAPp8BwB8FAMAI7ABAJliDwCtBQ0ABgYNAAnXEgBi1xIAu9cSABTYEgDAWAIAPEwCAGdYAgDEmwsAHZwLAOhDDQAF9xIAXvcSALf3EgCtBQ0ABgYNAAnXEgBi1xIAu9cSABTYEgBt2BIAWQAAABhWAQBxVgEAqggDAOKhAQDa1QgAyQMRAMCbAAATqQ0AK9QCAJYXBgCpMA4Al5UCAF/mAQBnWAIAwQ0EAMxcAwBTtQQArLUEAAW2BABetgQAhXMCAOKhAQC13AYAfEwAADxMAgDSNgwAltMPAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAABvAgBZbwIAGJcPAJTjDwA8dw4AgooKANuKCgDAmwAAP/sMAJj7DAA8TAIALdkMAIbZDABRjA8AWQAAAB4mAQA8TAIA0jYMAJgnEQDxJxEAAAAAAEooEQB20xAAdMMFAHVtBgDHExEA2tUIADxMAgCVTAIA7kwCAEdNAgCgTQIAhXMCAOKhAQC13AYAfEwAADxMAgDSNgwAltMPAO/TDwBI1A8ADt0GAMRkBgAdZQYAipkBANsEDgA0BQ4ANAUOAJ/kDwAq0QEAqL4KAAG/CgBavwoACrkQAGO5EABZAAAAGFYBAHFWAQCFRQ4A3kUOADdGDgCQRg4AG+MQAMRkBgAdZQYAdtMQAM/TEAAo1BAAgdQQANrUEAAz1RAA9OQEAGaLDgC/iw4AR4QHAMENBACmuQAA/7kAAHeqDQDQqg0AKasNACw6DQCFOg0AZ5sAAMCbAAAO9AAAPz8DAGdYAgDAWAIAMY4AAERjEgDVTAAAUBsEAKkbBAAEIQ4AXSEOALYhDgAYlw8AcZcPAMqXDwCdmw8A7kwCAEdNAgD+9w0AV/gNAJTjDwA8dw4AA5kIAPwfAABnmwAAGJcPAERjEgDVTAAAlUwCAPN7EgBMfBIApXwSAP58EgADmQgAmM4QAPHOEADd1AIANtUCADxMAgAYlw8AlhcGAKkwDgACMQ4AgooKANuKCgDnbBAAmNsBAD/7DACY+wwAPEwCAB4mAQB1bQYAqggDAFbfCgAxHQ4AmNsBADxMAgAeJgEAdyYBAJjbAQDx2wEArQUNAAYGDQCtKAAAMR0OAJjbAQAeJgEAdW0GAJeVAgC99QYA+OUHAGebAABHhAcAvFYHACNMAAC99QYA+OUHAJacCgA8TAIAlUwCAO5MAgBHTQIAoE0CAJVMAgAxHQ4AmNsBADxMAgAYlw8AMY4AAGDeAQBEYxIA1UwAAFAbBACpGwQAUPgQAFv5EAC0+RAADfoQAJVMAgDuTAIAR00CANkqEAAyKxAAPEwCABiXDwBxlw8AypcPAE09DQCmPQ0A/z0NAFg+DQCxPg0ACj8NAGM/DQC8Pw0ARHsEAJ17BAB20xAAz9MQABFLAwBqSwMAmWIPALneAQA7XRMAlF0TAB/vFAAzGA8AwQ0EAEDTAQCClBMAzgcVANrVCAADQQAA7V0TAEZeEwCClBMArj8TAOtOAAD9pRUAzgcVANrVCADOBxUAzgcVANrVCACClBMATOsUAM4HFQD9pRUAZ1gCAFUgAACwGwEA/aUVALAbAQDyjhMA8o4TANrVCADJAxEAYCEAALAbAQBK0QAAStwBAB46EwAeOhMAzgcVAErcAQDOBxUAZ44PAARYEwBdWBMAJ/0TADtdEwCUXRMAjE8UAP2lFQC8CQAAgpQTAARYEwBdWBMAsBsBAH9TEwBnxRQAwMUUACW0EwBnWAIA8o4TAMWSEwAekxMAO10TAJRdEwAoThQAHiYBAL5mEgDyjhMAflsTAPKOEwCWnAoA0zgVACf9EwCClBMAL28UAM4HFQC8CQAAvAkAADh1EwCRdRMA6nUTAP2lFQDzDgAA7GUTAEVmEwDsZRMARWYTAGbCEwD9pRUAPHcOAKFQAwDa1QgAPygJANrVCAA4dRMAkXUTAGgWFQCwGwEAOHUTAJF1EwBoFhUAVSAAADtdEwCUXRMA2pMCADxMAgDDYA0AgpQTAMxcAwA8dw4APHcOADxMAgAjTAAA8o4TANZjEwAZYhMAduABAFamFQBWphUAGWITAFBnEwCpZxMAAmgTALpPDQBsUA0AgpQTAP2GAgDsZRMARWYTAPKOEwAZYhMAcmITAOxlEwBhnBQA7GUTAGGcFAAavhQA8o4TACF7EwA8TAIATOsUAD0KFQD6CxUAQ3YTADxMAgBHbBUAoGwVAPQPEQBDdhMAnHYTAH9TEwBDdhMApZ4NADxMAgA4dRMAkXUTADh1EwCRdRMAOHUTAJF1EwCeZhMAJ/0TAFJtFQCrbRUANnwCABliEwB/UxMA7GUTAEVmEwA2fAIA2tUIADxMAgD9pRUAPEwCAEdsFQCgbBUAWnATAPh0FQCClBMAzFwDAIKUEwChZgUAoWYFAKFmBQDMXAMAsHMJAKVxEQBbtwoApXERAAOYEAADmBAAI0wAAH2FDgBdvBQAkH0TAPYBAQDzDgAA8w4AAFiAEwBaZRIA9gEBAF+sFADzDgAAWmUSAPKOEwDyjhMA8o4TAPKOEwDyjhMAf1MTAH9TEwDyjhMA8o4TAPKOEwDyjhMA8o4TAPKOEwB/UxMAf1MTAH9TEwDyjhMA8o4TAPKOEwB/UxMAf1MTAJqGEwB/UxMAf1MTAPKOEwDyjhMA8o4TADxMAgA8TAIAAiUVALwJAAACJRUAvAkAAHiLEwCAxg4APEwCAP2lFQCY2wEAqL4KADxMAgDzDgAA8w4AAPKOEwDyjhMAI7ABAPh0FQA4dRMAkXUTAMxcAwCClBMA/aUVAPMOAABhkRMAPEwCAJIWAwD8HwAAwQ0EAJWkCgBhGQAA2tUIANg+CQDa1QgAYu0UALwJAAAn/RMArj8TAEN2EwCcdhMAoqEDADh1EwCRdRMAaBYVAA7dBgD9pRUAPEwCADxMAgBDdhMAnHYTABxhDQCClBMAE/YUAPh0FQDzDgAADbkCAO/gAADv4AAA7+AAAP2lFQDv4AAAa5ECAEqBEQD9pRUADbkCAP2lFQD4rgIAEQYVAELiFACb4hQAl54TAP2lFQDMcBUAJXEVAAdCAwCwGwEA/aUVAHrJEgC8CQAA/aUVAFkAAABhGQAAyQMRAK4/EwDBDQQA3JcUAFkAAAARBhUAvAkAAP2lFQAvbxQAvAkAAIKUEwC8CQAAvAkAALhTFACClBMArj8TACvUAgDBDQQA2KwTAHuABADZWAQAwqoTAONhBABWphUA66YIAH9TEwBnxRQAwMUUAKTzFAC4VQQAOHUTAJF1EwBoFhUAv8ITAH9TEwD9pRUA5WcGAK1UBACi+BMAf1MTAPKOEwDyjhMAOHUTAJF1EwDyjhMAxZITAB6TEwBMDwAAgpQTADoCCgCZYg8AgpQTAB6eFAAenhQAgpQTADrJFACkjxMAdqgEADxMAgCClBMAMLUTAErcAQD9pRUAPEwCADxMAgA8TAIAVqYVADxMAgCuPxMA/aUVADxMAgCClBMA+HQVAMWSEwAekxMAxVANANpmBgB7fhQACEQMAHR/DwD9pRUAevcGAP2lFQC/EQsAWNkTAGAhAACClBMAMLUTAIm1EwDjXxQA/aUVACvUAgCZYg8AgpQTAEzrFAD2AQEAe34UAKL4EwCDmAwAY7sAACNiAgA8TAIAf1MTAGfFFADAxRQAOHUTAH6/FAB0fw8A5U8UAK4/EwDzDgAAsBsBAALBEwC5SxQAEkwUAONfFAAjTAAAf1MTAGfFFADAxRQApPMUAP3zFADjXxQAI0wAAONfFAAjTAAAgEsTAN/NEwD9pRUAPEwCAP2lFQA8TAIAgpQTAEzrFAAn/RMAgpQTAMGyEwAasxMAc7MTAMVEFAA8TAIADmETAIKUEwDyjhMAxZITAB6TEwDH2xMA4I8GAK4/EwDTOBUAHGENAFamFQDyjhMAVqYVAPKOEwDAYRMAzFwDAAjqEwBh6hMAuuoTAMGyEwAasxMAc7MTAMyzEwApRhQACOoTAGHqEwC66hMAgEsTAFvZBQB/UxMAZ8UUAMDFFACk8xQA/fMUAFvCCwD9pRUAK9QCAP2lFQB7fhQArj8TAKFmBQCtVAQAX+YBAPKOEwDFkhMAHpMTADxgFABgIQAAf1MTAGfFFADAxRQA/aUVAMxcAwCk8xQA/fMUAHaRCgDjXxQAI0wAAEvoEwCk6BMA/egTAFb0FAB69wYAS+gTAPKOEwCo0xQAf1MTAFamFQDyjhMAxZITAFamFQCZYg8APEwCAPh0FQDFkhMAHpMTAMVnBwCClBMATOsUAP2lFQA8Hg4AgpQTAP2lFQAbJwcA5/EUAH9TEwBWphUA7GUTAEVmEwDa1QgASVEUAAjqEwBh6hMAuuoTAPh0FQDFkhMAHpMTANisEwAr1AIAmWIPAOfxFAD9pRUAmWIPADxMAgBsnRQA2tUIAKoIAwDn8RQAQPIUAJnyFACASxMAsBsBAIKUEwD9pRUAlOMPAK4/EwATqQ0Af1MTAOfxFAB/UxMA5/EUAPKOEwBWphUAVqYVAFamFQDyjhMAxZITAB6TEwDBshMAGrMTAHOzEwD3cRQAVvQUAK/0FAB7fhQAYCEAAMyzEwAYwxMA5/EUAEDyFACZ8hQA8vIUAPh0FQCkjxMAP6wVANa8EwAvvRMAP6wVAEvoEwDn8RQAf1MTAGfFFADAxRQAf1MTAGfFFADAxRQA/aUVAJ7KFADe7A0A/aUVAJliDwD9pRUAJJwIAK4/EwA8TAIAStwBALAbAQCClBMAOskUAKSPEwC85RQAAAAAANrVCAAAAAAAr6YVAIKUEwA6yRQApI8TALzlFAAAAAAA2tUIAAAAAAD9pRUA/aUVAB/vFAD9pRUAH+8UAP2lFQAf7xQAr6YVAP2lFQAenhQAVqYVAPKOEwDyjhMAxZITAB6TEwCClBMApZ4NAEzrFAA8dw4Af1MTAGfFFADAxRQAPaYTAP2lFQARBhUAI0wAABBcFAB+vxQA66YIAIjIFADhyBQAaBYVAMENBADn8RQAQPIUAJnyFACClBMAgpQTAPKOEwDFkhMAHpMTAJsbCgAAAAAA9SgUAE4pFACnKRQA2D4JAKjTFAAB1BQAWtQUAP2lFQCASxMA3uwNAA4KAwCZYg8AgpQTAP2lFQDclxQAeSsLAIBLEwD9pRUAlpwKACf9EwA4dRMAkXUTAOxlEwBFZhMAf1MTAGfFFADAxRQAjfADAIKUEwD9pRUAVFQEAPKOEwDyjhMAxZITAB6TEwDa1QgAYCEAAPKOEwDMvhQA8o4TAMWSEwAekxMAWoYVAAAAAAB/UxMAZ8UUAMDFFACClBMAMLUTAIm1EwCuPxMAgpQTAKClCgB7fhQArj8TANAmAQAAAAAA/aUVAHt+FACuPxMA0CYBAOg3FAB/UxMAZ8UUAMDFFAA6yRQApI8TAP2lFQCClBMA8o4TAMWSEwAekxMA/aUVAMENBACRgBQAPEwCAAhDFADyjhMA9gEBAOkaCgAjTAAAE/YUAMENBABK3AEA/aUVAMCbAAAenhQAjfADAEOMFQBnxRQAwMUUAKTzFAD98xQASfgTADxMAgA8TAIAgpQTAGgWFQBRdRUAsBsBACf9EwA8TAIAKE4UALXcBgAwtRMAibUTAEn4EwA7ogEA6DcUAEE4FACaOBQA2tUIAAAAAAAAAAAAAAAAAP2lFQB7fhQAAAAAAAAAAAAAAAAAKE4UAIBWFAAjTAAAPEwCALAbAQD9pRUAEQYVAHt+FADa1QgA8o4TAKL4EwCi+BMA8o4TAKSPEwChUAMA0zgVAPh0FQCkjxMAoWYFAH9TEwDYUxMAoWYFAGebAAAjTAAARKcIAP2lFQAxjgAARKcIAFamFQC3WxQASfgTADh1EwCRdRMAnmYTADC1EwCJtRMAOHUTAJF1EwCeZhMAMLUTAIm1EwAjTAAAI0wAAFjZEwAq0QEAqNMUAAHUFABa1BQA418UAP2lFQDBDQQA8o4TAP2lFQBUVAQA8o4TAMWSEwAekxMAzGUUACVmFAChZgUAoWYFAP2lFQBUVAQAVFQEANpmBgBsnRQArj8TAAAAAAD9pRUA/aUVAGebAAAq8BQAPEwCAIKUEwBUVAQAnsoUADxMAgCi+QsAZ1gCALRzFAANdBQAWQAAAFkAAAB69wYAgpQTADxMAgD9pRUA/aUVAGEZAAB/UxMAZ8UUAMDFFADP9BMAPB4OALhVBADyjhMAxZITAB6TEwDnbBAAOHUTAH6/FAC6nBQAL28UAJacCgAvbxQAL28UANrVCABhGQAAOHUTAH6/FACRdRMAf1MTAIKUEwAvbxQAiG8UAOFvFADTOBUAqHoUAPjCFADyjhMAVFQEAIKUEwBwwQoAvcgKAAAAAAB1VRQAzlUUAAAAAAAAAAAAhNMKAGdhEwA8Hg4AgpQTAP2lFQD9pRUAHp4UACNMAACClBMA/aUVAL5mEgCClBMAsBsBADxMAgCClBMAUMsUAGEZAAACwRMA0zgVACf9EwD9pRUA/aUVAP2lFQBhGQAAYRkAAGEZAAAn/RMA/aUVAP2lFQBhGQAAYRkAAGEZAABhGQAAYRkAAPKOEwDFkhMAHpMTAP2lFQA8TAIA/aUVADxMAgD9pRUAsBsBAJqRFACwGwEAPEwCAP2lFQC8CQAAmpEUALwJAACeyhQAA1USAJqRFADMXAMAAAAAAMENBABMkhQAwQ0EAP2lFQCeyhQArbYVAIKUEwCtthUA/aUVAK22FQDyjhMAxZITAB6TEwD9pRUAQwcRALAbAQCuPxMA8w4AAPMOAACuPxMAmWIPAJ7KFADMXAMA/aUVAMxcAwB/UxMAZ8UUAMDFFADyjhMAxZITAB6TEwA8TAIA8dsBAP2lFQA8TAIA/aUVAIKUEwDUfhQAPEwCALAbAQCClBMA/aUVAMENBAA8TAIAStwBADSgFACwGwEAr98KANM4FQCClBMA2tUIALwJAAD9pRUAmpEUAAAAAADsZRMAYZwUABq+FADTLgwA7GUTAEVmEwDTLgwAu5QUANMuDADTLgwA8o4TAMy+FADTLgwAX+YBADh1EwB+vxQAVk0VALwJAAA8TAIA7GUTAEVmEwBmwhMAvmYSAPKOEwDFkhMAHpMTAJj6FACClBMASGQVAEzrFADvYxUAgpQTAIKUEwBfrBQAuKwUABGtFABfrBQAuKwUABGtFABqrRQAw60UAF+sFAC4rBQAEa0UAGqtFADDrRQATOsUAPKOEwDFkhMAHpMTAJj6FACClBMASGQVAEzrFADvYxUAgpQTAP9IDgCClBMAI0wAAKoIAwAjTAAA+HQVAMWSEwAekxMAgpQTAFK7FADa1QgAwQ0EAJBGDgDMXAMADC4VAH6/FAAb8AEAPEwCAPMOAAAAAAAAE6kNAAAAAABhnBQAlbkUAO65FABHuhQA/aUVAPh0FQDFkhMAHpMTADxMAgC8CQAAoWYFAKFmBQDTOBUAPEwCAH9TEwA8TAIAgpQTAMxcAwCClBMAjPgDABEGFQARBhUA52wQAIKUEwD9pRUAPEwCADh1EwCRdRMA+HQVAMWSEwAekxMA+HQVADxMAgDa1QgA/aUVANrVCACguhQAe+MNAJacCgC8CQAA0zgVAPpmBQBgVhUA45kBAPYBAQC85RQA7GUTAEVmEwBBTw4ADC4VAF8GDQA8TAIAOdEUAF8GDQA9ChUA+gsVAORuDgAjCQIAf1MTAGfFFADAxRQAPEwCAP2lFQD9pRUA+HQVACvUAgAr1AIA+HQVAPh0FQDa1QgAnW4TAPZuEwAi1xQAkH0TAH9TEwDyjhMApI8TABlZAgAEIQ4A59IBAEN2EwB/UxMA3tcDACMJAgDaZgYAF2gKAAPnBwBnWAIA0HIQALWDBgDa1QgA/aUVAJliDwACJRUAkhYDAJadAgCSFgMAlp0CAAaYAgAIRAwAVqYVAA4KAwD9pRUAvAkAADxMAgDpfRMA/B8AAN7XAwBHbBUAPEwCAP2lFQAZYhMAduABAP2lFQDTOBUAHqkVAPpmBQD9pRUAzFwDAMxcAwDMXAMAzFwDAIKUEwChZgUAm/kOADxMAgCClBMAPEwCAD0KFQD6CxUAdpsTADxMAgBFyhQApI8TAMvGFAA8TAIAI0wAACvUAgAf7xQA8w4AAJliDwB/UxMAZ8UUAMDFFADYPgkA8o4TAMWSEwAekxMAVvQUAK/0FAAwtRMAibUTADC1EwCJtRMA8o4TAD0KFQA2fAIA/aUVADxMAgChUAMA7GUTAKXrFACClBMA+BsVAGaLDgDHExEAPEwCAD0KFQD6CxUA4u0QAGEZAAA9ChUA+gsVAOLtEAAPqQIAPQoVAPoLFQDi7RAAOHUTAJF1EwBoFhUAGhcVAOb5FAA/+hQA/PsUAD0KFQD6CxUA4u0QAD0KFQD6CxUA4u0QAD0KFQD6CxUA4u0QADh1EwCRdRMA4u0QAM1/DwA4dRMAMbgUAPh0FQDMvhQA/aUVADxMAgCtKAAArSgAAGdYAgC9cAIAHjoTAPsDFQAV/Q4ATOsUADxMAgD9pRUAPEwCABHnAQD12hQAdH8PADxMAgA8TAIAOW0TACf9EwBSbRUAkXUTABvwAQDMXAMAPEwCAPWjDwDVsAEAMR0OAJj6FADyjhMAZ1gCAFsxDgCY+hQAzFwDAJj6FADMXAMAgpQTADxMAgA9ChUA+gsVAP2lFQA4dRMAkXUTAGgWFQCY+wwAPEwCADxMAgA8TAIAZsITADxMAgCN+RQA4KQQAPMOAADPyA8A7GUTAIKUEwA8TAIAf1MTABMCDgBfBg0AWoYVAAAAAABfBg0ADvIQADoiFQD8dhAAkyIVACf9EwADxBQA+HQVAKSPEwA9ChUAh6QQAB46EwAn/RMAOiIVACf9EwCTIhUAJ/0TAD0KFQD6CxUAs9QUAFkAAAAm8AkAI0wAACJzEwDzDgAAPEwCAF8GDQA5bRMAPEwCALqcFAAPqQIA7RoVAPpkFQBTZRUAwQ0EAJj7DAAjgRUAPEwCADxMAgDapxQAIwkCAP2lFQDGUw4AxlMOAMZTDgDGUw4AZ1gCAGdYAgCDHREAPEwCADh1EwBEKxUAPQoVAGlnFQA8TAIAPQoVAOCkEAA8TAIAzgcVAJUSFQA4dRMApesUADxMAgD4GxUAURwVAPtcFQCqHBUAPEwCADxMAgA9ChUA4KQQAM4HFQCVEhUAOHUTAKXrFAA8TAIAmuoUADh1EwCRdRMA+HQVAKSPEwA8TAIADC4VANM4FQDTOBUA9gEBAEbCFAC9NhUA+MIUALl4EADGUw4AxlMOAMZTDgDGUw4APEwCAO0aFQCMnRMAQ3YTAAt5EwCY+wwA+JYQANqTAgDCZxUAMbgUAM4HFQCClBMAzWgVAIKUEwCClBMAPEwCAIKUEwA8TAIAzFwDAIKUEwA8TAIAgpQTAIKUEwA8TAIAgpQTADxMAgDSKhMA0zgVAMxcAwAV/Q4AFf0OADxMAgA8Hg4A+BsVAFEcFQCCcxAA2tUIAEx8EgA4dRMAkXUTADweDgD4GxUAURwVAIJzEADa1QgATHwSAPACFQBJAxUAOHUTAH6/FAAavhQAAAAAAIKUEwCClBMAoVADAPKOEwA9ChUAhbQQAM1dFAB+vxQAVk0VAD5bFQD4dBUAzL4UAMxcAwAmXhQAaBYVAF/mAQD9pRUAB5ACAFkAAACY+hQAPQoVAIW0EAAjTAAA8o4TANrVCAA8TAIAOHUTAJF1EwBMfBIAmW0QAMxcAwDMXAMAKtEBACrRAQAq0QEAKtEBAIKUEwAIRAwAzFwDAIKUEwAq0QEAPEwCADxMAgA8TAIAAAAAAAAAAAA9ChUAaWcVADh1EwCRdRMATHwSAFmwEAD9pRUAPQoVAF/mAQD9pRUAPQoVAEdsFQCgbBUAgpQTADxMAgA8TAIAwQ0EANrVCABnmwAAPEwCAO0aFQD6ZBUAU2UVAKxlFQAFZhUAXmYVALdmFQDMXAMAOHUTAJF1EwCeZhMA+BsVAFEcFQA2QhUAj0IVANM4FQDTOBUA0zgVANM4FQA9ChUAXwYNABliEwB24AEAWW8CADh1EwB+vxQAgAgVAPh0FQDFkhMA+wMVAA9vFQBobxUAwW8VABpwFQD4dBUApI8TAPNmCAD4dBUAgpQTAMxcAwCUcxUAzFwDAJliDwAGdQ8A/PsUAKRjDwDyjhMA0zgVAKELFQA8TAIAWW8CAAhOFQAIThUAWW8CAMGyEwAasxMA6nUTADxMAgDTOBUAzFwDAD0KFQCHpBAA+wMVAA9vFQBobxUAwW8VABpwFQBzcBUA/PsUAPsDFQAPbxUAaG8VAMFvFQAacBUAc3AVANrVCADsZRMARWYTAB46EwAO8hAA/0gOANrVCAD5QBEAPEwCAIZTEABZbwIAWW8CANM4FQAAAAAAAAAAALAbAQA5bRMA/aUVALAbAQBM6xQAsBsBAEzrFADsZRMAYZwUALAbAQA9ChUA+gsVADh1EwCRdRMAf1MTAGfFFADAxRQAPEwCAH9TEwB/UxMAf1MTAAjqEwB/UxMAf1MTAH9TEwB/UxMA7GUTAGGcFAB/UxMACOoTAH9TEwByxhQAf1MTAHLGFAB/UxMAcsYUAKjTFAByxhQAf1MTAHLGFAB/UxMAcsYUAASxEwByxhQAf1MTAHLGFAA4dRMAkXUTAAAAAADOYBUA+BsVAFEcFQCHghUAlmMVAD0KFQAAAAAAPaYTABxgFQAAAAAA/aUVAD0KFQD9pRUA+BsVAFEcFQAAAAAANnwCAJj6FABrNhIAPEwCAPh0FQCY+hQAazYSAD0KFQD6CxUA/aUVANM4FQDyjhMAoWYFAJj6FAChZgUAPQoVAPoLFQD9pRUA0zgVAPKOEwChZgUAmPoUAKFmBQA+qRQAl6kUAPCpFAD4dBUAzL4UAFlvAgA8dw4APHcOADx3DgA8TAIAzFwDAIKUEwBhGQAAmWIPAEN2EwB71xQA7CIVAOwiFQBDdhMAnHYTALBzCQC6pxUAzFwDAMxcAwDzDgAA8w4AAByjEwCClBMAfAkCAH9TEwD9pRUAmW0QAD+sFQCZbRAA/aUVAH9TEwCuPxMA/aUVAK4/EwB/UxMAZ8UUAK4/EwCurhUAB68VAH9TEwDMXAMALtAUAIKUEwA8TAIAPEwCADxMAgCtthUAPEwCADxMAgA8TAIArbYVADxMAgBidAkArbYVAP2lFQBt2BIAPEwCADxMAgCtthUAgpQTAMGyEwAasxMAc7MTAH9TEwAWZgEAzgcVAJUSFQA8TAIA+HQVAKSPEwA4dRMAkXUTAGgWFQDjmQEAjQUOABNPFQBgVhUAmWIPAPuqFABhnBQAGr4UAHR/DwDyjhMAzL4UAHR/DwD9pRUAsHMJAD2mEwBQyxQAPQoVAPoLFQA4dRMAfr8UAFZNFQD9pRUArj8TAFsxDgBhGQAA/aUVAJacCgA4dRMAkXUTAGgWFQAt+g8APaYTABxgFQA4dRMARCsVAD0KFQCHpBAA/aUVAA==","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAgAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAIAAIADAACAAAAAgAIAAIADAAAAAAAAgAAAAIACAACAAAAAgAEAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAAACAACAAAAAgAAAAIADAACAAAAAgAIAAIAAAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAAAAIABAAAAAwAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAgAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAAAAIAAAACAAwAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIACAACAAwAAgAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIABAACAAgAAgAMAAIAAAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAgAEAAIACAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAQAAgAIAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAQAAgAIAAIADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIACAACAAAAAgAMAAAADAAAAAQAAgAIAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAIAAIADAACAAwAAgAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIACAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAEAAIACAACAAwAAgAAAAIABAACAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAAAMAAIABAACAAgAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAwAAgAEAAIACAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIACAACAAwAAgAMAAIADAACAAQAAgAIAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIACAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAgAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAIAAAACAAwAAAAMAAAAAAACAAwAAgAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAIABAACAAgAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAAADAACAAAAAgAMAAAABAACAAgAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAIAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIACAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAAAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAIAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAEAAAAAAACAAAAAgAMAAIAAAACAAwAAgAEAAIACAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAEAAIACAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAAAAIADAACAAwAAAAAAAIABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAQAAAAEAAAABAACAAAAAgAEAAAABAAAAAAAAgAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAAAAAQAAgAIAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAEAAIACAACAAwAAgAEAAIACAACAAwAAgAAAAIABAACAAQAAgAIAAIADAACAAAAAgAEAAIADAACAAQAAgAIAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAgAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAMAAIABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAgAAgAMAAIAAAACAAQAAgAIAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAgAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIAAAACAAgAAgAIAAIAAAACAAAAAgAAAAIAAAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIABAACAAgAAgAMAAIADAAAAAwAAgAMAAAADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAI0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAEAAAAAIAAQAAAAAMAAAACAAAAAQAAAJQjBAgICFQIIAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAABQQAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAQAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQACAAAoAAAABAAAAAAAAAAAAAAAAMCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAABAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAIAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAACAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAABAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAEAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAQMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAQAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAIAABAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAIAACAAAAAQAAAJAjFAgACFQIIAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAIAABAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAEAAAAAIAAQAAAAAMAIAACAAAAAQAAAJQjFAgICFQIIAEAQAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAAAAAQAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAAiAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAIAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAQAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAEAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAEAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAgAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAABAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAQAAAOAAAAAAAAAAABUAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAgAAwQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAMAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABBAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAYAAAAAAAACQAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAYAAAAAAAACQAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAABAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIMAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAABAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAABAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAACAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAACAAAAAAAAAAAwQAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgYAAAABAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAAJAjBAgACFQIIAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAEAACAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAE"},"index":{"lists":[[18,19,20,36,37,120,122,123,124,264,327],[1,2,4,5,6,7,8,9,10,11,13,18,19,20,21,22,24,25,26,27,28,36,37,58,59,60,61,62,63,64,65,66,69,70,71,72,75,76,77,78,79,80,81,82,83,84,85,86,87,91,96,97,99,100,101,102,103,104,105,106,107,108,109,110,111,115,116,117,118,120,122,123,124,128,133,134,168,169,172,173,175,187,188,189,192,193,194,195,209,210,218,221,230,232,233,237,238,251,264,273,276,277,278,283,284,285,290,303,304,315,318,327,330,331,333,334,335,336,338,340,341,343,344,347,348,349,350,351,365],[1,2,4,5,6,7,8,9,10,11,13,18,19,20,21,22,24,25,26,27,28,36,37,58,59,60,61,62,63,64,65,66,68,69,70,71,72,75,76,77,78,79,80,81,82,83,84,85,86,87,91,92,96,97,99,100,101,102,103,104,105,106,107,108,109,110,111,114,115,116,117,118,120,122,123,124,128,133,134,142,147,168,169,172,173,175,187,188,189,192,193,194,195,200,201,202,209,210,218,221,230,232,233,234,237,238,251,264,273,276,277,278,279,283,284,285,290,295,303,304,315,318,327,330,331,333,334,335,336,338,340,341,343,344,347,348,349,350,351,354,355,356,365],[18,19,20,36,37,120,122,123,124,264,270,327],[5,18,19,20,26,36,37,58,59,89,113,120,122,123,124,240,264,287,289,327,351,354,371],[18,19,20,26,36,37,120,122,123,124,159,160,161,264,327,357,358,359,360,361,362,363],[6,7,18,19,20,36,37,120,122,123,124,264,290,327],[18,19,20,36,37,88,90,120,122,123,124,264,327],[18,19,20,36,37,120,122,123,124,264,327,344,364],[11,13,15,18,19,20,36,37,101,120,122,123,124,133,134,166,167,196,197,264,327,344,349,350],[12,13,15,18,19,20,23,36,37,120,122,123,124,159,160,161,222,264,327],[15,18,19,20,36,37,120,122,123,124,264,327],[13,15,18,19,20,36,37,61,87,94,96,97,99,102,107,108,120,122,123,124,151,159,160,161,162,181,208,209,210,212,216,225,233,235,236,237,238,247,253,254,255,256,261,264,269,278,280,281,282,283,284,285,302,313,320,321,322,323,324,325,326,327,337,365],[18,19,20,36,37,104,120,122,123,124,264,327],[18,19,20,36,37,44,45,46,52,53,120,122,123,124,132,215,228,262,264,265,267,268,271,327,328,343],[18,19,20,36,37,120,122,123,124,163,264,327,377],[17,18,19,20,36,37,120,122,123,124,264,327],[1,13,15,18,19,20,26,27,36,37,120,122,123,124,159,160,161,190,191,217,264,327,331,335,336,365],[13,15,18,19,20,26,35,36,37,38,41,120,122,123,124,159,160,161,165,190,191,264,327,329,331,335,336,365],[4,13,15,18,19,20,24,25,26,28,36,37,65,120,122,123,124,159,160,161,190,191,264,290,327,331,335,336,348,365],[6,13,15,18,19,20,26,36,37,47,120,122,123,124,159,160,161,190,191,192,227,264,266,327,331,335,336,353,365],[0,2,9,13,14,15,18,19,20,21,24,26,36,37,40,50,51,54,55,117,120,122,123,124,159,160,161,184,190,191,192,205,211,214,264,290,292,317,327,331,332,335,336,339,342,345,365,366,369,372,373,376,378],[3,5,13,15,16,18,19,20,26,28,32,36,37,40,50,54,55,57,62,68,71,72,95,98,118,119,120,122,123,124,128,130,136,137,140,146,152,159,160,161,164,170,173,176,184,190,191,192,199,203,204,207,213,220,223,224,229,230,241,249,252,263,264,272,273,290,291,307,319,327,331,335,336,365,374,379],[13,15,18,19,20,26,36,37,120,122,123,124,159,160,161,190,191,257,264,327,331,335,336,365],[13,15,18,19,20,26,36,37,120,122,123,124,159,160,161,190,191,264,327,331,335,336,365],[13,15,18,19,20,26,36,37,120,122,123,124,159,160,161,190,191,192,264,327,331,335,336,365],[13,15,18,19,20,22,26,36,37,120,122,123,124,159,160,161,190,191,264,300,327,329,331,335,336,365],[13,15,18,19,20,26,32,34,36,37,40,120,122,123,124,159,160,161,190,191,263,264,327,331,335,336,365],[13,15,18,19,20,26,36,37,120,122,123,124,159,160,161,190,191,264,327,331,335,336,365,370],[13,15,18,19,20,26,36,37,116,120,122,123,124,159,160,161,190,191,192,198,260,264,327,331,335,336,355,365,367,368],[13,15,18,19,20,26,28,36,37,111,119,120,122,123,124,131,135,153,159,160,161,186,190,191,199,243,264,294,299,310,311,327,331,335,336,355,365],[13,15,18,19,20,26,36,37,39,68,120,122,123,124,130,138,159,160,161,169,175,176,190,191,219,230,263,264,273,308,312,327,331,335,336,365],[9,13,15,18,19,20,26,28,29,36,37,56,93,120,122,123,124,143,144,159,160,161,190,191,192,264,327,331,335,336,365],[13,15,18,19,20,21,26,36,37,39,40,74,120,122,123,124,139,141,159,160,161,175,190,191,206,263,264,327,331,335,336,365],[13,15,18,19,20,26,30,31,36,37,42,43,63,67,79,120,122,123,124,129,145,148,150,154,159,160,161,171,177,178,179,180,182,183,185,190,191,195,226,231,232,242,245,248,250,251,259,264,274,275,276,277,293,297,298,305,306,309,314,316,318,327,330,331,335,336,346,352,365],[13,15,18,19,20,25,26,27,28,36,37,83,120,121,122,123,124,159,160,161,190,191,264,327,331,335,336,365],[7,13,15,18,19,20,26,36,37,120,122,123,124,159,160,161,190,191,264,327,331,335,336,365],[13,15,18,19,20,26,33,36,37,39,40,120,122,123,124,159,160,161,190,191,192,258,263,264,317,327,331,335,336,365],[13,15,18,19,20,26,33,36,37,39,120,122,123,124,159,160,161,190,191,263,264,327,331,335,336,365],[18,19,20,36,37,120,122,123,124,127,149,155,156,157,158,174,244,246,264,296,301,327,375],[18,19,20,36,37,91,120,122,123,124,264,327],[13,15,18,19,20,26,36,37,48,49,120,122,123,124,159,160,161,264,327,331,335,336,365],[18,19,20,36,37,58,120,122,123,124,264,327],[18,19,20,36,37,59,64,66,69,70,120,122,123,124,264,327],[18,19,20,36,37,60,120,122,123,124,264,327],[18,19,20,36,37,73,77,78,80,120,122,123,124,264,327],[18,19,20,36,37,76,100,120,122,123,124,264,327],[18,19,20,36,37,76,120,122,123,124,125,126,264,327],[18,19,20,36,37,76,101,103,120,122,123,124,264,327],[18,19,20,36,37,76,120,122,123,124,264,327],[18,19,20,36,37,81,84,86,100,120,122,123,124,264,327,338],[18,19,20,36,37,82,101,103,110,120,122,123,124,264,327,356],[18,19,20,36,37,85,120,122,123,124,194,264,327],[18,19,20,36,37,100,120,122,123,124,264,327,338],[18,19,20,36,37,103,120,122,123,124,264,327],[18,19,20,36,37,109,115,120,122,123,124,264,327,338,356],[18,19,20,36,37,112,120,122,123,124,239,264,286,288,327],[18,19,20,36,37,120,122,123,124,193,264,327],[18,19,20,36,37,120,122,123,124,264,327,338],[18,19,20,36,37,120,122,123,124,264,327,356],[18,19,20,36,37,106,120,122,123,124,200,201,202,264,327,341],[5,18,19,20,26,36,37,58,59,106,120,122,123,124,200,201,202,264,327,341,351,354],[18,19,20,26,36,37,106,120,122,123,124,200,201,202,264,303,304,327,341],[6,7,18,19,20,36,37,106,120,122,123,124,200,201,202,264,290,327,341],[18,19,20,36,37,106,120,122,123,124,200,201,202,264,327,341,344],[11,13,18,19,20,36,37,101,106,120,122,123,124,133,134,200,201,202,264,327,341,344,349,350],[13,18,19,20,36,37,106,114,120,122,123,124,200,201,202,264,303,304,327,341],[13,18,19,20,36,37,61,87,92,96,97,99,102,105,106,107,108,120,122,123,124,200,201,202,209,210,221,233,234,237,238,264,278,279,283,284,285,303,304,327,341,365],[18,19,20,36,37,104,106,120,122,123,124,200,201,202,264,327,341],[18,19,20,36,37,106,120,122,123,124,142,200,201,202,264,295,327,341,343],[1,8,13,18,19,20,26,27,36,37,106,120,122,123,124,200,201,202,264,303,304,327,331,333,334,335,336,341,347,365],[13,18,19,20,26,36,37,106,120,122,123,124,200,201,202,264,303,304,327,331,333,334,335,336,341,365],[4,13,18,19,20,24,25,26,28,36,37,65,106,120,122,123,124,200,201,202,264,290,303,304,327,331,333,334,335,336,341,348,365],[6,13,18,19,20,26,36,37,106,120,122,123,124,192,200,201,202,264,303,304,327,331,333,334,335,336,341,365],[2,9,10,13,18,19,20,21,24,26,36,37,106,117,120,122,123,124,192,200,201,202,264,290,303,304,327,331,333,334,335,336,340,341,365],[5,13,18,19,20,26,28,36,37,62,68,71,72,106,118,120,122,123,124,128,168,173,192,200,201,202,230,264,273,290,303,304,327,331,333,334,335,336,341,365],[13,18,19,20,26,36,37,106,120,122,123,124,200,201,202,218,264,303,304,327,331,333,334,335,336,341,365],[13,18,19,20,26,36,37,106,120,122,123,124,192,200,201,202,264,303,304,327,331,333,334,335,336,341,365],[13,18,19,20,22,26,36,37,106,120,122,123,124,147,200,201,202,264,303,304,327,331,333,334,335,336,341,365],[13,18,19,20,26,36,37,106,116,120,122,123,124,192,200,201,202,264,303,304,327,331,333,334,335,336,341,355,365],[13,18,19,20,26,28,36,37,106,111,120,122,123,124,200,201,202,264,303,304,327,331,333,334,335,336,341,355,365],[13,18,19,20,26,36,37,68,106,120,122,123,124,169,175,200,201,202,230,264,273,303,304,327,331,333,334,335,336,341,365],[9,13,18,19,20,26,28,36,37,106,120,122,123,124,192,200,201,202,264,303,304,327,331,333,334,335,336,341,365],[13,18,19,20,21,26,36,37,106,120,122,123,124,168,172,175,200,201,202,264,303,304,327,331,333,334,335,336,341,365],[13,18,19,20,26,36,37,63,79,106,120,122,123,124,168,195,200,201,202,232,251,264,276,277,303,304,318,327,330,331,333,334,335,336,341,365],[13,18,19,20,25,26,27,28,36,37,83,106,120,122,123,124,200,201,202,264,303,304,327,331,333,334,335,336,341,365],[7,13,18,19,20,26,36,37,106,120,122,123,124,200,201,202,264,303,304,327,331,333,334,335,336,341,365],[18,19,20,36,37,91,106,120,122,123,124,200,201,202,264,327,341],[13,18,19,20,26,36,37,106,120,122,123,124,200,201,202,264,303,304,327,331,335,336,341,365],[18,19,20,36,37,58,106,120,122,123,124,200,201,202,264,327,341],[18,19,20,36,37,59,64,66,69,70,106,120,122,123,124,200,201,202,264,327,341],[18,19,20,36,37,60,106,120,122,123,124,200,201,202,264,327,341],[18,19,20,36,37,77,78,80,106,120,122,123,124,200,201,202,264,327,341],[18,19,20,36,37,75,76,100,106,120,122,123,124,200,201,202,264,327,341],[18,19,20,36,37,76,106,120,122,123,124,200,201,202,264,327,341],[18,19,20,36,37,76,101,103,106,120,122,123,124,200,201,202,264,327,341],[18,19,20,36,37,81,84,86,100,106,120,122,123,124,187,200,201,202,264,315,327,338,341],[18,19,20,36,37,82,101,103,106,110,120,122,123,124,189,200,201,202,264,327,341,356],[18,19,20,36,37,85,106,120,122,123,124,194,200,201,202,264,327,341],[18,19,20,36,37,100,106,120,122,123,124,200,201,202,264,327,338,341],[18,19,20,36,37,103,106,120,122,123,124,200,201,202,264,327,341],[18,19,20,36,37,106,109,115,120,122,123,124,200,201,202,264,327,338,341,356],[18,19,20,36,37,106,120,122,123,124,188,200,201,202,264,327,341],[18,19,20,36,37,106,120,122,123,124,189,200,201,202,264,327,341],[18,19,20,36,37,106,120,122,123,124,193,200,201,202,264,327,341],[18,19,20,36,37,106,120,122,123,124,200,201,202,264,327,338,341],[18,19,20,36,37,106,120,122,123,124,200,201,202,264,327,341,356]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,3,0,4,5,0,0,6,7,0,0,8,0,9,10,11,12,12,12,12,12,12,12,12,12,12,0,0,13,14,15,0,16,17,18,19,20,21,22,23,24,25,26,24,27,28,29,30,31,24,32,33,34,35,36,37,38,24,24,39,0,0,40,41,0,17,18,19,20,21,22,23,24,25,26,24,27,28,29,30,31,24,32,33,34,35,36,37,38,24,24,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,42],[9679,43],[8250,44],[9135,45],[215,46],[10095,47],[10003,48],[8595,49],[10008,50],[10004,51],[9472,52],[10007,53],[8730,54],[10006,55],[8505,56],[9762,0],[9888,0],[8617,0],[8226,57],[10060,58],[9654,59],[65123,59]],"plainDefault":0,"spaced":[60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,61,62,60,60,63,60,60,60,64,60,65,66,60,67,67,67,67,67,67,67,67,67,67,60,60,68,69,60,60,60,70,71,72,73,74,75,76,71,77,78,71,71,71,79,80,81,71,82,83,84,85,86,77,71,71,71,60,60,60,87,88,60,70,71,72,73,74,75,76,71,77,78,71,71,71,79,80,81,71,82,83,84,85,86,77,71,71,71,60,60,60,60,60],"spacedOther":[[160,60],[5760,60],[8192,60],[8193,60],[8194,60],[8195,60],[8196,60],[8197,60],[8198,60],[8199,60],[8200,60],[8201,60],[8202,60],[8232,60],[8233,60],[8239,60],[8287,60],[12288,60],[65279,60],[9676,89],[9679,90],[8250,91],[9135,92],[215,93],[10095,94],[10003,95],[8595,94],[10008,96],[10004,97],[9472,98],[10007,99],[8730,100],[10006,101],[8505,60],[9762,102],[9888,102],[8617,103],[8226,104],[10060,105],[9654,106],[65123,106]],"spacedDefault":60,"blank":60}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,4}FAIL {1,4}(?<name>\\\\S[^\\\\n]{0,300}? {1,4}\\"[^\\"\\\\n]{1,300}\\")$/\\n/^\\\\s{0,4}Total:\\\\s{1,10}\\\\d{1,9}$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{0,2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{0,2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d{1,6}(?: -)? \\\\S/\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Started: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Finished: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Skipped: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^ {13}=> Reason: /\\n/^Reported: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Registered: {3}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Test execution (?:started\\\\. Number of static tests: \\\\d{1,9}|finished\\\\.)$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,8}process didn't exit successfully: \`(?<name>[^\`\\\\n]{1,500})\` \\\\(exit status: (?!101\\\\))\\\\d{1,3}\\\\)$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?<name>\\\\.\\\\/\\\\S{1,300}_spec\\\\.rb:\\\\d{1,6}:\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,79,81,82,83],[6,7,26,27,28,29,30,31,32,33,36,37,38,39,41,42,43,44,45,46,47,48,49,50,51,52,56,59,60,62,63,64,65,66,67,68,69,70,71,72,73,75,76,77,78,79,81,82,83,86,90,91,116,117,118,119,120,127,128,129,132,133,134,147,148,155,158],[6,7,26,27,28,29,30,31,32,33,35,36,37,38,39,41,42,43,44,45,46,47,48,49,50,51,52,56,57,59,60,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,81,82,83,86,90,91,98,103,116,117,118,119,120,127,128,129,132,133,134,139,140,141,147,148,155,158],[6,7,26,27,54,74,79,81,82,83],[6,7,79,81,82,83,110,111,112],[6,7,53,55,79,81,82,83],[6,7,64,79,81,82,83,90,91,114,115,135,136],[6,7,79,81,82,83,110,111,112,159],[6,7,29,52,58,59,60,62,65,70,71,79,81,82,83,106,110,111,112,113,123,146,147,148,150,153,160],[6,7,67,79,81,82,83],[6,7,13,14,20,21,79,81,82,83,89,153],[6,7,79,81,82,83,113],[6,7,79,81,82,83,110,111,112,130,131,154],[5,6,7,8,11,79,81,82,83,110,111,112,113,130,131],[6,7,79,81,82,83,110,111,112,130,131],[6,7,15,79,81,82,83,110,111,112,130,131,132],[6,7,10,18,19,22,23,77,79,81,82,83,110,111,112,126,130,131,132,144,149,152],[2,6,7,10,18,22,23,25,30,35,38,39,58,61,78,79,81,82,83,86,87,93,94,96,102,107,110,111,112,113,119,120,126,130,131,132,138,142,143,146,151,157,160],[6,7,79,81,82,83,110,111,112,130,131,132],[2,4,6,7,10,79,81,82,83,110,111,112,130,131],[6,7,79,81,82,83,88,107,110,111,112,126,130,131,138],[6,7,9,35,79,81,82,83,87,94,110,111,112,120,130,131,156],[0,6,7,24,57,79,81,82,83,99,100,110,111,112,130,131,132],[6,7,9,10,79,81,82,83,95,97,110,111,112,120,130,131,145],[0,1,6,7,12,31,34,44,79,81,82,83,86,101,104,105,107,110,111,112,120,121,122,124,125,126,130,131,134],[6,7,48,79,80,81,82,83,110,111,112,130,131],[3,6,7,9,10,79,81,82,83,110,111,112,130,131,132],[3,6,7,9,79,81,82,83,110,111,112,130,131],[6,7,79,81,82,83,86,104,108,109,119],[6,7,56,79,81,82,83],[6,7,16,17,79,81,82,83,110,111,112],[6,7,32,79,81,82,83,110,111,112],[6,7,79,81,82,83,110,111,112,118],[6,7,76,79,81,82,83,110,111,112,137],[6,7,73,78,79,81,82,83,92,110,111,112],[6,7,79,81,82,83,110,111,112,117],[6,7,40,79,81,82,83,110,111,112],[6,7,26,79,81,82,83],[6,7,27,32,33,36,37,79,81,82,83],[6,7,28,79,81,82,83],[6,7,39,43,44,45,79,81,82,83],[6,7,42,63,79,81,82,83],[6,7,42,79,81,82,83,84,85],[6,7,42,64,66,79,81,82,83],[6,7,42,79,81,82,83],[6,7,46,49,51,63,79,81,82,83],[6,7,47,64,66,73,79,81,82,83],[6,7,50,79,81,82,83,134],[6,7,63,79,81,82,83],[6,7,66,79,81,82,83],[6,7,72,75,79,81,82,83],[6,7,74,79,81,82,83],[6,7,79,81,82,83,133],[6,7,69,79,81,82,83,139,140,141],[6,7,26,27,69,74,79,81,82,83,139,140,141],[6,7,64,69,79,81,82,83,90,91,139,140,141],[6,7,69,74,79,81,82,83,139,140,141],[6,7,29,52,57,59,60,62,65,68,69,70,71,79,81,82,83,139,140,141,147,148,158],[6,7,67,69,79,81,82,83,139,140,141],[6,7,69,79,81,82,83,98,139,140,141],[6,7,69,79,81,82,83,132,139,140,141],[6,7,69,77,79,81,82,83,132,139,140,141],[6,7,30,35,38,39,69,78,79,81,82,83,86,116,119,120,132,139,140,141],[6,7,69,79,81,82,83,139,140,141,155],[6,7,69,79,81,82,83,103,139,140,141],[6,7,35,69,79,81,82,83,120,139,140,141],[6,7,57,69,79,81,82,83,132,139,140,141],[6,7,69,79,81,82,83,116,118,120,139,140,141],[6,7,31,44,69,79,81,82,83,86,116,120,134,139,140,141],[6,7,48,69,79,81,82,83,139,140,141],[6,7,69,79,81,82,83,86,119,139,140,141],[6,7,56,69,79,81,82,83,139,140,141],[6,7,32,69,79,81,82,83,139,140,141],[6,7,69,79,81,82,83,118,139,140,141],[6,7,69,76,79,81,82,83,139,140,141],[6,7,69,73,78,79,81,82,83,139,140,141],[6,7,69,79,81,82,83,117,139,140,141],[6,7,26,69,79,81,82,83,139,140,141],[6,7,27,32,33,36,37,69,79,81,82,83,139,140,141],[6,7,28,69,79,81,82,83,139,140,141],[6,7,39,43,44,45,69,79,81,82,83,139,140,141],[6,7,41,42,63,69,79,81,82,83,139,140,141],[6,7,42,69,79,81,82,83,139,140,141],[6,7,42,64,66,69,79,81,82,83,139,140,141],[6,7,46,49,51,63,69,79,81,82,83,127,139,140,141],[6,7,47,64,66,69,73,79,81,82,83,129,139,140,141],[6,7,50,69,79,81,82,83,134,139,140,141],[6,7,63,69,79,81,82,83,139,140,141],[6,7,66,69,79,81,82,83,139,140,141],[6,7,69,72,75,79,81,82,83,139,140,141],[6,7,69,79,81,82,83,128,139,140,141],[6,7,69,79,81,82,83,129,139,140,141],[6,7,69,79,81,82,83,133,139,140,141]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,7,0,8,8,8,8,8,8,8,8,8,8,0,0,9,10,11,0,0,12,13,14,15,16,17,14,14,18,14,14,19,14,18,20,21,14,22,23,24,25,14,26,27,14,14,28,0,0,29,30,0,4,4,31,4,4,32,4,4,4,4,4,4,4,33,34,35,4,4,36,32,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,37],[9679,38],[8250,39],[9135,40],[215,41],[10095,42],[10003,43],[8595,44],[10008,45],[10004,46],[9472,47],[10007,48],[8730,49],[10006,50],[8505,51],[9762,0],[9888,0],[8617,0],[8226,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,53,53,53,53,53,53,53,53,53,55,56,53,57,57,57,57,57,57,57,57,57,57,53,53,58,59,53,53,53,53,53,53,60,61,62,63,53,60,64,53,53,53,60,53,65,53,66,67,68,69,53,60,53,53,53,70,53,53,71,53,53,53,53,72,53,53,73,53,53,53,53,53,53,53,74,75,76,53,53,53,73,53,53,53,53,53,53,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,77],[9679,78],[8250,79],[9135,80],[215,81],[10095,82],[10003,83],[8595,82],[10008,84],[10004,85],[9472,86],[10007,87],[8730,88],[10006,89],[8505,56],[9762,90],[9888,90],[8617,91],[8226,92]],"spacedDefault":53,"blank":53}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) (?:tests|containers) failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/","value":{"lists":[[30,31],[4,6,7,11,12,24,30,31],[4,6,7,8,11,12,24,30,31],[13,30,31],[7,9,10,11,12,20,26,27,28,29,30,31],[2,30,31],[1,30,31],[3,4,14,22,25,30,31],[16,30,31],[4,30,31],[0,5,6,15,18,23,24,30,31],[17,19,30,31],[21,30,31],[7,8,11,12,30,31],[6,24,30,31]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"passed":{"key":"\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/","value":{"lists":[[13],[2,4,13],[5,13],[0,3,4,10,11,12,13],[0,13],[6,9,13],[8,13],[1,2,13],[7,13],[4,13],[2,13]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,6,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
    ...DIALECTS.flatMap((d) => [d.reportedFailures, d.passedAll, d.interrupted, d.banner, d.reportedSumFrom, d.uninformative, d.wrapperEcho, d.failedBlock, d.wrappedResults?.first, d.wrappedResults?.last, d.wrappedResults?.after, d.headedBelow?.head, d.headedBelow?.name, d.headedBelow?.underFile].filter((p) => p !== void 0)),
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
var WHOLE_BLOCK_STARTS = new Map(DIALECTS.flatMap((d) => d.wholeBlockStart ? [[d.id, d.wholeBlockStart]] : []));
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
  /** Dialects under whose `headedBelow.underFile` header the lines now are. */
  underHeader = /* @__PURE__ */ new Set();
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
    } else if (this.detailsIndent?.logging === true && line.trim() !== "" && indentOf(line) <= this.detailsIndent.indent && !markerOf(line)) {
      this.detailsIndent = void 0;
      this.quiet = false;
      this.logScope = void 0;
    }
    const details = this.detailsIndent;
    if (details?.logged !== void 0 && details.logging !== true && this.current === details.unit && details.logged.test(line)) {
      details.logging = true;
      this.current = void 0;
      this.quiet = true;
      this.logScope = this.loggedFor(details.unit.name);
      this.logScopeLine = this.lineNumber;
      return;
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
      if (current?.state === "pending" && (current.concluded || !AWAITS_RESULT.has(current.runner)) && FAILED_BLOCKS.get(current.runner)?.test(line) === true) {
        current.failedBlock = true;
        if (WHOLE_BLOCK_STARTS.get(current.runner)?.test(line) === false) this.record(this.unexplained(line, "runner.cut-account", "A failed test\u2019s account cut by other output written into it"));
      }
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
      if (marker.unnamedEntry === true && this.current !== void 0) this.record(this.unexplained(line, "runner.unnamed-entry", "A failure the runner listed under no test\u2019s name"));
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
      return { ...this.synthetic(headed.dialect, "start", headed.title, `${headed.dialect.id}:${headed.title}\0${line.trim()}`, false), afterOutput: false, unnamedEntry: true };
    }
    for (const dialect of HEADED_BELOW) {
      const spec2 = dialect.headedBelow;
      if (spec2 === void 0) continue;
      if (spec2.underFile !== void 0) {
        if (spec2.underFile.test(line)) this.underHeader.add(dialect);
        else if (marker?.dialect === dialect && marker.event === "end") this.underHeader.delete(dialect);
        if (!this.underHeader.has(dialect)) continue;
      }
      if (marker !== void 0 && marker.dialect !== dialect || dialect.sectionHeader !== void 0 && !this.sectionsOpen.has(dialect)) continue;
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
        const depth = marker.dialect.detailsDepth;
        this.detailsIndent = marker.detailsIndented ? { unit, indent: depth === void 0 ? marker.indent : depth - 1, ...marker.dialect.resumesDetails ? { resumes: marker.dialect.resumesDetails } : {}, ...marker.dialect.loggedSection ? { logged: marker.dialect.loggedSection } : {} } : void 0;
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
