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
} from "./chunk-CU33ZMRS.js";
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
} from "./chunk-YFPBE4ZV.js";
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
function interpret(match, line = "") {
  const { rule, groups } = match;
  switch (rule.interpret) {
    case "endpoint": {
      const read = interpretEndpoint(match, line);
      return read.kind === "infrastructure" && rule.confidence === "ambiguous" ? { ...read, confidence: "ambiguous" } : read;
    }
    case "dns":
      return interpretDns(groups.host, line);
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
    default:
      return { kind: rule.kind, confidence: rule.confidence, service: rule.service, needsContext: rule.kind === "infrastructure" && rule.service === "" };
  }
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
  if (rule.service !== "") return namedServicePort(rule.service, port);
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
function interpretDns(host, line = "") {
  const netHttp = /Failed to open TCP connection to [\w.-]{1,255}:(\d{1,5})/.exec(line);
  const httpTo = netHttp ? serviceForPort(Number(netHttp[1])) : void 0;
  if (httpTo && speaksHttp(httpTo) === false) return { kind: "code", confidence: "high", service: "", note: `an HTTP client (Net::HTTP) dialled port ${netHttp?.[1]}, ${httpTo}'s, which speaks no HTTP: the project's configuration` };
  if (host === void 0) return { kind: "infrastructure", confidence: "ambiguous", service: "", note: "name resolution failed for a host the log does not name" };
  const service = serviceForHost(host);
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
  reportedFailures: /^test result: FAILED\. \d+ passed; (\d{1,6}) failed/
};

// src/classify/dialects/dotnet.ts
var DOTNET = {
  id: "dotnet",
  markers: [
    { event: "start", pattern: /^\s*Failed (?<name>\S[^\n]{0,400}?) \[[^\]\n]{1,20}\]$|^\[xUnit\.net [\d:.]+\]\s+(?<name2>\S[^\n]{0,400}?) \[FAIL\]$/ },
    { event: "end", pattern: /^\s*(?:Passed|Skipped) \S|^(?:Failed|Passed)!\s+-|^Total tests:|^Test Run (?:Failed|Successful)/ }
  ],
  reportedFailures: /^Failed!\s+-\s+Failed:\s+(\d{1,6})/
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
  namesPhasesAlike: true
};

// src/classify/dialects/javascript.ts
var POKU = {
  id: "poku",
  markers: [
    { event: "run", pattern: /^\s*◌ (?<name>\S[^\n]{0,500})$/ },
    { event: "end", pattern: /^\s*● [^\n]{1,500}? › [\d.]{1,20} ?ms$/ }
  ]
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
  reportedFailures: /^\d{1,6} specs?, (\d{1,6}) failures?/
};
var MOCHA = {
  id: "mocha",
  markers: [
    // Inline, `  1) does x` lists a failing test; its details come after `N failing` under the same number.
    // A passing test's line ends whatever came before; what a test prints comes before its line.
    { event: "pass", pattern: /^\s*(?:✓|✔|√) \S/, afterOutput: true },
    { event: "outside", pattern: /^\s{1,8}(?<key>\d{1,5})\) (?<name>[^\n]{0,300}"(?:before all|after all|before each|after each)" hook[^\n]{0,300})$/ },
    // Spec's `  1) does x`, or the list reporter's `  suite does x:   1) suite does x`.
    // minitest's `  1) Error:` / `  1) Failure:` is that runner's, whose details follow the line.
    { event: "listed", pattern: /^\s{1,8}(?:\S[^\n]{0,500}?: {1,8})?(?<key>\d{1,5})\) (?!(?:Error|Failure):$)(?<name>\S[^\n]{0,500})$/, afterOutput: true },
    { event: "details", pattern: /^\s*\d+ failing$/ },
    { event: "end", pattern: /^\s*\d+ (?:passing|pending)\b/ }
  ],
  reportedFailures: /^\s*(\d{1,6}) failing$/
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
  // The TAP reporter's YAML block names where the test is (`location: '/x/test/a.test.js:19:3'`):
  // a title in two suites or files is two tests.
  unitIdentity: /^\s*location: '([^'\n]{1,500})'\s*$/,
  uninformative: /^\s*(?:error: '(?:test failed|\d+ subtests? failed)'|failureType: '\w+'|code: 'ERR_TEST_FAILURE')\s*$/
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
  reportedFailures: /^=+ (?:[^\n]{0,200}?, )??(?:(\d{1,6}) failed\b(?:, [^\n]{0,200}?\b(\d{1,6}) errors?\b)?|(\d{1,6}) errors?\b)/,
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
  reportedFailures: /^\d+ runs, \d+ assertions, (\d{1,6}) failures(?:, (\d{1,6}) errors)?/
};
var TEST_UNIT = {
  id: "test-unit",
  markers: [
    { event: "start", pattern: /^Failure: (?<name>\w[^\n(]{0,300}\([\w:]{1,200}\))(?::|$| \[)/, asserts: true },
    { event: "start", pattern: /^Error: (?<name>\w[^\n(]{0,300}\([\w:]{1,200}\)): (?<reason>\S[^\n]{0,2000})$/ },
    { event: "end", pattern: /^={40,}$|^\d+ tests, \d+ assertions, / }
  ],
  reportedFailures: /^\d+ tests, \d+ assertions, (\d{1,6}) failures(?:, (\d{1,6}) errors)?/
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
    { event: "details", pattern: /^There (?:was|were) \d{1,6} (?:errors?|failures?):$/ },
    // Numbering restarts in each section: a test is known by its name, each data set apart (PHPUnit counts each).
    { event: "start", pattern: /^\d{1,6}\) (?<name>[\w\\]{1,300}::\w{1,300}(?: with data set [^\n]{1,300})?)$/, keyFromName: (name) => `phpunit:${name}` },
    // `There were 295 skipped tests:` numbers tests that did not fail (their reasons may read like failures).
    // Risky tests and warnings fail a run that sets failOnRisky/failOnWarning: their entries stay units.
    { event: "passes", pattern: /^There (?:was|were) \d{1,6} (?:skipped tests?|incomplete tests?):$/ },
    { event: "details", pattern: /^There (?:was|were) \d{1,6} (?:warnings?|risky tests?):$/ },
    { event: "end", pattern: /^(?:FAILURES|ERRORS)!$|^Tests: \d{1,9}, Assertions: \d{1,9}|^OK \(\d{1,9} tests?/ }
  ],
  reportedFailures: /^Tests: \d{1,9}, Assertions: \d{1,9}, (?:Errors: (\d{1,6})(?:, Failures: (\d{1,6}))?|Failures: (\d{1,6}))/
};
var TESTDOX = {
  id: "phpunit",
  markers: [
    { event: "start", pattern: /^\s{1,8}✘ (?<name>\S[^\n]{0,500}?)(?: \[[\d.]{1,12} ?m?s\])?$/ },
    // A risky test (☢) or one with a warning (⚠) fails a run that sets failOnRisky/failOnWarning: a unit no rule explains.
    { event: "start", pattern: /^\s{1,8}(?:☢|⚠) (?<name>\S[^\n]{0,500}?)(?: \[[\d.]{1,12} ?m?s\])?$/ },
    { event: "pass", pattern: /^\s{1,8}[✔↩] \S/ },
    // A class's header (`Fetch Empty (Doctrine\DBAL\Tests\Functional\Connection\FetchEmpty)`): the tests below are
    // its own, so two classes' `✘ Fetch associative` are two failures, as PHPUnit counts them.
    { event: "end", pattern: /^(?<name>[A-Z][\w ]{0,300} \([A-Za-z_][\w\\]{0,600}\\\w{1,200}\))\s*$/, contains: "\\", namesFile: true, afterItsTests: true },
    // A class outside any namespace is headed by its name alone, prettified (PHPUnit 9's NamePrettifier::
    // prettifyTestClass: `CredisStandaloneTest` → `Credis Standalone`): two such classes' `✘ Ping` are two failures.
    // Words only, one lowercase letter at least, so a runner's `FAIL` or `OK` is never read as one.
    { event: "end", pattern: /^(?<name>(?=[A-Z][\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\s*$/, namesFile: true, afterItsTests: true }
  ]
};
var PHPT = {
  id: "phpt",
  markers: [
    { event: "start", pattern: /^FAIL (?<name>[^\n]{0,400}? \[[^\]\n]{1,300}\.phpt\])\s*$/, afterOutput: true },
    // BORK: the .phpt file itself is broken (a misspelled section): a failure no rule explains.
    { event: "start", pattern: /^BORK (?<name>[^\n]{0,400}\[[^\]\n]{1,300}\.phpt\])/, afterOutput: true },
    { event: "pass", pattern: /^(?:PASS|SKIP|XFAIL) [^\n]{0,500}\[[^\]\n]{1,300}\.phpt\]/, afterOutput: true },
    // The closing list repeats each failure's title (`Upgrade: AMQPConnectionException: ... [tests/x.phpt]`): names, not events.
    { event: "quiet", pattern: /^FAILED TEST SUMMARY$/ },
    { event: "end", pattern: /^Tests failed\s{0,20}:|^TEST RESULT SUMMARY$/ }
  ],
  reportedFailures: /^Tests (?:failed|borked)\s{0,20}:\s{0,20}(\d{1,6})/,
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
var DIALECTS = [PHPT, GOTESTSUM, PYTEST, UNITTEST, POKU, JEST, VITEST, AVA, BUN, JASMINE, EXUNIT, PLAYWRIGHT, MOCHA, NODE_TEST, DENO, JAPA, GOCHECK, GO, CONSOLE_LAUNCHER, JUNITCORE, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, COLLISION, NETTE_TESTER, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 277\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,43,52,54,57,58,154,163,197,209,210,236,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,440,442,443,444,445,446,447,448,451,452,453,455],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":12556,"states":14187,"edges":"AAAAAAAAAAABAAAAVQAAAAIAAADNhwAAAwAAAEcOAAAEAAAA09YAAAUAAADnEQcABgAAABc8AgAHAAAAAfcHAAgAAABOBQIACQAAABuPAAAKAAAAt0gAAAsAAABRpQkADAAAAGuUAAANAAAAPRgAAA4AAAAajwEADwAAAE6xAAAQAAAA2SYAABEAAAC3nAEAEgAAAEwJAAATAAAABvgBABQAAADTfgMAFQAAACwnAgAWAAAA5hgBABcAAABCEQIAGAAAANUoAgAZAAAA4xoCABoAAADLMgIAGwAAAO65AgAcAAAA+wEDAB0AAAAAAAAAHgAAAOZgDgAfAAAA8A4BACAAAABKXgIAIQAAAAAAAAAiAAAAIN4BACMAAABe9gAAJAAAAJ+xBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAwYYNACkAAAAAAAAAKgAAAEK8AQArAAAAXPYCACwAAAAxzQEALQAAAAZECwAuAAAAAAAAAC8AAACcDAIAMAAAAAAAAAAxAAAA8GICADIAAABo3Q8AMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAACQYwwAPwAAADBuDABAAAAAb4EPAEEAAAD8oA0AQgAAAAAAAABDAAAApqENAEQAAAAAAAAARQAAAITDDQBGAAAAf8gNAEcAAABf5BEASAAAAA/jDQBJAAAAWO8NAEoAAAA2EQ4ASwAAAIsRDgBMAAAA4BEOAE0AAAB4JA4ATgAAAHQoDgBPAAAARVcOAFAAAAAa1w4AUQAAAG/XDgBSAAAAFdwOAFMAAAC+3A8AVAAAABPdDwBXAAAAqgAAAFgAAADvDAQAWgAAABoxCgBbAAAAuEYBAF4AAAALnwAAYAAAAIrACgBhAAAAtewIAGkAAAB9KwIAbAAAAEkIBAByAAAAFz4AAK0AAAD/AAAAtwAAAIAnAwC5AAAAWZsLAAIBAAD8SBAAWQEAAKkBAACvAQAA/gEAAAUCAABTAgAAWwIAAKgCAACqAgAA/QIAAAYDAABSAwAAXAMAAKcDAACyAwAA/AMAAAgEAABRBAAAXgQAAKYEAACwBAAA+wQAAAkFAABQBQAAXwUAAKUFAACnBQAA+gUAAAQGAABPBgAAXQYAAKQGAACpBgAA+QYAAAYHAABOBwAAVgcAAKMHAACzBwAA+AcAAPoHAABNCAAAWwgAAKIIAACzCAAAUUkQAP4IAACmSRAATgkAANsWDgBUCQAAoQkAAGEJAADTdgsAZQkAADUSDgBoCQAAxS8LAKgJAAD2CQAArgkAAMGICwD7CQAASwoAAFcKAACgCgAAowoAAPUKAAD9CgAASgsAAFcLAACfCwAApAsAAPQLAAD+CwAASQwAAFEMAACeDAAAqgwAAPMMAACtDAAAhCQCAAYNAABIDQAAVg0AAJ0NAACgDQAA8g0AAPwNAAD7SRAASQ4AAOFzAABKDgAA670BAEwOAACcDgAAUA4AAPWoDABRDgAAdocCAFIOAADfHgIAUw4AAIweAABUDgAApPgNAFUOAAC/lAEAVg4AAM8wAABYDgAAoVsDAFsOAAAW5wIAZA4AAGTtAwBnDgAApfcNAKIOAADxDgAAqw4AAB8tCQD3DgAARg8AAFoPAACbDwAAsA8AAPAPAAD4DwAARRAAAE8QAACaEAAAnxAAAO8QAAD0EAAARBEAAEwRAACZEQAArxEAAO4RAADwEQAAQxIAAFASAACYEgAArBIAAO0SAAD1EgAAQhMAAFETAACXEwAAqBMAAOwTAAD6EwAAQRQAAE0UAACWFAAAoxQAAOsUAAD1FAAAQBUAAEMVAACVFQAAnRUAAOoVAADsFQAAPxYAAFAWAACUFgAAmhYAAOkWAAD1FgAAPhcAAEAXAACTFwAAmhcAAOgXAAD8FwAAUEoQAD4YAADnCBAAPxgAAF9JAgBCGAAAkhgAAEYYAAAD+wEASxgAAAdLAwCUGAAAMc4AAJUYAADuswgAmRgAAK3yCgCaGAAA5xgAAJwYAAARQwEAnRgAAH94CACfGAAAim4HAKEYAAC/3wsAoxgAADAeBwCoGAAArk8CAKsYAACIxgYA6BgAADwZAADqGAAAv48GAO0YAABIAQwAUxkAAJEZAACpGQAA5hkAAPEZAAA7GgAAVBoAAJAaAACSGgAA5RoAAP8aAAA6GwAASRsAAI8bAACUGwAA5BsAAPEbAAA5HAAASRwAAI4cAACWHAAA4xwAAO8cAAA4HQAARR0AAI0dAACXHQAA4h0AAOgdAAA3HgAASx4AAKVKEACSHgAA4R4AAJYeAAAIlQ0Aox4AALo5DAD8HgAANh8AAEIfAACLHwAAkR8AAOAfAADjHwAAn1oGAOgfAAA1IAAAOCAAANN7BgA8IAAAiiAAAEAgAADYIgUAQyAAAEO5AwCPIAAA3yAAAOsgAAA0IQAANyEAAIkhAACRIQAA3iEAAOshAAAzIgAAOCIAAIgiAACSIgAA3SIAAOUiAAAyIwAANSMAAIcjAACQIwAA3CMAAN0jAAAxJAAAMiQAAIYkAACLJAAA2yQAAOEkAAAwJQAAOiUAAIUlAACNJQAA2iUAAN0lAAAvJgAAMiYAAIQmAACVJgAA+koQANsmAAA5xQEA3iYAAM56DADiJgAACJMPAOUmAAAuJwAA5yYAADcVCQBGJwAAgycAAIYnAADYJwAA5CcAAC0oAAA6KAAAgigAAIkoAADXKAAA2SgAACwpAAA1KQAAgSkAAIspAADWKQAA4SkAACsqAABHKgAAgCoAAIgqAABPSxAA2ioAACorAAAyKwAAfysAAIArAADUKwAA1isAACksAAAsLAAAfiwAAIEsAACkSxAA2CwAACgtAAAuLQAAfS0AAIQtAADSLQAA2i0AACcuAAAqLgAAfC4AAIUuAADRLgAA0i4AACYvAAAnLwAAey8AAIwvAADQLwAA3i8AACUwAAAxMAAAejAAAIEwAAD5SxAA1TAAACQxAAAmMQAAeTEAAI8xAADOMQAA1jEAACMyAAAlMgAAeDIAAIEyAADNMgAA1zIAACIzAAAtMwAAdzMAAIMzAADMMwAA2TMAACE0AAArNAAAdjQAAIQ0AADLNAAA2jQAACA1AAAiNQAAdTUAAH81AADKNQAA2DUAAB82AAAkNgAAdDYAAIE2AADJNgAA0TYAAB43AAAkNwAAczcAAH83AADINwAA5TcAAB04AAAmOAAAcjgAAIA4AADHOAAAzTgAABw5AAAoOQAAcTkAAHQ5AADGOQAAzjkAABs6AAAsOgAAcDoAAH46AADFOgAA3joAABo7AAAbOwAAbzsAAIw7AABOTBAAyTsAABk8AAAfPAAAbjwAAHY8AADDPAAAzDwAABg9AAAbPQAAbT0AAHk9AADCPQAAyD0AAPhMEAAzPgAAbD4AAHQ+AABNTRAAxD4AABY/AAAnPwAAaz8AAHM/AADAPwAAzj8AABVAAAAYQAAAakAAAHJAAAC/QAAAzEAAABRBAAAZQQAAaUEAAHNBAAC+QQAAxkEAABNCAAAfQgAAaEIAAHVCAAC9QgAAv0IAABJDAAArQwAAZ0MAAHhDAAC8QwAAyEMAABFEAAAYRAAAZkQAAG5EAAC7RAAAwEQAABBFAAAdRQAAZUUAAG1FAAC6RQAAxEUAAA9GAAAaRgAAZEYAAHBGAAC5RgAAwUYAAKJNEAAaRwAAY0cAAGlHAAC4RwAA00cAAA1IAAAZSAAAYkgAAGhIAAD3TRAAvEgAAMQ5AgC9SAAA/VIFAL5IAADK2AcAwkgAAAxJAADDSAAAt+gKAMVIAAB5KwYAy0gAABBDAgASSQAAyXwPABhJAABhSQAAZ0kAAMaLAwBpSQAATE4QAMJJAAALSgAAEUoAAGBKAAB7SgAAtUoAAMFKAAAKSwAAEEsAAF9LAABnSwAAtEsAALpLAAAJTAAAFUwAAF5MAAB7TAAAs0wAALxMAAAITQAAFE0AAF1NAABgTQAAsk0AALxNAAAHTgAAE04AAFxOAABjTgAAsU4AALlOAAAGTwAAB08AAElhAAAJTwAAW08AAGpPAACwTwAAtk8AAAVQAAAHUAAAWlAAAHBQAACvUAAAzVAAAARRAAAdUQAAWVEAAFtRAACuUQAAsVEAAANSAAAPUgAAWFIAAF9SAACtUgAAtVIAAAJTAAAEUwAAV1MAAGBTAACsUwAAtlMAAAFUAAAMVAAAVlQAAGJUAACrVAAAuFQAAABVAAAKVQAAVVUAAGNVAACqVQAAuVUAAP9VAAABVgAAVFYAAF5WAACpVgAAt1YAAP5WAAADVwAAU1cAAGBXAACoVwAAvVcAAP1XAAAFWAAAUlgAAGtYAACnWAAAsFgAAPxYAAAGWQAAUVkAAFlZAACmWQAAs1kAAPtZAAAAWgAAUFoAAFhaAAClWgAAploAAPpaAAD8WgAAT1sAAFJbAACkWwAAp1sAAKFOEAD+WwAATlwAAFRcAACjXAAAqlwAAPhcAAAAXQAATV0AAFFdAACiXQAApF0AAPddAAD6XQAATF4AAFReAAChXgAAol4AAPZeAAD8XgAAS18AAFBfAACgXwAAu18AAPVfAAADYAAASmAAAFFgAACfYAAAq2AAAPRgAAD7YAAA9k4QAEthAACeYQAAoWEAAPNhAAD2YQAAS08QAE1iAACdYgAAo2IAAPJiAAD5YgAAR2MAAGVjAACcYwAAtWMAAPFjAADzYwAARmQAAElkAACbZAAAp2QAAPBkAAD3ZAAARWUAAE1lAACaZQAAnGUAAO9lAAD4ZQAARGYAAE5mAACZZgAApGYAAO5mAAD6ZgAAQ2cAAFBnAACYZwAAomcAAO1nAAD7ZwAAQmgAAFFoAACXaAAAmWgAAOxoAAD2aAAAQWkAAE9pAACWaQAAm2kAAOtpAAD4aQAAQGoAAFVqAACVagAAnWoAAOpqAAADawAAP2sAAEhrAACUawAAnmsAAOlrAADxawAAPmwAAEtsAACTbAAAmGwAAOhsAADwbAAAPW0AAD5tAACSbQAAlG0AAOdtAADqbQAAPG4AAD9uAACgTxAAlm4AAOZuAADsbgAAO28AAEJvAACQbwAAmG8AAOVvAADpbwAAOnAAADxwAACPcAAAknAAAORwAADscAAAOXEAADpxAACOcQAAlHEAAONxAADocQAAOHIAAFNyAACNcgAAm3IAAOJyAADpcgAAN3MAAENzAACMcwAAk3MAAPVPEADkcwAANnQAAEd0AACLdAAAk3QAAK2mAQCndAAA4HQAAOh0AABKUBAARHUAAIp1AACQdQAA33UAAOF1AAA0dgAASnYAAIl2AACndgAA3nYAAOF2AAAzdwAAP3cAAIh3AACOdwAA3XcAAPh3AAAyeAAAPngAAId4AACNeAAA3HgAAPp4AAAxeQAAQXkAAIZ5AACUeQAA23kAAOF5AAAwegAAM3oAAIV6AACPegAA2noAAPh6AAAvewAARXsAAIR7AACQewAA2XsAANx7AAAufAAAMXwAAIN8AACFfAAA2HwAAO98AAAtfQAAOX0AAIJ9AACefQAA130AAN99AACfUBAAPX4AAIF+AACPfgAA1n4AAOJ+AAArfwAAOH8AAIB/AACKfwAA1X8AAN1/AAAqgAAAK4AAAH+AAACBgAAA1IAAANeAAAApgQAALIEAAPRQEACDgQAA04EAANmBAAAoggAAL4IAAH2CAACFggAA0oIAAOiCAAAngwAAMIMAAHyDAAB/gwAA0YMAANuDAAAmhAAALoQAAHuEAACUhAAA0IQAANyEAAAlhQAALYUAAElREACChQAAz4UAANKFAAAkhgAALoYAAHmGAAB/hgAAzoYAANyGAAAjhwAAMIcAAHiHAACPhwAAnlEQAM6HAADhDw8A0IcAAJLBAQDThwAAOW8CANSHAAAuygcA1YcAADB0BgDWhwAAOMcAANeHAACySwIA2ocAAGDmDgDchwAAIogAAN6HAAC/jQgA44cAAAWfBgDkhwAAengNACyIAADZcgkAMYgAAHeIAACDiAAAzIgAAM2IAAAvzQMAz4gAACGJAAAkiQAAdokAAH2JAAAOmwEAfokAAMuJAACOiQAAJDABANKJAAAgigAALIoAAHWKAACCigAAyooAANiKAAAfiwAAK4sAAHSLAAB7iwAAyYsAANGLAAAejAAALowAAHOMAAB4jAAAyIwAAM6MAAAdjQAAJY0AAHKNAAB7jQAAx40AAMqNAAAcjgAAKI4AAHGOAAB3jgAA81EQAOWOAABIUhAAKI8AAHCPAAByjwAAUQMBAHOPAADBkQIAd48AAOu8AgB7jwAAj2QMAHyPAAAd4QEAf48AAEBeDACJjwAAQGgCAJCPAADFjwAA0o8AABqQAAAfkAAAb5AAAHOQAADEkAAA0ZAAABmRAAAhkQAAbpEAACSRAAB30woAdZEAAMORAAB9kQAAc4kDAMWRAAAYkgAAIpIAAG2SAABvkgAAwpIAANuSAAAXkwAAGZMAAGyTAABvkwAAwZMAAM2TAAAWlAAAHpQAAJ1SEABxlAAAwJQAAHOUAAAAQxIAepQAAJuzBgB8lAAAngUHAH6UAACrUwEAg5QAAJAODACHlAAAqkgNAMaUAAAW6QAA2JQAABWVAAAXlQAAapUAACKVAAAAqgAALpUAAGSbAAB5lQAAv5UAAM6VAAAUlgAAIJYAAGmWAABslgAAvpYAAMGWAAATlwAAK5cAAGiXAABvlwAAvZcAAMmXAAASmAAAH5gAAGeYAAB1mAAAvJgAAMiYAAARmQAAGJkAAGaZAAB+mQAAu5kAAMeZAAAQmgAAFpoAAGWaAABrmgAAupoAAL+aAAAPmwAAFZsAAEdTEABmmwAAuZsAAMCbAAAOnAAAJpwAAGOcAABqnAAAuJwAANGcAAANnQAAJZ0AAGKdAABunQAAt50AAL2dAAAMngAAEp4AAGGeAABmngAAtp4AALyeAACcUxAAJJ8AAGCfAABxnwAAtZ8AAMOfAAAKoAAAGaAAAF+gAABnoAAAtKAAANSgAAAJoQAAFaEAAF6hAAByoQAAs6EAALuhAAAIogAADqIAAF2iAABpogAAsqIAALyiAAAHowAADaMAAFyjAABqowAAsaMAAL2jAAAGpAAAIaQAAFukAABdpAAAsKQAAMGkAAAFpQAADaUAAFqlAABopQAAr6UAALKlAAAEpgAADKYAAFmmAABmpgAArqYAALOmAAADpwAADacAAFinAABgpwAAracAAK+nAAACqAAAE6gAAFeoAABoqAAArKgAALGoAAABqQAABakAAFapAABiqQAAq6kAALKpAADxUxAABaoAAFWqAABfqgAAqqoAAMKqAAD/qgAAAqsAAFSrAABdqwAAqasAAKqrAAD+qwAA/6sAAFOsAABYrAAAqKwAAK6sAAD9rAAAB60AAFKtAABerQAAp60AAK6tAAD8rQAAFK4AAFGuAABTrgAApq4AAK+uAAD7rgAABa8AAFCvAABbrwAApa8AAL2vAAD6rwAAELAAAE+wAABUsAAApLAAAKuwAAD5sAAABbEAAEZUEABQsQAAPr8CAFOxAADNhgEAV7EAAByIBgBZsQAAskUIAF+xAACjsQAApbEAAC95AgCxsQAA+LEAAASyAABNsgAAB7IAAODBCABasgAAorIAAKyyAAD3sgAA+LIAAPf4DwD/sgAATLMAAFOzAAChswAAZ7MAAPmvAQCmswAA9rMAAAK0AABLtAAATrQAAKC0AACotAAA9bQAAAK1AABKtQAAT7UAAJ+1AACptQAA9LUAAPy1AABJtgAATLYAAJ62AACntgAA87YAAPS2AABItwAASbcAAJ23AACitwAA8rcAAPi3AABHuAAAUbgAAJy4AACkuAAA8bgAAPO4AABGuQAAT7kAAJu5AACluQAA8LkAAPu5AABFugAAUboAAJq6AACnugAA77oAAPm6AABEuwAAUrsAAJm7AACouwAA7rsAAPC7AABDvAAATbwAAJi8AACmvAAA7bwAAPK8AABCvQAAT70AAJe9AACfvQAA7L0AAO29AABBvgAAR74AAJa+AACbvgAA674AAPW+AABAvwAARb8AAJW/AACkvwAA6r8AAO+/AAA/wAAAUMAAAJTAAACcwAAA6cAAAO/AAAA+wQAASsEAAJPBAACwwQAA6MEAAPHBAAA9wgAAScIAAJLCAACVwgAA58IAAPHCAAA8wwAASMMAAJHDAACYwwAA5sMAAO7DAAA7xAAAVMQAAJDEAACkxAAA5cQAAO3EAAA6xQAAPcUAAI/FAACbxQAA5MUAAOrFAAA5xgAAVMYAAI7GAACaxgAA48YAAOnGAACbVBAAQscAAI3HAACYxwAA4scAAOrHAAB72QAA7scAADfIAABEyAAAjMgAAJbIAADhyAAA78gAADbJAABFyQAAi8kAAI3JAADgyQAA6skAADXKAABDygAAisoAAI/KAADfygAA7MoAADTLAAA8ywAAicsAAETLAADWfQEAissAAN7LAACNywAA6GsBAJnLAAAGowEA78sAADPMAAA8zAAAiMwAAJ/MAADdzAAA68wAADLNAAA/zQAAh80AAI/NAADczQAA+80AAPBUEAA6zgAAhs4AAJDOAADbzgAA5s4AAEVVEAAyzwAAhc8AAI7PAADazwAA5M8AAC/QAAA60AAAhNAAAJDQAADZ0AAA5tAAAC7RAAA40QAAg9EAAJHRAADY0QAA59EAAC3SAAAv0gAAgtIAAIzSAADX0gAA5dIAACzTAAAx0wAAgdMAAI7TAADW0wAA3tMAACvUAAAx1AAAgNQAAIzUAADV1AAA8tQAACrVAAAz1QAAf9UAAI3VAADU1QAA2tUAACnWAAA11gAAftYAAIXWAACaVRAA1dYAAIImAgDZ1gAAKNcAAC3XAAB91wAANtcAADfEBACK1wAA0tcAAOnXAAAn2AAAKNgAAHzYAAB+2AAA0dgAANTYAAAm2QAAKdkAAO9VEACc2QAA0NkAANHZAAAl2gAAJ9oAAHraAAB92gAAz9oAANLaAABEVhAAKdsAAHnbAAB/2wAAztsAANXbAAAj3AAARdwAAHjcAACA3AAAzdwAANzcAAAi3QAAJN0AAHfdAACI3QAAzN0AAN3dAAAh3gAALd4AAHbeAAB93gAAy94AANPeAAAg3wAAJN8AAHXfAACD3wAAyt8AANTfAAAf4AAAKuAAAHTgAAB54AAAyeAAANLgAAAe4QAAKOEAAHPhAAB74QAAyOEAAMrhAAAd4gAAKuIAAHLiAACG4gAAx+IAAM/iAAAc4wAAHeMAAHHjAABz4wAAxuMAAMnjAAAb5AAAHuQAAJlWEAB15AAAxeQAAMvkAAAa5QAAIeUAAG/lAAB35QAAxOUAANPlAAAZ5gAAHuYAAG7mAAB75gAAw+YAANPmAAAY5wAAJucAAG3nAACE5wAAwucAAMvnAAAX6AAAHegAAGzoAAB46AAAwegAAMjoAADuVhAAG+kAAMLlAgAe6QAAa+kAACPpAACj/QkAeukAAMDpAADR6QAAFeoAACPqAABq6gAAduoAAL/qAADM6gAAFOsAAB7rAABp6wAAcesAAL7rAADB6wAAE+wAAB/sAABo7AAAdewAAL3sAADH7AAAEu0AABrtAABn7QAAae0AALztAADF7QAAEe4AABvuAABm7gAAce4AALvuAADQ7gAAEO8AABjvAABl7wAAfu8AALrvAADD7wAAD/AAABnwAABk8AAAbPAAALnwAADG8AAADvEAABPxAABj8QAAa/EAALjxAAC58QAADfIAAA/yAABi8gAAZfIAALfyAAC68gAAQ1cQABHzAABh8wAAZ/MAALbzAAC98wAAC/QAABP0AABg9AAAbvQAALX0AAC49AAACvUAABL1AABf9QAAYvUAALT1AADA9QAACfYAABP2AACYVxAAX/YAALHrDQBg9gAAs/YAAGH2AADHgQwAaPYAAATuDQBp9gAAgSQFAG32AACWEgIAbvYAAOcMDACC9gAACPYBALz2AAAI9wAAEvcAAF33AABo9wAAsvcAAL73AAAH+AAAFPgAAFz4AABm+AAAsfgAAL/4AAAG+QAAFfkAAFv5AABd+QAAsPkAALr5AAAF+gAAE/oAAFr6AABf+gAAr/oAALz6AAAE+wAAFPsAAFn7AABb+wAArvsAALz7AAAD/AAAFPwAAO1XEABf/AAAQlgQALX8AACXWBAAC/0AAFf9AABh/QAArP0AALf9AAAB/gAADf4AAFb+AABj/gAAq/4AALX+AAAA/wAADv8AAFX/AABk/wAAqv8AAKz/AAD//wAACQABAFQAAQBiAAEAqQABAK4AAQD+AAEACwEBAFMBAQBbAQEAqAEBALgBAQD9AQEA/wEBAFICAQBgAgEApwIBALgCAQDsWBAAAwMBAEFZEABqAwEApgMBALcDAQD7AwEABwQBAFAEAQBYBAEAllkQAKoEAQD6BAEAAgUBAE8FAQBRBQEApAUBAFQFAQCkqQcAXgUBAJAVBQCtBQEA+QUBALMFAQBHWQoAAwYBAE4GAQBZBgEAowYBAK8GAQD4BgEABQcBAE0HAQBXBwEAogcBALAHAQD3BwEABggBAEwIAQBOCAEAoQgBAKsIAQD2CAEAAgkBAEsJAQBTCQEA61kQAKMJAQD1CQEAAwoBAEoKAQBXCgEAnwoBALYKAQD0CgEA/AoBAEkLAQBfCwEAngsBAKoLAQDzCwEAAgwBAEgMAQBTDAEAnQwBAJ8MAQDyDAEA/wwBAEcNAQBVDQEAnA0BAJ8NAQDxDQEABw4BAEYOAQBODgEAmw4BAK0OAQBAWhAA+A4BAPpWBAD9DgEAjRANAP8OAQBFDwEASg8BAJoPAQChDwEA7w8BAPsPAQBEEAEAURABAJkQAQCbEAEA7hABAAQRAQBDEQEATxEBAJgRAQC3EQEA7REBAAkSAQBCEgEAShIBAJVaEACZEgEA7BIBAPUSAQBBEwEASxMBAJYTAQChEwEA6xMBAPcTAQBAFAEATRQBAJUUAQCfFAEA6hQBAPgUAQA/FQEAThUBAJQVAQCWFQEA6RUBAPMVAQA+FgEATBYBAJMWAQCYFgEA6BYBAPUWAQA9FwEATRcBAJIXAQCUFwEA5xcBAPUXAQA8GAEATRgBAOpaEACYGAEAP1sQAOgYAQCppgUA6xgBADsZAQDvGAEA0NgBAPIYAQCn+wcA9BgBAEyyAQD6GAEAbzYFAEIZAQDyVwsASBkBAJAZAQCnGQEA5RkBAOoZAQA6GgEAPRoBAI8aAQBEGgEAl2IGAFYaAQA3bQYAlBoBAJJnBgCbGgEA5BoBAOoaAQAtJwEA8xoBADkbAQBCGwEAjhsBAJQbAQDjGwEA8RsBADgcAQBCHAEAjRwBAKEcAQDiHAEA7hwBADcdAQBKHQEAjB0BAJsdAQDhHQEA7R0BADYeAQA3HgEAix4BAJUeAQDgHgEA7h4BADUfAQA6HwEAih8BAJcfAQDpWxAA8h8BADQgAQBDIAEAiSABAJUgAQDeIAEA3yABADMhAQA9IQEAiCEBAJYhAQDdIQEA4iEBADIiAQA/IgEA6FwQAIkiAQDcIgEA5SIBADEjAQA7IwEAhiMBAJEjAQDbIwEA5yMBADAkAQA9JAEAhSQBAI8kAQDaJAEA6CQBAC8lAQA+JQEAhCUBAIYlAQDZJQEA4yUBAC4mAQA8JgEAgyYBAJAmAQDYJgEA7yYBAD1dEABIJwEAgicBAI4nAQDXJwEA3ScBACwoAQA4KAEAgSgBAIcoAQDWKAEA3CgBACspAQAwKQEAgCkBAIYpAQCSXRAA3ikBACoqAQA0KgEAfyoBAIoqAQDUKgEA4CoBACkrAQA2KwEAfisBAIgrAQDTKwEA4SsBACgsAQA3LAEAfSwBAH8sAQDSLAEA3CwBACctAQA1LQEAfC0BAIEtAQDRLQEA3i0BACYuAQAuLgEAey4BAIsuAQDQLgEA0i4BACUvAQAzLwEAei8BAIsvAQCRXhAA1i8BAOZeEAAqMAEAeTABAIUwAQDOMAEA3jABACMxAQAsMQEAeDEBAHsxAQDNMQEA2TEBACIyAQApMgEAdzIBAH8yAQDMMgEA6jIBACEzAQApMwEAdjMBAIczAQDLMwEA0DMBACA0AQA3NAEAdTQBAIM0AQDKNAEA1zQBAB81AQAnNQEAdDUBAHg1AQDJNQEAyzUBAB42AQAhNgEAczYBAHs2AQDINgEAzjYBAB03AQApNwEAcjcBAII3AQDHNwEA0DcBABw4AQAfOAEAcTgBAH04AQDGOAEAzTgBADtfEAAkOQEAcDkBAHM5AQDFOQEA0zkBABo6AQAnOgEAbzoBAIY6AQDEOgEAzDoBABk7AQAbOwEAbjsBAHc7AQDDOwEAzTsBABg8AQAjPAEAbTwBAHk8AQDCPAEAzzwBABc9AQAhPQEAbD0BAHo9AQDBPQEA0D0BABY+AQAYPgEAaz4BAHU+AQDAPgEAzj4BABU/AQAaPwEAaj8BAHc/AQC/PwEAxz8BABRAAQAqQAEAaUABAHVAAQC+QAEAzUABABNBAQAeQQEAaEEBAGpBAQC9QQEAykEBABJCAQAgQgEAZ0IBAGpCAQC8QgEA0kIBAJBfEAAZQwEANh0CAB9DAQDGjAIAKUMBAGZDAQBoQwEAu0MBAMxDAQAQRAEAIUQBAGVEAQBqRAEAukQBAL5EAQAPRQEAG0UBAGRFAQBrRQEAuUUBAMFFAQAORgEALEYBAGNGAQBrRgEA5V8QAL1GAQANRwEADkcBAJoCDgAcRwEAUqEMACZHAQBiRwEAZEcBALdHAQDQRwEADEgBAB1IAQBhSAEAbUgBALZIAQC4SAEAC0kBABRJAQBgSQEAGkkBAAVPAQBqSQEAtUkBAMBJAQAKSgEAFkoBAF9KAQBsSgEAtEoBAL5KAQAJSwEAF0sBAF5LAQBtSwEAs0sBALVLAQAITAEAEkwBAF1MAQBrTAEAskwBALdMAQAHTQEAFE0BAFxNAQBoTQEAsU0BALdNAQAGTgEADE4BAFtOAQBgTgEAsE4BALZOAQA6YBAAFE8BAFpPAQBmTwEAr08BALJPAQAEUAEAB1ABAFlQAQBgUAEArlABALpQAQADUQEAEFEBAFhRAQBmUQEArVEBALlRAQACUgEACVIBAI9gEABdUgEArFIBALJSAQABUwEABlMBAFZTAQBcUwEA5GAQAKxTAQD3BgIAtVMBAFP2CwC3UwEADTgQALlTAQBPpAwAulMBAABUAQAMVAEAVVQBAFZUAQCqVAEAYVQBAOqzDAC0VAEA/1QBAA1VAQBUVQEAWVUBAKlVAQC2VQEAOWEQAABWAQDcbAwADFYBAD5gDAAhVgEAjmEQAHlWAQCoVgEAz1YBAP1WAQAhVwEAUlcBAFpXAQDjYRAAs1cBAPxXAQD+VwEAUVgBAFRYAQCmWAEAq1gBAPtYAQAIWQEAUFkBAGxZAQClWQEArVkBADhiEAADWgEAT1oBAAdaAQBFZAEAUloBAKRaAQCwWgEA+VoBAP9aAQBOWwEAW1sBAKNbAQClWwEA+FsBAA5cAQBNXAEAWVwBAKJcAQCqXAEAjWIQAP1cAQBMXQEAVF0BAKFdAQCiXQEA9l0BAPhdAQBLXgEATl4BAKBeAQCjXgEA4mIQAPpeAQBKXwEAUF8BAJ9fAQCmXwEA9F8BAPxfAQBJYAEAVmABAJ5gAQCjYAEA82ABAP1gAQBIYQEAUGEBAJ1hAQCfYQEA8mEBAANiAQBHYgEAWGIBAJxiAQChYgEA8WIBAPViAQBGYwEAUmMBAJtjAQCiYwEA8GMBAAJkAQA3YxAASmQBAJpkAQCiZAEA72QBAPFkAQBEZQEAU2UBAJllAQCoZQEA7mUBAPplAQBDZgEARmYBAJhmAQCbZgEA7WYBAPVmAQBCZwEATGcBAJdnAQCcZwEA7GcBAPRnAQBBaAEAS2gBAJZoAQChaAEA62gBAPloAQBAaQEAQ2kBAJVpAQCdaQEA6mkBAAVqAQA/agEASmoBAJRqAQCZagEA6WoBAOxqAQA+awEASGsBAJNrAQClawEAjGMQAPZrAQA9bAEAR2wBAJJsAQCdbAEA52wBAO9sAQA8bQEAQm0BAJFtAQCTbQEA5m0BAP9tAQA7bgEAVG4BAJBuAQCebgEA5W4BAO9uAQA6bwEAUG8BAI9vAQCsbwEA5G8BAOxvAQA5cAEASXABAI5wAQCQcAEA43ABAPFwAQA4cQEASXEBAOFjEACUcQEANmQQAONxAQA3cgEASHIBAIxyAQCYcgEA4XIBAONyAQA2cwEAOXMBAItzAQCXcwEA4HMBAOhzAQDgZBAAQHQBAIp0AQCWdAEA33QBAO50AQA0dQEAVHUBAIl1AQCRdQEA3nUBAPJ1AQAzdgEAOHYBAIh2AQCRdgEA3XYBAON2AQAydwEAOncBAId3AQCWdwEA3HcBAOF3AQAxeAEAPngBAIZ4AQCTeAEA23gBAOd4AQAweQEAP3kBAIV5AQCPeQEA2nkBAOh5AQAvegEANHoBAIR6AQCRegEA2XoBAOF6AQAuewEAMXsBAIN7AQCPewEA2HsBAOJ7AQAtfAEAN3wBAIJ8AQCQfAEA13wBAOR8AQAsfQEAQ30BAIF9AQCEfQEANWUQANh9AQArfgEAOX4BAIB+AQCRfgEAimUQANx+AQDfZRAASX8BAH9/AQCPfwEA1H8BANZ/AQApgAEAN4ABAH6AAQCPgAEANGYQANqAAQCJZhAALYEBAH2BAQCFgQEA0oEBANSBAQAnggEAMIIBAHyCAQCGggEA0YIBANyCAQAmgwEAMoMBAHuDAQCIgwEA0IMBANqDAQAlhAEAM4QBAHqEAQCJhAEAz4QBANGEAQAkhQEALoUBAHmFAQCFhQEAzoUBANaFAQAzZxAAKIYBAHiGAQCAhgEAiGcQANSGAQAihwEA1oYBAHfaAwDahgEAorACAN6GAQC3kA0A44YBAH/UAQAuhwEAd4cBAJOHAQBO+A4An4cBAMyHAQDyhwEAIYgBAEqIAQB2iAEAnIgBAMuIAQDxiAEAIIkBACiJAQB1iQEAn4kBAMqJAQDjiQEAH4oBACGKAQB0igEAe4oBAMmKAQDRigEAHosBAC2LAQBziwEAeYsBAMiLAQDUiwEAHYwBACSMAQByjAEAfowBAMeMAQDUjAEAHI0BACaNAQBxjQEAf40BAMaNAQDIjQEAG44BACyOAQBwjgEAc44BAMWOAQDwjgEA3WcQAB2PAQDE4gMAJI8BADwTBgAnjwEAb48BACqPAQC55AwAK48BAGOaAgAwjwEAFD0EAHaPAQCdYAIAeY8BAO9iAwB+jwEAdtAOAIqPAQDEjwEAxo8BABmQAQAqkAEAbpABAHyQAQDDkAEAypABABiRAQAakQEAbZEBAB2RAQAqfgIAIJEBAFGtAQB8kQEAwpEBANGRAQAXkgEAI5IBAGySAQBvkgEAwZIBAMSSAQAWkwEANpMBAGuTAQB3kwEAwJMBANSTAQAVlAEAI5QBAGqUAQBxlAEAMmgQANaUAQAUlQEAFpUBALQ/DAAXlQEAtT4MACGVAQBplQEAa5UBAL6VAQDIlQEAE5YBAM+VAQBbQwwAHJYBAGiWAQBulgEAvZYBAMmWAQASlwEAGZcBAGeXAQBslwEAvJcBAMiXAQARmAEAFJgBAGaYAQBzmAEAu5gBAMCYAQAQmQEAGpkBAGWZAQB7mQEAupkBALyZAQAPmgEAGZoBAGSaAQBzmgEAuZoBAMSaAQCHaBAAGpsBAGObAQBwmwEAuJsBAMabAQANnAEAGZwBAGKcAQBpnAEA3GgQALycAQAMnQEAw5wBAK2YDwDFnAEAZEIEAA6dAQBRqwMAEZ0BAPX/CgAbnQEA/UwLACOdAQBhnQEAb50BALadAQDDnQEAC54BABOeAQBgngEAap4BAP6kBwBwngEAtZ4BALeeAQAKnwEAGJ8BAF+fAQBwnwEAMWkQALufAQCGaRAADqABAF6gAQBkoAEAs6ABALugAQAIoQEAEaEBAF2hAQBgoQEAsqEBAL6hAQAHogEADaIBAFyiAQBkogEAsaIBANCiAQAwahAACKMBAFujAQBpowEAsKMBAMGjAQCFahAADKQBANpqEABfpAEAr6QBALWkAQAEpQEADKUBAFmlAQBipQEArqUBALGlAQADpgEAD6YBAFimAQBepgEAhGsQAK+mAQACpwEAC6cBAFenAQBhpwEArKcBALenAQABqAEADagBAFaoAQBjqAEAq6gBALWoAQAAqQEADqkBAFWpAQBkqQEAqqkBAKypAQD/qQEACaoBAFSqAQBiqgEAqaoBAK6qAQD+qgEAC6sBAFOrAQBbqwEAqKsBALirAQD9qwEA/6sBAFKsAQBgrAEAp6wBALisAQDZaxAAA60BAC5sEABarQEApq0BAKmtAQD7rQEAB64BAFCuAQBWrgEApa4BALKuAQD6rgEA/K4BAE+vAQBlrwEApK8BALCvAQCDbBAABbABAE6wAQBUsAEAo7ABAKawAQD4sAEABrEBAE2xAQBSsQEAorEBAK+xAQD3sQEA/7EBANhsEABZsgEAobIBAK+yAQD2sgEADLMBAEuzAQBUswEAoLMBALazAQD1swEA/bMBAEq0AQBNtAEAn7QBAKi0AQD0tAEA9bQBAEm1AQBKtQEAnrUBAKO1AQDztQEA+bUBAEi2AQBStgEAnbYBAKm2AQDytgEA+bYBAEe3AQBPtwEAnLcBAJ63AQDxtwEA8rcBAEa4AQBUuAEAm7gBAKO4AQDwuAEAC7kBAEW5AQBRuQEAmrkBAKC5AQDvuQEA8rkBAES6AQBSugEAmboBAJ66AQDuugEA+7oBAEO7AQBLuwEAmLsBAKa7AQDtuwEA8LsBAC1tEABFvAEAl7wBAEa8AQB9zgkATrwBADi+CQBQvAEAW5YOAFW8AQAvwg4AmrwBAOy8AQD9vAEAQb0BAF29AQCWvQEAnr0BAIJtEAD8vQEAQL4BAEi+AQCVvgEAm74BAOq+AQDvvgEAP78BAEi/AQCUvwEAnr8BAOm/AQD3vwEAPsABAEvAAQCTwAEAn8ABAOjAAQDrwAEAPcEBAFnBAQDXbRAAlcEBAOfBAQCmwQEAgSUEAPPBAQA8wgEAQsIBAJHCAQCbwgEALG4QAOvCAQA7wwEASMMBAJDDAQCYwwEAz3UQAJzDAQDlwwEAoMMBAInKAQCswwEAVUgNAOvDAQA6xAEAQMQBAI/EAQCUxAEA5MQBAOrEAQCBbhAAQ8UBALNADABHxQEAjsUBAJ/FAQDWbhAA6sUBACtvEABAxgEAgG8QAJvGAQDixgEA6cYBADfHAQA/xwEAjMcBAJnHAQDhxwEA5scBADbIAQBAyAEAi8gBAJPIAQDgyAEA5sgBADXJAQA3yQEAiskBAJjJAQDfyQEA4skBADTKAQBAygEA1W8QAIvKAQDeygEA7MoBADPLAQBEywEAKnAQAI/LAQB/cBAA48sBADLMAQA4zAEAh8wBAIzMAQDczAEA4swBANRwEAAzzQEAhs0BADrNAQCLZg4APc0BAMvZBQChzQEA280BAN3NAQAwzgEASs4BAIXOAQCSzgEAedIJAJbOAQDazgEA3M4BAC/PAQA8zwEAhM8BAJvPAQDZzwEA888BAC7QAQAw0AEAg9ABADTQAQCaWA0AhtABANjQAQDb0AEALdEBADnRAQCC0QEAiNEBANfRAQDh0QEAKXEQADHSAQCB0gEAjtIBANbSAQDi0gEAK9MBADHTAQCA0wEAhtMBANXTAQDa0wEAKtQBADDUAQB+cRAAgNQBANTUAQCV1AEAowIFANbUAQAp1QEA4tQBAAzxAgAv1QEAftUBAIzVAQDT1QEA1tUBACjWAQAt1gEAfdYBAIrWAQDS1gEA4tYBACfXAQAp1wEAfNcBAIrXAQDR1wEA4tcBANNxEAAs2AEAe9gBAIfYAQAochAA4dgBACXZAQAv2QEAetkBAIjZAQDP2QEA0NkBACTaAQA12gEAedoBAIXaAQDO2gEA3toBACPbAQAl2wEAeNsBAIbbAQDN2wEA3tsBAH1yEAAo3AEAd9wBAIPcAQDSchAA0twBACHdAQAn3QEAdt0BAHvdAQDL3QEA0d0BAHxzEAAo3gEAdd4BAH/eAQDpsg4Ajt4BAMreAQDT3gEAH98BACnfAQB03wEAfN8BAMnfAQDN3wEAHuABACDgAQBz4AEAduABAMjgAQDk4AEA0XMQADDhAQBy4QEAc+EBAMfhAQDT4QEAHOIBACviAQBx4gEAe+IBAMbiAQDS4gEAG+MBACLjAQAmdBAAduMBABvYDACD4wEAxeMBANTjAQAa5AEAJuQBAG/kAQBw5AEAxOQBAM7kAQAZ5QEAJ+UBAG7lAQBz5QEAw+UBANDlAQDQdBAAIOYBAG3mAQB55gEAwuYBANXmAQAX5wEAGOcBAGznAQB45wEAwecBANDnAQAW6AEAIOgBAGvoAQB36AEAwOgBAMfoAQAldRAAJukBAGrpAQB26QEAv+kBAM/pAQAU6gEAHuoBAGnqAQBx6gEAvuoBAObqAQAT6wEA7OoBALnvAQA76wEAaOsBAHDrAQC96wEAw+sBABLsAQAg7AEAZ+wBAH7sAQC87AEAx+wBABHtAQAb7QEAZu0BAJPtAQC77QEAw+0BABDuAQAg7gEAZe4BAGfuAQC67gEAyO4BAA/vAQAg7wEAJHYQAGvvAQB5dhAA4e8BAA7wAQAW8AEAY/ABAGnwAQC48AEAxvABAA3xAQAk8QEAYvEBAG3xAQC38QEAwfEBAAzyAQA58gEAYfIBAGnyAQC28gEAxvIBAAvzAQAN8wEAYPMBAG7zAQC18wEAxvMBAM52EAAR9AEAI3cQAGH0AQC09AEAwvQBAAn1AQAa9QEAeHcQAGX1AQDNdxAAu/UBACJ4EAAQ9gEAd3gQAF/2AQCy9gEAwPYBAAf3AQAY9wEAzHgQAGL3AQCx9wEAvfcBACF5EAAP+AEAW/gBAGj4AQCw+AEAvvgBAAX5AQAP+QEAWvkBAHT5AQCv+QEAsvkBAAT6AQAL+gEAWfoBAHn6AQCu+gEAyPoBAHZ5EAAQ+wEAWPsBABT7AQAAUwIAGfsBAKiqAgBm+wEArfsBALf7AQAC/AEAHPwBAFf8AQBn/AEArPwBALL8AQAB/QEAA/0BAFb9AQBs/QEAq/0BALf9AQAA/gEABP4BAFX+AQBa/gEAqv4BALD+AQD//gEAH/8BAFT/AQBu/wEAqf8BAKv/AQD+/wEAAQACAFMAAgBWAAIAqAACALQAAgD9AAIAAwECAFIBAgBcAQIAy3kQAKwBAgD8AQIACQICAFECAgBdAgIApgICALkCAgD7AgIACgMCAFADAgBcAwIApQMCAKYDAgD6AwIABAQCAE8EAgBdBAIApAQCAKkEAgD5BAIABgUCACB6EABPBQIAs5YLAFAFAgB1fgwAUQUCAOa8BwBTBQIABusOAFQFAgBqjAkAVQUCAC9vDABYBQIAVZ0NAFkFAgAqdAwAWgUCAGg3CwBbBQIAA/ELAFwFAgAzwQsAXQUCAFyeBQBeBQIAowUCAGYFAgDF0xEAaAUCALU8DgBqBQIAIHsPAHEFAgDtABIAdgUCAKlIDgCQBQIAUaENAJUFAgD/7hEApQUCAPgFAgC0BQIA5woOAAYGAgBNBgIAXgYCAHV6EACpBgIAynoQAAMHAgBMBwIAWwcCAKEHAgCrBwIA9gcCAAIIAgBLCAIAGQgCAKL6DQBSCAIAdHsQAKIIAgD1CAIABgkCAEoJAgBTCQIAnwkCAKsJAgD0CQIA9wkCAEkKAgBRCgIAngoCAKgKAgDzCgIA+AoCAEgLAgBQCwIAnQsCALYLAgDyCwIA/gsCAEcMAgBPDAIAHnwQAKQMAgBzfBAA9AwCAEYNAgBJDQIAmw0CAKcNAgDwDQIA9g0CAEUOAgBPDgIAyHwQAJ8OAgDvDgIA/A4CAEQPAgBMDwIAHX0QAJ8PAgDuDwIA9A8CAEMQAgBIEAIAmBACAJ4QAgByfRAA9RACAMd9EABEEQIAZuQKAEcRAgCXEQIAThECAAOdCgChEQIA7BECAKYRAgB7fAgA9BECABTfDAAIEgIAQRICAEkSAgAcfhAAmxICAOsSAgABEwIAQBMCAEETAgCVEwIAlxMCAOoTAgDwEwIAPxQCAEsUAgCUFAIAmxQCAOkUAgDxFAIAPhUCAEcVAgCTFQIAlhUCAOgVAgD2FQIAPRYCAEoWAgCSFgIAqRYCAOcWAgDvFgIAPBcCAEgXAgA7GAIAZBcCAJEXAgC5FwIA5hcCAAoYAgBxfhAAWBgCAJAYAgCZGAIAjxkCAKEYAgDlGAIAFRkCADoZAgBeGQIAxn4QAJEZAgDkGQIA9RkCADkaAgBpGgIAjhoCALIaAgAbfxAA6RoCAKqkBgDsGgIAOBsCAO8aAgDwAA8AQhsCAI0bAgBFGwIAoqwGAEYbAgA9tA4AlRsCAOIbAgDmGwIANxwCADkcAgCMHAIAjxwCAOEcAgD9HAIAcH8QADsdAgCeVQwAQB0CANTJDABCHQIAix0CAEYdAgBxLgsAqB0CAOAdAgDpHQIANR4CADceAgCKHgIAmx4CAMV/EADkHgIANB8CAD0fAgCJHwIAmh8CAN4fAgDlHwIAMyACADsgAgCIIAIATSACAGdBAgCVIAIAMiECAJcgAgCGIgIAoSACAN0gAgDpIAIAGoAQADchAgCHIQIAkSECANwhAgDkIQIAb4AQAD0iAgDEgBAAiyICANsiAgDoIgIAMCMCADojAgCFIwIAhyMCANojAgDoIwIALyQCADwkAgAZgRAAiSQCANkkAgDmJAIALiUCADglAgCDJQIAhSUCANglAgDmJQIALSYCADomAgBugRAAhSYCAA2PDgCIJgIAw9gOAI8mAgDXJgIA4SYCAMOBEAA0JwIAgScCAIMnAgDI0w4AjicCAMqFBQCYJwIA1icCAJonAgDAkQMA2ycCACsoAgA1KAIAgCgCAIgoAgAYghAA3ygCACopAgA2KQIAfykCAIIpAgDUKQIA3ikCACkqAgBDKgIAfioCAJUqAgDTKgIA2CoCACgrAgBEKwIAbYIQAIcrAgDSKwIAjisCAB8uCADeKwIAJywCACosAgB8LAIAhiwCANEsAgDrLAIAJi0CACwtAgB7LQIAfS0CANAtAgDeLQIAJS4CACguAgB6LgIAhi4CAM8uAgDSLgIAJC8CAEcvAgDCghAAey8CAM4vAgDcLwIAIzACACYwAgB4MAIAhDACAM0wAgDQMAIAF4MQAC0xAgB3MQIAfTECAMwxAgDRMQIAITICACUyAgB2MgIAeTICAGyDEADMMgIAdnwNAM4yAgCHaQ8A0TICACAzAgDUMgIAOWIPANUyAgDGNwIA1zICAPdODwDZMgIAVEcPANoyAgCbVQ8A2zICANNyDwDiMgIA9FQMAOUyAgBgPA4ALDMCAHUzAgChMwIAyjMCANYzAgAfNAIALjQCAHQ0AgB+NAIAyTQCAMw0AgAeNQIAODUCAHM1AgB9NQIAyDUCAM01AgAdNgIAJzYCAHI2AgB9NgIAxzYCAM02AgAcNwIAITcCAHE3AgB1NwIAwYMQAMs3AgAbOAIA1DcCAJRcDwAlOAIAcDgCAHs4AgDFOAIAyzgCABo5AgAfOQIAbzkCAHM5AgAWhBAAyTkCACXYAgDLOQIAT/gNAMw5AgB30QwAzjkCANXGDgDeOQIAGToCACM6AgBuOgIAeToCAMM6AgDJOgIAGDsCAB07AgBtOwIAcTsCAMI7AgDlOwIAa4QQABk8AgBsPAIAGjwCAJMLDAAcPAIARlsJACA8AgA9twsAIzwCAGNFAgAlPAIAxNcOAHk8AgDmbAIAejwCAME8AgDEPAIAFj0CACI9AgBrPQIAgz0CAMA9AgDMPQIAFT4CABs+AgBqPgIAcD4CAL8+AgDEPgIAFD8CABo/AgDAhBAAcz8CAL4/AgDJPwIAE0ACABlAAgBoQAIAbUACAL1AAgDBQAIAEkECABVBAgAVhRAAcUECALxBAgDHQQIAEUICABdCAgBmQgIAa0ICALtCAgC/QgIAaoUQABFDAgBlQwIAcUMCALpDAgDGQwIAD0QCABVEAgBkRAIAakQCALlEAgC+RAIADkUCABRFAgC/hRAAZUUCAD+7BQBqRQIA2soFAHJFAgDPgwIAc0UCALhFAgDERQIADUYCABNGAgBiRgIAbkYCALdGAgDERgIADEcCABtHAgBhRwIAbUcCALZHAgDCRwIAC0gCABFIAgBgSAIAZkgCALVIAgC6SAIACkkCABBJAgAUhhAAaUkCAPqnCAB1SQIAtEkCAHhJAgC4kwkAwEkCAAlKAgARSgIA42ARABVKAgBeSgIAZEoCALNKAgC5SgIACEsCAA1LAgBdSwIAY0sCAGmGEAC6SwIAcdIRALxLAgAHTAIADUwCAFxMAgATTAIANscCAGpMAgCxTAIAykwCAAZNAgAPTQIAW00CAGVNAgCwTQIAvE0CAAVOAgARTgIAWk4CAGBOAgCvTgIAtU4CAARPAgAJTwIAWU8CAF9PAgC+hhAAuk8CAANQAgANUAIAWFACAGNQAgCtUAIAslACAAJRAgAJUQIAV1ECAGNRAgCsUQIAslECAAFSAgAHUgIAVlICAFtSAgCrUgIAsVICABOHEAARUwIAVVMCAFZTAgCqUwIAW1MCAKVYAgCvUwIA/1MCAA1UAgBUVAIAYVQCAKlUAgCzVAIA/lQCAApVAgBTVQIAWVUCAKhVAgC0VQIA/VUCABBWAgBSVgIAYVYCAKdWAgCzVgIA/FYCAP1WAgBRVwIAW1cCAKZXAgC0VwIA+1cCAABYAgBQWAIAXVgCAGiHEACxWAIA+lgCAApZAgBPWQIAW1kCAKRZAgCqWQIA+VkCAAVaAgBOWgIAW1oCAKNaAgCyWgIA+FoCAARbAgBNWwIAWVsCAKJbAgC1WwIA91sCAAZcAgBMXAIAWFwCAKFcAgCiXAIA9lwCAABdAgBLXQIAWV0CAKBdAgClXQIA9V0CAAJeAgC9hxAATF4CAIPLBgBWXgIAn14CAFdeAgAOkgoAWF4CAK5FDACzXgIA9F4CAABfAgBJXwIAT18CAJ5fAgCkXwIA818CAPhfAgBIYAIATmACABKIEACpYAIA8mACAP9gAgAT6gIABWECAEdhAgBMYQIA4HICAE9hAgB7LAMAU2ECAJxhAgCiYQIA8WECAPdhAgBGYgIAS2ICAJtiAgChYgIAZ4gQAPxiAgBFYwIAS2MCAJpjAgCfYwIA72MCAPZjAgBEZAIAUmQCAJlkAgC0ZAIA7mQCAPxkAgBDZQIARmUCAJhlAgCmZQIA7WUCAPJlAgBCZgIAT2YCAJdmAgCjZgIA7GYCAPJmAgBBZwIAR2cCAJZnAgCbZwIA62cCAPFnAgC8iBAARWgCAJVoAgCeaAIA6mgCAPdoAgA/aQIARmkCAJRpAgClaQIA6WkCAO5pAgA+agIATWoCAJNqAgCVagIA6GoCAPlqAgA9awIASWsCAJJrAgCYawIA52sCAO1rAgA8bAIAQWwCAJFsAgCXbAIAEYkQAP1sAgA7bQIAR20CAJBtAgCcbQIA5W0CAOttAgA6bgIAQG4CAI9uAgCUbgIA5G4CAOpuAgBmiRAAP28CALGhAgBQbwIAjm8CAJdvAgDjbwIA+W8CADhwAgBEcAIAjXACAJpwAgDicAIA7HACADdxAgBDcQIAjHECAJJxAgDhcQIA53ECADZyAgA7cgIAi3ICAJFyAgC7iRAA6XICADVzAgA/cwIAinMCAI9zAgDfcwIA73MCADR0AgBNdAIAiXQCAI50AgDedAIA53QCADN1AgBAdQIAiHUCAI91AgDddQIA4HUCADJ2AgA+dgIAh3YCAJp2AgDcdgIA63YCADF3AgA9dwIAhncCAId3AgDbdwIA5XcCADB4AgA+eAIAhXgCAIp4AgDaeAIA53gCABCKEAAyeQIAhHkCAId5AgDZeQIA5nkCAG/aCwDoeQIALnoCADB6AgCDegIAhnoCANh6AgDiegIALXsCADl7AgCCewIAlXsCANd7AgDmewIALHwCADh8AgCBfAIAgnwCANZ8AgDgfAIAK30CADl9AgCAfQIAhX0CANV9AgDifQIAZYoQACt+AgB/fgIAi34CANR+AgDafgIAKX8CACt/AgB+fwIAiH8CANN/AgDhfwIAKIACAC2AAgB9gAIAioACANKAAgDegAIAJ4ECADqBAgB8gQIAi4ECANGBAgDdgQIAJoICACeCAgB7ggIAhYICANCCAgDeggIAJYMCACqDAgB6gwIAh4MCALqKEADYgwIAJIQCANuDAgAa2QwAKoQCAHmEAgB8hAIAzoQCANyEAgAjhQIAKIUCAHiFAgCFhQIAzYUCANmFAgAihgIAKIYCAHeGAgB9hgIAzIYCANGGAgAhhwIAJ4cCAA+LEAB4hwIAy4cCAH2HAgDdvw0A2ocCACCIAgBAiAIAdYgCAHqIAgDKiAIA5YgCAB+JAgAriQIAdIkCAHqJAgDJiQIA2YkCAB6KAgAvigIAc4oCAHiKAgDIigIAzIoCAB2LAgApiwIAcosCAHiLAgDHiwIAzYsCAByMAgAhjAIAcYwCAHeMAgBkixAA1YwCAMDbDgDcjAIAG40CAByNAgBwjQIAgY0CAMWNAgDRjQIAGo4CADCOAgBvjgIAe44CAMSOAgDRjgIAGY8CACOPAgBujwIAeo8CAMOPAgDKjwIAGJACACSQAgBtkAIAc5ACAMKQAgDIkAIAF5ECAByRAgBskQIAcpECALmLEADDkQIAPwcPAMqRAgAWkgIAF5ICAGuSAgBskgIAwJICAMWSAgAVkwIAG5MCAGqTAgB0kwIAv5MCAMuTAgAUlAIAG5QCAGmUAgBulAIAvpQCAL+UAgATlQIAH5UCAGiVAgBulQIAvZUCAL+VAgASlgIAHJYCAGeWAgB1lgIAvJYCAMGWAgARlwIAHpcCAGaXAgBylwIAu5cCAM6XAgAQmAIAH5gCAGWYAgBxmAIAupgCALuYAgAPmQIAGZkCAGSZAgBymQIAuZkCAL6ZAgAOmgIAG5oCAA6MEAB0mgIAuJoCAMSaAgANmwIAJJsCAGKbAgBkmwIAt5sCAMibAgAMnAIADpwCAGGcAgBnnAIAtpwCAM2cAgALnQIAFJ0CAGCdAgB2nQIAtZ0CAMGdAgAKngIAF54CAF+eAgBpngIAtJ4CAMCeAgAJnwIAHJ8CAF6fAgBtnwIAs58CAL+fAgAIoAIACaACAF2gAgBnoAIAsqACAMCgAgAHoQIADKECAFyhAgBpoQIAY4wQALOhAgAGogIAGqICAFuiAgBpogIAsKICAL2iAgAFowIADKMCAFqjAgBmowIAr6MCAMKjAgAEpAIACaQCAFmkAgBipAIArqQCALikAgADpQIACKUCAFilAgBopQIAraUCAMalAgACpgIAB6YCAFemAgBgpgIArKYCALmmAgABpwIACKcCAFanAgBZpwIAq6cCALenAgAAqAIAE6gCAFWoAgBkqAIAqqgCALaoAgD/qAIAAKkCAFSpAgBeqQIAqakCALepAgD+qQIAA6oCAFOqAgBgqgIAuIwQAMGqAgD9qgIACasCAFKrAgBYqwIAp6sCALerAgD8qwIAAawCAFGsAgBXrAIApqwCALysAgD7rAIA/awCAFCtAgBarQIApa0CALGtAgD6rQIADa4CAE+uAgBergIApK4CALCuAgD5rgIA+q4CAE6vAgBYrwIAo68CALGvAgD4rwIA/a8CAE2wAgBasAIADY0QAKWwAgD5ow0ArLACAHQnDwCusAIAWvEJAK+wAgA5wwMAsbACAPewAgAAsQIATLECAFKxAgChsQIAp7ECAPaxAgACsgIAS7ICAFiyAgCgsgIAqrICAPWyAgALswIASrMCAE+zAgCfswIAprMCAPSzAgACtAIASbQCAFm0AgCetAIArLQCAPO0AgACtQIASLUCAEq1AgCdtQIAp7UCAPK1AgAAtgIAR7YCAEy2AgCctgIAqbYCAPG2AgD9tgIARrcCAFm3AgCbtwIAqrcCAPC3AgD8twIARbgCAEa4AgCauAIApLgCAO+4AgD9uAIARLkCAEm5AgCZuQIAprkCAGKNEADwuQIAQ7oCAPq5AgAN6QkAVLoCAJi6AgChugIA7boCAPm6AgBCuwIASrsCANTEEQBOuwIAl7sCAJ27AgDsuwIA8rsCAEG8AgBGvAIAlrwCAJy8AgC3jRAA97wCAEC9AgBQvQIAlb0CAKO9AgDqvQIA970CAD++AgBLvgIAlL4CAJu+AgDpvgIA8b4CAAyOEABHvwIA+58PAEu/AgAc4QIAT78CAJO/AgCkvwIA6L8CAPC/AgA9wAIA9L8CAIAdDQBHwAIAksACAJfAAgDnwAIA78ACADzBAgA+wQIAkcECAEXBAgAq0wIAmcECAObBAgD8wQIAO8ICAEfCAgCQwgIApsICAOXCAgD+wgIAOsMCAEbDAgCPwwIAlcMCAOTDAgDswwIAOcQCAEnEAgCOxAIAl8QCAOPEAgDwxAIAOMUCAEfFAgCNxQIAl8UCAOLFAgDwxQIAN8YCADzGAgCMxgIAmcYCAOHGAgDpxgIAYY4QAEzHAgCLxwIAjMcCAODHAgDqxwIANcgCAD3IAgCKyAIAlMgCAN/IAgDkyAIANMkCADzJAgCJyQIAi8kCAC/OAgCMyQIAGzcDAI/JAgDeyQIAkMkCAA1FAwCfyQIAFD4DAOrJAgAzygIANcoCAIjKAgCPygIA3coCAOXKAgAyywIAM8sCAIfLAgCNywIA3MsCAOHLAgAxzAIAMswCAIbMAgCSzAIA28wCAOHMAgAwzQIAOs0CAIXNAgCZzQIA2s0CAOLNAgC2jhAAMs4CAITOAgA2zgIAIDIDAIfOAgDZzgIA584CAC7PAgBFzwIAg88CAJDPAgDYzwIA4M8CAC3QAgAu0AIAgtACAIjQAgDX0AIA3NACACzRAgAt0QIAgdECAI3RAgDW0QIA3NECACvSAgA10gIAgNICAJTSAgDV0gIA3dICAGCPEAA30wIAf9MCAIbTAgDU0wIA4NMCACnUAgA51AIAftQCAIzUAgDT1AIA4NQCACjVAgA01QIAfdUCAITVAgDS1QIA2tUCAAqQEAAz1gIAfNYCAIbWAgDR1gIA3NYCACbXAgAr1wIAe9cCAILXAgDQ1wIA2NcCAF+QEAAt2AIAetgCAIrYAgDP2AIA29gCACTZAgAo2QIAedkCAIHZAgDO2QIA0NkCACPaAgAp2gIAeNoCAI/aAgDN2gIA1toCACLbAgA42wIAd9sCAIPbAgDM2wIA2dsCACHcAgAr3AIAdtwCAHncAgDL3AIA09wCACDdAgAq3QIAdd0CAHrdAgDK3QIA0t0CAB/eAgAv3gIAdN4CAH3eAgDJ3gIA1t4CAB7fAgAt3wIAc98CAH3fAgDI3wIA1t8CAB3gAgAi4AIAcuACAH/gAgDH4AIAz+ACALSQEAAp4QIAceECADvhAgDRfwQAduECAMbhAgDQ4QIAG+ICACPiAgBw4gIAMuICAAc/DwB24gIAxeICAH7iAgDJKQ0Af+ICAG/dCACA4gIAuu0CAIHiAgCPugsA0eICABrjAgAc4wIARgINACHjAgBv4wIAe+MCAMTjAgDT4wIAGeQCACrkAgBu5AIAcOQCAMPkAgDJ5AIAGOUCACTlAgBt5QIAdeUCAAmREADI5QIAXpEQACPmAgCzkRAAb+YCAF2SEADE5gIAspIQAMbmAgAxygQAGecCABI3DAAj5wIAa+cCAHXnAgDA5wIAwucCABXoAgAo6AIAaugCAHLoAgD/SA0AdugCAL/oAgDF6AIAFOkCABrpAgBp6QIAbukCAL7pAgDE6QIAB5MQAB3qAgBo6gIAauoCAL3qAgDH6gIAEusCACDrAgBn6wIAbOsCALzrAgDJ6wIAEewCAB3sAgBm7AIAbOwCALvsAgDB7AIAEO0CABXtAgBl7QIAa+0CAFyTEADI7QIAD+4CABzuAgBk7gIAa+4CALnuAgDB7gIADu8CAA/vAgCNZwsAEe8CAGPvAgAk7wIAj2ULAHfvAgC47wIAzu8CAA3wAgAm8AIAYvACAGfwAgC38AIAyPACALGTEAAd8QIAYfECAGPxAgC28QIAwPECAAvyAgAZ8gIAYPICAGXyAgC18gIAwvICAArzAgAS8wIAX/MCAGvzAgC08wIAb/MCAAj1AgC68wIACfQCAA/0AgBe9AIAY/QCALP0AgC59AIABpQQAAr1AgBd9QIAa/UCALL1AgDD9QIAW5QQAA72AgCwlBAAZPYCALH2AgBm9gIAmrMHAKP2AgA/BBIAv/YCAAb3AgDA9gIAVvwCAMH2AgDpDAoAE/cCAFv3AgBq9wIAsPcCALX3AgAF+AIAG/gCAFr4AgBb+AIAr/gCALH4AgAE+QIADvkCAFn5AgBn+QIArvkCAMf5AgAD+gIAFPoCAFj6AgBk+gIArfoCALX6AgCvlRAAFvsCAFf7AgBY+wIArPsCALj7AgAB/AIABPwCAASWEABY/AIAq/wCALj8AgAA/QIADf0CAFX9AgBa/QIAqv0CALT9AgD//QIAB/4CAFT+AgBk/gIAqf4CALf+AgD+/gIAC/8CAFP/AgBa/wIAqP8CALD/AgD9/wIAAAADAFIAAwBmAAMApwADAL0AAwD8AAMAFQEDAFEBAwBWAQMApgEDALcBAwBZlhAAAwIDAK6WEAAHAgMASQIKABcCAwBVQxIAXQIDAKUCAwCsAgMA+gIDAAYDAwBPAwMAXwMDAKQDAwCyAwMA+QMDAAYEAwBOBAMAWgQDAKMEAwCqBAMAA5cQAPoEAwBNBQMA/QQDAIYgBABaBQMAogUDAK8FAwD3BQMA/AUDAEwGAwBWBgMAoQYDAKkGAwD2BgMA+wYDAF5IBAD/BgMASwcDAE4HAwCgBwMArAcDAFiXEAD6BwMASggDAAEIAwCWtAoATwgDAJ8IAwCnCAMA9AgDAAoJAwBJCQMASwkDAJ4JAwCrCQMA8wkDAAcKAwCtlxAATQoDAJ0KAwClCgMASawKAKcKAwDyCgMA+goDAEcLAwBTCwMAnAsDAKkLAwDxCwMA9gsDAEYMAwBPDAMAmwwDALIMAwDwDAMA+wwDAAKYEABTDQMAmg0DAJ0NAwDvDQMA8g0DAEQOAwBSDgMAmQ4DAKYOAwDuDgMABQ8DAEMPAwBLDwMAmA8DAJ4PAwDtDwMA+Q8DAEIQAwBMEAMAlxADAKAQAwDsEAMA8hADAEERAwBOEQMAV5gQAKIRAwDrEQMApBEDADy5CgD6EQMAQBIDAFESAwCVEgMAlxIDAOoSAwDwEgMAPxMDAEsTAwCUEwMAmxMDAOkTAwDxEwMAPhQDAEAUAwCTFAMAoBQDAOgUAwDvFAMAPRUDAEUVAwCSFQMAnxUDAOcVAwDsFQMAPBYDAEYWAwCRFgMAmRYDAOYWAwDvFgMAOxcDAD4XAwCQFwMAnBcDAOUXAwDsFwMArJgQAEcYAwCPGAMAUBgDAIodAwByGAMAjb0KAKoYAwDkGAMA5hgDADkZAwBKGQMAjhkDAJwZAwDjGQMA6hkDADgaAwBAGgMAjRoDAJIaAwDiGgMA4xoDADcbAwBDGwMAjBsDAJIbAwDhGwMA4xsDADYcAwBAHAMAixwDAJkcAwDgHAMA5RwDADUdAwBCHQMAAZkQAIsdAwDfHQMA5B0DADQeAwA6HgMAiR4DAJMeAwDeHgMA6h4DADMfAwA6HwMAiB8DAJAfAwDdHwMA3x8DADIgAwA/IAMAhyADAI4gAwDcIAMA5CADADEhAwA+IQMAhiEDAIshAwDbIQMA5SEDADAiAwA4IgMAhSIDAI4iAwDaIgMA3SIDAC8jAwA7IwMAhCMDAIsjAwBWmRAA5SMDAEavCgDtIwMALiQDADskAwCDJAMAjSQDANgkAwDaJAMALSUDAEAlAwCCJQMAiiUDANclAwDjJQMALCYDADImAwCBJgMAhyYDANYmAwDbJgMAKycDADEnAwCrmRAAjicDANUnAwDkJwMAKigDAEYoAwB/KAMASigDAOloAwCHKAMAAJoQAN0oAwApKQMANikDAH4pAwCIKQMA0ykDAOEpAwAoKgMAPioDAH0qAwCJKgMA0ioDANoqAwBVmhAALSsDAHwrAwCCKwMA0SsDANYrAwAmLAMALCwDAKqaEACALAMA0CwDANksAwAlLQMALy0DAHotAwCCLQMAzy0DANQtAwAkLgMANC4DAHkuAwCBLgMAzi4DANQuAwDMMAMA5y4DACMvAwAoLwMAeC8DAIEvAwDNLwMA2i8DACIwAwApMAMAdzADAHowAwD/mhAAzjADACExAwAuMQMAdjEDAI0xAwDLMQMA1zEDAFSbEAAnMgMAdTIDAH0yAwDKMgMAzjIDAB8zAwAtMwMAdDMDAH4zAwDJMwMA1DMDAB40AwAmNAMAczQDAHg0AwDINAMA4zQDAB01AwApNQMAcjUDAHg1AwDHNQMA1zUDABw2AwAtNgMAcTYDAHY2AwDGNgMAyjYDAKmbEAAkNwMAcDcDAIk3AwDFNwMAzzcDABo4AwAgOAMAbzgDAHE4AwDEOAMA0zgDABk5AwAjOQMAbjkDAHY5AwDDOQMAxzkDABg6AwAmOgMAbToDAHc6AwDCOgMAzToDABc7AwAfOwMAbDsDAHE7AwDBOwMA3DsDABY8AwAiPAMAazwDAHE8AwDAPAMA0DwDABU9AwAmPQMAaj0DAG89AwC/PQMAwz0DAP6bEAAdPgMAaT4DAHo+AwC+PgMAyD4DABM/AwAhPwMAaD8DAGk/AwC9PwMAzj8DABJAAwAmQAMAZ0ADAG9AAwC8QAMAwEADABFBAwAfQQMAZkEDAHBBAwC7QQMAxkEDABBCAwAYQgMAZUIDAGpCAwC6QgMA1UIDAA9DAwAbQwMAZEMDAGpDAwC5QwMAyUMDAA5EAwAfRAMAY0QDAGhEAwC4RAMAvEQDAFOcEAAbRQMAYkUDAH1FAwC3RQMAxUUDAAxGAwATRgMAYUYDAG1GAwC2RgMAvkYDAKicEAAZRwMAYEcDAGpHAwC1RwMAwEcDAApIAwASSAMAX0gDAGRIAwC0SAMAz0gDAAlJAwAVSQMAXkkDAGRJAwCzSQMAw0kDAAhKAwAZSgMAXUoDAGJKAwCySgMAtkoDAP2cEAAYSwMAXEsDAGRLAwCxSwMAsksDAAZMAwALTAMAW0wDAGlMAwCwTAMAvUwDAAVNAwAPTQMAWk0DAGZNAwCvTQMAtU0DAAROAwAMTgMAWU4DAGBOAwCuTgMAuk4DAANPAwAJTwMAWE8DAGRPAwCtTwMAvU8DAAJQAwAOUAMAV1ADAF1QAwCsUAMAuFADAAFRAwAOUQMAVlEDAGVRAwCrUQMAt1EDAFKdEAADUgMAVVIDAFhSAwCqUgMAuFIDAP9SAwAWUwMAVFMDAGFTAwCpUwMAv1MDAP5TAwAKVAMAU1QDAGBUAwCoVAMAslQDAP1UAwAFVQMAUlUDAFxVAwCnVQMArFUDAPxVAwAEVgMAUVYDAF1WAwCmVgMAs1YDAPtWAwAFVwMAUFcDAFZXAwClVwMAuVcDAPpXAwACWAMAT1gDAF1YAwCkWAMAsVgDAPlYAwABWQMATlkDAFtZAwCjWQMAsVkDAPhZAwAJWgMATVoDAFVaAwCiWgMAuFoDAPdaAwD5WgMATFsDAE1bAwCnnRAAr1sDAPZbAwAFXAMAS1wDAFdcAwCgXAMAqFwDAPydEAD6XAMASl0DAFNdAwCfXQMArF0DAPRdAwD7XQMASV4DAExeAwCeXgMApl4DAPNeAwD4XgMASF8DAFFfAwCdXwMAp18DAPJfAwD6XwMAR2ADAExgAwCcYAMArGADAPFgAwD5YAMARmEDAExhAwCbYQMAnWEDAPBhAwD9YQMARWIDAFxiAwCaYgMApmIDAFGeEAD7YgMARGMDAFtjAwCZYwMApWMDAO5jAwD0YwMAQ2QDAEtkAwCYZAMAn2QDAO1kAwD7ZAMAQmUDAF1lAwCXZQMApWUDAOxlAwDzZQMAQWYDAE1mAwCWZgMAnmYDAKaeEAD/ZgMAQGcDAEhnAwCVZwMAxmcDAOpnAwD2ZwMAP2gDAEVoAwCUaAMAmWgDAPueEAD1aAMAPmkDAEVpAwCTaQMAm2kDAOhpAwDqaQMAPWoDAEdqAwCSagMAmmoDAFCfEAD1agMA2XgDAPZqAwA8awMAPmsDAJFrAwCiawMA5msDAPdrAwA7bAMAR2wDAJBsAwCXbAMA5WwDAO1sAwA6bQMAZ20DAI9tAwCUbQMA5G0DAOVtAwA5bgMAQ24DAI5uAwCcbgMA424DAOhuAwA4bwMARW8DAI1vAwCpbwMA4m8DAP5vAwClnxAARHADAIxwAwCQcAMA4XADAOdwAwA2cQMAOHEDAItxAwCMcQMA4HEDAANyAwA1cgMAWXIDAIpyAwC3cgMA33IDAOdyAwA0cwMAOXMDAIlzAwCWcwMA3nMDAOZzAwAzdAMANXQDAIh0AwCQdAMA3XQDAAp1AwAydQMAP3UDAId1AwCMdQMA3HUDAOl1AwAxdgMAPXYDAIZ2AwCzdgMA23YDAON2AwAwdwMAS3cDAIV3AwCHdwMA2ncDAOt3AwAveAMAOHgDAIR4AwCQeAMA+p8QAOZ4AwAueQMANXkDAIN5AwCPeQMA2HkDAOt5AwAtegMANXoDAIJ6AwCHegMA13oDAOB6AwAsewMANnsDAIF7AwCJewMA1nsDANt7AwArfAMAO3wDAIB8AwCIfAMA1XwDAO58AwAqfQMAL30DAH99AwCIfQMA1H0DAOF9AwApfgMAMH4DAH5+AwCBfgMAT6AQANh+AwAofwMA4H4DANF3DAAxfwMAfX8DAIV/AwDSfwMA3X8DACeAAwApgAMAfIADAJeAAwDRgAMA3YADACaBAwAugQMApKAQAIiBAwDQgQMA2IEDACWCAwAxggMAeoIDAICCAwDPggMA1YIDACSDAwApgwMAeYMDAH+DAwD5oBAA24MDACOEAwArhAMAeIQDAIyEAwDNhAMA0oQDACKFAwArhQMAd4UDAH2FAwDMhQMA1IUDACGGAwAkhgMAdoYDAJOGAwDLhgMA3IYDACCHAwAohwMAdYcDAHiHAwDKhwMA3ocDAB+IAwAsiAMAdIgDAH6IAwDJiAMAy4gDAB6JAwAxiQMAo6EQAHiJAwDIiQMA2YkDAB2KAwAmigMAcooDAIiKAwDHigMA1IoDAByLAwAkiwMAcYsDAJCLAwD4oRAA0osDABuMAwAjjAMATaIQAHOMAwDFjAMAzYwDABqNAwAnjQMAb40DAHSNAwDEjQMAzI0DABmOAwAajgMAbo4DAHCOAwDDjgMAyY4DABiPAwAajwMAbY8DAIOPAwDCjwMAzo8DABeQAwAhkAMAbJADAHiQAwDBkAMAx5ADABaRAwAekQMAa5EDAJ2RAwCiohAAyZEDABWSAwAfkgMAapIDAHKSAwC/kgMAwJIDABSTAwAakwMAaZMDAHWTAwC+kwMAv5MDABOUAwAVlAMAaJQDAG6UAwC9lAMAyZQDABKVAwAZlQMAZ5UDAG+VAwC8lQMAv5UDABGWAwAblgMAZpYDAGiWAwC7lgMAxZYDABCXAwAclwMAZZcDAHuXAwC6lwMAxpcDAA+YAwAcmAMAZJgDAG6YAwC5mAMAwZgDAA6ZAwAgmQMA96IQAGWZAwC4mQMAwpkDAA2aAwAPmgMAYpoDAHuaAwC3mgMAuZoDAAybAwAPmwMAYZsDAG2bAwC2mwMAvpsDAEyjEAAfnAMAYJwDAGOcAwC1nAMAv5wDAAqdAwAWnQMAX50DAHWdAwC0nQMAvJ0DAAmeAwAXngMAXp4DAGGeAwCzngMAu54DAAifAwALnwMAXZ8DABafAwBWpgMAZ58DALKfAwBonwMAr6IDALSfAwAHoAMADaADAFygAwBmoAMAsaADAL+gAwAGoQMAE6EDAFuhAwByoQMAsKEDALihAwAFogMADqIDAFqiAwBbogMAoaMQALiiAwAEowMADqMDAFmjAwBjowMArqMDALyjAwADpAMAEKQDAFikAwBvpAMAraQDALWkAwACpQMACaUDAFelAwBcpQMArKUDALClAwABpgMADqYDAPajEABjpgMAq6YDALOmAwAApwMABqcDAFWnAwBhpwMAqqcDALmnAwD/pwMABKgDAFSoAwBvqAMAqagDALWoAwD+qAMABKkDAFOpAwBnqQMAqKkDALCpAwD9qQMAE6oDAFKqAwBXqgMAp6oDAK6qAwD8qgMACKsDAEukEABYqwMApqsDALSrAwD7qwMACKwDAFCsAwBnrAMApawDAK2sAwD6rAMAAK0DAE+tAwBbrQMApK0DAKutAwD5rQMAB64DAE6uAwBRrgMAo64DAKuuAwD4rgMABq8DAE2vAwBQrwMAoq8DAKqvAwD3rwMACLADAEywAwBRsAMAobADAKOwAwD2sAMA/bADAEuxAwBZsQMAoLEDAK2xAwD1sQMADLIDAEqyAwBSsgMAn7IDAKmyAwD0sgMA/7IDAEmzAwBVswMAnrMDAKazAwCgpBAA9bMDAEi0AwBStAMAnbQDAJ+0AwDytAMA9bQDAEe1AwBTtQMAnLUDAKa1AwDxtQMA+bUDAEa2AwBUtgMAm7YDAKi2AwDwtgMA+LYDAEW3AwBbtwMAmrcDAKa3AwDvtwMABbgDAES4AwBJuAMAmbgDAJ+4AwDuuAMAArkDAPWkEABGuQMAmLkDAKC5AwDtuQMA+7kDAEK6AwADugMA2h0IAE+6AwCXugMAn7oDAOy6AwD2ugMAQbsDAEy7AwCWuwMAorsDAOu7AwDzuwMASqUQAEa8AwCVvAMAmrwDAOq8AwD5vAMAP70DAEu9AwCUvQMAl70DAOm9AwDsvQMAPr4DAEa+AwCTvgMAmL4DAOi+AwD4vgMAPb8DAEW/AwCSvwMAlb8DAOe/AwDxvwMAPMADAD7AAwCRwAMAl8ADAObAAwDwwAMAO8EDAEnBAwCQwQMAncEDAOXBAwD8wQMAOsIDAELCAwCPwgMAmMIDAOTCAwDlwgMAn6UQAEXDAwCOwwMAkcMDAKv1CQCdwwMA48MDAKHDAwBm5QkA7cMDADjEAwBAxAMAwjkEAETEAwDMJA8ARsQDAI3EAwBUxAMAJtEIAJLEAwDixAMAmsQDALOcBQDvxAMAN8UDADrFAwDacAoAPcUDAOa6CQA/xQMAjMUDAEHFAwAxdQQAQ8UDAG03BgCPxQMAX0MIAJLFAwDttgYAlsUDAOHFAwCaxQMACkEKAJzFAwAxHAgA5sUDADbGAwDtxQMAQrkEAO/FAwDfFgoAPsYDAIvGAwCOxgMA4MYDAOzGAwA1xwMAO8cDAIrHAwClxwMA38cDAOvHAwA0yAMAOsgDAInIAwCRyAMA3sgDAODIAwAzyQMA48gDAN3JAwA9yQMAiMkDAJDJAwD0pRAA6skDADLKAwA6ygMAh8oDAIrKAwDcygMA4coDADHLAwBAywMAhssDAKbLAwDbywMA58sDADDMAwA6zAMAhcwDAI3MAwDazAMA7MwDAJ6mEAA5zQMAhM0DAJLNAwDZzQMA5s0DAC7OAwBFzgMAg84DAIvOAwDYzgMA584DAC3PAwAyzwMAgs8DAI/PAwDXzwMA5M8DACzQAwA40AMAgdADAJDQAwDW0AMA4NADACvRAwA50QMAgNEDAIXRAwDV0QMA4tEDACrSAwAt0gMAf9IDAIfSAwDU0gMA2dIDACnTAwA20wMAftMDAIbTAwDT0wMA3NMDACjUAwA11AMAfdQDAIvUAwDS1AMA5dQDACfVAwAv1QMAfNUDAIPVAwDR1QMA1tUDACbWAwA81gMAe9YDAH3WAwDQ1gMA3tYDACXXAwAy1wMAetcDAILXAwDP1wMA0tcDACTYAwAp2AMAedgDAIjYAwDO2AMA7tgDACPZAwAv2QMAeNkDAILZAwDN2QMA1dkDACLaAwA02gMA86YQAIjaAwDM2gMA09oDACHbAwAp2wMAdtsDAIPbAwDL2wMA0NsDACDcAwAq3AMAddwDAH3cAwDK3AMAzNwDAHSBCgDP3AMAZD4IANTcAwBPpgoA2dwDAB/dAwDa3AMAwzMJACTdAwB03QMAgd0DAMndAwDW3QMAHt4DACreAwBz3gMAgt4DAMjeAwDS3gMAHd8DACXfAwBy3wMAfN8DAMffAwDM3wMAHOADACTgAwBIpxAAfeADAMbgAwDM4AMAG+EDADbhAwBw4QMAfOEDAMXhAwDL4QMAGuIDADbiAwBv4gMAd+IDAJ2nEADM4gMAGeMDACPjAwBu4wMAeeMDAMPjAwDP4wMAGOQDACDkAwDypxAAeeQDAMLkAwDI5AMAF+UDADLlAwBs5QMAeOUDAMHlAwDH5QMAFuYDAB7mAwBr5gMAceYDAMDmAwDJ5gMAFecDACLnAwBq5wMAd+cDAL/nAwDN5wMAFOgDACHoAwBp6AMAgOgDAL7oAwDG6AMAE+kDABjpAwBo6QMAJOkDAGbrAwB16QMAvekDAMXpAwAS6gMAHeoDAGfqAwBs6gMAvOoDAL/qAwAR6wMAG+sDAEeoEABr6wMAu+sDAMrrAwAQ7AMAEuwDAGXsAwB27AMAuuwDAMvsAwAP7QMAI+0DAJyoEAB17QMAue0DALztAwAO7gMAwe0DABLmBwDG7QMALhgPABjuAwBj7gMAZe4DALjuAwDC7gMADe8DABnvAwBi7wMAjO8DALfvAwDC7wMADO8EAN3vAwAM8AMAP/ADAGHwAwCH8AMAtvADANzwAwAL8QMAP/EDAGDxAwCL8QMAtfEDAL3xAwAK8gMANPIDAF/yAwCU8gMAtPIDAN/yAwAJ8wMAEfMDAF7zAwBt8wMAs/MDALjzAwAI9AMAEfQDAF30AwAV9AMAAPwDAG70AwCy9AMAufQDAAf1AwAP9QMAXPUDAGn1AwCx9QMAtvUDAAb2AwAQ9gMAW/YDAGP2AwCw9gMAuvYDAKQCBAC/9gMABfcDAAr3AwBa9wMAZ/cDAK/3AwC89wMABPgDABD4AwBZ+AMAaPgDAK74AwC4+AMAA/kDAAv5AwBY+QMAYvkDAK35AwCy+QMAAvoDAAr6AwDxqBAAY/oDAKz6AwCy+gMAAfsDABz7AwBW+wMAYvsDAKv7AwCx+wMARqkQAA38AwBV/AMAYfwDAKr8AwC5/AMA//wDAAn9AwBU/QMAYv0DAKn9AwCu/QMA/v0DAAv+AwBT/gMAW/4DAKj+AwCy/gMA/f4DAAL/AwBS/wMAWv8DAKf/AwCq/wMA/P8DAAgABABRAAQAVwAEAKYABADBAAQA+wAEAAcBBABQAQQAVgEEAKUBBACtAQQA+gEEAPwBBABPAgQAWQIEAJupEACqAgQA+QIEAPsCBABOAwQAWwMEAKMDBACmAwQA+AMEAAkEBABNBAQATwQEAKIEBACsBAQA9wQEAAMFBABMBQQAVAUEAPCpEACmBQQA9gUEAPkFBABLBgQAVQYEAKAGBACoBgQA9QYEAAIHBABKBwQATAcEAJ8HBAC1BwQA9AcEAAAIBABFqhAAZQgEAJ4IBAC6CAQAmqoQAPgIBABICQQAVQkEAJ0JBACqCQQA8gkEAP4JBABHCgQAVgoEAJwKBACmCgQA8QoEAP8KBABGCwQASwsEAJsLBACoCwQA8AsEAAkMBABFDAQARwwEAJoMBAChDAQA76oQAAwNBABEDQQAVQ0EAJkNBAClDQQA7g0EAAEOBABDDgQAUg4EAJgOBACkDgQA7Q4EAO4OBABCDwQATA8EAJcPBAClDwQA7A8EAPEPBABBEAQAThAEAESrEACbEAQA6xAEAPgQBABAEQQATREEAJURBAChEQQA6hEEAPkRBAA/EgQASRIEAJQSBACiEgQA6RIEAO4SBAA+EwQASxMEAJMTBACbEwQAQ6wQAO0TBAA9FAQARRQEAJisEACUFAQA5xQEAPUUBAA8FQQATRUEAO2sEACYFQQAQq0QAOsVBAA7FgQAQxYEAJAWBACfFgQA5RYEAOoWBAA6FwQARxcEAI8XBACcFwQA5BcEAPAXBAA5GAQASBgEAI4YBACYGAQA7K0QAOUYBAD4Tg4A6RgEANJ2DAD2GAQAOBkEAEcZBACNGQQAmRkEAOIZBADjGQQANxoEAEEaBACMGgQAmhoEAOEaBADmGgQANhsEAEMbBABBrhAAjxsEAOAbBADrGwQANRwEAEMcBACKHAQAmxwEAN8cBADrHAQANB0EADwdBACWrhAAjh0EAN4dBADrHQQAMx4EAEAeBACIHgQAlB4EAN0eBADsHgQAMh8EADwfBACHHwQAlR8EANwfBADpHwQAMSAEAEggBADrrhAAkyAEANsgBADoIAQAMCEEADwhBACFIQQAlCEEANohBADkIQQALyIEAD0iBACEIgQASyIEAMWGCQCJIgQA2SIEAOYiBAAuIwQANiMEAECvEACPIwQA2CMEAOgjBAAtJAQANiQEAIIkBACFJAQA1yQEAOMkBAAsJQQAMyUEAJWvEACOJQQA1iUEAOUlBAArJgQALCYEAIAmBACXJgQA1SYEAO8mBAAqJwQANicEAH8nBACSJwQA1CcEAOMnBAApKAQANSgEAH4oBAB/KAQA0ygEAN0oBAAoKQQANikEAH0pBACCKQQA0ikEAN8pBADqrxAAQSoEAHwqBACLKgQA0SoEANMqBAAmKwQA1ioEAHUxBAAzKwQAeysEAIgrBADQKwQA1SsEACUsBAAvLAQAeiwEAIksBADPLAQA1CwEACQtBAAxLQQAeS0EAIYtBADOLQQA2i0EACMuBAAyLgQAeC4EAIIuBADNLgQA2i4EACIvBAAnLwQAdy8EAHsvBADMLwQA2C8EACEwBAAnMAQAdjAEAHwwBADLMAQA0DAEACAxBAAmMQQAP7AQAIIxBADKMQQA1zEEAB8yBAArMgQAdDIEAIMyBADJMgQA0zIEAB4zBAAsMwQAczMEAHgzBADIMwQA1TMEAB00BAAkNAQAcjQEAHc0BADHNAQA0zQEABw1BAAfNQQAcTUEAH41BADGNQQAyzUEABs2BAAlNgQAcDYEAHw2BADFNgQA2DYEABo3BAAoNwQAbzcEAHI3BADENwQAzjcEABk4BAAlOAQAbjgEAHQ4BADDOAQAyTgEABg5BAAdOQQAbTkEAHM5BACUsBAAzDkEAMTfBgDOOQQAJyUJANE5BAAXOgQAGToEAGw6BAB9OgQAwToEANI6BAAWOwQAHjsEAGs7BAB7OwQAwDsEAMI7BAAVPAQAIzwEAGo8BAB7PAQA6bAQAMY8BAA+sRAAFT0EAGk9BABuPQQAvj0EAG89BAA9aQQAxD0EABM+BAAdPgQAaD4EAHQ+BAC9PgQAwz4EABI/BAAYPwQAZz8EAGw/BAC8PwQAwj8EAJOxEAAfQAQAZkAEAH9ABAC7QAQAvEAEABBBBAAtQQQAZUEEAG1BBACYYwQAf0EEALpBBAC9QQQAD0IEABRCBACSshAAfUIEALlCBAC/QgQADkMEAM9CBACo/QQAEEMEAGNDBABpQwQAuEMEAMxDBAANRAQAFUQEAGJEBABvRAQAt0QEALxEBAAMRQQAFkUEAGFFBABpRQQAtkUEAMdFBAALRgQAEEYEAGBGBABiRgQAtUYEALxGBAAKRwQAFkcEAF9HBABmRwQAtEcEANBHBAAJSAQAEUgEAOeyEABfSAQAs0gEAL9IBAAISQQAFUkEAF1JBABlSQQAskkEALVJBAAHSgQAEkoEAFxKBABeSgQAsUoEALdKBAAGSwQAEksEAFtLBABiSwQAsEsEALhLBAAFTAQACkwEAFpMBABzTAQAr0wEANtMBAAETQQAEE0EAFlNBABoTQQArk0EALhNBAADTgQAC04EAFhOBABoTgQArU4EALtOBAACTwQAE08EAFdPBABjTwQAPLMQALFPBAABUAQACVAEAFZQBABXUAQAq1AEAGxQBADoYQsAyFAEAABRBAAIUQQAVVEEAFlRBACqUQQAsFEEAP9RBAABUgQAVFIEAFVSBACpUgQAqlIEAP5SBAAKUwQAU1MEAFlTBACoUwQAsFMEAP1TBAD/UwQAUlQEAG1UBACnVAQAqVQEAPxUBAAKVQQAUVUEAGJVBACmVQQAqFUEAPtVBAAUVgQAUFYEAGFWBAClVgQAsVYEAJGzEAAIVwQAT1cEABZXBACw8gcAZVcEAKRXBAClVwQA+VcEAApYBABOWAQAWlgEAKNYBAC5WAQA+FgEAARZBABNWQQAWlkEAKJZBACsWQQA91kEAPlZBABMWgQAVloEAKFaBACvWgQA9loEAPtaBABLWwQAWFsEAKBbBAC8WwQA9VsEAP1bBADmsxAAWFwEAJ9cBAC4XAQA9FwEAPVcBABJXQQAZl0EAJ5dBACmXQQA810EAAReBABIXgQAVl4EAJ1eBAC2XgQA8l4EAPheBABHXwQASV8EAJxfBACiXwQA8V8EAAVgBABGYAQATmAEAJtgBACoYAQA8GAEAPVgBABFYQQAT2EEAJphBACiYQQA72EEAP9hBABEYgQASWIEAJliBACiYgQA7mIEAPtiBABDYwQASmMEADu0EACpYwQA7WMEAPtjBABCZAQAW2QEAJdkBACdZAQA7GQEAO5kBABBZQQAR2UEAJZlBACqZQQA62UEAPNlBABAZgQATWYEAJVmBACaZgQA6mYEAPRmBAA/ZwQAR2cEAJRnBACkZwQA6WcEAO5nBAA+aAQAR2gEAJNoBACgaAQA6GgEAO9oBACQtBAAQmkEAJJpBACTaQQA52kEAPNpBAA8agQAQmoEAJFqBACiagQA5moEAPpqBAA7awQASmsEAJBrBACVawQA5WsEAPJrBAA6bAQASmwEAI9sBACdbAQA5GwEAPtsBAA5bQQAQm0EAI5tBACUbQQA420EAO9tBAA4bgQAP24EAI1uBACpbgQA4m4EAOpuBADltBAAPW8EAIxvBACSbwQA4W8EAOZvBAA2cAQAPHAEADq1EACQcAQA4HAEAOJwBAA1cQQAPHEEAIpxBACYcQQA33EEAOxxBAA0cgQAS3IEAIlyBACRcgQA3nIEAN9yBAAzcwQANnMEAIhzBACccwQA3XMEAOxzBAAydAQAN3QEAId0BACIdAQA3HQEAPN0BADktRAAP3UEAIZ1BACcdQQA23UEAOd1BAAwdgQANXYEAIV2BACOdgQA2nYEAOR2BAAvdwQAO3cEAPtTBgBLdwQAhHcEAIx3BAA5thAA3ncEAC54BAA7eAQAg3gEAJB4BADYeAQA5HgEAC15BAA8eQQAgnkEAIx5BADXeQQA5XkEACx6BAAxegQAgXoEAI56BADWegQA3noEAI62EAA5ewQAgHsEAJZ7BADVewQA4XsEACp8BAAvfAQAf3wEAIh8BADUfAQA3nwEACl9BAAxfQQAfn0EAIp9BADTfQQA5n0EACh+BAApfgQAfX4EAIt+BADSfgQA2H4EACd/BAAzfwQAfH8EAIN/BADjthAA238EACaABAAugAQAe4AEAIGABABJrQkAioAEANCABADVgAQAD+wEANaABAAlgQQAMYEEAHqBBAB8gQQAz4EEANmBBAAkggQAMIIEAHmCBACBggQAOLcQANaCBAAjgwQAMoMEAHiDBAB9gwQAzYMEANqDBAAihAQAL4QEAHeEBACDhAQAzIQEANuEBAAhhQQAK4UEAHaFBACEhQQAy4UEANCFBAAghgQALYYEAHWGBAB9hgQAyoYEANSGBAAfhwQAJIcEAHSHBAB8hwQAyYcEANSHBAAeiAQAI4gEAHOIBAB2iAQAyIgEANKIBAAdiQQAJYkEAI23EAB3iQQAx4kEANaJBAAcigQAHooEAHGKBACCigQAxooEANGKBAAbiwQAIIsEAHCLBABziwQAxYsEAM+LBAAajAQAIowEAG+MBABxjAQAxIwEANGMBAAZjQQAII0EAG6NBAB2jQQAw40EAMSNBAAYjgQAHY4EAG2OBABzjgQAwo4EAMyOBAAXjwQAH48EAOK3EACijwQAwY8EAPaPBAAWkAQAMJAEAGuQBACRkAQAwJAEANqQBAAVkQQAO5EEAGqRBACEkQQAv5EEAOiRBAAUkgQAHJIEAGmSBABrkgQAvpIEAMuSBAATkwQAGpMEAGiTBABwkwQAvZMEAL6TBAASlAQAF5QEAGeUBABtlAQAvJQEAMaUBAARlQQAGZUEADe4EACClQQAjLgQAMOVBAAQlgQAEpYEAGWWBABylgQAupYEAMGWBAAPlwQAF5cEAGSXBABllwQAuZcEAL6XBAAOmAQAFJgEAGOYBABtmAQAuJgEAMCYBADhuBAAEpkEAGKZBABkmQQAt5kEAL6ZBAAMmgQAGpoEAGGaBABumgQAtpoEAM2aBAALmwQAE5sEAGCbBABqmwQAtZsEAHabBABX+QQAwJsEAAqcBAAWnAQAX5wEAGecBAA2uRAAtZwEAAmdBAC+nAQAM3IFAMqcBADxXgUADp0EAF6dBABhnQQAs50EAL2dBAAIngQAH54EAF2eBABjngQAsp4EAL6eBAAHnwQACp8EAFyfBAB5nwQAsZ8EAMKfBAAGoAQAJaAEAFugBABjoAQAsKAEALKgBAAFoQQAFKEEAFqhBABkoQQAr6EEAL2hBAAEogQAH6IEAFmiBABlogQArqIEALaiBACLuRAAD6MEAFijBABnowQAraMEALKjBAACpAQACKQEAFekBABepAQArKQEALSkBAABpQQAA6UEAFalBABdpQQAq6UEAK2lBAAApgQAAaYEAFWmBABfpgQAqqYEALamBAD/pgQABacEAFSnBABupwQAqacEALGnBAD+pwQAFKgEAFOoBABhqAQAqKgEAKuoBAD9qAQAAKkEAFKpBABgqQQAp6kEALSpBAD8qQQAE6oEAFGqBABZqgQApqoEAKiqBAD7qgQAA6sEAFCrBABnqwQApasEALGrBAD6qwQAEKwEAE+sBABXrAQApKwEALKsBAD5rAQAA60EAE6tBABWrQQAo60EAKqtBAD4rQQABK4EAE2uBABOrgQAoq4EAK6uBAD3rgQABK8EAEyvBABTrwQAoa8EAKSvBAD2rwQA/q8EAEuwBABQsAQAoLAEAK2wBAD1sAQAJbEEAEqxBABSsQQA4LkQAKexBAD88hAAu7EEAPSxBAD8sQQANboQAFeyBACesgQAoLIEAPOyBAAEswQASLMEAFCzBACdswQAqbMEAPKzBAD4swQAR7QEAE20BACctAQAobQEAPG0BAD3tAQAiroQAEu1BACbtQQAUrUEAMp9DQCjtQQA8LUEAPW1BADrXwoA9rUEAIhsCwD8tQQALhwLAP+1BABFtgQAAbYEAOBpCwBKtgQAmrYEAEu2BAD3VAkAp7YEAO+2BAD8tgQARLcEAFC3BACZtwQAqLcEAO63BAD4twQA3rsQAE24BACYuAQAnbgEAO24BAD1uAQAM7wQAEi5BACXuQQArbkEAOy5BAD6uQQAQboEAE66BACWugQAmLoEAOu6BAD1ugQAQLsEAEy7BACVuwQAnLsEAOq7BADyuwQAP7wEAEa8BACUvAQAnbwEAOm8BAD1vAQAPr0EAEa9BADdvBAAmL0EAOi9BADwvQQAPb4EAEy+BACSvgQAl74EAOe+BAD0vgQAPL8EAEm/BACRvwQAnb8EAOa/BAD1vwQAO8AEAEXABACQwAQAnsAEAOXABADqwAQAOsEEAEfBBACPwQQAl8EEAOTBBADuwQQAOcIEAEfCBACOwgQApMIEAOPCBADvwgQAOMMEAD3DBACNwwQAlsMEAOLDBADswwQAMr0QAEHEBACMxAQAmMQEAOHEBADpxAQAh70QADvFBACLxQQAmMUEAODFBADtxQQANcYEAEHGBACKxgQAmcYEAN/GBADpxgQANMcEAEzHBACJxwQAk8cEAN7HBADsxwQAM8gEAEnIBACIyAQAlMgEAN3IBADiyAQAMskEADvJBACHyQQAkckEANzJBADkyQQA3L0QAD7KBACGygQAR8oEAI8LEACTygQA28oEAOfKBAAwywQAP8sEAIXLBACPywQA2ssEAOjLBAAvzAQAPMwEAITMBACbzAQA2cwEAOHMBAAuzQQAOM0EAIPNBACIzQQA2M0EAODNBAAxvhAAOc4EAILOBACIzgQA184EAPLOBAAszwQAOM8EAIHPBACHzwQAhr4QAN7PBADbvhAAMNAEAIDQBACN0AQA1dAEAOLQBAAq0QQANtEEAH/RBACO0QQA1NEEAN7RBAAp0gQAN9IEAH7SBACD0gQA09IEAODSBAAo0wQAMNMEADC/EACJ0wQA0tMEAOLTBAAn1AQAMNQEAHzUBAB/1AQA0dQEAN3UBAAm1QQALdUEAIW/EACJ1QQA0NUEAObVBAAl1gQAMdYEAHrWBACB1gQAz9YEANfWBAAk1wQAKdcEAHnXBACC1wQAztcEANjXBADavxAAKNgEAHjYBAAv2AQAydwEAIDYBADN2AQA09gEACLZBAAn2QQAd9kEAIDZBADM2QQA1tkEACHaBAAt2gQAdtoEAH7aBAAvwBAA0NoEACDbBAAo2wQAddsEAIDbBADK2wQAz9sEAB/cBAAi3AQAdNwEAH7cBACEwBAA09wEAB7dBAAi3QQAc90EAHjdBADI3QQAzt0EAB3eBAA93gQAct4EAHreBADH3gQA1d4EABzfBAAf3wQAcd8EAHnfBADG3wQAz98EABvgBAAo4AQAcOAEAHbgBADF4AQA0eAEABrhBAAc4QQAb+EEAH7hBADE4QQAz+EEABniBAAb4gQAbuIEAIfiBADD4gQA1OIEABjjBAAk4wQA2cAQAHXjBADC4wQA4uMEABfkBAAl5AQAbOQEAHnkBADB5AQAyOQEABblBAAy5QQAa+UEAHPlBAAuwRAAxeUEABXmBAAi5gQAauYEAHfmBAC/5gQAy+YEABTnBAAj5wQAaecEAHPnBAC+5wQA0+cEABPoBAAb6AQAaOgEAHfoBAC96AQAv+gEABLpBAAb6QQAZ+kEAGrpBAC86QQAyOkEABHqBAAt6gQAZuoEAG7qBACDwRAAwOoEABDrBAAm6wQAZesEAHHrBAC66wQA3esEANjBEAAc7AQAZOwEAHHsBAC57AQAxewEAA7tBAAd7QQAY+0EAG3tBAC47QQAwO0EAA3uBAAX7gQAYu4EAGfuBAC37gQAv+4EAC3CEAAg7wQAYe8EAIfvBAC27wQA3O8EAAvwBAAx8AQAYPAEAIvwBAC18AQAvfAEAArxBAA08QQAX/EEAJXxBAC08QQA2vEEAAnyBAAv8gQAXvIEAJTyBACz8gQA3vIEAAjzBAAQ8wQAXfMEAGLzBAADTQUAbPMEALLzBAC38wQAB/QEABT0BABc9AQAafQEALH0BAC99AQABvUEABX1BABb9QQAZfUEALD1BAC+9QQABfYEAAr2BABa9gQAZ/YEAK/2BAC39gQABPcEAAr3BABZ9wQADvcEAFtKBQBl9wQArvcEAL73BAAD+AQADPgEAFj4BABb+AQArfgEALn4BAAC+QQACfkEAILCEABr+QQArPkEAK/5BAAB+gQAHvoEAFb6BABn+gQAq/oEALL6BAAA+wQAGfsEAFX7BABd+wQAqvsEAMD7BAD/+wQABPwEAFT8BABb/AQAqfwEALL8BAD+/AQAD/0EAFP9BABf/QQA18IQAKr9BAD6AAUAvP0EAP39BAAA/gQAUv4EAG/+BACn/gQAuP4EAPz+BAAL/wQAUf8EAGL/BACm/wQAtP8EAPv/BAAHAAUAUAAFAF0ABQClAAUArwAFACzDEAAAAQUATwEFAF0BBQCkAQUApgEFAPkBBQAAAgUATgIFAGcCBQCBwxAArAIFAPgCBQAFAwUATQMFAFsDBQCiAwUAsQMFAPcDBQD5AwUATAQFAFYEBQChBAUArwQFAPYEBQD7BAUASwUFAFgFBQCgBQUAowUFAPUFBQABBgUASgYFAF0GBQCfBgUArgYFAPQGBQAABwUASQcFAEoHBQCeBwUAqAcFAPMHBQABCAUASAgFAE0IBQCdCAUAqggFANbDEAD3CAUARwkFAF0JBQCcCQUAsgkFAPEJBQD6CQUARgoFAFMKBQCbCgUAqQoFAPAKBQD/CgUARQsFAEcLBQCaCwUApAsFAO8LBQD9CwUARAwFAEkMBQCZDAUApgwFAO4MBQDxDAUAQw0FAEsNBQCYDQUAqQ0FAO0NBQD7DQUAQg4FAE8OBQCXDgUAtw4FAOwOBQD0DgUAQQ8FAFEPBQCWDwUAmA8FAOsPBQD5DwUAQBAFAFEQBQDVxBAAmxAFAOoQBQD2EAUAKsUQAEYRBQCUEQUATBEFAPr+BgCbEQUA6REFAO8RBQA+EgUAShIFAJMSBQCWEgUA6BIFAOsSBQA9EwUAZRMFAJITBQC1EwUA5xMFAPITBQA8FAUAQRQFAJEUBQCUFAUA5hQFAPAUBQA7FQUAYxUFAH/FEACVFQUA5RUFAPIVBQA6FgUARxYFAI8WBQCbFgUA5BYFAPMWBQA5FwUAQxcFAI4XBQCWFwUA4xcFAO0XBQA4GAUAPRgFAI0YBQCVGAUA1MUQAO8YBQA3GQUASxkFAIwZBQCUGQUA4RkFAOYZBQA2GgUARhoFAIsaBQCTGgUA4BoFAOoaBQA1GwUAQBsFAIobBQCWGwUA3xsFAOcbBQApxhAANRwFAIkcBQCVHAUA3hwFAO0cBQAzHQUAQR0FAIgdBQCYHQUA3R0FAOsdBQAyHgUAPh4FAIceBQCOHgUA3B4FAOQeBQAxHwUARx8FAIYfBQCaHwUA2x8FAN4fBQAwIAUATSAFAIUgBQCWIAUA2iAFAOIgBQAvIQUAOiEFAIQhBQCJIQUA2SEFANwhBQAuIgUAOCIFAIMiBQCGIgUAfsYQANoiBQAsIQgA3SIFAC0jBQAwIwUAgiMFAIwjBQDXIwUA3yMFACwkBQBLJAUA08YQAJUkBQDWJAUA/CQFACslBQBRJQUAgCUFAKYlBQDVJQUADSYFAComBQBgJgUAfyYFAKUmBQDUJgUA+iYFACknBQBfJwUAficFAKInBQDTJwUA7ycFACgoBQAwKAUAKMcQAIIoBQDSKAUA3ygFACcpBQA0KQUAfCkFAIgpBQDRKQUA4CkFACYqBQAwKgUAeyoFAIkqBQDQKgUA1SoFACUrBQAyKwUAeisFAIIrBQB9xxAA2ysFACQsBQA0LAUAeSwFAIIsBQDOLAUA0SwFACMtBQAvLQUAeC0FAH8tBQDSxxAA2y0FACIuBQA4LgUAdy4FAIMuBQDMLgUA0y4FACEvBQApLwUAdi8FAHsvBQDLLwUA1C8FACAwBQAqMAUAJ8gQAHYwBQDKMAUA1jAFAB8xBQAlMQUAdDEFAHYxBQDJMQUA0zEFAB4yBQAsMgUAczIFAHgyBQDIMgUA1TIFAB0zBQAlMwUAcjMFAHwzBQDHMwUA1TMFABw0BQAyNAUAcTQFAH00BQDGNAUAzTQFABs1BQAjNQUAcDUFAHU1BQDFNQUAzjUFABo2BQAkNgUAfMgQAHI2BQDENgUA4TYFABk3BQAqNwUAbjcFAHw3BQDDNwUA2zcFABg4BQAbOAUAbTgFAIo4BQDCOAUA0zgFABc5BQAvOQUAbDkFAHg5BQDBOQUA1DkFABY6BQAlOgUAazoFAHc6BQDAOgUAwToFABU7BQAfOwUAajsFAHg7BQC/OwUAxDsFABQ8BQAhPAUA0cgQAG48BQC+PAUAyzwFABM9BQAgPQUAaD0FAHQ9BQC9PQUAzD0FABI+BQAcPgUAZz4FAHU+BQC8PgUAwT4FABE/BQAePwUAZj8FAG4/BQDQyRAAxz8FABBABQAgQAUAZUAFAG5ABQC6QAUAvUAFAA9BBQAbQQUAZEEFAGtBBQAlyhAAx0EFAA5CBQAkQgUAY0IFAG9CBQC4QgUAv0IFAA1DBQAVQwUAYkMFAGdDBQC3QwUAwEMFAAxEBQAWRAUAesoQAGJEBQC2RAUAwkQFAAtFBQARRQUAYEUFAGJFBQC1RQUAv0UFAApGBQAYRgUAX0YFAGRGBQC0RgUAwUYFAAlHBQARRwUAXkcFAGhHBQCzRwUAwUcFAAhIBQAeSAUAXUgFAGlIBQCySAUAuUgFAAdJBQAPSQUAXEkFAGFJBQCxSQUAukkFAAZKBQAQSgUAz8oQAGlKBQCwSgUAxkoFAAVLBQARSwUAWksFAGFLBQCvSwUAt0sFAARMBQAJTAUAWUwFAGJMBQCuTAUAuEwFACTLEAAETQUAWE0FAGRNBQCtTQUAs00FAAJOBQAETgUAV04FAGFOBQCsTgUAuk4FAAFPBQAGTwUAVk8FAGNPBQCrTwUAs08FAABQBQAKUAUAVVAFAGNQBQCqUAUAwFAFAP9QBQALUQUAVFEFAFtRBQCpUQUAsVEFAP5RBQADUgUAU1IFAFxSBQCoUgUAslIFAHnLEAD/UgUAZo0MAAtTBQBSUwUAY1MFAKdTBQCsUwUA/FMFABNUBQBRVAUAZVQFAKZUBQC+VAUA+1QFAApVBQBQVQUAVVUFAKVVBQCyVQUA+lUFAAdWBQBPVgUAW1YFAKRWBQCzVgUA+VYFAANXBQBOVwUAVlcFAKNXBQDBVwUA+FcFAABYBQBNWAUAVlgFAKJYBQCvWAUA91gFAPlYBQBMWQUAZVkFAKFZBQCyWQUA9lkFAAJaBQBLWgUAU1oFAM7LEAClWgUA9VoFAP1aBQBKWwUAWVsFAJ9bBQCkWwUA9FsFAAFcBQBJXAUAVlwFAJ5cBQCqXAUA81wFAAJdBQBIXQUAUl0FAJ1dBQClXQUA8l0FAPxdBQBHXgUATF4FAJxeBQCkXgUAI8wQAAVfBQBGXwUASV8FAJtfBQC4XwUA8F8FAAFgBQBFYAUAe2AFAJpgBQC5YAUA72AFAPdgBQBEYQUARmEFAJlhBQCoYQUA7mEFAPhhBQBDYgUAUWIFAJhiBQCzYgUA7WIFAPliBQBCYwUASmMFAHjMEACjYwUA7GMFAPtjBQBBZAUARmQFAJZkBQCcZAUA62QFAPJkBQBAZQUASGUFAJVlBQCXZQUA6mUFAPFlBQA/ZgUAQWYFAJRmBQCVZgUA6WYFAPNmBQA+ZwUASmcFAJNnBQCZZwUA6GcFAAJoBQA9aAUARWgFAJJoBQCoaAUA52gFAPVoBQA8aQUAP2kFAJFpBQCUaQUA5mkFAPRpBQA7agUASGoFAJBqBQCnagUA5WoFAO1qBQA6awUAPGsFAI9rBQCXawUA5GsFAPtrBQA5bAUARWwFAI5sBQCkbAUA42wFAOtsBQA4bQUARm0FAI1tBQCXbQUA4m0FAOptBQA3bgUAPm4FAIxuBQCYbgUA4W4FAOJuBQA2bwUAQm8FAItvBQCYbwUA4G8FAOdvBQA1cAUAOHAFAIpwBQCScAUA33AFAORwBQA0cQUAQXEFAIlxBQC5cQUA3nEFAOZxBQDNzBAAOXIFAIhyBQCWcgUA3XIFAO5yBQAycwUAN3MFAIdzBQCecwUA3HMFAPBzBQAxdAUAUHQFAIZ0BQCOdAUA23QFAN10BQAwdQUAP3UFAIV1BQCPdQUA2nUFAOh1BQAvdgUASnYFAIR2BQCQdgUA2XYFAOF2BQAizRAAOncFAIN3BQCSdwUA2HcFAN13BQAteAUAM3gFAIJ4BQCJeAUA13gFAN94BQAseQUALnkFAIF5BQCIeQUA1nkFANh5BQAregUALHoFAIB6BQCKegUA1XoFAOF6BQAqewUAMHsFAH97BQCZewUA1HsFANx7BQApfAUAP3wFAH58BQCMfAUA03wFANZ8BQAofQUAK30FAH19BQCLfQUA0n0FAN99BQAnfgUAPn4FAHx+BQCEfgUA0X4FANN+BQAmfwUALn8FAHt/BQCSfwUA0H8FANx/BQAlgAUAO4AFAHqABQCCgAUAz4AFAN2ABQAkgQUALoEFAHmBBQCBgQUAzoEFANWBBQAjggUAL4IFAHiCBQB5ggUAzYIFANmCBQAigwUAL4MFAHeDBQB+gwUAzIMFAM+DBQAhhAUAKYQFAHaEBQB7hAUAy4QFANiEBQAghQUAUIUFAHWFBQB9hQUAd80QAM+FBQAfhgUAO4YFAHSGBQB8hgUAzM0QAAKHBQAehwUARIcFAHOHBQCchwUAyIcFAP6HBQAdiAUAMogFAHKIBQB6iAUAx4gFAMqIBQAciQUAOYkFAHGJBQCCiQUAxokFAMmJBQAbigUAJYoFAHCKBQByigUAxYoFAM+KBQAaiwUAJosFAG+LBQCLiwUAxIsFAMyLBQAhzhAATIwFAG6MBQBxjAUAw4wFAOmMBQAYjQUAQY0FAG2NBQCRjQUAwo0FAMqNBQB2zhAAHI4FAGyOBQB5jgUAwY4FAM6OBQAWjwUAIo8FAGuPBQB6jwUAwI8FAMqPBQAVkAUAI5AFAGqQBQBvkAUAv5AFAMyQBQAUkQUAHJEFAGmRBQBzkQUAvpEFAMyRBQATkgUAKZIFAGiSBQB0kgUAvZIFAMKSBQASkwUAG5MFAGeTBQBxkwUAvJMFANiTBQARlAUAGZQFAMvOEABolAUAu5QFAMmUBQAQlQUAIZUFACDPEABslQUAdc8QAL+VBQAPlgUAF5YFAGSWBQBzlgUAuZYFAL+WBQAOlwUAGpcFAGOXBQBllwUAuJcFAMKXBQANmAUAGZgFAGKYBQBqmAUAH9AQALyYBQAMmQUAG5kFAGGZBQCBmQUAtpkFAMKZBQALmgUAFZoFAGCaBQBomgUAtZoFALeaBQAKmwUAGpsFAF+bBQBpmwUAtJsFAMCbBQAJnAUAD5wFAF6cBQBmnAUAdNAQAMqcBQAInQUAEJ0FAF2dBQBnnQUAsp0FALedBQAHngUAD54FAMnQEABhngUAsZ4FALqeBQC06gsAvp4FAAafBQDHngUA67AOABCfBQAldw4AE58FAFufBQBnnwUAsJ8FAL+fBQAFoAUAD6AFAFqgBQBioAUAci0LAGigBQCvoAUAvKAFAAShBQAboQUAWaEFAGGhBQCuoQUAuKEFAAOiBQAIogUAWKIFAGCiBQAe0RAAuqIFAAKjBQAQowUAV6MFAGqjBQCsowUAtKMFAAGkBQAEpAUAVqQFAFukBQCrpAUAuqQFAAClBQAgpQUAVaUFAGGlBQCqpQUAtKUFAP+lBQAbpgUAVKYFAFymBQBz0RAAvKYFAP6mBQAEpwUAU6cFAF+nBQCopwUAsqcFAP2nBQADqAUAUqgFAGCoBQCnqAUAs6gFAPyoBQD/qAUAUakFAFKpBQCmqQUAsqkFAPupBQABqgUAUKoFAFaqBQClqgUAsaoFAPqqBQAXqwUAT6sFAFirBQCkqwUAsKsFAPmrBQD8qwUATqwFAFisBQCjrAUAr6wFAPisBQD+rAUATa0FAFOtBQCirQUAp60FAPetBQD9rQUAyNEQAFiuBQChrgUAo64FAPauBQAFrwUAS68FAFavBQCgrwUArK8FAPWvBQD8rwUASrAFAFKwBQCfsAUAqbAFAPSwBQD/sAUASbEFAFWxBQCesQUAprEFAMfSEAD1sQUASLIFAFuyBQCdsgUApbIFAPKyBQD4sgUAR7MFAFOzBQCcswUAprMFAPGzBQD3swUARrQFAFS0BQCbtAUAp7QFAPC0BQDztAUARbUFAE21BQCatQUAm7UFAO+1BQD7tQUARLYFAEq2BQCZtgUAobYFAO62BQD0tgUAQ7cFAE+3BQCYtwUAtbcFAO23BQD2twUAQrgFAE64BQCXuAUAmrgFAOy4BQD2uAUAQbkFAEm5BQCWuQUAp7kFAOu5BQD5uQUAQLoFAFa6BQCVugUAo7oFAOq6BQD0ugUAHNMQAE67BQCUuwUAn7sFAOm7BQD1uwUAPrwFAEW8BQCTvAUAm7wFAOi8BQDyvAUAPb0FAEi9BQCSvQUAnr0FAOe9BQDvvQUAcdMQAD6+BQCRvgUApL4FAOa+BQDuvgUAO78FAEG/BQCQvwUAnL8FAOW/BQDvvwUAOsAFAEDABQCPwAUAncAFAOTABQDwwAUAOcEFADzBBQCOwQUAlsEFAOPBBQDkwQUAOMIFAETCBQCNwgUAk8IFAOLCBQDqwgUAN8MFAD3DBQCMwwUAmMMFAOHDBQD+wwUANsQFAD/EBQCLxAUAl8QFAODEBQDjxAUANcUFAD/FBQCKxQUAksUFAN/FBQDwxQUANMYFAELGBQCJxgUAn8YFAN7GBQDsxgUAM8cFAD3HBQCIxwUAkMcFAN3HBQAAyAUAxtMQAD3IBQCHyAUAlcgFANzIBQDryAUAMckFADzJBQCGyQUAjskFANvJBQDpyQUAMMoFADPKBQCFygUAjcoFABvUEADoygUAL8sFADLLBQCEywUAjMsFACwjBgCQywUAAvgFAJPLBQDT0QUAoMsFANnLBQD1ywUAcNQQADDMBQCDzAUAkMwFANjMBQDlzAUALc0FADLNBQCCzQUAjM0FANfNBQDmzQUALM4FADHOBQCBzgUAjs4FANbOBQDjzgUAK88FADfPBQCAzwUAj88FANXPBQDfzwUAKtAFADbQBQB/0AUAhdAFANTQBQDa0AUAKdEFAC7RBQB+0QUAhNEFAMXUEADY0QUAYu0FAOTRBQAo0gUANtIFAH3SBQCJ0gUA0tIFAN/SBQAn0wUAMdMFAHzTBQCY0wUA0dMFAO3TBQAa1RAAKNQFAHvUBQCI1AUA0NQFAN3UBQAl1QUAKtUFAHrVBQCE1QUAz9UFAN7VBQAk1gUAKdYFAHnWBQCG1gUAztYFANvWBQAj1wUAL9cFAHjXBQCH1wUAzdcFANfXBQAi2AUALtgFAHfYBQB92AUAzNgFANLYBQAh2QUAJtkFAHbZBQB82QUAb9UQANLZBQAg2gUALtoFAHXaBQB42gUAytoFANnaBQAf2wUAJNsFAHTbBQCB2wUAydsFANbbBQAe3AUAKtwFAHPcBQCC3AUAyNwFANLcBQAd3QUAK90FAHLdBQB33QUAx90FANTdBQAc3gUAKN4FAHHeBQCE3gUAxt4FANXeBQAb3wUAJ98FAHDfBQBx3wUAxd8FAM/fBQAa4AUAKOAFAG/gBQB04AUAxOAFANHgBQDE1RAAG+EFAG7hBQB84QUAw+EFANThBQDD1hAAH+IFABjXEABy4gUAwuIFAMriBQAX4wUAJuMFAGzjBQBx4wUAweMFAM7jBQAW5AUAI+QFAGvkBQB35AUAwOQFAM/kBQAV5QUAH+UFAMLXEABs5QUAv+UFANrlBQAU5gUAFuYFAGnmBQCD5gUAvuYFAMvmBQAT5wUAH+cFAGjnBQBy5wUAvecFANfnBQAS6AUAIegFAGfoBQBs6AUAvOgFAMnoBQAR6QUAHukFAGbpBQBy6QUAu+kFAMrpBQAQ6gUAGuoFAGXqBQBx6gUAuuoFAM3qBQAP6wUAHusFAGTrBQBw6wUAuesFALrrBQAO7AUAGOwFAGPsBQBx7AUAuOwFAL3sBQAN7QUAGu0FABfYEABv7QUAt+0FAMTtBQAM7gUAGO4FAGHuBQBw7gUAtu4FAMDuBQAL7wUAGe8FAGDvBQBl7wUAte8FAMLvBQAK8AUAFvAFAF/wBQBy8AUAtPAFAMPwBQAJ8QUAFfEFAF7xBQBf8QUAs/EFAL3xBQAI8gUAFvIFAF3yBQBi8gUAsvIFAL/yBQBs2BAAFPMFAFzzBQBe8wUAsfMFAMrzBQAG9AUAF/QFAFv0BQBn9AUAsPQFALj0BQBr2RAACvUFAFr1BQBi9QUAr/UFAL71BQAE9gUACfYFAFn2BQBm9gUArvYFALv2BQAD9wUAD/cFAFj3BQBn9wUArfcFALf3BQDA2RAAFfgFAFf4BQBm+AUArPgFALj4BQAB+QUAAvkFAFb5BQBg+QUAq/kFALn5BQAA+gUABfoFAFX6BQBi+gUAFdoQAK/6BQD/+gUADPsFAFT7BQBh+wUAqfsFALX7BQD++wUADfwFAFP8BQBd/AUAqPwFALb8BQD9/AUAAv0FAFL9BQBf/QUAp/0FAK/9BQAU2xAACP4FAFH+BQBh/gUApv4FAK/+BQD7/gUA/v4FAFD/BQBc/wUApf8FAKz/BQBp2xAABQAGAE8ABgBQAAYApAAGALwABgD5AAYABgEGAE4BBgBaAQYAowEGAK0BBgD4AQYA/AEGAE0CBgBSAgYAogIGAKgCBgD3AgYAFwMGAEwDBgBkAwYAoQMGALgDBgD2AwYAAgQGAEsEBgBVBAYAoAQGAKIEBgD1BAYA/AQGAEoFBgBRBQYAnwUGAKUFBgD0BQYAAAYGAEkGBgBMBgYAngYGAKEGBgDzBgYA/wYGAEgHBgBLBwYAvtsQAKIHBgDyBwYA+gcGAEcIBgBNCAYAnAgGAKEIBgDxCAYA+ggGAEYJBgBQCQYAmwkGAKcJBgDwCQYA+AkGABPcEABKCgYAmgoGAKIKBgDvCgYA+goGAEQLBgBJCwYAmQsGAJwLBgDuCwYA+AsGAGjcEABPDAYAmAwGAJ8MBgDtDAYA+wwGAEINBgBFDQYAlw0GAJ8NBgDsDQYA7w0GAEEOBgBNDgYAlg4GAJwOBgDrDgYABg8GAEAPBgBMDwYAlQ8GAJsPBgDqDwYA8g8GAD8QBgBDEAYAlBAGAKAQBgDpEAYA9hAGAD4RBgBIEQYAkxEGAJsRBgDoEQYA6hEGAD0SBgBBEgYAkhIGAJQSBgDnEgYA+xIGAL3cEABEEwYAkRMGAJUTBgDmEwYA6BMGADsUBgA+FAYAkBQGAJgUBgDlFAYA8hQGADoVBgA/FQYAjxUGAJkVBgDkFQYA7BUGADkWBgA6FgYAjhYGAJMWBgDjFgYA5hYGADgXBgA7FwYAjRcGAJsXBgDiFwYA+xcGADcYBgBIGAYAjBgGAJgYBgDhGAYA6RgGABLdEAA7GQYAixkGAJMZBgDgGQYA7xkGADUaBgA6GgYAihoGAJcaBgDfGgYA7BoGADQbBgBAGwYAiRsGAJgbBgDeGwYA6BsGADMcBgA7HAYAiBwGAJIcBgDdHAYA4hwGADIdBgA6HQYAZ90QAJIdBgDcHQYA6B0GADEeBgA5HgYAvN0QAJIeBgDbHgYA4h4GADAfBgA+HwYAhR8GAIgfBgDaHwYA4h8GAC8gBgAyIAYAhCAGAJAgBgDZIAYA3yAGAC4hBgBJIQYAgyEGAI8hBgDYIQYA3iEGAC0iBgBQIgYAgiIGAIUiBgDXIgYA+yIGABHeEAA7IwYAgSMGAIYjBgDWIwYA4yMGACskBgA4JAYAgCQGAIwkBgDVJAYA5CQGAColBgA0JQYAfyUGAI0lBgDUJQYA2SUGACkmBgA2JgYAfiYGAIYmBgBm3hAA4CYGACgnBgAwJwYAfScGAJYnBgDSJwYA2CcGACcoBgAsKAYAfCgGAJwoBgDRKAYA3SgGACYpBgAzKQYAeykGAIMpBgDQKQYA0ykGACUqBgAvKgYAeioGAHwqBgDPKgYA2SoGACQrBgAwKwYAu94QAI8rBgDOKwYA2isGACMsBgAoLAYAeCwGACssBgAyERIAgSwGAM0sBgDXLAYAIi0GACotBgAyGQoALi0GAHctBgBFLQYAoFUKAH0tBgDMLQYAii0GANjFDADSLQYAIS4GACYuBgB2LgYAfC4GABDfEADZLgYAIC8GADYvBgB1LwYAgS8GAMovBgDPLwYAHzAGACgwBgB0MAYAfjAGAMkwBgDRMAYAHjEGAC0xBgBzMQYAeDEGAMgxBgDVMQYAHTIGACoyBgByMgYAfjIGAMcyBgDWMgYAHDMGACYzBgBxMwYAfzMGAMYzBgDTMwYAGzQGADI0BgBwNAYAeDQGAMU0BgDPNAYAGjUGAB81BgBvNQYAdzUGAA/gEADQNQYAGTYGAB82BgBuNgYAiTYGAMM2BgDPNgYAGDcGAB43BgBk4BAAczcGAItnDQCANwYAwjcGANE3BgAXOAYAIzgGAGw4BgBtOAYAwTgGAMs4BgAWOQYAJDkGAGs5BgBwOQYAwDkGAM05BgC54BAAGjoGAGo6BgByOgYAvzoGAMI6BgAUOwYAHTsGAGk7BgB4OwYAvjsGAMk7BgATPAYAGzwGAGg8BgB4PAYAvTwGAMs8BgASPQYAIz0GAGc9BgBzPQYAvD0GAMQ9BgC44RAAFz4GAGY+BgBuPgYAuz4GAMI+BgAQPwYAHj8GAGU/BgBrPwYAuj8GAMY/BgAPQAYAHkAGAGRABgBuQAYAuUAGAL5ABgAOQQYAFEEGAGNBBgB3QQYAuEEGAMBBBgANQgYAN0IGAGJCBgBrQgYAt0IGAMRCBgAMQwYAGkMGAGFDBgB0QwYAtkMGANJDBgAN4hAAEEQGAGBEBgBtRAYAtUQGAMJEBgAKRQYAFkUGAF9FBgBuRQYAtEUGAL5FBgAJRgYAF0YGAF5GBgBjRgYAs0YGAMBGBgAIRwYAEEcGAGLiEABpRwYAskcGAMJHBgAHSAYAEEgGAFxIBgBfSAYAsUgGAL1IBgAGSQYADUkGALfiEACFSQYAsEkGALlJBgAFSgYAEkoGAFpKBgBoSgYAr0oGAMJKBgAESwYAIEsGAAzjEABnSwYArksGAMRLBgADTAYAD0wGAFhMBgBfTAYArUwGALVMBgACTQYAB00GAFdNBgBgTQYArE0GALZNBgBh4xAAAk4GAFZOBgBiTgYAq04GALFOBgAATwYAAk8GAFVPBgBfTwYAqk8GALhPBgD/TwYABFAGAFRQBgBhUAYAqVAGALFQBgD+UAYACFEGAFNRBgBhUQYAqFEGAL5RBgD9UQYACVIGAFJSBgBZUgYAp1IGAK9SBgD8UgYAAVMGAFFTBgBaUwYAplMGALBTBgC24xAAAVQGAFBUBgBWVAYApVQGAKpUBgD6VAYAAFUGAAvkEABUVQYApFUGALFVBgD5VQYABlYGAE5WBgBaVgYAo1YGALJWBgD4VgYAAlcGAE1XBgBbVwYAolcGAKdXBgD3VwYABFgGAExYBgBUWAYACuUQAK9YBgD2WAYADFkGAEtZBgBXWQYAoFkGAKVZBgD1WQYA/lkGAEpaBgBUWgYAX+UQAKtaBgD0WgYABVsGAElbBgBVWwYAnlsGAK1bBgDzWwYA/VsGAEhcBgBWXAYAnVwGAKJcBgDyXAYA/1wGAEddBgBRXQYAnF0GAFNdBgBDYQYAql0GAPFdBgAHXgYARl4GAFJeBgCbXgYAoF4GAPBeBgD5XgYARV8GAE9fBgCaXwYApl8GAO9fBgD1XwYARGAGAEpgBgCZYAYAnmAGAO5gBgD0YAYAtOUQAElhBgCYYQYAnmEGAO1hBgDyYQYAQmIGAEhiBgAJ5hAApWIGAOxiBgACYwYAQWMGAE1jBgCWYwYAm2MGAOtjBgD0YwYAQGQGAEpkBgCVZAYAoWQGAOpkBgD9ZAYAP2UGAE5lBgCUZQYAoGUGAOllBgDqZQYAPmYGAEhmBgCTZgYAoWYGAOhmBgDtZgYAPWcGAEpnBgBe5hAAoWcGAOdnBgAHaAYAPGgGAEhoBgCRaAYAm2gGAOZoBgDraAYAO2kGADxpBgCQaQYAnGkGAOVpBgDyaQYAOmoGAEZqBgCPagYAomoGAORqBgDzagYAOWsGAEVrBgCOawYAj2sGAONrBgDtawYAOGwGAEZsBgCNbAYAkmwGAOJsBgDvbAYAs+YQAFNtBgAI5xAAkm0GAOFtBgDnbQYANm4GADtuBgCLbgYAkW4GAF3nEADlbgYANW8GADhvBgCKbwYAlm8GAN9vBgDlbwYANHAGAE9wBgCJcAYAlXAGAN5wBgDkcAYAM3EGADVxBgCIcQYAo3EGAN1xBgDfcQYAMnIGAEByBgCHcgYAmHIGANxyBgDecgYAMXMGAEpzBgCGcwYAl3MGANtzBgDncwYAXOgQADp0BgCFdAYAk3QGANp0BgDwdAYAL3UGADt1BgCEdQYAiXUGANl1BgDidQYALnYGADh2BgCDdgYAi3YGANh2BgDddgYALXcGADx3BgCCdwYAkXcGANd3BgDgdwYALHgGADJ4BgCBeAYAh3gGANZ4BgDieAYAK3kGADJ5BgCAeQYAiHkGANV5BgDXeQYAKnoGADp6BgB/egYAiXoGANR6BgDgegYAKXsGAC97BgB+ewYAhnsGALHoEADfewYAKHwGADl8BgB9fAYAiXwGANJ8BgDhfAYAJ30GADF9BgB8fQYAin0GANF9BgDWfQYAJn4GADN+BgB7fgYAg34GANB+BgDafgYAY5YGANx+BgAlfwYAK38GAHp/BgCAfwYAz38GANR/BgAkgAYAKoAGAAbpEACFgAYAzoAGANSABgAjgQYAPoEGAHiBBgCEgQYAzYEGANOBBgAiggYAKoIGAHeCBgB6ggYAzIIGANiCBgAhgwYAMoMGAHaDBgCCgwYAy4MGANqDBgAghAYAKoQGAHWEBgCDhAYAyoQGAM+EBgAfhQYALIUGAHSFBgB8hQYAyYUGANOFBgAehgYALIYGAHOGBgCJhgYAyIYGANSGBgAdhwYAIocGAHKHBgB7hwYAx4cGANGHBgAF6hAAIogGAHGIBgB3iAYAxogGANKIBgAbiQYAKIkGAHCJBgB6iQYAxYkGAM2JBgAaigYAJIoGAG+KBgB0igYAxIoGAMWKBgAZiwYAHosGAG6LBgB/iwYAw4sGAMiLBgAYjAYAL4wGAG2MBgCBjAYAwowGAN6MBgAXjQYAH40GAFrqEAB0jQYAwY0GAMuNBgAWjgYAKo4GAGuOBgBsjgYAwI4GAMyOBgAVjwYAMY8GAGqPBgByjwYAr+oQAMiPBgAUkAYAIpAGAGmQBgAjkAYA+voKAHOQBgC+kAYAwJAGABORBgAskQYAaJEGAHmRBgC9kQYAyZEGABKSBgAakgYABOsQAHOSBgC8kgYAwpIGABGTBgAskwYAZpMGAHKTBgC7kwYAwZMGABCUBgATlAYAZZQGAG2UBgC6lAYAypQGAA+VBgAUlQYAZJUGAG2VBgC5lQYAxpUGAA6WBgAVlgYAWesQAHGWBgC4lgYAzpYGAA2XBgAZlwYAYpcGAGeXBgC3lwYAwJcGAAyYBgAWmAYAYZgGAH2YBgC2mAYAvpgGAK7rEAAQmQYAYJkGAGiZBgC1mQYAt5kGAAqaBgAlmgYAX5oGAGGaBgC0mgYAwpoGAAmbBgAamwYAXpsGAGCbBgCzmwYAzJsGAAicBgAZnAYAXZwGAGmcBgCynAYAupwGAAPsEAATnQYAXJ0GAGKdBgCxnQYAzJ0GAAaeBgASngYAW54GAGGeBgCwngYAs54GAFjsEAAinwYAWp8GAFufBgCvnwYAvp8GAASgBgAJoAYAWaAGAGagBgCuoAYAu6AGAAOhBgAPoQYAWKEGAGehBgCtoQYAt6EGAAKiBgAQogYAV6IGAFyiBgCsogYAuaIGAAGjBgANowYAVqMGAFyjBgCrowYAaaMGAOu4BgCxowYAAKQGAAWkBgBVpAYAW6QGAK3sEACvpAYA/6QGAB+lBgBUpQYAYKUGAKmlBgCvpQYA/qUGAAamBgAn0gYAB6YGAFOmBgBgpgYAqKYGAK6mBgD9pgYACacGAFKnBgBUpwYAp6cGALanBgD8pwYAB6gGAFGoBgBTqAYApqgGAL+oBgD7qAYADKkGAFCpBgBcqQYApakGALGpBgD6qQYADaoGAE+qBgBeqgYApKoGALCqBgD5qgYA+qoGAE6rBgBYqwYAo6sGALGrBgD4qwYA/asGAE2sBgBarAYAAu0QAK+sBgD3rAYAC60GAEytBgBorQYAoa0GAL2tBgBX7RAABa4GAEuuBgBMrgYAoK4GAK+uBgD1rgYA+q4GAEqvBgBXrwYAn68GAKyvBgD0rwYAALAGAEmwBgBYsAYAnrAGAKiwBgDzsAYAAbEGAEixBgBNsQYAnbEGAKqxBgDysQYAArIGAEeyBgBJsgYAnLIGAKqyBgDxsgYAArMGAKztEABNswYAAe4QAKCzBgDwswYA/bMGAEW0BgBStAYAmrQGAKC0BgDvtAYA+7QGAES1BgBUtQYAmbUGAKK1BgDutQYA8bUGAEO2BgBPtgYAmLYGAJ+2BgBW7hAA+bYGAEK3BgBStwYAl7cGAKC3BgDstwYA77cGAEG4BgBNuAYAlrgGAJ24BgCr7hAA+rgGAEC5BgBMuQYAlbkGAJa5BgDquQYA9LkGAD+6BgBNugYAlLoGAJm6BgDpugYA9roGAADvEABDuwYAk7sGAKK7BgDouwYACLwGAD28BgBJvAYAkrwGAJy8BgDnvAYA77wGADy9BgBIvQYAkb0GAJe9BgDmvQYA7L0GADu+BgBAvgYAkL4GAJa+BgD/7xAA6r4GADq/BgBDvwYAj78GAKC/BgDkvwYA678GADnABgBBwAYAjsAGAJvABgDjwAYA6MAGADjBBgBCwQYAjcEGAJXBBgDiwQYA8cEGADfCBgA8wgYAjMIGAJnCBgDhwgYA7sIGADbDBgBCwwYAi8MGAJrDBgDgwwYA6sMGADXEBgA9xAYAisQGAJTEBgDfxAYA5MQGADTFBgA8xQYA/vAQAI7FBgDexQYA4cUGADPGBgA9xgYAU/EQAI7GBgDdxgYA4sYGADLHBgBSxwYAh8cGAJPHBgDcxwYA4scGADHIBgA0yAYAhsgGAIjIBgDbyAYA9sgGADDJBgAyyQYAhckGAJPJBgDayQYA68kGAC/KBgAxygYAhMoGAJ3KBgDZygYA6soGAC7LBgA6ywYAqPEQAJPLBgDYywYA+MsGAC3MBgAvzAYAgswGAI7MBgAkIg8AkcwGAG3hBgCezAYAte4GAK7MBgDXzAYA2swGACzNBgA7zQYAgc0GAIbNBgDWzQYA480GACvOBgA4zgYAgM4GAIzOBgDVzgYA5M4GACrPBgA0zwYAf88GAI3PBgDUzwYA2c8GACnQBgA20AYAftAGAIrQBgDT0AYA2dAGACjRBgAu0QYAfdEGAILRBgDS0QYA2NEGAP3xEAA90gYAfNIGAH7SBgDR0gYA5dIGACbTBgAu0wYAe9MGAIjTBgDQ0wYA1dMGACXUBgAv1AYAetQGAILUBgDP1AYA6NQGACTVBgAw1QYAedUGAIHVBgBS8hAA6dUGACPWBgAl1gYAeNYGAIbWBgDN1gYA3tYGACLXBgAk1wYAd9cGAJDXBgDM1wYA3dcGACHYBgAt2AYAp/IQAHvYBgDL2AYA1NgGACDZBgAx2QYAddkGAHzZBgDK2QYA0tkGAB/aBgAs2gYAdNoGAHnaBgDJ2gYA09oGAB7bBgAm2wYAc9sGAIzbBgDI2wYA1NsGAB3cBgAl3AYAUfMQAHXcBgDH3AYA0dwGABzdBgAe3QYAcd0GAIrdBgDG3QYA190GABveBgAp3gYAcN4GAHPeBgDF3gYA0N4GABrfBgAm3wYAb98GAHbfBgCm8xAAyd8GABngBgAh4AYAbuAGAHzgBgDD4AYAxOAGABjhBgAz4QYA+/MQAHLhBgDC4QYAz+EGABfiBgAk4gYAbOIGAHjiBgDB4gYA0OIGABbjBgAg4wYAa+MGAHnjBgDA4wYAxeMGABXkBgAi5AYAauQGAHbkBgC/5AYAxeQGABTlBgAa5QYAaeUGAG7lBgC+5QYAxOUGAFD0EAAg5gYAaOYGAGrmBgC95gYA1uYGABLnBgAj5wYAZ+cGAHPnBgC85wYAxOcGAE/1EAAW6AYAZugGAG7oBgC76AYA1OgGABDpBgAV6QYAZekGAGrpBgC66QYAxOkGAA/qBgAS6gYAZOoGAG7qBgC56gYAv+oGAA7rBgAQ6wYAY+sGAGTrBgC46wYAwOsGAA3sBgAd7AYAYuwGAGjsBgC37AYAvOwGAAztBgAi7QYAYe0GAGntBgC27QYA4O0GAAvuBgAu7gYAYO4GAH/uBgCk9RAAve4GAPn1EAAb7wYAX+8GAG3vBgC07wYAwO8GAAnwBgAW8AYAXvAGAGjwBgCz8AYAu/AGAAjxBgAT8QYAXfEGAF/xBgCy8QYAtfEGAAfyBgAP8gYAXPIGAGLyBgCx8gYAuvIGAAbzBgAT8wYAW/MGAGPzBgCw8wYAtfMGAAX0BgAO9AYAWvQGAGT0BgCv9AYAt/QGAAT1BgAJ9QYAWfUGAGn1BgCu9QYAtvUGAAP2BgAF9gYAWPYGAHP2BgCt9gYAr/YGAAL3BgAQ9wYAV/cGAGj3BgCs9wYArvcGAAH4BgAa+AYAVvgGAGf4BgCr+AYAt/gGAAD5BgAI+QYATvYQAFv5BgCq+QYAr/kGAP/5BgAf+gYAVPoGAGD6BgCp+gYAr/oGAP76BgAB+wYAU/sGAFv7BgCo+wYAsvsGAP37BgAC/AYAUvwGAFr8BgCn/AYAsfwGAPz8BgD+/AYAUf0GAGL9BgCm/QYAxv0GAPv9BgAD/gYAUP4GAFr+BgCl/gYAqv4GAKP2EAAO/wYAT/8GAFf/BgCk/wYAqf8GAPn/BgAJAAcATgAHAFYABwCjAAcArQAHAPgABwADAQcATQEHAFkBBwCiAQcAqgEHAPj2EAADAgcATAIHAFgCBwChAgcAqAIHAPYCBwD+AgcASwMHAGQDBwCgAwcApgMHAPUDBwD6AwcASgQHAGoEBwCfBAcAqwQHAPQEBwD6BAcASQUHAEwFBwBN9xAAoAUHAPMFBwCsBQcA1BsQAPYFBwBIBgcAUgYHAJ0GBwCrBgcA8gYHAAEHBwBHBwcASgcHAJwHBwBfBwcAskYHAGMHBwApJQcAqAcHAPEHBwDzBwcARggHAEwIBwCbCAcAqggHAPAIBwD7CAcARQkHAE0JBwByhgcAXwkHAJoJBwCmCQcA7wkHAAIKBwBECgcAUwoHAJkKBwClCgcA7goHAO8KBwBDCwcATQsHAJgLBwCmCwcA7QsHAPILBwBCDAcATwwHAKL3EACxDAcA7AwHAPsMBwBBDQcARg0HAJYNBwCjDQcA6w0HAPgNBwBADgcATA4HAJUOBwCkDgcA6g4HAPQOBwA/DwcATQ8HAJQPBwCZDwcA6Q8HAPYPBwA+EAcAShAHAJMQBwCZEAcA6BAHAO4QBwA9EQcAQhEHAJIRBwCYEQcA9/cQAOgRBwA8EgcA8BEHAOy0CQD0EQcArp0JAPYRBwDDigcABxIHAB8oDgBIEgcAkRIHAJcSBwCeWQgAnhIHAOYSBwDpEgcAOxMHAEcTBwCQEwcAkhMHAOUTBwDrEwcAOhQHAEkUBwCPFAcAmhQHAOQUBwDlFAcAORUHAE0VBwCOFQcAqBUHAOMVBwDvFQcAOBYHAEsWBwCNFgcAnBYHAOIWBwDuFgcANxcHADgXBwCMFwcAlhcHAOEXBwDvFwcANhgHADsYBwCLGAcAmBgHAEz4EAD6GAcANRkHAEQZBwCKGQcAjxkHAN8ZBwDsGQcANBoHAEEaBwCJGgcAlRoHAN4aBwDtGgcAMxsHAD0bBwCIGwcAlhsHAN0bBwDiGwcAMhwHAD8cBwCHHAcAkxwHANwcBwDiHAcAMR0HADcdBwCGHQcAix0HANsdBwDhHQcAofgQAD4eBwCFHgcAoB4HANoeBwDoHgcALx8HADwfBwCEHwcAmx8HANkfBwDoHwcALiAHADMgBwCDIAcAkCAHANggBwDlIAcALSEHADkhBwCCIQcAkSEHANchBwDhIQcALCIHADoiBwCBIgcAhiIHANYiBwDjIgcAKyMHAC4jBwCAIwcAjCMHANUjBwDbIwcAKiQHADAkBwB/JAcAhCQHANQkBwDaJAcA9vgQAEUlBwBL+RAAhCUHANMlBwDVJQcAKCYHADUmBwB9JgcAgCYHANImBwDTJgcAJycHACwnBwB8JwcAgicHANEnBwDbJwcAJigHAEIoBwB7KAcAlygHAKD5EADWKAcAJSkHACcpBwB6KQcAhykHAM8pBwDSKQcAJCoHACUqBwB5KgcAfioHAM4qBwDUKgcAIysHAC0rBwB4KwcAlCsHAM0rBwDpKwcA9fkQACgsBwB3LAcAfSwHAMwsBwDRLAcAIS0HACctBwBK+hAAeC0HAMstBwDZLQcAIC4HADEuBwBJ+xAAfC4HAJ77EADPLgcAHy8HACcvBwB0LwcAeS8HAMkvBwCDLwcAtUMHAMovBwAeMAcAKjAHAHMwBwCAMAcAyDAHANAwBwAdMQcAJzEHAHIxBwCBMQcAxzEHAMgxBwAcMgcAJDIHAHEyBwCAMgcAxjIHAMsyBwAbMwcAKDMHAHAzBwB9MwcAxTMHANEzBwAaNAcAKTQHAG80BwB5NAcAxDQHANI0BwAZNQcAHjUHAG41BwB7NQcAwzUHAMs1BwAYNgcAIjYHAG02BwByNgcAwjYHAMo2BwBI/BAAHDcHAGw3BwB1NwcAZzwHAHk3BwDBNwcAzjcHABY4BwAiOAcAazgHAHo4BwDAOAcAyjgHABU5BwAjOQcAajkHAG85BwC/OQcAzDkHABQ6BwAcOgcAnfwQAHU6BwC+OgcAzjoHABM7BwAcOwcAaDsHAGs7BwC9OwcAyTsHABI8BwAZPAcA8vwQAHg8BwC8PAcAwzwHABE9BwAePQcAZj0HAIU9BwC7PQcAxT0HABA+BwAYPgcAZT4HAHQ+BwC6PgcAvz4HAA8/BwAcPwcAZD8HAHE/BwC5PwcAxT8HAA5ABwAdQAcAY0AHAG1ABwC4QAcAwEAHAA1BBwAXQQcAYkEHAGdBBwC3QQcAv0EHAEf9EAAYQgcAYUIHAGdCBwC2QgcA0UIHAAtDBwAXQwcAYEMHAGZDBwCc/RAAukMHAApEBwAXRAcAX0QHAGxEBwC0RAcAwEQHAAlFBwAYRQcAXkUHAGhFBwDx/RAAvUUHAAhGBwANRgcAXUYHAGVGBwBG/hAAvEYHAAdHBwANRwcAXEcHAF5HBwCxRwcAvkcHAAZIBwAJSAcAW0gHAFxIBwCwSAcAtUgHAAVJBwALSQcAWkkHAGRJBwCvSQcAyUkHAARKBwATSgcAWUoHAF5KBwCuSgcAu0oHAANLBwAQSwcAWEsHAGRLBwCtSwcAvEsHAAJMBwAMTAcAV0wHAGVMBwCsTAcAsUwHAAFNBwAOTQcAVk0HAGBNBwD3VgcAYk0HAKtNBwCxTQcAAE4HAAZOBwBVTgcAWk4HAKpOBwCwTgcAm/4QAARPBwBUTwcAYU8HAKlPBwC2TwcA/k8HAApQBwBTUAcAYlAHAKhQBwCyUAcA/VAHAAtRBwBSUQcAV1EHAKdRBwC0UQcA/FEHAARSBwCa/xAAV1IHAKZSBwCsUgcA+1IHAABTBwBQUwcAVlMHAO//EACnUwcA+lMHAANUBwBPVAcAUlQHAKRUBwCwVAcA+VQHAABVBwBOVQcAVlUHAKNVBwC8VQcA+FUHAAxWBwBNVgcAaVYHAKJWBwCqVgcAmQARAAVXBwBMVwcAYlcHAKFXBwCtVwcA9lcHAPtXBwBLWAcAVFgHAKBYBwCqWAcA9VgHABFZBwBKWQcAUlkHAO4AEQCkWQcA9FkHAAFaBwBJWgcAVloHAJ5aBwCqWgcA81oHAAJbBwBIWwcAUlsHAJ1bBwCrWwcA8lsHAPdbBwBHXAcAVFwHAJxcBwCkXAcAQwERAP9cBwBGXQcAXF0HAJtdBwCnXQcA8F0HAPVdBwBFXgcATl4HAJpeBwCkXgcA714HAPdeBwBEXwcAU18HAJlfBwCbXwcA7l8HAPdfBwBDYAcARmAHAJhgBwCkYAcA7WAHAPRgBwBCYQcASmEHAJdhBwCwYQcA7GEHAABiBwBBYgcAXWIHAJZiBwCeYgcAmAERAPBiBwBAYwcATWMHAJVjBwCiYwcA6mMHAPZjBwA/ZAcATmQHAJRkBwCeZAcA6WQHAPNkBwA+ZQcATGUHAJNlBwCpZQcA6GUHAPRlBwA9ZgcAQmYHAJJmBwCbZgcA52YHAPFmBwA8ZwcASGcHAJFnBwCXZwcA5mcHAOxnBwA7aAcAQGgHAJBoBwCWaAcA7QERAPFoBwA6aQcAPmkHAI9pBwCeaQcA5GkHAOlpBwA5agcARmoHAI5qBwCbagcA42oHAO9qBwA4awcAR2sHAI1rBwCXawcA4msHAPBrBwA3bAcAPGwHAIxsBwCZbAcA4WwHAO1sBwA2bQcAPG0HAIttBwCRbQcA4G0HAOVtBwA1bgcAO24HAEICEQCPbgcA324HAOZuBwA0bwcAQG8HAIlvBwCLbwcA3m8HAIxvBwCDdQcA+W8HADNwBwA1cAcAiHAHAJZwBwDdcAcA7nAHADJxBwA0cQcAh3EHAKBxBwDccQcA7XEHADFyBwA9cgcAhnIHAJJyBwDbcgcA7nIHADBzBwA/cwcAhXMHAJFzBwDacwcA23MHAC90BwA5dAcAhHQHAJJ0BwDZdAcA3nQHAC51BwA7dQcAlwIRAIV1BwDYdQcA83UHAC12BwAvdgcAgnYHAJB2BwDXdgcA6HYHACx3BwAudwcAgXcHAJp3BwDWdwcA53cHACt4BwA3eAcAgHgHAIx4BwDVeAcA6HgHACp5BwA5eQcAf3kHAIt5BwDUeQcA1XkHACl6BwAzegcAfnoHAIx6BwDTegcA2HoHACh7BwA1ewcAlgMRAIJ7BwDSewcA2nsHACd8BwApfAcAfHwHAI18BwDRfAcA33wHACZ9BwBBfQcAe30HAId9BwDQfQcA2H0HAJUEEQAqfgcAen4HAIF+BwDPfgcA234HACR/BwAnfwcAeX8HAIF/BwDOfwcA3n8HACOABwAogAcAeIAHAIGABwDNgAcA2oAHACKBBwApgQcAd4EHAH+BBwDqBBEA2YEHACGCBwApggcAdoIHAIqCBwDLggcA0IIHACCDBwApgwcAdYMHAHuDBwDKgwcA0oMHAB+EBwAuhAcAdIQHAIWEBwDJhAcA0oQHAB6FBwAhhQcAc4UHAH2FBwDIhQcA1IUHAB2GBwAjhgcAPwURAH+GBwDHhgcAzIYHAByHBwAjhwcAcYcHAH2HBwDGhwcAzocHAJQFEQA2iAcAcIgHAHKIBwDFiAcA04gHABqJBwAriQcAb4kHAHGJBwDEiQcA3YkHABmKBwAqigcAbooHAHqKBwDpBREA0ooHABiLBwAhiwcAbYsHAHOLBwDCiwcAyIsHABeMBwAjjAcAbIwHAHOMBwDBjAcAyYwHABaNBwAajQcAa40HAHaNBwDAjQcAzo0HABWOBwAmjgcAao4HAHaOBwC/jgcAx44HAD4GEQAXjwcAaY8HAHOPBwC+jwcAwI8HABOQBwAskAcAaJAHAHmQBwC9kAcAy5AHABKRBwAVkQcAZ5EHAHKRBwC8kQcAypEHABGSBwAekgcAZpIHAH2SBwC7kgcAw5IHABCTBwASkwcAZZMHAG2TBwC6kwcAyZMHAA+UBwAUlAcAZJQHAHGUBwC5lAcAxpQHAA6VBwAalQcAY5UHAHKVBwC4lQcAwpUHAA2WBwAblgcAYpYHAGeWBwC3lgcAxJYHAAyXBwAUlwcAYZcHAGuXBwC2lwcAu5cHAAuYBwATmAcAYJgHAGOYBwC1mAcA0pgHAAqZBwAbmQcAX5kHAGeZBwC0mQcAt5kHAAmaBwAVmgcAXpoHAGSaBwCzmgcAzpoHAAibBwAUmwcAXZsHAGObBwCTBhEAwZsHAAecBwAInAcAXJwHAJScBwCxnAcAv5wHAAadBwAHnQcAW50HAGOdBwCwnQcAv50HAAWeBwAKngcAWp4HAGeeBwCvngcAvJ4HAASfBwAQnwcAWZ8HAGifBwCunwcAuJ8HAAOgBwARoAcAWKAHAF2gBwCtoAcAuqAHAAKhBwAKoQcAV6EHAGGhBwCsoQcAsaEHAAGiBwAJogcAVqIHAGCiBwCrogcAtqIHAACjBwAMowcAVaMHAF2jBwDoBhEAr6MHAP+jBwACpAcAVKQHAF6kBwCppAcAsaQHAD0HEQAMpQcAU6UHAGmlBwCopQcAtKUHAP2lBwACpgcAUqYHAFumBwCnpgcAsaYHAPymBwAEpwcAUacHAF2nBwCmpwcAuacHAPunBwD8pwcAUKgHAF6oBwClqAcAq6gHAPqoBwAGqQcAT6kHAFapBwCSBxEApakHAPmpBwAFqgcATqoHAFuqBwCjqgcAq6oHAPiqBwACqwcATasHAFyrBwCiqwcAo6sHAPerBwD/qwcATKwHAFusBwChrAcApqwHAPasBwADrQcAS60HAFitBwCgrQcArK0HAPWtBwAErgcASq4HAFSuBwCfrgcAra4HAPSuBwD5rgcASa8HAFavBwCerwcApq8HAPOvBwD3rwcASLAHAFawBwCdsAcAp7AHAPKwBwD9sAcAR7EHAE+xBwCcsQcAp7EHAPGxBwD2sQcARrIHAEmyBwCbsgcApbIHAPCyBwD4sgcARbMHAGSzBwDnBxEAqbMHAO+zBwDwswcARLQHAEy0BwCZtAcAmrQHAO60BwD0tAcAQ7UHAEi1BwCYtQcAs7UHAO21BwD7tQcAQrYHAEm2BwCXtgcAo7YHAOy2BwDytgcAQbcHAF23BwCWtwcAnrcHADwIEQDxtwcAQLgHAEa4BwCVuAcAmrgHAOq4BwDwuAcAkQgRAES5BwCUuQcAm7kHAOm5BwD1uQcAProHAEa6BwA7CREAproHAOi6BwAeuwcAPbsHAD+7BwA8vAcAcrsHAJK7BwC3uwcA57sHAO67BwDlCREAIbwHAJAJEQBMvAcAkbwHAMu8BwA6ChEA77wHAJysDADwvAcARawOAAO9BwA7vQcABr0HALzgDQBMvQcAkL0HAJi9BwDlvQcA6L0HADq+BwBGvgcAj74HAJW+BwDkvgcA/74HADm/BwBFvwcAjr8HAJS/BwDjvwcA678HADjABwBUwAcAjcAHAJXABwCPChEA8cAHADfBBwA4wQcAjMEHAJTBBwDhwQcA4sEHADbCBwA8wgcAi8IHAJDCBwDgwgcA+8IHADXDBwBDwwcAisMHAJHDBwDfwwcA68MHADTEBwA6xAcAicQHAKXEBwDexAcA5sQHAOQKEQA5xQcAiMUHAI7FBwDdxQcA4sUHADLGBwA4xgcAOQsRAIzGBwDcxgcA48YHADHHBwA9xwcAhscHAI7HBwDjCxEA7scHADDIBwBmyAcAhcgHAIfIBwCEyQcAusgHANrIBwD/yAcAL8kHADbJBwCNDBEAackHADgMEQCUyQcA2ckHABPKBwDiDBEAMMoHAIPKBwCEygcA2MoHAOLKBwAtywcAO8sHAILLBwCdywcA18sHAOPLBwAszAcANMwHADcNEQCNzAcA1swHANzMBwArzQcARs0HAIDNBwCMzQcA1c0HANvNBwAqzgcAMs4HAH/OBwCNzgcA1M4HANfOBwApzwcAMc8HAH7PBwCHzwcA088HAODPBwAo0AcAKtAHAH3QBwCY0AcA0tAHANTQBwAn0QcANdEHAHzRBwCN0QcA0dEHANPRBwAm0gcAP9IHAHvSBwCM0gcA0NIHANzSBwAl0wcALdMHAIwNEQCA0wcAz9MHANfTBwAk1AcAK9QHAHnUBwB+1AcAztQHANrUBwAj1QcAJtUHAHjVBwCA1QcAzdUHANrVBwAi1gcAJ9YHAHfWBwCB1gcAzNYHANTWBwAh1wcALdcHAHbXBwCJ1wcAy9cHANnXBwAg2AcAI9gHAHXYBwB/2AcA4Q0RAM3YBwAf2QcAJ9kHAHTZBwB32QcAydkHANXZBwAe2gcAJNoHAHPaBwCO2gcAyNoHANTaBwAd2wcAI9sHAHLbBwB62wcAx9sHANXbBwAc3AcAH9wHAHHcBwB53AcAxtwHAM/cBwAb3QcAKN0HAHDdBwBy3QcAxd0HAODdBwAa3gcAHN4HAG/eBwB93gcAxN4HANXeBwAZ3wcAG98HAG7fBwCH3wcAw98HANTfBwAY4AcAJOAHAG3gBwB14AcANg4RAMjgBwAX4QcAH+EHAGzhBwBz4QcAweEHAMbhBwAW4gcAIuIHAGviBwBu4gcAwOIHAMjiBwAV4wcAIuMHAGrjBwBv4wcAv+MHAMnjBwAU5AcAHOQHAGnkBwB15AcAvuQHANHkBwAT5QcAIeUHAGjlBwBr5QcAveUHAMflBwCLDhEAFeYHAGfmBwBz5gcAvOYHAMLmBwAR5wcALOcHAGbnBwBy5wcAu+cHAMHnBwAQ6AcAGOgHAGXoBwBz6AcAuugHAL3oBwAP6QcAF+kHAGTpBwBt6QcAuekHAMbpBwAO6gcAEOoHAGPqBwB+6gcAuOoHALrqBwAN6wcAG+sHAGLrBwBz6wcAt+sHALnrBwAM7AcAJewHAGHsBwBy7AcAtuwHAMLsBwAL7QcAE+0HAOAOEQBm7QcAte0HAL3tBwAK7gcAEe4HAF/uBwBk7gcAtO4HAMDuBwAJ7wcADO8HAF7vBwBm7wcAs+8HAMDvBwAI8AcADfAHAF3wBwBn8AcAsvAHALrwBwAH8QcAE/EHAFzxBwBv8QcAsfEHAL/xBwAG8gcACfIHAFvyBwBl8gcANQ8RALjyBwCKDxEAE/MHAFrzBwBr8wcAr/MHALvzBwAE9AcADPQHAN8PEQBe9AcArvQHALj0BwAD9QcAC/UHAFj1BwBo9QcArfUHALL1BwAC9gcAC/YHAFf2BwBk9gcArPYHALP2BwA0EBEAA/cHAFb3BwAG9wcAnQQJAAr3BwDUxg8ADfcHABjZDgAP9wcA4WoJAGD3BwBmNQ8AZ/cHAKv3BwC89wcAAPgHAA74BwBV+AcAcfgHAKr4BwDG+AcAiRARAA35BwBU+QcAYfkHAKn5BwDA+QcA/vkHAAr6BwBT+gcAWfoHAKj6BwCu+gcA/foHAAL7BwBS+wcAWPsHAN4QEQC9+wcA/PsHAAv8BwBR/AcAKPwHAEwBCABT/AcApvwHALX8BwD7/AcABv0HAFD9BwBc/QcApf0HAKj9BwD6/QcArP0HAO0KCADB/QcAngQIAAb+BwBP/gcAVf4HAKT+BwC//gcA+f4HAAX/BwBO/wcAVP8HAKP/BwCv/wcA+P8HAP7/BwBNAAgAUwAIAKIACACnAAgA9wAIAP0ACAAzEREATwEIAKEBCAC9AQgA9gEIAP4BCAAyEhEAVwIIAKACCACmAggA9QIIABADCABKAwgAVgMIAJ8DCAClAwgA9AMIAPwDCABJBAgAagQIAIcSEQCmBAgA3BIRAPgECABIBQgAVQUIAJ0FCACqBQgA8gUIAP4FCABHBggAVgYIAJwGCACmBggA8QYIAPkGCABGBwgAUAcIAJsHCACpBwgA8AcIAAYICABFCAgAUQgIAJoICACfCAgA7wgIAPgICABECQgATgkIAJkJCAChCQgA7gkIAPgJCABDCggASAoIAJgKCACgCggAMRMRAPkKCABCCwgAVQsIAJcLCACmCwgA7AsIAPgLCABBDAgAQgwIAJYMCACgDAgA6wwIAPkMCABADQgARQ0IAJUNCACiDQgAhhMRAPUNCAA/DggASw4IAJQOCACaDggA6Q4IAPUOCAA+DwgARg8IAIUUEQCWDwgA6A8IAPAPCAA9EAgAShAIAJIQCACXEAgA5xAIAO8QCAA8EQgAPhEIAJERCACsEQgA5hEIAOgRCAA7EggASRIIAJASCAChEggA5RIIAOcSCAA6EwgAUxMIAI8TCACgEwgA5BMIAPATCAA5FAgAQRQIANoUEQCTFAgA4xQIAPAUCAA4FQgARRUIAI0VCACZFQgA4hUIAPEVCAA3FggAQRYIAIwWCACaFggA4RYIAOYWCAA2FwgAQxcIAIsXCACTFwgA4BcIAOIXCAA1GAgAPxgIAIoYCACSGAgALxURAOoYCAA0GQgAQhkIAIkZCACMGQgA3hkIAOYZCAAzGggASRoIAIgaCACNGggA3RoIAPMaCAAyGwgAPhsIAIcbCACUGwgA3BsIAOYbCACEFREAMxwIAIYcCACUHAgA2xwIAOwcCADZFREANh0IAIUdCACRHQgALhYRANwdCAAvHggANR4IAIQeCACkHggA2R4IAOUeCAAuHwgANR8IAIMfCACLHwgA2B8IAN8fCAAtIAgAOSAIAIIgCACEIAgA1yAIAN4gCACDFhEALyEIAIEhCACJIQgA1iEIAOYhCAArIggALSIIAIAiCACOIggA1SIIAOYiCADYFhEAMSMIAC0XEQCMIwgA1CMIANsjCAApJAgAMSQIAH4kCACMJAgA0yQIANYkCAAoJQgAMCUIAH0lCACEJQgA0iUIAOAlCAAnJggAKiYIAHwmCAB+JggA0SYIAOomCAAmJwgANycIAHsnCACHJwgA0CcIANcnCAAlKAgALSgIAHooCACDKAgAzygIANwoCAAkKQgALikIAHkpCACHKQgAzikIAN8pCAAjKggAKyoIAHgqCACCKggAzSoIANsqCAAiKwgAOCsIAHcrCACDKwgAzCsIANMrCAAhLAgAKSwIAHYsCAB8LAgAyywIANcsCAAgLQgAKi0IAHUtCAB7LQgAyi0IAN4tCADXFxEALS4IAHQuCACNLggAyS4IAN8uCAAeLwgALS8IAHMvCACNLwgAyC8IAMsvCADDNAgA0y8IAL45CADXLwgAHTAIACIwCAByMAgAfzAIAMcwCADUMAgAHDEIACgxCABxMQgAgDEIAMYxCADQMQgAGzIIACkyCABwMggAdTIIAMUyCADSMggAGjMIACYzCABvMwgAdTMIAMQzCADKMwgAGTQIAB40CABuNAgAdDQIACwYEQDPNAgAGDUIAB41CABtNQgAiDUIAMI1CADONQgAFzYIAB02CABsNggAczYIAME2CADGNggAajgIAM02CAAWNwgAGDcIAGs3CAByNwgAwDcIANw3CAAVOAgAHTgIACsZEQBuOAgAvzgIAMw4CAAUOQgAMDkIAGk5CABxOQgAgBkRAMM5CAATOggAFjoIAGg6CAByOggAvToIAM46CAASOwgAFzsIAGc7CABsOwgAvDsIANw7CAARPAgAGjwIAGY8CABnPAgAuzwIAMc8CAAQPQgAFj0IAGU9CABrPQgAuj0IAL89CAAPPggAFT4IANUZEQBlPggAuT4IAMU+CAAOPwgAGz8IAGM/CABrPwgAuD8IAME/CAANQAgAGkAIAGJACABwQAgAt0AIAMpACAAMQQgAFEEIAGFBCABkQQgAtkEIALtBCAALQggAGkIIAGBCCACAQggAtUIIAMFCCAAKQwgAFEMIANQaEQBpQwgAtEMIALZDCAAJRAgAE0QIAF5ECABnRAgAs0QIALZECAAIRQgAEEUIAF1FCACURQgAKRsRAL5FCAAHRggAFkYIAFxGCAB8RggAsUYIAL1GCAAGRwgADUcIAFtHCABgRwgAsEcIALFHCAAFSAgAEUgIAFpICABgSAgAr0gIALFICAAESQgADkkIAFlJCABnSQgArkkIALNJCAADSggAEEoIAFhKCABiSggArUoIALtKCAACSwgAGEsIAFdLCABjSwgArEsIALFLCAABTAgACkwIAFZMCABgTAgAq0wIALdMCAAATQgAE00IAFVNCABkTQgAqk0IALZNCAD/TQgAAE4IAFROCABeTggAqU4IALdOCAD+TggAA08IAFNPCABgTwgAfhsRALZPCAD9TwgAE1AIAFJQCABeUAgAp1AIAK5QCAD8UAgABFEIAFFRCABWUQgAplEIAK9RCAD7UQgABVIIAFBSCABYUggApVIIAKlSCAD6UggA/FIIAE9TCABdUwgApFMIAK5TCAD5UwgAB1QIAE5UCABbVAgAo1QIALpUCAD4VAgAAFUIAE1VCABdVQgAolUIAKdVCAD3VQgA/VUIAExWCABUVggAoVYIAKZWCAD2VggA91YIAEtXCABXVwgAoFcIAKZXCAD1VwgA91cIAEpYCABUWAgAn1gIAK1YCAD0WAgA+VgIAElZCABWWQgAfRwRAKBZCADzWQgA/VkIAEhaCABWWggAnVoIAKJaCADyWggA/1oIAEdbCABJWwgAHC8KAFFbCACcWwgAqlsIAPFbCAAHXAgARlwIAFJcCACbXAgAoFwIAPBcCAD5XAgARV0IAE9dCACaXQgApl0IAO9dCAACXggARF4IAFNeCACZXggApV4IAO5eCADvXggAQ18IAE1fCACYXwgApl8IAO1fCADyXwgAQmAIAE9gCADSHBEAoGAIAOxgCAD2YAgAQWEIAENhCACWYQgAoGEIAOthCAD3YQgAQGIIAEhiCADRHREAlmIIAOpiCAD2YggAP2MIAEVjCACUYwgAlmMIAOljCADzYwgAPmQIAExkCACTZAgAmGQIAOhkCAD1ZAgAPWUIAEVlCACSZQgAnGUIAOdlCAD1ZQgAPGYIAFJmCACRZggAnWYIAOZmCADtZggAO2cIAENnCACQZwgAlWcIAOVnCADuZwgAOmgIAERoCACPaAgApGgIAORoCADtaAgAOWkIAEZpCACOaQgAkGkIAONpCAD8aQgAOGoIAElqCACNaggAmWoIAOJqCADqaggAJh4RADxrCACMawgAlGsIAOFrCAD3awgANmwIADtsCACLbAgAkmwIAOBsCADubAgANW0IAEVtCACKbQgAnm0IAN9tCADnbQgANG4IAENuCACJbggAjm4IAN5uCADnbggAM28IAEBvCACIbwgAkm8IAN1vCADpbwgAMnAIADhwCAB7HhEAlXAIANxwCADycAgAMXEIAD1xCACGcQgAi3EIANtxCADkcQgAMHIIADpyCACFcggAjXIIANpyCADecggAL3MIADFzCACEcwgAknMIANlzCADjcwgALnQIADx0CACDdAgAkHQIANh0CADvdAgALXUIADV1CACCdQgAknUIANd1CADcdQgALHYIADJ2CACBdggAiXYIANZ2CADxdggAK3cIAC13CACAdwgAkXcIANV3CADedwgAKngIADZ4CADQHhEAhHgIANR4CADXeAgAKXkIADN5CAB+eQgAgHkIANN5CADueQgAKHoIACp6CAB9eggAi3oIANJ6CADjeggAJ3sIACl7CAB8ewgAlXsIANF7CADiewgAJnwIADJ8CAAlHxEAmHwIANB8CADhfAgAJX0IAEF9CAB6fQgAgn0IAHofEQDUfQgAJH4IACx+CAB5fggAhH4IAM5+CADTfggAI38IACZ/CAB4fwgAgn8IAM1/CADQfwgAIoAIACqACAB3gAgAeYAIAMyACADngAgAIYEIACOBCAB2gQgAhIEIAMuBCADcgQgAIIIIACKCCAB1gggAjoIIAMqCCADbgggAH4MIACuDCAB0gwgAfIMIAM8fEQDWgwgAHoQIACaECABzhAgAfYQIAMiECADThAgAHYUIACmFCAByhQgAeoUIACQgEQDMhQgAHIYIACGGCABxhggAgoYIAHkgEQDThggAG4cIAB2HCABwhwgAiYcIAMWHCADWhwgAGogIACaICABviAgAd4gIAM4gEQDJiAgAGYkIACGJCABuiQgAfYkIAMOJCADJiQgAGIoIACSKCABtiggAb4oIAMKKCADMiggAF4sIACOLCABsiwgAdIsIACMhEQDNiwgAFowIABmMCABrjAgAbowIAMCMCADOjAgAFY0IABqNCABqjQgAd40IAHghEQDQjQgAFI4IAByOCABpjggAIY4IALWXCAB0jggAvo4IAMOOCAATjwgAFo8IAGiPCAByjwgAvY8IAOCPCAASkAgAFZAIAGeQCACLkAgAvJAIAMSQCADNIREAF5EIAGaRCAB0kQgAu5EIAMeRCAAQkggAF5IIAGWSCABtkggAupIIAMqSCAAPkwgAFJMIAGSTCABqkwgAuZMIAMGTCAAOlAgAK5QIAGOUCABslAgAuJQIAMSUCAANlQgAE5UIAGKVCAB2lQgAt5UIAL+VCAAMlggAHJYIAGGWCABjlggAtpYIAMSWCAALlwgAHJcIACIiEQBnlwgAdyIRALqXCAAKmAgAEZgIAF+YCABrmAgAtJgIALeYCAAJmQgAGZkIAF6ZCABgmQgAs5kIAMGZCAAImggAGZoIAMwiEQBkmggAISMRAMWaCAAHmwgAFpsIAFybCABomwgAsZsIALKbCAAGnAgAEJwIAFucCABpnAgAsJwIALWcCAAFnQgAEp0IAHYjEQBfnQgAr50IALidCAAEnggAFZ4IAFmeCABgnggArp4IALaeCAADnwgAEJ8IAFifCABdnwgArZ8IALefCAACoAgACqAIAFegCABdoAgArKAIALigCAABoQgAA6EIAFahCABloQgAq6EIALahCAAAoggACKIIAFWiCABXoggAqqIIALeiCAD/oggAE6MIAFSjCABcowgAqaMIALijCAD+owgAA6QIAFOkCABgpAgAqKQIALKkCAD9pAgA/6QIAFKlCABhpQgAp6UIALGlCAD8pQgABKYIAFGmCABSpggApqYIAKumCAD7pggACacIAFCnCABdpwgApacIAK+nCAB1JBEA/acIAE+oCABbqAgAlbcIAGuoCACkqAgArKgIAMokEQD+qAgATqkIAFapCACjqQgApqkIAPipCAAEqggATaoIAFOqCACiqggAvaoIAPeqCAADqwgATKsIAFKrCAChqwgApKsIAParCAD+qwgAS6wIAE2sCACgrAgAu6wIAPWsCAD3rAgASq0IAFitCACfrQgAsK0IAPStCAD2rQgASa4IAGKuCACerggAr64IAPOuCAD/rggASK8IAFCvCAAfJREAoq8IAPKvCAD4rwgAR7AIAE+wCACcsAgAq7AIAPGwCAD2sAgARrEIAFOxCACbsQgAqLEIAPCxCAD8sQgARbIIAFSyCACasggApLIIAO+yCAD9sggARLMIAEmzCACZswgAprMIAHQlEQD6swgAQ7QIAEm0CACYtAgAs7QIAO20CAD5tAgAQrUIAEi1CACXtQgAmrUIAOy1CAD4tQgAQbYIAEe2CACWtggAnLYIAOu2CADwtggAQLcIAEa3CADJJREAm7cIAOq3CADwtwgAP7gIAES4CACUuAgAmrgIAB4mEQDuuAgAPrkIAEu5CACTuQgAoLkIAOi5CAD0uQgAPboIAEy6CACSuggAnLoIAOe6CAD1uggAPLsIAEG7CACRuwgAnrsIAOa7CAD+uwgAO7wIAEG8CACQvAgAnLwIAOW8CAD1vAgAOr0IAEO9CACPvQgAkr0IAOS9CADwvQgAOb4IAEC+CAAdJxEAkL4IAOO+CADtvggAOL8IADu/CACNvwgAlb8IAOK/CADlvwgAN8AIAEPACACMwAgAksAIAOHACAD8wAgANsEIAELBCACLwQgAkcEIAHInEQAAwggANcIIAEDCCACKwggAj8IIAN/CCADowggANMMIADfDCACJwwgAlcMIAN7DCADqwwgAfs4IAPbDCAAzxAgAOsQIAIjECACOxAgA3cQIAOvECAAyxQgATcUIAIfFCACTxQgA3MUIAOLFCAAxxggAS8YIAIbGCACSxggA28YIAOHGCAAwxwgANscIAIXHCACKxwgA2scIAODHCADHJxEAPMgIAITICACQyAgA2cgIAOPICAAuyQgAMskIAIPJCACIyQgA2MkIAN7JCAAtyggATcoIAILKCACOyggA18oIAN3KCAAsywgAMssIAIHLCACGywgA1ssIANzLCABxKBEAMMwIAIDMCACHzAgA1cwIAOHMCAAqzQgARs0IAH/NCACHzQgAcCkRAP3NCAApzggAT84IAMUpEQCRzggA084IAOLOCAAozwgANM8IAH3PCAB+zwgA0s8IANzPCAAn0AgANdAIAHzQCACB0AgA0dAIAN7QCAAaKhEALtEIABkrEQCA0QgA0NEIAN3RCAAl0ggAMtIIAHrSCACG0ggAz9IIAN7SCAAk0wgALtMIAHnTCACH0wgAztMIANPTCAAj1AgAMNQIAHjUCACA1AgAbisRANnUCAAi1QgAMtUIAHfVCACA1QgAzNUIAM/VCAAh1ggALdYIAHbWCAB91ggAwysRANbWCAAg1wgALNcIAHXXCAB91wgAGCwRANfXCAAf2AgAJtgIAHTYCAB12AgAydgIAM7YCAAe2QgALNkIAHPZCACA2QgAyNkIANLZCAAd2ggAJdoIAHLaCAB72ggAx9oIAM3aCAAc2wgALdsIAHHbCACN2wgAxtsIAM7bCABtLBEAJtwIAHDcCAB63AgAxdwIAM/cCAAa3QgAG90IAMIsEQB03QgAxN0IANHdCAAZ3ggAJt4IAG7eCAB63ggAw94IANLeCAAY3wgAIt8IAG3fCAB13wgAwt8IAMzfCAAX4AgAHOAIAGzgCAB04AgAFy0RAMzgCAAW4QgAIuEIAGvhCABz4QgAbC0RAMXhCAAV4ggAJOIIAGriCACK4ggAv+IIAMviCAAU4wgAGuMIAGnjCABx4wgAvuMIAMXjCAAT5AgAFeQIAGjkCAB05AgAveQIANPkCAAS5QgAF+UIAGflCAB05QgAwS0RAMHlCAAR5ggAIOYIAGbmCACG5ggAu+YIAMfmCAAQ5wgAFucIAGXnCABt5wgAuucIAMHnCAAP6AgAEegIAGToCABw6AgAuegIAM/oCAAO6QgAE+kIAGPpCABw6QgAuOkIAMDpCAAN6ggAE+oIAGLqCABr6ggAt+oIAMTqCAAM6wgAGesIAGHrCABv6wgAtusIAMPrCAAL7AgAIuwIAGDsCACQ7AgAFi4RALvsCAAK7QgAwuwIAFjuDgAg7QgAX+0IAG3tCAC07QgAt+0IAAnuCAAM7ggAXu4IAGzuCACz7ggAuO4IAAjvCAAV7wgAXe8IAGXvCACy7wgAue8IAAfwCAAT8AgAXPAIAGnwCACx8AgAv/AIAAbxCAAS8QgAW/EIAGLxCACw8QgAuPEIAAXyCAAJ8ggAWvIIAGXyCACv8ggAvfIIAATzCAAV8wgAWfMIAGXzCACu8wgAtvMIAGsuEQAJ9AgAWPQIAGz0CACt9AgAu/QIAAL1CAAP9QgAV/UIAG71CACs9QgAtPUIAAH2CAAL9ggAVvYIAFv2CACr9ggAs/YIAAD3CAAP9wgAVfcIAFr3CACq9wgAt/cIAP/3CAAM+AgAVPgIAGD4CACp+AgAuPgIAP74CAAI+QgAU/kIAFv5CACo+QgAsvkIAP35CAAC+ggAUvoIAFr6CADALhEAsvoIAPz6CAAI+wgAUfsIAFn7CAAVLxEAq/sIAPv7CAAK/AgAUPwIAHD8CACl/AgAsfwIAPr8CAAA/QgAT/0IAFf9CACk/QgAq/0IAPn9CAD7/QgATv4IAFr+CACj/ggAuf4IAPj+CAD9/ggATf8IAFr/CABqLxEAq/8IAPf/CAD9/wgATAAJAFoACQChAAkArgAJAPYACQANAQkASwEJAFMBCQCgAQkArwEJAPUBCQD6AQkASgIJAFcCCQCfAgkArAIJAPQCCQAAAwkASQMJAFgDCQCeAwkAqAMJAPMDCQAPBAkASAQJAFAECQC/LxEAqgQJAGiKDQCsBAkA8gQJAPwECQBGAQ4AEgUJAEcFCQBTBQkAnAUJAKIFCQDxBQkA+QUJAFlICQD9BQkARgYJAAsGCQBvMgkAWQYJAJsGCQCqBgkA8AYJAPwGCQBFBwkARgcJAJoHCQCkBwkA7wcJAP0HCQBECAkASQgJAJkICQCmCAkAFDARAPQICQBDCQkASQkJAJgJCQCdCQkA7QkJAPMJCQATMREATQoJAJcKCQClCgkA7AoJAP0KCQBBCwkATQsJAJYLCQCeCwkAvTERAPcLCQBADAkASgwJAJUMCQCkDAkA6gwJAPUMCQA/DQkATQ0JAJQNCQChDQkA6Q0JAAAOCQA+DgkARg4JAJMOCQCWDgkA6A4JAPQOCQA9DwkAQw8JAJIPCQCtDwkA5w8JAPMPCQA8EAkAQhAJAJEQCQCZEAkA5hAJAOgQCQA7EQkAPBEJAJARCQCeEQkA5REJAO0RCQA6EgkAVRIJAI8SCQCbEgkA5BIJAOoSCQA5EwkAPBMJAI4TCQCcEwkA4xMJAOgTCQA4FAkARRQJAI0UCQCpFAkA4hQJAOoUCQASMhEARBUJAEn+DQBIFQkAjBUJAEoVCQCaVw4AmBUJAOEVCQDuFQkANhYJADsWCQCLFgkAlRYJAOAWCQDwFgkANRcJADoXCQCKFwkAkxcJAN8XCQDsFwkANBgJADsYCQCJGAkAlRgJAN4YCQDkGAkAMxkJADkZCQCIGQkAjRkJAN0ZCQDjGQkAZzIRAD4aCQCHGgkAjRoJANwaCQDiGgkAMRsJAD4bCQCGGwkAixsJANsbCQDjGwkAMBwJAGYcCQCFHAkAsBwJANocCQDiHAkALx0JADwdCQCEHQkAiR0JANkdCQDhHQkALh4JADEeCQCDHgkAjB4JANgeCQDnHgkALR8JADgfCQCCHwkAih8JANcfCQDnHwkALCAJADogCQCBIAkAkiAJANYgCQDiIAkAKyEJADMhCQBmMxEAhiEJANUhCQDdIQkAKiIJADEiCQB/IgkAjSIJANQiCQDaIgkAKSMJADUjCQB+IwkAjSMJANMjCQDdIwkAKCQJAC0kCQB9JAkAgyQJANIkCQDmJAkAuzMRADElCQD+ogkANCUJAHwlCQA2JQkAj2cJAIElCQDRJQkA3SUJACYmCQAzJgkAeyYJAIUmCQAQNBEA6yYJACUnCQAnJwkAeicJAIAnCQDPJwkABygJACQoCQAqKAkAeSgJAIIoCQDOKAkA2ygJACMpCQBbKQkAeCkJAH8pCQDNKQkA0ikJACIqCQAxKgkAdyoJAJcqCQDMKgkA2CoJACErCQAnKwkAdisJAJArCQDLKwkAzisJACAsCQAlLAkAdSwJAIQsCQDKLAkA6iwJALo0EQA/LQkAdC0JAIAtCQDJLQkA0y0JAB4uCQAqLgkAauEJACsuCQBzLgkAeC4JAMguCQDSLgkAHS8JAC0vCQByLwkAdy8JAMcvCQDQLwkAHDAJACkwCQBxMAkAeDAJAMYwCQDSMAkAGzEJACExCQBwMQkAdjEJAMUxCQDKMQkAGjIJACAyCQAPNREAcjIJAMQyCQDJMgkAGTMJACgzCQBuMwkAjjMJALk1EQDRMwkAGDQJACU0CQBtNAkAdDQJAMI0CQDKNAkAFzUJABk1CQBsNQkAHjUJAKP7CwAuNQkA378LAHI1CQBk5QsAdDUJAME1CQDFNQkAuT0JANc1CQDJgAsA3DUJABY2CQAYNgkAazYJAHw2CQDANgkAzjYJABU3CQAcNwkAajcJAHI3CQC/NwkAxjcJABQ4CQAZOAkAaTgJAHg4CQC+OAkA3jgJABM5CQAfOQkAaDkJAG45CQC9OQkAxTkJABI6CQAeOgkAZzoJAHQ6CQC8OgkA1zoJABE7CQAfOwkAZjsJAGw7CQC7OwkAwDsJABA8CQAdPAkAZTwJAHs8CQC6PAkAxjwJAA89CQAcPQkAZD0JAG49CQAONhEAvj0JAA4+CQAUPgkAYz4JAIM+CQC4PgkAxj4JAA0/CQAaPwkAYj8JAHk/CQC3PwkAvz8JAAxACQAbQAkAYUAJAGZACQC2QAkAw0AJAAtBCQAVQQkAYEEJAGJBCQC1QQkAw0EJAApCCQAXQgkAX0IJAGtCCQC0QgkAukIJAAlDCQARQwkAXkMJAGRDCQCzQwkAvEMJAAhECQAVRAkAXUQJAGdECQCyRAkAwEQJAAdFCQAdRQkAXEUJAGhFCQCxRQkAuUUJAGM2EQAQRgkAW0YJAGFGCQCwRgkAskYJAAVHCQAPRwkAWkcJAGZHCQCvRwkAxkcJAARICQAYSAkAuDYRAGdICQCuSAkAsUgJAANJCQALSQkAWEkJAGRJCQCtSQkAu0kJAAJKCQAMSgkAV0oJAGJKCQCsSgkAuEoJAAFLCQAHSwkAVksJAF5LCQCrSwkAuEsJAABMCQAFTAkAVUwJAF9MCQCqTAkAskwJAP9MCQAFTQkAVE0JAF1NCQCpTQkAtk0JAP5NCQALTgkAU04JAGFOCQCoTgkAtU4JAP1OCQAUTwkAUk8JAFpPCQCnTwkArE8JAPxPCQACUAkAUVAJAFlQCQCmUAkAvFAJAPtQCQAJUQkAUFEJAFNRCQClUQkAtFEJAPpRCQD/UQkAT1IJAFxSCQCkUgkAtFIJAPlSCQAHUwkATlMJAGVTCQCjUwkArFMJAPhTCQD+UwkATVQJAFlUCQCiVAkAqVQJAA03EQADVQkATFUJAE5VCQChVQkAq1UJAPZVCQACVgkAS1YJAFNWCQBiNxEApVYJAPVWCQAEVwkASlcJAGpXCQCfVwkAq1cJAPRXCQD6VwkASVgJAFFYCQCeWAkAn1gJAPNYCQD5WAkASFkJAE1ZCQCdWQkAuFkJAPJZCQAAWgkAR1oJAE5aCQCcWgkAqFoJAPFaCQD3WgkAtzcRAEtbCQCbWwkApVsJAPBbCQABXAkARVwJAFFcCQCaXAkAnVwJAO9cCQDyXAkARF0JAExdCQCZXQkAoF0JAO5dCQDzXQkAQ14JAFJeCQCYXgkAuF4JAO1eCQD5XgkAQl8JAEhfCQCXXwkAn18JAOxfCQD5XwkAQWAJAEZgCQCWYAkAoGAJAOtgCQDzYAkAQGEJAFBhCQCVYQkAmmEJAOphCQDzYQkAP2IJAExiCQCUYgkAm2IJAAw4EQDuYgkAPmMJAE1jCQCTYwkAs2MJAOhjCQD0YwkAPWQJAENkCQCSZAkAmmQJAOdkCQDzZAkAPGUJAEllCQCRZQkAmGUJAOZlCQDnZQkAO2YJAEBmCQCQZgkAnmYJAOVmCQDyZgkAOmcJAERnCQBhOBEAlGcJAORnCQDxZwkAOWgJAEZoCQCOaAkAlGgJAONoCQDvaAkAOGkJAEhpCQCNaQkAlmkJAOJpCQDlaQkAN2oJAENqCQCMagkAk2oJALY4EQDjagkANmsJAOhqCQAM5wwA8WoJABM1DQBHawkAi2sJAJNrCQDgawkA6msJADVsCQBEbAkAimwJAItsCQDfbAkA52wJAGA5EQA8bQkAtTkRAKdtCQDebQkArG0JAFFIEQCzbQkAaI4JAOZtCQAzbgkAQm4JAIhuCQCNbgkA3W4JAOpuCQAybwkAP28JAIdvCQCTbwkA3G8JAOtvCQAxcAkAO3AJAIZwCQCpcAkA23AJABFxCQAwcQkAVHEJAIVxCQCNcQkACTsRAN9xCQAvcgkANXIJAIRyCQCMcgkAXjsRAOdyCQAucwkASXMJAINzCQCPcwkA2HMJAOlzCQAtdAkAQXQJAIJ0CQCKdAkA13QJAN10CQAsdQkAOHUJAIF1CQCRdQkA1nUJAN91CQArdgkALnYJAIB2CQCMdgkA1XYJANx2CQCzOxEAOHcJAH93CQCJdwkACDwRANl3CQApeAkANngJAH54CQCLeAkA03gJAN94CQAoeQkAN3kJAH15CQCHeQkA0nkJAOB5CQAnegkALHoJAHx6CQCJegkA0XoJANl6CQBdPBEAMnsJAHt7CQCLewkA0HsJANl7CQAlfAkAKHwJAHp8CQCGfAkAz3wJANZ8CQCyPBEAM30JAHl9CQB+fQkAzn0JANt9CQAjfgkAMH4JAHh+CQB+fgkAzX4JANl+CQAifwkAMn8JAHd/CQCAfwkAzH8JAM9/CQAhgAkALYAJAHaACQB9gAkABz0RANCACQAggQkALYEJAHWBCQCTgQkAyoEJANaBCQAfggkAMoIJAHSCCQCCggkAyYIJAMyCCQAegwkAKIMJAHODCQCBgwkAyIMJANWDCQAdhAkANIQJAHKECQB6hAkAx4QJAM6ECQAchQkAIYUJAHGFCQCHhQkAxoUJAMiFCQAbhgkAKYYJAHCGCQB9hgkAXD0RAM2GCQCxPREAH4cJAG+HCQB8hwkAxIcJANGHCQAZiAkAJYgJAG6ICQB9iAkAw4gJAM2ICQAYiQkAJokJAG2JCQByiQkAwokJAM+JCQAXigkAH4oJAAY+EQB4igkAwYoJANGKCQAWiwkAH4sJAGuLCQBuiwkAwIsJAMyLCQAVjAkAHIwJAFs+EQB2jAkAv4wJAM+MCQAUjQkA1YwJAGrdDQAdjQkAaY0JAGyNCQC+jQkAyo0JABOOCQAajgkAsD4RAHGOCQC6kQkAco4JAL2OCQDMjgkAEo8JAM6OCQBmkAkAE48JAGePCQCDjwkAvI8JAPSPCQARkAkASZAJAAU/EQBpkAkAu5AJANeQCQAQkQkASJEJAGWRCQCdkQkAWj8RAMeRCQAPkgkAHZIJAGSSCQB3kgkAuZIJANWSCQAOkwkARpMJAGOTCQCbkwkArz8RAMmTCQANlAkAGZQJAGKUCQBqlAkABEARALyUCQAMlQkAFJUJAGGVCQBwlQkAtpUJALuVCQALlgkAGJYJAGCWCQBtlgkAtZYJAMGWCQAKlwkAGZcJAF+XCQBplwkAtJcJALyXCQAJmAkAE5gJAF6YCQBjmAkAs5gJALuYCQBZQBEAF5kJAF2ZCQAZmQkAsZoJAF6ZCQCymQkAzpkJAAeaCQA/mgkAXJoJAJSaCQCuQBEAtJoJAAabCQAimwkAW5sJAJObCQCwmwkA6JsJAANBEQAInAkAWpwJAGucCQCvnAkAy5wJAASdCQA8nQkAWZ0JAJGdCQBYQREAu50JAAOeCQAPngkAWJ4JAGeeCQCtngkAt54JAAKfCQAKnwkA4hMKABCfCQBXnwkAXJ8JAKyfCQC5nwkAAaAJAAmgCQBWoAkAXKAJAKugCQBmoAkA8AUKALegCQAAoQkAEKEJAFWhCQBeoQkAqqEJAK2hCQD/oQkAC6IJAFSiCQBbogkArUERAMyiCQACQhEADKMJAFOjCQBpowkAqKMJALSjCQD9owkABKQJAFKkCQBXpAkAp6QJALCkCQD8pAkABqUJAFdCEQBWpQkARa4MAFulCQCmpQkAXaUJAAJHDACwpQkA+6UJAPylCQBQpgkAX6YJAKWmCQCqpgkA+qYJAAenCQBPpwkAXKcJAKSnCQCwpwkA+acJAAioCQBOqAkAWKgJAKOoCQCxqAkA+KgJAP2oCQBNqQkAWqkJAKKpCQCjqQkA96kJAPypCQBMqgkAUaoJAKGqCQCyqgkA9qoJABmrCQBLqwkAVqsJAKCrCQClqwkA9asJAPirCQBKrAkAVKwJAJ+sCQDHrAkA9KwJABOtCQABQxEAVa0JAJ6tCQCgrQkA860JAAKuCQBIrgkAU64JAJ2uCQClrgkA8q4JAPmuCQBHrwkASa8JAJyvCQCmrwkA8a8JAPOvCQBGsAkAX7AJAJuwCQCdsAkA8LAJAPOwCQBFsQkAUbEJAJqxCQCisQkAVkMRAPuxCQBEsgkASrIJAJmyCQC0sgkA7rIJAPqyCQBDswkASbMJAJizCQCgswkA7bMJAO+zCQBCtAkATLQJAJe0CQCftAkAq0MRAP20CQBBtQkASLUJAJa1CQCetQkA67UJAPi1CQBAtgkARbYJAJW2CQCftgkA6rYJAPK2CQA/twkATrcJAJS3CQCZtwkA6bcJAPa3CQA+uAkAS7gJAJO4CQCfuAkA6LgJAPe4CQA9uQkAR7kJAJK5CQCauQkA57kJAPG5CQA8ugkAQboJAJG6CQCZugkAAEQRAPK6CQA7uwkAS7sJAJC7CQCZuwkA5bsJAOi7CQA6vAkARrwJAI+8CQCWvAkAVUQRAOq8CQA5vQkAP70JAI69CQCTvQkA470JAOm9CQCqRBEAPr4JAI2+CQCTvgkA4r4JAOe+CQCvlw4A774JADe/CQA8vwkAjL8JAJS/CQDhvwkACsAJADbACQAVwAkAhMcJAF/ACQCLwAkAtMAJAODACQALwQkANcEJAD3BCQCKwQkAmcEJAN/BCQDkwQkANMIJAEHCCQCJwgkAlsIJAN7CCQDqwgkAM8MJAELDCQCIwwkAksMJAN3DCQDrwwkAMsQJADfECQCHxAkAlMQJANzECQDkxAkAMcUJADfFCQCGxQkAksUJANvFCQDrxQkAMMYJADnGCQCFxgkAiMYJANrGCQDmxgkAL8cJADbHCQD/RBEArccJANnHCQAEyAkALsgJADbICQCDyAkAksgJANjICQDdyAkALckJADrJCQCCyQkAj8kJANfJCQDjyQkALMoJADvKCQCBygkAi8oJANbKCQDkygkAK8sJADDLCQCAywkAjcsJANXLCQDdywkAKswJADDMCQB/zAkAi8wJANTMCQDkzAkAKc0JADLNCQB+zQkAgc0JANPNCQDfzQkAKM4JAC/OCQBURREAf84JAEqnDgCLzgkA0s4JAN/OCQAnzwkAM88JAHzPCQCCzwkA0c8JANfPCQAm0AkAK9AJAHvQCQCB0AkAqUURAPbQCQAl0QkAS9EJAHrRCQCu0QkAz9EJAPjRCQAk0gkAT9IJAFNGEQCF0gkAztIJAIfSCQCcAwsA2NIJACPTCQA90wkAeNMJAHvTCQDYHQoAh9MJAM3TCQDS0wkAItQJAC/UCQB31AkAhNQJAMzUCQDY1AkAIdUJADDVCQB21QkAgNUJAMvVCQDX1QkAINYJADPWCQB11gkAhNYJAMrWCQDW1gkAH9cJACDXCQB01wkAftcJAMnXCQDX1wkAHtgJACPYCQBz2AkAgNgJAKhGEQDN2AkAHdkJACrZCQBy2QkAf9kJAMfZCQDT2QkAHNoJACvaCQBx2gkAe9oJAMbaCQDU2gkAG9sJACDbCQBw2wkAfdsJAMXbCQDN2wkAp0cRACbcCQBv3AkAf9wJAMTcCQDN3AkAGd0JABzdCQBu3QkAet0JAMPdCQDK3QkA/EcRABveCQBt3gkAdd4JAMLeCQDO3gkAF98JAB3fCQBs3wkAct8JAMHfCQDG3wkAFuAJABzgCQCmSBEAlOAJAMDgCQDp4AkAFeEJADnhCQBQSREAcOEJAC8bCwB94QkAv+EJAM7hCQAU4gkAIOIJAGniCQBq4gkAvuIJAMjiCQAT4wkAIeMJAGjjCQBt4wkAveMJAMrjCQClSREANeQJAPpJEQCQ5AkAvOQJAOXkCQAR5QkANeUJAE9KEQB05QkAu+UJAMDlCQAQ5gkAHeYJAGXmCQBt5gkAuuYJAMDmCQAP5wkAG+cJAGTnCQB05wkAuecJAMLnCQAO6AkAEegJAGPoCQCe6AkAuOgJAMToCQCkShEAE+kJAGLpCQB76QkAt+kJAMXpCQAM6gkAGeoJAGHqCQBo6gkAtuoJAL/qCQAL6wkAGOsJAGDrCQB36wkAtesJALjrCQAK7AkADOwJAF/sCQBo7AkAtOwJAMTsCQAJ7QkAIu0JAF7tCQBg7QkAs+0JALztCQAI7gkAEO4JAF3uCQBf7gkAsu4JAMvuCQAH7wkAHu8JAFzvCQBo7wkAse8JAMLvCQAG8AkAEvAJAFvwCQBm8AkAsPAJAL3wCQAF8QkAD/EJAPlKEQBt8QkAr/EJAL3xCQAE8gkA7PEJAFH6CQBA8gkAWfIJAGbyCQCu8gkAtvIJAAPzCQAJ8wkAWPMJAGTzCQCt8wkAuPMJAAL0CQAL9AkAV/QJAFr0CQCs9AkArvQJAAH1CQAI9QkAVvUJAFj1CQBOSxEArvUJAAD2CQAO9gkAVfYJAFr2CQCq9gkAt/YJAP/2CQAL9wkAVPcJAFz3CQCjSxEAt/cJAP73CQAO+AkAU/gJAGH4CQCo+AkAsfgJAP34CQAH+QkAUvkJAFT5CQCn+QkAsfkJAPz5CQD++QkA+EsRAFb6CQCm+gkArvoJAPv6CQAB+wkAUPsJAFz7CQCl+wkAtPsJAPr7CQAD/AkAT/wJAFL8CQCk/AkApvwJAPn8CQAA/QkATv0JAFD9CQBNTBEAqP0JAPj9CQAU/gkATf4JAGn+CQCiTBEAr/4JABE5CwCx/gkA9/4JAPz+CQBM/wkAWf8JAKH/CQCu/wkA9v8JAPz/CQBLAAoAVwAKAKAACgCwAAoA9QAKAP4ACgBKAQoATQEKAJ8BCgCrAQoA9AEKAPsBCgD3TBEAWAIKAJ4CCgCjAgoA8wIKAAADCgBIAwoAVQMKAJ0DCgCjAwoA8gMKAP4DCgBHBAoAVwQKAJwECgClBAoA8QQKAPQECgBGBQoAUgUKAJsFCgCiBQoATE0RAPIFCgBFBgoAUwYKAJoGCgCrBgoAoU0RAPYGCgD2TREATAcKAEtOEQCeBwoA7gcKAPsHCgBDCAoAUAgKAJgICgCkCAoA7QgKAPwICgBCCQoATAkKAJcJCgClCQoA7AkKAPEJCgBBCgoATgoKAJYKCgCeCgoAoE4RAPcKCgBACwoAUAsKAJULCgCeCwoA6gsKAO0LCgA/DAoASwwKAJQMCgCbDAoA9U4RAOsMCgA+DQoATA0KAJMNCgCkDQoASk8RAO8NCgCfTxEARQ4KAPRPEQCXDgoA5w4KAPQOCgA8DwoASQ8KAJEPCgCdDwoA5g8KAPUPCgA7EAoARRAKAJAQCgCeEAoA5RAKAOoQCgA6EQoARxEKAI8RCgCXEQoASVARAPARCgA5EgoASRIKAI4SCgCXEgoA4xIKAOYSCgA4EwoARBMKAI0TCgCUEwoAnlARAOwTCgA3FAoARRQKAIwUCgCiFAoA4RQKAO0UCgA2FQoAPRUKAIsVCgCTFQoA4BUKAOUVCgA1FgoAPhYKAIoWCgCUFgoA81ARAPUWCgA0FwoAQBcKAIkXCgCQFwoA3hcKAOYXCgAzGAoAOBgKAIgYCgCRGAoA3RgKAOcYCgBIUREANxkKAECzDAA+GQoA5GYKAEEZCgCHGQoAXBkKANEcEgCMGQoA3BkKAOkZCgAxGgoAPhoKAIYaCgCSGgoA2xoKAOoaCgAwGwoAOhsKAIUbCgCTGwoA2hsKAOcbCgAvHAoARhwKAIQcCgCMHAoA2RwKAOMcCgAuHQoAMx0KAIMdCgCLHQoAnVERAN0dCgAtHgoAPB4KAIIeCgCiHgoA1x4KAOMeCgAsHwoANh8KAIEfCgCLHwoA1h8KAOQfCgArIAoAQSAKAIAgCgCMIAoA1SAKANogCgAqIQoAMyEKAH8hCgCJIQoA1CEKAOAhCgApIgoAPCIKAH4iCgCNIgoA0yIKAN8iCgAoIwoAKSMKAH0jCgCHIwoA0iMKAOAjCgAnJAoALCQKAHwkCgCJJAoAR1IRAN8kCgAmJQoAPCUKAHslCgCHJQoA0CUKANclCgAlJgoALSYKAHomCgB/JgoAzyYKANgmCgAkJwoALicKAEZTEQB+JwoAzicKANYnCgAjKAoAJigKAHgoCgCBKAoAzSgKANwoCgAiKQoALSkKAHcpCgB/KQoAzCkKANwpCgAhKgoALyoKAHYqCgCHKgoAyyoKANcqCgAgKwoAKCsKAJtTEQB7KwoAyisKANIrCgAfLAoAJiwKAHQsCgCCLAoAySwKAM8sCgAeLQoAKi0KAHMtCgCCLQoAyC0KANItCgAdLgoAIi4KAHIuCgB4LgoAxy4KANsuCgDwUxEALS8KAHEvCgB9LwoAxi8KAMwvCgAbMAoAITAKAHAwCgB1MAoAxTAKAMswCgBFVBEAHzEKAG8xCgCAMQoAxDEKAMwxCgAZMgoA0DEKAFJOCgDSMQoAGC4PACMyCgBuMgoAfDIKAMMyCgDZMgoAGDMKACQzCgBtMwoAdDMKAMIzCgDKMwoAFzQKABw0CgBsNAoAdTQKAME0CgDLNAoAFjUKAB41CgBrNQoAbzUKAMA1CgDLNQoAFTYKACM2CgBqNgoAezYKAL82CgDLNgoAFDcKABw3CgCaVBEAazcKAL43CgDMNwoAEzgKAB04CgBoOAoAdjgKAL04CgDKOAoAEjkKACk5CgBnOQoAbzkKALw5CgDMOQoAEToKABY6CgBmOgoAbDoKALs6CgDDOgoAEDsKABI7CgBlOwoAcjsKALo7CgDCOwoADzwKABQ8CgBkPAoAZTwKALk8CgDFPAoADj0KABs9CgBjPQoAaz0KALg9CgDHPQoADT4KABI+CgBiPgoAbz4KALc+CgDEPgoADD8KABg/CgBhPwoAcD8KALY/CgDAPwoAC0AKABlACgBgQAoAZUAKALVACgDCQAoA71QRAA1BCgBfQQoAZ0EKALRBCgDBQQoACUIKAA5CCgBeQgoAaEIKALNCCgC7QgoACEMKAApDCgBdQwoAeEMKALJDCgC0QwoAB0QKABVECgBcRAoAbUQKALFECgCzRAoABkUKAB9FCgBbRQoAbEUKALBFCgC8RQoARFURAA1GCgBaRgoAYEYKAK9GCgC7RgoABEcKACFHCgBZRwoAYkcKAK5HCgC6RwoAA0gKAAZICgBYSAoAYkgKAK1ICgC1SAoAAkkKAAxJCgBXSQoAZUkKAKxJCgDCSQoAAUoKAA1KCgBWSgoAXUoKAKtKCgCzSgoAAEsKAAVLCgBVSwoAXksKAKpLCgC0SwoA/0sKAAdMCgBUTAoAVkwKAKlMCgC5TAoA/kwKAAhNCgBTTQoAX00KAKhNCgCuTQoA/U0KAAVOCgCZVREAWE4KAKdOCgCtTgoA/E4KAAFPCgBRTwoAV08KAO5VEQC0TwoA+08KABFQCgBQUAoAXFAKAKVQCgCqUAoA+lAKAANRCgBPUQoAWVEKAKRRCgDHUQoA+VEKAP1RCgBOUgoACFIKAKJTCgBQUgoAo1IKALFSCgD4UgoAAlMKAE1TCgBxUwoA7VYRAKhTCgD3UwoAA1QKAExUCgBOVAoAoVQKAKtUCgD2VAoAAlUKAEtVCgBvVQoAQlcRAKRVCgD1VQoAr1UKAElXCgD3VQoASlYKAFhWCgCfVgoAqVYKAPRWCgAYVwoAl1cRAE9XCgCeVwoAqlcKAPNXCgD1VwoASFgKAFJYCgCdWAoAqVgKAPJYCgAWWQoA7FcRAGRZCgCcWQoApVkKAPFZCgD/WQoARloKAExaCgCbWgoAp1oKAPBaCgD4WgoAQVgRAExbCgCaWwoAs1sKAO9bCgD+WwoARFwKAExcCgCZXAoAqFwKAO5cCgDzXAoAQ10KAFBdCgCYXQoApV0KAO1dCgD5XQoAQl4KAFFeCgCXXgoAoV4KAOxeCgD6XgoAQV8KAEZfCgCWXwoAo18KAJZYEQDsXwoAbd0KAARgCgBAYAoASmAKAJVgCgCXYAoA6mAKAPhgCgA/YQoATGEKAJRhCgCcYQoA6WEKABViCgA+YgoARWIKAJNiCgCsYgoA6GIKAPdiCgA9YwoARWMKAJJjCgChYwoA52MKAOxjCgA8ZAoASWQKAJFkCgCeZAoA5mQKAPJkCgA7ZQoASmUKAJBlCgCaZQoA5WUKAPNlCgA6ZgoAP2YKAI9mCgCcZgoA61gRAPdmCgA5ZwoASGcKAI5nCgCaZwoA42cKAO9nCgA4aAoAP2gKAI1oCgCZaAoA4mgKAOloCgA3aQoAP2kKAIxpCgCQaQoA4WkKAOxpCgA2agoAQmoKAItqCgCYagoA4GoKAOhqCgA1awoAP2sKAIprCgCQawoA32sKAPNrCgA0bAoAQmwKAIlsCgCWbAoA3mwKAPVsCgAzbQoAO20KAIhtCgCSbQoA3W0KAOJtCgAybgoAOm4KAIduCgCWbgoA3G4KAOFuCgAxbwoAPm8KAIZvCgCTbwoA228KAOdvCgAwcAoAP3AKAIVwCgCPcAoAQFkRAOJwCgAvcQoAPnEKAIRxCgCJcQoA2XEKAOJxCgAucgoAP3IKAINyCgCKcgoA2HIKAOByCgAtcwoAOnMKAIJzCgCHcwoA13MKAOFzCgAsdAoANHQKAIF0CgCadAoA1nQKAOJ0CgArdQoAM3UKAJVZEQCPdQoA1XUKAPJ1CgAqdgoAM3YKAH92CgCNdgoA1HYKANp2CgApdwoANXcKAH53CgCFdwoA03cKANt3CgAoeAoAOHgKAH14CgCDeAoA0ngKANd4CgAneQoAPXkKAHx5CgCEeQoA0XkKANt5CgAmegoAMXoKAHt6CgCHegoA0HoKANh6CgDqWREAMnsKAHp7CgCBewoAz3sKANt7CgAkfAoAKnwKAHl8CgCKfAoAznwKAOJ8CgAjfQoAMX0KAHh9CgCFfQoAzX0KAOR9CgAifgoAKn4KAHd+CgB+fgoAzH4KAM5+CgAhfwoAK38KAHZ/CgB4fwoAy38KAOR/CgAggAoAIoAKAHWACgB4gAoAyoAKANaACgAfgQoATYEKAD9aEQCDgQoAyYEKAOaBCgAeggoAJ4IKAHOCCgCBggoAyIIKAM6CCgAdgwoAKYMKAHKDCgB6gwoAlFoRAM+DCgAchAoAIoQKAHGECgB9hAoAxoQKAMmECgAbhQoAIIUKAHCFCgB5hQoAxYUKAMuFCgAahgoAKYYKAG+GCgB7hgoAxIYKAMyGCgDpWhEAH4cKAG6HCgBzhwoAw4cKANmHCgAYiAoAIIgKAG2ICgB7iAoAwogKAMyICgAXiQoAGokKAGyJCgB0iQoAwYkKAMKJCgAWigoAHIoKAGuKCgB5igoAwIoKANaKCgAViwoAF4sKAGqLCgBwiwoAv4sKANOLCgAUjAoAHIwKAGmMCgB5jAoAvowKAMCMCgATjQoAIo0KAGiNCgByjQoAvY0KAMKNCgASjgoAGI4KAGeOCgB7jgoAvI4KAMSOCgARjwoAFo8KAGaPCgBsjwoAu48KAMOPCgAQkAoAE5AKAGWQCgBqkAoAupAKAMOQCgAPkQoAFZEKAGSRCgBzkQoAuZEKAMWRCgA+WxEAGpIKAGOSCgB2kgoAuJIKANSSCgANkwoAFZMKAJNbEQBwkwoAt5MKAM2TCgAMlAoAGJQKAGGUCgBmlAoAtpQKAL+UCgALlQoAFZUKAGCVCgBolQoAtZUKALeVCgAKlgoAGZYKAF+WCgB8lgoAtJYKAL2WCgAJlwoAF5cKAF6XCgBklwoAs5cKAMGXCgAImAoAFZgKAF2YCgB0mAoAspgKALqYCgAHmQoACZkKAFyZCgBkmQoAsZkKAMCZCgAGmgoAC5oKAFuaCgBomgoAsJoKAL2aCgAFmwoAEZsKAFqbCgBpmwoAr5sKALmbCgAEnAoAEpwKAFmcCgBenAoArpwKALucCgDoWxEADZ0KAFidCgBanQoArZ0KALSdCgACngoACZ4KAFeeCgBdngoArJ4KALqeCgABnwoADp8KAFafCgBmnwoAq58KALCfCgAAoAoACKAKAFWgCgAcoAoA5Q8LAGGgCgCqoAoArKAKAKejCgC3oAoA/6AKAAShCgBUoQoAXqEKAKmhCgC5oQoA/qEKAAOiCgBTogoAXKIKAKiiCgC1ogoA/aIKAASjCgBSowoAWqMKAD1cEQC1owoA/KMKABSkCgBRpAoAU6QKAKakCgC9pAoA+6QKAP2kCgBQpQoAXqUKAKWlCgCypQoA+qUKAAKmCgCSXBEAVaYKAKSmCgCmpgoA+aYKAAanCgBOpwoAUacKAKOnCgC0pwoA+KcKAPqnCgBNqAoAV6gKAKKoCgCuqAoA96gKAP+oCgDnXBEAUakKAKGpCgCkqQoA9qkKAACqCgBLqgoAU6oKAKCqCgCtqgoA9aoKAPeqCgBKqwoAYKsKAJ+rCgCrqwoA9KsKAPyrCgA8XREATKwKAJ6sCgCnrAoA86wKAAGtCgBz1woAAq0KAEitCgBTrQoAna0KAKWtCgDyrQoA/a0KAEeuCgBMrgoAnK4KAJ+uCgDxrgoA+64KAOZdEQBMrwoAm68KAFCvCgBTSQ4Atq8KAPCvCgD8rwoARbAKAEuwCgCasAoAorAKAO+wCgAFsQoARLEKAFKxCgCZsQoAnLEKAO6xCgAHsgoAQ7IKAE+yCgCYsgoAo7IKAO2yCgDvsgoAQrMKAF2zCgCXswoApbMKAOyzCgD5swoAQbQKAFi0CgA7XhEAmLQKAKZLDgCstAoA67QKAOy0CgBAtQoARbUKAJW1CgCbtQoA6rUKAOy1CgA/tgoARbYKAJS2CgCotgoA6bYKAPG2CgA+twoATrcKAJO3CgCVtwoA6LcKAPa3CgA9uAoATrgKAJBeEQCYuAoA57gKAPO4CgDlXhEAPrkKAJG5CgCiuQoA5rkKAO65CgA7ugoARLoKAJC6CgCXugoA5boKAOa6CgA6XxEARrsKAI+7CgCRuwoA5LsKAOu7CgA5vAoAQbwKAI68CgCXvAoA47wKAOq8CgA4vQoAOb0KAI9fEQCSvQoA4r0KAOq9CgA3vgoAQb4KAIy+CgCavgoA4b4KAPe+CgA2vwoAQr8KAIu/CgCQvwoA4L8KAOm/CgA1wAoAP8AKAORfEQCLwAoA38AKAOfACgCcVwwA98AKADTBCgBBwQoAicEKAJXBCgDewQoA6MEKADPCCgA3wgoAiMIKAI3CCgDdwgoA48IKADLDCgBSwwoAh8MKAJ/DCgDcwwoA88MKADHECgA9xAoAhsQKAJDECgDbxAoA3cQKADDFCgA3xQoAhcUKAIzFCgDaxQoA4MUKAC/GCgA7xgoAhMYKAIfGCgDZxgoA3MYKAC7HCgA6xwoAg8cKAIbHCgDYxwoA9McKAC3ICgA1yAoAOWARAI7ICgDXyAoA4cgKACzJCgAuyQoAgckKAIjJCgDWyQoA3ckKACvKCgAxygoAgMoKAI7KCgDVygoA4soKACrLCgA6ywoAf8sKAITLCgDUywoA3MsKACnMCgA5zAoAfswKAIPMCgDTzAoA2cwKACjNCgAwzQoAjmARAIPNCgDSzQoA2s0KACfOCgAqzgoAfM4KAIjOCgDRzgoA184KACbPCgBBzwoAe88KAInPCgDQzwoA388KACXQCgAx0AoAetAKAILQCgA4YREA1NAKACTRCgAu0QoAedEKAIHRCgDO0QoA7tEKACPSCgAw0goAeNIKAH3SCgDN0goA0dIKACLTCgAv0woAjWERAHzTCgDM0woAz9MKACHUCgAr1AoAdtQKAILUCgDL1AoA3tQKACDVCgAv1QoAddUKAIHVCgDK1QoAy9UKAB/WCgAp1goAdNYKAILWCgDJ1goAztYKAB7XCgAr1woA4mERAH3XCgDI1woAytcKAB3YCgA22AoActgKAIPYCgDH2AoA09gKABzZCgAk2QoA4WIRAHjZCgDG2QoAzdkKABvaCgAh2goAcNoKAHzaCgDF2goAyNoKABrbCgAd2woAb9sKAHfbCgDE2woA1NsKABncCgAe3AoAbtwKAHfcCgDD3AoA0NwKABjdCgAf3QoANmMRAHndCgDC3QoAz90KABfeCgAf3goAbN4KAHbeCgDB3goA0N4KABbfCgAX3woAa98KAHPfCgDA3woAz98KABXgCgAa4AoAauAKAHfgCgC/4AoAzOAKABThCgAg4QoAaeEKAHjhCgC+4QoAyOEKABPiCgAh4goAaOIKAG3iCgC94goAyuIKABLjCgAa4woAZ+MKAHHjCgC84woAweMKABHkCgAZ5AoAi2MRAHTkCgC75AoAx+QKABDlCgAW5QoAZeUKAGvlCgC65QoAv+UKAA/mCgAV5goA4GMRAHDmCgC55goAv+YKAA7nCgAU5woAY+cKAHDnCgC45woAvecKAA3oCgAV6AoAYugKAIDoCgDfZBEAuegKAK6ZDQC66AoA5bgMAL3oCgBSTAwAzegKAAzpCgAN6QoAYekKAGbpCgC26QoAvOkKAAvqCgAN6goAYOoKAGbqCgC16goAyeoKAArrCgAS6woAX+sKAG/rCgC06woAtusKAAnsCgAX7AoAXuwKAG/sCgA0ZREAuewKAAjtCgAU7QoAiWURAGrtCgCy7QoAuu0KAAfuCgAU7goAXO4KAF7uCgCx7goAx+4KAAbvCgAS7woAW+8KAGPvCgAzZhEAvO8KAAXwCgAI8AoAWvAKAF/wCgCv8AoAwPAKAATxCgAN8QoAWfEKAGPxCgCu8QoAvPEKAAPyCgAI8goAWPIKAGXyCgCIZhEAufIKAALzCgAP8woAV/MKAFnzCgCs8woAwvMKAAH0CgAN9AoAVvQKAF70CgDdZhEAsPQKAAD1CgAG9QoAVfUKAF31CgCq9QoArfUKAP/1CgAL9goAVPYKAFr2CgCp9goAxPYKAP72CgAL9woAU/cKAFX3CgCo9woAvvcKAP33CgAJ+AoAUvgKAFr4CgAyZxEArfgKAPz4CgAB+QoAUfkKAGz5CgCm+QoAtPkKAPv5CgAC+goAUPoKAFz6CgCl+goArPoKAIdnEQAF+woAT/sKAFf7CgCk+woAr/sKAPn7CgD++woATvwKAFH8CgCj/AoArfwKAPj8CgAA/QoATf0KAFv9CgCi/QoApf0KAPf9CgD//QoATP4KAGz+CgCh/goArv4KAPb+CgD7/goAS/8KAE//CgCg/woArf8KANxnEQAVAAsASgALAFMACwCfAAsAoAALAPQACwD8AAsASQELAFkBCwCeAQsAoAELAPMBCwABAgsASAILAFkCCwAxaBEAowILAPICCwD+AgsAhmgRAE4DCwDbaBEAoQMLAPEDCwALBAsARgQLAFUECwCbBAsApgQLAPAECwDyBAsARQULAFIFCwCaBQsApwULAO8FCwD7BQsARAYLAFUGCwCZBgsAnAYLAO4GCwAIBwsAQwcLAEwHCwCYBwsApQcLAO0HCwDzBwsAQggLAE4ICwCXCAsAmggLAOwICwDxCAsAQQkLAFIJCwCWCQsAsQkLAOsJCwD3CQsAQAoLAEcKCwCVCgsAlwoLAOoKCwDxCgsAPwsLAEYLCwCUCwsAmgsLAOkLCwD1CwsAPgwLAEEMCwCTDAsAlgwLAOgMCwD0DAsAPQ0LAFANCwCSDQsAoQ0LAOcNCwDzDQsAPA4LAD0OCwCRDgsAmw4LAOYOCwD0DgsAOw8LAEAPCwCQDwsAnQ8LADBpEQDtDwsAhWkRADwQCwCPEAsApRALAOQQCwDwEAsAORELAEERCwDaaREAlBELAOMRCwDrEQsAOBILADsSCwCNEgsAmRILAOISCwDoEgsANxMLAFITCwCMEwsAmhMLAOETCwDwEwsANhQLAEIUCwCLFAsAkxQLAC9qEQDlFAsANRULAD8VCwCKFQsAkhULAN8VCwD/FQsANBYLAEEWCwCJFgsAjhYLAN4WCwDiFgsAMxcLAEAXCwCEahEAqxcLANlqEQDiFwsAMhgLAEEYCwCHGAsApxgLANwYCwDoGAsAMRkLADsZCwCGGQsAkhkLANsZCwDhGQsAMBoLADYaCwCFGgsAihoLANoaCwDgGgsALmsRADUbCwCEGwsAiRsLANkbCwDfGwsA2GsRADEcCwCDHAsAjRwLANgcCwDaHAsALR0LAEYdCwCCHQsAkx0LANcdCwDlHQsALB4LAC8eCwCBHgsAjB4LANYeCwDeHgsAKx8LAC0fCwCAHwsAiB8LANUfCwDiHwsAKiALADYgCwB/IAsAgyALANQgCwDcIAsAKSELADghCwB+IQsAgyELANMhCwDgIQsAKCILADUiCwB9IgsAiSILANIiCwDhIgsAJyMLADEjCwB8IwsAiiMLANEjCwDWIwsAJiQLADMkCwAtbBEAgyQLAIJsEQDUJAsAISkLANwkCwAlJQsAKyULAHolCwCAJQsAzyULANwlCwAkJgsAKSYLAHkmCwCBJgsAziYLAPcmCwAjJwsAAicLAM0nCwBJJwsAIigLAEwnCwB4JwsAoScLANdsEQD2JwsALG0RAEgoCwB3KAsAqygLAMwoCwD1KAsAgW0RAC8pCwB2KQsAgykLAMspCwDXKQsAICoLACYqCwB1KgsAeyoLAMoqCwDPKgsAHysLACUrCwDWbREAmisLAHMsCwCdKwsAySsLAPIrCwCAbhEARywLANVuEQCZLAsAyCwLAPwsCwAdLQsARi0LACpvEQB8LQsAxy0LAMwtCwAcLgsAJC4LAH9vEQB2LgsAxi4LAM8uCwAbLwsAKC8LAHAvCwB3LwsA1G8RAM0vCwApcBEALTALAG8wCwB7MAsAxDALANMwCwAZMQsAIjELAG4xCwB4MQsAwzELAMUxCwAYMgsAMTILAG0yCwB+MgsAwjILAM4yCwAXMwsAHzMLAH5wEQB6MwsAwTMLANIzCwAWNAsAIjQLAGs0CwBzNAsA03ARAMU0CwAVNQsAHzULAGo1CwByNQsAvzULAM81CwAUNgsAGTYLAGk2CwByNgsAvjYLAMs2CwATNwsAGjcLAChxEQBuNwsApvUOAHU3CwC9NwsAezcLAMrSDQDCNwsAEjgLAB44CwBnOAsAdDgLALw4CwDGOAsAfXERABY5CwBmOQsAcjkLALs5CwDIOQsAEDoLABo6CwBlOgsAgToLALo6CwDCOgsA0nERABQ7CwBkOwsAbDsLALk7CwC8OwsADjwLABc8CwBjPAsAcjwLALg8CwDDPAsADT0LABU9CwBiPQsAcj0LALc9CwDFPQsADD4LAB0+CwBhPgsAbT4LALY+CwC+PgsAJ3IRABE/CwBgPwsAaD8LALU/CwC8PwsACkALABhACwBfQAsAZUALALRACwDAQAsACUELABhBCwBeQQsAaEELALNBCwC4QQsACEILAA5CCwBdQgsAcUILALJCCwC6QgsAB0MLACVDCwBcQwsAZEMLAHxyEQC5QwsA0XIRAA5ECwBbRAsAdEQLALBECwC5RAsABUULABVFCwBaRQsAakULAK9FCwC7RQsABEYLAApGCwBZRgsAZ0YLAK5GCwC7RgsAA0cLABpHCwBYRwsAYEcLAK1HCwC3RwsAAkgLABBICwBXSAsAbUgLAKxICwC4SAsAAUkLAAhJCwBWSQsAXkkLAKtJCwCwSQsAAEoLAAlKCwBVSgsAX0oLAKpKCwCySgsA/0oLAAFLCwBUSwsAZEsLAKlLCwCzSwsA/ksLAApMCwBTTAsAWUwLAKhMCwCwTAsAe3MRAP9MCwBSTQsAY00LAKdNCwDDTQsA/E0LAAROCwDQcxEAYk4LAKZOCwC3TgsA+04LAANPCwBQTwsAaU8LAKVPCwCrTwsA+k8LAP9PCwBPUAsAb1ALAKRQCwCwUAsA+VALAP9QCwBOUQsAVlELAKNRCwCyUQsA+FELAP1RCwBNUgsAWlILAKJSCwCvUgsA91ILAANTCwBMUwsAW1MLAKFTCwCrUwsA9lMLAARUCwBLVAsAUFQLAKBUCwCtVAsA9VQLAPhUCwBKVQsAUlULAJ9VCwChVQsA9FULAPpVCwBJVgsAVVYLAJ5WCwCmVgsAJXQRAPhWCwBIVwsATFcLAJ1XCwCqVwsAenQRAPtXCwBHWAsAWFgLAJxYCwCoWAsA8VgLAP5YCwBGWQsAS1kLAJtZCwClWQsA8FkLAABaCwBFWgsASloLAJpaCwCjWgsA71oLAPxaCwBEWwsAS1sLAJlbCwClWwsA7lsLAPRbCwBDXAsASVwLAJhcCwCdXAsA7VwLAPNcCwDPdBEAR10LAJddCwCfXQsA7F0LAAJeCwBBXgsARl4LAJZeCwCdXgsA614LAPReCwBAXwsAUV8LAJVfCwChXwsA6l8LAPJfCwDOdREAQWALAJRgCwCqYAsA6WALAPVgCwA+YQsARWELAJNhCwCbYQsAI3YRAO1hCwA9YgsARGILAJJiCwCbYgsA52ILAPhiCwA8YwsASGMLAJFjCwCZYwsAeHYRAOhjCwA7ZAsAUWQLAJBkCwCcZAsA5WQLAOxkCwA6ZQsAQmULAM12EQCUZQsA5GULAOtlCwA5ZgsAQmYLAI5mCwCfZgsA42YLAO9mCwA4ZwsAQGcLACJ3EQCPZwsA4mcLAPFnCwA3aAsAV2gLAIxoCwCOaAsA4WgLAPhoCwA2aQsAQmkLAItpCwCTaQsAzHcRAOVpCwA1agsAN2oLAIpqCwCRagsA32oLAOdqCwA0awsAPWsLAIlrCwCPawsA3msLAO9rCwAzbAsAO2wLAHZ4EQCUbAsA3WwLAOBsCwAybQsAN20LAIdtCwCYbQsA3G0LAPdtCwAxbgsAPW4LAIZuCwCObgsAy3gRAPFuCwAwbwsAMW8LAIVvCwCKbwsA2m8LAOBvCwAvcAsAOXALAIRwCwCMcAsA2XALAOtwCwAgeREAO3ELAINxCwCNcQsA2HELAN5xCwAtcgsAQXILAIJyCwCKcgsA13ILAOdyCwAscwsAMXMLAIFzCwCHcwsA1nMLAN5zCwArdAsALHQLAIB0CwCCdAsA1XQLAOR0CwAqdQsASnULAH91CwCBdQsA1HULAOt1CwApdgsANXYLAH52CwCGdgsAdXkRANt2CwAodwsAQXcLAH13CwCGdwsA0ncLANx3CwAneAsAL3gLAHx4CwCMeAsA0XgLANZ4CwAmeQsAL3kLAHt5CwCIeQsA0HkLANd5CwAlegsALXoLAB96EQCEegsAz3oLANd6CwAkewsAMnsLAHl7CwCGewsAznsLANZ7CwAjfAsAJXwLAHh8CwCAfAsAzXwLAM58CwAifQsAJH0LAHd9CwCGfQsAzH0LAOx9CwAhfgsAI34LAHZ+CwCNfgsAy34LANd+CwAgfwsAOn8LAHV/CwChfwsAyn8LAM1/CwAfgAsAJIALAHSACwCBgAsAdHoRAMuACwAegQsAKIELAHOBCwCCgQsAyIELANOBCwAdggsAK4ILAHKCCwB/ggsAx4ILAN6CCwAcgwsAJIMLAHGDCwBygwsAxoMLAMiDCwAbhAsAKoQLAHCECwCQhAsAxYQLAMeECwAahQsAMYULAG+FCwB7hQsAxIULAMyFCwDJehEAHoYLAG6GCwB0hgsAw4YLAMuGCwAYhwsAN4cLAG2HCwB6hwsAwocLAMOHCwAXiAsALYgLAGyICwCIiAsAHnsRAMaICwAWiQsAIIkLAGuJCwBziQsAwIkLAMGJCwAVigsAwokLAAyTCwAbigsAaooLAHaKCwC/igsAz4oLABSLCwAiiwsAaYsLAHyLCwC+iwsAyosLABOMCwAajAsAaIwLAHCMCwC9jAsAwYwLABKNCwAgjQsAZ40LAHGNCwC8jQsAx40LABGOCwAZjgsAZo4LAJ6OCwC7jgsAw44LABCPCwAVjwsAZY8LAGuPCwC6jwsAwo8LAA+QCwApkAsAZJALAJyQCwC5kAsAwZALAA6RCwATkQsAY5ELAGmRCwC4kQsAwJELAA2SCwAnkgsAYpILAHySCwC3kgsA75ILAHN7EQAUkwsAYZMLAGiTCwC2kwsAwpMLAAuUCwAMlAsAYJQLAGyUCwC1lAsAwpQLAAqVCwARlQsAX5ULAGuVCwC0lQsAwZULAAmWCwAYlgsAXpYLAHKWCwDIexEAtZYLAAiXCwC/lgsAzyIOAAuXCwAKkw0AFZcLADRqDAAXlwsAXZcLAH2XCwCylwsAtJcLAAeYCwAemAsAXJgLAGiYCwCxmAsAuZgLAB18EQAImQsAW5kLAGiZCwCwmQsAuZkLAAWaCwAHmgsAWpoLAGuaCwCvmgsAwJoLAASbCwAYmwsAcnwRAHmbCwCumwsAsJsLAAOcCwAanAsAWJwLAGScCwCtnAsAtZwLAMd8EQAEnQsAV50LAFqdCwCsnQsAtJ0LAAGeCwAOngsAVp4LAFueCwCrngsAtZ4LAACfCwAInwsAVZ8LAG6fCwCqnwsAtp8LAP+fCwALoAsAVKALAGGgCwCpoAsAsaALAP6gCwAOoQsAU6ELAFihCwCooQsAsaELAP2hCwAKogsAUqILAFmiCwCnogsAr6ILABx9EQAJowsAUaMLAFSjCwCmowsAsKMLAPujCwD9owsAUKQLAGGkCwClpAsAtqQLAPqkCwAGpQsAT6ULAFalCwCkpQsAvqULAPmlCwABpgsATqYLAE+mCwDvrwsAWKYLAKOmCwCppgsA+KYLAAynCwBNpwsAVacLAKKnCwCspwsA96cLAPynCwBMqAsAVKgLAKGoCwCvqAsA9qgLAAOpCwBLqQsATqkLAKCpCwCqqQsA9akLAPepCwBKqgsAW6oLAJ+qCwCwqgsA9KoLAPyqCwBxfREAU6sLAJ6rCwC6qwsA86sLAPurCwDGfREASawLAJ2sCwCzrAsA8qwLAPqsCwBHrQsAVa0LAJytCwCprQsA8a0LAPStCwBGrgsAUK4LAJuuCwCdrgsA8K4LAAGvCwBFrwsAVq8LAJqvCwCirwsAG34RAACwCwBEsAsAULALAJmwCwCbsAsA7rALAPGwCwBDsQsAT7ELAJixCwCgsQsAcH4RAPaxCwBCsgsAT7ILAJeyCwCfsgsA7LILAP6yCwBBswsATrMLAJazCwCXswsA67MLAAG0CwBAtAsASLQLAJW0CwCjtAsA6rQLAPe0CwA/tQsAQrULAJS1CwCetQsA6bULAOu1CwA+tgsAT7YLAJO2CwCktgsA6LYLAPC2CwDFfhEASrcLAJK3CwCctwsA57cLAPW3CwA8uAsAUrgLAJG4CwCduAsA5rgLAPK4CwA7uQsAQbkLAJC5CwCWuQsA5bkLAOq5CwA6ugsAQLoLABp/EQCUugsA5LoLAOa6CwA5uwsAQLsLAI67CwCWuwsA47sLAOa7CwA4vAsAQbwLAI28CwCcvAsA4rwLAO28CwA3vQsAP70LAIy9CwCcvQsA4b0LAO+9CwA2vgsAR74LAIu+CwCXvgsA4L4LAOi+CwAZgBEAU78LAIq/CwCSvwsAboARAOu/CwA0wAsASsALAInACwCRwAsA3sALAP3ACwDDgBEANsELAKb4CwBAwQsAiMELAIvBCwBb6g8AkMELAN3BCwCSwQsAjg4OAN/BCwAywgsA58ELAHvOCwDuwQsAgscLAD/CCwCHwgsAm8ILANzCCwDkwgsAMcMLADbDCwCGwwsAlsMLANvDCwDjwwsAMMQLADrECwCFxAsAkMQLANrECwDmxAsAL8ULADfFCwAYgREAicULANnFCwDixQsALsYLADTGCwCDxgsAksYLANjGCwDkxgsALccLADDHCwBtgREAh8cLANfHCwDmxwsALMgLAC7ICwCByAsAksgLANbICwDnyAsAK8kLAD/JCwCAyQsAiMkLANXJCwDjyQsAKsoLADfKCwB/ygsAgsoLANTKCwDeygsAKcsLACvLCwB+ywsAj8sLANPLCwDkywsAKMwLADTMCwB9zAsAhMwLANLMCwDazAsAJ80LAD7NCwB8zQsAiM0LANHNCwDnzQsAJs4LACnOCwDCgREAhs4LANDOCwDczgsAJc8LAC3PCwAXghEAhs8LAM/PCwDlzwsAJNALACfQCwB50AsAgdALAM7QCwDQ0AsAI9ELAD7RCwB40QsAetELAM3RCwDb0QsAItILADPSCwB30gsAedILAMzSCwDl0gsAIdMLADLTCwB20wsAgtMLAGyCEQDR0wsAINQLAC7UCwB11AsAkNQLAMrUCwDW1AsAH9ULACXVCwB01QsAfNULAMnVCwDZ1QsAHtYLACPWCwBz1gsAfNYLAMjWCwDV1gsAHdcLACTXCwBy1wsAetcLAMGCEQDM1wsAHNgLACLYCwBx2AsAedgLAMbYCwDy2AsAG9kLACLZCwBw2QsAidkLAMXZCwDU2QsAGtoLADbaCwAWgxEAdNoLAMTaCwDO2gsAGdsLACnbCwBu2wsAc9sLAMPbCwDM2wsAGNwLACXcCwBt3AsAdNwLAMLcCwDO3AsAF90LACrdCwBs3QsAe90LAMHdCwDN3QsAFt4LABfeCwBr3gsAdd4LAMDeCwDO3gsAFd8LABrfCwBq3wsAd98LAGuDEQDQ3wsAFOALABbgCwBp4AsAbOALAL7gCwDB4AsAE+ELABrhCwBo4QsAdOELAL3hCwDN4QsAEuILACLiCwBn4gsAbOILALziCwDF4gsAEeMLAB7jCwBm4wsAbeMLALvjCwDH4wsAEOQLABbkCwBl5AsAa+QLALrkCwC/5AsAD+ULABXlCwBqhBEAbuULALnlCwDH5QsADuYLAB7mCwBj5gsAZeYLALjmCwDH5gsADecLABfnCwBi5wsAaucLAGmFEQC95wsADOgLABjoCwC+hREAZugLALboCwC+6AsAC+kLABvpCwBg6QsAbukLALXpCwDC6QsACuoLABHqCwBf6gsAZ+oLAGiGEQDF6gsACesLABDrCwBe6wsAZusLALPrCwDA6wsACOwLAA3sCwBd7AsAZ+wLALLsCwC67AsAB+0LACDtCwBc7QsAaO0LALHtCwC57QsAvYYRABLuCwBb7gsAXu4LALDuCwC17gsABe8LABbvCwBa7wsAde8LAK/vCwC77wsABPALAAvwCwBZ8AsAdfALAK7wCwC28AsAEocRAAjxCwBY8QsAYvELAK3xCwC18QsAAvILAATyCwDyVQ0AEvILAFfyCwBc8gsArPILALXyCwAB8wsADvMLAFbzCwBd8wsAZ4cRALTzCwAA9AsADfQLAFX0CwBk9AsAqvQLALT0CwD/9AsADfULAFT1CwBZ9QsAqfULALb1CwD+9QsABvYLALyHEQBf9gsAqPYLALX2CwD99gsAAPcLAFL3CwBg9wsAp/cLAKz3CwD89wsACfgLAFH4CwBZ+AsAEYgRAK74CwD7+AsAAfkLAFD5CwAC+QsAInwMAFz5CwCl+QsAwvkLAPr5CwAD+gsAT/oLAF36CwCk+gsAqvoLAPn6CwAF+wsATvsLAFX7CwBmiBEAqfsLAPj7CwAG/AsATfwLAGj8CwCi/AsArvwLAPf8CwD9/AsAu4gRAG/9CwAQiREApv0LAPb9CwAD/gsAS/4LAFj+CwCg/gsArP4LAPX+CwAE/wsASv8LAFT/CwCf/wsArf8LAPT/CwD5/wsASQAMAFYADACeAAwAugAMAPMADAD7AAwAZYkRAFQBDACdAQwAugEMAPIBDAD7AQwARwIMAFUCDACcAgwAogIMAPECDAD9AgwARgMMAE0DDACbAwwAowMMAPADDAAGBAwARQQMAEoEDACaBAwAoQQMAO8EDAD4BAwARAUMAFUFDACZBQwApQUMAO4FDAD2BQwAD4oRAEkGDACYBgwAnQYMAO0GDAAIBwwAQgcMAFAHDACXBwwAngcMAOwHDAD4BwwAQQgMAEQIDACWCAwAnggMAOsIDADsCAwAQAkMAEIJDACVCQwApAkMAOoJDAAKCgwAPwoMAEEKDACUCgwAqwoMAOkKDAD1CgwAPgsMAEYLDABkihEAlAsMAOgLDAD0CwwAPQwMAEwMDACSDAwAmgwMALmKEQDpDAwAPA0MAEoNDACRDQwAog0MAA6LEQDtDQwAY4sRAEMODAANjBEAkQ4MAHQqDACTDgwA3BcMAJQODAA5EAwAlg4MAC8aDACXDgwAihQMAJkODAByLAwAnA4MAOUODACdDgwAjBIMAJ8ODAB/HwwA6w4MADoPDABADwwAjw8MAJQPDADkDwwA6g8MAGKMEQA7EAwAjhAMAJQQDADjEAwA8BAMAGGNEQBFEQwAjREMAKQRDADiEQwA/hEMADcSDAA/EgwAto0RAJESDADhEgwA6xIMADYTDABEEwwAixMMAJoTDADgEwwA7BMMAAuOEQA9FAwAYI4RAJYUDADfFAwA4BQMADQVDAA6FQwAiRUMAJUVDADeFQwA7RUMADMWDAA1FgwAiBYMAJIWDADdFgwA6RYMADIXDAA5FwwAtY4RAI8XDAAKjxEA5hcMADEYDAA3GAwAhhgMAJQYDADbGAwA6hgMADAZDAA6GQwAhRkMAKEZDADaGQwA4hkMAF+PEQA7GgwAhBoMAJMaDADZGgwA3hoMAC4bDABJGwwAgxsMAI8bDADYGwwA3hsMAC0cDAAvHAwAghwMAJscDADXHAwA6BwMACwdDAA4HQwAgR0MAJkdDADWHQwA4h0MACseDAAxHgwAgB4MAIYeDADVHgwA2h4MACofDAAwHwwAtI8RAIQfDADUHwwA2h8MACkgDADqHwwAzyQMADUgDAB+IAwAliAMANMgDADXIAwAfCIMAN8gDAAoIQwALiEMAH0hDACDIQwA0iEMANchDAAnIgwALSIMALOQEQB+IgwA0SIMANciDAAmIwwAMyMMALKREQCIIwwA0CMMAOcjDAAlJAwAQSQMAHokDACCJAwAB5IRANAkDAAkJQwAMiUMAHklDACKJQwAziUMANolDAAjJgwAOyYMAHgmDAB8JgwAISgMAIQmDADNJgwA0yYMACInDAAoJwwAdycMAHwnDADMJwwA0icMAFySEQAjKAwAdigMAHwoDADLKAwA2CgMAFuTEQAtKQwAdSkMAIwpDADKKQwA5ikMAB8qDAAnKgwAsJMRAHYqDADJKgwAzyoMAB4rDAAhKwwAcysMAH8rDADIKwwA5CsMAB0sDAAlLAwABZQRAHUsDADHLAwA0ywMABwtDAAiLQwAcS0MAIktDADGLQwAyi0MAG8vDADNLQwAwDMMANItDAAbLgwA0y0MAMIxDAAhLgwAcC4MAHYuDADFLgwAyi4MABovDAAgLwwAWpQRAHEvDADELwwAyi8MABkwDAAmMAwAWZURAHswDADDMAwA2jAMABgxDAA0MQwAbTEMAHUxDACulREAxzEMABcyDAAhMgwAbDIMAHoyDADBMgwA0DIMABYzDAAiMwwAA5YRAHMzDABYlhEAzDMMABU0DAAWNAwAajQMAHA0DAC/NAwAyzQMABQ1DAAjNQwAaTUMAGs1DAC+NQwAyDUMABM2DAAfNgwAaDYMAG82DACtlhEAxTYMAAKXEQAcNwwAZzcMAHM3DAC8NwwA0jcMABE4DAAdOAwAZjgMAHk4DAC7OAwAyTgMABA5DAAaOQwAV5cRAG05DACslxEA0DkMAA86DAAbOgwAZDoMAHE6DAC5OgwAwzoMAA47DAAQOwwAYzsMAG07DAC4OwwAxjsMAA08DAASPAwAYjwMAG88DAC3PAwAvzwMAAw9DAAcPQwAYT0MAGM9DAC2PQwAvz0MAAs+DAAcPgwAYD4MAGo+DAABmBEAwT4MAAo/DAAhPwwAXz8MAHo/DABWmBEAzT8MAAlADAAPQAwAXkAMAGhADACrmBEAtUAMAAhBDAAZQQwAXUEMAGVBDACyQQwAeUEMAN9pDAC+QQwAB0IMAA1CDABcQgwAYkIMALFCDAC2QgwABkMMAAxDDAAAmREAd0MMALBDDAC4QwwA/5kRABNEDABaRAwAa0QMAK9EDADARAwABEUMABBFDABZRQwAYEUMAFSaEQC/RQwAA0YMABRGDABYRgwAZEYMAK1GDAC0RgwAqZoRAARHDABXRwwAWEcMAKxHDAC0RwwAAUgMAAZIDABWSAwAX0gMAKtIDAC1SAwAAEkMAAhJDABVSQwAWkkMAKpJDAC6SQwA/0kMAAdKDABUSgwAakoMAKlKDAC1SgwA/koMABRLDABTSwwAWEsMAKhLDACuSwwA/UsMABFMDAD+mhEAaEwMAKdMDAC1TAwA/EwMAAlNDABRTQwAU00MAKZNDACwTQwA+00MAAdODABQTgwAV04MAKVODACtTgwA+k4MABNPDABPTwwAY08MAKRPDACsTwwA+U8MAPtPDABOUAwAW1AMAKNQDACoUAwA+FAMAAJRDABNUQwAWFEMAKJRDACuUQwA91EMAP1RDABMUgwAVFIMAKFSDACiUgwA9lIMAPxSDABLUwwAUFMMAKBTDACvUwwA9VMMAAFUDABKVAwATVQMAJ9UDACiVAwAU5sRAPlUDABJVQwAZVUMAKibEQC+VQwA81UMAPtVDAD9mxEATlYMAJ1WDACpVgwAUpwRAPhWDABHVwwAU1cMAKWeEQCdVwwAQ1sMAKxXDADxVwwA81cMAEZYDABQWAwAm1gMAJ1YDADwWAwAAVkMAEVZDABNWQwAmlkMAKZZDADvWQwA9VkMAERaDABKWgwAmVoMAJ5aDADuWgwA9FoMAPqeEQBFWwwAmFsMAJ5bDADtWwwA8FsMAEJcDABOXAwAl1wMAJ9cDAD5nxEA8lwMAEFdDABHXQwAll0MAJtdDADrXQwA8V0MAE6gEQBCXgwAlV4MAJ5eDADqXgwAAV8MAD9fDABKXwwAlF8MAJ5fDADpXwwA8V8MAE2hEQBLYAwAk2AMAJtgDADoYAwA8mAMAD1hDABIYQwAkmEMAJhhDADnYQwA82EMADxiDAA+YgwAkWIMAJhiDADmYgwA7mIMADtjDABNYwwAoqERAM5jDADlYwwA7WMMADpkDABdZAwAoaIRAJFkDADkZAwA8WQMADllDABAZQwAjmUMAJ9lDADjZQwA72UMADhmDAA/ZgwAjWYMAI5mDAAXhwwAlWYMAPaiEQD1ZgwAN2cMAEZnDACMZwwAmGcMAOFnDADiZwwANmgMAEBoDACLaAwAmWgMAOBoDADlaAwANWkMAEJpDABLoxEAkmkMAKCjEQDnaQwA9aMRAEJqDACJagwAmGoMAN5qDAD+agwAM2sMAD9rDACIawwAj2sMAN1rDADlawwAMmwMADRsDACHbAwAkWwMAPSkEQDmbAwAMW0MADltDABJpREAkG0MANttDADjbQwAnqURAG9uDACFbgwAjW4MANpuDAD4bgwA86URAD1vDACEbwwAi28MAOYLDgCUbwwA2W8MAOlvDAAucAwAOnAMAINwDACJcAwA2HAMAPRwDAAtcQwANXEMAEimEQCWcQwA13EMAOFxDAAscgwAOHIMAIFyDACJcgwAnaYRAOFyDAArcwwALXMMAIBzDACGcwwA1XMMAN1zDADyphEALHQMAH90DACCdAwA1HQMANx0DAApdQwAOXUMAH51DACAdQwA03UMAOF1DAAodgwAOXYMAEenEQCEdgwAnKcRANh2DAAndwwALHcMAHx3DACCdwwA8acRANt3DAAmeAwAKHgMAHt4DACOeAwA0HgMANh4DAAleQwAMXkMAHp5DACAeQwAz3kMANV5DAAkegwAKXoMAHl6DAB/egwA8KgRANd6DAAjewwAMHsMAHh7DAB/ewwAzXsMANV7DABFqREALnwMAHd8DACBfAwAzHwMANh8DAAhfQwAMH0MAHZ9DACAfQwAy30MANd9DAAgfgwAJ34MAJqpEQB4fgwAY+MOAHt+DADKfgwAhH4MAKD8DQDWfgwAH38MACd/DADvqREAgH8MAMl/DADTfwwAHoAMACqADABzgAwAgoAMAMiADADSgAwAHYEMACmBDABygQwAeYEMAESqEQDVgQwAHIIMAOeBDAAF7Q0AM4IMAHGCDAB+ggwAxoIMAMiCDAAbgwwALIMMAHCDDACMgwwAxYMMAM2DDACZqhEAM4QMAG+EDACDhAwAxIQMAMyEDAAZhQwAHIUMAG6FDAB8hQwAw4UMANqFDAAYhgwAJYYMAG2GDABvhgwAwoYMANOGDADuqhEAHYcMAGyHDABxhwwAwYcMANeHDAAWiAwAJIgMAGuIDABuiAwAwIgMAMyIDAAViQwAG4kMAGqJDAB2iQwAv4kMAOuJDAAUigwAIIoMAGmKDAB4igwAvooMAMiKDAATiwwAIYsMAGiLDABtiwwAvYsMAMqLDABDqxEAFIwMAGeMDAB1jAwAvIwMAMmMDAARjQwAI40MAJirEQB1jQwAu40MAMeNDAAQjgwAKY4MAGWODABnjgwAuo4MAMmODAAPjwwAL48MAGSPDABsjwwAuY8MANyPDADtqxEAE5AMAGOQDABmkAwAuJAMAMKQDAANkQwAFZEMAGKRDABokQwAt5EMAMORDAAMkgwAG5IMAGGSDABtkgwAtpIMAMOSDAALkwwAFZMMAGCTDABokwwAtZMMAMSTDAAKlAwADJQMAF+UDABwlAwAtJQMAMWUDAAJlQwAEZUMAF6VDABvlQwAs5UMALWVDAAIlgwAC5YMAF2WDABnlgwAspYMANaWDAAHlwwAI5cMAEKsEQBilwwAsZcMALaXDAAGmAwAFZgMAFuYDABnmAwAsJgMALOYDAAFmQwACJkMAFqZDABimQwAr5kMAL6ZDAAEmgwACZoMAFmaDABvmgwArpoMAK+aDAADmwwAFJsMAFibDABkmwwArZsMALebDAACnAwADpwMAFecDABenAwAl6wRALCcDAABnQwAD50MAFadDABgnQwAq50MALadDAAAngwACJ4MAFWeDABhngwAqp4MAL2eDAD/ngwADZ8MAFSfDABenwwAqZ8MALGfDAD+nwwADaAMAFOgDABYoAwAqKAMAK+gDAD9oAwACaEMAOysEQBeoQwAp6EMAKqhDAD8oQwA/6EMAFGiDABrogwApqIMALKiDAD7ogwADqMMAFCjDABeowwApaMMAK+jDAD6owwAHaQMAEGtEQBZpAwApKQMALCkDAD5pAwAAKUMAE6lDABWpQwAo6UMAKelDAD4pQwABqYMAE2mDABXpgwAoqYMAK2mDAD3pgwA/6YMAEynDABbpwwAoacMAKanDAD2pwwA/acMAEuoDABXqAwAoKgMAKioDACWrREAC6kMADHADgAOqQwASqkMAFSpDACfqQwAq6kMAPSpDAD3qQwASaoMAFOqDACeqgwAoaoMAPOqDAADqwwASKsMAEqrDACdqwwAq6sMAPKrDAADrAwA660RAE6sDABArhEAtawMAPGsDAD7rAwARq0MAFKtDACbrQwAnq0MAPCtDAD6rQwAla4RAEquDACargwAuq4MAO+uDAD3rgwA6q4RAFKvDACZrwwAr68MAO6vDAD6rwwAQ7AMAEqwDACYsAwAoLAMAO2wDADysAwAQrEMAEuxDACXsQwAobEMAOyxDAD0sQwAQbIMAE+yDACWsgwAo7IMAOuyDADzsgwAP68RAFCzDACVswwAnbMMAJSvEQDxswwAP7QMAEu0DACUtAwAm7QMAOm0DADxtAwAPrUMAEi1DACTtQwAobUMAOi1DAD+tQwAPbYMAEm2DACStgwAl7YMAOe2DADwtgwAPLcMAEa3DACRtwwAmbcMAOa3DADrtwwAO7gMAEu4DACQuAwAmLgMAOmvEQDvuAwAOrkMAD25DABygA0AQrkMAD6wEQCduQwA5LkMAPq5DAA5ugwARboMAI66DACVugwA47oMAOu6DAA4uwwAPbsMAI27DACWuwwA4rsMAOy7DAA3vAwAP7wMAIy8DACOvAwAK8gMAJq8DADhvAwA7rwMADa9DAA+vQwAk7ARAJe9DADgvQwA470MADW+DAA/vgwA6LARAJi+DADfvgwA9b4MADS/DABAvwwAib8MAJC/DADevwwA5r8MADPADAA4wAwAiMAMAJHADADdwAwA58AMADLBDAA6wQwAh8EMAInBDADcwQwA7MEMADHCDAA7wgwAhsIMAJLCDADbwgwA4cIMAJKxEQA+wwwAhcMMAJvDDADawwwA5sMMAC/EDAA0xAwAhMQMAI3EDADZxAwA48QMAC7FDAA2xQwAg8UMAKXFDADnsREA58UMAC3GDAA5xgwAgsYMAIPGDADXxgwA4cYMACzHDAA6xwwAgccMAIbHDADWxwwA48cMADyyEQA7yAwAgMgMAIrIDADVyAwA4cgMACrJDAAwyQwAf8kMAIfJDAA7sxEA2ckMACnKDAAxygwAfsoMAIrKDAB01AwAl8oMANPKDADfygwAKMsMADDLDACQsxEAissMANLLDADaywwAJ8wMADXMDAB8zAwAicwMANHMDADUzAwAJs0MADDNDAB7zQwAfc0MANDNDADdzQwAJc4MADTODAB6zgwAhs4MAM/ODADXzgwA5bMRADTPDAB5zwwAgc8MAM7PDADazwwAI9AMACnQDAB40AwAftAMAM3QDADS0AwAItEMACjRDAA6tBEAhNEMAMzRDADR0QwAIdIMACvSDAB20gwAftIMAMvSDADX0gwAINMMADPTDAB10wwAg9MMAMrTDADN0wwAH9QMACnUDACPtBEAh9QMAMnUDADX1AwAHtUMACHVDABz1QwAfdUMAOS0EQDN1QwAHdYMANbVDACp9AwAJdYMAHLWDAB+1gwAx9YMAM3WDAAc1wwA2tYMAFbyDAAi1wwAcdcMAHbXDADG1wwAzNcMADm1EQAh2AwAcNgMAHXYDADF2AwAy9gMAI61EQAo2QwAb9kMAIrZDADE2QwA0NkMABnaDAAg2gwA47URAHfaDADD2gwA0NoMABjbDAAk2wwAbdsMAIDbDADC2wwAw9sMABfcDAAj3AwAbNwMAHvcDADB3AwAy9wMABbdDAAi3QwAa90MAHLdDAA4thEAxt0MABXeDAAb3gwAat4MAG/eDAC/3gwAxd4MAOK2EQAd3wwAad8MAHbfDAC+3wwAwt8MABPgDAAV4AwAaOAMAHXgDAC94AwAx+AMADe3EQAZ4QwAZ+EMAG/hDAC84QwAyOEMABHiDAAk4gwAZuIMAHXiDAC74gwAx+IMABDjDAAR4wwAZeMMAG/jDAC64wwAyOMMAA/kDAAU5AwAZOQMAHHkDACMtxEAxeQMAA7lDAAU5QwAY+UMAGnlDAC45QwAveUMAA3mDAAT5gwA4bcRAGfmDAC35gwAweYMAIu4EQAU5wwAYecMAG7nDAC25wwAu+cMAAvoDAAV6AwAYOgMAGjoDAC16AwAwegMAArpDAAd6QwAX+kMAGDpDAC06QwAwOkMAAnqDAAY6gwAXuoMAGjqDACz6gwAu+oMAAjrDAAK6wwA4LgRAGbrDACy6wwAwesMAAfsDAAW7AwAXOwMAGjsDACx7AwAtOwMAAbtDAAJ7QwANbkRAF3tDACw7QwAs+0MAAXuDAAN7gwAWu4MAGfuDACv7gwAtO4MAATvDAAO7wwAWe8MAGHvDACu7wwAuu8MAAPwDAAW8AwAWPAMAFnwDACt8AwAufAMAALxDAAR8QwAV/EMAGHxDACs8QwAuPEMAAHyDAAI8gwAirkRAGXyDACr8gwAt/IMAADzDAAB8wwAVfMMAF/zDACq8wwAuPMMAP/zDAAE9AwAVPQMAGH0DADfuREAuvQMADS6EQAL9QwAU/UMAGH1DACo9QwAufUMAP31DAAf9gwAiboRAFf2DACn9gwAWPYMABstDQCv9gwA/PYMAP32DABN+wwA//YMAEz8DAAB9wwATvoMAAL3DACg/QwAA/cMAE/5DAAL9wwAUfcMABX3DACdAA0AVvcMAKb3DACz9wwA+/cMAAj4DABQ+AwAXPgMAKX4DAC0+AwA+vgMAAT5DADeuhEAXfkMAKT5DACm+QwA+fkMAAr6DAAzuxEAT/oMAKP6DACv+gwA+PoMAAX7DACIuxEAW/sMAKL7DACv+wwA9/sMAA78DADduxEAVfwMAPT+DABW/AwAofwMAKP8DAD2/AwA/PwMAEv9DABV/QwAMrwRAKz9DAD1/QwA9/0MAEr+DABZ/gwAn/4MAKr+DACHvBEAA/8MAEn/DABY/wwAnv8MAKr/DADz/wwA//8MAEgADQBPAA0A3LwRAKkADQDyAA0A+gANADG9EQBgAQ0AnAENAK0BDQDxAQ0A/QENAIa9EQBNAg0AmwINAKMCDQDwAg0A8QINAEUDDQBLAw0AmgMNAJ8DDQDvAw0A8AMNAEQEDQBQBA0AmQQNAJ8EDQDuBA0A+AQNAEMFDQBRBQ0AkwoNAFcFDQCYBQ0AoAUNANu9EQD9BQ0AQgYNAEoGDQCXBg0AoAYNAOwGDQCkBg0AlAkNAPkGDQBBBw0ASAcNAJYHDQCiBw0A6wcNAPsHDQBACA0ATggNAJUIDQCiCA0A6ggNAPYIDQA/CQ0ARgkNADC+EQCdCQ0A6QkNAPoJDQA+Cg0ATwoNAIW+EQCfCg0A6AoNAOsKDQA9Cw0ARQsNAJILDQCXCw0A5wsNAPcLDQA8DA0ARAwNAJEMDQCaDA0A5gwNAJ4MDQCODw0A8wwNADsNDQBCDQ0AkA0NAJwNDQDlDQ0A9Q0NADoODQBIDg0Ajw4NAJwODQDkDg0A8A4NADkPDQBADw0A2r4RAJcPDQDjDw0A9A8NADgQDQBJEA0AL78RAJIQDQDiEA0A7xANADcRDQBDEQ0AjBENAJYRDQDhEQ0A9RENADYSDQA3Eg0AixINAJcSDQDgEg0A/xINADUTDQA9Ew0AihMNAI8TDQDfEw0A+BMNADQUDQBgFA0AiRQNAJUUDQDeFA0A7RQNADMVDQA9FQ0AiBUNAJAVDQDdFQ0A6BUNADIWDQA0Fg0AhxYNAIoWDQDcFg0A5BYNADEXDQA+Fw0AhhcNAIsXDQDbFw0A4xcNADAYDQAyGA0AhRgNAI8YDQDaGA0A5BgNAC8ZDQA1GQ0AhBkNAJIZDQDZGQ0A8hkNAC4aDQA3Gg0AgxoNAI0aDQDYGg0A5BoNAIS/EQA5Gw0AghsNAIwbDQDXGw0A4hsNACwcDQAxHA0AgRwNAIgcDQDWHA0A3hwNACsdDQBYHQ0A2b8RAIcdDQDVHQ0A3R0NACoeDQBXHg0Afx4NAIQeDQDUHg0A1R4NACkfDQAzHw0Afh8NAIwfDQDTHw0A2B8NACggDQA1IA0AfSANAJkgDQDSIA0A7iANAC7AEQA0IQ0AfCENAIAhDQDRIQ0A1yENACYiDQAoIg0AeyINAHwiDQDQIg0A8yINACUjDQBJIw0AeiMNAKcjDQDPIw0A1yMNACQkDQApJA0AeSQNAIYkDQDOJA0A1iQNACMlDQAlJQ0AeCUNAIAlDQDNJQ0A+iUNACImDQAvJg0AdyYNAHwmDQDMJg0A2SYNACEnDQAtJw0AdicNAKMnDQDLJw0A0ycNACAoDQA7KA0AdSgNAHcoDQDKKA0A2ygNAB8pDQAoKQ0AdCkNAIApDQCDwBEA1ikNAB4qDQA5Kg0AcyoNAHgqDQDIKg0A6CoNAB0rDQApKw0AcisNAHorDQDYwBEA1SsNABwsDQAmLA0AcSwNAHwsDQDGLA0AziwNAILBEQAkLQ0AcC0NAHotDQDFLQ0A0C0NABouDQAuLg0Aby4NAIQuDQDELg0AzC4NABkvDQAwLw0Abi8NAHMvDQDDLw0AzS8NABgwDQAgMA0A18ERAG8wDQDCMA0A0zANABcxDQAaMQ0AbDENAHgxDQAswhEAzzENABYyDQAnMg0AgcIRAG4yDQDAMg0AwzINABUzDQAhMw0AajMNAHAzDQC/Mw0AyTMNANbCEQAhNA0AaTQNAIA0DQC+NA0AxjQNACvDEQAjNQ0AaDUNAHQ1DQC9NQ0AwzUNABI2DQAeNg0AZzYNACA2DQCwlQ8AdDYNALw2DQDLNg0AETcNAB03DQBmNw0AbjcNAIDDEQDDNw0AEDgNABI4DQBlOA0AdDgNALo4DQDEOA0ADzkNABg5DQBkOQ0AZjkNALk5DQDKOQ0ADjoNACM6DQBjOg0AazoNALg6DQD4Og0ADTsNABU7DQBiOw0AbjsNALc7DQDKOw0ADDwNAA08DQBhPA0AbTwNALY8DQDFPA0ACz0NABU9DQBgPQ0AbD0NALU9DQC8PQ0AKsQRACY+DQB/xBEAYj4NALQ+DQC8Pg0ACT8NABY/DQBePw0AYz8NALM/DQC9Pw0ACEANABBADQBdQA0AZ0ANAK5EDQBtQA0ArEYNAIpADQCyQA0AvEANAAdBDQDCQA0AsEINAA1BDQBcQQ0AZUENALFBDQC9QQ0ABkINADNCDQBbQg0Ad0INACnFEQCyQg0ABUMNABZDDQBaQw0AXUMNAK9DDQC7Qw0ABEQNADFEDQBZRA0AdUQNAH7FEQC0RA0AA0UNAAxFDQBYRQ0AYkUNAK1FDQC4RQ0AAkYNABZGDQBXRg0Ac0YNANPFEQCuRg0AAUcNABJHDQBWRw0AWUcNAKtHDQC/Rw0AAEgNABxIDQAoxhEAXUgNAH3GEQCySA0A0sYRAAtJDQBUSQ0AWkkNAKlJDQCvSQ0A/kkNAANKDQBTSg0AWUoNACfHEQCySg0A/UoNAAVLDQDRxxEAWEsNAKdLDQCvSw0A/EsNAAlMDQBRTA0AXUwNAKZMDQCoTA0A+0wNAAFNDQBQTQ0AWE0NAKVNDQC3TQ0AJsgRAAdODQBPTg0AVk4NAKRODQCsTg0A+U4NAP5ODQBOTw0AXk8NAKNPDQCrTw0A+E8NAAZQDQBNUA0AWlANAKJQDQCjUA0A91ANAABRDQBMUQ0AVlENAHvIEQCmUQ0A9lENAAJSDQBLUg0ATlINAKBSDQCoUg0A9VINAAJTDQBKUw0AT1MNAJ9TDQCpUw0A9FMNAPxTDQBJVA0AVVQNAJ5UDQCxVA0A81QNAAFVDQBIVQ0AS1UNAJ1VDQCnVQ0A0MgRAA1WDQBHVg0ASVYNAJxWDQCqVg0A8VYNAAJXDQBGVw0ASFcNAJtXDQC0Vw0A8FcNAAFYDQBFWA0AUVgNACXJEQCjWA0A71gNAPxYDQBEWQ0ATlkNAJlZDQCnWQ0A7lkNAARaDQBDWg0AT1oNAJhaDQCkWg0A7VoNAABbDQBCWw0AUVsNAJdbDQCjWw0A7FsNAO1bDQBBXA0AS1wNAJZcDQCkXA0A61wNAPBcDQBAXQ0ATV0NAHrJEQCjXQ0A6l0NAABeDQA/Xg0AS14NAJReDQCbXg0A6V4NAPFeDQA+Xw0AQ18NAJNfDQCcXw0A6F8NAPJfDQA9YA0ARWANAJJgDQCWYA0A52ANAOlgDQA8YQ0ASmENAJFhDQCbYQ0A5mENAPRhDQA7Yg0ASGINAJBiDQCnYg0A5WINAO1iDQA6Yw0ASmMNAI9jDQCUYw0A5GMNAOpjDQA5ZA0AQWQNAI5kDQCTZA0A42QNAORkDQA4ZQ0ARGUNAI1lDQCTZQ0A4mUNAORlDQA3Zg0AQWYNAIxmDQCaZg0A4WYNAOZmDQA2Zw0AQ2cNAHnKEQCRZw0A4GcNAOVnDQA1aA0AO2gNAM7KEQCPaA0A32gNAOxoDQA0aQ0AQWkNAIlpDQCVaQ0A3mkNAO1pDQAzag0APWoNAIhqDQCWag0A3WoNAOJqDQAyaw0AP2sNAIdrDQCPaw0AzcsRAOhrDQAxbA0AQWwNAIZsDQCPbA0A22wNAN5sDQAwbQ0APG0NAIVtDQCMbQ0AIswRAN9tDQAvbg0APG4NAIRuDQCRbg0A2W4NAOVuDQAubw0APW8NAINvDQCNbw0A2G8NAOZvDQAtcA0AMnANAIJwDQCPcA0A13ANAN9wDQB3zBEAOHENAIFxDQCRcQ0A1nENAN9xDQArcg0ALnINAIByDQCMcg0A1XINANxyDQDMzBEAL3MNAH9zDQCIcw0AAUQQAIxzDQDUcw0A4XMNACl0DQA1dA0AfnQNAI10DQDTdA0A3XQNACh1DQA2dQ0AfXUNAIJ1DQDSdQ0A33UNACd2DQAvdg0AIc0RAIh2DQDRdg0A4XYNACZ3DQAvdw0Ae3cNAH53DQDQdw0A3HcNACV4DQAseA0Ads0RAJF4DQDPeA0A1XgNACR5DQAweQ0AeXkNAJB5DQDOeQ0A0HkNACN6DQAteg0AeHoNAIR6DQDNeg0A2XoNACJ7DQAoew0Ad3sNAH17DQDMew0A0XsNACF8DQAnfA0Ay80RAHl8DQAtbg8AgXwNAMt8DQDMfA0AIH0NACp9DQB1fQ0AoH0NACDOEQDNfQ0AH34NACl+DQB1zhEAfX4NAMl+DQDffg0AHn8NADR/DQBzfw0AdX8NAMh/DQDOfw0AHYANADGADQAfzxEAeoANAMeADQCOgA0AxSgSAM2ADQBfkg4A14ANAByBDQDggA0A/fMOAB6BDQBxgQ0Af4ENAMaBDQDXgQ0AdM8RACKCDQDJzxEAeYINAIBxDgB8gg0AxYINAMiCDQAagw0AI4MNAG+DDQCAgw0AxIMNAM6DDQAZhA0AIYQNAG6EDQA1hA0A3L8OAHGEDQDDhA0AzIQNABiFDQAuhQ0AbYUNAIOFDQDChQ0AxIUNABeGDQAdhg0AbIYNAICGDQAe0BEA6YYNABaHDQA+hw0Ac9ARAHGHDQA+Xg4Ad4cNABSJDQB4hw0A518OAHqHDQDoXg4Ae4cNAMCHDQDChw0AFYgNACOIDQBqiA0Ae4gNAMjQEQDHiA0AHdERABqJDQBpiQ0Ab4kNAL6JDQDDiQ0AE4oNABmKDQBy0REAdIoNAL2KDQDFig0AHNIRAB6LDQBniw0AcYsNALyLDQDFiw0AEYwNABKMDQBmjA0AbowNALuMDQDAjA0AEI0NACCNDQDG0hEAcY0NALqNDQC8jQ0AD44NABWODQBkjg0Aa44NALmODQC+jg0ADo8NABKPDQBjjw0AcI8NALiPDQDAjw0ADZANABKQDQBikA0AcpANABvTEQDIkA0ADJENABiRDQBhkQ0AcJENALaRDQDAkQ0AC5INABmSDQBgkg0AbZINALWSDQDMkg0AcNMRAA2TDQAa1BEAYpMNALSTDQBmkw0ACeURALyTDQAJlA0AMZQNAF6UDQCGlA0As5QNANuUDQBv1BEAEZUNAF2VDQBelQ0AspUNAMGVDQAHlg0AyJUNALCXDQAYlg0AXJYNAF6WDQCxlg0AtJYNAAaXDQAJlw0AW5cNAGOXDQBu1REAtZcNAAWYDQAMmA0AWpgNAGOYDQCvmA0AwJgNAASZDQAQmQ0AWZkNAGGZDQDD1REAtJkNAAOaDQAKmg0AWJoNAF2aDQCtmg0AsZoNAAKbDQAPmw0AV5sNAGabDQCsmw0AvZsNAAGcDQADnA0AVpwNAFmcDQCrnA0ArpwNAACdDQAInQ0AGNYRAFqdDQAQ4g0AYJ0NAHV7DwBhnQ0Aqp0NAK2dDQD/nQ0ACZ4NAG3WEQBdng0AqZ4NALieDQD+ng0ADZ8NAFOfDQBfnw0AqJ8NAKufDQD9nw0AAKANAMLWEQBVoA0Ap6ANAM+gDQAX1xEABKENAGzXEQBZoQ0AwdcRAK6hDQAW2BEAAKINAFCiDQBdog0ApaINAKiiDQD6og0A/6INAE+jDQBgow0ApKMNALCjDQBr2BEA/qMNAE6kDQBfpA0Ao6QNAK+kDQD4pA0AEqUNAE2lDQBRpQ0AS6cNAFSlDQCeqQ0AV6UNAPKqDQBZpQ0ASqgNAFulDQBMpg0AXqUNAKKlDQCnpQ0A96UNAA6mDQDA2BEAWaYNAKGmDQCxpg0A9qYNAPumDQAV2REATacNAKCnDQCmpw0A9acNAAKoDQBq2REAUKgNAJ+oDQClqA0A9KgNAPmoDQBJqQ0AT6kNAL/ZEQCqqQ0A86kNAAyqDQBIqg0AUaoNAJ2qDQC0qg0AFNoRAPiqDQBHqw0ASasNAJyrDQCrqw0A8asNAP2rDQBp2hEASKwNAJusDQCsrA0A8KwNAP6sDQBFrQ0ATK0NAJqtDQCcrQ0A760NAPmtDQBErg0AUq4NAJmuDQCerg0A7q4NAPuuDQBDrw0AS68NAJivDQCcrw0A7a8NAO+vDQBCsA0ASLANAJewDQCksA0AvtoRAPmwDQBBsQ0AWLENAJaxDQCysQ0AE9sRAPexDQBAsg0AQbINAJWyDQCbsg0A6rINAPayDQA/sw0ATrMNAJSzDQCWsw0A6bMNAPOzDQA+tA0ATLQNAJO0DQCYtA0A6LQNAPW0DQA9tQ0ARbUNAJK1DQCWtQ0A57UNAOm1DQA8tg0AQrYNAJG2DQCetg0AaNsRAPO2DQA7tw0AUrcNAJC3DQCstw0AvdsRAO63DQA6uA0ASLgNAI+4DQCZuA0A5LgNAPC4DQA5uQ0APLkNAI65DQCquQ0A47kNAOu5DQAS3BEARLoNAI26DQCQug0A4roNAOy6DQAR3REAQLsNAIy7DQCauw0A4bsNAOu7DQA2vA0AQrwNAIu8DQCTvA0Au90RAOK8DQA1vQ0AQ70NAIq9DQCbvQ0AEN4RAOa9DQBl3hEAOb4NAIm+DQCRvg0A3r4NAOS+DQAzvw0APL8NAIi/DQCVvw0AD98RAOK/DQAywA0A6b8NANvBDQA7wA0Ah8ANAJHADQDcwA0A5MANADHBDQB1wQ0AhsENAI7BDQBk3xEA4cENADDCDQA2wg0AhcINAI3CDQDawg0AHsMNAC/DDQA3ww0Aud8RAIzDDQAO4BEA4sMNAC7EDQA8xA0Ag8QNAI3EDQDYxA0A5MQNAC3FDQAwxQ0AgsUNAIrFDQC44BEA48UNACzGDQAvxg0AgcYNAIvGDQAN4REA3sYNAGLhEQA5xw0AgMcNAJHHDQDVxw0A4ccNACrIDQAtyA0At+ERAMXIDQDUyA0AGskNAAziEQA5yQ0AfskNAIDJDQDTyQ0A4ckNACjKDQA5yg0AYeIRAJnKDQDSyg0A2soNALbiEQAtyw0ACD8OADrLDQB8yw0Ai8sNANHLDQDdyw0AJswNACfMDQB7zA0AhcwNANDMDQDezA0AJc0NACrNDQB6zQ0Ah80NAAvjEQDdzQ0AJM4NADHODQB5zg0Agc4NAGDjEQDazg0AI88NAE/PDQB4zw0AhM8NAM3PDQDczw0AItANACzQDQB30A0AhdANAMzQDQDR0A0AIdENAC7RDQB20Q0AftENAMvRDQDZ0Q0AININAC3SDQB10g0AfdINALXjEQDM0g0AqfIOANjSDQAf0w0AKdMNAHTTDQCA0w0AydMNANDTDQAe1A0AJtQNAHPUDQB31A0AyNQNANbUDQAd1Q0AJ9UNAHLVDQB91Q0Ax9UNAM/VDQAc1g0AHtYNAHHWDQB51g0AxtYNANPWDQAb1w0AINcNAHDXDQB91w0AxdcNAOPXDQAa2A0AS9gNAG/YDQB72A0AxNgNAMrYDQAZ2Q0AHtkNAG7ZDQB22Q0Aw9kNAM/ZDQAY2g0AK9oNAG3aDQB72g0AwtoNAMzaDQAX2w0AH9sNAGzbDQB72w0AwdsNAMbbDQAW3A0AHdwNAGvcDQB33A0AwNwNANzcDQAV3Q0AHd0NAArkEQBs3Q0Av90NAM3dDQAU3g0AId4NAGneDQB33g0Avt4NAMveDQAT3w0AKt8NAGjfDQBw3w0Avd8NAMvfDQAS4A0AH+ANAGfgDQBv4A0AtOQRAMrgDQAR4Q0AEuENAF7lEQBy4Q0Au+ENAMLhDQCz5REAF+INAGXiDQBq4g0ACOYRAMLiDQBd5hEAF+MNAGTjDQBX4w0AMRQQAGXjDQBkOA4AZ+MNAGI6DgBt4w0AueMNAG7jDQAQNw4AdOMNAGM5DgCC4w0Al64PAMbjDQAO5A0AGeQNAGPkDQBl5A0AuOQNAMXkDQAN5Q0AFOUNAGLlDQBz5Q0At+UNAMPlDQAM5g0AE+YNAGHmDQBp5g0AsuYRALzmDQAL5w0AEecNAGDnDQBl5w0AtecNALvnDQAH5xEAFugNAF/oDQBp6A0AtOgNALjoDQAJ6Q0AFekNAF7pDQBq6Q0As+kNAMDpDQAI6g0AEOoNAF3qDQBn6g0AsuoNAL7qDQAH6w0ACusNAFzrDQBm6w0AsecRALPrDQAG7A0ACewNAFvsDQBe7A0AW+gRALjsDQCw6BEAE+0NAFrtDQBb7Q0ABekRALftDQBa6REACe4NAFnuDQBg7g0Aru4NALPuDQCv6REAC+8NAATqEQBg7w0Are8NALfvDQAC8A0ADfANAFfwDQBl8A0ArPANAK/wDQAB8Q0ACfENAFbxDQBg8Q0Aq/ENALfxDQAA8g0AA/INAFXyDQBf8g0AWeoRALjyDQD/8g0AFfMNAFTzDQBg8w0AqfMNALDzDQD+8w0ABvQNAFP0DQBY9A0AqPQNALH0DQD99A0AB/UNAFL1DQBa9Q0Ap/UNAKn1DQD89Q0ADPYNAFH2DQBb9g0ApvYNALL2DQD79g0AAfcNAFD3DQBY9w0AA+sRALP3DQD69w0A+/cNAFjrEQBU+A0AresRAKb4DQD5+A0A+vgNAE75DQBR+Q0Ao/kNAK75DQD4+Q0A/fkNAE36DQBX+g0AAuwRAMb6DQD3+g0A//oNAFfsEQBO+w0AofsNALL7DQD2+w0AB/wNAEv8DQBO/A0ArOwRAKb8DQD1/A0A+vwNAEr9DQBN/Q0An/0NAKL9DQD0/Q0A/P0NAAHtEQBX/g0Anv4NAKH+DQDz/g0A/v4NAEj/DQBU/w0Anf8NAKT/DQDy/w0A+v8NAEcADgBVAA4AnAAOAKkADgDxAA4A+QAOAFbtEQBSAQ4AmwEOAJ4BDgDwAQ4A+gEOAEUCDgBNAg4Aq+0RAKYCDgDvAg4A9QIOAEQDDgBOAw4AmQMOAK0DDgDuAw4A9gMOAADuEQBQBA4AmAQOAKAEDgDtBA4A8AQOAEIFDgBOBQ4AlwUOAKEFDgDsBQ4A9QUOAEEGDgBCBg4AlgYOAK4GDgDrBg4A7QYOAEAHDgBRBw4AlQcOAKYHDgDqBw4A8gcOAD8IDgBOCA4AlAgOAJYIDgDpCA4A+ggOAD4JDgBPCQ4AkwkOAKwJDgDoCQ4A6gkOAD0KDgBMCg4AkgoOALIKDgCq7hEA6QoOADwLDgBcCw4AkQsOAKULDgD+7xEA7gsOADsMDgBIDA4AkAwOAJUMDgDlDA4A7wwOADoNDgBCDQ4Ajw0OAJUNDgDkDQ4A7Q0OADkODgBGDg4AU/ARAJoODgDjDg4A6Q4OADgPDgA+Dw4AjQ8OAJYPDgDiDw4A4w8OADcQDgBBEA4AjBAOAJgQDgDhEA4A6BAOAKjwEQA+EQ4A/fARAJMRDgBS8REA6BEOAKfxEQBBEg4AihIOAJoSDgDfEg4A5BIOADQTDgA6Ew4AiRMOAJUTDgDeEw4A5hMOAPzxEQBEFA4AiBQOAJkUDgDdFA4A7xQOADIVDgA6FQ4AhxUOAJIVDgDcFQ4A4RUOADEWDgA2Fg4AhhYOAKYWDgBR8hEA6xYOADAXDgA6Fw4AhRcOAJEXDgDaFw4A4BcOAC8YDgA3GA4AhBgOAIYYDgDZGA4AkBgOAH4eDgDqGA4ALhkOAD8ZDgCDGQ4AlRkOANgZDgDgGQ4ALRoOADgaDgCCGg4AhxoOANcaDgDcGg4ALBsOAEwbDgCm8hEAgxsOANYbDgDlGw4AKxwOADYcDgCAHA4AkhwOANUcDgDdHA4AKh0OADUdDgB/HQ4AhB0OANQdDgDZHQ4AKR4OAEkeDgD78hEAgB4OANMeDgDiHg4AKB8OADMfDgB9Hw4Ajx8OANIfDgDaHw4AJyAOADIgDgB8IA4AgSAOANEgDgDWIA4AJiEOAEYhDgBQ8xEAiCEOANAhDgDnIQ4ApfMRADIiDgB6Ig4AkSIOAPrzEQDcIg4AJCMOACsjDgB5Iw4AhyMOAM4jDgDbIw4AIyQOADokDgBP9BEAgCQOAKT0EQDPJA4AIiUOADAlDgB3JQ4AiCUOAPn0EQDZJQ4AISYOADgmDgBO9REAgCYOAMsmDgDXJg4AICcOACMnDgB1Jw4AfycOAKP1EQDmJw4A+PURACcoDgBN9hEAfCgOAMkoDgDKKA4AcCwOAMwoDgByKg4A0CgOAGkzDgDTKA4AHikOANgoDgBuLg4A2SgOAG8tDgAjKQ4AvzIOACopDgBzKQ4AdikOAMgpDgDSKQ4AovYRACUqDgD39hEAeyoOAMcqDgCSKg4AazEOANUqDgAcKw4AJisOAHErDgB9Kw4AxisOAMkrDgAbLA4AIywOAEz3EQByLA4AxSwOAMgsDgAaLQ4AHS0OAKH3EQBxLQ4AxC0OANItDgAZLg4AKi4OAEv4EQBwLg4Awy4OANAuDgAYLw4AJy8OAG0vDgB5Lw4Awi8OANMvDgAXMA4AKDAOAGwwDgB4MA4AwTAOAMgwDgAWMQ4AHjEOAPX4EQB5MQ4AwDEOAMExDgBK+REAITIOAGoyDgBxMg4An/kRAMYyDgAUMw4AGTMOAEn6EQByMw4AvjMOAMQzDgATNA4AFTQOAGg0DgByNA4AvTQOAMs0DgASNQ4AFzUOAGc1DgB0NQ4AvDUOANQ1DgARNg4AJzYOAGY2DgBpNg4AuzYOAMM2DgDz+hEAHDcOAGU3DgBoNw4AujcOAMQ3DgBI+xEAFzgOAJ37EQBmOA4AuTgOALw4DgAOOQ4AETkOAPL7EQBlOQ4AuDkOAMY5DgANOg4AHjoOAJz8EQBrOg4AtzoOAMU6DgAMOw4A0DoOABXbDwAWOw4AYTsOAG07DgC2Ow4AuTsOAAs8DgATPA4ARv0RAHo8DgCb/REAzzwOAAo9DgAkPQ4A8P0RAGQ9DgBbQQ4AbT0OAAVCDgBvPQ4AtD0OALY9DgAJPg4AFz4OAF4+DgBvPg4ARf4RALo+DgCa/hEADj8OAF0/DgBiPw4Asj8OALg/DgDv/hEADUAOAFxADgBhQA4AsUAOAMdADgAGQQ4ADkEOAJn/EQB7QQ4AsEEOALhBDgDu/xEAHEIOAFpCDgBnQg4Ar0IOALRCDgAEQw4ACkMOAFlDDgBlQw4ArkMOALVDDgADRA4AC0QOAFhEDgB7RA4AmAASALpEDgACRQ4AEUUOAFdFDgBZRQ4ArEUOALVFDgABRg4AGEYOAFZGDgBhRg4Aq0YOALVGDgAARw4ACEcOAEIBEgBbRw4AqkcOALBHDgD/Rw4ABEgOAFRIDgBaSA4AlwESAMtIDgD+SA4ABkkOAEECEgBcSQ4AqEkOAKlJDgD9SQ4ABUoOAFJKDgBdSg4Ap0oOAKxKDgD8Sg4AAUsOAFFLDgBxSw4AlgISAKxLDgD7Sw4AAkwOAFBMDgBVTA4ApUwOAKlMDgD6TA4AB00OAE9NDgBXTQ4ApE0OAK9NDgD5TQ4A/k0OAE5ODgBTTg4Ao04OAMNODgDrAhIAB08OAE1PDgBYTw4Aok8OAKpPDgD3Tw4A+k8OAExQDgABUA4ASVMOAFhQDgChUA4Aq1AOAPZQDgD/UA4AS1EOAExRDgCgUQ4AqFEOAPVRDgAAUg4ASlIOAE9SDgCfUg4ApFIOAPRSDgAUUw4AQAMSAFVTDgCeUw4AoFMOAPNTDgD5Uw4ASFQOAE9UDgCdVA4AolQOAPJUDgD2VA4AR1UOAFRVDgCcVQ4ApFUOAPFVDgD8VQ4ARlYOAEtWDgCbVg4AoFYOAPBWDgAQVw4AlQMSAE1XDgDqAxIApFcOAO9XDgD4Vw4ARFgOAEpYDgCZWA4ApVgOAO5YDgAMWQ4AQ1kOAERZDgCYWQ4AmlkOAO1ZDgD6WQ4AQloOAFBaDgCXWg4AploOAOxaDgAIWw4AQVsOAElbDgCUBBIAqVsOAOtbDgDsWw4AQFwOAExcDgCVXA4ApFwOAOpcDgD0XA4AP10OAEtdDgCUXQ4Am10OAOkEEgDxXQ4APgUSAEdeDgCTXg4AoF4OAJMFEgDtXg4APV8OAEpfDgCSXw4AnF8OAOgFEgDpXw4APGAOAFJgDgCRYA4AnWAOAD0GEgDuYA4Ax34PAARhDgA7YQ4AQ2EOAGrcDgBZYQ4AkGEOAJhhDgDlYQ4AsmEOAKOiDwDmYQ4AjmMOAOhhDgDiZA4A8WEOAPiiDwD1YQ4AOmIOADxiDgCPYg4AnWIOAORiDgD1Yg4AkgYSAEFjDgDnBhIAkGMOAONjDgDmYw4AOGQOADtkDgA8BxIAlWQOAJEHEgDsZA4AirwOAAJlDgA3ZQ4ARWUOAIxlDgCNZQ4A5gcSAOllDgA7CBIAWWYOAJAIEgCYZg4A4GYOAO5mDgA1Zw4AP2cOAIpnDgCSZw4A32cOAOBnDgDabA4A+mcOAIdqDgALaA4ANGgOAD1oDgCJaA4AimgOAN5oDgDsaA4AM2kOAD1pDgCIaQ4AlGkOAN1pDgDjaQ4AMmoOAE5qDgDlCBIAlWoOANxqDgDpag4AMWsOADtrDgCGaw4AiGsOANtrDgDyaw4AMGwOADxsDgCFbA4AoWwOADoJEgDrbA4AL20OADFtDgCEbQ4Ajm0OANltDgDpbQ4ALm4OADNuDgCDbg4AiW4OANhuDgDubg4ALW8OADVvDgCCbw4AhW8OANdvDgDgbw4ALHAOADpwDgCBcA4Ai3AOANZwDgDicA4AK3EOAEdxDgCPCRIAjXEOANVxDgDdcQ4AKnIOAC1yDgB8yg4AOnIOAH9yDgCBcg4AfckOAI1yDgDUcg4A4XIOAClzDgA3cw4AfnMOAIFzDgDTcw4A3nMOACh0DgA0dA4AfXQOAIR0DgDSdA4A2nQOACd1DgApdQ4AfHUOAIx1DgDRdQ4A23UOACZ2DgAydg4Ae3YOAIF2DgDQdg4A2HYOAOQJEgAndw4AencOAIh3DgDPdw4A3HcOACR4DgAweA4AeXgOAH94DgDOeA4A0XgOACN5DgAreQ4AeHkOAHp5DgBzfg4Ae3kOACF7DgCIeQ4AzXkOAM95DgAZgw4A0nkOACJ6DgAreg4Ad3oOAIR6DgDMeg4A03oOADkKEgAqew4AcYAOACt7DgDKfA4AQXsOAHZ7DgCEew4Ay3sOAMx7DgCOChIALHwOAHV8DgB8fA4A4woSAMx8DgAffQ4AJX0OAHR9DgB+fQ4AyX0OANV9DgAefg4AJX4OADgLEgCMfg4AyH4OAM1+DgAdfw4AI38OAHJ/DgB8fw4Ax38OANN/DgAcgA4AI4AOAI0LEgCAgA4AxoAOANWADgAbgQ4AJ4EOAHCBDgBzgQ4AxYEOAMiBDgAagg4AKoIOAG+CDgB4gg4AxIIOANWCDgDiCxIAJ4MOAG6DDgB/gw4ANwwSAMqDDgCMDBIAIIQOAG2EDgBvhA4AaIkOAHCEDgAWhg4AfYQOAMKEDgDEhA4ADo4OAMeEDgAXhQ4AIIUOAGyFDgB5hQ4AwYUOAMiFDgDhDBIAH4YOAGaLDgAghg4Av4cOADaGDgBrhg4AeYYOAMCGDgDBhg4ANg0SACGHDgBqhw4AcYcOAIsNEgDBhw4AFIgOABqIDgBpiA4Ac4gOAL6IDgDKiA4AE4kOABqJDgDgDRIAgYkOAL2JDgDCiQ4AEooOABiKDgBnig4AcYoOALyKDgDIig4AEYsOABiLDgA1DhIAdYsOALuLDgDKiw4AEIwOAByMDgBljA4AaIwOALqMDgC9jA4AD40OAB+NDgBkjQ4AbY0OALmNDgDKjQ4Aig4SAByODgBjjg4AdI4OAN8OEgC/jg4ANA8SABWPDgBijw4Ai48OALePDgC/jw4ADJAOAByQDgBhkA4AY5AOALaQDgDEkA4AC5EOAByRDgCJDxIAZpEOALWRDgDBkQ4A3g8SADiSDgCIEBIAaJIOALSSDgDBkg4ACZMOACWTDgBekw4AZpMOAN0QEgDEkw4ACJQOAAqUDgBdlA4AXpQOALKUDgC1lA4AB5UOABOVDgBclQ4AY5UOALGVDgDNlQ4ABpYOAA6WDgCHERIAaJYOALCWDgDAlg4ABZcOAAqXDgBalw4AhZcOANwREgC1lw4AMRISAAyYDgBZmA4AWpgOAKWhDgBfmA4AwS4QAGOYDgCumA4AZZgOAP+cDgBpmA4AVpsOAHeYDgD3pA4As5gOAB4nEAC5mA4AIyIQALqYDgADmQ4ABpkOAFiZDgBimQ4AhhISALWZDgACmg4ACJoOAFeaDgBgmg4ArJoOALmaDgABmw4AHZsOANsSEgBYmw4Aq5sOAFubDgBoMhAAuZsOAACcDgARnA4AMBMSAFucDgCqnA4AtpwOAIUTEgAFnQ4AVJ0OAFqdDgCpnQ4Arp0OAP6dDgAEng4AhBQSAFqeDgCDFRIArZ4OAP2eDgAFnw4AUp8OAF6fDgCnnw4Aup8OAPyfDgAIoA4AUaAOAGCgDgCmoA4Ar6AOAPugDgAFoQ4AUKEOAFyhDgAtFhIAtqEOAPqhDgAGog4AT6IOAFGiDgCkog4Ap6IOAPmiDgAFow4ATqMOAFajDgCCFhIAr6MOAPijDgAIpA4ATaQOAFmkDgCipA4AqKQOANcWEgAZpQ4ATKUOAFSlDgChpQ4Ay6UOAPalDgABpg4AS6YOAFemDgCgpg4AsaYOAPWmDgD2pg4ALBcSAFCnDgCfpw4ArKcOAIEXEgABqA4ASagOAGCoDgCeqA4AyagOAPOoDgD7qA4ASKkOAFKpDgCdqQ4AqakOAPKpDgD1qQ4AR6oOAFGqDgDWFxIApKoOAPGqDgD3qg4ARqsOAE+rDgCbqw4AqKsOAPCrDgAMrA4AKxgSAEesDgCarA4ATKwOAOK5DgCnrA4A76wOAPasDgBErQ4ARq0OAJmtDgCfrQ4A7q0OAPWtDgBDrg4AW64OAJiuDgCdrg4A7a4OAKSuDgCXrw4A9q4OAEKvDgBMrw4AgBgSAJ2vDgDsrw4A8q8OAEGwDgBGsA4AlrAOAJywDgDVGBIA7LAOAECxDgBRsQ4AlbEOAKGxDgDqsQ4A9LEOAD+yDgBLsg4AlLIOAJuyDgAqGRIA67IOAD6zDgD0sg4AXD4QAEGzDgCTsw4As7MOAOizDgDwsw4AfxkSAE60DgCStA4AmbQOAOe0DgDvtA4APLUOAD+1DgDltg4ATLUOAJG1DgCTtQ4A5rUOAPS1DgA7tg4ATLYOANQZEgCXtg4AKRoSAO62DgA6tw4ASbcOAI+3DgCetw4A5LcOAPC3DgA5uA4APLgOAI64DgCRuA4A47gOAPO4DgA4uQ4AQbkOAI25DgCeuQ4AfhoSAOe5DgA3ug4AQLoOAIy6DgCWug4A4boOAOm6DgA2uw4AVLsOAIu7DgCpuw4A4LsOAP67DgA1vA4AU7wOANMaEgCRvA4A37wOAOS8DgA0vQ4A67wOADO+DgA9vQ4Aib0OAJO9DgDevQ4A+r0OACgbEgA5vg4AiL4OAI6+DgDdvg4A+b4OAH0bEgBcvw4AJxwSALG/DgB8HBIA5L8OAHsdEgBHwA4AhsAOAIjADgDbwA4A4cAOADDBDgBEwQ4AhcEOAI3BDgDawQ4ABMIOANAdEgA4wg4AhMIOAJHCDgDZwg4A58IOAC7DDgA4ww4Ag8MOAJ3DDgDYww4A5cMOAC3EDgA5xA4AgsQOAIzEDgDXxA4A38QOACUeEgAzxQ4AgcUOAInFDgB6HhIAr8UOAHkfEgDixQ4AK8YOADLGDgCAxg4AiMYOAM8eEgDXxg4AKscOADvHDgB/xw4Ah8cOANTHDgDexw4AKcgOADXIDgB+yA4AgcgOANPIDgDdyA4Azh8SAETJDgAjIBIAi8kOANLJDgDjyQ4AeCASAC7KDgDNIBIAhcoOANHKDgDgyg4AJssOADXLDgB7yw4Ah8sOANDLDgDTyw4AJcwOACjMDgB6zA4AiswOAM/MDgDYzA4AJM0OADXNDgAiIRIAe80OAM7NDgCFzQ4AeM4OANHNDgAjzg4AK84OAHchEgB+zg4Azc4OANnODgAizw4AKs8OAMwhEgCDzw4AzM8OAM/PDgAh0A4AK9AOACEiEgB70A4Ay9AOAOHQDgAg0Q4AIdEOAHXRDgCG0Q4AytEOANbRDgAf0g4AKdIOAHTSDgCA0g4AdiISANXSDgAe0w4AIdMOAHPTDgB90w4AICMSAMvTDgAd1A4AINQOAHLUDgB+1A4Ax9QOAM3UDgAc1Q4AJtUOAHUjEgB21Q4AxtUOANPVDgAb1g4AHtYOAHDWDgCM1g4AxdYOAM3WDgDKIxIAItcOAB8kEgB31w4AdCQSAMfXDgAZ2A4A29cOAFScDwA52A4AbtgOAILYDgDJJBIA0NgOAB4lEgAZ2Q4AbdkOAHPZDgDC2Q4AztkOABfaDgAm2g4AbNoOAG7aDgDB2g4Ay9oOABbbDgAi2w4Aa9sOAHLbDgBzJRIAzNsOAMglEgAd3A4AHSYSAG3cDgBo3g4AetwOAL/cDgDB3A4AFN0OACLdDgBp3Q4Aet0OABopEgDF3Q4AbykSABveDgDEKRIAiN4OAL3eDgDL3g4AEt8OABPfDgAZKhIAc98OALzfDgDD3w4AbioSABngDgDDKhIAaOAOALvgDgDJ4A4AEOEOACHhDgAYKxIAa+EOALrhDgDG4Q4AbSsSABXiDgBk4g4AauIOALniDgC+4g4ADuMOABTjDgAXLBIAZuMOALjjDgDE4w4ADeQOABPkDgBi5A4AbOQOAMEsEgC85A4ADOUOABnlDgBh5Q4AZOUOALblDgDL5Q4AC+YOABPmDgAWLRIAaOYOALXmDgDB5g4ACucOABDnDgBf5w4AZecOALTnDgC55w4ACegOAA/oDgAULxIAbegOALPoDgDC6A4ACOkOABHpDgBd6Q4AY+kOALLpDgC46Q4AB+oOABPqDgBc6g4AY+oOALHqDgC56g4Avi8SABDrDgBb6w4AZusOALDrDgC86w4ABewOAAvsDgBa7A4AYuwOAK/sDgC77A4ABO0OAArtDgBZ7Q4AX+0OAK7tDgCz7Q4AA+4OAAnuDgATMBIAX+4OAK3uDgC77g4AAu8OAA/vDgBX7w4Abu8OAKzvDgDI7w4AAfAOAAnwDgBoMBIAafAOAKvwDgCt8A4AAPEOABbxDgBV8Q4AVvEOAKrxDgC78Q4A//EOAAvyDgC9MBIAcPIOABIxEgC/8g4A/vIOAP/yDgBT8w4AZPMOAKjzDgC08w4AZzESAAL0DgBS9A4AWPQOAKf0DgDH9A4A/PQOAAj1DgBR9Q4AWPUOALwxEgCs9Q4A+/UOAAD2DgBQ9g4AVvYOABEyEgC59g4A+vYOAPv2DgBP9w4AW/cOAKT3DgDA9w4A+fcOAAH4DgAQMxIAVvgOALozEgCv+A4A+PgOAP74DgBN+Q4AU/kOAKL5DgC6+Q4A9/kOAAH6DgBM+g4AWPoOAKH6DgCk+g4A9voOAAD7DgBL+w4AY/sOAKD7DgCw+w4A9fsOAPf7DgBK/A4AWPwOAJ/8DgCw/A4ADzQSAPr8DgBJ/Q4AVf0OAGQ0EgCm/Q4ADjUSAP/9DgBI/g4AS/4OAJ3+DgCn/g4AYzUSAPT+DgBH/w4AVf8OAJz/DgCt/w4ADTYSAPj/DgBiNhIATgAPALc2EgCjAA8AtjcSAPIADwBFAQ8AUgEPAJoBDwCpAQ8A7wEPAPUBDwBEAg8AUAIPAJkCDwCbAg8A7gIPAPgCDwBDAw8AUQMPAJgDDwCdAw8A7QMPAPoDDwBCBA8ATgQPAJcEDwCqBA8A7AQPAPsEDwBBBQ8ATQUPAJYFDwCXBQ8A6wUPAPUFDwBABg8ATgYPAJUGDwCaBg8A6gYPAPcGDwALOBIASQcPAJQHDwCiBw8A6QcPAOwHDwA+CA8ATggPAJMIDwChCA8A6AgPAPQIDwA9CQ8ARAkPAJIJDwCZCQ8A5wkPAPMJDwA8Cg8APQoPAJEKDwCdCg8A5goPAPMKDwA7Cw8AQgsPAJALDwCcCw8A5QsPAPILDwA6DA8ASQwPAI8MDwCjDA8A5AwPAPAMDwA5DQ8ATA0PAI4NDwCdDQ8A4w0PAO8NDwA4Dg8AOQ4PAI0ODwCXDg8A4g4PAPAODwA3Dw8APA8PAIwPDwCZDw8AYDgSAOIPDwA2EA8ARxAPAIsQDwCZEA8A4BAPAO8QDwA1EQ8ANxEPAIoRDwCUEQ8A3xEPAO0RDwA0Eg8AORIPAIkSDwCWEg8A3hIPAO0SDwAzEw8AOBMPAIgTDwCVEw8A3RMPAOcTDwAyFA8APhQPAIcUDwCaFA8A3BQPAOYUDwAxFQ8APRUPAIYVDwCZFQ8A2xUPAOoVDwAwFg8APBYPAIUWDwCGFg8A2hYPAOQWDwAvFw8APRcPAIQXDwCJFw8A2RcPAOYXDwC1OBIAMxgPAIMYDwCQGA8A2BgPAOIYDwAtGQ8AMxkPAIIZDwCEGQ8A1xkPAOQZDwAsGg8ALxoPAIEaDwCPGg8A1hoPAOIaDwArGw8AOBsPAIAbDwCKGw8A1RsPAOQbDwAqHA8ALxwPAH8cDwCMHA8A1BwPAOEcDwApHQ8ANR0PAH4dDwCNHQ8A0x0PAN0dDwAoHg8ANh4PAH0eDwCCHg8A0h4PAN8eDwAnHw8AMx8PAHwfDwCPHw8A0R8PAOAfDwAmIA8AMiAPAHsgDwB8IA8A0CAPANogDwAlIQ8AMyEPAHohDwB/IQ8AzyEPANwhDwAKORIANyIPAHkiDwCIIg8AziIPANoiDwAjIw8AJCMPAHgjDwCCIw8AzSMPANsjDwAiJA8AJyQPAHckDwCEJA8AXzkSAN8kDwAhJQ8AMCUPAHYlDwCCJQ8AyyUPAMwlDwAgJg8AKiYPAHUmDwCDJg8AyiYPAM8mDwAfJw8ALCcPALQ5EgB2Jw8AyScPANcnDwAeKA8AKygPAHMoDwB/KA8AyCgPAM4oDwAdKQ8ALikPAHIpDwB0KQ8AxykPANApDwAcKg8AKSoPAHEqDwCAKg8AxioPANEqDwAbKw8AJysPAHArDwCDKw8AxSsPANQrDwAaLA8AJiwPAG8sDwBwLA8AxCwPAM4sDwAZLQ8AJy0PAG4tDwBzLQ8Awy0PANAtDwAJOhIAJS4PAG0uDwB7Lg8Awi4PAMwuDwAXLw8AJS8PAGwvDwBuLw8AwS8PANIvDwAWMA8AJDAPAGswDwCcMA8AwDAPAMIwDwAVMQ8AHzEPAGoxDwB4MQ8AvzEPAMQxDwAUMg8AITIPAGkyDwB1Mg8AvjIPANEyDwATMw8AIjMPAGgzDwB0Mw8AvTMPAL4zDwASNA8AHDQPAGc0DwB1NA8AvDQPAME0DwARNQ8AHjUPAF46EgBoNQ8AuzUPAL01DwAQNg8AHzYPAGU2DwB0Ng8AujYPAMY2DwAPNw8AEjcPAGQ3DwBnNw8AuTcPAL83DwAOOA8AGjgPAGM4DwBmOA8AuDgPAL04DwANOQ8AFjkPAGI5DwBoOQ8AtzkPAMY5DwAMOg8AGDoPAGE6DwBxOg8AtjoPALg6DwALOw8AGTsPAGA7DwBxOw8AszoSALs7DwAKPA8AFjwPAAg7EgByPA8AtDwPAMM8DwAJPQ8AFT0PAF49DwBfPQ8Asz0PAL09DwAIPg8AFj4PAF0+DwBiPg8Asj4PAL8+DwBdOxIAEz8PAFw/DwBmPw8AsT8PAN0/DwAGQA8ADUAPAFtADwB0QA8AsEAPAL9ADwAFQQ8AFEEPAFpBDwBfQQ8Ar0EPALxBDwAEQg8AEUIPAFlCDwBlQg8ArkIPAL1CDwADQw8ADUMPAFhDDwBmQw8ArUMPALJDDwACRA8AD0QPAFdEDwBjRA8ArEQPAL9EDwABRQ8AEEUPAFZFDwBiRQ8Aq0UPAKxFDwAARg8ACkYPAFVGDwBjRg8AqkYPAK9GDwD/Rg8ADEcPALI7EgBlRw8AqUcPALpHDwD+Rw8ACkgPAFNIDwBqSA8AqEgPAKpIDwD9SA8ADkkPAFJJDwBVSQ8Ap0kPALFJDwD8SQ8A/kkPAFFKDwBbSg8ApkoPALJKDwD7Sg8AB0sPAFBLDwBjSw8ApUsPALRLDwD6Sw8ABkwPAE9MDwBQTA8ApEwPAK5MDwD5TA8AB00PAE5NDwBTTQ8Ao00PALBNDwAHPBIA+k0PAE1ODwBXTg8Aok4PAKpODwBcPBIACk8PAExPDwBYTw8AoU8PALBPDwD2Tw8A/08PAEtQDwBVUA8AoFAPAK5QDwD1UA8A+lAPAEpRDwBXUQ8An1EPAKtRDwD0UQ8AB1IPAElSDwBYUg8AnlIPAKpSDwDzUg8A9FIPAEhTDwBSUw8AnVMPAKtTDwDyUw8A91MPAEdUDwBUVA8AsTwSAJ5UDwDxVA8A+1QPAEZVDwBOVQ8ABj0SAKBVDwDwVQ8ABlYPAEVWDwBGVg8AmlYPAKtWDwDvVg8A+1YPAERXDwBOVw8AmVcPAKdXDwDuVw8A81cPAENYDwBQWA8AmFgPAKRYDwDtWA8AAFkPAEJZDwBRWQ8Al1kPAKNZDwDsWQ8A7VkPAEFaDwBLWg8AlloPAKRaDwDrWg8A8FoPAEBbDwBNWw8AWz0SAJdbDwDqWw8A9FsPAD9cDwBHXA8AsD0SAKpcDwDpXA8A9VwPAD5dDwBDXQ8Ak10PAJxdDwDoXQ8A8l0PAD1eDwBJXg8Akl4PAKVeDwDnXg8A9l4PADxfDwBIXw8AkV8PAJJfDwDmXw8A8F8PADtgDwBJYA8AkGAPAJVgDwDlYA8A8mAPAAU+EgA8YQ8Aj2EPAJlhDwDkYQ8A7GEPAFo+EgBGYg8AjmIPAJ1iDwDjYg8A7mIPADhjDwBEYw8AjWMPAJxjDwDiYw8AAmQPADdkDwBDZA8AjGQPAJNkDwDhZA8A72QPADZlDwA7ZQ8Ai2UPAJdlDwDgZQ8A82UPADVmDwBEZg8AimYPAJZmDwDfZg8A4GYPADRnDwA+Zw8AiWcPAJdnDwDeZw8A42cPADNoDwBAaA8Arz4SAIpoDwDdaA8A52gPADJpDwA6aQ8ABD8SAKRpDwDcaQ8A7WkPADFqDwA9ag8AhmoPAJlqDwDbag8A6moPADBrDwA8aw8AhWsPAIZrDwDaaw8A5GsPAC9sDwA9bA8AhGwPAIlsDwDZbA8A5mwPAFk/EgAwbQ8Ag20PAI1tDwDYbQ8A4G0PAK4/EgBKbg8Agm4PAJNuDwDXbg8A424PACxvDwA/bw8AgW8PAJBvDwDWbw8A4m8PACtwDwAscA8AgHAPAIpwDwDVcA8A43APACpxDwAvcQ8Af3EPAIxxDwADQBIA1nEPAClyDwAzcg8AfnIPAIZyDwBYQBIA5HIPAChzDwA8cw8AfXMPAIFzDwDScw8A1HMPACd0DwA7dA8AfHQPAH90DwDRdA8A7nQPACZ1DwA3dQ8Ae3UPAId1DwDQdQ8A43UPACV2DwA0dg8AenYPAIZ2DwDPdg8A0HYPACR3DwAudw8AeXcPAId3DwDOdw8A03cPACN4DwAweA8ArUASAHp4DwDNeA8A13gPACJ5DwAqeQ8AAkESAHl5DwDMeQ8A2nkPACF6DwAyeg8AV0ESAH16DwCsQRIA7noPAKtCEgAoew8AqkMSAHt7DwDKew8Az3sPAB98DwAjfA8AdHwPAIF8DwD/QxIAznwPAB59DwAifQ8Ac30PAHV9DwDIfQ8A4X0PAB1+DwAufg8Acn4PAH5+DwBURBIAyn4PAGyEDwDTfg8AHH8PAC9/DwBxfw8Acn8PAMZ/DwDSfw8AG4APACqADwBwgA8AeoAPAMWADwDRgA8AGoEPACGBDwCpRBIAd4EPAMSBDwDGgQ8AuI0PAMeBDwC/hg8AyoEPABmCDwDQgQ8AEokPANGBDwBQ9Q8AJYIPAG6CDwB9gg8Aw4IPAM+CDwAYgw8AJoMPAG2DDwCIgw8AwoMPAM6DDwAXhA8AHoQPAP5EEgB5hA8AwYQPAMOEDwAWhQ8AF4UPAGuFDwBuhQ8AwIUPAMuFDwAVhg8AGoYPAGqGDwB0hg8AU0USAMyGDwAUhw8AFocPAGmHDwBqhw8AvocPAMGHDwATiA8AHogPAGiIDwBtiA8AvYgPAMeIDwCoRRIAJYkPAGeJDwBoiQ8AvIkPAMiJDwARig8AIIoPAGaKDwBwig8Au4oPAMeKDwAQiw8AF4sPAP1FEgBtiw8AuosPALyLDwAPjA8AHowPAGSMDwBujA8AuYwPAMKMDwAOjQ8AEI0PAGONDwB0jQ8Ap0YSAMeNDwANjg8AF44PAGKODwBrjg8At44PALmODwAMjw8AHY8PAGGPDwBpjw8Ato8PANSPDwALkA8AE5APAGCQDwBskA8AtZAPAMiQDwAKkQ8AC5EPAF+RDwBrkQ8AtJEPAMORDwAJkg8AE5IPAF6SDwBqkg8As5IPALqSDwD8RhIAGZMPAF2TDwBukw8AspMPALqTDwAHlA8ADpQPAFyUDwBqlA8AsZQPAMGUDwAGlQ8AFpUPAFuVDwB3lQ8AUUcSAL2VDwAFlg8AHJYPAFqWDwBilg8Ar5YPAL2WDwAElw8ADpcPAFmXDwBllw8ArpcPAMSXDwADmA8ABpgPAFiYDwB0mA8ApkcSAL2YDwACmQ8ADJkPAFeZDwBfmQ8ArJkPALuZDwABmg8ABpoPAFaaDwBjmg8Aq5oPALWaDwAAmw8AApsPAFWbDwBjmw8AqpsPALebDwD/mw8AApwPAPtHEgBfnA8AqZwPALOcDwD+nA8ABp0PAFOdDwBinQ8AqJ0PAK2dDwD9nQ8ACp4PAFKeDwBcng8Ap54PAKmeDwD8ng8ACp8PAFGfDwBenw8App8PAKmfDwBQSBIA/p8PAFCgDwBcoA8ApaAPAKygDwD6oA8AAqEPAE+hDwBooQ8ApKEPALihDwD5oQ8AFaIPAE6iDwBWog8A+kgSAKuiDwBPSRIABaMPAE2jDwBUow8AoqMPAKqjDwD3ow8A/KMPAEykDwBcpA8AoaQPAKmkDwD2pA8ABKUPAEulDwBYpQ8AoKUPAK2lDwD1pQ8AAaYPAEqmDwBQpg8An6YPAKemDwD0pg8AAKcPAEmnDwBcpw8AnqcPAK2nDwDzpw8A/6cPAEioDwBJqA8AnagPAKeoDwDyqA8AAKkPAEepDwBMqQ8AnKkPAKmpDwCkSRIA9KkPAEaqDwBQqg8Am6oPAJ2qDwDwqg8A/6oPAEWrDwBlqw8AmqsPAKKrDwDvqw8A+asPAESsDwBKrA8AmawPAJusDwDurA8A/awPAEOtDwBPrQ8AmK0PAKCtDwD5SRIAC64PAEKuDwBgrg8ATkoSALWuDwDsrg8ACq8PAEGvDwBJrw8Alq8PAKWvDwDrrw8A7a8PAECwDwBJsA8AlbAPAJiwDwDqsA8A9rAPAD+xDwBGsQ8AlLEPAJyxDwDpsQ8AArIPAD6yDwBSsg8Ak7IPAK+yDwDosg8A8LIPAKNKEgBbsw8AkrMPALCzDwD4ShIAALQPADy0DwBBtA8AkbQPAKy0DwDmtA8A8rQPADu1DwBDtQ8ATUsSAKO1DwDltQ8A9LUPADq2DwBGtg8Aj7YPAJC2DwDktg8A7rYPADm3DwBHtw8AjrcPAJO3DwDjtw8A8LcPAKJLEgA8uA8AjbgPAI+4DwDiuA8A5bgPADe5DwA/uQ8AjLkPAJa5DwDhuQ8A7LkPADa6DwBCug8Ai7oPAJO6DwD3SxIA7roPADW7DwA7uw8AirsPAJa7DwDfuw8A7rsPADS8DwA+vA8AibwPAJG8DwDevA8A7bwPADO9DwA1vQ8AiL0PAJG9DwDdvQ8A4L0PADK+DwA+vg8Ah74PAI++DwBMTBIA7L4PADG/DwA5vw8Ahr8PAJC/DwDbvw8A5r8PADDADwA8wA8AhcAPAI3ADwChTBIA38APAC/BDwBAwQ8AhMEPAJXBDwDZwQ8A3sEPAC7CDwAywg8Ag8IPAJHCDwDYwg8A5cIPAC3DDwBEww8AgsMPAIrDDwDXww8A48MPACzEDwA/xA8AgcQPAJDEDwDWxA8A4sQPACvFDwAsxQ8AgMUPAIrFDwDVxQ8A48UPACrGDwAvxg8Af8YPAIzGDwD2TBIA2sYPACnHDwA3xw8AfscPAIvHDwDTxw8A6scPACjIDwAwyA8AfcgPAIjIDwDSyA8A1MgPACfJDwA0yQ8AfMkPAIPJDwDRyQ8A4skPACbKDwA0yg8Ae8oPAIjKDwDQyg8A58oPACXLDwAtyw8AessPAH/LDwDPyw8A38sPACTMDwAszA8AecwPAIPMDwDOzA8A2cwPACPNDwAvzQ8AeM0PAIDNDwCgTRIA5s0PACLODwAnzg8Ad84PAJLODwDMzg8A2M4PACHPDwApzw8A9U0SAInPDwDLzw8A2s8PACDQDwAs0A8AddAPAHbQDwDK0A8A1NAPAB/RDwAt0Q8AdNEPAHnRDwDJ0Q8A1tEPAEpOEgAm0g8Ac9IPAHXSDwDI0g8A1dIPAB3TDwAi0w8ActMPAHzTDwDH0w8A0tMPABzUDwAo1A8AcdQPAHfUDwDG1A8AztQPABvVDwAn1Q8AcNUPAIPVDwDF1Q8A1NUPABrWDwAm1g8Ab9YPAHDWDwDE1g8AztYPABnXDwAn1w8AbtcPAHPXDwDD1w8A0NcPAJ9OEgAd2A8AbdgPAHzYDwDC2A8A0dgPABfZDwAg2Q8AbNkPAHLZDwDB2Q8Ax9kPABbaDwAi2g8Aa9oPAHLaDwDA2g8A3NoPAPROEgAf2w8AatsPAHbbDwC/2w8AwtsPABTcDwAe3A8ASU8SAHHcDwCeTxIAxtwPAPNPEgAb3Q8ASFASAHDdDwC93Q8Avt0PAGDlDwDK3Q8AEt4PANHdDwC44g8A1N0PAATsDwDW3Q8Aq+8PABPeDwBn3g8Afd4PALzeDwDE3g8AEd8PABPfDwC54Q8AH98PAGbfDwBu3w8AnVASAHPfDwC73w8Avt8PABDgDwAa4A8AZeAPAGfgDwC64A8Ay+APAA/hDwAg4Q8AZOEPAGzhDwDyUBIAwOEPAA7iDwAV4g8AY+IPAGviDwBHURIAuuIPAA3jDwAT4w8AYuMPAG/jDwC34w8Av+MPAAzkDwAO5A8AYeQPAGjkDwC25A8AveQPAAvlDwAT5Q8AnFESAG3lDwC15Q8AtuUPAArmDwAg5g8AX+YPAGfmDwC05g8AtuYPAFzpDwDC5g8ACecPABHnDwDxURIAFucPAF7nDwBh5w8As+cPAL3nDwAI6A8ACugPAF3oDwBu6A8AsugPAMPoDwAH6Q8AD+kPAEZSEgBj6Q8AsekPALjpDwAG6g8ADuoPAJtSEgBl6g8AsOoPALLqDwAF6w8AFusPAFrrDwBr6w8Ar+sPALfrDwDwUhIACewPAKfzDwAQ7A8AWewPAG/sDwCu7A8AtuwPAAPtDwAR7Q8AWO0PAGXtDwCt7Q8AsO0PAALuDwAM7g8AV+4PAFnuDwCs7g8Ave4PAAHvDwAS7w8AVu8PAF7vDwBFUxIAtO8PAADwDwAN8A8AVfAPAFzwDwCq8A8Au/APAP/wDwAL8Q8AVPEPAFzxDwCaUxIAtvEPAP7xDwAB8g8AU/IPAF3yDwCo8g8AqvIPAP3yDwAO8w8AUvMPAGPzDwDvUxIAr/MPAPzzDwAT9A8AUfQPAF30DwCm9A8AsPQPAPv0DwAD9Q8ARFQSAFH1DwCl9Q8Au/UPAPr1DwAC9g8AT/YPAF32DwCk9g8ArPYPAJlUEgCx9g8A+fYPAPz2DwBO9w8AWPcPAKP3DwCl9w8A+PcPAAn4DwBN+A8AXvgPAKL4DwCq+A8A7lQSAP34DwBM+Q8AUfkPAKH5DwC8+Q8A9vkPAAT6DwBL+g8AUvoPAKD6DwCs+g8A9foPAPv6DwBK+w8ATfsPAJ/7DwCp+w8A9PsPAPr7DwBJ/A8AS/wPAJ78DwCo/A8A8/wPAP/8DwBI/Q8AX/0PAJ39DwCx/Q8A8v0PAA7+DwBH/g8AT/4PAENVEgCe/g8A8f4PAP/+DwBG/w8AV/8PAJhVEgCi/w8A7VUSAP7/DwBFABAATwAQAJoAEAClABAA7wAQAPcAEABEARAAUAEQAJkBEACsARAA7gEQAP0BEABDAhAATwIQAJgCEACZAhAA7QIQAPcCEABCAxAAUAMQAJcDEACcAxAA7AMQAPkDEACXVhIASQQQAJYEEACgBBAA6wQQAPAEEABABRAASAUQAJUFEACbBRAA6gUQAPYFEAA/BhAARQYQAJQGEACdBhAA6QYQAPYGEAA+BxAARgcQAJMHEACUBxAA6AcQAOoHEAA9CBAAQAgQAJIIEACVCBAAQVcSAP0IEAA8CRAARAkQAJEJEACdCRAA5gkQAOwJEAA7ChAAQQoQAJAKEACVChAAOgsQAL4KEADlChAA7QoQAOtXEgBACxAAQFgSAKULEADkCxAA5gsQADkMEABGDBAAjgwQAJUMEADjDBAA6wwQADgNEABIDRAAjQ0QAI8NEADiDRAA8A0QADcOEABIDhAA6lgSAJMOEAA/WRIA7w4QADYPEABADxAAiw8QAJYPEADgDxAA6A8QADUQEABBEBAAihAQAJ0QEADfEBAA7RAQADQREAA+ERAAiREQAJEREADeERAA7REQADMSEAA4EhAAiBIQAI8SEADdEhAA6RIQAOlZEgBwExAAhxMQAMUTEADcExAA5BMQAD5aEgBbFBAAhhQQAJIUEADbFBAA4RQQADAVEAA2FRAAhRUQAIoVEADaFRAA4BUQAJNaEgAwFhAAhBYQAIoWEADZFhAA3hYQAC4XEAA9FxAAgxcQAI8XEADYFxAA2xcQAC0YEAAwGBAAghgQAIoYEADXGBAA5hgQACwZEAAxGRAAgRkQAJcZEADWGRAA1xkQACsaEAA8GhAAgBoQAIwaEADVGhAA3xoQACobEAA2GxAAfxsQAIYbEADoWhIA5BsQACkcEAA1HBAAfhwQAI0cEADTHBAA5xwQACgdEAA3HRAAfR0QAI4dEADSHRAA3h0QAD1bEgApHhAAfB4QAIoeEADRHhAA4h4QAJJbEgAsHxAAex8QAIcfEADnWxIA1h8QACUgEAArIBAAeiAQAH8gEADPIBAA1SAQAOZcEgApIRAAeSEQAHshEADOIRAA3yEQADpeEgAvIhAAeCIQAH4iEADNIhAA2SIQACIjEAAqIxAAj14SAH0jEADMIxAA2CMQACEkEAApJBAA5F4SAIIkEADLJBAAziQQACAlEAAqJRAAOV8SAHclEADKJRAA2CUQAB8mEAAwJhAA418SAHomEADJJhAA1SYQADhgEgAmJxAAcycQAHYnEADIJxAA1CcQAB0oEAApKBAAcigQAHooEADiYBIA0igQABwpEAAoKRAAcSkQAHkpEAA3YRIAzykQABsqEAAsKhAAcCoQAIEqEADFKhAAzSoQABorEAAdKxAAbysQAHkrEADEKxAAxisQABksEAAoLBAAbiwQAI4sEADDLBAAyywQABgtEAAiLRAAbS0QAHMtEADCLRAAxC0QABcuEAAmLhAAbC4QAHguEACMYRIAzS4QABYvEAA0LxAAay8QAHEvEADALxAAyS8QABUwEAAiMBAAajAQAHIwEAC/MBAA1TAQABQxEAAWMRAAaTEQAIQxEAC+MRAAyjEQABMyEAAgMhAA4WESAG4yEAC9MhAAxTIQABIzEAAoMxAAZzMQAGwzEAC8MxAAwjMQABE0EAAdNBAAZjQQAG40EAA2YhIAyDQQABA1EAAgNRAAZTUQAGo1EAC6NRAAwDUQAA82EAAlNhAAZDYQAGY2EAC5NhAAwzYQAA43EAAcNxAAYzcQAGg3EAC4NxAAxTcQAItiEgAcOBAAYjgQAGs4EAC3OBAAwTgQAAw5EAAaORAAYTkQAGY5EAC2ORAAwzkQAAs6EAATOhAAYDoQAHA6EAC1OhAAtzoQAAo7EAAYOxAAXzsQAHA7EADgYhIAuzsQADVjEgAOPBAAXjwQAGQ8EACzPBAAuzwQAAg9EAASPRAAXT0QAF89EACyPRAAtT0QAAc+EAAnPhAA32MSAGg+EACxPhAAtz4QAAY/EAASPxAAWz8QAGM/EAA0ZBIAvD8QAAVAEAALQBAAWkAQAGZAEACvQBAAt0AQAIlkEgAGQRAAWUEQAGdBEACuQRAAv0EQAN5kEgAQQhAAWEIQAG9CEAAzZRIAt0IQAAJDEAAOQxAAV0MQAFpDEACsQxAAtkMQAIhlEgASRBAAVkQQAF1EEACrRBAAs0QQAABFEAANRRAAVUUQAFpFEACqRRAAtEUQAP9FEAAHRhAAVEYQAGNGEACpRhAArkYQAP5GEAAURxAAU0cQAFRHEACoRxAAtkcQAP1HEAAOSBAAUkgQAF5IEACnSBAAr0gQADJmEgAASRAAVAEAAARJEABn3BEACEkQACzFDgBdSRAA9wgAAK5JEACjTBAAXEsQANUqAACoSxAA0ywAALNMEADEOwAAUE0QAME+AAClTRAADkcAAE5OEADnsw8AT04QALZJAABTThAAY5kDAFZOEACymwcApU4QAPlbAABPTxAASGIAAKRPEACRbgAATVAQADV1AACuUBAALH4AAPhQEAB+gQAAS1EQAHqFAAD7URAAxo4AALxSEADyUhAATVUQADDPAABIVhAAJNsAAJ1WEABw5AAAR1cQAAzzAAD5VxAAWPwAAGZYEACt/AAAmVgQAAL9AAD4WBAA/AIBAKBZEAClBAEA9FkQAKAJAQC0WhAAlxIBAPZaEACRGAEAXlsQAJRbEAAFXBAAPlwQAEZcEACTXBAAn1wQAN8fAQDwXBAAhyIBAK5dEADnXRAA710QADxeEAA+XhAA1SkBAJ1eEADPLwEAQ18QABs5AQCbYBAAV1IBAEFhEAD+VQEAVWEQAEqkEQBdYRAATKIRALNhEABTVgEA6WEQAKdXAQBKYhAA+lkBAJJiEAD3XAEA5mIQAPVeAQDtYxAAjXEBAFBkEACLZBAAk2QQAOJxAQDvZBAANXQBAJZlEADVfgEAAmYQACp/AQBAZhAA04ABAJFmEADeZhAA6GYQACiBAQA9ZxAAI4YBAD1pEAC0nwEAjmkQANtpEADraRAACaABAJFqEAAFpAEA4moQAC9rEAA/axAAWqQBAOVrEAD8rAEAMm4QAHkvAgA2bhAAIjECADpuEADmwgEARm4QAGk/AgDebhAAvNwRAN9uEAC35wsA4m4QAOPFAQDybhAAZTkMADNvEACJuxAAR28QADjGAQBZbxAAJB8SAIdvEACNxgEAim8QADDDDAA2cBAAiMsBAItwEADdywEAN3EQACzSAQDccRAAJtgBAIZyEAAi3AEA1XIQACdzEAAzcxAAzNwBAC50EAB7dBAAfnQQAFSeDQCHdBAAcOMBAOV0EAAY5gEARnUQAHp1EADTdRAAxysNAN91EABf9AEA/HUQABXpAQAwdhAAZO8BANp2EAAK9AEAhHcQAF71AQDpdxAAs/UBAId4EABd9gEA1XgQAFz3AQDZeRAApwECAH56EADyVgwAgXoQAKIGAgCDehAAeyEOANJ6EABj4BEA5HoQAB97EAB8exAAyXsQAJB7EADtEAIAzHsQAF3rDADTexAAUvYMANZ7EADI1QwA5HsQAKAIAgDqexAA/vQMAHV8EADxDAIAnXwQACnJDQDWfBAAmg4CACl9EACZDwIAiIAQADEiAgAijhAALRsNAMiOEAALjxAAco8QALWPEAAakBAAq/MLACCQEAAn1gIAYZEQAPudEQBmkRAACJIQAHqREAAFlRAAgpEQAPehEQCIkRAAF+YCAAqSEACGbQwADJIQAFvtDAAPkhAAov8IABKSEABs5gIAF5IQAMHmAgAZkhAADZkEAD+SEABt4wQAZ5QQAAf2AgANlRAAWpUQAFuVEABclwwAZJUQAPP9DgBplRAAKnMNAHmVEAC7MhIAuZUQAAL7AgCxlhAA2SMDALSWEAA6uwoAtZYQAJYRAwC3lhAAUAIDALiWEAD1BwMAupYQAOMYBAC7lhAASAoDALyWEAA6GAMAvZYQAPgEAwC+lhAAkhQEAMSWEABFDQMA7JYQADITEAACmhAAAFIDAAaaEADUKAMACpoQAIu9DABhmhAAJysDAKycEAALRwMAFZ4QAPVcAwC/nhAA62YDAG+fEADnagMArp8QADdwAwCmoBAAe4EDAAGhEABOoRAAXKEQAM6DAwBRohAAec0OAFuiEABwjAMAT6MQAAucAwCnpBAA87MDAEulEABAvAMABqYQAEmmEABKpxAAPxEFAEunEABx4AMAUqcQAMvWCAD1pxAAbeQDAPmnEAC85QgA9KgQAFf6AwD7qRAAoQUEAKmqEADzCAQAYKsQAJmrEAChqxAA7qsQAP2rEACWEAQATawQAOgTBAD2rBAASFYMAPmsEACRFQQASq0QAJetEABerRAAp5wRAKGtEADmFQQASa4QAIsbBAClrhAAiR0EAEavEACDIwQAna8QAKmiCQDtrxAAJyoEAPWwEAC/PAQARrEQAAo6EQCvsRAA6LEQAPCxEAA9shAASrIQAKxPBABOshAAEUAEAPezEABKXAQA8bQQADdvBABCtRAAj7UQAKC1EACLcAQASLYQANl3BACYthAAK3sEADq3EADOggQAnrcQAHKJBACptxAAZpUEALa3EABsjwQAtbgQALuVBABVuRAAtJwEAJG5EAADowQAPLoQAEmyBABBuhAAJH0JAEK6EADLgAkARLoQANR3CQCmuhAA37oQAOe6EAA0uxAAi7sQAGsyDQCRuxAA/JwRAJO7EABGtQQAlbsQAFbwDgCsuxAAZjISAM27EACe/Q4A5rsQAEO4BABgvBAAiLwQAOe8EACTvQQAlr0QADbFBAA0vhAALc4EAKK+EADWzwQA6L4QACPYBADqvhAAK9AEADa/EAB90wQAOr8QAHvVBAA5wBAAy9oEAD3BEADA5QQAhsEQALvqBADywxAAK8QQADPEEACAxBAAj8QQAPIIBQDexBAAlRAFANbFEADiGAUA4cUQAI6+CAAsxhAANBwFAC3HEAB1MAUAN8cQAH0oBQCDxxAAzysFAIfHEADNLQUA7cgQACbJEAAuyRAAe8kQAIDJEABhRAUAiskQAGk8BQDWyRAAuz8FANrJEAC5QQUA2MsQAKBaBQB+zBAAl2MFACjNEAAudwUA8c0QAMmGBQBHzhAAGYwFAIXOEAAXjgUA284QAGaUBQAszxAAZZUFAH3PEADKzxAA1M8QALqVBQAi0BAAt5gFACfREACtogUA5NEQAB3SEAAl0hAActIQAHjSEABMrgUA3dIQAPOxBQCH0xAAPL4FAMrTEAAyyAUAf9QQAC7MBQAp1RAAJtQFAODVEAAZ1hAAIdYQAG7WEAB+1hAAGeEFAJrWEABq5QUAz9YQABjiBQAg1xAAbdcQAHfXEABt4gUAiNgQAMHYEADJ2BAAFtkQAB/ZEAAH8wUAddkQAAX1BQAx2hAAatoQAHLaEAC/2hAAwNoQAPr/BQDE2hAAAU4GAMXaEABDDAYAzNoQAJ0HBgDO2hAAqvoFABrbEAD8/QUAHtsQAFlLBgAd3BAARQoGABzdEAA2GQYAcd0QAIcdBgDC3RAAhh4GAHTeEADTJgYALN8QAGXfEABt3xAAut8QAMTfEADLLgYAEuAQAMQ1BgDV4BAADuEQABbhEABj4RAAcOEQABU6BgBy4RAAC0QGAL3hEAARPgYAaOIQAF1HBgC/4hAAW0kGACfkEABg5BAAaOQQALXkEADE5BAAT1UGABTlEAChWAYAFOcQAIxtBgB55xAAsucQAM7nEAAH6BAAFOgQAOBuBgAi6RAAW+kQAGPpEACw6RAAs+kQAHmABgCR6hAAbI0GAAfrEABnkgYAC+sQAMvTCwC76xAAC5kGAAbsEAAHnQYAYe0QAPatBgC47RAARrMGALPuEACJbQkAx+4QADRtCQAc7xAAVe8QAF3vEACq7xAAre8QAD67BgAb8BAAVPAQAFzwEACp8BAAuPAQAOW+BgAJ8RAAicUGAFTyEADO1QYAA/MQAKFRDQAI8xAAD+IOAAvzEAB22AYADPMQAGbgDgBd8xAActwGAGz0EACl9BAArfQQAPr0EAAD9RAAE+YGAFn1EAAR6AYACPYQAArvBgBn9hAAVfkGAPv2EAD3AQcApfcQAJcMBwBP+BAA4BgHAFX5EAB+JQcAqvkQANAoBwAB+hAAIiwHAGb6EACf+hAAp/oQAPT6EAAD+xAAFzcHAAT7EAB2LQcAVfsQAHUuBwCm+xAA8/sQAP37EADKLgcAo/wQAGk6BwBK/RAADEIHAPn9EACzRQcAt/4QAPD+EAD4/hAARf8QAFT/EAD/TgcApv8QAFFSBwD3/xAARAARAFMAEQClUwcA/QARAJ9ZBwBNAREA8VwHAKUBEQDlaAcApwERAOtiBwCzAhEA7AIRAPQCEQBBAxEAsgMRAOsDEQDzAxEAQAQRAE0EEQB9ewcAogQRACV+BwD4BBEAzIEHAJYFEQAbiAcASgYRABSPBwDzBhEAqqMHAEgIEQDrtwcAmQgRAOYIEQD1CBEAP7kHAGEJEQCTugcAmQoRAOLABwDwChEAM8UHAEELEQCOCxEAnQsRAIfGBwAJDBEA28cHADoNEQCBzAcAkQ0RAHrTBwA7DhEAwuAHAOUOEQBg7QcAmg8RAAXzBwDsDxEAWfQHAI8QEQD/+AcATxERAIgREQCQEREA3RERADUSEQBLAggA6xIRAPMECACiExEA2xMRAOMTEQAwFBEAOhQRAOoNCACTFBEAkw8IAOkUEQCOFAgAORURAN8YCADiFREAMB0IAOQWEQAqIwgANRcRAIIXEQCEFxEAfyMIAEgYEQCBGBEAiRgRANYYEQDxGREAKhoRADIaEQB/GhEAmhsRANMbEQDbGxEAKBwRADIcEQCoTwgA7hwRACcdEQAvHREAfB0RAIYdEQCHcAgAkh0RAJdgCADWHREAlWIIADAeEQA3awgAgx8RAMaGCACHHxEAz30IAN0fEQDJgwgAJSARAMeFCADYIBEAxIgIACYhEQDBiwgA1yERABGRCAAuIhEAYJcIANgiEQBdmggALSMRALKaCACSIxEAyyMRANMjEQAgJBEALyQRAFqdCADXJBEA+agIAC8lEQCdrwgAOiYRAHMmEQB7JhEAyCYRANcmEQDpuAgAyicRABwoEQA2KBEAL8gIAI0oEQDGKBEAzigRABspEQAqKREAK8wIAKYpEQDUzQgANioRAG8qEQB3KhEAxCoRACgrEQB70QgAdCsRAM3UCAAkLBEAytcIAH8sEQAb3AgAHi0RAOliCQAhLREAweAIAHMtEQDA4QgAdS4RAAP0CADKLhEAp/oIABwvEQCm+wgAMDARAGkwEQBxMBEAvjARAMowEQDuCAkAGzERAGgxEQBsMREAQgoJAM0xEQDrCwkAgzIRALwyEQDEMhEAETMRADszEQAyGgkAazMRAIAhCQDXMxEAsUMLABg0EQBlNBEAnTQRANAmCQAyNREAZDURAGY2EQAGRgkAaTcRAKBWCQC+OBEACzkRAC06EQBfOhEAfjoRALQ6EQAZOxEA2nEJALs7EQAqdwkAYzwRACZ7CQC+PREAeScKAMA9EQAahwkADD4RAGyKCQAOQBEAt5QJAFxAEQAFnAkAY0ARAAiZCQBfQhEArEIRAFlDEQDvsQkAYUQRAOS8CQCxRREA/kURACdGEQDQ0AkAxEYRAP1GEQAFRxEAUkcRAGFHEQDI2AkArUcRABrcCQCxRxEA0SQKAFZIEQAY3gkArkgRAPtIEQAkSREAa+AJAK1JEQAS5AkAI0oRAGfkCQCpSxEAqfcJAK5MEQCi/gkArU0RAO8GCgASThEARAcKAFpOEQCZBwoApk4RAOsKCgBWTxEA6A0KALtPEQA9DgoAA1ARAJIOCgBPUBEA5BEKAMdREQDyUREAY1IRAJxSEQCkUhEA8VIRAKBTEQB1KwoAnlQRAGk3CgBZVREABUYKAApWEQBDVhEAS1YRAJhWEQCiVhEApk8KAG1YEQBFWwoAl1kRAIB1CgDzWREAJXsKAJZaEQDHgwoA+VoRABmHCgCdWxEAYpMKAPJcEQBMqQoATl0RAJFdEQCZXhEAkrgKAFBgEQCCyAoA6GARAH3NCgBFYREAz9AKAP5hEQA3YhEAP2IRAIxiEQDjYhEAcdkKAPxjEQA1ZBEAPWQRAIpkEQC0ZBEAZOYKAD1lEQCz7AoAkWURAN5lEQDsZREAXe0KADlmEQCw7woA6mYRAKv0CgAzZxEAp/gKADpoEQCdAgsAPWgRAEcDCwCSaREAOhALAN9pEQCOEQsAPGoRAOAUCwCMahEAiBcLANxqEQDdFwsAUmsRAINrEQBJbBEAeyQLAKxsEQDQJAsA3m0RACtuEQBUbhEAdCsLAF9uEQAeLAsANXARABowCwCOcBEAbDMLAOBwEQDANAsA33ERAA87CwAschEACz8LAPByEQAmcxEA0nMRAFFOCwAsdBEA81YLAOt0EQAkdREALHURAHl1EQCGdREAQl0LANt1EQA/YAsAhXYRAOZjCwBBdxEAd3cRAN53EQC6iREA63cRACF4EQDXeBEALnELANl4EQDbbgsAh3kRAMp5EQAtehEAenoLANl6EQAZhgsAM3wRAAaZCwDSfBEAAp0LACp9EQD8ogsAf30RAEmrCwDTfREASKwLAHZ+EQDtsQsANn8RAG9/EQB3fxEAxH8RADeAEQA1vwsAG4ERAITFCwAughEAes8LANGCEQDH1wsAh4MRAMCDEQDIgxEAFYQRAIaEEQC/hBEAx4QRABSFEQDBhREAUZ0RAMaFEQAThhEAyIURAKX2DgDahREAxNQRAB2GEQBh6AsAw4YRAAbuCwDDiBEATP0LAB+JEQCh/QsAEIoRAEMGDAAaixEA5g0MADKLEQC64g0Aa4sRALiLEQDWixEAOw4MAH6MEQC3jBEAv4wRAAyNEQBvjREAOBEMACeOEQA1FAwA0Y4RAIcXDADQjxEACZARABGQEQBekBEAz5ARAAiREQAQkREAXZERAMCREQB7IwwAeJIRALGSEQC5khEABpMRAGmTEQAgKQwAdpQRAK+UEQC3lBEABJURAGeVEQBuMAwAH5YRAGszDADJlhEAvTYMAF6YEQAyvw4As5gRAIe/DgAcmREAVZkRAF2ZEQCqmREAH5oRAAVEDACxmhEAGoQMAFqcEQBV7hEAWZ0RADZmDgBtnREAJh0SAH+dEQCmnREArp0RAMt6DwDUnREACpIOACmeEQBQnhEAqJ4RADMQEgAWnxEAT58RAFefEQCknxEABaARAOxcDABqoBEAo6ARAKugEQD4oBEAWaERACfLDQC4oREAEowMAPyiEQDOzg0AAqMRAOJmDABloxEAimkMAFKkEQCfpBEArqQRANptDQD8pBEApUgSAFemEQDWcgwAYaYRAIJxDABTpxEAfXYMAA2oEQBGqBEATqgRAJuoEQD2qREAdH8MAAOsEQAOkAwAn6wRAKycDAD3rREAR6wMAPSuEQBErwwAQbARAOW3DQBEsBEAcIINAEiwEQCPuQwATrARACvHDQDwsBEAPbERAEexEQCKvgwAWLIRAJGyEQCZshEA5rIRAJKzEQB9ywwA6rMRACTPDADrtREAbtoMAEC2EQCNthEAmbYRAMDdDABDtxEAEuEMAOm3EQA2uBEATbgRAGLmDAAzvREARwENAOC9EQDtBQ0AN8ARACchDQDqwBEALcERAOTBEQDBMQ0A58ERAG0wDQDkwhEAFDQNAKPDEQDVwxEA88MRALs3DQBOxBEACj4NAOLEEQBfPg0AL8cRAHzHEQB+xxEAqEoNANbHEQBSSw0A3ccRAPpNDQCWyREAz8kRANfJEQAkyhEALsoRAJVdDQDqyhEAI8sRACvLEQB4yxEAh8sRAIpoDQDTyxEA3GsNAH3MEQAscQ0AJ80RAHx2DQB9zhEAys4RAM3OEQB0fg0AgM8RABuCDQB70BEAa4cNAJvQEQBrLRIA5NARAL+IDQB10REAx9ERAHTSEQASiw0Ae9IRAGWNDQAm1BEAX5MNACjUEQAlIg4AzNQRABnVEQBw1hEAGIQOAM7WEQBSoA0AHdgRAOuxDQAg2BEAOLoNACXYEQD7oQ0AMdgRAEasDQDM2hEA7LANAHbbEQDmtg0AyNwRAJZbDgDm3BEA0hsSABndEQBm3REAad0RADe7DQDL3REA4LwNABzeEQDfvQ0Abd4RALreEQDE3hEANL4NAGbgEQDZww0AbeARANfFDQAQ4REA1sYNAIziEQB9yg0AE+MRAM/NDQCm5BEAciYSAB7lEQBGAA8AX+URAGbhDQC+5hEAtuYNAA/nEQBc5xEAdecRAAroDQC05xEABugRAH/oEQCw7A0AKekRAK/tDQDT6REAA+8NAGHqEQCu6hEAuOoRAKryDQBZ6xEA1sUOAGbsEQBM+w0AWu4RAEMEDgBG7xEAVO8RAJvvEQCp7xEA/vERADMUDgAI8hEAgRsOALT0EQDNJA4AB/URAMwlDgBW9REAdiYOAKb1EQDKJw4ApfYRAB0qDgCp9xEA9vcRAFP4EQCg+BEAS/kRABUyDgCn+REA9PkRAFH6EQCe+hEAS/sRAA84DgD6+xEAR/wRAKT8EQDx/BEA+P0RAF89DgBR/hEAsz4OAPf+EQBE/xEAVP8RAAdADgARABIAQwASAPYAEgCtRA4ATgESAFVHDgC7ARIA7AESAAUFEgDpXQ4ArgYSADljDgBYBxIAjWQOAAIIEgDhZQ4AjwoSACB8DgBDDBIAw4MOADcNEgAVhw4A6w4SALiODgCSDxIAYJEOAD4REgCzkw4AXBISAASYDgCJEhIArZkOAOMSEgAMNxIAORMSAFWcDgA8ExIAU54OAIgTEgDaExIA9hMSAC8UEgCHFBIA2RQSAPUUEgAuFRIAixUSANgVEgDiFRIAqJ4OADUWEgDlXRIAiBYSAKOjDgCPFxIA9KcOANkXEgCcqg4AMxgSAGE3EgA/GRIAmwAPAOAZEgCQtg4Aix0SAHd5DwDZHhIAd88OANEfEgAoyQ4AhCASACfKDgB+IhIAyyISANUiEgDJ0g4AgyMSAHHVDgC5JhIAxyYSAA4nEgAcJxIAYycSAHEnEgC4JxIAxicSAA0oEgAbKBIAYigSAHAoEgAmKRIAvt0OAIspEgAT3g4AGioSAGffDgCKKhIAEeAOACErEgBl4Q4AiSsSAMIrEgAzLBIAbCwSAM8sEgC35A4Aky0SAMAtEgDoLRIAFS4SAD0uEgBqLhIAki4SAL8uEgAcLxIAaS8SAG4vEgBe6A4AwDASAFTyDgByMhIA0B8QAHYyEgAnHhAALzMSAGUzEgDZMxIAo/gOABg0EgD0/A4AgzQSALk0EgBrNRIAuDUSAMg1EgDy/g4AGTYSAPH/DgB3NhIAQQQQALw6EgC1Ow8AFDsSAF88DwAPPBIA+E0PALk8EgCcVA8AYz0SAJVbDwANPhIAOmEPALc+EgCIaA8AYT8SAC5tDwALQBIA1HEPALVAEgB4eA8AY0ESAHZ6DwDGQRIAAUISAAlCEgBWQhIABUYSAFJGEgBwRhIAZYsPAKxJEgDxqQ8AF0oSAO2tDwDBShIAPbMPAFlLEgCQtQ8AqksSADi4DwD+SxIA4LoPAFFMEgDcvg8AsUwSANrADwASTRIAS00SAKJNEgDNzQ8AAU4SAHbPDwBfThIAHtIPAKdOEgAY2A8AZU8SAGncDwCoUxIAqfEPAFNVEgCc/g8ApFUSAJv/DwD1VRIAQlYSAEZWEgDw/w8An1YSAOxWEgBJVxIAllcSAEhYEgCVWBIA9lgSAIwOEABHWRIAlFkSAJhZEgDhDhAAvloSAC8WEACbWxIAJh8QAOpbEgA8XBIAZFwSAJFcEgDpXBIAO10SAGNdEgCQXRIA/F0SACQhEACRXhIAdyMQAO5eEgB2JBAAQV8SAI5fEgCeXxIAdSUQAOxfEgB0JhAAO2ASAI1gEgDsYBIAxygQAEdhEgDGKRAARGISALs0EADsYhIAtDsQAD1jEgCKYxIAmmMSAAk8EAA4ZBIAsD8QAJlkEgAEQRAA7GQSAANCEAA7ZRIArUIQAItlEgDdZRIA","fail":"AAAAAAAAAADNhwAAksEBANPWAADnEQcAFzwCAAH3BwBOBQIAdX4MADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAAAAAABOBQIAL28MAJ0ECQBrlAAARw4AAE4FAgAD8QsAWPELAK3xCwAC8gsAix0CAMrSDQAf0w0AxOIDAAAAAADnEQcAFzwCABc8AgDTfgMALCcCAIEnAgBVnQ0AEOINACXYAgB62AIA5hgBAKmmBQBg5g4A034DAE4FAgBcngUAo7EAAPixAABNsgAAorIAAPeyAABHDgAATgUCAHV+DAC/jQgAFzwCAGNFAgA/uwUALsoHAAAAAADnEQcATgUCALOWCwBJCAQA1SgCAFGlCQDjGgIAzYcAAMsyAgCbVQ8A8FUPAKKwAgDZJgAATgUCAGg3CwC9NwsAt0gAAP1SBQBrlAAAwJQAAO65AgAN6QkAYukJAE4FAgAvbwwAnQQJAGuUAABHDgAATgUCAAPxCwBY8QsArfELAALyCwDmvAcAnKwMAFUAAABVAAAAGjEKABc8AgC3SAAATgUCAOa8BwDrvQEAAAAAAGuUAACQDgwA3BcMAIweAAA9GAAAAfcHAFb3BwA4xwAAjccAAOLHAAD7AQMASAoDAJ0KAwBJrAoAPBkAAAiXCwAKkw0AVAEAAKkBAAD+AQAAUwIAAKgCAADmvAcAnKwMAFUAAABVAAAAt5wBAGRCBABrlAAATrEAABc8AgBsPAIABZ8GAE4FAgB1fgwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAABqjAkAv4wJAAAAAAAbjwAAGo8BABc8AgBjRQIARw4AAE4FAgC3nAEAZEIEALlCBABVAAAAWqQBAK+kAQAEpQEAWaUBAK6lAQADpgEAWKYBAAAAAAD7AQMA2SMDAOu9AQBAvgEAlb4BADPBCwCm+AsA+/gLAAPxCwBY8QsArfELAALyCwCLHQIAvTcLAF9JAgC4kwkADZQJAGKUCQAB9wcATgUCAAbrDgCunQkATgUCAFWdDQB1ew8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAAAAAAFGlCQACRwwA5rwHAIweAADhHgAANh8AAIsfAADgHwAANSAAAGqMCQC/jAkAAAAAABuPAABrlAAARw4AAHaHAgC36AoAAfcHAE4FAgDmvAcAzzAAACQxAAB5MQAAzjEAAOZgDgDjGgIAzYcAAJLBAQCMHgAAAfcHAE4FAgB1fgwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAACwnAgCBJwIAwJEDABWSAwBqkgMAv5IDAAPxCwBY8QsA5xgAADwZAAAIlwsACpMNAFQBAACpAQAA/gEAAFMCAACoAgAA09YAAIImAgANjw4AYo8OALOWCwC4RgEADUcBAO65AgAajwEAAfcHABjZDgCzlgsACJcLAAqTDQBUAQAAqQEAAP4BAABTAgAA5mAOAOMaAgDNhwAAksEBAIweAAAB9wcATgUCAHV+DAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMAA/ELAFjxCwDnGAAAPBkAAAiXCwAKkw0AVAEAAKkBAAD+AQAAUwIAAKgCAADT1gAAgiYCAA2PDgBijw4As5YLALhGAQANRwEA7rkCABqPAQAB9wcAGNkOAM2HAACSwQEAoVsDAPsBAwDZIwMAzzAAACQxAAB5MQAAzjEAAOZgDgBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAADmYA4A2SYAADcVCQAXPAIAkwsMAHaHAgDmYA4A5hgBAKf7BwBHDgAA670BAOFzAAB6eA0AA50KAKpIDQD4BAMAo7EAAPixAABNsgAAorIAAPeyAABMswAAs5YLAAiXCwAKkw0AVAEAAKkBAAD+AQAAUwIAAKgCAADmGAEA0NgBAEcOAAB2hwIATgUCAOMaAgDwAA8AdX4MADB0BgDmvAcARawOAP1SBQBSUwUAb48BAAAAAABOsQAATrEAAGuUAABHDgAA670BAE4FAgAvbwwAGNkOAD0YAAAHSwMAa5QAAAH3BwBOBQIAowUCAM56DAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgAAAAAAPRgAAEpeAgAOkgoAkhgAANPWAAA9GAAATgUCAC9vDABW9wcAZjUPALs1DwDjGgIAzYcAAJLBAQCMHgAAAAAAABc8AgDVKAIAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAJDABAAH3BwAY2Q4APRgAAAdLAwBrlAAAAfcHANUoAgBrlAAAwJQAABbpAADC5QIA4xoCAM2HAAAuygcA1SgCAAH3BwDjGgIA1SgCAGuUAADAlAAAFukAAMLlAgAbjwAA4xoCALecAQBkQgQATrEAAE4FAgBKXgIAn14CAPReAgBOBQIAaowJAL+MCQC3SAAA/VIFAFJTBQBrlAAA7rkCAEO6AgCYugIATgUCADPBCwCm+AsA+/gLAAPxCwBY8QsArfELAALyCwDyVQ0Av40IABSOCAAMnQEA09YAAGuUAAA9GAAAkhgAABFDAQBmQwEARw4AAPWoDABVAAAAVQAAABoxCgAXPAIAt0gAALfoCgAB9wcA1SgCAM2HAAA4xwAAjccAAOLHAADVKAIA5hgBADsZAQDyVwsAAAAAALecAQBkQgQAa5QAAD0YAAC3SAAATgUCAC9vDACdBAkAa5QAAEcOAABOBQIAA/ELAFjxCwCt8QsAAvILAOa8BwCcrAwAVQAAAFUAAAAaMQoAFzwCALdIAABOBQIAdX4MADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAA3ssAALhGAQANRwEAt0gAAMQ5AgDDigcAzYYBALeQDQBOBQIAaowJAL+MCQAAAAAAG48AAGuUAABHDgAAdocCALfoCgAB9wcATgUCAOMaAgDTfgMATgUCAOa8BwCMHgAA4R4AADYfAACLHwAAG48AALdIAAAMSQAAYUkAAD0YAAC3SAAAeSsGAE6xAAA+vwIAsksCAHkrBgDnEQcArp0JAE4FAgCzlgsAt5wBABuPAABCEQIAGo8BAG+PAQBOBQIAzYcAADjHAACNxwAAe9kAAHV+DAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAicsAAGqMCQC/jAkAAAAAABuPAAAajwEAFzwCAGNFAgAAAAAAFzwCAEZbCQCunQkAQhECAFUAAACqAAAA/wAAAE4FAgAAAAAAVQAAAKoAAAD/AAAAVAEAAKkBAAD+AQAAUwIAACDeAQB13gEAXJ4FAD6/AgCTvwIA6L8CAIAdDQDVHQ0AKh4NANPWAAAajwEAPBMGAAxJAABFrgwA7LQJALdIAABOBQIAdX4MAGDmDgDTfgMATgUCALOWCwAIlwsACpMNAFQBAACpAQAA/gEAAFMCAACoAgAAXJ4FALGeBQAGnwUA2SYAADcVCQBCEQIAG48AABc8AgBjRQIAFzwCAE4FAgBcngUAo7EAAPixAABNsgAAorIAAPeyAABMswAA5rwHAIweAAA9GAAAt0gAAE4FAgB1fgwAOMcAAI3HAADixwAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMAA/ELAFjxCwDnGAAAPBkAAAiXCwAKkw0AVAEAAKkBAAD+AQAAUwIAAKgCAAAzwQsApvgLAPv4CwDmvAcAjB4AAAAAAADNhwAAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAANZ9AQArfgEAgH4BANV+AQCfsQQAdX4MADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAF9JAgC4kwkADZQJAGKUCQC3lAkADJUJAGGVCQB1fgwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAALfoCgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgDmGAEAp/sHAJuzBgCyRQgAzYcAAGDmDgAHSwMAxOIDAOYYAQBOBQIAAAAAAE6xAADNhgEAIocBAHeHAQA9GAAAX0kCALRJAgAJSgIA8A4BAPsBAwDwDgEAzYcAADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAADWfQEAK34BAIB+AQDVfgEAAAAAAOcRBwCunQkAQhECAJcRAgBHDgAAjB4AAJuzBgAciAYAcYgGAMTXDgA8EwYAEEMCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4xgEADgZBACNGQQA4hkEADcaBACMGgQA4RoEADYbBACLGwQA3GwMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAAb48BAOEeAAA2HwAAix8AAOAfAABjRQIAwJQAABbpAADC5QIAdX4MADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBANUoAgAXPAIAY0UCALhFAgAIkw8ARw4AAIweAAAB9wcATgUCAOZgDgDHfg8At5wBAAydAQBhnQEAtp0BAAueAQBgngEA09YAAIImAgANjw4AYo8OAGqMCQC/jAkAFI0JAGmNCQC+jQkAE44JAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgB1fgwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAADmGAEAp/sHAJuzBgCyRQgAzYcAAGDmDgAHSwMAxOIDALdIAADVKAIAzYcAAL+NCAAUjggADJ0BANPWAABrlAAAAfcHAE4FAgDmYA4AFzwCAEZbCQDjGgIAzYcAAOMaAgC3nAEArZgPAM2HAAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAa5QAAMCUAAAW6QAAwuUCACKIAAB3iAAAzIgAACGJAAB2iQAADpsBAGObAQC4mwEADZwBAGKcAQAY2Q4AwJQAABbpAADC5QIABvgBAE6xAABrlAAAVQAAALdIAAB5KwYA5xEHAE4FAgAAAAAAAAAAAAAAAACfsQQAaowJAL+MCQA/uwUAksEBAJwOAACunQkA+wEDAEwJAAAbjwAARw4AAIweAADhHgAAPRgAAF9JAgC0SQIACUoCAH3NCgDSzQoAJ84KALOWCwAIlwsACpMNAFQBAACpAQAA/gEAAFMCAACoAgAAA/ELAFjxCwCt8QsAAvILAPJVDQC/jQgAFI4IAAydAQDT1gAAa5QAAAH3BwA9GAAAkhgAAOcYAAB1fgwAoPwNAHeIAADMiAAAIYkAAHaJAADLiQAAVZ0NABDiDQB30QwAVZ0NAHV7DwAajwEAxOIDABnjAwDuuQIAUaUJAEWuDABHDgAAdocCANPWAAAajwEAPBMGAAxJAABOBQIAaowJAGw8AgDjGgIA4xoCABqPAQA8EwYA5hgBAAAAAABOBQIAowUCAPgFAgBNBgIAogYCAE4FAgCzlgsAt5wBAK2YDwDNhwAAksEBAIweAABcngUAskUIAAdGCABcRggAsUYIAE4FAgDTfgMAKH8DAH1/AwAXPAIATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMAX0MIAIweAAAIlQ0At0gAAHkrBgBvjwEAQhECANkmAAA5xQEAjsUBAOPFAQBe9gAA8A4BANkmAAA5xQEAjsUBAOPFAQBGtQQAm7UEAPC1BAB1fgwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAALfoCgBVnQ0AEOINAOcRBwAB9wcAGNkOAMGGDQAAAAAAAAAAAAAAAAAAAAAATgUCAEK8AQDjGgIAzYcAAC7KBwBOBQIAXJ4FABc8AgBjRQIA2soFABjZDgA9GAAAt0gAAHkrBgDNhwAAv40IAEcOAAAAAAAAPRgAAO65AgBDugIAmLoCAGRCBAAB9wcAVvcHACKIAAB3iAAAzIgAACGJAAB2iQAApfcNAJ9eAgD0XgIAGo8BABqPAQBCEQIAPRgAAF9JAgD6pwgAG48AABc8AgBjRQIA2soFAJ0ECQBrlAAARw4AAKT4DQCSGAAAEUMBAOYYAQCppgUAsksCAE6xAAAB9wcAGNkOAD0YAAAHSwMAa5QAAAAAAADnEQcAQhECABqPAQBvjwEATgUCAKMFAgD4BQIATQYCAKIGAgCjBQIAznoMABc8AgBOBQIAG48AAEcOAACMHgAA4R4AAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAM56DAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgB1fgwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAAAGowEAW6MBALCjAQAFpAEATgUCABuPAABHDgAAjB4AAOEeAAA9GAAAX0kCALRJAgDuuQIADekJAGLpCQCTCwwAv5QBAOcRBwCunQkAGo8BAG+PAQAHSwMAFD0EANDYAQDmGAEATgUCAOa8BwCcrAwAVQAAAFUAAAAaMQoAFzwCALdIAAC36AoAAfcHAE4FAgB1fgwA4Q8PABqPAQBOBQIA7rkCAA3pCQBi6QkAkwsMAL+UAQDnEQcArp0JAE4FAgAzwQsAAAAAAEcOAADrvQEAQL4BAPsBAwBHDgAAoVsDAE4FAgBqjAkARlsJAOy0CQC3SAAAeSsGAG+PAQBrlAAARw4AAEcOAADrvQEAjB4AAOEeAAB5KwYA5xEHAK6dCQBrlAAAwJQAABbpAADC5QIAzYcAABqPAQCtmA8A+wEDAJYRAwA8uQoA5gsOADsMDgCQDA4A5QwOADoNDgCPDQ4A5A0OAGw8AgDBPAIAFj0CANkmAAA5xQEAjsUBAOPFAQAY2Q4AwJQAABbpAADC5QIAAAAAAM2HAADuuQIAQ7oCAMsyAgC3nAEAzYcAAGDmDgBCEQIAyzICAM2HAACSwQEA58EBADzCAQCRwgEA5sIBADvDAQCQwwEA5cMBADrEAQCPxAEA5MQBAOYYAQBVAAAAqgAAADlvAgDE1w4AGdgOAJwOAACunQkA2SYAADnFAQCOxQEAt+cLAAzoCwAbjwAAt5wBALdIAAB5KwYAVQAAALecAQCtmA8AApkPADnFAQCOxQEAt+cLAAzoCwCMHgAA4R4AABbpAADC5QIAAAAAAE4FAgDjGgIAOBsCAI0bAgDiGwIANxwCAIwcAgDhHAIAa5QAAKtTAQD3BgIATAcCAKEHAgD2BwIASwgCAGg3CwDK0g0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgBoNwsAytINAPcGAgBMBwIAoQcCAPYHAgBLCAIABkQLALecAQCtmA8AApkPAFeZDwCsmQ8AqUgOABaHDQBOBQIAaowJAMTXDgBUnA8AqZwPAP6cDwAGRAsAW0QLAKMFAgD4BQIATQYCAKIGAgAAAAAAwYYNAE4FAgBqjAkAxNcOAFScDwCpnA8A/pwPAAZECwBbRAsAowUCAPgFAgBNBgIAogYCAKMFAgD4BQIATQYCAKIGAgA4xgEAn7EEAGbgDgC74A4AEOEOAGXhDgC64Q4AAAAAABuPAABwjwAAB0sDADwTBgDLMgIAh2kPAAH3BwBKXgIAG48AAHCPAAAHSwMAPBMGAMsyAgDTcg8AFzwCAGw8AgAFnwYAp/sHANPWAADnEQcAFzwCAEpeAgDLMgIAzYcAAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQDlwwEAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAAAAADZJgAAOcUBAI7FAQDjxQEAVQAAALXsCACbswYAt0gAALfoCgDuuQIAQ7oCAJi6AgDtugIAQrsCAEcOAABOBQIAVZ0NABDiDQB30QwA4xoCAPAADwAAAAAAdX4MAGPjDgC44w4ADeQOAGLkDgC35A4ADOUOAGHlDgBoNwsApvUOAPv1DgBQ9g4A+wEDAAAAAADnEQcAt0gAAPsBAwBOsQAAzYYBAH/UAQDU1AEAKdUBAH7VAQBjRQIA2soFAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgCpSA4AFocNAGg3CwAAAAAAt5wBAAAAAAAbjwAAzYcAAL+NCAAAAAAAAAAAABuPAAC3SAAATgUCANPWAACCJgIADY8OAE4FAgBoNwsAAAAAABuPAADNhwAAUaUJAEWuDADstAkAQbUJAJa1CQDrtQkA4xoCAEC2CQCVtgkA6rYJAOMaAgBcngUAsZ4FAAafBQAldw4AencOAM93DgBcngUAsZ4FAAafBQAldw4AencOAM93DgDNhwAAYOYOAAAAAABOBQIAQhECAJcRAgDsEQIAAAAAALdIAAC36AoA5bgMADq5DADLMgIA9FQMAElVDADTfgMAt0gAALfoCgDluAwAOrkMAMsyAgAgMwIAbDwCAME8AgAWPQIAaz0CAEcOAAD9UgUAZo0MAME8AgAWPQIAaz0CALdIAAAMSQAAyXwPAB59DwBzfQ8AAAAAABc8AgBjRQIAMc0BAMvZBQCbswYAt0gAAEcOAADLMgIAxjcCABs4AgBwOAIAxTgCABo5AgBvOQIAt0gAAMQ5AgDVxg4ADEkAAMl8DwAefQ8A5xEHAMsyAgDGNwIADEkAAMl8DwAefQ8Ac30PAAAAAADNhwAAGo8BAMTiAwCMHgAAkA4MAOUODAA6DwwAjw8MAOQPDADLMgIAxjcCAAxJAADJfA8AHn0PAHN9DwDLMgIAxjcCAAxJAADJfA8AHn0PANN+AwBVAAAAtewIAGuUAADAlAAAFukAAMLlAgBrlAAA2SYAAC4nAADAlAAAY0UCAD0YAABOsQAAa5QAAGuUAADAlAAAFukAAMLlAgDNhwAABZ8GAKf7BwBrlAAAwJQAABbpAADC5QIAt0gAALdIAAD9UgUAUlMFAOMaAgA4GwIAjRsCALfoCgBrlAAAwJQAABbpAADC5QIA5hgBAKf7BwC3SAAADEkAAEWuDAAB9wcAGNkOAMCUAAAW6QAAwuUCALecAQC3nAEAVQAAABoxCgAajwEAb48BAO9iAwBEYwMAUkwMAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAFzwCAGNFAgC4RQIADUYCAGJGAgC3RgIADEcCAGFHAgC2RwIAC0gCAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAa5QAANN+AwBrlAAAwJQAABbpAADC5QIAAfcHABjZDgCrUwEADTgQAMCUAAAW6QAAwuUCAAAAAABrlAAAwJQAAEZbCQAB9wcA4WoJAO65AgAajwEAxOIDAL+UAQDnEQcArp0JAGuUAADAlAAAFukAAMLlAgDjGgIA5xEHAOy0CQBwjwAA67wCALecAQAMnQEA/UwLAFJNCwCnTQsArZgPAMCUAAAW6QAAwuUCAGDmDgBCEQIAA50KAGuUAADAlAAAFukAAMLlAgAXPAIAQhECABuPAADmGAEAp/sHAD0YAAC3SAAAt+gKAFJMDAAW6QAAwuUCAOcRBwDstAkAt0gAAMQ5AgDZJgAA4xoCAOcRBwDstAkAcI8AAOu8AgBHDgAAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDNhwAAksEBAOfBAQDPMAAAPr8CAJLBAQB2hwIAt+gKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCdBAkAPBIHAJESBwCeWQgA81kIAEhaCACdWggA8loIAEdbCABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAJuzBgAciAYAcYgGAJMLDAC/lAEA5xEHAK6dCQBrlAAAwJQAABbpAADC5QIAt0gAAM2HAAAiiAAASl4CAOcRBwDuuQIADekJAGLpCQDZJgAAt5wBAAydAQDT1gAAa5QAAMCUAAAW6QAAwuUCAHkrBgDOKwYAaT0EALecAQCtmA8A5hgBAKf7BwA9GAAAt0gAALfoCgAB9wcAGNkOAMCUAAAW6QAAwuUCAEcOAAD1qAwAVQAAAFUAAAAaMQoAFzwCALdIAAC36AoAAfcHAJ0ECQA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggAR1sIAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt5wBALecAQCtmA8AQhECAGbkCgC/jQgAzYcAADlvAgCObwIA428CADhwAgCNcAIA4nACADdxAgCMcQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABc8AgBsPAIA034DABqPAQBvjwEAnWACAPJgAgBHYQIA4HICADVzAgCKcwIA33MCADR0AgCJdAIA3nQCADN1AgCIdQIA3XUCADJ2AgCHdgIA3HYCADF3AgCGdwIA23cCADB4AgCFeAIA2ngCAOYYAQDjGgIA8AAPAMCUAADZJgAAznoMABc8AgDmGAEAqaYFALJLAgC36AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAK6dCQBOsQAAHIgGAHGIBgDGiAYAG4kGAHCJBgDFiQYA5hgBADsZAQDyVwsA4WoJABM1DQA3FQkATrEAAD6/AgCySwIAeSsGAOcRBwCunQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAzYcAAL+NCAAbjwAAa5QAAGuUAADAlAAAFukAAMLlAgAB9wcAGNkOANkmAAA3FQkASf4NAGuUAAAB9wcAzYcAAL+NCAAUjggAaY4IAFWdDQAQ4g0Ad9EMAHV+DAAwdAYA5hgBAKf7BwD8+wcA4xoCAPAADwDAlAAATgUCAKMFAgAIkw8AcI8AAEBeDAC3SAAAeSsGAOcRBwCunQkAt+gKAAzpCgBh6QoAt0gAAE4FAgBVnQ0AEOINAHfRDABqjAkAv4wJAD+7BQAuygcATgUCALOWCwC4RgEADUcBAJoCDgDvAg4ARAMOAJkDDgDuAw4AdX4MAGPjDgC44w4Av5QBABSVAQBplQEATgUCALOWCwC4RgEADUcBAJoCDgDvAg4ARAMOAJkDDgDuAw4AG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgDpvgIALRsNAIIbDQDXGw0ALBwNAIEcDQDWHA0A5xEHAE4FAgCjBQIALicAANPWAABOBQIAdX4MAMp+DACObwIA428CADhwAgCNcAIA4nACADdxAgBHDgAATgUCAFWdDQAQ4g0Ad9EMAKMFAgAIkw8AcI8AAEBeDAC3SAAAeSsGAOcRBwCunQkAYOYOAD0YAACSGAAAEUMBADYdAgBqjAkAv4wJANrKBQAY2Q4Am7MGAKOxAAAveQIAOW8CAGNFAgBGWwkAQrwBAFWdDQBcngUA034DANF3DAAmeAwAe3gMANB4DABrlAAAwJQAABbpAADC5QIAPRgAALdIAADNhwAAsksCAHkrBgDnEQcArp0JAGuUAADAlAAAFukAAMLlAgBxLgsANxUJAEn+DQCdYAIATgUCAOa8BwAW5wIA5hgBAOMaAgDnEQcAGo8BAGOaAgDNhwAAsksCAHkrBgDnEQcArp0JAE4FAgBoNwsApvUOAPv1DgBQ9g4AowUCAPgFAgBNBgIAogYCAAAAAABOBQIAM8ELAIjBCwB20A4Ay9AOACDRDgB10Q4AKdUBALJLAgB5KwYA4xoCALecAQCtmA8AVZ0NABBDAgBlQwIAukMCAFyeBQA+vwIAHOECAHHhAgDG4QIAG+ICAHDiAgC67QIAD+4CAGTuAgC57gIADu8CAGPvAgC47wIADfACAGLwAgC38AIAAAAAABuPAABwjwAA67wCAEC9AgCVvQIA6r0CAD++AgCUvgIAXJ4FAD6/AgAc4QIAceECAMbhAgAb4gIAcOICABuPAABHDgAAVZ0NABDiDQAl2AIAetgCAOYYAQCppgUAYOYOAAPxCwBY8QsArfELAALyCwCLHQIAvTcLABI4CwDstAkAQhECAOYYAQBMsgEAxOIDAOu9AQC/lAEAb48BAEIRAgBOBQIAaowJAL+MCQC3SAAAG48AABc8AgAvbwwAGNkOAJuzBgCjsQAAL3kCADlvAgBjRQIA2soFAE4FAgB1fgwAYOYOAAH3BwBOBQIAA/ELAFjxCwCt8QsAAvILABuPAABHDgAAjB4AADPBCwCIwQsAxI8BABmQAQBukAEAw5ABABiRAQBRrQEABusOADwSBwCREgcAnlkIAPNZCABIWggAnVoIAPJaCAAUPQQAaT0EAL49BAATPgQAaD4EAL0+BAAB9wcATgUCAHV+DABg5g4AAfcHAE4FAgAD8QsAWPELAK3xCwAC8gsAG48AAEcOAACMHgAA5rwHABbnAgBr5wIAwOcCABXoAgBq6AIA/0gNAFRJDQCpSQ0A/kkNAFNKDQBg5g4AB0sDAE6xAAD7AQMAOrsKAD23CwCStwsA57cLADy4CwCRuAsA5rgLALOTDgCm9Q4A+/UOAFD2DgBOBQIABusOAOy0CQC3SAAATgUCAAbrDgDZJgAATgUCAOMaAgDnEQcA7LQJAHCPAADrvAIAaowJAGw8AgDmbAIAO20CAC7KBwAB9wcATgUCANPWAAAajwEAPBMGAAxJAABOBQIABusOAO65AgAN6QkAYukJANkmAAC3nAEADJ0BAOa8BwCcrAwA8awMAEatDAD9UgUAZo0MALuNDADZcgkATgUCANPWAAAajwEAPBMGAAxJAABOBQIABusOAO65AgAN6QkAYukJANkmAAC3nAEADJ0BAOYYAQDQ2AEAJdkBAHrZAQDP2QEAJNoBAHnaAQDTfgMATgUCANPWAAAajwEAPBMGAAxJAABOBQIABusOAO65AgAN6QkAYukJANkmAAC3nAEADJ0BAC9vDACEbwwA7rkCABqPAQAB9wcAGNkOANPWAAAajwEAPBMGAAxJAABOBQIABusOAO65AgAN6QkAYukJANkmAAC3nAEADJ0BABqPAQBjmgIATgUCALOWCwAaMQoAGo8BAG+PAQDvYgMARGMDAFJMDABOBQIAL28MABjZDgDAlAAAY0UCALhFAgANRgIAYkYCALdGAgAMRwIAYUcCAHV+DABj4w4AuOMOAL+UAQAUlQEAaZUBAOYYAQCn+wcAPRgAALdIAABOBQIAVZ0NABDiDQB30QwAaDcLAL03CwC3SAAA/VIFANN+AwBOBQIAM8ELAIjBCwDdwQsAA/ELAAdLAwBcSwMAsUsDAOYYAQCppgUAt5wBAGRCBABOsQAAa5QAAOMaAgDnEQcA7LQJAHCPAADrvAIARw4AAE4FAgAG6w4A7LQJALdIAABOBQIABusOANkmAABOBQIAaowJAGw8AgDmbAIAO20CALdIAAC36AoAQhECAAOdCgDAlAAATgUCAC9vDACEbwwA7rkCABqPAQAB9wcAGNkOAOMaAgDTfgMATgUCAPBiAgBFYwIAmmMCAEpeAgCfXgIAAfcHAE4FAgB1fgwAsksCAPAOAQBFDwEAPr8CAJO/AgDovwIAgB0NANUdDQAqHg0Afx4NANQeDQApHw0Afh8NANMfDQAoIA0AfSANANIgDQAnIQ0AfCENANEhDQAmIg0AeyINANAiDQAlIw0AeiMNAM8jDQAkJA0AeSQNAM4kDQAjJQ0AeCUNAM0lDQAiJg0AdyYNAMwmDQAhJw0AdicNAMsnDQAgKA0AdSgNAMooDQAfKQ0AdCkNABqPAQBvjwEAnWACAPJgAgBHYQIAeywDANAsAwAlLQMAei0DAM8tAwAkLgMAeS4DAM4uAwAjLwMAeC8DAM0vAwAiMAMAdzADAAAAAADnEQcA7LQJAE4FAgAqdAwAf3QMAO65AgAN6QkAdX4MAGDmDgC15g4ACucOAF/nDgC05w4ACegOADPBCwCIwQsA3cELANN+AwAofwMAfX8DABc8AgBOBQIA5rwHADu9BwCQvQcA5b0HADq+BwAW5wIAa+cCAMDnAgAV6AIAXJ4FALGeBQC3kA0AG48AAOYYAQA9GAAATgUCAMCUAABjRQIAM8ELAKb4CwD7+AsAA/ELAFjxCwDnGAAAPBkAAAiXCwA5bwIAbDwCAAWfBgCn+wcAt0gAALfoCgBSTAwATgUCAOMaAgA4GwIAjRsCAOIbAgCzlgsAuEYBAGNFAgBVAAAAqgAAADlvAgBjRQIA2soFAE4FAgDmvAcARawOAJqsDgCySwIAt+gKAAzpCgCn+wcAPRgAALdIAABOBQIAL28MAFb3BwBmNQ8AuzUPAOMaAgDNhwAAksEBAIweAADmvAcAFucCABI3DABnNwwAvDcMABE4DABOBQIAM8ELAKb4CwD7+AsA5rwHAEWsDgCarA4AOW8CALdIAAB5KwYAb48BAEIRAgBOBQIAG48AAN8eAgAbjwAAt0gAALdIAAB5KwYAb48BAEIRAgBOBQIAL28MAJ0ECQDT1gAAM8ELAIjBCwDdwQsAaowJAL+MCQDPgwIA8LMGAO65AgAN6QkAYukJANN+AwBOBQIA5hgBADsZAQDyVwsAzYcAAC7KBwDhagkAb48BAEIRAgBOBQIAaowJAL+MCQDaygUAL8sFAITLBQAsIwYAM8ELAKb4CwD7+AsAt5wBAAydAQBRqwMApqsDAPurAwBQrAMApawDAPqsAwBVnQ0AdXsPAGFJAABjmQMAuJkDAA2aAwBimgMAksEBAIweAAAIlQ0ATgUCADPBCwCIwQsA3cELAOYYAQCn+wcA/PsHADsZAQAXPAIAM8ELAKb4CwD7+AsAM8ELAIjBCwDdwQsAe84LANDOCwAlzwsAs5YLALhGAQANRwEAUqEMAKehDAD8oQwAUaIMAE4FAgAG6w4A2SYAAE4FAgDmvAcARawOAJqsDgA5bwIAt0gAAHkrBgBvjwEAQhECAE4FAgAbjwAAA54JAFieCQCtngkAAp8JAFefCQCsnwkAAaAJAFagCQBVnQ0AEOINAHfRDADmvAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAdX4MALJLAgAG6w4Arp0JAE4FAgDmvAcAnA4AAB8tCQB0LQkAyS0JAB4uCQBOBQIAVQAAALdIAAB5KwYAb48BAEIRAgBOBQIAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAK+gBQDixAMAN8UDANpwCgAvcQoABusOAK6dCQBOBQIAG48AAHCPAAAHSwMABvgBAE4FAgAvbwwAnQQJAOYYAQCppgUAGo8BAG+PAQBOBQIA5rwHAJwOAAAfLQkAdC0JAMktCQAeLgkATgUCAOy0CQBBtQkAlrUJAOu1CQBAtgkAlbYJAOq2CQA/twkAlLcJAOm3CQA+uAkAk7gJAOi4CQA9uQkAkrkJAOe5CQA8ugkAkboJAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AAPsBAwBHDgAATgUCAFWdDQB1ew8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAX0sAALRLAAAJTAAAPbcLAJK3CwA9GAAAB0sDAG+PAQBCEQIATgUCAAbrDgCunQkATgUCACp0DABFrgwARw4AALecAQAMnQEA/UwLAFJNCwCnTQsA6L8CAAAAAAC3nAEARw4AAHaHAgDLhwIAsksCALfoCgBCvAEAAAAAAAAAAAAAAAAAAAAAAAAAAABc9gIAsfYCAEK8AQAAAAAAXPYCALH2AgBW/AIAsZ4FALTqCwAJ6wsAXusLALPrCwAI7AsAXewLALLsCwAH7QsAH90DAHTdAwDJ3QMAHt4DAHPeAwDI3gMAHd8DAHLfAwDH3wMAHOADAHHgAwDG4AMAG+EDAHDhAwDF4QMABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMA4cUDADbGAwCLxgMA4MYDADXHAwCKxwMA38cDADTIAwCJyAMA3sgDADPJAwBPpgoApKYKAPmmCgBOpwoAo6cKAPinCgBNqAoAoqgKAPeoCgBMqQoAoakKAPapCgBLqgoAoKoKAPWqCgBKqwoAn6sKAEIRAgD7AQMATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAOMaAgDNhwAARw4AAGTtAwC57QMArZgPAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDabQ0AL24NAIRuDQDZbg0ALm8NAINvDQDYbw0ALXANAIJwDQDXcA0A4cUDADbGAwCjBQIA+AUCAE0GAgCiBgIA18UNAJu1BADwtQQARbYEAJq2BADvtgQARLcEAJm3BADutwQAaDcLAMrSDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAFGlCQAajwEAY5oCAK2YDwBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAAShBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwDttgYAQrcGAJe3BgDstwYAQbgGAJa4BgAW5wIAa+cCAE6xAABVAAAASQgEAMsyAgD3Tg8ATE8PAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIAm1UPAD6/AgAc4QIAceECAMbhAgAb4gIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAD0YAACSGAAA09YAAGuUAADAlAAAFukAAMLlAgDwVQ8AorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwAB9wcAnQQJAGuUAABHDgAApPgNAJIYAAARQwEAt+gKAKtTAQBPpAwAxOIDAHaHAgC36AoAUkwMABbpAADC5QIA4hMKAFyeBQA+vwIAk78CAOi/AgA9wAIAowUCAPgFAgBNBgIAogYCAOYYAQBVAAAAGjEKABc8AgC3SAAAt+gKAFJMDAAW6QAAwuUCALecAQBkQgQAuUIEAFUAAAAXPgAAyzICAIdpDwAajwEA4xoCAKqkBgBsPAIAOW8CANN+AwBOBQIAA/ELAFjxCwCt8QsAAvILALecAQAMnQEAUasDAKarAwAY2Q4AAfcHAPsBAwCeVQwAPBIHAJESBwDmEgcATgUCAOa8BwDfHgIAzYcAADlvAgBjRQIA2soFAE4FAgAG6w4A4xoCADHNAQDL2QUAm7MGALdIAABOBQIAowUCADcVCQCMFQkASAoDAJ0KAwBJrAoAPBkAABc+AABOBQIA09YAACjXAABsPAIA4Q8PADYQDwC17AgACu0IAE4FAgB1fgwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE4FAgAzwQsAFD0EAGk9BAC3nAEArZgPAOYYAQCn+wcAPRgAALdIAADNhwAAsksCAHkrBgDnEQcArp0JAPsBAwC3nAEAZEIEALlCBABVAAAAFz4AAE4FAgC3nAEAZEIEALlCBAAOQwQAY0MEALhDBAANRAQAYkQEALdEBAAMRQQAYUUEALZFBABX8gsArPILAAHzCwBW8wsATgUCALecAQBkQgQAuUIEAA5DBABjQwQAuEMEAA1EBABiRAQAt0QEAAxFBABhRQQAtkUEAFfyCwCs8gsAAfMLAFbzCwC4RgEADUcBAJoCDgDvAg4ARAMOALecAQDTfgMATrEAAM2GAQCisAIA2SYAADcVCQBCEQIAG48AABc8AgBjRQIA2soFAPsBAwDjGAQA0nYMACd3DAB8dwwADZkEAGKZBAC3mQQADJoEAGGaBAC2mgQAC5sEAGCbBACzlgsA7wwEABbnAgBOsQAAzYYBADwSBwC3SAAAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYA+wEDAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBADhxQMA3xYKADQXCgCJFwoAeCwGAM0sBgAiLQYAMhkKAORmCgA5ZwoA9wYCABqPAQAXPAIAY0UCAPAOAQC3SAAATgUCAFyeBQAXPAIAY0UCAD+7BQCySwIAt+gKAHV+DAAwdAYAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAK+gBQDixAMAN8UDAIzFAwDhxQMANsYDAIvGAwAqdAwARa4MAEcOAAB2hwIAt5wBAAydAQD9TAsAUk0LAKdNCwBRpQkARa4MAEcOAAB2hwIATgUCAHV+DABg5g4AAfcHAE4FAgCzlgsAGjEKABc8AgC3SAAAAAAAAAAAAAAAAAAAyzICAAAAAADLMgIAAAAAAMsyAgAAAAAATgUCAHV+DABg5g4AAfcHAE4FAgCzlgsAGjEKABc8AgC3SAAAIHsPAAAAAABOBQIAdX4MAGDmDgAB9wcATgUCALOWCwAaMQoAFzwCALdIAAC3nAEADJ0BAFGrAwCmqwMA+6sDAFCsAwClrAMA+qwDAFWdDQB1ew8AYUkAAPAOAQBVAAAAGjEKAEcOAAB2hwIAQhECABc8AgBjRQIARw4AAGTtAwC57QMA8A4BAPpWBAB1fgwAoPwNANlyCQAucwkAg3MJANhzCQBqjAkAv4wJAM+DAgDwswYAFzwCAAH3BwBOBQIAdX4MAC7KBwCDygcA2MoHAC3LBwC36AoAUkwMAMsyAgBOBQIA5hgBAEyyAQDE4gMA670BAL+UAQBvjwEAQhECAE4FAgB1fgwAMHQGAEIRAgADnQoA5hgBAE4FAgAzwQsAPBMGAJETBgAvbwwAGNkOAG3ZDgC17AgAWO4OAK3uDgBHDgAATgUCAAbrDgCunQkAAAAAAAAAAAD7AQMAlhEDADy5CgCRuQoA5rkKADu6CgBoNwsApvUOAPv1DgBQ9g4AVZ0NABDiDQB30QwAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAci0LAMctCwAcLgsAqp0NAFJMDACnTAwA/EwMAFFNDACmTQwA+00MAFBODAClTgwA+k4MAC9vDADUxg8Aa5QAAFWdDQAQ4g0Ad9EMAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMA4cUDAN8WCgA0FwoAiRcKAHgsBgDNLAYAxNcOADwTBgC36AoAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFANUoAgAqKQIAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQBYogUA5rwHAIweAADhHgAANh8AAIsfAAD7AQMA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAOHFAwDfFgoANBcKAIkXCgDeFwoAMxgKAIgYCgDdGAoASAoDAJ0KAwBJrAoASAEMAEZbCQDstAkAt0gAALfoCgBVnQ0AEOINAHfRDAAqdAwARa4MAEcOAABrlAAAt0gAANPWAADnEQcAFzwCAEpeAgBOBQIAM8ELAKb4CwD7+AsAG48AAHCPAAAXPAIAY0UCAD+7BQCUuwUA6bsFAM2HAADjGgIAt5wBAAAAAABOBQIASl4CAK5FDABvjwEAnWACAPsBAwD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQALCcCAIEnAgBcngUAPr8CAPufDwBQoA8ApaAPAKpIDQDZIwMAnA4AAOYYAQCn+wcAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAci0LAMctCwAcLgsAUaUJANN+AwAAAAAAAAAAAAAAAABc9gIAsfYCAEK8AQAAAAAAAAAAAAAAAAAAAAAAXPYCALH2AgBW/AIAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAO22BgBCtwYAl7cGAOy3BgBBuAYAlrgGAOYYAQBvNgUAxDYFABk3BQBuNwUAAfcHAOMaAgBOBQIA5hgBADsZAQDyVwsAR1gLAJxYCwDmGAEAbzYFAMQ2BQAZNwUAbjcFAE6xAACjsQAA+LEAAE2yAACisgAAqaYFADlvAgDE1w4AzYcAAC7KBwDmGAEA0NgBAHCPAAAHSwMATrEAAD6/AgCySwIAeSsGAOcRBwCunQkARw4AAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA2m0NAC9uDQDrsA4AowIFAPgCBQBNAwUAogMFAPcDBQBMBAUAoQQFAPYEBQBLBQUAoAUFAPUFBQBOBQIAt5wBAGRCBABvjwEASl4CAE4FAgCjBQIA+AUCAE0GAgDyVgwAR1cMAHV+DAAuygcAAfcHABc8AgBjRQIARw4AAOu9AQDBhg0AXvYAAIEkBQBFrgwARw4AAHaHAgC2lQkAC5YJAGCWCQC1lgkACpcJAF+XCQC0lwkACZgJAF6YCQCzmAkAdX4MAGDmDgDTfgMATgUCAAbrDgDZJgAATgUCAFWdDQB1ew8AYUkAALZJAABVAAAAtewIAJuzBgAajwEAueQMADcVCQBrlAAAAfcHAE4FAgDmGAEAbzYFAMQ2BQAZNwUAbjcFABLmBwAqdAwARa4MAEcOAAB2hwIAKnQMAEWuDABHDgAAdocCAE4FAgBRpQkA034DAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAn7EEAPSxBADUdwkAKXgJAH54CQDTeAkAKHkJAH15CQDSeQkAJ3oJAHx6CQDRegkAJnsJAHt7CQDQewkAJXwJAHp8CQDPfAkA4cUDAN8WCgA0FwoAiRcKAN4XCgAzGAoAiBgKAN0YCgAG6w4APBIHAJESBwCeWQgA81kIAEhaCACdWggA8loIAEdbCABOBQIAVZ0NAHkrBgDOKwYAIywGAAH3BwBOBQIABusOAOy0CQDTfgMARw4AAGTtAwC57QMAZEIEANUoAgBHDgAAZO0DALntAwDVKAIAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDabQ0AL24NAIRuDQDZbg0ALm8NAINvDQDYbw0ALXANAIJwDQDXcA0ALHENAIFxDQDWcQ0AK3INAIByDQDVcg0A4cUDAN8WCgA0FwoAiRcKAN4XCgAzGAoAiBgKAN0YCgAG6w4APBIHAJESBwCeWQgA81kIAEhaCACdWggA8loIAEdbCABOBQIAVZ0NAHkrBgDOKwYAIywGAAH3BwBOBQIABusOAOy0CQDhxQMA3xYKADQXCgCJFwoA3hcKADMYCgCIGAoA3RgKAAbrDgA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggAR1sIAE4FAgBVnQ0AeSsGAM4rBgAjLAYAAfcHAE4FAgAG6w4A7LQJABc8AgDE1w4AY5oCAAydAQBhnQEA034DANUoAgBOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAwjkEAOZgDgDHfg8AG48AAHCPAABRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUAjhcFAOMXBQA4GAUAjRgFAOYYAQBvNgUAxDYFABk3BQBuNwUAAAAAAPAOAQD6VgQAdX4MAKD8DQDZcgkALnMJAINzCQDYcwkAaowJAL+MCQDPgwIA8LMGABc8AgAB9wcATgUCAHV+DAAuygcAg8oHANjKBwAtywcAt+gKAFJMDADLMgIATgUCAOYYAQBMsgEAxOIDAOu9AQC/lAEAb48BAEIRAgBOBQIAdX4MADB0BgBCEQIAA50KAOYYAQBOBQIAM8ELADwTBgCREwYAL28MABjZDgBt2Q4AtewIAFjuDgCt7g4ARw4AAE4FAgAG6w4Arp0JAAAAAAC3SAAA/VIFAFJTBQCnUwUA/FMFAFFUBQCmVAUA8A4BAPpWBAB1fgwAoPwNANlyCQAucwkAg3MJANhzCQBqjAkAv4wJAM+DAgDwswYAFzwCAAH3BwBOBQIAdX4MAC7KBwCDygcA2MoHAC3LBwC36AoAUkwMAMsyAgBOBQIA5hgBAEyyAQDE4gMA670BAL+UAQBvjwEAQhECAE4FAgB1fgwAMHQGAEIRAgADnQoA5hgBAE4FAgAzwQsAPBMGAJETBgAvbwwAGNkOAG3ZDgC17AgAWO4OAK3uDgBHDgAATgUCAAbrDgCunQkAAAAAAAPxCwBY8QsA+wEDAAAAAAAAAAAAAAAAAAAAAAAAAAAALCcCAIEnAgDmvAcAO70HAJC9BwAO7gMAY+4DALjuAwAN7wMAYu8DAKpIDQAAAAAAAAAAAEcOAAAAAAAAAAAAAJ+xBAB22AYAy9gGAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAOHFAwDfFgoANBcKAIkXCgB4LAYAzSwGACItBgD7AQMAkhQEAOcUBAA8FQQAkRUEAOYVBAA7FgQAkBYEAOUWBAD3VAkATFUJAKFVCQD2VQkAS1YJAOa8BwCcDgAAHy0JAHQtCQDJLQkAHi4JAE4FAgB1fgwA2SYAALdIAAC36AoAUkwMAG+PAQBCEQIATgUCAFWdDQAQ4g0ATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwCznAUACJ0FAF2dBQCynQUAB54FABuPAABwjwAAB0sDAAb4AQBOBQIA5rwHAJwOAAAfLQkAdC0JAMktCQAeLgkA+wEDAM2HAAAG+AEAFzwCAGNFAgC3SAAA/VIFAFJTBQBrlAAARw4AAFUAAAC17AgACu0IABbpAABjRQIAAAAAABuPAABrlAAARw4AAHaHAgC36AoAUkwMABbpAADC5QIAOrsKAI+7CgDkuwoAlLsFAOm7BQA+vAUAk7wFAOi8BQA9vQUAkr0FAOe9BQA8vgUAkb4FAOa+BQA7vwUAkL8FAOW/BQA6wAUAj8AFAOTABQA5wQUAjsEFAOPBBQA4wgUAjcIFAOLCBQA3wwUAjMMFAOHDBQA2xAUAi8QFAODEBQA1xQUAisUFAN/FBQA0xgUAicYFAN7GBQAzxwUAzYcAACKIAACyRQgAB0YIAAH3BwBOBQIAVZ0NAHV7DwBhSQAA5hgBAKmmBQD+pgUATgUCAGqMCQC/jAkAt0gAAP1SBQBSUwUAa5QAAEcOAABOBQIAs5YLAM8iDgAK7QgATgUCAGqMCQC/jAkAAAAAABuPAABrlAAARw4AAHaHAgBOBQIAt5wBAGRCBAAUPQQATLIBADwTBgCREwYA09YAAFGlCQAajwEATrEAALJFCABOBQIAM8ELAKb4CwAB9wcA4WoJAMTiAwD7AQMATrEAAD6/AgAc4QIAceECAMbhAgAb4gIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAMwkDwBSTAwAFukAAMLlAgDPMAAAo7EAAPixAABNsgAAorIAAPeyAAD7AQMATrEAAD6/AgAc4QIAceECAMbhAgAb4gIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAMwkDwBSTAwAFukAAMLlAgBrlAAAAfcHAOFqCQDE4gMAzzAAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAG03BgDCNwYAFzgGAGw4BgDBOAYAFjkGAGs5BgDAOQYAkhQEAOcUBAA8FQQAkRUEAOYVBAA7FgQAkBYEAOUWBAA6FwQAjxcEAOQXBAA5GAQAjhgEADHNAQCGzQEA280BADDOAQCFzgEAedIJAM7SCQAj0wkAeNMJAM3TCQAi1AkAd9QJAMzUCQAh1QkAdtUJAMvVCQAg1gkAddYJAMrWCQAf1wkAdNcJAMnXCQAe2AkAc9gJAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAG03BgDCNwYAFzgGAGw4BgDBOAYAFjkGAGs5BgDAOQYAUAIDAKUCAwBRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDabQ0AL24NAIRuDQDZbg0ALm8NAINvDQDYbw0ALXANAIJwDQDXcA0ALHENAIFxDQDWcQ0AK3INAIByDQDVcg0As5YLAIrACgDfwAoANMEKAInBCgDewQoAM8IKAIjCCgDdwgoAMsMKAIfDCgDcwwoAMcQKAIbECgDbxAoAMMUKAIXFCgDaxQoAL8YKAITGCgDZxgoALscKAIPHCgBICgMAnQoDAEmsCgBIAQwARlsJAOy0CQC3SAAAt+gKAFWdDQAQ4g0Ad9EMACp0DABFrgwARw4AADq7CgCPuwoA2soFAC/LBQCEywUALCMGAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AADUgAADT1gAAa5QAAD0YAAC3SAAATgUCAHV+DADT1gAAgiYCALdIAABOBQIA09YAAIImAgANjw4AYo8OAAPxCwBY8QsArfELAALyCwCzlgsAGjEKAEcOAADrvQEAv5QBAOMaAgC3nAEArZgPAFWdDQAQ4g0Ad9EMAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwBVnQ0AdXsPAGFJAABqjAkAv4wJANrKBQAvywUAhMsFACwjBgDmvAcAjB4AAOEeAAA2HwAAix8AAOAfAABe9gAAx4EMABnjAwBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMACkEKAIjBCwDdwQsA4xoCAKqkBgD/pAYAVKUGAKmlBgA9GAAATgUCAOa8BwBFrA4AmqwOALJLAgAajwEAFD0EAKf7BwDnEQcA7LQJALdIAAC36AoAUkwMABbpAADC5QIA8/0OAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgCHGQoA3BkKADEaCgCGGgoA2xoKADAbCgCFGwoA2hsKAC8cCgCEHAoA2RwKAC4dCgCDHQoA5rwHAIweAADhHgAANh8AAIsfAABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEgKAwCdCgMASawKAJ6sCgDzrAoASK0KAJ2tCgDyrQoAowUCADcVCQCMFQkA4RUJAAbrDgAXPAIATgUCAC9vDACEbwwAFzwCAGNFAgDPgwIAt0gAAMQ5AgAXPAIA034DAE4FAgBCvAEAG48AAHCPAAAHSwMABvgBANptDQAvbg0AhG4NANluDQAubw0Ag28NANhvDQAtcA0AgnANANdwDQAscQ0AgXENANZxDQArcg0AgHINANVyDQCpogkAaI4JALqRCQAPkgkAZJIJALmSCQDhxQMA3xYKADQXCgCJFwoA3hcKADMYCgCIGAoA3RgKAAbrDgA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggAR1sIAE4FAgBVnQ0AeSsGAM4rBgAjLAYAAfcHAE4FAgAG6w4A7LQJAHctBgDMLQYAIS4GAHYuBgAqcw0Af3MNANRzDQApdA0AfnQNANN0DQAodQ0AfXUNANJ1DQAndg0A4cUDAN8WCgA0FwoAiRcKAHgsBgDNLAYAkwsMAIweAACeBQcArZgPAJuzBgC3SAAAeSsGAOcRBwCunQkAt0gAAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgDMLQYAIS4GAHYuBgBrlAAAwJQAABbpAADC5QIA7BECAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgDYxQwALcYMAILGDADXxgwALMcMAIHHDADWxwwAnA4AAB8tCQB0LQkAyS0JAB4uCQDEOQIAPBIHAJESBwDmEgcAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD7AQMASQIKAMCUAAAW6QAAwuUCAD0YAACSGAAA7rMIAEO0CACYtAgA7bQIAEK1CACXtQgAbDwCAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQBOBQIAVZ0NAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgBAswwAw4oHABiLBwBtiwcAwosHABeMBwBsjAcAwYwHABaNBwB1fgwA2SYAALdIAAC36AoAUkwMAOa8BwCMHgAAngUHAK2YDwCbswYAt0gAAHkrBgDnEQcArp0JAE4FAgBoNwsApvUOAPv1DgBQ9g4A2SMDAEavCgCbrwoA8K8KAEWwCgCasAoA77AKANN7BgAofAYAfXwGANJ8BgAnfQYAfH0GANF9BgAmfgYAe34GANB+BgBjlgYAuJYGAA2XBgBilwYAt5cGAAyYBgAbjwAAFzwCABc8AgBjRQIAPRgAALdIAABOBQIAVZ0NABDiDQA8EgcAGjEKALecAQAMnQEAYZ0BANN+AwD7AQMAAAAAAE4FAgBVnQ0AEEMCAGVDAgC6QwIAqkgNAOa8BwCcrAwAGo8BADwTBgDNhwAA4xoCALecAQCtmA8A5rwHAIweAADhHgAANh8AAIsfAADgHwAAn1oGAE4FAgCjBQIAznoMACN7DAB4ewwAVZ0NAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAPsBAwBICgMAnQoDAEmsCgB1fgwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAK2YDwDmvAcAjB4AAOEeAAA2HwAAix8AAOAfAADmGAEAAAAAAFUAAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbTcGAItnDQDgZw0ANWgNABc8AgBGWwkAHygOAJ9eAgDAlAAAPbcLAJK3CwAXPAIAY0UCAD+7BQCUuwUA6bsFAM2HAADjGgIAt5wBAK2YDwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAHCPAAA9GAAA034DAPsBAwC3SAAATrEAAFUAAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMA2SYAADnFAQCOxQEA48UBAE6xAADNhgEAorACADnDAwAXPAIAY0UCALhFAgAIkw8ARw4AAIweAACroAkAAKEJAFWhCQCqoQkA/6EJAFSiCQDCNwYAFzgGAGw4BgDBOAYAFjkGAGs5BgDAOQYA2SMDAJwOAAAfLQkAdC0JAMktCQAeLgkATgUCAGg3CwCm9Q4A+/UOAFD2DgAqcw0Af3MNAAFEEABWRBAAq0QQAABFEABVRRAAqkUQAP9FEABURhAAqUYQAP5GEADJ3QMAHt4DAHPeAwDI3gMAHd8DAHLfAwDH3wMAHOADACp0DABFrgwARw4AAOMaAgCqpAYA/6QGAFSlBgCppQYA/qUGAJMLDADhcwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAM2HAADZJgAASl4CAIPLBgAxzQEARw4AAM8wAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAi2cNAOBnDQA1aA0ATgUCAOYYAQCppgUA034DAE4FAgAD8QsAWPELAK3xCwAC8gsA4xoCAPAADwB1fgwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAFyeBQCxngUAtOoLAAnrCwBe6wsAs+sLAAjsCwBd7AsAsuwLAAftCwBc7QsAse0LAGg3CwBHDgAAdocCAMuHAgDjGgIAt5wBAGRCBADE4gMA3x4CAAJHDAA3FAoAEOINAHfRDAAzwQsAVQAAACKIAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAi2cNAOBnDQA1aA0AUAIDAKUCAwBRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEA4xoCAOcRBwDnEQcAt0gAAEcOAAB2hwIA/VIFAGaNDADhDw8ATgUCAKMFAgAXPAIARlsJAOYYAQBOBQIAQrwBAF72AAD7AQMA+AQDAKOxAAD4sQAATbIAAKKyAAD3sgAATLMAACp0DAB/dAwA1HQMACl1DABqjAkAPbcLAJK3CwBOBQIABusOAOy0CQC3SAAATgUCAAbrDgDZJgAATgUCAHV+DADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEArZgPAOMaAgCqpAYA/6QGAFSlBgCppQYA/qUGAJMLDABOBQIAVZ0NABDiDQB30QwAVZ0NAM2HAAC/jQgASl4CAE4FAgBVnQ0AYOYOANN+AwBOBQIABusOANkmAABOBQIAVZ0NAHV7DwBhSQAAtkkAAAtKAABrlAAAAfcHAE4FAgDjGgIAqqQGAP+kBgBUpQYAqaUGAP6lBgC3nAEAzYcAAJLBAQB2hwIAeSsGAE6xAABHDgAAjB4AAM2HAAA5bwIATrEAALJFCADLMgIA904PAExPDwAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBHDgAAyzICAJtVDwDwVQ8AorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAi2cNAOBnDQA1aA0AAAAAAFUAAAC17AgAWO4OAEcOAACMHgAAzYcAADlvAgBOsQAAskUIAFUAAAB9KwIAyzICAPdODwBMTw8AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAMsyAgCbVQ8A8FUPAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbTcGAItnDQDgZw0ANWgNALecAQBkQgQA7rkCABqPAQBvjwEAQhECAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwDacAoAjB4AAOEeAAAW6QAAwuUCAPsBAwC3SAAA/VIFAGaNDADmbAIARw4AAFUAAAAaMQoAFzwCALdIAAD7AQMAt0gAAP1SBQBmjQwA5mwCAEcOAABVAAAAGjEKABc8AgC3SAAA+wEDAEkCCgDAlAAAFukAAMLlAgCSFAQA5xQEADwVBACRFQQA5hUEADsWBACQFgQA618KAG3dCgDC3QoAF94KAGzeCgDB3goAFt8KAGvfCgDA3woAFeAKAGrgCgC/4AoAFOEKAGnhCgC+4QoAE+IKAGjiCgC94goAEuMKAGfjCgC84woAEeQKACpzDQB/cw0A1HMNACl0DQB+dA0A03QNACh1DQB9dQ0A0nUNACd2DQB8dg0A0XYNACZ3DQB7dw0A0HcNACV4DQABRBAAVkQQAKtEEAA9GAAA8A4BALdIAABOBQIAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAHItCwDHLQsAHC4LAOa8BwCMHgAA4R4AADYfAACLHwAA5RYEADoXBACPFwQA5BcEADkYBACOGAQAQ7gEAJi4BADtuAQA1SgCACopAgD9UgUAZo0MAOZsAgBHDgAAVQAAABoxCgAXPAIAt0gAAMsyAgCbVQ8A8FUPAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbTcGAItnDQDgZw0ANWgNAIpoDQDfaA0ANGkNAIlpDQDeaQ0AM2oNAIhqDQDdag0AMmsNAIdrDQBoNwsApvUOAPv1DgBQ9g4AweYCAD6/AgD7nw8AUKAPAKWgDwD6oA8AT6EPAKShDwD5oQ8ATqIPADF1BACGdQQA23UEADB2BACFdgQA2nYEAC93BACEdwQA2XcEAC54BACDeAQA2HgEAC15BACCeQQA13kEACx6BACBegQA1noEACt7BACAewQA1XsEACp8BAB/fAQA1HwEACl9BAB+fQQAhxkKAD6/AgD7nw8AUKAPAKWgDwD6oA8AT6EPAKShDwD5oQ8ATqIPAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBAC3SAAAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAdy0GAMwtBgAhLgYAdi4GAEgKAwBrlAAA09YAAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAi2cNAOBnDQA1aA0Arp0JAJIYAACt8goAAvMKAM2HAADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEArZgPAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAOFzAADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEArZgPAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEASAoDAJ0KAwBJrAoAdX4MAL+NCABkQgQA7rkCAA3pCQAD8QsAWPELAK3yCgAC8woARw4AAE4FAgCjBQIAznoMACN7DAB4ewwAzXsMADPBCwCIwQsA3cELANN+AwAofwMAfX8DABc8AgBOBQIAXJ4FAKOxAAAbjwAARw4AAHaHAgC36AoATgUCAAPxCwBY8QsArfIKAALzCgB1fgwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE6xAABOsQAAHIgGAHGIBgDGiAYAG4kGANrKBQBOBQIA09YAAFGlCQAajwEAY5oCAK2YDwBoNwsARw4AAHaHAgDLhwIA4xoCALecAQBkQgQAxOIDAN8eAgAajwEAb48BAEIRAgBOBQIAdX4MADB0BgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAOHFAwA2xgMAi8YDAODGAwA7vQcAkL0HAOW9BwA6vgcAj74HAOS+BwA5vwcAjr8HAFWdDQBOsQAAVQAAAAAAAAAajwEAVQAAAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAOHFAwA2xgMAi8YDAFWdDQB1ew8AYUkAACp0DABFrgwARw4AAHaHAgBVnQ0AeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAMhkKAORmCgA5ZwoA9wYCABqPAQAXPAIAY0UCAAbrDgA8EgcAkRIHAOYSBwBOBQIAVZ0NAE6xAABVAAAATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMA09YAABqPAQA8EwYADEkAAE4FAgAqdAwARa4MAEcOAAB2hwIATgUCALdIAABOsQAAVQAAAE4FAgCzlgsAuEYBAA1HAQDuuQIAGo8BAAH3BwAY2Q4AwJQAAPsBAwDjGAQA0nYMACd3DAB8dwwAweYCADHKBAAihwEAd4cBAAAAAAAG+AEAAAAAAAAAAAAAAAAAzYcAANkmAABHDgAAZO0DALntAwAS5gcAZ+YHALzmBwAR5wcAZucHALvnBwAQ6AcAZegHACB7DwD1BwMATrEAAFUAAABOBQIAs5YLALhGAQANRwEA7rkCABqPAQAB9wcAGNkOAMCUAAD7AQMA4xgEANJ2DAAndwwAfHcMAMHmAgAxygQAIocBAHeHAQAAAAAABvgBAAAAAAAAAAAAAAAAAM2HAADZJgAAAfcHAFb3BwDhDw8At0gAAHkrBgDuuQIADekJAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABDuQMAmLkDAO25AwAbjwAAcI8AAFEDAQDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEArZgPAAbrDgAXPAIATgUCAC9vDACdBAkAa5QAAEcOAABOBQIAA/ELAFjxCwCt8QsAAvILAIsdAgDK0g0AH9MNAMTiAwAB9wcARw4AAE4FAgDmvAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAQ7kDAJi5AwDtuQMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAK2YDwAG6w4AFzwCAE4FAgAvbwwAnQQJAGuUAABHDgAATgUCAAPxCwBY8QsArfELAALyCwCLHQIAytINAB/TDQDE4gMATgUCAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABDuQMAmLkDAO25AwAbjwAAcI8AAFEDAQDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEArZgPAAbrDgAXPAIATgUCAC9vDACdBAkAa5QAAEcOAABOBQIAA/ELAFjxCwCt8QsAAvILAIsdAgDK0g0AH9MNAMTiAwAgew8AkhQEADcVCQCMFQkA4RUJAAPxCwBY8QsArfELAALyCwBX8gsArPILAAHzCwBW8wsAAAAAAM2HAAC/jQgAFI4IAGRCBAD7AQMAFzwCAMTXDgBvjwEAQhECAAOdCgDAlAAAFukAAMLlAgBrlAAA5hgBAE6xAAA+vwIAIogAALJFCAAHRggARw4AAIweAADhHgAANh8AAIsfAADgHwAAY0UCAMCUAAAW6QAAwuUCADHNAQBHDgAA+wEDANkjAwBGrwoAm68KAPCvCgBFsAoAmrAKAO+wCgCqSA0A+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAHItCwDHLQsAjBQKAOEUCgA2FQoAeCwGAM0sBgAiLQYAMhkKAFWdDQAQ4g0AAfcHABjZDgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA9QcDAHV7DwBhSQAAxosDABuMAwBwjAMAxYwDABqNAwBvjQMAxI0DABmOAwB1fgwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAK2YDwBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAHV+DACySwIAZY0NAHV7DwAajwEAxOIDABnjAwDmGAEAOxkBAOYYAQCn+wcAPRgAAPAFCgBFBgoAmgYKAPJWDABHVwwA5hgBAKmmBQA5bwIASl4CAJ9eAgAB9wcATgUCAC9vDAAY2Q4AzYcAAH90DADUdAwAKXUMAH51DADTdQwAKHYMAH12DABrMg0AYOYOAAH3BwBOBQIAM8ELAKb4CwD7+AsAInwMAIRvDADE4gMA4XMAAOMaAgC3nAEArZgPAAH3BwBOBQIAG48AAHCPAAC3SAAAeSsGAGOaAgBOBQIAVZ0NAHkrBgDOKwYAIywGAAH3BwBOBQIAaowJAL+MCQC3SAAA/VIFALecAQBkQgQAuUIEAKj9BABOsQAAyzICAJtVDwDwVQ8AorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAi2cNAOBnDQA1aA0Ah2kPAIweAADhHgAANh8AAIsfAADgHwAAAfcHABjZDgDNhwAALsoHAPsBAwCdBAkA09YAAD0YAAD7AQMAUaUJAEWuDABHDgAAdocCALecAQAMnQEA9f8KAEoACwCfAAsA9AALALXsCAAK7QgAFukAAMLlAgCeVQwAPBIHAJESBwDmEgcATgUCABuPAABwjwAAB0sDAAb4AQBOBQIA5rwHAJwOAAAfLQkAdC0JAMktCQDmvAcARawOAJqsDgCySwIAG48AAEcOAABOBQIAUaUJAAJHDACbswYASl4CAJ9eAgAB9wcAnQQJADwSBwCREgcAnlkIAPNZCABIWggAnVoIAPJaCABHWwgAnFsIAPFbCABGXAgAm1wIAPBcCABFXQgAml0IAO9dCABEXggAmV4IAO5eCABDXwgAmF8IAO1fCABCYAgAh3AIANxwCAAxcQgAhnEIAAH3BwBOBQIABusOAOy0CQC3SAAATgUCANPWAACCJgIAGo8BADwTBgB5KwYAb48BAEIRAgBOBQIAowUCAM56DAAXPAIATgUCAAbrDgA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggACu0IAGw8AgCySwIAeSsGAOcRBwCunQkAt0gAAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgDYxQwALcYMAILGDADXxgwALMcMAIHHDADWxwwARQ0DANDYAQC3SAAAzYcAALJLAgC36AoABusOADwSBwCREgcAnlkIAPNZCABIWggAnVoIAPJaCABHWwgATgUCAFWdDQB5KwYAzisGACMsBgAB9wcATgUCAAbrDgDstAkAt0gAACwnAgAbjwAAcI8AAFEDAQCmAwEA+wMBAFAEAQClBAEA+gQBAE8FAQDmGAEAOxkBAPJXCwDhagkAEzUNANN+AwBOBQIAXJ4FALGeBQC06gsAcI8AALdIAAC36AoA9QcDAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgDT1gAAgiYCABqPAQA8EwYAeSsGAG+PAQBCEQIATgUCAKMFAgDOegwAFzwCAE4FAgDuuQIAQ7oCAJi6AgDtugIAUaUJAEWuDABHDgAAdocCAMuHAgDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAw4oHAAAAAAC3nAEA+wEDAEgKAwCdCgMASawKACp0DABFrgwARw4AAHaHAgBHDgAATgUCAHV+DADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEArZgPADPBCwCIwQsA3cELAHvOCwDQzgsAJc8LALOWCwAaMQoAbzEKAFACAwClAgMAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAJAVBQAXPAIAY0UCAD+7BQCySwIAt+gKAOa8BwCMHgAARw4AAOu9AQC/lAEA5xEHALecAQC3nAEATgUCACp0DABFrgwARw4AAHaHAgBe9gAAx4EMAJ+xBABVnQ0A/VIFAFJTBQBrlAAAAfcHAE4FAgCjBQIAznoMABc8AgBOBQIAAAAAABuPAABrlAAAwJQAANN+AwBOBQIAowUCAPgFAgBNBgIAogYCAD0YAACSGAAArfIKAALzCgBHDgAA2SYAADnFAQCOxQEA48UBABjZDgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA2m0NAC9uDQC06gsACesLAF7rCwCz6wsACOwLAF3sCwCy7AsAB+0LAGqMCQC/jAkAP7sFAJS7BQDpuwUATgUCAHV+DABg5g4A034DAE4FAgBcngUAsZ4FAAafBQAldw4AencOACKIAADZcgkATgUCALOWCwAaMQoAGo8BAG+PAQCySwIARw4AAPsBAwBICgMAnQoDAEmsCgCerAoAjB4AAOEeAAA2HwAAix8AAOAfAACfWgYATgUCAHV+DADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEArZgPAKMFAgDOegwAFzwCAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAACfWgYA9FoGAOEeAAAW6QAAwuUCAIweAADhHgAAFukAAMLlAgAqcw0Af3MNANRzDQApdA0AfnQNANN0DQAodQ0AfXUNANJ1DQAndg0A1SgCABc8AgBjRQIAuEUCAAiTDwBHDgAAjB4AAMzRDABfSQIA+qcIAE+oCABOBQIA5rwHAIweAADhHgAANh8AAIsfAABOsQAASl4CAFGlCQBFrgwA7LQJAEcOAACMHgAAkA4MAIoUDAAXPAIAxNcOAO65AgAN6QkAYukJAMsyAgD3Tg8AwJQAABbpAADC5QIAyzICAD0YAABrlAAAt0gAANPWAADnEQcAFzwCAEpeAgCfXgIAwJQAABbpAADC5QIAKnMNAH9zDQAihwEAd4cBAE74DgAAAAAAAAAAAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA+wEDAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBACDIwQA2CMEAC0kBACCJAQA1yQEACwlBABVnQ0AdXsPAGFJAABoNwsAvTcLAAH3BwBVAAAAGjEKABqPAQBvjwEA72IDAE4FAgAbjwAAFzwCALecAQD7AQMATAkAAFGlCQCmpQkA+6UJAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwBVnQ0AdXsPAGFJAABjmQMAnQQJAPIECQBHBQkAnAUJAPEFCQBZSAkAL28MAFb3BwBrlAAA5hgBADsZAQBjmQMAnQQJAPIECQBHBQkAnAUJAPEFCQBZSAkAL28MAFb3BwBrlAAA5hgBADsZAQCQGQEATgUCAGqMCQA9twsAkrcLAD0YAAAHSwMAb48BAEIRAgBrlAAAwJQAAOYYAQBMsgEAxOIDAOu9AQC/lAEA5xEHAK6dCQBOBQIAL28MABjZDgA9GAAAB0sDAGuUAAAB9wcATgUCANPWAABRpQkAGo8BAGOaAgCtmA8AVZ0NAP1SBQDTfgMAGo8BAG+PAQBCEQIATgUCAFWdDQAQ4g0Ad9EMAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwBVnQ0AdXsPAGFJAABjmQMAnQQJAPIECQBHBQkAnAUJAPEFCQBZSAkAL28MAFb3BwBrlAAA5hgBADsZAQAvbwwA1MYPACnHDwB+xw8A08cPACjIDwB9yA8AXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFACbRCADnEQcAw4oHAEpeAgCfXgIAwJQAAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4xgEANJ2DAAndwwAfHcMAFvtDABRpQkAGo8BAGOaAgCtmA8AowUCAC4nAAC3SAAATrEAALJFCAAajwEAb48BAEIRAgBOBQIA5rwHAIweAADhHgAANh8AAIsfAADgHwAANSAAAHV+DADhDw8AGo8BAE4FAgDuuQIADekJAGLpCQCTCwwAv5QBAOcRBwCunQkA+wEDABqPAQBjmgIArZgPAD0YAACSGAAAEUMBANkmAADOegwAI3sMAHh7DADNewwAQL0CAMCUAAAW6QAAwuUCAEK8AQA4vgkAjb4JAOK+CQA3vwkAjL8JAOG/CQAAAAAAXPYCALH2AgAD8QsAWPELAOcYAAC/jwYAFJAGAPr6CgBP+woApPsKAKMFAgA3FQkAjBUJAOEVCQAG6w4AFzwCAE4FAgAvbwwAhG8MABc8AgBjRQIAz4MCALdIAADEOQIAFzwCAGg3CwC9NwsAEjgLAGc4CwC8OAsAAAAAAO65AgBDugIAOW8CAAAAAAAXPAIAPbcLAJK3CwAAAAAAAfcHAJ0ECQDyBAkARwUJAJwFCQDxBQkAbzIJAMQyCQAZMwkAbjMJAMOKBwBKXgIAn14CALdIAAA9GAAAkhgAABFDAQDZJgAAznoMACN7DAB4ewwAzXsMAEC9AgDAlAAAFukAAMLlAgDLMgIAh2kPAJwOAAAfLQkAV/ILADcVCQBJ/g0AnWACAE4FAgB1fgwAMHQGAO65AgBDugIAmLoCAGRCBAAB9wcATgUCAC9vDACdBAkA8gQJAEcFCQCcBQkA8QUJAFlICQBoNwsAvTcLAO65AgAajwEAFzwCAEZbCQCunQkA5hgBAKf7BwA9GAAA09YAAOcRBwAXPAIASl4CAK5FDABvjwEAQhECAE4FAgBcngUAsZ4FAAafBQAldw4AencOAM93DgAkeA4AeXgOAM54DgBOBQIAaowJAD23CwCStwsA57cLADy4CwCRuAsA5rgLAOa8BwBFrA4A/VIFAGaNDACySwIAt+gKAEIRAgBOBQIAM8ELAKb4CwD7+AsAaDcLABqPAQA8EwYADEkAAGFJAADGiwMATgUCAAPxCwBY8QsArfELAALyCwBqjAkAPbcLAJK3CwA9GAAAB0sDAG+PAQBCEQIATgUCAAbrDgAXPAIATgUCAOYYAQBMsgEAxOIDAM8wAADNhgEAorACANkmAAA3FQkAQhECABuPAAAXPAIAY0UCABc8AgBjRQIAP7sFALJLAgC36AoAL28MAJ0ECQDyBAkARwUJAJwFCQDxBQkAWUgJALOWCwC4RgEADUcBAO65AgAajwEAAfcHABjZDgDnEQcA5xEHALdIAAC3nAEArZgPAEcOAADrvQEATgUCAC9vDACdBAkA8gQJAEcFCQCcBQkA8QUJAFlICQAD8QsAWPELAK3xCwAC8gsAV/ILAKzyCwAB8wsAVvMLAC9vDACdBAkA8gQJAEcFCQCcBQkA8QUJAFlICQBoNwsAvTcLAAH3BwBVAAAAGjEKABqPAQBvjwEAm7MGAPCzBgBFtAYAmrQGAO+0BgBEtQYAmbUGAO61BgBDtgYAmLYGABqPAQDNhwAAv40IAE4FAgBVnQ0ATrEAAFUAAAD7AQMATgUCAOZgDgDHfg8AXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAF72AAAAAAAAn7EEAGbgDgDOegwAFzwCALdIAAB5KwYA7rkCAA3pCQCeBQcA034DAE4FAgBqjAkAv4wJABSNCQBpjQkAvo0JABOOCQBOBQIAM8ELAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBACDIwQA2CMEAC0kBACCJAQA1yQEACwlBADjGAQAm7MGAPCzBgBFtAYAmrQGAO+0BgBEtQYAmbUGAO61BgBDtgYAmLYGAEgKAwCdCgMAim4HAOZgDgBrlAAAq1MBAE+kDADE4gMAdocCAHkrBgBvjwEAQhECAE4FAgAvbwwAnQQJAOYYAQCppgUAGo8BACbRCAB70QgA0NEIACXSCAB60ggAz9IIACTTCAB50wgAztMIACPUCAB41AgAzdQIACLVCAB31QgAzNUIACHWCAB21ggAFzwCAGNFAgC4RQIACJMPAEcOAACMHgAAQrwBALdIAABOsQAAVQAAAPsBAwAAAAAAt5wBAEcOAAD7AQMAAAAAABuPAABwjwAAB0sDAAb4AQD7AQMAAAAAAOMaAgC3nAEArZgPAFWdDQAQ4g0Ad9EMAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwBVnQ0ATrEAAFUAAAD7AQMAAAAAALecAQBHDgAA+wEDAAAAAADmvAcA670BAEC+AQD7AQMAAAAAAD0YAAA9GAAAa5QAAJuzBgC3SAAAeSsGAOcRBwCunQkATgUCAGqMCQC/jAkAFI0JAGmNCQC+jQkAE44JAIltCQC3SAAAeSsGAM4rBgAjLAYAAfcHAJ0ECQDstAkAAAAAALdIAAC3SAAAVQAAAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwDnCBAAGjEKAG8xCgDEMQoAXvYAAIEkBQBFrgwARw4AAHaHAgDBhg0AaowJAL+MCQA/uwUAlLsFAOm7BQBOBQIAL28MAFb3BwBmNQ8AuzUPAOMaAgDNhwAAksEBAIweAADmvAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAdX4MALJLAgAbjwAAt5wBAAH3BwBOBQIAA/ELAFjxCwCt8QsAAvILAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwAXPAIAY0UCALhFAgAIkw8ARw4AAIweAAAY2Q4AwJQAABbpAADC5QIAa5QAAMCUAAAW6QAAo/0JAPj9CQDnGAAAAAAAAAAAAAAAAAAAXPYCALH2AgBW/AIAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAO22BgBCtwYAl7cGAOy3BgBBuAYAlrgGAAAAAAAAAAAAXPYCALH2AgBW/AIAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAO22BgBCtwYAl7cGAOy3BgBBuAYAlrgGANPWAAAajwEAb48BAGuUAADAlAAAFukAAMLlAgAAAAAAAAAAAAAAAAAAAAAAAAAAAD0YAABrlAAAt0gAAMsyAgCbVQ8A8FUPAKKwAgA5wwMAjsMDAOPDAwA4xAMAzCQPACElDwB2JQ8AyyUPACAmDwB1Jg8AyiYPAB8nDwDabQ0AL24NAIRuDQDZbg0ALm8NAINvDQDYbw0ALXANAIJwDQDXcA0ALHENAIFxDQDWcQ0AK3INAIByDQDVcg0A5xEHAEcOAABOBQIAaDcLAKb1DgD79Q4AUPYOAAAAAAAAAAAAAAAAALfoCgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAAAAAAAAAAAAAAAAAKtTAQBPpAwA5xEHAK6dCQBOBQIAaowJAL+MCQAUjQkAaY0JAL6NCQAAAAAAa5QAAMCUAADjGgIAGo8BAG+PAQCdYAIA1MYPAHCPAABCEQIARw4AAOFzAAA4xwAA2SYAAOMaAgDNhwAAOMcAAE4FAgB1fgwA4xoCAEIRAgADnQoAngUHAK2YDwBRpQkAPRgAAGuUAACrUwEAT6QMAAAAAAA9GAAATgUCAGqMCQC/jAkAUaUJABuPAABHDgAA4XMAAC7KBwBHDgAA670BAL+UAQDnEQcArp0JAGuUAABqjAkAxNcOALnkDAA3FQkAG48AALdIAADNhwAAsksCAAAAAADnEQcATgUCAGqMCQC/jAkAz4MCACSEAgBHDgAA4XMAAC7KBwA9GAAAkhgAAPsBAwBJAgoAngIKAPMCCgBIAwoAnQMKAPIDCgBHBAoAnAQKAPEECgBGBQoAmwUKAGuUAACbswYA8LMGAEW0BgCatAYA77QGAES1BgCZtQYA7rUGAEO2BgCYtgYAowUCAPgFAgBNBgIAogYCADjGAQD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQAowUCAPgFAgBNBgIAogYCADjGAQD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQATgUCAFWdDQB5KwYAzisGACMsBgAB9wcATgUCAAbrDgDstAkAeSsGAM4rBgAjLAYAAfcHAE4FAgAG6w4A7LQJAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQBYogUAh2kPAJwOAAAfLQkAdC0JAMktCQAeLgkAt0gAAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgDYxQwALcYMAILGDADXxgwALMcMAIHHDADWxwwA4cUDAN8WCgA0FwoAiRcKAN4XCgAzGAoAiBgKAN0YCgBICgMAnQoDAEmsCgCerAoA86wKAEitCgCdrQoA8q0KAKMFAgA3FQkAjBUJAOEVCQAG6w4AFzwCAE4FAgAvbwwAhG8MABc8AgBjRQIAz4MCALdIAADEOQIAFzwCAF9JAgC/jQgArZgPAMCUAAAW6QAAwuUCAOcRBwDnEQcAt5wBAE4FAgBVnQ0AeSsGAM4rBgAjLAYAAfcHAE4FAgAG6w4A7LQJALdIAABOBQIA09YAAFGlCQAajwEAY5oCAK2YDwDT1gAAgiYCABqPAQA8EwYAeSsGAG+PAQBCEQIATgUCAKMFAgDOegwAFzwCAE4FAgB1fgwAYOYOALXmDgAG6w4APBIHAJESBwDmEgcATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADPBCwCm+AsA+/gLAAPxCwBY8QsArfELAALyCwDyVQ0AR1YNAJxWDQDxVg0ARlcNAJtXDQDwVw0ARVgNACwnAgCBJwIAaowJAL+MCQAAAAAAG48AAGuUAABHDgAAdocCAE4FAgBVnQ0AeSsGAM4rBgAjLAYAAfcHAE4FAgAG6w4A7LQJALdIAABOBQIAdX4MANkmAAC3SAAAt+gKAFJMDACtmA8AwJQAABbpAADC5QIA8/0OAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAKBVCgD1VQoASlYKAJ9WCgD0VgoASVcKAJ5XCgDzVwoASFgKAJ1YCgDyWAoAXvYAANPWAACCJgIAGo8BADwTBgCWEgIAFzwCAGNFAgA/uwUAsksCALfoCgCg/A0AAAAAABuPAAAajwEAFzwCAGNFAgAxzQEAAfcHAOMaAgBOsQAATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDAAbrDgDjGgIAt0gAAM2HAAAajwEAb48BAE4FAgAxzQEAAfcHAOMaAgBOsQAATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDAGg3CwDK0g0AAFQBAFVUAQDqswwAP7QMAJS0DADptAwAPrUMANPWAABRpQkAAkcMAD0YAABOBQIAVZ0NAP1SBQDTfgMAGo8BAG+PAQBCEQIATgUCAFWdDQAQ4g0Ad9EMAFyeBQCxngUABp8FAFufBQCwnwUABaAFAEcOAABOBQIAXJ4FALGeBQC06gsACesLAF7rCwCz6wsACOwLAF3sCwCy7AsAB+0LAFztCwCx7QsAdX4MAKD8DQAAAAAAG48AABqPAQAXPAIAY0UCANrKBQBOBQIAowUCABc8AgBGWwkA5hgBAE4FAgBVnQ0AdXsPAGFJAAAbjwAAcI8AAOu8AgBAvQIAwJQAALecAQDTfgMAGo8BAG+PAQBCEQIATgUCAC9vDABW9wcAZjUPALs1DwDjGgIAzYcAAJLBAQCMHgAA8lUNAKD8DQAAAAAAG48AABqPAQAXPAIAY0UCAHV+DAAwdAYAaowJAL+MCQBHDgAAnA4AAOy0CQAXPAIATrEAAGuUAACjBQIAFzwCAEZbCQDmGAEATgUCADPBCwA8EwYARw4AAE4FAgCzlgsAuEYBAMTXDgAUPQQAqaYFADlvAgDTfgMATgUCAKMFAgD4BQIAIogAANlyCQDEOQIAFzwCANN+AwBOBQIABusOABc8AgBOBQIA5rwHAJwOAADstAkAFzwCAE6xAAA9GAAAa5QAAKtTAQD7AQMA9QcDAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgB1fgwAoPwNAAAAAAAbjwAAGo8BABc8AgDE1w4Ab48BAEIRAgBOBQIAdX4MADB0BgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwBrlAAAt0gAAM2HAAAuygcAAfcHABc8AgDE1w4Ab48BANkmAADOegwATgUCAGg3CwC9NwsAEjgLABFDAQDZJgAAznoMACN7DAB4ewwAzXsMAM2HAAAajwEA1SgCAM2HAAB6eA0AZuQKALvkCgBvjwEA1MkMAP1SBQBmjQwA5mwCAEcOAAChWwMAzYcAALJLAgC36AoAKnQMAEWuDABHDgAAdocCAE4FAgAD8QsAX0kCALRJAgAJSgIA5xgAAL+PBgAUkAYA+voKAE/7CgCk+woA+fsKAE78CgCj/AoAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA5hgBAEyyAQDE4gMA4xoCAPAADwBRpQkAzYcAAO65AgAajwEAb48BAKqdDQAM6QoAYekKALbpCgAL6goAYOoKALXqCgAK6woAX+sKALTrCgAJ7AoAXuwKALPsCgAI7QoAhG8MADZrCQCLawkA4GsJABuPAAAB9wcAaowJAL+MCQA/uwUALsoHAE4FAgAbjwAAAfcHAAAAAADnEQcATgUCAFWdDQB5KwYAzisGACMsBgB4LAYAzSwGAFGlCQBVAAAA1SgCAD0YAABrlAAAt0gAANPWAADnEQcAFzwCAEpeAgDVKAIAQhECAAOdCgBYnQoArZ0KAAKeCgBXngoArJ4KAGNFAgBHDgAA670BAIweAABHDgAA+wEDAEIRAgADnQoAWJ0KAK2dCgACngoAV54KAKyeCgABnwoAVp8KAKufCgAAoAoAVaAKAKMFAgDOegwAFzwCAAbrDgAXPAIATgUCAOa8BwCMHgAA4R4AADYfAAAajwEATrEAAGuUAAAD8QsAWPELAK3xCwAC8gsASl4CAA6SCgCSGAAA09YAAFGlCQBFrgwARw4AAHaHAgC36AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAGmQBgC+kAYAE5EGAGiRBgC9kQYAEpIGAHV+DAAuygcAAfcHABc8AgBjRQIARw4AAOu9AQBOBQIAowUCAM56DAAjewwAeHsMADwSBwCREgcA5hIHAE4FAgBVnQ0ATrEAAFUAAABOBQIAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAK+gBQDixAMAN8UDAIzFAwDhxQMANsYDAM2HAAAajwEAa5QAAMCUAAAW6QAAwuUCAEK8AQA4vgkAjb4JAOK+CQA3vwkAjL8JAOG/CQBrlAAA5hgBAFUAAAAaMQoAFzwCAGw8AgA5bwIA034DAE4FAgCjBQIA+AUCAE0GAgDyVgwAR1cMADPBCwCIwQsA3cELAAPxCwBfSQIAtEkCAAlKAgBqjAkAv4wJAEcOAACcDgAAt5wBABuPAAC3SAAAeSsGAOcRBwAB9wcAGNkOAD0YAABfSQIAtEkCAAlKAgAD8QsAWPELABc8AgBOBQIA5rwHAIweAADhHgAANh8AAD0YAABfSQIAtEkCAAlKAgCzlgsAuEYBAA1HAQDuuQIAGo8BAAH3BwAY2Q4ATrEAALJFCABOBQIAKnQMAEWuDABHDgAAdocCAE4FAgAzwQsApvgLAPv4CwBKXgIADpIKAJIYAADT1gAA5xEHAB8oDgAbjwAAVQAAAE4FAgCjBQIA+AUCAE0GAgDyVgwAR1cMAKIGAgAHSwMA5xEHAMsyAgCbVQ8AskUIAM2HAABg5g4APRgAAGuUAACeBQcARw4AAMsyAgA5Yg8AjmIPABc8AgBjRQIARw4AAJwOAAC3nAEA7rkCAA3pCQAB9wcAVvcHAC7KBwAB9wcAFzwCAGNFAgBHDgAA670BAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA+wEDAEgKAwBfSQIAtEkCAAlKAgB9zQoA0s0KACfOCgB8zgoA0c4KACbPCgB7zwoA0M8KACXQCgB60AoAz9AKACTRCgB50QoAztEKACPSCgB40goAzdIKACLTCgBOBQIAx4EMAJwOAAAfLQkAdC0JAMktCQAeLgkAauEJAC8bCwCEGwsA2RsLAFJMDAAW6QAAwuUCAGg3CwBHDgAAdocCAMuHAgDjGgIAt5wBAGRCBADE4gMA3x4CAE4FAgB1fgwAMHQGAAPxCwBrlAAA09YAAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwD7AQMAQrwBADi+CQCNvgkA4r4JADe/CQCMvwkA4b8JADbACQCLwAkAhMcJAAAAAAAAAAAAAAAAAH3OCQDSzgkAJ88JAHzPCQDRzwkAJtAJAHvQCQDQ0AkAAAAAAAAAAAAl0QkAetEJAM/RCQDCOQQAxN8GABngBgCjBQIAznoMACN7DAB4ewwA+wEDAOMYBAA4GQQADTgQAGI4EAC3OBAADDkQAM2HAADjGgIAt5wBAK2YDwCjBQIANxUJAIwVCQDhFQkAA/ELAFjxCwCt8QsAAvILAFfyCwCs8gsAAfMLAFbzCwBrlAAAPRgAAJIYAABrlAAAPRgAAD0YAACSGAAAa5QAAD0YAAC3SAAA+wEDAEgKAwCdCgMASawKAJ6sCgDzrAoASK0KAJ2tCgDyrQoAowUCADcVCQCMFQkA4RUJAAbrDgAXPAIATgUCAC9vDACEbwwAFzwCAGNFAgDPgwIAt0gAAMQ5AgAXPAIA034DAE4FAgDmYA4A+wEDAAAAAABOBQIA4xoCADgbAgDZJgAA2SYAAC4nAADAlAAAxNcOAG+PAQBCEQIATgUCAFWdDQB5KwYAzisGACMsBgAB9wcATgUCAAbrDgDstAkAt0gAAE4FAgB1fgwA2SYAALdIAAC36AoAUkwMAMOKBwA+vwIAk78CAPsBAwB1fgwAv40IABSOCABpjggA4xoCAKqkBgD/pAYAVKUGAKmlBgD+pQYAJ9IGAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwDacAoAL3EKAHV+DADKfgwAH38MAHR/DACdBAkA09YAAAH3BwDUxg8At5wBAK2YDwA9GAAAkhgAABFDAQDZJgAAznoMACN7DAB4ewwAzXsMAEC9AgDAlAAAFukAAMLlAgBICgMAnQoDAEmsCgDmGAEAOxkBAPJXCwBHWAsAnFgLAPFYCwAD8QsAX0kCALRJAgAJSgIAAfcHAOYYAQA7GQEA8lcLAEdYCwCcWAsA8VgLAAPxCwBfSQIAtEkCAAlKAgAB9wcA5hgBADsZAQDyVwsAR1gLAJxYCwDxWAsAs5YLAAiXCwBdlwsAspcLAAeYCwBcmAsAsZgLALecAQAMnQEAUasDAKarAwBOBQIAG48AABc8AgC3nAEAaowJAL+MCQBHDgAAnA4AALecAQDuuQIADekJADPBCwAUPQQAaT0EAL49BAATPgQAaD4EAE4FAgBoNwsAvTcLALdIAAD9UgUA034DAE4FAgCjBQIAznoMABc8AgBOBQIAs5YLAAiXCwBdlwsAspcLAAeYCwBcmAsAsZgLACwnAgCBJwIAwJEDABWSAwBqkgMAv5IDAKMFAgDOegwAI3sMAHh7DADNewwAM8ELADwTBgCREwYAM8ELAIjBCwDdwQsAMsILADB0BgCzlgsACJcLAF2XCwCylwsAB5gLAFyYCwCxmAsAyzICADHNAQBHDgAAnA4AAOYYAQCppgUAsksCAE6xAACyRQgAGo8BAG+PAQBCEQIATgUCALOWCwAIlwsAXZcLALKXCwAHmAsAXJgLALGYCwCjBQIAznoMABc8AgBOBQIA8A4BAI0QDQDnCBAAPAkQAAPxCwBY8QsArfELAALyCwCzlgsAuEYBAGNFAgC4RQIANxUJAJpXDgBrlAAAAfcHAE4FAgDT1gAAGo8BADwTBgAMSQAATgUCAAAAAABOBQIABusOABc8AgBOBQIAtTwOAAAAAABOBQIABusOABc8AgBOBQIAtTwOAAo9DgDyVQ0AMHQGAC9vDAAY2Q4AbdkOALXsCABY7g4Are4OABjZDgA9GAAATrEAAFUAAACqAAAAWZsLAK6bCwADnAsAWJwLAK2cCwDmGAEAqaYFAGDmDgAD+wEAzYcAAL+NCAAUjggAIogAAEpeAgCDywYAengNAAOdCgAqdAwAf3QMANR0DAApdQwAA/ELAFjxCwCt8QsAAvILAOMaAgDwAA8Aa5QAAD0YAABOBQIAowUCAM56DAAjewwAeHsMAM17DAAzwQsAiMELAFvqDwCw6g8ABesPAFrrDwCv6w8ArZgPAAH3BwDLMgIATgUCAFWdDQD9UgUA034DAE4FAgBVnQ0AEOINAHfRDAAzwQsAiMELAFvqDwCw6g8ABesPAFrrDwCv6w8AM8ELADwTBgD7AQMASAoDAOcIEAA8CRAAkQkQADPBCwCIwQsAW+oPALDqDwAF6w8AWusPAK/rDwCzlgsAt5wBAK2YDwDNhwAAksEBAIweAABqjAkAPbcLAJK3CwBOBQIATAkAAD0YAADnCBAAPAkQAJEJEAAzwQsAiMELAFvqDwCw6g8ABesPAFrrDwCv6w8AG48AAHCPAAC3SAAAeSsGAM4rBgAjLAYAa5QAAMCUAAAW6QAAwuUCALecAQAMnQEAUasDAKarAwBOBQIA5rwHAJysDABOsQAAskUIAE4FAgCjBQIANxUJAIwVCQDhFQkA5mAOADthDgBCEQIAA50KAOYYAQBOBQIAGo8BAG+PAQBOBQIAdX4MAGDmDgDTfgMATgUCAAbrDgDZJgAATgUCAFWdDQB1ew8AYUkAALZJAACcDgAA7LQJABc8AgBOsQAAa5QAALecAQAMnQEA/UwLAFJNCwCnTQsA6L8CANN+AwBOBQIAM8ELAIjBCwBb6g8AsOoPAAXrDwBa6w8Ar+sPAK2YDwAB9wcATgUCAEIRAgADnQoA5hgBAFWdDQB1ew8AYUkAAEIRAgADnQoA5hgBAEcOAABOBQIAdX4MAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQAvbwwAFzwCAMTXDgDuuQIADekJAGLpCQBOBQIAowUCAM56DAAjewwAeHsMAM17DACjBQIAznoMABc8AgBOBQIAMc0BAAH3BwDjGgIATrEAAKT4DQCSGAAAEUMBANkmAADOegwAI3sMAHh7DADNewwAQL0CAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDDigcAo7EAAC95AgCEeQIA2XkCAAH3BwAY2Q4A2SYAANkmAADOegwAI3sMAHh7DADNewwAQL0CAMCUAAAW6QAAwuUCAMp+DAC3SAAAeSsGALnkDAA5xQEAIogAANlyCQAbjwAAFzwCAFWdDQAQ4g0Ad9EMAKMFAgA3FQkASf4NAJ1gAgB32gMAzNoDACHbAwB22wMAy9sDACDcAwB13AMAytwDAOMaAgDwAA8AaowJAL+MCQBHDgAAnA4AALecAQDuuQIADekJAAH3BwD7AQMAPRgAAJIYAAARQwEANh0CAHEuCwDGLgsAGy8LAHAvCwCjBQIACJMPAHCPAABAXgwAt0gAAHkrBgDnEQcArp0JALdIAAC36AoAPRgAAEcOAAC/lAEA5xEHAK6dCQDE4gMAGeMDAGqMCQC/jAkAAAAAABuPAAAajwEAFzwCAGNFAgAvbwwAFzwCAMTXDgDuuQIADekJAE4FAgCWEgIA6xICAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMA+wEDAGqMCQC/jAkAAAAAABuPAAAajwEAFzwCAGNFAgDaygUATgUCAOYYAQA7GQEA8lcLAEdYCwCcWAsA8VgLALOWCwC4RgEADUcBAO65AgAajwEAAfcHABjZDgBHDgAATgUCALOWCwAIlwsAXZcLALKXCwAHmAsAXJgLALGYCwBHDgAAVQAAALXsCACbswYA2SYAADnFAQCOxQEA48UBAOZgDgDVKAIAa5QAAMCUAAAW6QAAwuUCANPWAACCJgIAw9gOAAdLAwBvjwEAQhECAPsBAwA9GAAAkhgAABFDAQDGjAIAwNsOAKpIDQAB9wcAGNkOAG3ZDgDC2Q4AF9oOAGzaDgDB2g4AFtsOAGvbDgD7AQMARw4AAHaHAgD9UgUAUlMFAE6xAAC3SAAA+wEDABc8AgBjRQIAz4MCAPCzBgDuuQIADekJAGLpCQBsPAIA4xoCALecAQCtmA8AkA4MAOUODAA6DwwAjw8MAOQPDABOsQAAzYYBABc8AgBjRQIAkA4MAOUODAA6DwwAjw8MAOQPDAA5EAwAjhAMAOMQDAA4EQwAjREMAOIRDAA3EgwAf9QBANTUAQAM8QIAYfECAK2YDwCQDgwA5Q4MADoPDACPDwwA5A8MADkQDACOEAwA4xAMADgRDACNEQwA4hEMADcSDABVAAAAqgAAADlvAgCTCwwAjB4AAKpIDQAbjwAARw4AAIweAADhHgAAFZUAAGuUAADAlAAAFukAAMLlAgDT1gAAgiYCAMPYDgAHSwMAb48BAEIRAgD7AQMAAKoAAFWqAACqqgAAxowCAMDbDgCqSA0AAfcHABjZDgBt2Q4AwtkOABfaDgBs2g4AwdoOABbbDgBr2w4A+wEDAEcOAAB2hwIAt+gKAAzpCgCn+wcAq1MBAE+kDAD7AQMAQhECAOYYAQCn+wcAPRgAALdIAADNhwAAsksCAHkrBgDnEQcArp0JAE4FAgCjBQIA+AUCADjHAAC3nAEARw4AAIweAAC6OQwAZuQKAOMaAgCqpAYAsksCAM2HAAC/jQgATgUCAGg3CwCm9Q4A+/UOAFD2DgC/jQgA+wEDAEpeAgCuRQwAA0YMAFhGDACtRgwAGo8BAGOaAgC4mgIADZsCAGuUAADNhwAA4Q8PAE4FAgAG6w4A7LQJALdIAABOBQIABusOANkmAABOBQIA5hgBAKf7BwD8+wcAOxkBABc8AgDAlAAA5hgBAEyyAQChsgEAX0kCAPqnCAC36AoAAfcHAE4FAgDjGgIA034DAE4FAgB1fgwAYOYOAJIYAAARQwEADEkAAGFJAADGiwMATgUCALOWCwC4RgEADUcBAFKhDACnoQwA/KEMAEIRAgCXEQIABusOAB8oDgDyVgwAR1cMALfnCwAM6AsATgUCAKMFAgD4BQIAs0AMAAhBDABdQQwAskEMAAdCDABcQgwAsUIMAAZDDACzlgsACJcLADlvAgCTCwwAjB4AAGg3CwCm9Q4A+/UOAFD2DgBOsQAAPr8CAPufDwBCEQIAUaUJAKalCQAzwQsAiMELAN3BCwB7zgsA0M4LAMp7DwBjRQIAP7sFAC7KBwBOBQIAAAAAAJBjDABOBQIAUaUJAM2HAABg5g4AAfcHALecAQCtmA8AAfcHAGg3CwDK0g0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAyzICAPsBAwCAJwMA1ScDACooAwDpaAMAPmkDAJNpAwDoaQMAPWoDAHV+DACySwIAdX4MALJLAgAAAAAAMG4MAE4FAgAB9wcA4WoJABM1DQBoNQ0AvTUNABI2DQD7AQMA4xoCANN+AwC3SAAAt+gKAPgEAwCyRQgAzYcAADlvAgBRpQkAzYcAAJLBAQBOBQIAowUCAPgFAgBNBgIAogYCAKb1DgD79Q4AUPYOAD0YAAC3SAAAzYcAAAb4AQBOBQIAaDcLAKb1DgD79Q4AUPYOAOcRBwDstAkAcI8AAOu8AgAvbwwAGNkOALdIAAC36AoAm7MGALdIAAC36AoAzYcAADlvAgBjRQIAL28MABjZDgC3SAAAt+gKAJuzBgC3SAAAt+gKAEcOAAC/lAEAFJUBAGmVAQC+lQEAW0MMALBDDABOBQIA4xoCANN+AwBOBQIA5rwHAL+UAQAUlQEAaZUBAL6VAQBVAAAAuEYBAA1HAQDmGAEATLIBAMTiAwCMHgAA4R4AAGNFAgAxzQEAy9kFAJuzBgC3SAAAeSsGAOcRBwDmGAEAqaYFABqPAQBvjwEAbDwCACKIAABrlAAA4xoCAM2HAAAiiAAASl4CAE4FAgDmGAEAOxkBAEcOAAB2hwIATgUCAGqMCQC/jAkAz4MCABrZDAA9GAAAt0gAAE4FAgBcngUAPr8CAJO/AgDovwIAPcACALecAQDNhwAAksEBAHaHAgCfsQQAs5YLALhGAQANRwEAUqEMAKehDAD8oQwAUaIMAE4FAgBcngUAsZ4FAOuwDgBAsQ4AlbEOAOqxDgA/sg4AlLIOAE4FAgDT1gAAGo8BADwTBgAMSQAATgUCAGg3CwDK0g0AH9MNAHTTDQCREwYAXJ4FALGeBQAihwEAw4oHAGuUAABHDgAA670BAMsyAgD3Tg8ATE8PAE+kDACkpAwAGo8BADwTBgC36AoAAfcHAE4FAgDT1gAAGo8BADwTBgAMSQAATgUCAFyeBQCxngUAIocBAHeHAQAbjwAA4xoCALdIAAC36AoA5bgMADq5DABygA0A2SYAADnFAQCOxQEA48UBAPWoDABKqQwAn6kMAPSpDABJqgwA5xEHAOcRBwAfKA4AVZ0NAHkrBgDOKwYAIywGAAH3BwBOBQIABusOAOy0CQC3SAAATgUCADPBCwCIwQsABusOANkmAABrlAAAAfcHABjZDgAB9wcATgUCAFWdDQB5KwYAzisGACMsBgB4LAYAzSwGACItBgAyGQoAQLMMAJWzDABHDgAAdocCAFWdDQB5KwYAzisGACMsBgAB9wcATgUCAAbrDgDstAkAt0gAAE4FAgAzwQsAiMELAPUHAwCWtAoA/50NAI+5DADkuQwAOboMAI66DADjugwAOLsMAI27DADiuwwAN7wMAIy8DAAryAwAgMgMANXIDAAqyQwA9QcDAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAdX4MANkmAAC3SAAAt+gKAFJMDABVnQ0AEOINAHfRDADjGgIA8AAPAHV+DABg5g4AteYOADPBCwCIwQsAW+oPALDqDwAF6w8AYOYOAE6xAABrlAAABusOANkmAABOBQIAaDcLAKb1DgD79Q4AUPYOAE4FAgAD8QsAWPELAK3xCwAC8gsAix0CAMrSDQAf0w0AxOIDAGg3CwDK0g0AH9MNAMTiAwAD8QsAWPELAOcYAABoNwsApvUOAPv1DgBQ9g4ApvUOAPv1DgBQ9g4Aa5QAABqPAQDuuQIADekJAE4FAgAbjwAAcI8AAB3hAQBy4QEAx+EBABziAQBx4gEAxuIBABvjAQBw4wEAG9gMAHDYDADF2AwATgUCABuPAABwjwAA09YAAIImAgDXJgIAt+gKAAH3BwBOBQIAaDcLAMrSDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDZJgAALicAAMCUAAAW6QAAwuUCAEIRAgCXEQIAAfcHAE4FAgAD8QsAWPELAK3xCwAC8gsAix0CAMrSDQD3BgIATAcCAKEHAgD2BwIATgUCAOa8BwCcrAwATrEAAE6xAABrlAAARw4AANPWAACCJgIADY8OAGKPDgAD8QsAWPELAK3xCwAC8gsAix0CAMrSDQD3BgIATAcCAKEHAgD2BwIASwgCAMrSDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAHSwMAAAAAAD0YAAAHSwMAXEsDAFWdDQAQ4g0Ad9EMAFyeBQCxngUABp8FAFufBQCwnwUABaAFAC9vDACEbwwANmsJAAbrDgA8EgcAkRIHALOWCwAajwEAb48BAOa8BwBFrA4AmqwOADlvAgBqjAkAv4wJAD+7BQCUuwUAnKwMAE6xAABOsQAAa5QAAGuUAADjGgIA8AAPAHV+DADjGgIAt5wBAD+7BQAuygcATgUCALOWCwC4RgEADUcBAJoCDgDvAg4ARAMOAJkDDgDuAw4ABusOANkmAABOBQIAG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgAD8QsAA/sBAABTAgB5KwYAa5QAAEcOAABOBQIABusOANkmAABOBQIAG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgAD8QsAA/sBAABTAgA9GAAAkhgAAIpuBwBrlAAAt0gAABBDAgBlQwIAukMCAPAOAQD6VgQABusOAOMaAgAxzQEAy9kFAJuzBgC3SAAATgUCACp0DAB/dAwA1HQMACl1DAAD8QsAWPELAOcYAAB1fgwAsksCAAdMAgBcTAIAsUwCAAZNAgBbTQIAsE0CAOYYAQCn+wcAt0gAAAxJAABFrgwAAfcHAE4FAgCtmA8AAfcHAE4FAgAGRAsA5xEHADwSBwC3SAAAeSsGAOcRBwCunQkA+wEDABuPAABwjwAA09YAACjXAABsPAIA4Q8PAF72AAAI9gEABkQLAFtECwAG6w4Arp0JAE4FAgB1fgwAMHQGAAZECwA9GAAAkhgAAIpuBwBrlAAABkQLAFtECwDuuQIAQ7oCAJi6AgDtugIAM8ELAIjBCwDEjwEA5xEHAB8oDgCfXgIA09YAABqPAQA8EwYADEkAAP1SBQA9twsAt0gAAAxJAADTfgMALCcCAIEnAgDWJwIAKygCAIAoAgCjBQIA+AUCAL+NCABHDgAAA/ELAAdLAwB1fgwAY+MOALjjDgAN5A4AYuQOALfkDgBvjwEAQhECALnkDADZJgAALicAAMCUAABjRQIAPRgAAE6xAABrlAAA5mAOAMd+DwB1fgwAoPwNANlyCQAbjwAAzYcAAL+NCAAsJwIAgScCAG+BDwDEgQ8AEokPAGeJDwC8iQ8AEYoPAGaKDwC7ig8AEIsPAJ+xBAAzwQsApvgLAPv4CwAD8QsAWPELAK3xCwAC8gsABkQLALdIAAD9UgUAPbcLAGuUAAAGRAsA2SYAADnFAQC/jQgARw4AAIweAAAGRAsA1MkMAP1SBQA9twsAt0gAAAxJAADTfgMAV/ILAPgFAgC/jQgARw4AABbnAgD7AQMA+wEDACV5DAB6eQwAz3kMACR6DAB5egwAhm0MANttDAAG6w4AFzwCAE4FAgAD8QsAa5QAAM2HAAA5bwIATgUCAGg3CwC9NwsAAfcHAE4FAgAG6w4A2SYAAE4FAgAzwQsAiMELAOcIEAALnwAAL28MAJ0ECQBrlAAARw4AAE4FAgAD8QsAWPELAK3xCwAC8gsAix0CAMrSDQAf0w0AxOIDAHV+DADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAIDMCAD23CwCStwsA57cLADy4CwCRuAsA5rgLADu5CwCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA9QcDAHkrBgDOKwYAIywGAAH3BwBOBQIABusOAOy0CQC3SAAATgUCANPWAACCJgIAGo8BADwTBgB5KwYAb48BAEIRAgBOBQIAowUCAM56DAAXPAIATgUCAAbrDgA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggAwJQAABbpAADC5QIAKnMNAH9zDQDUcw0AKXQNAH50DQDTdA0AKHUNAH11DQDSdQ0AJ3YNAHx2DQDRdg0AJncNAHt3DQDQdw0AJXgNAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBACDIwQA2CMEAC0kBACCJAQA1yQEACwlBAD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQAQhECAEIRAgAXPAIAY0UCAEIRAgBm5AoAsksCALfoCgBrlAAAwJQAABbpAADC5QIAVQAAAIrACgDfwAoAt0gAAKqdDQD/nQ0A5bcNADq4DQAxwA4AhsAOANvADgAwwQ4ARw4AAE4FAgCjBQIA+AUCAE0GAgCiBgIAaowJAL+MCQBHDgAA9agMALecAQC3SAAATgUCAOa8BwCcrAwAMcAOAIbADgDbwA4AMMEOAAAAAADBhg0ATgUCAKMFAgD4BQIATQYCAGU5DABoNwsApvUOAPv1DgBQ9g4Arp0JAGuUAADmvAcAjB4AAAiVDQBdlQ0AspUNAE4FAgAG6w4AVZ0NAKqdDQCumQ0AA5oNAFiaDQCtmg0AApsNAFebDQBOBQIABusOALecAQC3nAEArZgPAJuzBgC3SAAAeSsGAG+PAQD/AAAALMUOAEcOAABOBQIAqUgOABaHDQC3SAAAG48AAFUAAABOsQAAo7EAAC95AgCEeQIA2XkCAOYYAQA7GQEA8lcLAEdYCwCcWAsA8VgLAM2HAAA5bwIAAfcHAJ0ECQDT1gAAPRgAAE6xAACjsQAAL3kCAIR5AgDZeQIAt0gAALfoCgDluAwAXesMALLrDAAH7AwAXOwMALHsDAAG7QwAjB4AAEcOAAAAAAAAAAAAAAAAAABcngUAsZ4FAAafBQD5ow0ATqQNAKOkDQBHDgAAnA4AALecAQCtmA8AyzICALecAQAMnQEAVEcPAG+PAQDZJgAA09YAAIImAgDD2A4A904PAMCUAAAW6QAAwuUCAAH3BwAY2Q4A4xoCADgbAgDGNwIA/VIFAGaNDAC7jQwA7rkCAEO6AgCYugIAZEIEAAH3BwBW9wcAZjUPAHkrBgDnEQcArp0JAE4FAgDT1gAAgiYCAMPYDgAHSwMAb48BAEIRAgAvbwwAGNkOAG3ZDgDC2Q4AF9oOAGzaDgDB2g4AFtsOAHkrBgDnEQcArp0JAE4FAgDT1gAAgiYCAMPYDgAHSwMAb48BAEIRAgDmvAcAnKwMABqPAQA8EwYAt+gKAOW4DAD7AQMAVZ0NAKqdDQD/nQ0A5bcNADq4DQCPuA0A5LgNADm5DQCjBQIA+AUCAE0GAgCiBgIA18UNAJu1BADwtQQAiGwLAD23CwDK2AcAnQQJAOy0CQC3SAAATgUCAAAAAAAY2Q4AwJQAABbpAABr6QAAAAAAAAAAAADmvAcAnKwMABqPAQA8EwYAt+gKAOW4DABGtQQAyn0NAB9+DQAYhA4AowUCADcVCQCMFQkA4RUJAAAAAAB/yA0AQrwBANkmAAA5xQEAjsUBAFz2AgD7AQMAaDcLAMrSDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAPmAMAJNgDABqjAkAv4wJADHNAQDL2QUAm7MGALdIAAB5KwYA5xEHAK6dCQBOBQIAM8ELAIjBCwCrUwEAT6QMAKSkDAD5pAwATqUMAKOlDAD4pQwATaYMAKKmDAD3pgwATKcMAHV+DAAwdAYAA/ELAFjxCwCKbgcA5mAOAPBiAgBFYwIAmmMCAO9jAgBOBQIAaDcLAMrSDQAf0w0AdNMNAJETBgBcngUAsZ4FACKHAQB3hwEATvgOAOYYAQCppgUAGo8BAG+PAQAHSwMAb48BAEIRAgBOBQIAM8ELAIjBCwCl9w0A+vcNANbFDgArxg4AxDkCAE/4DQCfsQQAAAAAAE4FAgAbjwAAcI8AAI9kDADkZAwAOWUMAI5lDADjZQwAOGYMAI1mDADiZgwApvUOAPv1DgBQ9g4A4xoCAPAADwC3SAAA09YAAGuUAABrlAAAPRgAAE4FAgBVnQ0Aqp0NAP+dDQBVAAAAqgAAAP8AAACfsQQApfcNAPr3DQCfsQQAt0gAAMQ5AgBP+A0An7EEAAAAAABOBQIAVZ0NAHV7DwAajwEAxOIDABnjAwBu4wMAqp0NAP+dDQCPuQwA5LkMADm6DACOugwA47oMADi7DACNuwwA4rsMADe8DACMvAwAK8gMAIDIDADVyAwAKskMAH/JDABKXgIArkUMAAH3BwA9GAAAX0kCAOEPDwDvDAQA3x4CADQfAgBe9gAACPYBAHbYBgA+vwIAk78CAOi/AgAiiAAAFzwCAEZbCQBHDgAA670BAG+PAQAHSwMAxOIDAN8eAgACRwwAAfcHAE4FAgAzwQsAiMELALdIAAC36AoA5bgMADq5DAA8EgcAkRIHAJ5ZCAC3SAAAEEMCAAbrDgCunQkATgUCAOa8BwCMHgAACJUNAF2VDQCylQ0A1SgCAM2HAAC/jQgAFI4IAGmOCABcngUAPr8CAJO/AgDovwIA4xoCAM2HAAAiiAAAt5wBAM2HAABKXgIADOcMAGHnDAC25wwAC+gMAGDoDAC16AwAaowJAD23CwDvYgMARGMDAFJMDAAW6QAAPbcLAFUAAAC3SAAAt+gKAAAAAAAAAAAAAAAAAOMaAgDwAA8A2SYAAM56DAAXPAIAY0UCAHV+DAC/jQgAFI4IAEwJAAChCQAAKnQMAEWuDACargwAzYcAANkmAAC3SAAAt+gKAFJMDABOBQIAdX4MAL+NCAAUjggATAkAAKEJAAAqdAwARa4MAJquDABoNwsAzYcAACKIAACyRQgATAkAAKEJAAAqdAwARa4MAJquDABoNwsAzYcAACKIAACyRQgATAkAAKEJAAAqdAwARa4MAJquDABkQgQAb48BAL+UAQBvjwEAtewIAFjuDgCt7g4AAu8OAFfvDgAAAAAAowUCAPgFAgBNBgIAeyEOANAhDgBOBQIAVZ0NAKqdDQD/nQ0AGIQOAEpeAgAAAAAATgUCAFWdDQCqnQ0A/50NABiEDgDmvAcAnKwMABqPAQA8EwYAt+gKAOW4DACzlgsACJcLAAqTDQCjBQIA+AUCAE0GAgBcngUAPr8CABzhAgBOsQAAa5QAAJ4FBwC3nAEArZgPAAH3BwC84A0AEeENAGbhDQC74Q0AEOINAGXiDQAvbwwA1MYPACnHDwBsPAIAsksCAHkrBgDnEQcArp0JANUoAgDmGAEARw4AAFWdDQCqnQ0A/50NABiEDgCzlgsACJcLAAqTDQCjBQIA+AUCAE0GAgDmvAcAnKwMABqPAQA8EwYAt+gKAOW4DADLMgIAyzICAGA8DgBOBQIAowUCAPgFAgBNBgIAogYCAKb1DgD79Q4AUPYOAKMFAgAXPAIARlsJAOYYAQAG6w4AHygOADPBCwBCEQIAPRgAAJIYAAAXPAIAY0UCANrKBQBOBQIAG48AAHCPAABAXgwAlV4MAOpeDAA/XwwAlF8MAOlfDAAnyw0ACD8OAF0/DgCyPw4AwYYNACDeAQAIlQ0AXZUNALKVDQBOBQIAKnQMAEWuDACargwArpkNAAOaDQBYmg0ArZoNAAKbDQBXmw0ATgUCACp0DABFrgwAmq4MAM2HAAAiiAAAskUIAE4FAgDmvAcAjB4AAAiVDQBdlQ0AspUNAE4FAgAqdAwARa4MAJquDABVnQ0Aqp0NAK6ZDQADmg0AWJoNAK2aDQACmw0AV5sNAE4FAgAqdAwARa4MAJquDAAAAAAABvgBALdIAAAbjwAAFzwCAGNFAgDmYA4AVQAAAKoAAACAJwMA1ScDACooAwB/KAMAaDcLAMrSDQD3BgIATAcCAKEHAgD2BwIASwgCAO0QAgBqjAkAPbcLAFyeBQCxngUABp8FAAPxCwBfSQIAtEkCAAAAAADmYA4AO2EOAGrcDgC/3A4AFN0OAGndDgBlOQwAs5YLAAiXCwAKkw0A+wEDAGjeDgC93g4AEt8OAPsBAwBOBQIAG48AAHCPAAAHSwMAPBMGAJETBgAxzQEAi2YOAFUAAAAajwEAPBMGALfoCgBSTAwA7rkCABqPAQBvjwEA72IDAM2HAAB6eA0AA50KALOWCwC3nAEAzYcAALJLAgDZJgAAznoMABc8AgDmGAEATgUCAOa8BwCcrAwAGo8BADwTBgC36AoAPbcLAJK3CwBOBQIAowUCADcVCQBJ/g0Anv4NAPP+DQBI/w0Anf8NAPL/DQBHAA4AdX4MANkmAAC3SAAAt+gKAFJMDAB0Jw8AyScPAB4oDwBzKA8AyCgPAB0pDwCTCwwATgUCAKMFAgDOegwAI3sMAHh7DADmvAcAvOANABHhDQBm4Q0Au+ENAEWsDgCarA4AOW8CALdIAAC36AoAdX4MAOMaAgDnEQcAFzwCALdIAAC36AoAnKwMAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAAiTDwD4BQIATQYCAKIGAgBygA0Ax4ANAByBDQDOegwAI3sMAHh7DADmvAcAvOANABHhDQBm4Q0Au+ENAEWsDgCarA4AOW8CALdIAAC36AoAdX4MAOMaAgDnEQcAFzwCALdIAAC36AoAnKwMAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAAiTDwBxgQ0AxoENABuCDQCSwQEATgUCAAAAAABOBQIAowUCAPgFAgBNBgIA8lYMAEdXDAAAAAAAaowJAD23CwCStwsA+wEDAGg3CwCeBQcA8wUHAOEPDwDvDAQAjB4AAAH3BwD7AQMAGo8BAG+PAQDZJgAAznoMAMLlAgBc9gIAsfYCAFWdDQCqnQ0A/50NABiEDgBthA4AX5IOALSSDgAJkw4A6QwKAD4NCgCTDQoA8lYMAEdXDABoNwsApvUOAPv1DgBQ9g4A6A0KANfFDQCbtQQA8LUEAC4cCwDK0g0ADTgQAGI4EAC3OBAADDkQALOWCwC3nAEArZgPAM2HAACSwQEAjB4AAGqMCQC/jAkAFI0JAA1GAgDmYA4AIN4BAHXeAQBCvAEAUaUJAAJHDACeBQcAgiYCAMPYDgAHSwMAb48BAEIRAgBc9gIAsfYCAFWdDQCqnQ0A/50NABiEDgBthA4AX5IOALSSDgAJkw4AdocCAMuHAgBg5g4AAfcHAFb3BwA5bwIAAfcHANUoAgDnEQcA7LQJAGuUAADAlAAAFukAAMLlAgB/1AEA1NQBALecAQCtmA8At0gAALfoCgBVnQ0AzYcAAJLBAQCl9w0AGo8BAGOaAgAB9wcATgUCAKMFAgD4BQIATQYCAKIGAgDmvAcAnKwMAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAAiTDwDdvw0AMsANAIfADQDcwA0AMcENAOZgDgA7YQ4AkGEOAEWsDgDiuQ4AN7oOAIy6DgDhug4A28ENADDCDQCFwg0ATgUCAE4FAgD7AQMA5hgBAOYYAQCppgUAOW8CANN+AwBOBQIABvgBAFv4AQCw+AEABfkBAFr5AQCv+QEAPRgAAGuUAAC3SAAAPMIBAAH3BwBVAAAAtewIAAH3BwC3SAAAzYcAAL+NCABOBQIAVZ0NAKqdDQD/nQ0AGIQOAPgFAgBNBgIAogYCAOa8BwCcrAwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAACJMPANPWAACCJgIADY8OAGuUAADAlAAAY0UCAFWdDQCqnQ0A/50NAE6xAADNhgEAf9QBANTUAQC3nAEArZgPALdIAABVnQ0Aqp0NAP+dDQB1fgwAY+MOALjjDgAN5A4AYuQOALfkDgAM5Q4AYeUOALblDgD7AQMAAAAAAAAAAAAajwEAxOIDAKX3DQA5bwIAa5QAAFUAAAC4RgEAY0UCAM+DAgA+vwIAsksCALfoCgBOsQAAAAAAAMd+DwCjBQIA+AUCAE0GAgCiBgIAOMYBAGyEDwC84A0AEeENAGbhDQC74Q0A+wEDAKMFAgD4BQIATQYCAPJWDABHVwwAaDcLAKb1DgD79Q4AUPYOAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQBHDgAALCcCAD0YAABOBQIAaDcLAKb1DgD79Q4AUPYOAAbrDgDDigcAGIsHAG2LBwDCiwcAF4wHAGyMBwDBjAcA5xEHALdIAAAMSQAAYUkAAMaLAwBOBQIAaDcLAKb1DgD79Q4AUPYOAD0YAAAB9wcA4WoJAG+PAQBCEQIA+wEDAGg3CwDK0g0AqfIOAP7yDgBT8w4AqPMOAEcOAADNhwAABZ8GAFUAAAC3nAEA4xoCAOcRBwAXPAIASl4CAJ9eAgDAlAAAFukAAMLlAgC3SAAAEEMCAGVDAgC6QwIAqkgNAKpIDQDwDgEAa5QAAMCUAAAW6QAA1SgCACopAgB/KQIA1CkCACkqAgDVKAIA2SYAADnFAQCOxQEAt+cLAAzoCwAAAAAA9QcDAJa0CgD/nQ0AK8cNAPgFAgBNBgIAogYCACwnAgAsJwIAa5QAAM2HAABg5g4ATrEAABc8AgBjRQIAP7sFALJLAgB5KwYA5xEHAK6dCQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAOFzAACySwIAeSsGAMTiAwDZJgAANxUJAGuUAAAB9wcAAfcHABjZDgBt2Q4AtewIAFjuDgCt7g4AGNkOAD0YAABOsQAA034DAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAVQAAAFUAAAC3nAEAZEIEAE6xAAA+vwIAsksCAHkrBgDnEQcArp0JAE6xAADNhgEAorACAHQnDwC36AoAq1MBAFP2CwCo9gsAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAD0YAACSGAAAim4HALdIAAD9UgUAZo0MAOZsAgBHDgAAv5QBAGuUAAA9GAAAt0gAAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAwjcGABc4BgBsOAYAwTgGABY5BgBrOQYAwDkGAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt+gKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQC3SAAAzYcAABqPAQBvjwEAa5QAAMCUAAC3nAEAzYcAADjHAABwjwAAQF4MALJFCAAHRggAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAGRCBABvjwEAB0sDADwTBgB5KwYAzYcAAL+NCABkQgQA8GICAM2HAACySwIAeSsGAOcRBwCunQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCySwIAzYcAAM2HAAAiiAAAd4gAAMyIAAAhiQAAdokAABc8AgBjRQIARw4AAJwOAADstAkAFzwCAE6xAABrlAAA2SYAADnFAQCOxQEAt+cLAAzoCwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEIRAgADnQoAWJ0KADHNAQAB9wcA4xoCAE6xAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbTcGAMI3BgAXOAYAbDgGAME4BgAWOQYAazkGAMA5BgAajwEAY5oCALiaAgANmwIAYpsCALebAgAMnAIARw4AAHaHAgDLhwIAsksCALfoCgBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQDcbAwAMW0MAGuUAACrUwEADTgQAGI4EAC3OBAADDkQAGE5EAC2ORAACzoQAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBANxsDAAxbQwATrEAAM2GAQB/1AEA1NQBALecAQCtmA8At0gAAHkrBgDnEQcArp0JAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBANxsDAAxbQwAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAdy0GANjFDAAtxgwAgsYMANfGDAAsxwwAgccMANbHDAD+VQEA3GwMADFtDAAbjwAAcI8AAEBeDACyRQgAB0YIAFxGCACxRggABkcIAFtHCADhagkA5xEHAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBANxsDAAxbQwARw4AAGTtAwC57QMArZgPAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA3GwMADFtDADvDAQARA0EAJkNBADuDQQAQw4EAJgOBADtDgQAQg8EAJcPBADsDwQAQRAEAP5VAQDcbAwAMW0MANkmAAC3nAEA034DANPWAACCJgIA034DAEcOAABk7QMAue0DAK2YDwCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBANxsDAAxbQwAkhQEAOcUBAA8FQQAkRUEAE4FAgD7AQMADEkAAMl8DwAefQ8Ac30PABc8AgBGWwkA09YAAIImAgDjGgIAt5wBAE4FAgBoNwsAytINAPcGAgBMBwIAoQcCAPYHAgBLCAIAAAAAAE4FAgBqjAkAv4wJAM+DAgAa2QwAb9kMAMTZDAAZ2gwA5rwHAKT4DQD5+A0ATvkNAKP5DQD4+Q0ATfoNAOa8BwCk+A0A+fgNAE75DQCj+Q0A+PkNAE36DQBoNwsAytINAPcGAgBMBwIAoQcCAPYHAgBLCAIA5mAOAMd+DwB1fgwAoPwNANlyCQAbjwAAzYcAAHV+DACg/A0A2XIJABuPAADNhwAAv40IAE4FAgDmYA4Ax34PABx/DwBxfw8Axn8PABuADwBwgA8AxYAPABqBDwAbjwAAt5wBALecAQBOBQIAL28MAIRvDADZbwwALnAMAMTXDgBvjwEAQhECAE4FAgAzwQsAPBMGALfoCgAM6QoARw4AAGuUAADZJgAAt0gAAE4FAgBcngUAsZ4FAAafBQAldw4AencOAM93DgAkeA4AQhECAFGlCQCmpQkATgUCAFyeBQCxngUABp8FACV3DgB6dw4Az3cOACR4DgA4xwAARw4AAIweAAAB9wcATgUCAOMaAgDTfgMA+wEDACDeAQAcfw8AvTcLAAH3BwBOBQIABusOANkmAABOBQIAM8ELAIjBCwA9GAAAa5QAAMCUAABOBQIAaDcLAMrSDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA5rwHAEWsDgCarA4AIIgCAHWIAgBOBQIAVZ0NAP1SBQBmjQwAu40MABCODADmYA4AO2EOAOZgDgA7YQ4AkGEOAOVhDgBcngUAPr8CAPufDwBQoA8ApaAPAPqgDwBPoQ8ApKEPAPmhDwBOog8A5mAOADthDgB1fgwA4xoCAOcRBwDuuQIADekJAGg3CwDK0g0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBANPWAACCJgIADY8OAGKPDgBVnQ0AdXsPAGFJAABjmQMAhG8MABc8AgBjRQIAz4MCALdIAABOBQIAXJ4FAD6/AgD7nw8AUKAPAKWgDwAG6w4A2SYAAE4FAgBVnQ0AdXsPAGFJAACjBQIAznoMALecAQC3nAEADJ0BANPWAAAajwEAb48BAEIRAgBOBQIAaDcLAMrSDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAbjwAAFzwCAMTXDgBvjwEAQhECAE4FAgAqdAwAf3QMAGDmDgAB9wcAt5wBAGRCBABvjwEAQhECAE4FAgAG6w4A2SYAAE4FAgBVnQ0AdXsPAGFJAADnsw8APLQPAJG0DwDmtA8AO7UPAJC1DwDltQ8AOrYPAI+2DwDktg8AObcPAI63DwDjtw8ALCcCAIEnAgDI0w4AYOYOAJIYAAARQwEADEkAAGFJAADGiwMATgUCAGg3CwDK0g0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAAbrDgDDigcAGIsHAG2LBwDCiwcAF4wHAGyMBwDBjAcA8awMAEatDACbrQwA8K0MAPsBAwAAAAAAAAAAAAAAAABOBQIAA/ELAOcIEAA8CRAAkQkQADPBCwCIwQsAW+oPALDqDwAF6w8AWusPAK/rDwB1fgwALsoHAAH3BwDTfgMAzYcAADlvAgA9GAAATgUCAHV+DAAuygcAAfcHALOWCwA9GAAA5wgQADwJEACRCRAAM8ELAIjBCwBb6g8AsOoPAAXrDwBa6w8Ar+sPAHV+DAAuygcAAfcHAEcOAAB2hwIAy4cCAL+NCAAUjggAQhECAAOdCgDmGAEATgUCADPBCwCIwQsAW+oPALDqDwAF6w8AWusPAK/rDwDjGgIAOBsCAKKsBgDrvAIAt5wBAK2YDwAzwQsAiMELAFvqDwCw6g8ABesPAFrrDwCXEQIATgUCAEIRAgADnQoAWJ0KAAPxCwDnCBAAPAkQAJEJEAAzwQsAiMELAFvqDwCw6g8ABesPAFrrDwCv6w8AVQAAALhGAQANRwEA7rkCABqPAQAB9wcAGNkOAMCUAACTCwwAdocCAP1SBQBmjQwAsksCALfoCgBCEQIA034DAPsBAwCSFAQA5xQEADwVBACRFQQA09YAABqPAQA8EwYADEkAAE4FAgBoNwsAytINAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBACwnAgCBJwIAVZ0NABDiDQB30QwAaowJAL+MCQDAlAAAPbcLAJK3CwBOBQIAs5YLAAiXCwAKkw0AVQAAAOYYAQBOBQIAaDcLAKb1DgD79Q4AAAAAAFD2DgDrsA4AowIFAKmmBQBg5g4AAfcHAE4FAgCjBQIA+AUCAE0GAgCiBgIA09YAABqPAQA8EwYADEkAAE4FAgBoNwsAytINAB/TDQB00w0AkRMGAFyeBQCxngUAIocBAJBjDADlYwwA5WMMAA/jDQBCvAEAOL4JAI2+CQDivgkAr5cOAASYDgBVAAAAuEYBAA1HAQBSoQwAp6EMAPyhDABRogwATgUCAFyeBQCxngUA67AOAECxDgCVsQ4A6rEOAD+yDgCUsg4AZEIEALnkDAAO5QwAm7MGANN+AwBOsQAAo7EAAOcMDAA8DQwAkQ0MALfnCwAM6AsAa5QAAMCUAAAW6QAAwuUCAEIRAgCXEQIAzYcAAHV7DwBhSQAAxosDABuMAwB1fgwAyn4MAB9/DABVnQ0Aqp0NAP+dDQArxw0A+AUCAE0GAgDyVgwAR1cMABDiDQB30QwA5rwHAIweAABrlAAAVZ0NAHV7DwBhSQAAowUCAAiTDwBdkw8AspMPAAeUDwDmvAcARawOAJqsDgAgiAIAdYgCAE4FAgBVnQ0A/VIFAGaNDAC7jQwAaowJAL+MCQDmYA4AFzwCAD23CwCStwsATgUCAOYYAQCppgUA7rkCAA3pCQDOegwAFzwCAE4FAgDmGAEAOxkBABc8AgBjRQIAM8ELAIjBCwDZJgAAznoMABc8AgDmGAEAqaYFALJLAgB5KwYA5xEHAGuUAACbswYAHIgGALdIAAB5KwYA5xEHAK6dCQBOBQIAowUCAPgFAgBNBgIAogYCAKMFAgDOegwAFzwCAE4FAgBVnQ0AzYcAAJLBAQB1ew8AYUkAAMaLAwAbjAMAec0OAHjODgDNzg4AIs8OAKMFAgD4BQIATQYCAHshDgDQIQ4ATgUCAFWdDQCqnQ0A/50NALTqCwAJ6wsAXusLALPrCwAI7AsAXewLALLsCwAH7QsAH90DAHTdAwDrsA4AQLEOAAzxAgBh8QIArZgPAOfBAQCFahAA2moQAHaHAgDTfgMA034DAEC+AQCulhAAGtQRAAH3BwAXPgAAL2sQAIRrEACulhAATE4QAF9LAAAAQxIAGtQRAAH3BwAa1BEAGtQRAAH3BwCulhAA0sYRABrUEQAAQxIAQhECAOEeAADwDgEAAEMSAPAOAQBekRAAXpEQAAH3BwAY2Q4A4B8AAPAOAQDixwAA2soFAPxIEAD8SBAAGtQRANrKBQAa1BEACJUNAIplEADfZRAA/PIQAIVqEADaahAABEARAABDEgBMCQAArpYQAIplEADfZRAA8A4BADlhEABKpBEAn6QRAEGuEABCEQIAXpEQAAWVEABalRAAhWoQANpqEACwPhEA5hgBAMd+DwBekRAA3GgQAF6REACunQkA7QASAPzyEACulhAA42ARABrUEQBMCQAATAkAAHV6EADKehAAH3sQAABDEgBHDgAA1m4QACtvEADWbhAAK28QAIm7EAAAQxIAd9EMAFz2AgAB9wcAskUIAAH3BwB1ehAAynoQAGPgEQDwDgEAdXoQAMp6EABj4BEA4R4AAIVqEADaahAACUoCAE4FAgCm+AsArpYQAPsBAwC3SAAAXpEQAGOaAgAB9wcArpYQAGs9AgDWbhAAK28QAF6REAAsbhAAgW4QANZuEAC+hREA1m4QAL6FEQBRnREAXpEQAHB/EAB0exAAyXsQADlhEAB0exAAAAAAAE4FAgB1ehAAynoQAHV6EADKehAAdXoQAMp6EACAbxAA/PIQABgrEgBtKxIAyzICACxuEAA5YRAA1m4QACtvEADLMgIAAfcHAE4FAgAAQxIATgUCAMEsEgDPdRAAETISAK6WEACulhAAn7EEAJ+xBACfsQQA+wEDAL+NCADwAA8AP7cJAPAADwAkeA4AJHgOALdIAAAU3wwAqJsRAF72AABHDgAARw4AABaEEABzfQ8AXvYAAGKMEQBHDgAAc30PAF6REABekRAAXpEQAF6REABekRAAOWEQADlhEABekRAAXpEQAF6REABekRAAXpEQAF6REAA5YRAAOWEQADlhEABekRAAXpEQAF6REAA5YRAAOWEQABCKEAA5YRAAOWEQAF6REABOBQIATgUCAADuEQBMCQAAAO4RAEwJAAAMjhAAKx0NAE4FAgAAQxIAFzwCADi+CQBOBQIARw4AAEcOAABekRAAXpEQALecAQARMhIAdXoQAMp6EAD7AQMArpYQAABDEgBHDgAAsZMQAE4FAgDpvgIAjB4AANN+AwBRpQkAPRgAAAH3BwBHWwgAAfcHACfHEQCulhAAMhESABEyEgBHDgAAkG0CANPWAADT1gAA09YAAABDEgDT1gAAtkcCAOEPDwAAQxIAkG0CAABDEgDvYwIAcdIRAC7AEQCDwBEA/5oQAABDEgAULxIAaS8SAGroAgDwDgEAAEMSAGjdDwBMCQAAAEMSAFUAAAA9GAAAGNkOAExOEADTfgMAF4IRAFUAAABx0hEATAkAAEwJAABMCQAAAEQRAK6WEABMThAAdocCANN+AwBIpxAAGuIDAIjJAwDnXBEA9KsKAFVDEgAuygcAOWEQAEqkEQCfpBEAd8wRAIvGAwB1ehAAynoQAGPgEQDeuxAAOWEQAABDEgBZoQUAjMUDAKvuEAA5YRAAXpEQAF6REAB1ehAAynoQAF6REAAFlRAAWpUQAJwOAACulhAA4RUJAK2YDwCulhAAZ4cRAGeHEQCulhAA8acRAAiSEABJCAQArpYQAECvEADaygUAAEMSAE4FAgBOBQIATgUCAFVDEgBOBQIATE4QAABDEgBOBQIArpYQABEyEgAFlRAAWpUQAE4FAgBaoAUAf28RAAZECwAAQxIAIi0GAABDEgAyGQoAHtEQAOAfAACulhAAQK8QAJWvEABIUREAAEMSAHaHAgCtmA8ArpYQANLGEQBe9gAAf28RAKvuEADxWAsA97IAAOMaAgA5YRAASqQRAJ+kEQB1ehAApZ4RAMGGDQBZQBEATE4QAEcOAADwDgEANboQAF08EQCyPBEASFERALdIAAA5YRAASqQRAJ+kEQB3zBEAzMwRAEhREQC3SAAASFERALdIAACWWRAA1MUQAABDEgBOBQIAAEMSAE4FAgCulhAA0sYRAPzyEACulhAA7awQAEKtEACXrRAAYjcRAE4FAgB30QwAydAQAK6WEABekRAABZUQAFqVEABx0xAAiMcFAExOEADtABIA+/gLAFVDEgBekRAAVUMSAF6REAC54BAADuEQAGPhEADtrBAAQq0QAJetEADsrRAAqEYRALngEAAO4RAAY+EQAJZZEACOFwUAOWEQAEqkEQCfpBEAd8wRAMzMEQDYxwoAAEMSAHaHAgDTfgMAAEMSAH9vEQBMThAAn7EEAIzFAwC36AoAXpEQAAWVEABalRAAnVERAOAfAAA5YRAASqQRAJ+kEQAAQxIA+wEDAHfMEQDMzBEADpMJAEhREQC3SAAAEN8QAGXfEAC63xAAIc0RACItBgAQ3xAAXpEQADyyEQA5YRAAVUMSAF6REAAFlRAAVUMSAK2YDwBOBQIAETISAAWVEABalRAAYZgGAK6WEADSxhEAAEMSAM17DACulhAAAEMSAJ9aBgDOyhEAOWEQAFVDEgDWbhAAK28QAAH3BwCtQREAueAQAA7hEABj4RAAETISAAWVEABalRAASKcQAHaHAgCtmA8AzsoRAABDEgCtmA8ATgUCAL2GEQAB9wcA7rkCAM7KEQAjyxEAeMsRAJZZEADwDgEArpYQAABDEgAQ4g0ATE4QAJMLDAA5YRAAzsoRADlhEADOyhEAXpEQAFVDEgBVQxIAVUMSAF6REAAFlRAAWpUQAO2sEABCrRAAl60QAItjEQAhzREAds0RAH9vEQDgHwAA7K0QADO8EADOyhEAI8sRAHjLEQDNyxEAETISAAiSEAD6SBIAObYQAI62EAD6SBIAEN8QAM7KEQA5YRAASqQRAJ+kEQA5YRAASqQRAJ+kEQAAQxIARakRAFJMDAAAQxIArZgPAABDEgDjvwcATE4QAE4FAgDaygUA8A4BAK6WEADxpxEACJIQAABDEgAAAAAAAfcHAAAAAACqQxIArpYQAPGnEQAIkhAAAEMSAAAAAAAB9wcAAAAAAABDEgAAQxIAdocCAABDEgB2hwIAAEMSAHaHAgCqQxIAAEMSAGeHEQBVQxIAXpEQAF6REAAFlRAAWpUQAK6WEAAAAAAA0sYRAHfRDAA5YRAASqQRAJ+kEQBNohAAAEMSAHHSEQC3SAAAoU0RAKWeEQAuygcAR6cRAJynEQBj4BEA034DAM7KEQAjyxEAeMsRAK6WEACulhAAXpEQAAWVEABalRAAHi4JAAAAAADSHBEAJx0RAHwdEQBHWwgAPLIRAJGyEQDmshEAAEMSAJZZEABSTAwAQrsCAK2YDwCulhAAAEMSABeCEQDEMQoAllkQAABDEgCunQkA/PIQAHV6EADKehAA1m4QACtvEAA5YRAASqQRAJ+kEQDvYgMArpYQAABDEgA3xQMAXpEQAF6REAAFlRAAWpUQAAH3BwDgHwAAXpEQAPudEQBekRAABZUQAFqVEAC6MxIAAAAAADlhEABKpBEAn6QRAK6WEABArxAAla8QAExOEACulhAAUKYJAH9vEQBMThAAkBkBAAAAAAAAQxIAf28RAExOEACQGQEAGSsRADlhEABKpBEAn6QRAPGnEQAIkhAAAEMSAK6WEABekRAABZUQAFqVEAAAQxIA034DAH1xEQBOBQIAuTURAF6REABe9gAAdC0JALdIAAAyERIA034DANrKBQAAQxIAwJQAAGeHEQDvYgMAVu4QAE4FAgBOBQIArpYQAGPgEQBmMhIA8A4BAPzyEABOBQIAsD4RADwTBgBArxAAla8QAFbuEABvjwEAGSsRAG4rEQDDKxEAAfcHAAAAAAAAAAAAAAAAAABDEgB/bxEAAAAAAAAAAAAAAAAAsD4RAFFIEQC3SAAATgUCAPAOAQAAQxIAcdIRAH9vEQAB9wcAXpEQAKvuEACr7hAAXpEQAAiSEABc9gIAtDkSAEqkEQCfpBEAd8wRAMzMEQDtABIAETISAAiSEACfsQQAOWEQAI5hEACfsQQAa5QAALdIAACDygcAAEMSAM2HAACDygcAVUMSAExNEQBW7hAAdXoQAMp6EACAbxAAQK8QAJWvEAB1ehAAynoQAIBvEABArxAAla8QALdIAAC3SAAAHtEQAEK8AQA8shEAkbIRAOayEQBIUREAAEMSANN+AwBekRAAAEMSADfFAwAlyREATgUCAF6REAAFlRAAWpUQAJdXEQDsVxEAn7EEAJ+xBAAAQxIAN8UDADfFAwBaoAUAvYYRAExOEAAAAAAAAEMSAABDEgBrlAAArpYQADfFAwBFqREATgUCAABDEgDjYBEATAkAAPj8CgBCEQIANGURAIllEQBVAAAAVQAAACItBgCulhAATgUCAABDEgAAQxIAPRgAADlhEABKpBEAn6QRAATrEADNewwAi8YDAF6REAAFlRAAWpUQAOZgDgB1ehAApZ4RABOGEQDjYBEArp0JAONgEQDjYBEAAfcHAD0YAAB1ehAApZ4RAMp6EAA5YRAArpYQAONgEQA4YREAjWERAO0AEgDYaxEA96ERAF6REAA3xQMArpYQAODACQDZxwkAAAAAAKlFEQD+RREAAAAAAAAAAAAk0gkAbuAGAM17DACulhAAAEMSAABDEgBnhxEAt0gAAK6WEAAAQxIAx34PAK6WEADwDgEATgUCAK6WEADvqREAPRgAAF6REAAFlRAAWpUQAABDEgBOBQIAAEMSAE4FAgAAQxIA8A4BAB18EQDwDgEATgUCAABDEgBMCQAAHXwRAEwJAABFqREArp0JAB18EQD7AQMAAAAAANN+AwDHfBEA034DAABDEgBFqREA8FISAK6WEADwUhIAAEMSAPBSEgBekRAABZUQAFqVEAAAQxIAatwOAPAOAQBMThAARw4AAEcOAABMThAArZgPAEWpEQD7AQMAOWEQAEqkEQCfpBEAXpEQAAWVEABalRAATgUCAGNFAgAAQxIATgUCAABDEgCulhAA1G8RAE4FAgBOBQIA2soFAGLpCQDtABIArpYQAEwJAAAAQxIAHXwRAE4FAgDWbhAAK28QAIm7EADHfg8AXpEQAAWVEABalRAAHiUSAK6WEADIJRIA0sYRAHMlEgCulhAArpYQAGKMEQC3jBEADI0RAGKMEQC3jBEADI0RAGGNEQC2jREAYowRALeMEQAMjREAYY0RALaNEQDSxhEAXpEQAAWVEABalRAAHiUSAK6WEADIJRIA0sYRAHMlEgCulhAApKQMAK6WEAC3SAAA7rkCALdIAAARMhIABZUQAFqVEACulhAAqZoRAAH3BwDTfgMAUaIMAPsBAwBN9hEApZ4RADjGAQBOBQIARw4AAAAAAACTCwwAAAAAAL6FEQAAmREAVZkRAKqZEQAAQxIAETISAAWVEABalRAATgUCAEwJAACfsQQAn7EEAO0AEgBOBQIAOWEQAE4FAgCulhAA+wEDAK6WEACSagMAcdIRAHHSEQDmYA4ArpYQAABDEgBOBQIAdXoQAMp6EAARMhIABZUQAFqVEAARMhIATgUCAAH3BwAAQxIAAfcHAP+ZEQBbQwwArp0JAEwJAADtABIA9LEEACoZEgB3hwEAXvYAAABDEgDWbhAAK28QAJ6qDABN9hEA3cELAE4FAgCUrxEATgUCAN3BCwBt1hEAPrARAH/JDAAg3gEAOWEQAEqkEQCfpBEATgUCAABDEgAAQxIAETISAHaHAgB2hwIAETISABEyEgAB9wcAJnQQAHt0EACOtREAw4EQADlhEABekRAACJIQAOwRAgB1fgwA670BAHR7EAA5YRAAXEsDACDeAQBaoAUAi2sJAOYSBwBCEQIAt0gAAOm7BQAB9wcAAEMSAK2YDwAA7hEA6b4CAFVTAgDpvgIAVVMCAAVOAgAGRAsAVUMSAEK7AgAAQxIATAkAAE4FAgAYghAAjB4AAFxLAwDBLBIATgUCAABDEgDtABIA/UUSAPSxBAAAQxIA+wEDAPsBAwD7AQMA+wEDAK6WEACulhAA8KgRAAiSEACepREATAkAALdIAAB2hwIArZgPADlhEABKpBEAn6QRAEdbCABekRAABZUQAFqVEAAhzREAds0RAECvEACVrxAAQK8QAJWvEABekRAAXPYCAG3WEQA+sBEAhcEOAHV6EADKehAAhcEOABaHDQB1ehAArJcRABEyEgD7nREAAEMSAE4FAgDZJgAA2SYAAEIRAgDVKAIA/EgQAHPQEQCqSA0A0sYRAE4FAgAAQxIATgUCADq5DAA1uREAwYYNAE4FAgBOBQIATgUCAPikDQBhnQEAznoMAB4lEgBekRAAQhECABCODAAeJRIA+wEDAB4lEgD7AQMArpYQAE4FAgBOBQIAbdYRAD6wEQAAQxIAdXoQAMp6EABj4BEAkrcLAE4FAgBOBQIATgUCAIm7EABOBQIAdc4RAG2EDgBHDgAA1MgNANZuEACulhAAOWEQAOhgDADdwQsAujMSAAAAAADdwQsAgcUOAFjrEQCAxg4AresRAPzyEAD2ohEAETISAAiSEABt1hEAGIQOAPxIEAD88hAAWOsRAPzyEACt6xEA/PIQAG3WEQA+sBEAO7MRAFUAAACdBAkAt0gAAHd4EABHDgAATgUCAN3BCwA+sBEATgUCABOGEQBKXgIAX+QRAHImEgDHJhIA034DAJK3CwAB9wcATgUCAE4FAgBOBQIAAEMSAO+uDADvrgwA764MAO+uDABCEQIAQhECAKzvDgBOBQIAdXoQAKXzEQBt1hEAxSgSAE4FAgBt1hEAbYQOAE4FAgAa1BEAZ9wRAHV6EAC83BEATgUCAF7lEQCz5REAzx4SAAjmEQBOBQIATgUCAG3WEQBthA4AGtQRAGfcEQB1ehAAvNwRAE4FAgBgPA4Am/0RAHV6EADKehAAETISAAiSEABOBQIATfYRAO0AEgDtABIAXvYAAE2hEQDv/hEA96ERAHXeAQDvrgwA764MAO+uDADvrgwATgUCAF/kEQAAmhAAdHsQAMd9EACStwsAJXcOAAlKAgAaKRIArJcRABrUEQCulhAAGSoSAK6WEADtABIA+wEDAKpIDQCqSA0ATgUCAM17DABe5REAs+URAAH3BwAB9wcAXZMPAHV6EADKehAAzXsMAF7lEQCz5REAAfcHAAH3BwBdkw8AdM8RAMnPEQB1ehAApZ4RAFGdEQAAAAAArpYQAABDEgCulhAAXPYCAF6REABt1hEAXpMOAEpPEQClnhEAMxASACYdEgARMhIA+50RAPsBAwCfTxEAY+ARALfoCgAAQxIAYkYCAFUAAAAeJRIAbdYRAF6TDgC3SAAAXpEQAAH3BwBOBQIAdXoQAMp6EABdkw8AkGEOAPsBAwD7AQMAQrwBAEK8AQBCvAEAQrwBAPsBAwCulhAAQrwBAE4FAgBOBQIATgUCAAAAAAAAAAAAbdYRAMUoEgB1ehAAynoQAF2TDwBijw4AAEMSAG3WEQC36AoAAEMSAG3WEQDBLBIArpYQAE4FAgBOBQIA034DAD0YAAAB9wcAa5QAAE4FAgBf5BEAciYSAMcmEgAcJxIAcScSAMYnEgAbKBIA+wEDAHV6EADKehAAgG8QAF7lEQCz5REArpYQAHV6EAClnhEAxNQRABEyEgAFlRAALG4QAIEnAgBz0BEAay0SAMAtEgAVLhIAai4SABEyEgAIkhAAFo0HABEyEgCulhAAZzESAPsBAwCtmA8AAfcHAF6READtABIA8A4BANLGEQDwDgEA0sYRANZuEAC+hREA8A4BAE4FAgBt1hEAPrARAHV6EADKehAAgScCAN0QEgDdEBIAgScCADlhEAA5YRAAOWEQALngEAA5YRAAOWEQADlhEAA5YRAA1m4QAL6FEQA5YRAAueAQADlhEABJpREAOWEQAEmlEQA5YRAASaURADyyEQBJpREAOWEQAEmlEQA5YRAASaURAESrEABJpREAOWEQAEmlEQDtrBAAQq0QAB97EABOBQIA7QASAE4FAgD7AQMArpYQAD0YAACtmA8AdHsQAOO1EQAC7BEAAuwRAHR7EADJexAAv40IAKlEEgD7AQMA+wEDAEcOAABHDgAAUJ8QAK6WEAB13gEAOWEQAABDEgCQYQ4A+kgSAJBhDgAAQxIAOWEQAExOEAAAQxIATE4QADlhEABKpBEATE4QAE1LEgCiSxIAOWEQAPsBAwCVrhEArpYQAE4FAgBOBQIATgUCAPBSEgBOBQIATgUCAE4FAgDwUhIATgUCAGmOCADwUhIAAEMSAK/rDwBOBQIATgUCAPBSEgCulhAA7awQAEKtEACXrRAAOWEQAP5VAQAa1BEAZ9wRAE4FAgARMhIACJIQAHV6EADKehAAY+ARAHeHAQA6ZAwAMRISACoZEgCtmA8ADosRAL6FEQBRnREAwYYNAF6READ7nREAwYYNAABDEgC/jQgATaIQAO+pEQBt1hEAPrARAHV6EAClnhEAMxASAABDEgBMThAAEI4MAD0YAAAAQxIArp0JAHV6EADKehAAY+ARAKX3DQBNohAAzCESAHV6EACl8xEAbdYRABiEDgAAQxIA","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAEAAAAAAACAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAAAAIADAACAAQAAAAAAAIABAACAAAAAgAEAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAEAAIAAAACAAwAAgAMAAAADAACAAwAAAAMAAIADAAAAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAIAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAQAAAAABgAAAAAMAAAQAAIAAAIB0BAIQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAFBAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAACAAAAAACAAAAAAAAgAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAoAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAQMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAANAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAQAAAAABgAAAAANAAAQAAIAAAIB0BAoQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAACAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAEQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQABIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAIAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAIAJAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAADAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAMQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAA"},"index":{"lists":[[12,13,96,98,99,100],[1,2,4,5,6,7,8,9,12,13,14,15,16,17,18,19,40,41,42,43,44,47,48,49,50,53,54,55,56,57,58,59,60,61,62,63,64,68,73,74,76,77,78,79,80,81,82,83,84,85,86,87,91,92,93,94,96,98,99,100,104,109,110,137,140,141,143,154,155,156,159,160,161,162,167,168,176,179,189,190,194,195,198,207,208,212,217,219,220,221,222,224,226,227,229,230,233,234,235,236,237,251],[1,2,4,5,6,7,8,9,12,13,14,15,16,17,18,19,40,41,42,43,44,46,47,48,49,50,53,54,55,56,57,58,59,60,61,62,63,64,68,69,73,74,76,77,78,79,80,81,82,83,84,85,86,87,90,91,92,93,94,96,98,99,100,104,109,110,116,137,140,141,143,154,155,156,159,160,161,162,167,168,176,179,189,190,191,194,195,198,207,208,212,217,219,220,221,222,224,226,227,229,230,233,234,235,236,237,240,241,242,251],[4,12,13,18,66,89,96,98,99,100,197,237,240,257],[12,13,18,96,98,99,100,128,129,130,243,244,245,246,247,248,249],[5,6,12,13,96,98,99,100],[12,13,65,67,96,98,99,100],[12,13,96,98,99,100,230,250],[9,12,13,78,96,98,99,100,109,110,135,136,163,164,230,235,236],[9,12,13,96,98,99,100,128,129,130],[9,12,13,64,71,76,79,83,84,96,98,99,100,120,128,129,130,131,148,167,168,170,174,182,184,190,192,193,194,195,206,214,215,216,223,251],[12,13,26,27,28,34,35,96,98,99,100,108,173,186,229],[12,13,96,98,99,100,132,263],[11,12,13,96,98,99,100],[1,9,12,13,18,19,96,98,99,100,128,129,130,157,158,175,217,221,222,251],[9,12,13,18,21,96,98,99,100,128,129,130,134,157,158,217,221,222,251],[9,12,13,16,17,18,43,96,98,99,100,128,129,130,157,158,198,217,221,222,234,251],[5,9,12,13,18,29,96,98,99,100,128,129,130,157,158,159,185,217,221,222,239,251],[0,2,8,9,10,12,13,14,16,18,32,33,36,37,93,96,98,99,100,128,129,130,151,157,158,159,169,172,198,200,217,218,221,222,225,228,231,251,252,255,258,259,262,264],[3,4,9,12,13,18,20,23,32,36,37,39,46,49,50,72,75,94,95,96,98,99,100,104,106,112,113,115,121,128,129,130,133,138,141,144,151,157,158,159,166,171,178,180,181,187,198,199,210,213,217,221,222,251,260,265],[9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,96,98,99,100,128,129,130,157,158,159,217,221,222,251],[9,12,13,15,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251,256],[9,12,13,18,92,96,98,99,100,128,129,130,157,158,159,165,217,221,222,241,251,253,254],[9,12,13,18,87,95,96,98,99,100,107,111,122,128,129,130,153,157,158,166,202,217,221,222,241,251],[9,12,13,18,22,46,96,98,99,100,106,114,128,129,130,143,144,157,158,177,217,221,222,251],[8,9,12,13,18,38,70,96,98,99,100,128,129,130,157,158,159,217,221,222,251],[9,12,13,14,18,22,52,96,98,99,100,128,129,130,143,157,158,217,221,222,251],[9,12,13,18,24,25,45,57,96,98,99,100,105,117,119,123,128,129,130,139,145,146,147,149,150,152,157,158,162,183,188,189,201,204,209,211,212,217,221,222,232,238,251],[9,12,13,17,18,19,60,96,97,98,99,100,128,129,130,157,158,217,221,222,251],[6,9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,22,96,98,99,100,128,129,130,157,158,217,221,222,251],[12,13,96,98,99,100,103,118,124,125,126,127,142,203,205,261],[12,13,68,96,98,99,100],[9,12,13,18,30,31,96,98,99,100,128,129,130,217,221,222,251],[12,13,40,96,98,99,100],[12,13,41,42,44,47,48,96,98,99,100],[12,13,51,55,56,58,96,98,99,100],[12,13,54,77,96,98,99,100],[12,13,54,96,98,99,100,101,102],[12,13,54,78,80,96,98,99,100],[12,13,54,96,98,99,100],[12,13,59,61,63,77,96,98,99,100,224],[12,13,62,96,98,99,100,161],[12,13,77,96,98,99,100,224],[12,13,78,80,86,96,98,99,100,242],[12,13,80,96,98,99,100],[12,13,85,91,96,98,99,100,224,242],[12,13,88,96,98,99,100,196],[12,13,96,98,99,100,160],[12,13,96,98,99,100,224],[12,13,96,98,99,100,242],[12,13,82,96,98,99,100,227],[4,12,13,18,82,96,98,99,100,227,237,240],[12,13,18,82,96,98,99,100,207,208,227],[5,6,12,13,82,96,98,99,100,227],[12,13,82,96,98,99,100,227,230],[9,12,13,78,82,96,98,99,100,109,110,227,230,235,236],[9,12,13,82,90,96,98,99,100,207,208,227],[9,12,13,64,69,73,74,76,79,81,82,83,84,96,98,99,100,167,168,179,190,191,194,195,207,208,227,251],[12,13,82,96,98,99,100,227,229],[1,7,9,12,13,18,19,82,96,98,99,100,207,208,217,219,220,221,222,227,233,251],[9,12,13,18,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[9,12,13,16,17,18,43,82,96,98,99,100,198,207,208,217,219,220,221,222,227,234,251],[5,9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[2,8,9,12,13,14,16,18,82,93,96,98,99,100,159,198,207,208,217,219,220,221,222,226,227,251],[4,9,12,13,18,46,49,50,82,94,96,98,99,100,104,137,141,159,198,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,96,98,99,100,176,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[9,12,13,15,18,82,96,98,99,100,116,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,92,96,98,99,100,159,207,208,217,219,220,221,222,227,241,251],[9,12,13,18,82,87,96,98,99,100,207,208,217,219,220,221,222,227,241,251],[9,12,13,18,46,82,96,98,99,100,143,207,208,217,219,220,221,222,227,251],[8,9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[9,12,13,14,18,82,96,98,99,100,137,140,143,207,208,217,219,220,221,222,227,251],[9,12,13,18,57,82,96,98,99,100,137,162,189,207,208,212,217,219,220,221,222,227,251],[9,12,13,17,18,19,60,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[6,9,12,13,18,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[12,13,68,82,96,98,99,100,227],[9,12,13,18,82,96,98,99,100,207,208,217,221,222,227,251],[12,13,40,82,96,98,99,100,227],[12,13,41,42,44,47,48,82,96,98,99,100,227],[12,13,55,56,58,82,96,98,99,100,227],[12,13,53,54,77,82,96,98,99,100,227],[12,13,54,82,96,98,99,100,227],[12,13,54,78,80,82,96,98,99,100,227],[12,13,59,61,63,77,82,96,98,99,100,154,224,227],[12,13,62,82,96,98,99,100,161,227],[12,13,77,82,96,98,99,100,224,227],[12,13,78,80,82,86,96,98,99,100,156,227,242],[12,13,80,82,96,98,99,100,227],[12,13,82,85,91,96,98,99,100,224,227,242],[12,13,82,96,98,99,100,155,227],[12,13,82,96,98,99,100,156,227],[12,13,82,96,98,99,100,160,227],[12,13,82,96,98,99,100,224,227],[12,13,82,96,98,99,100,227,242]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,33,0,0,34,35,0,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50],[10060,51],[9654,52],[65123,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,55,53,53,56,53,53,53,57,53,58,59,53,60,60,60,60,60,60,60,60,60,60,53,53,53,61,53,53,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,79,80,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,81],[9679,82],[9135,83],[215,84],[10095,85],[10003,86],[8595,85],[10008,87],[9472,88],[10007,89],[10004,90],[8730,91],[10006,92],[8505,53],[9762,93],[9888,93],[8617,94],[8226,95],[10060,96],[9654,97],[65123,97]],"spacedDefault":53,"blank":53}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,109,110,111,116,117,124,127],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,109,110,111,116,117,124,127],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94,112,113],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,116,117,119,122,128],[5,6,12,13,65,67,68,69,75,122],[65,67,68,69,92],[65,67,68,69,89,90,91,107,108,123],[1,65,67,68,69,89,90,91,92,107,108],[65,67,68,69,89,90,91,107,108],[7,65,67,68,69,89,90,91,107,108,109],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,109,118,121],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,109,115,120,126,128],[65,67,68,69,89,90,91,107,108,109],[65,67,68,69,74,86,89,90,91,103,107,108,115],[2,23,65,67,68,69,73,80,89,90,91,98,107,108,125],[16,44,65,67,68,69,89,90,91,107,108,109],[2,65,67,68,69,89,90,91,98,107,108],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,108,111],[35,65,66,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,107,108],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91,114],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,111],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,110],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,116,117,127],[55,65,67,68,69,109],[55,63,65,67,68,69,109],[23,26,27,55,64,65,67,68,69,72,95,97,98,109],[55,65,67,68,69,124],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,109],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,111],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,111],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,110]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,25,26,27],[2],[1],[3,13,21,24],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,0,0,0,0,3,0,4,0,0,5,5,5,5,5,5,5,5,5,5,0,0,0,0,3,0,0,3,3,2,6,7,3,3,3,3,3,3,3,3,3,3,3,3,3,3,8,3,3,3,3,3,3,3,0,0,0,3,0,3,3,9,3,10,9,3,3,3,3,3,3,3,3,3,3,3,3,3,11,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,3,0,4,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,3,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,3,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
var REPORTED_OF_DIALECTS = DIALECTS.map((d) => d.reportedFailures).filter((p) => p !== void 0);
var index;
function markerOf(line, seen) {
  index ??= lineStartIndex("markers", MARKER_PATTERNS);
  for (const n of index.candidates(line)) {
    const { dialect, marker } = ALL_MARKERS[n];
    if (marker.contains !== void 0 && !line.includes(marker.contains)) continue;
    if (marker.afterItsTests === true && seen?.has(dialect) !== true) continue;
    const found = marker.pattern.exec(line);
    if (!found) continue;
    const groups = found.groups ?? {};
    const name = (groups.name ?? groups.name2 ?? "").trim();
    const key = groups.key !== void 0 ? `#${groups.key}` : marker.keyFromName ? marker.keyFromName(name) : `${dialect.id}:${name}`;
    return { dialect, event: marker.event, name, key, afterOutput: marker.afterOutput === true, closes: marker.closes === true, asserts: marker.asserts === true, namesFile: marker.namesFile === true, afterItsTests: marker.afterItsTests === true, namedBelow: marker.namedBelow === true, detailsIndented: marker.detailsIndented === true, indent: line.length - line.trimStart().length, ...marker.section ? { section: marker.section } : {}, ...groups.count !== void 0 ? { count: Number(groups.count) } : {}, ...groups.path !== void 0 ? { path: groups.path } : {}, ...groups.reason ? { reason: groups.reason } : {} };
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
    ...DIALECTS.flatMap((d) => [d.reportedFailures, d.uninformative, d.wrapperEcho].filter((p) => p !== void 0)),
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
    lastUnexplained: void 0,
    wrapsNext: false,
    awaitingError: void 0,
    evidence: [],
    sharesDetailsOf: void 0
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
    const twinExcused = unit.conflated && (unit.consequences > 0 || unit.timedOut || unit.hookTimedOut);
    const confidence = unit.unexplained > 0 || unit.ambiguous > 0 || unit.hookTimedOut || unit.timeoutNoted || loggedBesideTimeout || likelyTeardown || twinExcused ? "ambiguous" : "high";
    return { kind: "infrastructure", confidence, services, ...infraEvidence ? { evidence: infraEvidence } : {} };
  }
  if (unit.ambiguous + unit.continuing > 0 && unit.unexplained === 0) {
    return { kind: "infrastructure", confidence: "ambiguous", services, ...infraEvidence ? { evidence: infraEvidence } : {} };
  }
  const unexplained = first((f) => f.kind === "unexplained");
  if (unit.unexplained > 0 || unit.ambiguous + unit.continuing > 0) return { kind: "unexplained", reason: "error", ...unexplained ?? infraEvidence ? { evidence: unexplained ?? infraEvidence } : {} };
  if (unit.timedOut) return { kind: "unexplained", reason: "timeout" };
  if (unit.unconcluded) return { kind: "unexplained", reason: "unconcluded" };
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
  const failing = failingUnits(inputs.units);
  if (failing.length === 0) return judgeByFatal(inputs.run, inputs.counts, unaccounted(inputs.all));
  const judged = withLoggedClientTimeouts(withHandleConsequences(failing.map((u) => ({ unit: u, outcome: unitOutcome(detailsOf(u)) }))), inputs.logged);
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
  const printed = failing.reduce((n, u) => n + Math.max(u.phases, u.identities.size), 0);
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
    unprinted > 0 ? `the runner reports ${inputs.reportedFailures} failure(s) but printed ${failing.length}` : "",
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
function judgeByFatal(run, counts, other) {
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
var BOX_MARK = /[│┐├┊╵┴]/;
var CONTEXT_LINES = 40;
var EVIDENCE_TEXT_MAX = 300;
var AWAIT_ERROR_LINES = 3;
var MAX_UNITS = 2e4;
var MAX_PENDING = 64;
var INFRA_RULES = ALL_RULES.filter((r) => r.kind === "infrastructure");
var PROMOTED_BY_CONTEXT = /* @__PURE__ */ new Set(["network.dns.unnamed-host", "network.aggregate-error"]);
var GO_JSON_TEST = /"Action":"output","Package":"[^"]{0,300}","Test":"([^"]{1,500})"/;
var GO_JSON_PACKAGE = /"Package":"([^"]{1,300})"/;
var ASSERTED = /* @__PURE__ */ new Set(["code.assertion", "code.expectation"]);
var AVA_TAP_NAME = /^\s{0,12}name: AssertionError\s*$/;
var AVA_CODE_WORDS = /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|EvalError|URIError|AggregateError|AssertionError)\b|Cannot read propert|is not a function|is not defined|is not iterable|Cannot set propert|Cannot destructure/;
var RUBY_CLASS_HEADER = /^\s{2,}(?:[A-Z]\w{0,80}::){1,8}[A-Z]\w{0,80}:\s*$/;
var RSPEC_CAUSE = /^\s{0,12}# --- Caused by: ---\s*$/;
var RUBY_CONNECTION_WRAPPER = /^\s*(?:ActiveRecord::(?:ConnectionNotEstablished|DatabaseConnectionError)|Sequel::DatabaseConnectionError|Faraday::ConnectionFailed|Redis(?:Client)?::CannotConnectError|Mongo::Error::(?:NoServerAvailable|SocketError)|Bunny::TCPConnectionFailed(?:ForAllHosts)?|Dalli::RingError|Trilogy::(?:BaseConnectionError|ConnectionError)|Mysql2::Error::ConnectionError):\s*$/;
var NAMES_ANOTHER_EXCEPTION = /\b(?:[A-Z]\w{0,80}::){0,8}[A-Z]\w{0,80}(?:Exception|Error)\b/;
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
var TITLED_LOOKUP_MAX = 2e3;
var SUITE_DEPTH_MAX = 16;
function indentOf(line) {
  return line.length - line.trimStart().length;
}
var IDENTITY_LINES = 6;
var UNIT_FILE = new Map(DIALECTS.flatMap((d) => d.unitFile ? [[d.id, d.unitFile]] : []));
var ENDS_RUN_UNSEEN = new Set(DIALECTS.filter((d) => d.markers.some((m) => m.event === "details") && !d.markers.some((m) => m.event === "pass")));
var HOOK_TITLE = /^"(?:before|after) (?:all|each)" hook[^\n]{0,500}:$/;
var SPEC_MARKS = new Set(["\u25B6", "\u2716", "\u2714", "\uFE63"].map((c) => c.charCodeAt(0)));
function firstMark(line) {
  let i = 0;
  while (i < 65 && line.charCodeAt(i) === 32) i++;
  return line.charCodeAt(i);
}
var HOLDERS = new Map(DIALECTS.flatMap((d) => d.holdsOutputOf ? [[d.id, d.holdsOutputOf]] : []));
var HOOK_TIMEOUT = /\bHook timed out\b|\bfor a hook\b|" hook\b/i;
var BARE_ASSERTION = /^\s*(?:[\w$]{1,100}\.){0,8}(?:AssertionFailedError|AssertionError|AssertionFailure): (.{1,600})$/;
var EXPECTATION_WORDS = /\b(?:expected|expect|should|must|to be|to equal|but (?:was|got)|instead|not thrown|to throw|to raise)\b/i;
var RECENT_OUTSIDE = 4096;
var RUN_EVIDENCE = 12;
var CONCLUDING_RUNNERS = new Set(DIALECTS.filter((d) => d.concludesEveryTest).map((d) => d.id));
var knowledgeBuilt;
function knowledge() {
  return knowledgeBuilt ??= {
    prefilter: prefilter(),
    anyRule: anyOf(ALL_RULES.flatMap((r) => r.patterns)),
    reported: lineStartIndex("reported", REPORTED_OF_DIALECTS)
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
  reportedFailures = 0;
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
  /** Open TAP subtests by indentation, and whether a deeper `not ok` came inside each. */
  tapScopes = [];
  /** Open node:test spec suites (`▶ suite`) by indentation, and whether a deeper `✖` came inside each. */
  specScopes = [];
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
    for (const unit of this.units.values()) this.conclude(unit);
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
      logged: this.logged,
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
      if (this.pending.length === 0 && this.current?.awaitingError === void 0 && !(this.current !== void 0 && this.specParents.has(this.current)) && this.header === void 0 && !this.inTraceback && this.afterTests === void 0 && this.logScope === void 0 && this.suiteTitles === void 0 && this.nameBelow === void 0 && this.identityWatch === void 0 && this.detailsIndent === void 0 && !(this.current !== void 0 && this.current.file === void 0 && UNIT_FILE.has(this.current.runner)) && !this.source.watching && !this.detailsDialect?.titledDetails && this.avaNamed === void 0 && this.avaWrapper === void 0 && !interesting(lines[i])) continue;
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
    if (line === "") return;
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
      const name = /^(\S[^\n]{0,500}?)(?: \[[^\]\n]{1,300}\])?:$/.exec(line.trim())?.[1];
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
      if (!this.explainedByRule) this.record(RUBY_CLASS_HEADER.test(header.text) ? { ...header, note: `its message: ${clip2(line.trim())}` } : header);
      return;
    }
    this.judgeLine(line);
  }
  /** Set when a rule explained the line being judged. */
  explainedByRule = false;
  judgeLine(line) {
    const marker = this.reportMode ? void 0 : markerOf(line, this.behindBar ? void 0 : this.dialectsSeen);
    if (marker) {
      this.handledLine = this.lineNumber;
      this.onMarker(marker);
      if (marker.asserts && this.current) this.record({ ruleId: "code.assertion", title: "Assertion failed", kind: "code", confidence: "high", service: "", line: this.lineNumber, text: clip2(line), note: `${marker.dialect.id} reports this as a failed assertion` });
    }
    for (const n of knowledge().reported.candidates(line)) {
      const found = REPORTED_OF_DIALECTS[n].exec(line);
      if (found) this.reportedFailures = Math.max(this.reportedFailures, found.slice(1).reduce((sum, g) => g === void 0 ? sum : sum + Number(g), 0));
    }
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
    if (text === void 0) return;
    if (this.match(text)) {
      this.explainedByRule = true;
      this.handledLine = this.lineNumber;
      return;
    }
    this.expireAwaiting();
    if ((FAILURE_SHAPE.test(text) || FAILURE_SHAPE_AT_START.test(text)) && !CARRIES_TRACEBACK.test(text)) {
      this.record({ ruleId: "failure.unexplained-shape", title: "Failure text no rule explains", kind: "unexplained", confidence: "high", service: "", line: this.lineNumber, text: clip2(text) });
      return;
    }
    if ((ERROR_HEADLINE.test(text) || DOTTED_HEADLINE.test(text)) && (isWrapperHeadline(text) || TEST_TIMEOUT.test(text))) this.handledLine = this.lineNumber;
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
  /** The line being judged was printed behind testdox's bar (processLine). */
  behindBar = false;
  /** The dialects whose test lines have been seen (dialect.ts, `afterItsTests`). */
  dialectsSeen = /* @__PURE__ */ new Set();
  onMarker(marker) {
    const holder = this.current && HOLDERS.get(this.current.runner);
    if (holder !== void 0 && holder === marker.dialect.id && this.current?.name.endsWith(` ${marker.name}`)) return;
    if ((marker.event === "start" || marker.event === "pass") && this.dialectsSeen.size < 64) this.dialectsSeen.add(marker.dialect);
    this.markerRunner = marker.dialect.id;
    this.afterTests = marker.event === "end" ? marker.dialect.ownLinesAfterTests : void 0;
    this.logScope = marker.event === "quiet" && marker.name !== "" ? this.loggedFor(marker.name) : void 0;
    this.logScopeLine = this.lineNumber;
    try {
      this.handleMarker(marker);
    } finally {
      this.precedingAfter = hasFindings(this.preceding) ? this.precedingAfter : marker.event === "end" && ENDS_RUN_UNSEEN.has(marker.dialect) ? void 0 : marker.dialect.id;
      this.markerRunner = void 0;
    }
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
   * mocha prints a hook's nested suites one a line under `1) outer`, then the hook's title ending
   * in `:`. Returns true for a suite's line, which is a title and nothing else.
   */
  takeSuiteTitle(line) {
    const titles = this.suiteTitles;
    const title = line.trim();
    if (title === "" || title.endsWith(":") || ++titles.lines > SUITE_DEPTH_MAX || markerOf(line)) {
      this.suiteTitles = void 0;
      if (titles.named && HOOK_TITLE.test(title)) titles.unit.name = title.slice(0, -1);
      return false;
    }
    titles.unit.suitePath = `${titles.unit.suitePath ?? ""} > ${title}`;
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
        if (this.detailsDialect === MOCHA && (known2 === void 0 || known2.scope === "outside" && marker.name !== known2.name)) {
          unit.suitePath = marker.name;
          this.suiteTitles = { unit, lines: 0, named: known2 === void 0 };
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
        const markerKey = file === void 0 ? marker.key : `${marker.key}\0${file}`;
        const known2 = this.units.get(markerKey);
        const again = known2 !== void 0 && marker.dialect.repeatsAreFailures === true && marker.event === "start" && known2.state === "failing";
        const unit = known2 && !again ? known2 : this.openUnit(again ? `${markerKey}@${this.lineNumber}` : markerKey, marker.name || marker.dialect.id, runner, scope, state);
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
        if (state === "failing") unit.state = "failing";
        if (this.tapParentAt === this.lineNumber) unit.parent = true;
        if (marker.dialect.subtestsBySlash && [...this.units.values()].some((u) => u !== unit && u.runner === runner && u.name.startsWith(`${unit.name}/`))) unit.parent = true;
        if (this.specParentAt === this.lineNumber) this.specParents.add(unit);
        if (marker.event === "fail" && marker.dialect === GO && afterInnerRunner) unit.parent = true;
        const above = this.lastStart;
        if (marker.dialect.groupsIdenticalFailures && above && above.line === this.lineNumber - 1 && above.unit !== unit && !hasFindings(above.unit)) above.unit.sharesDetailsOf = unit;
        this.lastStart = marker.event === "start" ? { unit, line: this.lineNumber } : void 0;
        if (marker.afterOutput) this.settlePreceding(unit);
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
      if (this.tapScopes.length < TAP_DEPTH_MAX) this.tapScopes.push({ indent: subtest[1].length, failedInside: false });
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
      if (this.specScopes.length < TAP_DEPTH_MAX) this.specScopes.push({ indent, failedInside: false });
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
    if (scope?.failedInside) {
      this.tapParentAt = this.lineNumber;
      this.specParentAt = this.lineNumber;
    }
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
    if (!unit || prefix.length < 5) return;
    for (let i = this.recentOutside.length - 1; i >= 0; i--) {
      const finding = this.recentOutside[i];
      const error = finding.text.replace(/^\S{1,300}:\d{1,6}: /, "");
      if (!(prefix.length >= 12 ? error.includes(prefix) : error.startsWith(prefix))) continue;
      count(unit, { ...finding });
      return;
    }
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
