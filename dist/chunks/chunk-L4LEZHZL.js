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
} from "./chunk-VIDFAU2V.js";
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

// src/classify/dialects/perl.ts
var SCRIPT = String.raw`[\w./+-]{0,300}\.t`;
var proveKey = (name) => `prove:${name}`;
var PROVE = {
  id: "prove",
  markers: [
    // The script's line with its result still to come (a failure, or -v's TAP below it): what came above it is its stderr.
    { event: "run", pattern: new RegExp(String.raw`^(?:\[\d\d:\d\d:\d\d\] )?(?<name>${SCRIPT}) \.{2,}\s*$`), afterOutput: true, keyFromName: proveKey },
    // It passed on its own line (`t/02-trim.t .. ok`, `ok     12 ms ( ... )` under --timer, `skipped: no database`).
    { event: "pass", pattern: new RegExp(String.raw`^(?:\[\d\d:\d\d:\d\d\] )?(?<name>${SCRIPT}) \.{2,} (?:ok(?:\s{1,20}\d{1,9} m?s\b[^\n]{0,200})?|skipped: [^\n]{0,500})\s*$`), afterOutput: true, keyFromName: proveKey },
    // Under the announced script's line: its failure (Dubious when it exited non-zero; the subtest count ends its block).
    { event: "fail", pattern: /^Dubious, test returned \d{1,3} \(wstat \d{1,6}, 0x[0-9a-f]{1,6}\)\s*$/, ofAnnounced: true },
    { event: "fail", pattern: /^(?:Failed \d{1,6}\/\d{1,6} subtests|No subtests run|All \d{1,6} subtests passed)\s*$/, ofAnnounced: true, closes: true },
    // -v: a lone `ok` (and its timing) or `skipped:` concludes a script that passed.
    { event: "pass", pattern: /^(?:ok(?:\s{1,20}\d{1,9} m?s\b[^\n]{0,200})?|skipped: [^\n]{0,500})\s*$/, ofAnnounced: true, closes: true },
    // -v: the script's TAP (`ok 1 - name`, `not ok 2 - name`, `1..3`, `Bail out!`): its own stream, read as output.
    { event: "data", pattern: /^(?:not )?ok \d{1,6}\b|^1\.\.\d{1,6}\b|^Bail out!/, ofAnnounced: true },
    // The summary names each script that failed: one it never concluded above is a failure with no account.
    { event: "listed", pattern: new RegExp(String.raw`^(?<name>${SCRIPT})\s{1,300}\(Wstat: \d{1,6}(?: \([^)\n]{1,60}\))? Tests: \d{1,6} Failed: \d{1,6}\)\s*$`), keyFromName: proveKey },
    { event: "end", pattern: /^Test Summary Report\s*$|^Files=\d{1,9}, Tests=\d{1,9}, |^Result: (?:FAIL|PASS|NOTESTS)\s*$/ }
  ],
  // The summary's count of a script's failed subtests (`Tests: 3 Failed: 1`): a script that died before any test counts none.
  reportedFailures: new RegExp(String.raw`^${SCRIPT}\s{1,300}\(Wstat: \d{1,6}(?: \([^)\n]{1,60}\))? Tests: \d{1,6} Failed: (\d{1,6})\)\s*$`),
  // Formatter/Base.pm _output_success.
  passedAll: /^All tests successful\.$/,
  // prove's and Test::More's words that a script failed, which say nothing about why.
  uninformative: /^Dubious, test returned |^(?:Failed \d{1,6}\/\d{1,6} subtests|No subtests run|All \d{1,6} subtests passed)\s*$|^# Looks like (?:you failed \d|you planned \d|your test exited with \d)|^\s{2}(?:Failed tests?|Non-zero exit status|Parse errors|Non-zero wait status):/
};

// src/classify/dialects/index.ts
var DIALECTS = [PROVE, PHPT, GOTESTSUM, PYTEST, UNITTEST, POKU, UVU, JEST, VITEST, AVA, BUN, JASMINE, EXUNIT, PLAYWRIGHT, MOCHA, NODE_TEST, DENO, JAPA, GOCHECK, GO, CONSOLE_FLAT, CONSOLE_LAUNCHER, JUNITCORE, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, COLLISION, NETTE_TESTER, MINITEST_REPORTERS, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 319\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?:connecting to|connect to|Redis on) ['\\"]?[a-z][a-z0-9+.-]{1,20}:\\\\/\\\\/[^\\\\s'\\"/]{1,255}\\\\/[^\\\\s:'\\"]{0,200}:\\\\d{1,5}(?!\\\\d)/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/(?<!rescue |raise )\\\\b(?:Minitest::Assertion|Test::Unit::AssertionFailedError)(?=:|\\\\s*$)/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/\\\\bPlanned for \\\\d{1,6} assertions?, but got \\\\d{1,6}\\\\./\\n/\\\\bnote: test did not panic as expected\\\\b/\\n/\\\\bTest finished without running any assertions\\\\b/\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^\\\\s{0,40}\\\\tError: {0,20}\\\\t(?![^\\\\n]{0,600}(?:Received unexpected error|(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: )))\\\\S/\\n/^\\\\s{0,12}--[^\\\\n]{0,500}\\\\s\\\\(Actual\\\\)$/\\n/^\\\\.\\\\.\\\\. obtained [\\\\w.*[\\\\]{}]{1,100} = (?![^\\\\n]{0,600}(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: ))/\\n/\\\\S\\\\) = (?![^\\\\n]{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))[^\\\\n]{1,200}?[;,] want:? \\\\S/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/Can't locate object method \\"\\\\w{1,100}\\" via package \\"[\\\\w:]{1,200}\\"|Can't call method \\"\\\\w{1,100}\\" (?:on unblessed reference|without a package or object reference)|Undefined subroutine &[\\\\w:]{1,200} called|\\\\bNot an? (?:HASH|ARRAY|CODE|SCALAR|GLOB) reference at |Can't use an undefined value as an? (?:HASH|ARRAY|SCALAR|CODE|symbol|filehandle|subroutine) reference|Can't use string \\\\(\\"[^\\\\n]{0,200}\\"\\\\) as an? \\\\w{1,20} ref while \\"strict refs\\" in use|\\\\bIllegal division by zero at |Modification of a read-only value attempted at |Global symbol \\"[$@%]\\\\w{1,100}\\" requires explicit package name|Bareword \\"[\\\\w:]{1,200}\\" not allowed while \\"strict subs\\" in use/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^[\\\\w./-]{1,300}\\\\.go:\\\\d{1,6}:\\\\d{1,6}: (?!cannot find package |no required module provides package |package [\\\\w./-]{1,200} is not in |could not import |[\\\\w./-]{0,200}imports? )\\\\S/\\n/\\"ruleId\\":(?:\\"[^\\"\\\\n]{1,200}\\"|null),\\"severity\\":2,\\"message\\":\\"/\\n/^FAIL Required test coverage of [\\\\d.]{1,10}% not reached\\\\b/\\n/\\\\bcoverage \\\\([\\\\d.]{1,10}%\\\\) is below the expected minimum coverage\\\\b|^SimpleCov failed with exit \\\\d{1,3}\\\\b/\\n/\\\\bcoverage threshold for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) not met\\\\b/\\n/\\\\bCoverage for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) does not meet (?:global )?threshold\\\\b/\\n/\\\\bRule violated for \\\\w{1,20} [^\\\\n]{1,300}: \\\\w{1,30} covered ratio is [\\\\d.]{1,10}, but expected minimum is [\\\\d.]{1,10}/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -[235]\\\\b|\\\\[Errno -[235]\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:(?!-)\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error -[235] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5}\\\\./\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError(?!:?\\\\s{1,4}Error connecting to Redis on (?!(?:[\\\\w.-]{1,255}:\\\\d{1,5}|\\\\/[^\\\\s()]{1,255}) \\\\((?!Errno::EINVAL\\\\)|Redis::TimeoutError\\\\)|SocketError\\\\))))/\\n/Error connecting to Redis on localhost:\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?!localhost:)(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/^\\\\.\\\\.\\\\. obtained [\\\\w.*[\\\\]{}]{1,100} = (?=[^\\\\n]{0,600}(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: ))/\\n/(?<![\\\\w$.])(?!(?:io\\\\.netty|io\\\\.vertx|reactor|org\\\\.springframework|org\\\\.apache\\\\.http|org\\\\.apache\\\\.hc|org\\\\.apache\\\\.commons\\\\.dbcp2|org\\\\.apache\\\\.tomcat\\\\.jdbc|okhttp3|feign|retrofit2|io\\\\.grpc|org\\\\.postgresql|com\\\\.mysql|org\\\\.mariadb|redis\\\\.clients\\\\.jedis|io\\\\.lettuce|com\\\\.mongodb|org\\\\.mongodb|com\\\\.rabbitmq|org\\\\.apache\\\\.kafka|org\\\\.elasticsearch|co\\\\.elastic\\\\.clients|org\\\\.opensearch|com\\\\.microsoft\\\\.sqlserver|net\\\\.spy\\\\.memcached|net\\\\.rubyeye\\\\.xmemcached|com\\\\.datastax|io\\\\.nats|com\\\\.clickhouse|ru\\\\.yandex\\\\.clickhouse|io\\\\.minio|org\\\\.testcontainers|com\\\\.github\\\\.dockerjava|org\\\\.hibernate|org\\\\.jooq|org\\\\.flywaydb|org\\\\.liquibase|com\\\\.zaxxer\\\\.hikari)\\\\.|(?:java\\\\.util\\\\.concurrent\\\\.ExecutionException|java\\\\.util\\\\.concurrent\\\\.CompletionException|java\\\\.io\\\\.UncheckedIOException|java\\\\.lang\\\\.reflect\\\\.UndeclaredThrowableException|java\\\\.lang\\\\.reflect\\\\.InvocationTargetException): )(?:[A-Za-z_$][\\\\w$.]{0,300}(?:Exception|Error)[\\\\w$]{0,40}|[a-z][\\\\w$]{0,60}\\\\.[\\\\w$.]{1,300}): (?:[^\\\\n]{0,300}?[\\\\s:(])?java\\\\.net\\\\.ConnectException: Connection refused/\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{0,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/^\\\\s{0,40}(?:(?:org\\\\.springframework\\\\.data\\\\.redis\\\\.)?RedisConnectionFailureException: )?(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/\\\\S[^\\\\n]{0,300}\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/\\n/(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\bFailed opening required '(?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)' \\\\(include_path=/\\n/\\\\brequire(?:_once)?\\\\((?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)\\\\): [Ff]ailed to open stream: No such file or directory/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^(?:\\\\[\\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d\\\\] )?(?<name>[\\\\w./+-]{0,300}\\\\.t) \\\\.{2,}\\\\s*$/\\n/^(?:\\\\[\\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d\\\\] )?(?<name>[\\\\w./+-]{0,300}\\\\.t) \\\\.{2,} (?:ok(?:\\\\s{1,20}\\\\d{1,9} m?s\\\\b[^\\\\n]{0,200})?|skipped: [^\\\\n]{0,500})\\\\s*$/\\n/^Dubious, test returned \\\\d{1,3} \\\\(wstat \\\\d{1,6}, 0x[0-9a-f]{1,6}\\\\)\\\\s*$/\\n/^(?:Failed \\\\d{1,6}\\\\/\\\\d{1,6} subtests|No subtests run|All \\\\d{1,6} subtests passed)\\\\s*$/\\n/^(?:ok(?:\\\\s{1,20}\\\\d{1,9} m?s\\\\b[^\\\\n]{0,200})?|skipped: [^\\\\n]{0,500})\\\\s*$/\\n/^(?:not )?ok \\\\d{1,6}\\\\b|^1\\\\.\\\\.\\\\d{1,6}\\\\b|^Bail out!/\\n/^(?<name>[\\\\w./+-]{0,300}\\\\.t)\\\\s{1,300}\\\\(Wstat: \\\\d{1,6}(?: \\\\([^)\\\\n]{1,60}\\\\))? Tests: \\\\d{1,6} Failed: \\\\d{1,6}\\\\)\\\\s*$/\\n/^Test Summary Report\\\\s*$|^Files=\\\\d{1,9}, Tests=\\\\d{1,9}, |^Result: (?:FAIL|PASS|NOTESTS)\\\\s*$/\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,4}FAIL {1,4}(?<name>\\\\S[^\\\\n]{0,300}? {1,4}\\"[^\\"\\\\n]{1,300}\\")$/\\n/^\\\\s{0,4}Total:\\\\s{1,10}\\\\d{1,9}$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d{1,6}(?: -)? \\\\S/\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Started: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Finished: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Skipped: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^ {13}=> Reason: /\\n/^Reported: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Registered: {3}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Test execution (?:started\\\\. Number of static tests: \\\\d{1,9}|finished\\\\.)$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,8}process didn't exit successfully: \`(?<name>[^\`\\\\n]{1,500})\` \\\\(exit status: (?!101\\\\))\\\\d{1,3}\\\\)$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?<name>\\\\.\\\\/\\\\S{1,300}_spec\\\\.rb:\\\\d{1,6}:\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^[\\\\w./+-]{0,300}\\\\.t\\\\s{1,300}\\\\(Wstat: \\\\d{1,6}(?: \\\\([^)\\\\n]{1,60}\\\\))? Tests: \\\\d{1,6} Failed: (\\\\d{1,6})\\\\)\\\\s*$/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) (?:tests|containers) failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/\\n/^got:$/\\n/^want:$/\\n/^[\\\\w./+-]{0,300}\\\\.t\\\\s{1,300}\\\\(Wstat: \\\\d{1,6}(?: \\\\([^)\\\\n]{1,60}\\\\))? Tests: \\\\d{1,6} Failed: (\\\\d{1,6})\\\\)\\\\s*$/\\n/^All tests successful\\\\.$/\\n/^Dubious, test returned |^(?:Failed \\\\d{1,6}\\\\/\\\\d{1,6} subtests|No subtests run|All \\\\d{1,6} subtests passed)\\\\s*$|^# Looks like (?:you failed \\\\d|you planned \\\\d|your test exited with \\\\d)|^\\\\s{2}(?:Failed tests?|Non-zero exit status|Parse errors|Non-zero wait status):/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^!{1,40} (?:_pytest\\\\.outcomes\\\\.Exit\\\\b|Interrupted\\\\b|KeyboardInterrupt\\\\b|stopping after \\\\d)/\\n/^=+ test session starts =+$/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^ {13}=> Exception: (?!(?:org\\\\.opentest4j\\\\.TestAbortedException|org\\\\.junit\\\\.(?:internal\\\\.)?AssumptionViolatedException)(?::|\\\\s*$))/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) (?:tests|containers) failed\\\\s{0,20}\\\\]$/\\n/^Test run finished after \\\\d{1,9} ms$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^JUnit version \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^PHPUnit \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?\\\\S{0,40} by Sebastian Bergmann and contributors\\\\.$/\\n/^\\\\d{1,6}\\\\) (?<name>Error|Warning)$/\\n/^The data provider specified for (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}) is invalid\\\\.?$/\\n/^\\\\s{1,8}\u2718 (?<name>Error|Warning)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^The data provider specified for (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}) is invalid\\\\.?$/\\n/^(?:Error|Warning) Test Case \\\\(PHPUnit\\\\\\\\Framework\\\\\\\\(?:Error|Warning)TestCase\\\\)\\\\s*$/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^(?:JUNIT|JSON|blob) report written to \\\\S/\\n/^\\\\s{0,8}Test Files\\\\s{1,8}\\\\d{1,9} (?:failed|passed)\\\\b/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|^(?:#\\\\s{1,4}|\\\\s{2,4})Failed test(?: '| at \\\\S)|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[21,30,34,35,36,37,38,39,40,49,50,51,53,63,65,67,72,75,76,77,183,192,214,228,240,241,267,272,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,472,473,474,475,476,477,478,479,480,481,482,483,484,485,486,487,488,489,490,491,492,493,494,495,496,497,498,499,500,501,502,503,504,505,506,507,508,509,510,511,512,513,514,515,516,517,518,521,522,523,524,525,526,527,528,529,530,531,532,533,534,535,536,537,538,539,540,541,542,543,544,545,546,547,548,549,550,551,552,553,554,555,556,557,558,559,560,561,562,563,564,565,566,567,568,569,570,571,572,573,574,575,576,577,578,579,580,581,582,583,584,585,586,587,588,591,592,593,594,596,598,599,600,601,602,603,604,607,608,609,611],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,38,50,37,36,56,54,55,123,47,53,57,201,211,195,35,42,64,43,9676,8250,9679,124,215,9135,10004,9472,94,10003,8730,10006,8505,10095,9762,9888,8226,59,92,9654,65123],"words":13,"quiet":14600,"states":16565,"edges":"AAAAAAAAAAABAAAAWQAAAAIAAAAxjgAAAwAAAPMOAAAEAAAA7+AAAAUAAADTWwgABgAAAJjbAQAHAAAAXEsJAAgAAAA8TAIACQAAANeVAAAKAAAAI0wAAAsAAACzGAsADAAAAGebAAANAAAAYRkAAA4AAADioQEADwAAAKa5AAAQAAAArSgAABEAAAAjsAEAEgAAALwJAAATAAAAVD4CABQAAAAWhwQAFQAAAABvAgAWAAAAHiYBABcAAABnWAIAGAAAAL1wAgAZAAAAI2ICABoAAAA2fAIAGwAAAKoIAwAcAAAAIdYDAB0AAAAAAAAAHgAAAH30EAAfAAAAsBsBACAAAAAPqQIAIQAAAKIPDgAiAAAAIwkCACMAAAD2AQEAJAAAAOveBQAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAA0gkQACkAAAC6vg8AKgAAACrRAQArAAAA9skDACwAAABo9wEALQAAAM23DAAuAAAAAAAAAC8AAADiUwIAMAAAAAAAAAAxAAAA7a0CADIAAABp1w8AMwAAAAAAAAA0AAAAaQUEADUAAAAkYxMANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAAAAAAAPwAAAAAAAABAAAAAS24QAEEAAAAxdg4AQgAAAFGBDgBDAAAAiQMTAEQAAABJJRAARQAAAAAAAABGAAAA2SoQAEcAAAAAAAAASAAAAJ1NEABJAAAAIlIQAEoAAADqVBAASwAAADvMFQBMAAAAKHsQAE0AAADsnRAATgAAAEWeEABPAAAA9LYQAFAAAADHuhAAUQAAAGjqEABSAAAAl4gRAFMAAADwiBEAVAAAAHWNEQBVAAAAAAAAAFYAAAAAAAAAVwAAAHJiEwBYAAAAy2ITAFsAAACyAAAAXAAAAKkmBQBeAAAA5Z4LAF8AAAAYVgEAYgAAAIemAABkAAAA0y4MAGUAAABHTAoAagAAAEQMAgBtAAAAkHQCAHAAAADLIQUAdgAAAANBAAC1AAAACwEAALgAAADevxEAvwAAAKcrBADBAAAACE8NAA4BAADI0xMAaQEAAL0BAADDAQAAFgIAAB0CAABvAgAAdwIAAMgCAADKAgAAIQMAACoDAAB6AwAAhAMAANMDAADeAwAALAQAADgEAACFBAAAkgQAAN4EAADoBAAANwUAAEUFAACQBQAAnwUAAOkFAADrBQAAQgYAAEwGAACbBgAAqQYAAPQGAAD5BgAATQcAAFoHAACmBwAArgcAAP8HAAAPCAAAWAgAAFoIAACxCAAAvwgAAAoJAAAbCQAAIdQTAGoJAAB61BMAvgkAALOoEAC/CQAAMhUOAMQJAAAVCgAAyAkAANsEDgDJCQAAQfYNAMwJAAAr9A0A0QkAAOAqDQDVCQAA1aMQANgJAACYogwAGQoAAItOAwAaCgAAPkcDABsKAABUogMAHAoAAG4KAAAiCgAAEKwDAHMKAADHCgAA0woAACALAAAjCwAAeQsAAIELAADSCwAA3wsAACsMAAAwDAAAhAwAAI4MAADdDAAA5QwAADYNAABCDQAAjw0AAEUNAAA4bAIAog0AAOgNAAD2DQAAQQ4AAEQOAACaDgAApA4AANPUEwD1DgAAVXkAAPYOAADn0gEA+A4AAEwPAAD8DgAAHb0OAP0OAAAr1AIA/g4AAE9mAgD/DgAA/B8AAAAPAAAyhBAAAQ8AAMunAQACDwAAGzMAAAQPAAA8YgQABw8AAPi5AwAQDwAAogUFABMPAAD9vA8AUg8AAKUPAABbDwAAuY8KAKsPAAD+DwAAEhAAAFcQAABsEAAAsBAAALgQAAAJEQAAExEAAGIRAABnEQAAuxEAAMARAAAUEgAAHBIAAG0SAACDEgAAxhIAAMgSAAAfEwAALBMAAHgTAACMEwAA0RMAANkTAAAqFAAAORQAAIMUAACUFAAA3BQAAOoUAAA1FQAAQRUAAI4VAACbFQAA5xUAAPEVAABAFgAAQxYAAJkWAAChFgAA8hYAAPQWAABLFwAAXBcAAKQXAACqFwAA/RcAAAkYAABWGAAAWBgAAK8YAAC2GAAACBkAABwZAAAs1RMAYhkAAK+QEwBjGQAAKJMCAGYZAAC6GQAAahkAAHVBAgBvGQAA2lAEALwZAADl1wAAvRkAANQQCgDBGQAA+WIMAMIZAAATGgAAxBkAAEVSAQDFGQAAmdIJAMcZAADSvAgAyRkAANGiDQDLGQAAsGgIANAZAADDmQIA0xkAAP4OCAAUGgAAbBoAABYaAAD61QcAGRoAADjlDQCDGgAAxRoAAN0aAAAeGwAAKRsAAHcbAACQGwAA0BsAANIbAAApHAAAQxwAAIIcAACRHAAA2xwAAOAcAAA0HQAAQR0AAI0dAACdHQAA5h0AAO4dAAA/HgAASx4AAJgeAAClHgAA8R4AAPseAABKHwAAUB8AAKMfAAC3HwAAhdUTAAIgAABVIAAABiAAAMUYEAATIAAAY0oOAHAgAACuIAAAuiAAAAchAAANIQAAYCEAAGMhAABangcAaCEAALkhAAC8IQAAHsEHAMAhAAASIgAAxCEAAHddBgDHIQAA4sIEABciAABrIgAAdyIAAMQiAADHIgAAHSMAACUjAAB2IwAAgyMAAM8jAADUIwAAKCQAADIkAACBJAAAiSQAANokAADdJAAAMyUAADwlAACMJQAAjSUAAOUlAADmJQAAPiYAAEMmAACXJgAAnSYAAPAmAAD6JgAASScAAFEnAACiJwAApScAAPsnAAD+JwAAVCgAAGUoAADe1RMArygAABDvAQCyKAAAfI0OALYoAAD2FRMAuSgAAAYpAAC7KAAAsXYKAB4pAABfKQAAYikAALgpAADEKQAAESoAAB4qAABqKgAAcSoAAMMqAADFKgAAHCsAACUrAAB1KwAAfysAAM4rAADZKwAAJywAAEMsAACALAAAiCwAADfWEwDeLAAAMi0AADotAACLLQAAjC0AAOQtAADmLQAAPS4AAEAuAACWLgAAmS4AAJDWEwD0LgAASC8AAE4vAAChLwAAqC8AAPovAAACMAAAUzAAAFYwAACsMAAAtTAAAAUxAAAGMQAAXjEAAF8xAAC3MQAAyDEAABAyAAAeMgAAaTIAAHUyAADCMgAAyTIAAOnWEwAhMwAAdDMAAHYzAADNMwAA4zMAACY0AAAuNAAAfzQAAIE0AADYNAAA4TQAADE1AAA7NQAAijUAAJU1AADjNQAA7zUAADw2AABJNgAAlTYAAJ82AADuNgAA/DYAAEc3AABWNwAAoDcAAKI3AAD5NwAAAzgAAFI4AABgOAAAqzgAALA4AAAEOQAAETkAAF05AABlOQAAtjkAALw5AAAPOgAAGzoAAGg6AACFOgAAwToAAMo6AAAaOwAAKDsAAHM7AAB5OwAAzDsAANg7AAAlPAAAKDwAAH48AACGPAAA1zwAAOg8AAAwPQAAPj0AAIk9AACiPQAA4j0AAOM9AAA7PgAAWD4AAELXEwCZPgAA7T4AAPM+AABGPwAATj8AAJ8/AACoPwAA+D8AAPs/AABRQAAAXUAAAKpAAACwQAAA9NcTAB9BAABcQQAAZEEAAE3YEwC4QQAADkIAAB9CAABnQgAAb0IAAMBCAADOQgAAGUMAABxDAAByQwAAekMAAMtDAADYQwAAJEQAAClEAAB9RAAAh0QAANZEAADeRAAAL0UAADtFAACIRQAAlUUAAOFFAADjRQAAOkYAAFNGAACTRgAApEYAAOxGAAD4RgAARUcAAExHAACeRwAApkcAAPdHAAD8RwAAUEgAAF1IAACpSAAAsUgAAAJJAAAMSQAAW0kAAGZJAAC0SQAAwEkAAA1KAAAVSgAAptgTAHJKAAC/SgAAxUoAABhLAAAzSwAAcUsAAH1LAADKSwAA0EsAAP/YEwAoTAAAg4MCAClMAADgjwYAKkwAALkrCQAuTAAAfEwAAC9MAABf5gEAMUwAAPxsBwA3TAAA5owCAIJMAACr/hIAiEwAANVMAADbTAAApZQEAN1MAABY2RMAOk0AAIdNAACNTQAA4E0AAPtNAAA5TgAARU4AAJJOAACYTgAA604AAPNOAABETwAASk8AAJ1PAACpTwAA9k8AABNQAABPUAAAWFAAAKhQAAC0UAAAAVEAAARRAABaUQAAZFEAALNRAAC/UQAADFIAABNSAABlUgAAbVIAAL5SAAC/UgAA3WUAAMFSAAAXUwAAJlMAAHBTAAB2UwAAyVMAAMtTAAAiVAAAOFQAAHtUAACZVAAA1FQAAO1UAAAtVQAAL1UAAIZVAACJVQAA31UAAOtVAAA4VgAAP1YAAJFWAACZVgAA6lYAAOxWAABDVwAATFcAAJxXAACmVwAA9VcAAABYAABOWAAAWlgAAKdYAAC0WAAAAFkAAApZAABZWQAAZ1kAALJZAADBWQAAC1oAAA1aAABkWgAAbloAAL1aAADLWgAAFlsAABtbAABvWwAAfFsAAMhbAADdWwAAIVwAAClcAAB6XAAAk1wAANNcAADcXAAALF0AADZdAACFXQAAjV0AAN5dAADrXQAAN14AADxeAACQXgAAmF4AAOleAADqXgAAQl8AAERfAACbXwAAnl8AAPRfAAD3XwAAsdkTAFJgAACmYAAArGAAAP9gAAAGYQAAWGEAAGBhAACxYQAAtWEAAApiAAAMYgAAY2IAAGZiAAC8YgAAxGIAABVjAAAWYwAAbmMAAHRjAADHYwAAzGMAACBkAAA7ZAAAeWQAAIdkAADSZAAA2WQAACtlAAA3ZQAAhGUAAItlAAAK2hMA32UAADZmAAA5ZgAAj2YAAJJmAABj2hMA7WYAAEFnAABHZwAAmmcAAKFnAADzZwAAEWgAAExoAABlaAAApWgAAKdoAAD+aAAAAWkAAFdpAABjaQAAsGkAALdpAAAJagAAEWoAAGJqAABkagAAu2oAAMRqAAAUawAAHmsAAG1rAAB4awAAxmsAANJrAAAfbAAALGwAAHhsAACCbAAA0WwAAN9sAAAqbQAAOW0AAINtAACFbQAA3G0AAOZtAAA1bgAAQ24AAI5uAACTbgAA524AAPRuAABAbwAAVW8AAJlvAAChbwAA8m8AAAtwAABLcAAAVHAAAKRwAACucAAA/XAAAAVxAABWcQAAY3EAAK9xAAC0cQAACHIAABByAABhcgAAYnIAALpyAAC8cgAAE3MAABZzAABscwAAb3MAALzaEwDKcwAAHnQAACR0AAB3dAAAfnQAANB0AADYdAAAKXUAAC11AACCdQAAhHUAANt1AADedQAANHYAADx2AACNdgAAjnYAAOZ2AADsdgAAP3cAAER3AACYdwAAs3cAAPF3AAD/dwAASngAAFF4AACjeAAAr3gAAPx4AAADeQAAFdsTAFh5AACueQAAv3kAAAd6AAAPegAAkboBACN6AABgegAAaHoAAG7bEwDIegAAEnsAABh7AABrewAAbXsAAMR7AADaewAAHXwAADt8AAB2fAAAeXwAAM98AADbfAAAKH0AAC59AACBfQAAnH0AANp9AADmfQAAM34AADl+AACMfgAAqn4AAOV+AAD1fgAAPn8AAEx/AACXfwAAnX8AAPB/AADzfwAASYAAAFOAAACigAAAwIAAAPuAAAARgQAAVIEAAGCBAACtgQAAsIEAAAaCAAAJggAAX4IAAGGCAAC4ggAAz4IAABGDAAAdgwAAaoMAAIaDAADDgwAAy4MAAMfbEwAthAAAdYQAAIOEAADOhAAA2oQAACeFAAA0hQAAgIUAAIqFAADZhQAA4YUAADKGAAAzhgAAi4YAAI2GAADkhgAA54YAAD2HAABAhwAAINwTAJuHAADvhwAA9YcAAEiIAABPiAAAoYgAAKmIAAD6iAAAEIkAAFOJAABciQAArIkAAK+JAAAFigAAD4oAAF6KAABmigAAt4oAANCKAAAQiwAAHIsAAGmLAABxiwAAedwTAMqLAAAbjAAAHowAAHSMAAB+jAAAzYwAANOMAAAmjQAANI0AAH+NAACMjQAA2I0AAO+NAADS3BMAMo4AAE0bEgA0jgAAYN4BADeOAADKugIAOI4AAG0cCQA5jgAAH7kHADqOAACY0AAAO44AAJeVAgA+jgAAUpoRAD+OAABewA0AQI4AAIqOAABCjgAA2egJAEeOAAD45QcASI4AALGtDwCUjgAA5uQKAJmOAADjjgAA744AADyPAAA9jwAAseYEAD+PAACVjwAAmI8AAO6PAAD1jwAAZq4BAPaPAABHkAAABpAAAHQ+AQBOkAAAoJAAAKyQAAD5kAAABpEAAFKRAABgkQAAq5EAALeRAAAEkgAAC5IAAF2SAABlkgAAtpIAAMaSAAAPkwAAFJMAAGiTAABukwAAwZMAAMmTAAAalAAAI5QAAHOUAAB2lAAAzJQAANiUAAAllQAAK5UAACvdEwCdlQAAhN0TAOSVAAAwlgAAMpYAAIUPAQAzlgAA8t4CADeWAAB8FAMAO5YAADx3DgA8lgAAVyYCAD6WAADLCwMAP5YAAKFwDgBJlgAAfbMCAFCWAACJlgAAlpYAAOKWAADnlgAAO5cAAD+XAACUlwAAoZcAAO2XAAD1lwAARpgAAPiXAACkQgwATZgAAJ+YAABVmAAANpIEAKGYAAD4mAAAApkAAFGZAABTmQAAqpkAAMOZAAADmgAABZoAAFyaAABfmgAAtZoAAMGaAAAOmwAAFpsAAN3dEwBtmwAAwJsAAG+bAAC6WRYAdpsAAC37BwB4mwAA9k4IAHqbAACnYwEAf5sAADEdDgCDmwAA/GsPAMabAAAO9AAA2JsAABmcAAAbnAAAcpwAACacAAAAsgAAMpwAALSiAACBnAAAy5wAANqcAAAknQAAMJ0AAH2dAACAnQAA1p0AANmdAAAvngAAR54AAIieAACPngAA4Z4AAO2eAAA6nwAAR58AAJOfAAChnwAA7J8AAPifAABFoAAATKAAAJ6gAAC2oAAA96AAAAOhAABQoQAAVqEAAKmhAACvoQAAAqIAAAeiAABbogAAYaIAAI/eEwC2ogAADaMAABSjAABmowAAfqMAAL+jAADGowAAGKQAADGkAABxpAAAiaQAAMqkAADWpAAAI6UAACmlAAB8pQAAgqUAANWlAADapQAALqYAADSmAADo3hMAoKYAAOCmAADxpgAAOacAAEenAACSpwAAoacAAOunAADzpwAARKgAAGSoAACdqAAAqagAAPaoAAAKqQAAT6kAAFepAACoqQAArqkAAAGqAAANqgAAWqoAAGSqAACzqgAAuaoAAAyrAAAaqwAAZasAAHGrAAC+qwAA2asAABesAAAZrAAAcKwAAIGsAADJrAAA0awAACKtAAAwrQAAe60AAH6tAADUrQAA3K0AAC2uAAA6rgAAhq4AAIuuAADfrgAA6a4AADivAABArwAAka8AAJOvAADqrwAA+68AAEOwAABUsAAAnLAAAKGwAAD1sAAA+bAAAE6xAABasQAAp7EAAK6xAABB3xMABbIAAFmyAABjsgAAsrIAAMqyAAALswAADrMAAGSzAABtswAAvbMAAL6zAAAWtAAAF7QAAG+0AAB0tAAAyLQAAM60AAAhtQAAK7UAAHq1AACGtQAA07UAANq1AAAstgAARLYAAIW2AACHtgAA3rYAAOe2AAA3twAAQbcAAJC3AACbtwAA6bcAAAG4AABCuAAAWLgAAJu4AACguAAA9LgAAPu4AABNuQAAWbkAAJrfEwCouQAA6xYDAKu5AAAxmQEAr7kAAPvNBwCxuQAAaJ0JALe5AAD/uQAAAboAADjFAgANugAAWLoAAGS6AACxugAAZ7oAAG4fCgC+ugAACrsAABS7AABjuwAAZLsAAP9/EwBruwAAvLsAAMO7AAAVvAAA17sAAE3EAQAavAAAbrwAAHq8AADHvAAAyrwAACC9AAAovQAAeb0AAIa9AADSvQAA170AACu+AAA1vgAAhL4AAIy+AADdvgAA4L4AADa/AAA/vwAAj78AAJC/AADovwAA6b8AAEHAAABGwAAAmsAAAKDAAADzwAAA/cAAAEzBAABUwQAApcEAAKfBAAD+wQAAB8IAAFfCAABhwgAAsMIAALvCAAAJwwAAFcMAAGLDAABvwwAAu8MAAMXDAAAUxAAAIsQAAG3EAAB8xAAAxsQAAMjEAAAfxQAAKcUAAHjFAACGxQAA0cUAANbFAAAqxgAAN8YAAIPGAACLxgAA3MYAAN3GAAA1xwAAO8cAAI7HAACTxwAA58cAAPHHAABAyAAARcgAAJnIAACoyAAA8sgAAPfIAABLyQAAXMkAAKTJAACsyQAA/ckAAAPKAABWygAAYsoAAK/KAADMygAACMsAABHLAABhywAAbcsAALrLAAC9ywAAE8wAAB3MAABszAAAeMwAAMXMAADMzAAAHs0AACbNAAB3zQAAkM0AANDNAADkzQAAKc4AADHOAACCzgAAhc4AANvOAADnzgAANM8AADrPAACNzwAAqM8AAObPAADyzwAAP9AAAEXQAADz3xMAotAAAPHQAAD80AAAStEAAFLRAAC34wAAVtEAAKPRAACw0QAA/NEAAAbSAABV0gAAY9IAAK7SAAC90gAAB9MAAAnTAABg0wAAatMAALnTAADH0wAAEtQAABfUAABr1AAAeNQAAMTUAADM1AAAHdUAANTUAADOjwEAHtUAAHbVAAAh1QAACH0BAC3VAAC+tgEAh9UAAM/VAADY1QAAKNYAAD/WAACB1gAAj9YAANrWAADn1gAAM9cAADvXAACM1wAAq9cAAEzgEwDu1wAAPtgAAEjYAACX2AAAotgAAKXgEwDy2AAASdkAAFLZAACi2QAArNkAAPvZAAAG2gAAVNoAAGDaAACt2gAAutoAAAbbAAAQ2wAAX9sAAG3bAAC42wAAx9sAABHcAAAT3AAAatwAAHTcAADD3AAA0dwAABzdAAAh3QAAdd0AAILdAADO3QAA1t0AACfeAAAt3gAAgN4AAIzeAADZ3gAA9t4AADLfAAA73wAAi98AAJnfAADk3wAA6t8AAD3gAABJ4AAAluAAAJ3gAAD+4BMA8eAAAE5uAgD14AAASOEAAE3hAACh4QAAVuEAAMfzBQCu4QAA+uEAABHiAABT4gAAVOIAAKziAACu4gAABeMAAAjjAABe4wAAYeMAAFfhEwDY4wAAEOQAABHkAABp5AAAa+QAAMLkAADF5AAAG+UAAB7lAACw4RMAeeUAAM3lAADT5QAAJuYAAC3mAAB/5gAAoeYAANjmAADg5gAAMecAAEDnAACK5wAAjOcAAOPnAAD05wAAPOgAAE3oAACV6AAAoegAAO7oAAD16AAAR+kAAE/pAACg6QAApOkAAPnpAAAH6gAAUuoAAFzqAACr6gAAtuoAAATrAAAJ6wAAXesAAGbrAAC26wAAwOsAAA/sAAAX7AAAaOwAAGrsAADB7AAAzuwAABrtAAAu7QAAc+0AAHvtAADM7QAAze0AACXuAAAn7gAAfu4AAIHuAADX7gAA2u4AAAniEwA17wAAie8AAI/vAADi7wAA6e8AADvwAABD8AAAlPAAAKPwAADt8AAA8vAAAEbxAABT8QAAn/EAAK/xAAD48QAABvIAAFHyAABo8gAAqvIAALPyAAAD8wAACfMAAFzzAABo8wAAtfMAALzzAABi4hMAE/QAAJS4AwAW9AAAZ/QAABv0AAACaQsAdvQAAMD0AADR9AAAGfUAACf1AABy9QAAfvUAAMv1AADY9QAAJPYAAC72AAB99gAAhfYAANb2AADZ9gAAL/cAADv3AACI9wAAlfcAAOH3AADr9wAAOvgAAEL4AACT+AAAlfgAAOz4AAD1+AAARfkAAE/5AACe+QAAqfkAAPf5AAAM+gAAUPoAAFj6AACp+gAAwvoAAAL7AAAL+wAAW/sAAGX7AAC0+wAAvPsAAA38AAAa/AAAZvwAAGv8AAC//AAAx/wAABj9AAAZ/QAAcf0AAHP9AADK/QAAzf0AACP+AAAm/gAAu+ITAIH+AADV/gAA2/4AAC7/AAA1/wAAh/8AAI//AADg/wAA7v8AADkAAQA8AAEAkgABAJoAAQDrAAEA7gABAEQBAQBQAQEAnQEBAKcBAQAU4xMA9wEBAFV3EAD4AQEATwIBAPkBAQAXlA4AAAIBAMR5EAABAgEANF8GAAUCAQByWQIABgIBAHQbDgAaAgEAPjwCAFgCAQCoAgEAXgIBAMVmDwCyAgEAAQMBAAwDAQBaAwEAZgMBALMDAQDAAwEADAQBABYEAQBlBAEAcwQBAL4EAQDNBAEAFwUBABkFAQBwBQEAegUBAMkFAQDXBQEAIgYBACcGAQB7BgEAiAYBANQGAQDkBgEALQcBAC8HAQCGBwEAlAcBAN8HAQDwBwEAbeMTAD8IAQDG4xMAmQgBAB/kEwDzCAEAQwkBAE0JAQCcCQEApwkBAPUJAQABCgEATgoBAFsKAQCnCgEAsQoBAAALAQAOCwEAWQsBAGgLAQCyCwEAtAsBAAsMAQAVDAEAZAwBAHIMAQC9DAEAwgwBABYNAQAjDQEAbw0BAHcNAQDIDQEA2A0BACEOAQAjDgEAeg4BAIgOAQDTDgEA5A4BAHjkEwAzDwEA0eQTAJ4PAQDeDwEA7w8BADcQAQBDEAEAkBABAJgQAQAq5RMA7hABAEIRAQBKEQEAmxEBAJ0RAQD0EQEAoBEBALT6CACqEQEAj08GAP0RAQBNEgEAAxIBAA67CwBXEgEAphIBALESAQD/EgEACxMBAFgTAQBlEwEAsRMBALsTAQAKFAEAGBQBAGMUAQByFAEAvBQBAL4UAQAVFQEAHxUBAG4VAQB6FQEAxxUBAM8VAQCD5RMAIxYBAHkWAQCHFgEA0hYBAN8WAQArFwEAQhcBAIQXAQCMFwEA3RcBAPMXAQA2GAEAQhgBAI8YAQCeGAEA6BgBAPMYAQBBGQEAQxkBAJoZAQCnGQEA8xkBAAEaAQBMGgEATxoBAKUaAQC7GgEA/hoBAAYbAQBXGwEAaRsBANzlEwC4GwEA13MFALobAQCh6hEAvRsBAIooDwC/GwEACRwBAA4cAQBiHAEAaRwBALscAQDHHAEAFB0BACEdAQBtHQEAbx0BAMYdAQDcHQEAHx4BACseAQB4HgEAlx4BANEeAQDtHgEAKh8BADIfAQA15hMAhR8BANwfAQDlHwEANSABAD8gAQCOIAEAmSABAOcgAQDzIAEAQCEBAE0hAQCZIQEAoyEBAPIhAQAAIgEASyIBAFoiAQCkIgEApiIBAP0iAQAHIwEAViMBAGQjAQCvIwEAtCMBAAgkAQAVJAEAYSQBAHEkAQC6JAEAvCQBABMlAQAhJQEAbCUBAH0lAQCO5hMAzCUBAOfmEwAgJgEADeUGACMmAQB3JgEAJyYBAJMDAgAqJgEAOlAJACwmAQC8xgEAMiYBAPpxBgB+JgEAYZMDAIQmAQDQJgEA5yYBACknAQAuJwEAgicBAIUnAQDbJwEAjCcBALKmBwCeJwEA0rEHAOAnAQDpqwcA5ycBADQoAQA6KAEAETUBAEMoAQCNKAEAligBAOYoAQDsKAEAPykBAE0pAQCYKQEAoikBAPEpAQAFKgEASioBAFYqAQCjKgEAtioBAPwqAQALKwEAVSsBAGErAQCuKwEArysBAAcsAQARLAEAYCwBAG4sAQC5LAEAviwBABItAQAfLQEAmecTAH4tAQDELQEA0y0BAB0uAQApLgEAdi4BAHcuAQDPLgEA2S4BACgvAQA2LwEAgS8BAIYvAQDaLwEA5y8BAKToEwA1MAEAjDABAJUwAQDlMAEA7zABAD4xAQBJMQEAlzEBAKMxAQDwMQEA/TEBAEkyAQBTMgEAojIBALAyAQD7MgEACjMBAFQzAQBWMwEArTMBALczAQAGNAEAFDQBAF80AQBsNAEAuDQBAM80AQD96BMALDUBAGo1AQB2NQEAwzUBAMk1AQAcNgEAKDYBAHU2AQB7NgEAzjYBANQ2AQAnNwEALDcBAIA3AQCGNwEAVukTAOI3AQAyOAEAPDgBAIs4AQCWOAEA5DgBAPA4AQA9OQEASjkBAJY5AQCgOQEA7zkBAP05AQBIOgEAVzoBAKE6AQCjOgEA+joBAAQ7AQBTOwEAYTsBAKw7AQCxOwEABTwBABI8AQBePAEAZjwBALc8AQDHPAEAED0BABI9AQBpPQEAdz0BAMI9AQDTPQEAYeoTACI+AQC66hMAej4BAM0+AQDZPgEAJj8BADY/AQB/PwEAiD8BANg/AQDbPwEAMUABAD1AAQCKQAEAkUABAONAAQDrQAEAPEEBAFpBAQCVQQEAnUEBAO5BAQD/QQEAR0IBAExCAQCgQgEAt0IBAPlCAQAHQwEAUkMBAF9DAQCrQwEAs0MBAAREAQAIRAEAXUQBAF9EAQC2RAEAuUQBAA9FAQAXRQEAaEUBAG5FAQDBRQEAzUUBABpGAQAqRgEAc0YBAHxGAQDMRgEAz0YBACVHAQAxRwEAfkcBAIVHAQAT6xMA4EcBADBIAQAzSAEAiUgBAJdIAQDiSAEA70gBADtJAQBSSQEAlEkBAJxJAQDtSQEA70kBAEZKAQBPSgEAn0oBAKlKAQD4SgEAA0sBAFFLAQBdSwEAqksBALdLAQADTAEADUwBAFxMAQBqTAEAtUwBAMRMAQAOTQEAEE0BAGdNAQBxTQEAwE0BAM5NAQAZTgEAHk4BAHJOAQB/TgEAy04BANNOAQAkTwEAOk8BAH1PAQCJTwEA1k8BAOVPAQAvUAEAOlABAIhQAQCKUAEA4VABAO5QAQA6UQEASFEBAJNRAQCWUQEA7FEBAAJSAQBs6xMATVIBAJJkAgBRUgEAvg8CAFNSAQC72QIAXVIBAJ5SAQCgUgEA91IBAAhTAQBQUwEAYVMBAKlTAQCuUwEAAlQBAAZUAQBbVAEAZ1QBALRUAQC7VAEADVUBABVVAQBmVQEAhFUBAL9VAQDHVQEAxesTAB1WAQBxVgEAclYBAKCOEACAVgEAHrUOAIpWAQDKVgEAzFYBACNXAQA8VwEAfFcBAI1XAQDVVwEA4VcBAC5YAQAwWAEAh1gBAJBYAQDgWAEAllgBAMleAQDqWAEAOVkBAERZAQCSWQEAnlkBAOtZAQD4WQEARFoBAE5aAQCdWgEAq1oBAPZaAQAFWwEAT1sBAFFbAQCoWwEAslsBAAFcAQAPXAEAWlwBAF9cAQCzXAEAwFwBAAxdAQAYXQEAZV0BAGtdAQC+XQEAxF0BABdeAQAcXgEAcF4BAHZeAQAe7BMA2F4BACJfAQAuXwEAe18BAH5fAQDUXwEA118BAC1gAQA0YAEAhmABAJJgAQDfYAEA7GABADhhAQBGYQEAkWEBAJ1hAQDqYQEA8WEBAHfsEwBJYgEAnGIBAKJiAQD1YgEA+mIBAE5jAQBUYwEA0OwTAKhjAQD5TQIAsWMBAFHPDQCzYwEADcITALVjAQA/uA4AtmMBAABkAQAMZAEAWWQBAFpkAQCyZAEAZWQBAD3IDgC8ZAEAC2UBABllAQBkZQEAaWUBAL1lAQDKZQEAKe0TABhmAQDtfw4AJGYBALdyDgA5ZgEAgu0TAJVmAQDIZgEA72YBACFnAQBFZwEAemcBAIJnAQDb7RMA32cBACxoAQAuaAEAhWgBAIhoAQDeaAEA42gBADdpAQBEaQEAkGkBAKxpAQDpaQEA8WkBADTuEwBLagEAm2oBAE9qAQAJdQEAnmoBAPRqAQAAawEATWsBAFNrAQCmawEAs2sBAP9rAQABbAEAWGwBAG5sAQCxbAEAvWwBAAptAQASbQEAje4TAGltAQC8bQEAxG0BABVuAQAWbgEAbm4BAHBuAQDHbgEAym4BACBvAQAjbwEA5u4TAH5vAQDSbwEA2G8BACtwAQAycAEAhHABAIxwAQDdcAEA6nABADZxAQA7cQEAj3EBAJlxAQDocQEA8HEBAEFyAQBDcgEAmnIBAKtyAQDzcgEABHMBAExzAQBRcwEApXMBAKlzAQD+cwEACnQBAFd0AQBedAEAsHQBAMJ0AQA/7xMADnUBAGJ1AQBqdQEAu3UBAL11AQAUdgEAI3YBAG12AQB8dgEAxnYBANJ2AQAfdwEAIncBAHh3AQB7dwEA0XcBANl3AQAqeAEANHgBAIN4AQCIeAEA3HgBAOR4AQA1eQEAP3kBAI55AQCZeQEA53kBAPV5AQBAegEAQ3oBAJl6AQChegEA8noBAA17AQBLewEAVnsBAKR7AQCpewEA/XsBAAB8AQBWfAEAYHwBAK98AQDBfAEAmO8TABZ9AQBhfQEAa30BALp9AQDFfQEAE34BABt+AQBsfgEAcn4BAMV+AQDHfgEAHn8BADd/AQB3fwEAkH8BANB/AQDefwEAKYABADOAAQCCgAEAmIABANuAAQD4gAEANIEBADyBAQCNgQEAnYEBAOaBAQDogQEAP4IBAE2CAQCYggEAqYIBAPHvEwD4ggEASvATAEuDAQCjgwEAtIMBAPyDAQAIhAEAVYQBAFeEAQCuhAEAsYQBAAeFAQAThQEAYIUBAGiFAQD88BMAxIUBABKGAQAehgEAa4YBAHqGAQDEhgEA5IYBAB2HAQAlhwEAdocBAIqHAQDPhwEA1IcBACiIAQAxiAEAgYgBAIeIAQDaiAEA4ogBADOJAQBCiQEAjIkBAJGJAQDliQEA8okBAD6KAQBLigEAl4oBAKOKAQDwigEA/4oBAEmLAQBTiwEAoosBALCLAQD7iwEAAIwBAFSMAQBhjAEArYwBALWMAQAGjQEACY0BAF+NAQBrjQEAuI0BAMKNAQARjgEAG44BAGqOAQB4jgEAw44BANCOAQAcjwEAM48BAHWPAQB4jwEAVfETANCPAQAnkAEANZABAICQAQCRkAEArvETAOCQAQAH8hMAUZEBAIuRAQCbkQEA5JEBAOaRAQA9kgEAS5IBAJaSAQCnkgEAYPITAPaSAQC58hMATZMBAKGTAQCpkwEA+pMBAPyTAQBTlAEAXJQBAKyUAQC2lAEABZUBABCVAQBelQEAapUBALeVAQDElQEAEJYBABqWAQBplgEAd5YBAMKWAQDRlgEAG5cBAB2XAQB0lwEAfpcBAM2XAQDZlwEAJpgBAC6YAQBr8xMAhJgBANiYAQDgmAEAxPMTADiZAQCKmQEAOpkBAIfSBAA+mQEAutYBAEKZAQBAFBAAR5kBAA7/AQBMmQEAOhkEAJaZAQDjmQEA65kBALKOFQD/mQEAy/4RAAuaAQA8mgEAYpoBAJWaAQC+mgEA7poBABSbAQBHmwEAbZsBAKCbAQComwEA+ZsBACOcAQBSnAEAa5wBAKucAQCtnAEABJ0BAAudAQBdnQEAZZ0BALadAQDFnQEAD54BABWeAQBongEAdJ4BAMGeAQDIngEAGp8BACafAQBznwEAgJ8BAMyfAQDWnwEAJaABADOgAQB+oAEAgKABANegAQDooAEAMKEBADOhAQCJoQEAtKEBAB30EwDloQEAgvoEAOyhAQBNVAcA76EBADuiAQDyoQEApvoOAPOhAQD85wIA+KEBALlYBQBCogEAfqsCAEWiAQDiaQQASqIBAPyBEQBWogEAlKIBAJaiAQDtogEA/qIBAEajAQBUowEAn6MBAKajAQD4owEA+qMBAFGkAQD9owEAb8oCAACkAQCFwQEAYKQBAKqkAQC5pAEAA6UBAA+lAQBcpQEAX6UBALWlAQC4pQEADqYBAC6mAQBnpgEAc6YBAMCmAQDUpgEAGacBACenAQBypwEAeacBAHb0EwDhpwEA7REEAOKnAQAkqAEAJqgBAKVQDgAnqAEAmk8OADGoAQB9qAEAf6gBANaoAQDgqAEAL6kBAOeoAQB4VA4AOKkBAIipAQCOqQEA4akBAO2pAQA6qgEAQaoBAJOqAQCYqgEA7KoBAPiqAQBFqwEASKsBAJ6rAQCrqwEA96sBAPyrAQBQrAEAWqwBAKmsAQC/rAEAAq0BAAStAQBbrQEAZa0BALStAQDDrQEADa4BABiuAQDP9BMAcq4BAL+uAQDMrgEAGK8BACavAQBxrwEAfa8BAMqvAQDRrwEAKPUTACiwAQB8sAEAL7ABAPfsDwAxsAEASV4FAH6wAQBItAQAgbABAOFwDACLsAEAMMEMAJOwAQDVsAEA47ABAC6xAQA7sQEAh7EBAI+xAQDgsQEA6rEBANb1CADwsQEAObIBADuyAQCSsgEAoLIBAOuyAQD8sgEAgfUTAEuzAQDa9RMAorMBAPazAQD8swEAT7QBAFe0AQCotAEAsbQBAAG1AQAEtQEAWrUBAGa1AQCztQEAubUBAAy2AQAUtgEAZbYBAIS2AQCM9hMAwLYBABe3AQAltwEAcLcBAIG3AQDl9hMA0LcBAD73EwAnuAEAe7gBAIG4AQDUuAEA3LgBAC25AQA2uQEAhrkBAIm5AQDfuQEA67kBADi6AQA+ugEA8PcTAJO6AQDqugEA87oBAEO7AQBNuwEAnLsBAKe7AQD1uwEAAbwBAE68AQBbvAEAp7wBALG8AQAAvQEADr0BAFm9AQBovQEAsr0BALS9AQALvgEAFb4BAGS+AQByvgEAvb4BAMK+AQAWvwEAI78BAG+/AQB3vwEAyL8BANi/AQAhwAEAI8ABAHrAAQCIwAEA08ABAOTAAQBJ+BMAM8EBAKL4EwCOwQEA3sEBAOHBAQA3wgEAQ8IBAJDCAQCWwgEA6cIBAPbCAQBCwwEARMMBAJvDAQCxwwEA9MMBAADEAQD7+BMAWcQBAKbEAQCsxAEA/8QBAALFAQBYxQEAZsUBALHFAQC2xQEACsYBABfGAQBjxgEAa8YBAFT5EwDJxgEAFccBACPHAQBuxwEAeMcBADPiAQCExwEAx8cBANDHAQAgyAEANsgBAHnIAQCByAEA0sgBANXIAQAryQEANMkBAITJAQCFyQEA3ckBAN7JAQA2ygEAO8oBAI/KAQCVygEA6MoBAPLKAQBBywEATcsBAJrLAQChywEA88sBAPvLAQBMzAEATswBAKXMAQCmzAEA/swBAAzNAQBXzQEAX80BALDNAQDLzQEACc4BABXOAQBizgEAaM4BALvOAQC+zgEAFM8BACLPAQBtzwEAcs8BAMbPAQDTzwEAH9ABACfQAQB40AEAhtABANHQAQDU0AEArfkTAC3RAQCD0QEALtEBAM9DCwA20QEAxjILADjRAQAxPhEAPdEBAB91EQCG0QEA3NEBAO3RAQA10gEAUdIBAI7SAQCW0gEABvoTAPjSAQBA0wEASNMBAJnTAQCf0wEA8tMBAPfTAQBL1AEAVNQBAKTUAQCu1AEA/dQBAAvVAQBW1QEAY9UBAK/VAQC71QEACNYBAAvWAQBh1gEAfdYBAF/6EwC91gEASC0QAMTWAQD8MxIAxtYBACVcCwDH1gEAE9cBAMnWAQBH/wIAH9cBAGzXAQBv1wEAqmALAHvXAQDF1wEAf9cBAKFPCwDP1wEAHtgBACbYAQCN2gEAKtgBADQxEgAs2AEAd9gBADrYAQBsLwoAfNgBAFDNBACE2AEA0NgBAOfYAQAp2QEAMdkBAILZAQCM2QEA29kBAODZAQA02gEAPNoBALj6EwCX2gEA5toBAJnaAQBhhwoAnNoBAJhVBQDr2gEAP9sBAEfbAQAR+xMAmtsBAPKFAgCb2wEAEBoOAJ3bAQAMwAoAodsBADxsDQCk2wEA8dsBAKbbAQBJiREA8tsBAAwCEQDz2wEAm/oGAPTbAQAdyA8A+NsBAErcAQAA3AEAWNACAAHcAQBVjwIACNwBAC0FEQBY3AEAo9wBAKbcAQD83AEABN0BAFXdAQAI3QEAGD8HAAvdAQA0EQcAGN0BAPIKBwBa3QEArt0BAGTdAQD9ZAcAu90BAAfeAQAP3gEAavsTAGPeAQC53gEAdN4BAGNABQDF3gEAEt8BABjfAQBr3wEAdd8BAMP7EwDJ3wEAHeABACrgAQB24AEAfuABAAQKFACC4AEAz+ABAIbgAQCg9AEAkuABAGxmDwDV4AEAKOEBAC7hAQCB4QEAhuEBANrhAQDg4QEAHPwTAD/iAQCM4gEAj+IBAOXiAQDv4gEAPuMBAFrjAQCX4wEAs+MBAHX8EwDz4wEASeQBAEzkAQCi5AEAruQBAPvkAQAB5QEAVOUBAF7lAQDO/BMAsuUBAAbmAQAT5gEAJ/0TAGHmAQCjHRAAYuYBALjmAQBl5gEA210OAHXmAQDkWAwAwuYBABHnAQAU5wEANwMQABnnAQDjBhQALecBAGrnAQCG5wEAgP0TANDnAQAc6AEAKugBAHXoAQB/6AEAzugBAOroAQAn6QEAQ+kBANn9EwCD6QEA2ekBANzpAQAy6gEAPuoBAIvqAQCR6gEA5OoBAO7qAQAy/hMAQusBAJbrAQCj6wEA7+sBAP/rAQBI7AEASuwBAKHsAQCv7AEA+uwBAAvtAQCL/hMAWu0BAOT+EwCy7QEABe4BAAvuAQBe7gEAY+4BALfuAQC97gEAPf8TABrvAQCwUQ4AHu8BAGnvAQB67wEAlv8TAMnvAQDv/xMAI/ABAEgAFACC8AEAzfABANTwAQAm8QEALvEBAH/xAQCM8QEA2PEBAN3xAQAx8gEAO/IBAIryAQCS8gEA4/IBAOnyAQA88wEAPvMBAJXzAQCj8wEA7vMBAPHzAQBH9AEAU/QBAKEAFACi9AEA+fQBAAf1AQBS9QEAY/UBAPoAFACy9QEAUwEUAAr2AQBd9gEAY/YBALb2AQC79gEAD/cBABX3AQCsARQAavcBAMH3AQBr9wEAVO4SAHH3AQAhDBEAdPcBAHUfBwDc9wEAGvgBABz4AQBz+AEAjfgBAMz4AQDZ+AEA6cwKAN34AQAl+QEAJ/kBAH75AQCL+QEA1/kBAO75AQAw+gEASvoBAIn6AQCL+gEA4voBAI/6AQBRjA8A5foBADv7AQA++wEAlPsBAKD7AQDt+wEA8/sBAEb8AQBQ/AEABQIUAKT8AQD4/AEABf0BAFH9AQBd/QEAqv0BALD9AQAD/gEACf4BAFz+AQBh/gEAtf4BALv+AQBeAhQAD/8BAGf/AQAk/wEAvjsGAGn/AQDA/wEAdf8BAGbEAwDG/wEAGQACACcAAgByAAIAdQACAMsAAgDQAAIAJAECADEBAgB9AQIAjQECANYBAgDYAQIALwICAD0CAgCIAgIAmQICALcCFADnAgIAOgMCAEYDAgAQAxQApAMCAOwDAgD2AwIARQQCAFMEAgCeBAIAnwQCAPcEAgAIBQIAUAUCAFwFAgCpBQIAuQUCAAIGAgAEBgIAWwYCAGkGAgC0BgIAxQYCAGkDFAATBwIAZgcCAHIHAgDCAxQAxQcCABgIAgAeCAIAcQgCAHYIAgDKCAIA0AgCAHQEFAArCQIAfAkCAIYJAgAXXBEAlQkCANUJAgDeCQIALgoCADgKAgCHCgIAjwoCAOAKAgDkCgIAOQsCADsLAgCSCwIAlQsCAOsLAgAHDAIAzQQUAEYMAgCdDAIAqgwCAPYMAgADDQIATw0CAFsNAgCoDQIArw0CAAEOAgAJDgIAWg4CAGoOAgCzDgIAuA4CAAwPAgASDwIAZQ8CAG0PAgAmBRQA2g8CABcQAgAfEAIAfwUUAHwQAgDJEAIAzBACACIRAgAsEQIA2AUUAIkRAgDUEQIA2xECAC0SAgA1EgIAhhICAJMSAgDfEgIA5BICADgTAgBCEwIAkRMCAJkTAgDqEwIA6xMCAEMUAgBFFAIAnBQCAKkUAgD1FAIAAxUCAE4VAgBdFQIApxUCAK8VAgAAFgIAAhYCAFkWAgBcFgIAshYCALoWAgALFwIAFxcCAGQXAgB3FwIAvRcCAL4XAgAWGAIAIhgCAG8YAgB+GAIAyBgCANIYAgAhGQIALRkCAHoZAgCBGQIAigYUAOEZAgAsGgIAORoCAIUaAgA9GgIAcFEQAJMaAgDeGgIA4RoCADcbAgBCGwIAkBsCAJwbAgDpGwIA8BsCAEIcAgBKHAIAmxwCAJ8cAgD0HAIAAh0CAE0dAgBXHQIAph0CALEdAgD/HQIABB4CAFgeAgBhHgIAsR4CALseAgAKHwIAEh8CAGMfAgBpHwIAvB8CAMUfAgAVIAIAIiACAG4gAgB7IAIAxyACANUgAgAgIQIALSECAHkhAgCQIQIA0iECANohAgArIgIALSICAIQiAgCRIgIA3SICAPEiAgA2IwIAPiMCAI8jAgCRIwIA6CMCAOsjAgBBJAIARCQCAJokAgCmJAIA8yQCAPkkAgBMJQIAViUCADwHFACqJQIA/iUCAAsmAgCVBxQAaiYCALAmAgCxJgIACScCABUnAgBiJwIAcScCALsnAgDFJwIAFCgCACAoAgBtKAIAdCgCAEcIFADMKAIAcO0OANkoAgAfKQIALikCAHgpAgCEKQIA0SkCANIpAgAqKgIANCoCAIMqAgCRKgIA3CoCAOEqAgA1KwIAQisCAPkIFACWKwIA5ysCAPMrAgBALAIAUywCAJksAgCaLAIA8iwCAP4sAgBLLQIAWi0CAKQtAgCuLQIA/S0CAAkuAgBWLgIAXS4CAFIJFADALgIACC8CABQvAgBhLwIAcS8CALovAgDELwIAEzACABswAgBsMAIAlDACAMUwAgCaMAIAozUCAO0wAgAeMQIAJjECAHcxAgB9MQIA0DECAN4xAgApMgIAQDICAIIyAgCNMgIA2zICAOUyAgA0MwIAYTMCAI0zAgCVMwIA5jMCAPYzAgA/NAIAQTQCAJg0AgCmNAIA8TQCAAI1AgBdChQAUTUCALYKFADLNQIA/DUCAAQ2AgBVNgIAWzYCAK42AgC8NgIABzcCAB43AgBgNwIAazcCALk3AgDDNwIAEjgCAD84AgBrOAIAczgCAMQ4AgDUOAIAHTkCAB85AgB2OQIAhDkCAM85AgDgOQIADwsUAC86AgBoCxQAgzoCANo6AgDoOgIAMzsCAEQ7AgDBCxQAkzsCABoMFADtOwIAcwwUAEY8AgDMDBQAWjwCAFDMDACZPAIA8DwCAP48AgBJPQIAWj0CACUNFACoPQIA+z0CAAc+AgB+DRQAXT4CAK0+AgBlPgIATMoRALo+AgAGPwIAFD8CAF8/AgBpPwIAuD8CANI/AgARQAIAFEACAGpAAgBxQAIAw0ACAONAAgAcQQIANkECANcNFACCQQIAzkECAIZBAgA9nQIAi0ECAAX5AgDcQQIAJ0ICADFCAgCAQgIAmkICANlCAgDpQgIAMkMCADhDAgCLQwIAjUMCAORDAgD6QwIAPUQCAElEAgCWRAIAmkQCAO9EAgD0RAIASEUCAE5FAgChRQIAwUUCAPpFAgAURgIAU0YCAFVGAgCsRgIAr0YCAAVHAgAIRwIAXkcCAGpHAgC3RwIAvUcCABBIAgAaSAIAMA4UAG5IAgDCSAIAz0gCABtJAgAnSQIAdEkCAIdJAgDNSQIA3EkCACZKAgAySgIAf0oCAIBKAgDYSgIA4koCADFLAgA/SwIAiksCAI9LAgDjSwIA8EsCAIkOFAA9TAIAKkoNAD5MAgDAYwMAP0wCAOBuAwBATAIAhXMCAEFMAgAwnxEAQkwCALGCAwBDTAIAXIIOAEZMAgB2IRAAR0wCADBeAwBITAIAl6oMAElMAgDltA0ASkwCAKp2DQBLTAIAqWkDAExMAgCVTAIAT0wCANzPEQBTTAIAInUDAFRMAgDDuBUAVUwCAEekEgBWTAIA3bEPAFhMAgDu/BIAX0wCAMjpFQBkTAIAHNsQAIFMAgCiJRAAh0wCAALXFQCXTAIA7kwCAKZMAgBRlxAA/EwCAEdNAgBYTQIA4g4UAKdNAgA7DxQABU4CAFJOAgBhTgIAq04CALVOAgAETwIAEE8CAF1PAgAnTwIASIYQAGRPAgDtDxQAuE8CAA9QAgAgUAIAaFACAHFQAgDBUAIAzVACABpRAgAdUQIAc1ECAHtRAgDMUQIA1lECACVSAgAqUgIAflICAIZSAgDXUgIA8FICADBTAgA8UwIAiVMCAJFTAgCfEBQA6lMCAPgQFAA+VAIAlFQCAJdUAgDtVAIA+VQCAEZVAgBMVQIAn1UCAKlVAgBRERQA/VUCAFFWAgBeVgIAqhEUALBWAgADVwIACVcCAFxXAgBhVwIAtVcCALtXAgBcEhQAFlgCALUSFABpWAIAX1QMAGxYAgDAWAIAc1gCAOIPDADKWAIAGVkCAM9YAgDF1gkAIVkCAL30DgA1WQIADhMUAHdZAgDLWQIA4VkCACRaAgAlWgIAfVoCAH9aAgDWWgIA3FoCAC9bAgA7WwIAiFsCAI9bAgDhWwIA6VsCADpcAgBDXAIAk1wCAJZcAgDsXAIA+lwCAEVdAgBSXQIAnl0CALVdAgD3XQIA/10CAFBeAgBcXgIAW18CAHheAgCpXgIA0V4CAAJfAgAmXwIAwBMUAHhfAgC0XwIAvV8CAL9gAgDFXwIADWACAD1gAgBmYAIAimACABkUFADBYAIAGGECAClhAgBxYQIAoWECAMphAgDuYQIAchQUACViAgBsvw8AKGICAFHlDwApYgIA4esHACxiAgB8YgIAL2ICAKgLEgA0YgIAofUSAIZiAgDVYgIAiWICAODzBwCKYgIAe10RAN1iAgAuYwIAMmMCAIdjAgCJYwIA4GMCAONjAgA5ZAIAVWQCAMsUFACXZAIAl2cOAJxkAgB93g4AnmQCAOtkAgCiZAIANKEMAAhlAgBEZQIATWUCAJ1lAgCfZQIA9mUCAAdmAgAkFRQAVGYCAKhmAgCxZgIAAWcCABJnAgBaZwIAYWcCALNnAgC7ZwIADGgCAM1nAgApiwIAGWgCAL5oAgAbaAIAImoCACVoAgBlaAIAcWgCAH0VFADDaAIAF2kCACFpAgBwaQIAeGkCANYVFADVaQIALxYUACdqAgB7agIAiGoCANRqAgDeagIALWsCAC9rAgCGawIAlGsCAN9rAgDsawIAiBYUAD1sAgCRbAIAnmwCAOpsAgD0bAIAQ20CAEVtAgCcbQIAqm0CAPVtAgACbgIA4RYUAFFuAgCLNhEAVG4CAHLoDwBbbgIAp24CALFuAgA6FxQACG8CAFlvAgASbwIAav0DAFtvAgB2hREAY28CALnGDwBmbwIAEcUGAHBvAgCybwIAcm8CAFokBAB/bwIAwxIOALdvAgALcAIAFXACAGRwAgBscAIAkxcUAL5wAgD90hEAwHACAMCkEQDHcAIAFnECACJxAgBvcQIAcnECAMhxAgDScQIAIXICADtyAgB6cgIAkXICANNyAgDYcgIALHMCAEhzAgDsFxQAh3MCAN5zAgDrcwIAN3QCAEF0AgBFGBQAmnQCAOl0AgChdAIAEoUJAPV0AgBCdQIARXUCAJt1AgCldQIA9HUCAA52AgBNdgIAU3YCAKZ2AgCodgIA/3YCAA13AgBYdwIAW3cCALF3AgC9dwIACngCAA14AgBjeAIAhngCAJ4YFAC+eAIAFXkCACN5AgBueQIAcXkCAMd5AgDTeQIAIHoCACN6AgD3GBQAhHoCANJ6AgDYegIAK3sCADB7AgCEewIAiHsCAN17AgDgewIAUBkUADd8AgAF1g8AOXwCACt5EgA8fAIAj3wCAD98AgCFcRIAQHwCAG2BAgBCfAIAW10SAER8AgBcVRIARXwCAE9kEgBGfAIA54ISAE18AgDlZg4AUHwCAIJoDwCbfAIA6HwCABR9AgBBfQIATX0CAJp9AgCpfQIA830CAP19AgBMfgIAT34CAKV+AgC/fgIA/n4CAAh/AgBXfwIAXH8CALB/AgC6fwIACYACABSAAgBigAIAaIACALuAAgDAgAIAFIECABiBAgCpGRQAcoECAMaBAgB7gQIAnGsSANCBAgAfggIAKoICAHiCAgB+ggIA0YICANaCAgAqgwIALoMCAAIaFACIgwIA/jADAIqDAgDZgxAAi4MCAHzmDgCNgwIAzikQAJ2DAgDcgwIA5oMCADWEAgBAhAIAjoQCAJSEAgDnhAIA7IQCAECFAgBEhQIAmYUCALyFAgBbGhQA/4UCAFu4AgAAhgIAS4YCAE6GAgCkhgIAsIYCAP2GAgAVhwIAVocCAGKHAgCvhwIAtYcCAAiIAgAOiAIAYYgCAGaIAgC6iAIAwIgCALQaFAAdiQIAbIkCAHeJAgDFiQIAy4kCAB6KAgAjigIAd4oCAHuKAgDQigIA04oCAA0bFAAziwIAgosCAI2LAgDbiwIA4YsCADSMAgA5jAIAjYwCAJGMAgBmGxQA54wCAD+NAgBLjQIAmI0CAKSNAgDxjQIA940CAEqOAgBQjgIAo44CAKiOAgD8jgIAAo8CAL8bFABhjwIAro8CALSPAgAHkAIAE5ACAGCQAgBtkAIAuZACAMiQAgASkQIAHpECAGuRAgB3kQIAxJECAMqRAgAdkgIAI5ICAHaSAgB7kgIAz5ICANWSAgAYHBQAMpMCAFAECgA+kwIAgZMCAEGTAgBGBgsAjZMCANqTAgDikwIAthUVAOaTAgAzlAIAOZQCAIyUAgCSlAIA5ZQCAOqUAgA+lQIARJUCAHEcFACflQIAX7cVAKGVAgDwlQIA9pUCAEmWAgD8lQIAQx8DAFeWAgCilgIAu5YCAPuWAgAElwIAVJcCAF6XAgCtlwIAuZcCAAaYAgASmAIAX5gCAGWYAgC4mAIAvpgCABGZAgAWmQIAapkCAHCZAgDKHBQAz5kCAByaAgAmmgIAdZoCAICaAgDOmgIA05oCACebAgAumwIAgJsCAIybAgDZmwIA35sCADKcAgA4nAIAi5wCAJCcAgDknAIA6pwCACMdFABOnQIAlp0CAJedAgDvnQIAnJ0CACajAgD0nQIASJ4CAFaeAgChngIArp4CAPqeAgAEnwIAU58CAF+fAgCsnwIAsp8CAAWgAgARoAIAXqACAHGgAgC3oAIAxqACABChAgAcoQIAaaECAGqhAgDCoQIAzKECABuiAgApogIAdKICAHmiAgDNogIA2qICAHwdFAAyowIAf6MCAI+jAgDYowIA5KMCADGkAgA3pAIAiqQCAJakAgDjpAIA8KQCADylAgBLpQIAlaUCAKGlAgDupQIA+qUCAEemAgBapgIAoKYCAK+mAgD5pgIABacCAFKnAgBTpwIAq6cCALWnAgAEqAIAEqgCAF2oAgBiqAIAtqgCAMOoAgDVHRQAEakCANwTCAAbqQIAaKkCABypAgBpBAwAHakCAOdWDgB8qQIAwakCAM2pAgAaqgIA2qkCAK7bEQAgqgIAc6oCAHmqAgDMqgIA0aoCACWrAgArqwIALh4UAIqrAgDXqwIA5KsCABm9AwDqqwIAMKwCADWsAgCdvgIAOKwCAN4wBAA8rAIAiawCAI+sAgDirAIA6KwCADutAgBArQIAlK0CAJqtAgCHHhQA+a0CAEauAgBMrgIAn64CAKSuAgD4rgIA/64CAFGvAgBfrwIAqq8CAMWvAgADsAIAEbACAFywAgBfsAIAtbACAMOwAgAOsQIAE7ECAGexAgB0sQIAwLECAMyxAgAZsgIAH7ICAHKyAgB4sgIAy7ICANCyAgAkswIAKrMCAOAeFACCswIA1rMCAN+zAgAvtAIAPLQCAIi0AgCPtAIA4bQCAPK0AgA6tQIAP7UCAJO1AgCitQIA7LUCAO61AgBFtgIAVrYCAJ62AgCqtgIA97YCAP22AgBQtwIAVrcCAKm3AgCutwIAArgCAAi4AgA5HxQAcrgCALS4AgDAuAIADbkCABm5AgBmuQIAbLkCAL+5AgDFuQIAGLoCAB26AgBxugIAd7oCAJIfFADQugIAou8CAOG6AgAjuwIALLsCAHy7AgCSuwIA1bsCAOG7AgAuvAIAO7wCAIe8AgCRvAIA4LwCAOy8AgA5vQIAP70CAJK9AgCYvQIA670CAPC9AgBEvgIASr4CAOsfFACmvgIA9r4CAAC/AgBPvwIAVL8CAKi/AgC4vwIAAcACABrAAgBawAIAX8ACALPAAgC8wAIADMECABnBAgBlwQIAbMECAL7BAgDBwQIAF8ICACPCAgBwwgIAg8ICAMnCAgDYwgIAIsMCAC7DAgB7wwIAfMMCANTDAgDewwIALcQCADvEAgCGxAIAi8QCAN/EAgDsxAIARCAUADvFAgCRxQIAlMUCAOrFAgD3xQIAQZ0NAPnFAgBDxgIARcYCAJzGAgCfxgIA9cYCAP/GAgBOxwIAWscCAKfHAgC6xwIAAMgCAA/IAgBZyAIAZcgCALLIAgCzyAIAC8kCABXJAgBkyQIAcskCAL3JAgDCyQIAFsoCACPKAgCdIBQAcMoCAMjKAgDUygIAIcsCACfLAgB6ywIAfMsCANPLAgDdywIALMwCADrMAgCFzAIAiswCAN7MAgDrzAIAN80CAEPNAgCQzQIAo80CAOnNAgD4zQIAQs4CAE7OAgCbzgIAnM4CAPTOAgD+zgIATc8CAFvPAgCmzwIAq88CAP/PAgAM0AIA9iAUAGHQAgCx0AIAZNACAHvuDgC30AIACtECAA3RAgBj0QIAcdECALzRAgDB0QIAFdICACLSAgBu0gIAetICAMfSAgDN0gIAINMCACbTAgB50wIAftMCANLTAgDY0wIATyEUAC3UAgCE1AIAMNQCADPgEQAy1AIAykkQAIrUAgAN+hAAk9QCAN3UAgD91AIANtUCADvVAgCP1QIAqtUCAOjVAgD01QIAQdYCAEfWAgCa1gIAqtYCAPPWAgAE1wIATNcCAFHXAgCl1wIAqdcCAP7XAgAK2AIAV9gCAF3YAgCw2AIAttgCAAnZAgAO2QIAYtkCAGjZAgCoIRQAytkCAByNEQDR2QIAFNoCABXaAgBt2gIAftoCAMbaAgDS2gIAH9sCADXbAgB42wIAhNsCANHbAgDe2wIAKtwCADTcAgCD3AIAj9wCANzcAgDj3AIANd0CAEHdAgCO3QIAlN0CAOfdAgDt3QIAQN4CAEXeAgCZ3gIAn94CAAEiFAD03gIAQxISAPveAgBL3wIATN8CAKTfAgCl3wIA/d8CAALgAgBW4AIAXOACAK/gAgC54AIACOECABThAgBh4QIAaOECALrhAgC/4QIAE+ICABTiAgBs4gIAeOICAMXiAgDL4gIAHuMCACDjAgB34wIAgeMCANDjAgDe4wIAKeQCAC7kAgCC5AIAj+QCANvkAgDn5AIANOUCAEflAgCN5QIAnOUCAOblAgDy5QIAP+YCAEDmAgCY5gIAouYCAPHmAgD/5gIASucCAE/nAgCj5wIAsOcCAFoiFAAN6AIAVegCAGHoAgCu6AIAxegCAAfpAgAJ6QIAYOkCAHHpAgC56QIAu+kCABLqAgDB6QIAbYwDABjqAgBr6gIAguoCAMTqAgDN6gIAHesCADPrAgB26wIAgusCAM/rAgDc6wIAKOwCADLsAgCB7AIAjewCANrsAgDt7AIAM+0CAELtAgCM7QIAmO0CAOXtAgDm7QIAPu4CAEjuAgCX7gIApe4CAPDuAgD17gIASe8CAFbvAgCzIhQApO8CAPvvAgAP8AIAVPACAGLwAgCt8AIAuvACAAbxAgAN8QIAX/ECAGvxAgC48QIAy/ECABHyAgAW8gIAavICAHPyAgDD8gIAzfICABzzAgAh8wIAdfMCAIXzAgDO8wIA5/MCACf0AgAs9AIAgPQCAIn0AgDZ9AIA5vQCADL1AgA59QIAi/UCAI71AgDk9QIA8PUCAD32AgBQ9gIAlvYCAKX2AgDv9gIA+/YCAEj3AgBJ9wIAofcCAKv3AgD69wIACPgCAFP4AgBY+AIArPgCALn4AgAMIxQAHvkCAF75AgBq+QIAt/kCAL35AgAQ+gIAGPoCAMfFEQAg+gIAafoCAG76AgDC+gIAyPoCABv7AgAx+wIAdPsCAHb7AgDN+wIA1/sCACb8AgAy/AIAf/wCAJL8AgDY/AIA5/wCADH9AgA9/QIAiv0CAIv9AgDj/QIA7f0CADz+AgBK/gIAlf4CAJr+AgDu/gIA+/4CAGUjFABQ/wIAoP8CAKb/AgD5/wIA//8CAFIAAwBeAAMAqwADALgAAwAEAQMADgEDAF0BAwBzAQMAtgEDALsBAwAPAgMAFgIDAGgCAwB2AgMAwQIDANECAwAaAwMAKAMDAHMDAwCCAwMAzAMDAM4DAwAlBAMALwQDAH4EAwCMBAMA1wQDANwEAwAwBQMAPQUDAIkFAwCVBQMA4gUDAPUFAwA7BgMASgYDAJQGAwCgBgMA7QYDAO4GAwBGBwMAUAcDAJ8HAwCtBwMA+AcDAP0HAwBRCAMAXggDAL4jFACsCAMAAwkDALYIAwB0UwsAFAkDAFwJAwBlCQMAtQkDAMEJAwAOCgMAFgoDACGRFQAaCgMAZwoDAG0KAwDACgMAxgoDABkLAwAeCwMAcgsDAHgLAwAXJBQA2gsDACQMAwApDAMAfQwDAIQMAwDWDAMA4gwDAC8NAwA2DQMAAhEDADsNAwCIDQMAlQ0DAOENAwDwDQMAOg4DAD8OAwCTDgMAmg4DAOwOAwD4DgMARQ8DAFEPAwCeDwMApA8DAPcPAwD9DwMAUBADAFUQAwCpEAMArxADAHAkFAAOEQMAWxEDAGoRAwC0EQMAuREDAA0SAwAUEgMAZhIDAHISAwC/EgMAyxIDABgTAwAeEwMAcRMDAHcTAwDKEwMAzxMDACMUAwApFAMAySQUAIgUAwDVFAMA5RQDAC4VAwA8FQMAhxUDAJQVAwDgFQMA7BUDADkWAwBAFgMAkhYDAJoWAwAiJRQA9BYDACwjEwD4FgMAYToDAPwWAwBEFwMAVRcDAJ0XAwClFwMA9hcDAKkXAwAZNg8AABgDAE8YAwBUGAMAqBgDALAYAwABGQMAAxkDAFoZAwAKGQMAxysDAGIZAwCzGQMAyRkDAAwaAwAYGgMAZRoDAHsaAwC+GgMA1xoDABcbAwAjGwMAcBsDAHYbAwDJGwMA0RsDACIcAwAyHAMAexwDAIQcAwDUHAMA4RwDAC0dAwA8HQMAhh0DAJAdAwDfHQMA7R0DADgeAwA9HgMAkR4DAJ4eAwDqHgMA8h4DAHslFABZHwMAnB8DAJ0fAwD1HwMA/x8DAE4gAwBWIAMApyADALEgAwAAIQMABSEDAFkhAwBhIQMAsiEDALQhAwCQJgMAtSEDAP47BAC4IQMACyIDALkhAwCYSgQAyCEDAEtDBAAXIgMAZCIDAGYiAwC9IgMAxCIDABYjAwAeIwMAbyMDAHAjAwDIIwMAziMDACEkAwAmJAMAeiQDAHskAwDTJAMA3yQDACwlAwAyJQMAhSUDAI8lAwDeJQMA8iUDADcmAwA/JgMA1CUUAJMmAwDpJgMAlyYDAMc2BADsJgMAQicDAFAnAwCbJwMAsicDAPQnAwABKAMATSgDAFUoAwCmKAMApygDAP8oAwAFKQMAWCkDAF0pAwCxKQMAsikDAAoqAwAWKgMAYyoDAGkqAwC8KgMAxioDABUrAwApKwMAbisDAHYrAwCGJhQA1CsDACAsAwAnLAMAeSwDAIUsAwDSLAMA4iwDACstAwA5LQMAhC0DAJEtAwDdLQMA6S0DADYuAwA9LgMAjy4DAJcuAwA4JxQA9C4DAEEvAwBLLwMAmi8DAKUvAwDzLwMA+C8DAEwwAwBTMAMApTADAK0wAwCRJxQABjEDAFcxAwBnMQMAsDEDALwxAwAJMgMADTIDAGIyAwBqMgMAuzIDAL0yAwAUMwMAGjMDAG0zAwCEMwMAxjMDAM8zAwAfNAMANTQDAHg0AwCENAMA0TQDAN40AwAqNQMANDUDAIM1AwCGNQMA3DUDAOQ1AwA1NgMAPzYDAI42AwCTNgMA5zYDAO82AwBANwMAUDcDAJk3AwCiNwMA8jcDAP83AwBLOAMAWjgDAKQ4AwCuOAMA/TgDAAs5AwBWOQMAWzkDAK85AwC8OQMACDoDABA6AwDqJxQAbjoDALo6AwCAOgMAPz8DAL86AwATOwMAHTsDAGw7AwB0OwMAxTsDAIM7AwCrTBIAyzsDAB48AwDTOwMA9kIPANQ7AwBJPAoA1TsDAOzAAwDWOwMAtm8NACo8AwB3PAMAeTwDAJcZDwB+PAMA0DwDANw8AwApPQMAOD0DAII9AwCTPQMA2z0DAN09AwA0PgMAOj4DAI0+AwCZPgMA5j4DAO4+AwBDKBQAST8DAJg/AwCgPwMA8T8DAPc/AwALIQsA+j8DALJ6AwAAQAMA0KsFAAJAAwBKQAMAT0ADAKNAAwCyQAMA/EADAP5AAwBVQQMAX0EDAK5BAwC6QQMAB0IDAA9CAwCcKBQAeUIDALlCAwDlQgMAEkMDAB5DAwBrQwMAekMDAMRDAwDOQwMAHUQDACVEAwB2RAMAjEQDAM9EAwDbRAMAKEUDADJFAwCBRQMAjEUDANpFAwDfRQMAM0YDADpGAwCMRgMAlEYDAOVGAwD3RgMA9SgUAEtHAwCXRwMAn0cDAPBHAwD5RwMASUgDAFZIAwCiSAMAu0gDAPtIAwAMSQMAVEkDAGBJAwCtSQMAsEkDAAZKAwAJSgMAX0oDAGtKAwC4SgMAv0oDABFLAwAZSwMAaksDAHBLAwDDSwMAz0sDABxMAwAsTAMAdUwDAIFMAwDOTAMA1EwDACdNAwAzTQMAgE0DAI1NAwDZTQMA6E0DADJOAwA+TgMATikUAJlOAwDkTgMA7k4DAD1PAwBITwMAlk8DAJtPAwDvTwMA+E8DAEhQAwBSUAMAoVADAKlQAwD6UAMA/FADAFNRAwBbUQMArFEDAK1RAwAFUgMAB1IDAF5SAwBtUgMAt1IDANdSAwAQUwMAElMDAGlTAwCAUwMAwlMDAM5TAwAbVAMAI1QDAKcpFAB6VAMAzVQDANVUAwAmVQMAK1UDAH9VAwCYVQMA2FUDAARWAwAxVgMAPVYDAIpWAwCZVgMA41YDAO1WAwA8VwMARFcDAJVXAwCbVwMA7lcDAPpXAwBHWAMAV1gDAKBYAwCsWAMA+VgDAP9YAwBSWQMAXlkDAKtZAwC4WQMABFoDABNaAwBdWgMAaVoDAAAqFAC/WgMAD1sDAChbAwBoWwMAblsDAMFbAwDGWwMAGlwDACNcAwBzXAMAfVwDAMxcAwDaXAMAJV0DADJdAwB+XQMAil0DANddAwDfXQMAWSoUADJeAwCJXgMAjF4DAOJeAwDqXgMAk4cOAO1eAwA7XwMAQ18DAJRfAwCaXwMA7V8DAPlfAwBGYAMAVmADAJ9gAwCrYAMA+GADAP5gAwBRYQMAXWEDAKphAwC3YQMAA2IDABJiAwBcYgMAaGIDALViAwC9YgMACysUABhjAwBnYwMAb2MDAGQrFADDYwMAaZQRAMZjAwAZZAMAz2MDAF6IEADRYwMAXYUPAB9kAwByZAMAJWQDAE+RDgB0ZAMAy2QDAN9kAwAkZQMALGUDAH1lAwCDZQMA1mUDAOJlAwAvZgMAP2YDAIhmAwCUZgMA4WYDAOdmAwA6ZwMARmcDAJNnAwCgZwMA7GcDAPtnAwBFaAMAUWgDAJ5oAwCmaAMAvSsUAAFpAwBQaQMAWGkDABYsFACuaQMAAmoDAAlqAwBbagMAC2oDAEquDQAPagMADt0GABhqAwABWhEAZ2oDALRqAwC8agMAbywUABlrAwBmawMAdmsDAL9rAwDLawMAGGwDAB5sAwBxbAMAfWwDAMpsAwDXbAMAI20DADJtAwB8bQMAiG0DANVtAwDdbQMAyCwUADhuAwCHbgMAj24DACEtFADpbgMA8MAOAOpuAwAjVREA724DADlvAwD9bgMA3g4JAABvAwDcaxAAO28DAJJvAwCjbwMA628DAO1vAwBEcAMASnADAJ1wAwClcAMA9nADAPxwAwBPcQMAW3EDAKhxAwC4cQMAAXIDAA1yAwBacgMAYHIDALNyAwC/cgMADHMDABlzAwBlcwMAdHMDAL5zAwDKcwMAF3QDAB90AwB6LRQAenQDAMl0AwDRdAMA0y0UADN1AwB7dQMAgHUDANR1AwDtdQMALXYDADV2AwCGdgMAjHYDAN92AwDrdgMAOHcDAEh3AwCRdwMAnXcDAOp3AwDwdwMAQ3gDAE94AwCceAMAqXgDAPV4AwAEeQMATnkDAFp5AwCneQMAr3kDACwuFAAKegMAWXoDAGF6AwCFLhQAtXoDAAt7AwAXewMAZHsDAGx7AwDeLhQAynsDABZ8AwAefAMAb3wDAHh8AwDIfAMA1XwDACF9AwAofQMAen0DAIZ9AwDTfQMA430DACx+AwA6fgMAhX4DAJJ+AwDefgMA6n4DADd/AwA+fwMAkH8DAJh/AwA3LxQA638DAEKAAwBTgAMAm4ADAKSAAwD0gAMAAIEDAE2BAwBVgQMAkC8UAKmBAwD/gQMAB4IDAFiCAwBaggMA6S8UAL2CAwAKgwMAGoMDAGODAwAggwMAYmgQAGuDAwC8gwMAbIMDAKv/CgDAgwMAFYQDACCEAwBuhAMAfIQDAMeEAwDYhAMAIIUDACyFAwB5hQMAgYUDAEIwFADVhQMAK4YDADWGAwCEhgMAioYDAN2GAwDrhgMANocDAEWHAwCPhwMAmYcDAOiHAwDwhwMAQYgDAEeIAwCaiAMApogDAPOIAwADiQMATIkDAE+JAwCliQMAt4kDAP6JAwAGigMAV4oDAGWKAwCwigMAvYoDAAmLAwARiwMAYosDAGuLAwC7iwMAvosDABSMAwAgjAMAmzAUAHSMAwDGjAMA1IwDAB+NAwA6jQMAeI0DAIaNAwDRjQMA1I0DACqOAwA4jgMAg44DAIiOAwDcjgMA6Y4DADWPAwA9jwMAjo8DAKePAwDnjwMA+48DAECQAwBIkAMAmZADAMqQAwDykAMA/pADAEuRAwBRkQMApJEDAKmRAwD9kQMABZIDAFaSAwBYkgMAr5IDALmSAwAIkwMAEJMDAPQwFABqkwMA5AoNAG+TAwC6kwMAypMDABOUAwAhlAMAbJQDAHuUAwDFlAMAx5QDAB6VAwAolQMAd5UDAIWVAwDQlQMA1ZUDACmWAwA2lgMAgpYDAIqWAwDblgMA4JYDADSXAwBElwMAjZcDAJWXAwDmlwMA6JcDAD+YAwBHmAMAmJgDAJ6YAwDxmAMA/ZgDAEqZAwBMmQMAo5kDAKqZAwD8mQMAGpoDAFWaAwBamgMArpoDALuaAwAHmwMAGJsDAGCbAwB0mwMAuZsDAMGbAwASnAMALZwDAGucAwBtnAMAxJwDANWcAwAdnQMAJp0DAHadAwCCnQMAz50DANedAwBNMRQAMp4DAIGeAwCLngMA2p4DAOaeAwAznwMASZ8DAIyfAwCNnwMA5Z8DAO+fAwA+oAMASqADAJegAwCeoAMA8KADAPigAwBJoQMAS6EDAKKhAwCsoQMA+6EDAAOiAwCmMRQAYKIDAK2iAwDKogMABqMDAA+jAwBfowMAbaMDALijAwC+owMAEaQDAB2kAwBqpAMAbaQDAMOkAwDLpAMAHKUDACilAwB1pQMAiKUDAM6lAwDPpQMAJ6YDADimAwCApgMAjqYDANmmAwDopgMAMqcDAECnAwCLpwMAlacDAOSnAwDspwMAPagDAD6oAwCWqAMAmKgDAO+oAwD+qAMASKkDAGipAwChqQMAo6kDAPqpAwARqgMAU6oDAF+qAwCsqgMAtKoDAP8xFAAHqwMAXqsDAHSrAwC3qwMAw6sDAFgyFAAVrAMAaawDAHOsAwDCrAMAyqwDAButAwAcrQMApj0NAB2tAwB0rQMAfK0DALBGDQCFrQMAza0DAN6tAwAmrgMAK64DAH+uAwCDrgMA2K4DAOSuAwAxrwMAOK8DAIqvAwCSrwMA468DAOevAwA8sAMAR7ADAJWwAwCjsAMA7rADAP+wAwBHsQMAU7EDAKCxAwCosQMAsTIUAPyxAwBSsgMAXLIDAKuyAwCxsgMABLMDABKzAwBdswMAbLMDALazAwDAswMAD7QDABe0AwBotAMAa7QDAMG0AwDKtAMAGrUDADO1AwBztQMAdrUDAMy1AwDetQMAJbYDAC22AwB+tgMAjLYDANe2AwDktgMAMLcDADi3AwCJtwMAkrcDAOK3AwDltwMAO7gDAEe4AwAKMxQAmrgDAGMzFAD5uAMAvDMUAEm5AwBuNBQAUrkDAFq+EgCiuQMAxzQUAKS5AwAJ+gUA+7kDAJtHDgAFugMAUboDAFu6AwCqugMArLoDAAO7AwAWuwMAXLsDAGS7AwD7cw8AaLsDALW7AwC7uwMADrwDABS8AwBnvAMAbLwDAMC8AwDGvAMAIDUUACO9AwByvQMAdL0DAMu9AwDVvQMAJL4DADK+AwB9vgMAgr4DANa+AwDjvgMAL78DADu/AwCIvwMAjr8DAOG/AwDnvwMAOsADAD/AAwCTwAMAmcADAHk1FAD6wAMARcEDAFLBAwCewQMApcEDAPfBAwD/wQMAUMIDAFHCAwDiGg0AU8IDAKnCAwBmwgMAzBgNAL3CAwACwwMAGMMDAFvDAwB0wwMAtMMDALnDAwANxAMAHsQDANI1FAB3xAMAv8QDAMHEAwAYxQMAIsUDAHHFAwB/xQMAysUDAM/FAwAjxgMAMMYDAHzGAwCExgMA1cYDAOHGAwAuxwMA5cYDAJLIAwA0xwMAh8cDAI3HAwDgxwMA5ccDADnIAwA/yAMAKzYUAJTIAwDryAMA+cgDAETJAwBVyQMAhDYUAKTJAwDdNhQA/skDAE/KAwAAygMAIgUJAEHKAwBC7RUAXcoDAKjKAwBeygMAONADAF/KAwAAeQsAtcoDAAHLAwAQywMAWssDAF/LAwCzywMAycsDAAzMAwANzAMAZcwDAGfMAwC+zAMAyMwDABfNAwAlzQMAcM0DAInNAwDJzQMA2s0DACLOAwAuzgMAe84DAIPOAwDoNxQA6M4DAC3PAwAuzwMAhs8DAJLPAwDfzwMA4s8DAEE4FAA60AMAkdADAJ7QAwDq0AMA99ADAEPRAwBI0QMAnNEDAKbRAwD10QMA/dEDAE7SAwBe0gMAp9IDALXSAwAA0wMADdMDAFnTAwBg0wMAstMDALrTAwAL1AMADtQDAGTUAwB41AMAvdQDANPUAwAW1QMAL9UDAG/VAwB01QMAyNUDANnVAwCaOBQAKdYDAPM4FAAt1gMA4G0LAD3WAwATWhYAh9YDANPWAwDa1gMALNcDADjXAwCF1wMAldcDAN7XAwDs1wMAN9gDAETYAwCQ2AMAnNgDAOnYAwDw2AMATDkUAETZAwCb2QMAR9kDACw7BQCo2QMA9NkDAAHaAwBN2gMAUtoDAKbaAwCw2gMA/9oDAAfbAwBY2wMAXdsDAItkBQBh2wMAsdsDALTbAwAK3AMAFtwDAKU5FABo3AMAvNwDAG/cAwBPIgwAwdwDABXdAwAd3QMAbt0DAITdAwDH3QMAyd0DACDeAwAt3gMAed4DAI3eAwD+ORQA194DACvfAwAz3wMAnhkMADXfAwCE3wMAjN8DAN3fAwDp3wMANuADAEPgAwCP4AMAlOADAOjgAwDx4AMAQeEDAFjhAwCa4QMApeEDAFc6FAAB4gMATOIDAE/iAwCl4gMAqOIDAP7iAwAM4wMAV+MDAGTjAwCw4wMAx+MDAAnkAwAR5AMAYuQDAGjkAwC75AMAx+QDABTlAwAe5QMAbeUDAHblAwDG5QMAzOUDAB/mAwAs5gMAsDoUAITmAwDR5gMAhuYDAC0nDADg5gMAKucDADvnAwCD5wMAhecDANznAwDi5wMANegDAEHoAwCO6AMAlegDAOfoAwDv6AMAQOkDAELpAwCZ6QMApukDAPLpAwD56QMAS+oDAFPqAwCk6gMAseoDAP3qAwAC6wMAVusDAGDrAwCv6wMAt+sDAAjsAwAR7AMAYewDAGTsAwC67AMAxuwDABPtAwAa7QMACTsUAHntAwDF7QMAgu0DAPzyAwCm7QMAsisMAODtAwAe7gMAIO4DAHfuAwCI7gMA0O4DAN7uAwAp7wMAMO8DAILvAwCK7wMA2+8DAODvAwA08AMANfADAI3wAwCZ8AMA5vADAOzwAwA/8QMAQfEDAJjxAwCi8QMA8fEDAP/xAwBK8gMAT/IDAKPyAwCw8gMAYjsUAP3yAwBV8wMAWvMDAK7zAwC08wMAB/QDABH0AwBg9AMAbPQDALn0AwDA9AMAEvUDABr1AwBr9QMAbfUDAMT1AwDR9QMAHfYDACT2AwB29gMAfvYDAM/2AwDc9gMAKPcDAC33AwCB9wMAi/cDANr3AwDi9wMAM/gDADz4AwCM+AMAj/gDAOX4AwDx+AMAPvkDAEX5AwC7OxQAo/kDAL8cDACr+QMA8PkDAP35AwBJ+gMAU/oDAKL6AwCk+gMA+/oDAA77AwBU+wMAXPsDAK37AwC5+wMABvwDAAz8AwBf/AMAZfwDALj8AwC9/AMAEf0DABf9AwAUPBQAbf0DAMP9AwDP/QMAHP4DADf+AwB1/gMAgf4DAM7+AwDU/gMAJ/8DADX/AwCA/wMAiv8DANn/AwDt/wMAMgAEAEQABACLAAQApwAEAOQABAAXAQQAPQEEAFIBBACWAQQAqAEEAO8BBAAFAgQASAIEAFQCBAChAgQApAIEAPoCBAD9AgQAUwMEAFUDBACsAwQAwwMEAAUEBAARBAQAXgQEAHAEBAC3BAQA0wQEABAFBAAiBQQAbTwUAI0FBADCBQQAygUEAMY8FAAeBgQAdAYEAHwGBADNBgQA5gYEACYHBAAyBwQAfwcEAJAHBADYBwQA3QcEADEIBAA1CAQAiggEAJIIBADjCAQA7QgEADwJBABHCQQAlQkEAKEJBADuCQQA9gkEAB89FABaCgQAoAoEAKEKBAD5CgQABQsEAFILBABhCwQAqwsEALULBAAEDAQAEAwEAF0MBABkDAQAeD0UAMQMBAAPDQQAHA0EAGgNBAB2DQQAwQ0EANcNBAAaDgQAIw4EAHMOBACJDgQAzA4EANQOBAAlDwQANA8EAH4PBACDDwQA1w8EAPIPBAAwEAQAPBAEAIkQBACPEAQA4hAEAOQQBAA7EQQAUhEEAJQRBACgEQQAKj4UAO4RBABGEgQAVxIEAJ8SBACrEgQA+BIEAAcTBABREwQAVhMEAKoTBADFEwQAAxQEAAsUBABcFAQAbBQEALUUBAC3FAQADhUEABwVBABnFQQAeBUEAIM+FADHFQQA3D4UACcWBAByFgQAfBYEAMsWBADWFgQAJBcEACwXBAB9FwQAiRcEANYXBADpFwQALxgEAD0YBACIGAQAkhgEAOEYBADpGAQAjj8UAEYZBACTGQQAmRkEAOwZBADuGQQARRoEAFwaBACeGgQAqhoEAPcaBAD/GgQA5z8UAFsbBACpGwQArxsEAAIcBAAOHAQAWxwEAF4cBAC0HAQAvxwEAA0dBAASHQQAZh0EAHcdBAC/HQQAxh0EABgeBAAgHgQAcR4EAIEeBADKHgQAzx4EACMfBAApHwQAfB8EAIQfBABAQBQA2h8EAC4gBAA6IAQAhyAEAIogBADgIAQA6CAEADkhBABGIQQAkiEEAJchBADrIQQA9SEEAEQiBABMIgQAnSIEALMiBAD2IgQAAiMEAE8jBABbIwQAqCMEALIjBAABJAQACSQEAJlAFABjJAQAsyQEAL0kBAAMJQQAFCUEAGUlBABmJQQA55oEAHElBAC+JQQA0SUEABcmBAAYJgQAcCYEAHwmBADJJgQA2CYEACInBAAsJwQAeycEAIcnBADUJwQA2ycEAPJAFAA7KAQAhigEAJMoBADfKAQA7SgEADgpBABOKQQAkSkEAJopBADqKQQAACoEAEMqBABLKgQAnCoEAKoqBAD1KgQA+CoEAE4rBABWKwQApEEUALUrBAAALAQADywEAFksBAB1LAQAsiwEAHksBAAkcAQAuiwEAP1BFAAULQQAZC0EAHEtBAC9LQQAxy0EABYuBAAkLgQAby4EAIUuBADILgQA1C4EACEvBAApLwQAVkIUAIAvBADTLwQA2S8EACwwBAAxMAQAhTAEAIswBACvQhQA4zAEADcxBABAMQQAkDEEAJoxBADpMQQA8TEEAEIyBABHMgQAmzIEAKsyBAD0MgQA/DIEAE0zBABTMwQAYzUEAGYzBACmMwQAqzMEAP8zBAAINAQAWDQEAGU0BACxNAQAuDQEAAo1BAANNQQACEMUAGU1BAC8NQQAyTUEABU2BAAsNgQAbjYEAHo2BABhQxQAzjYEACA3BAAoNwQAeTcEAH03BADSNwQA4DcEACs4BAA1OAQAhDgEAI84BADdOAQA5TgEADY5BAA7OQQAjzkEAKo5BADoOQQA9DkEAEE6BABHOgQAmjoEAKo6BADzOgQABDsEAEw7BABROwQApTsEAKk7BAC6QxQABzwEAFc8BABwPAQAsDwEALo8BAAJPQQADz0EAGI9BABkPQQAuz0EAMo9BAAUPgQAHj4EAG0+BAB1PgQAxj4EAMo+BAAfPwQALT8EAHg/BACCPwQA0T8EANw/BAAqQAQAMkAEAINABACIQAQA3EAEAPdABAA1QQQAQUEEAI5BBACUQQQA50EEAPdBBABAQgQAUUIEAJlCBACeQgQA8kIEAPZCBAATRBQAVEMEAKRDBAC1QwQA/UMEAAdEBABWRAQAZEQEAK9EBACwRAQACEUEABlFBABhRQQAdUUEALpFBADCRQQAE0YEABdGBABsRgQAekYEAMVGBADPRgQAHkcEAClHBAB3RwQAf0cEANBHBADVRwQAKUgEAERIBACCSAQAjkgEANtIBADhSAQANEkEAERJBACNSQQAnkkEAOZJBADrSQQAP0oEAENKBABsRBQApkoEAPFKBAAMSwQASksEAFhLBACjSwQAqksEAPxLBAAITAQAVUwEAF1MBADFRBQAvEwEAAdNBAARTQQAYE0EAGtNBAC5TQQAwU0EABJOBAAXTgQAa04EAIZOBADETgQA0E4EAB1PBAAjTwQAdk8EAIZPBADPTwQA4E8EAChQBAAtUAQAgVAEAIVQBAAeRRQA61AEADNRBAA7UQQAjFEEAI1RBADlUQQA6lEEAD5SBABMUgQAl1IEAKRSBADwUgQA+lIEAElTBABVUwQAolMEAKhTBAD7UwQAA1QEAFRUBABbVAQArVQEALlUBAAGVQQADFUEAF9VBABrVQQAuFUEAMhVBAARVgQAHVYEAGpWBABwVgQAw1YEAM9WBAAcVwQAKVcEAHVXBACEVwQAzlcEANpXBAB3RRQAKlgEAIBYBACDWAQA2VgEAOdYBAAyWQQASVkEAItZBACYWQQA5FkEAPpZBAA9WgQASVoEAJZaBACjWgQA71oEAPlaBABIWwQAUFsEAKFbBACrWwQA+lsEAP9bBABTXAQAW1wEAKxcBAC4XAQABV0EABJdBABeXQQAaF0EALddBAC9XQQAEF4EACReBABpXgQAcV4EAMJeBADQXgQAG18EAChfBAB0XwQAfF8EAM1fBADaXwQAJmAEADRgBAB/YAQAkGAEANhgBADgYAQAMWEEAEdhBACKYQQAjGEEAONhBADkYQQA0EUUAEFiBADf+g8ASmIEAJViBACkYgQA7mIEAPpiBABHYwQAT2MEAClGFAClYwQA+WMEAAJkBABSZAQAX2QEAKtkBACyZAQABGUEAAdlBABdZQQAZWUEALZlBAC7ZQQAD2YEABhmBABoZgQAcmYEAMFmBADJZgQAGmcEAB9nBABzZwQAg2cEAMxnBADUZwQAJWgEACtoBAB+aAQAgGgEANdoBADkaAQAMGkEAEdpBACJaQQAlWkEAIJGFADuaQQAO2oEAEFqBACY2REAUmoEAJRqBACgagQA7WoEAPNqBABGawQATmsEAJ9rBACmawQA+GsEAAZsBABRbAQAbGwEAKpsBAC4bAQAA20EAAptBABcbQQAaG0EALVtBAC9bQQA20YUACJuBABnbgQAb24EAMBuBADxbgQAGW8EACVvBABybwQAeG8EAMtvBADQbwQANEcUADBwBAB9cAQAhHAEANZwBADecAQAL3EEADFxBACIcQQAknEEAOFxBADpcQQAjUcUAEhyBADUgAQASXIEAJNyBACVcgQA7HIEAP1yBABFcwQAVnMEAJ5zBACqcwQA93MEAP5zBABQdAQAWHQEAKl0BADWdAQAAnUEAAd1BABbdQQAXHUEALR1BAC+dQQADXYEABt2BABmdgQAa3YEAL92BADMdgQAGHcEADR3BABxdwQAjXcEAOZHFADXdwQAI3gEACd4BAB8eAQAgngEANV4BADXeAQALnkEAC95BACHeQQAqnkEAOB5BAAEegQAOXoEAGZ6BACSegQAmnoEAOt6BADwegQARHsEAFF7BACdewQApXsEAPZ7BAD4ewQAT3wEAFd8BACofAQA1XwEAAF9BAAOfQQAWn0EAF99BACzfQQAwH0EAAx+BAAYfgQAZX4EAJJ+BAC+fgQAxn4EABd/BAAyfwQAcH8EAHJ/BADJfwQA2n8EACKABAArgAQAe4AEAIeABAA/SBQA4YAEAC2BBAA0gQQAhoEEAJKBBADfgQQA8oEEADiCBABAggQAkYIEAJaCBADqggQA84IEAEODBABNgwQAnIMEAKSDBAD1gwQA+oMEAE6EBABehAQAp4QEAK+EBAAAhQQAGYUEAFmFBABehQQAsoUEALuFBAALhgQAGIYEAGSGBABrhgQAvYYEAMCGBACYSBQAG4cEAG+HBAAjhwQAW4oOAHiHBADIhwQA0IcEACGIBAAsiAQAeogEAHyIBADTiAQA7ogEACyJBAA4iQQAhYkEAI2JBADxSBQA64kEADeKBAA/igQAkIoEAJyKBADpigQA74oEAEKLBABIiwQAm4sEAKCLBAD0iwQA+osEAEpJFABajAQApowEAK6MBAD/jAQAE40EAFiNBABdjQQAsY0EALqNBAAKjgQAEI4EAGOOBABrjgQAvI4EAL+OBAAVjwQAMo8EAG6PBAB/jwQAx48EAM+PBAAgkAQAI5AEAHmQBACNkAQA0pAEAN+QBAArkQQANZEEAISRBACGkQQA3ZEEAPCRBAD8SRQAO5IEAI+SBACgkgQA6JIEAPGSBABBkwQAV5MEAJqTBACnkwQA85MEAPuTBABMlAQAa5QEAFVKFACxlAQA/pQEAAaVBACuShQAWpUEALCVBAC4lQQACZYEABaWBABilgQAZ5YEALuWBADDlgQAFJcEABWXBABtlwQAb5cEAMaXBADMlwQAH5gEACGYBAB4mAQAjpgEANGYBADdmAQAKpkEADSZBACDmQQAj5kEANyZBADimQQANZoEAD2aBACOmgQAw5oEAAdLFADtmgQAQJsEAEybBACZmwQAmpsEAPKbBAD0mwQAS5wEAFGcBACknAQAsJwEAP2cBAAEnQQAVp0EAF6dBACvnQQAsp0EAAieBAASngQAYZ4EAGOeBAC6ngQAxJ4EABOfBAAfnwQAbJ8EAIKfBADFnwQA0Z8EAB6gBAAroAQAd6AEAIGgBADQoAQA2KAEACmhBAA7oQQAYEsUAIShBADboQQA5aEEADSiBAA2ogQAjaIEAJWiBAA6sxIApqIEAOaiBADoogQAP6MEAEKjBACYowQApKMEAPGjBAD5owQAuUsUAF6kBACjpAQApqQEAPykBAAGpQQAVaUEAGGlBACupQQAxKUEAAemBAAPpgQAYKYEAG6mBAC5pgQAvKYEABKnBAAapwQAa6cEAG6nBADEpwQAeacEABGvBADOpwQAHagEAM+nBAA+qwQAH6gEAHaoBAB8qAQAz6gEANmoBAAoqQQANqkEAIGpBACOqQQA2qkEAPGpBAAzqgQAO6oEAIyqBACVqgQA5aoEAOaqBAASTBQAR6sEAJerBAChqwQA8KsEAPqrBABJrAQAV6wEAKKsBACvrAQA+6wEABKtBABUrQQAXK0EAK2tBAC0rQQABq4EAAuuBABfrgQAY64EALiuBADFrgQAa0wUAB6vBABqrwQAcq8EAMOvBADJrwQAHLAEACiwBAB1sAQAhLAEAM6wBADTsAQAJ7EEAEKxBACAsQQAjLEEANmxBADfsQQAMrIEAEayBACLsgQAk7IEAOSyBAD6sgQAPbMEAEKzBACWswQAnbMEAO+zBAD7swQAxEwUAE+0BAChtAQAr7QEAPq0BAAHtQQAU7UEAGq1BACstQQAtLUEAAW2BAALtgQAXrYEAGq2BAC3tgQAvrYEABC3BAAetwQAabcEAGy3BADCtwQAyrcEABu4BAApuAQAdLgEAHe4BADNuAQA1bgEACa5BAA3uQQAf7kEAIS5BADYuQQA2rkEADG6BAA4ugQAiroEAJi6BADjugQA8LoEADy7BABTuwQAlbsEAJ27BADuuwQA+LsEAEe8BABSvAQAoLwEAKy8BAD5vAQAAb0EAB1NFABUvQQAq70EALW9BAAEvgQABr4EAF2+BABgvgQAtr4EAMK+BAAPvwQAGb8EAGi/BABwvwQAwb8EAM+/BAAawAQAJ8AEAHPABAB7wAQAzMAEAOLABAAlwQQAMcEEAH7BBACUwQQA18EEANzBBAAwwgQANsIEAInCBACdwgQAdk0UAOXCBAA7wwQAQ8MEAJTDBACiwwQA7cMEAKrDBAAJdAkA+sMEAEbEBABOxAQAn8QEAKnEBAD4xAQAA8UEAFHFBABdxQQAqsUEALLFBADPTRQACcYEAFzGBABhxgQAtcYEAMTGBAAOxwQAGscEAGfHBABqxwQAwMcEAMPHBAAZyAQAIcgEAHLIBAB3yAQAy8gEANvIBAAkyQQALMkEAH3JBACAyQQA1skEAODJBAAvygQAMcoEAIjKBACOygQA4coEAOvKBAA6ywQASMsEAJPLBACgywQA7MsEAAPMBABFzAQATcwEAJ7MBACnzAQA98wEAPjMBAAoThQAXc0EAKnNBACszQQAvdMLAK/NBABMLwsAsc0EAALOBACzzQQAsKAFALXNBACAeQcABc4EAPmaCQAIzgQAp/4HAAzOBABbzgQAEM4EAIH2CwASzgQATHIJAGDOBAC0zgQAZ84EAE7oBQBpzgQAboMLALzOBAANzwQAEM8EAGbPBAByzwQAv88EAMXPBAAY0AQAM9AEAHHQBAB90AQAytAEANDQBAAj0QQAK9EEAHzRBAB+0QQA1dEEAIHRBAA34wQA39EEAC7SBAA20gQAgU4UAJjSBADg0gQA59IEADnTBABB0wQAktMEAJ/TBADr0wQA8NMEAETUBABO1AQAndQEAKXUBAD21AQA+NQEAB/lCwD71AQAwpUJAADVBABP1QQABdUEAJn0BAAG1QQArZYKAFXVBACo1QQAqtUEAAHWBAAO1gQAWtYEAF3WBACz1gQAxNYEAAzXBAAO1wQAZdcEAG/XBAC+1wQAytcEABfYBAAf2AQAM08UAHXYBADJ2AQAzNgEACLZBAAs2QQAe9kEAIPZBADU2QQA4dkEAC3aBAAv2gQAhtoEAJzaBADf2gQA69oEADjbBABA2wQAjE8UAJbbBADq2wQA+dsEAEPcBABF3AQAnNwEAK3cBAD13AQAAN0EAE7dBABT3QQAp90EAKrdBAAA3gQACt4EAFneBABr3gQAst4EALreBAAL3wQAFd8EAGTfBABp3wQAvd8EAMXfBAAW4AQAGOAEAG/gBAB24AQAyOAEAM/gBAAh4QQAJ+EEAHrhBACG4QQA0+EEANbhBAAs4gQAL+IEAIXiBACh4gQA3uIEAObiBAA+UBQAROMEAJDjBACY4wQA6eMEAOzjBABC5AQAR+QEAJvkBACq5AQA9OQEABTlBABN5QQAWeUEAKblBACw5QQA/+UEAAfmBABY5gQAauYEAJdQFAC75gQACucEABjnBABj5wQAcOcEALznBADT5wQAFegEAB3oBABu6AQAfegEAMfoBADM6AQAIOkEAC3pBAB56QQAhukEANLpBADe6QQAK+oEADrqBACE6gQAjuoEAN3qBADr6gQANusEADvrBACP6wQAnOsEAOjrBADr6wQAQewEAEnsBACa7AQAn+wEAPPsBAAA7QQATO0EAFTtBACl7QQAru0EAP7tBAAL7gQAV+4EAGXuBACw7gQAw+4EAAnvBAAR7wQAYu8EAGnvBAC77wQAwO8EABTwBAAq8AQAbfAEAG/wBADG8AQA1PAEAB/xBAAs8QQAePEEAIDxBADR8QQA1PEEACryBAAv8gQAg/IEAJLyBADc8gQA/PIEADXzBABB8wQAjvMEAJjzBADn8wQA7/MEAED0BABS9AQA8FAUAJ70BADy9AQA//QEAEv1BABY9QQApPUEALD1BAD99QQADPYEAFb2BABg9gQAr/YEALf2BAAI9wQAEvcEAGH3BABm9wQAuvcEAML3BABJURQAH/gEAGz4BABy+AQAxfgEAOD4BAAe+QQAKvkEAHf5BAB9+QQA0PkEAOz5BAAp+gQAMfoEAKJRFACK+gQA2/oEAOX6BAA0+wQAP/sEAI37BACZ+wQA5vsEAO77BAD7URQAS/wEAJj8BACe/AQA8fwEAAz9BABK/QQAVv0EAKP9BACp/QQA/P0EAAT+BABV/gQAW/4EAK7+BAC3/gQAB/8EABT/BABg/wQAbf8EALn/BADH/wQAEgAFAB8ABQBrAAUAggAFAMQABQDMAAUAHQEFACIBBQB2AQUALgEFAIwDBQCDAQUAzwEFANcBBQAoAgUAMwIFAIECBQCGAgUA2gIFAN0CBQAzAwUAPQMFAFRSFACRAwUA5QMFAPQDBQA+BAUAQAQFAJcEBQCoBAUA8AQFAAEFBQBJBQUAXQUFAK1SFACzBQUA+wUFAP4FBQBUBgUAAwYFAKE5CQAIBgUA/iMSAF4GBQCtBgUArwYFAAYHBQAQBwUAXwcFAGsHBQC4BwUA4gcFABEIBQAcCAUAoCAGADcIBQBqCAUAoAgFAMMIBQDpCAUAHAkFAEIJBQB1CQUArAkFAM4JBQD5CQUAJwoFAC8KBQCACgUAqgoFANkKBQARCwUAMgsFAF0LBQCLCwUAkwsFAOQLBQDzCwUAPQwFAEIMBQCWDAUAnwwFAO8MBQCjDAUA7hQFAAANBQBIDQUATw0FAKENBQCpDQUA+g0FAAcOBQBTDgUAWA4FAKwOBQC2DgUABQ8FAA0PBQBeDwUAaA8FAOIbBQBtDwUAtw8FALwPBQAQEAUAHRAFAGkQBQB2EAUAwhAFAM4QBQAbEQUAKhEFAHQRBQB+EQUAzREFANURBQAmEgUAMBIFAH8SBQCEEgUA2BIFAOASBQAGUxQAPRMFAIoTBQCQEwUA4xMFAP4TBQA8FAUASBQFAJUUBQCbFAUAX1MUAPsUBQBHFQUAUxUFAKAVBQCvFQUA+RUFAAMWBQBSFgUAYBYFAKsWBQCwFgUABBcFABEXBQBdFwUAZRcFALYXBQDAFwUADxgFABQYBQBoGAUAcBgFAMEYBQDEGAUAGhkFACYZBQBzGQUAeRkFAMwZBQDnGQUAJRoFADEaBQB+GgUAhBoFANcaBQDfGgUAMBsFADIbBQCJGwUAkxsFALhTFADoGwUAOxwFAD0cBQCUHAUAoRwFAO0cBQDwHAUARh0FAFcdBQCfHQUAoR0FAPgdBQACHgUAUR4FAF0eBQCqHgUAsh4FABFUFAAIHwUAXB8FAF8fBQC1HwUAvx8FAA4gBQAWIAUAZyAFAHQgBQDAIAUAwiAFABkhBQAvIQUAciEFAH4hBQBqVBQA5yEFACQiBQBAIgUAw1QUAIIiBQDWIgUA4yIFAC8jBQA8IwUAiCMFAJQjBQDhIwUA8CMFADokBQBEJAUAkyQFAKEkBQDsJAUA8SQFAEUlBQBSJQUAniUFALclBQD3JQUA+SUFAFAmBQBXJgUAHFUUAMYmBQACJwUAEycFAFsnBQBnJwUAtCcFAMcnBQANKAUAHCgFAGYoBQByKAUAvygFAMAoBQAYKQUAIikFAHEpBQB/KQUAyikFAM8pBQAjKgUAMCoFAHVVFACBKgUA1SoFAOIqBQAuKwUAOysFAIcrBQCTKwUA4CsFAO8rBQA5LAUAQywFAJIsBQCgLAUA6ywFAPAsBQBELQUAUS0FAJ0tBQClLQUAgFYUAPstBQBPLgUAVy4FANlWFACqLgUAAS8FAA8vBQBaLwUAay8FADJXFAC6LwUAi1cUABEwBQBlMAUAbTAFAL4wBQDNMAUAFzEFABwxBQBwMQUAfTEFAMkxBQDWMQUAIjIFAC4yBQB7MgUAijIFANQyBQDeMgUAPVgUAC8zBQC34RAAMzMFAFCJDgBAMwUAhjMFAJUzBQDfMwUA6zMFADg0BQA5NAUAkTQFAJs0BQDqNAUA+DQFAEM1BQBINQUAnDUFAKk1BQCWWBQA+TUFAE42BQBZNgUApzYFALU2BQAANwUAETcFAFk3BQBlNwUAsjcFALo3BQDvWBQAEDgFAGQ4BQBxOAUAvTgFAMo4BQAWOQUAIjkFAG85BQB+OQUAyDkFANI5BQAhOgUALzoFAHo6BQCHOgUA0zoFAOo6BQBIWRQAOTsFAIU7BQCSOwUA3jsFAOo7BQA3PAUARjwFAJA8BQCaPAUA6TwFAPc8BQBCPQUABT0FAML5CgBHPQUAmz0FAKg9BQD0PQUA/D0FAKFZFABZPgUApj4FALY+BQD/PgUACD8FAFg/BQBbPwUAsT8FAL0/BQAKQAUAEUAFAPpZFABwQAUAvEAFAMtABQAVQQUAFkEFAG5BBQCFQQUAx0EFAOFBBQAgQgUALEIFAHlCBQCMQgUA0kIFAOFCBQArQwUAN0MFAIRDBQCFQwUA3UMFAOdDBQA2RAUAREQFAI9EBQCURAUA6EQFAPVEBQBTWhQAW0UFAJpFBQCpRQUA80UFAPVFBQBMRgUA+EUFAOdMBQBZRgUApUYFALJGBQD+RgUAA0cFAFdHBQBhRwUAsEcFAL9HBQAJSAUADkgFAGJIBQBvSAUAu0gFAMhIBQAUSQUAIEkFAG1JBQB8SQUAxkkFANBJBQAfSgUALEoFAHhKBQB9SgUA0UoFANVKBQAqSwUANksFAINLBQCJSwUA3EsFAOJLBQA1TAUAOkwFAI5MBQCUTAUArFoUAPRMBQBATQUATU0FAJlNBQClTQUA8k0FAAFOBQBLTgUAVU4FAKROBQCyTgUA/U4FAAJPBQBWTwUAY08FAK9PBQC2TwUACFAFAA1QBQBhUAUAbVAFALpQBQC9UAUAE1EFACBRBQBsUQUAcVEFAMVRBQDPUQUAHlIFACpSBQB3UgUAilIFANBSBQDeUgUAKVMFACxTBQCCUwUAjFMFANtTBQDnUwUANFQFADpUBQCNVAUAk1QFAOZUBQDrVAUAP1UFAEVVBQAFWxQAmlUFAPFVBQACVgUASlYFAFtWBQCjVgUAq1YFAPxWBQAMVwUAVVcFAFdXBQCuVwUAvFcFAAdYBQAYWAUAXlsUAGdYBQC3WxQAulgFABJZBQAXWQUAa1kFABhZBQD2hgUAcVkFAMRZBQDOWQUAHVoFAClaBQB2WgUAfFoFAM9aBQDVWgUAKFsFAC1bBQCBWwUAh1sFABBcFADoWwUAM1wFAExcBQCMXAUAjVwFAOVcBQACXQUAPl0FAEZdBQANgQUAWF0FAJddBQCaXQUA8F0FAPVdBQAbXRQAYl4FAKJeBQCoXgUA+14FALheBQDsLwYA/V4FAFRfBQBaXwUArV8FAMFfBQAGYAUADmAFAF9gBQBsYAUAuGAFAL1gBQARYQUAG2EFAGphBQByYQUAw2EFANRhBQAcYgUAIWIFAHViBQB3YgUAzmIFANViBQAnYwUAM2MFAIBjBQCHYwUA2WMFAPVjBQAyZAUAOmQFAHRdFACMZAUA5GQFAPBkBQA9ZQUASmUFAJZlBQCeZQUA72UFAPJlBQBIZgUAU2YFAKFmBQCjZgUA+mYFAABnBQBTZwUAX2cFAKxnBQCzZwUABWgFAA1oBQBeaAUAY2gFALdoBQDQaAUAEGkFADxpBQBpaQUAdWkFAMJpBQDRaQUAG2oFACVqBQB0agUAfGoFAM1qBQDdagUAJmsFADRrBQB/awUAkGsFANhrBQDkawUAzV0UADZsBQCKbAUAkmwFAONsBQDkbAUAPG0FAPlsBQD5FA0AWW0FAJVtBQCdbQUA7m0FAPJtBQBHbgUATW4FAKBuBQCibgUA+W4FAPpuBQBSbwUAU28FAKtvBQC3bwUABHAFAApwBQBdcAUAZXAFALZwBQC4cAUAD3EFACpxBQBocQUAanEFAMFxBQDPcQUAGnIFACtyBQBzcgUAdXIFAMxyBQDlcgUAJXMFADZzBQB+cwUAinMFACZeFADlcwUAMHQFAPNzBQDXRgkARnQFAIl0BQCKdAUA4nQFAPN0BQA7dQUAR3UFAJR1BQCqdQUA7XUFAPl1BQBGdgUAU3YFAJ92BQCpdgUA+HYFAPp2BQBRdwUAW3cFAKp3BQC4dwUAA3gFAAh4BQBceAUAaXgFALV4BQDReAUADnkFABZ5BQB/XhQAdXkFAMB5BQDZeQUAGXoFABp6BQByegUAj3oFAMt6BQDTegUAJHsFADV7BQB9ewUAi3sFANZ7BQDvewUAL3wFADV8BQCIfAUAinwFAOF8BQDnfAUAOn0FAE59BQCTfQUAm30FAOx9BQD5fQUARX4FAEp+BQCefgUAqH4FAPd+BQD/fgUAUH8FAGB/BQCpfwUArn8FAAKABQALgAUAW4AFAGiABQC0gAUAu4AFANheFAAegQUAZoEFAHSBBQC/gQUA2IEFABiCBQAeggUAcYIFAHOCBQDKggUA0IIFACODBQA3gwUAfIMFAISDBQDVgwUA4oMFAC6EBQAzhAUAh4QFAJGEBQDghAUA6IQFADmFBQBJhQUAkoUFAJeFBQDrhQUA9IUFAESGBQBRhgUAnYYFAKSGBQAxXxQA+4YFAE+HBQBQhwUAqIcFALSHBQABiAUAB4gFAFqIBQBriAUAs4gFAMeIBQAMiQUAG4kFAGWJBQBqiQUAvokFAMuJBQAXigUAJ4oFAHCKBQB+igUAyYoFAOCKBQAiiwUAK4sFAHuLBQCBiwUA1IsFAOCLBQAtjAUANIwFAIaMBQCijAUA34wFAOeMBQCKXxQAPo0FAJGNBQCXjQUA6o0FAO+NBQBDjgUASY4FAONfFAChjgUA9Y4FAPeOBQBOjwUAVY8FAKePBQC1jwUAAJAFAA2QBQBZkAUAcJAFALKQBQC6kAUAC5EFAAyRBQBkkQUAZ5EFAL2RBQDRkQUAFpIFACWSBQBvkgUAdJIFAMiSBQDJkgUAIZMFADiTBQCVYBQAfJMFANOTBQDgkwUALJQFADmUBQCFlAUAipQFAN6UBQDolAUAN5UFAD+VBQCQlQUAoJUFAOmVBQD3lQUAQpYFAE+WBQCblgUAopYFAPSWBQD8lgUATZcFAE+XBQCmlwUArpcFAP+XBQAAmAUAWJgFABWYBQAjNQYAXZgFALGYBQC0mAUACpkFABSZBQBjmQUAepkFALyZBQDCmQUAFZoFACGaBQBumgUAcZoFAMeaBQDkmgUAIJsFADGbBQB5mwUAgZsFANKbBQDZmwUAK5wFADGcBQCEnAUAkpwFAN2cBQD4nAUANp0FAEKdBQCPnQUAlZ0FAOidBQD9nQUAQZ4FAEmeBQCangUApJ4FAPOeBQD5ngUATJ8FAFqfBQClnwUAsZ8FAP6fBQAFoAUAV6AFAF+gBQDuYBQAvqAFAAmhBQAfoQUAYqEFAG6hBQC7oQUAwKEFABSiBQAdogUAbaIFAHeiBQDGogUA0qIFAGaXBwDiogUAH6MFACejBQBHYRQAfaMFANGjBQDeowUAKqQFADekBQCDpAUAj6QFANykBQDrpAUANaUFAD+lBQCOpQUAnKUFAOelBQDspQUAQKYFAE2mBQCZpgUAoaYFAKBhFAAApwUAS6cFAGGnBQCkpwUAsKcFAP2nBQACqAUAVqgFAF+oBQCvqAUAuagFAAipBQAQqQUAYakFAG2pBQC6qQUAzakFABOqBQAUqgUAbKoFAHqqBQDFqgUAy6oFAB6rBQAqqwUAd6sFAH6rBQD5YRQA1asFAH8dBgDWqwUAKawFADWsBQCCrAUAhKwFANusBQDlrAUANK0FAECtBQCNrQUAla0FAFJiFADurQUAP64FAE6uBQCYrgUAna4FAPGuBQD+rgUASq8FAFevBQCjrwUAr68FAPyvBQALsAUAVbAFAF+wBQCusAUAvLAFAAexBQAMsQUAYLEFAG2xBQC5sQUAwbEFABKyBQAcsgUAa7IFAHCyBQDEsgUAzLIFAB2zBQAoswUAdrMFAHuzBQDPswUA0rMFACi0BQAytAUAgbQFAIm0BQCrYhQA37QFADO1BQBCtQUAjLUFAI61BQDltQUA9rUFAD62BQBJtgUAl7YFAJy2BQDwtgUA87YFAEm3BQBTtwUAorcFAKq3BQD7twUA/bcFAFS4BQBhuAUArbgFALS4BQAGuQUADrkFAF+5BQBguQUAuLkFAL25BQARugUAF7oFAGq6BQB0ugUAw7oFAMu6BQAEYxQAT7sFAHW7BQCtuwUAzrsFAOi7BQAnvAUATbwFAIC8BQCavAUA2bwFAP+8BQAyvQUATL0FAIu9BQC0vQUA5L0FAOy9BQA9vgUAP74FAJa+BQCjvgUA774FAPa+BQBIvwUAUL8FAKG/BQCivwUA+r8FAP+/BQBTwAUAWcAFAKzABQC2wAUABcEFAA3BBQBdYxQAesEFALZjFAC/wQUAEMIFABLCBQBpwgUAdsIFAMLCBQDJwgUAG8MFACPDBQB0wwUAdcMFAM3DBQDSwwUAJsQFACzEBQB/xAUAicQFANjEBQDgxAUAD2QUADbFBQCKxQUAjMUFAOPFBQDqxQUAPMYFAErGBQCVxgUAosYFAO7GBQAFxwUAR8cFAE/HBQCgxwUAqscFAPnHBQC2xwUAZysGAATIBQBSyAUAXsgFAKvIBQCzyAUAaGQUAAXJBQBdyQUADskFAI6wBgAayQUAZJwGAGLJBQC2yQUAuckFAA/KBQAZygUAaMoFAH/KBQDBygUAx8oFABrLBQAmywUAc8sFAHbLBQDMywUA6csFACXMBQA2zAUAfswFAJ3MBQDXzAUA38wFADDNBQAyzQUAic0FAJjNBQDizQUA7M0FADvOBQBJzgUAlM4FAK/OBQDtzgUA+c4FAEbPBQBOzwUAwWQUAKvPBQD4zwUAB9AFAFHQBQBW0AUAqtAFALDQBQAD0QUACtEFAFzRBQBk0QUAtdEFALfRBQAO0gUAFdIFAGfSBQBp0gUAwNIFAMHSBQAZ0wUAI9MFAHLTBQB+0wUAy9MFANHTBQAk1AUAPtQFAH3UBQCF1AUA1tQFAOzUBQAv1QUAPdUFAIjVBQCL1QUA4dUFAOTVBQA61gUASNYFAJPWBQCg1gUA7NYFAAPXBQBF1wUATdcFAJ7XBQCg1wUA99cFAP/XBQBQ2AUAZ9gFAKnYBQC12AUAAtkFABjZBQBb2QUAY9kFALTZBQDC2QUADdoFABfaBQBm2gUAbtoFAL/aBQDG2gUAGNsFACTbBQBx2wUActsFAMrbBQDW2wUAI9wFADDcBQB83AUAg9wFANXcBQDY3AUALt0FADbdBQCH3QUAjN0FAODdBQDt3QUAOd4FAGneBQCS3gUAmt4FABplFADz3gUAo6IUAAffBQBE3wUATN8FAHNlFACr3wUA9t8FAPjfBQBP4AUAYOAFAKjgBQCw4AUAAeEFAA3hBQBa4QUAYOEFALPhBQC54QUADOIFABHiBQBl4gUAa+IFAMxlFADD4gUAF+MFAMriBQDwZw4AH+MFAHDjBQB14wUAAsILAHbjBQAZIA0AfOMFABWODAB/4wUAyeMFAIHjBQBRHQ0Ah+MFABaRDQDO4wUAIuQFAM/jBQBxuQoAL+QFAHvkBQCI5AUA1OQFAODkBQAt5QUAPOUFAIblBQCQ5QUAMGcUAOnlBQA45gUAPeYFAJHmBQCZ5gUAiWcUAO/mBQBD5wUARucFAJznBQCm5wUA9ecFAB3oBQA7aBQAVOgFAKfoBQC96AUAAOkFAA7pBQBZ6QUAZukFALLpBQC06QUAC+oFABXqBQBk6gUAcOoFAL3qBQDE6gUAFusFAB7rBQBv6wUAdusFAMjrBQDR6wUAIewFAC3sBQB67AUAguwFAJRoFADY7AUALO0FADTtBQCF7QUAlO0FAN7tBQDj7QUAN+4FAETuBQCQ7gUAne4FAOnuBQD17gUAQu8FAFHvBQCb7wUApe8FAPTvBQAC8AUATfAFAFLwBQCm8AUAs/AFAP/wBQAH8QUAWPEFAGLxBQCx8QUAv/EFAAryBQAg8gUAY/IFAG/yBQC88gUAwfIFABXzBQAe8wUAbvMFAHjzBQDtaBQA0fMFACD0BQAs9AUAefQFAIH0BQBGaRQA1/QFACv1BQA49QUAhPUFAJH1BQDd9QUA6fUFADb2BQBF9gUAj/YFAJn2BQDo9gUAAPcFAEH3BQBL9wUAmvcFAKj3BQDz9wUACfgFAEz4BQBY+AUApfgFAKr4BQD++AUAB/kFAFf5BQBh+QUAsPkFALj5BQCfaRQAFvoFAGL6BQAf+gUAd5MTAG/6BQC7+gUAx/oFABT7BQAj+wUAbfsFAHf7BQDG+wUA1PsFAB/8BQAs/AUAePwFAI/8BQDR/AUA2fwFACr9BQA0/QUAg/0FAIj9BQDc/QUA5P0FAPhpFABB/gUAjv4FAJT+BQDn/gUAAv8FAED/BQBM/wUAmf8FAJ//BQBRahQA+v8FAKpqFABQAAYApAAGALEABgD9AAYACgEGAFYBBgBiAQYArwEGAL4BBgAIAgYAEgIGAGECBgBvAgYAugIGAL8CBgATAwYAIAMGAGwDBgB0AwYAA2sUANEDBgAeBAYALgQGAHcEBgCABAYA0AQGANMEBgApBQYANQUGAIIFBgCJBQYAXGsUAOkFBgA0BgYASgYGAI0GBgCZBgYA5gYGAO0GBgA/BwYARwcGAJgHBgCdBwYA8QcGAPoHBgBKCAYAVAgGALVrFACoCAYA/AgGAK8IBgCBDQYABAkGAFUJBgBbCQYArgkGALMJBgAHCgYAEAoGAGAKBgBqCgYAuQoGAMUKBgASCwYAGgsGAA5sFABwCwYAxAsGAMwLBgAdDAYAKAwGAHYMBgB7DAYAzwwGANIMBgAoDQYAMg0GAGdsFACLDQYA2g0GAN4NBgAzDgYAOA4GAIwOBgCSDgYA5Q4GAAUPBgA+DwYARg8GAJcPBgClDwYA8A8GAPMPBgBJEAYAURAGAKIQBgCrEAYA+xAGAAgRBgBUEQYAWhEGAK0RBgC5EQYABhIGAAgSBgBfEgYAbhIGALgSBgDDEgYAERMGABMTBgBqEwYAgxMGAMMTBgDUEwYAHBQGACgUBgDAbBQAfRQGAM4UBgDuFAYAJxUGADUVBgCAFQYAjRUGANkVBgDgFQYAMhYGAE4WBgCLFgYAkxYGABltFADpFgYAPRcGAEoXBgCWFwYAoxcGAO8XBgD7FwYASBgGAFcYBgChGAYAqxgGAPoYBgAPGQYAUxkGAFsZBgCsGQYAuxkGAAUaBgAHGgYAXhoGAGcaBgC3GgYAuhoGABAbBgAcGwYAaRsGAIUbBgDCGwYAyhsGAHJtFAAgHAYAdBwGAIocBgDNHAYA2RwGACYdBgBJHQYAy20UAIwdBgDYHQYA5R0GADEeBgA9HgYAih4GAJkeBgDjHgYA7R4GADwfBgBEHwYAlR8GAJ8fBgDuHwYA8x8GAEcgBgBPIAYAJG4UALQgBgD5IAYAHyEGAFIhBgB4IQYAqyEGANEhBgAEIgYALyIGAF0iBgBlIgYAtiIGAOAiBgAPIwYAQiMGAGgjBgCOIwYAwSMGAOcjBgAaJAYATSQGAHMkBgCeJAYAzCQGANQkBgAlJQYAKiUGAJ6JBgA0JQYAfiUGAIMlBgDXJQYA5CUGADAmBgA9JgYAiSYGAJUmBgDiJgYA8SYGADsnBgBFJwYAlCcGAKInBgDtJwYA8icGAEYoBgBTKAYAnygGAKcoBgD4KAYA/igGAFEpBgACKQYA1oYGAF0pBgCqKQYAuikGAAMqBgAMKgYAXCoGAF8qBgC1KgYAwSoGAA4rBgAVKwYAfW4UAHsrBgDAKwYAwysGABksBgA2LAYAciwGAIMsBgDLLAYA0iwGACQtBgA9LQYAfS0GAIUtBgDWLQYA7C0GAC8uBgA0LgYAiC4GAI8uBgDhLgYA6i4GADovBgBLLwYAky8GAJ8vBgDWbhQA7i8GAGYzBgAAMAYARTAGAEgwBgCeMAYAuzAGAPcwBgAIMQYAUDEGAF8xBgCpMQYAujEGAAIyBgAQMgYAWzIGAGcyBgC0MgYAwTIGAA0zBgAXMwYAL28UAGwzBgC/MwYAzTMGABg0BgAaNAYAcTQGAHg0BgDKNAYA4zQGAIhvFAA3NQYAfDUGAH81BgDVNQYA8jUGAC42BgA/NgYAhzYGAI82BgDgNgYA5zYGADk3BgA/NwYAkjcGAKA3BgDrNwYABjgGAEQ4BgBQOAYAnTgGAKM4BgD2OAYACzkGAE85BgBXOQYAqDkGALI5BgABOgYABzoGAFo6BgBoOgYAszoGAL86BgAMOwYAEzsGAGU7BgBtOwYA4W8UAMc7BgAXPAYAJDwGAHA8BgB+PAYAyTwGANg8BgAiPQYAJD0GAHs9BgCFPQYA1D0GAOI9BgAtPgYAMj4GAIY+BgCTPgYA3z4GAOI+BgA4PwYARD8GAJE/BgCkPwYA6j8GAPk/BgBDQAYAT0AGAJxABgCdQAYA9UAGAP9ABgBOQQYAXEEGAKdBBgCsQQYAAEIGAA1CBgA6cBQAXkIGALJCBgDIQgYAC0MGACFDBgBkQwYAbUMGAL1DBgDKQwYAFkQGACREBgBvRAYAfkQGAMhEBgDKRAYAIUUGACtFBgB6RQYAiEUGANNFBgDYRQYALEYGADlGBgCFRgYAiEYGAN5GBgDmRgYAN0cGAEhHBgCQRwYAnkcGAOlHBgD2RwYAQkgGAGJIBgCbSAYAo0gGAPRIBgAESQYATUkGAE9JBgCmSQYAtEkGAP9JBgAQSgYARXEUAF5KBgCxSgYAvUoGAJ5xFAARSwYAY0sGABdLBgBbSAgAaksGALxLBgDCSwYAFUwGACFMBgBuTAYAcUwGAMdMBgDKTAYAIE0GAEhNBgB5TQYAnE0GANJNBgDdTQYAK04GADBOBgCETgYAh04GAN1OBgDnTgYANk8GAF5PBgD3cRQAlE8GAOhPBgD1TwYAQVAGAE5QBgCaUAYAplAGAPNQBgACUQYATFEGAFZRBgClUQYArVEGAP5RBgAIUgYAV1IGAFxSBgCwUgYAuFIGAFByFAAWUwYAYlMGAHZTBgC7UwYAw1MGABRUBgAZVAYAbVQGAH1UBgDGVAYAzlQGAB9VBgApVQYAeFUGAINVBgDRVQYA3VUGACpWBgAyVgYAqXIUAIRWBgDcVgYA6FYGADVXBgBEVwYAjlcGAJxXBgDnVwYA91cGAEBYBgBOWAYAmVgGAKVYBgDyWAYA+VgGAEtZBgBTWQYApFkGALpZBgD9WQYAEVoGAFZaBgBZWgYAr1oGAMxaBgAIWwYAGVsGAGFbBgBpWwYAulsGAMVbBgATXAYAGFwGAGxcBgBvXAYAxVwGAM9cBgAeXQYAIV0GAAJzFAB5XQYAg3cJAHxdBgDQXQYA010GACleBgAzXgYAgl4GAIpeBgDbXgYA+l4GAFtzFABIXwYAjV8GALNfBgDmXwYADGAGAD9gBgBlYAYAmGAGANJgBgDxYAYAJGEGAEphBgBwYQYAo2EGAMlhBgD8YQYAL2IGAFViBgB5YgYArmIGAMpiBgAHYwYAD2MGALRzFABlYwYAuWMGAMZjBgASZAYAH2QGAGtkBgB3ZAYAxGQGANNkBgAdZQYAJ2UGAHZlBgCEZQYAz2UGANRlBgAoZgYANWYGAIFmBgCJZgYADXQUAOZmBgAzZwYAQ2cGAIxnBgCVZwYA5WcGAOhnBgA+aAYASmgGAJdoBgCeaAYAZnQUAP5oBgBJaQYAX2kGAKJpBgCuaQYA+2kGAAJqBgBUagYAXGoGAK1qBgCyagYABmsGAA9rBgBfawYAaWsGAL90FAC5awYAEWwGAB1sBgBqbAYAcGwGAMNsBgDFbAYAHG0GACZtBgB1bQYAg20GAM5tBgDTbQYAJ24GADRuBgCAbgYAiG4GANluBgDjbgYAMm8GAEBvBgCLbwYAoW8GAORvBgDwbwYAPXAGAERwBgCWcAYAnnAGAO9wBgD0cAYASHEGAFFxBgChcQYAq3EGABh1FAD9cQYAU3IGAHByBgCscgYAvXIGAAVzBgATcwYAXnMGAHZzBgC3cwYAunMGABB0BgAtdAYAaXQGAHp0BgDCdAYA2nQGABt1BgAndQYAdHUGAId1BgDNdQYA3HUGACZ2BgAydgYAf3YGAIB2BgDYdgYA4nYGADF3BgA/dwYAincGAI93BgDjdwYA8HcGAHF1FABBeAYAlXgGAKJ4BgDueAYA+3gGAEd5BgBTeQYAoHkGAK95BgD5eQYAA3oGAFJ6BgBgegYAq3oGALB6BgAEewYAEXsGAF17BgBlewYAfHYUAMJ7BgAPfAYAH3wGAGh8BgBxfAYAwXwGAMR8BgAafQYAJn0GAHN9BgB6fQYA1XYUANp9BgAlfgYAO34GAH5+BgCKfgYA134GAN5+BgAwfwYAOH8GAIl/BgCOfwYA4n8GAOt/BgA7gAYARYAGAC53FACVgAYA7YAGAPmABgBGgQYATIEGAJ+BBgChgQYA+IEGAAKCBgBRggYAX4IGAKqCBgCvggYAA4MGABCDBgBcgwYAZIMGALWDBgC/gwYADoQGAByEBgBnhAYAfYQGAMCEBgDMhAYAGYUGACCFBgByhQYAeoUGAMuFBgDQhQYAJIYGAC2GBgB9hgYAh4YGAId3FADkhgYAL4cGAEWHBgCIhwYAlIcGAOGHBgDohwYAOogGAEKIBgCTiAYAmIgGAOyIBgD1iAYARYkGAE+JBgDgdxQAn4kGAPeJBgADigYAUIoGAFaKBgCpigYAq4oGAAKLBgAMiwYAW4sGAGmLBgC0iwYAuYsGAA2MBgAajAYAZowGAG6MBgC/jAYAyYwGABiNBgAmjQYAcY0GAIeNBgDKjQYA1o0GACOOBgAqjgYAfI4GAISOBgDVjgYA2o4GAC6PBgA3jwYAh48GAJGPBgA5eBQA4o8GAEKgDgDujwYAOZAGAEqQBgCSkAYAl5AGAOuQBgACkQYARJEGAFiRBgCdkQYAtZEGAPaRBgAFkgYAT5IGAFSSBgCokgYAtZIGAAGTBgAOkwYAWpMGAGaTBgCzkwYAwpMGAAyUBgAWlAYAZZQGAG2UBgC+lAYA3JQGABeVBgAflQYAcJUGAHmVBgDJlQYA1pUGACKWBgAklgYAe5YGAJSWBgDUlgYA5ZYGAC2XBgA5lwYAhpcGAI6XBgCSeBQA5JcGADiYBgBAmAYAkZgGAKCYBgDqmAYA75gGAEOZBgBQmQYAnJkGAKmZBgD1mQYAAZoGAE6aBgBdmgYAp5oGALGaBgAAmwYACJsGAFmbBgBjmwYAspsGALebBgALnAYAE5wGAOt4FAB4nAYAvZwGAMCcBgAWnQYAM50GAG+dBgCAnQYAyJ0GAPudBgAhngYAQJ4GAHqeBgCCngYA054GANWeBgAsnwYAO58GAIWfBgCPnwYA3p8GAOyfBgA3oAYAUqAGAJCgBgCcoAYA6aAGAPGgBgBEeRQATqEGAJuhBgCqoQYA9KEGAPmhBgBNogYAU6IGAKaiBgCtogYA/6IGAAejBgBYowYAWqMGALGjBgC4owYACqQGAAykBgBjpAYAZKQGALykBgDGpAYAFaUGACGlBgBupQYAdKUGAMelBgDhpQYAIKYGACimBgB5pgYAj6YGANKmBgDgpgYAK6cGAC6nBgCEpwYAh6cGAN2nBgDrpwYANqgGAEOoBgCPqAYApqgGAOioBgDwqAYAQakGAEOpBgCaqQYAoqkGAPOpBgAKqgYATKoGAFiqBgClqgYAu6oGAP6qBgAGqwYAV6sGAGWrBgCwqwYAuqsGAAmsBgARrAYAYqwGAGmsBgC7rAYAx6wGABStBgAVrQYAba0GAHmtBgDGrQYA060GAB+uBgAmrgYAeK4GAHuuBgDRrgYA2a4GACqvBgAvrwYAg68GAJCvBgDcrwYADLAGADWwBgA9sAYAnXkUAJSwBgDnsAYA9bAGAECxBgBRsQYAmbEGAJ6xBgDysQYACbIGAEuyBgBfsgYApLIGAMOyBgD9sgYABbMGAFazBgBYswYAr7MGAL6zBgAItAYAErQGAGG0BgBvtAYAurQGANW0BgATtQYAH7UGAGy1BgB0tQYA9nkUANG1BgAetgYALbYGAHe2BgB8tgYA0LYGANa2BgAptwYAMLcGAIK3BgCKtwYA27cGAN23BgA0uAYAO7gGAI24BgCPuAYA5rgGAOe4BgA/uQYASbkGAJi5BgCkuQYA8bkGAPe5BgBKugYAZLoGAKO6BgCrugYA/LoGABK7BgBVuwYAY7sGAK67BgCxuwYAB7wGAAq8BgBgvAYAbrwGALm8BgDGvAYAEr0GACm9BgBrvQYAc70GAMS9BgDGvQYAHb4GACW+BgB2vgYAjb4GAM++BgDbvgYAKL8GAD6/BgCBvwYAib8GANq/BgDovwYAM8AGAD3ABgCMwAYAlMAGAOXABgDswAYAPsEGAErBBgCXwQYAmMEGAPDBBgD8wQYAScIGAFbCBgCiwgYAqcIGAPvCBgD+wgYAVMMGAFzDBgCtwwYAssMGAAbEBgATxAYAX8QGAI/EBgC4xAYAwMQGAE96FAAWxQYAasUGAIbFBgDDxQYAy8UGAKh6FABXxgYAdcYGAJvGBgDOxgYA98YGACfHBgBaxwYAgMcGAJXHBgDZxwYA4ccGADLIBgA1yAYAi8gGAKjIBgDkyAYA9cgGAD3JBgBAyQYAlskGAKDJBgDvyQYA8ckGAEjKBgBSygYAocoGAK3KBgD6ygYAFssGAFPLBgBbywYAAXsUAOLLBgAFzAYACMwGAF7MBgCEzAYAt8wGAODMBgAQzQYANM0GAGnNBgBxzQYAWnsUAMfNBgAbzgYAKM4GAHTOBgCBzgYAzc4GANnOBgAmzwYANc8GAH/PBgCJzwYA2M8GAObPBgAx0AYANtAGAIrQBgCX0AYA49AGAOvQBgA80QYARtEGAJXRBgCj0QYA7tEGAATSBgBH0gYAU9IGAKDSBgCl0gYA+dIGAALTBgBS0wYAXNMGAKvTBgDH0wYABNQGAAzUBgCzexQAX9QGALbUBgDE1AYAD9UGACDVBgAMfBQAb9UGAGV8FADG1QYAGtYGACLWBgBz1gYAgtYGAMzWBgDS1gYAJdcGADHXBgB+1wYAgNcGANfXBgDh1wYAMNgGADzYBgCJ2AYAkdgGABd9FADn2AYAO9kGAErZBgCU2QYAtNkGAO3ZBgD52QYARtoGAFDaBgCf2gYAp9oGAPjaBgD62gYAUdsGAGHbBgCq2wYAtNsGAAPcBgAP3AYAXNwGAGLcBgC13AYAvdwGAHB9FAAY3QYAgx0RABvdBgBn3QYAc90GAMDdBgDP3QYAGd4GACPeBgBy3gYAet4GACmgDACA3gYAy94GANjeBgAk3wYAO98GAH3fBgCF3wYA1t8GAODfBgAv4AYANOAGAIjgBgCQ4AYAyX0UAO7gBgA64QYASOEGAJPhBgCm4QYA7OEGAPThBgBF4gYASOIGAJ7iBgCj4gYA9+IGAAbjBgBQ4wYAcOMGAKnjBgC14wYAAuQGAAzkBgBb5AYAd+QGALTkBgC85AYAIn4UACDlBgBm5QYAbOUGAL/lBgDL5QYAGOYGACLmBgBx5gYAd+YGAMrmBgDY5gYAI+cGAC/nBgB85wYAf+cGANXnBgDW5wYALugGADroBgCH6AYAjegGAODoBgDm6AYAOekGAEXpBgCS6QYAr+kGAOvpBgD06QYAROoGAFDqBgCd6gYAoOoGAPbqBgAA6wYAT+sGAFvrBgCo6wYArusGAAHsBgAH7AYAWuwGAF/sBgCz7AYAuewGAHt+FAAY7QYAZe0GAGftBgC+7QYAze0GABfuBgAi7gYAcO4GAHzuBgDJ7gYA0O4GACLvBgAq7wYAe+8GAIXvBgDU7wYA3+8GAC3wBgA58AYAhvAGAI7wBgCGfxQA4fAGADjxBgBL8QYAkfEGAJnxBgDq8QYA8PEGAEPyBgBP8gYAnPIGAKbyBgD18gYA+/IGAE7zBgBc8wYAp/MGALPzBgAA9AYAA/QGAFn0BgBh9AYAsvQGALP0BgAL9QYAF/UGAGT1BgBq9QYAvfUGAMX1BgAW9gYAHPYGAG/2BgB79gYAyPYGAOX2BgAh9wYAKvcGAHr3BgCG9wYA0/cGANb3BgAs+AYANvgGAIX4BgCN+AYA3vgGAO/4BgA3+QYARfkGAJD5BgCm+QYA6fkGAPf5BgBC+gYATPoGAN9/FACq+gYA9PoGAP/6BgBN+wYAWfsGAKb7BgCt+wYA//sGAAf8BgBY/AYAYvwGALH8BgC8/AYACv0GABb9BgBj/QYAa/0GADiAFAC+/QYAFf4GACj+BgBu/gYAdv4GAMf+BgDN/gYAIP8GACz/BgB5/wYAg/8GANL/BgDY/wYAKwAHADkABwCEAAcAkAAHAN0ABwDgAAcANgEHAD4BBwCPAQcAkAEHAOgBBwD0AQcAQQIHAEcCBwCaAgcAogIHAPMCBwD5AgcATAMHAFgDBwClAwcAwgMHAP4DBwAHBAcAVwQHAGMEBwCwBAcAswQHAAkFBwATBQcAYgUHAGoFBwC7BQcAzAUHABQGBwAiBgcAbQYHAIMGBwDGBgcA1AYHAB8HBwApBwcAeAcHAIAHBwDRBwcA9AcHAJGAFAA1CAcAgwgHAJEIBwDcCAcA6wgHADUJBwBACQcAjgkHAJYJBwDnCQcA9QkHAEAKBwBDCgcAmQoHAKEKBwDqgBQADgsHAEOBFABNCwcApAsHALELBwD9CwcACgwHAFYMBwBbDAcArwwHALkMBwAIDQcAFw0HAGENBwBmDQcAug0HAMcNBwATDgcAIA4HAGwOBwB4DgcAxQ4HANQOBwAeDwcAKA8HAHcPBwCDDwcA0A8HANYPBwApEAcALxAHAIIQBwCHEAcA2xAHAOEQBwCcgRQAOREHAPgzBwBFEQcAjREHAJsRBwDmEQcA8hEHAD8SBwBMEgcAmBIHAKISBwDxEgcADRMHAEoTBwBmEwcA9YEUAKUTBwD8EwcACRQHAFUUBwBiFAcArhQHALMUBwAHFQcAERUHAGAVBwBvFQcAuRUHAL4VBwASFgcAHxYHAGsWBwB4FgcAxBYHANAWBwAdFwcALBcHAHYXBwCAFwcAzxcHANsXBwAoGAcALhgHAIEYBwCHGAcA2hgHAN8YBwAzGQcAORkHAE6CFACYGQcA5RkHAOwZBwA+GgcATBoHAJcaBwCaGgcA8BoHAPgaBwBJGwcAThsHAKIbBwCvGwcA+xsHAAMcBwCnghQAWRwHAK0cBwC8HAcABh0HAAgdBwBfHQcAcB0HALgdBwDDHQcAER4HABYeBwBqHgcAbR4HAMMeBwDNHgcAHB8HADgfBwAAgxQAfB8HAM4fBwDcHwcAJyAHACogBwCAIAcAjyAHANkgBwDeIAcAMiEHAD8hBwCLIQcAmCEHAOQhBwDwIQcAPSIHAEwiBwCWIgcAoCIHAO8iBwD9IgcASCMHAE0jBwChIwcAriMHAPojBwAGJAcAUyQHAGYkBwCsJAcAuyQHAAUlBwARJQcAXiUHAF8lBwC3JQcAwSUHABAmBwAeJgcAaSYHAG4mBwDCJgcAzyYHAFmDFAAdJwcAdCcHAIInBwDNJwcA3icHAGSEFAAtKAcAvYQUAIQoBwDYKAcA4CgHADEpBwBAKQcAiikHAI8pBwDjKQcA8CkHADwqBwBJKgcAlSoHAKEqBwDuKgcA/SoHAEcrBwBRKwcAb4UUAKIrBwD5KwcAFCwHAFIsBwBULAcAqywHAMUsBwAELQcAES0HAF0tBwBpLQcAti0HAMAtBwAPLgcAKS4HAGguBwB3LgcAwS4HAMYuBwAaLwcAJy8HAHMvBwCALwcAzC8HANgvBwAlMAcANDAHAH4wBwCIMAcA1zAHAOMwBwAwMQcAQzEHAIkxBwCYMQcA4jEHAO4xBwA7MgcAPDIHAJQyBwCeMgcA7TIHAPsyBwBGMwcASzMHAJ8zBwCsMwcAyIUUAAU0BwBRNAcAXjQHAKo0BwC2NAcAAzUHABI1BwBcNQcAZjUHALU1BwDDNQcADjYHABM2BwBnNgcAdDYHAMA2BwDMNgcAGTcHACw3BwByNwcAgTcHAMs3BwDXNwcAJDgHACU4BwB9OAcAhzgHANY4BwDkOAcALzkHADQ5BwCIOQcAlTkHACGGFADuOQcAOjoHADw6BwCTOgcArDoHAOw6BwD9OgcARTsHAFE7BwCeOwcApjsHACyHFAD8OwcAUDwHAFg8BwCpPAcAuDwHAAI9BwAHPQcAWz0HAGg9BwC0PQcAwT0HAA0+BwAZPgcAZj4HAHU+BwC/PgcAyT4HAIWHFAArPwcAcT8HAIA/BwDKPwcA1j8HACNABwAkQAcAfEAHAIZABwDVQAcA40AHAC5BBwAzQQcAh0EHAJRBBwDehxQA5UEHADlCBwBGQgcAkkIHAJ9CBwDrQgcA90IHAERDBwBTQwcAnUMHAKdDBwD2QwcABEQHAE9EBwBURAcAqEQHALVEBwABRQcACUUHAOmIFABmRQcAs0UHAMNFBwAMRgcAFUYHAGVGBwBoRgcAvkYHAMpGBwAXRwcAHkcHAEKJFAB7RwcAyUcHAMpHBwAiSAcAOkgHAHtIBwCISAcA1EgHAOBIBwAtSQcAN0kHAIZJBwCKSQcA30kHAORJBwA4SgcAPkoHAJFKBwCxSgcA6koHAAJLBwBDSwcAWksHAJxLBwCoSwcA9UsHAP9LBwBOTAcAUEwHAKdMBwCuTAcAAE0HAAdNBwBZTQcAX00HALJNBwC+TQcAC04HAA5OBwBkTgcAZ04HAL1OBwDJTgcAFk8HABlPBwCbiRQAdE8HAMhPBwDQTwcAIVAHACdQBwB6UAcAf1AHANNQBwDcUAcALFEHADZRBwCFUQcAkVEHAN5RBwDmUQcA9IkUADxSBwCQUgcAmFIHAOlSBwD0UgcAQlMHAEdTBwCbUwcAnlMHAPRTBwD+UwcATYoUAFVUBwCmVAcAqlQHAP9UBwABVQcAWFUHAFtVBwCxVQcAuVUHAApWBwAXVgcAY1YHAGhWBwC8VgcAxlYHABVXBwAdVwcAblcHAG9XBwDHVwcAzFcHACBYBwAjWAcAeVgHAHxYBwDSWAcA4FgHACtZBwBEWQcAhFkHAJVZBwDdWQcA6VkHADZaBwA+WgcApooUAJRaBwDoWgcA8FoHAEFbBwBQWwcAmlsHAJ9bBwDzWwcAAFwHAExcBwBZXAcApVwHALFcBwD+XAcADV0HAFddBwBhXQcAsF0HALhdBwAJXgcAE14HAGJeBwBnXgcAu14HAMNeBwD/ihQAH18HAG1fBwB5XwcAxl8HAM5fBwBYixQAK2AHAHhgBwB/YAcA0WAHAN9gBwAqYQcALWEHAINhBwCLYQcA3GEHAN9hBwA1YgcAQWIHAI5iBwCUYgcA52IHAAJjBwBAYwcATGMHAJljBwCfYwcA8mMHABVkBwBLZAcATmQHAKRkBwDIZAcAsYsUAAJlBwBWZQcAY2UHAK9lBwC8ZQcACGYHABRmBwBhZgcAcGYHALpmBwDEZgcAE2cHACFnBwBsZwcAcWcHAMVnBwDSZwcAHmgHACZoBwAKjBQAhGgHANBoBwDYaAcAKWkHAEJpBwCCaQcAiGkHANtpBwDgaQcANGoHAFRqBwBjjBQAmmoHAOZqBwDuagcAP2sHAEJrBwCYawcAomsHAPFrBwDzawcASmwHAFRsBwCjbAcAr2wHALyMFAASbQcAVW0HAGFtBwCubQcAs20HAAduBwC2bQcAuqcVABBuBwBgbgcAam4HALluBwDBbgcA3YULAMVuBwASbwcA3G4HADu3CwAYbwcAa28HACVvBwBR2g4AcW8HAMRvBwDJbwcAHXAHACNwBwAVjRQAhHAHAM9wBwDlcAcAKHEHADRxBwCBcQcAhnEHANpxBwDjcQcAM3IHAD1yBwCMcgcAlHIHAOVyBwD0cgcAPnMHAENzBwCXcwcApHMHAPBzBwD9cwcASXQHAFV0BwCidAcAsXQHAPt0BwAFdQcAVHUHAGJ1BwCtdQcAunUHAAZ2BwAddgcAX3YHAGd2BwC4dgcAwnYHABF3BwAWdwcAancHAHJ3BwAgjhQAz3cHABx4BwAieAcAdXgHAJB4BwDOeAcA2ngHACd5BwAteQcAeY4UAIZ5BwD2mw8Ak3kHANl5BwDoeQcAMnoHAD56BwCLegcAjHoHAOR6BwDuegcAPXsHAEt7BwCWewcAm3sHAO97BwD8ewcA0o4UAE18BwChfAcAqXwHAPp8BwD9fAcAU30HAFx9BwCsfQcAu30HAAV+BwAQfgcAXn4HAGZ+BwC3fgcAx34HABB/BwAefwcAaX8HAHp/BwDCfwcAzn8HABuABwAjgAcA3Y8UAHqABwDNgAcA1YAHACaBBwAtgQcAf4EHAI2BBwDYgQcA3oEHADGCBwA9ggcAioIHAJmCBwDjggcA7YIHADyDBwBBgwcAlYMHAJuDBwDugwcAAoQHAEeEBwBPhAcAoIQHAMqEBwD5hAcAAoUHAFKFBwBfhQcAq4UHALmFBwAEhgcAF4YHAF2GBwB5hgcANpAUALuGBwAPhwcAHIcHAGiHBwB1hwcAwYcHAM2HBwAaiAcAKYgHAHOIBwB9iAcAzIgHANqIBwAliQcAKokHAH6JBwCLiQcA14kHAN+JBwCPkBQAPIoHAImKBwCZigcA4ooHAOuKBwA7iwcAPosHAJSLBwCgiwcA7YsHAPSLBwDokBQAcIwHAJ+MBwCojAcA+IwHAAWNBwBRjQcAX40HAKqNBwC9jQcAA44HAB+OBwBBkRQAao4HALWOBwDLjgcADo8HABqPBwBnjwcAbo8HAMCPBwDIjwcAGZAHAB6QBwBykAcAe5AHAMuQBwDVkAcAmpEUACWRBwB9kQcAiZEHANaRBwDckQcAL5IHADGSBwCIkgcAkpIHAOGSBwDvkgcAOpMHAD+TBwCTkwcAoJMHAOyTBwD0kwcARZQHAE+UBwCelAcArJQHAPeUBwANlQcAUJUHAFyVBwCplQcAsJUHAAKWBwAKlgcAW5YHAGCWBwC0lgcAvZYHAA2XBwAXlwcA85EUAGyXBwC/lwcAxZcHABiYBwAdmAcAcZgHAHeYBwBMkhQAz5gHACOZBwAwmQcAfJkHAImZBwDVmQcA4ZkHAC6aBwA9mgcAh5oHAJGaBwDgmgcA7poHADmbBwA+mwcAkpsHAJ+bBwDrmwcA85sHAFeTFABSnAcAnZwHALOcBwD2nAcAAp0HAE+dBwBUnQcAqJ0HALGdBwABngcAC54HALCTFABmngcAs54HAMSeBwAMnwcAGJ8HAGWfBwB0nwcAvp8HAMifBwAXoAcAJaAHAHCgBwB1oAcAyaAHANagBwAioQcALKEHAHuhBwAuoQcATqUHAImhBwDUoQcA6qEHAC2iBwA5ogcAhqIHAIuiBwDfogcA6KIHADijBwBCowcAkaMHAJ2jBwDqowcA8KMHAEOkBwBJpAcAnKQHAKGkBwD1pAcA+6QHAAmUFABUpQcAp6UHAK2lBwAApgcABaYHAFmmBwBfpgcAYpQUAMCmBwALpwcAIacHAGSnBwBwpwcAvacHAMKnBwAWqAcAH6gHAG+oBwB5qAcAyKgHANSoBwAhqQcANKkHAHqpBwCJqQcA06kHAN+pBwAsqgcALaoHAIWqBwCPqgcA3qoHAOyqBwA3qwcAPKsHAJCrBwCdqwcAu5QUAPirBwBCrAcAYqwHAJusBwCnrAcA9KwHAP6sBwBNrQcAUq0HAKatBwCnrQcA/60HAAuuBwBYrgcAZa4HALGuBwC9rgcACq8HAB2vBwBjrwcAcq8HALyvBwDIrwcAFbAHABawBwBusAcAeLAHAMewBwDVsAcAILEHACWxBwB5sQcAhrEHABSVFADusQcAbZUUADGyBwCEsgcAirIHAN2yBwDisgcANrMHADyzBwDGlRQAlLMHAOizBwDrswcAQbQHAE20BwCatAcAoLQHAPO0BwAOtQcATLUHAFi1BwCltQcAq7UHAP61BwAAtgcAV7YHAHK2BwCwtgcAsrYHAAm3BwAXtwcAYrcHAHO3BwC7twcAvbcHABS4BwAtuAcAbbgHAH64BwDGuAcA0rgHANGWFAApuQcAeLkHAIa5BwDRuQcA57kHACq6BwA2ugcAg7oHAIi6BwDcugcA5boHADW7BwA/uwcAjrsHAJa7BwDnuwcA7LsHAEC8BwBPvAcAmbwHAKi8BwDyvAcA+7wHAEu9BwBRvQcApL0HAKq9BwD9vQcACb4HAFa+BwBdvgcAr74HALe+BwAIvwcACr8HAGG/BwBxvwcAur8HAMS/BwATwAcAH8AHAGzABwBywAcAxcAHAM3ABwAqlxQAKsEHAHfBBwCIwQcA0MEHANzBBwApwgcAOMIHAILCBwCMwgcA28IHAOnCBwA0wwcAOcMHAI3DBwCawwcA5sMHAO7DBwA/xAcAScQHAO7cBwBLxAcAmMQHAJ7EBwDxxAcA98QHAErFBwBPxQcAo8UHAKnFBwCDlxQACMYHAFXGBwBbxgcArsYHAMnGBwAHxwcAE8cHAGDHBwBmxwcAuccHAMHHBwASyAcAFcgHAGvIBwB3yAcAxMgHANXIBwAdyQcAKckHAHbJBwCFyQcAz8kHANnJBwAoygcANsoHAIHKBwCGygcA2soHAOfKBwAzywcAO8sHAIzLBwCWywcA5csHAPPLBwA+zAcAVMwHAJfMBwCjzAcA8MwHAPXMBwBJzQcAUs0HAKLNBwCszQcAjpgUAAHOBwBUzgcAWs4HAK3OBwC5zgcABs8HABPPBwBfzwcAac8HALjPBwDAzwcAEdAHABvQBwBq0AcAb9AHAMPQBwDE0AcAHNEHACHRBwB10QcAhtEHAM7RBwDT0QcAJ9IHAD7SBwCA0gcAlNIHANnSBwD10gcAMtMHADrTBwDnmBQAk9MHAOTTBwDu0wcAPdQHAFHUBwCW1AcAl9QHAO/UBwD71AcASNUHAGTVBwCh1QcAqdUHAECZFAAD1gcAU9YHAGHWBwCs1gcAYtYHAKprDABs1gcA0bgPALbWBwAF1wcAB9cHAF7XBwB31wcAt9cHAMjXBwAQ2AcAHNgHAGnYBwBx2AcAmZkUAM7YBwAb2QcAIdkHAHTZBwCP2QcAzdkHANnZBwAm2gcALNoHAH/aBwCC2gcA2NoHAODaBwAx2wcAQdsHAIrbBwCP2wcA49sHAOzbBwA83AcASdwHAJXcBwCc3AcA8pkUAPzcBwBH3QcAXd0HAKDdBwCs3QcA+d0HAP7dBwBS3gcAW94HAKveBwC13gcABN8HACDfBwBd3wcAZd8HAEuaFAC73wcAD+AHABfgBwBo4AcAauAHAMHgBwDc4AcAGuEHABzhBwBz4QcAgeEHAMzhBwDd4QcAJeIHACfiBwB+4gcAl+IHANfiBwDo4gcAMOMHADzjBwCJ4wcAkeMHAKSaFADu4wcAO+QHAEHkBwCU5AcAr+QHAO3kBwD55AcARuUHAEzlBwCf5QcAouUHAP2aFAAV5gcAUeYHAFLmBwCq5gcAueYHAAPnBwAI5wcAXOcHAGnnBwC15wcAwucHAA7oBwAa6AcAZ+gHAHboBwDA6AcAyugHABnpBwAn6QcAcukHAHfpBwDL6QcA2OkHACTqBwAw6gcAfeoHAIPqBwDW6gcAkOoHAL0ACADc6gcAL+sHADTrBwCI6wcAjusHAFabFADm6wcAOuwHAFrsBwCvmxQAmewHAOzsBwD07AcA0BoIAPXsBwBF7QcAUu0HAJ7tBwCk7QcA9+0HAAPuBwBQ7gcAUu4HAKnuBwC47gcAAu8HAA3vBwBb7wcAXe8HALTvBwDN7wcADfAHAB7wBwBm8AcAcvAHAL/wBwDL8AcAGPEHACvxBwBx8QcAgPEHAMrxBwDW8QcAI/IHACTyBwB88gcAhvIHANXyBwDj8gcALvMHADPzBwCH8wcAlPMHAAicFADt8wcAOfQHAE30BwCS9AcArvQHAOv0BwAH9QcAYZwUAFP1BwCd9QcAnvUHAPb1BwAF9gcAT/YHAFT2BwCo9gcAtfYHAAH3BwAO9wcAWvcHAGb3BwCz9wcAwvcHAAz4BwAW+AcAZfgHAHP4BwC++AcAw/gHABf5BwAk+QcAcPkHAID5BwDJ+QcAy/kHACL6BwAw+gcAe/oHAIz6BwC6nBQA2/oHABOdFAAy+wcAhvsHAJP7BwDf+wcA7PsHADj8BwA+/AcAkfwHAJ38BwDq/AcA+vwHAEP9BwBM/QcAnP0HAJ/9BwD1/QcAAf4HAE7+BwBV/gcAbJ0UALP+BwAA/wcAEP8HAFn/BwBi/wcAsv8HALX/BwALAAgAFwAIAGQACABrAAgAxZ0UAMwACAAWAQgAIgEIAG8BCABwAQgAyAEIANIBCAAhAggALwIIAHoCCAB/AggA0wIIAOACCAAenhQAMQMIAIUDCACUAwgA3gMIAP4DCAA3BAgAQwQIAJAECACaBAgA6QQIAPEECABCBQgATgUIAJsFCAChBQgA9AUIAPoFCABNBggAUgYIAKYGCACsBggAKZ8UAAQHCABYBwgAYQcIALEHCADCBwgACggIABEICABjCAgAawgIALwICADJCAgAFQkIABoJCABuCQgAeAkIAMcJCADPCQgAIAoIAC8KCAB5CggAfgoIANIKCADfCggAKwsIADgLCACECwgAkAsIAN0LCADsCwgANgwIAEAMCACPDAgAlwwIAOgMCADyDAgAQQ0IAEYNCACaDQgAog0IADSgFAD4DQgATA4IAE8OCAClDggArw4IAI2gFAAEDwgAVw8IAFwPCACwDwgA0A8IAOagFAAPEAgAYhAIAGUQCAC7EAgAvRAIABQRCAAvEQgAbREIAG8RCADGEQgA1BEIAB8SCAAwEggAeBIIAHoSCADREggA6hIIACoTCAA7EwgAgxMIAI8TCAA/oRQA7BMIADUUCABVFAgAjhQIAJAUCADnFAgA8xQIAGwuEgD2FAgAwykIAAMVCACrNwgAExUIAEAVCABDFQgAmRUIAKgVCADyFQgA9xUIAEsWCABYFggApBYIALEWCAD9FggACRcIAFYXCABlFwgArxcIALkXCAAIGAgAFhgIAGEYCABmGAgAuhgIAMcYCAATGQgAHxkIAGwZCAByGQgAxRkIAMsZCAAeGggAIxoIAHcaCAB9GggAmKEUAOYaCAApGwgAKxsIAIIbCACWGwgA2xsIAOMbCAA0HAgAQRwIAI0cCACSHAgA5hwIAPAcCAA/HQgARx0IAJgdCACxHQgA8R0IAP0dCABKHggAUh4IAPGhFAC+HggA/B4IAP4eCABVHwgAYx8IAK4fCAC/HwgAByAIAAkgCABgIAgAeSAIALkgCADKIAgAEiEIAB4hCABKohQAcCEIAMQhCADNIQgAHSIIAC4iCAB2IggAfSIIAM8iCADXIggAKCMIADUjCACBIwgAhiMIANojCADkIwgAMyQIADskCACMJAgApSQIAOUkCADxJAgAPiUIAEYlCAD8ohQAmiUIAPAlCAD6JQgASSYIAEsmCACiJggAuyYIAPsmCAAMJwgAVCcIAGInCACtJwgAsCcIAAYoCAARKAgAXygIAGsoCAC4KAgAvygIAFWjFAASKQgAaikIAIUpCACuoxQAyCkIABwqCAApKggAdSoIAIIqCADOKggA2ioIACcrCAA2KwgAgCsIAIorCADZKwgA5ysIADIsCAA3LAgAiywIAJgsCADkLAgA8CwIAD0tCABDLQgAli0IAJwtCADvLQgA9C0IAEguCABOLggAB6QUAK4uCAD6LggA/C4IAFMvCABsLwgArC8IAL0vCAAFMAgAETAIAF4wCABmMAgAEqUUALwwCAAQMQgAGDEIAGkxCACCMQgAwjEIAMcxCAAbMggAIDIIAHQyCAB+MggAzTIIANAyCAAmMwgAMDMIAH8zCACFMwgA2DMIANozCAAxNAgAMjQIAIo0CACSNAgA4zQIAPM0CAA8NQgAQjUIAJU1CACaNQgA7jUIAAQ2CABHNggATzYIAKA2CADKNggA+TYIABw3CABSNwgAcTcIAGulFACzNwgAxKUUABU4CABdOAgAazgIALY4CADCOAgADzkIABw5CABoOQgAcjkIAME5CADJOQgAGjoIACU6CABzOggAdToIAMw6CADPOggAJTsIAC07CAB+OwgAhDsIANc7CADgOwgAMDwIAD08CACJPAgAkTwIAOI8CADnPAgAOz0IAEQ9CACUPQgAnj0IAO09CAD1PQgARj4IAEs+CACfPggArz4IAPg+CAAAPwgAUT8IAFM/CACqPwgAxT8IAANACAAFQAgAXEAIAGpACAC1QAgAxkAIAA5BCAAQQQgAZ0EIAIBBCADAQQgA0UEIABlCCAAlQggAckIIAHpCCAAdphQA0UIIACRDCAApQwgAfUMIAJ1DCAB2phQA3EMIAC9ECAAyRAgAiEQIAJBECADhRAgA60QIADpFCAA/RQgAk0UIAJtFCADsRQgA9kUIAEVGCABHRggAnkYIAK9GCAD3RggAF0cIAFBHCABYRwgAqUcIALNHCAACSAgAB0gIAM+mFABvSAgAtEgIALxICAANSQgAEkkIAGZJCAB2SQgAv0kIAMdJCAAYSggAIkoIAHFKCAB8SggAykoIANZKCAAjSwgAK0sIACinFACISwgA1UsIAOFLCAAuTAgANUwIAIdMCACPTAgA4EwIAPlMCAA5TQgAP00IAJJNCACXTQgA600IAAtOCACBpxQASk4IAJ1OCACgTggA2qcUAPhOCABPTwgABE8IAICkEwBSTwgAqE8IALJPCAABUAgAD1AIAFpQCABpUAgAs1AIALZQCAAMUQgAy1AIABqTCADPUAgA/W8IABhRCABlUQgAZ1EIAL5RCADEUQgAF1IIACZSCABwUggAe1IIAMlSCADRUggA2tUIAONSCAAiUwgALlMIAHtTCACOUwgA1FMIAONTCAAtVAgAOVQIAIZUCACHVAgA31QIAOlUCAA4VQgARlUIAJFVCACWVQgA6lUIAPdVCAAzqBQAXVYIAJxWCACrVggA9VYIAPpWCABOVwgAW1cIAKdXCAC0VwgAAFgIAAxYCABZWAgAaFgIALJYCAC8WAgAC1kIABlZCABkWQgAaVkIAL1ZCADKWQgAFloIACJaCABvWggAdVoIAMhaCADOWggAIVsIACZbCAB6WwgAgFsIAIyoFADUWwgALFwIANxbCAAKKQsA4FsIALQQCwDiWwgAX9oIAPNbCADRoRUAOFwIAIVcCACLXAgARLIJAJJcCADeXAgA4VwIADddCABDXQgAkF0IAJJdCADpXQgA710IAEJeCABRXggAm14IAKZeCAD0XggA9V4IAE1fCABhXwgApl8IAMBfCAD/XwgAC2AIAFhgCABrYAgAsWAIAMBgCAAKYQgAFmEIAGNhCABkYQgAvGEIAMZhCAAVYggAI2IIAG5iCABzYggAx2IIANRiCADlqBQAOmMIAHljCACIYwgA0mMIANdjCAArZAgAOGQIAIRkCACRZAgA3WQIAOlkCAA2ZQgARWUIAI9lCACZZQgA6GUIAPZlCABBZggARmYIAJpmCACnZggA82YIAP9mCABMZwgAUmcIAKVnCACrZwgA/mcIAANoCABXaAgAXWgIAD6pFAC+aAgACWkIACRpCABiaQgAcGkIALtpCADIaQgAFGoIACtqCABtaggAfGoIAMZqCADLaggAH2sIACxrCAB4awgAhWsIANFrCADdawgAKmwIADlsCACDbAgAjWwIANxsCADqbAgANW0IADptCACObQgAm20IAOdtCADqbQgAQG4IAExuCACZbggAn24IAPJuCAD4bggAS28IAFBvCACkbwgAqm8IAJepFAAZcAgA8KkUAFxwCACvcAgAsXAIAAhxCAAVcQgAYXEIAGRxCAC6cQgAu3EIABNyCAAYcggAbHIIAHJyCADFcggAz3IIAB5zCAA6cwgAd3MIAJNzCABJqhQA1nMIACl0CAArdAgAgnQIAI90CADbdAgA3nQIADR1CAA1dQgAjXUIAJJ1CADmdQgA7HUIAD92CABJdggAmHYIALR2CADxdggADXcIAKKqFABQdwgAo3cIAKl3CAD8dwgAAXgIAFV4CABbeAgA+6oUALB4CAAHeQgAFXkIAGB5CABxeQgABqwUAMB5CABfrBQAF3oIAGt6CABzeggAxHoIAMl6CAAdewgA03oIAPmPCAAeewgAdnsIAIJ7CADPewgA3HsIACh8CAAwfAgAgXwIAIt8CADafAgA6XwIADN9CAA0fQgAjH0IAJR9CADlfQgA9H0IAD5+CABDfggAl34IAKR+CADwfggA/X4IAEl/CABVfwgAon8IALF/CAD7fwgABYAIAFSACABigAgArYAIALKACAAGgQgAE4EIAF+BCABngQgAuIEIAMKBCAARgggAFoIIAGqCCABygggAEa0UAMiCCAAcgwgAJYMIAFOICAApgwgAdYMIAIKDCADOgwgA2oMIACeECAA2hAgAgIQIAIqECADZhAgA54QIADKFCAA3hQgAi4UIAJiFCADkhQgA7IUIAGqtFABJhggAloYIAKaGCADvhggA+IYIAEiHCABLhwgAoYcIAK2HCAD6hwgAAYgIAMOtFABkiAgArIgIALOICAAFiQgAEokIAF6JCAB9iQgAt4kIAMGJCAAQiggAGIoIAGmKCAB4iggAwooIAMeKCAAbiwgAKIsIAHSLCACBiwgAzYsIANmLCAAmjAgANYwIAH+MCACJjAgA2IwIAOCMCAAxjQgAO40IAIqNCACPjQgA440IAOuNCAAcrhQASI4IAJWOCACbjggA7o4IAAmPCABHjwgAU48IAKCPCACmjwgAda4UAP6PCABSkAgAX5AIAKuQCAC4kAgABJEIABCRCABdkQgAbJEIALaRCADAkQgAzq4UABmSCABokggAbZIIAMGSCADJkggAJ68UACSTCABzkwgAeZMIAMyTCADOkwgAJZQIADKUCAB+lAgAgZQIANeUCADYlAgAMJUIADWVCACJlQgAj5UIAOKVCADslQgAO5YIAFWWCACUlggAo5YIAO2WCADylggARpcIAFOXCACflwgArJcIAPiXCAAEmAgAUZgIAGCYCACqmAgAtJgIAAOZCAARmQgAXJkIAGGZCAC1mQgAwpkIAA6aCAAYmggAI6QIABqaCABnmggAbZoIAMCaCADGmggAGZsIAB6bCABymwgAeJsIAICvFADQmwgAJJwIADGcCAB9nAgAipwIANacCADinAgAL50IAD6dCACInQgAkp0IAOGdCADvnQgAOp4IAD+eCACTnggAoJ4IAOyeCAD0nggAi7AUAEufCACenwgApJ8IAPefCAD8nwgAUKAIAFagCADksBQAq6AIAAKhCAALoQgAW6EIAF6hCAC0oQgAwKEIAA2iCAAUoggAZqIIAG6iCAC/oggA2KIIABijCAAsowgAcaMIAI2jCADKowgA0qMIAJaxFAAxpAgAfKQIAJKkCADVpAgA4aQIAC6lCAAzpQgAh6UIAJClCADgpQgA6qUIADmmCABVpggAkqYIAJqmCADvsRQA8KYIAESnCABRpwgAnacIAKqnCAD2pwgAAqgIAE+oCABeqAgAqKgIALKoCAABqQgAD6kIAFqpCABfqQgAs6kIAMCpCAAMqggAFKoIAEiyFABzqggAvqoIANSqCAAXqwgAI6sIAHCrCAB1qwgAyasIANKrCAAirAgALKwIAHusCACDrAgA1KwIAOOsCAAtrQgAL60IAIatCACPrQgA360IAOKtCAA4rggARK4IAJGuCACYrggA6q4IAPKuCABDrwgAXK8IAJyvCACwrwgA9a8IABGwCABOsAgAVrAIAKGyFACssAgAALEIAA2xCABZsQgAZrEIALKxCAC+sQgAC7IIABqyCABksggAbrIIAL2yCADHsggAFrMIACSzCABvswgAhbMIAMizCADUswgAIbQIACa0CAB6tAgAg7QIANO0CADdtAgALLUIADi1CACFtQgAi7UIAN61CADktQgAN7YIADy2CACQtggAlrYIAPqyFAD1tggAQrcIAEa3CACbtwgAqrcIAPS3CAD5twgATbgIAFq4CACmuAgAs7gIAP+4CAALuQgAWLkIAGe5CACxuQgAu7kIAAq6CAAYuggAY7oIAGi6CAC8uggAyboIABW7CAAhuwgAbrsIAHS7CADHuwgAzbsIACC8CAAlvAgAebwIAH+8CABTsxQA17wIACu9CADwvAgATroRADK9CACEvQgAkL0IAN29CADfvQgANr4IAOC9CAAfxAgAUb4IAI++CACRvggA6L4IAPa+CABBvwgAUr8IAJq/CACcvwgA878IAAzACABMwAgAXcAIAKXACACxwAgA/sAIAArBCABXwQgAasEIALDBCAC/wQgACcIIABXCCABiwggAY8IIALvCCADFwggAFMMIACLDCABtwwgAcsMIAMbDCADTwwgArLMUACHECAB4xAgAk8QIANHECADTxAgAKsUIADjFCACDxQgAlMUIANzFCADexQgANcYIAE7GCACOxggAn8YIAOfGCADzxggAQMcIAEzHCACZxwgArMcIAPLHCAAByAgAS8gIAFfICACkyAgApcgIAP3ICAAHyQgAVskIAGTJCACvyQgAtMkIAAjKCAAVyggAt7QUAGbKCAC6yggAwsoIABPLCAAVywgAbMsIAH3LCADFywgA08sIAB7MCAA5zAgAd8wIAIPMCADQzAgA2MwIAMK1FAAuzQgAgs0IAInNCADbzQgA580IADTOCAA3zggAjc4IAJXOCADmzggA9s4IAD/PCABEzwgAmM8IAKHPCADxzwgA/s8IAErQCABR0AgAo9AIAKvQCAAbthQACdEIAFXRCABd0QgArtEIAMLRCAAH0ggADNIIAGDSCABp0ggAudIIAL/SCAAS0wgAGtMIAGvTCAB60wgAxNMIANXTCAAd1AgAJtQIAHbUCAB51AgAz9QIANnUCAAo1QgANNUIAIHVCACH1QgAdLYUAOfVCAAz1ggAONYIAIzWCACT1ggA5dYIAPHWCAA+1wgARtcIAM22FACy1wgA8NcIAPLXCABJ2AgAV9gIAKLYCACz2AgA+9gIAP3YCABU2QgAbdkIAK3ZCAC+2QgABtoIABLaCAAmtxQAbtoIALjaCADB2ggAEdsIABfbCABq2wgAcNsIAMPbCADP2wgAHNwIACPcCAB13AgAfdwIAM7cCADS3AgAJ90IADLdCACA3QgAjt0IANndCADq3QgAMt4IAD7eCACL3ggAk94IAH+3FADn3ggAPd8IAEffCACW3wgAmN8IAO/fCAAI4AgASOAIAFngCACh4AgAr+AIAPrgCAD94AgAU+EIAF7hCACs4QgAuuEIAAXiCAAS4ggAXuIIAHXiCAC34ggAv+IIABDjCAAS4wgAaeMIAHHjCADC4wgA0eMIABvkCAAg5AgAdOQIAIHkCADN5AgA2uQIACblCAAy5QgAf+UIAI7lCADY5QgA4uUIADHmCAA/5ggAiuYIAI/mCADj5ggA8OYIADznCABE5wgAlecIAJ/nCADu5wgA8+cIAEfoCABP6AgAoOgIAKPoCAD56AgAFukIAFLpCABj6QgAq+kIALPpCAAE6ggAB+oIAF3qCABp6ggAtuoIALzqCAAP6wgAKusIAGjrCAB06wgAwesIAMfrCADYtxQAKewIAHPsCAB07AgAzOwIAAbtCAAl7QgAM+0IAH7tCAB/7QgA1+0IAN/tCAAw7ggAP+4IAInuCACO7ggA4u4IAO/uCAA77wgASO8IAJTvCACg7wgA7e8IAPzvCABG8AgAUPAIAJ/wCACt8AgA+PAIAP3wCABR8QgAXvEIAKrxCACy8QgAA/IIAA3yCABc8ggAYfIIALXyCAC98ggADvMIABjzCABn8wgAcvMIAMDzCADM8wgAGfQIACH0CAAxuBQAd/QIAMv0CADO9AgAJPUIAC71CAB99QgAhfUIAIq4FADk9QgAL/YIAEX2CACI9ggAlPYIAOH2CADm9ggAOvcIAEP3CACT9wgAnfcIAOz3CAD09wgARfgIAFH4CACe+AgAsfgIAPf4CAD4+AgAUPkIAF75CACp+QgAr/kIAAL6CAAO+ggAW/oIAGL6CADjuBQAtfoIAA37CAAZ+wgAZvsIAHP7CAC/+wgAx/sIABj8CAAi/AgAcfwIAID8CADK/AgAy/wIACP9CAAr/QgAfP0IAIv9CADV/QgA2v0IAC7+CAA7/ggAh/4IAJT+CADg/ggA7P4IADn/CABI/wgAkv8IAJz/CADr/wgA+f8IAEQACQBJAAkAnQAJAKoACQD2AAkA/gAJAE8BCQBTAQkAqAEJALYBCQABAgkACwIJAFoCCQBlAgkAswIJALsCCQAMAwkAFwMJAGUDCQBqAwkAvgMJAMEDCQAXBAkAIQQJAHAECQB4BAkAyQQJAOgECQA8uRQAMQUJAHsFCQB8BQkA1AUJANwFCQAtBgkALgYJAIYGCQCMBgkA3wYJAOQGCQA4BwkAUwcJAJEHCQCfBwkA6gcJAPEHCQBDCAkATwgJAJwICQCiCAkA9QgJABEJCQBOCQkAVgkJAJW5FACtCQkAAAoJAAYKCQBZCgkAXgoJALIKCQC4CgkA7rkUABALCQBkCwkAawsJAL0LCQDJCwkAFgwJAB4MCQCguhQAggwJAMgMCQD7DAkAIQ0JACMNCQAsDgkAWQ0JAHoNCQCfDQkA0w0JANoNCQBSuxQADw4JAPm6FAA8DgkAhQ4JAMEOCQCruxQA7w4JADcPCQA/DwkAkA8JAJMPCQDpDwkA9Q8JAEIQCQBIEAkAmxAJALYQCQD0EAkAABEJAE0RCQBTEQkAphEJAK4RCQD/EQkAGxIJAFgSCQBgEgkABLwUAMASCQAKEwkACxMJAGMTCQBrEwkAvBMJAL0TCQAVFAkAGxQJAG4UCQBzFAkAxxQJAOIUCQAgFQkALhUJAHkVCQCAFQkA0hUJAN4VCQArFgkAMRYJAIQWCQCgFgkA3RYJAOUWCQBdvBQAPBcJAI8XCQCVFwkA6BcJAO0XCQBBGAkARxgJALa8FACfGAkA8xgJAPoYCQBMGQkAWBkJAKUZCQCtGQkAaL0UABEaCQBXGgkAihoJALAaCQCyGgkAuxsJAOgaCQAJGwkALhsJAGIbCQBpGwkAGr4UAJ4bCQDBvRQAyxsJABQcCQBQHAkAc74UAG8cCQDGHAkAxxwJAB8dCQApHQkAeB0JAIYdCQDRHQkA7B0JACoeCQA2HgkAgx4JAIseCQDMvhQA6B4JADUfCQA7HwkAjh8JAKkfCQDnHwkA8x8JAEAgCQBGIAkAmSAJAKEgCQDyIAkAACEJAEshCQBOIQkApCEJAKwhCQD9IQkABiIJAFYiCQBjIgkAryIJALEiCQAIIwkAIyMJAGEjCQBjIwkAuiMJAMgjCQATJAkAJCQJAGwkCQBuJAkAxSQJAN4kCQAeJQkALyUJAHclCQCDJQkA0CUJANglCQAlvxQALyYJAIImCQCKJgkA2yYJAOImCQA0JwkAOScJAI0nCQCZJwkA5icJAOknCQA/KAkARygJAJgoCQClKAkA8SgJAPYoCQBKKQkAVCkJAKMpCQCrKQkA/CkJAAgqCQBVKgkAaCoJAK4qCQC8KgkABysJAAorCQBgKwkAaisJAH6/FAC8KwkAEiwJABosCQBrLAkAbiwJAMQsCQDQLAkAHS0JACMtCQB2LQkAkS0JAM8tCQDbLQkAKC4JAC4uCQCBLgkAiS4JANouCQDoLgkAMy8JADYvCQCMLwkAlC8JAOUvCQDuLwkAPjAJAEswCQCXMAkAmTAJAPAwCQALMQkASTEJAEsxCQCiMQkAsDEJAPsxCQAMMgkAVDIJAFYyCQCtMgkAxjIJAAYzCQAXMwkAXzMJAGszCQC4MwkAwDMJANe/FAAXNAkAajQJAHI0CQDDNAkAyjQJABw1CQAhNQkAdTUJAIE1CQDONQkA0TUJACc2CQAvNgkAgDYJAI02CQDZNgkA3jYJADI3CQA8NwkAizcJAJM3CQDkNwkA8DcJAD04CQBQOAkAljgJAKQ4CQDvOAkA8jgJAEg5CQBSOQkAMMAUAKQ5CQD6OQkABjoJAFM6CQBZOgkArDoJAMc6CQAFOwkAETsJAF47CQBkOwkAtzsJAL87CQAQPAkAHjwJAGk8CQBsPAkAwjwJAMo8CQAbPQkAJD0JAHQ9CQCBPQkAzT0JAM89CQAmPgkAQT4JAH8+CQCBPgkA2D4JAOY+CQAxPwkAQj8JAIo/CQCMPwkA4z8JAPw/CQA8QAkATUAJAJVACQChQAkA7kAJAPZACQCJwBQATUEJAKBBCQCoQQkA+UEJAABCCQBSQgkAV0IJAKtCCQC3QgkABEMJAAdDCQBdQwkAZUMJALZDCQDDQwkAD0QJABRECQBoRAkAckQJAMFECQDJRAkAGkUJACZFCQBzRQkAhkUJAMxFCQDaRQkAJUYJAChGCQB+RgkAiEYJAOLAFADfRgkAO8EUAD5HCQCJRwkAmkcJAOJHCQDuRwkAO0gJAENICQCUwRQAmUgJAO1ICQD3SAkARkkJAE5JCQCfSQkAr0kJAPhJCQD9SQkAUUoJAFpKCQCqSgkAt0oJAANLCQAKSwkA7cEUAF5LCQC1SwkAYUsJAE9lCgBlSwkANrIPAGhLCQBUihEAaksJAI7cCgC/SwkAlkISAMZLCQAOTAkAH0wJAGdMCQB1TAkAwEwJANxMCQAZTQkANU0JAEbCFACATQkAy00JANhNCQAkTgkAO04JAH1OCQCJTgkA1k4JANxOCQAvTwkANU8JAIhPCQCNTwkA4U8JAOdPCQCfwhQAUFAJAJNQCQCiUAkA7FAJAL9QCQAjVgkA7lAJAEVRCQBUUQkAnlEJAKlRCQD3UQkAA1IJAFBSCQBTUgkAqVIJAFdSCQA4YAkAbFIJAJ1ZCQC1UgkAAlMJAAhTCQBbUwkAdlMJALRTCQDAUwkADVQJABNUCQBmVAkAclQJAL9UCQDFVAkAGFUJAB5VCQBxVQkAdlUJAMpVCQDQVQkA+MIUACZWCQB8VgkAmFYJANVWCQDdVgkAA8QUADpXCQCHVwkAjVcJAOBXCQD7VwkAOVgJAEVYCQCSWAkAmFgJAOtYCQDzWAkARFkJAGVZCQBcxBQApVkJALXEFAD7WQkAT1oJAFxaCQCoWgkAtVoJAAFbCQANWwkAWlsJAGlbCQCzWwkAvVsJAAxcCQAUXAkAZVwJAG9cCQC+XAkAzFwJABddCQAtXQkAcF0JAHxdCQDJXQkAzl0JACJeCQArXgkAe14JAIVeCQDUXgkA3F4JAC1fCQA3XwkAhl8JAItfCQDfXwkA518JAA7FFABEYAkAkWAJAKRgCQDqYAkA+WAJAENhCQBPYQkAnGEJAJ1hCQD1YQkA/2EJAE5iCQBcYgkAp2IJAKxiCQAAYwkADWMJAGfFFABkYwkAsmMJAL5jCQALZAkAEWQJAGRkCQBwZAkAvWQJAMVkCQByxhQAGWUJAG9lCQB3ZQkAyGUJANVlCQAhZgkAJmYJAHpmCQCCZgkA02YJANVmCQAsZwkAR2cJAIVnCQCHZwkA3mcJAOxnCQA3aAkASGgJAJBoCQCSaAkA6WgJAAJpCQBCaQkAU2kJAJtpCQCnaQkA9GkJAPxpCQDLxhQAUmoJAKZqCQCzagkA/2oJAAxrCQBYawkAZGsJALFrCQDAawkACmwJABRsCQBjbAkAcWwJALxsCQDBbAkAFW0JACJtCQBubQkAdm0JAMdtCQDJbQkAIG4JACpuCQB5bgkAgW4JACTHFADdbgkAK28JADlvCQCEbwkAh28JAN1vCQDlbwkANnAJAExwCQCPcAkAlHAJAOhwCQD+cAkAQXEJAE1xCQCacQkAp3EJAPNxCQD9cQkAfccUAE5yCQClcgkAs3IJAP5yCQAPcwkA1scUAF1zCQCwcwkAvHMJAC/IFAALdAkAYnQJAGh0CQC7dAkA23QJABR1CQAgdQkAbXUJAHR1CQDGdQkAznUJAB92CQAmdgkAeHYJAIR2CQDRdgkA03YJACp3CQAxdwkAiMgUAIZ3CQDcdwkA5HcJADV4CQBFeAkAjngJAJB4CQDneAkA9XgJAEB5CQBReQkA4cgUAKB5CQA6yRQA/3kJAEt6CQBSegkApHoJAKx6CQD9egkAC3sJAFZ7CQBZewkAr3sJALd7CQAIfAkAD3wJAGF8CQBvfAkAunwJAL18CQATfQkAFX0JAGx9CQCFfQkAxX0JANZ9CQAefgkAKn4JAHd+CQB+fgkA0H4JANh+CQApfwkAMn8JAIJ/CQCPfwkA238JAOV/CQA0gAkAQoAJAI2ACQCegAkA5oAJAO6ACQA/gQkASYEJAJiBCQCmgQkA8YEJAAeCCQBKggkAVoIJAKOCCQCqggkA/IIJAASDCQBVgwkAW4MJAK6DCQC6gwkAB4QJABGECQBghAkAZoQJALmECQDNhAkA7MkUACCFCQBrhQkAhIUJAMSFCQDahQkAHYYJACyGCQB2hgkAkIYJAM+GCQDShgkABowJANqGCQA9kQkA3oYJACiHCQAthwkAgYcJAI6HCQDahwkA54cJADOICQA/iAkAjIgJAJuICQDliAkA74gJAD6JCQBMiQkAl4kJAJyJCQDwiQkA/YkJAEmKCQBVigkAoooJAKiKCQD7igkAAYsJAFSLCQBZiwkArYsJALOLCQBFyhQAEowJAF+MCQBljAkAuIwJANOMCQARjQkAHY0JAGqNCQBwjQkAw40JAMqNCQAcjgkAIY4JANmPCQAojgkAdY4JAHeOCQDOjgkA1Y4JACePCQBDjwkAgI8JAIiPCQBQyxQA3Y8JADKQCQA/kAkAi5AJAKeQCQDkkAkA7JAJAKnLFABCkQkAlpEJAJmRCQDvkQkA+ZEJAEiSCQBZkgkAoZIJAKaSCQD6kgkA/5IJAFOTCQBzkwkAAswUAK2TCQAFlAkAEZQJAF6UCQBklAkAt5QJAL2UCQAQlQkAFZUJAGmVCQBvlQkAW8wUAMOVCQAblgkAJ5YJAHSWCQCBlgkAzZYJANWWCQAmlwkAL5cJAH+XCQCMlwkA2JcJAOaXCQAxmAkARJgJAIqYCQCSmAkA45gJAOaYCQA8mQkAQZkJAJWZCQCkmQkA7pkJAA6aCQBHmgkAU5oJAKCaCQCqmgkAZs0UAAObCQBSmwkAVJsJAKubCQC1mwkABJwJAA2cCQBdnAkAYJwJALacCQC+nAkAD50JAEidCQC/zRQAdJ0JAMGdCQDQnQkAGp4JADqeCQBzngkAf54JAMyeCQDTngkAJZ8JACqfCQB+nwkAf58JANefCQDjnwkAMKAJADagCQCJoAkAi6AJAOKgCQDsoAkAO6EJAEmhCQCUoQkAmaEJAO2hCQD6oQkARqIJAFCiCQCfogkAraIJAPiiCQAOowkAUaMJAF2jCQCqowkAr6MJAAOkCQAMpAkAXKQJAGakCQC1pAkAwaQJAA6lCQAhpQkAZ6UJAHalCQDApQkAzKUJABmmCQAapgkAcqYJAHymCQDLpgkA2aYJACSnCQAppwkAfacJAIqnCQAYzhQA5KcJAC+oCQBFqAkAiKgJAJSoCQDhqAkA6KgJADqpCQBCqQkAk6kJAJipCQDsqQkA9akJAEWqCQBPqgkAnqoJAKaqCQD3qgkA+6oJAFCrCQBSqwkAqasJALerCQACrAkADKwJAFusCQBprAkAtKwJAMGsCQANrQkAJK0JAGatCQBurQkAv60JAM+tCQAYrgkAHa4JAHGuCQB3rgkAyq4JANKuCQAjrwkAKK8JAHyvCQB9rwkA1a8JAOGvCQAusAkANLAJAIewCQCJsAkA4LAJAOqwCQA5sQkAR7EJAJKxCQCXsQkA67EJAPixCQAjzxQARrIJAJ2yCQCnsgkA9rIJAASzCQBPswkAVLMJAKizCQC1swkAAbQJAAO0CQDPnAsAC7QJAFq0CQBotAkAs7QJAMm0CQAMtQkAGLUJAGW1CQBqtQkAvrUJAMe1CQAXtgkAIbYJAHC2CQB8tgkAybYJANy2CQAitwkAMbcJAHu3CQCHtwkA1LcJANW3CQAtuAkAN7gJAIa4CQCUuAkA37gJAOS4CQA4uQkARbkJAHzPFACauQkA6rkJAPS5CQBDugkARboJAJy6CQCmugkA9boJAAG7CQBOuwkAVrsJAIfQFACouwkAALwJAAy8CQBZvAkAX7wJALK8CQC0vAkAC70JABW9CQBkvQkAcr0JAL29CQDCvQkAFr4JACO+CQBvvgkAd74JAMi+CQDSvgkAIb8JAC+/CQB6vwkAkL8JANO/CQDfvwkALMAJADPACQCFwAkAjcAJAN7ACQDjwAkAN8EJAEDBCQCQwQkAmsEJAOnBCQD+wQkAQsIJAEvCCQCbwgkAqMIJAPTCCQD2wgkATcMJAGbDCQCmwwkAt8MJAP/DCQALxAkAWMQJAGDECQDg0BQAtsQJAArFCQASxQkAY8UJAHnFCQC8xQkAwcUJABXGCQAcxgkAbsYJAHzGCQDHxgkA18YJACDHCQA0xwkAeccJAIHHCQDSxwkA4ccJACvICQAwyAkAhMgJAI3ICQDdyAkA6sgJADbJCQBAyQkAj8kJAJvJCQDoyQkA7skJADnRFABPygkAmsoJALDKCQDzygkA/8oJAEzLCQBRywkApcsJAK7LCQD+ywkACMwJAFfMCQBfzAkAsMwJALTMCQAJzQkAC80JAGLNCQBwzQkAu80JAMXNCQAUzgkAIs4JAG3OCQB6zgkAxs4JAN3OCQAfzwkAJ88JAHjPCQCIzwkA0c8JANbPCQAq0AkAMNAJAIPQCQCL0AkA3NAJAPfQCQA10QkAN9EJAI7RCQCf0QkA59EJAPDRCQBA0gkATNIJAJLRFACe0gkA8tIJAPXSCQBL0wkAVdMJAKTTCQCm0wkA/dMJABjUCQBW1AkAWNQJAK/UCQC91AkACNUJABnVCQBh1QkAY9UJALrVCQDT1QkAE9YJACTWCQBs1gkAeNYJAOvRFADi1gkAHtcJAC/XCQB31wkAk9cJANDXCQDY1wkARNIUAC7YCQCC2AkAitgJANvYCQDm2AkANNkJADnZCQCN2QkAkNkJAObZCQDw2QkAP9oJAELaCQCY2gkAoNoJAPHaCQDz2gkAStsJAGXbCQCj2wkApdsJAPzbCQAK3AkAVdwJAGbcCQCu3AkAsNwJAAfdCQAg3QkAYN0JAHHdCQC53QkAxd0JABLeCQAa3gkAndIUAHjeCQDE3gkAzN4JAB3fCQAn3wkAdt8JAIHfCQDP3wkA298JACjgCQAw4AkA9tIUAIbgCQDa4AkA3+AJADPhCQBE4QkAT9MUAJnhCQDl4QkA5+EJAD7iCQBX4gkAl+IJAKjiCQDw4gkA/OIJAEnjCQBR4wkAqNMUAKfjCQD74wkAA+QJAFTkCQBj5AkAreQJALPkCQAG5QkAEuUJAF/lCQBh5QkAuOUJAMLlCQAR5gkAHeYJAGrmCQBy5gkAAdQUAM/mCQAc5wkAH+cJAHXnCQB45wkAzucJANznCQAn6AkALOgJAIDoCQCN6AkAWtQUAOroCQAy6QkAOukJAIvpCQA/6QkAR/MJAJXpCQBPshEAlukJAOTpCQDp6QkAPeoJAEDqCQCW6gkAoOoJAO/qCQAS6wkASOsJAEvrCQCh6wkAxesJAPrrCQAC7AkAs9QUAFnsCQCs7AkAuuwJAAXtCQAR7QkAXu0JAGXtCQC37QkAv+0JABDuCQAg7gkAae4JAG7uCQDC7gkAyO4JABvvCQAj7wkAdO8JAJHvCQDN7wkA1u8JACbwCQAy8AkAf/AJAIXwCQDY8AkA7PAJADHxCQA58QkAivEJAJrxCQDj8QkA5fEJADzyCQBK8gkAlfIJAKbyCQAM1RQA9fIJAGXVFABM8wkAoPMJAKfzCQD58wkABfQJAFL0CQBV9AkAq/QJALv0CQAE9QkABvUJAF31CQBr9QkAtvUJAMf1CQC+1RQAFvYJABfWFAB79gkAwfYJAND2CQAa9wkAJvcJAHP3CQB09wkAzPcJANb3CQAl+AkAM/gJAH74CQCD+AkA1/gJAOT4CQBw1hQANfkJAIn5CQCS+QkA4vkJAPP5CQA7+gkAQvoJAJT6CQCc+gkA7foJAPr6CQBG+wkAS/sJAJ/7CQCp+wkA+PsJAAD8CQBR/AkAV/wJAKr8CQC2/AkAA/0JAAX9CQBc/QkAa/0JALX9CQDA/QkADv4JABb+CQBn/gkAaf4JAMD+CQDN/gkAGf8JAC3/CQBy/wkAev8JAMv/CQDa/wkAJAAKACkACgB9AAoAigAKANYACgDgAAoALwEKADEBCgCIAQoAlwEKAOEBCgDrAQoAOgIKAEICCgCTAgoAlAIKAOwCCgDxAgoARQMKAFMDCgCeAwoAqwMKAPcDCgABBAoAe9cUAFMECgCpBAoAtQQKAKcUCgDFBAoAAgUKAAoFCgDU1xQAYAUKALQFCgC8BQoADQYKABAGCgBmBgoAcgYKAL8GCgDFBgoAGAcKADMHCgBxBwoAfQcKAMoHCgDQBwoAIwgKACYICgB8CAoAhAgKANUICgDXCAoALgkKAEkJCgCHCQoAiQkKAOAJCgDuCQoAOQoKAEoKCgCSCgoAlAoKAOsKCgAECwoARAsKAFULCgCdCwoAqQsKAPYLCgD+CwoALdgUAFQMCgCoDAoArgwKAAENCgAJDQoAWg0KAGkNCgCzDQoAuA0KAAwOCgAZDgoAZQ4KAHIOCgC+DgoAyg4KABcPCgAmDwoAcA8KAHoPCgDJDwoA1w8KACIQCgAnEAoAexAKAIgQCgCG2BQA4BAKAC0RCgAzEQoAhhEKAKERCgDfEQoA6xEKADgSCgA+EgoAkRIKAJQSCgDqEgoA9hIKAEMTCgBJEwoAnBMKAKITCgD1EwoA+hMKAE4UCgBUFAoA39gUAK0UCgAAFQoABhUKAFkVCgBeFQoAshUKALgVCgA42RQAEBYKAGQWCgBxFgoAvRYKAMoWCgAWFwoAIhcKAG8XCgB+FwoAyBcKANIXCgAhGAoALxgKAHoYCgB/GAoA0xgKAOAYCgAsGQoARBkKAIUZCgCLGQoA3hkKAOoZCgA3GgoARxoKAJAaCgCZGgoA6RoKAOwaCgBCGwoAThsKAJsbCgCiGwoAQ9oUAPYbCgBNHAoAVxwKAKYcCgCpHAoA/xwKAAcdCgBYHQoAWx0KALEdCgC9HQoACh4KABAeCgBjHgoAfh4KALweCgDIHgoAFR8KABsfCgCc2hQAjh8KAMcfCgDSHwoAICAKACUgCgB5IAoAgiAKANIgCgDVIAoAKyEKADchCgCEIQoAkCEKAKQsCgCcIQoA3SEKAOQhCgA2IgoAPCIKAI8iCgCdIgoA6CIKAAMjCgBBIwoATSMKAJojCgCgIwoA8yMKAA0kCgBMJAoAWCQKAKUkCgCrJAoA/iQKAAQlCgBXJQoAXCUKALAlCgC2JQoA9doUABYmCgBiJgoAbiYKALsmCgDFJgoAFCcKABgnCgBtJwoAcicKAMYnCgDMJwoAHygKAD8oCgB4KAoAhCgKANEoCgDXKAoAKikKADApCgCDKQoAiCkKANwpCgDiKQoAp9sUADoqCgCOKgoAlSoKAOcqCgDzKgoAQCsKAFwrCgCZKwoAoSsKALLcFAAbLAoASywKAHEsCgAL3RQAtywKAP0sCgAMLQoAVi0KAGItCgCvLQoAsC0KAAguCgASLgoAYS4KAG8uCgC6LgoAvy4KABMvCgAgLwoAZN0UAHQvCgBv3hQAyi8KAB4wCgArMAoAdzAKAIQwCgDQMAoA3DAKACkxCgA4MQoAgjEKAIwxCgDbMQoA6TEKADQyCgA5MgoAjTIKAJoyCgDmMgoA7jIKAMjeFABLMwoAmDMKAKgzCgDxMwoA+jMKAEo0CgBNNAoAozQKAK80CgD8NAoAAzUKACHfFABgNQoArjUKALo1CgAHNgoADzYKAHrfFABtNgoAuTYKAMA2CgASNwoAEzcKAGs3CgBwNwoAxDcKANI3CgAdOAoAKjgKAHY4CgCAOAoAzzgKANc4CgAoOQoAMTkKAIE5CgCHOQoA2jkKAOs5CgAzOgoATzoKAIw6CgCUOgoA098UAPA6CgA+OwoASDsKAJc7CgChOwoA8DsKAPE7CgAs4BQATjwKAKI8CgCvPAoA+zwKAAg9CgBUPQoAYD0KAK09CgC8PQoABj4KABA+CgBfPgoAZz4KALg+CgDCPgoAET8KABY/CgBqPwoAcj8KAIXgFADOPwoAHEAKAChACgB1QAoAfUAKAN7gFADTQAoAJ0EKADZBCgCAQQoAoEEKANlBCgDlQQoAMkIKADhCCgCLQgoAk0IKAORCCgDrQgoAPUMKAD9DCgCWQwoAokMKAO9DCgAFRAoASEQKAE1ECgChRAoArkQKADfhFAD/RAoAU0UKAGJFCgCsRQoAzEUKAAVGCgARRgoAXkYKAGRGCgC3RgoAv0YKABBHCgAXRwoAaUcKAGtHCgDCRwoAzkcKABtICgAxSAoAdEgKAHlICgDNSAoA2kgKACZJCgAuSQoAf0kKAIVJCgDYSQoA4UkKADFKCgA+SgoAikoKAJdKCgDjSgoA8UoKADxLCgBJSwoAlUsKAKxLCgDuSwoAHkwKAJDhFABNTAoAoEwKAFRMCgCqohEAtkwKAPlMCgAHTQoAUk0KAFVNCgCrTQoArk0KAAROCgASTgoAXU4KAGJOCgC2TgoAw04KAA9PCgAXTwoAaE8KAG9PCgDBTwoAzU8KABpQCgAnUAoAc1AKAIFQCgDMUAoA2FAKACVRCgAsUQoAflEKAIZRCgDXUQoA21EKADBSCgA7UgoAiVIKAJdSCgDiUgoA81IKADtTCgBHUwoAlFMKAJxTCgDp4RQA81MKAEZUCgBaVAoAn1QKAK1UCgD4VAoABVUKAFFVCgBoVQoAqlUKALJVCgADVgoADVYKAFxWCgBhVgoAtVYKAL1WCgAOVwoAHVcKAGdXCgBsVwoAwFcKAM1XCgAZWAoAJlgKAHJYCgB+WAoAy1gKANpYCgAkWQoALlkKAH1ZCgCFWQoA1lkKAOBZCgAvWgoANFoKAIhaCgCQWgoAQuIUAOxaCgA6WwoARlsKAJNbCgCbWwoAm+IUAPFbCgBFXAoAVFwKAJ5cCgC+XAoA91wKAANdCgBQXQoAVl0KAKldCgCxXQoAAl4KAAleCgBbXgoAXV4KALReCgDAXgoADV8KACNfCgBmXwoAa18KAL9fCgDMXwoA9OIUACFgCgBxYAoAd2AKAMpgCgDYYAoAI2EKADBhCgB8YQoAk2EKANVhCgDdYQoALmIKAD1iCgCHYgoAjGIKAOBiCgDtYgoAOWMKAEZjCgCSYwoAnmMKAOtjCgD6YwoARGQKAE5kCgCdZAoAuWQKAPZkCgD+ZAoATeMUAFxlCgClDRAAXmUKAKhlCgCyZQoAPI0QAMhlCgABZgoADWYKAFpmCgBgZgoAs2YKALtmCgA7rAoAv2YKAAxnCgDNZgoASZUKAB9nCgBlZwoAdGcKAL5nCgDKZwoAF2gKABhoCgBwaAoAemgKAMloCgDXaAoAImkKACdpCgB7aQoAiGkKAKbjFADaaQoALWoKADNqCgCGagoAi2oKAN9qCgDlagoAseQUAENrCgCRawoAn2sKAOprCgD7awoAQ2wKAE9sCgCcbAoApGwKAGPlFAABbQoATm0KAFhtCgCnbQoAtm0KAABuCgALbgoAWW4KAGduCgCybgoAv24KAAtvCgAibwoAZG8KAGxvCgC9bwoAwG8KABZwCgAicAoAb3AKAHVwCgDIcAoA43AKACFxCgAtcQoAenEKAIBxCgDTcQoA23EKACxyCgAucgoAhXIKAIZyCgDecgoA7HIKADdzCgA/cwoAkHMKAKtzCgDpcwoA9XMKAEJ0CgBIdAoAm3QKAJ50CgD0dAoAAnUKAE11CgBSdQoApnUKALN1CgD/dQoAG3YKAFh2CgBgdgoAvOUUAL52CgAbihAAwnYKAAp3CgDEdgoAweoQABZ3CgBjdwoAcHcKALx3CgDBdwoAFXgKAB94CgBueAoAfngKAMd4CgDMeAoAIHkKACl5CgB5eQoAhnkKANJ5CgDZeQoAK3oKADd6CgCEegoAinoKAN16CgDjegoANnsKADt7CgCPewoAlXsKABXmFAD0ewoAQXwKAEd8CgCafAoAoHwKAPN8CgAAfQoATH0KAFF9CgClfQoArX0KAP59CgAxfgoAV34KAIJ+CgCwfgoAuH4KAAl/CgAWfwoAYn8KAGd/CgC7fwoAw38KABSACgAXgAoAbYAKAHaACgDGgAoA1YAKAB+BCgAqgQoAeIEKAICBCgDRgQoA4YEKACqCCgA4ggoAg4IKAJSCCgDcggoA6IIKADWDCgA9gwoAIOcUAJSDCgDngwoA74MKAECECgBHhAoAmYQKAKeECgDyhAoA+IQKAEuFCgBXhQoApIUKALOFCgD9hQoAB4YKAFaGCgBbhgoAr4YKALWGCgAIhwoAHIcKAHnnFABrhwoARBYLAG6HCgC6hwoAcIcKABTZCgC/hwoAE4gKAB+ICgBsiAoAeYgKAMWICgDPiAoA0ucUADmJCgB3iQoAeYkKANCJCgDWiQoAKYoKAGOKCgCCigoAiIoKANuKCgDkigoANIsKAEGLCgCNiwoAx4sKAOaLCgDtiwoAP4wKAESMCgCYjAoAp4wKAPGMCgARjQoASo0KAFaNCgCjjQoAqY0KAPyNCgAWjgoAVY4KAFiOCgCujgoAs44KAAePCgAWjwoAYI8KAICPCgCE6BQA2Y8KABKQCgAekAoAa5AKAHWQCgDEkAoA0JAKAHVLCwDRkAoAHZEKACKRCgB2kQoAgJEKAM+RCgDfkQoAKJIKAC2SCgCBkgoAipIKANqSCgDnkgoAM5MKADqTCgCMkwoAmJMKAOWTCgDrkwoAPpQKAESUCgCXlAoAnJQKAPCUCgD2lAoA3egUAEyVCgCilQoAp5UKAPuVCgAKlgoAVJYKAHSWCgCP6RQAu5YKAAaXCgATlwoAX5cKAGaXCgC4lwoAwJcKABGYCgATmAoAapgKABiYCgBb2A0AKJgKAEZ1DQBwmAoAuqgNAHKYCgDDmAoAx5gKABuhCgDZmAoATjUNAN6YCgAcmQoAHpkKAHWZCgCGmQoAzpkKANyZCgAnmgoALpoKAICaCgCImgoA2ZoKAOCaCgAymwoAN5sKAIubCgCamwoA5JsKAAScCgA9nAoASZwKAJacCgCcnAoA75wKAPecCgBInQoAVJ0KAKGdCgCunQoA+p0KABWeCgBTngoAYZ4KAKyeCgCyngoABZ8KAAqfCgBenwoAa58KALefCgDNnwoAEKAKABygCgBpoAoAdqAKAMKgCgDMoAoA6OkUACChCgB0oQoAeqEKAM2hCgDtoQoAJqIKADSiCgB/ogoAjKIKANiiCgDvogoAMaMKADmjCgCKowoAmaMKAOOjCgDoowoAPKQKAEmkCgCVpAoAn6QKAO6kCgDwpAoAR6UKAFWlCgCgpQoAraUKAPmlCgAFpgoAUqYKAFimCgCrpgoAs6YKAASnCgAKpwoAXacKAGanCgC2pwoAw6cKAA+oCgAZqAoAaKgKAHaoCgDBqAoA16gKABqpCgAmqQoAc6kKAHupCgBB6hQA1qkKACWqCgArqgoAfqoKAICqCgDXqgoA4aoKADCrCgA8qwoAiasKAKCrCgDiqwoA9qsKAJrqFABJrAoAlKwKAJesCgDtrAoA9awKAEatCgBSrQoAn60KAK2tCgD4rQoAAq4KAFGuCgBcrgoAqq4KALauCgADrwoACa8KAFyvCgBkrwoAta8KAMKvCgAOsAoAE7AKAGewCgBxsAoAwLAKAMiwCgAZsQoAH7EKAHKxCgB7sQoAy7EKANixCgAksgoAMbIKAH2yCgCLsgoA1rIKAOOyCgAvswoARrMKAIizCgCQswoA4bMKAOazCgA6tAoAQLQKAJO0CgCbtAoA7LQKAAK1CgBFtQoAU7UKAJ61CgChtQoA97UKAAa2CgBQtgoAVbYKAKm2CgC2tgoAArcKABK3CgBbtwoAabcKALS3CgDLtwoADbgKABa4CgBmuAoAbLgKAL+4CgDLuAoAGLkKAB+5CgDz6hQAfbkKAMq5CgDMuQoAI7oKAC26CgB8ugoAiLoKANW6CgDdugoATOsUADO7CgCHuwoAlrsKAOC7CgAAvAoAObwKAEW8CgCSvAoAmLwKAOu8CgDzvAoARL0KAEW9CgCdvQoAo70KAPa9CgD7vQoAT74KAGq+CgCovgoAtr4KAAG/CgAIvwoAWr8KAGa/CgCzvwoAub8KAKXrFAARwAoAZcAKAG/ACgC+wAoAz8AKABfBCgAjwQoAcMEKAHPBCgDJwQoAzMEKACLCCgAqwgoAe8IKAILCCgDUwgoA2cIKAC3DCgA8wwoAhsMKAKbDCgDfwwoA68MKADjECgA+xAoAkcQKAJnECgDqxAoA98QKAEPFCgBIxQoAnMUKAKbFCgD1xQoA/cUKAE7GCgBexgoAp8YKAKzGCgAAxwoACccKAFnHCgBmxwoAsscKALnHCgD+6xQAEMgKAGTICgBzyAoAvcgKAN3ICgAWyQoAIskKAG/JCgB1yQoAyMkKANDJCgAhygoALcoKAHrKCgCHygoA08oKANrKCgAsywoALcsKAIXLCgCKywoA3ssKAOzLCgA3zAoARMwKAJDMCgCazAoAV+wUAPXMCgBCzQoA98wKAFt0DABMzQoAm80KALXNCgD0zQoA980KALuKCwADzgoATc4KAFLOCgCmzgoAs84KAP/OCgAMzwoAWM8KAGTPCgCxzwoAwM8KAArQCgAU0AoAY9AKAG/QCgC80AoAz9AKABXRCgAk0QoAbtEKAHrRCgDH0QoAyNEKACDSCgAq0goAedIKAIfSCgDS0goA19IKACvTCgA40woAsOwUAInTCgDd0woA6tMKADbUCgBD1AoAj9QKAJvUCgDo1AoA99QKAEHVCgBL1QoAmtUKAKjVCgDz1QoA+NUKAEzWCgBZ1goApdYKAK3WCgC77RQACtcKAFfXCgBn1woAsNcKALnXCgAJ2AoADNgKAGLYCgBu2AoAu9gKAMLYCgAU7hQAGdkKAG3ZCgB62QoAxtkKANPZCgAf2goAJdoKAHjaCgCE2goA0doKAOHaCgAq2woAM9sKAIPbCgCG2woA3NsKAOjbCgA13AoAPNwKAG3uFACQ3AoA59wKAJXcCgAV/Q4AntwKAEJSDwD43AoAQN0KAEjdCgCZ3QoAo90KAPLdCgAB3goAS94KAEzeCgCk3goArN4KAB/vFAAF3woAeO8UAHTfCgCv3woAed8KAAf9FACA3woAtgALALffCgAI4AoAF+AKAGHgCgBm4AoAuuAKAMfgCgAT4QoAIOEKAGzhCgB44QoAxeEKANThCgAe4goAKOIKAHfiCgCa4goA0OIKAAPjCgAp4woATeMKAILjCgCK4woA3PAUAODjCgA05AoAOuQKAI3kCgCV5AoANfEUAPTkCgA/5QoAWuUKAJjlCgCk5QoA8eUKAALmCgBK5goAXuYKAKPmCgCr5goA/OYKAALnCgBV5woAYecKAK7nCgC+5woAB+gKABDoCgBg6AoAY+gKALnoCgDF6AoAEukKABnpCgCO8RQAeekKAMTpCgDO6QoA5/EUACLqCgB26goAg+oKAM/qCgDc6goAKOsKADTrCgCB6woAkOsKANrrCgDk6woAM+wKAEHsCgCM7AoAkewKAOXsCgDy7AoAPu0KAEbtCgBA8hQAo+0KAPDtCgAA7goASe4KAFLuCgCi7goApe4KAPvuCgAH7woAVO8KAFvvCgCZ8hQAvO8KAAbwCgAL8AoAX/AKAGzwCgC48AoAxfAKABHxCgAX8QoAavEKAHbxCgDD8QoA0/EKABzyCgAl8goAdfIKAHjyCgDO8goA2vIKACfzCgAu8woA8vIUAIXzCgDZ8woA5vMKADL0CgBQ9AoAi/QKAJf0CgDk9AoA9/QKAD31CgBL9QoAlvUKAJn1CgDv9QoA+fUKAEj2CgBW9goAofYKAK72CgD69goAEfcKAFP3CgBb9woArPcKALP3CgAF+AoACvgKAF74CgB0+AoAt/gKALn4CgAQ+QoAHvkKAGn5CgB2+QoAS/MUAMr5CgCk8xQAIPoKAHT6CgCB+goAzfoKANr6CgAm+woAMvsKAH/7CgCO+woA2PsKAOL7CgAx/AoAP/wKAIr8CgCP/AoA4/wKAPD8CgA8/QoARP0KAP3zFACh/QoA7v0KAP79CgBH/goAUP4KAKD+CgCj/goA+f4KAAX/CgBS/woAWf8KAFb0FACu/woABAALABAACwBdAAsAZAALAK/0FAC/AAsAMAQLAMAACwAPAQsAHgELAGgBCwAgAQsAzAILAGkBCwDBAQsA3QELABoCCwBUAgsAcwILAK0CCwAI9RQAzwILACUDCwBBAwsAfgMLALgDCwDXAwsAEQQLAGH1FAA9BAsAiQQLAJcECwDiBAsA9QQLADsFCwBXBQsAlAULAM4FCwDtBQsAJwYLALr1FABXBgsAnwYLAKsGCwD4BgsAAAcLABP2FABWBwsAqgcLALIHCwADCAsAEggLAFwICwBhCAsAtQgLAMIICwAOCQsAGwkLAGcJCwBzCQsAwAkLAM8JCwAZCgsAIwoLAHIKCwB6CgsAywoLANUKCwAkCwsAKQsLAH0LCwCFCwsAbPYUAOULCwAvDAsA5wsLAJMNCwAwDAsAiAwLAKQMCwDhDAsAGw0LADoNCwB0DQsAxfYUAJYNCwDsDQsACA4LAEUOCwB/DgsAng4LANgOCwAe9xQA+g4LAFAPCwBhDwsAqQ8LAMUPCwACEAsAPBALAFsQCwCVEAsAd/cUAMEQCwANEQsAGRELAGYRCwB1EQsAvxELAMkRCwAYEgsAIBILAE2ACwAmEgsAcRILAHYSCwDKEgsA1xILACMTCwArEwsAfBMLAIITCwDVEwsAjBMLALNxCwDhEwsALhQLAD4UCwCHFAsAkBQLAOAUCwDjFAsAORULAEUVCwCSFQsAmRULAND3FAAOFgsAKfgUAFIWCwCdFgsAsxYLAPYWCwACFwsATxcLAFYXCwCoFwsArRcLAAEYCwAKGAsAWhgLAGQYCwCC+BQAuBgLAK3CDgC9GAsADBkLAL8YCwBLWA4AFhkLAGUZCwBmGQsAvhkLAM0ZCwAXGgsAHBoLAHAaCwB9GgsAyRoLANYaCwAiGwsALhsLAHsbCwCKGwsA1BsLAN4bCwAtHAsAOxwLAIYcCwCLHAsA3xwLAOwcCwA4HQsAOR0LAJEdCwCWHQsA6h0LAO8dCwBDHgsAVB4LAJweCwC/HgsA9R4LAAAfCwBOHwsAUx8LAKcfCwCqHwsAACALAAogCwBZIAsAgSALALIgCwDRIAsANPkUABchCwBkIQsAZiELAL0hCwDMIQsAFiILACEiCwBvIgsAdyILAMgiCwDPIgsAISMLACMjCwB6IwsAhCMLANMjCwDVIwsALCQLAEUkCwCFJAsAhyQLAN4kCwDhJAsANyULAEMlCwCQJQsAmCULAI35FAD1JQsAQiYLAEgmCwCbJgsAtiYLAPQmCwAAJwsATScLAFMnCwCmJwsAricLAP8nCwABKAsAWCgLAGIoCwCxKAsAuSgLAOb5FAAbKQsAYykLAGopCwC8KQsAxCkLABUqCwAiKgsAbioLAHMqCwDHKgsA0SoLACArCwAoKwsAeSsLAIgrCwDSKwsA1ysLACssCwA4LAsAhCwLAJEsCwDdLAsA6SwLADYtCwBFLQsAjy0LAJktCwDoLQsA8C0LAEEuCwBLLgsAmi4LAJ8uCwDzLgsA+y4LAD/6FABYLwsApS8LALUvCwD+LwsABzALAFcwCwBaMAsAsDALALwwCwAJMQsAEDELAJj6FABoMQsAuzELAMExCwAUMgsAGTILAG0yCwBzMgsA8foUAMwyCwAfMwsAJTMLAHgzCwB9MwsAlT8RAIUzCwDRMwsA1jMLACo0CwAyNAsAgzQLAKw0CwDcNAsAujQLAII8CwAFNQsANTULAF41CwCONQsAuTULAOc1CwDvNQsAQDYLAE82CwCZNgsAnjYLAPI2CwD/NgsASzcLAFg3CwCkNwsAsDcLAP03CwAMOAsAVjgLAGA4CwCvOAsAvTgLAAg5CwANOQsAYTkLAG45CwC6OQsAwjkLABM6CwAZOgsAbDoLAHg6CwDFOgsA1ToLAB47CwAnOwsAdzsLAHo7CwDQOwsA3DsLACk8CwAwPAsASvsUAKs8CwDbPAsABj0LADQ9CwA8PQsAjT0LAJw9CwDmPQsA6z0LAD8+CwBMPgsAmD4LAKU+CwDxPgsA/T4LAEo/CwBZPwsAoz8LAK0/CwD8PwsACkALAFVACwBaQAsArkALALtACwAHQQsAD0ELAGBBCwBmQQsAuUELAMVBCwASQgsAIkILAGtCCwB0QgsAxEILAMdCCwAdQwsAKUMLAHZDCwB9QwsAo/sUANFDCwDsTxEA3UMLAChECwA1RAsAgUQLAI1ECwDaRAsA4EQLADNFCwA5RQsAjEULAJFFCwDlRQsA60ULAPz7FABkRgsAl0YLAL1GCwDwRgsAJ0cLAElHCwByRwsAokcLAM1HCwCu/BQA/kcLAFRICwBcSAsArUgLALlICwAGSQsADEkLAF9JCwBlSQsAuEkLAL1JCwARSgsAF0oLAGD9FACTSgsAw0oLAOxKCwAcSwsAQEsLABL+FAB7SwsACo0MAIhLCwDOSwsA3UsLACdMCwAzTAsAgEwLAIFMCwDZTAsA40wLADJNCwBATQsAi00LAJBNCwDkTQsA8U0LAGv+FABgTgsAxP4UAL9OCwDvTgsAGE8LAEhPCwBsTwsAHf8UAK9PCwD6TwsA/08LAFNQCwBgUAsArFALALRQCwAFUQsAC1ELAF5RCwBqUQsAt1ELAMdRCwAQUgsAGVILAGlSCwBsUgsAwlILAP9SCwAbUwsAJ1MLAHb/FAB6UwsAzVMLAOZTCwAmVAsANFQLAH9UCwCMVAsA2FQLAN9UCwAxVQsAOlULAIpVCwCXVQsA41ULAPpVCwA8VgsAP1YLAJVWCwCXVgsA7lYLAPdWCwBHVwsAV1cLAKBXCwC5VwsA+VcLAPtXCwBSWAsAW1gLAKtYCwCzWAsABFkLAAZZCwBdWQsAdlkLALZZCwDNWQsAD1oLABtaCwBoWgsAeVoLAMFaCwDNWgsAGlsLACVbCwBzWwsAgFsLAMxbCwDWWwsAz/8UADhcCwB+XAsAjFwLANdcCwC9XAsAiGULABVdCwAwXQsAPV0LAIldCwCRXQsA4l0LAOhdCwA7XgsAR14LAJReCwCfXgsA7V4LAPZeCwBGXwsASV8LAJ9fCwChXwsA+F8LAP9fCwBRYAsAU2ALACgAFQCtYAsAA2ELABFhCwBcYQsAYWELALVhCwDCYQsADmILABpiCwBnYgsAb2ILAIEAFQDOYgsAGWMLACljCwByYwsAgGMLAMtjCwDUYwsAJGQLAC5kCwB9ZAsAf2QLANZkCwDgZAsAL2ULADFlCwDaABUAjWULAOFlCwDpZQsAOmYLAEBmCwCTZgsAn2YLAOxmCwD7ZgsARWcLAE5nCwCeZwsAoWcLAPdnCwD5ZwsAUGgLAFdoCwCpaAsAq2gLADMBFQAHaQsAW2kLAHdpCwC0aQsA0GkLAIwBFQAaagsAVKwMABxqCwBmagsAa2oLAL9qCwDMagsAGGsLACVrCwBxawsAd2sLAMprCwDWawsAI2wLADNsCwB8bAsAhWwLANVsCwDYbAsALm0LADptCwCHbQsAjm0LAOUBFQDvbQsAOW4LAD5uCwCSbgsAn24LAOtuCwD4bgsARG8LAEpvCwCdbwsAqW8LAPZvCwAGcAsAT3ALAFhwCwCocAsAq3ALAAFxCwANcQsAWnELAGFxCwA+AhUAtXELAAxyCwAacgsAZXILAHZyCwCXAhUAxXILAPACFQAfcwsASQMVAHVzCwDJcwsA1nMLACJ0CwAvdAsAe3QLAId0CwDUdAsA43QLAC11CwA3dQsAhnULAJR1CwDfdQsA5HULADh2CwBFdgsAkXYLAJl2CwCiAxUA9nYLAEN3CwBTdwsAnHcLAKV3CwD1dwsA+HcLAE54CwBaeAsAp3gLAK54CwD7AxUAAnkLAFl5CwBneQsAsnkLAMN5CwBUBBUAEnoLAK0EFQBsegsABgUVAMJ6CwAWewsAI3sLAG97CwB8ewsAyHsLANR7CwAhfAsAMHwLAHp8CwCEfAsA03wLAOF8CwAsfQsAMX0LAIV9CwCSfQsA3n0LAOZ9CwBfBRUAQ34LAJB+CwCgfgsA6X4LAPJ+CwBCfwsARX8LAJt/CwCnfwsA9H8LAPt/CwC4BRUAV4ALAKaACwC0gAsA/4ALABWBCwBYgQsAZIELALGBCwC4gQsACoILABKCCwBjggsAaIILALyCCwDFggsAFYMLAB+DCwARBhUAhIMLAMeDCwDTgwsAIIQLACeECwB5hAsAgYQLANKECwDXhAsAK4ULADSFCwCEhQsAjoULAGoGFQDihQsAi8cOAOmFCwBPyQsA7IULADaGCwAHhgsAdgoWADuGCwCPhgsAnIYLAOiGCwD1hgsAQYcLAE2HCwCahwsAqYcLAPOHCwD9hwsATIgLAFqICwCliAsAsogLAP6ICwAViQsAV4kLAF+JCwCwiQsAuokLAAmKCwAOigsAYooLAGqKCwDDBhUAwIoLABSLCwAjiwsAbYsLAI2LCwDGiwsA0osLAB+MCwApjAsAeIwLAIKMCwDRjAsA34wLACqNCwBAjQsAg40LAI+NCwDcjQsA4Y0LADWOCwA+jgsAjo4LAJiOCwDnjgsA844LAECPCwBTjwsAmY8LAKiPCwDyjwsA/o8LAEuQCwBMkAsApJALAK6QCwD9kAsAC5ELAFaRCwBbkQsAr5ELALyRCwB1BxUAFpILAGGSCwB3kgsAupILAMaSCwATkwsAGpMLAGyTCwB0kwsAxZMLAMqTCwAelAsAJ5QLAHeUCwCBlAsAgAgVANWUCwAplQsAMZULAIKVCwCFlQsA25ULAOSVCwA0lgsAQ5YLAI2WCwCYlgsA5pYLAO6WCwA/lwsAT5cLAJiXCwCmlwsA8ZcLAAKYCwBKmAsAVpgLAKOYCwCrmAsA2QgVAAKZCwBVmQsAXZkLAK6ZCwC1mQsAB5oLABWaCwBgmgsAZpoLALmaCwDFmgsAEpsLACGbCwBrmwsAdZsLAMSbCwDJmwsAHZwLACOcCwB2nAsAipwLADIJFQDgnAsAKJ0LADSdCwCBnQsAh50LANqdCwDgnQsAM54LADieCwCMngsAkp4LAIsJFQDqngsAPp8LAE+fCwCXnwsAn58LAPCfCwCjnwsAla8LAKWfCwDwOhIA+p8LAEmgCwBXoAsAoqALALigCwD7oAsAB6ELAFShCwBboQsAraELALWhCwAGogsAC6ILAF+iCwBoogsAuKILAMKiCwARowsAGaMLAGqjCwBuowsAw6MLAM6jCwAcpAsAKqQLAHWkCwCGpAsAzqQLANqkCwAnpQsAL6ULAOQJFQCCpQsA2aULAOelCwAypgsAPKYLAIumCwCZpgsA5KYLAPGmCwA9pwsAVKcLAJanCwCepwsA76cLAP+nCwBIqAsATagLAKGoCwCnqAsA+qgLAAKpCwBTqQsAVakLAKypCwC5qQsABaoLAA2qCwBeqgsAY6oLALeqCwC4qgsAEKsLAByrCwBpqwsAdqsLAMKrCwDKqwsAG6wLACqsCwB0rAsAeawLAM2sCwDarAsAJq0LADOtCwB/rQsAi60LANitCwDnrQsAMa4LADuuCwCKrgsAmK4LAOOuCwDorgsAPK8LAEmvCwA9ChUAm68LAO6vCwD0rwsAR7ALAEywCwCgsAsAprALAJYKFQAHsQsAUrELAGixCwCrsQsAt7ELAASyCwAJsgsAXbILAGayCwC2sgsAwLILAA+zCwAyswsAaLMLAGyzCwDBswsAd7MLACW1CwDDswsAGrQLACi0CwBztAsAfbQLAMy0CwDwtAsAoQsVACu1CwB+tQsAirULANe1CwDZtQsAMLYLADq2CwCJtgsAlbYLAOK2CwAGtwsA+gsVAD+3CwCUtwsASrcLAPi4CwCWtwsA7bcLAPu3CwBGuAsAULgLAJ+4CwDDuAsAUwwVAP64CwBRuQsAXbkLAKq5CwCsuQsAA7oLAA26CwBcugsAaLoLALW6CwDZugsArAwVACu7CwBnuwsAcLsLAMC7CwDOuwsAGbwLAB+8CwByvAsAfrwLAMu8CwDTvAsABQ0VACu9CwB9vQsAlr0LANa9CwDlvQsAL74LADe+CwCIvgsAl74LAOG+CwDmvgsAOr8LAEe/CwCTvwsAoL8LAOy/CwD4vwsARcALAFTACwCewAsAqMALAPfACwAFwQsAUMELAFXBCwCpwQsAtsELAF4NFQADwgsAEk0MABvCCwBbwgsAZcILALTCCwC2wgsADcMLABvDCwBmwwsAc8MLAL/DCwDHwwsAGMQLAETECwBxxAsAeMQLAMrECwDjxAsAI8ULADLFCwB8xQsAhMULANXFCwDkxQsALsYLADPGCwCHxgsAlMYLAODGCwDtxgsAOccLAEXHCwCSxwsAoccLAOvHCwD1xwsARMgLAFLICwCdyAsAosgLAPbICwADyQsAtw0VAGLJCwCoyQsAt8kLAAHKCwANygsAWsoLAGbKCwCzygsAusoLAAzLCwAYywsAZcsLAGzLCwC+ywsAxssLABfMCwAbzAsAcMwLAHvMCwDJzAsA1cwLACLNCwAvzQsAe80LAIPNCwDUzQsA3s0LAC3OCwAzzgsAhs4LAJrOCwDfzgsA7c4LADjPCwBFzwsAkc8LAKjPCwDqzwsA8s8LAEPQCwBN0AsAnNALAKHQCwD10AsA/dALAE7RCwBd0QsAp9ELAKzRCwAA0gsADdILAFnSCwBm0gsAstILAL7SCwAL0wsAGtMLAGTTCwBu0wsAEA4VAMXTCwAW1AsAJdQLAG/UCwB01AsAyNQLANHUCwAh1QsAMtULAHrVCwCB1QsA09ULANvVCwAs1gsAOdYLAIXWCwCK1gsA3tYLAOjWCwA31wsAP9cLAJDXCwCp1wsA6dcLAPXXCwBC2AsAStgLAGkOFQCq2AsA9NgLABHZCwBN2QsAVtkLAKbZCwC02QsA/9kLAAXaCwBY2gsAZNoLALHaCwC42gsACtsLABLbCwBj2wsAc9sLALzbCwDC2wsAFdwLABrcCwBu3AsAhNwLAMfcCwDP3AsAIN0LACrdCwB53QsAhN0LANLdCwDe3QsAK94LADPeCwDCDhUAkd4LAN3eCwDk3gsANt8LAELfCwCP3wsAld8LAOjfCwD53wsAQeALAFXgCwCa4AsAqOALAPPgCwAA4QsATOELAGPhCwCl4QsAreELAP7hCwAF4gsAV+ILAFniCwCw4gsAuuILAAnjCwAL4wsAYuMLAHvjCwC74wsAveMLABTkCwAX5AsAbeQLAHnkCwDG5AsA9OQLABsPFQAu5QsAeOULAJXlCwDR5QsA2uULACrmCwA45gsAg+YLAInmCwDc5gsA6OYLADXnCwA95wsAdA8VAJbnCwDn5wsA7ecLAEDoCwBM6AsAmegLAJzoCwDy6AsA9+gLAEvpCwBU6QsApOkLAKrpCwD96QsADOoLAFbqCwBi6gsAr+oLALfqCwDNDxUADusLAGHrCwBm6wsAuusLANDrCwAT7AsAG+wLAGzsCwB67AsAxewLAM/sCwAe7QsAIe0LAHftCwB/7QsA0O0LANHtCwAp7gsAL+4LAILuCwCQ7gsA2+4LAPHuCwA07wsANu8LAI3vCwCT7wsA5u8LAPrvCwA/8AsAR/ALAJjwCwCo8AsA8fALAPPwCwBK8QsAWfELAKPxCwCt8QsA/PELAAHyCwBV8gsAW/ILAK7yCwDC8gsAB/MLAA/zCwBg8wsAZfMLALnzCwC/8wsAEvQLABr0CwBr9AsAbvQLAMT0CwDJ9AsAHfULACb1CwB29QsAfPULAM/1CwDe9QsAKPYLADT2CwAmEBUAhPYLANr2CwDi9gsAM/cLAED3CwCM9wsAkfcLAOX3CwDv9wsAPvgLAEb4CwCX+AsAmfgLAPD4CwAL+QsASfkLAEv5CwCi+QsAsPkLAPv5CwAM+gsAVPoLAFb6CwCt+gsAxvoLAAb7CwAX+wsAX/sLAGv7CwB/EBUAwPsLABH8CwAX/AsAavwLAHb8CwDD/AsA4PwLABz9CwAl/QsAdf0LAIH9CwDO/QsA0f0LACf+CwAx/gsAgP4LAIj+CwDZ/gsA4/4LADL/CwBA/wsAi/8LAKH/CwDk/wsA8P8LAD0ADABEAAwAlgAMAJ4ADADvAAwA9AAMAEgBDABRAQwAoQEMAKsBDAD6AQwAAgIMAFMCDABVAgwArAIMALwCDAAFAwwADwMMAF4DDABqAwwAtwMMAL0DDAAQBAwAGAQMANgQFQB1BAwAwgQMANUEDAAbBQwANwUMAHQFDAB8BQwAMREVANsFDAAmBgwAPAYMAH8GDACLBgwA2AYMAN0GDAAxBwwAOgcMAIoHDACUBwwA4wcMAOsHDAA8CAwAPggMAJUIDACkCAwA7ggMAAsJDABHCQwAUAkMAKAJDACuCQwA+QkMAP8JDABSCgwAYAoMAKsKDAC4CgwABAsMABsLDABdCwwAZQsMALYLDAC4CwwADwwMABcMDABoDAwAdwwMAMEMDADGDAwAGg0MACcNDABzDQwAgA0MAMwNDADYDQwAJQ4MADQODAB+DgwAiA4MANcODADlDgwAMA8MADUPDACJDwwAlg8MAIoRFQDsDwwAOxAMAD0QDACUEAwAmxAMAO0QDAD0EAwARhEMAEwRDACfEQwArREMAPgRDAAFEgwAURIMAGESDACqEgwArxIMAAMTDAALEwwAXBMMAB8TDAA4gQwAaBMMALUTDAC3EwwA1hYMAMITDAAOFAwAExQMAGcUDABxFAwAwBQMANAUDAAZFQwAHhUMAHIVDAB7FQwAyxUMANgVDAAkFgwAKxYMAH0WDACFFgwA4xEVAOQWDAAvFwwARxcMAIgXDACKFwwA4RcMAPgXDAA6GAwAPBgMAJMYDAChGAwA7BgMAPkYDABFGQwATRkMADwSFQChGQwA9xkMALUZDAD/7w0AABoMAFAaDABeGgwA0EYMAF8aDACpGgwAtBoMAAIbDAAKGwwAWxsMAGYbDAC0GwwAuRsMAA0cDAAQHAwAZhwMAHAcDACVEhUAxRwMABgdDADJHAwAztsQADMdDABxHQwAfR0MAModDADQHQwAIx4MACseDAB8HgwAkh4MANUeDADjHgwALh8MADEfDACHHwwAoB8MAOAfDADsHwwAOSAMAEQgDACSIAwAlCAMAOsgDAAGIQwARCEMAFIhDACdIQwAqiEMAPYhDAANIgwA7hIVAFEiDAA93hAAZSIMAKgiDACpIgwAASMMAAYjDABaIwwAYCMMALMjDAC1IwwADCQMABIkDABlJAwAeSQMAL4kDADGJAwAFyUMACclDABwJQwAciUMAMklDADXJQwAIiYMADMmDABHExUAgSYMANQmDADgJgwAoBMVAC8nDACGJwwAlycMAN8nDADnJwwAOCgMAEEoDACRKAwAmCgMAOooDADrKAwA+RMVAE8pDACcKQwAnikMAPUpDAD8KQwATioMAFYqDACnKgwAsCoMAAArDAAHKwwAWSsMAForDABSFBUAtysMAAssDAATLAwAZCwMAG4sDAC9LAwAyywMABYtDAAsLQwAby0MAHstDADILQwAzS0MACEuDAAqLgwAei4MAIQuDACrFBUA1C4MACwvDAA0LwwA4dQNAEQvDACFLwwAki8MAN4vDADqLwwANzAMAEEwDACQMAwAlDAMAOkwDADuMAwAQjEMAEgxDACbMQwAuzEMAPQxDAAMMgwATTIMAGQyDACmMgwAsjIMAP8yDAAJMwwAWDMMAFozDACxMwwAuDMMAAo0DAARNAwAYzQMAGk0DAC8NAwAyDQMABU1DAAYNQwAbjUMAHE1DADHNQwA0zUMACA2DAAjNgwAeTYMAJU2DADSNgwA2jYMAAQVFQA3NwwAhDcMAI43DADdNwwA3zcMADY4DAA9OAwAjzgMAJY4DADoOAwA7jgMAEE5DABPOQwAmjkMAKc5DADzOQwAAzoMAEw6DABROgwApToMAK06DAD+OgwADjsMAFc7DABcOwwAsDsMALY7DAAJPAwAETwMAF0VFQBoPAwAuzwMAMM8DAAUPQwAFz0MAG09DAB5PQwAxj0MAMw9DAAfPgwAOj4MAHg+DACGPgwA0T4MAOA+DAAqPwwANj8MAIM/DACLPwwADxYVAOE/DAA1QAwAP0AMAI5ADACWQAwA50AMAAdBDABAQQwATUEMAJlBDACeQQwA8kEMAPZBDABLQgwAWEIMAGgWFQCpQgwA/UIMAABDDABWQwwAYEMMAK9DDAC7QwwACEQMABtEDABhRAwAcEQMALpEDADGRAwAE0UMABRFDABsRQwAdkUMAMVFDADTRQwAHkYMACNGDAB3RgwAhEYMAMEWFQDaRgwAKUcMACtHDACCRwwAm0cMANtHDADsRwwANEgMAEBIDACNSAwAlUgMAMwXFQDtSAwAP0kMAEZJDACYSQwAnkkMAPFJDAD9SQwASkoMAE1KDACjSgwApkoMAPxKDAAESwwAVUsMAGVLDACuSwwAs0sMAAdMDAAQTAwAYEwMAG1MDAC5TAwAwEwMACUYFQAeTQwAa00MAHhNDADETQwAzE0MAB1ODAAnTgwAdk4MAIVODADPTgwA0E4MAChPDAAwTwwAgU8MAJBPDADaTwwA308MADNQDABAUAwAjFAMAJlQDADlUAwA8VAMAD5RDABNUQwAl1EMAKFRDADwUQwA/lEMAElSDABOUgwAolIMAK9SDAD7UgwAA1MMAFRTDABeUwwArVMMALJTDAAGVAwADlQMAH4YFQBtVAwAuFQMAMRUDAARVQwAF1UMAGpVDABwVQwAw1UMAMhVDAAcVgwAIlYMANcYFQCBVgwAzlYMANRWDAAnVwwALVcMAIBXDACNVwwA2VcMAN5XDAAyWAwAOlgMAItYDACpWAwA4hkVAOVYDAA9WQwAQlkMAJZZDACcWQwA71kMAPFZDABIWgwATloMAKFaDAC1WgwA+loMAAJbDABTWwwAY1sMAKxbDACuWwwABVwMABNcDABeXAwAb1wMADsaFQC9XAwAEF0MABxdDACUGhUAdl0MAMJdDADKXQwAG14MACheDAB0XgwAdl4MAM1eDADjXgwAJl8MADJfDAB/XwwAh18MAEYbFQDkXwwAMWAMADRgDACKYAwAj2AMAONgDAD0YAwAPGEMAEVhDACVYQwAn2EMAO5hDAD8YQwAR2IMAExiDACgYgwArWIMAJ8bFQAFYwwAUmMMAF9jDACrYwwArWMMAARkDAAaZAwAXWQMAGlkDAC2ZAwAvmQMAPgbFQAUZQwAaGUMAG5lDADBZQwAyWUMABpmDAAdZgwAc2YMAH9mDADMZgwA0mYMACVnDABAZwwAfmcMAItnDADXZwwA2WcMADBoDABGaAwAiWgMAJVoDADiaAwA6mgMAFEcFQBBaQwAlGkMAJlpDADtaQwACGoMAEZqDABUagwAn2oMAKZqDAD4agwABGsMAFFrDABYawwAqhwVALVrDAADbAwAC2wMAFxsDABnbAwAtWwMALpsDAAObQwAEW0MAGdtDABxbQwAwG0MAMhtDAAZbgwAJ24MAHJuDAB1bgwAy24MANNuDAAkbwwARG8MAH1vDACKbwwA1m8MANtvDAAvcAwAM3AMAIhwDACVcAwAAx0VAAFxDABcHRUAO3EMAJNxDACbcQwA7HEMAPxxDABFcgwAR3IMAJ5yDACscgwA93IMAAhzDAC1HRUAVnMMAKlzDAC1cwwADh4VAAl0DABnHhUAYHQMALR0DADOdAwADXUMABx1DABmdQwAcXUMAL91DADBdQwAGHYMACV2DABxdgwAfnYMAMp2DADWdgwAI3cMADR3DAB8dwwAf3cMANV3DADvdwwALngMADd4DACHeAwAlHgMAOB4DADmeAwAOXkMAEV5DACSeQwAlXkMAOt5DADweQwARHoMAFV6DACdegwAuHoMAPZ6DAACewwAT3sMAFZ7DACoewwAqnsMAAF8DAAIfAwAWnwMAGF8DACzfAwAuXwMAAx9DAAYfQwAZX0MAGh9DAC+fQwAwX0MABd+DAAjfgwAcH4MAIN+DADJfgwA2H4MACJ/DAAufwwAe38MAHx/DADUfwwA3n8MAC2ADAA7gAwAhoAMAIuADADfgAwA7IAMAMAeFQBAgQwAGR8VAJOBDADqgQwAAIIMAEOCDABPggwAnIIMAKSCDAByHxUA+4IMAE6DDABWgwwAp4MMAKqDDAAAhAwADIQMAFmEDABfhAwAsoQMAM2EDAALhQwAGYUMAGSFDABzhQwAvYUMAMmFDAAWhgwAHoYMAMsfFQB0hgwAyIYMANKGDAAhhwwAKYcMAHqHDACahwwA04cMAOCHDAAsiAwAMYgMAIWIDACJiAwA3ogMAOuIDAAkIBUAWokMAH0gFQCViQwA6YkMAPiJDABCigwAYooMAJuKDACnigwA9IoMAP6KDABNiwwAWYsMAKaLDACsiwwA/4sMAAWMDABYjAwAXYwMALGMDAC3jAwA1iAVABCNDABjjQwAaI0MALyNDADCjQwAiCEVABiODABujgwAeI4MAMeODADJjgwAII8MADmPDAB5jwwAio8MANKPDADgjwwAK5AMAC6QDACEkAwAj5AMAN2QDADlkAwANpEMADiRDACPkQwAl5EMAOiRDAD1kQwAQZIMAE2SDACakgwAnpIMAPOSDAD7kgwATJMMAFuTDAClkwwAqpMMAP6TDAALlAwAV5QMAGSUDACwlAwAvJQMAAmVDAAYlQwAYpUMAGyVDAC7lQwAyZUMABSWDAAZlgwAbZYMAHqWDADhIRUAzpYMADoiFQAjlwwApJsMACuXDAB4lwwAfpcMANGXDADXlwwAKpgMADeYDACDmAwAiJgMANyYDADkmAwANZkMAF6ZDACOmQwAbJkMAECaDAC0mQwAmZoMALeZDADnmQwAEJoMAJMiFQBpmgwA7CIVAL+aDADymgwAKZsMAEubDAB0mwwARSMVALKbDAD9mwwACpwMAFacDABinAwAr5wMALWcDAAInQwADp0MAGGdDABmnQwAup0MAMCdDACeIxUAOZ4MAB6fDAA8ngwAbJ4MAJWeDABQJBUA7p4MAKkkFQBEnwwAd58MAK6fDADQnwwA+Z8MAAIlFQAzoAwAgqAMAIegDADboAwA46AMAFslFQA5oQwAjaEMAJahDADmoQwA86EMAD+iDABGogwAtCUVAKCiDAANJhUABKMMAEqjDABWowwAo6MMALKjDAD8owwABaQMAFWkDABfpAwArqQMALCkDAAHpQwAIKUMAGClDABxpQwAuaUMAMWlDAASpgwAGqYMAGYmFQB5pgwAxKYMANWmDAAdpwwAKacMAHanDAB+pwwAvyYVANSnDAAoqAwAMqgMAIGoDACJqAwA2qgMAOqoDAAzqQwAOKkMAIypDACVqQwA5akMAPKpDAA+qgwARaoMABgnFQCdqgwAI64RAKSqDADwqgwAqqoMAEJdEAD1qgwASasMAFWrDACiqwwAr6sMAPurDAAFrAwAcScVAFmsDACtrAwAuawMAAatDAATrQwAX60MAGmtDAC4rQwA1K0MABGuDAAZrgwAyicVAG+uDADDrgwAy64MAByvDAAfrwwAda8MAH6vDADOrwwA3a8MACewDAAysAwAgLAMAIiwDADZsAwA6bAMADKxDABAsQwAi7EMAJyxDADksQwA8LEMAD2yDABFsgwAIygVAJyyDADvsgwA97IMAEizDABPswwAobMMAK+zDAD6swwAALQMAFO0DABftAwArLQMALu0DAAFtQwAD7UMAF61DABjtQwAt7UMAL21DAAQtgwAJLYMAGm2DABxtgwAwrYMAOC2DAAbtwwAI7cMAHwoFQB8twwA1SgVANW3DAAmuAwAP7gMAH+4DACIuAwA2LgMAOi4DAAxuQwAQbkMAIq5DACWuQwA47kMAOm5DAA8ugwASroMAJW6DACiugwA7roMAAW7DABHuwwAT7sMAKC7DACquwwA+bsMAAe8DABSvAwAaLwMAKu8DAC3vAwABL0MAAu9DABdvQwAZb0MALa9DAC7vQwAD74MABi+DABovgwAcr4MAMG+DADJvgwAGr8MABy/DABzvwwAg78MAMy/DADWvwwAJcAMADHADAB+wAwAhMAMANfADADfwAwAhykVADLBDACJwQwAmsEMAOLBDAD+wQwAO8IMAEPCDADgKRUApcIMAO3CDAD+wgwARsMMAE7DDACfwwwAuMMMAPjDDAD+wwwAUcQMAFbEDACqxAwAysQMADkqFQAJxQwAXMUMAGTFDAC1xQwAxMUMAA7GDAATxgwAZ8YMAHTGDADAxgwAzcYMABnHDAAlxwwAcscMAIHHDADLxwwA1ccMACTIDAAyyAwAfcgMAILIDADWyAwA48gMAC/JDAAyyQwAiMkMAJDJDADhyQwA48kMADrKDABAygwAk8oMAJ/KDADsygwA9MoMAJIqFQBKywwAnssMAKLLDAD3ywwABMwMAOsqFQBYzAwARCsVAK/MDAACzQwAGc0MAFvNDABkzQwAtM0MAMrNDAANzgwAGc4MAGbODABzzgwAv84MAMnODAAYzwwAIM8MAHHPDACxzwwAys8MAPPPDAAj0AwAK9AMAHzQDACf0AwAnSsVAOTQDAAu0QwA69AMABTvDAAz0QwAh9EMAJTRDADg0QwA7dEMADnSDABF0gwAktIMAKHSDADr0gwA9dIMAETTDABS0wwAndMMAKLTDAD20wwAA9QMAE/UDABz1AwAqNQMALDUDAD2KxUACtUMAFrVDABd1QwAs9UMAL3VDAAM1gwAFNYMAGXWDAB+1gwAvtYMAMrWDAAX1wwAH9cMAE8sFQCA1wwAydcMANHXDAAi2AwALNgMAHvYDACP2AwA1NgMANXYDAAt2QwAOdkMAIbZDACO2QwAqCwVAPLZDAA42gwAOdoMAJHaDACd2gwA6toMAPnaDABD2wwATdsMAJzbDACf2wwA9dsMAP3bDABO3AwAT9wMAKfcDACp3AwAAN0MAAbdDABZ3QwAW90MALLdDADI3QwAC94MABfeDABk3gwAbt4MAL3eDADJ3gwAFt8MABzfDABv3wwAd98MAMjfDADx3wwAIeAMACngDAB64AwAhOAMANPgDADY4AwALOEMADThDACF4QwAnuEMAN7hDADq4QwAN+IMAD/iDAABLRUAnOIMAOniDADs4gwAQuMMAEfjDACb4wwApOMMAPTjDAD64wwATeQMAFzkDACm5AwAsuQMAP/kDAAU5QwAWOUMAGDlDACx5QwAvuUMAPPrDADK5QwACuYMAA/mDABj5gwAaOYMALzmDADN5gwAFecMAB3nDABu5wwAIecMACvpDACF5wwAx+cMANXnDAAg6AwAO+gMAHnoDACF6AwA0ugMAN/oDABaLRUALekMAITpDACR6QwA3ekMAOXpDAA26gwATeoMAI/qDACd6gwA6OoMAAPrDABB6wwATesMAJrrDACn6wwAsy0VAPzrDABM7AwAXewMAKXsDAC27AwA/uwMAAbtDABX7QwAbu0MALDtDAC+7QwACe4MACTuDABi7gwAbu4MALvuDADI7gwADC4VACjvDABt7wwAcO8MAMbvDADj7wwAH/AMADDwDAB48AwAnPAMANHwDADZ8AwAZS4VADPxDACD8QwAhvEMANzxDADm8QwANfIMAD3yDACO8gwAp/IMAOfyDADz8gwAQPMMAEjzDAC+LhUAqfMMAPLzDAD68wwAS/QMAFX0DACk9AwAuPQMAP30DAD+9AwAVvUMAGL1DACv9QwAt/UMABcvFQAc9gwAYfYMAGT2DAC69gwA1/YMABP3DAAk9wwAbPcMAHr3DADF9wwA2vcMAB74DAAm+AwAd/gMAIT4DADx+wwAkPgMAND4DADV+AwAKfkMAC75DACC+QwAk/kMANv5DADj+QwANPoMAEv6DACN+gwAm/oMAOb6DAAB+wwAP/sMAEv7DACY+wwApfsMAHAvFQD6+wwASvwMAFv8DACj/AwAtPwMAPz8DAAE/QwAVf0MAGz9DACu/QwAvP0MAAf+DAAi/gwAYP4MAGz+DAC5/gwAxv4MAMkvFQAm/wwAa/8MAG7/DADE/wwA4f8MAB0ADQAuAA0AdgANAIQADQDPAA0A5AANACgBDQAwAQ0AgQENAI4BDQDDBw0AmgENANoBDQDfAQ0AMwINADgCDQCMAg0AnQINAOUCDQDtAg0APgMNAPECDQD7BA0AVQMNAJcDDQClAw0A8AMNAAsEDQBJBA0AVQQNAKIEDQCvBA0AIjAVAP0EDQBUBQ0AYQUNAK0FDQC1BQ0ABgYNAB0GDQBfBg0AbQYNALgGDQDTBg0AEQcNAB0HDQBqBw0AdwcNAHswFQDMBw0AHAgNAC0IDQB1CA0AhggNAM4IDQDWCA0AJwkNAD4JDQCACQ0AjgkNANkJDQD0CQ0AMgoNAD4KDQCLCg0AmAoNANQwFQD1Cg0APQsNAEkLDQCWCw0AowsNAO8LDQD0Cw0ASAwNAFIMDQChDA0AsQwNAPoMDQD/DA0AUw0NAFwNDQCsDQ0AuQ0NAAUODQAMDg0AXg4NAGoODQC3Dg0AvQ4NABAPDQAWDw0AaQ8NAG4PDQDCDw0AyA8NAC0xFQAgEA0AdBANAHwQDQDNEA0A4xANACYRDQArEQ0AfxENAIYRDQDYEQ0A4RENADESDQBCEg0AihINAJYSDQDjEg0A6xINADgyFQA+Ew0AlRMNAKsTDQDuEw0A+hMNAEcUDQBOFA0AoBQNAKgUDQCRMhUA/hQNAFIVDQBZFQ0AqxUNALQVDQAEFg0AFRYNAF0WDQBpFg0AthYNAL4WDQDqMhUAERcNAGgXDQB+Fw0AwRcNAM0XDQAaGA0AIRgNAHMYDQB7GA0AQzMVANEYDQAlGQ0ALBkNAH4ZDQCHGQ0A1xkNAOgZDQAwGg0APBoNAIkaDQCRGg0AnDMVAOQaDQA7Gw0AShsNAJQbDQC0Gw0A7RsNAO8bDQBGHA0AXRwNAJ8cDQCrHA0A+BwNAAAdDQBONBUAVh0NAKodDQCsHQ0AAx4NAAoeDQBcHg0AZB4NALUeDQC+Hg0ADh8NABQfDQBnHw0AeB8NAMAfDQDIHw0AADUVACUgDQByIA0AdSANAMsgDQDQIA0AJCENADUhDQB9IQ0AmCENANYhDQDiIQ0ALyINADciDQBZNRUAniINAOEiDQDiIg0AOiMNAD8jDQCTIw0AmSMNAOwjDQD2Iw0ARSQNAE0kDQCeJA0AsCQNALI1FQAEJQ0AUCUNAFolDQCpJQ0AryUNAAImDQAWJg0AWyYNAGMmDQC0Jg0AxCYNAA0nDQASJw0AZicNAGwnDQC/Jw0AxycNABgoDQAZKA0AcSgNAHMoDQDKKA0A2SgNACMpDQBDKQ0AfCkNAH4pDQDVKQ0A7CkNAC4qDQA6Kg0AhyoNAI8qDQALNhUA6CoNADkrDQBSKw0AkisNAJsrDQDrKw0A9SsNAEQsDQBMLA0AnSwNAK0sDQD2LA0A+ywNAE8tDQBYLQ0AqC0NALUtDQABLg0ACC4NAFouDQBiLg0AvTYVAL0uDQAMLw0AFC8NAGUvDQBzLw0Avi8NAMsvDQAXMA0AHzANAHAwDQByMA0AyTANANEwDQAiMQ0AIzENAHsxDQB9MQ0A1DENAOMxDQAtMg0ATTINAIYyDQCIMg0A3zINAPYyDQA4Mw0ARDMNAJEzDQCrMw0A6jMNABY0DQBDNA0ARjQNAJw0DQChNA0A9TQNAAI1DQAWNxUAUDUNAKc1DQCxNQ0AADYNAA82DQBZNg0AZDYNALI2DQDANg0ACzcNABg3DQBkNw0AezcNAL03DQDFNw0AFjgNABc4DQBvOA0AcTgNAMg4DQDXOA0AITkNAEE5DQB6OQ0AfDkNANM5DQDqOQ0ALDoNADg6DQCFOg0AjToNAG83FQDjOg0ANzsNAD07DQCQOw0AmDsNAOk7DQAIPA0AQjwNAE88DQCbPA0AnDwNAPQ8DQAKPQ0ATT0NAGk9DQDINxUArD0NAP89DQALPg0AWD4NAGg+DQCxPg0Avz4NAAo/DQAdPw0AYz8NAG8/DQC8Pw0Awz8NABVADQAdQA0AbkANAHJADQDHQA0A1UANACBBDQAqQQ0AeUENAIRBDQDSQQ0A2kENACtCDQBlQg0AhEINAIxCDQDdQg0A4kINADZDDQA8Qw0Aj0MNAJdDDQDoQw0AAkQNAEFEDQB7RA0AmkQNAKJEDQDzRA0A+EQNAExFDQBSRQ0ApUUNAK1FDQD+RQ0AGEYNAFdGDQBxRg0AITgVALdGDQAJRw0AFUcNAGJHDQBjRw0Au0cNAMdHDQAUSA0AIUgNAG1IDQB0SA0AxkgNANJIDQAfSQ0ALEkNAHhJDQCHSQ0A0UkNAOVJDQDTOBUALEoNAINKDQA2Sg0AN7UQAIZKDQCvFhAAkEoNACV9DgCSSg0A3EoNAPxKDQA1Sw0AN0sNAI5LDQClSw0A50sNAPNLDQBATA0ASEwNACw5FQCbTA0A8kwNAP9MDQBLTQ0AVE0NAKRNDQCmTQ0A/U0NAA5ODQBWTg0AZ04NAK9ODQDDTg0AhTkVAChPDQBhTw0AY08NALpPDQDRTw0AE1ANAB9QDQBsUA0AdFANAN45FQDHUA0AHlENACFRDQB3UQ0Af1ENANBRDQDdUQ0AKVINAC5SDQCCUg0AjFINANtSDQDjUg0ANFMNAE1TDQCNUw0AmVMNAOZTDQDyUw0AP1QNAExUDQCYVA0AoFQNAPFUDQABVQ0ASlUNAE9VDQCjVQ0ArFUNAPxVDQAJVg0AVVYNAFxWDQCuVg0AtlYNADc6FQAUVw0AYFcNAGNXDQC5Vw0Aw1cNABJYDQAUWA0Aa1gNAHxYDQDEWA0A1VgNAB1ZDQApWQ0AdlkNAH1ZDQDPWQ0A6VkNAChaDQAwWg0AgVoNAIJaDQCWZA0Ai1oNANpaDQDgWg0AM1sNAEdbDQCMWw0AlFsNAOVbDQDvWw0APlwNAENcDQCXXA0An1wNAPBcDQD+XA0ASV0NAFZdDQCiXQ0ApV0NAPtdDQAFXg0AVF4NAFZeDQCtXg0Avl4NAAZfDQAXXw0AX18NAGdfDQCQOhUAwl8NABFgDQAtYA0AamANAHJgDQDpOhUAxGANABxhDQAyYQ0AdWENAH1hDQDOYQ0A3GENACdiDQA0Yg0AgGINAINiDQDZYg0A42INADJjDQA0Yw0Ai2MNAJxjDQDkYw0A9WMNAD1kDQBFZA0AQjsVAKdkDQDvZA0A+2QNAEhlDQBKZQ0AoWUNAKRlDQD6ZQ0ABmYNAFNmDQBbZg0AmzsVALVmDQAFZw0AEmcNAF5nDQBmZw0At2cNAMlnDQAQaA0AHWgNAGloDQBqaA0AwmgNANhoDQAbaQ0AI2kNAHRpDQCCaQ0AzWkNANppDQAmag0AKWoNAH9qDQCJag0A2GoNANpqDQAxaw0AQmsNAIprDQCbaw0A42sNAOtrDQD0OxUASWwNAJVsDQCfbA0A7mwNAKJsDQAGzg8A/GwNAEdtDQBdbQ0AoG0NAKxtDQD5bQ0ABW4NAFJuDQBYbg0Aq24NALFuDQAEbw0ACW8NAF1vDQBjbw0ATTwVALtvDQAPcA0AEXANAGhwDQBvcA0AwXANAMlwDQAacQ0AHXENAHNxDQB8cQ0AzHENANtxDQAlcg0AMHINAH5yDQCGcg0A13INAOdyDQAwcw0APnMNAIlzDQCacw0A4nMNAO5zDQA7dA0AQ3QNAFg9FQCydA0A7XQNAPV0DQCxPRUAUnUNAJ91DQC1dQ0A+HUNAAB2DQBRdg0AcHYNAAo+FQCtdg0AwNENALd2DQADdw0ABncNALNwEwALdw0AXHcNAA13DQAkmxAAXncNALV3DQBmdw0AkoQNAG13DQBFfQ0AwncNAA54DQAieA0AZ3gNAG94DQDAeA0AxXgNABl5DQApeQ0AcnkNAHp5DQDLeQ0A1XkNACR6DQAveg0AfXoNAIl6DQDWeg0A3noNAGM+FQA0ew0AiHsNAJF7DQDhew0A53sNADp8DQBJfA0Ak3wNAJ98DQDsfA0A73wNALw+FQBKfQ0Ann0NAK19DQD3fQ0A+X0NAFB+DQBhfg0AqX4NALp+DQACfw0AFn8NAFt/DQBjfw0AtH8NAMJ/DQANgA0AGoANAGaADQBpgA0Av4ANAMmADQAYgQ0AGoENAHGBDQCCgQ0AyoENANuBDQAjgg0AL4INAHyCDQCDgg0A1YINAN2CDQAugw0ARYMNAIeDDQCTgw0A4IMNAPaDDQA5hA0APIQNABU/FQCdhA0A64QNAPeEDQBEhQ0ATIUNAG4/FQCphQ0A9oUNAAyGDQBPhg0AUoYNAKiGDQCwhg0AAYcNAAOHDQBahw0AdYcNALOHDQC1hw0ADIgNABqIDQBliA0AdogNAL6IDQDAiA0AF4kNADCJDQBwiQ0AgYkNAMmJDQDViQ0Axz8VACiKDQB7ig0AiYoNANSKDQDvig0ALYsNADmLDQCGiw0AjIsNAN+LDQDniw0AOIwNAEiMDQCRjA0AlowNAOqMDQDzjA0AQ40NAFCNDQCcjQ0Ao40NAPWNDQD9jQ0AIEAVAFOODQCnjg0ArY4NAACPDQAIjw0AWY8NAIWPDQCyjw0AuY8NAAuQDQAkkA0AZJANAHOQDQC9kA0A2ZANAHlAFQAikQ0Ab5ENAHmRDQDIkQ0A0JENACGSDQAokg0AepINAICSDQDTkg0A4ZINACyTDQBHkw0AhZMNAJGTDQDekw0A5JMNADeUDQA/lA0AkJQNAJ6UDQDplA0A9pQNAEKVDQBFlQ0Am5UNAKWVDQD0lQ0A9pUNAE2WDQBalg0AppYNALWWDQD/lg0AC5cNAFiXDQBglw0A0kAVALaXDQAKmA0AEJgNAGOYDQBrmA0AvJgNAOiYDQAVmQ0AHJkNAG6ZDQCHmQ0Ax5kNANaZDQAgmg0AKZoNAHmaDQB/mg0A0poNAOOaDQArmw0AU5sNAISbDQCwmw0A3ZsNAOSbDQA2nA0AT5wNAI+cDQCenA0A6JwNAASdDQArQRUARp0NAJqdDQCknQ0A850NAAOeDQBMng0AUZ4NAKWeDQCung0A/p4NAAufDQBXnw0AXp8NALCfDQC8nw0ACaANABygDQBioA0AcaANALugDQDHoA0AFKENABWhDQBtoQ0Ad6ENAMahDQDUoQ0AH6INACSiDQB4og0AhaINAIRBFQDiog0AKqMNACyjDQCDow0AhqMNANyjDQDfow0ANaQNADykDQCOpA0AmqQNAOekDQD3pA0AQKUNAFClDQCZpQ0AnqUNAPKlDQD7pQ0AS6YNAFimDQCkpg0Aq6YNAP2mDQAJpw0AVqcNAFynDQCvpw0AtacNAAioDQANqA0AYagNAGeoDQCPQhUAxKgNABOpDQAhqQ0AbKkNAHypDQDFqQ0Ax6kNAB6qDQAtqg0Ad6oNAIGqDQDQqg0A2KoNAJpDFQAvqw0AgqsNAI6rDQDzQxUA4KsNADSsDQA8rA0AjawNAJ2sDQDmrA0A9KwNAD+tDQBMrQ0AmK0NAJ+tDQDxrQ0A+a0NAKVEFQBbrg0Ao64NAKquDQD8rg0ABK8NAFWvDQBirw0Arq8NALOvDQAHsA0AEbANAGCwDQBosA0AubANANKwDQASsQ0AHrENAGuxDQBzsQ0A/kQVANCxDQAdsg0AILINAHayDQB7sg0Az7INAOCyDQAosw0AQ7MNAIGzDQCNsw0A2rMNAOGzDQAztA0AT7QNAIy0DQCUtA0AV0UVAOq0DQA+tQ0ASLUNAJe1DQCftQ0A8LUNAPK1DQCJiQ8AALYNAEm2DQBOtg0AorYNAKu2DQD7tg0ACLcNAFS3DQBbtw0AsEUVALa3DQAGuA0AE7gNAF+4DQBuuA0AuLgNAMK4DQARuQ0AH7kNAGq5DQBvuQ0Aw7kNANC5DQAcug0AJLoNAAlGFQB2ug0AzroNANq6DQAnuw0ANLsNAIC7DQCOuw0A2bsNAOa7DQAyvA0ASbwNAIu8DQCTvA0A5LwNAOq8DQA9vQ0ASb0NAJa9DQCzvQ0A770NAPi9DQBIvg0AVr4NAKG+DQCnvg0A+r4NAAa/DQBTvw0AWr8NAKy/DQC0vw0ABcANACTADQBiRhUAb8ANALfADQDDwA0AEMENABfBDQBpwQ0AccENAMLBDQDMwQ0AG8INACDCDQB0wg0AfMINAM3CDQDSwg0AJsMNACfDDQB/ww0Ai8MNANjDDQDlww0AMcQNADnEDQCKxA0AjcQNAOPEDQDtxA0APMUNAELFDQCVxQ0AocUNAO7FDQDwxQ0AR8YNAF3GDQCgxg0AvMYNAPnGDQABxw0Au0YVAFfHDQCrxw0As8cNAATIDQAHyA0AXcgNAGbIDQC2yA0AxcgNAA/JDQAayQ0AaMkNAHDJDQDByQ0A0ckNABrKDQAoyg0Ac8oNAITKDQDMyg0A2MoNACXLDQAtyw0AFEcVAITLDQDXyw0A38sNADDMDQA3zA0AicwNAJfMDQDizA0A6MwNADvNDQBHzQ0AlM0NAKPNDQDtzQ0A980NAEbODQBLzg0An84NAKXODQD4zg0ADM8NAG1HFQBdzw0Aqs8NALfPDQAD0A0ABtANAFzQDQBq0A0AtdANALrQDQAO0Q0AG9ENAGfRDQBv0Q0AxkcVAMjRDQAZ0g0AH9INAHLSDQAg0g0A4I4OAH7SDQDL0g0A6NINACTTDQAt0w0AfdMNAIvTDQDW0w0A3NMNAC/UDQA71A0AiNQNAI/UDQAfSBUA4tQNAIBtDgDt1A0AOtUNAPHUDQAGag4ATdUNAJPVDQCd1Q0A7NUNAPjVDQBF1g0AUtYNAJ7WDQCh1g0A99YNAAXXDQBQ1w0AVdcNAKnXDQC21w0AAtgNAArYDQB4SBUAYdgNALTYDQDC2A0ADdkNACjZDQBm2Q0ActkNAL/ZDQDF2Q0AKkkVADvaDQCDSRUAdtoNAMraDQDX2g0AI9sNADDbDQB82w0AiNsNANXbDQDk2w0ALtwNADjcDQCH3A0AldwNAODcDQDl3A0AOd0NAEbdDQCS3Q0Art0NAOvdDQDz3Q0A3EkVAEneDQCd3g0Ao94NAPbeDQD+3g0AT98NAFDfDQCo3w0Ar98NAAHgDQAG4A0AWuANAGLgDQCz4A0AweANAAzhDQAP4Q0AZeENAG3hDQC+4Q0Ay+ENABfiDQAc4g0AcOINAHriDQDJ4g0A0eINACLjDQAz4w0Ae+MNAIDjDQDU4w0A1uMNAC3kDQA05A0AhuQNAJLkDQDf5A0A5uQNADVKFQBE5Q0AkeUNAK7lDQDq5Q0A8+UNAEPmDQBR5g0AnOYNAKLmDQD15g0AAecNAE7nDQBV5w0Ap+cNAK/nDQAA6A0AFugNAFnoDQBe6A0AsugNALnoDQAL6Q0AFOkNAGTpDQB16Q0AvekNAMnpDQAW6g0AHuoNAOdKFQB16g0AyOoNAM3qDQAh6w0APOsNAHrrDQCI6w0A0+sNANrrDQAs7A0AOOwNAIXsDQCI7A0A3uwNAObsDQA37Q0AOO0NAJDtDQCS7Q0A6e0NAPjtDQBC7g0AYu4NAJvuDQCd7g0A9O4NAAvvDQBN7w0AWe8NAKbvDQCu7w0AQEsVAATwDQBY8A0AYPANALHwDQDB8A0ACvENABjxDQBj8Q0AdPENALzxDQDI8Q0AFfINABjyDQBu8g0AdvINAMfyDQDV8g0AIPMNAC3zDQB58w0AgfMNANLzDQAM9A0AmUsVAC30DQCE9A0AkvQNAN30DQDu9A0A8ksVADz1DQCP9Q0Am/UNAEtMFQAE9g0A/UwVAEr2DQCa9g0AsPYNAPP2DQD59g0AxvoNAAP3DQBM9w0ATvcNAKX3DQCz9w0A/vcNAA/4DQBWTRUAXvgNAK9NFQC8+A0ACfkNAAz5DQBi+Q0AbPkNALv5DQC++Q0AFPoNACb6DQBt+g0AifoNAAhOFQDP+g0AH/sNACz7DQB4+w0AgvsNANH7DQDf+w0AKvwNAED8DQCD/A0Aj/wNANz8DQDo/A0ANf0NADv9DQCO/Q0AlP0NAOf9DQDs/Q0AQP4NAEb+DQBhThUApf4NAPL+DQD1/g0AS/8NAFX/DQCk/w0Ap/8NAP3/DQAGAA4AVgAOAGQADgCvAA4AuQAOAAgBDgAUAQ4AYQEOAGQBDgC6AQ4AzAEOABMCDgAvAg4Auk4VAHsCDgDFAg4AygIOAB4DDgAnAw4AdwMOAIQDDgDQAw4A2gMOACkEDgA7BA4AggQOAJ4EDgATTxUA4QQOADQFDgA6BQ4AjQUOAJIFDgDmBQ4A7AUOAGxPFQBEBg4AmAYOAKEGDgDxBg4A+wYOAEoHDgBNBw4AowcOALEHDgD8Bw4AAwgOAFUIDgBhCA4ArggOAMYIDgAHCQ4ADAkOAGAJDgBwCQ4AuQkOANEJDgASCg4AHgoOAGsKDgB+Cg4AxAoOAMYKDgAdCw4AMwsOAHYLDgB3Cw4AzwsOAOALDgAoDA4ANAwOAIEMDgCEDA4A2gwOAPIMDgAzDQ4AQg0OAIwNDgCRDQ4A5Q0OAO4NDgA+Dg4ASw4OAJcODgChDg4A8A4OAAIPDgBJDw4AZQ8OAB5QFQCpDw4Anp4QAKwPDgD7Dw4ABxAOAFQQDgBXEA4ArRAOALcQDgAGEQ4ACREOAF8RDgBoEQ4AuBEOAMYRDgAREg4AGxIOAGoSDgB2Eg4Ad1AVAMsSDgAcEw4ALBMOAHUTDgB3Ew4AzhMOANwTDgAnFA4AOBQOANBQFQCGFA4A2RQOAOUUDgApURUAOxUOAIsVDgChFQ4A5BUOAPoVDgA9Fg4APxYOAJYWDgCcFg4A7xYOAAMXDgBIFw4AYBcOAKEXDgCyFw4A+hcOAAgYDgBTGA4AYBgOAKwYDgC4GA4ABRkOABcZDgBeGQ4AehkOALcZDgDJGQ4A21EVABEaDgBpGg4AdRoOAMIaDgDRGg4AGxsOACMbDgA0UhUAdhsOAM0bDgDbGw4AJhwOADccDgCNUhUAhhwOAOZSFQDgHA4AmFMVADIdDgBlOg4ANB0OAO0mDgA1HQ4A7h4OADcdDgBcKQ4AOB0OAHMjDgA6HQ4AezwOAD0dDgCKHQ4APh0OAF0hDgBAHQ4A7C4OAJAdDgDjHQ4A6R0OADweDgBBHg4AlR4OAJseDgDxUxUA8B4OAEcfDgBNHw4AoB8OAK0fDgD8VBUABiAOAFIgDgBpIA4AqyAOAMcgDgAEIQ4ADCEOAFVVFQBiIQ4AtiEOAMAhDgAPIg4AHSIOAGgiDgB3Ig4AwSIOAM0iDgCuVRUAIiMOAAdWFQB/Iw4AzCMOAM0jDgAlJA4AKyQOAH4kDgCKJA4A1yQOAOYkDgAwJQ4AMiUOAIklDgCTJQ4A4iUOAO4lDgA7Jg4AQiYOAGBWFQCcJg4AuVYVAPcmDgBGJw4ATCcOAJ8nDgCtJw4A+CcOAAcoDgBRKA4AWygOAKooDgDGKA4AAykOAAspDgASVxUAaCkOALUpDgDEKQ4ADioOABMqDgBnKg4AgioOAMAqDgDMKg4AGSsOAB8rDgByKw4AdCsOAMsrDgDkKw4AJCwOADUsDgB9LA4AiSwOANYsDgDuLA4ALy0OADstDgCILQ4Aji0OAOEtDgDnLQ4AOi4OAD8uDgCTLg4AmS4OAGtXFQDxLg4ARS8OAEsvDgCeLw4AWy8OAHw0DgCqLw4A9y8OAA8wDgBQMA4AVDAOAA0yDgBcMA4AqTAOAK8wDgACMQ4ACDEOAFsxDgBgMQ4AtDEOALoxDgB2WBUADzIOAGYyDgBsMg4AvzIOAMwyDgCBWRUAJTMOAHEzDgCIMw4AyjMOAOYzDgAjNA4AKzQOANpZFQB9NA4A1TQOAOM0DgAuNQ4APzUOAIc1DgCTNQ4A4DUOAPg1DgA5Ng4APTYOAPY3DgBFNg4AkjYOAJg2DgDrNg4A8TYOAEQ3DgBJNw4AnTcOAKM3DgAzWhUA+DcOAE84DgBVOA4AqDgOALU4DgA+WxUADjkOAFo5DgBxOQ4AszkOAM85DgAMOg4AFDoOAJdbFQBnOg4AvjoOAMQ6DgAXOw4AGjsOAHA7DgB8Ow4AyTsOAOU7DgAiPA4AKjwOAPBbFQB+PA4A1DwOAOA8DgAtPQ4AMz0OAIY9DgCePQ4A3z0OAOM9DgCcPw4A5j0OACFEDgDrPQ4AOD4OAOw9DgALQg4APj4OAJE+DgCXPg4A6j4OAO8+DgBDPw4AST8OAElcFQCePw4A9T8OAPs/DgBOQA4AW0AOAFRdFQC0QA4AAEEOABdBDgBZQQ4AdUEOALJBDgC6QQ4ArV0VABBCDgBkQg4AbkIOAL1CDgDLQg4AFkMOACVDDgBvQw4Ae0MOAAZeFQDQQw4AX14VAC1EDgB6RA4Ae0QOANNEDgDZRA4ALEUOADhFDgCFRQ4AlEUOAN5FDgDgRQ4AN0YOAEFGDgCQRg4AnEYOAOlGDgDwRg4AuF4VAEpHDgARXxUApUcOAPRHDgAASA4ATUgOAGNIDgCmSA4AskgOAP9IDgASSQ4AWEkOAGZJDgCxSQ4Au0kOAGpfFQASSg4Aw18VAHlKDgC8Sg4AyEoOABVLDgAiSw4AbksOAHhLDgDHSw4AyUsOACBMDgAqTA4AeUwOAIdMDgDSTA4A10wOACtNDgA4TQ4AhE0OAIxNDgDdTQ4A7U0OADZODgA4Tg4Aj04OAJhODgDoTg4A+U4OAEFPDgBLTw4AHGAVAKZPDgDzTw4AClAOAExQDgBnUA4AdWAVAL5QDgD+UA4ABFEOAFdRDgBhUQ4AzmAVALJRDgAJUg4AGlIOAGJSDgBqUg4Au1IOAH5SDgDMfA4Ax1IOABRTDgAaUw4AbVMOAHNTDgDGUw4Ay1MOAB9UDgAlVA4AJ2EVAJRUDgDRVA4A2VQOADJiFQA4VQ4Ag1UOAJRVDgDcVQ4A7VUOADVWDgBBVg4AjlYOAJVWDgCLYhUA+FYOAEBXDgBRVw4AmVcOAKVXDgDyVw4A+VcOAORiFQBNWA4ApFgOAKVYDgD9WA4ABVkOAFZZDgBbWQ4Ar1kOALhZDgAIWg4AEloOAGFaDgBpWg4AuloOAL9aDgATWw4AI1sOAGxbDgB0Ww4AxVsOANtbDgAeXA4AKlwOAHdcDgCNXA4A0FwOANVcDgApXQ4AL10OAIJdDgCWXQ4APWMVAPFdDgA0Xg4AQl4OAI1eDgCaXg4A5l4OAOheDgA/Xw4ASV8OAJhfDgCkXw4A8V8OAPhfDgBKYA4AUmAOAKNgDgC8YA4A/GAOABBhDgBVYQ4AXWEOAK5hDgCwYQ4AB2IOABRiDgBgYg4AZWIOALliDgDDYg4AEmMOAB1jDgBrYw4Ad2MOAMRjDgDKYw4AHWQOACVkDgB2ZA4Ad2QOAM9kDgDVZA4AKGUOAC1lDgCBZQ4AkGUOANplDgDmZQ4AM2YOADZmDgCMZg4Aj2YOAJZjFQDqZg4APmcOAFpnDgDvYxUAt2cOAEhkFQDzZw4ASWgOAFNoDgD6ZBUAqGgOAPtoDgAHaQ4AU2UVAFppDgCtaQ4AuWkOAMJnFQAIag4AX2oOAGlqDgC4ag4AumoOABFrDgAiaw4AamsOAHJrDgDDaw4Az2sOABxsDgAibA4AdWwOAHtsDgDObA4A02wOACdtDgAtbQ4AG2gVAIJtDgDZbQ4A320OADJuDgA1bg4Ai24OAJduDgDkbg4A7G4OACZpFQBDbw4Alm8OAJxvDgDvbw4A9G8OAEhwDgBOcA4Af2kVAKNwDgD6cA4AA3EOAFNxDgBqcQ4ArHEOALdxDgAFcg4AD3IOAF5yDgBmcg4AimoVAMRyDgAQcw4AGHMOAGlzDgBzcw4AwnMOAM1zDgAbdA4AIXQOAHR0DgCAdA4AzXQOAM90DgAmdQ4ALXUOAH91DgCHdQ4A2HUOAOp1DgDjahUAcnYOAIp2DgCSdg4A43YOAAZ3DgDuaxUAPncOAJV3DgCidw4A7ncOAPV3DgBHeA4AWHgOAKB4DgCseA4A+XgOAAB5DgBSeQ4AU3kOAKeZDgBaeQ4AR2wVAL55DgAEeg4AE3oOAF16DgBpeg4AtnoOALd6DgAPew4AGXsOAGh7DgB2ew4AwXsOAMZ7DgAafA4AJ3wOAKBsFQB7fA4A+WwVANR8DgBSbRUAM30OAH59DgCNfQ4A130OAPd9DgAwfg4APH4OAIl+DgCQfg4A4n4OAOp+DgA7fw4APX8OAJR/DgCefw4AXW4VAPd/DgBGgA4AToAOALZuFQCpgA4A+IAOAACBDgAPbxUAk4EOAKqBDgCygQ4AA4IOACGCDgBobxUAYYIOAKx8DwBogg4AFM0RAGqCDgC1gg4AvIIOAFyYEADFgg4ADoMOAB6DDgBngw4Ac4MOAMCDDgDGgw4AGYQOADWEDgByhA4AeoQOAMFvFQDfhA4AJIUOAC6FDgB9hQ4AiYUOANaFDgDehQ4AGnAVADqGDgCIhg4AioYOAOGGDgDnhg4AOocOAEKHDgBzcBUAo4cOAOyHDgDuhw4ARYgOAFOIDgCeiA4Ar4gOAMxwFQD+iA4AJXEVAFaJDgCpiQ4ArokOAAKKDgAIig4AfnEVAGWKDgC0ig4AtooOAA2LDgAgiw4AZosOAG6LDgC/iw4Ay4sOABiMDgAejA4AcYwOAHeMDgDKjA4Az4wOACONDgApjQ4AiXIVAIWNDgDVjQ4A4o0OAC6ODgA1jg4Ah44OAI+ODgDichUA7I4OADmPDgBDjw4Ako8OAJ6PDgDrjw4A+o8OAESQDgBOkA4AnZAOAKmQDgD2kA4A/ZAOADtzFQBXkQ4AlHMVALSRDgABkg4AC5IOAFqSDgBmkg4As5IOAMKSDgAMkw4AFpMOAGWTDgBxkw4AvpMOAMWTDgDtcxUAJZQOAHCUDgA3lA4AuXgQAIeUDgDJlA4A1pQOACKVDgAklQ4Ae5UOAIyVDgDUlQ4A8JUOAC2WDgA1lg4ARnQVAJ+WDgDflg4A85YOADiXDgBAlw4AkZcOAJSXDgDqlw4A+JcOAEOYDgBamA4AnJgOAKmYDgD1mA4A95gOAE6ZDgBfmQ4An3QVAK2ZDgAAmg4ABZoOAFmaDgBvmg4AspoOAMCaDgALmw4ADpsOAGSbDgBwmw4AvZsOAMObDgAWnA4AIpwOAG+cDgCbnA4AyJwOANScDgAhnQ4AMJ0OAHqdDgCEnQ4A050OAOGdDgAsng4AMZ4OAIWeDgCSng4A+HQVAOCeDgA3nw4ARZ8OAJCfDgCdnw4A6Z8OAPufDgBRdRUAUaAOAJugDgCnoA4A9KAOAA2hDgBNoQ4AT6EOAKahDgC1oQ4A/6EOAB+iDgBYog4AYKIOALGiDgDUog4AqnUVAA+jDgBjow4AZqMOALyjDgDGow4AFaQOAB2kDgBupA4AdKQOAMekDgDTpA4AIKUOAC+lDgB5pQ4AhaUOANKlDgDfpQ4AK6YOADWmDgCEpg4AjKYOAN2mDgDspg4ANqcOADinDgCPpw4AoKcOAOinDgD5pw4AQagOAEmoDgCaqA4Aq6gOAPOoDgD1qA4ATKkOAE+pDgClqQ4Ar6kOAP6pDgAiqg4AV6oOAHOqDgADdhUAtqoOAAmrDgAOqw4AYqsOAHGrDgC7qw4Ax6sOABSsDgAXrA4AbawOAHCsDgDGrA4AzqwOAB+tDgAurQ4AeK0OAH2tDgDRrQ4A560OACquDgArrg4Ag64OAJSuDgDcrg4A6K4OADWvDgA/rw4Ajq8OAJqvDgDnrw4A7q8OAFx2FQBEsA4AmbAOAKewDgDysA4A/LAOAEuxDgBWsQ4ApLEOAKyxDgD9sQ4ACbIOAFayDgBpsg4Ar7IOAL2yDgAIsw4AErMOAGGzDgBpsw4AurMOAMmzDgATtA4AGLQOAGy0DgBztA4AxbQOANG0DgC1dhUAKrUOAHe1DgB6tQ4A0LUOANO1DgAptg4AMbYOAKZpEQBDtg4AgrYOAI62DgDbtg4A7rYOADS3DgBCtw4AjbcOAJe3DgDmtw4ACbgOAA53FQBJuA4AmLgOAKS4DgDxuA4A+LgOAEq5DgBSuQ4Ao7kOAKe5DgD8uQ4ACroOAFW6DgBfug4ArroOALm6DgAHuw4AD7sOAGC7DgBvuw4AubsOAL67DgASvA4AGbwOAGu8DgB3vA4AxLwOAMy8DgBndxUAM70OAAlzEQA2vQ4Adr0OAIC9DgDPvQ4A270OACi+DgArvg4Agb4OAIu+DgDavg4A3b4OADO/DgBDvw4AjL8OAI6/DgDlvw4A878OAD7ADgBPwA4AwHcVAJ7ADgAZeBUACcEOAEnBDgBTwQ4AosEOAK7BDgD7wQ4A/sEOAFTCDgBewg4AcngVALLCDgAGww4AJsMOAMt4FQBtww4AuMMOAM7DDgARxA4AHcQOAGrEDgBxxA4Aw8QOAMvEDgAcxQ4AIcUOAHXFDgB+xQ4AzsUOANjFDgAnxg4AL8YOAIDGDgCOxg4A2cYOAObGDgAyxw4AOscOAH15FQCbxw4A5McOAOzHDgDWeRUARMgOAJbIDgCiyA4A78gOAPbIDgBIyQ4AUMkOAKHJDgCryQ4A+skOAAjKDgBTyg4AacoOAKzKDgC4yg4ABcsOAArLDgBeyw4AZ8sOALfLDgDByw4AEMwOABjMDgBpzA4AbswOAMLMDgDSzA4AG80OACPNDgAvehUAgs0OAM3NDgDjzQ4AJs4OADLODgB/zg4Ahs4OANjODgDgzg4AMc8OADbPDgCKzw4Ak88OAOPPDgDtzw4APNAOAETQDgCV0A4Al9AOAMDcDgCj0A4A7tAOAPvQDgBH0Q4AT9EOAIh6FQCs0Q4A+dEOAPzRDgBS0g4AXNIOAOF6FQC50g4ABNMOABrTDgBd0w4AadMOALbTDgC90w4AD9QOABfUDgBo1A4AbdQOAMHUDgDK1A4AGtUOACTVDgBz1Q4Ae9UOAMzVDgDO1Q4AJdYOADXWDgB+1g4AiNYOANfWDgDj1g4AMNcOADbXDgCTexUAl9cOAOLXDgD41w4AO9gOAEfYDgCU2A4AmdgOAO3YDgD22A4ARtkOAFDZDgCf2Q4Ap9kOAPjZDgAa2g4A7HsVAGDaDgCq2g4AttoOAAPbDgAE2w4AXNsOAGbbDgC12w4Aw9sOAA7cDgAT3A4AZ9wOAHTcDgBFfBUA0NwOABndDgAj3Q4Act0OAH7dDgDL3Q4A0d0OACTeDgAs3g4AUH0VAILeDgDW3g4A3t4OAC/fDgA73w4AnekOAEjfDgCI3w4AlN8OAOHfDgDp3w4AqX0VAEfgDgCT4A4Am+AOAOzgDgD64A4AReEOAFLhDgCe4Q4AoeEOAPfhDgAB4g4AUOIOAFLiDgCp4g4AtuIOAALjDgAR4w4AW+MOAGfjDgC04w4AvOMOAAJ+FQAd5A4AZuQOAG7kDgC/5A4Ay+QOABjlDgAe5Q4AceUOAHflDgDK5Q4Az+UOACPmDgAp5g4AW34VAInmDgDV5g4A2uYOAC7nDgA45w4Ah+cOAI/nDgDg5w4A7OcOADnoDgBM6A4AkugOAKDoDgDr6A4A7ugOAETpDgBO6Q4AtH4VALDpDgD26Q4ABOoOAE/qDgBS6g4AqOoOALLqDgANfxUABusOAFrrDgAP6w4AVgsPAGLrDgCz6w4Av+sOAAzsDgAS7A4AZewOAB/sDgDnCA8Aa+wOAL7sDgDD7A4AF+0OAB3tDgBmfxUAdu0OAMntDgDO7Q4AIu4OACjuDgC/fxUAie4OANTuDgDv7g4ALe8OADnvDgCG7w4Aje8OABiAFQDo7w4AOPAOAEXwDgCR8A4AnfAOAOrwDgD98A4AQ/EOAETxDgCc8Q4AqPEOAPXxDgAE8g4ATvIOAFjyDgCn8g4As/IOAADzDgAH8w4AcYAVAF/zDgCy8w4AuPMOAAv0DgAQ9A4AZPQOAGr0DgAjgRUAxvQOABb1DgAj9Q4Ab/UOAHP1DgDI9Q4AyvUOACH2DgAu9g4AevYOAIT2DgB8gRUA2vYOACz3DgA09w4AhfcOAJH3DgDe9w4A8fcOADf4DgBG+A4AkPgOAJz4DgDp+A4A6vgOAEL5DgBM+Q4Am/kOAKn5DgD0+Q4A+fkOAE36DgBa+g4A1YEVALL6DgD/+g4ABfsOAFj7DgBe+w4AsfsOALb7DgAK/A4AEPwOAC6CFQBo/A4AvPwOAMb8DgDgghUAHf0OAG79DgB7/Q4Ax/0OAMz9DgAg/g4AKv4OAHn+DgCB/g4A0v4OAN7+DgAr/w4APv8OAIT/DgCF/w4A3f8OAOn/DgA2AA8ARQAPAI8ADwCZAA8A6AAPAPAADwBBAQ8AQwEPADmDFQCjAQ8A8wEPAAICDwBMAg8AWwIPAKUCDwCxAg8A/gIPAAEDDwBXAw8AWgMPAJKDFQCyAw8ACQQPAAwEDwBiBA8AagQPALsEDwDIBA8AFAUPABkFDwBtBQ8AdwUPAMYFDwDOBQ8AHwYPACsGDwB4Bg8AiwYPANEGDwDSBg8AKgcPADYHDwCDBw8AkgcPANwHDwDmBw8ANQgPAEEIDwCOCA8AlQgPAOuDFQD2CA8AQAkPAEwJDwCZCQ8AmgkPAPIJDwD8CQ8ASwoPAFkKDwCkCg8AqQoPAP0KDwAKCw8ARIQVAGcLDwCdhBUAvAsPAAgMDwAWDA8AYQwPAHIMDwC6DA8A3AwPAPaEFQAYDQ8AbA0PABkNDwAXRg8AdA0PAMUNDwDGDQ8AShIPAMgNDwBVEw8Ayg0PAD8RDwDLDQ8AuRQPAMwNDwA0EA8A1A0PAB4ODwDeDQ8A2hcPACMODwB3Dg8AhA4PANAODwDdDg8AKQ8PADUPDwCCDw8AkQ8PANsPDwDlDw8AT4UVAEIQDwCNEA8AjxAPAOYQDwD3EA8AqIUVAEARDwCYEQ8ApBEPAPERDwD+EQ8AAYYVAFgSDwCjEg8AsBIPAPwSDwATEw8AWoYVAF4TDwAdFg8AXxMPAK4TDwCwEw8ABxQPAA0UDwBgFA8AahQPALOGFQDFFA8AEhUPABQVDwBrFQ8AehUPAMQVDwDPFQ8ADIcVACwWDwB2Fg8AhRYPAM8WDwDbFg8AKBcPADQXDwCBFw8AiBcPAGWHFQDmFw8AMxgPADsYDwC+hxUApRgPAOUYDwD2GA8APhkPAEoZDwAXiBUAnhkPAPAZDwD4GQ8ASRoPAEoaDwCiGg8AqBoPAPsaDwAAGw8AVBsPAFUbDwCtGw8AuRsPAAYcDwAMHA8AXxwPAGkcDwC4HA8AxhwPAEgiDwDMHA8AER0PABkdDwBwiBUAeh0PAMMdDwDLHQ8AHB4PACUeDwB1Hg8AKR4PAD0hDwCCHg8Azh4PANUeDwAnHw8AMx8PAIAfDwCQHw8A2R8PAOcfDwAyIA8APyAPAIsgDwCXIA8A5CAPAOsgDwDJiBUARiEPAJYhDwCnIQ8A7yEPAAAiDwAiiRUAVCIPAKEiDwCkIg8A+iIPAAIjDwBTIw8AWCMPAKwjDwC8Iw8ABSQPAA0kDwBeJA8AZyQPALckDwBrJA8AfycPAMQkDwAQJQ8AFyUPAGklDwB1JQ8AwiUPANIlDwAbJg8AKSYPAHQmDwCBJg8AzSYPANkmDwAmJw8ALScPAHuJFQCIJw8A2CcPAOknDwAxKA8AQigPANSJFQCPKA8A4ygPAPAoDwA8KQ8ASCkPAJUpDwCfKQ8A7ikPAAIqDwBHKg8ASCoPAKAqDwCsKg8A+SoPABgrDwBSKw8AWisPAKsrDwCwKw8ABCwPAB0sDwBdLA8AiSwPALYsDwDCLA8ADy0PAB4tDwBoLQ8Aci0PAMEtDwDJLQ8AGi4PACUuDwBzLg8AdS4PAMwuDwDPLg8AJS8PAC0vDwB+Lw8Aiy8PANcvDwDcLw8AMDAPADgwDwCJMA8AizAPAOIwDwDsMA8AOzEPAEUxDwCUMQ8AmjEPAO0xDwD7MQ8ARjIPAF8yDwCfMg8AqDIPAPgyDwACMw8AUTMPAF0zDwAtihUAtjMPAAM0DwANNA8AXDQPAGc0DwC1NA8AujQPAA41DwAVNQ8AZzUPAG81DwDANQ8A7TUPAIaKFQAgNg8AcjYPAHo2DwDLNg8A+DYPACQ3DwApNw8AfTcPAH43DwDWNw8A4DcPAC84DwA9OA8AiDgPAI04DwDhOA8A7jgPADo5DwBWOQ8AkzkPAK85DwDfihUA+TkPAEU6DwBJOg8AnjoPAKQ6DwD3Og8A+ToPAFA7DwBROw8AqTsPAMw7DwACPA8AJjwPAFs8DwCIPA8AtDwPALw8DwANPQ8AEj0PAGY9DwBzPQ8Avz0PAMc9DwAYPg8AGj4PAHE+DwB5Pg8Ayj4PAPc+DwAjPw8AMD8PAHw/DwCBPw8A1T8PAOI/DwAuQA8AOkAPAIdADwC0QA8A4EAPAOhADwA5QQ8AVEEPAJJBDwCUQQ8A60EPAPxBDwBEQg8ATUIPAJ1CDwCpQg8AOIsVAANDDwBPQw8AakMPAKhDDwCtQw8AAUQPACFEDwCRixUAYkQPAOqLFQDBRA8ADEUPABZFDwBlRQ8AcEUPAL5FDwDGRQ8AnIwVACBGDwBwRg8AekYPAMlGDwDURg8AIkcPADZHDwB7Rw8AkEcPANRHDwDcRw8ALUgPAERIDwCGSA8Ai0gPAN9IDwDpSA8AOEkPAEBJDwD1jBUAk0kPAOpJDwD7SQ8AQ0oPAEZKDwCcSg8AqEoPAE6NFQADSw8ATksPAF9LDwCnjRUAqksPAABMDwADTA8AWUwPAGVMDwCyTA8AuEwPAAtNDwAVTQ8AAI4VAHFNDwC9TQ8A1E0PABZODwAeTg8AWY4VAHVODwDITg8Azk4PACFPDwA5Tw8Aek8PAHxPDwDTTw8A1k8PACxQDwAvUA8AhVAPAJFQDwDeUA8A5FAPADdRDwBBUQ8AC48VAJVRDwDpUQ8A9lEPAGSPFQBSUg8Am1IPAKdSDwD0Ug8A+lIPAE1TDwBZUw8AplMPAFtTDwC+GBMAs1MPAP9TDwAOVA8AWFQPAGRUDwCxVA8AuVQPAL2PFQASVQ8AY1UPAGVVDwC8VQ8Ay1UPABVWDwAfVg8AblYPAHdWDwDHVg8AyVYPACBXDwAxVw8AeVcPAI5XDwDSVw8A2lcPACtYDwBuWA8AhFgPAIxYDwDdWA8A6VgPADZZDwBJWQ8Aj1kPAJBZDwDoWQ8A9FkPAEFaDwBQWg8AmloPAKRaDwDzWg8A/1oPAExbDwBTWw8Ab5AVAMFbDwDIkBUAAVwPAFdcDwBfXA8AsFwPAL1cDwAJXQ8ADl0PAGJdDwBsXQ8Au10PAMNdDwAUXg8AHl4PAJliDwAkXg8Ar2QPAEFeDwBtXg8Ad14PAMZeDwB9Xg8Ag2APAMxeDwAfXw8AKF8PAHhfDwCEXw8A0V8PAP5fDwAqYA8ARmAPAHqRFQCFYA8A3GAPAO1gDwA1YQ8AOGEPAI5hDwCaYQ8A52EPABRiDwBAYg8AXGIPANORFQCfYg8A8mIPAPtiDwBLYw8AVWMPAKRjDwCvYw8A/WMPABFkDwBWZA8AcmQPACySFQCxZA8ACGUPABllDwBhZQ8AZGUPALplDwDOZQ8AE2YPAC9mDwCFkhUAdGYPAN6SFQDPZg8AHmcPACdnDwB3Zw8AeWcPANBnDwDhZw8AKWgPAE1oDwA3kxUAnGgPAJCTFQDgaA8ANGkPAE1pDwCNaQ8Al2kPAOZpDwDoaQ8AP2oPAE1qDwCYag8ApWoPAPFqDwD9ag8ASmsPAFFrDwCjaw8Aq2sPAOmTFQAEbA8AQpQVAGFsDwCubA8Ay2wPAAdtDwAQbQ8AYG0PAG5tDwC5bQ8Av20PABJuDwAebg8Aa24PAHJuDwDEbg8AzG4PAB1vDwAnbw8Adm8PAIJvDwDPbw8A0m8PAChwDwAycA8A9JQVAIZwDwDacA8A9XAPADNxDwA/cQ8AjHEPAJJxDwDlcQ8A53EPAD5yDwBVcg8Al3IPAKNyDwDwcg8A+HIPAKaVFQBZcw8AonMPAKpzDwD/lRUAB3QPAFR0DwBadA8ArXQPALN0DwAGdQ8AC3UPAF91DwBldQ8AWJYVAMJ1DwARdg8AGXYPAAqXFQBwdg8Aw3YPAMt2DwAcdw8AKXcPAHV3DwCBdw8AzncPANB3DwAneA8ALXgPAIB4DwCIeA8AY5cVAOZ4DwAyeQ8AOXkPAIt5DwCTeQ8A5HkPAOl5DwA9eg8ATXoPAJZ6DwCeeg8A73oPAP16DwBIew8AVXsPAKF7DwCiew8A+nsPAAN8DwBTfA8AXXwPALyXFQC4fA8ABX0PAAh9DwBefQ8AZn0PALd9DwDEfQ8AEH4PABV+DwBpfg8Ac34PAMJ+DwDKfg8AG38PACd/DwB0fw8Ah38PAM1/DwDbfw8AJoAPACmADwB/gA8AiYAPABWYFQDdgA8AMYEPAD2BDwCKgQ8AjYEPAOOBDwDrgQ8APIIPAEmCDwCVgg8AmoIPAO6CDwD4gg8AR4MPAE+DDwCggw8ArIMPAPmDDwAMhA8AUoQPAGCEDwCrhA8AroQPAASFDwAOhQ8AbpgVAGOFDwC2hQ8AwoUPAA+GDwARhg8AaIYPAG+GDwDBhg8A1YYPABqHDwAihw8Ac4cPAH+HDwDMhw8A34cPACWIDwAziA8AfogPAIGIDwDXiA8A4YgPADCJDwAziQ8Ax5gVAKSJDwDiiQ8A5IkPADuKDwBJig8AlIoPAKWKDwDtig8A74oPAEaLDwBfiw8An4sPALCLDwD4iw8ABIwPACCZFQBajA8AqowPALeMDwADjQ8ADY0PAFyNDwBqjQ8AtY0PAMuNDwAOjg8AGo4PAGeODwBzjg8AwI4PANOODwAZjw8AKI8PAHKPDwB+jw8Ay48PAMyPDwAkkA8ALpAPAH2QDwCLkA8A1pAPANuQDwAvkQ8APJEPAHmZFQCWkQ8A4ZEPAPeRDwA6kg8ARpIPAJOSDwCakg8A7JIPAPSSDwBFkw8ASpMPAJ6TDwCnkw8A95MPAAGUDwBQlA8AWJQPAKmUDwCtlA8AApUPAASVDwBblQ8AaZUPALSVDwC+lQ8ADZYPABuWDwBmlg8Ac5YPAL+WDwDWlg8AGJcPACCXDwBxlw8AgZcPAMqXDwDPlw8AI5gPACmYDwB8mA8AhJgPANWYDwDamA8ALpkPAC+ZDwCHmQ8Ak5kPAOCZDwDmmQ8AOZoPADuaDwCSmg8AnJoPAOuaDwD5mg8ARJsPAEmbDwCdmw8AqpsPAISaFQD8mw8AT5wPAFScDwConA8ArpwPAN2aFQAGnQ8AWp0PAGedDwCznQ8AwJ0PAAyeDwAYng8AZZ4PAHSeDwC+ng8AyJ4PABefDwAlnw8AcJ8PAHWfDwDJnw8A1p8PACKgDwAqoA8A6JsVAIegDwDUoA8A5KAPAC2hDwA2oQ8AhqEPAImhDwDfoQ8A66EPADiiDwA/og8AQZwVAJaiDwDqog8A96IPAEOjDwBQow8AnKMPAKijDwD1ow8ABKQPAE6kDwBYpA8Ap6QPALWkDwAApQ8ABaUPAFmlDwBmpQ8AsqUPALqlDwCanBUAF6YPAGSmDwB0pg8AvaYPAMamDwAWpw8AGacPAG+nDwB7pw8AyKcPAM+nDwDznBUAJqgPAHqoDwCDqA8Akc4TAIeoDwDTqA8A4KgPACypDwA4qQ8AhakPAJSpDwDeqQ8A6KkPADeqDwBFqg8AkKoPAJWqDwDpqg8A9qoPAEKrDwBKqw8ATJ0VAKerDwD0qw8ABKwPAE2sDwBWrA8ApqwPAKmsDwD/rA8AC60PAFitDwBfrQ8ApZ0VAMitDwAKrg8AEK4PAGOuDwBvrg8AvK4PANOuDwAVrw8AF68PAG6vDwB4rw8Ax68PANOvDwAgsA8ALLAPAHmwDwB/sA8A0rAPANiwDwArsQ8AMLEPAISxDwCKsQ8A/p0VAPexDwBXnhUAPLIPANlLEwBPsg8Aj7IPAJ2yDwDosg8A7bIPAEGzDwBKsw8AmrMPAJ2zDwDzsw8ACLQPAEy0DwBUtA8ApbQPAK+0DwD+tA8ACrUPAFe1DwBatQ8AsLUPALq1DwCwnhUAFbYPAGK2DwBstg8Au7YPAMS2DwAUtw8AGrcPAG23DwB6tw8AxrcPANK3DwAfuA8AJrgPAHi4DwCAuA8AYp8VANu4DwAquQ8ANrkPAIO5DwCGuQ8A3LkPAOa5DwAUoBUAO7oPAI66DwCXug8A57oPAPS6DwDGoBUAQbsPAJm7DwCbuw8A8rsPAPW7DwBLvA8ATrwPAB+hFQCrvA8AeKEVAAu9DwBWvQ8AV70PACqiFQC7vQ8ACL4PAA++DwBhvg8Aab4PAD4NFgB9vg8Ag6IVANS+DwATvw8ALb8PAI6jFQB6vw8Axb8PANa/DwAewA8AJsAPAHfADwB8wA8A0MAPANnADwApwQ8AM8EPAILBDwCwwQ8A56MVAOPBDwBApBUAPcIPAI3CDwCbwg8AJEIQAKPCDwDmwg8A/MIPAD/DDwBBww8AmMMPAJ7DDwDxww8ABcQPAErEDwBSxA8Ao8QPAKnEDwD8xA8ACMUPAFXFDwBWxQ8ArsUPALPFDwAHxg8ADcYPAGDGDwBqxg8AmaQVAMXGDwASxw8AFccPAGvHDwB1xw8A8qQVAOzHDwBLpRUAJsgPAHbIDwCHyA8Az8gPANnIDwAoyQ8ARMkPAIHJDwCJyQ8ApKUVANzJDwAzyg8AQcoPAIzKDwCdyg8A/aUVAOfKDwA+yw8AQcsPAJfLDwCayw8AVqYVAPXLDwBJzA8AU8wPAKLMDwCuzA8A+8wPAP7MDwBUzQ8AXs0PAK3NDwCwzQ8Ar6YVABTODwBfzg8AbM4PALjODwDPzg8AEc8PABnPDwBqzw8Abc8PAMPPDwDPzw8AHNAPAC3QDwB10A8AgdAPAM7QDwDd0A8AJ9EPADHRDwCA0Q8AjNEPANnRDwDg0Q8AMtIPADrSDwCL0g8AldIPAOTSDwDw0g8APdMPAEDTDwCW0w8AoNMPAAinFQAJ1A8AYacVAFLUDwCh1A8Ao9QPAPrUDwAA1Q8AU9UPAF3VDwCs1Q8AtNUPABOoFQAI1g8ACX4SABDWDwBe1g8AX9YPALfWDwDB1g8AENcPADvXDwBsqBUAedcPAMLXDwDE1w8AG9gPACnYDwB02A8AhdgPAMWoFQDT2A8AJtkPADLZDwB/2Q8AgdkPANjZDwDb2Q8AMdoPADbaDwCK2g8Al9oPAOPaDwD/2g8APNsPAETbDwB3qRUAotsPAO7bDwAJ3A8AR9wPAEncDwCg3A8AsdwPAPncDwAH3Q8AUt0PAFndDwCr3Q8As90PAATeDwAJ3g8AXd4PAGbeDwC23g8AwN4PAA/fDwAQ3w8AaN8PAHHfDwDB3w8Ay98PABrgDwAi4A8Ac+APAIPgDwDM4A8A0uAPACXhDwAq4Q8AfuEPAJThDwDX4Q8A3+EPADDiDwAz4g8AieIPAD/iDwDt4w8AqeIPAOLiDwDw4g8AO+MPADzjDwDQqRUApOMPACmqFQD+4w8ARuQPAFLkDwCf5A8AoeQPAPjkDwAF5Q8AgqoVAFflDwCq5Q8AyuUPAAPmDwAL5g8A26oVAA/mDwAL/w8AZeYPALXmDwDL5g8ADucPACTnDwBn5w8AaecPAMDnDwDG5w8AGegPAC3oDwCNqxUAf+gPAOarFQDS6A8AJOkPACzpDwB96Q8Ah+kPANbpDwDi6Q8AL+oPADLqDwCI6g8AkuoPAD+sFQDq6g8AOusPAFDrDwCT6w8AqesPAOzrDwDu6w8ARewPAEvsDwCe7A8AsuwPAPGsFQD57A8AUO0PAAftDwDfGxMAcO0PAEqtFQCw7Q8AAu4PAAruDwBb7g8AZe4PALTuDwDA7g8ADe8PABDvDwBm7w8AcO8PAKOtFQDI7w8AGPAPAC7wDwBx8A8Ah/APAMrwDwDM8A8AI/EPACnxDwB88Q8AkPEPAFWuFQDX8Q8ALvIPADzyDwCH8g8AmPIPAK6uFQDn8g8AB68VAEXzDwCS8w8AlfMPAOvzDwD18w8Aua8VAE30DwCd9A8As/QPAPb0DwAM9Q8AT/UPAFH1DwCo9Q8ArvUPAAH2DwAV9g8Aa7AVAGb2DwCz9g8AtfYPAAz3DwAs9w8AxLAVAG/3DwC+9w8AyvcPABf4DwAa+A8AcPgPAHr4DwAdsRUA0vgPACL5DwA4+Q8Ae/kPAJH5DwDU+Q8A1vkPAC36DwAz+g8AhvoPAJr6DwDPsRUA4/oPADj7DwBA+w8AkfsPAJv7DwDq+w8A9vsPAEP8DwBG/A8AnPwPAKb8DwAoshUA/vwPAE79DwBk/Q8Ap/0PAL39DwAA/g8AAv4PAFn+DwBf/g8Asv4PAMb+DwDashUAEv8PAGT/DwBs/w8Avf8PAMf/DwAWABAAIgAQAG8AEAByABAAyAAQANIAEAAzsxUAKgEQAHoBEACQARAA0wEQAOkBEAAsAhAALgIQAIUCEACLAhAA3gIQAPICEADlsxUAPwMQAJADEABTAxAArBcWAJYDEAAFOhEAoAMQAOkDEAChAxAAv6wRAKkDEAACqxEA6wMQAEIEEABQBBAAmwQQAKwEEAA+tBUA+wQQAJe0FQBWBRAAmhcRAFkFEACmBRAAqQUQAP8FEAAIBhAAWAYQAGkGEACxBhAAuwYQAAoHEAASBxAAYwcQACYHEACwchEAZgcQALwHEADFBxAAFQgQACsIEABuCBAAhAgQAMcIEADJCBAAIAkQACYJEAB5CRAAjQkQAPC0FQD0CRAA6/4QAPoJEAArChAAUwoQAEm1FQCKChAAtfEQAJAKEABBDBAAkQoQAHLzEACTChAAZ/IQAJQKEADdChAA3woQADYLEABECxAAjwsQAKALEACitRUA8AsQAPu1FQBHDBAAmgwQAKAMEADzDBAA+AwQAEwNEABSDRAAVLYVALENEAD+DRAABg4QAAa3FQBjDhAAsA4QALoOEAAJDxAAEg8QAGIPEABjDxAAuw8QAMMPEAAUEBAAGRAQAG0QEAB9EBAAuLcVANIQEAAfERAAIREQAHgREAB+ERAA0REQANgREAAqEhAALxIQAIMSEACHEhAA3BIQAOkSEAA1ExAAPRMQAI4TEACTExAA5xMQAPcTEAARuBUAURQQAJkUEAClFBAA8hQQAAEVEABLFRAAVRUQAKQVEACyFRAA/RUQAAoWEABWFhAAbRYQAGq4FQCyFhAAHLkVAAsXEABhFxAADxcQAO3MFQBpFxAAuhcQAOIXEAATGBAAOxgQAGwYEACUGBAAdbkVAM4YEAAeGRAAHxkQAHcZEACGGRAA0BkQAI0ZEACNGxAA4RkQACkaEAArGhAAghoQAIUaEADbGhAA3hoQADQbEAA8GxAAgLoVAJIbEADmGxAA7RsQAD8cEABIHBAAmBwQAKkcEADxHBAA/RwQAEodEABSHRAA2boVAKkdEAD8HRAAAx4QAFUeEABaHhAArh4QALIeEAAHHxAAFB8QAGAfEABvHxAAuR8QAMofEAASIBAAFCAQAGsgEABuIBAAxCAQAMcgEAAdIRAAJSEQADK7FQB7IRAAQG0QAIEhEABH/RIAgiEQAM8hEADSIRAAKCIQADIiEACLuxUAiiIQANoiEADpIhAAMyMQAEIjEACMIxAAmCMQAOUjEADoIxAAPiQQAEEkEADkuxUAmiQQAPAkEAAYJRAAPbwVAFElEACWvBUAqiUQAO+8FQAJJhAAVCYQAGUmEACtJhAAuSYQAAYnEAApJxAAXycQAGInEAC4JxAA3CcQABEoEAAZKBAAob0VAGwoEADDKBAA0SgQABwpEAAtKRAA+r0VAHwpEABTvhUA0CkQACcqEAA4KhAAgCoQAIgqEADyeBEAnCoQAAW/FQDhKhAAXr8VADcrEACLKxAAmCsQAOQrEADnKxAAPSwQAEIsEACWLBAApywQAO8sEAD7LBAAt78VAE0tEAChLRAAsi0QAPotEAAGLhAAUy4QAG0uEACsLhAAsC4QAMIwEACzLhAAMTMQALYuEACVNBAAuC4QAM0xEAC6LhAAty8QAL0uEAAFLxAACi8QAF4vEAB1LxAAEMAVAMQvEAAQMBAAIDAQAGkwEABuMBAAacAVAMQwEAAbMRAAITEQAHQxEACBMRAAwsAVANMxEAAmMhAALDIQAH8yEACEMhAA2DIQAN4yEAAbwRUAPTMQAIozEACjMxAA4zMQAOwzEAA8NBAAUzQQAHTBFQCbNBAA7jQQAPA0EABHNRAAVjUQAKA1EACsNRAAzcEVAPs1EABSNhAAYzYQAKs2EAC5NhAABDcQAAs3EABdNxAAXzcQALY3EADANxAADzgQAB04EABoOBAAbTgQAME4EADOOBAAGjkQACI5EABzORAAdzkQAMw5EADOORAAJToQACs6EAB+OhAAizoQACbCFQDkOhAAMDsQAEc7EACJOxAApTsQAH/CFQDuOxAAOzwQADw8EACUPBAAmjwQAO08EAD5PBAARj0QAFU9EACfPRAAoT0QAPg9EAACPhAAUT4QAF8+EACqPhAArz4QAAM/EAAQPxAAXD8QAGQ/EAC1PxAAuT8QAA5AEAAQQBAAZ0AQAG1AEADAQBAAzUAQANjCFQAmQRAAckEQAIlBEADLQRAA50EQADHDFQAuQhAAfUIQAIlCEADWQhAA2UIQAC9DEABLQxAAiEMQAJBDEACKwxUA7UMQADpEEAA9RBAAk0QQAJ1EEAA8xBUA9UQQAEVFEABTRRAAnkUQAKhFEAD3RRAAA0YQAFBGEABYRhAA7sQVAKtGEAACRxAAEEcQAFtHEABsRxAAR8UVALtHEACgxRUAEkgQAGZIEABuSBAAv0gQAMVIEAAYSRAAIUkQAHFJEAB+SRAAUsYVAM9JEAAjShAA1kkQAOBLEAAsShAAfEoQAIZKEADVShAA3UoQAC5LEAB1SxAAh0sQAI9LEACrxhUA5ksQADlMEAA/TBAAkkwQAJpMEADrTBAAMk0QAERNEABMTRAABMcVAKVNEABdxxUA/00QAE9OEABdThAAqE4QALJOEAABTxAADU8QAFpPEABdTxAAs08QALtPEAAPyBUAGFAQAGVQEABoUBAAvlAQAMhQEABoyBUAH1EQAMHIFQB8URAAyVEQAMxREAAayRUAa1IQAHtSEADEUhAAc8kVAORSEAAtUxAAL1MQAIZTEACUUxAA31MQAPBTEADMyRUAVFQQAJFUEACZVBAAJcoVAPJUEAB+yhUASVUQAGDREABWVRAAnFUQAKtVEAD1VRAAAVYQAE5WEABPVhAAp1YQALFWEAAAVxAADlcQAFlXEABeVxAAslcQAL9XEADXyhUAGVgQAGRYEABxWBAAvVgQAMVYEAAwyxUAIlkQAG9ZEACbWRAAyFkQANRZEAAhWhAAMFoQAHpaEACEWhAA01oQAOFaEAAsWxAAMVsQAIVbEACSWxAA3lsQAOZbEAA3XBAARVwQAJBcEACdXBAA6VwQAPFcEACJyxUARF0QAJ6pEQBQXRAAm10QAKVdEAD0XRAAAF4QAE1eEABUXhAApl4QAK5eEAD/XhAAA18QAFhfEABmXxAAsV8QALtfEAAKYBAAFWAQAGNgEABrYBAAvGAQAL5gEAAVYRAAHWEQAG5hEAB7YRAAx2EQAMxhEAAgYhAALWIQAHliEACXYhAA0mIQAANjEAArYxAAN2MQAIRjEACKYxAA3WMQAOJjEAA2ZBAAPmQQAI9kEACbZBAA6GQQAPtkEABBZRAAT2UQAJplEACkZRAA82UQAPtlEABMZhAAW2YQAKVmEACqZhAA/mYQAAVnEABXZxAAY2cQALBnEADMZxAACWgQABFoEADiyxUAZGgQALtoEADJaBAAFGkQACFpEABtaRAAe2kQAMZpEADTaRAAH2oQADZqEAB4ahAAgGoQANFqEADfahAAKmsQADdrEACDaxAAi2sQAJTMFQDqaxAANWwQADZsEABGzRUAmmwQAOdsEADubBAAn80VAEdtEACZbRAAnm0QAPjNFQD6bRAAUc4VAFNuEACkbhAAi24QAIGcEwClbhAAd8sQAKduEACNzRAArW4QAP1uEACubhAAE8oQALRuEACCzBAAtW4QAC23EQDCbhAAeDITAApvEABWbxAAYW8QAK9vEACxbxAACHAQABVwEABhcBAAaHAQALpwEADLcBAAE3EQAB9xEABscRAAc3EQAMVxEADNcRAAqs4VACRyEAB3chAAfXIQANByEADVchAAKXMQAC9zEAADzxUAjnMQANtzEADlcxAANHQQADh0EACNdBAAmXQQAOZ0EADydBAAP3UQAEx1EACYdRAAoHUQAPF1EAD7dRAASnYQAFZ2EACjdhAApnYQAPx2EAAGdxAAtc8VAFd3EACudxAAsXcQAAd4EAAKeBAAZ9AVAGh4EADA0BUAx3gQABJ5EAATeRAAGdEVAHN5EABy0RUAyXkQAB16EAAkehAAdnoQAHt6EADL0RUA13oQACTSFQAwexAAgXsQAIt7EADaexAA5XsQADN8EABBfBAAjHwQAI98EADlfBAA7XwQAD59EABIfRAAl30QAKN9EADwfRAA830QAEl+EABTfhAAfdIVALB+EAD7fhAAEX8QAFR/EABgfxAArX8QALR/EAAGgBAADoAQAF+AEABkgBAAuIAQAMGAEAARgRAAG4EQAGqBEABygRAAw4EQAMWBEAAcghAALIIQAHWCEAB/ghAAzoIQANqCEAAngxAALYMQAICDEACIgxAAL9MVAN6DEACI0xUANIQQAIuEEACMhBAA5IQQAOeEEAA9hRAASIUQAJaFEACbhRAA74UQAPmFEADh0xUAbIYQAKGGEACphhAAOtQVAPyGEABThxAAZIcQAKyHEAC9hxAABYgQAAiIEACT1BUAZIgQALeIEAC8iBAAEIkQABOJEABpiRAAbIkQAMKJEADKiRAA7NQVACmKEAB0ihAAd4oQAM2KEADYihAAJosQADKLEAB/ixAAhosQANiLEADgixAAMYwQAPSLEADV/BAAO4wQAPqREQA/jBAAiowQAJeMEADjjBAA64wQAEXVFQBIjRAAlY0QAJiNEADujRAA+I0QAEeOEABPjhAAntUVAKyOEAD5jhAA/44QAFKPEABcjxAAq48QAL+PEAAEkBAADJAQAPfVFQBqkBAAtpAQAL6QEAAPkRAAEpEQAGiREAB0kRAAwZEQAMuREAAakhAAI5IQAHOSEAB0khAAzJIQAOSSEAAlkxAAJ5MQAH6TEACPkxAA15MQAOiTEAAwlBAAOJQQAImUEACYlBAA4pQQAOSUEAA7lRAATJUQAJSVEACllRAA7ZUQAAaWEABGlhAASJYQAJ+WEACulhAA+JYQABiXEACp1hUAU5cQAKqXEADKlxAAA5gQABeYEAAN2BUAZJgQALWYEADCmBAADpkQABOZEABnmRAAcZkQAMCZEADImRAAGZoQAB+aEABymhAAe5oQAMuaEADYmhAAZtgVADCbEAB9mxAAg5sQANabEADcmxAAL5wQADicEACInBAAiZwQAOGcEADrnBAAOp0QAEadEACTnRAAmp0QAL/YFQD0nRAAGNkVAE2eEABx2RUAqJ4QAPeeEAD/nhAAUJ8QAF+fEACpnxAAup8QAAKgEAAEoBAAW6AQAF6gEAC0oBAAt6AQAA2hEAA1oRAAZqEQAHihEAC/oRAAy6EQABiiEAAeohAAcaIQAHeiEADKohAAz6IQACOjEAApoxAAytkVAJ6jEAAj2hUA4aMQAC6kEAA+pBAAh6QQAIykEADgpBAA5qQQADmlEABFpRAAkqUQAJqlEAB82hUA/KUQAESmEABVphAAnaYQAK+mEAD2phAA/qYQAE+nEABapxAAqKcQAK2nEAABqBAABqgQAFqoEAB6qBAA1doVAMOoEAAMqRAAFqkQAGWpEABxqRAAvqkQAMSpEAAXqhAAH6oQAHCqEAByqhAAyaoQAHyqEACysBAA2qoQACKrEAAzqxAAe6sQAI2rEADUqxAA3KsQAC2sEAA4rBAAhqwQAIusEADfrBAA5KwQADitEABYrRAALtsVAJOtEADqrRAA+a0QAEOuEABOrhAAnK4QAK6uEAD1rhAA/a4QAE6vEABZrxAAp68QAKyvEAAAsBAABbAQAFmwEAB5sBAAh9sVALSwEAALsRAAGrEQAGSxEABvsRAAvbEQAM+xEAAWshAAHrIQAG+yEAB6shAAyLIQAM2yEAAhsxAAJrMQAHqzEACasxAA4NsVAOCzEAAstBAAQ7QQADncFQCStBAA3rQQAPW0EACS3BUARLUQAJC1EACXtRAA6bUQAPe1EABCthAAT7YQAJu2EACythAA69wVAPy2EABE3RUAT7cQAKa3EAC0txAA/7cQABC4EACd3RUAZbgQALG4EADIuBAA9t0VABS5EABjuRAAb7kQALy5EAC/uRAAFboQAB+6EABP3hUAiroQAKjeFQDPuhAAILsQACG7EADzvhAAI7sQAN28EAAnuxAAQMYQACq7EAB5uxAAL7sQAAnBEAAwuxAA/r8QAH67EACOxRAAhbsQANK7EADVuxAAK7wQADW8EAAB3xUAjLwQAFrfFQDmvBAANr0QAP28EAAqxBAARL0QAI+9EACZvRAA6L0QAPS9EABBvhAARL4QAJq+EACivhAAs98VAPW+EABMvxAAT78QAKW/EACovxAADOAVAADAEABXwBAAZcAQALDAEADBwBAAvuAVAAvBEABiwRAAb8EQALvBEADKwRAAFMIQACDCEABtwhAAfsIQAMbCEADXwhAAH8MQACvDEAB4wxAAf8MQANHDEADZwxAAcOEVADjEEACDxBAAhMQQAMnhFQDoxBAANcUQADzFEAAi4hUAlcUQAOfFEADsxRAA1OIVAEnGEACZxhAAn8YQAPLGEAD0xhAAS8cQAFXHEACkxxAAsscQAP3HEAACyBAAVsgQAGPIEACvyBAAx8gQAAjJEAAeyRAAYckQAGTJEAC6yRAAwskQAIbjFQAfyhAAbMoQAG/KEADFyhAAz8oQAN/jFQAmyxAAOOQVAHnLEADQyxAA08sQACnMEAAszBAAkeQVAITMEADbzBAA6cwQADTNEABFzRAAQ+UVAJbNEADmzRAA9M0QAD/OEAD/zRAAtWATAEnOEACYzhAApM4QAPHOEAD0zhAASs8QAFLPEAD15RUAqM8QAM/TEACxzxAAKNQQALPPEAD8zxAA/s8QAFXQEABj0BAArtAQAL/QEACn5hUADtEQAADnFQBm0RAAudEQAL7REAAS0hAAGNIQAFnnFQBx0hAAxNIQAMnSEAAd0xAAM9MQAHbTEAB+0xAAC+gVAO/TEABk6BUAP9QQAIHUEACO1BAA2tQQAN/UEAAz1RAAOdUQAIzVEACY1RAA5dUQAOzVEAA+1hAARtYQAJfWEAC61hAAb+kVAP3WEABJ1xAAWNcQAKLXEACk1xAA+9cQAATYEABU2BAAa9gQAK3YEAC42BAABtkQABDZEABf2RAAZ9kQACHqFQC+2RAAEdoQABfaEABq2hAAb9oQAMPaEADJ2hAAeuoVAD7bEAB12xAAfdsQACzrFQDX2xAAJ9wQACjcEACA3BAAiNwQANncEADk3BAAMt0QADfdEACL3RAAkN0QAOTdEAAE3hAAhesVAEPeEACW3hAAnd4QAO/eEAD03hAASN8QAEzfEACh3xAArt8QAPrfEAAC4BAAU+AQAF7gEACs4BAAseAQAAXhEAAK4RAAXuEQAH7hEADe6xUAxuEQABDiEAAb4hAAaeIQAHHiEADC4hAAxeIQABvjEADM4hAAPOYQACfjEAB04xAAfuMQAM3jEADW4xAAJuQQACfkEAB/5BAAh+QQANjkEADj5BAAMeUQADblEACK5RAAj+UQAOPlEAAD5hAAN+wVAEjmEACV5hAAl+YQAO7mEAD05hAAR+cQAE7nEACg5xAApecQAPnnEAD95xAAUugQAF/oEACr6BAAs+gQAATpEAAP6RAAXekQAGLpEAC26RAAu+kQAA/qEAAv6hAAkOwVAHDqEADp7BUAy+oQABrrEAAj6xAAc+sQAHnrEADM6xAA2OsQACXsEABD7BAAfuwQAH/sEADX7BAA2ewQADDtEAA97RAAie0QAJftEADi7RAA8e0QADvuEABX7hAAlO4QAJzuEACb7RUAAO8QAEbvEABH7xAAn+8QAKvvEAD47xAAB/AQAFHwEABb8BAAqvAQALbwEAAD8RAACvEQAPTtFQBk8RAATe4VAL7xEAAO8hAAG/IQAKbuFQBs8hAAwPIQAM3yEAAZ8xAAI/MQAP/uFQB08xAAy/MQAOHzEAAk9BAAMPQQAFjvFQCF9BAAwQATAJv0EADW9BAA3vQQAM6NEQD09BAAL/UQADf1EACI9RAAUfUQAPQlEwCJ9RAARfcQAIv1EACp+BAAlPUQAE0mEwCY9RAA4fUQAOP1EAA69hAASPYQAJP2EACk9hAAse8VAPT2EAAK8BUAR/cQAJ73EACh9xAA9/cQAPr3EABj8BUAWPgQALzwFQCz+BAALGYRAMn4EAAC+RAAEPkQAFv5EABc+RAAFfEVALz5EABu8RUAF/oQAGb6EABy+hAAv/oQAMb6EAAY+xAANPsQAHH7EAB5+xAAx/EVANL7EAAj/BAAK/wQAHz8EACE/BAAIPIVAN38EAB58hUANv0QAIf9EACP/RAA0vIVAOj9EAA5/hAAQf4QAJL+EACa/hAAK/MVAPP+EABE/xAASv8QAJ3/EABQ/xAAygYSAKn/EAD2/xAA+P8QAE8AEQBSABEAqAARAK0AEQABAREADgERAFoBEQB2AREAswERALsBEQCE8xUAEQIRAGUCEQBrAhEAvgIRAMgCEQAXAxEAIwMRAHADEQB3AxEAyQMRAOUDEQAiBBEAKgQRAN3zFQCDBBEA1AQRANwEEQA29BUAOwURAIYFEQCJBREA3wURAOkFEQA4BhEARAYRAJEGEQCXBhEA6gYRAPYGEQBDBxEASgcRAJwHEQC4BxEA9QcRAP0HEQCP9BUAVggRAOj0FQC6CBEAAAkRAAwJEQBZCREAaAkRALIJEQC7CREACwoRABUKEQBkChEAcgoRAL0KEQDCChEAFgsRACMLEQBvCxEAdwsRAEH1FQDrCxEAmvUVAC4MEQB6DBEAiAwRANMMEQDdDBEALA0RADQNEQCFDREAhg0RALwSEQCLDREAa+gSAKANEQBNEBEAsQ0RAN4NEQDnDREANw4RADgOEQCQDhEAng4RAOkOEQDzDhEAQg8RAE4PEQCbDxEAoQ8RAPQPEQAQEBEA8/UVAFkQEQCSCRIAWxARAKYQEQCzEBEA/xARAAkREQBYEREAWhERALEREQDIEREAChIRABYSEQBjEhEAfxIRAEz2FQDNEhEAFRMRABcTEQBuExEAeBMRAMcTEQDXExEAIBQRACUUEQB5FBEAfxQRANIUEQDoFBEAKxURADMVEQCEFREAhxURAN0VEQDmFREANhYRAEQWEQCPFhEAmRYRAOgWEQD0FhEAQRcRAF0XEQCl9hUApxcRAPMXEQD7FxEATBgRAE8YEQC6exEAXBgRAKUYEQCnGBEAr3oRALMYEQD+GBEACxkRAFcZEQBlGREAsBkRALMZEQAJGhEAFBoRAGIaEQBuGhEAuxoRAMIaEQAUGxEAHBsRAG0bEQBvGxEAxhsRANYbEQAfHBEAKRwRAHgcEQCEHBEA0RwRANccEQAqHREAMh0RAP72FQCFHREA3B0RAOodEQA1HhEAQh4RAI4eEQCaHhEA5x4RAO0eEQBAHxEAQx8RAJkfEQChHxEA8h8RAPQfEQApJREA9R8RAK8hEQACIBEASyARAE0gEQAHKhEAUCARAKQgEQCtIBEA/SARAAohEQBWIREAXSERAFf3FQC4IREAPycRALkhEQBsIxEAzyERAAgiEQAWIhEAYSIRAGIiEQCw9xUAxiIRABMjEQAaIxEACfgVAG4jEQDFIxEAyyMRAB4kEQAoJBEAdyQRAIMkEQDQJBEA1yQRAGL4FQBCJREAgiURAIclEQDbJREA4SURADQmEQA+JhEAjSYRAJkmEQDmJhEA7SYRALv4FQBOJxEAmCcRAKcnEQDxJxEA/ScRAEooEQBNKBEAoygRAKYoEQD8KBEADCkRAFUpEQBeKREArikRAL8pEQAU+RUAFSoRAGAqEQBxKhEAbfkVAMAqEQDG+RUAGisRAGsrEQBtKxEAojARAG4rEQAoLREAeysRAMQrEQDGKxEAgDURAMkrEQAdLBEAJiwRAHYsEQCDLBEAzywRANYsEQAf+hUAMS0RALgyEQAyLREA5S4RAEgtEQCBLREAjy0RANotEQDbLREAePoVAD8uEQCMLhEAky4RANH6FQDnLhEAPi8RAEQvEQCXLxEAoS8RAPAvEQD8LxEASTARAFAwEQAq+xUAuzARAPswEQAAMREAVDERAFoxEQCtMREAtzERAAYyEQASMhEAXzIRAGYyEQCD+xUAxzIRABEzEQAgMxEAajMRAHYzEQDDMxEAxjMRABw0EQAfNBEAdTQRAIU0EQDONBEA1zQRACc1EQA4NREA3PsVAI41EQDZNREA6jURADX8FQA5NhEAjvwVAJM2EQDkNhEADTcRAD03EQBFNxEAljcRAKY3EQDvNxEA8TcRAEg4EQBWOBEAoTgRALI4EQDn/BUAADkRAFM5EQBfOREAQP0VANo5EQDy/RUADjoRAF46EQBrOhEAtzoRANM6EQAQOxEAGDsRAEv+FQB6OxEAwjsRAMQ7EQAbPBEAHDwRAHQ8EQB3PBEAzTwRANk8EQAmPREALT0RAH89EQCbPREA2D0RAOA9EQCk/hUAPj4RAIo+EQCaPhEA4z4RAOg+EQA8PxEAZz8RAP3+FQCbPxEAVv8VAPY/EQBHQBEASEARAANKEQBNQBEAUbgTAFFAEQCgQBEAU0ARACVFEQBXQBEAaEMRAGVAEQB9TREApUARAFKwEwCrQBEAG6sTAKxAEQD5QBEA/EARAFJBEQBcQREAr/8VALNBEQAEQhEACkIRAF1CEQBmQhEAtkIRAMNCEQAPQxEAK0MRAAgAFgBqQxEAwUMRAG1DEQAkvBMAz0MRABpEEQArRBEAYQAWAHlEEQDMRBEA2EQRALoAFgArRREAfkURAIRFEQDXRREA3EURADBGEQA2RhEAxQEWAJBGEQDQAhYA50YRADtHEQBDRxEAlEcRAKBHEQDtRxEAAEgRAEZIEQBSSBEAn0gRAK5IEQD4SBEAAUkRAFFJEQBbSREAqkkRALZJEQCCAxYAFEoRAFxKEQBoShEAtUoRALdKEQAOSxEAEUsRAGdLEQBzSxEAwEsRAMhLEQDbAxYAJUwRAHJMEQCCTBEAy0wRANdMEQAkTREAKk0RADQEFgCfTREA1k0RAN5NEQAvThEAWU4RAIhOEQCTThEA4U4RAO1OEQA6TxEAS08RAJNPEQCUTxEAjQQWAPJPEQBFUBEAUlARAOYEFgCrUBEA91ARAA5REQBQUREAe1ERAKlREQCxUREAAlIRAAxSEQBbUhEAZ1IRALRSEQC3UhEADVMRABdTEQA/BRYAblMRAL9TEQDFUxEAGFQRACFUEQBxVBEAflQRAMpUEQDmVBEAmAUWACVVEQB8VREAKlURAGRjEQCJVREA1VURANxVEQAuVhEAMFYRAIdWEQCNVhEA4FYRAOdWEQA5VxEAUVcRAJJXEQCXVxEA61cRAJ5XEQCdWBEA9FcRAERYEQBOWBEA8QUWAKNYEQD2WBEA/FgRAE9ZEQBUWREAqFkRAK5ZEQBKBhYAAloRAFpaEQBrWhEAs1oRAL9aEQAMWxEAFlsRAGVbEQBxWxEAvlsRAMVbEQCjBhYAGVwRAHBcEQAiXBEAqMgTAHNcEQDJXBEA6VwRACJdEQAqXREA/AYWAIxdEQDUXREA210RAC1eEQA1XhEAhl4RAIleEQBDYBEAll4RAN9eEQDhXhEAOF8RAEZfEQCRXxEAol8RAFUHFgDxXxEArgcWAExgEQCcYBEAq2ARAPVgEQAEYREATmERAFphEQCnYREAqmERAABiEQADYhEAWWIRAGliEQCyYhEAu2IRAAtjEQAcYxEABwgWAGljEQC9YxEAxmMRABZkEQAgZBEAb2QRAHdkEQDIZBEA5mQRACFlEQA/ZREAemURAJhlEQDTZREA8WURAGAIFgAzZhEAhWYRAIpmEQDeZhEAkWYRAOlnEQDnZhEAN2cRAEFnEQCQZxEArGcRALkIFgDvZxEAQmgRAEhoEQCbaBEAt2gRABIJFgAeaREAxAkWAHdpEQAdChYArWkRAP9pEQANahEAWGoRAF9qEQCxahEAvmoRAAprEQApaxEAY2sRAG1rEQC8axEAxGsRABVsEQAhbBEAbmwRAIFsEQDHbBEA1WwRACBtEQAqbREAeW0RAIFtEQDSbREA1W0RACtuEQA0bhEAhG4RAJNuEQDdbhEA7G4RADZvEQBCbxEAj28RAJJvEQDobxEA628RAEFwEQBRcBEAmnARAKNwEQDzcBEABHERAExxEQBdcREApXERALlxEQD+cREAGnIRAFdyEQBfchEAzwoWALhyEQDaCxYAH3MRAGJzEQBkcxEAu3MRAMFzEQAUdBEAKHQRAG10EQB1dBEAxnQRAPB0EQAzDBYAKHURAHh1EQCFdREA0XURAN91EQAqdhEANHYRAIN2EQCddhEA3HYRAOl2EQA1dxEAQXcRAI53EQCYdxEA53cRAO93EQCMDBYAR3gRAJl4EQCheBEA5QwWAMd4EQDwDRYA/HgRAEt5EQBXeREApHkRAKd5EQD9eREAB3oRAEkOFgByehEAog4WAL16EQAIexEAGXsRAPsOFgBoexEAVA8WAMN7EQATfBEAInwRAGx8EQB7fBEAxXwRANF8EQAefREAIX0RAHd9EQB6fREA0H0RAOB9EQApfhEAMn4RAIJ+EQCTfhEArQ8WAN1+EQA0fxEA534RAOZ/EQA3fxEAjX8RAJV/EQAGEBYA7H8RAD+AEQBLgBEAmIARAKCAEQBfEBYA/YARAEqBEQBNgREAo4ERAK2BEQC4EBYAAYIRAFWCEQBrghEAroIRAK+CEQAHgxEAGIMRAGCDEQBsgxEAuYMRAMODEQAShBEAHoQRABERFgB3hBEAxIQRAMeEEQAdhREAJ4URAMMRFgB5hREAz4URANKFEQAohhEANIYRAIGGEQCHhhEA2oYRAOSGEQAcEhYAOIcRAIyHEQCZhxEAdRIWAAGIEQA+iBEARogRAM4SFgCfiBEAJxMWAPiIEQCAExYATIkRAKKJEQBgiREAWR8TAMKJEQD7iREAD4oRANkTFgBVihEArYoRALOKEQAGixEAEosRAF+LEQBuixEAuIsRALqLEQARjBEAG4wRAGqMEQB2jBEAw4wRAMqMEQAyFBYAKI0RAIsUFgB9jREA5BQWANGNEQDkjxEA3o0RACeOEQApjhEAgI4RAI6OEQDZjhEA6o4RAAUYFgA5jxEAXhgWAJOPEQC3GBYABJARAD2QEQBLkBEAlpARAJeQEQAQGRYA+5ARAEiREQBPkREAaRkWAMSREQB/GxYABpIRAFOSEQBWkhEArJIRALaSEQDYGxYADZMRAF6TEQBskxEAt5MRAMSTEQAQlBEAGJQRADEcFgBslBEAwpQRAM6UEQAblREAIZURAHSVEQB+lREAihwWANKVEQAmlhEAM5YRAOMcFgCUlhEA2JYRAOCWEQA8HRYAM5cRAIqXEQCYlxEA45cRAPSXEQCVHRYAQpgRAJWYEQChmBEA7h0WAPSYEQBHmREATZkRAKCZEQClmREA+ZkRAP+ZEQCgHhYAWpoRAKuaEQC3mhEABJsRAAqbEQBdmxEAY5sRALabEQC7mxEAD5wRABWcEQAPIRYAd5wRAMGcEQDQnBEAGp0RACOdEQBznREAeZ0RAMydEQDSnREAJZ4RADGeEQB+nhEAhZ4RANeeEQDfnhEAwSEWADqfEQCJnxEAlJ8RAOKfEQDunxEAO6ARAEGgEQCUoBEAnKARAO2gEQD5oBEARqERAEyhEQCfoREApaERAPihEQD9oREAUaIRAFeiEQAaIhYAsaIRAAOjEQARoxEAXKMRAGmjEQC1oxEAzKMRAA6kEQAqpBEAZ6QRAG+kEQBzIhYAwaQRABmlEQAlpREAcqURAIGlEQDLpREA5aURACSmEQAqphEAfaYRAJamEQDWphEA8qYRAMwiFgBCpxEAiKcRAIqnEQDhpxEA96cRADqoEQA7qBEAk6gRAKSoEQDsqBEA+KgRACUjFgBhqREAfiMWALSpEQD3qREA+KkRAFCqEQBhqhEAqaoRALWqEQDXIxYAB6sRAFurEQBhqxEAtKsRANSrEQANrBEAGawRAGasEQBtrBEAMCQWAMusEQAYrREAGq0RAHGtEQCRrREAiSQWANGtEQDiJBYAKa4RAHyuEQCBrhEA1a4RANuuEQA7JRYANq8RAO0lFgCPrxEARiYWAOivEQCfJhYAQbARAKonFgCUsBEA67ARAPmwEQBEsREAVbERAAMoFgCksREAXCgWABmyEQBnKRYAW7IRAKiyEQCrshEAAbMRAAuzEQAZKhYAYrMRALOzEQC2sxEADLQRABW0EQBltBEAdLQRAL60EQDNtBEAF7URACO1EQBwtREAc7URAMm1EQDMtREAIrYRADK2EQB7thEAhLYRANS2EQDlthEAcioWADK3EQCGtxEAi7cRAN+3EQD/txEAJCsWAEC4EQCRuBEAorgRAOq4EQD4uBEAQ7kRAGO5EQCcuREAqLkRAPW5EQD9uREAfSsWAH+6EQCnuhEAs7oRAAC7EQAGuxEAWbsRAF67EQCyuxEAursRAAu8EQAPvBEATcIRABe8EQBkvBEAd7wRAL28EQDLvBEAFr0RACC9EQBvvREAd70RAMi9EQDLvREAIb4RACu+EQB6vhEAfL4RANO+EQDdvhEALL8RADW/EQCFvxEAiL8RANYrFgDhvxEAN8ARAEPAEQCQwBEAmMARAC8sFgDvwBEAQsERAEjBEQCbwREAoMERAPTBEQD6wREAiCwWAE/CEQCmwhEAtMIRAP/CEQAJwxEAWMMRAGDDEQCxwxEAtMMRAArEEQAUxBEAY8QRAGXEEQC8xBEAxsQRABXFEQAexREAbsURAHHFEQA6LRYAzMURACDGEQAwxhEAecYRAIHGEQDSxhEA3MYRACvHEQA3xxEAhMcRAIfHEQDdxxEA58cRAJMtFgA7yBEAV8sRAETIEQCPyBEAn8gRAOjIEQD4yBEAQckRAGnJEQCayREAwskRAPPJEQAbyhEARS4WAFjKEQClyhEAp8oRAP7KEQAeyxEAWzAWAGTLEQCwyxEAvMsRAAnMEQAxzBEAYswRAIrMEQC7zBEA48wRALQwFgAXzREAbc0RAHnNEQDGzREA180RAB/OEQArzhEAeM4RAIfOEQDRzhEA284RACrPEQA2zxEAg88RAIrPEQDKMhYA3c8RAJnREQDszxEANdARADfQEQCO0BEAnNARAOfQEQD40BEAIzMWAEfREQB8MxYAm9ERAPLREQD10REAS9IRAE7SEQDVMxYAq9IRAC40FgAR0xEAVtMRAGDTEQCv0xEAu9MRAAjUEQAL1BEAYdQRAGvUEQC61BEA1NQRABPVEQAY1REAbNURAHXVEQDF1REAz9URAB7WEQAt1hEAd9YRAHzWEQDQ1hEA5tYRACnXEQA11xEAgtcRAIXXEQDb1xEA9dcRADTYEQBA2BEAjdgRAKDYEQDm2BEA9NgRAD/ZEQBJ2REAhzQWAJ7ZEQDx2REA+tkRAEraEQBL2hEAo9oRAK3aEQD82hEACNsRAFXbEQBc2xEA4DQWALPbEQAH3BEACdwRAGDcEQBm3BEAudwRAMDcEQAS3REAIN0RAGvdEQB43REAxN0RAM7dEQAd3hEAKd4RAHbeEQB83hEAz94RANXeEQAo3xEAMd8RAIHfEQCC3xEA2t8RAOTfEQA5NRYANOARAIzgEQCN4BEA5eARAPPgEQA+4REAS+ERAJfhEQCu4REA8OERAPjhEQBJ4hEAS+IRAKLiEQCy4hEA++IRAAXjEQBU4xEAYOMRAK3jEQCz4xEABuQRAA7kEQCSNRYAa+QRALjkEQC75BEAEeURABTlEQBq5REAeOURAMPlEQDI5REAHOYRACnmEQB15hEAfeYRAM7mEQDR5hEAJ+cRADHnEQCA5xEAgucRANnnEQDf5xEAMugRADzoEQCL6BEAjugRAOToEQDs6BEAPekRAGXpEQDrNRYAnukRAEQ2FgD36REAnTYWAGvqEQD2NhYAreoRAPrqEQD96hEAU+sRAF3rEQCs6xEAtOsRAFo4FgAT7BEAXuwRAGXsEQC37BEAv+wRABDtEQAd7REAae0RAG7tEQDC7REAzO0RABvuEQAj7hEAdO4RAITuEQDN7hEA2+4RACbvEQAz7xEAf+8RAI3vEQDY7xEA2+8RADHwEQA88BEAivARAJLwEQDj8BEA/PARADzxEQBI8REAlfERAKXxEQDu8REA8/ERAEfyEQBN8hEAoPIRAKzyEQD58hEAAfMRALM4FgBc8xEAq/MRAK7zEQAE9BEADPQRAF30EQBe9BEAtvQRALj0EQAP9REAFfURAGj1EQB09REAwfURAM71EQAa9hEAJPYRAHP2EQB79hEAzPYRAM72EQAl9xEAMvcRAH73EQCF9xEA1/cRAN/3EQAw+BEANPgRAIn4EQCL+BEA4vgRAOX4EQA7+REAQ/kRAJT5EQCj+REA7fkRAO/5EQBG+hEAU/oRAJ/6EQCu+hEA+PoRAAT7EQBR+xEAYvsRAKr7EQC7+xEAA/wRAA/8EQBc/BEAY/wRALX8EQDU/BEADDkWACL9EQBn/REAaP0RAMD9EQDM/REAGf4RADX+EQBy/hEAev4RAGU5FgDT/hEAFzoWADD/EQB9/xEAg/8RANb/EQDc/xEALwASAEcAEgCIABIAkgASAOEAEgDtABIAOgESAD0BEgCTARIAnQESAOwBEgAEAhIARQISAFUCEgCeAhIAoAISAPcCEgAFAxIAUAMSAGEDEgBwOhYArwMSAAIEEgAOBBIAyToWAGcEEgC0BBIAtwQSAA0FEgAXBRIAezsWAGgFEgC/BRIAzQUSABgGEgApBhIALTwWAHgGEgCGPBYA3QYSACMHEgAyBxIAfAcSAIgHEgDVBxIA1gcSAC4IEgA4CBIAhwgSAJUIEgDgCBIA5QgSADkJEgBGCRIA3zwWAJgJEgDrCRIA7gkSAEQKEgBSChIAnQoSAKIKEgD2ChIAAwsSAE8LEgBXCxIA6j0WAKoLEgABDBIADgwSAFoMEgBpDBIAswwSALkMEgAMDRIAGA0SAGUNEgBnDRIAvg0SAMgNEgAXDhIAJQ4SAHAOEgB1DhIAyQ4SANYOEgAiDxIALg8SAHsPEgCODxIA1A8SAOMPEgAtEBIAORASAIYQEgCHEBIA3xASAOkQEgA4ERIARhESAJEREgCWERIA6hESAPcREgBDPhYATRISAJwSEgCqEhIA9RISAPgSEgBOExIAXhMSAKcTEgC1ExIAABQSAAwUEgBZFBIAYBQSALIUEgC5FBIACxUSABcVEgBkFRIAZRUSAL0VEgDJFRIAFhYSACMWEgBvFhIAdhYSAMgWEgDUFhIAIRcSAC4XEgB6FxIAiRcSANMXEgDnFxIALBgSADgYEgCFGBIAmBgSAN4YEgDtGBIANxkSAEMZEgCQGRIAkRkSAOkZEgDzGRIAQhoSAFAaEgCbGhIAoBoSAPQaEgABGxIAnD4WAE4bEgCmGxIAtxsSAP8bEgANHBIAWBwSAGccEgCxHBIAsxwSAAodEgAUHRIAYx0SAHEdEgC8HRIAwR0SABUeEgAiHhIAbh4SAH0eEgDHHhIAzB4SACAfEgAtHxIAeR8SAIMfEgDSHxIA3h8SACsgEgA+IBIAhCASAI4gEgDdIBIA6SASADYhEgBJIRIAjyESAJ4hEgDoIRIA9CESAEEiEgBCIhIAmiISAKQiEgDzIhIAASMSAEwjEgBRIxIApSMSALIjEgD1PhYAAyQSAFckEgBkJBIAsCQSALokEgAJJRIADyUSAGIlEgBkJRIAuyUSAMglEgAUJhIAFyYSAG0mEgB7JhIAxiYSANImEgAfJxIALCcSAHgnEgCCJxIA0ScSAOAnEgAqKBIALygSAIMoEgCQKBIA3CgSAOkoEgA1KRIAQSkSAI4pEgCdKRIA5ykSAPEpEgBAKhIATioSAJkqEgCeKhIA8ioSAP8qEgBLKxIAVysSAKQrEgC3KxIA/SsSAAwsEgBWLBIAYiwSAK8sEgCwLBIACC0SABItEgBhLRIAby0SALotEgC/LRIAEy4SACAuEgBOPxYAfy4SAMUuEgDULhIAHi8SACovEgB3LxIAeC8SANAvEgDaLxIAKTASADcwEgCCMBIAhzASANswEgDoMBIApz8WAEcxEgCNMRIAnDESAOYxEgDyMRIAPzISAEAyEgCYMhIAojISAPEyEgD/MhIASjMSAE8zEgCjMxIAsDMSAABAFgD+MxIAVTQSAGM0EgCuNBIAuzQSAAc1EgATNRIAYDUSAGY1EgC5NRIAyjUSABI2EgAUNhIAazYSAHQ2EgDENhIA0TYSAB03EgAsNxIAdjcSAIE3EgDPNxIA2zcSACg4EgA7OBIAgTgSAJA4EgDaOBIA5jgSADM5EgA0ORIAjDkSAJY5EgDlORIA8zkSAD46EgBDOhIAlzoSAKQ6EgBZQBYA/ToSAEk7EgBXOxIAojsSAKw7EgD7OxIACTwSAFQ8EgBWPBIArTwSAL48EgAGPRIAFD0SAF89EgCQPRIAuD0SALo9EgARPhIAGz4SAGo+EgB4PhIAwz4SAMg+EgAcPxIAKT8SAHU/EgCBPxIAzj8SAOE/EgAnQBIANkASAIBAEgCMQBIA2UASANpAEgAyQRIAPEESAItBEgCZQRIA5EESAOlBEgA9QhIASkISALJAFgCYQhIA70ISAPFCEgBIQxIAV0MSAKFDEgCwQxIA+kMSAAZEEgBTRBIAVkQSAKxEEgCvRBIABUUSAAtFEgBeRRIAakUSALdFEgC6RRIAEEYSABVGEgBpRhIAckYSAMJGEgDIRhIAG0cSACpHEgB0RxIAgEcSAM1HEgDdRxIAJkgSAChIEgB/SBIAjUgSANhIEgDpSBIAC0EWADdJEgCKSRIAlkkSAGRBFgD2SRIAPEoSAEtKEgCVShIAoUoSAO5KEgDvShIAR0sSAFFLEgCgSxIArksSAPlLEgD+SxIAUkwSAF9MEgC9QRYAt0wSAARNEgAOTRIAXU0SAIlNEgC2TRIAvU0SAA9OEgAoThIAaE4SAHdOEgDBThIA0E4SABpPEgAfTxIAc08SAIBPEgDMTxIA2U8SACVQEgAxUBIAflASAI1QEgDXUBIA4VASADBREgA+URIAiVESAI5REgDiURIA71ESADtSEgBHUhIAlFISAKdSEgDtUhIA/FISAEZTEgBSUxIAn1MSAKBTEgD4UxIAAlQSAFFUEgBfVBIAqlQSAK9UEgADVRIAEFUSABZCFgBtVRIAtVUSAMZVEgAOVhIAGlYSAGdWEgB+VhIAwFYSAMJWEgAZVxIAKlcSAHJXEgB1VxIAy1cSANVXEgAkWBIAJlgSAH1YEgCHWBIA1lgSAOJYEgAvWRIAO1kSAIhZEgCbWRIA4VkSAPBZEgA6WhIARloSAJNaEgCUWhIA7FoSAPZaEgBFWxIAU1sSAJ5bEgCjWxIA91sSAARcEgBvQhYAUlwSAKlcEgCzXBIAAl0SAApdEgDIQhYAbl0SALRdEgDAXRIADV4SABxeEgBmXhIAb14SAL9eEgDJXhIAGF8SACZfEgBxXxIAdl8SAMpfEgDXXxIAI2ASAC9gEgB8YBIAj2ASANVgEgDkYBIALmESADphEgCHYRIAiGESAOBhEgDqYRIAOWISAEdiEgCSYhIAl2ISAOtiEgD4YhIAIUMWAEZjEgCdYxIAp2MSAPZjEgD+YxIAekMWAFRkEgCoZBIAvmQSAAFlEgACZRIAWmUSAGtlEgCzZRIAv2USAAxmEgAWZhIAZWYSAHNmEgC+ZhIAw2YSABdnEgAkZxIAcGcSAHxnEgDJZxIA3GcSACJoEgAxaBIAe2gSAIdoEgDUaBIA1WgSAC1pEgA3aRIAhmkSAJRpEgDfaRIA5GkSADhqEgBFahIA00MWAJNqEgDqahIA9GoSAENrEgBLaxIALEQWALJrEgD1axIAAWwSAE5sEgBTbBIAp2wSALBsEgAAbRIACm0SAFltEgBlbRIAsm0SAMVtEgALbhIAGm4SAGRuEgBwbhIAvW4SAL5uEgAWbxIAIG8SAG9vEgB9bxIAyG8SAM1vEgAhcBIALnASAIVEFgB8cBIA03ASAN1wEgAscRIANHESAN5EFgCScRIA3nESAO1xEgA3chIAQnISAJByEgCcchIA6XISAPhyEgBCcxIAYnMSAJtzEgCncxIA9HMSAPtzEgBNdBIAW3QSAKZ0EgCrdBIA/3QSAAt1EgBYdRIAa3USALF1EgDAdRIACnYSABZ2EgBjdhIAZHYSALx2EgDGdhIAFXcSACN3EgBudxIAc3cSAMd3EgDUdxIAN0UWACJ4EgB5eBIAg3gSANJ4EgDaeBIAkEUWAEh5EgCEeRIAlXkSAN15EgDpeRIANnoSAEl6EgCPehIAnnoSAOh6EgD0ehIAQXsSAEJ7EgCaexIApHsSAPN7EgABfBIATHwSAFF8EgClfBIAsnwSAOlFFgAAfRIAV30SAGF9EgCwfRIAuH0SAEJGFgAmfhIAYn4SAHN+EgC7fhIAx34SABR/EgAnfxIAbX8SAHx/EgDGfxIA0n8SAB+AEgAggBIAeIASAIKAEgDRgBIA34ASACqBEgAvgRIAg4ESAJCBEgCbRhYA3oESADWCEgA/ghIAjoISAJaCEgD0RhYA+IISAECDEgBUgxIAmYMSAJ2DEgDygxIA9IMSAEuEEgBfhBIApIQSAKeEEgD9hBIAGoUSAFaFEgBnhRIAr4USALuFEgAIhhIAG4YSAGGGEgBwhhIAuoYSAMaGEgAThxIAFIcSAGyHEgB2hxIAxYcSANOHEgAeiBIAI4gSAHeIEgCEiBIATUcWANKIEgApiRIAM4kSAIKJEgCKiRIApkcWAOOJEgA0ihIAWooSAI2KEgCVihIA5ooSAPaKEgA/ixIAQYsSAJiLEgCmixIA8YsSAAKMEgD/RxYAUYwSAFhIFgCrjBIA/IwSABWNEgBVjRIAXo0SAK6NEgC4jRIAB44SAA+OEgBgjhIAY44SAAWeEgBqjhIAzpgSAG6OEgC5jhIAxo4SABKPEgAhjxIAa48SAHCPEgDEjxIA2o8SAB2QEgAekBIAdpASAIeQEgDPkBIA25ASACiREgAykRIAgZESAI2REgAKSRYA4pESADOSEgA2khIAjJISAKySEgDlkhIA85ISAD6TEgA/kxIAY0kWAKOTEgDwkxIA95MSALxJFgBRlBIAFUoWAKiUEgD7lBIAA5USAFSVEgBalRIArZUSALuVEgAGlhIACZYSAF+WEgB/lhIAuJYSAMyWEgBuShYAG5cSAGqXEgB2lxIAw5cSAMaXEgAcmBIAJpgSAMdKFgCjmBIAIEsWANmYEgAnmRIAM5kSAICZEgCGmRIA2ZkSAOWZEgAymhIAOpoSAHlLFgCXmhIA5JoSAOqaEgA9mxIASZsSAJabEgCemxIA0ksWAPKbEgBInBIAS5wSAKGcEgCqnBIA+pwSAAadEgBTnRIAVp0SAKydEgDanRIAK0wWAAqeEgBenhIAdJ4SALeeEgDDnhIAEJ8SABifEgCETBYAdZ8SAMKfEgDFnxIAG6ASACWgEgDdTBYAfKASAM2gEgDRoBIAJqESADKhEgB/oRIAhaESANihEgDkoRIAMaISADmiEgA2TRYAqqISAOOiEgDxohIAPKMSAD2jEgCPTRYAoaMSAO6jEgD1oxIA6E0WAFukEgCgpBIAqKQSAPmkEgD8pBIAUqUSAF6lEgCrpRIAxKUSAASmEgAGphIAXaYSAGCmEgC2phIAwKYSAA+nEgAdpxIAaKcSAGqnEgDBpxIAzqcSABqoEgAiqBIAc6gSAIyoEgDMqBIA2KgSACWpEgArqRIAfqkSAJWpEgDXqRIA7akSADCqEgAyqhIAiaoSAJaqEgDiqhIA76oSADurEgBDqxIAlKsSAJarEgDtqxIA+qsSAEasEgBNrBIAn6wSAKesEgD4rBIAB60SAFGtEgBWrRIAqq0SALetEgADrhIADa4SAFyuEgBirhIAta4SAMOuEgAOrxIAJ68SAGevEgBwrxIAwK8SAMqvEgAZsBIAHrASAHKwEgB4sBIAy7ASAM6wEgAksRIAPrESAJpOFgB/sRIA1rESANyxEgAvshIAPLISAPNOFgCVshIA4bISAPiyEgBMTxYAO7MSAJOzEgCZsxIA7LMSAPGzEgBFtBIAYLQSAJ60EgCstBIA97QSAP60EgBQtRIAXLUSAKm1EgCvtRIAArYSAAq2EgBbthIAXrYSALS2EgC1thIADbcSABm3EgBmtxIAdbcSAL+3EgDNtxIAGLgSACi4EgBxuBIAf7gSAMq4EgDWuBIAI7kSACq5EgB8uRIAhLkSANW5EgDluRIALroSADO6EgCHuhIAjboSAOC6EgDouhIApU8WAD+7EgCSuxIAmLsSAOu7EgDwuxIARLwSAEq8EgD+TxYAn7wSAPa8EgD8vBIAT70SAFy9EgBXUBYAtb0SAAG+EgAYvhIAsFAWAF2+EgCzvhIAvb4SAAlRFgAOvxIAZb8SAGi/EgC+vxIAyr8SABfAEgAfwBIAu1EWAHvAEgDJwBIAysASACLBEgArwRIAe8ESAIjBEgDUwRIA4sESAC3CEgA3whIAhsISANzCEgDfwhIA78ISADjDEgA+wxIAkcMSAJPDEgDqwxIAAMQSAEPEEgBPxBIAnMQSAKDEEgD1xBIA+sQSAE7FEgBUxRIAp8USAMfFEgAAxhIAVsYSAFnGEgBdxhIA3soSAGXGEgCyxhIAuMYSAAvHEgARxxIAZMcSAGnHEgC9xxIAw8cSAG1SFgAiyBIAb8gSAHLIEgDIyBIA0sgSACHJEgAwyRIAeskSAHzJEgDTyRIA1skSACzKEgA4yhIAhcoSAKnKEgDGUhYA4MoSADfLEgA9yxIAkMsSAJ3LEgAfUxYA9ssSAELMEgBZzBIAm8wSAKXMEgD0zBIAAM0SAE3NEgBQzRIAps0SALDNEgD/zRIADs4SAFjOEgBazhIAsc4SALTOEgAKzxIAFs8SAGPPEgCHzxIAeFMWAMnPEgAV0BIALNASAG7QEgB20BIAx9ASANHQEgAg0RIALNESAHnREgB80RIA0tESANzREgDRUxYALdISAITSEgCH0hIA3dISAOnSEgA20xIAPtMSAINUFgCa0xIA6NMSAOnTEgBB1BIAStQSAJrUEgCn1BIA89QSAAHVEgBM1RIAVtUSAKXVEgD71RIA/tUSAA7WEgBX1hIAXdYSALDWEgCy1hIACdcSAB/XEgBi1xIAbtcSALvXEgC/1xIAFNgSABnYEgBt2BIAc9gSAMbYEgDm2BIAH9kSAHXZEgB42RIAfNkSAP3dEgCE2RIA0dkSANfZEgAq2hIAMNoSAIPaEgCI2hIA3NoSAOLaEgA1VRYAQdsSAI7bEgCR2xIA59sSAPHbEgBA3BIAT9wSAJncEgCb3BIA8twSAPXcEgBL3RIAV90SAKTdEgDI3RIAjlUWAP/dEgBW3hIAXN4SAK/eEgC83hIA51UWABXfEgBh3xIAeN8SALrfEgDE3xIAE+ASAB/gEgBs4BIAb+ASAMXgEgDP4BIAHuESAC3hEgB34RIAeeESANDhEgDT4RIAKeISADXiEgCC4hIApuISAEBWFgDj4hIANOMSAETjEgCN4xIAj+MSAObjEgD04xIAP+QSAFDkEgCZVhYAnuQSAPHkEgD95BIA8lYWAFLlEgCj5RIAyeUSAPzlEgAE5hIAVeYSAGHmEgCu5hIAtOYSAAfnEgAN5xIAYOcSAGXnEgC55xIAv+cSAKRXFgAa6BIAVlgWAHfoEgDE6BIAxegSAB3pEgAi6RIAdukSAHzpEgDP6RIA2ekSACjqEgAw6hIAgeoSAIXqEgDa6hIA4OoSADPrEgBB6xIAjOsSAJbrEgDl6xIA7+sSAD7sEgBK7BIAl+wSAKTsEgDw7BIA+OwSAEntEgBT7RIAou0SAKftEgD77RIAA+4SAK9YFgBZ7hIAre4SALruEgAG7xIADu8SAF/vEgBl7xIAuO8SAMTvEgAR8BIAEvASAGrwEgBv8BIAw/ASAMnwEgAc8RIAJvESAHXxEgB98RIAzvESANLxEgAn8hIALfISAIDyEgCO8hIA2fISAOPyEgAy8xIAPPMSAIvzEgCX8xIA5PMSAPHzEgA99BIARfQSAJb0EgCg9BIA7/QSAPT0EgBI9RIAUPUSAAhZFgCm9RIA+vUSABP2EgBT9hIAW/YSAKz2EgCy9hIABfcSABH3EgBe9xIAX/cSALf3EgC89xIAEPgSABb4EgBp+BIAc/gSAML4EgDK+BIAG/kSAB/5EgB0+RIAevkSAM35EgDb+RIAJvoSADD6EgB/+hIAifoSANj6EgDk+hIAMfsSAD77EgCK+xIAkvsSAOP7EgDt+xIAPPwSAEH8EgCV/BIAnfwSAGFZFgD2/BIAbFoWAE39EgCg/RIApf0SAPn9EgD9/RIAUv4SAF/+EgDFWhYAsP4SAAT/EgAI/xIAXf8SAF//EgC2/xIAz/8SAA8AEwAgABMAaAATAHQAEwAeWxYAxAATAKoGEwDNABMAGgETAC0BEwBzARMAdAETAMwBEwDYARMAJQITADQCEwB+AhMAiAITANcCEwDjAhMAMAMTADcDEwB3WxYAkQMTAOIDEwDkAxMAZhATAOUDEwAZCRMA6AMTADsEEwDuAxMAiAsTAO8DEwAsfBMARwQTAJQEEwCjBBMA7QQTAPkEEwBGBRMAVAUTAJ8FEwC6BRMA+AUTAAQGEwBRBhMAWAYTANBbFgC3BhMAAwcTAAUHEwBcBxMAXQcTALUHEwC4BxMADggTABkIEwBnCBMAbAgTAMAIEwDKCBMAKVwWACYJEwByCRMAdAkTAMsJEwDMCRMAJAoTACcKEwB9ChMAiAoTANYKEwDbChMALwsTADkLEwCCXBYAmwsTAOELEwDiCxMAOgwTAEYMEwCTDBMAogwTAOwMEwD2DBMARQ0TAFENEwCeDRMApQ0TANtcFgD/DRMAUA4TAFIOEwCpDhMAuA4TAAIPEwAMDxMAWw8TAGQPEwC0DxMAtg8TAA0QEwAeEBMAjV0WAHUQEwC/EBMAyRATABgREwAhERMAcRETAHMREwDKERMA2xETACMSEwArEhMAfBITAJoSEwDVEhMA3RITAC4TEwA6ExMAhxMTAJoTEwDgExMA4RMTADkUEwBFFBMAkhQTAKEUEwDrFBMA9RQTAEQVEwBQFRMAnRUTAKQVEwDmXRYABxYTAE8WEwBgFhMAqBYTALAWEwABFxMACBcTAFoXEwBoFxMAsxcTAMMXEwAMGBMAHBgTAGUYEwCBGBMAP14WAMsYEwAXGRMALhkTAHAZEwB4GRMAyRkTANcZEwAiGhMALBoTAHsaEwCHGhMA1BoTAOoaEwAtGxMAMBsTAIYbEwCiGxMAmF4WAOkbEwA4HBMAQBwTAJEcEwCgHBMA6hwTAO8cEwBDHRMAUB0TAJwdEwCmHRMA9R0TAPcdEwBOHhMAXB4TAKceEwC0HhMAAB8TAAMfEwDxXhYAZB8TALIfEwC8HxMACyATABMgEwBkIBMAcyATAL0gEwDCIBMAFiETACMhEwBvIRMAeSETAMghEwDKIRMAISITAC8iEwB6IhMAhyITANMiEwDWIhMASl8WAC8jEwCFIxMAkSMTAN4jEwDlIxMANyQTAD8kEwCQJBMAqSQTAOkkEwD9JBMAQiUTAF4lEwCbJRMAoyUTAPxfFgD8JRMAVWAWAFomEwCmJhMArSYTAP8mEwAHJxMAWCcTAF0nEwCxJxMAwScTAAooEwASKBMAYygTAHEoEwC8KBMAySgTABUpEwAiKRMAbikTAHopEwDHKRMAzSkTACAqEwAoKhMAeSoTAIUqEwDSKhMA5SoTACsrEwA6KxMAhCsTAJArEwDdKxMA3isTADYsEwBALBMAjywTAJ0sEwDoLBMA7SwTAEEtEwBOLRMArmAWAJ0tEwDzLRMA/S0TAEwuEwBOLhMApS4TALQuEwD+LhMAHi8TAFcvEwBfLxMAsC8TALovEwAJMBMADzATAGIwEwBkMBMAuzATAMowEwAUMRMAIDETAG0xEwB1MRMAB2EWAOQxEwAfMhMAPTITAGBhFgCWMhMA0TITAO8yEwAqMxMAMjMTAIMzEwCSMxMA3DMTAN4zEwA1NBMAPjQTAI40EwCRNBMA5zQTAPM0EwBANRMARzUTAJk1EwChNRMA8jUTAAs2EwBLNhMAXzYTAKQ2EwDANhMA/TYTAAU3EwC5YRYAdDcTAK83EwDNNxMAEmIWACE4EwBhOBMAZjgTALo4EwDVOBMAEzkTAB85EwBsORMAdDkTAGtiFgDYORMAHjoTAC06EwB3OhMAgzoTANA6EwDROhMAKTsTADM7EwCCOxMAkDsTANs7EwDgOxMANDwTAEE8EwDEYhYAkTwTAOY8EwDoPBMAPz0TAEI9EwCYPRMAoD0TAPE9EwD7PRMASj4TAFU+EwCjPhMArz4TAPw+EwAEPxMAHWMWAGM/EwCuPxMAtD8TAAdAEwATQBMAYEATAG9AEwC5QBMAw0ATABJBEwAaQRMAa0ETAHpBEwDEQRMAxkETAB1CEwAmQhMAdkITAHlCEwDPQhMA20ITAChDEwAwQxMAdmMWAJFDEwDaQxMA4kMTADNEEwA9RBMAjEQTAJdEEwDlRBMA8UQTAD5FEwBGRRMAz2MWAJxFEwDwRRMAAUYTAElGEwBaRhMAokYTAKdGEwD7RhMA/0YTAFRHEwBiRxMArUcTALpHEwAGSBMAHUgTAF9IEwBnSBMAuEgTAMRIEwARSRMAJEkTAGpJEwB5SRMAw0kTAM9JEwAcShMAHUoTAHVKEwB/ShMAzkoTANxKEwAnSxMALEsTAIBLEwCNSxMAKGQWAOdLEwAyTBMAP0wTAItMEwCiTBMA5EwTAOxMEwA9TRMASE0TAJZNEwCYTRMA700TAPxNEwBIThMAT04TAKFOEwCyThMA+k4TAAhPEwBTTxMAYE8TAKxPEwDDTxMABVATAA1QEwBeUBMAY1ATALdQEwDHUBMAEFETABhREwBpURMAc1ETAMJREwDNURMAG1ITACdSEwB0UhMAfFITANpkFgDmUhMAJlMTACtTEwB/UxMAmlMTANhTEwDkUxMAMVQTADlUEwAzZRYAnVQTAONUEwDyVBMAPFUTAEhVEwCVVRMAllUTAO5VEwD4VRMAR1YTAFVWEwCgVhMApVYTAPlWEwAGVxMAjGUWAFpXEwCrVxMArVcTAARYEwARWBMAXVgTAGJYEwC2WBMAwFgTAA9ZEwAaWRMAaFkTAHRZEwDBWRMAx1kTABpaEwAiWhMAc1oTAH9aEwDMWhMA31oTACVbEwA0WxMAflsTAIpbEwDXWxMA2FsTADBcEwA6XBMAiVwTAJdcEwDiXBMA51wTADtdEwBIXRMA5WUWAJldEwDtXRMA/F0TAEZeEwBVXhMAn14TAKheEwD4XhMA/l4TAFFfEwBXXxMAql8TALZfEwADYBMACmATAFxgEwB4YBMAPmYWAL9gEwAOYRMAGmETAGdhEwBqYRMAwGETAMphEwCXZhYAIWITAPBmFgB6YhMASWcWANNiEwCiZxYALGMTAH1jEwB+YxMAfGsTAIpjEwDWYxMAkWMTALRoEwCUYxMAcHITAJZjEwBDdhMA12MTAC9kEwBFZBMAiGQTAJBkEwDhZBMA42QTAKlnEwDvZBMAOmUTAEJlEwD7ZxYAR2UTAJNlEwCWZRMA7GUTAPZlEwBFZhMAR2YTAJ5mEwCvZhMA92YTAAhnEwBQZxMAWGcTAFRoFgCwZxMAAmgTAAloEwBbaBMAY2gTAK1oFgC2aBMADWkTABNpEwBmaRMAc2kTAL9pEwDHaRMAGGoTABpqEwBxahMAeGoTAMpqEwDRahMAI2sTACtrEwAGaRYAiWsTANVrEwDWaxMALmwTAERsEwCHbBMAj2wTAOBsEwDibBMAqG8TAO5sEwA5bRMAQW0TAF9pFgBGbRMAkm0TAJVtEwDrbRMA9W0TAERuEwBGbhMAnW4TAK5uEwD2bhMAB28TAE9vEwBXbxMAuGkWAK9vEwABcBMACHATAFpwEwBicBMAEWoWAL1wEwAMcRMADnETAGVxEwB2cRMAvnETAM9xEwAXchMAH3ITAGpqFgB1chMAb3oTAHxyEwDJchMA33ITACJzEwAqcxMAe3MTAIlzEwDUcxMA4XMTAC10EwAwdBMAhnQTAJB0EwDfdBMA4XQTADh1EwBJdRMAkXUTAKJ1EwDqdRMA8nUTAMNqFgBMdhMAnHYTAKl2EwD1dhMA/HYTAE53EwBfdxMAp3cTALN3EwAAeBMACHgTABxrFgBmeBMAsngTALV4EwALeRMAFXkTAGR5EwBmeRMAvXkTAM55EwAWehMAJ3oTAHVrFgB3ehMAyHoTAN96EwAhexMALXsTAHp7EwCEexMA03sTANt7EwDOaxYALXwTAIV8EwCbfBMA3nwTAOZ8EwA3fRMARX0TAJB9EwCYfRMAJ2wWAJ19EwDpfRMA7H0TAEJ+EwBMfhMAm34TAJ1+EwD0fhMABX8TAE1/EwBefxMApn8TAK5/EwCAbBYABYATAFiAEwBdgBMAsYATAMyAEwAKgRMAGIETAGOBEwBqgRMAvIETAMiBEwAVghMAG4ITAG6CEwBxghMAx4ITANGCEwAggxMAJoMTAHmDEwB7gxMA0oMTANyDEwArhBMAN4QTAISEEwCbhBMA3YQTAPGEEwA2hRMAUoUTAI+FEwCXhRMA2WwWAOqFEwBBhhMAT4YTAJqGEwCrhhMAMm0WAPqGEwCLbRYAWocTAKWHEwCvhxMA/ocTAAmIEwBXiBMAX4gTALCIEwC8iBMACYkTAByJEwBiiRMAcYkTALuJEwDHiRMAFIoTABWKEwBtihMAd4oTAMaKEwDUihMAH4sTACSLEwB4ixMAhYsTAD1uFgDZixMAKowTADSMEwCDjBMAiIwTANyMEwDkjBMANY0TADuNEwCOjRMAmo0TAOeNEwDtjRMAQI4TAEmOEwCZjhMApo4TAPKOEwD6jhMAS48TAEyPEwCkjxMApo8TAP2PEwAAkBMAVpATAFmQEwDvbhYAxZATAAiREwAQkRMAYZETAG2REwC6kRMAwJETABOSEwAZkhMAbJITAHGSEwAekxMAmpITAMWSEwDNkhMAoW8WACSTEwD6bxYAjZMTANCTEwDSkxMAKZQTADaUEwCClBMAiZQTANuUEwDjlBMANJUTAESVEwCNlRMAj5UTAOaVEwD0lRMAP5YTAFCWEwCscBYAn5YTAAVxFgD/lhMASpcTAFSXEwCjlxMArpcTAPyXEwAEmBMAVZgTAGGYEwCumBMAwZgTAAeZEwAVmRMAYJkTAGqZEwC5mRMAwZkTABKaEwAhmhMAa5oTAHCaEwDEmhMAy5oTAB2bEwApmxMAt3EWALebEwDPmxMAEJwTACicEwAwnBMAEHIWAKucEwDanBMA5pwTADOdEwA5nRMAjJ0TAJKdEwDlnRMA6p0TAD6eEwBEnhMAaXIWAJieEwDwnhMA9p4TAEmfEwBOnxMAop8TALGfEwD7nxMAB6ATAFSgEwBXoBMAraATALCgEwAGoRMADqETAF+hEwBuoRMAuKETAL2hEwARohMAJ6ITAGqiEwBrohMAw6ITANSiEwAcoxMAKKMTAHWjEwB/oxMAzqMTANqjEwAnpBMALqQTAMJyFgCQpBMA2aQTAOWkEwAypRMAQaUTAIulEwCfpRMA5KUTAPOlEwA9phMATqYTAJamEwCiphMAG3MWAPGmEwBIpxMAVqcTAKGnEwCypxMAdHMWAACoEwBTqBMAX6gTAM1zFgCyqBMABakTAAupEwBeqRMAY6kTALepEwC9qRMA2HQWABWqEwBpqhMAa6oTAMKqEwDTqhMAPHYWACerEwB0qxMAeqsTAM2rEwDZqxMAJqwTAC6sEwCVdhYAhawTANisEwDkrBMAMa0TADmtEwDudhYAlq0TAOOtEwDmrRMAPK4TAEauEwBHdxYAl64TAO6uEwD8rhMAR68TAFivEwD5dxYApq8TAPmvEwAFsBMAUngWAFqwEwCrsBMArrATAASxEwAQsRMAXbETAGmxEwC2sRMAvrETAAR5FgAashMAaLITAHSyEwDBshMAybITAF15FgAjsxMAc7MTAISzEwDMsxMA3bMTACW0EwAttBMAfrQTAIG0EwDXtBMA4bQTADC1EwAytRMAibUTAJi1EwDitRMAArYTADu2EwBDthMAlLYTAJ62EwDtthMA87YTAEa3EwBItxMAn7cTAK63EwD4txMABLgTALZ5FgBduBMAqrgTAMi4EwADuRMACbkTAFy5EwBluRMAtbkTAMK5EwAOuhMAFroTAGe6EwB9uhMAwLoTAMK6EwAZuxMANLsTAHK7EwB+uxMAy7sTANi7EwAPehYAKrwTAH28EwCFvBMA1rwTAOy8EwAvvRMANL0TAIi9EwCOvRMA4b0TAO29EwA6vhMAQr4TAGh6FgCgvhMA7L4TAPy+EwBFvxMASr8TAJ6/EwCkvxMA978TAA3AEwBQwBMAUsATAKnAEwCzwBMAAsETABDBEwBbwRMAYMETALTBEwDBwRMAwXoWABzCEwBmwhMAb8ITAL/CEwDJwhMAGMMTACbDEwBxwxMAdsMTAMrDEwDXwxMAI8QTACvEEwB8xBMAjMQTANXEEwDXxBMALsUTADzFEwCHxRMAmMUTABp7FgDnxRMAc3sWAD7GEwCSxhMAmMYTAOvGEwDzxhMARMcTAE7HEwCdxxMAn8cTAPbHEwD5xxMAT8gTAG/IEwAlfBYAtMgTAAHJEwAHyRMAWskTAGbJEwCzyRMAu8kTAH58FgAYyhMAZcoTAGvKEwC+yhMAysoTABfLEwAfyxMA13wWAHLLEwDJyxMA18sTACLMEwAzzBMAMH0WAIjMEwDUzBMA68wTAIl9FgA3zRMAhs0TAJLNEwDfzRMA4s0TADjOEwBCzhMA4n0WAKLOEwDqzhMA8c4TAEPPEwBLzxMAnM8TAKnPEwD1zxMA+s8TAE7QEwBY0BMAp9ATAK/QEwAA0RMAD9ETAFnREwBe0RMAstETAMjREwAL0hMADNITAGTSEwBy0hMAvdITAM7SEwAW0xMAItMTAG/TEwB30xMAlH4WAMzTEwBkAQAA0NMTAOPDFQDU0xMAQHgRAC3UEwBjCQAAgtQTAJvXEwBE1hMA2SwAAJTWEwDvLgAAq9cTAJQ+AABQ2BMAtUEAAKnYEwBmSgAAWtkTAAg4EwBb2RMALk0AAF/ZEwCCoQQAYtkTABrsCAC12RMATWAAAGfaEwDoZgAAwNoTAMVzAABx2xMAuXoAANbbEwAchAAAJNwTAJaHAAB73BMAwosAADPdEwB+lQAA/N0TADbeEwCt4BMA8NgAALThEwB05QAADeITADDvAAC/4hMAfP4AAHnjEwA4CAEA6uMTAJEIAQAh5BMA6ggBAITkEwAsDwEANOUTAOkQAQCM5RMAIBYBAFTmEwCDHwEAmuYTAMUlAQAG5xMAQOcTALXnEwDy5xMA+ucTAEvoEwBX6BMAay0BAKzoEwAzMAEAcukTAK/pEwC36RMACOoTAArqEwDZNwEAbeoTABs+AQAb6xMA10cBAIPsEwBDYgEAMe0TABZmAQBF7RMAq20VAE3tEwCVaxUAp+0TAG9mAQDh7RMA02cBAEbuEwBCagEAku4TAGNtAQDq7hMAeW8BAP3vEwDxggEAZPATAKPwEwCr8BMASoMBAAvxEwC5hQEAuvETANmQAQAq8hMAMpEBAGzyEwDvkgEAwfITABLzEwAc8xMASJMBAHXzEwB/mAEAjfUTAESzAQDi9RMAM/YTAEP2EwCdswEA8fYTAMm3AQBG9xMAl/cTAKf3EwAiuAEAVfgTACzBAQAf+xMAESkIAMn7EwC8eAIAzfsTAHl6AgDR+xMAxN8BAN37EwATiQIAd/wTAPDjAQDc/BMAreUBAIn9EwDD5wEA2/0TAIDpAQBA/hMAPesBAJf+EwBT7QEA8P4TAKztAQCe/xMAm5QVAJ//EwApqw0Aov8TAMLvAQCy/xMACkoOAPf/EwDXZhQACwAUABvwAQAdABQAlw0WAE8AFAB08AEAUgAUAInXDgAGARQAq/UBAF8BFAAE9gEAEwIUAJ/8AQDAAhQA4QICAHIDFAANBwIAxQMUABsEFAAnBBQAvwcCAIkFFABwEAIA4AUUADEGFAA4BhQAexECAOYGFAA0wg8A6QYUAE0FEADtBhQAdM0OAO8GFACnCBEA8wYUANMZAgBKBxQApSUCAJgHFADuBxQATwgUAKAIFACjCBQAgSIQAKwIFADGKAIADgkUAI4rAgBzCRQAqwkUAAgKFACzRA8AFAoUAIE6AgAxChQAry4CAGkKFABKNQIAGwsUACg6AgDNCxQAjDsCADYMFADlOwIA2AwUAN/ZDADcDBQAlzwCAC4NFACiPQIAPg4UAGlIAgDrDhQAVGkOAO4OFACgTQIA8A4UANOzEABDDxQAtscVAFUPFACUDxQAVw8UANvBDwD1DxQARhAUAAkQFAAOWAIASRAUAJoBDwBQEBQAEw0PAFMQFAAB6w4AVhAUANXxDwBXEBQAWvYPAGEQFAC2TwIAZxAUAK8LDwD6EBQAO1QCAPwQFACdvBIABBEUADm7EgAiERQA1FIQAF8RFAD4VQIAshEUAAMSFAAPEhQAqlYCABYTFABnExQA7xUUAMlpAgBWFxQAwCkWACUlFAC2WgMAOCUUAKozDwDmJRQALSYUAJgmFADfJhQASCcUAK23DQBOJxQA6C4DAKEoFABgQgMArCkUAHRUAwCLKhQAsioUAA0rFAAOYwMAvysUAPdoAwB1LBQADWsDAMosFAAubgMAfC0UAHB0AwAuLhQAAHoDAOAuFAC9ewMAUi8UAOl/AwCSLxQApoEDAFQwFADShQMATzEUACieAwAMMhQABasDAMMyFAD5sQMAZjMUABBnFQBrMxQAFTQUAH8zFAA2NxQAhzMUADxrFQCNMxQA7bgDABc0FACfgA4AGTQUALADDwAcNBQAGGAKAB80FABGuQMAJDQUAJ+5AwAmNBQAMcUFADg0FADNGhYATjQUAHUUBgCQNhQAnckDAD43FACPNxQAkDcUALCqDgCZNxQAWwQSAJ43FAAhqA8ArjcUAAE4FgDyNxQA1M4DAPY4FACX+QMA+TgUAEMpDAD6OBQAeOYDAPw4FAB61gMA/TgUAGPcAwD/OBQALTMFAAA5FADS3gMAATkUAGztAwACORQAQtkDAAM5FACoLgUACTkUAPPhAwA0ORQAdpsTAM08FADVHwQA1DwUABsGBAArPRQARwoEAIA9FADRPRQA5z0UALYMBACPPhQAwBUEAOQ+FAA1PxQAOT8UABkWBADxPxQAUBsEAPpAFABLQRQAYUEUAC0oBAD/QRQAJ1gEAANCFAALLQQAB0IUAKDRDgBiQhQAei8EAMlEFACuTAQAQkYUAKBjBAD0RhQADm4EAKxHFAA6cgQA70cUAMp3BADzSBQA3okEAFJJFACjSRQAsUkUAE2MBACyShQA234RALxKFABXlQQAvEsUAEqkBAAkTRQAUr0EANBNFAADxgQAk04UANpOFAA+TxQAcNgEAJ5PFADlTxQA9k8UAJHbBABLURQACksGAExRFAAT+AQAU1EUAFU1CgD+URQAP/wEAAJSFAD6RAoACVMUADETBQAcVBQAAx8FANJUFAB9IgUAkVUUAM5VFADWVRQAJ1YUADZWFAB8KgUAilYUAPYtBQA7VxQAomgOAD5XFACzLwUAk1cUAORXFACnVxQArGUVAO5XFAAMMAUAnlgUAPU1BQD+WBQACzgFAKdZFABNPgUAAloUAOsVCwBWWhQAQUUFAGpbFABgWAUAv1sUANHvFAAsXBQAaVwUAHFcFADCXBQAz1wUADFsBQDRXBQAepMFANNcFADaWwUAkF4UAGd5BQCWXxQAOI0FAOtfFAA8YBQATWAUAJyOBQBWYRQAeKMFAKphFADypgUAVGIUAOatBQC8YhQA2rQFAMdiFABewQUA1GIUABy7BQDfYxQAt8EFAIdkFAAEyQUAx2QUAJ/PBQB6ZRQAnd8FAH9lFACt7woAgGUUAIDzCgCCZRQAHeoKAOhlFAAlZhQALWYUAH5mFADZZhQAp0sPANxmFAB1ug0A32YUAAVmFQDhZhQAvuIFAONmFAAvpxEA+mYUAJQlFgAeZxQAh68RADhnFADf5QUAtmcUAOJnFADtZxQA6uYFAJ5oFADT7AUAVWkUANL0BQD7aRQANf4FAP5pFACMGQcAbWoUAPL/BQC3ahQAowgGALlqFABLAAYACWsUAMUDBgANaxQA2wUGABhsFABrCwYAKG0UAOQWBgB1bRQAGxwGAFZwFACTcBQAm3AUAOxwFAD7cBQAWUIGAE5xFABYSgYAUnIUAAlTBgBdchQA9BsKAKxyFACDVgYAuXMUALhrBgDDcxQAYGMGABN0FADaZgYAF3QUAPBoBgCNdRQAynUUANJ1FAAjdhQAKHYUAJSABgAydhQAPHgGAIJ2FAC2ewYAhnYUAMx9BgCceBQA35cGAEp5FABCoQYA/HkUAMW1BgDNehQAHMYGACd7FACsywYAaXsUAMLNBgDDexQAXdQGABh8FABo1QYAbXwUAL58FADIfBQAwdUGABp9FADi2AYA0n0UAOHgBgCXfhQA1H4UANx+FAAtfxQAM38UAAztBgCcfxQA3/AGAE6AFAC8/QYAlYAUACoIBwBSgRQASwsHAASCFACjEwcAuIIUAFQcBwB1gxQAsoMUALqDFAALhBQAG4QUABsnBwA3hBQAoCsHAHCEFAAmKAcAxYQUABaFFAAghRQAfygHAD2GFAB6hhQAgoYUANOGFADchhQA4TkHADaHFAD3OwcA+ocUADeIFAA/iBQAkIgUAJGIFABwRwcAlYgUACSRBwCdiBQAb08HAJ+IFADgQQcA74gUAFpFBwDziBQAXI4HAP6JFAA3UgcAsIoUAI9aBwAJixQAFF8HAF6LFAAfYAcAGIwUAHdoBwBvjBQAjWoHADGNFABujRQAdo0UAMeNFADRjRQAdnAHACOOFADDdwcA7o4UACuPFAAzjxQAhI8UAJGPFABIfAcAk48UALaGBwDijxQAdIAHAJWQFAAwigcA8JAUAEaMBwBokhQApZIUAK2SFAD+khQADZMUAMqYBwBhkxQARJwHAHmVFAArsgcA4pUUAB+WFAA7lhQAeJYUAIWWFACPswcAn5cUANyXFADklxQANZgUADiYFAD8xQcAIJkUAIvTBwCcmRQAwtgHAKCZFAAiig0AWJoUALbfBwCnmhQA4uMHALubFACT7AcAa5wUAET1BwDGnBQA1PoHAM2dFABW3woA4Z0UAP3eCgA6nhQAd54UAH+eFADQnhQA054UACwDCABFnxQAgp8UAIqfFADbnxQA6p8UAP8GCAA/oBQA8w0IAPKgFAAJEAgA86EUAKMeCACnohQAfbESAKqiFADYgA8Ar6IUAO6YEQCyohQAayEIALOiFAAxlxEACKMUAJclCAAjpBQAYKQUAGikFAC5pBQAwqQUAKEuCAAcpRQAtzAIANOlFAAEOAgANqYUAMtCCACCphQA1kMIACunFAB8SwgAjacUAEROCAA2qBQAQ1YIAOioFAAgYwgA+qkUAFZwCABTqhQA0HMIAK6qFABKdwgAF6sUAFSrFABcqxQArasUALyrFADDgggAvasUAK54CAASrBQAuXkIAGesFAC4rBQAwqwUABJ6CABwrRQAPYYIAB+uFAA8jggA1q4UAA+SCACcrxQA2a8UAOGvFAAysBQAQbAUAMubCACXsBQARZ8IAOywFAA9sRQATLEUAKmgCAD+sRQA66YIAFKyFABlqggArrIUAOm2CACwshQAp7AIAMizFAAFtBQADbQUAF60FADTtBQAELUUABi1FABptRQAdrUUAGHKCADPtRQAKc0IACm2FAD80AgAz7YUAJfXCACLtxQA5N4IADy4FABy9AgAobkUAKcJCQD2uRQAR7oUAFa6FAALCwkAxroUAG8MCQAOvBQAsRIJAGm8FAA2FwkAvrwUAA+9FAAevRQAmhgJAI69FAD+GQkAz74UANweCQAqvxQAKSYJANy/FAARNAkAjsAUAEdBCQBLwRQAMEcJAKHBFACUSAkATMIUAHJNCQAUwxQAUcMUAFnDFACqwxQABsQUAC5XCQDExBQA9lkJAIPFFADAxRQAyMUUABnGFAAjxhQAWWMJAIDGFAAWZQkA2sYUAE1qCQAuxxQA0m4JAN/HFABXcwkA7cgUAJl5CQBCyRQAk8kUAJXJFADyeQkAYcoUAJ7KFACmyhQA98oUAAvMFACskwkAd8wUALTMFAC8zBQADc0UADTOFABxzhQAec4UAMrOFADUzhQA1qcJAJjPFADVzxQA3c8UAC7QFAA40BQAQcoJAETQFACRuQkAjNAUAKe7CQDq0BQAscQJAE3SFACM4QkAUdIUACnYCQCr0hQAa94JAPfSFACB4AkAstMUAKLjCQAE1BQAw+YJAL3UFABT7AkAGNUUAO7yCQDK1RQAD/YJACPWFABo9gkAjNYUAMnWFADR1hQAItcUADHXFAAw+QkA4dcUAFsFCgA92BQATwwKAFTZFACR2RQAmdkUAOrZFAD52RQACxYKAPjaFABO2xQAaNsUAAkmCgDD2xQAANwUAAjcFABZ3BQAaNwUADUqCgDl3BQA8isKAIDdFAC93RQAxd0UABbeFAB+3hQAxS8KAM7eFAA/MwoAht8UAGA2CgDl3xQA5ToKAIzgFAALyAoAj+AUAMM/CgDl4BQAzkAKAPPhFADtUwoATOIUAOFaCgCi4hQA7FsKAMLjFAD/4xQAB+QUAFjkFABk5BQA1GkKALnkFAAK5RQADuUUADhrCgBz5RQA9WwKADHmFABu5hQAduYUAMfmFADx5hQA6HsKACXnFACOgwoAlecUAHS3DADa5xQAK+gUAGXoFAAeiQoAAOkUADbpFABE6hQAzKkKAFPrFAAuuwoAzOwUAAntFAAR7RQAYu0UAHHtFACE0woAwe0UAP7WCgDF7RQACJILAHXuFADG7hQA9O8UACrwFABJ8BQAg/AUAOzwFADb4woAlvEUAGvpCgBG8hQAl+0KALHzFADQlAsAs/MUABv6CgAD9BQAlf0KAB32FABRBwsAb/YUAPcOCwB29hQA1gsLAIr4FADb+BQAkPkUAOklCwCk+hQAYjELAAT8FABV/BQAfvwUAD5GCwAM/RQA+0cLAGj9FAC5/RQA4v0UAGpKCwBz/hQAPU4LAO3+FACWTgsAhwAVAMBiCwCYARUADWoLAKMCFQC+cgsADAMVABdzCwBYAxUAcHMLAKgDFQDqdgsAYAQVAAt6CwDJBBUAZHoLABUFFQC9egsAZQUVADd+CwDtBhUAHAcVAJEHFQDOBxUA1gcVACcIFQDeCBUA/JgLAOgJFQCApQsAsgoVAO8KFQD3ChUASAsVAFILFQD5sAsAMQ0VACS9CwBrDhUAm9gLAMsOFQCE3gsAdg8VAI7nCwDdDxUACOsLAJQQFQC4+wsAOxEVAM0FDABQExUAeyYMABsVFQArNwwAuxUVAGI8DAAcFhUA3D8MAN0WFQAaFxUAIhcVAHMXFQDOFxUA5kgMAPMYFQAwGRUAOBkVAIkZFQCzGRUAdVYMAEQaFQC3XAwAnBoVAO0aFQD7GhUAaV0MAEwbFQDYXwwABRwVAA9lDABSHBUAO2kMAGUdFQA6cQwAvh0VAFBzDADBHRUAAnQMACYfFQCRgQwAdx8VAPWCDADYHxUAb4YMACwgFQA3iQwAgCAVAJCJDAD6IBUALyEVAP0hFQDGlgwAZCIVAB+XDACmIxUA9yMVACAkFQATngwALiQVAMWeDAAZJhUA8aIMAHYmFQBrpgwAzCYVAM+nDADXJxUAaq4MACgoFQCWsgwA9CgVAC4pFQDiKRUAlMIMAEUqFQADxQwAmSoVAEXLDABGKxUAqcwMANIrFQDV0AwADCwVAAHVDABULBUAcNcMAActFQCQ4gwAFy0VABL/DAB7LhUAKvEMAMMuFQCZ8wwALS8VAAj2DABJMRUAhjEVAI4xFQDfMRUA7DEVABsQDQBFMhUAPBMNAPcyFQAPFw0AuzMVAPUzFQBgNBUAjkoVAG00FQCnNBUAZTUVAPckDQBnNRUAiCINAB02FQBkNhUAyzYVALMuDQB/NxUA3joNAFs4FQB6OBUAQjkVAJlMDQDpORUAxVANAEU6FQAHVw0AnjoVALhfDQD2OhUAw2ANAKE7FQCsZg0AaTwVAKY8FQCuPBUA/zwVAHY9FQCUdA0AZj4VAC97DQCFPxUAnYUNADBAFQBOjg0A4kAVALGXDQCgQRUA3UEVAOVBFQA2QhUAq0IVAOhCFQDwQhUAQUMVAPZDFQBeZhUA+0MVAExEFQD9QxUADv0RAA9EFQDOuRUAVkQVANurDQAERRUAxLENAMhGFQBSxw0AGUcVAH7LDQCISBUARN4NAJdIFQDRSBUAMkkVABjaDQCSSRUAcdoNAOhKFQBv6g0A+0sVADb1DQBOTBUApEwVAGNMFQBsAg4AtkwVAOj1DQBiTRUAV/gNALlNFQCw+A0Aa04VAJn+DQBvTxUAxU8VAN1PFQA/Bg4A2VAVAIAUDgAsURUAglEVAJlSFQB/HA4AsVIVAPJtEADuUhUAP1MVAF1TFQDYHA4ADVQVAEpUFQBSVBUAo1QVAApVFQD5Hw4AylUVABojDgB8VhUAlCYOAIdXFQDEVxUAzFcVAB1YFQCSWBUAz1gVANdYFQAoWRUAj1kVABgzDgBPWhUAjFoVAJRaFQDlWhUATFsVAAE5DgBlXBUAolwVAKpcFQD7XBUAYl0VAKdADgAiXhUAyEMOANReFQBCRw4AfWAVAPRoEQDWYBUATWkRAENhFQCAYRUAiGEVANlhFQBSYhUAKlUOAOxiFQCGlg4AUGQVAKFkFQACZRUANKsVAFtlFQBQ1hUAZmYVAMgLEQB6ZhUAgQsWAIxmFQC3ZhUAv2YVAPaxEQDlZhUArDkRAD5nFQBpZxUAxWcVAJn9FQA3aBUAdGgVAHxoFQDNaBUAMmkVAD1vDgCbaRUA2GkVAOBpFQAxahUAlmoVAENVEAD5ahUA3p4OAE1sFQAWWRAAU2wVAKt5DgC6bBUAc3wOALNtFQAEbhUAE24VAJGiDwBlbhUAo18WANBvFQAvhg4A2m8VAMuEDgDYcBUA94gOAJpxFQDXcRUA33EVADByFQCbcxUAqJEOAMB1FQAKow4AZHYVAECwDgDMdxUAl8AOAHV4FQC7nxUA03gVACR5FQAueRUAX8MOAOl6FQA6exUARHsVAKvSDgBhfBUAnnwVAKZ8FQD3fBUAq30VADrgDgAHfhUADeQOACCAFQDf7w4AeYAVAMqAFQDWgBUAWfMOAIiBFQDT9g4ANoIVAIeCFQCeghUAY/wOAMCHFQCMGA8AdYgVAGodDwDoihUA7DkPAJ2LFQBaRA8A/IsVAEOMFQACjRUA9UoPAAWNFQCRSQ8ADo4VAGRNDwC+jhUAb04PABmPFQCQUQ8A4I8VABaQFQA0kBUAClUPAJOQFQClWw8AL5EVAP5bDwCYkxUA22gPAKGUFQBVbA8Ap5QVAO3uEAC+lBUAdBoWAMWUFQBrCRYA4JQVAC6vEQD8lBUATZUVAFyVFQCBcA8Aq5UVAElzDwBglhUAsZYVALOWFQC4dQ8AD5cVAGp2DwAWlxUA2XgPAJWZFQDSmRUA2pkVACuaFQA1mhUAiJEPAPmaFQA2mxUAPpsVAI+bFQCemxUAAZ0PAO6bFQB7oA8AoJwVAAumDwBSnRUAm6sPAHGeFQBO5hUAuJ4VAAmfFQAPnxUACbYPAMOfFQBAuw8AF6AVAG2gFQB1oBUANboPACuhFQCkvA8A2aEVADWjFQDmoRUAo4wSACuiFQCvvQ8AMqIVAKGREQCLohUA3KIVAOSiFQDg/RAA9aQVAMTHDwClpRUA5coPALGlFQDwyw8AtKUVANrJDwALpxUA79MPAL2nFQBI1A8AxqcVAGk7EQB0qBUAzdgPAM2oFQAeqRUAhakVAJXbDwDeqRUAlOMPADerFQBc5g8A8qsVAMvoDwD0qxUAvM8SAEesFQCYrBUAm6wVAOHqDwBWrRUAqe0PAKutFQD8rRUA/60VAL/vDwC6rhUA4PIPAA+vFQBgrxUAaq8VADnzDwDBrxUAErAVABWwFQBE9A8AzLAVAGX3DwAlsRUAdrEVAHmxFQDJ+A8AMLIVAIGyFQCEshUA9fwPADuzFQCMsxUAj7MVACEBEABKtBUA9AQQAFG1FQCEChAAcbUVAFIfFgC+tRUA6AsQAFe2FQCtthUAYrcVAFcOEABptxUAxhAQACi5FQAIFxAAKrkVAIW0EADWuRUAJ7oVAI67FQASKxEAk7sVAEi9FQDwuxUAlyQQAEu9FQBf5BEAWL0VAPslEACxvRUAaigQAAa+FQB1KRAAb74VAKy+FQBlvxUA4jsQAGi/FQDhQxAAbb8VADIrEAB5vxUA+TUQADTCFQDXOhAA5sIVABlBEAAGxBUAJhsWAETEFQCVxBUAmMQVAOxEEAD+xBUAqUYQAFPFFQC0RxAAqMUVAPnFFQADxhUADUgQALnHFQD2TRAAwMcVAAxQEABryBUAF1EQAPfJFQA4VBAA38oVAAtYEACGzBUAPRUWAALNFQDgrxEAQs0VANuJEgBHzRUAjmwQALTNFQCW6READc4VAO/pEQC2zhUAHnIQAAvPFQBczxUAdc8VAIJzEAC4zxUADtAVAIvQFQBgeBAAPdEVAGt5EADv0RUAz3oQAIXSFQDW0hUA4NIVAKJ+EABJ1BUA+oYQAFXWFQBdkBAATdcVAFvXFQCm1xUAtNcVANzZFQB8oxAAftoVAOulEACI2hUAka0QAJrcFQBI6hEAVN0VAE23EACr3RUAWLgQAP7dFQAKuRAAUt4VAG66EAAE3xUAhLwQABTgFQBl4BUAxuAVABfhFQA94RUATzcWAMrhFQDcxBAAKuIVAHviFQDc4hUALeMVAOLjFQAeyxAAmeQVAOrkFQBL5RUAnOUVAMLlFQCoNxYAVuYVAKPPEACz5hUAB9EQAGHnFQCy5xUAwucVAGvSEABs6BUAvegVAODoFQAW6RUA0ekVAPDWEAAt6hUAuNkQAJ7qFQDT6hUAEO4VAFzxEADN7xUA7PYQAH/wFQBQ+BAAMfEVALT5EADP8RUAyvsQAIHyFQAu/RAA5fMVAHsEEQCX9BUATggRALH3FQC6IhEAefkVALkqEQB5+hUAMy4RAEH8FQAyNhEA8PwVAPo4EQCB/xUA7j8RALL/FQCrQREAEAAWAPgmFgBqABYAc0QRAG0AFgCJRhEAvQAWABMBFgAvARYAbAEWAMgBFgAeAhYAOgIWAHcCFgDYAhYAKQMWADMDFgDiRhEAigMWAON1FgDhAxYAGUwRAPQEFgCeUBEAQgUWAGZTEQCgBRYAUScWALgGFgA5sBEAYQcWAOpfEQD8ChYAKAsWAOoLFgCSsBEASA0WAPGAEQBMDhYAVnoRAAcPFgBhexEAGREWAGoRFgB0ERYAa4QRACoSFgAzhxEAeBIWAOWHEQCIFRYAlhUWAOEVFgDvFRYAOhYWAEgWFgCTFhYAoRYWAOwWFgD6FhYARRcWAFMXFgARGBYAMo8RAHoYFgCLjxEAERkWAO+QEQCFGRYAwhkWAMoZFgAbGhYA2xsWAAWTEQCYHBYAzZURAOYcFgB/lhEAYh0WANviEgCeHRYAPJgRAAoeFgBHHhYAvB4WAPkeFgB6HxYAqx8WANMfFgAEIBYALCAWAF0gFgCFIBYAtiAWAL0gFgA2yBEAFyEWAGghFgBtIRYAaJwRACgjFgBFqREAlSQWAMqtEQCgJRYArKgTAKQlFgDvphMADygWAJ2xEQB2KBYAtSgWAL0oFgAOKRYAHCoWAFqzEQCMKhYAyyoWACcrFgA4uBEAOywWAOnAEQCLLBYA4SwWAJYtFgDsLRYAbS4WAJ4uFgDGLhYA9y4WAB8vFgBQLxYAeC8WAKkvFgDRLxYAAjAWANwwFgANMRYANTEWAGYxFgCOMRYAvzEWAOcxFgAYMhYAQDIWAHEyFgAvMxYAQNERAOEzFgCk0hEAYTgWAAXsEQDBOBYAUvMRAIQ5FgC+ORYANjoWACT/EQB5OhYAqQMSAOg6FgAiOxYAgzsWANQ7FgDkOxYAZgUSADk8FgBxBhIAmzwWANGLEwD7PBYAOD0WAEA9FgCRPRYAFEEWADFJEgBwQRYA40kSAHdCFgBQXBIAKUMWAERjEgDbQxYAkWoSAI1EFgB6cBIAP0UWACB4EgDxRRYA/nwSAKNGFgDcgRIAVUcWANCIEgALSBYASowSAK1IFgCxSBYAH0kWANqREgBkSRYAl5MSANFJFgBJlBIAGkoWAKKUEgB2ShYAEZcSAMpKFgB1mBIAfUsWAIuaEgDgSxYA75sSAI5MFgBpnxIA4EwWAHSgEgA5TRYAiqISAJBNFgCVoxIAFk4WAEFOFgABTxYAiLISAGVQFgCovRIAEVEWAGJRFgBxURYADL8SAN5RFgAUUhYAFVIWAHDAEgB3UhYAFsgSAC1TFgDpyxIA2VMWACpUFgA5VBYAK9ISAKZUFgDcVBYA3VQWAI/TEgA/VRYANdsSAPVVFgAI3xIAolYWAJjkEgD1VhYAS1cWAGBXFgBK5RIAp1cWAP1XFgASWBYAEugSAONcFgA0XRYAUl0WAPcNEwC2YBYAmi0TACVhFgDGMRMA12EWAFY3EwB3YhYAxTkTAMxiFgCNPBMAJGMWAFU/EwB7YxYAgUMTAN9jFgCXRRMARGQWAIFkFgDcZBYAzVITAD9lFgCKVBMAoWUWAFJXEwDtZRYAlF0TALNmFgAZYhMAKmsWAFl4EwDpbBYA6IUTAD5tFgDzhhMAk20WAORtFgDobRYATIcTAEVuFgCWbhYA924WAEhvFgACcBYAU3AWALhwFgCYlhMADXEWAF5xFgBicRYA8ZYTAJRyFgCXnhMAfXMWAPqnEwDQcxYAJnQWAE50FgB/dBYA23QWADF1FgBZdRYAinUWAPp1FgAQqhMAl3YWAH+sEwD4dhYAiq0TAE93FgCgdxYAsHcWAJWuEwACeBYAoK8TAFV4FgCreBYADnkWAA+yEwBteRYAGrMTAHZ6FgCTvhMAJnsWAODFEwB7exYAzHsWANx7FgA5xhMAgnwWAAzKEwDnfBYAcMsTAD59FgB7zBMAkX0WAC3NEwDlfRYAO34WAA==","fail":"AAAAAAAAAAAxjgAAYN4BAO/gAADTWwgAmNsBAFxLCQA8TAIAwGMDAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAvrYBABe3AQBwtwEAybcBAAAAAAA8TAIAXIIOAKx8DwAFfQ8AXn0PALd9DwAQfg8AaX4PAMJ+DwAbfw8AdH8PAM1/DwAmgA8Af4APAAAAAADTWwgAmNsBAJjbAQAWhwQAAG8CAFlvAgC5xg8AQG0QAP4wAwBXMQMAHiYBAA3lBgBSmhEAFocEADxMAgCpaQMA/7kAAFi6AACxugAACrsAAGO7AADzDgAAPEwCAMBjAwBdhQ8AtoUPAA+GDwBohg8AwYYPAAAAAADTWwgAPEwCACpKDQDLIQUAvXACALMYCwAjYgIAbL8PADZ8AgBPZBIAqGQSALrWAQCtKAAAPEwCAJeqDADwqgwAI0wAAOCPBgBnmwAAwJsAAKoIAwB0UwsAzVMLADxMAgBcgg4ArHwPAAV9DwBefQ8At30PABB+DwBpfg8Awn4PABt/DwDgbgMA8MAOAFkAAABZAAAA5Z4LAJjbAQAjTAAAPEwCAOBuAwDn0gEAAAAAAGebAAAxHQ4A7SYOAPwfAABhGQAAXEsJALVLCQCY0AAA8dAAAErRAAAh1gMA0t4DACvfAwCeGQwAbBoAAINKDQCvFhAAZAEAAL0BAAAWAgAAbwIAAMgCAADgbgMA8MAOAFkAAABZAAAARAwCAEleBQBnmwAAprkAAJjbAQDyhQIA+OUHADxMAgDAYwMAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAB3VAACxggMACoMDAAAAAADXlQAA4qEBAJjbAQDx2wEAHcgPADxMAgAjsAEASV4FAKJeBQBZAAAAIrgBAHu4AQDUuAEALbkBAIa5AQDfuQEAOLoBAAAAAAAh1gMAl/kDAOfSAQBA0wEAmdMBAKp2DQDA0Q0AGdINAOW0DQA+tQ0Al7UNAPC1DQDrZAIA8KoMACiTAgBGBgsAnwYLAPgGCwBcSwkAPEwCADCfEQC0EAsAPEwCAHYhEABH/RIA1UwAAC5NAACHTQAA4E0AADlOAACSTgAAAAAAALMYCwBLWA4A4G4DAPwfAABVIAAAriAAAAchAABgIQAAuSEAALGCAwAKgwMAAAAAANeVAABnmwAA8w4AACvUAgBf5gEAXEsJADxMAgDgbgMAOW8DAHQzAADNMwAAJjQAAH30EAAjYgIAbL8PAGDeAQD8HwAAXEsJADxMAgDAYwMAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAABvAgBZbwIAWiQEALMkBAAMJQQAZSUEAOW0DQA+tQ0AExoAAGwaAACDSg0ArxYQAGQBAAC9AQAAFgIAAG8CAADIAgAAhXMCAN5zAgCLNhEA5DYRACpKDQAYVgEAcVYBAKoIAwDioQEAXEsJAFSKEQAqSg0Ag0oNAK8WEABkAQAAvQEAABYCAABvAgAAffQQACNiAgBsvw8AYN4BAPwfAABcSwkAPEwCAMBjAwCY0AAA8dAAAErRAACj0QAA/NEAAFXSAACu0gAAB9MAAGDTAAC50wAAEtQAAGvUAADE1AAAAG8CAFlvAgBaJAQAsyQEAAwlBABlJQQA5bQNAD61DQATGgAAbBoAAINKDQCvFhAAZAEAAL0BAAAWAgAAbwIAAMgCAACFcwIA3nMCAIs2EQDkNhEAKkoNABhWAQBxVgEAqggDAOKhAQBcSwkAVIoRADGOAABg3gEAPGIEACHWAwCX+QMAOW8DAHQzAADNMwAAJjQAAH30EADzDgAA/B8AAFUgAACuIAAAByEAAGAhAAB99BAArSgAALF2CgCY2wEAEBoOACvUAgB99BAAHiYBADpQCQDzDgAA59IBAFV5AACxrQ8A4g8MAPxrDwBC2QMA/7kAAFi6AACxugAACrsAAGO7AAC8uwAAKkoNAINKDQCvFhAAZAEAAL0BAAAWAgAAbwIAAMgCAAAeJgEAkwMCAPMOAAAr1AIAPEwCAEekEgCoCxIAwGMDAB+5BwDgbgMAI1URAOCPBgA5kAYAO6IBAAAAAACmuQAAprkAAGebAADzDgAA59IBADxMAgBcgg4AFM0RAGEZAADaUAQAZ5sAAFxLCQA8TAIAlUwCAHyNDgCY2wEAPEwCANeVAADzDgAA/B8AADxMAgAAAAAAYRkAAA+pAgBpBAwAuhkAAO/gAABhGQAAPEwCAFyCDgC1SwkAlkISAO9CEgAjYgIAbL8PAGDeAQD8HwAAAAAAAJjbAQC9cAIAMY4AAIqOAADjjgAAPI8AAJWPAADujwAAdD4BAFxLCQBUihEAYRkAANpQBABnmwAAXEsJAL1wAgBnmwAAwJsAAA70AACUuAMAI2ICAGy/DwBtHAkAvXACAFxLCQAjYgIAvXACAGebAADAmwAADvQAAJS4AwDXlQAAI2ICAKH1EgBJXgUAprkAADxMAgAPqQIAaKkCAMGpAgA8TAIAsYIDAAqDAwAjTAAA4I8GADmQBgBnmwAAqggDAAMJAwBcCQMAPEwCAKp2DQDA0Q0AGdINAOW0DQA+tQ0Al7UNAPC1DQCJiQ8AXYUPADLpCQB8sAEA7+AAAGebAABhGQAAuhkAAEVSAQCeUgEAwKQRAB29DgBZAAAAWQAAAOWeCwCY2wEAI0wAAF/mAQBcSwkAvXACADGOAACY0AAA8dAAAErRAAC9cAIAHiYBAHcmAQBhkwMAAAAAACOwAQBJXgUAZ5sAAGEZAAAjTAAAPEwCAFyCDgCsfA8ABX0PAF59DwC3fQ8AEH4PAGl+DwDCfg8AG38PAOBuAwDwwA4AWQAAAFkAAADlngsAmNsBACNMAAA8TAIAwGMDAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAdtUAABhWAQBxVgEAI0wAAIODAgBf2ggAMZkBAEAUEAA8TAIAsYIDAAqDAwAAAAAA15UAAGebAADzDgAAK9QCAF/mAQBcSwkAPEwCAEekEgCgpBIA+aQSAFKlEgCrpRIAVSAAAK4gAAAHIQAA15UAACNMAAB8TAAA1UwAAGEZAAAjTAAA/GwHAKa5AADrFgMAl5UCAPxsBwDTWwgAtBALADxMAgAqSg0ARAwCANeVAABnWAIA4qEBADuiAQA8TAIAMY4AAJjQAADx0AAAt+MAAMBjAwCY0AAA8dAAAErRAACj0QAA/NEAAFXSAACu0gAAB9MAAGDTAAC50wAAEtQAAGvUAADE1AAAHdUAALGCAwAKgwMAAAAAANeVAADioQEAmNsBAPHbAQAAAAAAmNsBAAzACgC0EAsAZ1gCAFkAAACyAAAACwEAADxMAgCiDw4AWQAAALIAAAALAQAAZAEAAL0BAAAWAgAAbwIAACMJAgB8CQIAqWkDAOsWAwBEFwMAnRcDABk2DwByNg8AyzYPAIVzAgDioQEATVQHAHxMAACtwg4ACikLACNMAAA8TAIAwGMDAFKaEQAWhwQAPEwCACpKDQCDSg0ArxYQAGQBAAC9AQAAFgIAAG8CAADIAgAAqWkDAAJqAwAO3QYArSgAALF2CgBnWAIA15UAAJjbAQDx2wEAmNsBADxMAgCpaQMA/7kAAFi6AACxugAACrsAAGO7AAC8uwAA4G4DAPwfAABhGQAAI0wAADxMAgDAYwMAmNAAAPHQAABK0QAAAG8CAFlvAgBaJAQAsyQEAAwlBABlJQQA5bQNAD61DQATGgAAbBoAAINKDQCvFhAAZAEAAL0BAAAWAgAAbwIAAMgCAACqdg0AwNENABnSDQDgbgMA/B8AAAAAAAAxjgAAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAM6PAQAnkAEAgJABANmQAQDr3gUAwGMDAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAvrYBABe3AQBwtwEAybcBACiTAgBGBgsAnwYLAPgGCwBRBwsAqgcLAAMICwDAYwMAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAAF/mAQDXlQAA8w4AAMunAQA7ogEAZ1gCADxMAgAeJgEAOlAJAC37BwBonQkAMY4AAFKaEQDaUAQAgvoEAB4mAQA8TAIAAAAAAKa5AAAxmQEAipkBAOOZAQBhGQAAKJMCAIGTAgDakwIAsBsBACHWAwCwGwEAMY4AAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAADOjwEAJ5ABAICQAQDZkAEAAAAAANNbCAC0EAsAZ1gCAMBYAgDzDgAA/B8AAC37BwD7zQcAVM4HAEmJEQBNVAcA5owCAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEALTMFAIYzBQDfMwUAODQFAJE0BQDqNAUAQzUFAJw1BQD1NQUA7X8OAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAO6IBAFUgAACuIAAAByEAAGAhAADx2wEAwJsAAA70AACUuAMAwGMDAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAvrYBABe3AQBwtwEAybcBAL1wAgCY2wEA8dsBAFWPAgD2FRMA8w4AAPwfAABcSwkAPEwCAH30EADBABMAI7ABAHywAQDVsAEALrEBAIexAQDgsQEAhXMCAN5zAgCLNhEA5DYRALGCAwAKgwMAY4MDAKv/CgAEAAsAXQALADxMAgDXlQAA8w4AAMunAQA7ogEAZ1gCADxMAgDAYwMAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAB3VAAAeJgEAOlAJAC37BwBonQkAMY4AAFKaEQDaUAQAgvoEACNMAAC9cAIAMY4AANnoCQAy6QkAfLABAO/gAABnmwAAXEsJADxMAgB99BAAmNsBAAzACgAjYgIAbL8PACNiAgCh9RIA9+wPAFDtDwCY0AAA8dAAAErRAACj0QAA/NEAAFXSAACu0gAAB9MAAGDTAAC50wAAEtQAAGvUAADE1AAAZ5sAAMCbAAAO9AAAlLgDAIqOAADjjgAAPI8AAJWPAADujwAAZq4BAL+uAQAYrwEAca8BAMqvAQBUihEAwJsAAA70AACUuAMAVD4CAKa5AABnmwAAWQAAACNMAAD8bAcA01sIADxMAgAAAAAAAAAAAAAAAADr3gUAsYIDAAqDAwCb+gYAYN4BAEwPAAC0EAsAIdYDALwJAADXlQAA8w4AAPwfAABVIAAAYRkAACiTAgCBkwIA2pMCAGI8DAC7PAwAFD0MACpKDQCDSg0ArxYQAGQBAAC9AQAAFgIAAG8CAADIAgAA5bQNAD61DQCXtQ0A8LUNAImJDwBdhQ8AMukJAHywAQDv4AAAZ5sAAFxLCQBB9g0AuhkAABMaAADAYwMAXogQAOOOAAA8jwAAlY8AAO6PAABHkAAAdiEQAEBtEAB85g4AdiEQAEf9EgDioQEAgvoEANv6BACqCAMAsxgLAK3CDgDzDgAAK9QCAIVzAgDioQEATVQHAHxMAAA8TAIAsYIDAPKFAgAjYgIAI2ICAOKhAQBNVAcAHiYBAAAAAAA8TAIAlUwCAO5MAgBHTQIAoE0CADxMAgAqSg0ARAwCAPfsDwBQ7Q8AYN4BAPwfAACpaQMAaJ0JAMGdCQAangkAc54JADxMAgAWhwQAb4cEAMiHBACY2wEAPEwCAKlpAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgDL3gYAUM0EAKnNBAACzgQA+ZoJAPwfAADFGBAAI0wAAPxsBwA7ogEAZ1gCAK0oAAAQ7wEAae8BAMLvAQD2AQEAsBsBAK0oAAAQ7wEAae8BAMLvAQC+4gUAF+MFAHDjBQDAYwMAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAAF/mAQB2IRAAQG0QANNbCABcSwkAVIoRANIJEAAAAAAAur4PAAAAAAAAAAAAPEwCACrRAQAjYgIAbL8PAG0cCQA8TAIAqWkDAJjbAQDx2wEAStwBAFSKEQBhGQAAI0wAAPxsBwAxjgAA2egJAPMOAAAAAAAAYRkAAKoIAwADCQMAXAkDAEleBQBcSwkAtUsJAIqOAADjjgAAPI8AAJWPAADujwAA/bwPAGipAgDBqQIA4qEBAOKhAQBnWAIAYRkAACiTAgBQBAoA15UAAJjbAQDx2wEAStwBAE9lCgBnmwAA8w4AADKEEAC6GQAARVIBAB4mAQAN5QYAl5UCAKa5AABcSwkAVIoRAGEZAADaUAQAZ5sAAAAAAADTWwgAZ1gCAOKhAQA7ogEAPEwCAJVMAgDuTAIAR00CAKBNAgCVTAIAfI0OAJjbAQA8TAIA15UAAPMOAAD8HwAAVSAAADxMAgCVTAIA7kwCAEdNAgCgTQIAlUwCAHyNDgCY2wEAPEwCANeVAADzDgAA/B8AADxMAgDAYwMAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAB3VAAC+tgEAF7cBAHC3AQDJtwEAPEwCANeVAADzDgAA/B8AAFUgAABhGQAAKJMCAIGTAgCqCAMAdFMLAM1TCwAQGg4Ay6cBANNbCAC0EAsA4qEBADuiAQDaUAQAuVgFAJMDAgAeJgEAPEwCAOBuAwDwwA4AWQAAAFkAAADlngsAmNsBACNMAABf5gEAXEsJADxMAgDAYwMATRsSAOKhAQA8TAIAqggDAHRTCwDNUwsAEBoOAMunAQDTWwgAtBALADxMAgCqdg0AAAAAAPMOAADn0gEAQNMBACHWAwDzDgAAPGIEADxMAgCxggMADMAKAAopCwAjTAAA/GwHADuiAQBnmwAA8w4AALQQCwANEQsAZhELAL8RCwAYEgsAcRILADuiAQBnWAIAPEwCAHYhEABAbRAATYALAKaACwBAbRAAAAAAAGebAABcSwkAjtwKAIL6BADb+gQAMJ8RALQQCwDzDgAA59IBAPwfAABVIAAA/GwHANNbCAC0EAsAZ5sAAMCbAAAO9AAAlLgDAE1UBwBf5gEAuOYBABHnAQBq5wEAMY4AAGDeAQC53gEAEt8BAGvfAQDE3wEAHeABAGebAADzDgAAK9QCACHWAwDXlQAAMJYAAMsLAwBNVAcAIdYDADGOAABg3gEAud4BABLfAQBr3wEAxN8BAB3gAQB24AEAoPQBAPn0AQBS9QEAq/UBAAT2AQBd9gEAtvYBAA/3AQAxjgAAXsANABDBDQAh1gMAeOYDAC0nDABcmBAAtZgQAA6ZEABnmRAAwJkQABmaEABymhAA8oUCAEuGAgCkhgIArSgAABDvAQBp7wEAwu8BAFSKEQDAmwAADvQAAJS4AwAAAAAAMY4AAKoIAwADCQMANnwCACOwAQAxjgAAUpoRAGdYAgA2fAIAMY4AAGDeAQC53gEAEt8BAGvfAQDE3wEAHeABAHbgAQDP4AEAKOEBAIHhAQDa4QEAHiYBAFkAAACyAAAA3r8RAEmJEQCiiREATA8AALQQCwCtKAAAEO8BAGnvAQApqw0AgqsNANeVAAAjsAEAI0wAAPxsBwBZAAAARAwCAPfsDwDfGxMAEO8BAGnvAQApqw0AgqsNAPwfAABVIAAADvQAAJS4AwAAAAAAPEwCAEekEgB8YgIA1WICAC5jAgCHYwIA4GMCADlkAgAjsAEAMY4AAFKaEQBhGQAAZ5sAAFxLCQA8TAIAlUwCAHyNDgCY2wEAX+YBAPxrDwBj3AMATyIMACgiEABcgg4AtYIOAFyYEAC1mBAADpkQAGeZEADAmRAAGZoQACpKDQCDSg0AJX0OAH59DgDXfQ4APEwCAMBjAwBplBEAPEwCAJeqDABCXRAA+U0CAFJOAgCrTgIABE8CAF1PAgCVTAIAsXYKABuKEAB0ihAAzYoQACaLEAB/ixAA2IsQADGMEACFcwIA4qEBAE1UBwB8TAAArcIOAAopCwAjTAAAPEwCALGCAwA8bA0AlWwNAAbODwBfzg8AuM4PABHPDwBqzw8AwGMDAFKaEQAWhwQAPEwCAMBjAwBplBEAwpQRABuVEQB0lREAzZURACaWEQBnmwAAp2MBAPlNAgBSTgIAq04CAARPAgBdTwIAl6oMAEJdEAAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAAbwIAWW8CAJeqDABCXRAA+U0CAFJOAgCrTgIABE8CAF1PAgDNtwwAI7ABAPfsDwDfGxMAOBwTAJEcEwAc2xAAKwoQADxMAgCxggMASYkRAFkfEwCyHxMACyATAM23DAAmuAwAlUwCAO5MAgBHTQIAoE0CAAAAAADSCRAAPEwCALGCAwBJiREAWR8TALIfEwALIBMAzbcMACa4DACVTAIA7kwCAEdNAgCgTQIAlUwCAO5MAgBHTQIAoE0CANvBDwDr3gUAMZcRAIqXEQDjlxEAPJgRAJWYEQAAAAAA15UAADCWAADLCwMATVQHADZ8AgAreRIAXEsJAA+pAgDXlQAAMJYAAMsLAwBNVAcANnwCAOeCEgCY2wEA8oUCAPjlBwA6UAkA7+AAANNbCACY2wEAD6kCADZ8AgAxjgAAYN4BALneAQAS3wEAa98BAMTfAQAd4AEAduABAM/gAQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAAAAAAK0oAAAQ7wEAae8BAMLvAQBZAAAAR0wKAC37BwAjTAAAX+YBAKoIAwADCQMAXAkDALUJAwAOCgMA8w4AADxMAgB2IRAAQG0QAHzmDgBHpBIAqAsSAAAAAADAYwMAaZQRAMKUEQAblREAdJURAM2VEQAmlhEAl6oMACOuEQB8rhEA1a4RACHWAwAAAAAA01sIACNMAACmuQAAMZkBAA7/AQBn/wEAwP8BABkAAgDx2wEAStwBADxMAgDXlQAA8w4AAMunAQA7ogEAZ1gCADxMAgAc2xAAKwoQAJeqDAAAAAAAI7ABAAAAAADXlQAAMY4AANnoCQAAAAAAAAAAANeVAAAjTAAAPEwCAIVzAgDecwIAizYRADxMAgCXqgwAAAAAANeVAAAxjgAAsxgLAK3CDgAKKQsAYykLALwpCwAVKgsAR6QSAG4qCwDHKgsAICsLAEekEgCpaQMAAmoDAA7dBgCDHREA3B0RADUeEQCpaQMAAmoDAA7dBgCDHREA3B0RADUeEQAxjgAAUpoRAAAAAAA8TAIAInUDAMBYAgAZWQIAAAAAACNMAABf5gEAuOYBABHnAQA2fAIA5WYOAD5nDgDv4AAATm4CAKduAgAWhwQAI0wAAF/mAQC45gEAEecBADZ8AgCPfAIA8oUCAEuGAgCkhgIA/YYCAPMOAADgjwYAQqAOAEuGAgCkhgIA/YYCACNMAAB8TAAAq/4SAAT/EgBd/xIAAAAAAJjbAQDx2wEAaPcBAHUfBwAt+wcAI0wAAPMOAAA2fAIAbYECAMaBAgAfggIAeIICANGCAgAqgwIAI0wAAIODAgDOKRAAfEwAAKv+EgAE/xIA01sIADZ8AgBtgQIAfEwAAKv+EgAE/xIAXf8SADGOAABewA0AgvoEAPwfAAAxHQ4Aih0OAOMdDgA8Hg4AlR4OADZ8AgBtgQIAfEwAAKv+EgAE/xIAXf8SADZ8AgBtgQIAfEwAAKv+EgAE/xIAFocEAFkAAABHTAoAZ5sAAMCbAAAO9AAAlLgDAK0oAAAGKQAAwJsAAPHbAQBhGQAAprkAAGebAABnmwAAwJsAAA70AACUuAMAMY4AAPjlBwA6UAkAZ5sAAMCbAAAO9AAAlLgDACNMAAAjTAAA4I8GADmQBgAjYgIAfGICANViAgBf5gEAZ5sAAMCbAAAO9AAAlLgDAB4mAQA6UAkAI0wAAHxMAACtwg4AXEsJAFSKEQDAmwAADvQAAJS4AwAjsAEAI7ABAFkAAADlngsA4qEBADuiAQDiaQQAO2oEAJjZEQDx2wEAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAJjbAQDx2wEAVY8CAK6PAgAHkAIAYJACALmQAgASkQIAa5ECAMSRAgCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAAAAAAGebAAAWhwQAZ5sAAMCbAAAO9AAAlLgDAFxLCQBUihEAp2MBAA3CEwDAmwAADvQAAJS4AwAAAAAAZ5sAAMCbAAAMwAoAXEsJAI7cCgCqCAMA4qEBAIL6BADLpwEA01sIALQQCwBnmwAAwJsAAA70AACUuAMAI2ICAFHlDwAKKQsAMJYAAHwUAwAjsAEAfLABADDBDACJwQwA4sEMAPfsDwDAmwAADvQAAJS4AwBSmhEAZ1gCAOIPDABnmwAAwJsAAA70AACUuAMAmNsBAGdYAgDXlQAAHiYBADpQCQBhGQAAI0wAAF/mAQDbXQ4ADvQAAJS4AwDTWwgACikLACNMAACDgwIArSgAACNiAgBR5Q8ACikLADCWAAB8FAMA8w4AAPwfAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAMY4AAGDeAQC53gEAGzMAAOsWAwBg3gEAK9QCAF/mAQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAT2UKACxcCACFXAgARLIJAJ2yCQD2sgkAT7MJAKizCQABtAkAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAt+wcA+80HAFTOBwAQGg4Ay6cBANNbCAC0EAsAZ5sAAMCbAAAO9AAAlLgDACNMAAAxjgAAio4AAA+pAgDTWwgAqggDAHRTCwDNUwsArSgAACOwAQB8sAEA7+AAAGebAADAmwAADvQAAJS4AwD8bAcAVW0HABJZBQBEDAIA9+wPAB4mAQA6UAkAYRkAACNMAABf5gEAXEsJAFSKEQDAmwAADvQAAJS4AwDzDgAAHb0OAFkAAABZAAAA5Z4LAJjbAQAjTAAAX+YBAFxLCQBPZQoALFwIAIVcCABEsgkAnbIJAPayCQBPswkAqLMJAAG0CQBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBACOwAQAjsAEA9+wPAGdYAgBfVAwA2egJADGOAADKugIAI7sCAHy7AgDVuwIALrwCAIe8AgDgvAIAOb0CAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQCY2wEA8oUCABaHBADioQEAO6IBAH6rAgDXqwIAMKwCAJ2+AgD2vgIAT78CAKi/AgABwAIAWsACALPAAgAMwQIAZcECAL7BAgAXwgIAcMICAMnCAgAiwwIAe8MCANTDAgAtxAIAhsQCAN/EAgAeJgEAI2ICAKgLEgDAmwAArSgAAHyNDgCY2wEAHiYBAA3lBgCXlQIAX+YBAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQCmuQAA+80HAFTOBwCtzgcABs8HAF/PBwC4zwcAHiYBAHcmAQBhkwMAupMDABOUAwBslAMAxZQDAB6VAwB3lQMA0JUDACmWAwCClgMAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAAAAAAMY4AANnoCQDXlQAAZ5sAAGebAADAmwAADvQAAJS4AwDaUAQAprkAADGZAQCKmQEA45kBAGebAABhGQAAprkAADGZAQCKmQEA45kBAGebAADAmwAADvQAAJS4AwBcSwkAVIoRAC37BwCG+wcAipkBAOOZAQBnmwAAwJsAAA70AACUuAMAXEsJAFSKEQCtKAAAsXYKABuKEABnmwAAXEsJADGOAADZ6AkAMukJAIvpCQBPshEAQG0QAHzmDgDAYwMAH7kHAB4mAQA6UAkAk1AJACNiAgCoCxIAwJsAADxMAgCVTAIA9hUTADCWAAChcA4AI0wAAPxsBwDTWwgAtBALAF/mAQDkWAwAPVkMACNMAAA8TAIAdiEQAEBtEAB85g4AsYIDAAqDAwCb+gYAbRwJADxMAgAqSg0AGFYBAHFWAQCgjhAA+Y4QAFKPEACrjxAABJAQAMBjAwBplBEAwpQRAMunAQAkqAEAfagBADxMAgAqSg0AGFYBAHFWAQCgjhAA+Y4QAFKPEACrjxAABJAQANeVAAAwlgAAfBQDANUUAwAuFQMAhxUDAOAVAwA5FgMAkhYDAKozDwADNA8AXDQPALU0DwAONQ8AZzUPANNbCAA8TAIAlUwCAAYpAADv4AAAPEwCAMBjAwAZZAMAI7sCAHy7AgDVuwIALrwCAIe8AgDgvAIA8w4AADxMAgB2IRAAQG0QAHzmDgCVTAIA9hUTADCWAAChcA4AI0wAAPxsBwDTWwgAtBALAFKaEQBhGQAAuhkAAEVSAQCSZAIAsYIDAAqDAwBK3AEAVIoRAC37BwD/uQAAOMUCAMq6AgDx2wEAsBsBAKHqEQA8TAIAI7ABAHywAQAwwQwAicEMAJeVAgBf5gEAMJ8RACNiAgBo9wEAdR8HAC37BwAjTAAAPEwCAB4mAQA6UAkAI0wAAHxMAACtwg4AXEsJADxMAgAwnxEAtBALADxMAgDXlQAAMJYAAH2zAgCh9RIA9+wPAPMOAADn0gEA/B8AAFxLCQA8TAIAsYIDAAqDAwBjgwMAro8CAAeQAgBgkAIAuZACABKRAgCFcwIA4qEBAE1UBwB8TAAArcIOAAopCwAjTAAAPEwCAMBjAwAfuQcAKkoNAINKDQDcSg0ANUsNAI5LDQDnSw0AQEwNADCfEQCY2wEAPEwCADCfEQAjYgIAaPcBAHUfBwAt+wcAI0wAADxMAgCxggMACoMDAGODAwCujwIAB5ACAGCQAgC5kAIAEpECAOBuAwDwwA4AScEOAOHrBwA67AcACikLACNMAAD8bAcAO6IBAGebAACzGAsAMY4AAGDeAQBPZgIAPEwCALGCAwAKgwMAY4MDAK6PAgAHkAIAYJACALmQAgASkQIAa5ECAMBjAwCXlQIAMY4AAMq6AgCi7wIA++8CAFTwAgA8TAIAsYIDAAqDAwBjgwMAro8CAAeQAgBgkAIAuZACABKRAgBrkQIAwGMDAJeVAgCmuQAAMZkBAIqZAQDjmQEAsYIDAAqDAwBjgwMAro8CAAeQAgBgkAIAuZACABKRAgBrkQIAwGMDAJeVAgDzDgAAGzMAAOsWAwBEFwMAMY4AAMq6AgA8TAIAsYIDAAqDAwBjgwMAro8CAAeQAgBgkAIAuZACABKRAgBrkQIAwGMDAJeVAgBnWAIAI7ABAHywAQAjYgIAPEwCALGCAwAKgwMAY4MDAK6PAgAHkAIAYJACALmQAgASkQIAa5ECAMBjAwCXlQIA15UAAPMOAAD8HwAAwGMDAFKaEQCrmhEA15UAADCWAAB8FAMA1RQDAC4VAwCHFQMA4BUDADkWAwCSFgMAqggDAAMJAwBcCQMAtQkDAA4KAwDAYwMAaZQRADxMAgCY2wEA8dsBAFWPAgA8TAIAhXMCALMYCwDioQEA/OcCAPfsDwC8CQAAMhUOACvUAgDgjwYAOZAGAKa5AAAjTAAAPEwCALGCAwAKgwMAY4MDAPMOAAC8CQAAFQoAAKp2DQADdw0AXHcNANeVAADzDgAAPEwCAFyCDgC1gg4AqggDAOKhAQCC+gQAy6cBANNbCAC0EAsAPEwCAEekEgCgpBIA+aQSAO2tAgBGrgIAn64CAPiuAgA8TAIAwGMDAJeVAgBcSwkAjtwKAEJSDwCxdgoAprkAAOsWAwCXlQIA/GwHANNbCAC0EAsAPEwCADCfEQCtKAAAPEwCAMBjAwAfuQcAsYIDAAqDAwCb+gYAbRwJAH30EADTWwgAtBALACOwAQAWhwQAPEwCAKoIAwADCQMAXAkDALUJAwAOCgMAwGMDAJeVAgDwlQIAQx8DAJwfAwD1HwMATiADAF/mAQBcSwkAPEwCAMBjAwCXlQIAsYIDAAqDAwAAAAAA15UAAOKhAQCY2wEA8dsBAB3IDwA8TAIAl6oMAEJdEAD5TQIARAwCAEleBQCmuQAA4qEBAE1UBwCmVAcAKkoNAINKDQDcSg0ANUsNAI5LDQDnSw0AQEwNAOW0DQAokwIAgZMCAOW0DQA+tQ0Al7UNAPC1DQCJiQ8AXYUPADLpCQB8sAEA7+AAAGebAABcSwkAPEwCAIVzAgCzGAsA4qEBAPznAgD37A8AvAkAADIVDgAr1AIA4I8GADmQBgCmuQAAI0wAADxMAgDgbgMA8MAOAEnBDgDzDgAAvAkAABUKAACqdg0AA3cNAFx3DQDXlQAA8w4AAAzACgAq0QEAdiEQAKlpAwAWhwQAW4oOALSKDgANiw4AZosOAGebAADAmwAADvQAAJS4AwBhGQAAI0wAADGOAACXlQIA/GwHANNbCAC0EAsAZ5sAAMCbAAAO9AAAlLgDADShDACxdgoAG4oQAH6rAgA8TAIA4G4DAPi5AwAeJgEAI2ICAFHlDwDioQEA/OcCADGOAACXlQIA/GwHANNbCAC0EAsAPEwCAJeqDAAjrhEAfK4RANWuEQCVTAIA7kwCAEdNAgCgTQIAAAAAADxMAgCqdg0AA3cNAPyBEQBVghEAroIRAAeDEQDA/wEAl5UCAPxsBwAjYgIAofUSAPfsDwB2IRAA5owCAD+NAgCYjQIAqWkDAOsWAwBhOgMAujoDABM7AwBsOwMAxTsDAOzAAwBFwQMAnsEDAPfBAwBQwgMAqcIDAALDAwBbwwMAtMMDAA3EAwAAAAAA15UAADCWAAB8FAMA1RQDAC4VAwCHFQMA4BUDADkWAwCpaQMA6xYDAGE6AwC6OgMAEzsDAGw7AwDFOwMA15UAAPMOAAB2IRAAQG0QAP4wAwBXMQMAHiYBAA3lBgBSmhEA5bQNAD61DQCXtQ0A8LUNAOtkAgDwqgwASasMAAopCwBnWAIAHiYBALzGAQCC+gQA59IBAMunAQA7ogEAZ1gCADxMAgCxggMACoMDACNMAADXlQAAmNsBAFyCDgAUzREALfsHAP+5AAA4xQIAyroCAPHbAQBK3AEAPEwCAMBjAwBSmhEAXEsJADxMAgDltA0APrUNAJe1DQDwtQ0A15UAAPMOAAD8HwAAqnYNAAN3DQCUogEA7aIBAEajAQCfowEA+KMBAIXBAQAwnxEALFwIAIVcCABEsgkAnbIJAPayCQBPswkAqLMJALlYBQASWQUAa1kFAMRZBQAdWgUAdloFAFxLCQA8TAIAwGMDAFKaEQBcSwkAPEwCAOW0DQA+tQ0Al7UNAPC1DQDXlQAA8w4AAPwfAADgbgMA+LkDAFG6AwCqugMAA7sDAFy7AwD7cw8AVHQPAK10DwAGdQ8AX3UPALwJAAAyFQ4A/B8AAKoIAwB0UwsAzVMLAEmJEQBNVAcA5owCALwJAACYogwAAAAAAABvAgBq/QMAHiYBADpQCQDzDgAA59IBAFV5AACxrQ8A4g8MALwJAACYogwAAAAAAOveBQCqdg0AwNENABnSDQBHpBIAqAsSAPZOCAB8sAEA7+AAADxMAgB2IRAAR/0SANVMAACXqgwAQl0QAPlNAgBSTgIAq04CAARPAgBdTwIAHiYBALzGAQAVxwEAbscBAMfHAQAgyAEAecgBANLIAQCpaQMAAmoDADoZBACTGQQA7BkEAEUaBACeGgQAuVgFABJZBQBEDAIA9+wPAC37BwCG+wcAOhkEADxMAgCVTAIA7kwCAEdNAgCgTQIAhXMCAOKhAQBNVAcAfEwAADxMAgCXqgwAQl0QAJtdEAD0XRAAqggDAHRTCwDNUwsA8oUCALGtDwDiDwwAdiEQAEf9EgCg/RIA8dsBAB3IDwBPZgIAqGYCACOwAQBcSwkAPEwCAJVMAgB8jQ4AmNsBANiADwAxgQ8AioEPAOOBDwA8gg8AlYIPAO6CDwBHgw8AoIMPAB4mAQA6UAkAZ5sAACNMAABHpBIAfGICANViAgAuYwIAl6oMAEJdEAD5TQIAUk4CAKtOAgAETwIAXU8CAB4mAQC8xgEAFccBAG7HAQDHxwEAIMgBAHnIAQDSyAEAqnYNAMDRDQBSmhEA2lAEAKa5AAAh1gMAQykMADxsDQCVbA0A7mwNAEdtDQCgbQ0A+W0NAGk7EQAjrhEAfK4RANWuEQA8TAIAMJ8RAAopCwAjTAAAPEwCADCfEQCtKAAAPEwCAEekEgBR5Q8ACikLADCWAAB8FAMAsYIDAPKFAgBbuAIAtLgCAG0cCQBcSwkAPEwCAIVzAgDioQEATVQHAHxMAAA8TAIAMJ8RAKoIAwB0UwsAzVMLAK0oAAAjsAEAfLABAOBuAwDwwA4AScEOAKLBDgDgjwYAQqAOAJugDgDm5AoAPEwCAIVzAgDioQEATVQHAHxMAAA8TAIAMJ8RAKoIAwB0UwsAzVMLAK0oAAAjsAEAfLABAB4mAQCTAwIA7AMCAEUEAgCeBAIA9wQCAFAFAgAWhwQAPEwCAIVzAgDioQEATVQHAHxMAAA8TAIAMJ8RAKoIAwB0UwsAzVMLAK0oAAAjsAEAfLABAFyCDgC1gg4AqggDAOKhAQBcSwkAVIoRAIVzAgDioQEATVQHAHxMAAA8TAIAMJ8RAKoIAwB0UwsAzVMLAK0oAAAjsAEAfLABAOKhAQD85wIAPEwCACpKDQDlngsA4qEBADuiAQDiaQQAO2oEAJjZEQA8TAIAXIIOABTNEQDAmwAA8dsBAFWPAgCujwIAB5ACAGCQAgC5kAIAEpECAMBjAwBplBEAwpQRAMunAQAkqAEAfagBAB4mAQA6UAkAYRkAACNMAAA8TAIAdiEQAEBtEAB85g4Al6oMAPCqDAAjTAAA4I8GABaHBAA8TAIAqnYNAAN3DQBcdw0A5bQNANpQBAAzUQQAjFEEAB4mAQAN5QYAI7ABAEleBQCmuQAAZ5sAAEekEgBR5Q8ACikLADCWAAB8FAMA8w4AADxMAgAwnxEACikLACNMAAA8TAIAMJ8RAK0oAAA8TAIAsYIDAPKFAgBbuAIAtLgCACNMAABf5gEAZ1gCAOIPDADAmwAAPEwCAFyCDgC1gg4AqggDAOKhAQBcSwkAVIoRAEekEgCgpBIA+aQSAO2tAgBGrgIAn64CAA+pAgBoqQIAXEsJADxMAgDAYwMAl5UCALAbAQAJHAEA6xYDAEQXAwCdFwMAGTYPAHI2DwDLNg8AJDcPAH03DwDWNw8ALzgPAIg4DwDhOA8AOjkPAJM5DwDsOQ8ARToPAJ46DwD3Og8AUDsPAKk7DwACPA8AWzwPALQ8DwANPQ8AZj0PAL89DwAYPg8AcT4PAMo+DwAjPw8AfD8PANU/DwAuQA8Ah0APAOBADwA5QQ8AkkEPAOtBDwBEQg8AnUIPAOKhAQA7ogEAfqsCANerAgAwrAIA3jAEADcxBACQMQQA6TEEAEIyBACbMgQA9DIEAE0zBACmMwQA/zMEAFg0BACxNAQACjUEAAAAAADTWwgACikLADxMAgAwXgMAiV4DAKoIAwB0UwsAwGMDAFKaEQCrmhEABJsRAF2bEQC2mxEAD5wRAKp2DQADdw0AXHcNABaHBABvhwQAyIcEAJjbAQA8TAIA4G4DAN4OCQA3DwkAkA8JAOkPCQD4uQMAUboDAKq6AwADuwMAqWkDAAJqAwBAFBAA15UAAB4mAQBhGQAAPEwCAMCbAADx2wEAqnYNAMDRDQAZ0g0A5bQNAD61DQATGgAAbBoAAINKDQDevxEA8oUCAPjlBwA6UAkAI0wAAF/mAQDbXQ4APEwCACpKDQAYVgEA8dsBAAwCEQCyAAAA3r8RAPHbAQBK3AEAPEwCAOBuAwAjVREAfFURAJeVAgBf5gEA5FgMADpQCQBhGQAAI0wAADxMAgBcgg4AtUsJAJZCEgDvQhIAI2ICAGy/DwBg3gEA/B8AAOBuAwD4uQMAm0cOAPRHDgBNSA4ApkgOADxMAgCqdg0AwNENABnSDQDgbgMAI1URAHxVEQAN+hAAZvoQAPxsBwA7ogEAZ1gCADxMAgDXlQAAT2YCANeVAAAjTAAAI0wAAPxsBwA7ogEAZ1gCADxMAgBcgg4ArHwPAO/gAACqdg0AA3cNAFx3DQCxggMACoMDAFjQAgCG+wcAOhkEAJMZBADsGQQAFocEADxMAgAeJgEAdyYBAGGTAwAxjgAAbRwJAI7cCgA7ogEAZ1gCADxMAgCxggMACoMDAErcAQCj3AEA/NwBAFXdAQCqdg0AwNENABnSDQAjsAEAfLABAEi0BAChtAQA+rQEAFO1BACstQQABbYEAHYhEABH/RIA1UwAAIKhBADboQQANKIEAI2iBABg3gEA/B8AAMUYEAA8TAIAqnYNAAN3DQBcdw0AHiYBADpQCQCTUAkAdyYBAJjbAQCqdg0AwNENABnSDQCqdg0AA3cNAFx3DQCShA0A64QNAESFDQAqSg0AGFYBAHFWAQAetQ4Ad7UOANC1DgAptg4ApmkRADCfEQCtKAAAPEwCAOBuAwAjVREAfFURAA36EABm+hAA/GwHADuiAQBnWAIAPEwCANeVAADKEgsAIxMLAHwTCwB2IRAAQG0QAHzmDgDgbgMA/B8AAFUgAACuIAAAByEAAGAhAAC5IQAAwGMDAJeVAgAKKQsAYykLALwpCwAVKgsAbioLAMcqCwAgKwsAeSsLAH3eDgDgjwYAQqAOAFu4AgDzDgAAPGIEADGOAACXlQIAX+YBADBeAwCtwg4A8w4AACvUAgA8TAIA5bQNACiTAgCBkwIA2pMCACOwAQB8sAEAMMEMAInBDADiwQwAsxgLAK3CDgDzDgAAK9QCALwJAAAVCgAAdiEQAEBtEAB85g4AwGMDAG0cCQBcSwkAmNsBAPHbAQAdyA8A59IBACHWAwAwnxEAtBALADxMAgDgbgMATA8AALmPCgASkAoAa5AKAMSQCgA8TAIAWQAAACNMAAD8bAcAO6IBAGdYAgA8TAIAqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgBQzQQAqc0EAL3TCwAW1AsAMJ8RALQQCwA8TAIA15UAADCWAADLCwMAVD4CADxMAgBcgg4ArHwPAB4mAQAN5QYAXsANADuiAQA8TAIA4G4DAEwPAAC5jwoAEpAKAGuQCgDEkAoAPEwCANIrCwArLAsAhCwLAN0sCwA2LQsAjy0LAOgtCwBBLgsAmi4LAPMuCwDgbgMA/B8AAFUgAACuIAAAByEAAGAhAAAh1gMA8w4AADxMAgB2IRAAR/0SANVMAAAuTQAAh00AAOBNAAA5TgAAkk4AAOtOAABETwAAnU8AADxsDQCVbA0ABs4PAF/ODwC4zg8AEc8PAGrPDwAwnxEAtBALADxMAgAwXgMArcIOAPMOAAAjsAEAfLABADDBDACJwQwA4sEMAJ0XAwAAAAAAI7ABAPMOAAAr1AIAhNQCAJeVAgBf5gEAKtEBAAAAAAAAAAAAAAAAAAAAAAAAAAAA9skDAE/KAwAq0QEAAAAAAPbJAwBPygMAONADAAJqAwBKrg0Ao64NAPyuDQBVrw0Arq8NAAewDQBgsA0AubANAJn0BADy9AQAS/UEAKT1BAD99QQAVvYEAK/2BAAI9wQAYfcEALr3BAAT+AQAbPgEAMX4BAAe+QQAd/kEAA7dBgBn3QYAwN0GABneBgBy3gYAy94GAFDNBACpzQQAAs4EAFvOBAC0zgQADc8EAGbPBAC/zwQAGNAEAHHQBADK0AQAI9EEAHzRBADV0QQAT9UEAKjVBAAB1gQAWtYEALPWBAAM1wQAZdcEAL7XBAAX2AQAcNgEAMnYBAAi2QQAe9kEANTZBAAt2gQAhtoEAN/aBABnWAIAIdYDAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEAUM0EAKnNBAAjYgIAbL8PAPMOAACiBQUA+wUFAPfsDwCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAkaIPAOqiDwBDow8AnKMPAPWjDwBOpA8Ap6QPAAClDwBZpQ8AsqUPAFvOBAC0zgQAlUwCAO5MAgBHTQIAoE0CAAxQEAAX4wUAcOMFAMnjBQAi5AUAe+QFANTkBQAt5QUAhuUFAJeqDABCXRAAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAIVzAgCzGAsA4qEBAPznAgD37A8AqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgAk3wYAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYAy94GAFDNBACpzQQAp/4HAAD/BwBZ/wcAsv8HAAsACABkAAgA+LkDAFG6AwCmuQAAWQAAAMshBQA2fAIAW10SALRdEgAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQDzDgAANnwCAE9kEgDrFgMAYToDALo6AwATOwMAbDsDAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQBhGQAAuhkAAO/gAABnmwAAwJsAAA70AACUuAMAqGQSALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAFDNBACpzQQAXEsJAE9lCgBnmwAA8w4AADKEEAC6GQAARVIBAL4PAgCnYwEAP7gOAIL6BAAr1AIAX+YBANtdDgAO9AAAlLgDAKlpAwDrFgMARBcDAJ0XAwD2FwMAlUwCAO5MAgBHTQIAoE0CAB4mAQBZAAAA5Z4LAJjbAQAjTAAAX+YBANtdDgAO9AAAlLgDACOwAQBJXgUAol4FAFkAAAADQQAANnwCACt5EgDioQEAI2ICAOHrBwDyhQIAyroCABaHBAA8TAIA5bQNAD61DQCXtQ0A8LUNACOwAQB8sAEASLQEAKG0BABUihEAXEsJACHWAwCXZw4ALFwIAIVcCADeXAgAPEwCAOBuAwBPZgIAMY4AAMq6AgDx2wEAStwBADxMAgAwnxEAI2ICAGj3AQB1HwcALfsHACNMAAA8TAIAlUwCALF2CgAKdwoA0t4DACvfAwCeGQwAbBoAAANBAAA8TAIAhXMCAEjhAADyhQIATRsSAKYbEgBHTAoAoEwKADxMAgDAYwMAqggDAAMJAwBewA0At8ANADGOAAAjYgIAofUSADxMAgCqdg0AuVgFABJZBQBEDAIA9+wPAB4mAQA6UAkAYRkAACNMAAAxjgAAl5UCAPxsBwDTWwgAtBALACHWAwAjsAEASV4FAKJeBQBZAAAAA0EAADxMAgAjsAEASV4FAKJeBQD7XgUAVF8FAK1fBQAGYAUAX2AFALhgBQARYQUAamEFAMNhBQBJtg0AorYNAPu2DQBUtw0APEwCACOwAQBJXgUAol4FAPteBQBUXwUArV8FAAZgBQBfYAUAuGAFABFhBQBqYQUAw2EFAEm2DQCitg0A+7YNAFS3DQAYVgEAcVYBAKCOEAD5jhAAUo8QACOwAQAWhwQAprkAADGZAQC61gEArSgAALF2CgBnWAIA15UAAJjbAQDx2wEAStwBACHWAwAtMwUAUIkOAKmJDgACig4AMcUFAIrFBQDjxQUAPMYFAJXGBQDuxgUAR8cFAKDHBQAqSg0AqSYFAPi5AwCmuQAAMZkBACxcCAAhqA8Am9kDAPTZAwBN2gMAptoDAP/aAwBY2wMA7MADAEXBAwCewQMA98EDAFDCAwDAYwMAH7kHACpKDQDlngsA8w4AACvUAgBnWAIAmNsBAPHbAQAdyA8AogUFAPsFBQChOQkAXIIOAJjbAQBJiREAqggDAHRTCwDNUwsAAG8CAFlvAgC5xg8A4I8GADmQBgBnmwAAXEsJACNMAAD8bAcAVW0HAK5tBwAHbgcAYG4HALluBwAh1gMAQtkDACw7BQCFOwUA3jsFADc8BQCQPAUA6TwFAEI9BQCbPQUA9D0FAFvOBABugwsAx4MLACCECwAHbgcAYG4HALluBwDdhQsAT8kLAKjJCwD5TQIA4qEBAJjbAQDx2wEAqWkDAJjbAQDx2wEAm/oGAJeVAgBf5gEAwGMDAB+5BwCpaQMAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYAy94GAFDNBACpzQQAAs4EAFvOBAC0zgQADc8EADBeAwCtwg4A8w4AACvUAgAjsAEAfLABADDBDACJwQwA4sEMALMYCwCtwg4A8w4AACvUAgA8TAIAwGMDAFKaEQBcSwkAPEwCACpKDQDlngsAmNsBACNMAAC6vg8AAAAAAAAAAAA2fAIAAAAAADZ8AgAAAAAANnwCALq+DwA8TAIAwGMDAFKaEQBcSwkAPEwCACpKDQDlngsAmNsBACNMAADu/BIAur4PADxMAgDAYwMAUpoRAFxLCQA8TAIAKkoNAOWeCwCY2wEAI0wAACOwAQB8sAEASLQEAKG0BAD6tAQAU7UEAKy1BAAFtgQAdiEQAEf9EgDVTAAAsBsBAFkAAADlngsA8w4AACvUAgBnWAIAmNsBAPHbAQAdyA8AogUFAPsFBQCwGwEA13MFAMBjAwBeiBAA5uQKAD/lCgCY5QoA8eUKALGCAwAKgwMAWNACAIb7BwCY2wEAXEsJADxMAgDAYwMAbRwJAMYcCQAfHQkAeB0JAF/mAQDbXQ4ANnwCADxMAgAeJgEAvMYBAIL6BADn0gEAy6cBADuiAQBnWAIAPEwCAMBjAwAfuQcAInUDAOIPDAAeJgEAPEwCAKp2DQBNVAcAplQHAFyCDgAUzREArYoRAEdMCgCqohEAA6MRAPMOAAA8TAIAMJ8RALQQCwAAAAAAAAAAACHWAwB45gMALScMAIYnDADfJwwAOCgMAJeqDAAjrhEAfK4RANWuEQAbwg0AdMINAM3CDQCpaQMAAmoDAA7dBgBn3QYAwN0GABneBgApoAwAgqAMANugDACzGAsArcIOAPMOAAAr1AIAzyEQANtdDgA0Xg4AjV4OAOZeDgA/Xw4AmF8OAPFfDgBKYA4Ao2AOAFyCDgA2sg8AZ5sAAHYhEABAbRAAfOYOAKlpAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgDL3gYAUM0EAKnNBAACzgQAW84EAG6DCwDHgwsAIIQLAAduBwBgbgcASYkRAE1UBwBf5gEAqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAL1wAgAWcQIA/GwHAFVtBwCubQcAB24HAGBuBwC5bgcAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYAy94GACTfBgB93wYA1t8GAC/gBgCI4AYA4G4DAPwfAABVIAAAriAAAAchAAAh1gMAQtkDACw7BQCFOwUA3jsFADc8BQCQPAUA6TwFAEI9BQCbPQUA9D0FAE0+BQCmPgUA/z4FAFg/BQCxPwUACkAFAFvOBABugwsAx4MLACCECwB5hAsA0oQLACuFCwCEhQsA0t4DACvfAwCeGQwAOOUNAAzACgAKKQsAI0wAAF/mAQB2IRAAQG0QAHzmDgAwXgMArcIOAPMOAABnmwAAI0wAAO/gAADTWwgAmNsBAA+pAgA8TAIAqnYNAMDRDQAZ0g0A15UAADCWAACY2wEA8dsBAJv6BgD0+gYATfsGADGOAAAjYgIAofUSAAAAAAA8TAIAD6kCAOdWDgA7ogEAfqsCACHWAwBC2QMALDsFAIU7BQDeOwUANzwFAJA8BQDpPAUAAG8CAFlvAgCpaQMA6xYDACwjEwCFIxMA3iMTAPxrDwCX+QMATA8AAB4mAQA6UAkAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYAKaAMAIKgDADboAwAsxgLABaHBAAAAAAAAAAAAAAAAAD2yQMAT8oDACrRAQAAAAAAAAAAAAAAAAAAAAAA9skDAE/KAwA40AMAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYAy94GAFDNBACpzQQAAs4EAKf+BwAA/wcAWf8HALL/BwALAAgAZAAIAB4mAQD6cQYAU3IGAKxyBgAFcwYAXEsJACNiAgA8TAIAHiYBAHcmAQBhkwMA5AoNAD0LDQAeJgEA+nEGAFNyBgCscgYABXMGAKa5AAD/uQAAWLoAALG6AAAKuwAADeUGAMq6AgBJiREAMY4AAG0cCQAeJgEA+nEGAFNyBgCscgYABXMGAKE5CQBcgg4AmNsBAEmJEQCqCAMAdFMLAM1TCwAAbwIAWW8CALnGDwDgjwYAOZAGAGebAABcSwkAHiYBAJMDAgAwlgAAywsDACQMAwDrFgMAl5UCAPxsBwDTWwgAtBALAPMOAAD8HwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAJGiDwDqog8AAVoRAL47BgAXPAYAcDwGAMk8BgAiPQYAez0GANQ9BgAtPgYAhj4GAN8+BgA4PwYAPEwCACOwAQBJXgUAO6IBAA+pAgA8TAIAlUwCAO5MAgBHTQIAVGkOAK1pDgDAYwMAbRwJAFxLCQCY2wEA8dsBAB3IDwDn0gEA0gkQAPYBAQA0XwYArcIOAPMOAAAr1AIAXAgLALUICwAOCQsAZwkLAMAJCwAZCgsAcgoLAMsKCwAkCwsAfQsLAMBjAwBSmhEAFocEADxMAgAwnxEArSgAADxMAgB2IRAAR/0SANVMAAAuTQAAWQAAAEdMCgAt+wcA4qEBAKb6DgCxdgoAZ5sAAFxLCQA8TAIAHiYBAPpxBgBTcgYArHIGAAVzBgChOQkAMF4DAK3CDgDzDgAAK9QCADBeAwCtwg4A8w4AACvUAgA8TAIAsxgLABaHBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOveBQBE3wUAHeoKAHbqCgDP6goAKOsKAIHrCgDa6woAM+wKAIzsCgDl7AoAPu0KAJftCgDw7QoASe4KAKLuCgD77goAVO8KAFvOBABugwsAx4MLACCECwB5hAsA0oQLACuFCwCEhQsAMJ8RACxcCACFXAgARLIJAJ2yCQD2sgkAT7MJAKizCQABtAkAPEwCAHYhEAD8bAcAVW0HAK5tBwBcSwkAPEwCADCfEQAKKQsAFocEAPMOAACiBQUA+wUFAEleBQC9cAIAwKQRAKIFBQD7BQUAvXACAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAkaIPAOqiDwBDow8AnKMPAPWjDwBOpA8Ap6QPAAClDwBZpQ8AsqUPAAumDwBkpg8AvaYPABanDwBvpw8AyKcPAFvOBABugwsAx4MLACCECwB5hAsA0oQLACuFCwCEhQsAMJ8RACxcCACFXAgARLIJAJ2yCQD2sgkAT7MJAKizCQABtAkAPEwCAHYhEAD8bAcAVW0HAK5tBwBcSwkAPEwCADCfEQAKKQsAW84EAG6DCwDHgwsAIIQLAHmECwDShAsAK4ULAISFCwAwnxEALFwIAIVcCABEsgkAnbIJAPayCQBPswkAqLMJAAG0CQA8TAIAdiEQAPxsBwBVbQcArm0HAFxLCQA8TAIAMJ8RAAopCwCY2wEASYkRAPznAgB8sAEA1bABABaHBAC9cAIAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAI3aAQB99BAAwQATANeVAAAwlgAAhQ8BAN4PAQA3EAEAkBABAOkQAQBCEQEAmxEBAI9PBgDoTwYAQVAGAJpQBgDzUAYATFEGAKVRBgD+UQYAV1IGALBSBgAeJgEA+nEGAFNyBgCscgYABXMGAAAAAACwGwEA13MFAMBjAwBeiBAA5uQKAD/lCgCY5QoA8eUKALGCAwAKgwMAWNACAIb7BwCY2wEAXEsJADxMAgDAYwMAbRwJAMYcCQAfHQkAeB0JAF/mAQDbXQ4ANnwCADxMAgAeJgEAvMYBAIL6BADn0gEAy6cBADuiAQBnWAIAPEwCAMBjAwAfuQcAInUDAOIPDAAeJgEAPEwCAKp2DQBNVAcAplQHAFyCDgAUzREArYoRAEdMCgCqohEAA6MRAPMOAAA8TAIAMJ8RALQQCwAAAAAAoeoRAOCPBgA5kAYAkpAGAOuQBgBEkQYAnZEGALAbAQDXcwUAwGMDAF6IEADm5AoAP+UKAJjlCgDx5QoAsYIDAAqDAwBY0AIAhvsHAJjbAQBcSwkAPEwCAMBjAwBtHAkAxhwJAB8dCQB4HQkAX+YBANtdDgA2fAIAPEwCAB4mAQC8xgEAgvoEAOfSAQDLpwEAO6IBAGdYAgA8TAIAwGMDAB+5BwAidQMA4g8MAB4mAQA8TAIAqnYNAE1UBwCmVAcAXIIOABTNEQCtihEAR0wKAKqiEQADoxEA8w4AADxMAgAwnxEAtBALAAAAAADltA0APrUNACHWAwAAAAAAAAAAAAAAAAC6vg8AAAAAAABvAgBZbwIA4G4DAN4OCQA3DwkAVAYFAK0GBQAGBwUAXwcFALgHBQD8aw8AAAAAAAAAAADzDgAAAAAAALq+DwDr3gUAayEIAMQhCAAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgBQzQQAqc0EAALOBABbzgQAboMLAMeDCwAghAsAB24HAGBuBwC5bgcAIdYDAKguBQABLwUAWi8FALMvBQAMMAUAZTAFAL4wBQAXMQUAcbkKAMq5CgAjugoAfLoKANW6CgDgbgMATA8AALmPCgASkAoAa5AKAMSQCgA8TAIAwGMDAK0oAAAjTAAAX+YBANtdDgC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQDQ2AEAKdkBAILZAQDb2QEANNoBANeVAAAwlgAAywsDAFQ+AgA8TAIA4G4DAEwPAAC5jwoAEpAKAGuQCgDEkAoAIdYDADGOAABUPgIAmNsBAPHbAQAjTAAA4I8GADmQBgBnmwAA8w4AAFkAAABHTAoAoEwKAA70AADx2wEAAAAAANeVAABnmwAA8w4AACvUAgBf5gEA210OAA70AACUuAMAQykMAJwpDAD1KQwA9PoGAE37BgCm+wYA//sGAFj8BgCx/AYACv0GAGP9BgC8/QYAFf4GAG7+BgDH/gYAIP8GAHn/BgDS/wYAKwAHAIQABwDdAAcANgEHAI8BBwDoAQcAQQIHAJoCBwDzAgcATAMHAKUDBwD+AwcAVwQHALAEBwAJBQcAYgUHALsFBwAUBgcAbQYHAMYGBwAfBwcAMY4AAIqOAABonQkAwZ0JAFxLCQA8TAIAdiEQAEf9EgDVTAAAHiYBAA3lBgBm5QYAPEwCALGCAwAKgwMAI0wAAOCPBgA5kAYAZ5sAAPMOAAA8TAIAKkoNADe1EACgTAoAPEwCALGCAwAKgwMAAAAAANeVAABnmwAA8w4AACvUAgA8TAIAI7ABAEleBQC5WAUAvMYBAE1UBwCmVAcA7+AAALMYCwDioQEAprkAAGidCQA8TAIAqnYNAMDRDQAh1gMAprkAAOsWAwBhOgMAujoDABM7AwBsOwMAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBADQxEgDbXQ4ADvQAAJS4AwAbMwAA/7kAAFi6AACxugAACrsAAGO7AAAh1gMAprkAAOsWAwBhOgMAujoDABM7AwBsOwMAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBADQxEgDbXQ4ADvQAAJS4AwCxggMACoMDAErcAQCj3AEA/NwBAFXdAQCu3QEAB94BACOwAQB8sAEAMMEMAInBDADiwQwAsxgLAK3CDgDzDgAAK9QCAGebAABcSwkAjtwKAIL6BAAbMwAAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAFDNBACpzQQAgHkHANl5BwAyegcAi3oHAOR6BwA9ewcAlnsHAO97BwCoLgUAAS8FAFovBQCzLwUADDAFAGUwBQC+MAUAFzEFAHAxBQDJMQUAIjIFAHsyBQDUMgUAaPcBAMH3AQAa+AEAc/gBAMz4AQDpzAoAQs0KAJvNCgD0zQoATc4KAKbOCgD/zgoAWM8KALHPCgAK0AoAY9AKALzQCgAV0QoAbtEKAMfRCgAg0goAedIKANLSCgAr0woAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAFDNBACpzQQAgHkHANl5BwAyegcAi3oHAOR6BwA9ewcAlnsHAO97BwB61gMA09YDAIUPAQDeDwEANxABAJAQAQDpEAEAQhEBAJsRAQCPTwYA6E8GAEFQBgCaUAYA81AGAExRBgD8HwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAJGiDwDqog8AQ6MPAJyjDwD1ow8ATqQPAKekDwAApQ8AWaUPALKlDwALpg8AZKYPAL2mDwAWpw8Ab6cPAMinDwAqSg0A0y4MACwvDACFLwwA3i8MADcwDACQMAwA6TAMAEIxDACbMQwA9DEMAE0yDACmMgwA/zIMAFgzDACxMwwACjQMAGM0DAC8NAwAFTUMAG41DADHNQwAIDYMANLeAwAr3wMAnhkMADjlDQAMwAoACikLACNMAABf5gEAdiEQAEBtEAB85g4AMF4DAK3CDgDzDgAAI0wAADxMAgCFcwIA3nMCAIs2EQDkNhEA5bQNAD61DQCXtQ0A8LUNACpKDQDlngsA8w4AAOfSAQDLpwEAI2ICAKH1EgD37A8AdiEQAEBtEAB85g4AqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GACmgDACCoAwA26AMAHYhEABH/RIA1UwAALGCAwAKgwMAStwBAKPcAQD83AEAVd0BAOBuAwD8HwAAVSAAAK4gAAAHIQAAYCEAAPYBAQAXlA4AqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgBQzQQAqc0EAIH2CwADdw0AXHcNAEekEgDh6wcAOuwHAJPsBwBhGQAAPEwCAOBuAwAjVREAfFURAJeVAgDioQEAuVgFADpQCQDTWwgACikLACNMAABf5gEA210OAA70AACUuAMAWwQSAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HAN2FCwA2hgsAj4YLAOiGCwBBhwsAmocLAPOHCwBMiAsApYgLAP6ICwBXiQsAsIkLAAmKCwBiigsA4G4DAPwfAABVIAAAriAAAAchAABnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBANLeAwAr3wMAnhkMAPcZDABQGgwAqRoMAAIbDABbGwwAlUwCALF2CgAKdwoAY3cKADCfEQCY2wEAPEwCAFyCDgC1gg4AmNsBAPHbAQBY0AIAI0wAAIODAgCY2wEAFocEADxMAgAq0QEA15UAADCWAADLCwMAVD4CAJGiDwDqog8AQ6MPAJyjDwD1ow8ATqQPAKekDwAApQ8AWaUPALKlDwALpg8AZKYPAL2mDwAWpw8Ab6cPAMinDwDrFQsAtgALADAECwCJBAsA4gQLADsFCwBbzgQAboMLAMeDCwAghAsAeYQLANKECwArhQsAhIULADCfEQAsXAgAhVwIAESyCQCdsgkA9rIJAE+zCQCoswkAAbQJADxMAgB2IRAA/GwHAFVtBwCubQcAXEsJADxMAgAwnxEACikLABJvBwBrbwcAxG8HAB1wBwAhqA8AeqgPANOoDwAsqQ8AhakPAN6pDwA3qg8AkKoPAOmqDwBCqw8AW84EAG6DCwDHgwsAIIQLAAduBwBgbgcAEBoOAPwfAAD2TggA9+wPAC37BwAjTAAA/GwHANNbCAC0EAsAI0wAAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HABJvBwBrbwcAxG8HAB1wBwBnmwAAwJsAAA70AACUuAMAGVkCAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HABJvBwBR2g4AqtoOAAPbDgBc2w4AtdsOAA7cDgBn3A4ATA8AALmPCgASkAoAa5AKAMSQCgCDgwIALFwIAIVcCADeXAgAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAh1gMA4G0LAMCbAAAO9AAAlLgDAGEZAAC6GQAA1BAKAC0RCgCGEQoA3xEKADgSCgCREgoA8oUCAKoIAwADCQMAXsANALfADQAxjgAAI2ICAKH1EgA8TAIAdiEQAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HAN2FCwCLxw4AX9oIALjaCAAR2wgAatsIAMPbCAAc3AgAddwIAM7cCADAYwMArSgAACNMAABf5gEA210OAOBuAwD8HwAA9k4IAPfsDwAt+wcAI0wAAPxsBwDTWwgAtBALADxMAgCXqgwAI64RAHyuEQDVrhEAl/kDAL8cDAAYHQwAcR0MAModDAAjHgwAfB4MAB7BBwB3wQcA0MEHACnCBwCCwgcA28IHADTDBwCNwwcA5sMHAD/EBwDu3AcAR90HAKDdBwD53QcAUt4HAKveBwDXlQAAmNsBAJjbAQDx2wEAYRkAACNMAAA8TAIAdiEQAEBtEAAsXAgA5Z4LACOwAQB8sAEA1bABABaHBAAh1gMAAAAAADxMAgB2IRAA5owCAD+NAgCYjQIA/GsPAOBuAwDwwA4A4qEBAE1UBwAxjgAAI2ICAKH1EgD37A8A4G4DAPwfAABVIAAAriAAAAchAABgIQAAWp4HADxMAgCVTAIAfI0OANWNDgAujg4AdiEQAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HACHWAwDS3gMAK98DAJ4ZDADAYwMAqggDAAMJAwBewA0At8ANADGOAAAjYgIAofUSAPfsDwDgbgMA/B8AAFUgAACuIAAAByEAAGAhAAAeJgEAAAAAAFkAAACmuQAAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAFDNBACpzQQAgHkHAPabDwBPnA8AqJwPAJjbAQAMwAoAaKkCAMCbAAA8bA0AlWwNAJjbAQDx2wEAm/oGAPT6BgBN+wYAMY4AACNiAgCh9RIA9+wPAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAMJYAAGEZAAAWhwQAIdYDACNMAACmuQAAWQAAAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEAUM0EAKnNBACtKAAAEO8BAGnvAQDC7wEAprkAADGZAQC61gEAE9cBAJjbAQDx2wEAVY8CAPYVEwDzDgAA/B8AANUTCwAuFAsAhxQLAOAUCwA5FQsAkhULANl5BwAyegcAi3oHAOR6BwA9ewcAlnsHAO97BwCX+QMATA8AALmPCgASkAoAa5AKAMSQCgA8TAIAl6oMACOuEQB8rhEA1a4RACGoDwB6qA8Akc4TAOrOEwBDzxMAnM8TAPXPEwBO0BMAp9ATAADREwBZ0RMAstETAEv1BACk9QQA/fUEAFb2BACv9gQACPcEAGH3BAC69wQAMF4DAK3CDgDzDgAAI2ICAOHrBwA67AcAk+wHAOzsBwAQGg4AVXkAAKoIAwADCQMAXsANALfADQAxjgAAI2ICAKH1EgAxjgAArSgAAA+pAgDcEwgAaPcBAFTuEgAbMwAAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAFDNBACpzQQAgHkHAPabDwBPnA8AqJwPADxMAgAeJgEADeUGABaHBAA8TAIA5bQNAD61DQCXtQ0A8LUNAEekEgCoCxIAwGMDAKoIAwADCQMAXsANALfADQAxjgAAI2ICAKH1EgCpaQMAAmoDAEquDQCjrg0A/K4NAFWvDQCurw0AB7ANAGCwDQC5sA0AErENAGuxDQCXqgwA8w4AACvUAgCE1AIAI2ICAKH1EgBJXgUAgvoEAE9mAgBLWA4AqnYNAFkAAACKjgAAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAFDNBACpzQQAgHkHAPabDwBPnA8AqJwPAHrWAwDT1gMAhQ8BAN4PAQA3EAEAkBABAOkQAQBCEQEAmxEBAEekEgBR5Q8A01sIACNMAADzDgAAK9QCAOCPBgBCoA4ATRsSADxMAgCVTAIAmNsBAAzACgAeJgEAPEwCACrRAQD2AQEAIdYDAELZAwD/uQAAWLoAALG6AAAKuwAAY7sAALy7AAAwXgMAiV4DAOJeAwCThw4AsYIDADxsDQCVbA0APEwCADCfEQAKKQsAI0wAADxMAgAwnxEArSgAADxMAgDAYwMAqggDAAMJAwBewA0At8ANADGOAAAjYgIAofUSAPfsDwBHpBIA4esHADrsBwCT7AcA7OwHABAaDgA8TAIAdiEQAEBtEAB85g4AdiEQADGOAADZ6AkAD6kCADxMAgB2IRAAUpoRABaHBAA8TAIAMJ8RAK0oAAA8TAIAdiEQAEf9EgDVTAAALk0AAIdNAABnmwAAXEsJADxMAgBHpBIA4esHADrsBwCT7AcA7OwHACOwAQAxjgAAYN4BACvUAgD8bAcAprkAAPMOAAD8HwAAMY4AAMq6AgCmuQAAaJ0JADZ8AgBbXRIAtF0SAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAPMOAAA2fAIAT2QSAKhkEgC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQBQzQQAqc0EAIB5BwD2mw8AT5wPAKicDwAAAAAAWQAAAEdMCgCqohEA8w4AAPwfAAAxjgAAyroCAKa5AABonQkAWQAAAJB0AgA2fAIAW10SALRdEgAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQDzDgAANnwCAE9kEgCoZBIAutYBABPXAQBs1wEAxdcBAB7YAQB32AEAUM0EAKnNBACAeQcA9psPAE+cDwConA8AI7ABAEleBQCqCAMA4qEBADuiAQBnWAIAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQBQzQQAqc0EAL3TCwD8HwAAVSAAAA70AACUuAMAIdYDACNMAADgjwYAQqAOAFu4AgDzDgAAWQAAAOWeCwCY2wEAI0wAACHWAwAjTAAA4I8GAEKgDgBbuAIA8w4AAFkAAADlngsAmNsBACNMAAAh1gMA4G0LAMCbAAAO9AAAlLgDAKguBQABLwUAWi8FALMvBQAMMAUAZTAFAL4wBQACwgsAEk0MAGtNDADETQwAHU4MAHZODADPTgwAKE8MAIFPDADaTwwAM1AMAIxQDADlUAwAPlEMAJdRDADwUQwASVIMAKJSDAD7UgwAVFMMAK1TDAAGVAwAIagPAHqoDwDTqA8ALKkPAIWpDwDeqQ8AN6oPAJCqDwDpqg8AQqsPAJurDwD0qw8ATawPAKasDwD/rA8AWK0PAJHOEwDqzhMAQ88TAGEZAACwGwEAoeoRADxMAgCpaQMAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYAKaAMAIKgDADboAwA4G4DAPwfAABVIAAAriAAAAchAAAXMQUAcDEFAMkxBQAiMgUAezIFANQyBQDf5QUAOOYFAJHmBQC9cAIAFnECAOCPBgBCoA4AW7gCAPMOAABZAAAA5Z4LAJjbAQAjTAAANnwCAE9kEgCoZBIAutYBABPXAQBs1wEAxdcBAB7YAQB32AEAUM0EAKnNBACAeQcA9psPAE+cDwConA8AAZ0PAFqdDwCznQ8ADJ4PAGWeDwC+ng8AF58PAHCfDwDJnw8AIqAPAJeqDAAjrhEAfK4RANWuEQCfuQMA6xYDACwjEwCFIxMA3iMTADckEwCQJBMA6SQTAEIlEwCbJRMAsKAFAAmhBQBioQUAu6EFABSiBQBtogUAxqIFAB+jBQB4owUA0aMFACqkBQCDpAUA3KQFADWlBQCOpQUA56UFAECmBQCZpgUA8qYFAEunBQCkpwUA/acFAFaoBQCvqAUACKkFAGGpBQA2hgsA6xYDACwjEwCFIxMA3iMTADckEwCQJBMA6SQTAEIlEwCbJRMAQtkDACw7BQCFOwUA3jsFADc8BQCQPAUA6TwFACNMAAD8bAcAVW0HAK5tBwAHbgcAYG4HALluBwASbwcAa28HAMRvBwAdcAcA0t4DAGebAADv4AAAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQBQzQQAqc0EAIB5BwD2mw8AT5wPAKicDwC0EAsAuhkAAPliDABSYwwAMY4AAKoIAwADCQMAXsANALfADQAxjgAAI2ICAKH1EgD37A8AZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQDzDgAAVXkAAKoIAwADCQMAXsANALfADQAxjgAAI2ICAKH1EgD37A8AZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQDS3gMAK98DAJ4ZDADAYwMAXYUPAEleBQCqCAMAdFMLAOW0DQA+tQ0A+WIMAFJjDADzDgAAPEwCAJVMAgB8jQ4A1Y0OAC6ODgCHjg4AqnYNAAN3DQBcdw0AFocEAG+HBADIhwQAmNsBADxMAgCpaQMA/7kAANeVAADzDgAAK9QCAF/mAQA8TAIA5bQNAD61DQD5YgwAUmMMAMBjAwCqCAMAAwkDAF7ADQC3wA0AMY4AACNiAgCh9RIAprkAAKa5AAD7zQcAVM4HAK3OBwAGzwcAStwBADxMAgCFcwIAsxgLAOKhAQD85wIA9+wPAJeqDADzDgAAK9QCAITUAgAjYgIAofUSAEleBQCC+gQAT2YCAOKhAQA7ogEAZ1gCADxMAgDAYwMAH7kHAKlpAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgDL3gYAUM0EAKnNBAACzgQAW84EALTOBAANzwQAZs8EAN4OCQA3DwkAkA8JAOkPCQBCEAkAmxAJAPQQCQBNEQkAdiEQAKa5AABZAAAAAAAAAOKhAQBZAAAAPEwCAKlpAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgDL3gYAUM0EAKnNBAACzgQAW84EALTOBAANzwQAdiEQAEf9EgDVTAAAMF4DAK3CDgDzDgAAK9QCAHYhEAD8bAcAVW0HAK5tBwAHbgcAYG4HALluBwDdhQsAT8kLAKjJCwD5TQIA4qEBAJjbAQDx2wEAMJ8RACxcCACFXAgA3lwIADxMAgB2IRAAprkAAFkAAAA8TAIAqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgBQzQQAqc0EAALOBACFcwIA4qEBAE1UBwB8TAAAPEwCADBeAwCtwg4A8w4AACvUAgA8TAIAI0wAAKa5AABZAAAAPEwCACpKDQAYVgEAcVYBAKoIAwDioQEAXEsJAFSKEQDAmwAAIdYDAC0zBQBQiQ4AqYkOAAKKDgCfuQMACfoFAFtqAwC0agMAAAAAAFQ+AgAAAAAAAAAAAAAAAAAxjgAArSgAAKIFBQD7BQUAoTkJAPo5CQBTOgkArDoJAAU7CQBeOwkAtzsJABA8CQDu/BIAY9wDAKa5AABZAAAAPEwCACpKDQAYVgEAcVYBAKoIAwDioQEAXEsJAFSKEQDAmwAAIdYDAC0zBQBQiQ4AqYkOAAKKDgCfuQMACfoFAFtqAwC0agMAAAAAAFQ+AgAAAAAAAAAAAAAAAAAxjgAArSgAAFxLCQC1SwkATRsSACNMAAD8bAcAqggDAHRTCwDgbgMA/B8AAFUgAACuIAAAByEAAGAhAAC5IQAA4sIEADvDBACUwwQA15UAADCWAACFDwEAqggDAAMJAwBewA0At8ANADGOAAAjYgIAofUSAPfsDwAwnxEAmNsBADxMAgBcgg4ArHwPAAV9DwBefQ8At30PABB+DwBpfg8Awn4PABt/DwB0fw8AzX8PACaADwB/gA8AXEsJAPMOAAA8TAIA4G4DAPwfAABVIAAAriAAAAchAABgIQAAuSEAAOLCBAA7wwQAlMMEANeVAAAwlgAAhQ8BAKoIAwADCQMAXsANALfADQAxjgAAI2ICAKH1EgD37A8AMJ8RAJjbAQA8TAIAXIIOAKx8DwAFfQ8AXn0PALd9DwAQfg8AaX4PAMJ+DwAbfw8AdH8PAM1/DwAmgA8Af4APADxMAgDgbgMA/B8AAFUgAACuIAAAByEAAGAhAAC5IQAA4sIEADvDBACUwwQA15UAADCWAACFDwEAqggDAAMJAwBewA0At8ANADGOAAAjYgIAofUSAPfsDwAwnxEAmNsBADxMAgBcgg4ArHwPAAV9DwBefQ8At30PABB+DwBpfg8Awn4PABt/DwB0fw8AzX8PACaADwB/gA8A7vwSAKguBQCxdgoACncKAGN3CgDltA0APrUNAJe1DQDwtQ0ASbYNAKK2DQD7tg0AVLcNAAAAAAAxjgAA2egJADLpCQBJXgUAIdYDAJjbAQBJiREAO6IBAGdYAgDiDwwAwJsAAA70AACUuAMAZ5sAAB4mAQCmuQAA6xYDAIqOAABonQkAwZ0JAPMOAAD8HwAAVSAAAK4gAAAHIQAAYCEAAPHbAQDAmwAADvQAAJS4AwBo9wEAVO4SACHWAwCX+QMAvxwMABgdDABxHQwAyh0MACMeDAB8HgwA/GsPAELZAwAsOwUAhTsFAN47BQA3PAUAkDwFAOk8BQApoAwAgqAMAP+ACwBYgQsAsYELAAduBwBgbgcAuW4HAN2FCwB2IRAAQG0QAFxLCQBUihEAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAGPcAwBH/RIA1UwAAKWUBAD+lAQAV5UEALCVBAAJlgQAYpYEALuWBAAUlwQAwGMDAKoIAwADCQMAXsANALfADQAxjgAAI2ICAKH1EgD37A8AqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgBQzQQAqc0EAALOBADAYwMAl5UCAMYQEABH/RIA4qEBAIL6BADb+gQAHiYBAHcmAQAeJgEAOlAJAGEZAACzcQsADHILAGVyCwBUaQ4ArWkOAB4mAQAN5QYAyroCAA+pAgBoqQIAXEsJADxMAgBcgg4AFM0RADGOAACJXgMA4l4DAJOHDgDshw4ARYgOAJ6IDgD3iA4Ap0sPAFKaEQBcSwkAPEwCAKp2DQDA0Q0AGdINAOCODgC1gg4AgvoEAFV5AAAjYgIAofUSAPfsDwBcSwkAPEwCANeVAAAwlgAAI0wAAPxsBwD85wIAPEwCAHYhEAD8bAcAVW0HAK5tBwBcSwkAPEwCALGCAwAKgwMAI0wAAOCPBgAjsAEASV4FAKJeBQDsLwYAprkAADZ8AgBPZBIAqGQSALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAFDNBACpzQQAgHkHAPabDwBPnA8AqJwPACt5EgD8HwAAVSAAAK4gAAAHIQAAYCEAAFxLCQBUihEAMY4AAG0cCQAh1gMAT2UKAO/gAABhGQAAIdYDALMYCwCtwg4A8w4AACvUAgAjsAEAfLABAOFwDAA6cQwAk3EMAEdMCgCgTAoADvQAAJS4AwCXZw4ALFwIAIVcCADeXAgAPEwCANeVAAAwlgAAywsDAFQ+AgA8TAIA4G4DAEwPAAC5jwoAEpAKAGuQCgDgbgMAI1URAHxVEQCXlQIA15UAAPMOAAA8TAIAsxgLAEtYDgAt+wcAD6kCAGipAgBcSwkAT2UKACxcCACFXAgARLIJAJ2yCQD2sgkAT7MJAKizCQABtAkAWrQJALO0CQAMtQkAZbUJAL61CQAXtgkAcLYJAMm2CQAitwkAe7cJANS3CQAtuAkAhrgJAN+4CQA4uQkAQcoJAJrKCQDzygkATMsJAFxLCQA8TAIAMJ8RAAopCwAjTAAAPEwCAIVzAgDecwIAXsANAE1UBwD8bAcAO6IBAGdYAgA8TAIAlUwCAHyNDgCY2wEAPEwCADCfEQAsXAgAhVwIAESyCQCdsgkA9rIJAE+zCQCoswkAoEwKAPKFAgCXlQIA/GwHANNbCAC0EAsAI0wAAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HABJvBwBR2g4AqtoOAAPbDgBc2w4AtdsOAA7cDgBn3A4A8+EDAJMDAgAjTAAAMY4AAJeVAgBf5gEAMJ8RACxcCACFXAgARLIJAJ2yCQD2sgkAT7MJAKizCQABtAkAPEwCAHYhEAD8bAcAVW0HAK5tBwBcSwkAPEwCADCfEQAKKQsAI0wAAABvAgDXlQAAMJYAAIUPAQDeDwEANxABAJAQAQDpEAEAQhEBAJsRAQAeJgEAdyYBAGGTAwC6kwMAE5QDABaHBAA8TAIAqWkDAAJqAwBKrg0AMJYAACNMAABf5gEAY9wDAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HAN2FCwCFcwIA3nMCAF7ADQBNVAcA/GwHADuiAQBnWAIAPEwCAJVMAgB8jQ4AmNsBADxMAgCqCAMAAwkDAFwJAwC1CQMAsxgLAK3CDgDzDgAAK9QCAITUAgCqCAMAAwkDAF7ADQC3wA0AMY4AACNiAgCh9RIAX9oIAAAAAAAjsAEAIdYDANLeAwAr3wMAnhkMADBeAwCtwg4A8w4AACvUAgDzDgAAPEwCAMBjAwCqCAMAAwkDAF7ADQC3wA0AMY4AACNiAgCh9RIA9+wPAKp2DQADdw0AXHcNAJKEDQDrhA0ARIUNACpKDQDlngsAPp8LAHrWAwDT1gMAhQ8BAN4PAQA3EAEAkBABAOkQAQBCEQEAmxEBAI9PBgCY2wEA8dsBAJv6BgCXlQIAX+YBAOBuAwD8HwAA8w4AAOfSAQDLpwEA01sIACOwAQAjsAEAPEwCADBeAwCtwg4A8w4AACvUAgD2AQEAF5QOAOveBQB2IRAA4I8GADmQBgBnmwAAXEsJADxMAgCVTAIAfI0OAJjbAQA8TAIAAAAAANeVAABnmwAAwJsAABaHBAA8TAIAlUwCAO5MAgBHTQIAoE0CAGEZAAC6GQAA+WIMAFJjDADzDgAArSgAABDvAQBp7wEAwu8BAFSKEQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAkaIPAOqiDwBKrg0Ao64NAPyuDQBVrw0Arq8NAAewDQBgsA0AubANALGCAwAKgwMAm/oGAPT6BgBN+wYAPEwCAMBjAwBSmhEAFocEADxMAgCpaQMAAmoDAA7dBgCDHREA3B0RAIqOAADm5AoAPEwCACpKDQDlngsA4qEBADuiAQCXlQIA8w4AACHWAwDS3gMAK98DAJ4ZDAD3GQwA/B8AAFUgAACuIAAAByEAAGAhAABangcAPEwCAMBjAwCqCAMAAwkDAF7ADQC3wA0AMY4AACNiAgCh9RIA9+wPAJVMAgB8jQ4AmNsBADxMAgCpaQMAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYAy94GAFDNBADzDgAA/B8AAFUgAACuIAAAByEAAGAhAABangcAs54HAFUgAAAO9AAAlLgDAPwfAABVIAAADvQAAJS4AwAhqA8AeqgPANOoDwAsqQ8AhakPAN6pDwA3qg8AkKoPAOmqDwBCqw8AvXACAJjbAQDx2wEAVY8CAPYVEwDzDgAA/B8AANXmDgAokwIAUAQKAKkECgA8TAIA4G4DAPwfAABVIAAAriAAAAchAACmuQAAD6kCALMYCwCtwg4ACikLAPMOAAD8HwAAMR0OAHMjDgCY2wEASYkRAKoIAwB0UwsAzVMLADZ8AgBbXRIAwJsAAA70AACUuAMANnwCAGEZAABnmwAAI0wAAO/gAADTWwgAmNsBAA+pAgBoqQIAwJsAAA70AACUuAMAIagPAHqoDwBbagMAtGoDAMv+EQAAAAAAur4PAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAIdYDAELZAwAsOwUAhTsFAN47BQA3PAUAkDwFAOk8BQBCPQUAmz0FAPQ9BQBNPgUApj4FAP8+BQBYPwUAsT8FAApABQB2IRAAR/0SANVMAACXqgwA8KoMAFxLCQBZAAAA5Z4LAOKhAQA7ogEA4mkEADxMAgDXlQAAmNsBACOwAQAh1gMAvAkAALMYCwAMGQsAZRkLAKlpAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgApoAwAgqAMANugDAB2IRAAR/0SANVMAACCoQQArHwPAKhlCgABZgoAWmYKALNmCgA7rAoAXIIOALVLCQBnmwAAHiYBAHcmAQCCoQQArHwPAKhlCgABZgoAWmYKALNmCgA7rAoAXIIOALVLCQBnmwAAHiYBAHcmAQDQJgEAPEwCALGCAwA8bA0AlWwNAAbODwBfzg8AuM4PABHPDwBnmwAAwJsAAB4mAQC8xgEAgvoEAOfSAQDLpwEA01sIALQQCwA8TAIAXIIOABTNEQBhGQAA2lAEAGebAABcSwkAPEwCAIVzAgCzGAsA4qEBAPznAgD37A8AdiEQAOCPBgAWhwQA4qEBADuiAQBnWAIAPEwCAHYhEABAbRAAfOYOAKlpAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgApoAwAgqAMANugDAB2IRAAR/0SANVMAACCoQQArHwPAKhlCgABZgoAWmYKALNmCgA7rAoAXIIOALVLCQBnmwAAHiYBAHcmAQBcgg4ANrIPANlLEwAyTBMAi0wTAORMEwA9TRMAqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAGwvCgDTWwgAX9oIAA+pAgBoqQIAwJsAAPHbAQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEALTMFAFCJDgCpiQ4AAooOALADDwCzGAsA4qEBAPznAgD37A8AlUwCAAYpAAAjTAAAprkAAGidCQDioQEAO6IBAGdYAgA8TAIA4G4DAPwfAABVIAAAriAAAAchAABgIQAAuSEAAMBjAwBNGxIA4qEBADxMAgCqCAMAdFMLAM1TCwAQGg4Ay6cBANNbCAC0EAsAIdYDAOKhAQD85wIA9+wPAGEZAAC6GQAARVIBAK0oAAB8jQ4A1Y0OAC6ODgCHjg4A1RQDAMCbAAAO9AAAlLgDACrRAQDGMgsAHzMLAHgzCwDRMwsAKjQLAIM0CwAAAAAA9skDAE/KAwDltA0APrUNABMaAAD61QcAU9YHAKprDAADbAwAXGwMAJVMAgCxdgoACncKAGN3CgAwnxEAmNsBADxMAgBcgg4AtYIOAJjbAQDx2wEAWNACACNMAACDgwIAmNsBAJeqDADwqgwASasMAKKrDAD7qwwAAAAAAKoIAwADCQMAyroCAAAAAACY2wEAPGwNAJVsDQAAAAAAXEsJAE9lCgCoZQoAAWYKAFpmCgCzZgoASZUKAKKVCgD7lQoAVJYKAF/aCAAPqQIAaKkCACNMAABhGQAAuhkAAEVSAQCtKAAAfI0OANWNDgAujg4Ah44OANUUAwDAmwAADvQAAJS4AwA2fAIAK3kSAEwPAAC5jwoASbYNALF2CgAbihAAfqsCADxMAgDAYwMAH7kHAKoIAwADCQMAXAkDAEleBQBcSwkAPEwCAFyCDgCsfA8AqGUKAAFmCgBaZgoAs2YKADusCgCXqgwA8KoMAKoIAwDioQEAmNsBAAzACgC0EAsAHiYBADpQCQBhGQAAhXMCANNbCACY2wEAD6kCAOdWDgA7ogEAZ1gCADxMAgCpaQMAAmoDAA7dBgCDHREA3B0RADUeEQCOHhEA5x4RAEAfEQA8TAIAsYIDADxsDQCVbA0A7mwNAEdtDQCgbQ0A+W0NAEjUDwCh1A8A4I8GAEKgDgCXlQIAX+YBAGdYAgA8TAIAqnYNAMDRDQAZ0g0Al6oMAOKhAQBNVAcAfEwAANVMAACllAQAPEwCAOW0DQA+tQ0Al7UNAPC1DQCxggMAPGwNAJVsDQAGzg8AX84PALjODwARzw8Aas8PADCfEQCY2wEAPEwCAB4mAQC8xgEAgvoEABszAAAxmQEAutYBAK0oAACxdgoAZ1gCANeVAACY2wEA8dsBAJjbAQDx2wEAm/oGAJeVAgBf5gEAXIIOAKx8DwCoZQoAAWYKAFpmCgCzZgoAO6wKACpKDQAYVgEAcVYBAKoIAwDioQEAXEsJAFSKEQDTWwgA01sIACNMAAAjsAEA9+wPAPMOAADn0gEAPEwCAFyCDgCsfA8AqGUKAAFmCgBaZgoAs2YKADusCgDltA0APrUNAJe1DQDwtQ0ASbYNAKK2DQD7tg0AVLcNAFyCDgCsfA8AqGUKAAFmCgBaZgoAs2YKADusCgCXqgwA8KoMAFxLCQBZAAAA5Z4LAOKhAQA7ogEAYRkAAGebAAAjTAAANnwCAE9kEgCoZBIAutYBABPXAQBs1wEAxdcBAB7YAQA0MRIAjTESAOYxEgA/MhIAmDISAPEyEgBKMxIAozMSAJGiDwDqog8AQ6MPAJyjDwD1ow8ATqQPAKekDwAApQ8AWaUPALKlDwALpg8AZKYPAL2mDwAWpw8Ab6cPAMinDwAt+wcAhvsHAN/7BwA4/AcAkfwHAOr8BwBD/QcAnP0HAPX9BwBO/gcA4qEBADGOAADZ6AkAPEwCAHYhEACmuQAAWQAAACHWAwA8TAIAffQQAMEAEwCpaQMAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYA9gEBAAAAAADr3gUAMZcRAHyNDgCY2wEAI0wAAPxsBwCqCAMAdFMLAPZOCAAWhwQAPEwCALGCAwAKgwMAY4MDAKv/CgAEAAsAXQALADxMAgCqdg0AQtkDACw7BQCFOwUA3jsFADc8BQCQPAUA6TwFAEI9BQCbPQUA9D0FAE0+BQCmPgUA/z4FAFg/BQCxPwUACkAFAC0zBQAt+wcAhvsHAN/7BwA4/AcAkfwHAOr8BwBD/QcAnP0HAPX9BwBO/gcA0t4DACvfAwDSvAgATroRAGebAACnYwEAP7gOAIL6BAAr1AIA/GwHADuiAQBnWAIAPEwCAFyCDgCsfA8AHiYBAA3lBgBewA0AbC8KAMUvCgAeMAoAdzAKANAwCgApMQoAgjEKANsxCgA0MgoAjTIKAOYyCgA/MwoAmDMKAPEzCgBKNAoAozQKAPw0CgD2FRMA8w4AAPwfAAAq0QEAI0wAAKa5AABZAAAAIdYDAAAAAAAjsAEA8w4AACHWAwAAAAAA15UAADCWAADLCwMAVD4CACHWAwAAAAAAI2ICAKH1EgD37A8AdiEQAEBtEAB85g4AqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GACmgDACCoAwA26AMAHYhEACmuQAAWQAAACHWAwAAAAAAI7ABAPMOAAAh1gMAAAAAAOBuAwDn0gEAQNMBACHWAwAAAAAAYRkAAGEZAABnmwAALfsHACNMAAD8bAcA01sIALQQCwA8TAIAsYIDAAqDAwBjgwMAq/8KAAQACwBdAAsAVt8KACNMAAD8bAcAVW0HAK5tBwBcSwkAT2UKAAopCwAAAAAAI0wAACNMAABZAAAAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQBQzQQAqc0EAK+QEwDlngsAPp8LAJefCwD2AQEANF8GAK3CDgDzDgAAK9QCANIJEACxggMACoMDAJv6BgD0+gYATfsGADxMAgBcgg4AtUsJAJZCEgDvQhIAI2ICAGy/DwBg3gEA/B8AAOBuAwD8HwAAVSAAAK4gAAAHIQAAYCEAALkhAADAYwMAl5UCANeVAAAjsAEAXEsJADxMAgDltA0APrUNAJe1DQDwtQ0AqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GACmgDACCoAwA26AMAJjbAQDx2wEAVY8CAPYVEwDzDgAA/B8AAFSKEQDAmwAADvQAAJS4AwBnmwAAwJsAAA70AAACaQsAW2kLABMaAAC6vg8Aur4PALq+DwD2yQMAT8oDADjQAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgDL3gYAUM0EAKnNBAACzgQAp/4HAAD/BwBZ/wcAsv8HAAsACABkAAgAAAAAALq+DwD2yQMAT8oDADjQAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgDL3gYAUM0EAKnNBAACzgQAp/4HAAD/BwBZ/wcAsv8HAAsACABkAAgA7+AAAOKhAQA7ogEAZ5sAAMCbAAAO9AAAlLgDALq+DwAAAAAAAAAAAAAAAAC6vg8A01sIAPMOAAA8TAIAl6oMACOuEQB8rhEA1a4RALq+DwC6vg8Aur4PAF/mAQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBALq+DwC6vg8Aur4PAKdjAQA/uA4A01sIALQQCwA8TAIAsYIDAAqDAwBjgwMAq/8KAAQACwAAAAAAZ5sAAMCbAAAjYgIA4qEBADuiAQB+qwIANrIPADCWAABnWAIA8w4AAFV5AACY0AAArSgAACNiAgBsvw8AmNAAADxMAgDAYwMAI2ICAGdYAgDiDwwA9k4IAPfsDwCzGAsAYRkAAGebAACnYwEAP7gOAAAAAABhGQAAPEwCALGCAwAKgwMAsxgLANeVAADzDgAAVXkAAG0cCQDzDgAA59IBAMunAQDTWwgAtBALAGebAACxggMASYkRAKb6DgCxdgoA15UAACNMAAAxjgAAl5UCAAAAAADTWwgAPEwCALGCAwAKgwMAWNACALHQAgDzDgAAVXkAAG0cCQBhGQAAuhkAACHWAwDgbQsAOW4LAJJuCwDrbgsARG8LAJ1vCwD2bwsAT3ALAKhwCwABcQsAWnELAGebAAAt+wcAhvsHAN/7BwA4/AcAkfwHAOr8BwBD/QcAnP0HAPX9BwBO/gcAlUwCAO5MAgBHTQIAoE0CANvBDwBC2QMALDsFAIU7BQDeOwUANzwFAJA8BQDpPAUAQj0FAJs9BQD0PQUATT4FAKY+BQD/PgUAWD8FALE/BQAKQAUAlUwCAO5MAgBHTQIAoE0CANvBDwBC2QMALDsFAIU7BQDeOwUANzwFAJA8BQDpPAUAQj0FAJs9BQD0PQUATT4FAKY+BQD/PgUAWD8FALE/BQAKQAUAPEwCAHYhEAD8bAcAVW0HAK5tBwBcSwkAPEwCADCfEQAKKQsA/GwHAFVtBwCubQcAXEsJADxMAgAwnxEACikLADxMAgCpaQMAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYAy94GACTfBgB93wYA1t8GAC/gBgCI4AYAK3kSAEwPAAC5jwoAEpAKAGuQCgDEkAoAI0wAAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HABJvBwBR2g4AqtoOAAPbDgBc2w4AtdsOAA7cDgBn3A4AW84EAG6DCwDHgwsAIIQLAHmECwDShAsAK4ULAISFCwDS3gMAK98DAJ4ZDAD3GQwAUBoMAKkaDAACGwwAWxsMAJVMAgCxdgoACncKAGN3CgAwnxEAmNsBADxMAgBcgg4AtYIOAJjbAQDx2wEAWNACACNMAACDgwIAmNsBACiTAgDZ6AkA9+wPAMCbAAAO9AAAlLgDANNbCADTWwgAI7ABADxMAgB2IRAA/GwHAFVtBwCubQcAXEsJADxMAgAwnxEACikLACNMAAA8TAIAhXMCALMYCwDioQEA/OcCAPfsDwCFcwIA3nMCAF7ADQBNVAcA/GwHADuiAQBnWAIAPEwCAJVMAgB8jQ4AmNsBADxMAgDAYwMAUpoRAKuaEQAwnxEALFwIAIVcCADeXAgAPEwCAKlpAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgDL3gYAUM0EAPfsDwDAmwAADvQAAJS4AwBbBBIA/GwHAFVtBwCubQcAB24HAGBuBwC5bgcAO7cLAJS3CwDttwsARrgLAJ+4CwD4uAsAUbkLAKq5CwADugsAXLoLALW6CwD2AQEA7+AAAE5uAgBewA0ATVQHAHJZAgCY2wEA8dsBAJv6BgCXlQIAX+YBAF6IEAAAAAAA15UAAOKhAQCY2wEA8dsBAGj3AQBcSwkAI2ICAKa5AAA8TAIAqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgBQzQQAJsMNACNiAgAjTAAAMY4AAF7ADQA7ogEAPEwCAGj3AQBcSwkAI2ICAKa5AAA8TAIAqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgBQzQQAl6oMAEJdEAAAZAEAWWQBAD3IDgCWyA4A78gOAEjJDgChyQ4AhXMCALMYCwBLWA4AYRkAADxMAgB2IRAA4I8GABaHBADioQEAO6IBAGdYAgA8TAIAdiEQAEBtEAB85g4AqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYA8w4AADxMAgCpaQMAAmoDAEquDQCjrg0A/K4NAFWvDQCurw0AB7ANAGCwDQC5sA0AErENAGuxDQDAYwMAXogQAAAAAADXlQAA4qEBAJjbAQDx2wEAStwBADxMAgCVTAIAmNsBAAzACgAeJgEAPEwCAHYhEABH/RIA1UwAANeVAAAwlgAAfBQDANUUAwDAmwAAI7ABABaHBADioQEAO6IBAGdYAgA8TAIAXIIOALVLCQCWQhIA70ISACNiAgBsvw8AYN4BAPwfAACJiQ8AXogQAAAAAADXlQAA4qEBAJjbAQDx2wEAwGMDAB+5BwCxggMACoMDAB3IDwBMDwAACikLAJjbAQCmuQAAZ5sAAJVMAgCY2wEADMAKAB4mAQA8TAIAqnYNAE1UBwDzDgAAPEwCACpKDQAYVgEASYkRALlYBQAN5QYAyroCABaHBAA8TAIAlUwCAO5MAgCKjgAA5uQKAIODAgCY2wEAFocEADxMAgAwnxEAmNsBADxMAgDgbgMATA8AAAopCwCY2wEAprkAAKp2DQDA0Q0AGdINAOW0DQA+tQ0Al7UNAPC1DQCJiQ8A4okPADuKDwCUig8A7YoPAEaLDwCfiw8A+IsPAABvAgBZbwIAsYIDAAqDAwAAAAAA15UAAGebAADzDgAAK9QCADxMAgB2IRAA/GwHAFVtBwCubQcAXEsJADxMAgAwnxEACikLACNMAAA8TAIAwGMDAK0oAAAjTAAAX+YBANtdDgBhGQAAZ5sAAKdjAQAh1gMAY9wDAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HAN2FCwDAYwMAXogQAAAAAADXlQAA4qEBAJjbAQBJiREAO6IBAGdYAgA8TAIAwGMDAB+5BwCpaQMAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYAy94GAFDNBABnmwAAI0wAADGOAABtHAkAXEsJAJjbAQBJiREAO6IBAK0oAAB8jQ4APEwCAJeqDADwqgwASasMAEVSAQCtKAAAfI0OANWNDgAujg4Ah44OADGOAABewA0AvXACADGOAACxrQ8AX1QMALhUDAA7ogEAExoAAPrVBwBT1gcAqmsMAANsDABcbAwAtWwMAA5tDABnbQwA/B8AAFUgAACuIAAAByEAAGAhAAC5IQAAHiYBALzGAQCC+gQAI2ICAKgLEgCzGAsAMY4AAKoIAwDioQEAO6IBAM8hEADkWAwAPVkMAJZZDADvWQwASFoMAKFaDAD6WgwAU1sMAKxbDAAFXAwAXlwMALdcDAAQXQwAtYIOAOfcCgBA3QoAmd0KANeVAABcSwkAsYIDAAqDAwCb+gYAbRwJADxMAgDXlQAAXEsJAAAAAADTWwgAPEwCAHYhEAD8bAcAVW0HAK5tBwAHbgcAYG4HALMYCwBZAAAAvXACAGEZAABnmwAAI0wAAO/gAADTWwgAmNsBAA+pAgC9cAIAZ1gCAOIPDAA7EAwAlBAMAO0QDABGEQwAnxEMAPHbAQAdyA8A59IBAPwfAADzDgAAIdYDACJ1AwDiDwwAOxAMAJQQDADtEAwARhEMAJ8RDAD4EQwAURIMAKoSDAADEwwAXBMMAJVMAgB8jQ4AmNsBADCfEQCY2wEAPEwCAOBuAwD8HwAAVSAAAK4gAADioQEAprkAAGebAADltA0APrUNAJe1DQDwtQ0AD6kCAGkEDAC6GQAA7+AAALMYCwCtwg4A8w4AACvUAgBf5gEAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAKzWBwAF1wcAXtcHALfXBwAQ2AcAadgHAMBjAwBtHAkAXEsJAJjbAQDx2wEAHcgPAOfSAQA8TAIAlUwCAHyNDgDVjQ4ALo4OAH/DDQDYww0AMcQNAIrEDQB2IRAAprkAAFkAAAA8TAIAqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgBQzQQAqc0EAALOBABbzgQAtM4EADGOAABewA0AZ5sAAMCbAAAO9AAAlLgDACrRAQDGMgsAHzMLAHgzCwDRMwsAKjQLAIM0CwAeJgEAWQAAAOWeCwCY2wEA8oUCAMq6AgAWhwQAPEwCAJVMAgDuTAIAR00CAFRpDgCtaQ4AqnYNAAN3DQBcdw0A5bQNACiTAgCBkwIA2pMCALGCAwAKgwMAHcgPAEwPAAAjsAEA15UAACNMAAD8bAcA01sIAFxLCQBUihEAYRkAACiTAgCBkwIA2pMCAOW0DQA+tQ0AmNsBADxMAgDgbgMA/B8AAFUgAACuIAAAYRkAACiTAgCBkwIA2pMCACpKDQAYVgEAcVYBAKoIAwDioQEAXEsJAFSKEQCmuQAAaJ0JADxMAgAwXgMArcIOAPMOAAAr1AIAPEwCAKp2DQDA0Q0AGdINAA+pAgBpBAwAuhkAAO/gAADTWwgA15UAAFkAAAA8TAIAlUwCAO5MAgBHTQIAVGkOAK1pDgCgTQIA2lAEANNbCAA2fAIAT2QSAGidCQAxjgAAUpoRAGEZAABnmwAA9k4IAPMOAAA2fAIAhXESAN5xEgCY2wEA8dsBAB3IDwBMDwAAI7ABAKoIAwB0UwsAXEsJALVLCQBtHAkAXEsJAJjbAQDx2wEAHcgPAOfSAQD8HwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBACHWAwDS3gMAKJMCAIGTAgDakwIAYjwMALs8DAAUPQwAbT0MAMY9DAAfPgwAeD4MANE+DAAqPwwAgz8MANw/DAA1QAwAjkAMAOdADABAQQwAmUEMAPJBDABLQgwAPEwCABeUDgBMDwAAuY8KABKQCgBrkAoAxJAKAHVLCwAKjQwAY40MALyNDADbXQ4ADvQAAJS4AwCXqgwA8w4AACvUAgCE1AIAI2ICAKH1EgBJXgUAgvoEAE9mAgA8TAIAwGMDAB+5BwDltA0AZ5sAAO/gAAA8TAIAqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgBQzQQAIdYDACrRAQDGMgsAHzMLAHgzCwDRMwsAKjQLAIM0CwDcNAsANTULAII8CwAAAAAAAAAAAAAAAADPQwsAKEQLAIFECwDaRAsAM0ULAIxFCwDlRQsAPkYLALq+DwAAAAAAl0YLAPBGCwBJRwsAjdoBAObaAQA/2wEAlUwCAHyNDgDVjQ4ALo4OACHWAwAtMwUAhjMFAA3CEwBmwhMAv8ITABjDEwAxjgAAI2ICAKH1EgD37A8AlUwCALF2CgAKdwoAY3cKAOW0DQA+tQ0Al7UNAPC1DQBJtg0AorYNAPu2DQBUtw0AZ5sAAGEZAAC6GQAAZ5sAAGEZAABhGQAAuhkAAGebAABhGQAAI0wAACHWAwDS3gMAK98DAJ4ZDAD3GQwAUBoMAKkaDAACGwwAWxsMAJVMAgCxdgoACncKAGN3CgAwnxEAmNsBADxMAgBcgg4AtYIOAJjbAQDx2wEAWNACACNMAACDgwIAmNsBABaHBAA8TAIAffQQACHWAwAAAAAAPEwCAEekEgB8YgIArSgAAK0oAAAGKQAAwJsAAEmJEQA7ogEAZ1gCADxMAgB2IRAA/GwHAFVtBwCubQcAXEsJADxMAgAwnxEACikLACNMAAA8TAIAwGMDAK0oAAAjTAAAX+YBANtdDgBf2ggA6xYDAEQXAwAh1gMAwGMDAF2FDwAy6QkAi+kJAEekEgDh6wcAOuwHAJPsBwDs7AcA0BoIAKlpAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgDL3gYAUM0EAKnNBAC90wsAFtQLAMBjAwAZZAMAT5EOAKiRDgCsfA8A7+AAAETfBQDAYwMAGWQDACO7AgB8uwIA1bsCAC68AgCHvAIA4LwCADxMAgBLbhAAur4PADxMAgAkYxMAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQBQzQQAqc0EAOveBQAeJgEAkwMCAPMOAAAr1AIAPEwCAEekEgCoCxIAMJ8RAK0oAAA8TAIAdiEQAOaMAgA/jQIAmI0CAO6YEQBCXRAA+U0CAFJOAgCrTgIABE8CAPMOAAA8TAIAKkoNAINKDQDevxEA8oUCAPjlBwA6UAkAI0wAAF/mAQDbXQ4APEwCALq+DwA8TAIAdiEQAEBtEAB85g4AR6QSAKgLEgCxggMACoMDAB3IDwBMDwAACikLAJjbAQCmuQAAZ5sAAABvAgBZbwIAWiQEAFHlDwDTWwgAI7ABADxMAgAidQMA4qEBAKoIAwB0UwsA9+wPAFDtDwBSmhEAq5oRACJ1AwDioQEAqggDAHRTCwARxQYAdUECAD2dAgCWnQIAPEwCACJ1AwDioQEAqggDAHRTCwAeJgEA+nEGAFNyBgCscgYABXMGAOveBQAeJgEAkwMCAPMOAAAr1AIAPEwCAEekEgCoCxIAMJ8RAK0oAAA8TAIAdiEQAOaMAgA/jQIAmI0CAB4mAQD6cQYAU3IGAKxyBgAFcwYAXnMGAABvAgBZbwIAWiQEAFHlDwDTWwgAI7ABADxMAgAidQMA4qEBAKoIAwB0UwsAEcUGAHVBAgA9nQIAlp0CADxMAgAidQMA4qEBAKoIAwB0UwsAHiYBAPpxBgBTcgYArHIGAAVzBgBecwYAAG8CAFlvAgBaJAQAUeUPANNbCAAjsAEAPEwCACJ1AwDioQEAqggDAHRTCwD37A8AUO0PAFKaEQCrmhEAInUDAOKhAQCqCAMAdFMLABHFBgB1QQIAPZ0CAJadAgA8TAIAInUDAOKhAQCqCAMAdFMLADayDwAjsAEA9+wPAGEZAAC6GQAARVIBAK0oAAB8jQ4A1Y0OAC6ODgCHjg4A1RQDAMCbAAAO9AAAlLgDANLeAwAr3wMAnhkMAB4mAQB3JgEAYZMDAOQKDQA9Cw0AlgsNAOW0DQAokwIAgZMCANqTAgBcSwkAHiYBAHcmAQBhkwMA5AoNAD0LDQCWCw0A5bQNACiTAgCBkwIA2pMCAFxLCQAeJgEAdyYBAGGTAwDkCg0APQsNAJYLDQAqSg0Ag0oNANxKDQA1Sw0AjksNAOdLDQBATA0AI7ABAHywAQBItAQAobQEADxMAgDXlQAAmNsBACOwAQCxggMACoMDAB3IDwBMDwAAI7ABAKoIAwB0UwsAqnYNALlYBQASWQUAa1kFAMRZBQAdWgUAPEwCAJeqDADwqgwAI0wAAOCPBgAWhwQAPEwCAJVMAgB8jQ4AmNsBADxMAgAqSg0Ag0oNANxKDQA1Sw0AjksNAOdLDQBATA0AAG8CAFlvAgBaJAQAsyQEAAwlBABlJQQAlUwCAHyNDgDVjQ4ALo4OAIeODgCqdg0ATVQHAKZUBwCqdg0AA3cNAFx3DQC1dw0AH7kHACpKDQCDSg0A3EoNADVLDQCOSw0A50sNAEBMDQA2fAIAaPcBAFTuEgCt7hIAHiYBAA3lBgCXlQIAprkAAGidCQDioQEAO6IBAGdYAgA8TAIAKkoNAINKDQDcSg0ANUsNAI5LDQDnSw0AQEwNAJVMAgB8jQ4AmNsBADxMAgCwGwEAiigPAK+QEwAIkRMAKkoNABhWAQDx2wEAVY8CALF2CgDB6hAAZ5sAAFxLCQA8TAIAhXMCAOKhAQBNVAcAfEwAADxMAgAAAAAAPEwCADCfEQCY2wEAPEwCAN2xDwAAAAAAPEwCADCfEQCY2wEAPEwCAN2xDwAfuQcAXIIOABTNEQCtihEAR0wKAKqiEQADoxEAVIoRAGEZAACmuQAAWQAAALIAAAAITw0AYU8NALpPDQATUA0AbFANAB4mAQAN5QYAUpoRAHVBAgAxjgAA2egJADLpCQCKjgAAD6kCANwTCACxrQ8A4g8MADBeAwCJXgMA4l4DAJOHDgDltA0APrUNAJe1DQDwtQ0AR6QSAKgLEgBnmwAAYRkAADxMAgCVTAIAfI0OANWNDgAujg4Ah44OAKp2DQADdw0As3ATAAxxEwBlcRMAvnETABdyEwD37A8AXEsJADZ8AgA8TAIAdiEQAOCPBgAWhwQAPEwCAHYhEABAbRAAfOYOAKp2DQADdw0As3ATAAxxEwBlcRMAvnETABdyEwCqdg0ATVQHACHWAwDS3gMAr5ATAAiREwBhkRMAqnYNAAN3DQCzcBMADHETAGVxEwC+cRMAF3ITACpKDQBEDAIA9+wPAFDtDwBg3gEA/B8AALGCAwA8bA0AlWwNADxMAgC8CQAAQfYNAK+QEwAIkRMAYZETAKp2DQADdw0As3ATAAxxEwBlcRMAvnETABdyEwDXlQAAMJYAACNMAAD8bAcAVW0HAK5tBwBnmwAAwJsAAA70AACUuAMAI7ABAHywAQBItAQAobQEADxMAgDgbgMA8MAOAKa5AABonQkAPEwCAJVMAgCxdgoACncKAGN3CgB99BAA1vQQACJ1AwDiDwwAHiYBADxMAgDioQEAO6IBADxMAgDAYwMAUpoRABaHBAA8TAIAMJ8RAK0oAAA8TAIAdiEQAEf9EgDVTAAALk0AAEwPAAAKKQsAmNsBAKa5AABnmwAAI7ABAHywAQAwwQwAicEMAOLBDACdFwMAFocEADxMAgCqdg0AA3cNALNwEwAMcRMAZXETAL5xEwAXchMA9+wPAFxLCQA8TAIAInUDAOIPDAAeJgEAdiEQAEf9EgDVTAAAInUDAOIPDAAeJgEA8w4AADxMAgDAYwMAqggDAAMJAwBewA0At8ANADGOAAAjYgIAofUSAFyCDgCY2wEASYkRAKoIAwB0UwsAzVMLADxMAgCVTAIAfI0OANWNDgAujg4Ah44OAJVMAgB8jQ4AmNsBADxMAgBo9wEAXEsJACNiAgCmuQAAInUDAOIPDAA7EAwAPEwCAFyCDgCY2wEASYkRAKoIAwB0UwsAzVMLADxMAgCqdg0AA3cNALNwEwAMcRMAZXETAFKaEQCmuQAAZ5sAAJVMAgB8jQ4AmNsBADxMAgBo9wEAXEsJACNiAgCmuQAA+80HAFTOBwAjsAEA0gkQAGj3AQBcSwkAI2ICAKa5AAAyhBAAuhkAAEVSAQCtKAAAfI0OANWNDgAujg4Ah44OANUUAwCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAX9oIAP+5AAA4xQIAkcUCAOrFAgBcSwkAVIoRAK0oAACtKAAAfI0OANWNDgAujg4Ah44OANUUAwDAmwAADvQAAJS4AwAZZAMAI0wAAPxsBwCm+g4AEO8BAIqOAADm5AoA15UAAJjbAQB2IRAAQG0QAHzmDgCVTAIAsXYKABuKEAB+qwIAh9IEAODSBAA50wQAktMEAOvTBABE1AQAndQEAPbUBABHpBIAqAsSALGCAwAKgwMAHcgPAEwPAAAjsAEAqggDAHRTCwBcSwkAIdYDAGEZAAC6GQAARVIBAJJkAgA0oQwAjaEMAOahDAA/ogwAlUwCAPYVEwAwlgAAoXAOACNMAAD8bAcA01sIALQQCwAwnxEALFwIAIVcCADeXAgA2lAEADuiAQBnWAIAPEwCALGCAwAKgwMAAAAAANeVAADioQEAmNsBAPHbAQBK3AEAPEwCAOKhAQD85wIA9+wPAFxLCQA8TAIAdiEQAEBtEAB85g4AMJ8RACxcCACFXAgA3lwIADxMAgDgbgMAI1URAOCPBgDx2wEAm/oGAPjlBwAh1gMA0t4DACvfAwCeGQwA9xkMAFAaDACpGgwAAhsMAFsbDACVTAIAsXYKAAp3CgBjdwoAMJ8RAJjbAQA8TAIAXIIOALWCDgCY2wEA8dsBAFjQAgAjTAAAg4MCAJjbAQAjTAAAX+YBAGEZAADzDgAAy6cBANNbCAC0EAsAgvoEANv6BACxggMACoMDAAAAAADXlQAA4qEBAJjbAQDx2wEAPEwCAJeqDABCXRAAUc8NAKrPDQAD0A0AXNANALXQDQAO0Q0AZ9ENAFyCDgCY2wEASYkRAKoIAwB0UwsAPEwCAHJZAgDLWQIAutYBABPXAQBs1wEAxdcBAB7YAQB32AEAUM0EAKnNBAAh1gMAlUwCAHyNDgCY2wEAPEwCACpKDQBcSwkAT2UKADxMAgCqdg0AwNENABnSDQDltA0APrUNAJe1DQDwtQ0AI7ABAHywAQBItAQAobQEAFSKEQCxggMACoMDAAAAAADXlQAA4qEBAJjbAQDx2wEAStwBADxMAgAeJgEAdyYBAGGTAwDkCg0APQsNAJYLDQAqSg0AGFYBAHFWAQCqCAMA4qEBAFxLCQBUihEA8w4AADxMAgAqSg0Ag0oNANxKDQA1Sw0AjksNAOdLDQBATA0AInUDAMBYAgA8TAIAlUwCALF2CgAKdwoAY3cKAPMOAAA8TAIAqnYNAAN3DQBcdw0ArSgAABDvAQBp7wEAKasNAIKrDQC8CQAAYRkAAHVBAgAF+QIArSgAABDvAQBp7wEAwu8BACNMAABf5gEAuOYBABHnAQA3AxAAvAkAAJjbAQA8bA0AlWwNAO5sDQBHbQ0AoG0NAPltDQBSbg0Aq24NAARvDQBdbw0AI0wAAF/mAQC45gEAEecBADcDEAAdvQ4A4qEBAE1UBwBf5gEAuOYBALwJAAAxHQ4A7C4OAEUvDgCH0gQAMJYAACNMAAC8CQAAZ5sAAMCbAAAO9AAAlLgDAL1wAgDTWwgACikLACNMAADzDgAAy6cBAFxLCQBUihEAMR0OANNbCACtKAAAvXACAGebAACnYwEAMY4AAPjlBwBZAAAARAwCAPfsDwDzDgAAvXACAKa5AAAxmQEAh9IEADCWAAAjTAAAvAkAAAAAAAAjTAAAX+YBALjmAQAR5wEANwMQAB29DgDioQEATVQHAAAAAAA8TAIAlUwCAO5MAgBHTQIAVGkOAK1pDgDzDgAAHb0OAAlzEQBicxEAu3MRABR0EQBtdBEAvXACACOwAQBJXgUAO6IBAGebAAC8CQAAmKIMAPMOAABZAAAAR0wKAC37BwCtKAAAEO8BAGnvAQDC7wEAffQQAL1wAgBnmwAAwJsAAA70AACUuAMA7+AAAE5uAgBy6A8AvM8SABXQEgBu0BIAIdYDAGEZAAC6GQAARVIBALvZAgAcjREA/GsPAFxLCQBUihEArYoRAAaLEQBfixEAuIsRABGMEQBqjBEAw4wRACHWAwDApBEAK9QCAOCPBgA5kAYAprkAACNMAAAh1gMAmNsBAPHbAQBY0AIAhvsHADoZBACTGQQA7BkEAEUaBAAjYgIAofUSAPfsDwAxHQ4Aih0OAOMdDgA8Hg4AlR4OAKa5AAAxmQEAmNsBAPHbAQAxHQ4Aih0OAOMdDgA8Hg4AlR4OAO4eDgBHHw4AoB8OAPkfDgBSIA4AqyAOAAQhDgAO/wEAZ/8BAGbEAwC/xAMA9+wPADEdDgCKHQ4A4x0OADweDgCVHg4A7h4OAEcfDgCgHw4A+R8OAFIgDgCrIA4ABCEOAP3SEQCyAAAA3r8RADfAEQCQwBEA/GsPANeVAADzDgAA/B8AAFUgAAAZnAAAZ5sAAMCbAAAO9AAAlLgDAO/gAABObgIAcugPALzPEgAV0BIAbtASACHWAwAAsgAAWbIAALKyAAC72QIAHI0RAPxrDwBcSwkAVIoRAK2KEQAGixEAX4sRALiLEQARjBEAaowRAMOMEQAh1gMA8w4AACvUAgBf5gEA5FgMADpQCQCnYwEAP7gOACHWAwBnWAIAHiYBADpQCQBhGQAAI0wAADGOAACXlQIA/GwHANNbCAC0EAsAPEwCAJVMAgDuTAIAmNAAACOwAQDzDgAA/B8AAGNKDgBfVAwAI2ICAOHrBwCXlQIAMY4AANnoCQA8TAIAl6oMACOuEQB8rhEA1a4RANnoCQAh1gMAD6kCAOdWDgBAVw4AmVcOAPJXDgDioQEA/OcCAFXoAgCu6AIAZ5sAADGOAABNGxIAPEwCADCfEQAKKQsAI0wAADxMAgAwnxEArSgAADxMAgAeJgEAOlAJAJNQCQB3JgEAmNsBAMCbAAAeJgEAvMYBABXHAQAokwIAUAQKAF/mAQBcSwkAPEwCAEekEgCgpBIA+aQSAMBjAwBSmhEAuhkAAEVSAQB8TAAA1UwAAKWUBAA8TAIAKkoNABhWAQBxVgEAHrUOAHe1DgDQtQ4AZ1gCAMBYAgAwnxEAzyEQACgiEABUaQ4ArWkOACmrDQCCqw0AlUwCAO5MAgCwUQ4ACVIOAGJSDgC7Ug4AFFMOAG1TDgDGUw4AH1QOACpKDQCDSg0A3r8RADfAEQCQwBEA6cARAELBEQCbwREA9MERAKa5AADrFgMALCMTAGdYAgCzGAsADBkLAKp2DQADdw0AXHcNAJKEDQDrhA0AoP0SAPHbAQCb+gYAbRwJADxMAgAAAAAAMXYOADxMAgCzGAsAMY4AAFKaEQBcSwkAI7ABAPfsDwBcSwkAl6oMAEJdEAAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQA2fAIAIdYDAKcrBAAALAQAWSwEACRwBAB9cAQA1nAEAC9xBACIcQQAwGMDAJeVAgDAYwMAl5UCAAAAAABRgQ4APEwCAFxLCQCO3AoAQlIPAJtSDwD0Ug8ATVMPACHWAwBHpBIAoKQSACNMAABf5gEAQtkDAGidCQAxjgAAyroCADxMAgCVTAIA7kwCAEdNAgCgTQIAI64RAHyuEQDVrhEAYRkAACNMAAAxjgAAVD4CADxMAgCXqgwAI64RAHyuEQDVrhEA01sIAAopCwAwlgAAfBQDAFyCDgAUzREAI0wAAF/mAQAt+wcAI0wAAF/mAQDx2wEAXIIOABTNEQAjTAAAX+YBAC37BwAjTAAAX+YBAPMOAADLpwEAJKgBAH2oAQDWqAEAeFQOANFUDgA8TAIAR6QSAKCkEgD5pBIAUqUSAMunAQAkqAEAfagBANaoAQBZAAAAGFYBAHFWAQAeJgEAvMYBAIL6BAD8HwAAVSAAAPHbAQBo9wEAdR8HAC37BwAjTAAA/GwHANNbCAAeJgEADeUGAF7ADQA7ogEA8oUCAIqOAABnmwAAI2ICAGy/DwCKjgAAD6kCADxMAgAeJgEAdyYBAPMOAAAr1AIAPEwCALGCAwAKgwMAWNACAHvuDgBhGQAAI0wAADxMAgCpaQMA6xYDAEQXAwCdFwMA9hcDACOwAQAxjgAAYN4BACvUAgDr3gUAKkoNABhWAQBxVgEAHrUOAHe1DgDQtQ4AKbYOAKZpEQCpaQMAAmoDAAFaEQBaWhEAs1oRAAxbEQBlWxEAvlsRADxMAgCFcwIA4qEBAE1UBwB8TAAAPEwCAJeqDABCXRAAm10QAPRdEACmVAcAqWkDAAJqAwBbagMAX9oIAGebAADzDgAA59IBADZ8AgBbXRIAtF0SAD+4DgCYuA4A4qEBAE1UBwBf5gEAXEsJADxMAgCFcwIA4qEBAE1UBwB8TAAAPEwCAKlpAwACagMAW2oDALRqAwDXlQAAI2ICACNMAABf5gEAuOYBABHnAQA3AxAArSgAABDvAQBp7wEAwu8BAB29DgB2vQ4Az70OACi+DgCBvg4A01sIANNbCAB2IRAA/GwHAFVtBwCubQcAXEsJADxMAgAwnxEACikLACNMAAA8TAIAqnYNAAN3DQAwnxEArSgAAGebAABcSwkAVIoRAFxLCQA8TAIAdiEQAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HAN2FCwCLxw4A5McOAHYhEAD8bAcAVW0HAK5tBwBcSwkAPEwCADCfEQAKKQsAI0wAADxMAgCqdg0AA3cNAGPcAwBPIgwAKCIQAHTNDgDNzQ4AJs4OAH/ODgDYzg4AMc8OAIrPDgDjzw4APNAOAJXQDgDA3A4AGd0OAHLdDgDL3Q4AY9wDAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HAN2FCwCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAwGMDAK0oAAAjTAAAX+YBANtdDgB2IRAAQG0QAHzmDgBHpBIAqAsSAMBjAwBSmhEAq5oRAKp2DQADdw0As3ATAAxxEwBlcRMAUpoRAKa5AABnmwAAMJ8RAK0oAAA8TAIAl6oMACOuEQB8rhEA1a4RADxMAgDltA0APrUNAJe1DQDwtQ0A62QCAEJdEACbXRAAgvoEAJeqDABCXRAAm10QAIL6BADltA0APrUNABMaAACXqgwAI64RAHyuEQDVrhEAI64RAHyuEQDVrhEAZ5sAAOKhAQCqCAMAdFMLADxMAgDXlQAAMJYAAFcmAgCwJgIACScCAGInAgC7JwIAFCgCAG0oAgDGKAIAcO0OAMntDgAi7g4APEwCANeVAAAwlgAA7+AAAE5uAgCnbgIAX+YBAFxLCQA8TAIAl6oMAEJdEAAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQCtKAAABikAAMCbAAAO9AAAlLgDACJ1AwDAWAIAXEsJADxMAgDltA0APrUNAJe1DQDwtQ0A62QCAEJdEAD5TQIAUk4CAKtOAgAETwIAPEwCAOBuAwDwwA4AprkAAKa5AABnmwAA8w4AAIVzAgDecwIAizYRAOQ2EQDltA0APrUNAJe1DQDwtQ0A62QCAEJdEAD5TQIAUk4CAKtOAgAETwIAXU8CAEJdEAAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQDaUAQAog8OAGEZAADaUAQAM1EEAHYhEABAbRAAfOYOAKlpAwACagMADt0GAGfdBgDA3QYAGd4GAFyCDgC1gg4A59wKADCfEQAsXAgAhVwIACpKDQDioQEAO6IBAOBuAwAjVREAfFURAA36EACxggMACoMDAJv6BgD0+gYA8MAOAKa5AACmuQAAZ5sAAGebAABHpBIAqAsSAMBjAwAjYgIAofUSAJv6BgBtHAkAPEwCACpKDQAYVgEAcVYBAKCOEAD5jhAAUo8QAKuPEAAEkBAAMJ8RAK0oAAA8TAIA15UAADCWAAB8FAMA1RQDAC4VAwCHFQMA4BUDADkWAwDltA0AdUECAD2dAgD8bAcAZ5sAAPMOAAA8TAIAMJ8RAK0oAAA8TAIA15UAADCWAAB8FAMA1RQDAC4VAwCHFQMA4BUDADkWAwDltA0AdUECAD2dAgBhGQAAuhkAANK8CABnmwAAI0wAAOaMAgA/jQIAmI0CALAbAQDXcwUAMJ8RACNiAgBo9wEAdR8HAC37BwAjTAAAPEwCADBeAwCJXgMA4l4DAJOHDgDltA0APrUNABMaAADAYwMAl5UCAPCVAgBJlgIAopYCAPuWAgBUlwIArZcCAB4mAQA6UAkAI0wAAHxMAACtwg4AXEsJADxMAgD37A8AXEsJADxMAgDNtwwA01sIACxcCAAjTAAA/GwHANNbCAC0EAsAIdYDANeVAAAwlgAA7+AAAEjhAADyhQIATRsSAPYBAQA+PAIAzbcMACa4DAAwnxEAtBALADxMAgDAYwMAH7kHAM23DABhGQAAuhkAANK8CABnmwAAzbcMACa4DACqCAMAAwkDAFwJAwC1CQMAqnYNAAN3DQCUogEA01sIAGipAgCFcwIA4qEBAE1UBwB8TAAA4I8GADxsDQAjTAAAfEwAABaHBAAAbwIAWW8CALJvAgALcAIAZHACAJVMAgDuTAIA2egJAPMOAADltA0A2lAEAMBjAwBplBEAwpQRABuVEQB0lREAzZURADuiAQBnWAIAl6oMACOuEQB8rhEAvXACADGOAABg3gEAud4BABLfAQBr3wEAxN8BAB3gAQCm+g4ArSgAAAYpAADAmwAA8dsBAGEZAACmuQAAZ5sAAH30EADBABMAwGMDAF6IEADm5AoA15UAADGOAADZ6AkAAG8CAFlvAgCJAxMA4gMTAIgLEwDhCxMAOgwTAJMMEwDsDBMARQ0TAJ4NEwDr3gUAqnYNAMDRDQAZ0g0A5bQNAD61DQCXtQ0A8LUNAM23DAAjTAAA4I8GADxsDQBnmwAAzbcMAK0oAAAQ7wEA2egJAPMOAAD8HwAAzbcMAH3eDgDgjwYAPGwNACNMAAB8TAAAFocEAEm2DQDuTAIA2egJAPMOAAD4uQMAIdYDAIqOAADm5AoA15UAADGOAADZ6AkANnwCADxMAgAwnxEAI2ICACNMAAAxjgAAXsANADuiAQBnmwAAXEsJACHWAwCxggMACoMDAAAAAADXlQAA4qEBAJjbAQDx2wEAStwBADxMAgB2IRAAzyEQACgiEACpaQMAAmoDADoZBACTGQQA7BkEAEUaBACeGgQA9xoEADCfEQCtKAAAv4sOABiMDgBxjA4AyowOACONDgCfgA4A+IAOADCfEQCY2wEAPEwCAOW0DQBnmwAAMY4AAMq6AgCXqgwA8KoMAFxLCQA8TAIAMJ8RAK0oAAA8TAIAqnYNAAN3DQCvkBMAh6YAAE9lCgBnmwAA8w4AADxMAgDltA0APrUNAJe1DQDwtQ0A62QCAEJdEACbXRAAgvoEAFyCDgCsfA8ABX0PAF59DwC3fQ8AEH4PAGl+DwDCfg8AG38PAHR/DwDNfw8AJoAPAH+ADwDZ6AkAmNsBAPHbAQCb+gYAbRwJABaHBAA8TAIAl6oMAEJdEACbXRAAgvoEACvUAgDAYwMAqggDAAMJAwBewA0At8ANADGOAAAjYgIAofUSAI98AgA8bA0AlWwNAO5sDQBHbQ0AoG0NAPltDQBSbg0Ap2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAGPcAwD8bAcAVW0HAK5tBwBcSwkAPEwCADCfEQAKKQsAI0wAADxMAgCFcwIA3nMCAF7ADQBNVAcA/GwHADuiAQBnWAIAPEwCAJVMAgB8jQ4AmNsBADxMAgAwnxEALFwIAIVcCABEsgkAnbIJAPayCQBPswkAqLMJAMCbAAAO9AAAlLgDACGoDwB6qA8A06gPACypDwCFqQ8A3qkPADeqDwCQqg8A6aoPAEKrDwCbqw8A9KsPAE2sDwCmrA8A/6wPAFitDwBC2QMALDsFAIU7BQDeOwUANzwFAJA8BQDpPAUAQj0FAJs9BQD0PQUATT4FAKY+BQD/PgUAWD8FALE/BQAKQAUAQtkDACw7BQCFOwUA3jsFADc8BQCQPAUA6TwFAEI9BQCbPQUA9D0FAE0+BQCmPgUA/z4FAFg/BQCxPwUACkAFAGdYAgBnWAIAmNsBAPHbAQAtBREAX1QMAJeVAgBf5gEAZ5sAAMCbAAAO9AAAlLgDADZ8AgDXlQAAI2ICAOKhAQDTWwgACikLAPMOAAAAbwIAWW8CALnGDwASxw8Aa8cPAE0FEACmBRAAI0wAANeVAACY2wEAYRkAAGebAABcSwkAScEOAKLBDgD7wQ4AVMIOAEC7DwAFOhEAXjoRAJADEAAqSg0Ag0oNAK8WEAAIFxAAD6kCAOdWDgBZAAAAR0wKAFxLCQAAAAAANnwCADGOAABewA0At8ANADxMAgAwnxEACikLACNMAAAb8AEA4G4DAPDADgAJcxEAYnMRALtzEQAUdBEAbXQRAMZ0EQCxggMACoMDAAwCEQBlAhEAvgIRAHYhEADPIRAAKCIQABIrEQDzDgAAHb0OACOwAQAjTAAAIdYDAKguBQABLwUAWi8FACpKDQCDSg0ArxYQANLeAwAr3wMAhN8DAL4PAgC45gEAEecBAGEZAADaUAQAO6IBAGdYAgA8TAIA4G4DAPwfAAD2TggA9+wPAC37BwAjTAAAX+YBAFxLCQA8TAIAdiEQAM8hEAAoIhAAEisRAOBuAwAjVREAfFURAA36EABm+hAAWQAAANMuDAAsLwwAI0wAAAAAAACtKAAAEO8BAGnvAQBPygMAsYIDAAqDAwCb+gYAYN4BAEwPAAC0EAsAIdYDAGztAwDF7QMAHu4DAHfuAwDQ7gMAKe8DAILvAwDb7wMANPADAAopCwAjTAAAWQAAAIemAAAjTAAAPEwCAJVMAgCY2wEADMAKAB4mAQA8TAIA4G4DANxrEAA1bBAA4qEBAKlpAwD/uQAA9+wPAFDtDwDTWwgAmNsBAA+pAgBf5BEAjcIPAObCDwA/ww8AmMMPAPHDDwDKugIAZ5sAAFxLCQA8TAIAdiEQAM8hEAAoIhAAX+QRAI3CDwDmwg8AP8MPAJjDDwDxww8AZ5sAADGOAABoqQIAXEsJADxMAgB2IRAAzyEQACgiEABf5BEAjcIPAObCDwA/ww8AmMMPAPHDDwCVTAIA7kwCAEdNAgCgTQIADFAQAGVQEAC+UBAAXOYPALXmDwAO5w8AZ+cPAMDnDwAZ6A8AI7ABAPfsDwBQ7Q8APEwCAHYhEADPIRAAKCIQAF/kEQCNwg8A5sIPAD/DDwCYww8A8cMPAHywAQDv4AAAPEwCAHYhEADPIRAAKCIQAF/kEQCNwg8A5sIPAD/DDwCYww8A8cMPAGipAgBcSwkAPEwCAHYhEADPIRAAKCIQAF/kEQCNwg8A5sIPAD/DDwCYww8A8cMPAPMOAAA8TAIAlUwCAO5MAgBHTQIAoE0CALGCAwAKgwMAHcgPAHbIDwDPyA8AKMkPADxMAgDgbgMA8MAOAAlzEQBicxEAu3MRABR0EQAAAAAA0gkQADxMAgCVTAIA7kwCAEdNAgAKSg4Al6oMACOuEQB8rhEA1a4RALQQCwBnmwAA4G4DAPwfAADFGBAAHhkQAHcZEAA8TAIAMJ8RAHYhEADPIRAAox0QAPwdEABVHhAArh4QAAcfEABgHxAAPEwCADCfEQAjsAEAI7ABAPfsDwAt+wcAI0wAAPxsBwA7ogEACwEAAEB4EQDzDgAAPEwCABzbEAArChAAI0wAANeVAABZAAAAprkAAP+5AAA4xQIAkcUCAOrFAgAeJgEAdyYBAGGTAwDkCg0APQsNAJYLDQAxjgAAyroCAFxLCQBPZQoA7+AAAGEZAACmuQAA/7kAADjFAgCRxQIA6sUCACNMAABf5gEAuOYBAJoBDwDzAQ8ATAIPAKUCDwD+Ag8AVwMPAPwfAADzDgAAAAAAAAAAAADTGQIALBoCAHBREADJURAA9gEBABeUDgDr3gUAMZcRAIqXEQDjlxEAoE0CACNMAAAxjgAA2egJAAAAAACpaQMAAmoDAA7dBgBILRAAoS0QAPotEADzDgAATA8AACOwAQD37A8ANnwCACOwAQB8sAEAXFUSADuiAQCtKAAA7+AAAE5uAgBy6A8AW10SAMCbAAAO9AAAlLgDAFxLCQBUihEAI2ICAHxiAgBtgQIA4I8GAEKgDgCboA4AqggDAAMJAwBcCQMASV4FAFxLCQC1SwkAlkISAPxsBwDTWwgAtBALADxMAgCFcwIA3nMCAHLoDwC8zxIAFdASAG7QEgBcgg4AFM0RAK2KEQAGixEAX4sRALiLEQARjBEAaowRAPxsBwDTWwgAtBALADxMAgCFcwIA3nMCAHLoDwC8zxIAFdASAG7QEgDioQEATVQHAF/mAQC45gEAIdYDAHYhEADPIRAAKCIQAF/kEQCNwg8AJEIQAH1CEADWQhAAlUwCAO5MAgBHTQIAoE0CAAxQEAAX4wUAcOMFABkgDQA8bA0AuSsJAE9lCgAKKQsAI0wAADxMAgAAAAAAVIoRAMCbAAAO9AAAZ/QAAAAAAAAAAAAA4G4DAPDADgDioQEATVQHAF/mAQC45gEAvuIFAPBnDgBJaA4AEisRAAp3CgBjdwoAAAAAACJSEAAq0QEArSgAABDvAQBp7wEA9skDACHWAwAAAAAAl6oMAEJdEAAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAt3IOABBzDgCxggMACoMDAGj3AQB1HwcALfsHACNMAAD8bAcA01sIALQQCwA8TAIAqnYNAAN3DQCnYwEAP7gOAJi4DgDxuA4ASrkOAKO5DgD8uQ4AVboOAK66DgAHuw4AYLsOAMBjAwAfuQcA5bQNAD61DQDSvAgATroRAKe6EQAAuxEAWbsRALK7EQALvBEAZLwRAL28EQAWvREAb70RAMi9EQCpaQMAAmoDAFtqAwC0agMAy/4RAB4mAQAN5QYAXsANADuiAQDaUAQAO6IBAGdYAgA8TAIAqnYNAAN3DQD9vA8AVr0PAK+9DwAIvg8Ag4MCANmDEADr3gUAAAAAADxMAgDXlQAAMJYAADx3DgCVdw4A7ncOAEd4DgCgeA4A+XgOAFJ5DgCreQ4AI64RAHyuEQDVrhEAR6QSAKgLEgAjTAAA7+AAAGebAABnmwAAYRkAADxMAgB2IRAAzyEQACgiEABZAAAAsgAAAAsBAADr3gUA/bwPAFa9DwDr3gUAI0wAAIODAgDZgxAA694FAAAAAAA8TAIAdiEQAEf9EgDioQEAgvoEANv6BAA0+wQAzyEQACgiEAB0zQ4Azc0OACbODgB/zg4A2M4OADHPDgCKzw4A488OADzQDgCV0A4AwNwOABndDgBy3Q4Ay90OACTeDgBcSwkAYRkAACiTAgBNGxIAqSYFAE9mAgCoZgIA9gEBAD48AgBrIQgA6xYDAEQXAwCdFwMAio4AAJjbAQAMwAoA8w4AAOfSAQA7ogEA2lAEAIL6BABPZgIAS1gOAFxLCQA8TAIAqnYNAAN3DQAjTAAAX+YBALjmAQAR5wEALFwIAIVcCABEsgkAI0wAAOaMAgAwnxEAtBALADxMAgDgbgMA/B8AAMUYEAAeGRAAdxkQAL1wAgAxjgAA2egJADLpCQCL6QkAqWkDAOsWAwBEFwMAnRcDACNiAgBsvw8Aio4AACOwAQAxjgAAD6kCABX9DgBu/Q4Ax/0OACD+DgB5/g4A0v4OALGCAwA8bA0A4mkEADtqBACY2REA8dkRAEraEQCj2hEA/NoRAFXbEQAAAAAAAAAAAFxLCQAjTAAAPEwCAKlpAwD/uQAAOMUCAJHFAgDqxQIA0gkQALwJAADbBA4ANAUOAI0FDgDmBQ4AvAkAACNiAgCoCxIArSgAAHyNDgCY2wEA8dsBAMBjAwBdhQ8AMukJALwJAAAVCgAAMF4DAK3CDgAGww4AMY4AAK0oAAAjTAAAX+YBANtdDgA8TAIAwGMDAF2FDwAy6QkAvAkAABUKAAAwXgMArcIOAAbDDgCXqgwAMY4AAIqOAABonQkAvAkAABUKAAAwXgMArcIOAAbDDgCXqgwAMY4AAIqOAABonQkAvAkAABUKAAAwXgMArcIOAAbDDgBJXgUAO6IBAMunAQA7ogEAR0wKAKqiEQADoxEAXKMRALWjEQAAAAAAlUwCAO5MAgBHTQIA07MQACy0EAA8TAIAdiEQAM8hEAAoIhAAEisRAAAAAAA8TAIAdiEQAM8hEAAoIhAAEisRAOBuAwDwwA4A4qEBAE1UBwBf5gEAuOYBACpKDQCDSg0ArxYQAJVMAgDuTAIAR00CAKlpAwDrFgMAYToDAKa5AABnmwAA9k4IACOwAQD37A8AXEsJANxrEAA1bBAAjmwQAOdsEABAbRAAmW0QAFyCDgA2sg8A2UsTAPKFAgCXlQIA/GwHANNbCAC0EAsAvXACAB4mAQDzDgAAdiEQAM8hEAAoIhAAEisRACpKDQCDSg0ArxYQAJVMAgDuTAIAR00CAOBuAwDwwA4A4qEBAE1UBwBf5gEAuOYBANtoDwCVTAIA7kwCAEdNAgCgTQIAI64RAHyuEQDVrhEAlUwCAJjbAQAMwAoAHiYBADRpDwCqdg0AZ1gCAGEZAAC6GQAAmNsBAPHbAQBK3AEAPEwCANeVAAAwlgAAoXAOAPpwDgBTcQ4ArHEOAAVyDgBecg4AQ1UQAGDREAC50RAAEtIQANIJEADr/hAAxRgQAB4ZEAB3GRAAPEwCADBeAwCtwg4ABsMOAKMdEAD8HRAAVR4QAK4eEAAHHxAAYB8QADxMAgAwXgMArcIOAAbDDgAxjgAAio4AAGidCQA8TAIA4G4DAPwfAADFGBAAHhkQAHcZEAA8TAIAMF4DAK3CDgAGww4AdiEQAM8hEACjHRAA/B0QAFUeEACuHhAABx8QAGAfEAA8TAIAMF4DAK3CDgAGww4AAAAAAFQ+AgAjTAAA15UAAJjbAQDx2wEAffQQAFkAAACyAAAApysEAAAsBABZLAQAsiwEAJeqDABCXRAA+U0CAFJOAgCrTgIABE8CAF1PAgAOWAIAsYIDADxsDQCpaQMAAmoDAA7dBgDltA0AKJMCAIGTAgAAAAAAffQQANb0EADOjREAJ44RAICOEQDZjhEACkoOACpKDQCDSg0ArxYQACHWAwDkjxEAPZARAJaQEQAh1gMAyroCACNMAABf5gEAXEsJACHWAwA8TAIAPEwCADxMAgAh1gMAPEwCADxMAgA8TAIAPEwCADxMAgAjCQIAfAkCALGCAwAKgwMAm/oGAGDeAQBMDwAAtBALACHWAwBZAAAA5Z4LAJjbAQAjTAAAX+YBAFxLCQAh1gMAPEwCADxMAgBnWAIA4qEBAIL6BAAr1AIAX+YBANtdDgDx2wEAStwBACHWAwA8TAIAl6oMAEJdEAANwhMAZsITAL/CEwAYwxMAccMTAMrDEwAjxBMAPEwCANeVAAAwlgAAywsDAE1UBwCmVAcAaPcBACEMEQBZAAAA4qEBAE1UBwBf5gEA210OAKoIAwDioQEAO6IBAOJpBAAxjgAAsa0PAOIPDAAqSg0ARAwCAJ0MAgCXlQIArSgAAHyNDgCY2wEAHiYBADxMAgDgbgMA8MAOAOKhAQBNVAcAX+YBADxsDQCVbA0APEwCAJVMAgCxdgoAG4oQAHSKEADNihAAJosQAH+LEADYixAAMYwQAMBjAwCtKAAAI0wAAF/mAQDbXQ4A/DMSAFU0EgCuNBIABzUSAGA1EgC5NRIAEBoOADxMAgCVTAIAfI0OANWNDgAujg4A4G4DANxrEAA1bBAAjmwQAOdsEAAjVREAfFURAA36EABm+hAAv/oQAMBjAwAjYgIAUeUPAKrlDwAjTAAAX+YBAPDADgCmuQAAprkAAGebAADzDgAA59IBAK0oAAD2FRMA7kwCAEdNAgCgTQIANwMQAJADEADpAxAAfI0OANWNDgAujg4A4G4DANxrEAA1bBAAjmwQAOdsEAAjVREAfFURAA36EABm+hAAv/oQAMBjAwAjYgIAUeUPAKrlDwAjTAAAX+YBAPDADgCmuQAAprkAAGebAADzDgAA59IBAK0oAAD2FRMAQgQQAJsEEAD0BBAAYN4BADxMAgC6vg8APEwCAJVMAgDuTAIAR00CAFRpDgCtaQ4AAAAAALGCAwA8bA0AlWwNACHWAwCXqgwA9k4IAE9PCABNGxIAqSYFAPwfAABcSwkAIdYDAOKhAQA7ogEArSgAAHyNDgCUuAMA9skDAE/KAwB2IRAAzyEQACgiEAASKxEAaysRAAU6EQBeOhEAtzoRAAB5CwBZeQsAsnkLAFRpDgCtaQ4Al6oMACOuEQB8rhEA1a4RAAt6CwAMUBAAF+MFAHDjBQAVjgwAQl0QAA3CEwBmwhMAv8ITABjDEwAqSg0ARAwCAPfsDwBQ7Q8AYN4BAPwfAACxggMACoMDAGODAwCujwIAffQQACMJAgB8CQIAKtEBALMYCwBLWA4A9k4IAE5uAgBy6A8AvM8SABXQEgBu0BIA9skDAE/KAwB2IRAAzyEQACgiEAASKxEAaysRAAU6EQBeOhEAtzoRACvUAgCE1AIAUpoRAFxLCQC1SwkAyroCAFxLCQC9cAIA01sIAAopCwBnmwAAwJsAAA70AACUuAMADv8BAGf/AQBEDAIA9+wPACNMAABf5gEAdiEQADGOAABg3gEA/bwPAOKhAQD85wIAXEsJADxMAgCVTAIA7kwCAEdNAgCgTQIA4G4DAPDADgCmuQAAprkAAGebAADzDgAA59IBAK0oAAD2FRMAykkQACNKEAB8ShAA1UoQAC5LEAB99BAA1vQQAC/1EAAjVREAZGMRAL1jEQAWZBEAb2QRAOBLEAA5TBAAkkwQADxMAgA8TAIAPEwCAFyCDgC1gg4AXJgQAGEZAACwGwEAoeoRADxMAgCXqgwAQl0QAJtdEAD0XRAAplQHAOBuAwDwwA4AprkAAKa5AABnmwAA8w4AAOfSAQCtKAAA9hUTAE8WEwCoFhMAFocEACHWAwCByQ8AHiYBAB4mAQAN5QYAyroCABaHBAA8TAIAVD4CAK0+AgAGPwIAXz8CALg/AgARQAIAYRkAAGebAAAjTAAAEt8BAFxLCQA8TAIAdiEQAM8hEAAoIhAAEisRAO5MAgBHTQIAoE0CAOBuAwDwwA4AprkAAKa5AABnmwAA8w4AAOfSAQCtKAAA9hUTAIVzAgDecwIAizYRAGebAADAmwAA8dsBAHYhEADPIRAAKCIQAKa5AAAxmQEADv8BAGf/AQBEDAIA9+wPACNMAAB2IRAAzyEQACgiEADAYwMAaZQRAMKUEQAblREAdJURAM2VEQAmlhEAf5YRACHWAwAAAAAAAAAAAOKhAQCC+gQA/bwPAGebAABZAAAAGFYBAPHbAQBY0AIA6xYDAJeVAgBf5gEAprkAAAAAAADBABMAlUwCAO5MAgBHTQIAoE0CANvBDwCqBhMA3GsQADVsEACObBAA52wQADxMAgB2IRAAzyEQACgiEAASKxEAaysRAKp2DQADdw0AYN4BALneAQAS3wEAa98BAMTfAQAd4AEA8w4AAABvAgCVTAIA7kwCAEdNAgBUaQ4ArWkOAJeqDAAjrhEAfK4RANWuEQBhGQAAPEwCAJeqDAAjrhEAfK4RANWuEQAwnxEAX9oIALjaCAAR2wgAatsIAMPbCAAc3AgAddwIANNbCAAjTAAAfEwAANVMAACllAQAPEwCAJeqDAAjrhEAfK4RANWuEQBhGQAAXEsJAI7cCgA7ogEAZ1gCACHWAwDzDgAAWQAAAEdMCgAt+wcANnwCAI98AgAjYgIAl6oMAEJdEACeqREA96kRAFCqEQCpqhEA8w4AADGOAAD45QcAWQAAAEQMAgBHpBIAUeUPAKrlDwAD5g8AC/8PACOwAQD37A8AUO0PAKntDwDAmwAADvQAAJS4AwCiJRAAAAAAAABvAgAAbwIA2skPADPKDwCMyg8Asy8FADxMAgB2IRAAzyEQACgiEAASKxEAaysRACgtEQC4MhEAETMRAGozEQDDMxEAHDQRAHU0EQDONBEAJzURACOwAQB8sAEA4XAMAPMOAAA8TAIAI7ABAEleBQAPqQIAaKkCAH30EADtrQIARq4CAJ+uAgD4rgIAPEwCAJeqDABCXRAAm10QAPRdEACmVAcA4G4DACNVEQB8VREAl5UCANeVAADKugIAEBoOAPwfAACXqgwAI64RAHyuEQDVrhEAhXMCAN5zAgBewA0ATVQHAKZUBwDgbgMAI1URAHxVEQCXlQIA15UAADxMAgAwnxEArSgAADxMAgB2IRAAzyEQACgiEABcSwkAjtwKAEJSDwCbUg8A0gkQACsKEAAjsAEA9+wPAFDtDwBPZQoApQ0QAP4NEADSCRAAKwoQAFSKEQDzDgAA/B8AAPZOCAD37A8ALfsHACNMAABf5gEAVD4CAK0oAAAQ7wEAae8BAMLvAQBZAAAAsgAAAAsBAABAeBEAWQAAAJB0AgDpdAIAQnUCAJt1AgD0dQIATXYCANNbCAAKKQsAI0wAAKa5AAAxmQEADv8BADpQCQDzDgAANnwCAFtdEgC0XRIAP7gOANtdDgAO9AAAPGwNAFkAAAAjTAAAX+YBACNiAgBR5Q8AMY4AAMq6AgBcSwkAjtwKADuiAQDiaQQAO2oEAJjZEQDx2REAStoRAKPaEQCDgwIALFwIAFkAAADioQEAO6IBAGdYAgA8TAIAwGMDAK0oAAAjTAAAX+YBANtdDgA0wg8A/B8AAPMOAADn0gEAy6cBANNbCAC0EAsAPEwCAOBuAwAjVREAfFURAA36EABm+hAA8w4AADxMAgAAbwIAAG8CADxMAgAjTAAAX+YBALjmAQAR5wEAXIIOALWCDgBcmBAAtZgQAA6ZEABnmRAAwJkQABmaEABJtg0AsXYKABuKEAB0ihAAzYoQACaLEAA8TAIAR6QSAKgLEgCtKAAAfI0OAJjbAQDx2wEAqnYNAE1UBwDzDgAAPEwCACpKDQCDSg0A3r8RAPHbAQBhGQAAI0wAADxMAgDAYwMAUpoRAFxLCQA8TAIAhXMCAN5zAgCLNhEA5DYRAKlpAwDrFgMAYToDAKa5AABnmwAA9k4IACOwAQD37A8AXEsJACNMAADmjAIAP40CAJiNAgD8aw8A/GsPALAbAQBnmwAAwJsAAA70AAC9cAIAFnECAG9xAgDIcQIAIXICAL1wAgCtKAAAEO8BAGnvAQApqw0AgqsNAGPcAwBPIgwAKCIQAPslEADuTAIAR00CAKBNAgCXqgwAQl0QAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAHRTCwDNUwsAEBoOAMunAQDTWwgAtBALAGebAAAxjgAAUpoRAKa5AACY2wEA8dsBAJv6BgCXlQIA/GwHANNbCAC0EAsAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQBVeQAAl5UCAPxsBwCC+gQArSgAALF2CgBnmwAAXEsJAFxLCQBUihEArYoRAEdMCgCqohEAA6MRAFSKEQBhGQAAprkAABaHBABnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAFkAAABZAAAARAwCAEleBQCmuQAA6xYDAJeVAgD8bAcA01sIALQQCwCmuQAAMZkBALrWAQD8MxIAX+YBAKdjAQBRzw0Aqs8NAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQBhGQAAuhkAANK8CAAjTAAA4I8GAEKgDgBbuAIA8w4AAMunAQBnmwAAYRkAACNMAACmuQAAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAFDNBACpzQQAgHkHANl5BwAyegcAi3oHAOR6BwA9ewcAlnsHAO97BwBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAF/mAQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAI0wAADGOAABewA0AO6IBAGebAADAmwAAI7ABADGOAACY0AAAMJYAAKFwDgBonQkAwZ0JAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQBJXgUAO6IBANpQBABNVAcA/GwHADGOAADZ6AkASV4FAO2tAgAxjgAAl5UCAPxsBwDTWwgAtBALAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAl5UCADGOAAAxjgAAio4AAOOOAAA8jwAAlY8AAO6PAACY2wEA8dsBAB3IDwBMDwAACikLAJjbAQCmuQAAZ5sAAK0oAAAQ7wEAae8BACmrDQCCqw0AZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQBnWAIA4g8MADsQDABo9wEAXEsJACNiAgCmuQAAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQBQzQQAqc0EAIB5BwDZeQcAMnoHAIt6BwDkegcAPXsHAJZ7BwDvewcA4qEBAPznAgBV6AIArugCAAfpAgBg6QIAuekCAPMOAAAr1AIAhNQCAJeVAgBf5gEAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEA7X8OAEaADgBnmwAAp2MBAA3CEwBmwhMAv8ITABjDEwBxwxMAysMTACPEEwBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBABZmAQDtfw4ARoAOAKa5AAAxmQEADv8BAGf/AQBEDAIA9+wPACNMAAD8bAcA01sIALQQCwBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBABZmAQDtfw4ARoAOAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HABJvBwBR2g4AqtoOAAPbDgBc2w4AtdsOAA7cDgBn3A4AFmYBAO1/DgBGgA4A15UAADCWAAChcA4AaJ0JAMGdCQAangkAc54JAMyeCQAlnwkAjtwKANNbCABnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBABZmAQDtfw4ARoAOAPMOAACiBQUA+wUFAPfsDwCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAO1/DgBGgA4AqSYFAAInBQBbJwUAtCcFAA0oBQBmKAUAvygFABgpBQBxKQUAyikFACMqBQAWZgEA7X8OAEaADgCtKAAAI7ABABaHBADv4AAATm4CABaHBADzDgAAogUFAPsFBQD37A8Ap2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBABZmAQDtfw4ARoAOAAAAAAA8TAIAAAAAADxMAgCVTAIA7kwCAEdNAgCgTQIAAG8CAFlvAgBaJAQAsyQEAAwlBABlJQQAqnYNAAN3DQD8gREAVYIRAK6CEQAHgxEAYIMRALmDEQAShBEAAG8CAFlvAgDgbgMA3GsQADVsEACObBAA52wQAJbpEQAwnxEAmNsBADxMAgCxggMASYkRAKKJEQD7iREAPEwCAHYhEADPIRAAKCIQABIrEQB2IRAAR/0SANVMAACllAQA/pQEANt+EQDmfxEAP4ARAJiAEQCqdg0AwNENAOfSAQAdvQ4AZ5sAAPMOAADgbgMATA8AAB4mAQA6UAkAdiEQAM8hEAAoIhAAEisRAGsrEQCFcwIAZ5sAAMCbAADx2wEA4G4DANxrEAA1bBAAjmwQAOdsEAAjYgIAFocEADxMAgDgbgMA/B8AACNiAgBsvw8AYN4BACvUAgD8bAcAMY4AAFKaEQCrmhEAR6QSAKgLEgDAmwAAZ1gCAB4mAQAN5QYAUpoRAGEZAAA8TAIAwGMDAFKaEQBcSwkAPEwCAKlpAwACagMADt0GAIMdEQDgjwYAOZAGACNiAgB8YgIA1WICAIODAgCY2wEAEBoOAIVzAgDecwIAcugPALzPEgAV0BIAH7kHACpKDQAYVgEAcVYBAKoIAwDioQEAXEsJAFSKEQDAmwAAPEwCAOBuAwBZAAAAR0wKAC37BwDioQEApvoOALF2CgBnmwAAXEsJADxMAgCVTAIAfI0OAJjbAQCXqgwAI64RAHyuEQDVrhEAhXMCAN5zAgBy6A8AvM8SABXQEgDPIRAAKCIQAKlpAwDrFgMAYN4BAPwfAABVdxAA0y4MACwvDACHpgAAMJYAAMsLAwBNVAcAAAAAAK0oAACY2wEA8oUCAPjlBwA6UAkA7+AAANNbCACY2wEAD6kCAAAAAABnmwAAwJsAAA70AACUuAMAI0wAAF/mAQC45gEAEecBAKa5AADrFgMAYN4BAPwfAADv4AAATm4CAHLoDwC8zxIAFdASAG7QEgAjTAAAX+YBALjmAQAR5wEAprkAAOsWAwBg3gEA/B8AANpQBAA7ogEAZ1gCADxMAgB2IRAAzyEQACgiEACpaQMA6xYDAGDeAQD8HwAAVXcQANMuDAAsLwwAh6YAADCWAADLCwMATVQHAAAAAACtKAAAmNsBAPKFAgD45QcAOlAJAO/gAADTWwgAmNsBAA+pAgAAAAAAZ5sAAMCbAAAO9AAAlLgDACNMAABf5gEAuOYBABHnAQCmuQAA6xYDAGDeAQD8HwAA7+AAAE5uAgBy6A8AvM8SABXQEgBu0BIAI0wAAF/mAQC45gEAEecBAKa5AADrFgMAYN4BAPwfAADDEg4AHBMOAHUTDgDOEw4AJxQOAIAUDgDZFA4AAG8CAFlvAgDDEg4AHBMOAJeqDAAjrhEAfK4RANWuEQAAbwIAsYIDAAqDAwAMAhEAZQIRAL4CEQAXAxEAPEwCAIVzAgBI4QAAx/MFACD0BQAjTAAAX+YBAGEZAAA8TAIAdiEQAEBtEADzDgAATA8AALQQCwA8TAIAsYIDAAqDAwAMAhEAZQIRAL4CEQAXAxEAPEwCAIVzAgBI4QAAx/MFACD0BQAjTAAAX+YBAGEZAAA8TAIAdiEQAEBtEAAjsAEAfLABACNiAgA8TAIAsYIDAAqDAwAMAhEAZQIRAL4CEQAXAxEAPEwCAIVzAgBI4QAAx/MFACD0BQAjTAAAX+YBAGEZAAA8TAIAdiEQAEBtEAAh1gMAfEwAAKv+EgAE/xIAXf8SAJjbAQAMwAoA7+AAAE5uAgAjYgIAofUSADxMAgCXqgwAQl0QAPlNAgBSTgIAq04CAARPAgBdTwIAAAAAADxMAgCxggMACoMDAFjQAgB77g4A1O4OAC3vDgCG7w4A4G4DADKEEACLhBAA5IQQAD2FEACWhRAA74UQAOBuAwAyhBAAi4QQAOSEEAA9hRAAloUQAO+FEACXqgwAQl0QAPlNAgBSTgIAq04CAARPAgBdTwIAffQQAMEAEwDAYwMAXogQAObkCgDXlQAAMY4AAMBjAwBeiBAA5uQKANeVAAAxjgAA2egJADxMAgB99BAAwQATABoBEwBzARMAzAETACUCEwB+AhMA1wITADADEwDXlQAAI7ABACOwAQA8TAIAXIIOALWCDgAOgw4AZ4MOAEmJEQA7ogEAZ1gCADxMAgCqdg0ATVQHAF/mAQDkWAwA8w4AAK0oAAAjTAAAPEwCAKlpAwACagMADt0GAIMdEQDcHREANR4RAI4eEQBnWAIAsxgLAAwZCwA8TAIAqWkDAAJqAwAO3QYAgx0RANwdEQA1HhEAjh4RAJjQAADzDgAA/B8AAFxLCQA8TAIAR6QSAKCkEgAh1gMAIwkCABoBEwDwqgwAXEsJADxMAgAwnxEArSgAADxMAgCqdg0AA3cNAGEZAABnmwAAwJsAADxMAgCXqgwAQl0QAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBABZmAQDgbgMAI1URAHxVEQDd1AIANtUCADxMAgB2IRAA4I8GAEKgDgCboA4A9KAOAH30EADW9BAAffQQANb0EAAv9RAAiPUQAKlpAwDrFgMALCMTAIUjEwDeIxMANyQTAJAkEwDpJBMAQiUTAJslEwB99BAA1vQQAMBjAwAjYgIAUeUPAKoIAwB0UwsAl6oMAEJdEAAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAhXMCAN5zAgCLNhEA5DYRAHYhEABH/RIA1UwAAIKhBAC1gg4AmNsBAPHbAQBY0AIAI0wAADxMAgCpaQMA6xYDACwjEwCFIxMA3iMTADCfEQCtKAAAPEwCAHYhEABH/RIA1UwAAJVMAgB8jQ4AI7ABACOwAQB8sAEA7+AAAOKhAQA7ogEAZ1gCADxMAgCXqgwAQl0QAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAJjbAQBJiREAO6IBAGdYAgA8TAIAMF4DAIleAwBSmhEAXEsJACOwAQBJXgUAO6IBAGdYAgA8TAIAMJ8RAK0oAAA8TAIAdiEQAEf9EgDVTAAACDgTAGE4EwC6OBMAEzkTAGw5EwDFORMAHjoTAHc6EwDQOhMAKTsTAII7EwDbOxMANDwTAABvAgBZbwIAdoURAFKaEQC6GQAARVIBAHxMAADVTAAApZQEADxMAgCXqgwAQl0QAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBABZmAQAwnxEAX9oIALjaCAAR2wgAatsIAMPbCAAc3AgAddwIAEnBDgCiwQ4A+8EOAFTCDgBq5wEAAAAAAAAAAAAAAAAAPEwCAOW0DQCvkBMACJETAGGREwCqdg0AA3cNALNwEwAMcRMAZXETAL5xEwAXchMAwGMDAG0cCQBcSwkAFocEADGOAADKugIAYRkAADxMAgDAYwMAbRwJAFxLCQAqSg0AYRkAAK+QEwAIkRMAYZETAKp2DQADdw0As3ATAAxxEwBlcRMAvnETABdyEwDAYwMAbRwJAFxLCQDzDgAAK9QCAITUAgDZ6AkAMukJACJ1AwDiDwwAHiYBADxMAgCqdg0AA3cNALNwEwAMcRMAZXETAL5xEwAXchMAR6QSAHxiAgDg8wcAfBQDACOwAQD37A8AqnYNAAN3DQCzcBMADHETAGVxEwC+cRMAwFgCADxMAgAidQMA4g8MADsQDADltA0Ar5ATAAiREwBhkRMAqnYNAAN3DQCzcBMADHETAGVxEwC+cRMAF3ITAFkAAAAYVgEAcVYBAKoIAwDioQEAXEsJAFSKEQDAmwAAEBoOACvUAgDgjwYAQqAOAJeVAgBf5gEAZ1gCABaHBAAh1gMAqC4FAAEvBQBaLwUAsy8FAIVzAgDioQEATVQHAHxMAAA8TAIAl6oMAEJdEAAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAAbwIAWW8CALnGDwBAbRAAfOYOALGCAwAKgwMAwJsAADxsDQCVbA0APEwCACpKDQCDSg0ArxYQAFkAAAAeJgEAPEwCAJeqDAAjrhEAfK4RAAAAAADVrhEAAVoRAL47BgAN5QYAUpoRAFxLCQA8TAIAlUwCAO5MAgBHTQIAoE0CAIVzAgDioQEATVQHAHxMAAA8TAIAl6oMAEJdEACbXRAA9F0QAKZUBwCpaQMAAmoDAFtqAwAxdg4AinYOAIp2DgBLbhAAKtEBAMYyCwAfMwsAeDMLAJU/EQDuPxEAWQAAABhWAQBxVgEAHrUOAHe1DgDQtQ4AKbYOAKZpEQCpaQMAAmoDAAFaEQBaWhEAs1oRAAxbEQBlWxEAvlsRAEleBQCm+g4A//oOAC37BwAWhwQAprkAAP+5AAB0Gw4AzRsOACYcDgApqw0AgqsNAGebAADAmwAADvQAAJS4AwAidQMAwFgCADGOAABH/RIA1UwAAKWUBAD+lAQAwGMDABlkAwBPkQ4AdiEQAM8hEAAoIhAA+yUQAO5MAgBHTQIAVGkOAK1pDgBAbRAAfOYOAOBuAwD8HwAAZ5sAAHYhEABH/RIA1UwAAJVMAgD2FRMATxYTAKgWEwABFxMA4G4DACNVEQB8VREA3dQCADbVAgA8TAIAdiEQAOCPBgBCoA4Am6AOALGCAwAKgwMAffQQAJjbAQA8bA0AlWwNADxMAgAeJgEADeUGAKoIAwB0UwsAfI0OAJjbAQA8TAIAHiYBAHcmAQCY2wEA8dsBAKp2DQADdw0ArSgAAHyNDgCY2wEAHiYBAA3lBgCXlQIA/GwHANNbCABnmwAALfsHAPvNBwAjTAAA/GwHANNbCAC0EAsAPEwCAJVMAgDuTAIAR00CAKBNAgCVTAIAfI0OAJjbAQA8TAIAdiEQADGOAABg3gEAR/0SANVMAACllAQA/pQEANt+EQDmfxEAP4ARAJiAEQCVTAIA7kwCAEdNAgDTsxAALLQQADxMAgB2IRAAzyEQACgiEABKrg0Ao64NAPyuDQBVrw0Arq8NAAewDQBgsA0AubANAJn0BADy9AQAAVoRAFpaEQBmxAMAv8QDAPfsDwC53gEA5fYTAD73EwAVmBUAGocPABaHBABA0wEA8zgUABy5FQBcSwkAA0EAAJf3EwDw9xMA8zgUAFjZEwDrTgAAulkWABy5FQBcSwkAHLkVABy5FQBcSwkA8zgUAEKUFQAcuRUAulkWAGdYAgBVIAAAsBsBALpZFgCwGwEAYzMUAGMzFABcSwkAVIoRAGAhAACwGwEAStEAAErcAQDI0xMAyNMTABy5FQBK3AEAHLkVAMUYEACu8RMAB/ITAKOiFADl9hMAPvcTABP2FAC6WRYAvAkAAPM4FACu8RMAB/ITALAbAQAp7RMAq20VAARuFQCWWBQAZ1gCAGMzFAA2NxQAjzcUAOX2EwA+9xMAr/QUAB4mAQDBABMAYzMUACj1EwBjMxQAtBALAMjpFQCjohQA8zgUALYVFQAcuRUAvAkAALwJAADiDhQAOw8UAJQPFAC6WRYA8w4AAJb/EwDv/xMAlv8TAO//EwDXZhQAulkWAHzmDgD2yQMAXEsJAGidCQBcSwkA4g4UADsPFAC2xxUAsBsBAOIOFAA7DxQAtscVAFUgAADl9hMAPvcTANqTAgA8TAIAwNENAPM4FAAh1gMAfOYOAHzmDgA8TAIAI0wAAGMzFACA/RMAw/sTAHbgAQATWhYAE1oWAMP7EwD6ABQAUwEUAKwBFAC3wA0AacENAPM4FAD9hgIAlv8TAO//EwBjMxQAw/sTABz8EwCW/xMA80MVAJb/EwDzQxUAXmYVAGMzFADLFBQAPEwCAEKUFQCLuxUASL0VAO0PFAA8TAIAihwWAOMcFgB/lhEA7Q8UAEYQFAAp7RMA7Q8UAKIPDgA8TAIA4g4UADsPFADiDhQAOw8UAOIOFAA7DxQAQKQVAKOiFACVHRYA7h0WADZ8AgDD+xMAKe0TAJb/EwDv/xMANnwCAFxLCQA8TAIAulkWADxMAgCKHBYA4xwWAAQKFAA7JRYA8zgUACHWAwDzOBQA694FAOveBQDr3gUAIdYDANnoCQCoCxIAeSsLAKgLEgCOHhEAjh4RACNMAAC99A4A72MVADoXFAD2AQEA8w4AAPMOAAACGhQAXf8SAPYBAQDxUxUA8w4AAF3/EgBjMxQAYzMUAGMzFABjMxQAYzMUACntEwAp7RMAYzMUAGMzFABjMxQAYzMUAGMzFABjMxQAKe0TACntEwAp7RMAYzMUAGMzFABjMxQAKe0TACntEwBEIBQAKe0TACntEwBjMxQAYzMUAGMzFAA8TAIAPEwCAPfVFQC8CQAA99UVALwJAAAiJRQAwDUPADxMAgC6WRYAulkWALwJAABrkQIALDkVAGuRAgC6WRYAadcPALpZFgBftxUAulkWAF+3FQCyjhUAulkWAF+3FQC6WRYAX7cVALpZFgBftxUAulkWACIlFAAhkRUAwGMDALpZFgD8HwAAX7cVACGRFQBftxUALDkVANqTAgC6WRYA/B8AAJjbAQDGMgsAPEwCAPMOAADzDgAAYzMUAGMzFAAjsAEAOyUWAOIOFAA7DxQAIdYDAPM4FAC6WRYA8w4AANI1FAA8TAIAkhYDAPwfAAAWhwQAsxgLAGEZAABcSwkAAbQJAFxLCQBYlhUAvAkAAKOiFABY2RMA7Q8UAEYQFAD3GgQA4g4UADsPFAC2xxUAplQHALpZFgA8TAIAPEwCAO0PFABGEBQAGdINAPM4FAC6pxUAOyUWAPMOAAANuQIA7+AAAO/gAADv4AAAulkWAO/gAABrkQIATRsSALpZFgANuQIAulkWAPiuAgBftxUA34oVADiLFQAIQxQAulkWAA8hFgBoIRYAXLsDALAbAQC6WRYAJGMTALwJAAC6WRYAWQAAAGEZAABUihEAWNkTABaHBABuPxUAWQAAAF+3FQC8CQAAulkWALYVFQC8CQAA8zgUALwJAAC8CQAAP/oUAPM4FABY2RMAK9QCABaHBABJURQA0PkEAC7SBAAzTxQAONsEABNaFgBtHAkAKe0TAKttFQAEbhUAmpwVAA3PBADiDhQAOw8UALbHFQAwZxQAKe0TALpZFgB93wYAAs4EAMWdFAAp7RMAYzMUAGMzFADiDhQAOw8UAGMzFAA2NxQAjzcUAEwPAADzOBQAY3cKAPfsDwDzOBQAsEUVALBFFQDzOBQAfnEVABU0FADLIQUAPEwCAPM4FAChWRQAStwBALpZFgA8TAIAPEwCADxMAgATWhYAPEwCAFjZEwC6WRYAPEwCAPM4FAA7JRYANjcUAI83FADCwQ0Act4GAFslFQDNtwwA0gkQALpZFgC5bgcAulkWAN2FCwDJfRQAYCEAAPM4FAChWRQA+lkUAGoGFQC6WRYAK9QCAPfsDwDzOBQAQpQVAPYBAQBbJRUAxZ0UAJYLDQBjuwAAI2ICADxMAgAp7RMAq20VAARuFQDiDhQAwmcVANIJEABs9hQAWNkTAPMOAACwGwEAc2UUAEDyFACZ8hQAagYVACNMAAAp7RMAq20VAARuFQCanBUA85wVAGoGFQAjTAAAagYVACNMAAAq5RMAUHIUALpZFgA8TAIAulkWADxMAgDzOBQAQpQVAKOiFADzOBQAMlcUAItXFADkVxQATOsUADxMAgC4+hMA8zgUAGMzFAA2NxQAjzcUADiAFAB4BwcAWNkTAMjpFQAZ0g0AE1oWAGMzFAATWhYAYzMUAGr7EwAh1gMA0o4UACuPFACEjxQAMlcUAItXFADkVxQAPVgUALDsFADSjhQAK48UAISPFAAq5RMApVEGACntEwCrbRUABG4VAJqcFQDznBUAeTYMALpZFgAr1AIAulkWAFslFQBY2RMA694FAALOBACvmxQAX+YBAGMzFAA2NxQAjzcUAMMGFQBgIQAAKe0TAKttFQAEbhUAulkWACHWAwCanBUA85wVAJQFCwBqBhUAI0wAABWNFABujRQAx40UAEydFQC5bgcAFY0UAGMzFABFfBUAKe0TABNaFgBjMxQANjcUABNaFgD37A8APEwCADslFgA2NxQAjzcUAATfBwDzOBQAQpQVALpZFgCHjg4A8zgUALpZFgBangcA3ZoVANGhFQAp7RMAE1oWAJb/EwDv/xMAXEsJAND3FADSjhQAK48UAISPFAA7JRYANjcUAI83FABJURQAK9QCAK+bFAD37A8A3ZoVALpZFgD37A8APEwCAP5EFQBcSwkAqggDAN2aFQA2mxUAj5sVACrlEwCwGwEA8zgUALpZFgCvmxQAQG0QAFjZEwCvmxQAEBoOACntEwDdmhUAKe0TAN2aFQBjMxQAE1oWABNaFgATWhYAYzMUADY3FACPNxQAMlcUAItXFADkVxQAfhgVAEydFQClnRUAWyUVAGAhAAA9WBQAiWcUAN2aFQA2mxUAj5sVAOibFQA7JRYAFTQUAPxfFgBHYRQAoGEUAPxfFgAVjRQA3ZoVACntEwCrbRUABG4VACntEwCrbRUABG4VALpZFgDichUA210OALpZFgD37A8AulkWAKYRCQBY2RMAPEwCAErcAQCwGwEA8zgUAH5xFQAVNBQAbywUAAAAAABcSwkAAAAAAGxaFgDzOBQAfnEVABU0FABvLBQAAAAAAFxLCQAAAAAAulkWALpZFgAVmBUAulkWABWYFQC6WRYAFZgVAGxaFgC6WRYAsEUVABNaFgBjMxQAYzMUADY3FACPNxQA8zgUAKIPDgBClBUAfOYOACntEwCrbRUABG4VAK5KFAC6WRYAX7cVACNMAACXAhUAwmcVAG0cCQDMcBUAJXEVALbHFQAWhwQA3ZoVADabFQCPmxUA8zgUAPM4FABcHRUAYzMUADY3FACPNxQAxJAKAAAAAAB8zxQA1c8UAC7QFAABtAkARXwVAJ58FQD3fBUAulkWACrlEwDbXQ4ADgoDAPfsDwDzOBQAulkWAG4/FQCXnwsAKuUTALpZFgC0EAsAo6IUAOIOFAA7DxQAlv8TAO//EwAp7RMAq20VAARuFQDiaQQA8zgUALpZFgCpzQQAYzMUAGMzFAA2NxQAjzcUAFxLCQBgIQAAYzMUABBnFQBjMxQANjcUAI83FAAXOhYAAAAAACntEwCrbRUABG4VAPM4FAChWRQA+lkUAFjZEwDzOBQAvhkLAFslFQBY2RMA0CYBAAAAAAC6WRYAWyUVAFjZEwDQJgEAb94UACntEwCrbRUABG4VAH5xFQAVNBQAulkWAPM4FABjMxQANjcUAI83FAC6WRYAFocEAHEnFQA8TAIAj+kUAGMzFAD2AQEAEpAKACNMAAC6pxUAFocEAErcAQC6WRYAwJsAALBFFQDiaQQAAEAWAKttFQAEbhUAmpwVAPOcFQBsnRQAPEwCADxMAgDzOBQAtscVAJQlFgCwGwEAo6IUADxMAgCv9BQATVQHAKFZFAD6WRQAbJ0UADuiAQBv3hQAyN4UACHfFABcSwkAAAAAAAAAAAAAAAAAulkWAFslFQAAAAAAAAAAAAAAAACv9BQAB/0UACNMAAA8TAIAsBsBALpZFgBftxUAWyUVAFxLCQBjMxQAxZ0UAMWdFABjMxQAFTQUAPbJAwDI6RUAOyUWABU0FADr3gUAKe0TAILtEwDr3gUAZ5sAACNMAADGHAkAulkWADGOAADGHAkAE1oWAD4CFQBsnRQA4g4UADsPFABApBUAoVkUAPpZFADiDhQAOw8UAECkFQChWRQA+lkUACNMAAAjTAAAyX0UACrRAQBFfBUAnnwVAPd8FQBqBhUAulkWABaHBABjMxQAulkWAKnNBABjMxQANjcUAI83FABTDBUArAwVAOveBQDr3gUAulkWAKnNBACpzQQAct4GAP5EFQBY2RMAAAAAALpZFgC6WRYAZ5sAACCZFQA8TAIA8zgUAKnNBADichUAPEwCAMBtDABnWAIAOxoVAJQaFQBZAAAAWQAAALluBwDzOBQAPEwCALpZFgC6WRYAYRkAACntEwCrbRUABG4VAJmZFACHjg4ADc8EAGMzFAA2NxQAjzcUAH30EADiDhQAwmcVAExEFQC2FRUAtBALALYVFQC2FRUAXEsJAGEZAADRoRUA4g4UAMJnFQA7DxQAKe0TAPM4FAC2FRUADxYVAGgWFQDI6RUAiCEVADxrFQBjMxQAqc0EAPM4FACONQsA2zwLALq+DwD8+xQAVfwUALq+DwC6vg8AokcLABH7EwCHjg4A8zgUALpZFgC6WRYAsEUVACNMAADzOBQAulkWAMEAEwDzOBQAsBsBADxMAgDzOBQAr5sUAJRzFQBhGQAAc2UUAMjpFQCjohQAulkWALpZFgC6WRYAYRkAAGEZAABhGQAAo6IUALpZFgC6WRYAYRkAAGEZAABhGQAAYRkAAGEZAABjMxQANjcUAI83FAC6WRYAPEwCALpZFgA8TAIAulkWALAbAQAsORUAsBsBADxMAgC6WRYAvAkAACw5FQC8CQAA4nIVAAbvEgAsORUAIdYDAFeeFQAAAAAAFocEAN45FQAWhwQAulkWAOJyFQBqahYA8zgUAGpqFgC6WRYAamoWAGMzFAA2NxQAjzcUALpZFgDOjREAsBsBAFjZEwDzDgAA8w4AAFjZEwD37A8A4nIVACHWAwC6WRYAIdYDACntEwCrbRUABG4VAGMzFAA2NxQAjzcUADxMAgDx2wEAulkWADxMAgC6WRYA8zgUALQlFQA8TAIAsBsBAPM4FAC6WRYAFocEADxMAgBK3AEAxkcVALAbAQDNUwsAyOkVAPM4FABcSwkAvAkAALpZFgAsORUAAAAAAJb/EwDzQxUAXmYVAJiiDACW/xMA7/8TAJiiDABNPBUAmKIMAJiiDABjMxQAEGcVAJiiDABf5gEA4g4UAMJnFQCZ/RUAvAkAADxMAgCW/xMA7/8TANdmFADBABMAYzMUADY3FACPNxQA5qsVAPM4FACLFBYAQpQVADIUFgDzOBQA8zgUAPFTFQBKVBUAo1QVAPFTFQBKVBUAo1QVAPxUFQBVVRUA8VMVAEpUFQCjVBUA/FQVAFVVFQBClBUAYzMUADY3FACPNxQA5qsVAPM4FACLFBYAQpQVADIUFgDzOBQAmLgOAPM4FAAjTAAAqggDACNMAAA7JRYANjcUAI83FADzOBQA5GIVAFxLCQAWhwQAKbYOACHWAwDRoRUANaMVAIu7FQDCZxUA28EPADxMAgAdyA8AAAAAABAaDgAAAAAA80MVACdhFQCAYRUA2WEVAC8sFgCILBYANjcUAI83FAA8TAIAvAkAAOveBQDr3gUAyOkVADxMAgAp7RMAPEwCAPM4FAAh1gMA8zgUAOFxBABftxUAX7cVAH30EADzOBQAulkWADxMAgDiDhQAOw8UADslFgA2NxQAjzcUADslFgA8TAIAXEsJALpZFgBcSwkAMmIVAHhUDgC0EAsAvAkAAMjpFQBE3wUAowYWALRqAwD2AQEAbywUAJb/EwDv/xMA2r4OANGhFQA1oxUAXHcNADxMAgDWeRUAXHcNAIu7FQBIvRUAJN4OACMJAgAp7RMAq20VAARuFQA8TAIAulkWALpZFgA7JRYAK9QCACvUAgA7JRYAOyUWAFxLCQBHCBQAoAgUAL9/FQA6FxQAKe0TAGMzFAAVNBQAGVkCAMBjAwDn0gEA7Q8UACntEwAzUQQAIwkCAHLeBgBA3QoA3lwIAGdYAgBm+hAATfsGAFxLCQC6WRYA9+wPAPfVFQCSFgMAlp0CAJIWAwCWnQIABpgCAM23DAATWhYADgoDANGhFQC6WRYAvAkAADxMAgCTFxQA/B8AADNRBACKHBYAPEwCALpZFgDD+xMAduABALpZFgDI6RUA21wWAETfBQC6WRYAIdYDACHWAwAh1gMAIdYDAPM4FADr3gUAgmgPADxMAgDzOBQAPEwCAIu7FQBIvRUA5z8UADxMAgCJchUAFTQUAA9vFQA8TAIAI0wAACvUAgAVmBUA8w4AAPfsDwAp7RMAq20VAARuFQABtAkAYzMUADY3FACPNxQATJ0VAKWdFQChWRQA+lkUAKFZFAD6WRQAYzMUAIJoDwDypBUASL0VADxMAgAzvw4AcngVALufFQC3OhEAHLkVAO3MFQAPqQIAWQAAACHWAwDzOBQAPEwCAIJoDwAAAAAASAAUABcDEQCLuxUA0gkQAPM4FAAyVxQAHLkVADcDEACLuxUANnwCALpZFgA8TAIA9skDAJb/EwCblBUA8zgUAEbNFQCm+g4AUpoRADxMAgBIvRUASsQPAGEZAACLuxUASL0VAErEDwAPqQIAi7sVAEi9FQBKxA8A4g4UADsPFAC2xxUAaMgVADSrFQCNqxUASq0VAIu7FQBIvRUASsQPAIu7FQBIvRUASsQPAIu7FQBIvRUASsQPAOIOFAA7DxQAbXQRACsKEADiDhQAw18VADslFgAQZxUAulkWADxMAgCtKAAArSgAAGdYAgC9cAIAyNMTAEm1FQD8aw8AQpQVADxMAgC6WRYAPEwCABHnAQCSgxUA0gkQADxMAgA8TAIA4wYUAKOiFACVHRYAOw8UANvBDwAh1gMAPEwCAFMuEADVsAEAfI0OAOarFQBjMxQAZ1gCAPSgDgDmqxUAIdYDAOarFQAh1gMA8zgUADxMAgCLuxUASL0VALpZFgDiDhQAOw8UALbHFQCVbA0APEwCADxMAgA8TAIA12YUADxMAgD6ZBUAaysRAPMOAAB7UhAAlv8TAPM4FAA8TAIAKe0TAGlzDgBcdw0AFzoWAAAAAABcdw0AmXgRACqiFQBhvg8AiNMVAKOiFABHbBUAOyUWABU0FACLuxUAEisRAMjTEwCjohQAKqIVAKOiFACI0xUAo6IUAIu7FQBIvRUAUH0VAE9lCgAjTAAAzAwUAPMOAAA8TAIAXHcNAOMGFAA8TAIATEQVAA+pAgA7zBUAPRUWAJYVFgAWhwQAlWwNAOA0FgA8TAIAPEwCAGxPFQAjCQIAulkWAMt4FQDLeBUAy3gVAMt4FQBnWAIAZ1gCAA6kEQA8TAIA4g4UADncFQCLuxUArBcWAIu7FQBrKxEAPEwCABy5FQDjwxUA4g4UAJuUFQA8TAIARs0VAJ/NFQA+DRYA+M0VADxMAgA8TAIAi7sVAGsrEQAcuRUA48MVAOIOFACblBUAPEwCAJCTFQDiDhQAOw8UADslFgAVNBQAPEwCANGhFQA1oxUAyOkVAMjpFQD2AQEAimoVAFnnFQA8axUARP8QAMt4FQDLeBUAy3gVAMt4FQA8TAIAO8wVAP1BFADtDxQAtRIUAJVsDQCDHREA2pMCAAUYFgDDXxUAHLkVAPM4FAAQGRYA8zgUAPM4FAA8TAIA8zgUADxMAgA8TAIA8zgUAPM4FAA8TAIA8zgUADxMAgB8xBMAyOkVACHWAwD8aw8A/GsPADxMAgCHjg4ARs0VAJ/NFQAY+xAAXEsJAE8WEwDiDhQAOw8UAIeODgBGzRUAn80VABj7EABcSwkATxYTAD60FQCXtBUA4g4UAMJnFQBeZhUAAAAAAPM4FADzOBQA9skDAGMzFACLuxUAEDsRAFQEFQDCZxUAmf0VAIELFgA7JRYAEGcVACHWAwCtBBUAtscVAF/mAQC6WRYAB5ACAFkAAADmqxUAi7sVABA7EQAjTAAAYzMUAFxLCQA8TAIA4g4UADsPFABPFhMAL/UQACHWAwAh1gMAKtEBACrRAQAq0QEAKtEBAPM4FADNtwwAIdYDAKSlFQAq0QEAPEwCADxMAgA8TAIAAAAAAAAAAACLuxUArBcWAOIOFAA7DxQATxYTAOQ2EQC6WRYAi7sVAF/mAQC6WRYAi7sVAIocFgDjHBYA8zgUADxMAgA8TAIAFocEAFxLCQBnmwAAPEwCADvMFQA9FRYAlhUWAO8VFgBIFhYAoRYWAPoWFgAh1gMA4g4UADsPFABApBUARs0VAJ/NFQCDohUA3KIVAMjpFQDI6RUAyOkVAMjpFQCLuxUAXHcNAMP7EwB24AEAWW8CAOIOFADCZxUAzrkVADslFgA2NxQASbUVAFIfFgCrHxYABCAWAF0gFgA7JRYAFTQUAM7cCAA7JRYA8zgUACHWAwDXIxYAIdYDAPfsDwBk/w8ASq0VAALuDwBjMxQAyOkVAO+8FQA8TAIAWW8CAEv+FQBL/hUAWW8CAP2lFQCLVxQAlA8UADxMAgDI6RUAIdYDAIu7FQDc+xUANnwCAFwdFQC6WRYA8w4AALpZFgA7JRYAEGcVAPMOAACLuxUAEisRAEm1FQBSHxYAqx8WAAQgFgBdIBYAtiAWAEqtFQBJtRUAUh8WAKsfFgAEIBYAXSAWALYgFgBcSwkAlv8TAO//EwDI0xMAmXgRAJi4DgBcSwkA/NoRADxMAgAc2xAAWW8CAFlvAgDI6RUAAAAAAAAAAACwGwEA4wYUALpZFgCwGwEAQpQVALAbAQBClBUAlv8TAPNDFQCwGwEAi7sVAEi9FQDiDhQAOw8UACntEwCrbRUABG4VADxMAgAp7RMAKe0TACntEwDSjhQAKe0TACntEwAp7RMAKe0TAJb/EwDzQxUAKe0TANKOFAAp7RMAtm4VACntEwC2bhUAKe0TALZuFQBFfBUAtm4VACntEwC2bhUAKe0TALZuFQB1VRQAtm4VACntEwC2bhUA4g4UADsPFAAAAAAAEREWAEbNFQCfzRUARDYWANkTFgCLuxUAAAAAAK5KFABfEBYAAAAAALpZFgCLuxUAulkWAEbNFQCfzRUAAAAAADZ8AgDmqxUAbtASADxMAgA7JRYA5qsVAG7QEgCLuxUASL0VALpZFgDI6RUAYzMUAOveBQDmqxUA694FAIu7FQBIvRUAulkWAMjpFQBjMxQA694FAOarFQDr3gUA0FAVAClRFQCCURUAOyUWABBnFQBZbwIAfOYOAHzmDgB85g4APEwCACHWAwDzOBQAYRkAAPfsDwDtDxQAGIAVAOHTFQDh0xUA7Q8UAEYQFADZ6AkAd1sWACHWAwAh1gMA8w4AAPMOAACNRxQA8zgUAHwJAgAp7RMAulkWAC/1EAD8XxYAL/UQALpZFgAp7RMAWNkTALpZFgBY2RMAKe0TAKttFQBY2RMAa2IWAMRiFgAp7RMAIdYDAHJ4FQDzOBQAPEwCADxMAgA8TAIAamoWADxMAgA8TAIAPEwCAGpqFgA8TAIAi+kJAGpqFgC6WRYAF3ITADxMAgA8TAIAamoWAPM4FAAyVxQAi1cUAORXFAAp7RMAFmYBABy5FQDjwxUAPEwCADslFgAVNBQA4g4UADsPFAC2xxUAtGoDAON2DgBW/xUAowYWAPfsDwCNUhUA80MVAF5mFQDSCRAAYzMUABBnFQDSCRAAulkWANnoCQCuShQAlHMVAIu7FQBIvRUA4g4UAMJnFQCZ/RUAulkWAFjZEwD0oA4AYRkAALpZFgC0EAsA4g4UADsPFAC2xxUA/bwPAK5KFABfEBYA4g4UADncFQCLuxUAEisRALpZFgA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAgAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAIAAIADAACAAAAAgAIAAIADAAAAAAAAgAAAAIACAACAAAAAgAEAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAAACAACAAAAAgAAAAIADAACAAAAAgAIAAIAAAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAAAAIABAAAAAwAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAAAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAIAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAAAAgAMAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAAAAAwAAAAMAAIADAACAAAAAgAMAAAADAAAAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAQAAgAMAAIADAACAAAAAgAMAAIABAACAAgAAgAMAAIADAAAAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAQAAgAIAAIADAACAAAAAgAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAIAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAIAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAIABAACAAgAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAAAAACAAwAAAAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAABAACAAgAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAgAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAIAAIAAAACAAwAAAAMAAAABAACAAgAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIAAAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAIAAIADAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAgAAgAMAAIAAAACAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAEAAIACAACAAwAAgAAAAIABAACAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAAAMAAIABAACAAgAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAwAAgAEAAIACAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIACAACAAwAAgAMAAIADAACAAAAAgAEAAIACAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAgAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAIAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAADAACAAAAAgAMAAAADAAAAAAAAgAMAAIAAAACAAwAAAAMAAIABAACAAAAAgAEAAIABAACAAAAAgAAAAIADAACAAQAAgAIAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAIACAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAQAAgAIAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAACAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAgAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAACAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAAAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAIAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIABAAAAAAAAgAAAAIADAACAAAAAgAMAAIABAACAAgAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAABAACAAAAAgAMAAIABAACAAgAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAAAAACAAwAAgAMAAAAAAACAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAEAAAABAAAAAQAAgAAAAIABAAAAAQAAAAAAAIABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAAAEAAIACAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIABAACAAgAAgAMAAIABAACAAgAAgAMAAIAAAACAAQAAgAEAAIACAACAAwAAgAAAAIABAACAAwAAgAEAAIACAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAIAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAADAACAAAAAgAEAAIABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAgAAgAMAAIAAAACAAQAAgAIAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAgAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAAAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIAAAACAAgAAgAIAAIAAAACAAAAAgAMAAIACAACAAAAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAAAAIACAACAAgAAgAAAAIAAAACAAAAAgAAAAIACAACAAQAAgAAAAIABAACAAgAAgAIAAIACAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAEAAIACAACAAwAAgAMAAAADAACAAwAAAAMAAIADAAAAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAACAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEDAAAAIAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEDAAAAIAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEDAAAAIAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAEAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAIAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAgAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABAwAAACAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEDAAAAIAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABAwAAACAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABAwAAACAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgBAAgAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAIAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQMAAAAgACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEDAAAAIAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAIAAQACKAAAAAQAAAAAAAAAAAAAAAACIABAQAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAABAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAQAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAgAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAACAAEAAAwAAAAIAAAABAAAACAcoQAAUBAoEIAAQAAAgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAFBAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAABAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAIoAAAABAAAAAAAAAAAAAAAAAAgAEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAEAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAIAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAACAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAQAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAQAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAEAAAAAIAAAAAAAAAAAAAAAAAAAACAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAQMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAAAAAAAABAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAIQAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAAiAAAAAQAAAAAHKEAgEAQKBCAAkAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAhAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAACAAEAAAwAAACIAAAABAAAACAcoQCAUBAoEIACQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAABAwAAACAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQMAAAAgACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAgAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIABAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACQAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEQACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEQACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAIAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAQAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABARAAAAABwAAAAAAAAAAKgAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQMAAAAgACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAABAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwgAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAIAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAMAAAAAAAAAAAAAAAAAAAAIAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAEAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAwAAAAAAAAgAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAMAAAAAAAAIAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAEAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAgAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAABAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCgAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAEAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACQAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAEAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAABAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABAwAAACAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABAwAAACAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACQAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAA"},"index":{"lists":[[18,19,20,48,49,132,134,135,136,283,346],[1,2,4,5,6,7,8,9,10,11,13,18,19,20,21,22,24,25,26,27,28,48,49,70,71,72,73,74,75,76,77,78,81,82,83,84,87,88,89,90,91,92,93,94,95,96,97,98,99,103,108,109,111,112,113,114,115,116,117,118,119,120,121,122,123,127,128,129,130,132,134,135,136,140,145,146,180,181,184,185,187,199,200,201,204,205,206,207,221,222,230,233,243,245,246,250,251,264,277,283,292,295,296,297,302,303,304,309,322,323,334,337,346,349,350,352,353,354,355,357,359,360,362,363,366,367,368,369,370,384],[1,2,4,5,6,7,8,9,10,11,13,18,19,20,21,22,24,25,26,27,28,48,49,70,71,72,73,74,75,76,77,78,80,81,82,83,84,87,88,89,90,91,92,93,94,95,96,97,98,99,103,104,108,109,111,112,113,114,115,116,117,118,119,120,121,122,123,126,127,128,129,130,132,134,135,136,140,145,146,154,159,180,181,184,185,187,199,200,201,204,205,206,207,212,213,214,221,222,230,233,243,245,246,247,250,251,264,277,283,292,295,296,297,298,302,303,304,309,314,322,323,334,337,346,349,350,352,353,354,355,357,359,360,362,363,366,367,368,369,370,373,374,375,384],[18,19,20,48,49,132,134,135,136,283,289,346],[5,18,19,20,26,48,49,70,71,101,125,132,134,135,136,253,276,283,306,308,346,370,373,390],[18,19,20,26,48,49,132,134,135,136,171,172,173,283,346,376,377,378,379,380,381,382],[6,7,18,19,20,48,49,132,134,135,136,283,309,346],[18,19,20,48,49,100,102,132,134,135,136,283,346],[18,19,20,29,30,37,48,49,132,134,135,136,238,272,283,346,363,383],[11,13,15,18,19,20,29,30,37,48,49,113,132,134,135,136,145,146,178,179,208,209,238,272,283,346,363,368,369],[12,13,15,18,19,20,23,29,30,37,48,49,132,134,135,136,171,172,173,234,238,272,283,346],[15,18,19,20,29,30,37,48,49,132,134,135,136,238,272,283,346],[13,15,18,19,20,29,30,37,48,49,73,99,106,111,114,119,120,132,134,135,136,163,171,172,173,174,193,220,221,222,224,228,237,238,246,248,249,250,251,260,266,267,268,269,272,280,283,288,297,299,300,301,302,303,304,321,332,339,340,341,342,343,344,345,346,356,384],[13,15,18,19,20,29,30,35,37,48,49,73,99,106,111,114,119,120,132,134,135,136,163,171,172,173,174,193,220,221,222,224,228,237,238,246,248,249,250,251,260,266,267,268,269,272,280,283,288,297,299,300,301,302,303,304,321,332,339,340,341,342,343,344,345,346,356,384],[18,19,20,48,49,116,132,134,135,136,283,346],[18,19,20,48,49,56,57,58,64,65,132,134,135,136,144,227,241,281,283,284,286,287,290,346,347,362],[18,19,20,48,49,132,134,135,136,175,283,346,396],[17,18,19,20,48,49,132,134,135,136,283,346],[1,13,15,18,19,20,26,27,29,30,32,37,48,49,132,134,135,136,171,172,173,202,203,229,238,272,273,275,283,346,350,354,355,384],[13,15,18,19,20,26,29,30,36,37,47,48,49,50,53,132,134,135,136,171,172,173,177,202,203,238,272,283,346,348,350,354,355,384],[4,13,15,18,19,20,24,25,26,28,29,30,37,48,49,77,132,134,135,136,171,172,173,202,203,238,272,283,309,346,350,354,355,367,384],[6,13,15,18,19,20,26,29,30,31,37,48,49,59,132,134,135,136,171,172,173,202,203,204,238,240,272,274,283,285,346,350,354,355,372,384],[0,2,9,13,14,15,18,19,20,21,24,26,29,30,37,48,49,52,62,63,66,67,129,132,134,135,136,171,172,173,196,202,203,204,217,223,226,238,272,283,309,311,336,346,350,351,354,355,358,361,364,384,385,388,391,392,395,397],[3,5,13,15,16,18,19,20,26,28,29,30,32,37,39,44,48,49,52,62,66,67,69,74,80,83,84,107,110,130,131,132,134,135,136,140,142,148,149,152,158,164,171,172,173,176,182,185,188,196,202,203,204,211,215,216,219,225,232,235,236,238,242,243,254,262,265,272,275,282,283,291,292,309,310,326,338,346,350,354,355,384,393,398],[13,15,18,19,20,26,29,30,37,48,49,132,134,135,136,171,172,173,202,203,238,270,272,283,346,350,354,355,384],[13,15,18,19,20,26,29,30,37,48,49,132,134,135,136,171,172,173,202,203,238,272,283,346,350,354,355,384],[13,15,18,19,20,26,29,30,37,48,49,132,134,135,136,171,172,173,202,203,204,238,272,283,346,350,354,355,384],[13,15,18,19,20,22,26,29,30,37,48,49,132,134,135,136,171,172,173,202,203,238,272,283,319,346,348,350,354,355,384],[13,15,18,19,20,26,29,30,37,44,46,48,49,52,132,134,135,136,171,172,173,202,203,238,272,282,283,346,350,354,355,384],[13,15,18,19,20,26,29,30,37,48,49,132,134,135,136,171,172,173,202,203,238,272,283,346,350,354,355,384,389],[13,15,18,19,20,26,29,30,32,34,37,48,49,128,132,134,135,136,171,172,173,202,203,204,210,238,272,275,279,283,346,350,354,355,374,384,386,387],[13,15,18,19,20,26,28,29,30,33,34,37,48,49,123,131,132,134,135,136,143,147,165,171,172,173,198,202,203,211,238,256,272,283,313,318,329,330,346,350,354,355,374,384],[13,15,18,19,20,26,29,30,37,48,49,51,80,132,134,135,136,142,150,171,172,173,181,187,188,202,203,231,238,243,272,282,283,292,327,331,346,350,354,355,384],[9,13,15,18,19,20,26,28,29,30,37,40,41,48,49,68,105,132,134,135,136,155,156,171,172,173,202,203,204,238,272,283,346,350,354,355,384],[13,15,18,19,20,21,26,29,30,33,37,48,49,51,52,86,132,134,135,136,151,153,171,172,173,187,202,203,218,238,272,282,283,346,350,354,355,384],[13,15,18,19,20,26,29,30,37,38,42,43,48,49,54,55,75,79,91,132,134,135,136,141,157,160,162,166,171,172,173,183,189,190,191,192,194,195,197,202,203,207,238,239,244,245,255,258,261,263,264,272,278,283,293,294,295,296,312,316,317,324,325,328,333,335,337,346,349,350,354,355,365,371,384],[13,15,18,19,20,25,26,27,28,29,30,37,48,49,95,132,133,134,135,136,171,172,173,202,203,238,272,283,346,350,354,355,384],[7,13,15,18,19,20,26,29,30,37,48,49,132,134,135,136,171,172,173,202,203,238,272,283,346,350,354,355,384],[13,15,18,19,20,26,29,30,37,45,48,49,51,52,132,134,135,136,171,172,173,202,203,204,238,271,272,282,283,336,346,350,354,355,384],[13,15,18,19,20,26,29,30,37,45,48,49,51,132,134,135,136,171,172,173,202,203,238,272,282,283,346,350,354,355,384],[18,19,20,29,30,48,49,132,134,135,136,139,161,167,168,169,170,186,257,259,283,315,320,346,394],[18,19,20,48,49,103,132,134,135,136,283,346],[13,15,18,19,20,26,29,30,37,48,49,60,61,132,134,135,136,171,172,173,238,272,283,346,350,354,355,384],[18,19,20,48,49,70,132,134,135,136,283,346],[18,19,20,48,49,71,76,78,81,82,132,134,135,136,283,346],[18,19,20,48,49,72,132,134,135,136,283,346],[18,19,20,48,49,85,89,90,92,132,134,135,136,283,346],[18,19,20,48,49,88,112,132,134,135,136,283,346],[18,19,20,48,49,88,132,134,135,136,137,138,283,346],[18,19,20,48,49,88,113,115,132,134,135,136,283,346],[18,19,20,48,49,88,132,134,135,136,283,346],[18,19,20,48,49,93,96,98,112,132,134,135,136,283,346,357],[18,19,20,48,49,94,113,115,122,132,134,135,136,283,346,375],[18,19,20,48,49,97,132,134,135,136,206,283,346],[18,19,20,48,49,112,132,134,135,136,283,346,357],[18,19,20,48,49,115,132,134,135,136,283,346],[18,19,20,48,49,121,127,132,134,135,136,283,346,357,375],[18,19,20,48,49,124,132,134,135,136,252,283,305,307,346],[18,19,20,48,49,132,134,135,136,205,283,346],[18,19,20,48,49,132,134,135,136,283,346,357],[18,19,20,48,49,132,134,135,136,283,346,375],[18,19,20,48,49,118,132,134,135,136,212,213,214,283,346,360],[5,18,19,20,26,48,49,70,71,118,132,134,135,136,212,213,214,283,346,360,370,373],[18,19,20,26,48,49,118,132,134,135,136,212,213,214,283,322,323,346,360],[6,7,18,19,20,48,49,118,132,134,135,136,212,213,214,283,309,346,360],[18,19,20,48,49,118,132,134,135,136,212,213,214,283,346,360,363],[11,13,18,19,20,48,49,113,118,132,134,135,136,145,146,212,213,214,283,346,360,363,368,369],[13,18,19,20,48,49,118,126,132,134,135,136,212,213,214,283,322,323,346,360],[13,18,19,20,48,49,73,99,104,108,109,111,114,117,118,119,120,132,134,135,136,212,213,214,221,222,233,246,247,250,251,283,297,298,302,303,304,322,323,346,360,384],[18,19,20,48,49,116,118,132,134,135,136,212,213,214,283,346,360],[18,19,20,48,49,118,132,134,135,136,154,212,213,214,283,314,346,360,362],[1,8,13,18,19,20,26,27,48,49,118,132,134,135,136,212,213,214,283,322,323,346,350,352,353,354,355,360,366,384],[13,18,19,20,26,48,49,118,132,134,135,136,212,213,214,283,322,323,346,350,352,353,354,355,360,384],[4,13,18,19,20,24,25,26,28,48,49,77,118,132,134,135,136,212,213,214,283,309,322,323,346,350,352,353,354,355,360,367,384],[6,13,18,19,20,26,48,49,118,132,134,135,136,204,212,213,214,283,322,323,346,350,352,353,354,355,360,384],[2,9,10,13,18,19,20,21,24,26,48,49,118,129,132,134,135,136,204,212,213,214,283,309,322,323,346,350,352,353,354,355,359,360,384],[5,13,18,19,20,26,28,48,49,74,80,83,84,118,130,132,134,135,136,140,180,185,204,212,213,214,243,277,283,292,309,322,323,346,350,352,353,354,355,360,384],[13,18,19,20,26,48,49,118,132,134,135,136,212,213,214,230,283,322,323,346,350,352,353,354,355,360,384],[13,18,19,20,26,48,49,118,132,134,135,136,204,212,213,214,283,322,323,346,350,352,353,354,355,360,384],[13,18,19,20,22,26,48,49,118,132,134,135,136,159,212,213,214,283,322,323,346,350,352,353,354,355,360,384],[13,18,19,20,26,48,49,118,128,132,134,135,136,204,212,213,214,277,283,322,323,346,350,352,353,354,355,360,374,384],[13,18,19,20,26,28,48,49,118,123,132,134,135,136,212,213,214,283,322,323,346,350,352,353,354,355,360,374,384],[13,18,19,20,26,48,49,80,118,132,134,135,136,181,187,212,213,214,243,277,283,292,322,323,346,350,352,353,354,355,360,384],[9,13,18,19,20,26,28,48,49,118,132,134,135,136,204,212,213,214,283,322,323,346,350,352,353,354,355,360,384],[13,18,19,20,21,26,48,49,118,132,134,135,136,180,184,187,212,213,214,283,322,323,346,350,352,353,354,355,360,384],[13,18,19,20,26,48,49,75,91,118,132,134,135,136,180,207,212,213,214,245,264,283,295,296,322,323,337,346,349,350,352,353,354,355,360,384],[13,18,19,20,25,26,27,28,48,49,95,118,132,134,135,136,212,213,214,283,322,323,346,350,352,353,354,355,360,384],[7,13,18,19,20,26,48,49,118,132,134,135,136,212,213,214,283,322,323,346,350,352,353,354,355,360,384],[18,19,20,48,49,103,118,132,134,135,136,212,213,214,283,346,360],[13,18,19,20,26,48,49,118,132,134,135,136,212,213,214,283,322,323,346,350,354,355,360,384],[18,19,20,48,49,70,118,132,134,135,136,212,213,214,283,346,360],[18,19,20,48,49,71,76,78,81,82,118,132,134,135,136,212,213,214,283,346,360],[18,19,20,48,49,72,118,132,134,135,136,212,213,214,283,346,360],[18,19,20,48,49,89,90,92,118,132,134,135,136,212,213,214,283,346,360],[18,19,20,48,49,87,88,112,118,132,134,135,136,212,213,214,283,346,360],[18,19,20,48,49,88,118,132,134,135,136,212,213,214,283,346,360],[18,19,20,48,49,88,113,115,118,132,134,135,136,212,213,214,283,346,360],[18,19,20,48,49,93,96,98,112,118,132,134,135,136,199,212,213,214,283,334,346,357,360],[18,19,20,48,49,94,113,115,118,122,132,134,135,136,201,212,213,214,283,346,360,375],[18,19,20,48,49,97,118,132,134,135,136,206,212,213,214,283,346,360],[18,19,20,48,49,112,118,132,134,135,136,212,213,214,283,346,357,360],[18,19,20,48,49,115,118,132,134,135,136,212,213,214,283,346,360],[18,19,20,48,49,118,121,127,132,134,135,136,212,213,214,283,346,357,360,375],[18,19,20,48,49,118,132,134,135,136,200,212,213,214,283,346,360],[18,19,20,48,49,118,132,134,135,136,201,212,213,214,283,346,360],[18,19,20,48,49,118,132,134,135,136,205,212,213,214,283,346,360],[18,19,20,48,49,118,132,134,135,136,212,213,214,283,346,357,360],[18,19,20,48,49,118,132,134,135,136,212,213,214,283,346,360,375]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,3,0,4,5,0,0,6,7,0,0,8,0,9,10,11,12,13,12,12,12,12,12,12,12,12,0,0,14,15,16,0,17,18,19,20,21,22,23,24,25,26,27,25,28,29,30,31,32,25,33,34,35,36,37,38,39,25,25,40,0,0,41,42,0,18,19,20,21,22,23,24,25,26,27,25,28,29,30,31,32,25,33,34,35,36,37,38,39,25,25,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,43],[9679,44],[8250,45],[9135,46],[215,47],[10095,48],[10003,49],[8595,50],[10008,51],[10004,52],[9472,53],[10007,54],[8730,55],[10006,56],[8505,57],[9762,0],[9888,0],[8617,0],[8226,58],[10060,59],[9654,60],[65123,60]],"plainDefault":0,"spaced":[61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,62,63,61,61,64,61,61,61,65,61,66,67,61,68,68,68,68,68,68,68,68,68,68,61,61,69,70,61,61,61,71,72,73,74,75,76,77,72,78,79,72,72,72,80,81,82,72,83,84,85,86,87,78,72,72,72,61,61,61,88,89,61,71,72,73,74,75,76,77,72,78,79,72,72,72,80,81,82,72,83,84,85,86,87,78,72,72,72,61,61,61,61,61],"spacedOther":[[160,61],[5760,61],[8192,61],[8193,61],[8194,61],[8195,61],[8196,61],[8197,61],[8198,61],[8199,61],[8200,61],[8201,61],[8202,61],[8232,61],[8233,61],[8239,61],[8287,61],[12288,61],[65279,61],[9676,90],[9679,91],[8250,92],[9135,93],[215,94],[10095,95],[10003,96],[8595,95],[10008,97],[10004,98],[9472,99],[10007,100],[8730,101],[10006,102],[8505,61],[9762,103],[9888,103],[8617,104],[8226,105],[10060,106],[9654,107],[65123,107]],"spacedDefault":61,"blank":61}}},"markers":{"key":"\\n/^(?:\\\\[\\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d\\\\] )?(?<name>[\\\\w./+-]{0,300}\\\\.t) \\\\.{2,}\\\\s*$/\\n/^(?:\\\\[\\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d\\\\] )?(?<name>[\\\\w./+-]{0,300}\\\\.t) \\\\.{2,} (?:ok(?:\\\\s{1,20}\\\\d{1,9} m?s\\\\b[^\\\\n]{0,200})?|skipped: [^\\\\n]{0,500})\\\\s*$/\\n/^Dubious, test returned \\\\d{1,3} \\\\(wstat \\\\d{1,6}, 0x[0-9a-f]{1,6}\\\\)\\\\s*$/\\n/^(?:Failed \\\\d{1,6}\\\\/\\\\d{1,6} subtests|No subtests run|All \\\\d{1,6} subtests passed)\\\\s*$/\\n/^(?:ok(?:\\\\s{1,20}\\\\d{1,9} m?s\\\\b[^\\\\n]{0,200})?|skipped: [^\\\\n]{0,500})\\\\s*$/\\n/^(?:not )?ok \\\\d{1,6}\\\\b|^1\\\\.\\\\.\\\\d{1,6}\\\\b|^Bail out!/\\n/^(?<name>[\\\\w./+-]{0,300}\\\\.t)\\\\s{1,300}\\\\(Wstat: \\\\d{1,6}(?: \\\\([^)\\\\n]{1,60}\\\\))? Tests: \\\\d{1,6} Failed: \\\\d{1,6}\\\\)\\\\s*$/\\n/^Test Summary Report\\\\s*$|^Files=\\\\d{1,9}, Tests=\\\\d{1,9}, |^Result: (?:FAIL|PASS|NOTESTS)\\\\s*$/\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,4}FAIL {1,4}(?<name>\\\\S[^\\\\n]{0,300}? {1,4}\\"[^\\"\\\\n]{1,300}\\")$/\\n/^\\\\s{0,4}Total:\\\\s{1,10}\\\\d{1,9}$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d{1,6}(?: -)? \\\\S/\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Started: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Finished: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Skipped: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^ {13}=> Reason: /\\n/^Reported: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Registered: {3}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Test execution (?:started\\\\. Number of static tests: \\\\d{1,9}|finished\\\\.)$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,8}process didn't exit successfully: \`(?<name>[^\`\\\\n]{1,500})\` \\\\(exit status: (?!101\\\\))\\\\d{1,3}\\\\)$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?<name>\\\\.\\\\/\\\\S{1,300}_spec\\\\.rb:\\\\d{1,6}:\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[14,15,87,89,90,91],[14,15,34,35,36,37,38,39,40,41,44,45,46,47,49,50,51,52,53,54,55,56,57,58,59,60,64,67,68,70,71,72,73,74,75,76,77,78,79,80,81,83,84,85,86,87,89,90,91,94,98,99,124,125,126,127,128,135,136,137,140,141,142,155,156,163,166],[14,15,34,35,36,37,38,39,40,41,43,44,45,46,47,49,50,51,52,53,54,55,56,57,58,59,60,64,65,67,68,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,89,90,91,94,98,99,106,111,124,125,126,127,128,135,136,137,140,141,142,147,148,149,155,156,163,166],[14,15,34,35,62,82,87,89,90,91],[14,15,87,89,90,91,118,119,120],[14,15,61,63,87,89,90,91],[0,1,6,14,15,87,89,90,91],[0,1,6,14,15,72,87,89,90,91,98,99,122,123,143,144],[0,1,6,14,15,87,89,90,91,118,119,120,167],[0,1,6,14,15,37,60,66,70,73,78,79,87,89,90,91,114,118,119,120,121,131,154,155,156,158,161,168],[0,1,5,6,14,15,37,60,66,70,73,78,79,87,89,90,91,114,118,119,120,121,131,154,155,156,158,161,168],[14,15,75,87,89,90,91],[14,15,21,22,28,29,87,89,90,91,97,161],[14,15,87,89,90,91,121],[0,1,3,6,14,15,87,89,90,91,118,119,120,138,139,162],[0,1,5,6,13,14,15,16,19,87,89,90,91,118,119,120,121,138,139],[0,1,6,14,15,87,89,90,91,118,119,120,138,139],[0,1,2,6,14,15,23,87,89,90,91,118,119,120,138,139,140],[0,1,6,14,15,18,26,27,30,31,85,87,89,90,91,118,119,120,134,138,139,140,152,157,160],[0,1,3,6,7,10,14,15,18,26,30,31,33,38,43,46,47,66,69,86,87,89,90,91,94,95,101,102,104,110,115,118,119,120,121,127,128,134,138,139,140,146,150,151,154,159,165,168],[0,1,6,14,15,87,89,90,91,118,119,120,138,139,140],[0,1,6,10,12,14,15,18,87,89,90,91,118,119,120,138,139],[0,1,3,6,14,15,87,89,90,91,118,119,120,138,139,140],[0,1,6,14,15,87,89,90,91,96,115,118,119,120,134,138,139,146],[0,1,6,14,15,17,43,87,89,90,91,95,102,118,119,120,128,138,139,164],[0,1,6,7,8,14,15,32,65,87,89,90,91,107,108,118,119,120,138,139,140],[0,1,6,14,15,17,18,87,89,90,91,103,105,118,119,120,128,138,139,153],[0,1,6,7,8,9,14,15,20,39,42,52,87,89,90,91,94,109,112,113,115,118,119,120,128,129,130,132,133,134,138,139,142],[0,1,6,14,15,56,87,88,89,90,91,118,119,120,138,139],[0,1,6,11,14,15,17,18,87,89,90,91,118,119,120,138,139,140],[0,1,6,11,14,15,17,87,89,90,91,118,119,120,138,139],[0,1,14,15,87,89,90,91,94,112,116,117,127],[14,15,64,87,89,90,91],[0,1,6,14,15,24,25,87,89,90,91,118,119,120],[0,1,6,14,15,87,89,90,91,118,119,120],[0,1,6,14,15,40,87,89,90,91,118,119,120],[0,1,6,14,15,87,89,90,91,118,119,120,126],[0,1,5,6,14,15,84,87,89,90,91,118,119,120,145],[0,1,4,5,6,14,15,81,86,87,89,90,91,100,118,119,120],[0,1,6,14,15,87,89,90,91,118,119,120,125],[0,1,4,6,14,15,48,87,89,90,91,118,119,120],[14,15,34,87,89,90,91],[14,15,35,40,41,44,45,87,89,90,91],[14,15,36,87,89,90,91],[14,15,47,51,52,53,87,89,90,91],[14,15,50,71,87,89,90,91],[14,15,50,87,89,90,91,92,93],[14,15,50,72,74,87,89,90,91],[14,15,50,87,89,90,91],[14,15,54,57,59,71,87,89,90,91],[14,15,55,72,74,81,87,89,90,91],[14,15,58,87,89,90,91,142],[14,15,71,87,89,90,91],[14,15,74,87,89,90,91],[14,15,80,83,87,89,90,91],[14,15,82,87,89,90,91],[14,15,87,89,90,91,141],[14,15,77,87,89,90,91,147,148,149],[14,15,34,35,77,82,87,89,90,91,147,148,149],[14,15,72,77,87,89,90,91,98,99,147,148,149],[14,15,77,82,87,89,90,91,147,148,149],[14,15,37,60,65,67,68,70,73,76,77,78,79,87,89,90,91,147,148,149,155,156,166],[14,15,75,77,87,89,90,91,147,148,149],[14,15,77,87,89,90,91,106,147,148,149],[14,15,77,87,89,90,91,140,147,148,149],[14,15,77,85,87,89,90,91,140,147,148,149],[14,15,38,43,46,47,77,86,87,89,90,91,94,124,127,128,140,147,148,149],[14,15,77,87,89,90,91,147,148,149,163],[14,15,77,87,89,90,91,111,147,148,149],[14,15,43,77,87,89,90,91,128,147,148,149],[14,15,65,77,87,89,90,91,140,147,148,149],[14,15,77,87,89,90,91,124,126,128,147,148,149],[14,15,39,52,77,87,89,90,91,94,124,128,142,147,148,149],[14,15,56,77,87,89,90,91,147,148,149],[14,15,77,87,89,90,91,94,127,147,148,149],[14,15,64,77,87,89,90,91,147,148,149],[14,15,40,77,87,89,90,91,147,148,149],[14,15,77,87,89,90,91,126,147,148,149],[14,15,77,84,87,89,90,91,147,148,149],[14,15,77,81,86,87,89,90,91,147,148,149],[14,15,77,87,89,90,91,125,147,148,149],[14,15,34,77,87,89,90,91,147,148,149],[14,15,35,40,41,44,45,77,87,89,90,91,147,148,149],[14,15,36,77,87,89,90,91,147,148,149],[14,15,47,51,52,53,77,87,89,90,91,147,148,149],[14,15,49,50,71,77,87,89,90,91,147,148,149],[14,15,50,77,87,89,90,91,147,148,149],[14,15,50,72,74,77,87,89,90,91,147,148,149],[14,15,54,57,59,71,77,87,89,90,91,135,147,148,149],[14,15,55,72,74,77,81,87,89,90,91,137,147,148,149],[14,15,58,77,87,89,90,91,142,147,148,149],[14,15,71,77,87,89,90,91,147,148,149],[14,15,74,77,87,89,90,91,147,148,149],[14,15,77,80,83,87,89,90,91,147,148,149],[14,15,77,87,89,90,91,136,147,148,149],[14,15,77,87,89,90,91,137,147,148,149],[14,15,77,87,89,90,91,141,147,148,149]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,6,0,7,8,6,9,10,9,9,9,9,9,9,9,9,0,0,11,12,13,0,0,14,15,16,17,18,19,16,16,20,16,16,21,16,22,23,24,16,25,26,27,28,16,29,30,16,16,31,0,0,32,33,0,34,34,35,34,34,36,34,34,34,34,34,34,34,37,38,39,34,34,40,36,34,34,34,34,34,34,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,41],[9679,42],[8250,43],[9135,44],[215,45],[10095,46],[10003,47],[8595,48],[10008,49],[10004,50],[9472,51],[10007,52],[8730,53],[10006,54],[8505,55],[9762,0],[9888,0],[8617,0],[8226,56]],"plainDefault":0,"spaced":[57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,58,57,57,57,57,57,57,57,57,57,59,60,57,61,61,61,61,61,61,61,61,61,61,57,57,62,63,57,57,57,57,57,57,64,65,66,67,57,64,68,57,57,57,64,57,69,57,70,71,72,73,57,64,57,57,57,74,57,57,75,57,57,57,57,76,57,57,77,57,57,57,57,57,57,57,78,79,80,57,57,57,77,57,57,57,57,57,57,57,57,57,57,57],"spacedOther":[[160,57],[5760,57],[8192,57],[8193,57],[8194,57],[8195,57],[8196,57],[8197,57],[8198,57],[8199,57],[8200,57],[8201,57],[8202,57],[8232,57],[8233,57],[8239,57],[8287,57],[12288,57],[65279,57],[9676,81],[9679,82],[8250,83],[9135,84],[215,85],[10095,86],[10003,87],[8595,86],[10008,88],[10004,89],[9472,90],[10007,91],[8730,92],[10006,93],[8505,60],[9762,94],[9888,94],[8617,95],[8226,96]],"spacedDefault":57,"blank":57}},"reported":{"key":"\\n/^[\\\\w./+-]{0,300}\\\\.t\\\\s{1,300}\\\\(Wstat: \\\\d{1,6}(?: \\\\([^)\\\\n]{1,60}\\\\))? Tests: \\\\d{1,6} Failed: (\\\\d{1,6})\\\\)\\\\s*$/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) (?:tests|containers) failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/","value":{"lists":[[31,32],[5,7,8,12,13,25,31,32],[5,7,8,9,12,13,25,31,32],[14,31,32],[0,31,32],[0,8,10,11,12,13,21,27,28,29,30,31,32],[3,31,32],[0,2,31,32],[0,4,5,15,23,26,31,32],[0,17,31,32],[0,5,31,32],[0,1,6,7,16,19,24,25,31,32],[18,20,31,32],[0,22,31,32],[8,9,12,13,31,32],[5,31,32],[7,25,31,32]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,4,0,4,4,4,5,5,5,5,5,5,5,5,5,5,0,0,0,6,0,0,0,4,4,4,7,4,8,4,4,4,4,4,4,4,4,9,10,4,4,4,11,4,4,4,4,4,4,12,0,0,0,4,0,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,13,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,14,14,14,14,14,14,14,14,14,14,0,0,0,0,0,0,0,0,0,0,0,0,15,0,0,0,0,0,0,0,0,0,15,0,0,0,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"passed":{"key":"\\n/^All tests successful\\\\.$/\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/","value":{"lists":[[14],[3,5,14],[6,14],[1,4,5,11,12,13,14],[1,14],[0,14],[7,10,14],[9,14],[2,3,14],[8,14],[5,14],[3,14]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,6,7,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,10,10,10,10,10,10,10,10,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^Dubious, test returned |^(?:Failed \\\\d{1,6}\\\\/\\\\d{1,6} subtests|No subtests run|All \\\\d{1,6} subtests passed)\\\\s*$|^# Looks like (?:you failed \\\\d|you planned \\\\d|your test exited with \\\\d)|^\\\\s{2}(?:Failed tests?|Non-zero exit status|Parse errors|Non-zero wait status):/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[11],[1,3,6,7,9,11,12],[3,6,7,11],[6,11],[9,11],[3,11],[6,8,11],[6,7,11],[3,6,11],[5,6,7,11],[0,6,11],[0,4,6,11],[6,9,11],[6,9,10,11],[2,6,11],[6,11,12],[11,12],[6,7,11,12],[3,6,11,12],[1,6,11,12],[6,9,11,12]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,7,3,8,9,10,7,3,3,3,3,3,3,3,7,3,3,3,3,3,11,3,3,3,3,3,3,3,0,0,0,3,0,3,3,12,3,13,12,3,3,3,3,3,3,3,3,3,3,3,3,3,14,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,15,0,0,4,0,0,0,3,0,5,16,0,15,15,15,15,15,15,15,15,15,15,0,0,0,0,3,0,0,17,15,18,17,15,17,15,15,15,15,15,15,15,17,15,17,15,15,15,15,15,15,15,15,15,15,3,0,0,0,15,0,19,15,20,15,20,20,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
function markerOf(line, seen, sections, announced) {
  index ??= lineStartIndex("markers", MARKER_PATTERNS);
  for (const n of index.candidates(line)) {
    const { dialect, marker } = ALL_MARKERS[n];
    if (marker.contains !== void 0 && !line.includes(marker.contains)) continue;
    if (marker.afterItsTests === true && seen?.has(dialect) !== true) continue;
    if (marker.inSection === true && sections !== void 0 && !sections.has(dialect)) continue;
    if (marker.ofAnnounced === true && announced?.runner !== dialect.id) continue;
    const found = marker.pattern.exec(line);
    if (!found) continue;
    if (marker.ofAnnounced === true && announced !== void 0) return { dialect, event: marker.event, name: announced.name, key: announced.key, afterOutput: false, closes: marker.closes === true, asserts: false, namesFile: false, afterItsTests: false, namedBelow: false, detailsIndented: false, indent: 0 };
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
var ERROR_HEADLINE = /^\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \S|^(?:E {1,8})?(?:Caused by: |Error: |\s{0,8}Suppressed: |\s{0,8})?(?:[A-Za-z_$][\w$]{0,80}(?:\.|\\|::)){0,8}(?:[A-Z][\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \[\w{1,40}\])?: \S|^\s{1,8}[\w-]{1,100}_test\.go:\d{1,6}: \S|^(?:FAIL|Error|error): \S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\d{1,6}:\d{1,6}: (?:fatal )?error|^\s{1,8}[\w-]{1,100}\.go:\d{1,6}: \S|^not ok \d|^(?:#\s{1,4}|\s{2,4})Failed test(?: '| at \S)|: Failure$|: FAILED:$|^\s*✘ |^\[ {2}FAILED {2}\] |^(?:FAILURES|ERRORS)!$|\b[1-9]\d{0,5} (?:tests?|specs?) failed\b|^\d{1,6} specs?, [1-9]\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread "|\((?:[A-Z]\w{0,80}::){0,8}[A-Z]\w{0,80}(?:Error|Exception)\)\s*$|^\s{0,8}\*\* \([A-Z][\w.]{0,200}\)|^Unhandled exception\. |^Fatal error: |^\s{1,8}Error: \S|^(?:ERROR|FATAL): \S|\bERROR: \S|^\S{1,300}:\d{1,6}: (?:[A-Za-z_]\w{0,80}\.){0,8}[A-Z]\w{0,80}(?:Error|Exception): \S|^thread '[^']{1,300}'(?: \(\d{1,10}\))? panicked at|^\s{2,}(?:Caused by: )?[\w$.]{1,200}(?:Exception|Error) at [\w$]{1,200}\.(?:java|kt|scala|groovy):-?\d{1,6}\s*$/;
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
    let marker = this.reportMode || this.pokuRepeat ? void 0 : markerOf(line, this.behindBar ? void 0 : this.dialectsSeen, this.sectionsOpen, this.current);
    if (marker?.event === "data") {
      this.handledLine = this.lineNumber;
      return;
    }
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
