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
var DERIVED = `{"prefilter":{"key":"rules 319\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?:connecting to|connect to|Redis on) ['\\"]?[a-z][a-z0-9+.-]{1,20}:\\\\/\\\\/[^\\\\s'\\"/]{1,255}\\\\/[^\\\\s:'\\"]{0,200}:\\\\d{1,5}(?!\\\\d)/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/(?<!rescue |raise )\\\\b(?:Minitest::Assertion|Test::Unit::AssertionFailedError)(?=:|\\\\s*$)/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/\\\\bPlanned for \\\\d{1,6} assertions?, but got \\\\d{1,6}\\\\./\\n/\\\\bnote: test did not panic as expected\\\\b/\\n/\\\\bTest finished without running any assertions\\\\b/\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^\\\\s{0,40}\\\\tError: {0,20}\\\\t(?![^\\\\n]{0,600}(?:Received unexpected error|(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: )))\\\\S/\\n/^\\\\s{0,12}--[^\\\\n]{0,500}\\\\s\\\\(Actual\\\\)$/\\n/^\\\\.\\\\.\\\\. obtained [\\\\w.*[\\\\]{}]{1,100} = (?![^\\\\n]{0,600}(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: ))/\\n/\\\\S\\\\) = (?![^\\\\n]{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))[^\\\\n]{1,200}?[;,] want:? \\\\S/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/Can't locate object method \\"\\\\w{1,100}\\" via package \\"[\\\\w:]{1,200}\\"|Can't call method \\"\\\\w{1,100}\\" (?:on unblessed reference|without a package or object reference)|Undefined subroutine &[\\\\w:]{1,200} called|\\\\bNot an? (?:HASH|ARRAY|CODE|SCALAR|GLOB) reference at |Can't use an undefined value as an? (?:HASH|ARRAY|SCALAR|CODE|symbol|filehandle|subroutine) reference|Can't use string \\\\(\\"[^\\\\n]{0,200}\\"\\\\) as an? \\\\w{1,20} ref while \\"strict refs\\" in use|\\\\bIllegal division by zero at |Modification of a read-only value attempted at |Global symbol \\"[$@%]\\\\w{1,100}\\" requires explicit package name|Bareword \\"[\\\\w:]{1,200}\\" not allowed while \\"strict subs\\" in use/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^[\\\\w./-]{1,300}\\\\.go:\\\\d{1,6}:\\\\d{1,6}: (?!cannot find package |no required module provides package |package [\\\\w./-]{1,200} is not in |could not import |[\\\\w./-]{0,200}imports? )\\\\S/\\n/\\"ruleId\\":(?:\\"[^\\"\\\\n]{1,200}\\"|null),\\"severity\\":2,\\"message\\":\\"/\\n/^FAIL Required test coverage of [\\\\d.]{1,10}% not reached\\\\b/\\n/\\\\bcoverage \\\\([\\\\d.]{1,10}%\\\\) is below the expected minimum coverage\\\\b|^SimpleCov failed with exit \\\\d{1,3}\\\\b/\\n/\\\\bcoverage threshold for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) not met\\\\b/\\n/\\\\bCoverage for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) does not meet (?:global )?threshold\\\\b/\\n/\\\\bRule violated for \\\\w{1,20} [^\\\\n]{1,300}: \\\\w{1,30} covered ratio is [\\\\d.]{1,10}, but expected minimum is [\\\\d.]{1,10}/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -[235]\\\\b|\\\\[Errno -[235]\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:(?!-)\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error -[235] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5}\\\\./\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError(?!:?\\\\s{1,4}Error connecting to Redis on (?!(?:[\\\\w.-]{1,255}:\\\\d{1,5}|\\\\/[^\\\\s()]{1,255}) \\\\((?!Errno::EINVAL\\\\)|Redis::TimeoutError\\\\)|SocketError\\\\))))/\\n/Error connecting to Redis on localhost:\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?!localhost:)(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/^\\\\.\\\\.\\\\. obtained [\\\\w.*[\\\\]{}]{1,100} = (?=[^\\\\n]{0,600}(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: ))/\\n/(?<![\\\\w$.])(?!(?:io\\\\.netty|io\\\\.vertx|reactor|org\\\\.springframework|org\\\\.apache\\\\.http|org\\\\.apache\\\\.hc|org\\\\.apache\\\\.commons\\\\.dbcp2|org\\\\.apache\\\\.tomcat\\\\.jdbc|okhttp3|feign|retrofit2|io\\\\.grpc|org\\\\.postgresql|com\\\\.mysql|org\\\\.mariadb|redis\\\\.clients\\\\.jedis|io\\\\.lettuce|com\\\\.mongodb|org\\\\.mongodb|com\\\\.rabbitmq|org\\\\.apache\\\\.kafka|org\\\\.elasticsearch|co\\\\.elastic\\\\.clients|org\\\\.opensearch|com\\\\.microsoft\\\\.sqlserver|net\\\\.spy\\\\.memcached|net\\\\.rubyeye\\\\.xmemcached|com\\\\.datastax|io\\\\.nats|com\\\\.clickhouse|ru\\\\.yandex\\\\.clickhouse|io\\\\.minio|org\\\\.testcontainers|com\\\\.github\\\\.dockerjava|org\\\\.hibernate|org\\\\.jooq|org\\\\.flywaydb|org\\\\.liquibase|com\\\\.zaxxer\\\\.hikari)\\\\.|(?:java\\\\.util\\\\.concurrent\\\\.ExecutionException|java\\\\.util\\\\.concurrent\\\\.CompletionException|java\\\\.io\\\\.UncheckedIOException|java\\\\.lang\\\\.reflect\\\\.UndeclaredThrowableException|java\\\\.lang\\\\.reflect\\\\.InvocationTargetException): )(?:[A-Za-z_$][\\\\w$.]{0,300}(?:Exception|Error)[\\\\w$]{0,40}|[a-z][\\\\w$]{0,60}\\\\.[\\\\w$.]{1,300}): (?:[^\\\\n]{0,300}?[\\\\s:(])?java\\\\.net\\\\.ConnectException: Connection refused/\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{0,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/^\\\\s{0,40}(?:(?:org\\\\.springframework\\\\.data\\\\.redis\\\\.)?RedisConnectionFailureException: )?(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/\\\\S[^\\\\n]{0,300}\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/\\n/(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\bFailed opening required '(?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)' \\\\(include_path=/\\n/\\\\brequire(?:_once)?\\\\((?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)\\\\): [Ff]ailed to open stream: No such file or directory/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^(?:\\\\[\\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d\\\\] )?(?<name>[\\\\w./+-]{0,300}\\\\.t) \\\\.{2,}\\\\s*$/\\n/^(?:\\\\[\\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d\\\\] )?(?<name>[\\\\w./+-]{0,300}\\\\.t) \\\\.{2,} (?:ok(?:\\\\s{1,20}\\\\d{1,9} m?s\\\\b[^\\\\n]{0,200})?|skipped: [^\\\\n]{0,500})\\\\s*$/\\n/^Dubious, test returned \\\\d{1,3} \\\\(wstat \\\\d{1,6}, 0x[0-9a-f]{1,6}\\\\)\\\\s*$/\\n/^(?:Failed \\\\d{1,6}\\\\/\\\\d{1,6} subtests|No subtests run|All \\\\d{1,6} subtests passed)\\\\s*$/\\n/^(?:ok(?:\\\\s{1,20}\\\\d{1,9} m?s\\\\b[^\\\\n]{0,200})?|skipped: [^\\\\n]{0,500})\\\\s*$/\\n/^(?:not )?ok \\\\d{1,6}\\\\b|^1\\\\.\\\\.\\\\d{1,6}\\\\b|^Bail out!/\\n/^(?<name>[\\\\w./+-]{0,300}\\\\.t)\\\\s{1,300}\\\\(Wstat: \\\\d{1,6}(?: \\\\([^)\\\\n]{1,60}\\\\))? Tests: \\\\d{1,6} Failed: \\\\d{1,6}\\\\)\\\\s*$/\\n/^Test Summary Report\\\\s*$|^Files=\\\\d{1,9}, Tests=\\\\d{1,9}, |^Result: (?:FAIL|PASS|NOTESTS)\\\\s*$/\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,4}FAIL {1,4}(?<name>\\\\S[^\\\\n]{0,300}? {1,4}\\"[^\\"\\\\n]{1,300}\\")$/\\n/^\\\\s{0,4}Total:\\\\s{1,10}\\\\d{1,9}$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d{1,6}(?: -)? \\\\S/\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Started: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Finished: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Skipped: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^ {13}=> Reason: /\\n/^Reported: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Registered: {3}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Test execution (?:started\\\\. Number of static tests: \\\\d{1,9}|finished\\\\.)$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,8}process didn't exit successfully: \`(?<name>[^\`\\\\n]{1,500})\` \\\\(exit status: (?!101\\\\))\\\\d{1,3}\\\\)$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?<name>\\\\.\\\\/\\\\S{1,300}_spec\\\\.rb:\\\\d{1,6}:\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^[\\\\w./+-]{0,300}\\\\.t\\\\s{1,300}\\\\(Wstat: \\\\d{1,6}(?: \\\\([^)\\\\n]{1,60}\\\\))? Tests: \\\\d{1,6} Failed: (\\\\d{1,6})\\\\)\\\\s*$/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) (?:tests|containers) failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/\\n/^got:$/\\n/^want:$/\\n/^[\\\\w./+-]{0,300}\\\\.t\\\\s{1,300}\\\\(Wstat: \\\\d{1,6}(?: \\\\([^)\\\\n]{1,60}\\\\))? Tests: \\\\d{1,6} Failed: (\\\\d{1,6})\\\\)\\\\s*$/\\n/^All tests successful\\\\.$/\\n/^Dubious, test returned |^(?:Failed \\\\d{1,6}\\\\/\\\\d{1,6} subtests|No subtests run|All \\\\d{1,6} subtests passed)\\\\s*$|^# Looks like (?:you failed \\\\d|you planned \\\\d|your test exited with \\\\d)|^\\\\s{2}(?:Failed tests?|Non-zero exit status|Parse errors|Non-zero wait status):/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^!{1,40} (?:_pytest\\\\.outcomes\\\\.Exit\\\\b|Interrupted\\\\b|KeyboardInterrupt\\\\b|stopping after \\\\d)/\\n/^=+ test session starts =+$/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^ {13}=> Exception: (?!(?:org\\\\.opentest4j\\\\.TestAbortedException|org\\\\.junit\\\\.(?:internal\\\\.)?AssumptionViolatedException)(?::|\\\\s*$))/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) (?:tests|containers) failed\\\\s{0,20}\\\\]$/\\n/^Test run finished after \\\\d{1,9} ms$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^JUnit version \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^PHPUnit \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?\\\\S{0,40} by Sebastian Bergmann and contributors\\\\.$/\\n/^\\\\d{1,6}\\\\) (?<name>Error|Warning)$/\\n/^The data provider specified for (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}) is invalid\\\\.?$/\\n/^\\\\s{1,8}\u2718 (?<name>Error|Warning)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^The data provider specified for (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}) is invalid\\\\.?$/\\n/^(?:Error|Warning) Test Case \\\\(PHPUnit\\\\\\\\Framework\\\\\\\\(?:Error|Warning)TestCase\\\\)\\\\s*$/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^(?:JUNIT|JSON|blob) report written to \\\\S/\\n/^\\\\s{0,8}Test Files\\\\s{1,8}\\\\d{1,9} (?:failed|passed)\\\\b/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|^(?:#\\\\s{1,4}|\\\\s{2,4})Failed test(?: '| at \\\\S)|Can't call method \\"\\\\w{1,100}\\" on an undefined value\\\\b|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[21,30,34,35,36,37,38,39,40,49,50,51,53,63,65,67,72,75,76,77,183,192,214,228,240,241,267,272,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,472,473,474,475,476,477,478,479,480,481,482,483,484,485,486,487,488,489,490,491,492,493,494,495,496,497,498,499,500,501,502,503,504,505,506,507,508,509,510,511,512,513,514,515,516,517,518,521,522,523,524,525,526,527,528,529,530,531,532,533,534,535,536,537,538,539,540,541,542,543,544,545,546,547,548,549,550,551,552,553,554,555,556,557,558,559,560,561,562,563,564,565,566,567,568,569,570,571,572,573,574,575,576,577,578,579,580,581,582,583,584,585,586,587,588,591,592,593,594,596,598,599,600,601,602,603,604,607,608,609,611],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,38,50,37,36,56,54,55,123,47,53,57,201,211,195,35,42,64,43,9676,8250,9679,124,215,9135,10004,9472,94,10003,8730,10006,8505,10095,9762,9888,8226,59,92,9654,65123],"words":13,"quiet":14616,"states":16583,"edges":"AAAAAAAAAAABAAAAWQAAAAIAAAAxjgAAAwAAAPMOAAAEAAAA7+AAAAUAAADTWwgABgAAAJjbAQAHAAAAXEsJAAgAAAA8TAIACQAAANeVAAAKAAAAI0wAAAsAAACzGAsADAAAAGebAAANAAAAYRkAAA4AAADioQEADwAAAKa5AAAQAAAArSgAABEAAAAjsAEAEgAAALwJAAATAAAAVD4CABQAAAAWhwQAFQAAAABvAgAWAAAAHiYBABcAAABnWAIAGAAAAL1wAgAZAAAAI2ICABoAAAA2fAIAGwAAAKoIAwAcAAAAIdYDAB0AAAAAAAAAHgAAAA36EAAfAAAAsBsBACAAAAAPqQIAIQAAAKIPDgAiAAAAIwkCACMAAAD2AQEAJAAAAOveBQAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAYg8QACkAAABKxA8AKgAAACrRAQArAAAA9skDACwAAABo9wEALQAAAM23DAAuAAAAAAAAAC8AAADiUwIAMAAAAAAAAAAxAAAA7a0CADIAAAD53A8AMwAAAAAAAAA0AAAAaQUEADUAAAC0aBMANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAAAAAAAPwAAAAAAAABAAAAA23MQAEEAAADBew4AQgAAAOGGDgBDAAAAGQkTAEQAAADZKhAARQAAAAAAAABGAAAAaTAQAEcAAAAAAAAASAAAAC1TEABJAAAAslcQAEoAAAB6WhAASwAAAH3SFQBMAAAAuIAQAE0AAAB8oxAATgAAANWjEABPAAAAhLwQAFAAAABXwBAAUQAAAPjvEABSAAAAJ44RAFMAAACAjhEAVAAAAAWTEQBVAAAAAAAAAFYAAAAAAAAAVwAAAAJoEwBYAAAAW2gTAFsAAACyAAAAXAAAAKkmBQBeAAAA5Z4LAF8AAAAYVgEAYgAAAIemAABkAAAA0y4MAGUAAABHTAoAagAAAEQMAgBtAAAAkHQCAHAAAADLIQUAdgAAAANBAAC1AAAACwEAALgAAABuxREAvwAAAKcrBADBAAAACE8NAA4BAABY2RMAaQEAAL0BAADDAQAAFgIAAB0CAABvAgAAdwIAAMgCAADKAgAAIQMAACoDAAB6AwAAhAMAANMDAADeAwAALAQAADgEAACFBAAAkgQAAN4EAADoBAAANwUAAEUFAACQBQAAnwUAAOkFAADrBQAAQgYAAEwGAACbBgAAqQYAAPQGAAD5BgAATQcAAFoHAACmBwAArgcAAP8HAAAPCAAAWAgAAFoIAACxCAAAvwgAAAoJAAAbCQAAsdkTAGoJAAAK2hMAvgkAAEOuEAC/CQAAMhUOAMQJAAAVCgAAyAkAANsEDgDJCQAAQfYNAMwJAAAr9A0A0QkAAOAqDQDVCQAAZakQANgJAACYogwAGQoAAItOAwAaCgAAPkcDABsKAABUogMAHAoAAG4KAAAiCgAAEKwDAHMKAADHCgAA0woAACALAAAjCwAAeQsAAIELAADSCwAA3wsAACsMAAAwDAAAhAwAAI4MAADdDAAA5QwAADYNAABCDQAAjw0AAEUNAAA4bAIAog0AAOgNAAD2DQAAQQ4AAEQOAACaDgAApA4AAGPaEwD1DgAAVXkAAPYOAADn0gEA+A4AAEwPAAD8DgAArcIOAP0OAAAr1AIA/g4AAE9mAgD/DgAA/B8AAAAPAADCiRAAAQ8AAMunAQACDwAAGzMAAAQPAAA8YgQABw8AAPi5AwAQDwAAogUFABMPAACNwg8AUg8AAKUPAABbDwAAuY8KAKsPAAD+DwAAEhAAAFcQAABsEAAAsBAAALgQAAAJEQAAExEAAGIRAABnEQAAuxEAAMARAAAUEgAAHBIAAG0SAACDEgAAxhIAAMgSAAAfEwAALBMAAHgTAACMEwAA0RMAANkTAAAqFAAAORQAAIMUAACUFAAA3BQAAOoUAAA1FQAAQRUAAI4VAACbFQAA5xUAAPEVAABAFgAAQxYAAJkWAAChFgAA8hYAAPQWAABLFwAAXBcAAKQXAACqFwAA/RcAAAkYAABWGAAAWBgAAK8YAAC2GAAACBkAABwZAAC82hMAYhkAAD+WEwBjGQAAKJMCAGYZAAC6GQAAahkAAHVBAgBvGQAA2lAEALwZAADl1wAAvRkAANQQCgDBGQAA+WIMAMIZAAATGgAAxBkAAEVSAQDFGQAAmdIJAMcZAADSvAgAyRkAANGiDQDLGQAAsGgIANAZAADDmQIA0xkAAP4OCAAUGgAAbBoAABYaAAD61QcAGRoAADjlDQCDGgAAxRoAAN0aAAAeGwAAKRsAAHcbAACQGwAA0BsAANIbAAApHAAAQxwAAIIcAACRHAAA2xwAAOAcAAA0HQAAQR0AAI0dAACdHQAA5h0AAO4dAAA/HgAASx4AAJgeAAClHgAA8R4AAPseAABKHwAAUB8AAKMfAAC3HwAAFdsTAAIgAABVIAAABiAAAFUeEAATIAAAY0oOAHAgAACuIAAAuiAAAAchAAANIQAAYCEAAGMhAABangcAaCEAALkhAAC8IQAAHsEHAMAhAAASIgAAxCEAAHddBgDHIQAA4sIEABciAABrIgAAdyIAAMQiAADHIgAAHSMAACUjAAB2IwAAgyMAAM8jAADUIwAAKCQAADIkAACBJAAAiSQAANokAADdJAAAMyUAADwlAACMJQAAjSUAAOUlAADmJQAAPiYAAEMmAACXJgAAnSYAAPAmAAD6JgAASScAAFEnAACiJwAApScAAPsnAAD+JwAAVCgAAGUoAABu2xMArygAABDvAQCyKAAADJMOALYoAACGGxMAuSgAAAYpAAC7KAAAsXYKAB4pAABfKQAAYikAALgpAADEKQAAESoAAB4qAABqKgAAcSoAAMMqAADFKgAAHCsAACUrAAB1KwAAfysAAM4rAADZKwAAJywAAEMsAACALAAAiCwAAMfbEwDeLAAAMi0AADotAACLLQAAjC0AAOQtAADmLQAAPS4AAEAuAACWLgAAmS4AACDcEwD0LgAASC8AAE4vAAChLwAAqC8AAPovAAACMAAAUzAAAFYwAACsMAAAtTAAAAUxAAAGMQAAXjEAAF8xAAC3MQAAyDEAABAyAAAeMgAAaTIAAHUyAADCMgAAyTIAAHncEwAhMwAAdDMAAHYzAADNMwAA4zMAACY0AAAuNAAAfzQAAIE0AADYNAAA4TQAADE1AAA7NQAAijUAAJU1AADjNQAA7zUAADw2AABJNgAAlTYAAJ82AADuNgAA/DYAAEc3AABWNwAAoDcAAKI3AAD5NwAAAzgAAFI4AABgOAAAqzgAALA4AAAEOQAAETkAAF05AABlOQAAtjkAALw5AAAPOgAAGzoAAGg6AACFOgAAwToAAMo6AAAaOwAAKDsAAHM7AAB5OwAAzDsAANg7AAAlPAAAKDwAAH48AACGPAAA1zwAAOg8AAAwPQAAPj0AAIk9AACiPQAA4j0AAOM9AAA7PgAAWD4AANLcEwCZPgAA7T4AAPM+AABGPwAATj8AAJ8/AACoPwAA+D8AAPs/AABRQAAAXUAAAKpAAACwQAAAhN0TAB9BAABcQQAAZEEAAN3dEwC4QQAADkIAAB9CAABnQgAAb0IAAMBCAADOQgAAGUMAABxDAAByQwAAekMAAMtDAADYQwAAJEQAAClEAAB9RAAAh0QAANZEAADeRAAAL0UAADtFAACIRQAAlUUAAOFFAADjRQAAOkYAAFNGAACTRgAApEYAAOxGAAD4RgAARUcAAExHAACeRwAApkcAAPdHAAD8RwAAUEgAAF1IAACpSAAAsUgAAAJJAAAMSQAAW0kAAGZJAAC0SQAAwEkAAA1KAAAVSgAANt4TAHJKAAC/SgAAxUoAABhLAAAzSwAAcUsAAH1LAADKSwAA0EsAAI/eEwAoTAAAg4MCAClMAADgjwYAKkwAALkrCQAuTAAAfEwAAC9MAABf5gEAMUwAAPxsBwA3TAAA5owCAIJMAAA7BBMAiEwAANVMAADbTAAApZQEAN1MAADo3hMAOk0AAIdNAACNTQAA4E0AAPtNAAA5TgAARU4AAJJOAACYTgAA604AAPNOAABETwAASk8AAJ1PAACpTwAA9k8AABNQAABPUAAAWFAAAKhQAAC0UAAAAVEAAARRAABaUQAAZFEAALNRAAC/UQAADFIAABNSAABlUgAAbVIAAL5SAAC/UgAA3WUAAMFSAAAXUwAAJlMAAHBTAAB2UwAAyVMAAMtTAAAiVAAAOFQAAHtUAACZVAAA1FQAAO1UAAAtVQAAL1UAAIZVAACJVQAA31UAAOtVAAA4VgAAP1YAAJFWAACZVgAA6lYAAOxWAABDVwAATFcAAJxXAACmVwAA9VcAAABYAABOWAAAWlgAAKdYAAC0WAAAAFkAAApZAABZWQAAZ1kAALJZAADBWQAAC1oAAA1aAABkWgAAbloAAL1aAADLWgAAFlsAABtbAABvWwAAfFsAAMhbAADdWwAAIVwAAClcAAB6XAAAk1wAANNcAADcXAAALF0AADZdAACFXQAAjV0AAN5dAADrXQAAN14AADxeAACQXgAAmF4AAOleAADqXgAAQl8AAERfAACbXwAAnl8AAPRfAAD3XwAAQd8TAFJgAACmYAAArGAAAP9gAAAGYQAAWGEAAGBhAACxYQAAtWEAAApiAAAMYgAAY2IAAGZiAAC8YgAAxGIAABVjAAAWYwAAbmMAAHRjAADHYwAAzGMAACBkAAA7ZAAAeWQAAIdkAADSZAAA2WQAACtlAAA3ZQAAhGUAAItlAACa3xMA32UAADZmAAA5ZgAAj2YAAJJmAADz3xMA7WYAAEFnAABHZwAAmmcAAKFnAADzZwAAEWgAAExoAABlaAAApWgAAKdoAAD+aAAAAWkAAFdpAABjaQAAsGkAALdpAAAJagAAEWoAAGJqAABkagAAu2oAAMRqAAAUawAAHmsAAG1rAAB4awAAxmsAANJrAAAfbAAALGwAAHhsAACCbAAA0WwAAN9sAAAqbQAAOW0AAINtAACFbQAA3G0AAOZtAAA1bgAAQ24AAI5uAACTbgAA524AAPRuAABAbwAAVW8AAJlvAAChbwAA8m8AAAtwAABLcAAAVHAAAKRwAACucAAA/XAAAAVxAABWcQAAY3EAAK9xAAC0cQAACHIAABByAABhcgAAYnIAALpyAAC8cgAAE3MAABZzAABscwAAb3MAAEzgEwDKcwAAHnQAACR0AAB3dAAAfnQAANB0AADYdAAAKXUAAC11AACCdQAAhHUAANt1AADedQAANHYAADx2AACNdgAAjnYAAOZ2AADsdgAAP3cAAER3AACYdwAAs3cAAPF3AAD/dwAASngAAFF4AACjeAAAr3gAAPx4AAADeQAApeATAFh5AACueQAAv3kAAAd6AAAPegAAkboBACN6AABgegAAaHoAAP7gEwDIegAAEnsAABh7AABrewAAbXsAAMR7AADaewAAHXwAADt8AAB2fAAAeXwAAM98AADbfAAAKH0AAC59AACBfQAAnH0AANp9AADmfQAAM34AADl+AACMfgAAqn4AAOV+AAD1fgAAPn8AAEx/AACXfwAAnX8AAPB/AADzfwAASYAAAFOAAACigAAAwIAAAPuAAAARgQAAVIEAAGCBAACtgQAAsIEAAAaCAAAJggAAX4IAAGGCAAC4ggAAz4IAABGDAAAdgwAAaoMAAIaDAADDgwAAy4MAAFfhEwAthAAAdYQAAIOEAADOhAAA2oQAACeFAAA0hQAAgIUAAIqFAADZhQAA4YUAADKGAAAzhgAAi4YAAI2GAADkhgAA54YAAD2HAABAhwAAsOETAJuHAADvhwAA9YcAAEiIAABPiAAAoYgAAKmIAAD6iAAAEIkAAFOJAABciQAArIkAAK+JAAAFigAAD4oAAF6KAABmigAAt4oAANCKAAAQiwAAHIsAAGmLAABxiwAACeITAMqLAAAbjAAAHowAAHSMAAB+jAAAzYwAANOMAAAmjQAANI0AAH+NAACMjQAA2I0AAO+NAABi4hMAMo4AAN0gEgA0jgAAYN4BADeOAADKugIAOI4AAG0cCQA5jgAAH7kHADqOAACY0AAAO44AAJeVAgA+jgAA4p8RAD+OAABewA0AQI4AAIqOAABCjgAA2egJAEeOAAD45QcASI4AAEGzDwCUjgAA5uQKAJmOAADjjgAA744AADyPAAA9jwAAseYEAD+PAACVjwAAmI8AAO6PAAD1jwAAZq4BAPaPAABHkAAABpAAAHQ+AQBOkAAAoJAAAKyQAAD5kAAABpEAAFKRAABgkQAAq5EAALeRAAAEkgAAC5IAAF2SAABlkgAAtpIAAMaSAAAPkwAAFJMAAGiTAABukwAAwZMAAMmTAAAalAAAI5QAAHOUAAB2lAAAzJQAANiUAAAllQAAK5UAALviEwCdlQAAFOMTAOSVAAAwlgAAMpYAAIUPAQAzlgAA8t4CADeWAAB8FAMAO5YAAMx8DgA8lgAAVyYCAD6WAADLCwMAP5YAADF2DgBJlgAAfbMCAFCWAACJlgAAlpYAAOKWAADnlgAAO5cAAD+XAACUlwAAoZcAAO2XAAD1lwAARpgAAPiXAACkQgwATZgAAJ+YAABVmAAANpIEAKGYAAD4mAAAApkAAFGZAABTmQAAqpkAAMOZAAADmgAABZoAAFyaAABfmgAAtZoAAMGaAAAOmwAAFpsAAG3jEwBtmwAAwJsAAG+bAAD8XxYAdpsAAC37BwB4mwAA9k4IAHqbAACnYwEAf5sAADEdDgCDmwAAjHEPAMabAAAO9AAA2JsAABmcAAAbnAAAcpwAACacAAAAsgAAMpwAALSiAACBnAAAy5wAANqcAAAknQAAMJ0AAH2dAACAnQAA1p0AANmdAAAvngAAR54AAIieAACPngAA4Z4AAO2eAAA6nwAAR58AAJOfAAChnwAA7J8AAPifAABFoAAATKAAAJ6gAAC2oAAA96AAAAOhAABQoQAAVqEAAKmhAACvoQAAAqIAAAeiAABbogAAYaIAAB/kEwC2ogAADaMAABSjAABmowAAfqMAAL+jAADGowAAGKQAADGkAABxpAAAiaQAAMqkAADWpAAAI6UAACmlAAB8pQAAgqUAANWlAADapQAALqYAADSmAAB45BMAoKYAAOCmAADxpgAAOacAAEenAACSpwAAoacAAOunAADzpwAARKgAAGSoAACdqAAAqagAAPaoAAAKqQAAT6kAAFepAACoqQAArqkAAAGqAAANqgAAWqoAAGSqAACzqgAAuaoAAAyrAAAaqwAAZasAAHGrAAC+qwAA2asAABesAAAZrAAAcKwAAIGsAADJrAAA0awAACKtAAAwrQAAe60AAH6tAADUrQAA3K0AAC2uAAA6rgAAhq4AAIuuAADfrgAA6a4AADivAABArwAAka8AAJOvAADqrwAA+68AAEOwAABUsAAAnLAAAKGwAAD1sAAA+bAAAE6xAABasQAAp7EAAK6xAADR5BMABbIAAFmyAABjsgAAsrIAAMqyAAALswAADrMAAGSzAABtswAAvbMAAL6zAAAWtAAAF7QAAG+0AAB0tAAAyLQAAM60AAAhtQAAK7UAAHq1AACGtQAA07UAANq1AAAstgAARLYAAIW2AACHtgAA3rYAAOe2AAA3twAAQbcAAJC3AACbtwAA6bcAAAG4AABCuAAAWLgAAJu4AACguAAA9LgAAPu4AABNuQAAWbkAACrlEwCouQAA6xYDAKu5AAAxmQEAr7kAAPvNBwCxuQAAaJ0JALe5AAD/uQAAAboAADjFAgANugAAWLoAAGS6AACxugAAZ7oAAG4fCgC+ugAACrsAABS7AABjuwAAZLsAAI+FEwBruwAAvLsAAMO7AAAVvAAA17sAAE3EAQAavAAAbrwAAHq8AADHvAAAyrwAACC9AAAovQAAeb0AAIa9AADSvQAA170AACu+AAA1vgAAhL4AAIy+AADdvgAA4L4AADa/AAA/vwAAj78AAJC/AADovwAA6b8AAEHAAABGwAAAmsAAAKDAAADzwAAA/cAAAEzBAABUwQAApcEAAKfBAAD+wQAAB8IAAFfCAABhwgAAsMIAALvCAAAJwwAAFcMAAGLDAABvwwAAu8MAAMXDAAAUxAAAIsQAAG3EAAB8xAAAxsQAAMjEAAAfxQAAKcUAAHjFAACGxQAA0cUAANbFAAAqxgAAN8YAAIPGAACLxgAA3MYAAN3GAAA1xwAAO8cAAI7HAACTxwAA58cAAPHHAABAyAAARcgAAJnIAACoyAAA8sgAAPfIAABLyQAAXMkAAKTJAACsyQAA/ckAAAPKAABWygAAYsoAAK/KAADMygAACMsAABHLAABhywAAbcsAALrLAAC9ywAAE8wAAB3MAABszAAAeMwAAMXMAADMzAAAHs0AACbNAAB3zQAAkM0AANDNAADkzQAAKc4AADHOAACCzgAAhc4AANvOAADnzgAANM8AADrPAACNzwAAqM8AAObPAADyzwAAP9AAAEXQAACD5RMAotAAAPHQAAD80AAAStEAAFLRAAC34wAAVtEAAKPRAACw0QAA/NEAAAbSAABV0gAAY9IAAK7SAAC90gAAB9MAAAnTAABg0wAAatMAALnTAADH0wAAEtQAABfUAABr1AAAeNQAAMTUAADM1AAAHdUAANTUAADOjwEAHtUAAHbVAAAh1QAACH0BAC3VAAC+tgEAh9UAAM/VAADY1QAAKNYAAD/WAACB1gAAj9YAANrWAADn1gAAM9cAADvXAACM1wAAq9cAANzlEwDu1wAAPtgAAEjYAACX2AAAotgAADXmEwDy2AAASdkAAFLZAACi2QAArNkAAPvZAAAG2gAAVNoAAGDaAACt2gAAutoAAAbbAAAQ2wAAX9sAAG3bAAC42wAAx9sAABHcAAAT3AAAatwAAHTcAADD3AAA0dwAABzdAAAh3QAAdd0AAILdAADO3QAA1t0AACfeAAAt3gAAgN4AAIzeAADZ3gAA9t4AADLfAAA73wAAi98AAJnfAADk3wAA6t8AAD3gAABJ4AAAluAAAJ3gAACO5hMA8eAAAE5uAgD14AAASOEAAE3hAACh4QAAVuEAAMfzBQCu4QAA+uEAABHiAABT4gAAVOIAAKziAACu4gAABeMAAAjjAABe4wAAYeMAAOfmEwDY4wAAEOQAABHkAABp5AAAa+QAAMLkAADF5AAAG+UAAB7lAABA5xMAeeUAAM3lAADT5QAAJuYAAC3mAAB/5gAAoeYAANjmAADg5gAAMecAAEDnAACK5wAAjOcAAOPnAAD05wAAPOgAAE3oAACV6AAAoegAAO7oAAD16AAAR+kAAE/pAACg6QAApOkAAPnpAAAH6gAAUuoAAFzqAACr6gAAtuoAAATrAAAJ6wAAXesAAGbrAAC26wAAwOsAAA/sAAAX7AAAaOwAAGrsAADB7AAAzuwAABrtAAAu7QAAc+0AAHvtAADM7QAAze0AACXuAAAn7gAAfu4AAIHuAADX7gAA2u4AAJnnEwA17wAAie8AAI/vAADi7wAA6e8AADvwAABD8AAAlPAAAKPwAADt8AAA8vAAAEbxAABT8QAAn/EAAK/xAAD48QAABvIAAFHyAABo8gAAqvIAALPyAAAD8wAACfMAAFzzAABo8wAAtfMAALzzAADy5xMAE/QAAJS4AwAW9AAAZ/QAABv0AAACaQsAdvQAAMD0AADR9AAAGfUAACf1AABy9QAAfvUAAMv1AADY9QAAJPYAAC72AAB99gAAhfYAANb2AADZ9gAAL/cAADv3AACI9wAAlfcAAOH3AADr9wAAOvgAAEL4AACT+AAAlfgAAOz4AAD1+AAARfkAAE/5AACe+QAAqfkAAPf5AAAM+gAAUPoAAFj6AACp+gAAwvoAAAL7AAAL+wAAW/sAAGX7AAC0+wAAvPsAAA38AAAa/AAAZvwAAGv8AAC//AAAx/wAABj9AAAZ/QAAcf0AAHP9AADK/QAAzf0AACP+AAAm/gAAS+gTAIH+AADV/gAA2/4AAC7/AAA1/wAAh/8AAI//AADg/wAA7v8AADkAAQA8AAEAkgABAJoAAQDrAAEA7gABAEQBAQBQAQEAnQEBAKcBAQCk6BMA9wEBAOV8EAD4AQEATwIBAPkBAQCnmQ4AAAIBAFR/EAABAgEANF8GAAUCAQByWQIABgIBAHQbDgAaAgEAPjwCAFgCAQCoAgEAXgIBAFVsDwCyAgEAAQMBAAwDAQBaAwEAZgMBALMDAQDAAwEADAQBABYEAQBlBAEAcwQBAL4EAQDNBAEAFwUBABkFAQBwBQEAegUBAMkFAQDXBQEAIgYBACcGAQB7BgEAiAYBANQGAQDkBgEALQcBAC8HAQCGBwEAlAcBAN8HAQDwBwEA/egTAD8IAQBW6RMAmQgBAK/pEwDzCAEAQwkBAE0JAQCcCQEApwkBAPUJAQABCgEATgoBAFsKAQCnCgEAsQoBAAALAQAOCwEAWQsBAGgLAQCyCwEAtAsBAAsMAQAVDAEAZAwBAHIMAQC9DAEAwgwBABYNAQAjDQEAbw0BAHcNAQDIDQEA2A0BACEOAQAjDgEAeg4BAIgOAQDTDgEA5A4BAAjqEwAzDwEAYeoTAJ4PAQDeDwEA7w8BADcQAQBDEAEAkBABAJgQAQC66hMA7hABAEIRAQBKEQEAmxEBAJ0RAQD0EQEAoBEBALT6CACqEQEAj08GAP0RAQBNEgEAAxIBAA67CwBXEgEAphIBALESAQD/EgEACxMBAFgTAQBlEwEAsRMBALsTAQAKFAEAGBQBAGMUAQByFAEAvBQBAL4UAQAVFQEAHxUBAG4VAQB6FQEAxxUBAM8VAQAT6xMAIxYBAHkWAQCHFgEA0hYBAN8WAQArFwEAQhcBAIQXAQCMFwEA3RcBAPMXAQA2GAEAQhgBAI8YAQCeGAEA6BgBAPMYAQBBGQEAQxkBAJoZAQCnGQEA8xkBAAEaAQBMGgEATxoBAKUaAQC7GgEA/hoBAAYbAQBXGwEAaRsBAGzrEwC4GwEA13MFALobAQAx8BEAvRsBABouDwC/GwEACRwBAA4cAQBiHAEAaRwBALscAQDHHAEAFB0BACEdAQBtHQEAbx0BAMYdAQDcHQEAHx4BACseAQB4HgEAlx4BANEeAQDtHgEAKh8BADIfAQDF6xMAhR8BANwfAQDlHwEANSABAD8gAQCOIAEAmSABAOcgAQDzIAEAQCEBAE0hAQCZIQEAoyEBAPIhAQAAIgEASyIBAFoiAQCkIgEApiIBAP0iAQAHIwEAViMBAGQjAQCvIwEAtCMBAAgkAQAVJAEAYSQBAHEkAQC6JAEAvCQBABMlAQAhJQEAbCUBAH0lAQAe7BMAzCUBAHfsEwAgJgEADeUGACMmAQB3JgEAJyYBAJMDAgAqJgEAOlAJACwmAQC8xgEAMiYBAPpxBgB+JgEAYZMDAIQmAQDQJgEA5yYBACknAQAuJwEAgicBAIUnAQDbJwEAjCcBALKmBwCeJwEA0rEHAOAnAQDpqwcA5ycBADQoAQA6KAEAETUBAEMoAQCNKAEAligBAOYoAQDsKAEAPykBAE0pAQCYKQEAoikBAPEpAQAFKgEASioBAFYqAQCjKgEAtioBAPwqAQALKwEAVSsBAGErAQCuKwEArysBAAcsAQARLAEAYCwBAG4sAQC5LAEAviwBABItAQAfLQEAKe0TAH4tAQDELQEA0y0BAB0uAQApLgEAdi4BAHcuAQDPLgEA2S4BACgvAQA2LwEAgS8BAIYvAQDaLwEA5y8BADTuEwA1MAEAjDABAJUwAQDlMAEA7zABAD4xAQBJMQEAlzEBAKMxAQDwMQEA/TEBAEkyAQBTMgEAojIBALAyAQD7MgEACjMBAFQzAQBWMwEArTMBALczAQAGNAEAFDQBAF80AQBsNAEAuDQBAM80AQCN7hMALDUBAGo1AQB2NQEAwzUBAMk1AQAcNgEAKDYBAHU2AQB7NgEAzjYBANQ2AQAnNwEALDcBAIA3AQCGNwEA5u4TAOI3AQAyOAEAPDgBAIs4AQCWOAEA5DgBAPA4AQA9OQEASjkBAJY5AQCgOQEA7zkBAP05AQBIOgEAVzoBAKE6AQCjOgEA+joBAAQ7AQBTOwEAYTsBAKw7AQCxOwEABTwBABI8AQBePAEAZjwBALc8AQDHPAEAED0BABI9AQBpPQEAdz0BAMI9AQDTPQEA8e8TACI+AQBK8BMAej4BAM0+AQDZPgEAJj8BADY/AQB/PwEAiD8BANg/AQDbPwEAMUABAD1AAQCKQAEAkUABAONAAQDrQAEAPEEBAFpBAQCVQQEAnUEBAO5BAQD/QQEAR0IBAExCAQCgQgEAt0IBAPlCAQAHQwEAUkMBAF9DAQCrQwEAs0MBAAREAQAIRAEAXUQBAF9EAQC2RAEAuUQBAA9FAQAXRQEAaEUBAG5FAQDBRQEAzUUBABpGAQAqRgEAc0YBAHxGAQDMRgEAz0YBACVHAQAxRwEAfkcBAIVHAQCj8BMA4EcBADBIAQAzSAEAiUgBAJdIAQDiSAEA70gBADtJAQBSSQEAlEkBAJxJAQDtSQEA70kBAEZKAQBPSgEAn0oBAKlKAQD4SgEAA0sBAFFLAQBdSwEAqksBALdLAQADTAEADUwBAFxMAQBqTAEAtUwBAMRMAQAOTQEAEE0BAGdNAQBxTQEAwE0BAM5NAQAZTgEAHk4BAHJOAQB/TgEAy04BANNOAQAkTwEAOk8BAH1PAQCJTwEA1k8BAOVPAQAvUAEAOlABAIhQAQCKUAEA4VABAO5QAQA6UQEASFEBAJNRAQCWUQEA7FEBAAJSAQD88BMATVIBAJJkAgBRUgEAvg8CAFNSAQC72QIAXVIBAJ5SAQCgUgEA91IBAAhTAQBQUwEAYVMBAKlTAQCuUwEAAlQBAAZUAQBbVAEAZ1QBALRUAQC7VAEADVUBABVVAQBmVQEAhFUBAL9VAQDHVQEAVfETAB1WAQBxVgEAclYBADCUEACAVgEArroOAIpWAQDKVgEAzFYBACNXAQA8VwEAfFcBAI1XAQDVVwEA4VcBAC5YAQAwWAEAh1gBAJBYAQDgWAEAllgBAMleAQDqWAEAOVkBAERZAQCSWQEAnlkBAOtZAQD4WQEARFoBAE5aAQCdWgEAq1oBAPZaAQAFWwEAT1sBAFFbAQCoWwEAslsBAAFcAQAPXAEAWlwBAF9cAQCzXAEAwFwBAAxdAQAYXQEAZV0BAGtdAQC+XQEAxF0BABdeAQAcXgEAcF4BAHZeAQCu8RMA2F4BACJfAQAuXwEAe18BAH5fAQDUXwEA118BAC1gAQA0YAEAhmABAJJgAQDfYAEA7GABADhhAQBGYQEAkWEBAJ1hAQDqYQEA8WEBAAfyEwBJYgEAnGIBAKJiAQD1YgEA+mIBAE5jAQBUYwEAYPITAKhjAQD5TQIAsWMBAFHPDQCzYwEAnccTALVjAQDPvQ4AtmMBAABkAQAMZAEAWWQBAFpkAQCyZAEAZWQBAM3NDgC8ZAEAC2UBABllAQBkZQEAaWUBAL1lAQDKZQEAufITABhmAQB9hQ4AJGYBAEd4DgA5ZgEAEvMTAJVmAQDIZgEA72YBACFnAQBFZwEAemcBAIJnAQBr8xMA32cBACxoAQAuaAEAhWgBAIhoAQDeaAEA42gBADdpAQBEaQEAkGkBAKxpAQDpaQEA8WkBAMTzEwBLagEAm2oBAE9qAQAJdQEAnmoBAPRqAQAAawEATWsBAFNrAQCmawEAs2sBAP9rAQABbAEAWGwBAG5sAQCxbAEAvWwBAAptAQASbQEAHfQTAGltAQC8bQEAxG0BABVuAQAWbgEAbm4BAHBuAQDHbgEAym4BACBvAQAjbwEAdvQTAH5vAQDSbwEA2G8BACtwAQAycAEAhHABAIxwAQDdcAEA6nABADZxAQA7cQEAj3EBAJlxAQDocQEA8HEBAEFyAQBDcgEAmnIBAKtyAQDzcgEABHMBAExzAQBRcwEApXMBAKlzAQD+cwEACnQBAFd0AQBedAEAsHQBAMJ0AQDP9BMADnUBAGJ1AQBqdQEAu3UBAL11AQAUdgEAI3YBAG12AQB8dgEAxnYBANJ2AQAfdwEAIncBAHh3AQB7dwEA0XcBANl3AQAqeAEANHgBAIN4AQCIeAEA3HgBAOR4AQA1eQEAP3kBAI55AQCZeQEA53kBAPV5AQBAegEAQ3oBAJl6AQChegEA8noBAA17AQBLewEAVnsBAKR7AQCpewEA/XsBAAB8AQBWfAEAYHwBAK98AQDBfAEAKPUTABZ9AQBhfQEAa30BALp9AQDFfQEAE34BABt+AQBsfgEAcn4BAMV+AQDHfgEAHn8BADd/AQB3fwEAkH8BANB/AQDefwEAKYABADOAAQCCgAEAmIABANuAAQD4gAEANIEBADyBAQCNgQEAnYEBAOaBAQDogQEAP4IBAE2CAQCYggEAqYIBAIH1EwD4ggEA2vUTAEuDAQCjgwEAtIMBAPyDAQAIhAEAVYQBAFeEAQCuhAEAsYQBAAeFAQAThQEAYIUBAGiFAQCM9hMAxIUBABKGAQAehgEAa4YBAHqGAQDEhgEA5IYBAB2HAQAlhwEAdocBAIqHAQDPhwEA1IcBACiIAQAxiAEAgYgBAIeIAQDaiAEA4ogBADOJAQBCiQEAjIkBAJGJAQDliQEA8okBAD6KAQBLigEAl4oBAKOKAQDwigEA/4oBAEmLAQBTiwEAoosBALCLAQD7iwEAAIwBAFSMAQBhjAEArYwBALWMAQAGjQEACY0BAF+NAQBrjQEAuI0BAMKNAQARjgEAG44BAGqOAQB4jgEAw44BANCOAQAcjwEAM48BAHWPAQB4jwEA5fYTANCPAQAnkAEANZABAICQAQCRkAEAPvcTAOCQAQCX9xMAUZEBAIuRAQCbkQEA5JEBAOaRAQA9kgEAS5IBAJaSAQCnkgEA8PcTAPaSAQBJ+BMATZMBAKGTAQCpkwEA+pMBAPyTAQBTlAEAXJQBAKyUAQC2lAEABZUBABCVAQBelQEAapUBALeVAQDElQEAEJYBABqWAQBplgEAd5YBAMKWAQDRlgEAG5cBAB2XAQB0lwEAfpcBAM2XAQDZlwEAJpgBAC6YAQD7+BMAhJgBANiYAQDgmAEAVPkTADiZAQCKmQEAOpkBAIfSBAA+mQEAutYBAEKZAQDQGRAAR5kBAA7/AQBMmQEAOhkEAJaZAQDjmQEA65kBAPSUFQD/mQEAWwQSAAuaAQA8mgEAYpoBAJWaAQC+mgEA7poBABSbAQBHmwEAbZsBAKCbAQComwEA+ZsBACOcAQBSnAEAa5wBAKucAQCtnAEABJ0BAAudAQBdnQEAZZ0BALadAQDFnQEAD54BABWeAQBongEAdJ4BAMGeAQDIngEAGp8BACafAQBznwEAgJ8BAMyfAQDWnwEAJaABADOgAQB+oAEAgKABANegAQDooAEAMKEBADOhAQCJoQEAtKEBAK35EwDloQEAgvoEAOyhAQBNVAcA76EBADuiAQDyoQEANgAPAPOhAQD85wIA+KEBALlYBQBCogEAfqsCAEWiAQDiaQQASqIBAIyHEQBWogEAlKIBAJaiAQDtogEA/qIBAEajAQBUowEAn6MBAKajAQD4owEA+qMBAFGkAQD9owEAb8oCAACkAQCFwQEAYKQBAKqkAQC5pAEAA6UBAA+lAQBcpQEAX6UBALWlAQC4pQEADqYBAC6mAQBnpgEAc6YBAMCmAQDUpgEAGacBACenAQBypwEAeacBAAb6EwDhpwEA7REEAOKnAQAkqAEAJqgBAKVQDgAnqAEAmk8OADGoAQB9qAEAf6gBANaoAQDgqAEAL6kBAOeoAQB4VA4AOKkBAIipAQCOqQEA4akBAO2pAQA6qgEAQaoBAJOqAQCYqgEA7KoBAPiqAQBFqwEASKsBAJ6rAQCrqwEA96sBAPyrAQBQrAEAWqwBAKmsAQC/rAEAAq0BAAStAQBbrQEAZa0BALStAQDDrQEADa4BABiuAQBf+hMAcq4BAL+uAQDMrgEAGK8BACavAQBxrwEAfa8BAMqvAQDRrwEAuPoTACiwAQB8sAEAL7ABAIfyDwAxsAEASV4FAH6wAQBItAQAgbABAOFwDACLsAEAMMEMAJOwAQDVsAEA47ABAC6xAQA7sQEAh7EBAI+xAQDgsQEA6rEBANb1CADwsQEAObIBADuyAQCSsgEAoLIBAOuyAQD8sgEAEfsTAEuzAQBq+xMAorMBAPazAQD8swEAT7QBAFe0AQCotAEAsbQBAAG1AQAEtQEAWrUBAGa1AQCztQEAubUBAAy2AQAUtgEAZbYBAIS2AQAc/BMAwLYBABe3AQAltwEAcLcBAIG3AQB1/BMA0LcBAM78EwAnuAEAe7gBAIG4AQDUuAEA3LgBAC25AQA2uQEAhrkBAIm5AQDfuQEA67kBADi6AQA+ugEAgP0TAJO6AQDqugEA87oBAEO7AQBNuwEAnLsBAKe7AQD1uwEAAbwBAE68AQBbvAEAp7wBALG8AQAAvQEADr0BAFm9AQBovQEAsr0BALS9AQALvgEAFb4BAGS+AQByvgEAvb4BAMK+AQAWvwEAI78BAG+/AQB3vwEAyL8BANi/AQAhwAEAI8ABAHrAAQCIwAEA08ABAOTAAQDZ/RMAM8EBADL+EwCOwQEA3sEBAOHBAQA3wgEAQ8IBAJDCAQCWwgEA6cIBAPbCAQBCwwEARMMBAJvDAQCxwwEA9MMBAADEAQCL/hMAWcQBAKbEAQCsxAEA/8QBAALFAQBYxQEAZsUBALHFAQC2xQEACsYBABfGAQBjxgEAa8YBAOT+EwDJxgEAFccBACPHAQBuxwEAeMcBADPiAQCExwEAx8cBANDHAQAgyAEANsgBAHnIAQCByAEA0sgBANXIAQAryQEANMkBAITJAQCFyQEA3ckBAN7JAQA2ygEAO8oBAI/KAQCVygEA6MoBAPLKAQBBywEATcsBAJrLAQChywEA88sBAPvLAQBMzAEATswBAKXMAQCmzAEA/swBAAzNAQBXzQEAX80BALDNAQDLzQEACc4BABXOAQBizgEAaM4BALvOAQC+zgEAFM8BACLPAQBtzwEAcs8BAMbPAQDTzwEAH9ABACfQAQB40AEAhtABANHQAQDU0AEAPf8TAC3RAQCD0QEALtEBAM9DCwA20QEAxjILADjRAQDBQxEAPdEBAK96EQCG0QEA3NEBAO3RAQA10gEAUdIBAI7SAQCW0gEAlv8TAPjSAQBA0wEASNMBAJnTAQCf0wEA8tMBAPfTAQBL1AEAVNQBAKTUAQCu1AEA/dQBAAvVAQBW1QEAY9UBAK/VAQC71QEACNYBAAvWAQBh1gEAfdYBAO//EwC91gEA2DIQAMTWAQCMORIAxtYBACVcCwDH1gEAE9cBAMnWAQBH/wIAH9cBAGzXAQBv1wEAqmALAHvXAQDF1wEAf9cBAKFPCwDP1wEAHtgBACbYAQCN2gEAKtgBAMQ2EgAs2AEAd9gBADrYAQBsLwoAfNgBAFDNBACE2AEA0NgBAOfYAQAp2QEAMdkBAILZAQCM2QEA29kBAODZAQA02gEAPNoBAEgAFACX2gEA5toBAJnaAQBhhwoAnNoBAJhVBQDr2gEAP9sBAEfbAQChABQAmtsBAPKFAgCb2wEAEBoOAJ3bAQAMwAoAodsBADxsDQCk2wEA8dsBAKbbAQDZjhEA8tsBAJwHEQDz2wEAm/oGAPTbAQCtzQ8A+NsBAErcAQAA3AEAWNACAAHcAQBVjwIACNwBAL0KEQBY3AEAo9wBAKbcAQD83AEABN0BAFXdAQAI3QEAGD8HAAvdAQA0EQcAGN0BAPIKBwBa3QEArt0BAGTdAQD9ZAcAu90BAAfeAQAP3gEA+gAUAGPeAQC53gEAdN4BAGNABQDF3gEAEt8BABjfAQBr3wEAdd8BAFMBFADJ3wEAHeABACrgAQB24AEAfuABAJQPFACC4AEAz+ABAIbgAQCg9AEAkuABAPxrDwDV4AEAKOEBAC7hAQCB4QEAhuEBANrhAQDg4QEArAEUAD/iAQCM4gEAj+IBAOXiAQDv4gEAPuMBAFrjAQCX4wEAs+MBAAUCFADz4wEASeQBAEzkAQCi5AEAruQBAPvkAQAB5QEAVOUBAF7lAQBeAhQAsuUBAAbmAQAT5gEAtwIUAGHmAQAzIxAAYuYBALjmAQBl5gEA210OAHXmAQDkWAwAwuYBABHnAQAU5wEAxwgQABnnAQBzDBQALecBAGrnAQCG5wEAEAMUANDnAQAc6AEAKugBAHXoAQB/6AEAzugBAOroAQAn6QEAQ+kBAGkDFACD6QEA2ekBANzpAQAy6gEAPuoBAIvqAQCR6gEA5OoBAO7qAQDCAxQAQusBAJbrAQCj6wEA7+sBAP/rAQBI7AEASuwBAKHsAQCv7AEA+uwBAAvtAQAbBBQAWu0BAHQEFACy7QEABe4BAAvuAQBe7gEAY+4BALfuAQC97gEAzQQUABrvAQCwUQ4AHu8BAGnvAQB67wEAJgUUAMnvAQB/BRQAI/ABANgFFACC8AEAzfABANTwAQAm8QEALvEBAH/xAQCM8QEA2PEBAN3xAQAx8gEAO/IBAIryAQCS8gEA4/IBAOnyAQA88wEAPvMBAJXzAQCj8wEA7vMBAPHzAQBH9AEAU/QBADEGFACi9AEA+fQBAAf1AQBS9QEAY/UBAIoGFACy9QEA4wYUAAr2AQBd9gEAY/YBALb2AQC79gEAD/cBABX3AQA8BxQAavcBAMH3AQBr9wEA5PMSAHH3AQCxEREAdPcBAHUfBwDc9wEAGvgBABz4AQBz+AEAjfgBAMz4AQDZ+AEA6cwKAN34AQAl+QEAJ/kBAH75AQCL+QEA1/kBAO75AQAw+gEASvoBAIn6AQCL+gEA4voBAI/6AQDhkQ8A5foBADv7AQA++wEAlPsBAKD7AQDt+wEA8/sBAEb8AQBQ/AEAlQcUAKT8AQD4/AEABf0BAFH9AQBd/QEAqv0BALD9AQAD/gEACf4BAFz+AQBh/gEAtf4BALv+AQDuBxQAD/8BAGf/AQAk/wEAvjsGAGn/AQDA/wEAdf8BAGbEAwDG/wEAGQACACcAAgByAAIAdQACAMsAAgDQAAIAJAECADEBAgB9AQIAjQECANYBAgDYAQIALwICAD0CAgCIAgIAmQICAEcIFADnAgIAOgMCAEYDAgCgCBQApAMCAOwDAgD2AwIARQQCAFMEAgCeBAIAnwQCAPcEAgAIBQIAUAUCAFwFAgCpBQIAuQUCAAIGAgAEBgIAWwYCAGkGAgC0BgIAxQYCAPkIFAATBwIAZgcCAHIHAgBSCRQAxQcCABgIAgAeCAIAcQgCAHYIAgDKCAIA0AgCAAQKFAArCQIAfAkCAIYJAgCnYREAlQkCANUJAgDeCQIALgoCADgKAgCHCgIAjwoCAOAKAgDkCgIAOQsCADsLAgCSCwIAlQsCAOsLAgAHDAIAXQoUAEYMAgCdDAIAqgwCAPYMAgADDQIATw0CAFsNAgCoDQIArw0CAAEOAgAJDgIAWg4CAGoOAgCzDgIAuA4CAAwPAgASDwIAZQ8CAG0PAgC2ChQA2g8CABcQAgAfEAIADwsUAHwQAgDJEAIAzBACACIRAgAsEQIAaAsUAIkRAgDUEQIA2xECAC0SAgA1EgIAhhICAJMSAgDfEgIA5BICADgTAgBCEwIAkRMCAJkTAgDqEwIA6xMCAEMUAgBFFAIAnBQCAKkUAgD1FAIAAxUCAE4VAgBdFQIApxUCAK8VAgAAFgIAAhYCAFkWAgBcFgIAshYCALoWAgALFwIAFxcCAGQXAgB3FwIAvRcCAL4XAgAWGAIAIhgCAG8YAgB+GAIAyBgCANIYAgAhGQIALRkCAHoZAgCBGQIAGgwUAOEZAgAsGgIAORoCAIUaAgA9GgIAAFcQAJMaAgDeGgIA4RoCADcbAgBCGwIAkBsCAJwbAgDpGwIA8BsCAEIcAgBKHAIAmxwCAJ8cAgD0HAIAAh0CAE0dAgBXHQIAph0CALEdAgD/HQIABB4CAFgeAgBhHgIAsR4CALseAgAKHwIAEh8CAGMfAgBpHwIAvB8CAMUfAgAVIAIAIiACAG4gAgB7IAIAxyACANUgAgAgIQIALSECAHkhAgCQIQIA0iECANohAgArIgIALSICAIQiAgCRIgIA3SICAPEiAgA2IwIAPiMCAI8jAgCRIwIA6CMCAOsjAgBBJAIARCQCAJokAgCmJAIA8yQCAPkkAgBMJQIAViUCAMwMFACqJQIA/iUCAAsmAgAlDRQAaiYCALAmAgCxJgIACScCABUnAgBiJwIAcScCALsnAgDFJwIAFCgCACAoAgBtKAIAdCgCANcNFADMKAIAAPMOANkoAgAfKQIALikCAHgpAgCEKQIA0SkCANIpAgAqKgIANCoCAIMqAgCRKgIA3CoCAOEqAgA1KwIAQisCAIkOFACWKwIA5ysCAPMrAgBALAIAUywCAJksAgCaLAIA8iwCAP4sAgBLLQIAWi0CAKQtAgCuLQIA/S0CAAkuAgBWLgIAXS4CAOIOFADALgIACC8CABQvAgBhLwIAcS8CALovAgDELwIAEzACABswAgBsMAIAlDACAMUwAgCaMAIAozUCAO0wAgAeMQIAJjECAHcxAgB9MQIA0DECAN4xAgApMgIAQDICAIIyAgCNMgIA2zICAOUyAgA0MwIAYTMCAI0zAgCVMwIA5jMCAPYzAgA/NAIAQTQCAJg0AgCmNAIA8TQCAAI1AgDtDxQAUTUCAEYQFADLNQIA/DUCAAQ2AgBVNgIAWzYCAK42AgC8NgIABzcCAB43AgBgNwIAazcCALk3AgDDNwIAEjgCAD84AgBrOAIAczgCAMQ4AgDUOAIAHTkCAB85AgB2OQIAhDkCAM85AgDgOQIAnxAUAC86AgD4EBQAgzoCANo6AgDoOgIAMzsCAEQ7AgBRERQAkzsCAKoRFADtOwIAAxIUAEY8AgBcEhQAWjwCAFDMDACZPAIA8DwCAP48AgBJPQIAWj0CALUSFACoPQIA+z0CAAc+AgAOExQAXT4CAK0+AgBlPgIA3M8RALo+AgAGPwIAFD8CAF8/AgBpPwIAuD8CANI/AgARQAIAFEACAGpAAgBxQAIAw0ACAONAAgAcQQIANkECAGcTFACCQQIAzkECAIZBAgA9nQIAi0ECAAX5AgDcQQIAJ0ICADFCAgCAQgIAmkICANlCAgDpQgIAMkMCADhDAgCLQwIAjUMCAORDAgD6QwIAPUQCAElEAgCWRAIAmkQCAO9EAgD0RAIASEUCAE5FAgChRQIAwUUCAPpFAgAURgIAU0YCAFVGAgCsRgIAr0YCAAVHAgAIRwIAXkcCAGpHAgC3RwIAvUcCABBIAgAaSAIAwBMUAG5IAgDCSAIAz0gCABtJAgAnSQIAdEkCAIdJAgDNSQIA3EkCACZKAgAySgIAf0oCAIBKAgDYSgIA4koCADFLAgA/SwIAiksCAI9LAgDjSwIA8EsCABkUFAA9TAIAKkoNAD5MAgDAYwMAP0wCAOBuAwBATAIAhXMCAEFMAgDApBEAQkwCALGCAwBDTAIA7IcOAEZMAgAGJxAAR0wCADBeAwBITAIAl6oMAElMAgDltA0ASkwCAKp2DQBLTAIAqWkDAExMAgCVTAIAT0wCAGzVEQBTTAIAInUDAFRMAgAFvxUAVUwCANepEgBWTAIAbbcPAFhMAgB+AhMAX0wCAArwFQBkTAIArOAQAIFMAgAyKxAAh0wCAETdFQCXTAIA7kwCAKZMAgDhnBAA/EwCAEdNAgBYTQIAchQUAKdNAgDLFBQABU4CAFJOAgBhTgIAq04CALVOAgAETwIAEE8CAF1PAgAnTwIA2IsQAGRPAgB9FRQAuE8CAA9QAgAgUAIAaFACAHFQAgDBUAIAzVACABpRAgAdUQIAc1ECAHtRAgDMUQIA1lECACVSAgAqUgIAflICAIZSAgDXUgIA8FICADBTAgA8UwIAiVMCAJFTAgAvFhQA6lMCAIgWFAA+VAIAlFQCAJdUAgDtVAIA+VQCAEZVAgBMVQIAn1UCAKlVAgDhFhQA/VUCAFFWAgBeVgIAOhcUALBWAgADVwIACVcCAFxXAgBhVwIAtVcCALtXAgDsFxQAFlgCAEUYFABpWAIAX1QMAGxYAgDAWAIAc1gCAOIPDADKWAIAGVkCAM9YAgDF1gkAIVkCAE36DgA1WQIAnhgUAHdZAgDLWQIA4VkCACRaAgAlWgIAfVoCAH9aAgDWWgIA3FoCAC9bAgA7WwIAiFsCAI9bAgDhWwIA6VsCADpcAgBDXAIAk1wCAJZcAgDsXAIA+lwCAEVdAgBSXQIAnl0CALVdAgD3XQIA/10CAFBeAgBcXgIAW18CAHheAgCpXgIA0V4CAAJfAgAmXwIAUBkUAHhfAgC0XwIAvV8CAL9gAgDFXwIADWACAD1gAgBmYAIAimACAKkZFADBYAIAGGECAClhAgBxYQIAoWECAMphAgDuYQIAAhoUACViAgD8xA8AKGICAOHqDwApYgIA4esHACxiAgB8YgIAL2ICADgREgA0YgIAMfsSAIZiAgDVYgIAiWICAODzBwCKYgIAC2MRAN1iAgAuYwIAMmMCAIdjAgCJYwIA4GMCAONjAgA5ZAIAVWQCAFsaFACXZAIAl2cOAJxkAgAN5A4AnmQCAOtkAgCiZAIANKEMAAhlAgBEZQIATWUCAJ1lAgCfZQIA9mUCAAdmAgC0GhQAVGYCAKhmAgCxZgIAAWcCABJnAgBaZwIAYWcCALNnAgC7ZwIADGgCAM1nAgApiwIAGWgCAL5oAgAbaAIAImoCACVoAgBlaAIAcWgCAA0bFADDaAIAF2kCACFpAgBwaQIAeGkCAGYbFADVaQIAvxsUACdqAgB7agIAiGoCANRqAgDeagIALWsCAC9rAgCGawIAlGsCAN9rAgDsawIAGBwUAD1sAgCRbAIAnmwCAOpsAgD0bAIAQ20CAEVtAgCcbQIAqm0CAPVtAgACbgIAcRwUAFFuAgAbPBEAVG4CAALuDwBbbgIAp24CALFuAgDKHBQACG8CAFlvAgASbwIAav0DAFtvAgAGixEAY28CAEnMDwBmbwIAEcUGAHBvAgCybwIAcm8CAFokBAB/bwIAwxIOALdvAgALcAIAFXACAGRwAgBscAIAIx0UAL5wAgCN2BEAwHACAFCqEQDHcAIAFnECACJxAgBvcQIAcnECAMhxAgDScQIAIXICADtyAgB6cgIAkXICANNyAgDYcgIALHMCAEhzAgB8HRQAh3MCAN5zAgDrcwIAN3QCAEF0AgDVHRQAmnQCAOl0AgChdAIAEoUJAPV0AgBCdQIARXUCAJt1AgCldQIA9HUCAA52AgBNdgIAU3YCAKZ2AgCodgIA/3YCAA13AgBYdwIAW3cCALF3AgC9dwIACngCAA14AgBjeAIAhngCAC4eFAC+eAIAFXkCACN5AgBueQIAcXkCAMd5AgDTeQIAIHoCACN6AgCHHhQAhHoCANJ6AgDYegIAK3sCADB7AgCEewIAiHsCAN17AgDgewIA4B4UADd8AgCV2w8AOXwCALt+EgA8fAIAj3wCAD98AgAVdxIAQHwCAG2BAgBCfAIA62ISAER8AgDsWhIARXwCAN9pEgBGfAIAd4gSAE18AgDlZg4AUHwCABJuDwCbfAIA6HwCABR9AgBBfQIATX0CAJp9AgCpfQIA830CAP19AgBMfgIAT34CAKV+AgC/fgIA/n4CAAh/AgBXfwIAXH8CALB/AgC6fwIACYACABSAAgBigAIAaIACALuAAgDAgAIAFIECABiBAgA5HxQAcoECAMaBAgB7gQIALHESANCBAgAfggIAKoICAHiCAgB+ggIA0YICANaCAgAqgwIALoMCAJIfFACIgwIA/jADAIqDAgBpiRAAi4MCAAzsDgCNgwIAXi8QAJ2DAgDcgwIA5oMCADWEAgBAhAIAjoQCAJSEAgDnhAIA7IQCAECFAgBEhQIAmYUCALyFAgDrHxQA/4UCAFu4AgAAhgIAS4YCAE6GAgCkhgIAsIYCAP2GAgAVhwIAVocCAGKHAgCvhwIAtYcCAAiIAgAOiAIAYYgCAGaIAgC6iAIAwIgCAEQgFAAdiQIAbIkCAHeJAgDFiQIAy4kCAB6KAgAjigIAd4oCAHuKAgDQigIA04oCAJ0gFAAziwIAgosCAI2LAgDbiwIA4YsCADSMAgA5jAIAjYwCAJGMAgD2IBQA54wCAD+NAgBLjQIAmI0CAKSNAgDxjQIA940CAEqOAgBQjgIAo44CAKiOAgD8jgIAAo8CAE8hFABhjwIAro8CALSPAgAHkAIAE5ACAGCQAgBtkAIAuZACAMiQAgASkQIAHpECAGuRAgB3kQIAxJECAMqRAgAdkgIAI5ICAHaSAgB7kgIAz5ICANWSAgCoIRQAMpMCAFAECgA+kwIAgZMCAEGTAgBGBgsAjZMCANqTAgDikwIARhsVAOaTAgAzlAIAOZQCAIyUAgCSlAIA5ZQCAOqUAgA+lQIARJUCAAEiFACflQIAob0VAKGVAgDwlQIA9pUCAEmWAgD8lQIAQx8DAFeWAgCilgIAu5YCAPuWAgAElwIAVJcCAF6XAgCtlwIAuZcCAAaYAgASmAIAX5gCAGWYAgC4mAIAvpgCABGZAgAWmQIAapkCAHCZAgBaIhQAz5kCAByaAgAmmgIAdZoCAICaAgDOmgIA05oCACebAgAumwIAgJsCAIybAgDZmwIA35sCADKcAgA4nAIAi5wCAJCcAgDknAIA6pwCALMiFABOnQIAlp0CAJedAgDvnQIAnJ0CACajAgD0nQIASJ4CAFaeAgChngIArp4CAPqeAgAEnwIAU58CAF+fAgCsnwIAsp8CAAWgAgARoAIAXqACAHGgAgC3oAIAxqACABChAgAcoQIAaaECAGqhAgDCoQIAzKECABuiAgApogIAdKICAHmiAgDNogIA2qICAAwjFAAyowIAf6MCAI+jAgDYowIA5KMCADGkAgA3pAIAiqQCAJakAgDjpAIA8KQCADylAgBLpQIAlaUCAKGlAgDupQIA+qUCAEemAgBapgIAoKYCAK+mAgD5pgIABacCAFKnAgBTpwIAq6cCALWnAgAEqAIAEqgCAF2oAgBiqAIAtqgCAMOoAgBlIxQAEakCANwTCAAbqQIAaKkCABypAgBpBAwAHakCAOdWDgB8qQIAwakCAM2pAgAaqgIA2qkCAD7hEQAgqgIAc6oCAHmqAgDMqgIA0aoCACWrAgArqwIAviMUAIqrAgDXqwIA5KsCABm9AwDqqwIAMKwCADWsAgCdvgIAOKwCAN4wBAA8rAIAiawCAI+sAgDirAIA6KwCADutAgBArQIAlK0CAJqtAgAXJBQA+a0CAEauAgBMrgIAn64CAKSuAgD4rgIA/64CAFGvAgBfrwIAqq8CAMWvAgADsAIAEbACAFywAgBfsAIAtbACAMOwAgAOsQIAE7ECAGexAgB0sQIAwLECAMyxAgAZsgIAH7ICAHKyAgB4sgIAy7ICANCyAgAkswIAKrMCAHAkFACCswIA1rMCAN+zAgAvtAIAPLQCAIi0AgCPtAIA4bQCAPK0AgA6tQIAP7UCAJO1AgCitQIA7LUCAO61AgBFtgIAVrYCAJ62AgCqtgIA97YCAP22AgBQtwIAVrcCAKm3AgCutwIAArgCAAi4AgDJJBQAcrgCALS4AgDAuAIADbkCABm5AgBmuQIAbLkCAL+5AgDFuQIAGLoCAB26AgBxugIAd7oCACIlFADQugIAou8CAOG6AgAjuwIALLsCAHy7AgCSuwIA1bsCAOG7AgAuvAIAO7wCAIe8AgCRvAIA4LwCAOy8AgA5vQIAP70CAJK9AgCYvQIA670CAPC9AgBEvgIASr4CAHslFACmvgIA9r4CAAC/AgBPvwIAVL8CAKi/AgC4vwIAAcACABrAAgBawAIAX8ACALPAAgC8wAIADMECABnBAgBlwQIAbMECAL7BAgDBwQIAF8ICACPCAgBwwgIAg8ICAMnCAgDYwgIAIsMCAC7DAgB7wwIAfMMCANTDAgDewwIALcQCADvEAgCGxAIAi8QCAN/EAgDsxAIA1CUUADvFAgCRxQIAlMUCAOrFAgD3xQIAQZ0NAPnFAgBDxgIARcYCAJzGAgCfxgIA9cYCAP/GAgBOxwIAWscCAKfHAgC6xwIAAMgCAA/IAgBZyAIAZcgCALLIAgCzyAIAC8kCABXJAgBkyQIAcskCAL3JAgDCyQIAFsoCACPKAgAtJhQAcMoCAMjKAgDUygIAIcsCACfLAgB6ywIAfMsCANPLAgDdywIALMwCADrMAgCFzAIAiswCAN7MAgDrzAIAN80CAEPNAgCQzQIAo80CAOnNAgD4zQIAQs4CAE7OAgCbzgIAnM4CAPTOAgD+zgIATc8CAFvPAgCmzwIAq88CAP/PAgAM0AIAhiYUAGHQAgCx0AIAZNACAAv0DgC30AIACtECAA3RAgBj0QIAcdECALzRAgDB0QIAFdICACLSAgBu0gIAetICAMfSAgDN0gIAINMCACbTAgB50wIAftMCANLTAgDY0wIA3yYUAC3UAgCE1AIAMNQCAMPlEQAy1AIAWk8QAIrUAgCd/xAAk9QCAN3UAgD91AIANtUCADvVAgCP1QIAqtUCAOjVAgD01QIAQdYCAEfWAgCa1gIAqtYCAPPWAgAE1wIATNcCAFHXAgCl1wIAqdcCAP7XAgAK2AIAV9gCAF3YAgCw2AIAttgCAAnZAgAO2QIAYtkCAGjZAgA4JxQAytkCAKySEQDR2QIAFNoCABXaAgBt2gIAftoCAMbaAgDS2gIAH9sCADXbAgB42wIAhNsCANHbAgDe2wIAKtwCADTcAgCD3AIAj9wCANzcAgDj3AIANd0CAEHdAgCO3QIAlN0CAOfdAgDt3QIAQN4CAEXeAgCZ3gIAn94CAJEnFAD03gIA0xcSAPveAgBL3wIATN8CAKTfAgCl3wIA/d8CAALgAgBW4AIAXOACAK/gAgC54AIACOECABThAgBh4QIAaOECALrhAgC/4QIAE+ICABTiAgBs4gIAeOICAMXiAgDL4gIAHuMCACDjAgB34wIAgeMCANDjAgDe4wIAKeQCAC7kAgCC5AIAj+QCANvkAgDn5AIANOUCAEflAgCN5QIAnOUCAOblAgDy5QIAP+YCAEDmAgCY5gIAouYCAPHmAgD/5gIASucCAE/nAgCj5wIAsOcCAOonFAAN6AIAVegCAGHoAgCu6AIAxegCAAfpAgAJ6QIAYOkCAHHpAgC56QIAu+kCABLqAgDB6QIAbYwDABjqAgBr6gIAguoCAMTqAgDN6gIAHesCADPrAgB26wIAgusCAM/rAgDc6wIAKOwCADLsAgCB7AIAjewCANrsAgDt7AIAM+0CAELtAgCM7QIAmO0CAOXtAgDm7QIAPu4CAEjuAgCX7gIApe4CAPDuAgD17gIASe8CAFbvAgBDKBQApO8CAPvvAgAP8AIAVPACAGLwAgCt8AIAuvACAAbxAgAN8QIAX/ECAGvxAgC48QIAy/ECABHyAgAW8gIAavICAHPyAgDD8gIAzfICABzzAgAh8wIAdfMCAIXzAgDO8wIA5/MCACf0AgAs9AIAgPQCAIn0AgDZ9AIA5vQCADL1AgA59QIAi/UCAI71AgDk9QIA8PUCAD32AgBQ9gIAlvYCAKX2AgDv9gIA+/YCAEj3AgBJ9wIAofcCAKv3AgD69wIACPgCAFP4AgBY+AIArPgCALn4AgCcKBQAHvkCAF75AgBq+QIAt/kCAL35AgAQ+gIAGPoCAFfLEQAg+gIAafoCAG76AgDC+gIAyPoCABv7AgAx+wIAdPsCAHb7AgDN+wIA1/sCACb8AgAy/AIAf/wCAJL8AgDY/AIA5/wCADH9AgA9/QIAiv0CAIv9AgDj/QIA7f0CADz+AgBK/gIAlf4CAJr+AgDu/gIA+/4CAPUoFABQ/wIAoP8CAKb/AgD5/wIA//8CAFIAAwBeAAMAqwADALgAAwAEAQMADgEDAF0BAwBzAQMAtgEDALsBAwAPAgMAFgIDAGgCAwB2AgMAwQIDANECAwAaAwMAKAMDAHMDAwCCAwMAzAMDAM4DAwAlBAMALwQDAH4EAwCMBAMA1wQDANwEAwAwBQMAPQUDAIkFAwCVBQMA4gUDAPUFAwA7BgMASgYDAJQGAwCgBgMA7QYDAO4GAwBGBwMAUAcDAJ8HAwCtBwMA+AcDAP0HAwBRCAMAXggDAE4pFACsCAMAAwkDALYIAwB0UwsAFAkDAFwJAwBlCQMAtQkDAMEJAwAOCgMAFgoDAGOXFQAaCgMAZwoDAG0KAwDACgMAxgoDABkLAwAeCwMAcgsDAHgLAwCnKRQA2gsDACQMAwApDAMAfQwDAIQMAwDWDAMA4gwDAC8NAwA2DQMAAhEDADsNAwCIDQMAlQ0DAOENAwDwDQMAOg4DAD8OAwCTDgMAmg4DAOwOAwD4DgMARQ8DAFEPAwCeDwMApA8DAPcPAwD9DwMAUBADAFUQAwCpEAMArxADAAAqFAAOEQMAWxEDAGoRAwC0EQMAuREDAA0SAwAUEgMAZhIDAHISAwC/EgMAyxIDABgTAwAeEwMAcRMDAHcTAwDKEwMAzxMDACMUAwApFAMAWSoUAIgUAwDVFAMA5RQDAC4VAwA8FQMAhxUDAJQVAwDgFQMA7BUDADkWAwBAFgMAkhYDAJoWAwCyKhQA9BYDALwoEwD4FgMAYToDAPwWAwBEFwMAVRcDAJ0XAwClFwMA9hcDAKkXAwCpOw8AABgDAE8YAwBUGAMAqBgDALAYAwABGQMAAxkDAFoZAwAKGQMAxysDAGIZAwCzGQMAyRkDAAwaAwAYGgMAZRoDAHsaAwC+GgMA1xoDABcbAwAjGwMAcBsDAHYbAwDJGwMA0RsDACIcAwAyHAMAexwDAIQcAwDUHAMA4RwDAC0dAwA8HQMAhh0DAJAdAwDfHQMA7R0DADgeAwA9HgMAkR4DAJ4eAwDqHgMA8h4DAAsrFABZHwMAnB8DAJ0fAwD1HwMA/x8DAE4gAwBWIAMApyADALEgAwAAIQMABSEDAFkhAwBhIQMAsiEDALQhAwCQJgMAtSEDAP47BAC4IQMACyIDALkhAwCYSgQAyCEDAEtDBAAXIgMAZCIDAGYiAwC9IgMAxCIDABYjAwAeIwMAbyMDAHAjAwDIIwMAziMDACEkAwAmJAMAeiQDAHskAwDTJAMA3yQDACwlAwAyJQMAhSUDAI8lAwDeJQMA8iUDADcmAwA/JgMAZCsUAJMmAwDpJgMAlyYDAMc2BADsJgMAQicDAFAnAwCbJwMAsicDAPQnAwABKAMATSgDAFUoAwCmKAMApygDAP8oAwAFKQMAWCkDAF0pAwCxKQMAsikDAAoqAwAWKgMAYyoDAGkqAwC8KgMAxioDABUrAwApKwMAbisDAHYrAwAWLBQA1CsDACAsAwAnLAMAeSwDAIUsAwDSLAMA4iwDACstAwA5LQMAhC0DAJEtAwDdLQMA6S0DADYuAwA9LgMAjy4DAJcuAwDILBQA9C4DAEEvAwBLLwMAmi8DAKUvAwDzLwMA+C8DAEwwAwBTMAMApTADAK0wAwAhLRQABjEDAFcxAwBnMQMAsDEDALwxAwAJMgMADTIDAGIyAwBqMgMAuzIDAL0yAwAUMwMAGjMDAG0zAwCEMwMAxjMDAM8zAwAfNAMANTQDAHg0AwCENAMA0TQDAN40AwAqNQMANDUDAIM1AwCGNQMA3DUDAOQ1AwA1NgMAPzYDAI42AwCTNgMA5zYDAO82AwBANwMAUDcDAJk3AwCiNwMA8jcDAP83AwBLOAMAWjgDAKQ4AwCuOAMA/TgDAAs5AwBWOQMAWzkDAK85AwC8OQMACDoDABA6AwB6LRQAbjoDALo6AwCAOgMAPz8DAL86AwATOwMAHTsDAGw7AwB0OwMAxTsDAIM7AwA7UhIAyzsDAB48AwDTOwMAhkgPANQ7AwBJPAoA1TsDAOzAAwDWOwMAtm8NACo8AwB3PAMAeTwDACcfDwB+PAMA0DwDANw8AwApPQMAOD0DAII9AwCTPQMA2z0DAN09AwA0PgMAOj4DAI0+AwCZPgMA5j4DAO4+AwDTLRQAST8DAJg/AwCgPwMA8T8DAPc/AwALIQsA+j8DALJ6AwAAQAMA0KsFAAJAAwBKQAMAT0ADAKNAAwCyQAMA/EADAP5AAwBVQQMAX0EDAK5BAwC6QQMAB0IDAA9CAwAsLhQAeUIDALlCAwDlQgMAEkMDAB5DAwBrQwMAekMDAMRDAwDOQwMAHUQDACVEAwB2RAMAjEQDAM9EAwDbRAMAKEUDADJFAwCBRQMAjEUDANpFAwDfRQMAM0YDADpGAwCMRgMAlEYDAOVGAwD3RgMAhS4UAEtHAwCXRwMAn0cDAPBHAwDyRwMAomgOAPlHAwBJSAMAVkgDAKJIAwC7SAMA+0gDAAxJAwBUSQMAYEkDAK1JAwCwSQMABkoDAAlKAwBfSgMAa0oDALhKAwC/SgMAEUsDABlLAwBqSwMAcEsDAMNLAwDPSwMAHEwDACxMAwB1TAMAgUwDAM5MAwDUTAMAJ00DADNNAwCATQMAjU0DANlNAwDoTQMAMk4DAD5OAwDeLhQAmU4DAOROAwDuTgMAPU8DAEhPAwCWTwMAm08DAO9PAwD4TwMASFADAFJQAwChUAMAqVADAPpQAwD8UAMAU1EDAFtRAwCsUQMArVEDAAVSAwAHUgMAXlIDAG1SAwC3UgMA11IDABBTAwASUwMAaVMDAIBTAwDCUwMAzlMDABtUAwAjVAMANy8UAHpUAwDNVAMA1VQDACZVAwArVQMAf1UDAJhVAwDYVQMABFYDADFWAwA9VgMAilYDAJlWAwDjVgMA7VYDADxXAwBEVwMAlVcDAJtXAwDuVwMA+lcDAEdYAwBXWAMAoFgDAKxYAwD5WAMA/1gDAFJZAwBeWQMAq1kDALhZAwAEWgMAE1oDAF1aAwBpWgMAkC8UAL9aAwAPWwMAKFsDAGhbAwBuWwMAwVsDAMZbAwAaXAMAI1wDAHNcAwB9XAMAzFwDANpcAwAlXQMAMl0DAH5dAwCKXQMA110DAN9dAwDpLxQAMl4DAIleAwCMXgMA4l4DAOpeAwAjjQ4A7V4DADtfAwBDXwMAlF8DAJpfAwDtXwMA+V8DAEZgAwBWYAMAn2ADAKtgAwD4YAMA/mADAFFhAwBdYQMAqmEDALdhAwADYgMAEmIDAFxiAwBoYgMAtWIDAL1iAwCbMBQAGGMDAGdjAwBvYwMA9DAUAMNjAwD5mREAxmMDABlkAwDPYwMA7o0QANFjAwDtig8AH2QDAHJkAwAlZAMA35YOAHRkAwDLZAMA32QDACRlAwAsZQMAfWUDAINlAwDWZQMA4mUDAC9mAwA/ZgMAiGYDAJRmAwDhZgMA52YDADpnAwBGZwMAk2cDAKBnAwDsZwMA+2cDAEVoAwBRaAMAnmgDAKZoAwBNMRQAAWkDAFBpAwBYaQMApjEUAK5pAwACagMACWoDAFtqAwALagMASq4NAA9qAwAO3QYAGGoDAJFfEQBnagMAtGoDALxqAwD/MRQAGWsDAGZrAwB2awMAv2sDAMtrAwAYbAMAHmwDAHFsAwB9bAMAymwDANdsAwAjbQMAMm0DAHxtAwCIbQMA1W0DAN1tAwBYMhQAOG4DAIduAwCPbgMAsTIUAOluAwCAxg4A6m4DALNaEQDvbgMAOW8DAP1uAwDeDgkAAG8DAGxxEAA7bwMAkm8DAKNvAwDrbwMA7W8DAERwAwBKcAMAnXADAKVwAwD2cAMA/HADAE9xAwBbcQMAqHEDALhxAwABcgMADXIDAFpyAwBgcgMAs3IDAL9yAwAMcwMAGXMDAGVzAwB0cwMAvnMDAMpzAwAXdAMAH3QDAAozFAB6dAMAyXQDANF0AwBjMxQAM3UDAHt1AwCAdQMA1HUDAO11AwAtdgMANXYDAIZ2AwCMdgMA33YDAOt2AwA4dwMASHcDAJF3AwCddwMA6ncDAPB3AwBDeAMAT3gDAJx4AwCpeAMA9XgDAAR5AwBOeQMAWnkDAKd5AwCveQMAvDMUAAp6AwBZegMAYXoDABU0FAC1egMAC3sDABd7AwBkewMAbHsDAG40FADKewMAFnwDAB58AwBvfAMAeHwDAMh8AwDVfAMAIX0DACh9AwB6fQMAhn0DANN9AwDjfQMALH4DADp+AwCFfgMAkn4DAN5+AwDqfgMAN38DAD5/AwCQfwMAmH8DAMc0FADrfwMAQoADAFOAAwCbgAMApIADAPSAAwAAgQMATYEDAFWBAwAgNRQAqYEDAP+BAwAHggMAWIIDAFqCAwB5NRQAvYIDAAqDAwAagwMAY4MDACCDAwDybRAAa4MDALyDAwBsgwMAq/8KAMCDAwAVhAMAIIQDAG6EAwB8hAMAx4QDANiEAwAghQMALIUDAHmFAwCBhQMA0jUUANWFAwArhgMANYYDAISGAwCKhgMA3YYDAOuGAwA2hwMARYcDAI+HAwCZhwMA6IcDAPCHAwBBiAMAR4gDAJqIAwCmiAMA84gDAAOJAwBMiQMAT4kDAKWJAwC3iQMA/okDAAaKAwBXigMAZYoDALCKAwC9igMACYsDABGLAwBiiwMAa4sDALuLAwC+iwMAFIwDACCMAwArNhQAdIwDAMaMAwDUjAMAH40DADqNAwB4jQMAho0DANGNAwDUjQMAKo4DADiOAwCDjgMAiI4DANyOAwDpjgMANY8DAD2PAwCOjwMAp48DAOePAwD7jwMAQJADAEiQAwCZkAMAypADAPKQAwD+kAMAS5EDAFGRAwCkkQMAqZEDAP2RAwAFkgMAVpIDAFiSAwCvkgMAuZIDAAiTAwAQkwMAhDYUAGqTAwDkCg0Ab5MDALqTAwDKkwMAE5QDACGUAwBslAMAe5QDAMWUAwDHlAMAHpUDACiVAwB3lQMAhZUDANCVAwDVlQMAKZYDADaWAwCClgMAipYDANuWAwDglgMANJcDAESXAwCNlwMAlZcDAOaXAwDolwMAP5gDAEeYAwCYmAMAnpgDAPGYAwD9mAMASpkDAEyZAwCjmQMAqpkDAPyZAwAamgMAVZoDAFqaAwCumgMAu5oDAAebAwAYmwMAYJsDAHSbAwC5mwMAwZsDABKcAwAtnAMAa5wDAG2cAwDEnAMA1ZwDAB2dAwAmnQMAdp0DAIKdAwDPnQMA150DAN02FAAyngMAgZ4DAIueAwDangMA5p4DADOfAwBJnwMAjJ8DAI2fAwDlnwMA758DAD6gAwBKoAMAl6ADAJ6gAwDwoAMA+KADAEmhAwBLoQMAoqEDAKyhAwD7oQMAA6IDADY3FABgogMAraIDAMqiAwAGowMAD6MDAF+jAwBtowMAuKMDAL6jAwARpAMAHaQDAGqkAwBtpAMAw6QDAMukAwAcpQMAKKUDAHWlAwCIpQMAzqUDAM+lAwAnpgMAOKYDAICmAwCOpgMA2aYDAOimAwAypwMAQKcDAIunAwCVpwMA5KcDAOynAwA9qAMAPqgDAJaoAwCYqAMA76gDAP6oAwBIqQMAaKkDAKGpAwCjqQMA+qkDABGqAwBTqgMAX6oDAKyqAwC0qgMAjzcUAAerAwBeqwMAdKsDALerAwDDqwMA6DcUABWsAwBprAMAc6wDAMKsAwDKrAMAG60DABytAwCmPQ0AHa0DAHStAwB8rQMAsEYNAIWtAwDNrQMA3q0DACauAwArrgMAf64DAIOuAwDYrgMA5K4DADGvAwA4rwMAiq8DAJKvAwDjrwMA568DADywAwBHsAMAlbADAKOwAwDusAMA/7ADAEexAwBTsQMAoLEDAKixAwBBOBQA/LEDAFKyAwBcsgMAq7IDALGyAwAEswMAErMDAF2zAwBsswMAtrMDAMCzAwAPtAMAF7QDAGi0AwBrtAMAwbQDAMq0AwAatQMAM7UDAHO1AwB2tQMAzLUDAN61AwAltgMALbYDAH62AwCMtgMA17YDAOS2AwAwtwMAOLcDAIm3AwCStwMA4rcDAOW3AwA7uAMAR7gDAJo4FACauAMA8zgUAPm4AwBMORQASbkDAP45FABSuQMA6sMSAKK5AwBXOhQApLkDAAn6BQD7uQMAm0cOAAW6AwBRugMAW7oDAKq6AwCsugMAA7sDABa7AwBcuwMAZLsDAIt5DwBouwMAtbsDALu7AwAOvAMAFLwDAGe8AwBsvAMAwLwDAMa8AwCwOhQAI70DAHK9AwB0vQMAy70DANW9AwAkvgMAMr4DAH2+AwCCvgMA1r4DAOO+AwAvvwMAO78DAIi/AwCOvwMA4b8DAOe/AwA6wAMAP8ADAJPAAwCZwAMACTsUAPrAAwBFwQMAUsEDAJ7BAwClwQMA98EDAP/BAwBQwgMAUcIDAOIaDQBTwgMAqcIDAGbCAwDMGA0AvcIDAALDAwAYwwMAW8MDAHTDAwC0wwMAucMDAA3EAwAexAMAYjsUAHfEAwC/xAMAwcQDABjFAwAixQMAccUDAH/FAwDKxQMAz8UDACPGAwAwxgMAfMYDAITGAwDVxgMA4cYDAC7HAwDlxgMAksgDADTHAwCHxwMAjccDAODHAwDlxwMAOcgDAD/IAwC7OxQAlMgDAOvIAwD5yAMARMkDAFXJAwAUPBQApMkDAG08FAD+yQMAT8oDAADKAwAiBQkAQcoDAITzFQBdygMAqMoDAF7KAwA40AMAX8oDAAB5CwC1ygMAAcsDABDLAwBaywMAX8sDALPLAwDJywMADMwDAA3MAwBlzAMAZ8wDAL7MAwDIzAMAF80DACXNAwBwzQMAic0DAMnNAwDazQMAIs4DAC7OAwB7zgMAg84DAHg9FADozgMALc8DAC7PAwCGzwMAks8DAN/PAwDizwMA0T0UADrQAwCR0AMAntADAOrQAwD30AMAQ9EDAEjRAwCc0QMAptEDAPXRAwD90QMATtIDAF7SAwCn0gMAtdIDAADTAwAN0wMAWdMDAGDTAwCy0wMAutMDAAvUAwAO1AMAZNQDAHjUAwC91AMA09QDABbVAwAv1QMAb9UDAHTVAwDI1QMA2dUDACo+FAAp1gMAgz4UAC3WAwDgbQsAPdYDAFVgFgCH1gMA09YDANrWAwAs1wMAONcDAIXXAwCV1wMA3tcDAOzXAwA32AMARNgDAJDYAwCc2AMA6dgDAPDYAwDcPhQARNkDAJvZAwBH2QMALDsFAKjZAwD02QMAAdoDAE3aAwBS2gMAptoDALDaAwD/2gMAB9sDAFjbAwBd2wMAi2QFAGHbAwCx2wMAtNsDAArcAwAW3AMANT8UAGjcAwC83AMAb9wDAE8iDADB3AMAFd0DAB3dAwBu3QMAhN0DAMfdAwDJ3QMAIN4DAC3eAwB53gMAjd4DAI4/FADX3gMAK98DADPfAwCeGQwANd8DAITfAwCM3wMA3d8DAOnfAwA24AMAQ+ADAI/gAwCU4AMA6OADAPHgAwBB4QMAWOEDAJrhAwCl4QMA5z8UAAHiAwBM4gMAT+IDAKXiAwCo4gMA/uIDAAzjAwBX4wMAZOMDALDjAwDH4wMACeQDABHkAwBi5AMAaOQDALvkAwDH5AMAFOUDAB7lAwBt5QMAduUDAMblAwDM5QMAH+YDACzmAwBAQBQAhOYDANHmAwCG5gMALScMAODmAwAq5wMAO+cDAIPnAwCF5wMA3OcDAOLnAwA16AMAQegDAI7oAwCV6AMA5+gDAO/oAwBA6QMAQukDAJnpAwCm6QMA8ukDAPnpAwBL6gMAU+oDAKTqAwCx6gMA/eoDAALrAwBW6wMAYOsDAK/rAwC36wMACOwDABHsAwBh7AMAZOwDALrsAwDG7AMAE+0DABrtAwCZQBQAee0DAMXtAwCC7QMA/PIDAKbtAwCyKwwA4O0DAB7uAwAg7gMAd+4DAIjuAwDQ7gMA3u4DACnvAwAw7wMAgu8DAIrvAwDb7wMA4O8DADTwAwA18AMAjfADAJnwAwDm8AMA7PADAD/xAwBB8QMAmPEDAKLxAwDx8QMA//EDAEryAwBP8gMAo/IDALDyAwDyQBQA/fIDAFXzAwBa8wMArvMDALTzAwAH9AMAEfQDAGD0AwBs9AMAufQDAMD0AwAS9QMAGvUDAGv1AwBt9QMAxPUDANH1AwAd9gMAJPYDAHb2AwB+9gMAz/YDANz2AwAo9wMALfcDAIH3AwCL9wMA2vcDAOL3AwAz+AMAPPgDAIz4AwCP+AMA5fgDAPH4AwA++QMARfkDAEtBFACj+QMAvxwMAKv5AwDw+QMA/fkDAEn6AwBT+gMAovoDAKT6AwD7+gMADvsDAFT7AwBc+wMArfsDALn7AwAG/AMADPwDAF/8AwBl/AMAuPwDAL38AwAR/QMAF/0DAKRBFABt/QMAw/0DAM/9AwAc/gMAN/4DAHX+AwCB/gMAzv4DANT+AwAn/wMANf8DAID/AwCK/wMA2f8DAO3/AwAyAAQARAAEAIsABACnAAQA5AAEABcBBAA9AQQAUgEEAJYBBACoAQQA7wEEAAUCBABIAgQAVAIEAKECBACkAgQA+gIEAP0CBABTAwQAVQMEAKwDBADDAwQABQQEABEEBABeBAQAcAQEALcEBADTBAQAEAUEACIFBAD9QRQAjQUEAMIFBADKBQQAVkIUAB4GBAB0BgQAfAYEAM0GBADmBgQAJgcEADIHBAB/BwQAkAcEANgHBADdBwQAMQgEADUIBACKCAQAkggEAOMIBADtCAQAPAkEAEcJBACVCQQAoQkEAO4JBAD2CQQAr0IUAFoKBACgCgQAoQoEAPkKBAAFCwQAUgsEAGELBACrCwQAtQsEAAQMBAAQDAQAXQwEAGQMBAAIQxQAxAwEAA8NBAAcDQQAaA0EAHYNBADBDQQA1w0EABoOBAAjDgQAcw4EAIkOBADMDgQA1A4EACUPBAA0DwQAfg8EAIMPBADXDwQA8g8EADAQBAA8EAQAiRAEAI8QBADiEAQA5BAEADsRBABSEQQAlBEEAKARBAC6QxQA7hEEAEYSBABXEgQAnxIEAKsSBAD4EgQABxMEAFETBABWEwQAqhMEAMUTBAADFAQACxQEAFwUBABsFAQAtRQEALcUBAAOFQQAHBUEAGcVBAB4FQQAE0QUAMcVBABsRBQAJxYEAHIWBAB8FgQAyxYEANYWBAAkFwQALBcEAH0XBACJFwQA1hcEAOkXBAAvGAQAPRgEAIgYBACSGAQA4RgEAOkYBAAeRRQARhkEAJMZBACZGQQA7BkEAO4ZBABFGgQAXBoEAJ4aBACqGgQA9xoEAP8aBAB3RRQAWxsEAKkbBACvGwQAAhwEAA4cBABbHAQAXhwEALQcBAC/HAQADR0EABIdBABmHQQAdx0EAL8dBADGHQQAGB4EACAeBABxHgQAgR4EAMoeBADPHgQAIx8EACkfBAB8HwQAhB8EANBFFADaHwQALiAEADogBACHIAQAiiAEAOAgBADoIAQAOSEEAEYhBACSIQQAlyEEAOshBAD1IQQARCIEAEwiBACdIgQAsyIEAPYiBAACIwQATyMEAFsjBACoIwQAsiMEAAEkBAAJJAQAKUYUAGMkBACzJAQAvSQEAAwlBAAUJQQAZSUEAGYlBADnmgQAcSUEAL4lBADRJQQAFyYEABgmBABwJgQAfCYEAMkmBADYJgQAIicEACwnBAB7JwQAhycEANQnBADbJwQAgkYUADsoBACGKAQAkygEAN8oBADtKAQAOCkEAE4pBACRKQQAmikEAOopBAAAKgQAQyoEAEsqBACcKgQAqioEAPUqBAD4KgQATisEAFYrBAA0RxQAtSsEAAAsBAAPLAQAWSwEAHUsBACyLAQAeSwEACRwBAC6LAQAjUcUABQtBABkLQQAcS0EAL0tBADHLQQAFi4EACQuBABvLgQAhS4EAMguBADULgQAIS8EACkvBADmRxQAgC8EANMvBADZLwQALDAEADEwBACFMAQAizAEAD9IFADjMAQANzEEAEAxBACQMQQAmjEEAOkxBADxMQQAQjIEAEcyBACbMgQAqzIEAPQyBAD8MgQATTMEAFMzBABjNQQAZjMEAKYzBACrMwQA/zMEAAg0BABYNAQAZTQEALE0BAC4NAQACjUEAA01BACYSBQAZTUEALw1BADJNQQAFTYEACw2BABuNgQAejYEAPFIFADONgQAIDcEACg3BAB5NwQAfTcEANI3BADgNwQAKzgEADU4BACEOAQAjzgEAN04BADlOAQANjkEADs5BACPOQQAqjkEAOg5BAD0OQQAQToEAEc6BACaOgQAqjoEAPM6BAAEOwQATDsEAFE7BAClOwQAqTsEAEpJFAAHPAQAVzwEAHA8BACwPAQAujwEAAk9BAAPPQQAYj0EAGQ9BAC7PQQAyj0EABQ+BAAePgQAbT4EAHU+BADGPgQAyj4EAB8/BAAtPwQAeD8EAII/BADRPwQA3D8EACpABAAyQAQAg0AEAIhABADcQAQA90AEADVBBABBQQQAjkEEAJRBBADnQQQA90EEAEBCBABRQgQAmUIEAJ5CBADyQgQA9kIEAKNJFABUQwQApEMEALVDBAD9QwQAB0QEAFZEBABkRAQAr0QEALBEBAAIRQQAGUUEAGFFBAB1RQQAukUEAMJFBAATRgQAF0YEAGxGBAB6RgQAxUYEAM9GBAAeRwQAKUcEAHdHBAB/RwQA0EcEANVHBAApSAQAREgEAIJIBACOSAQA20gEAOFIBAA0SQQAREkEAI1JBACeSQQA5kkEAOtJBAA/SgQAQ0oEAPxJFACmSgQA8UoEAAxLBABKSwQAWEsEAKNLBACqSwQA/EsEAAhMBABVTAQAXUwEAFVKFAC8TAQAB00EABFNBABgTQQAa00EALlNBADBTQQAEk4EABdOBABrTgQAhk4EAMROBADQTgQAHU8EACNPBAB2TwQAhk8EAM9PBADgTwQAKFAEAC1QBACBUAQAhVAEAK5KFADrUAQAM1EEADtRBACMUQQAjVEEAOVRBADqUQQAPlIEAExSBACXUgQApFIEAPBSBAD6UgQASVMEAFVTBACiUwQAqFMEAPtTBAADVAQAVFQEAFtUBACtVAQAuVQEAAZVBAAMVQQAX1UEAGtVBAC4VQQAyFUEABFWBAAdVgQAalYEAHBWBADDVgQAz1YEABxXBAApVwQAdVcEAIRXBADOVwQA2lcEAAdLFAAqWAQAgFgEAINYBADZWAQA51gEADJZBABJWQQAi1kEAJhZBADkWQQA+lkEAD1aBABJWgQAlloEAKNaBADvWgQA+VoEAEhbBABQWwQAoVsEAKtbBAD6WwQA/1sEAFNcBABbXAQArFwEALhcBAAFXQQAEl0EAF5dBABoXQQAt10EAL1dBAAQXgQAJF4EAGleBABxXgQAwl4EANBeBAAbXwQAKF8EAHRfBAB8XwQAzV8EANpfBAAmYAQANGAEAH9gBACQYAQA2GAEAOBgBAAxYQQAR2EEAIphBACMYQQA42EEAORhBABgSxQAQWIEAG8AEABKYgQAlWIEAKRiBADuYgQA+mIEAEdjBABPYwQAuUsUAKVjBAD5YwQAAmQEAFJkBABfZAQAq2QEALJkBAAEZQQAB2UEAF1lBABlZQQAtmUEALtlBAAPZgQAGGYEAGhmBAByZgQAwWYEAMlmBAAaZwQAH2cEAHNnBACDZwQAzGcEANRnBAAlaAQAK2gEAH5oBACAaAQA12gEAORoBAAwaQQAR2kEAIlpBACVaQQAEkwUAO5pBAA7agQAQWoEACjfEQBSagQAlGoEAKBqBADtagQA82oEAEZrBABOawQAn2sEAKZrBAD4awQABmwEAFFsBABsbAQAqmwEALhsBAADbQQACm0EAFxtBABobQQAtW0EAL1tBABrTBQAIm4EAGduBABvbgQAwG4EAPFuBAAZbwQAJW8EAHJvBAB4bwQAy28EANBvBADETBQAMHAEAH1wBACEcAQA1nAEAN5wBAAvcQQAMXEEAIhxBACScQQA4XEEAOlxBAAdTRQASHIEANSABABJcgQAk3IEAJVyBADscgQA/XIEAEVzBABWcwQAnnMEAKpzBAD3cwQA/nMEAFB0BABYdAQAqXQEANZ0BAACdQQAB3UEAFt1BABcdQQAtHUEAL51BAANdgQAG3YEAGZ2BABrdgQAv3YEAMx2BAAYdwQANHcEAHF3BACNdwQAdk0UANd3BAAjeAQAJ3gEAHx4BACCeAQA1XgEANd4BAAueQQAL3kEAId5BACqeQQA4HkEAAR6BAA5egQAZnoEAJJ6BACaegQA63oEAPB6BABEewQAUXsEAJ17BAClewQA9nsEAPh7BABPfAQAV3wEAKh8BADVfAQAAX0EAA59BABafQQAX30EALN9BADAfQQADH4EABh+BABlfgQAkn4EAL5+BADGfgQAF38EADJ/BABwfwQAcn8EAMl/BADafwQAIoAEACuABAB7gAQAh4AEAM9NFADhgAQALYEEADSBBACGgQQAkoEEAN+BBADygQQAOIIEAECCBACRggQAloIEAOqCBADzggQAQ4MEAE2DBACcgwQApIMEAPWDBAD6gwQAToQEAF6EBACnhAQAr4QEAACFBAAZhQQAWYUEAF6FBACyhQQAu4UEAAuGBAAYhgQAZIYEAGuGBAC9hgQAwIYEAChOFAAbhwQAb4cEACOHBADrjw4AeIcEAMiHBADQhwQAIYgEACyIBAB6iAQAfIgEANOIBADuiAQALIkEADiJBACFiQQAjYkEAIFOFADriQQAN4oEAD+KBACQigQAnIoEAOmKBADvigQAQosEAEiLBACbiwQAoIsEAPSLBAD6iwQA2k4UAFqMBACmjAQArowEAP+MBAATjQQAWI0EAF2NBACxjQQAuo0EAAqOBAAQjgQAY44EAGuOBAC8jgQAv44EABWPBAAyjwQAbo8EAH+PBADHjwQAz48EACCQBAAjkAQAeZAEAI2QBADSkAQA35AEACuRBAA1kQQAhJEEAIaRBADdkQQA8JEEAIxPFAA7kgQAj5IEAKCSBADokgQA8ZIEAEGTBABXkwQAmpMEAKeTBADzkwQA+5MEAEyUBABrlAQA5U8UALGUBAD+lAQABpUEAD5QFABalQQAsJUEALiVBAAJlgQAFpYEAGKWBABnlgQAu5YEAMOWBAAUlwQAFZcEAG2XBABvlwQAxpcEAMyXBAAfmAQAIZgEAHiYBACOmAQA0ZgEAN2YBAAqmQQANJkEAIOZBACPmQQA3JkEAOKZBAA1mgQAPZoEAI6aBADDmgQAl1AUAO2aBABAmwQATJsEAJmbBACamwQA8psEAPSbBABLnAQAUZwEAKScBACwnAQA/ZwEAASdBABWnQQAXp0EAK+dBACynQQACJ4EABKeBABhngQAY54EALqeBADEngQAE58EAB+fBABsnwQAgp8EAMWfBADRnwQAHqAEACugBAB3oAQAgaAEANCgBADYoAQAKaEEADuhBADwUBQAhKEEANuhBADloQQANKIEADaiBACNogQAlaIEAMq4EgCmogQA5qIEAOiiBAA/owQAQqMEAJijBACkowQA8aMEAPmjBABJURQAXqQEAKOkBACmpAQA/KQEAAalBABVpQQAYaUEAK6lBADEpQQAB6YEAA+mBABgpgQAbqYEALmmBAC8pgQAEqcEABqnBABrpwQAbqcEAMSnBAB5pwQAEa8EAM6nBAAdqAQAz6cEAD6rBAAfqAQAdqgEAHyoBADPqAQA2agEACipBAA2qQQAgakEAI6pBADaqQQA8akEADOqBAA7qgQAjKoEAJWqBADlqgQA5qoEAKJRFABHqwQAl6sEAKGrBADwqwQA+qsEAEmsBABXrAQAoqwEAK+sBAD7rAQAEq0EAFStBABcrQQAra0EALStBAAGrgQAC64EAF+uBABjrgQAuK4EAMWuBAD7URQAHq8EAGqvBAByrwQAw68EAMmvBAAcsAQAKLAEAHWwBACEsAQAzrAEANOwBAAnsQQAQrEEAICxBACMsQQA2bEEAN+xBAAysgQARrIEAIuyBACTsgQA5LIEAPqyBAA9swQAQrMEAJazBACdswQA77MEAPuzBABUUhQAT7QEAKG0BACvtAQA+rQEAAe1BABTtQQAarUEAKy1BAC0tQQABbYEAAu2BABetgQAarYEALe2BAC+tgQAELcEAB63BABptwQAbLcEAMK3BADKtwQAG7gEACm4BAB0uAQAd7gEAM24BADVuAQAJrkEADe5BAB/uQQAhLkEANi5BADauQQAMboEADi6BACKugQAmLoEAOO6BADwugQAPLsEAFO7BACVuwQAnbsEAO67BAD4uwQAR7wEAFK8BACgvAQArLwEAPm8BAABvQQArVIUAFS9BACrvQQAtb0EAAS+BAAGvgQAXb4EAGC+BAC2vgQAwr4EAA+/BAAZvwQAaL8EAHC/BADBvwQAz78EABrABAAnwAQAc8AEAHvABADMwAQA4sAEACXBBAAxwQQAfsEEAJTBBADXwQQA3MEEADDCBAA2wgQAicIEAJ3CBAAGUxQA5cIEADvDBABDwwQAlMMEAKLDBADtwwQAqsMEAAl0CQD6wwQARsQEAE7EBACfxAQAqcQEAPjEBAADxQQAUcUEAF3FBACqxQQAssUEAF9TFAAJxgQAXMYEAGHGBAC1xgQAxMYEAA7HBAAaxwQAZ8cEAGrHBADAxwQAw8cEABnIBAAhyAQAcsgEAHfIBADLyAQA28gEACTJBAAsyQQAfckEAIDJBADWyQQA4MkEAC/KBAAxygQAiMoEAI7KBADhygQA68oEADrLBABIywQAk8sEAKDLBADsywQAA8wEAEXMBABNzAQAnswEAKfMBAD3zAQA+MwEALhTFABdzQQAqc0EAKzNBAC90wsAr80EAEwvCwCxzQQAAs4EALPNBACwoAUAtc0EAIB5BwAFzgQA+ZoJAAjOBACn/gcADM4EAFvOBAAQzgQAgfYLABLOBABMcgkAYM4EALTOBABnzgQATugFAGnOBABugwsAvM4EAA3PBAAQzwQAZs8EAHLPBAC/zwQAxc8EABjQBAAz0AQAcdAEAH3QBADK0AQA0NAEACPRBAAr0QQAfNEEAH7RBADV0QQAgdEEADfjBADf0QQALtIEADbSBAARVBQAmNIEAODSBADn0gQAOdMEAEHTBACS0wQAn9MEAOvTBADw0wQARNQEAE7UBACd1AQApdQEAPbUBAD41AQAH+ULAPvUBADClQkAANUEAE/VBAAF1QQAmfQEAAbVBACtlgoAVdUEAKjVBACq1QQAAdYEAA7WBABa1gQAXdYEALPWBADE1gQADNcEAA7XBABl1wQAb9cEAL7XBADK1wQAF9gEAB/YBADDVBQAddgEAMnYBADM2AQAItkEACzZBAB72QQAg9kEANTZBADh2QQALdoEAC/aBACG2gQAnNoEAN/aBADr2gQAONsEAEDbBAAcVRQAltsEAOrbBAD52wQAQ9wEAEXcBACc3AQArdwEAPXcBAAA3QQATt0EAFPdBACn3QQAqt0EAADeBAAK3gQAWd4EAGveBACy3gQAut4EAAvfBAAV3wQAZN8EAGnfBAC93wQAxd8EABbgBAAY4AQAb+AEAHbgBADI4AQAz+AEACHhBAAn4QQAeuEEAIbhBADT4QQA1uEEACziBAAv4gQAheIEAKHiBADe4gQA5uIEAM5VFABE4wQAkOMEAJjjBADp4wQA7OMEAELkBABH5AQAm+QEAKrkBAD05AQAFOUEAE3lBABZ5QQApuUEALDlBAD/5QQAB+YEAFjmBABq5gQAJ1YUALvmBAAK5wQAGOcEAGPnBABw5wQAvOcEANPnBAAV6AQAHegEAG7oBAB96AQAx+gEAMzoBAAg6QQALekEAHnpBACG6QQA0ukEAN7pBAAr6gQAOuoEAITqBACO6gQA3eoEAOvqBAA26wQAO+sEAI/rBACc6wQA6OsEAOvrBABB7AQASewEAJrsBACf7AQA8+wEAADtBABM7QQAVO0EAKXtBACu7QQA/u0EAAvuBABX7gQAZe4EALDuBADD7gQACe8EABHvBABi7wQAae8EALvvBADA7wQAFPAEACrwBABt8AQAb/AEAMbwBADU8AQAH/EEACzxBAB48QQAgPEEANHxBADU8QQAKvIEAC/yBACD8gQAkvIEANzyBAD88gQANfMEAEHzBACO8wQAmPMEAOfzBADv8wQAQPQEAFL0BACAVhQAnvQEAPL0BAD/9AQAS/UEAFj1BACk9QQAsPUEAP31BAAM9gQAVvYEAGD2BACv9gQAt/YEAAj3BAAS9wQAYfcEAGb3BAC69wQAwvcEANlWFAAf+AQAbPgEAHL4BADF+AQA4PgEAB75BAAq+QQAd/kEAH35BADQ+QQA7PkEACn6BAAx+gQAMlcUAIr6BADb+gQA5foEADT7BAA/+wQAjfsEAJn7BADm+wQA7vsEAItXFABL/AQAmPwEAJ78BADx/AQADP0EAEr9BABW/QQAo/0EAKn9BAD8/QQABP4EAFX+BABb/gQArv4EALf+BAAH/wQAFP8EAGD/BABt/wQAuf8EAMf/BAASAAUAHwAFAGsABQCCAAUAxAAFAMwABQAdAQUAIgEFAHYBBQAuAQUAjAMFAIMBBQDPAQUA1wEFACgCBQAzAgUAgQIFAIYCBQDaAgUA3QIFADMDBQA9AwUA5FcUAJEDBQDlAwUA9AMFAD4EBQBABAUAlwQFAKgEBQDwBAUAAQUFAEkFBQBdBQUAPVgUALMFBQD7BQUA/gUFAFQGBQADBgUAoTkJAAgGBQCOKRIAXgYFAK0GBQCvBgUABgcFABAHBQBfBwUAawcFALgHBQDiBwUAEQgFABwIBQCgIAYANwgFAGoIBQCgCAUAwwgFAOkIBQAcCQUAQgkFAHUJBQCsCQUAzgkFAPkJBQAnCgUALwoFAIAKBQCqCgUA2QoFABELBQAyCwUAXQsFAIsLBQCTCwUA5AsFAPMLBQA9DAUAQgwFAJYMBQCfDAUA7wwFAKMMBQDuFAUAAA0FAEgNBQBPDQUAoQ0FAKkNBQD6DQUABw4FAFMOBQBYDgUArA4FALYOBQAFDwUADQ8FAF4PBQBoDwUA4hsFAG0PBQC3DwUAvA8FABAQBQAdEAUAaRAFAHYQBQDCEAUAzhAFABsRBQAqEQUAdBEFAH4RBQDNEQUA1REFACYSBQAwEgUAfxIFAIQSBQDYEgUA4BIFAJZYFAA9EwUAihMFAJATBQDjEwUA/hMFADwUBQBIFAUAlRQFAJsUBQDvWBQA+xQFAEcVBQBTFQUAoBUFAK8VBQD5FQUAAxYFAFIWBQBgFgUAqxYFALAWBQAEFwUAERcFAF0XBQBlFwUAthcFAMAXBQAPGAUAFBgFAGgYBQBwGAUAwRgFAMQYBQAaGQUAJhkFAHMZBQB5GQUAzBkFAOcZBQAlGgUAMRoFAH4aBQCEGgUA1xoFAN8aBQAwGwUAMhsFAIkbBQCTGwUASFkUAOgbBQA7HAUAPRwFAJQcBQChHAUA7RwFAPAcBQBGHQUAVx0FAJ8dBQChHQUA+B0FAAIeBQBRHgUAXR4FAKoeBQCyHgUAoVkUAAgfBQBcHwUAXx8FALUfBQC/HwUADiAFABYgBQBnIAUAdCAFAMAgBQDCIAUAGSEFAC8hBQByIQUAfiEFAPpZFADnIQUAJCIFAEAiBQBTWhQAgiIFANYiBQDjIgUALyMFADwjBQCIIwUAlCMFAOEjBQDwIwUAOiQFAEQkBQCTJAUAoSQFAOwkBQDxJAUARSUFAFIlBQCeJQUAtyUFAPclBQD5JQUAUCYFAFcmBQCsWhQAxiYFAAInBQATJwUAWycFAGcnBQC0JwUAxycFAA0oBQAcKAUAZigFAHIoBQC/KAUAwCgFABgpBQAiKQUAcSkFAH8pBQDKKQUAzykFACMqBQAwKgUABVsUAIEqBQDVKgUA4ioFAC4rBQA7KwUAhysFAJMrBQDgKwUA7ysFADksBQBDLAUAkiwFAKAsBQDrLAUA8CwFAEQtBQBRLQUAnS0FAKUtBQAQXBQA+y0FAE8uBQBXLgUAaVwUAKouBQABLwUADy8FAFovBQBrLwUAwlwUALovBQAbXRQAETAFAGUwBQBtMAUAvjAFAM0wBQAXMQUAHDEFAHAxBQB9MQUAyTEFANYxBQAiMgUALjIFAHsyBQCKMgUA1DIFAN4yBQDNXRQALzMFAEfnEAAzMwUA4I4OAEAzBQCGMwUAlTMFAN8zBQDrMwUAODQFADk0BQCRNAUAmzQFAOo0BQD4NAUAQzUFAEg1BQCcNQUAqTUFACZeFAD5NQUATjYFAFk2BQCnNgUAtTYFAAA3BQARNwUAWTcFAGU3BQCyNwUAujcFAH9eFAAQOAUAZDgFAHE4BQC9OAUAyjgFABY5BQAiOQUAbzkFAH45BQDIOQUA0jkFACE6BQAvOgUAejoFAIc6BQDTOgUA6joFANheFAA5OwUAhTsFAJI7BQDeOwUA6jsFADc8BQBGPAUAkDwFAJo8BQDpPAUA9zwFAEI9BQAFPQUAwvkKAEc9BQCbPQUAqD0FAPQ9BQD8PQUAMV8UAFk+BQCmPgUAtj4FAP8+BQAIPwUAWD8FAFs/BQCxPwUAvT8FAApABQARQAUAil8UAHBABQC8QAUAy0AFABVBBQAWQQUAbkEFAIVBBQDHQQUA4UEFACBCBQAsQgUAeUIFAIxCBQDSQgUA4UIFACtDBQA3QwUAhEMFAIVDBQDdQwUA50MFADZEBQBERAUAj0QFAJREBQDoRAUA9UQFAONfFABbRQUAmkUFAKlFBQDzRQUA9UUFAExGBQD4RQUA50wFAFlGBQClRgUAskYFAP5GBQADRwUAV0cFAGFHBQCwRwUAv0cFAAlIBQAOSAUAYkgFAG9IBQC7SAUAyEgFABRJBQAgSQUAbUkFAHxJBQDGSQUA0EkFAB9KBQAsSgUAeEoFAH1KBQDRSgUA1UoFACpLBQA2SwUAg0sFAIlLBQDcSwUA4ksFADVMBQA6TAUAjkwFAJRMBQA8YBQA9EwFAEBNBQBNTQUAmU0FAKVNBQDyTQUAAU4FAEtOBQBVTgUApE4FALJOBQD9TgUAAk8FAFZPBQBjTwUAr08FALZPBQAIUAUADVAFAGFQBQBtUAUAulAFAL1QBQATUQUAIFEFAGxRBQBxUQUAxVEFAM9RBQAeUgUAKlIFAHdSBQCKUgUA0FIFAN5SBQApUwUALFMFAIJTBQCMUwUA21MFAOdTBQA0VAUAOlQFAI1UBQCTVAUA5lQFAOtUBQA/VQUARVUFAJVgFACaVQUA8VUFAAJWBQBKVgUAW1YFAKNWBQCrVgUA/FYFAAxXBQBVVwUAV1cFAK5XBQC8VwUAB1gFABhYBQDuYBQAZ1gFAEdhFAC6WAUAElkFABdZBQBrWQUAGFkFAPaGBQBxWQUAxFkFAM5ZBQAdWgUAKVoFAHZaBQB8WgUAz1oFANVaBQAoWwUALVsFAIFbBQCHWwUAoGEUAOhbBQAzXAUATFwFAIxcBQCNXAUA5VwFAAJdBQA+XQUARl0FAA2BBQBYXQUAl10FAJpdBQDwXQUA9V0FAKtiFABiXgUAol4FAKheBQD7XgUAuF4FAOwvBgD9XgUAVF8FAFpfBQCtXwUAwV8FAAZgBQAOYAUAX2AFAGxgBQC4YAUAvWAFABFhBQAbYQUAamEFAHJhBQDDYQUA1GEFABxiBQAhYgUAdWIFAHdiBQDOYgUA1WIFACdjBQAzYwUAgGMFAIdjBQDZYwUA9WMFADJkBQA6ZAUABGMUAIxkBQDkZAUA8GQFAD1lBQBKZQUAlmUFAJ5lBQDvZQUA8mUFAEhmBQBTZgUAoWYFAKNmBQD6ZgUAAGcFAFNnBQBfZwUArGcFALNnBQAFaAUADWgFAF5oBQBjaAUAt2gFANBoBQAQaQUAPGkFAGlpBQB1aQUAwmkFANFpBQAbagUAJWoFAHRqBQB8agUAzWoFAN1qBQAmawUANGsFAH9rBQCQawUA2GsFAORrBQBdYxQANmwFAIpsBQCSbAUA42wFAORsBQA8bQUA+WwFAPkUDQBZbQUAlW0FAJ1tBQDubQUA8m0FAEduBQBNbgUAoG4FAKJuBQD5bgUA+m4FAFJvBQBTbwUAq28FALdvBQAEcAUACnAFAF1wBQBlcAUAtnAFALhwBQAPcQUAKnEFAGhxBQBqcQUAwXEFAM9xBQAacgUAK3IFAHNyBQB1cgUAzHIFAOVyBQAlcwUANnMFAH5zBQCKcwUAtmMUAOVzBQAwdAUA83MFANdGCQBGdAUAiXQFAIp0BQDidAUA83QFADt1BQBHdQUAlHUFAKp1BQDtdQUA+XUFAEZ2BQBTdgUAn3YFAKl2BQD4dgUA+nYFAFF3BQBbdwUAqncFALh3BQADeAUACHgFAFx4BQBpeAUAtXgFANF4BQAOeQUAFnkFAA9kFAB1eQUAwHkFANl5BQAZegUAGnoFAHJ6BQCPegUAy3oFANN6BQAkewUANXsFAH17BQCLewUA1nsFAO97BQAvfAUANXwFAIh8BQCKfAUA4XwFAOd8BQA6fQUATn0FAJN9BQCbfQUA7H0FAPl9BQBFfgUASn4FAJ5+BQCofgUA934FAP9+BQBQfwUAYH8FAKl/BQCufwUAAoAFAAuABQBbgAUAaIAFALSABQC7gAUAaGQUAB6BBQBmgQUAdIEFAL+BBQDYgQUAGIIFAB6CBQBxggUAc4IFAMqCBQDQggUAI4MFADeDBQB8gwUAhIMFANWDBQDigwUALoQFADOEBQCHhAUAkYQFAOCEBQDohAUAOYUFAEmFBQCShQUAl4UFAOuFBQD0hQUARIYFAFGGBQCdhgUApIYFAMFkFAD7hgUAT4cFAFCHBQCohwUAtIcFAAGIBQAHiAUAWogFAGuIBQCziAUAx4gFAAyJBQAbiQUAZYkFAGqJBQC+iQUAy4kFABeKBQAnigUAcIoFAH6KBQDJigUA4IoFACKLBQAriwUAe4sFAIGLBQDUiwUA4IsFAC2MBQA0jAUAhowFAKKMBQDfjAUA54wFABplFAA+jQUAkY0FAJeNBQDqjQUA740FAEOOBQBJjgUAc2UUAKGOBQD1jgUA944FAE6PBQBVjwUAp48FALWPBQAAkAUADZAFAFmQBQBwkAUAspAFALqQBQALkQUADJEFAGSRBQBnkQUAvZEFANGRBQAWkgUAJZIFAG+SBQB0kgUAyJIFAMmSBQAhkwUAOJMFACVmFAB8kwUA05MFAOCTBQAslAUAOZQFAIWUBQCKlAUA3pQFAOiUBQA3lQUAP5UFAJCVBQCglQUA6ZUFAPeVBQBClgUAT5YFAJuWBQCilgUA9JYFAPyWBQBNlwUAT5cFAKaXBQCulwUA/5cFAACYBQBYmAUAFZgFACM1BgBdmAUAsZgFALSYBQAKmQUAFJkFAGOZBQB6mQUAvJkFAMKZBQAVmgUAIZoFAG6aBQBxmgUAx5oFAOSaBQAgmwUAMZsFAHmbBQCBmwUA0psFANmbBQArnAUAMZwFAIScBQCSnAUA3ZwFAPicBQA2nQUAQp0FAI+dBQCVnQUA6J0FAP2dBQBBngUASZ4FAJqeBQCkngUA854FAPmeBQBMnwUAWp8FAKWfBQCxnwUA/p8FAAWgBQBXoAUAX6AFAH5mFAC+oAUACaEFAB+hBQBioQUAbqEFALuhBQDAoQUAFKIFAB2iBQBtogUAd6IFAMaiBQDSogUAZpcHAOKiBQAfowUAJ6MFANdmFAB9owUA0aMFAN6jBQAqpAUAN6QFAIOkBQCPpAUA3KQFAOukBQA1pQUAP6UFAI6lBQCcpQUA56UFAOylBQBApgUATaYFAJmmBQChpgUAMGcUAACnBQBLpwUAYacFAKSnBQCwpwUA/acFAAKoBQBWqAUAX6gFAK+oBQC5qAUACKkFABCpBQBhqQUAbakFALqpBQDNqQUAE6oFABSqBQBsqgUAeqoFAMWqBQDLqgUAHqsFACqrBQB3qwUAfqsFAIlnFADVqwUAfx0GANarBQAprAUANawFAIKsBQCErAUA26wFAOWsBQA0rQUAQK0FAI2tBQCVrQUA4mcUAO6tBQA/rgUATq4FAJiuBQCdrgUA8a4FAP6uBQBKrwUAV68FAKOvBQCvrwUA/K8FAAuwBQBVsAUAX7AFAK6wBQC8sAUAB7EFAAyxBQBgsQUAbbEFALmxBQDBsQUAErIFAByyBQBrsgUAcLIFAMSyBQDMsgUAHbMFACizBQB2swUAe7MFAM+zBQDSswUAKLQFADK0BQCBtAUAibQFADtoFADftAUAM7UFAEK1BQCMtQUAjrUFAOW1BQD2tQUAPrYFAEm2BQCXtgUAnLYFAPC2BQDztgUASbcFAFO3BQCitwUAqrcFAPu3BQD9twUAVLgFAGG4BQCtuAUAtLgFAAa5BQAOuQUAX7kFAGC5BQC4uQUAvbkFABG6BQAXugUAaroFAHS6BQDDugUAy7oFAJRoFABPuwUAdbsFAK27BQDOuwUA6LsFACe8BQBNvAUAgLwFAJq8BQDZvAUA/7wFADK9BQBMvQUAi70FALS9BQDkvQUA7L0FAD2+BQA/vgUAlr4FAKO+BQDvvgUA9r4FAEi/BQBQvwUAob8FAKK/BQD6vwUA/78FAFPABQBZwAUArMAFALbABQAFwQUADcEFAO1oFAB6wQUARmkUAL/BBQAQwgUAEsIFAGnCBQB2wgUAwsIFAMnCBQAbwwUAI8MFAHTDBQB1wwUAzcMFANLDBQAmxAUALMQFAH/EBQCJxAUA2MQFAODEBQCfaRQANsUFAIrFBQCMxQUA48UFAOrFBQA8xgUASsYFAJXGBQCixgUA7sYFAAXHBQBHxwUAT8cFAKDHBQCqxwUA+ccFALbHBQBnKwYABMgFAFLIBQBeyAUAq8gFALPIBQD4aRQABckFAF3JBQAOyQUAjrAGABrJBQBknAYAYskFALbJBQC5yQUAD8oFABnKBQBoygUAf8oFAMHKBQDHygUAGssFACbLBQBzywUAdssFAMzLBQDpywUAJcwFADbMBQB+zAUAncwFANfMBQDfzAUAMM0FADLNBQCJzQUAmM0FAOLNBQDszQUAO84FAEnOBQCUzgUAr84FAO3OBQD5zgUARs8FAE7PBQBRahQAq88FAPjPBQAH0AUAUdAFAFbQBQCq0AUAsNAFAAPRBQAK0QUAXNEFAGTRBQC10QUAt9EFAA7SBQAV0gUAZ9IFAGnSBQDA0gUAwdIFABnTBQAj0wUActMFAH7TBQDL0wUA0dMFACTUBQA+1AUAfdQFAIXUBQDW1AUA7NQFAC/VBQA91QUAiNUFAIvVBQDh1QUA5NUFADrWBQBI1gUAk9YFAKDWBQDs1gUAA9cFAEXXBQBN1wUAntcFAKDXBQD31wUA/9cFAFDYBQBn2AUAqdgFALXYBQAC2QUAGNkFAFvZBQBj2QUAtNkFAMLZBQAN2gUAF9oFAGbaBQBu2gUAv9oFAMbaBQAY2wUAJNsFAHHbBQBy2wUAytsFANbbBQAj3AUAMNwFAHzcBQCD3AUA1dwFANjcBQAu3QUANt0FAIfdBQCM3QUA4N0FAO3dBQA53gUAad4FAJLeBQCa3gUAqmoUAPPeBQAzqBQAB98FAETfBQBM3wUAA2sUAKvfBQD23wUA+N8FAE/gBQBg4AUAqOAFALDgBQAB4QUADeEFAFrhBQBg4QUAs+EFALnhBQAM4gUAEeIFAGXiBQBr4gUAXGsUAMPiBQAX4wUAyuIFAPBnDgAf4wUAcOMFAHXjBQACwgsAduMFABkgDQB84wUAFY4MAH/jBQDJ4wUAgeMFAFEdDQCH4wUAFpENAM7jBQAi5AUAz+MFAHG5CgAv5AUAe+QFAIjkBQDU5AUA4OQFAC3lBQA85QUAhuUFAJDlBQDAbBQA6eUFADjmBQA95gUAkeYFAJnmBQAZbRQA7+YFAEPnBQBG5wUAnOcFAKbnBQD15wUAHegFAMttFABU6AUAp+gFAL3oBQAA6QUADukFAFnpBQBm6QUAsukFALTpBQAL6gUAFeoFAGTqBQBw6gUAveoFAMTqBQAW6wUAHusFAG/rBQB26wUAyOsFANHrBQAh7AUALewFAHrsBQCC7AUAJG4UANjsBQAs7QUANO0FAIXtBQCU7QUA3u0FAOPtBQA37gUARO4FAJDuBQCd7gUA6e4FAPXuBQBC7wUAUe8FAJvvBQCl7wUA9O8FAALwBQBN8AUAUvAFAKbwBQCz8AUA//AFAAfxBQBY8QUAYvEFALHxBQC/8QUACvIFACDyBQBj8gUAb/IFALzyBQDB8gUAFfMFAB7zBQBu8wUAePMFAH1uFADR8wUAIPQFACz0BQB59AUAgfQFANZuFADX9AUAK/UFADj1BQCE9QUAkfUFAN31BQDp9QUANvYFAEX2BQCP9gUAmfYFAOj2BQAA9wUAQfcFAEv3BQCa9wUAqPcFAPP3BQAJ+AUATPgFAFj4BQCl+AUAqvgFAP74BQAH+QUAV/kFAGH5BQCw+QUAuPkFAC9vFAAW+gUAYvoFAB/6BQAHmRMAb/oFALv6BQDH+gUAFPsFACP7BQBt+wUAd/sFAMb7BQDU+wUAH/wFACz8BQB4/AUAj/wFANH8BQDZ/AUAKv0FADT9BQCD/QUAiP0FANz9BQDk/QUAiG8UAEH+BQCO/gUAlP4FAOf+BQAC/wUAQP8FAEz/BQCZ/wUAn/8FAOFvFAD6/wUAOnAUAFAABgCkAAYAsQAGAP0ABgAKAQYAVgEGAGIBBgCvAQYAvgEGAAgCBgASAgYAYQIGAG8CBgC6AgYAvwIGABMDBgAgAwYAbAMGAHQDBgCTcBQA0QMGAB4EBgAuBAYAdwQGAIAEBgDQBAYA0wQGACkFBgA1BQYAggUGAIkFBgDscBQA6QUGADQGBgBKBgYAjQYGAJkGBgDmBgYA7QYGAD8HBgBHBwYAmAcGAJ0HBgDxBwYA+gcGAEoIBgBUCAYARXEUAKgIBgD8CAYArwgGAIENBgAECQYAVQkGAFsJBgCuCQYAswkGAAcKBgAQCgYAYAoGAGoKBgC5CgYAxQoGABILBgAaCwYAnnEUAHALBgDECwYAzAsGAB0MBgAoDAYAdgwGAHsMBgDPDAYA0gwGACgNBgAyDQYA93EUAIsNBgDaDQYA3g0GADMOBgA4DgYAjA4GAJIOBgDlDgYABQ8GAD4PBgBGDwYAlw8GAKUPBgDwDwYA8w8GAEkQBgBREAYAohAGAKsQBgD7EAYACBEGAFQRBgBaEQYArREGALkRBgAGEgYACBIGAF8SBgBuEgYAuBIGAMMSBgAREwYAExMGAGoTBgCDEwYAwxMGANQTBgAcFAYAKBQGAFByFAB9FAYAzhQGAO4UBgAnFQYANRUGAIAVBgCNFQYA2RUGAOAVBgAyFgYAThYGAIsWBgCTFgYAqXIUAOkWBgA9FwYAShcGAJYXBgCjFwYA7xcGAPsXBgBIGAYAVxgGAKEYBgCrGAYA+hgGAA8ZBgBTGQYAWxkGAKwZBgC7GQYABRoGAAcaBgBeGgYAZxoGALcaBgC6GgYAEBsGABwbBgBpGwYAhRsGAMIbBgDKGwYAAnMUACAcBgB0HAYAihwGAM0cBgDZHAYAJh0GAEkdBgBbcxQAjB0GANgdBgDlHQYAMR4GAD0eBgCKHgYAmR4GAOMeBgDtHgYAPB8GAEQfBgCVHwYAnx8GAO4fBgDzHwYARyAGAE8gBgC0cxQAtCAGAPkgBgAfIQYAUiEGAHghBgCrIQYA0SEGAAQiBgAvIgYAXSIGAGUiBgC2IgYA4CIGAA8jBgBCIwYAaCMGAI4jBgDBIwYA5yMGABokBgBNJAYAcyQGAJ4kBgDMJAYA1CQGACUlBgAqJQYAnokGADQlBgB+JQYAgyUGANclBgDkJQYAMCYGAD0mBgCJJgYAlSYGAOImBgDxJgYAOycGAEUnBgCUJwYAoicGAO0nBgDyJwYARigGAFMoBgCfKAYApygGAPgoBgD+KAYAUSkGAAIpBgDWhgYAXSkGAKopBgC6KQYAAyoGAAwqBgBcKgYAXyoGALUqBgDBKgYADisGABUrBgANdBQAeysGAMArBgDDKwYAGSwGADYsBgByLAYAgywGAMssBgDSLAYAJC0GAD0tBgB9LQYAhS0GANYtBgDsLQYALy4GADQuBgCILgYAjy4GAOEuBgDqLgYAOi8GAEsvBgCTLwYAny8GAGZ0FADuLwYAZjMGAAAwBgBFMAYASDAGAJ4wBgC7MAYA9zAGAAgxBgBQMQYAXzEGAKkxBgC6MQYAAjIGABAyBgBbMgYAZzIGALQyBgDBMgYADTMGABczBgC/dBQAbDMGAL8zBgDNMwYAGDQGABo0BgBxNAYAeDQGAMo0BgDjNAYAGHUUADc1BgB8NQYAfzUGANU1BgDyNQYALjYGAD82BgCHNgYAjzYGAOA2BgDnNgYAOTcGAD83BgCSNwYAoDcGAOs3BgAGOAYARDgGAFA4BgCdOAYAozgGAPY4BgALOQYATzkGAFc5BgCoOQYAsjkGAAE6BgAHOgYAWjoGAGg6BgCzOgYAvzoGAAw7BgATOwYAZTsGAG07BgBxdRQAxzsGABc8BgAkPAYAcDwGAH48BgDJPAYA2DwGACI9BgAkPQYAez0GAIU9BgDUPQYA4j0GAC0+BgAyPgYAhj4GAJM+BgDfPgYA4j4GADg/BgBEPwYAkT8GAKQ/BgDqPwYA+T8GAENABgBPQAYAnEAGAJ1ABgD1QAYA/0AGAE5BBgBcQQYAp0EGAKxBBgAAQgYADUIGAMp1FABeQgYAskIGAMhCBgALQwYAIUMGAGRDBgBtQwYAvUMGAMpDBgAWRAYAJEQGAG9EBgB+RAYAyEQGAMpEBgAhRQYAK0UGAHpFBgCIRQYA00UGANhFBgAsRgYAOUYGAIVGBgCIRgYA3kYGAOZGBgA3RwYASEcGAJBHBgCeRwYA6UcGAPZHBgBCSAYAYkgGAJtIBgCjSAYA9EgGAARJBgBNSQYAT0kGAKZJBgC0SQYA/0kGABBKBgDVdhQAXkoGALFKBgC9SgYALncUABFLBgBjSwYAF0sGAFtICABqSwYAvEsGAMJLBgAVTAYAIUwGAG5MBgBxTAYAx0wGAMpMBgAgTQYASE0GAHlNBgCcTQYA0k0GAN1NBgArTgYAME4GAIROBgCHTgYA3U4GAOdOBgA2TwYAXk8GAId3FACUTwYA6E8GAPVPBgBBUAYATlAGAJpQBgCmUAYA81AGAAJRBgBMUQYAVlEGAKVRBgCtUQYA/lEGAAhSBgBXUgYAXFIGALBSBgC4UgYA4HcUABZTBgBiUwYAdlMGALtTBgDDUwYAFFQGABlUBgBtVAYAfVQGAMZUBgDOVAYAH1UGAClVBgB4VQYAg1UGANFVBgDdVQYAKlYGADJWBgA5eBQAhFYGANxWBgDoVgYANVcGAERXBgCOVwYAnFcGAOdXBgD3VwYAQFgGAE5YBgCZWAYApVgGAPJYBgD5WAYAS1kGAFNZBgCkWQYAulkGAP1ZBgARWgYAVloGAFlaBgCvWgYAzFoGAAhbBgAZWwYAYVsGAGlbBgC6WwYAxVsGABNcBgAYXAYAbFwGAG9cBgDFXAYAz1wGAB5dBgAhXQYAkngUAHldBgCDdwkAfF0GANBdBgDTXQYAKV4GADNeBgCCXgYAil4GANteBgD6XgYA63gUAEhfBgCNXwYAs18GAOZfBgAMYAYAP2AGAGVgBgCYYAYA0mAGAPFgBgAkYQYASmEGAHBhBgCjYQYAyWEGAPxhBgAvYgYAVWIGAHliBgCuYgYAymIGAAdjBgAPYwYARHkUAGVjBgC5YwYAxmMGABJkBgAfZAYAa2QGAHdkBgDEZAYA02QGAB1lBgAnZQYAdmUGAIRlBgDPZQYA1GUGAChmBgA1ZgYAgWYGAIlmBgCdeRQA5mYGADNnBgBDZwYAjGcGAJVnBgDlZwYA6GcGAD5oBgBKaAYAl2gGAJ5oBgD2eRQA/mgGAElpBgBfaQYAomkGAK5pBgD7aQYAAmoGAFRqBgBcagYArWoGALJqBgAGawYAD2sGAF9rBgBpawYAT3oUALlrBgARbAYAHWwGAGpsBgBwbAYAw2wGAMVsBgAcbQYAJm0GAHVtBgCDbQYAzm0GANNtBgAnbgYANG4GAIBuBgCIbgYA2W4GAONuBgAybwYAQG8GAItvBgChbwYA5G8GAPBvBgA9cAYARHAGAJZwBgCecAYA73AGAPRwBgBIcQYAUXEGAKFxBgCrcQYAqHoUAP1xBgBTcgYAcHIGAKxyBgC9cgYABXMGABNzBgBecwYAdnMGALdzBgC6cwYAEHQGAC10BgBpdAYAenQGAMJ0BgDadAYAG3UGACd1BgB0dQYAh3UGAM11BgDcdQYAJnYGADJ2BgB/dgYAgHYGANh2BgDidgYAMXcGAD93BgCKdwYAj3cGAON3BgDwdwYAAXsUAEF4BgCVeAYAongGAO54BgD7eAYAR3kGAFN5BgCgeQYAr3kGAPl5BgADegYAUnoGAGB6BgCregYAsHoGAAR7BgARewYAXXsGAGV7BgAMfBQAwnsGAA98BgAffAYAaHwGAHF8BgDBfAYAxHwGABp9BgAmfQYAc30GAHp9BgBlfBQA2n0GACV+BgA7fgYAfn4GAIp+BgDXfgYA3n4GADB/BgA4fwYAiX8GAI5/BgDifwYA638GADuABgBFgAYAvnwUAJWABgDtgAYA+YAGAEaBBgBMgQYAn4EGAKGBBgD4gQYAAoIGAFGCBgBfggYAqoIGAK+CBgADgwYAEIMGAFyDBgBkgwYAtYMGAL+DBgAOhAYAHIQGAGeEBgB9hAYAwIQGAMyEBgAZhQYAIIUGAHKFBgB6hQYAy4UGANCFBgAkhgYALYYGAH2GBgCHhgYAF30UAOSGBgAvhwYARYcGAIiHBgCUhwYA4YcGAOiHBgA6iAYAQogGAJOIBgCYiAYA7IgGAPWIBgBFiQYAT4kGAHB9FACfiQYA94kGAAOKBgBQigYAVooGAKmKBgCrigYAAosGAAyLBgBbiwYAaYsGALSLBgC5iwYADYwGABqMBgBmjAYAbowGAL+MBgDJjAYAGI0GACaNBgBxjQYAh40GAMqNBgDWjQYAI44GACqOBgB8jgYAhI4GANWOBgDajgYALo8GADePBgCHjwYAkY8GAMl9FADijwYA0qUOAO6PBgA5kAYASpAGAJKQBgCXkAYA65AGAAKRBgBEkQYAWJEGAJ2RBgC1kQYA9pEGAAWSBgBPkgYAVJIGAKiSBgC1kgYAAZMGAA6TBgBakwYAZpMGALOTBgDCkwYADJQGABaUBgBllAYAbZQGAL6UBgDclAYAF5UGAB+VBgBwlQYAeZUGAMmVBgDWlQYAIpYGACSWBgB7lgYAlJYGANSWBgDllgYALZcGADmXBgCGlwYAjpcGACJ+FADklwYAOJgGAECYBgCRmAYAoJgGAOqYBgDvmAYAQ5kGAFCZBgCcmQYAqZkGAPWZBgABmgYATpoGAF2aBgCnmgYAsZoGAACbBgAImwYAWZsGAGObBgCymwYAt5sGAAucBgATnAYAe34UAHicBgC9nAYAwJwGABadBgAznQYAb50GAICdBgDInQYA+50GACGeBgBAngYAep4GAIKeBgDTngYA1Z4GACyfBgA7nwYAhZ8GAI+fBgDenwYA7J8GADegBgBSoAYAkKAGAJygBgDpoAYA8aAGANR+FABOoQYAm6EGAKqhBgD0oQYA+aEGAE2iBgBTogYApqIGAK2iBgD/ogYAB6MGAFijBgBaowYAsaMGALijBgAKpAYADKQGAGOkBgBkpAYAvKQGAMakBgAVpQYAIaUGAG6lBgB0pQYAx6UGAOGlBgAgpgYAKKYGAHmmBgCPpgYA0qYGAOCmBgArpwYALqcGAISnBgCHpwYA3acGAOunBgA2qAYAQ6gGAI+oBgCmqAYA6KgGAPCoBgBBqQYAQ6kGAJqpBgCiqQYA86kGAAqqBgBMqgYAWKoGAKWqBgC7qgYA/qoGAAarBgBXqwYAZasGALCrBgC6qwYACawGABGsBgBirAYAaawGALusBgDHrAYAFK0GABWtBgBtrQYAea0GAMatBgDTrQYAH64GACauBgB4rgYAe64GANGuBgDZrgYAKq8GAC+vBgCDrwYAkK8GANyvBgAMsAYANbAGAD2wBgAtfxQAlLAGAOewBgD1sAYAQLEGAFGxBgCZsQYAnrEGAPKxBgAJsgYAS7IGAF+yBgCksgYAw7IGAP2yBgAFswYAVrMGAFizBgCvswYAvrMGAAi0BgAStAYAYbQGAG+0BgC6tAYA1bQGABO1BgAftQYAbLUGAHS1BgCGfxQA0bUGAB62BgAttgYAd7YGAHy2BgDQtgYA1rYGACm3BgAwtwYAgrcGAIq3BgDbtwYA3bcGADS4BgA7uAYAjbgGAI+4BgDmuAYA57gGAD+5BgBJuQYAmLkGAKS5BgDxuQYA97kGAEq6BgBkugYAo7oGAKu6BgD8ugYAErsGAFW7BgBjuwYArrsGALG7BgAHvAYACrwGAGC8BgBuvAYAubwGAMa8BgASvQYAKb0GAGu9BgBzvQYAxL0GAMa9BgAdvgYAJb4GAHa+BgCNvgYAz74GANu+BgAovwYAPr8GAIG/BgCJvwYA2r8GAOi/BgAzwAYAPcAGAIzABgCUwAYA5cAGAOzABgA+wQYASsEGAJfBBgCYwQYA8MEGAPzBBgBJwgYAVsIGAKLCBgCpwgYA+8IGAP7CBgBUwwYAXMMGAK3DBgCywwYABsQGABPEBgBfxAYAj8QGALjEBgDAxAYA338UABbFBgBqxQYAhsUGAMPFBgDLxQYAOIAUAFfGBgB1xgYAm8YGAM7GBgD3xgYAJ8cGAFrHBgCAxwYAlccGANnHBgDhxwYAMsgGADXIBgCLyAYAqMgGAOTIBgD1yAYAPckGAEDJBgCWyQYAoMkGAO/JBgDxyQYASMoGAFLKBgChygYArcoGAPrKBgAWywYAU8sGAFvLBgCRgBQA4ssGAAXMBgAIzAYAXswGAITMBgC3zAYA4MwGABDNBgA0zQYAac0GAHHNBgDqgBQAx80GABvOBgAozgYAdM4GAIHOBgDNzgYA2c4GACbPBgA1zwYAf88GAInPBgDYzwYA5s8GADHQBgA20AYAitAGAJfQBgDj0AYA69AGADzRBgBG0QYAldEGAKPRBgDu0QYABNIGAEfSBgBT0gYAoNIGAKXSBgD50gYAAtMGAFLTBgBc0wYAq9MGAMfTBgAE1AYADNQGAEOBFABf1AYAttQGAMTUBgAP1QYAINUGAJyBFABv1QYA9YEUAMbVBgAa1gYAItYGAHPWBgCC1gYAzNYGANLWBgAl1wYAMdcGAH7XBgCA1wYA19cGAOHXBgAw2AYAPNgGAInYBgCR2AYAp4IUAOfYBgA72QYAStkGAJTZBgC02QYA7dkGAPnZBgBG2gYAUNoGAJ/aBgCn2gYA+NoGAPraBgBR2wYAYdsGAKrbBgC02wYAA9wGAA/cBgBc3AYAYtwGALXcBgC93AYAAIMUABjdBgATIxEAG90GAGfdBgBz3QYAwN0GAM/dBgAZ3gYAI94GAHLeBgB63gYAKaAMAIDeBgDL3gYA2N4GACTfBgA73wYAfd8GAIXfBgDW3wYA4N8GAC/gBgA04AYAiOAGAJDgBgBZgxQA7uAGADrhBgBI4QYAk+EGAKbhBgDs4QYA9OEGAEXiBgBI4gYAnuIGAKPiBgD34gYABuMGAFDjBgBw4wYAqeMGALXjBgAC5AYADOQGAFvkBgB35AYAtOQGALzkBgCygxQAIOUGAGblBgBs5QYAv+UGAMvlBgAY5gYAIuYGAHHmBgB35gYAyuYGANjmBgAj5wYAL+cGAHznBgB/5wYA1ecGANbnBgAu6AYAOugGAIfoBgCN6AYA4OgGAOboBgA56QYARekGAJLpBgCv6QYA6+kGAPTpBgBE6gYAUOoGAJ3qBgCg6gYA9uoGAADrBgBP6wYAW+sGAKjrBgCu6wYAAewGAAfsBgBa7AYAX+wGALPsBgC57AYAC4QUABjtBgBl7QYAZ+0GAL7tBgDN7QYAF+4GACLuBgBw7gYAfO4GAMnuBgDQ7gYAIu8GACrvBgB77wYAhe8GANTvBgDf7wYALfAGADnwBgCG8AYAjvAGABaFFADh8AYAOPEGAEvxBgCR8QYAmfEGAOrxBgDw8QYAQ/IGAE/yBgCc8gYApvIGAPXyBgD78gYATvMGAFzzBgCn8wYAs/MGAAD0BgAD9AYAWfQGAGH0BgCy9AYAs/QGAAv1BgAX9QYAZPUGAGr1BgC99QYAxfUGABb2BgAc9gYAb/YGAHv2BgDI9gYA5fYGACH3BgAq9wYAevcGAIb3BgDT9wYA1vcGACz4BgA2+AYAhfgGAI34BgDe+AYA7/gGADf5BgBF+QYAkPkGAKb5BgDp+QYA9/kGAEL6BgBM+gYAb4UUAKr6BgD0+gYA//oGAE37BgBZ+wYApvsGAK37BgD/+wYAB/wGAFj8BgBi/AYAsfwGALz8BgAK/QYAFv0GAGP9BgBr/QYAyIUUAL79BgAV/gYAKP4GAG7+BgB2/gYAx/4GAM3+BgAg/wYALP8GAHn/BgCD/wYA0v8GANj/BgArAAcAOQAHAIQABwCQAAcA3QAHAOAABwA2AQcAPgEHAI8BBwCQAQcA6AEHAPQBBwBBAgcARwIHAJoCBwCiAgcA8wIHAPkCBwBMAwcAWAMHAKUDBwDCAwcA/gMHAAcEBwBXBAcAYwQHALAEBwCzBAcACQUHABMFBwBiBQcAagUHALsFBwDMBQcAFAYHACIGBwBtBgcAgwYHAMYGBwDUBgcAHwcHACkHBwB4BwcAgAcHANEHBwD0BwcAIYYUADUIBwCDCAcAkQgHANwIBwDrCAcANQkHAEAJBwCOCQcAlgkHAOcJBwD1CQcAQAoHAEMKBwCZCgcAoQoHAHqGFAAOCwcA04YUAE0LBwCkCwcAsQsHAP0LBwAKDAcAVgwHAFsMBwCvDAcAuQwHAAgNBwAXDQcAYQ0HAGYNBwC6DQcAxw0HABMOBwAgDgcAbA4HAHgOBwDFDgcA1A4HAB4PBwAoDwcAdw8HAIMPBwDQDwcA1g8HACkQBwAvEAcAghAHAIcQBwDbEAcA4RAHACyHFAA5EQcA+DMHAEURBwCNEQcAmxEHAOYRBwDyEQcAPxIHAEwSBwCYEgcAohIHAPESBwANEwcAShMHAGYTBwCFhxQApRMHAPwTBwAJFAcAVRQHAGIUBwCuFAcAsxQHAAcVBwARFQcAYBUHAG8VBwC5FQcAvhUHABIWBwAfFgcAaxYHAHgWBwDEFgcA0BYHAB0XBwAsFwcAdhcHAIAXBwDPFwcA2xcHACgYBwAuGAcAgRgHAIcYBwDaGAcA3xgHADMZBwA5GQcA3ocUAJgZBwDlGQcA7BkHAD4aBwBMGgcAlxoHAJoaBwDwGgcA+BoHAEkbBwBOGwcAohsHAK8bBwD7GwcAAxwHADeIFABZHAcArRwHALwcBwAGHQcACB0HAF8dBwBwHQcAuB0HAMMdBwARHgcAFh4HAGoeBwBtHgcAwx4HAM0eBwAcHwcAOB8HAJCIFAB8HwcAzh8HANwfBwAnIAcAKiAHAIAgBwCPIAcA2SAHAN4gBwAyIQcAPyEHAIshBwCYIQcA5CEHAPAhBwA9IgcATCIHAJYiBwCgIgcA7yIHAP0iBwBIIwcATSMHAKEjBwCuIwcA+iMHAAYkBwBTJAcAZiQHAKwkBwC7JAcABSUHABElBwBeJQcAXyUHALclBwDBJQcAECYHAB4mBwBpJgcAbiYHAMImBwDPJgcA6YgUAB0nBwB0JwcAgicHAM0nBwDeJwcA9IkUAC0oBwBNihQAhCgHANgoBwDgKAcAMSkHAEApBwCKKQcAjykHAOMpBwDwKQcAPCoHAEkqBwCVKgcAoSoHAO4qBwD9KgcARysHAFErBwD/ihQAoisHAPkrBwAULAcAUiwHAFQsBwCrLAcAxSwHAAQtBwARLQcAXS0HAGktBwC2LQcAwC0HAA8uBwApLgcAaC4HAHcuBwDBLgcAxi4HABovBwAnLwcAcy8HAIAvBwDMLwcA2C8HACUwBwA0MAcAfjAHAIgwBwDXMAcA4zAHADAxBwBDMQcAiTEHAJgxBwDiMQcA7jEHADsyBwA8MgcAlDIHAJ4yBwDtMgcA+zIHAEYzBwBLMwcAnzMHAKwzBwBYixQABTQHAFE0BwBeNAcAqjQHALY0BwADNQcAEjUHAFw1BwBmNQcAtTUHAMM1BwAONgcAEzYHAGc2BwB0NgcAwDYHAMw2BwAZNwcALDcHAHI3BwCBNwcAyzcHANc3BwAkOAcAJTgHAH04BwCHOAcA1jgHAOQ4BwAvOQcANDkHAIg5BwCVOQcAsYsUAO45BwA6OgcAPDoHAJM6BwCsOgcA7DoHAP06BwBFOwcAUTsHAJ47BwCmOwcAvIwUAPw7BwBQPAcAWDwHAKk8BwC4PAcAAj0HAAc9BwBbPQcAaD0HALQ9BwDBPQcADT4HABk+BwBmPgcAdT4HAL8+BwDJPgcAFY0UACs/BwBxPwcAgD8HAMo/BwDWPwcAI0AHACRABwB8QAcAhkAHANVABwDjQAcALkEHADNBBwCHQQcAlEEHAG6NFADlQQcAOUIHAEZCBwCSQgcAn0IHAOtCBwD3QgcAREMHAFNDBwCdQwcAp0MHAPZDBwAERAcAT0QHAFREBwCoRAcAtUQHAAFFBwAJRQcAeY4UAGZFBwCzRQcAw0UHAAxGBwAVRgcAZUYHAGhGBwC+RgcAykYHABdHBwAeRwcA0o4UAHtHBwDJRwcAykcHACJIBwA6SAcAe0gHAIhIBwDUSAcA4EgHAC1JBwA3SQcAhkkHAIpJBwDfSQcA5EkHADhKBwA+SgcAkUoHALFKBwDqSgcAAksHAENLBwBaSwcAnEsHAKhLBwD1SwcA/0sHAE5MBwBQTAcAp0wHAK5MBwAATQcAB00HAFlNBwBfTQcAsk0HAL5NBwALTgcADk4HAGROBwBnTgcAvU4HAMlOBwAWTwcAGU8HACuPFAB0TwcAyE8HANBPBwAhUAcAJ1AHAHpQBwB/UAcA01AHANxQBwAsUQcANlEHAIVRBwCRUQcA3lEHAOZRBwCEjxQAPFIHAJBSBwCYUgcA6VIHAPRSBwBCUwcAR1MHAJtTBwCeUwcA9FMHAP5TBwDdjxQAVVQHAKZUBwCqVAcA/1QHAAFVBwBYVQcAW1UHALFVBwC5VQcAClYHABdWBwBjVgcAaFYHALxWBwDGVgcAFVcHAB1XBwBuVwcAb1cHAMdXBwDMVwcAIFgHACNYBwB5WAcAfFgHANJYBwDgWAcAK1kHAERZBwCEWQcAlVkHAN1ZBwDpWQcANloHAD5aBwA2kBQAlFoHAOhaBwDwWgcAQVsHAFBbBwCaWwcAn1sHAPNbBwAAXAcATFwHAFlcBwClXAcAsVwHAP5cBwANXQcAV10HAGFdBwCwXQcAuF0HAAleBwATXgcAYl4HAGdeBwC7XgcAw14HAI+QFAAfXwcAbV8HAHlfBwDGXwcAzl8HAOiQFAArYAcAeGAHAH9gBwDRYAcA32AHACphBwAtYQcAg2EHAIthBwDcYQcA32EHADViBwBBYgcAjmIHAJRiBwDnYgcAAmMHAEBjBwBMYwcAmWMHAJ9jBwDyYwcAFWQHAEtkBwBOZAcApGQHAMhkBwBBkRQAAmUHAFZlBwBjZQcAr2UHALxlBwAIZgcAFGYHAGFmBwBwZgcAumYHAMRmBwATZwcAIWcHAGxnBwBxZwcAxWcHANJnBwAeaAcAJmgHAJqRFACEaAcA0GgHANhoBwApaQcAQmkHAIJpBwCIaQcA22kHAOBpBwA0agcAVGoHAPORFACaagcA5moHAO5qBwA/awcAQmsHAJhrBwCiawcA8WsHAPNrBwBKbAcAVGwHAKNsBwCvbAcATJIUABJtBwBVbQcAYW0HAK5tBwCzbQcAB24HALZtBwD8rRUAEG4HAGBuBwBqbgcAuW4HAMFuBwDdhQsAxW4HABJvBwDcbgcAO7cLABhvBwBrbwcAJW8HAOHfDgBxbwcAxG8HAMlvBwAdcAcAI3AHAKWSFACEcAcAz3AHAOVwBwAocQcANHEHAIFxBwCGcQcA2nEHAONxBwAzcgcAPXIHAIxyBwCUcgcA5XIHAPRyBwA+cwcAQ3MHAJdzBwCkcwcA8HMHAP1zBwBJdAcAVXQHAKJ0BwCxdAcA+3QHAAV1BwBUdQcAYnUHAK11BwC6dQcABnYHAB12BwBfdgcAZ3YHALh2BwDCdgcAEXcHABZ3BwBqdwcAcncHALCTFADPdwcAHHgHACJ4BwB1eAcAkHgHAM54BwDaeAcAJ3kHAC15BwAJlBQAhnkHAIahDwCTeQcA2XkHAOh5BwAyegcAPnoHAIt6BwCMegcA5HoHAO56BwA9ewcAS3sHAJZ7BwCbewcA73sHAPx7BwBilBQATXwHAKF8BwCpfAcA+nwHAP18BwBTfQcAXH0HAKx9BwC7fQcABX4HABB+BwBefgcAZn4HALd+BwDHfgcAEH8HAB5/BwBpfwcAen8HAMJ/BwDOfwcAG4AHACOABwBtlRQAeoAHAM2ABwDVgAcAJoEHAC2BBwB/gQcAjYEHANiBBwDegQcAMYIHAD2CBwCKggcAmYIHAOOCBwDtggcAPIMHAEGDBwCVgwcAm4MHAO6DBwAChAcAR4QHAE+EBwCghAcAyoQHAPmEBwAChQcAUoUHAF+FBwCrhQcAuYUHAASGBwAXhgcAXYYHAHmGBwDGlRQAu4YHAA+HBwAchwcAaIcHAHWHBwDBhwcAzYcHABqIBwApiAcAc4gHAH2IBwDMiAcA2ogHACWJBwAqiQcAfokHAIuJBwDXiQcA34kHAB+WFAA8igcAiYoHAJmKBwDiigcA64oHADuLBwA+iwcAlIsHAKCLBwDtiwcA9IsHAHiWFABwjAcAn4wHAKiMBwD4jAcABY0HAFGNBwBfjQcAqo0HAL2NBwADjgcAH44HANGWFABqjgcAtY4HAMuOBwAOjwcAGo8HAGePBwBujwcAwI8HAMiPBwAZkAcAHpAHAHKQBwB7kAcAy5AHANWQBwAqlxQAJZEHAH2RBwCJkQcA1pEHANyRBwAvkgcAMZIHAIiSBwCSkgcA4ZIHAO+SBwA6kwcAP5MHAJOTBwCgkwcA7JMHAPSTBwBFlAcAT5QHAJ6UBwCslAcA95QHAA2VBwBQlQcAXJUHAKmVBwCwlQcAApYHAAqWBwBblgcAYJYHALSWBwC9lgcADZcHABeXBwCDlxQAbJcHAL+XBwDFlwcAGJgHAB2YBwBxmAcAd5gHANyXFADPmAcAI5kHADCZBwB8mQcAiZkHANWZBwDhmQcALpoHAD2aBwCHmgcAkZoHAOCaBwDumgcAOZsHAD6bBwCSmwcAn5sHAOubBwDzmwcA55gUAFKcBwCdnAcAs5wHAPacBwACnQcAT50HAFSdBwConQcAsZ0HAAGeBwALngcAQJkUAGaeBwCzngcAxJ4HAAyfBwAYnwcAZZ8HAHSfBwC+nwcAyJ8HABegBwAloAcAcKAHAHWgBwDJoAcA1qAHACKhBwAsoQcAe6EHAC6hBwBOpQcAiaEHANShBwDqoQcALaIHADmiBwCGogcAi6IHAN+iBwDoogcAOKMHAEKjBwCRowcAnaMHAOqjBwDwowcAQ6QHAEmkBwCcpAcAoaQHAPWkBwD7pAcAmZkUAFSlBwCnpQcAraUHAACmBwAFpgcAWaYHAF+mBwDymRQAwKYHAAunBwAhpwcAZKcHAHCnBwC9pwcAwqcHABaoBwAfqAcAb6gHAHmoBwDIqAcA1KgHACGpBwA0qQcAeqkHAImpBwDTqQcA36kHACyqBwAtqgcAhaoHAI+qBwDeqgcA7KoHADerBwA8qwcAkKsHAJ2rBwBLmhQA+KsHAEKsBwBirAcAm6wHAKesBwD0rAcA/qwHAE2tBwBSrQcApq0HAKetBwD/rQcAC64HAFiuBwBlrgcAsa4HAL2uBwAKrwcAHa8HAGOvBwByrwcAvK8HAMivBwAVsAcAFrAHAG6wBwB4sAcAx7AHANWwBwAgsQcAJbEHAHmxBwCGsQcApJoUAO6xBwD9mhQAMbIHAISyBwCKsgcA3bIHAOKyBwA2swcAPLMHAFabFACUswcA6LMHAOuzBwBBtAcATbQHAJq0BwCgtAcA87QHAA61BwBMtQcAWLUHAKW1BwCrtQcA/rUHAAC2BwBXtgcAcrYHALC2BwCytgcACbcHABe3BwBitwcAc7cHALu3BwC9twcAFLgHAC24BwBtuAcAfrgHAMa4BwDSuAcAYZwUACm5BwB4uQcAhrkHANG5BwDnuQcAKroHADa6BwCDugcAiLoHANy6BwDlugcANbsHAD+7BwCOuwcAlrsHAOe7BwDsuwcAQLwHAE+8BwCZvAcAqLwHAPK8BwD7vAcAS70HAFG9BwCkvQcAqr0HAP29BwAJvgcAVr4HAF2+BwCvvgcAt74HAAi/BwAKvwcAYb8HAHG/BwC6vwcAxL8HABPABwAfwAcAbMAHAHLABwDFwAcAzcAHALqcFAAqwQcAd8EHAIjBBwDQwQcA3MEHACnCBwA4wgcAgsIHAIzCBwDbwgcA6cIHADTDBwA5wwcAjcMHAJrDBwDmwwcA7sMHAD/EBwBJxAcA7twHAEvEBwCYxAcAnsQHAPHEBwD3xAcASsUHAE/FBwCjxQcAqcUHABOdFAAIxgcAVcYHAFvGBwCuxgcAycYHAAfHBwATxwcAYMcHAGbHBwC5xwcAwccHABLIBwAVyAcAa8gHAHfIBwDEyAcA1cgHAB3JBwApyQcAdskHAIXJBwDPyQcA2ckHACjKBwA2ygcAgcoHAIbKBwDaygcA58oHADPLBwA7ywcAjMsHAJbLBwDlywcA88sHAD7MBwBUzAcAl8wHAKPMBwDwzAcA9cwHAEnNBwBSzQcAos0HAKzNBwAenhQAAc4HAFTOBwBazgcArc4HALnOBwAGzwcAE88HAF/PBwBpzwcAuM8HAMDPBwAR0AcAG9AHAGrQBwBv0AcAw9AHAMTQBwAc0QcAIdEHAHXRBwCG0QcAztEHANPRBwAn0gcAPtIHAIDSBwCU0gcA2dIHAPXSBwAy0wcAOtMHAHeeFACT0wcA5NMHAO7TBwA91AcAUdQHAJbUBwCX1AcA79QHAPvUBwBI1QcAZNUHAKHVBwCp1QcA0J4UAAPWBwBT1gcAYdYHAKzWBwBi1gcAqmsMAGzWBwBhvg8AttYHAAXXBwAH1wcAXtcHAHfXBwC31wcAyNcHABDYBwAc2AcAadgHAHHYBwApnxQAztgHABvZBwAh2QcAdNkHAI/ZBwDN2QcA2dkHACbaBwAs2gcAf9oHAILaBwDY2gcA4NoHADHbBwBB2wcAitsHAI/bBwDj2wcA7NsHADzcBwBJ3AcAldwHAJzcBwCCnxQA/NwHAEfdBwBd3QcAoN0HAKzdBwD53QcA/t0HAFLeBwBb3gcAq94HALXeBwAE3wcAIN8HAF3fBwBl3wcA258UALvfBwAP4AcAF+AHAGjgBwBq4AcAweAHANzgBwAa4QcAHOEHAHPhBwCB4QcAzOEHAN3hBwAl4gcAJ+IHAH7iBwCX4gcA1+IHAOjiBwAw4wcAPOMHAInjBwCR4wcANKAUAO7jBwA75AcAQeQHAJTkBwCv5AcA7eQHAPnkBwBG5QcATOUHAJ/lBwCi5QcAjaAUABXmBwBR5gcAUuYHAKrmBwC55gcAA+cHAAjnBwBc5wcAaecHALXnBwDC5wcADugHABroBwBn6AcAdugHAMDoBwDK6AcAGekHACfpBwBy6QcAd+kHAMvpBwDY6QcAJOoHADDqBwB96gcAg+oHANbqBwCQ6gcAvQAIANzqBwAv6wcANOsHAIjrBwCO6wcA5qAUAObrBwA67AcAWuwHAD+hFACZ7AcA7OwHAPTsBwDQGggA9ewHAEXtBwBS7QcAnu0HAKTtBwD37QcAA+4HAFDuBwBS7gcAqe4HALjuBwAC7wcADe8HAFvvBwBd7wcAtO8HAM3vBwAN8AcAHvAHAGbwBwBy8AcAv/AHAMvwBwAY8QcAK/EHAHHxBwCA8QcAyvEHANbxBwAj8gcAJPIHAHzyBwCG8gcA1fIHAOPyBwAu8wcAM/MHAIfzBwCU8wcAmKEUAO3zBwA59AcATfQHAJL0BwCu9AcA6/QHAAf1BwDxoRQAU/UHAJ31BwCe9QcA9vUHAAX2BwBP9gcAVPYHAKj2BwC19gcAAfcHAA73BwBa9wcAZvcHALP3BwDC9wcADPgHABb4BwBl+AcAc/gHAL74BwDD+AcAF/kHACT5BwBw+QcAgPkHAMn5BwDL+QcAIvoHADD6BwB7+gcAjPoHAEqiFADb+gcAo6IUADL7BwCG+wcAk/sHAN/7BwDs+wcAOPwHAD78BwCR/AcAnfwHAOr8BwD6/AcAQ/0HAEz9BwCc/QcAn/0HAPX9BwAB/gcATv4HAFX+BwD8ohQAs/4HAAD/BwAQ/wcAWf8HAGL/BwCy/wcAtf8HAAsACAAXAAgAZAAIAGsACABVoxQAzAAIABYBCAAiAQgAbwEIAHABCADIAQgA0gEIACECCAAvAggAegIIAH8CCADTAggA4AIIAK6jFAAxAwgAhQMIAJQDCADeAwgA/gMIADcECABDBAgAkAQIAJoECADpBAgA8QQIAEIFCABOBQgAmwUIAKEFCAD0BQgA+gUIAE0GCABSBggApgYIAKwGCAC5pBQABAcIAFgHCABhBwgAsQcIAMIHCAAKCAgAEQgIAGMICABrCAgAvAgIAMkICAAVCQgAGgkIAG4JCAB4CQgAxwkIAM8JCAAgCggALwoIAHkKCAB+CggA0goIAN8KCAArCwgAOAsIAIQLCACQCwgA3QsIAOwLCAA2DAgAQAwIAI8MCACXDAgA6AwIAPIMCABBDQgARg0IAJoNCACiDQgAxKUUAPgNCABMDggATw4IAKUOCACvDggAHaYUAAQPCABXDwgAXA8IALAPCADQDwgAdqYUAA8QCABiEAgAZRAIALsQCAC9EAgAFBEIAC8RCABtEQgAbxEIAMYRCADUEQgAHxIIADASCAB4EggAehIIANESCADqEggAKhMIADsTCACDEwgAjxMIAM+mFADsEwgANRQIAFUUCACOFAgAkBQIAOcUCADzFAgA/DMSAPYUCADDKQgAAxUIAKs3CAATFQgAQBUIAEMVCACZFQgAqBUIAPIVCAD3FQgASxYIAFgWCACkFggAsRYIAP0WCAAJFwgAVhcIAGUXCACvFwgAuRcIAAgYCAAWGAgAYRgIAGYYCAC6GAgAxxgIABMZCAAfGQgAbBkIAHIZCADFGQgAyxkIAB4aCAAjGggAdxoIAH0aCAAopxQA5hoIACkbCAArGwgAghsIAJYbCADbGwgA4xsIADQcCABBHAgAjRwIAJIcCADmHAgA8BwIAD8dCABHHQgAmB0IALEdCADxHQgA/R0IAEoeCABSHggAgacUAL4eCAD8HggA/h4IAFUfCABjHwgArh8IAL8fCAAHIAgACSAIAGAgCAB5IAgAuSAIAMogCAASIQgAHiEIANqnFABwIQgAxCEIAM0hCAAdIggALiIIAHYiCAB9IggAzyIIANciCAAoIwgANSMIAIEjCACGIwgA2iMIAOQjCAAzJAgAOyQIAIwkCAClJAgA5SQIAPEkCAA+JQgARiUIAIyoFACaJQgA8CUIAPolCABJJggASyYIAKImCAC7JggA+yYIAAwnCABUJwgAYicIAK0nCACwJwgABigIABEoCABfKAgAaygIALgoCAC/KAgA5agUABIpCABqKQgAhSkIAD6pFADIKQgAHCoIACkqCAB1KggAgioIAM4qCADaKggAJysIADYrCACAKwgAiisIANkrCADnKwgAMiwIADcsCACLLAgAmCwIAOQsCADwLAgAPS0IAEMtCACWLQgAnC0IAO8tCAD0LQgASC4IAE4uCACXqRQAri4IAPouCAD8LggAUy8IAGwvCACsLwgAvS8IAAUwCAARMAgAXjAIAGYwCACiqhQAvDAIABAxCAAYMQgAaTEIAIIxCADCMQgAxzEIABsyCAAgMggAdDIIAH4yCADNMggA0DIIACYzCAAwMwgAfzMIAIUzCADYMwgA2jMIADE0CAAyNAgAijQIAJI0CADjNAgA8zQIADw1CABCNQgAlTUIAJo1CADuNQgABDYIAEc2CABPNggAoDYIAMo2CAD5NggAHDcIAFI3CABxNwgA+6oUALM3CABUqxQAFTgIAF04CABrOAgAtjgIAMI4CAAPOQgAHDkIAGg5CAByOQgAwTkIAMk5CAAaOggAJToIAHM6CAB1OggAzDoIAM86CAAlOwgALTsIAH47CACEOwgA1zsIAOA7CAAwPAgAPTwIAIk8CACRPAgA4jwIAOc8CAA7PQgARD0IAJQ9CACePQgA7T0IAPU9CABGPggASz4IAJ8+CACvPggA+D4IAAA/CABRPwgAUz8IAKo/CADFPwgAA0AIAAVACABcQAgAakAIALVACADGQAgADkEIABBBCABnQQgAgEEIAMBBCADRQQgAGUIIACVCCAByQggAekIIAK2rFADRQggAJEMIAClDCAB9QwgAnUMIAAasFADcQwgAL0QIADJECACIRAgAkEQIAOFECADrRAgAOkUIAD9FCACTRQgAm0UIAOxFCAD2RQgARUYIAEdGCACeRggAr0YIAPdGCAAXRwgAUEcIAFhHCACpRwgAs0cIAAJICAAHSAgAX6wUAG9ICAC0SAgAvEgIAA1JCAASSQgAZkkIAHZJCAC/SQgAx0kIABhKCAAiSggAcUoIAHxKCADKSggA1koIACNLCAArSwgAuKwUAIhLCADVSwgA4UsIAC5MCAA1TAgAh0wIAI9MCADgTAgA+UwIADlNCAA/TQgAkk0IAJdNCADrTQgAC04IABGtFABKTggAnU4IAKBOCABqrRQA+E4IAE9PCAAETwgAEKoTAFJPCACoTwgAsk8IAAFQCAAPUAgAWlAIAGlQCACzUAgAtlAIAAxRCADLUAgAGpMIAM9QCAD9bwgAGFEIAGVRCABnUQgAvlEIAMRRCAAXUggAJlIIAHBSCAB7UggAyVIIANFSCADa1QgA41IIACJTCAAuUwgAe1MIAI5TCADUUwgA41MIAC1UCAA5VAgAhlQIAIdUCADfVAgA6VQIADhVCABGVQgAkVUIAJZVCADqVQgA91UIAMOtFABdVggAnFYIAKtWCAD1VggA+lYIAE5XCABbVwgAp1cIALRXCAAAWAgADFgIAFlYCABoWAgAslgIALxYCAALWQgAGVkIAGRZCABpWQgAvVkIAMpZCAAWWggAIloIAG9aCAB1WggAyFoIAM5aCAAhWwgAJlsIAHpbCACAWwgAHK4UANRbCAAsXAgA3FsIAAopCwDgWwgAtBALAOJbCABf2ggA81sIABOoFQA4XAgAhVwIAItcCABEsgkAklwIAN5cCADhXAgAN10IAENdCACQXQgAkl0IAOldCADvXQgAQl4IAFFeCACbXggApl4IAPReCAD1XggATV8IAGFfCACmXwgAwF8IAP9fCAALYAgAWGAIAGtgCACxYAgAwGAIAAphCAAWYQgAY2EIAGRhCAC8YQgAxmEIABViCAAjYggAbmIIAHNiCADHYggA1GIIAHWuFAA6YwgAeWMIAIhjCADSYwgA12MIACtkCAA4ZAgAhGQIAJFkCADdZAgA6WQIADZlCABFZQgAj2UIAJllCADoZQgA9mUIAEFmCABGZggAmmYIAKdmCADzZggA/2YIAExnCABSZwgApWcIAKtnCAD+ZwgAA2gIAFdoCABdaAgAzq4UAL5oCAAJaQgAJGkIAGJpCABwaQgAu2kIAMhpCAAUaggAK2oIAG1qCAB8aggAxmoIAMtqCAAfawgALGsIAHhrCACFawgA0WsIAN1rCAAqbAgAOWwIAINsCACNbAgA3GwIAOpsCAA1bQgAOm0IAI5tCACbbQgA520IAOptCABAbggATG4IAJluCACfbggA8m4IAPhuCABLbwgAUG8IAKRvCACqbwgAJ68UABlwCACArxQAXHAIAK9wCACxcAgACHEIABVxCABhcQgAZHEIALpxCAC7cQgAE3IIABhyCABscggAcnIIAMVyCADPcggAHnMIADpzCAB3cwgAk3MIANmvFADWcwgAKXQIACt0CACCdAgAj3QIANt0CADedAgANHUIADV1CACNdQgAknUIAOZ1CADsdQgAP3YIAEl2CACYdggAtHYIAPF2CAANdwgAMrAUAFB3CACjdwgAqXcIAPx3CAABeAgAVXgIAFt4CACLsBQAsHgIAAd5CAAVeQgAYHkIAHF5CACWsRQAwHkIAO+xFAAXeggAa3oIAHN6CADEeggAyXoIAB17CADTeggA+Y8IAB57CAB2ewgAgnsIAM97CADcewgAKHwIADB8CACBfAgAi3wIANp8CADpfAgAM30IADR9CACMfQgAlH0IAOV9CAD0fQgAPn4IAEN+CACXfggApH4IAPB+CAD9fggASX8IAFV/CACifwgAsX8IAPt/CAAFgAgAVIAIAGKACACtgAgAsoAIAAaBCAATgQgAX4EIAGeBCAC4gQgAwoEIABGCCAAWgggAaoIIAHKCCAChshQAyIIIAByDCAAlgwgAU4gIACmDCAB1gwgAgoMIAM6DCADagwgAJ4QIADaECACAhAgAioQIANmECADnhAgAMoUIADeFCACLhQgAmIUIAOSFCADshQgA+rIUAEmGCACWhggApoYIAO+GCAD4hggASIcIAEuHCAChhwgArYcIAPqHCAABiAgAU7MUAGSICACsiAgAs4gIAAWJCAASiQgAXokIAH2JCAC3iQgAwYkIABCKCAAYiggAaYoIAHiKCADCiggAx4oIABuLCAAoiwgAdIsIAIGLCADNiwgA2YsIACaMCAA1jAgAf4wIAImMCADYjAgA4IwIADGNCAA7jQgAio0IAI+NCADjjQgA640IAKyzFABIjggAlY4IAJuOCADujggACY8IAEePCABTjwgAoI8IAKaPCAAFtBQA/o8IAFKQCABfkAgAq5AIALiQCAAEkQgAEJEIAF2RCABskQgAtpEIAMCRCABetBQAGZIIAGiSCABtkggAwZIIAMmSCAC3tBQAJJMIAHOTCAB5kwgAzJMIAM6TCAAllAgAMpQIAH6UCACBlAgA15QIANiUCAAwlQgANZUIAImVCACPlQgA4pUIAOyVCAA7lggAVZYIAJSWCACjlggA7ZYIAPKWCABGlwgAU5cIAJ+XCACslwgA+JcIAASYCABRmAgAYJgIAKqYCAC0mAgAA5kIABGZCABcmQgAYZkIALWZCADCmQgADpoIABiaCAAjpAgAGpoIAGeaCABtmggAwJoIAMaaCAAZmwgAHpsIAHKbCAB4mwgAELUUANCbCAAknAgAMZwIAH2cCACKnAgA1pwIAOKcCAAvnQgAPp0IAIidCACSnQgA4Z0IAO+dCAA6nggAP54IAJOeCACgnggA7J4IAPSeCAAbthQAS58IAJ6fCACknwgA958IAPyfCABQoAgAVqAIAHS2FACroAgAAqEIAAuhCABboQgAXqEIALShCADAoQgADaIIABSiCABmoggAbqIIAL+iCADYoggAGKMIACyjCABxowgAjaMIAMqjCADSowgAJrcUADGkCAB8pAgAkqQIANWkCADhpAgALqUIADOlCACHpQgAkKUIAOClCADqpQgAOaYIAFWmCACSpggAmqYIAH+3FADwpggARKcIAFGnCACdpwgAqqcIAPanCAACqAgAT6gIAF6oCACoqAgAsqgIAAGpCAAPqQgAWqkIAF+pCACzqQgAwKkIAAyqCAAUqggA2LcUAHOqCAC+qggA1KoIABerCAAjqwgAcKsIAHWrCADJqwgA0qsIACKsCAAsrAgAe6wIAIOsCADUrAgA46wIAC2tCAAvrQgAhq0IAI+tCADfrQgA4q0IADiuCABErggAka4IAJiuCADqrggA8q4IAEOvCABcrwgAnK8IALCvCAD1rwgAEbAIAE6wCABWsAgAMbgUAKywCAAAsQgADbEIAFmxCABmsQgAsrEIAL6xCAALsggAGrIIAGSyCABusggAvbIIAMeyCAAWswgAJLMIAG+zCACFswgAyLMIANSzCAAhtAgAJrQIAHq0CACDtAgA07QIAN20CAAstQgAOLUIAIW1CACLtQgA3rUIAOS1CAA3tggAPLYIAJC2CACWtggAirgUAPW2CABCtwgARrcIAJu3CACqtwgA9LcIAPm3CABNuAgAWrgIAKa4CACzuAgA/7gIAAu5CABYuQgAZ7kIALG5CAC7uQgACroIABi6CABjuggAaLoIALy6CADJuggAFbsIACG7CABuuwgAdLsIAMe7CADNuwgAILwIACW8CAB5vAgAf7wIAOO4FADXvAgAK70IAPC8CADevxEAMr0IAIS9CACQvQgA3b0IAN+9CAA2vggA4L0IAB/ECABRvggAj74IAJG+CADovggA9r4IAEG/CABSvwgAmr8IAJy/CADzvwgADMAIAEzACABdwAgApcAIALHACAD+wAgACsEIAFfBCABqwQgAsMEIAL/BCAAJwggAFcIIAGLCCABjwggAu8IIAMXCCAAUwwgAIsMIAG3DCABywwgAxsMIANPDCAA8uRQAIcQIAHjECACTxAgA0cQIANPECAAqxQgAOMUIAIPFCACUxQgA3MUIAN7FCAA1xggATsYIAI7GCACfxggA58YIAPPGCABAxwgATMcIAJnHCACsxwgA8scIAAHICABLyAgAV8gIAKTICAClyAgA/cgIAAfJCABWyQgAZMkIAK/JCAC0yQgACMoIABXKCABHuhQAZsoIALrKCADCyggAE8sIABXLCABsywgAfcsIAMXLCADTywgAHswIADnMCAB3zAgAg8wIANDMCADYzAgAUrsUAC7NCACCzQgAic0IANvNCADnzQgANM4IADfOCACNzggAlc4IAObOCAD2zggAP88IAETPCACYzwgAoc8IAPHPCAD+zwgAStAIAFHQCACj0AgAq9AIAKu7FAAJ0QgAVdEIAF3RCACu0QgAwtEIAAfSCAAM0ggAYNIIAGnSCAC50ggAv9IIABLTCAAa0wgAa9MIAHrTCADE0wgA1dMIAB3UCAAm1AgAdtQIAHnUCADP1AgA2dQIACjVCAA01QgAgdUIAIfVCAAEvBQA59UIADPWCAA41ggAjNYIAJPWCADl1ggA8dYIAD7XCABG1wgAXbwUALLXCADw1wgA8tcIAEnYCABX2AgAotgIALPYCAD72AgA/dgIAFTZCABt2QgArdkIAL7ZCAAG2ggAEtoIALa8FABu2ggAuNoIAMHaCAAR2wgAF9sIAGrbCABw2wgAw9sIAM/bCAAc3AgAI9wIAHXcCAB93AgAztwIANLcCAAn3QgAMt0IAIDdCACO3QgA2d0IAOrdCAAy3ggAPt4IAIveCACT3ggAD70UAOfeCAA93wgAR98IAJbfCACY3wgA798IAAjgCABI4AgAWeAIAKHgCACv4AgA+uAIAP3gCABT4QgAXuEIAKzhCAC64QgABeIIABLiCABe4ggAdeIIALfiCAC/4ggAEOMIABLjCABp4wgAceMIAMLjCADR4wgAG+QIACDkCAB05AgAgeQIAM3kCADa5AgAJuUIADLlCAB/5QgAjuUIANjlCADi5QgAMeYIAD/mCACK5ggAj+YIAOPmCADw5ggAPOcIAETnCACV5wgAn+cIAO7nCADz5wgAR+gIAE/oCACg6AgAo+gIAPnoCAAW6QgAUukIAGPpCACr6QgAs+kIAATqCAAH6ggAXeoIAGnqCAC26ggAvOoIAA/rCAAq6wgAaOsIAHTrCADB6wgAx+sIAGi9FAAp7AgAc+wIAHTsCADM7AgABu0IACXtCAAz7QgAfu0IAH/tCADX7QgA3+0IADDuCAA/7ggAie4IAI7uCADi7ggA7+4IADvvCABI7wgAlO8IAKDvCADt7wgA/O8IAEbwCABQ8AgAn/AIAK3wCAD48AgA/fAIAFHxCABe8QgAqvEIALLxCAAD8ggADfIIAFzyCABh8ggAtfIIAL3yCAAO8wgAGPMIAGfzCABy8wgAwPMIAMzzCAAZ9AgAIfQIAMG9FAB39AgAy/QIAM70CAAk9QgALvUIAH31CACF9QgAGr4UAOT1CAAv9ggARfYIAIj2CACU9ggA4fYIAOb2CAA69wgAQ/cIAJP3CACd9wgA7PcIAPT3CABF+AgAUfgIAJ74CACx+AgA9/gIAPj4CABQ+QgAXvkIAKn5CACv+QgAAvoIAA76CABb+ggAYvoIAHO+FAC1+ggADfsIABn7CABm+wgAc/sIAL/7CADH+wgAGPwIACL8CABx/AgAgPwIAMr8CADL/AgAI/0IACv9CAB8/QgAi/0IANX9CADa/QgALv4IADv+CACH/ggAlP4IAOD+CADs/ggAOf8IAEj/CACS/wgAnP8IAOv/CAD5/wgARAAJAEkACQCdAAkAqgAJAPYACQD+AAkATwEJAFMBCQCoAQkAtgEJAAECCQALAgkAWgIJAGUCCQCzAgkAuwIJAAwDCQAXAwkAZQMJAGoDCQC+AwkAwQMJABcECQAhBAkAcAQJAHgECQDJBAkA6AQJAMy+FAAxBQkAewUJAHwFCQDUBQkA3AUJAC0GCQAuBgkAhgYJAIwGCQDfBgkA5AYJADgHCQBTBwkAkQcJAJ8HCQDqBwkA8QcJAEMICQBPCAkAnAgJAKIICQD1CAkAEQkJAE4JCQBWCQkAJb8UAK0JCQAACgkABgoJAFkKCQBeCgkAsgoJALgKCQB+vxQAEAsJAGQLCQBrCwkAvQsJAMkLCQAWDAkAHgwJADDAFACCDAkAyAwJAPsMCQAhDQkAIw0JACwOCQBZDQkAeg0JAJ8NCQDTDQkA2g0JAOLAFAAPDgkAicAUADwOCQCFDgkAwQ4JADvBFADvDgkANw8JAD8PCQCQDwkAkw8JAOkPCQD1DwkAQhAJAEgQCQCbEAkAthAJAPQQCQAAEQkATREJAFMRCQCmEQkArhEJAP8RCQAbEgkAWBIJAGASCQCUwRQAwBIJAAoTCQALEwkAYxMJAGsTCQC8EwkAvRMJABUUCQAbFAkAbhQJAHMUCQDHFAkA4hQJACAVCQAuFQkAeRUJAIAVCQDSFQkA3hUJACsWCQAxFgkAhBYJAKAWCQDdFgkA5RYJAO3BFAA8FwkAjxcJAJUXCQDoFwkA7RcJAEEYCQBHGAkARsIUAJ8YCQDzGAkA+hgJAEwZCQBYGQkApRkJAK0ZCQD4whQAERoJAFcaCQCKGgkAsBoJALIaCQC7GwkA6BoJAAkbCQAuGwkAYhsJAGkbCQCqwxQAnhsJAFHDFADLGwkAFBwJAFAcCQADxBQAbxwJAMYcCQDHHAkAHx0JACkdCQB4HQkAhh0JANEdCQDsHQkAKh4JADYeCQCDHgkAix4JAFzEFADoHgkANR8JADsfCQCOHwkAqR8JAOcfCQDzHwkAQCAJAEYgCQCZIAkAoSAJAPIgCQAAIQkASyEJAE4hCQCkIQkArCEJAP0hCQAGIgkAViIJAGMiCQCvIgkAsSIJAAgjCQAjIwkAYSMJAGMjCQC6IwkAyCMJABMkCQAkJAkAbCQJAG4kCQDFJAkA3iQJAB4lCQAvJQkAdyUJAIMlCQDQJQkA2CUJALXEFAAvJgkAgiYJAIomCQDbJgkA4iYJADQnCQA5JwkAjScJAJknCQDmJwkA6ScJAD8oCQBHKAkAmCgJAKUoCQDxKAkA9igJAEopCQBUKQkAoykJAKspCQD8KQkACCoJAFUqCQBoKgkArioJALwqCQAHKwkACisJAGArCQBqKwkADsUUALwrCQASLAkAGiwJAGssCQBuLAkAxCwJANAsCQAdLQkAIy0JAHYtCQCRLQkAzy0JANstCQAoLgkALi4JAIEuCQCJLgkA2i4JAOguCQAzLwkANi8JAIwvCQCULwkA5S8JAO4vCQA+MAkASzAJAJcwCQCZMAkA8DAJAAsxCQBJMQkASzEJAKIxCQCwMQkA+zEJAAwyCQBUMgkAVjIJAK0yCQDGMgkABjMJABczCQBfMwkAazMJALgzCQDAMwkAZ8UUABc0CQBqNAkAcjQJAMM0CQDKNAkAHDUJACE1CQB1NQkAgTUJAM41CQDRNQkAJzYJAC82CQCANgkAjTYJANk2CQDeNgkAMjcJADw3CQCLNwkAkzcJAOQ3CQDwNwkAPTgJAFA4CQCWOAkApDgJAO84CQDyOAkASDkJAFI5CQDAxRQApDkJAPo5CQAGOgkAUzoJAFk6CQCsOgkAxzoJAAU7CQAROwkAXjsJAGQ7CQC3OwkAvzsJABA8CQAePAkAaTwJAGw8CQDCPAkAyjwJABs9CQAkPQkAdD0JAIE9CQDNPQkAzz0JACY+CQBBPgkAfz4JAIE+CQDYPgkA5j4JADE/CQBCPwkAij8JAIw/CQDjPwkA/D8JADxACQBNQAkAlUAJAKFACQDuQAkA9kAJABnGFABNQQkAoEEJAKhBCQD5QQkAAEIJAFJCCQBXQgkAq0IJALdCCQAEQwkAB0MJAF1DCQBlQwkAtkMJAMNDCQAPRAkAFEQJAGhECQByRAkAwUQJAMlECQAaRQkAJkUJAHNFCQCGRQkAzEUJANpFCQAlRgkAKEYJAH5GCQCIRgkAcsYUAN9GCQDLxhQAPkcJAIlHCQCaRwkA4kcJAO5HCQA7SAkAQ0gJACTHFACZSAkA7UgJAPdICQBGSQkATkkJAJ9JCQCvSQkA+EkJAP1JCQBRSgkAWkoJAKpKCQC3SgkAA0sJAApLCQB9xxQAXksJALVLCQBhSwkAT2UKAGVLCQDGtw8AaEsJAOSPEQBqSwkAjtwKAL9LCQAmSBIAxksJAA5MCQAfTAkAZ0wJAHVMCQDATAkA3EwJABlNCQA1TQkA1scUAIBNCQDLTQkA2E0JACROCQA7TgkAfU4JAIlOCQDWTgkA3E4JAC9PCQA1TwkAiE8JAI1PCQDhTwkA508JAC/IFABQUAkAk1AJAKJQCQDsUAkAv1AJACNWCQDuUAkARVEJAFRRCQCeUQkAqVEJAPdRCQADUgkAUFIJAFNSCQCpUgkAV1IJADhgCQBsUgkAnVkJALVSCQACUwkACFMJAFtTCQB2UwkAtFMJAMBTCQANVAkAE1QJAGZUCQByVAkAv1QJAMVUCQAYVQkAHlUJAHFVCQB2VQkAylUJANBVCQCIyBQAJlYJAHxWCQCYVgkA1VYJAN1WCQCTyRQAOlcJAIdXCQCNVwkA4FcJAPtXCQA5WAkARVgJAJJYCQCYWAkA61gJAPNYCQBEWQkAZVkJAOzJFAClWQkARcoUAPtZCQBPWgkAXFoJAKhaCQC1WgkAAVsJAA1bCQBaWwkAaVsJALNbCQC9WwkADFwJABRcCQBlXAkAb1wJAL5cCQDMXAkAF10JAC1dCQBwXQkAfF0JAMldCQDOXQkAIl4JACteCQB7XgkAhV4JANReCQDcXgkALV8JADdfCQCGXwkAi18JAN9fCQDnXwkAnsoUAERgCQCRYAkApGAJAOpgCQD5YAkAQ2EJAE9hCQCcYQkAnWEJAPVhCQD/YQkATmIJAFxiCQCnYgkArGIJAABjCQANYwkA98oUAGRjCQCyYwkAvmMJAAtkCQARZAkAZGQJAHBkCQC9ZAkAxWQJAALMFAAZZQkAb2UJAHdlCQDIZQkA1WUJACFmCQAmZgkAemYJAIJmCQDTZgkA1WYJACxnCQBHZwkAhWcJAIdnCQDeZwkA7GcJADdoCQBIaAkAkGgJAJJoCQDpaAkAAmkJAEJpCQBTaQkAm2kJAKdpCQD0aQkA/GkJAFvMFABSagkApmoJALNqCQD/agkADGsJAFhrCQBkawkAsWsJAMBrCQAKbAkAFGwJAGNsCQBxbAkAvGwJAMFsCQAVbQkAIm0JAG5tCQB2bQkAx20JAMltCQAgbgkAKm4JAHluCQCBbgkAtMwUAN1uCQArbwkAOW8JAIRvCQCHbwkA3W8JAOVvCQA2cAkATHAJAI9wCQCUcAkA6HAJAP5wCQBBcQkATXEJAJpxCQCncQkA83EJAP1xCQANzRQATnIJAKVyCQCzcgkA/nIJAA9zCQBmzRQAXXMJALBzCQC8cwkAv80UAAt0CQBidAkAaHQJALt0CQDbdAkAFHUJACB1CQBtdQkAdHUJAMZ1CQDOdQkAH3YJACZ2CQB4dgkAhHYJANF2CQDTdgkAKncJADF3CQAYzhQAhncJANx3CQDkdwkANXgJAEV4CQCOeAkAkHgJAOd4CQD1eAkAQHkJAFF5CQBxzhQAoHkJAMrOFAD/eQkAS3oJAFJ6CQCkegkArHoJAP16CQALewkAVnsJAFl7CQCvewkAt3sJAAh8CQAPfAkAYXwJAG98CQC6fAkAvXwJABN9CQAVfQkAbH0JAIV9CQDFfQkA1n0JAB5+CQAqfgkAd34JAH5+CQDQfgkA2H4JACl/CQAyfwkAgn8JAI9/CQDbfwkA5X8JADSACQBCgAkAjYAJAJ6ACQDmgAkA7oAJAD+BCQBJgQkAmIEJAKaBCQDxgQkAB4IJAEqCCQBWggkAo4IJAKqCCQD8ggkABIMJAFWDCQBbgwkAroMJALqDCQAHhAkAEYQJAGCECQBmhAkAuYQJAM2ECQB8zxQAIIUJAGuFCQCEhQkAxIUJANqFCQAdhgkALIYJAHaGCQCQhgkAz4YJANKGCQAGjAkA2oYJAD2RCQDehgkAKIcJAC2HCQCBhwkAjocJANqHCQDnhwkAM4gJAD+ICQCMiAkAm4gJAOWICQDviAkAPokJAEyJCQCXiQkAnIkJAPCJCQD9iQkASYoJAFWKCQCiigkAqIoJAPuKCQABiwkAVIsJAFmLCQCtiwkAs4sJANXPFAASjAkAX4wJAGWMCQC4jAkA04wJABGNCQAdjQkAao0JAHCNCQDDjQkAyo0JAByOCQAhjgkA2Y8JACiOCQB1jgkAd44JAM6OCQDVjgkAJ48JAEOPCQCAjwkAiI8JAODQFADdjwkAMpAJAD+QCQCLkAkAp5AJAOSQCQDskAkAOdEUAEKRCQCWkQkAmZEJAO+RCQD5kQkASJIJAFmSCQChkgkAppIJAPqSCQD/kgkAU5MJAHOTCQCS0RQArZMJAAWUCQARlAkAXpQJAGSUCQC3lAkAvZQJABCVCQAVlQkAaZUJAG+VCQDr0RQAw5UJABuWCQAnlgkAdJYJAIGWCQDNlgkA1ZYJACaXCQAvlwkAf5cJAIyXCQDYlwkA5pcJADGYCQBEmAkAipgJAJKYCQDjmAkA5pgJADyZCQBBmQkAlZkJAKSZCQDumQkADpoJAEeaCQBTmgkAoJoJAKqaCQD20hQAA5sJAFKbCQBUmwkAq5sJALWbCQAEnAkADZwJAF2cCQBgnAkAtpwJAL6cCQAPnQkASJ0JAE/TFAB0nQkAwZ0JANCdCQAangkAOp4JAHOeCQB/ngkAzJ4JANOeCQAlnwkAKp8JAH6fCQB/nwkA158JAOOfCQAwoAkANqAJAImgCQCLoAkA4qAJAOygCQA7oQkASaEJAJShCQCZoQkA7aEJAPqhCQBGogkAUKIJAJ+iCQCtogkA+KIJAA6jCQBRowkAXaMJAKqjCQCvowkAA6QJAAykCQBcpAkAZqQJALWkCQDBpAkADqUJACGlCQBnpQkAdqUJAMClCQDMpQkAGaYJABqmCQBypgkAfKYJAMumCQDZpgkAJKcJACmnCQB9pwkAiqcJAKjTFADkpwkAL6gJAEWoCQCIqAkAlKgJAOGoCQDoqAkAOqkJAEKpCQCTqQkAmKkJAOypCQD1qQkARaoJAE+qCQCeqgkApqoJAPeqCQD7qgkAUKsJAFKrCQCpqwkAt6sJAAKsCQAMrAkAW6wJAGmsCQC0rAkAwawJAA2tCQAkrQkAZq0JAG6tCQC/rQkAz60JABiuCQAdrgkAca4JAHeuCQDKrgkA0q4JACOvCQAorwkAfK8JAH2vCQDVrwkA4a8JAC6wCQA0sAkAh7AJAImwCQDgsAkA6rAJADmxCQBHsQkAkrEJAJexCQDrsQkA+LEJALPUFABGsgkAnbIJAKeyCQD2sgkABLMJAE+zCQBUswkAqLMJALWzCQABtAkAA7QJAM+cCwALtAkAWrQJAGi0CQCztAkAybQJAAy1CQAYtQkAZbUJAGq1CQC+tQkAx7UJABe2CQAhtgkAcLYJAHy2CQDJtgkA3LYJACK3CQAxtwkAe7cJAIe3CQDUtwkA1bcJAC24CQA3uAkAhrgJAJS4CQDfuAkA5LgJADi5CQBFuQkADNUUAJq5CQDquQkA9LkJAEO6CQBFugkAnLoJAKa6CQD1ugkAAbsJAE67CQBWuwkAF9YUAKi7CQAAvAkADLwJAFm8CQBfvAkAsrwJALS8CQALvQkAFb0JAGS9CQByvQkAvb0JAMK9CQAWvgkAI74JAG++CQB3vgkAyL4JANK+CQAhvwkAL78JAHq/CQCQvwkA078JAN+/CQAswAkAM8AJAIXACQCNwAkA3sAJAOPACQA3wQkAQMEJAJDBCQCawQkA6cEJAP7BCQBCwgkAS8IJAJvCCQCowgkA9MIJAPbCCQBNwwkAZsMJAKbDCQC3wwkA/8MJAAvECQBYxAkAYMQJAHDWFAC2xAkACsUJABLFCQBjxQkAecUJALzFCQDBxQkAFcYJABzGCQBuxgkAfMYJAMfGCQDXxgkAIMcJADTHCQB5xwkAgccJANLHCQDhxwkAK8gJADDICQCEyAkAjcgJAN3ICQDqyAkANskJAEDJCQCPyQkAm8kJAOjJCQDuyQkAydYUAE/KCQCaygkAsMoJAPPKCQD/ygkATMsJAFHLCQClywkArssJAP7LCQAIzAkAV8wJAF/MCQCwzAkAtMwJAAnNCQALzQkAYs0JAHDNCQC7zQkAxc0JABTOCQAizgkAbc4JAHrOCQDGzgkA3c4JAB/PCQAnzwkAeM8JAIjPCQDRzwkA1s8JACrQCQAw0AkAg9AJAIvQCQDc0AkA99AJADXRCQA30QkAjtEJAJ/RCQDn0QkA8NEJAEDSCQBM0gkAItcUAJ7SCQDy0gkA9dIJAEvTCQBV0wkApNMJAKbTCQD90wkAGNQJAFbUCQBY1AkAr9QJAL3UCQAI1QkAGdUJAGHVCQBj1QkAutUJANPVCQAT1gkAJNYJAGzWCQB41gkAe9cUAOLWCQAe1wkAL9cJAHfXCQCT1wkA0NcJANjXCQDU1xQALtgJAILYCQCK2AkA29gJAObYCQA02QkAOdkJAI3ZCQCQ2QkA5tkJAPDZCQA/2gkAQtoJAJjaCQCg2gkA8doJAPPaCQBK2wkAZdsJAKPbCQCl2wkA/NsJAArcCQBV3AkAZtwJAK7cCQCw3AkAB90JACDdCQBg3QkAcd0JALndCQDF3QkAEt4JABreCQAt2BQAeN4JAMTeCQDM3gkAHd8JACffCQB23wkAgd8JAM/fCQDb3wkAKOAJADDgCQCG2BQAhuAJANrgCQDf4AkAM+EJAEThCQDf2BQAmeEJAOXhCQDn4QkAPuIJAFfiCQCX4gkAqOIJAPDiCQD84gkASeMJAFHjCQA42RQAp+MJAPvjCQAD5AkAVOQJAGPkCQCt5AkAs+QJAAblCQAS5QkAX+UJAGHlCQC45QkAwuUJABHmCQAd5gkAauYJAHLmCQCR2RQAz+YJABznCQAf5wkAdecJAHjnCQDO5wkA3OcJACfoCQAs6AkAgOgJAI3oCQDq2RQA6ugJADLpCQA66QkAi+kJAD/pCQBH8wkAlekJAN+3EQCW6QkA5OkJAOnpCQA96gkAQOoJAJbqCQCg6gkA7+oJABLrCQBI6wkAS+sJAKHrCQDF6wkA+usJAALsCQBD2hQAWewJAKzsCQC67AkABe0JABHtCQBe7QkAZe0JALftCQC/7QkAEO4JACDuCQBp7gkAbu4JAMLuCQDI7gkAG+8JACPvCQB07wkAke8JAM3vCQDW7wkAJvAJADLwCQB/8AkAhfAJANjwCQDs8AkAMfEJADnxCQCK8QkAmvEJAOPxCQDl8QkAPPIJAEryCQCV8gkApvIJAJzaFAD18gkA9doUAEzzCQCg8wkAp/MJAPnzCQAF9AkAUvQJAFX0CQCr9AkAu/QJAAT1CQAG9QkAXfUJAGv1CQC29QkAx/UJAE7bFAAW9gkAp9sUAHv2CQDB9gkA0PYJABr3CQAm9wkAc/cJAHT3CQDM9wkA1vcJACX4CQAz+AkAfvgJAIP4CQDX+AkA5PgJAADcFAA1+QkAifkJAJL5CQDi+QkA8/kJADv6CQBC+gkAlPoJAJz6CQDt+gkA+voJAEb7CQBL+wkAn/sJAKn7CQD4+wkAAPwJAFH8CQBX/AkAqvwJALb8CQAD/QkABf0JAFz9CQBr/QkAtf0JAMD9CQAO/gkAFv4JAGf+CQBp/gkAwP4JAM3+CQAZ/wkALf8JAHL/CQB6/wkAy/8JANr/CQAkAAoAKQAKAH0ACgCKAAoA1gAKAOAACgAvAQoAMQEKAIgBCgCXAQoA4QEKAOsBCgA6AgoAQgIKAJMCCgCUAgoA7AIKAPECCgBFAwoAUwMKAJ4DCgCrAwoA9wMKAAEECgAL3RQAUwQKAKkECgC1BAoApxQKAMUECgACBQoACgUKAGTdFABgBQoAtAUKALwFCgANBgoAEAYKAGYGCgByBgoAvwYKAMUGCgAYBwoAMwcKAHEHCgB9BwoAygcKANAHCgAjCAoAJggKAHwICgCECAoA1QgKANcICgAuCQoASQkKAIcJCgCJCQoA4AkKAO4JCgA5CgoASgoKAJIKCgCUCgoA6woKAAQLCgBECwoAVQsKAJ0LCgCpCwoA9gsKAP4LCgC93RQAVAwKAKgMCgCuDAoAAQ0KAAkNCgBaDQoAaQ0KALMNCgC4DQoADA4KABkOCgBlDgoAcg4KAL4OCgDKDgoAFw8KACYPCgBwDwoAeg8KAMkPCgDXDwoAIhAKACcQCgB7EAoAiBAKABbeFADgEAoALREKADMRCgCGEQoAoREKAN8RCgDrEQoAOBIKAD4SCgCREgoAlBIKAOoSCgD2EgoAQxMKAEkTCgCcEwoAohMKAPUTCgD6EwoAThQKAFQUCgBv3hQArRQKAAAVCgAGFQoAWRUKAF4VCgCyFQoAuBUKAMjeFAAQFgoAZBYKAHEWCgC9FgoAyhYKABYXCgAiFwoAbxcKAH4XCgDIFwoA0hcKACEYCgAvGAoAehgKAH8YCgDTGAoA4BgKACwZCgBEGQoAhRkKAIsZCgDeGQoA6hkKADcaCgBHGgoAkBoKAJkaCgDpGgoA7BoKAEIbCgBOGwoAmxsKAKIbCgDT3xQA9hsKAE0cCgBXHAoAphwKAKkcCgD/HAoABx0KAFgdCgBbHQoAsR0KAL0dCgAKHgoAEB4KAGMeCgB+HgoAvB4KAMgeCgAVHwoAGx8KACzgFACOHwoAxx8KANIfCgAgIAoAJSAKAHkgCgCCIAoA0iAKANUgCgArIQoANyEKAIQhCgCQIQoApCwKAJwhCgDdIQoA5CEKADYiCgA8IgoAjyIKAJ0iCgDoIgoAAyMKAEEjCgBNIwoAmiMKAKAjCgDzIwoADSQKAEwkCgBYJAoApSQKAKskCgD+JAoABCUKAFclCgBcJQoAsCUKALYlCgCF4BQAFiYKAGImCgBuJgoAuyYKAMUmCgAUJwoAGCcKAG0nCgByJwoAxicKAMwnCgAfKAoAPygKAHgoCgCEKAoA0SgKANcoCgAqKQoAMCkKAIMpCgCIKQoA3CkKAOIpCgA34RQAOioKAI4qCgCVKgoA5yoKAPMqCgBAKwoAXCsKAJkrCgChKwoAQuIUABssCgBLLAoAcSwKAJviFAC3LAoA/SwKAAwtCgBWLQoAYi0KAK8tCgCwLQoACC4KABIuCgBhLgoAby4KALouCgC/LgoAEy8KACAvCgD04hQAdC8KAP/jFADKLwoAHjAKACswCgB3MAoAhDAKANAwCgDcMAoAKTEKADgxCgCCMQoAjDEKANsxCgDpMQoANDIKADkyCgCNMgoAmjIKAOYyCgDuMgoAWOQUAEszCgCYMwoAqDMKAPEzCgD6MwoASjQKAE00CgCjNAoArzQKAPw0CgADNQoAseQUAGA1CgCuNQoAujUKAAc2CgAPNgoACuUUAG02CgC5NgoAwDYKABI3CgATNwoAazcKAHA3CgDENwoA0jcKAB04CgAqOAoAdjgKAIA4CgDPOAoA1zgKACg5CgAxOQoAgTkKAIc5CgDaOQoA6zkKADM6CgBPOgoAjDoKAJQ6CgBj5RQA8DoKAD47CgBIOwoAlzsKAKE7CgDwOwoA8TsKALzlFABOPAoAojwKAK88CgD7PAoACD0KAFQ9CgBgPQoArT0KALw9CgAGPgoAED4KAF8+CgBnPgoAuD4KAMI+CgARPwoAFj8KAGo/CgByPwoAFeYUAM4/CgAcQAoAKEAKAHVACgB9QAoAbuYUANNACgAnQQoANkEKAIBBCgCgQQoA2UEKAOVBCgAyQgoAOEIKAItCCgCTQgoA5EIKAOtCCgA9QwoAP0MKAJZDCgCiQwoA70MKAAVECgBIRAoATUQKAKFECgCuRAoAx+YUAP9ECgBTRQoAYkUKAKxFCgDMRQoABUYKABFGCgBeRgoAZEYKALdGCgC/RgoAEEcKABdHCgBpRwoAa0cKAMJHCgDORwoAG0gKADFICgB0SAoAeUgKAM1ICgDaSAoAJkkKAC5JCgB/SQoAhUkKANhJCgDhSQoAMUoKAD5KCgCKSgoAl0oKAONKCgDxSgoAPEsKAElLCgCVSwoArEsKAO5LCgAeTAoAIOcUAE1MCgCgTAoAVEwKADqoEQC2TAoA+UwKAAdNCgBSTQoAVU0KAKtNCgCuTQoABE4KABJOCgBdTgoAYk4KALZOCgDDTgoAD08KABdPCgBoTwoAb08KAMFPCgDNTwoAGlAKACdQCgBzUAoAgVAKAMxQCgDYUAoAJVEKACxRCgB+UQoAhlEKANdRCgDbUQoAMFIKADtSCgCJUgoAl1IKAOJSCgDzUgoAO1MKAEdTCgCUUwoAnFMKAHnnFADzUwoARlQKAFpUCgCfVAoArVQKAPhUCgAFVQoAUVUKAGhVCgCqVQoAslUKAANWCgANVgoAXFYKAGFWCgC1VgoAvVYKAA5XCgAdVwoAZ1cKAGxXCgDAVwoAzVcKABlYCgAmWAoAclgKAH5YCgDLWAoA2lgKACRZCgAuWQoAfVkKAIVZCgDWWQoA4FkKAC9aCgA0WgoAiFoKAJBaCgDS5xQA7FoKADpbCgBGWwoAk1sKAJtbCgAr6BQA8VsKAEVcCgBUXAoAnlwKAL5cCgD3XAoAA10KAFBdCgBWXQoAqV0KALFdCgACXgoACV4KAFteCgBdXgoAtF4KAMBeCgANXwoAI18KAGZfCgBrXwoAv18KAMxfCgCE6BQAIWAKAHFgCgB3YAoAymAKANhgCgAjYQoAMGEKAHxhCgCTYQoA1WEKAN1hCgAuYgoAPWIKAIdiCgCMYgoA4GIKAO1iCgA5YwoARmMKAJJjCgCeYwoA62MKAPpjCgBEZAoATmQKAJ1kCgC5ZAoA9mQKAP5kCgDd6BQAXGUKADUTEABeZQoAqGUKALJlCgDMkhAAyGUKAAFmCgANZgoAWmYKAGBmCgCzZgoAu2YKADusCgC/ZgoADGcKAM1mCgBJlQoAH2cKAGVnCgB0ZwoAvmcKAMpnCgAXaAoAGGgKAHBoCgB6aAoAyWgKANdoCgAiaQoAJ2kKAHtpCgCIaQoANukUANppCgAtagoAM2oKAIZqCgCLagoA32oKAOVqCgBB6hQAQ2sKAJFrCgCfawoA6msKAPtrCgBDbAoAT2wKAJxsCgCkbAoA8+oUAAFtCgBObQoAWG0KAKdtCgC2bQoAAG4KAAtuCgBZbgoAZ24KALJuCgC/bgoAC28KACJvCgBkbwoAbG8KAL1vCgDAbwoAFnAKACJwCgBvcAoAdXAKAMhwCgDjcAoAIXEKAC1xCgB6cQoAgHEKANNxCgDbcQoALHIKAC5yCgCFcgoAhnIKAN5yCgDscgoAN3MKAD9zCgCQcwoAq3MKAOlzCgD1cwoAQnQKAEh0CgCbdAoAnnQKAPR0CgACdQoATXUKAFJ1CgCmdQoAs3UKAP91CgAbdgoAWHYKAGB2CgBM6xQAvnYKAKuPEADCdgoACncKAMR2CgBR8BAAFncKAGN3CgBwdwoAvHcKAMF3CgAVeAoAH3gKAG54CgB+eAoAx3gKAMx4CgAgeQoAKXkKAHl5CgCGeQoA0nkKANl5CgAregoAN3oKAIR6CgCKegoA3XoKAON6CgA2ewoAO3sKAI97CgCVewoApesUAPR7CgBBfAoAR3wKAJp8CgCgfAoA83wKAAB9CgBMfQoAUX0KAKV9CgCtfQoA/n0KADF+CgBXfgoAgn4KALB+CgC4fgoACX8KABZ/CgBifwoAZ38KALt/CgDDfwoAFIAKABeACgBtgAoAdoAKAMaACgDVgAoAH4EKACqBCgB4gQoAgIEKANGBCgDhgQoAKoIKADiCCgCDggoAlIIKANyCCgDoggoANYMKAD2DCgCw7BQAlIMKAOeDCgDvgwoAQIQKAEeECgCZhAoAp4QKAPKECgD4hAoAS4UKAFeFCgCkhQoAs4UKAP2FCgAHhgoAVoYKAFuGCgCvhgoAtYYKAAiHCgAchwoACe0UAGuHCgBEFgsAbocKALqHCgBwhwoAFNkKAL+HCgATiAoAH4gKAGyICgB5iAoAxYgKAM+ICgBi7RQAOYkKAHeJCgB5iQoA0IkKANaJCgApigoAY4oKAIKKCgCIigoA24oKAOSKCgA0iwoAQYsKAI2LCgDHiwoA5osKAO2LCgA/jAoARIwKAJiMCgCnjAoA8YwKABGNCgBKjQoAVo0KAKONCgCpjQoA/I0KABaOCgBVjgoAWI4KAK6OCgCzjgoAB48KABaPCgBgjwoAgI8KABTuFADZjwoAEpAKAB6QCgBrkAoAdZAKAMSQCgDQkAoAdUsLANGQCgAdkQoAIpEKAHaRCgCAkQoAz5EKAN+RCgAokgoALZIKAIGSCgCKkgoA2pIKAOeSCgAzkwoAOpMKAIyTCgCYkwoA5ZMKAOuTCgA+lAoARJQKAJeUCgCclAoA8JQKAPaUCgBt7hQATJUKAKKVCgCnlQoA+5UKAAqWCgBUlgoAdJYKAB/vFAC7lgoABpcKABOXCgBflwoAZpcKALiXCgDAlwoAEZgKABOYCgBqmAoAGJgKAFvYDQAomAoARnUNAHCYCgC6qA0AcpgKAMOYCgDHmAoAG6EKANmYCgBONQ0A3pgKAByZCgAemQoAdZkKAIaZCgDOmQoA3JkKACeaCgAumgoAgJoKAIiaCgDZmgoA4JoKADKbCgA3mwoAi5sKAJqbCgDkmwoABJwKAD2cCgBJnAoAlpwKAJycCgDvnAoA95wKAEidCgBUnQoAoZ0KAK6dCgD6nQoAFZ4KAFOeCgBhngoArJ4KALKeCgAFnwoACp8KAF6fCgBrnwoAt58KAM2fCgAQoAoAHKAKAGmgCgB2oAoAwqAKAMygCgB47xQAIKEKAHShCgB6oQoAzaEKAO2hCgAmogoANKIKAH+iCgCMogoA2KIKAO+iCgAxowoAOaMKAIqjCgCZowoA46MKAOijCgA8pAoASaQKAJWkCgCfpAoA7qQKAPCkCgBHpQoAVaUKAKClCgCtpQoA+aUKAAWmCgBSpgoAWKYKAKumCgCzpgoABKcKAAqnCgBdpwoAZqcKALanCgDDpwoAD6gKABmoCgBoqAoAdqgKAMGoCgDXqAoAGqkKACapCgBzqQoAe6kKANHvFADWqQoAJaoKACuqCgB+qgoAgKoKANeqCgDhqgoAMKsKADyrCgCJqwoAoKsKAOKrCgD2qwoAKvAUAEmsCgCUrAoAl6wKAO2sCgD1rAoARq0KAFKtCgCfrQoAra0KAPitCgACrgoAUa4KAFyuCgCqrgoAtq4KAAOvCgAJrwoAXK8KAGSvCgC1rwoAwq8KAA6wCgATsAoAZ7AKAHGwCgDAsAoAyLAKABmxCgAfsQoAcrEKAHuxCgDLsQoA2LEKACSyCgAxsgoAfbIKAIuyCgDWsgoA47IKAC+zCgBGswoAiLMKAJCzCgDhswoA5rMKADq0CgBAtAoAk7QKAJu0CgDstAoAArUKAEW1CgBTtQoAnrUKAKG1CgD3tQoABrYKAFC2CgBVtgoAqbYKALa2CgACtwoAErcKAFu3CgBptwoAtLcKAMu3CgANuAoAFrgKAGa4CgBsuAoAv7gKAMu4CgAYuQoAH7kKAIPwFAB9uQoAyrkKAMy5CgAjugoALboKAHy6CgCIugoA1boKAN26CgDc8BQAM7sKAIe7CgCWuwoA4LsKAAC8CgA5vAoARbwKAJK8CgCYvAoA67wKAPO8CgBEvQoARb0KAJ29CgCjvQoA9r0KAPu9CgBPvgoAar4KAKi+CgC2vgoAAb8KAAi/CgBavwoAZr8KALO/CgC5vwoANfEUABHACgBlwAoAb8AKAL7ACgDPwAoAF8EKACPBCgBwwQoAc8EKAMnBCgDMwQoAIsIKACrCCgB7wgoAgsIKANTCCgDZwgoALcMKADzDCgCGwwoApsMKAN/DCgDrwwoAOMQKAD7ECgCRxAoAmcQKAOrECgD3xAoAQ8UKAEjFCgCcxQoApsUKAPXFCgD9xQoATsYKAF7GCgCnxgoArMYKAADHCgAJxwoAWccKAGbHCgCyxwoAuccKAI7xFAAQyAoAZMgKAHPICgC9yAoA3cgKABbJCgAiyQoAb8kKAHXJCgDIyQoA0MkKACHKCgAtygoAesoKAIfKCgDTygoA2soKACzLCgAtywoAhcsKAIrLCgDeywoA7MsKADfMCgBEzAoAkMwKAJrMCgDn8RQA9cwKAELNCgD3zAoAW3QMAEzNCgCbzQoAtc0KAPTNCgD3zQoAu4oLAAPOCgBNzgoAUs4KAKbOCgCzzgoA/84KAAzPCgBYzwoAZM8KALHPCgDAzwoACtAKABTQCgBj0AoAb9AKALzQCgDP0AoAFdEKACTRCgBu0QoAetEKAMfRCgDI0QoAINIKACrSCgB50goAh9IKANLSCgDX0goAK9MKADjTCgBA8hQAidMKAN3TCgDq0woANtQKAEPUCgCP1AoAm9QKAOjUCgD31AoAQdUKAEvVCgCa1QoAqNUKAPPVCgD41QoATNYKAFnWCgCl1goArdYKAEvzFAAK1woAV9cKAGfXCgCw1woAudcKAAnYCgAM2AoAYtgKAG7YCgC72AoAwtgKAKTzFAAZ2QoAbdkKAHrZCgDG2QoA09kKAB/aCgAl2goAeNoKAITaCgDR2goA4doKACrbCgAz2woAg9sKAIbbCgDc2woA6NsKADXcCgA83AoA/fMUAJDcCgDn3AoAldwKAKUCDwCe3AoA0lcPAPjcCgBA3QoASN0KAJndCgCj3QoA8t0KAAHeCgBL3goATN4KAKTeCgCs3goAr/QUAAXfCgAI9RQAdN8KAK/fCgB53woAlwIVAIDfCgC2AAsAt98KAAjgCgAX4AoAYeAKAGbgCgC64AoAx+AKABPhCgAg4QoAbOEKAHjhCgDF4QoA1OEKAB7iCgAo4goAd+IKAJriCgDQ4goAA+MKACnjCgBN4woAguMKAIrjCgBs9hQA4OMKADTkCgA65AoAjeQKAJXkCgDF9hQA9OQKAD/lCgBa5QoAmOUKAKTlCgDx5QoAAuYKAErmCgBe5goAo+YKAKvmCgD85goAAucKAFXnCgBh5woArucKAL7nCgAH6AoAEOgKAGDoCgBj6AoAuegKAMXoCgAS6QoAGekKAB73FAB56QoAxOkKAM7pCgB39xQAIuoKAHbqCgCD6goAz+oKANzqCgAo6woANOsKAIHrCgCQ6woA2usKAOTrCgAz7AoAQewKAIzsCgCR7AoA5ewKAPLsCgA+7QoARu0KAND3FACj7QoA8O0KAADuCgBJ7goAUu4KAKLuCgCl7goA++4KAAfvCgBU7woAW+8KACn4FAC87woABvAKAAvwCgBf8AoAbPAKALjwCgDF8AoAEfEKABfxCgBq8QoAdvEKAMPxCgDT8QoAHPIKACXyCgB18goAePIKAM7yCgDa8goAJ/MKAC7zCgCC+BQAhfMKANnzCgDm8woAMvQKAFD0CgCL9AoAl/QKAOT0CgD39AoAPfUKAEv1CgCW9QoAmfUKAO/1CgD59QoASPYKAFb2CgCh9goArvYKAPr2CgAR9woAU/cKAFv3CgCs9woAs/cKAAX4CgAK+AoAXvgKAHT4CgC3+AoAufgKABD5CgAe+QoAafkKAHb5CgDb+BQAyvkKADT5FAAg+goAdPoKAIH6CgDN+goA2voKACb7CgAy+woAf/sKAI77CgDY+woA4vsKADH8CgA//AoAivwKAI/8CgDj/AoA8PwKADz9CgBE/QoAjfkUAKH9CgDu/QoA/v0KAEf+CgBQ/goAoP4KAKP+CgD5/goABf8KAFL/CgBZ/woA5vkUAK7/CgAEAAsAEAALAF0ACwBkAAsAP/oUAL8ACwAwBAsAwAALAA8BCwAeAQsAaAELACABCwDMAgsAaQELAMEBCwDdAQsAGgILAFQCCwBzAgsArQILAJj6FADPAgsAJQMLAEEDCwB+AwsAuAMLANcDCwARBAsA8foUAD0ECwCJBAsAlwQLAOIECwD1BAsAOwULAFcFCwCUBQsAzgULAO0FCwAnBgsASvsUAFcGCwCfBgsAqwYLAPgGCwAABwsAo/sUAFYHCwCqBwsAsgcLAAMICwASCAsAXAgLAGEICwC1CAsAwggLAA4JCwAbCQsAZwkLAHMJCwDACQsAzwkLABkKCwAjCgsAcgoLAHoKCwDLCgsA1QoLACQLCwApCwsAfQsLAIULCwD8+xQA5QsLAC8MCwDnCwsAkw0LADAMCwCIDAsApAwLAOEMCwAbDQsAOg0LAHQNCwBV/BQAlg0LAOwNCwAIDgsARQ4LAH8OCwCeDgsA2A4LAK78FAD6DgsAUA8LAGEPCwCpDwsAxQ8LAAIQCwA8EAsAWxALAJUQCwAH/RQAwRALAA0RCwAZEQsAZhELAHURCwC/EQsAyRELABgSCwAgEgsATYALACYSCwBxEgsAdhILAMoSCwDXEgsAIxMLACsTCwB8EwsAghMLANUTCwCMEwsAs3ELAOETCwAuFAsAPhQLAIcUCwCQFAsA4BQLAOMUCwA5FQsARRULAJIVCwCZFQsAYP0UAA4WCwC5/RQAUhYLAJ0WCwCzFgsA9hYLAAIXCwBPFwsAVhcLAKgXCwCtFwsAARgLAAoYCwBaGAsAZBgLABL+FAC4GAsAPcgOAL0YCwAMGQsAvxgLAEtYDgAWGQsAZRkLAGYZCwC+GQsAzRkLABcaCwAcGgsAcBoLAH0aCwDJGgsA1hoLACIbCwAuGwsAexsLAIobCwDUGwsA3hsLAC0cCwA7HAsAhhwLAIscCwDfHAsA7BwLADgdCwA5HQsAkR0LAJYdCwDqHQsA7x0LAEMeCwBUHgsAnB4LAL8eCwD1HgsAAB8LAE4fCwBTHwsApx8LAKofCwAAIAsACiALAFkgCwCBIAsAsiALANEgCwDE/hQAFyELAGQhCwBmIQsAvSELAMwhCwAWIgsAISILAG8iCwB3IgsAyCILAM8iCwAhIwsAIyMLAHojCwCEIwsA0yMLANUjCwAsJAsARSQLAIUkCwCHJAsA3iQLAOEkCwA3JQsAQyULAJAlCwCYJQsAHf8UAPUlCwBCJgsASCYLAJsmCwC2JgsA9CYLAAAnCwBNJwsAUycLAKYnCwCuJwsA/ycLAAEoCwBYKAsAYigLALEoCwC5KAsAdv8UABspCwBjKQsAaikLALwpCwDEKQsAFSoLACIqCwBuKgsAcyoLAMcqCwDRKgsAICsLACgrCwB5KwsAiCsLANIrCwDXKwsAKywLADgsCwCELAsAkSwLAN0sCwDpLAsANi0LAEUtCwCPLQsAmS0LAOgtCwDwLQsAQS4LAEsuCwCaLgsAny4LAPMuCwD7LgsAz/8UAFgvCwClLwsAtS8LAP4vCwAHMAsAVzALAFowCwCwMAsAvDALAAkxCwAQMQsAKAAVAGgxCwC7MQsAwTELABQyCwAZMgsAbTILAHMyCwCBABUAzDILAB8zCwAlMwsAeDMLAH0zCwAlRREAhTMLANEzCwDWMwsAKjQLADI0CwCDNAsArDQLANw0CwC6NAsAgjwLAAU1CwA1NQsAXjULAI41CwC5NQsA5zULAO81CwBANgsATzYLAJk2CwCeNgsA8jYLAP82CwBLNwsAWDcLAKQ3CwCwNwsA/TcLAAw4CwBWOAsAYDgLAK84CwC9OAsACDkLAA05CwBhOQsAbjkLALo5CwDCOQsAEzoLABk6CwBsOgsAeDoLAMU6CwDVOgsAHjsLACc7CwB3OwsAejsLANA7CwDcOwsAKTwLADA8CwDaABUAqzwLANs8CwAGPQsAND0LADw9CwCNPQsAnD0LAOY9CwDrPQsAPz4LAEw+CwCYPgsApT4LAPE+CwD9PgsASj8LAFk/CwCjPwsArT8LAPw/CwAKQAsAVUALAFpACwCuQAsAu0ALAAdBCwAPQQsAYEELAGZBCwC5QQsAxUELABJCCwAiQgsAa0ILAHRCCwDEQgsAx0ILAB1DCwApQwsAdkMLAH1DCwAzARUA0UMLAHxVEQDdQwsAKEQLADVECwCBRAsAjUQLANpECwDgRAsAM0ULADlFCwCMRQsAkUULAOVFCwDrRQsAjAEVAGRGCwCXRgsAvUYLAPBGCwAnRwsASUcLAHJHCwCiRwsAzUcLAD4CFQD+RwsAVEgLAFxICwCtSAsAuUgLAAZJCwAMSQsAX0kLAGVJCwC4SQsAvUkLABFKCwAXSgsA8AIVAJNKCwDDSgsA7EoLABxLCwBASwsAogMVAHtLCwAKjQwAiEsLAM5LCwDdSwsAJ0wLADNMCwCATAsAgUwLANlMCwDjTAsAMk0LAEBNCwCLTQsAkE0LAORNCwDxTQsA+wMVAGBOCwBUBBUAv04LAO9OCwAYTwsASE8LAGxPCwCtBBUAr08LAPpPCwD/TwsAU1ALAGBQCwCsUAsAtFALAAVRCwALUQsAXlELAGpRCwC3UQsAx1ELABBSCwAZUgsAaVILAGxSCwDCUgsA/1ILABtTCwAnUwsABgUVAHpTCwDNUwsA5lMLACZUCwA0VAsAf1QLAIxUCwDYVAsA31QLADFVCwA6VQsAilULAJdVCwDjVQsA+lULADxWCwA/VgsAlVYLAJdWCwDuVgsA91YLAEdXCwBXVwsAoFcLALlXCwD5VwsA+1cLAFJYCwBbWAsAq1gLALNYCwAEWQsABlkLAF1ZCwB2WQsAtlkLAM1ZCwAPWgsAG1oLAGhaCwB5WgsAwVoLAM1aCwAaWwsAJVsLAHNbCwCAWwsAzFsLANZbCwBfBRUAOFwLAH5cCwCMXAsA11wLAL1cCwCIZQsAFV0LADBdCwA9XQsAiV0LAJFdCwDiXQsA6F0LADteCwBHXgsAlF4LAJ9eCwDtXgsA9l4LAEZfCwBJXwsAn18LAKFfCwD4XwsA/18LAFFgCwBTYAsAuAUVAK1gCwADYQsAEWELAFxhCwBhYQsAtWELAMJhCwAOYgsAGmILAGdiCwBvYgsAEQYVAM5iCwAZYwsAKWMLAHJjCwCAYwsAy2MLANRjCwAkZAsALmQLAH1kCwB/ZAsA1mQLAOBkCwAvZQsAMWULAGoGFQCNZQsA4WULAOllCwA6ZgsAQGYLAJNmCwCfZgsA7GYLAPtmCwBFZwsATmcLAJ5nCwChZwsA92cLAPlnCwBQaAsAV2gLAKloCwCraAsAwwYVAAdpCwBbaQsAd2kLALRpCwDQaQsAHAcVABpqCwBUrAwAHGoLAGZqCwBragsAv2oLAMxqCwAYawsAJWsLAHFrCwB3awsAymsLANZrCwAjbAsAM2wLAHxsCwCFbAsA1WwLANhsCwAubQsAOm0LAIdtCwCObQsAdQcVAO9tCwA5bgsAPm4LAJJuCwCfbgsA624LAPhuCwBEbwsASm8LAJ1vCwCpbwsA9m8LAAZwCwBPcAsAWHALAKhwCwCrcAsAAXELAA1xCwBacQsAYXELAM4HFQC1cQsADHILABpyCwBlcgsAdnILACcIFQDFcgsAgAgVAB9zCwDZCBUAdXMLAMlzCwDWcwsAInQLAC90CwB7dAsAh3QLANR0CwDjdAsALXULADd1CwCGdQsAlHULAN91CwDkdQsAOHYLAEV2CwCRdgsAmXYLADIJFQD2dgsAQ3cLAFN3CwCcdwsApXcLAPV3CwD4dwsATngLAFp4CwCneAsArngLAIsJFQACeQsAWXkLAGd5CwCyeQsAw3kLAOQJFQASegsAPQoVAGx6CwCWChUAwnoLABZ7CwAjewsAb3sLAHx7CwDIewsA1HsLACF8CwAwfAsAenwLAIR8CwDTfAsA4XwLACx9CwAxfQsAhX0LAJJ9CwDefQsA5n0LAO8KFQBDfgsAkH4LAKB+CwDpfgsA8n4LAEJ/CwBFfwsAm38LAKd/CwD0fwsA+38LAEgLFQBXgAsApoALALSACwD/gAsAFYELAFiBCwBkgQsAsYELALiBCwAKggsAEoILAGOCCwBoggsAvIILAMWCCwAVgwsAH4MLAKELFQCEgwsAx4MLANODCwAghAsAJ4QLAHmECwCBhAsA0oQLANeECwArhQsANIULAISFCwCOhQsA+gsVAOKFCwAbzQ4A6YULAE/JCwDshQsANoYLAAeGCwC4EBYAO4YLAI+GCwCchgsA6IYLAPWGCwBBhwsATYcLAJqHCwCphwsA84cLAP2HCwBMiAsAWogLAKWICwCyiAsA/ogLABWJCwBXiQsAX4kLALCJCwC6iQsACYoLAA6KCwBiigsAaooLAFMMFQDAigsAFIsLACOLCwBtiwsAjYsLAMaLCwDSiwsAH4wLACmMCwB4jAsAgowLANGMCwDfjAsAKo0LAECNCwCDjQsAj40LANyNCwDhjQsANY4LAD6OCwCOjgsAmI4LAOeOCwDzjgsAQI8LAFOPCwCZjwsAqI8LAPKPCwD+jwsAS5ALAEyQCwCkkAsArpALAP2QCwALkQsAVpELAFuRCwCvkQsAvJELAAUNFQAWkgsAYZILAHeSCwC6kgsAxpILABOTCwAakwsAbJMLAHSTCwDFkwsAypMLAB6UCwAnlAsAd5QLAIGUCwAQDhUA1ZQLACmVCwAxlQsAgpULAIWVCwDblQsA5JULADSWCwBDlgsAjZYLAJiWCwDmlgsA7pYLAD+XCwBPlwsAmJcLAKaXCwDxlwsAApgLAEqYCwBWmAsAo5gLAKuYCwBpDhUAApkLAFWZCwBdmQsArpkLALWZCwAHmgsAFZoLAGCaCwBmmgsAuZoLAMWaCwASmwsAIZsLAGubCwB1mwsAxJsLAMmbCwAdnAsAI5wLAHacCwCKnAsAwg4VAOCcCwAonQsANJ0LAIGdCwCHnQsA2p0LAOCdCwAzngsAOJ4LAIyeCwCSngsAGw8VAOqeCwA+nwsAT58LAJefCwCfnwsA8J8LAKOfCwCVrwsApZ8LAIBAEgD6nwsASaALAFegCwCioAsAuKALAPugCwAHoQsAVKELAFuhCwCtoQsAtaELAAaiCwALogsAX6ILAGiiCwC4ogsAwqILABGjCwAZowsAaqMLAG6jCwDDowsAzqMLABykCwAqpAsAdaQLAIakCwDOpAsA2qQLACelCwAvpQsAdA8VAIKlCwDZpQsA56ULADKmCwA8pgsAi6YLAJmmCwDkpgsA8aYLAD2nCwBUpwsAlqcLAJ6nCwDvpwsA/6cLAEioCwBNqAsAoagLAKeoCwD6qAsAAqkLAFOpCwBVqQsArKkLALmpCwAFqgsADaoLAF6qCwBjqgsAt6oLALiqCwAQqwsAHKsLAGmrCwB2qwsAwqsLAMqrCwAbrAsAKqwLAHSsCwB5rAsAzawLANqsCwAmrQsAM60LAH+tCwCLrQsA2K0LAOetCwAxrgsAO64LAIquCwCYrgsA464LAOiuCwA8rwsASa8LAM0PFQCbrwsA7q8LAPSvCwBHsAsATLALAKCwCwCmsAsAJhAVAAexCwBSsQsAaLELAKuxCwC3sQsABLILAAmyCwBdsgsAZrILALayCwDAsgsAD7MLADKzCwBoswsAbLMLAMGzCwB3swsAJbULAMOzCwAatAsAKLQLAHO0CwB9tAsAzLQLAPC0CwAxERUAK7ULAH61CwCKtQsA17ULANm1CwAwtgsAOrYLAIm2CwCVtgsA4rYLAAa3CwCKERUAP7cLAJS3CwBKtwsA+LgLAJa3CwDttwsA+7cLAEa4CwBQuAsAn7gLAMO4CwDjERUA/rgLAFG5CwBduQsAqrkLAKy5CwADugsADboLAFy6CwBougsAtboLANm6CwA8EhUAK7sLAGe7CwBwuwsAwLsLAM67CwAZvAsAH7wLAHK8CwB+vAsAy7wLANO8CwCVEhUAK70LAH29CwCWvQsA1r0LAOW9CwAvvgsAN74LAIi+CwCXvgsA4b4LAOa+CwA6vwsAR78LAJO/CwCgvwsA7L8LAPi/CwBFwAsAVMALAJ7ACwCowAsA98ALAAXBCwBQwQsAVcELAKnBCwC2wQsA7hIVAAPCCwASTQwAG8ILAFvCCwBlwgsAtMILALbCCwANwwsAG8MLAGbDCwBzwwsAv8MLAMfDCwAYxAsARMQLAHHECwB4xAsAysQLAOPECwAjxQsAMsULAHzFCwCExQsA1cULAOTFCwAuxgsAM8YLAIfGCwCUxgsA4MYLAO3GCwA5xwsARccLAJLHCwChxwsA68cLAPXHCwBEyAsAUsgLAJ3ICwCiyAsA9sgLAAPJCwBHExUAYskLAKjJCwC3yQsAAcoLAA3KCwBaygsAZsoLALPKCwC6ygsADMsLABjLCwBlywsAbMsLAL7LCwDGywsAF8wLABvMCwBwzAsAe8wLAMnMCwDVzAsAIs0LAC/NCwB7zQsAg80LANTNCwDezQsALc4LADPOCwCGzgsAms4LAN/OCwDtzgsAOM8LAEXPCwCRzwsAqM8LAOrPCwDyzwsAQ9ALAE3QCwCc0AsAodALAPXQCwD90AsATtELAF3RCwCn0QsArNELAADSCwAN0gsAWdILAGbSCwCy0gsAvtILAAvTCwAa0wsAZNMLAG7TCwCgExUAxdMLABbUCwAl1AsAb9QLAHTUCwDI1AsA0dQLACHVCwAy1QsAetULAIHVCwDT1QsA29ULACzWCwA51gsAhdYLAIrWCwDe1gsA6NYLADfXCwA/1wsAkNcLAKnXCwDp1wsA9dcLAELYCwBK2AsA+RMVAKrYCwD02AsAEdkLAE3ZCwBW2QsAptkLALTZCwD/2QsABdoLAFjaCwBk2gsAsdoLALjaCwAK2wsAEtsLAGPbCwBz2wsAvNsLAMLbCwAV3AsAGtwLAG7cCwCE3AsAx9wLAM/cCwAg3QsAKt0LAHndCwCE3QsA0t0LAN7dCwAr3gsAM94LAFIUFQCR3gsA3d4LAOTeCwA23wsAQt8LAI/fCwCV3wsA6N8LAPnfCwBB4AsAVeALAJrgCwCo4AsA8+ALAADhCwBM4QsAY+ELAKXhCwCt4QsA/uELAAXiCwBX4gsAWeILALDiCwC64gsACeMLAAvjCwBi4wsAe+MLALvjCwC94wsAFOQLABfkCwBt5AsAeeQLAMbkCwD05AsAqxQVAC7lCwB45QsAleULANHlCwDa5QsAKuYLADjmCwCD5gsAieYLANzmCwDo5gsANecLAD3nCwAEFRUAlucLAOfnCwDt5wsAQOgLAEzoCwCZ6AsAnOgLAPLoCwD36AsAS+kLAFTpCwCk6QsAqukLAP3pCwAM6gsAVuoLAGLqCwCv6gsAt+oLAF0VFQAO6wsAYesLAGbrCwC66wsA0OsLABPsCwAb7AsAbOwLAHrsCwDF7AsAz+wLAB7tCwAh7QsAd+0LAH/tCwDQ7QsA0e0LACnuCwAv7gsAgu4LAJDuCwDb7gsA8e4LADTvCwA27wsAje8LAJPvCwDm7wsA+u8LAD/wCwBH8AsAmPALAKjwCwDx8AsA8/ALAErxCwBZ8QsAo/ELAK3xCwD88QsAAfILAFXyCwBb8gsArvILAMLyCwAH8wsAD/MLAGDzCwBl8wsAufMLAL/zCwAS9AsAGvQLAGv0CwBu9AsAxPQLAMn0CwAd9QsAJvULAHb1CwB89QsAz/ULAN71CwAo9gsANPYLALYVFQCE9gsA2vYLAOL2CwAz9wsAQPcLAIz3CwCR9wsA5fcLAO/3CwA++AsARvgLAJf4CwCZ+AsA8PgLAAv5CwBJ+QsAS/kLAKL5CwCw+QsA+/kLAAz6CwBU+gsAVvoLAK36CwDG+gsABvsLABf7CwBf+wsAa/sLAA8WFQDA+wsAEfwLABf8CwBq/AsAdvwLAMP8CwDg/AsAHP0LACX9CwB1/QsAgf0LAM79CwDR/QsAJ/4LADH+CwCA/gsAiP4LANn+CwDj/gsAMv8LAED/CwCL/wsAof8LAOT/CwDw/wsAPQAMAEQADACWAAwAngAMAO8ADAD0AAwASAEMAFEBDAChAQwAqwEMAPoBDAACAgwAUwIMAFUCDACsAgwAvAIMAAUDDAAPAwwAXgMMAGoDDAC3AwwAvQMMABAEDAAYBAwAaBYVAHUEDADCBAwA1QQMABsFDAA3BQwAdAUMAHwFDADBFhUA2wUMACYGDAA8BgwAfwYMAIsGDADYBgwA3QYMADEHDAA6BwwAigcMAJQHDADjBwwA6wcMADwIDAA+CAwAlQgMAKQIDADuCAwACwkMAEcJDABQCQwAoAkMAK4JDAD5CQwA/wkMAFIKDABgCgwAqwoMALgKDAAECwwAGwsMAF0LDABlCwwAtgsMALgLDAAPDAwAFwwMAGgMDAB3DAwAwQwMAMYMDAAaDQwAJw0MAHMNDACADQwAzA0MANgNDAAlDgwANA4MAH4ODACIDgwA1w4MAOUODAAwDwwANQ8MAIkPDACWDwwAGhcVAOwPDAA7EAwAPRAMAJQQDACbEAwA7RAMAPQQDABGEQwATBEMAJ8RDACtEQwA+BEMAAUSDABREgwAYRIMAKoSDACvEgwAAxMMAAsTDABcEwwAHxMMADiBDABoEwwAtRMMALcTDADWFgwAwhMMAA4UDAATFAwAZxQMAHEUDADAFAwA0BQMABkVDAAeFQwAchUMAHsVDADLFQwA2BUMACQWDAArFgwAfRYMAIUWDABzFxUA5BYMAC8XDABHFwwAiBcMAIoXDADhFwwA+BcMADoYDAA8GAwAkxgMAKEYDADsGAwA+RgMAEUZDABNGQwAzBcVAKEZDAD3GQwAtRkMAP/vDQAAGgwAUBoMAF4aDADQRgwAXxoMAKkaDAC0GgwAAhsMAAobDABbGwwAZhsMALQbDAC5GwwADRwMABAcDABmHAwAcBwMACUYFQDFHAwAGB0MAMkcDABe4RAAMx0MAHEdDAB9HQwAyh0MANAdDAAjHgwAKx4MAHweDACSHgwA1R4MAOMeDAAuHwwAMR8MAIcfDACgHwwA4B8MAOwfDAA5IAwARCAMAJIgDACUIAwA6yAMAAYhDABEIQwAUiEMAJ0hDACqIQwA9iEMAA0iDAB+GBUAUSIMAM3jEABlIgwAqCIMAKkiDAABIwwABiMMAFojDABgIwwAsyMMALUjDAAMJAwAEiQMAGUkDAB5JAwAviQMAMYkDAAXJQwAJyUMAHAlDAByJQwAySUMANclDAAiJgwAMyYMANcYFQCBJgwA1CYMAOAmDAAwGRUALycMAIYnDACXJwwA3ycMAOcnDAA4KAwAQSgMAJEoDACYKAwA6igMAOsoDACJGRUATykMAJwpDACeKQwA9SkMAPwpDABOKgwAVioMAKcqDACwKgwAACsMAAcrDABZKwwAWisMAOIZFQC3KwwACywMABMsDABkLAwAbiwMAL0sDADLLAwAFi0MACwtDABvLQwAey0MAMgtDADNLQwAIS4MACouDAB6LgwAhC4MADsaFQDULgwALC8MADQvDADh1A0ARC8MAIUvDACSLwwA3i8MAOovDAA3MAwAQTAMAJAwDACUMAwA6TAMAO4wDABCMQwASDEMAJsxDAC7MQwA9DEMAAwyDABNMgwAZDIMAKYyDACyMgwA/zIMAAkzDABYMwwAWjMMALEzDAC4MwwACjQMABE0DABjNAwAaTQMALw0DADINAwAFTUMABg1DABuNQwAcTUMAMc1DADTNQwAIDYMACM2DAB5NgwAlTYMANI2DADaNgwAlBoVADc3DACENwwAjjcMAN03DADfNwwANjgMAD04DACPOAwAljgMAOg4DADuOAwAQTkMAE85DACaOQwApzkMAPM5DAADOgwATDoMAFE6DAClOgwArToMAP46DAAOOwwAVzsMAFw7DACwOwwAtjsMAAk8DAARPAwA7RoVAGg8DAC7PAwAwzwMABQ9DAAXPQwAbT0MAHk9DADGPQwAzD0MAB8+DAA6PgwAeD4MAIY+DADRPgwA4D4MACo/DAA2PwwAgz8MAIs/DACfGxUA4T8MADVADAA/QAwAjkAMAJZADADnQAwAB0EMAEBBDABNQQwAmUEMAJ5BDADyQQwA9kEMAEtCDABYQgwA+BsVAKlCDAD9QgwAAEMMAFZDDABgQwwAr0MMALtDDAAIRAwAG0QMAGFEDABwRAwAukQMAMZEDAATRQwAFEUMAGxFDAB2RQwAxUUMANNFDAAeRgwAI0YMAHdGDACERgwAURwVANpGDAApRwwAK0cMAIJHDACbRwwA20cMAOxHDAA0SAwAQEgMAI1IDACVSAwAXB0VAO1IDAA/SQwARkkMAJhJDACeSQwA8UkMAP1JDABKSgwATUoMAKNKDACmSgwA/EoMAARLDABVSwwAZUsMAK5LDACzSwwAB0wMABBMDABgTAwAbUwMALlMDADATAwAtR0VAB5NDABrTQwAeE0MAMRNDADMTQwAHU4MACdODAB2TgwAhU4MAM9ODADQTgwAKE8MADBPDACBTwwAkE8MANpPDADfTwwAM1AMAEBQDACMUAwAmVAMAOVQDADxUAwAPlEMAE1RDACXUQwAoVEMAPBRDAD+UQwASVIMAE5SDACiUgwAr1IMAPtSDAADUwwAVFMMAF5TDACtUwwAslMMAAZUDAAOVAwADh4VAG1UDAC4VAwAxFQMABFVDAAXVQwAalUMAHBVDADDVQwAyFUMABxWDAAiVgwAZx4VAIFWDADOVgwA1FYMACdXDAAtVwwAgFcMAI1XDADZVwwA3lcMADJYDAA6WAwAi1gMAKlYDAByHxUA5VgMAD1ZDABCWQwAllkMAJxZDADvWQwA8VkMAEhaDABOWgwAoVoMALVaDAD6WgwAAlsMAFNbDABjWwwArFsMAK5bDAAFXAwAE1wMAF5cDABvXAwAyx8VAL1cDAAQXQwAHF0MACQgFQB2XQwAwl0MAMpdDAAbXgwAKF4MAHReDAB2XgwAzV4MAONeDAAmXwwAMl8MAH9fDACHXwwA1iAVAORfDAAxYAwANGAMAIpgDACPYAwA42AMAPRgDAA8YQwARWEMAJVhDACfYQwA7mEMAPxhDABHYgwATGIMAKBiDACtYgwALyEVAAVjDABSYwwAX2MMAKtjDACtYwwABGQMABpkDABdZAwAaWQMALZkDAC+ZAwAiCEVABRlDABoZQwAbmUMAMFlDADJZQwAGmYMAB1mDABzZgwAf2YMAMxmDADSZgwAJWcMAEBnDAB+ZwwAi2cMANdnDADZZwwAMGgMAEZoDACJaAwAlWgMAOJoDADqaAwA4SEVAEFpDACUaQwAmWkMAO1pDAAIagwARmoMAFRqDACfagwApmoMAPhqDAAEawwAUWsMAFhrDAA6IhUAtWsMAANsDAALbAwAXGwMAGdsDAC1bAwAumwMAA5tDAARbQwAZ20MAHFtDADAbQwAyG0MABluDAAnbgwAcm4MAHVuDADLbgwA024MACRvDABEbwwAfW8MAIpvDADWbwwA228MAC9wDAAzcAwAiHAMAJVwDACTIhUAAXEMAOwiFQA7cQwAk3EMAJtxDADscQwA/HEMAEVyDABHcgwAnnIMAKxyDAD3cgwACHMMAEUjFQBWcwwAqXMMALVzDACeIxUACXQMAPcjFQBgdAwAtHQMAM50DAANdQwAHHUMAGZ1DABxdQwAv3UMAMF1DAAYdgwAJXYMAHF2DAB+dgwAynYMANZ2DAAjdwwANHcMAHx3DAB/dwwA1XcMAO93DAAueAwAN3gMAId4DACUeAwA4HgMAOZ4DAA5eQwARXkMAJJ5DACVeQwA63kMAPB5DABEegwAVXoMAJ16DAC4egwA9noMAAJ7DABPewwAVnsMAKh7DACqewwAAXwMAAh8DABafAwAYXwMALN8DAC5fAwADH0MABh9DABlfQwAaH0MAL59DADBfQwAF34MACN+DABwfgwAg34MAMl+DADYfgwAIn8MAC5/DAB7fwwAfH8MANR/DADefwwALYAMADuADACGgAwAi4AMAN+ADADsgAwAUCQVAECBDACpJBUAk4EMAOqBDAAAggwAQ4IMAE+CDACcggwApIIMAAIlFQD7ggwAToMMAFaDDACngwwAqoMMAACEDAAMhAwAWYQMAF+EDACyhAwAzYQMAAuFDAAZhQwAZIUMAHOFDAC9hQwAyYUMABaGDAAehgwAWyUVAHSGDADIhgwA0oYMACGHDAAphwwAeocMAJqHDADThwwA4IcMACyIDAAxiAwAhYgMAImIDADeiAwA64gMALQlFQBaiQwADSYVAJWJDADpiQwA+IkMAEKKDABiigwAm4oMAKeKDAD0igwA/ooMAE2LDABZiwwAposMAKyLDAD/iwwABYwMAFiMDABdjAwAsYwMALeMDABmJhUAEI0MAGONDABojQwAvI0MAMKNDAAYJxUAGI4MAG6ODAB4jgwAx44MAMmODAAgjwwAOY8MAHmPDACKjwwA0o8MAOCPDAArkAwALpAMAISQDACPkAwA3ZAMAOWQDAA2kQwAOJEMAI+RDACXkQwA6JEMAPWRDABBkgwATZIMAJqSDACekgwA85IMAPuSDABMkwwAW5MMAKWTDACqkwwA/pMMAAuUDABXlAwAZJQMALCUDAC8lAwACZUMABiVDABilQwAbJUMALuVDADJlQwAFJYMABmWDABtlgwAepYMAHEnFQDOlgwAyicVACOXDACkmwwAK5cMAHiXDAB+lwwA0ZcMANeXDAAqmAwAN5gMAIOYDACImAwA3JgMAOSYDAA1mQwAXpkMAI6ZDABsmQwAQJoMALSZDACZmgwAt5kMAOeZDAAQmgwAIygVAGmaDAB8KBUAv5oMAPKaDAApmwwAS5sMAHSbDADVKBUAspsMAP2bDAAKnAwAVpwMAGKcDACvnAwAtZwMAAidDAAOnQwAYZ0MAGadDAC6nQwAwJ0MAC4pFQA5ngwAHp8MADyeDABsngwAlZ4MAOApFQDungwAOSoVAESfDAB3nwwArp8MANCfDAD5nwwAkioVADOgDACCoAwAh6AMANugDADjoAwA6yoVADmhDACNoQwAlqEMAOahDADzoQwAP6IMAEaiDABEKxUAoKIMAJ0rFQAEowwASqMMAFajDACjowwAsqMMAPyjDAAFpAwAVaQMAF+kDACupAwAsKQMAAelDAAgpQwAYKUMAHGlDAC5pQwAxaUMABKmDAAapgwA9isVAHmmDADEpgwA1aYMAB2nDAAppwwAdqcMAH6nDABPLBUA1KcMACioDAAyqAwAgagMAImoDADaqAwA6qgMADOpDAA4qQwAjKkMAJWpDADlqQwA8qkMAD6qDABFqgwAqCwVAJ2qDACzsxEApKoMAPCqDACqqgwA0mIQAPWqDABJqwwAVasMAKKrDACvqwwA+6sMAAWsDAABLRUAWawMAK2sDAC5rAwABq0MABOtDABfrQwAaa0MALitDADUrQwAEa4MABmuDABaLRUAb64MAMOuDADLrgwAHK8MAB+vDAB1rwwAfq8MAM6vDADdrwwAJ7AMADKwDACAsAwAiLAMANmwDADpsAwAMrEMAECxDACLsQwAnLEMAOSxDADwsQwAPbIMAEWyDACzLRUAnLIMAO+yDAD3sgwASLMMAE+zDAChswwAr7MMAPqzDAAAtAwAU7QMAF+0DACstAwAu7QMAAW1DAAPtQwAXrUMAGO1DAC3tQwAvbUMABC2DAAktgwAabYMAHG2DADCtgwA4LYMABu3DAAjtwwADC4VAHy3DABlLhUA1bcMACa4DAA/uAwAf7gMAIi4DADYuAwA6LgMADG5DABBuQwAirkMAJa5DADjuQwA6bkMADy6DABKugwAlboMAKK6DADuugwABbsMAEe7DABPuwwAoLsMAKq7DAD5uwwAB7wMAFK8DABovAwAq7wMALe8DAAEvQwAC70MAF29DABlvQwAtr0MALu9DAAPvgwAGL4MAGi+DAByvgwAwb4MAMm+DAAavwwAHL8MAHO/DACDvwwAzL8MANa/DAAlwAwAMcAMAH7ADACEwAwA18AMAN/ADAAXLxUAMsEMAInBDACawQwA4sEMAP7BDAA7wgwAQ8IMAHAvFQClwgwA7cIMAP7CDABGwwwATsMMAJ/DDAC4wwwA+MMMAP7DDABRxAwAVsQMAKrEDADKxAwAyS8VAAnFDABcxQwAZMUMALXFDADExQwADsYMABPGDABnxgwAdMYMAMDGDADNxgwAGccMACXHDAByxwwAgccMAMvHDADVxwwAJMgMADLIDAB9yAwAgsgMANbIDADjyAwAL8kMADLJDACIyQwAkMkMAOHJDADjyQwAOsoMAEDKDACTygwAn8oMAOzKDAD0ygwAIjAVAErLDACeywwAossMAPfLDAAEzAwAezAVAFjMDADUMBUAr8wMAALNDAAZzQwAW80MAGTNDAC0zQwAys0MAA3ODAAZzgwAZs4MAHPODAC/zgwAyc4MABjPDAAgzwwAcc8MALHPDADKzwwA888MACPQDAAr0AwAfNAMAJ/QDAAtMRUA5NAMAC7RDADr0AwAFO8MADPRDACH0QwAlNEMAODRDADt0QwAOdIMAEXSDACS0gwAodIMAOvSDAD10gwARNMMAFLTDACd0wwAotMMAPbTDAAD1AwAT9QMAHPUDACo1AwAsNQMAIYxFQAK1QwAWtUMAF3VDACz1QwAvdUMAAzWDAAU1gwAZdYMAH7WDAC+1gwAytYMABfXDAAf1wwA3zEVAIDXDADJ1wwA0dcMACLYDAAs2AwAe9gMAI/YDADU2AwA1dgMAC3ZDAA52QwAhtkMAI7ZDAA4MhUA8tkMADjaDAA52gwAkdoMAJ3aDADq2gwA+doMAEPbDABN2wwAnNsMAJ/bDAD12wwA/dsMAE7cDABP3AwAp9wMAKncDAAA3QwABt0MAFndDABb3QwAst0MAMjdDAAL3gwAF94MAGTeDABu3gwAvd4MAMneDAAW3wwAHN8MAG/fDAB33wwAyN8MAPHfDAAh4AwAKeAMAHrgDACE4AwA0+AMANjgDAAs4QwANOEMAIXhDACe4QwA3uEMAOrhDAA34gwAP+IMAJEyFQCc4gwA6eIMAOziDABC4wwAR+MMAJvjDACk4wwA9OMMAPrjDABN5AwAXOQMAKbkDACy5AwA/+QMABTlDABY5QwAYOUMALHlDAC+5QwA8+sMAMrlDAAK5gwAD+YMAGPmDABo5gwAvOYMAM3mDAAV5wwAHecMAG7nDAAh5wwAK+kMAIXnDADH5wwA1ecMACDoDAA76AwAeegMAIXoDADS6AwA3+gMAOoyFQAt6QwAhOkMAJHpDADd6QwA5ekMADbqDABN6gwAj+oMAJ3qDADo6gwAA+sMAEHrDABN6wwAmusMAKfrDABDMxUA/OsMAEzsDABd7AwApewMALbsDAD+7AwABu0MAFftDABu7QwAsO0MAL7tDAAJ7gwAJO4MAGLuDABu7gwAu+4MAMjuDACcMxUAKO8MAG3vDABw7wwAxu8MAOPvDAAf8AwAMPAMAHjwDACc8AwA0fAMANnwDAD1MxUAM/EMAIPxDACG8QwA3PEMAObxDAA18gwAPfIMAI7yDACn8gwA5/IMAPPyDABA8wwASPMMAE40FQCp8wwA8vMMAPrzDABL9AwAVfQMAKT0DAC49AwA/fQMAP70DABW9QwAYvUMAK/1DAC39QwApzQVABz2DABh9gwAZPYMALr2DADX9gwAE/cMACT3DABs9wwAevcMAMX3DADa9wwAHvgMACb4DAB3+AwAhPgMAPH7DACQ+AwA0PgMANX4DAAp+QwALvkMAIL5DACT+QwA2/kMAOP5DAA0+gwAS/oMAI36DACb+gwA5voMAAH7DAA/+wwAS/sMAJj7DACl+wwAADUVAPr7DABK/AwAW/wMAKP8DAC0/AwA/PwMAAT9DABV/QwAbP0MAK79DAC8/QwAB/4MACL+DABg/gwAbP4MALn+DADG/gwAWTUVACb/DABr/wwAbv8MAMT/DADh/wwAHQANAC4ADQB2AA0AhAANAM8ADQDkAA0AKAENADABDQCBAQ0AjgENAMMHDQCaAQ0A2gENAN8BDQAzAg0AOAINAIwCDQCdAg0A5QINAO0CDQA+Aw0A8QINAPsEDQBVAw0AlwMNAKUDDQDwAw0ACwQNAEkEDQBVBA0AogQNAK8EDQCyNRUA/QQNAFQFDQBhBQ0ArQUNALUFDQAGBg0AHQYNAF8GDQBtBg0AuAYNANMGDQARBw0AHQcNAGoHDQB3Bw0ACzYVAMwHDQAcCA0ALQgNAHUIDQCGCA0AzggNANYIDQAnCQ0APgkNAIAJDQCOCQ0A2QkNAPQJDQAyCg0APgoNAIsKDQCYCg0AZDYVAPUKDQA9Cw0ASQsNAJYLDQCjCw0A7wsNAPQLDQBIDA0AUgwNAKEMDQCxDA0A+gwNAP8MDQBTDQ0AXA0NAKwNDQC5DQ0ABQ4NAAwODQBeDg0Aag4NALcODQC9Dg0AEA8NABYPDQBpDw0Abg8NAMIPDQDIDw0AvTYVACAQDQB0EA0AfBANAM0QDQDjEA0AJhENACsRDQB/EQ0AhhENANgRDQDhEQ0AMRINAEISDQCKEg0AlhINAOMSDQDrEg0AyDcVAD4TDQCVEw0AqxMNAO4TDQD6Ew0ARxQNAE4UDQCgFA0AqBQNACE4FQD+FA0AUhUNAFkVDQCrFQ0AtBUNAAQWDQAVFg0AXRYNAGkWDQC2Fg0AvhYNAHo4FQARFw0AaBcNAH4XDQDBFw0AzRcNABoYDQAhGA0AcxgNAHsYDQDTOBUA0RgNACUZDQAsGQ0AfhkNAIcZDQDXGQ0A6BkNADAaDQA8Gg0AiRoNAJEaDQAsORUA5BoNADsbDQBKGw0AlBsNALQbDQDtGw0A7xsNAEYcDQBdHA0AnxwNAKscDQD4HA0AAB0NAN45FQBWHQ0Aqh0NAKwdDQADHg0ACh4NAFweDQBkHg0AtR4NAL4eDQAOHw0AFB8NAGcfDQB4Hw0AwB8NAMgfDQCQOhUAJSANAHIgDQB1IA0AyyANANAgDQAkIQ0ANSENAH0hDQCYIQ0A1iENAOIhDQAvIg0ANyINAOk6FQCeIg0A4SINAOIiDQA6Iw0APyMNAJMjDQCZIw0A7CMNAPYjDQBFJA0ATSQNAJ4kDQCwJA0AQjsVAAQlDQBQJQ0AWiUNAKklDQCvJQ0AAiYNABYmDQBbJg0AYyYNALQmDQDEJg0ADScNABInDQBmJw0AbCcNAL8nDQDHJw0AGCgNABkoDQBxKA0AcygNAMooDQDZKA0AIykNAEMpDQB8KQ0AfikNANUpDQDsKQ0ALioNADoqDQCHKg0AjyoNAJs7FQDoKg0AOSsNAFIrDQCSKw0AmysNAOsrDQD1Kw0ARCwNAEwsDQCdLA0ArSwNAPYsDQD7LA0ATy0NAFgtDQCoLQ0AtS0NAAEuDQAILg0AWi4NAGIuDQBNPBUAvS4NAAwvDQAULw0AZS8NAHMvDQC+Lw0Ayy8NABcwDQAfMA0AcDANAHIwDQDJMA0A0TANACIxDQAjMQ0AezENAH0xDQDUMQ0A4zENAC0yDQBNMg0AhjINAIgyDQDfMg0A9jINADgzDQBEMw0AkTMNAKszDQDqMw0AFjQNAEM0DQBGNA0AnDQNAKE0DQD1NA0AAjUNAKY8FQBQNQ0ApzUNALE1DQAANg0ADzYNAFk2DQBkNg0AsjYNAMA2DQALNw0AGDcNAGQ3DQB7Nw0AvTcNAMU3DQAWOA0AFzgNAG84DQBxOA0AyDgNANc4DQAhOQ0AQTkNAHo5DQB8OQ0A0zkNAOo5DQAsOg0AODoNAIU6DQCNOg0A/zwVAOM6DQA3Ow0APTsNAJA7DQCYOw0A6TsNAAg8DQBCPA0ATzwNAJs8DQCcPA0A9DwNAAo9DQBNPQ0AaT0NAFg9FQCsPQ0A/z0NAAs+DQBYPg0AaD4NALE+DQC/Pg0ACj8NAB0/DQBjPw0Abz8NALw/DQDDPw0AFUANAB1ADQBuQA0AckANAMdADQDVQA0AIEENACpBDQB5QQ0AhEENANJBDQDaQQ0AK0INAGVCDQCEQg0AjEINAN1CDQDiQg0ANkMNADxDDQCPQw0Al0MNAOhDDQACRA0AQUQNAHtEDQCaRA0AokQNAPNEDQD4RA0ATEUNAFJFDQClRQ0ArUUNAP5FDQAYRg0AV0YNAHFGDQCxPRUAt0YNAAlHDQAVRw0AYkcNAGNHDQC7Rw0Ax0cNABRIDQAhSA0AbUgNAHRIDQDGSA0A0kgNAB9JDQAsSQ0AeEkNAIdJDQDRSQ0A5UkNAGM+FQAsSg0Ag0oNADZKDQDHuhAAhkoNAD8cEACQSg0AtYIOAJJKDQDcSg0A/EoNADVLDQA3Sw0AjksNAKVLDQDnSw0A80sNAEBMDQBITA0AvD4VAJtMDQDyTA0A/0wNAEtNDQBUTQ0ApE0NAKZNDQD9TQ0ADk4NAFZODQBnTg0Ar04NAMNODQAVPxUAKE8NAGFPDQBjTw0Auk8NANFPDQATUA0AH1ANAGxQDQB0UA0Abj8VAMdQDQAeUQ0AIVENAHdRDQB/UQ0A0FENAN1RDQApUg0ALlINAIJSDQCMUg0A21INAONSDQA0Uw0ATVMNAI1TDQCZUw0A5lMNAPJTDQA/VA0ATFQNAJhUDQCgVA0A8VQNAAFVDQBKVQ0AT1UNAKNVDQCsVQ0A/FUNAAlWDQBVVg0AXFYNAK5WDQC2Vg0Axz8VABRXDQBgVw0AY1cNALlXDQDDVw0AElgNABRYDQBrWA0AfFgNAMRYDQDVWA0AHVkNAClZDQB2WQ0AfVkNAM9ZDQDpWQ0AKFoNADBaDQCBWg0AgloNAJZkDQCLWg0A2loNAOBaDQAzWw0AR1sNAIxbDQCUWw0A5VsNAO9bDQA+XA0AQ1wNAJdcDQCfXA0A8FwNAP5cDQBJXQ0AVl0NAKJdDQClXQ0A+10NAAVeDQBUXg0AVl4NAK1eDQC+Xg0ABl8NABdfDQBfXw0AZ18NACBAFQDCXw0AEWANAC1gDQBqYA0AcmANAHlAFQDEYA0AHGENADJhDQB1YQ0AfWENAM5hDQDcYQ0AJ2INADRiDQCAYg0Ag2INANliDQDjYg0AMmMNADRjDQCLYw0AnGMNAORjDQD1Yw0APWQNAEVkDQDSQBUAp2QNAO9kDQD7ZA0ASGUNAEplDQChZQ0ApGUNAPplDQAGZg0AU2YNAFtmDQArQRUAtWYNAAVnDQASZw0AXmcNAGZnDQC3Zw0AyWcNABBoDQAdaA0AaWgNAGpoDQDCaA0A2GgNABtpDQAjaQ0AdGkNAIJpDQDNaQ0A2mkNACZqDQApag0Af2oNAIlqDQDYag0A2moNADFrDQBCaw0AimsNAJtrDQDjaw0A62sNAIRBFQBJbA0AlWwNAJ9sDQDubA0AomwNAJbTDwD8bA0AR20NAF1tDQCgbQ0ArG0NAPltDQAFbg0AUm4NAFhuDQCrbg0AsW4NAARvDQAJbw0AXW8NAGNvDQDdQRUAu28NAA9wDQARcA0AaHANAG9wDQDBcA0AyXANABpxDQAdcQ0Ac3ENAHxxDQDMcQ0A23ENACVyDQAwcg0AfnINAIZyDQDXcg0A53INADBzDQA+cw0AiXMNAJpzDQDicw0A7nMNADt0DQBDdA0A6EIVALJ0DQDtdA0A9XQNAEFDFQBSdQ0An3UNALV1DQD4dQ0AAHYNAFF2DQBwdg0AmkMVAK12DQDA0Q0At3YNAAN3DQAGdw0AQ3YTAAt3DQBcdw0ADXcNALSgEABedw0AtXcNAGZ3DQCShA0AbXcNAEV9DQDCdw0ADngNACJ4DQBneA0Ab3gNAMB4DQDFeA0AGXkNACl5DQByeQ0AenkNAMt5DQDVeQ0AJHoNAC96DQB9eg0AiXoNANZ6DQDeeg0A80MVADR7DQCIew0AkXsNAOF7DQDnew0AOnwNAEl8DQCTfA0An3wNAOx8DQDvfA0ATEQVAEp9DQCefQ0ArX0NAPd9DQD5fQ0AUH4NAGF+DQCpfg0Aun4NAAJ/DQAWfw0AW38NAGN/DQC0fw0Awn8NAA2ADQAagA0AZoANAGmADQC/gA0AyYANABiBDQAagQ0AcYENAIKBDQDKgQ0A24ENACOCDQAvgg0AfIINAIOCDQDVgg0A3YINAC6DDQBFgw0Ah4MNAJODDQDggw0A9oMNADmEDQA8hA0ApUQVAJ2EDQDrhA0A94QNAESFDQBMhQ0A/kQVAKmFDQD2hQ0ADIYNAE+GDQBShg0AqIYNALCGDQABhw0AA4cNAFqHDQB1hw0As4cNALWHDQAMiA0AGogNAGWIDQB2iA0AvogNAMCIDQAXiQ0AMIkNAHCJDQCBiQ0AyYkNANWJDQBXRRUAKIoNAHuKDQCJig0A1IoNAO+KDQAtiw0AOYsNAIaLDQCMiw0A34sNAOeLDQA4jA0ASIwNAJGMDQCWjA0A6owNAPOMDQBDjQ0AUI0NAJyNDQCjjQ0A9Y0NAP2NDQCwRRUAU44NAKeODQCtjg0AAI8NAAiPDQBZjw0AhY8NALKPDQC5jw0AC5ANACSQDQBkkA0Ac5ANAL2QDQDZkA0ACUYVACKRDQBvkQ0AeZENAMiRDQDQkQ0AIZINACiSDQB6kg0AgJINANOSDQDhkg0ALJMNAEeTDQCFkw0AkZMNAN6TDQDkkw0AN5QNAD+UDQCQlA0AnpQNAOmUDQD2lA0AQpUNAEWVDQCblQ0ApZUNAPSVDQD2lQ0ATZYNAFqWDQCmlg0AtZYNAP+WDQALlw0AWJcNAGCXDQBiRhUAtpcNAAqYDQAQmA0AY5gNAGuYDQC8mA0A6JgNABWZDQAcmQ0AbpkNAIeZDQDHmQ0A1pkNACCaDQApmg0AeZoNAH+aDQDSmg0A45oNACubDQBTmw0AhJsNALCbDQDdmw0A5JsNADacDQBPnA0Aj5wNAJ6cDQDonA0ABJ0NALtGFQBGnQ0Amp0NAKSdDQDznQ0AA54NAEyeDQBRng0ApZ4NAK6eDQD+ng0AC58NAFefDQBenw0AsJ8NALyfDQAJoA0AHKANAGKgDQBxoA0Au6ANAMegDQAUoQ0AFaENAG2hDQB3oQ0AxqENANShDQAfog0AJKINAHiiDQCFog0AFEcVAOKiDQAqow0ALKMNAIOjDQCGow0A3KMNAN+jDQA1pA0APKQNAI6kDQCapA0A56QNAPekDQBApQ0AUKUNAJmlDQCepQ0A8qUNAPulDQBLpg0AWKYNAKSmDQCrpg0A/aYNAAmnDQBWpw0AXKcNAK+nDQC1pw0ACKgNAA2oDQBhqA0AZ6gNAB9IFQDEqA0AE6kNACGpDQBsqQ0AfKkNAMWpDQDHqQ0AHqoNAC2qDQB3qg0AgaoNANCqDQDYqg0AKkkVAC+rDQCCqw0AjqsNAINJFQDgqw0ANKwNADysDQCNrA0AnawNAOasDQD0rA0AP60NAEytDQCYrQ0An60NAPGtDQD5rQ0ANUoVAFuuDQCjrg0Aqq4NAPyuDQAErw0AVa8NAGKvDQCurw0As68NAAewDQARsA0AYLANAGiwDQC5sA0A0rANABKxDQAesQ0Aa7ENAHOxDQCOShUA0LENAB2yDQAgsg0AdrINAHuyDQDPsg0A4LINACizDQBDsw0AgbMNAI2zDQDasw0A4bMNADO0DQBPtA0AjLQNAJS0DQDnShUA6rQNAD61DQBItQ0Al7UNAJ+1DQDwtQ0A8rUNABmPDwAAtg0ASbYNAE62DQCitg0Aq7YNAPu2DQAItw0AVLcNAFu3DQBASxUAtrcNAAa4DQATuA0AX7gNAG64DQC4uA0AwrgNABG5DQAfuQ0AarkNAG+5DQDDuQ0A0LkNABy6DQAkug0AmUsVAHa6DQDOug0A2roNACe7DQA0uw0AgLsNAI67DQDZuw0A5rsNADK8DQBJvA0Ai7wNAJO8DQDkvA0A6rwNAD29DQBJvQ0Alr0NALO9DQDvvQ0A+L0NAEi+DQBWvg0Aob4NAKe+DQD6vg0ABr8NAFO/DQBavw0ArL8NALS/DQAFwA0AJMANAPJLFQBvwA0At8ANAMPADQAQwQ0AF8ENAGnBDQBxwQ0AwsENAMzBDQAbwg0AIMINAHTCDQB8wg0AzcINANLCDQAmww0AJ8MNAH/DDQCLww0A2MMNAOXDDQAxxA0AOcQNAIrEDQCNxA0A48QNAO3EDQA8xQ0AQsUNAJXFDQChxQ0A7sUNAPDFDQBHxg0AXcYNAKDGDQC8xg0A+cYNAAHHDQBLTBUAV8cNAKvHDQCzxw0ABMgNAAfIDQBdyA0AZsgNALbIDQDFyA0AD8kNABrJDQBoyQ0AcMkNAMHJDQDRyQ0AGsoNACjKDQBzyg0AhMoNAMzKDQDYyg0AJcsNAC3LDQCkTBUAhMsNANfLDQDfyw0AMMwNADfMDQCJzA0Al8wNAOLMDQDozA0AO80NAEfNDQCUzQ0Ao80NAO3NDQD3zQ0ARs4NAEvODQCfzg0Apc4NAPjODQAMzw0A/UwVAF3PDQCqzw0At88NAAPQDQAG0A0AXNANAGrQDQC10A0AutANAA7RDQAb0Q0AZ9ENAG/RDQBWTRUAyNENABnSDQAf0g0ActINACDSDQBwlA4AftINAMvSDQDo0g0AJNMNAC3TDQB90w0Ai9MNANbTDQDc0w0AL9QNADvUDQCI1A0Aj9QNAK9NFQDi1A0AEHMOAO3UDQA61Q0A8dQNAJZvDgBN1Q0Ak9UNAJ3VDQDs1Q0A+NUNAEXWDQBS1g0AntYNAKHWDQD31g0ABdcNAFDXDQBV1w0AqdcNALbXDQAC2A0ACtgNAAhOFQBh2A0AtNgNAMLYDQAN2Q0AKNkNAGbZDQBy2Q0Av9kNAMXZDQC6ThUAO9oNABNPFQB22g0AytoNANfaDQAj2w0AMNsNAHzbDQCI2w0A1dsNAOTbDQAu3A0AONwNAIfcDQCV3A0A4NwNAOXcDQA53Q0ARt0NAJLdDQCu3Q0A690NAPPdDQBsTxUASd4NAJ3eDQCj3g0A9t4NAP7eDQBP3w0AUN8NAKjfDQCv3w0AAeANAAbgDQBa4A0AYuANALPgDQDB4A0ADOENAA/hDQBl4Q0AbeENAL7hDQDL4Q0AF+INABziDQBw4g0AeuINAMniDQDR4g0AIuMNADPjDQB74w0AgOMNANTjDQDW4w0ALeQNADTkDQCG5A0AkuQNAN/kDQDm5A0AxU8VAETlDQCR5Q0AruUNAOrlDQDz5Q0AQ+YNAFHmDQCc5g0AouYNAPXmDQAB5w0ATucNAFXnDQCn5w0Ar+cNAADoDQAW6A0AWegNAF7oDQCy6A0AuegNAAvpDQAU6Q0AZOkNAHXpDQC96Q0AyekNABbqDQAe6g0Ad1AVAHXqDQDI6g0AzeoNACHrDQA86w0AeusNAIjrDQDT6w0A2usNACzsDQA47A0AhewNAIjsDQDe7A0A5uwNADftDQA47Q0AkO0NAJLtDQDp7Q0A+O0NAELuDQBi7g0Am+4NAJ3uDQD07g0AC+8NAE3vDQBZ7w0Apu8NAK7vDQDQUBUABPANAFjwDQBg8A0AsfANAMHwDQAK8Q0AGPENAGPxDQB08Q0AvPENAMjxDQAV8g0AGPINAG7yDQB28g0Ax/INANXyDQAg8w0ALfMNAHnzDQCB8w0A0vMNAAz0DQApURUALfQNAIT0DQCS9A0A3fQNAO70DQCCURUAPPUNAI/1DQCb9Q0A21EVAAT2DQCNUhUASvYNAJr2DQCw9g0A8/YNAPn2DQDG+g0AA/cNAEz3DQBO9w0ApfcNALP3DQD+9w0AD/gNAOZSFQBe+A0AP1MVALz4DQAJ+Q0ADPkNAGL5DQBs+Q0Au/kNAL75DQAU+g0AJvoNAG36DQCJ+g0AmFMVAM/6DQAf+w0ALPsNAHj7DQCC+w0A0fsNAN/7DQAq/A0AQPwNAIP8DQCP/A0A3PwNAOj8DQA1/Q0AO/0NAI79DQCU/Q0A5/0NAOz9DQBA/g0ARv4NAPFTFQCl/g0A8v4NAPX+DQBL/w0AVf8NAKT/DQCn/w0A/f8NAAYADgBWAA4AZAAOAK8ADgC5AA4ACAEOABQBDgBhAQ4AZAEOALoBDgDMAQ4AEwIOAC8CDgBKVBUAewIOAMUCDgDKAg4AHgMOACcDDgB3Aw4AhAMOANADDgDaAw4AKQQOADsEDgCCBA4AngQOAKNUFQDhBA4ANAUOADoFDgCNBQ4AkgUOAOYFDgDsBQ4A/FQVAEQGDgCYBg4AoQYOAPEGDgD7Bg4ASgcOAE0HDgCjBw4AsQcOAPwHDgADCA4AVQgOAGEIDgCuCA4AxggOAAcJDgAMCQ4AYAkOAHAJDgC5CQ4A0QkOABIKDgAeCg4AawoOAH4KDgDECg4AxgoOAB0LDgAzCw4AdgsOAHcLDgDPCw4A4AsOACgMDgA0DA4AgQwOAIQMDgDaDA4A8gwOADMNDgBCDQ4AjA0OAJENDgDlDQ4A7g0OAD4ODgBLDg4Alw4OAKEODgDwDg4AAg8OAEkPDgBlDw4ArlUVAKkPDgAupBAArA8OAPsPDgAHEA4AVBAOAFcQDgCtEA4AtxAOAAYRDgAJEQ4AXxEOAGgRDgC4EQ4AxhEOABESDgAbEg4AahIOAHYSDgAHVhUAyxIOABwTDgAsEw4AdRMOAHcTDgDOEw4A3BMOACcUDgA4FA4AYFYVAIYUDgDZFA4A5RQOALlWFQA7FQ4AixUOAKEVDgDkFQ4A+hUOAD0WDgA/Fg4AlhYOAJwWDgDvFg4AAxcOAEgXDgBgFw4AoRcOALIXDgD6Fw4ACBgOAFMYDgBgGA4ArBgOALgYDgAFGQ4AFxkOAF4ZDgB6GQ4AtxkOAMkZDgBrVxUAERoOAGkaDgB1Gg4AwhoOANEaDgAbGw4AIxsOAMRXFQB2Gw4AzRsOANsbDgAmHA4ANxwOAB1YFQCGHA4AdlgVAOAcDgAoWRUAMh0OAGU6DgA0HQ4A7SYOADUdDgDuHg4ANx0OAFwpDgA4HQ4AcyMOADodDgB7PA4APR0OAIodDgA+HQ4AXSEOAEAdDgDsLg4AkB0OAOMdDgDpHQ4APB4OAEEeDgCVHg4Amx4OAIFZFQDwHg4ARx8OAE0fDgCgHw4ArR8OAIxaFQAGIA4AUiAOAGkgDgCrIA4AxyAOAAQhDgAMIQ4A5VoVAGIhDgC2IQ4AwCEOAA8iDgAdIg4AaCIOAHciDgDBIg4AzSIOAD5bFQAiIw4Al1sVAH8jDgDMIw4AzSMOACUkDgArJA4AfiQOAIokDgDXJA4A5iQOADAlDgAyJQ4AiSUOAJMlDgDiJQ4A7iUOADsmDgBCJg4A8FsVAJwmDgBJXBUA9yYOAEYnDgBMJw4AnycOAK0nDgD4Jw4ABygOAFEoDgBbKA4AqigOAMYoDgADKQ4ACykOAKJcFQBoKQ4AtSkOAMQpDgAOKg4AEyoOAGcqDgCCKg4AwCoOAMwqDgAZKw4AHysOAHIrDgB0Kw4AyysOAOQrDgAkLA4ANSwOAH0sDgCJLA4A1iwOAO4sDgAvLQ4AOy0OAIgtDgCOLQ4A4S0OAOctDgA6Lg4APy4OAJMuDgCZLg4A+1wVAPEuDgBFLw4ASy8OAJ4vDgBbLw4AfDQOAKovDgD3Lw4ADzAOAFAwDgBUMA4ADTIOAFwwDgCpMA4ArzAOAAIxDgAIMQ4AWzEOAGAxDgC0MQ4AujEOAAZeFQAPMg4AZjIOAGwyDgC/Mg4AzDIOABFfFQAlMw4AcTMOAIgzDgDKMw4A5jMOACM0DgArNA4Aal8VAH00DgDVNA4A4zQOAC41DgA/NQ4AhzUOAJM1DgDgNQ4A+DUOADk2DgA9Ng4A9jcOAEU2DgCSNg4AmDYOAOs2DgDxNg4ARDcOAEk3DgCdNw4AozcOAMNfFQD4Nw4ATzgOAFU4DgCoOA4AtTgOAM5gFQAOOQ4AWjkOAHE5DgCzOQ4AzzkOAAw6DgAUOg4AJ2EVAGc6DgC+Og4AxDoOABc7DgAaOw4AcDsOAHw7DgDJOw4A5TsOACI8DgAqPA4AgGEVAH48DgDUPA4A4DwOAC09DgAzPQ4Ahj0OAJ49DgDfPQ4A4z0OAJw/DgDmPQ4AIUQOAOs9DgA4Pg4A7D0OAAtCDgA+Pg4AkT4OAJc+DgDqPg4A7z4OAEM/DgBJPw4A2WEVAJ4/DgD1Pw4A+z8OAE5ADgBbQA4A5GIVALRADgAAQQ4AF0EOAFlBDgB1QQ4AskEOALpBDgA9YxUAEEIOAGRCDgBuQg4AvUIOAMtCDgAWQw4AJUMOAG9DDgB7Qw4AlmMVANBDDgDvYxUALUQOAHpEDgB7RA4A00QOANlEDgAsRQ4AOEUOAIVFDgCURQ4A3kUOAOBFDgA3Rg4AQUYOAJBGDgCcRg4A6UYOAPBGDgBIZBUASkcOAKFkFQClRw4A9EcOAABIDgBNSA4AY0gOAKZIDgCySA4A/0gOABJJDgBYSQ4AZkkOALFJDgC7SQ4A+mQVABJKDgBTZRUAeUoOALxKDgDISg4AFUsOACJLDgBuSw4AeEsOAMdLDgDJSw4AIEwOACpMDgB5TA4Ah0wOANJMDgDXTA4AK00OADhNDgCETQ4AjE0OAN1NDgDtTQ4ANk4OADhODgCPTg4AmE4OAOhODgD5Tg4AQU8OAEtPDgCsZRUApk8OAPNPDgAKUA4ATFAOAGdQDgAFZhUAvlAOAP5QDgAEUQ4AV1EOAGFRDgBeZhUAslEOAAlSDgAaUg4AYlIOAGpSDgC7Ug4AflIOAFyCDgDHUg4AFFMOABpTDgBtUw4Ac1MOAMZTDgDLUw4AH1QOACVUDgC3ZhUAlFQOANFUDgDZVA4AwmcVADhVDgCDVQ4AlFUOANxVDgDtVQ4ANVYOAEFWDgCOVg4AlVYOABtoFQD4Vg4AQFcOAFFXDgCZVw4ApVcOAPJXDgD5Vw4AdGgVAE1YDgCkWA4ApVgOAP1YDgAFWQ4AVlkOAFtZDgCvWQ4AuFkOAAhaDgASWg4AYVoOAGlaDgC6Wg4Av1oOABNbDgAjWw4AbFsOAHRbDgDFWw4A21sOAB5cDgAqXA4Ad1wOAI1cDgDQXA4A1VwOACldDgAvXQ4Agl0OAJZdDgDNaBUA8V0OADReDgBCXg4AjV4OAJpeDgDmXg4A6F4OAD9fDgBJXw4AmF8OAKRfDgDxXw4A+F8OAEpgDgBSYA4Ao2AOALxgDgD8YA4AEGEOAFVhDgBdYQ4ArmEOALBhDgAHYg4AFGIOAGBiDgBlYg4AuWIOAMNiDgASYw4AHWMOAGtjDgB3Yw4AxGMOAMpjDgAdZA4AJWQOAHZkDgB3ZA4Az2QOANVkDgAoZQ4ALWUOAIFlDgCQZQ4A2mUOAOZlDgAzZg4ANmYOAIxmDgCPZg4AJmkVAOpmDgA+Zw4AWmcOAH9pFQC3Zw4A2GkVAPNnDgBJaA4AU2gOAIpqFQCvaA4A+2gOAANpDgBUaQ4AXWkOAK1pDgC6aQ4ABmoOAA1qDgBfag4Aa2oOALhqDgDIag4AEWsOAB9rDgBqaw4Ad2sOAMNrDgDPaw4AHGwOACNsDgB1bA4AfWwOAONqFQDQbA4AJ20OADhtDgCAbQ4AiW0OANltDgDlbQ4APGsVADhuDgCLbg4Al24OAJVrFQDqbg4APW8OAElvDgAEbhUAmG8OAO9vDgD5bw4ASHAOAEpwDgChcA4AsnAOAPpwDgACcQ4AU3EOAF9xDgCscQ4AsnEOAAVyDgALcg4AXnIOAGNyDgC3cg4AvXIOAF1uFQAScw4AaXMOAG9zDgDCcw4AxXMOABt0DgAndA4AdHQOAHx0DgBobxUA03QOACZ1DgAsdQ4Af3UOAIR1DgDYdQ4A3nUOAMFvFQAzdg4AinYOAJN2DgDjdg4A+nYOADx3DgBHdw4AlXcOAJ93DgDudw4A9ncOAMxwFQBUeA4AoHgOAKh4DgD5eA4AA3kOAFJ5DgBdeQ4Aq3kOALF5DgAEeg4AEHoOAF16DgBfeg4AtnoOAL16DgAPew4AF3sOAGh7DgB6ew4AJXEVAAJ8DgAafA4AInwOAHN8DgCWfA4AMHIVAM58DgAlfQ4AMn0OAH59DgCFfQ4A130OAOh9DgAwfg4APH4OAIl+DgCQfg4A4n4OAON+DgA3nw4A6n4OAIlyFQBOfw4AlH8OAKN/DgDtfw4A+X8OAEaADgBHgA4An4AOAKmADgD4gA4ABoEOAFGBDgBWgQ4AqoEOALeBDgDichUAC4IOADtzFQBkgg4AlHMVAMOCDgAOgw4AHYMOAGeDDgCHgw4AwIMOAMyDDgAZhA4AIIQOAHKEDgB6hA4Ay4QOAM2EDgAkhQ4ALoUOAJ90FQCHhQ4A1oUOAN6FDgD4dBUAOYYOAIiGDgCQhg4AUXUVACOHDgA6hw4AQocOAJOHDgCxhw4AqnUVAPGHDgA8gg8A+IcOAKTSEQD6hw4ARYgOAEyIDgDsnRAAVYgOAJ6IDgCuiA4A94gOAAOJDgBQiQ4AVokOAKmJDgDFiQ4AAooOAAqKDgADdhUAb4oOALSKDgC+ig4ADYsOABmLDgBmiw4AbosOAFx2FQDKiw4AGIwOABqMDgBxjA4Ad4wOAMqMDgDSjA4AtXYVADONDgB8jQ4Afo0OANWNDgDjjQ4ALo4OAD+ODgAOdxUAjo4OAGd3FQDmjg4AOY8OAD6PDgCSjw4AmI8OAMB3FQD1jw4ARJAOAEaQDgCdkA4AsJAOAPaQDgD+kA4AT5EOAFuRDgCokQ4ArpEOAAGSDgAHkg4AWpIOAF+SDgCzkg4AuZIOAMt4FQAVkw4AZZMOAHKTDgC+kw4AxZMOABeUDgAflA4AJHkVAHyUDgDJlA4A05QOACKVDgAulQ4Ae5UOAIqVDgDUlQ4A3pUOAC2WDgA5lg4AhpYOAI2WDgB9eRUA55YOANZ5FQBElw4AkZcOAJuXDgDqlw4A9pcOAEOYDgBSmA4AnJgOAKaYDgD1mA4AAZkOAE6ZDgBVmQ4AL3oVALWZDgAAmg4Ax5kOAEl+EAAXmg4AWZoOAGaaDgCymg4AtJoOAAubDgAcmw4AZJsOAICbDgC9mw4AxZsOAIh6FQAvnA4Ab5wOAIOcDgDInA4A0JwOACGdDgAknQ4Aep0OAIidDgDTnQ4A6p0OACyeDgA5ng4AhZ4OAIeeDgDeng4A754OAOF6FQA9nw4AkJ8OAJWfDgDpnw4A/58OAEKgDgBQoA4Am6AOAJ6gDgD0oA4AAKEOAE2hDgBToQ4ApqEOALKhDgD/oQ4AK6IOAFiiDgBkog4AsaIOAMCiDgAKow4AFKMOAGOjDgBxow4AvKMOAMGjDgAVpA4AIqQOADp7FQBwpA4Ax6QOANWkDgAgpQ4ALaUOAHmlDgCLpQ4Ak3sVAOGlDgArpg4AN6YOAISmDgCdpg4A3aYOAN+mDgA2pw4ARacOAI+nDgCvpw4A6KcOAPCnDgBBqA4AZKgOAOx7FQCfqA4A86gOAPaoDgBMqQ4AVqkOAKWpDgCtqQ4A/qkOAASqDgBXqg4AY6oOALCqDgC/qg4ACasOABWrDgBiqw4Ab6sOALurDgDFqw4AFKwOABysDgBtrA4AfKwOAMasDgDIrA4AH60OADCtDgB4rQ4Aia0OANGtDgDZrQ4AKq4OADuuDgCDrg4Aha4OANyuDgDfrg4ANa8OAD+vDgCOrw4Asq8OAOevDgADsA4ARXwVAEawDgCZsA4AnrAOAPKwDgABsQ4AS7EOAFexDgCksQ4Ap7EOAP2xDgAAsg4AVrIOAF6yDgCvsg4AvrIOAAizDgANsw4AYbMOAHezDgC6sw4Au7MOABO0DgAktA4AbLQOAHi0DgDFtA4Az7QOAB61DgAqtQ4Ad7UOAH61DgCefBUA1LUOACm2DgA3tg4AgrYOAIy2DgDbtg4A5rYOADS3DgA8tw4AjbcOAJm3DgDmtw4A+bcOAD+4DgBNuA4AmLgOAKK4DgDxuA4A+bgOAEq5DgBZuQ4Ao7kOAKi5DgD8uQ4AA7oOAFW6DgBhug4A93wVALq6DgAHuw4ACrsOAGC7DgBjuw4AubsOAMG7DgA2bxEA07sOABK8DgAevA4Aa7wOAH68DgDEvA4A0rwOAB29DgAnvQ4Adr0OAJm9DgBQfRUA2b0OACi+DgA0vg4Agb4OAIi+DgDavg4A4r4OADO/DgA3vw4AjL8OAJq/DgDlvw4A778OAD7ADgBJwA4Al8AOAJ/ADgDwwA4A/8AOAEnBDgBOwQ4AosEOAKnBDgD7wQ4AB8IOAFTCDgBcwg4AqX0VAMPCDgCZeBEAxsIOAAbDDgAQww4AX8MOAGvDDgC4ww4Au8MOABHEDgAbxA4AasQOAG3EDgDDxA4A08QOABzFDgAexQ4AdcUOAIPFDgDOxQ4A38UOAAJ+FQAuxg4AW34VAJnGDgDZxg4A48YOADLHDgA+xw4Ai8cOAI7HDgDkxw4A7scOALR+FQBCyA4AlsgOALbIDgANfxUA/cgOAEjJDgBeyQ4AockOAK3JDgD6yQ4AAcoOAFPKDgBbyg4ArMoOALHKDgAFyw4ADssOAF7LDgBoyw4At8sOAL/LDgAQzA4AHswOAGnMDgB2zA4AwswOAMrMDgC/fxUAK80OAHTNDgB8zQ4AGIAVANTNDgAmzg4AMs4OAH/ODgCGzg4A2M4OAODODgAxzw4AO88OAIrPDgCYzw4A488OAPnPDgA80A4ASNAOAJXQDgCa0A4A7tAOAPfQDgBH0Q4AUdEOAKDRDgCo0Q4A+dEOAP7RDgBS0g4AYtIOAKvSDgCz0g4AcYAVABLTDgBd0w4Ac9MOALbTDgDC0w4AD9QOABbUDgBo1A4AcNQOAMHUDgDG1A4AGtUOACPVDgBz1Q4AfdUOAMzVDgDU1Q4AJdYOACfWDgBQ4g4AM9YOAH7WDgCL1g4A19YOAN/WDgDKgBUAPNcOAInXDgCM1w4A4tcOAOzXDgAjgRUASdgOAJTYDgCq2A4A7dgOAPnYDgBG2Q4ATdkOAJ/ZDgCn2Q4A+NkOAP3ZDgBR2g4AWtoOAKraDgC02g4AA9sOAAvbDgBc2w4AXtsOALXbDgDF2w4ADtwOABjcDgBn3A4Ac9wOAMDcDgDG3A4A1YEVACfdDgBy3Q4AiN0OAMvdDgDX3Q4AJN4OACneDgB93g4Aht4OANbeDgDg3g4AL98OADffDgCI3w4Aqt8OAC6CFQDw3w4AOuAOAEbgDgCT4A4AlOAOAOzgDgD24A4AReEOAFPhDgCe4Q4Ao+EOAPfhDgAE4g4Ah4IVAGDiDgCp4g4As+IOAALjDgAO4w4AW+MOAGHjDgC04w4AvOMOAJKDFQAS5A4AZuQOAG7kDgC/5A4Ay+QOAC3vDgDY5A4AGOUOACTlDgBx5Q4AeeUOAOuDFQDX5Q4AI+YOACvmDgB85g4AiuYOANXmDgDi5g4ALucOADHnDgCH5w4AkecOAODnDgDi5w4AOegOAEboDgCS6A4AoegOAOvoDgD36A4AROkOAEzpDgBEhBUArekOAPbpDgD+6Q4AT+oOAFvqDgCo6g4AruoOAAHrDgAH6w4AWusOAF/rDgCz6w4AuesOAJ2EFQAZ7A4AZewOAGrsDgC+7A4AyOwOABftDgAf7Q4AcO0OAHztDgDJ7Q4A3O0OACLuDgAw7g4Ae+4OAH7uDgDU7g4A3u4OAPaEFQBA7w4Ahu8OAJTvDgDf7w4A4u8OADjwDgBC8A4AT4UVAJbwDgDq8A4An/AOAOYQDwDy8A4AQ/EOAE/xDgCc8Q4AovEOAPXxDgCv8Q4Adw4PAPvxDgBO8g4AU/IOAKfyDgCt8g4AqIUVAAbzDgBZ8w4AXvMOALLzDgC48w4AAYYVABn0DgBk9A4Af/QOAL30DgDJ9A4AFvUOAB31DgBahhUAePUOAMj1DgDV9Q4AIfYOAC32DgB69g4AjfYOANP2DgDU9g4ALPcOADj3DgCF9w4AlPcOAN73DgDo9w4AN/gOAEP4DgCQ+A4Al/gOALOGFQDv+A4AQvkOAEj5DgCb+Q4AoPkOAPT5DgD6+Q4AZYcVAFb6DgCm+g4As/oOAP/6DgAD+w4AWPsOAFr7DgCx+w4AvvsOAAr8DgAU/A4AvocVAGr8DgC8/A4AxPwOABX9DgAh/Q4Abv0OAIH9DgDH/Q4A1v0OACD+DgAs/g4Aef4OAHr+DgDS/g4A3P4OACv/DgA5/w4AhP8OAIn/DgDd/w4A6v8OABeIFQBCAA8AjwAPAJUADwDoAA8A7gAPAEEBDwBGAQ8AmgEPAKABDwBwiBUA+AEPAEwCDwBWAg8AIokVAK0CDwD+Ag8ACwMPAFcDDwBcAw8AsAMPALoDDwAJBA8AEQQPAGIEDwBuBA8AuwQPAM4EDwAUBQ8AFQUPAG0FDwB5BQ8AxgUPANUFDwAfBg8AKQYPAHgGDwCABg8A0QYPANMGDwB7iRUAMwcPAIMHDwCSBw8A3AcPAOsHDwA1CA8AQQgPAI4IDwCRCA8A5wgPAOoIDwDUiRUAQgkPAJkJDwCcCQ8A8gkPAPoJDwBLCg8AWAoPAKQKDwCpCg8A/QoPAAcLDwBWCw8AXgsPAK8LDwC7Cw8ACAwPABsMDwBhDA8AYgwPALoMDwDGDA8AEw0PACINDwBsDQ8Adg0PAMUNDwDRDQ8AHg4PACUODwAtihUAhg4PANAODwDcDg8AKQ8PACoPDwCCDw8AjA8PANsPDwDpDw8ANBAPADkQDwCNEA8AmhAPAIaKFQD3EA8A34oVAEwRDwCYEQ8AphEPAPERDwACEg8AShIPAGwSDwA4ixUAqBIPAPwSDwCpEg8Ap0sPAAQTDwBVEw8AVhMPANoXDwBYEw8A5RgPAFoTDwDPFg8AWxMPAEkaDwBcEw8AxBUPAGQTDwCuEw8AbhMPAGodDwCzEw8ABxQPABQUDwBgFA8AbRQPALkUDwDFFA8AEhUPACEVDwBrFQ8AdRUPAJGLFQDSFQ8AHRYPAB8WDwB2Fg8AhxYPAOqLFQDQFg8AKBcPADQXDwCBFw8AjhcPAEOMFQDoFw8AMxgPAEAYDwCMGA8AoxgPAJyMFQDuGA8ArRsPAO8YDwA+GQ8AQBkPAJcZDwCdGQ8A8BkPAPoZDwD1jBUAVRoPAKIaDwCkGg8A+xoPAAobDwBUGw8AXxsPAE6NFQC8Gw8ABhwPABUcDwBfHA8AaxwPALgcDwDEHA8AER0PABgdDwCnjRUAdh0PAMMdDwDLHQ8AAI4VADUeDwB1Hg8Ahh4PAM4eDwDaHg8AWY4VAC4fDwCAHw8AiB8PANkfDwDaHw8AMiAPADggDwCLIA8AkCAPAOQgDwDlIA8APSEPAEkhDwCWIQ8AnCEPAO8hDwD5IQ8ASCIPAFYiDwDYJw8AXCIPAKEiDwCpIg8Aso4VAAojDwBTIw8AWyMPAKwjDwC1Iw8ABSQPALkjDwDNJg8AEiQPAF4kDwBlJA8AtyQPAMMkDwAQJQ8AICUPAGklDwB3JQ8AwiUPAM8lDwAbJg8AJyYPAHQmDwB7Jg8AC48VANYmDwAmJw8ANycPAH8nDwCQJw8AZI8VAOQnDwAxKA8ANCgPAIooDwCSKA8A4ygPAOgoDwA8KQ8ATCkPAJUpDwCdKQ8A7ikPAPcpDwBHKg8A+ykPAA8tDwBUKg8AoCoPAKcqDwD5Kg8ABSsPAFIrDwBiKw8AqysPALkrDwAELA8AESwPAF0sDwBpLA8AtiwPAL0sDwC9jxUAGC0PAGgtDwB5LQ8AwS0PANItDwAWkBUAHy4PAHMuDwCALg8AzC4PANguDwAlLw8ALy8PAH4vDwCSLw8A1y8PANgvDwAwMA8APDAPAIkwDwCoMA8A4jAPAOowDwA7MQ8AQDEPAJQxDwCtMQ8A7TEPABkyDwBGMg8AUjIPAJ8yDwCuMg8A+DIPAAIzDwBRMw8AWTMPAKozDwC1Mw8AAzQPAAU0DwBcNA8AXzQPALU0DwC9NA8ADjUPABs1DwBnNQ8AbDUPAMA1DwDINQ8AGTYPABs2DwByNg8AfDYPAMs2DwDVNg8AJDcPACo3DwB9Nw8AizcPANY3DwDvNw8ALzgPADg4DwCIOA8AkjgPAOE4DwDtOA8Ab5AVAEY5DwCTOQ8AnTkPAOw5DwD3OQ8ARToPAEo6DwCeOg8ApToPAPc6DwD/Og8AUDsPAH07DwDIkBUAsDsPAAI8DwAKPA8AWzwPAIg8DwC0PA8AuTwPAA09DwAOPQ8AZj0PAHA9DwC/PQ8AzT0PABg+DwAdPg8AcT4PAH4+DwDKPg8A5j4PACM/DwA/Pw8AIZEVAIk/DwDVPw8A2T8PAC5ADwA0QA8Ah0APAIlADwDgQA8A4UAPADlBDwBcQQ8AkkEPALZBDwDrQQ8AGEIPAERCDwBMQg8AnUIPAKJCDwD2Qg8AA0MPAE9DDwBXQw8AqEMPAKpDDwABRA8ACUQPAFpEDwCHRA8As0QPAMBEDwAMRQ8AEUUPAGVFDwByRQ8AvkUPAMpFDwAXRg8AREYPAHBGDwB4Rg8AyUYPAORGDwAiRw8AJEcPAHtHDwCMRw8A1EcPAN1HDwAtSA8AOUgPAHqRFQCTSA8A30gPAPpIDwA4SQ8APUkPAJFJDwCxSQ8A05EVAPJJDwAskhUAUUoPAJxKDwCmSg8A9UoPAABLDwBOSw8AVksPAN6SFQCwSw8AAEwPAApMDwBZTA8AZEwPALJMDwDGTA8AC00PACBNDwBkTQ8AbE0PAL1NDwDUTQ8AFk4PABtODwBvTg8AeU4PAMhODwDQTg8AN5MVACNPDwB6Tw8Ai08PANNPDwDWTw8ALFAPADhQDwCQkxUAk1APAN5QDwDvUA8A6ZMVADpRDwCQUQ8Ak1EPAOlRDwD1UQ8AQlIPAEhSDwCbUg8ApVIPAEKUFQABUw8ATVMPAGRTDwCmUw8ArlMPAJuUFQAFVA8AWFQPAF5UDwCxVA8AyVQPAApVDwAMVQ8AY1UPAGZVDwC8VQ8Av1UPABVWDwAhVg8AblYPAHRWDwDHVg8A0VYPAE2VFQAlVw8AeVcPAIZXDwCmlRUA4lcPACtYDwA3WA8AhFgPAIpYDwDdWA8A6VgPADZZDwDrWA8ATh4TAENZDwCPWQ8AnlkPAOhZDwD0WQ8AQVoPAElaDwD/lRUAoloPAPNaDwD1Wg8ATFsPAFtbDwClWw8Ar1sPAP5bDwAHXA8AV1wPAFlcDwCwXA8AwVwPAAldDwAeXQ8AYl0PAGpdDwC7XQ8A/l0PABReDwAcXg8AbV4PAHleDwDGXg8A2V4PAB9fDwAgXw8AeF8PAIRfDwDRXw8A4F8PACpgDwA0YA8Ag2APAI9gDwDcYA8A42APALGWFQBRYQ8ACpcVAJFhDwDnYQ8A72EPAEBiDwBNYg8AmWIPAJ5iDwDyYg8A/GIPAEtjDwBTYw8ApGMPAK5jDwApaA8AtGMPAD9qDwDRYw8A/WMPAAdkDwBWZA8ADWQPABNmDwBcZA8Ar2QPALhkDwAIZQ8AFGUPAGFlDwCOZQ8AumUPANZlDwC8lxUAFWYPAGxmDwB9Zg8AxWYPAMhmDwAeZw8AKmcPAHdnDwCkZw8A0GcPAOxnDwAVmBUAL2gPAIJoDwCLaA8A22gPAOVoDwA0aQ8AP2kPAI1pDwChaQ8A5mkPAAJqDwBumBUAQWoPAJhqDwCpag8A8WoPAPRqDwBKaw8AXmsPAKNrDwC/aw8Ax5gVAARsDwAgmRUAX2wPAK5sDwC3bA8AB20PAAltDwBgbQ8AcW0PALltDwDdbQ8AeZkVACxuDwDSmRUAcG4PAMRuDwDdbg8AHW8PACdvDwB2bw8AeG8PAM9vDwDdbw8AKHAPADVwDwCBcA8AjXAPANpwDwDhcA8AM3EPADtxDwArmhUAlHEPAISaFQDxcQ8APnIPAFtyDwCXcg8AoHIPAPByDwD+cg8ASXMPAE9zDwCicw8ArnMPAPtzDwACdA8AVHQPAFx0DwCtdA8At3QPAAZ1DwASdQ8AX3UPAGJ1DwC4dQ8AwnUPADabFQAWdg8AanYPAIV2DwDDdg8Az3YPABx3DwAidw8AdXcPAHd3DwDOdw8A5XcPACd4DwAzeA8AgHgPAIh4DwDomxUA6XgPADJ5DwA6eQ8AQZwVAJd5DwDkeQ8A6nkPAD16DwBDeg8AlnoPAJt6DwDveg8A9XoPAJqcFQBSew8AoXsPAKl7DwBMnRUAAHwPAFN8DwBbfA8ArHwPALl8DwAFfQ8AEX0PAF59DwBgfQ8At30PAL19DwAQfg8AGH4PAKWdFQB2fg8Awn4PAMl+DwAbfw8AI38PAHR/DwB5fw8AzX8PAN1/DwAmgA8ALoAPAH+ADwCNgA8A2IAPAOWADwAxgQ8AMoEPAIqBDwCTgQ8A44EPAO2BDwD+nRUASIIPAJWCDwCYgg8A7oIPAPaCDwBHgw8AVIMPAKCDDwClgw8A+YMPAAOEDwBShA8AWoQPAKuEDwC3hA8ABIUPABeFDwBdhQ8Aa4UPALaFDwC5hQ8AD4YPABmGDwBXnhUAbYYPAMGGDwDNhg8AGocPAB2HDwBzhw8Ae4cPAMyHDwDZhw8AJYgPACqIDwB+iA8AiIgPANeIDwDfiA8AMIkPADyJDwCJiQ8AnIkPAOKJDwDwiQ8AO4oPAD6KDwCUig8AnooPALCeFQDzig8ARosPAFKLDwCfiw8AoYsPAPiLDwD/iw8AUYwPAGWMDwCqjA8AsowPAAONDwAPjQ8AXI0PAG+NDwC1jQ8Aw40PAA6ODwARjg8AZ44PAHGODwDAjg8Aw44PAAmfFQA0jw8Aco8PAHSPDwDLjw8A2Y8PACSQDwA1kA8AfZAPAH+QDwDWkA8A75APAC+RDwBAkQ8AiJEPAJSRDwBinxUA6pEPADqSDwBHkg8Ak5IPAJ2SDwDskg8A+pIPAEWTDwBbkw8AnpMPAKqTDwD3kw8AA5QPAFCUDwBjlA8AqZQPALiUDwAClQ8ADpUPAFuVDwBclQ8AtJUPAL6VDwANlg8AG5YPAGaWDwBrlg8Av5YPAMyWDwC7nxUAJpcPAHGXDwCHlw8AypcPANaXDwAjmA8AKpgPAHyYDwCEmA8A1ZgPANqYDwAumQ8AN5kPAIeZDwCRmQ8A4JkPAOiZDwA5mg8APZoPAJKaDwCUmg8A65oPAPmaDwBEmw8ATpsPAJ2bDwCrmw8A9psPAAOcDwBPnA8AZpwPAKicDwCwnA8AAZ0PABGdDwBanQ8AX50PALOdDwC5nQ8ADJ4PABSeDwBlng8Aap4PAL6eDwC/ng8AF58PACOfDwBwnw8Adp8PAMmfDwDLnw8AIqAPACygDwB7oA8AiaAPANSgDwDZoA8ALaEPADqhDwDGoBUAjKEPAN+hDwDkoQ8AOKIPAD6iDwAfoRUAlqIPAOqiDwD3og8AQ6MPAFCjDwCcow8AqKMPAPWjDwAEpA8ATqQPAFikDwCnpA8AtaQPAAClDwAFpQ8AWaUPAGalDwCypQ8AuqUPACqiFQAXpg8AZKYPAHSmDwC9pg8AxqYPABanDwAZpw8Ab6cPAHunDwDIpw8Az6cPAIOiFQAmqA8AeqgPAIeoDwDTqA8A4KgPACypDwA4qQ8AhakPAJSpDwDeqQ8A6KkPADeqDwBFqg8AkKoPAJWqDwDpqg8A9qoPAEKrDwBKqw8A3KIVAKerDwD0qw8ABKwPAE2sDwBWrA8ApqwPAKmsDwD/rA8AC60PAFitDwBfrQ8ANaMVALatDwAKrg8AE64PACHUEwAXrg8AY64PAHCuDwC8rg8AyK4PABWvDwAkrw8Abq8PAHivDwDHrw8A1a8PACCwDwAlsA8AebAPAIawDwDSsA8A2rAPAI6jFQA3sQ8AhLEPAJSxDwDdsQ8A5rEPADayDwA5sg8Aj7IPAJuyDwDosg8A77IPAOejFQBYsw8AmrMPAKCzDwDzsw8A/7MPAEy0DwBjtA8ApbQPAKe0DwD+tA8ACLUPAFe1DwBjtQ8AsLUPALy1DwAJtg8AD7YPAGK2DwBotg8Au7YPAMC2DwAUtw8AGrcPAECkFQCHtw8AmaQVAMy3DwBpURMA37cPAB+4DwAtuA8AeLgPAH24DwDRuA8A2rgPACq5DwAtuQ8Ag7kPAJi5DwDcuQ8A5LkPADW6DwA/ug8AjroPAJq6DwDnug8A6roPAEC7DwBKuw8A8qQVAKW7DwDyuw8A/LsPAEu8DwBUvA8ApLwPAKq8DwD9vA8ACr0PAFa9DwBivQ8Ar70PALa9DwAIvg8AEL4PAKSlFQBrvg8Aur4PAMa+DwATvw8AFr8PAGy/DwB2vw8AVqYVAMu/DwAewA8AJ8APAHfADwCEwA8ACKcVANHADwApwQ8AK8EPAILBDwCFwQ8A28EPAN7BDwBhpxUAO8IPALqnFQCbwg8A5sIPAOfCDwBsqBUAS8MPAJjDDwCfww8A8cMPAPnDDwCAExYADcQPAMWoFQBkxA8Ao8QPAL3EDwDQqRUACsUPAFXFDwBmxQ8ArsUPALbFDwAHxg8ADMYPAGDGDwBpxg8AucYPAMPGDwASxw8AQMcPACmqFQBzxw8AgqoVAM3HDwAdyA8AK8gPALRHEAAzyA8AdsgPAIzIDwDPyA8A0cgPACjJDwAuyQ8AgckPAJXJDwDayQ8A4skPADPKDwA5yg8AjMoPAJjKDwDlyg8A5soPAD7LDwBDyw8Al8sPAJ3LDwDwyw8A+ssPANuqFQBVzA8AoswPAKXMDwD7zA8ABc0PADSrFQB8zQ8AjasVALbNDwAGzg8AF84PAF/ODwBpzg8AuM4PANTODwARzw8AGc8PAOarFQBszw8Aw88PANHPDwAc0A8ALdAPAD+sFQB30A8AztAPANHQDwAn0Q8AKtEPAJisFQCF0Q8A2dEPAOPRDwAy0g8APtIPAIvSDwCO0g8A5NIPAO7SDwA90w8AQNMPAPGsFQCk0w8A79MPAPzTDwBI1A8AX9QPAKHUDwCp1A8A+tQPAP3UDwBT1Q8AX9UPAKzVDwC91Q8ABdYPABHWDwBe1g8AbdYPALfWDwDB1g8AENcPABzXDwBp1w8AcNcPAMLXDwDK1w8AG9gPACXYDwB02A8AgNgPAM3YDwDQ2A8AJtkPADDZDwBKrRUAmdkPAKOtFQDi2Q8AMdoPADPaDwCK2g8AkNoPAOPaDwDt2g8APNsPAETbDwBVrhUAmNsPAJmDEgCg2w8A7tsPAO/bDwBH3A8AUdwPAKDcDwDL3A8Arq4VAAndDwBS3Q8AVN0PAKvdDwC53Q8ABN4PABXeDwAHrxUAY94PALbeDwDC3g8AD98PABHfDwBo3w8Aa98PAMHfDwDG3w8AGuAPACfgDwBz4A8Aj+APAMzgDwDU4A8Aua8VADLhDwB+4Q8AmeEPANfhDwDZ4Q8AMOIPAEHiDwCJ4g8Al+IPAOLiDwDp4g8AO+MPAEPjDwCU4w8AmeMPAO3jDwD24w8ARuQPAFDkDwCf5A8AoOQPAPjkDwAB5Q8AUeUPAFvlDwCq5Q8AsuUPAAPmDwAT5g8AXOYPAGLmDwC15g8AuuYPAA7nDwAk5w8AZ+cPAG/nDwDA5w8Aw+cPABnoDwDP5w8AfekPADnoDwBy6A8AgOgPAMvoDwDM6A8AErAVADTpDwBrsBUAjukPANbpDwDi6Q8AL+oPADHqDwCI6g8AleoPAMSwFQDn6g8AOusPAFrrDwCT6w8Am+sPAB2xFQCf6w8AmwQQAPXrDwBF7A8AW+wPAJ7sDwC07A8A9+wPAPnsDwBQ7Q8AVu0PAKntDwC97Q8Az7EVAA/uDwAoshUAYu4PALTuDwC87g8ADe8PABfvDwBm7w8Acu8PAL/vDwDC7w8AGPAPACLwDwCBshUAevAPAMrwDwDg8A8AI/EPADnxDwB88Q8AfvEPANXxDwDb8Q8ALvIPAELyDwAzsxUAifIPAODyDwCX8g8AbyETAADzDwCMsxUAQPMPAJLzDwCa8w8A6/MPAPXzDwBE9A8AUPQPAJ30DwCg9A8A9vQPAAD1DwDlsxUAWPUPAKj1DwC+9Q8AAfYPABf2DwBa9g8AXPYPALP2DwC59g8ADPcPACD3DwCXtBUAZ/cPAL73DwDM9w8AF/gPACj4DwDwtBUAd/gPAEm1FQDV+A8AIvkPACX5DwB7+Q8AhfkPAPu1FQDd+Q8ALfoPAEP6DwCG+g8AnPoPAN/6DwDh+g8AOPsPAD77DwCR+w8ApfsPAK22FQD2+w8AQ/wPAEX8DwCc/A8AvPwPAAa3FQD//A8ATv0PAFr9DwCn/Q8Aqv0PAAD+DwAK/g8AX7cVAGL+DwCy/g8AyP4PAAv/DwAh/w8AZP8PAGb/DwC9/w8Aw/8PABYAEAAqABAAEbgVAHMAEADIABAA0AAQACEBEAArARAAegEQAIYBEADTARAA1gEQACwCEAA2AhAAargVAI4CEADeAhAA9AIQADcDEABNAxAAkAMQAJIDEADpAxAA7wMQAEIEEABWBBAAHLkVAKIEEAD0BBAA/AQQAE0FEABXBRAApgUQALIFEAD/BRAAAgYQAFgGEABiBhAAdbkVALoGEAAKBxAAIAcQAGMHEAB5BxAAvAcQAL4HEAAVCBAAGwgQAG4IEACCCBAAJ7oVAM8IEAAgCRAA4wgQAO4dFgAmCRAAlT8RADAJEAB5CRAAMQkQAE+yEQA5CRAAkrARAHsJEADSCRAA4AkQACsKEAA8ChAAgLoVAIsKEADZuhUA5goQACodEQDpChAANgsQADkLEACPCxAAmAsQAOgLEAD5CxAAQQwQAEsMEACaDBAAogwQAPMMEAC2DBAAQHgRAPYMEABMDRAAVQ0QAKUNEAC7DRAA/g0QABQOEABXDhAAWQ4QALAOEAC2DhAACQ8QAB0PEAAyuxUAhA8QAHsEEQCKDxAAuw8QAOMPEACLuxUAGhAQAEX3EAAgEBAA0REQACEQEAAC+RAAIxAQAPf3EAAkEBAAbRAQAG8QEADGEBAA1BAQAB8REAAwERAA5LsVAIAREAA9vBUA1xEQACoSEAAwEhAAgxIQAIgSEADcEhAA4hIQAJa8FQBBExAAjhMQAJYTEABIvRUA8xMQAEAUEABKFBAAmRQQAKIUEADyFBAA8xQQAEsVEABTFRAApBUQAKkVEAD9FRAADRYQAPq9FQBiFhAArxYQALEWEAAIFxAADhcQAGEXEABoFxAAuhcQAL8XEAATGBAAFxgQAGwYEAB5GBAAxRgQAM0YEAAeGRAAIxkQAHcZEACHGRAAU74VAOEZEAApGhAANRoQAIIaEACRGhAA2xoQAOUaEAA0GxAAQhsQAI0bEACaGxAA5hsQAP0bEACsvhUAQhwQAF6/FQCbHBAA8RwQAJ8cEAAv0xUA+RwQAEodEAByHRAAox0QAMsdEAD8HRAAJB4QALe/FQBeHhAArh4QAK8eEAAHHxAAFh8QAGAfEAAdHxAAHSEQAHEfEAC5HxAAux8QABIgEAAVIBAAayAQAG4gEADEIBAAzCAQAMLAFQAiIRAAdiEQAH0hEADPIRAA2CEQACgiEAA5IhAAgSIQAI0iEADaIhAA4iIQABvBFQA5IxAAjCMQAJMjEADlIxAA6iMQAD4kEABCJBAAlyQQAKQkEADwJBAA/yQQAEklEABaJRAAoiUQAKQlEAD7JRAA/iUQAFQmEABXJhAArSYQALUmEAB0wRUACycQANByEAARJxAA1wITABInEABfJxAAYicQALgnEADCJxAAzcEVABooEABqKBAAeSgQAMMoEADSKBAAHCkQACgpEAB1KRAAeCkQAM4pEADRKRAAJsIVACoqEACAKhAAqCoQAH/CFQDhKhAA2MIVADorEAAxwxUAmSsQAOQrEAD1KxAAPSwQAEksEACWLBAAuSwQAO8sEADyLBAASC0QAGwtEAChLRAAqS0QAOPDFQD8LRAAUy4QAGEuEACsLhAAvS4QADzEFQAMLxAAlcQVAGAvEAC3LxAAyC8QABAwEAAYMBAAgn4RACwwEABHxRUAcTAQAKDFFQDHMBAAGzEQACgxEAB0MRAAdzEQAM0xEADSMRAAJjIQADcyEAB/MhAAizIQAPnFFQDdMhAAMTMQAEIzEACKMxAAljMQAOMzEAD9MxAAPDQQAEA0EABSNhAAQzQQAME4EABGNBAAJToQAEg0EABdNxAASjQQAEc1EABNNBAAlTQQAJo0EADuNBAABTUQAFLGFQBUNRAAoDUQALA1EAD5NRAA/jUQAKvGFQBUNhAAqzYQALE2EAAENxAAETcQAATHFQBjNxAAtjcQALw3EAAPOBAAFDgQAGg4EABuOBAAXccVAM04EAAaORAAMzkQAHM5EAB8ORAAzDkQAOM5EAC2xxUAKzoQAH46EACAOhAA1zoQAOY6EAAwOxAAPDsQAA/IFQCLOxAA4jsQAPM7EAA7PBAASTwQAJQ8EACbPBAA7TwQAO88EABGPRAAUD0QAJ89EACtPRAA+D0QAP09EABRPhAAXj4QAKo+EACyPhAAAz8QAAc/EABcPxAAXj8QALU/EAC7PxAADkAQABtAEABoyBUAdEAQAMBAEADXQBAAGUEQADVBEADByBUAfkEQAMtBEADMQRAAJEIQACpCEAB9QhAAiUIQANZCEADlQhAAL0MQADFDEACIQxAAkkMQAOFDEADvQxAAOkQQAD9EEACTRBAAoEQQAOxEEAD0RBAARUUQAElFEACeRRAAoEUQAPdFEAD9RRAAUEYQAF1GEAAayRUAtkYQAAJHEAAZRxAAW0cQAHdHEABzyRUAvkcQAA1IEAAZSBAAZkgQAGlIEAC/SBAA20gQABhJEAAgSRAAzMkVAH1JEADKSRAAzUkQACNKEAAtShAAfsoVAIVKEADVShAA40oQAC5LEAA4SxAAh0sQAJNLEADgSxAA6EsQADDLFQA7TBAAkkwQAKBMEADrTBAA/EwQAInLFQBLTRAA4ssVAKJNEAD2TRAA/k0QAE9OEABVThAAqE4QALFOEAABTxAADk8QAJTMFQBfTxAAs08QAGZPEABwURAAvE8QAAxQEAAWUBAAZVAQAG1QEAC+UBAABVEQABdREAAfURAA7cwVAHZREADJURAAz1EQACJSEAAqUhAAe1IQAMJSEADUUhAA3FIQAEbNFQA1UxAAn80VAI9TEADfUxAA7VMQADhUEABCVBAAkVQQAJ1UEADqVBAA7VQQAENVEABLVRAAUc4VAKhVEAD1VRAA+FUQAE5WEABYVhAAqs4VAK9WEAADzxUADFcQAFlXEABcVxAAXM8VAPtXEAALWBAAVFgQALXPFQB0WBAAvVgQAL9YEAAWWRAAJFkQAG9ZEACAWRAADtAVAORZEAAhWhAAKVoQAGfQFQCCWhAAwNAVANlaEADw1hAA5loQACxbEAA7WxAAhVsQAJFbEADeWxAA31sQADdcEABBXBAAkFwQAJ5cEADpXBAA7lwQAEJdEABPXRAAGdEVAKldEAD0XRAAAV4QAE1eEABVXhAActEVALJeEAD/XhAAK18QAFhfEABkXxAAsV8QAMBfEAAKYBAAFGAQAGNgEABxYBAAvGAQAMFgEAAVYRAAImEQAG5hEAB2YRAAx2EQANVhEAAgYhAALWIQAHliEACBYhAAy9EVANRiEAAurxEA4GIQACtjEAA1YxAAhGMQAJBjEADdYxAA5GMQADZkEAA+ZBAAj2QQAJNkEADoZBAA9mQQAEFlEABLZRAAmmUQAKVlEADzZRAA+2UQAExmEABOZhAApWYQAK1mEAD+ZhAAC2cQAFdnEABcZxAAsGcQAL1nEAAJaBAAJ2gQAGJoEACTaBAAu2gQAMdoEAAUaRAAGmkQAG1pEAByaRAAxmkQAM5pEAAfahAAK2oQAHhqEACLahAA0WoQAN9qEAAqaxAANGsQAINrEACLaxAA3GsQAOtrEAA1bBAAOmwQAI5sEACVbBAA52wQAPNsEABAbRAAXG0QAJltEAChbRAAJNIVAPRtEABLbhAAWW4QAKRuEACxbhAA/W4QAAtvEABWbxAAY28QAK9vEADGbxAACHAQABBwEABhcBAAb3AQALpwEADHcBAAE3EQABtxEADW0hUAenEQAMVxEADGcRAAiNMVACpyEAB3chAAfnIQAOHTFQDXchAAKXMQAC5zEAA61BUAinMQAJPUFQDjcxAANHQQABt0EAARohMANXQQAAfREAA3dBAAHdMQAD10EACNdBAAPnQQAKPPEABEdBAAEtIQAEV0EAC9vBEAUnQQAAg4EwCadBAA5nQQAPF0EAA/dRAAQXUQAJh1EACldRAA8XUQAPh1EABKdhAAW3YQAKN2EACvdhAA/HYQAAN3EABVdxAAXXcQAOzUFQC0dxAAB3gQAA14EABgeBAAZXgQALl4EAC/eBAARdUVAB55EABreRAAdXkQAMR5EADIeRAAHXoQACl6EAB2ehAAgnoQAM96EADcehAAKHsQADB7EACBexAAi3sQANp7EADmexAAM3wQADZ8EACMfBAAlnwQAPfVFQDnfBAAPn0QAEF9EACXfRAAmn0QAKnWFQD4fRAAAtcVAFd+EACifhAAo34QAFvXFQADfxAAtNcVAFl/EACtfxAAtH8QAAaAEAALgBAADdgVAGeAEABm2BUAwIAQABGBEAAbgRAAaoEQAHWBEADDgRAA0YEQAByCEAAfghAAdYIQAH2CEADOghAA2IIQACeDEAAzgxAAgIMQAIODEADZgxAA44MQAL/YFQBAhBAAi4QQAKGEEADkhBAA8IQQAD2FEABEhRAAloUQAJ6FEADvhRAA9IUQAEiGEABRhhAAoYYQAKuGEAD6hhAAAocQAFOHEABVhxAArIcQALyHEAAFiBAAD4gQAF6IEABqiBAAt4gQAL2IEAAQiRAAGIkQAHHZFQBuiRAAytkVAMSJEAAbihAAHIoQAHSKEAB3ihAAzYoQANiKEAAmixAAK4sQAH+LEACJixAAI9oVAPyLEAAxjBAAOYwQAHzaFQCMjBAA44wQAPSMEAA8jRAATY0QAJWNEACYjRAA1doVAPSNEABHjhAATI4QAKCOEACjjhAA+Y4QAPyOEABSjxAAWo8QAC7bFQC5jxAABJAQAAeQEABdkBAAaJAQALaQEADCkBAAD5EQABaREABokRAAcJEQAMGREACEkRAAZQIRAMuREACKlxEAz5EQABqSEAAnkhAAc5IQAHuSEACH2xUA2JIQACWTEAAokxAAfpMQAIiTEADXkxAA35MQAODbFQA8lBAAiZQQAI+UEADilBAA7JQQADuVEABPlRAAlJUQAJyVEAA53BUA+pUQAEaWEABOlhAAn5YQAKKWEAD4lhAABJcQAFGXEABblxAAqpcQALOXEAADmBAABJgQAFyYEAB0mBAAtZgQALeYEAAOmRAAH5kQAGeZEAB4mRAAwJkQAMiZEAAZmhAAKJoQAHKaEAB0mhAAy5oQANyaEAAkmxAANZsQAH2bEACWmxAA1psQANibEAAvnBAAPpwQAIicEAConBAA69wVAOOcEAA6nRAAWp0QAJOdEACnnRAAT94VAPSdEABFnhAAUp4QAJ6eEACjnhAA954QAAGfEABQnxAAWJ8QAKmfEACvnxAAAqAQAAugEABboBAAaKAQAKjeFQDAoBAADaEQABOhEABmoRAAbKEQAL+hEADIoRAAGKIQABmiEABxohAAe6IQAMqiEADWohAAI6MQACqjEAAB3xUAhKMQAFrfFQDdoxAAs98VADikEACHpBAAj6QQAOCkEADvpBAAOaUQAEqlEACSpRAAlKUQAOulEADupRAARKYQAEemEACdphAAxaYQAPamEAAIpxAAT6cQAFunEACopxAArqcQAAGoEAAHqBAAWqgQAF+oEACzqBAAuagQAAzgFQAuqRAAZeAVAHGpEAC+qRAAzqkQABeqEAAcqhAAcKoQAHaqEADJqhAA1aoQACKrEAAqqxAAvuAVAIyrEADUqxAA5asQAC2sEAA/rBAAhqwQAI6sEADfrBAA6qwQADitEAA9rRAAka0QAJatEADqrRAACq4QABfhFQBTrhAAnK4QAKauEAD1rhAAAa8QAE6vEABUrxAAp68QAK+vEAAAsBAAArAQAFmwEAAMsBAAQrYQAGqwEACysBAAw7AQAAuxEAAdsRAAZLEQAGyxEAC9sRAAyLEQABayEAAbshAAb7IQAHSyEADIshAA6LIQAHDhFQAjsxAAerMQAImzEADTsxAA3rMQACy0EAA+tBAAhbQQAI20EADetBAA6bQQADe1EAA8tRAAkLUQAJW1EADptRAACbYQAMnhFQBEthAAm7YQAKq2EAD0thAA/7YQAE23EABftxAAprcQAK63EAD/txAACrgQAFi4EABduBAAsbgQALa4EAAKuRAAKrkQACLiFQBwuRAAvLkQANO5EAB74hUAIroQAG66EACFuhAA1OIVANS6EAAguxAAJ7sQAHm7EACHuxAA0rsQAN+7EAArvBAAQrwQAC3jFQCMvBAAhuMVAN+8EAA2vRAARL0QAI+9EACgvRAA3+MVAPW9EABBvhAAWL4QADjkFQCkvhAA874QAP++EABMvxAAT78QAKW/EACvvxAAkeQVABrAEADq5BUAX8AQALDAEACxwBAAg8QQALPAEABtwhAAt8AQANDLEAC6wBAACcEQAL/AEACZxhAAwMAQAI7FEAAOwRAAHssQABXBEABiwRAAZcEQALvBEADFwRAAQ+UVABzCEACc5RUAdsIQAMbCEACNwhAAuskQANTCEAAfwxAAKcMQAHjDEACEwxAA0cMQANTDEAAqxBAAMsQQAPXlFQCFxBAA3MQQAN/EEAA1xRAAOMUQAE7mFQCQxRAA58UQAPXFEABAxhAAUcYQAADnFQCbxhAA8sYQAP/GEABLxxAAWscQAKTHEACwxxAA/ccQAA7IEABWyBAAZ8gQAK/IEAC7yBAACMkQAA/JEABhyRAAackQALLnFQDIyRAAE8oQABTKEAAL6BUAeMoQAMXKEADMyhAAZOgVACXLEAB3yxAAfMsQABbpFQDZyxAAKcwQAC/MEACCzBAAhMwQANvMEADlzBAANM0QAELNEACNzRAAks0QAObNEADzzRAAP84QAFfOEACYzhAArs4QAPHOEAD0zhAASs8QAFLPEADI6RUAr88QAPzPEAD/zxAAVdAQAF/QEAAh6hUAttAQAHrqFQAJ0RAAYNEQAGPREAC50RAAvNEQANPqFQAU0hAAa9IQAHnSEADE0hAA1dIQAIXrFQAm0xAAdtMQAITTEADP0xAAj9MQAEVmEwDZ0xAAKNQQADTUEACB1BAAhNQQANrUEADi1BAAN+wVADjVEABf2RAAQdUQALjZEABD1RAAjNUQAI7VEADl1RAA89UQAD7WEABP1hAA6ewVAJ7WEABC7RUA9tYQAEnXEABO1xAAotcQAKjXEACb7RUAAdgQAFTYEABZ2BAArdgQAMPYEAAG2RAADtkQAE3uFQB/2RAApu4VAM/ZEAAR2hAAHtoQAGraEABv2hAAw9oQAMnaEAAc2xAAKNsQAHXbEAB82xAAztsQANbbEAAn3BAAStwQALHvFQCN3BAA2dwQAOjcEAAy3RAANN0QAIvdEACU3RAA5N0QAPvdEAA93hAASN4QAJbeEACg3hAA794QAPfeEABj8BUATt8QAKHfEACn3xAA+t8QAP/fEABT4BAAWeAQALzwFQDO4BAABeEQAA3hEABu8RUAZ+EQALfhEAC44RAAEOIQABjiEABp4hAAdOIQAMLiEADH4hAAG+MQACDjEAB04xAAlOMQAMfxFQDT4xAAJuQQAC3kEAB/5BAAhOQQANjkEADc5BAAMeUQAD7lEACK5RAAkuUQAOPlEADu5RAAPOYQAEHmEACV5hAAmuYQAO7mEAAO5xAAIPIVAFbnEACg5xAAq+cQAPnnEAAB6BAAUugQAFXoEACr6BAAXOgQAMzrEAC36BAABOkQAA7pEABd6RAAZukQALbpEAC36RAAD+oQABfqEABo6hAAc+oQAMHqEADG6hAAGusQAB/rEABz6xAAk+sQAHnyFQDY6xAAJewQACfsEAB+7BAAhOwQANfsEADe7BAAMO0QADXtEACJ7RAAje0QAOLtEADv7RAAO+4QAEPuEACU7hAAn+4QAO3uEADy7hAARu8QAEvvEACf7xAAv+8QANLyFQAA8BAAK/MVAFvwEACq8BAAs/AQAAPxEAAJ8RAAXPEQAGjxEAC18RAA0/EQAA7yEAAP8hAAZ/IQAGnyEADA8hAAzfIQABnzEAAn8xAAcvMQAIHzEADL8xAA5/MQACT0EAAs9BAA3fMVAJD0EADW9BAA1/QQAC/1EAA79RAAiPUQAJf1EADh9RAA6/UQADr2EABG9hAAk/YQAJr2EAA29BUA9PYQAI/0FQBO9xAAnvcQAKv3EADo9BUA/PcQAFD4EABd+BAAqfgQALP4EABB9RUABPkQAFv5EABx+RAAtPkQAMD5EACa9RUAFfoQAFEGEwAr+hAAZvoQAG76EABekxEAhPoQAL/6EADH+hAAGPsQAOH6EACEKxMAGfsQANX8EAAb+xAAOf4QACT7EADdKxMAKPsQAHH7EABz+xAAyvsQANj7EAAj/BAANPwQAPP1FQCE/BAATPYVANf8EAAu/RAAMf0QAIf9EACK/RAApfYVAOj9EAD+9hUAQ/4QALxrEQBZ/hAAkv4QAKD+EADr/hAA7P4QAFf3FQBM/xAAsPcVAKf/EAD2/xAAAgARAE8AEQBWABEAqAARAMQAEQABAREACQERAAn4FQBiAREAswERALsBEQAMAhEAFAIRAGL4FQBtAhEAu/gVAMYCEQAXAxEAHwMRABT5FQB4AxEAyQMRANEDEQAiBBEAKgQRAG35FQCDBBEA1AQRANoEEQAtBREA4AQRAFoMEgA5BREAhgURAIgFEQDfBREA4gURADgGEQA9BhEAkQYRAJ4GEQDqBhEABgcRAEMHEQBLBxEAxvkVAKEHEQD1BxEA+wcRAE4IEQBYCBEApwgRALMIEQAACREABwkRAFkJEQB1CREAsgkRALoJEQAf+hUAEwoRAGQKEQBsChEAePoVAMsKEQAWCxEAGQsRAG8LEQB5CxEAyAsRANQLEQAhDBEAJwwRAHoMEQCGDBEA0wwRANoMEQAsDREASA0RAIUNEQCNDREA0foVAOYNEQAq+xUASg4RAJAOEQCcDhEA6Q4RAPgOEQBCDxEASw8RAJsPEQClDxEA9A8RAAIQEQBNEBEAUhARAKYQEQCzEBEA/xARAAcREQCD+xUAexERANz7FQC+EREAChIRABgSEQBjEhEAbRIRALwSEQDEEhEAFRMRABYTEQBMGBEAGxMRAPvtEgAwExEA3RURAEETEQBuExEAdxMRAMcTEQDIExEAIBQRAC4UEQB5FBEAgxQRANIUEQDeFBEAKxURADEVEQCEFREAoBURADX8FQDpFREAIg8SAOsVEQA2FhEAQxYRAI8WEQCZFhEA6BYRAOoWEQBBFxEAWBcRAJoXEQCmFxEA8xcRAA8YEQCO/BUAXRgRAKUYEQCnGBEA/hgRAAgZEQBXGREAZxkRALAZEQC1GREACRoRAA8aEQBiGhEAeBoRALsaEQDDGhEAFBsRABcbEQBtGxEAdhsRAMYbEQDUGxEAHxwRACkcEQB4HBEAhBwRANEcEQDtHBEA5/wVADcdEQCDHREAix0RANwdEQDfHREASoERAOwdEQA1HhEANx4RAD+AEQBDHhEAjh4RAJseEQDnHhEA9R4RAEAfEQBDHxEAmR8RAKQfEQDyHxEA/h8RAEsgEQBSIBEApCARAKwgEQD9IBEA/yARAFYhEQBmIREAryERALkhEQAIIhEAFCIRAGEiEQBnIhEAuiIRAMIiEQBA/RUAFSMRAGwjEQB6IxEAxSMRANIjEQAeJBEAKiQRAHckEQB9JBEA0CQRANMkEQApJREAMSURAIIlEQCEJREAuSoRAIUlEQA/JxEAkiURANslEQDdJREAly8RAOAlEQA0JhEAPSYRAI0mEQCaJhEA5iYRAO0mEQCZ/RUASCcRAM8sEQBJJxEA/CgRAF8nEQCYJxEApicRAPEnEQDyJxEA8v0VAFYoEQCjKBEAqigRAEv+FQD+KBEAVSkRAFspEQCuKREAuCkRAAcqEQATKhEAYCoRAGcqEQCk/hUA0ioRABIrEQAXKxEAaysRAHErEQDEKxEAzisRAB0sEQApLBEAdiwRAH0sEQD9/hUA3iwRACgtEQA3LREAgS0RAI0tEQDaLREA3S0RADMuEQA2LhEAjC4RAJwuEQDlLhEA7i4RAD4vEQBPLxEAVv8VAKUvEQDwLxEAATARAK//FQBQMBEACAAWAKowEQD7MBEA/TARADI2EQD+MBEAuDIRAAsxEQBUMREAVjERABA7EQBZMREArTERALYxEQAGMhEAEzIRAF8yEQBmMhEAYQAWAMEyEQBIOBEAwjIRAHU0EQDYMhEAETMRAB8zEQBqMxEAazMRALoAFgDPMxEAHDQRACM0EQATARYAdzQRAM40EQDUNBEAJzURADE1EQCANREAjDURANk1EQDgNREAbAEWAEs2EQCLNhEAkDYRAOQ2EQDqNhEAPTcRAEc3EQCWNxEAojcRAO83EQD2NxEAxQEWAFc4EQChOBEAsDgRAPo4EQAGOREAUzkRAFY5EQCsOREArzkRAAU6EQAVOhEAXjoRAGc6EQC3OhEAyDoRAB4CFgAeOxEAaTsRAHo7EQB3AhYAyTsRANACFgAjPBEAdDwRAJ08EQDNPBEA1TwRACY9EQA2PREAfz0RAIE9EQDYPREA5j0RADE+EQBCPhEAKQMWAJA+EQDjPhEA7z4RAIIDFgBqPxEANAQWAJ4/EQDuPxEA+z8RAEdAEQBjQBEAoEARAKhAEQCNBBYACkERAFJBEQBUQREAq0ERAKxBEQAEQhEAB0IRAF1CEQBpQhEAtkIRAL1CEQAPQxEAK0MRAGhDEQBwQxEA5gQWAM5DEQAaRBEAKkQRAHNEEQB4RBEAzEQRAPdEEQA/BRYAK0URAJgFFgCGRREA10URANhFEQCTTxEA3UURAOG9EwDhRREAMEYRAONFEQC1ShEA50URAPhIEQD1RREADVMRADVGEQDitRMAO0YRAKuwEwA8RhEAiUYRAIxGEQDiRhEA7EYRAPEFFgBDRxEAlEcRAJpHEQDtRxEA9kcRAEZIEQBTSBEAn0gRALtIEQBKBhYA+kgRAFFJEQD9SBEAtMETAF9JEQCqSREAu0kRAKMGFgAJShEAXEoRAGhKEQD8BhYAu0oRAA5LEQAUSxEAZ0sRAGxLEQDASxEAxksRAAcIFgAgTBEAEgkWAHdMEQDLTBEA00wRACRNEQAwTREAfU0RAJBNEQDWTREA4k0RAC9OEQA+ThEAiE4RAJFOEQDhThEA604RADpPEQBGTxEAxAkWAKRPEQDsTxEA+E8RAEVQEQBHUBEAnlARAKFQEQD3UBEAA1ERAFBREQBYUREAHQoWALVREQACUhEAElIRAFtSEQBnUhEAtFIRALpSEQB2ChYAL1MRAGZTEQBuUxEAv1MRAOlTEQAYVBEAI1QRAHFUEQB9VBEAylQRANtUEQAjVREAJFURAM8KFgCCVREA1VURAOJVEQAoCxYAO1YRAIdWEQCeVhEA4FYRAAtXEQA5VxEAQVcRAJJXEQCcVxEA61cRAPdXEQBEWBEAR1gRAJ1YEQCnWBEAgQsWAP5YEQBPWREAVVkRAKhZEQCxWREAAVoRAA5aEQBaWhEAdloRANoLFgC1WhEADFsRALpaEQD0aBEAGVsRAGVbEQBsWxEAvlsRAMBbEQAXXBEAHVwRAHBcEQB3XBEAyVwRAOFcEQAiXREAJ10RAHtdEQAuXREALV4RAIRdEQDUXREA3l0RADMMFgAzXhEAhl4RAIxeEQDfXhEA5F4RADhfEQA+XxEAjAwWAJJfEQDqXxEA+18RAENgEQBPYBEAnGARAKZgEQD1YBEAAWERAE5hEQBVYREA5QwWAKlhEQAAYhEAsmERADjOEwADYhEAWWIRAHliEQCyYhEAumIRAD4NFgAcYxEAZGMRAGtjEQC9YxEAxWMRABZkEQAZZBEA02URACZkEQBvZBEAcWQRAMhkEQDWZBEAIWURADJlEQCXDRYAgWURAPANFgDcZREALGYRADtmEQCFZhEAlGYRAN5mEQDqZhEAN2cRADpnEQCQZxEAk2cRAOlnEQD5ZxEAQmgRAEtoEQCbaBEArGgRAEkOFgD5aBEATWkRAFZpEQCmaREAsGkRAP9pEQAHahEAWGoRAHZqEQCxahEAz2oRAAprEQAoaxEAY2sRAIFrEQCiDhYAw2sRABVsEQAabBEAbmwRACFsEQB5bREAd2wRAMdsEQDRbBEAIG0RADxtEQD7DhYAf20RANJtEQDYbREAK24RAEduEQBUDxYArm4RAAYQFgAHbxEAXxAWAD1vEQCPbxEAnW8RAOhvEQDvbxEAQXARAE5wEQCacBEAuXARAPNwEQD9cBEATHERAFRxEQClcREAsXERAP5xEQARchEAV3IRAGVyEQCwchEAunIRAAlzEQARcxEAYnMRAGVzEQC7cxEAxHMRABR0EQAjdBEAbXQRAHx0EQDGdBEA0nQRAB91EQAidREAeHURAHt1EQDRdREA4XURACp2EQAzdhEAg3YRAJR2EQDcdhEA7XYRADV3EQBJdxEAjncRAKp3EQDndxEA73cRABERFgBIeBEAHBIWAK94EQDyeBEA9HgRAEt5EQBReREApHkRALh5EQD9eREABXoRAFZ6EQCAehEAdRIWALh6EQAIexEAFXsRAGF7EQBvexEAunsRAMR7EQATfBEALXwRAGx8EQB5fBEAxXwRANF8EQAefREAKH0RAHd9EQB/fREAzhIWANd9EQApfhEAMX4RACcTFgBXfhEAMhQWAIx+EQDbfhEA534RADR/EQA3fxEAjX8RAJd/EQCLFBYAAoARAOQUFgBNgBEAmIARAKmAEQA9FRYA+IARAJYVFgBTgREAo4ERALKBEQD8gREAC4IRAFWCEQBhghEAroIRALGCEQAHgxEACoMRAGCDEQBwgxEAuYMRAMKDEQAShBEAI4QRAO8VFgBthBEAxIQRAHeEEQB2hREAx4QRAB2FEQAlhREASBYWAHyFEQDPhREA24URACiGEQAwhhEAoRYWAI2GEQDahhEA3YYRADOHEQA9hxEA+hYWAJGHEQDlhxEA+4cRAD6IEQA/iBEAl4gRAKiIEQDwiBEA/IgRAEmJEQBTiREAookRAK6JEQBTFxYAB4oRAFSKEQBXihEArYoRALeKEQAFGBYACYsRAF+LEQBiixEAuIsRAMSLEQARjBEAF4wRAGqMEQB0jBEAXhgWAMiMEQAcjREAKY0RALcYFgCRjREAzo0RANaNEQAQGRYAL44RAGkZFgCIjhEAwhkWANyOEQAyjxEA8I4RAOkkEwBSjxEAi48RAJ+PEQAbGhYA5Y8RAD2QEQBDkBEAlpARAKKQEQDvkBEA/pARAEiREQBKkREAoZERAKuREQD6kREABpIRAFOSEQBakhEAdBoWALiSEQDNGhYADZMRACYbFgBhkxEAdJURAG6TEQC3kxEAuZMRABCUEQAelBEAaZQRAHqUEQBHHhYAyZQRAKAeFgAjlREA+R4WAJSVEQDNlREA25URACaWEQAnlhEAUh8WAIuWEQDYlhEA35YRAKsfFgBUlxEAwSEWAJaXEQDjlxEA5pcRADyYEQBGmBEAGiIWAJ2YEQDumBEA/JgRAEeZEQBUmREAoJkRAKiZEQBzIhYA/JkRAFKaEQBemhEAq5oRALGaEQAEmxEADpsRAMwiFgBimxEAtpsRAMObEQAlIxYAJJwRAGicEQBwnBEAfiMWAMOcEQAanREAKJ0RAHOdEQCEnREA1yMWANKdEQAlnhEAMZ4RADAkFgCEnhEA154RAN2eEQAwnxEANZ8RAImfEQCPnxEA4iQWAOqfEQA7oBEAR6ARAJSgEQCaoBEA7aARAPOgEQBGoREAS6ERAJ+hEQCloREAUScWAAeiEQBRohEAYKIRAKqiEQCzohEAA6MRAAmjEQBcoxEAYqMRALWjEQDBoxEADqQRABWkEQBnpBEAb6QRAAMoFgDKpBEAGaURACSlEQBypREAfqURAMulEQDRpREAJKYRACymEQB9phEAiaYRANamEQDcphEAL6cRADWnEQCIpxEAjacRAOGnEQDnpxEAXCgWAEGoEQCTqBEAoagRAOyoEQD5qBEARakRAFypEQCeqREAuqkRAPepEQD/qREAtSgWAFGqEQCpqhEAtaoRAAKrEQARqxEAW6sRAHWrEQC0qxEAuqsRAA2sEQAmrBEAZqwRAIKsEQAOKRYA0qwRABitEQAarREAca0RAIetEQDKrREAy60RACOuEQA0rhEAfK4RAIiuEQBnKRYA8a4RAMApFgBErxEAh68RAIivEQDgrxEA8a8RADmwEQBFsBEAGSoWAJewEQDrsBEA8bARAESxEQBksREAnbERAKmxEQD2sREA/bERAHIqFgBbshEAqLIRAKqyEQABsxEAIbMRAMsqFgBhsxEAJCsWALmzEQAMtBEAEbQRAGW0EQBrtBEAfSsWAMa0EQAvLBYAH7URAIgsFgB4tREA4SwWANG1EQDsLRYAJLYRAHu2EQCJthEA1LYRAOW2EQBFLhYANLcRAJ4uFgCptxEAqS8WAOu3EQA4uBEAO7gRAJG4EQCbuBEAWzAWAPK4EQBDuREARrkRAJy5EQCluREA9bkRAAS6EQBOuhEAXboRAKe6EQCzuhEAALsRAAO7EQBZuxEAXLsRALK7EQDCuxEAC7wRABS8EQBkvBEAdbwRALQwFgDCvBEAFr0RABu9EQBvvREAj70RAGYxFgDQvREAIb4RADK+EQB6vhEAiL4RANO+EQDzvhEALL8RADi/EQCFvxEAjb8RAL8xFgAPwBEAN8ARAEPAEQCQwBEAlsARAOnAEQDuwBEAQsERAErBEQCbwREAn8ERAN3HEQCnwREA9MERAAfCEQBNwhEAW8IRAKbCEQCwwhEA/8IRAAfDEQBYwxEAW8MRALHDEQC7wxEACsQRAAzEEQBjxBEAbcQRALzEEQDFxBEAFcURABjFEQAYMhYAccURAMfFEQDTxREAIMYRACjGEQBxMhYAf8YRANLGEQDYxhEAK8cRADDHEQCExxEAiscRAMoyFgDfxxEANsgRAETIEQCPyBEAmcgRAOjIEQDwyBEAQckRAETJEQCayREApMkRAPPJEQD1yREATMoRAFbKEQClyhEArsoRAP7KEQAByxEAfDMWAFzLEQCwyxEAwMsRAAnMEQARzBEAYswRAGzMEQC7zBEAx8wRABTNEQAXzREAbc0RAHfNEQDVMxYAy80RAOfQEQDUzREAH84RAC/OEQB4zhEAiM4RANHOEQD5zhEAKs8RAFLPEQCDzxEAq88RAIc0FgDozxEANdARADfQEQCO0BEArtARAJ02FgD00BEAQNERAEzREQCZ0REAwdERAPLREQAa0hEAS9IRAHPSEQD2NhYAp9IRAP3SEQAJ0xEAVtMRAGfTEQCv0xEAu9MRAAjUEQAX1BEAYdQRAGvUEQC61BEAxtQRABPVEQAa1READDkWAG3VEQAp1xEAfNURAMXVEQDH1REAHtYRACzWEQB31hEAiNYRAGU5FgDX1hEAvjkWACvXEQCC1xEAhdcRANvXEQDe1xEAFzoWADvYEQBwOhYAodgRAObYEQDw2BEAP9kRAEvZEQCY2REAm9kRAPHZEQD72REAStoRAGTaEQCj2hEAqNoRAPzaEQAF2xEAVdsRAF/bEQCu2xEAvdsRAAfcEQAM3BEAYNwRAHbcEQC53BEAxdwRABLdEQAV3REAa90RAIXdEQDE3REA0N0RAB3eEQAw3hEAdt4RAITeEQDP3hEA2d4RAMk6FgAu3xEAgd8RAIrfEQDa3xEA298RADPgEQA94BEAjOARAJjgEQDl4BEA7OARACI7FgBD4REAl+ERAJnhEQDw4REA9uERAEniEQBQ4hEAouIRALDiEQD74hEACOMRAFTjEQBe4xEAreMRALnjEQAG5BEADOQRAF/kEQBl5BEAuOQRAMHkEQAR5REAEuURAGrlEQB05REAezsWAMTlEQAc5hEAHeYRAHXmEQCD5hEAzuYRANvmEQAn5xEAPucRAIDnEQCI5xEA2ecRANvnEQAy6BEAQugRAIvoEQCV6BEA5OgRAPDoEQA96REAQ+kRAJbpEQCe6REA1DsWAPvpEQBI6hEAS+oRAKHqEQCk6hEA+uoRAAjrEQBT6xEAWOsRAKzrEQC56xEABewRAA3sEQBe7BEAYewRALfsEQDB7BEAEO0RABLtEQBp7REAb+0RAMLtEQDM7REAG+4RAB7uEQB07hEAfO4RAM3uEQD17hEALTwWAC7vEQCGPBYAh+8RAN88FgD77xEAOD0WAD3wEQCK8BEAjfARAOPwEQDt8BEAPPERAETxEQCcPhYAo/ERAO7xEQD18REAR/IRAE/yEQCg8hEArfIRAPnyEQD+8hEAUvMRAFzzEQCr8xEAs/MRAAT0EQAU9BEAXfQRAGv0EQC29BEAw/QRAA/1EQAd9REAaPURAGv1EQDB9REAzPURABr2EQAi9hEAc/YRAIz2EQDM9hEA2PYRACX3EQA19xEAfvcRAIP3EQDX9xEA3fcRADD4EQA8+BEAifgRAJH4EQD1PhYA7PgRADv5EQA++REAlPkRAJz5EQDt+REA7vkRAEb6EQBI+hEAn/oRAKX6EQD4+hEABPsRAFH7EQBe+xEAqvsRALT7EQAD/BEAC/wRAFz8EQBe/BEAtfwRAML8EQAO/REAFf0RAGf9EQBv/REAwP0RAMT9EQAZ/hEAG/4RAHL+EQB1/hEAy/4RANP+EQAk/xEAM/8RAH3/EQB//xEA1v8RAOP/EQAvABIAPgASAIgAEgCUABIA4QASAPIAEgA6ARIASwESAJMBEgCfARIA7AESAPMBEgBFAhIAZAISAE4/FgCyAhIA9wISAPgCEgBQAxIAXAMSAKkDEgDFAxIAAgQSAAoEEgCnPxYAYwQSAFlAFgDABBIADQUSABMFEgBmBRIAbAUSAL8FEgDXBRIAGAYSACIGEgBxBhIAfQYSAMoGEgDNBhIAIwcSAC0HEgB8BxIAlAcSANUHEgDlBxIALggSADAIEgCHCBIAlQgSAOAIEgDxCBIAskAWAD8JEgCSCRIAngkSAAtBFgD3CRIARAoSAEcKEgCdChIApwoSAL1BFgD4ChIATwsSAF0LEgCoCxIAuQsSAG9CFgAIDBIAyEIWAG0MEgCzDBIAwgwSAAwNEgAYDRIAZQ0SAGYNEgC+DRIAyA0SABcOEgAlDhIAcA4SAHUOEgDJDhIA1g4SACFDFgAoDxIAew8SAH4PEgDUDxIA4g8SAC0QEgAyEBIAhhASAJMQEgDfEBIA5xASACxEFgA6ERIAkRESAJ4REgDqERIA+RESAEMSEgBJEhIAnBISAKgSEgD1EhIA9xISAE4TEgBYExIApxMSALUTEgAAFBIABRQSAFkUEgBmFBIAshQSAL4UEgALFRIAHhUSAGQVEgBzFRIAvRUSAMkVEgAWFhIAFxYSAG8WEgB5FhIAyBYSANYWEgAhFxIAJhcSAHoXEgCHFxIAhUQWAN0XEgAsGBIAOhgSAIUYEgCIGBIA3hgSAO4YEgA3GRIARRkSAJAZEgCcGRIA6RkSAPAZEgBCGhIASRoSAJsaEgCnGhIA9BoSAPUaEgBNGxIAWRsSAKYbEgCzGxIA/xsSAAYcEgBYHBIAZBwSALEcEgC+HBIACh0SABkdEgBjHRIAdx0SALwdEgDIHRIAFR4SACgeEgBuHhIAfR4SAMceEgDTHhIAIB8SACEfEgB5HxIAgx8SANIfEgDgHxIAKyASADAgEgCEIBIAkSASAN5EFgDeIBIANiESAEchEgCPIRIAnSESAOghEgD3IRIAQSISAEMiEgCaIhIApCISAPMiEgABIxIATCMSAFEjEgClIxIAsiMSAP4jEgANJBIAVyQSAFwkEgCwJBIAvSQSAAklEgATJRIAYiUSAG4lEgC7JRIAziUSABQmEgAeJhIAbSYSAHkmEgDGJhIA2SYSAB8nEgAuJxIAeCcSAIQnEgDRJxIA0icSACooEgA0KBIAgygSAJEoEgDcKBIA4SgSADUpEgBCKRIAN0UWAJMpEgDnKRIA9CkSAEAqEgBKKhIAmSoSAJ8qEgDyKhIA9CoSAEsrEgBYKxIApCsSAKcrEgD9KxIACywSAFYsEgBiLBIArywSALwsEgAILRIAEi0SAGEtEgBwLRIAui0SAL8tEgATLhIAIC4SAGwuEgB5LhIAxS4SANEuEgAeLxIALS8SAHcvEgCBLxIA0C8SAN4vEgApMBIALjASAIIwEgCPMBIA2zASAOcwEgA0MRIARzESAI0xEgCcMRIA5jESAPIxEgA/MhIAQDISAJgyEgCiMhIA8TISAP8yEgBKMxIATzMSAKMzEgCwMxIAkEUWAA80EgBVNBIAZDQSAK40EgC6NBIABzUSAAg1EgBgNRIAajUSALk1EgDHNRIAEjYSABc2EgBrNhIAeDYSAOlFFgDXNhIAHTcSACw3EgB2NxIAgjcSAM83EgDQNxIAKDgSADI4EgCBOBIAjzgSANo4EgDfOBIAMzkSAEA5EgBCRhYAjjkSAOU5EgDzORIAPjoSAEs6EgCXOhIAozoSAPA6EgD2OhIASTsSAFo7EgCiOxIApDsSAPs7EgAEPBIAVDwSAGE8EgCtPBIAvDwSAAY9EgARPRIAXz0SAGs9EgC4PRIAyz0SABE+EgAgPhIAaj4SAHY+EgDDPhIAxD4SABw/EgAmPxIAdT8SAIM/EgDOPxIA0z8SACdAEgA0QBIAm0YWAI1AEgDZQBIA50ASADJBEgA8QRIAi0ESAJlBEgDkQRIA5kESAD1CEgBOQhIAlkISAKRCEgDvQhIAIEMSAEhDEgBKQxIAoUMSAKtDEgD6QxIACEQSAFNEEgBYRBIArEQSALlEEgAFRRIAEUUSAF5FEgBxRRIAt0USAMZFEgAQRhIAHEYSAGlGEgBqRhIAwkYSAMxGEgAbRxIAKUcSAHRHEgB5RxIAzUcSANpHEgD0RhYAKEgSAH9IEgCBSBIA2EgSAOdIEgAxSRIAQEkSAIpJEgCWSRIA40kSAOZJEgA8ShIAP0oSAJVKEgCbShIA7koSAPpKEgBHSxIASksSAKBLEgClSxIA+UsSAAJMEgBSTBIAWEwSAKtMEgC6TBIABE0SABBNEgBdTRIAbU0SALZNEgC4TRIAD04SAB1OEgBoThIAeU4SAE1HFgDHThIAGk8SACZPEgCmRxYAhk8SAMxPEgDbTxIAJVASADFQEgB+UBIAf1ASANdQEgDhUBIAMFESAD5REgCJURIAjlESAOJREgDvURIA/0cWAEdSEgCUUhIAnlISAO1SEgAZUxIARlMSAE1TEgCfUxIAuFMSAPhTEgAHVBIAUVQSAGBUEgCqVBIAr1QSAANVEgAQVRIAXFUSAGlVEgC1VRIAwVUSAA5WEgAdVhIAZ1YSAHFWEgDAVhIAzlYSABlXEgAeVxIAclcSAH9XEgDLVxIA11cSACRYEgA3WBIAfVgSAIxYEgDWWBIA4lgSAC9ZEgAwWRIAiFkSAJJZEgDhWRIA71kSADpaEgA/WhIAk1oSAKBaEgBYSBYA/VoSAEVbEgBWWxIAnlsSAKpbEgD3WxIADlwSAFBcEgBSXBIAqVwSALpcEgACXRIABV0SAFtdEgBlXRIAtF0SALZdEgANXhIAF14SAGZeEgByXhIAv14SAMteEgAYXxIAK18SAHFfEgCAXxIAyl8SANZfEgAjYBIAJGASAHxgEgCGYBIA1WASAONgEgAuYRIAM2ESAIdhEgCUYRIAsUgWAOJhEgA5YhIAQ2ISAJJiEgCaYhIACkkWAP5iEgBEYxIAUGMSAJ1jEgCsYxIA9mMSAP9jEgBPZBIAWWQSAKhkEgC2ZBIAAWUSAAZlEgBaZRIAZ2USALNlEgC/ZRIADGYSAB9mEgBlZhIAdGYSAL5mEgDKZhIAF2cSABhnEgBwZxIAemcSAMlnEgDXZxIAImgSACdoEgB7aBIAiGgSAGNJFgDWaBIALWkSADdpEgCGaRIAjmkSALxJFgDkaRIAOGoSAE5qEgCRahIAkmoSAOpqEgD7ahIAQ2sSAE9rEgCcaxIApmsSAPVrEgADbBIATmwSAFNsEgCnbBIAtGwSAABtEgAMbRIAWW0SAGxtEgCybRIAwW0SAAtuEgAXbhIAZG4SAGVuEgC9bhIAx24SABZvEgAkbxIAb28SAHRvEgDIbxIA1W8SABVKFgAjcBIAenASAIRwEgDTcBIA23ASAG5KFgBCcRIAhXESAJFxEgDecRIA43ESADdyEgBAchIAkHISAJpyEgDpchIA9XISAEJzEgBVcxIAm3MSAKpzEgD0cxIAAHQSAE10EgBOdBIApnQSALB0EgD/dBIADXUSAFh1EgBddRIAsXUSAL51EgDHShYADHYSAGN2EgBtdhIAvHYSAMR2EgAgSxYAIncSAG53EgB9dxIAx3cSANJ3EgAgeBIALHgSAHl4EgCIeBIA0ngSAPJ4EgAreRIAN3kSAIR5EgCLeRIA3XkSAOt5EgA2ehIAO3oSAI96EgCbehIA6HoSAPt6EgBBexIAUHsSAJp7EgCmexIA83sSAPR7EgBMfBIAVnwSAKV8EgCzfBIA/nwSAAN9EgBXfRIAZH0SAHlLFgCyfRIACX4SABN+EgBifhIAan4SANJLFgDYfhIAFH8SACV/EgBtfxIAeX8SAMZ/EgDZfxIAH4ASAC6AEgB4gBIAhIASANGAEgDSgBIAKoESADSBEgCDgRIAkYESANyBEgDhgRIANYISAEKCEgArTBYAkIISAOeCEgDxghIAQIMSAEiDEgCETBYAtoMSAPKDEgADhBIAS4QSAFeEEgCkhBIAt4QSAP2EEgAMhRIAVoUSAGKFEgCvhRIAsIUSAAiGEgAShhIAYYYSAG+GEgC6hhIAv4YSABOHEgAghxIA3UwWAG6HEgDFhxIAz4cSAB6IEgAmiBIANk0WAIiIEgDQiBIA5IgSACmJEgAtiRIAgokSAISJEgDbiRIA74kSADSKEgA3ihIAjYoSAKqKEgDmihIA94oSAD+LEgBLixIAmIsSAKuLEgDxixIAAIwSAEqMEgBWjBIAo4wSAKSMEgD8jBIABo0SAFWNEgBjjRIAro0SALONEgAHjhIAFI4SAI9NFgBijhIAuY4SAMOOEgASjxIAGo8SAOhNFgBzjxIAxI8SAOqPEgAdkBIAJZASAHaQEgCGkBIAz5ASANGQEgAokRIANpESAIGREgCSkRIAQU4WAOGREgCaThYAO5ISAIySEgClkhIA5ZISAO6SEgA+kxIASJMSAJeTEgCfkxIA8JMSAPOTEgCVoxIA+pMSAF6eEgD+kxIASZQSAFaUEgCilBIAsZQSAPuUEgAAlRIAVJUSAGqVEgCtlRIArpUSAAaWEgAXlhIAX5YSAGuWEgC4lhIAwpYSABGXEgAdlxIATE8WAHKXEgDDlxIAxpcSAByYEgA8mBIAdZgSAIOYEgDOmBIAz5gSAKVPFgAzmRIAgJkSAIeZEgD+TxYA4ZkSAFdQFgA4mhIAi5oSAJOaEgDkmhIA6poSAD2bEgBLmxIAlpsSAJmbEgDvmxIAD5wSAEicEgBcnBIAsFAWAKucEgD6nBIABp0SAFOdEgBWnRIArJ0SALadEgAJURYAM54SAGJRFgBpnhIAt54SAMOeEgAQnxIAFp8SAGmfEgB1nxIAwp8SAMqfEgC7URYAJ6ASAHSgEgB6oBIAzaASANmgEgAmoRIALqESABRSFgCCoRIA2KESANuhEgAxohIAOqISAIqiEgCWohIA46ISAOaiEgA8oxIAaqMSAG1SFgCaoxIA7qMSAASkEgBHpBIAU6QSAKCkEgCopBIAxlIWAAWlEgBSpRIAVaUSAKulEgC1pRIAH1MWAAymEgBdphIAYaYSALamEgDCphIAD6cSABWnEgBopxIAdKcSAMGnEgDJpxIAeFMWADqoEgBzqBIAgagSAMyoEgDNqBIA0VMWADGpEgB+qRIAhakSACpUFgDrqRIAMKoSADiqEgCJqhIAjKoSAOKqEgDuqhIAO6sSAFSrEgCUqxIAlqsSAO2rEgDwqxIARqwSAFCsEgCfrBIArawSAPisEgD6rBIAUa0SAF6tEgCqrRIAsq0SAAOuEgAcrhIAXK4SAGiuEgC1rhIAu64SAA6vEgAlrxIAZ68SAH2vEgDArxIAwq8SABmwEgAmsBIAcrASAH+wEgDLsBIA07ASACSxEgAmsRIAfbESAIqxEgDWsRIA3bESAC+yEgA3shIAiLISAJeyEgDhshIA5rISADqzEgBHsxIAk7MSAJ2zEgDssxIA8rMSAEW0EgBTtBIAnrQSALe0EgD3tBIAALUSAFC1EgBatRIAqbUSAK61EgACthIACLYSAFu2EgBethIAtLYSAM62EgDcVBYAD7cSAGa3EgBstxIAv7cSAMy3EgA1VRYAJbgSAHG4EgCIuBIAjlUWAMu4EgAjuRIAKbkSAHy5EgCBuRIA1bkSAPC5EgAuuhIAPLoSAIe6EgCOuhIA4LoSAOy6EgA5uxIAP7sSAJK7EgCauxIA67sSAO67EgBEvBIARbwSAJ28EgCpvBIA9rwSAAW9EgBPvRIAXb0SAKi9EgC4vRIAAb4SAA++EgBavhIAZr4SALO+EgC6vhIADL8SABS/EgBlvxIAdb8SAL6/EgDDvxIAF8ASAB3AEgBwwBIAeMASAOdVFgDPwBIAIsESACjBEgB7wRIAgMESANTBEgDawRIAQFYWAC/CEgCGwhIAjMISAN/CEgDswhIAmVYWAEXDEgCRwxIAqMMSAPJWFgDtwxIAQ8QSAE3EEgBLVxYAnsQSAPXEEgD4xBIATsUSAFrFEgCnxRIAr8USAP1XFgALxhIAWcYSAFrGEgCyxhIAu8YSAAvHEgAYxxIAZMcSAHLHEgC9xxIAx8cSABbIEgBsyBIAb8gSAH/IEgDIyBIAzsgSACHJEgAjyRIAeskSAJDJEgDTyRIA38kSACzKEgAwyhIAhcoSAIrKEgDeyhIA5MoSADfLEgBXyxIAkMsSAObLEgDpyxIA7csSAG7QEgD1yxIAQswSAEjMEgCbzBIAocwSAPTMEgD5zBIATc0SAFPNEgCvWBYAss0SAP/NEgACzhIAWM4SAGLOEgCxzhIAwM4SAArPEgAMzxIAY88SAGbPEgC8zxIAyM8SABXQEgA50BIACFkWAHDQEgDH0BIAzdASACDREgAt0RIAYVkWAIbREgDS0RIA6dESACvSEgA10hIAhNISAJDSEgDd0hIA4NISADbTEgBA0xIAj9MSAJ7TEgDo0xIA6tMSAEHUEgBE1BIAmtQSAKbUEgDz1BIAF9USALpZFgBZ1RIApdUSALzVEgD+1RIABtYSAFfWEgBh1hIAsNYSALzWEgAJ1xIADNcSAGLXEgBs1xIAE1oWAL3XEgAU2BIAF9gSAG3YEgB52BIAxtgSAM7YEgDFWhYAKtkSAHjZEgB52RIA0dkSANrZEgAq2hIAN9oSAIPaEgCR2hIA3NoSAObaEgA12xIAi9sSAI7bEgCe2xIA59sSAO3bEgBA3BIAQtwSAJncEgCv3BIA8twSAP7cEgBL3RIAT90SAKTdEgCp3RIA/d0SAAPeEgBW3hIAdt4SAK/eEgAF3xIACN8SAAzfEgCN4xIAFN8SAGHfEgBn3xIAut8SAMDfEgAT4BIAGOASAGzgEgBy4BIAd1sWANHgEgAe4RIAIeESAHfhEgCB4RIA0OESAN/hEgAp4hIAK+ISAILiEgCF4hIA2+ISAOfiEgA04xIAWOMSANBbFgCP4xIA5uMSAOzjEgA/5BIATOQSAClcFgCl5BIA8eQSAAjlEgBK5RIAVOUSAKPlEgCv5RIA/OUSAP/lEgBV5hIAX+YSAK7mEgC95hIAB+cSAAnnEgBg5xIAY+cSALnnEgDF5xIAEugSADboEgCCXBYAc+gSAMToEgDU6BIAHekSAB/pEgB26RIAhOkSAM/pEgDg6RIA21wWAC7qEgCB6hIAjeoSADRdFgDi6hIAM+sSAFnrEgCM6xIAlOsSAOXrEgDx6xIAPuwSAETsEgCX7BIAnewSAPDsEgD17BIASe0SAE/tEgDmXRYAqu0SAJheFgAH7hIAVO4SAFXuEgCt7hIAsu4SAAbvEgAM7xIAX+8SAGnvEgC47xIAwO8SABHwEgAV8BIAavASAHDwEgDD8BIA0fASABzxEgAm8RIAdfESAH/xEgDO8RIA2vESACfyEgA08hIAgPISAIjyEgDZ8hIA4/ISADLzEgA38xIAi/MSAJPzEgDxXhYA6fMSAD30EgBK9BIAlvQSAJ70EgDv9BIA9fQSAEj1EgBU9RIAofUSAKL1EgD69RIA//USAFP2EgBZ9hIArPYSALb2EgAF9xIADfcSAF73EgBi9xIAt/cSAL33EgAQ+BIAHvgSAGn4EgBz+BIAwvgSAMz4EgAb+RIAJ/kSAHT5EgCB+RIAzfkSANX5EgAm+hIAMPoSAH/6EgCE+hIA2PoSAOD6EgBKXxYANvsSAIr7EgCj+xIA4/sSAOv7EgA8/BIAQvwSAJX8EgCh/BIA7vwSAO/8EgBH/RIATP0SAKD9EgCm/RIA+f0SAAP+EgBS/hIAWv4SAKv+EgCv/hIABP8SAAr/EgBd/xIAa/8SALb/EgDA/xIADwATABkAEwBoABMAdAATAMEAEwDOABMAGgETACIBEwBzARMAfQETAMwBEwDRARMAJQITAC0CEwCjXxYAhgITAK5gFgDdAhMAMAMTADUDEwCJAxMAjQMTAOIDEwDvAxMAB2EWAEAEEwCUBBMAmAQTAO0EEwDvBBMARgUTAF8FEwCfBRMAsAUTAPgFEwAEBhMAYGEWAFQGEwA6DBMAXQYTAKoGEwC9BhMAAwcTAAQHEwBcBxMAaAcTALUHEwDEBxMADggTABgIEwBnCBMAcwgTAMAIEwDHCBMAuWEWACEJEwByCRMAdAkTAPYVEwB1CRMAqQ4TAHgJEwDLCRMAfgkTABgREwB/CRMAvIETANcJEwAkChMAMwoTAH0KEwCJChMA1goTAOQKEwAvCxMASgsTAIgLEwCUCxMA4QsTAOgLEwASYhYARwwTAJMMEwCVDBMA7AwTAO0MEwBFDRMASA0TAJ4NEwCpDRMA9w0TAPwNEwBQDhMAWg4TAGtiFgC2DhMAAg8TAAQPEwBbDxMAXA8TALQPEwC3DxMADRATABgQEwBmEBMAaxATAL8QEwDJEBMAxGIWACsREwBxERMAchETAMoREwDWERMAIxITADISEwB8EhMAhhITANUSEwDhEhMALhMTADUTEwAdYxYAjxMTAOATEwDiExMAORQTAEgUEwCSFBMAnBQTAOsUEwD0FBMARBUTAEYVEwCdFRMArhUTAM9jFgAFFhMATxYTAFkWEwCoFhMAsRYTAAEXEwADFxMAWhcTAGsXEwCzFxMAuxcTAAwYEwAqGBMAZRgTAG0YEwC+GBMAyhgTABcZEwAqGRMAcBkTAHEZEwDJGRMA1RkTACIaEwAxGhMAexoTAIUaEwDUGhMA4BoTAC0bEwA0GxMAKGQWAJcbEwDfGxMA8BsTADgcEwBAHBMAkRwTAJgcEwDqHBMA+BwTAEMdEwBTHRMAnB0TAKwdEwD1HRMAER4TAIFkFgBbHhMApx4TAL4eEwAAHxMACB8TAFkfEwBnHxMAsh8TALwfEwALIBMAFyATAGQgEwB6IBMAvSATAMAgEwAWIRMAMiETANpkFgB5IRMAyCETANAhEwAhIhMAMCITAHoiEwB/IhMA0yITAOAiEwAsIxMANiMTAIUjEwCHIxMA3iMTAOwjEwA3JBMARCQTAJAkEwCTJBMAM2UWAPQkEwBCJRMATCUTAJslEwCjJRMA9CUTAAMmEwBNJhMAUiYTAKYmEwCzJhMA/yYTAAknEwBYJxMAWicTALEnEwC/JxMACigTABcoEwBjKBMAZigTAIxlFgC/KBMAFSkTACEpEwBuKRMAdSkTAMcpEwDPKRMAICoTADkqEwB5KhMAjSoTANIqEwDuKhMAKysTADMrEwA+ZhYAjCsTAJdmFgDqKxMANiwTAD0sEwCPLBMAlywTAOgsEwDtLBMAQS0TAFEtEwCaLRMAoi0TAPMtEwABLhMATC4TAFkuEwClLhMAsi4TAP4uEwAKLxMAVy8TAF0vEwCwLxMAuC8TAAkwEwAVMBMAYjATAHUwEwC7MBMAyjATABQxEwAgMRMAbTETAG4xEwDGMRMA0DETAB8yEwAtMhMAeDITAH0yEwDRMhMA3jITAPBmFgAtMxMAgzMTAI0zEwDcMxMA3jMTADU0EwBENBMAjjQTAK40EwDnNBMA7zQTAEA1EwBKNRMAmTUTAJ81EwDyNRMA9DUTAEs2EwBaNhMApDYTALA2EwD9NhMABTcTAElnFgB0NxMArzcTAM03EwCiZxYAJjgTAGE4EwB/OBMAujgTAMI4EwATORMAIjkTAGw5EwBuORMAxTkTAM45EwAeOhMAIToTAHc6EwCDOhMA0DoTANc6EwApOxMAMTsTAII7EwCbOxMA2zsTAO87EwA0PBMAUDwTAI08EwCVPBMA+2cWAAQ9EwA/PRMAXT0TAFRoFgCxPRMA8T0TAPY9EwBKPhMAZT4TAKM+EwCvPhMA/D4TAAQ/EwCtaBYAaD8TAK4/EwC9PxMAB0ATABNAEwBgQBMAYUATALlAEwDDQBMAEkETACBBEwBrQRMAcEETAMRBEwDRQRMABmkWACFCEwB2QhMAeEITAM9CEwDSQhMAKEMTADBDEwCBQxMAi0MTANpDEwDlQxMAM0QTAD9EEwCMRBMAlEQTAF9pFgDzRBMAPkUTAERFEwCXRRMAo0UTAPBFEwD/RRMASUYTAFNGEwCiRhMAqkYTAPtGEwAKRxMAVEcTAFZHEwCtRxMAtkcTAAZIEwAJSBMAX0gTAGtIEwC4SBMAwEgTALhpFgAhSRMAakkTAHJJEwDDSRMAzUkTABxKEwAnShMAdUoTAIFKEwDOShMA1koTABFqFgAsSxMAgEsTAJFLEwDZSxMA6ksTADJMEwA3TBMAi0wTAI9MEwDkTBMA8kwTAD1NEwBKTRMAlk0TAK1NEwDvTRMA900TAEhOEwBUThMAoU4TALROEwD6ThMACU8TAFNPEwBfTxMArE8TAK1PEwAFUBMAD1ATAF5QEwBsUBMAt1ATALxQEwAQURMAHVETAGpqFgB3URMAwlETAM9REwAbUhMAMlITAHRSEwB8UhMAzVITANhSEwAmUxMAKFMTAH9TEwCMUxMA2FMTAN9TEwAxVBMAQlQTAIpUEwCYVBMA41QTAPBUEwA8VRMAU1UTAJVVEwCdVRMA7lUTAPNVEwBHVhMAV1YTAKBWEwCoVhMA+VYTAANXEwBSVxMAXVcTAKtXEwC3VxMABFgTAAxYEwAcaxYAdlgTALZYEwC7WBMAD1kTACpZEwBoWRMAdFkTAMFZEwDJWRMAdWsWAC1aEwBzWhMAgloTAMxaEwDYWhMAJVsTACZbEwB+WxMAiFsTANdbEwDlWxMAMFwTADVcEwCJXBMAllwTAM5rFgDqXBMAO10TAD1dEwCUXRMAoV0TAO1dEwDyXRMARl4TAFBeEwCfXhMAql4TAPheEwAEXxMAUV8TAFdfEwCqXxMAsl8TAANgEwAPYBMAXGATAG9gEwC1YBMAxGATAA5hEwAaYRMAZ2ETAGhhEwDAYRMAymETABliEwAnYhMAcmITAHdiEwDLYhMA2GITACdsFgApYxMAfWMTAIxjEwDWYxMA5WMTAC9kEwA4ZBMAiGQTAI5kEwDhZBMA52QTADplEwBGZRMAk2UTAJplEwDsZRMACGYTAIBsFgBPZhMAnmYTAKpmEwD3ZhMA+mYTAFBnEwBaZxMA2WwWALFnEwAybRYACmgTAIttFgBjaBMA5G0WALxoEwANaRMADmkTAAxxEwAaaRMAZmkTACFpEwBEbhMAJGkTAAB4EwAmaRMA03sTAGdpEwC/aRMA1WkTABhqEwAgahMAcWoTAHNqEwA5bRMAf2oTAMpqEwDSahMAPW4WANdqEwAjaxMAJmsTAHxrEwCGaxMA1WsTANdrEwAubBMAP2wTAIdsEwCYbBMA4GwTAOhsEwCWbhYAQG0TAJJtEwCZbRMA620TAPNtEwDvbhYARm4TAJ1uEwCjbhMA9m4TAANvEwBPbxMAV28TAKhvEwCqbxMAAXATAAhwEwBacBMAYXATALNwEwC7cBMASG8WABlxEwBlcRMAZnETAL5xEwDUcRMAF3ITAB9yEwBwchMAcnITADh1EwB+chMAyXITANFyEwChbxYA1nITACJzEwAlcxMAe3MTAIVzEwDUcxMA1nMTAC10EwA+dBMAhnQTAJd0EwDfdBMA53QTAPpvFgA/dRMAkXUTAJh1EwDqdRMA8nUTAFNwFgBNdhMAnHYTAJ52EwD1dhMABncTAE53EwBfdxMAp3cTAK93EwCscBYABXgTAP9/EwAMeBMAWXgTAG94EwCyeBMAungTAAt5EwAZeRMAZHkTAHF5EwC9eRMAwHkTABZ6EwAgehMAb3oTAHF6EwDIehMA2XoTACF7EwAyexMAensTAIJ7EwAFcRYA3HsTACx8EwA5fBMAhXwTAIx8EwDefBMA73wTADd9EwBDfRMAkH0TAJh9EwBecRYA9n0TAEJ+EwBFfhMAm34TAKV+EwD0fhMA9n4TAE1/EwBefxMApn8TALd/EwC3cRYAB4ATAFiAEwBvgBMAsYATAL2AEwAKgRMAFIETAGOBEwBrgRMAEHIWAL2BEwAVghMAK4ITAG6CEwB2ghMAx4ITANWCEwAggxMAKIMTAGlyFgAtgxMAeYMTAHyDEwDSgxMA3IMTACuEEwAthBMAhIQTAJWEEwDdhBMA7oQTADaFEwA+hRMAwnIWAJWFEwDohRMA7YUTAEGGEwBchhMAmoYTAKiGEwDzhhMA+oYTAEyHEwBYhxMApYcTAKuHEwD+hxMAAYgTAFeIEwBhiBMAsIgTALaIEwAJiRMAC4kTAGKJEwBsiRMAu4kTAMeJEwAUihMAK4oTAG2KEwCBihMAxooTAOKKEwAfixMAJ4sTABtzFgB6ixMA0YsTAN+LEwAqjBMAO4wTAHRzFgCKjBMAzXMWAOqMEwA1jRMAP40TAI6NEwCZjRMA540TAO+NEwBAjhMATI4TAJmOEwCsjhMA8o4TAAGPEwBLjxMAV48TAKSPEwCljxMA/Y8TAAeQEwBWkBMAZJATAK+QEwC0kBMACJETABWREwB/dBYAaZETALqREwDEkRMAE5ITABiSEwBskhMAdJITAMWSEwDLkhMAHpMTACqTEwB3kxMAfZMTANCTEwDZkxMAKZQTADaUEwCClBMAipQTANuUEwDclBMANJUTADaVEwCNlRMAkJUTAOaVEwDplRMAMXUWAFWWEwCYlhMAoJYTAPGWEwD9lhMASpcTAFCXEwCjlxMAqZcTAPyXEwABmBMArpgTACqYEwBVmBMAXZgTAON1FgC0mBMAPHYWAB2ZEwBgmRMAYpkTALmZEwDGmRMAEpoTABmaEwBrmhMAc5oTAMSaEwDUmhMAHZsTAB+bEwB2mxMAhJsTAM+bEwDgmxMA7nYWAC+cEwBHdxYAj5wTANqcEwDknBMAM50TAD6dEwCMnRMAlJ0TAOWdEwDxnRMAPp4TAFGeEwCXnhMApZ4TAPCeEwD6nhMASZ8TAFGfEwCinxMAsZ8TAPufEwAAoBMAVKATAFugEwCtoBMAuaATAPl3FgBHoRMAX6ETAKChEwC4oRMAwKETAFJ4FgA7ohMAaqITAHaiEwDDohMAyaITAByjEwAioxMAdaMTAHqjEwDOoxMA1KMTAKt4FgAopBMAgKQTAIakEwDZpBMA3qQTADKlEwBBpRMAi6UTAJelEwDkpRMA56UTAD2mEwBAphMAlqYTAJ6mEwDvphMA/qYTAEinEwBNpxMAoacTALenEwD6pxMA+6cTAFOoEwBkqBMArKgTALioEwAFqRMAD6kTAF6pEwBqqRMAt6kTAL6pEwAEeRYAIKoTAGmqEwB1qhMAwqoTANGqEwAbqxMAL6sTAHSrEwCDqxMAzasTAN6rEwAmrBMAMqwTAF15FgCBrBMA2KwTAOasEwAxrRMAQq0TALZ5FgCQrRMA460TAO+tEwAPehYAQq4TAJWuEwCbrhMA7q4TAPOuEwBHrxMATa8TABp7FgClrxMA+a8TAPuvEwBSsBMAY7ATAH58FgC3sBMABLETAAqxEwBdsRMAabETALaxEwC+sRMA13wWABWyEwBoshMAdLITAMGyEwDJshMAMH0WACazEwBzsxMAdrMTAMyzEwDWsxMAiX0WACe0EwB+tBMAjLQTANe0EwDotBMAO34WADa1EwCJtRMAlbUTAJR+FgDqtRMAO7YTAD62EwCUthMAoLYTAO22EwD5thMARrcTAE63EwBGfxYAqrcTAPi3EwAEuBMAUbgTAFm4EwCffxYAs7gTAAO5EwAUuRMAXLkTAG25EwC1uRMAvbkTAA66EwARuhMAZ7oTAHG6EwDAuhMAwroTABm7EwAouxMAcrsTAJK7EwDLuxMA07sTACS8EwAuvBMAfbwTAIO8EwDWvBMA2LwTAC+9EwA+vRMAiL0TAJS9EwD4fxYA7b0TADq+EwBYvhMAk74TAJm+EwDsvhMA9b4TAEW/EwBSvxMAnr8TAKa/EwD3vxMADcATAFDAEwBSwBMAqcATAMTAEwACwRMADsETAFvBEwBowRMAUYAWALrBEwANwhMAFcITAGbCEwB8whMAv8ITAMTCEwAYwxMAHsMTAHHDEwB9wxMAysMTANLDEwCqgBYAMMQTAHzEEwCMxBMA1cQTANrEEwAuxRMANMUTAIfFEwCdxRMA4MUTAOLFEwA5xhMAQ8YTAJLGEwCgxhMA68YTAPDGEwBExxMAUccTAAOBFgCsxxMA9scTAP/HEwBPyBMAWcgTAKjIEwC2yBMAAckTAAbJEwBayRMAZ8kTALPJEwC7yRMADMoTABzKEwBlyhMAZ8oTAL7KEwDMyhMAF8sTACjLEwBcgRYAd8sTALWBFgDOyxMAIswTACjMEwB7zBMAg8wTANTMEwDezBMALc0TAC/NEwCGzRMAic0TAN/NEwD/zRMAZ4IWAETOEwCRzhMAl84TAOrOEwD2zhMAQ88TAEvPEwDAghYAqM8TAPXPEwD7zxMATtATAFrQEwCn0BMAr9ATABmDFgAC0RMAWdETAGfREwCy0RMAw9ETAHKDFgAY0hMAZNITAHvSEwDLgxYAx9ITABbTEwAi0xMAb9MTAHLTEwDI0xMA0tMTACSEFgAy1BMAetQTAIHUEwDT1BMA29QTACzVEwA51RMAhdUTAIrVEwDe1RMA6NUTADfWEwA/1hMAkNYTAJ/WEwDp1hMA7tYTAELXEwBY1xMAm9cTAJzXEwD01xMAAtgTAE3YEwBe2BMAptgTALLYEwD/2BMAB9kTANaEFgBc2RMAZAEAAGDZEwAlyhUAZNkTANB9EQC92RMAYwkAABLaEwAr3RMA1NsTANksAAAk3BMA7y4AADvdEwCUPgAA4N0TALVBAAA53hMAZkoAAOreEwCYPRMA694TAC5NAADv3hMAgqEEAPLeEwAa7AgARd8TAE1gAAD33xMA6GYAAFDgEwDFcwAAAeETALl6AABm4RMAHIQAALThEwCWhwAAC+ITAMKLAADD4hMAfpUAAIzjEwDG4xMAPeYTAPDYAABE5xMAdOUAAJ3nEwAw7wAAT+gTAHz+AAAJ6RMAOAgBAHrpEwCRCAEAsekTAOoIAQAU6hMALA8BAMTqEwDpEAEAHOsTACAWAQDk6xMAgx8BACrsEwDFJQEAluwTANDsEwBF7RMAgu0TAIrtEwDb7RMA5+0TAGstAQA87hMAMzABAALvEwA/7xMAR+8TAJjvEwCa7xMA2TcBAP3vEwAbPgEAq/ATANdHAQAT8hMAQ2IBAMHyEwAWZgEA1fITAO1zFQDd8hMA13EVADfzEwBvZgEAcfMTANNnAQDW8xMAQmoBACL0EwBjbQEAevQTAHlvAQCN9RMA8YIBAPT1EwAz9hMAO/YTAEqDAQCb9hMAuYUBAEr3EwDZkAEAuvcTADKRAQD89xMA75IBAFH4EwCi+BMArPgTAEiTAQAF+RMAf5gBAB37EwBEswEAcvsTAMP7EwDT+xMAnbMBAIH8EwDJtwEA1vwTACf9EwA3/RMAIrgBAOX9EwAswQEArwAUABEpCABZARQAvHgCAF0BFAB5egIAYQEUAMTfAQBtARQAE4kCAAcCFADw4wEAbAIUAK3lAQAZAxQAw+cBAGsDFACA6QEA0AMUAD3rAQAnBBQAU+0BAIAEFACs7QEALgUUAN2aFQAvBRQAKasNADIFFADC7wEAQgUUAApKDgCHBRQAZ2wUAJsFFAAb8AEArQUUANkTFgDfBRQAdPABAOIFFAAZ3Q4AlgYUAKv1AQDvBhQABPYBAKMHFACf/AEAUAgUAOECAgACCRQADQcCAFUJFACrCRQAtwkUAL8HAgAZCxQAcBACAHALFADBCxQAyAsUAHsRAgB2DBQAxMcPAHkMFADdChAAfQwUAATTDgB/DBQANw4RAIMMFADTGQIA2gwUAKUlAgAoDRQAfg0UAN8NFAAwDhQAMw4UABEoEAA8DhQAxigCAJ4OFACOKwIAAw8UADsPFACYDxQAQ0oPAKQPFACBOgIAwQ8UAK8uAgD5DxQASjUCAKsQFAAoOgIAXREUAIw7AgDGERQA5TsCAGgSFADf2QwAbBIUAJc8AgC+EhQAoj0CAM4TFABpSAIAexQUAORuDgB+FBQAoE0CAIAUFABjuRAA0xQUAPjNFQDlFBQAJBUUAOcUFABrxw8AhRUUANYVFACZFRQADlgCANkVFAAqBw8A4BUUAKMSDwDjFRQAkfAOAOYVFABl9w8A5xUUAOr7DwDxFRQAtk8CAPcVFAA/EQ8AihYUADtUAgCMFhQALcISAJQWFADJwBIAshYUAGRYEADvFhQA+FUCAEIXFACTFxQAnxcUAKpWAgCmGBQA9xgUAH8bFADJaQIA5hwUAAIwFgC1KhQAtloDAMgqFAA6OQ8AdisUAL0rFAAoLBQAbywUANgsFACttw0A3iwUAOguAwAxLhQAYEIDADwvFAB0VAMAGzAUAEIwFACdMBQADmMDAE8xFAD3aAMABTIUAA1rAwBaMhQALm4DAAwzFABwdAMAvjMUAAB6AwBwNBQAvXsDAOI0FADpfwMAIjUUAKaBAwDkNRQA0oUDAN82FAAongMAnDcUAAWrAwBTOBQA+bEDAPY4FABSbRUA+zgUAKU5FAAPORQAxjwUABc5FAB+cRUAHTkUAO24AwCnORQAL4YOAKk5FABACQ8ArDkUABhgCgCvORQARrkDALQ5FACfuQMAtjkUADHFBQDIORQADyEWAN45FAB1FAYAIDwUAJ3JAwDOPBQAHz0UACA9FABAsA4AKT0UAOsJEgAuPRQAsa0PAD49FABDPhYAgj0UANTOAwCGPhQAl/kDAIk+FABDKQwAij4UAHjmAwCMPhQAetYDAI0+FABj3AMAjz4UAC0zBQCQPhQA0t4DAJE+FABs7QMAkj4UAELZAwCTPhQAqC4FAJk+FADz4QMAxD4UAAahEwBdQhQA1R8EAGRCFAAbBgQAu0IUAEcKBAAQQxQAYUMUAHdDFAC2DAQAH0QUAMAVBAB0RBQAxUQUAMlEFAAZFgQAgUUUAFAbBACKRhQA20YUAPFGFAAtKAQAj0cUACdYBACTRxQACy0EAJdHFAAw1w4A8kcUAHovBABZShQArkwEANJLFACgYwQAhEwUAA5uBAA8TRQAOnIEAH9NFADKdwQAg04UAN6JBADiThQAM08UAEFPFABNjAQAQlAUAGuEEQBMUBQAV5UEAExRFABKpAQAtFIUAFK9BABgUxQAA8YEACNUFABqVBQAzlQUAHDYBAAuVRQAdVUUAIZVFACR2wQA21YUAApLBgDcVhQAE/gEAONWFABVNQoAjlcUAD/8BACSVxQA+kQKAJlYFAAxEwUArFkUAAMfBQBiWhQAfSIFACFbFABeWxQAZlsUALdbFADGWxQAfCoFABpcFAD2LQUAy1wUADJuDgDOXBQAsy8FACNdFAB0XRQAN10UAO5rFQB+XRQADDAFAC5eFAD1NQUAjl4UAAs4BQA3XxQATT4FAJJfFADrFQsA5l8UAEFFBQD6YBQAYFgFAE9hFABh9RQAvGEUAPlhFAABYhQAUmIUAF9iFAAxbAUAYWIUAHqTBQBjYhQA2lsFACBkFABneQUAJmUUADiNBQB7ZRQAzGUUAN1lFACcjgUA5mYUAHijBQA6ZxQA8qYFAORnFADmrQUATGgUANq0BQBXaBQAXsEFAGRoFAAcuwUAb2kUALfBBQAXahQABMkFAFdqFACfzwUACmsUAJ3fBQAPaxQAre8KABBrFACA8woAEmsUAB3qCgB4axQAtWsUAL1rFAAObBQAaWwUADdRDwBsbBQAdboNAG9sFABHbBUAcWwUAL7iBQBzbBQAv6wRAIpsFADWKxYArmwUABe1EQDIbBQA3+UFAEZtFABybRQAfW0UAOrmBQAubhQA0+wFAOVuFADS9AUAi28UADX+BQCObxQAjBkHAP1vFADy/wUAR3AUAKMIBgBJcBQASwAGAJlwFADFAwYAnXAUANsFBgCocRQAawsGALhyFADkFgYABXMUABscBgDmdRQAI3YUACt2FAB8dhQAi3YUAFlCBgDedhQAWEoGAOJ3FAAJUwYA7XcUAPQbCgA8eBQAg1YGAEl5FAC4awYAU3kUAGBjBgCjeRQA2mYGAKd5FADwaAYAHXsUAFp7FABiexQAs3sUALh7FACUgAYAwnsUADx4BgASfBQAtnsGABZ8FADMfQYALH4UAN+XBgDafhQAQqEGAIx/FADFtQYAXYAUABzGBgC3gBQArMsGAPmAFADCzQYAU4EUAF3UBgCogRQAaNUGAP2BFABOghQAWIIUAMHVBgCqghQA4tgGAGKDFADh4AYAJ4QUAGSEFABshBQAvYQUAMOEFAAM7QYALIUUAN/wBgDehRQAvP0GACWGFAAqCAcA4oYUAEsLBwCUhxQAoxMHAEiIFABUHAcABYkUAEKJFABKiRQAm4kUAKuJFAAbJwcAx4kUAKArBwAAihQAJigHAFWKFACmihQAsIoUAH8oBwDNixQACowUABKMFABjjBQAbIwUAOE5BwDGjBQA9zsHAIqNFADHjRQAz40UACCOFAAhjhQAcEcHACWOFAAkkQcALY4UAG9PBwAvjhQA4EEHAH+OFABaRQcAg44UAFyOBwCOjxQAN1IHAECQFACPWgcAmZAUABRfBwDukBQAH2AHAKiRFAB3aAcA/5EUAI1qBwDBkhQA/pIUAAaTFABXkxQAYZMUAHZwBwCzkxQAw3cHAH6UFAC7lBQAw5QUABSVFAAhlRQASHwHACOVFAC2hgcAcpUUAHSABwAllhQAMIoHAICWFABGjAcA+JcUADWYFAA9mBQAjpgUAJ2YFADKmAcA8ZgUAEScBwAJmxQAK7IHAHKbFACvmxQAy5sUAAicFAAVnBQAj7MHAC+dFABsnRQAdJ0UAMWdFADInRQA/MUHALCeFACL0wcALJ8UAMLYBwAwnxQAIooNAOifFAC23wcAN6AUAOLjBwBLoRQAk+wHAPuhFABE9QcAVqIUANT6BwBdoxQAVt8KAHGjFAD93goAyqMUAAekFAAPpBQAYKQUAGOkFAAsAwgA1aQUABKlFAAapRQAa6UUAHqlFAD/BggAz6UUAPMNCACCphQACRAIAIOnFACjHggAN6gUAA23EgA6qBQAaIYPAD+oFAB+nhEAQqgUAGshCABDqBQAwZwRAJioFACXJQgAs6kUAPCpFAD4qRQASaoUAFKqFAChLggArKoUALcwCABjqxQABDgIAMarFADLQggAEqwUANZDCAC7rBQAfEsIAB2tFABETggAxq0UAENWCAB4rhQAIGMIAIqvFABWcAgA468UANBzCAA+sBQASncIAKewFADksBQA7LAUAD2xFABMsRQAw4IIAE2xFACueAgAorEUALl5CAD3sRQASLIUAFKyFAASeggAALMUAD2GCACvsxQAPI4IAGa0FAAPkggALLUUAGm1FABxtRQAwrUUANG1FADLmwgAJ7YUAEWfCAB8thQAzbYUANy2FACpoAgAjrcUAOumCADitxQAZaoIAD64FADptggAQLgUAKewCABYuRQAlbkUAJ25FADuuRQAY7oUAKC6FACouhQA+boUAAa7FABhyggAX7sUACnNCAC5uxQA/NAIAF+8FACX1wgAG70UAOTeCADMvRQAcvQIADG/FACnCQkAhr8UANe/FADmvxQACwsJAFbAFABvDAkAnsEUALESCQD5wRQANhcJAE7CFACfwhQArsIUAJoYCQAewxQA/hkJAF/EFADcHgkAusQUACkmCQBsxRQAETQJAB7GFABHQQkA28YUADBHCQAxxxQAlEgJANzHFAByTQkApMgUAOHIFADpyBQAOskUAJbJFAAuVwkAVMoUAPZZCQATyxQAUMsUAFjLFACpyxQAs8sUAFljCQAQzBQAFmUJAGrMFABNagkAvswUANJuCQBvzRQAV3MJAH3OFACZeQkA0s4UACPPFAAlzxQA8nkJAPHPFAAu0BQANtAUAIfQFACb0RQArJMJAAfSFABE0hQATNIUAJ3SFADE0xQAAdQUAAnUFABa1BQAZNQUANanCQAo1RQAZdUUAG3VFAC+1RQAyNUUAEHKCQDU1RQAkbkJABzWFACnuwkAetYUALHECQDd1xQAjOEJAOHXFAAp2AkAO9gUAGveCQCH2BQAgeAJAELZFACi4wkAlNkUAMPmCQBN2hQAU+wJAKjaFADu8gkAWtsUAA/2CQCz2xQAaPYJABzcFABZ3BQAYdwUALLcFADB3BQAMPkJAHHdFABbBQoAzd0UAE8MCgDk3hQAId8UACnfFAB63xQAid8UAAsWCgCI4BQA3uAUAPjgFAAJJgoAU+EUAJDhFACY4RQA6eEUAPjhFAA1KgoAdeIUAPIrCgAQ4xQATeMUAFXjFACm4xQADuQUAMUvCgBe5BQAPzMKABblFABgNgoAdeUUAOU6CgAc5hQAC8gKAB/mFADDPwoAdeYUAM5ACgCD5xQA7VMKANznFADhWgoAMugUAOxbCgBS6RQAj+kUAJfpFADo6RQA9OkUANRpCgBJ6hQAmuoUAJ7qFAA4awoAA+sUAPVsCgDB6xQA/usUAAbsFABX7BQAgewUAOh7CgC17BQAjoMKACXtFAB0twwAau0UALvtFAD17RQAHokKAJDuFADG7hQA1O8UAMypCgDj8BQALrsKAFzyFACZ8hQAofIUAPLyFAAB8xQAhNMKAFHzFAD+1goAVfMUAAiSCwAF9BQAVvQUAIT1FAC69RQA2fUUABP2FAB89hQA2+MKACb3FABr6QoA1vcUAJftCgBB+RQA0JQLAEP5FAAb+goAk/kUAJX9CgCt+xQAUQcLAP/7FAD3DgsABvwUANYLCwAa/hQAa/4UACD/FADpJQsANAAVAGIxCwCUARUA5QEVAA4CFQA+RgsAnAIVAPtHCwD4AhUASQMVAHIDFQBqSgsAAwQVAD1OCwB9BBUAlk4LABcGFQDAYgsAKAcVAA1qCwAzCBUAvnILAJwIFQAXcwsA6AgVAHBzCwA4CRUA6nYLAPAJFQALegsAWQoVAGR6CwClChUAvXoLAPUKFQA3fgsAfQwVAKwMFQAhDRUAXg0VAGYNFQC3DRUAbg4VAPyYCwB4DxUAgKULAEIQFQB/EBUAhxAVANgQFQDiEBUA+bALAMESFQAkvQsA+xMVAJvYCwBbFBUAhN4LAAYVFQCO5wsAbRUVAAjrCwAkFhUAuPsLAMsWFQDNBQwA4BgVAHsmDACrGhUAKzcMAEsbFQBiPAwArBsVANw/DABtHBUAqhwVALIcFQADHRUAXh0VAOZIDACDHhUAwB4VAMgeFQAZHxUAQx8VAHVWDADUHxUAt1wMACwgFQB9IBUAiyAVAGldDADcIBUA2F8MAJUhFQAPZQwA4iEVADtpDAD1IhUAOnEMAE4jFQBQcwwAUSMVAAJ0DAC2JBUAkYEMAAclFQD1ggwAaCUVAG+GDAC8JRUAN4kMABAmFQCQiQwAiiYVAL8mFQCNJxUAxpYMAPQnFQAflwwANikVAIcpFQCwKRUAE54MAL4pFQDFngwAqSsVAPGiDAAGLBUAa6YMAFwsFQDPpwwAZy0VAGquDAC4LRUAlrIMAIQuFQC+LhUAci8VAJTCDADVLxUAA8UMACkwFQBFywwA1jAVAKnMDABiMRUA1dAMAJwxFQAB1QwA5DEVAHDXDACXMhUAkOIMAKcyFQAS/wwACzQVACrxDABTNBUAmfMMAL00FQAI9gwA2TYVABY3FQAeNxUAbzcVAHw3FQAbEA0A1TcVADwTDQCHOBUADxcNAEs5FQCFORUA8DkVAB5QFQD9ORUANzoVAPU6FQD3JA0A9zoVAIgiDQCtOxUA9DsVAFs8FQCzLg0ADz0VAN46DQDrPRUACj4VANI+FQCZTA0AeT8VAMVQDQDVPxUAB1cNAC5AFQC4Xw0AhkAVAMNgDQAxQRUArGYNAPlBFQA2QhUAPkIVAI9CFQAGQxUAlHQNAPZDFQAvew0AFUUVAJ2FDQDARRUATo4NAHJGFQCxlw0AMEcVAG1HFQB1RxUAxkcVADtIFQB4SBUAgEgVANFIFQCGSRUAoGwVAItJFQDcSRUAjUkVAJ4CEgCfSRUAEMAVAOZJFQDbqw0AlEoVAMSxDQBYTBUAUscNAKlMFQB+yw0AGE4VAETeDQAnThUAYU4VAMJOFQAY2g0AIk8VAHHaDQB4UBUAb+oNAItRFQA29Q0A3lEVADRSFQDzURUAbAIOAEZSFQDo9Q0A8lIVAFf4DQBJUxUAsPgNAPtTFQCZ/g0A/1QVAFVVFQBtVRUAPwYOAGlWFQCAFA4AvFYVABJXFQApWBUAfxwOAEFYFQCCcxAAflgVAM9YFQDtWBUA2BwOAJ1ZFQDaWRUA4lkVADNaFQCaWhUA+R8OAFpbFQAaIw4ADFwVAJQmDgAXXRUAVF0VAFxdFQCtXRUAIl4VAF9eFQBnXhUAuF4VAB9fFQAYMw4A318VABxgFQAkYBUAdWAVANxgFQABOQ4A9WEVADJiFQA6YhUAi2IVAPJiFQCnQA4AsmMVAMhDDgBkZBUAQkcOAA1mFQCEbhEAZmYVAN1uEQDTZhUAEGcVABhnFQBpZxUA4mcVACpVDgB8aBUAFpwOAOBpFQAxahUAkmoVAHaxFQD+ahUAzmwOAJ1rFQCS3BUAqGwVAFgREQC8bBUAwxEWAM5sFQD5bBUAAW0VAIa3EQAnbRUAPD8RAIBtFQCrbRUAB24VANsDFgB5bhUAtm4VAL5uFQAPbxUAdG8VAM10DgDdbxUAGnAVACJwFQBzcBUA2HAVANNaEAA7cRUAbqQOAI9yFQCmXhAAlXIVADt/DgD8chUAA4IOAPVzFQBGdBUAVXQVACGoDwCndBUA5WUWABJ2FQC/iw4AHHYVAFuKDgAadxUAh44OANx3FQAZeBUAIXgVAHJ4FQDdeRUAOJcOAAJ8FQCaqA4ApnwVANC1DgAOfhUAJ8YOALd+FQD9pRUAFX8VAGZ/FQBwfxUA78gOACuBFQB8gRUAhoEVADvYDgCjghUA4IIVAOiCFQA5gxUA7YMVAMrlDgBJhBUAnekOAGKGFQBv9Q4Au4YVAAyHFQAYhxUA6fgOAMqHFQBj/A4AeIgVAMmIFQDgiBUA8wEPAAKOFQAcHg8At44VAPoiDwAqkRUAfD8PAN+RFQDqSQ8APpIVAIWSFQBEkxUAhVAPAEeTFQAhTw8AUJQVAPRSDwAAlRUA/1MPAFuVFQAgVw8AIpYVAFiWFQB2lhUAmloPANWWFQA1YQ8AcZcVAI5hDwDamRUAa24PAOOaFQDlcQ8A6ZoVAH30EAAAmxUAtiAWAAebFQCtDxYAIpsVAL60EQA+mxUAj5sVAJ6bFQARdg8A7ZsVANl4DwCinBUA85wVAPWcFQBIew8AUZ0VAPp7DwBYnRUAaX4PANefFQAUoBUAHKAVAG2gFQB3oBUAGJcPADuhFQB4oRUAgKEVANGhFQDgoRUAkaIPADCiFQALpg8A4qIVAJurDwCUoxUAK7EPALOkFQCQ7BUA+qQVAEulFQBRpRUAmbsPAAWmFQDQwA8AWaYVAK+mFQC3phUAxb8PAG2nFQA0wg8AG6gVAHepFQAoqBUAM5ISAG2oFQA/ww8AdKgVADGXEQDNqBUAHqkVACapFQBwAxEAN6sVAFTNDwDnqxUAddAPAPOrFQCA0Q8A9qsVAGrPDwBNrRUAf9kPAP+tFQDY2Q8ACK4VAPlAEQC2rhUAXd4PAA+vFQBgrxUAx68VACXhDwAgsBUAJOkPAHmxFQDs6w8ANLIVAFvuDwA2shUATNUSAImyFQDashUA3bIVAHHwDwCYsxUAOfMPAO2zFQA+tBUAQbQVAE/1DwD8tBUAcPgPAFG1FQCitRUArLUVAMn4DwADthUAVLYVAFe2FQDU+Q8ADrcVAPX8DwBntxUAuLcVALu3FQBZ/g8AcrgVAMO4FQDGuBUAhQIQAH25FQDOuRUA0bkVALEGEACMuhUAhAoQAJO7FQAUEBAAs7sVAJQlFgAAvBUAeBEQAJm8FQDvvBUApL0VAOcTEACrvRUAVhYQAGq/FQCYHBAAbL8VABW6EAAYwBUAacAVANDBFQCiMBEA1cEVAIrDFQAywhUAJyoQAI3DFQDv6REAmsMVAIsrEADzwxUA+i0QAEjEFQAFLxAAscQVAO7EFQCnxRUAckEQAKrFFQBxSRAAr8UVAMIwEAC7xRUAiTsQAHbIFQBnQBAAKMkVAKlGEABIyhUAaCEWAIbKFQDXyhUA2soVAHxKEABAyxUAOUwQAJXLFQBETRAA6ssVADvMFQBFzBUAnU0QAPvNFQCGUxAAAs4VAJxVEACtzhUAp1YQADnQFQDIWRAAIdEVAJtdEADI0hUAfxsWAETTFQBwtREAhNMVAGuPEgCJ0xUAHnIQAPbTFQAm7xEAT9QVAH/vEQD41BUArncQAE3VFQCe1RUAt9UVABJ5EAD61RUAUNYVAM3WFQDwfRAAf9cVAPt+EAAx2BUAX4AQAMfYFQAY2RUAItkVADKEEACL2hUAiowQAJfcFQDtlRAAj90VAJ3dFQDo3RUA9t0VAB7gFQAMqRAAwOAVAHurEADK4BUAIbMQANziFQDY7xEAluMVAN28EADt4xUA6L0QAEDkFQCavhAAlOQVAP6/EABG5RUAFMIQAFbmFQCn5hUACOcVAFnnFQB/5xUAkT0WAAzoFQBsyhAAbOgVAL3oFQAe6RUAb+kVACTqFQCu0BAA2+oVACzrFQCN6xUA3usVAATsFQDqPRYAmOwVADPVEAD17BUAl9YQAKPtFQD07RUABO4VAPvXEACu7hUA/+4VACLvFQBY7xUAE/AVAIDcEABv8BUASN8QAODwFQAV8RUAUvQVAOz2EAAP9hUAfPwQAMH2FQDg/RAAc/cVAET/EAAR+BUAWgERAMP4FQC+AhEAJ/oVAAsKEQDZ+hUA3g0RAPP9FQBKKBEAu/8VAEkwEQC7ABYAwzMRAIMCFgDCOxEAMgMWAIo+EQDDBRYAfkURAPQFFgA7RxEAUgYWADotFgCsBhYAA0oRAK8GFgAZTBEA/wYWAFUHFgBxBxYArgcWAAoIFgBgCBYAfAgWALkIFgAaCRYAawkWAHUJFgByTBEAzAkWACV8FgAjChYAqVERADYLFgAuVhEAhAsWAPZYEQDiCxYAky0WAPoMFgDJtREAow0WAHplEQA+ERYAahEWACwSFgAithEAihMWAIGGEQCOFBYA5n8RAEkVFgDxgBEAWxcWAKwXFgC2FxYA+4kRAGwYFgDDjBEAuhgWAHWNEQDKGxYA2BsWACMcFgAxHBYAfBwWAIocFgDVHBYA4xwWAC4dFgA8HRYAhx0WAJUdFgBTHhYAwpQRALweFgAblREAUx8WAH+WEQDHHxYABCAWAAwgFgBdIBYAHSIWAJWYEQDaIhYAXZsRACgjFgAPnBEApCMWAGvoEgDgIxYAzJ0RAEwkFgCJJBYA/iQWADslFgC8JRYA7SUWABUmFgBGJhYAbiYWAJ8mFgDHJhYA+CYWAP8mFgDGzREAWScWAKonFgCvJxYA+KERAGopFgDVrhEA1yoWAFqzEQDiKxYAPK4TAOYrFgB/rBMAUS4WAC23EQC4LhYA9y4WAP8uFgBQLxYAXjAWAOq4EQDOMBYADTEWAGkxFgDIvREAfTIWAHnGEQDNMhYAIzMWANgzFgAuNBYArzQWAOA0FgAINRYAOTUWAGE1FgCSNRYAujUWAOs1FgATNhYARDYWAB43FgBPNxYAdzcWAKg3FgDQNxYAATgWACk4FgBaOBYAgjgWALM4FgBxORYA0NYRACM6FgA02BEAoz4WAJXxEQADPxYA4vgRAMY/FgAAQBYAeEAWALQEEgC7QBYAOQkSACpBFgBkQRYAxUEWABZCFgAmQhYA9goSAHtCFgABDBIA3UIWAGGREwA9QxYAekMWAIJDFgDTQxYAVkcWAMFOEgCyRxYAc08SALlIFgDgYRIAa0kWANRoEgAdShYAIXASAM9KFgAKdhIAgUsWALB9EgAzTBYAjoISAOVMFgBshxIAl00WAGCOEgBNThYA2pESAO9OFgDzThYAYU8WAGqXEgCmTxYAJ5kSABNQFgDZmRIAXFAWADKaEgC4UBYAoZwSAAxRFgAFnhIAv1EWABugEgAiUhYAf6ESANBSFgD5pBIAIlMWAASmEgB7UxYAGqgSANJTFgAlqRIAWFQWAINUFgBDVRYAGLgSAKdWFgA4wxIAU1cWAKRXFgCzVxYAnMQSACBYFgBWWBYAV1gWAADGEgC5WBYAps0SAG9ZFgB50RIAG1oWAGxaFgB7WhYAu9cSAOhaFgAeWxYAH1sWAB/ZEgCBWxYAxeASADdcFgCY5BIA5FwWACjqEgA3XRYAjV0WAKJdFgDa6hIA6V0WAD9eFgBUXhYAou0SACVjFgB2YxYAlGMWAIcTEwD4ZhYAKjMTAGdnFgBWNxMAGWgWAOY8EwC5aBYAVT8TAA5pFgAdQhMAZmkWAOVEEwC9aRYAEUkTACFqFgAnSxMAhmoWAMNqFgAeaxYAXVgTAIFrFgAaWhMA42sWAOJcEwAvbBYAJGMTAPVsFgCpZxMAbHEWAOl9EwArcxYAeIsTAIBzFgCDjBMA1XMWACZ0FgAqdBYA3IwTAId0FgDYdBYAOXUWAIp1FgBEdhYAlXYWAPp2FgAonBMAT3cWAKB3FgCkdxYAgZwTANZ4FgAnpBMAv3kWAIqtEwASehYAaHoWAJB6FgDBehYAHXsWAHN7FgCbexYAzHsWADx8FgCgrxMA2XwWAA+yEwA6fRYAGrMTAJF9FgDifRYA8n0WACW0EwBEfhYAMLUTAJd+FgDtfhYAUH8WAJ+3EwCvfxYAqrgTALiAFgAjxBMAaIEWAHDLEwC9gRYADoIWAB6CFgDJyxMAxIIWAJzPEwApgxYAANETAICDFgAL0hMA04MWAL3SEwAnhBYAfYQWAA==","fail":"AAAAAAAAAAAxjgAAYN4BAO/gAADTWwgAmNsBAFxLCQA8TAIAwGMDAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAvrYBABe3AQBwtwEAybcBAAAAAAA8TAIA7IcOADyCDwCVgg8A7oIPAEeDDwCggw8A+YMPAFKEDwCrhA8ABIUPAF2FDwC2hQ8AD4YPAAAAAADTWwgAmNsBAJjbAQAWhwQAAG8CAFlvAgBJzA8A0HIQAP4wAwBXMQMAHiYBAA3lBgDinxEAFocEADxMAgCpaQMA/7kAAFi6AACxugAACrsAAGO7AADzDgAAPEwCAMBjAwDtig8ARosPAJ+LDwD4iw8AUYwPAAAAAADTWwgAPEwCACpKDQDLIQUAvXACALMYCwAjYgIA/MQPADZ8AgDfaRIAOGoSALrWAQCtKAAAPEwCAJeqDADwqgwAI0wAAOCPBgBnmwAAwJsAAKoIAwB0UwsAzVMLADxMAgDshw4APIIPAJWCDwDugg8AR4MPAKCDDwD5gw8AUoQPAKuEDwDgbgMAgMYOAFkAAABZAAAA5Z4LAJjbAQAjTAAAPEwCAOBuAwDn0gEAAAAAAGebAAAxHQ4A7SYOAPwfAABhGQAAXEsJALVLCQCY0AAA8dAAAErRAAAh1gMA0t4DACvfAwCeGQwAbBoAAINKDQA/HBAAZAEAAL0BAAAWAgAAbwIAAMgCAADgbgMAgMYOAFkAAABZAAAARAwCAEleBQBnmwAAprkAAJjbAQDyhQIA+OUHADxMAgDAYwMAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAB3VAACxggMACoMDAAAAAADXlQAA4qEBAJjbAQDx2wEArc0PADxMAgAjsAEASV4FAKJeBQBZAAAAIrgBAHu4AQDUuAEALbkBAIa5AQDfuQEAOLoBAAAAAAAh1gMAl/kDAOfSAQBA0wEAmdMBAKp2DQDA0Q0AGdINAOW0DQA+tQ0Al7UNAPC1DQDrZAIA8KoMACiTAgBGBgsAnwYLAPgGCwBcSwkAPEwCAMCkEQC0EAsAPEwCAAYnEADXAhMA1UwAAC5NAACHTQAA4E0AADlOAACSTgAAAAAAALMYCwBLWA4A4G4DAPwfAABVIAAAriAAAAchAABgIQAAuSEAALGCAwAKgwMAAAAAANeVAABnmwAA8w4AACvUAgBf5gEAXEsJADxMAgDgbgMAOW8DAHQzAADNMwAAJjQAAA36EAAjYgIA/MQPAGDeAQD8HwAAXEsJADxMAgDAYwMAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAABvAgBZbwIAWiQEALMkBAAMJQQAZSUEAOW0DQA+tQ0AExoAAGwaAACDSg0APxwQAGQBAAC9AQAAFgIAAG8CAADIAgAAhXMCAN5zAgAbPBEAdDwRACpKDQAYVgEAcVYBAKoIAwDioQEAXEsJAOSPEQAqSg0Ag0oNAD8cEABkAQAAvQEAABYCAABvAgAADfoQACNiAgD8xA8AYN4BAPwfAABcSwkAPEwCAMBjAwCY0AAA8dAAAErRAACj0QAA/NEAAFXSAACu0gAAB9MAAGDTAAC50wAAEtQAAGvUAADE1AAAAG8CAFlvAgBaJAQAsyQEAAwlBABlJQQA5bQNAD61DQATGgAAbBoAAINKDQA/HBAAZAEAAL0BAAAWAgAAbwIAAMgCAACFcwIA3nMCABs8EQB0PBEAKkoNABhWAQBxVgEAqggDAOKhAQBcSwkA5I8RADGOAABg3gEAPGIEACHWAwCX+QMAOW8DAHQzAADNMwAAJjQAAA36EADzDgAA/B8AAFUgAACuIAAAByEAAGAhAAAN+hAArSgAALF2CgCY2wEAEBoOACvUAgAN+hAAHiYBADpQCQDzDgAA59IBAFV5AABBsw8A4g8MAIxxDwBC2QMA/7kAAFi6AACxugAACrsAAGO7AAC8uwAAKkoNAINKDQA/HBAAZAEAAL0BAAAWAgAAbwIAAMgCAAAeJgEAkwMCAPMOAAAr1AIAPEwCANepEgA4ERIAwGMDAB+5BwDgbgMAs1oRAOCPBgA5kAYAO6IBAAAAAACmuQAAprkAAGebAADzDgAA59IBADxMAgDshw4ApNIRAGEZAADaUAQAZ5sAAFxLCQA8TAIAlUwCAAyTDgCY2wEAPEwCANeVAADzDgAA/B8AADxMAgAAAAAAYRkAAA+pAgBpBAwAuhkAAO/gAABhGQAAPEwCAOyHDgC1SwkAJkgSAH9IEgAjYgIA/MQPAGDeAQD8HwAAAAAAAJjbAQC9cAIAMY4AAIqOAADjjgAAPI8AAJWPAADujwAAdD4BAFxLCQDkjxEAYRkAANpQBABnmwAAXEsJAL1wAgBnmwAAwJsAAA70AACUuAMAI2ICAPzEDwBtHAkAvXACAFxLCQAjYgIAvXACAGebAADAmwAADvQAAJS4AwDXlQAAI2ICADH7EgBJXgUAprkAADxMAgAPqQIAaKkCAMGpAgA8TAIAsYIDAAqDAwAjTAAA4I8GADmQBgBnmwAAqggDAAMJAwBcCQMAPEwCAKp2DQDA0Q0AGdINAOW0DQA+tQ0Al7UNAPC1DQAZjw8A7YoPADLpCQB8sAEA7+AAAGebAABhGQAAuhkAAEVSAQCeUgEAUKoRAK3CDgBZAAAAWQAAAOWeCwCY2wEAI0wAAF/mAQBcSwkAvXACADGOAACY0AAA8dAAAErRAAC9cAIAHiYBAHcmAQBhkwMAAAAAACOwAQBJXgUAZ5sAAGEZAAAjTAAAPEwCAOyHDgA8gg8AlYIPAO6CDwBHgw8AoIMPAPmDDwBShA8Aq4QPAOBuAwCAxg4AWQAAAFkAAADlngsAmNsBACNMAAA8TAIAwGMDAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAdtUAABhWAQBxVgEAI0wAAIODAgBf2ggAMZkBANAZEAA8TAIAsYIDAAqDAwAAAAAA15UAAGebAADzDgAAK9QCAF/mAQBcSwkAPEwCANepEgAwqhIAiaoSAOKqEgA7qxIAVSAAAK4gAAAHIQAA15UAACNMAAB8TAAA1UwAAGEZAAAjTAAA/GwHAKa5AADrFgMAl5UCAPxsBwDTWwgAtBALADxMAgAqSg0ARAwCANeVAABnWAIA4qEBADuiAQA8TAIAMY4AAJjQAADx0AAAt+MAAMBjAwCY0AAA8dAAAErRAACj0QAA/NEAAFXSAACu0gAAB9MAAGDTAAC50wAAEtQAAGvUAADE1AAAHdUAALGCAwAKgwMAAAAAANeVAADioQEAmNsBAPHbAQAAAAAAmNsBAAzACgC0EAsAZ1gCAFkAAACyAAAACwEAADxMAgCiDw4AWQAAALIAAAALAQAAZAEAAL0BAAAWAgAAbwIAACMJAgB8CQIAqWkDAOsWAwBEFwMAnRcDAKk7DwACPA8AWzwPAIVzAgDioQEATVQHAHxMAAA9yA4ACikLACNMAAA8TAIAwGMDAOKfEQAWhwQAPEwCACpKDQCDSg0APxwQAGQBAAC9AQAAFgIAAG8CAADIAgAAqWkDAAJqAwAO3QYArSgAALF2CgBnWAIA15UAAJjbAQDx2wEAmNsBADxMAgCpaQMA/7kAAFi6AACxugAACrsAAGO7AAC8uwAA4G4DAPwfAABhGQAAI0wAADxMAgDAYwMAmNAAAPHQAABK0QAAAG8CAFlvAgBaJAQAsyQEAAwlBABlJQQA5bQNAD61DQATGgAAbBoAAINKDQA/HBAAZAEAAL0BAAAWAgAAbwIAAMgCAACqdg0AwNENABnSDQDgbgMA/B8AAAAAAAAxjgAAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAM6PAQAnkAEAgJABANmQAQDr3gUAwGMDAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAvrYBABe3AQBwtwEAybcBACiTAgBGBgsAnwYLAPgGCwBRBwsAqgcLAAMICwDAYwMAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAAF/mAQDXlQAA8w4AAMunAQA7ogEAZ1gCADxMAgAeJgEAOlAJAC37BwBonQkAMY4AAOKfEQDaUAQAgvoEAB4mAQA8TAIAAAAAAKa5AAAxmQEAipkBAOOZAQBhGQAAKJMCAIGTAgDakwIAsBsBACHWAwCwGwEAMY4AAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAADOjwEAJ5ABAICQAQDZkAEAAAAAANNbCAC0EAsAZ1gCAMBYAgDzDgAA/B8AAC37BwD7zQcAVM4HANmOEQBNVAcA5owCAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEALTMFAIYzBQDfMwUAODQFAJE0BQDqNAUAQzUFAJw1BQD1NQUAfYUOAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAO6IBAFUgAACuIAAAByEAAGAhAADx2wEAwJsAAA70AACUuAMAwGMDAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAvrYBABe3AQBwtwEAybcBAL1wAgCY2wEA8dsBAFWPAgCGGxMA8w4AAPwfAABcSwkAPEwCAA36EABRBhMAI7ABAHywAQDVsAEALrEBAIexAQDgsQEAhXMCAN5zAgAbPBEAdDwRALGCAwAKgwMAY4MDAKv/CgAEAAsAXQALADxMAgDXlQAA8w4AAMunAQA7ogEAZ1gCADxMAgDAYwMAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAB3VAAAeJgEAOlAJAC37BwBonQkAMY4AAOKfEQDaUAQAgvoEACNMAAC9cAIAMY4AANnoCQAy6QkAfLABAO/gAABnmwAAXEsJADxMAgAN+hAAmNsBAAzACgAjYgIA/MQPACNiAgAx+xIAh/IPAODyDwCY0AAA8dAAAErRAACj0QAA/NEAAFXSAACu0gAAB9MAAGDTAAC50wAAEtQAAGvUAADE1AAAZ5sAAMCbAAAO9AAAlLgDAIqOAADjjgAAPI8AAJWPAADujwAAZq4BAL+uAQAYrwEAca8BAMqvAQDkjxEAwJsAAA70AACUuAMAVD4CAKa5AABnmwAAWQAAACNMAAD8bAcA01sIADxMAgAAAAAAAAAAAAAAAADr3gUAsYIDAAqDAwCb+gYAYN4BAEwPAAC0EAsAIdYDALwJAADXlQAA8w4AAPwfAABVIAAAYRkAACiTAgCBkwIA2pMCAGI8DAC7PAwAFD0MACpKDQCDSg0APxwQAGQBAAC9AQAAFgIAAG8CAADIAgAA5bQNAD61DQCXtQ0A8LUNABmPDwDtig8AMukJAHywAQDv4AAAZ5sAAFxLCQBB9g0AuhkAABMaAADAYwMA7o0QAOOOAAA8jwAAlY8AAO6PAABHkAAABicQANByEAAM7A4ABicQANcCEwDioQEAgvoEANv6BACqCAMAsxgLAD3IDgDzDgAAK9QCAIVzAgDioQEATVQHAHxMAAA8TAIAsYIDAPKFAgAjYgIAI2ICAOKhAQBNVAcAHiYBAAAAAAA8TAIAlUwCAO5MAgBHTQIAoE0CADxMAgAqSg0ARAwCAIfyDwDg8g8AYN4BAPwfAACpaQMAaJ0JAMGdCQAangkAc54JADxMAgAWhwQAb4cEAMiHBACY2wEAPEwCAKlpAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgDL3gYAUM0EAKnNBAACzgQA+ZoJAPwfAABVHhAAI0wAAPxsBwA7ogEAZ1gCAK0oAAAQ7wEAae8BAMLvAQD2AQEAsBsBAK0oAAAQ7wEAae8BAMLvAQC+4gUAF+MFAHDjBQDAYwMAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAAF/mAQAGJxAA0HIQANNbCABcSwkA5I8RAGIPEAAAAAAASsQPAAAAAAAAAAAAPEwCACrRAQAjYgIA/MQPAG0cCQA8TAIAqWkDAJjbAQDx2wEAStwBAOSPEQBhGQAAI0wAAPxsBwAxjgAA2egJAPMOAAAAAAAAYRkAAKoIAwADCQMAXAkDAEleBQBcSwkAtUsJAIqOAADjjgAAPI8AAJWPAADujwAAjcIPAGipAgDBqQIA4qEBAOKhAQBnWAIAYRkAACiTAgBQBAoA15UAAJjbAQDx2wEAStwBAE9lCgBnmwAA8w4AAMKJEAC6GQAARVIBAB4mAQAN5QYAl5UCAKa5AABcSwkA5I8RAGEZAADaUAQAZ5sAAAAAAADTWwgAZ1gCAOKhAQA7ogEAPEwCAJVMAgDuTAIAR00CAKBNAgCVTAIADJMOAJjbAQA8TAIA15UAAPMOAAD8HwAAVSAAADxMAgCVTAIA7kwCAEdNAgCgTQIAlUwCAAyTDgCY2wEAPEwCANeVAADzDgAA/B8AADxMAgDAYwMAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAB3VAAC+tgEAF7cBAHC3AQDJtwEAPEwCANeVAADzDgAA/B8AAFUgAABhGQAAKJMCAIGTAgCqCAMAdFMLAM1TCwAQGg4Ay6cBANNbCAC0EAsA4qEBADuiAQDaUAQAuVgFAJMDAgAeJgEAPEwCAOBuAwCAxg4AWQAAAFkAAADlngsAmNsBACNMAABf5gEAXEsJADxMAgDAYwMA3SASAOKhAQA8TAIAqggDAHRTCwDNUwsAEBoOAMunAQDTWwgAtBALADxMAgCqdg0AAAAAAPMOAADn0gEAQNMBACHWAwDzDgAAPGIEADxMAgCxggMADMAKAAopCwAjTAAA/GwHADuiAQBnmwAA8w4AALQQCwANEQsAZhELAL8RCwAYEgsAcRILADuiAQBnWAIAPEwCAAYnEADQchAATYALAKaACwDQchAAAAAAAGebAABcSwkAjtwKAIL6BADb+gQAwKQRALQQCwDzDgAA59IBAPwfAABVIAAA/GwHANNbCAC0EAsAZ5sAAMCbAAAO9AAAlLgDAE1UBwBf5gEAuOYBABHnAQBq5wEAMY4AAGDeAQC53gEAEt8BAGvfAQDE3wEAHeABAGebAADzDgAAK9QCACHWAwDXlQAAMJYAAMsLAwBNVAcAIdYDADGOAABg3gEAud4BABLfAQBr3wEAxN8BAB3gAQB24AEAoPQBAPn0AQBS9QEAq/UBAAT2AQBd9gEAtvYBAA/3AQAxjgAAXsANABDBDQAh1gMAeOYDAC0nDADsnRAARZ4QAJ6eEAD3nhAAUJ8QAKmfEAACoBAA8oUCAEuGAgCkhgIArSgAABDvAQBp7wEAwu8BAOSPEQDAmwAADvQAAJS4AwAAAAAAMY4AAKoIAwADCQMANnwCACOwAQAxjgAA4p8RAGdYAgA2fAIAMY4AAGDeAQC53gEAEt8BAGvfAQDE3wEAHeABAHbgAQDP4AEAKOEBAIHhAQDa4QEAHiYBAFkAAACyAAAAbsURANmOEQAyjxEATA8AALQQCwCtKAAAEO8BAGnvAQApqw0AgqsNANeVAAAjsAEAI0wAAPxsBwBZAAAARAwCAIfyDwBvIRMAEO8BAGnvAQApqw0AgqsNAPwfAABVIAAADvQAAJS4AwAAAAAAPEwCANepEgB8YgIA1WICAC5jAgCHYwIA4GMCADlkAgAjsAEAMY4AAOKfEQBhGQAAZ5sAAFxLCQA8TAIAlUwCAAyTDgCY2wEAX+YBAIxxDwBj3AMATyIMALgnEADshw4ARYgOAOydEABFnhAAnp4QAPeeEABQnxAAqZ8QACpKDQCDSg0AtYIOAA6DDgBngw4APEwCAMBjAwD5mREAPEwCAJeqDADSYhAA+U0CAFJOAgCrTgIABE8CAF1PAgCVTAIAsXYKAKuPEAAEkBAAXZAQALaQEAAPkRAAaJEQAMGREACFcwIA4qEBAE1UBwB8TAAAPcgOAAopCwAjTAAAPEwCALGCAwA8bA0AlWwNAJbTDwDv0w8ASNQPAKHUDwD61A8AwGMDAOKfEQAWhwQAPEwCAMBjAwD5mREAUpoRAKuaEQAEmxEAXZsRALabEQBnmwAAp2MBAPlNAgBSTgIAq04CAARPAgBdTwIAl6oMANJiEAAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAAbwIAWW8CAJeqDADSYhAA+U0CAFJOAgCrTgIABE8CAF1PAgDNtwwAI7ABAIfyDwBvIRMAyCETACEiEwCs4BAAuw8QADxMAgCxggMA2Y4RAOkkEwBCJRMAmyUTAM23DAAmuAwAlUwCAO5MAgBHTQIAoE0CAAAAAABiDxAAPEwCALGCAwDZjhEA6SQTAEIlEwCbJRMAzbcMACa4DACVTAIA7kwCAEdNAgCgTQIAlUwCAO5MAgBHTQIAoE0CAGvHDwDr3gUAwZwRABqdEQBznREAzJ0RACWeEQAAAAAA15UAADCWAADLCwMATVQHADZ8AgC7fhIAXEsJAA+pAgDXlQAAMJYAAMsLAwBNVAcANnwCAHeIEgCY2wEA8oUCAPjlBwA6UAkA7+AAANNbCACY2wEAD6kCADZ8AgAxjgAAYN4BALneAQAS3wEAa98BAMTfAQAd4AEAduABAM/gAQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAAAAAAK0oAAAQ7wEAae8BAMLvAQBZAAAAR0wKAC37BwAjTAAAX+YBAKoIAwADCQMAXAkDALUJAwAOCgMA8w4AADxMAgAGJxAA0HIQAAzsDgDXqRIAOBESAAAAAADAYwMA+ZkRAFKaEQCrmhEABJsRAF2bEQC2mxEAl6oMALOzEQAMtBEAZbQRACHWAwAAAAAA01sIACNMAACmuQAAMZkBAA7/AQBn/wEAwP8BABkAAgDx2wEAStwBADxMAgDXlQAA8w4AAMunAQA7ogEAZ1gCADxMAgCs4BAAuw8QAJeqDAAAAAAAI7ABAAAAAADXlQAAMY4AANnoCQAAAAAAAAAAANeVAAAjTAAAPEwCAIVzAgDecwIAGzwRADxMAgCXqgwAAAAAANeVAAAxjgAAsxgLAD3IDgAKKQsAYykLALwpCwAVKgsA16kSAG4qCwDHKgsAICsLANepEgCpaQMAAmoDAA7dBgATIxEAbCMRAMUjEQCpaQMAAmoDAA7dBgATIxEAbCMRAMUjEQAxjgAA4p8RAAAAAAA8TAIAInUDAMBYAgAZWQIAAAAAACNMAABf5gEAuOYBABHnAQA2fAIA5WYOAD5nDgDv4AAATm4CAKduAgAWhwQAI0wAAF/mAQC45gEAEecBADZ8AgCPfAIA8oUCAEuGAgCkhgIA/YYCAPMOAADgjwYA0qUOAEuGAgCkhgIA/YYCACNMAAB8TAAAOwQTAJQEEwDtBBMAAAAAAJjbAQDx2wEAaPcBAHUfBwAt+wcAI0wAAPMOAAA2fAIAbYECAMaBAgAfggIAeIICANGCAgAqgwIAI0wAAIODAgBeLxAAfEwAADsEEwCUBBMA01sIADZ8AgBtgQIAfEwAADsEEwCUBBMA7QQTADGOAABewA0AgvoEAPwfAAAxHQ4Aih0OAOMdDgA8Hg4AlR4OADZ8AgBtgQIAfEwAADsEEwCUBBMA7QQTADZ8AgBtgQIAfEwAADsEEwCUBBMAFocEAFkAAABHTAoAZ5sAAMCbAAAO9AAAlLgDAK0oAAAGKQAAwJsAAPHbAQBhGQAAprkAAGebAABnmwAAwJsAAA70AACUuAMAMY4AAPjlBwA6UAkAZ5sAAMCbAAAO9AAAlLgDACNMAAAjTAAA4I8GADmQBgAjYgIAfGICANViAgBf5gEAZ5sAAMCbAAAO9AAAlLgDAB4mAQA6UAkAI0wAAHxMAAA9yA4AXEsJAOSPEQDAmwAADvQAAJS4AwAjsAEAI7ABAFkAAADlngsA4qEBADuiAQDiaQQAO2oEACjfEQDx2wEAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAJjbAQDx2wEAVY8CAK6PAgAHkAIAYJACALmQAgASkQIAa5ECAMSRAgCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAAAAAAGebAAAWhwQAZ5sAAMCbAAAO9AAAlLgDAFxLCQDkjxEAp2MBAJ3HEwDAmwAADvQAAJS4AwAAAAAAZ5sAAMCbAAAMwAoAXEsJAI7cCgCqCAMA4qEBAIL6BADLpwEA01sIALQQCwBnmwAAwJsAAA70AACUuAMAI2ICAOHqDwAKKQsAMJYAAHwUAwAjsAEAfLABADDBDACJwQwA4sEMAIfyDwDAmwAADvQAAJS4AwDinxEAZ1gCAOIPDABnmwAAwJsAAA70AACUuAMAmNsBAGdYAgDXlQAAHiYBADpQCQBhGQAAI0wAAF/mAQDbXQ4ADvQAAJS4AwDTWwgACikLACNMAACDgwIArSgAACNiAgDh6g8ACikLADCWAAB8FAMA8w4AAPwfAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAMY4AAGDeAQC53gEAGzMAAOsWAwBg3gEAK9QCAF/mAQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAT2UKACxcCACFXAgARLIJAJ2yCQD2sgkAT7MJAKizCQABtAkAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAt+wcA+80HAFTOBwAQGg4Ay6cBANNbCAC0EAsAZ5sAAMCbAAAO9AAAlLgDACNMAAAxjgAAio4AAA+pAgDTWwgAqggDAHRTCwDNUwsArSgAACOwAQB8sAEA7+AAAGebAADAmwAADvQAAJS4AwD8bAcAVW0HABJZBQBEDAIAh/IPAB4mAQA6UAkAYRkAACNMAABf5gEAXEsJAOSPEQDAmwAADvQAAJS4AwDzDgAArcIOAFkAAABZAAAA5Z4LAJjbAQAjTAAAX+YBAFxLCQBPZQoALFwIAIVcCABEsgkAnbIJAPayCQBPswkAqLMJAAG0CQBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBACOwAQAjsAEAh/IPAGdYAgBfVAwA2egJADGOAADKugIAI7sCAHy7AgDVuwIALrwCAIe8AgDgvAIAOb0CAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQCY2wEA8oUCABaHBADioQEAO6IBAH6rAgDXqwIAMKwCAJ2+AgD2vgIAT78CAKi/AgABwAIAWsACALPAAgAMwQIAZcECAL7BAgAXwgIAcMICAMnCAgAiwwIAe8MCANTDAgAtxAIAhsQCAN/EAgAeJgEAI2ICADgREgDAmwAArSgAAAyTDgCY2wEAHiYBAA3lBgCXlQIAX+YBAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQCmuQAA+80HAFTOBwCtzgcABs8HAF/PBwC4zwcAHiYBAHcmAQBhkwMAupMDABOUAwBslAMAxZQDAB6VAwB3lQMA0JUDACmWAwCClgMAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAAAAAAMY4AANnoCQDXlQAAZ5sAAGebAADAmwAADvQAAJS4AwDaUAQAprkAADGZAQCKmQEA45kBAGebAABhGQAAprkAADGZAQCKmQEA45kBAGebAADAmwAADvQAAJS4AwBcSwkA5I8RAC37BwCG+wcAipkBAOOZAQBnmwAAwJsAAA70AACUuAMAXEsJAOSPEQCtKAAAsXYKAKuPEABnmwAAXEsJADGOAADZ6AkAMukJAIvpCQDftxEA0HIQAAzsDgDAYwMAH7kHAB4mAQA6UAkAk1AJACNiAgA4ERIAwJsAADxMAgCVTAIAhhsTADCWAAAxdg4AI0wAAPxsBwDTWwgAtBALAF/mAQDkWAwAPVkMACNMAAA8TAIABicQANByEAAM7A4AsYIDAAqDAwCb+gYAbRwJADxMAgAqSg0AGFYBAHFWAQAwlBAAiZQQAOKUEAA7lRAAlJUQAMBjAwD5mREAUpoRAMunAQAkqAEAfagBADxMAgAqSg0AGFYBAHFWAQAwlBAAiZQQAOKUEAA7lRAAlJUQANeVAAAwlgAAfBQDANUUAwAuFQMAhxUDAOAVAwA5FgMAkhYDADo5DwCTOQ8A7DkPAEU6DwCeOg8A9zoPANNbCAA8TAIAlUwCAAYpAADv4AAAPEwCAMBjAwAZZAMAI7sCAHy7AgDVuwIALrwCAIe8AgDgvAIA8w4AADxMAgAGJxAA0HIQAAzsDgCVTAIAhhsTADCWAAAxdg4AI0wAAPxsBwDTWwgAtBALAOKfEQBhGQAAuhkAAEVSAQCSZAIAsYIDAAqDAwBK3AEA5I8RAC37BwD/uQAAOMUCAMq6AgDx2wEAsBsBADHwEQA8TAIAI7ABAHywAQAwwQwAicEMAJeVAgBf5gEAwKQRACNiAgBo9wEAdR8HAC37BwAjTAAAPEwCAB4mAQA6UAkAI0wAAHxMAAA9yA4AXEsJADxMAgDApBEAtBALADxMAgDXlQAAMJYAAH2zAgAx+xIAh/IPAPMOAADn0gEA/B8AAFxLCQA8TAIAsYIDAAqDAwBjgwMAro8CAAeQAgBgkAIAuZACABKRAgCFcwIA4qEBAE1UBwB8TAAAPcgOAAopCwAjTAAAPEwCAMBjAwAfuQcAKkoNAINKDQDcSg0ANUsNAI5LDQDnSw0AQEwNAMCkEQCY2wEAPEwCAMCkEQAjYgIAaPcBAHUfBwAt+wcAI0wAADxMAgCxggMACoMDAGODAwCujwIAB5ACAGCQAgC5kAIAEpECAOBuAwCAxg4A2cYOAOHrBwA67AcACikLACNMAAD8bAcAO6IBAGebAACzGAsAMY4AAGDeAQBPZgIAPEwCALGCAwAKgwMAY4MDAK6PAgAHkAIAYJACALmQAgASkQIAa5ECAMBjAwCXlQIAMY4AAMq6AgCi7wIA++8CAFTwAgA8TAIAsYIDAAqDAwBjgwMAro8CAAeQAgBgkAIAuZACABKRAgBrkQIAwGMDAJeVAgCmuQAAMZkBAIqZAQDjmQEAsYIDAAqDAwBjgwMAro8CAAeQAgBgkAIAuZACABKRAgBrkQIAwGMDAJeVAgDzDgAAGzMAAOsWAwBEFwMAMY4AAMq6AgA8TAIAsYIDAAqDAwBjgwMAro8CAAeQAgBgkAIAuZACABKRAgBrkQIAwGMDAJeVAgBnWAIAI7ABAHywAQAjYgIAPEwCALGCAwAKgwMAY4MDAK6PAgAHkAIAYJACALmQAgASkQIAa5ECAMBjAwCXlQIA15UAAPMOAAD8HwAAwGMDAOKfEQA7oBEA15UAADCWAAB8FAMA1RQDAC4VAwCHFQMA4BUDADkWAwCSFgMAqggDAAMJAwBcCQMAtQkDAA4KAwDAYwMA+ZkRADxMAgCY2wEA8dsBAFWPAgA8TAIAhXMCALMYCwDioQEA/OcCAIfyDwC8CQAAMhUOACvUAgDgjwYAOZAGAKa5AAAjTAAAPEwCALGCAwAKgwMAY4MDAPMOAAC8CQAAFQoAAKp2DQADdw0AXHcNANeVAADzDgAAPEwCAOyHDgBFiA4AqggDAOKhAQCC+gQAy6cBANNbCAC0EAsAPEwCANepEgAwqhIAiaoSAO2tAgBGrgIAn64CAPiuAgA8TAIAwGMDAJeVAgBcSwkAjtwKANJXDwCxdgoAprkAAOsWAwCXlQIA/GwHANNbCAC0EAsAPEwCAMCkEQCtKAAAPEwCAMBjAwAfuQcAsYIDAAqDAwCb+gYAbRwJAA36EADTWwgAtBALACOwAQAWhwQAPEwCAKoIAwADCQMAXAkDALUJAwAOCgMAwGMDAJeVAgDwlQIAQx8DAJwfAwD1HwMATiADAF/mAQBcSwkAPEwCAMBjAwCXlQIAsYIDAAqDAwAAAAAA15UAAOKhAQCY2wEA8dsBAK3NDwA8TAIAl6oMANJiEAD5TQIARAwCAEleBQCmuQAA4qEBAE1UBwCmVAcAKkoNAINKDQDcSg0ANUsNAI5LDQDnSw0AQEwNAOW0DQAokwIAgZMCAOW0DQA+tQ0Al7UNAPC1DQAZjw8A7YoPADLpCQB8sAEA7+AAAGebAABcSwkAPEwCAIVzAgCzGAsA4qEBAPznAgCH8g8AvAkAADIVDgAr1AIA4I8GADmQBgCmuQAAI0wAADxMAgDgbgMAgMYOANnGDgDzDgAAvAkAABUKAACqdg0AA3cNAFx3DQDXlQAA8w4AAAzACgAq0QEABicQAKlpAwAWhwQA648OAESQDgCdkA4A9pAOAGebAADAmwAADvQAAJS4AwBhGQAAI0wAADGOAACXlQIA/GwHANNbCAC0EAsAZ5sAAMCbAAAO9AAAlLgDADShDACxdgoAq48QAH6rAgA8TAIA4G4DAPi5AwAeJgEAI2ICAOHqDwDioQEA/OcCADGOAACXlQIA/GwHANNbCAC0EAsAPEwCAJeqDACzsxEADLQRAGW0EQCVTAIA7kwCAEdNAgCgTQIAAAAAADxMAgCqdg0AA3cNAIyHEQDlhxEAPogRAJeIEQDA/wEAl5UCAPxsBwAjYgIAMfsSAIfyDwAGJxAA5owCAD+NAgCYjQIAqWkDAOsWAwBhOgMAujoDABM7AwBsOwMAxTsDAOzAAwBFwQMAnsEDAPfBAwBQwgMAqcIDAALDAwBbwwMAtMMDAA3EAwAAAAAA15UAADCWAAB8FAMA1RQDAC4VAwCHFQMA4BUDADkWAwCpaQMA6xYDAGE6AwC6OgMAEzsDAGw7AwDFOwMA15UAAPMOAAAGJxAA0HIQAP4wAwBXMQMAHiYBAA3lBgDinxEA5bQNAD61DQCXtQ0A8LUNAOtkAgDwqgwASasMAAopCwBnWAIAHiYBALzGAQCC+gQA59IBAMunAQA7ogEAZ1gCADxMAgCxggMACoMDACNMAADXlQAAmNsBAOyHDgCk0hEALfsHAP+5AAA4xQIAyroCAPHbAQBK3AEAPEwCAMBjAwDinxEAXEsJADxMAgDltA0APrUNAJe1DQDwtQ0A15UAAPMOAAD8HwAAqnYNAAN3DQCUogEA7aIBAEajAQCfowEA+KMBAIXBAQDApBEALFwIAIVcCABEsgkAnbIJAPayCQBPswkAqLMJALlYBQASWQUAa1kFAMRZBQAdWgUAdloFAFxLCQA8TAIAwGMDAOKfEQBcSwkAPEwCAOW0DQA+tQ0Al7UNAPC1DQDXlQAA8w4AAPwfAADgbgMA+LkDAFG6AwCqugMAA7sDAFy7AwCLeQ8A5HkPAD16DwCWeg8A73oPALwJAAAyFQ4A/B8AAKoIAwB0UwsAzVMLANmOEQBNVAcA5owCALwJAACYogwAAAAAAABvAgBq/QMAHiYBADpQCQDzDgAA59IBAFV5AABBsw8A4g8MALwJAACYogwAAAAAAOveBQCqdg0AwNENABnSDQDXqRIAOBESAPZOCAB8sAEA7+AAADxMAgAGJxAA1wITANVMAACXqgwA0mIQAPlNAgBSTgIAq04CAARPAgBdTwIAHiYBALzGAQAVxwEAbscBAMfHAQAgyAEAecgBANLIAQCpaQMAAmoDADoZBACTGQQA7BkEAEUaBACeGgQAuVgFABJZBQBEDAIAh/IPAC37BwCG+wcAOhkEADxMAgCVTAIA7kwCAEdNAgCgTQIAhXMCAOKhAQBNVAcAfEwAADxMAgCXqgwA0mIQACtjEACEYxAAqggDAHRTCwDNUwsA8oUCAEGzDwDiDwwABicQANcCEwAwAxMA8dsBAK3NDwBPZgIAqGYCACOwAQBcSwkAPEwCAJVMAgAMkw4AmNsBAGiGDwDBhg8AGocPAHOHDwDMhw8AJYgPAH6IDwDXiA8AMIkPAB4mAQA6UAkAZ5sAACNMAADXqRIAfGICANViAgAuYwIAl6oMANJiEAD5TQIAUk4CAKtOAgAETwIAXU8CAB4mAQC8xgEAFccBAG7HAQDHxwEAIMgBAHnIAQDSyAEAqnYNAMDRDQDinxEA2lAEAKa5AAAh1gMAQykMADxsDQCVbA0A7mwNAEdtDQCgbQ0A+W0NAPlAEQCzsxEADLQRAGW0EQA8TAIAwKQRAAopCwAjTAAAPEwCAMCkEQCtKAAAPEwCANepEgDh6g8ACikLADCWAAB8FAMAsYIDAPKFAgBbuAIAtLgCAG0cCQBcSwkAPEwCAIVzAgDioQEATVQHAHxMAAA8TAIAwKQRAKoIAwB0UwsAzVMLAK0oAAAjsAEAfLABAOBuAwCAxg4A2cYOADLHDgDgjwYA0qUOACumDgDm5AoAPEwCAIVzAgDioQEATVQHAHxMAAA8TAIAwKQRAKoIAwB0UwsAzVMLAK0oAAAjsAEAfLABAB4mAQCTAwIA7AMCAEUEAgCeBAIA9wQCAFAFAgAWhwQAPEwCAIVzAgDioQEATVQHAHxMAAA8TAIAwKQRAKoIAwB0UwsAzVMLAK0oAAAjsAEAfLABAOyHDgBFiA4AqggDAOKhAQBcSwkA5I8RAIVzAgDioQEATVQHAHxMAAA8TAIAwKQRAKoIAwB0UwsAzVMLAK0oAAAjsAEAfLABAOKhAQD85wIAPEwCACpKDQDlngsA4qEBADuiAQDiaQQAO2oEACjfEQA8TAIA7IcOAKTSEQDAmwAA8dsBAFWPAgCujwIAB5ACAGCQAgC5kAIAEpECAMBjAwD5mREAUpoRAMunAQAkqAEAfagBAB4mAQA6UAkAYRkAACNMAAA8TAIABicQANByEAAM7A4Al6oMAPCqDAAjTAAA4I8GABaHBAA8TAIAqnYNAAN3DQBcdw0A5bQNANpQBAAzUQQAjFEEAB4mAQAN5QYAI7ABAEleBQCmuQAAZ5sAANepEgDh6g8ACikLADCWAAB8FAMA8w4AADxMAgDApBEACikLACNMAAA8TAIAwKQRAK0oAAA8TAIAsYIDAPKFAgBbuAIAtLgCACNMAABf5gEAZ1gCAOIPDADAmwAAPEwCAOyHDgBFiA4AqggDAOKhAQBcSwkA5I8RANepEgAwqhIAiaoSAO2tAgBGrgIAn64CAA+pAgBoqQIAXEsJADxMAgDAYwMAl5UCALAbAQAJHAEA6xYDAEQXAwCdFwMAqTsPAAI8DwBbPA8AtDwPAA09DwBmPQ8Avz0PABg+DwBxPg8Ayj4PACM/DwB8Pw8A1T8PAC5ADwCHQA8A4EAPADlBDwCSQQ8A60EPAERCDwCdQg8A9kIPAE9DDwCoQw8AAUQPAFpEDwCzRA8ADEUPAGVFDwC+RQ8AF0YPAHBGDwDJRg8AIkcPAHtHDwDURw8ALUgPAOKhAQA7ogEAfqsCANerAgAwrAIA3jAEADcxBACQMQQA6TEEAEIyBACbMgQA9DIEAE0zBACmMwQA/zMEAFg0BACxNAQACjUEAAAAAADTWwgACikLADxMAgAwXgMAiV4DAKoIAwB0UwsAwGMDAOKfEQA7oBEAlKARAO2gEQBGoREAn6ERAKp2DQADdw0AXHcNABaHBABvhwQAyIcEAJjbAQA8TAIA4G4DAN4OCQA3DwkAkA8JAOkPCQD4uQMAUboDAKq6AwADuwMAqWkDAAJqAwDQGRAA15UAAB4mAQBhGQAAPEwCAMCbAADx2wEAqnYNAMDRDQAZ0g0A5bQNAD61DQATGgAAbBoAAINKDQBuxREA8oUCAPjlBwA6UAkAI0wAAF/mAQDbXQ4APEwCACpKDQAYVgEA8dsBAJwHEQCyAAAAbsURAPHbAQBK3AEAPEwCAOBuAwCzWhEADFsRAJeVAgBf5gEA5FgMADpQCQBhGQAAI0wAADxMAgDshw4AtUsJACZIEgB/SBIAI2ICAPzEDwBg3gEA/B8AAOBuAwD4uQMAm0cOAPRHDgBNSA4ApkgOADxMAgCqdg0AwNENABnSDQDgbgMAs1oRAAxbEQCd/xAA9v8QAPxsBwA7ogEAZ1gCADxMAgDXlQAAT2YCANeVAAAjTAAAI0wAAPxsBwA7ogEAZ1gCADxMAgDshw4APIIPAO/gAACqdg0AA3cNAFx3DQCxggMACoMDAFjQAgCG+wcAOhkEAJMZBADsGQQAFocEADxMAgAeJgEAdyYBAGGTAwAxjgAAbRwJAI7cCgA7ogEAZ1gCADxMAgCxggMACoMDAErcAQCj3AEA/NwBAFXdAQCqdg0AwNENABnSDQAjsAEAfLABAEi0BAChtAQA+rQEAFO1BACstQQABbYEAAYnEADXAhMA1UwAAIKhBADboQQANKIEAI2iBABg3gEA/B8AAFUeEAA8TAIAqnYNAAN3DQBcdw0AHiYBADpQCQCTUAkAdyYBAJjbAQCqdg0AwNENABnSDQCqdg0AA3cNAFx3DQCShA0A64QNAESFDQAqSg0AGFYBAHFWAQCuug4AB7sOAGC7DgC5uw4ANm8RAMCkEQCtKAAAPEwCAOBuAwCzWhEADFsRAJ3/EAD2/xAA/GwHADuiAQBnWAIAPEwCANeVAADKEgsAIxMLAHwTCwAGJxAA0HIQAAzsDgDgbgMA/B8AAFUgAACuIAAAByEAAGAhAAC5IQAAwGMDAJeVAgAKKQsAYykLALwpCwAVKgsAbioLAMcqCwAgKwsAeSsLAA3kDgDgjwYA0qUOAFu4AgDzDgAAPGIEADGOAACXlQIAX+YBADBeAwA9yA4A8w4AACvUAgA8TAIA5bQNACiTAgCBkwIA2pMCACOwAQB8sAEAMMEMAInBDADiwQwAsxgLAD3IDgDzDgAAK9QCALwJAAAVCgAABicQANByEAAM7A4AwGMDAG0cCQBcSwkAmNsBAPHbAQCtzQ8A59IBACHWAwDApBEAtBALADxMAgDgbgMATA8AALmPCgASkAoAa5AKAMSQCgA8TAIAWQAAACNMAAD8bAcAO6IBAGdYAgA8TAIAqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgBQzQQAqc0EAL3TCwAW1AsAwKQRALQQCwA8TAIA15UAADCWAADLCwMAVD4CADxMAgDshw4APIIPAB4mAQAN5QYAXsANADuiAQA8TAIA4G4DAEwPAAC5jwoAEpAKAGuQCgDEkAoAPEwCANIrCwArLAsAhCwLAN0sCwA2LQsAjy0LAOgtCwBBLgsAmi4LAPMuCwDgbgMA/B8AAFUgAACuIAAAByEAAGAhAAAh1gMA8w4AADxMAgAGJxAA1wITANVMAAAuTQAAh00AAOBNAAA5TgAAkk4AAOtOAABETwAAnU8AADxsDQCVbA0AltMPAO/TDwBI1A8AodQPAPrUDwDApBEAtBALADxMAgAwXgMAPcgOAPMOAAAjsAEAfLABADDBDACJwQwA4sEMAJ0XAwAAAAAAI7ABAPMOAAAr1AIAhNQCAJeVAgBf5gEAKtEBAAAAAAAAAAAAAAAAAAAAAAAAAAAA9skDAE/KAwAq0QEAAAAAAPbJAwBPygMAONADAAJqAwBKrg0Ao64NAPyuDQBVrw0Arq8NAAewDQBgsA0AubANAJn0BADy9AQAS/UEAKT1BAD99QQAVvYEAK/2BAAI9wQAYfcEALr3BAAT+AQAbPgEAMX4BAAe+QQAd/kEAA7dBgBn3QYAwN0GABneBgBy3gYAy94GAFDNBACpzQQAAs4EAFvOBAC0zgQADc8EAGbPBAC/zwQAGNAEAHHQBADK0AQAI9EEAHzRBADV0QQAT9UEAKjVBAAB1gQAWtYEALPWBAAM1wQAZdcEAL7XBAAX2AQAcNgEAMnYBAAi2QQAe9kEANTZBAAt2gQAhtoEAN/aBABnWAIAIdYDAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEAUM0EAKnNBAAjYgIA/MQPAPMOAACiBQUA+wUFAIfyDwCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAIagPAHqoDwDTqA8ALKkPAIWpDwDeqQ8AN6oPAJCqDwDpqg8AQqsPAFvOBAC0zgQAlUwCAO5MAgBHTQIAoE0CAJxVEAAX4wUAcOMFAMnjBQAi5AUAe+QFANTkBQAt5QUAhuUFAJeqDADSYhAAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAIVzAgCzGAsA4qEBAPznAgCH8g8AqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgAk3wYAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYAy94GAFDNBACpzQQAp/4HAAD/BwBZ/wcAsv8HAAsACABkAAgA+LkDAFG6AwCmuQAAWQAAAMshBQA2fAIA62ISAERjEgAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQDzDgAANnwCAN9pEgDrFgMAYToDALo6AwATOwMAbDsDAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQBhGQAAuhkAAO/gAABnmwAAwJsAAA70AACUuAMAOGoSALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAFDNBACpzQQAXEsJAE9lCgBnmwAA8w4AAMKJEAC6GQAARVIBAL4PAgCnYwEAz70OAIL6BAAr1AIAX+YBANtdDgAO9AAAlLgDAKlpAwDrFgMARBcDAJ0XAwD2FwMAlUwCAO5MAgBHTQIAoE0CAB4mAQBZAAAA5Z4LAJjbAQAjTAAAX+YBANtdDgAO9AAAlLgDACOwAQBJXgUAol4FAFkAAAADQQAANnwCALt+EgDioQEAI2ICAOHrBwDyhQIAyroCABaHBAA8TAIA5bQNAD61DQCXtQ0A8LUNACOwAQB8sAEASLQEAKG0BADkjxEAXEsJACHWAwCXZw4ALFwIAIVcCADeXAgAPEwCAOBuAwBPZgIAMY4AAMq6AgDx2wEAStwBADxMAgDApBEAI2ICAGj3AQB1HwcALfsHACNMAAA8TAIAlUwCALF2CgAKdwoA0t4DACvfAwCeGQwAbBoAAANBAAA8TAIAhXMCAEjhAADyhQIA3SASADYhEgBHTAoAoEwKADxMAgDAYwMAqggDAAMJAwBewA0At8ANADGOAAAjYgIAMfsSADxMAgCqdg0AuVgFABJZBQBEDAIAh/IPAB4mAQA6UAkAYRkAACNMAAAxjgAAl5UCAPxsBwDTWwgAtBALACHWAwAjsAEASV4FAKJeBQBZAAAAA0EAADxMAgAjsAEASV4FAKJeBQD7XgUAVF8FAK1fBQAGYAUAX2AFALhgBQARYQUAamEFAMNhBQBJtg0AorYNAPu2DQBUtw0APEwCACOwAQBJXgUAol4FAPteBQBUXwUArV8FAAZgBQBfYAUAuGAFABFhBQBqYQUAw2EFAEm2DQCitg0A+7YNAFS3DQAYVgEAcVYBADCUEACJlBAA4pQQACOwAQAWhwQAprkAADGZAQC61gEArSgAALF2CgBnWAIA15UAAJjbAQDx2wEAStwBACHWAwAtMwUA4I4OADmPDgCSjw4AMcUFAIrFBQDjxQUAPMYFAJXGBQDuxgUAR8cFAKDHBQAqSg0AqSYFAPi5AwCmuQAAMZkBACxcCACxrQ8Am9kDAPTZAwBN2gMAptoDAP/aAwBY2wMA7MADAEXBAwCewQMA98EDAFDCAwDAYwMAH7kHACpKDQDlngsA8w4AACvUAgBnWAIAmNsBAPHbAQCtzQ8AogUFAPsFBQChOQkA7IcOAJjbAQDZjhEAqggDAHRTCwDNUwsAAG8CAFlvAgBJzA8A4I8GADmQBgBnmwAAXEsJACNMAAD8bAcAVW0HAK5tBwAHbgcAYG4HALluBwAh1gMAQtkDACw7BQCFOwUA3jsFADc8BQCQPAUA6TwFAEI9BQCbPQUA9D0FAFvOBABugwsAx4MLACCECwAHbgcAYG4HALluBwDdhQsAT8kLAKjJCwD5TQIA4qEBAJjbAQDx2wEAqWkDAJjbAQDx2wEAm/oGAJeVAgBf5gEAwGMDAB+5BwCpaQMAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYAy94GAFDNBACpzQQAAs4EAFvOBAC0zgQADc8EADBeAwA9yA4A8w4AACvUAgAjsAEAfLABADDBDACJwQwA4sEMALMYCwA9yA4A8w4AACvUAgA8TAIAwGMDAOKfEQBcSwkAPEwCACpKDQDlngsAmNsBACNMAABKxA8AAAAAAAAAAAA2fAIAAAAAADZ8AgAAAAAANnwCAErEDwA8TAIAwGMDAOKfEQBcSwkAPEwCACpKDQDlngsAmNsBACNMAAB+AhMASsQPADxMAgDAYwMA4p8RAFxLCQA8TAIAKkoNAOWeCwCY2wEAI0wAACOwAQB8sAEASLQEAKG0BAD6tAQAU7UEAKy1BAAFtgQABicQANcCEwDVTAAAsBsBAFkAAADlngsA8w4AACvUAgBnWAIAmNsBAPHbAQCtzQ8AogUFAPsFBQCwGwEA13MFAMBjAwDujRAA5uQKAD/lCgCY5QoA8eUKALGCAwAKgwMAWNACAIb7BwCY2wEAXEsJADxMAgDAYwMAbRwJAMYcCQAfHQkAeB0JAF/mAQDbXQ4ANnwCADxMAgAeJgEAvMYBAIL6BADn0gEAy6cBADuiAQBnWAIAPEwCAMBjAwAfuQcAInUDAOIPDAAeJgEAPEwCAKp2DQBNVAcAplQHAOyHDgCk0hEAPZARAEdMCgA6qBEAk6gRAPMOAAA8TAIAwKQRALQQCwAAAAAAAAAAACHWAwB45gMALScMAIYnDADfJwwAOCgMAJeqDACzsxEADLQRAGW0EQAbwg0AdMINAM3CDQCpaQMAAmoDAA7dBgBn3QYAwN0GABneBgApoAwAgqAMANugDACzGAsAPcgOAPMOAAAr1AIAXycQANtdDgA0Xg4AjV4OAOZeDgA/Xw4AmF8OAPFfDgBKYA4Ao2AOAOyHDgDGtw8AZ5sAAAYnEADQchAADOwOAKlpAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgDL3gYAUM0EAKnNBAACzgQAW84EAG6DCwDHgwsAIIQLAAduBwBgbgcA2Y4RAE1UBwBf5gEAqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAL1wAgAWcQIA/GwHAFVtBwCubQcAB24HAGBuBwC5bgcAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYAy94GACTfBgB93wYA1t8GAC/gBgCI4AYA4G4DAPwfAABVIAAAriAAAAchAAAh1gMAQtkDACw7BQCFOwUA3jsFADc8BQCQPAUA6TwFAEI9BQCbPQUA9D0FAE0+BQCmPgUA/z4FAFg/BQCxPwUACkAFAFvOBABugwsAx4MLACCECwB5hAsA0oQLACuFCwCEhQsA0t4DACvfAwCeGQwAOOUNAAzACgAKKQsAI0wAAF/mAQAGJxAA0HIQAAzsDgAwXgMAPcgOAPMOAABnmwAAI0wAAO/gAADTWwgAmNsBAA+pAgA8TAIAqnYNAMDRDQAZ0g0A15UAADCWAACY2wEA8dsBAJv6BgD0+gYATfsGADGOAAAjYgIAMfsSAAAAAAA8TAIAD6kCAOdWDgA7ogEAfqsCACHWAwBC2QMALDsFAIU7BQDeOwUANzwFAJA8BQDpPAUAAG8CAFlvAgCpaQMA6xYDALwoEwAVKRMAbikTAIxxDwCX+QMATA8AAB4mAQA6UAkAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYAKaAMAIKgDADboAwAsxgLABaHBAAAAAAAAAAAAAAAAAD2yQMAT8oDACrRAQAAAAAAAAAAAAAAAAAAAAAA9skDAE/KAwA40AMAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYAy94GAFDNBACpzQQAAs4EAKf+BwAA/wcAWf8HALL/BwALAAgAZAAIAB4mAQD6cQYAU3IGAKxyBgAFcwYAXEsJACNiAgA8TAIAHiYBAHcmAQBhkwMA5AoNAD0LDQAeJgEA+nEGAFNyBgCscgYABXMGAKa5AAD/uQAAWLoAALG6AAAKuwAADeUGAMq6AgDZjhEAMY4AAG0cCQAeJgEA+nEGAFNyBgCscgYABXMGAKE5CQDshw4AmNsBANmOEQCqCAMAdFMLAM1TCwAAbwIAWW8CAEnMDwDgjwYAOZAGAGebAABcSwkAHiYBAJMDAgAwlgAAywsDACQMAwDrFgMAl5UCAPxsBwDTWwgAtBALAPMOAAD8HwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBACGoDwB6qA8AkV8RAL47BgAXPAYAcDwGAMk8BgAiPQYAez0GANQ9BgAtPgYAhj4GAN8+BgA4PwYAPEwCACOwAQBJXgUAO6IBAA+pAgA8TAIAlUwCAO5MAgBHTQIA5G4OAD1vDgDAYwMAbRwJAFxLCQCY2wEA8dsBAK3NDwDn0gEAYg8QAPYBAQA0XwYAPcgOAPMOAAAr1AIAXAgLALUICwAOCQsAZwkLAMAJCwAZCgsAcgoLAMsKCwAkCwsAfQsLAMBjAwDinxEAFocEADxMAgDApBEArSgAADxMAgAGJxAA1wITANVMAAAuTQAAWQAAAEdMCgAt+wcA4qEBADYADwCxdgoAZ5sAAFxLCQA8TAIAHiYBAPpxBgBTcgYArHIGAAVzBgChOQkAMF4DAD3IDgDzDgAAK9QCADBeAwA9yA4A8w4AACvUAgA8TAIAsxgLABaHBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOveBQBE3wUAHeoKAHbqCgDP6goAKOsKAIHrCgDa6woAM+wKAIzsCgDl7AoAPu0KAJftCgDw7QoASe4KAKLuCgD77goAVO8KAFvOBABugwsAx4MLACCECwB5hAsA0oQLACuFCwCEhQsAwKQRACxcCACFXAgARLIJAJ2yCQD2sgkAT7MJAKizCQABtAkAPEwCAAYnEAD8bAcAVW0HAK5tBwBcSwkAPEwCAMCkEQAKKQsAFocEAPMOAACiBQUA+wUFAEleBQC9cAIAUKoRAKIFBQD7BQUAvXACAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAIagPAHqoDwDTqA8ALKkPAIWpDwDeqQ8AN6oPAJCqDwDpqg8AQqsPAJurDwD0qw8ATawPAKasDwD/rA8AWK0PAFvOBABugwsAx4MLACCECwB5hAsA0oQLACuFCwCEhQsAwKQRACxcCACFXAgARLIJAJ2yCQD2sgkAT7MJAKizCQABtAkAPEwCAAYnEAD8bAcAVW0HAK5tBwBcSwkAPEwCAMCkEQAKKQsAW84EAG6DCwDHgwsAIIQLAHmECwDShAsAK4ULAISFCwDApBEALFwIAIVcCABEsgkAnbIJAPayCQBPswkAqLMJAAG0CQA8TAIABicQAPxsBwBVbQcArm0HAFxLCQA8TAIAwKQRAAopCwCY2wEA2Y4RAPznAgB8sAEA1bABABaHBAC9cAIAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAI3aAQAN+hAAUQYTANeVAAAwlgAAhQ8BAN4PAQA3EAEAkBABAOkQAQBCEQEAmxEBAI9PBgDoTwYAQVAGAJpQBgDzUAYATFEGAKVRBgD+UQYAV1IGALBSBgAeJgEA+nEGAFNyBgCscgYABXMGAAAAAACwGwEA13MFAMBjAwDujRAA5uQKAD/lCgCY5QoA8eUKALGCAwAKgwMAWNACAIb7BwCY2wEAXEsJADxMAgDAYwMAbRwJAMYcCQAfHQkAeB0JAF/mAQDbXQ4ANnwCADxMAgAeJgEAvMYBAIL6BADn0gEAy6cBADuiAQBnWAIAPEwCAMBjAwAfuQcAInUDAOIPDAAeJgEAPEwCAKp2DQBNVAcAplQHAOyHDgCk0hEAPZARAEdMCgA6qBEAk6gRAPMOAAA8TAIAwKQRALQQCwAAAAAAMfARAOCPBgA5kAYAkpAGAOuQBgBEkQYAnZEGALAbAQDXcwUAwGMDAO6NEADm5AoAP+UKAJjlCgDx5QoAsYIDAAqDAwBY0AIAhvsHAJjbAQBcSwkAPEwCAMBjAwBtHAkAxhwJAB8dCQB4HQkAX+YBANtdDgA2fAIAPEwCAB4mAQC8xgEAgvoEAOfSAQDLpwEAO6IBAGdYAgA8TAIAwGMDAB+5BwAidQMA4g8MAB4mAQA8TAIAqnYNAE1UBwCmVAcA7IcOAKTSEQA9kBEAR0wKADqoEQCTqBEA8w4AADxMAgDApBEAtBALAAAAAADltA0APrUNACHWAwAAAAAAAAAAAAAAAABKxA8AAAAAAABvAgBZbwIA4G4DAN4OCQA3DwkAVAYFAK0GBQAGBwUAXwcFALgHBQCMcQ8AAAAAAAAAAADzDgAAAAAAAErEDwDr3gUAayEIAMQhCAAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgBQzQQAqc0EAALOBABbzgQAboMLAMeDCwAghAsAB24HAGBuBwC5bgcAIdYDAKguBQABLwUAWi8FALMvBQAMMAUAZTAFAL4wBQAXMQUAcbkKAMq5CgAjugoAfLoKANW6CgDgbgMATA8AALmPCgASkAoAa5AKAMSQCgA8TAIAwGMDAK0oAAAjTAAAX+YBANtdDgC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQDQ2AEAKdkBAILZAQDb2QEANNoBANeVAAAwlgAAywsDAFQ+AgA8TAIA4G4DAEwPAAC5jwoAEpAKAGuQCgDEkAoAIdYDADGOAABUPgIAmNsBAPHbAQAjTAAA4I8GADmQBgBnmwAA8w4AAFkAAABHTAoAoEwKAA70AADx2wEAAAAAANeVAABnmwAA8w4AACvUAgBf5gEA210OAA70AACUuAMAQykMAJwpDAD1KQwA9PoGAE37BgCm+wYA//sGAFj8BgCx/AYACv0GAGP9BgC8/QYAFf4GAG7+BgDH/gYAIP8GAHn/BgDS/wYAKwAHAIQABwDdAAcANgEHAI8BBwDoAQcAQQIHAJoCBwDzAgcATAMHAKUDBwD+AwcAVwQHALAEBwAJBQcAYgUHALsFBwAUBgcAbQYHAMYGBwAfBwcAMY4AAIqOAABonQkAwZ0JAFxLCQA8TAIABicQANcCEwDVTAAAHiYBAA3lBgBm5QYAPEwCALGCAwAKgwMAI0wAAOCPBgA5kAYAZ5sAAPMOAAA8TAIAKkoNAMe6EACgTAoAPEwCALGCAwAKgwMAAAAAANeVAABnmwAA8w4AACvUAgA8TAIAI7ABAEleBQC5WAUAvMYBAE1UBwCmVAcA7+AAALMYCwDioQEAprkAAGidCQA8TAIAqnYNAMDRDQAh1gMAprkAAOsWAwBhOgMAujoDABM7AwBsOwMAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAMQ2EgDbXQ4ADvQAAJS4AwAbMwAA/7kAAFi6AACxugAACrsAAGO7AAAh1gMAprkAAOsWAwBhOgMAujoDABM7AwBsOwMAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAMQ2EgDbXQ4ADvQAAJS4AwCxggMACoMDAErcAQCj3AEA/NwBAFXdAQCu3QEAB94BACOwAQB8sAEAMMEMAInBDADiwQwAsxgLAD3IDgDzDgAAK9QCAGebAABcSwkAjtwKAIL6BAAbMwAAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAFDNBACpzQQAgHkHANl5BwAyegcAi3oHAOR6BwA9ewcAlnsHAO97BwCoLgUAAS8FAFovBQCzLwUADDAFAGUwBQC+MAUAFzEFAHAxBQDJMQUAIjIFAHsyBQDUMgUAaPcBAMH3AQAa+AEAc/gBAMz4AQDpzAoAQs0KAJvNCgD0zQoATc4KAKbOCgD/zgoAWM8KALHPCgAK0AoAY9AKALzQCgAV0QoAbtEKAMfRCgAg0goAedIKANLSCgAr0woAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAFDNBACpzQQAgHkHANl5BwAyegcAi3oHAOR6BwA9ewcAlnsHAO97BwB61gMA09YDAIUPAQDeDwEANxABAJAQAQDpEAEAQhEBAJsRAQCPTwYA6E8GAEFQBgCaUAYA81AGAExRBgD8HwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBACGoDwB6qA8A06gPACypDwCFqQ8A3qkPADeqDwCQqg8A6aoPAEKrDwCbqw8A9KsPAE2sDwCmrA8A/6wPAFitDwAqSg0A0y4MACwvDACFLwwA3i8MADcwDACQMAwA6TAMAEIxDACbMQwA9DEMAE0yDACmMgwA/zIMAFgzDACxMwwACjQMAGM0DAC8NAwAFTUMAG41DADHNQwAIDYMANLeAwAr3wMAnhkMADjlDQAMwAoACikLACNMAABf5gEABicQANByEAAM7A4AMF4DAD3IDgDzDgAAI0wAADxMAgCFcwIA3nMCABs8EQB0PBEA5bQNAD61DQCXtQ0A8LUNACpKDQDlngsA8w4AAOfSAQDLpwEAI2ICADH7EgCH8g8ABicQANByEAAM7A4AqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GACmgDACCoAwA26AMAAYnEADXAhMA1UwAALGCAwAKgwMAStwBAKPcAQD83AEAVd0BAOBuAwD8HwAAVSAAAK4gAAAHIQAAYCEAAPYBAQCnmQ4AqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgBQzQQAqc0EAIH2CwADdw0AXHcNANepEgDh6wcAOuwHAJPsBwBhGQAAPEwCAOBuAwCzWhEADFsRAJeVAgDioQEAuVgFADpQCQDTWwgACikLACNMAABf5gEA210OAA70AACUuAMA6wkSAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HAN2FCwA2hgsAj4YLAOiGCwBBhwsAmocLAPOHCwBMiAsApYgLAP6ICwBXiQsAsIkLAAmKCwBiigsA4G4DAPwfAABVIAAAriAAAAchAABnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBANLeAwAr3wMAnhkMAPcZDABQGgwAqRoMAAIbDABbGwwAlUwCALF2CgAKdwoAY3cKAMCkEQCY2wEAPEwCAOyHDgBFiA4AmNsBAPHbAQBY0AIAI0wAAIODAgCY2wEAFocEADxMAgAq0QEA15UAADCWAADLCwMAVD4CACGoDwB6qA8A06gPACypDwCFqQ8A3qkPADeqDwCQqg8A6aoPAEKrDwCbqw8A9KsPAE2sDwCmrA8A/6wPAFitDwDrFQsAtgALADAECwCJBAsA4gQLADsFCwBbzgQAboMLAMeDCwAghAsAeYQLANKECwArhQsAhIULAMCkEQAsXAgAhVwIAESyCQCdsgkA9rIJAE+zCQCoswkAAbQJADxMAgAGJxAA/GwHAFVtBwCubQcAXEsJADxMAgDApBEACikLABJvBwBrbwcAxG8HAB1wBwCxrQ8ACq4PAGOuDwC8rg8AFa8PAG6vDwDHrw8AILAPAHmwDwDSsA8AW84EAG6DCwDHgwsAIIQLAAduBwBgbgcAEBoOAPwfAAD2TggAh/IPAC37BwAjTAAA/GwHANNbCAC0EAsAI0wAAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HABJvBwBrbwcAxG8HAB1wBwBnmwAAwJsAAA70AACUuAMAGVkCAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HABJvBwDh3w4AOuAOAJPgDgDs4A4AReEOAJ7hDgD34Q4ATA8AALmPCgASkAoAa5AKAMSQCgCDgwIALFwIAIVcCADeXAgAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAh1gMA4G0LAMCbAAAO9AAAlLgDAGEZAAC6GQAA1BAKAC0RCgCGEQoA3xEKADgSCgCREgoA8oUCAKoIAwADCQMAXsANALfADQAxjgAAI2ICADH7EgA8TAIABicQAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HAN2FCwAbzQ4AX9oIALjaCAAR2wgAatsIAMPbCAAc3AgAddwIAM7cCADAYwMArSgAACNMAABf5gEA210OAOBuAwD8HwAA9k4IAIfyDwAt+wcAI0wAAPxsBwDTWwgAtBALADxMAgCXqgwAs7MRAAy0EQBltBEAl/kDAL8cDAAYHQwAcR0MAModDAAjHgwAfB4MAB7BBwB3wQcA0MEHACnCBwCCwgcA28IHADTDBwCNwwcA5sMHAD/EBwDu3AcAR90HAKDdBwD53QcAUt4HAKveBwDXlQAAmNsBAJjbAQDx2wEAYRkAACNMAAA8TAIABicQANByEAAsXAgA5Z4LACOwAQB8sAEA1bABABaHBAAh1gMAAAAAADxMAgAGJxAA5owCAD+NAgCYjQIAjHEPAOBuAwCAxg4A4qEBAE1UBwAxjgAAI2ICADH7EgCH8g8A4G4DAPwfAABVIAAAriAAAAchAABgIQAAWp4HADxMAgCVTAIADJMOAGWTDgC+kw4ABicQAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HACHWAwDS3gMAK98DAJ4ZDADAYwMAqggDAAMJAwBewA0At8ANADGOAAAjYgIAMfsSAIfyDwDgbgMA/B8AAFUgAACuIAAAByEAAGAhAAAeJgEAAAAAAFkAAACmuQAAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAFDNBACpzQQAgHkHAIahDwDfoQ8AOKIPAJjbAQAMwAoAaKkCAMCbAAA8bA0AlWwNAJjbAQDx2wEAm/oGAPT6BgBN+wYAMY4AACNiAgAx+xIAh/IPAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAMJYAAGEZAAAWhwQAIdYDACNMAACmuQAAWQAAAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEAUM0EAKnNBACtKAAAEO8BAGnvAQDC7wEAprkAADGZAQC61gEAE9cBAJjbAQDx2wEAVY8CAIYbEwDzDgAA/B8AANUTCwAuFAsAhxQLAOAUCwA5FQsAkhULANl5BwAyegcAi3oHAOR6BwA9ewcAlnsHAO97BwCX+QMATA8AALmPCgASkAoAa5AKAMSQCgA8TAIAl6oMALOzEQAMtBEAZbQRALGtDwAKrg8AIdQTAHrUEwDT1BMALNUTAIXVEwDe1RMAN9YTAJDWEwDp1hMAQtcTAEv1BACk9QQA/fUEAFb2BACv9gQACPcEAGH3BAC69wQAMF4DAD3IDgDzDgAAI2ICAOHrBwA67AcAk+wHAOzsBwAQGg4AVXkAAKoIAwADCQMAXsANALfADQAxjgAAI2ICADH7EgAxjgAArSgAAA+pAgDcEwgAaPcBAOTzEgAbMwAAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAFDNBACpzQQAgHkHAIahDwDfoQ8AOKIPADxMAgAeJgEADeUGABaHBAA8TAIA5bQNAD61DQCXtQ0A8LUNANepEgA4ERIAwGMDAKoIAwADCQMAXsANALfADQAxjgAAI2ICADH7EgCpaQMAAmoDAEquDQCjrg0A/K4NAFWvDQCurw0AB7ANAGCwDQC5sA0AErENAGuxDQCXqgwA8w4AACvUAgCE1AIAI2ICADH7EgBJXgUAgvoEAE9mAgBLWA4AqnYNAFkAAACKjgAAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAFDNBACpzQQAgHkHAIahDwDfoQ8AOKIPAHrWAwDT1gMAhQ8BAN4PAQA3EAEAkBABAOkQAQBCEQEAmxEBANepEgDh6g8A01sIACNMAADzDgAAK9QCAOCPBgDSpQ4A3SASADxMAgCVTAIAmNsBAAzACgAeJgEAPEwCACrRAQD2AQEAIdYDAELZAwD/uQAAWLoAALG6AAAKuwAAY7sAALy7AAAwXgMAiV4DAOJeAwAjjQ4AsYIDADxsDQCVbA0APEwCAMCkEQAKKQsAI0wAADxMAgDApBEArSgAADxMAgDAYwMAqggDAAMJAwBewA0At8ANADGOAAAjYgIAMfsSAIfyDwDXqRIA4esHADrsBwCT7AcA7OwHABAaDgA8TAIABicQANByEAAM7A4ABicQADGOAADZ6AkAD6kCADxMAgAGJxAA4p8RABaHBAA8TAIAwKQRAK0oAAA8TAIABicQANcCEwDVTAAALk0AAIdNAABnmwAAXEsJADxMAgDXqRIA4esHADrsBwCT7AcA7OwHACOwAQAxjgAAYN4BACvUAgD8bAcAprkAAPMOAAD8HwAAMY4AAMq6AgCmuQAAaJ0JADZ8AgDrYhIARGMSAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAPMOAAA2fAIA32kSADhqEgC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQBQzQQAqc0EAIB5BwCGoQ8A36EPADiiDwAAAAAAWQAAAEdMCgA6qBEA8w4AAPwfAAAxjgAAyroCAKa5AABonQkAWQAAAJB0AgA2fAIA62ISAERjEgAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQDzDgAANnwCAN9pEgA4ahIAutYBABPXAQBs1wEAxdcBAB7YAQB32AEAUM0EAKnNBACAeQcAhqEPAN+hDwA4og8AI7ABAEleBQCqCAMA4qEBADuiAQBnWAIAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQBQzQQAqc0EAL3TCwD8HwAAVSAAAA70AACUuAMAIdYDACNMAADgjwYA0qUOAFu4AgDzDgAAWQAAAOWeCwCY2wEAI0wAACHWAwAjTAAA4I8GANKlDgBbuAIA8w4AAFkAAADlngsAmNsBACNMAAAh1gMA4G0LAMCbAAAO9AAAlLgDAKguBQABLwUAWi8FALMvBQAMMAUAZTAFAL4wBQACwgsAEk0MAGtNDADETQwAHU4MAHZODADPTgwAKE8MAIFPDADaTwwAM1AMAIxQDADlUAwAPlEMAJdRDADwUQwASVIMAKJSDAD7UgwAVFMMAK1TDAAGVAwAsa0PAAquDwBjrg8AvK4PABWvDwBurw8Ax68PACCwDwB5sA8A0rAPACuxDwCEsQ8A3bEPADayDwCPsg8A6LIPACHUEwB61BMA09QTAGEZAACwGwEAMfARADxMAgCpaQMAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYAKaAMAIKgDADboAwA4G4DAPwfAABVIAAAriAAAAchAAAXMQUAcDEFAMkxBQAiMgUAezIFANQyBQDf5QUAOOYFAJHmBQC9cAIAFnECAOCPBgDSpQ4AW7gCAPMOAABZAAAA5Z4LAJjbAQAjTAAANnwCAN9pEgA4ahIAutYBABPXAQBs1wEAxdcBAB7YAQB32AEAUM0EAKnNBACAeQcAhqEPAN+hDwA4og8AkaIPAOqiDwBDow8AnKMPAPWjDwBOpA8Ap6QPAAClDwBZpQ8AsqUPAJeqDACzsxEADLQRAGW0EQCfuQMA6xYDALwoEwAVKRMAbikTAMcpEwAgKhMAeSoTANIqEwArKxMAsKAFAAmhBQBioQUAu6EFABSiBQBtogUAxqIFAB+jBQB4owUA0aMFACqkBQCDpAUA3KQFADWlBQCOpQUA56UFAECmBQCZpgUA8qYFAEunBQCkpwUA/acFAFaoBQCvqAUACKkFAGGpBQA2hgsA6xYDALwoEwAVKRMAbikTAMcpEwAgKhMAeSoTANIqEwArKxMAQtkDACw7BQCFOwUA3jsFADc8BQCQPAUA6TwFACNMAAD8bAcAVW0HAK5tBwAHbgcAYG4HALluBwASbwcAa28HAMRvBwAdcAcA0t4DAGebAADv4AAAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQBQzQQAqc0EAIB5BwCGoQ8A36EPADiiDwC0EAsAuhkAAPliDABSYwwAMY4AAKoIAwADCQMAXsANALfADQAxjgAAI2ICADH7EgCH8g8AZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQDzDgAAVXkAAKoIAwADCQMAXsANALfADQAxjgAAI2ICADH7EgCH8g8AZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQDS3gMAK98DAJ4ZDADAYwMA7YoPAEleBQCqCAMAdFMLAOW0DQA+tQ0A+WIMAFJjDADzDgAAPEwCAJVMAgAMkw4AZZMOAL6TDgAXlA4AqnYNAAN3DQBcdw0AFocEAG+HBADIhwQAmNsBADxMAgCpaQMA/7kAANeVAADzDgAAK9QCAF/mAQA8TAIA5bQNAD61DQD5YgwAUmMMAMBjAwCqCAMAAwkDAF7ADQC3wA0AMY4AACNiAgAx+xIAprkAAKa5AAD7zQcAVM4HAK3OBwAGzwcAStwBADxMAgCFcwIAsxgLAOKhAQD85wIAh/IPAJeqDADzDgAAK9QCAITUAgAjYgIAMfsSAEleBQCC+gQAT2YCAOKhAQA7ogEAZ1gCADxMAgDAYwMAH7kHAKlpAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgDL3gYAUM0EAKnNBAACzgQAW84EALTOBAANzwQAZs8EAN4OCQA3DwkAkA8JAOkPCQBCEAkAmxAJAPQQCQBNEQkABicQAKa5AABZAAAAAAAAAOKhAQBZAAAAPEwCAKlpAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgDL3gYAUM0EAKnNBAACzgQAW84EALTOBAANzwQABicQANcCEwDVTAAAMF4DAD3IDgDzDgAAK9QCAAYnEAD8bAcAVW0HAK5tBwAHbgcAYG4HALluBwDdhQsAT8kLAKjJCwD5TQIA4qEBAJjbAQDx2wEAwKQRACxcCACFXAgA3lwIADxMAgAGJxAAprkAAFkAAAA8TAIAqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgBQzQQAqc0EAALOBACFcwIA4qEBAE1UBwB8TAAAPEwCADBeAwA9yA4A8w4AACvUAgA8TAIAI0wAAKa5AABZAAAAPEwCACpKDQAYVgEAcVYBAKoIAwDioQEAXEsJAOSPEQDAmwAAIdYDAC0zBQDgjg4AOY8OAJKPDgCfuQMACfoFAFtqAwC0agMAAAAAAFQ+AgAAAAAAAAAAAAAAAAAxjgAArSgAAKIFBQD7BQUAoTkJAPo5CQBTOgkArDoJAAU7CQBeOwkAtzsJABA8CQB+AhMAY9wDAKa5AABZAAAAPEwCACpKDQAYVgEAcVYBAKoIAwDioQEAXEsJAOSPEQDAmwAAIdYDAC0zBQDgjg4AOY8OAJKPDgCfuQMACfoFAFtqAwC0agMAAAAAAFQ+AgAAAAAAAAAAAAAAAAAxjgAArSgAAFxLCQC1SwkA3SASACNMAAD8bAcAqggDAHRTCwDgbgMA/B8AAFUgAACuIAAAByEAAGAhAAC5IQAA4sIEADvDBACUwwQA15UAADCWAACFDwEAqggDAAMJAwBewA0At8ANADGOAAAjYgIAMfsSAIfyDwDApBEAmNsBADxMAgDshw4APIIPAJWCDwDugg8AR4MPAKCDDwD5gw8AUoQPAKuEDwAEhQ8AXYUPALaFDwAPhg8AXEsJAPMOAAA8TAIA4G4DAPwfAABVIAAAriAAAAchAABgIQAAuSEAAOLCBAA7wwQAlMMEANeVAAAwlgAAhQ8BAKoIAwADCQMAXsANALfADQAxjgAAI2ICADH7EgCH8g8AwKQRAJjbAQA8TAIA7IcOADyCDwCVgg8A7oIPAEeDDwCggw8A+YMPAFKEDwCrhA8ABIUPAF2FDwC2hQ8AD4YPADxMAgDgbgMA/B8AAFUgAACuIAAAByEAAGAhAAC5IQAA4sIEADvDBACUwwQA15UAADCWAACFDwEAqggDAAMJAwBewA0At8ANADGOAAAjYgIAMfsSAIfyDwDApBEAmNsBADxMAgDshw4APIIPAJWCDwDugg8AR4MPAKCDDwD5gw8AUoQPAKuEDwAEhQ8AXYUPALaFDwAPhg8AfgITAKguBQCxdgoACncKAGN3CgDltA0APrUNAJe1DQDwtQ0ASbYNAKK2DQD7tg0AVLcNAAAAAAAxjgAA2egJADLpCQBJXgUAIdYDAJjbAQDZjhEAO6IBAGdYAgDiDwwAwJsAAA70AACUuAMAZ5sAAB4mAQCmuQAA6xYDAIqOAABonQkAwZ0JAPMOAAD8HwAAVSAAAK4gAAAHIQAAYCEAAPHbAQDAmwAADvQAAJS4AwBo9wEA5PMSACHWAwCX+QMAvxwMABgdDABxHQwAyh0MACMeDAB8HgwAjHEPAELZAwAsOwUAhTsFAN47BQA3PAUAkDwFAOk8BQApoAwAgqAMAP+ACwBYgQsAsYELAAduBwBgbgcAuW4HAN2FCwAGJxAA0HIQAFxLCQDkjxEAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAGPcAwDXAhMA1UwAAKWUBAD+lAQAV5UEALCVBAAJlgQAYpYEALuWBAAUlwQAwGMDAKoIAwADCQMAXsANALfADQAxjgAAI2ICADH7EgCH8g8AqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgBQzQQAqc0EAALOBADAYwMAl5UCAFYWEADXAhMA4qEBAIL6BADb+gQAHiYBAHcmAQAeJgEAOlAJAGEZAACzcQsADHILAGVyCwDkbg4APW8OAB4mAQAN5QYAyroCAA+pAgBoqQIAXEsJADxMAgDshw4ApNIRADGOAACJXgMA4l4DACONDgB8jQ4A1Y0OAC6ODgCHjg4AN1EPAOKfEQBcSwkAPEwCAKp2DQDA0Q0AGdINAHCUDgBFiA4AgvoEAFV5AAAjYgIAMfsSAIfyDwBcSwkAPEwCANeVAAAwlgAAI0wAAPxsBwD85wIAPEwCAAYnEAD8bAcAVW0HAK5tBwBcSwkAPEwCALGCAwAKgwMAI0wAAOCPBgAjsAEASV4FAKJeBQDsLwYAprkAADZ8AgDfaRIAOGoSALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAFDNBACpzQQAgHkHAIahDwDfoQ8AOKIPALt+EgD8HwAAVSAAAK4gAAAHIQAAYCEAAFxLCQDkjxEAMY4AAG0cCQAh1gMAT2UKAO/gAABhGQAAIdYDALMYCwA9yA4A8w4AACvUAgAjsAEAfLABAOFwDAA6cQwAk3EMAEdMCgCgTAoADvQAAJS4AwCXZw4ALFwIAIVcCADeXAgAPEwCANeVAAAwlgAAywsDAFQ+AgA8TAIA4G4DAEwPAAC5jwoAEpAKAGuQCgDgbgMAs1oRAAxbEQCXlQIA15UAAPMOAAA8TAIAsxgLAEtYDgAt+wcAD6kCAGipAgBcSwkAT2UKACxcCACFXAgARLIJAJ2yCQD2sgkAT7MJAKizCQABtAkAWrQJALO0CQAMtQkAZbUJAL61CQAXtgkAcLYJAMm2CQAitwkAe7cJANS3CQAtuAkAhrgJAN+4CQA4uQkAQcoJAJrKCQDzygkATMsJAFxLCQA8TAIAwKQRAAopCwAjTAAAPEwCAIVzAgDecwIAXsANAE1UBwD8bAcAO6IBAGdYAgA8TAIAlUwCAAyTDgCY2wEAPEwCAMCkEQAsXAgAhVwIAESyCQCdsgkA9rIJAE+zCQCoswkAoEwKAPKFAgCXlQIA/GwHANNbCAC0EAsAI0wAAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HABJvBwDh3w4AOuAOAJPgDgDs4A4AReEOAJ7hDgD34Q4A8+EDAJMDAgAjTAAAMY4AAJeVAgBf5gEAwKQRACxcCACFXAgARLIJAJ2yCQD2sgkAT7MJAKizCQABtAkAPEwCAAYnEAD8bAcAVW0HAK5tBwBcSwkAPEwCAMCkEQAKKQsAI0wAAABvAgDXlQAAMJYAAIUPAQDeDwEANxABAJAQAQDpEAEAQhEBAJsRAQAeJgEAdyYBAGGTAwC6kwMAE5QDABaHBAA8TAIAqWkDAAJqAwBKrg0AMJYAACNMAABf5gEAY9wDAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HAN2FCwCFcwIA3nMCAF7ADQBNVAcA/GwHADuiAQBnWAIAPEwCAJVMAgAMkw4AmNsBADxMAgCqCAMAAwkDAFwJAwC1CQMAsxgLAD3IDgDzDgAAK9QCAITUAgCqCAMAAwkDAF7ADQC3wA0AMY4AACNiAgAx+xIAX9oIAAAAAAAjsAEAIdYDANLeAwAr3wMAnhkMADBeAwA9yA4A8w4AACvUAgDzDgAAPEwCAMBjAwCqCAMAAwkDAF7ADQC3wA0AMY4AACNiAgAx+xIAh/IPAKp2DQADdw0AXHcNAJKEDQDrhA0ARIUNACpKDQDlngsAPp8LAHrWAwDT1gMAhQ8BAN4PAQA3EAEAkBABAOkQAQBCEQEAmxEBAI9PBgCY2wEA8dsBAJv6BgCXlQIAX+YBAOBuAwD8HwAA8w4AAOfSAQDLpwEA01sIACOwAQAjsAEAPEwCADBeAwA9yA4A8w4AACvUAgD2AQEAp5kOAOveBQAGJxAA4I8GADmQBgBnmwAAXEsJADxMAgCVTAIADJMOAJjbAQA8TAIAAAAAANeVAABnmwAAwJsAABaHBAA8TAIAlUwCAO5MAgBHTQIAoE0CAGEZAAC6GQAA+WIMAFJjDADzDgAArSgAABDvAQBp7wEAwu8BAOSPEQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAIagPAHqoDwBKrg0Ao64NAPyuDQBVrw0Arq8NAAewDQBgsA0AubANALGCAwAKgwMAm/oGAPT6BgBN+wYAPEwCAMBjAwDinxEAFocEADxMAgCpaQMAAmoDAA7dBgATIxEAbCMRAIqOAADm5AoAPEwCACpKDQDlngsA4qEBADuiAQCXlQIA8w4AACHWAwDS3gMAK98DAJ4ZDAD3GQwA/B8AAFUgAACuIAAAByEAAGAhAABangcAPEwCAMBjAwCqCAMAAwkDAF7ADQC3wA0AMY4AACNiAgAx+xIAh/IPAJVMAgAMkw4AmNsBADxMAgCpaQMAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYAy94GAFDNBADzDgAA/B8AAFUgAACuIAAAByEAAGAhAABangcAs54HAFUgAAAO9AAAlLgDAPwfAABVIAAADvQAAJS4AwCxrQ8ACq4PAGOuDwC8rg8AFa8PAG6vDwDHrw8AILAPAHmwDwDSsA8AvXACAJjbAQDx2wEAVY8CAIYbEwDzDgAA/B8AAGXsDgAokwIAUAQKAKkECgA8TAIA4G4DAPwfAABVIAAAriAAAAchAACmuQAAD6kCALMYCwA9yA4ACikLAPMOAAD8HwAAMR0OAHMjDgCY2wEA2Y4RAKoIAwB0UwsAzVMLADZ8AgDrYhIAwJsAAA70AACUuAMANnwCAGEZAABnmwAAI0wAAO/gAADTWwgAmNsBAA+pAgBoqQIAwJsAAA70AACUuAMAsa0PAAquDwBbagMAtGoDAFsEEgAAAAAASsQPAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAIdYDAELZAwAsOwUAhTsFAN47BQA3PAUAkDwFAOk8BQBCPQUAmz0FAPQ9BQBNPgUApj4FAP8+BQBYPwUAsT8FAApABQAGJxAA1wITANVMAACXqgwA8KoMAFxLCQBZAAAA5Z4LAOKhAQA7ogEA4mkEADxMAgDXlQAAmNsBACOwAQAh1gMAvAkAALMYCwAMGQsAZRkLAKlpAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgApoAwAgqAMANugDAAGJxAA1wITANVMAACCoQQAPIIPAKhlCgABZgoAWmYKALNmCgA7rAoA7IcOALVLCQBnmwAAHiYBAHcmAQCCoQQAPIIPAKhlCgABZgoAWmYKALNmCgA7rAoA7IcOALVLCQBnmwAAHiYBAHcmAQDQJgEAPEwCALGCAwA8bA0AlWwNAJbTDwDv0w8ASNQPAKHUDwBnmwAAwJsAAB4mAQC8xgEAgvoEAOfSAQDLpwEA01sIALQQCwA8TAIA7IcOAKTSEQBhGQAA2lAEAGebAABcSwkAPEwCAIVzAgCzGAsA4qEBAPznAgCH8g8ABicQAOCPBgAWhwQA4qEBADuiAQBnWAIAPEwCAAYnEADQchAADOwOAKlpAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgApoAwAgqAMANugDAAGJxAA1wITANVMAACCoQQAPIIPAKhlCgABZgoAWmYKALNmCgA7rAoA7IcOALVLCQBnmwAAHiYBAHcmAQDshw4AxrcPAGlREwDCURMAG1ITAHRSEwDNUhMAqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAGwvCgDTWwgAX9oIAA+pAgBoqQIAwJsAAPHbAQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEALTMFAOCODgA5jw4Ako8OAEAJDwCzGAsA4qEBAPznAgCH8g8AlUwCAAYpAAAjTAAAprkAAGidCQDioQEAO6IBAGdYAgA8TAIA4G4DAPwfAABVIAAAriAAAAchAABgIQAAuSEAAMBjAwDdIBIA4qEBADxMAgCqCAMAdFMLAM1TCwAQGg4Ay6cBANNbCAC0EAsAIdYDAOKhAQD85wIAh/IPAGEZAAC6GQAARVIBAK0oAAAMkw4AZZMOAL6TDgAXlA4A1RQDAMCbAAAO9AAAlLgDACrRAQDGMgsAHzMLAHgzCwDRMwsAKjQLAIM0CwAAAAAA9skDAE/KAwDltA0APrUNABMaAAD61QcAU9YHAKprDAADbAwAXGwMAJVMAgCxdgoACncKAGN3CgDApBEAmNsBADxMAgDshw4ARYgOAJjbAQDx2wEAWNACACNMAACDgwIAmNsBAJeqDADwqgwASasMAKKrDAD7qwwAAAAAAKoIAwADCQMAyroCAAAAAACY2wEAPGwNAJVsDQAAAAAAXEsJAE9lCgCoZQoAAWYKAFpmCgCzZgoASZUKAKKVCgD7lQoAVJYKAF/aCAAPqQIAaKkCACNMAABhGQAAuhkAAEVSAQCtKAAADJMOAGWTDgC+kw4AF5QOANUUAwDAmwAADvQAAJS4AwA2fAIAu34SAEwPAAC5jwoASbYNALF2CgCrjxAAfqsCADxMAgDAYwMAH7kHAKoIAwADCQMAXAkDAEleBQBcSwkAPEwCAOyHDgA8gg8AqGUKAAFmCgBaZgoAs2YKADusCgCXqgwA8KoMAKoIAwDioQEAmNsBAAzACgC0EAsAHiYBADpQCQBhGQAAhXMCANNbCACY2wEAD6kCAOdWDgA7ogEAZ1gCADxMAgCpaQMAAmoDAA7dBgATIxEAbCMRAMUjEQAeJBEAdyQRANAkEQA8TAIAsYIDADxsDQCVbA0A7mwNAEdtDQCgbQ0A+W0NANjZDwAx2g8A4I8GANKlDgCXlQIAX+YBAGdYAgA8TAIAqnYNAMDRDQAZ0g0Al6oMAOKhAQBNVAcAfEwAANVMAACllAQAPEwCAOW0DQA+tQ0Al7UNAPC1DQCxggMAPGwNAJVsDQCW0w8A79MPAEjUDwCh1A8A+tQPAMCkEQCY2wEAPEwCAB4mAQC8xgEAgvoEABszAAAxmQEAutYBAK0oAACxdgoAZ1gCANeVAACY2wEA8dsBAJjbAQDx2wEAm/oGAJeVAgBf5gEA7IcOADyCDwCoZQoAAWYKAFpmCgCzZgoAO6wKACpKDQAYVgEAcVYBAKoIAwDioQEAXEsJAOSPEQDTWwgA01sIACNMAAAjsAEAh/IPAPMOAADn0gEAPEwCAOyHDgA8gg8AqGUKAAFmCgBaZgoAs2YKADusCgDltA0APrUNAJe1DQDwtQ0ASbYNAKK2DQD7tg0AVLcNAOyHDgA8gg8AqGUKAAFmCgBaZgoAs2YKADusCgCXqgwA8KoMAFxLCQBZAAAA5Z4LAOKhAQA7ogEAYRkAAGebAAAjTAAANnwCAN9pEgA4ahIAutYBABPXAQBs1wEAxdcBAB7YAQDENhIAHTcSAHY3EgDPNxIAKDgSAIE4EgDaOBIAMzkSACGoDwB6qA8A06gPACypDwCFqQ8A3qkPADeqDwCQqg8A6aoPAEKrDwCbqw8A9KsPAE2sDwCmrA8A/6wPAFitDwAt+wcAhvsHAN/7BwA4/AcAkfwHAOr8BwBD/QcAnP0HAPX9BwBO/gcA4qEBADGOAADZ6AkAPEwCAAYnEACmuQAAWQAAACHWAwA8TAIADfoQAFEGEwCpaQMAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYA9gEBAAAAAADr3gUAwZwRAAyTDgCY2wEAI0wAAPxsBwCqCAMAdFMLAPZOCAAWhwQAPEwCALGCAwAKgwMAY4MDAKv/CgAEAAsAXQALADxMAgCqdg0AQtkDACw7BQCFOwUA3jsFADc8BQCQPAUA6TwFAEI9BQCbPQUA9D0FAE0+BQCmPgUA/z4FAFg/BQCxPwUACkAFAC0zBQAt+wcAhvsHAN/7BwA4/AcAkfwHAOr8BwBD/QcAnP0HAPX9BwBO/gcA0t4DACvfAwDSvAgA3r8RAGebAACnYwEAz70OAIL6BAAr1AIA/GwHADuiAQBnWAIAPEwCAOyHDgA8gg8AHiYBAA3lBgBewA0AbC8KAMUvCgAeMAoAdzAKANAwCgApMQoAgjEKANsxCgA0MgoAjTIKAOYyCgA/MwoAmDMKAPEzCgBKNAoAozQKAPw0CgCGGxMA8w4AAPwfAAAq0QEAI0wAAKa5AABZAAAAIdYDAAAAAAAjsAEA8w4AACHWAwAAAAAA15UAADCWAADLCwMAVD4CACHWAwAAAAAAI2ICADH7EgCH8g8ABicQANByEAAM7A4AqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GACmgDACCoAwA26AMAAYnEACmuQAAWQAAACHWAwAAAAAAI7ABAPMOAAAh1gMAAAAAAOBuAwDn0gEAQNMBACHWAwAAAAAAYRkAAGEZAABnmwAALfsHACNMAAD8bAcA01sIALQQCwA8TAIAsYIDAAqDAwBjgwMAq/8KAAQACwBdAAsAVt8KACNMAAD8bAcAVW0HAK5tBwBcSwkAT2UKAAopCwAAAAAAI0wAACNMAABZAAAAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQBQzQQAqc0EAD+WEwDlngsAPp8LAJefCwD2AQEANF8GAD3IDgDzDgAAK9QCAGIPEACxggMACoMDAJv6BgD0+gYATfsGADxMAgDshw4AtUsJACZIEgB/SBIAI2ICAPzEDwBg3gEA/B8AAOBuAwD8HwAAVSAAAK4gAAAHIQAAYCEAALkhAADAYwMAl5UCANeVAAAjsAEAXEsJADxMAgDltA0APrUNAJe1DQDwtQ0AqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GACmgDACCoAwA26AMAJjbAQDx2wEAVY8CAIYbEwDzDgAA/B8AAOSPEQDAmwAADvQAAJS4AwBnmwAAwJsAAA70AAACaQsAW2kLABMaAABKxA8ASsQPAErEDwD2yQMAT8oDADjQAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgDL3gYAUM0EAKnNBAACzgQAp/4HAAD/BwBZ/wcAsv8HAAsACABkAAgAAAAAAErEDwD2yQMAT8oDADjQAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgDL3gYAUM0EAKnNBAACzgQAp/4HAAD/BwBZ/wcAsv8HAAsACABkAAgA7+AAAOKhAQA7ogEAZ5sAAMCbAAAO9AAAlLgDAErEDwAAAAAAAAAAAAAAAABKxA8A01sIAPMOAAA8TAIAl6oMALOzEQAMtBEAZbQRAErEDwBKxA8ASsQPAF/mAQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAErEDwBKxA8ASsQPAKdjAQDPvQ4A01sIALQQCwA8TAIAsYIDAAqDAwBjgwMAq/8KAAQACwAAAAAAZ5sAAMCbAAAjYgIA4qEBADuiAQB+qwIAxrcPADCWAABnWAIA8w4AAFV5AACY0AAArSgAACNiAgD8xA8AmNAAADxMAgDAYwMAI2ICAGdYAgDiDwwA9k4IAIfyDwCzGAsAYRkAAGebAACnYwEAz70OAAAAAABhGQAAPEwCALGCAwAKgwMAsxgLANeVAADzDgAAVXkAAG0cCQDzDgAA59IBAMunAQDTWwgAtBALAGebAACxggMA2Y4RADYADwCxdgoA15UAACNMAAAxjgAAl5UCAAAAAADTWwgAPEwCALGCAwAKgwMAWNACALHQAgDzDgAAVXkAAG0cCQBhGQAAuhkAACHWAwDgbQsAOW4LAJJuCwDrbgsARG8LAJ1vCwD2bwsAT3ALAKhwCwABcQsAWnELAGebAAAt+wcAhvsHAN/7BwA4/AcAkfwHAOr8BwBD/QcAnP0HAPX9BwBO/gcAlUwCAO5MAgBHTQIAoE0CAGvHDwBC2QMALDsFAIU7BQDeOwUANzwFAJA8BQDpPAUAQj0FAJs9BQD0PQUATT4FAKY+BQD/PgUAWD8FALE/BQAKQAUAlUwCAO5MAgBHTQIAoE0CAGvHDwBC2QMALDsFAIU7BQDeOwUANzwFAJA8BQDpPAUAQj0FAJs9BQD0PQUATT4FAKY+BQD/PgUAWD8FALE/BQAKQAUAPEwCAAYnEAD8bAcAVW0HAK5tBwBcSwkAPEwCAMCkEQAKKQsA/GwHAFVtBwCubQcAXEsJADxMAgDApBEACikLADxMAgCpaQMAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYAy94GACTfBgB93wYA1t8GAC/gBgCI4AYAu34SAEwPAAC5jwoAEpAKAGuQCgDEkAoAI0wAAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HABJvBwDh3w4AOuAOAJPgDgDs4A4AReEOAJ7hDgD34Q4AW84EAG6DCwDHgwsAIIQLAHmECwDShAsAK4ULAISFCwDS3gMAK98DAJ4ZDAD3GQwAUBoMAKkaDAACGwwAWxsMAJVMAgCxdgoACncKAGN3CgDApBEAmNsBADxMAgDshw4ARYgOAJjbAQDx2wEAWNACACNMAACDgwIAmNsBACiTAgDZ6AkAh/IPAMCbAAAO9AAAlLgDANNbCADTWwgAI7ABADxMAgAGJxAA/GwHAFVtBwCubQcAXEsJADxMAgDApBEACikLACNMAAA8TAIAhXMCALMYCwDioQEA/OcCAIfyDwCFcwIA3nMCAF7ADQBNVAcA/GwHADuiAQBnWAIAPEwCAJVMAgAMkw4AmNsBADxMAgDAYwMA4p8RADugEQDApBEALFwIAIVcCADeXAgAPEwCAKlpAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgDL3gYAUM0EAIfyDwDAmwAADvQAAJS4AwDrCRIA/GwHAFVtBwCubQcAB24HAGBuBwC5bgcAO7cLAJS3CwDttwsARrgLAJ+4CwD4uAsAUbkLAKq5CwADugsAXLoLALW6CwD2AQEA7+AAAE5uAgBewA0ATVQHAHJZAgCY2wEA8dsBAJv6BgCXlQIAX+YBAO6NEAAAAAAA15UAAOKhAQCY2wEA8dsBAGj3AQBcSwkAI2ICAKa5AAA8TAIAqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgBQzQQAJsMNACNiAgAjTAAAMY4AAF7ADQA7ogEAPEwCAGj3AQBcSwkAI2ICAKa5AAA8TAIAqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgBQzQQAl6oMANJiEAAAZAEAWWQBAM3NDgAmzg4Af84OANjODgAxzw4AhXMCALMYCwBLWA4AYRkAADxMAgAGJxAA4I8GABaHBADioQEAO6IBAGdYAgA8TAIABicQANByEAAM7A4AqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYA8w4AADxMAgCpaQMAAmoDAEquDQCjrg0A/K4NAFWvDQCurw0AB7ANAGCwDQC5sA0AErENAGuxDQDAYwMA7o0QAAAAAADXlQAA4qEBAJjbAQDx2wEAStwBADxMAgCVTAIAmNsBAAzACgAeJgEAPEwCAAYnEADXAhMA1UwAANeVAAAwlgAAfBQDANUUAwDAmwAAI7ABABaHBADioQEAO6IBAGdYAgA8TAIA7IcOALVLCQAmSBIAf0gSACNiAgD8xA8AYN4BAPwfAAAZjw8A7o0QAAAAAADXlQAA4qEBAJjbAQDx2wEAwGMDAB+5BwCxggMACoMDAK3NDwBMDwAACikLAJjbAQCmuQAAZ5sAAJVMAgCY2wEADMAKAB4mAQA8TAIAqnYNAE1UBwDzDgAAPEwCACpKDQAYVgEA2Y4RALlYBQAN5QYAyroCABaHBAA8TAIAlUwCAO5MAgCKjgAA5uQKAIODAgCY2wEAFocEADxMAgDApBEAmNsBADxMAgDgbgMATA8AAAopCwCY2wEAprkAAKp2DQDA0Q0AGdINAOW0DQA+tQ0Al7UNAPC1DQAZjw8Aco8PAMuPDwAkkA8AfZAPANaQDwAvkQ8AiJEPAABvAgBZbwIAsYIDAAqDAwAAAAAA15UAAGebAADzDgAAK9QCADxMAgAGJxAA/GwHAFVtBwCubQcAXEsJADxMAgDApBEACikLACNMAAA8TAIAwGMDAK0oAAAjTAAAX+YBANtdDgBhGQAAZ5sAAKdjAQAh1gMAY9wDAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HAN2FCwDAYwMA7o0QAAAAAADXlQAA4qEBAJjbAQDZjhEAO6IBAGdYAgA8TAIAwGMDAB+5BwCpaQMAAmoDAA7dBgBn3QYAwN0GABneBgBy3gYAy94GAFDNBABnmwAAI0wAADGOAABtHAkAXEsJAJjbAQDZjhEAO6IBAK0oAAAMkw4APEwCAJeqDADwqgwASasMAEVSAQCtKAAADJMOAGWTDgC+kw4AF5QOADGOAABewA0AvXACADGOAABBsw8AX1QMALhUDAA7ogEAExoAAPrVBwBT1gcAqmsMAANsDABcbAwAtWwMAA5tDABnbQwA/B8AAFUgAACuIAAAByEAAGAhAAC5IQAAHiYBALzGAQCC+gQAI2ICADgREgCzGAsAMY4AAKoIAwDioQEAO6IBAF8nEADkWAwAPVkMAJZZDADvWQwASFoMAKFaDAD6WgwAU1sMAKxbDAAFXAwAXlwMALdcDAAQXQwARYgOAOfcCgBA3QoAmd0KANeVAABcSwkAsYIDAAqDAwCb+gYAbRwJADxMAgDXlQAAXEsJAAAAAADTWwgAPEwCAAYnEAD8bAcAVW0HAK5tBwAHbgcAYG4HALMYCwBZAAAAvXACAGEZAABnmwAAI0wAAO/gAADTWwgAmNsBAA+pAgC9cAIAZ1gCAOIPDAA7EAwAlBAMAO0QDABGEQwAnxEMAPHbAQCtzQ8A59IBAPwfAADzDgAAIdYDACJ1AwDiDwwAOxAMAJQQDADtEAwARhEMAJ8RDAD4EQwAURIMAKoSDAADEwwAXBMMAJVMAgAMkw4AmNsBAMCkEQCY2wEAPEwCAOBuAwD8HwAAVSAAAK4gAADioQEAprkAAGebAADltA0APrUNAJe1DQDwtQ0AD6kCAGkEDAC6GQAA7+AAALMYCwA9yA4A8w4AACvUAgBf5gEAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAKzWBwAF1wcAXtcHALfXBwAQ2AcAadgHAMBjAwBtHAkAXEsJAJjbAQDx2wEArc0PAOfSAQA8TAIAlUwCAAyTDgBlkw4AvpMOAH/DDQDYww0AMcQNAIrEDQAGJxAAprkAAFkAAAA8TAIAqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgBQzQQAqc0EAALOBABbzgQAtM4EADGOAABewA0AZ5sAAMCbAAAO9AAAlLgDACrRAQDGMgsAHzMLAHgzCwDRMwsAKjQLAIM0CwAeJgEAWQAAAOWeCwCY2wEA8oUCAMq6AgAWhwQAPEwCAJVMAgDuTAIAR00CAORuDgA9bw4AqnYNAAN3DQBcdw0A5bQNACiTAgCBkwIA2pMCALGCAwAKgwMArc0PAEwPAAAjsAEA15UAACNMAAD8bAcA01sIAFxLCQDkjxEAYRkAACiTAgCBkwIA2pMCAOW0DQA+tQ0AmNsBADxMAgDgbgMA/B8AAFUgAACuIAAAYRkAACiTAgCBkwIA2pMCACpKDQAYVgEAcVYBAKoIAwDioQEAXEsJAOSPEQCmuQAAaJ0JADxMAgAwXgMAPcgOAPMOAAAr1AIAPEwCAKp2DQDA0Q0AGdINAA+pAgBpBAwAuhkAAO/gAADTWwgA15UAAFkAAAA8TAIAlUwCAO5MAgBHTQIA5G4OAD1vDgCgTQIA2lAEANNbCAA2fAIA32kSAGidCQAxjgAA4p8RAGEZAABnmwAA9k4IAPMOAAA2fAIAFXcSAG53EgCY2wEA8dsBAK3NDwBMDwAAI7ABAKoIAwB0UwsAXEsJALVLCQBtHAkAXEsJAJjbAQDx2wEArc0PAOfSAQD8HwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBACHWAwDS3gMAKJMCAIGTAgDakwIAYjwMALs8DAAUPQwAbT0MAMY9DAAfPgwAeD4MANE+DAAqPwwAgz8MANw/DAA1QAwAjkAMAOdADABAQQwAmUEMAPJBDABLQgwAPEwCAKeZDgBMDwAAuY8KABKQCgBrkAoAxJAKAHVLCwAKjQwAY40MALyNDADbXQ4ADvQAAJS4AwCXqgwA8w4AACvUAgCE1AIAI2ICADH7EgBJXgUAgvoEAE9mAgA8TAIAwGMDAB+5BwDltA0AZ5sAAO/gAAA8TAIAqWkDAAJqAwAO3QYAZ90GAMDdBgAZ3gYAct4GAMveBgBQzQQAIdYDACrRAQDGMgsAHzMLAHgzCwDRMwsAKjQLAIM0CwDcNAsANTULAII8CwAAAAAAAAAAAAAAAADPQwsAKEQLAIFECwDaRAsAM0ULAIxFCwDlRQsAPkYLAErEDwAAAAAAl0YLAPBGCwBJRwsAjdoBAObaAQA/2wEAlUwCAAyTDgBlkw4AvpMOACHWAwAtMwUAhjMFAJ3HEwD2xxMAT8gTAKjIEwAxjgAAI2ICADH7EgCH8g8AlUwCALF2CgAKdwoAY3cKAOW0DQA+tQ0Al7UNAPC1DQBJtg0AorYNAPu2DQBUtw0AZ5sAAGEZAAC6GQAAZ5sAAGEZAABhGQAAuhkAAGebAABhGQAAI0wAACHWAwDS3gMAK98DAJ4ZDAD3GQwAUBoMAKkaDAACGwwAWxsMAJVMAgCxdgoACncKAGN3CgDApBEAmNsBADxMAgDshw4ARYgOAJjbAQDx2wEAWNACACNMAACDgwIAmNsBABaHBAA8TAIADfoQACHWAwAAAAAAPEwCANepEgB8YgIArSgAAK0oAAAGKQAAwJsAANmOEQA7ogEAZ1gCADxMAgAGJxAA/GwHAFVtBwCubQcAXEsJADxMAgDApBEACikLACNMAAA8TAIAwGMDAK0oAAAjTAAAX+YBANtdDgBf2ggA6xYDAEQXAwAh1gMAwGMDAO2KDwAy6QkAi+kJANepEgDh6wcAOuwHAJPsBwDs7AcA0BoIAKlpAwACagMADt0GAGfdBgDA3QYAGd4GAHLeBgDL3gYAUM0EAKnNBAC90wsAFtQLAMBjAwAZZAMA35YOADiXDgA8gg8A7+AAAETfBQDAYwMAGWQDACO7AgB8uwIA1bsCAC68AgCHvAIA4LwCADxMAgDbcxAASsQPADxMAgC0aBMAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQBQzQQAqc0EAOveBQAeJgEAkwMCAPMOAAAr1AIAPEwCANepEgA4ERIAwKQRAK0oAAA8TAIABicQAOaMAgA/jQIAmI0CAH6eEQDSYhAA+U0CAFJOAgCrTgIABE8CAPMOAAA8TAIAKkoNAINKDQBuxREA8oUCAPjlBwA6UAkAI0wAAF/mAQDbXQ4APEwCAErEDwA8TAIABicQANByEAAM7A4A16kSADgREgCxggMACoMDAK3NDwBMDwAACikLAJjbAQCmuQAAZ5sAAABvAgBZbwIAWiQEAOHqDwDTWwgAI7ABADxMAgAidQMA4qEBAKoIAwB0UwsAh/IPAODyDwDinxEAO6ARACJ1AwDioQEAqggDAHRTCwARxQYAdUECAD2dAgCWnQIAPEwCACJ1AwDioQEAqggDAHRTCwAeJgEA+nEGAFNyBgCscgYABXMGAOveBQAeJgEAkwMCAPMOAAAr1AIAPEwCANepEgA4ERIAwKQRAK0oAAA8TAIABicQAOaMAgA/jQIAmI0CAB4mAQD6cQYAU3IGAKxyBgAFcwYAXnMGAABvAgBZbwIAWiQEAOHqDwDTWwgAI7ABADxMAgAidQMA4qEBAKoIAwB0UwsAEcUGAHVBAgA9nQIAlp0CADxMAgAidQMA4qEBAKoIAwB0UwsAHiYBAPpxBgBTcgYArHIGAAVzBgBecwYAAG8CAFlvAgBaJAQA4eoPANNbCAAjsAEAPEwCACJ1AwDioQEAqggDAHRTCwCH8g8A4PIPAOKfEQA7oBEAInUDAOKhAQCqCAMAdFMLABHFBgB1QQIAPZ0CAJadAgA8TAIAInUDAOKhAQCqCAMAdFMLAMa3DwAjsAEAh/IPAGEZAAC6GQAARVIBAK0oAAAMkw4AZZMOAL6TDgAXlA4A1RQDAMCbAAAO9AAAlLgDANLeAwAr3wMAnhkMAB4mAQB3JgEAYZMDAOQKDQA9Cw0AlgsNAOW0DQAokwIAgZMCANqTAgBcSwkAHiYBAHcmAQBhkwMA5AoNAD0LDQCWCw0A5bQNACiTAgCBkwIA2pMCAFxLCQAeJgEAdyYBAGGTAwDkCg0APQsNAJYLDQAqSg0Ag0oNANxKDQA1Sw0AjksNAOdLDQBATA0AI7ABAHywAQBItAQAobQEADxMAgDXlQAAmNsBACOwAQCxggMACoMDAK3NDwBMDwAAI7ABAKoIAwB0UwsAqnYNALlYBQASWQUAa1kFAMRZBQAdWgUAPEwCAJeqDADwqgwAI0wAAOCPBgAWhwQAPEwCAJVMAgAMkw4AmNsBADxMAgAqSg0Ag0oNANxKDQA1Sw0AjksNAOdLDQBATA0AAG8CAFlvAgBaJAQAsyQEAAwlBABlJQQAlUwCAAyTDgBlkw4AvpMOABeUDgCqdg0ATVQHAKZUBwCqdg0AA3cNAFx3DQC1dw0AH7kHACpKDQCDSg0A3EoNADVLDQCOSw0A50sNAEBMDQA2fAIAaPcBAOTzEgA99BIAHiYBAA3lBgCXlQIAprkAAGidCQDioQEAO6IBAGdYAgA8TAIAKkoNAINKDQDcSg0ANUsNAI5LDQDnSw0AQEwNAJVMAgAMkw4AmNsBADxMAgCwGwEAGi4PAD+WEwCYlhMAKkoNABhWAQDx2wEAVY8CALF2CgBR8BAAZ5sAAFxLCQA8TAIAhXMCAOKhAQBNVAcAfEwAADxMAgAAAAAAPEwCAMCkEQCY2wEAPEwCAG23DwAAAAAAPEwCAMCkEQCY2wEAPEwCAG23DwAfuQcA7IcOAKTSEQA9kBEAR0wKADqoEQCTqBEA5I8RAGEZAACmuQAAWQAAALIAAAAITw0AYU8NALpPDQATUA0AbFANAB4mAQAN5QYA4p8RAHVBAgAxjgAA2egJADLpCQCKjgAAD6kCANwTCABBsw8A4g8MADBeAwCJXgMA4l4DACONDgDltA0APrUNAJe1DQDwtQ0A16kSADgREgBnmwAAYRkAADxMAgCVTAIADJMOAGWTDgC+kw4AF5QOAKp2DQADdw0AQ3YTAJx2EwD1dhMATncTAKd3EwCH8g8AXEsJADZ8AgA8TAIABicQAOCPBgAWhwQAPEwCAAYnEADQchAADOwOAKp2DQADdw0AQ3YTAJx2EwD1dhMATncTAKd3EwCqdg0ATVQHACHWAwDS3gMAP5YTAJiWEwDxlhMAqnYNAAN3DQBDdhMAnHYTAPV2EwBOdxMAp3cTACpKDQBEDAIAh/IPAODyDwBg3gEA/B8AALGCAwA8bA0AlWwNADxMAgC8CQAAQfYNAD+WEwCYlhMA8ZYTAKp2DQADdw0AQ3YTAJx2EwD1dhMATncTAKd3EwDXlQAAMJYAACNMAAD8bAcAVW0HAK5tBwBnmwAAwJsAAA70AACUuAMAI7ABAHywAQBItAQAobQEADxMAgDgbgMAgMYOAKa5AABonQkAPEwCAJVMAgCxdgoACncKAGN3CgAN+hAAZvoQACJ1AwDiDwwAHiYBADxMAgDioQEAO6IBADxMAgDAYwMA4p8RABaHBAA8TAIAwKQRAK0oAAA8TAIABicQANcCEwDVTAAALk0AAEwPAAAKKQsAmNsBAKa5AABnmwAAI7ABAHywAQAwwQwAicEMAOLBDACdFwMAFocEADxMAgCqdg0AA3cNAEN2EwCcdhMA9XYTAE53EwCndxMAh/IPAFxLCQA8TAIAInUDAOIPDAAeJgEABicQANcCEwDVTAAAInUDAOIPDAAeJgEA8w4AADxMAgDAYwMAqggDAAMJAwBewA0At8ANADGOAAAjYgIAMfsSAOyHDgCY2wEA2Y4RAKoIAwB0UwsAzVMLADxMAgCVTAIADJMOAGWTDgC+kw4AF5QOAJVMAgAMkw4AmNsBADxMAgBo9wEAXEsJACNiAgCmuQAAInUDAOIPDAA7EAwAPEwCAOyHDgCY2wEA2Y4RAKoIAwB0UwsAzVMLADxMAgCqdg0AA3cNAEN2EwCcdhMA9XYTAOKfEQCmuQAAZ5sAAJVMAgAMkw4AmNsBADxMAgBo9wEAXEsJACNiAgCmuQAA+80HAFTOBwAjsAEAYg8QAGj3AQBcSwkAI2ICAKa5AADCiRAAuhkAAEVSAQCtKAAADJMOAGWTDgC+kw4AF5QOANUUAwCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAX9oIAP+5AAA4xQIAkcUCAOrFAgBcSwkA5I8RAK0oAACtKAAADJMOAGWTDgC+kw4AF5QOANUUAwDAmwAADvQAAJS4AwAZZAMAI0wAAPxsBwA2AA8AEO8BAIqOAADm5AoA15UAAJjbAQAGJxAA0HIQAAzsDgCVTAIAsXYKAKuPEAB+qwIAh9IEAODSBAA50wQAktMEAOvTBABE1AQAndQEAPbUBADXqRIAOBESALGCAwAKgwMArc0PAEwPAAAjsAEAqggDAHRTCwBcSwkAIdYDAGEZAAC6GQAARVIBAJJkAgA0oQwAjaEMAOahDAA/ogwAlUwCAIYbEwAwlgAAMXYOACNMAAD8bAcA01sIALQQCwDApBEALFwIAIVcCADeXAgA2lAEADuiAQBnWAIAPEwCALGCAwAKgwMAAAAAANeVAADioQEAmNsBAPHbAQBK3AEAPEwCAOKhAQD85wIAh/IPAFxLCQA8TAIABicQANByEAAM7A4AwKQRACxcCACFXAgA3lwIADxMAgDgbgMAs1oRAOCPBgDx2wEAm/oGAPjlBwAh1gMA0t4DACvfAwCeGQwA9xkMAFAaDACpGgwAAhsMAFsbDACVTAIAsXYKAAp3CgBjdwoAwKQRAJjbAQA8TAIA7IcOAEWIDgCY2wEA8dsBAFjQAgAjTAAAg4MCAJjbAQAjTAAAX+YBAGEZAADzDgAAy6cBANNbCAC0EAsAgvoEANv6BACxggMACoMDAAAAAADXlQAA4qEBAJjbAQDx2wEAPEwCAJeqDADSYhAAUc8NAKrPDQAD0A0AXNANALXQDQAO0Q0AZ9ENAOyHDgCY2wEA2Y4RAKoIAwB0UwsAPEwCAHJZAgDLWQIAutYBABPXAQBs1wEAxdcBAB7YAQB32AEAUM0EAKnNBAAh1gMAlUwCAAyTDgCY2wEAPEwCACpKDQBcSwkAT2UKADxMAgCqdg0AwNENABnSDQDltA0APrUNAJe1DQDwtQ0AI7ABAHywAQBItAQAobQEAOSPEQCxggMACoMDAAAAAADXlQAA4qEBAJjbAQDx2wEAStwBADxMAgAeJgEAdyYBAGGTAwDkCg0APQsNAJYLDQAqSg0AGFYBAHFWAQCqCAMA4qEBAFxLCQDkjxEA8w4AADxMAgAqSg0Ag0oNANxKDQA1Sw0AjksNAOdLDQBATA0AInUDAMBYAgA8TAIAlUwCALF2CgAKdwoAY3cKAPMOAAA8TAIAqnYNAAN3DQBcdw0ArSgAABDvAQBp7wEAKasNAIKrDQC8CQAAYRkAAHVBAgAF+QIArSgAABDvAQBp7wEAwu8BACNMAABf5gEAuOYBABHnAQDHCBAAvAkAAJjbAQA8bA0AlWwNAO5sDQBHbQ0AoG0NAPltDQBSbg0Aq24NAARvDQBdbw0AI0wAAF/mAQC45gEAEecBAMcIEACtwg4A4qEBAE1UBwBf5gEAuOYBALwJAAAxHQ4A7C4OAEUvDgCH0gQAMJYAACNMAAC8CQAAZ5sAAMCbAAAO9AAAlLgDAL1wAgDTWwgACikLACNMAADzDgAAy6cBAFxLCQDkjxEAMR0OANNbCACtKAAAvXACAGebAACnYwEAMY4AAPjlBwBZAAAARAwCAIfyDwDzDgAAvXACAKa5AAAxmQEAh9IEADCWAAAjTAAAvAkAAAAAAAAjTAAAX+YBALjmAQAR5wEAxwgQAK3CDgDioQEATVQHAAAAAAA8TAIAlUwCAO5MAgBHTQIA5G4OAD1vDgDzDgAArcIOAJl4EQDyeBEAS3kRAKR5EQD9eREAvXACACOwAQBJXgUAO6IBAGebAAC8CQAAmKIMAPMOAABZAAAAR0wKAC37BwCtKAAAEO8BAGnvAQDC7wEADfoQAL1wAgBnmwAAwJsAAA70AACUuAMA7+AAAE5uAgAC7g8ATNUSAKXVEgD+1RIAIdYDAGEZAAC6GQAARVIBALvZAgCskhEAjHEPAFxLCQDkjxEAPZARAJaQEQDvkBEASJERAKGREQD6kREAU5IRACHWAwBQqhEAK9QCAOCPBgA5kAYAprkAACNMAAAh1gMAmNsBAPHbAQBY0AIAhvsHADoZBACTGQQA7BkEAEUaBAAjYgIAMfsSAIfyDwAxHQ4Aih0OAOMdDgA8Hg4AlR4OAKa5AAAxmQEAmNsBAPHbAQAxHQ4Aih0OAOMdDgA8Hg4AlR4OAO4eDgBHHw4AoB8OAPkfDgBSIA4AqyAOAAQhDgAO/wEAZ/8BAGbEAwC/xAMAh/IPADEdDgCKHQ4A4x0OADweDgCVHg4A7h4OAEcfDgCgHw4A+R8OAFIgDgCrIA4ABCEOAI3YEQCyAAAAbsURAMfFEQAgxhEAjHEPANeVAADzDgAA/B8AAFUgAAAZnAAAZ5sAAMCbAAAO9AAAlLgDAO/gAABObgIAAu4PAEzVEgCl1RIA/tUSACHWAwAAsgAAWbIAALKyAAC72QIArJIRAIxxDwBcSwkA5I8RAD2QEQCWkBEA75ARAEiREQChkREA+pERAFOSEQAh1gMA8w4AACvUAgBf5gEA5FgMADpQCQCnYwEAz70OACHWAwBnWAIAHiYBADpQCQBhGQAAI0wAADGOAACXlQIA/GwHANNbCAC0EAsAPEwCAJVMAgDuTAIAmNAAACOwAQDzDgAA/B8AAGNKDgBfVAwAI2ICAOHrBwCXlQIAMY4AANnoCQA8TAIAl6oMALOzEQAMtBEAZbQRANnoCQAh1gMAD6kCAOdWDgBAVw4AmVcOAPJXDgDioQEA/OcCAFXoAgCu6AIAZ5sAADGOAADdIBIAPEwCAMCkEQAKKQsAI0wAADxMAgDApBEArSgAADxMAgAeJgEAOlAJAJNQCQB3JgEAmNsBAMCbAAAeJgEAvMYBABXHAQAokwIAUAQKAF/mAQBcSwkAPEwCANepEgAwqhIAiaoSAMBjAwDinxEAuhkAAEVSAQB8TAAA1UwAAKWUBAA8TAIAKkoNABhWAQBxVgEArroOAAe7DgBguw4AZ1gCAMBYAgDApBEAXycQALgnEADAYwMA4p8RADugEQDXlQAAMJYAAHwUAwDVFAMALhUDAIcVAwDgFQMAORYDAJIWAwCqCAMAAwkDAFwJAwC1CQMA5G4OAD1vDgApqw0AgqsNAJVMAgDuTAIAsFEOAAlSDgBiUg4Au1IOABRTDgBtUw4AxlMOAB9UDgAqSg0Ag0oNAG7FEQDHxREAIMYRAHnGEQDSxhEAK8cRAITHEQCmuQAA6xYDALwoEwBnWAIAsxgLAAwZCwCqdg0AA3cNAFx3DQCShA0A64QNADADEwDx2wEAm/oGAG0cCQA8TAIAAAAAAMF7DgA8TAIAsxgLADGOAADinxEAXEsJACOwAQCH8g8AXEsJAJeqDADSYhAAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEANnwCACHWAwCnKwQAACwEAFksBAAkcAQAfXAEANZwBAAvcQQAiHEEAMBjAwCXlQIAwGMDAJeVAgAAAAAA4YYOADxMAgBcSwkAjtwKANJXDwArWA8AhFgPAN1YDwAh1gMA16kSADCqEgAjTAAAX+YBAELZAwBonQkAMY4AAMq6AgA8TAIAlUwCAO5MAgBHTQIAoE0CALOzEQAMtBEAZbQRAGEZAAAjTAAAMY4AAFQ+AgA8TAIAl6oMALOzEQAMtBEAZbQRANNbCAAKKQsAMJYAAHwUAwDshw4ApNIRACNMAABf5gEALfsHACNMAABf5gEA8dsBAOyHDgCk0hEAI0wAAF/mAQAt+wcAI0wAAF/mAQDzDgAAy6cBACSoAQB9qAEA1qgBAHhUDgDRVA4APEwCANepEgAwqhIAiaoSAOKqEgDLpwEAJKgBAH2oAQDWqAEAWQAAABhWAQBxVgEAHiYBALzGAQCC+gQA/B8AAFUgAADx2wEAaPcBAHUfBwAt+wcAI0wAAPxsBwDTWwgAHiYBAA3lBgBewA0AO6IBAPKFAgCKjgAAZ5sAACNiAgD8xA8Aio4AAA+pAgA8TAIAHiYBAHcmAQDzDgAAK9QCADxMAgCxggMACoMDAFjQAgAL9A4AYRkAACNMAAA8TAIAqWkDAOsWAwBEFwMAnRcDAPYXAwAjsAEAMY4AAGDeAQAr1AIA694FACpKDQAYVgEAcVYBAK66DgAHuw4AYLsOALm7DgA2bxEAqWkDAAJqAwCRXxEA6l8RAENgEQCcYBEA9WARAE5hEQA8TAIAhXMCAOKhAQBNVAcAfEwAADxMAgCXqgwA0mIQACtjEACEYxAAplQHAKlpAwACagMAW2oDAF/aCABnmwAA8w4AAOfSAQA2fAIA62ISAERjEgDPvQ4AKL4OAOKhAQBNVAcAX+YBAFxLCQA8TAIAhXMCAOKhAQBNVAcAfEwAADxMAgCpaQMAAmoDAFtqAwC0agMA15UAACNiAgAjTAAAX+YBALjmAQAR5wEAxwgQAK0oAAAQ7wEAae8BAMLvAQCtwg4ABsMOAF/DDgC4ww4AEcQOANNbCADTWwgABicQAPxsBwBVbQcArm0HAFxLCQA8TAIAwKQRAAopCwAjTAAAPEwCAKp2DQADdw0AwKQRAK0oAABnmwAAXEsJAOSPEQBcSwkAPEwCAAYnEAD8bAcAVW0HAK5tBwAHbgcAYG4HALluBwDdhQsAG80OAHTNDgAGJxAA/GwHAFVtBwCubQcAXEsJADxMAgDApBEACikLACNMAAA8TAIAqnYNAAN3DQBj3AMATyIMALgnEAAE0w4AXdMOALbTDgAP1A4AaNQOAMHUDgAa1Q4Ac9UOAMzVDgAl1g4AUOIOAKniDgAC4w4AW+MOAGPcAwD8bAcAVW0HAK5tBwAHbgcAYG4HALluBwDdhQsAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAMBjAwCtKAAAI0wAAF/mAQDbXQ4ABicQANByEAAM7A4A16kSADgREgDAYwMA4p8RADugEQCqdg0AA3cNAEN2EwCcdhMA9XYTAOKfEQCmuQAAZ5sAAMCkEQCtKAAAPEwCAJeqDACzsxEADLQRAGW0EQA8TAIA5bQNAD61DQCXtQ0A8LUNAOtkAgDSYhAAK2MQAIL6BACXqgwA0mIQACtjEACC+gQA5bQNAD61DQATGgAAl6oMALOzEQAMtBEAZbQRALOzEQAMtBEAZbQRAGebAADioQEAqggDAHRTCwA8TAIA15UAADCWAABXJgIAsCYCAAknAgBiJwIAuycCABQoAgBtKAIAxigCAADzDgBZ8w4AsvMOADxMAgDXlQAAMJYAAO/gAABObgIAp24CAF/mAQBcSwkAPEwCAJeqDADSYhAAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEArSgAAAYpAADAmwAADvQAAJS4AwAidQMAwFgCAFxLCQA8TAIA5bQNAD61DQCXtQ0A8LUNAOtkAgDSYhAA+U0CAFJOAgCrTgIABE8CADxMAgDgbgMAgMYOAKa5AACmuQAAZ5sAAPMOAACFcwIA3nMCABs8EQB0PBEA5bQNAD61DQCXtQ0A8LUNAOtkAgDSYhAA+U0CAFJOAgCrTgIABE8CAF1PAgDSYhAAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEA2lAEAKIPDgBhGQAA2lAEADNRBAAGJxAA0HIQAAzsDgCpaQMAAmoDAA7dBgBn3QYAwN0GABneBgDshw4ARYgOAOfcCgDApBEALFwIAIVcCAAqSg0A4qEBADuiAQDgbgMAs1oRAAxbEQCd/xAAsYIDAAqDAwCb+gYA9PoGAIDGDgCmuQAAprkAAGebAABnmwAA16kSADgREgDAYwMAI2ICADH7EgCb+gYAbRwJADxMAgAqSg0AGFYBAHFWAQAwlBAAiZQQAOKUEAA7lRAAlJUQAMCkEQCtKAAAPEwCANeVAAAwlgAAfBQDANUUAwAuFQMAhxUDAOAVAwA5FgMA5bQNAHVBAgA9nQIA/GwHAGebAADzDgAAPEwCAMCkEQCtKAAAPEwCANeVAAAwlgAAfBQDANUUAwAuFQMAhxUDAOAVAwA5FgMA5bQNAHVBAgA9nQIAYRkAALoZAADSvAgAZ5sAACNMAADmjAIAP40CAJiNAgCwGwEA13MFAMCkEQAjYgIAaPcBAHUfBwAt+wcAI0wAADxMAgAwXgMAiV4DAOJeAwAjjQ4A5bQNAD61DQATGgAAwGMDAJeVAgDwlQIASZYCAKKWAgD7lgIAVJcCAK2XAgAeJgEAOlAJACNMAAB8TAAAPcgOAFxLCQA8TAIAh/IPAFxLCQA8TAIAzbcMANNbCAAsXAgAI0wAAPxsBwDTWwgAtBALACHWAwDXlQAAMJYAAO/gAABI4QAA8oUCAN0gEgD2AQEAPjwCAM23DAAmuAwAwKQRALQQCwA8TAIAwGMDAB+5BwDNtwwAYRkAALoZAADSvAgAZ5sAAM23DAAmuAwAqggDAAMJAwBcCQMAtQkDAKp2DQADdw0AlKIBANNbCABoqQIAhXMCAOKhAQBNVAcAfEwAAOCPBgA8bA0AI0wAAHxMAAAWhwQAAG8CAFlvAgCybwIAC3ACAGRwAgCVTAIA7kwCANnoCQDzDgAA5bQNANpQBADAYwMA+ZkRAFKaEQCrmhEABJsRAF2bEQA7ogEAZ1gCAJeqDACzsxEADLQRAL1wAgAxjgAAYN4BALneAQAS3wEAa98BAMTfAQAd4AEANgAPAK0oAAAGKQAAwJsAAPHbAQBhGQAAprkAAGebAAAN+hAAUQYTAMBjAwDujRAA5uQKANeVAAAxjgAA2egJAABvAgBZbwIAGQkTAHIJEwAYERMAcRETAMoREwAjEhMAfBITANUSEwAuExMA694FAKp2DQDA0Q0AGdINAOW0DQA+tQ0Al7UNAPC1DQDNtwwAI0wAAOCPBgA8bA0AZ5sAAM23DACtKAAAEO8BANnoCQDzDgAA/B8AAM23DAAN5A4A4I8GADxsDQAjTAAAfEwAABaHBABJtg0A7kwCANnoCQDzDgAA+LkDACHWAwCKjgAA5uQKANeVAAAxjgAA2egJADZ8AgA8TAIAwKQRACNiAgAjTAAAMY4AAF7ADQA7ogEAZ5sAAFxLCQAh1gMAsYIDAAqDAwAAAAAA15UAAOKhAQCY2wEA8dsBAErcAQA8TAIABicQAF8nEAC4JxAAqWkDAAJqAwA6GQQAkxkEAOwZBABFGgQAnhoEAPcaBADApBEArSgAAE+RDgCokQ4AAZIOAFqSDgCzkg4AL4YOAIiGDgDApBEAmNsBADxMAgDltA0AZ5sAADGOAADKugIAl6oMAPCqDABcSwkAPEwCAMCkEQCtKAAAPEwCAKp2DQADdw0AP5YTAIemAABPZQoAZ5sAAPMOAAA8TAIA5bQNAD61DQCXtQ0A8LUNAOtkAgDSYhAAK2MQAIL6BADshw4APIIPAJWCDwDugg8AR4MPAKCDDwD5gw8AUoQPAKuEDwAEhQ8AXYUPALaFDwAPhg8A2egJAJjbAQDx2wEAm/oGAG0cCQAWhwQAPEwCAJeqDADSYhAAK2MQAIL6BAAr1AIAwGMDAKoIAwADCQMAXsANALfADQAxjgAAI2ICADH7EgCPfAIAPGwNAJVsDQDubA0AR20NAKBtDQD5bQ0AUm4NAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQBj3AMA/GwHAFVtBwCubQcAXEsJADxMAgDApBEACikLACNMAAA8TAIAhXMCAN5zAgBewA0ATVQHAPxsBwA7ogEAZ1gCADxMAgCVTAIADJMOAJjbAQA8TAIAwKQRACxcCACFXAgARLIJAJ2yCQD2sgkAT7MJAKizCQDAmwAADvQAAJS4AwCxrQ8ACq4PAGOuDwC8rg8AFa8PAG6vDwDHrw8AILAPAHmwDwDSsA8AK7EPAISxDwDdsQ8ANrIPAI+yDwDosg8AQtkDACw7BQCFOwUA3jsFADc8BQCQPAUA6TwFAEI9BQCbPQUA9D0FAE0+BQCmPgUA/z4FAFg/BQCxPwUACkAFAELZAwAsOwUAhTsFAN47BQA3PAUAkDwFAOk8BQBCPQUAmz0FAPQ9BQBNPgUApj4FAP8+BQBYPwUAsT8FAApABQBnWAIAZ1gCAJjbAQDx2wEAvQoRAF9UDACXlQIAX+YBAGebAADAmwAADvQAAJS4AwA2fAIA15UAACNiAgDioQEA01sIAAopCwDzDgAAAG8CAFlvAgBJzA8AoswPAPvMDwDdChAANgsQACNMAADXlQAAmNsBAGEZAABnmwAAXEsJANnGDgAyxw4Ai8cOAOTHDgDQwA8AlT8RAO4/EQAgCRAAKkoNAINKDQA/HBAAmBwQAA+pAgDnVg4AWQAAAEdMCgBcSwkAAAAAADZ8AgAxjgAAXsANALfADQA8TAIAwKQRAAopCwAjTAAAG/ABAOBuAwCAxg4AmXgRAPJ4EQBLeREApHkRAP15EQBWehEAsYIDAAqDAwCcBxEA9QcRAE4IEQAGJxAAXycQALgnEACiMBEA8w4AAK3CDgAjsAEAI0wAACHWAwCoLgUAAS8FAFovBQAqSg0Ag0oNAD8cEADS3gMAK98DAITfAwC+DwIAuOYBABHnAQBhGQAA2lAEADuiAQBnWAIAPEwCAOBuAwD8HwAA9k4IAIfyDwAt+wcAI0wAAF/mAQBcSwkAPEwCAAYnEABfJxAAuCcQAKIwEQDgbgMAs1oRAAxbEQCd/xAA9v8QAFkAAADTLgwALC8MACNMAAAAAAAArSgAABDvAQBp7wEAT8oDALGCAwAKgwMAm/oGAGDeAQBMDwAAtBALACHWAwBs7QMAxe0DAB7uAwB37gMA0O4DACnvAwCC7wMA2+8DADTwAwAKKQsAI0wAAFkAAACHpgAAI0wAADxMAgCVTAIAmNsBAAzACgAeJgEAPEwCAOBuAwBscRAAxXEQAOKhAQCpaQMA/7kAAIfyDwDg8g8A01sIAJjbAQAPqQIA7+kRAB3IDwB2yA8Az8gPACjJDwCByQ8AyroCAGebAABcSwkAPEwCAAYnEABfJxAAuCcQAO/pEQAdyA8AdsgPAM/IDwAoyQ8AgckPAGebAAAxjgAAaKkCAFxLCQA8TAIABicQAF8nEAC4JxAA7+kRAB3IDwB2yA8Az8gPACjJDwCByQ8AlUwCAO5MAgBHTQIAoE0CAJxVEAD1VRAATlYQAOzrDwBF7A8AnuwPAPfsDwBQ7Q8Aqe0PACOwAQCH8g8A4PIPADxMAgAGJxAAXycQALgnEADv6REAHcgPAHbIDwDPyA8AKMkPAIHJDwB8sAEA7+AAADxMAgAGJxAAXycQALgnEADv6REAHcgPAHbIDwDPyA8AKMkPAIHJDwBoqQIAXEsJADxMAgAGJxAAXycQALgnEADv6REAHcgPAHbIDwDPyA8AKMkPAIHJDwDzDgAAPEwCAJVMAgDuTAIAR00CAKBNAgCxggMACoMDAK3NDwAGzg8AX84PALjODwA8TAIA4G4DAIDGDgCZeBEA8ngRAEt5EQCkeREAAAAAAGIPEAA8TAIAlUwCAO5MAgBHTQIACkoOAJeqDACzsxEADLQRAGW0EQC0EAsAZ5sAAOBuAwD8HwAAVR4QAK4eEAAHHxAAPEwCAMCkEQAGJxAAXycQADMjEACMIxAA5SMQAD4kEACXJBAA8CQQADxMAgDApBEAI7ABACOwAQCH8g8ALfsHACNMAAD8bAcAO6IBAAsBAADQfREA8w4AADxMAgCs4BAAuw8QACNMAADXlQAAWQAAAKa5AAD/uQAAOMUCAJHFAgDqxQIAHiYBAHcmAQBhkwMA5AoNAD0LDQCWCw0AMY4AAMq6AgBcSwkAT2UKAO/gAABhGQAAprkAAP+5AAA4xQIAkcUCAOrFAgAjTAAAX+YBALjmAQAqBw8AgwcPANwHDwA1CA8AjggPAOcIDwD8HwAA8w4AAAAAAAAAAAAA0xkCACwaAgAAVxAAWVcQAPYBAQCnmQ4A694FAMGcEQAanREAc50RAKBNAgAjTAAAMY4AANnoCQAAAAAAqWkDAAJqAwAO3QYA2DIQADEzEACKMxAA8w4AAEwPAAAjsAEAh/IPADZ8AgAjsAEAfLABAOxaEgA7ogEArSgAAO/gAABObgIAAu4PAOtiEgDAmwAADvQAAJS4AwBcSwkA5I8RACNiAgB8YgIAbYECAOCPBgDSpQ4AK6YOAKoIAwADCQMAXAkDAEleBQBcSwkAtUsJACZIEgD8bAcA01sIALQQCwA8TAIAhXMCAN5zAgAC7g8ATNUSAKXVEgD+1RIA7IcOAKTSEQA9kBEAlpARAO+QEQBIkREAoZERAPqREQD8bAcA01sIALQQCwA8TAIAhXMCAN5zAgAC7g8ATNUSAKXVEgD+1RIA4qEBAE1UBwBf5gEAuOYBACHWAwAGJxAAXycQALgnEADv6REAHcgPALRHEAANSBAAZkgQAJVMAgDuTAIAR00CAKBNAgCcVRAAF+MFAHDjBQAZIA0APGwNALkrCQBPZQoACikLACNMAAA8TAIAAAAAAOSPEQDAmwAADvQAAGf0AAAAAAAAAAAAAOBuAwCAxg4A4qEBAE1UBwBf5gEAuOYBAL7iBQDwZw4ASWgOAKIwEQAKdwoAY3cKAAAAAACyVxAAKtEBAK0oAAAQ7wEAae8BAPbJAwAh1gMAAAAAAJeqDADSYhAAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAEd4DgCgeA4AsYIDAAqDAwBo9wEAdR8HAC37BwAjTAAA/GwHANNbCAC0EAsAPEwCAKp2DQADdw0Ap2MBAM+9DgAovg4Agb4OANq+DgAzvw4AjL8OAOW/DgA+wA4Al8AOAPDADgDAYwMAH7kHAOW0DQA+tQ0A0rwIAN6/EQA3wBEAkMARAOnAEQBCwREAm8ERAPTBEQBNwhEApsIRAP/CEQBYwxEAqWkDAAJqAwBbagMAtGoDAFsEEgAeJgEADeUGAF7ADQA7ogEA2lAEADuiAQBnWAIAPEwCAKp2DQADdw0AjcIPAObCDwA/ww8AmMMPAIODAgBpiRAA694FAAAAAAA8TAIA15UAADCWAADMfA4AJX0OAH59DgDXfQ4AMH4OAIl+DgDifg4AO38OALOzEQAMtBEAZbQRANepEgA4ERIAI0wAAO/gAABnmwAAZ5sAAGEZAAA8TAIABicQAF8nEAC4JxAAWQAAALIAAAALAQAA694FAI3CDwDmwg8A694FACNMAACDgwIAaYkQAOveBQAAAAAAPEwCAAYnEADXAhMA4qEBAIL6BADb+gQANPsEAF8nEAC4JxAABNMOAF3TDgC20w4AD9QOAGjUDgDB1A4AGtUOAHPVDgDM1Q4AJdYOAFDiDgCp4g4AAuMOAFvjDgC04w4AXEsJAGEZAAAokwIA3SASAKkmBQBPZgIAqGYCAPYBAQA+PAIAayEIAOsWAwBEFwMAnRcDAIqOAACY2wEADMAKAPMOAADn0gEAO6IBANpQBACC+gQAT2YCAEtYDgBcSwkAPEwCAKp2DQADdw0AI0wAAF/mAQC45gEAEecBACxcCACFXAgARLIJACNMAADmjAIAwKQRALQQCwA8TAIA4G4DAPwfAABVHhAArh4QAAcfEAC9cAIAMY4AANnoCQAy6QkAi+kJAKlpAwDrFgMARBcDAJ0XAwAjYgIA/MQPAIqOAAAjsAEAMY4AAA+pAgClAg8A/gIPAFcDDwCwAw8ACQQPAGIEDwCxggMAPGwNAOJpBAA7agQAKN8RAIHfEQDa3xEAM+ARAIzgEQDl4BEAAAAAAAAAAABcSwkAI0wAADxMAgCpaQMA/7kAADjFAgCRxQIA6sUCAGIPEAC8CQAA2wQOADQFDgCNBQ4A5gUOALwJAAAjYgIAOBESAK0oAAAMkw4AmNsBAPHbAQDAYwMA7YoPADLpCQC8CQAAFQoAADBeAwA9yA4AlsgOADGOAACtKAAAI0wAAF/mAQDbXQ4APEwCAMBjAwDtig8AMukJALwJAAAVCgAAMF4DAD3IDgCWyA4Al6oMADGOAACKjgAAaJ0JALwJAAAVCgAAMF4DAD3IDgCWyA4Al6oMADGOAACKjgAAaJ0JALwJAAAVCgAAMF4DAD3IDgCWyA4ASV4FADuiAQDLpwEAO6IBAEdMCgA6qBEAk6gRAOyoEQBFqREAAAAAAJVMAgDuTAIAR00CAGO5EAC8uRAAPEwCAAYnEABfJxAAuCcQAKIwEQAAAAAAPEwCAAYnEABfJxAAuCcQAKIwEQDgbgMAgMYOAOKhAQBNVAcAX+YBALjmAQAqSg0Ag0oNAD8cEACVTAIA7kwCAEdNAgCpaQMA6xYDAGE6AwCmuQAAZ5sAAPZOCAAjsAEAh/IPAFxLCQBscRAAxXEQAB5yEAB3chAA0HIQAClzEADshw4AxrcPAGlREwDyhQIAl5UCAPxsBwDTWwgAtBALAL1wAgAeJgEA8w4AAAYnEABfJxAAuCcQAKIwEQAqSg0Ag0oNAD8cEACVTAIA7kwCAEdNAgDgbgMAgMYOAOKhAQBNVAcAX+YBALjmAQBrbg8AlUwCAO5MAgBHTQIAoE0CALOzEQAMtBEAZbQRAJVMAgCY2wEADMAKAB4mAQDEbg8AqnYNAGdYAgBhGQAAuhkAAJjbAQDx2wEAStwBADxMAgDXlQAAMJYAADF2DgCKdg4A43YOADx3DgCVdw4A7ncOANNaEADw1hAASdcQAKLXEABiDxAAewQRAFUeEACuHhAABx8QADxMAgAwXgMAPcgOAJbIDgAzIxAAjCMQAOUjEAA+JBAAlyQQAPAkEAA8TAIAMF4DAD3IDgCWyA4AMY4AAIqOAABonQkAPEwCAOBuAwD8HwAAVR4QAK4eEAAHHxAAPEwCADBeAwA9yA4AlsgOAAYnEABfJxAAMyMQAIwjEADlIxAAPiQQAJckEADwJBAAPEwCADBeAwA9yA4AlsgOAAAAAABUPgIAI0wAANeVAACY2wEA8dsBAA36EABZAAAAsgAAAKcrBAAALAQAWSwEALIsBACXqgwA0mIQAPlNAgBSTgIAq04CAARPAgBdTwIADlgCALGCAwA8bA0AqWkDAAJqAwAO3QYA5bQNACiTAgCBkwIAAAAAAA36EABm+hAAXpMRALeTEQAQlBEAaZQRAApKDgAqSg0Ag0oNAD8cEAAh1gMAdJURAM2VEQAmlhEAIdYDAMq6AgAjTAAAX+YBAFxLCQAh1gMAPEwCADxMAgA8TAIAIdYDADxMAgA8TAIAPEwCADxMAgA8TAIAIwkCAHwJAgCxggMACoMDAJv6BgBg3gEATA8AALQQCwAh1gMAWQAAAOWeCwCY2wEAI0wAAF/mAQBcSwkAIdYDADxMAgA8TAIAZ1gCAOKhAQCC+gQAK9QCAF/mAQDbXQ4A8dsBAErcAQAh1gMAPEwCAJeqDADSYhAAnccTAPbHEwBPyBMAqMgTAAHJEwBayRMAs8kTADxMAgDXlQAAMJYAAMsLAwBNVAcAplQHAGj3AQCxEREAWQAAAOKhAQBNVAcAX+YBANtdDgCqCAMA4qEBADuiAQDiaQQAMY4AAEGzDwDiDwwAKkoNAEQMAgCdDAIAl5UCAK0oAAAMkw4AmNsBAB4mAQA8TAIA4G4DAIDGDgDioQEATVQHAF/mAQA8bA0AlWwNADxMAgCVTAIAsXYKAKuPEAAEkBAAXZAQALaQEAAPkRAAaJEQAMGREADAYwMArSgAACNMAABf5gEA210OAIw5EgDlORIAPjoSAJc6EgDwOhIASTsSABAaDgA8TAIAlUwCAAyTDgBlkw4AvpMOAOBuAwBscRAAxXEQAB5yEAB3chAAs1oRAAxbEQCd/xAA9v8QAE8AEQDAYwMAI2ICAOHqDwA66w8AI0wAAF/mAQCAxg4AprkAAKa5AABnmwAA8w4AAOfSAQCtKAAAhhsTAO5MAgBHTQIAoE0CAMcIEAAgCRAAeQkQAAyTDgBlkw4AvpMOAOBuAwBscRAAxXEQAB5yEAB3chAAs1oRAAxbEQCd/xAA9v8QAE8AEQDAYwMAI2ICAOHqDwA66w8AI0wAAF/mAQCAxg4AprkAAKa5AABnmwAA8w4AAOfSAQCtKAAAhhsTANIJEAArChAAhAoQAGDeAQA8TAIASsQPADxMAgCVTAIA7kwCAEdNAgDkbg4APW8OAAAAAACxggMAPGwNAJVsDQAh1gMAl6oMAPZOCABPTwgA3SASAKkmBQD8HwAAXEsJACHWAwDioQEAO6IBAK0oAAAMkw4AlLgDAPbJAwBPygMABicQAF8nEAC4JxAAojARAPswEQCVPxEA7j8RAEdAEQAAeQsAWXkLALJ5CwDkbg4APW8OAJeqDACzsxEADLQRAGW0EQALegsAnFUQABfjBQBw4wUAFY4MANJiEACdxxMA9scTAE/IEwCoyBMAKkoNAEQMAgCH8g8A4PIPAGDeAQD8HwAAsYIDAAqDAwBjgwMAro8CAA36EAAjCQIAfAkCACrRAQCzGAsAS1gOAPZOCABObgIAAu4PAEzVEgCl1RIA/tUSAPbJAwBPygMABicQAF8nEAC4JxAAojARAPswEQCVPxEA7j8RAEdAEQAr1AIAhNQCAOKfEQBcSwkAtUsJAMq6AgBcSwkAvXACANNbCAAKKQsAZ5sAAMCbAAAO9AAAlLgDAA7/AQBn/wEARAwCAIfyDwAjTAAAX+YBAAYnEAAxjgAAYN4BAI3CDwDioQEA/OcCAFxLCQA8TAIAlUwCAO5MAgBHTQIAoE0CAOBuAwCAxg4AprkAAKa5AABnmwAA8w4AAOfSAQCtKAAAhhsTAFpPEACzTxAADFAQAGVQEAC+UBAADfoQAGb6EAC/+hAAs1oRAPRoEQBNaREApmkRAP9pEQBwURAAyVEQACJSEAA8TAIAPEwCADxMAgDshw4ARYgOAOydEABhGQAAsBsBADHwEQA8TAIAl6oMANJiEAArYxAAhGMQAKZUBwDgbgMAgMYOAKa5AACmuQAAZ5sAAPMOAADn0gEArSgAAIYbEwDfGxMAOBwTABaHBAAh1gMAEc8PAB4mAQAeJgEADeUGAMq6AgAWhwQAPEwCAFQ+AgCtPgIABj8CAF8/AgC4PwIAEUACAGEZAABnmwAAI0wAABLfAQBcSwkAPEwCAAYnEABfJxAAuCcQAKIwEQDuTAIAR00CAKBNAgDgbgMAgMYOAKa5AACmuQAAZ5sAAPMOAADn0gEArSgAAIYbEwCFcwIA3nMCABs8EQBnmwAAwJsAAPHbAQAGJxAAXycQALgnEACmuQAAMZkBAA7/AQBn/wEARAwCAIfyDwAjTAAABicQAF8nEAC4JxAAwGMDAPmZEQBSmhEAq5oRAASbEQBdmxEAtpsRAA+cEQAh1gMAAAAAAAAAAADioQEAgvoEAI3CDwBnmwAAWQAAABhWAQDx2wEAWNACAOsWAwCXlQIAX+YBAKa5AAAAAAAAUQYTAJVMAgDuTAIAR00CAKBNAgBrxw8AOgwTAGxxEADFcRAAHnIQAHdyEAA8TAIABicQAF8nEAC4JxAAojARAPswEQCqdg0AA3cNAGDeAQC53gEAEt8BAGvfAQDE3wEAHeABAPMOAAAAbwIAlUwCAO5MAgBHTQIA5G4OAD1vDgCXqgwAs7MRAAy0EQBltBEAYRkAADxMAgCXqgwAs7MRAAy0EQBltBEAwKQRAF/aCAC42ggAEdsIAGrbCADD2wgAHNwIAHXcCADTWwgAI0wAAHxMAADVTAAApZQEADxMAgCXqgwAs7MRAAy0EQBltBEAYRkAAFxLCQCO3AoAO6IBAGdYAgAh1gMA8w4AAFkAAABHTAoALfsHADZ8AgCPfAIAI2ICAJeqDADSYhAALq8RAIevEQDgrxEAObARAPMOAAAxjgAA+OUHAFkAAABEDAIA16kSAOHqDwA66w8Ak+sPAJsEEAAjsAEAh/IPAODyDwA58w8AwJsAAA70AACUuAMAMisQAAAAAAAAbwIAAG8CAGrPDwDDzw8AHNAPALMvBQA8TAIABicQAF8nEAC4JxAAojARAPswEQC4MhEASDgRAKE4EQD6OBEAUzkRAKw5EQAFOhEAXjoRALc6EQAjsAEAfLABAOFwDADzDgAAPEwCACOwAQBJXgUAD6kCAGipAgAN+hAA7a0CAEauAgCfrgIA+K4CADxMAgCXqgwA0mIQACtjEACEYxAAplQHAOBuAwCzWhEADFsRAJeVAgDXlQAAyroCABAaDgD8HwAAl6oMALOzEQAMtBEAZbQRAIVzAgDecwIAXsANAE1UBwCmVAcA4G4DALNaEQAMWxEAl5UCANeVAAA8TAIAwKQRAK0oAAA8TAIABicQAF8nEAC4JxAAXEsJAI7cCgDSVw8AK1gPAGIPEAC7DxAAI7ABAIfyDwDg8g8AT2UKADUTEACOExAAYg8QALsPEADkjxEA8w4AAPwfAAD2TggAh/IPAC37BwAjTAAAX+YBAFQ+AgCtKAAAEO8BAGnvAQDC7wEAWQAAALIAAAALAQAA0H0RAFkAAACQdAIA6XQCAEJ1AgCbdQIA9HUCAE12AgDTWwgACikLACNMAACmuQAAMZkBAA7/AQA6UAkA8w4AADZ8AgDrYhIARGMSAM+9DgDbXQ4ADvQAADxsDQBZAAAAI0wAAF/mAQAjYgIA4eoPADGOAADKugIAXEsJAI7cCgA7ogEA4mkEADtqBAAo3xEAgd8RANrfEQAz4BEAg4MCACxcCABZAAAA4qEBADuiAQBnWAIAPEwCAMBjAwCtKAAAI0wAAF/mAQDbXQ4AxMcPAPwfAADzDgAA59IBAMunAQDTWwgAtBALADxMAgDgbgMAs1oRAAxbEQCd/xAA9v8QAPMOAAA8TAIAAG8CAABvAgA8TAIAI0wAAF/mAQC45gEAEecBAOyHDgBFiA4A7J0QAEWeEACenhAA954QAFCfEACpnxAASbYNALF2CgCrjxAABJAQAF2QEAC2kBAAPEwCANepEgA4ERIArSgAAAyTDgCY2wEA8dsBAKp2DQBNVAcA8w4AADxMAgAqSg0Ag0oNAG7FEQDx2wEAYRkAACNMAAA8TAIAwGMDAOKfEQBcSwkAPEwCAIVzAgDecwIAGzwRAHQ8EQCpaQMA6xYDAGE6AwCmuQAAZ5sAAPZOCAAjsAEAh/IPAFxLCQAjTAAA5owCAD+NAgCYjQIAjHEPAIxxDwCwGwEAZ5sAAMCbAAAO9AAAvXACABZxAgBvcQIAyHECACFyAgC9cAIArSgAABDvAQBp7wEAKasNAIKrDQBj3AMATyIMALgnEACLKxAA7kwCAEdNAgCgTQIAl6oMANJiEAAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQB0UwsAzVMLABAaDgDLpwEA01sIALQQCwBnmwAAMY4AAOKfEQCmuQAAmNsBAPHbAQCb+gYAl5UCAPxsBwDTWwgAtBALAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAVXkAAJeVAgD8bAcAgvoEAK0oAACxdgoAZ5sAAFxLCQBcSwkA5I8RAD2QEQBHTAoAOqgRAJOoEQDkjxEAYRkAAKa5AAAWhwQAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQBZAAAAWQAAAEQMAgBJXgUAprkAAOsWAwCXlQIA/GwHANNbCAC0EAsAprkAADGZAQC61gEAjDkSAF/mAQCnYwEAUc8NAKrPDQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAYRkAALoZAADSvAgAI0wAAOCPBgDSpQ4AW7gCAPMOAADLpwEAZ5sAAGEZAAAjTAAAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQBQzQQAqc0EAIB5BwDZeQcAMnoHAIt6BwDkegcAPXsHAJZ7BwDvewcAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQBf5gEAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBACNMAAAxjgAAXsANADuiAQBnmwAAwJsAACOwAQAxjgAAmNAAADCWAAAxdg4AaJ0JAMGdCQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEASV4FADuiAQDaUAQATVQHAPxsBwAxjgAA2egJAEleBQDtrQIAMY4AAJeVAgD8bAcA01sIALQQCwBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAJeVAgAxjgAAMY4AAIqOAADjjgAAPI8AAJWPAADujwAAmNsBAPHbAQCtzQ8ATA8AAAopCwCY2wEAprkAAGebAACtKAAAEO8BAGnvAQApqw0AgqsNAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAZ1gCAOIPDAA7EAwAaPcBAFxLCQAjYgIAprkAAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEAUM0EAKnNBACAeQcA2XkHADJ6BwCLegcA5HoHAD17BwCWewcA73sHAOKhAQD85wIAVegCAK7oAgAH6QIAYOkCALnpAgDzDgAAK9QCAITUAgCXlQIAX+YBAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAH2FDgDWhQ4AZ5sAAKdjAQCdxxMA9scTAE/IEwCoyBMAAckTAFrJEwCzyRMAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAfYUOANaFDgCmuQAAMZkBAA7/AQBn/wEARAwCAIfyDwAjTAAA/GwHANNbCAC0EAsAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAfYUOANaFDgD8bAcAVW0HAK5tBwAHbgcAYG4HALluBwASbwcA4d8OADrgDgCT4A4A7OAOAEXhDgCe4Q4A9+EOABZmAQB9hQ4A1oUOANeVAAAwlgAAMXYOAGidCQDBnQkAGp4JAHOeCQDMngkAJZ8JAI7cCgDTWwgAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAfYUOANaFDgDzDgAAogUFAPsFBQCH8g8Ap2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBABZmAQB9hQ4A1oUOAKkmBQACJwUAWycFALQnBQANKAUAZigFAL8oBQAYKQUAcSkFAMopBQAjKgUAFmYBAH2FDgDWhQ4ArSgAACOwAQAWhwQA7+AAAE5uAgAWhwQA8w4AAKIFBQD7BQUAh/IPAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAfYUOANaFDgAAAAAAPEwCAAAAAAA8TAIAlUwCAO5MAgBHTQIAoE0CAABvAgBZbwIAWiQEALMkBAAMJQQAZSUEAKp2DQADdw0AjIcRAOWHEQA+iBEAl4gRAPCIEQBJiREAookRAABvAgBZbwIA4G4DAGxxEADFcRAAHnIQAHdyEAAm7xEAwKQRAJjbAQA8TAIAsYIDANmOEQAyjxEAi48RADxMAgAGJxAAXycQALgnEACiMBEABicQANcCEwDVTAAApZQEAP6UBABrhBEAdoURAM+FEQAohhEAqnYNAMDRDQDn0gEArcIOAGebAADzDgAA4G4DAEwPAAAeJgEAOlAJAAYnEABfJxAAuCcQAKIwEQD7MBEAhXMCAGebAADAmwAA8dsBAOBuAwBscRAAxXEQAB5yEAB3chAAI2ICABaHBAA8TAIA4G4DAPwfAAAjYgIA/MQPAGDeAQAr1AIA/GwHADGOAADinxEAO6ARANepEgA4ERIAwJsAAGdYAgAeJgEADeUGAOKfEQBhGQAAPEwCAMBjAwDinxEAXEsJADxMAgCpaQMAAmoDAA7dBgATIxEA4I8GADmQBgAjYgIAfGICANViAgCDgwIAmNsBABAaDgCFcwIA3nMCAALuDwBM1RIApdUSAB+5BwAqSg0AGFYBAHFWAQCqCAMA4qEBAFxLCQDkjxEAwJsAADxMAgDgbgMAWQAAAEdMCgAt+wcA4qEBADYADwCxdgoAZ5sAAFxLCQA8TAIAlUwCAAyTDgCY2wEAl6oMALOzEQAMtBEAZbQRAIVzAgDecwIAAu4PAEzVEgCl1RIAXycQALgnEACpaQMA6xYDAGDeAQD8HwAA5XwQANMuDAAsLwwAh6YAADCWAADLCwMATVQHAAAAAACtKAAAmNsBAPKFAgD45QcAOlAJAO/gAADTWwgAmNsBAA+pAgAAAAAAZ5sAAMCbAAAO9AAAlLgDACNMAABf5gEAuOYBABHnAQCmuQAA6xYDAGDeAQD8HwAA7+AAAE5uAgAC7g8ATNUSAKXVEgD+1RIAI0wAAF/mAQC45gEAEecBAKa5AADrFgMAYN4BAPwfAADaUAQAO6IBAGdYAgA8TAIABicQAF8nEAC4JxAAqWkDAOsWAwBg3gEA/B8AAOV8EADTLgwALC8MAIemAAAwlgAAywsDAE1UBwAAAAAArSgAAJjbAQDyhQIA+OUHADpQCQDv4AAA01sIAJjbAQAPqQIAAAAAAGebAADAmwAADvQAAJS4AwAjTAAAX+YBALjmAQAR5wEAprkAAOsWAwBg3gEA/B8AAO/gAABObgIAAu4PAEzVEgCl1RIA/tUSACNMAABf5gEAuOYBABHnAQCmuQAA6xYDAGDeAQD8HwAAwxIOABwTDgB1Ew4AzhMOACcUDgCAFA4A2RQOAABvAgBZbwIAwxIOABwTDgCXqgwAs7MRAAy0EQBltBEAAG8CALGCAwAKgwMAnAcRAPUHEQBOCBEApwgRADxMAgCFcwIASOEAAMfzBQAg9AUAI0wAAF/mAQBhGQAAPEwCAAYnEADQchAA8w4AAEwPAAC0EAsAPEwCALGCAwAKgwMAnAcRAPUHEQBOCBEApwgRADxMAgCFcwIASOEAAMfzBQAg9AUAI0wAAF/mAQBhGQAAPEwCAAYnEADQchAAI7ABAHywAQAjYgIAPEwCALGCAwAKgwMAnAcRAPUHEQBOCBEApwgRADxMAgCFcwIASOEAAMfzBQAg9AUAI0wAAF/mAQBhGQAAPEwCAAYnEADQchAAIdYDAHxMAAA7BBMAlAQTAO0EEwCY2wEADMAKAO/gAABObgIAI2ICADH7EgA8TAIAl6oMANJiEAD5TQIAUk4CAKtOAgAETwIAXU8CAAAAAAA8TAIAsYIDAAqDAwBY0AIAC/QOAGT0DgC99A4AFvUOAOBuAwDCiRAAG4oQAHSKEADNihAAJosQAH+LEADgbgMAwokQABuKEAB0ihAAzYoQACaLEAB/ixAAl6oMANJiEAD5TQIAUk4CAKtOAgAETwIAXU8CAA36EABRBhMAwGMDAO6NEADm5AoA15UAADGOAADAYwMA7o0QAObkCgDXlQAAMY4AANnoCQA8TAIADfoQAFEGEwCqBhMAAwcTAFwHEwC1BxMADggTAGcIEwDACBMA15UAACOwAQAjsAEAPEwCAOyHDgBFiA4AnogOAPeIDgDZjhEAO6IBAGdYAgA8TAIAqnYNAE1UBwBf5gEA5FgMAPMOAACtKAAAI0wAADxMAgCpaQMAAmoDAA7dBgATIxEAbCMRAMUjEQAeJBEAZ1gCALMYCwAMGQsAPEwCAKlpAwACagMADt0GABMjEQBsIxEAxSMRAB4kEQCY0AAA8w4AAPwfAABcSwkAPEwCANepEgAwqhIAIdYDACMJAgCqBhMA8KoMAFxLCQA8TAIAwKQRAK0oAAA8TAIAqnYNAAN3DQBhGQAAZ5sAAMCbAAA8TAIAl6oMANJiEAAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEA4G4DALNaEQAMWxEA3dQCADbVAgA8TAIABicQAOCPBgDSpQ4AK6YOAISmDgAN+hAAZvoQAA36EABm+hAAv/oQABj7EACpaQMA6xYDALwoEwAVKRMAbikTAMcpEwAgKhMAeSoTANIqEwArKxMADfoQAGb6EADAYwMAI2ICAOHqDwCqCAMAdFMLAJeqDADSYhAAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAIVzAgDecwIAGzwRAHQ8EQAGJxAA1wITANVMAACCoQQARYgOAJjbAQDx2wEAWNACACNMAAA8TAIAqWkDAOsWAwC8KBMAFSkTAG4pEwDApBEArSgAADxMAgAGJxAA1wITANVMAACVTAIADJMOACOwAQAjsAEAfLABAO/gAADioQEAO6IBAGdYAgA8TAIAl6oMANJiEAAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQCY2wEA2Y4RADuiAQBnWAIAPEwCADBeAwCJXgMA4p8RAFxLCQAjsAEASV4FADuiAQBnWAIAPEwCAMCkEQCtKAAAPEwCAAYnEADXAhMA1UwAAJg9EwDxPRMASj4TAKM+EwD8PhMAVT8TAK4/EwAHQBMAYEATALlAEwASQRMAa0ETAMRBEwAAbwIAWW8CAAaLEQDinxEAuhkAAEVSAQB8TAAA1UwAAKWUBAA8TAIAl6oMANJiEAAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAwKQRAF/aCAC42ggAEdsIAGrbCADD2wgAHNwIAHXcCADZxg4AMscOAIvHDgDkxw4AaucBAAAAAAAAAAAAAAAAADxMAgDltA0AP5YTAJiWEwDxlhMAqnYNAAN3DQBDdhMAnHYTAPV2EwBOdxMAp3cTAMBjAwBtHAkAXEsJABaHBAAxjgAAyroCAGEZAAA8TAIAwGMDAG0cCQBcSwkAKkoNAGEZAAA/lhMAmJYTAPGWEwCqdg0AA3cNAEN2EwCcdhMA9XYTAE53EwCndxMAwGMDAG0cCQBcSwkA8w4AACvUAgCE1AIA2egJADLpCQAidQMA4g8MAB4mAQA8TAIAqnYNAAN3DQBDdhMAnHYTAPV2EwBOdxMAp3cTANepEgB8YgIA4PMHAHwUAwAjsAEAh/IPAKp2DQADdw0AQ3YTAJx2EwD1dhMATncTAMBYAgA8TAIAInUDAOIPDAA7EAwA5bQNAD+WEwCYlhMA8ZYTAKp2DQADdw0AQ3YTAJx2EwD1dhMATncTAKd3EwBZAAAAGFYBAHFWAQCqCAMA4qEBAFxLCQDkjxEAwJsAABAaDgAr1AIA4I8GANKlDgCXlQIAX+YBAGdYAgAWhwQAIdYDAKguBQABLwUAWi8FALMvBQCFcwIA4qEBAE1UBwB8TAAAPEwCAJeqDADSYhAAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAAG8CAFlvAgBJzA8A0HIQAAzsDgCxggMACoMDAMCbAAA8bA0AlWwNADxMAgAqSg0Ag0oNAD8cEABZAAAAHiYBADxMAgCXqgwAs7MRAAy0EQAAAAAAZbQRAJFfEQC+OwYADeUGAOKfEQBcSwkAPEwCAJVMAgDuTAIAR00CAKBNAgCFcwIA4qEBAE1UBwB8TAAAPEwCAJeqDADSYhAAK2MQAIRjEACmVAcAqWkDAAJqAwBbagMAwXsOABp8DgAafA4A23MQACrRAQDGMgsAHzMLAHgzCwAlRREAfkURAFkAAAAYVgEAcVYBAK66DgAHuw4AYLsOALm7DgA2bxEAqWkDAAJqAwCRXxEA6l8RAENgEQCcYBEA9WARAE5hEQBJXgUANgAPAI8ADwAt+wcAFocEAKa5AAD/uQAAdBsOAM0bDgAmHA4AKasNAIKrDQBnmwAAwJsAAA70AACUuAMAInUDAMBYAgAxjgAA1wITANVMAACllAQA/pQEAMBjAwAZZAMA35YOAAYnEABfJxAAuCcQAIsrEADuTAIAR00CAORuDgA9bw4A0HIQAAzsDgDgbgMA/B8AAGebAAAGJxAA1wITANVMAACVTAIAhhsTAN8bEwA4HBMAkRwTAOBuAwCzWhEADFsRAN3UAgA21QIAPEwCAAYnEADgjwYA0qUOACumDgCxggMACoMDAA36EACY2wEAPGwNAJVsDQA8TAIAHiYBAA3lBgCqCAMAdFMLAAyTDgCY2wEAPEwCAB4mAQB3JgEAmNsBAPHbAQCqdg0AA3cNAK0oAAAMkw4AmNsBAB4mAQAN5QYAl5UCAPxsBwDTWwgAZ5sAAC37BwD7zQcAI0wAAPxsBwDTWwgAtBALADxMAgCVTAIA7kwCAEdNAgCgTQIAlUwCAAyTDgCY2wEAPEwCAAYnEAAxjgAAYN4BANcCEwDVTAAApZQEAP6UBABrhBEAdoURAM+FEQAohhEAlUwCAO5MAgBHTQIAY7kQALy5EAA8TAIABicQAF8nEAC4JxAASq4NAKOuDQD8rg0AVa8NAK6vDQAHsA0AYLANALmwDQCZ9AQA8vQEAJFfEQDqXxEAZsQDAL/EAwCH8g8Aud4BAHX8EwDO/BMAV54VAKqMDwAWhwQAQNMBAIM+FABevxUAXEsJAANBAAAn/RMAgP0TAIM+FADo3hMA604AAPxfFgBevxUAXEsJAF6/FQBevxUAXEsJAIM+FACEmhUAXr8VAPxfFgBnWAIAVSAAALAbAQD8XxYAsBsBAPM4FADzOBQAXEsJAOSPEQBgIQAAsBsBAErRAABK3AEAWNkTAFjZEwBevxUAStwBAF6/FQBVHhAAPvcTAJf3EwAzqBQAdfwTAM78EwCj+xQA/F8WALwJAACDPhQAPvcTAJf3EwCwGwEAufITAO1zFQBGdBUAJl4UAGdYAgDzOBQAxjwUAB89FAB1/BMAzvwTAD/6FAAeJgEAUQYTAPM4FAC4+hMA8zgUALQQCwAK8BUAM6gUAIM+FABGGxUAXr8VALwJAAC8CQAAchQUAMsUFAAkFRQA/F8WAPMOAAAmBRQAfwUUACYFFAB/BRQAZ2wUAPxfFgAM7A4A9skDAFxLCQBonQkAXEsJAHIUFADLFBQA+M0VALAbAQByFBQAyxQUAPjNFQBVIAAAdfwTAM78EwDakwIAPEwCAMDRDQCDPhQAIdYDAAzsDgAM7A4APEwCACNMAADzOBQAEAMUAFMBFAB24AEAVWAWAFVgFgBTARQAigYUAOMGFAA8BxQAt8ANAGnBDQCDPhQA/YYCACYFFAB/BRQA8zgUAFMBFACsARQAJgUUAINJFQAmBRQAg0kVAKBsFQDzOBQAWxoUADxMAgCEmhUAzcEVAIrDFQB9FRQAPEwCAMwiFgAlIxYAD5wRAH0VFADWFRQAufITAH0VFACiDw4APEwCAHIUFADLFBQAchQUAMsUFAByFBQAyxQUAIKqFQAzqBQA1yMWADAkFgA2fAIAUwEUALnyEwAmBRQAfwUUADZ8AgBcSwkAPEwCAPxfFgA8TAIAzCIWACUjFgCUDxQAfSsWAIM+FAAh1gMAgz4UAOveBQDr3gUA694FACHWAwDZ6AkAOBESAHkrCwA4ERIAHiQRAB4kEQAjTAAATfoOAH9pFQDKHBQA9gEBAPMOAADzDgAAkh8UAO0EEwD2AQEAgVkVAPMOAADtBBMA8zgUAPM4FADzOBQA8zgUAPM4FAC58hMAufITAPM4FADzOBQA8zgUAPM4FADzOBQA8zgUALnyEwC58hMAufITAPM4FADzOBQA8zgUALnyEwC58hMA1CUUALnyEwC58hMA8zgUAPM4FADzOBQAPEwCADxMAgA53BUAvAkAADncFQC8CQAAsioUAFA7DwA8TAIA/F8WAPxfFgC8CQAAa5ECALw+FQBrkQIA/F8WAPncDwD8XxYAob0VAPxfFgChvRUA9JQVAPxfFgChvRUA/F8WAKG9FQD8XxYAob0VAPxfFgCyKhQAY5cVAMBjAwD8XxYA/B8AAKG9FQBjlxUAob0VALw+FQDakwIA/F8WAPwfAACY2wEAxjILADxMAgDzDgAA8w4AAPM4FADzOBQAI7ABAH0rFgByFBQAyxQUACHWAwCDPhQA/F8WAPMOAABiOxQAPEwCAJIWAwD8HwAAFocEALMYCwBhGQAAXEsJAAG0CQBcSwkAmpwVALwJAAAzqBQA6N4TAH0VFADWFRQA9xoEAHIUFADLFBQA+M0VAKZUBwD8XxYAPEwCADxMAgB9FRQA1hUUABnSDQCDPhQA/K0VAH0rFgDzDgAADbkCAO/gAADv4AAA7+AAAPxfFgDv4AAAa5ECAN0gEgD8XxYADbkCAPxfFgD4rgIAob0VACGRFQB6kRUAmEgUAPxfFgBRJxYAqicWAFy7AwCwGwEA/F8WALRoEwC8CQAA/F8WAFkAAABhGQAA5I8RAOjeEwAWhwQA/kQVAFkAAAChvRUAvAkAAPxfFgBGGxUAvAkAAIM+FAC8CQAAvAkAAM//FACDPhQA6N4TACvUAgAWhwQA2VYUAND5BAAu0gQAw1QUADjbBABVYBYAbRwJALnyEwDtcxUARnQVANyiFQANzwQAchQUAMsUFAD4zRUAwGwUALnyEwD8XxYAfd8GAALOBABVoxQAufITAPM4FADzOBQAchQUAMsUFADzOBQAxjwUAB89FABMDwAAgz4UAGN3CgCH8g8Agz4UAEBLFQBASxUAgz4UAMB3FQClORQAyyEFADxMAgCDPhQAMV8UAErcAQD8XxYAPEwCADxMAgA8TAIAVWAWADxMAgDo3hMA/F8WADxMAgCDPhQAfSsWAMY8FAAfPRQAwsENAHLeBgDrKhUAzbcMAGIPEAD8XxYAuW4HAPxfFgDdhQsAWYMUAGAhAACDPhQAMV8UAIpfFAD6CxUA/F8WACvUAgCH8g8Agz4UAISaFQD2AQEA6yoVAFWjFACWCw0AY7sAACNiAgA8TAIAufITAO1zFQBGdBUAchQUAARuFQBiDxAA/PsUAOjeEwDzDgAAsBsBAANrFADQ9xQAKfgUAPoLFQAjTAAAufITAO1zFQBGdBUA3KIVADWjFQD6CxUAI0wAAPoLFQAjTAAAuuoTAOB3FAD8XxYAPEwCAPxfFgA8TAIAgz4UAISaFQAzqBQAgz4UAMJcFAAbXRQAdF0UANzwFAA8TAIASAAUAIM+FADzOBQAxjwUAB89FADIhRQAeAcHAOjeEwAK8BUAGdINAFVgFgDzOBQAVWAWAPM4FAD6ABQAIdYDAGKUFAC7lBQAFJUUAMJcFAAbXRQAdF0UAM1dFABA8hQAYpQUALuUFAAUlRQAuuoTAKVRBgC58hMA7XMVAEZ0FQDcohUANaMVAHk2DAD8XxYAK9QCAPxfFgDrKhUA6N4TAOveBQACzgQAP6EUAF/mAQDzOBQAxjwUAB89FABTDBUAYCEAALnyEwDtcxUARnQVAPxfFgAh1gMA3KIVADWjFQCUBQsA+gsVACNMAAClkhQA/pIUAFeTFACOoxUAuW4HAKWSFADzOBQAh4IVALnyEwBVYBYA8zgUAMY8FABVYBYAh/IPADxMAgB9KxYAxjwUAB89FAAE3wcAgz4UAISaFQD8XxYAF5QOAIM+FAD8XxYAWp4HAB+hFQATqBUAufITAFVgFgAmBRQAfwUUAFxLCQBg/RQAYpQUALuUFAAUlRQAfSsWAMY8FAAfPRQA2VYUACvUAgA/oRQAh/IPAB+hFQD8XxYAh/IPADxMAgCOShUAXEsJAKoIAwAfoRUAeKEVANGhFQC66hMAsBsBAIM+FAD8XxYAP6EUANByEADo3hMAP6EUABAaDgC58hMAH6EVALnyEwAfoRUA8zgUAFVgFgBVYBYAVWAWAPM4FADGPBQAHz0UAMJcFAAbXRQAdF0UAA4eFQCOoxUA56MVAOsqFQBgIQAAzV0UABltFAAfoRUAeKEVANGhFQAqohUAfSsWAKU5FAA+ZhYA12YUADBnFAA+ZhYApZIUAB+hFQC58hMA7XMVAEZ0FQC58hMA7XMVAEZ0FQD8XxYAJHkVANtdDgD8XxYAh/IPAPxfFgCmEQkA6N4TADxMAgBK3AEAsBsBAIM+FADAdxUApTkUAP8xFAAAAAAAXEsJAAAAAACuYBYAgz4UAMB3FQClORQA/zEUAAAAAABcSwkAAAAAAPxfFgD8XxYAV54VAPxfFgBXnhUA/F8WAFeeFQCuYBYA/F8WAEBLFQBVYBYA8zgUAPM4FADGPBQAHz0UAIM+FACiDw4AhJoVAAzsDgC58hMA7XMVAEZ0FQA+UBQA/F8WAKG9FQAjTAAAJwgVAARuFQBtHAkADncVAGd3FQD4zRUAFocEAB+hFQB4oRUA0aEVAIM+FACDPhQA7CIVAPM4FADGPBQAHz0UAMSQCgAAAAAADNUUAGXVFAC+1RQAAbQJAIeCFQDgghUAOYMVAPxfFgC66hMA210OAA4KAwCH8g8Agz4UAPxfFgD+RBUAl58LALrqEwD8XxYAtBALADOoFAByFBQAyxQUACYFFAB/BRQAufITAO1zFQBGdBUA4mkEAIM+FAD8XxYAqc0EAPM4FADzOBQAxjwUAB89FABcSwkAYCEAAPM4FABSbRUA8zgUAMY8FAAfPRQAWUAWAAAAAAC58hMA7XMVAEZ0FQCDPhQAMV8UAIpfFADo3hMAgz4UAL4ZCwDrKhUA6N4TANAmAQAAAAAA/F8WAOsqFQDo3hMA0CYBAP/jFAC58hMA7XMVAEZ0FQDAdxUApTkUAPxfFgCDPhQA8zgUAMY8FAAfPRQA/F8WABaHBAABLRUAPEwCAB/vFADzOBQA9gEBABKQCgAjTAAA/K0VABaHBABK3AEA/F8WAMCbAABASxUA4mkEAEJGFgDtcxUARnQVANyiFQA1oxUA/KIUADxMAgA8TAIAgz4UAPjNFQDWKxYAsBsBADOoFAA8TAIAP/oUAE1UBwAxXxQAil8UAPyiFAA7ogEA/+MUAFjkFACx5BQAXEsJAAAAAAAAAAAAAAAAAPxfFgDrKhUAAAAAAAAAAAAAAAAAP/oUAJcCFQAjTAAAPEwCALAbAQD8XxYAob0VAOsqFQBcSwkA8zgUAFWjFABVoxQA8zgUAKU5FAD2yQMACvAVAH0rFgClORQA694FALnyEwAS8xMA694FAGebAAAjTAAAxhwJAPxfFgAxjgAAxhwJAFVgFgDOBxUA/KIUAHIUFADLFBQAgqoVADFfFACKXxQAchQUAMsUFACCqhUAMV8UAIpfFAAjTAAAI0wAAFmDFAAq0QEAh4IVAOCCFQA5gxUA+gsVAPxfFgAWhwQA8zgUAPxfFgCpzQQA8zgUAMY8FAAfPRQA4xEVADwSFQDr3gUA694FAPxfFgCpzQQAqc0EAHLeBgCOShUA6N4TAAAAAAD8XxYA/F8WAGebAABinxUAPEwCAIM+FACpzQQAJHkVADxMAgDAbQwAZ1gCAMsfFQAkIBUAWQAAAFkAAAC5bgcAgz4UADxMAgD8XxYA/F8WAGEZAAC58hMA7XMVAEZ0FQApnxQAF5QOAA3PBADzOBQAxjwUAB89FAAN+hAAchQUAARuFQDcSRUARhsVALQQCwBGGxUARhsVAFxLCQBhGQAAE6gVAHIUFAAEbhUAyxQUALnyEwCDPhQARhsVAJ8bFQD4GxUACvAVABgnFQB+cRUA8zgUAKnNBACDPhQAjjULANs8CwBKxA8AjAEVAOUBFQBKxA8ASsQPAKJHCwChABQAF5QOAIM+FAD8XxYA/F8WAEBLFQAjTAAAgz4UAPxfFgBRBhMAgz4UALAbAQA8TAIAgz4UAD+hFADWeRUAYRkAAANrFAAK8BUAM6gUAPxfFgD8XxYA/F8WAGEZAABhGQAAYRkAADOoFAD8XxYA/F8WAGEZAABhGQAAYRkAAGEZAABhGQAA8zgUAMY8FAAfPRQA/F8WADxMAgD8XxYAPEwCAPxfFgCwGwEAvD4VALAbAQA8TAIA/F8WALwJAAC8PhUAvAkAACR5FQCW9BIAvD4VACHWAwCZpBUAAAAAABaHBABuPxUAFocEAPxfFgAkeRUArHAWAIM+FACscBYA/F8WAKxwFgDzOBQAxjwUAB89FAD8XxYAXpMRALAbAQDo3hMA8w4AAPMOAADo3hMAh/IPACR5FQAh1gMA/F8WACHWAwC58hMA7XMVAEZ0FQDzOBQAxjwUAB89FAA8TAIA8dsBAPxfFgA8TAIA/F8WAIM+FABEKxUAPEwCALAbAQCDPhQA/F8WABaHBAA8TAIAStwBAFZNFQCwGwEAzVMLAArwFQCDPhQAXEsJALwJAAD8XxYAvD4VAAAAAAAmBRQAg0kVAKBsFQCYogwAJgUUAH8FFACYogwA3UEVAJiiDACYogwA8zgUAFJtFQCYogwAX+YBAHIUFAAEbhUA2wMWALwJAAA8TAIAJgUUAH8FFABnbBQAUQYTAPM4FADGPBQAHz0UACiyFQCDPhQAzRoWAISaFQB0GhYAgz4UAIM+FACBWRUA2lkVADNaFQCBWRUA2lkVADNaFQCMWhUA5VoVAIFZFQDaWRUAM1oVAIxaFQDlWhUAhJoVAPM4FADGPBQAHz0UACiyFQCDPhQAzRoWAISaFQB0GhYAgz4UACi+DgCDPhQAI0wAAKoIAwAjTAAAfSsWAMY8FAAfPRQAgz4UAHRoFQBcSwkAFocEALm7DgAh1gMAE6gVAHepFQDNwRUAsioUAA4KAwAEbhUAa8cPADxMAgCtzQ8AAAAAABAaDgAAAAAAg0kVALdmFQAQZxUAaWcVAHEyFgDKMhYAxjwUAB89FAA8TAIAvAkAAOveBQDr3gUACvAVADxMAgC58hMAPEwCAIM+FAAh1gMAgz4UAOFxBAChvRUAob0VAA36EACDPhQA/F8WADxMAgByFBQAyxQUAH0rFgDGPBQAHz0UAH0rFgA8TAIAXEsJAPxfFgBcSwkAwmcVAHhUDgC0EAsAvAkAAArwFQBE3wUA5QwWALRqAwD2AQEA/zEUACYFFAB/BRQAasQOABOoFQB3qRUAXHcNADxMAgAYgBUAXHcNAM3BFQCKwxUAtOMOACMJAgC58hMA7XMVAEZ0FQA8TAIA/F8WAPxfFgB9KxYAK9QCACvUAgB9KxYAfSsWAFxLCQDXDRQAMA4UAAGGFQDKHBQAufITAPM4FAClORQAGVkCAMBjAwDn0gEAfRUUALnyEwAzUQQAIwkCAHLeBgBA3QoA3lwIAGdYAgD2/xAATfsGAFxLCQD8XxYAh/IPADncFQCSFgMAlp0CAJIWAwCWnQIABpgCAM23DABVYBYADgoDABOoFQD8XxYAvAkAADxMAgAjHRQA/B8AADNRBADMIhYAPEwCAPxfFgBTARQAduABAPxfFgAK8BUAHWMWAETfBQD8XxYAIdYDACHWAwAh1gMAIdYDAIM+FADr3gUAEm4PADxMAgCDPhQAPEwCAM3BFQCKwxUAd0UUADxMAgDLeBUApTkUAFF1FQA8TAIAI0wAACvUAgBXnhUA8w4AAIfyDwC58hMA7XMVAEZ0FQABtAkA8zgUAMY8FAAfPRQAjqMVAOejFQAxXxQAil8UADFfFACKXxQA8zgUABJuDwA0qxUAisMVADxMAgDDxA4AtH4VAP2lFQBHQBEAXr8VAC/TFQAPqQIAWQAAACHWAwCDPhQAPEwCABJuDwAAAAAA2AUUAKcIEQDNwRUAYg8QAIM+FADCXBQAXr8VAMcIEADNwRUANnwCAPxfFgA8TAIA9skDACYFFADdmhUAgz4UAIjTFQA2AA8A4p8RADxMAgCKwxUA2skPAGEZAADNwRUAisMVANrJDwAPqQIAzcEVAIrDFQDayQ8AchQUAMsUFAD4zRUAqs4VAHaxFQDPsRUAjLMVAM3BFQCKwxUA2skPAM3BFQCKwxUA2skPAM3BFQCKwxUA2skPAHIUFADLFBQA/XkRALsPEAByFBQAU2UVAH0rFgBSbRUA/F8WADxMAgCtKAAArSgAAGdYAgC9cAIAWNkTAIu7FQCMcQ8AhJoVADxMAgD8XxYAPEwCABHnAQDUiRUAYg8QADxMAgA8TAIAcwwUADOoFADXIxYAyxQUAGvHDwAh1gMAPEwCAOMzEADVsAEADJMOACiyFQDzOBQAZ1gCAISmDgAoshUAIdYDACiyFQAh1gMAgz4UADxMAgDNwRUAisMVAPxfFgByFBQAyxQUAPjNFQCVbA0APEwCADxMAgA8TAIAZ2wUADxMAgCKahUA+zARAPMOAAALWBAAJgUUAIM+FAA8TAIAufITAPl4DgBcdw0AWUAWAAAAAABcdw0AKX4RAGyoFQDxww8AytkVADOoFACJchUAfSsWAKU5FADNwRUAojARAFjZEwAzqBQAbKgVADOoFADK2RUAM6gUAM3BFQCKwxUAkoMVAE9lCgAjTAAAXBIUAPMOAAA8TAIAXHcNAHMMFAA8TAIA3EkVAA+pAgB90hUAfxsWANgbFgAWhwQAlWwNACI7FgA8TAIAPEwCAPxUFQAjCQIA/F8WAA1/FQANfxUADX8VAA1/FQBnWAIAZ1gCAJ6pEQA8TAIAchQUAHviFQDNwRUA7h0WAM3BFQD7MBEAPEwCAF6/FQAlyhUAchQUAN2aFQA8TAIAiNMVAOHTFQCAExYAOtQVADxMAgA8TAIAzcEVAPswEQBevxUAJcoVAHIUFADdmhUAPEwCANKZFQByFBQAyxQUAH0rFgClORQAPEwCABOoFQB3qRUACvAVAArwFQD2AQEAzHAVAJvtFQB+cRUA1AQRAA1/FQANfxUADX8VAA1/FQA8TAIAfdIVAI1HFAB9FRQARRgUAJVsDQATIxEA2pMCAEceFgBTZRUAXr8VAIM+FABSHxYAgz4UAIM+FAA8TAIAgz4UADxMAgA8TAIAgz4UAIM+FAA8TAIAgz4UADxMAgAMyhMACvAVACHWAwCMcQ8AjHEPADxMAgAXlA4AiNMVAOHTFQCoABEAXEsJAN8bEwByFBQAyxQUABeUDgCI0xUA4dMVAKgAEQBcSwkA3xsTAIC6FQDZuhUAchQUAARuFQCgbBUAAAAAAIM+FACDPhQA9skDAPM4FADNwRUAoEARAOQJFQAEbhUA2wMWAMMRFgB9KxYAUm0VACHWAwA9ChUA+M0VAF/mAQD8XxYAB5ACAFkAAAAoshUAzcEVAKBAEQAjTAAA8zgUAFxLCQA8TAIAchQUAMsUFADfGxMAv/oQACHWAwAh1gMAKtEBACrRAQAq0QEAKtEBAIM+FADNtwwAIdYDAOarFQAq0QEAPEwCADxMAgA8TAIAAAAAAAAAAADNwRUA7h0WAHIUFADLFBQA3xsTAHQ8EQD8XxYAzcEVAF/mAQD8XxYAzcEVAMwiFgAlIxYAgz4UADxMAgA8TAIAFocEAFxLCQBnmwAAPEwCAH3SFQB/GxYA2BsWADEcFgCKHBYA4xwWADwdFgAh1gMAchQUAMsUFACCqhUAiNMVAOHTFQDFqBUAHqkVAArwFQAK8BUACvAVAArwFQDNwRUAXHcNAFMBFAB24AEAWW8CAHIUFAAEbhUAEMAVAH0rFgDGPBQAi7sVAJQlFgDtJRYARiYWAJ8mFgB9KxYApTkUAM7cCAB9KxYAgz4UACHWAwAZKhYAIdYDAIfyDwD0BBAAjLMVAJLzDwDzOBQACvAVADHDFQA8TAIAWW8CAI0EFgCNBBYAWW8CAD+sFQAbXRQAJBUUADxMAgAK8BUAIdYDAM3BFQAeAhYANnwCAOwiFQD8XxYA8w4AAPxfFgB9KxYAUm0VAPMOAADNwRUAojARAIu7FQCUJRYA7SUWAEYmFgCfJhYA+CYWAIyzFQCLuxUAlCUWAO0lFgBGJhYAnyYWAPgmFgBcSwkAJgUUAH8FFABY2RMAKX4RACi+DgBcSwkAjOARADxMAgCs4BAAWW8CAFlvAgAK8BUAAAAAAAAAAACwGwEAcwwUAPxfFgCwGwEAhJoVALAbAQCEmhUAJgUUAINJFQCwGwEAzcEVAIrDFQByFBQAyxQUALnyEwDtcxUARnQVADxMAgC58hMAufITALnyEwBilBQAufITALnyEwC58hMAufITACYFFACDSRUAufITAGKUFAC58hMA+HQVALnyEwD4dBUAufITAPh0FQCHghUA+HQVALnyEwD4dBUAufITAPh0FQAFWxQA+HQVALnyEwD4dBUAchQUAMsUFAAAAAAAUxcWAIjTFQDh0xUAhjwWABsaFgDNwRUAAAAAAD5QFAChFhYAAAAAAPxfFgDNwRUA/F8WAIjTFQDh0xUAAAAAADZ8AgAoshUA/tUSADxMAgB9KxYAKLIVAP7VEgDNwRUAisMVAPxfFgAK8BUA8zgUAOveBQAoshUA694FAM3BFQCKwxUA/F8WAArwFQDzOBQA694FACiyFQDr3gUAYFYVALlWFQASVxUAfSsWAFJtFQBZbwIADOwOAAzsDgAM7A4APEwCACHWAwCDPhQAYRkAAIfyDwB9FRQAWoYVACPaFQAj2hUAfRUUANYVFADZ6AkAuWEWACHWAwAh1gMA8w4AAPMOAAAdTRQAgz4UAHwJAgC58hMA/F8WAL/6EAA+ZhYAv/oQAPxfFgC58hMA6N4TAPxfFgDo3hMAufITAO1zFQDo3hMArWgWAAZpFgC58hMAIdYDALR+FQCDPhQAPEwCADxMAgA8TAIArHAWADxMAgA8TAIAPEwCAKxwFgA8TAIAi+kJAKxwFgD8XxYAp3cTADxMAgA8TAIArHAWAIM+FADCXBQAG10UAHRdFAC58hMAFmYBAF6/FQAlyhUAPEwCAH0rFgClORQAchQUAMsUFAD4zRUAtGoDAHN8DgCYBRYA5QwWAIfyDwAdWBUAg0kVAKBsFQBiDxAA8zgUAFJtFQBiDxAA/F8WANnoCQA+UBQA1nkVAM3BFQCKwxUAchQUAARuFQDbAxYA/F8WAOjeEwCEpg4AYRkAAPxfFgC0EAsAchQUAMsUFAD4zRUAjcIPAD5QFAChFhYAchQUAHviFQDNwRUAojARAPxfFgA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAgAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAIAAIADAACAAAAAgAIAAIADAAAAAAAAgAAAAIACAACAAAAAgAEAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAAACAACAAAAAgAAAAIADAACAAAAAgAIAAIAAAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAAAAIABAAAAAwAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAAAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAIAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAAAAgAMAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAAAAAwAAAAMAAIADAACAAAAAgAMAAAADAAAAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAQAAgAMAAIADAACAAAAAgAMAAIABAACAAgAAgAMAAIADAAAAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAQAAgAIAAIADAACAAAAAgAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAIAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAIAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAIABAACAAgAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAAAAACAAwAAAAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAABAACAAgAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAgAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAIAAIAAAACAAwAAAAMAAAABAACAAgAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIAAAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAIAAIADAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAgAAgAMAAIAAAACAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAEAAIACAACAAwAAgAAAAIABAACAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAAAMAAIABAACAAgAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAwAAgAEAAIACAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIACAACAAwAAgAMAAIADAACAAAAAgAEAAIACAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAgAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAIAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAADAACAAAAAgAMAAAADAAAAAAAAgAMAAIAAAACAAwAAAAMAAIABAACAAAAAgAEAAIABAACAAAAAgAAAAIADAACAAQAAgAIAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAIACAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAQAAgAIAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAACAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAgAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAACAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAAAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAIAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIABAAAAAAAAgAAAAIADAACAAAAAgAMAAIABAACAAgAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAABAACAAAAAgAMAAIABAACAAgAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAAAAACAAwAAgAMAAAAAAACAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAEAAAABAAAAAQAAgAAAAIABAAAAAQAAAAAAAIABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAAAEAAIACAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIABAACAAgAAgAMAAIABAACAAgAAgAMAAIAAAACAAQAAgAEAAIACAACAAwAAgAAAAIABAACAAwAAgAEAAIACAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAIAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAADAACAAAAAgAEAAIABAACAAwAAAAEAAAABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIACAACAAwAAgAAAAIABAACAAgAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIACAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAAAAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAAAAIACAACAAgAAgAAAAIAAAACAAwAAgAIAAIAAAACAAgAAgAIAAIACAACAAgAAgAIAAIACAACAAAAAgAIAAIACAACAAAAAgAAAAIAAAACAAAAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAQAAgAIAAIADAACAAwAAAAMAAIADAAAAAwAAgAMAAAADAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAwAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAACAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEDAAAAIAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEDAAAAIAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEDAAAAIAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAEAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAIAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAgAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABAwAAACAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEDAAAAIAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABAwAAACAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABAwAAACAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgBAAgAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAIAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABAwAAACAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQMAAAAgACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAgABAAIoAAAABAAAAAAAAAAAAAAAAAIgAEBAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAEAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAACAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAABAAAAAAAAIAAQAADAAAAAgAAAAEAAAAIByhAABQECgQgABAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAUEAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAEAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAIAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAigAAAAEAAAAAAAAAAAAAAAAACAAQEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAQAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQAAAAAAACAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAACAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAIAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAQBAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAABAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAQAAAAAgAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEABAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAEACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAhAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAACIAAAABAAAAAAcoQCAQBAoEIACQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAACEAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAABAAAAAAAAIAAQAADAAAAIgAAAAEAAAAIByhAIBQECgQgAJAAACAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAEDAAAAIAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABAwAAACAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACACAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAEAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAJAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAARAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAARAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAgAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAABAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEBEAAAAAHAAAAAAAAAAAqAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABAwAAACAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAEAAACAYAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADCAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAABAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAwAAAAAAAAAAAAAAAAAAAAgAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAQAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAADAAAAAAAACABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAwAAAAAAAAgAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAQAAAAAYAAABAAAAADAAAAAAAAAAAAAAAIAAAAAABAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAAByhAABAECgQgABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEKAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAQAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAJAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAQAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAEAAAAAAAEAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEDAAAAIAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAABAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAACAAAAAAAQABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAAcoQAAQBAoEIAAQAAAgAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAQAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEDAAAAIAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAHKEAAEAQKBCAAEAAAIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAJAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAgAAAAAAEAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAgAAA="},"index":{"lists":[[18,19,20,48,49,132,134,135,136,283,346],[1,2,4,5,6,7,8,9,10,11,13,18,19,20,21,22,24,25,26,27,28,48,49,70,71,72,73,74,75,76,77,78,81,82,83,84,87,88,89,90,91,92,93,94,95,96,97,98,99,103,108,109,111,112,113,114,115,116,117,118,119,120,121,122,123,127,128,129,130,132,134,135,136,140,145,146,180,181,184,185,187,199,200,201,204,205,206,207,221,222,230,233,243,245,246,250,251,264,277,283,292,295,296,297,302,303,304,309,322,323,334,337,346,349,350,352,353,354,355,357,359,360,362,363,366,367,368,369,370,384],[1,2,4,5,6,7,8,9,10,11,13,18,19,20,21,22,24,25,26,27,28,48,49,70,71,72,73,74,75,76,77,78,80,81,82,83,84,87,88,89,90,91,92,93,94,95,96,97,98,99,103,104,108,109,111,112,113,114,115,116,117,118,119,120,121,122,123,126,127,128,129,130,132,134,135,136,140,145,146,154,159,180,181,184,185,187,199,200,201,204,205,206,207,212,213,214,221,222,230,233,243,245,246,247,250,251,264,277,283,292,295,296,297,298,302,303,304,309,314,322,323,334,337,346,349,350,352,353,354,355,357,359,360,362,363,366,367,368,369,370,373,374,375,384],[18,19,20,48,49,132,134,135,136,283,289,346],[5,18,19,20,26,48,49,70,71,101,125,132,134,135,136,253,276,283,306,308,346,370,373,390],[18,19,20,26,48,49,132,134,135,136,171,172,173,283,346,376,377,378,379,380,381,382],[6,7,18,19,20,48,49,132,134,135,136,283,309,346],[18,19,20,48,49,100,102,132,134,135,136,283,346],[18,19,20,29,30,37,48,49,132,134,135,136,238,272,283,346,363,383],[11,13,15,18,19,20,29,30,37,48,49,113,132,134,135,136,145,146,178,179,208,209,238,272,283,346,363,368,369],[12,13,15,18,19,20,23,29,30,37,48,49,132,134,135,136,171,172,173,234,238,272,283,346],[15,18,19,20,29,30,37,48,49,132,134,135,136,238,272,283,346],[13,15,18,19,20,29,30,37,48,49,73,99,106,111,114,119,120,132,134,135,136,163,171,172,173,174,193,220,221,222,224,228,237,238,246,248,249,250,251,260,266,267,268,269,272,280,283,288,297,299,300,301,302,303,304,321,332,339,340,341,342,343,344,345,346,356,384],[13,15,18,19,20,29,30,35,37,48,49,73,99,106,111,114,119,120,132,134,135,136,163,171,172,173,174,193,220,221,222,224,228,237,238,246,248,249,250,251,260,266,267,268,269,272,280,283,288,297,299,300,301,302,303,304,321,332,339,340,341,342,343,344,345,346,356,384],[18,19,20,48,49,116,132,134,135,136,283,346],[18,19,20,48,49,56,57,58,64,65,132,134,135,136,144,227,241,281,283,284,286,287,290,346,347,362],[18,19,20,48,49,132,134,135,136,175,283,346,396],[17,18,19,20,48,49,132,134,135,136,283,346],[1,13,15,18,19,20,26,27,29,30,32,37,48,49,132,134,135,136,171,172,173,202,203,229,238,272,273,275,283,346,350,354,355,384],[13,15,18,19,20,26,29,30,36,37,47,48,49,50,53,132,134,135,136,171,172,173,177,202,203,238,272,283,346,348,350,354,355,384],[4,13,15,18,19,20,24,25,26,28,29,30,37,48,49,77,132,134,135,136,171,172,173,202,203,238,272,283,309,346,350,354,355,367,384],[6,13,15,18,19,20,26,29,30,31,37,48,49,59,132,134,135,136,171,172,173,202,203,204,238,240,272,274,283,285,346,350,354,355,372,384],[0,2,9,13,14,15,18,19,20,21,24,26,29,30,37,48,49,52,62,63,66,67,129,132,134,135,136,171,172,173,196,202,203,204,217,223,226,238,272,283,309,311,336,346,350,351,354,355,358,361,364,384,385,388,391,392,395,397],[3,5,13,15,16,18,19,20,26,28,29,30,32,37,39,44,48,49,52,62,66,67,69,74,80,83,84,107,110,130,131,132,134,135,136,140,142,148,149,152,158,164,171,172,173,176,182,185,188,196,202,203,204,211,215,216,219,225,232,235,236,238,242,243,254,262,265,272,275,282,283,291,292,309,310,326,338,346,350,354,355,384,393,398],[13,15,18,19,20,26,29,30,37,48,49,132,134,135,136,171,172,173,202,203,238,270,272,283,346,350,354,355,384],[13,15,18,19,20,26,29,30,37,48,49,132,134,135,136,171,172,173,202,203,238,272,283,346,350,354,355,384],[13,15,18,19,20,26,29,30,37,48,49,132,134,135,136,171,172,173,202,203,204,238,272,283,346,350,354,355,384],[13,15,18,19,20,22,26,29,30,37,48,49,132,134,135,136,171,172,173,202,203,238,272,283,319,346,348,350,354,355,384],[13,15,18,19,20,26,29,30,37,44,46,48,49,52,132,134,135,136,171,172,173,202,203,238,272,282,283,346,350,354,355,384],[13,15,18,19,20,26,29,30,37,48,49,132,134,135,136,171,172,173,202,203,238,272,283,346,350,354,355,384,389],[13,15,18,19,20,26,29,30,32,34,37,48,49,128,132,134,135,136,171,172,173,202,203,204,210,238,272,275,279,283,346,350,354,355,374,384,386,387],[13,15,18,19,20,26,28,29,30,33,34,37,48,49,123,131,132,134,135,136,143,147,165,171,172,173,198,202,203,211,238,256,272,283,313,318,329,330,346,350,354,355,374,384],[13,15,18,19,20,26,29,30,37,48,49,51,80,132,134,135,136,142,150,171,172,173,181,187,188,202,203,231,238,243,272,282,283,292,327,331,346,350,354,355,384],[9,13,15,18,19,20,26,28,29,30,37,40,41,48,49,68,105,132,134,135,136,155,156,171,172,173,202,203,204,238,272,283,346,350,354,355,384],[13,15,18,19,20,21,26,29,30,33,37,48,49,51,52,86,132,134,135,136,151,153,171,172,173,187,202,203,218,238,272,282,283,346,350,354,355,384],[13,15,18,19,20,26,29,30,37,38,42,43,48,49,54,55,75,79,91,132,134,135,136,141,157,160,162,166,171,172,173,183,189,190,191,192,194,195,197,202,203,207,238,239,244,245,255,258,261,263,264,272,278,283,293,294,295,296,312,316,317,324,325,328,333,335,337,346,349,350,354,355,365,371,384],[13,15,18,19,20,25,26,27,28,29,30,37,48,49,95,132,133,134,135,136,171,172,173,202,203,238,272,283,346,350,354,355,384],[7,13,15,18,19,20,26,29,30,37,48,49,132,134,135,136,171,172,173,202,203,238,272,283,346,350,354,355,384],[13,15,18,19,20,26,29,30,37,45,48,49,51,52,132,134,135,136,171,172,173,202,203,204,238,271,272,282,283,336,346,350,354,355,384],[13,15,18,19,20,26,29,30,37,45,48,49,51,132,134,135,136,171,172,173,202,203,238,272,282,283,346,350,354,355,384],[18,19,20,29,30,48,49,132,134,135,136,139,161,167,168,169,170,186,257,259,283,315,320,346,394],[18,19,20,48,49,103,132,134,135,136,283,346],[13,15,18,19,20,26,29,30,37,48,49,60,61,132,134,135,136,171,172,173,238,272,283,346,350,354,355,384],[18,19,20,48,49,70,132,134,135,136,283,346],[18,19,20,48,49,71,76,78,81,82,132,134,135,136,283,346],[18,19,20,48,49,72,132,134,135,136,283,346],[18,19,20,48,49,85,89,90,92,132,134,135,136,283,346],[18,19,20,48,49,88,112,132,134,135,136,283,346],[18,19,20,48,49,88,132,134,135,136,137,138,283,346],[18,19,20,48,49,88,113,115,132,134,135,136,283,346],[18,19,20,48,49,88,132,134,135,136,283,346],[18,19,20,48,49,93,96,98,112,132,134,135,136,283,346,357],[18,19,20,48,49,94,113,115,122,132,134,135,136,283,346,375],[18,19,20,48,49,97,132,134,135,136,206,283,346],[18,19,20,48,49,112,132,134,135,136,283,346,357],[18,19,20,48,49,115,132,134,135,136,283,346],[18,19,20,48,49,121,127,132,134,135,136,283,346,357,375],[18,19,20,48,49,124,132,134,135,136,252,283,305,307,346],[18,19,20,48,49,132,134,135,136,205,283,346],[18,19,20,48,49,132,134,135,136,283,346,357],[18,19,20,48,49,132,134,135,136,283,346,375],[18,19,20,48,49,118,132,134,135,136,212,213,214,283,346,360],[5,18,19,20,26,48,49,70,71,118,132,134,135,136,212,213,214,283,346,360,370,373],[18,19,20,26,48,49,118,132,134,135,136,212,213,214,283,322,323,346,360],[6,7,18,19,20,48,49,118,132,134,135,136,212,213,214,283,309,346,360],[18,19,20,48,49,118,132,134,135,136,212,213,214,283,346,360,363],[11,13,18,19,20,48,49,113,118,132,134,135,136,145,146,212,213,214,283,346,360,363,368,369],[13,18,19,20,48,49,118,126,132,134,135,136,212,213,214,283,322,323,346,360],[13,18,19,20,48,49,73,99,104,108,109,111,114,117,118,119,120,132,134,135,136,212,213,214,221,222,233,246,247,250,251,283,297,298,302,303,304,322,323,346,360,384],[18,19,20,48,49,116,118,132,134,135,136,212,213,214,283,346,360],[18,19,20,48,49,118,132,134,135,136,154,212,213,214,283,314,346,360,362],[1,8,13,18,19,20,26,27,48,49,118,132,134,135,136,212,213,214,283,322,323,346,350,352,353,354,355,360,366,384],[13,18,19,20,26,48,49,118,132,134,135,136,212,213,214,283,322,323,346,350,352,353,354,355,360,384],[4,13,18,19,20,24,25,26,28,48,49,77,118,132,134,135,136,212,213,214,283,309,322,323,346,350,352,353,354,355,360,367,384],[6,13,18,19,20,26,48,49,118,132,134,135,136,204,212,213,214,283,322,323,346,350,352,353,354,355,360,384],[2,9,10,13,18,19,20,21,24,26,48,49,118,129,132,134,135,136,204,212,213,214,283,309,322,323,346,350,352,353,354,355,359,360,384],[5,13,18,19,20,26,28,48,49,74,80,83,84,118,130,132,134,135,136,140,180,185,204,212,213,214,243,277,283,292,309,322,323,346,350,352,353,354,355,360,384],[13,18,19,20,26,48,49,118,132,134,135,136,212,213,214,230,283,322,323,346,350,352,353,354,355,360,384],[13,18,19,20,26,48,49,118,132,134,135,136,204,212,213,214,283,322,323,346,350,352,353,354,355,360,384],[13,18,19,20,22,26,48,49,118,132,134,135,136,159,212,213,214,283,322,323,346,350,352,353,354,355,360,384],[13,18,19,20,26,48,49,118,128,132,134,135,136,204,212,213,214,277,283,322,323,346,350,352,353,354,355,360,374,384],[13,18,19,20,26,28,48,49,118,123,132,134,135,136,212,213,214,283,322,323,346,350,352,353,354,355,360,374,384],[13,18,19,20,26,48,49,80,118,132,134,135,136,181,187,212,213,214,243,277,283,292,322,323,346,350,352,353,354,355,360,384],[9,13,18,19,20,26,28,48,49,118,132,134,135,136,204,212,213,214,283,322,323,346,350,352,353,354,355,360,384],[13,18,19,20,21,26,48,49,118,132,134,135,136,180,184,187,212,213,214,283,322,323,346,350,352,353,354,355,360,384],[13,18,19,20,26,48,49,75,91,118,132,134,135,136,180,207,212,213,214,245,264,283,295,296,322,323,337,346,349,350,352,353,354,355,360,384],[13,18,19,20,25,26,27,28,48,49,95,118,132,134,135,136,212,213,214,283,322,323,346,350,352,353,354,355,360,384],[7,13,18,19,20,26,48,49,118,132,134,135,136,212,213,214,283,322,323,346,350,352,353,354,355,360,384],[18,19,20,48,49,103,118,132,134,135,136,212,213,214,283,346,360],[13,18,19,20,26,48,49,118,132,134,135,136,212,213,214,283,322,323,346,350,354,355,360,384],[18,19,20,48,49,70,118,132,134,135,136,212,213,214,283,346,360],[18,19,20,48,49,71,76,78,81,82,118,132,134,135,136,212,213,214,283,346,360],[18,19,20,48,49,72,118,132,134,135,136,212,213,214,283,346,360],[18,19,20,48,49,89,90,92,118,132,134,135,136,212,213,214,283,346,360],[18,19,20,48,49,87,88,112,118,132,134,135,136,212,213,214,283,346,360],[18,19,20,48,49,88,118,132,134,135,136,212,213,214,283,346,360],[18,19,20,48,49,88,113,115,118,132,134,135,136,212,213,214,283,346,360],[18,19,20,48,49,93,96,98,112,118,132,134,135,136,199,212,213,214,283,334,346,357,360],[18,19,20,48,49,94,113,115,118,122,132,134,135,136,201,212,213,214,283,346,360,375],[18,19,20,48,49,97,118,132,134,135,136,206,212,213,214,283,346,360],[18,19,20,48,49,112,118,132,134,135,136,212,213,214,283,346,357,360],[18,19,20,48,49,115,118,132,134,135,136,212,213,214,283,346,360],[18,19,20,48,49,118,121,127,132,134,135,136,212,213,214,283,346,357,360,375],[18,19,20,48,49,118,132,134,135,136,200,212,213,214,283,346,360],[18,19,20,48,49,118,132,134,135,136,201,212,213,214,283,346,360],[18,19,20,48,49,118,132,134,135,136,205,212,213,214,283,346,360],[18,19,20,48,49,118,132,134,135,136,212,213,214,283,346,357,360],[18,19,20,48,49,118,132,134,135,136,212,213,214,283,346,360,375]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,3,0,4,5,0,0,6,7,0,0,8,0,9,10,11,12,13,12,12,12,12,12,12,12,12,0,0,14,15,16,0,17,18,19,20,21,22,23,24,25,26,27,25,28,29,30,31,32,25,33,34,35,36,37,38,39,25,25,40,0,0,41,42,0,18,19,20,21,22,23,24,25,26,27,25,28,29,30,31,32,25,33,34,35,36,37,38,39,25,25,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,43],[9679,44],[8250,45],[9135,46],[215,47],[10095,48],[10003,49],[8595,50],[10008,51],[10004,52],[9472,53],[10007,54],[8730,55],[10006,56],[8505,57],[9762,0],[9888,0],[8617,0],[8226,58],[10060,59],[9654,60],[65123,60]],"plainDefault":0,"spaced":[61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,62,63,61,61,64,61,61,61,65,61,66,67,61,68,68,68,68,68,68,68,68,68,68,61,61,69,70,61,61,61,71,72,73,74,75,76,77,72,78,79,72,72,72,80,81,82,72,83,84,85,86,87,78,72,72,72,61,61,61,88,89,61,71,72,73,74,75,76,77,72,78,79,72,72,72,80,81,82,72,83,84,85,86,87,78,72,72,72,61,61,61,61,61],"spacedOther":[[160,61],[5760,61],[8192,61],[8193,61],[8194,61],[8195,61],[8196,61],[8197,61],[8198,61],[8199,61],[8200,61],[8201,61],[8202,61],[8232,61],[8233,61],[8239,61],[8287,61],[12288,61],[65279,61],[9676,90],[9679,91],[8250,92],[9135,93],[215,94],[10095,95],[10003,96],[8595,95],[10008,97],[10004,98],[9472,99],[10007,100],[8730,101],[10006,102],[8505,61],[9762,103],[9888,103],[8617,104],[8226,105],[10060,106],[9654,107],[65123,107]],"spacedDefault":61,"blank":61}}},"markers":{"key":"\\n/^(?:\\\\[\\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d\\\\] )?(?<name>[\\\\w./+-]{0,300}\\\\.t) \\\\.{2,}\\\\s*$/\\n/^(?:\\\\[\\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d\\\\] )?(?<name>[\\\\w./+-]{0,300}\\\\.t) \\\\.{2,} (?:ok(?:\\\\s{1,20}\\\\d{1,9} m?s\\\\b[^\\\\n]{0,200})?|skipped: [^\\\\n]{0,500})\\\\s*$/\\n/^Dubious, test returned \\\\d{1,3} \\\\(wstat \\\\d{1,6}, 0x[0-9a-f]{1,6}\\\\)\\\\s*$/\\n/^(?:Failed \\\\d{1,6}\\\\/\\\\d{1,6} subtests|No subtests run|All \\\\d{1,6} subtests passed)\\\\s*$/\\n/^(?:ok(?:\\\\s{1,20}\\\\d{1,9} m?s\\\\b[^\\\\n]{0,200})?|skipped: [^\\\\n]{0,500})\\\\s*$/\\n/^(?:not )?ok \\\\d{1,6}\\\\b|^1\\\\.\\\\.\\\\d{1,6}\\\\b|^Bail out!/\\n/^(?<name>[\\\\w./+-]{0,300}\\\\.t)\\\\s{1,300}\\\\(Wstat: \\\\d{1,6}(?: \\\\([^)\\\\n]{1,60}\\\\))? Tests: \\\\d{1,6} Failed: \\\\d{1,6}\\\\)\\\\s*$/\\n/^Test Summary Report\\\\s*$|^Files=\\\\d{1,9}, Tests=\\\\d{1,9}, |^Result: (?:FAIL|PASS|NOTESTS)\\\\s*$/\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,4}FAIL {1,4}(?<name>\\\\S[^\\\\n]{0,300}? {1,4}\\"[^\\"\\\\n]{1,300}\\")$/\\n/^\\\\s{0,4}Total:\\\\s{1,10}\\\\d{1,9}$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d{1,6}(?: -)? \\\\S/\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Started: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Finished: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Skipped: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^ {13}=> Reason: /\\n/^Reported: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Registered: {3}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Test execution (?:started\\\\. Number of static tests: \\\\d{1,9}|finished\\\\.)$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,8}process didn't exit successfully: \`(?<name>[^\`\\\\n]{1,500})\` \\\\(exit status: (?!101\\\\))\\\\d{1,3}\\\\)$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?<name>\\\\.\\\\/\\\\S{1,300}_spec\\\\.rb:\\\\d{1,6}:\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[14,15,87,89,90,91],[14,15,34,35,36,37,38,39,40,41,44,45,46,47,49,50,51,52,53,54,55,56,57,58,59,60,64,67,68,70,71,72,73,74,75,76,77,78,79,80,81,83,84,85,86,87,89,90,91,94,98,99,124,125,126,127,128,135,136,137,140,141,142,155,156,163,166],[14,15,34,35,36,37,38,39,40,41,43,44,45,46,47,49,50,51,52,53,54,55,56,57,58,59,60,64,65,67,68,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,89,90,91,94,98,99,106,111,124,125,126,127,128,135,136,137,140,141,142,147,148,149,155,156,163,166],[14,15,34,35,62,82,87,89,90,91],[14,15,87,89,90,91,118,119,120],[14,15,61,63,87,89,90,91],[0,1,6,14,15,87,89,90,91],[0,1,6,14,15,72,87,89,90,91,98,99,122,123,143,144],[0,1,6,14,15,87,89,90,91,118,119,120,167],[0,1,6,14,15,37,60,66,70,73,78,79,87,89,90,91,114,118,119,120,121,131,154,155,156,158,161,168],[0,1,5,6,14,15,37,60,66,70,73,78,79,87,89,90,91,114,118,119,120,121,131,154,155,156,158,161,168],[14,15,75,87,89,90,91],[14,15,21,22,28,29,87,89,90,91,97,161],[14,15,87,89,90,91,121],[0,1,3,6,14,15,87,89,90,91,118,119,120,138,139,162],[0,1,5,6,13,14,15,16,19,87,89,90,91,118,119,120,121,138,139],[0,1,6,14,15,87,89,90,91,118,119,120,138,139],[0,1,2,6,14,15,23,87,89,90,91,118,119,120,138,139,140],[0,1,6,14,15,18,26,27,30,31,85,87,89,90,91,118,119,120,134,138,139,140,152,157,160],[0,1,3,6,7,10,14,15,18,26,30,31,33,38,43,46,47,66,69,86,87,89,90,91,94,95,101,102,104,110,115,118,119,120,121,127,128,134,138,139,140,146,150,151,154,159,165,168],[0,1,6,14,15,87,89,90,91,118,119,120,138,139,140],[0,1,6,10,12,14,15,18,87,89,90,91,118,119,120,138,139],[0,1,3,6,14,15,87,89,90,91,118,119,120,138,139,140],[0,1,6,14,15,87,89,90,91,96,115,118,119,120,134,138,139,146],[0,1,6,14,15,17,43,87,89,90,91,95,102,118,119,120,128,138,139,164],[0,1,6,7,8,14,15,32,65,87,89,90,91,107,108,118,119,120,138,139,140],[0,1,6,14,15,17,18,87,89,90,91,103,105,118,119,120,128,138,139,153],[0,1,6,7,8,9,14,15,20,39,42,52,87,89,90,91,94,109,112,113,115,118,119,120,128,129,130,132,133,134,138,139,142],[0,1,6,14,15,56,87,88,89,90,91,118,119,120,138,139],[0,1,6,11,14,15,17,18,87,89,90,91,118,119,120,138,139,140],[0,1,6,11,14,15,17,87,89,90,91,118,119,120,138,139],[0,1,14,15,87,89,90,91,94,112,116,117,127],[14,15,64,87,89,90,91],[0,1,6,14,15,24,25,87,89,90,91,118,119,120],[0,1,6,14,15,87,89,90,91,118,119,120],[0,1,6,14,15,40,87,89,90,91,118,119,120],[0,1,6,14,15,87,89,90,91,118,119,120,126],[0,1,5,6,14,15,84,87,89,90,91,118,119,120,145],[0,1,4,5,6,14,15,81,86,87,89,90,91,100,118,119,120],[0,1,6,14,15,87,89,90,91,118,119,120,125],[0,1,4,6,14,15,48,87,89,90,91,118,119,120],[14,15,34,87,89,90,91],[14,15,35,40,41,44,45,87,89,90,91],[14,15,36,87,89,90,91],[14,15,47,51,52,53,87,89,90,91],[14,15,50,71,87,89,90,91],[14,15,50,87,89,90,91,92,93],[14,15,50,72,74,87,89,90,91],[14,15,50,87,89,90,91],[14,15,54,57,59,71,87,89,90,91],[14,15,55,72,74,81,87,89,90,91],[14,15,58,87,89,90,91,142],[14,15,71,87,89,90,91],[14,15,74,87,89,90,91],[14,15,80,83,87,89,90,91],[14,15,82,87,89,90,91],[14,15,87,89,90,91,141],[14,15,77,87,89,90,91,147,148,149],[14,15,34,35,77,82,87,89,90,91,147,148,149],[14,15,72,77,87,89,90,91,98,99,147,148,149],[14,15,77,82,87,89,90,91,147,148,149],[14,15,37,60,65,67,68,70,73,76,77,78,79,87,89,90,91,147,148,149,155,156,166],[14,15,75,77,87,89,90,91,147,148,149],[14,15,77,87,89,90,91,106,147,148,149],[14,15,77,87,89,90,91,140,147,148,149],[14,15,77,85,87,89,90,91,140,147,148,149],[14,15,38,43,46,47,77,86,87,89,90,91,94,124,127,128,140,147,148,149],[14,15,77,87,89,90,91,147,148,149,163],[14,15,77,87,89,90,91,111,147,148,149],[14,15,43,77,87,89,90,91,128,147,148,149],[14,15,65,77,87,89,90,91,140,147,148,149],[14,15,77,87,89,90,91,124,126,128,147,148,149],[14,15,39,52,77,87,89,90,91,94,124,128,142,147,148,149],[14,15,56,77,87,89,90,91,147,148,149],[14,15,77,87,89,90,91,94,127,147,148,149],[14,15,64,77,87,89,90,91,147,148,149],[14,15,40,77,87,89,90,91,147,148,149],[14,15,77,87,89,90,91,126,147,148,149],[14,15,77,84,87,89,90,91,147,148,149],[14,15,77,81,86,87,89,90,91,147,148,149],[14,15,77,87,89,90,91,125,147,148,149],[14,15,34,77,87,89,90,91,147,148,149],[14,15,35,40,41,44,45,77,87,89,90,91,147,148,149],[14,15,36,77,87,89,90,91,147,148,149],[14,15,47,51,52,53,77,87,89,90,91,147,148,149],[14,15,49,50,71,77,87,89,90,91,147,148,149],[14,15,50,77,87,89,90,91,147,148,149],[14,15,50,72,74,77,87,89,90,91,147,148,149],[14,15,54,57,59,71,77,87,89,90,91,135,147,148,149],[14,15,55,72,74,77,81,87,89,90,91,137,147,148,149],[14,15,58,77,87,89,90,91,142,147,148,149],[14,15,71,77,87,89,90,91,147,148,149],[14,15,74,77,87,89,90,91,147,148,149],[14,15,77,80,83,87,89,90,91,147,148,149],[14,15,77,87,89,90,91,136,147,148,149],[14,15,77,87,89,90,91,137,147,148,149],[14,15,77,87,89,90,91,141,147,148,149]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,6,0,7,8,6,9,10,9,9,9,9,9,9,9,9,0,0,11,12,13,0,0,14,15,16,17,18,19,16,16,20,16,16,21,16,22,23,24,16,25,26,27,28,16,29,30,16,16,31,0,0,32,33,0,34,34,35,34,34,36,34,34,34,34,34,34,34,37,38,39,34,34,40,36,34,34,34,34,34,34,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,41],[9679,42],[8250,43],[9135,44],[215,45],[10095,46],[10003,47],[8595,48],[10008,49],[10004,50],[9472,51],[10007,52],[8730,53],[10006,54],[8505,55],[9762,0],[9888,0],[8617,0],[8226,56]],"plainDefault":0,"spaced":[57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,58,57,57,57,57,57,57,57,57,57,59,60,57,61,61,61,61,61,61,61,61,61,61,57,57,62,63,57,57,57,57,57,57,64,65,66,67,57,64,68,57,57,57,64,57,69,57,70,71,72,73,57,64,57,57,57,74,57,57,75,57,57,57,57,76,57,57,77,57,57,57,57,57,57,57,78,79,80,57,57,57,77,57,57,57,57,57,57,57,57,57,57,57],"spacedOther":[[160,57],[5760,57],[8192,57],[8193,57],[8194,57],[8195,57],[8196,57],[8197,57],[8198,57],[8199,57],[8200,57],[8201,57],[8202,57],[8232,57],[8233,57],[8239,57],[8287,57],[12288,57],[65279,57],[9676,81],[9679,82],[8250,83],[9135,84],[215,85],[10095,86],[10003,87],[8595,86],[10008,88],[10004,89],[9472,90],[10007,91],[8730,92],[10006,93],[8505,60],[9762,94],[9888,94],[8617,95],[8226,96]],"spacedDefault":57,"blank":57}},"reported":{"key":"\\n/^[\\\\w./+-]{0,300}\\\\.t\\\\s{1,300}\\\\(Wstat: \\\\d{1,6}(?: \\\\([^)\\\\n]{1,60}\\\\))? Tests: \\\\d{1,6} Failed: (\\\\d{1,6})\\\\)\\\\s*$/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) (?:tests|containers) failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/","value":{"lists":[[31,32],[5,7,8,12,13,25,31,32],[5,7,8,9,12,13,25,31,32],[14,31,32],[0,31,32],[0,8,10,11,12,13,21,27,28,29,30,31,32],[3,31,32],[0,2,31,32],[0,4,5,15,23,26,31,32],[0,17,31,32],[0,5,31,32],[0,1,6,7,16,19,24,25,31,32],[18,20,31,32],[0,22,31,32],[8,9,12,13,31,32],[5,31,32],[7,25,31,32]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,4,0,4,4,4,5,5,5,5,5,5,5,5,5,5,0,0,0,6,0,0,0,4,4,4,7,4,8,4,4,4,4,4,4,4,4,9,10,4,4,4,11,4,4,4,4,4,4,12,0,0,0,4,0,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,13,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,14,14,14,14,14,14,14,14,14,14,0,0,0,0,0,0,0,0,0,0,0,0,15,0,0,0,0,0,0,0,0,0,15,0,0,0,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"passed":{"key":"\\n/^All tests successful\\\\.$/\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/","value":{"lists":[[14],[3,5,14],[6,14],[1,4,5,11,12,13,14],[1,14],[0,14],[7,10,14],[9,14],[2,3,14],[8,14],[5,14],[3,14]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,6,7,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,10,10,10,10,10,10,10,10,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^Dubious, test returned |^(?:Failed \\\\d{1,6}\\\\/\\\\d{1,6} subtests|No subtests run|All \\\\d{1,6} subtests passed)\\\\s*$|^# Looks like (?:you failed \\\\d|you planned \\\\d|your test exited with \\\\d)|^\\\\s{2}(?:Failed tests?|Non-zero exit status|Parse errors|Non-zero wait status):/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[11],[1,3,6,7,9,11,12],[3,6,7,11],[6,11],[9,11],[3,11],[6,8,11],[6,7,11],[3,6,11],[5,6,7,11],[0,6,11],[0,4,6,11],[6,9,11],[6,9,10,11],[2,6,11],[6,11,12],[11,12],[6,7,11,12],[3,6,11,12],[1,6,11,12],[6,9,11,12]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,7,3,8,9,10,7,3,3,3,3,3,3,3,7,3,3,3,3,3,11,3,3,3,3,3,3,3,0,0,0,3,0,3,3,12,3,13,12,3,3,3,3,3,3,3,3,3,3,3,3,3,14,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,15,0,0,4,0,0,0,3,0,5,16,0,15,15,15,15,15,15,15,15,15,15,0,0,0,0,3,0,0,17,15,18,17,15,17,15,15,15,15,15,15,15,17,15,17,15,15,15,15,15,15,15,15,15,15,3,0,0,0,15,0,19,15,20,15,20,20,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
var ERROR_HEADLINE = /^\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \S|^(?:E {1,8})?(?:Caused by: |Error: |\s{0,8}Suppressed: |\s{0,8})?(?:[A-Za-z_$][\w$]{0,80}(?:\.|\\|::)){0,8}(?:[A-Z][\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \[\w{1,40}\])?: \S|^\s{1,8}[\w-]{1,100}_test\.go:\d{1,6}: \S|^(?:FAIL|Error|error): \S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\d{1,6}:\d{1,6}: (?:fatal )?error|^\s{1,8}[\w-]{1,100}\.go:\d{1,6}: \S|^not ok \d|^(?:#\s{1,4}|\s{2,4})Failed test(?: '| at \S)|Can't call method "\w{1,100}" on an undefined value\b|: Failure$|: FAILED:$|^\s*✘ |^\[ {2}FAILED {2}\] |^(?:FAILURES|ERRORS)!$|\b[1-9]\d{0,5} (?:tests?|specs?) failed\b|^\d{1,6} specs?, [1-9]\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread "|\((?:[A-Z]\w{0,80}::){0,8}[A-Z]\w{0,80}(?:Error|Exception)\)\s*$|^\s{0,8}\*\* \([A-Z][\w.]{0,200}\)|^Unhandled exception\. |^Fatal error: |^\s{1,8}Error: \S|^(?:ERROR|FATAL): \S|\bERROR: \S|^\S{1,300}:\d{1,6}: (?:[A-Za-z_]\w{0,80}\.){0,8}[A-Z]\w{0,80}(?:Error|Exception): \S|^thread '[^']{1,300}'(?: \(\d{1,10}\))? panicked at|^\s{2,}(?:Caused by: )?[\w$.]{1,200}(?:Exception|Error) at [\w$]{1,200}\.(?:java|kt|scala|groovy):-?\d{1,6}\s*$/;
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
